/**
 * What the editor checks before it saves, so that it never saves what the content check
 * (`npm run check`) refuses: the frontmatter against the same Zod schema, and the text for the
 * example texts of the component buttons (src/validation/voorbeeldtekst.ts). Decap's form already
 * requires the required fields; this adds what a form cannot say, such as "a source names a
 * document or a title". No Node APIs: it runs in the browser (src/cms/admin.ts).
 */
import { alliantieSchema } from '../schemas/alliantie.ts';
import { inzichtSchema } from '../schemas/inzicht.ts';
import { overgeblevenVoorbeelden } from '../validation/voorbeeldtekst.ts';
import { zonderCode } from '../validation/veilig.ts';
import type { Controle } from './config.ts';
import { BRON_SLEUTEL, HULPVELDEN, ORIGINEEL_SLEUTEL, opschonen } from './mdx-bestand.ts';
import { blokVeldTeksten, enkelvoudVan, veldTeksten } from './velden.ts';

/** A field as the form names it: "Titel", "bron 1", "citaat 2, Organisatie". */
export function veldInWoorden(pad: readonly PropertyKey[]): string {
  const delen: string[] = [];
  let blok: string | undefined;
  pad.forEach((stap, i) => {
    if (typeof stap === 'number') {
      delen.push(`${(blok && enkelvoudVan(blok)) ?? 'onderdeel'} ${stap + 1}`);
      return;
    }
    const naam = String(stap);
    // A list is named by its item ("bron 1"), so its own label would only repeat it.
    if (typeof pad[i + 1] === 'number') blok = naam;
    else delen.push(((blok ? blokVeldTeksten[blok]?.[naam] : undefined) ?? veldTeksten[naam])?.label ?? naam);
  });
  return delen.join(', ');
}

/** A message as a sentence: a capital first, a full stop last. */
function zin(tekst: string): string {
  const t = tekst.charAt(0).toUpperCase() + tekst.slice(1);
  return /[.?!]$/.test(t) ? t : `${t}.`;
}

/** The problems of the form's fields, in the words of the form; empty when the check will accept them. */
export function problemenInVelden(data: Record<string, unknown>, controle: Controle): string[] {
  const { body: _body, [BRON_SLEUTEL]: _bron, [ORIGINEEL_SLEUTEL]: _origineel, ...velden } = data;
  for (const hulp of HULPVELDEN) delete velden[hulp];
  const schema = controle.schema === 'inzicht' ? inzichtSchema(controle.taxonomie) : alliantieSchema(controle.taxonomie);
  const r = schema.safeParse(opschonen(velden) ?? {});
  if (r.success) return [];
  return r.error.issues.map((issue) => {
    // A rule may word itself for the form as well as for the file (see src/schemas/bron.ts).
    const formulier = issue.code === 'custom' ? (issue.params as { formulier?: string } | undefined)?.formulier : undefined;
    return zin(`${veldInWoorden(issue.path) || 'het formulier'}: ${formulier ?? issue.message}`);
  });
}

/** The example texts of component buttons still in the text, one message each. */
export function problemenInTekst(body: string): string[] {
  return overgeblevenVoorbeelden(zonderCode(body)).map((v) => zin(v.message));
}
