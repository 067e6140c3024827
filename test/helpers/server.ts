import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.yml': 'text/yaml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin plus base path, ending in "/": `http://127.0.0.1:1234/base/`. */
  url: string;
  /** Every request path served, for transfer measurements. */
  requests: { path: string; status: number; bytes: number }[];
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 like a plain static host: directory index,
 * the site's 404.html for unknown paths, optional base path. With `gzip`, text is sent
 * gzip-compressed to clients that accept it, as any static host does (for Lighthouse).
 */
export function serveStatic(
  dir: string,
  { base = '/', gzip = false }: { base?: string; gzip?: boolean } = {},
): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, file: string) => {
      let body = fs.readFileSync(file);
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      const comprimeer = gzip && /text|json|xml|javascript|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
      if (comprimeer) body = zlib.gzipSync(body, { level: 6 });
      res.writeHead(status, {
        'content-type': type,
        'content-length': body.length,
        ...(comprimeer ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(body);
      requests.push({ path: pathname, status, bytes: body.length });
    };
    const notFound = () => {
      const page = path.join(dir, '404.html');
      if (fs.existsSync(page)) send(404, page);
      else {
        res.writeHead(404).end();
        requests.push({ path: pathname, status: 404, bytes: 0 });
      }
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (fs.existsSync(file) && fs.statSync(file).isFile()) send(200, file);
    else notFound();
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
