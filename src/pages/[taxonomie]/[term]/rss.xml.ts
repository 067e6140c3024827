import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_TAXONOMIEEN, feedResponse, termFeed, type FeedTaxonomie } from '../../../utils/feeds.ts';
import { cacheKey, getSiteData } from '../../../utils/site.ts';

/** RSS feed per term of each taxonomy with a feed in the registry: /rollen/gemeente/rss.xml. */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return FEED_TAXONOMIEEN.flatMap((taxonomie) =>
    site.termen(taxonomie).map((t) => ({ params: { taxonomie, term: t.id }, props: { taxonomie }, cacheKey: cacheKey(site) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ taxonomie: FeedTaxonomie }> = async ({ params, props }) => {
  const site = await getSiteData();
  const { taxonomie } = props;
  return feedResponse(termFeed(site, taxonomie, params.term!), site.inzichtenMet(taxonomie, params.term!), site);
};
