// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLintScheduler } from '../../../content/guard/scheduler';

afterEach(() => vi.useRealTimers());

describe('lint scheduler', () => {
  it('coalesces requests into one pass in a task of its own', () => {
    vi.useFakeTimers();
    const pass = vi.fn();
    const s = createLintScheduler(pass, { now: () => 0 });
    s.request();
    s.request();
    s.request();
    expect(pass).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('after an input event, runs once the dispatch is over (a microtask), replacing a queued task', async () => {
    vi.useFakeTimers();
    const pass = vi.fn();
    const s = createLintScheduler(pass, { now: () => 0 });
    s.request();
    s.requestAfterInput();
    s.requestAfterInput();
    expect(pass).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(pass).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(0);
    expect(pass).toHaveBeenCalledTimes(1);
  });

  it('debounces after slow passes in a row (capped while requests keep coming); flush() runs a pending pass', () => {
    vi.useFakeTimers();
    let clock = 0;
    const pass = vi.fn(() => (clock += 20)); // every pass "takes" 20 ms
    const s = createLintScheduler(pass, { now: () => clock, slowMs: 8, slowPasses: 2, debounceMs: 150, maxWaitMs: 400 });
    s.request();
    vi.advanceTimersByTime(0);
    s.request();
    vi.advanceTimersByTime(0);
    expect(pass).toHaveBeenCalledTimes(2);
    // Keys every 100 ms: the debounce restarts, but a pass comes at the latest 400 ms after the first key.
    for (let i = 0; i < 3; i++) {
      s.requestAfterInput();
      vi.advanceTimersByTime(100);
      clock += 100;
    }
    expect(pass).toHaveBeenCalledTimes(2);
    s.requestAfterInput();
    vi.advanceTimersByTime(100);
    clock += 100;
    expect(pass).toHaveBeenCalledTimes(3);
    s.request();
    s.flush();
    expect(pass).toHaveBeenCalledTimes(4);
  });

  // paint2 bench: one slow pass (the first draw of banner and mirror took 10–170 ms on a loaded 2-core
  // machine, on main too) sent the scheduler into its debounce: the next keys, typed every ~5 ms, got
  // no pass for up to maxWaitMs (159–450 of 500 passes on the textarea page at load 12–14).
  it('one slow pass alone (a first draw, a GC, the tab preempted) does not debounce the next keys', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const costs = [40, 1, 1, 1];
    const pass = vi.fn(() => (clock += costs.shift() ?? 1));
    const s = createLintScheduler(pass, { now: () => clock, slowMs: 8, debounceMs: 150, maxWaitMs: 500 });
    for (let key = 1; key <= 4; key++) {
      s.requestAfterInput();
      await Promise.resolve();
      expect(pass).toHaveBeenCalledTimes(key); // right after each key's input event, no timer
      clock += 5;
    }
  });
});
