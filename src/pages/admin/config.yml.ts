import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { stringify } from 'yaml';
import { keuzeLabels, maakCmsConfig } from '../../cms/config.ts';
import { isGepubliceerd } from '../../utils/content.ts';
import { getSiteData } from '../../utils/site.ts';
import { leesTaxonomieIds } from '../../utils/taxonomie.ts';

/**
 * `/admin/config.yml`: the editor's configuration, generated from the schemas, the
 * taxonomies and the alliances at build time (see src/cms/config.ts).
 * CMS_GITHUB_REPO, CMS_BRANCH and CMS_OAUTH_URL set the GitHub side (docs/redactie-beheer.md).
 */
export const GET: APIRoute = async ({ site }) => {
  const [data, allianties, inzichten] = await Promise.all([
    getSiteData(),
    // Published entries only: drafts and embargoed entries appear in no output, this file included.
    // The editor still lists and edits them (it reads the repository); only a collection for the
    // insights of a draft alliance appears once the alliance is published.
    getCollection('allianties', isGepubliceerd),
    getCollection('inzichten', isGepubliceerd),
  ]);
  const labels = keuzeLabels(data);
  const config = maakCmsConfig(
    {
      labels,
      allianties: allianties.map((a) => ({ id: a.id, naam: a.data.naam })),
      bezet: { inzichten: inzichten.map((i) => i.id).sort(), allianties: allianties.map((a) => a.id).sort() },
      siteUrl: site ? new URL(import.meta.env.BASE_URL, site).href : undefined,
      repo: process.env.CMS_GITHUB_REPO,
      branch: process.env.CMS_BRANCH,
      oauthUrl: process.env.CMS_OAUTH_URL,
    },
    leesTaxonomieIds(),
  );
  const kop =
    '# Gegenereerd bij de build uit src/schemas, content/taxonomie en content/allianties (src/cms/config.ts). Niet met de hand bewerken.\n';
  return new Response(kop + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }), {
    headers: { 'content-type': 'text/yaml; charset=utf-8' },
  });
};
