import type { APIRoute } from 'astro';
import { bouwWoordenlijst } from '../../utils/suggesties.ts';
import { getSiteData } from '../../utils/site.ts';

/**
 * `/zoeken/woorden.json`: the vocabulary for the search page's "Bedoelde u: ...".
 * Built from what people search for: titles, summaries and tags of the insights,
 * the alliances' names and summaries, and the taxonomy labels. Only the search page
 * loads it, and only when a query finds little.
 */
export const GET: APIRoute = async () => {
  const site = await getSiteData();
  function* teksten() {
    for (const { entry } of site.inzichten) {
      yield entry.data.titel;
      yield entry.data.samenvatting;
      yield* entry.data.tags;
    }
    for (const a of site.allianties) {
      yield a.data.naam;
      yield a.data.samenvatting;
    }
    for (const t of [...site.soorten, ...site.rollen]) yield `${t.label} ${t.meervoud}`;
    for (const t of [...site.fasen, ...site.themas]) yield t.label;
  }
  return new Response(JSON.stringify(bouwWoordenlijst(teksten())), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
