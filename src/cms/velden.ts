/**
 * Dutch labels and help texts for the editor's forms, one per frontmatter field.
 *
 * Which fields exist, whether they are required, their maximum length and their
 * choice lists are read from the Zod schemas (`src/schemas/`) and the taxonomy files
 * at build time (`src/cms/config.ts`); only the wording lives here. The build fails
 * when a schema field has no entry below, so a new field is never missing from the editor.
 */
export interface VeldTekst {
  label: string;
  hint?: string;
  /** `text` for a multi-line text box instead of one line. */
  widget?: 'text';
}

export const veldTeksten: Record<string, VeldTekst> = {
  // Inzicht
  titel: {
    label: 'Titel',
    hint: 'Eén idee, geschreven als iets wat een partij doet, bijvoorbeeld "Sluit een intentieverklaring af".',
  },
  soort: {
    label: 'Soort inzicht',
    hint: 'Succesvoorwaarde: wat het liet slagen. Systeemfout: een structurele oorzaak. Les: wat men een volgende keer anders zou doen.',
  },
  samenvatting: { label: 'Samenvatting', hint: 'Eén of twee zinnen voor kaarten, zoekresultaten en delen.', widget: 'text' },
  rollen: { label: 'Rollen', hint: 'Tot wie richt het inzicht zich? Kies er minstens één.' },
  fasen: { label: 'Fasen', hint: 'In welke fase(n) van de werkmethodiek hoort het inzicht? Kies er minstens één.' },
  themas: {
    label: "Thema's",
    hint: 'Alleen voor inzichten zonder alliantie; inzichten van een alliantie krijgen het thema van de alliantie.',
  },
  principes: {
    label: 'Principes (patronen)',
    hint: 'Optioneel. Kies een principe als het inzicht hetzelfde laat zien als inzichten uit andere allianties, en alleen als de bron het echt zegt.',
  },
  stappen: {
    label: 'Stappen vitale coalitie',
    hint: 'Optioneel. Welke stap(pen) uit het Stappenplan vitale coalities illustreert het inzicht?',
  },
  voorwaarden: {
    label: 'Voorwaarden collective impact',
    hint: 'Optioneel. Bij welke van de vijf voorwaarden voor collective impact hoort het inzicht?',
  },
  participatieniveaus: {
    label: 'Participatieniveaus',
    hint: 'Optioneel. Over welk participatieniveau gaat het inzicht, van informeren tot zelfontwikkeling?',
  },
  overeenkomst: {
    label: 'Samenwerkingsovereenkomst',
    hint: 'Optioneel. Bij welke paragraaf van het stramien voor een samenwerkingsovereenkomst hoort het inzicht?',
  },
  tags: { label: 'Trefwoorden', hint: 'Losse woorden die helpen bij zoeken, bijvoorbeeld "tijdelijke huisvesting".' },
  citaten: { label: 'Citaten', hint: 'Alleen letterlijke citaten uit de bron, met naam, functie en organisatie.' },
  bronnen: { label: 'Bronnen', hint: 'Waar komt dit vandaan? Noem minstens één bron: een brondocument of een titel.' },
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
  document: { label: 'Brondocument', hint: 'Kies een document uit de lijst, of vul hieronder een titel in.' },
  sectie: { label: 'Sectie of hoofdstuk' },
  pagina: { label: 'Pagina' },
  url: { label: 'Webadres', hint: 'Begint met https:// of http://.' },
  // Alliantie
  thema: { label: 'Thema' },
  startjaar: { label: 'Startjaar', hint: 'Het jaar waarin de alliantie begon, bijvoorbeeld 2020.' },
  fase: { label: 'Huidige fase', hint: 'Alleen als de bron die noemt of duidelijk aangeeft.' },
  status: { label: 'Status' },
  doel: { label: 'Doel', hint: 'Wat de alliantie wil bereiken.', widget: 'text' },
  aanleiding: { label: 'Aanleiding', hint: 'Feiten over het probleem, met cijfers, elk als apart punt.' },
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
