/**
 * Small readers for the site's own generated HTML (Astro writes attributes
 * with double quotes), so build tests need no DOM library.
 */

export const decodeHtml = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Attributes of every `<tag ...>` in the HTML, decoded. */
export function tags(html: string, tag: string): Record<string, string>[] {
  const result: Record<string, string>[] = [];
  // Attribute values may hold ">" (Astro escapes only quotes and ampersands there).
  for (const m of html.matchAll(new RegExp(`<${tag}\\b((?:[^>"]|"[^"]*")*)>`, 'gi'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)) attrs[a[1].toLowerCase()] = decodeHtml(a[2] ?? '');
    result.push(attrs);
  }
  return result;
}

/** content of `<meta name|property="key">`. */
export function meta(html: string, key: string): string | undefined {
  return tags(html, 'meta').find((m) => m.name === key || m.property === key)?.content;
}

/** Text of the first element matching the tag (markup stripped, entities decoded). */
export function text(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
  return m ? decodeHtml(m[1].replace(/<[^>]+>/g, '')).trim() : undefined;
}

/** Every JSON-LD block of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

/** Every URL a page refers to: href, src and srcset values. */
export function references(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) urls.push(decodeHtml(m[1]));
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g))
    for (const part of decodeHtml(m[1]).split(',')) urls.push(part.trim().split(/\s+/)[0]);
  return urls;
}
