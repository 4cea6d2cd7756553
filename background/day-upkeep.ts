// Keeps the day cache (ledger/day-cache.ts) current from the worker, so the popup finds every
// day's figures ready and never reads weeks of messages itself: after each ingested batch (only
// the touched conversations are recomputed), after an import or a purge, on install/update (a new
// cache version) and when the popup finds days missing. Runs are serialized and coalesced: a
// burst of batches costs one run after the current one.
import { beijingDayNumber } from '../rules/metrics/beijing-time';
import { dailyFigures, lastDays } from './ledger/queries';
import type { TimerDeps } from './timers';
import { trackWork } from './pending-work';

/** The popup's chart: the last 30 Beijing days, today included. */
export const UPKEEP_DAYS = 30;

const runs = new WeakMap<TimerDeps, { running: Promise<void>; again: boolean }>();

export function refreshDays(deps: TimerDeps): Promise<void> {
  const current = runs.get(deps);
  if (current) {
    current.again = true;
    return current.running;
  }
  const state = { running: Promise.resolve(), again: false };
  state.running = trackWork((async () => {
    do {
      state.again = false;
      await lastDays(await deps.ledger(), UPKEEP_DAYS, deps.now());
    } while (state.again);
  })().finally(() => runs.delete(deps)));
  runs.set(deps, state);
  return state.running;
}

/** Longest range the popup may ask for (the retention default is 90 days). */
const MAX_RANGE_DAYS = 400;

/**
 * Days the popup found missing, as of the popup's clock (normally the same as the worker's; a
 * test may set it). A malformed request falls back to the usual upkeep.
 */
export async function fillDays(deps: TimerDeps, request: { fromDay?: unknown; toDay?: unknown; now?: unknown }): Promise<void> {
  const { fromDay, toDay, now } = request;
  const valid =
    Number.isInteger(fromDay) && Number.isInteger(toDay) && typeof now === 'number' && Number.isFinite(now) &&
    (toDay as number) >= (fromDay as number) && (toDay as number) - (fromDay as number) < MAX_RANGE_DAYS && (toDay as number) <= beijingDayNumber(now) + 1;
  await refreshDays(deps);
  if (valid) await dailyFigures(await deps.ledger(), fromDay as number, toDay as number, now as number);
}
