import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { goed, kapot, verwacht } from '../../test/fixtures/kapot.ts';
import { alliantie, inzicht, maakContent } from '../../test/helpers/fixture.ts';
import { githubRapport } from './rapport.ts';
import { suggestie } from './suggestie.ts';
import { valideerContent } from './valideer.ts';

describe('the content check on broken entries', () => {
  const dir = maakContent({ ...goed, ...kapot });
  const { problems } = valideerContent({ root: dir, cwd: dir });

  test.each(verwacht)(
    'reports $naam with file, field (as a path and in words) and Dutch message',
    ({ bestand, veld, label, melding }) => {
      const gevonden = problems.filter((p) => p.file === bestand && p.field === veld && p.level === 'error');
      expect(
        gevonden,
        `geen fout voor ${veld} in ${bestand}; wel: ${JSON.stringify(problems.filter((p) => p.file === bestand))}`,
      ).toHaveLength(1);
      expect(gevonden[0].label).toBe(label);
      for (const deel of melding) expect(gevonden[0].message).toContain(deel);
      expect(gevonden[0].line).toBeGreaterThanOrEqual(1);
    },
  );

  test('reports nothing for the valid entries and nothing it was not asked to', () => {
    expect(problems.filter((p) => p.file.includes('goed-inzicht') || p.file.endsWith('huisvesting/index.mdx'))).toEqual([]);
    const errors = problems.filter((p) => p.level === 'error');
    expect(errors).toHaveLength(verwacht.length);
  });

  test('points at the line of the field', () => {
    const tekst = fs.readFileSync(path.join(dir, 'inzichten/rol-tikfout.mdx'), 'utf8').split('\n');
    const p = problems.find((x) => x.file === 'inzichten/rol-tikfout.mdx')!;
    expect(tekst[p.line - 1]).toMatch(/^rollen:/);
    const link = problems.find((x) => x.file === 'inzichten/dode-link.mdx')!;
    expect(fs.readFileSync(path.join(dir, 'inzichten/dode-link.mdx'), 'utf8').split('\n')[link.line - 1]).toContain(
      '/inzichten/goed-inzict/',
    );
  });
});

describe('the content check on valid content', () => {
  test('the real content has no errors', () => {
    const { problems } = valideerContent();
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  test('valid links, components and an embargoed entry pass, with a warning for the embargo only', () => {
    const dir = maakContent({
      ...goed,
      'inzichten/met-links.mdx': inzicht(
        {},
        [
          'Zie [het goede inzicht](/inzichten/goed-inzicht/), [de alliantie](/allianties/huisvesting/),',
          '[gemeenten](/rollen/gemeente/), [extern](https://example.org/) en [boven](#boven).',
          '',
          '<Citaat naam="Jan Jansen" functie="directeur" organisatie="Gemeente X">Zo doen we dat.</Citaat>',
          '<Kernboodschap>Eén boodschap.</Kernboodschap>',
          '<Voorwaarden rol="gemeente">',
          '- Verleen vergunningen',
          '</Voorwaarden>',
          '',
          '```mdx',
          '<Onbekend> in een codevoorbeeld telt niet, [link](/bestaat/niet/) ook niet',
          '```',
        ].join('\n'),
      ),
      'inzichten/later.mdx': inzicht({ datum: '2999-01-01' }),
    });
    const { problems } = valideerContent({ root: dir, cwd: dir, nu: new Date('2026-01-01') });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'inzichten/later.mdx',
        field: 'datum',
        level: 'warning',
        message: expect.stringContaining('embargo'),
      }),
    ]);
  });

  test('a link to a draft is a warning, a file in the wrong place too', () => {
    const dir = maakContent({
      ...goed,
      'inzichten/concept.mdx': inzicht({ concept: 'true' }),
      'inzichten/linkt.mdx': inzicht({}, '[concept](/inzichten/concept/)'),
      'allianties/huisvesting/los.mdx': inzicht(),
    });
    const { problems } = valideerContent({ root: dir, cwd: dir });
    expect(problems.map((p) => [p.file, p.level])).toEqual([
      ['allianties/huisvesting/los.mdx', 'warning'],
      ['inzichten/linkt.mdx', 'warning'],
    ]);
  });

  test('a broken taxonomy file is reported with its line', () => {
    const dir = maakContent({ 'allianties/a/index.mdx': alliantie() });
    fs.appendFileSync(
      path.join(dir, 'taxonomie/rollen.yaml'),
      '- id: Gemeente X\n  label: X\n  meervoud: X\n  beschrijving: X\n',
    );
    const { problems } = valideerContent({ root: dir, cwd: dir });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'taxonomie/rollen.yaml',
        field: '[12].id',
        label: 'rol 13, id',
        message: expect.stringContaining('kleine letters'),
      }),
    ]);
    const regels = fs.readFileSync(path.join(dir, 'taxonomie/rollen.yaml'), 'utf8').split('\n');
    expect(regels[problems[0].line - 1]).toBe('- id: Gemeente X');
  });
});

describe('suggestions', () => {
  test('near misses get a suggestion, far ones none', () => {
    const rollen = ['gemeente', 'school', 'fonds', 'bewoners'];
    expect(suggestie('Gemeente', rollen)).toBe('gemeente');
    expect(suggestie('gemeenten', rollen)).toBe('gemeente');
    expect(suggestie('schol', rollen)).toBe('school');
    expect(suggestie('ministerie', rollen)).toBeUndefined();
    expect(suggestie(undefined, rollen)).toBeUndefined();
  });
});

test('GitHub annotations name the field in words and escape newlines, commas and colons', () => {
  const uit = githubRapport([
    {
      file: 'content/a,b.mdx',
      line: 3,
      field: 'citaten[0].organisatie',
      label: 'citaat 1, organisatie',
      message: 'fout: "x"\nregel twee',
      level: 'error',
    },
  ]);
  expect(uit).toBe(
    '::error file=content/a%2Cb.mdx,line=3,title=citaat 1%2C organisatie::citaat 1, organisatie: fout: "x"%0Aregel twee',
  );
});
