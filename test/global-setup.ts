import { buildSite, siteDir } from './helpers/build.ts';

/**
 * Builds the real site once, before any test, into `.tmp/site`. Tests that need
 * other content (fixtures) build their own copy with `buildSite`.
 */
export default function setup() {
  if (process.env.SKIP_SITE_BUILD) return;
  const result = buildSite({ outDir: siteDir });
  if (result.status !== 0) throw new Error(`De build van de echte site faalde:\n${result.output}`);
}
