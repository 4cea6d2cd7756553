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

/** The guard's decisions, one a line, in Beijing time. The draft column only when text was stored. */
export function lintCsv(events: readonly LintRow[]): string {
  const withText = events.some((e) => e.text !== undefined);
  const header = ['时间（北京）time (Beijing)', '网站 site', '会话 conversation', '动作 action', '条款 clause', '规则 rule', '级别 severity', ...(withText ? ['草稿 draft'] : [])];
  const rows = [...events]
    .sort((a, b) => a.at - b.at)
    .map((e) => [formatBeijing(e.at), e.site, e.conv ?? '', e.action, e.clause, e.rule, e.severity, ...(withText ? [e.text ?? ''] : [])]);
  return buildCsv(header, rows);
}
