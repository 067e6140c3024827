import { glob } from 'astro/loaders';
import { leesMdx } from '../validation/bestand.ts';

type GlobOptions = Parameters<typeof glob>[0];
type Loader = ReturnType<typeof glob>;
type LoaderContext = Parameters<Loader['load']>[0];
type EntryType = NonNullable<ReturnType<LoaderContext['entryTypes']['get']>>;

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
      const gelezen = leesMdx(info.contents);
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
      const mdx = context.entryTypes.get('.mdx');
      const md = context.entryTypes.get('.md');
      if (!mdx || !md?.getRenderFunction) return inner.load(context);
      const gemengd: EntryType = {
        ...mdx,
        // Glob renders entries of a type with a render function at load time, and stores the result.
        getRenderFunction: async (config) => {
          const markdown = await md.getRenderFunction!(config);
          return async (entry) => {
            if (!isPlainMarkdown(entry.body ?? '')) return alsMdx;
            const rendered = await markdown(entry);
            // Markdown ends its HTML with a newline where MDX does not: drop it, so pages stay byte for byte the same.
            return { ...rendered, html: rendered.html.replace(/\n$/, '') };
          };
        },
      };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', zoalsDeControle(gemengd));
      entryTypes.set('.md', zoalsDeControle(md));
      const store: LoaderContext['store'] = {
        ...context.store,
        // An entry that uses MDX is stored as glob() stores every MDX file: rendered later, as a module.
        set: (entry) =>
          context.store.set(entry.rendered === alsMdx ? { ...entry, rendered: undefined, deferredRender: true } : entry),
      };
      return inner.load({ ...context, entryTypes, store });
    },
  };
}
