import { z } from 'astro/zod';

/** Fields every taxonomy term has. Terms live in `content/taxonomie/<naam>.yaml`. */
const term = {
  /** Short ASCII id, typed by staff in frontmatter (for example `gemeente`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'gebruik alleen kleine letters, cijfers en streepjes' }),
  /** Dutch label shown on the site. */
  label: z.string().min(1),
  /** One or two sentences that explain the term on its own page. */
  beschrijving: z.string().min(1),
};

/** A kind of insight: succesvoorwaarde, systeemfout or les. */
export const soortSchema = z.object({
  ...term,
  /** Plural label, for headings and overview pages. */
  meervoud: z.string().min(1),
  /** Position in lists. */
  volgorde: z.number().int(),
});

/** A phase of the six-phase working method. */
export const faseSchema = z.object({
  ...term,
  /** Position in the cycle, 1 to 6. */
  nummer: z.number().int().positive(),
  /** What partners deliver together in this phase. */
  opbrengsten: z.array(z.string().min(1)).default([]),
});

/** A theme of the foundation. */
export const themaSchema = z.object(term);

/** A role (actor) an insight is addressed to. */
export const rolSchema = z.object({
  ...term,
  /** Plural label ("Gemeenten"), for headings such as "voor gemeenten". */
  meervoud: z.string().min(1),
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

/** Every taxonomy file, its schema, and the words used for it in messages. */
export const taxonomieen = {
  soorten: { schema: soortSchema, enkelvoud: 'soort' },
  fasen: { schema: faseSchema, enkelvoud: 'fase' },
  themas: { schema: themaSchema, enkelvoud: 'thema' },
  rollen: { schema: rolSchema, enkelvoud: 'rol' },
  sectoren: { schema: sectorSchema, enkelvoud: 'sector' },
  bronnen: { schema: bronDocumentSchema, enkelvoud: 'brondocument' },
} as const;

export type TaxonomieNaam = keyof typeof taxonomieen;
export type Soort = z.infer<typeof soortSchema>;
export type Fase = z.infer<typeof faseSchema>;
export type Thema = z.infer<typeof themaSchema>;
export type Rol = z.infer<typeof rolSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type BronDocument = z.infer<typeof bronDocumentSchema>;
