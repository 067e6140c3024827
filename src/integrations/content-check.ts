import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/paths.ts';
import { cachebestandVoor } from '../validation/bestandcache.ts';
import { aantal } from '../utils/aantal.ts';
import { tekstRapport } from '../validation/rapport.ts';
import { valideerContent } from '../validation/valideer.ts';
import { bouwmomentFout } from '../utils/publicatie.ts';

/**
 * Runs the content check (the same one as `npm run check`) before Astro syncs content,
 * so a build with broken content stops with every problem listed in Dutch instead of
 * Astro's report of only the first. Astro's `reference()` only logs dangling references;
 * this check is what enforces them. Register it before the other integrations.
 *
 * In `astro dev` the problems are logged and the server keeps running.
 */
/** The error that stops the build: its message and hint only, since a stack trace would tell staff nothing. */
function gestopt(melding: string, hint: string): Error {
  const fout = Object.assign(new Error(melding), { hint });
  fout.name = 'Contentcontrole';
  fout.stack = fout.message;
  return fout;
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'inzichtenbank:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        if (bouwmomentFout) {
          logger.error(bouwmomentFout);
          throw gestopt(
            'INZICHTENBANK_NU is geen datum (zie hierboven); de build is gestopt.',
            'Pas INZICHTENBANK_NU aan, of laat hem weg.',
          );
        }
        const start = performance.now();
        // Unchanged files are not parsed again: their reading is kept in Astro's cacheDir.
        const cache = cachebestandVoor(contentDir, fileURLToPath(config.cacheDir));
        const { problems, bestanden } = valideerContent({ cache });
        const rapport = tekstRapport(problems, { bestanden, ms: performance.now() - start });
        const fouten = problems.filter((p) => p.level === 'error').length;
        if (!problems.length) {
          logger.info(rapport.trim());
          return;
        }
        if (fouten && command !== 'dev') {
          // The report goes through the logger: Astro's error printer would add an unrelated hint
          // about browser APIs to any message that mentions "document" (as in "- document: ...").
          logger.error(`De content bevat fouten; de site is niet gebouwd.\n${rapport}\n`);
          throw gestopt(
            `De contentcontrole vond ${aantal(fouten, 'fout', 'fouten')} (zie hierboven); de build is gestopt.`,
            'Los de fouten op en controleer opnieuw met: npm run check',
          );
        }
        (fouten ? logger.error : logger.warn).call(logger, rapport);
      },
    },
  };
}
