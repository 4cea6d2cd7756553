// @vitest-environment happy-dom
// Round 58 (guard58): a review row's 回复 clicked before the guard started (the lint engine loads 0.5–1 s after the page, longer under
// load) was unseen: the untitled dialog it opened had no buyer sense, so its 确 定 sent a breaking reply unjudged. The document_start
// listeners (early-capture.ts) now keep such clicks — their path, time and the dialogs shown then, element references only — and the
// guard notes them when it comes (attach.ts: noteReplyOpener(path, early)), as if it had heard them.
import { afterEach, describe, expect, it } from 'vitest';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { dialogsShownAtClick, noteReplyOpener, ownSendOf } from '../../../sites/own-send';

const ROWS = `<button id="reset">刷新</button>
<div class="row"><span>买家 小王</span> <span>评价：质量很差，和描述不符</span> <span class="op" id="o1">回复</span></div>
<div class="row"><span>内部备注：已联系仓库跟进</span> <span class="op" id="o3">回复</span></div>
<div class="row"><span>买家 小张 评价：好评</span> <span class="op" id="o4">查看</span></div>`;
const DIALOG =
  '<div class="dlg" role="dialog"><textarea id="f"></textarea><div class="foot"><button class="cancel">取 消</button><button id="b">确 定</button></div></div>';
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;

let ctl: AbortController;
afterEach(() => {
  ctl?.abort();
  document.body.innerHTML = '';
});

/**
 * A page at load: the early listeners installed first (document_start), an earlier opener's sense forgotten (a click on another
 * control outside any dialog), the rows, and the page's own handler on each row control: 回复 opens the untitled dialog.
 */
function loadPage(withShownDialogs = true) {
  document.body.innerHTML = ROWS;
  noteReplyOpener([$('#reset'), document.body]);
  ctl = new AbortController();
  const capture = installEarlyCapture(window, ctl.signal, null, withShownDialogs ? dialogsShownAtClick : undefined);
  for (const op of document.querySelectorAll('.op')) {
    op.addEventListener('click', () => {
      if (op.textContent !== '回复') return;
      document.querySelector('.dlg')?.remove();
      document.body.insertAdjacentHTML('beforeend', DIALOG);
    });
  }
  return capture;
}
/** What the guard does when it comes (attach.ts): notes each early click as of its own moment. */
const guardComes = (capture: ReturnType<typeof installEarlyCapture>) => {
  for (const early of capture.takeEarlyClicks()) noteReplyOpener(early.path, early);
};

describe('round 58: a row’s 回复 clicked before the guard started lends its sense when the guard comes', () => {
  it('a buyer row’s 回复 clicked before the guard: the dialog’s 确 定 is the field’s send once the guard noted it', () => {
    const capture = loadPage();
    $('#o1').click();
    expect(ownSendOf($('#f')), 'unseen: no send (the round 53–57 behaviour without the early click)').toBeNull();
    guardComes(capture);
    expect(ownSendOf($('#f'))).toBe($('#b'));
  });

  it('the dialogs shown at the click are those of that moment: the dialog the click opened is carried, one shown before is not', () => {
    const capture = loadPage();
    document.body.insertAdjacentHTML('beforeend', DIALOG.replace('class="dlg"', 'class="old"').replace('id="f"', 'id="f0"').replace('id="b"', 'id="b0"'));
    $('#o1').click();
    const [early] = capture.takeEarlyClicks();
    expect(early!.shown).toEqual([$('.old')]);
    noteReplyOpener(early!.path, early);
    expect(ownSendOf($('#f'))).toBe($('#b'));
    expect(ownSendOf($('#f0'))).toBeNull();
  });

  it('only a click that may open a reply reads the dialogs shown (other clicks at load cost no document-wide query)', () => {
    const capture = loadPage();
    document.body.insertAdjacentHTML('beforeend', DIALOG.replace('class="dlg"', 'class="old"'));
    $('#o4').click();
    $('.row').click();
    $('#o1').click();
    expect(capture.takeEarlyClicks().map((c) => c.shown)).toEqual([[], [], [$('.old')]]);
  });

  it('an internal row’s 回复 carries nothing; a later click on another control forgets a buyer row’s 回复 (noted in order)', () => {
    let capture = loadPage();
    $('#o3').click();
    guardComes(capture);
    expect(ownSendOf($('#f'))).toBeNull();
    ctl.abort();
    capture = loadPage();
    $('#o1').click();
    $('#o4').click();
    guardComes(capture);
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('a click older than the opener’s two minutes carries nothing, however soon the guard comes', () => {
    const capture = loadPage();
    $('#o1').click();
    const [early] = capture.takeEarlyClicks();
    noteReplyOpener(early!.path, { ...early!, at: early!.at - 2 * 60_000 - 1 });
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('clicks are taken once, the last 8 at most, none after the guard took them, none when it will not come or nothing asked', () => {
    let capture = loadPage();
    for (let i = 0; i < 10; i++) $('#o4').click();
    $('#o1').click();
    const taken = capture.takeEarlyClicks();
    expect(taken).toHaveLength(8);
    expect(taken.at(-1)!.path[0]).toBe($('#o1'));
    expect(taken.every((c) => c.path.length <= 6)).toBe(true);
    $('#o1').click();
    expect(capture.takeEarlyClicks()).toEqual([]);
    ctl.abort();
    capture = loadPage();
    $('#o1').click();
    capture.release(); // switched off, or the engine failed
    expect(capture.takeEarlyClicks()).toEqual([]);
    ctl.abort();
    capture = loadPage(false);
    $('#o1').click();
    expect(capture.takeEarlyClicks()).toEqual([]);
  });

  it('nothing of the page’s text is kept: a click is its path, a time and the dialogs shown', () => {
    const capture = loadPage();
    $('#o1').click();
    const [early] = capture.takeEarlyClicks();
    expect(Object.keys(early!).sort()).toEqual(['at', 'path', 'shown']);
    expect(early!.path.slice(0, 3)).toEqual([$('#o1'), $('#o1').parentElement, document.body]);
    expect(early!.shown).toEqual([]);
  });
});
