// @vitest-environment node
// Round 62 (timers62): a popup left open read today's figures again only while someone waited in the worker's list (and at
// a waiting buyer's deadline). A message the timers take as answered while the rate does not know when (a session card
// seen answered) is no waiting buyer: it stayed 「待定」 past its deadline until the popup was opened again. The popup now
// also reads every WAITING_REREAD_MS while the figures it shows hold a 待定 message (components/popup/recount.ts).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followTodayFigures, WAITING_REREAD_MS } from '@/components/popup/recount';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2026-12-06T23:58:10+08:00');

describe('followTodayFigures with nobody waiting', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('reads every 30 s while the figures shown hold a 待定 message, and stops once none does', async () => {
    await waitingItem.setValue({ computedAt: T0, conversations: [], nextWakeAt: null } as never);
    let undecided = true;
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal, Date.now, () => undecided);
    await vi.advanceTimersByTimeAsync(10);
    const first = reads.length;
    await vi.advanceTimersByTimeAsync(5 * 60_000 + 1000); // past the 23:58 message's 00:03 deadline
    expect(reads.length - first).toBeGreaterThanOrEqual(10);
    expect(reads.at(-1)! - T0).toBeGreaterThan(5 * 60_000 - WAITING_REREAD_MS);
    undecided = false;
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS);
    const settled = reads.length;
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS * 4);
    expect(reads).toHaveLength(settled);
  });

  it('nothing 待定 and nobody waiting: no read', async () => {
    const reads: number[] = [];
    followTodayFigures(() => reads.push(Date.now()), new AbortController().signal, Date.now, () => false);
    await vi.advanceTimersByTimeAsync(WAITING_REREAD_MS * 4);
    expect(reads).toEqual([]);
  });
});
