/**
 * Random edits of content files for the property tests (fast-check): what a careless or hostile
 * contributor, a broken editor or a wrong "Save as" can do to a file. Each mutation works on the
 * text; an optional last step changes the bytes (encoding, binary garbage).
 */
import fc from 'fast-check';

export interface Mutatie {
  /** What the mutation did, for the counterexample fast-check prints. */
  naam: string;
  pas: (tekst: string) => string;
}

export interface Codering {
  naam: string;
  naarBytes: (tekst: string) => Buffer;
}

/** Where in `tekst`, as a fraction of its length, so one arbitrary fits every file. */
const plek = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const op = (tekst: string, f: number) => Math.floor(f * (tekst.length + 1));
const invoegen = (tekst: string, f: number, stuk: string) => {
  const i = op(tekst, f);
  return tekst.slice(0, i) + stuk + tekst.slice(i);
};
/** Applies `wijzig` to line number `f` (as a fraction) of the text. */
const opRegel = (tekst: string, f: number, wijzig: (regel: string) => string | string[]) => {
  const regels = tekst.split('\n');
  const i = Math.floor(f * regels.length);
  regels.splice(i, 1, ...[wijzig(regels[i] ?? '')].flat());
  return regels.join('\n');
};

const vrijeTekst = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom('Let op: de gemeente', 'עברית ערבית', '😀👩‍👩‍👧', '"', "'", '\\', '#', '&', '*', '%', '@', '`', '|', '>', '{', '}'),
);

const yamlWaarde = fc.oneof(
  vrijeTekst,
  fc.constantFrom(
    '~',
    'null',
    '[]',
    '{}',
    '""',
    "''",
    '|',
    '>-',
    '-1',
    '1e999',
    '0x1F',
    '.nan',
    'true',
    '2026-02-30',
    '05-11-2026',
    '&anker waarde',
    '*anker',
    '!!binary aGVsbG8=',
    '!!set {a, b}',
    '!!timestamp 2026-01-01',
    '!onbekend waarde',
    '[a, [b, [c, [d]]]]',
    '{a: 1, a: 2}',
    '"niet gesloten',
    "'ook niet",
    'NOG INVULLEN',
  ),
);

/** Fragments with YAML features inserted as lines: documents, directives, anchors, tags, bombs, nesting. */
const yamlRegels = fc.oneof(
  fc.constantFrom(
    '---',
    '...',
    '--- !tag',
    '----',
    '%YAML 1.2',
    '%TAG ! tag:example.com,2000:',
    '# een opmerking',
    'anker: &a [x, y]\nkopie: *a',
    '<<: {titel: x}',
    '? [complex, sleutel]\n: waarde',
    'x: !!binary |\n  R0lGODlhDAAMAIQAAP',
    'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    '*nergens',
    '&los',
    '\t- tab',
  ),
  fc.integer({ min: 1, max: 5000 }).map((n) => `diep: ${'['.repeat(n)}${']'.repeat(n)}`),
  fc.integer({ min: 1, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')),
  fc.integer({ min: 1, max: 2000 }).map((n) => `lijst: ${'- '.repeat(n)}x`),
);

/** Fragments inserted into a body: components, HTML, code fences, MDX syntax. */
const bodyStukken = fc.constantFrom(
  '<Citaat naam="Naam" organisatie="Organisatie">Letterlijk citaat uit de bron.</Citaat>',
  '<Citaat>',
  '<Onbekend />',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '```',
  '~~~',
  '{',
  '}',
  '<',
  'import x from "y"',
  'export const a = 1',
  '[link](/inzichten/bestaat-niet/)',
  '[link](bestand.mdx)',
  '<img src=x onerror=alert(1)>',
  '<!-- opmerking -->',
);

const stuurtekens = fc.constantFrom('\0', '\x01', '\x07', '\b', '\v', '\f', '\x1b', '\x7f', '\x85', '\u0080', '\u009f');

export const mutatie: fc.Arbitrary<Mutatie> = fc.oneof(
  fc.tuple(plek, vrijeTekst).map(([f, s]) => ({
    naam: `sleutel op regel ${f.toFixed(3)} wordt ${JSON.stringify(s)}`,
    pas: (t: string) => opRegel(t, f, (r) => r.replace(/^(\s*-?\s*)[^:\s]+:/, `$1${s}:`)),
  })),
  fc.tuple(plek, yamlWaarde).map(([f, s]) => ({
    naam: `waarde op regel ${f.toFixed(3)} wordt ${JSON.stringify(s)}`,
    pas: (t: string) => opRegel(t, f, (r) => r.replace(/:\s.*$/, `: ${s}`)),
  })),
  fc.tuple(plek, fc.integer({ min: -4, max: 8 }), fc.boolean()).map(([f, n, tab]) => ({
    naam: `inspringing op regel ${f.toFixed(3)}: ${n}${tab ? ' met tab' : ''}`,
    pas: (t: string) =>
      opRegel(t, f, (r) => {
        const zonder = n < 0 ? r.replace(new RegExp(`^ {0,${-n}}`), '') : `${' '.repeat(n)}${r}`;
        return tab ? zonder.replace(/^ +/, '\t') : zonder;
      }),
  })),
  fc
    .tuple(
      plek,
      fc.constantFrom(
        '"',
        "'",
        '`',
        '\\',
        ':',
        ': ',
        '#',
        ' #',
        '-',
        '- ',
        '|',
        '>',
        '&',
        '*',
        '!',
        '%',
        '@',
        '[',
        ']',
        '{',
        '}',
        ',',
      ),
    )
    .map(([f, s]) => ({ naam: `teken ${JSON.stringify(s)} op ${f.toFixed(3)}`, pas: (t: string) => invoegen(t, f, s) })),
  fc.tuple(plek, fc.constantFrom('weg', 'dubbel', 'leeg')).map(([f, wat]) => ({
    naam: `regel ${f.toFixed(3)} ${wat}`,
    pas: (t: string) => opRegel(t, f, (r) => (wat === 'weg' ? [] : wat === 'dubbel' ? [r, r] : '')),
  })),
  fc.tuple(plek, stuurtekens).map(([f, c]) => ({
    naam: `stuurteken U+${c.charCodeAt(0).toString(16).padStart(4, '0')} op ${f.toFixed(3)}`,
    pas: (t: string) => invoegen(t, f, c),
  })),
  fc.tuple(fc.double({ min: 0, max: 0.4, noNaN: true }), yamlRegels).map(([f, s]) => ({
    naam: `YAML ingevoegd op ${f.toFixed(3)}: ${JSON.stringify(s.slice(0, 60))}`,
    pas: (t: string) => opRegel(t, f, (r) => [s, r]),
  })),
  fc.tuple(plek, bodyStukken).map(([f, s]) => ({
    naam: `in de tekst op ${f.toFixed(3)}: ${JSON.stringify(s)}`,
    pas: (t: string) => invoegen(t, f, s),
  })),
  fc
    .tuple(plek, fc.integer({ min: 1_000, max: 300_000 }), fc.constantFrom('x', 'é', '😀', ' ', '\n', 'a: '))
    .map(([f, n, c]) => ({
      naam: `${n} keer ${JSON.stringify(c)} op ${f.toFixed(3)}`,
      pas: (t: string) => invoegen(t, f, c.repeat(Math.ceil(n / c.length))),
    })),
  fc.tuple(plek, fc.string({ unit: 'grapheme', maxLength: 30 })).map(([f, s]) => ({
    naam: `tekst ${JSON.stringify(s)} op ${f.toFixed(3)}`,
    pas: (t: string) => invoegen(t, f, s),
  })),
  fc.constantFrom<Mutatie>(
    { naam: 'CRLF', pas: (t) => t.replace(/\r?\n/g, '\r\n') },
    { naam: 'alleen CR', pas: (t) => t.replace(/\r?\n/g, '\r') },
    { naam: 'geen laatste regeleinde', pas: (t) => t.replace(/\s+$/, '') },
    { naam: 'leeg bestand', pas: () => '' },
    { naam: 'alleen frontmatter', pas: (t) => t.replace(/(^---[\s\S]*?\n---).*$/s, '$1') },
    { naam: 'afsluitende --- weg', pas: (t) => t.replace(/(^---[\s\S]*?)\n---\n/, '$1\n') },
    { naam: 'openende --- weg', pas: (t) => t.replace(/^---\n/, '') },
    { naam: 'BOM twee keer', pas: (t) => `\uFEFF\uFEFF${t}` },
  ),
);

/** The bytes of the file: UTF-8, or what a wrong encoding, a binary file or damage makes of it. */
export const codering: fc.Arbitrary<Codering> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Codering>({ naam: 'UTF-8', naarBytes: (t) => Buffer.from(t, 'utf8') }) },
  fc.constantFrom<Codering>(
    { naam: 'UTF-8 met BOM', naarBytes: (t) => Buffer.from(`\uFEFF${t}`, 'utf8') },
    { naam: 'Latin-1', naarBytes: (t) => Buffer.from(t, 'latin1') },
    { naam: 'UTF-16LE met BOM', naarBytes: (t) => Buffer.from(`\uFEFF${t}`, 'utf16le') },
    { naam: 'UTF-16LE zonder BOM', naarBytes: (t) => Buffer.from(t, 'utf16le') },
    { naam: 'afgekapt midden in een teken', naarBytes: (t) => Buffer.from(`${t}é`, 'utf8').subarray(0, -1) },
  ),
  fc.tuple(plek, fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([f, bytes]) => ({
    naam: `bytes ${Buffer.from(bytes).toString('hex')} op ${f.toFixed(3)}`,
    naarBytes: (t: string) => {
      const b = Buffer.from(t, 'utf8');
      const i = op(t, f) % (b.length + 1);
      return Buffer.concat([b.subarray(0, i), bytes, b.subarray(i)]);
    },
  })),
  fc.uint8Array({ minLength: 0, maxLength: 2048 }).map((bytes) => ({
    naam: 'een binair bestand (PNG-kop en willekeurige bytes)',
    naarBytes: () => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), bytes]),
  })),
);

/** A file's mutations plus its encoding. */
export const bestandsmutatie = fc.record({
  mutaties: fc.array(mutatie, { minLength: 1, maxLength: 4 }),
  codering,
});

/**
 * Variations that change nothing a reader can see: a BOM, CRLF line endings, trailing spaces in the
 * frontmatter, comment lines, another order of the fields, no final newline. Applied to a clean entry,
 * the check must accept the file and read the same data and body.
 */
export const onschuldig: fc.Arbitrary<Mutatie> = fc.oneof(
  fc.constantFrom<Mutatie>(
    { naam: 'BOM', pas: (t) => (t.startsWith('\uFEFF') ? t : `\uFEFF${t}`) },
    { naam: 'CRLF', pas: (t) => t.replace(/\r?\n/g, '\r\n') },
    { naam: 'geen laatste regeleinde', pas: (t) => t.replace(/\s+$/, '') },
    {
      naam: 'spaties achter de frontmatter-regels',
      pas: (t) => opFrontmatter(t, (fm) => fm.replace(/(\S)(\r?\n)/g, '$1   $2')),
    },
  ),
  fc
    .tuple(
      fc.nat(),
      fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n\p{Cc}]/gu, '')),
    )
    .map(([n, s]) => ({
      naam: `opmerking voor veld ${n}: ${JSON.stringify(s)}`,
      pas: (t: string) =>
        opFrontmatter(t, (fm) => {
          const blokken = veldblokken(fm);
          blokken.splice(n % (blokken.length + 1), 0, `# ${s}`);
          return blokken.join(eol(fm));
        }),
    })),
  fc.nat().map((n) => ({
    naam: `velden in een andere volgorde (${n})`,
    pas: (t: string) =>
      opFrontmatter(t, (fm) => {
        const blokken = veldblokken(fm);
        const rest = [...blokken];
        const uit: string[] = [];
        for (let k = n; rest.length; k = Math.floor(k / 3) + 7) uit.push(...rest.splice(k % rest.length, 1));
        return uit.join(eol(fm));
      }),
  })),
);

/** Applies `wijzig` to the frontmatter text (between the `---` lines) only. */
function opFrontmatter(tekst: string, wijzig: (fm: string) => string): string {
  const m = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/.exec(tekst);
  return m ? m[1] + wijzig(m[2]) + m[3] + tekst.slice(m[0].length) : tekst;
}

const eol = (tekst: string) => (tekst.includes('\r\n') ? '\r\n' : '\n');

/** Top-level fields of a frontmatter, each with its indented continuation lines. */
function veldblokken(fm: string): string[] {
  const blokken: string[] = [];
  for (const regel of fm.split(/\r?\n/)) {
    if (/^[^\s#-]/.test(regel) || !blokken.length) blokken.push(regel);
    else blokken[blokken.length - 1] += `${eol(fm)}${regel}`;
  }
  return blokken;
}
