import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, installed by .ci/run (Playwright's own browser download does not work here). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Headless, with no background network traffic (also used for Lighthouse's Chromium). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Debian Chromium. Playwright gives every launch a fresh temporary profile
 * (it refuses a --user-data-dir argument).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}
