import type { APIRoute } from 'astro';
import { absoluut, url } from '../utils/urls.ts';

/** robots.txt with the address of the sitemap (which depends on the site URL and base path). */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: ${url('admin/')}\n\nSitemap: ${absoluut(url('sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
