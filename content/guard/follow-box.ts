// Follows one element's box (the composer's) while the page may be moving it: the page re-parents it into
// a modal, slides an overlay in, puts a bar above it, hides or removes it. No event says "this box moved",
// and polling its rect forever would cost every page a layout read a frame. So: something that can move a
// box — a DOM or style change anywhere (MutationObserver), a CSS transition or animation starting, a scroll,
// a resize, the element's own size (ResizeObserver) — starts a look each animation frame (one
// getBoundingClientRect, in the frame the browser lays out anyway), and the looks stop once the box has
// stayed put for a few frames and no transition or animation runs on the element or an ancestor (at most
// MAX_FRAMES after the last trigger: an endless animation there does not keep us looking forever).

/** What a look sees of the element. */
export interface BoxSeen {
  /** In the document and rendered (not display:none / visibility:hidden, not a 0×0 box). */
  shown: boolean;
  rect: DOMRect | null;
  /** Only with `hitTest`: something of the page's outside the element's own box (a modal's mask) is drawn over its middle. */
  covered?: boolean;
  /**
   * Only with `hitTest`: the page draws over it across its width (a quarter, the middle and three quarters
   * in): a modal's mask or a viewer's backdrop, not a popup over part of it (an @mention list).
   */
  overlaid?: boolean;
}

export interface BoxFollower {
  /** The element to follow (null: none; all observers and listeners go). */
  watch(el: Element | null): void;
  /** Look again from the next frame (a caller knows it changed something). */
  kick(): void;
}

/** Frames the box must stay put before the looks stop. */
const STILL_FRAMES = 3;
/** Frames looked at most after the last trigger, whatever runs. */
const MAX_FRAMES = 300;

/**
 * Attributes pages show, hide and move things with: style, class, hidden and open (a <dialog>, <details>), and
 * the state attributes popups are toggled by with CSS on them (aria-hidden; Radix / Headless UI's data-state;
 * data-open / data-show / data-visible): an emoji panel shown by one of these was not seen until something
 * else changed (round 33). Not every attribute: a busy page changes others all the time.
 */
const WATCHED = ['style', 'class', 'hidden', 'open', 'aria-hidden', 'data-state', 'data-open', 'data-show', 'data-visible'];

const MOTION_START = ['transitionrun', 'transitionstart', 'animationstart'] as const;
const MOTION_END = ['transitionend', 'transitioncancel', 'animationend', 'animationcancel'] as const;

function rendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

/** Where the element is now, and whether it is shown (and, with `hitTest`, covered). */
export function seeBox(el: Element, hitTest = false): BoxSeen {
  if (!el.isConnected) return { shown: false, rect: null };
  const rect = el.getBoundingClientRect();
  const shown = (rect.width > 0 || rect.height > 0) && rendered(el);
  return hitTest && shown ? { shown, rect, ...coverOf(el, rect) } : { shown, rect };
}

/**
 * What of the page's is drawn over the element's first line (BoxSeen's covered and overlaid): in its own
 * document, and in each same-origin document around its frame (a confirm dialog's mask in the top page
 * over the iframe that holds the workbench; the banner lives in that top page, over everything of it).
 */
function coverOf(el: Element, rect: DOMRect): { covered: boolean; overlaid: boolean } {
  const y = rect.top + Math.min(rect.height / 2, 12);
  const xs = [rect.left + rect.width / 2, rect.left + rect.width / 4, rect.left + (rect.width * 3) / 4];
  const at = (target: Element, dx: number, dy: number) => {
    const covered = coveredAt(target, xs[0]! + dx, y + dy);
    return { covered, overlaid: covered && coveredAt(target, xs[1]! + dx, y + dy) && coveredAt(target, xs[2]! + dx, y + dy) };
  };
  let cover = at(el, 0, 0);
  // Up the same-origin frames: the points in each parent's viewport, hit-tested against the frame element.
  let dx = 0;
  let dy = 0;
  try {
    for (let w: Window | null = el.ownerDocument.defaultView; w && !cover.overlaid && w.parent !== w && w.frameElement; w = w.parent) {
      const frame = w.frameElement;
      const fr = frame.getBoundingClientRect();
      dx += fr.left + frame.clientLeft;
      dy += fr.top + frame.clientTop;
      const outer = at(frame, dx, dy);
      cover = { covered: cover.covered || outer.covered, overlaid: outer.overlaid };
    }
  } catch {
    // a cross-origin parent: it draws over the whole frame, our banner included (it stays in the frame)
  }
  return cover;
}

/**
 * Whether the page draws something over the element at (x, y): a hit there that is neither the element,
 * nor inside it, nor in the box around it (a placeholder or toolbar of the composer's own), nor ours.
 */
function coveredAt(el: Element, x: number, y: number): boolean {
  const doc = el.ownerDocument;
  if (x < 0 || y < 0 || x >= (doc.defaultView?.innerWidth ?? Infinity) || y >= (doc.defaultView?.innerHeight ?? Infinity)) return false;
  // A composer in a shadow root is asked of its root: the document would answer with the host, which does not
  // `contains` it, and the composer would always look covered (a page modal in the document is still the hit).
  const root = el.getRootNode();
  const hit = (root.nodeType === 11 && 'elementFromPoint' in root ? (root as ShadowRoot) : doc).elementFromPoint(x, y);
  if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return false;
  if (hit.closest('[data-replyguard]')) return false;
  // The box around it: its parent and grandparent, but never <body> (a page's mask is a child of it too).
  for (let n = el.parentElement, i = 0; n && i < 2 && n !== doc.body && n !== doc.documentElement; n = n.parentElement, i++) {
    if (n.contains(hit)) return false;
  }
  return true;
}

/** A mutation that only swaps text nodes (or changes one): it can move boxes by reflow, not show or hide anything. */
export function onlyText(r: MutationRecord): boolean {
  if (r.type === 'characterData') return true;
  if (r.type !== 'childList') return false;
  const textual = (n: Node) => n.nodeType === 3 || n.nodeType === 8; // Text, Comment
  for (const n of r.addedNodes) if (!textual(n)) return false;
  for (const n of r.removedNodes) if (!textual(n)) return false;
  return true;
}

/** `changed` is called (in an animation frame) whenever the element's box, its parent or whether it is shown changed. */
export function followBox(
  changed: (el: Element, seen: BoxSeen) => void,
  signal: AbortSignal,
  { hitTest, parentOnly, around }: { hitTest?: (el: Element) => boolean; parentOnly?: (el: Element) => boolean; around?: () => string } = {},
): BoxFollower {
  let el: Element | null = null;
  let ctl: AbortController | null = null;
  let win: (Window & typeof globalThis) | null = null;
  let raf = 0;
  let still = 0;
  let frames = 0;
  let lastKey = '';
  let lastParent: Node | null = null;
  /** Elements a transition or animation runs on now (from their start/end events). */
  const moving = new Set<EventTarget>();

  /** A trigger came since the last look (or a new element): its next look hit-tests again. */
  let fresh = true;
  /** The last hit test's result, and the box it was made on. */
  let cover: { covered: boolean; overlaid: boolean } | null = null;
  let lastPlace = '';
  let aroundKey = '';

  const seeOf = (target: Element): { seen: BoxSeen; key: string } => {
    // Only whether it is in the document (and its parent, below): no layout read at all.
    if (parentOnly?.(target)) return { seen: { shown: target.isConnected, rect: null }, key: String(target.isConnected) };
    const seen = seeBox(target);
    const { rect } = seen;
    if (!rect) return { seen, key: 'gone' };
    const place = `${seen.shown}|${rect.left}|${rect.top}|${rect.width}|${rect.height}`;
    // Hit-tested on the first look after a trigger or when the box moved, not on the looks that only wait
    // for it to stay put: each hit test makes the browser bring the page's layout and pre-paint up to date
    // (on a 2,000-row chat that showed as +170 µs a key in the typing bench).
    if (seen.shown && hitTest?.(target)) {
      if (fresh || !cover || place !== lastPlace) {
        cover = coverOf(target, rect);
        // What the caller looks at around the box (the banner: a page popup where it would be), with the hit test.
        aroundKey = around?.() ?? '';
      }
      Object.assign(seen, cover);
    }
    fresh = false;
    lastPlace = place;
    return { seen, key: `${place}|${seen.covered}|${seen.overlaid}|${aroundKey}` };
  };

  const motionAround = (target: Element) => {
    for (const m of moving) {
      if (!(m instanceof Node) || !m.isConnected) moving.delete(m); // removed mid-motion: no end event comes
      else if (m.contains(target)) return true;
    }
    return false;
  };

  const look = () => {
    raf = 0;
    if (!el || !win) return;
    const target = el;
    const { seen, key } = seeOf(target);
    frames++;
    if (key !== lastKey || target.parentNode !== lastParent) {
      lastKey = key;
      lastParent = target.parentNode;
      still = 0;
      changed(target, seen);
    } else still++;
    if (el === target && frames < MAX_FRAMES && (still < STILL_FRAMES || motionAround(target))) raf = win.requestAnimationFrame(look);
  };

  /** Looks from the next frame; `hitTestAgain` false: the first look hit-tests only if the box moved (a text change). */
  const startLooks = (hitTestAgain: boolean) => {
    if (hitTestAgain) fresh = true;
    still = 0;
    frames = 0;
    if (!raf && el && win) raf = win.requestAnimationFrame(look);
  };
  const kick = () => startLooks(true);

  const stop = () => {
    ctl?.abort();
    ctl = null;
    if (raf && win) win.cancelAnimationFrame(raf);
    raf = 0;
    moving.clear();
  };

  const follower: BoxFollower = {
    watch(next) {
      if (next === el) return;
      stop();
      el = next;
      win = next?.ownerDocument.defaultView ?? null;
      fresh = true;
      cover = null;
      if (!next || !win) return;
      lastKey = seeOf(next).key;
      lastParent = next.parentNode;
      ctl = new AbortController();
      const sig = ctl.signal;
      const opts = { capture: true, passive: true, signal: sig };
      for (const type of ['scroll', 'resize'] as const) win.addEventListener(type, kick, opts);
      for (const type of MOTION_START) win.addEventListener(type, (e) => (e.target && moving.add(e.target), kick()), opts);
      for (const type of MOTION_END) win.addEventListener(type, (e) => (e.target && moving.delete(e.target), kick()), opts);
      // WATCHED: how pages show, hide and move things. A change inside the element (the agent typing) moves nothing outside it, and its size is the
      // ResizeObserver's: not a reason to look (a keystroke costs no layout read here).
      // Round 60 (guard60): text rewritten elsewhere (the workbench's 500 cards' countdowns, each second) can reflow and move
      // the box, which the looks see, but shows nothing over it: no hit test for it (3 elementFromPoint and the banner's
      // elementsFromPoint grid, each bringing the whole page's layout and pre-paint up to date) unless the box moved.
      const mutations = new win.MutationObserver((records) => {
        let outside = false;
        for (const r of records) {
          if (next.contains(r.target)) continue;
          if (!onlyText(r)) return kick();
          outside = true;
        }
        if (outside) startLooks(false);
      });
      mutations.observe(next.ownerDocument.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED });
      // The same-origin documents around its frame (the banner goes into the outermost): a dialog opened there.
      const outer: MutationObserver[] = [];
      try {
        for (let w: Window = win; w.parent !== w && w.frameElement; w = w.parent) {
          const pw = w.parent as Window & typeof globalThis;
          const o = new pw.MutationObserver(kick);
          o.observe(pw.document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED });
          outer.push(o);
        }
      } catch {
        // a cross-origin parent: nothing of it to watch
      }
      const sizes = typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(kick) : null;
      sizes?.observe(next);
      sig.addEventListener('abort', () => {
        mutations.disconnect();
        for (const o of outer) o.disconnect();
        sizes?.disconnect();
      });
    },
    kick,
  };
  signal.addEventListener('abort', () => {
    stop();
    el = null;
  });
  return follower;
}
