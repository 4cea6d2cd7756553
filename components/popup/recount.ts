// Round 58 (timers58 probe): a popup left open (pinned as a tab, or just open) read today's figures once. A buyer whose
// deadline passed meanwhile showed 超时 in its waiting list while the today card still counted the message 待定 (and
// the rate as before), and a reply sent meanwhile was not counted on time, until the popup was opened again. The
// figures are read again when the waiting buyers change (a message or a reply filed) and when a counted deadline passes.
import type { TimerEntry, TimerState } from '../../background/timer-state';
import { askForMissedWake, waitingItem } from '../../utils/waiting';

/** After a deadline, before reading: the ledger counts a message late only once `now` is past it. */
export const AFTER_DEADLINE_MS = 250;
/**
 * While anyone waits, read again at least this often: a buyer's later messages (the list shows the oldest one's deadline
 * only) turn late after it, and so does a message whose deadline the ledger takes in server time (a PC clock off).
 */
export const WAITING_REREAD_MS = 30_000;
/**
 * Reads at most every MIN_READ_GAP_MS, plus READ_GAP_PER_BUYER_MS per waiting buyer, up to MAX_READ_GAP_MS: with 500
 * waiting buyers a deadline passes every 0.6 s, the worker rewrites the list as often, and a read of today's figures
 * takes ~0.3–0.5 s of the popup's thread (measured, timers-unseen-58): read each second, the popup was busy 8.9 s in
 * 12 (4.3 s without these reads). The first change after a quiet spell is read at once.
 */
export const MIN_READ_GAP_MS = 1000;
export const READ_GAP_PER_BUYER_MS = 20;
export const MAX_READ_GAP_MS = 10_000;
const readGap = (waiting: number) => Math.min(MAX_READ_GAP_MS, Math.max(MIN_READ_GAP_MS, waiting * READ_GAP_PER_BUYER_MS));

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
 * Round 59: the clock today's figures are judged by — the server's, as the worker decided the deadlines (`state.skew`,
 * server − PC). The ledger's records carry the server's times; judged at the PC's own time, a PC 2 min slow kept a
 * message 「待定」 for 2 min after its deadline (the re-read just after it, PC time, came 2 min "early" for the ledger).
 */
export const figuresNow = (state: Pick<TimerState, 'skew'> | null | undefined, pcNow: number): number => pcNow + (state?.skew ?? 0);

/**
 * The popup's clock (followTodayFigures' `now`) is also what a rating entered by hand is stamped with (PopupApp): the
 * month it counts in is the server's, as for the ratings the pages read.
 *
 * Calls `read(now)` whenever the waiting buyers change, just after each counted deadline passes, every WAITING_REREAD_MS
 * while anyone waits or `undecided()` says the figures shown hold a 待定 message, and once the worker's clock offset is
 * first known or changes, until `signal` aborts. `now` is the
 * corrected clock (figuresNow), which the returned function also gives for the popup's other reads.
 */
export function followTodayFigures(read: (now: number) => void, signal: AbortSignal, now: () => number = Date.now, undecided: () => boolean = () => false): () => number {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let held: ReturnType<typeof setTimeout> | undefined;
  let lastRead = -Infinity;
  let entries: readonly TimerEntry[] = [];
  // The popup's first read (popup-early.js, before this module) was at the PC's clock (skew 0).
  let skew = 0;
  const clock = () => now() + skew;
  const readNow = () => {
    clearTimeout(held);
    held = undefined;
    lastRead = now();
    read(clock());
  };
  /** A change to read: now, or once the gap (readGap) has passed since the last read (changes meanwhile are one read). */
  const request = () => {
    if (signal.aborted || held !== undefined) return;
    const wait = lastRead + readGap(entries.length) - now();
    if (wait <= 0) readNow();
    else held = setTimeout(readNow, wait);
  };
  // Round 62 (timers62): also every WAITING_REREAD_MS while the figures shown hold a message still undecided (待定) that
  // no waiting buyer stands for — one the timers take as answered while the rate does not know when (a session card
  // seen answered, `card-answered`): nothing else read again, and it stayed 待定 past its deadline until the popup was
  // opened again. So the loop ticks every WAITING_REREAD_MS even with nobody waiting, and reads only then.
  const plan = () => {
    clearTimeout(timer);
    if (signal.aborted) return;
    const at = nextCountedDeadline(entries, now());
    const wait = Math.min(WAITING_REREAD_MS, at === null ? Infinity : at + AFTER_DEADLINE_MS - now());
    timer = setTimeout(() => {
      if (at !== null || entries.length || undecided()) request();
      plan();
    }, Math.max(0, wait));
  };
  /** Takes the worker's state; true when its clock offset differs from the one the figures were last read by. */
  const follow = (state: TimerState | null): boolean => {
    entries = state?.conversations ?? [];
    const offset = figuresNow(state, 0);
    // With nobody waiting and no skew written, nothing says the offset is gone: keep the last one known. Round 60: a
    // skew written with nobody waiting is the worker's clock all the same (a popup opened then, near midnight or a
    // month's end, read the PC's day or month, and the rating entered by hand landed in it).
    const moved = state !== null && (entries.length > 0 || state.skew !== undefined) && offset !== skew;
    if (moved) skew = offset;
    plan();
    return moved;
  };
  void waitingItem.getValue().then((state) => follow(state) && request(), () => undefined);
  const unwatch = waitingItem.watch((state) => {
    follow(state);
    request();
  });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearTimeout(held);
    unwatch();
  }, { once: true });
  return clock;
}

/** How often the popup looks for a missed wake (as the workbench pages do: content/countdown). */
export const WAKE_CHECK_MS = 1000;

/**
 * Round 59: a popup left open (pinned as a tab) with no workbench page to notice that the worker's wake was missed (a
 * PC woken from sleep: Chrome runs the one alarm by elapsed time, minutes late, and the 30-s watch alarm up to 30 s
 * late): every WAKE_CHECK_MS, a mirrored state whose next wake is past asks the worker to recompute (`ask`), once per
 * missed wake (askForMissedWake). Before, the popup's own list showed 超时 while the badge stayed blue and no alert came.
 */
export function askOnMissedWake(ask: () => void, signal: AbortSignal, now: () => number = Date.now): void {
  let state: TimerState | null = null;
  let asked: { wake: number; at: number } | null = null;
  void waitingItem.getValue().then((s) => (state = s), () => undefined);
  const unwatch = waitingItem.watch((s) => (state = s));
  const check = setInterval(() => {
    const next = askForMissedWake(state, now(), asked);
    if (!next) return;
    asked = next;
    ask();
  }, WAKE_CHECK_MS);
  signal.addEventListener('abort', () => {
    clearInterval(check);
    unwatch();
  }, { once: true });
}
