import { definitie, namenMet, type TaxonomieNaam } from '../taxonomies/registry.ts';

/*
 * Fields in words, as staff read them in a report: "rol 2", "citaat 1, organisatie",
 * "bron 2, document", "2e fase" instead of `rollen[1]`, `citaten[0].organisatie`,
 * `bronnen[1].document`, `fasen[1]`. The machine-readable path stays in `Problem.field`.
 */

/** How one item of a list is named: a noun, counted ("rol 2"), or ordinal ("2e fase") where the terms are numbered. */
export interface Lijstwoord {
  woord: string;
  /** The terms carry numbers of their own ("Fase 2"), so the position is written "2e" to keep the two apart. */
  rangtelwoord?: boolean;
}

/** The noun for one item of a taxonomy's list: its singular from the registry, ordinal where the taxonomy numbers its terms. */
export function taxonomieWoord(naam: TaxonomieNaam): Lijstwoord {
  const def = definitie(naam);
  return { woord: def.enkelvoud, rangtelwoord: def.nummering !== undefined || def.volgorde === 'nummer' };
}

/**
 * The list fields of the frontmatter that are not a taxonomy, with the noun for one item.
 * src/validation/veldwoorden.test.ts fails when a schema gains a list field that is missing here.
 */
const LIJSTWOORDEN: Record<string, Lijstwoord> = {
  citaten: { woord: 'citaat' },
  bronnen: { woord: 'bron' },
  tags: { woord: 'tag' },
  aanleiding: { woord: 'aanleiding, punt' },
  partners: { woord: 'partner' },
  plaatsen: { woord: 'plaats' },
  resultaten: { woord: 'resultaat' },
  bereikt: { woord: 'resultaat' },
  bijdragen: { woord: 'bijdrage' },
  inzichten: { woord: 'inzicht' },
  woorden: { woord: 'woord' },
};

/** List fields named after a taxonomy (`rollen`, `fasen`, …): the registry's field of an insight. */
const TAXONOMIE_LIJSTEN = new Map<string, Lijstwoord>(
  namenMet('inzicht').map((naam) => [definitie(naam).inzicht!.veld, taxonomieWoord(naam)]),
);

/** The noun for one item of the list field `veld`, if it is a known list. */
export function lijstwoord(veld: string): Lijstwoord | undefined {
  return TAXONOMIE_LIJSTEN.get(veld) ?? (Object.hasOwn(LIJSTWOORDEN, veld) ? LIJSTWOORDEN[veld] : undefined);
}

function geteld({ woord, rangtelwoord }: Lijstwoord, positie: number): string {
  return rangtelwoord ? `${positie}e ${woord}` : `${woord} ${positie}`;
}

/** `citaten[0].organisatie` as its steps: ['citaten', 0, 'organisatie']; undefined when it is not such a path. */
function padVan(field: string): (string | number)[] | undefined {
  if (!/^(?:[a-z_][\w-]*|\[\d+\])(?:\.[a-z_][\w-]*|\[\d+\])*$/i.test(field)) return undefined;
  return [...field.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

/**
 * A field in words. `field` is a path (`bronnen[1].document`) or a part of the file in brackets
 * (`(frontmatter)`, `(tekst) href`), or an author component (`<Citaat> naam`). `bovenste` names the
 * items of a file that is itself a list (a taxonomy file: "rol 13, id").
 */
export function inWoorden(field: string, bovenste?: Lijstwoord): string {
  const pad = padVan(field);
  if (!pad)
    return field.replace(/^\(([^)]*)\)(?: (.+))?$/, (_, deel: string, rest?: string) => (rest ? `${deel}, ${rest}` : deel));
  const woorden: string[] = [];
  pad.forEach((stap, i) => {
    if (typeof stap === 'string') {
      woorden.push(stap);
      return;
    }
    const vorige = pad[i - 1];
    const lijst = typeof vorige === 'string' ? lijstwoord(vorige) : i === 0 ? bovenste : undefined;
    if (lijst && typeof vorige === 'string') woorden[woorden.length - 1] = geteld(lijst, stap + 1);
    else if (lijst) woorden.push(geteld(lijst, stap + 1));
    else if (typeof vorige === 'string') woorden[woorden.length - 1] = `${vorige}, nummer ${stap + 1}`;
    else woorden.push(`nummer ${stap + 1}`);
  });
  return woorden.join(', ');
}
