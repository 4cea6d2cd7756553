// The event's composed path into closed shadow roots. Its own module: the start-up hold (guard-early, a
// document_start script kept small) needs it as well as the send interceptor.

type DomApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

const asElement = (t: EventTarget | null): Element | null => (t && (t as Node).nodeType === 1 ? (t as Element) : null);

/**
 * The standard elements attachShadow() accepts (DOM standard, "valid shadow host name"); any other built-in element (a textarea,
 * an input, a button, an img…) can host no shadow root, closed or open.
 */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** Whether `el` may host a shadow root: one of SHADOW_HOSTS, or a custom element (its name has a hyphen), in any namespace's HTML. */
export function mayHostShadowRoot(el: Element): boolean {
  const name = el.localName;
  return name.includes('-') || SHADOW_HOSTS.has(name);
}

/**
 * A closed shadow root (open ones are already on the composed path), through the extension's chrome.dom API. Asked only of an element
 * that can host one (round 59, guard59): the call may bring the page's pending style and layout work forward (a trace of a blocked
 * 20k-character draft showed it at 95–400 ms of self time), and a textarea or an input, the usual event target, never hosts one.
 */
export function closedRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot || !mayHostShadowRoot(el)) return null;
  try {
    return (globalThis as unknown as { chrome?: DomApi }).chrome?.dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether a mouse event's coordinates say where its target is. A click made by the keyboard (Space / Enter on a focused 发送) has no
 * pointer: Chromium gives it detail 0 and clientX/Y 0,0, where another element stands (round 63, guard63). It goes to the focused
 * element, as a key does; so does a click() a script makes (also detail 0 at 0,0), whose own target the closed root hides anyway.
 * A click with a count or a place is the pointer's.
 */
const pointsAtTarget = (event: Event): boolean => {
  if (!('clientX' in event)) return false;
  const { detail, clientX, clientY } = event as MouseEvent;
  return !(event.type === 'click' && detail === 0 && clientX === 0 && clientY === 0);
};

/**
 * Each event's deep path, kept while the event lives (round 59, guard59): the send interceptor, the start-up hold and the trackers
 * all ask for it during one dispatch (up to ten times for a keydown), and each ask went into chrome.dom again.
 */
const pathOfEvent = new WeakMap<Event, EventTarget[]>();

/**
 * The event's composed path, extended into closed shadow roots: outside one the path stops at its host,
 * so a composer and its 发送 inside a closed web component would never be seen. The inner target is the
 * root's focused element for a key (and a click the keyboard made), the element under the pointer for a mouse event.
 */
export function deepPath(event: Event): EventTarget[] {
  const known = pathOfEvent.get(event);
  if (known) return known;
  let path = event.composedPath();
  for (let depth = 0; depth < 4; depth++) {
    const host = asElement(path[0] ?? null);
    const root = host && closedRootOf(host);
    if (!root) break;
    const inner = pointsAtTarget(event) ? root.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY) : root.activeElement;
    if (!inner || inner === host) break;
    const chain: EventTarget[] = [];
    for (let n: Node | null = inner; n && n !== host; n = n.nodeType === 11 ? null : n.parentNode) chain.push(n);
    path = [...chain, ...path];
  }
  // Only a path read during dispatch is kept: afterwards composedPath() is empty, and a later ask must not keep that.
  if (path.length) pathOfEvent.set(event, path);
  return path;
}
