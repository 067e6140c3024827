import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { geindexeerdePaginas, paginaUrl } from './pagefind.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inzichtenbank-index-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const body = '<main><article data-pagefind-body>Tekst</article></main>';
const lijst = '<main><ul><li>kaart</li></ul></main>';

describe('geindexeerdePaginas', () => {
  it('names only the pages with data-pagefind-body', () => {
    const dir = site({
      'index.html': lijst,
      'inzichten/index.html': lijst,
      'inzichten/a/index.html': body,
      'inzichten/b/index.html': body,
      'rollen/gemeente/index.html': lijst,
      'werkwijze/stap-1/index.html': body,
      'werkwijze/index.html': lijst,
    });
    expect(geindexeerdePaginas(dir)).toEqual(['inzichten/a/index.html', 'inzichten/b/index.html', 'werkwijze/stap-1/index.html']);
  });
});

describe('paginaUrl', () => {
  it('gives the address of a page file as Pagefind would', () => {
    expect(paginaUrl('inzichten/a/index.html')).toBe('/inzichten/a/');
    expect(paginaUrl('index.html')).toBe('/');
    expect(paginaUrl('404.html')).toBe('/404.html');
  });
});
