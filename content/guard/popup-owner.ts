/**
 * Whose confirm popup the page just showed, when a buyer-facing field's opener still waits for its own (round 56, guard56, rt55g F1:
 * an internal note's ⋯ clicked while a review's 更多 waits on a slow request). A popup is the opener's when nothing else was clicked
 * since, when the control clicked since is gone or hidden, or when the popup sits nearer the opener than that control (a popconfirm
 * shows beside its own opener). Layout only: no text is read.
 */
export function popupOfOpener(popup: Element, opener: Element, other: Element | undefined, shown: (el: Element) => boolean): boolean {
  if (!other || !other.isConnected || !shown(other)) return true;
  return opener.isConnected && gapBetween(popup, opener) < gapBetween(popup, other);
}

/** The distance between two elements' boxes in CSS pixels (0 when they touch or overlap). */
export function gapBetween(a: Element, b: Element): number {
  const r = a.getBoundingClientRect();
  const q = b.getBoundingClientRect();
  const dx = Math.max(0, r.left - q.right, q.left - r.right);
  const dy = Math.max(0, r.top - q.bottom, q.top - r.bottom);
  return Math.hypot(dx, dy);
}
