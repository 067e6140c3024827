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
