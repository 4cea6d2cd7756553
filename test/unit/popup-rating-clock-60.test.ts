// @vitest-environment node
// Round 60 (timers60): the popup's clock — what today's figures, this month's card and a rating entered by hand are
// judged and stamped by — took the worker's skew only while a buyer waited. With nobody waiting and the PC a few minutes
// slow at a month's end, the card showed the PC's month and the hand-entered rating landed in it (PopupApp stamps the
// rating with this clock).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toPcTime } from '@/background/timers';
import { followTodayFigures } from '@/components/popup/recount';
import { monthBounds } from '@/background/ledger/ranges';
import { waitingItem } from '@/utils/waiting';

const PC_AT = Date.parse('2026-12-31T23:57:00+08:00'); // the PC's clock
const SLOW = 360_000; // server − PC: the server's clock reads 2027-01-01 00:03

describe('followTodayFigures: the worker’s skew with nobody waiting', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: PC_AT, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('a skew written with nobody waiting is taken: read again in the server’s month, and the clock stamps there', async () => {
    await waitingItem.setValue(toPcTime({ computedAt: PC_AT + SLOW, conversations: [], nextWakeAt: null }, SLOW));
    const reads: number[] = [];
    const clock = followTodayFigures((now) => reads.push(now), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10);
    // Before: no read, and the clock was the PC's (December).
    expect(reads).toHaveLength(1);
    expect(reads[0]! - (PC_AT + SLOW)).toBeGreaterThanOrEqual(0);
    expect(reads[0]! - (PC_AT + SLOW)).toBeLessThanOrEqual(10);
    expect(clock()).toBe(Date.now() + SLOW);
    expect(monthBounds(clock()).from).toBe(Date.parse('2027-01-01T00:00:00+08:00'));
  });

  it('no skew written with nobody waiting: the last one known is kept, none known: the PC clock', async () => {
    await waitingItem.setValue({ computedAt: PC_AT, conversations: [], nextWakeAt: null });
    const reads: number[] = [];
    const clock = followTodayFigures((now) => reads.push(now), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(reads).toEqual([]);
    expect(clock()).toBe(Date.now());
  });
});
