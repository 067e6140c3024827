/**
 * Dutch function words, one list for the whole site. People type questions ("wat moet een
 * gemeente regelen voor tijdelijke huisvesting?"); Pagefind only returns pages that contain every
 * word, so the search page leaves these out unless nothing else remains. The related-insights
 * index (src/utils/verwant.ts) skips them too. Based on the common Dutch stop word lists, plus
 * question words and modal verbs.
 */
export const STOPWOORDEN: ReadonlySet<string> = new Set(
  `aan al alle alleen alles als altijd ander andere anders ben bij bijvoorbeeld binnen daar daarbij daardoor daarmee daarna
  daarom daarvoor dan dat de der deze die dit doch doe doen doet door dus een eens eerst eigenlijk en er ermee ervan ervoor
  gaan gaat ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw jullie
  kan kon krijg krijgen krijgt kun kunnen kunt maar mag me mee meer men met mij mijn moet moeten mogen na naar niet niets nog
  nu of om omdat onder ons onze ook op over per reeds te tegen toch toe toen tot u uit uw van veel voor waar waarom wanneer
  want waren was wat we wel welk welke werd wie wij wil willen worden wordt zal ze zelf zich zij zijn zo zoals zonder zou
  zouden zullen`.split(/\s+/),
);

/** The words of a query without function words; the query's own words when it has nothing else. */
export function zonderStopwoorden(woorden: string[]): string[] {
  const over = woorden.filter((w) => !STOPWOORDEN.has(w.toLowerCase()));
  return over.length ? over : woorden;
}
