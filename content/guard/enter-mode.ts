// Whether a plain Enter is the page's newline key rather than its send key (a chat tool in its
// 「按Ctrl+Enter发送」 mode). Then a plain Enter on a flagged draft is not a send attempt: the guard keeps
// the page's key handlers from it and lets the browser type the line break (send-interceptor.ts), so
// even a wrong answer here never lets a send out on that Enter, it only types a line break.
// Two kinds of evidence: the page's own hint by the composer (「Ctrl+Enter发送」, 「Enter换行」), and what
// the last plain Enter on a clean draft did (it added a line break and nothing was sent).

/** `<mod>+Enter <action>` in a hint: 发送/send or 换行/new line, with or without a modifier. */
const KEY_HINT = /(?:(ctrl|control|cmd|command|⌘|shift|alt|option)\s*[+＋]\s*)?enter\s*键?\s*(?:[:：=]\s*)?(?:可|即可|to)?\s*(发送|换行|send|new\s*line|line\s*break)/gi;

/**
 * What a hint text says of a plain Enter: true = it makes a new line, false = it sends, null = it does
 * not say. A plain 「Enter发送」 wins over anything else (the guard's usual stop is the safe reading).
 */
export function plainEnterFromHint(text: string): boolean | null {
  let newline = false;
  let ctrlSends = false;
  for (const m of text.matchAll(KEY_HINT)) {
    const mod = m[1]?.toLowerCase();
    const sends = /发送|send/i.test(m[2]!);
    if (!mod) {
      if (sends) return false;
      newline = true;
    } else if (sends && mod !== 'shift' && mod !== 'alt' && mod !== 'option') ctrlSends = true;
  }
  return newline || ctrlSends ? true : null;
}

/**
 * Whether a hint says Shift+Enter (mod 'shift') or Alt/Option+Enter (mod 'alt') sends: 「Shift+Enter 发送」 (round 42).
 * The guard then takes that key for a send, as it takes Ctrl+Enter; a hint that it makes a new line, or none, says no.
 */
export function modEnterSendsFromHint(text: string, mod: 'shift' | 'alt'): boolean {
  for (const m of text.matchAll(KEY_HINT)) {
    const said = m[1]?.toLowerCase();
    if (!said || !/发送|send/i.test(m[2]!)) continue;
    if (mod === 'shift' ? said === 'shift' : said === 'alt' || said === 'option') return true;
  }
  return false;
}

/**
 * Whether a hint says Ctrl/Cmd+Enter types a line break (「Enter发送，Ctrl+Enter换行」, round 49): then that key on a flagged
 * draft is the page's newline key, not a send. A hint that Ctrl+Enter sends, anywhere, says no.
 */
export function ctrlEnterNewlineFromHint(text: string): boolean {
  let newline = false;
  for (const m of text.matchAll(KEY_HINT)) {
    const mod = m[1]?.toLowerCase();
    if (!mod || mod === 'shift' || mod === 'alt' || mod === 'option') continue;
    if (/发送|send/i.test(m[2]!)) return false;
    newline = true;
  }
  return newline;
}

/** Whether a hint says Ctrl/Cmd+Enter sends (「Ctrl+Enter发送」): a stopped Ctrl+Enter there needs no word on line breaks. */
export function ctrlEnterSendsFromHint(text: string): boolean {
  for (const m of text.matchAll(KEY_HINT)) {
    const mod = m[1]?.toLowerCase();
    if (mod && mod !== 'shift' && mod !== 'alt' && mod !== 'option' && /发送|send/i.test(m[2]!)) return true;
  }
  return false;
}

/**
 * Text of a control that is not the page's current setting (round 49, finding 2): an unselected <option>, the label of an
 * unchecked radio or checkbox, an ARIA radio/option/menu item marked unchecked or unselected. A send-mode setting shows
 * both modes; only the chosen one is what the page does.
 */
function unchosen(el: Element): boolean {
  if (el.localName === 'option') return !(el as HTMLOptionElement).selected;
  if (el.localName === 'label') {
    const control = (el as HTMLLabelElement).control;
    const input = control?.localName === 'input' ? (control as HTMLInputElement) : null;
    if (input && (input.type === 'radio' || input.type === 'checkbox')) return !input.checked;
  }
  const role = el.getAttribute('role');
  if (role === 'radio' || role === 'menuitemradio' || role === 'menuitemcheckbox' || role === 'checkbox' || role === 'switch')
    return el.getAttribute('aria-checked') === 'false';
  if (role === 'option' || role === 'tab') return el.getAttribute('aria-selected') === 'false';
  return false;
}

/** Not drawn (display:none, [hidden], visibility:hidden, a closed menu): its text is not a hint the agent sees (round 49). */
function notDrawn(el: Element): boolean {
  if (el.localName === 'option') return false; // a closed <select>'s chosen option is shown in it
  if ((el as HTMLElement).hidden === true) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' && !check.call(el, { visibilityProperty: true });
}

/** Hint text is short; a container holding the whole chat is not the composer's hint. */
const MAX_HINT_CHARS = 600;
/** Elements whose text is not shown (a page's inline script is not its hint). */
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const HINT_ATTRS = ['placeholder', 'data-placeholder', 'aria-placeholder', 'aria-label', 'title'] as const;

/**
 * The composer's own hint: its placeholder-like attributes, and the text around it and its Send control
 * (their nearest common box), never the draft itself. Only text the agent sees as the page's setting: not a hidden menu's,
 * not an unchosen option's or unchecked radio's (round 49, finding 2: 「按Enter键发送消息」 beside the checked Ctrl+Enter mode).
 */
export function hintTextNear(editor: HTMLElement, send: HTMLElement | null): string {
  const own: string[] = [];
  for (const name of HINT_ATTRS) {
    const v = editor.getAttribute(name);
    if (v) own.push(v);
  }
  let box: HTMLElement | null = editor.parentElement;
  if (send) while (box && !box.contains(send)) box = box.parentElement;
  if (!box) return own.join('\n');
  // The draft (the editor's subtree), ReplyGuard's own hosts and the page's scripts and styles are not the page's hint.
  const walker = editor.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) =>
      n === editor ||
      (n.nodeType === Node.ELEMENT_NODE &&
        ((n as Element).hasAttribute('data-replyguard') || NOT_SHOWN.has(n.nodeName) || unchosen(n as Element) || notDrawn(n as Element)))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const near: string[] = [];
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeType === Node.TEXT_NODE ? (n as Text).data.trim() : ((n as Element).getAttribute('placeholder') ?? '');
    if (!t) continue;
    near.push(t);
    chars += t.length;
    if (chars > MAX_HINT_CHARS) return own.join('\n');
  }
  return [...own, ...near].join('\n');
}

const lineBreaks = (s: string) => (s.match(/\n/g) ?? []).length;

/** Whether `after` is `before` with line breaks added and nothing else changed (an Enter that typed a new line). */
export function onlyLineBreakAdded(before: string, after: string): boolean {
  return lineBreaks(after) > lineBreaks(before) && after.replace(/\n/g, '') === before.replace(/\n/g, '');
}

/**
 * The key chord of a send key as the banner names it (round 50, finding 10): 「Enter」, 「Ctrl+Enter」, 「⌘+Enter」, a page's
 * own hotkey 「Ctrl+Shift+S」. Null for what is not a key press.
 */
export function keyChord(e: Event | undefined): string | null {
  const k = e as KeyboardEvent | undefined;
  if (!k || typeof k.key !== 'string' || !k.key || k.key === 'Unidentified' || k.key === 'Process') return null;
  const key = k.key.length === 1 ? k.key.toUpperCase() : k.key;
  const mods = [k.ctrlKey && 'Ctrl', k.metaKey && '⌘', k.altKey && 'Alt', k.shiftKey && 'Shift'].filter(Boolean);
  return [...mods, key].join('+');
}

/**
 * A send control's own visible label as the banner quotes it (「发送」, 「发 送」 read 「发送」; an <input>'s value): '' when it
 * shows no words (a ➤ icon: the banner says 发送按钮), null for no control. Short labels only.
 */
export function controlLabel(control: Element | null | undefined): string | null {
  if (!control) return null;
  const raw = control.localName === 'input' ? ((control as HTMLInputElement).value ?? '') : ((control as HTMLElement).innerText ?? control.textContent ?? '');
  let label = raw.replace(/\s+/g, ' ').trim();
  // 「发 送」 (a kit's spacing between two Chinese characters) reads 「发送」.
  if (/^[\p{Script=Han} ]+$/u.test(label)) label = label.replace(/ /g, '');
  return label && label.length <= 12 && /[\p{L}\p{N}]/u.test(label) ? label : '';
}
