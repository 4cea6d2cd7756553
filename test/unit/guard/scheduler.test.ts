// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLintScheduler } from '../../../content/guard/scheduler';

afterEach(() => vi.useRealTimers());

describe('lint scheduler', () => {
  it('coalesces requests into one pass in the next task, off the caller’s stack', () => {
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

  it('debounces after a slow pass, and flush() runs a pending pass at once', () => {
    vi.useFakeTimers();
    let clock = 0;
    const pass = vi.fn(() => (clock += 20)); // every pass "takes" 20 ms
    const s = createLintScheduler(pass, { now: () => clock, slowMs: 8, debounceMs: 150 });
    s.request();
    vi.advanceTimersByTime(0);
    expect(pass).toHaveBeenCalledTimes(1);
    s.request();
    vi.advanceTimersByTime(100);
    s.request(); // typing goes on: the debounce restarts
    vi.advanceTimersByTime(100);
    expect(pass).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(50);
    expect(pass).toHaveBeenCalledTimes(2);
    s.request();
    s.flush();
    expect(pass).toHaveBeenCalledTimes(3);
  });
});
