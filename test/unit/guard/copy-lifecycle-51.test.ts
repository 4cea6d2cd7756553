// @vitest-environment happy-dom
// Round 51 (timers F3): one live copy of each content script per frame across an extension update
// (content/copy-lifecycle.ts). A newer copy stops an older one of the same world at once; one of another world (the
// previous version's) stops itself on the newer copy's event, but only once its runtime is gone (a page dispatching
// the event cannot stop a live guard); an orphaned copy notices within a second, unless it was replaced.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { answerPings, ORPHAN_CHECK_MS, PING, replaceOlderCopy, watchOrphaned } from '../../../content/copy-lifecycle';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const KEY = (name: string) => Symbol.for(`replyguard.live.${name}`);
/** As if the copy registered under `name` ran in another isolated world: its window property is not seen. */
const forgetWorld = (name: string) => delete (window as unknown as Record<symbol, unknown>)[KEY(name)];
const setRuntimeId = (id: string | undefined) => Object.defineProperty(browser.runtime, 'id', { value: id, configurable: true, writable: true });

beforeEach(() => {
  fakeBrowser.reset();
  setRuntimeId('replyguard-test');
});
afterEach(() => {
  forgetWorld('guard');
  forgetWorld('guard-early');
  setRuntimeId('replyguard-test');
  vi.useRealTimers();
});

describe('replaceOlderCopy', () => {
  it('a newer copy in the same world aborts the older one at once, and only the same script', () => {
    const old = new AbortController();
    const early = new AbortController();
    replaceOlderCopy('guard', window, old);
    replaceOlderCopy('guard-early', window, early);
    const fresh = new AbortController();
    replaceOlderCopy('guard', window, fresh);
    expect(old.signal.aborted).toBe(true);
    expect(early.signal.aborted).toBe(false);
    expect(fresh.signal.aborted).toBe(false);
  });

  it("a copy of another world stops on the newer copy's event once its runtime is gone, never while it is alive", () => {
    const old = new AbortController();
    replaceOlderCopy('guard', window, old);
    forgetWorld('guard');
    // The extension is alive (a page script dispatching the event, or a live copy): nothing stops.
    document.dispatchEvent(new Event('replyguard-started-guard'));
    replaceOlderCopy('guard', window, new AbortController());
    expect(old.signal.aborted).toBe(false);
    // The extension was updated: the old copy's runtime is gone, the new version's copy starts.
    forgetWorld('guard');
    setRuntimeId(undefined);
    const fresh = new AbortController();
    replaceOlderCopy('guard', window, fresh);
    expect(old.signal.aborted).toBe(true);
    expect(fresh.signal.aborted).toBe(false); // it did not hear its own event
  });

  it('an aborted copy listens no more and leaves its place', () => {
    const old = new AbortController();
    replaceOlderCopy('guard', window, old);
    old.abort();
    expect((window as unknown as Record<symbol, unknown>)[KEY('guard')]).toBeUndefined();
  });
});

describe('watchOrphaned', () => {
  it('calls back once, within a check, when the runtime is gone', () => {
    vi.useFakeTimers();
    const onLost = vi.fn();
    watchOrphaned(window, new AbortController().signal, onLost);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS * 3);
    expect(onLost).not.toHaveBeenCalled();
    setRuntimeId(undefined);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS);
    expect(onLost).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS * 5);
    expect(onLost).toHaveBeenCalledTimes(1);
  });

  it('not once a new copy replaced this one', () => {
    vi.useFakeTimers();
    const onLost = vi.fn();
    const ctl = new AbortController();
    watchOrphaned(window, ctl.signal, onLost);
    ctl.abort();
    setRuntimeId(undefined);
    vi.advanceTimersByTime(ORPHAN_CHECK_MS * 5);
    expect(onLost).not.toHaveBeenCalled();
  });
});

describe('answerPings', () => {
  it('answers the ping while running, not after it stopped, and nothing else', async () => {
    const ctl = new AbortController();
    answerPings(ctl.signal);
    const ask = async (message: unknown) => {
      const replies: unknown[] = [];
      await fakeBrowser.runtime.onMessage.trigger(message, {}, (r: unknown) => replies.push(r));
      return replies;
    };
    expect(await ask({ type: PING })).toEqual([true]);
    expect(await ask({ type: 'focus-conversation' })).toEqual([]);
    ctl.abort();
    expect(await ask({ type: PING })).toEqual([]);
  });
});
