import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';

/**
 * Serves the pinned Decap CMS bundle (package `decap-cms`, see package.json) from the
 * site itself at `<base>admin/`: copied into the build output, and served from
 * node_modules by the dev server. No CDN.
 */
const require = createRequire(import.meta.url);
export const decapDist = path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');

/** The main bundle, its lazily loaded chunks and their WebAssembly files (no source maps). */
export function decapBestanden(): string[] {
  return fs.readdirSync(decapDist).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
}

export default function decapIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'inzichtenbank:decap-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const bestanden = new Set(decapBestanden());
        server.middlewares.use((req, res, next) => {
          const pad = new URL(req.url ?? '/', 'http://x').pathname;
          const naam = pad.startsWith(`${base}admin/`) ? pad.slice(`${base}admin/`.length) : '';
          if (!bestanden.has(naam)) return next();
          res.setHeader('content-type', naam.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          fs.createReadStream(path.join(decapDist, naam)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const doel = path.join(fileURLToPath(dir), 'admin');
        fs.mkdirSync(doel, { recursive: true });
        const bestanden = decapBestanden();
        for (const f of bestanden) fs.copyFileSync(path.join(decapDist, f), path.join(doel, f));
        logger.info(`Decap CMS: ${bestanden.length} bestanden naar admin/ gekopieerd`);
      },
    },
  };
}
