/**
 * The search page in the browser: results as you type, facets with counts, the
 * state in the URL, typo help. Only /zoeken/ loads it. Three parts: the Pagefind
 * adapter (`zoeken/zoekmachine.ts`), the view (`zoeken/weergave.ts`) and the
 * controller (`zoeken/besturing.ts`); the rules they share are pure modules in
 * `src/utils/` with unit tests beside them.
 */
import { ZoekBesturing } from './zoeken/besturing.ts';
import { ZoekWeergave } from './zoeken/weergave.ts';
import { Zoekmachine } from './zoeken/zoekmachine.ts';

export { WACHTTIJD_MS } from './zoeken/besturing.ts';
export { RANKING } from './zoeken/zoekmachine.ts';

/** The synonym groups the page carries (`<script type="application/json" id="zoek-synoniemen">`). */
function leesSynoniemen(): string[][] {
  try {
    const data: unknown = JSON.parse(document.getElementById('zoek-synoniemen')?.textContent ?? '[]');
    return Array.isArray(data)
      ? data.filter((g): g is string[] => Array.isArray(g) && g.every((w) => typeof w === 'string'))
      : [];
  } catch {
    return [];
  }
}

export async function startZoeken(form: HTMLFormElement): Promise<void> {
  const view = new ZoekWeergave(form);
  let machine: Zoekmachine;
  try {
    machine = await Zoekmachine.laad(form.dataset.pagefind!, leesSynoniemen(), form.dataset.woorden!);
  } catch (e) {
    console.error('Zoeken kon niet starten', e);
    view.toonFout();
    return;
  }
  view.toonApp();
  const besturing = new ZoekBesturing(machine, view);
  besturing.verbind();
  await besturing.begin();
}
