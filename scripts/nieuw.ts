/**
 * `npm run nieuw`: creates a new insight or alliance as a valid file in the right place.
 *
 * Asks its questions in Dutch when started without arguments. Without prompts:
 *   npm run nieuw -- inzicht --alliantie <alliantie|geen> --soort <soort> --titel "<titel>" [--rol <rol>]... [--fase <fase>]... [--samenvatting "<tekst>"] [--bron <document>] [--dubbel]
 *   npm run nieuw -- alliantie --naam "<naam>" --thema <thema> [--startjaar <jaar>] [--dubbel]
 *   npm run nieuw -- --help
 * A title or name that is already taken is refused (asked, in the prompts) unless `--dubbel` is given.
 * Prints the path of the file it created. Reads `INZICHTENBANK_CONTENT` (default: content/).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { stringify } from 'yaml';
import { alliantieSchema } from '../src/schemas/alliantie.ts';
import { inzichtSchema } from '../src/schemas/inzicht.ts';
import { contentDir } from '../src/utils/paths.ts';
import { slugVan, uniekeSlug } from '../src/utils/slug.ts';
import { leesTermen } from '../src/utils/taxonomie.ts';
import { leesContent, type ContentModel } from '../src/validation/valideer.ts';
import { bedoeldeU } from '../src/validation/suggestie.ts';
import { PLAATSHOUDER } from '../src/validation/plaatshouder.ts';
import {
  deel,
  definitie,
  definitieVanInzicht,
  genummerdLabel,
  namenMet,
  type TaxonomieNaam,
} from '../src/taxonomies/registry.ts';
import * as p from '@clack/prompts';
import { kiesEen, kiesMeer, vraagTekst, vraagtHulp, type Keuze, type Terminal } from './vragen.ts';

/** Input that cannot be used; its Dutch message is shown without a stack trace. */
export class Invoerfout extends Error {}

/** The user stopped (Ctrl+C, or chose to stop); nothing was written. */
export class Gestopt extends Error {}

/** Refuses a value that is not allowed, listing the allowed values and the nearest one. */
function kies(waarde: string, toegestaan: string[], wat: string, optie: string): string {
  if (toegestaan.includes(waarde)) return waarde;
  throw new Invoerfout(
    `"${waarde}" is geen geldige ${wat} (--${optie}); kies uit: ${toegestaan.join(', ')}.${bedoeldeU(waarde, toegestaan)}`,
  );
}

/** Refuses a text the content check would refuse (too long, invisible or direction-changing characters), with its message. */
function zoalsDeControle(schema: z.ZodType, waarde: string, optie: string): void {
  const r = schema.safeParse(waarde);
  if (!r.success) throw new Invoerfout(`${r.error.issues[0].message} (--${optie})`);
}

const vandaag = () => new Date().toISOString().slice(0, 10);

/**
 * An MDX file: the frontmatter as YAML with a comment after the fields in `opmerkingen`, and the
 * comment lines of `ervoor` above the field they are keyed by.
 */
function bestand(
  frontmatter: Record<string, unknown>,
  opmerkingen: Record<string, string>,
  body: string,
  ervoor: Record<string, string[]> = {},
): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, flowCollectionPadding: false })
    .split('\n')
    .flatMap((regel) => {
      const veld = /^([a-z]+):/.exec(regel)?.[1];
      const metOpmerking = veld && opmerkingen[veld] ? `${regel} # ${opmerkingen[veld]}` : regel;
      return [...((veld && ervoor[veld]) || []), metOpmerking];
    })
    .join('\n');
  return `---\n${yaml}---\n\n${body}\n`;
}

/**
 * A quote as a commented-out example in a new insight: switched on by taking "# " off its lines.
 * The content check ignores comments, so the example warns about its placeholders only once it is used.
 */
const CITATEN_VOORBEELD = [
  '# Citaten (mag weg): letterlijk uit de bron, met de naam, functie en organisatie van wie het zei.',
  '# Gebruiken? Haal aan het begin van de vijf regels hieronder "# " weg en vul ze in (functie mag weg).',
  '# citaten:',
  `#   - tekst: "${PLAATSHOUDER}"`,
  `#     naam: ${PLAATSHOUDER}`,
  `#     functie: ${PLAATSHOUDER}`,
  `#     organisatie: ${PLAATSHOUDER}`,
];

/** An entry that already has the file name a new one would get. */
interface Bestaand {
  /** Absolute path of the existing file. */
  pad: string;
  /** Its title or name, as written in it. */
  naam: string;
  /** The first free file name (slug) beside it: `<slug>-2`. */
  vrij: string;
}

/** The title or name a new entry's file name comes from, tidied as it will be written. */
const netjes = (tekst: string) => tekst.trim().replace(/\s+/g, ' ');

/** The insight that already has the file name a new insight with this title would get, if any. */
function bestaandInzicht(titel: string, model: ContentModel): Bestaand | undefined {
  const slug = slugVan(netjes(titel));
  const bestaand = model.inzichten.find((i) => i.id === slug);
  if (!slug || !bestaand) return undefined;
  const naam = (bestaand.bestand.data as { titel?: unknown } | undefined)?.titel;
  return {
    pad: bestaand.path,
    naam: typeof naam === 'string' ? naam : slug,
    vrij: uniekeSlug(slug, new Set(model.inzichten.map((i) => i.id))),
  };
}

/** The alliance whose folder a new alliance with this name would get, if any. */
function bestaandeAlliantie(naam: string, model: ContentModel): Bestaand | undefined {
  const slug = slugVan(netjes(naam));
  const map = path.join(model.root, 'allianties');
  const bezet = new Set(fs.existsSync(map) ? fs.readdirSync(map) : []);
  if (!slug || !bezet.has(slug)) return undefined;
  const index = path.join(map, slug, 'index.mdx');
  const gevonden = model.allianties.find((a) => a.id === slug);
  const gelezen = (gevonden?.bestand.data as { naam?: unknown } | undefined)?.naam;
  return { pad: index, naam: typeof gelezen === 'string' ? gelezen : slug, vrij: uniekeSlug(slug, bezet) };
}

/** How the messages name each kind of entry: an insight is a het-word, an alliance a de-word. */
const WOORDEN = {
  inzicht: {
    bezet: 'een inzicht met deze titel',
    veld: 'titel',
    plek: 'bestandsnaam',
    nieuw: 'een nieuw inzicht',
    bestaand: 'het bestaande inzicht',
  },
  alliantie: {
    bezet: 'een alliantie met deze naam',
    veld: 'naam',
    plek: 'map',
    nieuw: 'een nieuwe alliantie',
    bestaand: 'de bestaande alliantie',
  },
} as const;

/** Refuses a title that is taken, saying where the existing entry is and how to make a second one anyway. */
function alBezet(wat: keyof typeof WOORDEN, b: Bestaand): Invoerfout {
  const w = WOORDEN[wat];
  return new Invoerfout(
    `er is al ${w.bezet}: ${toon(b.pad)} ("${b.naam}"). Kies een andere ${w.veld}, ` +
      `of maak er toch een tweede bij met --dubbel (die krijgt de ${w.plek} ${b.vrij})`,
  );
}

export interface InzichtKeuzes {
  alliantie: string;
  soort: string;
  titel: string;
  rollen?: string[];
  fasen?: string[];
  samenvatting?: string;
  bron?: string;
  /** Make it also when an insight with this title exists (file name `<slug>-2`); otherwise that is refused. */
  dubbel?: boolean;
}

/** Writes a new insight; returns its absolute path. */
export function maakInzicht(k: InzichtKeuzes, root = contentDir): string {
  const model = leesContent(root);
  const { tax } = model;
  const allianties = model.allianties.map((a) => a.id);
  const alliantie = k.alliantie === 'geen' ? undefined : kies(k.alliantie, allianties, 'alliantie', 'alliantie');
  const soort = kies(k.soort, tax.soorten, 'soort', 'soort');
  const titel = netjes(k.titel);
  if (!titel) throw new Invoerfout('de titel is leeg (--titel "...")');
  const schema = inzichtSchema(tax).shape;
  zoalsDeControle(schema.titel, titel, 'titel');
  if (k.samenvatting?.trim()) zoalsDeControle(schema.samenvatting, k.samenvatting.trim(), 'samenvatting');
  const rollen = (k.rollen?.length ? k.rollen : ['partners']).map((r) => kies(r, tax.rollen, 'rol', 'rol'));
  const alliantieFase = model.allianties.find((a) => a.id === alliantie)?.bestand.data as { fase?: string } | undefined;
  const fasen = (
    k.fasen?.length ? k.fasen : [alliantieFase?.fase && tax.fasen.includes(alliantieFase.fase) ? alliantieFase.fase : 'evalueren']
  ).map((f) => kies(f, tax.fasen, 'fase', 'fase'));
  const bron = k.bron ? kies(k.bron, tax.bronnen, 'brondocument', 'bron') : undefined;

  const basis = slugVan(titel);
  if (!basis) throw new Invoerfout('de titel bevat geen letters of cijfers');
  const bestaand = bestaandInzicht(titel, model);
  if (bestaand && !k.dubbel) throw alBezet('inzicht', bestaand);
  const slug = bestaand?.vrij ?? basis;
  const doel = alliantie
    ? path.join(root, 'allianties', alliantie, 'inzichten', `${slug}.mdx`)
    : path.join(root, 'inzichten', `${slug}.mdx`);

  // The taxonomy fields of the registry that the scaffolder writes (an `inzicht.nieuw` comment), in the schema's order.
  const gekozen: Record<string, string | string[]> = { soort, rollen, fasen };
  const enkel: Record<string, string | string[]> = {};
  const meer: Record<string, string | string[]> = {};
  const opmerkingen: Record<string, string> = {};
  for (const naam of namenMet('inzicht')) {
    const veld = deel(naam, 'inzicht');
    if (!veld.nieuw || (veld.vanAlliantie && alliantie)) continue;
    (veld.meervoudig ? meer : enkel)[veld.veld] = gekozen[veld.veld] ?? [];
    opmerkingen[veld.veld] = veld.nieuw(tax[naam]);
  }
  const frontmatter = {
    titel,
    ...enkel,
    samenvatting: k.samenvatting?.trim() || `${PLAATSHOUDER}: één of twee zinnen voor kaarten en zoekresultaten.`,
    ...meer,
    bronnen: [bron ? { document: bron, sectie: PLAATSHOUDER } : { titel: PLAATSHOUDER }],
    datum: vandaag(),
    concept: false,
  };
  Object.assign(opmerkingen, {
    bronnen: `document: ${tax.bronnen.join(' | ')}; plus sectie of pagina`,
    datum: 'publicatiedatum; een datum in de toekomst = embargo tot die dag',
    concept: 'true = concept, verschijnt nergens',
  });
  const body = `${PLAATSHOUDER}: de volledige tekst van het inzicht, trouw aan de bron.`;
  fs.mkdirSync(path.dirname(doel), { recursive: true });
  fs.writeFileSync(doel, bestand(frontmatter, opmerkingen, body, { bronnen: CITATEN_VOORBEELD }), { flag: 'wx' });
  return doel;
}

export interface AlliantieKeuzes {
  naam: string;
  thema: string;
  startjaar?: number;
  /** Make it also when an alliance with this name exists (folder `<slug>-2`); otherwise that is refused. */
  dubbel?: boolean;
}

/** Writes a new alliance folder with its index.mdx; returns the path of that file. */
export function maakAlliantie(k: AlliantieKeuzes, root = contentDir): string {
  const model = leesContent(root);
  const thema = kies(k.thema, model.tax.themas, 'thema', 'thema');
  const naam = netjes(k.naam);
  if (!naam) throw new Invoerfout('de naam is leeg (--naam "...")');
  zoalsDeControle(alliantieSchema(model.tax).shape.naam, naam, 'naam');
  const basis = slugVan(naam);
  if (!basis) throw new Invoerfout('de naam bevat geen letters of cijfers');
  const bestaand = bestaandeAlliantie(naam, model);
  if (bestaand && !k.dubbel) throw alBezet('alliantie', bestaand);
  const slug = bestaand?.vrij ?? basis;
  const startjaar = k.startjaar ?? new Date().getFullYear();
  if (!Number.isInteger(startjaar) || startjaar < 2000 || startjaar > 2100)
    throw new Invoerfout(`startjaar moet een jaartal zijn, bijvoorbeeld 2020 (niet "${k.startjaar}")`);
  const doel = path.join(root, 'allianties', slug, 'index.mdx');
  const frontmatter = {
    naam,
    samenvatting: `${PLAATSHOUDER}: één of twee zinnen over de alliantie.`,
    thema,
    startjaar,
    status: 'actief',
    doel: PLAATSHOUDER,
    aanleiding: [PLAATSHOUDER],
    partners: [],
    bronnen: [{ titel: PLAATSHOUDER }],
    datum: vandaag(),
    concept: false,
  };
  const opmerkingen = {
    thema: `kies uit: ${model.tax.themas.join(', ')}`,
    status: 'actief | verzelfstandigd | afgerond',
    aanleiding: 'de feiten, met cijfers, die de aanleiding waren',
    partners: `blokken met naam en sector (${model.tax.sectoren.join(', ')})`,
    bronnen: `document: ${model.tax.bronnen.join(' | ')}`,
  };
  fs.mkdirSync(path.dirname(doel), { recursive: true });
  fs.writeFileSync(doel, bestand(frontmatter, opmerkingen, `${PLAATSHOUDER}: het verhaal van de alliantie.`), { flag: 'wx' });
  return doel;
}

/** A path as staff should see it: relative inside the project, absolute outside it. */
function toon(pad: string): string {
  const rel = path.relative(process.cwd(), pad);
  return rel.startsWith('..') || path.isAbsolute(rel) ? pad : rel;
}

/** Choices of a taxonomy with their Dutch labels (numbered where the site numbers them), the id as hint where it differs. */
function keuzesVan(naam: TaxonomieNaam, root: string): Keuze<string>[] {
  return leesTermen(root)[naam].map((t) => {
    const label = genummerdLabel(naam, t);
    return { value: t.id, label, ...(slugVan(t.label) !== t.id && { hint: t.id }) };
  });
}

/** The question for a taxonomy field: the first question of its editor hint ("Tot wie richt het inzicht zich?"), or its label. */
function vraagVoor(naam: 'soorten' | 'rollen' | 'fasen'): string {
  const { label, hint } = definitieVanInzicht(naam).editor;
  return /^[^?]*\?/.exec(hint ?? '')?.[0] ?? label;
}

/** One or more terms of a taxonomy, worded by the registry: its question, its labels, its noun ("Kies minstens één rol"). */
function kiesTermen(naam: 'rollen' | 'fasen', root: string, terminal: Terminal) {
  return kiesMeer(vraagVoor(naam), keuzesVan(naam, root), { wat: definitie(naam).enkelvoud }, terminal);
}

/**
 * Asks for a title or name until it is free, or the user chooses to make a second entry beside the
 * existing one (`dubbel`), or to stop.
 */
async function vraagVrijeNaam(
  wat: keyof typeof WOORDEN,
  vraag: () => Promise<string>,
  bestaat: (naam: string) => Bestaand | undefined,
  terminal: Terminal,
): Promise<{ naam: string; dubbel: boolean }> {
  const w = WOORDEN[wat];
  for (;;) {
    const naam = await vraag();
    const b = bestaat(naam);
    if (!b) return { naam, dubbel: false };
    p.log.warn(`Er is al ${w.bezet}: ${toon(b.pad)} ("${b.naam}").`, terminal);
    const keuze = gekozen(
      await kiesEen(
        'Wat wilt u doen?',
        [
          { value: 'ander', label: `Een andere ${w.veld} kiezen` },
          { value: 'dubbel', label: `Toch ${w.nieuw} maken, met de ${w.plek} ${b.vrij}` },
          { value: 'stop', label: `Stoppen en ${w.bestaand} aanvullen` },
        ],
        terminal,
      ),
    );
    if (keuze === 'stop') throw new Gestopt(`Er is niets aangemaakt; ${w.bestaand} staat in ${toon(b.pad)}`);
    if (keuze === 'dubbel') return { naam, dubbel: true };
  }
}

/** The answer of a question, or a stop when the user pressed Ctrl+C. */
function gekozen<T>(antwoord: T): Exclude<T, symbol> {
  if (p.isCancel(antwoord) || typeof antwoord === 'symbol') throw new Gestopt('Gestopt; er is niets aangemaakt.');
  return antwoord as Exclude<T, symbol>;
}

/** The questions, in Dutch; returns the path of the file made. */
export async function vraag(terminal: Terminal = {}, root = contentDir): Promise<string> {
  const model = leesContent(root);
  p.intro('Nieuw in de Inzichtenbank', terminal);
  const soortBestand = gekozen(
    await kiesEen(
      'Wat wilt u maken?',
      [
        { value: 'inzicht', label: 'Een inzicht', hint: 'succesvoorwaarde, systeemfout of les' },
        { value: 'alliantie', label: 'Een alliantie' },
      ],
      terminal,
    ),
  );
  let pad: string;
  if (soortBestand === 'alliantie') {
    const { naam, dubbel } = await vraagVrijeNaam(
      'alliantie',
      async () =>
        gekozen(
          await vraagTekst('Naam van de alliantie', { controle: (v) => (v.trim() ? undefined : 'Vul een naam in') }, terminal),
        ),
      (naam) => bestaandeAlliantie(naam, model),
      terminal,
    );
    const thema = gekozen(await kiesEen('Thema', keuzesVan('themas', root), terminal));
    const startjaar = gekozen(
      await vraagTekst(
        'Startjaar',
        {
          begin: String(new Date().getFullYear()),
          controle: (v) => (/^(20\d\d|2100)$/.test(v.trim()) ? undefined : 'Vul een jaartal in, bijvoorbeeld 2020'),
        },
        terminal,
      ),
    );
    pad = maakAlliantie({ naam, thema, startjaar: Number(startjaar), dubbel }, root);
  } else {
    const alliantie = gekozen(
      await kiesEen(
        'Bij welke alliantie hoort het inzicht?',
        [
          ...model.allianties.map((a) => ({
            value: a.id,
            label: String((a.bestand.data as { naam?: string })?.naam ?? a.id),
            hint: a.id,
          })),
          { value: 'geen', label: 'Geen alliantie (algemeen inzicht)' },
        ],
        terminal,
      ),
    );
    const soort = gekozen(await kiesEen(vraagVoor('soorten'), keuzesVan('soorten', root), terminal));
    const { naam: titel, dubbel } = await vraagVrijeNaam(
      'inzicht',
      async () =>
        gekozen(
          await vraagTekst(
            'Titel: één idee, geschreven als wat een partij doet',
            {
              voorbeeld: 'Sluit een intentieverklaring en verleen tijdelijke vergunningen',
              controle: (v) =>
                !v.trim() ? 'Vul een titel in' : v.length > 160 ? `Te lang: ${v.length} tekens, maximaal 160` : undefined,
            },
            terminal,
          ),
        ),
      (t) => bestaandInzicht(t, model),
      terminal,
    );
    const rollen = gekozen(await kiesTermen('rollen', root, terminal));
    const fasen = gekozen(await kiesTermen('fasen', root, terminal));
    const samenvatting = gekozen(
      await vraagTekst(
        'Samenvatting: één of twee zinnen (mag ook later)',
        { controle: (v) => (v.length > 300 ? `Te lang: ${v.length} tekens, maximaal 300` : undefined) },
        terminal,
      ),
    );
    pad = maakInzicht({ alliantie, soort, titel, rollen, fasen, samenvatting, dubbel }, root);
  }
  p.outro(`Aangemaakt: ${toon(pad)}\nVul de tekst aan (zoek naar ${PLAATSHOUDER}) en controleer met: npm run check`, terminal);
  return pad;
}

const OPTIES = {
  alliantie: { type: 'string' },
  soort: { type: 'string' },
  titel: { type: 'string' },
  rol: { type: 'string', multiple: true },
  fase: { type: 'string', multiple: true },
  samenvatting: { type: 'string' },
  bron: { type: 'string' },
  naam: { type: 'string' },
  thema: { type: 'string' },
  startjaar: { type: 'string' },
  dubbel: { type: 'boolean' },
} as const;

/** The help text, in Dutch, with the values the content allows today. */
function hulp(root = contentDir): string {
  const model = leesContent(root);
  const { tax } = model;
  const lijst = (ids: string[]) => ids.join(', ') || '(nog geen)';
  const optie = (naam: string, uitleg: string) => `  ${naam.padEnd(26)}${uitleg}`;
  return [
    'npm run nieuw: een nieuw inzicht of een nieuwe alliantie maken, als bestand op de goede plek.',
    '',
    'Met vragen (de makkelijkste manier):',
    '  npm run nieuw',
    '',
    'Zonder vragen. Zet twee streepjes (--) direct na npm run nieuw; zonder die streepjes houdt npm de opties zelf.',
    '  npm run nieuw -- inzicht --alliantie <alliantie of geen> --soort <soort> --titel "<titel>" [meer opties]',
    '  npm run nieuw -- alliantie --naam "<naam>" --thema <thema> [--startjaar <jaar>]',
    '',
    'Een inzicht:',
    optie(
      '--alliantie <alliantie>',
      `de map van de alliantie, of geen: ${lijst([...model.allianties.map((a) => a.id), 'geen'])}`,
    ),
    optie('--soort <soort>', lijst(tax.soorten)),
    optie('--titel "<titel>"', 'één idee, geschreven als wat een partij doet; tussen aanhalingstekens'),
    optie('--rol <rol>', `voor wie; mag vaker, zoals --rol gemeente --rol school (zonder: partners): ${lijst(tax.rollen)}`),
    optie('--fase <fase>', `mag vaker (zonder: de fase van de alliantie, anders evalueren): ${lijst(tax.fasen)}`),
    optie('--samenvatting "<tekst>"', 'één of twee zinnen; anders vult u die later in'),
    optie('--bron <document>', `het brondocument: ${lijst(tax.bronnen)}`),
    optie('--dubbel', 'maak het ook als er al een inzicht met deze titel is (de bestandsnaam krijgt -2)'),
    '',
    'Een alliantie:',
    optie('--naam "<naam>"', 'de naam van de alliantie; tussen aanhalingstekens'),
    optie('--thema <thema>', lijst(tax.themas)),
    optie('--startjaar <jaar>', 'het jaar waarin de alliantie begon (zonder: dit jaar)'),
    optie('--dubbel', 'maak haar ook als er al een alliantie met deze naam is (de map krijgt -2)'),
    '',
    `Daarna: vul alles in waar ${PLAATSHOUDER} staat en controleer met npm run check.`,
    'Deze uitleg: npm run nieuw -- --help (of: npm run nieuw help).',
  ].join('\n');
}

/**
 * The options of this script that npm kept for itself: without `--`, `npm run nieuw inzicht --titel x`
 * runs the script as `inzicht x` and sets npm_config_titel (npm 11 warns in English and carries on).
 * A repeated option comes as values separated by a blank line; a value comes along only as `--titel=x`.
 */
function doorNpmOpgevangen(env: NodeJS.ProcessEnv = process.env): { naam: string; waarde?: string }[] {
  return Object.keys(OPTIES).flatMap((naam) => {
    const v = env[`npm_config_${naam}`];
    if (v === undefined) return [];
    return v.split('\n\n').map((waarde) => (waarde === 'true' || waarde === '' ? { naam } : { naam, waarde }));
  });
}

/** The Dutch explanation when npm kept the options, with the command as it should have been typed. */
function vergetenStreepjes(opgevangen: { naam: string; waarde?: string }[], argv: string[]): string {
  const namen = [...new Set(opgevangen.map((o) => `--${o.naam}`))];
  const opsomming = namen.length > 1 ? `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}` : namen[0];
  const wat = argv[0] === 'alliantie' ? 'alliantie' : 'inzicht';
  const opdracht = opgevangen
    .map(({ naam, waarde }) =>
      OPTIES[naam as keyof typeof OPTIES].type === 'boolean' ? `--${naam}` : `--${naam} ${waarde ? JSON.stringify(waarde) : '…'}`,
    )
    .join(' ');
  return (
    `npm heeft de ${namen.length > 1 ? 'opties' : 'optie'} ${opsomming} zelf gehouden: na npm run nieuw ontbreken twee streepjes (--). ` +
    `Zonder die streepjes komen de opties niet bij npm run nieuw aan, en er is niets aangemaakt. Typ de opdracht opnieuw, met -- direct na npm run nieuw:\n` +
    `  npm run nieuw -- ${wat} ${opdracht}\n` +
    (opdracht.includes('…') ? 'Zet op de plek van elke … weer wat u achter die optie typte. ' : '') +
    'Alle opties: npm run nieuw -- --help'
  );
}

/** Parses the options; Node's English parse errors become Dutch ones that say how to write it. */
function leesOpties(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIES, strict: true });
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const optie = /'(--[a-z]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /ambiguous/.test(message))
      throw new Invoerfout(
        `de waarde van ${optie} begint met een streepje; schrijf de optie en de waarde dan aan elkaar met =, bijvoorbeeld ${optie}="- tekst"`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message))
      throw new Invoerfout(`${optie} heeft geen waarde; schrijf alleen ${optie}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Invoerfout(`${optie} heeft een waarde nodig, bijvoorbeeld ${optie} "..."`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const namen = Object.keys(OPTIES);
      throw new Invoerfout(
        `onbekende optie ${optie}; bekende opties: ${namen.map((n) => `--${n}`).join(', ')}.${bedoeldeU(optie.slice(2), namen)} Uitleg: npm run nieuw -- --help`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const los = /'([^']*)'/.exec(message)?.[1] ?? '';
      throw new Invoerfout(
        `"${los}" hoort bij geen enkele optie; zet een tekst met spaties tussen aanhalingstekens, bijvoorbeeld --titel "Sluit een intentieverklaring"`,
      );
    }
    throw e;
  }
}

function metOpties(argv: string[]): string {
  const [wat, ...rest] = argv;
  const { values } = leesOpties(rest);
  const verplicht = (naam: Exclude<keyof typeof values, 'dubbel'>, voorbeeld: string): string => {
    const v = values[naam];
    if (typeof v !== 'string') throw new Invoerfout(`--${naam} ontbreekt, bijvoorbeeld --${naam} ${voorbeeld}`);
    return v;
  };
  if (wat === 'inzicht') {
    return maakInzicht({
      alliantie: verplicht('alliantie', '<alliantie> (of geen)'),
      soort: verplicht('soort', 'succesvoorwaarde'),
      titel: verplicht('titel', '"Sluit een intentieverklaring"'),
      rollen: values.rol,
      fasen: values.fase,
      samenvatting: values.samenvatting,
      bron: values.bron,
      dubbel: values.dubbel,
    });
  }
  if (wat === 'alliantie') {
    return maakAlliantie({
      naam: verplicht('naam', '"Huisvesting Alliantie"'),
      thema: verplicht('thema', 'sociale-huisvesting'),
      startjaar: values.startjaar ? Number(values.startjaar) : undefined,
      dubbel: values.dubbel,
    });
  }
  throw new Invoerfout(
    `onbekend soort bestand "${wat}"; kies uit: inzicht, alliantie.${bedoeldeU(wat, ['inzicht', 'alliantie'])} Uitleg: npm run nieuw -- --help`,
  );
}

if (import.meta.main) {
  try {
    const argv = process.argv.slice(2);
    const opgevangen = doorNpmOpgevangen();
    if (opgevangen.length) throw new Invoerfout(vergetenStreepjes(opgevangen, argv));
    if (vraagtHulp(argv)) {
      console.log(hulp());
    } else if (argv.length) {
      console.log(`Aangemaakt: ${toon(metOpties(argv))}`);
      console.log(`Vul de tekst aan (zoek naar ${PLAATSHOUDER}) en controleer met: npm run check`);
    } else if (process.stdin.isTTY) await vraag();
    else
      throw new Invoerfout(
        'geef aan wat u wilt maken, bijvoorbeeld: npm run nieuw -- inzicht --alliantie <alliantie> --soort les --titel "..." (alle opties: npm run nieuw -- --help)',
      );
  } catch (e) {
    if (e instanceof Gestopt) p.cancel(e.message);
    else console.error(`Fout: ${e instanceof Invoerfout ? e.message : String((e as Error).stack ?? e)}`);
    process.exitCode = 1;
  }
}
