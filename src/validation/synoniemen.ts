import fs from 'node:fs';
import path from 'node:path';
import { synoniemenSchema } from '../schemas/synoniemen.ts';
import { contentDir, contentLayout } from '../utils/paths.ts';
import { leesYaml } from './yaml.ts';
import type { Melding } from './valideer.ts';

/**
 * The synonym groups staff maintain for the search page (`content/taxonomie/synoniemen.yaml`).
 * The file is optional: without it the search has no synonyms.
 */
export function synoniemenBestand(root = contentDir): string {
  return path.join(root, contentLayout.taxonomie, 'synoniemen.yaml');
}

export interface GelezenSynoniemen {
  /** The valid groups, words normalised (trimmed, lower case). */
  groepen: string[][];
  /** What is wrong in the file, with lines. */
  problemen: Melding[];
}

/** Reads and checks the synonym file: the schema, and no word in two groups or twice in one. */
export function leesSynoniemen(root = contentDir): GelezenSynoniemen {
  const bestand = synoniemenBestand(root);
  if (!fs.existsSync(bestand)) return { groepen: [], problemen: [] };
  const yaml = leesYaml(fs.readFileSync(bestand, 'utf8'));
  const problemen: Melding[] = yaml.syntaxfouten.map((f) => ({
    line: f.line,
    field: '(yaml)',
    message: f.message.replace('de frontmatter is', 'het bestand is'),
    level: 'error' as const,
  }));
  if (problemen.length) return { groepen: [], problemen };
  const r = synoniemenSchema.safeParse(yaml.data ?? []);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const [groep, , woord] = issue.path;
      const veld = typeof groep === 'number' ? `[${groep}].woorden${typeof woord === 'number' ? `[${woord}]` : ''}` : '(bestand)';
      problemen.push({ line: yaml.regelVan(issue.path), field: veld, message: issue.message, level: 'error' });
    }
    return { groepen: [], problemen };
  }
  const waar = new Map<string, number>();
  r.data.forEach((groep, g) => {
    groep.woorden.forEach((woord, w) => {
      const eerder = waar.get(woord);
      if (eerder !== undefined) {
        problemen.push({
          line: yaml.regelVan([g, 'woorden', w]),
          field: `[${g}].woorden[${w}]`,
          message:
            eerder === g
              ? `"${woord}" staat twee keer in deze groep; laat er één staan`
              : `"${woord}" staat ook in de groep op regel ${yaml.regelVan([eerder, 'woorden'])}; een woord hoort bij één groep: voeg de groepen samen of kies één`,
          level: 'error',
        });
      } else waar.set(woord, g);
    });
  });
  return { groepen: problemen.length ? [] : r.data.map((g) => g.woorden), problemen };
}
