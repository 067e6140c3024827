import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentRoot } from './content.ts';

/**
 * Content fixtures for tests, in one place: throwaway content trees and valid entries to
 * build them from. Two ways to write an entry: `inzicht()` / `alliantie()` take raw YAML
 * values per field (to write broken frontmatter exactly as staff might), `mdx()` writes data
 * (`geldigInzicht`, `geldigeAlliantie` or a variation of them) as YAML.
 */

/**
 * A content tree in a fresh temporary folder: the real taxonomies plus `bestanden`
 * (path relative to the content root -> file text). Point INZICHTENBANK_CONTENT at it.
 */
export function maakContent(bestanden: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-content-'));
  fs.cpSync(path.join(contentRoot, 'taxonomie'), path.join(dir, 'taxonomie'), { recursive: true });
  for (const [bestand, tekst] of Object.entries(bestanden)) {
    fs.mkdirSync(path.dirname(path.join(dir, bestand)), { recursive: true });
    fs.writeFileSync(path.join(dir, bestand), tekst);
  }
  return dir;
}

/** Frontmatter + body of an MDX file; `data` values are written as YAML flow values via JSON. */
export function mdx(data: Record<string, unknown>, body = 'Tekst.'): string {
  const yaml = Object.entries(data)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}\n`;
}

export const geldigInzicht = {
  titel: 'Start klein, met een pilot',
  soort: 'succesvoorwaarde',
  samenvatting: 'Begin op één locatie en leer van de ervaring.',
  rollen: ['vastgoedeigenaar'],
  fasen: ['co-creatie'],
  bronnen: [{ document: 'jaarverslag-2021', sectie: 'Inzichtenbank' }],
  datum: '2026-01-01',
};

export const geldigeAlliantie = {
  naam: 'Proefalliantie',
  samenvatting: 'Een alliantie om de build te testen.',
  thema: 'sociale-huisvesting',
  startjaar: 2020,
  status: 'actief',
  doel: 'Testen.',
  aanleiding: ['Er is een test nodig.'],
  partners: [{ naam: 'Gemeente Proefstad', sector: 'overheid' }],
  bronnen: [{ document: 'jaarverslag-2021' }],
  datum: '2026-01-01',
};

/** An MDX file from raw YAML values per field; a value of undefined drops the field. */
function bestand(standaard: Record<string, string>, velden: Record<string, string | undefined>, body: string): string {
  const regels = Object.entries({ ...standaard, ...velden }).flatMap(([k, v]) => (v === undefined ? [] : [`${k}: ${v}`]));
  return `---\n${regels.join('\n')}\n---\n\n${body}\n`;
}

/** A valid insight; `velden` overrides or adds lines of raw YAML. */
export function inzicht(velden: Record<string, string | undefined> = {}, body = 'Een geldige tekst.'): string {
  return bestand(
    {
      titel: 'Een geldig inzicht',
      soort: 'succesvoorwaarde',
      samenvatting: 'Een korte samenvatting.',
      rollen: '[gemeente]',
      fasen: '[verkennen]',
      bronnen: '\n  - document: jaarverslag-2021\n    sectie: Inzichtenbank',
      datum: '2021-12-31',
    },
    velden,
    body,
  );
}

/** A valid alliance; `velden` overrides or adds lines of raw YAML. */
export function alliantie(velden: Record<string, string | undefined> = {}, body = 'Het verhaal van de alliantie.'): string {
  return bestand(
    {
      naam: 'Huisvesting Alliantie',
      samenvatting: 'Tijdelijke woonruimte voor kwetsbare groepen.',
      thema: 'sociale-huisvesting',
      startjaar: '2020',
      status: 'actief',
      doel: 'Meer tijdelijke woonplekken.',
      aanleiding: '\n  - Er is te weinig woonruimte.',
      bronnen: '\n  - document: jaarverslag-2021',
      datum: '2021-12-31',
    },
    velden,
    body,
  );
}

/** A valid example project of the alliance `huisvesting` showing `goed-inzicht`; `velden` overrides or adds lines of raw YAML. */
export function praktijkvoorbeeld(velden: Record<string, string | undefined> = {}, body = 'Wat er gebeurde.'): string {
  return bestand(
    {
      naam: 'Een leeg kantoorpand',
      samenvatting: 'Een pand werd tijdelijk bewoond.',
      alliantie: 'huisvesting',
      plaatsen: '[Amstelveen]',
      periode: '2021',
      bereikt: '\n  - Een pand is ter beschikking gesteld.',
      bijdragen: '\n  - rollen: [gemeente]\n    inzichten: [goed-inzicht]',
      bronnen: '\n  - document: jaarverslag-2021',
      datum: '2021-12-31',
    },
    velden,
    body,
  );
}
