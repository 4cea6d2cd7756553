// The event's composed path into closed shadow roots. Its own module: the start-up hold (guard-early, a
// document_start script kept small) needs it as well as the send interceptor.

type DomApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };

const asElement = (t: EventTarget | null): Element | null => (t && (t as Node).nodeType === 1 ? (t as Element) : null);

/** A closed shadow root (open ones are already on the composed path), through the extension's chrome.dom API. */
export function closedRootOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return null;
  try {
    return (globalThis as unknown as { chrome?: DomApi }).chrome?.dom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * The event's composed path, extended into closed shadow roots: outside one the path stops at its host,
 * so a composer and its 发送 inside a closed web component would never be seen. The inner target is the
 * root's focused element for a key, the element under the pointer for a mouse event.
 */
export function deepPath(event: Event): EventTarget[] {
  let path = event.composedPath();
  for (let depth = 0; depth < 4; depth++) {
    const host = asElement(path[0] ?? null);
    const root = host && closedRootOf(host);
    if (!root) break;
    const inner = 'clientX' in event ? root.elementFromPoint((event as MouseEvent).clientX, (event as MouseEvent).clientY) : root.activeElement;
    if (!inner || inner === host) break;
    const chain: EventTarget[] = [];
    for (let n: Node | null = inner; n && n !== host; n = n.nodeType === 11 ? null : n.parentNode) chain.push(n);
    path = [...chain, ...path];
  }
  return path;
}

