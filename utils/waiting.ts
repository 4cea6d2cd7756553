// The live timer state the background mirrors to storage.local (`local:waiting`): content scripts
// draw countdown chips from it and the popup lists it, without waking the worker.
import { localItem } from './local-item';
import type { TimerState } from '../background/timer-state';

export const waitingItem = localItem<TimerState | null>('waiting', null);

/** How long past the worker's own next wake its mirrored state may stand before it counts as a missed wake. */
export const MISSED_WAKE_MS = 5000;

/**
 * Round 55/56: the worker wakes by one alarm, and Chrome runs a pending alarm by elapsed time: after the PC's clock
 * jumped ahead (sleep and wake, a clock set forward) it fires minutes late. A state whose next wake is past by
 * MISSED_WAKE_MS at `now` is stale (a buyer may have turned late unalerted). Checked by the pages every second
 * (content/countdown) and, with no page open, by the worker's watch alarm (background/timers.ts WATCH_ALARM_NAME).
 */
export const wakeMissed = (state: Pick<TimerState, 'nextWakeAt'> | null, now: number): boolean =>
  state?.nextWakeAt != null && now - state.nextWakeAt >= MISSED_WAKE_MS;
