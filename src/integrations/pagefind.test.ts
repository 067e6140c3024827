import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindGlob } from './pagefind.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-glob-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const body = '<main><article data-pagefind-body>Tekst</article></main>';
const lijst = '<main><ul><li>kaart</li></ul></main>';

describe('pagefindGlob', () => {
  it('names only the pages with data-pagefind-body, a whole folder pattern when all of it qualifies', () => {
    const dir = site({
      'index.html': lijst,
      'inzichten/index.html': lijst,
      'inzichten/a/index.html': body,
      'inzichten/b/index.html': body,
      'rollen/gemeente/index.html': lijst,
      'methode/stap-1/index.html': body,
      'methode/overzicht/index.html': lijst,
    });
    expect(pagefindGlob(dir)).toBe('{inzichten/*/index.html,methode/stap-1/index.html}');
  });

  it('falls back to every page when no page marks its body, as Pagefind itself does', () => {
    expect(pagefindGlob(site({ 'index.html': lijst }))).toBe('**/*.html');
  });
});
