/**
 * Property-based tests of the content check (fast-check): random mutations of real entries
 * must never make the check throw or hang, the exit code must be non-zero exactly when a file
 * is reported with an error, and only mutated files may be reported. Harmless variations
 * (BOM, CRLF, comments, field order, ...) must be accepted and read as the clean file.
 *
 * Seeded: a failure prints the seed; replay it with EIGENSCHAP_SEED=<seed> npm test -- src/validation/valideer.eigenschap.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CheckWorker } from '../../test/helpers/check-in-worker.ts';
import { contentRoot } from '../../test/helpers/content.ts';
import { maakContent } from '../../test/helpers/fixture.ts';
import { bestandsmutatie, onschuldig } from '../../test/helpers/mutaties.ts';
import { INTERNE_FOUT, valideerContent } from './valideer.ts';

const seed = Number(process.env.EIGENSCHAP_SEED ?? Date.now() % 2 ** 31);
/** A check that takes longer than this on a handful of files hangs (it normally takes well under a second). */
const LIMIET_MS = 15_000;

/** Real entries: two alliances with their insights and a few insights without an alliance. */
function echteBestanden(): Record<string, string> {
  const bestanden: Record<string, string> = {};
  const neem = (rel: string) => (bestanden[rel] = fs.readFileSync(path.join(contentRoot, rel), 'utf8'));
  for (const alliantie of ['a-team-breda', 'deltaplan-jeugd']) {
    neem(`allianties/${alliantie}/index.mdx`);
    for (const f of fs
      .readdirSync(path.join(contentRoot, 'allianties', alliantie, 'inzichten'))
      .sort()
      .slice(0, 2))
      neem(`allianties/${alliantie}/inzichten/${f}`);
  }
  // Insights without internal links: a link to an entry outside this small set would be reported.
  const zonderLinks = (f: string) => !/\]\(\/|href="\//.test(fs.readFileSync(path.join(contentRoot, 'inzichten', f), 'utf8'));
  for (const f of fs.readdirSync(path.join(contentRoot, 'inzichten')).sort().filter(zonderLinks).slice(0, 2))
    neem(`inzichten/${f}`);
  return bestanden;
}

const origineel = echteBestanden();
const namen = Object.keys(origineel);
let root: string;
let worker: CheckWorker;

beforeAll(() => {
  root = maakContent(origineel);
  worker = new CheckWorker(LIMIET_MS);
});
afterAll(async () => {
  await worker?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

function herstel() {
  for (const [rel, tekst] of Object.entries(origineel)) fs.writeFileSync(path.join(root, rel), tekst);
}

/** Runs fast-check and, on failure, puts the seed in the error so the run can be replayed. */
async function controleer(eigenschap: fc.IAsyncProperty<[unknown]> | fc.IProperty<[unknown]>, numRuns: number) {
  const uitslag = await fc.check(eigenschap, { seed, numRuns });
  if (uitslag.failed) {
    const fout = uitslag.errorInstance instanceof Error ? uitslag.errorInstance.message : String(uitslag.errorInstance);
    throw new Error(`${fc.defaultReportMessage(uitslag)}\n\n${fout}\n\nOpnieuw afspelen: EIGENSCHAP_SEED=${seed}`);
  }
}

test('the unmutated fixture passes the check without errors (the baseline the properties start from)', async () => {
  herstel();
  const uit = await worker.run(root);
  expect(uit.soort).toBe('klaar');
  if (uit.soort === 'klaar') {
    expect(uit.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(uit.exitCode).toBe(0);
  }
});

test(`200 random mutations of real entries: no throw, no hang, exit code iff an error, only mutated files reported (seed ${seed})`, async () => {
  const basis = await worker.run(root);
  if (basis.soort !== 'klaar') throw new Error(`baseline: ${JSON.stringify(basis)}`);
  const basisMeldingen = new Set(basis.problems.map((p) => JSON.stringify(p)));

  const geval = fc.uniqueArray(fc.tuple(fc.constantFrom(...namen), bestandsmutatie), {
    minLength: 1,
    maxLength: 3,
    selector: ([naam]) => naam,
  });
  await controleer(
    fc.asyncProperty(geval, async (wijzigingen) => {
      herstel();
      for (const [rel, { mutaties, codering }] of wijzigingen) {
        const tekst = mutaties.reduce((t, m) => m.pas(t), origineel[rel]);
        fs.writeFileSync(path.join(root, rel), codering.naarBytes(tekst));
      }
      const uit = await worker.run(root);
      if (uit.soort === 'vastgelopen') throw new Error(`de controle liep langer dan ${LIMIET_MS} ms`);
      if (uit.soort === 'gegooid') throw new Error(`de controle gooide een fout:\n${uit.fout}`);
      const gemuteerd = new Set(wijzigingen.map(([rel]) => rel));
      const nieuw = uit.problems.filter((p) => !basisMeldingen.has(JSON.stringify(p)));
      for (const p of nieuw) {
        expect(gemuteerd.has(p.file), `gemeld bestand ${p.file} is niet gewijzigd: ${p.message}`).toBe(true);
        expect(p.field).not.toBe(INTERNE_FOUT);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.message).toMatch(/\S/);
      }
      expect(uit.exitCode).toBe(uit.problems.some((p) => p.level === 'error') ? 1 : 0);
    }),
    200,
  );
  herstel();
});

test(`harmless variations of real entries are accepted and read as the clean file (seed ${seed})`, async () => {
  herstel();
  const schoon = valideerContent({ root, cwd: root });
  const gelezen = (r: ReturnType<typeof valideerContent>) =>
    new Map([...r.model.inzichten, ...r.model.allianties].map((e) => [path.relative(root, e.path), e]));
  const schoonPerBestand = gelezen(schoon);
  const geval = fc.tuple(fc.constantFrom(...namen), fc.array(onschuldig, { minLength: 1, maxLength: 5 }));
  await controleer(
    fc.property(geval, ([rel, variaties]) => {
      herstel();
      fs.writeFileSync(
        path.join(root, rel),
        variaties.reduce((t, v) => v.pas(t), origineel[rel]),
      );
      const r = valideerContent({ root, cwd: root });
      const fouten = r.problems.filter((p) => p.file === rel && p.level === 'error');
      expect(fouten, JSON.stringify(fouten, null, 1)).toEqual([]);
      const entry = gelezen(r).get(rel)!;
      const was = schoonPerBestand.get(rel)!;
      expect(entry.data).toEqual(was.data);
      const tekst = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
      expect(tekst(entry.bestand.body)).toBe(tekst(was.bestand.body));
    }),
    60,
  );
  herstel();
});
