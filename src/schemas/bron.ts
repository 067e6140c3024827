import { z } from 'astro/zod';
import { blok, keuze, tekst, webadres } from './velden.ts';

/** Where an insight or alliance fact comes from. */
export function bronSchema(documenten: string[]) {
  return blok(
    {
      /** Id of a document in `content/taxonomie/bronnen.yaml`. */
      document: keuze(documenten, 'brondocument').optional(),
      /** Title of a source that is not in the list of documents. */
      titel: tekst('de titel van de bron').optional(),
      /** Section or chapter of the document, as a reader finds it. */
      sectie: tekst('de sectie van de bron').optional(),
      /** Page number(s) in the document. */
      pagina: z.union([z.number().int().positive(), z.string().trim().min(1)]).optional(),
      /** Web address of the source, when the seed names one. */
      url: webadres.optional(),
    },
    'een bron',
  ).refine((b) => b.document || b.titel, {
    error: `noem het brondocument (document: ${documenten.join(' | ')}) of een titel`,
    // The same rule in the words of the editor's form (src/cms/controle.ts), where no one types "document:".
    params: { formulier: 'kies een brondocument uit de lijst, of vul de titel van de bron in' },
  });
}

/** At least one source: every entry names where it comes from. */
export function bronnenSchema(documenten: string[]) {
  return z
    .array(bronSchema(documenten), {
      error: (issue) =>
        issue.input === undefined
          ? 'bronnen ontbreekt: noem minstens één bron, bijvoorbeeld "- document: jaarverslag-2021" met een sectie'
          : 'bronnen moet een lijst zijn van bronnen (elke bron begint met "- document:" of "- titel:")',
    })
    .min(1, { error: 'noem minstens één bron: elk inzicht zegt waar het vandaan komt' });
}
