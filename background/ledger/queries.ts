// What the popup, the options page and the timers ask the ledger. Plain functions over an open
// ledger handle: extension pages open the extension's own IndexedDB directly (openLedger()).
// All figures come from rules/metrics, the same code as `replyguard stats`.
import { BEIJING_OFFSET_MS, beijingDayKey, beijingDayNumber, beijingMonthKey, DAY_MS } from '../../rules/metrics/beijing-time';
import { waitingConversations, type WaitingConversation } from '../../rules/metrics/deadlines';
import { rateOf, type DayReplyStats } from '../../rules/metrics/reply-rate';
import { satisfactionOf, type MonthSatisfaction } from '../../rules/metrics/satisfaction';
import type { LintAction } from '../../utils/messages';
import type { LedgerDB } from './db';
import { cachedDailyFigures, invalidateDays, type DailyFiguresOptions } from './day-cache';
import { toLintRecord, toMessageRecord, toRatingRecord } from './ingest';
import { LEDGER_VERSION, type LintRecord, type MessageRecord, type RatingRecord } from './schema';
import { selectForMetrics, selectForTimers, WAITING_HORIZON_MS } from './select';

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
}

/** Conversations with a buyer awaiting a reply, most urgent first (the badge counts these). */
export async function waitingList(db: LedgerDB, now: number): Promise<WaitingEntry[]> {
  const records = await messagesBetween(db, now - WAITING_HORIZON_MS, Number.MAX_SAFE_INTEGER);
  const byConv = new Map<string, MessageRecord>();
  for (const r of records) if (r.dir === 'in') byConv.set(r.conv, r);
  return waitingConversations(selectForTimers(records)).map((w) => {
    const last = byConv.get(w.conv);
    return { ...w, site: last?.site ?? '', ...(last?.buyerName ? { buyerName: last.buyerName } : {}) };
  });
}

export async function ratingsBetween(db: LedgerDB, from: number, to: number): Promise<RatingRecord[]> {
  return db.getAllFromIndex('ratings', 'at', IDBKeyRange.bound(from, to));
}

/** Satisfaction of the Beijing month containing `now` (rule 3.1.2). */
export async function monthSatisfaction(db: LedgerDB, now: number): Promise<MonthSatisfaction & { month: string }> {
  const month = beijingMonthKey(now);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const from = Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS;
  const to = Date.UTC(y, m, 1) - BEIJING_OFFSET_MS - 1;
  const counts = { satisfied: 0, neutral: 0, disappointed: 0 };
  for (const r of await ratingsBetween(db, from, to)) counts[r.rating]++;
  return { month, ...satisfactionOf(counts) };
}

export interface GuardActivity {
  day: string;
  total: number;
  byAction: Record<LintAction, number>;
  /** Per clause ('2.3' …) per action. */
  byClause: Record<string, Record<LintAction, number>>;
}

const noActions = (): Record<LintAction, number> => ({ block: 0, warn: 0, override: 0, fix: 0 });

/** Today's guard decisions by clause and action. */
export async function guardActivity(db: LedgerDB, now: number): Promise<GuardActivity> {
  const start = dayStart(beijingDayNumber(now));
  const events = await db.getAllFromIndex('lint', 'at', IDBKeyRange.bound(start, start + DAY_MS - 1));
  const activity: GuardActivity = { day: beijingDayKey(now), total: 0, byAction: noActions(), byClause: {} };
  for (const e of events) {
    activity.total++;
    activity.byAction[e.action]++;
    (activity.byClause[e.clause] ??= noActions())[e.action]++;
  }
  return activity;
}

// ---------------------------------------------------------------------------------------------
// Export and import

export const EXPORT_FORMAT = 'replyguard-ledger';

export interface LedgerExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  messages: MessageRecord[];
  ratings: RatingRecord[];
  lint: LintRecord[];
}

export async function exportLedger(db: LedgerDB, now: number): Promise<LedgerExport> {
  const [messages, ratings, lint] = await Promise.all([db.getAll('messages'), db.getAll('ratings'), db.getAll('lint')]);
  return { format: EXPORT_FORMAT, version: LEDGER_VERSION, exportedAt: now, messages, ratings, lint: lint.map(({ key: _key, ...rest }) => rest) };
}

/**
 * The ledger as `replyguard stats` input (JSONL): the messages the reply rate counts and every
 * rating. `stats` over this prints the same days and months as the popup.
 */
export async function exportStatsJsonl(db: LedgerDB): Promise<string> {
  const [messages, ratings] = await Promise.all([db.getAll('messages'), db.getAll('ratings')]);
  const lines = selectForMetrics(messages).map((m) => JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: m.ts }));
  for (const r of ratings) lines.push(JSON.stringify({ type: 'rating', ts: r.at, rating: r.rating }));
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export interface ImportResult {
  added: { messages: number; ratings: number; lint: number };
  /** Already in the ledger (same key, or the same lint event). */
  duplicates: number;
  invalid: number;
  /** The first few problems, Chinese first. */
  problems: string[];
}

export class ImportError extends Error {}

const lintSignature = (e: LintRecord) => [e.at, e.site, e.conv ?? '', e.action, e.clause, e.rule, e.severity].join('\u0001');

/**
 * Merge an export into the ledger: records already present stay as they are (nothing is ever
 * overwritten), new ones are added in one transaction. A file that is not a ledger export is
 * refused whole; single malformed records are skipped and reported.
 */
export async function importLedger(db: LedgerDB, data: unknown, options: { now: number; storeText: boolean }): Promise<ImportResult> {
  const file = checkLedgerExport(data);
  const result: ImportResult = { added: { messages: 0, ratings: 0, lint: 0 }, duplicates: 0, invalid: 0, problems: [] };
  const bad = (what: string, i: number) => {
    result.invalid++;
    if (result.problems.length < 10) result.problems.push(`${what} 第 ${i + 1} 条无效，已跳过 / ${what} #${i + 1} is invalid and was skipped`);
  };
  return mergeInto(db, file, result, bad, options);
}

/** Whether `data` is a ledger export this version can read (throws ImportError, Chinese first). Also used by the team view. */
export function checkLedgerExport(data: unknown): Partial<LedgerExport> {
  if (typeof data !== 'object' || data === null || (data as LedgerExport).format !== EXPORT_FORMAT) {
    throw new ImportError('不是回复卫士导出的文件 / not a ReplyGuard ledger export (format must be "replyguard-ledger")');
  }
  const file = data as Partial<LedgerExport>;
  if (typeof file.version !== 'number' || file.version > LEDGER_VERSION) {
    throw new ImportError(`导出文件的版本 ${String(file.version)} 比本扩展新，请先升级 / the export's version is newer than this extension's (${LEDGER_VERSION})`);
  }
  for (const field of ['messages', 'ratings', 'lint'] as const) {
    if (file[field] !== undefined && !Array.isArray(file[field])) throw new ImportError(`字段 ${field} 须为数组 / field "${field}" must be an array`);
  }
  return file;
}

async function mergeInto(
  db: LedgerDB,
  file: Partial<LedgerExport>,
  result: ImportResult,
  bad: (what: string, i: number) => void,
  options: { now: number; storeText: boolean },
): Promise<ImportResult> {

  const messages: MessageRecord[] = [];
  (file.messages ?? []).forEach((m, i) => {
    const rec = toMessageRecord(m, typeof (m as MessageRecord)?.seenAt === 'number' ? (m as MessageRecord).seenAt : options.now, options.storeText);
    if (rec) messages.push(rec);
    else bad('messages', i);
  });
  const ratings: RatingRecord[] = [];
  (file.ratings ?? []).forEach((r, i) => {
    const rec = toRatingRecord(r);
    if (rec) ratings.push(rec);
    else bad('ratings', i);
  });
  const lint: LintRecord[] = [];
  (file.lint ?? []).forEach((l, i) => {
    const rec = toLintRecord(l, options.storeText);
    if (rec) lint.push(rec);
    else bad('lint', i);
  });

  const existingLint = new Map<string, number>();
  if (lint.length) {
    const ats = lint.map((l) => l.at);
    const inSpan = await db.getAllFromIndex('lint', 'at', IDBKeyRange.bound(Math.min(...ats), Math.max(...ats)));
    for (const e of inSpan) existingLint.set(lintSignature(e), (existingLint.get(lintSignature(e)) ?? 0) + 1);
  }

  const tx = db.transaction(['messages', 'ratings', 'lint', 'days'], 'readwrite');
  const added: MessageRecord[] = [];
  for (const m of messages) {
    if ((await tx.objectStore('messages').getKey([m.conv, m.id])) !== undefined) {
      result.duplicates++;
      continue;
    }
    await tx.objectStore('messages').put(m);
    result.added.messages++;
    added.push(m);
  }
  for (const r of ratings) {
    if ((await tx.objectStore('ratings').getKey([r.conv, r.id])) !== undefined) {
      result.duplicates++;
      continue;
    }
    await tx.objectStore('ratings').put(r);
    result.added.ratings++;
  }
  for (const l of lint) {
    const sig = lintSignature(l);
    const left = existingLint.get(sig) ?? 0;
    if (left > 0) {
      existingLint.set(sig, left - 1);
      result.duplicates++;
      continue;
    }
    await tx.objectStore('lint').add(l);
    result.added.lint++;
  }
  await invalidateDays(tx.objectStore('days'), added, options.now);
  await tx.done;
  return result;
}
