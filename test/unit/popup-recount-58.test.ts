// @vitest-environment node
// Round 58 (timers58 probe): a popup left open while a buyer's deadline passed kept 「待定」 in today's figures beside
// the buyer its waiting list showed 超时. The popup now reads them again when the waiting buyers change, just after
// each counted deadline, and every 30 s while anyone waits (components/popup/recount.ts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerEntry } from '@/background/timer-state';
import { AFTER_DEADLINE_MS, followTodayFigures, MAX_READ_GAP_MS, MIN_READ_GAP_MS, nextCountedDeadline, WAITING_REREAD_MS } from '@/components/popup/recount';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2026-11-30T23:59:50+08:00');
const entry = (conv: string, deadline: number, more: Partial<TimerEntry> = {}): TimerEntry =>
  ({ conv, anchorId: `${conv}-1`, anchorTs: deadline - 300_000, deadline, unanswered: 1, counted: true, level: null, step: -1, ...more }) as TimerEntry;

describe('nextCountedDeadline', () => {
  it('the earliest counted deadline still ahead (two in the same second: that second); not counted or time unknown: none', () => {
    const list = [entry('a', T0 + 5000), entry('b', T0 + 2000), entry('c', T0 + 2000), entry('d', T0 + 1000, { counted: false }), entry('e', T0, { timeUnknown: true })];
    expect(nextCountedDeadline(list, T0)).toBe(T0 + 2000);
    expect(nextCountedDeadline(list, T0 + 2000 + AFTER_DEADLINE_MS)).toBe(T0 + 5000);
    expect(nextCountedDeadline(list, T0 + 6000)).toBeNull();
    expect(nextCountedDeadline([], T0)).toBeNull();
  });
});

describe('followTodayFigures', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('reads just after a deadline passes (before: never while open), again when the buyers change, and stops when aborted', async () => {
    await waitingItem.setValue({ computedAt: T0, conversations: [entry('a', T0 + 8000), entry('b', T0 + 8000)], nextWakeAt: T0 + 8000 } as never);
    const reads: number[] = [];
    const controller = new AbortController();
    followTodayFigures(() => reads.push(Date.now()), controller.signal);
    await vi.advanceTimersByTimeAsync(7000);
    expect(reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(reads).toEqual([T0 + 8000 + AFTER_DEADLINE_MS]); // two deadlines in the same second: one read
    // A reply filed: the worker rewrites the waiting buyers; read once MIN_READ_GAP_MS after the last read.
    await vi.advanceTimersByTimeAsync(MIN_READ_GAP_MS);
    await waitingItem.setValue({ computedAt: Date.now(), conversations: [entry('b', T0 + 8000)], nextWakeAt: null } as never);
    await vi.advanceTimersByTimeAsync(10);
    expect(reads).toHaveLength(2);
    // b waits on (overdue): read every 30 s (its later messages turn late after its first).
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS);
    expect(reads).toHaveLength(3);
    controller.abort();
    await waitingItem.setValue(null);
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS * 2);
    expect(reads).toHaveLength(3);
  });

  it('changes coming fast are read once per MIN_READ_GAP_MS, the last one never dropped', async () => {
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 0; i < 10; i++) {
      await waitingItem.setValue({ computedAt: Date.now(), conversations: [entry(`c${i}`, Date.now() + 200_000)], nextWakeAt: null } as never);
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(MIN_READ_GAP_MS);
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(7);
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(MIN_READ_GAP_MS);
    expect(reads.at(-1)).toBeGreaterThanOrEqual(T0 + 10 + 9 * 500); // after the last change
  });

  it('500 waiting buyers, a deadline every 0.6 s: one read per 10 s at most, the last deadline not missed', async () => {
    const list = Array.from({ length: 500 }, (_, i) => entry(`c${i}`, T0 + 1000 + i * 600));
    await waitingItem.setValue({ computedAt: T0, conversations: list, nextWakeAt: T0 + 1000 } as never);
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(1000 + 500 * 600 + MAX_READ_GAP_MS + 1000);
    // 500 waiting: a read every 10 s at most (a read costs the popup ~0.3–0.5 s then), the last deadline still read.
    for (let i = 1; i < reads.length; i++) expect(reads[i]! - reads[i - 1]!).toBeGreaterThanOrEqual(MAX_READ_GAP_MS);
    expect(reads.at(-1)).toBeGreaterThanOrEqual(list.at(-1)!.deadline);
    expect(reads.length).toBeLessThanOrEqual(32);
  });

  it('nobody waiting: no timer, nothing read', async () => {
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS * 3);
    expect(reads).toEqual([]);
  });
});
