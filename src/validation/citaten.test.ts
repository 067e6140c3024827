import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inzicht, maakContent } from '../../test/helpers/fixture.ts';
import { contentRoot } from '../../test/helpers/content.ts';
import { brontekstenMap, langsteBegin, leesBronteksten, normaliseer } from './citaten.ts';
import { valideerContent } from './valideer.ts';

/** Frontmatter lines for one quote by a named person. */
const citaat = (tekst: string) => `\n  - tekst: ${JSON.stringify(tekst)}\n    naam: Niels Muller\n    organisatie: Ad Hoc`;
const uitJaarverslag = '\n  - document: jaarverslag-2021\n    sectie: Inzichtenbank Huisvesting Alliantie';
const uitEssay = '\n  - document: collective-impact\n    sectie: Waarom bestaande samenwerkingsvormen tekortschieten';

// Verbatim from the annual report, where it runs over six lines ("... Samen met de Regenboog Groep\ngingen zij ...").
const MULLER =
  'Daklozen hebben soms een betalingsachterstand, blijf hier maatschappelijk denken en niet kortzichtig. Sommige van hen hadden hun uitkering nog niet ontvangen, waardoor ze nog niet konden betalen.';

describe('the quote check', () => {
  const dir = maakContent({
    'inzichten/letterlijk.mdx': inzicht({ citaten: citaat(MULLER), bronnen: uitJaarverslag }),
    // "ex-\ndaklozen" (a hyphen that stays) and "Het mooie ... elkaar." over a line break, in curly quotes.
    'inzichten/afgebroken.mdx': inzicht({
      citaten: citaat(
        '“Het mooie is dat deze ex-daklozen niet bekend staan als daklozen en net zo mooi wonen als de particulieren, heerlijk door elkaar.”',
      ),
      bronnen: uitJaarverslag,
    }),
    'inzichten/ander-woord.mdx': inzicht({
      citaten: citaat(MULLER.replace('niet kortzichtig', 'niet kortzichtig of hard')),
      bronnen: uitJaarverslag,
    }),
    'inzichten/samengevoegd.mdx': inzicht({
      citaten: citaat(`${MULLER} De businesscase klopt voor de vastgoedeigenaar.`),
      bronnen: uitJaarverslag,
    }),
    'inzichten/verkeerd-document.mdx': inzicht({ citaten: citaat(MULLER), bronnen: uitEssay }),
    'inzichten/zonder-brondocument.mdx': inzicht({
      citaten: citaat('Een citaat uit een gesprek.'),
      bronnen: '\n  - titel: Gesprek met de alliantie',
    }),
  });
  const { problems } = valideerContent({ root: dir, cwd: dir });
  const van = (slug: string) => problems.filter((p) => p.file === `inzichten/${slug}.mdx`);

  test('accepts a verbatim quote across line breaks, line-end hyphens and curly quotes', () => {
    expect(van('letterlijk')).toEqual([]);
    expect(van('afgebroken')).toEqual([]);
  });

  test('refuses a changed word, naming the file, the field, the first words and the document', () => {
    const [p, ...rest] = van('ander-woord');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'citaten[0].tekst', level: 'error' });
    expect(p.message).toContain('het citaat "Daklozen hebben soms een betalingsachterstand, blijf …"');
    expect(p.message).toContain('staat niet letterlijk in "Jaarverslag 2021" (taxonomie/bronnen/jaarverslag-2021.txt)');
    expect(p.message).toContain('vanaf "of hard. Sommige van …" wijkt het af');
    const regels = fs.readFileSync(path.join(dir, 'inzichten/ander-woord.mdx'), 'utf8').split('\n');
    expect(regels[p.line - 1]).toMatch(/^ {2}- tekst: "Daklozen/);
  });

  test('refuses two passages merged into one quote', () => {
    const [p, ...rest] = van('samengevoegd');
    expect(rest).toEqual([]);
    expect(p.level).toBe('error');
    expect(p.message).toContain('vanaf "De businesscase klopt voor …" wijkt het af');
  });

  test('refuses a quote from another document than the one the entry cites, and names the right one', () => {
    const [p, ...rest] = van('verkeerd-document');
    expect(rest).toEqual([]);
    expect(p.level).toBe('error');
    expect(p.message).toContain('staat niet letterlijk in "Iedereen wil vooruit, maar niemand geraakt er door"');
    expect(p.message).toContain('het staat wel in "Jaarverslag 2021"');
    expect(p.message).toContain('document: jaarverslag-2021');
  });

  test('warns, without failing, when no cited source has a kept text to check against', () => {
    const [p, ...rest] = van('zonder-brondocument');
    expect(rest).toEqual([]);
    expect(p.level).toBe('warning');
    expect(p.message).toContain('kan niet worden gecontroleerd');
  });

  test('the build stops on a wrong quote in the same way (the check runs before the build)', () => {
    const errors = problems.filter((p) => p.level === 'error').map((p) => p.file);
    expect(errors.sort()).toEqual(['inzichten/ander-woord.mdx', 'inzichten/samengevoegd.mdx', 'inzichten/verkeerd-document.mdx']);
  });
});

describe('the real content', () => {
  test('every source document in bronnen.yaml has its text beside it', () => {
    const ids = (fs.readFileSync(path.join(contentRoot, 'taxonomie/bronnen.yaml'), 'utf8').match(/^- id: (.+)$/gm) ?? []).map(
      (r) => r.slice('- id: '.length),
    );
    expect(ids.length).toBeGreaterThan(0);
    expect([...leesBronteksten(contentRoot).keys()].sort()).toEqual(ids.sort());
    expect(fs.readdirSync(brontekstenMap(contentRoot)).sort()).toEqual(ids.map((id) => `${id}.txt`).sort());
  });

  test('every quote in citaten appears verbatim in a document its entry cites', () => {
    const { problems, model } = valideerContent({ root: contentRoot });
    expect(problems.filter((p) => p.field.startsWith('citaten'))).toEqual([]);
    const aantal = model.inzichten.reduce((n, e) => n + ((e.data?.citaten as unknown[]) ?? []).length, 0);
    expect(aantal).toBeGreaterThanOrEqual(12);
  });
});

describe('normalising and matching', () => {
  test('a line-end hyphen between letters may be dropped or kept; other hyphens stay', () => {
    const doc = normaliseer('samen-\nwerking en publiek-\n  private partners, ex- daklozen');
    expect(langsteBegin(doc, 'samenwerking en publiek-private')).toBe('samenwerking en publiek-private'.length);
    expect(langsteBegin(doc, 'samen werking')).toBe('samen'.length);
    expect(langsteBegin(doc, 'ex- daklozen')).toBe('ex- daklozen'.length);
  });

  test('curly and straight quotes, and the double apostrophe the report uses as quotation mark, are equal', () => {
    expect(normaliseer("‘blik van buiten’ ''Daklozen''")).toBe(normaliseer('\'blik van buiten\' "Daklozen"'));
  });
});
