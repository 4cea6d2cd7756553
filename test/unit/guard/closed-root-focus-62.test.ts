// @vitest-environment happy-dom
// Round 62 (engstart62): the cause of round 61's revert (guard-unseen-pages-49b 'finding 4' lost with the engine injected). A
// composer inside a CLOSED shadow root was found only when it already had the focus as the guard started (attach.ts
// deepActiveElement looks into closed roots through chrome.dom). Focused after the start, the only news is the focusin event,
// and the tracker read that event's composedPath()[0]: outside a closed root that is the host, not the field, so the composer
// was never found and the guard reported 「未找到聊天输入框」. Which came first depended on how fast the engine arrived: by
// import() after the e2e test's focus, injected (compiled code kept) often before it. Here both orders are forced.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGuard, type GuardDeps } from '../../../content/guard/guard';
import { createLinter } from '../../../rules/engine';
import type { GuardStatus } from '../../../utils/messages';
import { closedShadowRoot, installClosedRootApi } from '../../support/closed-shadow';

const linter = createLinter({ rules: [] });

let ctl: AbortController;
let reported: GuardStatus[];
let deps: GuardDeps;
let field: HTMLTextAreaElement;

beforeEach(() => {
  reported = [];
  ctl = new AbortController();
  installClosedRootApi(ctl.signal);
  deps = { doc: document, adapters: [], linter: () => linter, storeText: () => false, log: () => undefined, report: (s) => reported.push(s), isTopFrame: true };
});
afterEach(() => {
  ctl.abort();
  document.documentElement.removeAttribute('data-replyguard-attached');
  document.body.innerHTML = '';
});

/** A web component <x-chat> whose `mode` shadow root holds the composer and its 发送. */
function shadowComposer(mode: 'open' | 'closed'): void {
  const host = document.body.appendChild(document.createElement('x-chat'));
  const root = mode === 'closed' ? closedShadowRoot(host) : host.attachShadow({ mode });
  root.innerHTML = '<div class="chat"><textarea></textarea><button id="send">发送</button></div>'; // fixture markup
  field = root.querySelector('textarea')!;
}

const attachedAs = () => document.documentElement.getAttribute('data-replyguard-attached');

describe('round 62: a composer in a shadow root is found whether it was focused before or after the guard started', () => {
  for (const mode of ['closed', 'open'] as const) {
    it(`${mode} root, focused AFTER the guard started (the order the injected engine brought): found at the focus`, () => {
      shadowComposer(mode);
      runGuard(deps, ctl.signal);
      expect(attachedAs(), 'nothing focused, nothing found in the document: not attached yet').toBeNull();
      field.focus();
      expect(attachedAs(), 'the focus found it').toBe('generic');
      expect(reported.at(-1)).toMatchObject({ attached: true, site: 'generic' });
    });

    it(`${mode} root, focused BEFORE the guard started (the order import() brought): found at the start`, () => {
      shadowComposer(mode);
      field.focus();
      runGuard(deps, ctl.signal);
      expect(attachedAs()).toBe('generic');
      expect(reported.at(-1)).toMatchObject({ attached: true, site: 'generic' });
    });
  }
});
