import fs from 'node:fs';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { aantal } from '../utils/aantal.ts';
import { GRENZEN, kb, leesYaml, type Syntaxfout } from './yaml.ts';

/** A content file split into frontmatter and body, with what is needed to point at lines. */
export interface GelezenBestand {
  /** The parsed frontmatter, or undefined when it is missing, not valid YAML or the file is unreadable. */
  data: unknown;
  /** Problems with the file itself (unreadable, limits, control characters) and its frontmatter syntax. */
  syntaxfouten: Syntaxfout[];
  /** The MDX body after the frontmatter. */
  body: string;
  /** The whole file (without a byte-order mark). */
  tekst: string;
  /** Line number (1-based) of the first line of the body. */
  bodyLine: number;
  /** Line (1-based) of a field, found by its path (`['citaten', 0, 'naam']`); falls back to its nearest parent. */
  regelVan: (pad: readonly PropertyKey[]) => number;
  /** The deepest field that starts on a line (1-based) of the frontmatter; empty when none does. */
  padOp: (regel: number) => PropertyKey[];
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|$)/m;
const BOM = '\uFEFF';

/** C0 and C1 control characters other than tab, line feed and carriage return: invisible, and never meant. */
// eslint-disable-next-line no-control-regex
const STUURTEKEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function regelVanOffset(tekst: string, offset: number): number {
  let n = 1;
  for (let i = tekst.indexOf('\n'); i !== -1 && i < offset; i = tekst.indexOf('\n', i + 1)) n++;
  return n;
}

/** A file that could not be read as text: no data, one problem. */
function onleesbaar(message: string, line = 1, tekst = ''): GelezenBestand {
  return {
    data: undefined,
    syntaxfouten: [{ line, message, veld: '(bestand)' }],
    body: '',
    tekst,
    bodyLine: 1,
    regelVan: () => 1,
    padOp: () => [],
  };
}

/**
 * Reads a file from disk as UTF-8 text within the limits. Returns the text, or the Dutch
 * reason it is not a text file the site can use (with the line where that shows, if known).
 */
export function leesTekstbestand(abs: string): { tekst: string } | { fout: string; line: number } {
  let bytes: Buffer;
  try {
    const grootte = fs.statSync(abs).size;
    if (grootte > GRENZEN.bestandsgrootte) {
      return {
        fout: `het bestand is te groot: ${kb(grootte)}, de grens (grootste bestand) is ${kb(GRENZEN.bestandsgrootte)}. Staat er per ongeluk iets anders in, zoals een afbeelding of een hele bijlage?`,
        line: 1,
      };
    }
    bytes = fs.readFileSync(abs);
  } catch (e) {
    return { fout: `het bestand kan niet worden gelezen (${(e as NodeJS.ErrnoException).code ?? 'onbekende fout'})`, line: 1 };
  }
  return decodeer(bytes);
}

/** UTF-8 bytes to text; UTF-16, binary data and invalid UTF-8 are refused with a Dutch reason. */
export function decodeer(bytes: Uint8Array): { tekst: string } | { fout: string; line: number } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      fout: 'het bestand is opgeslagen als UTF-16 ("Unicode"); sla het op als UTF-8 (in Kladblok: Opslaan als, codering UTF-8)',
      line: 1,
    };
  }
  const begin = bytes.subarray(0, 8000);
  if (begin.filter((b) => b === 0).length * 8 > begin.length) {
    return {
      fout: 'dit is geen gewone tekst: er staan veel NUL-tekens in (een afbeelding, pdf of Word-bestand, of tekst opgeslagen als UTF-16); een inzicht of alliantie is een tekstbestand (.mdx) in UTF-8',
      line: 1,
    };
  }
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Find the first byte that is not UTF-8, to name its line.
    let eerste = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let lo = 0, hi = bytes.length; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      try {
        decoder.decode(bytes.subarray(0, mid));
        lo = mid;
        eerste = mid;
      } catch {
        hi = mid - 1;
      }
    }
    const line = bytes.subarray(0, eerste).filter((b) => b === 10).length + 1;
    const nullen = bytes.subarray(0, 8000).filter((b) => b === 0).length;
    if (nullen > 0) {
      return {
        fout: 'dit is geen tekstbestand (het lijkt een afbeelding, pdf of Word-bestand); een inzicht of alliantie is een tekstbestand (.mdx) in UTF-8',
        line: 1,
      };
    }
    return {
      fout: `het bestand bevat tekens die geen UTF-8 zijn (vanaf regel ${line}); sla het op als UTF-8 en controleer daarna letters met accenten zoals é en ë`,
      line,
    };
  }
}

/** Lines with control characters reported one by one; the rest are counted in one last problem. */
const STUURTEKENS_PER_BESTAND = 5;

/** One problem per line that holds an invisible control character (NUL, escape, ...), up to a few per file. */
function stuurtekens(tekst: string): Syntaxfout[] {
  const uit: Syntaxfout[] = [];
  let meer = 0;
  tekst.split('\n').forEach((regel, i) => {
    const m = STUURTEKEN.exec(regel);
    if (!m) return;
    if (uit.length === STUURTEKENS_PER_BESTAND) {
      if (!meer++) uit.push({ line: i + 1, veld: '(tekst)', message: '' });
      return;
    }
    const code = `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    uit.push({
      line: i + 1,
      veld: '(tekst)',
      message: `regel ${i + 1} bevat een onzichtbaar stuurteken (${code}${m[0] === '\0' ? ', NUL' : ''}) op positie ${m.index + 1}; haal het weg (typ de regel eventueel opnieuw)`,
    });
  });
  if (meer) {
    const laatste = uit[uit.length - 1];
    laatste.message = `vanaf regel ${laatste.line} staan nog op ${aantal(meer, 'regel', 'regels')} onzichtbare stuurtekens; haal ze weg`;
  }
  return uit;
}

/** Reads a `.md`/`.mdx` file from disk; never throws. */
export function leesMdxBestand(abs: string): GelezenBestand {
  const r = leesTekstbestand(abs);
  return 'fout' in r ? onleesbaar(r.fout, r.line) : leesMdx(r.tekst);
}

/**
 * Reads a `.md`/`.mdx` file: YAML frontmatter between `---` lines, then the body.
 * A byte-order mark and CRLF line endings are accepted, as the site accepts them.
 */
export function leesMdx(invoer: string): GelezenBestand {
  const tekst = invoer.startsWith(BOM) ? invoer.slice(1) : invoer;
  const tekens = stuurtekens(tekst);
  const m = tekst.startsWith('---') ? FRONTMATTER.exec(tekst) : null;
  if (!m || m.index !== 0) {
    return {
      data: undefined,
      syntaxfouten: [
        tekst.startsWith('---')
          ? {
              line: afsluitRegel(tekst),
              message: `de afsluitende regel "---" ontbreekt: zet een regel met alleen --- onder het laatste veld, hier op regel ${afsluitRegel(tekst)}, vóór de tekst`,
            }
          : {
              line: 1,
              message: 'de frontmatter ontbreekt: het bestand moet beginnen met een regel "---", dan de velden, dan weer "---"',
            },
        ...tekens,
      ],
      body: tekst,
      tekst,
      bodyLine: 1,
      regelVan: () => 1,
      padOp: () => [],
    };
  }
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1);
  // Spaces at the end of a line are invisible, but inside a YAML block (`|`, `>`) they would be part of
  // the text. The site reads frontmatter with this function too (src/utils/loader.ts), so dropping them
  // here makes a file with trailing spaces build the same page as one without.
  const yaml = leesYaml(zonderSpatiesAanRegeleinden(m[1]), 1);
  const site = siteVerschil(tekst, m[1]);
  return {
    ...yaml,
    data: site?.afgekapt ? undefined : yaml.data,
    // Where the site cuts the frontmatter off elsewhere, that is the cause of any YAML error: report it first.
    syntaxfouten: site?.afgekapt
      ? [site, ...tekens]
      : [...yaml.syntaxfouten, ...tekens, ...(yaml.syntaxfouten.length || !site ? [] : [site])],
    body: tekst.slice(m[0].length),
    tekst,
    bodyLine,
  };
}

/** Where the closing `---` belongs when it is missing: the first line after the fields (blank or not indented like a field). */
function afsluitRegel(tekst: string): number {
  const regels = tekst.split(/\r?\n/);
  for (let i = 1; i < regels.length; i++) {
    if (!/^(\s|[A-Za-z_]+:|#|-)/.test(regels[i]) || !regels[i].trim()) return i + 1;
  }
  return regels.length + 1;
}

/**
 * The site reads frontmatter with Astro's own reader (js-yaml). When that reader would see other
 * frontmatter than this check, or refuses it, the build would stop with an English error: report it here.
 */
function siteVerschil(tekst: string, frontmatter: string): (Syntaxfout & { afgekapt?: boolean }) | undefined {
  const zoalsSite = extractFrontmatter(tekst);
  const normaal = (s: string | undefined) => s?.replace(/\r?\n$/, '').replace(/^[ \t]*\r?\n/, '');
  if (zoalsSite === undefined || normaal(zoalsSite) !== normaal(frontmatter)) {
    const eind = zoalsSite === undefined ? 1 : regelVanOffset(tekst, tekst.indexOf(zoalsSite) + zoalsSite.length);
    return {
      afgekapt: true,
      line: eind,
      message: `de frontmatter eindigt voor de site op regel ${eind}: een regel die met "---" begint sluit de frontmatter af. Zet zo'n tekst tussen aanhalingstekens, of maak van de afsluitende regel precies "---"`,
    };
  }
  try {
    parseFrontmatter(tekst);
  } catch (e) {
    const mark = (e as { mark?: { line: number } }).mark;
    return {
      line: (mark?.line ?? 0) + 2,
      message: 'de site kan deze frontmatter niet lezen; controleer aanhalingstekens, dubbele punten en inspringing',
    };
  }
  return undefined;
}

/** What ends a line for `$` in a multiline JavaScript regular expression. */
const REGELEINDEN = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * The text without spaces and tabs at the end of its lines, as `replace(/[ \t]+(?=\r?$)/gm, '')` gave
 * it, in linear time: that expression backtracks over every run of spaces that does not end a line,
 * so 80,000 spaces at the start of a frontmatter line took 30 s (found by the property test).
 */
export function zonderSpatiesAanRegeleinden(tekst: string): string {
  return tekst.replace(/[ \t]+/g, (reeks: string, plek: number) => {
    const volgend = tekst[plek + reeks.length];
    return volgend === undefined || REGELEINDEN.has(volgend) ? '' : reeks;
  });
}
