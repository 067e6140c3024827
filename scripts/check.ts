/**
 * `npm run check`: validates all content in seconds, without building the site,
 * and reports every problem at once in Dutch. Exits 1 on any error; warnings do not fail.
 *
 *   npm run check              report for people
 *   npm run check -- --github  also GitHub Actions annotations (automatic when GITHUB_ACTIONS=true)
 *
 * Reads `INZICHTENBANK_CONTENT` (default: content/) and `INZICHTENBANK_NU` (the moment for embargoes).
 */
import { exitCode, githubRapport, tekstRapport } from '../src/validation/rapport.ts';
import { cachebestandVoor } from '../src/validation/bestandcache.ts';
import { contentDir } from '../src/utils/paths.ts';
import { valideerContent } from '../src/validation/valideer.ts';
import { bouwmomentFout } from '../src/utils/publicatie.ts';

const args = process.argv.slice(2);
const github = args.includes('--github') || process.env.GITHUB_ACTIONS === 'true';

if (bouwmomentFout) {
  console.error(bouwmomentFout);
  process.exit(1);
}

const start = performance.now();
const { problems, bestanden } = valideerContent({ cache: cachebestandVoor(contentDir) });
const ms = performance.now() - start;

if (github && problems.length) console.log(githubRapport(problems));
console.log(tekstRapport(problems, { bestanden, ms }));
process.exitCode = exitCode(problems);
