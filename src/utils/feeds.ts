/**
 * RSS feeds: all insights (/rss.xml), one per soort, rol and thema
 * (/<taxonomie>/<term>/rss.xml), and one per rol and soort
 * (/rollen/gemeente/succesvoorwaarde/rss.xml: "nieuwe succesvoorwaarden voor gemeenten").
 * Built from getSiteData(), so drafts and embargoed insights never appear. A feed without
 * insights is neither built nor linked: a reader would subscribe to something that stays empty.
 */
import rss from '@astrojs/rss';
import { SITE_NAAM, UITGEVER } from './metadata.ts';
import type { InzichtMetContext, SiteData } from './site.ts';
import { absoluut, inzichtUrl, url } from './urls.ts';

/** Taxonomies with a feed per term. */
export const FEED_TAXONOMIEEN = ['soorten', 'rollen', 'themas'] as const;
export type FeedTaxonomie = (typeof FEED_TAXONOMIEEN)[number];

export interface Feed {
  titel: string;
  beschrijving: string;
  /** Site path of the feed, with base. */
  href: string;
  /** Site path of the page the feed follows. */
  pagina: string;
}

/** A feed of a term or a rol and soort, with its insights (newest first). */
export interface DeelFeed extends Feed {
  inzichten: InzichtMetContext[];
}

/** Only feeds that have something in them. */
export const nietLeeg = (f: DeelFeed) => f.inzichten.length > 0;

export function alleFeed(): Feed {
  return {
    titel: `Alle inzichten | ${SITE_NAAM}`,
    beschrijving: 'Nieuwe succesvoorwaarden, systeemfouten en lessen uit de allianties van de Maatschappelijke Alliantie.',
    href: url('rss.xml'),
    pagina: url('inzichten/'),
  };
}

export function termFeed(site: SiteData, taxonomie: FeedTaxonomie, id: string): DeelFeed {
  const href = url(`${taxonomie}/${id}/rss.xml`);
  const pagina = url(`${taxonomie}/${id}/`);
  const inzichten = site.inzichtenMet(taxonomie, id);
  if (taxonomie === 'soorten') {
    const meervoud = site.term('soorten', id)?.meervoud ?? id;
    return {
      titel: `${meervoud} | ${SITE_NAAM}`,
      beschrijving: `Nieuwe ${meervoud.toLowerCase()} in de inzichtenbank.`,
      href,
      pagina,
      inzichten,
    };
  }
  if (taxonomie === 'rollen') {
    const voor = (site.term('rollen', id)?.meervoud ?? id).toLowerCase();
    return {
      titel: `Inzichten voor ${voor} | ${SITE_NAAM}`,
      beschrijving: `Nieuwe inzichten voor ${voor}.`,
      href,
      pagina,
      inzichten,
    };
  }
  const thema = site.label('themas', id);
  return {
    titel: `Thema ${thema} | ${SITE_NAAM}`,
    beschrijving: `Nieuwe inzichten over het thema ${thema.toLowerCase()}.`,
    href,
    pagina,
    inzichten,
  };
}

/** Feed of one soort for one rol: "Succesvoorwaarden voor gemeenten". */
export function rolSoortFeed(site: SiteData, rol: string, soort: string): DeelFeed {
  const voor = (site.term('rollen', rol)?.meervoud ?? rol).toLowerCase();
  const meervoud = site.term('soorten', soort)?.meervoud ?? soort;
  return {
    titel: `${meervoud} voor ${voor} | ${SITE_NAAM}`,
    beschrijving: `Nieuwe ${meervoud.toLowerCase()} voor ${voor}.`,
    href: url(`rollen/${rol}/${soort}/rss.xml`),
    pagina: url(`rollen/${rol}/`),
    inzichten: site.inzichtenMet('rollen', rol).filter((i) => i.entry.data.soort === soort),
  };
}

/** The feeds per term that have insights (/<taxonomie>/<term>/rss.xml). */
export function termFeeds(site: SiteData): { taxonomie: FeedTaxonomie; id: string; feed: DeelFeed }[] {
  return FEED_TAXONOMIEEN.flatMap((taxonomie) =>
    site[taxonomie].map((t) => ({ taxonomie, id: t.id, feed: termFeed(site, taxonomie, t.id) })),
  ).filter((f) => nietLeeg(f.feed));
}

/** The feeds per rol and soort that have insights (/rollen/<rol>/<soort>/rss.xml). */
export function rolSoortFeeds(site: SiteData, rol: string): DeelFeed[] {
  return site.soorten.map((s) => rolSoortFeed(site, rol, s.id)).filter(nietLeeg);
}

/** The RSS 2.0 response of a feed: newest first, one item per insight with its categories. */
export function feedResponse(feed: Feed, inzichten: InzichtMetContext[], site: SiteData): Promise<Response> {
  const zelf = absoluut(feed.href);
  return rss({
    title: feed.titel,
    description: feed.beschrijving,
    site: absoluut(feed.pagina),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>nl-nl</language>',
      `<copyright>${escapeXml(UITGEVER.naam)}</copyright>`,
      `<atom:link href="${escapeXml(zelf)}" rel="self" type="application/rss+xml"/>`,
      inzichten[0] ? `<lastBuildDate>${inzichten[0].entry.data.datum.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: inzichten.map((i) => {
      const { data } = i.entry;
      return {
        title: data.titel,
        link: absoluut(inzichtUrl(i.id)),
        // Readers render <description> as HTML: the summary is text, so its markup characters are escaped first.
        description: escapeXml(data.samenvatting),
        pubDate: data.datum,
        categories: [
          site.label('soorten', data.soort),
          ...data.rollen.map((r) => site.label('rollen', r)),
          ...i.themas.map((t) => site.label('themas', t)),
          ...(i.alliantie ? [i.alliantie.data.naam] : []),
        ],
      };
    }),
  });
}

function escapeXml(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Feeds that follow the page of a term: its own feed and, for a rol, one per soort. */
export function feedsVoorTerm(site: SiteData, taxonomie: string, id: string): Feed[] {
  if (!(FEED_TAXONOMIEEN as readonly string[]).includes(taxonomie)) return [];
  const eigen = termFeed(site, taxonomie as FeedTaxonomie, id);
  return [eigen, ...(taxonomie === 'rollen' ? rolSoortFeeds(site, id) : [])].filter(nietLeeg);
}
