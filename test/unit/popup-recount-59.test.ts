// @vitest-environment node
// Round 59 (timers59): the popup judged today's figures at the PC's Date.now() while the ledger's records and the
// worker's deadlines are in server time (round 45). With the PC 2 min slow, the re-read just after a buyer's deadline
// (PC time) still found the message 「待定」: the figures are now read at the worker's clock (Date.now() + state.skew).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerEntry } from '@/background/timer-state';
import { toPcTime } from '@/background/timers';
import { AFTER_DEADLINE_MS, figuresNow, followTodayFigures, MIN_READ_GAP_MS } from '@/components/popup/recount';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2026-12-06T15:00:00+08:00');
const SLOW = 120_000; // server − PC: the PC's clock 2 min behind
const entry = (conv: string, deadline: number): TimerEntry =>
  ({ conv, site: 'kuaishou', anchorId: `${conv}-1`, anchorTs: deadline - 300_000, deadline, unanswered: 1, counted: true, level: null, step: -1 }) as TimerEntry;

describe('figuresNow', () => {
  it('the PC clock plus the skew the worker turned its deadlines back with (none: the PC clock)', () => {
    const state = toPcTime({ computedAt: T0 + SLOW, conversations: [entry('a', T0 + SLOW + 8000)], nextWakeAt: T0 + SLOW + 8000 }, SLOW);
    expect(state.skew).toBe(SLOW);
    expect(state.conversations[0]!.deadline).toBe(T0 + 8000);
    expect(figuresNow(state, T0 + 8000)).toBe(T0 + SLOW + 8000); // at the PC's deadline, the server's deadline
    expect(figuresNow(toPcTime({ computedAt: T0, conversations: [], nextWakeAt: null }, 0), T0)).toBe(T0);
    expect(figuresNow(null, T0)).toBe(T0);
  });
});

describe('followTodayFigures with the PC clock off', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('PC 2 min slow: the read just after the deadline is judged past the server’s deadline (before: 2 min before it)', async () => {
    // Server deadline T0 + SLOW + 8000; in PC time T0 + 8000.
    await waitingItem.setValue(toPcTime({ computedAt: T0 + SLOW, conversations: [entry('a', T0 + SLOW + 8000)], nextWakeAt: T0 + SLOW + 8000 }, SLOW));
    const reads: number[] = [];
    const clock = followTodayFigures((now) => reads.push(now), new AbortController().signal);
    // The popup's first read was at the PC's clock: read again once the offset is known.
    await vi.advanceTimersByTimeAsync(10);
    expect(reads).toEqual([T0 + SLOW]);
    expect(clock()).toBe(Date.now() + SLOW);
    await vi.advanceTimersByTimeAsync(8000 + AFTER_DEADLINE_MS);
    expect(reads).toHaveLength(2);
    // The ledger counts the message late only at a `now` past its (server) deadline.
    expect(reads[1]).toBeGreaterThan(T0 + SLOW + 8000);
  });

  it('PC 2 min fast (skew −2 min): the read after the deadline is judged past it, not 2 min after it', async () => {
    await waitingItem.setValue(toPcTime({ computedAt: T0 - SLOW, conversations: [entry('a', T0 - SLOW + 8000)], nextWakeAt: T0 - SLOW + 8000 }, -SLOW));
    const reads: number[] = [];
    followTodayFigures((now) => reads.push(now), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(8000 + AFTER_DEADLINE_MS);
    const server = reads.at(-1)!;
    expect(server).toBeGreaterThan(T0 - SLOW + 8000);
    expect(server).toBeLessThan(T0 - SLOW + 8000 + 1000);
  });

  it('no clock offset: no extra read, the PC clock', async () => {
    await waitingItem.setValue({ computedAt: T0, conversations: [entry('a', T0 + 8000)], nextWakeAt: T0 + 8000 });
    const reads: number[] = [];
    followTodayFigures((now) => reads.push(now), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(8000 + AFTER_DEADLINE_MS);
    expect(reads).toEqual([T0 + 8000 + AFTER_DEADLINE_MS]);
  });

  it('nobody waiting any more (the worker writes no skew then): the last known offset is kept', async () => {
    await waitingItem.setValue(toPcTime({ computedAt: T0 + SLOW, conversations: [entry('a', T0 + SLOW + 200_000)], nextWakeAt: null }, SLOW));
    const reads: number[] = [];
    const clock = followTodayFigures((now) => reads.push(now), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10);
    await waitingItem.setValue({ computedAt: Date.now(), conversations: [], nextWakeAt: null });
    await vi.advanceTimersByTimeAsync(2000);
    expect(reads.at(-1)).toBe(T0 + MIN_READ_GAP_MS + SLOW); // the change after the first read, one gap later
    expect(clock()).toBe(Date.now() + SLOW);
  });
});
