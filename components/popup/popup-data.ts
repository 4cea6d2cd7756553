// What the popup reads, in one place. The popup opens the ledger's IndexedDB itself (the same
// extension origin as the worker) instead of asking the worker: a stopped worker would first have
// to start (hundreds of ms), and the figures would be cloned through a message. The live waiting
// list comes from the worker's storage mirror (utils/waiting.ts), which it keeps current.
import { browser } from 'wxt/browser';
import { guardStatusItem } from '../../background/guard-status';
import { unwrap, wrap } from 'idb';
import { openLedger, type LedgerDB } from '../../background/ledger/db';
import { EARLY_GLOBAL, POPUP_CHART_DAYS, readPopupRecords, type EarlyLedger, type PopupRecords } from '../../background/ledger/popup-reads';
import { monthBounds } from '../../background/ledger/ranges';
import { activityFrom, dailyFigures, satisfactionFrom, totalOf, type DayFigures, type GuardActivity } from '../../background/ledger/queries';
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { MonthSatisfaction } from '../../rules/metrics/satisfaction';
import type { RatingLevel } from '../../rules/metrics/events';
import type { GuardStatus } from '../../utils/messages';
import { isOrphanedTab } from '../../utils/content-scripts';

/** Everything the popup shows from the ledger, read as of one clock. */
export interface PopupFigures {
  /** The clock they were computed at. */
  at: number;
  /** Round 63: server − PC (ms) of that clock (0: the PC's, as the early read is); the snapshot is judged by it. */
  skew?: number;
  today: DayFigures;
  /** The chart's 30 days (today last); null while the worker fills days missing from the cache. */
  days: DayFigures[] | null;
  month: MonthSatisfaction & { month: string };
  /** Round 48: last month's satisfaction (what rule 3.1.2 judges after the month turns). */
  lastMonth?: MonthSatisfaction & { month: string };
  activity: GuardActivity;
}

let ledger: Promise<LedgerDB> | undefined;
/** The early script's connection (entrypoints/popup-early.ts) when it got one, else a normal open. */
export const popupLedger = (): Promise<LedgerDB> =>
  (ledger ??= (earlyLedger()?.db.then((db) => wrap(db) as unknown as LedgerDB) ?? Promise.reject(new Error('no early open'))).catch(() => openLedger()));

const earlyLedger = (): EarlyLedger | undefined => (globalThis as Record<string, unknown>)[EARLY_GLOBAL] as EarlyLedger | undefined;

/** performance.mark() around each read, so the open-time test can print where the time goes. */
async function timed<T>(name: string, work: Promise<T>): Promise<T> {
  const value = await work;
  performance.mark(`rg:${name}`);
  return value;
}

/**
 * The popup's figures as of `records.now`: the chart's days and today from the day cache (today's
 * record patched for the conversations that changed; without a record, today's messages through
 * the time index: never more than one day of messages), this month's satisfaction and today's
 * guard activity from the records read in the same transaction.
 */
async function figuresOf(db: LedgerDB, records: PopupRecords): Promise<PopupFigures> {
  const { now } = records;
  const day = beijingDayNumber(now);
  const cached = await dailyFigures(db, day - POPUP_CHART_DAYS + 1, day, now, { cachedOnly: true, found: records.days });
  const today = cached[cached.length - 1] ?? (await dailyFigures(db, day, day, now))[0]!;
  const before = cached.slice(0, -1);
  const days = before.every((d) => d !== null) ? [...(before as DayFigures[]), today] : null;
  const lastMonthAt = monthBounds(now).from - 1;
  return {
    at: now,
    today,
    days,
    month: satisfactionFrom(records.ratings, now),
    lastMonth: satisfactionFrom(records.lastRatings ?? [], lastMonthAt),
    activity: activityFrom(records.lint, now),
  };
}

let earlyRecords = earlyLedger()?.records;

/** All figures: from the early script's reads when they are for `now`, else read here. */
export async function loadFigures(now: number): Promise<PopupFigures> {
  // The early reads serve the first load only (a reload after a manual rating reads again).
  const early = earlyRecords;
  earlyRecords = undefined;
  const db = await timed('ledger-open', popupLedger());
  const fromEarly = early?.then((r) => (r.now === now ? r : Promise.reject(new Error('other clock'))));
  const records = await timed('records', fromEarly?.catch(() => readPopupRecords(unwrap(db), now)) ?? readPopupRecords(unwrap(db), now));
  return timed('figures', figuresOf(db, records));
}

/** Asks the worker to fill the chart's missing days, then reads them (computed here if the worker could not). */
export async function fillChartDays(today: DayFigures, now: number): Promise<DayFigures[]> {
  const db = await popupLedger();
  const day = beijingDayNumber(now);
  try {
    await browser.runtime.sendMessage({ type: 'refresh-days', fromDay: day - POPUP_CHART_DAYS + 1, toDay: day - 1, now });
  } catch {
    // no worker reply: computed below
  }
  return [...(await dailyFigures(db, day - POPUP_CHART_DAYS + 1, day - 1, now)), today];
}

export { totalOf };

/** The clock of this open: the early script's, so its reads are used as they are. */
export const openedAt = (): number => earlyLedger()?.now ?? Date.now();

let early: Promise<PopupFigures> | undefined;
let earlyValue: PopupFigures | null = null;
/** Called first thing by the popup's entry: the figures load while preact and the settings load. */
export function startLoading(now: number): void {
  performance.mark('rg:script');
  early = loadFigures(now);
  early.then((v) => (earlyValue = v), () => undefined);
}
/**
 * Resolves when the early read is done, or after `capMs`: the entry renders once, with the
 * figures, instead of drawing a placeholder while the ledger opens (that first render held the
 * main thread the ledger's answer was waiting for).
 */
export function earlyReadSettled(capMs: number): Promise<void> {
  return Promise.race([early?.then(() => undefined, () => undefined) ?? Promise.resolve(), new Promise<void>((resolve) => setTimeout(resolve, capMs))]);
}
/** The early read's figures when they are already there (the popup's first render), once. */
export function takeEarlyFigures(): PopupFigures | null {
  const value = earlyValue;
  if (value) {
    earlyValue = null;
    early = undefined;
  }
  return value;
}
/** The early read once, then fresh ones (after a manual rating). */
export function popupFigures(now: number): Promise<PopupFigures> {
  const first = early;
  early = undefined;
  return first ?? loadFigures(now);
}

/** A rating the agent enters by hand (e.g. told on the phone): the ledger's own addRating path. */
/** A hand-recorded rating's key: (no conversation, `manual:<time>`). */
const manualKey = (at: number): [string, string] => ['', `manual:${at}`];

export async function addManualRating(rating: RatingLevel, now: number): Promise<boolean> {
  // Loaded on the first click: ingestion code is not needed to open the popup.
  const { addRating } = await import('../../background/ledger/ingest');
  const added = await addRating(await popupLedger(), { site: 'manual', conv: '', at: now, rating, source: 'manual', id: manualKey(now)[1] });
  return added === true;
}

/** Takes back the rating recorded by hand at `at` (a mis-click would otherwise count in the month's 满意率 for good). */
export async function removeManualRating(at: number): Promise<void> {
  await (await popupLedger()).delete('ratings', manualKey(at));
}

export type TabGuard = { kind: 'attached' | 'detached'; status: GuardStatus } | { kind: 'unsupported' | 'stale' };

/**
 * The guard's state on the tab the popup belongs to. `?tab=<id>` names the tab when the popup page
 * is opened in a tab of its own (tests, or a pinned popup); else the active tab of this window.
 */
export async function tabGuard(): Promise<TabGuard> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(fromQuery) && fromQuery > 0 ? { id: fromQuery } : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  // The content script reports on every page load (background/guard-status.ts); a tab it never
  // ran in has no entry. (Without the "tabs" permission the popup cannot see the tab's URL.)
  const status = tab?.id === undefined ? undefined : (await guardStatusItem.getValue())[String(tab.id)];
  // Round 51: a page the content script should run on whose copy outlived the extension (updated or reloaded, and the
  // new version could not put a copy there): nothing there is timed until the agent reloads it.
  if (!status) return tab?.id !== undefined && (await isOrphanedTab(tab.id).catch(() => false)) ? { kind: 'stale' } : { kind: 'unsupported' };
  return { kind: status.attached ? 'attached' : 'detached', status };
}

/** Ask the worker to bring forward the tab showing `conv` (the same path as an alert click). */
export async function focusConversation(conv: string, name?: string): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'focus-conversation', conv, ...(name ? { name } : {}) })) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
