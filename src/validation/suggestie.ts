/**
 * "Bedoelde u ...?" suggestions for near misses: a misspelled role, alliance or field name.
 */

import { afstand } from '../utils/afstand.ts';

function normaal(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/**
 * The allowed value closest to `invoer`, when it is close enough to be a typo:
 * a case or accent difference, a prefix ("gemeenten" for "gemeente"), or at most
 * a third of the letters wrong. Undefined when nothing is close.
 */
export function suggestie(invoer: unknown, toegestaan: readonly string[]): string | undefined {
  if (typeof invoer !== 'string' || !invoer.trim()) return undefined;
  const n = normaal(invoer);
  let beste: string | undefined;
  let besteAfstand = Infinity;
  for (const kandidaat of toegestaan) {
    const k = normaal(kandidaat);
    if (k === invoer) continue;
    let d = afstand(n, k);
    if (n.length >= 4 && (k.startsWith(n) || n.startsWith(k))) d = Math.min(d, 1);
    if (d < besteAfstand) {
      besteAfstand = d;
      beste = kandidaat;
    }
  }
  if (beste === undefined) return undefined;
  const grens = Math.max(1, Math.floor(Math.max(n.length, beste.length) / 3));
  return besteAfstand <= grens ? beste : undefined;
}

/** " Bedoelde u "x"?" or an empty string. */
export function bedoeldeU(invoer: unknown, toegestaan: readonly string[]): string {
  const s = suggestie(invoer, toegestaan);
  return s ? ` Bedoelde u "${s}"?` : '';
}

/** A message with the suggestion appended as its own sentence, when there is one. */
export function metSuggestie(melding: string, invoer: unknown, toegestaan: readonly string[]): string {
  const extra = bedoeldeU(invoer, toegestaan);
  return extra ? `${melding.replace(/[.;:,\s]*$/, '.')}${extra}` : melding;
}
