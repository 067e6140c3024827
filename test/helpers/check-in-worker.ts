import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/validation/valideer.ts';

export type CheckUitkomst =
  | { soort: 'klaar'; problems: Problem[]; exitCode: number }
  | { soort: 'gegooid'; fout: string }
  | { soort: 'vastgelopen'; ms: number };

/** The content check in a long-lived worker, with a time limit per run (a run over it is a hang). */
export class CheckWorker {
  private worker = this.start();

  constructor(private readonly limietMs: number) {}

  private start() {
    return new Worker(new URL('./check-worker.ts', import.meta.url));
  }

  run(root: string): Promise<CheckUitkomst> {
    return new Promise((resolve) => {
      const klok = setTimeout(() => {
        this.worker.removeAllListeners('message');
        // A hung check cannot be interrupted: replace the worker.
        void this.worker.terminate();
        this.worker = this.start();
        resolve({ soort: 'vastgelopen', ms: this.limietMs });
      }, this.limietMs);
      this.worker.once('message', (m: { problems?: Problem[]; exitCode?: number; fout?: string }) => {
        clearTimeout(klok);
        resolve(
          m.fout !== undefined
            ? { soort: 'gegooid', fout: m.fout }
            : { soort: 'klaar', problems: m.problems!, exitCode: m.exitCode! },
        );
      });
      this.worker.postMessage({ root });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
