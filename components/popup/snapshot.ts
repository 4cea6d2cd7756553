// The popup's last complete render, kept in this extension origin's localStorage: the next open
// draws it at once (no IndexedDB open before the first paint), labelled with its time and "updating",
// and replaces it with the ledger's figures as soon as they are read. It is never shown as current:
// only a snapshot of the same Beijing day is used, and only until the fresh read lands. Figures
// only (counts per day, per month, per clause): no message text, no buyer names.
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import type { DayFigures, GuardActivity } from '../../background/ledger/queries';
import type { MonthSatisfaction } from '../../rules/metrics/satisfaction';

export const SNAPSHOT_KEY = 'replyguard-popup-snapshot';
/** Bump when the stored shape changes: an older snapshot is ignored. */
const SNAPSHOT_VERSION = 1;

export interface PopupSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /** When the figures were read (epoch ms). */
  at: number;
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

/**
 * The snapshot usable at `now`: same version, read earlier on the same Beijing day (a clock set
 * back, or another day, makes it unusable: yesterday's "today" must never be drawn as today's).
 */
export function readSnapshot(now: number, from: Store | null = store()): PopupSnapshot | null {
  let s: Partial<PopupSnapshot>;
  try {
    s = JSON.parse(from?.getItem(SNAPSHOT_KEY) ?? 'null') as Partial<PopupSnapshot>;
  } catch {
    return null;
  }
  if (!s || s.v !== SNAPSHOT_VERSION || typeof s.at !== 'number' || s.at > now || beijingDayNumber(s.at) !== beijingDayNumber(now)) return null;
  if (!isDay(s.today) || !Array.isArray(s.days) || !s.days.every(isDay) || !s.month || !s.activity) return null;
  return s as PopupSnapshot;
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
