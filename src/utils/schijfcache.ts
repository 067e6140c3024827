import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/**
 * A cache on disk of results keyed by the content they were computed from, for work that a
 * rebuild would otherwise repeat for every unchanged file. It is versioned by the code that
 * computes the results: another version starts empty. Only what was used in this run is saved,
 * so results of deleted or changed files drop out. A missing or damaged file only costs time.
 */
export interface Schijfcache<T> {
  haal(sleutel: string): T | undefined;
  zet(sleutel: string, waarde: T): void;
  /** Writes what was used or computed in this run. */
  bewaar(): void;
}

/** The key of a content: its SHA-1. */
export function inhoudSleutel(inhoud: string | Buffer): string {
  return createHash('sha1').update(inhoud).digest('hex');
}

/**
 * A version that changes with the given files (the source of the computing code, a word list).
 * When one cannot be read, the version is new every time, so nothing is ever reused.
 */
export function versieVan(bestanden: URL[]): string {
  try {
    const hash = createHash('sha1');
    for (const bestand of bestanden) hash.update(fs.readFileSync(bestand));
    return hash.digest('hex');
  } catch {
    return `niet-herbruikbaar-${Date.now()}-${Math.random()}`;
  }
}

export function maakSchijfcache<T>(bestand: string, versie: string): Schijfcache<T> {
  const vorige = laad<T>(bestand, versie);
  const nu = new Map<string, T>();
  return {
    haal(sleutel) {
      const waarde = nu.get(sleutel) ?? vorige.get(sleutel);
      if (waarde !== undefined) nu.set(sleutel, waarde);
      return waarde;
    },
    zet(sleutel, waarde) {
      nu.set(sleutel, waarde);
    },
    bewaar() {
      try {
        fs.mkdirSync(path.dirname(bestand), { recursive: true });
        fs.writeFileSync(bestand, v8.serialize({ versie, items: nu }));
      } catch {
        // A cache that cannot be written only costs time on the next run.
      }
    },
  };
}

function laad<T>(bestand: string, versie: string): Map<string, T> {
  try {
    const inhoud = v8.deserialize(fs.readFileSync(bestand)) as { versie?: string; items?: unknown };
    if (inhoud.versie === versie && inhoud.items instanceof Map) return inhoud.items as Map<string, T>;
  } catch {
    // Missing or unreadable: start empty.
  }
  return new Map();
}
