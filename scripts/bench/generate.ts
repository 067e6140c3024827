import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { deel, namenMet, perTaxonomie, type TaxonomieNaam } from '../../src/taxonomies/registry.ts';

/**
 * Synthetic content for the benchmark: N insights with valid frontmatter, spread over
 * many alliances, every soort, role and phase, Dutch text of realistic length (sentences
 * recombined from the real content, plus generated compound words so the search
 * vocabulary grows with N), and a few entries that use an MDX component.
 *
 * Written into a temporary content tree only: never into `content/`, never committed.
 */

const root = path.resolve(import.meta.dirname, '../..');
const realContent = path.join(root, 'content');

/** Seeded PRNG (mulberry32): the same N gives the same tree on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readDir(dir: string): string[] {
  return fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => path.join(dir, f)) : [];
}

/** Sentences and words taken from the real entries' bodies and summaries. */
/**
 * Quotable sentences per source document: sentences of the plain texts in `taxonomie/bronnen/`, as the quote
 * check reads them (src/validation/citaten.ts), so a generated quote cites the document it is taken from.
 */
function citeerbaar(): { document: string; tekst: string }[] {
  const map = path.join(realContent, 'taxonomie', 'bronnen');
  return fs
    .readdirSync(map)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) =>
      fs
        .readFileSync(path.join(map, f), 'utf8')
        .split(/\n\s*\n/)
        .filter((alinea) => !/-\n/.test(alinea))
        .flatMap((alinea) => alinea.replace(/\s+/g, ' ').match(/[A-Z][^.!?]{40,200}[.!?]/g) ?? [])
        .filter((zin) => !/["“”'’]/.test(zin))
        .map((tekst) => ({ document: f.replace(/\.txt$/, ''), tekst })),
    );
}

function corpus() {
  const files = readDir(path.join(realContent, 'allianties'))
    .concat(readDir(path.join(realContent, 'inzichten')))
    .filter((f) => f.endsWith('.mdx'));
  const sentences = new Set<string>();
  const tags = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) continue;
    const data = parse(m[1]) ?? {};
    for (const t of data.tags ?? []) tags.add(String(t));
    const prose = `${m[2]} ${data.samenvatting ?? ''}`.replace(/^(import|export) .*$/gm, '');
    for (const s of prose.split(/(?<=[.!?])\s+/)) {
      const clean = s.replace(/\s+/g, ' ').trim();
      // Plain prose only: no markup, no MDX expressions, a sensible length.
      if (clean.length >= 40 && clean.length <= 280 && !/[<>{}#*[\]|`_]/.test(clean) && /^[A-Z'‘“]/.test(clean))
        sentences.add(clean);
    }
  }
  const words = [
    ...new Set(
      [...sentences]
        .join(' ')
        .toLowerCase()
        .match(/\p{L}{6,}/gu) ?? [],
    ),
  ];
  return { sentences: [...sentences], words, tags: [...tags] };
}

const taxonomyIds = (naam: TaxonomieNaam): string[] =>
  (parse(fs.readFileSync(path.join(realContent, 'taxonomie', `${naam}.yaml`), 'utf8')) as { id: string }[]).map((t) => t.id);

export interface GeneratedTree {
  dir: string;
  insights: number;
  alliances: number;
  withComponents: number;
  /** An alliance insight file the benchmark edits for the incremental rebuild. */
  sampleFile: string;
}

export function generate(dir: string, n: number, { seed = 20260101 } = {}): GeneratedTree {
  const rnd = prng(seed + n);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const some = <T>(list: T[], min: number, max: number): T[] => {
    const k = Math.min(list.length, min + Math.floor(rnd() * (max - min + 1)));
    return [...list].sort(() => rnd() - 0.5).slice(0, k);
  };
  const { sentences, words, tags } = corpus();
  const citaten = citeerbaar();
  const tax = perTaxonomie<Record<TaxonomieNaam, string[]>>(taxonomyIds);
  const compound = () => pick(words) + pick(words);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const fit = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}.`);
  const paragraph = (k: number) => Array.from({ length: k }, () => pick(sentences)).join(' ');
  const date = () => {
    const d = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 5 * 365) * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const bronnen = () => [{ document: pick(tax.bronnen), sectie: cap(compound()) }];

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(realContent, 'taxonomie'), path.join(dir, 'taxonomie'), { recursive: true });
  const write = (file: string, data: Record<string, unknown>, body: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}\n`);
  };

  // About one alliance per 100 insights (at least 3); 70% of insights belong to one.
  const alliances = Math.max(3, Math.round(n / 100));
  const alliantieIds: string[] = [];
  for (let a = 0; a < alliances; a++) {
    const id = `alliantie-${a + 1}-${pick(words)
      .normalize('NFD')
      .replace(/[^a-z0-9]/g, '')}`;
    alliantieIds.push(id);
    write(
      `allianties/${id}/index.mdx`,
      {
        naam: `Alliantie ${cap(compound())}`.slice(0, 120),
        samenvatting: fit(paragraph(2), 300),
        thema: tax.themas[a % tax.themas.length],
        startjaar: 2015 + Math.floor(rnd() * 10),
        fase: pick(tax.fasen),
        status: pick(['actief', 'actief', 'verzelfstandigd', 'afgerond']),
        doel: paragraph(2),
        aanleiding: Array.from({ length: 3 }, () => pick(sentences)),
        partners: Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => ({
          naam: cap(compound()),
          sector: pick(tax.sectoren),
        })),
        plaatsen: [cap(pick(words))],
        resultaten: Array.from({ length: 2 }, () => pick(sentences)),
        bronnen: bronnen(),
        datum: date(),
      },
      Array.from({ length: 4 }, () => paragraph(4)).join('\n\n'),
    );
  }

  let withComponents = 0;
  let sampleFile = '';
  const slugs = new Set<string>();
  for (let i = 0; i < n; i++) {
    const titel = fit(pick(sentences).replace(/[.!?]$/, ''), 150);
    let slug = `${i + 1}-${titel
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-')}`;
    while (slugs.has(slug)) slug += '-x';
    slugs.add(slug);
    const alliantie = rnd() < 0.7 ? alliantieIds[i % alliances] : undefined;
    // Every taxonomy field of the registry: one id in turn (the soort), a required list of 1 to 3 ids, a field
    // insights take from their alliance only without one, and optional lists in one insight in five.
    const enkel: Record<string, string> = {};
    const meer: Record<string, string[]> = {};
    for (const naam of namenMet('inzicht')) {
      const { veld, meervoudig, min = 0, vanAlliantie } = deel(naam, 'inzicht');
      const ids = tax[naam];
      if (!ids.length || (vanAlliantie && alliantie)) continue;
      if (!meervoudig) enkel[veld] = ids[i % ids.length];
      else if (min > 0) meer[veld] = some(ids, min, min + 2);
      else if (vanAlliantie || rnd() < 0.2) meer[veld] = some(ids, 1, 2);
    }
    // One in five quotes a sentence of a source document, which it then cites.
    const citaat = rnd() < 0.2 ? pick(citaten) : undefined;
    const data: Record<string, unknown> = {
      titel,
      ...enkel,
      samenvatting: fit(paragraph(2), 300),
      ...meer,
      tags: [...some(tags, 2, 4), compound()],
      ...(citaat
        ? { citaten: [{ tekst: citaat.tekst, naam: `${cap(pick(words))} ${cap(pick(words))}`, organisatie: cap(compound()) }] }
        : {}),
      bronnen: citaat ? [{ document: citaat.document, sectie: cap(compound()) }] : bronnen(),
      datum: date(),
      ...(i % 200 === 199 ? { concept: true } : {}),
    };
    // 2-4 paragraphs of 2-4 sentences: about 1.5 KB per file, like the real insights; some with a subheading or a list.
    const parts = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => paragraph(2 + Math.floor(rnd() * 3)));
    if (rnd() < 0.3) parts.splice(1, 0, `## ${cap(compound())}`);
    if (rnd() < 0.3) parts.push(Array.from({ length: 3 }, () => `- ${pick(sentences)}`).join('\n'));
    parts.push(`Trefwoorden in de praktijk: ${compound()}, ${compound()} en ${compound()}.`);
    // Two in a hundred insights use an author component (src/components/auteur/, no import needed), as staff do.
    if (i % 50 === 7) {
      withComponents++;
      parts.push(
        i % 100 === 7
          ? `<Kernboodschap>${pick(sentences)}</Kernboodschap>`
          : `<Citaat naam="${cap(pick(words))} ${cap(pick(words))}" organisatie="${cap(compound())}">${pick(sentences)}</Citaat>`,
      );
    }
    const file = alliantie ? `allianties/${alliantie}/inzichten/${slug}.mdx` : `inzichten/${slug}.mdx`;
    if (!sampleFile && alliantie && i % 50 !== 7 && !data.concept) sampleFile = file;
    write(file, data, parts.join('\n\n'));
  }
  return { dir, insights: n, alliances, withComponents, sampleFile: path.join(dir, sampleFile) };
}

// `node scripts/bench/generate.ts <dir> <n>`: only generate.
if (import.meta.main) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) throw new Error('gebruik: node scripts/bench/generate.ts <map> <aantal>');
  console.log(generate(path.resolve(dir), Number(n)));
}
