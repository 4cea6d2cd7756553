// What the popup, the options page and the timers ask the ledger. Plain functions over an open
// ledger handle: extension pages open the extension's own IndexedDB directly (openLedger()).
// All figures come from rules/metrics, the same code as `replyguard stats`.
import { BEIJING_OFFSET_MS, beijingDayKey, beijingDayNumber, beijingMonthKey, DAY_MS } from '../../rules/metrics/beijing-time';
import { waitingConversations, type WaitingConversation } from '../../rules/metrics/deadlines';
import { rateOf, type DayReplyStats } from '../../rules/metrics/reply-rate';
import { satisfactionOf, type MonthSatisfaction } from '../../rules/metrics/satisfaction';
import type { LintAction } from '../../utils/messages';
import type { LedgerDB } from './db';
import { cachedDailyFigures, type DailyFiguresOptions } from './day-cache';
import type { LintRecord, MessageRecord, RatingRecord } from './schema';
import { dayBounds, monthBounds } from './ranges';
import { repliesMaybeRecalledByConv, selectForTimers, WAITING_HORIZON_MS } from './select';
import { isNumericName } from '../../utils/buyer-key';

export interface DayFigures extends DayReplyStats {
  day: string;
}

/** Epoch ms of a Beijing day's midnight. */
const dayStart = (dayNumber: number) => dayNumber * DAY_MS - BEIJING_OFFSET_MS;

export async function messagesBetween(db: LedgerDB, from: number, to: number): Promise<MessageRecord[]> {
  return db.getAllFromIndex('messages', 'ts', IDBKeyRange.bound(from, to));
}

/**
 * Reply-rate figures of every Beijing day from `fromDay` to `toDay` (day numbers, inclusive), in
 * order, zeros for days without buyer messages (day-cache.ts: cached, recomputed where changed).
 */
export function dailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number): Promise<DayFigures[]>;
/** `cachedOnly`: days without a usable cached record come back as null (nothing is read for them). */
export function dailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number, options: DailyFiguresOptions): Promise<(DayFigures | null)[]>;
export function dailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number, options: DailyFiguresOptions = {}): Promise<(DayFigures | null)[]> {
  return cachedDailyFigures(db, fromDay, toDay, now, options);
}

/** Today's (Beijing) reply-rate figures. */
export async function todayFigures(db: LedgerDB, now: number): Promise<DayFigures> {
  const today = beijingDayNumber(now);
  return (await dailyFigures(db, today, today, now))[0]!;
}

/** The last `count` Beijing days up to today, oldest first (30 or 90 for the popup's charts). */
export function lastDays(db: LedgerDB, count: number, now: number): Promise<DayFigures[]> {
  const today = beijingDayNumber(now);
  return dailyFigures(db, today - count + 1, today, now);
}

/** Totals of a run of days: one rate over all their decided messages. */
export function totalOf(days: readonly DayReplyStats[]): DayReplyStats {
  const t = { eligible: 0, onTime: 0, late: 0, pending: 0 };
  for (const d of days) {
    t.eligible += d.eligible;
    t.onTime += d.onTime;
    t.late += d.late;
    t.pending += d.pending;
  }
  return { ...t, ...rateOf(t.onTime, t.late) };
}

export interface WaitingEntry extends WaitingConversation {
  site: string;
  buyerName?: string;
  /** The shop as its page last showed it (round 46), when the conversation is keyed by a shop. */
  shop?: string;
  /** The oldest waiting message's time is unknown (a 「已超时」 card): possibly overdue, not counted. */
  timeUnknown?: boolean;
  /**
   * Round 67: the agent replied after the waiting message, but that reply may be the one a recall notice stands for
   * (`maybeRecalled`, ingest.ts): taken as waiting from the buyer's message (its time is known), answered or not unknown.
   */
  replyMaybeRecalled?: boolean;
}

/** Conversations with a buyer awaiting a reply, most urgent first (the badge counts these). */
export async function waitingList(db: LedgerDB, now: number): Promise<WaitingEntry[]> {
  const records = await messagesBetween(db, now - WAITING_HORIZON_MS, Number.MAX_SAFE_INTEGER);
  const byConv = new Map<string, MessageRecord>();
  const names = new Map<string, string>();
  const shops = new Map<string, string>();
  const unknownTime = new Set<string>();
  for (const r of records) {
    // The name shown: the latest nickname, or a numeric id only while no nickname was seen (the
    // header shows the buyer's id until the nickname loads; utils/buyer-key.ts).
    if (r.buyerName && (!isNumericName(r.buyerName) || !names.has(r.conv))) names.set(r.conv, r.buyerName);
    if (r.shop) shops.set(r.conv, r.shop);
    if (r.dir !== 'in') continue;
    byConv.set(r.conv, r);
    if (r.timeUnknown) unknownTime.add(`${r.conv}\u0001${r.id}`);
  }
  const maybeRecalled = repliesMaybeRecalledByConv(records);
  return waitingConversations(selectForTimers(records)).map((w) => {
    const last = byConv.get(w.conv);
    const name = names.get(w.conv);
    const shop = shops.get(w.conv);
    const entry: WaitingEntry = { ...w, site: last?.site ?? '', ...(name ? { buyerName: name } : {}), ...(shop ? { shop } : {}) };
    if (unknownTime.has(`${w.conv}\u0001${w.anchorId}`)) {
      entry.timeUnknown = true;
      entry.counted = false;
    }
    if ((maybeRecalled.get(w.conv) ?? -Infinity) >= w.anchorTs) entry.replyMaybeRecalled = true;
    return entry;
  });
}

export async function ratingsBetween(db: LedgerDB, from: number, to: number): Promise<RatingRecord[]> {
  return db.getAllFromIndex('ratings', 'at', IDBKeyRange.bound(from, to));
}

/** Satisfaction of the month `monthBounds(now)` names, from that month's ratings. */
export function satisfactionFrom(ratings: readonly Pick<RatingRecord, 'rating'>[], now: number): MonthSatisfaction & { month: string } {
  const counts = { satisfied: 0, neutral: 0, disappointed: 0 };
  for (const r of ratings) counts[r.rating]++;
  return { month: beijingMonthKey(now), ...satisfactionOf(counts) };
}

/** Satisfaction of the Beijing month containing `now` (rule 3.1.2). */
export async function monthSatisfaction(db: LedgerDB, now: number): Promise<MonthSatisfaction & { month: string }> {
  const { from, to } = monthBounds(now);
  return satisfactionFrom(await ratingsBetween(db, from, to), now);
}

export interface GuardActivity {
  day: string;
  total: number;
  byAction: Record<LintAction, number>;
  /** Per clause ('2.3' …) per action. */
  byClause: Record<string, Record<LintAction, number>>;
}

const noActions = (): Record<LintAction, number> => ({ block: 0, warn: 0, override: 0, fix: 0 });

/** Guard decisions by clause and action, from the day's lint events (`dayBounds(now)`). */
export function activityFrom(events: readonly Pick<LintRecord, 'action' | 'clause'>[], now: number): GuardActivity {
  const activity: GuardActivity = { day: beijingDayKey(now), total: 0, byAction: noActions(), byClause: {} };
  for (const e of events) {
    activity.total++;
    activity.byAction[e.action]++;
    (activity.byClause[e.clause] ??= noActions())[e.action]++;
  }
  return activity;
}

/** Today's guard decisions by clause and action. */
export async function guardActivity(db: LedgerDB, now: number): Promise<GuardActivity> {
  const { from, to } = dayBounds(now);
  return activityFrom(await db.getAllFromIndex('lint', 'at', IDBKeyRange.bound(from, to)), now);
}
