import { z } from 'astro/zod';
import { alsDatum, dagenIn, isDatumTekst, isoDatum, MAANDEN } from '../utils/datum.ts';

/**
 * Field builders with Dutch messages. Staff read these messages, so each one
 * says what is wrong and what is allowed.
 */

/** Nouns used with keuze() that take "het", so their adjective has no -e. */
const HET_WOORDEN = new Set(['thema', 'brondocument']);

/**
 * One of a list of ids; the message lists every allowed value. An enum (not a free
 * string) so the generated JSON schema offers the ids as completions in the editor.
 */
export function keuze(ids: string[], wat: string) {
  // Dutch agrees the adjective with the noun: "geen bekende soort", but "geen bekend thema".
  const bekend = HET_WOORDEN.has(wat) ? 'bekend' : 'bekende';
  const toegestaan = ids.length ? ids.join(', ') : '(nog geen waarden gedefinieerd)';
  // An empty taxonomy still needs a schema that refuses every value.
  const waarden = (ids.length ? ids : ['\u0000']) as [string, ...string[]];
  return z.enum(waarden, {
    error: (issue) =>
      issue.input === undefined
        ? `${wat} ontbreekt; toegestaan: ${toegestaan}`
        : typeof issue.input === 'string'
          ? `"${issue.input}" is geen ${bekend} ${wat}; toegestaan: ${toegestaan}`
          : `moet een ${wat} zijn (tekst); toegestaan: ${toegestaan}`,
  });
}

/** A list of ids from one taxonomy, without duplicates. */
export function keuzes(ids: string[], wat: string, { min = 0 } = {}) {
  return z
    .array(keuze(ids, wat), {
      error: (issue) =>
        `${issue.input === undefined ? 'ontbreekt' : 'moet een lijst zijn'}: schrijf bijvoorbeeld [${ids.slice(0, 2).join(', ')}]; toegestaan: ${ids.join(', ')}`,
    })
    .min(min, { error: `noem minstens ${min} ${wat}; toegestaan: ${ids.join(', ')}` })
    .refine((lijst) => new Set(lijst).size === lijst.length, { error: `noem elke ${wat} maar één keer` });
}

/** Characters that show nothing: zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen. */
const ONZICHTBAAR = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Bidi controls that reverse or embed the reading direction and can disguise text ("Trojan Source"). */
const RICHTINGSTEKENS = /[\u202A-\u202E\u2066-\u2069]/;

/** Required text: not empty, not only whitespace or invisible characters, without reading-direction controls. */
export function tekst(wat: string, { max }: { max?: number } = {}) {
  let schema = z
    .string({ error: `${wat} ontbreekt of is geen tekst` })
    .trim()
    .min(1, { error: `${wat} is leeg` });
  if (max) schema = schema.max(max, { error: (i) => `${wat} is te lang: ${String(i.input).length} tekens, maximaal ${max}` });
  return schema
    .refine((v) => v === '' || v.replace(ONZICHTBAAR, '').trim().length > 0, {
      error: `${wat} is leeg: er staan alleen onzichtbare tekens in`,
    })
    .refine((v) => !RICHTINGSTEKENS.test(v), {
      error: `${wat} bevat een onzichtbaar teken dat de leesrichting omdraait (U+202A-U+202E of U+2066-U+2069); haal het weg. Arabische of Hebreeuwse tekst zelf mag wel.`,
    });
}

/**
 * Why a date text is refused, with the date it most likely means: "05-11-2026" (Dutch order),
 * "5 november 2026", "2026-11-31" (a day that does not exist).
 */
export function datumMelding(invoer: unknown): string {
  const vorm = 'moet een datum zijn in de vorm JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2021-12-31';
  const tekst = String(invoer ?? '').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  if (m) {
    const goed = alsDatum(+m[1], +m[2], +m[3]);
    if (goed) return `${vorm}; bedoelt u ${goed}?`;
    const maand = MAANDEN[+m[2] - 1];
    return maand
      ? `${tekst} bestaat niet: ${maand} ${m[1]} heeft ${dagenIn(+m[1], +m[2])} dagen`
      : `${tekst} bestaat niet: er zijn maar 12 maanden; ${vorm}`;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(tekst);
  if (m) {
    const goed = alsDatum(+m[3], +m[2], +m[1]);
    return goed ? `${vorm}; bedoelt u ${goed}?` : `${tekst} is geen bestaande datum; ${vorm}`;
  }
  m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(tekst);
  const maand = m ? MAANDEN.findIndex((n) => n.startsWith(m![2].toLowerCase().slice(0, 3))) : -1;
  if (m && maand >= 0) {
    const goed = alsDatum(+m[3], maand + 1, +m[1]);
    if (goed) return `${vorm}; bedoelt u ${goed}?`;
  }
  return vorm;
}

/** A list of required texts, one item per line that starts with "- ". */
export function teksten(wat: string) {
  return z.array(tekst(wat), {
    error: (issue) =>
      issue.input === undefined
        ? `de lijst met ${wat} ontbreekt`
        : `moet een lijst zijn: zet elk punt op een eigen regel die met "- " begint`,
  });
}

/** A whole number of at least `min` (a position, a step number, a year). */
export function geheelGetal(wat: string, { min }: { min?: number } = {}) {
  const schema = z.number({ error: `${wat} ontbreekt of is geen getal; schrijf alleen cijfers, zonder aanhalingstekens` }).int({
    error: `${wat} moet een geheel getal zijn, zonder komma`,
  });
  return min === undefined ? schema : schema.min(min, { error: `${wat} moet ${min} of hoger zijn` });
}

/** A calendar date, written as JJJJ-MM-DD; anything else is refused with the date it probably means. */
export const datum = z.preprocess(
  // YAML readers that give a Date pass it on as JJJJ-MM-DD.
  (v) => (v instanceof Date && !Number.isNaN(+v) ? isoDatum(v) : v),
  z
    .custom<string>(isDatumTekst, { error: (issue) => datumMelding(issue.input) })
    .pipe(z.coerce.date({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2021-12-31' })),
);

/** A web address; `javascript:` and other non-web schemes are refused. */
export const webadres = z.url({
  protocol: /^https?$/,
  error: 'moet een volledig webadres zijn dat begint met https:// of http://',
});

/**
 * An object that refuses unknown fields, with Dutch messages for both a
 * missing block and a misspelled field name.
 */
export function blok<T extends z.core.$ZodLooseShape>(shape: T, wat: string) {
  const velden = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return `onbekend veld in ${wat}: ${issue.keys.join(', ')}; toegestaan: ${velden}`;
      if (issue.code === 'invalid_type') return `${wat} moet een blok zijn met de velden ${velden}`;
      return undefined;
    },
  });
}
