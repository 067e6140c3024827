/**
 * Ranking rules the search page adds on top of Pagefind's BM25 ranking. Pure
 * functions, so they are unit-tested and the browser script stays thin.
 */
import { vergelijkbaar } from './suggesties.ts';
import { zonderStopwoorden } from './stopwoorden.ts';

/** Text reduced to comparable words: "Sluit een intentieverklaring, en..." -> "sluit een intentieverklaring en". */
export function vergelijkTekst(tekst: string): string {
  return (vergelijkbaar(tekst).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * How well a title matches the query: 3 the same title, 2 the title starts with
 * the query, 1 the query (two words or more) appears in the title as a phrase, 0 otherwise.
 */
export function titelNiveau(query: string, titel: string): number {
  const q = vergelijkTekst(query);
  const t = vergelijkTekst(titel);
  if (!q || !t) return 0;
  if (q === t) return 3;
  if (q.length >= 4 && `${t} `.startsWith(`${q} `)) return 2;
  if (q.includes(' ') && ` ${t} `.includes(` ${q} `)) return 1;
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
 * The words Pagefind is asked for: the query's words without Dutch function words.
 * A quoted query ("...") is an exact phrase search in Pagefind and stays as typed.
 */
export function zoekwoorden(query: string): { term: string; woorden: string[] } {
  const q = query.trim();
  if (/^".+"$/.test(q)) return { term: q, woorden: [] };
  const woorden = zonderStopwoorden(q.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []);
  return { term: woorden.join(' '), woorden };
}

/**
 * Merges the results of one search per word, for when no page has all the words:
 * pages with more of the words first, then by summed score.
 */
export function combineer<T extends { id: string; score: number }>(perWoord: T[][]): T[] {
  const totaal = new Map<string, { item: T; woorden: number; score: number; eerste: number }>();
  let volgorde = 0;
  for (const lijst of perWoord) {
    for (const item of lijst) {
      const bestaand = totaal.get(item.id);
      if (bestaand) {
        bestaand.woorden++;
        bestaand.score += item.score;
      } else totaal.set(item.id, { item, woorden: 1, score: item.score, eerste: volgorde++ });
    }
  }
  return [...totaal.values()]
    .sort((a, b) => b.woorden - a.woorden || b.score - a.score || a.eerste - b.eerste)
    .map((x) => x.item);
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
