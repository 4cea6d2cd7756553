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

/** How long a page waits before asking again for the same missed wake (a worker that did not answer). */
export const ASK_AGAIN_MS = 30_000;

/**
 * Round 55 (rt55 F12): the worker wakes by one alarm, and Chrome runs a pending alarm by elapsed time: after the PC's
 * clock jumped ahead (a PC woken from sleep, a clock set forward) it fired minutes late, and a buyer gone late while
 * nothing changed on the page got no 「已超时」 alert. The pages tick every second anyway: a state whose next wake is
 * past by MISSED_WAKE_MS is stale, and the page asks the worker to recompute ('refresh-timers'), once per missed wake
 * (again after ASK_AGAIN_MS). `asked`: the wake last asked for and when. Returns the new `asked`, or null: no need.
 * Round 59: the popup asks too (components/popup/recount.ts askOnMissedWake).
 */
export function askForMissedWake(
  state: Pick<TimerState, 'nextWakeAt'> | null,
  now: number,
  asked: { wake: number; at: number } | null,
): { wake: number; at: number } | null {
  if (!wakeMissed(state, now)) return null;
  const wake = state!.nextWakeAt!;
  if (asked && asked.wake === wake && now - asked.at < ASK_AGAIN_MS) return null;
  return { wake, at: now };
}
