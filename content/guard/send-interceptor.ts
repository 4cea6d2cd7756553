// Catches the agent's send attempts before the page sees them: Enter in the composer and clicks on
// its Send button, in the capture phase on window (which runs before any listener on the page's
// elements, React's root delegation included). A page's own window capture listener would still run
// first had it been added earlier, so where the document_start part ran (early-capture.ts) the events
// come through its listeners, added before any page script; this module is then the only one deciding
// (it adds no window listeners of its own). An IME's confirming Enter is never a send. Whatever goes
// wrong in here, the send goes through (fail open).
import { deepPath } from './deep-path';
import type { EarlyCapture, EarlyEvent } from './early-capture';
import { pathBeneath } from './hit-beneath';

export type SendVia = 'enter' | 'click';

export interface SendAttempt<C> {
  composer: C;
  via: SendVia;
  event: Event;
  /** What the control sends in place of the draft (a quick reply's 一键发送, round 41 L6); the draft when absent. */
  text?: string;
  /**
   * `text` is a phrase the page sends on its pick: an option of the composer's own typeahead list (a 快捷短语 list, round 49), or a
   * panel's item picked by its digit key (round 53). The banner then names the phrase.
   */
  pick?: boolean;
}

export interface InterceptorOptions<C> {
  win: Window;
  signal: AbortSignal;
  /** The composer an Enter typed into `target` (the event's composedPath()[0]) belongs to, if any. */
  composerForKey(target: EventTarget | null): C | null;
  /** The composer whose Send button lies on the click's composed path, if any. */
  composerForClick(path: readonly EventTarget[]): C | null;
  /** The composer the agent works in now (a page hotkey sends it wherever the focus is), if any. */
  currentComposer?(): C | null;
  /** The composer a native <select> whose chosen option sends a draft (发送 / 发送并结束会话) belongs to, if any. */
  composerForSelect?(select: HTMLSelectElement): C | null;
  /** A one-click send on a click's path that sends a canned reply instead of the draft (its text), if any. */
  cannedSend?(path: readonly EventTarget[]): { composer: C; text: string; pick?: boolean } | null;
  /**
   * A digit key pressed outside any field that makes a quick-phrase panel send its item (快捷短语「数字键 1-9 发送」, round 50
   * finding 2): the composer and that item's text, if any.
   */
  keySend?(target: EventTarget | null, event: KeyboardEvent): { composer: C; text: string } | null;
  /** The decision for one attempt (logging, banner): true lets the send through. */
  decide(attempt: SendAttempt<C>): boolean;
  /** The same decision without side effects (for a mousedown ahead of the click); `text` as in SendAttempt. */
  wouldPass(composer: C, text?: string): boolean;
  /**
   * Whether a plain Enter in this composer is the page's newline key, not a send (enter-mode.ts). Then a
   * plain Enter on a draft that would be stopped is no send attempt: the page's key handlers do not get
   * it (a page that does send on Enter cannot) and the browser types the line break.
   */
  enterIsNewline?(composer: C): boolean;
  /**
   * Whether the page says Shift+Enter (or Alt+Enter) sends in this composer (its hint 「Shift+Enter 发送」, round 42).
   * Only then is that key a send attempt: elsewhere it types a line break.
   */
  modEnterSends?(composer: C, mod: 'shift' | 'alt'): boolean;
  /**
   * For a key typed into a field beside the message (an internal note, a translation preview, round 43): the composer of
   * the message its send box sends, and whether the key's own default sends it (an Enter submitting the form both are
   * in). Null for any other target.
   */
  asideKey?(target: EventTarget | null): { composer: C; submits: boolean } | null;
  /**
   * Whether a plain Enter typed into `target` (in `composer`) picks from the page's own suggestion list open at it (an @ list,
   * round 45 finding 3): then it is the page's, no send attempt (not judged, not logged, a held warning's second Enter unspent).
   */
  enterPicks?(composer: C, target: EventTarget | null): boolean;
  /**
   * Whether the field `target` is in has its own suggestion list open (as enterPicks, read before any composer is looked up: a
   * Tab is asked about first, and looking up the composer for every Tab would change which one is current).
   */
  listOpenAt?(target: EventTarget | null): boolean;
  /**
   * The text of the option an Enter that picks (enterPicks) would pick from the composer's own list (its
   * aria-activedescendant or selected option, round 49 finding 1: a 快捷短语 typeahead the page sends on that Enter), if any.
   * Then the pick is judged as a send of that text; none, or a clean one, is the page's pick untouched.
   */
  pickText?(composer: C, target: EventTarget | null): string | null;
  /**
   * Whether Ctrl/Cmd+Enter in this composer is the page's newline key (its hint 「Ctrl+Enter换行」, round 49). Then on a draft
   * that would be stopped it is no send attempt: the page does not get it and the guard types the line break.
   */
  ctrlEnterIsNewline?(composer: C): boolean;
  /** Called when deciding threw (the send went through). */
  onError?(error: unknown): void;
  /** The frame's document_start listeners (early-capture.ts), when they exist. */
  early?: EarlyCapture | null;
}

/** Enter without Shift/Alt: a send in chat tools (Ctrl/Cmd+Enter too, where it sends). */
export function isSendKey(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.altKey;
}

/**
 * A page's send hotkey other than Enter: Alt+S (the 发送(S) accelerator) or Ctrl/Cmd+S. It is also a
 * browser or editor shortcut, so it counts as a send attempt only while the draft would be stopped:
 * with a clean draft the guard never touches it.
 */
export function isSendHotkey(event: KeyboardEvent): boolean {
  if (event.shiftKey || event.code !== 'KeyS' && event.key.toLowerCase() !== 's') return false;
  const ctrl = event.ctrlKey || event.metaKey;
  return event.altKey !== ctrl;
}

/**
 * The Enter that confirms an IME candidate: keydown while composing (Chrome, Firefox), or the
 * keyCode 229 "process" key (Safari fires compositionend first; some Windows IMEs send 229 then 13).
 * Never a send attempt; interceptSends still keeps a page that sends on a 229 from sending a draft
 * that would be stopped.
 */
export function isImeEnter(event: KeyboardEvent, composing: boolean): boolean {
  return event.isComposing || composing || event.keyCode === 229;
}

/** Where a key types rather than presses a control (a role=textbox the page types into itself too, round 42). */
const EDITABLE_OR_FIELD = 'textarea, input, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

/** A key typed here goes to a field or an editor (a document in designMode is one, body and all). */
const inField = (el: Element): boolean => !!el.closest(EDITABLE_OR_FIELD) || el.ownerDocument.designMode === 'on';

/**
 * Controls whose Enter is their own (a link follows, a button presses, a list item opens its conversation): an
 * Enter there is not one the page sends the draft on, whatever the draft holds. A focusable element with a
 * tabindex of 0 or more is one too (a session card); tabindex=-1 is only focusable by a click (a chat pane).
 */
const OWN_ENTER =
  'a[href], button, summary, [tabindex]:not([tabindex^="-"]), [role="button"], [role="link"], [role="menuitem"], [role="option"], [role="tab"], [role="treeitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="gridcell"], [role="row"]';

const asElement = (t: EventTarget | null): Element | null => (t && (t as Node).nodeType === 1 ? (t as Element) : null);

/** Part of the guard's own UI (the banner's buttons), which handles its keys itself. */
const inOwnUi = (path: readonly EventTarget[]): boolean => path.some((n) => asElement(n)?.hasAttribute('data-replyguard'));

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * Lets `event` reach the listeners of its target (a note field's own Enter handler, round 44 item 3) and no further: a
 * listener added on the target for this one dispatch, after the page's own, stops it there, so no ancestor's bubbling
 * handler (a send box sending on any Enter) gets it. Its default (the line break) is left alone. The listener goes
 * with this dispatch: it ignores any other event and is removed on the next task (a page listener that stopped the
 * event before it ran must not leave it to stop a later key).
 */
export function keepAtTarget(event: Event, win: Window): void {
  const target = deepPathTarget(event);
  if (!target || typeof target.addEventListener !== 'function') {
    event.stopImmediatePropagation();
    return;
  }
  const halt = (e: Event) => {
    if (e !== event) return;
    e.stopPropagation();
    target.removeEventListener(event.type, halt);
  };
  target.addEventListener(event.type, halt);
  win.setTimeout(() => target.removeEventListener(event.type, halt), 0);
}

const deepPathTarget = (event: Event): EventTarget | null => deepPath(event)[0] ?? null;

/** Types a line break where `target` (a field or an editor) has its caret, as its newline key would. */
function typeLineBreak(target: EventTarget | null): void {
  const el = asElement(target);
  if (!el) return;
  const doc = el.ownerDocument;
  if (el.localName === 'textarea') doc.execCommand('insertText', false, '\n');
  else if (el.closest('[contenteditable]:not([contenteditable="false"])') || doc.designMode === 'on') doc.execCommand('insertLineBreak');
}

export function interceptSends<C>(options: InterceptorOptions<C>): void {
  const { win, signal, early } = options;
  const listen = <K extends EarlyEvent>(type: K, handler: (e: WindowEventMap[K]) => void) => {
    if (early?.listen(type, handler, signal)) return;
    // Touch listeners are passive (no scroll waits for them): a touch is only kept from the page, never prevented.
    win.addEventListener(type, handler, { capture: true, signal, passive: type.startsWith('touch') });
  };

  let composing = false;
  // After a stopped Enter keydown, its keypress/keyup are stopped too (some pages send on keyup).
  let swallowEnter = false;
  // After a newline Enter kept from the page (enterIsNewline), its keypress/keyup are kept from it too,
  // their default (the line break) left alone.
  let hideEnter = false;
  // After an Enter in a field beside the message kept at that field (keepAtTarget), its keypress/keyup are kept there too.
  let asideEnter = false;

  listen('compositionstart', () => (composing = true));
  listen('compositionend', () => (composing = false));
  // A composition that never ended (the editor was destroyed mid-way) must not disable the guard.
  listen('focusout', () => (composing = false));

  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (error) {
      options.onError?.(error);
      return fallback;
    }
  };

  /**
   * The last Space/Enter keydown on a send control, until its keyup: where it went and whether it was stopped. A page may
   * activate the control on the key's keyup (the ARIA button pattern does for Space, round 44 finding 1; some pages for
   * Enter) or keypress: those follow the keydown's verdict, never a decision of their own (a held warning's second
   * decision would pass it). The auto-repeated keydowns of a held key follow it too.
   */
  let controlKeyDown: { key: string; target: EventTarget | undefined; stopped: boolean } | null = null;

  /**
   * Enter or Space on a focused send control that is not a button (a div[tabindex] 发送 sending on keydown, keyup or
   * keypress): judged like its click. False when the key is on no send control.
   */
  const onControlKey = (event: KeyboardEvent, path: EventTarget[]): boolean => {
    const composer = safely(() => options.composerForClick(path.slice(0, 2)), null);
    if (!composer) return false;
    const last = controlKeyDown;
    const stopped =
      event.repeat && last && last.key === event.key && last.target === path[0]
        ? last.stopped
        : !safely(() => options.decide({ composer, via: 'click', event }), true);
    controlKeyDown = { key: event.key, target: path[0], stopped };
    if (stopped) stop(event);
    return true;
  };

  /**
   * The keyup of Space or Enter on a send control (round 44, finding 1: a role=button 发送 sends on Space's keyup). After
   * its keydown there, as that was judged. Without one (the focus came to the control while the key was down): judged
   * as the control's click while the draft would be stopped; a clean draft's key is never touched.
   */
  const onControlKeyUp = (event: KeyboardEvent) => {
    const down = controlKeyDown;
    controlKeyDown = null;
    const path = deepPath(event);
    const el = asElement(path[0] ?? null);
    if (!el || inField(el) || inOwnUi(path)) return;
    if (down && down.key === event.key && down.target === path[0]) {
      if (down.stopped) stop(event);
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    const composer = safely(() => options.composerForClick(path.slice(0, 2)), null);
    if (!composer || safely(() => options.wouldPass(composer), true)) return;
    if (!safely(() => options.decide({ composer, via: 'click', event }), true)) stop(event);
  };

  /**
   * Enter with the focus on the page, not in a field or on a control (the chat list clicked, nothing focused): a
   * page may send the composer's draft on an Enter anywhere in the document (round 39, L6). Judged as the current
   * composer's send only while its draft would be stopped: a clean draft, or a page that does nothing on it, never
   * notices the guard.
   */
  const onStrayEnter = (event: KeyboardEvent, path: EventTarget[]) => {
    const el = asElement(path[0] ?? null);
    if (!el || el.closest(OWN_ENTER) || inOwnUi(path)) return;
    const composer = safely(() => options.currentComposer?.() ?? null, null);
    if (!composer || safely(() => options.wouldPass(composer), true)) return;
    if (!safely(() => options.decide({ composer, via: 'enter', event }), true)) {
      stop(event);
      swallowEnter = true;
    }
  };

  const onHotkey = (event: KeyboardEvent) => {
    const target = deepPath(event)[0] ?? null;
    // Focus in another field (a search box): not the draft's hotkey. Focus on the page: the current draft's.
    const inField = !!asElement(target)?.closest(EDITABLE_OR_FIELD);
    const composer = safely(() => options.composerForKey(target) ?? (inField ? null : (options.currentComposer?.() ?? null)), null);
    if (!composer || safely(() => options.wouldPass(composer), true)) return;
    if (!safely(() => options.decide({ composer, via: 'enter', event }), true)) stop(event);
  };

  /**
   * An Enter in a field beside the message (an internal note, a translation preview) that does not submit a form: what
   * the page does with it there (a line break), never the message's send, so never judged (round 43, item 1). While the
   * message would be stopped, the field's own handlers get it (round 44, item 3: a memo that saves on Enter) but no
   * ancestor's bubbling handler does (a page sending its box on any Enter cannot), and the browser's default (the line
   * break) goes on. False when `target` is no such field (an Enter submitting the form the message is in is the
   * message's send: judged as one).
   */
  const onAsideEnter = (event: KeyboardEvent, target: EventTarget | null): boolean => {
    const aside = options.asideKey ? safely(() => options.asideKey!(target), null) : null;
    if (!aside || aside.submits) return false;
    swallowEnter = hideEnter = asideEnter = false;
    if (!safely(() => options.wouldPass(aside.composer), true)) {
      keepAtTarget(event, win);
      asideEnter = true;
    }
    return true;
  };

  /**
   * Shift+Enter or Alt+Enter in a composer whose page says that key sends (round 42, finding 7). Judged only while
   * the draft would be stopped: a clean draft's line break or send is never touched.
   */
  const onModEnter = (event: KeyboardEvent) => {
    const target = deepPath(event)[0] ?? null;
    const el = asElement(target);
    if (!el || !inField(el) || !options.modEnterSends) return;
    if (onAsideEnter(event, target)) return;
    const composer = safely(() => options.composerForKey(target), null);
    if (!composer || safely(() => options.wouldPass(composer), true)) return;
    if (!safely(() => options.modEnterSends!(composer, event.shiftKey ? 'shift' : 'alt'), false)) return;
    swallowEnter = hideEnter = asideEnter = false;
    if (!safely(() => options.decide({ composer, via: 'enter', event }), true)) {
      stop(event);
      swallowEnter = true;
    }
  };

  /**
   * A plain Tab in a field whose own suggestion list is open (round 49 second pass, finding 6: a 快捷短语 list that picks, and
   * sends, on Tab as on Enter): the option it would pick is judged as that send, as a picking Enter's is; a clean one, or none,
   * leaves the Tab to the page (its pick, or the focus moving on).
   */
  const onTabPick = (event: KeyboardEvent) => {
    if (event.isComposing || composing || !options.listOpenAt || !options.pickText) return;
    const target = deepPath(event)[0] ?? null;
    const el = asElement(target);
    if (!el || !inField(el) || !safely(() => options.listOpenAt!(target), false)) return;
    const composer = safely(() => options.composerForKey(target), null);
    if (!composer) return;
    const text = safely(() => options.pickText!(composer, target), null);
    if (text && !safely(() => options.decide({ composer, via: 'enter', event, text, pick: true }), true)) stop(event);
  };

  /** The last digit keydown that sent a panel's item (onDigitKey), until its keyup: its key, where it went, whether it was stopped. */
  let digitKeyDown: { key: string; target: EventTarget | undefined; stopped: boolean } | null = null;
  const digitName = (event: KeyboardEvent): string => event.code || event.key;

  /**
   * A digit key 1-9 that makes a quick-phrase panel send its item N (round 50 finding 2, 千牛-style 快捷短语): judged as a click on
   * that item is, by the item's text. A digit typed into a field (the composer, the panel's search box) is never a send. Its
   * keypress/keyup and auto-repeats follow the keydown's verdict.
   */
  const onDigitKey = (event: KeyboardEvent) => {
    const path = deepPath(event);
    const el = asElement(path[0] ?? null);
    const last = digitKeyDown;
    digitKeyDown = null;
    if (!el || inField(el) || inOwnUi(path) || !options.keySend) return;
    if (event.repeat && last && last.key === digitName(event) && last.target === path[0]) {
      digitKeyDown = last;
      if (last.stopped) stop(event);
      return;
    }
    const send = safely(() => options.keySend!(path[0] ?? null, event), null);
    if (!send) return;
    const stopped = !safely(() => options.decide({ composer: send.composer, via: 'click', event, text: send.text, pick: true }), true);
    digitKeyDown = { key: digitName(event), target: path[0], stopped };
    if (stopped) stop(event);
  };
  const isDigitKey = (event: KeyboardEvent): boolean => /^(Digit|Numpad)[1-9]$/.test(event.code ?? '') || /^[1-9]$/.test(event.key);

  listen('keydown', (event) => {
    // Mid-composition: the IME's own key, never touched (stopping it can corrupt the IME's state).
    if (event.isComposing || composing) return;
    if (isDigitKey(event)) return onDigitKey(event);
    if (isSendHotkey(event)) return onHotkey(event);
    if (event.key === 'Enter' && event.shiftKey !== event.altKey && !event.ctrlKey && !event.metaKey) return onModEnter(event);
    if (event.key === 'Tab' && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) return onTabPick(event);
    if (!isSendKey(event) && event.key !== ' ') return;
    const path = deepPath(event);
    const target = path[0] ?? null;
    const el = asElement(target);
    if (el && !inField(el)) {
      if (!event.ctrlKey && !event.metaKey && onControlKey(event, path)) return;
      controlKeyDown = null;
      if (!isSendKey(event)) return;
      swallowEnter = hideEnter = asideEnter = false;
      return onStrayEnter(event, path);
    }
    if (!isSendKey(event)) return;
    swallowEnter = hideEnter = asideEnter = false;
    if (onAsideEnter(event, target)) return;
    const composer = safely(() => options.composerForKey(target), null);
    if (!composer) return;
    if (event.keyCode === 229) {
      // The confirming Enter after compositionend (Safari's order, some Windows IMEs): not a send
      // attempt — nothing logged, the banner stays as it is. But a page that sends on it (a TipTap
      // keymap does) must not send a draft the guard would stop: then it is quietly stopped, and
      // the agent's next, plain Enter gets the full decision.
      if (!safely(() => options.wouldPass(composer), true)) {
        stop(event);
        swallowEnter = true;
      }
      return;
    }
    // The page's suggestion list is open at the field (an @ list): its Enter picks, whatever the draft holds. What it picks
    // may be sent by that Enter (a 快捷短语 list, round 49): an option's text that would be stopped is judged as that send.
    if (!event.ctrlKey && !event.metaKey && options.enterPicks && safely(() => options.enterPicks!(composer, target), false)) {
      const text = options.pickText ? safely(() => options.pickText!(composer, target), null) : null;
      if (!text) return;
      // Decided even when it passes: a pick let through by 仍要发送 spends (and logs) that override.
      if (!safely(() => options.decide({ composer, via: 'enter', event, text, pick: true }), true)) {
        stop(event);
        swallowEnter = true;
      }
      return;
    }
    // Ctrl+Enter where the page says it types a line break (「Enter发送，Ctrl+Enter换行」, round 49): on a draft that would be
    // stopped the page does not get it (it could send) and the guard types the line break itself.
    if (
      (event.ctrlKey || event.metaKey) &&
      options.ctrlEnterIsNewline &&
      !safely(() => options.wouldPass(composer), true) &&
      safely(() => options.ctrlEnterIsNewline!(composer), false)
    ) {
      stop(event);
      hideEnter = true;
      safely(() => typeLineBreak(target), undefined);
      return;
    }
    // wouldPass first: it reuses the draft's lint, and a clean draft (most Enters) needs no look at the page's hint.
    if (
      !event.ctrlKey &&
      !event.metaKey &&
      options.enterIsNewline &&
      !safely(() => options.wouldPass(composer), true) &&
      safely(() => options.enterIsNewline!(composer), false)
    ) {
      event.stopImmediatePropagation();
      hideEnter = true;
      return;
    }
    const pass = safely(() => options.decide({ composer, via: 'enter', event }), true);
    if (!pass) {
      stop(event);
      swallowEnter = true;
    }
  });
  listen('keypress', (event) => {
    if (controlKeyDown?.stopped && controlKeyDown.key === event.key) return stop(event);
    if (digitKeyDown?.stopped && digitKeyDown.key === digitName(event)) return stop(event);
    if (event.key !== 'Enter') return;
    if (swallowEnter) stop(event);
    else if (hideEnter) event.stopImmediatePropagation();
    else if (asideEnter) keepAtTarget(event, win);
  });
  listen('keyup', (event) => {
    if (digitKeyDown && digitKeyDown.key === digitName(event)) {
      const { stopped } = digitKeyDown;
      digitKeyDown = null;
      if (stopped) stop(event);
    }
    if (event.key === ' ' || event.key === 'Enter') safely(() => onControlKeyUp(event), undefined);
    if (event.key !== 'Enter') return;
    if (swallowEnter) stop(event);
    else if (hideEnter) event.stopImmediatePropagation();
    else if (asideEnter) keepAtTarget(event, win);
    swallowEnter = hideEnter = asideEnter = false;
  });

  /**
   * The composer whose send control a pointer event is on: on its path, else drawn under the empty hit-area the
   * pointer hit (round 40, L1: a transparent <div> laid over 发送 takes the click and sends).
   */
  const composerForPointer = (event: Event): C | null =>
    safely(() => {
      const path = deepPath(event);
      const found = options.composerForClick(path);
      if (found) return found;
      const beneath = pathBeneath(event, path);
      return beneath ? options.composerForClick(beneath) : null;
    }, null);

  /** What a pointer event would send: the draft of the composer composerForPointer finds, else a one-click canned reply. */
  const sendForPointer = (event: Event): { composer: C; text?: string } | null => {
    const composer = composerForPointer(event);
    if (composer) return { composer };
    return safely(() => options.cannedSend?.(deepPath(event)) ?? null, null);
  };

  /** Whether what a pointer event would send passes (no side effects). */
  const sendPasses = (send: { composer: C; text?: string }): boolean =>
    safely(() => (send.text === undefined ? options.wouldPass(send.composer) : options.wouldPass(send.composer, send.text)), true);

  // The main button, and the middle one: a page may send on the auxclick of 发送 (round 41, L8).
  const onPress = (event: MouseEvent) => {
    if (event.button !== 0 && event.button !== 1) return;
    const send = sendForPointer(event);
    if (!send) return;
    if (!sendPasses(send)) stop(event);
  };
  // Pages send on any of these (a stopped pointerdown already keeps mousedown/mouseup from firing,
  // but not pointerup, and not a click).
  listen('pointerdown', onPress);
  listen('mousedown', onPress);
  listen('pointerup', onPress);
  listen('mouseup', onPress);

  listen('click', (event) => {
    if (event.button !== 0) return;
    const send = sendForPointer(event);
    if (!send) return;
    const pass = safely(() => options.decide({ ...send, via: 'click', event }), true);
    if (!pass) stop(event);
  });

  // A page that sends on the middle click of 发送 (auxclick, round 41 L8): decided as a click (banner, log) while the
  // draft would be stopped; a clean draft's middle click is not touched. Other buttons (the context menu's) are not sends.
  listen('auxclick', (event) => {
    if (event.button !== 1) return;
    const send = sendForPointer(event);
    if (!send || sendPasses(send)) return;
    if (!safely(() => options.decide({ ...send, via: 'click', event }), true)) stop(event);
  });

  // A page that sends on the double click of 发送 (round 39, L7): its clicks were decided (and stopped) one by
  // one, the dblclick that follows them is kept from the page while the draft would still be stopped.
  listen('dblclick', (event) => {
    if (event.button !== 0) return;
    const send = sendForPointer(event);
    if (send && !sendPasses(send)) stop(event);
  });

  // A mobile page that sends on touchstart/touchend of 发送 (and prevents the click that would follow, round 39,
  // L3): the page does not get the touch while the draft would be stopped. Nothing is prevented, so the click the
  // touch becomes still comes and is decided as any click (banner, log); a draft that would pass is not touched.
  const onTouch = (event: TouchEvent) => {
    const composer = safely(() => options.composerForClick(deepPath(event)), null);
    if (composer && !safely(() => options.wouldPass(composer), true)) event.stopImmediatePropagation();
  };
  listen('touchstart', onTouch);
  listen('touchend', onTouch);

  // A native <select> whose option 发送 / 发送并结束会话 sends the draft on change (round 39, L8). Its input comes
  // first (kept from the page too), then its change is decided; a stopped choice goes back to the select's default
  // option (the page never saw it made), so the agent can choose it again after the fix.
  const selectOf = (event: Event): HTMLSelectElement | null => {
    const el = asElement(deepPath(event)[0] ?? null);
    return el?.localName === 'select' ? (el as HTMLSelectElement) : null;
  };
  listen('input', (event) => {
    // A select's input is a plain Event; typing's is an InputEvent (it has inputType): skip those without a path walk.
    if ('inputType' in event) return;
    const select = options.composerForSelect && selectOf(event);
    if (!select) return;
    const composer = safely(() => options.composerForSelect!(select), null);
    if (composer && !safely(() => options.wouldPass(composer), true)) event.stopImmediatePropagation();
  });
  listen('change', (event) => {
    const select = options.composerForSelect && selectOf(event);
    if (!select) return;
    const composer = safely(() => options.composerForSelect!(select), null);
    if (!composer || safely(() => options.decide({ composer, via: 'click', event }), true)) return;
    event.stopImmediatePropagation();
    select.selectedIndex = Math.max(0, Array.from(select.options).findIndex((o) => o.defaultSelected));
  });
}
