import { z } from 'astro/zod';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { bronnenSchema } from './bron.ts';
import { citaatSchema } from './citaat.ts';
import { blok, datum, keuze, keuzes, tekst } from './velden.ts';

/** Longest summary that still fits on a card. */
export const SAMENVATTING_MAX = 300;

/**
 * Frontmatter of one insight (`content/allianties/<alliantie>/inzichten/<slug>.mdx`
 * or `content/inzichten/<slug>.mdx`). The alliance is the folder the file is in,
 * so staff never type it. The file name is the slug and the URL.
 */
export function inzichtSchema(tax: TaxonomieIds) {
  return blok(
    {
      /** Title: one idea, phrased as what an actor does. */
      titel: tekst('de titel', { max: 160 }),
      /** Kind of insight. */
      soort: keuze(tax.soorten, 'soort'),
      /** One or two sentences for cards, search results and sharing. */
      samenvatting: tekst('de samenvatting', { max: SAMENVATTING_MAX }),
      /** Who the insight is addressed to. */
      rollen: keuzes(tax.rollen, 'rol', { min: 1 }),
      /** Phases of the working method it belongs to. */
      fasen: keuzes(tax.fasen, 'fase', { min: 1 }),
      /** Themes; an alliance insight inherits the alliance's theme, so this is for insights without one. */
      themas: keuzes(tax.themas, 'thema').default([]),
      /**
       * Principles this insight expresses, from `content/taxonomie/principes.yaml` (optional).
       * Insights of different alliances with the same principle form a pattern on the principle's page.
       */
      principes: keuzes(tax.principes, 'naam van een principe').default([]),
      /** Steps of the vitale-coalitie handbook it illustrates, from `stappen.yaml` (optional). */
      stappen: keuzes(tax.stappen, 'stap').default([]),
      /** Conditions of Collective Impact it illustrates, from `voorwaarden.yaml` (optional). */
      voorwaarden: keuzes(tax.voorwaarden, 'voorwaarde voor collective impact').default([]),
      /** Participation levels it is about, from `participatieniveaus.yaml` (optional). */
      participatieniveaus: keuzes(tax.participatieniveaus, 'naam van een participatieniveau').default([]),
      /** Parts of the template for a cooperation agreement it illustrates, from `overeenkomst.yaml` (optional). */
      overeenkomst: keuzes(tax.overeenkomst, 'paragraaf van de samenwerkingsovereenkomst').default([]),
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
