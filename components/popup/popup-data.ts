// What the popup reads, in one place. The popup opens the ledger's IndexedDB itself (the same
// extension origin as the worker) instead of asking the worker: a stopped worker would first have
// to start (hundreds of ms), and the figures would be cloned through a message. The live waiting
// list comes from the worker's storage mirror (utils/waiting.ts), which it keeps current.
import { browser } from 'wxt/browser';
import { guardStatusItem } from '../../background/guard-status';
import { openLedger, type LedgerDB } from '../../background/ledger/db';
import { addRating } from '../../background/ledger/ingest';
import { dailyFigures, guardActivity, monthSatisfaction, totalOf, type DayFigures, type GuardActivity } from '../../background/ledger/queries';
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { MonthSatisfaction } from '../../rules/metrics/satisfaction';
import type { RatingLevel } from '../../rules/metrics/events';
import type { GuardStatus } from '../../utils/messages';

/** The first thing on screen: today's reply rate. */
export interface TodayFigures {
  today: DayFigures;
}

/** Drawn a frame later: the chart's days (null while the worker fills missing ones), this month, today's guard. */
export interface RestFigures {
  days: DayFigures[] | null;
  month: MonthSatisfaction & { month: string };
  activity: GuardActivity;
}

const CHART_DAYS = 30;

let ledger: Promise<LedgerDB> | undefined;
export const popupLedger = (): Promise<LedgerDB> => (ledger ??= openLedger());

/** performance.mark() around each read, so the open-time test can print where the time goes. */
async function timed<T>(name: string, work: Promise<T>): Promise<T> {
  const value = await work;
  performance.mark(`rg:${name}`);
  return value;
}

/**
 * Today's figures: today's cached record, with only the conversations that changed (or whose
 * pending message turned late) recomputed; without a record, today's messages through the time
 * index. Never more than one day of messages.
 */
export async function loadToday(now: number): Promise<TodayFigures> {
  const db = await timed('ledger-open', popupLedger());
  const day = beijingDayNumber(now);
  const [today] = await timed('today', dailyFigures(db, day, day, now));
  return { today: today! };
}

/** The 29 days before today from the cache only; when some are missing the worker computes them. */
async function chartDays(db: LedgerDB, today: DayFigures, now: number): Promise<DayFigures[] | null> {
  const day = beijingDayNumber(now);
  const cached = await dailyFigures(db, day - CHART_DAYS + 1, day - 1, now, { cachedOnly: true });
  if (cached.every((d) => d !== null)) return [...(cached as DayFigures[]), today];
  return null;
}

/** Asks the worker to fill the chart's missing days, then reads them (computed here if the worker could not). */
export async function fillChartDays(today: DayFigures, now: number): Promise<DayFigures[]> {
  const db = await popupLedger();
  const day = beijingDayNumber(now);
  try {
    await browser.runtime.sendMessage({ type: 'refresh-days', fromDay: day - CHART_DAYS + 1, toDay: day - 1, now });
  } catch {
    // no worker reply: computed below
  }
  return [...(await dailyFigures(db, day - CHART_DAYS + 1, day - 1, now)), today];
}

export async function loadRest(today: DayFigures, now: number): Promise<RestFigures> {
  const db = await popupLedger();
  const [days, month, activity] = await Promise.all([timed('days', chartDays(db, today, now)), timed('month', monthSatisfaction(db, now)), timed('activity', guardActivity(db, now))]);
  return { days, month, activity };
}

export { totalOf };

let early: Promise<TodayFigures> | undefined;
let earlyValue: TodayFigures | null = null;
/** Called first thing by the popup's entry: the ledger opens while preact and the settings load. */
export function startLoading(now: number): void {
  performance.mark('rg:script');
  early = loadToday(now);
  early.then((v) => (earlyValue = v), () => undefined);
}
/**
 * Resolves when the early read is done, or after `capMs`: the entry renders once, with today's
 * figures, instead of drawing a placeholder while the ledger opens (that first render held the
 * main thread the ledger's answer was waiting for).
 */
export function earlyReadSettled(capMs: number): Promise<void> {
  return Promise.race([early?.then(() => undefined, () => undefined) ?? Promise.resolve(), new Promise<void>((resolve) => setTimeout(resolve, capMs))]);
}
/** The early read's figures when they are already there (the popup's first render), once. */
export function takeEarlyToday(): TodayFigures | null {
  const value = earlyValue;
  if (value) {
    earlyValue = null;
    early = undefined;
  }
  return value;
}
/** The early read once, then fresh ones (after a manual rating). */
export function todayFigures(now: number): Promise<TodayFigures> {
  const first = early;
  early = undefined;
  return first ?? loadToday(now);
}

/** A rating the agent enters by hand (e.g. told on the phone): the ledger's own addRating path. */
export async function addManualRating(rating: RatingLevel, now: number): Promise<boolean> {
  const added = await addRating(await popupLedger(), { site: 'manual', conv: '', at: now, rating, source: 'manual', id: `manual:${now}` });
  return added === true;
}

export type TabGuard = { kind: 'attached' | 'detached'; status: GuardStatus } | { kind: 'unsupported' };

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
  if (!status) return { kind: 'unsupported' };
  return { kind: status.attached ? 'attached' : 'detached', status };
}

/** Ask the worker to bring forward the tab showing `conv` (the same path as an alert click). */
export async function focusConversation(conv: string): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'focus-conversation', conv })) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
