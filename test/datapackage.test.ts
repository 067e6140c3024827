import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { root, siteDir } from './helpers/build.ts';

/**
 * /open-data/datapackage.json, checked with Frictionless's own JavaScript libraries
 * (npm `datapackage` and its `tableschema`): the descriptor is a valid Data Package,
 * it describes every file in /open-data/, and every row of both CSVs, read with the dialect it
 * declares, casts to the declared types and meets every constraint (required, unique, allowed
 * taxonomy values, patterns) and the foreign key from insights to alliances.
 */
const require = createRequire(import.meta.url);
const { Package } = require('datapackage');
const { Table, Schema } = require('tableschema');

const map = path.join(siteDir, 'open-data');
const descriptorPad = path.join(map, 'datapackage.json');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding: string;
  dialect?: { delimiter: string; quoteChar: string; lineTerminator: string };
  schema?: { fields: { name: string; constraints?: { enum?: string[] } }[] };
}

/**
 * The rows of a CSV resource as Frictionless's table reader casts and checks them. The
 * `datapackage` library cannot decode "utf-8-sig" (it hands the name to Node), so the BOM is
 * removed here exactly as that codec does: once, at the start, and only if present.
 */
async function leesRijen(resource: Resource, inhoud: Buffer): Promise<Record<string, unknown>[]> {
  expect(resource.encoding).toBe('utf-8-sig');
  expect(inhoud.subarray(0, 3).equals(BOM), `${resource.path} begint met een BOM`).toBe(true);
  const zonderBom = inhoud.subarray(3);
  const schema = await Schema.load(resource.schema);
  const table = await Table.load(() => Readable.from([zonderBom]), {
    schema,
    delimiter: resource.dialect!.delimiter,
    quote: resource.dialect!.quoteChar,
  });
  return table.read({ keyed: true });
}

test('datapackage.json is a valid Data Package that describes every open-data file', async () => {
  const pakket = await Package.load(descriptorPad);
  expect(pakket.errors.map((e: Error) => e.message)).toEqual([]);
  expect(pakket.valid).toBe(true);
  const descriptor = pakket.descriptor as { licenses: { name: string }[]; resources: Resource[] };
  expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
  const beschreven = descriptor.resources.map((r) => r.path).sort();
  const bestanden = fs.readdirSync(map).filter((f) => f !== 'datapackage.json' && f !== 'index.html');
  expect(beschreven).toEqual(bestanden.sort());
  for (const r of descriptor.resources) expect(fs.existsSync(path.join(map, r.path)), r.path).toBe(true);
});

test('every row of both CSVs meets its Table Schema, read with the declared dialect', async () => {
  const { resources } = JSON.parse(fs.readFileSync(descriptorPad, 'utf8')) as { resources: Resource[] };
  const tabellen = resources.filter((r) => r.profile === 'tabular-data-resource');
  expect(tabellen.map((r) => r.name).sort()).toEqual(['allianties', 'inzichten']);
  const rijen: Record<string, Record<string, unknown>[]> = {};
  for (const r of tabellen) {
    rijen[r.name] = await leesRijen(r, fs.readFileSync(path.join(map, r.path)));
    // The header is exactly the declared fields, in order.
    const kop = fs.readFileSync(path.join(map, r.path), 'utf8').slice(1).split('\r\n')[0];
    expect(kop).toBe(r.schema!.fields.map((f) => `"${f.name}"`).join(r.dialect!.delimiter));
  }
  const json = JSON.parse(fs.readFileSync(path.join(map, 'inzichten.json'), 'utf8'));
  expect(rijen.inzichten.length).toBe(json.inzichten.length);
  expect(rijen.inzichten[0].datum).toBeInstanceOf(Date);
  // Foreign key: every insight's alliance is a row of allianties.csv.
  const allianties = new Set(rijen.allianties.map((r) => r.id));
  expect(rijen.inzichten.filter((r) => r.alliantie !== null && !allianties.has(r.alliantie)).map((r) => r.id)).toEqual([]);
});

test('taxonomy columns allow exactly the terms of their taxonomy', () => {
  const { resources } = JSON.parse(fs.readFileSync(descriptorPad, 'utf8')) as { resources: Resource[] };
  const veld = (resource: string, naam: string) =>
    resources.find((r) => r.name === resource)!.schema!.fields.find((f) => f.name === naam)! as {
      constraints: { enum?: string[]; pattern?: string };
    };
  const ids = (taxonomie: string) =>
    (parse(fs.readFileSync(path.join(root, 'content/taxonomie', `${taxonomie}.yaml`), 'utf8')) as { id: string }[]).map(
      (t) => t.id,
    );
  const gesorteerd = (xs: string[] = []) => [...xs].sort();
  expect(gesorteerd(veld('inzichten', 'soort').constraints.enum)).toEqual(gesorteerd(ids('soorten')));
  expect(gesorteerd(veld('allianties', 'thema').constraints.enum)).toEqual(gesorteerd(ids('themas')));
  expect(gesorteerd(veld('allianties', 'fase').constraints.enum)).toEqual(gesorteerd(ids('fasen')));
  // A list column: one or more ids joined by " | ", nothing else.
  const rollen = new RegExp(`^(?:${veld('inzichten', 'rollen').constraints.pattern})$`);
  for (const id of ids('rollen')) expect(rollen.test(id)).toBe(true);
  expect(rollen.test(ids('rollen').slice(0, 2).join(' | '))).toBe(true);
  expect(rollen.test('onbekende-rol')).toBe(false);
});

test('a value outside a taxonomy fails the check (the check can fail)', async () => {
  const { resources } = JSON.parse(fs.readFileSync(descriptorPad, 'utf8')) as { resources: Resource[] };
  const inzichten = resources.find((r) => r.name === 'inzichten')!;
  const tekst = fs.readFileSync(path.join(map, inzichten.path), 'utf8');
  const kapot = tekst.replace(/;"succesvoorwaarde";/, ';"wens";');
  expect(kapot).not.toBe(tekst);
  await expect(leesRijen(inzichten, Buffer.from(kapot))).rejects.toThrow();
});
