// Every element ReplyGuard adds to a page is a host marked data-replyguard="<part>" with an OPEN shadow
// root holding its own stylesheet (DESIGN.md, in-page UI contract): page CSS cannot reach in, tests and
// page scripts can find it, and nothing of the page's text is ever parsed as HTML in it.
export function createShadowHost(doc: Document, tag: string, part: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement(tag);
  host.setAttribute('data-replyguard', part);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}

/** The open modal <dialog> holding `el`, if any: it is in the top layer, over anything in <body>. */
export function modalDialogOf(el: Element | null): HTMLDialogElement | null {
  const dialog = el?.isConnected ? el.closest('dialog') : null;
  if (!dialog?.open) return null;
  try {
    return dialog.matches(':modal') ? dialog : null;
  } catch {
    return null; // a browser without :modal
  }
}

/** Whether `el` is an open popover (the popover attribute, shown: in the top layer), false where the browser has none. */
function isOpenPopover(el: Element): boolean {
  if (!el.hasAttribute('popover')) return false;
  try {
    return el.matches(':popover-open');
  } catch {
    return false; // a browser without popovers
  }
}

/**
 * The top-layer element holding `el` that a host in <body> would be drawn under, out of sight and out of reach: the open
 * modal <dialog> holding it, the open popover holding it (round 46, finding 4: a quick-reply panel with popover=auto, which
 * a click outside it also closes), the element shown fullscreen holding it (round 41, U1: a chat pane made fullscreen). Of
 * several, the nearest one around it (the one opened over the others).
 */
export function topLayerOf(el: Element | null): Element | null {
  if (!el?.isConnected) return null;
  const dialog = modalDialogOf(el);
  const full = el.ownerDocument.fullscreenElement;
  for (let n = el.parentElement; n; n = n.parentElement) {
    if (n === dialog || isOpenPopover(n) || (n === full && n !== el)) return n;
  }
  return null;
}

/** Whether a position:fixed element inside `el` would be placed and clipped by `el` or an ancestor, not the viewport. */
function holdsFixed(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return true;
  for (let n: Element | null = el; n && n !== el.ownerDocument.body; n = n.parentElement) {
    const cs = win.getComputedStyle(n);
    if (cs.transform !== 'none' || cs.filter !== 'none' || cs.perspective !== 'none' || cs.backdropFilter !== 'none') return true;
    if (/paint|layout|strict|content/.test(cs.contain) || /transform|filter|perspective/.test(cs.willChange)) return true;
  }
  return false;
}

/**
 * Where a host the agent works in (the banner) goes for a composer: the top-layer element holding it (topLayerOf: a modal
 * <dialog>, a popover, a fullscreen pane; a banner outside is drawn under it and inert), else the page's own modal holding it (aria-modal /
 * role=dialog: its focus trap takes back any focus outside it, and the banner could not be used by
 * keyboard) when a fixed host inside it is still placed by the viewport, else <body>.
 */
export function hostParentFor(anchor: Element | null, doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  if (!anchor?.isConnected || anchor.ownerDocument !== doc) return body;
  const layer = topLayerOf(anchor);
  if (layer) return layer;
  const modal = anchor.parentElement?.closest('[aria-modal="true"], [role="dialog"], [role="alertdialog"]');
  return modal && !holdsFixed(modal) ? modal : body;
}

/** Parents a page's framework removes our hosts from (foreign children of <body> / <html>, round 40 U1). */
const purging = new WeakSet<Node>();

/**
 * Where a host goes given the parent it should have: that parent, unless the page purges foreign children from it;
 * then the highest ancestor of `anchor` below it that the page leaves alone and where a fixed host is still placed by
 * the viewport (the page's app root). Null while there is none yet (no anchor): the host waits.
 */
export function unpurgedParent(wanted: Element, anchor: Element | null): Element | null {
  if (!purging.has(wanted)) return wanted;
  if (!anchor?.isConnected || !wanted.contains(anchor)) return null;
  const chain: Element[] = [];
  for (let n = anchor.parentElement; n && n !== wanted; n = n.parentElement) chain.unshift(n);
  return chain.find((el) => !purging.has(el) && !holdsFixed(el)) ?? null;
}

/**
 * Watches the parents a host is put into: when the page takes the host out of the document (not a move of ours: it
 * is left disconnected), that parent counts as purging and `reattach` puts the host back where unpurgedParent says.
 * Returns the function to call with each parent the host is appended to.
 */
export function watchPurge(host: Element, reattach: () => void, signal: AbortSignal): (parent: Node) => void {
  const win = host.ownerDocument.defaultView;
  if (!win) return () => {};
  const watched = new WeakSet<Node>();
  const observer = new win.MutationObserver((records) => {
    if (signal.aborted || host.isConnected) return;
    const from = records.find((r) => Array.prototype.includes.call(r.removedNodes, host));
    if (!from) return;
    purging.add(from.target);
    reattach();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return (parent) => {
    if (watched.has(parent)) return;
    watched.add(parent);
    observer.observe(parent, { childList: true });
  };
}
