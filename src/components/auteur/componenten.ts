/**
 * The author components, defined once: staff use them in any insight or alliance without an
 * import line. Plain data (no `.astro` imports), so the content check (src/validation/body.ts),
 * the editor (src/cms/componenten.ts) and the pages (./index.ts, which maps each name to its
 * component) all read this list. Documented with examples in CONTRIBUTING.md and /bijdragen/.
 */
export interface AuteurComponent {
  /** Name used in MDX, for example `Citaat`. */
  naam: string;
  /** Dutch label of the button in the editor. */
  label: string;
  /** Attributes that must be filled in. */
  verplicht: readonly string[];
  /** Every attribute the component knows. */
  toegestaan: readonly string[];
  /** Example the editor inserts at the cursor. */
  fragment: string;
}

export const AUTEURCOMPONENTEN = [
  {
    naam: 'Citaat',
    label: 'Citaat',
    verplicht: ['naam', 'organisatie'],
    toegestaan: ['naam', 'functie', 'organisatie'],
    fragment: '<Citaat naam="Naam" functie="Functie" organisatie="Organisatie">\n  Letterlijk citaat uit de bron.\n</Citaat>\n',
  },
  {
    naam: 'Kernboodschap',
    label: 'Kernboodschap',
    verplicht: [],
    toegestaan: ['titel'],
    fragment: '<Kernboodschap>\n  De kern in één of twee zinnen.\n</Kernboodschap>\n',
  },
  {
    naam: 'Voorwaarden',
    label: 'Voorwaarden per rol',
    verplicht: ['rol'],
    toegestaan: ['rol', 'titel'],
    fragment: '<Voorwaarden rol="gemeente">\n- Eerste voorwaarde.\n- Tweede voorwaarde.\n</Voorwaarden>\n',
  },
] as const satisfies readonly AuteurComponent[];

/** The name of an author component. */
export type AuteurNaam = (typeof AUTEURCOMPONENTEN)[number]['naam'];

/** The author component called `naam`, if there is one. */
export function auteurComponent(naam: string): AuteurComponent | undefined {
  return AUTEURCOMPONENTEN.find((c) => c.naam === naam);
}
