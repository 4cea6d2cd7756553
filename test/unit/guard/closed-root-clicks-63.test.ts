// @vitest-environment happy-dom
// Round 63 (guard63): clicks inside a CLOSED shadow root. Outside one, Chromium's composed path stops at the root's host, so
// (1) the guard's own click listener (attach.ts: a row's 回复 lending its sense to the dialog it opens, confirm openers) and the
// document_start listener keeping clicks heard before the guard came (early-capture.ts) never saw the control clicked: they read
// composedPath(). They read deepPath (deep-path.ts) now. (2) deepPath found a mouse event's inner target by
// elementFromPoint(clientX, clientY); a click the keyboard made (Space / Enter on a focused control) has detail 0 and clientX/Y 0,0
// in Chromium (measured in test/e2e/guard-closed-root-send-guard63.spec.ts), where another element stands. It goes to the root's
// focused element now, as a key does.
// happy-dom neither retargets (test/support/closed-shadow.ts does) nor has ShadowRoot.elementFromPoint: pointAt below answers it
// from the elements' data-point, as the layout would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deepPath } from '../../../content/guard/deep-path';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { dialogsShownAtClick, noteReplyOpener, ownSendOf } from '../../../sites/own-send';
import { closedShadowRoot, installClosedRootApi, retargetOutsideClosedRoots } from '../../support/closed-shadow';

let ctl: AbortController;
let root: ShadowRoot;
const $ = (sel: string) => (document.querySelector(sel) ?? root.querySelector(sel)) as HTMLElement;

/** ShadowRoot.elementFromPoint as the layout answers it: the element whose data-point is "x,y" (a strip at the root's top at 0,0). */
function pointAt(signal: AbortSignal): void {
  const had = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'elementFromPoint');
  Object.defineProperty(ShadowRoot.prototype, 'elementFromPoint', {
    configurable: true,
    value(this: ShadowRoot, x: number, y: number) {
      return this.querySelector(`[data-point="${x},${y}"]`);
    },
  });
  signal.addEventListener('abort', () => {
    if (had) Object.defineProperty(ShadowRoot.prototype, 'elementFromPoint', had);
    else delete (ShadowRoot.prototype as unknown as { elementFromPoint?: unknown }).elementFromPoint;
  });
}

const ROW = `<div class="strip" data-point="0,0">评价列表</div>
<div class="row"><span>买家 小王</span> <span>评价：质量很差，和描述不符</span> <a href="javascript:;" id="o1" data-point="575,380">回复</a></div>
<textarea id="note"></textarea>`;
const DIALOG =
  '<div class="dlg" role="dialog"><div class="title">处理</div><textarea id="f"></textarea><div class="foot"><button class="cancel">取 消</button><button id="b">确 定</button></div></div>';

beforeEach(() => {
  ctl = new AbortController();
  // Registered before the code under test's window listeners, as Chromium's retargeting comes before any listener.
  installClosedRootApi(ctl.signal);
  retargetOutsideClosedRoots(['click'], ctl.signal);
  pointAt(ctl.signal);
  // An earlier opener's sense forgotten (a click on a control outside any dialog), as on a fresh page.
  document.body.innerHTML = '<button id="reset">刷新</button>';
  noteReplyOpener([$('#reset'), document.body]);
  const host = document.body.appendChild(document.createElement('x-reviews'));
  root = closedShadowRoot(host);
  root.innerHTML = ROW;
  // The page's own handler: the row's 回复 opens a <body> dialog titled only 处理.
  root.getElementById('o1')!.addEventListener('click', () => {
    document.querySelector('.dlg')?.remove();
    document.body.insertAdjacentHTML('beforeend', DIALOG);
  });
});
afterEach(() => {
  ctl.abort();
  document.body.innerHTML = '';
});

/** A click the keyboard makes on the focused `el` (Chromium: detail 0, no coordinates). */
const keyboardClick = (el: HTMLElement) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 0, clientX: 0, clientY: 0 }));
/** A mouse click on `el` at (x, y). */
const mouseClick = (el: HTMLElement, x: number, y: number) =>
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1, clientX: x, clientY: y }));

/** deepPath of the next `type` event, read from a window capture listener as the guard's handlers read it. */
function nextDeepPath(type: string): () => EventTarget[] {
  let path: EventTarget[] = [];
  window.addEventListener(type, (e) => (path = deepPath(e)), { capture: true, once: true, signal: ctl.signal });
  return () => path;
}

describe('round 63: deepPath of a click inside a closed shadow root', () => {
  it('a click by the keyboard (detail 0, at 0,0) reaches the focused control, not the element standing at 0,0', () => {
    const o1 = $('#o1');
    o1.focus();
    const path = nextDeepPath('click');
    keyboardClick(o1);
    expect(path()[0]).toBe(o1);
    expect(path()).toContain(root.host);
  });

  it('a mouse click still reaches the element under the pointer', () => {
    const path = nextDeepPath('click');
    mouseClick($('#o1'), 575, 380);
    expect(path()[0]).toBe($('#o1'));
  });

  it('a click by the keyboard with nothing focused in the root stops at its host, as before', () => {
    $('#reset').focus();
    const path = nextDeepPath('click');
    keyboardClick($('#o1'));
    expect(path()[0]).toBe(root.host);
  });
});

describe('round 63: a closed root’s row 回复 clicked before the guard came (early-capture.ts) lends its sense', () => {
  for (const how of ['mouse', 'keyboard'] as const) {
    it(`by ${how}: the dialog’s 确 定 is its field’s send once the guard noted the early click`, () => {
      const capture = installEarlyCapture(window, ctl.signal, null, dialogsShownAtClick);
      const o1 = $('#o1');
      o1.focus();
      if (how === 'mouse') mouseClick(o1, 575, 380);
      else keyboardClick(o1);
      expect(ownSendOf($('#f')), 'not noted yet: no send').toBeNull();
      for (const early of capture.takeEarlyClicks()) noteReplyOpener(early.path, early);
      expect(ownSendOf($('#f'))).toBe($('#b'));
    });
  }
});
