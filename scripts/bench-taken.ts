/**
 * Clicks per task: `npm run bench:taken [-- --site <dir>]`.
 *
 * For a built site (default `dist/`) it follows every link from the home page, breadth first, and
 * prints for each of the six tasks of test/fixtures/taken.ts the fewest clicks to a page that holds
 * the task's expected insights (and says what it must say), and how many insights that page lists.
 * Searches are not modelled: this is the shortest path by links alone. Run it on two builds (before
 * and after a change) to compare; figures go to stdout and to bench-results/taken.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { root } from '../test/helpers/build.ts';
import { decodeHtml, tags } from '../test/helpers/html.ts';
import { taken, type Taak } from '../test/fixtures/taken.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: path.join(root, 'dist') } } });
const site = path.resolve(values.site!);
const MAX_DIEPTE = 6;
/** A focused answer: a page that lists at most this many insights, not a long list that happens to hold them. */
const GERICHT = 20;

interface Pagina {
  links: string[];
  inzichten: Set<string>;
  tekst: string;
}

function lees(adres: string): Pagina | undefined {
  const bestand = path.join(site, adres, 'index.html');
  if (!fs.existsSync(bestand)) return undefined;
  const html = fs.readFileSync(bestand, 'utf8');
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  const intern = (h: string) => h.startsWith('/') && !h.startsWith('//');
  const pad = (h: string) => h.split('#')[0].split('?')[0];
  const links = [
    ...new Set(
      tags(html, 'a')
        .map((a) => a.href ?? '')
        .filter(intern)
        .map(pad),
    ),
  ].filter((h) => h.endsWith('/'));
  const inzichten = new Set(
    // Also the full addresses a printable checklist shows.
    tags(main, 'a').flatMap((a) => /\/inzichten\/([a-z0-9-]+)\/$/.exec(pad(a.href ?? ''))?.[1] ?? []),
  );
  const eigen = /^\/inzichten\/([a-z0-9-]+)\/$/.exec(adres)?.[1];
  if (eigen) inzichten.add(eigen);
  const tekst = decodeHtml(main.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
  return { links, inzichten, tekst };
}

const voldoet = (taak: Taak, adres: string, p: Pagina) =>
  taak.verwacht.every((s) => p.inzichten.has(s)) &&
  (!taak.zegt || p.tekst.includes(taak.zegt)) &&
  (!taak.adresBevat || adres.includes(taak.adresBevat));

const paginas = new Map<string, Pagina | undefined>();
const diepte = new Map<string, number>([['/', 0]]);
let rand = ['/'];
for (let d = 0; d <= MAX_DIEPTE && rand.length; d++) {
  const volgende: string[] = [];
  for (const adres of rand) {
    const p = lees(adres);
    paginas.set(adres, p);
    if (d === MAX_DIEPTE || !p) continue;
    for (const l of p.links)
      if (!diepte.has(l)) {
        diepte.set(l, d + 1);
        volgende.push(l);
      }
  }
  rand = volgende;
}

const uitkomst = taken.map((taak) => {
  const treffers = [...paginas]
    .filter(([adres, p]) => p && voldoet(taak, adres, p))
    .map(([adres, p]) => ({ adres, klikken: diepte.get(adres)!, inzichten: p!.inzichten.size }))
    .sort((a, b) => a.klikken - b.klikken || a.inzichten - b.inzichten);
  const gericht = treffers.find((t) => t.inzichten <= GERICHT) ?? null;
  return { taak: taak.id, kortste: treffers[0] ?? null, gericht, stappenInTest: taak.stappen.length };
});

console.log(`Kortste pad per taak, alleen via links, vanaf de homepage van ${path.relative(root, site) || site}:`);
const beschrijf = (t: { klikken: number; adres: string; inzichten: number } | null) =>
  t ? `${t.klikken} klik(ken) naar ${t.adres} (${t.inzichten} inzichten)` : `geen binnen ${MAX_DIEPTE} klikken`;
for (const u of uitkomst)
  console.log(`  ${u.taak}: ${beschrijf(u.kortste)}; gericht (hooguit ${GERICHT} inzichten): ${beschrijf(u.gericht)}`);
fs.mkdirSync(path.join(root, 'bench-results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench-results/taken.json'), `${JSON.stringify({ site, uitkomst }, null, 2)}\n`);
