// @vitest-environment happy-dom
// Round 62 (closedroot62): rememberFieldNames (sites/draft-scope.ts) keeps a field's placeholder when it is focused, before a page
// that clears it on focus does (round 46b). It read the focus event's composedPath()[0]: outside a CLOSED shadow root that is
// the root's host, so a field inside one lost its name. happy-dom does not retarget; retargetOutsideClosedRoots gives the focus
// event Chromium's path. The open root and the document are the same check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fieldName, rememberFieldNames } from '../../../sites/draft-scope';
import { closedShadowRoot, installClosedRootApi, retargetOutsideClosedRoots } from '../../support/closed-shadow';

let ctl: AbortController;

beforeEach(() => {
  ctl = new AbortController();
  installClosedRootApi(ctl.signal);
  retargetOutsideClosedRoots(['focus'], ctl.signal);
  rememberFieldNames(window, ctl.signal);
});
afterEach(() => {
  ctl.abort();
  document.body.innerHTML = '';
});

describe('round 62 (closedroot62): a placeholder cleared on focus is remembered for a field in any root', () => {
  for (const where of ['closed', 'open', 'light'] as const) {
    it(`${where}: the name seen before the focus is the field's name after the page cleared it`, () => {
      const host = document.body.appendChild(document.createElement('x-chat'));
      let root: ShadowRoot | HTMLElement = host;
      if (where === 'closed') root = closedShadowRoot(host);
      if (where === 'open') root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<input placeholder="请输入消息，按 Enter 发送">'; // fixture markup
      const input = root.querySelector('input')!;
      input.addEventListener('focus', () => (input.placeholder = ''));
      input.focus();
      expect(input.placeholder, 'the page cleared it').toBe('');
      expect(fieldName(input)).toContain('请输入消息');
    });
  }
});
