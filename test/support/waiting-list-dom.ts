// The popup's waiting list drawn into the (happy-dom) document for a describe block: a fresh fake browser and a fake
// clock at `now` before each test, the list taken down after. Shared by the popup-waiting unit tests (rounds 58, 59).
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function waitingListDom(now: number) {
  let root!: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now, toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date'] });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });
  // Lets the storage read and preact's drawing run without moving the (fake) clock (vi.waitFor would move it).
  const settle = async (done: () => boolean) => {
    for (let i = 0; i < 100 && !done(); i++) await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
  };
  /** The list's rows once `n` are drawn (or after 100 turns without). */
  const drawn = async (n: number) => {
    await settle(() => root.querySelectorAll('.waiting-row').length === n);
    return [...root.querySelectorAll<HTMLButtonElement>('.waiting-row')];
  };
  return {
    /** The element the test draws the list into (a new one each test). */
    get root() {
      return root;
    },
    settle,
    drawn,
  };
}
