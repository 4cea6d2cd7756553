// The server − PC clock offset a workbench page estimated (content/watcher/server-clock.ts), mirrored to
// storage.local for the timers (background/timers.ts): deadlines are kept in server time, drawn in PC time.
import { localItem } from './local-item';

/** Evidence further off than this is not a clock's error: ignored, and every offset is clamped to it. */
export const MAX_SKEW_MS = 10 * 60_000;

/** What a page reports to the background: its estimate, and when (PC time) it was made. */
export interface ClockOffset {
  offset: number;
  at: number;
}

export const clockOffsetItem = localItem<ClockOffset | null>('clock-offset', null);

/** How long a report saying the PC is fast is believed without a fresh one (the page renews it every minute). */
export const FAST_REPORT_TTL_MS = 3 * 60_000;

/**
 * The offset the timers use at PC time `now`. A report that the PC is SLOW (offset > 0) is kept until a page says
 * otherwise: if the clock has been set right since (the browser restarted), deadlines come early, never late. One
 * that it is FAST (offset < 0) moves deadlines later, so it holds only while a page renews it (a clock set right
 * while no page watched, or a report dated ahead of the clock after a step back, falls back to 0).
 */
export function effectiveOffset(report: ClockOffset | null | undefined, now: number): number {
  if (!report || !Number.isFinite(report.offset)) return 0;
  const offset = Math.min(MAX_SKEW_MS, Math.max(-MAX_SKEW_MS, report.offset));
  if (offset >= 0) return offset;
  const age = now - report.at;
  return age >= 0 && age <= FAST_REPORT_TTL_MS ? offset : 0;
}
