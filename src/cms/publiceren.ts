/**
 * "Publiceer" only for an entry that is ready. In the editorial workflow Decap publishes only an
 * entry whose status is "Klaar" (its ready status): the cards on the workflow board get their
 * publish button enabled only in that column, and the editor refuses with a message otherwise.
 * But the editor's toolbar shows its "Publiceer" menu ("Publiceer nu", …) in every status, and
 * Decap has no setting for that. So this hides that menu while the toolbar's status button says
 * anything but "Status: Klaar", and shows it again as soon as it does.
 */

export interface PubliceerTeksten {
  /** The status button's text for the ready status: "Status: Klaar". */
  klaar: string;
  /** The texts of the publish menu's button: "Publiceer", and "Publiceren..." while it publishes. */
  publiceer: string[];
  /** How every status button text begins: "Status:". */
  status: string;
}

/** Menu buttons of Decap's toolbar (react-aria-menubutton gives them role="button"), by their text. */
function menuknoppen(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('[role="button"]')];
}

/** Hides or shows the publish menu for the status the toolbar shows now. */
export function werkPubliceerknopBij(doc: Document, teksten: PubliceerTeksten): void {
  const knoppen = menuknoppen(doc);
  const status = knoppen.find((k) => k.textContent?.trim().startsWith(teksten.status));
  // Only the editor of an entry in the workflow has a status button; elsewhere nothing is hidden.
  const klaar = !status || status.textContent?.trim() === teksten.klaar;
  for (const knop of knoppen) {
    if (!teksten.publiceer.includes(knop.textContent?.trim() ?? '')) continue;
    // Set through the style object, which the page's policy allows, and which React leaves alone.
    if (klaar) knop.style.removeProperty('display');
    else knop.style.setProperty('display', 'none', 'important');
  }
}

/** Keeps the publish menu in step with the status as the editor changes, at most once per frame. */
export function publiceerAlleenAlsKlaar(doc: Document, teksten: PubliceerTeksten): MutationObserver {
  let gepland = false;
  const observer = new MutationObserver(() => {
    if (gepland) return;
    gepland = true;
    requestAnimationFrame(() => {
      gepland = false;
      werkPubliceerknopBij(doc, teksten);
    });
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return observer;
}
