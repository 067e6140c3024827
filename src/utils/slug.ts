/**
 * Slug of a title: lowercase ASCII with hyphens ("Één gedeelde missie" -> "een-gedeelde-missie").
 * The scaffolder, the content check and the editor all use this one rule.
 */
export function slugVan(titel: string, maxLengte = 80): string {
  const slug = titel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLengte) return slug;
  const kort = slug.slice(0, maxLengte);
  return kort.includes('-') ? kort.slice(0, kort.lastIndexOf('-')) : kort;
}

/** A slug that is not in `bezet` yet: "slug", "slug-2", "slug-3", ... */
export function uniekeSlug(basis: string, bezet: Set<string>): string {
  if (!bezet.has(basis)) return basis;
  let n = 2;
  while (bezet.has(`${basis}-${n}`)) n++;
  return `${basis}-${n}`;
}
