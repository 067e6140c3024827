import path from 'node:path';
import { contentDir, contentLayout } from './paths.ts';
import { taxonomieen, type TaxonomieNaam } from '../schemas/taxonomie.ts';
import { leesTekstbestand } from '../validation/bestand.ts';
import { leesYamlBewaard } from '../validation/yaml.ts';

/** The valid ids of every taxonomy, read from `content/taxonomie/*.yaml`. */
export type TaxonomieIds = Record<TaxonomieNaam, string[]>;

export function taxonomieBestand(naam: TaxonomieNaam, root = contentDir): string {
  return path.join(root, contentLayout.taxonomie, `${naam}.yaml`);
}

/**
 * Reads the ids of each taxonomy synchronously, so the frontmatter schemas can
 * offer them as the allowed values. A broken taxonomy file yields no ids here;
 * the content check reports the file itself.
 */
export function leesTaxonomieIds(root = contentDir): TaxonomieIds {
  const ids = {} as TaxonomieIds;
  for (const naam of Object.keys(taxonomieen) as TaxonomieNaam[]) {
    const gelezen = leesTekstbestand(taxonomieBestand(naam, root));
    const termen = 'tekst' in gelezen ? leesYamlBewaard(gelezen.tekst.replace(/^\uFEFF/, '')).data : [];
    ids[naam] = Array.isArray(termen)
      ? termen.flatMap((t) => (t && typeof t === 'object' && typeof t.id === 'string' ? [t.id] : []))
      : [];
  }
  return ids;
}
