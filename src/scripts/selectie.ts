/**
 * "Mijn selectie", on every page: the "Bewaar in mijn selectie" toggles on insight pages and cards,
 * "Bewaar alle N" on listings, the count in the header, and announcements for screen readers.
 * The selection lives in localStorage only. Without JavaScript (or without storage) no toggle is shown.
 * On /mijn-selectie/ the page itself loads as a separate chunk (selectie/pagina.ts).
 */
import { aantal } from '../utils/aantal.ts';
import { OPSLAG_SLEUTEL, leesOpslag, schoon, voegToe, zonder } from './selectie/lijst.ts';

/** Fired on document after every change of the selection, in this tab or another. */
export const GEWIJZIGD = 'selectie-gewijzigd';

function opslagBeschikbaar(): boolean {
  try {
    localStorage.setItem(`${OPSLAG_SLEUTEL}:test`, '1');
    localStorage.removeItem(`${OPSLAG_SLEUTEL}:test`);
    return true;
  } catch {
    return false;
  }
}
export const beschikbaar = opslagBeschikbaar();

export const leesSelectie = (): string[] => (beschikbaar ? leesOpslag(localStorage.getItem(OPSLAG_SLEUTEL)) : []);

export function bewaarSelectie(ids: readonly string[]): void {
  const schone = schoon(ids);
  if (schone.length) localStorage.setItem(OPSLAG_SLEUTEL, JSON.stringify(schone));
  else localStorage.removeItem(OPSLAG_SLEUTEL);
  werkBij();
}

export const aantalTekst = (n: number) => aantal(n, 'inzicht', 'inzichten');
/** "Er staat nu 1 inzicht", "Er staan nu 3 inzichten": the verb agrees with the count. */
export const erStaanNu = (n: number) => `Er ${n === 1 ? 'staat' : 'staan'} nu ${aantalTekst(n)}`;

/** Says `tekst` through the polite live region in the header; the same text twice is said twice. */
export function meld(tekst: string): void {
  const regio = document.querySelector('[data-selectie-melding]');
  if (!regio) return;
  regio.textContent = '';
  setTimeout(() => (regio.textContent = tekst), 100);
}

/** Shows every toggle with its current state, and the count in the header. */
function werkBij(): void {
  const ids = new Set(leesSelectie());
  for (const knop of document.querySelectorAll<HTMLButtonElement>('[data-bewaar]')) {
    knop.setAttribute('aria-pressed', String(ids.has(knop.dataset.bewaar!)));
    knop.hidden = false;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-met-selectie]')) el.hidden = false;
  for (const teller of document.querySelectorAll<HTMLElement>('[data-selectie-aantal]')) {
    teller.textContent = ` (${ids.size})`;
    teller.hidden = false;
  }
  document.dispatchEvent(new CustomEvent(GEWIJZIGD));
}

function schakel(knop: HTMLButtonElement): void {
  const id = knop.dataset.bewaar!;
  const lijst = leesSelectie();
  const bewaard = lijst.includes(id);
  const nieuw = bewaard ? zonder(lijst, id) : voegToe(lijst, [id]);
  bewaarSelectie(nieuw);
  meld(`${bewaard ? 'Verwijderd uit' : 'Bewaard in'} mijn selectie. ${erStaanNu(nieuw.length)} in.`);
}

function bewaarAlle(knop: HTMLButtonElement): void {
  const groep = knop.closest('[data-bewaar-groep]') ?? document;
  const ids = [...groep.querySelectorAll<HTMLElement>('[data-bewaar]')].map((k) => k.dataset.bewaar!);
  const lijst = leesSelectie();
  const nieuw = voegToe(lijst, ids);
  bewaarSelectie(nieuw);
  const erbij = nieuw.length - lijst.length;
  meld(
    erbij
      ? `${aantalTekst(erbij)} bewaard in mijn selectie. ${erStaanNu(nieuw.length)} in.`
      : `Deze inzichten stonden al in mijn selectie (${aantalTekst(nieuw.length)}).`,
  );
}

if (beschikbaar) {
  document.addEventListener('click', (e) => {
    const doel = e.target instanceof Element ? e.target : null;
    const knop = doel?.closest<HTMLButtonElement>('[data-bewaar], [data-bewaar-alle]');
    if (!knop) return;
    if (knop.dataset.bewaar) schakel(knop);
    else bewaarAlle(knop);
  });
  // Another tab changed the selection; and cards added later (search results) get their state.
  addEventListener('storage', (e) => {
    if (e.key === OPSLAG_SLEUTEL || e.key === null) werkBij();
  });
  new MutationObserver((veranderingen) => {
    if (
      veranderingen.some((v) =>
        [...v.addedNodes].some((n) => n instanceof Element && (n.matches('[data-bewaar]') || n.querySelector('[data-bewaar]'))),
      )
    )
      werkBij();
  }).observe(document.body, { childList: true, subtree: true });
  werkBij();
}

const pagina = document.querySelector<HTMLElement>('[data-selectie-pagina]');
if (pagina) void import('./selectie/pagina.ts').then((m) => m.startPagina(pagina));
