// What is drawn under an empty layer the pointer hit (round 40, L1): a page may lay a transparent, empty hit-area
// <div> over its 发送 and send from that div's click handler. The event's path then holds no send control; the
// control the agent sees and aims at is beneath. Only an empty element (no text, no image, icon or field: it draws
// nothing the agent could mean) not much larger than what lies beneath counts: a page-wide mask over the composer
// (a modal's backdrop) is not a hit-area of its 发送.
const DRAWS = 'img, svg, canvas, video, picture, object, embed, iframe, input, textarea, select, button, [contenteditable]';

/** How much larger than the element beneath (or its parent) an overlay may be: a few px of slack, half again. */
const fits = (over: DOMRect, under: DOMRect): boolean =>
  under.width > 0 && under.height > 0 && over.width <= under.width * 1.5 + 24 && over.height <= under.height * 1.5 + 24;

function isEmpty(el: Element): boolean {
  if (el.querySelector(DRAWS)) return false;
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/\S/.test(node.nodeValue ?? '')) return false;
  return true;
}

/** Nodes the quick emptiness test reads (an overlay hit-area has a few). */
export const QUICK_EMPTY_NODES = 256;

/**
 * Whether `el` draws nothing, read from its first QUICK_EMPTY_NODES nodes: false (it draws something), true (empty), or
 * undefined when it holds more (round 44: a control holding a huge icon sprite, whose every node isEmpty would read on
 * each click; pathBeneath then tests whether anything fits beneath it before reading it whole).
 */
export function quickEmpty(el: Element): boolean | undefined {
  let budget = QUICK_EMPTY_NODES;
  const walker = el.ownerDocument.createTreeWalker(el, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (--budget < 0) return undefined;
    if (node.nodeType === 3 ? /\S/.test(node.nodeValue ?? '') : (node as Element).matches(DRAWS)) return false;
  }
  return true;
}

/**
 * The composed path of what lies under an empty hit-area the pointer event hit (its first element beneath that is
 * not one of its own ancestors), or null when the target draws something or is no small overlay.
 */
export function pathBeneath(event: Event, path: readonly EventTarget[]): EventTarget[] | null {
  if (!('clientX' in event)) return null;
  const target = path[0] as Element | undefined;
  if (!target || target.nodeType !== 1 || /^(html|body)$/.test(target.localName) || target.closest('[data-replyguard]')) return null;
  const empty = quickEmpty(target);
  if (empty === false) return null;
  const root = target.getRootNode() as Document | ShadowRoot;
  const hits = typeof root.elementsFromPoint === 'function' ? root.elementsFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY) : [];
  const at = hits.indexOf(target);
  if (at < 0) return null;
  const under = hits.slice(at + 1).find((el) => !el.contains(target) && !el.closest('[data-replyguard]'));
  if (!under) return null;
  const over = target.getBoundingClientRect();
  if (!fits(over, under.getBoundingClientRect()) && !(under.parentElement && fits(over, under.parentElement.getBoundingClientRect()))) return null;
  if (empty === undefined && !isEmpty(target)) return null;
  const chain: EventTarget[] = [];
  for (let n: Node | null = under; n; n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode) chain.push(n);
  return chain;
}
