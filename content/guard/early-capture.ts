// The guard's place at the head of the queue. Listeners on one target run in the order they were
// added, so a page that puts its own capture-phase Enter listener on window before the content script
// runs (document_end) would see the agent's Enter first and send. This part runs at document_start
// (entrypoints/guard-early.content), before any page script and before <body> exists: it adds capture
// listeners on window at once and hands each event to the guard's send interceptor once the guard
// attached (send-interceptor.ts registers here). Until then, and whatever a handler throws, it does
// nothing, with one exception: the guard's start-up (startup-hold.ts).
//
// Both content scripts of the extension share one isolated world per frame, so they meet through a
// symbol-keyed property of that world's window, which the page's scripts cannot see.
import type { EarlyClick } from '../../sites/own-send';
import { deepPath } from './deep-path';

/** The events the send interceptor listens to (all on window, capture phase). */
export const EARLY_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
  'auxclick',
  'dblclick',
  'touchstart',
  'touchend',
  'input',
  'change',
  'compositionstart',
  'compositionend',
  'focusout',
  // A 发送 in a cross-origin frame that posts its send to the page (frame-messages.ts, round 41, L5).
  'message',
] as const;
export type EarlyEvent = (typeof EARLY_EVENTS)[number];

/** What holds a send attempted while the guard is still starting (startup-hold.ts). */
export interface StartupHold {
  consider(event: Event): void;
  /** The guard will not come (`quiet`: this document's listeners are simply gone, nothing to tell). */
  release(quiet?: boolean): void;
  /** The guard listens: the hold ends, and a held send's notice says so (round 52). */
  arrived?(): void;
  /** The guard has checked the held draft and shown the result: the notice says it is ready (round 52). */
  checked?(): void;
  /** An event the guard handled after it came: the agent's next send takes the notice away (round 52). */
  after?(event: Event): void;
  /** Whether a send was held since the last call (each held send is told once). */
  takeHeld(): boolean;
}

export interface EarlyCapture {
  /** The guard will not attach in this document (switched off, the engine failed): hold nothing more at start-up. */
  release(): void;
  /** Whether a send was held at start-up and nobody was told yet: the guard says so once it attached. */
  takeHeldSend(): boolean;
  /** The guard has checked the draft held at start-up and its banner shows the result (guard.ts): the start-up notice says so. */
  startupChecked(): void;
  /**
   * Hands `type` events (window, capture, ahead of the page) to `handler` until `signal` aborts.
   * False when the early listeners are gone (then the caller listens itself).
   */
  listen<K extends EarlyEvent>(type: K, handler: (event: WindowEventMap[K]) => void, signal: AbortSignal): boolean;
  /**
   * The clicks heard before the guard's own click listener came (round 58, guard58), oldest first, once: the guard notes them then
   * (a review row's 回复 clicked while the engine loaded lends its sense to the dialog it opened). Later clicks are not kept.
   */
  takeEarlyClicks(): EarlyClick[];
}

/** How many early clicks are kept (the last ones): the guard comes within seconds, and only the last opener counts. */
const EARLY_CLICKS_MAX = 8;
/** How far up a click's path is kept (the guard's own CLICK_DEPTH in attach.ts): the control, an icon in it, its wrappers. */
const EARLY_CLICK_DEPTH = 6;

const KEY = Symbol.for('replyguard.early-capture');
export type { EarlyClick };
type Holder = { [KEY]?: EarlyCapture };

/**
 * Adds the window capture listeners now (document_start) and publishes them for the guard. With `shownAtClick`, each click until the
 * guard takes them (takeEarlyClicks) is kept with its path, its time and what that function gives: the dialogs shown at that moment
 * when the click may open a reply (sites/own-send.ts dialogsShownAtClick), else none.
 */
export function installEarlyCapture(
  win: Window,
  signal: AbortSignal,
  startupHold: StartupHold | null = null,
  shownAtClick?: (path: readonly EventTarget[], doc: Document) => readonly Element[],
): EarlyCapture {
  const handlers = new Map<string, Set<(event: Event) => void>>();
  let guardSeen = false;
  /** The clicks kept for the guard (round 58): null once it took them, or when nothing asked to keep them. */
  let clicks: EarlyClick[] | null = shownAtClick ? [] : null;
  for (const type of EARLY_EVENTS) {
    win.addEventListener(
      type,
      (event) => {
        if (clicks && type === 'click') {
          try {
            // Before the page's own handlers (capture on window, added first): a dialog the click opens is not shown yet.
            // deepPath: a control inside a CLOSED shadow root shows only the root's host on the composed path (round 63, guard63).
            const path = deepPath(event).slice(0, EARLY_CLICK_DEPTH);
            clicks.push({ path, at: Date.now(), shown: shownAtClick!(path, win.document) });
            if (clicks.length > EARLY_CLICKS_MAX) clicks.shift();
          } catch {
            // fail open: the click goes to the page as ever
          }
        }
        const set = handlers.get(type);
        if (!set) {
          // The guard has not attached (yet): the page decides alone, unless the send is one the guard
          // is about to judge (startup-hold.ts).
          if (!guardSeen) startupHold?.consider(event);
          return;
        }
        startupHold?.after?.(event);
        for (const handler of set) {
          try {
            handler(event);
          } catch {
            // fail open
          }
        }
      },
      // Touch listeners passive: a scroll never waits for them (the guard only keeps a touch from the page).
      { capture: true, signal, passive: type.startsWith('touch') },
    );
  }
  const capture: EarlyCapture = {
    release() {
      clicks = null; // the guard will not come: nothing to note them for
      startupHold?.release();
    },
    takeEarlyClicks() {
      const taken = clicks ?? [];
      clicks = null;
      return taken;
    },
    takeHeldSend() {
      return startupHold?.takeHeld() ?? false;
    },
    startupChecked() {
      startupHold?.checked?.();
    },
    listen(type, handler, until) {
      if (signal.aborted || until.aborted) return !signal.aborted;
      // The guard is here: its interceptor decides from now on, and the hold's limit has nothing to report.
      if (!guardSeen) {
        if (startupHold?.arrived) startupHold.arrived();
        else startupHold?.release();
      }
      guardSeen = true;
      const h = handler as (event: Event) => void;
      const set = handlers.get(type) ?? handlers.set(type, new Set()).get(type)!;
      set.add(h);
      until.addEventListener('abort', () => set.delete(h), { once: true });
      return true;
    },
  };
  (win as unknown as Holder)[KEY] = capture;
  signal.addEventListener(
    'abort',
    () => {
      handlers.clear();
      clicks = null;
      startupHold?.release(true); // its listeners are gone with this document's
      const holder = win as unknown as Holder;
      if (holder[KEY] === capture) delete holder[KEY];
    },
    { once: true },
  );
  return capture;
}

/** The early listeners of this frame's isolated world, if the document_start script ran here. */
export function earlyCapture(win: Window): EarlyCapture | null {
  return (win as unknown as Holder)[KEY] ?? null;
}
