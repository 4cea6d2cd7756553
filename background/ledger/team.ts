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
import { csvCell, dailyCsv, looksLikeCsv, monthlyCsv } from '../../utils/csv';
import type { MessageRecord, RatingRecord } from './schema';
import { selectForMetrics } from './select';
import { splitShopKey } from '../../utils/buyer-key';
import { importText } from '../../utils/import-file';

export interface TeamFile {
  name: string;
  /** Parsed JSON (or the text when it did not parse). */
  data: unknown;
  /** Why the text did not parse (JSON.parse's message), when it did not. */
  jsonError?: string;
  /** Why the file was refused before parsing (empty, an encoding that cannot be read), Chinese first. */
  refusal?: string;
  /** How it was read when not as plain UTF-8 (「已按 GBK 编码读取」, round 58). */
  note?: string;
}

/** One shop's figures in the team view: the platform rates each shop on its own, so shops are never added together. */
export interface TeamShop {
  /** The shop's ref as conversations are keyed (`id:111`, `name:…`; utils/buyer-key.ts), null: records filed without a shop. */
  ref: string | null;
  /** As its pages show it (the latest name a record carries), else the ref without `id:`/`name:`; null without a shop. */
  name: string | null;
  /** The files (one per agent) holding records of this shop. */
  files: string[];
  messages: number;
  days: (DayReplyStats & { day: string })[];
  months: (MonthSatisfaction & { month: string })[];
}

export interface TeamResult {
  /** Files read, and those refused with a reason (Chinese first). */
  used: string[];
  refused: { name: string; error: string }[];
  /** Files read other than as plain UTF-8 (GBK, a wrong mark), with how: said beside the figures (round 58). */
  notes: { name: string; note: string }[];
  messages: number;
  duplicates: number;
  /** All shops' records together (what `replyguard stats` gives over the concatenated events). */
  days: (DayReplyStats & { day: string })[];
  months: (MonthSatisfaction & { month: string })[];
  /** Round 51: each shop apart (one entry when the files hold one shop, or name none). */
  shops: TeamShop[];
}

export const SETTINGS_ONLY =
  '这是只含设置的文件（「导出设置 JSON」），没有可合并的记录：请选择各位客服「导出全部数据 JSON」得到的文件 / a settings-only export: no records to merge';

/** The text of an export begins `{"format":"replyguard-ledger"` (exportLedger writes `format` first). */
const OUR_FORMAT = /^\s*\{\s*"format"\s*:\s*"replyguard-ledger"/;

/**
 * A picked file as the team view reads it (round 57, ux57): by the import's rules (utils/import-file.ts), so a 0-byte or
 * blank file is said to be empty and a UTF-16 one with a byte order mark is read; both said 「文件不是有效的 JSON」.
 */
export function readTeamBytes(name: string, bytes: Uint8Array): TeamFile {
  const { text, empty, unreadable, note } = importText(bytes);
  if (empty) return { name, data: '', refusal: TEAM_EMPTY };
  if (unreadable) return { name, data: '', refusal: `${unreadable}；没有统计 / not counted` };
  const file = readTeamFile(name, text);
  return note ? { ...file, note } : file;
}

export const TEAM_EMPTY =
  '文件是空的（0 字节，或只有空白、字节顺序标记），没有统计：请确认选对了文件，或请这位客服重新「导出全部数据 JSON」 / the file is empty; not counted: check the file, or ask the agent for a new "Export all data (JSON)"';

/** A picked file's text as the team view reads it: parsed, or the text with why it did not parse. */
export function readTeamFile(name: string, text: string): TeamFile {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { name, data: JSON.parse(body) as unknown };
  } catch (e) {
    return { name, data: text, jsonError: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Round 51 (rt50-ux finding 10): a file that does not parse. When it begins as an export does, it IS one — cut off
 * (copied or downloaded only in part) or damaged — and is said so, with where, not called 「不是回复卫士导出的文件」.
 */
export function unreadableReason(text: string, jsonError: string): string {
  const body = text.replace(/^\uFEFF/, '');
  if (!OUR_FORMAT.test(body)) {
    return '文件不是有效的 JSON（不完整、已损坏或不是回复卫士导出的文件），没有统计：请选择「导出全部数据 JSON」得到的 .json 文件 / not valid JSON (cut off, damaged, or not a ReplyGuard export); not counted: choose the .json file of "Export all data (JSON)"';
  }
  // V8 names the position of the first wrong character (none for "Unexpected end of JSON input"); at the very end,
  // the file was cut off. Positions are UTF-16 units: counted in characters for the reader.
  const chars = (s: string) => Array.from(s).length.toLocaleString('en-US');
  const pos = /position (\d+)/.exec(jsonError)?.[1];
  const at = pos === undefined ? body.length : Number(pos);
  const where =
    at >= body.trimEnd().length - 1
      ? { zh: `在第 ${chars(body)} 个字符后中断，后面的内容缺失，可能复制或下载时被截断`, en: `it stops after character ${chars(body)}: the rest is missing, perhaps cut off while copying or downloading` }
      : { zh: `第 ${chars(body.slice(0, at + 1))} 个字符处内容有误（共 ${chars(body)} 个字符）`, en: `wrong content at character ${chars(body.slice(0, at + 1))} (of ${chars(body)})` };
  return `这是回复卫士导出的文件，但不完整或已损坏（${where.zh}），没有统计：请让这位客服重新「导出全部数据 JSON」 / a ReplyGuard export, but cut off or damaged (${where.en}); not counted: ask the agent for a new "Export all data (JSON)"`;
}

export function mergeTeam(files: readonly TeamFile[], now: number): TeamResult {
  const result: TeamResult = { used: [], refused: [], notes: [], messages: 0, duplicates: 0, days: [], months: [], shops: [] };
  const messages = new Map<string, MessageRecord>();
  const ratings = new Map<string, RatingRecord>();
  // Which files hold records of which shop (by ref; null = no shop), and the names the shops' pages show.
  const filesOf = new Map<string | null, Set<string>>();
  const shopName = new Map<string, string>();
  const shopTs = new Map<string, number>();
  const seenIn = (ref: string | null, file: string) => {
    if (!filesOf.has(ref)) filesOf.set(ref, new Set());
    filesOf.get(ref)!.add(file);
  };
  for (const file of files) {
    if (file.refusal !== undefined) {
      result.refused.push({ name: file.name, error: file.refusal });
      continue;
    }
    // Not JSON, and not the CSV export either (checkLedgerExport names that): cut off, damaged or foreign.
    if (file.jsonError !== undefined && typeof file.data === 'string' && !looksLikeCsv(file.data)) {
      result.refused.push({ name: file.name, error: unreadableReason(file.data, file.jsonError) });
      continue;
    }
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
    if (file.note) result.notes.push({ name: file.name, note: file.note });
    for (const m of data.messages ?? []) {
      const rec = toMessageRecord(m, now, false);
      if (!rec) continue;
      const ref = shopRefOf(rec);
      seenIn(ref, file.name);
      if (ref !== null && rec.shop && (!shopName.has(ref) || rec.ts >= (shopTs.get(ref) ?? 0))) {
        shopName.set(ref, rec.shop);
        shopTs.set(ref, rec.ts);
      }
      const key = JSON.stringify([rec.conv, rec.id]);
      if (messages.has(key)) result.duplicates++;
      else messages.set(key, rec);
    }
    for (const r of data.ratings ?? []) {
      const rec = toRatingRecord(r);
      if (!rec) continue;
      seenIn(shopRefOf(rec), file.name);
      const key = JSON.stringify([rec.conv, rec.id]);
      if (ratings.has(key)) result.duplicates++;
      else ratings.set(key, rec);
    }
  }
  result.messages = messages.size;
  const all = figures([...messages.values()], [...ratings.values()], now);
  result.days = all.days;
  result.months = all.months;
  // Each shop apart; shops by name, records without a shop last.
  const refs = [...filesOf.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : (shopName.get(a) ?? a).localeCompare(shopName.get(b) ?? b, 'zh')));
  for (const ref of refs) {
    const own = [...messages.values()].filter((m) => shopRefOf(m) === ref);
    const rated = [...ratings.values()].filter((r) => shopRefOf(r) === ref);
    result.shops.push({
      ref,
      name: ref === null ? null : (shopName.get(ref) ?? ref.replace(/^(?:id|name):/, '')),
      files: [...filesOf.get(ref)!],
      messages: own.length,
      ...figures(own, rated, now),
    });
  }
  return result;
}

/**
 * The shop a record belongs to: the ref in its conversation key (round 46), else the shop name it was recorded with,
 * else null (a page naming no shop, or a record from before round 46).
 */
function shopRefOf(rec: { conv: string; shop?: string }): string | null {
  return splitShopKey(rec.conv).shop ?? (rec.shop ? `name:${rec.shop}` : null);
}

/** Daily reply rate and monthly satisfaction of some records (rules/metrics, as `replyguard stats`). */
function figures(messages: readonly MessageRecord[], ratings: readonly RatingRecord[], now: number): Pick<TeamResult, 'days' | 'months'> {
  const log = new MessageLog();
  for (const m of selectForMetrics([...messages].sort((a, b) => a.ts - b.ts))) log.add(m);
  const rated: Rating[] = ratings.map((r) => ({ ts: r.at, rating: r.rating }));
  return {
    days: Object.entries(dailyReplyStats(log, now)).map(([day, stats]) => ({ day, ...stats })),
    months: Object.entries(monthlySatisfaction(rated)).map(([month, s]) => ({ month, ...s })),
  };
}

/** What the team view and its CSV call a shop (Chinese first): its name, or that its records name none. */
export const NO_SHOP = '未记录店铺 no shop recorded';

/**
 * The team view's CSV: the daily table, then the monthly one (as before round 51 for one shop). With several shops,
 * each row starts with its shop (a first column 店铺 shop), so a spreadsheet never adds two shops' rates together.
 */
export function teamCsv(result: TeamResult): string {
  const strip = (csv: string) => csv.replace(/^\uFEFF/, '');
  if (result.shops.length < 2) {
    const months = result.months.length ? '\r\n' + strip(monthlyCsv(result.months)) : '';
    return dailyCsv(result.days) + months;
  }
  // dailyCsv/monthlyCsv lines hold no line break inside a cell (days, months, numbers): one row a line.
  const withShop = (tables: { shop: TeamShop; csv: string }[]) => {
    const rows = tables.flatMap(({ shop, csv }) => strip(csv).split('\r\n').slice(1, -1).map((line) => `${csvCell(shop.name ?? NO_SHOP)},${line}`));
    return [`${csvCell('店铺 shop')},${strip(tables[0]!.csv).split('\r\n')[0]}`, ...rows].join('\r\n') + '\r\n';
  };
  const days = withShop(result.shops.map((shop) => ({ shop, csv: dailyCsv(shop.days) })));
  const months = result.shops.some((s) => s.months.length) ? '\r\n' + withShop(result.shops.map((shop) => ({ shop, csv: monthlyCsv(shop.months) }))) : '';
  return '\uFEFF' + days + months;
}
