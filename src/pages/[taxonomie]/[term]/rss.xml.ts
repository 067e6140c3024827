import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TAXONOMIEEN, feedResponse, termFeed, type FeedTaxonomie } from '../../../utils/feeds.ts';
import { cacheKey, getSiteData } from '../../../utils/site.ts';

/** RSS feed per soort, rol and thema: /rollen/gemeente/rss.xml. */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return FEED_TAXONOMIEEN.flatMap((taxonomie) =>
    site[taxonomie].map((t) => ({ params: { taxonomie, term: t.id }, cacheKey: cacheKey(site) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteData();
  const taxonomie = params.taxonomie as FeedTaxonomie;
  return feedResponse(termFeed(site, taxonomie, params.term!), site.inzichtenMet(taxonomie, params.term!), site);
};
