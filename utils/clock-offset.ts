// The server − PC clock offset the workbench pages estimate (content/watcher/server-clock.ts), kept for the timers
// (background/timers.ts): deadlines are kept in server time, drawn in PC time. Round 57: one report per tab
// (background/clock-reports.ts), combined here (combinedOffset), so two tabs with different evidence no longer take
// turns.
import { localItem } from './local-item';

/** Evidence further off than this is not a clock's error: ignored, and every offset is clamped to it. */
export const MAX_SKEW_MS = 10 * 60_000;

/** What a page reports to the background: its estimate, and when (PC time) it was made. */
export interface ClockOffset {
  offset: number;
  at: number;
  /**
   * Round 57: the estimate rests on the agent's own send (an upper bound: the offset is at most this), not only on rows
   * seen (a lower bound). Only such a report proves an older, larger one wrong (see withReport).
   */
  sent?: boolean;
}

/** The latest report of any page (round 45's key; the worker mirrors each report here and reads it like any other). */
export const clockOffsetItem = localItem<ClockOffset | null>('clock-offset', null);

/** How long a report saying the PC is fast is believed without a fresh one (the page renews it every minute). */
export const FAST_REPORT_TTL_MS = 3 * 60_000;

/**
 * The offset one report stands for at PC time `now`, or null when it no longer counts. A report that the PC is SLOW
 * (offset > 0) is kept until a page says otherwise: if the clock has been set right since (the browser restarted),
 * deadlines come early, never late. One that it is FAST (offset < 0) moves deadlines later, so it holds only while a
 * page renews it (a clock set right while no page watched, or a report dated ahead of the clock after a step back).
 */
export function reportOffset(report: ClockOffset | null | undefined, now: number): number | null {
  if (!report || !Number.isFinite(report.offset) || !Number.isFinite(report.at)) return null;
  const offset = Math.min(MAX_SKEW_MS, Math.max(-MAX_SKEW_MS, report.offset));
  if (offset >= 0) return offset;
  const age = now - report.at;
  return age >= 0 && age <= FAST_REPORT_TTL_MS ? offset : null;
}

/** The offset the timers use at PC time `now` with one report (0: none that counts). */
export function effectiveOffset(report: ClockOffset | null | undefined, now: number): number {
  return reportOffset(report, now) ?? 0;
}

/**
 * Round 57 (rt56's two tabs): the offset the timers use with several pages' reports — the LARGEST that counts (0 when
 * none does). Each page's estimate is either a proven upper bound (at or above the true offset) or its proven lower
 * bound (at or below it); the largest is never below any of them, so the deadline is never drawn later than any
 * page's evidence allows (a page with weaker evidence, or none, cannot move it later), and it no longer depends on
 * which page renewed its report last. It errs only early (as a page does when its own bounds contradict).
 */
export function combinedOffset(reports: Iterable<ClockOffset | null | undefined>, now: number): number {
  let best: number | null = null;
  for (const report of reports) {
    const offset = reportOffset(report, now);
    if (offset !== null && (best === null || offset > best)) best = offset;
  }
  return best ?? 0;
}

/** Per tab, the last report of the page it shows; `closed`: reports of pages gone (tab closed, browser restarted). */
export interface ClockReports {
  tabs: Record<string, ClockOffset>;
  closed: ClockOffset[];
}

export const NO_CLOCK_REPORTS: ClockReports = { tabs: {}, closed: [] };

/** How many reports of closed tabs are kept (the largest ones: only the largest can decide, combinedOffset). */
const CLOSED_KEPT = 4;

/** A well-formed report (from a message: a content script of this extension, but never trusted blindly), or null. */
export function sanitizeReport(raw: unknown): ClockOffset | null {
  const r = raw as Partial<ClockOffset> | null;
  if (!r || typeof r !== 'object' || typeof r.offset !== 'number' || typeof r.at !== 'number' || !Number.isFinite(r.offset) || !Number.isFinite(r.at)) return null;
  return { offset: r.offset, at: r.at, ...(r.sent === true ? { sent: true } : {}) };
}

/**
 * `tab`'s page reports `report`. Closed tabs' reports are kept (a tab closed does not set the PC's clock right: its
 * proof that the PC is slow still holds) until a page's SEND proves a smaller offset after them — the one evidence
 * that the clock may have been set since. A report without a send (rows seen: a lower bound) never displaces them.
 */
export function withReport(reports: ClockReports, tab: string, report: ClockOffset): ClockReports {
  const closed = report.sent ? reports.closed.filter((c) => c.at > report.at || c.offset <= report.offset) : reports.closed;
  return { tabs: { ...reports.tabs, [tab]: report }, closed };
}

/** `tab` closed (or its id is gone): its report joins the closed ones, which keep what still counts at `now`. */
export function withTabClosed(reports: ClockReports, tab: string, now: number): ClockReports {
  const report = reports.tabs[tab];
  if (!report) return reports;
  const { [tab]: _gone, ...tabs } = reports.tabs;
  return { tabs, closed: keptClosed([...reports.closed, report], now) };
}

/** Every tab's report as closed (a browser start: tab ids do not survive a restart, and no page has reported yet). */
export function withAllTabsClosed(reports: ClockReports, now: number): ClockReports {
  return { tabs: {}, closed: keptClosed([...reports.closed, ...Object.values(reports.tabs)], now) };
}

/** A discarded tab came back under a new id (tabs.onReplaced): its report goes with it. */
export function withTabReplaced(reports: ClockReports, from: string, to: string): ClockReports {
  const report = reports.tabs[from];
  if (!report) return reports;
  const { [from]: _gone, ...tabs } = reports.tabs;
  return { tabs: { ...tabs, [to]: report }, closed: reports.closed };
}

const keptClosed = (closed: ClockOffset[], now: number): ClockOffset[] =>
  closed
    .filter((c) => reportOffset(c, now) !== null)
    .sort((a, b) => b.offset - a.offset || b.at - a.at)
    .slice(0, CLOSED_KEPT);

/** Every report that may count: open tabs', closed tabs', and the latest one (`clock-offset`, also left by round 56). */
export function allReports(reports: ClockReports, latest: ClockOffset | null | undefined): ClockOffset[] {
  return [...Object.values(reports.tabs), ...reports.closed, ...(latest ? [latest] : [])];
}
