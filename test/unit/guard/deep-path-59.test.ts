// @vitest-environment happy-dom
// Round 59 (guard59, item 1): deepPath asked chrome.dom.openOrClosedShadowRoot of every event's target, up to ten times a keydown
// (every handler of the send interceptor, the start-up hold, the trackers), and a trace of a blocked 20k-character draft showed
// that call at 95–400 ms of self time. It is now asked only of an element that can host a shadow root (a custom element or a
// standard host: div, span, p, section…), once per event: a textarea's or an input's keydown never asks; a closed-root composer is
// still reached.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closedRootOf, deepPath, mayHostShadowRoot } from '../../../content/guard/deep-path';

const roots = new Map<Element, ShadowRoot>();
const openOrClosedShadowRoot = vi.fn((el: Element) => roots.get(el) ?? null);
beforeEach(() => {
  (globalThis as unknown as { chrome: unknown }).chrome = { dom: { openOrClosedShadowRoot } };
  openOrClosedShadowRoot.mockClear();
  roots.clear();
});
afterEach(() => {
  delete (globalThis as unknown as { chrome?: unknown }).chrome;
  document.body.innerHTML = '';
});

/** Dispatches `event` at `target` and calls deepPath `times` from a window capture listener, as the guard's handlers do. */
function pathsDuring(target: EventTarget, event: Event, times: number): EventTarget[][] {
  const paths: EventTarget[][] = [];
  const listen = () => {
    for (let i = 0; i < times; i++) paths.push(deepPath(event));
  };
  window.addEventListener(event.type, listen, { capture: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listen, { capture: true });
  return paths;
}

describe('round 59: deepPath asks chrome.dom only where a closed shadow root can be, once per event', () => {
  it('a keydown in a textarea or an input never asks; in a div (contenteditable) it asks once for ten reads', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><input id="i"><div id="d" contenteditable="true"></div>';
    for (const id of ['t', 'i']) pathsDuring(document.getElementById(id)!, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }), 10);
    expect(openOrClosedShadowRoot).not.toHaveBeenCalled();
    const paths = pathsDuring(document.getElementById('d')!, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }), 10);
    expect(openOrClosedShadowRoot).toHaveBeenCalledTimes(1);
    expect(paths.every((p) => p === paths[0] && p[0] === document.getElementById('d'))).toBe(true);
  });

  it('the elements that may host one: custom elements and the standard hosts; not a textarea, input, button, img or a', () => {
    for (const tag of ['div', 'span', 'p', 'section', 'article', 'body', 'h3', 'x-composer', 'chat-send-box']) expect(mayHostShadowRoot(document.createElement(tag)), tag).toBe(true);
    for (const tag of ['textarea', 'input', 'button', 'img', 'a', 'li', 'form']) expect(mayHostShadowRoot(document.createElement(tag)), tag).toBe(false);
    expect(closedRootOf(document.createElement('textarea'))).toBeNull();
    expect(openOrClosedShadowRoot).not.toHaveBeenCalled();
  });

  it('a composer in a closed root of a custom element (and of a div) is still reached: the path goes into it', () => {
    for (const tag of ['x-composer', 'div']) {
      document.body.innerHTML = '';
      const host = document.body.appendChild(document.createElement(tag));
      const root = host.attachShadow({ mode: 'closed' });
      roots.set(host, root);
      const field = root.appendChild(document.createElement('textarea'));
      field.focus();
      const [path] = pathsDuring(host, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }), 1);
      expect(path![0], tag).toBe(field);
      expect(path).toContain(host);
    }
  });

  it('a path read after the dispatch (empty) is not kept, and each event gets its own', () => {
    document.body.innerHTML = '<div id="d"></div>';
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
    expect(deepPath(event)).toEqual([]);
    const [during] = pathsDuring(document.getElementById('d')!, event, 1);
    expect(during![0]).toBe(document.getElementById('d'));
    const [other] = pathsDuring(document.body, new KeyboardEvent('keydown', { key: 'a', bubbles: true }), 1);
    expect(other![0]).toBe(document.body);
  });
});
