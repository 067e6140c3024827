import { describe, expect, it } from 'vitest';
import { extraIndexwoorden, geindexeerdeTekst, metIndexwoorden } from './indextekst.ts';

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
