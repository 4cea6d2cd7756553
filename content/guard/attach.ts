// Finds the composer through the site adapters and keeps following it: the workbench replaces its
// .SendBox on every conversation switch, React pages re-mount fields, and a page may show the composer
// late. A site adapter (Kuaishou) is tried first; where none applies or its selectors find nothing
// (the page changed), the generic adapter takes the focused textarea/contenteditable, or the first one
// with a Send button beside it. A page may show several composers (conversation panes side by side):
// the one the agent types in or whose Send button is clicked is the current one.
import {
  BROADCAST_BOX,
  broadcastSendBox,
  cannedReplyOf,
  clickSentItemOf,
  keySentItemOf,
  compact,
  EDITABLE_SELECTOR,
  editablesIn,
  editableRoot,
  editablesNear,
  findComposerCandidates,
  findSendButton,
  generic,
  inBroadcastTitledBox,
  isBroadcastConfirm,
  isConfirmOk,
  isConfirmPopupShape,
  isDraftSendControl,
  isDraftSendLabel,
  isFormDataOnly,
  isRendered,
  isScheduleConfirm,
  isOkLikeControl,
  isUsableEditor,
  labelNamesSend,
  mayBeSendControl,
  MENU_SELECTOR,
  wrapsOnly,
} from '../../sites/generic';
import { frameFilledBy } from './frame-composer';
import { asideLast, enterSubmitsForm, inLoginForm, isAsideField, isMessageInput, isPrivateMemo, isPrivateMemoName } from '../../sites/draft-scope';
import {
  commitMayFollowOpener,
  confirmOpenerField,
  evidenceReportOf,
  fieldsOfOwnSend,
  isInternalNoteCommit,
  isSentAlongField,
  mayBeOwnSend,
  noteReplyOpener,
  openingCount,
  ownSendOf,
  platformOnlyReportOf,
  shownPopups,
  type EarlyClick,
} from '../../sites/own-send';
import type { SiteAdapter } from '../../sites/types';
import { closedRootOf, deepPath } from './deep-path';
import { earlyCapture } from './early-capture';
import { popupOfOpener } from './popup-owner';
import { createEditorHandle, type EditorHandle } from './editor';

export interface Composer {
  /** Adapter id ('kuaishou', 'generic'). */
  readonly site: string;
  readonly editor: EditorHandle;
  /** Its Send button now (looked up again when the page re-rendered it), or null. */
  sendButton(): HTMLElement | null;
  /** The page's controls the guard's UI must leave clear: the Send button and the composer's box. */
  keepClear(): (HTMLElement | null)[];
  /**
   * A control a click showed to send this composer's draft (composerForClick) while no Send button was found beside it: its
   * Send button from now on, while it is there (round 46: an icon named only by its computed background, which the look
   * around the composer does not read), so the banner leaves it and its toolbar clear.
   */
  adoptSend(control: HTMLElement): void;
}

/** How many other fields of one send box are judged at most. */
const BOX_FIELDS = 8;

/**
 * The other fields the composer's send carries (round 41, L1): in the smallest box holding the composer and its
 * 发送 (short of <body>), every usable field whose own 发送 is that same one (of those `only` accepts). A search box or a
 * note field with a 保存 of its own pairs with another control, and a second pane's composer lies outside the box.
 */
export function sendBoxFields(composer: Composer, site: SiteAdapter | null, only: (field: HTMLElement) => boolean = () => true): HTMLElement[] {
  const send = composer.sendButton();
  const el = composer.editor.element;
  if (!send) return [];
  const doc = el.ownerDocument;
  let box = el.parentElement;
  while (box && !box.contains(send)) box = box.parentElement;
  if (!box || box === doc.body || box === doc.documentElement) return [];
  const out: HTMLElement[] = [];
  for (const field of box.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')) {
    const root = editableRoot(field);
    if (!root || out.includes(root) || root.contains(el) || el.contains(root) || !isUsableEditor(root) || !only(root)) continue;
    const paired = (site && siteSendButton(site, root)) || findSendButton(root);
    if (paired !== send) continue;
    out.push(root);
    if (out.length >= BOX_FIELDS) break;
  }
  return out;
}

export interface ComposerTracker {
  current(): Composer | null;
  /** The composer an Enter typed into `target` belongs to (attaching to it if it is a new one). */
  composerForTarget(target: EventTarget | null): Composer | null;
  /**
   * The composer whose Send button, or another control that sends its draft, is on a click's path
   * (another pane's becomes the current one). `wouldStop` says whether the guard would stop a
   * composer's draft: among several composers a control may belong to, that one is judged.
   */
  composerForClick(path: readonly EventTarget[], wouldStop?: (composer: Composer) => boolean): Composer | null;
  /** The composer a native <select> sends from when its chosen option is 发送 / 发送并结束会话…, as composerForClick judges. */
  composerForSelect(select: HTMLSelectElement, wouldStop?: (composer: Composer) => boolean): Composer | null;
  /**
   * A one-click send on a click's path (a quick-reply card's 一键发送, round 41 L6): the reply it sends in place of the
   * draft, and the current composer it is sent from. Null when there is none, or no composer (the send is not judged).
   */
  cannedForClick(path: readonly EventTarget[]): { composer: Composer; text: string } | null;
  /** The item a digit key makes a quick-phrase panel send (快捷短语「数字键 1-9 发送」, round 50 finding 2), with the current composer. */
  cannedForKey(target: EventTarget | null, key: KeyboardEvent): { composer: Composer; text: string } | null;
  /**
   * Of the fields one send carries (the composer's send box: every field there paired with the same 发送, such as a
   * draft written one contenteditable block per line, or a 附言 input sent with the textarea), the one to judge:
   * `composer` itself unless it would pass and another would be stopped, which then becomes the current one
   * (round 41, L1: only the focused field was judged, and a breach in the line above went out).
   */
  judgedInBox(composer: Composer, wouldStop: (composer: Composer) => boolean): Composer;
  /**
   * For a key typed into a field beside the message (an internal note, a translation preview: isAsideField): the message
   * its send box sends (made the current composer) and whether an Enter there submits the form (enterSubmitsForm), whose
   * send then carries the message. Null for any other target (round 43).
   */
  asideKey(target: EventTarget | null): { composer: Composer; submits: boolean } | null;
  /**
   * A field holding a draft in a popover the page closed (Esc, a click outside) while it was the current composer: a page may
   * still send it by a page-wide hotkey (Alt+S) or an Enter on the page (round 48, finding 1). When `wouldStop` says its draft
   * would be stopped, it is shown again (its popover reopened) and made the current composer; else null.
   */
  parkedForSend(wouldStop: (composer: Composer) => boolean): Composer | null;
  /**
   * When `composer` is a field the send carries from outside its box (a 附言 the composer's toolbar opened: sentAlong), the
   * banner's plain words naming it and saying whether it was reopened; else null.
   */
  sentAlongNotice(composer: Composer): string | null;
  /**
   * When `composer` is such a field stopped with the send of another composer (the SendBox's), that composer's field: Tab there goes
   * to the banner, and the banner stays beside it while the field cannot be shown (round 48 second pass, t5 / t13). Else null.
   */
  sentAlongFrom(composer: Composer): Composer | null;
  /** The site adapter that applies to this page, if any. */
  readonly site: SiteAdapter | null;
}

export interface TrackOptions {
  doc: Document;
  /** Site adapters in priority order (the generic one is implied last). */
  adapters: readonly SiteAdapter[];
  onChange(composer: Composer | null): void;
  /**
   * Whether the current composer's draft would be stopped: focus moving to another field of its send box (the next
   * line, the 附言) then leaves the guard on it, so its marks and banner stay until it is fixed (round 41, L1).
   */
  wouldStop?(composer: Composer): boolean;
  signal: AbortSignal;
}

/**
 * A click on a buyer-facing field's control that may open a confirm popup of it (confirmOpenerField): the field, the control, when,
 * the popups seen opening for it, and those another control clicked meanwhile opened (round 56, rt55g F1), whose OK is not its.
 */
interface ConfirmOpening {
  field: HTMLElement;
  control: Element;
  at: number;
  popups: HTMLElement[];
  others: HTMLElement[];
}

/** Controls that may open a popup of their own (a note's ⋯ or 保存, a menu's item), clicked while an opener's popup is loading. */
const OTHER_OPENER = 'button, [role="button"], [role="menuitem"], input[type="button"], input[type="submit"], a, [role="link"], [aria-haspopup], i, svg, [tabindex]';

/** Controls whose click may show a popover or panel (the send box toolbar's 附言, a dialog's 下一步). */
const INVOKER_SELECTOR = 'button, [role="button"], input[type="button"], input[type="submit"], [aria-haspopup], [aria-expanded], [tabindex]';
/** How long after such a click what the page shows is taken as its doing (its handlers and a render or two), in ms. */
const INVOKED_WATCH_MS = 120;
/** How long after a click on a buyer-facing field's control the OK of a confirm popup is taken as committing it, in ms (round 54). */
const CONFIRM_OPENER_MS = 120_000;
/**
 * How long after such a click a popup the page shows is taken as opened by it (a render, an animation, a slow request before the
 * popconfirm: round 55, rt54g), in ms. Only the first popup shown in that time counts, and only until the next click.
 */
const CONFIRM_POPUP_WATCH_MS = 10_000;
/** How many changed elements that watch looks at (a spinner or a new chat message may come first). */
const CONFIRM_LOOK_MAX = 400;
/** How many elements changed by such a click are looked at, and how many opened panels are remembered. */
const INVOKED_LOOK_MAX = 40;
const INVOKED_MAX = 8;
/** How often a page without any composer is scanned again at most (mutations can be many). */
const SCAN_INTERVAL_MS = 400;
/** How far up a click's path a Send control may be (an icon inside a label inside the button…). */
const CLICK_DEPTH = 6;

function siteSendButton(site: SiteAdapter, editor: HTMLElement): HTMLElement | null {
  const { container, send } = site.composer;
  if (!send) return null;
  const box = container ? editor.closest(container) : null;
  return (box ?? editor.ownerDocument).querySelector<HTMLElement>(send);
}

/** A page's modal around the composer: a <dialog>, an ARIA dialog, or the usual UI kits' modal boxes. */
const MODAL_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], .ant-modal, .el-dialog, .modal-dialog, .modal';

/**
 * The buttons of the modal around the composer that come after it (its footer: 取消 / 确定 / 完成):
 * the banner must leave them clear too where there is room.
 */
export function modalButtonsAfter(element: HTMLElement): HTMLElement[] {
  const modal = element.parentElement?.closest<HTMLElement>(MODAL_SELECTOR);
  if (!modal) return [];
  const out: HTMLElement[] = [];
  for (const b of modal.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"], input[type="button"]')) {
    if (out.length >= 8) break;
    if (element.contains(b) || !(element.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    out.push(b);
  }
  return out;
}

/** How much taller than the composer the box holding it and its Send may be to count as its dock (px). */
const DOCK_EXTRA = 120;

/**
 * The composer's dock where no adapter names it: the smallest box holding the composer and its Send, when
 * it is not much taller than the composer (a toolbar row above it, the Send row below: 😊, 快捷回复, 图片).
 * The banner leaves it clear, so the page's own tools stay clickable after a stop. A box much taller is the
 * page's layout (the chat too), and one with another field a form: not a dock.
 */
function dockOf(element: HTMLElement, send: HTMLElement | null): HTMLElement | null {
  if (!send) return null;
  const doc = element.ownerDocument;
  let box = element.parentElement;
  while (box && !box.contains(send)) box = box.parentElement;
  if (!box || box === doc.body || box === doc.documentElement) return null;
  // Another field in it (a note under the composer): a form, whose fields the banner may lie over (it lets the
  // pointer through while the agent types), not a dock.
  for (const field of box.querySelectorAll('textarea, input[type="text"], input:not([type]), [contenteditable]')) {
    if (field !== element && !element.contains(field) && !field.contains(element)) return null;
  }
  return box.getBoundingClientRect().height <= element.getBoundingClientRect().height + DOCK_EXTRA ? box : null;
}

function makeComposer(site: SiteAdapter | null, element: HTMLElement): Composer {
  const editor = createEditorHandle(element);
  let send: HTMLElement | null = null;
  /** Where the editor was when its Send button was found: a page may move it (into a modal with a 发送 of its own). */
  let sendFor: Node | null = null;
  let adopted: HTMLElement | null = null;
  /** The opening (openingCount) a send found by ownSendOf was found in, else null: that sense may change with the next opening. */
  let ownOpening: number | null = null;
  return {
    site: site?.id ?? generic.id,
    editor,
    sendButton() {
      if (send?.isConnected && sendFor === element.parentNode && (ownOpening === null || ownOpening === openingCount())) return send;
      sendFor = element.parentNode;
      // A card's 发送订单 under its buyer-visible 留言, a reply box's 回复 (round 48): the field's own send where nothing else is
      // (after the site's and the usual 发送, so a box's 回复 never stands in for a composer's real 发送).
      const siteSend = site && siteSendButton(site, element);
      const found = siteSend || findSendButton(element);
      // A bare 提 交 / 确 定 of a dialog an internal row opened commits a note, no reply (round 58, guard58): no send of the field.
      const usual = found && !siteSend && isInternalNoteCommit(element, found) ? null : found;
      const own = usual ? null : ownSendOf(element);
      // A reused dialog shown again from another row is judged anew (round 55, rt55g F6; round 58: its bare 提交 too).
      ownOpening = own || (found && !siteSend && commitMayFollowOpener(found)) ? openingCount() : null;
      send = usual || own || (adopted?.isConnected ? adopted : null);
      return send;
    },
    adoptSend(control) {
      if (this.sendButton()) return;
      adopted = control;
      send = null;
    },
    keepClear() {
      const container = site?.composer.container;
      const send = this.sendButton();
      // A frame's body as the composer (TinyMCE, CKEditor 4): its 发送 and its dock are the parent page's, beside the frame.
      const frame = send ? null : frameFilledBy(element);
      const outerSend = frame && findSendButton(frame);
      return [send, outerSend, container ? element.closest<HTMLElement>(container) : dockOf(element, send), frame && dockOf(frame, outerSend), ...modalButtonsAfter(element)];
    },
  };
}

/**
 * The focused element, looking into shadow roots, closed ones too (through chrome.dom): a composer focused inside a
 * closed web component before the guard started sends the guard no event to find it by (round 36).
 */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  for (let depth = 0; active && depth < 8; depth++) {
    const inner = (active.shadowRoot ?? closedRootOf(active))?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}

/**
 * A field with a 发送 of its own (not merely a primary 保存 beside a note field): a composer even beside the site's. Its
 * button sends a draft (发送, 发送并结束会话), or its label names a send (发送给买家 / 发送优惠券 / 确认发送 under a popover's
 * buyer-visible 附言, round 44 finding 3), as it does where no site composer is on the page.
 */
const hasOwnSend = (el: HTMLElement): boolean => {
  // A field in a dialog titled 群发消息 / 批量回复 is the broadcast's, whose send may be a confirm's 确定 (round 47, second pass).
  if (inBroadcastTitledBox(el)) return true;
  // A card's buyer-visible 留言 with its 发送订单 / 邀请下单, a reply box with its 回复 (round 48, findings 1 and 2).
  if (ownSendOf(el)) return true;
  const button = findSendButton(el);
  return !!button && (isDraftSendControl(button) || labelNamesSend(button));
};

/** The composer's draft, or null when the editor cannot be read (the guard fails open on it). */
export const readTextOrNull = (composer: Composer): string | null => {
  try {
    return composer.editor.read().text;
  } catch {
    return null;
  }
};

/** Whether the composer holds a draft: anything but blanks, an image with text (a sticker the page sends as its alt), or hidden words (dom-text.ts). */
export const holdsDraft = (composer: Composer): boolean => {
  try {
    const draft = composer.editor.read();
    return !!draft.text.trim() || !!draft.map?.images.length || !!draft.map?.hidden.length;
  } catch {
    return false;
  }
};

/** Attributes by which a control opens another element: the popover's invoker, a command's target, a disclosure's. */
const OPENER_SELECTOR = '[popovertarget], [commandfor], [aria-controls]';
/** How many such controls of a send box are looked at, and how many fields in what they open. */
const OPENERS_MAX = 16;

export interface SentAlong {
  field: HTMLElement;
  /** What the field is called (its opener's label: 附言), for the banner. */
  name: string;
  /** The popover holding it, when it is one (reopened to show the breach). */
  popover: HTMLElement | null;
  /** The label of the control in the composer's box that opens it (附言), when one is found: the banner says to click it. */
  opener?: string | null;
  /** That control itself, when known (its popovertarget / aria-controls, or the click that showed the panel): clicked to show it again. */
  control?: HTMLElement | null;
}

/** The send box around the composer (the site's container, else the smallest box holding its 发送); null when that is the page. */
function sendBoxOf(composer: Composer, site: SiteAdapter | null): HTMLElement | null {
  const el = composer.editor.element;
  const doc = el.ownerDocument;
  const send = composer.sendButton();
  let box: HTMLElement | null = site?.composer.container ? el.closest<HTMLElement>(site.composer.container) : null;
  if (!box && send) {
    box = el.parentElement;
    while (box && !box.contains(send)) box = box.parentElement;
  }
  return box === doc.body || box === doc.documentElement ? null : box;
}

/** The element an id reference names, in the control's own tree (a shadow root or the document). */
const byId = (control: Element, id: string): HTMLElement | null => {
  const root = control.getRootNode() as Document | ShadowRoot;
  return (typeof root.getElementById === 'function' ? root.getElementById(id) : null) as HTMLElement | null;
};

/**
 * Fields the composer's send carries from outside its box (round 48, finding 1): a 附言 in a popover opened from the composer's own
 * toolbar (a control in its send box naming it by popovertarget / commandfor / aria-controls) that the page sends with the message
 * even once the popover is closed (Esc, a click outside, 发送 itself light-dismissing it). Only fields holding a draft, not an aside
 * field (an internal note), and not one with a send of its own in what the control opens (a 附言 with its 发送给买家 is its own
 * composer). Every other hidden field is left alone.
 */
export function sentAlongFields(composer: Composer, site: SiteAdapter | null, invoked?: ReadonlyMap<HTMLElement, HTMLElement>): SentAlong[] {
  const el = composer.editor.element;
  const box = sendBoxOf(composer, site);
  const out: SentAlong[] = [];
  /** The fields in `target` (what `control` of the send box opens), but an aside field, a private memo and one with a send of its own. */
  const fieldsOf = (target: HTMLElement, control: HTMLElement) => {
    if (target.contains(el) || box!.contains(target)) return;
    const label = compact(control.textContent) || compact(control.getAttribute('aria-label')) || compact(control.getAttribute('title'));
    // A private memo the toolbar opens (个人便签: round 48 second pass, t4 bianqian) is the agent's, never sent.
    if (isPrivateMemoName(label)) return;
    for (const f of [...target.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')].slice(0, BOX_FIELDS)) {
      const root = editableRoot(f);
      if (!root || root === el || out.some((o) => o.field === root) || isAsideField(root) || isPrivateMemo(root)) continue;
      if (root.localName === 'input' && !/^(text|search|)$/i.test(root.getAttribute('type') ?? '')) continue;
      const own = findSendButton(root);
      if (own && target.contains(own) && (isDraftSendControl(own) || labelNamesSend(own))) continue;
      const name = label || compact(root.getAttribute('placeholder'));
      out.push({ field: root, name: name.slice(0, 20) || '附言', popover: root.closest<HTMLElement>('[popover]'), control });
    }
  };
  let n = 0;
  for (const control of box?.querySelectorAll<HTMLElement>(OPENER_SELECTOR) ?? []) {
    if (++n > OPENERS_MAX) break;
    const ids = [control.getAttribute('popovertarget'), control.getAttribute('commandfor'), ...(control.getAttribute('aria-controls') ?? '').split(/\s+/)];
    for (const id of ids) {
      const target = id ? byId(control, id) : null;
      if (target) fieldsOf(target, control);
    }
  }
  // A popover or panel the page's own script showed when the agent clicked a control of the send box (togglePopover() with no
  // popovertarget, a display:none panel behind aria-haspopup / aria-expanded: round 48 second pass, t19 / t4 jsopen).
  for (const [panel, control] of invoked ?? []) {
    if (box && panel.isConnected && control.isConnected && box.contains(control)) fieldsOf(panel, control);
  }
  for (const field of namedSentAlong(el, box, site)) {
    if (out.some((o) => o.field === field)) continue;
    const opener = box ? openerLabel(box, field) : null;
    out.push({ field, name: opener ?? noteName(field), popover: field.closest<HTMLElement>('[popover]'), opener });
  }
  return out;
}

/** How many of the page's fields are looked at for one named as going out with the message. */
const NAMED_MAX = 400;

/**
 * The fields on the page whose own name says they go out with the composer's message (round 48, guard48c: a home-made 附言
 * popover, a div shown by a toolbar button's plain listener and hidden by its 确定, its textarea 附言（随下一条消息一起发送给买家）
 * keeping its text; on <body> or inside the SendBox): isSentAlongField, holding text (a cheap look at its value first), not the
 * composer, and not in another conversation pane's send box. Shown or hidden alike.
 */
function namedSentAlong(el: HTMLElement, box: HTMLElement | null, site: SiteAdapter | null): HTMLElement[] {
  const doc = el.ownerDocument;
  const container = site?.composer.container ?? null;
  const out: HTMLElement[] = [];
  let n = 0;
  for (const f of doc.querySelectorAll<HTMLElement>('textarea, input, [contenteditable]')) {
    if (++n > NAMED_MAX) break;
    const text = f.localName === 'textarea' || f.localName === 'input' ? (f as HTMLInputElement).value : (f.textContent ?? '');
    if (!text.trim()) continue;
    const root = editableRoot(f) ?? (f.localName === 'textarea' || f.localName === 'input' ? f : null);
    if (!root || root === el || root.contains(el) || el.contains(root) || out.includes(root)) continue;
    if (root.closest('[data-replyguard]')) continue;
    // A second pane's 附言 goes with that pane's message.
    const pane = container ? root.closest<HTMLElement>(container) : null;
    if (pane && box && pane !== box && !pane.contains(box)) continue;
    if (!isSentAlongField(root)) continue;
    out.push(root);
    if (out.length >= BOX_FIELDS) break;
  }
  return out;
}

/** The short label of a control in the composer's box whose words the field's name holds (the toolbar's 附言), or null. */
function openerLabel(box: HTMLElement, field: HTMLElement): string | null {
  const name = compact(field.getAttribute('placeholder')) + compact(field.getAttribute('aria-label')) + compact(field.getAttribute('title'));
  if (!name) return null;
  let n = 0;
  for (const b of box.querySelectorAll<HTMLElement>('button, [role="button"], a, span[title], i[title]')) {
    if (++n > 60) break;
    if (b.contains(field)) continue;
    const label = compact(b.textContent) || compact(b.getAttribute('aria-label')) || compact(b.getAttribute('title'));
    if (label.length >= 2 && label.length <= 8 && name.includes(label) && !isDraftSendControl(b)) return label;
  }
  return null;
}

/** What a field sent along is called in the banner: 附言 when its name says so, else its placeholder's first words. */
function noteName(field: HTMLElement): string {
  const name = compact(field.getAttribute('placeholder')) || compact(field.getAttribute('aria-label')) || compact(field.getAttribute('title'));
  if (/附言/.test(name)) return '附言';
  if (/留言/.test(name)) return '留言';
  return name.replace(/[（(].*$/, '').slice(0, 12) || '附言';
}

/** Whether `el` sits in a popover that is closed now. */
const inClosedPopover = (el: Element): HTMLElement | null => {
  const pop = el.closest<HTMLElement>('[popover]');
  try {
    return pop && !pop.matches(':popover-open') ? pop : null;
  } catch {
    return null;
  }
};

/**
 * Shows a stopped field sent along again: its closed popover reopened, else (a panel hidden by the page: the hidden attribute,
 * display:none) a click on the send box's control that opened it when that control says it is the panel's collapsed disclosure;
 * nothing the page owns is removed or restyled (round 48 second pass, t5 / t19). True when the field is shown after that.
 */
const showAgain = (field: HTMLElement, control: HTMLElement | null | undefined): boolean => {
  if (reopen(inClosedPopover(field))) return true;
  if (field.closest('[popover]') || !control?.isConnected || !isRendered(control)) return false;
  // Only a control that says it is a collapsed disclosure of the panel (aria-expanded="false", or aria-controls naming it): a plain
  // button with a listener (guard48c's 附言) is the page's to click, and the banner says to click it.
  const controls = (control.getAttribute('aria-controls') ?? '').split(/\s+/).some((id) => !!id && !!byId(control, id)?.contains(field));
  if (control.getAttribute('aria-expanded') !== 'false' && !(controls && control.getAttribute('aria-expanded') !== 'true')) return false;
  try {
    control.click();
  } catch {
    return false;
  }
  return isUsableEditor(field);
};

/** Shows a closed popover again (the agent's own 附言, to show its breach); false when it cannot. */
const reopen = (pop: HTMLElement | null): boolean => {
  if (!pop) return false;
  try {
    if (!pop.matches(':popover-open')) pop.showPopover();
    return pop.matches(':popover-open');
  } catch {
    return false;
  }
};

export function trackComposer({ doc, adapters, onChange, wouldStop, signal }: TrackOptions): ComposerTracker {
  const win = doc.defaultView ?? window;
  const site = adapters.find((a) => a.id !== generic.id && a.matches(win.location)) ?? null;
  let current: Composer | null = null;
  let lastScan = -Infinity;
  /** The field sentAlongFields found stopped at the last send, its name and whether its popover was shown again (round 48). */
  let along: { field: HTMLElement; name: string; reopened: boolean; shown?: boolean; opener?: string | null; from?: HTMLElement | null } | null = null;
  /**
   * Popovers and panels the page showed right after a click on a control of the current composer's send box (round 48 second pass,
   * t19 / t4 jsopen: the toolbar's 附言 opens its note by script), each with that control: sentAlongFields looks in them too.
   */
  const invoked = new Map<HTMLElement, HTMLElement>();
  /** The broadcast dialog whose step button (下一步) was clicked last: the OK of the confirm it opens sends its field (t9). */
  let broadcastStep: Element | null = null;
  /**
   * The buyer-facing field whose box's control was clicked last, and when (round 54, rt53g F3): the OK of a confirm popup it opened
   * (an antd Popconfirm in <body>) commits that field, so that OK judges it (confirmOfOpener).
   */
  let confirmOpener: ConfirmOpening | null = null;
  /** The last current composer left in a popover the page closed (tracker.parked). */
  let parkedField: HTMLElement | null = null;

  const set = (next: Composer | null) => {
    if (next === current) return;
    if (current && current.editor.element.isConnected && inClosedPopover(current.editor.element)) parkedField = current.editor.element;
    current = next;
    onChange(next);
  };

  /** The site's composers on the page now, in document order (one per conversation pane). */
  const siteEditors = (): HTMLElement[] => {
    if (!site) return [];
    const found: HTMLElement[] = [];
    for (const el of doc.querySelectorAll<HTMLElement>(site.composer.editor)) {
      const root = editableRoot(el) ?? el;
      if (!found.includes(root) && isUsableEditor(root)) found.push(root);
    }
    // An internal note or a translation preview in the send box is never the first pick (round 42, finding 2).
    return asideLast(found);
  };

  /**
   * The message field of the send box an aside field (an internal note, a translation preview: isAsideField) sits in:
   * a field there that is paired with the same 发送 and is not aside itself. Null when there is none (then the aside
   * field is all there is, and is guarded as the composer).
   */
  const messageBeside = (aside: HTMLElement): HTMLElement | null => {
    if (!isAsideField(aside)) return null;
    const probe = aside === current?.editor.element ? current : makeComposer(siteEditors().includes(aside) ? site : null, aside);
    return sendBoxFields(probe, site, (field) => !isAsideField(field))[0] ?? null;
  };

  /**
   * A field the generic adapter accepts: any textarea or contenteditable host, an input with a Send button or one the page
   * names a message box (round 46, finding 1: no 发送, Enter or its form's implicit submission sends).
   */
  const genericAccepts = (el: HTMLElement): boolean => {
    if (!isUsableEditor(el)) return false;
    if (isFormDataOnly(el)) return false; // an address, a phone, a verification code: no draft (round 54, rt53g F7 / F10), but a thread's composer is (round 55, rt54g F11)
    if (el.localName === 'input') return !inLoginForm(el) && (!!findSendButton(el) || isMessageInput(el) || !!ownSendOf(el) || isSentAlongField(el));
    return true;
  };

  const check = (scan: boolean) => {
    const found = siteEditors();
    if (found.length) {
      // The current one while it is there, else the focused one, else the first.
      if (current && found.includes(current.editor.element)) return;
      // A 附言 the composer's send carries, stopped at the last send, stays current until it is fixed (round 48, finding 1).
      if (current && current.editor.element === along?.field && current.editor.element.isConnected && holdsDraft(current) && wouldStop?.(current)) return;
      // A composer of its own beside the site's (a second reply box with its own 发送) stays current while it is there.
      if (current?.editor.element.isConnected && isUsableEditor(current.editor.element) && hasOwnSend(current.editor.element)) return;
      // So does a field named as going out with the message (a home-made 附言 popover, round 48 guard48c) while it has the focus.
      if (current?.editor.element.isConnected && isUsableEditor(current.editor.element) && current.editor.element === editableRoot(deepActiveElement(doc)) && isSentAlongField(current.editor.element)) return;
      const focused = editableRoot(deepActiveElement(doc));
      set(makeComposer(site, focused && found.includes(focused) ? focused : found[0]!));
      return;
    }
    if (current?.editor.element.isConnected && isUsableEditor(current.editor.element)) return;
    const focused = editableRoot(deepActiveElement(doc));
    if (focused && genericAccepts(focused)) return set(makeComposer(null, focused));
    if (scan || current) {
      const now = win.performance.now();
      if (now - lastScan >= SCAN_INTERVAL_MS || current) {
        lastScan = now;
        const candidate = findComposerCandidates(doc.body ?? doc.documentElement)[0];
        if (candidate) return set(makeComposer(null, candidate));
      }
    }
    set(null);
  };

  // Coalesce mutation bursts (e.g. 2,000 chat rows) into one check per task.
  let pending = false;
  let scanTimer = 0;
  const checkSoon = () => {
    if (pending) return;
    pending = true;
    win.setTimeout(() => {
      pending = false;
      if (signal.aborted) return;
      // A page with no composer yet is scanned at most every SCAN_INTERVAL_MS.
      if (!current && !site) {
        const wait = lastScan + SCAN_INTERVAL_MS - win.performance.now();
        if (wait > 0) {
          if (!scanTimer) scanTimer = win.setTimeout(() => ((scanTimer = 0), check(true)), wait);
          return;
        }
      }
      check(true);
    }, 0);
  };

  const observer = new MutationObserver(checkSoon);
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  win.addEventListener(
    'focusin',
    (e) => {
      // deepPath, not composedPath: a field focused inside a closed shadow root shows only the root's host on the composed path, and a
      // composer focused there after the guard started was never found (round 62: the race behind round 61's revert, see
      // test/unit/guard/closed-root-focus-62.test.ts; deepActiveElement covers one focused before the start).
      const target = deepPath(e)[0] ?? null;
      const root = editableRoot(target);
      // The target, not its root: a code editor's root is found from its hidden textarea, not from itself.
      if (root && root !== current?.editor.element) tracker.composerForTarget(target);
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(scanTimer);
    current = null;
  });

  // A click on a control of the current composer's send box (not its 发送, not a field): what the page shows right after it — a
  // popover opened by togglePopover() / showPopover(), a panel whose style, class or hidden attribute changed, a node it added — is
  // remembered with that control when it holds a field outside the send box (round 48 second pass, t19 / t4 jsopen). Watched until
  // the page's own handlers and a render or two have run; a handful of elements at most. A click on a button of a dialog titled as a
  // broadcast (下一步) remembers that dialog (t9).
  win.addEventListener(
    'click',
    (e) => {
      // deepPath, not composedPath: a row's 回复 or a 发送 inside a CLOSED shadow root shows only the root's host on the composed path,
      // so its click was never noted (round 63, guard63); a click by the keyboard goes to the root's focused element.
      const path = deepPath(e).slice(0, CLICK_DEPTH);
      noteConfirmOpener(path);
      noteReplyOpener(path); // a buyer-facing row's 回复 lends its sense to the dialog it opens (round 54, guard54c, rt54g F3)
      const control = path.find((n): n is HTMLElement => n instanceof win.HTMLElement && n.matches(INVOKER_SELECTOR));
      if (!control || control.closest('[data-replyguard]') || editableRoot(control)) return;
      if (control.closest(BROADCAST_BOX) && inBroadcastTitledBox(control)) broadcastStep = control.closest(BROADCAST_BOX);
      if (!current?.editor.element.isConnected || isDraftSendControl(control)) return;
      const box = sendBoxOf(current, site);
      if (!box || !box.contains(control) || control === current.sendButton()) return;
      watchShown(control, box);
    },
    { capture: true, signal },
  );
  /** Remembers the buyer-facing field a clicked control may open a confirm popup for (confirmOpenerField); a click elsewhere keeps it. */
  const noteConfirmOpener = (path: EventTarget[], early?: EarlyClick) => {
    // A popup shown after this click is this click's, never an earlier opener's still-running watch (round 55).
    stopConfirmWatch?.();
    // The popups it opened are all closed (取消, Esc, an outside click, removed): the pairing ends (round 54, guard54d, rt54g F7).
    if (confirmOpener?.popups.length && !confirmOpener.popups.some(popupShown)) confirmOpener = null;
    for (const n of path) {
      const field = n instanceof win.Element ? confirmOpenerField(n) : null;
      if (field) {
        const opened: ConfirmOpening = { field, control: n as Element, at: early?.at ?? Date.now(), popups: [], others: [] };
        confirmOpener = opened;
        if (!early) return watchConfirmPopups(opened);
        // Clicked before the guard came (round 59, guard59): the popups shown now and not at that click are the ones it opened;
        // none yet (a slow request) → watched for the rest of its time.
        const before = new Set(early.shown);
        for (const p of shownPopups(doc)) if (!before.has(p)) takePopup(opened, p);
        const left = early.at + CONFIRM_POPUP_WATCH_MS - Date.now();
        if (!opened.popups.length && left > 0) watchConfirmPopups(opened, undefined, left);
        return;
      }
    }
    if (early) return; // the wait for a loading popup (below) is the live clicks' only
    // A click while the opener's popup is still loading (round 56, rt55g F1: an internal note's ⋯ during a review's slow 更多): the
    // watch goes on, a popup shown now being the opener's only when it sits nearer the opener than the control clicked (the note's
    // popup is the note's; the review's, shown later below its 更多, is still the review's). Only while such an opener waits: cheap.
    const waiting = confirmOpener;
    if (!waiting || waiting.popups.length || Date.now() - waiting.at > CONFIRM_OPENER_MS) return;
    const hit = path.find((n): n is Element => n instanceof win.Element && n.matches(OTHER_OPENER));
    const other = hit && !editableRoot(hit) && !hit.closest('[data-replyguard]') && !waiting.control.contains(hit) ? hit : undefined;
    const until = other ? Date.now() + CONFIRM_POPUP_WATCH_MS : waiting.at + CONFIRM_POPUP_WATCH_MS;
    if (until > Date.now()) watchConfirmPopups(waiting, other, until - Date.now());
  };
  /** Ends the running watch for an opener's confirm popup (watchConfirmPopups), if any. */
  let stopConfirmWatch: (() => void) | null = null;
  const popupShown = (p: HTMLElement): boolean => p.isConnected && isRendered(p);
  /** Takes `el` as a popup the opener's click opened (or, nearer another control clicked since, that control's) when it is shaped as one. */
  const takePopup = (opened: ConfirmOpening, el: Node | null, other?: Element) => {
    if (!(el instanceof win.HTMLElement) || confirmOpener !== opened) return;
    if (!el.isConnected || el.contains(opened.field) || (other && el.contains(other)) || !isRendered(el)) return;
    if ([...opened.popups, ...opened.others].some((p) => p.contains(el)) || !isConfirmPopupShape(el)) return;
    // After another control's click (still shown), a popup is the opener's only when it sits nearer the opener than that control.
    const own = popupOfOpener(el, opened.control, other, isRendered);
    if (own) opened.popups = opened.popups.filter((p) => !el.contains(p)).concat(el);
    else opened.others = opened.others.filter((p) => !el.contains(p)).concat(el);
  };
  /**
   * Remembers with the opener the confirm popups the page shows right after its click (round 54, guard54d, rt54g F5 / F6 / F7): by
   * shape (isConfirmPopupShape: no role or class needed), outside the field's box. Such a popup carries the field while it is shown.
   */
  const watchConfirmPopups = (opened: ConfirmOpening, other?: Element, ms = CONFIRM_POPUP_WATCH_MS) => {
    let looked = 0;
    const take = (el: Node | null) => {
      if (el instanceof win.HTMLElement && ++looked <= CONFIRM_LOOK_MAX) takePopup(opened, el, other);
    };
    const seen = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') take(r.target);
        for (const node of r.addedNodes) take(node);
      }
      // The first popup of the opener's shown (with what came in the same change: its content) is the one; a later one is another
      // control's. Another control's popup (round 56) does not end the wait.
      if (opened.popups.length) stop();
    });
    seen.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
    const timer = win.setTimeout(() => stop(), ms);
    const stop = () => {
      seen.disconnect();
      win.clearTimeout(timer);
      if (stopConfirmWatch === stop) stopConfirmWatch = null;
    };
    stopConfirmWatch = stop;
    signal.addEventListener('abort', stop, { once: true });
  };
  // Clicks heard before the guard's click listener came (early-capture.ts): a review row's 回复 clicked while the lint engine loaded
  // (round 58, guard58), or a review box's 更多 / 回复 whose confirm popup is up (round 59, guard59), is noted as of its own moment
  // (its time, the dialogs and popups shown then), so what it opened is judged as if the guard had been there. (?.(): an older
  // copy's early script, before an update, keeps none.)
  for (const early of earlyCapture(win)?.takeEarlyClicks?.() ?? []) {
    noteConfirmOpener(early.path, early);
    noteReplyOpener(early.path, early);
  }
  /**
   * The field a confirm popup's OK commits (round 54, rt53g F3): the one whose box's control opened it lately (confirmOpener), when its
   * draft would be stopped. A popup's 取消 is no OK (isConfirmOk); a clean draft goes.
   */
  const confirmOfOpener = (near: Element[], wouldStop?: (c: Composer) => boolean): Composer | null => {
    const opened = confirmOpener;
    if (!opened || !opened.field.isConnected) return null;
    // A popup seen opening carries the field while shown, however long (rt54g F5), and only its own OK does (F7); else (none seen:
    // shown later than the watch) a confirm popup's OK within CONFIRM_OPENER_MS of the click.
    const paired = opened.popups.length
      ? opened.popups.some((p) => popupShown(p) && near.some((n) => p.contains(n) && isOkLikeControl(n)))
      : Date.now() - opened.at <= CONFIRM_OPENER_MS && near.some(isConfirmOk) && !opened.others.some((p) => near.some((n) => p.contains(n)));
    if (!paired) return null;
    const c = asComposer(opened.field);
    if (!holdsDraft(c) || !wouldStop?.(c)) return null;
    set(c);
    return current;
  };
  const watchShown = (control: HTMLElement, box: HTMLElement) => {
    let looked = 0;
    /** Remembers `el` with the control when it is shown now and holds a field outside the send box (each change as it comes: Esc may hide it again soon). */
    const take = (el: Node | null) => {
      if (!(el instanceof win.HTMLElement) || ++looked > INVOKED_LOOK_MAX) return;
      if (!el.isConnected || el.closest('[data-replyguard]') || box.contains(el) || el.contains(box) || invoked.get(el) === control) return;
      if (!el.querySelector('textarea, input, [contenteditable]') || !isRendered(el) || [...invoked.keys()].some((p) => p.contains(el))) return;
      for (const p of [...invoked.keys()]) if (el.contains(p) || !p.isConnected) invoked.delete(p);
      if (invoked.size >= INVOKED_MAX) invoked.delete(invoked.keys().next().value!);
      invoked.set(el, control);
    };
    const onRecords = (records: MutationRecord[]) => {
      for (const r of records) {
        if (looked > INVOKED_LOOK_MAX) return;
        if (r.type === 'attributes') take(r.target);
        for (const node of r.addedNodes) take(node);
      }
    };
    const seen = new MutationObserver(onRecords);
    seen.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
    const onToggle = (e: Event) => {
      if ((e as ToggleEvent).newState === 'open') take(e.target as Node);
    };
    win.addEventListener('toggle', onToggle, { capture: true, signal });
    win.setTimeout(() => {
      win.removeEventListener('toggle', onToggle, { capture: true });
      onRecords(seen.takeRecords());
      seen.disconnect();
    }, INVOKED_WATCH_MS);
  };

  /**
   * The composer a canned reply's send (a 快捷短语 sent by a click or a digit key) is judged with and told beside: the current one,
   * else the page's first field the generic adapter accepts. Round 53 (rt53g F5): on a fresh page whose composer has no 发送 of its
   * own (Enter sends) no composer is current until a field was focused, and a digit pressed first sent its phrase unjudged.
   */
  const composerForCanned = (): Composer | null => {
    if (!current || !current.editor.element.isConnected) check(false);
    if (current?.editor.element.isConnected) return current;
    for (const el of doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
      const root = editableRoot(el) ?? el;
      if (root.closest('[data-replyguard]') || !genericAccepts(root)) continue;
      set(makeComposer(null, root));
      return current;
    }
    return null;
  };

  const tracker: ComposerTracker = {
    site,
    current: () => current,
    composerForTarget(target) {
      const root = editableRoot(target);
      if (!root) return null;
      // An aside field beside the message (an internal note): what its box sends is the message, which is judged.
      const message = messageBeside(root);
      if (message) {
        if (current?.editor.element !== message) set(asComposer(message));
        return current;
      }
      if (current?.editor.element === root) return current;
      // Another field the current draft's send carries, while that draft would be stopped: the guard stays on it.
      if (current?.editor.element.isConnected && wouldStop && sendBoxFields(current, site, (field) => field === root).length > 0 && wouldStop(current)) return current;
      check(false); // a re-rendered site composer is found right here, before the page sees the key
      if (current?.editor.element === root) return current;
      const found = siteEditors();
      if (found.includes(root)) {
        set(makeComposer(site, root)); // another pane's composer
        return current;
      }
      // The site's composer exists: other fields (search…) are not guarded, unless one has a 发送 of its own or its name says it
      // goes out with the message (a home-made 附言 popover on <body>, round 48 guard48c).
      if (found.length && !hasOwnSend(root) && !isSentAlongField(root)) return null;
      if (!genericAccepts(root)) return null;
      set(makeComposer(null, root));
      return current;
    },
    composerForClick(path, wouldStop) {
      if (!current || !current.editor.element.isConnected) check(false);
      const near = path.slice(0, CLICK_DEPTH).filter((n): n is Element => n instanceof win.Element);
      // The own 提交 of a report to the platform (举报买家 / 提交工单给平台) whose evidence field holds the buyer's words (round 53, rt52g F5):
      // no send of that field. Its other fields are judged (one that would stop is), a site's composer among them never exempts.
      // (or of a form whose text goes to the platform alone: 工单给平台 / 问题描述, 意见反馈, round 54 rt53g F4: all its fields)
      const report = near.map((n) => platformOnlyReportOf(n) ?? evidenceReportOf(n)).find((r) => r !== null);
      if (report && !report.evidence.some((f) => siteEditors().includes(f))) {
        const other = report.others.map(asComposer).find((c) => holdsDraft(c) && wouldStop?.(c));
        if (!other) return null;
        if (other !== current) set(other);
        return current;
      }
      const send = current?.sendButton();
      if (current && send && path.includes(send)) return current;
      // The send button inside an element that holds nothing else, which takes the click (round 40, L2).
      if (current && send && near.some((el) => wrapsOnly(el, send))) return current;
      // The 确定 of a scheduling popup (portaled, far from the composer) schedules the current draft (round 40, L3).
      if (current?.editor.element.isConnected && near.some(isScheduleConfirm) && holdsDraft(current)) return current;
      // The 确定 of a confirm naming a broadcast (「确认群发给 3 位买家？」 after 下一步, round 47 second pass) sends the broadcast's field.
      if (near.some(isBroadcastConfirm)) {
        const field = broadcastFieldOnPage(wouldStop);
        if (field) return field;
      }
      // The OK of a confirm a broadcast dialog's step button opened, whatever its question says (「确定要发送给已选的 3 位买家吗？」,
      // 「确认回复这 3 个会话？」: round 48 second pass, t9 rows 2 and 4), sends that dialog's field.
      const step = broadcastStep;
      if (step && step.isConnected && isRendered(step) && !near.some((n) => step.contains(n)) && near.some(isConfirmOk)) {
        const field = broadcastFieldOnPage(wouldStop, step);
        if (field) return field;
      }
      // A card's 发送订单 / 邀请下单 or a reply box's 回复 sends its own field (round 48, findings 1 and 2).
      const own = near.find(mayBeOwnSend);
      const ownField = own ? composerOfOwnSend(own, wouldStop) : null;
      if (ownField) return ownField;
      // The OK of a confirm popup a buyer-facing field's control opened commits that field (round 54, rt53g F3). After the own sends:
      // a control that is itself a field's save (a 快捷短语 setting's 保存) is judged as that, with its notice.
      const confirmed = confirmOfOpener(near, wouldStop);
      if (confirmed) return confirmed;
      const mainLike = near.some(mayBeSendControl);
      if (!mainLike && !near.some(isDraftSendControl)) return null;
      const control = near.find(isDraftSendControl);
      return (mainLike ? composerOfMainButton(path) : null) ?? (control ? composerOfSendControl(control, wouldStop) : null);
    },
    cannedForClick(path) {
      for (const node of path.slice(0, CLICK_DEPTH)) {
        if (!(node instanceof win.Element)) continue;
        // A card's 一键发送 / 采纳并发送, or an item of a panel sent by a click (快捷短语「单击发送」, round 50 finding 2).
        const text = cannedReplyOf(node) ?? clickSentItemOf(node);
        if (text === null) continue;
        const composer = composerForCanned();
        return composer ? { composer, text } : null;
      }
      return null;
    },
    cannedForKey(target, key) {
      const text = target instanceof win.Element ? keySentItemOf(target, key) : null;
      if (text === null) return null;
      const composer = composerForCanned();
      return composer ? { composer, text } : null;
    },
    judgedInBox(composer, wouldStop) {
      // The send of an aside field's box (an internal note's) carries the message beside it: that one is judged.
      const message = messageBeside(composer.editor.element);
      if (message) {
        composer = asComposer(message);
        set(composer);
      }
      if (wouldStop(composer)) {
        // The 附言 itself (the guard stayed on it while the agent went back to the message, or it was stopped before), sent from
        // elsewhere — hidden, or not the focused field: named in the banner (round 48, guard48c).
        const el = composer.editor.element;
        const shown = isUsableEditor(el);
        if ((!shown || el !== editableRoot(deepActiveElement(doc))) && isSentAlongField(el)) {
          const main = siteEditors().find((e) => e !== el);
          const note = main ? sentAlongFields(asComposer(main), site, invoked).find((n) => n.field === el) : undefined;
          along = { field: el, name: note?.name ?? noteName(el), reopened: !shown && showAgain(el, note?.control), shown, opener: note?.opener ?? null, from: main ?? null };
        }
        return composer;
      }
      // Only fields holding a draft are paired with their 发送 (a look around each): most Enters have none beside the
      // composer. An aside field (an internal note, a translation preview, a search) is not part of the message (round 42).
      const others = sendBoxFields(composer, site, (field) => !isAsideField(field) && holdsDraft(asComposer(field))).map(asComposer);
      for (const other of others) {
        if (!wouldStop(other)) continue;
        // A 附言 named as going out with the message, open in the send box (round 48, guard48c): named in the banner too.
        const field = other.editor.element;
        if (isSentAlongField(field)) along = { field, name: noteName(field), reopened: false, shown: true, from: composer.editor.element };
        set(other);
        return other;
      }
      // A 附言 the composer's toolbar opened, in a popover closed since, goes out with the send too (round 48, finding 1): judged
      // with it; a stopped one is shown again where it can be and named in the banner.
      for (const note of sentAlongFields(composer, site, invoked)) {
        const other = asComposer(note.field);
        if (!holdsDraft(other) || !wouldStop(other)) continue;
        const shown = isUsableEditor(note.field);
        const reopened = !shown && showAgain(note.field, note.control);
        along = { field: note.field, name: note.name, reopened, shown, opener: note.opener ?? (note.control ? note.name : null), from: composer.editor.element };
        set(other);
        return other;
      }
      return composer;
    },
    parkedForSend(wouldStop) {
      // The current composer itself when the page closed its popover without a mutation (Esc), else the last one left there.
      const el = current?.editor.element.isConnected && inClosedPopover(current.editor.element) ? current.editor.element : parkedField;
      const pop = el?.isConnected ? inClosedPopover(el) : null;
      if (!el || !pop) return null;
      const c = asComposer(el);
      if (!holdsDraft(c) || !wouldStop(c)) return null;
      parkedField = el;
      reopen(pop);
      set(c);
      return current;
    },
    sentAlongNotice(composer) {
      const el = composer.editor.element;
      if (el === along?.field) {
        const name = `「${along.name}」`;
        if (along.shown)
          return `${name}会随这条消息一起发出，其中含下列内容，已拦截发送；请修改${name}后再发送。 / The ${along.name} field goes out with this message and holds what is listed below: the send was stopped. Fix it, then send again.`;
        if (!along.reopened && along.opener)
          return `${name}（已收起）会随这条消息一起发出，其中含下列内容，已拦截发送；请点击输入框工具栏的「${along.opener}」打开它，修改后再发送。 / The ${along.name} field (closed) goes out with this message and holds what is listed below: the send was stopped. Click ${along.opener} in the composer's toolbar to open it, fix it, then send again.`;
        if (!along.reopened && !along.field.closest('[popover]'))
          return `${name}（已收起）会随这条消息一起发出，其中含下列内容，已拦截发送；请打开${name}修改后再发送。 / The ${along.name} field (closed) goes out with this message and holds what is listed below: the send was stopped. Open it and fix it, then send again.`;
        return along.reopened
          ? `${name}会随这条消息一起发出，其中含下列内容，已拦截发送；已为您重新打开${name}，请修改后再发送。 / The ${along.name} field goes out with this message and holds what is listed below: the send was stopped. It has been reopened: fix it, then send again.`
          : `${name}（已收起，位于输入框工具栏打开的弹出框中）会随这条消息一起发出，其中含下列内容，已拦截发送；请打开${name}修改后再发送。 / The ${along.name} field (closed, opened from the composer's toolbar) goes out with this message and holds what is listed below: the send was stopped. Open it and fix it, then send again.`;
      }
      if (el === parkedField) {
        return '已收起的弹出框中的草稿会被页面的快捷键发出，其中含下列内容，已拦截发送；已为您重新打开，请修改后再发送。 / A draft in a closed popover would be sent by the page\'s shortcut and holds what is listed below: the send was stopped. It has been reopened: fix it, then send again.';
      }
      return null;
    },
    sentAlongFrom(composer) {
      const from = composer.editor.element === along?.field ? along.from : null;
      return from?.isConnected ? asComposer(from) : null;
    },
    asideKey(target) {
      const root = editableRoot(target);
      const message = root && messageBeside(root);
      if (!root || !message) return null;
      if (current?.editor.element !== message) set(asComposer(message));
      return current ? { composer: current, submits: enterSubmitsForm(root) } : null;
    },
    composerForSelect(select, wouldStop) {
      const chosen = select.selectedOptions[0];
      if (!chosen || !isDraftSendLabel(compact(chosen.label || chosen.text))) return null;
      return composerOfSendControl(select, wouldStop);
    },
  };

  const asComposer = (el: HTMLElement): Composer =>
    el === current?.editor.element ? current : makeComposer(siteEditors().includes(el) ? site : null, el);

  /**
   * Any other control that sends a draft (a second 发送, 发送并结束会话 in the 发送 ▾ menu, an icon
   * button in the toolbar, a drawer's footer): it belongs to the composers nearest to it, or, in a
   * menu portaled far from any, to the current composer. Of several, the one whose draft would be
   * stopped is judged (a clean draft is never held); else the current one, else one with a draft.
   */
  const composerOfSendControl = (control: Element, wouldStop?: (c: Composer) => boolean): Composer | null => {
    // A broadcast's send (群发 / a 群发消息 dialog's 确定) sends the field of its own dialog only (round 47, second pass).
    const box = broadcastSendBox(control);
    let editors = (box ? editablesIn(box) : editablesNear(control)).filter((el) => el.localName !== 'input' || (!inLoginForm(el) && !!findSendButton(el)));
    if (!editors.length && control.closest(MENU_SELECTOR) && current?.editor.element.isConnected) editors = [current.editor.element];
    if (!editors.length) return null;
    const withDraft = editors.map(asComposer).filter(holdsDraft);
    const chosen =
      withDraft.find((c) => wouldStop?.(c)) ?? withDraft.find((c) => c === current) ?? withDraft[0] ?? null;
    if (chosen && editors.length === 1 && control instanceof win.HTMLElement) chosen.adoptSend(control);
    if (chosen && chosen !== current) set(chosen);
    return chosen ? current : null;
  };

  /** The field whose own send `control` is (a card's 发送订单, a reply box's 回复, round 48), judged even when empty. */
  const composerOfOwnSend = (control: Element, wouldStop?: (c: Composer) => boolean): Composer | null => {
    const fields = fieldsOfOwnSend(control).map(asComposer);
    const chosen = fields.find((c) => holdsDraft(c) && wouldStop?.(c)) ?? fields.find((c) => c === current) ?? fields[0] ?? null;
    if (chosen && chosen !== current) set(chosen);
    return chosen ? current : null;
  };

  /**
   * The field of a broadcast on the page (a dialog or drawer titled 群发消息 / 批量回复, shown), for the 确定 of a confirm naming a
   * broadcast: of several, one whose draft would be stopped, else one holding a draft. Null when there is none.
   */
  const broadcastFieldOnPage = (wouldStop?: (c: Composer) => boolean, only?: Element): Composer | null => {
    const fields: Composer[] = [];
    for (const box of only ? [only] : doc.querySelectorAll(BROADCAST_BOX)) {
      if (!isRendered(box) || !inBroadcastTitledBox(box)) continue;
      for (const el of editablesIn(box)) {
        const c = asComposer(el);
        if (!fields.includes(c) && holdsDraft(c)) fields.push(c);
      }
    }
    const chosen = fields.find((c) => wouldStop?.(c)) ?? fields[0] ?? null;
    if (chosen && chosen !== current) set(chosen);
    return chosen ? current : null;
  };

  /**
   * The generic composers on the page with their 发送, as composerOfMainButton last found them, kept until the page's DOM
   * changes (round 44): finding them reads every node of the page (findComposerCandidates, findSendButton's walk and
   * selector scans), ~0.4 s on a page holding a 60,000-node icon sprite, and a click on any control named 发送 around
   * (a toolbar holding the 发送) looked for them afresh. Any mutation outside the guard's own UI drops them; the
   * observer runs only while they are kept.
   */
  let nearComposers: Composer[] | null = null;
  const ownUiRecord = (r: MutationRecord): boolean =>
    (r.type === 'attributes' && !!r.attributeName?.startsWith('data-replyguard')) ||
    !!(r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement)?.closest('[data-replyguard]');
  const dropNearComposers = () => {
    nearComposers = null;
    nearObserver.disconnect();
  };
  const nearObserver = new MutationObserver((records) => {
    if (!records.every(ownUiRecord)) dropNearComposers();
  });
  signal.addEventListener('abort', dropNearComposers);
  // A popover shown or hidden (popover=auto closed by Esc or a click outside, reopened by its opener) changes which fields are
  // usable without a DOM mutation (the top layer, no attribute): the composers found while it was closed left its 附言 and
  // 发送给买家 out, and a flagged 附言 sent after a reopen was let through (round 46b, finding 3). Its toggle (not bubbling: the
  // capture phase) drops them. A <dialog> or <details> sets its open attribute, which the observer sees.
  win.addEventListener('toggle', dropNearComposers, { capture: true, signal });
  const composersOnPage = (): Composer[] => {
    // A mutation in this same task (the page changed the DOM, then dispatched the click) is not delivered yet.
    if (nearComposers && !nearObserver.takeRecords().every(ownUiRecord)) dropNearComposers();
    if (nearComposers) return nearComposers;
    nearComposers = findComposerCandidates(doc.body ?? doc.documentElement).map((el) => makeComposer(null, el));
    for (const c of nearComposers) c.sendButton();
    nearObserver.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    return nearComposers;
  };

  /** Another composer's main Send button (two conversation panes; the agent typed in one, clicks the other's 发送). */
  const composerOfMainButton = (path: readonly EventTarget[]): Composer | null => {
    // The site's composers where it has any on the page (else the generic ones: the site's selectors
    // may find nothing on a page at its address).
    const siteFound = siteEditors();
    const others = siteFound.length ? siteFound.map((el) => makeComposer(site, el)) : composersOnPage();
    for (const candidate of others) {
      const el = candidate.editor.element;
      if (el === current?.editor.element) continue;
      const button = candidate.sendButton();
      if (button && path.includes(button)) {
        set(candidate);
        return current;
      }
    }
    // On the site's page, a box of its own beside the site's composers (a popover's 附言 with its 发送给买家): the field near the
    // clicked control whose 发送 it is (round 46b, finding 3: once its popover had closed the site's composer was current again,
    // and after a reopen a click on 发送给买家 judged that empty composer). Looked for around the control only, not page-wide.
    // (only a control whose label names a send — 发送给买家, not 保存: a popover field saved by 保存 is not the buyer's, guard-unseen-pages-44)
    const control = siteFound.length ? path.slice(0, CLICK_DEPTH).find((n): n is Element => n instanceof win.Element && mayBeSendControl(n) && labelNamesSend(n)) : undefined;
    for (const el of control ? editablesNear(control) : []) {
      if (siteFound.includes(el) || el === current?.editor.element || (el.localName === 'input' && inLoginForm(el))) continue;
      const candidate = asComposer(el);
      const button = candidate.sendButton();
      if (button && path.includes(button)) {
        set(candidate);
        return current;
      }
    }
    return null;
  };

  check(true);
  return tracker;
}
