import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, termFeed, termFeeds, type FeedTaxonomie } from '../../../utils/feeds.ts';
import { cacheKey, getSiteData } from '../../../utils/site.ts';

/** RSS feed per soort, rol and thema: /rollen/gemeente/rss.xml (only for terms with insights). */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return termFeeds(site).map(({ taxonomie, id }) => ({ params: { taxonomie, term: id }, cacheKey: cacheKey(site) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteData();
  const feed = termFeed(site, params.taxonomie as FeedTaxonomie, params.term!);
  return feedResponse(feed, feed.inzichten, site);
};
