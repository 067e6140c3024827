import { expect, test } from 'vitest';
import { zonderSpatiesAanRegeleinden } from './bestand.ts';

const oudeRegel = (tekst: string) => tekst.replace(/[ \t]+(?=\r?$)/gm, '');

test('spaces and tabs at line ends go, as the regular expression it replaces removed them', () => {
  for (const tekst of [
    'titel: Een titel  \nsoort: les\t\n',
    'a  \r\nb \t\r\nc',
    'alleen CR  \rvolgende \r',
    'scheiding \u2028en \u2029 meer  ',
    '  begin met spaties\n\t\ttabs ervoor',
    'tussen  de   woorden blijft',
    '',
    '   ',
  ])
    expect(zonderSpatiesAanRegeleinden(tekst), JSON.stringify(tekst)).toBe(oudeRegel(tekst));
});

test('a line that starts with 100,000 spaces is handled in one pass (the old expression took half a minute)', () => {
  const tekst = `---\n${' '.repeat(100_000)}titel: x  \nsoort: les\n`;
  expect(zonderSpatiesAanRegeleinden(tekst)).toBe(`---\n${' '.repeat(100_000)}titel: x\nsoort: les\n`);
});
