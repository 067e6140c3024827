import type { TestProject } from 'vitest/node';
import { buildSite, siteDir } from './helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Id of this test run: builds shared between test files of one run are named after it (test/helpers/travel.ts). */
    testrun: string;
  }
}

/**
 * Builds the real site once, before any test, into `.tmp/site`. Tests that need
 * other content (fixtures) build their own copy with `buildSite`.
 */
export default function setup(project: TestProject) {
  project.provide('testrun', `${Date.now()}-${process.pid}`);
  if (process.env.SKIP_SITE_BUILD) return;
  const result = buildSite({ outDir: siteDir });
  if (result.status !== 0) throw new Error(`De build van de echte site faalde:\n${result.output}`);
}
