import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../test/helpers/build.ts';
import { alliantie, maakContent } from '../test/helpers/fixture.ts';
import fc from 'fast-check';
import { inzichtSchema } from '../src/schemas/inzicht.ts';
import { leesTaxonomieIds } from '../src/utils/taxonomie.ts';
import { leesMdx } from '../src/validation/bestand.ts';
import { valideerContent } from '../src/validation/valideer.ts';
import { Invoerfout, maakInzicht } from './nieuw.ts';

function nieuw(contentDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/nieuw.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, INZICHTENBANK_CONTENT: contentDir },
  });
  const pad = /^Aangemaakt: (.+)$/m.exec(r.stdout)?.[1];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, pad: pad && path.resolve(root, pad) };
}

test('creates an alliance and insights with ASCII, unique slugs in the right folders, and they pass the check', () => {
  const dir = maakContent({});
  const a = nieuw(dir, ['alliantie', '--naam', 'Alliantie Één Tolerantie', '--thema', 'tolerantie']);
  expect(a.status, a.stderr).toBe(0);
  expect(a.pad).toBe(path.join(dir, 'allianties/alliantie-een-tolerantie/index.mdx'));

  const args = [
    'inzicht',
    '--alliantie',
    'alliantie-een-tolerantie',
    '--soort',
    'les',
    '--titel',
    'Creëer een gedeelde missie: géén reflex',
    '--rol',
    'school',
    '--rol',
    'gemeente',
    '--fase',
    'evalueren',
  ];
  const eerste = nieuw(dir, args);
  const tweede = nieuw(dir, args);
  expect(eerste.pad).toBe(
    path.join(dir, 'allianties/alliantie-een-tolerantie/inzichten/creeer-een-gedeelde-missie-geen-reflex.mdx'),
  );
  expect(tweede.pad).toBe(
    path.join(dir, 'allianties/alliantie-een-tolerantie/inzichten/creeer-een-gedeelde-missie-geen-reflex-2.mdx'),
  );
  const tekst = fs.readFileSync(eerste.pad!, 'utf8');
  expect(tekst).toContain('titel: "Creëer een gedeelde missie: géén reflex"');
  expect(tekst).toMatch(/rollen:.*\n {2}- school\n {2}- gemeente\n/);

  const algemeen = nieuw(dir, ['inzicht', '--alliantie', 'geen', '--soort', 'systeemfout', '--titel', 'De centralisatiereflex']);
  expect(algemeen.pad).toBe(path.join(dir, 'inzichten/de-centralisatiereflex.mdx'));

  const { problems, model } = valideerContent({ root: dir, cwd: dir });
  expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(model.inzichten.map((i) => i.data?.titel).sort()).toEqual([
    'Creëer een gedeelde missie: géén reflex',
    'Creëer een gedeelde missie: géén reflex',
    'De centralisatiereflex',
  ]);
  // What is still to be filled in is flagged, so a reviewer sees it.
  expect(
    problems.some(
      (p) => p.file === 'inzichten/de-centralisatiereflex.mdx' && p.field === 'samenvatting' && p.level === 'warning',
    ),
  ).toBe(true);
});

test.each([
  [
    ['inzicht', '--alliantie', 'geen', '--soort', 'lessen', '--titel', 'x'],
    ['"lessen" is geen geldige soort', 'kies uit: succesvoorwaarde, systeemfout, les', 'Bedoelde u "les"?'],
  ],
  [
    ['inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', 'x', '--rol', 'gemeentes'],
    ['"gemeentes" is geen geldige rol', 'kies uit: gemeente,', 'Bedoelde u "gemeente"?'],
  ],
  [
    ['inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', 'x', '--fase', 'evaluatie'],
    ['"evaluatie" is geen geldige fase', 'verkennen, alliantie-vormen'],
  ],
  [
    ['inzicht', '--alliantie', 'huisvestin', '--soort', 'les', '--titel', 'x'],
    ['"huisvestin" is geen geldige alliantie', 'kies uit: huisvesting', 'Bedoelde u "huisvesting"?'],
  ],
  [['inzicht', '--alliantie', 'geen', '--soort', 'les'], ['--titel ontbreekt']],
  [
    ['alliantie', '--naam', 'X', '--thema', 'huisvesting'],
    ['"huisvesting" is geen geldige thema', 'sociale-huisvesting'],
  ],
  [
    ['alliantje', '--naam', 'X'],
    ['kies uit: inzicht, alliantie', 'Bedoelde u "alliantie"?'],
  ],
])('refuses %j with a Dutch error listing the valid values', (args, delen) => {
  const dir = maakContent({ 'allianties/huisvesting/index.mdx': alliantie() });
  const r = nieuw(dir, args);
  expect(r.status).toBe(1);
  for (const deel of delen) expect(r.stderr).toContain(deel);
  expect(fs.readdirSync(path.join(dir, 'allianties'))).toEqual(['huisvesting']);
  expect(fs.existsSync(path.join(dir, 'inzichten'))).toBe(false);
});

const vijandig = [
  'Let op: de gemeente beslist',
  '"Aanhalingstekens" en \'enkele\' erbij',
  'Eerste regel\nTweede regel',
  '- begint als een lijst # met opmerking',
  'Gezin 👩‍👩‍👧 zoekt 🏠',
  'مرحبا بالعالم en שלום עולם',
  '--- Let op & * ! % @ ` {} []',
];

test.each(vijandig)('a hostile title %j gives a valid file that reads back as typed', (titel) => {
  const dir = maakContent({});
  // A value that starts with a dash must be joined to its option with =, as the error below explains.
  const r = nieuw(dir, ['inzicht', '--alliantie', 'geen', '--soort', 'les', `--titel=${titel}`, `--samenvatting=${titel}`]);
  expect(r.status, r.stderr).toBe(0);
  const { problems, model } = valideerContent({ root: dir, cwd: dir });
  expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  const verwacht = titel.trim().replace(/\s+/g, ' ');
  expect(model.inzichten[0].data?.titel).toBe(verwacht);
  expect(model.inzichten[0].data?.samenvatting).toBe(titel.trim());
});

test.each([
  ['a'.repeat(10_000), 'de titel is te lang: 10000 tekens, maximaal 160 (--titel)'],
  ['Omgekeerd \u202Ezo\u202C', 'de titel bevat een onzichtbaar teken dat de leesrichting omdraait'],
  ['😀 🙂', 'de titel bevat geen letters of cijfers'],
])('a title the check would refuse is refused up front in Dutch, without a stack trace or a file', (titel, melding) => {
  const dir = maakContent({});
  const r = nieuw(dir, ['inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', titel]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(melding);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(fs.existsSync(path.join(dir, 'inzichten'))).toBe(false);
});

test.each([
  [
    ['inzicht', '--titel', '- streepje'],
    'de waarde van --titel begint met een streepje; schrijf de optie en de waarde dan aan elkaar met =, bijvoorbeeld --titel="- tekst"',
  ],
  [['inzicht', '--titel'], '--titel heeft een waarde nodig'],
  [['inzicht', '--tite', 'x'], 'onbekende optie --tite; bekende opties: --alliantie,'],
  [
    ['inzicht', '--titel', 'Sluit', 'een'],
    '"een" hoort bij geen enkele optie; zet een tekst met spaties tussen aanhalingstekens',
  ],
])('option mistakes in %j are explained in Dutch', (args, melding) => {
  const r = nieuw(maakContent({}), args);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(melding);
  expect(r.stderr).not.toMatch(/[Oo]ption|argument|\n\s+at /);
});

test('any title and summary: either a Dutch refusal and no file, or a file the check accepts with the text as typed', () => {
  const dir = maakContent({});
  const tax = leesTaxonomieIds(dir);
  const schema = inzichtSchema(tax);
  const tekst = fc.oneof(
    fc.constantFrom(...vijandig, 'a'.repeat(10_000), ' ', '\u202E'),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 50 }),
  );
  fc.assert(
    fc.property(tekst, fc.option(tekst, { nil: undefined }), (titel, samenvatting) => {
      fs.rmSync(path.join(dir, 'inzichten'), { recursive: true, force: true });
      let pad: string;
      try {
        pad = maakInzicht({ alliantie: 'geen', soort: 'les', titel, samenvatting }, dir);
      } catch (e) {
        expect(e).toBeInstanceOf(Invoerfout);
        expect(fs.existsSync(path.join(dir, 'inzichten'))).toBe(false);
        return;
      }
      const gelezen = leesMdx(fs.readFileSync(pad, 'utf8'));
      expect(gelezen.syntaxfouten).toEqual([]);
      const r = schema.safeParse(gelezen.data);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
      expect(r.data?.titel).toBe(titel.trim().replace(/\s+/g, ' '));
    }),
    { numRuns: 100 },
  );
});
