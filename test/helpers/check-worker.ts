/**
 * Runs the content check in a worker thread, so a test can give each run a time limit and
 * terminate a check that hangs. Message in: { root }. Message out: { problems, exitCode } or { fout }.
 */
import { parentPort } from 'node:worker_threads';
import { exitCode, githubRapport, tekstRapport } from '../../src/validation/rapport.ts';
import { valideerContent } from '../../src/validation/valideer.ts';

parentPort!.on('message', ({ root }: { root: string }) => {
  try {
    const { problems, bestanden } = valideerContent({ root, cwd: root });
    // The reports are part of what `npm run check` does; they must not throw either.
    tekstRapport(problems, { bestanden, ms: 0 });
    githubRapport(problems);
    parentPort!.postMessage({ problems, exitCode: exitCode(problems) });
  } catch (e) {
    parentPort!.postMessage({ fout: String((e as Error)?.stack ?? e) });
  }
});
