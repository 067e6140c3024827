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

/**
 * The readings of this process, by the key of the file's text, for the content loader
 * (src/utils/loader.ts): the build's content sync needs the same frontmatter right after the
 * check, and would otherwise parse every file's YAML a second time. The check and the loader
 * are separate module instances (one loaded by Node, one by Vite), so the map lives on globalThis.
 */
const IN_DEZE_RUN = Symbol.for('inzichtenbank.bestandcache.gelezen');
function gelezenInDezeRun(): Map<string, Opgeslagen> {
  const gedeeld = globalThis as { [IN_DEZE_RUN]?: Map<string, Opgeslagen> };
  return (gedeeld[IN_DEZE_RUN] ??= new Map());
}

/** How the check of this process read a file with this text, if it did. */
export function alGelezen(tekst: string): GelezenBestand | undefined {
  const opgeslagen = gelezenInDezeRun().get(inhoudSleutel(tekst));
  return opgeslagen && terug(tekst, opgeslagen);
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
      if (opgeslagen) {
        gelezenInDezeRun().set(sleutel, opgeslagen);
        return terug(bytes.toString('utf8'), opgeslagen);
      }
      const gelezen = leesMdxBestand(abs);
      // Only a file read as text is kept: the same bytes are then the same valid text (unreadable,
      // binary or too large files are read again each time and give their own problem).
      if (gelezen.syntaxfouten.every((f) => f.veld !== '(bestand)') && gelezen.tekst) {
        const nieuw = {
          data: gelezen.data,
          syntaxfouten: gelezen.syntaxfouten,
          bodyLine: gelezen.bodyLine,
          bodyStart: gelezen.tekst.length - gelezen.body.length,
        };
        cache.zet(sleutel, nieuw);
        gelezenInDezeRun().set(sleutel, nieuw);
      }
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
