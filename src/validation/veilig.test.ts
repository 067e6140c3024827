import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { inzicht, maakContent } from '../../test/helpers/fixture.ts';
import { valideerContent } from './valideer.ts';
import { onveiligeHtml } from './veilig.ts';

describe('unsafe HTML in a body', () => {
  test.each([
    ['a script element', 'Tekst <script>alert(1)</script> meer.', '<script>'],
    ['a script element in capitals with attributes', '<SCRIPT src="https://kwaad.example/x.js"></SCRIPT>', '<script>'],
    ['an image with onerror', '<img src="x" onerror="alert(1)" />', 'onerror'],
    ['a JSX event handler', '<div onClick={() => alert(1)}>klik</div>', 'onClick'],
    ['a javascript: link in Markdown', '[klik](javascript:alert(1))', 'javascript:'],
    ['a javascript: link hidden with entities and spaces', '<a href=" jav&#x61;script&colon;alert(1)">klik</a>', 'javascript:'],
    ['a javascript: link definition', '[klik][x]\n\n[x]: javascript:alert(1)', 'javascript:'],
    ['a data: URL as image', '![plaatje](data:text/html;base64,PHNjcmlwdD4=)', 'data:'],
    ['an iframe', '<iframe src="https://kwaad.example"></iframe>', '<iframe>'],
    ['a style element', '<style>body{display:none}</style>', '<style>'],
    ['a form', '<form action="https://kwaad.example"><input name="wachtwoord" /></form>', '<form>'],
    ['an inline SVG', '<svg><script>alert(1)</script></svg>', '<svg>'],
    ['spread attributes', '<a {...{ href: "javascript:alert(1)" }}>klik</a>', '{...}'],
    ['an address computed in an expression', '<a href={"java" + "script:alert(1)"}>klik</a>', 'href'],
    [
      'dangerouslySetInnerHTML',
      '<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />',
      'dangerouslySetInnerHTML',
    ],
  ])('refuses %s', (_, body, veld) => {
    const gevonden = onveiligeHtml(body);
    expect(gevonden.map((p) => p.field)).toContain(veld);
    for (const p of gevonden) expect(p.message).toMatch(/mag niet in de tekst/);
  });

  test.each([
    ['plain text about scripts', 'Een script voor het gesprek: eerst luisteren, dan praten. 3 < 4 en 5 > 2.'],
    ['a normal link and an internal link', '[Platform Woonplek](https://www.woonplek.nl/) en [alle inzichten](/inzichten/)'],
    ['an author component', '<Citaat naam="Ria" organisatie="Gemeente">Samen lukt het.</Citaat>'],
    ['an ordinary image and emphasis', '![Een pand in Amstelveen](/afbeeldingen/pand.jpg) *nadruk* en **vet**'],
    ['a mailto link', '[mail ons](mailto:info@example.org)'],
    ['a word like "online" or "button" in text', 'De online bijeenkomst, met een button-achtige knop in de tekst.'],
  ])('accepts %s', (_, body) => {
    expect(onveiligeHtml(body)).toEqual([]);
  });
});

describe('the content check refuses unsafe bodies with the file, line and a Dutch message', () => {
  const dir = maakContent({
    'inzichten/met-script.mdx': inzicht({}, 'Eerste alinea.\n\n<script>alert(1)</script>'),
    'inzichten/met-onerror.mdx': inzicht({}, '<img src="x.png" alt="" onerror="alert(1)" />'),
    'inzichten/met-scriptlink.mdx': inzicht({}, 'Lees [meer](javascript:alert(1)).'),
    'inzichten/met-code.mdx': inzicht(
      {},
      'Schrijf nooit `<script>` of `onerror=` in een inzicht.\n\n```html\n<script>alert(1)</script>\n```',
    ),
  });
  const { problems } = valideerContent({ root: dir, cwd: dir });
  const fouten = (f: string) => problems.filter((p) => p.file === f && p.level === 'error');

  test.each([
    ['inzichten/met-script.mdx', '<script>'],
    ['inzichten/met-onerror.mdx', 'onerror'],
    ['inzichten/met-scriptlink.mdx', 'javascript:'],
  ])('%s: %s', (bestand, veld) => {
    const f = fouten(bestand);
    expect(f, JSON.stringify(problems)).toHaveLength(1);
    expect(f[0].field).toBe(`(tekst) ${veld}`);
    expect(f[0].message).toMatch(/mag niet in de tekst staan/);
    const regels = fs.readFileSync(path.join(dir, bestand), 'utf8').split('\n');
    expect(regels[f[0].line - 1]).toContain(veld.replace(/[<>]/g, ''));
  });

  test('code spans and code blocks may show tags as text', () => {
    expect(fouten('inzichten/met-code.mdx')).toEqual([]);
  });
});

describe('the content check refuses empty-looking and direction-reversing text in the frontmatter', () => {
  const dir = maakContent({
    'inzichten/alleen-spaties.mdx': inzicht({ titel: '"   "' }),
    'inzichten/alleen-onzichtbaar.mdx': inzicht({ samenvatting: '"\\u200B\\u200D\\uFEFF"' }),
    'inzichten/omgedraaid.mdx': inzicht({ titel: '"Start klein \\u202Eredrow\\u202C"' }),
    'inzichten/arabisch-en-emoji.mdx': inzicht({ titel: '"Samen wonen: السكن معاً en דיור 🏠👍🏽"' }),
  });
  const { problems } = valideerContent({ root: dir, cwd: dir });
  const fout = (f: string) => problems.filter((p) => p.file === f && p.level === 'error').map((p) => `${p.field}: ${p.message}`);

  test('a title of only spaces is empty', () =>
    expect(fout('inzichten/alleen-spaties.mdx')).toEqual(['titel: de titel is leeg']));
  test('a summary of only zero-width characters is empty', () =>
    expect(fout('inzichten/alleen-onzichtbaar.mdx')).toEqual([
      'samenvatting: de samenvatting is leeg: er staan alleen onzichtbare tekens in',
    ]));
  test('a right-to-left override is refused', () =>
    expect(fout('inzichten/omgedraaid.mdx')[0]).toMatch(
      /^titel: de titel bevat een onzichtbaar teken dat de leesrichting omdraait/,
    ));
  test('Arabic, Hebrew and emoji are welcome', () => expect(fout('inzichten/arabisch-en-emoji.mdx')).toEqual([]));
});
