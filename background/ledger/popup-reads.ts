// What the popup reads from the ledger on open, in ONE read-only transaction of plain IndexedDB
// requests (no idb wrapper, no metric code): the popup's early script (entrypoints/popup-early.ts)
// starts it from popup.html's head, before the popup's modules have loaded; the popup falls back
// to the same function when that script could not. What the records mean is decided later by the
// popup with the ledger's own code (day-cache.ts, queries.ts).
import { beijingDayNumber } from '../../rules/metrics/beijing-time';
import { dayBounds, daysKeyRange, monthBounds } from './ranges';
import type { DayRecord, DirtyMark, LintRecord, RatingRecord } from './schema';

/** The popup's chart: the last 30 Beijing days, today included. */
export const POPUP_CHART_DAYS = 30;

export interface PopupRecords {
  /** The clock the ranges were taken at: every figure of this open is computed as of it. */
  now: number;
  /** The days store over the chart's days (`daysKeyRange`), dirty marks included. */
  days: (DayRecord | DirtyMark)[];
  /** This Beijing month's ratings. */
  ratings: RatingRecord[];
  /** Round 48: last Beijing month's ratings (the figure rule 3.1.2 judges once the month has turned). */
  lastRatings?: RatingRecord[];
  /** Today's (Beijing) guard decisions. */
  lint: LintRecord[];
}

export function readPopupRecords(db: IDBDatabase, now: number): Promise<PopupRecords> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['days', 'ratings', 'lint'], 'readonly');
    const today = beijingDayNumber(now);
    const month = monthBounds(now);
    const day = dayBounds(now);
    // Issued together: IndexedDB runs them back to back without a round trip to this thread between.
    const days = tx.objectStore('days').getAll(IDBKeyRange.bound(...daysKeyRange(today - POPUP_CHART_DAYS + 1, today)));
    const ratings = tx.objectStore('ratings').index('at').getAll(IDBKeyRange.bound(month.from, month.to));
    const last = monthBounds(month.from - 1);
    const lastRatings = tx.objectStore('ratings').index('at').getAll(IDBKeyRange.bound(last.from, last.to));
    const lint = tx.objectStore('lint').index('at').getAll(IDBKeyRange.bound(day.from, day.to));
    tx.oncomplete = () => resolve({ now, days: days.result as PopupRecords['days'], ratings: ratings.result as RatingRecord[], lastRatings: lastRatings.result as RatingRecord[], lint: lint.result as LintRecord[] });
    tx.onabort = () => reject(tx.error ?? new DOMException('read aborted', 'AbortError'));
  });
}

/**
 * Opens the ledger at `version` without ever creating or migrating it: a missing or older database
 * is left to openLedger() (db.ts, the migrations), so this open then fails and the caller falls back.
 */
export function openExistingLedger(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      // A newer version is being opened elsewhere (an updated worker): let it upgrade.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
}

/** What the early script leaves for the popup's module (globalThis.__replyguardEarly). */
export interface EarlyLedger {
  /** The clock its reads were taken at (PopupRecords.now). */
  now: number;
  db: Promise<IDBDatabase>;
  records: Promise<PopupRecords>;
}

export const EARLY_GLOBAL = '__replyguardEarly';
