import { makeContentFixture } from './fixtures.ts';

/**
 * A content tree in a fresh temporary folder: the real taxonomies plus `bestanden`
 * (path relative to the content root -> file text). Point INZICHTENBANK_CONTENT at it.
 */
export const maakContent = (bestanden: Record<string, string>): string => makeContentFixture(bestanden);

type Velden = Record<string, string | undefined>;

/** An MDX file: the default fields with `velden` over them (a value of undefined drops the field), then the body. */
function mdx(standaard: Velden, velden: Velden, body: string): string {
  const regels = Object.entries({ ...standaard, ...velden }).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`]));
  return `---\n${regels.join('\n')}\n---\n\n${body}\n`;
}

/** Frontmatter of a valid insight; `velden` overrides or adds lines (a value of undefined drops the field). */
export function inzicht(velden: Record<string, string | undefined> = {}, body = 'Een geldige tekst.'): string {
  const standaard: Record<string, string | undefined> = {
    titel: 'Een geldig inzicht',
    soort: 'succesvoorwaarde',
    samenvatting: 'Een korte samenvatting.',
    rollen: '[gemeente]',
    fasen: '[verkennen]',
    bronnen: '\n  - document: jaarverslag-2021\n    sectie: Inzichtenbank',
    datum: '2021-12-31',
  };
  return mdx(standaard, velden, body);
}

/** A valid alliance. */
export function alliantie(velden: Record<string, string | undefined> = {}, body = 'Het verhaal van de alliantie.'): string {
  const standaard: Record<string, string | undefined> = {
    naam: 'Huisvesting Alliantie',
    samenvatting: 'Tijdelijke woonruimte voor kwetsbare groepen.',
    thema: 'sociale-huisvesting',
    startjaar: '2020',
    status: 'actief',
    doel: 'Meer tijdelijke woonplekken.',
    aanleiding: '\n  - Er is te weinig woonruimte.',
    bronnen: '\n  - document: jaarverslag-2021',
    datum: '2021-12-31',
  };
  return mdx(standaard, velden, body);
}

/** A valid example project of the alliance `huisvesting` showing `goed-inzicht`. */
export function praktijkvoorbeeld(velden: Record<string, string | undefined> = {}, body = 'Wat er gebeurde.'): string {
  const standaard: Record<string, string | undefined> = {
    naam: 'Een leeg kantoorpand',
    samenvatting: 'Een pand werd tijdelijk bewoond.',
    alliantie: 'huisvesting',
    plaatsen: '[Amstelveen]',
    periode: '2021',
    bereikt: '\n  - Een pand is ter beschikking gesteld.',
    bijdragen: '\n  - rollen: [gemeente]\n    inzichten: [goed-inzicht]',
    bronnen: '\n  - document: jaarverslag-2021',
    datum: '2021-12-31',
  };
  return mdx(standaard, velden, body);
}
