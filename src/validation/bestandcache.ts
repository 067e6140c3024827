import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inhoudSleutel, maakSchijfcache, versieVan } from '../utils/schijfcache.ts';
import { leesMdx, leesMdxBestand, type GelezenBestand } from './bestand.ts';

/**
 * Remembers how each content file was read (its frontmatter parsed, its syntax problems), keyed by
 * the file's text, so a check after one edit parses one file instead of every file: YAML parsing is
 * most of the check's time at 10,000 entries. A file whose text is unchanged gives the same result,
 * whatever its name. The stored result holds no line table: `regelVan` and `padOp` parse the file again
 * when a problem needs a line or a field, as an uncached read does.
 */
export interface Bestandcache {
  lees(abs: string): GelezenBestand;
  /** Writes what was read in this run (and only that: deleted files drop out). */
  bewaar(): void;
}

interface Opgeslagen {
  data: unknown;
  syntaxfouten: GelezenBestand['syntaxfouten'];
  bodyLine: number;
  bodyStart: number;
}

/**
 * Changes with the reading code itself (the source of bestand.ts and yaml.ts, helpers and messages
 * included), so a new version of the check never reuses an old reading.
 */
const VERSIE = versieVan([new URL('./bestand.ts', import.meta.url), new URL('./yaml.ts', import.meta.url)]);

/** Where `npm run check` keeps the cache of a content folder (the build keeps it in Astro's cacheDir). */
export function cachebestandVoor(
  root: string,
  map = path.join(process.cwd(), 'node_modules', '.cache', 'inzichtenbank'),
): string {
  return path.join(map, `inhoud-${createHash('sha1').update(path.resolve(root)).digest('hex').slice(0, 12)}.bin`);
}

export function maakBestandcache(bestand: string): Bestandcache {
  const cache = maakSchijfcache<Opgeslagen>(bestand, VERSIE);
  return {
    lees(abs) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(abs);
      } catch {
        return leesMdxBestand(abs);
      }
      const sleutel = inhoudSleutel(bytes);
      const opgeslagen = cache.haal(sleutel);
      if (opgeslagen) return terug(bytes.toString('utf8'), opgeslagen);
      const gelezen = leesMdxBestand(abs);
      // Only a file read as text is kept: the same bytes are then the same valid text (unreadable,
      // binary or too large files are read again each time and give their own problem).
      if (gelezen.syntaxfouten.every((f) => f.veld !== '(bestand)') && gelezen.tekst)
        cache.zet(sleutel, {
          data: gelezen.data,
          syntaxfouten: gelezen.syntaxfouten,
          bodyLine: gelezen.bodyLine,
          bodyStart: gelezen.tekst.length - gelezen.body.length,
        });
      return gelezen;
    },
    bewaar: () => cache.bewaar(),
  };
}

function terug(invoer: string, o: Opgeslagen): GelezenBestand {
  const tekst = invoer.replace(/^\uFEFF/, '');
  let opnieuw: GelezenBestand | undefined;
  return {
    data: structuredClone(o.data),
    syntaxfouten: o.syntaxfouten,
    body: tekst.slice(o.bodyStart),
    tekst,
    bodyLine: o.bodyLine,
    regelVan: (pad) => (opnieuw ??= leesMdx(tekst)).regelVan(pad),
    padOp: (regel) => (opnieuw ??= leesMdx(tekst)).padOp(regel),
  };
}
