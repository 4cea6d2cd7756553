// @vitest-environment node
// Round 58 (timers58 probe): a popup left open while a buyer's deadline passed kept 「待定」 in today's figures beside
// the buyer its waiting list showed 超时. The popup now reads them again when the waiting buyers change, just after
// each counted deadline, and every 30 s while anyone waits (components/popup/recount.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerEntry } from '@/background/timer-state';
import { AFTER_DEADLINE_MS, followTodayFigures, nextCountedDeadline, WAITING_REREAD_MS } from '@/components/popup/recount';
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
    // A reply filed: the worker rewrites the waiting buyers; read at once.
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

  it('nobody waiting: no timer, nothing read', async () => {
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal);
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS * 3);
    expect(reads).toEqual([]);
  });
});
