/**
 * Pagefind's excerpts are HTML: the page text with `<` and `>` escaped and the
 * matched words wrapped in `<mark>`. The search page never injects that HTML;
 * it splits the excerpt into plain-text pieces and builds the `<mark>` elements
 * itself, so nothing from a page (or from Pagefind) can add markup or script.
 */

/** A piece of an excerpt: plain text, highlighted or not. */
export interface Stuk {
  tekst: string;
  gemarkeerd: boolean;
}

const entiteiten: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", amp: '&' };

function ontsnap(tekst: string): string {
  return tekst.replace(/&(lt|gt|quot|apos|#39|#x27|amp);/g, (_, naam: string) => entiteiten[naam]!);
}

/** Splits an excerpt into plain-text pieces; only Pagefind's own `<mark>` and `</mark>` count as highlights. */
export function leesUitsnede(html: string): Stuk[] {
  const stukken: Stuk[] = [];
  let gemarkeerd = false;
  for (const deel of html.split(/(<\/?mark>)/)) {
    if (deel === '<mark>') gemarkeerd = true;
    else if (deel === '</mark>') gemarkeerd = false;
    else if (deel) {
      const tekst = ontsnap(deel);
      const vorige = stukken.at(-1);
      if (vorige && vorige.gemarkeerd === gemarkeerd) vorige.tekst += tekst;
      else stukken.push({ tekst, gemarkeerd });
    }
  }
  return stukken;
}

const compact = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Drops what the result already shows from the start of an excerpt: an insight
 * page starts with its soort label and title, which the result lists above the excerpt.
 * `voorvoegsel` is that text ("Succesvoorwaarde Sluit een intentieverklaring ...").
 */
export function zonderVoorvoegsel(stukken: Stuk[], voorvoegsel: string): Stuk[] {
  const doel = compact(voorvoegsel).toLowerCase();
  if (!doel) return stukken;
  const geheel = stukken.map((s) => s.tekst).join('');
  // Position in `geheel` where the prefix ends, matching whitespace loosely.
  let i = 0;
  let j = 0;
  while (i < geheel.length && /\s/.test(geheel[i]!)) i++;
  while (j < doel.length && i < geheel.length) {
    if (doel[j] === ' ') {
      if (!/\s/.test(geheel[i]!)) return stukken;
      while (i < geheel.length && /\s/.test(geheel[i]!)) i++;
      j++;
    } else if (geheel[i]!.toLowerCase() === doel[j]) {
      i++;
      j++;
    } else return stukken;
  }
  if (j < doel.length) return stukken;
  // Skip the full stop Pagefind adds after a heading, and the spaces.
  while (i < geheel.length && /[\s.:]/.test(geheel[i]!)) i++;
  if (i >= geheel.length) return stukken;
  const rest: Stuk[] = [];
  let positie = 0;
  for (const s of stukken) {
    const einde = positie + s.tekst.length;
    if (einde > i) rest.push({ tekst: positie >= i ? s.tekst : s.tekst.slice(i - positie), gemarkeerd: s.gemarkeerd });
    positie = einde;
  }
  return rest;
}
