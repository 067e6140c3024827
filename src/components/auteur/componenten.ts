/**
 * The author components, defined once: staff use them in any insight or alliance without an
 * import line. Plain data (no `.astro` imports), so the content check (src/validation/body.ts),
 * the editor (src/cms/componenten.ts) and the pages (./index.ts, which maps each name to its
 * component) all read this list. Documented with examples in CONTRIBUTING.md and /bijdragen/.
 */

/**
 * A text in a component's example that staff must replace. The editor's button inserts it; the
 * content check refuses an entry that still holds it (src/validation/voorbeeldtekst.ts).
 */
export interface Plaatshouder {
  /** The text as the button inserts it, for example `Naam`. */
  tekst: string;
  /** Dutch: what belongs in its place, for the check's message ("de naam van wie het zei"). */
  wat: string;
  /** The attribute whose value it is; absent for text between the opening and closing tag. */
  attribuut?: string;
}

/** What the editor's button inserts: the text, and the placeholders in it. */
export interface Voorbeeld {
  fragment: string;
  plaatshouders: readonly Plaatshouder[];
}

export interface AuteurComponent {
  /** Name used in MDX, for example `Citaat`. */
  naam: string;
  /** Dutch label of the button in the editor. */
  label: string;
  /** Attributes that must be filled in. */
  verplicht: readonly string[];
  /** Every attribute the component knows. */
  toegestaan: readonly string[];
  /** Example the editor inserts at the cursor, with its placeholders. */
  voorbeeld: Voorbeeld;
}

/** A placeholder inside a `voorbeeld` template. */
function p(tekst: string, wat: string): Omit<Plaatshouder, 'attribuut'> {
  return { tekst, wat };
}

/**
 * Builds an example from a template in which every `${p(...)}` is a placeholder, so each
 * placeholder text is written once: `attr="${p('Naam', …)}"` is the value of attribute `attr`.
 */
function voorbeeld(delen: TemplateStringsArray, ...gaten: ReturnType<typeof p>[]): Voorbeeld {
  const plaatshouders = gaten.map((gat, i) => {
    const attribuut = /\s([a-zA-Z]+)="$/.exec(delen[i])?.[1];
    return attribuut ? { ...gat, attribuut } : gat;
  });
  const fragment = delen.reduce((tekst, deel, i) => tekst + deel + (gaten[i]?.tekst ?? ''), '');
  return { fragment, plaatshouders };
}

export const AUTEURCOMPONENTEN = [
  {
    naam: 'Citaat',
    label: 'Citaat',
    verplicht: ['naam', 'organisatie'],
    toegestaan: ['naam', 'functie', 'organisatie'],
    voorbeeld: voorbeeld`<Citaat naam="${p('Naam', 'de naam van wie het zei, zoals de bron die noemt')}" functie="${p('Functie', 'de functie zoals de bron die noemt, of haal functie="..." weg')}" organisatie="${p('Organisatie', 'de organisatie van wie het zei')}">
  ${p('Letterlijk citaat uit de bron.', 'het citaat, woord voor woord uit de bron')}
</Citaat>
`,
  },
  {
    naam: 'Kernboodschap',
    label: 'Kernboodschap',
    verplicht: [],
    toegestaan: ['titel'],
    voorbeeld: voorbeeld`<Kernboodschap>
  ${p('De kern in één of twee zinnen.', 'de kern van het inzicht in één of twee zinnen')}
</Kernboodschap>
`,
  },
  {
    naam: 'Voorwaarden',
    label: 'Voorwaarden per rol',
    verplicht: ['rol'],
    toegestaan: ['rol', 'titel'],
    // `gemeente` is a real role, not a placeholder: the author keeps it or picks another.
    voorbeeld: voorbeeld`<Voorwaarden rol="gemeente">
- ${p('Eerste voorwaarde.', 'een voorwaarde uit de bron')}
- ${p('Tweede voorwaarde.', 'een voorwaarde uit de bron, of haal de regel weg')}
</Voorwaarden>
`,
  },
] as const satisfies readonly AuteurComponent[];

/** The name of an author component. */
export type AuteurNaam = (typeof AUTEURCOMPONENTEN)[number]['naam'];

/** The author component called `naam`, if there is one. */
export function auteurComponent(naam: string): AuteurComponent | undefined {
  return AUTEURCOMPONENTEN.find((c) => c.naam === naam);
}
