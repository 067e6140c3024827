import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';

/** Every file of a built site as text (gzip-compressed Pagefind files unpacked), by path relative to the site. */
export function leesUitvoer(dir: string): Map<string, string> {
  const uit = new Map<string, string>();
  for (const f of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, f);
    if (!fs.statSync(file).isFile()) continue;
    let buf = fs.readFileSync(file);
    if (buf[0] === 0x1f && buf[1] === 0x8b) buf = zlib.gunzipSync(buf);
    uit.set(f.split(path.sep).join('/'), buf.toString('utf8'));
  }
  return uit;
}

/**
 * Files that carry content outside the HTML pages: feeds, exports, sitemaps, manifests
 * (not the Pagefind index, which the search tests query through Pagefind's own API, nor bundles).
 */
export function dataBestanden(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter(
      (f) => /\.(xml|json|csv|txt|ics|webmanifest|yml|yaml|geojson|jsonld|rss|atom)$/.test(f) && !/^(pagefind|_astro)\//.test(f),
    )
    .sort();
}

/**
 * Checks, in the browser's own parsers, that a feed or export cannot run code where a reader
 * renders it: XML is well-formed, and every part that readers treat as HTML (RSS description and
 * content:encoded, Atom type="html"/"xhtml", JSON *_html) holds no script, event handler, embedded
 * frame or script address. Spreadsheet exports hold no cell a spreadsheet would run as a formula.
 * Returns the problems as "file: what".
 */
export async function controleerDataBestanden(page: Page, dir: string): Promise<string[]> {
  const problemen: string[] = [];
  for (const f of dataBestanden(dir)) {
    const tekst = fs.readFileSync(path.join(dir, f), 'utf8');
    if (f.endsWith('.csv')) {
      for (const cel of csvCellen(tekst))
        if (/^[=+@\t\r]|^-[^\d\s]/.test(cel))
          problemen.push(`${f}: cel die een spreadsheet als formule uitvoert: ${cel.slice(0, 60)}`);
      continue;
    }
    const soort =
      f.endsWith('.xml') || f.endsWith('.rss') || f.endsWith('.atom')
        ? 'xml'
        : /\.(json|webmanifest|geojson|jsonld)$/.test(f)
          ? 'json'
          : 'tekst';
    if (soort === 'tekst') continue;
    const gevonden = await page.evaluate(
      ({ tekst, soort }) => {
        const fout: string[] = [];
        const html = (bron: string, waar: string) => {
          const doc = new DOMParser().parseFromString(`<body>${bron}</body>`, 'text/html');
          for (const el of doc.body.querySelectorAll('*')) {
            if (/^(script|iframe|frame|object|embed|applet|base|meta|link|style|form|template)$/.test(el.localName))
              fout.push(`${waar}: <${el.localName}>`);
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) fout.push(`${waar}: ${a.name}`);
              if (
                /^(href|src|action|formaction|xlink:href|data|poster)$/i.test(a.name) &&
                /^\s*(javascript|vbscript|data:text)/i.test(a.value.replace(/[\u0000-\u001f]/g, ''))
              )
                fout.push(`${waar}: ${a.name}="${a.value.slice(0, 40)}"`);
            }
          }
        };
        if (soort === 'xml') {
          const doc = new DOMParser().parseFromString(tekst, 'application/xml');
          if (doc.querySelector('parsererror'))
            return [`geen geldige XML: ${doc.querySelector('parsererror')!.textContent!.slice(0, 120)}`];
          for (const el of doc.querySelectorAll('*')) {
            const type = el.getAttribute('type');
            if (el.localName === 'description' || el.localName === 'encoded' || type === 'html' || type === 'text/html')
              html(el.textContent ?? '', `<${el.nodeName}>`);
            if (type === 'xhtml')
              html(
                [...el.children].map((c) => new XMLSerializer().serializeToString(c)).join(''),
                `<${el.nodeName} type="xhtml">`,
              );
          }
        } else {
          let data: unknown;
          try {
            data = JSON.parse(tekst);
          } catch (e) {
            return [`geen geldige JSON: ${(e as Error).message}`];
          }
          const loop = (v: unknown, pad: string) => {
            if (Array.isArray(v)) v.forEach((x, i) => loop(x, `${pad}[${i}]`));
            else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) loop(x, `${pad}.${k}`);
            else if (typeof v === 'string' && /html$/i.test(pad)) html(v, pad);
          };
          loop(data, '$');
        }
        return fout;
      },
      { tekst, soort },
    );
    problemen.push(...gevonden.map((g) => `${f}: ${g}`));
  }
  return problemen;
}

/** Cells of a CSV file (comma or semicolon separated, double-quoted fields), unquoted. */
export function csvCellen(tekst: string): string[] {
  const cellen: string[] = [];
  const scheiding =
    (tekst.split(/\r?\n/)[0].match(/;/g)?.length ?? 0) >= (tekst.split(/\r?\n/)[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  let cel = '';
  let quoted = false;
  for (let i = 0; i < tekst.length; i++) {
    const c = tekst[i];
    if (quoted) {
      if (c === '"' && tekst[i + 1] === '"') {
        cel += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cel += c;
    } else if (c === '"' && cel === '') quoted = true;
    else if (c === scheiding || c === '\n') {
      cellen.push(cel.replace(/\r$/, '').replace(/^\uFEFF/, ''));
      cel = '';
    } else cel += c;
  }
  if (cel) cellen.push(cel);
  return cellen;
}
