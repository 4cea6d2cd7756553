// @vitest-environment happy-dom
// Round 62 (closedroot62): the guard's own key and input handlers on window read the event's composedPath()[0]. Outside a CLOSED
// shadow root Chromium's path starts at the root's host, so for a composer inside one: Tab after a stopped send did not enter the
// banner, Esc did not collapse it, and the lint right after the page's input handlers was not asked for (only the later timer
// one ran). happy-dom does not retarget at all; retargetOutsideClosedRoots below gives its events Chromium's path. The open-root
// and light-DOM composers are the same checks, which passed before and must still pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGuard, type GuardDeps } from '../../../content/guard/guard';
import { createLinter } from '../../../rules/engine';
import { closedShadowRoot, installClosedRootApi, retargetOutsideClosedRoots } from '../../support/closed-shadow';

const linter = createLinter({ rules: [], deny: [{ term: '禁词甲', clause: '2.3', severity: 'block' }] });

let ctl: AbortController;
let deps: GuardDeps;
let field: HTMLTextAreaElement;
/**
 * happy-dom's ShadowRoot.activeElement throws when the focus is in ANOTHER shadow root (it walks past the document to its
 * missing host); the banner's own root asks it on every redraw. Only then is this root not on the focus's way up: the standard's
 * answer there is null.
 */
const happyActiveElement = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'activeElement')!;
function fixShadowActiveElement(signal: AbortSignal): void {
  Object.defineProperty(ShadowRoot.prototype, 'activeElement', {
    configurable: true,
    get(this: ShadowRoot) {
      try {
        return happyActiveElement.get!.call(this);
      } catch {
        return null;
      }
    },
  });
  signal.addEventListener('abort', () => Object.defineProperty(ShadowRoot.prototype, 'activeElement', happyActiveElement));
}

beforeEach(() => {
  ctl = new AbortController();
  fixShadowActiveElement(ctl.signal);
  installClosedRootApi(ctl.signal);
  retargetOutsideClosedRoots(['keydown', 'input'], ctl.signal);
  deps = { doc: document, adapters: [], linter: () => linter, storeText: () => false, log: () => undefined, report: () => undefined, isTopFrame: true };
});
afterEach(() => {
  ctl.abort();
  document.documentElement.removeAttribute('data-replyguard-attached');
  document.body.innerHTML = '';
});

type Where = 'closed' | 'open' | 'light';

/** The composer and its 发送: in a web component's closed or open shadow root, or in the document itself. */
function composerIn(where: Where): void {
  const markup = '<div class="chat"><textarea></textarea><button id="send">发送</button></div>'; // fixture markup
  const host = document.body.appendChild(document.createElement('x-chat'));
  let root: ShadowRoot | HTMLElement = host;
  if (where === 'closed') root = closedShadowRoot(host);
  if (where === 'open') root = host.attachShadow({ mode: 'open' });
  root.innerHTML = markup;
  field = root.querySelector('textarea')!;
  field.focus();
}

const bannerRoot = () => document.querySelector('[data-replyguard="banner"]')?.shadowRoot ?? null;
const bannerMode = () => bannerRoot()?.querySelector('.rg')?.getAttribute('data-mode') ?? null;
const bannerCollapsed = () => bannerRoot()?.querySelector('.rg')?.getAttribute('data-collapsed') ?? null;
const focusInBanner = () => !!bannerRoot()?.activeElement;

function key(k: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, composed: true });
  field.dispatchEvent(e);
  return e;
}
function type(text: string): void {
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}
/** A violating draft stopped by Enter: the banner is up in its blocked state. */
function stoppedSend(): void {
  runGuard(deps, ctl.signal);
  expect(document.documentElement.getAttribute('data-replyguard-attached'), 'the composer found').toBe('generic');
  type('您好禁词甲');
  expect(key('Enter').defaultPrevented, 'the violating Enter stopped').toBe(true);
  expect(bannerMode()).toBe('blocked');
}

describe('round 62 (closedroot62): keys and input in a composer inside a shadow root reach the guard as in the document', () => {
  for (const where of ['closed', 'open', 'light'] as const) {
    it(`${where}: Tab after a stopped send enters the banner (the page does not get it)`, () => {
      composerIn(where);
      stoppedSend();
      expect(focusInBanner()).toBe(false);
      expect(key('Tab').defaultPrevented, 'the Tab is the banner’s').toBe(true);
      expect(focusInBanner(), 'the focus is on the banner’s first control').toBe(true);
    });

    it(`${where}: Esc with the banner open collapses it (the page does not get it)`, () => {
      composerIn(where);
      stoppedSend();
      expect(bannerCollapsed()).toBe('false');
      expect(key('Escape').defaultPrevented, 'the Esc is the banner’s').toBe(true);
      expect(bannerCollapsed()).toBe('true');
    });

    it(`${where}: a violating draft typed is linted right after the input event (a microtask), not a timer later`, async () => {
      composerIn(where);
      runGuard(deps, ctl.signal);
      expect(document.documentElement.getAttribute('data-replyguard-attached')).toBe('generic');
      // The start's own first pass (a timer) out of the way, so that only this input's request is pending.
      await new Promise((r) => setTimeout(r, 5));
      expect(bannerMode(), 'nothing typed: no banner yet').not.toBe('typing');
      type('您好禁词甲');
      await Promise.resolve();
      expect(bannerMode(), 'linted in the microtask after the input').toBe('typing');
    });
  }
});
