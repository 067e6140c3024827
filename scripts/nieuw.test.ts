import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../test/helpers/build.ts';
import { alliantie, maakContent } from '../test/helpers/fixture.ts';
import { valideerContent } from '../src/validation/valideer.ts';

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
