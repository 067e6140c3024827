import { tel, naasteCombinaties, type Combinatie, type Suggestie, type Telling } from './combinaties.ts';
import { getSiteData, type InzichtMetContext, type SiteData } from './site.ts';
import { url } from './urls.ts';

/** The role whose insights apply to every partner in an alliance. */
export const ALLE_PARTNERS = 'partners';

/** Roles that take part as a partner, so the insights for all partners apply to them too. */
export const isPartnerRol = (rol: string) => rol !== ALLE_PARTNERS && rol !== 'facilitator' && rol !== 'bewoners';

/** "Waar staat u?" page of a role and phase, optionally narrowed to a theme. */
export const waarStaatUCombinatieUrl = ({ rol, fase, thema }: Combinatie) =>
  url(`waar-staat-u/${rol}/${fase}/${thema ? `${thema}/` : ''}`);

/** What one "Waar staat u?" page shows: the role's own insights and, for partner roles, those for all partners. */
export interface WaarStaatUInhoud {
  eigen: InzichtMetContext[];
  gedeeld: InzichtMetContext[];
  /** Insights without a theme that the page without a theme shows; on a theme page only counted. */
  algemeen: number;
}

export interface WaarStaatUData {
  telling: Telling;
  inhoud(c: Combinatie): WaarStaatUInhoud;
  /** Nearest combinations with insights of the role itself. */
  naaste(c: Combinatie): Suggestie[];
  /** "Gemeenten, fase Verkennen, thema Onderwijs". */
  beschrijf(c: Combinatie): string;
}

let cache: Promise<WaarStaatUData> | undefined;

export function getWaarStaatU(): Promise<WaarStaatUData> {
  cache ??= laad();
  return cache;
}

async function laad(): Promise<WaarStaatUData> {
  const site = await getSiteData();
  const telling = tel(site.inzichten.map((i) => ({ rollen: i.entry.data.rollen, fasen: i.entry.data.fasen, themas: i.themas })));
  const inThema = (lijst: InzichtMetContext[], thema?: string) => (thema ? lijst.filter((i) => i.themas.includes(thema)) : lijst);
  const inhoud = ({ rol, fase, thema }: Combinatie): WaarStaatUInhoud => {
    const alleEigen = site.inzichtenVoor(rol, fase);
    const eigen = inThema(alleEigen, thema);
    const eigenIds = new Set(eigen.map((i) => i.id));
    const alleGedeeld = isPartnerRol(rol) ? site.inzichtenVoor(ALLE_PARTNERS, fase).filter((i) => !eigenIds.has(i.id)) : [];
    const gedeeld = inThema(alleGedeeld, thema);
    const algemeen = thema ? [...alleEigen, ...alleGedeeld].filter((i) => i.themas.length === 0).length : 0;
    return { eigen, gedeeld, algemeen };
  };
  const termen = {
    fasen: site.fasen.map((f) => f.id),
    themas: site.themas.map((t) => t.id),
    allePartners: ALLE_PARTNERS,
  };
  return {
    telling,
    inhoud,
    naaste: (c) => naasteCombinaties(telling, c, { ...termen, allePartners: isPartnerRol(c.rol) ? ALLE_PARTNERS : undefined }),
    beschrijf: (c) => beschrijf(site, c),
  };
}

function beschrijf(site: SiteData, { rol, fase, thema }: Combinatie): string {
  const r = site.term('rollen', rol);
  const delen = [r?.meervoud ?? rol, `fase ${site.label('fasen', fase).toLowerCase()}`];
  delen.push(thema ? `thema ${site.label('themas', thema).toLowerCase()}` : "alle thema's");
  return delen.join(', ');
}
