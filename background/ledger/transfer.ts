// Export and import of the ledger (options page only: kept out of queries.ts so the popup does
// not load it). Export: every record as JSON, or the counted messages and ratings as `stats` input.
// Import: validated, merged without overwriting anything, refused whole when not an export.
import type { LedgerDB } from './db';
import { invalidateDays } from './day-cache';
import { toLintRecord, toMessageRecord, toRatingRecord } from './ingest';
import { LEDGER_VERSION, type LintRecord, type MessageRecord, type RatingRecord } from './schema';
import { selectForMetrics } from './select';
import { looksLikeCsv } from '../../utils/csv';

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

/** A CSV export picked where the JSON export is expected (Chinese first). */
export const CSV_REFUSAL =
  '这看起来是导出的 CSV 表格（供 Excel 查看），不能导入：请选择「导出全部数据 JSON」得到的 .json 文件 / this looks like the CSV export: choose the .json file of "Export all data (JSON)"';

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
