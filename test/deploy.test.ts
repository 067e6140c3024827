/**
 * The deployment configuration: Cloudflare Pages headers (public/_headers) checked
 * against the files of a real build, and the GitHub Pages workflow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { root, siteDir } from './helpers/build.ts';

interface Regel {
  patroon: string;
  match: RegExp;
  headers: [string, string][];
}

/** Parses a _headers file: a URL pattern line, then indented "Name: value" lines; # starts a comment. */
function leesHeaders(tekst: string): Regel[] {
  const regels: Regel[] = [];
  for (const regel of tekst.split('\n')) {
    if (/^\s*(#|$)/.test(regel)) continue;
    if (!/^\s/.test(regel)) {
      // Cloudflare: * is a splat (any characters), :name a placeholder (one segment).
      const bron = regel
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      regels.push({ patroon: regel.trim(), match: new RegExp(`^${bron}$`), headers: [] });
      continue;
    }
    const [, naam, waarde] = /^\s+([^:]+):\s*(.*)$/.exec(regel) ?? [];
    expect(naam, `header regel "${regel}"`).toBeTruthy();
    regels.at(-1)!.headers.push([naam.toLowerCase(), waarde]);
  }
  return regels;
}

/** Every URL path a static host serves for the built site (pages as their directory URL). */
function paden(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/\/index\.html$/, '/'));
}

describe('Cloudflare Pages headers (public/_headers)', () => {
  const regels = leesHeaders(fs.readFileSync(path.join(root, 'public/_headers'), 'utf8'));
  const alle = paden(siteDir);
  const headersVan = (pad: string) => {
    const gevonden = new Map<string, string[]>();
    for (const r of regels.filter((r) => r.match.test(pad)))
      for (const [naam, waarde] of r.headers) gevonden.set(naam, [...(gevonden.get(naam) ?? []), waarde]);
    return gevonden;
  };

  test('is copied into the build, with at most 100 rules and no line over 2,000 characters', () => {
    expect(fs.readFileSync(path.join(siteDir, '_headers'), 'utf8')).toBe(
      fs.readFileSync(path.join(root, 'public/_headers'), 'utf8'),
    );
    expect(regels.length).toBeLessThanOrEqual(100);
    for (const r of regels) for (const [n, w] of r.headers) expect(`${n}: ${w}`.length).toBeLessThan(2000);
  });

  test('no header is set twice for one path (Cloudflare would join the values)', () => {
    expect(alle.length).toBeGreaterThan(100);
    const dubbel = alle.flatMap((p) => [...headersVan(p)].filter(([, w]) => w.length > 1).map(([n]) => `${p}: ${n}`));
    expect(dubbel).toEqual([]);
  });

  test('every page gets the security headers, and the CSP header leaves scripts and styles to the page', () => {
    for (const pad of alle) {
      const h = headersVan(pad);
      expect(h.get('x-content-type-options'), pad).toEqual(['nosniff']);
      expect(h.get('referrer-policy'), pad).toBeDefined();
      expect(h.get('strict-transport-security'), pad).toBeDefined();
      const csp = h.get('content-security-policy')![0];
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/(default|script|style)-src/);
    }
  });

  test('only fingerprinted files are cached for a year; pages and entry points revalidate', () => {
    const lang = alle.filter((p) => headersVan(p).get('cache-control')?.[0].includes('immutable'));
    expect(lang.some((p) => p.startsWith('/_astro/'))).toBe(true);
    expect(lang.some((p) => p.startsWith('/pagefind/fragment/'))).toBe(true);
    expect(lang.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
    for (const p of lang) expect(path.basename(p), `${p} draagt een hash in de naam`).toMatch(/[._][0-9A-Za-z_-]{7,}\.[a-z_]+$/);
    const kort = [
      '/',
      '/inzichten/',
      '/rss.xml',
      '/open-data/inzichten.json',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/sitemap-index.xml',
    ];
    for (const p of kort) {
      expect(alle, p).toContain(p);
      expect(headersVan(p).get('cache-control'), p).toBeUndefined();
    }
  });
});

describe('the GitHub Pages workflow', () => {
  const workflow = parse(fs.readFileSync(path.join(root, '.github/workflows/pages.yml'), 'utf8'));
  const stappen = workflow.jobs.build.steps as {
    id?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }[];

  test('builds with the address GitHub assigns and uploads dist/', () => {
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const pages = stappen.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
    const build = stappen.find((s) => s.run === 'npm run build')!;
    expect(stappen.indexOf(pages)).toBeLessThan(stappen.indexOf(build));
    expect(build.env).toEqual({
      SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/`,
    });
    expect(stappen.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps.some((s: { uses?: string }) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
