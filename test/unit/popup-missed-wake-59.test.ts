// @vitest-environment node
// Round 59 (timers59): after a sleep, a popup left open with no workbench page never told the worker its wake was
// missed (the one alarm minutes late, the watch alarm up to 30 s): its list showed 超时, the badge stayed blue and no
// alert came. The popup now asks each second as the pages do (components/popup/recount.ts askOnMissedWake).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askOnMissedWake, WAKE_CHECK_MS } from '@/components/popup/recount';
import { ASK_AGAIN_MS, MISSED_WAKE_MS, waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2026-12-06T15:00:00+08:00');

describe('askOnMissedWake', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: T0, toFake: ['setInterval', 'clearInterval', 'Date'] });
  });
  afterEach(() => vi.useRealTimers());

  it('asks once the worker’s next wake is past by MISSED_WAKE_MS, once per wake (again after ASK_AGAIN_MS), and stops when aborted', async () => {
    await waitingItem.setValue({ computedAt: T0, conversations: [], nextWakeAt: T0 + 20_000 });
    let asks = 0;
    const controller = new AbortController();
    askOnMissedWake(() => asks++, controller.signal);
    await vi.advanceTimersByTimeAsync(20_000 + MISSED_WAKE_MS - WAKE_CHECK_MS);
    expect(asks).toBe(0); // the worker's own alarm may still come
    // Asleep for 10 minutes: the wall clock jumps, the popup's interval runs on waking.
    vi.setSystemTime(T0 + 620_000);
    await vi.advanceTimersByTimeAsync(WAKE_CHECK_MS);
    expect(asks).toBe(1);
    await vi.advanceTimersByTimeAsync(ASK_AGAIN_MS - 2 * WAKE_CHECK_MS);
    expect(asks).toBe(1); // not every second for the same wake
    await vi.advanceTimersByTimeAsync(2 * WAKE_CHECK_MS);
    expect(asks).toBe(2); // the worker did not answer: asked again
    // The worker recomputed: its next wake ahead, nothing to ask.
    await waitingItem.setValue({ computedAt: Date.now(), conversations: [], nextWakeAt: Date.now() + 60_000 });
    await vi.advanceTimersByTimeAsync(10 * WAKE_CHECK_MS);
    expect(asks).toBe(2);
    controller.abort();
    vi.setSystemTime(Date.now() + 600_000);
    await vi.advanceTimersByTimeAsync(10 * WAKE_CHECK_MS);
    expect(asks).toBe(2);
  });

  it('nobody waiting (no next wake): never asks', async () => {
    await waitingItem.setValue({ computedAt: T0, conversations: [], nextWakeAt: null });
    let asks = 0;
    askOnMissedWake(() => asks++, new AbortController().signal);
    vi.setSystemTime(T0 + 600_000);
    await vi.advanceTimersByTimeAsync(5 * WAKE_CHECK_MS);
    expect(asks).toBe(0);
  });
});
