// The generic adapter: any chat page the agent enabled. The composer is the textarea or
// contenteditable the agent types in (plain, React-controlled, Quill, ProseMirror/TipTap, Lexical,
// Slate, Draft.js…); its Send button is the nearest button labelled 发送 / Send (text, aria-label,
// title, an icon named "send"), else any element whose own text is just a send word (a page may make
// a <span>发送</span> its Send control), else the nearest primary button. DOM facts only, no rule logic.
import { ARIA_TEXTBOX, ariaTextbox, asideLast, inLoginForm, isFormDataField } from './draft-scope';
import { fileName, rememberedIconName, rememberIconName } from './icon-memory';
import { idrefElements } from './idrefs';
import type { SiteAdapter } from './types';

/** Elements an agent can type a chat message into (a role=textbox the page draws itself too, round 42). */
export const EDITABLE_SELECTOR = `textarea, input:not([type]), input[type="text"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], ${ARIA_TEXTBOX}`;

const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], input[type="image"]';

export const generic: SiteAdapter = {
  id: 'generic',
  name: '通用聊天页面',
  matches: () => true,
  composer: { editor: EDITABLE_SELECTOR, send: BUTTON_SELECTOR },
};

/**
 * Where a code editor draws the text its hidden textarea takes in: CodeMirror 5 (.CodeMirror-code with one
 * pre.CodeMirror-line a line, inside .CodeMirror-lines) and Ace (.ace_text-layer). The textarea is emptied
 * after each input; the draft is only in this display (round 39, L2).
 */
export const CODE_EDITOR_DISPLAY = '.CodeMirror-code, .CodeMirror-lines, .ace_text-layer';

/**
 * The code editor (CodeMirror 5, Ace) a textarea is the hidden input of: its .CodeMirror / .ace_editor root,
 * or, for a page that draws such a display without the root's class, the nearest box (up to 3 levels) with one
 * as a child, when the textarea itself is a sliver nobody reads (a few px wide or high, or transparent). Only
 * children are looked at: this runs on every Enter, and a box 3 levels up may hold a whole chat.
 */
export function codeEditorOf(textarea: Element): HTMLElement | null {
  const named = textarea.closest<HTMLElement>('.CodeMirror, .ace_editor');
  if (named) return named;
  let box = textarea.parentElement;
  for (let level = 0; box && level < 3 && box.localName !== 'body'; level++, box = box.parentElement) {
    if (!Array.prototype.some.call(box.children, (child: Element) => child.matches(CODE_EDITOR_DISPLAY))) continue;
    const rect = textarea.getBoundingClientRect();
    const win = textarea.ownerDocument.defaultView;
    const sliver = rect.width <= 4 || rect.height <= 4 || (!!win && win.getComputedStyle(textarea).opacity === '0');
    return sliver ? box : null;
  }
  return null;
}

/** The body of a document edited as a whole (designMode, as iframe editors such as KindEditor make it), else null. */
export function designModeBody(doc: Document): HTMLElement | null {
  return doc.designMode === 'on' ? doc.body : null;
}

/**
 * The editing host an editable element stands for: itself when it is a host, or the code editor whose hidden textarea
 * it is (round 39, L2); null when it is only a part of a larger host.
 */
function hostOfEditable(el: HTMLElement): HTMLElement | null {
  const root = editableRoot(el);
  return root === el || (root && el.localName === 'textarea' && root.contains(el)) ? root : null;
}

/** The editing host (outermost contenteditable, the text field, a code editor, a designMode body) a node belongs to, if any. */
export function editableRoot(node: EventTarget | null | undefined): HTMLElement | null {
  if (!node || typeof (node as Node).nodeType !== 'number') return null;
  const el = (node as Node).nodeType === 1 ? (node as Element) : (node as Node).parentElement;
  if (!el) return null;
  const designed = designModeBody(el.ownerDocument);
  if (designed) return designed;
  if (el.localName === 'textarea') return codeEditorOf(el) ?? (el as HTMLTextAreaElement);
  if (el.localName === 'input') return isTextInput(el as HTMLInputElement) ? (el as HTMLInputElement) : null;
  let root: HTMLElement | null = null;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const value = cur.getAttribute('contenteditable');
    if (value === null) continue;
    // A contenteditable="false" island ends the host (a nested host stays the root).
    if (value === 'false') break;
    root = cur as HTMLElement;
  }
  // A role=textbox the page handles itself, with no contenteditable (round 42, finding 6).
  return root ?? ariaTextbox(el);
}

function isTextInput(input: HTMLInputElement): boolean {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  // A phone input reused as a chat's composer (round 55, rt54g F11) is one; any other phone field is not.
  return type === 'text' || (type === 'tel' && isThreadComposer(input));
}

/**
 * Whether `el` is a chat thread's composer whatever its name, type or autocomplete says (round 55, guard55, rt54g F11: a reused
 * <input type=tel name=receiverPhone>, a textarea with autocomplete=one-time-code): a chat thread lies near it and the control that
 * sends it, in the same box as that thread, is a 发送 (isDraftSendControl). An address form's 保存 / 确定 beside a thread is no 发送, so
 * that form stays no draft.
 */
export function isThreadComposer(el: HTMLElement): boolean {
  let level = 0;
  for (let box = boxAbove(el); box && level < 4; box = boxAbove(box), level++) {
    if (box.nodeName === 'BODY' || box.nodeName === 'HTML') return false;
    if (!Array.from(box.querySelectorAll(CHAT_THREAD)).some((t) => !t.contains(el))) continue;
    // The 发送 must be in the thread's box: another chat's 发送 further up is not this field's.
    const send = findSendButton(el);
    return !!send && box.contains(send) && isDraftSendControl(send);
  }
  return false;
}

/** Whether `el` holds form data and is no draft (isFormDataField), unless it is a chat thread's composer (round 55, rt54g F11). */
export function isFormDataOnly(el: HTMLElement): boolean {
  return isFormDataField(el) && !isThreadComposer(el);
}

/** Whether the agent can type in it now: not disabled, not read-only, rendered. */
export function isUsableEditor(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  if ((el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) return false;
  if (el.closest('[data-replyguard]')) return false;
  return isRendered(el);
}

/** Rendered (not display:none / hidden). Where the browser cannot tell (tests' DOM), assume yes. */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

// Labels. Ant Design puts a space between two Chinese characters ("发 送"): whitespace is removed first (compact), and so
// are invisible characters and icon glyphs. 送出 / 傳送 are the usual Traditional-Chinese send labels (round 42, L4).
const SEND_EXACT = /^(发送|發送|送出|傳送|send|发送消息|sendmessage|发出|回复|reply|提交|submit)$/i;
const SEND_WORD = /发送|發送|送出|\bsend\b/i;
const SEND_HINT = /send|submit|发送/i;
/**
 * A broadcast's send (round 47, finding 1; its second pass): 群发 / 立即群发 / 开始群发 / 一键群发 / 确认群发 / 定时群发 / 发起群发,
 * with a count (群发(3)); 群发给 3 位买家 / 发给所选买家; 批量回复 / 一键回复 / 回复全部; Broadcast / Send to all. Exact, so
 * 群发助手 / 群发记录 / 群发设置 (which open or list broadcasts) are not. Such a label is a send only inside the dialog, drawer or
 * form that holds its field (broadcastSendBox): the same words on a tab, a menu entry, a link or a toolbar button open the
 * broadcast tool, and are never a send of another composer's draft.
 */
const BROADCAST_SEND =
  /^(立即|开始|開始|一键|一鍵|确认|確認|确定|確定|马上|馬上|发起|發起|定时|定時|预约|預約|保存并|保存並)?(群发|群發|羣發)(消息|信息|訊息)?([(（]\d{1,4}[)）])?$|^(群发|群發|发|發)给.{0,10}(买家|買家|用户|用戶|客户|客戶|会员|會員|粉丝|粉絲)$|^(批量|一键|一鍵)(回复|回覆)$|^回复全部$|^(broadcast|sendtoall)$/i;
/**
 * A control that sends an SMS code to a phone (发送验证码, 获取验证码, 重新发送(验证码), 重新发送(59s), 60秒后重新获取, 发送短信验证码, Send code;
 * round 53, rt52g F6): it sends nothing the agent typed, so it is never a field's send and never makes its box a chat's.
 */
const SMS_CODE =
  /^(重新|再次|免费|免費)?(发送|發送|获取|獲取|重发|重發|重新获取|重新獲取)(短信|手机|手機)?(验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼)$|^(重新|再次)(发送|發送|获取|獲取)[(（](短信)?(验证码|驗證碼|\d{1,3}(s|秒)?)[)）]$|^\d{1,3}(s|秒)(后|後)?(可|再)?(重新|再次)?(发送|發送|获取|獲取|重发|重發)$|^(re)?send(sms|verification)?code$|^get(sms|verification)?code$/i;
/** Whether a label (whitespace removed) names an SMS code's send (SMS_CODE). */
export const isSmsCodeLabel = (label: string): boolean => SMS_CODE.test(label);
/** A message list beside a field (the workbench's, a page's role=log or a list named after messages): the field answers a chat. */
export const CHAT_THREAD =
  '.ChatMessageList, .ChatMessageList-ContentWrap, [class*="LayoutDefaultWrapper__notMe"], [role="log"], [class*="MessageList"], [class*="messageList"], [class*="message-list" i], [class*="msg-list" i], [class*="chat-record" i]';

/** Whether a chat thread lies near `editor` (in a box up to four levels above it, not holding it): the editor answers a chat. */
function chatThreadNear(editor: Element): boolean {
  let level = 0;
  for (let box = boxAbove(editor); box && level < 4; box = boxAbove(box), level++) {
    if (box.nodeName === 'BODY' || box.nodeName === 'HTML') break;
    for (const el of box.querySelectorAll(CHAT_THREAD)) if (!el.contains(editor)) return true;
  }
  return false;
}

/**
 * Whether `button` (labelled `label`) sends an SMS code and nothing else (round 53, rt53g F8): its label says so, and the text it shows
 * is no plain 发送 (a reused <button aria-label="发送验证码">发送</button> sends the chat: the visible word wins).
 */
function smsCodeOnly(button: Element, label: string): boolean {
  if (!isSmsCodeLabel(label)) return false;
  const raw = button.localName === 'input' ? (button as HTMLInputElement).value : (button.textContent ?? '');
  const shown = raw.length > 40 ? '' : compact(raw);
  return !(shown && isDraftSendLabel(shown));
}

/** The score of an SMS code's control beside a chat thread: the box's send when it has no other (rt53g F8), below any real send. */
const SMS_IN_CHAT_SCORE = 5;

/** A dialog's footer confirm (确 定 / 回 复 / 提交回复 / 发 布 / 推 送): the send of its field where the dialog's title names a broadcast. */
const BOX_SEND = /^(确定|確定|确认|確認|回复|回覆|提交|提交回复|提交回覆|确认回复|確認回覆|发布|發布|推送|一键推送|一鍵推送|ok|confirm|submit|reply)$/i;
/** A title naming a broadcast or a bulk reply (群发消息, 批量回复（已选 3 个会话）, Broadcast). */
const BROADCAST_TITLE = /群发|群發|羣發|批量回复|批量回覆|批量发送|批量發送|broadcast|sendtoall|bulkreply|bulkmessage/i;
/** Where a broadcast's send and its field live together (broadcastSendBox; attach.ts looks for shown ones). */
export const BROADCAST_BOX =
  '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], .ant-modal, .ant-modal-content, .ant-drawer-content, .el-dialog, .el-drawer, form';
/** Controls that open something rather than send (a tab, a menu entry, a link, a disclosure or a popup's trigger). */
const OPENER =
  '[role="tab"], [role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"], [role="option"], [role="treeitem"], [role="link"], a[href], [aria-haspopup]:not([aria-haspopup="false"]), [aria-expanded]';
/** A box's title: its accessible name and its first title element's text. */
function boxTitle(box: Element): string {
  const head = box.querySelector('.ant-modal-title, .ant-drawer-title, .el-dialog__title, .el-drawer__title, h1, h2, h3, h4, legend, [class*="title" i]');
  return `${explicitName(box, 60)}${head ? (shortCompactText(head, 60) ?? '') : ''}`;
}
/** Whether a dialog, drawer or form around `el` (up to three of them) is titled as a broadcast or a bulk reply. */
export function inBroadcastTitledBox(el: Element): boolean {
  let box = el.closest(BROADCAST_BOX);
  for (let n = 0; box && n < 3; n++, box = box.parentElement?.closest(BROADCAST_BOX) ?? null) if (BROADCAST_TITLE.test(boxTitle(box))) return true;
  return false;
}
/**
 * The dialog, drawer or form `control` is a broadcast's send in (round 47, second pass): a broadcast label (BROADCAST_SEND), or
 * a footer confirm (BOX_SEND) in a box titled as a broadcast, on a control that opens nothing, in a box holding a field. Null
 * otherwise: 群发 on a tab, a menu entry, a link, a toolbar or beside an unrelated field only opens the broadcast tool.
 */
export function broadcastSendBox(control: Element, label: string = labelOf(control)): Element | null {
  const own = BROADCAST_SEND.test(label);
  if (!own && !BOX_SEND.test(label) && !isFooterPrimary(control, label)) return null;
  if (control.closest(OPENER)) return null;
  const box = control.closest(BROADCAST_BOX);
  if (!box || !box.querySelector(EDITABLE_SELECTOR)) return null;
  return own || inBroadcastTitledBox(control) ? box : null;
}
/** A dialog footer. */
const FOOTER = '.ant-modal-footer, .ant-drawer-footer, .el-dialog__footer, .el-drawer__footer, [class*="footer" i]';
/** A footer's step or draft control, not its send. */
const FOOTER_NOT_SEND = /下一步|上一步|預覽|预览|草稿|选择|選擇|添加|next|back|prev|preview|draft/i;
/**
 * The primary button of a dialog's footer, whatever it says or shows (an icon only: a paper plane, Ant's notification icon), but
 * for 取消 / 关闭 / 下一步 / 保存草稿: in a box titled as a broadcast, its send (broadcastSendBox).
 */
function isFooterPrimary(control: Element, label: string): boolean {
  if (!control.matches(BUTTON_SELECTOR) || !/primary/i.test(classOf(control)) || !control.closest(FOOTER)) return false;
  if (SEND_EXACT.test(label)) return true;
  return !NOT_SEND.test(label) && !FOOTER_NOT_SEND.test(label);
}
/** The usable editing hosts inside `box`. */
export function editablesIn(box: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of box.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
    const host = hostOfEditable(el);
    if (host && !found.includes(host) && isUsableEditor(host)) found.push(host);
  }
  return found;
}
const NOT_SEND =
  /取消|cancel|关闭|close|删除|delete|清空|clear|表情|emoji|图片|image|photo|附件|attach|文件|file|上传|upload|语音|voice|录音|record|视频|video|截图|截屏|screenshot|更多|more|设置|setting|搜索|search|转接|transfer|结束|评价|商品|订单|快捷/i;

/**
 * A send control that is not a button (no <button>, no role): an element whose whole visible text or
 * label is one of these words. Narrower than SEND_EXACT (a bare 回复/提交 span is too often something
 * else), and exact, so 发送成功 / 发送时间 / 已发送 in a message row or a status never count.
 */
export const SEND_TEXT = /^(发送|發送|送出|傳送|send|发送消息|發送消息|sendmessage|立即发送)$/i;
/** Cheap pre-filter on text nodes before the exact test. */
const SEND_TEXT_HINT = /[发發送]|send/i;
/** Tags whose text is never a control (or is not shown). */
const NOT_CONTROL = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'option', 'title', 'label', 'svg']);

/**
 * What a label is read without: whitespace; characters nobody sees, as the draft is read without them (a soft hyphen,
 * zero-width space or joiner, bidi marks, combining marks: 发&shy;送, 发\u200b送, round 42 L5); and icon glyphs drawn
 * beside a word (➤, →, ✈, an icon font's private-use character: 发送 ➤).
 */
const NOT_IN_LABEL = /[\s\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\p{So}\p{Co}\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f]+/gu;

export function compact(s: string | null | undefined): string {
  return (s ?? '').replace(NOT_IN_LABEL, '');
}

/** An input button's label: its value, or an image button's alt (<input type=image alt="发送">, round 39 L5). */
const inputLabel = (input: HTMLInputElement): string => compact(input.type === 'image' ? input.alt || input.value : input.value);

/**
 * The text of the elements an IDREF list (aria-labelledby, aria-describedby) points at, whitespace removed, hidden ones
 * included (as the accessible name reads them); null when it is longer than `max` (not a control's name).
 */
function idrefText(el: Element, attr: string, max: number): string | null {
  let out = '';
  for (const ref of idrefElements(el, attr)) {
    const text = shortCompactText(ref, max);
    if (text === null) return null;
    out += text;
    if (out.length > max) return null;
  }
  return out;
}

/**
 * A control's own name, as a screen reader would read it first: aria-labelledby (an icon-only role=button named by a
 * hidden <span>发送</span>, round 41 L3), else aria-label, else title; '' when it has none. A labelledby text longer
 * than `max` (a whole description) is passed over: the control's own label or text then names it.
 */
function explicitName(el: Element, max: number): string {
  const by = idrefText(el, 'aria-labelledby', max);
  if (by) return by;
  return compact(el.getAttribute('aria-label') || el.getAttribute('title'));
}

/** Attributes tooltip libraries read an icon-only button's tooltip from (data-tooltip="发送", Bootstrap's data-original-title…). */
const TOOLTIP_ATTRS = ['data-tooltip', 'data-tooltip-content', 'data-tip', 'data-title', 'data-original-title', 'data-bs-original-title'];

/**
 * The name an element without text or label shows only as a tooltip (round 41, L7): a tooltip attribute, or the
 * tooltip the page portals to <body> on hover and links by aria-describedby (antd, Element, Tippy do), read while it is
 * there (the pointer is on the button when it is pressed). '' when none, null when too long.
 */
function tooltipName(el: Element, max: number): string | null {
  for (const attr of TOOLTIP_ATTRS) {
    const value = el.getAttribute(attr);
    if (value) return compact(value);
  }
  return idrefText(el, 'aria-describedby', max);
}

/** An image map's area: its alt names it (<area href="javascript:send()" alt="发送">, round 41 L4). */
const areaLabel = (el: Element): string => (el.localName === 'area' ? compact(el.getAttribute('alt')) : '');

/** Elements whose content is never part of a name. */
const NOT_NAMED = new Set(['script', 'style', 'template', 'noscript']);
/** How many descendants a name from content is read from at most (an icon button has a few). */
const NAME_NODES = 24;

/**
 * The name an element without text of its own takes from its descendants, as the browser computes it (round 42, L3):
 * a descendant's aria-label (<span role=img aria-label="发送">, <svg aria-label>, <g aria-label>, <i aria-label>), an
 * image's alt, else its title (<img title="发送">), an SVG's <title>, an element's title when it has no text. Read from
 * at most NAME_NODES elements; null when longer than `max`.
 */
export function contentName(el: Element, max: number): string | null {
  if (inHiddenPart(el)) return '';
  let out = '';
  let budget = NAME_NODES;
  const visit = (node: Element): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += compact(child.nodeValue);
      else if (child.nodeType === 1) {
        const e = child as Element;
        if (--budget < 0) return false;
        if (NOT_NAMED.has(e.localName) || e.getAttribute('aria-hidden') === 'true') continue;
        const label = compact(e.getAttribute('aria-label'));
        if (label) out += label;
        else if (e.localName === 'img') out += compact(e.hasAttribute('alt') ? e.getAttribute('alt') : e.getAttribute('title'));
        else {
          const before = out.length;
          if (!visit(e)) return false;
          if (out.length === before) out += compact(e.getAttribute('title'));
        }
      }
      if (out.length > max) return false;
    }
    return true;
  };
  return visit(el) ? out : null;
}

function labelOf(button: Element): string {
  const name = explicitName(button, 40);
  if (name) return name;
  if (button.localName === 'input') return inputLabel(button as HTMLInputElement);
  return (
    nameText(button, Infinity) || (contentName(button, 40) ?? '') || areaLabel(button) || (tooltipName(button, 40) ?? '') || (drawnText(button, Infinity) ?? '')
  );
}

function classOf(el: Element): string {
  return typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? '');
}

/** How much a button looks like the Send button of `editor` (negative: certainly not). */
export function sendScore(button: Element, editor: HTMLElement): number {
  if (editor.contains(button) || button.closest('[data-replyguard]')) return -1;
  const label = labelOf(button);
  // A broadcast dialog's step control (下一步 opening a Popconfirm whose 确定 sends, round 48) is not its field's send.
  if (FOOTER_NOT_SEND.test(label) && !SEND_EXACT.test(label) && button.closest(FOOTER) && inBroadcastTitledBox(button)) return -1;
  if (BROADCAST_SEND.test(label) || BOX_SEND.test(label) || /primary/i.test(classOf(button))) {
    // A broadcast's send only for the field of its own dialog (round 47, second pass); elsewhere 群发 opens the tool.
    const box = broadcastSendBox(button, label);
    if (box?.contains(editor)) return 10;
    if (BROADCAST_SEND.test(label)) return -1;
  }
  // 发送图片 in a dialog that also holds the field (an image preview's caption, round 50 finding 3) sends that field with the picture.
  if (mediaSendOfField(button, label, editor)) return 9;
  // 发送验证码 sends an SMS code, never the field (round 53, rt52g F6) — unless the field answers a chat thread: a chat keeps its send
  // judged whatever it is labelled (rt53g F8); any real 发送 there still wins.
  if (smsCodeOnly(button, label)) return chatThreadNear(editor) ? SMS_IN_CHAT_SCORE : -1;
  if (NOT_SEND.test(label) && !SEND_EXACT.test(label)) return -1;
  let score = 0;
  if (SEND_EXACT.test(label)) score = 10;
  else if (SEND_WORD.test(label)) score = 8;
  const hints = `${button.id} ${classOf(button)} ${button.getAttribute('data-testid') ?? ''} ${button.getAttribute('name') ?? ''}`;
  if (SEND_HINT.test(hints)) score = Math.max(score, 6);
  else if (button.querySelector('[class*="send" i], [data-icon*="send" i], img[alt*="发送"], img[alt*="send" i], use[href*="send" i]')) {
    score = Math.max(score, 6);
  }
  const form = (editor as HTMLTextAreaElement).form ?? editor.closest('form');
  if (form && (button as HTMLButtonElement).form === form && /^(submit|image)$/.test((button as HTMLButtonElement).type)) score = Math.max(score, 5);
  if (/primary/i.test(classOf(button))) score = Math.max(score, 3);
  return score;
}

/**
 * Whether a button's label names a send as sendScore reads it: the send word (发送 / 發送 / 送出 / send) in a label that
 * is not something else's (发送图片, 发送商品: NOT_SEND). 发送给买家, 发送优惠券, 确认发送 do (round 44, finding 3), and a broadcast's
 * 群发 / 立即群发 (round 47, finding 1): the label
 * by which a field is judged to have a send of its own, whether or not a site's composer is on the page.
 */
export function labelNamesSend(button: Element): boolean {
  const label = labelOf(button);
  if (smsCodeOnly(button, label)) return false;
  if (mediaSendOfField(button, label)) return true;
  if (broadcastSendBox(button, label)) return true;
  if (BROADCAST_SEND.test(label)) return false;
  return SEND_EXACT.test(label) ? SEND_WORD.test(label) : SEND_WORD.test(label) && !NOT_SEND.test(label);
}

/** A send of a picture, a video or a file (发送图片): NOT_SEND beside a composer, but a caption's send in its preview dialog. */
const MEDIA_SEND = /^(发送|發送|send)(图片|圖片|照片|视频|視頻|文件|截图|截圖|image|photo|picture|video|file)$/i;

/**
 * Whether `button` (labelled `label`) is 发送图片 of a preview dialog that holds a text field (`editor` when given): it sends that
 * field, the caption, with the picture (round 50, finding 3). A 发送图片 that holds no text field in its dialog, or is a toolbar's
 * (no dialog), stays no send.
 */
function mediaSendOfField(button: Element, label: string, editor?: Element): boolean {
  if (!MEDIA_SEND.test(label)) return false;
  const dialog = button.closest('[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"], [popover], .ant-modal, .el-dialog, .el-message-box');
  if (!dialog) return false;
  return editor ? dialog.contains(editor) : !!dialog.querySelector(EDITABLE_SELECTOR);
}

/** Score of a text-only control (below a button labelled 发送 or carrying the word, above a send icon/class hint). */
const TEXT_CONTROL_SCORE = 7;

/**
 * Elements under `box` (outside `skip`, the inner box already searched) that are not buttons but whose
 * own text (or aria-label/title) is a send word. Buttons are left to BUTTON_SELECTOR.
 */
function looksClickable(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  return !!win && win.getComputedStyle(el).cursor === 'pointer';
}

/**
 * A text control's name: its text without its aria-hidden parts, else what its descendants' labels name it (round 44: a
 * 表情 whose <svg aria-label> names it, its 发送 decoy in an aria-hidden part, is 表情), else as drawn (nameText,
 * contentName, drawnText); '' when long.
 */
function controlText(el: Element): string {
  const text = nameText(el, SEND_TEXT_MAX);
  if (text) return text;
  const content = contentName(el, SEND_TEXT_MAX);
  if (content === null) return '';
  return content || drawnText(el, SEND_TEXT_MAX) || '';
}

/**
 * Whether the walk for text controls leaves `el` out whole (round 44): a large aria-hidden part (more than a control's
 * glyph: over NAME_WALK_NODES nodes or 40 characters, as inHiddenPart reads it) that does not hold the editor — an
 * inline icon sprite of 60,000 nodes beside the 发送, whose every node was read on each click near it. A large hidden
 * part holding the editor (a page's root hidden behind a dialog) is walked as before.
 */
const skippedHiddenPart = (el: Element, editor: Element | null): boolean =>
  el.matches(ARIA_HIDDEN) && !(editor && el.contains(editor)) && nameText(el, 40, true) === null;

/** Elements under `box` (outside `skip`, the inner box already searched) that are not buttons but whose own text is a send word. */
export function textControls(box: Element | ShadowRoot, skip: Element | ShadowRoot | null, editor: Element | null = null): Element[] {
  const out = new Set<Element>();
  const doc = box.ownerDocument;
  const holdsEditable = (el: Element) => el.querySelector(EDITABLE_SELECTOR) !== null;
  // SHOW_ELEMENT | SHOW_TEXT; the previous (inner) box was already searched, a large hidden part is left out whole.
  const walker = doc.createTreeWalker(box, 0x1 | 0x4, {
    acceptNode: (n) => (n === skip || (n.nodeType === 1 && skippedHiddenPart(n as Element, editor)) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const data = node.nodeValue ?? '';
    if (data.length > 40 || !SEND_TEXT_HINT.test(data)) continue;
    let el = node.parentElement;
    // An SVG icon named by its <title> (a <span> holding <svg><title>发送</title>, round 42 L3) is the control.
    const svgTitle = el?.localName === 'title' && el.parentElement?.localName === 'svg';
    if (svgTitle) el = el!.parentElement;
    // A 发送 in a small aria-hidden part (an icon's glyph) is the control around it, named so only when nothing else
    // names it (controlText). A large hidden part (a page's root behind a dialog) is not a control's part.
    if (el && inHiddenPart(el)) el = outerHiddenPart(el).parentElement;
    if (!el || el === box || (!svgTitle && NOT_CONTROL.has(el.localName)) || !SEND_TEXT.test(controlText(el))) continue;
    // Up to the outermost element that is still the control: the same word and nothing else, shown
    // as clickable (a pointer cursor), so a click on its padding counts too; a plain wrapper (a
    // toolbar holding only this control) and a box holding the empty editor are never taken.
    for (let up = el.parentElement; up && up !== box && SEND_TEXT.test(controlText(up)) && !holdsEditable(up) && looksClickable(up); up = up.parentElement) el = up;
    if (el.closest(BUTTON_SELECTOR) || el.closest('[contenteditable]') || holdsEditable(el)) continue; // a button is scored as one
    if (isRendered(el)) out.add(el);
  }
  for (const el of box.querySelectorAll('[aria-label], [title]')) {
    if (skip?.contains(el) || el.closest(BUTTON_SELECTOR) || NOT_CONTROL.has(el.localName) || holdsEditable(el)) continue;
    if (SEND_TEXT.test(compact(el.getAttribute('aria-label') || el.getAttribute('title'))) && isRendered(el)) out.add(el);
  }
  return [...out];
}

const MAX_LEVELS = 6;

/**
 * The box around a node one level up: its parent element, or the shadow root it is the top of, and
 * from a shadow root its host — so a composer and its 发送 inside a web component find each other.
 */
export function boxAbove(node: Node): Element | ShadowRoot | null {
  if ((node as ShadowRoot).host && node.nodeType === 11) return (node as ShadowRoot).host;
  const parent = node.parentNode;
  if (parent?.nodeType === 1) return parent as Element;
  return parent?.nodeType === 11 && (parent as ShadowRoot).host ? (parent as ShadowRoot) : null;
}
const MIN_SCORE = 3;

/**
 * Whether `button` sits in a box (below `box`, the smallest one it shares with our editor) that holds
 * another editable: then it is that editable's button (a search box's, another chat's), not ours.
 */
function belongsToAnotherEditable(button: Element, box: Element | ShadowRoot, editor: HTMLElement): boolean {
  for (let a = button.parentElement; a && a !== box; a = a.parentElement) {
    for (const other of a.querySelectorAll(EDITABLE_SELECTOR)) {
      if (other !== editor && !editor.contains(other) && editableRoot(other) === other) return true;
    }
  }
  return false;
}

type Kind = 'button' | 'text' | 'icon';

/**
 * Where an icon-only send control may be (iconNames, round 45): an image, an icon element, an <svg> drawing a sprite's symbol, a
 * javascript: link, an element whose class or action names a send. Queried with the buttons in one walk of each box.
 */
const ICON_SELECTOR =
  'img[src], input[type="image"], i[class], svg, a[href^="javascript:" i], [class*="send" i], [class*="fasong" i], [class*="promotion" i], [class*="发送"], [data-action*="send" i], [style*="background" i]';
const BUTTON_OR_ICON = `${BUTTON_SELECTOR}, ${ICON_SELECTOR}`;

/**
 * Score of an icon-only send control outside any button (an <img src="…/send.png">, <i class="icon-fasong">, an <svg> drawing
 * #icon-send, an image in <a href="javascript:doSend()">): as a button holding such an icon scores (6); -1 when not one.
 */
function iconControlScore(el: Element, editor: HTMLElement): number {
  if (!iconNames(el).some((n) => n && isSendToken(n))) return -1; // most images and icons: their names alone
  if (el.closest(BUTTON_SELECTOR) || editor.contains(el) || el.contains(editor) || el.closest('[data-replyguard]')) return -1;
  // An icon inside a send icon (the <img> of a javascript: link) is that control's: the outer one is taken.
  const outer = el.parentElement?.closest('a[href^="javascript:" i]');
  if (outer && outer !== el && isDraftSendControl(outer)) return -1;
  return shortLabel(el, 16) === '' && isDraftSendControl(el) && isRendered(el) ? 6 : -1;
}

function textControlScore(el: Element, editor: HTMLElement): number {
  if (editor.contains(el) || el.contains(editor) || el.closest('[data-replyguard]')) return -1;
  return TEXT_CONTROL_SCORE;
}

/**
 * The Send button of a composer: the best-scoring button among the editor's nearest ancestors
 * (each level further away costs a point), or null when nothing near looks like one.
 */
export function findSendButton(editor: HTMLElement): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestScore = MIN_SCORE - 1;
  const seen = new Set<Element>();
  let prev: Element | ShadowRoot | null = null;
  let level = 0;
  for (let box = boxAbove(editor); box && level < MAX_LEVELS; box = boxAbove(box), level++) {
    if (box.nodeName === 'HTML') break;
    // Buttons and, in the same walk of the box, icons named send (round 45): an icon outside any button is a control.
    const controls: [Element, Kind][] = Array.from(box.querySelectorAll(BUTTON_OR_ICON), (b): [Element, Kind] => [b, b.matches(BUTTON_SELECTOR) ? 'button' : 'icon']);
    for (const c of textControls(box, prev, editor)) controls.push([c, 'text']);
    for (const [button, kind] of controls) {
      if (seen.has(button)) continue;
      const raw = kind === 'button' ? sendScore(button, editor) : kind === 'text' ? textControlScore(button, editor) : iconControlScore(button, editor);
      // An element no icon send may still be a text control (an <svg> named by its <title>): scored as one below.
      if (kind !== 'icon' || raw >= MIN_SCORE) seen.add(button);
      if (raw < MIN_SCORE || belongsToAnotherEditable(button, box, editor)) continue;
      const score = raw - level;
      if (score > bestScore) {
        bestScore = score;
        best = button as HTMLElement;
      }
    }
    if (bestScore >= 8 - level) break;
    if (box.nodeName === 'BODY') break;
    prev = box;
  }
  return best;
}

/**
 * Whether a clicked element could be some composer's Send button as findSendButton finds them (a
 * button, or a control whose text or label is a send word): a cheap test before looking for the
 * composer a click belongs to.
 */
export function mayBeSendControl(el: Element): boolean {
  if (el.matches(BUTTON_SELECTOR) || SEND_TEXT.test(explicitName(el, SEND_TEXT_MAX))) return true;
  // An element inside a small hidden part (a 发送 decoy in aria-hidden="false" under an aria-hidden one, round 44) is
  // hidden with it, as assistive tech computes it: no control of its own.
  if (inHiddenPart(el)) return false;
  const text = nameText(el, SEND_TEXT_MAX);
  return text !== null && SEND_TEXT.test(text || contentName(el, SEND_TEXT_MAX) || (drawnText(el, SEND_TEXT_MAX) ?? ''));
}

/** The longest word SEND_TEXT accepts ('sendmessage'). */
const SEND_TEXT_MAX = 11;

/**
 * The element's text without whitespace, or null as soon as it is longer than `max`: a click's
 * ancestors include the chat list, whose whole textContent must not be built on every click.
 */
function shortCompactText(el: Element, max: number): string | null {
  return nameText(el, max, true);
}

/** A part a browser leaves out of the names of the controls it is in (round 43: an icon ligature, a decoy). */
const ARIA_HIDDEN = '[aria-hidden="true"]';

/**
 * The text that names a control, as a browser computes its name from content (round 43): its text without whitespace and
 * unseen characters, leaving out what lies in an aria-hidden="true" part of it (an icon ligature attach_file beside 发送,
 * a 发送 decoy inside 表情). With `drawn`, the text as drawn, hidden parts included. Null as soon as it is longer than
 * `max`: a click's ancestors include the chat list, whose whole text must not be built on every click.
 */
export function nameText(el: Element, max: number, drawn = false): string | null {
  // The element itself hidden: all of it is its hidden part. A hidden part above it (a page's root hidden behind a
  // dialog) is not one of its parts.
  if (!drawn && el.matches(ARIA_HIDDEN)) return '';
  let out = '';
  let budget = NAME_WALK_NODES;
  // Round 44 (item 5): a hidden part is skipped whole (FILTER_REJECT), never walked text node by text node, and the
  // walk stops after NAME_WALK_NODES nodes (a subtree of empty or blank nodes adds no character to stop it).
  const walker = el.ownerDocument.createTreeWalker(
    el,
    0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */,
    drawn ? null : { acceptNode: (n) => (n.nodeType === 1 && (n as Element).matches(ARIA_HIDDEN) ? 2 /* REJECT */ : 1 /* ACCEPT */) },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (--budget < 0) return null;
    if (node.nodeType !== 3) continue;
    const text = compact(node.nodeValue);
    if (!text) continue;
    out += text;
    if (out.length > max) return null;
  }
  return out;
}

/** Nodes a name walk visits at most (nameText): a control's content has a few dozen; more is no control's name. */
export const NAME_WALK_NODES = 256;

/**
 * The outermost small aria-hidden part around `el` (round 44, item 4): a 发送 glyph in aria-hidden inside another
 * aria-hidden part belongs to the control around the outer one, as an un-nested glyph does. A large hidden part above
 * (a page's root behind a dialog) is not a control's part: the walk stops below it.
 */
export function outerHiddenPart(el: Element): Element {
  let part = el.closest(ARIA_HIDDEN)!;
  for (let up = part.parentElement?.closest(ARIA_HIDDEN); up && nameText(up, 40, true) !== null; up = up.parentElement?.closest(ARIA_HIDDEN)) part = up;
  return part;
}

/**
 * The text drawn in a control all of whose text is in aria-hidden parts (<button><i aria-hidden="true">发送</i>: an icon
 * font's glyph the agent sees): its name when nothing else names it. '' for an element that is itself in a hidden part
 * (a decoy is no control of its own). Null when longer than `max`.
 */
export const drawnText = (el: Element, max: number): string | null => (inHiddenPart(el) ? '' : nameText(el, max, true));

/**
 * Whether `el` is (inside) a small aria-hidden part, one a control holds (an icon's glyph, a decoy): then it names no
 * control of its own. A large one (a page's root hidden behind a dialog) is not a control's part.
 */
function inHiddenPart(el: Element): boolean {
  const hidden = el.closest(ARIA_HIDDEN);
  return !!hidden && nameText(hidden, 40, true) !== null;
}

/**
 * Composer candidates on a page that has no focused one yet: usable textareas and contenteditable
 * hosts with a Send button near them (a text input only counts with a Send button too, and never in a login form).
 */
export function findComposerCandidates(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  // A document in designMode is one editor: its body (an iframe editor's, whose 发送 is in the outer page).
  const designed = designModeBody((root as Node).ownerDocument ?? (root as Document));
  if (designed && isUsableEditor(designed)) return [designed];
  for (const el of root.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
    const host = hostOfEditable(el);
    if (!host || out.includes(host) || !isUsableEditor(host)) continue;
    // A login form's field is no composer, its 登录 no 发送 (round 46): not even when the page submits it by a click.
    if (host.localName === 'input' && inLoginForm(host)) continue;
    if (isFormDataOnly(host)) continue; // an address or a verification code is no composer (round 54, rt53g F7 / F10; a thread's composer is, round 55)
    if (findSendButton(host)) out.push(host);
  }
  // An internal note or a translation preview beside the message is never the first pick (round 42).
  return asideLast(out);
}

const BUYER = '(买家|買家|客户|客戶|顾客|顧客|对方|對方|消费者|消費者|用户|用戶|TA)';
/**
 * A commit whose longer label says the text then goes to the buyer (round 53, rt53g F1): 提交并私信买家, 提交并通知买家, 提交并回复,
 * 保存并发送给买家, 确定并通知顾客 — a commit verb, 并 / 后 / 同时, a send / notify / reply verb, then at most 给 and a reader. Not
 * 提交并关闭, 保存并通知同事 (someone else), 提交并同步 (to where?).
 */
const COMMIT_THEN_SEND =
  `^(提交|保存|儲存|确定|確定|确认|確認|完成)(并|並|后|後|同时|同時|且)((私信|通知|告知|回复|回覆|答复|答覆|发送|發送|发给|發給)(给|給|至|到)?${BUYER}?|(同步|推送|转发|轉發)(给|給|至|到)?${BUYER})$`;
/**
 * Labels of any control that sends the composer's draft, beside its main Send button: 发送 / Send,
 * with an accelerator (发送(S)) or an action after the send (发送并结束会话, 发送并转接, send & close).
 * A scheduled send (定时发送 / 预约发送, round 40 L3) sends the draft too: the page empties the composer and sends it later.
 * Narrow on purpose: 回复 / 提交 (a quote-reply on a message row, a form) and 发送图片 / 发送商品 (they
 * send something else) are not; those count only as a composer's main button (findSendButton).
 */
const DRAFT_SEND_LABEL = new RegExp(
  String.raw`^(发送|發送|送出|傳送|立即发送|发送消息|發送消息|send|sendmessage)([(（][^)）]{1,10}[)）])?$|^(发送|發送|送出)(并|並|后|後|且)|^send(and|&|\+)|^(定时|定時|预约|預約|延时|延時)(发送|發送)$|^(schedulesend|sendlater)$|${COMMIT_THEN_SEND}`,
  'i',
);
/** Whether a label (whitespace removed) names a control that sends the draft (发送, 发送并结束会话…). */
export const isDraftSendLabel = (label: string): boolean => DRAFT_SEND_LABEL.test(label);
/**
 * A class token or action name for an icon-only send control (icon-send, btn-send, send-btn), not SendBox. Round 45: iconfont.cn's
 * pinyin name (icon-fasong), a Chinese one (icon-发送) and Element UI's paper plane (el-icon-s-promotion) too; not sendImage,
 * icon-fasongtupian (an image's send), SendBox. Round 46 (finding 2): read word by word (sendTokenWords), so a CSS-modules,
 * umi or BEM name (SendBox_sendIcon__3kZ9a, sendIcon___2xYz, styles_send__aB12c, send__icon, sendButton_abc12) counts as its
 * plain form does: its last send word followed only by btn / button / icon / msg / message.
 */
export function isSendToken(token: string): boolean {
  const words = sendTokenWords(token);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const send = SEND_WORD_JOINED.test(w) || (w === 'promotion' && words[i - 1] === 's');
    if (send) return words.slice(i + 1).every((after) => AFTER_SEND.has(after));
    if (!AFTER_SEND.has(w)) return false;
  }
  return false;
}
/** A send word, alone or run together with what may follow it (sendbtn, sendmsg, fasongicon). */
const SEND_WORD_JOINED = /^(send|fasong|发送)(btn|button|icon|msg|message)?$/;
const AFTER_SEND = new Set(['btn', 'button', 'icon', 'msg', 'message']);

/**
 * A hashed suffix a CSS-modules / umi / styled build adds to a class (its last part after one to three underscores): one holding a
 * digit (__3kZ9a, ___2xYz, _abc12, _1x2), or five letters in mixed case after two or more (the default base64:5 hash, __aBcDe).
 */
const HASH_SUFFIX = /(_{1,3}[A-Za-z0-9-]*\d[A-Za-z0-9-]*|_{2,3}(?=[A-Za-z]{5}$)(?![a-z]{5}$)(?![A-Z]{5}$)[A-Za-z]{5})$/;

/**
 * The words of a class token, lower case, its build hash left out: split at - and _ and between camelCase words
 * (SendBox_sendIcon__3kZ9a → send box send icon; kwai-send-btn_1x2 → kwai send btn; icon-发送 → icon 发送).
 */
export function sendTokenWords(token: string): string[] {
  const bare = token.replace(HASH_SUFFIX, '');
  return bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** What a sprite reference names (#icon-send, /sprite.svg#icon-fasong → icon-send, icon-fasong). */
const fragmentName = (ref: string | null): string => (ref ? ref.slice(ref.lastIndexOf('#') + 1) : '');

/** The functions a javascript: URL calls, as class-like tokens (doSend() → do-send, chat.sendMsg() → send-msg). */
function scriptCalls(href: string | null): string[] {
  if (!href || !/^\s*javascript:/i.test(href)) return [];
  return Array.from(href.matchAll(/([A-Za-z_$][\w$]*)\s*\(/g), (m) => m[1]!.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));
}

/**
 * The names an icon-only control goes by (round 45, finding 1): its class tokens and data-action, its image's file name (an <img>
 * or <input type=image> src), the sprite symbol its <use> draws (the <use> itself or an <svg>'s own <use> children, href or xlink:href), and the functions a
 * javascript: link calls. Read by isSendToken like a class.
 */
function iconNames(el: Element, computed = false): string[] {
  const names = [...classOf(el).split(/\s+/), el.getAttribute('data-action') ?? ''];
  if (el.localName === 'img' || (el.localName === 'input' && (el as HTMLInputElement).type === 'image')) {
    // Round 46 (finding 3): an image showing a data: URL goes by the name it had (its load failed, the page swapped the
    // fallback in: icon-memory.ts) or the one a lazy loader will give it (data-src).
    const src = fileName(el.getAttribute('src') ?? '');
    if (src) {
      names.push(src);
      rememberIconName(el);
    } else names.push(rememberedIconName(el), ...LAZY_SRC.map((a) => fileName(el.getAttribute(a) ?? '')));
  }
  names.push(...backgroundNames(el, computed));
  const uses = el.localName === 'use' ? [el] : el.localName === 'svg' ? Array.from(el.children).filter((c) => c.localName === 'use') : [];
  for (const use of uses) names.push(fragmentName(use.getAttribute('href') ?? use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')));
  if (el.localName === 'a') names.push(...scriptCalls(el.getAttribute('href')));
  return names;
}

/** Where lazy loaders keep an image's real URL while a placeholder shows. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src'];

/**
 * The file names of the images an element draws as its background (round 46, finding 3: <span style="background-image:
 * url(/static/img/icon-send.png)">, read like an img src): from its inline style, and with `computed` (a click's few
 * elements, not a walk of a box) from its computed style, which a class's stylesheet may set.
 */
function backgroundNames(el: Element, computed: boolean): string[] {
  let css = (el as HTMLElement).style?.backgroundImage ?? '';
  if (computed && !css) {
    const win = el.ownerDocument.defaultView;
    css = win ? win.getComputedStyle(el).backgroundImage : '';
  }
  if (!css || css === 'none') return [];
  return Array.from(css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g), (m) => fileName(m[2] ?? ''));
}
/** Menus a split 发送 ▾ button opens (often portaled to <body>, far from the composer). */
export const MENU_SELECTOR = '[role="menu"], [role="menuitem"], [role="listbox"], .ant-dropdown, .ant-dropdown-menu, .dropdown-menu';
const CONTROL_ROLES = /^(button|menuitem|link|option|tab)$/;

/** A control's label as labelOf reads it, or null when it is longer than `max` (a click's ancestors hold whole chat lists). */
function shortLabel(el: Element, max: number): string | null {
  const name = explicitName(el, max);
  if (name !== '') return name;
  if (el.localName === 'input') return inputLabel(el as HTMLInputElement);
  // Inside a small hidden part (a decoy under aria-hidden, round 44): no name of its own, as assistive tech computes it.
  if (!el.matches(BUTTON_SELECTOR) && inHiddenPart(el)) return '';
  const text = nameText(el, max);
  if (text === null) return null;
  return text || contentName(el, max) || areaLabel(el) || tooltipName(el, max) || drawnText(el, max);
}

/**
 * A <label> that says just 发送 / Send and whose control is a checkbox or radio the agent does not see (display:none,
 * invisible, a few px): the label is the control drawn, and a click on it toggles the input, whose change the page
 * sends on (round 41, L2). A visible checkbox is a setting, and so is any option with more words (发送后关闭: UI kits
 * draw their checkboxes over a hidden input too).
 */
function labelsHiddenToggle(el: Element): boolean {
  if (el.localName !== 'label' || !SEND_TEXT.test(shortCompactText(el, SEND_TEXT_MAX) ?? '')) return false;
  const input = (el as HTMLLabelElement).control;
  if (!input || input.localName !== 'input' || !/^(checkbox|radio)$/.test((input as HTMLInputElement).type)) return false;
  const check = (input as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(input, { visibilityProperty: true, opacityProperty: true })) return true;
  const rect = input.getBoundingClientRect();
  return rect.width <= 2 || rect.height <= 2;
}

/** Looks like something to click: a button or link, a role, focusable, or a pointer cursor. */
function isClickable(el: Element): boolean {
  if (el.matches(BUTTON_SELECTOR) || el.matches('a[href], area[href], [tabindex], [onclick]')) return true;
  if (CONTROL_ROLES.test(el.getAttribute('role') ?? '')) return true;
  return labelsHiddenToggle(el) || looksClickable(el);
}

/**
 * Whether `el` is a control that sends a draft: a clickable element labelled as DRAFT_SEND_LABEL says
 * (its text, aria-label, title, input value or icon alt), or an icon-only control named send (its class, its image's file,
 * its <use> symbol, its javascript: call: iconNames). Never an editable or anything holding one, never a long text (a message row).
 */
export function isDraftSendControl(el: Element): boolean {
  const label = shortLabel(el, 16);
  if (label === null) return false;
  // A broadcast's send in its own dialog (round 47, second pass): its label, a footer 确定 or its primary icon button.
  if (el.matches(BUTTON_SELECTOR) && broadcastSendBox(el, label)) return !el.closest('[data-replyguard]');
  if (label) {
    if (!(isDraftSendLabel(label) || broadcastSendBox(el, label)) || !isClickable(el)) return false;
  } else {
    if (!iconNames(el, true).some((n) => n && isSendToken(n))) return false;
    // An icon inside a button (or, round 45, a link) labelled otherwise (发送图片…) is that button's.
    const button = el.parentElement?.closest(`${BUTTON_SELECTOR}, a[href]`);
    const outer = button ? shortLabel(button, 16) : '';
    if (outer === null || (outer && !isDraftSendLabel(outer) && !broadcastSendBox(button!, outer))) return false;
  }
  return !el.closest('[data-replyguard]') && !editableRoot(el) && !el.querySelector(EDITABLE_SELECTOR);
}

/**
 * The composers a send control belongs to: the usable editables in the nearest box around it that
 * holds any (through open shadow roots), up to MAX_LEVELS up. Empty when none is that near.
 */
export function editablesNear(control: Element): HTMLElement[] {
  let level = 0;
  for (let box = boxAbove(control); box && level < MAX_LEVELS; box = boxAbove(box), level++) {
    if (box.nodeName === 'HTML') break;
    const found: HTMLElement[] = [];
    for (const el of box.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
      const host = hostOfEditable(el);
      if (host && !found.includes(host) && isUsableEditor(host)) found.push(host);
    }
    if (found.length) return found;
    if (box.nodeName === 'BODY') break;
  }
  return [];
}

/**
 * The frames in the nearest box around a send control that holds any (up to MAX_LEVELS up): a
 * composer in an iframe (TinyMCE, an embedded editor page) with its 发送 in the outer page.
 */
export function framesNear(control: Element): HTMLIFrameElement[] {
  let level = 0;
  for (let box = boxAbove(control); box && level < MAX_LEVELS; box = boxAbove(box), level++) {
    if (box.nodeName === 'HTML') break;
    const found = Array.from(box.querySelectorAll<HTMLIFrameElement>('iframe, frame'));
    if (found.length) return found;
    if (box.nodeName === 'BODY') break;
  }
  return [];
}

/** What an element holding besides a control is no wrapper of it (wrapsOnly): another button, or an icon or link shown. */
const WRAPPED_CONTROL = `${BUTTON_SELECTOR}, a[href], img, svg, input, [onclick], [tabindex]`;

/**
 * Whether `el` is an element around `control` that holds nothing else: no other button or field, no other text (round
 * 40, L2: a <button style="pointer-events:none">发送</button> in a wrapper <div> whose click handler sends). A click on
 * it (its padding, or through the button the pointer passes) is a click on the control.
 */
export function wrapsOnly(el: Element, control: Element): boolean {
  if (el === control || !el.contains(control) || el.localName === 'body' || el.localName === 'html') return false;
  // The bounded text test first (round 44): a toolbar holding a huge subtree (an icon sprite) beside the control is
  // cut short there, before the selector scans below read its every element on each click.
  const text = shortCompactText(el, 16);
  if (text === null || text !== shortCompactText(control, 16)) return false;
  if (el.querySelector(EDITABLE_SELECTOR)) return false;
  // Round 45: nor any other icon or link (a toolbar of icons holding a send icon is no wrapper of it: 图片's click is 图片's).
  for (const b of el.querySelectorAll(WRAPPED_CONTROL)) {
    if (b !== control && !control.contains(b) && !b.contains(control) && (b.matches(BUTTON_SELECTOR) || isRendered(b))) return false;
  }
  return true;
}

/** A confirm control's label (the 确定 of a picker). */
const CONFIRM_LABEL = /^(确定|确认|確定|確認|ok|完成|发送|發送|定时发送|定時發送|设置|設置)$/i;
/** A popup or box about scheduling a send (定时发送时间, 预约发送, schedule send). */
const SCHEDULE_TEXT = /定时|定時|预约发送|預約發送|schedule|sendlater/i;

/**
 * Whether `el` is the confirm button of a scheduling popup (a ⏰ icon opens a time picker whose 确定 schedules the
 * draft, round 40 L3): a clickable 确定 / 确认 / OK in a small box, within 4 levels, whose text is about a scheduled
 * send and which holds no text field (only the picker's time input, if any).
 */
export function isScheduleConfirm(el: Element): boolean {
  const label = shortLabel(el, 8);
  if (!label || !CONFIRM_LABEL.test(label) || !isClickable(el) || el.closest('[data-replyguard]')) return false;
  let box = el.parentElement;
  for (let level = 0; box && level < 4 && box.localName !== 'body'; level++, box = box.parentElement) {
    const text = shortCompactText(box, 60);
    if (text === null) return false;
    if (box.querySelector('textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]')) return false;
    if (SCHEDULE_TEXT.test(text) || SCHEDULE_TEXT.test(box.getAttribute('aria-label') ?? '')) return true;
  }
  return false;
}

/** A confirm's OK (a Popconfirm's 确 定). */
const BROADCAST_CONFIRM_LABEL = /^(确定|确认|確定|確認|ok|yes|是|好的|发送|發送|群发|群發|确认群发|确定群发|確認群發)$/i;

/**
 * Whether `el` is the OK of a confirm naming a broadcast (round 47, second pass: 下一步 opens a Popconfirm 「确认群发给 3 位买家？」
 * whose 确 定 sends the broadcast dialog's field): a clickable 确定 / 确认 / OK in a small box, within 4 levels, whose text names a
 * broadcast (群发, 批量回复) and which holds no text field.
 */
export function isBroadcastConfirm(el: Element): boolean {
  const label = shortLabel(el, 8);
  if (!label || !BROADCAST_CONFIRM_LABEL.test(label) || !isClickable(el) || el.closest('[data-replyguard]')) return false;
  let box = el.parentElement;
  for (let level = 0; box && level < 4 && box.localName !== 'body'; level++, box = box.parentElement) {
    if (box.querySelector(EDITABLE_SELECTOR)) return false;
    const text = shortCompactText(box, 80);
    if (text === null) return false;
    if (BROADCAST_TITLE.test(text) || BROADCAST_TITLE.test(compact(box.getAttribute('aria-label')))) return true;
  }
  return false;
}

/** A confirm popup (a Modal.confirm, a Popconfirm, an alert dialog) a dialog's step button opens. */
export const CONFIRM_POPUP =
  '[role="dialog"], [role="alertdialog"], [role="tooltip"], dialog, [aria-modal="true"], [popover], .ant-modal, .ant-modal-confirm, .ant-popover, .ant-popconfirm, .el-message-box, .el-popconfirm, .el-popover';

/**
 * Whether `el` is the OK of a confirm popup whatever its question says (确 定 / 确认 / OK / 发送 in a dialog, Popconfirm or alert
 * holding no text field; round 48 second pass, t9: 「确定要发送给已选的 3 位买家吗？」): the send of the broadcast dialog whose step
 * button opened it (attach.ts remembers that step).
 */
export function isConfirmOk(el: Element): boolean {
  const label = shortLabel(el, 8);
  if (!label || !BROADCAST_CONFIRM_LABEL.test(label) || !isClickable(el) || el.closest('[data-replyguard]')) return false;
  const popup = el.closest(CONFIRM_POPUP);
  return !!popup && !popup.querySelector(EDITABLE_SELECTOR);
}

/** A cancel-like control's label (取 消 / 否 / 关闭 / 再想想): with an OK beside it, a box asks a question. */
const CANCEL_LIKE_LABEL = /^(取消|否|不|不了|关闭|關閉|再想想|算了|cancel|no|close)$/i;
/** How much text a confirm popup holds at most: a short question and its buttons. */
const CONFIRM_SHAPE_TEXT_MAX = 200;

/** Whether `el` is an OK-like control (确 定 / 确认 / 是 / OK…) outside the guard's own UI. */
export function isOkLikeControl(el: Element): boolean {
  const label = shortLabel(el, 8);
  return !!label && BROADCAST_CONFIRM_LABEL.test(label) && isClickable(el) && !el.closest('[data-replyguard]');
}

/**
 * Whether `el`, which the page showed right after a click, is shaped like a confirm popup whatever its role or class (round 54,
 * guard54d, rt54g F6: an in-house popover, a positioned <div> in <body> with no role): a small box (a short question) holding no
 * editable field, an OK-like control, and a cancel-like control or a floating position (fixed / absolute, or a role / class of a popup).
 */
export function isConfirmPopupShape(el: Element): boolean {
  if (el.closest('[data-replyguard]') || el.querySelector(EDITABLE_SELECTOR) || editableRoot(el)) return false;
  if ((el.textContent ?? '').replace(/\s+/g, '').length > CONFIRM_SHAPE_TEXT_MAX) return false;
  const controls = [...el.querySelectorAll(`${BUTTON_SELECTOR}, a[href], [tabindex], [onclick]`)];
  const ok = controls.find(isOkLikeControl);
  if (!ok) return false;
  if (controls.some((c) => CANCEL_LIKE_LABEL.test(shortLabel(c, 8) ?? ''))) return true;
  if (el.matches(CONFIRM_POPUP) || el.querySelector(CONFIRM_POPUP)) return true;
  const view = el.ownerDocument.defaultView;
  for (let up: Element | null = ok.parentElement; up && view; up = up.parentElement) {
    const style = view.getComputedStyle(up);
    if (style.position === 'fixed' || style.position === 'absolute') return true;
    if (up === el) break;
  }
  return false;
}

/** A control that sends a canned reply in one click (a quick-reply card's 一键发送), not the draft. */
const ONE_CLICK_LABEL =
  /^(一键|一鍵|直接|快捷|快速|(采纳|採納|使用|选用|選用|引用|插入|确认|確認)(并|並|后|後)|(采纳|採納|使用|选用|選用|引用))(发送|發送)$/;
/** How long a control's label may be for its text to be no part of a card's reply (采纳 / 编辑 beside 采纳并发送). */
const ACTION_LABEL_MAX = 8;
/**
 * A heading or name saying a panel's items are sent by a click (快捷短语「单击发送」, round 50 finding 2): a click on one of its
 * items sends that item's text.
 */
const CLICK_SENDS_NAME = /(单击|單擊|点击|點擊|click)[^，。,;；]{0,4}(即|就)?(发送|發送|send)/i;
/** How long a quick reply's text may be (a card's text, not a whole panel's). */
const CANNED_MAX = 2000;
/** How far up from a one-click control its card may be. */
const CARD_LEVELS = 4;

/** The text of `box` outside buttons and controls (their labels are not the reply), or null when longer than CANNED_MAX. */
function textOutsideControls(box: Element, control: Element): string | null {
  let out = '';
  const walker = box.ownerDocument.createTreeWalker(box, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || NOT_CONTROL.has(parent.localName) || parent.closest(`${BUTTON_SELECTOR}, a[href]`) || control.contains(parent)) continue;
    // A card's other actions (采纳 / 编辑 as clickable spans beside 采纳并发送, round 50 finding 2) are not its reply.
    if (compact(parent.textContent).length <= ACTION_LABEL_MAX && isClickable(parent)) continue;
    out += node.nodeValue ?? '';
    if (out.length > CANNED_MAX) return null;
  }
  return out.trim();
}

/**
 * The reply a one-click send control sends instead of the draft (round 41, L6: a quick-reply card's 一键发送 copies its
 * canned text into the composer and sends it in the same click): the text of the control's card, the nearest box
 * around it with text of its own besides its buttons. Null when `el` is no such control, or its card cannot be told
 * (it holds a text field, i.e. it is a composer's dock, or another one-click control before any text: a list of cards).
 */
export function cannedReplyOf(el: Element): string | null {
  const label = shortLabel(el, 8);
  if (!label || !ONE_CLICK_LABEL.test(label) || !isClickable(el) || el.closest('[data-replyguard]')) return null;
  let box = el.parentElement;
  for (let level = 0; box && level < CARD_LEVELS && box.localName !== 'body'; level++, box = box.parentElement) {
    if (box.querySelector(EDITABLE_SELECTOR)) return null;
    // Another one-click control is another card's (a list of cards), unless it sits in the same action bar (<button> and <a> 一键发送).
    for (const other of box.querySelectorAll(`${BUTTON_SELECTOR}, a[href]`)) {
      if (other !== el && !other.contains(el) && other.parentElement !== el.parentElement && ONE_CLICK_LABEL.test(labelOf(other))) return null;
    }
    const text = textOutsideControls(box, el);
    if (text === null) return null;
    if (text) return text;
  }
  return null;
}

/** How far up from a clicked item the panel saying its items are sent by a click may be. */
const PANEL_LEVELS = 3;

/** The short names of a panel: its aria-label and title, and the heading just before it (one element, at most 80 characters). */
function panelName(box: Element): string {
  const own = `${compact(box.getAttribute('aria-label'))} ${compact(box.getAttribute('title'))}`;
  const prev = box.previousElementSibling;
  const text = prev && !prev.querySelector(EDITABLE_SELECTOR) ? compact(prev.textContent) : '';
  return text.length <= 80 ? `${own} ${text}` : own;
}

/**
 * The text a click on `el` sends when it is an item of a panel whose name or heading says a click sends its items (千牛-style
 * 快捷短语「单击发送」, round 50 finding 2): the item's own text, its list number (「2.」) dropped. Null otherwise, and for the
 * panel itself (a click between items) or an item holding a text field.
 */
export function clickSentItemOf(el: Element): string | null {
  if (!isClickable(el) || el.closest('[data-replyguard]') || el.querySelector(EDITABLE_SELECTOR) || editableRoot(el)) return null;
  const raw = (el.textContent ?? '').trim();
  if (!raw || raw.length > CANNED_MAX) return null;
  let box = el.parentElement;
  for (let level = 0; box && level < PANEL_LEVELS && box.localName !== 'body'; level++, box = box.parentElement) {
    if (box.querySelector(EDITABLE_SELECTOR)) return null; // the composer's own box: its send is the draft's
    if (box.childElementCount < 2 && level === 0) continue;
    if (CLICK_SENDS_NAME.test(panelName(box))) {
      // The texts the item carries too (data-text, title): the page may send one of them instead of its label (rt53g F6).
      const shown = raw.replace(/^\d{1,2}\s*[.、．:：)）]\s*/, '');
      return [shown, ...carriedTexts(el, shown)].join('\n');
    }
  }
  return null;
}

/** The keys a digit key press is read from (a KeyboardEvent). */
export type DigitKey = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/**
 * A name or heading saying a panel's items are sent by a digit key (千牛-style 快捷短语「数字键 1-9 发送」, round 50 finding 2):
 * 数字键 / 按数字 / 快捷键 1-9 / Alt+数字 … then 发送. KEY_SENDS_DIGIT must be in the match too, so 「Ctrl+Enter 快捷键发送」 is not one.
 */
const KEY_SENDS_NAME =
  /(数字键|數字鍵|按数字|按數字|数字|數字|快捷键|快捷鍵|number\s*keys?|digit\s*keys?|(alt|ctrl|control|option|⌥|⌃|cmd|command|⌘)\s*[+＋])[^，。,;；]{0,12}(即可|即|就|直接)?(发送|發送|send)/i;
const KEY_SENDS_DIGIT = /数字|數字|[1１]\s*[-~～—至到]\s*[9９]|number|digit/i;
/** A list number before an item's text (「2.」「2、」「2)」), or a number element of its own (<em>2</em>). */
const ITEM_NUMBER = /^(\d{1,2})\s*[.、．:：)）]\s*/;
const NUMBER_ONLY = /^(\d{1,2})\s*[.、．:：)）]?$/;
/** How many text nodes a look for a panel named as sent by digit keys reads (a digit pressed outside any field). */
const KEY_PANEL_SCAN = 5000;

/** The digit 1-9 of a key (the row's or the numpad's, whatever the layout types with Alt held), else 0. */
function digitOf(key: DigitKey): number {
  const code = /^(?:Digit|Numpad)([1-9])$/.exec(key.code ?? '');
  if (code) return Number(code[1]);
  return /^[1-9]$/.test(key.key) ? Number(key.key) : 0;
}

/** What a panel's name says about its digit keys: null when it says nothing of them, else the phrase (「数字键 1-9 发送」). */
function keySendsPhrase(name: string): string | null {
  const m = KEY_SENDS_NAME.exec(name);
  return m && KEY_SENDS_DIGIT.test(m[0]) ? m[0] : null;
}

/** Whether the modifiers held are the ones the panel's phrase names (none named: none held). */
function modifiersSaid(phrase: string, key: DigitKey): boolean {
  return (
    key.altKey === /alt|option|⌥/i.test(phrase) && key.ctrlKey === /ctrl|control|⌃/i.test(phrase) && key.metaKey === /cmd|command|⌘/i.test(phrase)
  );
}

/** The items of a panel: the first box in it (breadth-first) with two or more children alike (tag and first class) holding text. */
function panelItems(panel: Element): Element[] {
  const queue = [panel];
  for (let seen = 0; queue.length && seen < 200; seen++) {
    const box = queue.shift()!;
    const groups = new Map<string, Element[]>();
    for (const child of box.children) {
      if (NOT_CONTROL.has(child.localName) || child.matches(EDITABLE_SELECTOR) || child.querySelector(EDITABLE_SELECTOR)) continue;
      if (!compact(child.textContent) || !isRendered(child)) continue;
      const kind = `${child.localName}.${child.classList[0] ?? ''}`;
      groups.set(kind, [...(groups.get(kind) ?? []), child]);
    }
    const items = [...groups.values()].sort((a, b) => b.length - a.length)[0];
    if (items && items.length >= 2) return items;
    queue.push(...box.children);
  }
  return [];
}

/** The text item N of a panel sends: the item numbered N (「2.」 or <em>2</em>), else the N-th; its number dropped. */
function itemTextOf(panel: Element, n: number): string | null {
  const items = panelItems(panel);
  const numbered = (item: Element): { no: number; text: string } | null => {
    const raw = (item.textContent ?? '').trim();
    const own = item.firstElementChild ? NUMBER_ONLY.exec(compact(item.firstElementChild.textContent)) : null;
    if (own && raw.startsWith((item.firstElementChild!.textContent ?? '').trim())) {
      return { no: Number(own[1]), text: raw.slice((item.firstElementChild!.textContent ?? '').trim().length).trim() };
    }
    const lead = ITEM_NUMBER.exec(raw);
    return lead ? { no: Number(lead[1]), text: raw.slice(lead[0].length) } : null;
  };
  const all = items.map((item) => ({ item, num: numbered(item) }));
  // The item numbered N, and the N-th where the numbering disagrees with the position (a panel numbered from 0: rt53g F6, the
  // page may send either): both are judged, as one text.
  const hits = [all.find((x) => x.num?.no === n), all[n - 1]].filter((x, i, a): x is (typeof all)[number] => !!x && a.indexOf(x) === i);
  const texts = hits.flatMap((hit) => {
    const text = hit.num?.text ?? (hit.item.textContent ?? '').trim();
    return text ? [text, ...carriedTexts(hit.item, text)] : carriedTexts(hit.item, '');
  });
  const text = texts.join('\n');
  return text && text.length <= CANNED_MAX ? text : null;
}

/** How many elements of an item are read for the texts it carries (carriedTexts). */
const CARRIED_ELEMENTS = 20;
/**
 * What an item carries that its page may send instead of its label (rt53g F6: 「2. 优惠券」 sending its data-text): its own and its
 * elements' data-*, title and aria-label values holding Chinese or a space (a sentence, not an id), not already in `shown`.
 */
function carriedTexts(item: Element, shown: string): string[] {
  const out: string[] = [];
  for (const el of [item, ...Array.from(item.querySelectorAll('*')).slice(0, CARRIED_ELEMENTS)]) {
    for (const attr of Array.from(el.attributes)) {
      if (!/^(data-|title$|aria-label$)/.test(attr.name)) continue;
      const value = attr.value.trim();
      if (!value || value.length > CANNED_MAX || !/[\u3400-\u9fff\s]/.test(value) || shown.includes(value) || out.includes(value)) continue;
      out.push(value);
    }
  }
  return out;
}

/** Panels on the page whose heading or name says their digit keys send (looked for when the digit is pressed outside them). */
function keySendPanels(doc: Document): { panel: Element; phrase: string }[] {
  const out: { panel: Element; phrase: string }[] = [];
  const seen = new Set<Element>();
  const consider = (panel: Element | null) => {
    if (!panel || seen.has(panel) || panel.closest('[data-replyguard]')) return;
    seen.add(panel);
    const phrase = keySendsPhrase(panelName(panel));
    if (phrase && isRendered(panel)) out.push({ panel, phrase });
  };
  for (const el of doc.querySelectorAll('[aria-label], [title]')) consider(el);
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < KEY_PANEL_SCAN; node = walker.nextNode(), n++) {
    if (!/数字|數字|快捷键|快捷鍵|alt|ctrl|number|digit/i.test(node.nodeValue ?? '')) continue;
    // The heading is the text's element or the one around it (<h4>快捷短语 <small>（数字键 1-9 发送）</small></h4>); the panel follows it.
    for (let el = node.parentElement, up = 0; el && up < 3 && el !== doc.body; el = el.parentElement, up++) consider(el.nextElementSibling);
  }
  return out;
}

/**
 * The text a digit key press sends when it makes a quick-phrase panel send its item N (千牛-style 快捷短语, round 50 finding 2:
 * 「数字键 1-9 发送」): with the focus on the panel or one of its items, a panel whose name or heading says a click or a digit
 * key sends; with the focus elsewhere, a panel whose heading says its digit keys send. Item N is the one numbered N, else the
 * N-th. Alt/Ctrl/⌘+digit only where the heading names that key. Null for any other key, and for a digit typed into a field.
 */
export function keySentItemOf(target: Element | null, key: DigitKey): string | null {
  const n = digitOf(key);
  if (!n || key.shiftKey || !target || target.closest('[data-replyguard]')) return null;
  if (editableRoot(target) || target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return null;
  const doc = target.ownerDocument;
  if (doc.designMode === 'on') return null;
  for (let box: Element | null = target, level = 0; box && level <= PANEL_LEVELS && box !== doc.body; box = box.parentElement, level++) {
    const name = panelName(box);
    const phrase = keySendsPhrase(name);
    if (phrase ? !modifiersSaid(phrase, key) : !CLICK_SENDS_NAME.test(name) || key.altKey || key.ctrlKey || key.metaKey) continue;
    const text = itemTextOf(box, n);
    if (text !== null) return text; // else a box named so by chance (an item's text before it): look further up
  }
  for (const { panel, phrase } of keySendPanels(doc)) {
    if (modifiersSaid(phrase, key)) return itemTextOf(panel, n);
  }
  return null;
}
