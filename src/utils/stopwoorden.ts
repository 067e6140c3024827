/**
 * Dutch stop words, defined once for the site. The search page leaves them out of a query
 * (people type questions, "wat moet een gemeente regelen voor tijdelijke huisvesting?", and
 * Pagefind only returns pages that contain every word); the related-insights index
 * (src/utils/verwant.ts) leaves them out of the text it compares. Based on the common Dutch
 * stop word lists.
 */

const lijst = (tekst: string): string[] => tekst.split(/\s+/);

/** Function words both uses skip: articles, pronouns, prepositions, conjunctions, auxiliary verbs. */
export const STOPWOORDEN: ReadonlySet<string> = new Set(
  lijst(`aan al alle als altijd andere ben bij daar dan dat de deze die dit doch doen door dus een eens en er ge geen geweest
  haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij kan kon kunnen maar me meer men met
  mij mijn moet moeten na naar niet niets nog nu of om omdat onder ons onze ook op over te tegen toch tot u uit uw van
  veel voor waar wat welke werd wie wij wil worden wordt zal ze zelf zich zij zijn zo zonder zou zouden`),
);

/** Words of spoken questions (question words, modal verbs, informal pronouns): skipped in queries only. */
const VRAAGWOORDEN =
  lijst(`alles daarvoor der doe doet eigenlijk ervoor gaan gaat jou jullie krijg krijgen krijgt kun kunt mag mee mogen reeds
  toen waarom wanneer want waren was we welk willen zullen tussen binnen goed meteen echt heel erg zeer wel steeds even`);

/** Connecting words of written prose: skipped by the related-insights index only. */
const VERBINDINGSWOORDEN =
  lijst(`alleen ander anders bijvoorbeeld binnen daarbij daardoor daarmee daarna daarom eerst ermee ervan jouw per toe wel
  zoals`);

/** What the search page leaves out of a query. */
export const ZOEKSTOPWOORDEN: ReadonlySet<string> = new Set([...STOPWOORDEN, ...VRAAGWOORDEN]);

/** What the related-insights index leaves out of the text of an insight (it adds its own site words). */
export const TEKSTSTOPWOORDEN: ReadonlySet<string> = new Set([...STOPWOORDEN, ...VERBINDINGSWOORDEN]);

/** The words of a query without function words; the query's own words when it has nothing else. */
export function zonderStopwoorden(woorden: string[]): string[] {
  const over = woorden.filter((w) => !ZOEKSTOPWOORDEN.has(w.toLowerCase()));
  return over.length ? over : woorden;
}
