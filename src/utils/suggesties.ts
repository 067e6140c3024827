/**
 * Typo help for the search page. Pagefind has no typo tolerance, so the build
 * writes a vocabulary (`/zoeken/woorden.json`: the words of titles, summaries,
 * tags, alliance names and taxonomy labels, most frequent first) and the page
 * suggests the closest known words when a query finds little ("Bedoelde u: ...").
 */

import { afstand } from './afstand.ts';

/** The vocabulary as the build writes it: words and how often they occur, most frequent first. */
export interface Woordenlijst {
  woorden: string[];
  aantallen: number[];
}

/** Words of a text, in the form the vocabulary keeps: lower case, letters and digits, hyphenated words split. */
export function woordenUit(tekst: string): string[] {
  return tekst.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Lower case without diacritics, for comparing ("geïnitieerd" ~ "geinitieerd"). */
export function vergelijkbaar(woord: string): string {
  return woord.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Builds the vocabulary from texts. Words shorter than 3 characters and numbers
 * are left out; `max` keeps the file small on a large site (the rarest words go first).
 */
export function bouwWoordenlijst(teksten: Iterable<string>, max = 6000): Woordenlijst {
  const telling = new Map<string, number>();
  for (const tekst of teksten) {
    for (const w of woordenUit(tekst)) {
      if (w.length < 3 || /^\p{N}+$/u.test(w)) continue;
      telling.set(w, (telling.get(w) ?? 0) + 1);
    }
  }
  const gesorteerd = [...telling].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl')).slice(0, max);
  return { woorden: gesorteerd.map(([w]) => w), aantallen: gesorteerd.map(([, n]) => n) };
}

function toegestaneAfstand(lengte: number): number {
  if (lengte <= 3) return 0;
  if (lengte <= 6) return 1;
  return 2;
}

/** A vocabulary prepared for look-ups. */
export interface Woordenboek {
  /** Comparable form -> the word as it is written, with its frequency. */
  bekend: Map<string, { woord: string; aantal: number }>;
  lijst: { vergelijk: string; woord: string; aantal: number }[];
}

export function maakWoordenboek(lijst: Woordenlijst): Woordenboek {
  const bekend = new Map<string, { woord: string; aantal: number }>();
  const items = lijst.woorden.map((woord, i) => ({ vergelijk: vergelijkbaar(woord), woord, aantal: lijst.aantallen[i] ?? 1 }));
  for (const item of items)
    if (!bekend.has(item.vergelijk)) bekend.set(item.vergelijk, { woord: item.woord, aantal: item.aantal });
  return { bekend, lijst: items };
}

/** True when the word is in the vocabulary, or starts a word there (Pagefind matches word beginnings). */
function isBekend(vergelijk: string, boek: Woordenboek): boolean {
  if (boek.bekend.has(vergelijk)) return true;
  if (vergelijk.length < 4) return false;
  return boek.lijst.some((w) => w.vergelijk.startsWith(vergelijk));
}

/** The closest known word to one typed word, or undefined when none is close enough. */
export function dichtstbijzijnd(woord: string, boek: Woordenboek): string | undefined {
  const vergelijk = vergelijkbaar(woord);
  const max = toegestaneAfstand(vergelijk.length);
  if (max === 0) return undefined;
  let beste: { woord: string; afstand: number; aantal: number } | undefined;
  for (const kandidaat of boek.lijst) {
    const d = afstand(vergelijk, kandidaat.vergelijk, beste ? Math.min(max, beste.afstand) : max);
    if (d > max) continue;
    if (!beste || d < beste.afstand || (d === beste.afstand && kandidaat.aantal > beste.aantal)) {
      beste = { woord: kandidaat.woord, afstand: d, aantal: kandidaat.aantal };
    }
  }
  return beste?.woord;
}

/**
 * A corrected query, or undefined when every word is known or no correction is
 * close enough. Known words stay as typed; unknown words get their closest known word.
 */
export function suggereer(query: string, boek: Woordenboek): string | undefined {
  const woorden = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  let veranderd = false;
  const verbeterd = woorden.map((w) => {
    if (isBekend(vergelijkbaar(w), boek)) return w;
    const beter = dichtstbijzijnd(w, boek);
    if (!beter) return w;
    veranderd = true;
    return beter;
  });
  return veranderd ? verbeterd.join(' ') : undefined;
}
