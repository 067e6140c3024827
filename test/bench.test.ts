import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../scripts/bench/generate.ts';
import { alliantieSchema } from '../src/schemas/alliantie.ts';
import { inzichtSchema } from '../src/schemas/inzicht.ts';
import { leesTaxonomieIds } from '../src/utils/taxonomie.ts';
import { valideerContent } from '../src/validation/valideer.ts';
import { allianceFiles, insightFiles } from './helpers/content.ts';

describe('benchmark generator', () => {
  it('writes valid synthetic insights and alliances into the given folder only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-bench-test-'));
    const tree = generate(path.join(dir, 'content'), 120);
    const tax = leesTaxonomieIds(tree.dir);
    const inzichten = insightFiles(tree.dir);
    expect(inzichten).toHaveLength(120);
    for (const i of inzichten) expect(inzichtSchema(tax).safeParse(i.data).error, i.file).toBeUndefined();
    for (const a of allianceFiles(tree.dir)) expect(alliantieSchema(tax).safeParse(a.data).error, a.file).toBeUndefined();
    expect(new Set(inzichten.map((i) => i.data.soort)).size).toBe(tax.soorten.length);
    expect(inzichten.filter((i) => /<(Citaat|Kernboodschap)/.test(i.body)).length).toBe(tree.withComponents);
    expect(tree.withComponents).toBeGreaterThan(0);
    // The build runs the whole content check: quotes word for word in the document they cite, and so on.
    const fouten = valideerContent({ root: tree.dir }).problems.filter((p) => p.level === 'error');
    expect(fouten.map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([]);
    expect(inzichten.some((i) => Array.isArray(i.data.citaten) && i.data.citaten.length > 0)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
