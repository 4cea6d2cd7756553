// Runs the typing-time lint off the keystroke path. After an input event has reached every page
// listener (the guard listens last, on window in the bubble phase), the pass runs as a microtask of
// that same task: the page's own handlers are never delayed, and the highlight is current before the
// frame that shows the new character. Other triggers (DOM mutations, focus, polling) get a task.
// Passes that keep turning out slow (a huge paste, a page or machine that cannot keep up) switch to a
// debounce — with a cap, so continuous typing still gets a pass now and then — until a pass is fast
// again. One slow pass alone does not: the first draw of the banner and the mirror (10–170 ms on a
// loaded machine), a GC or the OS preempting the tab would otherwise leave the next ~100 keys of
// fast typing without a pass (up to maxWaitMs), highlights lagging behind the text.

export interface LintScheduler {
  /** Asks for a pass in a task of its own. */
  request(): void;
  /** Asks for a pass right after the current event dispatch (call from the last input listener). */
  requestAfterInput(): void;
  /** Runs a pending pass now. */
  flush(): void;
  cancel(): void;
}

export interface SchedulerOptions {
  /** A pass slower than this (ms) is slow; `slowPasses` slow passes in a row make the next ones debounced. */
  slowMs?: number;
  slowPasses?: number;
  debounceMs?: number;
  /** Longest a debounced pass may wait while requests keep coming. */
  maxWaitMs?: number;
  win?: Window;
  now?: () => number;
}

export function createLintScheduler(pass: () => void, options: SchedulerOptions = {}): LintScheduler {
  const { slowMs = 8, slowPasses = 2, debounceMs = 150, maxWaitMs = 500 } = options;
  const win = options.win ?? window;
  const now = options.now ?? (() => win.performance.now());
  let timer = 0;
  let pending = false;
  let firstRequest = 0;
  /** Slow passes in a row (the last one included). */
  let slowStreak = 0;

  const run = () => {
    win.clearTimeout(timer);
    timer = 0;
    if (!pending) return;
    pending = false;
    const t0 = now();
    try {
      pass();
    } finally {
      slowStreak = now() - t0 > slowMs ? slowStreak + 1 : 0;
    }
  };

  const debounced = (): boolean => {
    if (slowStreak < slowPasses) return false;
    const t = now();
    if (!pending) firstRequest = t;
    pending = true;
    win.clearTimeout(timer);
    timer = win.setTimeout(run, Math.max(0, Math.min(debounceMs, firstRequest + maxWaitMs - t)));
    return true;
  };

  return {
    request() {
      if (debounced() || pending) return;
      pending = true;
      timer = win.setTimeout(run, 0);
    },
    requestAfterInput() {
      if (debounced()) return;
      const wasPending = pending;
      pending = true;
      if (!wasPending || timer) win.queueMicrotask(run);
    },
    flush() {
      run();
    },
    cancel() {
      win.clearTimeout(timer);
      timer = 0;
      pending = false;
    },
  };
}
