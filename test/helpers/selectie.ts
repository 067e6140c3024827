import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';

/** Clicks a download button on /mijn-selectie/ and returns the file's suggested name and text. */
export async function downloadVia(page: Page, knop: string): Promise<{ naam: string; tekst: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: knop }).click()]);
  return { naam: download.suggestedFilename(), tekst: fs.readFileSync((await download.path())!, 'utf8') };
}

/** A CSV file in the open-data format (BOM, ";", header row) as records by column name. */
export const leesCsv = (tekst: string) => parse(tekst, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
