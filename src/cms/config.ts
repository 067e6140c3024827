import path from 'node:path';
import { z } from 'astro/zod';
import { alliantieSchema, STATUSSEN } from '../schemas/alliantie.ts';
import { inzichtSchema } from '../schemas/inzicht.ts';
import { deel, genummerdLabel, namenMet, perTaxonomie, type TaxonomieNaam } from '../taxonomies/registry.ts';
import type { SiteData } from '../utils/site.ts';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { componenten } from './componenten.ts';
import { bestandsnaamTekst, blokVeldTeksten, bodyTekst, enkelvoudVan, veldTeksten, type VeldTekst } from './velden.ts';

/**
 * The Decap CMS configuration (`/admin/config.yml`), generated at build time from the
 * Zod schemas, the taxonomy files and the alliances in the content. Field names,
 * required flags, lengths and choice lists come from the schemas; a new role, phase or
 * alliance shows up in the editor after the next build without code changes.
 */

/** Id and Dutch label of every term, per taxonomy. */
export type TaxonomieLabels = Record<TaxonomieNaam, { id: string; label: string }[]>;

/** The Dutch label of every choice, for every taxonomy of the registry, numbered where the site numbers it ("2. Alliantie vormen"). */
export function keuzeLabels(site: Pick<SiteData, 'termen' | 'kern'>): TaxonomieLabels {
  return perTaxonomie<TaxonomieLabels>((naam) =>
    site.termen(naam).map((t) => ({ id: t.id, label: genummerdLabel(naam, site.kern(naam, t.id) ?? { id: t.id, label: t.id }) })),
  );
}

/** Which taxonomy a frontmatter field takes its ids from: the insight fields and the alliance fields of the registry. */
const taxonomieVanVeld = new Map<string, TaxonomieNaam>([
  ...namenMet('alliantie').map((naam) => [deel(naam, 'alliantie').veld, naam] as const),
  ...namenMet('inzicht').map((naam) => [deel(naam, 'inzicht').veld, naam] as const),
]);

export interface CmsInvoer {
  labels: TaxonomieLabels;
  /** Every alliance in the content (drafts too): folder name and name. */
  allianties: { id: string; naam: string }[];
  /** Ids (file names) already used by insights and alliances, so a new one gets a free one. */
  bezet: { inzichten: string[]; allianties: string[] };
  /** Content folder relative to the repository root, normally `content`. */
  contentMap?: string;
  /** The site's public address and base path, for links from the editor to the site. */
  siteUrl?: string;
  /** GitHub repository, `owner/name`. */
  repo?: string;
  /** Branch that the site is built from; pull requests go into it. */
  branch?: string;
  /** Address of the OAuth helper that logs staff in with GitHub (see docs/redactie-beheer.md). */
  oauthUrl?: string;
}

type Veld = Record<string, unknown>;
type Schema = z.ZodType & { _zod: { def: Record<string, any> } };

function def(s: Schema) {
  return s._zod.def;
}

/** Peels `.optional()` and `.default()`; reports whether the field may be left out. */
function kern(s: Schema): { schema: Schema; verplicht: boolean } {
  let huidig = s;
  for (;;) {
    const d = def(huidig);
    if (['optional', 'default', 'nullable', 'prefault'].includes(d.type)) huidig = d.innerType;
    // A pipe (`z.preprocess`, `.pipe()`) is edited as what it produces; a transform at its end as what it takes.
    else if (d.type === 'pipe') huidig = def(d.out).type === 'transform' ? d.in : d.out;
    else return { schema: huidig, verplicht: !s.safeParse(undefined).success };
  }
}

/** The allowed ids of a `keuze()` field (see src/schemas/velden.ts). */
function toegestaan(s: Schema): string[] | undefined {
  // `keuze()` is a z.enum of the ids (an empty taxonomy holds only a placeholder that refuses everything).
  if (def(s).type === 'enum') return (Object.values(def(s).entries) as string[]).filter((v) => v !== '\u0000');
  return undefined;
}

/** The checks (`.min()`, `.max()`, `.int()` …) of a schema; Zod's check classes narrow them with `instanceof`. */
function checks(s: Schema): z.core.$ZodCheck<never>[] {
  return def(s).checks ?? [];
}

function minimum(s: Schema): number | undefined {
  for (const check of checks(s)) {
    if (check instanceof z.core.$ZodCheckMinLength && check._zod.def.minimum > 0) return check._zod.def.minimum;
  }
  return undefined;
}

function maximum(s: Schema): number | undefined {
  for (const check of checks(s)) {
    if (check instanceof z.core.$ZodCheckMaxLength) return check._zod.def.maximum;
  }
  return undefined;
}

function getalGrenzen(s: Schema): { min?: number; max?: number; int: boolean } {
  const uit: { min?: number; max?: number; int: boolean } = { int: false };
  for (const check of checks(s)) {
    if (check instanceof z.core.$ZodCheckGreaterThan) uit.min = Number(check._zod.def.value);
    if (check instanceof z.core.$ZodCheckLessThan) uit.max = Number(check._zod.def.value);
    if (check instanceof z.core.$ZodCheckNumberFormat && /int/.test(check._zod.def.format)) uit.int = true;
  }
  return uit;
}

export class CmsConfigFout extends Error {}

function opties(ids: string[], labels: TaxonomieLabels, veld: string): { label: string; value: string }[] {
  // The taxonomy the registry names for this field; else the one whose ids these are (source documents); else fixed lists.
  const eigen = taxonomieVanVeld.get(veld);
  for (const termen of eigen ? [labels[eigen]] : Object.values(labels)) {
    const bekend = new Map(termen.map((t) => [t.id, t.label]));
    if (ids.length && ids.every((id) => bekend.has(id))) return ids.map((id) => ({ label: bekend.get(id)!, value: id }));
  }
  const statussen: Record<string, string> = STATUSSEN;
  return ids.map((id) => ({ label: statussen[id] ?? id, value: id }));
}

function tekstVoor(naam: string, blok?: string): VeldTekst {
  const tekst = (blok && blokVeldTeksten[blok]?.[naam]) ?? veldTeksten[naam];
  if (!tekst) throw new CmsConfigFout(`Het schemaveld "${naam}" heeft geen Nederlands label in src/cms/velden.ts.`);
  return tekst;
}

/** One Decap field from one schema field. */
export function veldVoor(naam: string, veldSchema: Schema, labels: TaxonomieLabels, blok?: string): Veld {
  const { schema, verplicht } = kern(veldSchema);
  const tekst = tekstVoor(naam, blok);
  const basis: Veld = { name: naam, label: tekst.label, required: verplicht };
  const max = maximum(schema);
  // Decap marks only optional fields ("optioneel"); the hint says which ones must be filled in.
  const hint = [verplicht ? 'Verplicht.' : undefined, tekst.hint, max ? `Maximaal ${max} tekens.` : undefined]
    .filter(Boolean)
    .join(' ');
  if (hint) basis.hint = hint;
  const d = def(schema);

  const ids = toegestaan(schema);
  if ((d.type === 'string' || d.type === 'enum') && ids)
    return { ...basis, widget: 'select', options: opties(ids, labels, naam) };
  if (d.type === 'string' && d.format === 'url') {
    return {
      ...basis,
      widget: 'string',
      pattern: ['^https?://\\S+$', 'vul een volledig webadres in dat begint met https:// of http://'],
    };
  }
  if (d.type === 'string') return { ...basis, widget: tekst.widget ?? 'string' };
  if (d.type === 'union') return { ...basis, widget: 'string' };
  if (d.type === 'number') {
    const g = getalGrenzen(schema);
    return {
      ...basis,
      widget: 'number',
      value_type: g.int ? 'int' : 'float',
      ...(g.min !== undefined && { min: g.min }),
      ...(g.max !== undefined && { max: g.max }),
    };
  }
  if (d.type === 'boolean') return { ...basis, widget: 'boolean', default: false };
  // A day, shown as "1 december 2026" and written as JJJJ-MM-DD; a new entry starts at today (src/cms/datum.ts).
  if (d.type === 'date') return { ...basis, widget: 'datum' };
  if (d.type === 'array') {
    const element = kern(d.element).schema;
    const min = minimum(schema);
    const grenzen = min ? { min } : {};
    const lijst = () => {
      const enkelvoud = enkelvoudVan(naam);
      if (!enkelvoud)
        throw new CmsConfigFout(
          `De lijst "${naam}" heeft geen enkelvoud (voor "1 ${naam}"): zet het in src/validation/veldwoorden.ts of src/cms/velden.ts.`,
        );
      return { ...basis, widget: 'list', label_singular: enkelvoud, ...grenzen };
    };
    const elementIds = toegestaan(element);
    if (elementIds) return { ...basis, widget: 'select', multiple: true, options: opties(elementIds, labels, naam), ...grenzen };
    const elementDef = def(element);
    if (elementDef.type === 'object') {
      const velden = Object.entries(elementDef.shape as Record<string, Schema>).map(([n, s]) => veldVoor(n, s, labels, naam));
      return { ...lijst(), fields: velden, collapsed: false, summary: `{{fields.${velden[0].name}}}` };
    }
    // A list of texts: one text box per item (items can contain commas).
    const elementMax = maximum(element);
    return {
      ...lijst(),
      field: { name: 'item', label: tekst.label, widget: elementMax && elementMax <= 60 ? 'string' : 'text' },
    };
  }
  throw new CmsConfigFout(`Het schemaveld "${naam}" heeft een type (${d.type}) dat de editor nog niet kent.`);
}

/** Every field of a schema, in the schema's order. */
function veldenVan(schema: Schema, labels: TaxonomieLabels, zonder: string[] = []): Veld[] {
  const shape = def(schema).shape as Record<string, Schema>;
  return Object.entries(shape)
    .filter(([naam]) => !zonder.includes(naam))
    .map(([naam, s]) => veldVoor(naam, s, labels));
}

function bestandsnaamVeld(bron: string, bezet: string[]): Veld {
  return {
    name: 'bestandsnaam',
    label: bestandsnaamTekst.label,
    hint: bestandsnaamTekst.hint,
    widget: 'bestandsnaam',
    bron,
    bezet,
    required: false,
  };
}

/** What the editor checks before it saves an entry: the schema of its kind and the taxonomy ids that schema takes. */
export interface Controle {
  schema: 'inzicht' | 'alliantie';
  taxonomie: TaxonomieIds;
}

function bodyVeld(map: string, controle: Controle): Veld {
  return {
    name: 'body',
    label: bodyTekst.label,
    hint: bodyTekst.hint,
    widget: 'mdx',
    required: false,
    controle,
    componenten: componenten.map((c) => ({
      naam: c.naam,
      label: c.label,
      fragment: c.fragment,
      ...(c.bestand && { import: `import ${c.naam} from '${path.posix.relative(map, c.bestand)}';` }),
    })),
  };
}

/** Fields before the file-name helper go first, the rest after it. */
function metBestandsnaam(velden: Veld[], na: string, extra: Veld): Veld[] {
  const i = velden.findIndex((v) => v.name === na);
  return [...velden.slice(0, i + 1), extra, ...velden.slice(i + 1)];
}

const gemeenschappelijk = {
  create: true,
  delete: false,
  extension: 'mdx',
  format: 'mdx-bewaard',
  slug: '{{bestandsnaam}}',
  editor: { preview: false },
};

export function maakCmsConfig(invoer: CmsInvoer, tax: TaxonomieIds): Record<string, unknown> {
  const content = invoer.contentMap ?? 'content';
  const inzicht = inzichtSchema(tax) as unknown as Schema;
  const alliantie = alliantieSchema(tax) as unknown as Schema;
  const { labels } = invoer;

  // The singular names the collection too: "Snel toevoegen" lists collections by it, and commits say it.
  const inzichtCollectie = (name: string, label: string, enkelvoud: string, folder: string, zonder: string[]) => ({
    name,
    label,
    label_singular: enkelvoud,
    folder,
    ...gemeenschappelijk,
    identifier_field: 'titel',
    summary: '{{titel}}',
    sortable_fields: ['titel', 'datum'],
    fields: [
      ...metBestandsnaam(veldenVan(inzicht, labels, zonder), 'titel', bestandsnaamVeld('titel', invoer.bezet.inzichten)),
      bodyVeld(folder, { schema: 'inzicht', taxonomie: tax }),
    ],
  });

  const allianties = [...invoer.allianties].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return {
    locale: 'nl',
    backend: {
      name: 'github',
      repo: invoer.repo ?? 'maatschappelijke-alliantie/inzichtenbank',
      branch: invoer.branch ?? 'main',
      ...(invoer.oauthUrl && { base_url: invoer.oauthUrl }),
      squash_merges: true,
      cms_label_prefix: 'redactie/',
      commit_messages: {
        create: 'Nieuw: {{collection}} "{{slug}}"',
        update: 'Bijgewerkt: {{collection}} "{{slug}}"',
        delete: 'Verwijderd: {{collection}} "{{slug}}"',
        uploadMedia: 'Bestand toegevoegd: "{{path}}"',
        deleteMedia: 'Bestand verwijderd: "{{path}}"',
        openAuthoring: '{{message}}',
      },
    },
    // One pull request per entry: "Opslaan" makes a branch cms/<collectie>/<bestandsnaam> and a pull request.
    publish_mode: 'editorial_workflow',
    // Only used on localhost, with `npm run redactie` (decap-server); ignored on the live site.
    local_backend: true,
    ...(invoer.siteUrl && { site_url: invoer.siteUrl, display_url: invoer.siteUrl }),
    media_folder: 'public/bestanden',
    public_folder: '/bestanden',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      inzichtCollectie('inzichten', 'Inzichten zonder alliantie', 'inzicht zonder alliantie', `${content}/inzichten`, []),
      ...allianties.map((a) =>
        inzichtCollectie(
          `inzichten-${a.id}`,
          `Inzichten: ${a.naam}`,
          `inzicht van ${a.naam}`,
          `${content}/allianties/${a.id}/inzichten`,
          ['themas'],
        ),
      ),
      {
        name: 'allianties',
        label: 'Allianties',
        label_singular: 'alliantie',
        folder: `${content}/allianties`,
        path: '{{slug}}/index',
        ...gemeenschappelijk,
        identifier_field: 'naam',
        summary: '{{naam}}',
        sortable_fields: ['naam', 'startjaar'],
        fields: [
          ...metBestandsnaam(veldenVan(alliantie, labels), 'naam', bestandsnaamVeld('naam', invoer.bezet.allianties)),
          bodyVeld(`${content}/allianties/x`, { schema: 'alliantie', taxonomie: tax }),
        ],
      },
    ],
  };
}
