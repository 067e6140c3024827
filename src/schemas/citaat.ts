import { z } from 'astro/zod';
import { blok, tekst } from './velden.ts';

/** A verbatim quote from a named person. */
export const citaatSchema = blok(
  {
    /** The quote itself, word for word from the source. */
    tekst: tekst('de tekst van het citaat'),
    /** Full name of the person quoted. */
    naam: tekst('de naam van de geciteerde persoon'),
    /** Their function, as the source gives it. */
    functie: tekst('de functie van de geciteerde persoon').optional(),
    /** Their organisation. */
    organisatie: tekst('de organisatie van de geciteerde persoon'),
  },
  'een citaat',
);

export type Citaat = z.infer<typeof citaatSchema>;
