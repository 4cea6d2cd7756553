// Daily reply-rate figures with a cache, so the popup's 90-day chart does not re-read 90 days of
// messages (≈500k records for a busy shop) each time it opens.
//
// - A FINISHED day (every deadline passed) is cached for good. A new message that touches it
//   (an import, a late backfill) deletes the record.
// - An UNFINISHED day (today) is cached per conversation: each conversation's share of the day
//   and when its next pending message turns late. A new message marks only its conversation
//   dirty (`<day>#dirty`), and the next query recomputes just that conversation — reply timing,
//   card superseding and "is there any reply at all" are all decided within one conversation.
// - Any record is used only for a `now` in [validFrom, validUntil); a query "as of" an earlier
//   time (like `stats --now`) recomputes.
import { BEIJING_OFFSET_MS, beijingDayKey, DAY_MS, dayKeyFromDayNumber, daysFromCivil } from '../../rules/metrics/beijing-time';
import type { ChatMessage } from '../../rules/metrics/events';
import { classifyBuyerMessages, dailyReplyStats, rateOf, REPLY_LIMIT_MS, type BuyerMessageOutcome, type DayReplyStats } from '../../rules/metrics/reply-rate';
import type { LedgerDB } from './db';
import type { ConvShare, DayRecord, DirtyMark, MessageRecord } from './schema';
import { DAY_CONTEXT_MS, selectForMetrics } from './select';
import { daysKeyRange, DIRTY } from './ranges';

/** Bump when the meaning of cached figures changes (selection or metric code): old records are ignored. */
export const DAY_CACHE_VERSION = 3;
/** A run of this many missing days is read with one scan of the store rather than the time index. */
const FULL_SCAN_DAYS = 30;

export const EMPTY_DAY: DayReplyStats = { eligible: 0, onTime: 0, late: 0, pending: 0, rate: null, compliant: null };

/** Epoch ms of a Beijing day's midnight. */
export const dayStart = (dayNumber: number) => dayNumber * DAY_MS - BEIJING_OFFSET_MS;
const dayNumberOf = (key: string) => daysFromCivil(+key.slice(0, 4), +key.slice(5, 7), +key.slice(8, 10));
/** From this moment every buyer message of the day is decided. */
const settledAt = (dayNumber: number) => dayStart(dayNumber + 1) + REPLY_LIMIT_MS + 1;

/** The days whose figures a message at `ts` may change (its own, and half an hour either side). */
export function daysTouchedBy(ts: number): string[] {
  return [...new Set([beijingDayKey(ts - DAY_CONTEXT_MS), beijingDayKey(ts), beijingDayKey(ts + DAY_CONTEXT_MS)])];
}

type DaysStore = {
  get(key: string): Promise<DayRecord | DirtyMark | undefined>;
  getAllKeys(): Promise<string[]>;
  put(value: DayRecord | DirtyMark): Promise<unknown>;
  delete(key: string): Promise<void>;
};

/**
 * Inside an ingest transaction: `touched` maps each day to the conversations that got a message
 * there. Every touched day gets its conversations marked dirty (a query patches or recomputes
 * it); a finished day also loses its record at once. A message stamped well after `now` (an
 * import of future data) may decide any earlier pending message of its conversation: it marks
 * every day.
 */
export async function invalidateDays(days: DaysStore, messages: readonly Pick<MessageRecord, 'conv' | 'ts'>[], now: number): Promise<void> {
  const touched = new Map<string, Set<string>>();
  const mark = (day: string, conv: string) => {
    let convs = touched.get(day);
    if (!convs) touched.set(day, (convs = new Set()));
    convs.add(conv);
  };
  let allKeys: string[] | undefined;
  for (const m of messages) {
    for (const day of daysTouchedBy(m.ts)) mark(day, m.conv);
    // Within half an hour of `now` (clock skew) the touched days already cover what it decides.
    if (m.ts > now + DAY_CONTEXT_MS) {
      allKeys ??= (await days.getAllKeys()).filter((k) => !k.endsWith(DIRTY));
      for (const day of allKeys) mark(day, m.conv);
    }
  }
  for (const [day, convs] of touched) {
    if (now >= settledAt(dayNumberOf(day))) await days.delete(day);
    const marked = (await days.get(day + DIRTY)) as DirtyMark | undefined;
    // `seq` tells a query that read the marks whether they were set again while it computed (see below).
    await days.put({ day: day + DIRTY, convs: [...new Set([...(marked?.convs ?? []), ...convs])], seq: (marked?.seq ?? 0) + 1 });
  }
}

function shareTotals(convs: Record<string, ConvShare>): DayReplyStats & { validFrom: number; validUntil: number } {
  let eligible = 0, onTime = 0, late = 0, pending = 0, validFrom = -Infinity, validUntil = Infinity;
  for (const s of Object.values(convs)) {
    eligible += s.e;
    onTime += s.o;
    late += s.l;
    pending += s.p;
    validFrom = Math.max(validFrom, s.at);
    validUntil = Math.min(validUntil, s.flip);
  }
  return { eligible, onTime, late, pending, ...rateOf(onTime, late), validFrom, validUntil };
}

/** One conversation's share of each day, from its outcomes (all of that conversation's messages). */
function sharesOf(outcomes: readonly BuyerMessageOutcome[], now: number, days?: ReadonlySet<string>): Map<string, Map<string, ConvShare>> {
  const byDay = new Map<string, Map<string, ConvShare>>();
  for (const o of outcomes) {
    if (!o.eligible || (days && !days.has(o.day))) continue;
    let convs = byDay.get(o.day);
    if (!convs) byDay.set(o.day, (convs = new Map()));
    let s = convs.get(o.conv);
    if (!s) convs.set(o.conv, (s = { e: 0, o: 0, l: 0, p: 0, flip: Infinity, at: now }));
    s.e++;
    if (o.status === 'onTime') s.o++;
    else if (o.status === 'late') s.l++;
    else {
      s.p++;
      s.flip = Math.min(s.flip, o.deadline + 1);
    }
  }
  return byDay;
}

const convRange = (conv: string) => IDBKeyRange.bound([conv], [conv, []]);

/** Every outcome of one conversation, from all of its records. */
async function conversationOutcomes(db: LedgerDB, conv: string, now: number): Promise<BuyerMessageOutcome[]> {
  return classifyBuyerMessages(selectForMetrics(await db.getAll('messages', convRange(conv))), now);
}

/**
 * Outcomes of a run of days read with context: a message still "pending" in the window may have a
 * reply beyond it (a query as of a past `now`), which makes it late — as `stats --now` says.
 */
async function runOutcomes(db: LedgerDB, selected: readonly ChatMessage[], now: number): Promise<BuyerMessageOutcome[]> {
  const outcomes = classifyBuyerMessages(selected, now);
  const pendingConvs = new Set(outcomes.filter((o) => o.eligible && o.status === 'pending').map((o) => o.conv));
  if (!pendingConvs.size) return outcomes;
  const exact = new Map<string, BuyerMessageOutcome>();
  for (const conv of pendingConvs) for (const o of await conversationOutcomes(db, conv, now)) exact.set(`${o.conv}\u0001${o.id}`, o);
  return outcomes.map((o) => (o.status === 'pending' ? (exact.get(`${o.conv}\u0001${o.id}`) ?? o) : o));
}

const pick = (r: DayReplyStats): DayReplyStats => ({ eligible: r.eligible, onTime: r.onTime, late: r.late, pending: r.pending, rate: r.rate, compliant: r.compliant });
const usable = (r: DayRecord, now: number) => r.v === DAY_CACHE_VERSION && r.validFrom <= now && now < r.validUntil;

export interface DailyFiguresOptions {
  /**
   * Days that need a read of their messages (no usable record) come back as null instead of being
   * computed: the popup takes what is cached and leaves the bulk work to the worker.
   */
  cachedOnly?: boolean;
  /**
   * The `days` store's records in `daysKeyRange(fromDay, toDay)`, already read (the popup starts
   * that read before its code has loaded): used instead of reading them again.
   */
  found?: readonly (DayRecord | DirtyMark)[];
}

/** Figures of Beijing days `fromDay`..`toDay` (inclusive, in order; zeros for quiet days). */
export async function cachedDailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number): Promise<(DayReplyStats & { day: string })[]>;
export async function cachedDailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number, options: DailyFiguresOptions): Promise<((DayReplyStats & { day: string }) | null)[]>;
export async function cachedDailyFigures(db: LedgerDB, fromDay: number, toDay: number, now: number, options: DailyFiguresOptions = {}): Promise<((DayReplyStats & { day: string }) | null)[]> {
  const keys: string[] = [];
  for (let d = fromDay; d <= toDay; d++) keys.push(dayKeyFromDayNumber(d));
  const found = options.found ?? (await db.getAll('days', IDBKeyRange.bound(...daysKeyRange(fromDay, toDay))));
  const records = new Map<string, DayRecord>();
  const dirty = new Map<string, string[]>();
  const dirtySeq = new Map<string, number | undefined>();
  for (const r of found) {
    if (r.day.endsWith(DIRTY)) {
      dirty.set(r.day.slice(0, -DIRTY.length), (r as DirtyMark).convs);
      dirtySeq.set(r.day.slice(0, -DIRTY.length), (r as DirtyMark).seq);
    }
    else records.set(r.day, r as DayRecord);
  }

  const result = new Map<string, DayReplyStats>();
  const writes: DayRecord[] = [];
  const missing: (readonly [string, number])[] = [];
  for (const [i, key] of keys.entries()) {
    const rec = records.get(key);
    const convs = dirty.get(key);
    // An unfinished day's conversations to recompute: those that got a message, and those whose
    // pending message has turned late since (`flip` passed). The others' shares still hold.
    const stale = rec?.convs && rec.v === DAY_CACHE_VERSION && now >= rec.validFrom ? [...new Set([...(convs ?? []), ...Object.keys(rec.convs).filter((c) => rec.convs![c]!.flip <= now)])] : null;
    if (rec && usable(rec, now) && !convs?.length) {
      result.set(key, pick(rec));
    } else if (rec?.convs && stale?.length) {
      // Recompute only the conversations that changed.
      const shares = { ...rec.convs };
      for (const conv of stale) {
        const share = sharesOf(await conversationOutcomes(db, conv, now), now, new Set([key])).get(key)?.get(conv);
        if (share) shares[conv] = share;
        else delete shares[conv];
      }
      const totals = shareTotals(shares);
      const patched: DayRecord = { ...pick(totals), day: key, v: DAY_CACHE_VERSION, computedAt: now, validFrom: totals.validFrom, validUntil: totals.validUntil, convs: shares };
      if (usable(patched, now)) {
        result.set(key, pick(patched));
        writes.push(patched);
      } else {
        missing.push([key, fromDay + i]);
      }
    } else {
      missing.push([key, fromDay + i]);
    }
  }

  // One read per run of consecutive missing days, with half an hour of context on both sides.
  for (const run of options.cachedOnly ? [] : consecutiveRuns(missing)) {
    const first = run[0]![1];
    const last = run[run.length - 1]![1];
    const from = dayStart(first) - DAY_CONTEXT_MS;
    const to = dayStart(last + 1) + DAY_CONTEXT_MS;
    const read: MessageRecord[] =
      run.length >= FULL_SCAN_DAYS
        ? (await db.getAll('messages')).filter((r) => r.ts >= from && r.ts <= to)
        : await db.getAllFromIndex('messages', 'ts', IDBKeyRange.bound(from, to));
    const selected = selectForMetrics(read);
    const finished = run.filter(([, d]) => now >= settledAt(d));
    const open = run.filter(([, d]) => now < settledAt(d));
    if (finished.length) {
      const stats = dailyReplyStats(selected, now);
      for (const [key, d] of finished) {
        const figures = stats[key] ?? EMPTY_DAY;
        result.set(key, figures);
        writes.push({ ...figures, day: key, v: DAY_CACHE_VERSION, computedAt: now, validFrom: settledAt(d), validUntil: Infinity });
      }
    }
    if (open.length) {
      const shares = sharesOf(await runOutcomes(db, selected, now), now, new Set(open.map(([k]) => k)));
      for (const [key] of open) {
        const convs = Object.fromEntries(shares.get(key) ?? []);
        const totals = shareTotals(convs);
        result.set(key, pick(totals));
        writes.push({ ...pick(totals), day: key, v: DAY_CACHE_VERSION, computedAt: now, validFrom: Math.max(totals.validFrom, now), validUntil: totals.validUntil, convs });
      }
    }
  }

  if (writes.length) {
    // Conversations marked dirty since this query read the marks (another context ingested
    // meanwhile) stay marked; a finished day with such marks is not cached this time.
    const tx = db.transaction('days', 'readwrite');
    const marks = new Map<string, DirtyMark>();
    for (const r of await tx.store.getAll(IDBKeyRange.bound(...daysKeyRange(fromDay, toDay)))) {
      if (r.day.endsWith(DIRTY)) marks.set(r.day.slice(0, -DIRTY.length), r as DirtyMark);
    }
    for (const rec of writes) {
      const mark = marks.get(rec.day);
      // A conversation marked again after this query read the marks (its seq moved on) changed after it was
      // computed here: it stays marked, like one marked only since.
      const seen = new Set(mark && mark.seq !== dirtySeq.get(rec.day) ? [] : (dirty.get(rec.day) ?? []));
      const marked = mark?.convs;
      const newer = (marked ?? []).filter((c) => !seen.has(c));
      if (newer.length) void tx.store.put({ day: rec.day + DIRTY, convs: newer, seq: mark?.seq });
      else if (marked) void tx.store.delete(rec.day + DIRTY);
      if (!newer.length || rec.convs) void tx.store.put(rec);
    }
    await tx.done;
  }
  return keys.map((day) => {
    const figures = result.get(day);
    return figures ? { day, ...figures } : null;
  });
}

function consecutiveRuns<T extends readonly [string, number]>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]![1] === item[1] - 1) run.push(item);
    else runs.push([item]);
  }
  return runs;
}
