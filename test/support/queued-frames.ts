// Animation frames held in a queue for happy-dom tests of code that works frame by frame (content/guard/follow-box.ts):
// requestAnimationFrame queues, the test runs the queue when it chooses. Used by follow-box and follow-box-text-60.
import { vi } from 'vitest';

export interface QueuedFrames {
  /** Runs the queued frames (and the ones they queue) until none is left or `max` ran; how many ran. */
  run(max?: number): number;
  readonly queued: FrameRequestCallback[];
}

/** Replaces window.requestAnimationFrame / cancelAnimationFrame with a queue; undone by vi.restoreAllMocks(). */
export function queueFrames(): QueuedFrames {
  const queued: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => queued.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  return {
    queued,
    run(max = 1000) {
      let n = 0;
      while (queued.length && n < max) {
        queued.shift()!(performance.now());
        n++;
      }
      return n;
    },
  };
}

/** One macrotask: the MutationObserver records of what the test just changed have been delivered. */
export const flushMutations = (): Promise<unknown> => new Promise((r) => setTimeout(r, 0));
