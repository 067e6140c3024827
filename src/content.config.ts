import path from 'node:path';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { alliantieSchema } from './schemas/alliantie.ts';
import { inzichtSchema } from './schemas/inzicht.ts';
import { praktijkvoorbeeldSchema } from './schemas/praktijkvoorbeeld.ts';
import { taxonomieen, type TaxonomieNaam } from './schemas/taxonomie.ts';
import { inhoudGlob } from './utils/loader.ts';
import { contentDir, contentLayout } from './utils/paths.ts';
import { leesTaxonomieIds, taxonomieBestand } from './utils/taxonomie.ts';

const tax = leesTaxonomieIds();

/** File name without extension: the slug and URL of an insight. */
const bestandsnaam = ({ entry }: { entry: string }) => path.basename(entry).replace(/\.mdx?$/, '');
/** Folder name: the id and URL of an alliance. */
const mapnaam = ({ entry }: { entry: string }) => path.basename(path.dirname(entry));

function taxonomieCollectie<N extends TaxonomieNaam>(naam: N) {
  return defineCollection({ loader: file(taxonomieBestand(naam)), schema: taxonomieen[naam].schema });
}

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
  soorten: taxonomieCollectie('soorten'),
  fasen: taxonomieCollectie('fasen'),
  themas: taxonomieCollectie('themas'),
  rollen: taxonomieCollectie('rollen'),
  sectoren: taxonomieCollectie('sectoren'),
  bronnen: taxonomieCollectie('bronnen'),
  principes: taxonomieCollectie('principes'),
  rondes: taxonomieCollectie('rondes'),
  stappen: taxonomieCollectie('stappen'),
  voorwaarden: taxonomieCollectie('voorwaarden'),
  participatieniveaus: taxonomieCollectie('participatieniveaus'),
  overeenkomst: taxonomieCollectie('overeenkomst'),
};
