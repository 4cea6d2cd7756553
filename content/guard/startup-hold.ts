// The guard's start-up. The lint engine loads after the page (0.3–0.6 s after the DOM is parsed on a
// busy 2-core machine), and until the guard has attached nobody judges a send: a page that opens with a
// draft in its composer (restored, or typed and sent at once) would have it sent by an Enter the guard
// never saw (a blind red team sent a violating draft this way 3 times out of 3). So during the start-up,
// and only then, an Enter in a text field that holds text, or a click on a 发送 / Send control while a
// text field holds text, is held: not sent, nothing else done. Once the guard is there it lints the draft
// and shows what it finds, with a note that the send was paused (even for a clean draft: a send that
// silently did nothing would leave the agent guessing); the agent sends again and the guard decides. The hold ends for good when the
// guard starts listening (early-capture.ts), when it will not attach (switched off, the engine failed: release()), or after
// STARTUP_HOLD_MS, whatever comes first: then everything goes through as before (fail open), and a hold that ran out
// says so (onExpired: the top frame reports the guard as not attached, shown by the popup), never silently.
// The limit was 5 s until round 35: on a loaded 2-core machine the guard attached up to 4.3 s after a reload (load 14)
// and once not within 10 s, so a send in between went out unlinted while nothing said the guard was not there.
import { compact, contentName, drawnText, editableRoot, EDITABLE_SELECTOR, nameText, SEND_TEXT } from '../../sites/generic';
import { deepPath } from './deep-path';
import type { StartupHold } from './early-capture';

/**
 * How long after document_start a send may be held at most while the guard is still coming (it normally attaches
 * within 0.3–2 s; on a loaded machine 4–10 s and more). A guard still loading its engine is slow, not gone.
 */
export const STARTUP_HOLD_MS = 30_000;
/** How far up from a click's target a Send control is looked for. */
const CLICK_DEPTH = 6;

const textOf = (el: HTMLElement): string =>
  el.localName === 'textarea' || el.localName === 'input' ? (el as HTMLInputElement).value : (el.textContent ?? '');

const holdsText = (el: HTMLElement | null): boolean => !!el && textOf(el).trim().length > 0;

/** How long a send control's name may be (发送消息); a chat list's text is far longer, and is not read past it. */
const NAME_MAX = 16;

/**
 * Whether a click's path (its first CLICK_DEPTH nodes) holds a control named 发送: by its aria-label or title, by its
 * text without its aria-hidden parts (as the guard names controls, round 43), or without text by a descendant's (an
 * icon's aria-label, an img's title, round 42 L3), else by the text drawn. Each element's text is read at most NAME_MAX
 * characters far (round 43, item 3: a click anywhere read the whole text of up to 6 ancestors, the chat list's too): once
 * one holds more, so do the elements above it up to a shadow root's host, whose text is then not read.
 */
function onSendControl(path: readonly EventTarget[]): boolean {
  let long = false;
  for (const node of path.slice(0, CLICK_DEPTH)) {
    const type = (node as Node).nodeType;
    if (type === 11) long = false; // a shadow root: its host's own text does not hold what is inside it
    if (type !== 1) continue;
    const el = node as Element;
    if (SEND_TEXT.test(compact(el.getAttribute('aria-label') || el.getAttribute('title')))) return true;
    if (long) continue;
    const text = nameText(el, NAME_MAX);
    if (text === null) long = true;
    else if (SEND_TEXT.test(text || contentName(el, NAME_MAX) || drawnText(el, NAME_MAX) || '')) return true;
  }
  return false;
}

/**
 * The hold for one document, started at `startedAt` (the win's performance.now() at document_start). `onExpired` is
 * called once if STARTUP_HOLD_MS pass before release(): the guard did not come, sends now go through unchecked.
 */
export function createStartupHold(win: Window, startedAt: number, onExpired?: () => void): StartupHold {
  let released = false;
  /** A send was held and the guard has not said so yet (takeHeld). */
  let heldOne = false;
  let timer = 0;
  const end = () => {
    released = true;
    win.clearTimeout(timer);
  };
  const expire = () => {
    if (released) return;
    end();
    onExpired?.();
  };
  // Also looked at on each send (below): a background tab's timers may run late.
  if (onExpired) timer = win.setTimeout(expire, Math.max(0, startedAt + STARTUP_HOLD_MS - win.performance.now()));
  const active = () => {
    if (released) return false;
    if (win.performance.now() - startedAt < STARTUP_HOLD_MS) return true;
    expire();
    return false;
  };
  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    heldOne = true;
  };
  return {
    release() {
      end();
    },
    takeHeld() {
      const was = heldOne;
      heldOne = false;
      return was;
    },
    consider(event) {
      try {
        if (!active()) return;
        if (event.type === 'keydown') {
          const key = event as KeyboardEvent;
          if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing || key.keyCode === 229) return;
          // deepPath: a composer in a closed shadow root shows only its host on the composed path (round 32, a fresh clone's e2e).
          if (holdsText(editableRoot(deepPath(event)[0]))) hold(event);
        } else if (event.type === 'click') {
          const path = deepPath(event).slice(0, CLICK_DEPTH);
          if (!onSendControl(path)) return;
          // The document's text fields, and those of the (closed) shadow root the control sits in.
          const scopes = new Set<Document | ShadowRoot>([win.document]);
          for (const node of path) if ((node as Node).nodeType === 1) scopes.add((node as Element).getRootNode() as Document | ShadowRoot);
          const fields = [...scopes].flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)));
          if (fields.some((el) => editableRoot(el) === el && holdsText(el))) hold(event);
        }
      } catch {
        // fail open
      }
    },
  };
}
