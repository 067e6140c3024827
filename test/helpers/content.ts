import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isGepubliceerd, isInzichtGepubliceerd } from '../../src/utils/publicatie.ts';
import { root } from './build.ts';

export const contentRoot = path.join(root, 'content');

export interface ContentFile {
  file: string;
  slug: string;
  alliantie?: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function parseEntry(file: string): { data: Record<string, unknown>; body: string } {
  const text = fs.readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: geen frontmatter`);
  return { data: parse(match[1]) ?? {}, body: match[2] };
}

/** The real insight files, with the alliance their folder names. */
export function insightFiles(dir = contentRoot): ContentFile[] {
  const files: ContentFile[] = [];
  const allianties = path.join(dir, 'allianties');
  for (const a of fs.existsSync(allianties) ? fs.readdirSync(allianties) : []) {
    const map = path.join(allianties, a, 'inzichten');
    if (!fs.existsSync(map)) continue;
    for (const f of fs.readdirSync(map).filter((f) => /\.mdx?$/.test(f)))
      files.push({ file: path.join(map, f), slug: f.replace(/\.mdx?$/, ''), alliantie: a, ...parseEntry(path.join(map, f)) });
  }
  const los = path.join(dir, 'inzichten');
  for (const f of fs.existsSync(los) ? fs.readdirSync(los).filter((f) => /\.mdx?$/.test(f)) : [])
    files.push({ file: path.join(los, f), slug: f.replace(/\.mdx?$/, ''), ...parseEntry(path.join(los, f)) });
  return files;
}

/** The real alliance files (`allianties/<id>/index.mdx`). */
export function allianceFiles(dir = contentRoot): ContentFile[] {
  const allianties = path.join(dir, 'allianties');
  return fs
    .readdirSync(allianties)
    .filter((a) => fs.existsSync(path.join(allianties, a, 'index.mdx')))
    .map((a) => ({ file: path.join(allianties, a, 'index.mdx'), slug: a, ...parseEntry(path.join(allianties, a, 'index.mdx')) }));
}

/** The alliances the site publishes (src/utils/publicatie.ts: no drafts, no embargo). */
export function publishedAllianceFiles(dir = contentRoot): ContentFile[] {
  return allianceFiles(dir).filter((a) => isGepubliceerd(a));
}

/** The insights the site publishes: published themselves, and so is their alliance (if any). */
export function publishedInsightFiles(dir = contentRoot): ContentFile[] {
  const allianties = new Set(publishedAllianceFiles(dir).map((a) => a.slug));
  return insightFiles(dir).filter((i) => isInzichtGepubliceerd(i, allianties));
}
