import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DECAP_CMS, decapBestanden, decapDist } from '../cms/bundel.ts';

/**
 * Serves the pinned Decap CMS bundle (src/cms/bundel.ts) from the site itself at `<base>admin/`:
 * copied into the build output, and served by the dev server. No CDN at run time.
 */
export default function decapIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'inzichtenbank:decap-cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const dist = decapDist();
        const bestanden = new Set(decapBestanden(dist));
        server.middlewares.use((req, res, next) => {
          const pad = new URL(req.url ?? '/', 'http://x').pathname;
          const naam = pad.startsWith(`${base}admin/`) ? pad.slice(`${base}admin/`.length) : '';
          if (!bestanden.has(naam)) return next();
          res.setHeader('content-type', naam.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8');
          fs.createReadStream(path.join(dist, naam)).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = decapDist();
        const doel = path.join(fileURLToPath(dir), 'admin');
        fs.mkdirSync(doel, { recursive: true });
        const bestanden = decapBestanden(dist);
        for (const f of bestanden) fs.copyFileSync(path.join(dist, f), path.join(doel, f));
        logger.info(`Decap CMS ${DECAP_CMS.versie}: ${bestanden.length} bestanden naar admin/ gekopieerd`);
      },
    },
  };
}
