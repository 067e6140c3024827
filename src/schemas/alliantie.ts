import { z } from 'astro/zod';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { bronnenSchema } from './bron.ts';
import { blok, datum, keuze, tekst, webadres } from './velden.ts';

/** Where an alliance stands. */
export const STATUSSEN = {
  actief: 'Actief',
  verzelfstandigd: 'Verzelfstandigd',
  afgerond: 'Afgerond',
} as const;

/**
 * Frontmatter of an alliance (`content/allianties/<alliantie>/index.mdx`). The folder
 * name is the alliance's id and URL; its insights live in `inzichten/` beside it.
 * The body tells the alliance's story.
 */
export function alliantieSchema(tax: TaxonomieIds) {
  const statussen = Object.keys(STATUSSEN);
  return blok(
    {
      /** Name of the alliance as the foundation writes it. */
      naam: tekst('de naam', { max: 120 }),
      /** One or two sentences for cards and sharing. */
      samenvatting: tekst('de samenvatting', { max: 300 }),
      /** Theme the alliance works on. */
      thema: keuze(tax.themas, 'thema'),
      /** Year the alliance started. */
      startjaar: z.number({ error: 'startjaar moet een jaartal zijn, bijvoorbeeld 2020' }).int().min(2000).max(2100),
      /** Phase of the working method the alliance is in now (as the source states). */
      fase: keuze(tax.fasen, 'fase').optional(),
      /** actief, verzelfstandigd or afgerond. */
      status: keuze(statussen, 'status'),
      /** What the alliance wants to achieve. */
      doel: tekst('het doel'),
      /** The problem facts, with figures, that made the alliance start. */
      aanleiding: z.array(tekst('een punt van de aanleiding'), { error: 'aanleiding moet een lijst van feiten zijn' }).min(1, {
        error: 'noem minstens één feit in de aanleiding',
      }),
      /** Partner organisations and the sector each comes from. */
      partners: z
        .array(
          blok(
            {
              /** Name of the organisation. */
              naam: tekst('de naam van de partner'),
              /**
               * Sector, one of `content/taxonomie/sectoren.yaml`; only when the source states it
               * or the name shows it (a gemeente, a foundation): leave it out rather than guess.
               */
              sector: keuze(tax.sectoren, 'sector').optional(),
            },
            'een partner',
          ),
          { error: 'partners moet een lijst zijn van blokken met een naam (en een sector, als de bron die noemt)' },
        )
        .default([]),
      /** Places where the alliance works. */
      plaatsen: z.array(tekst('een plaats'), { error: 'plaatsen moet een lijst zijn' }).default([]),
      /** Results so far. */
      resultaten: z.array(tekst('een resultaat'), { error: 'resultaten moet een lijst zijn' }).default([]),
      /** Website of the alliance or its product, when the source gives one. */
      website: webadres.optional(),
      /** Where these facts come from. */
      bronnen: bronnenSchema(tax.bronnen),
      /** Publication date in the inzichtenbank. */
      datum,
      /** `true` keeps the alliance out of every output. */
      concept: z.boolean({ error: 'concept moet true of false zijn' }).default(false),
    },
    'de frontmatter',
  );
}

export type AlliantieData = z.infer<ReturnType<typeof alliantieSchema>>;
