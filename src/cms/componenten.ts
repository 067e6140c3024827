/**
 * MDX components the editor offers in the text of an entry: the author components of
 * `src/components/auteur/index.ts`, which pages pass to every entry, so no import line is
 * needed (see CONTRIBUTING.md and src/validation/body.ts, AUTEURCOMPONENTEN). The author picks
 * one from the buttons above the text box; the editor inserts the snippet at the cursor.
 */
export interface Component {
  /** Name used in MDX, for example `Citaat`. */
  naam: string;
  /** Dutch label of the button in the editor. */
  label: string;
  /** Text inserted at the cursor. */
  fragment: string;
  /** Path from the project root, only for a component that must be imported; the editor then adds the import line. */
  bestand?: string;
}

export const componenten: Component[] = [
  {
    naam: 'Citaat',
    label: 'Citaat',
    fragment: '<Citaat naam="Naam" functie="Functie" organisatie="Organisatie">\n  Letterlijk citaat uit de bron.\n</Citaat>\n',
  },
  {
    naam: 'Kernboodschap',
    label: 'Kernboodschap',
    fragment: '<Kernboodschap>\n  De kern in één of twee zinnen.\n</Kernboodschap>\n',
  },
  {
    naam: 'Voorwaarden',
    label: 'Voorwaarden per rol',
    fragment: '<Voorwaarden rol="gemeente">\n- Eerste voorwaarde.\n- Tweede voorwaarde.\n</Voorwaarden>\n',
  },
];
