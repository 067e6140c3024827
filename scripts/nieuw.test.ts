import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { root } from '../test/helpers/build.ts';
import { alliantie, inzicht, maakContent } from '../test/helpers/fixture.ts';
import fc from 'fast-check';
import { inzichtSchema } from '../src/schemas/inzicht.ts';
import { npm } from '../src/utils/npm.ts';
import { leesTaxonomieIds } from '../src/utils/taxonomie.ts';
import { leesMdx } from '../src/validation/bestand.ts';
import { valideerContent } from '../src/validation/valideer.ts';
import { Invoerfout, maakInzicht, vraag } from './nieuw.ts';

/** The environment without npm's record of options (npm_config_titel, ...), as when npm passed every option on. */
function zonderOpgevangenOpties(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k]) => !/^npm_config_(alliantie|soort|titel|rol|fase|samenvatting|bron|naam|thema|startjaar|dubbel)$/.test(k),
    ),
  );
}

function nieuw(contentDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/nieuw.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    input: '',
    env: { ...zonderOpgevangenOpties(process.env), INZICHTENBANK_CONTENT: contentDir },
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
  const tweede = nieuw(dir, [...args, '--dubbel']);
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

test.each([
  [
    'inzicht',
    ['inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', 'Sluit een intentieverklaring'],
    ['inzicht', '--alliantie', 'geen', '--soort', 'systeemfout', '--titel', 'Sluit  een intentieverklaring '],
    'er is al een inzicht met deze titel: ',
    'inzichten/sluit-een-intentieverklaring.mdx ("Sluit een intentieverklaring"). Kies een andere titel, of maak er toch een tweede bij met --dubbel (die krijgt de bestandsnaam sluit-een-intentieverklaring-2)',
    'inzichten/sluit-een-intentieverklaring-2.mdx',
  ],
  [
    'alliantie',
    ['alliantie', '--naam', 'Alliantie Mobiliteit', '--thema', 'onderwijs'],
    ['alliantie', '--naam', 'alliantie mobiliteit', '--thema', 'tolerantie'],
    'er is al een alliantie met deze naam: ',
    'allianties/alliantie-mobiliteit/index.mdx ("Alliantie Mobiliteit"). Kies een andere naam, of maak er toch een tweede bij met --dubbel (die krijgt de map alliantie-mobiliteit-2)',
    'allianties/alliantie-mobiliteit-2/index.mdx',
  ],
])(
  'a second %s with a title already taken is refused, saying where the first is; --dubbel makes it beside it',
  (_, eerste, tweede, begin, rest, naast) => {
    const dir = maakContent({});
    expect(nieuw(dir, eerste).status).toBe(0);
    const voor = fs.readdirSync(dir, { recursive: true }).length;
    const geweigerd = nieuw(dir, tweede);
    expect(geweigerd.status).toBe(1);
    expect(geweigerd.stderr).toContain(`Fout: ${begin}`);
    expect(geweigerd.stderr).toContain(rest);
    expect(fs.readdirSync(dir, { recursive: true }).length).toBe(voor);
    const toch = nieuw(dir, [...tweede, '--dubbel']);
    expect(toch.status, toch.stderr).toBe(0);
    expect(toch.pad).toBe(path.join(dir, naast));
  },
);

test.each([['--help'], ['-h'], ['help'], ['inzicht', '--help']])(
  '%j prints the Dutch help with the values allowed today',
  (...args) => {
    const dir = maakContent({ 'allianties/huisvesting/index.mdx': alliantie() });
    const r = nieuw(dir, args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('npm run nieuw: een nieuw inzicht of een nieuwe alliantie maken');
    expect(r.stdout).toContain('npm run nieuw -- inzicht --alliantie <alliantie of geen> --soort <soort> --titel "<titel>"');
    expect(r.stdout).toMatch(/--alliantie <alliantie> +de map van de alliantie, of geen: huisvesting, geen/);
    expect(r.stdout).toMatch(/--soort <soort> +succesvoorwaarde, systeemfout, les/);
    expect(r.stdout).toMatch(/--dubbel +maak het ook als er al een inzicht met deze titel is/);
    expect(r.stdout).not.toMatch(/onbekend|Usage|option/i);
    expect(fs.existsSync(path.join(dir, 'inzichten'))).toBe(false);
  },
);

/** npm's own client, as staff run it: `npm run nieuw ...` in the project. */
function npmRun(contentDir: string, args: string[]) {
  return npm(['run', 'nieuw', ...args], {
    cwd: root,
    env: { ...zonderOpgevangenOpties(process.env), INZICHTENBANK_CONTENT: contentDir },
  });
}

test('the -- forgotten after npm run nieuw: npm keeps the options, and the script says in Dutch how to type it', () => {
  const dir = maakContent({});
  const r = npmRun(dir, [
    'inzicht',
    '--alliantie',
    'geen',
    '--soort',
    'les',
    '--titel',
    'Sluit een intentieverklaring',
    '--dubbel',
  ]);
  expect(r.status).toBe(1);
  const fout = /^Fout: .*$/m.exec(r.stderr)?.[0];
  expect(fout, r.stderr).toMatch(
    /^Fout: npm heeft de opties (--[a-z]+, ){2}--[a-z]+ en --[a-z]+ zelf gehouden: na npm run nieuw ontbreken twee streepjes \(--\)\./,
  );
  for (const optie of ['--alliantie', '--soort', '--titel', '--dubbel']) expect(fout).toContain(optie);
  expect(r.stderr).toMatch(/^ {2}npm run nieuw -- inzicht (--[a-z]+( …)? ){3}--[a-z]+( …)?$/m);
  expect(r.stderr).toMatch(
    /^Zet op de plek van elke … weer wat u achter die optie typte\. Alle opties: npm run nieuw -- --help$/m,
  );
  expect(fs.existsSync(path.join(dir, 'inzichten'))).toBe(false);
});

test('with the -- written, the same command makes the insight', () => {
  const dir = maakContent({});
  const r = npmRun(dir, ['--', 'inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', 'Sluit een intentieverklaring']);
  expect(r.status, r.stderr).toBe(0);
  expect(fs.existsSync(path.join(dir, 'inzichten/sluit-een-intentieverklaring.mdx'))).toBe(true);
});

test('a fresh insight passes the check with only its NOG INVULLEN warnings; its commented quote example works once switched on', () => {
  const dir = maakContent({});
  const r = nieuw(dir, ['inzicht', '--alliantie', 'geen', '--soort', 'les', '--titel', 'Sluit een intentieverklaring']);
  expect(r.status, r.stderr).toBe(0);
  const vers = valideerContent({ root: dir, cwd: dir }).problems;
  const invullen = 'hier staat nog "NOG INVULLEN" uit het sjabloon van npm run nieuw: vul dit in voordat het wordt samengevoegd';
  expect(vers.map((p) => [p.level, p.label, p.message])).toEqual([
    ['warning', 'samenvatting', invullen],
    ['warning', 'bron 1, titel', invullen],
    ['warning', 'tekst', invullen],
  ]);

  // Switched on as the comment says: "# " taken off the five lines of the example.
  const tekst = fs.readFileSync(r.pad!, 'utf8');
  expect(tekst).toContain('\n# citaten:\n#   - tekst: "NOG INVULLEN"\n#     naam: NOG INVULLEN\n');
  fs.writeFileSync(r.pad!, tekst.replace(/^# ((?:citaten:|  - tekst:| {4}(?:naam|functie|organisatie):).*)$/gm, '$1'));
  const aan = valideerContent({ root: dir, cwd: dir }).problems;
  expect(aan.filter((p) => p.level === 'error')).toEqual([]);
  expect(aan.filter((p) => p.label.startsWith('citaat 1, ')).map((p) => p.label)).toEqual(
    expect.arrayContaining(['citaat 1, tekst', 'citaat 1, naam', 'citaat 1, functie', 'citaat 1, organisatie']),
  );
});

/** A terminal for the questions: keys go in, the screen comes out (without colours and cursor codes). */
class Toetsenbord {
  input = new PassThrough();
  output = new PassThrough();
  scherm = '';
  private gelezen = 0;
  constructor() {
    // A wide terminal, so no line the tests look for is wrapped.
    Object.assign(this.output, { columns: 200, rows: 60 });
    this.output.on('data', (d) => (this.scherm += String(d).replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')));
  }
  /** Waits until `tekst` appears after what was already awaited. */
  async verwacht(tekst: string) {
    for (let i = 0; i < 500; i++) {
      const plek = this.scherm.indexOf(tekst, this.gelezen);
      if (plek >= 0) {
        this.gelezen = plek + tekst.length;
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`niet op het scherm: ${tekst}\n${this.scherm.slice(this.gelezen)}`);
  }
  typ(...toetsen: string[]) {
    for (const t of toetsen) this.input.write(t);
  }
}
const ENTER = '\r';
const OMLAAG = '\x1B[B';
const SPATIE = ' ';

/**
 * Starts the questions beside an insight titled "Sluit een intentieverklaring", and answers them up to
 * that same title: an insight, no alliance, the soort chosen with `soort` (keys before Enter).
 */
async function zelfdeTitel(...soort: string[]) {
  const dir = maakContent({ 'inzichten/sluit-een-intentieverklaring.mdx': inzicht({ titel: 'Sluit een intentieverklaring' }) });
  const t = new Toetsenbord();
  const klaar = vraag({ input: t.input, output: t.output }, dir);
  await t.verwacht('Wat wilt u maken?');
  t.typ(ENTER);
  await t.verwacht('Bij welke alliantie hoort het inzicht?');
  await t.verwacht('Geen alliantie (algemeen inzicht)');
  t.typ(ENTER);
  await t.verwacht('Succesvoorwaarde');
  t.typ(...soort, ENTER);
  await t.verwacht('Titel: één idee');
  t.typ('Sluit een intentieverklaring', ENTER);
  return { dir, t, klaar };
}

test('the questions in Dutch: Dutch keyboard hints, labels for every choice, and a choice when the title exists', async () => {
  const { dir, t, klaar } = await zelfdeTitel(OMLAAG, OMLAAG);
  await t.verwacht('Er is al een inzicht met deze titel: ');
  await t.verwacht('inzichten/sluit-een-intentieverklaring.mdx ("Sluit een intentieverklaring").');
  await t.verwacht('Toch een nieuw inzicht maken, met de bestandsnaam sluit-een-intentieverklaring-2');
  t.typ(ENTER); // Een andere titel kiezen
  await t.verwacht('Titel: één idee');
  t.typ('Sluit een intentieverklaring', ENTER);
  await t.verwacht('Wat wilt u doen?');
  t.typ(OMLAAG, ENTER); // Toch een nieuw inzicht maken
  await t.verwacht('Tot wie richt het inzicht zich?');
  await t.verwacht('Vastgoedeigenaar');
  t.typ(ENTER);
  await t.verwacht('Kies minstens één rol: spatiebalk = aan of uit, dan Enter.');
  t.typ(SPATIE, ENTER);
  await t.verwacht('In welke fase(n) van de werkmethodiek hoort het inzicht?');
  await t.verwacht('6. Borgen van de impact');
  t.typ(OMLAAG, SPATIE, ENTER);
  await t.verwacht('Samenvatting');
  t.typ(ENTER);
  const pad = await klaar;

  expect(pad).toBe(path.join(dir, 'inzichten/sluit-een-intentieverklaring-2.mdx'));
  const data = leesMdx(fs.readFileSync(pad, 'utf8')).data as Record<string, unknown>;
  expect(data).toMatchObject({
    titel: 'Sluit een intentieverklaring',
    soort: 'les',
    rollen: ['gemeente'],
    fasen: ['alliantie-vormen'],
  });
  expect(t.scherm).toContain('↑/↓ kiezen · Enter bevestigen');
  expect(t.scherm).toContain('↑/↓ kiezen · spatie aan of uit · Enter bevestigen');
  for (const label of ['Systeemfout', 'Les', 'Gemeente', 'Doelgroep en bewoners', 'Fonds of filantropie', '1. Verkennen'])
    expect(t.scherm).toContain(label);
  expect(t.scherm).not.toMatch(/navigate|select|confirm|submit|\bnone\b|Please|Space:|Enter:/);
});

test('stopping at the question about an existing title writes nothing and says where the existing insight is', async () => {
  const { dir, t, klaar } = await zelfdeTitel();
  await t.verwacht('Stoppen en het bestaande inzicht aanvullen');
  t.typ(OMLAAG, OMLAAG, ENTER);
  await expect(klaar).rejects.toThrow(
    /^Er is niets aangemaakt; het bestaande inzicht staat in .*inzichten\/sluit-een-intentieverklaring\.mdx$/,
  );
  expect(fs.readdirSync(path.join(dir, 'inzichten'))).toEqual(['sluit-een-intentieverklaring.mdx']);
});

test('an alliance whose name is taken: the choices and the stop speak of "de bestaande alliantie"', async () => {
  const dir = maakContent({ 'allianties/huisvesting-alliantie/index.mdx': alliantie() });
  const t = new Toetsenbord();
  const klaar = vraag({ input: t.input, output: t.output }, dir);
  await t.verwacht('Wat wilt u maken?');
  t.typ(OMLAAG, ENTER);
  await t.verwacht('Naam van de alliantie');
  t.typ('Huisvesting  Alliantie', ENTER);
  await t.verwacht('Er is al een alliantie met deze naam: ');
  await t.verwacht('allianties/huisvesting-alliantie/index.mdx ("Huisvesting Alliantie").');
  await t.verwacht('Een andere naam kiezen');
  await t.verwacht('Toch een nieuwe alliantie maken, met de map huisvesting-alliantie-2');
  await t.verwacht('Stoppen en de bestaande alliantie aanvullen');
  t.typ(OMLAAG, OMLAAG, ENTER);
  await expect(klaar).rejects.toThrow(
    /^Er is niets aangemaakt; de bestaande alliantie staat in .*allianties\/huisvesting-alliantie\/index\.mdx$/,
  );
  expect(fs.readdirSync(path.join(dir, 'allianties'))).toEqual(['huisvesting-alliantie']);
});
