/**
 * Dutch function words. People type questions ("wat moet een gemeente regelen
 * voor tijdelijke huisvesting?"); Pagefind only returns pages that contain every
 * word, so the search page leaves these out unless nothing else remains.
 * Based on the common Dutch stop word lists, plus question words, modal verbs and the
 * adverbs people add to a question ("goed", "meteen", "echt").
 */
export const STOPWOORDEN: ReadonlySet<string> = new Set(
  `aan al alle alles als altijd andere ben bij daar daarvoor dan dat de der deze die dit doch doe doen doet door dus een eens eigenlijk
  en er ervoor ge gaan gaat geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jullie kan
  kon krijg krijgen krijgt kun kunnen kunt maar me mee meer men met mij mijn mag mogen moet moeten na naar niet niets nog nu of om omdat
  onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor waar waarom wanneer want waren was wat we welk welke
  werd wie wij wil willen wordt worden zal ze zelf zich zij zijn zo zonder zou zouden zullen
  tussen binnen goed meteen echt heel erg zeer wel steeds even`.split(/\s+/),
);
