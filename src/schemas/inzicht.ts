import { z } from 'astro/zod';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { bronnenSchema } from './bron.ts';
import { citaatSchema } from './citaat.ts';
import { blok, datum, keuze, keuzes, tekst } from './velden.ts';
import { alsObject, definitieVanInzicht, namenMet, TAXONOMIEEN, type InzichtTaxonomie } from '../taxonomies/registry.ts';

/** Longest summary that still fits on a card. */
export const SAMENVATTING_MAX = 300;

/** The taxonomies an insight names with one id, and those it names with a list of ids. */
type EnkelTaxonomie = {
  [N in InzichtTaxonomie]: (typeof TAXONOMIEEN)[N]['inzicht']['meervoudig'] extends false ? N : never;
}[InzichtTaxonomie];
type MeerTaxonomie = Exclude<InzichtTaxonomie, EnkelTaxonomie>;
type VeldVan<N extends InzichtTaxonomie> = (typeof TAXONOMIEEN)[N]['inzicht']['veld'];

/**
 * The frontmatter fields of the taxonomies (src/taxonomies/registry.ts): `soort: <id>`, `rollen: [<id>, …]`.
 * A list with `min` is required; any other list is optional and defaults to `[]`.
 */
function taxonomieVelden(tax: TaxonomieIds) {
  const enkel: [string, ReturnType<typeof keuze>][] = [];
  const meer: [string, z.ZodType<string[]>][] = [];
  for (const naam of namenMet('inzicht')) {
    const { veld, meervoudig, min = 0, wat = TAXONOMIEEN[naam].enkelvoud } = definitieVanInzicht(naam);
    if (!meervoudig) enkel.push([veld, keuze(tax[naam], wat)]);
    else meer.push([veld, min > 0 ? keuzes(tax[naam], wat, { min }) : keuzes(tax[naam], wat).default([])]);
  }
  return {
    enkel: alsObject<{ [N in EnkelTaxonomie as VeldVan<N>]: ReturnType<typeof keuze> }>(enkel),
    meer: alsObject<{ [N in MeerTaxonomie as VeldVan<N>]: z.ZodType<string[]> }>(meer),
  };
}

/**
 * Frontmatter of one insight (`content/allianties/<alliantie>/inzichten/<slug>.mdx`
 * or `content/inzichten/<slug>.mdx`). The alliance is the folder the file is in,
 * so staff never type it. The file name is the slug and the URL.
 */
export function inzichtSchema(tax: TaxonomieIds) {
  const velden = taxonomieVelden(tax);
  return blok(
    {
      /** Title: one idea, phrased as what an actor does. */
      titel: tekst('de titel', { max: 160 }),
      /** The taxonomies with one id (the soort). */
      ...velden.enkel,
      /** One or two sentences for cards, search results and sharing. */
      samenvatting: tekst('de samenvatting', { max: SAMENVATTING_MAX }),
      /** The taxonomies with a list of ids: rollen, fasen, themas, principes, stappen, … (see the registry). */
      ...velden.meer,
      /** Free keywords that help search. */
      tags: z.array(tekst('een tag', { max: 60 }), { error: 'tags moet een lijst van woorden zijn' }).default([]),
      /** Verbatim quotes with name, function and organisation. */
      citaten: z.array(citaatSchema, { error: 'citaten moet een lijst van citaten zijn' }).default([]),
      /** Where the insight comes from. */
      bronnen: bronnenSchema(tax.bronnen),
      /** Publication date in the inzichtenbank; a date in the future keeps the entry under embargo until then. */
      datum,
      /** `true` keeps the entry out of every output: a draft. */
      concept: z.boolean({ error: 'concept moet true of false zijn' }).default(false),
    },
    'de frontmatter',
  );
}

export type InzichtData = z.infer<ReturnType<typeof inzichtSchema>>;
