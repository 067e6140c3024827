// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { takenlijstLabels } from './src/integrations/takenlijst.ts';
import decap from './src/integrations/decap.ts';
import sitemap from '@astrojs/sitemap';
import uitvoer from './src/integrations/uitvoer.ts';
import { sitemapFilter } from './src/utils/sitemap.ts';
import { cacheDir, outDir } from './src/utils/paths.ts';

const [uitvoerBehouden, uitvoerStempel] = uitvoer();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://inzichtenbank.maatschappelijkealliantie.org',
  base: process.env.BASE_PATH ?? '/',
  // OUT_DIR and ASTRO_CACHE_DIR (tests, the benchmark); the search index step reads the same folders.
  outDir,
  cacheDir,
  trailingSlash: 'always',
  experimental: {
    // Frontmatter completion and validation in VS Code from the same schemas (JSON schemas in .astro/collections/).
    contentIntellisense: true,
    // Reuses the previous build's HTML of pages whose getStaticPaths() cacheKey and code are unchanged
    // (see cacheKey() in src/utils/site.ts); the copies live in cacheDir.
    incrementalBuild: true,
  },
  build: {
    format: 'directory',
    // The layout stylesheet: linked (one cached file for every page) or inlined into each page as a
    // <style> that the CSP hashes. INZICHTENBANK_CSS=inline|link lets `npm run bench:lighthouse` compare both.
    inlineStylesheets:
      process.env.INZICHTENBANK_CSS === 'inline' ? 'always' : process.env.INZICHTENBANK_CSS === 'link' ? 'never' : 'auto',
  },
  // The content check runs first: it reports every content problem at once, in Dutch,
  // before Astro's own content sync would stop at the first. The output integrations come first and
  // last: a rebuild keeps the previous output and removes what it did not write (src/integrations/uitvoer.ts).
  integrations: [
    uitvoerBehouden,
    contentCheck(),
    mdx(),
    decap(),
    pagefind(),
    sitemap({ filter: sitemapFilter(process.env.BASE_PATH) }),
    uitvoerStempel,
  ],
  // Shiki colours code with inline styles, which the CSP below refuses; code blocks stay plain.
  // Task-list checkboxes get the text of their item as accessible name (src/integrations/takenlijst.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [takenlijstLabels] }) },
  // A strict Content Security Policy in a <meta> element on every page (see README, "Security").
  // Astro hashes its own bundled scripts and styles; nothing inline runs unless Astro hashed it.
  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and searches in a worker ('self' or blob:).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
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
