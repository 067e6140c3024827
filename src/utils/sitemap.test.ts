import { expect, test } from 'vitest';
import { sitemapFilter } from './sitemap.ts';

test('the sitemap keeps pages and drops 404, the editor and files', () => {
  const inSitemap = sitemapFilter('/base');
  expect(inSitemap('https://x.org/base/')).toBe(true);
  expect(inSitemap('https://x.org/base/inzichten/een-inzicht/')).toBe(true);
  expect(inSitemap('https://x.org/base/inzichten/admin/')).toBe(true);
  expect(inSitemap('https://x.org/base/404/')).toBe(false);
  expect(inSitemap('https://x.org/base/admin/')).toBe(false);
  expect(inSitemap('https://x.org/base/admin/config/')).toBe(false);
  expect(inSitemap('https://x.org/base/rss.xml')).toBe(false);
  expect(inSitemap('https://x.org/base/open-data/inzichten.csv')).toBe(false);
  expect(sitemapFilter()('https://x.org/404/')).toBe(false);
});
