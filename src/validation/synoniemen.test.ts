import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leesSynoniemen } from './synoniemen.ts';

function contentMet(yaml?: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-synoniemen-'));
  fs.mkdirSync(path.join(root, 'taxonomie'));
  if (yaml !== undefined) fs.writeFileSync(path.join(root, 'taxonomie', 'synoniemen.yaml'), yaml);
  return root;
}

describe('leesSynoniemen', () => {
  it('reads the groups of the real file', () => {
    const { groepen, problemen } = leesSynoniemen();
    expect(problemen).toEqual([]);
    expect(groepen).toContainEqual(['maatje', 'buddy']);
  });

  it('has no synonyms, and no problem, without the file', () => {
    expect(leesSynoniemen(contentMet())).toEqual({ groepen: [], problemen: [] });
  });

  it('names the line, the field and what is allowed, in Dutch, for every mistake at once', () => {
    const root = contentMet(
      [
        '# uitleg',
        '- woorden: [maatje, buddy]',
        '- woorden: [Leraar, docent]',
        '- woorden: [alleen]',
        '- woorden: [buddy, vriend]',
        '',
      ].join('\n'),
    );
    const { groepen, problemen } = leesSynoniemen(root);
    expect(groepen).toEqual([]);
    expect(problemen).toEqual([
      expect.objectContaining({ line: 3, field: '[1].woorden[0]', message: expect.stringContaining('kleine letters') }),
      expect.objectContaining({ line: 4, field: '[2].woorden', message: 'een groep heeft minstens twee woorden' }),
    ]);
    const dubbel = leesSynoniemen(contentMet('- woorden: [maatje, buddy]\n- woorden: [buddy, vriend]\n'));
    expect(dubbel.problemen).toEqual([
      expect.objectContaining({
        line: 2,
        field: '[1].woorden[0]',
        message: expect.stringContaining('ook in de groep op regel 1'),
      }),
    ]);
  });

  it('reports broken YAML with its line', () => {
    const { problemen } = leesSynoniemen(contentMet('- woorden: [maatje, buddy\n- woorden: x\n'));
    expect(problemen[0]).toEqual(
      expect.objectContaining({ field: '(yaml)', message: expect.stringContaining('het bestand is geen geldige YAML') }),
    );
  });
});
