/**
 * Example texts of the author components left in a body. The editor's buttons insert each
 * component with placeholders ("Naam", "Letterlijk citaat uit de bron."); an entry that still
 * holds one would publish an invented quote or name. The placeholders come from the one
 * definition of the buttons (src/components/auteur/componenten.ts). No Node APIs: the editor
 * runs the same check before it saves (src/cms/admin.ts).
 */
import { auteurComponent, type Plaatshouder } from '../components/auteur/componenten.ts';
import { attributenVan, tagsIn } from './veilig.ts';

export interface OvergeblevenVoorbeeld {
  /** Offset in the body of the placeholder's component tag (attribute) or of the text itself. */
  index: number;
  /** `<Citaat> naam`, or `<Citaat>` for text between the tags. */
  field: string;
  /** Dutch: which placeholder is left and what belongs in its place. */
  message: string;
}

/** Whitespace-tolerant pattern of a text: a placeholder may be re-wrapped or re-indented. */
function patroon(tekst: string): RegExp {
  const delen = tekst
    .trim()
    .split(/\s+/)
    .map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(delen.join('\\s+'));
}

function melding(naam: string, p: Plaatshouder): string {
  const tekst = p.attribuut ? `${p.attribuut}="${p.tekst}"` : `"${p.tekst}"`;
  return `in <${naam}> staat nog de voorbeeldtekst ${tekst}: vervang die door ${p.wat}`;
}

/**
 * Every placeholder still in a body, for each author component: an attribute whose value is its
 * placeholder, or a placeholder text between the component's opening and closing tag.
 * Call with a body whose code is blanked out (`zonderCode`): examples in code are not content.
 */
export function overgeblevenVoorbeelden(body: string): OvergeblevenVoorbeeld[] {
  const uit: OvergeblevenVoorbeeld[] = [];
  for (const tag of tagsIn(body)) {
    const spec = auteurComponent(tag.naam);
    if (!spec) continue;
    const attrs = attributenVan(tag.attrs);
    const openEind = tag.index + tag.naam.length + 1 + tag.attrs.length + 1;
    const sluit = tag.attrs.trimEnd().endsWith('/') ? -1 : body.indexOf(`</${tag.naam}`, openEind);
    const binnen = sluit === -1 ? '' : body.slice(openEind, sluit);
    for (const p of spec.voorbeeld.plaatshouders) {
      if (p.attribuut) {
        if (attrs.get(p.attribuut)?.trim() === p.tekst)
          uit.push({ index: tag.index, field: `<${tag.naam}> ${p.attribuut}`, message: melding(tag.naam, p) });
        continue;
      }
      const gevonden = patroon(p.tekst).exec(binnen);
      if (gevonden) uit.push({ index: openEind + gevonden.index, field: `<${tag.naam}>`, message: melding(tag.naam, p) });
    }
  }
  return uit.sort((a, b) => a.index - b.index);
}
