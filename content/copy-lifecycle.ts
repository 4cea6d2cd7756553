// One live copy of each content script per frame, across an extension update (round 51, timers F3).
// When the extension is updated or reloaded, Chrome leaves the old copy running in every open tab with its
// runtime gone (chrome.runtime.id undefined: nothing it sends arrives), and injects nothing new by itself. The
// new worker injects the scripts again (background/revive.ts); the new copy then has the old one tear itself
// down through its AbortSignal (hosts, listeners, observers, the guard's interceptors) before it starts, so
// that the two never both act. The old copy may live in another isolated world than the new one: the two meet
// through a DOM event (seen by listeners of every world), which only a copy whose runtime is gone obeys (a page
// dispatching it cannot stop a live guard). A copy in the same world is found through a symbol-keyed property
// of that world's window, which page scripts cannot see.
import { browser } from 'wxt/browser';
import { extensionContextLost } from '../utils/messages';
import { onDocumentReplaced } from './document-replaced';

/** The ping the worker and the popup send to a tab: a live copy answers, an orphaned one cannot. */
export const PING = 'replyguard-ping';

type Holder = Record<symbol, AbortController | undefined>;

/**
 * Makes the copy that `controller` runs the only one of script `name` in this frame: an older copy of the same
 * world is aborted at once, one of another world (left by the previous version of the extension) is told to
 * abort itself. Call before starting anything.
 */
export function replaceOlderCopy(name: string, win: Window, controller: AbortController): void {
  const key = Symbol.for(`replyguard.live.${name}`);
  const holder = win as unknown as Holder;
  const previous = holder[key];
  if (previous && previous !== controller) previous.abort();
  holder[key] = controller;
  const event = `replyguard-started-${name}`;
  // Dispatched before this copy listens: it must not hear itself. Synchronous: the old copy is gone on return.
  const doc = win.document;
  doc.dispatchEvent(new Event(event));
  const listen = () =>
    doc.addEventListener(
      event,
      () => {
        if (extensionContextLost()) controller.abort();
      },
      { signal: controller.signal },
    );
  listen();
  // A rewritten document (document.open) drops the document's listeners: listened for again.
  onDocumentReplaced(doc, listen, controller.signal);
  controller.signal.addEventListener('abort', () => holder[key] === controller && delete holder[key], { once: true });
}

/** Answers the worker's and the popup's ping (only a copy whose extension is alive can). */
export function answerPings(signal: AbortSignal): void {
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (alive: boolean) => void) => {
    if ((message as { type?: string } | null)?.type !== PING) return undefined;
    sendResponse(true);
    return undefined;
  };
  try {
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });
  } catch {
    /* already orphaned: nobody can ask */
  }
}

/** How often a copy checks whether its extension is still there (one property read). */
export const ORPHAN_CHECK_MS = 1000;

/**
 * Calls `onLost` once, when this copy's extension is gone (updated, reloaded, turned off), unless `signal` aborts
 * first (a new copy replaced this one). Checked every ORPHAN_CHECK_MS; there is no event for it.
 */
export function watchOrphaned(win: Window, signal: AbortSignal, onLost: () => void): void {
  if (signal.aborted) return;
  const timer = win.setInterval(() => {
    if (signal.aborted || !extensionContextLost()) return;
    win.clearInterval(timer);
    onLost();
  }, ORPHAN_CHECK_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
