import { glob } from 'astro/loaders';
import { leesMdx } from '../validation/bestand.ts';
import { alGelezen } from '../validation/bestandcache.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0];

/** A content entry as Astro's glob() hands it to a render function. */
interface RenderInvoer {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: number | string;
}
interface Gerenderd {
  html: string;
  metadata?: Record<string, unknown>;
}
type RenderFunctie = (entry: RenderInvoer) => Promise<Gerenderd>;

/**
 * What this loader uses of one of Astro's entry types (one per file extension: `.md`, `.mdx`, …):
 * `getRenderFunction`, with which glob() renders an entry at load time. Astro passes these to loaders
 * as `context.entryTypes`, which its public LoaderContext type does not declare.
 */
export interface EntryType {
  /** Reads an entry's frontmatter and body from the file's text. */
  getEntryInfo: (info: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunctie>;
  [eigenschap: string]: unknown;
}

/**
 * The one place that reads Astro internals: the entry types Astro passes to loaders. Throws, and so
 * stops the build, when Astro no longer passes them as this loader expects (a Map by extension in
 * which `.md` can render and `.mdx` exists), instead of silently building without the speed-up.
 */
export function astroEntryTypes(context: object): Map<string, EntryType> {
  const entryTypes: unknown = Reflect.get(context, 'entryTypes');
  const kan = (ext: string, functie: string) => entryTypes instanceof Map && typeof entryTypes.get(ext)?.[functie] === 'function';
  if (
    !(entryTypes instanceof Map) ||
    !kan('.mdx', 'getEntryInfo') ||
    !kan('.md', 'getEntryInfo') ||
    !kan('.md', 'getRenderFunction')
  )
    throw new Error(
      'src/utils/loader.ts: Astro passes loaders no `entryTypes` that read and render Markdown and MDX any more. ' +
        'Adapt inhoudGlob() to this Astro version, or use glob() from astro/loaders instead.',
    );
  return entryTypes;
}

/**
 * True when an MDX body is plain Markdown: no `import`/`export` lines, no JSX tags or
 * components, no `{expressions}`, and none of the syntax MDX reads differently from
 * Markdown (HTML, `<autolinks>`, indented code). Such a body renders the same both ways.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<>{}`~]/.test(body) && !/^(import|export)\b/m.test(body) && !/^( {4}|\t)/m.test(body);
}

/**
 * The frontmatter as the content check reads it (src/validation/bestand.ts) instead of Astro's own
 * reader, so the site uses exactly the data the check approved: a byte-order mark, CRLF line endings
 * or trailing spaces give the same page as the clean file. Body, slug and raw data stay Astro's.
 */
function zoalsDeControle(type: EntryType): EntryType {
  return {
    ...type,
    getEntryInfo: async (info) => {
      const astro = await type.getEntryInfo(info);
      // Usually the content check of this build read the same text a moment ago.
      const gelezen = alGelezen(info.contents) ?? leesMdx(info.contents);
      return gelezen.syntaxfouten.length || gelezen.data === undefined
        ? astro
        : { ...astro, data: gelezen.data as Record<string, unknown> };
    },
  };
}

/** Marks an entry that needs MDX after all. */
const alsMdx = { html: '', metadata: {} };

/**
 * Astro's glob() loader, with one speed-up: an `.mdx` file whose body is plain Markdown is
 * rendered at load time by the Markdown pipeline, which Astro caches between builds, instead
 * of being compiled and bundled as an MDX module. Only files that really use MDX (imports,
 * components, expressions) go through MDX. Staff keep writing `.mdx`; the page looks the same.
 *
 * At 10,000 insights bundling one MDX module per entry was the largest cost of the build.
 */
export function inhoudGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'inzichtenbank-glob',
    load: async (context) => {
      const astroTypen = astroEntryTypes(context);
      const mdx = astroTypen.get('.mdx');
      const md = astroTypen.get('.md');
      const mdRender = md?.getRenderFunction;
      if (!mdx || !md || !mdRender) return inner.load(context);
      const gemengd: EntryType = {
        ...mdx,
        // Glob renders entries of a type with a render function at load time, and stores the result.
        getRenderFunction: async (config) => {
          const markdown = await mdRender(config);
          return async (entry) => {
            if (!isPlainMarkdown(entry.body ?? '')) return alsMdx;
            const { html, metadata } = await markdown(entry);
            // The metadata holds a second copy of the frontmatter (for `remarkPluginFrontmatter`, which no
            // page uses). The store reaches the build as one JavaScript string that V8 compiles in time that
            // grows faster than its length, so the copy is left out (docs/performance.md, round 5).
            const { frontmatter: _kopie, ...zonderKopie } = metadata ?? {};
            // Markdown ends its HTML with a newline where MDX does not: drop it, so pages stay byte for byte the same.
            return { html: html.replace(/\n$/, ''), metadata: zonderKopie };
          };
        },
      };
      const entryTypes = new Map(astroTypen);
      entryTypes.set('.mdx', zoalsDeControle(gemengd));
      entryTypes.set('.md', zoalsDeControle(md));
      const store: LoaderContext['store'] = {
        ...context.store,
        // An entry that uses MDX is stored as glob() stores every MDX file: rendered later, as a module.
        set: (entry) =>
          context.store.set(entry.rendered === alsMdx ? { ...entry, rendered: undefined, deferredRender: true } : entry),
      };
      // `entryTypes` is not part of LoaderContext's type (see astroEntryTypes), so the context is built apart.
      const metTypen = { ...context, entryTypes, store };
      return inner.load(metTypen);
    },
  };
}
