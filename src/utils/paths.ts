import path from 'node:path';

/**
 * Root of the content tree. `INZICHTENBANK_CONTENT` points builds at another tree
 * (test fixtures, the synthetic benchmark) without touching the real content.
 */
export const contentDir = path.resolve(process.env.INZICHTENBANK_CONTENT ?? path.join(process.cwd(), 'content'));

/** Where each kind of file lives, relative to `contentDir`. */
export const contentLayout = {
  taxonomie: 'taxonomie',
  /** `allianties/<alliantie>/index.mdx`: one folder per alliance. */
  alliantiePattern: 'allianties/*/index.{md,mdx}',
  /** Insights of an alliance live in its folder; insights without an alliance in `inzichten/`. */
  inzichtPatterns: ['allianties/*/inzichten/*.{md,mdx}', 'inzichten/*.{md,mdx}'],
  /** `praktijkvoorbeelden/<slug>.mdx`: one file per example project; it names its alliance in a field. */
  praktijkvoorbeeldPattern: 'praktijkvoorbeelden/*.{md,mdx}',
} as const;

/** The built site. `OUT_DIR` builds elsewhere (tests, the benchmark), so they never overwrite `dist/`. */
export const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');

/** Astro's cache folder. Builds of other content trees keep their own (`ASTRO_CACHE_DIR`), so caches never mix. */
export const cacheDir = path.resolve(process.env.ASTRO_CACHE_DIR ?? path.join('node_modules', '.astro'));
