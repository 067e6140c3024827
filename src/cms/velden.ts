/**
 * Dutch labels and help texts for the editor's forms, one per frontmatter field. Those of the
 * taxonomy fields of an insight live in the taxonomy registry (src/taxonomies/registry.ts).
 *
 * Which fields exist, whether they are required, their maximum length and their
 * choice lists are read from the Zod schemas (`src/schemas/`) and the taxonomy files
 * at build time (`src/cms/config.ts`); only the wording lives here. The build fails
 * when a schema field has no entry below, so a new field is never missing from the editor.
 */
import { deel, namenMet } from '../taxonomies/registry.ts';
import { lijstwoord } from '../validation/veldwoorden.ts';

export interface VeldTekst {
  label: string;
  hint?: string;
  /** `text` for a multi-line text box instead of one line. */
  widget?: 'text';
  /**
   * For a list whose items the form names differently from the content check's report
   * (src/validation/veldwoorden.ts): one item, as the editor counts and adds them ("1 trefwoord").
   */
  enkelvoud?: string;
}

export const veldTeksten: Record<string, VeldTekst> = {
  // Inzicht
  titel: {
    label: 'Titel',
    hint: 'Eén idee, geschreven als iets wat een partij doet, bijvoorbeeld "Sluit een intentieverklaring af".',
  },
  samenvatting: { label: 'Samenvatting', hint: 'Eén of twee zinnen voor kaarten, zoekresultaten en delen.', widget: 'text' },
  // The taxonomy fields (soort, rollen, fasen, …): label and hint from the registry.
  ...Object.fromEntries(namenMet('inzicht').map((naam) => [deel(naam, 'inzicht').veld, deel(naam, 'inzicht').editor])),
  tags: {
    label: 'Trefwoorden',
    enkelvoud: 'trefwoord',
    hint: 'Losse woorden die helpen bij zoeken, bijvoorbeeld "tijdelijke huisvesting".',
  },
  citaten: { label: 'Citaten', hint: 'Alleen letterlijke citaten uit de bron, met naam, functie en organisatie.' },
  bronnen: {
    label: 'Bronnen',
    hint: 'Waar komt dit vandaan? Noem minstens één bron: kies een brondocument uit de lijst, of vul de titel van de bron in.',
  },
  datum: {
    label: 'Publicatiedatum',
    hint: 'Vanaf deze datum staat het op de site. Een datum in de toekomst houdt het tot dan onder embargo.',
  },
  concept: { label: 'Concept', hint: 'Aangevinkt: nergens gepubliceerd, ook niet na goedkeuring.' },
  // Citaat
  tekst: { label: 'Citaat', hint: 'Woord voor woord uit de bron.', widget: 'text' },
  naam: { label: 'Naam' },
  functie: { label: 'Functie', hint: 'Zoals de bron die noemt.' },
  organisatie: { label: 'Organisatie' },
  // Bron
  document: {
    label: 'Brondocument',
    hint: 'Kies een document uit de lijst, of vul hieronder de titel van de bron in: één van de twee is verplicht.',
  },
  sectie: { label: 'Sectie of hoofdstuk' },
  pagina: { label: 'Pagina' },
  url: { label: 'Webadres', hint: 'Begint met https:// of http://.' },
  // Alliantie
  thema: { label: 'Thema' },
  startjaar: { label: 'Startjaar', hint: 'Het jaar waarin de alliantie begon, bijvoorbeeld 2020.' },
  fase: { label: 'Huidige fase', hint: 'Alleen als de bron die noemt of duidelijk aangeeft.' },
  status: { label: 'Status' },
  doel: { label: 'Doel', hint: 'Wat de alliantie wil bereiken.', widget: 'text' },
  aanleiding: { label: 'Aanleiding', enkelvoud: 'feit', hint: 'Feiten over het probleem, met cijfers, elk als apart punt.' },
  partners: { label: 'Partners', hint: 'Organisaties in de alliantie en de sector waar ze vandaan komen.' },
  sector: { label: 'Sector' },
  plaatsen: { label: 'Plaatsen', hint: 'Gemeenten of plaatsen waar de alliantie werkt.' },
  resultaten: { label: 'Resultaten', hint: 'Wat de alliantie tot nu toe bereikte, elk als apart punt.' },
  website: { label: 'Website', hint: 'Website van de alliantie of haar product, als de bron die noemt.' },
};

/** Labels for the fields that appear in nested blocks, when they differ from the top level. */
export const blokVeldTeksten: Record<string, Record<string, VeldTekst>> = {
  partners: { naam: { label: 'Naam van de organisatie' } },
  citaten: { naam: { label: 'Naam van de geciteerde persoon' } },
  bronnen: { titel: { label: 'Titel van de bron', hint: 'Alleen voor een bron die niet in de lijst met brondocumenten staat.' } },
};

/** Helper field of the editor: the file name (slug) of a new entry. */
export const bestandsnaamTekst: VeldTekst = {
  label: 'Bestandsnaam',
  hint: 'Wordt gemaakt uit de titel en is ook het webadres. Na het aanmaken verandert hij niet meer.',
};

/** The text of the entry itself. */
export const bodyTekst: VeldTekst = {
  label: 'Tekst',
  hint: "Markdown: een lege regel tussen alinea's, ## voor een tussenkop, *schuin*, **vet**, [link](https://...). Onderdelen zoals een citaat voegt u in met de knoppen boven het tekstvak; laat bestaande <Onderdelen ... /> staan zoals ze zijn.",
};

/**
 * One item of a list field, as the form counts and adds them ("1 citaat", "Voeg bron toe"): the
 * form's own word where it has one, else the content check's (src/validation/veldwoorden.ts).
 */
export function enkelvoudVan(veld: string): string | undefined {
  return veldTeksten[veld]?.enkelvoud ?? lijstwoord(veld)?.woord;
}
