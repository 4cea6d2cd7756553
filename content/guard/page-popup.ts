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

/**
 * The element of `id` in the composer's own tree: its shadow root (open or closed) when it sits in one, else its document (round 49
 * second pass, finding 4: a 快捷短语 picker inside a shadow root names its list and options by ids the document does not hold).
 */
function byId(composer: Element, id: string): Element | null {
  const root = composer.getRootNode() as Partial<DocumentOrShadowRoot> & { getElementById?: (id: string) => Element | null };
  return (typeof root.getElementById === 'function' ? root.getElementById(id) : null) ?? composer.ownerDocument.getElementById(id);
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
  if (active && byId(composer, active)) return true;
  const box = composer.getBoundingClientRect();
  for (const popup of doc.querySelectorAll(POPUP_SELECTOR)) {
    if (popup.contains(composer) || popup.closest('[data-replyguard]')) continue;
    const rect = shownBox(popup);
    if (rect && near(rect, box) && floating(popup)) return true;
  }
  return false;
}

/**
 * Suggestion-list kits whose dropdown goes with an input wrapper around the composer (portalled to <body>, no ARIA tie between
 * them): the wrapper's selector and its dropdown's.
 */
const KIT_LISTS: readonly (readonly [string, string])[] = [
  ['.ant-mentions', '.ant-mentions-dropdown'],
  ['.rc-mentions', '.rc-mentions-dropdown'],
  ['.ant-select, .ant-select-auto-complete', '.ant-select-dropdown'],
  ['.ql-container', '.ql-mention-list-container'],
];

const shownNear = (popup: Element, box: DOMRect): boolean => {
  if (popup.closest('[data-replyguard]')) return false;
  const rect = shownBox(popup);
  return !!rect && near(rect, box) && floating(popup);
};

/**
 * Whether an Enter in `composer` is the page's pick from its own suggestion list (round 45, finding 3: an antd/rc-mentions @ list,
 * where Enter picks while the list is open and sends otherwise), not a send: a list owned by the composer is open. Stricter than
 * pagePopupOpen (which lets an Esc go to the page): a marker left switched on with no list shown (aria-expanded, a stale
 * aria-activedescendant) or a list always shown in the page's layout must not let a send through. Owned means, and the list is
 * shown, floating and within reach of the composer:
 * - the composer (or its combobox around it) says it is expanded and names the list (aria-controls / aria-owns), or
 * - the composer sits in a mention or autocomplete kit's input wrapper and the list is that kit's dropdown.
 * A floating list next to the composer that nothing ties to it is not its (an Enter there is judged).
 */
export function suggestionListOpen(composer: HTMLElement): boolean {
  const doc = composer.ownerDocument;
  let box: DOMRect | null = null;
  const shown = (popup: Element | null): boolean => !!popup && !popup.contains(composer) && shownNear(popup, (box ??= composer.getBoundingClientRect()));
  const combo = composer.closest('[aria-expanded="true"]');
  if (combo) {
    const ids = `${combo.getAttribute('aria-controls') ?? ''} ${combo.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const named = byId(composer, id);
      if (named && (shown(named) || shown(named.closest(POPUP_SELECTOR)))) return true;
    }
  }
  for (const [wrapper, list] of KIT_LISTS) {
    if (!composer.closest(wrapper)) continue;
    for (const popup of doc.querySelectorAll(list)) if (shown(popup)) return true;
  }
  return false;
}

/** A page's popup menu or list: marked as one (POPUP_SELECTOR), or holding one. */
const isMenu = (el: Element): boolean => el.matches(POPUP_SELECTOR) || !!el.querySelector('[role="menu"], [role="listbox"]');

export type Area = { left: number; top: number; right: number; bottom: number };

/** Columns and rows of the points looked at in the banner's area (rows from the composer's side). */
const COLUMNS = [0.04, 0.27, 0.5, 0.73, 0.96];
const ROWS = [6, 0.5];
/** Ancestors looked at from the element hit up to the page's layer that holds it. */
const LAYER_DEPTH = 8;

/**
 * The page's own layers drawn where the banner would go (`area`, in the composer's viewport; `side`: the
 * banner above the composer or below it): a quick-reply panel or an emoji picker opening upward from the
 * composer, whatever it is marked with. Such a layer is the page's floating box (position absolute or
 * fixed, not holding the composer) that the hit test finds over other content of the page (not only over
 * its own ancestors, as a row of an absolutely placed chat list is) and that sits within reach of the
 * composer (not a toast at the far side). Returns the box around those found, or null. Our hosts are not
 * the page's. Read only while a banner is shown, after the page changed (follow-box.ts).
 */
export function pageLayerOver(composer: Element, area: Area, side: 'above' | 'below'): Area | null {
  const doc = composer.ownerDocument;
  const win = doc.defaultView;
  if (!win || area.right <= area.left || area.bottom <= area.top) return null;
  const box = composer.getBoundingClientRect();
  const positioned = new Map<Element, boolean>();
  const floats = (el: Element) => {
    let p = positioned.get(el);
    if (p === undefined) positioned.set(el, (p = /^(absolute|fixed)$/.test(win.getComputedStyle(el).position)));
    return p;
  };
  const found = new Set<Element>();
  let out: Area | null = null;
  for (const row of ROWS) {
    const y = row < 1 ? area.top + (area.bottom - area.top) * row : side === 'above' ? area.bottom - row : area.top + row;
    for (const col of COLUMNS) {
      const x = area.left + (area.right - area.left) * col;
      if (x < 0 || y < 0 || x >= win.innerWidth || y >= win.innerHeight) continue;
      const hits = doc.elementsFromPoint(x, y).filter((e) => !e.closest('[data-replyguard]'));
      let layer: Element | null = hits[0] ?? null;
      for (let i = 0; layer && i < LAYER_DEPTH && layer !== doc.body && !floats(layer); i++) layer = layer.parentElement;
      if (!layer || layer === doc.body || !floats(layer) || layer.contains(composer) || found.has(layer)) continue;
      const l = layer;
      // Over nothing but its own ancestors (a row of an absolutely placed chat list), unless it is a menu or list the page opened
      // there: a 发送 ▾ menu drawn below a composer high on the page, over the empty page (round 50, finding 11).
      if (!hits.some((e) => !l.contains(e) && !e.contains(l)) && !isMenu(l)) continue;
      const r = l.getBoundingClientRect();
      if (!near(r, box)) continue;
      found.add(l);
      out = out
        ? { left: Math.min(out.left, r.left), top: Math.min(out.top, r.top), right: Math.max(out.right, r.right), bottom: Math.max(out.bottom, r.bottom) }
        : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
  }
  return out;
}

/**
 * Whether `composer` sits in an open light-dismiss popover (popover="auto" or "hint", round 47 item 3, from round 46's second
 * pass): the browser itself closes such a layer on Esc, as it does with a click outside, and the composer and its banner go
 * with it. An Esc there is the page's at once, as with a clean draft; the banner's collapse-first Esc (guard.ts) is for a page's
 * modal, which stays until closed. A popover="manual" is not closed by Esc: there the Esc is judged as before.
 */
export function inLightDismissPopover(composer: HTMLElement): boolean {
  for (let el: Element | null = composer; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    const state = (el as HTMLElement).popover;
    if (state !== 'auto' && state !== 'hint') continue;
    try {
      if (el.matches(':popover-open')) return true;
    } catch {
      return false; // a browser without popovers
    }
  }
  return false;
}

/** The ids a composer (or the combobox around it) names in aria-controls / aria-owns. */
function tiedIds(composer: HTMLElement): string[] {
  const combo = composer.closest('[aria-controls], [aria-owns]') ?? composer;
  return `${combo.getAttribute('aria-controls') ?? ''} ${combo.getAttribute('aria-owns') ?? ''}`.split(/\s+/).filter(Boolean);
}

/** The element the composer (or its combobox) names as its active descendant, if any. */
function activeDescendant(composer: HTMLElement): Element | null {
  const id = (composer.closest('[aria-activedescendant]') ?? composer).getAttribute('aria-activedescendant');
  return id ? byId(composer, id) : null;
}

/**
 * Whether `list` is the composer's own: named by its aria-controls / aria-owns (or inside or around what they name), or holding
 * the option its aria-activedescendant names.
 */
function tiedTo(composer: HTMLElement, list: Element): boolean {
  if (list.contains(composer)) return false;
  for (const id of tiedIds(composer)) {
    const named = byId(composer, id);
    if (named && (named === list || named.contains(list) || list.contains(named))) return true;
  }
  const active = activeDescendant(composer);
  return !!active && list.contains(active);
}

/** A data-* value that reads as a phrase: words (CJK, or two words or more), not an id, a url, a number or a code. */
const phraseLike = (v: string): boolean =>
  /[\u3400-\u9fff\uf900-\ufaff]/.test(v) ? !/^(https?:|www\.|\/\/|data:)/i.test(v) : /\p{L}{2,}\s+\p{L}{2,}/u.test(v) && !/^[a-z][\w+.-]*:|^\/|^[\w.-]+$/i.test(v);

/** Elements of an option looked at for what it holds (its own and its first descendants). */
const OPTION_DEPTH = 24;

/**
 * The phrase an option holds, which is what a page sends on its pick (round 49 second pass, findings 1–3: a 快捷短语 shown as a short
 * label 「/联系方式」 or as an image sends the phrase it keeps in data-phrase or in the image's alt/title): the longest of its shown
 * text, its images' alt / title, its own title / aria-label and the data-* values of it and its descendants that read as a phrase
 * (phraseLike). A phrase kept in data-* is so preferred over a short label (「/加微信」 over a clean refusal is the refusal, judged
 * clean), and an option whose label is its phrase is judged by it as before. Null when it holds no text.
 */
export function optionPhrase(option: Element): string | null {
  const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
  const found = [norm((option as HTMLElement).innerText ?? option.textContent), norm(option.getAttribute('title')), norm(option.getAttribute('aria-label'))];
  const els = [option, ...Array.from(option.querySelectorAll('*')).slice(0, OPTION_DEPTH)];
  for (const el of els) {
    if (el.localName === 'img' || el.getAttribute('role') === 'img') found.push(norm(el.getAttribute('alt')), norm(el.getAttribute('title')), norm(el.getAttribute('aria-label')));
    for (const attr of Array.from(el.attributes)) {
      if (!attr.name.startsWith('data-')) continue;
      const v = norm(attr.value);
      if (v.length <= 2000 && phraseLike(v)) found.push(v);
    }
  }
  let best = '';
  for (const t of found) if (t.length > best.length) best = t;
  return best || null;
}

/**
 * A pick: the phrase an option of the composer's own list holds, and that list (what the page does with its picks is learnt per
 * list); `other`: the phrase of the list's selected option when it is not the active descendant (a hover moved aria-selected).
 */
export type Pick = { text: string; list: Element; other?: string };

const LIST_SELECTOR = '[role="listbox"], [role="menu"], [role="grid"], [role="tree"]';
const listOf = (option: Element): Element | null => option.closest(LIST_SELECTOR) ?? option.parentElement;
const pickOf = (option: Element, list: Element): Pick | null => {
  const text = optionPhrase(option);
  return text ? { text, list } : null;
};

/**
 * What an Enter would pick from the composer's own open list (round 49, finding 1: a 快捷短语 typeahead opened by 「/」 that sends
 * the highlighted phrase on Enter): the option its aria-activedescendant names, else the list's selected option
 * (aria-selected="true"), with the phrase it holds (optionPhrase). Only a list tied to the composer (aria-controls / aria-owns /
 * aria-activedescendant, ids read in the composer's own root) and shown; null otherwise.
 */
export function pickedOption(composer: HTMLElement): Pick | null {
  const active = activeDescendant(composer);
  const activeOption = active?.closest('[role="option"], [role="menuitem"]') ?? null;
  if (activeOption) {
    const list = listOf(activeOption);
    const pick = list && tiedTo(composer, list) && shownBox(activeOption) ? pickOf(activeOption, list) : null;
    if (pick && list) {
      // The page may pick the selected option rather than the active one (round 49 second pass, finding 7: a hover moves
      // aria-selected, the keyboard's aria-activedescendant stays): both are kept, the worse is judged.
      const selected = list.querySelector('[role="option"][aria-selected="true"], [role="menuitem"][aria-selected="true"]');
      const other = selected && selected !== activeOption && shownBox(selected) ? optionPhrase(selected) : null;
      if (other && other !== pick.text) pick.other = other;
      return pick;
    }
  }
  for (const id of tiedIds(composer)) {
    const named = byId(composer, id);
    if (!named || named.contains(composer) || !shownBox(named)) continue;
    const selected = named.querySelector('[role="option"][aria-selected="true"], [role="menuitem"][aria-selected="true"]');
    if (selected && shownBox(selected)) return pickOf(selected, listOf(selected) ?? named);
  }
  return null;
}

/**
 * The option of the composer's own list (tied as pickedOption reads it) on a pointer event's path, with the phrase it holds: a click
 * on a 快捷短语 the page sends (round 49, finding 1). Null when the path holds no such option.
 */
export function optionOnPath(composer: HTMLElement, path: readonly EventTarget[]): Pick | null {
  for (const node of path.slice(0, 8)) {
    if (!node || (node as Node).nodeType !== 1) continue;
    const el = node as Element;
    if (!el.matches('[role="option"], [role="menuitem"]')) continue;
    const list = listOf(el);
    return list && tiedTo(composer, list) ? pickOf(el, list) : null;
  }
  return null;
}
