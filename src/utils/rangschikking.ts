/**
 * Ranking rules the search page adds on top of Pagefind's BM25 ranking. Pure
 * functions, so they are unit-tested and the browser script stays thin.
 */
import { vergelijkbaar } from './suggesties.ts';

/** Text reduced to comparable words: "Sluit een intentieverklaring, en..." -> "sluit een intentieverklaring en". */
export function vergelijkTekst(tekst: string): string {
  return (vergelijkbaar(tekst).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * How well a title matches the query: 3 the same title, 2 the title starts with
 * the query, 1 the query appears in the title as a phrase (one word: a whole word
 * of at least 8 letters, "samenwerkingsovereenkomst"), 0 otherwise.
 */
export function titelNiveau(query: string, titel: string): number {
  const q = vergelijkTekst(query);
  const t = vergelijkTekst(titel);
  if (!q || !t) return 0;
  if (q === t) return 3;
  if (q.length >= 4 && `${t} `.startsWith(`${q} `)) return 2;
  if ((q.includes(' ') || q.length >= 8) && ` ${t} `.includes(` ${q} `)) return 1;
  return 0;
}

/**
 * Puts title matches first (Pagefind ranks a page whose body repeats the words
 * above a page whose title is exactly the query). Stable: equal levels keep
 * Pagefind's order.
 */
export function herrangschik<T>(items: T[], query: string, titelVan: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, niveau: titelNiveau(query, titelVan(item)) }))
    .sort((a, b) => b.niveau - a.niveau || a.i - b.i)
    .map((x) => x.item);
}

/**
 * The pages that match one meaningful word through any of its terms (the word,
 * its synonyms, its forms), each once, with its best score.
 */
export function verenig<T extends { id: string; score: number }>(perTerm: T[][]): T[] {
  const beste = new Map<string, T>();
  for (const lijst of perTerm)
    for (const item of lijst) if (!beste.has(item.id) || beste.get(item.id)!.score < item.score) beste.set(item.id, item);
  return [...beste.values()].sort((a, b) => b.score - a.score);
}

/**
 * Beginnings of a long word to try when the word itself finds nothing, longest
 * first: Dutch compounds share their first part ("samenwerkingsverbanden" ->
 * "samenwerkings..." finds "samenwerkingsvormen"). Pagefind matches word
 * beginnings, so a beginning finds every word that starts with it. Never shorter
 * than half the word or 5 letters; words under 8 letters get none.
 */
export function woordbegins(woord: string): string[] {
  const letters = [...woord];
  if (letters.length < 8) return [];
  const min = Math.max(5, Math.ceil(letters.length / 2));
  const begins: string[] = [];
  for (let n = letters.length - 1; n >= min; n--) begins.push(letters.slice(0, n).join(''));
  return begins;
}

/** A word in more than this share of the pages is common: it adds weight but is not required. */
export const GEWOON_AANDEEL = 0.3;

export interface Gerangschikt<T> {
  item: T;
  /** How many of the query's meaningful words the page matches. */
  woorden: number;
}

/**
 * Ranks pages by the meaningful words of a query they match. Each matched word
 * adds its weight: higher the rarer the word is on the site (inverse document
 * frequency: "haken" in 8 pages weighs more than "partners" in 72), scaled by how
 * well the page matches it compared to the best page for that word; the pages
 * are ordered by their summed weight. A page thus ranks higher with more of the
 * words, the rarer ones counting most, and a common word never decides the order
 * on its own ("partners haken af": the pages about "afhaken", not every page
 * about partners). Which pages are kept: those with every uncommon word; with
 * three or more of them, also those missing one; and when fewer than `weinig`
 * pages are left, every page with any of the words.
 */
export function rangschikOpBegrippen<T extends { id: string; score: number }>(
  perBegrip: T[][],
  aantalPaginas: number,
  weinig = 3,
): Gerangschikt<T>[] {
  const n = Math.max(aantalPaginas, ...perBegrip.map((l) => l.length), 1);
  const gewoon = perBegrip.map((l) => l.length / n > GEWOON_AANDEEL);
  if (gewoon.every(Boolean)) gewoon.fill(false);
  const kern = gewoon.filter((g) => !g).length;
  const totaal = new Map<string, { item: T; woorden: number; kern: number; gewicht: number; eerste: number }>();
  let volgorde = 0;
  perBegrip.forEach((lijst, b) => {
    if (!lijst.length) return;
    const idf = Math.log(1 + n / lijst.length);
    const beste = Math.max(...lijst.map((t) => t.score)) || 1;
    for (const item of lijst) {
      const x = totaal.get(item.id) ?? { item, woorden: 0, kern: 0, gewicht: 0, eerste: volgorde++ };
      totaal.set(item.id, x);
      x.woorden++;
      if (!gewoon[b]) x.kern++;
      x.gewicht += idf * (0.25 + (0.75 * item.score) / beste);
    }
  });
  const gesorteerd = [...totaal.values()].sort((a, b) => b.gewicht - a.gewicht || b.kern - a.kern || a.eerste - b.eerste);
  const minimum = kern >= 3 ? kern - 1 : kern;
  const volledig = gesorteerd.filter((x) => x.kern === kern).length;
  const uit = volledig < weinig ? gesorteerd : gesorteerd.filter((x) => x.kern >= minimum);
  return uit.map(({ item, woorden }) => ({ item, woorden }));
}
