/**
 * Dutch compounds and word forms, for the search index and the search page.
 * Dutch writes compounds as one word (lerarentekort, woningtekort,
 * bestemmingswijziging) and Pagefind only matches a word's beginning, so a
 * visitor who types "leraren" or "tekort" would not find "lerarentekort". The
 * index therefore also holds the parts of every compound; the search page splits
 * a compound in the query the same way. Pure: the word list is passed in (the
 * build reads it from the Hunspell Dutch dictionary, `src/integrations/woordenboek.ts`).
 */

/** Does this (lower-case) word exist? */
export type IsWoord = (woord: string) => boolean;

/**
 * Particles of separable verbs: "afhaken" is "haken" with "af" ("partners haken af").
 * They may start a compound although they are shorter than `MIN_DEEL`.
 */
export const PARTIKELS: readonly string[] = [
  'aan',
  'achter',
  'af',
  'bij',
  'door',
  'in',
  'los',
  'mee',
  'na',
  'neer',
  'om',
  'op',
  'over',
  'samen',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
];
const partikels = new Set(PARTIKELS);

/** Endings after which Dutch puts a linking s: "bestemmings-", "gezondheids-", "gemeenschaps-". */
const VERBINDINGS_S = /(ing|heid|schap|teit|tie|dom|gang|ment)s$/;

/** Parts shorter than this are not split off (they make too many false splits: "ver" + "gunning"). */
export const MIN_DEEL = 4;
/** Words shorter than this are never split. */
const MIN_WOORD = 7;

/** Inflection endings a head may carry: "woningtekorten" is "woning" + "tekorten" (tekort). */
const UITGANGEN = ['', 'en', 's', "'s", 'e', 'n'];

function bestaat(deel: string, isWoord: IsWoord): boolean {
  for (const u of UITGANGEN) {
    const stam = deel.slice(0, deel.length - u.length);
    if (deel.endsWith(u) && stam.length >= MIN_DEEL && (isWoord(stam) || isAfleiding(stam, isWoord))) return true;
  }
  return false;
}

/**
 * Nouns the dictionary derives by an affix rule instead of listing them: "wijziging"
 * (wijzigen), "ongelijkheid" (ongelijk).
 */
function isAfleiding(woord: string, isWoord: IsWoord): boolean {
  if (woord.endsWith('ing') && isWoord(`${woord.slice(0, -3)}en`)) return true;
  if (woord.endsWith('heid') && woord.length > 8 && isWoord(woord.slice(0, -4))) return true;
  return false;
}

/** The forms a modifier may take before its head: inflected ("kansen-"), or with a linking s ("bestemmings-"). */
function bepalerBestaat(deel: string, isWoord: IsWoord): boolean {
  if (partikels.has(deel)) return true;
  if (deel.length < MIN_DEEL) return false;
  if (bestaat(deel, isWoord)) return true;
  return deel.endsWith('s') && bestaat(deel.slice(0, -1), isWoord);
}

/**
 * The parts of a compound, or `[]` when the word is not one. Tries the longest
 * head first ("lerarentekort": "tekort" after "leraren"), accepts a modifier with
 * a linking s or a hyphen, and splits both sides again ("bestemmingswijzigingsplan").
 * A modifier with a linking s is returned without it ("bestemmings" -> "bestemming").
 */
export function splitsSamenstelling(woord: string, isWoord: IsWoord, diepte = 0): string[] {
  const w = woord.toLowerCase();
  if (w.includes('-')) {
    const stukken = w.split('-').filter((s) => s.length >= 2);
    return stukken.length > 1 ? stukken.flatMap((s) => [s, ...splitsSamenstelling(s, isWoord, diepte + 1)]) : [];
  }
  if ([...w].length < MIN_WOORD || diepte > 3) return [];
  // A listed word splits only into a real head: "bestemming" is not "bestem" + "ming".
  const minHoofd = isWoord(w) ? MIN_DEEL + 1 : MIN_DEEL;
  for (let i = 2; i <= w.length - minHoofd; i++) {
    let bepaler = w.slice(0, i);
    let hoofd = w.slice(i);
    if (!bestaat(hoofd, isWoord) || !bepalerBestaat(bepaler, isWoord)) continue;
    // "beslissingsmacht": the linking s belongs to the modifier, not to the head ("smacht").
    if (hoofd.startsWith('s') && VERBINDINGS_S.test(`${bepaler}s`) && bestaat(hoofd.slice(1), isWoord)) {
      bepaler += 's';
      hoofd = hoofd.slice(1);
    }
    const kaleBepaler = VERBINDINGS_S.test(bepaler) ? bepaler.slice(0, -1) : bepaler;
    return [
      kaleBepaler,
      ...splitsSamenstelling(kaleBepaler, isWoord, diepte + 1),
      hoofd,
      ...splitsSamenstelling(hoofd, isWoord, diepte + 1),
    ];
  }
  return [];
}

/**
 * Other forms of a word that a visitor or a page may use for the same thing,
 * built by rule: an adjective or present participle on a noun ("leegstaand",
 * "leegstaande" -> "leegstand"), an inflected adjective ("tijdelijke" ->
 * "tijdelijk"). The caller keeps the forms that exist.
 */
export function woordvormen(woord: string): string[] {
  const w = woord.toLowerCase();
  const vormen = new Set<string>();
  const stam = w.replace(/(end|and)e$/, '$1');
  if (stam !== w) vormen.add(stam);
  // leegstaand -> leegstand, bestaand -> bestand, voorstaand -> voorstand
  if (stam.endsWith('aand')) vormen.add(`${stam.slice(0, -4)}and`);
  // ontbrekend -> ontbreken, werkend -> werken (the verb the participle comes from)
  if (/[^a]end$/.test(stam)) vormen.add(stam.slice(0, -1));
  vormen.delete(w);
  return [...vormen].filter((v) => v.length >= MIN_DEEL);
}

/**
 * Everything the index adds for one word: the parts of a compound and the
 * related forms that exist, without the word itself. "lerarentekort" ->
 * ["leraren", "tekort"]; "leegstaande" -> ["leegstand"].
 */
export function extraWoorden(woord: string, isWoord: IsWoord): string[] {
  const w = woord.toLowerCase();
  const uit = new Set<string>();
  for (const deel of splitsSamenstelling(w, isWoord)) if (deel.length >= 2) uit.add(deel);
  for (const vorm of woordvormen(w)) if (isWoord(vorm)) uit.add(vorm);
  uit.delete(w);
  return [...uit];
}
