/**
 * `npm run redactie` with a staff member's own changes in the folder (issue #19): a new insight made
 * with `npm run nieuw` does not block the start and is not lost when the editor saves a draft; changed
 * files are explained in Dutch without git's words and saved as a version on request. On scratch
 * repositories, with the real decap-server for what happens when the editor saves.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { root } from '../test/helpers/build.ts';
import { git, maakGitRepo, startDecapServer, type DecapServer } from '../test/helpers/cms.ts';
import { inzicht } from '../test/helpers/fixture.ts';
import { bereidVoor, Weigering } from './redactie.ts';
import { EIGEN_VERSIE, HULP, leesWijzigingen, uitlegNieuwZonderBescherming } from './redactie-werkmap.ts';

const BESTAAND = 'content/inzichten/bestaand-inzicht.mdx';
const NIEUW = 'content/inzichten/mijn-nieuwe-inzicht.mdx';

/** What a test made, removed after it (scratch repositories, the start's exclude file). */
const opruimen: (() => void)[] = [];
afterEach(() => {
  while (opruimen.length) opruimen.pop()!();
});

/** A scratch repository on `main` with one insight and an identity of its own. */
function maakRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redactie-repo-'));
  opruimen.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'content/inzichten'), { recursive: true });
  fs.writeFileSync(path.join(dir, BESTAAND), inzicht({ titel: 'Bestaand inzicht' }));
  return maakGitRepo(dir);
}

/** What a staff member's `npm run nieuw` leaves: a new file git does not track yet. */
function nieuwInzicht(repo: string): string {
  const tekst = inzicht({ titel: 'Mijn nieuwe inzicht', samenvatting: '"NOG INVULLEN: één of twee zinnen."' });
  fs.writeFileSync(path.join(repo, NIEUW), tekst);
  return tekst;
}

/** `npm run redactie` as staff start it, but not in a terminal (nobody answers questions), in `repo`. */
function redactie(repo: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/redactie.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: r.status, uit: `${r.stdout}${r.stderr}` };
}

/** Words of git that staff are not expected to know. */
const JARGON = /\b(stash|commit|branch|checkout|rebase|staged|untracked|HEAD)\b/i;

describe('reading the folder', () => {
  test('new, changed, deleted, added and renamed files are told apart', () => {
    const repo = maakRepo();
    fs.writeFileSync(path.join(repo, 'content/inzichten/tweede.mdx'), 'x');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'Tweede');
    nieuwInzicht(repo);
    fs.mkdirSync(path.join(repo, 'content/allianties/nieuwe-map/inzichten'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'content/allianties/nieuwe-map/inzichten/diep.mdx'), 'x');
    fs.appendFileSync(path.join(repo, BESTAAND), '\nAangevuld.\n');
    fs.rmSync(path.join(repo, 'content/inzichten/tweede.mdx'));
    fs.writeFileSync(path.join(repo, 'content/inzichten/toegevoegd.mdx'), 'x');
    git(repo, 'add', 'content/inzichten/toegevoegd.mdx');
    expect(leesWijzigingen(repo)).toEqual({
      nieuw: ['content/allianties/nieuwe-map/inzichten/diep.mdx', NIEUW],
      gewijzigd: [
        { pad: BESTAAND, wat: 'gewijzigd' },
        { pad: 'content/inzichten/toegevoegd.mdx', wat: 'toegevoegd' },
        { pad: 'content/inzichten/tweede.mdx', wat: 'verwijderd' },
      ],
      onafgemaakt: [],
    });
  });
});

describe('before the editor starts', () => {
  test('a new insight of your own does not block the start, is named, and nothing is written into the repository', async () => {
    const repo = maakRepo();
    nieuwInzicht(repo);
    const exclude = fs.readFileSync(path.join(repo, '.git/info/exclude'), 'utf8');
    const klaar = await bereidVoor(repo);
    opruimen.push(klaar.opruimen);
    expect(klaar.meldingen).toEqual([
      [
        'Uw nieuwe bestand blijft gewoon staan; de redactie neemt het niet mee in haar concepten:',
        `  ${NIEUW}`,
        'Bewerk het in uw teksteditor. Wilt u het in de redactie bewerken? Stop de redactie (Ctrl+C)',
        'en start haar opnieuw met: npm run redactie -- --bewaar (dan worden uw bestanden eerst bewaard als versie).',
      ].join('\n'),
    ]);
    expect(klaar.meldingen.join('\n')).not.toMatch(JARGON);
    // Only the editor's backend gets the exclusion, through its environment.
    expect(spawnSync('git', ['check-ignore', '-q', NIEUW], { cwd: repo, env: { ...process.env, ...klaar.env } }).status).toBe(0);
    expect(spawnSync('git', ['check-ignore', '-q', NIEUW], { cwd: repo }).status).toBe(1);
    expect(fs.readFileSync(path.join(repo, '.git/info/exclude'), 'utf8')).toBe(exclude);
    expect(git(repo, 'status', '--porcelain')).toBe(`?? ${NIEUW}\n`);
  });

  test('changed files, nobody to ask: refused with a Dutch explanation without git jargon, nothing saved', async () => {
    const repo = maakRepo();
    fs.appendFileSync(path.join(repo, BESTAAND), '\nAangevuld.\n');
    const fout = await bereidVoor(repo).catch((e) => e);
    expect(fout).toBeInstanceOf(Weigering);
    expect(fout.message).toContain(`  gewijzigd: ${BESTAAND}`);
    expect(fout.message).toContain('npm run redactie -- --bewaar');
    expect(fout.message).not.toMatch(JARGON);
    expect(git(repo, 'log', '--format=%s')).toBe('Begin\n');
  });

  test('changed files with --bewaar: saved as one version, new files included, then the start goes on', async () => {
    const repo = maakRepo();
    fs.appendFileSync(path.join(repo, BESTAAND), '\nAangevuld.\n');
    const tekst = nieuwInzicht(repo);
    const klaar = await bereidVoor(repo, { bewaar: true });
    expect(klaar.meldingen).toEqual([expect.stringMatching(/^Uw veranderingen zijn bewaard als versie/)]);
    expect(git(repo, 'log', '--format=%s')).toBe(`${EIGEN_VERSIE}\nBegin\n`);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'show', `HEAD:${NIEUW}`)).toBe(tekst);
  });

  test('changed files in a terminal: the answer to the question decides', async () => {
    const nee = maakRepo();
    fs.appendFileSync(path.join(nee, BESTAAND), '\nAangevuld.\n');
    await expect(bereidVoor(nee, { vragen: { bewaren: async () => false } })).rejects.toThrow(Weigering);
    expect(git(nee, 'status', '--porcelain')).toBe(` M ${BESTAAND}\n`);

    const ja = maakRepo();
    fs.appendFileSync(path.join(ja, BESTAAND), '\nAangevuld.\n');
    let gevraagd: string[] = [];
    await bereidVoor(ja, {
      vragen: {
        bewaren: async (w) => {
          gevraagd = w.gewijzigd.map((g) => g.pad);
          return true;
        },
      },
    });
    expect(gevraagd).toEqual([BESTAAND]);
    expect(git(ja, 'status', '--porcelain')).toBe('');
  });

  test('a merge stopped halfway is not saved or started on', async () => {
    const repo = maakRepo();
    git(repo, 'checkout', '-q', '-b', 'ander');
    fs.writeFileSync(path.join(repo, BESTAAND), 'ander\n');
    git(repo, 'commit', '-q', '-am', 'Ander');
    git(repo, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(repo, BESTAAND), 'hoofd\n');
    git(repo, 'commit', '-q', '-am', 'Hoofd');
    spawnSync('git', ['merge', 'ander'], { cwd: repo });
    const fout = await bereidVoor(repo, { bewaar: true }).catch((e) => e);
    expect(fout).toBeInstanceOf(Weigering);
    expect(fout.message).toContain(`het samenvoegen van twee versies is halverwege blijven steken, in:\n  ${BESTAAND}`);
    expect(git(repo, 'log', '--format=%s', '-1')).toBe('Hoofd\n');
  });

  test('git that does not know who you are: explained, or asked in a terminal and set for this repository', async () => {
    const repo = maakRepo();
    git(repo, 'config', '--unset', 'user.name');
    git(repo, 'config', '--unset', 'user.email');
    // No global or system identity, and no guessing one from the computer's name.
    const was = { ...process.env };
    Object.assign(process.env, {
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'user.useConfigOnly',
      GIT_CONFIG_VALUE_0: 'true',
    });
    try {
      const fout = await bereidVoor(repo).catch((e) => e);
      expect(fout).toBeInstanceOf(Weigering);
      expect(fout.message).toMatch(/^De redactie start nog niet\.\nGit, het programma dat de versies van het project bijhoudt,/);
      expect(fout.message).toContain('git config user.name "Voornaam Achternaam"');
      expect(fout.message).toContain('git config user.email "naam@voorbeeld.nl"');
      await bereidVoor(repo, { vragen: { identiteit: async () => ({ naam: 'Anna de Vries', email: 'anna@voorbeeld.nl' }) } });
      expect(git(repo, 'config', 'user.name')).toBe('Anna de Vries\n');
      expect(git(repo, 'config', 'user.email')).toBe('anna@voorbeeld.nl\n');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in was)) delete process.env[k];
      Object.assign(process.env, was);
    }
  });
});

test('with a git too old to keep new files out: one file is "het", several are "ze"', () => {
  expect(uitlegNieuwZonderBescherming([NIEUW])).toBe(
    [
      'De redactie start nog niet: u heeft een nieuw bestand dat nog geen versie is:',
      `  ${NIEUW}`,
      'Met deze (oude) versie van git kan de redactie het niet buiten haar concepten houden; het zou erin',
      'terechtkomen en uit de map verdwijnen. Bewaar het eerst als versie en start dan de redactie:',
      '  npm run redactie -- --bewaar',
    ].join('\n'),
  );
  const twee = uitlegNieuwZonderBescherming([NIEUW, BESTAAND]);
  expect(twee).toMatch(/^De redactie start nog niet: u heeft nieuwe bestanden die nog geen versie zijn:\n/);
  expect(twee).toContain('kan de redactie ze niet buiten haar concepten houden; ze zouden erin\nterechtkomen');
  expect(twee).not.toMatch(JARGON);
});

describe('npm run redactie on the command line', () => {
  test('--help explains it in Dutch', () => {
    const r = redactie(maakRepo(), ['--help']);
    expect(r.status).toBe(0);
    expect(r.uit).toBe(`${HULP}\n`);
    expect(r.uit).not.toMatch(JARGON);
  });

  test('a mistyped option: exit 1, named, with the help text', () => {
    const r = redactie(maakRepo(), ['--bewar']);
    expect(r.status).toBe(1);
    expect(r.uit).toBe(`Onbekende optie: --bewar.\n\n${HULP}\n`);
  });

  test('changed files and no terminal: exit 1 with the explanation, and nothing started', () => {
    const repo = maakRepo();
    fs.rmSync(path.join(repo, BESTAAND));
    const r = redactie(repo);
    expect(r.status).toBe(1);
    expect(r.uit).toMatch(/^De redactie start nog niet\.\nU heeft bestanden veranderd/);
    expect(r.uit).toContain(`  verwijderd: ${BESTAAND}`);
    expect(r.uit).toContain('       npm run redactie -- --bewaar');
    expect(r.uit).not.toMatch(JARGON);
    expect(r.uit).not.toContain('Redactie: open');
  });

  test('outside a git repository: says so in Dutch', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'geen-repo-'));
    opruimen.push(() => fs.rmSync(map, { recursive: true, force: true }));
    const r = redactie(map, [], { GIT_CEILING_DIRECTORIES: os.tmpdir() });
    expect(r.status).toBe(1);
    expect(r.uit).toContain('npm run redactie werkt alleen in een map die met git is binnengehaald');
  });
});

describe('the editor saving a draft beside a new insight of your own (real decap-server)', () => {
  let decap: DecapServer | undefined;
  afterEach(async () => {
    await decap?.stop();
    decap = undefined;
  });

  /** "Opslaan" in the editor for a new insight `slug`: what Decap sends to its local backend. */
  async function slaConceptOp(url: string, slug: string) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'persistEntry',
        params: {
          branch: 'main',
          cmsLabelPrefix: 'redactie/',
          dataFiles: [{ slug, path: `content/inzichten/${slug}.mdx`, raw: inzicht({ titel: 'Ander inzicht' }) }],
          assets: [],
          options: {
            collectionName: 'inzichten',
            commitMessage: `Nieuw: inzichten "${slug}"`,
            useWorkflow: true,
            status: 'draft',
          },
        },
      }),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  }

  test("with npm run redactie's protection the new insight stays in the folder, untouched, and out of the draft", async () => {
    const repo = maakRepo();
    const tekst = nieuwInzicht(repo);
    const klaar = await bereidVoor(repo);
    opruimen.push(klaar.opruimen);
    decap = await startDecapServer(repo, klaar.env);
    await slaConceptOp(decap.url, 'ander-inzicht');
    expect(git(repo, 'diff', '--name-only', 'main', 'cms/inzichten/ander-inzicht')).toBe('content/inzichten/ander-inzicht.mdx\n');
    expect(fs.readFileSync(path.join(repo, NIEUW), 'utf8')).toBe(tekst);
    expect(git(repo, 'status', '--porcelain')).toBe(`?? ${NIEUW}\n`);
  });

  test('without it (the contrast) the new insight is swept into the draft and gone from the folder', async () => {
    const repo = maakRepo();
    nieuwInzicht(repo);
    decap = await startDecapServer(repo);
    await slaConceptOp(decap.url, 'ander-inzicht');
    expect(git(repo, 'diff', '--name-only', 'main', 'cms/inzichten/ander-inzicht')).toContain(NIEUW);
    expect(fs.existsSync(path.join(repo, NIEUW))).toBe(false);
  });
});
