import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentRoot } from './content.ts';

/**
 * A throwaway content tree: the real taxonomies plus the given files
 * (paths relative to the content root). Returns its absolute path.
 */
export function makeContentFixture(files: Record<string, string>, { withTaxonomies = true } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-content-'));
  if (withTaxonomies) fs.cpSync(path.join(contentRoot, 'taxonomie'), path.join(dir, 'taxonomie'), { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
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
