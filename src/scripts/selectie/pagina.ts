/**
 * The page /mijn-selectie/: the saved insights in the reader's order (or those of a share link),
 * with soort, alliance, summary and sources from the published open data (/open-data/inzichten.json);
 * remove, clear all (with undo), move up and down, share by link, print, and download as CSV or Markdown.
 * Everything from the data is set as text (textContent), never as markup.
 */
import type { InzichtExport, InzichtenBestand } from '../../schemas/opendata.ts';
import { GEWIJZIGD, aantalTekst, beschikbaar, erStaanNu, bewaarSelectie, leesSelectie, meld } from '../selectie.ts';
import { bronTekst, selectieCsv, selectieMarkdown } from './export.ts';
import { naarLink, uitLink, verplaats, voegToe, zonder } from './lijst.ts';

const datumTekst = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

export function startPagina(pagina: HTMLElement): void {
  const $ = <T extends HTMLElement = HTMLElement>(naam: string) => pagina.querySelector<T>(`[data-${naam}]`)!;
  const lijstEl = $<HTMLOListElement>('lijst');
  const sjabloon = $<HTMLTemplateElement>('sjabloon');
  const notitie = $('notitie');
  const link = $<HTMLInputElement>('deellink');
  const voetLink = $<HTMLAnchorElement>('voetlink');
  const kop = $('kop');
  let gedeeld = location.search ? uitLink(location.search) : undefined;
  let records = new Map<string, InzichtExport>();
  let vorige: string[] | undefined;

  $('zonder-js').hidden = true;
  if (!beschikbaar) {
    $('geen-opslag').hidden = false;
    pagina.dataset.getoond = 'geen-opslag';
    return;
  }
  $('met-js').hidden = false;

  const ids = () => gedeeld?.ids ?? leesSelectie();
  const zichtbaar = () => ids().filter((id) => records.has(id));
  const deelAdres = () => `${location.origin}${location.pathname}${naarLink(zichtbaar())}`;

  async function laad(): Promise<void> {
    if (records.size || !ids().length) return;
    const antwoord = await fetch(pagina.dataset.json!);
    if (!antwoord.ok) throw new Error(String(antwoord.status));
    const bestand = (await antwoord.json()) as InzichtenBestand;
    records = new Map(bestand.inzichten.map((i) => [i.id, i]));
  }

  function item(inzicht: InzichtExport, plaats: number, aantal: number): HTMLLIElement {
    const li = sjabloon.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const veld = <T extends HTMLElement = HTMLElement>(naam: string) => li.querySelector<T>(`[data-veld="${naam}"]`)!;
    li.dataset.id = inzicht.id;
    veld('soort').textContent = inzicht.soort.label;
    veld('soort').classList.add(`soortlabel--${inzicht.soort.id}`);
    const titel = veld<HTMLAnchorElement>('titel');
    titel.textContent = inzicht.titel;
    titel.href = inzicht.url;
    veld('samenvatting').textContent = inzicht.samenvatting;
    const alliantie = veld<HTMLAnchorElement>('alliantie');
    if (inzicht.alliantie) {
      alliantie.textContent = inzicht.alliantie.naam;
      alliantie.href = inzicht.alliantie.url;
    } else alliantie.parentElement!.remove();
    veld('bronlabel').textContent = inzicht.bronnen.length === 1 ? 'Bron:' : 'Bronnen:';
    const bronnen = veld('bronnen');
    for (const b of inzicht.bronnen) {
      const bron = document.createElement('li');
      const naam = document.createElement(b.url ? 'a' : 'cite');
      naam.textContent = bronTekst(b);
      if (b.url) (naam as HTMLAnchorElement).href = b.url;
      bron.append(naam);
      bronnen.append(bron);
    }
    const adres = veld<HTMLAnchorElement>('url');
    adres.textContent = adres.href = inzicht.url;
    for (const naam of li.querySelectorAll('[data-veld="naam"]')) naam.textContent = `: ${inzicht.titel}`;
    const knop = (actie: string) => li.querySelector<HTMLButtonElement>(`[data-actie="${actie}"]`)!;
    knop('omhoog').disabled = plaats === 0;
    knop('omlaag').disabled = plaats === aantal - 1;
    if (gedeeld) li.querySelector('[data-bewerken]')!.remove();
    return li;
  }

  function toon(): void {
    const lijst = zichtbaar();
    const ontbreekt = ids().length - lijst.length + (gedeeld?.ongeldig ?? 0);
    lijstEl.replaceChildren(...lijst.map((id, n) => item(records.get(id)!, n, lijst.length)));
    kop.textContent = gedeeld ? 'Gedeelde selectie' : 'Mijn selectie';
    $('gedeeld').hidden = !gedeeld;
    $('leeg').hidden = lijst.length > 0 || !!gedeeld;
    for (const el of pagina.querySelectorAll<HTMLElement>('[data-alleen-met-items]')) el.hidden = lijst.length === 0;
    $<HTMLButtonElement>('wis').hidden = !!gedeeld;
    $('aantal').textContent = `${aantalTekst(lijst.length)}. Vink af wat u al doet of hebt besproken.`;
    notitie.textContent = ontbreekt
      ? `${aantalTekst(ontbreekt)} uit ${gedeeld ? 'deze link' : 'uw selectie'} ${ontbreekt === 1 ? 'is' : 'zijn'} niet (meer) gepubliceerd of ${ontbreekt === 1 ? 'bestaat' : 'bestaan'} niet; ${ontbreekt === 1 ? 'dat staat' : 'die staan'} hier niet bij.`
      : '';
    notitie.hidden = !ontbreekt;
    link.value = voetLink.textContent = voetLink.href = deelAdres();
    $('datum').textContent = datumTekst();
    pagina.dataset.getoond = 'ja';
  }

  /** After the list is drawn again, focus goes to the same control of the same item, or a neighbour. */
  function focus(id: string, actie: string): void {
    const li = lijstEl.querySelector<HTMLElement>(`[data-id="${id}"]`);
    const knop =
      li?.querySelector<HTMLButtonElement>(`[data-actie="${actie}"]:not(:disabled)`) ??
      li?.querySelector<HTMLButtonElement>('[data-actie]:not(:disabled)');
    (knop ?? kop).focus();
  }

  lijstEl.addEventListener('click', (e) => {
    const knop = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('[data-actie]') : null;
    const id = knop?.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!knop || !id || gedeeld) return;
    const titel = records.get(id)!.titel;
    const lijst = leesSelectie();
    if (knop.dataset.actie === 'verwijder') {
      const plaats = zichtbaar().indexOf(id);
      bewaarSelectie(zonder(lijst, id));
      const rest = zichtbaar();
      meld(`‘${titel}’ is verwijderd. ${erStaanNu(rest.length)} in mijn selectie.`);
      focus(rest[Math.min(plaats, rest.length - 1)] ?? '', 'verwijder');
      return;
    }
    const richting = knop.dataset.actie === 'omhoog' ? -1 : 1;
    bewaarSelectie(verplaats(lijst, id, richting));
    const rest = zichtbaar();
    meld(`‘${titel}’ staat nu op plaats ${rest.indexOf(id) + 1} van ${rest.length}.`);
    focus(id, knop.dataset.actie!);
  });

  $('wis').addEventListener('click', () => {
    vorige = leesSelectie();
    bewaarSelectie([]);
    $('ongedaan').hidden = false;
    $('ongedaan-knop').focus();
    meld('Mijn selectie is leeggemaakt.');
  });
  $('ongedaan-knop').addEventListener('click', () => {
    bewaarSelectie(voegToe(vorige ?? [], leesSelectie()));
    $('ongedaan').hidden = true;
    meld(`De selectie is teruggezet: ${aantalTekst(leesSelectie().length)}.`);
    kop.focus();
  });
  $('overnemen').addEventListener('click', () => {
    const eigen = leesSelectie();
    const nieuw = voegToe(eigen, zichtbaar());
    gedeeld = undefined;
    history.replaceState(null, '', location.pathname);
    bewaarSelectie(nieuw);
    kop.focus();
    meld(`${aantalTekst(nieuw.length - eigen.length)} overgenomen. ${erStaanNu(nieuw.length)} in mijn selectie.`);
  });
  $('afdrukken').addEventListener('click', () => print());
  $('kopieer').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.value);
      meld('De link is gekopieerd.');
    } catch {
      link.select();
      meld('Kopiëren lukte niet; de link is geselecteerd, kopieer hem met Ctrl+C.');
    }
  });
  $('download-csv').addEventListener('click', async () => {
    const antwoord = await fetch(pagina.dataset.csv!);
    download(selectieCsv(await antwoord.text(), zichtbaar()), 'mijn-selectie.csv', 'text/csv;charset=utf-8');
  });
  $('download-md').addEventListener('click', () => {
    const md = selectieMarkdown(
      zichtbaar().map((id) => records.get(id)!),
      deelAdres(),
      datumTekst(),
    );
    download(md, 'mijn-selectie.md', 'text/markdown;charset=utf-8');
  });

  /** Draws the list at once when the data is there, so focus can move to the new controls right after a change. */
  function vernieuw(): void {
    if (records.size || !ids().length) toon();
    else laad().then(toon, fout);
  }
  function fout(): void {
    $('laadfout').hidden = false;
    pagina.dataset.getoond = 'fout';
  }
  document.addEventListener(GEWIJZIGD, () => {
    if (!gedeeld) vernieuw();
  });
  vernieuw();
}

function download(inhoud: string, naam: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([inhoud], { type }));
  a.download = naam;
  a.hidden = true;
  document.body.append(a);
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(a.href);
    a.remove();
  }, 1000);
}
