/**
 * The view of the search page: finds its elements once and draws what the
 * controller asks for. It never calls Pagefind and never reads the URL.
 *
 * Safety: nothing from the index is parsed as HTML. Titles and labels are set with
 * textContent, excerpts are split into text and highlights (src/utils/uitsnede.ts),
 * and links only take same-site paths.
 */
import { leesUitsnede, zonderVoorvoegsel } from '../../utils/uitsnede.ts';
import { metAlternatief, type Alternatief } from '../../utils/zoekstatus.ts';
import { ZOEKFACETTEN, heeftFilters, zoekQueryString, type FacetSleutel, type ZoekStatus } from '../../utils/zoeken.ts';
import type { PfFragment, Tellingen } from './zoekmachine.ts';
import { idUitPad } from '../selectie/lijst.ts';

export function maak<K extends keyof HTMLElementTagNameMap>(tag: K, klasse?: string, tekst?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (klasse) el.className = klasse;
  if (tekst !== undefined) el.textContent = tekst;
  return el;
}

/** A result link only goes to a path on this site. */
export function veiligPad(pad: string, basis = location.href): string | undefined {
  try {
    const u = new URL(pad, basis);
    return u.origin === new URL(basis).origin ? u.pathname + u.search + u.hash : undefined;
  } catch {
    return undefined;
  }
}

/** What a result card needs besides the page's own data: the class of a soort label, the save toggle of an insight. */
export interface KaartContext {
  soortKlasse(soort: string): string | undefined;
  bewaarKnop(id: string, titel: string): HTMLElement | undefined;
}

/**
 * One search result: title link, result type and soort, where it comes from, the
 * summary (printed) and the excerpt with highlights (on screen). The one place
 * that renders a result card.
 */
export function maakResultaat(fragment: PfFragment, context: KaartContext): HTMLLIElement {
  const li = maak('li', 'zoekresultaat');
  const type = fragment.meta.type ?? fragment.filters.type?.[0];
  const titel = fragment.meta.title || fragment.url;
  const soort = fragment.filters.soort?.[0];

  const kop = maak('h3', 'zoekresultaat__titel');
  const link = maak('a', undefined, titel);
  const pad = veiligPad(fragment.url);
  if (pad) link.href = pad;
  kop.append(link);
  li.append(kop);

  const meta = maak('p', 'zoekresultaat__meta');
  if (type) meta.append(maak('span', 'resultaattype', type), ' ');
  if (soort) {
    const klasse = context.soortKlasse(soort);
    meta.append(maak('span', `soortlabel${klasse ? ` soortlabel--${klasse}` : ''}`, soort));
  }
  const alliantie = type === 'Alliantie' ? undefined : fragment.filters.alliantie?.[0];
  const rollen = fragment.filters.rol ?? [];
  const details = [alliantie ? `Uit ${alliantie}` : '', rollen.length ? `Voor: ${rollen.join(', ')}` : '']
    .filter(Boolean)
    .join(' · ');
  if (details) meta.append(' ', maak('span', undefined, details));
  li.append(meta);

  if (fragment.meta.samenvatting) li.append(maak('p', 'zoekresultaat__samenvatting', fragment.meta.samenvatting));
  const stukken = zonderVoorvoegsel(leesUitsnede(fragment.excerpt), [soort, titel].filter(Boolean).join(' '));
  if (stukken.length) {
    const uitsnede = maak('p', 'zoekresultaat__uitsnede');
    uitsnede.append('… ');
    for (const s of stukken) uitsnede.append(s.gemarkeerd ? maak('mark', undefined, s.tekst) : s.tekst);
    uitsnede.append(' …');
    li.append(uitsnede);
  }
  if (pad) li.append(maak('p', 'zoekresultaat__adres', new URL(pad, location.href).href));
  const id = type === 'Inzicht' && pad ? idUitPad(pad) : undefined;
  const knop = id && context.bewaarKnop(id, titel);
  if (knop) li.append(knop);
  return li;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export class ZoekWeergave implements KaartContext {
  readonly invoer = byId<HTMLInputElement>('zoekterm');
  readonly app = byId('zoek-app');
  readonly fout = byId('zoek-fout');
  readonly statusEl = byId('zoek-status');
  readonly lijst = byId<HTMLOListElement>('zoek-resultaten');
  /** The rest of a short list, rendered for printing only (after the visible list, numbered on). */
  readonly afdruklijst = byId<HTMLOListElement>('zoek-resultaten-afdruk');
  readonly meer = byId<HTMLButtonElement>('zoek-meer');
  readonly afdrukken = byId<HTMLButtonElement>('zoek-afdrukken');
  readonly gekozen = byId('zoek-gekozen');
  readonly gekozenLijst: HTMLUListElement;
  readonly wis = byId<HTMLButtonElement>('zoek-wis');
  readonly suggestie = byId('zoek-suggestie');
  readonly leeg = byId('zoek-leeg');
  readonly leegFilters = byId('zoek-leeg-filters');
  readonly leegFiltersTekst = byId('zoek-leeg-filters-tekst');
  readonly alternatieven = byId('zoek-alternatieven');
  readonly zonderFilters = byId<HTMLButtonElement>('zoek-zonder-filters');
  readonly bewaarSjabloon = byId<HTMLTemplateElement>('zoek-bewaar-sjabloon');
  readonly vakjes: HTMLInputElement[];
  readonly facetBlokken: HTMLDetailsElement[];
  readonly #soortIdVan: Map<string, string>;

  constructor(readonly form: HTMLFormElement) {
    this.gekozenLijst = this.gekozen.querySelector('ul')!;
    this.vakjes = [...form.querySelectorAll<HTMLInputElement>('.facet input[type="checkbox"]')];
    this.facetBlokken = [...form.querySelectorAll<HTMLDetailsElement>('details.facet')];
    this.#soortIdVan = new Map(this.vakjes.filter((v) => v.name === 'soort').map((v) => [v.dataset.waarde!, v.value]));
  }

  soortKlasse(soort: string): string | undefined {
    return this.#soortIdVan.get(soort);
  }

  /** A copy of the page's BewaarKnop.astro (in a template), for one insight; the selection script shows it. */
  bewaarKnop(id: string, titel: string): HTMLElement | undefined {
    const knop = this.bewaarSjabloon.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
    if (!knop) return undefined;
    knop.dataset.bewaar = id;
    knop.querySelector('.visueel-verborgen')!.textContent = `: ${titel}`;
    return knop;
  }

  vakjeVan(sleutel: string, id: string): HTMLInputElement | undefined {
    return this.vakjes.find((v) => v.name === sleutel && v.value === id);
  }

  /** The Pagefind filter value (the label) of a facet id. */
  waardeVan(sleutel: string, id: string): string {
    return this.vakjeVan(sleutel, id)?.dataset.waarde ?? id;
  }

  /** Every facet value on the page, for the alternatives when nothing fits. */
  alleWaarden(): { sleutel: FacetSleutel; id: string; waarde: string; tekst: string }[] {
    return this.vakjes.map((v) => ({
      sleutel: v.name as FacetSleutel,
      id: v.value,
      waarde: v.dataset.waarde!,
      tekst: v.labels?.[0]?.querySelector('.facet__tekst')?.textContent ?? v.value,
    }));
  }

  /** The interactive page replaces the explanation for browsers without JavaScript; facets open on wide screens. */
  toonApp(): void {
    this.app.classList.remove('zoeken__indeling--wacht');
    this.form.dataset.js = 'klaar';
    if (matchMedia('(min-width: 50rem)').matches) for (const d of this.facetBlokken) d.open = true;
  }

  toonFout(): void {
    this.app.hidden = true;
    // The overview links of the empty state serve here too.
    this.fout.append(this.leeg.querySelector('.zoek-ingangen')!);
    this.fout.hidden = false;
  }

  leesFormulier(): ZoekStatus {
    const status: ZoekStatus = { q: this.invoer.value.replace(/\s+/g, ' ').trim(), filters: {} };
    for (const v of this.vakjes) if (v.checked) (status.filters[v.name as FacetSleutel] ??= []).push(v.value);
    return status;
  }

  zetFormulier(status: ZoekStatus): void {
    if (this.invoer.value.trim() !== status.q) this.invoer.value = status.q;
    for (const v of this.vakjes) v.checked = status.filters[v.name as FacetSleutel]?.includes(v.value) ?? false;
  }

  bezig(): void {
    this.form.dataset.zoekstatus = 'bezig';
    this.lijst.setAttribute('aria-busy', 'true');
  }

  /** Replaces the results; `meer` says whether more can be shown. */
  toonResultaten(fragmenten: PfFragment[], meer: boolean): void {
    this.lijst.replaceChildren(...fragmenten.map((f) => maakResultaat(f, this)));
    this.afdruklijst.replaceChildren();
    this.meer.hidden = !meer;
    this.afdrukken.hidden = fragmenten.length === 0;
    this.lijst.removeAttribute('aria-busy');
  }

  /**
   * Adds results under the rendered ones; returns the new items (for focus).
   * `alleenAfdruk` renders them for printing only, until `onthul` shows them.
   */
  voegToe(fragmenten: PfFragment[], alleenAfdruk = false): HTMLLIElement[] {
    const items = fragmenten.map((f) => maakResultaat(f, this));
    (alleenAfdruk ? this.afdruklijst : this.lijst).append(...items);
    this.afdruklijst.start = this.lijst.children.length + 1;
    return items;
  }

  /** Shows up to `n` results that were rendered for printing only; returns them. */
  onthul(n: number): HTMLLIElement[] {
    const items = [...this.afdruklijst.children].slice(0, n) as HTMLLIElement[];
    this.lijst.append(...items);
    this.afdruklijst.start = this.lijst.children.length + 1;
    return items;
  }

  zetMeer(meer: boolean): void {
    this.meer.hidden = !meer;
  }

  toonStatus(tekst: string): void {
    this.statusEl.textContent = tekst;
  }

  toonTellingen(tellingen: Tellingen): void {
    for (const v of this.vakjes) {
      const n = tellingen[v.name]?.[v.dataset.waarde!] ?? 0;
      const aantal = v.labels?.[0]?.querySelector('[data-aantal]');
      if (aantal) {
        aantal.textContent = '';
        aantal.append(
          maak('span', 'visueel-verborgen', ', '),
          String(n),
          maak('span', 'visueel-verborgen', n === 1 ? ' resultaat' : ' resultaten'),
        );
      }
      v.disabled = n === 0 && !v.checked;
    }
    for (const d of this.facetBlokken) {
      const n = this.vakjes.filter((v) => v.name === d.dataset.facet && v.checked).length;
      d.querySelector('[data-gekozen]')!.textContent = n ? ` (${n} gekozen)` : '';
    }
  }

  toonGekozen(status: ZoekStatus): void {
    this.gekozenLijst.textContent = '';
    for (const { sleutel, titel } of ZOEKFACETTEN) {
      for (const id of status.filters[sleutel] ?? []) {
        const li = maak('li');
        const knop = maak('button', 'filterlabel');
        knop.type = 'button';
        knop.dataset.sleutel = sleutel;
        knop.dataset.id = id;
        const tekst = `${titel}: ${this.vakjeVan(sleutel, id)?.labels?.[0]?.querySelector('.facet__tekst')?.textContent ?? id}`;
        knop.setAttribute('aria-label', `${tekst}, filter verwijderen`);
        knop.append(tekst, maak('span', 'filterlabel__kruis', '×'));
        knop.lastElementChild!.setAttribute('aria-hidden', 'true');
        li.append(knop);
        this.gekozenLijst.append(li);
      }
    }
    this.gekozen.hidden = !heeftFilters(status);
  }

  toonSuggestie(status: ZoekStatus, beter: string | undefined): void {
    this.suggestie.textContent = '';
    this.suggestie.hidden = !beter;
    if (!beter) return;
    const link = maak('a', undefined, beter);
    link.href = location.pathname + zoekQueryString({ ...status, q: beter });
    link.dataset.suggestie = beter;
    this.suggestie.append('Bedoelde u: ', link, '?');
  }

  /**
   * The help under "no results": the count without filters and, when the filters
   * leave nothing, the nearest other choices that do have results.
   */
  toonLeeg(status: ZoekStatus, zichtbaar: boolean, zonder: number | undefined, alternatieven: Alternatief[]): void {
    this.leeg.hidden = !zichtbaar;
    this.leegFilters.hidden = zonder === undefined;
    this.alternatieven.textContent = '';
    if (zonder === undefined) return;
    this.leegFiltersTekst.textContent = zonder
      ? `Zonder filters zijn er ${zonder === 1 ? '1 resultaat' : `${zonder} resultaten`}. U kunt ook één filter tegelijk weghalen bij ‘Gekozen filters’.`
      : 'Ook zonder filters zijn er geen resultaten. Probeer andere of minder woorden.';
    this.zonderFilters.hidden = zonder === 0;
    if (!alternatieven.length) return;
    const titelVan = new Map<string, string>(ZOEKFACETTEN.map((f) => [f.sleutel, f.titel]));
    this.alternatieven.append(maak('p', undefined, 'Wel resultaten met een andere keuze:'));
    const ul = maak('ul');
    for (const a of alternatieven) {
      const link = maak('a', undefined, `${titelVan.get(a.sleutel)}: ${a.tekst}`);
      link.href = location.pathname + zoekQueryString(metAlternatief(status, a));
      const li = maak('li');
      li.append(link, ` (${a.aantal === 1 ? '1 resultaat' : `${a.aantal} resultaten`})`);
      ul.append(li);
    }
    this.alternatieven.append(ul);
  }

  /** Tells tests and the controller that a search is on screen. */
  meld(gebeurtenis: 'zoeken:getoond' | 'zoeken:klaar', status: ZoekStatus): void {
    if (gebeurtenis === 'zoeken:getoond') this.form.dataset.getoond = zoekQueryString(status);
    else {
      this.form.dataset.zoekvraag = zoekQueryString(status);
      this.form.dataset.zoekstatus = 'klaar';
    }
    this.form.dispatchEvent(new CustomEvent(gebeurtenis));
  }
}
