import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { alliantieSchema } from '../schemas/alliantie.ts';
import { inzichtSchema } from '../schemas/inzicht.ts';
import { praktijkvoorbeeldSchema, type PraktijkvoorbeeldData } from '../schemas/praktijkvoorbeeld.ts';
import { taxonomieen, type TaxonomieNaam } from '../schemas/taxonomie.ts';
import { contentDir as standaardContentDir } from '../utils/paths.ts';
import { slugVan } from '../utils/slug.ts';
import { bouwmoment } from '../utils/publicatie.ts';
import { leesTaxonomieIds, taxonomieBestand, type TaxonomieIds } from '../utils/taxonomie.ts';
import { leesMdxBestand, leesTekstbestand, type GelezenBestand } from './bestand.ts';
import { maakBestandcache } from './bestandcache.ts';
import { leesYamlBewaard } from './yaml.ts';
import { PLAATSHOUDER } from './plaatshouder.ts';
import { controleerBody, paginaSegmenten } from './body.ts';
import { controleerCitaten, leesBronteksten } from './citaten.ts';
import { bedoeldeU, metSuggestie } from './suggestie.ts';
import { leesSynoniemen, synoniemenBestand } from './synoniemen.ts';
import { inWoorden, taxonomieWoord, type Lijstwoord } from './veldwoorden.ts';

/** One thing wrong in a file, as a check finds it. */
export interface Melding {
  /** 1-based line in the file. */
  line: number;
  /** The frontmatter field as a path (`rollen[1]`, `citaten[0].naam`), or what part of the file (`(tekst)`): stable, for programs. */
  field: string;
  /** Dutch: what is wrong and what is allowed. */
  message: string;
  /** Errors fail the check and the build; warnings are reported but do not. */
  level: 'error' | 'warning';
}

/** One thing wrong with the content, as staff should read it. */
export interface Problem extends Melding {
  /** Path of the file, relative to the working directory when inside it. */
  file: string;
  /** The field in words, as reports show it: "rol 2", "citaat 1, organisatie", "frontmatter" (src/validation/veldwoorden.ts). */
  label: string;
}

/** An insight, alliance or example project as read from disk. */
export interface Entry {
  kind: 'inzicht' | 'alliantie' | 'praktijkvoorbeeld';
  /** Slug (insight, example project: file name) or id (alliance: folder name). */
  id: string;
  /** Absolute path. */
  path: string;
  /** Alliance folder of an insight, if any. */
  alliantie?: string;
  bestand: GelezenBestand;
  /** The parsed frontmatter, when it passed the schema. */
  data?: Record<string, unknown>;
}

export interface ContentModel {
  root: string;
  tax: TaxonomieIds;
  allianties: Entry[];
  inzichten: Entry[];
  praktijkvoorbeelden: Entry[];
}

/** Where an entry appears on the site. */
export function urlVan(entry: Pick<Entry, 'kind' | 'id'>): string {
  const map = { inzicht: 'inzichten', alliantie: 'allianties', praktijkvoorbeeld: 'praktijkvoorbeelden' }[entry.kind];
  return `/${map}/${entry.id}/`;
}

const MDX = /\.mdx?$/;

/** Field of the problem reported when checking a file failed unexpectedly (never expected to occur). */
export const INTERNE_FOUT = '(interne fout)';

function alleBestanden(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** Reads every alliance, insight and example project under `root` (no validation beyond parsing). */
export function leesContent(
  root = standaardContentDir,
  leesBestand: (abs: string) => GelezenBestand = leesMdxBestand,
): ContentModel & { overig: string[] } {
  const tax = leesTaxonomieIds(root);
  const allianties: Entry[] = [];
  const inzichten: Entry[] = [];
  const praktijkvoorbeelden: Entry[] = [];
  const overig: string[] = [];
  for (const abs of alleBestanden(root)) {
    const delen = path.relative(root, abs).split(path.sep);
    const naam = delen.at(-1)!;
    // Hidden files and folders (.git, .DS_Store) are not content.
    if (delen[0] === 'taxonomie' || delen.some((d) => d.startsWith('.')) || naam.toLowerCase() === 'readme.md') continue;
    const lees = () => leesBestand(abs);
    if (delen[0] === 'allianties' && delen.length === 3 && /^index\.mdx?$/.test(naam)) {
      allianties.push({ kind: 'alliantie', id: delen[1], path: abs, bestand: lees() });
    } else if (delen[0] === 'allianties' && delen.length === 4 && delen[2] === 'inzichten' && MDX.test(naam)) {
      inzichten.push({ kind: 'inzicht', id: naam.replace(MDX, ''), path: abs, alliantie: delen[1], bestand: lees() });
    } else if (delen[0] === 'inzichten' && delen.length === 2 && MDX.test(naam)) {
      inzichten.push({ kind: 'inzicht', id: naam.replace(MDX, ''), path: abs, bestand: lees() });
    } else if (delen[0] === 'praktijkvoorbeelden' && delen.length === 2 && MDX.test(naam)) {
      praktijkvoorbeelden.push({ kind: 'praktijkvoorbeeld', id: naam.replace(MDX, ''), path: abs, bestand: lees() });
    } else {
      overig.push(abs);
    }
  }
  return { root, tax, allianties, inzichten, praktijkvoorbeelden, overig };
}

/** Turns a Zod issue path into `citaten[0].naam`. */
export function veldnaam(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

function zodProblemen(bestand: GelezenBestand, issues: z.core.$ZodIssue[], schema: z.ZodType): Melding[] {
  const uit: Melding[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const toegestaan = veldenOp(schema, issue.path);
      for (const key of issue.keys) {
        const pad = [...issue.path, key];
        uit.push({
          line: bestand.regelVan(pad),
          field: veldnaam(pad),
          message: metSuggestie(issue.message.replace(issue.keys.join(', '), key), key, toegestaan),
          level: 'error',
        });
      }
      continue;
    }
    const waarden =
      issue.code === 'invalid_value' ? (issue.values as unknown[]).filter((v): v is string => typeof v === 'string') : [];
    const invoer = issue.path.reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined),
      bestand.data,
    );
    uit.push({
      line: bestand.regelVan(issue.path),
      field: veldnaam(issue.path) || '(frontmatter)',
      message: metSuggestie(issue.message, invoer, waarden),
      level: 'error',
    });
  }
  return uit;
}

/** Field names of the object at `pad` inside a schema, for "bedoelde u" on misspelled field names. */
export function veldenOp(schema: z.ZodType, pad: readonly PropertyKey[]): string[] {
  let def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def;
  const pel = () => {
    while (['default', 'optional', 'nullable', 'prefault', 'catch', 'readonly'].includes(def.type) || def.type === 'pipe') {
      def = (def.type === 'pipe' ? def.in : def.innerType)._zod.def;
    }
  };
  pel();
  for (const stap of pad) {
    if (typeof stap === 'number' && def.type === 'array') def = def.element._zod.def;
    else if (def.type === 'object' && typeof stap === 'string' && def.shape[stap]) def = def.shape[stap]._zod.def;
    else return [];
    pel();
  }
  return def.type === 'object' ? Object.keys(def.shape) : [];
}

export interface ValidatieOpties {
  /** Content root; defaults to `INZICHTENBANK_CONTENT` or `content/`. */
  root?: string;
  /** Paths in problems are relative to this folder (default: the working directory). */
  cwd?: string;
  /** "Now", for embargo warnings. */
  nu?: Date;
  /** File that remembers how unchanged files were read, so a check after an edit parses only what changed. */
  cache?: string;
}

export interface ValidatieResultaat {
  problems: Problem[];
  /** Number of files read. */
  bestanden: number;
  model: ContentModel;
}

/**
 * Validates all content: every taxonomy, alliance and insight against the same Zod
 * schemas the site uses, then the checks across files (duplicate slugs, unknown
 * alliance folders, links, quotes in the body, files the site would ignore).
 * Returns every problem at once, sorted by file and line.
 */
export function valideerContent({
  root = standaardContentDir,
  cwd = process.cwd(),
  nu = bouwmoment,
  cache,
}: ValidatieOpties = {}): ValidatieResultaat {
  const problems: Problem[] = [];
  /**
   * Runs the checks of one file so that, whatever it holds, a failure becomes a problem of that
   * file and every other file is still checked. The checks above are written never to throw;
   * this is the backstop, and the property test (valideer.eigenschap.test.ts) fails if it is ever reached.
   */
  const veilig = (abs: string, controle: () => void) => {
    try {
      controle();
    } catch (e) {
      meld(abs, {
        line: 1,
        field: INTERNE_FOUT,
        message: `de controle van dit bestand liep vast (${(e as Error)?.message ?? e}); meld dit aan de beheerders van de Inzichtenbank, met dit bestand`,
        level: 'error',
      });
    }
  };
  const rel = (abs: string) => {
    const r = path.relative(cwd, abs);
    return (r.startsWith('..') || path.isAbsolute(r) ? abs : r).split(path.sep).join('/');
  };
  // Files that are a list themselves (a taxonomy, the synonym groups): how their items are named in words.
  const bovenste = new Map<string, Lijstwoord>([
    ...(Object.keys(taxonomieen) as TaxonomieNaam[]).map((naam) => [taxonomieBestand(naam, root), taxonomieWoord(naam)] as const),
    [synoniemenBestand(root), { woord: 'groep' }],
  ]);
  const meld = (abs: string, p: Melding) => problems.push({ file: rel(abs), ...p, label: inWoorden(p.field, bovenste.get(abs)) });

  if (!fs.existsSync(root)) {
    meld(root, { line: 1, field: '(map)', message: `de contentmap bestaat niet: ${root}`, level: 'error' });
    return {
      problems,
      bestanden: 0,
      model: { root, tax: leesTaxonomieIds(root), allianties: [], inzichten: [], praktijkvoorbeelden: [] },
    };
  }

  // 1. Taxonomies: each file against its schema, ids unique.
  for (const naam of Object.keys(taxonomieen) as TaxonomieNaam[]) {
    const bestand = taxonomieBestand(naam, root);
    if (!fs.existsSync(bestand)) {
      meld(bestand, { line: 1, field: '(bestand)', message: `het taxonomiebestand ${naam}.yaml ontbreekt`, level: 'error' });
      continue;
    }
    const gelezen = leesTekstbestand(bestand);
    if ('fout' in gelezen) {
      meld(bestand, { line: gelezen.line, field: '(bestand)', message: gelezen.fout, level: 'error' });
      continue;
    }
    const yaml = leesYamlBewaard(gelezen.tekst.replace(/^\uFEFF/, ''));
    for (const f of yaml.syntaxfouten)
      meld(bestand, { line: f.line, field: f.veld ?? '(yaml)', message: f.message, level: 'error' });
    if (yaml.syntaxfouten.length) continue;
    if (!Array.isArray(yaml.data)) {
      meld(bestand, {
        line: 1,
        field: '(bestand)',
        message: `${naam}.yaml moet een lijst zijn van blokken die met "- id:" beginnen`,
        level: 'error',
      });
      continue;
    }
    const gezien = new Set<string>();
    yaml.data.forEach((term: unknown, i: number) => {
      const r = taxonomieen[naam].schema.safeParse(term);
      if (!r.success) {
        for (const issue of r.error.issues) {
          meld(bestand, {
            line: yaml.regelVan([i, ...issue.path]),
            field: `[${i}].${veldnaam(issue.path)}`,
            message: issue.message,
            level: 'error',
          });
        }
      }
      const id = (term as { id?: unknown })?.id;
      if (typeof id === 'string') {
        if (gezien.has(id))
          meld(bestand, {
            line: yaml.regelVan([i, 'id']),
            field: `[${i}].id`,
            message: `de id "${id}" komt twee keer voor in ${naam}.yaml`,
            level: 'error',
          });
        gezien.add(id);
      }
    });
  }

  // The search page's synonym groups (optional file).
  for (const p of leesSynoniemen(root).problemen) meld(synoniemenBestand(root), p);

  const bestandcache = cache ? maakBestandcache(cache) : undefined;
  const model = leesContent(root, bestandcache?.lees);
  bestandcache?.bewaar();
  const { tax } = model;
  const schemas = {
    inzicht: inzichtSchema(tax),
    alliantie: alliantieSchema(tax),
    praktijkvoorbeeld: praktijkvoorbeeldSchema(tax),
  };
  const alleEntries = [...model.allianties, ...model.inzichten, ...model.praktijkvoorbeelden];

  // 2. Files the site would silently ignore.
  for (const abs of model.overig) {
    const r = path.relative(root, abs).split(path.sep).join('/');
    const hint = MDX.test(abs)
      ? 'zet een inzicht in inzichten/<slug>.mdx of allianties/<alliantie>/inzichten/<slug>.mdx, een alliantie in allianties/<alliantie>/index.mdx en een praktijkvoorbeeld in praktijkvoorbeelden/<slug>.mdx'
      : 'alleen .mdx-bestanden (en .yaml in taxonomie/) worden gebruikt';
    meld(abs, {
      line: 1,
      field: '(bestand)',
      message: `dit bestand staat niet op een plek die de site leest en verschijnt nergens (${r}); ${hint}`,
      level: 'warning',
    });
  }

  // 3. Each entry: frontmatter syntax, schema, file name.
  for (const entry of alleEntries) {
    veilig(entry.path, () => controleerEntry(entry));
  }
  function controleerEntry(entry: Entry) {
    const { bestand } = entry;
    for (const f of bestand.syntaxfouten)
      meld(entry.path, { line: f.line, field: f.veld ?? '(frontmatter)', message: f.message, level: 'error' });
    if (bestand.data !== undefined || !bestand.syntaxfouten.length) {
      const r = schemas[entry.kind].safeParse(bestand.data ?? {});
      if (r.success) entry.data = r.data as Record<string, unknown>;
      else for (const p of zodProblemen(bestand, r.error.issues, schemas[entry.kind])) meld(entry.path, p);
    }
    if (slugVan(entry.id) !== entry.id) {
      const wat = entry.kind === 'alliantie' ? 'mapnaam' : 'bestandsnaam';
      meld(entry.path, {
        line: 1,
        field: `(${wat})`,
        message: `de ${wat} "${entry.id}" is geen geldige slug: gebruik kleine letters zonder accenten, cijfers en streepjes, bijvoorbeeld "${slugVan(entry.id) || 'mijn-inzicht'}"`,
        level: 'error',
      });
    }
    bestand.tekst.split('\n').forEach((regel, i) => {
      if (!regel.includes(PLAATSHOUDER)) return;
      const inFrontmatter = i + 1 < bestand.bodyLine;
      // A comment is no content: the scaffolder's commented example (citaten) only counts once it is switched on.
      if (inFrontmatter && /^\s*#/.test(regel)) return;
      const veld = inFrontmatter ? veldnaam(bestand.padOp(i + 1)) || '(frontmatter)' : '(tekst)';
      meld(entry.path, {
        line: i + 1,
        field: veld,
        message: `hier staat nog "${PLAATSHOUDER}" uit het sjabloon van npm run nieuw: vul dit in voordat het wordt samengevoegd`,
        level: 'warning',
      });
    });
    const datum = entry.data?.datum;
    if (datum instanceof Date && datum > nu && !entry.data?.concept) {
      meld(entry.path, {
        line: bestand.regelVan(['datum']),
        field: 'datum',
        message: `de datum ${datum.toISOString().slice(0, 10)} ligt in de toekomst: dit ${entry.kind} staat onder embargo en verschijnt pas vanaf die dag (bij de volgende build)`,
        level: 'warning',
      });
    }
  }

  // 4. Across files: duplicate slugs, insights of unknown alliances, themes on alliance insights.
  const alliantieIds = model.allianties.map((a) => a.id);
  const perSlug = new Map<string, Entry[]>();
  for (const i of model.inzichten) perSlug.set(i.id, [...(perSlug.get(i.id) ?? []), i]);
  for (const [slug, dubbel] of perSlug) {
    if (dubbel.length < 2) continue;
    for (const e of dubbel) {
      const anderen = dubbel
        .filter((d) => d !== e)
        .map((d) => rel(d.path))
        .join(', ');
      meld(e.path, {
        line: 1,
        field: '(bestandsnaam)',
        message: `de slug "${slug}" wordt ook gebruikt door ${anderen}; elk inzicht heeft een eigen adres /inzichten/${slug}/ nodig: geef een van de bestanden een andere naam`,
        level: 'error',
      });
    }
  }
  for (const i of model.inzichten) {
    if (i.alliantie !== undefined && !alliantieIds.includes(i.alliantie)) {
      meld(i.path, {
        line: 1,
        field: '(alliantie)',
        message: `de map allianties/${i.alliantie}/ heeft geen index.mdx, dus de alliantie "${i.alliantie}" bestaat niet; bekende allianties: ${alliantieIds.join(', ') || '(geen)'}.${bedoeldeU(i.alliantie, alliantieIds)}`,
        level: 'error',
      });
    }
    const themas = i.data?.themas;
    if (i.alliantie !== undefined && Array.isArray(themas) && themas.length) {
      meld(i.path, {
        line: i.bestand.regelVan(['themas']),
        field: 'themas',
        message: 'een inzicht van een alliantie krijgt het thema van de alliantie; laat themas weg of leeg',
        level: 'warning',
      });
    }
  }

  for (const { path: abs, ...p } of controleerPraktijkvoorbeelden(model)) meld(abs, p);

  // 5. Bodies: internal links, author components.
  const doelen = new Map<string, Entry>(alleEntries.map((e) => [urlVan(e), e]));
  const paginas = paginaSegmenten();
  for (const entry of alleEntries) {
    veilig(entry.path, () => {
      for (const p of controleerBody(entry, { doelen, tax, root, nu, paginas })) meld(entry.path, p);
    });
  }

  // 6. Quotes: word for word in the source document they cite.
  const bronteksten = leesBronteksten(root);
  for (const entry of model.inzichten) for (const p of controleerCitaten(entry, bronteksten)) meld(entry.path, p);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
  const bestanden = alleEntries.length + model.overig.length + Object.keys(taxonomieen).length;
  return { problems, bestanden, model };
}

/**
 * Checks across files for example projects: the alliance exists, and every insight a project
 * names exists (an error), belongs to that alliance and is addressed to the role it is listed
 * under (warnings: a project may show an insight of another alliance, but rarely should).
 */
function controleerPraktijkvoorbeelden(model: ContentModel): (Melding & { path: string })[] {
  const uit: (Melding & { path: string })[] = [];
  const alliantieIds = model.allianties.map((a) => a.id);
  const inzichtById = new Map(model.inzichten.map((i) => [i.id, i]));
  const inzichtIds = [...inzichtById.keys()];
  for (const p of model.praktijkvoorbeelden) {
    const data = p.data as PraktijkvoorbeeldData | undefined;
    if (!data) continue;
    const regel = (pad: PropertyKey[]) => p.bestand.regelVan(pad);
    const alliantieBestaat = alliantieIds.includes(data.alliantie);
    if (!alliantieBestaat) {
      uit.push({
        path: p.path,
        line: regel(['alliantie']),
        field: 'alliantie',
        message: `de alliantie "${data.alliantie}" bestaat niet (er is geen allianties/${data.alliantie}/index.mdx); bekende allianties: ${alliantieIds.join(', ') || '(geen)'}.${bedoeldeU(data.alliantie, alliantieIds)}`,
        level: 'error',
      });
    }
    data.bijdragen.forEach((groep, g) => {
      groep.inzichten.forEach((slug, i) => {
        const pad = ['bijdragen', g, 'inzichten', i];
        const inzicht = inzichtById.get(slug);
        if (!inzicht) {
          uit.push({
            path: p.path,
            line: regel(pad),
            field: veldnaam(pad),
            message: `het inzicht "${slug}" bestaat niet: er is geen inzicht met de bestandsnaam ${slug}.mdx; noem een inzicht met zijn bestandsnaam zonder .mdx.${bedoeldeU(slug, inzichtIds)}`,
            level: 'error',
          });
          return;
        }
        if (alliantieBestaat && inzicht.alliantie !== undefined && inzicht.alliantie !== data.alliantie) {
          uit.push({
            path: p.path,
            line: regel(pad),
            field: veldnaam(pad),
            message: `het inzicht "${slug}" hoort bij de alliantie ${inzicht.alliantie}, niet bij ${data.alliantie}: klopt dat?`,
            level: 'warning',
          });
        }
        const rollen = inzicht.data?.rollen;
        if (Array.isArray(rollen) && !groep.rollen.some((r) => rollen.includes(r))) {
          uit.push({
            path: p.path,
            line: regel(pad),
            field: veldnaam(pad),
            message: `het inzicht "${slug}" staat bij ${groep.rollen.join(' en ')}, maar richt zich op ${rollen.join(', ')}; zet het bij een bijdrage van een van die rollen, of voeg de rol toe aan het inzicht`,
            level: 'warning',
          });
        }
      });
    });
  }
  return uit;
}
