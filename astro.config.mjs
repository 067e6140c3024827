// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://inzichtenbank.maatschappelijkealliantie.org',
  base: process.env.BASE_PATH ?? '/',
  // Tests and the benchmark build into their own folder so they never overwrite dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Builds of other content trees keep their own content-layer cache, so they never mix with the real content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Frontmatter completion and validation in VS Code from the same schemas (JSON schemas in .astro/collections/).
  experimental: { contentIntellisense: true },
  build: { format: 'directory' },
  // The content check runs first: it reports every content problem at once, in Dutch,
  // before Astro's own content sync would stop at the first.
  integrations: [contentCheck(), mdx(), pagefind()],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries a module-level directive that the bundler reports; it is harmless.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
