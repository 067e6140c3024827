import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';

/** The WCAG levels the site must meet (EN 301 549 refers to WCAG 2.1 AA; 2.2 AA is the house standard). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const WIDTHS = {
  telefoon: { width: 375, height: 812 },
  desktop: { width: 1280, height: 900 },
} as const;
export type Breedte = keyof typeof WIDTHS;

/**
 * The editor at /admin/ (Decap CMS, a third-party app for staff, not a public page). On a local
 * address it probes its local backend (decap-server, `npm run redactie`) at localhost:8081; that
 * probe, and the connection error it logs when no decap-server runs, are the only requests and
 * errors allowed off the origin, and only on this page. Its axe results are reported, not failed:
 * they concern Decap's own interface (README, "Quality proof").
 */
export const EDITOR = { pad: '/admin/', lokaleBackend: 'http://localhost:8081/' };

export interface AxeFout {
  rule: string;
  impact: string | null | undefined;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

export interface Verwijzing {
  /** Element and attribute the reference comes from: "a[href]", "img[src]", "form[action]". */
  bron: string;
  /** The attribute as written in the HTML. */
  waarde: string;
  /** Resolved against the page by the browser. */
  absoluut: string;
}

export interface Resource {
  url: string;
  type: string;
  bytes: number;
}

export interface PaginaResultaat {
  url: string;
  breedte: Breedte;
  status: number;
  axe: AxeFout[];
  /** CSP violations the page reported (securitypolicyviolation events and console messages). */
  csp: string[];
  /** Console errors and uncaught exceptions. */
  fouten: string[];
  /** Dialogs (alert, confirm, prompt) that fired. */
  dialogen: string[];
  /** Requests to any other origin, which were blocked. */
  extern: string[];
  /** Same-origin resources that failed or answered 4xx/5xx. */
  mislukt: string[];
  /** Every resource the page loaded, with the bytes transferred. */
  resources: Resource[];
  verwijzingen: Verwijzing[];
  /** Every id and a[name] on the page, for anchor checks. */
  ids: string[];
  /** Event-handler attributes in the DOM (onclick, onerror, ...): none may exist. */
  handlers: string[];
  /** Elements that stick out sideways at this width, forcing horizontal scrolling (WCAG 1.4.10 Reflow). */
  overloop: string[];
  /** Executable scripts in the DOM: their src, or the size of an inline script and whether the page's CSP lists its hash. */
  scripts: { src: string; inlineBytes: number; gehasht: boolean }[];
}

export interface PassOptions {
  /** Server root: "http://127.0.0.1:1234/base/". */
  origin: string;
  /** Paths under the base: "/", "/inzichten/x/". */
  urls: string[];
  breedtes?: Breedte[];
  /** Run axe on every page (the hostile-content pass only watches scripts and requests). */
  axe?: boolean;
  /** Pages open at once per width. */
  parallel?: number;
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Visits every URL once in one browser, a few tabs at a time, and records what a reviewer would
 * look at: axe-core violations at every width (the viewport is resized on the loaded page, so
 * each URL is fetched once), CSP reports, console errors, dialogs, requests that try to leave the
 * origin, the bytes transferred and every reference to another resource.
 */
export async function sitePass(browser: Browser, opts: PassOptions): Promise<PaginaResultaat[]> {
  const { origin, urls, breedtes = ['desktop', 'telefoon'], axe = true, parallel = 3 } = opts;
  const own = new URL(origin).origin;
  const results: PaginaResultaat[] = [];
  const context = await browser.newContext({ viewport: WIDTHS[breedtes[0]] });
  const queue = [...urls];
  await Promise.all(
    Array.from({ length: Math.min(parallel, urls.length) }, async () => {
      const page = await context.newPage();
      const extern: string[] = [];
      // Nothing may leave the origin: every request elsewhere is recorded (and fails: there is no network).
      page.on('request', (req) => {
        const u = req.url();
        if (!/^(data|blob|about):/.test(u) && new URL(u).origin !== own) extern.push(u);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(
            `${e.effectiveDirective} blokkeert ${e.blockedURI || '(inline)'}${e.sourceFile ? ` in ${e.sourceFile}:${e.lineNumber}` : ''}`,
          ),
        );
      });
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
        extern.length = 0;
        results.push(...(await visit(page, origin, url, breedtes, axe, extern)));
      }
      await page.close();
    }),
  );
  await context.close();
  return results.sort((a, b) => a.url.localeCompare(b.url) || a.breedte.localeCompare(b.breedte));
}

async function visit(
  page: Page,
  origin: string,
  url: string,
  breedtes: Breedte[],
  runAxe: boolean,
  externShared: string[],
): Promise<PaginaResultaat[]> {
  const r: PaginaResultaat = {
    url,
    breedte: breedtes[0],
    status: 0,
    axe: [],
    csp: [],
    fouten: [],
    dialogen: [],
    extern: [],
    mislukt: [],
    resources: [],
    verwijzingen: [],
    ids: [],
    scripts: [],
    overloop: [],
    handlers: [],
  };
  const andere: PaginaResultaat[] = [];
  const own = new URL(origin).origin;
  const pending: Promise<void>[] = [];
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) r.csp.push(m.text());
    else if (m.type() === 'error') r.fouten.push(m.text());
  };
  const onError = (e: Error) => r.fouten.push(`${e.name}: ${e.message}`);
  const onDialog = (d: { type(): string; message(): string; dismiss(): Promise<void> }) => {
    r.dialogen.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  };
  const onFinished = (req: Request) => {
    pending.push(
      (async () => {
        const res = await req.response();
        const sizes = await req.sizes().catch(() => ({ responseBodySize: 0 }));
        if (res && res.status() >= 400 && new URL(req.url()).origin === own) r.mislukt.push(`${res.status()} ${req.url()}`);
        r.resources.push({ url: req.url(), type: req.resourceType(), bytes: sizes.responseBodySize });
      })(),
    );
  };
  const onFailed = (req: Request) => {
    if (new URL(req.url()).origin === own) r.mislukt.push(`${req.failure()?.errorText ?? 'mislukt'} ${req.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('dialog', onDialog);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  try {
    await page.setViewportSize(WIDTHS[breedtes[0]]);
    const res = await page.goto(new URL(url.replace(/^\//, ''), origin).href, { waitUntil: 'load' });
    r.status = res?.status() ?? 0;
    const dom = await page.evaluate(async () => {
      const verwijzingen: { bron: string; waarde: string; absoluut: string }[] = [];
      const add = (el: Element, attr: string, waarde: string | null) => {
        if (waarde === null) return;
        let absoluut = '';
        try {
          absoluut = new URL(waarde.trim(), document.baseURI).href;
        } catch {
          absoluut = `ongeldig:${waarde}`;
        }
        verwijzingen.push({ bron: `${el.localName}[${attr}]`, waarde, absoluut });
      };
      for (const el of document.querySelectorAll('[href], [src], form[action], [srcset], [poster], object[data]')) {
        for (const attr of ['href', 'src', 'action', 'poster', 'data'])
          if (el.hasAttribute(attr) && !(attr === 'data' && el.localName !== 'object')) add(el, attr, el.getAttribute(attr));
        const srcset = el.getAttribute('srcset');
        if (srcset) for (const part of srcset.split(',')) add(el, 'srcset', part.trim().split(/\s+/)[0]);
      }
      const ids = [...document.querySelectorAll('[id]')]
        .map((e) => e.id)
        .concat([...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!));
      const policy = document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '';
      const scripts = await Promise.all(
        [...document.querySelectorAll('script')]
          .filter((s) => !/^application\/(ld\+)?json$|^importmap$|^speculationrules$/.test(s.type))
          .map(async (s) => {
            const bytes = new TextEncoder().encode(s.textContent ?? '');
            const hash = s.src ? '' : btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))));
            return { src: s.src, inlineBytes: s.src ? 0 : bytes.length, gehasht: !s.src && policy.includes(`'sha256-${hash}'`) };
          }),
      );
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`),
      );
      return { verwijzingen, ids, scripts, handlers };
    });
    r.verwijzingen = dom.verwijzingen;
    r.ids = dom.ids;
    r.scripts = dom.scripts;
    r.handlers = dom.handlers;
    if (runAxe) await page.evaluate(axeSource);
    for (const [i, breedte] of breedtes.entries()) {
      const doel =
        i === 0
          ? r
          : {
              ...r,
              breedte,
              axe: [],
              csp: [],
              fouten: [],
              dialogen: [],
              extern: [],
              mislukt: [],
              resources: [],
              verwijzingen: [],
              ids: [],
              scripts: [],
              overloop: [],
              handlers: [],
            };
      if (i > 0) {
        await page.setViewportSize(WIDTHS[breedte]);
        andere.push(doel);
      }
      if (runAxe) doel.axe = await runAxeOn(page);
      doel.overloop = await overloop(page);
    }
    r.csp.push(...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)));
  } catch (e) {
    r.fouten.push(`bezoek mislukt: ${(e as Error).message}`);
  } finally {
    await Promise.all(pending);
    page.off('console', onConsole);
    page.off('pageerror', onError);
    page.off('dialog', onDialog);
    page.off('requestfinished', onFinished);
    page.off('requestfailed', onFailed);
    r.extern = [...new Set(externShared)];
    if (url === EDITOR.pad) {
      r.extern = r.extern.filter((u) => !u.startsWith(EDITOR.lokaleBackend));
      r.fouten = r.fouten.filter((f) => !/ERR_CONNECTION_REFUSED/.test(f));
    }
  }
  return [r, ...andere];
}

/** Elements wider than the viewport when the page scrolls sideways (none when it does not). */
export async function overloop(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const breedte = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= breedte + 1) return [];
    const pad = (el: Element) => {
      const delen: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && delen.length < 4; e = e.parentElement)
        delen.unshift(
          e.localName + (e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''),
        );
      return delen.join(' > ');
    };
    const uit = [...document.body.querySelectorAll('*')].filter(
      (el) =>
        el.getBoundingClientRect().right > breedte + 1 &&
        ![...el.children].some((c) => c.getBoundingClientRect().right > breedte + 1),
    );
    return uit.slice(0, 5).map((el) => `${pad(el)} (${Math.round(el.getBoundingClientRect().right)}px > ${breedte}px)`);
  });
}

/** Runs axe-core (already injected) on the page as it is laid out now. */
export async function runAxeOn(page: Page): Promise<AxeFout[]> {
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const out = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return out.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, WCAG_TAGS);
  return violations;
}

/** Injects axe-core into a page (evaluated by the browser's DevTools protocol, so the page's CSP does not apply). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/** Pages opened on a fresh browser context: for keyboard and search tests. */
export async function openPage(browser: Browser, breedte: Breedte): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: WIDTHS[breedte],
    isMobile: breedte === 'telefoon',
    hasTouch: breedte === 'telefoon',
  });
  return { context, page: await context.newPage() };
}
