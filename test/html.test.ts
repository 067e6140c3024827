import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { root, siteDir } from './helpers/build.ts';

/**
 * Every HTML file of the built site passes html-validate with its recommended rules
 * (`.htmlvalidate.json`; the README explains each adjustment). Astro 7 no longer repairs
 * invalid nesting, so this is the only guard against it.
 */
const config = JSON.parse(fs.readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;

function htmlBestanden(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

test('every HTML file of the built site is valid (html-validate:recommended)', async () => {
  const validator = new HtmlValidate(config);
  const bestanden = htmlBestanden(siteDir);
  expect(bestanden.length).toBeGreaterThan(100);
  const fouten: string[] = [];
  for (const f of bestanden) {
    const report = await validator.validateFile(path.join(siteDir, f));
    for (const r of report.results)
      for (const m of r.messages) fouten.push(`/${f}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
  }
  console.info(`html-validate: ${bestanden.length} HTML-bestanden, ${fouten.length} fouten`);
  expect(fouten, `\n  ${fouten.join('\n  ')}`).toEqual([]);
});

test('the validator does catch invalid nesting (the check can fail)', async () => {
  const report = await new HtmlValidate(config).validateString(
    '<!doctype html><html lang="nl"><head><title>x</title></head><body><main><p><div>blok in alinea</div></p></main></body></html>',
  );
  expect(report.valid).toBe(false);
});
