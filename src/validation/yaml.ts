import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

/*
 * Reading YAML text safely: within explicit limits, never throwing, with Dutch messages and lines.
 * Free of Node APIs, so the editor (src/cms/mdx-bestand.ts) reads files with the same rules in the browser.
 */

/**
 * Limits on one content file. A file beyond any of them is refused with a Dutch message that
 * names the limit, so a hostile or broken file can never exhaust the check or the build.
 * Documented in CONTRIBUTING.md ("Grenzen"); real entries stay far below them.
 */
export const GRENZEN = {
  /** Largest file, in bytes (the largest real entry is about 7 kB). */
  bestandsgrootte: 256 * 1024,
  /** Deepest nesting of lists and blocks in the frontmatter (real entries use 3). */
  diepte: 20,
  /** Most aliases (`*naam`) in the frontmatter (real entries use none). */
  aliassen: 20,
} as const;

/** One problem with a file as a whole or its frontmatter syntax. */
export interface Syntaxfout {
  /** 1-based line. */
  line: number;
  message: string;
  /** What part of the file: `(bestand)`, `(tekst)`; `(frontmatter)` when absent. */
  veld?: string;
}

/** What `leesYaml` returns: the data (undefined on any problem), the problems, and lines of fields. */
export interface GelezenYaml {
  data: unknown;
  syntaxfouten: Syntaxfout[];
  regelVan: (pad: readonly PropertyKey[]) => number;
  /** The deepest field that starts on a line (1-based): `['citaten', 0, 'naam']`; empty when none does. */
  padOp: (regel: number) => PropertyKey[];
}

/** A size for people: "256 kB". */
export const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

/**
 * Nesting depth by a cheap scan (indentation, `- ` markers, flow brackets), so text nested
 * deeper than the parser's stack can take is refused before it is parsed. An overestimate.
 */
function geschatteDiepte(tekst: string): number {
  let max = 0;
  let flow = 0;
  const inspringingen: number[] = [];
  for (const regel of tekst.split('\n')) {
    const inhoud = regel.replace(/^[ \t]+/, '');
    if (!inhoud.trim() || inhoud.startsWith('#')) continue;
    const insp = regel.length - inhoud.length;
    while (inspringingen.length && inspringingen.at(-1)! >= insp) inspringingen.pop();
    inspringingen.push(insp);
    const markeringen = (/^(?:[-?:](?:[ \t]+|$))*/.exec(inhoud)?.[0].replace(/\s/g, '').length ?? 0) as number;
    let regelMax = flow;
    for (const c of inhoud) {
      if (c === '[' || c === '{') regelMax = Math.max(regelMax, ++flow);
      else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    max = Math.max(max, inspringingen.length + markeringen + regelMax);
  }
  return max;
}

/** Exact nesting depth of a parsed document, without recursion. */
function diepteVan(doc: Document): number {
  let max = 0;
  const stapel: [unknown, number][] = [[doc.contents, 1]];
  while (stapel.length) {
    const [node, d] = stapel.pop()!;
    if (isMap(node) || isSeq(node)) {
      max = Math.max(max, d);
      for (const item of node.items) {
        if (isPair(item)) stapel.push([item.key, d + 1], [item.value, d + 1]);
        else stapel.push([item, d + 1]);
      }
    }
  }
  return max;
}

const teDiep = (line: number): Syntaxfout => ({
  line,
  message: `de frontmatter is te diep genest: meer dan ${GRENZEN.diepte} niveaus van lijsten en blokken in elkaar (grens: diepste nesting). Controleer de inspringing`,
});

/** Parses YAML text that starts `regelOffset` lines into its file; never throws. */
export function leesYaml(tekst: string, regelOffset = 0): GelezenYaml {
  const zonder = (fout: Syntaxfout) => ({
    data: undefined,
    syntaxfouten: [fout],
    regelVan: () => regelOffset + 1,
    padOp: () => [],
  });
  if (tekst.length > GRENZEN.bestandsgrootte) {
    return zonder({
      line: regelOffset + 1,
      message: `de tekst is te groot: ${kb(tekst.length)}, de grens (grootste bestand) is ${kb(GRENZEN.bestandsgrootte)}`,
    });
  }
  if (geschatteDiepte(tekst) > GRENZEN.diepte * 10) return zonder(teDiep(regelOffset + 1));
  const ontleed = () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(tekst, { lineCounter, prettyErrors: false, uniqueKeys: true });
    return { doc, regel: (offset: number) => lineCounter.linePos(offset).line + regelOffset };
  };
  let gelezen: ReturnType<typeof ontleed>;
  try {
    gelezen = ontleed();
  } catch {
    return zonder({ line: regelOffset + 1, message: 'de frontmatter kan niet worden gelezen; controleer de inspringing' });
  }
  const { doc, regel } = gelezen;
  const bekend = doc.errors.length ? bekendeFouten(tekst, regelOffset) : [];
  const syntaxfouten: Syntaxfout[] = bekend.length
    ? bekend
    : [...doc.errors, ...doc.warnings].map((e) => ({
        line: regel(e.pos[0]),
        message:
          e.code === 'RESOURCE_EXHAUSTION' ? teDiep(0).message : `de frontmatter is geen geldige YAML: ${yamlMelding(e.code)}`,
      }));
  let data: unknown;
  if (!doc.errors.length) {
    let aliassen = 0;
    let eersteAlias = 0;
    visit(doc, {
      Alias: (_, node) => {
        if (!aliassen++) eersteAlias = node.range?.[0] ?? 0;
      },
    });
    if (aliassen > GRENZEN.aliassen) {
      syntaxfouten.push({
        line: regel(eersteAlias),
        message: `de frontmatter gebruikt ${aliassen} aliassen (*naam), de grens (meeste aliassen) is ${GRENZEN.aliassen}; schrijf de waarden gewoon uit`,
      });
    } else if (diepteVan(doc) > GRENZEN.diepte) {
      syntaxfouten.push(teDiep(regelOffset + 1));
    } else {
      try {
        data = doc.toJS({ maxAliasCount: GRENZEN.aliassen * 10 });
      } catch {
        syntaxfouten.push({
          line: regel(eersteAlias),
          message: `de aliassen (*naam) in de frontmatter maken de gegevens te groot (grens: meeste aliassen); schrijf de waarden gewoon uit`,
        });
      }
    }
  }
  // The document is not kept: at 10,000 entries the syntax trees would dominate memory.
  // Lines are only needed for problems, so the file is parsed again when one is reported.
  let opnieuw: ReturnType<typeof ontleed> | undefined;
  return {
    data: syntaxfouten.length && data === undefined ? undefined : data,
    syntaxfouten,
    regelVan: (pad) => {
      opnieuw ??= ontleed();
      return opnieuw.regel(offsetVan(opnieuw.doc, pad));
    },
    padOp: (gezocht) => {
      opnieuw ??= ontleed();
      return padOpRegel(opnieuw.doc, gezocht, opnieuw.regel);
    },
  };
}

/** The deepest field or list item whose key or item starts on line `gezocht`, without recursion. */
function padOpRegel(doc: Document, gezocht: number, regel: (offset: number) => number): PropertyKey[] {
  let beste: PropertyKey[] = [];
  const stapel: [unknown, PropertyKey[]][] = [[doc.contents, []]];
  while (stapel.length) {
    const [node, pad] = stapel.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || typeof pair.key.range?.[0] !== 'number') continue;
        const hier = [...pad, pair.key.value as PropertyKey];
        if (regel(pair.key.range[0]) === gezocht && hier.length > beste.length) beste = hier;
        stapel.push([pair.value, hier]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const hier = [...pad, i];
        const begin = (item as { range?: number[] } | null)?.range?.[0];
        if (typeof begin === 'number' && regel(begin) === gezocht && hier.length > beste.length) beste = hier;
        stapel.push([item, hier]);
      });
    }
  }
  return beste;
}

const bewaard = new Map<string, ReturnType<typeof leesYaml>>();

/**
 * `leesYaml` for files that are read again and again unchanged (the taxonomies, by the schemas and
 * by every run of the check in `astro dev` or a test): the result for the same text is reused.
 * Callers must not modify the returned data.
 */
export function leesYamlBewaard(tekst: string): ReturnType<typeof leesYaml> {
  let gelezen = bewaard.get(tekst);
  if (!gelezen) {
    if (bewaard.size >= 64) bewaard.clear();
    gelezen = leesYaml(tekst);
    bewaard.set(tekst, gelezen);
  }
  return gelezen;
}

/**
 * The mistakes staff make most, recognised in the text itself so the message can give the fix:
 * a tab used to indent (reported once, however many errors it causes), and a colon in a text
 * without quotes (with the corrected line). Empty when none of them is found.
 */
function bekendeFouten(tekst: string, regelOffset: number): Syntaxfout[] {
  const regels = tekst.split(/\r?\n/);
  const tabs = regels.flatMap((r, i) => (/^[ ]*\t/.test(r) ? [i] : []));
  if (tabs.length) {
    const andere =
      tabs.length > 1
        ? ` (ook op ${tabs.length === 2 ? 'regel' : 'regels'} ${tabs
            .slice(1)
            .map((i) => i + 1 + regelOffset)
            .join(', ')})`
        : '';
    return [
      {
        line: tabs[0] + 1 + regelOffset,
        message: `deze regel springt in met een tab${andere}; gebruik spaties om in te springen (steeds twee per niveau)`,
      },
    ];
  }
  const uit: Syntaxfout[] = [];
  regels.forEach((r, i) => {
    const m = /^(\s*(?:-\s+)?)([A-Za-z_]+):[ \t]+([^"'\s|>&*!\[{#][^#]*?)\s*$/.exec(r);
    if (!m || !/:(\s|$)/.test(m[3])) return;
    const gecorrigeerd = `${m[1]}${m[2]}: "${m[3].replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    uit.push({
      line: i + 1 + regelOffset,
      message: `in de tekst van ${m[2]} staat een dubbele punt; zet de hele tekst dan tussen aanhalingstekens: ${gecorrigeerd.trim()}`,
    });
  });
  return uit;
}

function yamlMelding(code: string): string {
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
  return uitleg[code] ?? 'controleer aanhalingstekens, dubbele punten en inspringing';
}

function offsetVan(doc: Document, pad: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: number[] } | null)?.range?.[0] ?? 0;
  for (const stap of pad) {
    if (isAlias(node)) break;
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
