// Whether the page has a popup of its own open at the composer: an @mention list, an emoji picker, an
// autocomplete or quick-reply list. Such a popup is the layer on top while it is open, so an Esc in the
// composer is its (it closes the list) and not the banner's (guard.ts). Read only when Esc is pressed.

/**
 * Popups as pages mark them: ARIA lists and menus, and the usual mention / autocomplete / emoji kits
 * (quill-mention, TipTap's suggestion in a tippy box, Ant Design Mentions / AutoComplete / Dropdown, emoji-mart).
 */
const POPUP_SELECTOR = [
  '[role="listbox"]',
  '[role="menu"]',
  '.ql-mention-list-container',
  '[data-tippy-root]',
  '.ant-mentions-dropdown',
  '.ant-select-dropdown',
  '.ant-dropdown',
  'em-emoji-picker',
  '.emoji-mart',
].join(', ');

/** How far from the composer's box a popup may be drawn and still be the composer's (px). */
const NEAR = 160;
/** Ancestors looked at for the popup's own positioning (a list inside a floating box). */
const FLOAT_DEPTH = 4;

function shownBox(el: Element): DOMRect | null {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && !check.call(el, { visibilityProperty: true, opacityProperty: true })) return null;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? rect : null;
}

/** Drawn over the page's flow (its own or a near ancestor's position), as popups are; a list in the page's layout is not. */
function floating(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  let n: Element | null = el;
  for (let i = 0; n && i <= FLOAT_DEPTH && n !== el.ownerDocument.body; i++, n = n.parentElement) {
    const position = win.getComputedStyle(n).position;
    if (position === 'absolute' || position === 'fixed') return true;
  }
  return false;
}

const near = (a: DOMRect, b: DOMRect) =>
  a.left < b.right + NEAR && b.left < a.right + NEAR && a.top < b.bottom + NEAR && b.top < a.bottom + NEAR;

/**
 * Whether the page's own popup is open at `composer`: the composer says so (a combobox's
 * aria-expanded="true", or an aria-activedescendant naming an option), or a shown, floating list or
 * picker of the page's sits within reach of it. A menu elsewhere on the page (a side bar) is not.
 */
export function pagePopupOpen(composer: HTMLElement): boolean {
  if (composer.getAttribute('aria-expanded') === 'true') return true;
  const active = composer.getAttribute('aria-activedescendant');
  const doc = composer.ownerDocument;
  if (active && doc.getElementById(active)) return true;
  const box = composer.getBoundingClientRect();
  for (const popup of doc.querySelectorAll(POPUP_SELECTOR)) {
    if (popup.contains(composer) || popup.closest('[data-replyguard]')) continue;
    const rect = shownBox(popup);
    if (rect && near(rect, box) && floating(popup)) return true;
  }
  return false;
}
