import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, termFeed, termFeeds, type FeedTaxonomie } from '../../../utils/feeds.ts';
import { cacheKey, getSiteData } from '../../../utils/site.ts';

/** RSS feed per term of each taxonomy with a feed in the registry: /rollen/gemeente/rss.xml (only for terms with insights). */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return termFeeds(site).map(({ taxonomie, id }) => ({
    params: { taxonomie, term: id },
    props: { taxonomie },
    cacheKey: cacheKey(site),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ taxonomie: FeedTaxonomie }> = async ({ params, props }) => {
  const site = await getSiteData();
  const feed = termFeed(site, props.taxonomie, params.term!);
  return feedResponse(feed, feed.inzichten, site);
};
