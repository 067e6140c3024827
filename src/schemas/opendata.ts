import { z } from 'astro/zod';

/**
 * Shape of the open-data exports (`/open-data/*.json`). One source for three
 * outputs: the type the exporter must satisfy, the JSON Schema served next to
 * each file, and the field table on the /open-data/ page. The descriptions are
 * Dutch because they are read by the people who reuse the data.
 */

const term = (wat: string) =>
  z.strictObject({
    id: z.string().describe(`Vaste sleutel van de ${wat} (zoals in de URL van de ${wat}).`),
    label: z.string().describe(`Naam van de ${wat} zoals de site die toont.`),
  });

const fase = z.strictObject({
  id: z.string().describe('Vaste sleutel van de fase.'),
  label: z.string().describe('Naam van de fase.'),
  nummer: z.number().int().describe('Plaats van de fase in de werkmethodiek, 1 tot en met 6.'),
});

const bron = z
  .strictObject({
    document: z
      .string()
      .nullable()
      .describe('Sleutel van het brondocument, of null voor een bron buiten de lijst van documenten.'),
    titel: z.string().describe('Titel van het brondocument.'),
    uitgever: z.string().nullable().describe('Uitgever van het document, als bekend.'),
    jaar: z.number().int().nullable().describe('Jaar van uitgave, als bekend.'),
    sectie: z.string().nullable().describe('Hoofdstuk of sectie in het document.'),
    pagina: z.string().nullable().describe('Pagina(s) in het document.'),
    url: z.url().nullable().describe('Webadres van de bron, als die er is.'),
  })
  .describe('Een bron waar de informatie vandaan komt.');

const citaat = z
  .strictObject({
    tekst: z.string().describe('Het citaat, letterlijk uit de bron.'),
    naam: z.string().describe('Naam van de geciteerde persoon.'),
    functie: z.string().nullable().describe('Functie van de geciteerde persoon, als de bron die noemt.'),
    organisatie: z.string().describe('Organisatie van de geciteerde persoon.'),
  })
  .describe('Een letterlijk citaat van een persoon.');

const datum = z.iso.date().describe('Datum van publicatie in de inzichtenbank (JJJJ-MM-DD).');
const tekst = z.string().describe('De volledige tekst in Markdown, zoals de redactie die schreef.');

export const inzichtExportSchema = z
  .strictObject({
    id: z.string().describe('Vaste sleutel van het inzicht; ook het laatste deel van de URL.'),
    url: z.url().describe('Vast webadres van het inzicht.'),
    titel: z.string().describe('Titel: één inzicht, geformuleerd als wat een partij doet.'),
    soort: term('soort').describe('Soort inzicht: succesvoorwaarde, systeemfout of les.'),
    samenvatting: z.string().describe('Samenvatting in één of twee zinnen.'),
    rollen: z.array(term('rol')).describe('Voor wie het inzicht bedoeld is (bijvoorbeeld gemeenten).'),
    fasen: z.array(fase).describe('Fasen van de werkmethodiek waar het inzicht bij hoort.'),
    themas: z
      .array(term('thema'))
      .describe('Thema’s: dat van de alliantie, of die van het inzicht zelf als het bij geen alliantie hoort.'),
    alliantie: z
      .strictObject({
        id: z.string().describe('Vaste sleutel van de alliantie.'),
        naam: z.string().describe('Naam van de alliantie.'),
        url: z.url().describe('Webadres van de alliantie.'),
      })
      .nullable()
      .describe('De alliantie waaruit het inzicht komt, of null als het bij geen alliantie hoort.'),
    tags: z.array(z.string()).describe('Vrije trefwoorden.'),
    citaten: z.array(citaat).describe('Letterlijke citaten bij het inzicht.'),
    bronnen: z.array(bron).describe('Waar het inzicht vandaan komt.'),
    datum,
    citeerAls: z.string().describe('Aanbevolen verwijzing om het inzicht te citeren.'),
    tekst,
  })
  .describe('Eén gepubliceerd inzicht.');

export const alliantieExportSchema = z
  .strictObject({
    id: z.string().describe('Vaste sleutel van de alliantie; ook het laatste deel van de URL.'),
    url: z.url().describe('Vast webadres van de alliantie.'),
    naam: z.string().describe('Naam van de alliantie.'),
    samenvatting: z.string().describe('Samenvatting in één of twee zinnen.'),
    thema: term('thema').describe('Thema waarop de alliantie werkt.'),
    startjaar: z.number().int().describe('Jaar waarin de alliantie begon.'),
    fase: fase.nullable().describe('Fase van de werkmethodiek waarin de alliantie nu zit, of null als de bron dat niet zegt.'),
    status: term('status').describe('Actief, verzelfstandigd of afgerond.'),
    doel: z.string().describe('Wat de alliantie wil bereiken.'),
    aanleiding: z.array(z.string()).describe('De feiten (met cijfers) die aanleiding waren voor de alliantie.'),
    partners: z
      .array(
        z.strictObject({
          naam: z.string().describe('Naam van de partnerorganisatie.'),
          sector: term('sector').nullable().describe('Sector waaruit de partner komt, of null als de bron die niet noemt.'),
        }),
      )
      .describe('Partnerorganisaties en hun sector.'),
    plaatsen: z.array(z.string()).describe('Plaatsen waar de alliantie werkt.'),
    resultaten: z.array(z.string()).describe('Resultaten tot nu toe.'),
    website: z.url().nullable().describe('Website van de alliantie of haar product, als die er is.'),
    bronnen: z.array(bron).describe('Waar de gegevens vandaan komen.'),
    datum,
    inzichten: z.array(z.string()).describe('Sleutels (id) van de gepubliceerde inzichten uit deze alliantie.'),
    tekst,
  })
  .describe('Eén gepubliceerde alliantie.');

/** The envelope around the records: who publishes the data, under which licence, and when it was made. */
function envelop(wat: string) {
  return {
    $schema: z.url().describe('Webadres van het JSON Schema van dit bestand.'),
    titel: z.string().describe('Naam van de dataset.'),
    beschrijving: z.string().describe('Wat de dataset bevat.'),
    uitgever: z.strictObject({ naam: z.string(), url: z.url() }).describe('Wie de dataset uitgeeft.'),
    licentie: z.strictObject({ naam: z.string(), url: z.url() }).describe('Licentie waaronder u de gegevens mag hergebruiken.'),
    documentatie: z.url().describe('Pagina met uitleg over de velden, de licentie en hoe u citeert.'),
    gegenereerd: z.iso.datetime().describe('Moment waarop de dataset is gemaakt (bij het bouwen van de site).'),
    aantal: z.number().int().nonnegative().describe(`Aantal ${wat} in dit bestand.`),
  };
}
const alleen = (wat: string) => `Alle gepubliceerde ${wat}, nieuwste eerst. Concepten en ${wat} onder embargo staan er niet in.`;

export const inzichtenBestandSchema = z
  .strictObject({ ...envelop('inzichten'), inzichten: z.array(inzichtExportSchema).describe(alleen('inzichten')) })
  .describe('Open data van de Inzichtenbank: alle gepubliceerde inzichten.');
export const alliantiesBestandSchema = z
  .strictObject({
    ...envelop('allianties'),
    allianties: z.array(alliantieExportSchema).describe(alleen('allianties').replace('nieuwste eerst', 'op naam')),
  })
  .describe('Open data van de Inzichtenbank: alle gepubliceerde allianties.');

export type InzichtExport = z.infer<typeof inzichtExportSchema>;
export type InzichtenBestand = z.infer<typeof inzichtenBestandSchema>;
export type AlliantiesBestand = z.infer<typeof alliantiesBestandSchema>;
export type AlliantieExport = z.infer<typeof alliantieExportSchema>;

/** JSON Schema (draft 2020-12) of an export file, with its own address as `$id`. */
export function alsJsonSchema(schema: z.ZodType, id: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { $schema: json.$schema, $id: id, title: json.description, ...json };
}

/** The documented fields of a record schema, for the field table on /open-data/. */
export interface VeldDoc {
  naam: string;
  type: string;
  beschrijving: string;
}
export function veldDocs(schema: z.ZodType): VeldDoc[] {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as JsonSchemaNode;
  return Object.entries(json.properties ?? {}).map(([naam, veld]) => ({
    naam,
    type: typeNaam(veld),
    beschrijving: veld.description ?? '',
  }));
}

interface JsonSchemaNode {
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

function typeNaam(node: JsonSchemaNode): string {
  if (node.anyOf) return node.anyOf.map(typeNaam).join(' of ');
  if (node.type === 'array') return `lijst van ${node.items ? typeNaam(node.items) : 'waarden'}`;
  if (node.type === 'object') return node.properties ? `object (${Object.keys(node.properties).join(', ')})` : 'object';
  if (node.type === 'string' && node.format === 'uri') return 'URL';
  if (node.type === 'string' && node.format === 'date') return 'datum';
  if (node.type === 'string') return 'tekst';
  if (node.type === 'integer') return 'geheel getal';
  if (node.type === 'null') return 'null';
  return node.type ?? 'waarde';
}
