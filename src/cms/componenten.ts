import { AUTEURCOMPONENTEN } from '../components/auteur/componenten.ts';

/**
 * MDX components the editor offers in the text of an entry: the author components
 * (src/components/auteur/componenten.ts), which pages pass to every entry, so no import line is
 * needed. The author picks one from the buttons above the text box; the editor inserts the
 * snippet at the cursor.
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

export const componenten: Component[] = AUTEURCOMPONENTEN.map(({ naam, label, voorbeeld }) => ({
  naam,
  label,
  fragment: voorbeeld.fragment,
}));
