import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { siteDir } from './helpers/build.ts';

/**
 * The W3C Nu Html Checker (npm `vnu-jar`, the checker behind validator.w3.org/nu), run by Java
 * (`scripts/ensure-java.sh`) over every HTML file of the built site: no errors and no warnings,
 * apart from its Content Security Policy notes on local files (README, "Nu Html Checker").
 */
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

interface Melding {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/**
 * Checking a file, the checker evaluates the page's <meta> policy without a web origin and without
 * computing hashes: it reports our own stylesheet ('self') and every hashed inline style and
 * script, even the JSON-LD data block, which no browser runs, as blocked. Chromium enforces the
 * same policy in test/site.quality.test.ts and reports no violation there.
 */
const CSP_OP_LOKAAL_BESTAND = /^(Inline script|Inline style|Resource) violates Content Security Policy \(meta tag\)/;

function isCspOpLokaalBestand(m: Melding): boolean {
  return m.type === 'info' && m.subType === 'warning' && CSP_OP_LOKAAL_BESTAND.test(m.message);
}

function vnu(args: string[], invoer?: string): Melding[] {
  const r = spawnSync('java', ['-jar', vnuJar, '--format', 'json', ...args], {
    input: invoer,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw new Error(`java kon niet starten (zie scripts/ensure-java.sh): ${r.error.message}`);
  // The checker writes its JSON report to stderr.
  const rapport = JSON.parse(r.stderr) as { messages: Melding[] };
  return rapport.messages;
}

const beschrijf = (m: Melding) =>
  `${(m.url ?? '').replace(/^file:.*?\.tmp\/site/, '')}:${m.lastLine ?? ''} ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message} [${(m.extract ?? '').replace(/\s+/g, ' ')}]`;

test('every HTML file of the built site passes the Nu Html Checker', () => {
  const meldingen = vnu(['--skip-non-html', siteDir]);
  const gefilterd = meldingen.filter(isCspOpLokaalBestand);
  const over = meldingen.filter((m) => !isCspOpLokaalBestand(m));
  const fouten = over.filter((m) => m.type !== 'info');
  console.info(
    `Nu Html Checker: ${fouten.length} fouten, ${over.length - fouten.length} waarschuwingen, ` +
      `${gefilterd.length} CSP-meldingen voor lokale bestanden genegeerd`,
  );
  expect(over.map(beschrijf)).toEqual([]);
  // The filter is not empty by accident: every page carries hashed inline styles.
  expect(gefilterd.length).toBeGreaterThan(100);
});

test('the checker does catch a script after </html> (the check can fail)', () => {
  const meldingen = vnu(
    ['-'],
    '<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body></body></html><script type="module">1</script>',
  );
  expect(meldingen.map((m) => m.message)).toContain('Stray start tag “script”.');
});
