/**
 * `npm run nieuw`: creates a new insight or alliance as a valid file in the right place.
 *
 * Asks its questions in Dutch when started without arguments. Without prompts:
 *   npm run nieuw -- inzicht --alliantie <alliantie|geen> --soort <soort> --titel "<titel>" [--rol <rol>]... [--fase <fase>]... [--samenvatting "<tekst>"] [--bron <document>]
 *   npm run nieuw -- alliantie --naam "<naam>" --thema <thema> [--startjaar <jaar>]
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
import { leesContent } from '../src/validation/valideer.ts';
import { bedoeldeU } from '../src/validation/suggestie.ts';
import { PLAATSHOUDER } from '../src/validation/plaatshouder.ts';

export class Invoerfout extends Error {}

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

function bestand(frontmatter: Record<string, unknown>, opmerkingen: Record<string, string>, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, flowCollectionPadding: false })
    .split('\n')
    .map((regel) => {
      const veld = /^([a-z]+):/.exec(regel)?.[1];
      return veld && opmerkingen[veld] ? `${regel} # ${opmerkingen[veld]}` : regel;
    })
    .join('\n');
  return `---\n${yaml}---\n\n${body}\n`;
}

export interface InzichtKeuzes {
  alliantie: string;
  soort: string;
  titel: string;
  rollen?: string[];
  fasen?: string[];
  samenvatting?: string;
  bron?: string;
}

/** Writes a new insight; returns its absolute path. */
export function maakInzicht(k: InzichtKeuzes, root = contentDir): string {
  const model = leesContent(root);
  const { tax } = model;
  const allianties = model.allianties.map((a) => a.id);
  const alliantie = k.alliantie === 'geen' ? undefined : kies(k.alliantie, allianties, 'alliantie', 'alliantie');
  const soort = kies(k.soort, tax.soorten, 'soort', 'soort');
  const titel = k.titel.trim().replace(/\s+/g, ' ');
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
  const slug = uniekeSlug(basis, new Set(model.inzichten.map((i) => i.id)));
  const doel = alliantie
    ? path.join(root, 'allianties', alliantie, 'inzichten', `${slug}.mdx`)
    : path.join(root, 'inzichten', `${slug}.mdx`);

  const frontmatter = {
    titel,
    soort,
    samenvatting: k.samenvatting?.trim() || `${PLAATSHOUDER}: één of twee zinnen voor kaarten en zoekresultaten.`,
    rollen,
    fasen,
    ...(alliantie ? {} : { themas: [] }),
    bronnen: [bron ? { document: bron, sectie: PLAATSHOUDER } : { titel: PLAATSHOUDER }],
    datum: vandaag(),
    concept: false,
  };
  const opmerkingen: Record<string, string> = {
    soort: tax.soorten.join(' | '),
    rollen: `voor wie; kies uit: ${tax.rollen.join(', ')}`,
    fasen: `kies uit: ${tax.fasen.join(', ')}`,
    bronnen: `document: ${tax.bronnen.join(' | ')}; plus sectie of pagina`,
    datum: 'publicatiedatum; een datum in de toekomst = embargo tot die dag',
    concept: 'true = concept, verschijnt nergens',
    ...(alliantie ? {} : { themas: `kies uit: ${tax.themas.join(', ')}` }),
  };
  const body = `${PLAATSHOUDER}: de volledige tekst van het inzicht, trouw aan de bron.`;
  fs.mkdirSync(path.dirname(doel), { recursive: true });
  fs.writeFileSync(doel, bestand(frontmatter, opmerkingen, body), { flag: 'wx' });
  return doel;
}

export interface AlliantieKeuzes {
  naam: string;
  thema: string;
  startjaar?: number;
}

/** Writes a new alliance folder with its index.mdx; returns the path of that file. */
export function maakAlliantie(k: AlliantieKeuzes, root = contentDir): string {
  const model = leesContent(root);
  const thema = kies(k.thema, model.tax.themas, 'thema', 'thema');
  const naam = k.naam.trim().replace(/\s+/g, ' ');
  if (!naam) throw new Invoerfout('de naam is leeg (--naam "...")');
  zoalsDeControle(alliantieSchema(model.tax).shape.naam, naam, 'naam');
  const basis = slugVan(naam);
  if (!basis) throw new Invoerfout('de naam bevat geen letters of cijfers');
  const bezet = new Set(fs.existsSync(path.join(root, 'allianties')) ? fs.readdirSync(path.join(root, 'allianties')) : []);
  const slug = uniekeSlug(basis, bezet);
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

async function vraag(): Promise<string> {
  const p = await import('@clack/prompts');
  // A prompt answers a symbol when the user cancels (Ctrl+C): stop without writing anything.
  const stop = <T>(w: T | symbol): Exclude<T, symbol> => {
    if (p.isCancel(w)) {
      p.cancel('Gestopt; er is niets aangemaakt.');
      process.exit(1);
    }
    return w as Exclude<T, symbol>;
  };
  const model = leesContent();
  const { tax } = model;
  p.intro('Nieuw in de Inzichtenbank');
  const soortBestand = stop(
    await p.select({
      message: 'Wat wilt u maken?',
      options: [
        { value: 'inzicht', label: 'Een inzicht', hint: 'succesvoorwaarde, systeemfout of les' },
        { value: 'alliantie', label: 'Een alliantie' },
      ],
    }),
  );
  const label = (lijst: string[]) => lijst.map((id) => ({ value: id, label: id }));
  let pad: string;
  if (soortBestand === 'alliantie') {
    const naam = stop(
      await p.text({ message: 'Naam van de alliantie', validate: (v) => (v?.trim() ? undefined : 'Vul een naam in') }),
    );
    const thema = stop(await p.select({ message: 'Thema', options: label(tax.themas) }));
    const startjaar = stop(
      await p.text({
        message: 'Startjaar',
        initialValue: String(new Date().getFullYear()),
        validate: (v) => (/^(20\d\d|2100)$/.test(v?.trim() ?? '') ? undefined : 'Vul een jaartal in, bijvoorbeeld 2020'),
      }),
    );
    pad = maakAlliantie({ naam, thema, startjaar: Number(startjaar) });
  } else {
    const alliantie = stop(
      await p.select({
        message: 'Bij welke alliantie hoort het inzicht?',
        options: [
          ...model.allianties.map((a) => ({
            value: a.id,
            label: String((a.bestand.data as { naam?: string })?.naam ?? a.id),
            hint: a.id,
          })),
          { value: 'geen', label: 'Geen alliantie (algemeen inzicht)' },
        ],
      }),
    );
    const soort = stop(await p.select({ message: 'Soort inzicht', options: label(tax.soorten) }));
    const titel = stop(
      await p.text({
        message: 'Titel: één idee, geformuleerd als wat een partij doet',
        placeholder: 'Sluit een intentieverklaring en verleen tijdelijke vergunningen',
        validate: (v) =>
          !v?.trim() ? 'Vul een titel in' : v.length > 160 ? `Te lang: ${v.length} tekens, maximaal 160` : undefined,
      }),
    );
    const rollen = stop(
      await p.multiselect({ message: 'Voor wie? (spatie = kiezen, enter = verder)', options: label(tax.rollen), required: true }),
    );
    const fasen = stop(
      await p.multiselect({ message: 'In welke fase(n) van de werkmethodiek?', options: label(tax.fasen), required: true }),
    );
    const samenvatting = stop(
      await p.text({
        message: 'Samenvatting (één of twee zinnen; mag later)',
        validate: (v) => ((v?.length ?? 0) > 300 ? 'Maximaal 300 tekens' : undefined),
      }),
    );
    pad = maakInzicht({ alliantie, soort, titel, rollen, fasen, samenvatting });
  }
  p.outro(`Aangemaakt: ${toon(pad)}\nVul de tekst aan (zoek naar NOG INVULLEN) en controleer met: npm run check`);
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
} as const;

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
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Invoerfout(`${optie} heeft een waarde nodig, bijvoorbeeld ${optie} "..."`);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const namen = Object.keys(OPTIES);
      throw new Invoerfout(
        `onbekende optie ${optie}; bekende opties: ${namen.map((n) => `--${n}`).join(', ')}.${bedoeldeU(optie.slice(2), namen)}`,
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
  const verplicht = (naam: keyof typeof values, voorbeeld: string): string => {
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
    });
  }
  if (wat === 'alliantie') {
    return maakAlliantie({
      naam: verplicht('naam', '"Huisvesting Alliantie"'),
      thema: verplicht('thema', 'sociale-huisvesting'),
      startjaar: values.startjaar ? Number(values.startjaar) : undefined,
    });
  }
  throw new Invoerfout(
    `onbekend soort bestand "${wat}"; kies uit: inzicht, alliantie.${bedoeldeU(wat, ['inzicht', 'alliantie'])}`,
  );
}

if (import.meta.main) {
  try {
    const argv = process.argv.slice(2);
    if (argv.length) {
      console.log(`Aangemaakt: ${toon(metOpties(argv))}`);
    } else if (process.stdin.isTTY) await vraag();
    else
      throw new Invoerfout(
        'geef aan wat u wilt maken, bijvoorbeeld: npm run nieuw -- inzicht --alliantie <alliantie> --soort les --titel "..."',
      );
    if (argv.length) console.log(`Vul de tekst aan (zoek naar ${PLAATSHOUDER}) en controleer met: npm run check`);
  } catch (e) {
    const bericht = e instanceof Invoerfout ? (e as Error).message : String((e as Error).stack ?? e);
    console.error(`Fout: ${bericht}`);
    process.exitCode = 1;
  }
}
