import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { allPages, readListing, readPage, siteDir } from './helpers/build.ts';
import { contentRoot, publishedAllianceFiles, publishedInsightFiles } from './helpers/content.ts';

/**
 * The working method around the insights, checked on the real built site (.tmp/site):
 * method pages link to the insights that name them and back, pattern counts are right,
 * "Waar staat u?" has a page per role and phase, related insights make sense, and the
 * charts carry their numbers as text.
 */

const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const tekst = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const taxonomie = (naam: string) =>
  parse(fs.readFileSync(path.join(contentRoot, 'taxonomie', `${naam}.yaml`), 'utf8')) as { id: string; label: string }[];
const inzichten = publishedInsightFiles();
const lijst = (i: (typeof inzichten)[number], veld: string) => (i.data[veld] as string[] | undefined) ?? [];
/** The `<section>` with the given heading id, so a link elsewhere on the page cannot make a test pass. */
const sectie = (html: string, id: string) => {
  const begin = html.indexOf(`id="${id}"`);
  expect(begin, `sectie #${id}`).toBeGreaterThan(-1);
  const eind = html.indexOf('</section>', begin);
  return html.slice(begin, eind);
};

const METHODE = [
  { veld: 'fasen', pagina: (id: string) => `/fasen/${id}/` },
  { veld: 'stappen', pagina: (id: string) => `/werkwijze/vitale-coalitie/${id}/` },
  { veld: 'voorwaarden', pagina: (id: string) => `/werkwijze/collective-impact/${id}/` },
  { veld: 'participatieniveaus', pagina: (id: string) => `/werkwijze/participatieniveaus/${id}/` },
  { veld: 'principes', pagina: (id: string) => `/principes/${id}/` },
] as const;

describe('method pages and insights link both ways', () => {
  const pages = allPages(siteDir);
  test.each(METHODE.map((m) => [m.veld, m]))('every term of %s has a page', (veld, m) => {
    const termen = taxonomie(veld);
    expect(termen.length).toBeGreaterThan(0);
    for (const t of termen) expect(pages).toContain(m.pagina(t.id));
  });

  test('the content names every step, Collective Impact condition and participation level in at least one insight', () => {
    for (const veld of ['stappen', 'voorwaarden', 'participatieniveaus', 'overeenkomst', 'principes']) {
      const genoemd = new Set(inzichten.flatMap((i) => lijst(i, veld)));
      const zonder = taxonomie(veld)
        .map((t) => t.id)
        .filter((id) => !genoemd.has(id) && id !== 'bijlagen');
      expect(zonder, veld).toEqual([]);
    }
  });

  const paren = inzichten.flatMap((i) =>
    METHODE.flatMap((m) => lijst(i, m.veld).map((id) => [i.slug, m.veld, id, m.pagina(id)] as const)),
  );
  test('there are links to check', () => expect(paren.length).toBeGreaterThan(150));

  test.each(paren)('%s names %s %s: %s links to it, and it links back', (slug, _veld, _id, pagina) => {
    const methodePagina = readPage(siteDir, pagina);
    expect(methodePagina).toContain(`href="/inzichten/${slug}/"`);
    const inzichtPagina = readPage(siteDir, `/inzichten/${slug}/`);
    const zijkolom = inzichtPagina.slice(inzichtPagina.indexOf('<aside'), inzichtPagina.indexOf('</aside>'));
    expect(zijkolom).toContain(`href="${pagina}"`);
  });

  test('the parts of the cooperation agreement link to their insights, and the insights link to the part', () => {
    const html = readPage(siteDir, '/werkwijze/samenwerkingsovereenkomst/');
    const delen = taxonomie('overeenkomst');
    for (const deel of delen) expect(html).toContain(`id="${deel.id}"`);
    for (const i of inzichten)
      for (const deel of lijst(i, 'overeenkomst')) {
        expect(sectie(html, deel)).toContain(`href="/inzichten/${i.slug}/"`);
        expect(readPage(siteDir, `/inzichten/${i.slug}/`)).toContain(`href="/werkwijze/samenwerkingsovereenkomst/#${deel}"`);
      }
  });

  test('a phase page shows the roles of the foundation and the partners, and its insights per soort', () => {
    const fasen = parse(fs.readFileSync(path.join(contentRoot, 'taxonomie/fasen.yaml'), 'utf8')) as {
      id: string;
      rollen: { rol: string; taken: string[] }[];
    }[];
    for (const fase of fasen) {
      const html = tekst(readPage(siteDir, `/fasen/${fase.id}/`));
      expect(fase.rollen.map((r) => r.rol).sort()).toEqual(['facilitator', 'partners']);
      expect(html).toContain('Rollen en verantwoordelijkheden in deze fase');
      for (const r of fase.rollen) for (const taak of r.taken) expect(html).toContain(taak);
    }
  });
});

describe('patterns across alliances', () => {
  const principes = taxonomie('principes');
  test.each(principes.map((p) => [p.id, p]))(
    'the page of %s counts the alliances it occurs in and lists each occurrence',
    (id, p) => {
      const metPrincipe = inzichten.filter((i) => lijst(i, 'principes').includes(id));
      const allianties = new Set(metPrincipe.flatMap((i) => (i.alliantie ? [i.alliantie] : [])));
      const html = readPage(siteDir, `/principes/${id}/`);
      expect(decode(html)).toContain(p.label);
      expect(html).toContain(`data-allianties="${allianties.size}"`);
      expect(tekst(html)).toContain(`Komt voor in ${allianties.size} ${allianties.size === 1 ? 'alliantie' : 'allianties'}`);
      for (const a of allianties) expect(html).toContain(`href="/allianties/${a}/"`);
      for (const i of metPrincipe) expect(html).toContain(`href="/inzichten/${i.slug}/"`);
      // The insight pages repeat the count next to the link to the pattern.
      for (const i of metPrincipe) {
        const inzicht = tekst(readPage(siteDir, `/inzichten/${i.slug}/`));
        expect(inzicht).toContain(
          `${p.label} (komt voor in ${allianties.size} ${allianties.size === 1 ? 'alliantie' : 'allianties'})`,
        );
      }
    },
  );

  test('the patterns the content was written for occur in several alliances', () => {
    const telling = (id: string) =>
      new Set(inzichten.filter((i) => lijst(i, 'principes').includes(id) && i.alliantie).map((i) => i.alliantie)).size;
    expect(telling('klein-beginnen')).toBeGreaterThanOrEqual(2);
    expect(telling('gedeelde-missie')).toBeGreaterThanOrEqual(2);
    expect(telling('versnippering')).toBeGreaterThanOrEqual(3);
  });
});

describe('Waar staat u?', () => {
  const rollen = taxonomie('rollen');
  const fasen = taxonomie('fasen');
  const themas = taxonomie('themas');
  const alliantieThema = new Map(
    fs
      .readdirSync(path.join(contentRoot, 'allianties'))
      .map((a) => [a, /^thema: (\S+)/m.exec(fs.readFileSync(path.join(contentRoot, 'allianties', a, 'index.mdx'), 'utf8'))![1]]),
  );
  /** The alliance's theme, or the insight's own themes. */
  const themaVan = (i: (typeof inzichten)[number]) => (i.alliantie ? [alliantieThema.get(i.alliantie)!] : lijst(i, 'themas'));

  test('the entry page links to a page for every role, and for every role in every phase (plain links, no JavaScript needed)', () => {
    const html = readPage(siteDir, '/waar-staat-u/');
    for (const r of rollen) {
      expect(html).toContain(`href="/waar-staat-u/${r.id}/"`);
      for (const f of fasen) expect(html).toContain(`href="/waar-staat-u/${r.id}/${f.id}/"`);
    }
  });

  /** Slugs of the insight cards in the lists of one group ('voor-u' or 'alle-partners') of a "Waar staat u?" page. */
  const groep = (html: string, id: string) =>
    [...html.matchAll(new RegExp(`<ul class="kaarten" data-groep="${id}"[^>]*>([\\s\\S]*?)</ul>`, 'g'))]
      .flatMap((m) => [...m[1].matchAll(/href="\/inzichten\/([^/"]+)\/"/g)].map((l) => l[1]))
      .sort();
  const voor = (rol: string, fase: string, thema?: string) =>
    inzichten
      .filter(
        (i) => lijst(i, 'rollen').includes(rol) && lijst(i, 'fasen').includes(fase) && (!thema || themaVan(i).includes(thema)),
      )
      .map((i) => i.slug)
      .sort();

  test.each(rollen.flatMap((r) => fasen.map((f) => [r.id, f.id])))(
    '/waar-staat-u/%s/%s/ lists exactly the insights for that role in that phase, opening with jump links per soort and counts',
    (rol, fase) => {
      const html = readPage(siteDir, `/waar-staat-u/${rol}/${fase}/`);
      expect(groep(html, 'voor-u')).toEqual(voor(rol, fase));
      const begin = html.indexOf('aria-label="Op deze pagina"');
      expect(begin).toBeGreaterThan(-1);
      const navigatie = html.slice(begin, html.indexOf('</nav>', begin));
      // The jump links come before the first card.
      expect(begin).toBeLessThan(html.indexOf('class="kaarten"') === -1 ? Infinity : html.indexOf('class="kaarten"'));
      for (const soort of ['succesvoorwaarde', 'systeemfout', 'les']) {
        expect(navigatie).toContain(`href="#soort-${soort}"`);
        expect(html).toContain(`id="soort-${soort}"`);
      }
      expect(tekst(navigatie)).toMatch(/Succesvoorwaarden \(\d+\) Systeemfouten \(\d+\) Lessen \(\d+\)/);
    },
  );

  test.each(rollen.flatMap((r) => fasen.flatMap((f) => themas.map((t) => [r.id, f.id, t.id]))))(
    '/waar-staat-u/%s/%s/%s/ narrows to the theme, or says it is empty and offers the nearest combinations',
    (rol, fase, thema) => {
      const html = readPage(siteDir, `/waar-staat-u/${rol}/${fase}/${thema}/`);
      const verwacht = voor(rol, fase, thema);
      expect(groep(html, 'voor-u')).toEqual(verwacht);
      if (verwacht.length > 0) return;
      const leeg = sectie(html, 'leeg');
      expect(tekst(leeg)).toContain('Er zijn nog geen inzichten voor');
      expect(tekst(leeg)).toContain(`binnen het thema ${themas.find((t) => t.id === thema)!.label.toLowerCase()}`);
      // Each suggestion links with its count, and that page really holds that many insights for its role.
      const suggesties = [
        ...leeg.matchAll(/href="(\/waar-staat-u\/[^"]+)"[^>]*>[^<]*<\/a>\s*<span class="telling"[^>]*>\((\d+) inzicht/g),
      ];
      for (const [, href, n] of suggesties) {
        const [r, f, t] = href.split('/').filter(Boolean).slice(1);
        expect(voor(r, f, t).length, href).toBe(Number(n));
      }
      expect(leeg).toContain('href="/principes/"');
    },
  );

  test('the municipal officer working on youth is told no insight is for gemeenten there, and where to go', () => {
    const leeg = sectie(readPage(siteDir, '/waar-staat-u/gemeente/alliantie-vormen/onderwijs/'), 'leeg');
    expect(tekst(leeg)).toContain(
      'Er zijn nog geen inzichten voor gemeenten in de fase alliantie vormen binnen het thema onderwijs',
    );
    expect(leeg).toContain('href="/waar-staat-u/gemeente/alliantie-vormen/"');
    expect(leeg).toContain('href="/waar-staat-u/partners/alliantie-vormen/onderwijs/"');
  });

  test('a municipality also sees what applies to all partners, and its own tasks as a partner', () => {
    const html = readPage(siteDir, '/waar-staat-u/gemeente/alliantie-vormen/');
    expect(groep(html, 'alle-partners')).toEqual(
      inzichten
        .filter(
          (i) =>
            lijst(i, 'rollen').includes('partners') &&
            !lijst(i, 'rollen').includes('gemeente') &&
            lijst(i, 'fasen').includes('alliantie-vormen'),
        )
        .map((i) => i.slug)
        .sort(),
    );
    expect(tekst(html)).toContain('Draagvlak creëren bij eigen organisatie');
  });

  test('every phase page offers the role choice for that phase', () => {
    for (const f of fasen) {
      const html = readPage(siteDir, `/fasen/${f.id}/`);
      for (const r of rollen) expect(html).toContain(`href="/waar-staat-u/${r.id}/${f.id}/"`);
    }
  });
});

describe('related insights', () => {
  const verwant = (slug: string) => {
    const html = sectie(readPage(siteDir, `/inzichten/${slug}/`), 'verwant');
    return [...html.matchAll(/<h3><a href="\/inzichten\/([^/"]+)\/"/g)].map((m) => m[1]);
  };

  test('every insight page has up to four related insights, never itself', () => {
    for (const i of inzichten) {
      const top = verwant(i.slug);
      expect(top.length, i.slug).toBeGreaterThan(0);
      expect(top.length).toBeLessThanOrEqual(4);
      expect(top).not.toContain(i.slug);
    }
  });

  test.each([
    // Same principle in another alliance, and small wins from the method documents.
    ['start-klein-in-pilotvorm', ['groot-doel-klein-handelen', 'werk-met-small-wins']],
    // A shared agenda and a shared mission.
    ['werk-vanuit-een-gedeelde-agenda', ['formuleer-een-gezamenlijke-missie']],
    // The other success condition of the same facilitator.
    ['facilitator-verbindt-stakeholders', ['facilitator-adviseert-en-jaagt-aan']],
    // Fragmentation in other alliances.
    [
      'versnippering-initiatieven-voor-jongeren',
      ['versnippering-partijen-vraagstukken-niet-effectief-opgelost', 'vernieuwende-onderwijsprojecten-niet-verbonden'],
    ],
    // Other problems of schools.
    [
      'polarisatie-en-spanningen-op-scholen',
      ['scholen-missen-overzicht-van-interventies', 'gebrek-aan-dialoog-jongeren-en-leerkracht'],
    ],
  ])('%s is related to %j', (slug, verwacht) => {
    const top = verwant(slug);
    for (const v of verwacht) expect(top).toContain(v);
  });
});

describe('charts and the phase diagram', () => {
  const svgs = (html: string) => [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  const grafieken = (html: string) => svgs(html).filter((s) => s.includes('role="img"'));
  /** Accessible name and description of a chart: the elements its aria-labelledby and aria-describedby point to. */
  const naam = (svg: string, html: string) =>
    ['aria-labelledby', 'aria-describedby'].map((attr) => {
      const id = new RegExp(`${attr}="([^"]+)"`).exec(svg)![1];
      return tekst(new RegExp(`id="${id}"[^>]*>([\\s\\S]*?)</`).exec(html)![1]).trim();
    });

  test('the home page has charts of insights per soort and thema and alliances per fase, with every number as text', () => {
    const html = readPage(siteDir, '/');
    const charts = grafieken(html);
    expect(charts).toHaveLength(3);
    const [titelSoort, descSoort] = naam(charts[0], html);
    expect(titelSoort).toBe('Inzichten per soort');
    for (const [soort, label] of [
      ['succesvoorwaarde', 'Succesvoorwaarden'],
      ['systeemfout', 'Systeemfouten'],
      ['les', 'Lessen'],
    ]) {
      const n = inzichten.filter((i) => i.data.soort === soort).length;
      expect(descSoort).toContain(`${label}: ${n} ${n === 1 ? 'inzicht' : 'inzichten'}`);
      expect(tekst(charts[0])).toContain(`${label} ${n}`);
    }
    expect(naam(charts[1], html)[0]).toBe('Inzichten per thema');
    expect(naam(charts[2], html)[0]).toBe('Allianties per fase');
    // The same numbers as a table.
    expect(html.match(/<table\b/g)?.length).toBeGreaterThanOrEqual(3);
  });

  test('every alliance page has a chart of its partners per sector that matches its frontmatter', () => {
    const sectoren = taxonomie('sectoren');
    for (const { slug: map, data } of publishedAllianceFiles()) {
      const html = readPage(siteDir, `/allianties/${map}/`);
      const partners = (data.partners as { sector?: string }[] | undefined) ?? [];
      if (!partners.length) continue;
      // The list is rebuilt from the names in the source's text, and the page says so.
      expect(tekst(html)).toContain('Deze lijst is samengesteld uit de organisaties die de tekst van');
      // A partner's sector is given only where the source states it; without any, there is no chart.
      if (!partners.some((p) => p.sector)) {
        expect(html).not.toContain('partners-per-sector');
        expect(tekst(html)).toContain('Sector niet genoemd');
        continue;
      }
      const [svg] = grafieken(html);
      const [titel, desc] = naam(svg, html);
      expect(titel).toBe('Partners per sector');
      for (const s of sectoren) {
        const n = partners.filter((p) => p.sector === s.id).length;
        expect(desc).toContain(`${s.label}: ${n} ${n === 1 ? 'partner' : 'partners'}`);
      }
    }
  });

  test('the phase diagram links every phase and has the same information as text', () => {
    const html = readPage(siteDir, '/werkwijze/');
    const diagram = svgs(html).find((s) => s.includes('cyclus__svg'))!;
    expect(diagram).toMatch(/role="group"/);
    expect(diagram).toMatch(/<title id="cyclus-titel">/);
    const figuur = html.slice(
      html.indexOf('<figure class="cyclus'),
      html.indexOf('</figure>', html.indexOf('<figure class="cyclus')),
    );
    const lijstTekst = tekst(figuur.slice(figuur.indexOf('</svg>'))).replace(/ :/g, ':');
    for (const f of parse(fs.readFileSync(path.join(contentRoot, 'taxonomie/fasen.yaml'), 'utf8')) as {
      id: string;
      nummer: number;
      label: string;
      beschrijving: string;
    }[]) {
      expect(diagram).toContain(`href="/fasen/${f.id}/"`);
      const link = new RegExp(`<a href="/fasen/${f.id}/"[^>]*>([\\s\\S]*?)</a>`).exec(diagram)![1];
      expect(tekst(link).trim()).toBe(`Fase ${f.nummer} ${f.label}`);
      expect(lijstTekst).toContain(`${f.label}: ${f.beschrijving}`);
    }
  });
});

describe('listings ordered by "komt voor in N allianties"', () => {
  const alle = inzichten.map((i) => i.slug).sort();
  const getallen = (html: string) =>
    [...tekst(html).matchAll(/Patroon komt voor in (\d+) allianties?/g)].map((m) => Number(m[1]));
  const slugs = (html: string) =>
    [...html.matchAll(/<article class="kaart"[^>]*>[\s\S]*?href="\/inzichten\/([^/"]+)\/"/g)].map((m) => m[1]);

  test('/inzichten/ links to its second order, which lists every insight, the widest patterns first', () => {
    expect(readPage(siteDir, '/inzichten/')).toContain('href="/inzichten/op-patroon/"');
    const paginas = readListing(siteDir, '/inzichten/op-patroon/');
    const html = paginas.join('\n');
    expect(slugs(html).sort()).toEqual(alle);
    const n = getallen(html);
    expect(n.length).toBeGreaterThan(1);
    expect(n).toEqual([...n].sort((a, b) => b - a));
    expect(tekst(html)).toContain('Niet aan een patroon gekoppeld');
  });

  test('a term page offers the same order for its own insights', () => {
    const html = readPage(siteDir, '/rollen/gemeente/');
    expect(html).toContain('href="/rollen/gemeente/op-patroon/"');
    const gemeente = inzichten.filter((i) => lijst(i, 'rollen').includes('gemeente')).map((i) => i.slug);
    expect(slugs(readListing(siteDir, '/rollen/gemeente/op-patroon/').join('\n')).sort()).toEqual(gemeente.sort());
  });
});
