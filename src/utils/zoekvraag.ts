/**
 * A visitor's query as the search page asks Pagefind for it: the meaningful
 * words ("begrippen"), each with the terms that count as a match for it (the
 * word itself, its synonyms from `content/taxonomie/synoniemen.yaml`, related
 * word forms, a separable verb joined with its particle). Function words and
 * words of one or two letters never decide a ranking. Pure: runs in the browser
 * and in unit tests.
 */
import { vergelijkbaar } from './suggesties.ts';
import { PARTIKELS, woordvormen } from './samenstellingen.ts';
import { ZOEKSTOPWOORDEN as STOPWOORDEN } from './stopwoorden.ts';

/** One meaningful word of the query and the terms that match it. */
export interface Begrip {
  /** The word as typed (lower case). */
  woord: string;
  /** What Pagefind is asked for this word, the word itself first; a term with a space asks for all its words. */
  zoektermen: string[];
}

export interface Zoekvraag {
  /** The query without function words, as one Pagefind search ('' when empty). */
  term: string;
  begrippen: Begrip[];
  /** A quoted query: Pagefind's exact phrase search, taken as typed. */
  exact: boolean;
}

/** Shorter words are kept in the query but never count as a meaningful word. */
export const MIN_BEGRIP = 3;

const partikels = new Set(PARTIKELS);
/** Particles that are not also prepositions. */
const ALLEEN_PARTIKEL = new Set(['af', 'samen', 'terug', 'weg', 'mee', 'toe', 'los', 'neer', 'vast']);

/** Endings that make another form of the same word: "statushouders", "maatjes", "leraren". */
const VERVOEGINGEN = ['', 's', "'s", 'en', 'n', 'e', 'je', 'jes', 'tje', 'tjes', 'r', 'ren'];

/** Whether a typed word is a form of a synonym's word ("maatjes" of "maatje", "nieuwkomers" of "nieuwkomer"). */
export function isVormVan(getypt: string, woord: string): boolean {
  const a = vergelijkbaar(getypt);
  const b = vergelijkbaar(woord);
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  const [kort, lang] = a.length < b.length ? [a, b] : [b, a];
  return lang.startsWith(kort) && VERVOEGINGEN.includes(lang.slice(kort.length));
}

/** The words of a query, lower case, hyphenated words kept whole. */
export function woordenVan(query: string): string[] {
  return query.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Particles that split off a verb in a main clause: "afronden" -> "rond ... af". */
const SCHEIDBAAR = ['af', 'op', 'uit', 'aan', 'mee', 'toe', 'terug', 'weg'];

/**
 * The verb of a separable verb, as a page writes it in a main clause: "afronden" ->
 * "ronden", "rond" ("rond haar af"). Only infinitives, only the verb part of 4 letters or more.
 */
export function gescheidenVorm(woord: string): string[] {
  const partikel = SCHEIDBAAR.find((p) => woord.startsWith(p));
  if (!partikel || !woord.endsWith('en')) return [];
  const werkwoord = woord.slice(partikel.length);
  return [werkwoord, werkwoord.slice(0, -2)].filter((w) => w.length >= 4);
}

/** A synonym entry as a Pagefind term: its meaningful words ("te weinig" -> "weinig"). */
function alsTerm(woord: string): string {
  const delen = woordenVan(woord).filter((w) => !STOPWOORDEN.has(w));
  return (delen.length ? delen : woordenVan(woord)).join(' ');
}

function uniek(lijst: string[]): string[] {
  return [...new Set(lijst.filter(Boolean))];
}

interface Stuk {
  woord: string;
  /** Synonym terms found for this piece (a phrase match covers several typed words). */
  synoniemen: string[];
}

/** Finds synonym phrases ("te weinig") and words in the query; each typed word belongs to at most one match. */
function metSynoniemen(woorden: string[], groepen: readonly (readonly string[])[]): Stuk[] {
  const stukken: Stuk[] = [];
  for (let i = 0; i < woorden.length; i++) {
    let gevonden: { lengte: number; groep: readonly string[] } | undefined;
    for (const groep of groepen) {
      for (const lid of groep) {
        const delen = woordenVan(lid);
        const stuk = woorden.slice(i, i + delen.length);
        if (stuk.length === delen.length && delen.every((d, k) => isVormVan(stuk[k]!, d))) {
          if (!gevonden || delen.length > gevonden.lengte) gevonden = { lengte: delen.length, groep };
        }
      }
    }
    if (gevonden) {
      const woord = woorden.slice(i, i + gevonden.lengte).join(' ');
      stukken.push({ woord, synoniemen: gevonden.groep.map(alsTerm) });
      i += gevonden.lengte - 1;
    } else stukken.push({ woord: woorden[i]!, synoniemen: [] });
  }
  return stukken;
}

/**
 * Reads a query. "partners haken af" -> begrippen "partners" and "haken" (also
 * "afhaken"); "te weinig leraren" -> "te weinig" (also "tekort", "gebrek", when
 * staff grouped them) and "leraren" (also "docent", "leerkracht").
 */
export function ontleedZoekvraag(query: string, synoniemen: readonly (readonly string[])[] = []): Zoekvraag {
  const q = query.trim();
  if (/^".+"$/.test(q)) return { term: q, begrippen: [], exact: true };
  const stukken = metSynoniemen(woordenVan(q), synoniemen);
  const begrippen: Begrip[] = [];
  for (const [i, stuk] of stukken.entries()) {
    const { woord } = stuk;
    if (stuk.synoniemen.length) {
      begrippen.push({ woord, zoektermen: uniek([alsTerm(woord), ...stuk.synoniemen]) });
      continue;
    }
    // A separable verb's particle ("haken af", "werken niet samen") joins the word before it. Particles
    // that are also prepositions ("voor", "in") only do so at the end of the query, where no noun follows.
    const vorige = begrippen.at(-1);
    const partikel = partikels.has(woord) && (ALLEEN_PARTIKEL.has(woord) || i === stukken.length - 1);
    if (partikel && vorige && !vorige.woord.includes(' ')) {
      vorige.zoektermen = uniek([...vorige.zoektermen, `${woord}${vorige.woord}`]);
      continue;
    }
    if (STOPWOORDEN.has(woord) || [...woord].length < MIN_BEGRIP) continue;
    begrippen.push({ woord, zoektermen: uniek([woord, ...woordvormen(woord), ...gescheidenVorm(woord)]) });
  }
  // Only function words or short words: search them as typed rather than nothing.
  if (!begrippen.length) {
    const alles = stukken.map((s) => s.woord);
    return { term: alles.join(' '), begrippen: alles.map((w) => ({ woord: w, zoektermen: [w] })), exact: false };
  }
  return { term: begrippen.map((b) => b.zoektermen[0]).join(' '), begrippen, exact: false };
}
