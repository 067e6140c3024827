import type { Page } from 'playwright-core';

export interface TabRonde {
  /** Every element that Tab should reach, described ("a[href=/inzichten/] Inzichten"). */
  kandidaten: string[];
  /** The ones Tab did not reach. */
  gemist: string[];
  /** Focus stops, in order. */
  volgorde: string[];
  /** Focus without a visible indicator, outside the viewport, covered by something else, or stuck. */
  problemen: string[];
}

/**
 * Waits until the page's own scripts have drawn what they draw at start: the search page its
 * results, counts and help (`data-zoekstatus`), the selection page its list (`data-getoond`).
 * Before that, content still appears, disappears or takes focus, and a Tab round would race it.
 */
export async function wachtOpScripts(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const zoeken = document.getElementById('zoeken');
      const selectie = document.querySelector<HTMLElement>('[data-selectie-pagina]');
      return (!zoeken || zoeken.dataset.zoekstatus === 'klaar') && (!selectie || !!selectie.dataset.getoond);
    },
    undefined,
    { timeout },
  );
}

/**
 * Presses Tab through a page from the top until focus leaves the document, and checks that every
 * visible focusable element is reached (radio groups count once), that each one shows a focus
 * indicator (outline or box-shadow of at least 2px), lies in the viewport and is not covered by
 * another element (WCAG 2.1.1, 2.4.7, 2.4.11), and that focus never gets stuck (2.1.2).
 */
export async function tabRonde(page: Page, maxStappen = 600): Promise<TabRonde> {
  const kandidaten = await page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable=false]), audio[controls], video[controls]';
    const groepen = new Set<string>();
    const uit: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      el.removeAttribute('data-kb');
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        const groep = `${el.form?.id ?? ''}|${el.name}`;
        if (el.name && groepen.has(groep)) {
          el.setAttribute('data-kb', `radio:${groep}`);
          continue;
        }
        groepen.add(groep);
        el.setAttribute('data-kb', `radio:${groep}`);
      } else el.setAttribute('data-kb', String(uit.length));
      const naam = (el.getAttribute('aria-label') ?? el.textContent ?? (el as HTMLInputElement).placeholder ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      uit.push(
        `${el.getAttribute('data-kb')}|${el.localName}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}${el.id ? `#${el.id}` : ''} ${naam}`,
      );
    }
    return uit;
  });
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const bereikt = new Set<string>();
  const volgorde: string[] = [];
  const problemen: string[] = [];
  let vorige = '';
  for (let i = 0; i < maxStappen; i++) {
    await page.keyboard.press('Tab');
    const stap = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el === document.documentElement) return null;
      const cs = getComputedStyle(el);
      let ring =
        (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) || (cs.boxShadow !== 'none' && cs.boxShadow !== '');
      if (!ring) {
        // A custom indicator (an SVG link whose shape changes colour, say): compare the look of the
        // element and its descendants with and without focus, then give focus back.
        const uiterlijk = () =>
          [el, ...el.querySelectorAll('*')]
            .slice(0, 60)
            .map((x) => {
              const c = getComputedStyle(x);
              return [
                c.outline,
                c.boxShadow,
                c.backgroundColor,
                c.color,
                c.borderColor,
                c.borderWidth,
                c.textDecorationLine,
                c.fill,
                c.stroke,
                c.strokeWidth,
              ].join('|');
            })
            .join('\n');
        const met = uiterlijk();
        el.blur();
        const zonder = uiterlijk();
        el.focus();
        ring = met !== zonder;
      }
      const r = el.getBoundingClientRect();
      const inBeeld = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
      const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
      const raak = document.elementFromPoint(x, y);
      const bedekt =
        inBeeld && raak && !el.contains(raak) && !raak.contains(el) && !(el.id && raak.closest(`label[for="${el.id}"]`));
      const beschrijving = `${el.localName}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}${el.id ? `#${el.id}` : ''}`;
      return {
        kb: el.getAttribute('data-kb'),
        beschrijving,
        ring,
        inBeeld,
        bedekt: bedekt ? `${raak!.localName}${raak!.className ? `.${String(raak!.className).split(' ')[0]}` : ''}` : '',
      };
    });
    if (!stap) break;
    const sleutel = `${stap.kb}|${stap.beschrijving}`;
    if (stap.kb !== null && bereikt.has(stap.kb) && sleutel !== vorige) break; // back at the start: the round is complete
    if (sleutel === vorige) {
      problemen.push(`focus blijft hangen op ${stap.beschrijving}`);
      break;
    }
    vorige = sleutel;
    volgorde.push(stap.beschrijving);
    if (stap.kb !== null) bereikt.add(stap.kb);
    if (!stap.ring) problemen.push(`geen zichtbare focus op ${stap.beschrijving}`);
    if (!stap.inBeeld) problemen.push(`${stap.beschrijving} is bij focus niet in beeld`);
    if (stap.bedekt) problemen.push(`${stap.beschrijving} wordt bij focus bedekt door ${stap.bedekt}`);
  }
  const gemist = kandidaten.filter((k) => !bereikt.has(k.split('|')[0])).map((k) => k.split('|').slice(1).join('|'));
  return { kandidaten: kandidaten.map((k) => k.split('|').slice(1).join('|')), gemist, volgorde, problemen };
}
