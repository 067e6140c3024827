/**
 * Open data: the JSON and CSV exports (and their JSON Schemas) on the real site and on a
 * fixture with drafts, an embargo and awkward characters, built under a base path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ALLIANTIE_KOLOMMEN, INZICHT_KOLOMMEN } from '../src/utils/opendata.ts';
import { pageIds, publicUrl, readCsv, spreadsheetSafe, validateAgainstSchema } from './helpers/published.ts';
import { beideSites, exportAllianties, exportInzichten, travelFixture, verborgen } from './helpers/travel.ts';

describe.each(beideSites)('%s', (_naam, getSite) => {
  test('the JSON exports follow their schemas and hold exactly the entries that have pages', () => {
    const site = getSite();
    const data = validateAgainstSchema(site, 'open-data/inzichten.json', 'open-data/inzichten.schema.json');
    const inzichten = exportInzichten(site);
    expect(data.aantal).toBe(inzichten.length);
    expect(inzichten.map((i) => i.id).sort()).toEqual(pageIds(site, 'inzichten').sort());
    for (const i of inzichten) {
      expect(i.url).toBe(publicUrl(site, `inzichten/${i.id}/`));
      if (i.alliantie) expect(i.alliantie.url).toBe(publicUrl(site, `allianties/${i.alliantie.id}/`));
    }
    const datums = inzichten.map((i) => i.datum);
    expect(datums).toEqual([...datums].sort().reverse());

    const allianties = exportAllianties(site);
    expect(allianties.map((a) => a.id).sort()).toEqual(pageIds(site, 'allianties').sort());
    const perAlliantie = Object.groupBy(inzichten, (i) => i.alliantie?.id ?? '');
    for (const a of allianties) {
      expect(a.url).toBe(publicUrl(site, `allianties/${a.id}/`));
      expect(a.inzichten.sort()).toEqual((perAlliantie[a.id] ?? []).map((i) => i.id).sort());
    }
  });

  test('the CSV exports open as Dutch Excel expects and match the JSON row for row', () => {
    const site = getSite();
    for (const [naam, kolommen, records, sleutel] of [
      ['inzichten', INZICHT_KOLOMMEN, exportInzichten(site), 'titel'],
      ['allianties', ALLIANTIE_KOLOMMEN, exportAllianties(site), 'naam'],
    ] as const) {
      const { raw, rows, header } = readCsv(site, `open-data/${naam}.csv`);
      expect(raw.startsWith('\uFEFF"id";')).toBe(true);
      expect(raw.endsWith('\r\n')).toBe(true);
      expect(raw.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
      expect(header).toEqual(kolommen.map((k) => k.naam));
      expect(rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
      records.forEach((record, n) => {
        const waarde = (record as unknown as Record<string, string>)[sleutel];
        expect(rows[n][sleutel]).toBe(spreadsheetSafe(waarde));
        expect(rows[n].url).toBe(record.url);
      });
    }
  });

  test('every export address resolves inside the base path', () => {
    const site = getSite();
    const adressen = [...exportInzichten(site).map((i) => i.url), ...exportAllianties(site).map((a) => a.url)];
    for (const adres of adressen) {
      expect(adres.startsWith(publicUrl(site, ''))).toBe(true);
      expect(fs.existsSync(path.join(site.dir, adres.slice(publicUrl(site, '').length), 'index.html')), adres).toBe(true);
    }
  });
});

describe('the travel fixture', () => {
  test('the exports hold exactly the published fixture entries, newest first', () => {
    const site = travelFixture();
    expect(exportInzichten(site).map((i) => i.id)).toEqual([
      'leer-van-de-doelgroep',
      'formule-in-de-titel',
      'creeer-een-gedeelde-visie',
    ]);
    expect(exportAllianties(site).map((a) => a.id)).toEqual(['proef-alliantie']);
  });

  test('drafts, embargoed entries and insights of a draft alliance appear in no output at all', () => {
    const site = travelFixture();
    const lekken: string[] = [];
    for (const file of fs.readdirSync(site.dir, { recursive: true }) as string[]) {
      if (!/\.(html|xml|json|csv|txt)$/.test(file)) continue;
      const inhoud = fs.readFileSync(path.join(site.dir, file), 'utf8');
      for (const v of verborgen) if (inhoud.includes(v)) lekken.push(`${file}: ${v}`);
    }
    expect(lekken).toEqual([]);
    expect(fs.existsSync(path.join(site.dir, 'inzichten/concept-inzicht'))).toBe(false);
    expect(fs.existsSync(path.join(site.dir, 'allianties/concept-alliantie'))).toBe(false);
  });

  test('the CSV keeps diacritics, quotes and line breaks, and disarms formulas', () => {
    const site = travelFixture();
    const { rows } = readCsv(site, 'open-data/inzichten.csv');
    const visie = rows.find((r) => r.id === 'creeer-een-gedeelde-visie')!;
    expect(visie.titel).toBe('Creëer één gedeelde visie met de gemeente');
    expect(visie.alliantie_naam).toBe('Proefalliantie Één & Ander');
    expect(visie.rollen).toBe('gemeente | vastgoedeigenaar');
    expect(visie.citaten).toBe(
      '“Een proefcitaat met "aanhalingstekens" en één trema.” — Proef Persoon, wethouder, Gemeente Proefstad',
    );
    const bron = exportInzichten(site).find((i) => i.id === 'creeer-een-gedeelde-visie')!.bronnen[0];
    expect(visie.bronnen.startsWith(bron.titel)).toBe(true);
    expect(visie.bronnen.endsWith(', Inzichtenbank Proefalliantie, p. 12')).toBe(true);
    const formule = rows.find((r) => r.id === 'formule-in-de-titel')!;
    expect(formule.titel).toBe(`'=HYPERLINK("https://voorbeeld.invalid") & <b>geen</b> opmaak`);
    expect(formule.samenvatting.startsWith("'-1 ")).toBe(true);
    expect(formule.bronnen.startsWith("'@Bron")).toBe(true);
    expect(formule.tekst).toBe("'- Een tekst die met een lijst begint.");
    const alliantie = readCsv(site, 'open-data/allianties.csv').rows[0];
    expect(alliantie.aanleiding).toBe('Er zijn 12 proefpanden; "aanhalingstekens"; en een puntkomma.');
    expect(alliantie.partners).toBe('Gemeente Proefstad (Overheid) | Stichting Ééndracht (Maatschappelijke organisatie)');
    expect(alliantie.startjaar).toBe('2020');
  });

  test('the JSON keeps markup in a title as text', () => {
    const titel = '=HYPERLINK("https://voorbeeld.invalid") & <b>geen</b> opmaak';
    expect(exportInzichten(travelFixture()).find((i) => i.id === 'formule-in-de-titel')!.titel).toBe(titel);
  });
});
