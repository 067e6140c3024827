import { parse } from 'csv-parse/sync';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { InzichtExport } from '../../schemas/opendata.ts';
import { naarCsv } from '../../utils/csv.ts';
import { csvRecords, mdTekst, selectieCsv, selectieMarkdown } from './export.ts';

const kolommen = [
  { naam: 'id', waarde: (r: Record<string, string>) => r.id },
  { naam: 'titel', waarde: (r: Record<string, string>) => r.titel },
  { naam: 'tekst', waarde: (r: Record<string, string>) => r.tekst },
];
const rijen = [
  { id: 'a', titel: 'Eerste; met "aanhalingstekens"', tekst: 'regel 1\r\nregel 2\n"x";y' },
  { id: 'b', titel: '=HYPERLINK("https://kwaad.example")', tekst: '' },
  { id: 'c', titel: 'Derde', tekst: 'slot\r\n' },
];
const gepubliceerd = naarCsv(kolommen, rijen);
const leesCsv = (t: string) => parse(t, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];

describe('the CSV download', () => {
  test('splits the published file into its records, also where a cell holds line breaks', () => {
    expect(csvRecords(gepubliceerd.slice(1))).toHaveLength(4);
  });

  test('keeps the header and the chosen rows as published, in the order of the selection', () => {
    const csv = selectieCsv(gepubliceerd, ['c', 'onbekend', 'a']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const gelezen = leesCsv(csv);
    expect(gelezen.map((r) => r.id)).toEqual(['c', 'a']);
    expect(gelezen[1]).toEqual({ id: 'a', titel: rijen[0].titel, tekst: rijen[0].tekst });
    // Every row byte for byte as in the published file.
    for (const record of csvRecords(csv.slice(1))) expect(gepubliceerd).toContain(record);
  });

  test('an empty selection is the header alone', () => {
    expect(leesCsv(selectieCsv(gepubliceerd, []))).toEqual([]);
    expect(selectieCsv(gepubliceerd, [])).toBe('\uFEFF"id";"titel";"tekst"\r\n');
  });
});

const inzicht = (titel: string): InzichtExport => ({
  id: 'x',
  url: 'https://voorbeeld.nl/inzichten/x/',
  titel,
  soort: { id: 'les', label: 'Les' },
  samenvatting: '# Geen kop, <b>geen</b> opmaak & [geen](javascript:alert(1)) link',
  rollen: [],
  fasen: [],
  themas: [],
  alliantie: { id: 'a', naam: 'Alliantie *vet*', url: 'https://voorbeeld.nl/allianties/a/' },
  tags: [],
  citaten: [],
  bronnen: [
    { document: null, titel: 'Boekje', uitgever: null, jaar: 2021, sectie: 'H2', pagina: '3', url: 'https://voorbeeld.nl/b>c' },
  ],
  datum: '2024-01-01',
  citeerAls: '',
  tekst: '',
});

describe('the Markdown download', () => {
  test('escapes what Markdown or HTML would interpret, so hostile text stays text', () => {
    const vijandig = '<script>alert("x")</script> `code` **vet** ![img](https://kwaad.example/p.png) &lt;';
    // Sätteri passes raw HTML through, as GitHub's renderer does, so only the escaping keeps it text.
    const { html } = markdownToHtml(`Voor ${mdTekst(vijandig)}`);
    expect(html).toBe(
      // GFM links a bare https address, as GitHub does; the image syntax stays text.
      '<p>Voor &lt;script&gt;alert("x")&lt;/script&gt; `code` **vet** ![img](<a href="https://kwaad.example/p.png">https://kwaad.example/p.png</a>) &amp;lt;</p>\n',
    );
    for (const begin of ['# kop', '> citaat', '- lijst', '+ lijst', '1. lijst', '2) lijst'])
      expect(markdownToHtml(mdTekst(begin)).html, begin).toMatch(/^<p>/);
  });

  test('lists every insight with soort, alliance, summary, sources and address, and the share link', () => {
    const md = selectieMarkdown(
      [inzicht('Eén <em>titel</em>'), inzicht('Twee')],
      'https://voorbeeld.nl/mijn-selectie/?i=x',
      '1 december 2026',
    );
    const { html } = markdownToHtml(md);
    expect(md).toContain('## 1. Eén \\<em\\>titel\\</em\\>');
    expect(md).toContain('## 2. Twee');
    expect(html).toContain('<h2>1. Eén &lt;em&gt;titel&lt;/em&gt;</h2>');
    expect(html).not.toMatch(/<(em|b|script|img|h1)[ >](?!Mijn)/);
    expect(html).toContain('Les, uit Alliantie *vet*');
    expect(html).toContain('Bron: Boekje (2021), H2, p. 3 <a href="https://voorbeeld.nl/b%3Ec">');
    expect(html).toContain('<a href="https://voorbeeld.nl/mijn-selectie/?i=x">');
    expect(md).toContain('2 inzichten, samengesteld op 1 december 2026.');
  });
});
