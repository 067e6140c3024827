import { describe, expect, it } from 'vitest';
import { extraIndexwoorden, geindexeerdeTekst, metIndexwoorden, zonderOvergeslagenDelen } from './indextekst.ts';

const pagina = `<!doctype html><html><head><title>x</title><script>var lerarentekort = 1;</script></head>
<body><header data-pagefind-ignore="all">Menu woningtekort</header>
<main><article data-pagefind-body><h1>Het lerarentekort loopt op</h1><p>Scholen in <b>kwetsbare</b> wijken&nbsp;voelen het.</p>
<aside data-pagefind-ignore="all"><p>Verwant: <a href="/x/" title="a > b">Bestemmingswijziging</a></p></aside>
<img alt="" src="a.png"><p>Einde.</p></article></main></body></html>`;

describe('geindexeerdeTekst', () => {
  it('takes the text of the data-pagefind-body element without ignored parts, scripts or tags', () => {
    expect(geindexeerdeTekst(pagina)).toBe('Het lerarentekort loopt op Scholen in kwetsbare wijken voelen het. Einde.');
  });
});

describe('extraIndexwoorden', () => {
  it('gives the parts of the compounds once, without the words the text already has', () => {
    const isWoord = (w: string) => ['leraren', 'tekort', 'scholen'].includes(w);
    expect(extraIndexwoorden('Het lerarentekort, het lerarentekort en het tekort', isWoord)).toEqual(['leraren']);
  });
});

describe('metIndexwoorden', () => {
  it('puts the words in a hidden delen meta field inside the indexed element, and changes nothing without words', () => {
    const met = metIndexwoorden(pagina, ['leraren', 'tekort']);
    expect(met).toContain(
      '<article data-pagefind-body><span data-pagefind-meta="delen[data-waarde]" data-waarde="leraren tekort"></span><h1>',
    );
    expect(metIndexwoorden(pagina, [])).toBe(pagina);
  });
});

describe('zonderOvergeslagenDelen', () => {
  it('leaves out the elements ignored with all their contents, script and style contents and comments', () => {
    expect(zonderOvergeslagenDelen(pagina)).toBe(`<!doctype html><html><head><title>x</title><script></script></head>
<body>
<main><article data-pagefind-body><h1>Het lerarentekort loopt op</h1><p>Scholen in <b>kwetsbare</b> wijken&nbsp;voelen het.</p>

<img alt="" src="a.png"><p>Einde.</p></article></main></body></html>`);
  });

  it('finds the end of an ignored element past nested elements of its name and end tags inside scripts', () => {
    const html = '<p>a</p><div data-pagefind-ignore="all"><div>b</div><script>"</div>"</script>c</div><p>d</p><!-- e -->';
    expect(zonderOvergeslagenDelen(html)).toBe('<p>a</p><p>d</p>');
  });

  it('keeps what Pagefind reads: ignored for the text only, other values, and an element whose end is missing', () => {
    const html = [
      '<div data-pagefind-ignore>tekst<span data-pagefind-meta="datum">2024</span></div>',
      '<div data-pagefind-ignore="index">x</div>',
      '<div data-pagefind-ignore="allemaal">y</div>',
      '<section data-pagefind-ignore="all"><p>zonder einde</p>',
    ].join('');
    expect(zonderOvergeslagenDelen(html)).toBe(html);
  });
});
