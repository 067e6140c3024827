import { z } from 'astro/zod';
import { perTaxonomie, TAXONOMIEEN, type TaxonomieNaam } from '../taxonomies/registry.ts';

/** Fields every taxonomy term has. Terms live in `content/taxonomie/<naam>.yaml`. */
const term = {
  /** Short ASCII id, typed by staff in frontmatter (for example `gemeente`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'gebruik alleen kleine letters, cijfers en streepjes' }),
  /** Dutch label shown on the site. */
  label: z
    .string({ error: 'label ontbreekt: geef elke term een Nederlands label, de naam zoals die op de site staat' })
    .min(1, { error: 'label is leeg: geef de naam zoals die op de site staat' }),
  /** One or two sentences that explain the term on its own page. */
  beschrijving: z
    .string({ error: 'beschrijving ontbreekt: geef elke term een of twee zinnen uitleg, voor zijn eigen pagina' })
    .min(1, { error: 'beschrijving is leeg: geef een of twee zinnen uitleg' }),
};

/** A kind of insight: succesvoorwaarde, systeemfout or les. */
export const soortSchema = z.object({
  ...term,
  /** Plural label, for headings and overview pages. */
  meervoud: z.string().min(1),
  /** Position in lists. */
  volgorde: z.number().int(),
});

/** Roles and responsibilities of one actor in a phase (seed 000: the foundation and the partners). */
export const faseRolSchema = z.object({
  /** Id of the role in `rollen.yaml` (for example `facilitator` or `partners`). */
  rol: term.id,
  /** How the source characterises the role in this phase ("Als aanjager, verbinder, organisator en facilitator"). */
  omschrijving: z.string().min(1),
  /** What the role is responsible for in this phase. */
  taken: z.array(z.string().min(1)).min(1),
});

/** A phase of the six-phase working method. */
export const faseSchema = z.object({
  ...term,
  /** Position in the cycle, 1 to 6. */
  nummer: z.number().int().positive(),
  /** What partners deliver together in this phase. */
  opbrengsten: z.array(z.string().min(1)).default([]),
  /** Roles and responsibilities per actor in this phase. */
  rollen: z.array(faseRolSchema).default([]),
});

/** A theme of the foundation. */
export const themaSchema = z.object(term);

/** A role (actor) an insight is addressed to. */
export const rolSchema = z.object({
  ...term,
  /** Plural label ("Gemeenten"), for headings such as "voor gemeenten". */
  meervoud: z.string().min(1),
  /** The role with its article, as in a sentence ("de gemeente", "het fonds"); default: "de <label>". */
  wie: z.string().min(1).optional(),
  /** Heading above what this role did in an example project ("Wat de gemeente deed"); default: "Wat <wie> deed". */
  deed: z.string().min(1).optional(),
});

/** The sector a partner comes from. */
export const sectorSchema = z.object(term);

/** A source document that insights cite. */
export const bronDocumentSchema = z.object({
  id: term.id,
  /** Title of the document as it is published. */
  titel: z.string().min(1),
  /** Publisher, when the document names one. */
  uitgever: z.string().optional(),
  /** Year of publication, when known. */
  jaar: z.number().int().optional(),
  /** Public address of the document, when there is one. */
  url: z.url().optional(),
});

/** A round of the vitale-coalitie handbook (seed 002): a pass through the development approach. */
export const rondeSchema = z.object({
  ...term,
  /** 1, 2 or 3. */
  nummer: z.number().int().positive(),
});

/** A step of the vitale-coalitie handbook (seed 002), or its closing advice ("Tenslotte"). */
export const stapSchema = z.object({
  ...term,
  /** Step number 1 to 10; absent for the closing advice. */
  nummer: z.number().int().positive().optional(),
  /** Id of the round in `rondes.yaml` the step belongs to. */
  ronde: term.id.optional(),
  /** The text of the step, one paragraph per item. */
  toelichting: z.array(z.string().min(1)).default([]),
  /** Heading above `punten`, such as "Vragen die je daarbij kunt stellen". */
  puntenKop: z.string().min(1).optional(),
  /** Questions or points of attention of the step. */
  punten: z.array(z.string().min(1)).default([]),
});

/** One of the five conditions of Collective Impact (seed 004). */
export const voorwaardeSchema = z.object({
  ...term,
  /** Position in the list, 1 to 5. */
  nummer: z.number().int().positive(),
  /** The text of the condition, one paragraph per item. */
  toelichting: z.array(z.string().min(1)).default([]),
});

/** A participation level of a partner (seed 003): informeren up to zelfontwikkeling. */
export const participatieniveauSchema = z.object({
  ...term,
  /** Position on the ladder, 1 (lowest) to 5. */
  nummer: z.number().int().positive(),
  /** The role of stakeholders at this level, as the source names it ("toehoorder"). */
  belanghebbenden: z.string().min(1).optional(),
});

/** A part (paragraph) of the template for a cooperation agreement (seed 003). */
export const overeenkomstDeelSchema = z.object({
  ...term,
  /** Paragraph number in the template. */
  nummer: z.number().int().positive(),
  /** What the paragraph contains: one checklist item each. */
  inhoud: z.array(z.string().min(1)).default([]),
  /** What the paragraph is for. */
  doel: z.array(z.string().min(1)).default([]),
  /** A check the whole paragraph must pass. */
  check: z.string().min(1).optional(),
  /** Heading of an extra checklist that belongs to this paragraph. */
  checklistKop: z.string().min(1).optional(),
  /** Items of that extra checklist. */
  checklist: z.array(z.string().min(1)).default([]),
});

/**
 * A principle that insights from different alliances express ("start klein, in een pilot").
 * Insights name it in `principes: [id]`; its page shows in how many alliances it occurs.
 */
export const principeSchema = z.object(term);

/** A term with no fields beyond id, label and beschrijving: the schema of every taxonomy not listed below. */
export const termSchema = z.object(term);

/**
 * The schemas of the taxonomies whose terms have more fields, by their name in the registry
 * (src/taxonomies/registry.ts). Every other taxonomy uses `termSchema`.
 */
const eigenSchemas = {
  soorten: soortSchema,
  fasen: faseSchema,
  themas: themaSchema,
  rollen: rolSchema,
  sectoren: sectorSchema,
  bronnen: bronDocumentSchema,
  principes: principeSchema,
  rondes: rondeSchema,
  stappen: stapSchema,
  voorwaarden: voorwaardeSchema,
  participatieniveaus: participatieniveauSchema,
  overeenkomst: overeenkomstDeelSchema,
} satisfies Partial<Record<TaxonomieNaam, z.ZodObject>>;

/** The Zod schema of a term of taxonomy N. */
export type SchemaVan<N extends TaxonomieNaam> = N extends keyof typeof eigenSchemas
  ? (typeof eigenSchemas)[N]
  : typeof termSchema;
/** A term of taxonomy N as the site reads it: `TermVan<'fasen'>` has `nummer`, `opbrengsten` and `rollen`. */
export type TermVan<N extends TaxonomieNaam> = z.output<SchemaVan<N>>;

/** Every taxonomy's schema, by name. */
export const taxonomieSchemas: { [N in TaxonomieNaam]: SchemaVan<N> } = {
  ...perTaxonomie<Record<TaxonomieNaam, typeof termSchema>>(() => termSchema),
  ...eigenSchemas,
};

/** Every taxonomy file, its schema, and the word used for it in messages (for the content check). */
export const taxonomieen: Record<TaxonomieNaam, { schema: z.ZodObject; enkelvoud: string }> = perTaxonomie((naam) => ({
  schema: taxonomieSchemas[naam],
  enkelvoud: TAXONOMIEEN[naam].enkelvoud,
}));

export type { TaxonomieNaam };
export type Soort = z.infer<typeof soortSchema>;
export type Fase = z.infer<typeof faseSchema>;
export type Thema = z.infer<typeof themaSchema>;
export type Rol = z.infer<typeof rolSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type BronDocument = z.infer<typeof bronDocumentSchema>;
export type Principe = z.infer<typeof principeSchema>;
export type Ronde = z.infer<typeof rondeSchema>;
export type Stap = z.infer<typeof stapSchema>;
export type Voorwaarde = z.infer<typeof voorwaardeSchema>;
export type Participatieniveau = z.infer<typeof participatieniveauSchema>;
export type OvereenkomstDeel = z.infer<typeof overeenkomstDeelSchema>;
