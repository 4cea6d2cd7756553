// Closed shadow roots for happy-dom unit tests (round 62): the extension reaches into one through chrome.dom.openOrClosedShadowRoot
// (content/guard/deep-path.ts closedRootOf), stubbed here; and happy-dom does not retarget a focusin outside a closed root.

/** The closed roots made by closedShadowRoot, as chrome.dom.openOrClosedShadowRoot answers for them. */
const closedRoots = new Map<Element, ShadowRoot>();

/** A closed shadow root on `host`, reachable through the stubbed chrome.dom (installClosedRootApi). */
export function closedShadowRoot(host: Element): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  closedRoots.set(host, root);
  return root;
}

/**
 * Stubs the isolated world's chrome.dom, and gives focusin Chromium's retargeting, which happy-dom lacks: outside a closed root a
 * focusin's composedPath() starts at the root's host (happy-dom gives the field itself). The listener is registered before the
 * code under test's: it stops happy-dom's event at the window and sends the one a listener there gets in the browser, from the host.
 * Undone when `signal` aborts.
 */
export function installClosedRootApi(signal: AbortSignal): void {
  (globalThis as unknown as { chrome: unknown }).chrome = { dom: { openOrClosedShadowRoot: (el: Element) => closedRoots.get(el) ?? el.shadowRoot ?? null } };
  let retargeting = false;
  const retarget = (e: Event) => {
    if (retargeting) return;
    const host = [...closedRoots].find(([, root]) => e.composedPath().includes(root))?.[0];
    if (!host) return;
    e.stopImmediatePropagation();
    retargeting = true;
    host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    retargeting = false;
  };
  window.addEventListener('focusin', retarget, { capture: true, signal });
  signal.addEventListener('abort', () => {
    delete (globalThis as unknown as { chrome?: unknown }).chrome;
    closedRoots.clear();
  });
}

/**
 * Chromium's retargeting of `types` for a listener outside a closed root (round 62, closedroot62): composedPath() leaves out the
 * root and what is inside it, so it starts at the host. A window capture listener, registered before the code under test's,
 * patches each event's composedPath for the rest of its dispatch; a listener inside the root still gets the whole path.
 */
export function retargetOutsideClosedRoots(types: readonly string[], signal: AbortSignal): void {
  const inside = (n: EventTarget | null) => n instanceof Node && [...closedRoots.values()].some((root) => root === n || root.contains(n));
  for (const type of types) {
    window.addEventListener(
      type,
      (e) => {
        const whole = e.composedPath.bind(e);
        e.composedPath = () => (inside(e.currentTarget) ? whole() : whole().filter((n) => !inside(n)));
      },
      { capture: true, signal },
    );
  }
}
