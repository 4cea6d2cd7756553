// The guard's start-up. The lint engine loads after the page (0.3–0.6 s after the DOM is parsed on a
// busy 2-core machine), and until the guard has attached nobody judges a send: a page that opens with a
// draft in its composer (restored, or typed and sent at once) would have it sent by an Enter the guard
// never saw (a blind red team sent a violating draft this way 3 times out of 3). So during the start-up,
// and only then, an Enter in a text field that holds text, or a click on a 发送 / Send control while a
// text field holds text, is held: not sent, nothing else done. So is a digit key that makes a 快捷短语 panel send its item
// (「数字键 1-9 发送」, round 53 rt53g F5), with its keypress / keyup. Once the guard is there it lints the draft
// and shows what it finds, with a note that the send was paused (even for a clean draft: a send that
// silently did nothing would leave the agent guessing); the agent sends again and the guard decides. Round 52: the held send is
// also told at once, beside its field (startup-notice.ts: the engine may hang, and the banner is in its file), and the notice
// says when the guard is ready. Nothing is ever sent again by the extension: the agent sends. The hold ends for good when the
// guard starts listening (early-capture.ts), when it will not attach (switched off, the engine failed: release()), or after
// STARTUP_HOLD_MS, whatever comes first: then everything goes through as before (fail open), and a hold that ran out
// says so (onExpired: the top frame reports the guard as not attached, shown by the popup), never silently.
// The limit was 5 s until round 35: on a loaded 2-core machine the guard attached up to 4.3 s after a reload (load 14)
// and once not within 10 s, so a send in between went out unlinted while nothing said the guard was not there.
import { compact, contentName, drawnText, editableRoot, EDITABLE_SELECTOR, keySentItemOf, nameText, SEND_TEXT } from '../../sites/generic';
import { deepPath } from './deep-path';
import type { StartupHold } from './early-capture';
import { createStartupNotice, loadedNotice, loadingNotice, readyNotice, sendAgainBy, uncheckedNotice, type SendAgain, type StartupNotice } from './startup-notice';

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

/** How long the notice that the guard is ready stays when the agent does not send (it also goes with the next send). */
export const READY_NOTICE_MS = 12_000;

/** Whether an event is a send the agent makes (for the notice to go with it): an Enter as the hold takes it, or a click on 发送. */
const isSendLike = (event: Event): boolean => {
  if (event.type === 'click') return onSendControl(deepPath(event).slice(0, CLICK_DEPTH));
  if (event.type !== 'keydown') return false;
  const key = event as KeyboardEvent;
  return key.key === 'Enter' && !key.shiftKey && !key.altKey && !key.isComposing && key.keyCode !== 229;
};

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
 * A held send is told at once beside its field (round 52): not sent, to be sent again once the notice says the guard is
 * ready (arrived, then checked), and what happens if it does not come (released or expired: the next send goes unchecked).
 */
export function createStartupHold(win: Window, startedAt: number, onExpired?: () => void): StartupHold {
  let released = false;
  /** A send was held and the guard has not said so yet (takeHeld). */
  let heldOne = false;
  let timer = 0;
  /** The digit key whose keydown was held (a 快捷短语's digit), until its keyup: its keypress / keyup are held too. */
  let heldDigit: string | null = null;
  /** The last held send, while the notice speaks of it: what it avoids covering and how the agent sends again. */
  let told: { avoid: Element[]; again: SendAgain } | null = null;
  /** The notice's present say: it goes with the agent's next send, or READY_NOTICE_MS after the guard is ready. */
  let saying: 'loading' | 'loaded' | 'checked' | 'unchecked' | null = null;
  let notice: StartupNotice | null = null;
  let hideTimer = 0;
  const say = (what: NonNullable<typeof saying>) => {
    if (!told) return;
    try {
      notice ??= createStartupNotice(win);
      const seconds = Math.max(1, Math.ceil((startedAt + STARTUP_HOLD_MS - win.performance.now()) / 1000));
      const text = what === 'loading' ? loadingNotice(seconds, told.again) : what === 'loaded' ? loadedNotice(told.again) : what === 'checked' ? readyNotice(told.again) : uncheckedNotice(told.again);
      notice.show(told.avoid, text);
      saying = what;
      win.clearTimeout(hideTimer);
      if (what === 'loaded' || what === 'checked') hideTimer = win.setTimeout(unsay, READY_NOTICE_MS);
    } catch {
      // the hold stands; the guard's banner tells it once it came
    }
  };
  const unsay = () => {
    win.clearTimeout(hideTimer);
    notice?.hide();
    saying = null;
    told = null;
  };
  const end = () => {
    released = true;
    win.clearTimeout(timer);
  };
  /** The guard is not coming: the agent is told the held send did not go out and the next one will not be checked. */
  const giveUp = () => {
    if (saying === 'loading') say('unchecked');
  };
  const expire = () => {
    if (released) return;
    end();
    giveUp();
    onExpired?.();
  };
  // Also looked at on each send (below): a background tab's timers may run late. Set in every frame, not only where
  // someone listens for the expiry: the notice must turn to 「不经检查」 when the hold ends, not at the next send (rt52 F4).
  timer = win.setTimeout(expire, Math.max(0, startedAt + STARTUP_HOLD_MS - win.performance.now()));
  const active = () => {
    if (released) return false;
    if (win.performance.now() - startedAt < STARTUP_HOLD_MS) return true;
    expire();
    return false;
  };
  const hold = (event: Event, avoid: Element[], again: SendAgain) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    heldOne = true;
    told = { avoid, again };
    say('loading');
  };
  return {
    release(quiet) {
      end();
      if (quiet) unsay();
      else giveUp();
    },
    arrived() {
      end();
      // Until it has checked the draft (checked()), the notice says only that the guard listens: a send now is judged.
      if (saying === 'loading' || saying === 'unchecked') say('loaded');
    },
    checked() {
      if (saying && saying !== 'checked') say('checked');
    },
    takeHeld() {
      const was = heldOne;
      heldOne = false;
      return was;
    },
    after(event) {
      // The agent's next send: what the notice said is done (the guard's banner tells a stop from now on).
      try {
        if (saying && saying !== 'loading' && !notice?.owns(event) && isSendLike(event)) unsay();
      } catch {
        // the notice goes by itself
      }
    },
    consider(event) {
      try {
        if (notice?.owns(event)) return; // its close button
        // active() first: it may end the hold now (a late timer), and then this very send goes out unchecked — the notice
        // must not go on saying 「刚才的发送没有发出」 over a send that did (rt52 F4).
        const live = active();
        if (saying === 'unchecked' && isSendLike(event)) unsay(); // it said this send goes out unchecked: it does
        if (!live) return;
        // The keypress / keyup of a held digit: a page may send the phrase on either (round 53, rt53g F5).
        if ((event.type === 'keypress' || event.type === 'keyup') && heldDigit && heldDigit === digitName(event as KeyboardEvent)) {
          if (event.type === 'keyup') heldDigit = null;
          event.preventDefault();
          event.stopImmediatePropagation();
          return;
        }
        if (event.type === 'keydown' && isDigit(event as KeyboardEvent)) {
          // A digit key that makes a 快捷短语 panel send its item N (「数字键 1-9 发送」, round 53 rt53g F5): judged once the guard is here.
          const key = event as KeyboardEvent;
          const target = deepPath(event)[0] as Node | undefined;
          if (key.isComposing || !target || target.nodeType !== 1 || keySentItemOf(target as Element, key) === null) return;
          heldDigit = digitName(key);
          const el = target as Element;
          hold(event, el === win.document.body ? [] : [el], sendAgainBy('enter', key.key));
          return;
        }
        if (event.type === 'keydown') {
          const key = event as KeyboardEvent;
          if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.isComposing || key.keyCode === 229) return;
          // deepPath: a composer in a closed shadow root shows only its host on the composed path (round 32, a fresh clone's e2e).
          const root = editableRoot(deepPath(event)[0]);
          if (root && holdsText(root)) hold(event, [root], sendAgainBy('enter', chordOf(key)));
        } else if (event.type === 'click') {
          const path = deepPath(event).slice(0, CLICK_DEPTH);
          if (!onSendControl(path)) return;
          // The document's text fields, and those of the (closed) shadow root the control sits in.
          const scopes = new Set<Document | ShadowRoot>([win.document]);
          for (const node of path) if ((node as Node).nodeType === 1) scopes.add((node as Element).getRootNode() as Document | ShadowRoot);
          const fields = [...scopes].flatMap((scope) => Array.from(scope.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)));
          const full = fields.filter((el) => editableRoot(el) === el && holdsText(el));
          const control = path.find((n): n is Element => (n as Node).nodeType === 1) ?? null;
          // Clear of the field and of the 发送 clicked (a control of its own size, not a whole toolbar).
          if (full.length) hold(event, control ? [full[0]!, sendControlOf(control)] : [full[0]!], sendAgainBy('click'));
        }
      } catch {
        // fail open
      }
    },
  };
}

const isDigit = (key: KeyboardEvent): boolean => /^(Digit|Numpad)[1-9]$/.test(key.code ?? '') || /^[1-9]$/.test(key.key);
const digitName = (key: KeyboardEvent): string => key.code || key.key;

const chordOf = (key: KeyboardEvent): string => `${key.ctrlKey ? 'Ctrl+' : ''}${key.metaKey ? '⌘+' : ''}Enter`;

/** The button around a click's target (an icon inside it), else the target. */
const sendControlOf = (el: Element): Element => el.closest('button, [role="button"], a, input') ?? el;
