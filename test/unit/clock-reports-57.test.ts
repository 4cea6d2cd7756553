// @vitest-environment node
// Round 57 (timers57; rt56's leftover): two workbench tabs whose pages hold different clock evidence made the countdowns
// jump once a minute (one `clock-offset` slot, the last report won). Each tab's report is now kept apart and the
// largest that counts is used; a closed tab's proof that the PC is slow stays until a page's send proves less.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { handleMessage } from '@/background/router';
import { refreshTimers } from '@/background/timers';
import { clockReportsItem } from '@/background/clock-reports';
import {
  combinedOffset,
  FAST_REPORT_TTL_MS,
  MAX_SKEW_MS,
  NO_CLOCK_REPORTS,
  sanitizeReport,
  withAllTabsClosed,
  withReport,
  withTabClosed,
  withTabReplaced,
} from '@/utils/clock-offset';
import type { ChatEvent } from '@/utils/messages';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const S = 1000;

describe('combinedOffset: the largest report that counts', () => {
  it('takes the largest, whichever came last; none (or only stale fast ones) is 0', () => {
    expect(combinedOffset([], T0)).toBe(0);
    expect(combinedOffset([{ offset: 120 * S, at: T0 - 50 * S }, { offset: 30 * S, at: T0 }], T0)).toBe(120 * S);
    expect(combinedOffset([{ offset: 30 * S, at: T0 }, { offset: 120 * S, at: T0 - 50 * S }], T0)).toBe(120 * S);
    // A fast report counts only while renewed; a stale one is no vote at all (not a 0 that beats another fast one).
    expect(combinedOffset([{ offset: -60 * S, at: T0 - FAST_REPORT_TTL_MS - 1 }], T0)).toBe(0);
    expect(combinedOffset([{ offset: -60 * S, at: T0 - FAST_REPORT_TTL_MS - 1 }, { offset: -90 * S, at: T0 - 10 * S }], T0)).toBe(-90 * S);
    // A slow page's proof beats another page's fast estimate (the side that shows less time).
    expect(combinedOffset([{ offset: -90 * S, at: T0 }, { offset: 20 * S, at: T0 - 3_600_000 }], T0)).toBe(20 * S);
    expect(combinedOffset([{ offset: 3_600_000, at: T0 }, null, undefined], T0)).toBe(MAX_SKEW_MS);
  });

  it('never draws a deadline later than any single report would (the contract: never later than it is)', () => {
    const reports = [{ offset: 120 * S, at: T0 }, { offset: 0, at: T0, sent: true }, { offset: -30 * S, at: T0 }, { offset: 45 * S, at: T0 - 86_400_000 }];
    for (const r of reports) expect(combinedOffset(reports, T0)).toBeGreaterThanOrEqual(combinedOffset([r], T0));
  });
});

describe('the per-tab bookkeeping', () => {
  const a = { offset: 120 * S, at: T0 };
  const b = { offset: 30 * S, at: T0 + 10 * S };
  it('one report per tab, renewed in place; a closed tab’s report is kept', () => {
    let r = withReport(withReport(NO_CLOCK_REPORTS, '1', a), '2', b);
    r = withReport(r, '2', { ...b, at: T0 + 70 * S });
    expect(Object.keys(r.tabs)).toEqual(['1', '2']);
    r = withTabClosed(r, '1', T0 + 80 * S);
    expect(r.tabs).toEqual({ '2': { ...b, at: T0 + 70 * S } });
    expect(r.closed).toEqual([a]);
    // Rows seen (no send) never displace it: they prove only a lower bound, which the 2 min does not contradict.
    r = withReport(r, '2', { offset: 31 * S, at: T0 + 130 * S });
    expect(combinedOffset([...Object.values(r.tabs), ...r.closed], T0 + 130 * S)).toBe(120 * S);
    // A send proving the offset at most 1 s after it does: the clock was set right meanwhile.
    r = withReport(r, '2', { offset: 1 * S, at: T0 + 200 * S, sent: true });
    expect(r.closed).toEqual([]);
    expect(combinedOffset([...Object.values(r.tabs), ...r.closed], T0 + 200 * S)).toBe(1 * S);
  });

  it('a send older than the closed report, or larger, leaves it', () => {
    const closed = withTabClosed(withReport(NO_CLOCK_REPORTS, '1', a), '1', T0);
    expect(withReport(closed, '2', { offset: 0, at: T0 - S, sent: true }).closed).toEqual([a]);
    expect(withReport(closed, '2', { offset: 150 * S, at: T0 + S, sent: true }).closed).toEqual([a]);
  });

  it('a closed fast report ages out; at most a few closed reports, the largest kept', () => {
    const fast = withTabClosed(withReport(NO_CLOCK_REPORTS, '1', { offset: -60 * S, at: T0 }), '1', T0 + FAST_REPORT_TTL_MS + S);
    expect(fast.closed).toEqual([]);
    let r = NO_CLOCK_REPORTS;
    for (let i = 1; i <= 6; i++) r = withReport(r, String(i), { offset: i * 10 * S, at: T0 });
    r = withAllTabsClosed(r, T0);
    expect(r.tabs).toEqual({});
    expect(r.closed.map((c) => c.offset)).toEqual([60 * S, 50 * S, 40 * S, 30 * S]);
  });

  it('a discarded tab replaced under a new id keeps its report', () => {
    const r = withTabReplaced(withReport(NO_CLOCK_REPORTS, '1', a), '1', '9');
    expect(r.tabs).toEqual({ '9': a });
    expect(withTabReplaced(r, '5', '6')).toBe(r);
  });

  it('a malformed report is refused', () => {
    expect(sanitizeReport({ offset: '1', at: T0 })).toBeNull();
    expect(sanitizeReport({ offset: Number.NaN, at: T0 })).toBeNull();
    expect(sanitizeReport(null)).toBeNull();
    expect(sanitizeReport({ offset: 5, at: T0, sent: 'yes', text: '不该存' })).toEqual({ offset: 5, at: T0 });
  });
});

describe('the worker: two tabs reporting in turn', () => {
  let clock = T0;
  let n = 0;
  const tab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, windowId: 1 }, frameId: 0 }) as never;
  // Server time: the buyer asked 60 s ago by the server's clock.
  const asked: ChatEvent = { site: 'kuaishou', conv: '小王', id: 'm1', dir: 'in', ts: T0 + 120 * S - 60 * S, tsSource: 'page', history: false, source: 'row', buyerName: '小王' };
  const deadline = async () => (await waitingItem.getValue())!.conversations[0]!.deadline;

  beforeEach(() => {
    fakeBrowser.reset();
    clock = T0;
  });

  it('the deadline stays where the larger proof puts it, whichever tab reported last, and after that tab closes', async () => {
    const deps = startBackground({ ledgerName: `clock-57-${n++}`, now: () => clock });
    // Tab 1's page proved the PC 2 min slow before the buyer's row came (else the message, dated ahead of the PC's
    // clock, reads as a step of the clock back: round 49's clock-back, another matter).
    await handleMessage({ type: 'clock-offset', report: { offset: 120 * S, at: clock } }, tab(1), deps);
    await handleMessage({ type: 'chat-events', events: [asked] }, tab(1), deps);
    const seen: number[] = [];
    for (const [id, offset] of [[1, 120 * S], [2, 30 * S], [1, 120 * S], [2, 30 * S]] as const) {
      clock += 60 * S;
      expect(await handleMessage({ type: 'clock-offset', report: { offset, at: clock } }, tab(id), deps)).toEqual({ ok: true });
      await refreshTimers(deps);
      seen.push(await deadline());
    }
    // Server deadline T0 + 60 s + 5:00, drawn 2 min earlier in PC time, at every step (before: ±90 s in turn).
    expect(seen).toEqual(Array(4).fill(T0 + 360 * S - 120 * S));
    await fakeBrowser.tabs.onRemoved.trigger(1, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 20));
    await refreshTimers(deps);
    expect(await deadline()).toBe(T0 + 240 * S);
    expect((await clockReportsItem.getValue()).closed).toEqual([{ offset: 120 * S, at: T0 + 180 * S }]);
    // Tab 2's agent sends: the page now proves the offset is at most 1 s (the PC's clock was set right meanwhile).
    clock += 10 * S;
    await handleMessage({ type: 'clock-offset', report: { offset: 1 * S, at: clock, sent: true } }, tab(2), deps);
    await refreshTimers(deps);
    expect(await deadline()).toBe(T0 + 359 * S);
  });

  it('a report from no tab, or malformed, is refused and stores nothing', async () => {
    const deps = startBackground({ ledgerName: `clock-57-${n++}`, now: () => clock });
    expect(await handleMessage({ type: 'clock-offset', report: { offset: 5, at: clock } }, { id: fakeBrowser.runtime.id } as never, deps)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'clock-offset', report: { offset: 'x' } as never }, tab(1), deps)).toMatchObject({ ok: false });
    expect(await clockReportsItem.getValue()).toEqual(NO_CLOCK_REPORTS);
  });

  it('a browser start: the last session’s tab reports become closed ones (tab ids do not survive)', async () => {
    const deps = startBackground({ ledgerName: `clock-57-${n++}`, now: () => clock });
    await handleMessage({ type: 'clock-offset', report: { offset: 120 * S, at: clock } }, tab(4), deps);
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((r) => setTimeout(r, 20));
    expect(await clockReportsItem.getValue()).toEqual({ tabs: {}, closed: [{ offset: 120 * S, at: T0 }] });
  });
});
