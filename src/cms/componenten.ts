/**
 * MDX components the editor offers in the text of an entry. The author picks one from
 * the list above the text box; the editor inserts the snippet at the cursor and adds the
 * import line at the top of the text when it is not there yet.
 */
export interface Component {
  /** Name used in MDX, for example `Citaat`. */
  naam: string;
  /** Dutch label in the editor. */
  label: string;
  /** Path of the component from the project root. */
  bestand: string;
  /** Text inserted at the cursor. */
  fragment: string;
}

export const componenten: Component[] = [
  {
    naam: 'Citaat',
    label: 'Citaat (letterlijk, met naam en organisatie)',
    bestand: 'src/components/Citaat.astro',
    fragment: '<Citaat naam="Naam" functie="Functie" organisatie="Organisatie">\n  Letterlijk citaat uit de bron.\n</Citaat>\n',
  },
];
