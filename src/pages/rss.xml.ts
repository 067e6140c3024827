import type { APIRoute } from 'astro';
import { alleFeed, feedResponse } from '../utils/feeds.ts';
import { getSiteData } from '../utils/site.ts';

/** RSS feed of every published insight, newest first. */
export const GET: APIRoute = async () => {
  const site = await getSiteData();
  return feedResponse(alleFeed(), site.inzichten, site);
};
