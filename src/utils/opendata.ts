/**
 * The open-data exports (/open-data/*.json and *.csv), built from the same
 * published data as the pages (getSiteData), so drafts and embargoed entries
 * never appear. Every function here is linear in the number of entries. The
 * taxonomy fields and columns are those with an `opendata` part in the registry.
 */
import type {
  AlliantieExport,
  AlliantiesBestand,
  EnkelVeld,
  InzichtenBestand,
  InzichtExport,
  MeerVeld,
  TermExport,
} from '../schemas/opendata.ts';
import { alsObject, deel, definitie, namenMet, TAXONOMIEEN, type TaxonomieNaam } from '../taxonomies/registry.ts';
import type { Alliantie } from './content.ts';
import type { CsvWaarde } from './csv.ts';
import { LICENTIE, UITGEVER, citeerTekst } from './metadata.ts';
import { statusLabel, type InzichtMetContext, type SiteData } from './site.ts';
import { isoDatum } from './datum.ts';
import { absoluut, alliantieUrl, inzichtUrl, url } from './urls.ts';

/** The files under /open-data/, by name. */
export const OPEN_DATA = {
  inzichtenJson: 'inzichten.json',
  inzichtenCsv: 'inzichten.csv',
  inzichtenSchema: 'inzichten.schema.json',
  alliantiesJson: 'allianties.json',
  alliantiesCsv: 'allianties.csv',
  alliantiesSchema: 'allianties.schema.json',
} as const;

export const openDataUrl = (bestand = '') => url(`open-data/${bestand}`);

type Bron = InzichtExport['bronnen'][number];

function bronnen(
  site: SiteData,
  lijst: { document?: string; titel?: string; sectie?: string; pagina?: string | number; url?: string }[],
): Bron[] {
  return lijst.map((b) => {
    const doc = b.document ? site.term('bronnen', b.document) : undefined;
    return {
      document: b.document ?? null,
      titel: b.titel ?? doc?.titel ?? b.document ?? '',
      uitgever: doc?.uitgever ?? null,
      jaar: doc?.jaar ?? null,
      sectie: b.sectie ?? null,
      pagina: b.pagina === undefined ? null : String(b.pagina),
      url: b.url ?? doc?.url ?? null,
    };
  });
}

/** A term as the export shows it: id and label, and its number where the registry exports one. */
function term(site: SiteData, taxonomie: TaxonomieNaam, id: string): TermExport {
  const kern = site.kern(taxonomie, id);
  const uit: TermExport = { id, label: kern?.label ?? id };
  if (definitie(taxonomie).opendata?.nummer) uit.nummer = kern?.nummer ?? 0;
  return uit;
}

/** The taxonomy fields of an insight, named as in its frontmatter: one term or a list of terms. */
function taxonomieVelden(inzicht: InzichtMetContext, site: SiteData, meervoudig: boolean) {
  const paren: [string, TermExport | TermExport[]][] = [];
  for (const naam of namenMet('opendata')) {
    const veld = deel(naam, 'inzicht');
    if (veld.meervoudig !== meervoudig) continue;
    const termen = site.idsVan(inzicht, naam).map((id) => term(site, naam, id));
    paren.push([veld.veld, meervoudig ? termen : termen[0]]);
  }
  return paren;
}

export function inzichtExport(inzicht: InzichtMetContext, site: SiteData): InzichtExport {
  const { data } = inzicht.entry;
  return {
    id: inzicht.id,
    url: absoluut(inzichtUrl(inzicht.id)),
    titel: data.titel,
    ...alsObject<Pick<InzichtExport, EnkelVeld>>(taxonomieVelden(inzicht, site, false)),
    samenvatting: data.samenvatting,
    ...alsObject<Pick<InzichtExport, MeerVeld>>(taxonomieVelden(inzicht, site, true)),
    alliantie: inzicht.alliantie
      ? { id: inzicht.alliantie.id, naam: inzicht.alliantie.data.naam, url: absoluut(alliantieUrl(inzicht.alliantie.id)) }
      : null,
    tags: data.tags,
    citaten: data.citaten.map((c) => ({ tekst: c.tekst, naam: c.naam, functie: c.functie ?? null, organisatie: c.organisatie })),
    bronnen: bronnen(site, data.bronnen),
    datum: isoDatum(data.datum),
    citeerAls: citeerTekst(inzicht),
    tekst: (inzicht.entry.body ?? '').trim(),
  };
}

export function alliantieExport(alliantie: Alliantie, site: SiteData): AlliantieExport {
  const { data } = alliantie;
  return {
    id: alliantie.id,
    url: absoluut(alliantieUrl(alliantie.id)),
    naam: data.naam,
    samenvatting: data.samenvatting,
    thema: term(site, 'themas', data.thema),
    startjaar: data.startjaar,
    fase: data.fase ? term(site, 'fasen', data.fase) : null,
    status: { id: data.status, label: statusLabel(data.status) },
    doel: data.doel,
    aanleiding: data.aanleiding,
    partners: data.partners.map((p) => ({ naam: p.naam, sector: p.sector ? term(site, 'sectoren', p.sector) : null })),
    plaatsen: data.plaatsen,
    resultaten: data.resultaten,
    website: data.website ?? null,
    bronnen: bronnen(site, data.bronnen),
    datum: isoDatum(data.datum),
    inzichten: site.inzichtenVan(alliantie.id).map((i) => i.id),
    tekst: (alliantie.body ?? '').trim(),
  };
}

function envelop(schema: string, titel: string, beschrijving: string, gegenereerd: Date) {
  return {
    $schema: absoluut(openDataUrl(schema)),
    titel,
    beschrijving,
    uitgever: { naam: UITGEVER.naam, url: UITGEVER.url },
    licentie: { naam: LICENTIE.naam, url: LICENTIE.url },
    documentatie: absoluut(openDataUrl()),
    gegenereerd: gegenereerd.toISOString(),
  };
}

export function inzichtenBestand(site: SiteData, gegenereerd = new Date()): InzichtenBestand {
  const inzichten = site.inzichten.map((i) => inzichtExport(i, site));
  return {
    ...envelop(
      OPEN_DATA.inzichtenSchema,
      'Inzichten uit de Inzichtenbank van de Maatschappelijke Alliantie',
      'Succesvoorwaarden, systeemfouten en lessen uit de publiek-private allianties van de Maatschappelijke Alliantie.',
      gegenereerd,
    ),
    aantal: inzichten.length,
    inzichten,
  };
}

export function alliantiesBestand(site: SiteData, gegenereerd = new Date()): AlliantiesBestand {
  const allianties = site.allianties.map((a) => alliantieExport(a, site));
  return {
    ...envelop(
      OPEN_DATA.alliantiesSchema,
      'Allianties van de Maatschappelijke Alliantie',
      'De publiek-private allianties van de Maatschappelijke Alliantie: opgave, doel, partners, resultaten en bronnen.',
      gegenereerd,
    ),
    aantal: allianties.length,
    allianties,
  };
}

// ---------------------------------------------------------------------------
// CSV: one row per entry; lists are joined with " | ", ids and labels in separate columns.

export const LIJST_SCHEIDING = ' | ';
const lijst = (waarden: readonly (string | number)[]) => waarden.join(LIJST_SCHEIDING);
function bronTekst(b: Bron): string {
  let tekst = b.titel;
  if (b.jaar) tekst += ` (${b.jaar})`;
  if (b.sectie) tekst += `, ${b.sectie}`;
  if (b.pagina) tekst += `, p. ${b.pagina}`;
  if (b.url) tekst += ` <${b.url}>`;
  return tekst;
}

export interface CsvKolom<T> {
  naam: string;
  beschrijving: string;
  waarde: (rij: T) => CsvWaarde;
  // What the Table Schema in /open-data/datapackage.json says of the column (src/utils/datapackage.ts).
  /** Table Schema type; default string. */
  type?: 'integer' | 'date';
  formaat?: 'uri';
  /** Never empty. */
  verplicht?: boolean;
  /** No two rows share a value. */
  uniek?: boolean;
  /** Pattern every value matches (when the column has no list of allowed values). */
  patroon?: string;
  minimum?: number;
  /** The column holds the ids or the labels of terms of this taxonomy. */
  taxonomie?: { naam: TaxonomieNaam; deel: 'id' | 'label' };
  /** The column holds the id or label of an alliance's status. */
  status?: 'id' | 'label';
  /** Several values in one cell, joined by LIJST_SCHEIDING. */
  lijst?: boolean;
}

/** Ids (slugs): lower-case letters, digits and hyphens. */
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';

/**
 * Two columns per taxonomy with open data: the ids (`rollen`) and the labels (`rollen_labels`; `soort_label` for one).
 * A column is never empty when every insight names at least one term of its own (not its alliance's).
 */
function taxonomieKolommen(meervoudig: boolean): CsvKolom<InzichtExport>[] {
  return namenMet('opendata').flatMap((naam) => {
    const veld = TAXONOMIEEN[naam].inzicht;
    if (veld.meervoudig !== meervoudig) return [];
    const { csv } = deel(naam, 'opendata');
    const verplicht = !veld.meervoudig || ('min' in veld && veld.min > 0);
    const termen = (r: InzichtExport): TermExport[] => [r[veld.veld]].flat();
    const kolom = (deelVan: 'id' | 'label'): CsvKolom<InzichtExport> => ({
      naam: deelVan === 'id' ? veld.veld : `${veld.veld}${meervoudig ? '_labels' : '_label'}`,
      beschrijving: deelVan === 'id' ? csv.ids : csv.labels,
      ...(verplicht && { verplicht }),
      taxonomie: { naam, deel: deelVan },
      ...(meervoudig && { lijst: true }),
      waarde: (r) => lijst(termen(r).map((t) => t[deelVan])),
    });
    return [kolom('id'), kolom('label')];
  });
}

export const INZICHT_KOLOMMEN: CsvKolom<InzichtExport>[] = [
  {
    naam: 'id',
    beschrijving: 'Vaste sleutel van het inzicht.',
    verplicht: true,
    uniek: true,
    patroon: SLUG,
    waarde: (r) => r.id,
  },
  { naam: 'titel', beschrijving: 'Titel van het inzicht.', verplicht: true, waarde: (r) => r.titel },
  ...taxonomieKolommen(false),
  { naam: 'samenvatting', beschrijving: 'Samenvatting.', verplicht: true, waarde: (r) => r.samenvatting },
  {
    naam: 'alliantie',
    beschrijving: 'Sleutel van de alliantie (leeg als het inzicht bij geen alliantie hoort).',
    patroon: SLUG,
    waarde: (r) => r.alliantie?.id,
  },
  { naam: 'alliantie_naam', beschrijving: 'Naam van de alliantie.', waarde: (r) => r.alliantie?.naam },
  ...taxonomieKolommen(true),
  { naam: 'tags', beschrijving: 'Trefwoorden.', waarde: (r) => lijst(r.tags) },
  {
    naam: 'citaten',
    beschrijving: 'Citaten, één per regel: “tekst” — naam, functie, organisatie.',
    waarde: (r) =>
      r.citaten.map((c) => `“${c.tekst}” — ${[c.naam, c.functie, c.organisatie].filter(Boolean).join(', ')}`).join('\n'),
  },
  {
    naam: 'bronnen',
    beschrijving: 'Bronnen: titel (jaar), sectie, pagina <url>.',
    waarde: (r) => lijst(r.bronnen.map(bronTekst)),
  },
  { naam: 'datum', beschrijving: 'Datum van publicatie (JJJJ-MM-DD).', type: 'date', verplicht: true, waarde: (r) => r.datum },
  { naam: 'url', beschrijving: 'Webadres van het inzicht.', formaat: 'uri', verplicht: true, waarde: (r) => r.url },
  { naam: 'alliantie_url', beschrijving: 'Webadres van de alliantie.', formaat: 'uri', waarde: (r) => r.alliantie?.url },
  { naam: 'citeer_als', beschrijving: 'Aanbevolen verwijzing.', verplicht: true, waarde: (r) => r.citeerAls },
  { naam: 'tekst', beschrijving: 'Volledige tekst (Markdown).', waarde: (r) => r.tekst },
];

export const ALLIANTIE_KOLOMMEN: CsvKolom<AlliantieExport>[] = [
  {
    naam: 'id',
    beschrijving: 'Vaste sleutel van de alliantie.',
    verplicht: true,
    uniek: true,
    patroon: SLUG,
    waarde: (r) => r.id,
  },
  { naam: 'naam', beschrijving: 'Naam van de alliantie.', verplicht: true, waarde: (r) => r.naam },
  { naam: 'samenvatting', beschrijving: 'Samenvatting.', verplicht: true, waarde: (r) => r.samenvatting },
  {
    naam: 'thema',
    beschrijving: 'Sleutel van het thema.',
    verplicht: true,
    taxonomie: { naam: 'themas', deel: 'id' },
    waarde: (r) => r.thema.id,
  },
  {
    naam: 'thema_label',
    beschrijving: 'Naam van het thema.',
    verplicht: true,
    taxonomie: { naam: 'themas', deel: 'label' },
    waarde: (r) => r.thema.label,
  },
  {
    naam: 'startjaar',
    beschrijving: 'Jaar waarin de alliantie begon.',
    type: 'integer',
    verplicht: true,
    waarde: (r) => r.startjaar,
  },
  {
    naam: 'fase',
    beschrijving: 'Sleutel van de huidige fase (leeg als onbekend).',
    taxonomie: { naam: 'fasen', deel: 'id' },
    waarde: (r) => r.fase?.id,
  },
  {
    naam: 'fase_label',
    beschrijving: 'Naam van de huidige fase.',
    taxonomie: { naam: 'fasen', deel: 'label' },
    waarde: (r) => r.fase?.label,
  },
  { naam: 'status', beschrijving: 'Sleutel van de status.', verplicht: true, status: 'id', waarde: (r) => r.status.id },
  {
    naam: 'status_label',
    beschrijving: 'Status: actief, verzelfstandigd of afgerond.',
    verplicht: true,
    status: 'label',
    waarde: (r) => r.status.label,
  },
  { naam: 'doel', beschrijving: 'Doel van de alliantie.', waarde: (r) => r.doel },
  { naam: 'aanleiding', beschrijving: 'Feiten die aanleiding waren, één per regel.', waarde: (r) => r.aanleiding.join('\n') },
  {
    naam: 'partners',
    beschrijving: 'Partners met hun sector: naam (sector), of alleen de naam als de bron geen sector noemt.',
    waarde: (r) => lijst(r.partners.map((p) => (p.sector ? `${p.naam} (${p.sector.label})` : p.naam))),
  },
  { naam: 'plaatsen', beschrijving: 'Plaatsen.', waarde: (r) => lijst(r.plaatsen) },
  { naam: 'resultaten', beschrijving: 'Resultaten, één per regel.', waarde: (r) => r.resultaten.join('\n') },
  { naam: 'website', beschrijving: 'Website van de alliantie.', formaat: 'uri', waarde: (r) => r.website },
  {
    naam: 'bronnen',
    beschrijving: 'Bronnen: titel (jaar), sectie, pagina <url>.',
    waarde: (r) => lijst(r.bronnen.map(bronTekst)),
  },
  { naam: 'datum', beschrijving: 'Datum van publicatie (JJJJ-MM-DD).', type: 'date', verplicht: true, waarde: (r) => r.datum },
  {
    naam: 'aantal_inzichten',
    beschrijving: 'Aantal gepubliceerde inzichten.',
    type: 'integer',
    verplicht: true,
    minimum: 0,
    waarde: (r) => r.inzichten.length,
  },
  {
    naam: 'inzichten',
    beschrijving: 'Sleutels van de gepubliceerde inzichten.',
    patroon: `${SLUG}(?: \\| ${SLUG})*`,
    waarde: (r) => lijst(r.inzichten),
  },
  { naam: 'url', beschrijving: 'Webadres van de alliantie.', formaat: 'uri', verplicht: true, waarde: (r) => r.url },
  { naam: 'tekst', beschrijving: 'Volledige tekst (Markdown).', waarde: (r) => r.tekst },
];
