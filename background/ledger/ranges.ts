// Key and time ranges of what the popup reads, in a module with no other dependency than
// rules/metrics/beijing-time: the popup's early script (entrypoints/popup-early.ts) imports it and
// must stay a few hundred bytes.
import { BEIJING_OFFSET_MS, beijingDayNumber, beijingMonthKey, DAY_MS, dayKeyFromDayNumber } from '../../rules/metrics/beijing-time';

/** `<day>#dirty` in the days store: conversations that got a message since the day's record. */
export const DIRTY = '#dirty';

/** The `days` store's key range holding days `fromDay`..`toDay` and their dirty marks. */
export function daysKeyRange(fromDay: number, toDay: number): [string, string] {
  return [dayKeyFromDayNumber(fromDay), dayKeyFromDayNumber(toDay) + DIRTY];
}

/** Epoch-ms bounds (inclusive) of the Beijing day containing `now`. */
export function dayBounds(now: number): { from: number; to: number } {
  const from = beijingDayNumber(now) * DAY_MS - BEIJING_OFFSET_MS;
  return { from, to: from + DAY_MS - 1 };
}

/** Epoch-ms bounds (inclusive) of the Beijing month containing `now`, and its key. */
export function monthBounds(now: number): { month: string; from: number; to: number } {
  const month = beijingMonthKey(now);
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { month, from: Date.UTC(y, m - 1, 1) - BEIJING_OFFSET_MS, to: Date.UTC(y, m, 1) - BEIJING_OFFSET_MS - 1 };
}
