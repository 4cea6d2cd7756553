// The popup's last complete render, kept in this extension origin's localStorage: the next open
// draws it at once (no IndexedDB open before the first paint), labelled with its time and "updating",
// and replaces it with the ledger's figures as soon as they are read. It is never shown as current:
// only a snapshot of the same Beijing day is used, and only until the fresh read lands. Figures
// only (counts per day, per month, per clause): no message text, no buyer names.
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { DayFigures, GuardActivity } from '../../background/ledger/queries';
import type { MonthSatisfaction } from '../../rules/metrics/satisfaction';

export const SNAPSHOT_KEY = 'replyguard-popup-snapshot';
/** Bump when the stored shape changes: an older snapshot is ignored. 2 (round 63): `at` on the popup's clock, with `skew`. */
const SNAPSHOT_VERSION = 2;

export interface PopupSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /**
   * The clock the figures were judged at (epoch ms): the popup's, server time as the worker estimates it (PC + skew,
   * components/popup/recount.ts figuresNow). Round 63: it was the PC's clock while `today` was the server's day.
   */
  at: number;
  /** Server − PC (ms) the popup's clock had when the figures were read: what readSnapshot judges `at` by. */
  skew: number;
  today: DayFigures;
  days: DayFigures[];
  month: MonthSatisfaction & { month: string };
  /** Round 48: last month's satisfaction (absent in snapshots saved before). */
  lastMonth?: MonthSatisfaction & { month: string };
  activity: GuardActivity;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const store = (): Store | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: every open reads the ledger
  }
};

const isDay = (d: unknown): d is DayFigures =>
  typeof d === 'object' && d !== null && typeof (d as DayFigures).day === 'string' && Number.isFinite((d as DayFigures).eligible) && Number.isFinite((d as DayFigures).onTime) && Number.isFinite((d as DayFigures).late) && Number.isFinite((d as DayFigures).pending);

/** Round 63: the popup's clock offset (server − PC, ms) as last learned, kept beside the snapshot. */
export const CLOCK_KEY = 'replyguard-popup-clock';

/**
 * The snapshot usable at `pcNow` (the PC's clock): same version, read earlier on the same Beijing day (a clock set
 * back, or another day, makes it unusable: yesterday's "today" must never be drawn as today's). Round 63: judged on the
 * popup's clock, as it was stamped (PC + skew): judged on the PC's alone, a PC 3 min slow at 00:01 Beijing time drew
 * yesterday's figures as today's. Which skew holds now is known only once the worker's state is read, after this first
 * paint: the snapshot's own, the one the popup learned last (rememberClockSkew: a popup closed before its figures were
 * read again on the server's clock), and none (the PC set right since) must all give its day, or it is not used (the
 * ledger's read follows at once; a snapshot missed costs a first paint 0.1 s later).
 */
export function readSnapshot(pcNow: number, from: Store | null = store()): PopupSnapshot | null {
  let s: Partial<PopupSnapshot>;
  let last: unknown;
  try {
    s = JSON.parse(from?.getItem(SNAPSHOT_KEY) ?? 'null') as Partial<PopupSnapshot>;
    last = (JSON.parse(from?.getItem(CLOCK_KEY) ?? 'null') as { skew?: unknown } | null)?.skew;
  } catch {
    return null;
  }
  if (!s || s.v !== SNAPSHOT_VERSION || typeof s.at !== 'number' || typeof s.skew !== 'number' || !Number.isFinite(s.skew)) return null;
  const skews = [0, s.skew, ...(typeof last === 'number' && Number.isFinite(last) ? [last] : [])];
  const day = beijingDayNumber(s.at);
  if (s.at > pcNow + s.skew || skews.some((skew) => beijingDayNumber(pcNow + skew) !== day)) return null;
  if (!isDay(s.today) || !Array.isArray(s.days) || !s.days.every(isDay) || !s.month || !s.activity) return null;
  return s as PopupSnapshot;
}

/** Round 63: the offset the popup's clock took (each read): the next open judges its snapshot by it too. */
export function rememberClockSkew(skew: number, to: Store | null = store()): void {
  try {
    to?.setItem(CLOCK_KEY, JSON.stringify({ skew }));
  } catch {
    // quota or disabled: the snapshot's own skew and the PC's clock still judge it
  }
}

export function saveSnapshot(snapshot: Omit<PopupSnapshot, 'v'>, to: Store | null = store()): void {
  try {
    to?.setItem(SNAPSHOT_KEY, JSON.stringify({ v: SNAPSHOT_VERSION, ...snapshot }));
  } catch {
    // quota or disabled: the next open reads the ledger first
  }
}

/** After an import or a purge (options page, same origin): the next open starts from the ledger. */
export function clearSnapshot(from: Store | null = store()): void {
  try {
    from?.removeItem(SNAPSHOT_KEY);
  } catch {
    // nothing stored
  }
}
