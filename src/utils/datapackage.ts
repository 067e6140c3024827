/**
 * /open-data/datapackage.json: a Frictionless Data Package (https://specs.frictionlessdata.io/)
 * that describes every open-data file, so standard tools read the CSVs with the right options.
 * Generated from the CSV column definitions (src/utils/opendata.ts: name, description, type)
 * and the taxonomies (the allowed values of every taxonomy column), never written by hand.
 */
import { STATUSSEN } from '../schemas/alliantie.ts';
import { CSV_REGELEINDE, CSV_SCHEIDINGSTEKEN } from './csv.ts';
import { LICENTIE, SITE_NAAM, UITGEVER } from './metadata.ts';
import { ALLIANTIE_KOLOMMEN, INZICHT_KOLOMMEN, LIJST_SCHEIDING, OPEN_DATA, openDataUrl, type CsvKolom } from './opendata.ts';
import { statusLabel, type SiteData } from './site.ts';
import { absoluut, url } from './urls.ts';

export const DATAPACKAGE = 'datapackage.json';

/**
 * The CSV dialect: semicolons, CRLF, every text cell quoted with doubled inner quotes, and a
 * byte order mark before the header (Dutch Excel needs both the semicolon and the BOM).
 * Frictionless writes a BOM-prefixed UTF-8 file as encoding "utf-8-sig" (Python's name for it).
 */
export const CSV_DIALECT = {
  delimiter: CSV_SCHEIDINGSTEKEN,
  lineTerminator: CSV_REGELEINDE,
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
  caseSensitiveHeader: true,
} as const;
export const CSV_ENCODING = 'utf-8-sig';

/** A Table Schema field. */
export interface TabelVeld {
  name: string;
  title?: string;
  description: string;
  type: 'string' | 'integer' | 'date';
  format?: 'uri' | 'default';
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number };
}

const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Values a cell may hold: one of `waarden`, or with `lijst` several joined by " | ". */
function toegestaan(waarden: string[], lijst: boolean): TabelVeld['constraints'] {
  if (!lijst) return { enum: waarden };
  const een = `(?:${waarden.map(regexEscape).join('|')})`;
  return { pattern: `${een}(?:${regexEscape(LIJST_SCHEIDING)}${een})*` };
}

/** The allowed values of a column bound to a taxonomy: the ids or the labels of its terms. */
function taxonomieWaarden(site: SiteData, kolom: CsvKolom<never>): string[] | undefined {
  if (kolom.status) return kolom.status === 'id' ? Object.keys(STATUSSEN) : Object.keys(STATUSSEN).map(statusLabel);
  if (!kolom.taxonomie) return undefined;
  const { naam, deel } = kolom.taxonomie;
  const termen = site[naam] as { id: string }[];
  return termen.map((t) => (deel === 'id' ? t.id : site.label(naam, t.id)));
}

export function tabelVeld(site: SiteData, kolom: CsvKolom<never>): TabelVeld {
  const veld: TabelVeld = { name: kolom.naam, description: kolom.beschrijving, type: kolom.type ?? 'string' };
  if (kolom.formaat) veld.format = kolom.formaat;
  const constraints: NonNullable<TabelVeld['constraints']> = {};
  if (kolom.verplicht) constraints.required = true;
  if (kolom.uniek) constraints.unique = true;
  const waarden = taxonomieWaarden(site, kolom);
  if (waarden) Object.assign(constraints, toegestaan(waarden, kolom.lijst ?? false));
  else if (kolom.patroon) constraints.pattern = kolom.patroon;
  if (kolom.type === 'integer' && kolom.minimum !== undefined) constraints.minimum = kolom.minimum;
  if (Object.keys(constraints).length) veld.constraints = constraints;
  return veld;
}

function csvResource(
  site: SiteData,
  naam: string,
  pad: string,
  titel: string,
  beschrijving: string,
  kolommen: readonly CsvKolom<never>[],
  extra: Record<string, unknown> = {},
) {
  return {
    name: naam,
    path: pad,
    title: titel,
    description: beschrijving,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: CSV_ENCODING,
    dialect: CSV_DIALECT,
    schema: {
      fields: kolommen.map((k) => tabelVeld(site, k)),
      // An empty cell is a missing value; text cells are always quoted, so an empty text is "".
      missingValues: [''],
      primaryKey: 'id',
      ...extra,
    },
  };
}

const jsonResource = (naam: string, pad: string, titel: string, beschrijving: string, mediatype = 'application/json') => ({
  name: naam,
  path: pad,
  title: titel,
  description: beschrijving,
  profile: 'data-resource',
  format: 'json',
  mediatype,
  encoding: 'utf-8',
});

const BOM_UITLEG =
  'UTF-8 met BOM (byte order mark), puntkomma als scheidingsteken, CRLF als regeleinde; elke tekstcel staat tussen ' +
  `dubbele aanhalingstekens. Een cel met meerdere waarden scheidt ze met "${LIJST_SCHEIDING}". Een cel die met =, +, - ` +
  "of @ begint, krijgt een apostrof (') ervoor, zodat een spreadsheet er geen formule van maakt.";

/** The whole descriptor; `gegenereerd` is the build's time, as in the JSON exports. */
export function dataPackage(site: SiteData, gegenereerd = new Date()) {
  return {
    // 'data-package': the CSVs are tabular resources, the JSON files and their schemas are not.
    profile: 'data-package',
    name: 'inzichtenbank',
    id: absoluut(openDataUrl(DATAPACKAGE)),
    title: `${SITE_NAAM}: inzichten en allianties`,
    description:
      'Succesvoorwaarden, systeemfouten en lessen uit de publiek-private allianties van de Maatschappelijke Alliantie, ' +
      'en de allianties zelf. Dezelfde gegevens staan in JSON (met JSON Schema) en in CSV (met deze Table Schema’s). ' +
      `Uitleg: ${absoluut(openDataUrl())}`,
    homepage: absoluut(url()),
    created: gegenereerd.toISOString(),
    keywords: ['maatschappelijke alliantie', 'inzichten', 'succesvoorwaarden', 'systeemfouten', 'lessen', 'allianties'],
    licenses: [{ name: 'CC-BY-4.0', title: LICENTIE.naam, path: LICENTIE.url }],
    contributors: [{ title: UITGEVER.naam, path: UITGEVER.url, role: 'publisher' }],
    resources: [
      csvResource(
        site,
        'inzichten',
        OPEN_DATA.inzichtenCsv,
        'Inzichten (CSV)',
        `Eén rij per gepubliceerd inzicht. ${BOM_UITLEG}`,
        INZICHT_KOLOMMEN,
        { foreignKeys: [{ fields: 'alliantie', reference: { resource: 'allianties', fields: 'id' } }] },
      ),
      csvResource(
        site,
        'allianties',
        OPEN_DATA.alliantiesCsv,
        'Allianties (CSV)',
        `Eén rij per gepubliceerde alliantie. ${BOM_UITLEG}`,
        ALLIANTIE_KOLOMMEN,
      ),
      jsonResource(
        'inzichten-json',
        OPEN_DATA.inzichtenJson,
        'Inzichten (JSON)',
        `Alle gepubliceerde inzichten, met lijsten en bronnen als JSON. Vorm: ${OPEN_DATA.inzichtenSchema}.`,
      ),
      jsonResource(
        'allianties-json',
        OPEN_DATA.alliantiesJson,
        'Allianties (JSON)',
        `Alle gepubliceerde allianties als JSON. Vorm: ${OPEN_DATA.alliantiesSchema}.`,
      ),
      jsonResource(
        'inzichten-schema',
        OPEN_DATA.inzichtenSchema,
        'JSON Schema van inzichten.json',
        'Beschrijft elk veld van inzichten.json.',
        'application/schema+json',
      ),
      jsonResource(
        'allianties-schema',
        OPEN_DATA.alliantiesSchema,
        'JSON Schema van allianties.json',
        'Beschrijft elk veld van allianties.json.',
        'application/schema+json',
      ),
    ],
  };
}
