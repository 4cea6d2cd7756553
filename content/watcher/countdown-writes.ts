// Round 64 (timers64): when each session card's countdown text (「4分37秒后超时」) was written.
//
// The workbench rewrites every card's countdown each second; a read of it tells the buyer's time left AT THE WRITE,
// not at the read. A read made after the page's main thread was blocked (0.7–1.6 s on a loaded PC) found text written
// that long before, and dated from the read it gave the buyer more time than they had. So the watcher's observer notes
// the moment each countdown text changes, and a card is dated from that moment, never from the read.
//
// The observer's callback runs at the end of the task that wrote the text, which may have gone on working after the
// write. A task over 50 ms is reported (PerformanceObserver 'longtask'): a write noted at the end of one is dated from
// the task's start, the earliest moment it can have been made. A task not reported took 50 ms at most: a write noted
// outside any long task is dated that much before the callback. Either way the moment taken is never after the write.

/** Tasks up to this long are not reported as long tasks (Long Tasks API). */
const UNREPORTED_TASK_MS = 50;
/**
 * The callback comes just after the task's reported end (measured in Chromium: 0.4 ms): a long task that ended this
 * little before it is the one it closed. Taking one that ended a little earlier only dates the write earlier.
 */
const CALLBACK_AFTER_TASK_MS = 16;
/** Long tasks kept this long after the newest one reported. */
const LONG_TASK_KEEP_MS = 10_000;

interface Write {
  text: string;
  /** Wall clock (the watcher's `clock`) and performance clock at the observer's callback. */
  at: number;
  perfAt: number;
}

export interface LongTaskSpan {
  /** performance.now() frame. */
  start: number;
  end: number;
}

export class CountdownWrites {
  readonly #selector: string;
  readonly #writes = new WeakMap<Element, Write>();
  #longTasks: LongTaskSpan[] = [];
  readonly #takeLongTasks: () => readonly LongTaskSpan[];

  /** `selector`: the card's countdown element (SessionListSelectors.timeout). `takeLongTasks`: long tasks reported since the last call. */
  constructor(selector: string, takeLongTasks: () => readonly LongTaskSpan[] = () => []) {
    this.#selector = selector;
    this.#takeLongTasks = takeLongTasks;
  }

  /** Mutation records just delivered (or taken), at `at` on the watcher's clock and `perfAt` on the performance clock. */
  note(records: readonly MutationRecord[], at: number, perfAt: number): void {
    let last: Element | null = null;
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target || target === last) continue;
      const element = target.closest(this.#selector);
      if (!element) continue;
      last = target;
      this.#writes.set(element, { text: element.textContent ?? '', at, perfAt });
    }
  }

  /**
   * When the countdown element's `text` was written, on the watcher's clock; null when this page has not seen it
   * written (it was there before the watcher started, or changed unseen): its age is unknown.
   */
  writtenAt(element: Element, text: string): number | null {
    const write = this.#writes.get(element);
    if (!write || write.text !== text) return null;
    const start = this.#longTaskStartAround(write.perfAt);
    return write.at - (start === null ? UNREPORTED_TASK_MS + CALLBACK_AFTER_TASK_MS : write.perfAt - start);
  }

  #longTaskStartAround(perfAt: number): number | null {
    const taken = this.#takeLongTasks();
    if (taken.length) {
      const newest = Math.max(...taken.map((t) => t.end));
      this.#longTasks = [...this.#longTasks, ...taken].filter((t) => t.end >= newest - LONG_TASK_KEEP_MS);
    }
    let start: number | null = null;
    for (const task of this.#longTasks) {
      if (task.start <= perfAt && perfAt <= task.end + CALLBACK_AFTER_TASK_MS) start = Math.min(start ?? task.start, task.start);
    }
    return start;
  }
}

/** The long tasks the browser reports, taken as they come (null where the browser reports none). */
export function observeLongTasks(signal: AbortSignal): (() => LongTaskSpan[]) | null {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('longtask')) return null;
  const pending: LongTaskSpan[] = [];
  const add = (entries: readonly PerformanceEntry[]) => {
    for (const e of entries) pending.push({ start: e.startTime, end: e.startTime + e.duration });
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  signal.addEventListener('abort', () => observer.disconnect());
  return () => {
    add(observer.takeRecords());
    return pending.splice(0);
  };
}
