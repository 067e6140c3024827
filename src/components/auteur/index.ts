import Citaat from '../Citaat.astro';
import type { AuteurNaam } from './componenten.ts';
import Kernboodschap from './Kernboodschap.astro';
import Voorwaarden from './Voorwaarden.astro';

/**
 * The components of the author components listed in ./componenten.ts, by name:
 * pages pass this map to `<Content components={auteurComponenten} />`. The type makes
 * the build fail when a component of that list has no component here, or the other way round.
 */
export const auteurComponenten = { Citaat, Kernboodschap, Voorwaarden } satisfies Record<AuteurNaam, unknown>;
