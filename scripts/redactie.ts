/**
 * `npm run redactie`: the editor on your own computer, without GitHub. Starts the
 * development server and decap-server (Decap's local backend) in git mode on this
 * repository, then open http://127.0.0.1:4321/admin/ and click "Inloggen".
 *
 * Git mode runs the same editorial workflow as GitHub: "Opslaan" commits to a local
 * branch cms/<collectie>/<bestandsnaam>, "Publiceer" merges it into the current branch.
 * Because decap-server switches branches in this working tree, your own changes are dealt
 * with first (scripts/redactie-werkmap.ts): new files are kept out of its commits, changed
 * files are saved as a commit of their own (`--bewaar`, or asked), and git must know who you are.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as p from '@clack/prompts';
import { decapServer } from './decap-server.ts';
import {
  beschermNieuweBestanden,
  bewaarAlsVersie,
  HULP,
  kentIdentiteit,
  leesWijzigingen,
  repositoryVan,
  stelIdentiteitIn,
  uitlegBewaard,
  uitlegGewijzigd,
  uitlegIdentiteit,
  uitlegNieuw,
  uitlegNieuwZonderBescherming,
  uitlegOnafgemaakt,
  waaromGewijzigd,
  waaromIdentiteit,
  type Wijzigingen,
} from './redactie-werkmap.ts';
import { kiesEen, vraagTekst, vraagtHulp } from './vragen.ts';

/** The editor cannot start; the message says why and what to do, in Dutch. */
export class Weigering extends Error {}

/** What the start asks the person at the keyboard; absent when nobody is there to answer (not a terminal). */
export interface Vragen {
  /** Name and e-mail address for the versions, or undefined to stop. */
  identiteit?: () => Promise<{ naam: string; email: string } | undefined>;
  /** Whether to save the changed files as a version first. */
  bewaren?: (w: Wijzigingen) => Promise<boolean>;
}

export interface Voorbereiding {
  /** Environment for decap-server (keeps your new files out of its commits). */
  env: Record<string, string>;
  /** What to tell before starting. */
  meldingen: string[];
  /** Removes what the start made (a temporary exclude file). */
  opruimen(): void;
}

/**
 * Makes the working folder ready for the editor's backend, or refuses with a Dutch explanation:
 * git knows who you are; nothing is half-merged; changed files are saved as a version (with `bewaar`
 * or when asked); new files of your own are kept out of the editor's versions.
 */
export async function bereidVoor(root: string, { bewaar = false, vragen = {} }: { bewaar?: boolean; vragen?: Vragen } = {}) {
  if (!kentIdentiteit(root)) {
    const wie = await vragen.identiteit?.();
    if (!wie) throw new Weigering(uitlegIdentiteit());
    stelIdentiteitIn(root, wie.naam, wie.email);
  }
  let w = leesWijzigingen(root);
  if (w.onafgemaakt.length) throw new Weigering(uitlegOnafgemaakt(w));
  const meldingen: string[] = [];
  if (w.gewijzigd.length && !bewaar) {
    bewaar = (await vragen.bewaren?.(w)) ?? false;
    if (!bewaar) throw new Weigering(uitlegGewijzigd(w));
  }
  if (bewaar && (w.gewijzigd.length || w.nieuw.length)) {
    bewaarAlsVersie(root);
    meldingen.push(uitlegBewaard());
    w = leesWijzigingen(root);
  }
  if (!w.nieuw.length) return { env: {}, meldingen, opruimen: () => {} } satisfies Voorbereiding;
  const bescherming = beschermNieuweBestanden(root, w.nieuw);
  if (!bescherming) throw new Weigering(uitlegNieuwZonderBescherming(w.nieuw));
  meldingen.push(uitlegNieuw(w.nieuw));
  return { env: bescherming.env, meldingen, opruimen: bescherming.opruimen } satisfies Voorbereiding;
}

/** The questions in a terminal. */
const terminalVragen: Vragen = {
  async identiteit() {
    p.log.warn(waaromIdentiteit());
    const naam = await vraagTekst('Uw naam', { controle: (v) => (v.trim() ? undefined : 'Vul uw naam in') });
    if (p.isCancel(naam)) return undefined;
    const email = await vraagTekst('Uw e-mailadres', {
      controle: (v) => (/^[^\s@]+@[^\s@]+$/.test(v.trim()) ? undefined : 'Vul een e-mailadres in, zoals naam@voorbeeld.nl'),
    });
    return p.isCancel(email) ? undefined : { naam: naam.trim(), email: email.trim() };
  },
  async bewaren(w) {
    p.log.warn(waaromGewijzigd(w));
    const keuze = await kiesEen('Wat wilt u doen?', [
      { value: true, label: 'Mijn veranderingen bewaren als versie en de redactie starten', hint: 'alleen op deze computer' },
      { value: false, label: 'Stoppen; ik kijk er eerst zelf naar' },
    ]);
    return keuze === true;
  },
};

async function start(args: string[]) {
  if (vraagtHulp(args)) return console.log(HULP);
  const onbekend = args.filter((a) => a !== '--bewaar');
  if (onbekend.length) throw new Weigering(`Onbekende optie: ${onbekend.join(' ')}.\n\n${HULP}`);
  const root = repositoryVan(process.cwd());
  if (!root)
    throw new Weigering(
      'npm run redactie werkt alleen in een map die met git is binnengehaald (git clone, of in VS Code: Clone Git Repository), zodat de redactie versies kan bewaren.',
    );
  const terminal = process.stdin.isTTY && process.stdout.isTTY;
  const klaar = await bereidVoor(root, { bewaar: args.includes('--bewaar'), vragen: terminal ? terminalVragen : {} });
  for (const m of klaar.meldingen) console.log(`${m}\n`);
  process.on('exit', klaar.opruimen);

  const project = path.resolve(import.meta.dirname, '..');
  const processen = [
    spawn(process.execPath, [decapServer()], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...klaar.env, MODE: 'git', GIT_REPO_DIRECTORY: root, BIND_HOST: '127.0.0.1', PORT: '8081' },
    }),
    spawn(process.execPath, [path.join(project, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1'], {
      cwd: project,
      stdio: 'inherit',
    }),
  ];
  console.log('Redactie: open http://127.0.0.1:4321/admin/ en klik op "Inloggen". Stoppen: Ctrl+C.');
  const stop = () => processen.forEach((proces) => proces.kill());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const proces of processen) proces.on('exit', stop);
}

if (import.meta.main) {
  try {
    await start(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Weigering ? e.message : `Fout: ${String((e as Error)?.stack ?? e)}`);
    process.exitCode = 1;
  }
}
