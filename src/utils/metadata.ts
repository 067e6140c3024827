/**
 * What other sites and tools read about a page or entry: publisher, licence of
 * the open data, the recommended citation and schema.org structured data.
 */
import type { Alliantie } from './content.ts';
import { wijzigingVan } from './git.ts';
import type { InzichtMetContext, SiteData } from './site.ts';
import { absoluut, alliantieUrl, inzichtUrl, taxonomieUrl, termUrl, url } from './urls.ts';

export const SITE_NAAM = 'Inzichtenbank Maatschappelijke Alliantie';

/** The foundation that publishes the inzichtenbank (address as given in the source documents). */
export const UITGEVER = { naam: 'Maatschappelijke Alliantie', url: 'https://www.maatschappelijkealliantie.org/' } as const;

/**
 * Licence of the open data. The source documents state none: CC BY 4.0 is the
 * developers' proposal, to be confirmed by the foundation (see /open-data/).
 */
export const LICENTIE = {
  naam: 'Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)',
  kort: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.nl',
} as const;

/** Publication year of an entry (its date in the inzichtenbank). */
export const jaarVan = (datum: Date) => datum.getUTCFullYear();

/**
 * Recommended citation of an insight: publisher, year, title, alliance, site, URL.
 * "Maatschappelijke Alliantie (2021). Titel. Alliantie: Huisvesting Alliantie. Inzichtenbank Maatschappelijke Alliantie. https://…"
 */
export function citeerTekst(inzicht: InzichtMetContext): string {
  const { data } = inzicht.entry;
  const delen = [`${UITGEVER.naam} (${jaarVan(data.datum)}).`, eindigOpPunt(data.titel)];
  if (inzicht.alliantie) delen.push(`Alliantie: ${eindigOpPunt(inzicht.alliantie.data.naam)}`);
  delen.push(`${SITE_NAAM}.`, absoluut(inzichtUrl(inzicht.id)));
  return delen.join(' ');
}

const eindigOpPunt = (tekst: string) => (/[.!?]$/.test(tekst) ? tekst : `${tekst}.`);

// ---------------------------------------------------------------------------
// schema.org JSON-LD

type Ld = Record<string, unknown>;

const siteRoot = () => absoluut(url());
const organisatieId = () => `${siteRoot()}#uitgever`;
const websiteId = () => `${siteRoot()}#website`;

function organisatie(): Ld {
  return { '@type': 'Organization', '@id': organisatieId(), name: UITGEVER.naam, url: UITGEVER.url };
}

function website(): Ld {
  return {
    '@type': 'WebSite',
    '@id': websiteId(),
    name: SITE_NAAM,
    url: siteRoot(),
    inLanguage: 'nl',
    publisher: { '@id': organisatieId() },
  };
}

/** A taxonomy term as a schema.org DefinedTerm, linked to its page. */
function definedTerm(site: SiteData, taxonomie: 'soorten' | 'rollen' | 'fasen' | 'themas', id: string): Ld {
  return {
    '@type': 'DefinedTerm',
    name: site.label(taxonomie, id),
    termCode: id,
    url: absoluut(termUrl(taxonomie, id)),
    inDefinedTermSet: absoluut(taxonomieUrl(taxonomie)),
  };
}

/** The structured data of any page: the page itself, part of the site, published by the foundation. */
export function paginaLd(
  {
    pagina,
    titel,
    beschrijving,
    type = 'WebPage',
    gewijzigd,
  }: { pagina: string; titel: string; beschrijving: string; type?: string; gewijzigd?: Date },
  hoofd?: Ld,
): Ld {
  const page: Ld = {
    '@type': type,
    '@id': pagina,
    url: pagina,
    name: titel,
    description: beschrijving,
    inLanguage: 'nl',
    isPartOf: { '@id': websiteId() },
  };
  if (gewijzigd) page.dateModified = gewijzigd.toISOString();
  if (hoofd) page.mainEntity = hoofd;
  return { '@context': 'https://schema.org', '@graph': [organisatie(), website(), page] };
}

/** A breadcrumb trail (home first, this page last) as a schema.org BreadcrumbList. */
export function breadcrumbLd(trail: { naam: string; adres: string }[]): Ld {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.naam, item: t.adres })),
  };
}

/**
 * When an entry last changed: its last commit (the "Laatst gewijzigd" the page shows), never
 * before its publication date (an embargoed entry is committed before it appears).
 */
export function gewijzigdOp(filePath: string | undefined, datum: Date): Date {
  const laatst = filePath ? wijzigingVan(filePath).laatst?.datum : undefined;
  return laatst && laatst > datum ? laatst : datum;
}

/**
 * An insight as an Article in a knowledge base: what it is about, where it comes from, who publishes it.
 * No `image`: an insight is text from the alliances' reports, which come with no picture of it; a stock
 * or logo image would misrepresent every article (README, "Structured data").
 */
export function inzichtLd(inzicht: InzichtMetContext, site: SiteData): Ld {
  const { data } = inzicht.entry;
  const adres = absoluut(inzichtUrl(inzicht.id));
  const about = [
    definedTerm(site, 'soorten', data.soort),
    ...data.rollen.map((r) => definedTerm(site, 'rollen', r)),
    ...data.fasen.map((f) => definedTerm(site, 'fasen', f)),
    ...inzicht.themas.map((t) => definedTerm(site, 'themas', t)),
  ];
  const article: Ld = {
    '@type': 'Article',
    '@id': `${adres}#inzicht`,
    headline: data.titel,
    description: data.samenvatting,
    url: adres,
    mainEntityOfPage: adres,
    inLanguage: 'nl',
    genre: site.label('soorten', data.soort),
    datePublished: data.datum.toISOString().slice(0, 10),
    dateModified: gewijzigdOp(inzicht.entry.filePath, data.datum).toISOString(),
    author: { '@id': organisatieId() },
    publisher: { '@id': organisatieId() },
    isPartOf: { '@id': websiteId() },
    about,
    citation: data.bronnen.map((b) => {
      const doc = b.document ? site.term('bronnen', b.document) : undefined;
      const bron: Ld = { '@type': 'CreativeWork', name: b.titel ?? doc?.titel };
      const href = b.url ?? doc?.url;
      if (href) bron.url = href;
      if (doc?.uitgever) bron.publisher = { '@type': 'Organization', name: doc.uitgever };
      if (doc?.jaar) bron.datePublished = String(doc.jaar);
      return bron;
    }),
  };
  if (data.tags.length) article.keywords = data.tags.join(', ');
  if (inzicht.alliantie) {
    article.sourceOrganization = {
      '@type': 'Organization',
      name: inzicht.alliantie.data.naam,
      url: absoluut(alliantieUrl(inzicht.alliantie.id)),
    };
  }
  return { '@context': 'https://schema.org', '@graph': [organisatie(), website(), article] };
}

/** An alliance page: a web page about an organisation with its partners. */
export function alliantieLd(alliantie: Alliantie, site: SiteData): Ld {
  const { data } = alliantie;
  const adres = absoluut(alliantieUrl(alliantie.id));
  const org: Ld = {
    '@type': 'Organization',
    '@id': `${adres}#alliantie`,
    name: data.naam,
    description: data.samenvatting,
    url: adres,
    foundingDate: String(data.startjaar),
    knowsAbout: site.label('themas', data.thema),
    parentOrganization: { '@id': organisatieId() },
    member: data.partners.map((p) => ({ '@type': 'Organization', name: p.naam })),
  };
  if (data.website) org.sameAs = data.website;
  return paginaLd(
    {
      pagina: adres,
      titel: data.naam,
      beschrijving: data.samenvatting,
      type: 'AboutPage',
      gewijzigd: gewijzigdOp(alliantie.filePath, data.datum),
    },
    org,
  );
}

/**
 * JSON for inside `<script type="application/ld+json">`. Escapes `<`, so no
 * text in an entry can close the script element. It is a data block: browsers
 * never execute it, so a Content-Security-Policy does not need its hash.
 */
export function ldJson(data: Ld): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
