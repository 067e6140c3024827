import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A content file split into frontmatter and body, with what is needed to point at lines. */
export interface GelezenBestand {
  /** The parsed frontmatter, or undefined when it is missing or not valid YAML. */
  data: unknown;
  /** Problems with the frontmatter itself (missing, YAML syntax), with 1-based lines. */
  syntaxfouten: { line: number; message: string }[];
  /** The MDX body after the frontmatter. */
  body: string;
  /** The whole file. */
  tekst: string;
  /** Line number (1-based) of the first line of the body. */
  bodyLine: number;
  /** Line (1-based) of a field, found by its path (`['citaten', 0, 'naam']`); falls back to its nearest parent. */
  regelVan: (pad: readonly PropertyKey[]) => number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|$)/m;

/** Reads a `.md`/`.mdx` file: YAML frontmatter between `---` lines, then the body. */
export function leesMdx(tekst: string): GelezenBestand {
  const m = tekst.startsWith('---') ? FRONTMATTER.exec(tekst) : null;
  if (!m || m.index !== 0) {
    return {
      data: undefined,
      syntaxfouten: [
        {
          line: 1,
          message: 'de frontmatter ontbreekt: het bestand moet beginnen met een regel "---", dan de velden, dan weer "---"',
        },
      ],
      body: tekst,
      tekst,
      bodyLine: 1,
      regelVan: () => 1,
    };
  }
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  const yaml = leesYaml(m[1], 1);
  return { ...yaml, body: tekst.slice(m[0].length), tekst, bodyLine };
}

/** Parses YAML text that starts `regelOffset` lines into its file. */
export function leesYaml(tekst: string, regelOffset = 0): Omit<GelezenBestand, 'body' | 'bodyLine' | 'tekst'> {
  const ontleed = () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(tekst, { lineCounter, prettyErrors: false, uniqueKeys: true });
    return { doc, regel: (offset: number) => lineCounter.linePos(offset).line + regelOffset };
  };
  const { doc, regel } = ontleed();
  const syntaxfouten = [...doc.errors, ...doc.warnings].map((e) => ({
    line: regel(e.pos[0]),
    message: `de frontmatter is geen geldige YAML: ${yamlMelding(e.code, e.message)}`,
  }));
  // The document is not kept: at 10,000 entries the syntax trees would dominate memory.
  // Lines are only needed for problems, so the file is parsed again when one is reported.
  let opnieuw: ReturnType<typeof ontleed> | undefined;
  return {
    data: doc.errors.length ? undefined : doc.toJS(),
    syntaxfouten,
    regelVan: (pad) => {
      opnieuw ??= ontleed();
      return opnieuw.regel(offsetVan(opnieuw.doc, pad));
    },
  };
}

function yamlMelding(code: string, message: string): string {
  const uitleg: Record<string, string> = {
    DUPLICATE_KEY: 'een veld staat er twee keer in',
    BAD_INDENT: 'de inspringing klopt niet (gebruik spaties, steeds even veel)',
    MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een aanhalingsteken of dubbele punt',
    BLOCK_AS_IMPLICIT_KEY: 'er ontbreekt een dubbele punt of de inspringing klopt niet',
    MULTILINE_IMPLICIT_KEY:
      'een veldnaam loopt over meer regels; staat er een dubbele punt in een tekst zonder aanhalingstekens?',
    TAB_AS_INDENT: 'gebruik spaties in plaats van tabs om in te springen',
    UNEXPECTED_TOKEN: 'onverwacht teken; zet tekst met een dubbele punt of # tussen aanhalingstekens',
  };
  return `${uitleg[code] ?? 'controleer aanhalingstekens, dubbele punten en inspringing'} (${message.split('\n')[0]})`;
}

function offsetVan(doc: Document, pad: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const stap of pad) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === stap);
      if (!pair) break;
      offset = (pair.key as { range?: number[] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof stap === 'number' && node.items[stap]) {
      node = node.items[stap];
      offset = (node as { range?: number[] }).range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
