import { z } from 'astro/zod';

/**
 * A word or short phrase in a synonym group, as visitors type it: lower case,
 * letters (with accents), spaces, hyphens and apostrophes.
 */
const synoniemWoord = z
  .string({ error: 'een woord moet tekst zijn' })
  .trim()
  .min(2, { error: 'een woord heeft minstens 2 letters' })
  .max(40, { error: 'een woord of woordgroep heeft hoogstens 40 tekens' })
  .regex(/^[\p{Ll}]+(?:[ '’-][\p{Ll}]+)*$/u, {
    error:
      'gebruik alleen kleine letters, met spaties, streepjes of apostrofs tussen woorden (geen hoofdletters, cijfers of leestekens)',
  });

/**
 * One group of words that mean the same in this domain. The search page
 * searches every word of the group when a visitor types one of them.
 */
export const synoniemGroepSchema = z.object(
  {
    /** The words of the group, at least two; the first is the one the site mostly uses. */
    woorden: z
      .array(synoniemWoord, { error: 'woorden moet een lijst zijn, zoals [maatje, buddy]' })
      .min(2, { error: 'een groep heeft minstens twee woorden' }),
  },
  { error: 'elk blok begint met "- woorden:" en een lijst van woorden' },
);

/** The synonym file: `content/taxonomie/synoniemen.yaml`, a list of groups. */
export const synoniemenSchema = z.array(synoniemGroepSchema, {
  error: 'synoniemen.yaml moet een lijst zijn van blokken die met "- woorden:" beginnen',
});

export type SynoniemGroep = z.infer<typeof synoniemGroepSchema>;
