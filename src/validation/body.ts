import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AUTEURCOMPONENTEN, auteurComponent } from '../components/auteur/componenten.ts';
import { isGepubliceerd, isInzichtGepubliceerd } from '../utils/publicatie.ts';
import type { TaxonomieIds } from '../utils/taxonomie.ts';
import { bedoeldeU } from './suggestie.ts';
import { attributenVan, onveiligeHtml, tagsIn, zonderCode } from './veilig.ts';
import { overgeblevenVoorbeelden } from './voorbeeldtekst.ts';
import type { Entry, Melding } from './valideer.ts';

interface Context {
  /** Every entry by its URL (`/inzichten/<slug>/`). */
  doelen: Map<string, Entry>;
  tax: TaxonomieIds;
  root: string;
  nu: Date;
  /** Top-level segments of the site's own pages (`bijdragen`, `zoeken`, ...). */
  paginas?: Set<string>;
}

/** Top-level route segments of the site's own pages (`src/pages` beside this module). */
export function paginaSegmenten(pagesDir = fileURLToPath(new URL('../pages', import.meta.url))): Set<string> | undefined {
  if (!fs.existsSync(pagesDir)) return undefined;
  return new Set(fs.readdirSync(pagesDir).map((n) => n.replace(/\.(astro|mdx?|ts|js|html)$/, '')));
}

/** Line (0-based) of each offset in `tekst`, by binary search over the line starts. */
function regelZoeker(tekst: string): (index: number) => number {
  const starts = [0];
  for (let i = tekst.indexOf('\n'); i !== -1; i = tekst.indexOf('\n', i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/** Whether the site will show the entry (src/utils/publicatie.ts), so a link to it works. */
function verschijnt(e: Entry, ctx: Context): boolean {
  if (e.alliantie === undefined) return isGepubliceerd(e, ctx);
  const alliantie = ctx.doelen.get(`/allianties/${e.alliantie}/`);
  const gepubliceerd = new Set(alliantie && isGepubliceerd(alliantie, ctx) ? [e.alliantie] : []);
  return isInzichtGepubliceerd(e, gepubliceerd, ctx);
}

/** Checks links, unsafe HTML, author components and their left-over example texts in the body of one entry. */
export function controleerBody(entry: Entry, ctx: Context): Melding[] {
  const uit: Melding[] = [];
  const body = zonderCode(entry.bestand.body);
  const regelOp = regelZoeker(body);
  const regel = (index: number) => entry.bestand.bodyLine + regelOp(index);
  const paginas = ctx.paginas ?? paginaSegmenten();

  // Links: [tekst](doel) and href="doel".
  const links = /\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|\bhref=["']([^"']+)["']/g;
  for (const m of body.matchAll(links)) {
    const doel = m[1] ?? m[2];
    const line = regel(m.index);
    const fout = (message: string, level: Melding['level'] = 'error') => uit.push({ line, field: '(tekst)', message, level });
    if (/^(https?:|mailto:|tel:|#)/i.test(doel) || doel.startsWith('//')) continue;
    if (/^\s*(javascript|vbscript|data|file)\s*:/i.test(doel)) continue; // reported below as unsafe
    if (/\.mdx?(#.*)?$/.test(doel)) {
      fout(
        `de link "${doel}" wijst naar een bestand; op de site werkt die niet. Gebruik het adres van de pagina, bijvoorbeeld /inzichten/<slug>/`,
      );
      continue;
    }
    if (!doel.startsWith('/')) {
      fout(
        `de link "${doel}" is geen volledig adres: begin interne links met / (bijvoorbeeld /inzichten/<slug>/) en externe met https://`,
      );
      continue;
    }
    const pad = doel.replace(/[?#].*$/, '');
    const segmenten = pad.split('/').filter(Boolean);
    if (segmenten[0] === 'inzichten' || segmenten[0] === 'allianties') {
      if (segmenten.length === 1) continue;
      const url = `/${segmenten.slice(0, 2).join('/')}/`;
      const doelEntry = ctx.doelen.get(url);
      if (!doelEntry || segmenten.length > 2) {
        const soortgelijk = [...ctx.doelen.keys()].filter((s) => s.startsWith(`/${segmenten[0]}/`));
        fout(`de link "${doel}" wijst naar een pagina die niet bestaat.${bedoeldeU(url, soortgelijk)}`);
      } else if (doelEntry.data && !verschijnt(doelEntry, ctx)) {
        fout(
          `de link "${doel}" wijst naar een ${doelEntry.kind} dat nog concept is of onder embargo staat: tot het verschijnt werkt de link niet`,
          'warning',
        );
      }
    } else if (segmenten[0] && segmenten[0] in ctx.tax && segmenten[0] !== 'bronnen' && paginas?.has('[taxonomie]')) {
      const ids = ctx.tax[segmenten[0] as keyof TaxonomieIds];
      if (segmenten.length > 2 || (segmenten[1] && !ids.includes(segmenten[1]))) {
        fout(
          `de link "${doel}" wijst naar een pagina die niet bestaat; toegestaan na /${segmenten[0]}/: ${ids.join(', ')}.${bedoeldeU(segmenten[1], ids)}`,
        );
      }
    } else if (paginas && segmenten.length && !paginas.has(segmenten[0])) {
      fout(
        `de link "${doel}" wijst naar een pagina die niet bestaat; interne links beginnen bijvoorbeeld met /inzichten/, /allianties/ of /rollen/`,
      );
    }
  }

  // Unsafe HTML: scripts, event handlers, script addresses (src/validation/veilig.ts).
  for (const p of onveiligeHtml(body))
    uit.push({ line: regel(p.index), field: `(tekst) ${p.field}`, message: p.message, level: 'error' });

  // Author components: known names, required attributes, valid roles.
  const imports = new Set(
    [...body.matchAll(/^import\s+(?:\{([^}]*)\}|(\w+))/gm)].flatMap((m) =>
      m[2]
        ? [m[2]]
        : m[1].split(',').map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .at(-1)!,
          ),
    ),
  );
  const namen = AUTEURCOMPONENTEN.map((c) => c.naam);
  for (const tag of tagsIn(body)) {
    const naam = tag.naam;
    if (!/^[A-Z][A-Za-z0-9]*$/.test(naam)) continue;
    const line = regel(tag.index);
    const spec = auteurComponent(naam);
    if (!spec) {
      if (!imports.has(naam)) {
        uit.push({
          line,
          field: `<${naam}>`,
          message: `onbekend component <${naam}>; beschikbaar: ${namen.map((n) => `<${n}>`).join(', ')}.${bedoeldeU(naam, namen)}`,
          level: 'error',
        });
      }
      continue;
    }
    const attrs = attributenVan(tag.attrs);
    for (const attr of spec.verplicht) {
      if (!attrs.get(attr)?.trim()) {
        const wat =
          naam === 'Citaat'
            ? `een citaat zonder ${attr}: noem wie het zei en bij welke organisatie`
            : `<${naam}> mist ${attr}="..."`;
        uit.push({
          line,
          field: `<${naam}> ${attr}`,
          message: `${wat}, bijvoorbeeld <${naam} ${spec.verplicht.map((v) => `${v}="..."`).join(' ')}>`,
          level: 'error',
        });
      }
    }
    for (const attr of attrs.keys()) {
      if (!spec.toegestaan.includes(attr)) {
        uit.push({
          line,
          field: `<${naam}> ${attr}`,
          message: `<${naam}> kent geen ${attr}; toegestaan: ${spec.toegestaan.join(', ')}.${bedoeldeU(attr, spec.toegestaan)}`,
          level: 'error',
        });
      }
    }
    const rol = attrs.get('rol');
    if (naam === 'Voorwaarden' && rol && !ctx.tax.rollen.includes(rol)) {
      uit.push({
        line,
        field: '<Voorwaarden> rol',
        message: `"${rol}" is geen bekende rol; toegestaan: ${ctx.tax.rollen.join(', ')}.${bedoeldeU(rol, ctx.tax.rollen)}`,
        level: 'error',
      });
    }
  }

  // Example texts the editor's component buttons insert ("Naam", "Letterlijk citaat uit de bron.").
  for (const v of overgeblevenVoorbeelden(body))
    uit.push({ line: regel(v.index), field: v.field, message: v.message, level: 'error' });
  return uit;
}
