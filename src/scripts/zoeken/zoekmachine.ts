/**
 * The Pagefind adapter of the search page: every call to Pagefind goes through
 * here. It turns a parsed query (`src/utils/zoekvraag.ts`) into Pagefind
 * searches, one per term of each meaningful word, and merges them: pages that
 * match more of the words first. Words that find nothing are split as compounds
 * or shortened to their beginning. No DOM.
 */
import { splitsSamenstelling } from '../../utils/samenstellingen.ts';
import { rangschikOpBegrippen, verenig, woordbegins } from '../../utils/rangschikking.ts';
import { maakWoordenboek, suggereer, type Woordenboek, type Woordenlijst } from '../../utils/suggesties.ts';
import { ontleedZoekvraag, type Zoekvraag } from '../../utils/zoekvraag.ts';

export interface PfFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PfTreffer {
  id: string;
  score: number;
  data(): Promise<PfFragment>;
}
export type Tellingen = Record<string, Record<string, number> | undefined>;
interface PfAntwoord {
  results: PfTreffer[];
  filters: Tellingen;
}
export type PfFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options(opties: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, opties?: Record<string, unknown>): Promise<void>;
  search(term: string | null, opties?: { filters?: PfFilters; sort?: Record<string, string> }): Promise<PfAntwoord>;
  filters(): Promise<Tellingen>;
}

/**
 * Pagefind's ranking options: titles weigh most, tags (curated keywords) next; the
 * hidden compound parts (`delen`, added at index time) count like body text.
 */
export const RANKING = { metaWeights: { title: 5, trefwoorden: 3, delen: 1, type: 0, samenvatting: 0 } };
/** Below this many pages with every word, pages with some of the words follow, and a spelling suggestion is tried. */
export const WEINIG = 3;
/** Most pages whose own data is loaded to count facets; above it the counts come from Pagefind's search of all words. */
const MAX_TELLEN = 100;

export interface Resultaat {
  vraag: Zoekvraag;
  /** Pages with every meaningful word first, then (when those are few) pages with some of them. */
  treffers: PfTreffer[];
  /** How many of the treffers have every word. */
  streng: number;
  /** Whether pages with only some of the words were added. */
  ruim: boolean;
  /** The meaningful words that found nothing as typed, only by their beginning or not at all (candidates for a spelling suggestion). */
  onbekend: string[];
  /** Facet counts, when Pagefind gave them for exactly this list. */
  tellingen?: Tellingen;
}

export class Zoekmachine {
  #woordenboek: Promise<Woordenboek | undefined> | undefined;
  #paginas: Promise<number> | undefined;

  private constructor(
    private readonly pagefindUrl: string,
    private readonly pagefind: Pagefind,
    private readonly synoniemen: readonly (readonly string[])[],
    private readonly woordenUrl: string,
  ) {}

  /** Loads Pagefind from its URL (held in a variable, so the bundler leaves it alone). */
  static async laad(pagefindUrl: string, synoniemen: readonly (readonly string[])[], woordenUrl: string): Promise<Zoekmachine> {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    await pagefind.options({ excerptLength: 32, ranking: RANKING });
    await pagefind.init();
    return new Zoekmachine(pagefindUrl, pagefind, synoniemen, woordenUrl);
  }

  ontleed(query: string): Zoekvraag {
    return ontleedZoekvraag(query, this.synoniemen);
  }

  /** Every filter value with its count over the whole index (loads the filter chunks). */
  alleFilters(): Promise<Tellingen> {
    return this.pagefind.filters().catch(() => ({}));
  }

  /** Starts loading the index chunks of the words while the visitor types. */
  voorladen(vraag: Zoekvraag): void {
    for (const b of vraag.begrippen) for (const t of b.zoektermen) void this.pagefind.preload(t).catch(() => undefined);
  }

  /** Searches a query with filters. Without words: every page with the filters, newest first. */
  async zoek(vraag: Zoekvraag, filters: PfFilters): Promise<Resultaat> {
    if (!vraag.term) {
      const a = await this.pagefind.search(null, { filters, sort: { datum: 'desc' } });
      return { vraag, treffers: a.results, streng: a.results.length, ruim: false, onbekend: [], tellingen: a.filters };
    }
    if (vraag.exact) {
      const a = await this.pagefind.search(vraag.term, { filters });
      return { vraag, treffers: a.results, streng: a.results.length, ruim: false, onbekend: [], tellingen: a.filters };
    }
    const [perBegrip, aantalPaginas] = await Promise.all([
      Promise.all(vraag.begrippen.map((b) => this.#zoekBegrip(b.woord, b.zoektermen, filters))),
      this.#aantalPaginas(),
    ]);
    const onbekend = vraag.begrippen.filter((_, i) => perBegrip[i]!.benaderd).map((b) => b.woord);
    const gerangschikt = rangschikOpBegrippen(
      perBegrip.map((b) => b.treffers),
      aantalPaginas,
      WEINIG,
    );
    const streng = gerangschikt.filter((r) => r.woorden === vraag.begrippen.length).length;
    return { vraag, treffers: gerangschikt.map((r) => r.item), streng, ruim: gerangschikt.length > streng, onbekend };
  }

  /**
   * How many pages the index holds, for weighing words by how rare they are. From
   * Pagefind's entry file, which Pagefind itself has just loaded (a cache hit).
   */
  #aantalPaginas(): Promise<number> {
    return (this.#paginas ??= fetch(new URL('pagefind-entry.json', new URL(this.pagefindUrl, location.href)))
      .then((r) => r.json() as Promise<{ languages?: Record<string, { page_count?: number }> }>)
      .then((e) => Object.values(e.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0) || 1000)
      .catch(() => 1000));
  }

  /**
   * The pages that match one meaningful word through any of its terms. A word
   * that finds nothing is tried as a compound of words the site uses ("docententekort"
   * -> "docenten tekort"), then by its longest beginning that finds something.
   */
  async #zoekBegrip(woord: string, termen: string[], filters: PfFilters): Promise<{ treffers: PfTreffer[]; benaderd: boolean }> {
    const [perTerm, alsGetypt] = await Promise.all([
      Promise.all(termen.map((t) => this.pagefind.search(t, { filters }).then((a) => a.results))),
      woord.includes(' ') ? true : this.#gevondenAlsGetypt(termen, filters),
    ]);
    const gevonden = verenig(perTerm);
    if (alsGetypt) return { treffers: gevonden, benaderd: false };
    const boek = await this.woordenboek();
    const delen = boek ? splitsSamenstelling(woord, (w) => boek.bekend.has(w)) : [];
    if (delen.length) {
      const { results } = await this.pagefind.search(delen.join(' '), { filters });
      if (results.length) return { treffers: results, benaderd: false };
    }
    // Pagefind's own approximation (similar words) comes before a mere beginning of the word.
    if (gevonden.length) return { treffers: gevonden, benaderd: true };
    for (const begin of woordbegins(woord)) {
      const { results } = await this.pagefind.search(begin, { filters });
      if (results.length) return { treffers: results, benaderd: true };
    }
    return { treffers: [], benaderd: true };
  }

  /**
   * Whether a term finds pages as typed (or by its stem or a longer word that begins with it). Pagefind
   * answers a word it does not know with similar words ("tijdelikje" finds "tijdelijke"); its quoted,
   * exact search does not, which tells the two apart.
   */
  async #gevondenAlsGetypt(termen: string[], filters: PfFilters): Promise<boolean> {
    const exact = await Promise.all(termen.map((t) => this.pagefind.search(`"${t}"`, { filters }).then((a) => a.results.length)));
    return exact.some((n) => n > 0);
  }

  /**
   * Facet counts over a result list: Pagefind's own when it gave them, else from
   * each page's filters (at most `MAX_TELLEN` pages; above that, Pagefind's counts
   * for all the words at once).
   */
  async tellingen(resultaat: Resultaat, filters: PfFilters): Promise<Tellingen> {
    if (resultaat.tellingen) return resultaat.tellingen;
    if (resultaat.treffers.length > MAX_TELLEN) return (await this.pagefind.search(resultaat.vraag.term, { filters })).filters;
    const tellingen: Record<string, Record<string, number>> = {};
    for (const fragment of await Promise.all(resultaat.treffers.map((t) => t.data()))) {
      for (const [sleutel, waarden] of Object.entries(fragment.filters)) {
        const per = (tellingen[sleutel] ??= {});
        for (const w of waarden ?? []) per[w] = (per[w] ?? 0) + 1;
      }
    }
    return tellingen;
  }

  /** The site's vocabulary (`/zoeken/woorden.json`), loaded once, when a word finds nothing. */
  woordenboek(): Promise<Woordenboek | undefined> {
    return (this.#woordenboek ??= fetch(this.woordenUrl)
      .then((r) => (r.ok ? (r.json() as Promise<Woordenlijst>) : undefined))
      .then((l) => (l ? maakWoordenboek(l) : undefined))
      .catch(() => undefined));
  }

  /**
   * "Bedoelde u": a query with the words that found nothing as typed replaced by
   * the closest known words, offered only when it is better: more of its words are
   * found as typed, and at least one page has every word as typed (which the
   * visitor's own query, with a word found only by its beginning or not at all, has not). Words that find pages are never changed ("haken"
   * stays, even though "maken" is more common).
   */
  async suggestie(resultaat: Resultaat, query: string, filters: PfFilters): Promise<string | undefined> {
    if (resultaat.vraag.exact || !resultaat.onbekend.length) return undefined;
    const boek = await this.woordenboek();
    if (!boek) return undefined;
    const onbekend = new Set(resultaat.onbekend);
    const beter = query
      .split(/\s+/)
      .map((w) => (onbekend.has(w.toLowerCase()) ? (suggereer(w, boek) ?? w) : w))
      .join(' ');
    if (beter.toLowerCase() === query.toLowerCase()) return undefined;
    const proef = await this.zoek(this.ontleed(beter), filters);
    // The visitor's own query found nothing with every word as typed (a word was only approximated).
    return proef.onbekend.length < resultaat.onbekend.length && proef.streng >= 1 ? beter : undefined;
  }
}
