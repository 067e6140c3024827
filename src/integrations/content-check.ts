import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../utils/paths.ts';
import { cachebestandVoor } from '../validation/bestandcache.ts';
import { aantal } from '../utils/aantal.ts';
import { tekstRapport } from '../validation/rapport.ts';
import { valideerContent } from '../validation/valideer.ts';

/**
 * Runs the content check (the same one as `npm run check`) before Astro syncs content,
 * so a build with broken content stops with every problem listed in Dutch instead of
 * Astro's report of only the first. Astro's `reference()` only logs dangling references;
 * this check is what enforces them. Register it before the other integrations.
 *
 * In `astro dev` the problems are logged and the server keeps running.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'inzichtenbank:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
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
          const fout = Object.assign(
            new Error(`De contentcontrole vond ${aantal(fouten, 'fout', 'fouten')} (zie hierboven); de build is gestopt.`),
            {
              hint: 'Los de fouten op en controleer opnieuw met: npm run check',
            },
          );
          fout.name = 'Contentcontrole';
          fout.stack = fout.message;
          throw fout;
        }
        (fouten ? logger.error : logger.warn).call(logger, rapport);
      },
    },
  };
}
