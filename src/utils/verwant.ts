/**
 * Related insights, computed once per build: TF-IDF cosine similarity over the text of
 * each insight, plus bonuses for a shared principle, alliance, role and phase.
 *
 * It stays fast at 10,000 insights because nothing compares every pair of full vectors:
 * - every document keeps only its `maxTermen` heaviest terms (the rest adds little to a cosine);
 * - every term keeps a "champion list" of the `maxPostings` documents in which it weighs most,
 *   so a very common word never makes a query touch all documents;
 * - a query accumulates scores over those short posting lists only, then adds the taxonomy
 *   bonuses to the candidates it found (plus a bounded set of documents sharing a principle
 *   or an alliance) and keeps the top k.
 * This module has no Astro imports, so tests and `scripts/bench-verwant.ts` can use it directly.
 */

/** What the index needs of one insight. */
export interface VerwantDocument {
  id: string;
  titel: string;
  samenvatting: string;
  tags: readonly string[];
  /** Body text (Markdown/MDX source is fine: markup is dropped by the tokenizer). */
  tekst: string;
  principes: readonly string[];
  rollen: readonly string[];
  fasen: readonly string[];
  alliantie?: string;
}

/** Why two insights are related, for display ("zelfde principe"). */
export interface VerwantTreffer {
  id: string;
  score: number;
  /** Principles both insights express. */
  principes: string[];
  zelfdeAlliantie: boolean;
}

export interface VerwantOpties {
  /** Number of related insights per insight. */
  k?: number;
  /** Terms kept per document. */
  maxTermen?: number;
  /** Documents kept per term (champion list). */
  maxPostings?: number;
  /** Most documents considered through one principle or alliance. */
  maxPerGroep?: number;
  /** Bonus per shared principle. */
  bonusPrincipe?: number;
  /** Bonus for the same alliance. */
  bonusAlliantie?: number;
  /** Bonus times the Jaccard overlap of the roles. */
  bonusRol?: number;
  /** Bonus times the Jaccard overlap of the phases. */
  bonusFase?: number;
}

const STANDAARD: Required<VerwantOpties> = {
  k: 4,
  maxTermen: 40,
  maxPostings: 250,
  maxPerGroep: 250,
  bonusPrincipe: 0.35,
  bonusAlliantie: 0.06,
  bonusRol: 0.08,
  bonusFase: 0.06,
};

/** Weight of a token by where it occurs: a title word says more than a body word. */
const VELDGEWICHT = { titel: 3, tags: 2, samenvatting: 2, tekst: 1 } as const;

/** Dutch function words and words that occur in nearly every insight of this site. */
const STOPWOORDEN = new Set(
  `aan al alle alleen als altijd ander andere anders ben bij bijvoorbeeld binnen daar daarbij daardoor daarmee daarna daarom dan dat de deze die dit doch doen door dus een eens eerst en er ermee ervan ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jouw kan kon kunnen maar me meer men met mij mijn moet moeten na naar niet niets nog nu of om omdat onder ons onze ook op over per te tegen toch toe tot u uit uw van veel voor waar wat wel welke werd wie wij wil wordt worden zal ze zelf zich zij zijn zo zoals zonder zou zouden
   the and mdx import export from
   maatschappelijke alliantie allianties inzicht inzichten`.split(/\s+/),
);

/** Lowercase ASCII words of at least three letters, with a light Dutch suffix stemmer. */
export function tokens(tekst: string): string[] {
  const uit: string[] = [];
  const woorden = tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const woord of woorden) {
    if (woord.length < 3 || STOPWOORDEN.has(woord) || /^\d+$/.test(woord)) continue;
    uit.push(stam(woord));
  }
  return uit;
}

/** gemeenten/gemeente -> gemeent, pilots -> pilot, partners -> partner. Crude, but consistent. */
function stam(woord: string): string {
  let w = woord;
  if (w.length >= 6 && w.endsWith('en')) w = w.slice(0, -2);
  else if (w.length >= 5 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  else if (w.length >= 5 && w.endsWith('e')) w = w.slice(0, -1);
  // Double final consonant after stripping ("bijeenkomsten" -> "bijeenkomst", "stappen" -> "stapp" -> "stap").
  if (w.length >= 4 && w.at(-1) === w.at(-2) && !'aeiou'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

interface Vector {
  termen: Int32Array;
  gewichten: Float64Array;
}

export interface VerwantIndex {
  /** The top k related insights of `id`, best first (computed on first request, then kept). */
  verwant(id: string): VerwantTreffer[];
  /** Number of documents in the index. */
  readonly aantal: number;
}

/** Builds the index once; queries are answered from it. */
export function maakVerwantIndex(documenten: readonly VerwantDocument[], opties: VerwantOpties = {}): VerwantIndex {
  const o = { ...STANDAARD, ...opties };
  const n = documenten.length;
  const positie = new Map<string, number>();
  documenten.forEach((d, i) => positie.set(d.id, i));

  // 1. Term frequencies per document, with field weights; document frequencies.
  const termId = new Map<string, number>();
  const df: number[] = [];
  const tfs: Map<number, number>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = documenten[i];
    const tf = new Map<number, number>();
    const voeg = (tekst: string, gewicht: number) => {
      for (const t of tokens(tekst)) {
        let id = termId.get(t);
        if (id === undefined) {
          id = df.length;
          termId.set(t, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + gewicht);
      }
    };
    voeg(d.titel, VELDGEWICHT.titel);
    voeg(d.tags.join(' '), VELDGEWICHT.tags);
    voeg(d.samenvatting, VELDGEWICHT.samenvatting);
    voeg(d.tekst, VELDGEWICHT.tekst);
    for (const t of tf.keys()) df[t]++;
    tfs[i] = tf;
  }

  // 2. TF-IDF vectors, L2-normalised over all terms, pruned to the heaviest `maxTermen`.
  const vectoren: Vector[] = new Array(n);
  const postings: { doc: number; w: number }[][] = Array.from({ length: df.length }, () => []);
  for (let i = 0; i < n; i++) {
    const paren: [number, number][] = [];
    let norm = 0;
    for (const [t, f] of tfs[i]) {
      const w = (1 + Math.log(f)) * Math.log((n + 1) / (df[t] + 0.5));
      if (w <= 0) continue;
      paren.push([t, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    paren.sort((a, b) => b[1] - a[1]);
    const kept = paren.slice(0, o.maxTermen);
    const v: Vector = { termen: new Int32Array(kept.length), gewichten: new Float64Array(kept.length) };
    kept.forEach(([t, w], j) => {
      v.termen[j] = t;
      v.gewichten[j] = w / norm;
      postings[t].push({ doc: i, w: w / norm });
    });
    vectoren[i] = v;
  }
  tfs.length = 0;

  // 3. Champion lists: per term only the documents in which it weighs most.
  const champions: { docs: Int32Array; w: Float64Array }[] = postings.map((lijst) => {
    if (lijst.length > o.maxPostings) lijst.sort((a, b) => b.w - a.w).length = o.maxPostings;
    return { docs: Int32Array.from(lijst, (p) => p.doc), w: Float64Array.from(lijst, (p) => p.w) };
  });
  postings.length = 0;

  // 4. Groups for the taxonomy bonuses (bounded, so a huge principle cannot make a query linear).
  const groep = (sleutels: (d: VerwantDocument) => readonly string[]) => {
    const m = new Map<string, number[]>();
    documenten.forEach((d, i) => {
      for (const s of sleutels(d)) {
        const lijst = m.get(s);
        if (!lijst) m.set(s, [i]);
        else if (lijst.length < o.maxPerGroep) lijst.push(i);
      }
    });
    return m;
  };
  const perPrincipe = groep((d) => d.principes);
  const perAlliantie = groep((d) => (d.alliantie ? [d.alliantie] : []));

  const jaccard = (a: readonly string[], b: readonly string[]) => {
    if (!a.length || !b.length) return 0;
    let gedeeld = 0;
    for (const x of a) if (b.includes(x)) gedeeld++;
    return gedeeld / (a.length + b.length - gedeeld);
  };

  // Scratch space reused by every query: no allocation proportional to n per query.
  const score = new Float64Array(n);
  const geraakt = new Int32Array(n);
  const isGeraakt = new Uint8Array(n);
  const cache = new Map<number, VerwantTreffer[]>();

  function bereken(i: number): VerwantTreffer[] {
    let aantalGeraakt = 0;
    const raak = (j: number) => {
      if (j === i || isGeraakt[j]) return;
      isGeraakt[j] = 1;
      geraakt[aantalGeraakt++] = j;
    };
    const v = vectoren[i];
    for (let a = 0; a < v.termen.length; a++) {
      const lijst = champions[v.termen[a]];
      const wq = v.gewichten[a];
      for (let b = 0; b < lijst.docs.length; b++) {
        const j = lijst.docs[b];
        raak(j);
        score[j] += wq * lijst.w[b];
      }
    }
    const d = documenten[i];
    for (const p of d.principes) for (const j of perPrincipe.get(p) ?? []) raak(j);
    if (d.alliantie) for (const j of perAlliantie.get(d.alliantie) ?? []) raak(j);

    // Top k by insertion into a short sorted list.
    const top: VerwantTreffer[] = [];
    for (let c = 0; c < aantalGeraakt; c++) {
      const j = geraakt[c];
      const ander = documenten[j];
      const principes = d.principes.filter((p) => ander.principes.includes(p));
      const zelfdeAlliantie = !!d.alliantie && d.alliantie === ander.alliantie;
      const s =
        score[j] +
        principes.length * o.bonusPrincipe +
        (zelfdeAlliantie ? o.bonusAlliantie : 0) +
        o.bonusRol * jaccard(d.rollen, ander.rollen) +
        o.bonusFase * jaccard(d.fasen, ander.fasen);
      score[j] = 0;
      isGeraakt[j] = 0;
      if (top.length === o.k && s <= top[top.length - 1].score) continue;
      const treffer = { id: ander.id, score: s, principes, zelfdeAlliantie };
      let plek = top.length;
      while (plek > 0 && (top[plek - 1].score < s || (top[plek - 1].score === s && top[plek - 1].id > ander.id))) plek--;
      top.splice(plek, 0, treffer);
      if (top.length > o.k) top.pop();
    }
    return top;
  }

  return {
    aantal: n,
    verwant(id) {
      const i = positie.get(id);
      if (i === undefined) return [];
      let uit = cache.get(i);
      if (!uit) {
        uit = bereken(i);
        cache.set(i, uit);
      }
      return uit;
    },
  };
}
