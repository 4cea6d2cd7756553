// Runs the typing-time lint off the keystroke path: input handlers only ask for a pass, and the pass
// runs in its own task right after (all keystrokes and mutations queued by then share it). A pass
// that turned out slow (a huge paste) switches to a debounce, so a long draft is linted once the
// agent pauses instead of after every key.

export interface LintScheduler {
  /** Asks for a pass. */
  request(): void;
  /** Runs a pending pass now (e.g. before a send decision). */
  flush(): void;
  cancel(): void;
}

export interface SchedulerOptions {
  /** A pass slower than this (ms) makes the next ones debounced. */
  slowMs?: number;
  debounceMs?: number;
  win?: Window;
  now?: () => number;
}

export function createLintScheduler(pass: () => void, options: SchedulerOptions = {}): LintScheduler {
  const { slowMs = 8, debounceMs = 150 } = options;
  const win = options.win ?? window;
  const now = options.now ?? (() => win.performance.now());
  let timer = 0;
  let lastCost = 0;

  const run = () => {
    timer = 0;
    const t0 = now();
    try {
      pass();
    } finally {
      lastCost = now() - t0;
    }
  };

  return {
    request() {
      if (lastCost > slowMs) {
        win.clearTimeout(timer);
        timer = win.setTimeout(run, debounceMs);
      } else if (!timer) {
        timer = win.setTimeout(run, 0);
      }
    },
    flush() {
      if (!timer) return;
      win.clearTimeout(timer);
      run();
    },
    cancel() {
      win.clearTimeout(timer);
      timer = 0;
    },
  };
}
