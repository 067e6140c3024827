import fs from 'node:fs';
import path from 'node:path';
import { allPages } from './build.ts';
import { contentRoot } from './content.ts';

/**
 * Every page of a built site, as paths under its base ("/", "/inzichten/x/", "/404.html"):
 * a crawl of the HTML files in the folder, plus every <loc> of its sitemap(s) when it has one.
 * Pages that arrive later (search, open data, method pages, ...) are covered without a change here.
 */
export function siteUrls(outDir: string): string[] {
  const urls = new Set(allPages(outDir));
  for (const loc of sitemapLocs(outDir)) urls.add(new URL(loc).pathname.replace(sitePrefix(outDir), '/'));
  return [...urls].sort();
}

/** Every <loc> in the sitemap files of a built site (sitemap-index.xml, sitemap-0.xml, sitemap.xml). */
export function sitemapLocs(outDir: string): string[] {
  const locs: string[] = [];
  for (const file of fs.readdirSync(outDir).filter((f) => /^sitemap.*\.xml$/.test(f))) {
    const xml = fs.readFileSync(path.join(outDir, file), 'utf8');
    const isIndex = /<sitemapindex[\s>]/.test(xml);
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) if (!isIndex) locs.push(decodeXml(m[1]));
  }
  return locs;
}

const decodeXml = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

/** The public address of a built site, read from the canonical link of its home page ("https://x.org/base/"). */
export function siteAddress(outDir: string): URL {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`${outDir}/index.html heeft geen canonical link`);
  return new URL(href);
}

/** The base path of a built site as its canonical links show it ("/" or "/base/"). */
export function sitePrefix(outDir: string): string {
  return siteAddress(outDir).pathname.replace(/\/?$/, '/');
}

/** Taxonomy folder names (`soorten`, `fasen`, ...), which share the routes /[taxonomie]/ and /[taxonomie]/[term]/. */
const taxonomieen = new Set(
  fs
    .readdirSync(path.join(contentRoot, 'taxonomie'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, '')),
);

/**
 * The route a page comes from, used to group figures and to pick one page per type:
 * "/", "/inzichten/", "/inzichten/[slug]/", "/[taxonomie]/", "/[taxonomie]/[term]/", "/[taxonomie]/[term]/checklist/",
 * "/werkwijze/[slug]/[slug]/", "/404.html", "/zoeken/", ... Below the second level a segment stays literal when it
 * recurs under several parents (a page every term has, like "checklist"), and is a [slug] otherwise.
 */
export function pageType(url: string, alle: string[] = [url]): string {
  const segs = url.split('/').filter(Boolean);
  if (segs.length === 0) return '/';
  if (segs.length === 1 && segs[0].endsWith('.html')) return url;
  const eerste = taxonomieen.has(segs[0]) ? '[taxonomie]' : segs[0];
  if (segs.length === 1) return `/${eerste}/`;
  const rest = segs
    .slice(2)
    .map((seg, i) => (terugkerend(alle, i + 2, eerste).has(seg) ? `${seg}/` : '[slug]/'))
    .join('');
  return `/${eerste}/${eerste === '[taxonomie]' ? '[term]' : '[slug]'}/${rest}`;
}

/** Fixed sub-pages of a listing: the printable checklist and the pages of a paginated list. */
const VASTE_SUBPAGINAS = new Set(['checklist', 'pagina']);

const terugkerendCache = new WeakMap<string[], Map<string, Set<string>>>();
/**
 * Within one section (first segment, taxonomies together): the segment at depth `diepte` that occurs
 * under several parents, when it is the only one that does (a fixed sub-page such as "checklist").
 * When several values recur (phases under every role), the level is a parameter, not a fixed page.
 */
function terugkerend(alle: string[], diepte: number, sectie: string): Set<string> {
  if (!terugkerendCache.has(alle)) terugkerendCache.set(alle, new Map());
  const cache = terugkerendCache.get(alle)!;
  const sleutel = `${sectie}|${diepte}`;
  if (!cache.has(sleutel)) {
    const ouders = new Map<string, Set<string>>();
    for (const u of alle) {
      const segs = u.split('/').filter(Boolean);
      if (segs.length <= diepte || (taxonomieen.has(segs[0]) ? '[taxonomie]' : segs[0]) !== sectie) continue;
      if (!ouders.has(segs[diepte])) ouders.set(segs[diepte], new Set());
      ouders.get(segs[diepte])!.add(segs.slice(0, diepte).join('/'));
    }
    const vast = [...ouders].filter(([, o]) => o.size > 1).map(([seg]) => seg);
    // Sub-pages every listing can have (checklist, pagina/N) are fixed, whatever else recurs beside them.
    const bekend = vast.filter((seg) => VASTE_SUBPAGINAS.has(seg));
    cache.set(sleutel, new Set(bekend.length ? bekend : vast.length === 1 ? vast : []));
  }
  return cache.get(sleutel)!;
}
