/**
 * Dutch month and day names for the date library inside Decap's bundle (Day.js), which writes
 * the dates on the workflow cards ("December 1" in English). Decap neither exposes the library
 * nor gives it Dutch. Its bundle's module loader lists its chunks in `webpackChunkDecapCms`; a
 * chunk pushed onto that list is handed the loader, which gives out the library's module.
 * When the library is not found (another Decap version), nothing changes and the caller writes
 * dates in numbers; the browser test (test/cms.browser.test.ts) fails if that ever happens.
 */
import { MAANDEN } from '../utils/datum.ts';
import { DATUM_VOLUIT } from './nederlands.ts';

const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loader = ((id: string) => any) & { m?: Record<string, unknown> };

/** Day.js among the bundle's modules: a function with `isDayjs`, `locale` and its table of locales. */
function zoekDayjs(laad: Loader): any {
  for (const [id, fabriek] of Object.entries(laad.m ?? {})) {
    if (!String(fabriek).includes('isDayjs')) continue;
    try {
      const module = laad(id);
      const dayjs = typeof module === 'function' ? module : module?.default;
      if (typeof dayjs?.isDayjs === 'function' && typeof dayjs.locale === 'function' && dayjs.Ls?.en) return dayjs;
    } catch {
      // not the library after all
    }
  }
  return undefined;
}

/** Gives the bundle's Day.js Dutch names and makes Dutch the language of every date; true when that worked. */
export function maakMaandenNederlands(win: Window & { webpackChunkDecapCms?: unknown[] }): boolean {
  const chunks = win.webpackChunkDecapCms;
  if (!Array.isArray(chunks)) return false;
  let dayjs: any;
  chunks.push([[`inzichtenbank-maandnamen`], {}, (laad: Loader) => (dayjs = zoekDayjs(laad))]);
  if (!dayjs) return false;
  dayjs.locale({
    ...dayjs.Ls.en,
    name: 'nl',
    months: MAANDEN,
    monthsShort: MAANDEN.map((m) => m.slice(0, 3)),
    weekdays: DAGEN,
    weekdaysShort: DAGEN.map((d) => d.slice(0, 2)),
    weekdaysMin: DAGEN.map((d) => d.slice(0, 2)),
    weekStart: 1,
  });
  return dayjs.locale() === 'nl' && dayjs(new Date(2026, 11, 1)).format(DATUM_VOLUIT) === '1 december 2026';
}
