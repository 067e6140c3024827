/**
 * Which URLs the sitemap lists: every published HTML page (the build only makes
 * pages for published entries), and not the 404 page, the editor under /admin/,
 * or files such as feeds and exports.
 */
export function sitemapFilter(base = '/') {
  const root = base.replace(/\/?$/, '/');
  return (pagina: string): boolean => {
    const pad = new URL(pagina).pathname;
    return pad.endsWith('/') && pad !== `${root}404/` && !pad.startsWith(`${root}admin/`);
  };
}
