import fs from 'node:fs';
import path from 'node:path';
import type { PaginaResultaat } from './sitepass.ts';
import { siteAddress } from './site-urls.ts';

export interface KapotteLink {
  pagina: string;
  bron: string;
  waarde: string;
  reden: string;
}

export interface LinkRapport {
  /** Internal references checked (links, anchors, images, scripts, styles, form targets). */
  intern: number;
  kapot: KapotteLink[];
  /** External address -> pages (or files) that link to it. */
  extern: Map<string, Set<string>>;
}

/** Files of a built site that may hold addresses: feeds, sitemaps, exports, manifests (not the search index or bundles). */
function tekstbestanden(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(xml|json|txt|csv|webmanifest|yml|yaml|ics)$/.test(f) && !/^(pagefind|_astro)\//.test(f));
}

/**
 * Checks that every internal reference of a built site resolves: links, #anchors, images, scripts,
 * styles and form targets found by the browser on every page, and the site's own addresses in
 * feeds, sitemaps and exports. `server` is the URL the site was served at (with its base path);
 * the site's public address (canonical links, feeds) counts as internal too.
 */
export function controleerLinks(results: PaginaResultaat[], dir: string, server: string): LinkRapport {
  const publiek = siteAddress(dir).href.replace(/\/?$/, '/');
  const lokaal = new URL(server).href.replace(/\/?$/, '/');
  const idsPerPagina = new Map(results.map((r) => [r.url, new Set(r.ids)]));
  const rapport: LinkRapport = { intern: 0, kapot: [], extern: new Map() };
  const extern = (adres: string, pagina: string) => {
    if (!rapport.extern.has(adres)) rapport.extern.set(adres, new Set());
    rapport.extern.get(adres)!.add(pagina);
  };

  /** Resolves one address; returns the reason it is broken, or undefined. */
  const check = (adres: string, pagina: string, bron: string, waarde: string) => {
    const kapot = (reden: string) => rapport.kapot.push({ pagina, bron, waarde, reden });
    if (/^(javascript|vbscript):/i.test(adres)) return kapot('script-adres');
    if (adres.startsWith('ongeldig:')) return kapot('ongeldig adres');
    if (/^(data|blob|about):/.test(adres)) return;
    const prefix = adres.startsWith(lokaal) ? lokaal : adres.startsWith(publiek) ? publiek : undefined;
    if (!prefix) {
      const u = new URL(adres);
      if (u.origin === new URL(lokaal).origin) return kapot(`valt buiten het basispad ${new URL(lokaal).pathname}`);
      if (bron === 'link[href]' && adres.startsWith(new URL(publiek).origin))
        return kapot(`valt buiten het basispad ${new URL(publiek).pathname}`);
      return extern(adres.replace(/#.*$/, ''), pagina);
    }
    rapport.intern++;
    const u = new URL(adres);
    let rel: string;
    try {
      rel = decodeURIComponent(u.pathname).slice(new URL(prefix).pathname.length);
    } catch {
      return kapot('ongeldige codering in het pad');
    }
    const file = path.join(dir, rel);
    if (!file.startsWith(dir)) return kapot('buiten de site');
    let doel: string;
    if (rel === '' || rel.endsWith('/')) {
      if (!fs.existsSync(path.join(file, 'index.html'))) return kapot('pagina bestaat niet');
      doel = `/${rel}`;
    } else if (fs.existsSync(file) && fs.statSync(file).isFile()) {
      doel = `/${rel}`;
    } else if (fs.existsSync(path.join(file, 'index.html'))) {
      return kapot('pagina bestaat, maar het adres mist de afsluitende /');
    } else return kapot('bestand bestaat niet');
    if (u.hash.length > 1 && (doel.endsWith('/') || doel.endsWith('.html'))) {
      const id = decodeURIComponent(u.hash.slice(1));
      const ids = idsPerPagina.get(doel) ?? idsUitBestand(doel.endsWith('/') ? path.join(file, 'index.html') : file);
      if (!ids.has(id)) return kapot(`anker #${id} bestaat niet op ${doel}`);
    } else if (u.hash === '#' && bron === 'a[href]') return kapot('leeg anker "#"');
  };

  for (const r of results) for (const v of r.verwijzingen) check(v.absoluut, r.url, v.bron, v.waarde);
  for (const f of tekstbestanden(dir)) {
    const tekst = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of tekst.matchAll(/https?:\/\/[^\s"'<>\\)]+/g)) {
      if (/xmlns(:\w+)?=["']$/.test(tekst.slice(Math.max(0, m.index - 20), m.index))) continue;
      const adres = m[0].replace(/&amp;/g, '&').replace(/[.,;]$/, '');
      if (adres.startsWith(publiek) || adres.startsWith(publiek.replace(/\/$/, '')) || adres.startsWith(lokaal))
        check(adres === publiek.replace(/\/$/, '') ? publiek : adres, `/${f}`, 'bestand', adres);
      else extern(adres, `/${f}`);
    }
  }
  return rapport;
}

function idsUitBestand(file: string): Set<string> {
  const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return new Set(
    [...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) =>
      m[1]
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    ),
  );
}
