import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { goed, kapot, verwacht } from '../test/fixtures/kapot.ts';
import { metBom, schrijfVijandigeBytes, STACKTRACE, vijandigeTeksten, vijandigVerwacht } from '../test/fixtures/vijandig.ts';
import { root } from '../test/helpers/build.ts';
import { maakContent } from '../test/helpers/fixture.ts';
import { vindMelding } from '../test/helpers/rapport.ts';

/** Runs `npm run check` the way staff and CI do (same Node, same script), on a content folder. */
function check(contentDir: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', INZICHTENBANK_CONTENT: contentDir, ...env },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('npm run check reports every broken entry at once, in Dutch, and exits 1', () => {
  const dir = maakContent({ ...goed, ...kapot });
  // Speed is measured by npm run bench, not asserted here: on a loaded machine a timed assertion fails at random.
  const { status, output } = check(dir);
  expect(status).toBe(1);
  for (const { bestand, label, melding } of verwacht) {
    expect(vindMelding(output, path.join(dir, bestand), label, melding), `${label} in ${bestand}:\n${output}`).toBeDefined();
  }
  expect(output).toContain(`✖ ${verwacht.length} fouten`);
});

test('--github prints an annotation per problem with file and line; warnings do not fail', () => {
  const dir = maakContent({
    ...goed,
    'inzichten/later.mdx': kapot['inzichten/soort-tikfout.mdx'].replace('2021-12-31', '2999-01-01'),
  });
  const fout = check(dir, ['--github']);
  expect(fout.status).toBe(1);
  expect(fout.output).toMatch(
    new RegExp(
      `^::error file=${dir.replace(/[/\\]/g, '.')}/inzichten/later\\.mdx,line=3,title=soort::soort: "succesvoorwaarden" is geen bekende soort`,
      'm',
    ),
  );

  const dir2 = maakContent({
    ...goed,
    'inzichten/later.mdx': goed['allianties/huisvesting/inzichten/goed-inzicht.mdx'].replace('2021-12-31', '2999-01-01'),
  });
  const waarschuwing = check(dir2, [], { GITHUB_ACTIONS: 'true' });
  expect(waarschuwing.status).toBe(0);
  expect(waarschuwing.output).toMatch(
    /^::warning file=.*later\.mdx,line=\d+,title=datum::datum: de datum 2999-01-01 ligt in de toekomst/m,
  );
  expect(waarschuwing.output).toContain('Geen fouten, wel 1 waarschuwing');
});

test('npm run check passes on valid content', () => {
  const { status, output } = check(maakContent(goed));
  expect(output).toContain('Alle content is in orde');
  expect(status).toBe(0);
});

test('hostile files are each reported in Dutch with file and line, the others are still checked, and nothing throws', () => {
  const dir = maakContent({
    ...goed,
    'inzichten/rol-tikfout.mdx': kapot['inzichten/rol-tikfout.mdx'],
    ...vijandigeTeksten,
    ...metBom,
  });
  schrijfVijandigeBytes(dir);
  const { status, output } = check(dir);
  expect(status).toBe(1);
  expect(output).not.toMatch(STACKTRACE);
  const verwacht = [
    ...vijandigVerwacht,
    { bestand: 'inzichten/rol-tikfout.mdx', veld: 'rol 2', delen: ['"vastgoedeigenaren" is geen bekende rol'] },
  ];
  for (const { bestand, veld, delen } of verwacht) {
    expect(vindMelding(output, path.join(dir, bestand), veld, delen), `${bestand}:\n${output}`).toBeDefined();
  }
  expect(output).toMatch(/regel 13, tekst: /);
  expect(output).not.toContain('met-bom.mdx');
});

test('an INZICHTENBANK_NU that is not a moment stops the check with a Dutch message, not a stack trace', () => {
  const { status, output } = check(maakContent(goed), [], { INZICHTENBANK_NU: 'morgen' });
  expect(status).toBe(1);
  expect(output).toContain(
    'INZICHTENBANK_NU="morgen" is geen datum of tijdstip; schrijf bijvoorbeeld INZICHTENBANK_NU=2027-01-31',
  );
  expect(output).not.toMatch(STACKTRACE);
});
