// The page's Tab order after the composer, for the banner's last Tab (round 41, U2): the banner's controls join the
// order once, between the composer and what follows it, instead of cycling back to the composer.
import { isRendered } from '../../sites/generic';

const TABBABLE =
  'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]:not([contenteditable="false"])';

/** The first element after `el` (outside it) in document order that Tab would reach, or null. */
export function tabbableAfter(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  for (const c of doc.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (el.contains(c) || !(el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (c.tabIndex < 0 || (c as HTMLButtonElement).disabled || c.closest('[inert], [data-replyguard]')) continue;
    if (c.localName === 'input' && (c as HTMLInputElement).type === 'hidden') continue;
    if (!isRendered(c)) continue;
    return c;
  }
  return null;
}

/** Focuses what follows `el` in the Tab order: true when there was something. */
export function focusAfter(el: Element | null | undefined): boolean {
  const next = el?.isConnected ? tabbableAfter(el) : null;
  if (!next) return false;
  next.focus();
  return next.ownerDocument.activeElement === next;
}
