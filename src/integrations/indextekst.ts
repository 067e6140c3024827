/**
 * What Pagefind indexes of a built page, and the extra words the search index
 * gets for it. Pagefind indexes the element with `data-pagefind-body` minus the
 * elements marked `data-pagefind-ignore`; the compound parts and word forms of
 * that text go into a hidden `delen` meta field of the copy Pagefind reads, so
 * the published page stays as it was.
 */
import { extraWoorden, type IsWoord } from '../utils/samenstellingen.ts';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g;

/**
 * The text Pagefind indexes: inside `data-pagefind-body`, outside
 * `data-pagefind-ignore`, without scripts and styles. Built pages are the site's
 * own well-formed HTML; end tags close back to their start tag.
 */
export function geindexeerdeTekst(html: string): string {
  const stapel: string[] = [];
  let body = -1;
  let negeer = -1;
  let overslaan = false;
  const tekst: string[] = [];
  let vanaf = 0;
  for (const m of html.matchAll(TAG)) {
    if (body >= 0 && negeer < 0 && !overslaan) tekst.push(html.slice(vanaf, m.index));
    vanaf = m.index + m[0].length;
    if (m[0].startsWith('<!--')) continue;
    const [, sluit, naamRuw, attributen = ''] = m;
    const naam = naamRuw!.toLowerCase();
    if (sluit) {
      const plek = stapel.lastIndexOf(naam);
      if (plek < 0) continue;
      stapel.length = plek;
      if (negeer > stapel.length) negeer = -1;
      if (body > stapel.length) body = -1;
      if (naam === 'script' || naam === 'style') overslaan = false;
      continue;
    }
    if (VOID.has(naam) || m[0].endsWith('/>')) continue;
    stapel.push(naam);
    if (/\sdata-pagefind-body\b/.test(attributen) && body < 0) body = stapel.length;
    if (/\sdata-pagefind-ignore\b/.test(attributen) && negeer < 0) negeer = stapel.length;
    if (naam === 'script' || naam === 'style') overslaan = true;
  }
  return tekst
    .join(' ')
    .replace(/&[#\w]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The extra words of a text: parts of its compounds and related word forms, each once, not already in the text. */
export function extraIndexwoorden(tekst: string, isWoord: IsWoord, cache = new Map<string, string[]>()): string[] {
  const woorden = new Set((tekst.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []).filter((w) => w.length >= 5));
  const extra = new Set<string>();
  for (const w of woorden) {
    let delen = cache.get(w);
    if (!delen) cache.set(w, (delen = extraWoorden(w, isWoord)));
    for (const d of delen) if (!woorden.has(d)) extra.add(d);
  }
  return [...extra].sort();
}

/**
 * The page as Pagefind should read it: the extra words in a `delen` meta field
 * right inside the `data-pagefind-body` element. Unchanged when there are none.
 */
export function metIndexwoorden(html: string, woorden: string[]): string {
  if (!woorden.length) return html;
  const m = /<[a-zA-Z][^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!m) return html;
  const eind = m.index + m[0].length;
  const veld = `<span data-pagefind-meta="delen[data-waarde]" data-waarde="${woorden.join(' ')}"></span>`;
  return html.slice(0, eind) + veld + html.slice(eind);
}
