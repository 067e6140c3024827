/**
 * The controller of the search page: the state in the URL and the form, the
 * events, and the order in which a search is shown (results, then facet counts,
 * then help). Pagefind is reached only through the adapter (`zoekmachine.ts`),
 * the page only through the view (`weergave.ts`).
 */
import { herrangschik } from '../../utils/rangschikking.ts';
import { naasteAlternatieven, statusTekst } from '../../utils/zoekstatus.ts';
import {
  ZOEKFACETTEN,
  heeftFilters,
  leesZoekStatus,
  zoekQueryString,
  type FacetSleutel,
  type ZoekStatus,
} from '../../utils/zoeken.ts';
import type { PfFilters, PfTreffer, Resultaat, Zoekmachine } from './zoekmachine.ts';
import type { ZoekWeergave } from './weergave.ts';

/** Results shown at once, and per "Meer resultaten tonen". */
export const PER_PAGINA = 10;
/** Most results loaded to print the whole list. */
export const MAX_AFDRUKKEN = 500;
/** Result lists up to this long are rendered whole after a search, so that printing prints every result. */
export const AFDRUK_VOORAF = 50;
/** Pause after a keystroke before searching. */
export const WACHTTIJD_MS = 120;

export class ZoekBesturing {
  #volgnummer = 0;
  #aanHetTypen = false;
  #wachten: ReturnType<typeof setTimeout> | undefined;
  /** The results of the search on screen: how many are visible, how many rendered (the rest for printing only). */
  #getoond: { treffers: PfTreffer[]; aantal: number; gerenderd: number } = { treffers: [], aantal: 0, gerenderd: 0 };
  /** Loads every filter chunk once; after it, facet counts are complete. */
  #alleFilters: ReturnType<Zoekmachine['alleFilters']>;

  constructor(
    private readonly machine: Zoekmachine,
    private readonly view: ZoekWeergave,
  ) {
    this.#alleFilters = machine.alleFilters();
  }

  // ---- state <-> URL ----

  uitUrl(): ZoekStatus {
    return leesZoekStatus(new URLSearchParams(location.search), (s, id) => this.view.vakjeVan(s, id) !== undefined);
  }

  /** Typing replaces the history entry it started, so Back skips keystrokes but returns to before the query. */
  zetUrl(status: ZoekStatus, manier: 'push' | 'replace'): void {
    const nieuw = location.pathname + zoekQueryString(status);
    if (nieuw === location.pathname + location.search) return;
    if (manier === 'push') history.pushState(null, '', nieuw);
    else history.replaceState(null, '', nieuw);
  }

  pfFilters(filters: ZoekStatus['filters'], behalve?: FacetSleutel): PfFilters {
    const uit: PfFilters = {};
    for (const { sleutel } of ZOEKFACETTEN) {
      const ids = filters[sleutel];
      if (sleutel !== behalve && ids?.length) uit[sleutel] = { any: ids.map((id) => this.view.waardeVan(sleutel, id)) };
    }
    return uit;
  }

  // ---- searching and showing ----

  /**
   * Facet counts. Values within a facet widen the search (any of them), facets
   * narrow it; so a facet's counts come from the search without that facet's own choices.
   */
  async tellingen(status: ZoekStatus, hoofd: Resultaat) {
    await this.#alleFilters;
    const tellingen = { ...(await this.machine.tellingen(hoofd, this.pfFilters(status.filters))) };
    await Promise.all(
      ZOEKFACETTEN.filter((f) => status.filters[f.sleutel]?.length).map(async (f) => {
        const filters = this.pfFilters(status.filters, f.sleutel);
        const zonder = await this.machine.zoek(hoofd.vraag, filters);
        tellingen[f.sleutel] = (await this.machine.tellingen(zonder, filters))[f.sleutel];
      }),
    );
    return tellingen;
  }

  /**
   * Runs a search and shows it in three steps, so results appear as soon as they are
   * known: the results, then the facet counts, then help for few or no results.
   * A newer search makes an older one stop at its next step.
   */
  async voerUit(status: ZoekStatus): Promise<void> {
    const nr = ++this.#volgnummer;
    const actueel = () => nr === this.#volgnummer;
    this.view.bezig();
    const vraag = this.machine.ontleed(status.q);
    const start = !vraag.term && !heeftFilters(status);
    const filters = this.pfFilters(status.filters);
    const hoofd = await this.machine.zoek(vraag, filters);
    const treffers = start ? [] : hoofd.treffers;

    // 1. The results, title matches first (the first page's data is loaded for display anyway).
    const eerste = await Promise.all(treffers.slice(0, PER_PAGINA).map(async (t) => ({ t, f: await t.data() })));
    if (!actueel()) return;
    const volgorde = status.q ? herrangschik(eerste, status.q, (x) => x.f.meta.title ?? '') : eerste;
    this.#getoond = {
      treffers: [...volgorde.map((x) => x.t), ...treffers.slice(PER_PAGINA)],
      aantal: volgorde.length,
      gerenderd: volgorde.length,
    };
    this.view.toonResultaten(
      volgorde.map((x) => x.f),
      volgorde.length < treffers.length,
    );
    this.view.toonGekozen(status);
    this.view.toonStatus(statusTekst({ status, start, aantal: treffers.length, streng: hoofd.streng, ruim: hoofd.ruim }));
    this.view.meld('zoeken:getoond', status);

    // 2. Facet counts.
    const tellingen = start ? await this.#alleFilters : await this.tellingen(status, hoofd);
    if (!actueel()) return;
    this.view.toonTellingen(tellingen);

    // 3. Help when there is little: a spelling suggestion, the count without filters, other choices that do have results.
    const leeg = !start && treffers.length === 0;
    const [beter, zonder] = await Promise.all([
      start ? undefined : this.machine.suggestie(hoofd, status.q, filters),
      leeg && heeftFilters(status) ? this.machine.zoek(vraag, {}).then((r) => r.treffers.length) : undefined,
    ]);
    if (!actueel()) return;
    this.view.toonSuggestie(status, beter);
    this.view.toonLeeg(status, leeg, zonder, leeg ? naasteAlternatieven(status, tellingen, this.view.alleWaarden()) : []);
    this.view.meld('zoeken:klaar', status);

    // 4. A short list is rendered whole, so the browser's own print prints every result.
    if (this.#getoond.treffers.length <= AFDRUK_VOORAF) await this.#render(AFDRUK_VOORAF, true, actueel);
  }

  /** Renders up to `aantal` more results after the rendered ones (for printing only, or visible). */
  async #render(aantal: number, alleenAfdruk: boolean, actueel = () => true): Promise<HTMLLIElement[]> {
    const g = this.#getoond;
    const deel = g.treffers.slice(g.gerenderd, g.gerenderd + aantal);
    const fragmenten = await Promise.all(deel.map((t) => t.data()));
    if (!actueel() || g !== this.#getoond) return [];
    g.gerenderd += deel.length;
    return this.view.voegToe(fragmenten, alleenAfdruk);
  }

  /** Shows the next `aantal` results (rendered already for printing, or loaded now); returns them. */
  async toonVolgende(aantal = PER_PAGINA): Promise<HTMLLIElement[]> {
    const g = this.#getoond;
    const items = this.view.onthul(aantal);
    if (items.length < aantal) items.push(...(await this.#render(aantal - items.length, false)));
    g.aantal += items.length;
    this.view.zetMeer(g.aantal < g.treffers.length);
    return items;
  }

  // ---- events ----

  zoekNu(manier: 'push' | 'replace' | 'geen'): void {
    clearTimeout(this.#wachten);
    const status = this.view.leesFormulier();
    if (manier !== 'geen') this.zetUrl(status, manier);
    void this.voerUit(status);
  }

  /** A deliberate act (submit, a box, a button) adds a history entry. */
  #handeling(): void {
    this.#aanHetTypen = false;
    this.zoekNu('push');
  }

  verbind(): void {
    const { view } = this;
    view.invoer.addEventListener('input', () => {
      const status = view.leesFormulier();
      this.zetUrl(status, this.#aanHetTypen ? 'replace' : 'push');
      this.#aanHetTypen = true;
      this.machine.voorladen(this.machine.ontleed(status.q));
      clearTimeout(this.#wachten);
      this.#wachten = setTimeout(() => this.zoekNu('geen'), WACHTTIJD_MS);
    });

    view.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.#handeling();
    });

    view.form.addEventListener('change', (e) => {
      if (e.target instanceof HTMLInputElement && e.target.type === 'checkbox') this.#handeling();
    });

    view.gekozenLijst.addEventListener('click', (e) => {
      const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-sleutel]');
      if (!knop) return;
      const vakje = view.vakjeVan(knop.dataset.sleutel!, knop.dataset.id!);
      if (vakje) vakje.checked = false;
      const plek = [...view.gekozenLijst.querySelectorAll('button')].indexOf(knop);
      this.#handeling();
      // Focus stays in the list: on the next filter, or the previous, or the search field when none is left.
      view.form.addEventListener(
        'zoeken:klaar',
        () => {
          const over = [...view.gekozenLijst.querySelectorAll('button')];
          (over[Math.min(plek, over.length - 1)] ?? view.invoer).focus();
        },
        { once: true },
      );
    });

    const wisFilters = () => {
      for (const v of view.vakjes) v.checked = false;
      this.#handeling();
      view.invoer.focus();
    };
    view.wis.addEventListener('click', wisFilters);
    view.zonderFilters.addEventListener('click', wisFilters);

    view.suggestie.addEventListener('click', (e) => {
      const link = (e.target as HTMLElement).closest<HTMLAnchorElement>('a[data-suggestie]');
      if (!link) return;
      e.preventDefault();
      view.invoer.value = link.dataset.suggestie!;
      this.#handeling();
      view.invoer.focus();
    });

    view.meer.addEventListener('click', async () => {
      const nieuw = await this.toonVolgende();
      nieuw[0]?.querySelector('a')?.focus();
    });

    // Printing: first every result (up to MAX_AFDRUKKEN), then the browser's print dialog.
    view.afdrukken.addEventListener('click', async () => {
      await this.toonVolgende(MAX_AFDRUKKEN - this.#getoond.aantal);
      window.print();
    });

    window.addEventListener('popstate', () => {
      const status = this.uitUrl();
      view.zetFormulier(status);
      this.#aanHetTypen = false;
      void this.voerUit(status);
    });
  }

  /** A shared link: show exactly what it describes, in its canonical form. */
  async begin(): Promise<void> {
    const status = this.uitUrl();
    this.view.zetFormulier(status);
    this.zetUrl(status, 'replace');
    await this.voerUit(status);
  }
}
