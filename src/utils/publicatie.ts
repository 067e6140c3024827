/**
 * What "published" means, defined once for the site (src/utils/content.ts), the content check
 * (src/validation/body.ts) and the tests: an entry is published when it is not a draft
 * (`concept: true`) and its `datum` has come; an insight also needs its alliance, if it has one,
 * to be published. Drafts and embargoed entries appear nowhere. No Astro imports, so scripts and
 * tests use it too.
 */

/** A moment as `INZICHTENBANK_NU` gives it (a date or ISO time); undefined when unset or not a moment. */
function leesMoment(waarde: string | undefined): Date | undefined {
  const moment = waarde ? new Date(waarde) : undefined;
  return moment && !Number.isNaN(moment.getTime()) ? moment : undefined;
}

/**
 * Why `INZICHTENBANK_NU` cannot be used, in Dutch; undefined when it is unset or valid. The check
 * and the build stop on it with this message (scripts/check.ts, src/integrations/content-check.ts)
 * rather than a stack trace from loading this module.
 */
export const bouwmomentFout =
  process.env.INZICHTENBANK_NU && !leesMoment(process.env.INZICHTENBANK_NU)
    ? `INZICHTENBANK_NU="${process.env.INZICHTENBANK_NU}" is geen datum of tijdstip; schrijf bijvoorbeeld INZICHTENBANK_NU=2027-01-31 of INZICHTENBANK_NU=2027-01-31T09:00`
    : undefined;

/**
 * Moment the build started: entries dated after it are under embargo. `INZICHTENBANK_NU` (a date or
 * ISO time) builds the site as it will be at that moment, to preview an embargo or to test one passing.
 */
export const bouwmoment = leesMoment(process.env.INZICHTENBANK_NU) ?? new Date();

/** The frontmatter fields that decide publication: parsed by the schema (a Date) or raw YAML (a string). */
export interface Publicatievelden {
  concept?: unknown;
  datum?: unknown;
}

function alsDatum(waarde: unknown): Date | undefined {
  const datum = waarde instanceof Date ? waarde : typeof waarde === 'string' ? new Date(waarde) : undefined;
  return datum && !Number.isNaN(datum.getTime()) ? datum : undefined;
}

/** "Now" for the embargo; the build's start unless a check or test passes another moment. */
export interface Moment {
  nu?: Date;
}

/**
 * Published means: not a draft, and its date has come. Missing or invalid frontmatter is not published.
 * Takes the entry (anything with `data`), so it filters collections directly: `getCollection('x', isGepubliceerd)`.
 */
export function isGepubliceerd(entry: { data?: Publicatievelden }, { nu = bouwmoment }: Moment = {}): boolean {
  const data = entry.data;
  if (!data || data.concept) return false;
  const datum = alsDatum(data.datum);
  return datum !== undefined && datum <= nu;
}

/**
 * Id of the alliance an insight belongs to: the folder it lives in
 * (`allianties/<alliantie>/inzichten/<slug>.mdx`), or undefined for insights without one.
 */
export function alliantieIdVan(inzicht: { filePath?: string }): string | undefined {
  const delen = (inzicht.filePath ?? '').split(/[\\/]/);
  const i = delen.lastIndexOf('inzichten');
  return i >= 2 && delen[i - 2] === 'allianties' ? delen[i - 1] : undefined;
}

/** An insight is published when it is, and so is its alliance (insights without one only need themselves). */
export function isInzichtGepubliceerd(
  inzicht: { data?: Publicatievelden; alliantie?: string },
  gepubliceerdeAllianties: ReadonlySet<string>,
  moment: Moment = {},
): boolean {
  const { alliantie } = inzicht;
  return isGepubliceerd(inzicht, moment) && (alliantie === undefined || gepubliceerdeAllianties.has(alliantie));
}
