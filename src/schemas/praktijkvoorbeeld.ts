import { z } from 'astro/zod';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { bronnenSchema } from './bron.ts';
import { blok, datum, keuzes, tekst } from './velden.ts';

/** A slug of an insight: its file name without `.mdx`. Whether it exists is checked across files. */
const inzichtSlug = z
  .string({ error: 'moet de bestandsnaam van een inzicht zijn (zonder .mdx), bijvoorbeeld gemeente-financiert-begeleiding' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'schrijf de bestandsnaam van het inzicht zonder .mdx, met kleine letters, cijfers en streepjes',
  });

/**
 * Frontmatter of an example project (`content/praktijkvoorbeelden/<slug>.mdx`): one project the
 * sources describe, with the insights it shows grouped per party ("Wat de gemeente deed").
 * The project names its insights by slug, so insight files never need to change; the site
 * links each insight back to its projects. The body describes the project in a few paragraphs.
 */
export function praktijkvoorbeeldSchema(tax: TaxonomieIds) {
  return blok(
    {
      /** Name of the project, as a reader would recognise it. */
      naam: tekst('de naam', { max: 120 }),
      /** One or two sentences for cards and sharing. */
      samenvatting: tekst('de samenvatting', { max: 300 }),
      /** Id of the alliance the project belongs to (its folder name in `content/allianties/`). */
      alliantie: tekst('de alliantie'),
      /** Places where the project ran, as the source names them. */
      plaatsen: z.array(tekst('een plaats'), { error: 'plaatsen moet een lijst zijn, bijvoorbeeld [Amstelveen]' }).min(1, {
        error: 'noem minstens één plaats, of "landelijk" als de bron geen plaats noemt',
      }),
      /** When the project ran, as the source says it ("2021", "2020-2021"); leave it out when the source does not say. */
      periode: z
        .union([z.number().int(), tekst('de periode')], { error: 'periode moet een jaar of een korte tekst zijn' })
        .optional(),
      /** Organisations that took part, as the source names them. */
      partners: z.array(tekst('een partner'), { error: 'partners moet een lijst van namen zijn' }).default([]),
      /** What the project achieved, one result per item, only as the source states it. */
      bereikt: z.array(tekst('een resultaat'), { error: 'bereikt moet een lijst van resultaten zijn' }).min(1, {
        error: 'noem minstens één resultaat: wat heeft het project bereikt?',
      }),
      /** The insights the project shows, grouped per party: what each did. */
      bijdragen: z
        .array(
          blok(
            {
              /** The role(s) of the party, from `content/taxonomie/rollen.yaml`; two when the source names them together. */
              rollen: keuzes(tax.rollen, 'rol', { min: 1 }),
              /** Who had this role in the project, as the source names them ("gemeente Amstelveen"). */
              partij: tekst('de partij').optional(),
              /** Slugs of the insights that show what this party did. */
              inzichten: z
                .array(inzichtSlug, { error: 'inzichten moet een lijst van bestandsnamen van inzichten zijn' })
                .min(1, { error: 'noem minstens één inzicht bij deze bijdrage' })
                .refine((l) => new Set(l).size === l.length, { error: 'noem elk inzicht maar één keer per bijdrage' }),
            },
            'een bijdrage van het praktijkvoorbeeld',
          ),
          { error: 'bijdragen moet een lijst zijn van blokken met rollen en inzichten' },
        )
        .min(1, { error: 'noem minstens één bijdrage: welke rol deed wat, met de inzichten die dat laten zien' })
        .refine((l) => new Set(l.flatMap((b) => b.rollen)).size === l.flatMap((b) => b.rollen).length, {
          error: 'noem elke rol maar in één bijdrage; zet alle inzichten van die rol in één blok',
        }),
      /** Where these facts come from. */
      bronnen: bronnenSchema(tax.bronnen),
      /** Publication date in the inzichtenbank; a date in the future keeps it under embargo until then. */
      datum,
      /** `true` keeps the project out of every output: a draft. */
      concept: z.boolean({ error: 'concept moet true of false zijn' }).default(false),
    },
    'de frontmatter',
  );
}

export type PraktijkvoorbeeldData = z.infer<ReturnType<typeof praktijkvoorbeeldSchema>>;
