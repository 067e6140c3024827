import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, nietLeeg, rolSoortFeed } from '../../../../utils/feeds.ts';
import { cacheKey, getSiteData } from '../../../../utils/site.ts';

/** RSS feed of one soort for one rol: /rollen/gemeente/succesvoorwaarde/rss.xml (only when it has insights). */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.rollen.flatMap((r) =>
    site.soorten
      .filter((s) => nietLeeg(rolSoortFeed(site, r.id, s.id)))
      .map((s) => ({ params: { rol: r.id, soort: s.id }, cacheKey: cacheKey(site) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteData();
  const { rol, soort } = params as { rol: string; soort: string };
  const feed = rolSoortFeed(site, rol, soort);
  return feedResponse(feed, feed.inzichten, site);
};
