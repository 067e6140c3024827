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

import { TEKSTSTOPWOORDEN } from './stopwoorden.ts';

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
  maxTermen: 25,
  maxPostings: 100,
  maxPerGroep: 100,
  bonusPrincipe: 0.35,
  bonusAlliantie: 0.06,
  bonusRol: 0.08,
  bonusFase: 0.06,
};

/** Weight of a token by where it occurs: a title word says more than a body word. */
const VELDGEWICHT = { titel: 3, tags: 2, samenvatting: 2, tekst: 1 } as const;

/** Dutch function words, and words that occur in nearly every insight of this site (or its MDX). */
const STOPWOORDEN = new Set([
  ...TEKSTSTOPWOORDEN,
  ...'the and mdx import export from maatschappelijke alliantie allianties inzicht inzichten'.split(' '),
]);

const NIET_ASCII = /[^\x00-\x7f]/;
const CIJFERS = /^\d+$/;
const stammen = new Map<string, string>();

/** Lowercase ASCII words of at least three letters, with a light Dutch suffix stemmer. */
export function tokens(tekst: string): string[] {
  const uit: string[] = [];
  const ascii = NIET_ASCII.test(tekst) ? tekst.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : tekst;
  for (const woord of ascii.toLowerCase().split(/[^a-z0-9]+/)) {
    if (woord.length < 3 || STOPWOORDEN.has(woord) || (woord.charCodeAt(0) <= 57 && CIJFERS.test(woord))) continue;
    let st = stammen.get(woord);
    if (st === undefined) {
      st = stam(woord);
      if (stammen.size < 200_000) stammen.set(woord, st);
    }
    uit.push(st);
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

export interface VerwantIndex {
  /** The top k related insights of `id`, best first (computed on first request, then kept). */
  verwant(id: string): VerwantTreffer[];
  /** Number of documents in the index. */
  readonly aantal: number;
}

/** Number of set bits of a 32-bit integer. */
function bits(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Encodes small sets of labels as bit masks (labels beyond the 32nd share the last bit: only a bonus gets coarser). */
function maskers() {
  const bit = new Map<string, number>();
  return (labels: readonly string[]) => {
    let m = 0;
    for (const l of labels) {
      let b = bit.get(l);
      if (b === undefined) bit.set(l, (b = Math.min(bit.size, 31)));
      m |= 1 << b;
    }
    return m >>> 0;
  };
}

/** Builds the index once; queries are answered from it. */
export function maakVerwantIndex(documenten: readonly VerwantDocument[], opties: VerwantOpties = {}): VerwantIndex {
  const o = { ...STANDAARD, ...opties };
  const n = documenten.length;
  const positie = new Map<string, number>();
  documenten.forEach((d, i) => positie.set(d.id, i));

  // 1. Term frequencies per document (with field weights) and document frequencies.
  const termId = new Map<string, number>();
  const df: number[] = [];
  const docTermen: Int32Array[] = new Array(n);
  const docTf: Float64Array[] = new Array(n);
  const tf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const d = documenten[i];
    tf.clear();
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
    docTermen[i] = Int32Array.from(tf.keys());
    docTf[i] = Float64Array.from(tf.values());
    for (const t of docTermen[i]) df[t]++;
  }
  termId.clear();

  // 2. TF-IDF vectors, L2-normalised over all terms, pruned to the heaviest `maxTermen` terms.
  const termen: Int32Array[] = new Array(n);
  const gewichten: Float64Array[] = new Array(n);
  const perTerm = new Int32Array(df.length);
  for (let i = 0; i < n; i++) {
    const ts = docTermen[i];
    const ws = new Float64Array(ts.length);
    let norm = 0;
    for (let a = 0; a < ts.length; a++) {
      const w = (1 + Math.log(docTf[i][a])) * Math.log((n + 1) / (df[ts[a]] + 0.5));
      ws[a] = w > 0 ? w : 0;
      norm += ws[a] * ws[a];
    }
    norm = Math.sqrt(norm) || 1;
    // The weight of the maxTermen-th heaviest term is the threshold (a native numeric sort, no comparator).
    const drempel = ws.length > o.maxTermen ? ws.slice().sort()[ws.length - o.maxTermen] : 0;
    const kept: number[] = [];
    for (let a = 0; a < ts.length && kept.length < o.maxTermen; a++) if (ws[a] > 0 && ws[a] >= drempel) kept.push(a);
    termen[i] = Int32Array.from(kept, (a) => ts[a]);
    gewichten[i] = Float64Array.from(kept, (a) => ws[a] / norm);
    for (const t of termen[i]) perTerm[t]++;
  }
  docTermen.length = 0;
  docTf.length = 0;

  // 3. Inverted index in flat typed arrays, cut to champion lists: per term only the
  //    `maxPostings` documents in which it weighs most.
  const begin = new Int32Array(df.length + 1);
  for (let t = 0; t < df.length; t++) begin[t + 1] = begin[t] + perTerm[t];
  const vul = begin.slice(0, df.length);
  const postDoc = new Int32Array(begin[df.length]);
  const postW = new Float64Array(begin[df.length]);
  for (let i = 0; i < n; i++)
    for (let a = 0; a < termen[i].length; a++) {
      const p = vul[termen[i][a]]++;
      postDoc[p] = i;
      postW[p] = gewichten[i][a];
    }
  const lengte = new Int32Array(df.length);
  for (let t = 0; t < df.length; t++) {
    const van = begin[t];
    const tot = begin[t + 1];
    if (tot - van > o.maxPostings) {
      const orde = Array.from({ length: tot - van }, (_, k) => van + k).sort((a, b) => postW[b] - postW[a]);
      const docs = orde.slice(0, o.maxPostings).map((p) => postDoc[p]);
      const ws = orde.slice(0, o.maxPostings).map((p) => postW[p]);
      postDoc.set(docs, van);
      postW.set(ws, van);
      lengte[t] = o.maxPostings;
    } else lengte[t] = tot - van;
  }

  // 4. Taxonomy: principles as small id lists, roles and phases as bit masks, and bounded
  //    groups per principle and alliance (so a huge group cannot make a query linear).
  const principeId = new Map<string, number>();
  const principes = documenten.map((d) =>
    Int32Array.from(d.principes, (p) => {
      let id = principeId.get(p);
      if (id === undefined) principeId.set(p, (id = principeId.size));
      return id;
    }),
  );
  const rolMasker = maskers();
  const faseMasker = maskers();
  const rollen = Uint32Array.from(documenten, (d) => rolMasker(d.rollen));
  const fasen = Uint32Array.from(documenten, (d) => faseMasker(d.fasen));
  const alliantieId = new Map<string, number>();
  const alliantie = Int32Array.from(documenten, (d) => {
    if (!d.alliantie) return -1;
    let id = alliantieId.get(d.alliantie);
    if (id === undefined) alliantieId.set(d.alliantie, (id = alliantieId.size));
    return id;
  });
  const groep = (sleutels: (i: number) => ArrayLike<number>, aantalGroepen: number) => {
    const g: number[][] = Array.from({ length: aantalGroepen }, () => []);
    for (let i = 0; i < n; i++) {
      const ks = sleutels(i);
      for (let a = 0; a < ks.length; a++) if (g[ks[a]].length < o.maxPerGroep) g[ks[a]].push(i);
    }
    return g;
  };
  const perPrincipe = groep((i) => principes[i], principeId.size);
  const perAlliantie = groep((i) => (alliantie[i] >= 0 ? [alliantie[i]] : []), alliantieId.size);

  const jaccard = (a: number, b: number) => {
    const of = bits((a | b) >>> 0);
    return of ? bits((a & b) >>> 0) / of : 0;
  };
  const gedeeld = (a: Int32Array, b: Int32Array) => {
    let g = 0;
    for (let x = 0; x < a.length; x++) for (let y = 0; y < b.length; y++) if (a[x] === b[y]) g++;
    return g;
  };

  // Scratch space reused by every query: no allocation proportional to n per query.
  const score = new Float64Array(n);
  const geraakt = new Int32Array(n);
  const isGeraakt = new Uint8Array(n);
  const topDoc = new Int32Array(o.k);
  const topScore = new Float64Array(o.k);
  const cache = new Map<number, VerwantTreffer[]>();

  function bereken(i: number): VerwantTreffer[] {
    let aantalGeraakt = 0;
    const raak = (j: number) => {
      if (j === i || isGeraakt[j]) return;
      isGeraakt[j] = 1;
      geraakt[aantalGeraakt++] = j;
    };
    const ts = termen[i];
    const ws = gewichten[i];
    for (let a = 0; a < ts.length; a++) {
      const t = ts[a];
      const van = begin[t];
      const tot = van + lengte[t];
      for (let p = van; p < tot; p++) {
        const j = postDoc[p];
        if (j === i) continue;
        raak(j);
        score[j] += ws[a] * postW[p];
      }
    }
    for (const p of principes[i]) for (const j of perPrincipe[p]) raak(j);
    if (alliantie[i] >= 0) for (const j of perAlliantie[alliantie[i]]) raak(j);

    // Top k by insertion into a short sorted list; ties go to the lower id for stable output.
    let inTop = 0;
    for (let c = 0; c < aantalGeraakt; c++) {
      const j = geraakt[c];
      const s =
        score[j] +
        gedeeld(principes[i], principes[j]) * o.bonusPrincipe +
        (alliantie[i] >= 0 && alliantie[i] === alliantie[j] ? o.bonusAlliantie : 0) +
        o.bonusRol * jaccard(rollen[i], rollen[j]) +
        o.bonusFase * jaccard(fasen[i], fasen[j]);
      score[j] = 0;
      isGeraakt[j] = 0;
      const beter = (plek: number) =>
        topScore[plek] < s || (topScore[plek] === s && documenten[topDoc[plek]].id > documenten[j].id);
      if (inTop === o.k && !beter(inTop - 1)) continue;
      let plek = inTop < o.k ? inTop++ : o.k - 1;
      while (plek > 0 && beter(plek - 1)) {
        topDoc[plek] = topDoc[plek - 1];
        topScore[plek] = topScore[plek - 1];
        plek--;
      }
      topDoc[plek] = j;
      topScore[plek] = s;
    }
    const d = documenten[i];
    return Array.from({ length: inTop }, (_, r) => {
      const ander = documenten[topDoc[r]];
      return {
        id: ander.id,
        score: topScore[r],
        principes: d.principes.filter((p) => ander.principes.includes(p)),
        zelfdeAlliantie: alliantie[i] >= 0 && alliantie[i] === alliantie[topDoc[r]],
      };
    });
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
