/**
 * The search page in the browser: results as you type, facets with counts, the
 * state in the URL, typo help. Runs on Pagefind's JS API. Only /zoeken/ loads it.
 *
 * Safety: nothing from the index is parsed as HTML. Titles and labels are set with
 * textContent, excerpts are split into text and highlights (src/utils/uitsnede.ts),
 * and links only take same-site paths.
 */
import { aantal } from '../utils/aantal.ts';
import { combineer, herrangschik, woordbegins, zoekwoorden } from '../utils/rangschikking.ts';
import { maakWoordenboek, suggereer, type Woordenboek, type Woordenlijst } from '../utils/suggesties.ts';
import { leesUitsnede, zonderVoorvoegsel } from '../utils/uitsnede.ts';
import {
  ZOEKFACETTEN,
  heeftFilters,
  leesZoekStatus,
  zoekQueryString,
  type FacetSleutel,
  type ZoekStatus,
} from '../utils/zoeken.ts';

interface PfFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PfTreffer {
  id: string;
  score: number;
  data(): Promise<PfFragment>;
}
type Tellingen = Record<string, Record<string, number> | undefined>;
interface PfAntwoord {
  results: PfTreffer[];
  filters: Tellingen;
}
type PfFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options(opties: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, opties?: Record<string, unknown>): Promise<void>;
  search(term: string | null, opties?: { filters?: PfFilters; sort?: Record<string, string> }): Promise<PfAntwoord>;
  filters(): Promise<Tellingen>;
}

/** Results shown at once, and per "Meer resultaten tonen". */
const PER_PAGINA = 10;
/** Below this many results the page also tries each word on its own, and offers a spelling suggestion. */
const WEINIG = 3;
/** Most results taken from the word-by-word search (their facet counts need each page's data). */
const MAX_RUIM = 30;
/** Pause after a keystroke before searching. */
export const WACHTTIJD_MS = 120;

/** Pagefind's ranking options for this site (see docs/zoeken.md for how they were chosen). */
export const RANKING = { metaWeights: { title: 5, trefwoorden: 3 } };

interface Uitkomst {
  status: ZoekStatus;
  /** Nothing asked yet: no words, no filters. */
  start: boolean;
  treffers: PfTreffer[];
  /** How many of the treffers contain all the words (they come first). */
  streng: number;
  /** Whether treffers were added from a word-by-word search. */
  ruim: boolean;
  tellingen: Tellingen;
}

function maak<K extends keyof HTMLElementTagNameMap>(tag: K, klasse?: string, tekst?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (klasse) el.className = klasse;
  if (tekst !== undefined) el.textContent = tekst;
  return el;
}

/** A result link only goes to a path on this site. */
function veiligPad(pad: string): string | undefined {
  try {
    const u = new URL(pad, location.href);
    return u.origin === location.origin ? u.pathname + u.search + u.hash : undefined;
  } catch {
    return undefined;
  }
}

export async function startZoeken(form: HTMLFormElement): Promise<void> {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const invoer = $<HTMLInputElement>('zoekterm');
  const app = $('zoek-app');
  const fout = $('zoek-fout');
  const statusEl = $('zoek-status');
  const lijst = $<HTMLOListElement>('zoek-resultaten');
  const meer = $<HTMLButtonElement>('zoek-meer');
  const gekozen = $('zoek-gekozen');
  const gekozenLijst = gekozen.querySelector('ul')!;
  const wis = $<HTMLButtonElement>('zoek-wis');
  const suggestie = $('zoek-suggestie');
  const leeg = $('zoek-leeg');
  const leegFilters = $('zoek-leeg-filters');
  const leegFiltersTekst = $('zoek-leeg-filters-tekst');
  const zonderFilters = $<HTMLButtonElement>('zoek-zonder-filters');
  const vakjes = [...form.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')];
  const facetBlokken = [...form.querySelectorAll<HTMLDetailsElement>('details.facet')];

  const vakjeVan = (sleutel: string, id: string) => vakjes.find((v) => v.name === sleutel && v.value === id);
  const waardeVan = (sleutel: string, id: string) => vakjeVan(sleutel, id)?.dataset.waarde ?? id;
  const soortIdVan = new Map(vakjes.filter((v) => v.name === 'soort').map((v) => [v.dataset.waarde!, v.value]));

  // The interactive page replaces the explanation for browsers without JavaScript.
  app.hidden = false;
  if (matchMedia('(min-width: 50rem)').matches) for (const d of facetBlokken) d.open = true;

  let pagefind: Pagefind;
  try {
    const pad = form.dataset.pagefind!;
    pagefind = (await import(/* @vite-ignore */ pad)) as Pagefind;
    await pagefind.options({ excerptLength: 32, ranking: RANKING });
    await pagefind.init();
  } catch (e) {
    console.error('Zoeken kon niet starten', e);
    app.hidden = true;
    // The overview links of the empty state serve here too.
    fout.append(leeg.querySelector('.zoek-ingangen')!);
    fout.hidden = false;
    return;
  }

  // Loads every filter chunk, after which each search also returns facet counts. The first
  // results do not wait for it; their counts do.
  let filtersGeladen = false;
  const alleFilters = pagefind.filters().then(
    (f) => {
      filtersGeladen = true;
      return f;
    },
    () => ({}) as Tellingen,
  );

  // ---- state <-> URL and form ----

  const bekend = (sleutel: FacetSleutel, id: string) => vakjeVan(sleutel, id) !== undefined;
  const uitUrl = () => leesZoekStatus(new URLSearchParams(location.search), bekend);

  function uitFormulier(): ZoekStatus {
    const status: ZoekStatus = { q: invoer.value.replace(/\s+/g, ' ').trim(), filters: {} };
    for (const v of vakjes) if (v.checked) (status.filters[v.name as FacetSleutel] ??= []).push(v.value);
    return status;
  }

  function naarFormulier(status: ZoekStatus) {
    if (invoer.value.trim() !== status.q) invoer.value = status.q;
    for (const v of vakjes) v.checked = status.filters[v.name as FacetSleutel]?.includes(v.value) ?? false;
  }

  /** Typing replaces the history entry it started, so Back skips keystrokes but returns to before the query. */
  let aanHetTypen = false;
  function zetUrl(status: ZoekStatus, manier: 'push' | 'replace') {
    const nieuw = location.pathname + zoekQueryString(status);
    if (nieuw === location.pathname + location.search) return;
    if (manier === 'push') history.pushState(null, '', nieuw);
    else history.replaceState(null, '', nieuw);
  }

  function pfFilters(filters: ZoekStatus['filters'], behalve?: string): PfFilters {
    const uit: PfFilters = {};
    for (const { sleutel } of ZOEKFACETTEN) {
      const ids = filters[sleutel];
      if (sleutel !== behalve && ids?.length) uit[sleutel] = { any: ids.map((id) => waardeVan(sleutel, id)) };
    }
    return uit;
  }

  // ---- searching ----

  /** The results for words and filters: pages with all the words, then (when those are few) pages with some of them. */
  async function resultatenVoor(term: string, woorden: string[], filters: PfFilters) {
    const antwoord = await pagefind.search(term || null, { filters, sort: term ? undefined : { datum: 'desc' } });
    let treffers = antwoord.results;
    const streng = treffers.length;
    let ruim = false;
    const metTellingen = filtersGeladen;
    if (term && woorden.length && streng < WEINIG && (woorden.length > 1 || streng === 0)) {
      const perWoord = await Promise.all(woorden.map((w) => zoekWoord(w, filters)));
      const gezien = new Set(treffers.map((t) => t.id));
      const extra = combineer(perWoord).filter((t) => !gezien.has(t.id));
      if (extra.length) {
        treffers = [...treffers, ...extra].slice(0, Math.max(streng, MAX_RUIM));
        ruim = true;
      }
    }
    return { antwoord, treffers, streng, ruim, metTellingen };
  }

  /**
   * One word on its own. A long word that finds nothing is often a compound the
   * site writes differently ("samenwerkingsverbanden" for "samenwerkingsvormen"):
   * then its longest beginning that finds something stands in for it.
   */
  async function zoekWoord(woord: string, filters: PfFilters): Promise<PfTreffer[]> {
    const { results } = await pagefind.search(woord, { filters });
    if (results.length) return results;
    for (const begin of woordbegins(woord)) {
      const korter = await pagefind.search(begin, { filters });
      if (korter.results.length) return korter.results;
    }
    return [];
  }

  /** Facet counts over a list of results, from each result's own filters. */
  async function telLijst(treffers: PfTreffer[]): Promise<Tellingen> {
    const tellingen: Record<string, Record<string, number>> = {};
    for (const fragment of await Promise.all(treffers.map((t) => t.data()))) {
      for (const [sleutel, waarden] of Object.entries(fragment.filters)) {
        const per = (tellingen[sleutel] ??= {});
        for (const w of waarden ?? []) per[w] = (per[w] ?? 0) + 1;
      }
    }
    return tellingen;
  }

  /**
   * Facet counts. Values within a facet widen the search (any of them), facets narrow
   * it; so a facet's counts come from the search without that facet's own choices.
   */
  async function tellingenVoor(
    status: ZoekStatus,
    term: string,
    woorden: string[],
    hoofd: Awaited<ReturnType<typeof resultatenVoor>>,
  ): Promise<Tellingen> {
    await alleFilters;
    if (!hoofd.metTellingen && !hoofd.ruim) hoofd = await resultatenVoor(term, woorden, pfFilters(status.filters));
    const tellingen: Tellingen = hoofd.ruim ? await telLijst(hoofd.treffers) : { ...hoofd.antwoord.filters };
    await Promise.all(
      ZOEKFACETTEN.filter((f) => status.filters[f.sleutel]?.length).map(async (f) => {
        const zonder = await resultatenVoor(term, woorden, pfFilters(status.filters, f.sleutel));
        tellingen[f.sleutel] = zonder.ruim ? (await telLijst(zonder.treffers))[f.sleutel] : zonder.antwoord.filters[f.sleutel];
      }),
    );
    return tellingen;
  }

  // ---- showing ----

  function toonTellingen(tellingen: Tellingen) {
    for (const v of vakjes) {
      const n = tellingen[v.name]?.[v.dataset.waarde!] ?? 0;
      const teller = v.labels?.[0]?.querySelector('[data-aantal]');
      if (teller) {
        teller.textContent = '';
        teller.append(
          maak('span', 'visueel-verborgen', ', '),
          String(n),
          maak('span', 'visueel-verborgen', n === 1 ? ' resultaat' : ' resultaten'),
        );
      }
      v.disabled = n === 0 && !v.checked;
    }
    for (const d of facetBlokken) {
      const n = vakjes.filter((v) => v.name === d.dataset.facet && v.checked).length;
      d.querySelector('[data-gekozen]')!.textContent = n ? ` (${n} gekozen)` : '';
    }
  }

  function toonGekozen(status: ZoekStatus) {
    gekozenLijst.textContent = '';
    for (const { sleutel, titel } of ZOEKFACETTEN) {
      for (const id of status.filters[sleutel] ?? []) {
        const li = maak('li');
        const knop = maak('button', 'filterlabel');
        knop.type = 'button';
        knop.dataset.sleutel = sleutel;
        knop.dataset.id = id;
        const tekst = `${titel}: ${vakjeVan(sleutel, id)?.labels?.[0]?.querySelector('.facet__tekst')?.textContent ?? id}`;
        knop.setAttribute('aria-label', `${tekst}, filter verwijderen`);
        knop.append(tekst, maak('span', 'filterlabel__kruis', '×'));
        knop.lastElementChild!.setAttribute('aria-hidden', 'true');
        li.append(knop);
        gekozenLijst.append(li);
      }
    }
    gekozen.hidden = !heeftFilters(status);
  }

  function statusTekst(u: Uitkomst): string {
    if (u.start) return 'Typ een zoekwoord of kies een filter.';
    const aantalFilters = ZOEKFACETTEN.reduce((n, f) => n + (u.status.filters[f.sleutel]?.length ?? 0), 0);
    const voor = u.status.q ? ` voor ‘${u.status.q}’` : '';
    const met = aantalFilters ? ` met ${aantal(aantalFilters, 'filter', 'filters')}` : '';
    const n = u.treffers.length;
    if (n === 0) return `Geen resultaten${voor}${met}.`;
    if (!u.ruim) return `${aantal(n, 'resultaat', 'resultaten')}${voor}${met}.`;
    if (u.streng === 0 && zoekwoorden(u.status.q).woorden.length === 1) {
      return `Geen resultaten${voor}${met}; wel ${aantal(n, 'resultaat', 'resultaten')} voor het begin van het woord.`;
    }
    if (u.streng === 0)
      return `Geen resultaten met al deze woorden samen${met}. ${aantal(n, 'resultaat', 'resultaten')} met een deel van de woorden${voor}.`;
    return `${aantal(u.streng, 'resultaat', 'resultaten')} met alle woorden${voor}${met}, en ${n - u.streng} met een deel ervan.`;
  }

  function maakResultaat(fragment: PfFragment): HTMLLIElement {
    const li = maak('li', 'zoekresultaat');
    const isAlliantie = fragment.meta.type === 'Alliantie';
    const titel = fragment.meta.title || fragment.url;
    const soort = isAlliantie ? 'Alliantie' : fragment.filters.soort?.[0];

    const kop = maak('h3', 'zoekresultaat__titel');
    const link = maak('a', undefined, titel);
    const pad = veiligPad(fragment.url);
    if (pad) link.href = pad;
    kop.append(link);
    li.append(kop);

    const meta = maak('p', 'zoekresultaat__meta');
    if (soort) {
      const id = soortIdVan.get(soort);
      meta.append(maak('span', `soortlabel${id ? ` soortlabel--${id}` : ''}`, soort));
    }
    const alliantie = isAlliantie ? undefined : fragment.filters.alliantie?.[0];
    const rollen = fragment.filters.rol ?? [];
    const details = [alliantie ? `Uit ${alliantie}` : '', rollen.length ? `Voor: ${rollen.join(', ')}` : '']
      .filter(Boolean)
      .join(' · ');
    if (details) meta.append(' ', maak('span', undefined, details));
    li.append(meta);

    const stukken = zonderVoorvoegsel(leesUitsnede(fragment.excerpt), [soort, titel].filter(Boolean).join(' '));
    if (stukken.length) {
      const uitsnede = maak('p', 'zoekresultaat__uitsnede');
      uitsnede.append('… ');
      for (const s of stukken) uitsnede.append(s.gemarkeerd ? maak('mark', undefined, s.tekst) : s.tekst);
      uitsnede.append(' …');
      li.append(uitsnede);
    }
    return li;
  }

  let getoond: { treffers: PfTreffer[]; aantal: number } = { treffers: [], aantal: 0 };

  async function toonVolgende(): Promise<HTMLLIElement[]> {
    const deel = getoond.treffers.slice(getoond.aantal, getoond.aantal + PER_PAGINA);
    const items = (await Promise.all(deel.map((t) => t.data()))).map(maakResultaat);
    lijst.append(...items);
    getoond.aantal += deel.length;
    meer.hidden = getoond.aantal >= getoond.treffers.length;
    return items;
  }

  let woordenboek: Promise<Woordenboek | undefined> | undefined;
  const laadWoordenboek = () =>
    (woordenboek ??= fetch(form.dataset.woorden!)
      .then((r) => (r.ok ? (r.json() as Promise<Woordenlijst>) : undefined))
      .then((l) => (l ? maakWoordenboek(l) : undefined))
      .catch(() => undefined));

  /** "Bedoelde u: ...?" when a corrected query finds more. */
  async function zoekSuggestie(u: Uitkomst): Promise<string | undefined> {
    if (!u.status.q || u.streng >= WEINIG) return undefined;
    const boek = await laadWoordenboek();
    const beter = boek && suggereer(u.status.q, boek);
    if (!beter || beter.toLowerCase() === u.status.q.toLowerCase()) return undefined;
    const { term } = zoekwoorden(beter);
    const proef = await pagefind.search(term, { filters: pfFilters(u.status.filters) });
    return proef.results.length > u.streng ? beter : undefined;
  }

  function toonSuggestie(status: ZoekStatus, beter: string | undefined) {
    suggestie.textContent = '';
    suggestie.hidden = !beter;
    if (!beter) return;
    const link = maak('a', undefined, beter);
    link.href = location.pathname + zoekQueryString({ ...status, q: beter });
    link.dataset.suggestie = beter;
    suggestie.append('Bedoelde u: ', link, '?');
  }

  /** With filters and no results: how many results the words give without filters. */
  async function zonderFiltersAantal(u: Uitkomst): Promise<number | undefined> {
    if (u.start || u.treffers.length > 0 || !heeftFilters(u.status)) return undefined;
    const { term, woorden } = zoekwoorden(u.status.q);
    return (await resultatenVoor(term, woorden, {})).treffers.length;
  }

  function toonLeeg(u: Uitkomst, zonder: number | undefined) {
    leeg.hidden = u.start || u.treffers.length > 0;
    leegFilters.hidden = zonder === undefined;
    if (zonder === undefined) return;
    leegFiltersTekst.textContent = zonder
      ? `Zonder filters zijn er ${aantal(zonder, 'resultaat', 'resultaten')}. U kunt ook één filter tegelijk weghalen bij ‘Gekozen filters’.`
      : 'Ook zonder filters zijn er geen resultaten. Probeer andere of minder woorden.';
    zonderFilters.hidden = zonder === 0;
  }

  let volgnummer = 0;
  /**
   * Runs a search and shows it in three steps, so results appear as soon as they are
   * known: the results, then the facet counts, then help for few or no results.
   * A newer search makes an older one stop at its next step.
   */
  async function voerUit(status: ZoekStatus) {
    const nr = ++volgnummer;
    const actueel = () => nr === volgnummer;
    form.dataset.zoekstatus = 'bezig';
    lijst.setAttribute('aria-busy', 'true');
    const { term, woorden } = zoekwoorden(status.q);
    const start = !term && !heeftFilters(status);
    const hoofd = start ? undefined : await resultatenVoor(term, woorden, pfFilters(status.filters));
    const u: Uitkomst = {
      status,
      start,
      treffers: hoofd?.treffers ?? [],
      streng: hoofd?.streng ?? 0,
      ruim: hoofd?.ruim ?? false,
      tellingen: {},
    };

    // 1. The results, title matches first (the first page's data is loaded for display anyway).
    const eerste = await Promise.all(u.treffers.slice(0, PER_PAGINA).map(async (t) => ({ t, f: await t.data() })));
    if (!actueel()) return;
    const volgorde = status.q ? herrangschik(eerste, status.q, (x) => x.f.meta.title ?? '') : eerste;
    getoond = { treffers: [...volgorde.map((x) => x.t), ...u.treffers.slice(PER_PAGINA)], aantal: volgorde.length };
    lijst.replaceChildren(...volgorde.map((x) => maakResultaat(x.f)));
    meer.hidden = getoond.aantal >= getoond.treffers.length;
    toonGekozen(status);
    statusEl.textContent = statusTekst(u);
    lijst.removeAttribute('aria-busy');
    form.dataset.getoond = zoekQueryString(status);
    form.dispatchEvent(new CustomEvent('zoeken:getoond'));

    // 2. Facet counts.
    u.tellingen = start ? await alleFilters : await tellingenVoor(status, term, woorden, hoofd!);
    if (!actueel()) return;
    toonTellingen(u.tellingen);

    // 3. Help when there is little: a spelling suggestion, the count without filters.
    const [beter, zonder] = await Promise.all([zoekSuggestie(u), zonderFiltersAantal(u)]);
    if (!actueel()) return;
    toonSuggestie(status, beter);
    toonLeeg(u, zonder);
    form.dataset.zoekvraag = zoekQueryString(status);
    form.dataset.zoekstatus = 'klaar';
    form.dispatchEvent(new CustomEvent('zoeken:klaar'));
  }

  // ---- events ----

  let wachten: ReturnType<typeof setTimeout> | undefined;
  function zoekNu(manier: 'push' | 'replace' | 'geen') {
    clearTimeout(wachten);
    const status = uitFormulier();
    if (manier !== 'geen') zetUrl(status, manier);
    void voerUit(status);
  }

  invoer.addEventListener('input', () => {
    const status = uitFormulier();
    zetUrl(status, aanHetTypen ? 'replace' : 'push');
    aanHetTypen = true;
    const { term } = zoekwoorden(status.q);
    if (term) void pagefind.preload(term);
    clearTimeout(wachten);
    wachten = setTimeout(() => zoekNu('geen'), WACHTTIJD_MS);
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    aanHetTypen = false;
    zoekNu('push');
  });

  form.addEventListener('change', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type !== 'checkbox') return;
    aanHetTypen = false;
    zoekNu('push');
  });

  gekozenLijst.addEventListener('click', (e) => {
    const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-sleutel]');
    if (!knop) return;
    const vakje = vakjeVan(knop.dataset.sleutel!, knop.dataset.id!);
    if (vakje) vakje.checked = false;
    const knoppen = [...gekozenLijst.querySelectorAll('button')];
    const plek = knoppen.indexOf(knop);
    aanHetTypen = false;
    zoekNu('push');
    // Focus stays in the list: on the next filter, or the previous, or the search field when none is left.
    form.addEventListener(
      'zoeken:klaar',
      () => {
        const over = [...gekozenLijst.querySelectorAll('button')];
        (over[Math.min(plek, over.length - 1)] ?? invoer).focus();
      },
      { once: true },
    );
  });

  const wisFilters = () => {
    for (const v of vakjes) v.checked = false;
    aanHetTypen = false;
    zoekNu('push');
    invoer.focus();
  };
  wis.addEventListener('click', wisFilters);
  zonderFilters.addEventListener('click', wisFilters);

  suggestie.addEventListener('click', (e) => {
    const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggestie]');
    if (!link) return;
    e.preventDefault();
    invoer.value = link.dataset.suggestie!;
    aanHetTypen = false;
    zoekNu('push');
    invoer.focus();
  });

  meer.addEventListener('click', async () => {
    const nieuw = await toonVolgende();
    nieuw[0]?.querySelector('a')?.focus();
  });

  window.addEventListener('popstate', () => {
    const status = uitUrl();
    naarFormulier(status);
    aanHetTypen = false;
    void voerUit(status);
  });

  // A shared link: show exactly what it describes, in its canonical form.
  const begin = uitUrl();
  naarFormulier(begin);
  zetUrl(begin, 'replace');
  await voerUit(begin);
}
