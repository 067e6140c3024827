import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { goed, kapot, verwacht } from '../test/fixtures/kapot.ts';
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
  const bom = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  ].join('\n');
  const schoon = goed['allianties/huisvesting/inzichten/goed-inzicht.mdx'];
  const dir = maakContent({
    ...goed,
    'inzichten/rol-tikfout.mdx': kapot['inzichten/rol-tikfout.mdx'],
    'inzichten/aliasbom.mdx': schoon.replace('---\n', `---\n${bom}\n`),
    'inzichten/diep.mdx': schoon.replace('---\n', `---\ndiep: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`),
    'inzichten/groot.mdx': `${schoon}${'x'.repeat(300 * 1024)}\n`,
    'inzichten/nul.mdx': schoon.replace('Een geldige tekst.', 'Een geldige\u0000 tekst.'),
    'inzichten/met-bom.mdx': `\uFEFF${schoon.replace(/\n/g, '\r\n')}`,
    'inzichten/afgesloten-te-vroeg.mdx': schoon.replace('soort:', '---x\nsoort:'),
  });
  fs.writeFileSync(path.join(dir, 'inzichten/afbeelding.mdx'), Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex'));
  fs.writeFileSync(path.join(dir, 'inzichten/latin1.mdx'), Buffer.from(schoon.replace('geldige', 'geëigende'), 'latin1'));
  fs.writeFileSync(path.join(dir, 'inzichten/utf16.mdx'), Buffer.from(`\uFEFF${schoon}`, 'utf16le'));
  const { status, output } = check(dir);
  expect(status).toBe(1);
  expect(output).not.toMatch(/\n\s+at |Error:|ReferenceError|RangeError/);
  const bestand = (naam: string) => path.join(dir, 'inzichten', naam);
  const verwacht: [string, string, string[]][] = [
    ['aliasbom.mdx', 'frontmatter', ['aliassen', 'grens (meeste aliassen) is 20']],
    ['diep.mdx', 'frontmatter', ['te diep genest', 'grens: diepste nesting']],
    ['groot.mdx', 'bestand', ['te groot', 'grens (grootste bestand) is 256 kB']],
    ['nul.mdx', 'tekst', ['regel 13 bevat een onzichtbaar stuurteken (U+0000, NUL)']],
    ['afbeelding.mdx', 'bestand', ['geen gewone tekst']],
    ['latin1.mdx', 'bestand', ['tekens die geen UTF-8 zijn (vanaf regel 13)']],
    ['utf16.mdx', 'bestand', ['UTF-16']],
    ['afgesloten-te-vroeg.mdx', 'frontmatter', ['de frontmatter eindigt voor de site op regel 3']],
    ['rol-tikfout.mdx', 'rol 2', ['"vastgoedeigenaren" is geen bekende rol']],
  ];
  for (const [naam, veld, delen] of verwacht) {
    expect(vindMelding(output, bestand(naam), veld, delen), `${naam}:\n${output}`).toBeDefined();
  }
  expect(output).toMatch(/regel 13, tekst: /);
  expect(output).not.toContain('met-bom.mdx');
});
