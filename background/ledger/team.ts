// Team view: several agents' ledger exports merged into one shop-level table, without touching
// this agent's ledger. The platform rates the shop, so a buyer message seen by two agents counts
// once (same conversation + id, first file wins) and any agent's reply answers it. Figures come
// from rules/metrics, the same code as `replyguard stats`. Pure (no IndexedDB).
import type { Rating } from '../../rules/metrics/events';
import { MessageLog } from '../../rules/metrics/message-log';
import { dailyReplyStats, type DayReplyStats } from '../../rules/metrics/reply-rate';
import { monthlySatisfaction, type MonthSatisfaction } from '../../rules/metrics/satisfaction';
import { toMessageRecord, toRatingRecord } from './ingest';
import { checkLedgerExport, ImportError } from './transfer';
import type { MessageRecord, RatingRecord } from './schema';
import { selectForMetrics } from './select';

export interface TeamFile {
  name: string;
  /** Parsed JSON (or the text when it did not parse). */
  data: unknown;
}

export interface TeamResult {
  /** Files read, and those refused with a reason (Chinese first). */
  used: string[];
  refused: { name: string; error: string }[];
  messages: number;
  duplicates: number;
  days: (DayReplyStats & { day: string })[];
  months: (MonthSatisfaction & { month: string })[];
}

export const SETTINGS_ONLY =
  '这是只含设置的文件（「导出设置 JSON」），没有可合并的记录：请选择各位客服「导出全部数据 JSON」得到的文件 / a settings-only export: no records to merge';

export function mergeTeam(files: readonly TeamFile[], now: number): TeamResult {
  const result: TeamResult = { used: [], refused: [], messages: 0, duplicates: 0, days: [], months: [] };
  const messages = new Map<string, MessageRecord>();
  const ratings = new Map<string, RatingRecord>();
  for (const file of files) {
    let data;
    try {
      data = checkLedgerExport(file.data);
    } catch (e) {
      result.refused.push({ name: file.name, error: e instanceof ImportError ? e.message : String(e) });
      continue;
    }
    // The settings-only export (for handing settings to the team) has nothing to count: said, not counted as an agent.
    if (data.settings !== undefined && !data.messages?.length && !data.ratings?.length && !data.lint?.length) {
      result.refused.push({ name: file.name, error: SETTINGS_ONLY });
      continue;
    }
    result.used.push(file.name);
    for (const m of data.messages ?? []) {
      const rec = toMessageRecord(m, now, false);
      if (!rec) continue;
      const key = JSON.stringify([rec.conv, rec.id]);
      if (messages.has(key)) result.duplicates++;
      else messages.set(key, rec);
    }
    for (const r of data.ratings ?? []) {
      const rec = toRatingRecord(r);
      if (!rec) continue;
      const key = JSON.stringify([rec.conv, rec.id]);
      if (ratings.has(key)) result.duplicates++;
      else ratings.set(key, rec);
    }
  }
  const log = new MessageLog();
  for (const m of selectForMetrics([...messages.values()].sort((a, b) => a.ts - b.ts))) log.add(m);
  result.messages = messages.size;
  result.days = Object.entries(dailyReplyStats(log, now)).map(([day, stats]) => ({ day, ...stats }));
  const rated: Rating[] = [...ratings.values()].map((r) => ({ ts: r.at, rating: r.rating }));
  result.months = Object.entries(monthlySatisfaction(rated)).map(([month, s]) => ({ month, ...s }));
  return result;
}
