// Round 57 (rt56: two workbench tabs with different clock evidence made the countdowns jump once a minute, the last
// report winning): each tab's page reports its server − PC estimate here (a 'clock-offset' message; ids and numbers
// only), and the timers use the largest that counts (utils/clock-offset.ts combinedOffset). storage.local, like the
// single report before it: a proof that the PC is slow outlives the browser (deadlines early, never late).
import { browser } from 'wxt/browser';
import { localItem } from '../utils/local-item';
import { serialQueue } from '../utils/serial-queue';
import {
  allReports,
  NO_CLOCK_REPORTS,
  withAllTabsClosed,
  withReport,
  withTabClosed,
  withTabReplaced,
  type ClockOffset,
  type ClockReports,
} from '../utils/clock-offset';

export const clockReportsItem = localItem<ClockReports>('clock-reports', NO_CLOCK_REPORTS);

/** Everything the timers weigh (the per-tab reports and the latest report, round 45's key). */
export async function storedClockReports(): Promise<ClockOffset[]> {
  const got = await browser.storage.local.get(['clock-reports', 'clock-offset']);
  const reports = (got['clock-reports'] as ClockReports | undefined) ?? NO_CLOCK_REPORTS;
  return allReports({ tabs: reports.tabs ?? {}, closed: reports.closed ?? [] }, got['clock-offset'] as ClockOffset | null | undefined);
}

// Read-modify-write: one at a time, or two tabs reporting together would lose one.
const queue = serialQueue();
function serially(change: (reports: ClockReports) => ClockReports, latest?: ClockOffset): Promise<void> {
  return queue(async () => {
    const stored = await clockReportsItem.getValue();
    const before: ClockReports = { tabs: stored.tabs ?? {}, closed: stored.closed ?? [] };
    const after = change(before);
    if (after === before && !latest) return;
    // One write, so the worker's storage listener refreshes the timers once.
    await browser.storage.local.set({ 'clock-reports': after, ...(latest ? { 'clock-offset': latest } : {}) });
  });
}

export const recordClockReport = (tabId: number, report: ClockOffset): Promise<void> => serially((r) => withReport(r, String(tabId), report), report);
export const closeClockTab = (tabId: number, now: number): Promise<void> => serially((r) => withTabClosed(r, String(tabId), now));
export const replaceClockTab = (added: number, removed: number): Promise<void> => serially((r) => withTabReplaced(r, String(removed), String(added)));
export const closeAllClockTabs = (now: number): Promise<void> => serially((r) => (Object.keys(r.tabs).length ? withAllTabsClosed(r, now) : r));
