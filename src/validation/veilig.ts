/**
 * Unsafe HTML in the body of an entry. An MDX body is code: raw HTML in it becomes JSX and is
 * rendered as written, so a <script>, an event-handler attribute or a javascript: link would reach
 * the visitor's browser. The content check (and so the build) refuses them with a Dutch message;
 * the Content Security Policy would block them anyway, but content should never rely on that.
 * Text in the frontmatter (titles, summaries, quotes) is always rendered as text and needs no check.
 *
 * Call with a body whose code spans and fenced code are blanked out (`zonderCode`): code shows tags as text.
 */

/**
 * Blanks out fenced and inline code, keeping line numbers, so examples in code are not checked.
 * Fences are found line by line (an unclosed fence runs to the end), so no file makes this slow.
 */
export function zonderCode(body: string): string {
  let fence = '';
  const regels = body.split('\n').map((regel) => {
    const opening = /^(```|~~~)/.exec(regel)?.[1];
    if (!fence && opening) {
      fence = opening;
      return ' '.repeat(regel.length);
    }
    if (fence) {
      if (regel.startsWith(fence)) fence = '';
      return ' '.repeat(regel.length);
    }
    return regel;
  });
  return regels.join('\n').replace(/`[^`\n]+`/g, (m) => ' '.repeat(m.length));
}

export interface OnveiligePlek {
  /** Offset in the body. */
  index: number;
  /** What was found: `<script>`, `onerror`, `javascript:`. */
  field: string;
  message: string;
}

/** Elements that run code, load other documents, restyle the page or collect input. */
const VERBODEN_ELEMENTEN = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'portal',
];

/** Attributes whose value is an address. */
const ADRES_ATTRIBUTEN = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'srcset', 'xlink:href', 'background', 'cite'];

const codeTip = 'Wil je laten zien hoe het eruitziet, zet het dan tussen backticks, bijvoorbeeld `<script>`.';

/** Decodes character references and drops whitespace and control characters, as browsers do before reading a URL scheme. */
function schemaVan(adres: string): string {
  const gedecodeerd = adres
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/i.exec(gedecodeerd.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1].toLowerCase() ?? '';
}

const GEVAARLIJKE_SCHEMAS = new Set(['javascript', 'vbscript', 'data', 'file']);

/** Every unsafe construct in `body` (code already blanked out). */
export function onveiligeHtml(body: string): OnveiligePlek[] {
  const uit: OnveiligePlek[] = [];

  // Elements that must not appear at all.
  const elementen = new RegExp(`<\\s*(${VERBODEN_ELEMENTEN.join('|')})(?=[\\s/>])`, 'gi');
  for (const m of body.matchAll(elementen)) {
    const naam = m[1].toLowerCase();
    uit.push({
      index: m.index,
      field: `<${naam}>`,
      message: `een <${naam}>-element mag niet in de tekst staan: de site voert geen code uit de inhoud uit en toont geen ingebedde pagina's of formulieren. ${codeTip}`,
    });
  }

  // Attributes inside any tag (HTML or JSX).
  for (const tag of tagsIn(body)) {
    const { attrs, index: start } = tag;
    for (const a of attrs.matchAll(/\s(on[a-z]+)\s*=/gi)) {
      uit.push({
        index: start,
        field: a[1],
        message: `het attribuut ${a[1]} voert JavaScript uit en mag niet in de tekst staan. Haal het weg; de site voegt zelf toe wat nodig is.`,
      });
    }
    if (/\{\s*\.\.\./.test(attrs)) {
      uit.push({
        index: start,
        field: '{...}',
        message: `een attribuut met {...} mag niet in de tekst staan: schrijf elk attribuut uit, bijvoorbeeld href="https://..."`,
      });
    }
    for (const a of attrs.matchAll(/\s(dangerouslySetInnerHTML|set:html|set:text)\b/g)) {
      uit.push({
        index: start,
        field: a[1],
        message: `${a[1]} voegt ongecontroleerde HTML in en mag niet in de tekst staan. Schrijf de tekst gewoon uit.`,
      });
    }
    for (const a of attrs.matchAll(/\s([a-zA-Z:]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{)|([^\s>]+))/g)) {
      const naam = a[1].toLowerCase();
      if (!ADRES_ATTRIBUTEN.includes(naam)) continue;
      if (a[4] !== undefined) {
        if (/^[a-z]/.test(tag.naam))
          uit.push({
            index: start,
            field: naam,
            message: `${naam}={...} mag niet in de tekst staan: schrijf het adres uit, bijvoorbeeld ${naam}="https://..."`,
          });
        continue;
      }
      const waarde = a[2] ?? a[3] ?? a[5] ?? '';
      const schema = schemaVan(waarde);
      if (GEVAARLIJKE_SCHEMAS.has(schema))
        uit.push({ index: start, field: `${schema}:`, message: gevaarlijkAdres(schema, waarde) });
    }
  }

  // Markdown links, images and link definitions: [tekst](adres), ![alt](adres), [naam]: adres.
  for (const m of body.matchAll(/\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) {
    const waarde = m[1] ?? m[2];
    const schema = schemaVan(waarde);
    if (GEVAARLIJKE_SCHEMAS.has(schema))
      uit.push({ index: m.index, field: `${schema}:`, message: gevaarlijkAdres(schema, waarde) });
  }
  return uit.sort((a, b) => a.index - b.index);
}

/**
 * Every tag opening in the body with its attribute text, read with quotes and {expressions}
 * (nested braces included) taken into account, in one linear scan.
 */
export function* tagsIn(body: string): Generator<{ index: number; naam: string; attrs: string }> {
  const open = /<([A-Za-z][\w:.-]*)/g;
  for (let m = open.exec(body); m; m = open.exec(body)) {
    let i = m.index + m[0].length;
    let diepte = 0;
    let quote = '';
    for (; i < body.length; i++) {
      const c = body[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'" || (c === '`' && diepte > 0)) quote = c;
      else if (c === '{') diepte++;
      else if (c === '}') diepte = Math.max(0, diepte - 1);
      else if (c === '>' && diepte === 0) break;
    }
    yield { index: m.index, naam: m[1], attrs: body.slice(m.index + m[0].length, i) };
    open.lastIndex = Math.max(open.lastIndex, Math.min(i, body.length));
  }
}

/**
 * The attributes of a tag's attribute text (from `tagsIn`) by name: `naam="…"`, `naam='…'`, or
 * `naam={…}` (the expression's text, without braces). Bare attributes are left out.
 */
export function attributenVan(attrs: string): Map<string, string> {
  return new Map(
    [...attrs.matchAll(/([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\})/g)].map((a) => [a[1], a[2] ?? a[3] ?? a[4]]),
  );
}

function gevaarlijkAdres(schema: string, waarde: string): string {
  const kort = waarde.length > 40 ? `${waarde.slice(0, 40)}…` : waarde;
  return `het adres "${kort}" begint met ${schema}: en mag niet in de tekst staan${schema === 'javascript' || schema === 'vbscript' ? ' (het voert code uit in plaats van een pagina te openen)' : ''}. Gebruik een webadres dat begint met https:// of een intern adres dat begint met /.`;
}
