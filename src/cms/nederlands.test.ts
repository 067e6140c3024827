import { expect, test } from 'vitest';
import { NEDERLANDS, samenvoegen, sleutels } from './nederlands.ts';

test('the overrides go in at any depth and leave every other phrase as it was', () => {
  const decap = {
    editor: {
      editorToolbar: { publishNow: 'Publiceer nu', ready: 'Klaar' },
      editorControlPane: { widget: { required: '%{fieldLabel} is vereist.' } },
    },
    workflow: { workflow: { newPost: 'Nieuw bericht' } },
  };
  const samen = samenvoegen(decap, NEDERLANDS);
  expect(samen.editor).toMatchObject({
    editorToolbar: { publishNow: 'Publiceer nu', ready: 'Klaar' },
    editorControlPane: { widget: { required: '%{fieldLabel} is verplicht.' } },
  });
  expect(samen.workflow).toMatchObject({ workflow: { newPost: 'Nieuw inzicht of alliantie' } });
  expect(decap.workflow.workflow.newPost).toBe('Nieuw bericht');
});

test("every override is a phrase path, and its placeholders are Decap's", () => {
  const paden = sleutels(NEDERLANDS);
  expect(paden).toContain('editor.editorControlPane.widget.required');
  for (const pad of paden) {
    const zin = pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], NEDERLANDS) as string;
    for (const [, naam] of zin.matchAll(/%\{(\w+)\}/g))
      expect(
        [
          'fieldLabel',
          'pattern',
          'minValue',
          'maxValue',
          'minCount',
          'maxCount',
          'count',
          'collectionLabel',
          'details',
          'smart_count',
          'readyCount',
        ],
        pad,
      ).toContain(naam);
  }
});
