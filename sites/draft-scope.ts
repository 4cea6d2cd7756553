// What is the draft and what is not (round 42): DOM facts about fields, no rule logic. A send box may hold fields
// beside the message that the send does not carry to the buyer (an internal order note, a translation preview, a
// search box), and a page may make its composer out of a plain focusable element marked role=textbox, with no
// contenteditable and no field behind it (it handles the keys itself; text also comes by paste or a quick phrase).

import { idrefElements } from './idrefs';

/**
 * A composer drawn by the page itself: an element with role=textbox that is not contenteditable (a contenteditable
 * one is an editing host already) and not marked read-only or disabled. Its text is the draft.
 */
export const ARIA_TEXTBOX = '[role="textbox"]:not([contenteditable]):not([aria-readonly="true"]):not([aria-disabled="true"])';

/** Fields inside an element (a role=textbox wrapping a real field is only that field's box). */
const REAL_FIELD = 'textarea, input, [contenteditable]';

/** The role=textbox composer `el` is (or is inside), or null (also when it holds a real field). */
export function ariaTextbox(el: Element): HTMLElement | null {
  const box = el.closest<HTMLElement>(ARIA_TEXTBOX);
  return box && !box.querySelector(REAL_FIELD) ? box : null;
}

/** Words that say a field is not the message: internal, a note or remark, a memo, a translation preview, a search. */
const ASIDE =
  /内部|备注|備註|仅自己可见|僅自己可見|仅客服可见|僅客服可見|不会发送|不會發送|不发送给|翻译预览|翻譯預覽|译文预览|譯文預覽|预览译文|搜索|搜尋|查找|\b(internal|remarks?|memo|notes?|search|translation\s*preview)\b/i;
/** Words that say the field goes out with the message (附言（随消息一起发送）, 买家可见): it is part of the draft. */
const SENT_WITH = /随消息|隨消息|一起发送|一起發送|一并发送|一併發送|同时发送|同時發送|买家可见|買家可見|客户可见|客戶可見|顾客可见|顧客可見|对方可见|對方可見|sent\s+with|visible\s+to\s+(the\s+)?(buyer|customer)/i;

/** How long a field's name may be (a label, not a paragraph of instructions). */
const NAME_MAX = 80;

/** The text of the elements an aria-labelledby list points at (short only; spaces kept, for the English words' \b). */
function labelledByText(el: Element): string {
  let out = '';
  for (const ref of idrefElements(el, 'aria-labelledby')) {
    out += ` ${ref.textContent ?? ''}`;
    if (out.length > NAME_MAX) break;
  }
  return out;
}

/**
 * A field's own name: its placeholder, aria-label, title, aria-labelledby text and the <label> around it or
 * pointing at it. Never its value (the draft) or the text around it.
 */
export function fieldName(el: HTMLElement): string {
  const parts: string[] = [];
  for (const attr of ['placeholder', 'aria-placeholder', 'data-placeholder', 'aria-label', 'title']) {
    const v = el.getAttribute(attr);
    if (v) parts.push(v);
  }
  parts.push(labelledByText(el));
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) for (const label of labels) parts.push(label.textContent ?? '');
  else {
    const label = el.closest('label');
    if (label) parts.push(label.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, NAME_MAX * 3);
}

/**
 * Whether a field is beside the message rather than part of it (round 42, finding 2): its own name says it is
 * internal, a note, remark or memo, a translation preview or a search, and does not say it goes out with the message.
 * A 附言 input sent with the textarea, or a draft written one block per line, is the message.
 */
export function isAsideField(el: HTMLElement): boolean {
  const name = fieldName(el);
  return !!name && ASIDE.test(name) && !SENT_WITH.test(name);
}

/** The fields in their order with the aside ones (isAsideField) moved last: each field's name is read once. */
export function asideLast<T extends HTMLElement>(fields: readonly T[]): T[] {
  const message: T[] = [];
  const aside: T[] = [];
  for (const field of fields) (isAsideField(field) ? aside : message).push(field);
  return [...message, ...aside];
}

/** Input types whose Enter submits their form (the HTML spec's implicit submission blockers). */
const SUBMITTING_INPUT = /^(text|search|url|tel|email|password|date|month|week|time|datetime-local|number)$/;

/**
 * Whether an Enter in `el` submits its form (the browser's implicit submission, round 43): a text <input> in a form
 * whose default button (its first submit button) is enabled, or with no submit button and no other such input. A
 * textarea or an editable takes a line break instead, and an input outside a form does nothing of its own.
 */
export function enterSubmitsForm(el: HTMLElement): boolean {
  const input = el as HTMLInputElement;
  if (el.localName !== 'input' || !input.form || !SUBMITTING_INPUT.test(input.type)) return false;
  let fields = 0;
  for (const control of Array.from(input.form.elements) as HTMLInputElement[]) {
    const type = control.type;
    if ((control.localName === 'button' && type === 'submit') || (control.localName === 'input' && (type === 'submit' || type === 'image'))) return !control.disabled;
    if (control.localName === 'input' && SUBMITTING_INPUT.test(type)) fields++;
  }
  return fields === 1;
}
