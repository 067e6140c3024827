/**
 * The taxonomy registry: every taxonomy of the inzichtenbank, declared once, with everything
 * the site does with it. The content collections, the frontmatter schema of an insight, the
 * data layer (src/utils/site.ts), the overview and term pages, the search facets, the feeds,
 * the checklists, the open data and its JSON Schema, the JSON-LD, the editor (/admin/), the
 * scaffolder (`npm run nieuw`), the benchmark generator and the VS Code schema mapping all
 * read it. Adding a taxonomy takes a YAML file in `content/taxonomie/` and one entry below
 * (docs/content-model.md, "Add a taxonomy").
 *
 * This module holds data and small text functions only: no Zod, no Node, no Astro, because
 * the search script in the browser reads the facets from it. A taxonomy with fields beyond
 * id, label and beschrijving has its Zod schema in src/schemas/taxonomie.ts under the same name.
 */

/** What the site knows of any term, whatever its taxonomy: what the text functions below receive. */
export interface TermKern {
  id: string;
  /** The Dutch label (for source documents: their title). */
  label: string;
  beschrijving?: string;
  /** Plural label, when the taxonomy has one ("Gemeenten"). */
  meervoud?: string;
  /** Position or number, when the taxonomy numbers its terms. */
  nummer?: number;
}

/** Texts for a field of the editor (/admin/). */
export interface EditorTekst {
  label: string;
  hint?: string;
}

export interface TaxonomieDefinitie {
  /** Singular noun used in messages and headings: "geen bekende {enkelvoud}". */
  enkelvoud: string;
  /** Order of the terms wherever they are listed: as in the file, or by a field of the terms. */
  volgorde: 'bestand' | 'volgorde' | 'nummer' | 'label';
  /**
   * How a number is written before the label where the number shows ("Stap 4: …", "4. …").
   * Absent: the taxonomy's terms have no number.
   */
  nummering?: { voor: string; na: string };
  /**
   * The frontmatter field through which an insight names terms of this taxonomy. Absent: insights
   * do not name them (alliances or other taxonomies do).
   */
  inzicht?: {
    /** Field name in the frontmatter; one id (`meervoudig: false`) or a list of ids. */
    veld: string;
    meervoudig: boolean;
    /** Least number of ids in the list; 0 makes the field optional (default `[]`). */
    min?: number;
    /** The noun in Dutch messages about a wrong value ("naam van een principe"); default `enkelvoud`. */
    wat?: string;
    /** An insight of an alliance takes the alliance's value of this field instead of its own. */
    vanAlliantie?: 'thema';
    /** Label and help text of the field in the editor. */
    editor: EditorTekst;
    /** Comment after the field in a file made by `npm run nieuw`; absent: the field is not written. */
    nieuw?: (ids: string[]) => string;
  };
  /** A section in the side column of an insight page that links its terms (needs `inzicht` and `pagina`). */
  zijkolom?: { kop: string; /** After the working method's sections instead of before them. */ naWerkwijze?: true };
  /** Alliances that carry a term of this taxonomy: their field, and the heading on the term page. */
  alliantie?: { veld: 'thema' | 'fase' | 'sector'; kop: string };
  /** Overview page `/<naam>/` and one page per term `/<naam>/<id>/`. */
  pagina?: {
    titel: string;
    intro: string;
    /** The term pages list the alliances that carry the term instead of insights. */
    toont?: 'allianties';
    /** Heading of a term page; default the label. */
    termTitel?: (t: TermKern) => string;
    /** The term in running text ("Checklist voor {wat}"); default the label in lower case. */
    wat?: (t: TermKern) => string;
    /** A link at the foot of every term page. */
    verwijzing?: { taxonomie: string; term: string; tekst: string };
  };
  /** Insights in lists are grouped by this taxonomy (one taxonomy only: the soort). */
  groepeert?: true;
  /** Search facet: the URL parameter and Pagefind filter key, the Dutch title, and the position on /zoeken/. */
  facet?: { sleutel: string; titel: string; positie: number };
  /** An RSS feed per term (`/<naam>/<id>/rss.xml`); its items carry the labels of these taxonomies as categories. */
  feed?: { titel: (t: TermKern) => string; beschrijving: (t: TermKern) => string };
  /** A printable checklist per term (`/<naam>/<id>/checklist/`). */
  checklist?: {
    kruimel: (t: TermKern) => string;
    titel: (t: TermKern) => string;
    paginaTitel: (t: TermKern) => string;
    beschrijving: (t: TermKern) => string;
  };
  /** In the open data of insights (JSON, CSV) and their JSON Schema; the texts are read by reusers. */
  opendata?: {
    /** Description of the JSON field. */
    beschrijving: string;
    /** Descriptions of the id and label (and number) of a term in the JSON Schema; default from `enkelvoud`. */
    id?: string;
    label?: string;
    nummer?: string;
    /** Descriptions of the two CSV columns: ids and labels. */
    csv: { ids: string; labels: string };
  };
  /** Terms appear in an insight's JSON-LD as schema.org DefinedTerms (needs `pagina`). */
  jsonLd?: true;
  /** Part of the working method: the section of the site that shows the terms. */
  methode?: {
    titel: string;
    /** Singular used in the method pages. */
    enkelvoud: string;
    /** Path of the section, relative to the site root. */
    pad: string;
    /** Terms are sections of one page (`pad#id`) instead of pages of their own. */
    alsAnker?: true;
  };
}

const kleine = (t: TermKern) => t.label.toLowerCase();
const meervoudKlein = (t: TermKern) => (t.meervoud ?? t.label).toLowerCase();
const faseTitel = (t: TermKern) => `Fase ${t.nummer}: ${t.label}`;
const kiesUit = (ids: string[]) => `kies uit: ${ids.join(', ')}`;

/** Every taxonomy, in the order of the frontmatter fields of an insight. The key is the file name and the URL. */
export const TAXONOMIEEN = {
  soorten: {
    enkelvoud: 'soort',
    volgorde: 'volgorde',
    inzicht: {
      veld: 'soort',
      meervoudig: false,
      editor: {
        label: 'Soort inzicht',
        hint: 'Succesvoorwaarde: wat het liet slagen. Systeemfout: een structurele oorzaak. Les: wat men een volgende keer anders zou doen.',
      },
      nieuw: (ids) => ids.join(' | '),
    },
    pagina: {
      titel: 'Soorten inzichten',
      intro: 'Elk inzicht is een succesvoorwaarde, een systeemfout of een les.',
      termTitel: (t) => t.meervoud ?? t.label,
      verwijzing: { taxonomie: 'rollen', term: 'gemeente', tekst: 'Bekijk de inzichten voor gemeenten' },
    },
    groepeert: true,
    facet: { sleutel: 'soort', titel: 'Soort', positie: 1 },
    feed: {
      titel: (t) => t.meervoud ?? t.label,
      beschrijving: (t) => `Nieuwe ${meervoudKlein(t)} in de inzichtenbank.`,
    },
    opendata: {
      beschrijving: 'Soort inzicht: succesvoorwaarde, systeemfout of les.',
      csv: { ids: 'Sleutel van de soort.', labels: 'Naam van de soort.' },
    },
    jsonLd: true,
  },
  rollen: {
    enkelvoud: 'rol',
    volgorde: 'bestand',
    inzicht: {
      veld: 'rollen',
      meervoudig: true,
      min: 1,
      editor: { label: 'Rollen', hint: 'Tot wie richt het inzicht zich? Kies er minstens één.' },
      nieuw: (ids) => `voor wie; ${kiesUit(ids)}`,
    },
    zijkolom: { kop: 'Voor wie' },
    pagina: {
      titel: 'Rollen',
      intro: 'Voor wie is een inzicht bedoeld? Kies uw rol en zie wat voor u geldt.',
      termTitel: (t) => `Inzichten voor ${meervoudKlein(t)}`,
      wat: meervoudKlein,
    },
    facet: { sleutel: 'rol', titel: 'Voor wie', positie: 2 },
    feed: {
      titel: (t) => `Inzichten voor ${meervoudKlein(t)}`,
      beschrijving: (t) => `Nieuwe inzichten voor ${meervoudKlein(t)}.`,
    },
    checklist: {
      kruimel: (t) => t.meervoud ?? t.label,
      titel: (t) => `Succesvoorwaarden en valkuilen voor ${meervoudKlein(t)}`,
      paginaTitel: (t) => `Checklist voor ${meervoudKlein(t)}`,
      beschrijving: (t) =>
        `Checklist om af te drukken: wat ${meervoudKlein(t)} moeten weten en doen, volgens de allianties van de Maatschappelijke Alliantie.`,
    },
    opendata: {
      beschrijving: 'Voor wie het inzicht bedoeld is (bijvoorbeeld gemeenten).',
      csv: { ids: 'Sleutels van de rollen.', labels: 'Namen van de rollen.' },
    },
    jsonLd: true,
  },
  fasen: {
    enkelvoud: 'fase',
    volgorde: 'nummer',
    nummering: { voor: '', na: '. ' },
    inzicht: {
      veld: 'fasen',
      meervoudig: true,
      min: 1,
      editor: { label: 'Fasen', hint: 'In welke fase(n) van de werkmethodiek hoort het inzicht? Kies er minstens één.' },
      nieuw: kiesUit,
    },
    zijkolom: { kop: 'Fase van de werkmethodiek' },
    alliantie: { veld: 'fase', kop: 'Allianties die nu in deze fase zitten' },
    pagina: {
      titel: 'Fasen van de werkmethodiek',
      intro:
        'De zes fasen waarin een alliantie wordt gebouwd en gerealiseerd: een doorlopende cyclus van continu leren en bijsturen.',
      termTitel: faseTitel,
      wat: (t) => `fase ${t.nummer}`,
    },
    facet: { sleutel: 'fase', titel: 'Fase', positie: 4 },
    checklist: {
      kruimel: faseTitel,
      titel: faseTitel,
      paginaTitel: (t) => `Checklist fase ${t.nummer}: ${t.label}`,
      beschrijving: (t) =>
        `Checklist om af te drukken voor fase ${t.nummer} van de werkmethodiek: opbrengsten, succesvoorwaarden en valkuilen.`,
    },
    opendata: {
      beschrijving: 'Fasen van de werkmethodiek waar het inzicht bij hoort.',
      id: 'Vaste sleutel van de fase.',
      label: 'Naam van de fase.',
      nummer: 'Plaats van de fase in de werkmethodiek, 1 tot en met 6.',
      csv: { ids: 'Sleutels van de fasen.', labels: 'Namen van de fasen.' },
    },
    jsonLd: true,
  },
  themas: {
    enkelvoud: 'thema',
    volgorde: 'bestand',
    inzicht: {
      veld: 'themas',
      meervoudig: true,
      vanAlliantie: 'thema',
      editor: {
        label: "Thema's",
        hint: 'Alleen voor inzichten zonder alliantie; inzichten van een alliantie krijgen het thema van de alliantie.',
      },
      nieuw: kiesUit,
    },
    zijkolom: { kop: 'Thema', naWerkwijze: true },
    alliantie: { veld: 'thema', kop: 'Allianties' },
    pagina: { titel: "Thema's", intro: 'De maatschappelijke thema’s waarop de allianties werken.' },
    facet: { sleutel: 'thema', titel: 'Thema', positie: 3 },
    feed: {
      titel: (t) => `Thema ${t.label}`,
      beschrijving: (t) => `Nieuwe inzichten over het thema ${kleine(t)}.`,
    },
    opendata: {
      beschrijving: 'Thema’s: dat van de alliantie, of die van het inzicht zelf als het bij geen alliantie hoort.',
      csv: { ids: 'Sleutels van de thema’s.', labels: 'Namen van de thema’s.' },
    },
    jsonLd: true,
  },
  principes: {
    enkelvoud: 'principe',
    volgorde: 'label',
    inzicht: {
      veld: 'principes',
      meervoudig: true,
      wat: 'naam van een principe',
      editor: {
        label: 'Principes (patronen)',
        hint: 'Optioneel. Kies een principe als het inzicht hetzelfde laat zien als inzichten uit andere allianties, en alleen als de bron het echt zegt.',
      },
    },
    methode: { titel: 'Patronen over allianties heen', enkelvoud: 'principe', pad: 'principes/' },
  },
  stappen: {
    enkelvoud: 'stap',
    volgorde: 'nummer',
    nummering: { voor: 'Stap ', na: ': ' },
    inzicht: {
      veld: 'stappen',
      meervoudig: true,
      editor: {
        label: 'Stappen vitale coalitie',
        hint: 'Optioneel. Welke stap(pen) uit het Stappenplan vitale coalities illustreert het inzicht?',
      },
    },
    methode: { titel: 'Stappenplan vitale coalities', enkelvoud: 'stap', pad: 'werkwijze/vitale-coalitie/' },
  },
  voorwaarden: {
    enkelvoud: 'voorwaarde voor collective impact',
    volgorde: 'nummer',
    nummering: { voor: '', na: '. ' },
    inzicht: {
      veld: 'voorwaarden',
      meervoudig: true,
      editor: {
        label: 'Voorwaarden collective impact',
        hint: 'Optioneel. Bij welke van de vijf voorwaarden voor collective impact hoort het inzicht?',
      },
    },
    methode: { titel: 'Vijf voorwaarden voor collective impact', enkelvoud: 'voorwaarde', pad: 'werkwijze/collective-impact/' },
  },
  participatieniveaus: {
    enkelvoud: 'participatieniveau',
    volgorde: 'nummer',
    nummering: { voor: '', na: '. ' },
    inzicht: {
      veld: 'participatieniveaus',
      meervoudig: true,
      wat: 'naam van een participatieniveau',
      editor: {
        label: 'Participatieniveaus',
        hint: 'Optioneel. Over welk participatieniveau gaat het inzicht, van informeren tot zelfontwikkeling?',
      },
    },
    methode: { titel: 'Participatieniveaus', enkelvoud: 'participatieniveau', pad: 'werkwijze/participatieniveaus/' },
  },
  overeenkomst: {
    enkelvoud: 'onderdeel van de samenwerkingsovereenkomst',
    volgorde: 'nummer',
    nummering: { voor: '', na: '. ' },
    inzicht: {
      veld: 'overeenkomst',
      meervoudig: true,
      wat: 'paragraaf van de samenwerkingsovereenkomst',
      editor: {
        label: 'Samenwerkingsovereenkomst',
        hint: 'Optioneel. Bij welke paragraaf van het stramien voor een samenwerkingsovereenkomst hoort het inzicht?',
      },
    },
    methode: {
      titel: 'Stramien voor een samenwerkingsovereenkomst',
      enkelvoud: 'onderdeel',
      pad: 'werkwijze/samenwerkingsovereenkomst/',
      alsAnker: true,
    },
  },
  sectoren: {
    enkelvoud: 'sector',
    volgorde: 'bestand',
    alliantie: { veld: 'sector', kop: 'Allianties met partners uit deze sector' },
    pagina: {
      titel: 'Sectoren',
      intro: 'De sectoren waaruit de partners van de allianties komen.',
      toont: 'allianties',
    },
  },
  bronnen: { enkelvoud: 'brondocument', volgorde: 'bestand' },
  rondes: { enkelvoud: 'ronde', volgorde: 'nummer' },
} as const satisfies Record<string, TaxonomieDefinitie>;

export type TaxonomieNaam = keyof typeof TAXONOMIEEN;
type Def<N extends TaxonomieNaam> = (typeof TAXONOMIEEN)[N];

/** Every taxonomy name, in registry order. */
export const TAXONOMIE_NAMEN = Object.keys(TAXONOMIEEN) as TaxonomieNaam[];

/** The definition of a taxonomy, with the optional parts typed as optional. */
export function definitie(naam: TaxonomieNaam): TaxonomieDefinitie {
  return TAXONOMIEEN[naam];
}

/** Taxonomy names whose definition has a given part: `NaamMet<'pagina'>` is 'soorten' | 'rollen' | … */
export type NaamMet<K extends keyof TaxonomieDefinitie> = {
  [N in TaxonomieNaam]: Def<N> extends Record<K, unknown> ? N : never;
}[TaxonomieNaam];

/** Names of the taxonomies whose definition has a part, in registry order. */
export function namenMet<K extends keyof TaxonomieDefinitie>(deel: K): NaamMet<K>[] {
  return TAXONOMIE_NAMEN.filter((naam): naam is NaamMet<K> => deel in TAXONOMIEEN[naam]);
}

export type PaginaTaxonomie = NaamMet<'pagina'>;
export type MethodeTaxonomie = NaamMet<'methode'>;
export type FeedTaxonomie = NaamMet<'feed'>;
export type ChecklistTaxonomie = NaamMet<'checklist'>;
export type FacetTaxonomie = NaamMet<'facet'>;
/** Taxonomies that insights name in their frontmatter. */
export type InzichtTaxonomie = NaamMet<'inzicht'>;

export function isTaxonomie(naam: string): naam is TaxonomieNaam {
  return Object.hasOwn(TAXONOMIEEN, naam);
}

/** Label with the number where the taxonomy shows it: "Stap 4: Schrijf …", "2. Alliantie vormen". */
export function genummerdLabel(naam: TaxonomieNaam, t: TermKern): string {
  const nummering = definitie(naam).nummering;
  return nummering && t.nummer !== undefined ? `${nummering.voor}${t.nummer}${nummering.na}${t.label}` : t.label;
}

/**
 * Builds an object with one value per taxonomy, typed per taxonomy (`T`, a mapped type such as
 * `{ [N in TaxonomieNaam]: TermVan<N>[] }`). TypeScript cannot relate a value made in a loop to its
 * own key (microsoft/TypeScript#30581), so this is the one place that asserts it: `maak` must return,
 * for each name, a value of that name's type. src/taxonomies/registry.test.ts checks the results.
 */
export function perTaxonomie<T extends { [N in TaxonomieNaam]: unknown }>(maak: (naam: TaxonomieNaam) => unknown): T {
  return alsObject<T>(TAXONOMIE_NAMEN.map((naam) => [naam, maak(naam)]));
}

/** A part of a taxonomy's definition that the type of `naam` guarantees: `deel('rollen', 'pagina').titel`. */
export function deel<K extends keyof TaxonomieDefinitie>(naam: NoInfer<NaamMet<K>>, k: K): NonNullable<TaxonomieDefinitie[K]> {
  const waarde = definitie(naam)[k];
  if (waarde === undefined || waarde === null) throw new Error(`De taxonomie ${naam} heeft geen ${String(k)}.`);
  return waarde;
}

/** The frontmatter field through which insights name terms of a taxonomy. */
export const definitieVanInzicht = (naam: InzichtTaxonomie) => deel(naam, 'inzicht');

/**
 * An object from key-value pairs whose keys follow from the registry (field names, taxonomy names).
 * Like `perTaxonomie`, the one assertion that a loop produced the keys its type names.
 */
export function alsObject<T extends object>(paren: [string, unknown][]): T {
  return Object.fromEntries(paren) as T;
}
