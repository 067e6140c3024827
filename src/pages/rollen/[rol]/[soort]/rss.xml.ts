import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, rolSoortFeed } from '../../../../utils/feeds.ts';
import { getSiteData } from '../../../../utils/site.ts';

/** RSS feed of one soort for one rol: /rollen/gemeente/succesvoorwaarde/rss.xml. */
export const getStaticPaths = (async () => {
  const site = await getSiteData();
  return site.rollen.flatMap((r) => site.soorten.map((s) => ({ params: { rol: r.id, soort: s.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSiteData();
  const { rol, soort } = params as { rol: string; soort: string };
  const inzichten = site.inzichtenMet('rollen', rol).filter((i) => i.entry.data.soort === soort);
  return feedResponse(rolSoortFeed(site, rol, soort), inzichten, site);
};
