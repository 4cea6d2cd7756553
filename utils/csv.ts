// CSV files for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese as mojibake),
// CRLF line ends, every cell quoted when it holds a comma, quote, or line break. Pure.
import { formatBeijing } from '../rules/metrics/beijing-time';
import type { DayReplyStats } from '../rules/metrics/reply-rate';
import type { MonthSatisfaction } from '../rules/metrics/satisfaction';

export const BOM = '\uFEFF';
export type Cell = string | number | boolean | null | undefined;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading = + - @ would make Excel evaluate the cell as a formula (CSV injection): quote as text.
  const formula = /^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?%?$/.test(text);
  const safe = formula ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || formula ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** 0.8333… → "83.3%" (Excel reads it as a percentage); null → empty. */
export const percentCell = (rate: number | null): string => (rate === null ? '' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是 yes' : '否 no');

export const DAILY_HEADER = ['日期 date', '计入 eligible', '及时 onTime', '超时 late', '待定 pending', '回复率 rate', '达标 compliant'];

/** The daily reply-rate table (the same figures as `replyguard stats`). */
export function dailyCsv(days: readonly (DayReplyStats & { day: string })[]): string {
  return buildCsv(DAILY_HEADER, days.map((d) => [d.day, d.eligible, d.onTime, d.late, d.pending, percentCell(d.rate), yesNo(d.compliant)]));
}

export const MONTHLY_HEADER = ['月份 month', '满意 satisfied', '一般 neutral', '失望 disappointed', '满意度 rate', '达标 compliant'];

export function monthlyCsv(months: readonly (MonthSatisfaction & { month: string })[]): string {
  return buildCsv(MONTHLY_HEADER, months.map((m) => [m.month, m.satisfied, m.neutral, m.disappointed, percentCell(m.rate), yesNo(m.compliant)]));
}

/**
 * Whether a file's text looks like one of the CSV exports (or any comma-separated table) rather than
 * the JSON export: what an agent picks by mistake when importing.
 */
export function looksLikeCsv(text: string): boolean {
  const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').trim();
  if (!first || first.startsWith('{') || first.startsWith('[')) return false;
  if ([DAILY_HEADER[0]!, MONTHLY_HEADER[0]!, '时间（北京）'].some((h) => first.startsWith(h))) return true;
  return (first.match(/,/g)?.length ?? 0) >= 2;
}

export interface LintRow {
  at: number;
  site: string;
  conv?: string;
  action: string;
  clause: string;
  rule: string;
  severity: string;
  /** Only present when the agent chose to store text. */
  text?: string;
}

/** The guard's actions and severities in words (Chinese first, the id the ledger and JSON use after). */
export const LINT_ACTION_WORDS: Record<string, string> = { block: '拦截 block', warn: '警告 warn', override: '仍要发送 override', fix: '修正 fix' };
export const SEVERITY_WORDS: Record<string, string> = { block: '拦截 block', warn: '提醒 warn', info: '提示 info' };

/**
 * The guard's decisions, one a line, in Beijing time: the action and severity in words, the rule's
 * id with its name (`ruleName`, e.g. from the rule registry) in the next column. The conversation
 * column only when an event knows its conversation, the draft column only when text was stored.
 */
export function lintCsv(events: readonly LintRow[], ruleName: (id: string) => string | undefined = () => undefined): string {
  const withConv = events.some((e) => !!e.conv);
  const withText = events.some((e) => e.text !== undefined);
  const header = [
    '时间（北京）time (Beijing)',
    '网站 site',
    ...(withConv ? ['会话 conversation'] : []),
    '动作 action',
    '条款 clause',
    '规则 rule',
    '规则名称 rule name',
    '级别 severity',
    ...(withText ? ['草稿 draft'] : []),
  ];
  const rows = [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) => [
      formatBeijing(e.at),
      e.site,
      ...(withConv ? [e.conv ?? ''] : []),
      LINT_ACTION_WORDS[e.action] ?? e.action,
      e.clause,
      e.rule,
      ruleName(e.rule) ?? '',
      SEVERITY_WORDS[e.severity] ?? e.severity,
      ...(withText ? [e.text ?? ''] : []),
    ]);
  return buildCsv(header, rows);
}
