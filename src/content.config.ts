import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { alliantieSchema } from './schemas/alliantie.ts';
import { inzichtSchema } from './schemas/inzicht.ts';
import { praktijkvoorbeeldSchema } from './schemas/praktijkvoorbeeld.ts';
import { taxonomieSchemas, type SchemaVan } from './schemas/taxonomie.ts';
import { perTaxonomie, type TaxonomieNaam } from './taxonomies/registry.ts';
import { inhoudGlob } from './utils/loader.ts';
import { contentDir, contentLayout } from './utils/paths.ts';
import { leesTaxonomieIds, taxonomieBestand } from './utils/taxonomie.ts';

const tax = leesTaxonomieIds();

/** File name without extension: the slug and URL of an insight. */
const bestandsnaam = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx?$/, '');
/** Folder name: the id and URL of an alliance. */
const mapnaam = ({ entry }: { entry: string }) => path.basename(path.dirname(entry));

/** One collection per taxonomy of the registry: `content/taxonomie/<naam>.yaml` against its own schema. */
interface TaxonomieCollectie<N extends TaxonomieNaam> {
  type: ReturnType<typeof defineCollection>['type'];
  loader: ReturnType<typeof file>;
  schema: SchemaVan<N>;
}
type TaxonomieCollecties = { [N in TaxonomieNaam]: TaxonomieCollectie<N> };

function taxonomieCollectie<N extends TaxonomieNaam>(naam: N, schema: SchemaVan<N>): TaxonomieCollectie<N> {
  const loader = file(taxonomieBestand(naam));
  // Inside a generic function defineCollection() types the schema by its constraint; the result keeps its own type.
  const { type } = defineCollection({ loader, schema });
  return { type, loader, schema };
}
const taxonomieCollecties = perTaxonomie<TaxonomieCollecties>((naam) => taxonomieCollectie(naam, taxonomieSchemas[naam]));

export const collections = {
  inzichten: defineCollection({
    loader: inhoudGlob({ pattern: [...contentLayout.inzichtPatterns], base: contentDir, generateId: bestandsnaam }),
    schema: inzichtSchema(tax),
  }),
  allianties: defineCollection({
    loader: inhoudGlob({ pattern: contentLayout.alliantiePattern, base: contentDir, generateId: mapnaam }),
    schema: alliantieSchema(tax),
  }),
  praktijkvoorbeelden: defineCollection({
    loader: inhoudGlob({ pattern: contentLayout.praktijkvoorbeeldPattern, base: contentDir, generateId: bestandsnaam }),
    schema: praktijkvoorbeeldSchema(tax),
  }),
  ...taxonomieCollecties,
};
