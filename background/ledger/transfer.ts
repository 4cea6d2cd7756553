// Export and import of the ledger (options page only: kept out of queries.ts so the popup does
// not load it). Export: every record as JSON, or the counted messages and ratings as `stats` input.
// Import: validated, merged without overwriting anything, refused whole when not an export.
import { unwrap } from 'idb';
import { DAY_MS } from '../../rules/metrics/beijing-time';
import type { LedgerDB } from './db';
import { invalidateDays } from './day-cache';
import { toLintRecord, toMessageRecord, toRatingRecord } from './ingest';
import { LEDGER_VERSION, type LintRecord, type MessageRecord, type RatingRecord } from './schema';
import { selectForMetrics } from './select';
import { looksLikeCsv } from '../../utils/csv';
import type { ExportedSettings } from '../../utils/settings-transfer';

export const EXPORT_FORMAT = 'replyguard-ledger';

export interface LedgerExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: number;
  messages: MessageRecord[];
  ratings: RatingRecord[];
  lint: LintRecord[];
  /** The agent's settings (no message text; utils/settings-transfer.ts). Absent from exports before round 30. */
  settings?: ExportedSettings;
}

/**
 * Every record. `withText: false` (round 59, rt59 F1: 「保存消息原文」 off) leaves out any text kept while it was on, so the
 * file carries none while the box says only ids and times are kept.
 */
export async function exportLedger(db: LedgerDB, now: number, options: { withText?: boolean } = {}): Promise<LedgerExport> {
  const [messages, ratings, lint] = await Promise.all([db.getAll('messages'), db.getAll('ratings'), db.getAll('lint')]);
  const withText = options.withText ?? true;
  return {
    format: EXPORT_FORMAT,
    version: LEDGER_VERSION,
    exportedAt: now,
    messages: withText ? messages : messages.map(withoutText),
    ratings,
    lint: lint.map(({ key: _key, ...rest }) => (withText ? rest : withoutText(rest))),
  };
}

/** A record without its kept text (the same object when it has none). */
export function withoutText<T extends { text?: string }>(record: T): T {
  if (record.text === undefined) return record;
  const { text: _text, ...rest } = record;
  return rest as T;
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

/** A CSV export picked where the JSON export is expected (Chinese first). */
export const CSV_REFUSAL =
  '这看起来是导出的 CSV 表格（供 Excel 查看），不能导入：请选择「导出全部数据 JSON」得到的 .json 文件 / this looks like the CSV export: choose the .json file of "Export all data (JSON)"';

const lintSignature = (e: LintRecord) => [e.at, e.site, e.conv ?? '', e.action, e.clause, e.rule, e.severity].join('\u0001');

/** Records per write transaction: the ledger is locked for the worker's live tracking only this long at a time. */
export const IMPORT_BATCH = 500;

/**
 * Where an import stands: `check` while records are validated (nothing written yet), `write` as
 * batches are committed. `done` only grows and ends at `total` (valid records, for `write`).
 */
export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

export interface ImportOptions {
  now: number;
  storeText: boolean;
  /** Records per transaction (and per validation step); IMPORT_BATCH by default. */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Awaited between batches, so other work (a port's messages, the worker's transactions) runs; a macrotask by default. */
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Validated records of an export, ready to merge; nothing has been written. */
export interface PreparedImport {
  messages: MessageRecord[];
  ratings: RatingRecord[];
  lint: LintRecord[];
  invalid: number;
  problems: string[];
}

/**
 * Merge an export into the ledger: records already present stay as they are (nothing is ever
 * overwritten), new ones are added. A file that is not a ledger export is refused whole; single
 * malformed records are skipped and reported. Every record is validated before the first write;
 * the writes then go in transactions of `batchSize` records, so the live tracking's own
 * transactions run between them and a large import does not stall it.
 */
export async function importLedger(db: LedgerDB, data: unknown, options: ImportOptions): Promise<ImportResult> {
  const prepared = await prepareImport(data, options);
  return writeImport(db, prepared, options);
}

/** Validate a whole export (throws ImportError when it is not one), in steps of `batchSize` records. No writes. */
export async function prepareImport(data: unknown, options: ImportOptions): Promise<PreparedImport> {
  const file = checkLedgerExport(data);
  const size = Math.max(1, options.batchSize ?? IMPORT_BATCH);
  const pause = options.pause ?? macrotask;
  const out: PreparedImport = { messages: [], ratings: [], lint: [], invalid: 0, problems: [] };
  const bad = (what: ImportList, i: number, raw: unknown, future = false) => {
    out.invalid++;
    if (out.problems.length >= 10) return;
    out.problems.push(importProblem(what, i, raw, future));
  };
  // A record dated more than a day ahead of now is no record of what happened (a wrong clock, an edited file): refused.
  const latest = options.now + DAY_MS;
  const timeOf = (rec: MessageRecord | RatingRecord | LintRecord): number => ('ts' in rec ? rec.ts : rec.at);
  const lists = {
    messages: file.messages ?? [],
    ratings: file.ratings ?? [],
    lint: file.lint ?? [],
  };
  const total = lists.messages.length + lists.ratings.length + lists.lint.length;
  let done = 0;
  const step = async (what: keyof typeof lists, convert: (raw: unknown) => MessageRecord | RatingRecord | LintRecord | null, into: unknown[]) => {
    const list = lists[what] as unknown[];
    for (let from = 0; from < list.length; from += size) {
      const to = Math.min(list.length, from + size);
      for (let i = from; i < to; i++) {
        const rec = convert(list[i]);
        if (rec && timeOf(rec) > latest) bad(what, i, list[i], true);
        else if (rec) into.push(rec);
        else bad(what, i, list[i]);
      }
      done += to - from;
      options.onProgress?.({ phase: 'check', done, total });
      if (done < total) await pause();
    }
  };
  await step('messages', (m) => toMessageRecord(m, typeof (m as MessageRecord)?.seenAt === 'number' ? (m as MessageRecord).seenAt : options.now, options.storeText), out.messages);
  await step('ratings', (r) => toRatingRecord(r), out.ratings);
  await step('lint', (l) => toLintRecord(l, options.storeText), out.lint);
  if (total === 0) options.onProgress?.({ phase: 'check', done: 0, total: 0 });
  return out;
}

export type ImportList = 'messages' | 'ratings' | 'lint';

const LIST_NAMES: Record<ImportList, { zh: string; en: string }> = {
  messages: { zh: '消息', en: 'messages' },
  ratings: { zh: '评价', en: 'ratings' },
  lint: { zh: '拦截记录', en: 'lint' },
};

const isText = (v: unknown, max = 300) => typeof v === 'string' && v.length > 0 && v.length <= max;
const isMs = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 8.64e15;
const timeWhy = (field: string, v: unknown): { zh: string; en: string } =>
  typeof v === 'string'
    ? { zh: '时间应为毫秒数字，不是日期文字', en: `${field} must be a number of milliseconds, not a date string` }
    : { zh: '时间缺失或不是有效的毫秒数字', en: `${field} is missing or not a valid number of milliseconds` };

/** Why a record of an export was refused: the first field that is wrong, in Chinese and in English. */
export function invalidReason(what: ImportList, raw: unknown): { zh: string; en: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { zh: '不是一条记录（应为对象）', en: 'not a record (an object was expected)' };
  const r = raw as Record<string, unknown>;
  if (what === 'messages') {
    if (!isText(r.conv)) return { zh: '会话为空或过长', en: 'conv is empty or too long' };
    if (!isText(r.id)) return { zh: '编号为空或过长', en: 'id is empty or too long' };
    if (r.dir !== 'in' && r.dir !== 'out') return { zh: '方向应为 in 或 out', en: 'dir must be "in" or "out"' };
    if (!isMs(r.ts)) return timeWhy('ts', r.ts);
    if (r.tsSource !== 'page' && r.tsSource !== 'seen') return { zh: '时间来源应为 page 或 seen', en: 'tsSource must be "page" or "seen"' };
  } else if (what === 'ratings') {
    if (!isMs(r.at)) return timeWhy('at', r.at);
    if (r.rating !== 'satisfied' && r.rating !== 'neutral' && r.rating !== 'disappointed')
      return { zh: '评价应为 satisfied（满意）、neutral（一般）或 disappointed（失望）', en: 'rating must be "satisfied", "neutral" or "disappointed"' };
    if (r.source !== 'page' && r.source !== 'manual') return { zh: '来源应为 page 或 manual', en: 'source must be "page" or "manual"' };
  } else {
    if (!isMs(r.at)) return timeWhy('at', r.at);
    if (!['block', 'warn', 'override', 'fix'].includes(r.action as string)) return { zh: '动作应为 block、warn、override 或 fix', en: 'action must be block, warn, override or fix' };
    if (!isText(r.rule, 80)) return { zh: '规则为空或过长', en: 'rule is empty or too long' };
    if (typeof r.clause !== 'string') return { zh: '条款缺失', en: 'clause is missing' };
    if (!['block', 'warn', 'info'].includes(r.severity as string)) return { zh: '级别应为 block、warn 或 info', en: 'severity must be block, warn or info' };
    return { zh: '条款不是已知的条款', en: 'clause is not a known clause' };
  }
  return { zh: '内容无效', en: 'invalid content' };
}

/**
 * Round 48: what the import says of a refused record — which list, which record, which field and why; the Chinese
 * half names the list in Chinese (「消息第 2 条：方向应为 in 或 out，已跳过」), the English half follows the slash.
 */
export function importProblem(what: ImportList, i: number, raw: unknown, future = false): string {
  const name = LIST_NAMES[what];
  if (future) return `${name.zh}第 ${i + 1} 条的时间在未来（晚于现在一天以上），已跳过 / ${name.en} #${i + 1} is dated more than a day ahead and was skipped`;
  const why = invalidReason(what, raw);
  return `${name.zh}第 ${i + 1} 条：${why.zh}，已跳过 / ${name.en} #${i + 1}: ${why.en}; skipped`;
}

/** add() that resolves false, without aborting the transaction, when the key is already there. */
function addUnlessPresent(store: IDBObjectStore, value: unknown): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = store.add(value);
    req.onsuccess = () => resolve(true);
    req.onerror = (e) => {
      if (req.error?.name !== 'ConstraintError') return reject(req.error);
      // Handled: the transaction goes on (and idb's tx.done does not see the error).
      e.preventDefault();
      e.stopPropagation();
      resolve(false);
    };
  });
}

/** Write validated records in transactions of `batchSize`, never overwriting what is there. */
export async function writeImport(db: LedgerDB, prepared: PreparedImport, options: ImportOptions): Promise<ImportResult> {
  const size = Math.max(1, options.batchSize ?? IMPORT_BATCH);
  const pause = options.pause ?? macrotask;
  const result: ImportResult = { added: { messages: 0, ratings: 0, lint: 0 }, duplicates: 0, invalid: prepared.invalid, problems: prepared.problems };
  const { messages, ratings, lint } = prepared;
  const total = messages.length + ratings.length + lint.length;

  // The lint events already there, counted once before any write: an event in the file as often as
  // in the ledger adds nothing; one more in the file is added.
  const existingLint = new Map<string, number>();
  if (lint.length) {
    let lo = Infinity, hi = -Infinity;
    for (const l of lint) {
      if (l.at < lo) lo = l.at;
      if (l.at > hi) hi = l.at;
    }
    const inSpan = await db.getAllFromIndex('lint', 'at', IDBKeyRange.bound(lo, hi));
    for (const e of inSpan) existingLint.set(lintSignature(e), (existingLint.get(lintSignature(e)) ?? 0) + 1);
  }

  let done = 0;
  options.onProgress?.({ phase: 'write', done, total });
  // One list at a time, `size` records a transaction. A record goes in with add(): a key already
  // there (in the ledger, a committed earlier batch, or earlier in this batch) fails that one
  // request, which is counted as a duplicate and does not abort the transaction. First one wins.
  const keyed = async (store: 'messages' | 'ratings', list: (MessageRecord | RatingRecord)[]) => {
    for (let from = 0; from < list.length; from += size) {
      const batch = list.slice(from, from + size);
      const tx = db.transaction([store, 'days'], 'readwrite');
      const os = unwrap(tx.objectStore(store)) as IDBObjectStore;
      const fresh = await Promise.all(batch.map((r) => addUnlessPresent(os, r)));
      const added: MessageRecord[] = [];
      batch.forEach((r, i) => {
        if (!fresh[i]) return void result.duplicates++;
        result.added[store]++;
        if (store === 'messages') added.push(r as MessageRecord);
      });
      if (added.length) await invalidateDays(tx.objectStore('days'), added, options.now);
      await tx.done;
      done += batch.length;
      options.onProgress?.({ phase: 'write', done, total });
      if (done < total) await pause();
    }
  };
  await keyed('messages', messages);
  await keyed('ratings', ratings);
  for (let from = 0; from < lint.length; from += size) {
    const batch = lint.slice(from, from + size);
    const tx = db.transaction('lint', 'readwrite');
    const writes: Promise<unknown>[] = [];
    for (const l of batch) {
      const sig = lintSignature(l);
      const left = existingLint.get(sig) ?? 0;
      if (left > 0) {
        existingLint.set(sig, left - 1);
        result.duplicates++;
        continue;
      }
      writes.push(tx.store.add(l));
      result.added.lint++;
    }
    await Promise.all(writes);
    await tx.done;
    done += batch.length;
    options.onProgress?.({ phase: 'write', done, total });
    if (done < total) await pause();
  }
  return result;
}

/** Whether `data` is a ledger export this version can read (throws ImportError, Chinese first). Also used by the team view. */
export function checkLedgerExport(data: unknown): Partial<LedgerExport> {
  // The team view passes a file that is not JSON as its text.
  if (typeof data === 'string' && looksLikeCsv(data)) throw new ImportError(CSV_REFUSAL);
  if (typeof data !== 'object' || data === null || (data as LedgerExport).format !== EXPORT_FORMAT) {
    throw new ImportError('不是回复卫士导出的文件：请选择「导出全部数据 JSON」得到的 .json 文件 / not a ReplyGuard export: choose the .json file of "Export all data (JSON)"');
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
