// Round 58 (timers58 probe): a popup left open (pinned as a tab, or just open) read today's figures once. A buyer whose
// deadline passed meanwhile showed 超时 in its waiting list while the today card still counted the message 待定 (and
// the rate as before), and a reply sent meanwhile was not counted on time, until the popup was opened again. The
// figures are read again when the waiting buyers change (a message or a reply filed) and when a counted deadline passes.
import type { TimerEntry } from '../../background/timer-state';
import { waitingItem } from '../../utils/waiting';

/** After a deadline, before reading: the ledger counts a message late only once `now` is past it. */
export const AFTER_DEADLINE_MS = 250;
/**
 * While anyone waits, read again at least this often: a buyer's later messages (the list shows the oldest one's deadline
 * only) turn late after it, and so does a message whose deadline the ledger takes in server time (a PC clock off).
 */
export const WAITING_REREAD_MS = 30_000;

/** The next moment a waiting buyer's counted message turns late (its deadline, PC time), or null. */
export function nextCountedDeadline(entries: readonly TimerEntry[], now: number): number | null {
  let next: number | null = null;
  for (const e of entries) {
    if (!e.counted || e.timeUnknown || e.deadline + AFTER_DEADLINE_MS <= now) continue;
    if (next === null || e.deadline < next) next = e.deadline;
  }
  return next;
}

/**
 * Calls `read` whenever the waiting buyers change, just after each counted deadline passes, and every WAITING_REREAD_MS
 * while anyone waits, until `signal` aborts.
 */
export function followTodayFigures(read: () => void, signal: AbortSignal, now: () => number = Date.now): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const plan = (entries: readonly TimerEntry[]) => {
    clearTimeout(timer);
    const at = nextCountedDeadline(entries, now());
    if ((at === null && !entries.length) || signal.aborted) return;
    const wait = Math.min(WAITING_REREAD_MS, at === null ? Infinity : at + AFTER_DEADLINE_MS - now());
    timer = setTimeout(() => {
      read();
      plan(entries);
    }, Math.max(0, wait));
  };
  void waitingItem.getValue().then((state) => plan(state?.conversations ?? []), () => undefined);
  const unwatch = waitingItem.watch((state) => {
    read();
    plan(state?.conversations ?? []);
  });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    unwatch();
  }, { once: true });
}
