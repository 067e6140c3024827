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

/** `data-pagefind-ignore="all"`: Pagefind skips the element and everything inside it, filters and metadata included. */
const NEGEER_ALLES = /\sdata-pagefind-ignore\s*=\s*(?:"all"|'all'|all(?![^\s>]))/i;
const RUWE_TEKST = new Set(['script', 'style']);

/**
 * The page without what Pagefind skips anyway: the elements marked `data-pagefind-ignore="all"`
 * with their contents, the contents of scripts and styles, and comments. Everything Pagefind reads
 * stays in place (the language, the title, the first heading, the indexed elements, and filters,
 * sorts and metadata anywhere else), so it builds the same index from about a quarter of the bytes
 * (the page chrome, the cards of related insights and the JSON-LD are most of a page).
 * An element whose end cannot be found is kept whole.
 */
export function zonderOvergeslagenDelen(html: string): string {
  const delen: string[] = [];
  let vanaf = 0;
  const tag = new RegExp(TAG.source, 'g');
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [geheel, sluit, naamRuw = '', attributen = ''] = m;
    if (sluit) continue;
    const naam = naamRuw.toLowerCase();
    let weg: [number, number] | undefined;
    if (geheel.startsWith('<!--')) weg = [m.index, tag.lastIndex];
    else if (RUWE_TEKST.has(naam)) {
      const eind = eindVanRuweTekst(html, naam, tag.lastIndex);
      if (eind >= 0) weg = [tag.lastIndex, eind];
    } else if (!VOID.has(naam) && NEGEER_ALLES.test(attributen)) {
      const eind = eindVanElement(html, naam, tag.lastIndex);
      if (eind >= 0) weg = [m.index, eind];
    }
    if (!weg) continue;
    delen.push(html.slice(vanaf, weg[0]));
    vanaf = tag.lastIndex = weg[1];
  }
  delen.push(html.slice(vanaf));
  return delen.join('');
}

/** Where the end tag of a script or style starts (its contents are raw text, not markup), or -1. */
function eindVanRuweTekst(html: string, naam: string, vanaf: number): number {
  const eind = new RegExp(`</${naam}[\\s/>]`, 'gi');
  eind.lastIndex = vanaf;
  return eind.exec(html)?.index ?? -1;
}

/** Where the element that starts before `vanaf` ends (after its end tag), counting nested elements of its name; or -1. */
function eindVanElement(html: string, naam: string, vanaf: number): number {
  const tag = new RegExp(TAG.source, 'g');
  tag.lastIndex = vanaf;
  let diepte = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [geheel, sluit, naamRuw = ''] = m;
    const dezeNaam = naamRuw.toLowerCase();
    if (!sluit && RUWE_TEKST.has(dezeNaam)) {
      const eind = eindVanRuweTekst(html, dezeNaam, tag.lastIndex);
      if (eind < 0) return -1;
      tag.lastIndex = eind;
      continue;
    }
    if (geheel.startsWith('<!--') || dezeNaam !== naam) continue;
    diepte += sluit ? -1 : 1;
    if (diepte === 0) return tag.lastIndex;
  }
  return -1;
}
