// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://inzichtenbank.maatschappelijkealliantie.org',
  base: process.env.BASE_PATH ?? '/',
  // Tests and the benchmark build into their own folder so they never overwrite dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  // Builds of other content trees keep their own content-layer cache, so they never mix with the real content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
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
