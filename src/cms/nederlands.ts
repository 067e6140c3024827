/**
 * The editor's Dutch: the phrases of Decap's own Dutch translation (`nl`) that the site
 * replaces, registered over it with `CMS.registerLocale` before the CMS starts (src/cms/admin.ts).
 * Decap merges a locale over its English one, so only the phrases below change; the browser test
 * checks that each key still exists in Decap's English phrases, so an upgrade that renames one fails.
 *
 * Why these: counts and field errors that read as Dutch sentences ("Rollen is verplicht.", not
 * "Rollen is vereist."), the status names the workflow really uses ("Klaar", not "Gereed" or
 * "Voltooid"), "verwijderen" that says what it removes (a draft, never a published entry), and
 * the typos and mixed "je"/"u" of the translation. Labels of buttons staff click are named in
 * docs/redactie.md; change both together.
 */

/** A tree of phrases, as Decap's locales are: `editor.editorToolbar.publishNow`. */
export interface Zinnen {
  [sleutel: string]: string | Zinnen;
}

/** Format of the date on the workflow cards when the month names are Dutch ("1 december 2026"). */
export const DATUM_VOLUIT = 'D MMMM YYYY';
/** The same without month names, for when Decap's date library could not be given Dutch ones ("1-12-2026"). */
export const DATUM_CIJFERS = 'D-M-YYYY';

export const NEDERLANDS = {
  app: {
    app: {
      loadingConfig: 'Instellingen laden…',
      waitingBackend: 'Wachten op de server…',
    },
  },
  collection: {
    collectionTop: {
      // The visible "＋ inzicht van …" stays; the accessible name holds the same words (WCAG 2.5.3).
      newButtonAriaLabel: '%{collectionLabel} toevoegen',
    },
  },
  editor: {
    editorControlPane: {
      widget: {
        required: '%{fieldLabel} is verplicht.',
        regexPattern: '%{fieldLabel}: %{pattern}.',
        range: '%{fieldLabel} moet tussen %{minValue} en %{maxValue} liggen.',
        min: '%{fieldLabel} moet minstens %{minValue} zijn.',
        max: '%{fieldLabel} mag hoogstens %{maxValue} zijn.',
        rangeCount: '%{fieldLabel}: minstens %{minCount} en hoogstens %{maxCount}.',
        rangeCountExact: '%{fieldLabel}: precies %{count}.',
        rangeMin: '%{fieldLabel}: voeg er minstens %{minCount} toe.',
        rangeMax: '%{fieldLabel}: hoogstens %{maxCount}.',
      },
    },
    editor: {
      onLeavePage: 'Weet u zeker dat u deze pagina wilt verlaten? Wat u niet hebt opgeslagen, gaat verloren.',
      onPublishingNotReady: 'Zet de status eerst op "Klaar": alleen een nagekeken item kan worden gepubliceerd.',
      onDeleteUnpublishedChanges:
        'Uw wijzigingen in dit item worden verwijderd, met het voorstel waarin ze staan. Wat op de site staat, blijft zoals het is. Doorgaan?',
      onDeleteUnpublishedChangesWithUnsavedChanges:
        'Uw wijzigingen in dit item worden verwijderd, ook wat u nog niet opsloeg. Wat op de site staat, blijft zoals het is. Doorgaan?',
    },
    editorToolbar: {
      deleteUnpublishedEntry: 'Concept verwijderen',
      deleteUnpublishedChanges: 'Wijzigingen verwijderen',
    },
  },
  ui: {
    toast: {
      missingRequiredField: 'Niet opgeslagen: vul eerst in wat rood gemarkeerd is.',
      onFailToPersist: 'Niet opgeslagen: %{details}',
      entrySaved: 'Opgeslagen',
      entryPublished: 'Gepubliceerd',
      entryUpdated: 'Status bijgewerkt',
      onDeleteUnpublishedChanges: 'Verwijderd',
      onLoggedOut: 'U bent uitgelogd. Kopieer wat u nog niet opsloeg naar een veilige plek en log opnieuw in.',
      onBackendDown: 'De server heeft een storing. Zie %{details} voor meer informatie.',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: 'Redactionele workflow',
      newPost: 'Nieuw inzicht of alliantie',
      description: 'Wordt beoordeeld: %{smart_count}. Klaar om te publiceren: %{readyCount}.',
      dateFormat: DATUM_VOLUIT,
    },
    workflowCard: {
      deleteNewEntry: 'Concept verwijderen',
      deleteChanges: 'Wijzigingen verwijderen',
      publishNewEntry: 'Publiceer',
      publishChanges: 'Publiceer wijzigingen',
    },
    workflowList: {
      onDeleteEntry:
        'Dit concept wordt verwijderd, met het voorstel waarin het staat. Wat op de site staat, blijft zoals het is. Doorgaan?',
      onPublishingNotReadyEntry:
        'Alleen een item in de kolom "Klaar" kan worden gepubliceerd. Sleep de kaart naar "Klaar" of zet de status op "Klaar".',
    },
  },
} satisfies Zinnen;

/** `basis` with every phrase of `over` put in, at any depth; neither is changed. */
export function samenvoegen(basis: Zinnen, over: Zinnen): Zinnen {
  const uit: Zinnen = { ...basis };
  for (const [sleutel, waarde] of Object.entries(over)) {
    const onder = uit[sleutel];
    uit[sleutel] = typeof waarde === 'object' && typeof onder === 'object' ? samenvoegen(onder, waarde) : waarde;
  }
  return uit;
}

/** Every phrase path of a tree: `editor.editorToolbar.publishNow`. */
export function sleutels(zinnen: Zinnen, voor = ''): string[] {
  return Object.entries(zinnen).flatMap(([k, v]) => (typeof v === 'string' ? [`${voor}${k}`] : sleutels(v, `${voor}${k}.`)));
}
