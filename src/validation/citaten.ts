import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { contentLayout } from '../utils/paths.ts';
import type { Entry, Melding } from './valideer.ts';

/**
 * Quotes are verified against the plain text of the document they come from. That text is kept
 * beside the list of documents: `content/taxonomie/bronnen/<document-id>.txt`.
 */
export const BRONTEKSTEN = 'bronnen';

/** Folder with the plain texts of the source documents, under a content root. */
export function brontekstenMap(root: string): string {
  return path.join(root, contentLayout.taxonomie, BRONTEKSTEN);
}

/** Marks a hyphen at the end of a line in a document: the word may continue with or without it. */
const AFBREKING = '\u0000';

/**
 * Text as compared: curly quotes made straight, every run of white space (line breaks
 * included) one space, and a hyphen that ends a line between two letters marked as optional,
 * so "samen-\nwerking" matches both "samenwerking" and "samen-werking".
 */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/''/g, '"')
    .replace(/\u00AD/g, '')
    .replace(/(\p{L})-[ \t\u00A0]*\r?\n\s*(?=\p{L})/gu, `$1${AFBREKING}`)
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * The quote without quotation marks around it, and without a final full stop or comma: a quote that
 * ends a sentence may end with a full stop where the document puts it after the closing quotation mark.
 */
function normaliseerCitaat(tekst: string): string {
  return normaliseer(tekst)
    .replace(/^["']+|["']+$/g, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

/**
 * Length of the longest start of `citaat` that appears in `document` (both normalised).
 * Equal to `citaat.length` when the whole quote appears.
 */
export function langsteBegin(document: string, citaat: string): number {
  let beste = 0;
  for (let start = document.indexOf(citaat[0]); start !== -1; start = document.indexOf(citaat[0], start + 1)) {
    let d = start;
    let c = 0;
    while (c < citaat.length && d < document.length) {
      if (document[d] === citaat[c]) {
        d++;
        c++;
      } else if (document[d] === AFBREKING) {
        // A line-end hyphen: either the quote keeps it, or the word simply continues.
        if (citaat[c] === '-') c++;
        d++;
      } else break;
    }
    if (c > beste) beste = c;
    if (beste === citaat.length) break;
  }
  return beste;
}

/** One source document whose text is kept in the repository. */
export interface Brontekst {
  id: string;
  titel: string;
  /** Path of the text file, relative to the content root (`taxonomie/bronnen/<id>.txt`). */
  bestand: string;
  tekst: string;
}

/** Reads the titles from `bronnen.yaml` and the text of every document that has one. */
export function leesBronteksten(root: string): Map<string, Brontekst> {
  const uit = new Map<string, Brontekst>();
  let lijst: unknown;
  try {
    lijst = parse(fs.readFileSync(path.join(root, contentLayout.taxonomie, 'bronnen.yaml'), 'utf8'));
  } catch {
    return uit; // the check of the taxonomies reports a missing or broken bronnen.yaml
  }
  if (!Array.isArray(lijst)) return uit;
  for (const term of lijst) {
    const id = term?.id;
    if (typeof id !== 'string') continue;
    const bestand = path.join(brontekstenMap(root), `${id}.txt`);
    if (!fs.existsSync(bestand)) continue;
    uit.set(id, {
      id,
      titel: typeof term.titel === 'string' ? term.titel : id,
      bestand: path.relative(root, bestand).split(path.sep).join('/'),
      tekst: normaliseer(fs.readFileSync(bestand, 'utf8')),
    });
  }
  return uit;
}

/** The first words of a quote, to name it in a message. */
function beginVan(citaat: string, woorden = 6): string {
  const delen = citaat.split(' ');
  return delen.length > woorden ? `${delen.slice(0, woorden).join(' ')} …` : citaat;
}

/** The words around position `n` of a quote: where it stops matching. */
function rondom(citaat: string, n: number): { tot: string; vanaf: string } {
  // Start at the beginning of the word in which the quote stops matching.
  const woordbegin = citaat[n] === ' ' ? n + 1 : citaat.lastIndexOf(' ', n - 1) + 1;
  const voor = citaat.slice(0, woordbegin).trim().split(' ');
  const na = citaat.slice(woordbegin).split(' ');
  return { tot: `… ${voor.slice(-4).join(' ')}`.trim(), vanaf: `${na.slice(0, 4).join(' ')} …`.trim() };
}

const naamVan = (b: Brontekst) => `"${b.titel}" (${b.bestand})`;

/**
 * Every quote in `citaten` must appear word for word in a document the entry cites under
 * `bronnen` (ignoring line breaks, line-end hyphenation and straight versus curly quotes).
 * An entry that cites no document with a kept text gets a warning: its quotes cannot be checked.
 */
export function controleerCitaten(entry: Entry, teksten: Map<string, Brontekst>): Melding[] {
  const citaten = (entry.data?.citaten as { tekst?: unknown }[] | undefined) ?? [];
  if (!citaten.length) return [];
  const bronnen = (entry.data?.bronnen as { document?: string; titel?: string }[] | undefined) ?? [];
  const genoemd = [...new Set(bronnen.flatMap((b) => (b.document && teksten.has(b.document) ? [teksten.get(b.document)!] : [])))];
  const uit: Melding[] = [];
  citaten.forEach((c, i) => {
    if (typeof c.tekst !== 'string') return;
    const citaat = normaliseerCitaat(c.tekst);
    if (!citaat) return;
    // Finding a line parses the file again: only done for a quote that is reported.
    const line = () => entry.bestand.regelVan(['citaten', i, 'tekst']);
    const field = `citaten[${i}].tekst`;
    const begin = beginVan(citaat);
    if (!genoemd.length) {
      uit.push({
        line: line(),
        field,
        level: 'warning',
        message: `het citaat "${begin}" kan niet worden gecontroleerd: geen van de bronnen van dit ${entry.kind} is een brondocument waarvan de tekst in content/${contentLayout.taxonomie}/${BRONTEKSTEN}/ staat. Noem bij bronnen het document waar het citaat uit komt (document: ${[...teksten.keys()].join(' | ') || '…'})`,
      });
      return;
    }
    const pogingen = genoemd.map((b) => ({ b, n: langsteBegin(b.tekst, citaat) }));
    if (pogingen.some((p) => p.n === citaat.length)) return;
    const elders = [...teksten.values()].find((b) => !genoemd.includes(b) && langsteBegin(b.tekst, citaat) === citaat.length);
    const in_ = genoemd.map(naamVan).join(' of ');
    let uitleg: string;
    if (elders) {
      uitleg = `het staat wel in ${naamVan(elders)}: noem dat document bij bronnen (document: ${elders.id}), of neem een citaat uit ${in_}`;
    } else {
      const beste = pogingen.reduce((a, b) => (b.n > a.n ? b : a));
      const { tot, vanaf } = rondom(citaat, beste.n);
      uitleg =
        beste.n >= Math.min(20, citaat.length / 3)
          ? `tot "${tot}" staat het er letterlijk in, maar vanaf "${vanaf}" wijkt het af (een ander woord, of twee stukken tekst die in het document niet op elkaar volgen). Neem het citaat woord voor woord over`
          : 'neem het citaat woord voor woord over uit het document, of noem bij bronnen het document waar het wel in staat';
    }
    uit.push({
      line: line(),
      field,
      level: 'error',
      message: `het citaat "${begin}" staat niet letterlijk in ${in_}; ${uitleg}. Regeleinden, afbreekstreepjes aan het eind van een regel en rechte of krullende aanhalingstekens maken niet uit.`,
    });
  });
  return uit;
}
