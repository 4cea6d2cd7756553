// @vitest-environment happy-dom
// Round 57 (guard57, rt55g F4): a review row's 回复 that is a bare <span> / <div> (no button, no role, no href) opens an untitled
// dialog: its 确 定 is the reply's send, as after a row's <a>回复 (round 54). A bare label that says nothing of a reply, a row's text,
// an internal row and a dialog shown before the click carry nothing; a click on another bare label outside forgets the sense.
import { describe, expect, it } from 'vitest';
import { noteReplyOpener, ownSendOf } from '../../../sites/own-send';

/** A fresh page: the sense of an earlier test's opener is forgotten (a click on another control outside any dialog). */
function page(html: string): void {
  document.body.innerHTML = '<button id="reset">刷新</button>';
  noteReplyOpener([document.querySelector('#reset')!, document.body]);
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;
/** A click's composed path from `sel` up to <html>, as the browser gives it. */
const pathOf = (sel: string): EventTarget[] => {
  const out: EventTarget[] = [];
  for (let n: Element | null = $(sel); n; n = n.parentElement) out.push(n);
  return out;
};
const click = (sel: string) => noteReplyOpener(pathOf(sel));
/** The page's untitled dialog: a textarea, 取 消 and 确 定. */
const DIALOG =
  '<div class="dlg" role="dialog"><textarea id="f"></textarea><div class="foot"><button class="cancel">取 消</button><button id="b">确 定</button></div></div>';
const openDialog = () => {
  document.querySelector('.dlg')?.remove();
  document.body.insertAdjacentHTML('beforeend', DIALOG);
};

const ROWS = `<input id="q" placeholder="搜索评价">
<div class="row"><span>买家 小王</span> <span id="txt">评价：质量很差，和描述不符</span> <span class="op" id="o1">回复</span></div>
<div class="row"><div>买家 小李</div><div>追评：物流太慢</div><div class="op" id="o2"><i class="icon" id="i2"></i>回复</div></div>
<div class="row"><span>内部备注：已联系仓库跟进</span> <span class="op" id="o3">回复</span></div>
<div class="row"><span>买家 小张 评价：好评</span> <span class="op" id="o4">查看</span> <span class="op" id="o5">回复评价</span></div>`;

describe('round 57 (rt55g F4): a bare <span> / <div> 回复 in a buyer row lends its sense to the untitled dialog it opens', () => {
  for (const [what, sel] of [
    ['<span>回复', '#o1'],
    ['<div>回复', '#o2'],
    ['the icon inside a <div>回复', '#i2'],
    ['<span>回复评价', '#o5'],
  ] as const) {
    it(`${what}: the dialog's 确 定 is the field's send`, () => {
      page(ROWS);
      click(sel);
      openDialog();
      expect(ownSendOf($('#f'))).toBe($('#b'));
    });
  }

  it('without the row click the untitled dialog has no send (the old behaviour, unchanged)', () => {
    page(ROWS);
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('an internal row’s bare 回复 carries nothing', () => {
    page(ROWS);
    click('#o3');
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('a bare label that is no reply opener (查看) carries nothing, and forgets an earlier 回复', () => {
    page(ROWS);
    click('#o4');
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
    click('#o1');
    click('#o4');
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('a click on a row’s longer text or in the search box neither carries nor forgets', () => {
    page(ROWS);
    click('#txt');
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
    click('#o1');
    click('#txt');
    click('#q');
    openDialog();
    expect(ownSendOf($('#f'))).toBe($('#b'));
  });

  it('a click inside the dialog (its field, its 取 消) keeps the sense', () => {
    page(ROWS);
    click('#o1');
    openDialog();
    click('#f');
    click('.cancel');
    expect(ownSendOf($('#f'))).toBe($('#b'));
  });

  it('a dialog already shown before the click is not carried', () => {
    page(ROWS + DIALOG);
    click('#o1');
    expect(ownSendOf($('#f'))).toBeNull();
  });

  it('a bare element holding a field or a button is no text control (a row, a box)', () => {
    page('<div class="row" id="r">买家评价 <button>回复</button></div><div id="w">回复<input></div>');
    click('#r');
    click('#w');
    openDialog();
    expect(ownSendOf($('#f'))).toBeNull();
  });
});
