import { z } from 'astro/zod';
import { perTaxonomie, TAXONOMIEEN, type TaxonomieNaam } from '../taxonomies/registry.ts';
import { geheelGetal, tekst, teksten, webadres } from './velden.ts';

/** Fields every taxonomy term has. Terms live in `content/taxonomie/<naam>.yaml`. */
const term = {
  /** Short ASCII id, typed by staff in frontmatter (for example `gemeente`). */
  id: z
    .string({ error: 'de id ontbreekt of is geen tekst' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'gebruik alleen kleine letters, cijfers en streepjes' }),
  /** Dutch label shown on the site. */
  label: tekst('het label'),
  /** One or two sentences that explain the term on its own page. */
  beschrijving: tekst('de beschrijving'),
};

/** A kind of insight: succesvoorwaarde, systeemfout or les. */
export const soortSchema = z.object({
  ...term,
  /** Plural label, for headings and overview pages. */
  meervoud: tekst('het meervoud'),
  /** Position in lists. */
  volgorde: geheelGetal('de volgorde'),
});

/** Roles and responsibilities of one actor in a phase (seed 000: the foundation and the partners). */
export const faseRolSchema = z.object({
  /** Id of the role in `rollen.yaml` (for example `facilitator` or `partners`). */
  rol: term.id,
  /** How the source characterises the role in this phase ("Als aanjager, verbinder, organisator en facilitator"). */
  omschrijving: tekst('de omschrijving'),
  /** What the role is responsible for in this phase. */
  taken: teksten('taken').min(1, { error: 'noem minstens één taak' }),
});

/** A phase of the six-phase working method. */
export const faseSchema = z.object({
  ...term,
  /** Position in the cycle, 1 to 6. */
  nummer: geheelGetal('het nummer', { min: 1 }),
  /** What partners deliver together in this phase. */
  opbrengsten: teksten('opbrengsten').default([]),
  /** Roles and responsibilities per actor in this phase. */
  rollen: z.array(faseRolSchema).default([]),
});

/** A theme of the foundation. */
export const themaSchema = z.object(term);

/** A role (actor) an insight is addressed to. */
export const rolSchema = z.object({
  ...term,
  /** Plural label ("Gemeenten"), for headings such as "voor gemeenten". */
  meervoud: tekst('het meervoud'),
  /** The role with its article, as in a sentence ("de gemeente", "het fonds"); default: "de <label>". */
  wie: tekst('wie').optional(),
  /** Heading above what this role did in an example project ("Wat de gemeente deed"); default: "Wat <wie> deed". */
  deed: tekst('deed').optional(),
});

/** The sector a partner comes from. */
export const sectorSchema = z.object(term);

/** A source document that insights cite. */
export const bronDocumentSchema = z.object({
  id: term.id,
  /** Title of the document as it is published. */
  titel: tekst('de titel'),
  /** Publisher, when the document names one. */
  uitgever: tekst('de uitgever').optional(),
  /** Year of publication, when known. */
  jaar: geheelGetal('het jaar').optional(),
  /** Public address of the document, when there is one. */
  url: webadres.optional(),
});

/** A round of the vitale-coalitie handbook (seed 002): a pass through the development approach. */
export const rondeSchema = z.object({
  ...term,
  /** 1, 2 or 3. */
  nummer: geheelGetal('het nummer', { min: 1 }),
});

/** A step of the vitale-coalitie handbook (seed 002), or its closing advice ("Tenslotte"). */
export const stapSchema = z.object({
  ...term,
  /** Step number 1 to 10; absent for the closing advice. */
  nummer: geheelGetal('het nummer', { min: 1 }).optional(),
  /** Id of the round in `rondes.yaml` the step belongs to. */
  ronde: term.id.optional(),
  /** The text of the step, one paragraph per item. */
  toelichting: teksten('toelichting').default([]),
  /** Heading above `punten`, such as "Vragen die je daarbij kunt stellen". */
  puntenKop: tekst('de kop boven de punten').optional(),
  /** Questions or points of attention of the step. */
  punten: teksten('punten').default([]),
});

/** One of the five conditions of Collective Impact (seed 004). */
export const voorwaardeSchema = z.object({
  ...term,
  /** Position in the list, 1 to 5. */
  nummer: geheelGetal('het nummer', { min: 1 }),
  /** The text of the condition, one paragraph per item. */
  toelichting: teksten('toelichting').default([]),
});

/** A participation level of a partner (seed 003): informeren up to zelfontwikkeling. */
export const participatieniveauSchema = z.object({
  ...term,
  /** Position on the ladder, 1 (lowest) to 5. */
  nummer: geheelGetal('het nummer', { min: 1 }),
  /** The role of stakeholders at this level, as the source names it ("toehoorder"). */
  belanghebbenden: tekst('de rol van belanghebbenden').optional(),
});

/** A part (paragraph) of the template for a cooperation agreement (seed 003). */
export const overeenkomstDeelSchema = z.object({
  ...term,
  /** Paragraph number in the template. */
  nummer: geheelGetal('het nummer', { min: 1 }),
  /** What the paragraph contains: one checklist item each. */
  inhoud: teksten('inhoud').default([]),
  /** What the paragraph is for. */
  doel: teksten('doelen').default([]),
  /** A check the whole paragraph must pass. */
  check: tekst('de check').optional(),
  /** Heading of an extra checklist that belongs to this paragraph. */
  checklistKop: tekst('de kop van de checklist').optional(),
  /** Items of that extra checklist. */
  checklist: teksten('checklist').default([]),
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
