/**
 * What `npm run redactie` does with your own changes before it starts the editor's local backend.
 *
 * That backend (decap-server in git mode) keeps every draft as a commit on a branch of its own,
 * cms/<collectie>/<slug>: to save a draft it switches the working folder to that branch, rebases it,
 * stages everything with `git add .`, commits and switches back. So a changed tracked file would go
 * into someone else's draft or make saving fail (a rebase refuses a dirty tree), and an untracked new
 * file (an insight made with `npm run nieuw`) would be committed into the draft and vanish from the
 * folder when the backend switches back. Hence:
 * - untracked files are kept out of the backend's commits with an exclude file that only its git sees
 *   (git's GIT_CONFIG_COUNT environment: nothing is written into the repository);
 * - changed tracked files must first be saved as a commit of their own (`--bewaar`, or asked).
 * Staff read the messages below: they say "versie" (a commit) and "concept" (a draft), never git's words.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The state of the working folder as far as the editor cares. */
export interface Wijzigingen {
  /** Files git does not track yet (new insights): relative to the repository, `/`-separated. */
  nieuw: string[];
  /** Tracked files that differ from the last commit, with what happened to them, in Dutch. */
  gewijzigd: { pad: string; wat: 'gewijzigd' | 'verwijderd' | 'toegevoegd' | 'hernoemd' }[];
  /** Files left half-merged (a merge or rebase stopped on a conflict). */
  onafgemaakt: string[];
}

/** Runs git in `root`; never throws. */
export function git(root: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync('git', ['-c', 'core.quotepath=false', ...args], { cwd: root, encoding: 'utf8', env });
  return { ok: r.status === 0, uit: r.stdout ?? '', fout: r.stderr ?? r.error?.message ?? '' };
}

/** The top folder of the git repository that holds `map`, or undefined outside one. */
export function repositoryVan(map: string): string | undefined {
  const r = git(map, ['rev-parse', '--show-toplevel']);
  return r.ok ? r.uit.trim() : undefined;
}

const ONAFGEMAAKT = new Set(['DD', 'AU', 'UD', 'UA', 'DU', 'AA', 'UU']);

/** Reads `git status` (every untracked file, not only its folder). */
export function leesWijzigingen(root: string): Wijzigingen {
  const r = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const w: Wijzigingen = { nieuw: [], gewijzigd: [], onafgemaakt: [] };
  const delen = r.uit.split('\0');
  for (let i = 0; i < delen.length; i++) {
    const regel = delen[i];
    if (regel.length < 4) continue;
    const xy = regel.slice(0, 2);
    const pad = regel.slice(3);
    if (xy === '??') w.nieuw.push(pad);
    else if (ONAFGEMAAKT.has(xy)) w.onafgemaakt.push(pad);
    else if (xy.includes('R') || xy.includes('C')) {
      w.gewijzigd.push({ pad, wat: 'hernoemd' });
      i++; // the old name follows
    } else if (xy.includes('D')) w.gewijzigd.push({ pad, wat: 'verwijderd' });
    else if (xy[0] === 'A') w.gewijzigd.push({ pad, wat: 'toegevoegd' });
    else w.gewijzigd.push({ pad, wat: 'gewijzigd' });
  }
  return w;
}

/** Whether git knows who makes a version (name and e-mail address); the editor's saves need it. */
export function kentIdentiteit(root: string): boolean {
  return git(root, ['var', 'GIT_AUTHOR_IDENT']).ok && git(root, ['var', 'GIT_COMMITTER_IDENT']).ok;
}

/** Sets name and e-mail address for versions made in this repository only. */
export function stelIdentiteitIn(root: string, naam: string, email: string): void {
  for (const [sleutel, waarde] of [
    ['user.name', naam],
    ['user.email', email],
  ]) {
    const r = git(root, ['config', sleutel, waarde]);
    if (!r.ok) throw new Error(`git config ${sleutel} mislukte: ${r.fout.trim()}`);
  }
}

/** The message of the version that holds a staff member's own changes. */
export const EIGEN_VERSIE = 'Eigen wijzigingen, bewaard voordat de redactie startte (npm run redactie)';

/** Saves every change, new files included, as one version (a commit on the current branch). */
export function bewaarAlsVersie(root: string): void {
  for (const args of [
    ['add', '--all'],
    ['commit', '--quiet', '--no-verify', '-m', EIGEN_VERSIE],
  ]) {
    const r = git(root, args);
    if (!r.ok) throw new Error(`git ${args[0]} mislukte: ${(r.fout || r.uit).trim()}`);
  }
}

/** A line of a gitignore-style file that matches exactly this path from the repository's top. */
function alsPatroon(pad: string): string {
  return `/${pad.replace(/[\\*?[\]!#]/g, '\\$&').replace(/ $/, '\\ ')}`;
}

/** The user's own exclude file (core.excludesFile, or git's default), whose rules must stay in force. */
function eigenUitsluitingen(root: string): string {
  const ingesteld = git(root, ['config', '--path', 'core.excludesFile']);
  const bestand = ingesteld.ok
    ? ingesteld.uit.trim()
    : path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'git', 'ignore');
  try {
    return fs.readFileSync(bestand, 'utf8');
  } catch {
    return '';
  }
}

export interface Bescherming {
  /** Environment for the editor's backend: its git ignores the protected files. */
  env: Record<string, string>;
  /** Removes the temporary exclude file. */
  opruimen(): void;
}

/**
 * Keeps `nieuw` (untracked files) out of every commit the editor's backend makes, without writing
 * anything into the repository: an exclude file in a temporary folder, set as core.excludesFile for
 * the backend's git only (GIT_CONFIG_COUNT, git 2.31 and later). Returns undefined when this git does
 * not honour it (checked with `git check-ignore` under the same environment).
 */
export function beschermNieuweBestanden(root: string, nieuw: string[]): Bescherming | undefined {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-redactie-'));
  const bestand = path.join(map, 'uitsluiten');
  fs.writeFileSync(bestand, `${eigenUitsluitingen(root)}\n${nieuw.map(alsPatroon).join('\n')}\n`);
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  const env = {
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: 'core.excludesFile',
    [`GIT_CONFIG_VALUE_${n}`]: bestand,
  };
  const opruimen = () => fs.rmSync(map, { recursive: true, force: true });
  const werkt = nieuw.every(
    (pad) => git(root, ['check-ignore', '--quiet', '--no-index', '--', pad], { ...process.env, ...env }).ok,
  );
  if (!werkt) {
    opruimen();
    return undefined;
  }
  return { env, opruimen };
}

const lijst = (paden: string[]) => paden.map((p) => `  ${p}`).join('\n');

/** Which tracked files are changed, and why that matters to the editor, in plain Dutch. */
export function waaromGewijzigd(w: Wijzigingen): string {
  const breedte = Math.max(...w.gewijzigd.map((g) => g.wat.length)) + 1;
  return [
    'U heeft bestanden veranderd, en die veranderingen zijn nog niet bewaard als versie:',
    ...w.gewijzigd.map((g) => `  ${`${g.wat}:`.padEnd(breedte)} ${g.pad}`),
    'De redactie bewaart elk concept als een eigen versie van het project, hier op uw computer, en wisselt',
    'daarvoor steeds tussen versies. Veranderingen die nog geen versie zijn, zouden dan in het concept van',
    'een ander inzicht terechtkomen, of het opslaan tegenhouden.',
  ].join('\n');
}

/** Why the editor does not start while tracked files are changed, and what to do. */
export function uitlegGewijzigd(w: Wijzigingen): string {
  return [
    'De redactie start nog niet.',
    waaromGewijzigd(w),
    '',
    'Wat kunt u doen?',
    '  1. Bewaar uw veranderingen eerst als versie en start dan de redactie:',
    '       npm run redactie -- --bewaar',
    '     Ze blijven op deze computer; op GitHub komen ze pas als u ze daar zelf heen stuurt.',
    '  2. Of maak de veranderingen ongedaan, als u ze niet meer nodig heeft. In VS Code: open links het',
    '     paneel Bronbeheer (Source Control), klik met de rechtermuisknop op het bestand en kies',
    '     "Wijzigingen negeren" (Discard Changes).',
  ].join('\n');
}

/** Told when the editor starts beside new files of your own. */
export function uitlegNieuw(nieuw: string[]): string {
  const een = nieuw.length === 1;
  const het = een ? 'het' : 'ze';
  return [
    `Uw ${een ? 'nieuwe bestand blijft' : 'nieuwe bestanden blijven'} gewoon staan; de redactie neemt ${het} niet mee in haar concepten:`,
    lijst(nieuw),
    `Bewerk ${het} in uw teksteditor. Wilt u ${het} in de redactie bewerken? Stop de redactie (Ctrl+C)`,
    'en start haar opnieuw met: npm run redactie -- --bewaar (dan worden uw bestanden eerst bewaard als versie).',
  ].join('\n');
}

/** When this git cannot keep new files out of the editor's versions (older than 2.31). */
export function uitlegNieuwZonderBescherming(nieuw: string[]): string {
  const een = nieuw.length === 1;
  const het = een ? 'het' : 'ze';
  return [
    `De redactie start nog niet: u heeft ${een ? 'een nieuw bestand dat nog geen versie is' : 'nieuwe bestanden die nog geen versie zijn'}:`,
    lijst(nieuw),
    `Met deze (oude) versie van git kan de redactie ${het} niet buiten haar concepten houden; ${een ? 'het zou' : 'ze zouden'} erin`,
    `terechtkomen en uit de map verdwijnen. Bewaar ${het} eerst als versie en start dan de redactie:`,
    '  npm run redactie -- --bewaar',
  ].join('\n');
}

/** A merge or rebase that stopped on a conflict: not something to save or to start on. */
export function uitlegOnafgemaakt(w: Wijzigingen): string {
  return [
    'De redactie start niet: het samenvoegen van twee versies is halverwege blijven steken, in:',
    lijst(w.onafgemaakt),
    'Maak dat eerst af, of vraag een beheerder van de Inzichtenbank om hulp. In VS Code ziet u de',
    'botsende regels in het paneel Bronbeheer (Source Control), onder "Merge Changes".',
  ].join('\n');
}

/** Git needs a name and e-mail address for every version; the editor makes versions. */
export function waaromIdentiteit(): string {
  return [
    'Git, het programma dat de versies van het project bijhoudt, weet nog niet wie u bent. Bij elke versie',
    'die u bewaart, komen uw naam en e-mailadres te staan (en op GitHub, als u uw werk daar later heen',
    'stuurt). Stel ze één keer in, met uw eigen naam en e-mailadres:',
  ].join('\n');
}

/** Why the editor does not start while git does not know who you are, and how to tell it. */
export function uitlegIdentiteit(): string {
  return [
    'De redactie start nog niet.',
    waaromIdentiteit(),
    '  git config user.name "Voornaam Achternaam"',
    '  git config user.email "naam@voorbeeld.nl"',
    'Start daarna opnieuw: npm run redactie',
  ].join('\n');
}

/** After `--bewaar`. */
export function uitlegBewaard(): string {
  return `Uw veranderingen zijn bewaard als versie ("${EIGEN_VERSIE}"). Ze staan alleen op deze computer; op GitHub komen ze pas als u ze daar zelf heen stuurt.`;
}

/** `npm run redactie -- --help`. */
export const HULP = [
  'npm run redactie: de redactie (het formulier op /admin/) op uw eigen computer, zonder GitHub.',
  '',
  '  npm run redactie               starten; open daarna http://127.0.0.1:4321/admin/ en klik op "Inloggen"',
  '  npm run redactie -- --bewaar   eerst uw eigen veranderingen bewaren als versie, dan starten',
  '  npm run redactie -- --help     deze uitleg',
  '',
  'De redactie bewaart elk concept als een eigen versie, hier op uw computer. Veranderde bestanden moeten',
  'daarom eerst een versie zijn (--bewaar doet dat); nieuwe bestanden van uzelf laat de redactie met rust.',
  'Stoppen: Ctrl+C.',
].join('\n');
