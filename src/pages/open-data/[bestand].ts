import type { APIRoute, GetStaticPaths } from 'astro';
import { alliantiesBestandSchema, alsJsonSchema, inzichtenBestandSchema } from '../../schemas/opendata.ts';
import { naarCsv } from '../../utils/csv.ts';
import { DATAPACKAGE, dataPackage } from '../../utils/datapackage.ts';
import {
  ALLIANTIE_KOLOMMEN,
  INZICHT_KOLOMMEN,
  OPEN_DATA,
  alliantiesBestand,
  inzichtenBestand,
  openDataUrl,
} from '../../utils/opendata.ts';
import { cacheKeyMetTeksten, getSiteData } from '../../utils/site.ts';
import { absoluut } from '../../utils/urls.ts';

/** The open-data files, generated at build time from the published entries only. */
const bestanden: Record<string, () => Promise<{ body: string; type: string }>> = {
  [OPEN_DATA.inzichtenJson]: async () => json(inzichtenBestand(await getSiteData()), false),
  [OPEN_DATA.alliantiesJson]: async () => json(alliantiesBestand(await getSiteData()), false),
  [OPEN_DATA.inzichtenCsv]: async () => csv(naarCsv(INZICHT_KOLOMMEN, inzichtenBestand(await getSiteData()).inzichten)),
  [OPEN_DATA.alliantiesCsv]: async () => csv(naarCsv(ALLIANTIE_KOLOMMEN, alliantiesBestand(await getSiteData()).allianties)),
  [OPEN_DATA.inzichtenSchema]: async () =>
    json(alsJsonSchema(inzichtenBestandSchema, absoluut(openDataUrl(OPEN_DATA.inzichtenSchema)))),
  [OPEN_DATA.alliantiesSchema]: async () =>
    json(alsJsonSchema(alliantiesBestandSchema, absoluut(openDataUrl(OPEN_DATA.alliantiesSchema)))),
  // The Frictionless Data Package that describes all of the above (the allowed values follow the taxonomies).
  [DATAPACKAGE]: async () => json(dataPackage(await getSiteData())),
};

/** Data files stay compact (they grow with the content); schemas are indented for people who read them. */
const json = (data: unknown, leesbaar = true) => ({
  body: `${JSON.stringify(data, null, leesbaar ? 2 : undefined)}\n`,
  type: 'application/json; charset=utf-8',
});
const csv = (body: string) => ({ body, type: 'text/csv; charset=utf-8' });

// Reused by incremental builds until an entry (also its body) or a taxonomy changes; "gegenereerd" then keeps the
// time of the build that last changed the data.
export const getStaticPaths = (async () => {
  const sleutel = cacheKeyMetTeksten(await getSiteData());
  return Object.keys(bestanden).map((bestand) => ({ params: { bestand }, cacheKey: sleutel }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await bestanden[params.bestand!]();
  return new Response(body, { headers: { 'Content-Type': type } });
};
