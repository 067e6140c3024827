import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import { leesYaml } from '../validation/yaml.ts';

/**
 * Reading and writing an MDX entry for the editor (Decap CMS custom format "mdx-bewaard").
 *
 * Decap's own front-matter format re-serialises the whole YAML block and its Markdown
 * widget re-serialises the body. Staff review every change as a pull request, so the
 * editor must change only what the author changed:
 *
 * - the body (Markdown with MDX imports and components) is kept as the exact text after
 *   the closing `---`;
 * - every front-matter field the author did not change keeps its original bytes (style,
 *   quotes, comments), because `naarBestand` copies its source text from the file as it
 *   was read (`BRON_SLEUTEL`) and only re-writes the fields whose value changed;
 * - new entries are written in the same style `npm run nieuw` uses: lists of ids and tags
 *   inline (`rollen: [gemeente]`), blocks (citaten, bronnen) as YAML lists, dates as JJJJ-MM-DD;
 * - no file makes reading throw: frontmatter is read with the content check's rules and limits
 *   (src/validation/yaml.ts); a file the form cannot show (broken YAML, a BOM, CRLF) is written
 *   back byte for byte as long as nothing is changed in the form.
 */

/** Key under which `leesBestand` keeps the original front matter; never written to a file. */
export const BRON_SLEUTEL = '__bron';
/** Key under which `leesBestand` keeps the whole file as read; never written to a file. */
export const ORIGINEEL_SLEUTEL = '__origineel';
/** Helper fields the editor uses that never belong in the file (the new file name). */
export const HULPVELDEN = ['bestandsnaam'];

type Waarde = unknown;
type Data = Record<string, Waarde>;

const SCHEIDING = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** Splits an MDX file into front-matter data (plus `body`, the original YAML text and the file). Never throws. */
export function leesBestand(inhoud: string): Data {
  const tekst = String(inhoud ?? '').replace(/^\uFEFF/, '');
  const match = tekst.startsWith('---') ? SCHEIDING.exec(tekst) : null;
  if (!match || match.index !== 0) return { body: tekst, [ORIGINEEL_SLEUTEL]: inhoud };
  const yamlTekst = match[1];
  const { data } = leesYaml(yamlTekst);
  const velden = data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
  return { ...velden, body: tekst.slice(match[0].length), [BRON_SLEUTEL]: yamlTekst, [ORIGINEEL_SLEUTEL]: inhoud };
}

/** Writes an MDX file from the editor's data; `volgorde` is the order of the fields in the form. */
export function naarBestand(data: Data, volgorde: string[] = []): string {
  const { body = '', [BRON_SLEUTEL]: bron, [ORIGINEEL_SLEUTEL]: origineel, ...rest } = data;
  for (const hulp of HULPVELDEN) delete rest[hulp];
  const velden = (opschonen(rest) ?? {}) as Data;
  if (typeof origineel === 'string' && ongewijzigd(origineel, velden, body)) return origineel;
  const yamlTekst = typeof bron === 'string' ? bewaarOngewijzigd(bron, velden, volgorde) : nieuwBlok(velden, volgorde);
  return `---\n${yamlTekst}---\n${String(body ?? '')}`;
}

/** True when the form holds exactly what was read from `origineel`: then the file is written back as it was. */
function ongewijzigd(origineel: string, velden: Data, body: unknown): boolean {
  const { body: oudeBody, [BRON_SLEUTEL]: _bron, [ORIGINEEL_SLEUTEL]: _o, ...oud } = leesBestand(origineel);
  return String(body ?? '') === oudeBody && gelijk(velden, opschonen(oud) ?? {});
}

/** Removes what a form leaves behind for empty optional fields: '', null, undefined, [] and {}. */
export function opschonen(waarde: Waarde): Waarde {
  if (Array.isArray(waarde)) {
    const lijst = waarde.map(opschonen).filter((w) => w !== undefined);
    return lijst.length ? lijst : undefined;
  }
  if (waarde && typeof waarde === 'object' && !(waarde instanceof Date)) {
    const blok: Data = {};
    for (const [k, v] of Object.entries(waarde)) {
      const schoon = opschonen(v);
      if (schoon !== undefined) blok[k] = schoon;
    }
    return Object.keys(blok).length ? blok : undefined;
  }
  if (waarde === '' || waarde === null || waarde === undefined) return undefined;
  if (typeof waarde === 'string' && waarde.trim() === '') return undefined;
  return waarde;
}

/** Same value, whatever its YAML style: compares the data as JSON with sorted keys. */
export function gelijk(a: Waarde, b: Waarde): boolean {
  return JSON.stringify(normaal(a)) === JSON.stringify(normaal(b));
}

function normaal(w: Waarde): Waarde {
  if (w instanceof Date) return w.toISOString().slice(0, 10);
  if (Array.isArray(w)) return w.map(normaal);
  if (w && typeof w === 'object') {
    return Object.fromEntries(
      Object.keys(w)
        .sort()
        .map((k) => [k, normaal((w as Data)[k])]),
    );
  }
  return w;
}

/** Values a field has when it is absent from the file; writing them would only add noise. */
const STANDAARD: Data = { concept: false };

/** One field as YAML text, in the house style. */
export function veldTekst(naam: string, waarde: Waarde): string {
  const isLijstVanTekst = Array.isArray(waarde) && waarde.every((w) => typeof w !== 'object' || w === null);
  if (isLijstVanTekst) {
    const inline = stringify({ [naam]: waarde }, { flowCollectionPadding: false, lineWidth: 0, collectionStyle: 'flow' });
    // `collectionStyle: flow` also turns the outer map into `{ ... }`; unwrap it.
    const binnen = inline
      .trim()
      .replace(/^\{\s*/, '')
      .replace(/\s*\}$/, '');
    return `${binnen}\n`;
  }
  return stringify({ [naam]: waarde }, { lineWidth: 0, indentSeq: true });
}

function nieuwBlok(velden: Data, volgorde: string[]): string {
  const namen = sorteer(Object.keys(velden), volgorde);
  return namen
    .filter((n) => !(n in STANDAARD && gelijk(velden[n], STANDAARD[n])))
    .map((n) => veldTekst(n, velden[n]))
    .join('');
}

function sorteer(namen: string[], volgorde: string[]): string[] {
  const plek = (n: string) => {
    const i = volgorde.indexOf(n);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...namen].sort((a, b) => plek(a) - plek(b));
}

/**
 * Rewrites only the changed fields of the original YAML text. Each top-level field's
 * text (key, value, comments up to the next field) is copied byte for byte when its value
 * is unchanged; changed fields are written in the house style at the same place; removed
 * fields disappear; new fields are placed where the form's order puts them.
 */
function bewaarOngewijzigd(bron: string, velden: Data, volgorde: string[]): string {
  const gelezen = leesYaml(bron);
  if (gelezen.data === undefined || gelezen.syntaxfouten.length) return nieuwBlok(velden, volgorde);
  const doc = parseDocument(bron);
  const kaart = doc.contents;
  if (!isMap(kaart)) return nieuwBlok(velden, volgorde);

  const origineel = gelezen.data as Data;
  const stukken: { naam: string; tekst: string }[] = [];
  const items = kaart.items;
  // Text before the first field (comments) stays as it is.
  const eersteStart = items.length && isScalar(items[0].key) && items[0].key.range ? items[0].key.range[0] : bron.length;
  const kop = bron.slice(0, eersteStart);
  items.forEach((item, i) => {
    const start = isScalar(item.key) && item.key.range ? item.key.range[0] : 0;
    const volgende = items[i + 1];
    const eind = volgende && isScalar(volgende.key) && volgende.key.range ? volgende.key.range[0] : bron.length;
    stukken.push({ naam: String(isScalar(item.key) ? item.key.value : item.key), tekst: bron.slice(start, eind) });
  });

  const uit: string[] = [];
  const geschreven = new Set<string>();
  const plek = (n: string) => (volgorde.includes(n) ? volgorde.indexOf(n) : Number.MAX_SAFE_INTEGER);
  const nieuw = sorteer(
    Object.keys(velden).filter((n) => !(n in origineel) && !(n in STANDAARD && gelijk(velden[n], STANDAARD[n]))),
    volgorde,
  );
  /** Writes the new fields that the form puts before position `tot`. */
  const schrijfNieuwe = (tot: number) => {
    for (const n of nieuw) {
      if (geschreven.has(n) || plek(n) >= tot) continue;
      uit.push(veldTekst(n, velden[n]));
      geschreven.add(n);
    }
  };

  for (const stuk of stukken) {
    schrijfNieuwe(plek(stuk.naam));
    const waarde = velden[stuk.naam];
    if (gelijk(waarde, opschonen(origineel[stuk.naam]))) {
      uit.push(stuk.tekst.endsWith('\n') ? stuk.tekst : `${stuk.tekst}\n`);
    } else if (waarde !== undefined) {
      uit.push(veldTekst(stuk.naam, waarde));
    } // else: emptied or removed by the author
  }
  schrijfNieuwe(Number.MAX_SAFE_INTEGER + 1);
  return kop + uit.join('');
}
