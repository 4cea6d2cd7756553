// Round 61 (ux61): the chart's days while a re-read waits for the worker to compute missing ones. Every re-read of an
// open popup (a day newly cached, a worker message, the clock correction) whose days were not all cached set the chart
// back to 「正在计算…」 until the worker answered: the chart flickered. The days already drawn stay on screen, moved to
// the new read's window, and the computed ones replace them in one step; a first load (nothing drawn) still says it is
// computing, and so does a window the drawn days cannot cover (the popup left open for days).
import { POPUP_CHART_DAYS } from '../../background/ledger/popup-reads';
import type { DayFigures } from '../../background/ledger/queries';
import { dayKeyFromDayNumber } from '../../rules/metrics/beijing-time';

const DAY_MS = 86_400_000;
/** 'YYYY-MM-DD' → days since 1970-01-01 (the Beijing day number its key was made from). */
const dayNumberOf = (key: string) => Math.round(Date.parse(`${key}T00:00:00Z`) / DAY_MS);

/**
 * The days to draw for a read whose own days are not computed yet: the 29 before `today` from `drawn` (the days drawn
 * so far), then `today` from the new read. Null when `drawn` lacks any of them.
 */
export function keepDrawnDays(drawn: readonly DayFigures[] | null, today: DayFigures): DayFigures[] | null {
  if (!drawn) return null;
  const byDay = new Map(drawn.map((d) => [d.day, d]));
  const last = dayNumberOf(today.day);
  const days: DayFigures[] = [];
  for (let n = last - POPUP_CHART_DAYS + 1; n < last; n++) {
    const d = byDay.get(dayKeyFromDayNumber(n));
    if (!d) return null;
    days.push(d);
  }
  return [...days, today];
}
