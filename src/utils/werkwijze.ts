import { getCollection } from 'astro:content';
import { voegToe } from './groepeer.ts';
import type { OvereenkomstDeel, Participatieniveau, Principe, Ronde, Stap, Voorwaarde } from '../schemas/taxonomie.ts';
import type { Alliantie } from './content.ts';
import { getSiteData, type InzichtMetContext } from './site.ts';
import { url } from './urls.ts';
import { maakVerwantIndex, type VerwantIndex, type VerwantTreffer } from './verwant.ts';

/**
 * The working method around the insights: the steps of the vitale-coalitie handbook,
 * the Collective Impact conditions, the participation levels, the parts of the
 * cooperation agreement, and the principles (patterns across alliances). Each is a
 * taxonomy in `content/taxonomie/` that insights may name in their frontmatter.
 * Loaded once per build and indexed, like `getSiteData()`.
 */

/** The method taxonomies an insight can name, with the page texts for each. */
export const METHODE = {
  stappen: { titel: 'Stappenplan vitale coalities', enkelvoud: 'stap', pad: 'werkwijze/vitale-coalitie/' },
  voorwaarden: { titel: 'Vijf voorwaarden voor collective impact', enkelvoud: 'voorwaarde', pad: 'werkwijze/collective-impact/' },
  participatieniveaus: { titel: 'Participatieniveaus', enkelvoud: 'participatieniveau', pad: 'werkwijze/participatieniveaus/' },
  overeenkomst: {
    titel: 'Stramien voor een samenwerkingsovereenkomst',
    enkelvoud: 'onderdeel',
    pad: 'werkwijze/samenwerkingsovereenkomst/',
  },
  principes: { titel: 'Patronen over allianties heen', enkelvoud: 'principe', pad: 'principes/' },
} as const;
export type MethodeTaxonomie = keyof typeof METHODE;

/** Page of a method term. Parts of the agreement are sections of one page. */
export function methodeUrl(taxonomie: MethodeTaxonomie, id: string): string {
  const pad = METHODE[taxonomie].pad;
  return taxonomie === 'overeenkomst' ? url(`${pad}#${id}`) : url(`${pad}${id}/`);
}
export const methodeIndexUrl = (taxonomie: MethodeTaxonomie) => url(METHODE[taxonomie].pad);
export const werkwijzeUrl = () => url('werkwijze/');
export const waarStaatUUrl = (rol?: string, fase?: string) =>
  url(`waar-staat-u/${rol ? `${rol}/` : ''}${rol && fase ? `${fase}/` : ''}`);

/** Data of a term of each method taxonomy (the schema types, named explicitly). */
interface Termen {
  rondes: Ronde;
  stappen: Stap;
  voorwaarden: Voorwaarde;
  participatieniveaus: Participatieniveau;
  overeenkomst: OvereenkomstDeel;
  principes: Principe;
}
type Data<N extends keyof Termen> = Termen[N];

/** Where a principle occurs: per alliance, and in insights without an alliance. */
export interface Patroon {
  principe: Data<'principes'>;
  /** Alliances in which the principle occurs, most occurrences first, with those insights. */
  allianties: { alliantie: Alliantie; inzichten: InzichtMetContext[] }[];
  /** Insights without an alliance (from the method documents) that express it. */
  algemeen: InzichtMetContext[];
  /** Every insight that expresses it. */
  inzichten: InzichtMetContext[];
}

export interface WerkwijzeData {
  rondes: Data<'rondes'>[];
  stappen: Data<'stappen'>[];
  voorwaarden: Data<'voorwaarden'>[];
  participatieniveaus: Data<'participatieniveaus'>[];
  overeenkomst: Data<'overeenkomst'>[];
  principes: Data<'principes'>[];
  term<N extends MethodeTaxonomie | 'rondes'>(taxonomie: N, id: string): Data<N> | undefined;
  label(taxonomie: MethodeTaxonomie | 'rondes', id: string): string;
  /** Published insights that name a method term, newest first. */
  inzichtenMet(taxonomie: MethodeTaxonomie, id: string): InzichtMetContext[];
  /** Published insights addressed to a role in a phase, newest first. */
  inzichtenVoor(rol: string, fase: string): InzichtMetContext[];
  patroon(principe: string): Patroon;
  /** Principles that occur in an alliance, with the number of alliances each occurs in. */
  patronenVan(alliantieId: string): Patroon[];
  /** Related insights of an insight, best first. */
  verwant(inzichtId: string): (VerwantTreffer & { inzicht: InzichtMetContext })[];
}

let cache: Promise<WerkwijzeData> | undefined;

export function getWerkwijze(): Promise<WerkwijzeData> {
  cache ??= laad();
  return cache;
}

const METHODE_NAMEN = Object.keys(METHODE) as MethodeTaxonomie[];

async function laad(): Promise<WerkwijzeData> {
  const [site, rondes, stappen, voorwaarden, participatieniveaus, overeenkomst, principes] = await Promise.all([
    getSiteData(),
    getCollection('rondes'),
    getCollection('stappen'),
    getCollection('voorwaarden'),
    getCollection('participatieniveaus'),
    getCollection('overeenkomst'),
    getCollection('principes'),
  ]);
  const opNummer = <T extends { nummer?: number }>(lijst: { data: unknown }[]) =>
    lijst.map((e) => e.data as T).sort((a, b) => (a.nummer ?? Infinity) - (b.nummer ?? Infinity));
  const termen: { [N in keyof Termen]: Termen[N][] } = {
    rondes: opNummer<Ronde>(rondes),
    stappen: opNummer<Stap>(stappen),
    voorwaarden: opNummer<Voorwaarde>(voorwaarden),
    participatieniveaus: opNummer<Participatieniveau>(participatieniveaus),
    overeenkomst: opNummer<OvereenkomstDeel>(overeenkomst),
    principes: principes.map((e) => e.data as Principe).sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  };
  const index = new Map<string, { label: string }>();
  for (const [naam, lijst] of Object.entries(termen)) for (const t of lijst) index.set(`${naam}/${t.id}`, t);

  // One pass over the insights fills every lookup.
  const perSleutel = new Map<string, InzichtMetContext[]>();
  for (const i of site.inzichten) {
    const data = i.entry.data;
    for (const naam of METHODE_NAMEN) for (const id of data[naam]) voegToe(perSleutel, `${naam}/${id}`, i);
    for (const rol of data.rollen) for (const fase of data.fasen) voegToe(perSleutel, `rol-fase/${rol}/${fase}`, i);
  }

  const patronen = new Map<string, Patroon>();
  const maakPatroon = (id: string): Patroon => {
    const inzichten = perSleutel.get(`principes/${id}`) ?? [];
    const perAlliantie = new Map<string, { alliantie: Alliantie; inzichten: InzichtMetContext[] }>();
    const algemeen: InzichtMetContext[] = [];
    for (const i of inzichten) {
      if (!i.alliantie) algemeen.push(i);
      else {
        const groep = perAlliantie.get(i.alliantie.id);
        if (groep) groep.inzichten.push(i);
        else perAlliantie.set(i.alliantie.id, { alliantie: i.alliantie, inzichten: [i] });
      }
    }
    const allianties = [...perAlliantie.values()].sort(
      (a, b) => b.inzichten.length - a.inzichten.length || a.alliantie.data.naam.localeCompare(b.alliantie.data.naam, 'nl'),
    );
    return { principe: index.get(`principes/${id}`) as Data<'principes'>, allianties, algemeen, inzichten };
  };
  for (const p of termen.principes) patronen.set(p.id, maakPatroon(p.id));
  const perAlliantie = new Map<string, Patroon[]>();
  for (const patroon of patronen.values())
    for (const { alliantie } of patroon.allianties) {
      const lijst = perAlliantie.get(alliantie.id);
      if (lijst) lijst.push(patroon);
      else perAlliantie.set(alliantie.id, [patroon]);
    }

  const inzichtById = new Map(site.inzichten.map((i) => [i.id, i]));
  let verwantIndex: VerwantIndex | undefined;
  const verwantIndexVan = () =>
    (verwantIndex ??= maakVerwantIndex(
      site.inzichten.map((i) => ({
        id: i.id,
        titel: i.entry.data.titel,
        samenvatting: i.entry.data.samenvatting,
        tags: i.entry.data.tags,
        tekst: i.entry.body ?? '',
        principes: i.entry.data.principes,
        rollen: i.entry.data.rollen,
        fasen: i.entry.data.fasen,
        alliantie: i.alliantie?.id,
      })),
    ));

  return {
    ...termen,
    term: (taxonomie, id) => index.get(`${taxonomie}/${id}`) as never,
    label: (taxonomie, id) => index.get(`${taxonomie}/${id}`)?.label ?? id,
    inzichtenMet: (taxonomie, id) => perSleutel.get(`${taxonomie}/${id}`) ?? [],
    inzichtenVoor: (rol, fase) => perSleutel.get(`rol-fase/${rol}/${fase}`) ?? [],
    patroon: (id) => patronen.get(id) ?? maakPatroon(id),
    patronenVan: (alliantieId) => perAlliantie.get(alliantieId) ?? [],
    verwant: (inzichtId) =>
      verwantIndexVan()
        .verwant(inzichtId)
        .flatMap((t) => {
          const inzicht = inzichtById.get(t.id);
          return inzicht ? [{ ...t, inzicht }] : [];
        }),
  };
}
