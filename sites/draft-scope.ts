// What is the draft and what is not (round 42): DOM facts about fields, no rule logic. A send box may hold fields
// beside the message that the send does not carry to the buyer (an internal order note, a translation preview, a
// search box), and a page may make its composer out of a plain focusable element marked role=textbox, with no
// contenteditable and no field behind it (it handles the keys itself; text also comes by paste or a quick phrase).

import { idrefElements } from './idrefs';
import { deepPath } from '../content/guard/deep-path';

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
/**
 * Words that say the field goes out with the message (附言（随消息一起发送）, 买家可见): it is part of the draft. A note addressed to the buyer
 * (给买家的备注, 备注给买家: round 55, guard55) is the buyer's, not an internal 备注.
 */
const SENT_WITH = /随消息|隨消息|随下一?条|隨下一?條|一起发送|一起發送|一并发送|一併發送|同时发送|同時發送|买家可见|買家可見|客户可见|客戶可見|顾客可见|顧客可見|对方可见|對方可見|(给|給)(买家|買家|客户|客戶|顾客|顧客)的?(备注|備註)|(备注|備註)(给|給)(买家|買家|客户|客戶|顾客|顧客)|sent\s+with|visible\s+to\s+(the\s+)?(buyer|customer)/i;

/**
 * Words that say the field goes out WITH the message the composer sends (附言（随下一条消息一起发送给买家）, 随消息发送, sent with the
 * next message): not merely that the buyer sees it (round 48, guard48c).
 */
const GOES_WITH = /随消息|隨消息|随下一?条|隨下一?條|随本条|隨本條|一起发送|一起發送|一并发送|一併發送|同时发送|同時發送|附带发送|附帶發送|sent\s+with|with\s+(the\s+|your\s+)?(next\s+)?(message|reply)/i;
/** Words that say the buyer sees the field (附言（买家可见）, 给买家的附言): it goes out with something. */
const BUYER_SEES = /买家可见|買家可見|客户可见|客戶可見|顾客可见|顧客可見|对方可见|對方可見|(给|給)(买家|買家|客户|客戶)的?(留言|附言|备注|備註)|(备注|備註)(给|給)(买家|買家|客户|客戶)|visible\s+to\s+(the\s+)?(buyer|customer)/i;

/**
 * How a field's own name (never the text around it) ties it to the message: 'with' when it says it goes out with the message,
 * 'buyer' when it only says the buyer sees it, null otherwise or when it is an aside field (an internal note: 备注（仅客服可见）).
 */
export function sentWithName(el: HTMLElement): 'with' | 'buyer' | null {
  const name = fieldName(el);
  if (!name || isAsideField(el)) return null;
  if (GOES_WITH.test(name)) return 'with';
  return BUYER_SEES.test(name) ? 'buyer' : null;
}

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

/** The attributes that name a field (besides its labels). */
const NAME_ATTRS = ['placeholder', 'aria-placeholder', 'data-placeholder', 'aria-label', 'title'] as const;
type KeptNames = Partial<Record<(typeof NAME_ATTRS)[number], string>>;

// The names a field had when first seen (round 46b, finding 1). A page may clear a chat input's placeholder when it takes the
// focus (onfocus="this.placeholder=''", put back on blur) or while the agent types: at the Enter the field no longer says it is a
// message box. Its names are kept here, per element, in a map on the isolated world's window (both content scripts of a frame
// share it, the page cannot see it): filled by the document_start part on each focus and pointer press (window, capture phase:
// before the page's own focus handler clears them, rememberFieldNames) and whenever the guard reads a field's name. A name the
// field shows now always wins; a kept one is read only while the field shows none for that attribute.
const NAMES_KEY = Symbol.for('replyguard.field-names');
type NamesHolder = { [NAMES_KEY]?: WeakMap<Element, KeptNames> };

const nameMemory = (el: Element): WeakMap<Element, KeptNames> | null => {
  const win = el.ownerDocument?.defaultView as (Window & NamesHolder) | null;
  if (!win) return null;
  return (win[NAMES_KEY] ??= new WeakMap());
};

/** Keeps the names a field shows now (each non-empty one); returns what is kept for it. */
export function rememberFieldName(el: Element): KeptNames | null {
  const memory = nameMemory(el);
  if (!memory) return null;
  let kept = memory.get(el);
  for (const attr of NAME_ATTRS) {
    const v = el.getAttribute(attr);
    if (!v) continue;
    if (!kept) memory.set(el, (kept = {}));
    kept[attr] = v;
  }
  return kept ?? null;
}

/** Keeps each text field's names when it is focused or pressed, before the page's handlers can clear them (window, capture). */
export function rememberFieldNames(win: Window, signal: AbortSignal): void {
  const isField = (el: HTMLElement) => el.localName === 'input' || el.localName === 'textarea' || el.isContentEditable;
  const keep = (event: Event) => {
    // Outside a closed shadow root the composed path starts at its host: the field inside is found through deepPath (round 62,
    // closedroot62). Asked only when the first target is no field itself, as a closed root's host never is (deep-path.ts).
    const first = event.composedPath()[0];
    const target = first && (first as Node).nodeType === 1 && isField(first as HTMLElement) ? first : deepPath(event)[0];
    if (!target || (target as Node).nodeType !== 1) return;
    const el = target as HTMLElement;
    if (isField(el)) rememberFieldName(el);
  };
  for (const type of ['focus', 'pointerdown', 'mousedown', 'touchstart']) win.addEventListener(type, keep, { capture: true, passive: true, signal });
}

/**
 * A field's own name: its placeholder, aria-label, title, aria-labelledby text and the <label> around it or
 * pointing at it. Never its value (the draft) or the text around it.
 */
export function fieldName(el: HTMLElement): string {
  const parts: string[] = [];
  const kept = rememberFieldName(el);
  for (const attr of NAME_ATTRS) {
    // A name the page took away after it was seen (its placeholder cleared on focus or while typing) still counts.
    const v = el.getAttribute(attr) || kept?.[attr];
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

/**
 * Words that name a private memo, kept for the agent alone and never sent by the page (个人便签, 备忘, 仅自己可见, 草稿本, 记事本,
 * round 48 second pass, t4 bianqian).
 */
const PRIVATE_MEMO = /便签|便簽|便笺|便箋|备忘|備忘|仅自己可见|僅自己可見|仅自己|僅自己|草稿本|记事本|記事本|笔记|筆記|私人|自用|\b(memo|scratch\s*pad|note\s+to\s+self)\b/i;

/**
 * Whether `label` (a field's name, or the label of the control that opens it) says it is a private memo (PRIVATE_MEMO) and does not
 * say it goes out with the message.
 */
export function isPrivateMemoName(label: string | null | undefined): boolean {
  return !!label && PRIVATE_MEMO.test(label) && !SENT_WITH.test(label);
}

/** Whether a field's own name says it is a private memo (个人便签, 备忘（仅自己可见）): a toolbar's popover holding it is not sent along. */
export function isPrivateMemo(el: HTMLElement): boolean {
  return isPrivateMemoName(fieldName(el));
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

/** Words in a field's name that say it is a message box: 消息 / 回复 / 发送 / message / reply (round 46, finding 1). */
const MESSAGE_NAME = /消息|訊息|讯息|回复|回覆|發送|发送|留言|聊天|message|reply|\bchat\b/i;
/**
 * Words that say a single-line field is something else: a search, a quantity, a price or an amount, a login's account,
 * password or code, a phone, an address. They win over MESSAGE_NAME (搜索消息, 验证码已发送).
 */
const NOT_MESSAGE_NAME =
  /搜索|搜尋|查找|查询|查詢|筛选|篩選|数量|數量|件数|价格|價格|单价|單價|金额|金額|账号|帳號|账户|用户名|用戶名|密码|密碼|验证码|驗證碼|手机|手機|电话|電話|邮箱|郵箱|地址|网址|链接|页码|頁碼|\b(search|find|filter|qty|quantity|price|amount|account|user(name)?|password|login|e-?mail|phone|tel|code|url|page)\b/i;
/** autocomplete tokens of fields that are not a message (a login's, a shipping form's). */
const NOT_MESSAGE_AUTOCOMPLETE = /\b(username|email|tel|one-time-code|current-password|new-password|name|address|postal-code|cc-|street)/i;
/** Input modes and types of number and address fields. */
const NOT_MESSAGE_MODE = /^(numeric|decimal|tel|email|url|search)$/i;
/**
 * Fields that count as "another field" of a form beside a message input: everything a user types or picks in, but buttons,
 * hidden inputs and (round 46b, finding 2) an image picker (type=file), a checkbox (匿名) or a radio: those go with the message.
 */
const FORM_FIELD =
  'input:not([type="hidden" i]):not([type="submit" i]):not([type="button" i]):not([type="image" i]):not([type="reset" i]):not([type="file" i]):not([type="checkbox" i]):not([type="radio" i]), textarea, select, [contenteditable]';
/** A visible hint beside a field that Enter sends it: 「按 Enter 发送」, 「回车发送」, 「Enter to send」. */
const ENTER_SENDS_HINT = /(enter|回车|回車|↵|⏎)[^，,。；;\n]{0,6}(发送|發送|send)/i;
/** How long the text of a field's box may be to be read as its hint (a few words, not a chat). */
const HINT_BOX_MAX = 80;

/**
 * Whether a single-line text <input> is a message box the page names as one, with no 发送 control beside it (round 46,
 * finding 1: an Enter in it, or its form's implicit submission, sends): its placeholder, aria-label, title or label
 * says 消息 / 回复 / 发送 / message / reply, it has enterkeyhint="send", a short hint beside it says Enter sends, or it
 * is the only field of a form. Never a field whose name, type or autocomplete says it is a search, a quantity or price,
 * a login's or an address form's, nor one in a search landmark.
 */
export function isMessageInput(el: HTMLElement): boolean {
  if (el.localName !== 'input') return false;
  const input = el as HTMLInputElement;
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type !== 'text') return false;
  if (input.closest('[role="search"], search')) return false;
  if (NOT_MESSAGE_MODE.test(input.getAttribute('inputmode') ?? '') || NOT_MESSAGE_AUTOCOMPLETE.test(input.getAttribute('autocomplete') ?? '')) return false;
  if (/^(combobox|searchbox|spinbutton)$/i.test(input.getAttribute('role') ?? '')) return false;
  const name = `${fieldName(input)} ${input.name} ${input.id}`;
  if (NOT_MESSAGE_NAME.test(name) || isAsideField(input)) return false;
  if ((input.getAttribute('enterkeyhint') ?? '').toLowerCase() === 'send') return true;
  if (MESSAGE_NAME.test(fieldName(input))) return true;
  // A short hint beside it (its box's own text, up to two levels): 「按 Enter 发送」.
  let box = input.parentElement;
  for (let level = 0; box && level < 2 && box.localName !== 'body'; level++, box = box.parentElement) {
    const text = box.textContent ?? '';
    if (text.length > HINT_BOX_MAX) break;
    if (ENTER_SENDS_HINT.test(text)) return true;
  }
  // The only field of its form: an Enter submits it (implicit submission) and the form has nothing else to send.
  const form = input.form;
  if (!form || form.getAttribute('role') === 'search' || inLoginForm(input)) return false;
  return Array.from(form.querySelectorAll(FORM_FIELD)).every((f) => f === input) && Array.from(form.elements).every((f) => f === input || !f.matches(FORM_FIELD));
}

/**
 * Whether an input is in a login (or sign-up) form: its form holds a password field. Its 登录 submit button is no 发送
 * (round 46: such a field is never guarded, whatever button its form has).
 */
export function inLoginForm(el: HTMLElement): boolean {
  const form = (el as HTMLInputElement).form;
  return !!form && form.querySelector('input[type="password" i]') !== null;
}

/**
 * Round 54 (guard54b, rt53g F7 / F10): names of fields holding an order's data or a login step, never a reply: a receiver's
 * address or phone (修改收货地址 / 详细地址, 收货人手机号, 收货信息) and a verification code (身份验证 / 验证码, 动态码).
 */
const FORM_DATA_NAME =
  /(收货|收貨|收件)(人|地址|信息|資訊|电话|電話|手机|手機)|详细地址|詳細地址|所在地区|所在地區|省市区|省市區|邮政编码|郵政編碼|邮编|郵編|手机号|手機號|联系电话|聯繫電話|电话号码|電話號碼|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼|\b(verification|sms|otp)\s*code\b/i;
/** Words that make such a name a message after all (给买家的说明（如地址有误）, 请输入消息（可粘贴收货地址）). */
const MESSAGE_WORDS = /消息|訊息|讯息|回复|回覆|答复|答覆|发送|發送|留言|聊天|说明|說明|备注|備註|原因|描述|内容|內容|可见|可見|公开|公開|\b(message|reply|note)\b/i;
/** autocomplete tokens of the same (a one-time code, an address line, a phone). */
const FORM_DATA_AUTOCOMPLETE = /\b(one-time-code|street-address|address-line\d|address-level\d|postal-code|tel(-national)?)\b/i;

/**
 * Whether `el` holds form data rather than a draft (FORM_DATA_NAME or its autocomplete, and no word of a message in its name):
 * the guard does not take it for a composer, so its 确定 / 保存 / Enter is no send and typing a code raises no banner.
 */
export function isFormDataField(el: HTMLElement): boolean {
  if (el.localName !== 'input' && el.localName !== 'textarea') return false;
  const name = fieldName(el);
  if (MESSAGE_WORDS.test(name)) return false;
  return FORM_DATA_NAME.test(name.replace(/\s+/g, '')) || FORM_DATA_AUTOCOMPLETE.test(el.getAttribute('autocomplete') ?? '');
}
