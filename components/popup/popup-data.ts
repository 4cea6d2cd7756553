// What the popup reads, in one place. The popup opens the ledger's IndexedDB itself (the same
// extension origin as the worker) instead of asking the worker: a stopped worker would first have
// to start (hundreds of ms), and the figures would be cloned through a message. The live waiting
// list comes from the worker's storage mirror (utils/waiting.ts), which it keeps current.
import { browser } from 'wxt/browser';
import { guardStatusItem } from '../../background/guard-status';
import { openLedger, type LedgerDB } from '../../background/ledger/db';
import { addRating } from '../../background/ledger/ingest';
import { guardActivity, lastDays, monthSatisfaction, todayFigures, totalOf, type DayFigures, type GuardActivity } from '../../background/ledger/queries';
import type { MonthSatisfaction } from '../../rules/metrics/satisfaction';
import type { RatingLevel } from '../../rules/metrics/events';
import type { GuardStatus } from '../../utils/messages';

export interface PopupFigures {
  today: DayFigures;
  days: DayFigures[];
  month: MonthSatisfaction & { month: string };
  activity: GuardActivity;
}

let ledger: Promise<LedgerDB> | undefined;
export const popupLedger = (): Promise<LedgerDB> => (ledger ??= openLedger());

/** performance.mark() around each read, so the open-time test can print where the time goes. */
async function timed<T>(name: string, work: Promise<T>): Promise<T> {
  const value = await work;
  performance.mark(`rg:${name}`);
  return value;
}

export async function loadFigures(now: number): Promise<PopupFigures> {
  const db = await timed('ledger-open', popupLedger());
  // lastDays includes today; today is read from it rather than computed twice.
  const [days, month, activity] = await Promise.all([timed('days', lastDays(db, 30, now)), timed('month', monthSatisfaction(db, now)), timed('activity', guardActivity(db, now))]);
  const today = days[days.length - 1] ?? (await todayFigures(db, now));
  return { today, days, month, activity };
}

export { totalOf };

let early: Promise<PopupFigures> | undefined;
/** Called first thing by the popup's entry: the reads start while preact and the settings load. */
export function startLoading(now: number): void {
  performance.mark('rg:script');
  early = loadFigures(now);
  early.catch(() => undefined);
}
/** The early reads once, then fresh ones (after a manual rating). */
export function figures(now: number): Promise<PopupFigures> {
  const first = early;
  early = undefined;
  return first ?? loadFigures(now);
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
