/**
 * The downloads of "Mijn selectie", made in the browser from the open data the site publishes:
 * the CSV takes the header and the rows of /open-data/inzichten.csv as they are (same columns,
 * same format, see src/utils/csv.ts), the Markdown is written from the records of inzichten.json.
 */
import type { InzichtExport } from '../../schemas/opendata.ts';

const BOM = '\uFEFF';
const REGELEINDE = '\r\n';

/** The records of a CSV file as written by src/utils/csv.ts: split on CRLF outside quoted cells. */
export function csvRecords(tekst: string): string[] {
  const records: string[] = [];
  let begin = 0;
  let inCel = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i];
    if (teken === '"') inCel = !inCel;
    else if (!inCel && teken === '\r' && tekst[i + 1] === '\n') {
      records.push(tekst.slice(begin, i));
      begin = i + 2;
      i++;
    }
  }
  if (begin < tekst.length) records.push(tekst.slice(begin));
  return records;
}

/** The first cell of a record, unquoted: the insight id. */
const eersteCel = (record: string) => /^"?([^";]*)/.exec(record)?.[1] ?? '';

/** The published CSV cut down to the selection: its header, then the rows of `ids` in that order. */
export function selectieCsv(gepubliceerd: string, ids: readonly string[]): string {
  const [kop = '', ...rijen] = csvRecords(gepubliceerd.replace(/^\uFEFF/, ''));
  const perId = new Map(rijen.map((r) => [eersteCel(r), r]));
  const gekozen = ids.flatMap((id) => perId.get(id) ?? []);
  return BOM + [kop, ...gekozen].join(REGELEINDE) + REGELEINDE;
}

/**
 * Text as Markdown that renders exactly as written: characters with a meaning in Markdown or HTML are
 * escaped (so a title with `<script>` or `[link](…)` stays text), line breaks become spaces.
 */
export function mdTekst(tekst: string): string {
  return tekst
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~]/g, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([#>+=-])/, '\\$1');
}

/** An address as a Markdown autolink; characters that would end it are percent-encoded. */
const mdAdres = (adres: string) => `<${adres.replace(/[<>\s]/g, encodeURIComponent)}>`;

/** One source in words: title (year), section, p. page. */
export function bronTekst(b: InzichtExport['bronnen'][number]): string {
  return [`${b.titel}${b.jaar ? ` (${b.jaar})` : ''}`, b.sectie, b.pagina && `p. ${b.pagina}`].filter(Boolean).join(', ');
}

export function selectieMarkdown(inzichten: readonly InzichtExport[], deelAdres: string, datum: string): string {
  const regels = [
    '# Mijn selectie uit de Inzichtenbank van de Maatschappelijke Alliantie',
    '',
    `${inzichten.length} ${inzichten.length === 1 ? 'inzicht' : 'inzichten'}, samengesteld op ${mdTekst(datum)}.`,
  ];
  inzichten.forEach((i, n) => {
    regels.push('', `## ${n + 1}. ${mdTekst(i.titel)}`, '');
    regels.push(`${mdTekst(i.soort.label)}${i.alliantie ? `, uit ${mdTekst(i.alliantie.naam)}` : ''}`, '');
    regels.push(mdTekst(i.samenvatting), '');
    for (const b of i.bronnen) regels.push(`- Bron: ${mdTekst(bronTekst(b))}${b.url ? ` ${mdAdres(b.url)}` : ''}`);
    regels.push(`- Online: ${mdAdres(i.url)}`);
  });
  regels.push('', `Deze selectie online: ${mdAdres(deelAdres)}`, '');
  return regels.join('\n');
}
