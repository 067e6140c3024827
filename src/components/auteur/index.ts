import Citaat from '../Citaat.astro';
import Kernboodschap from './Kernboodschap.astro';
import Voorwaarden from './Voorwaarden.astro';

/**
 * The author components staff can use in any insight or alliance without importing them:
 * pages pass this map to `<Content components={auteurComponenten} />`.
 * Documented with examples in docs/componenten.md; the content check
 * (src/validation/body.ts, AUTEURCOMPONENTEN) knows their attributes.
 */
export const auteurComponenten = { Citaat, Kernboodschap, Voorwaarden };
