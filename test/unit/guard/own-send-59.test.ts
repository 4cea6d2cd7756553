// @vitest-environment happy-dom
// Round 59 (guard59, item 3): a 工作记录 (work-log) row whose text holds a 回复买家 label (已回复买家, a tag) read as a buyer row:
// BUYER_ROW found 买家 in the row's words before INTERNAL_TITLE was asked, so the note opened from it (添加备注, or its 回复) was
// judged a buyer reply. Now the row's sense comes from what the row is — its heading or leading words, or a section's heading —
// and only a row with no such title is read by its words (the safe side for an unknown row).
import { describe, expect, it } from 'vitest';
import { isInternalNoteCommit, isInternalNoteField, noteReplyOpener, ownSendOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = '<button id="reset">刷新</button>';
  noteReplyOpener([document.querySelector('#reset')!, document.body]);
  document.body.innerHTML = html; // fixture markup
}
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const click = (sel: string) => {
  const path: EventTarget[] = [];
  for (let n: Element | null = $(sel); n; n = n.parentElement) path.push(n);
  noteReplyOpener(path);
};
/** The page's untitled dialog: a textarea, 取 消 and a bare commit. */
const openDialog = (commit = '提 交') => {
  document.querySelector('.dlg')?.remove();
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div class="dlg" role="dialog"><textarea id="f" placeholder="请输入"></textarea><div class="foot"><button class="cancel">取 消</button><button id="b">${commit}</button></div></div>`,
  );
};
const internalCommit = () => isInternalNoteCommit($('#f'), $('#b'));

const WORK_LOG = `<div class="list">
<div class="row"><span class="txt">工作记录 张三 12:00 物流已催</span> <span class="tag">回复买家</span> <button id="add">添加备注</button> <span class="op" id="reply">回复</span></div>
<div class="row"><span class="txt">工作记录 李四 12:30 已回复买家，等待物流</span> <button id="add2">添加备注</button></div>
<div class="row"><span class="time">12:45</span> <span class="txt">工作记录：买家催发货，已回复买家</span> <a href="javascript:;" id="edit">编辑</a></div>
</div>`;

describe('round 59: a 工作记录 row is internal by what it is, whatever 回复买家 label its text holds', () => {
  for (const [what, sel] of [
    ['a 回复买家 tag beside it, 添加备注', '#add'],
    ['a 回复买家 tag beside it, its bare <span>回复', '#reply'],
    ['已回复买家 in its text, 添加备注', '#add2'],
    ['a time first, then 工作记录 and 买家 in its text, <a>编辑', '#edit'],
  ] as const) {
    for (const commit of ['提 交', '确 定']) {
      it(`${what}, ${commit}: a note’s commit, no send`, () => {
        page(WORK_LOG);
        click(sel);
        openDialog(commit);
        expect(internalCommit()).toBe(true);
        expect(ownSendOf($('#f'))).toBeNull();
      });
    }
  }

  it('rows under a section headed 工作记录 (the rows say only a name and 已回复买家) are internal', () => {
    page(`<section><h3>工作记录</h3><ul>
<li><span>张三：已回复买家</span> <button id="li1">编辑</button></li>
<li><span>李四：回复买家物流单号</span> <button id="li2">添加备注</button></li></ul></section>`);
    for (const sel of ['#li1', '#li2']) {
      click(sel);
      openDialog();
      expect(internalCommit(), sel).toBe(true);
    }
  });

  it('a 跟进记录 card titled by a .card-title keeps its internal sense for a note opened from a row saying 买家', () => {
    page(`<div class="card"><div class="card-title">跟进记录</div><div class="items">
<div class="it"><span>张三：买家来电询问退款</span> <button id="f1">添加备注</button></div></div></div>`);
    click('#f1');
    openDialog();
    expect(internalCommit()).toBe(true);
  });
});

describe('round 59: buyer rows and unknown rows keep their sense (the safe side)', () => {
  it('a buyer’s review row (买家 first, or a 评价 heading) still lends the buyer sense to its 回复: the 确 定 is the field’s send', () => {
    page(`<div class="list">
<div class="row"><span>内部备注：已联系仓库</span> <span class="op" id="n">回复</span></div>
<div class="row"><span>买家 小王</span> <span>评价：质量很差，已回复买家两次</span> <span class="op" id="r1">回复</span></div>
<div class="row"><span>小王：质量很差</span> <span class="tag">评价</span> <span class="op" id="r2">回复</span></div>
</div>`);
    for (const sel of ['#r1', '#r2']) {
      click(sel);
      openDialog('确 定');
      expect(internalCommit(), sel).toBe(false);
      expect(ownSendOf($('#f')), sel).toBe($('#b'));
    }
    click('#n');
    openDialog('确 定');
    expect(internalCommit()).toBe(true);
  });

  it('a row with no title, its words saying 已回复买家: unknown, the 提 交 stays a send', () => {
    page(`<div class="list"><div class="row"><span>张三 12:00 已回复买家</span> <button id="u">添加备注</button></div></div>`);
    click('#u');
    openDialog();
    expect(internalCommit()).toBe(false);
  });

  it('a 工作记录 row’s 回复买家 opener addresses the buyer: no internal sense', () => {
    page(`<div class="row"><span>工作记录 张三：待回电</span> <button id="w">回复买家</button></div>`);
    click('#w');
    openDialog();
    expect(internalCommit()).toBe(false);
  });

  it('a list whose first row is internal does not make a later untitled buyer row internal', () => {
    page(`<div class="list">
<div class="row"><span>内部备注：已联系仓库</span> <span class="op">回复</span></div>
<div class="row"><span>小王：质量很差（评价）</span> <span class="op" id="late">回复</span></div></div>`);
    click('#late');
    openDialog('确 定');
    expect(internalCommit()).toBe(false);
  });
});

describe('round 59 (item 4): the note of a dialog an internal row opened is an internal note field (an Enter in it is no send)', () => {
  it('an internal row’s opener: the dialog’s field is a note; a buyer row’s, an unknown opener’s or a buyer-named field is not', () => {
    page(WORK_LOG + '<div class="row"><span>买家 小王</span> <span>评价：差</span> <span class="op" id="buyer">回复</span></div><div class="toolbar"><button id="new">新建</button></div>');
    click('#add');
    openDialog();
    expect(isInternalNoteField($('#f'))).toBe(true);
    click('#buyer');
    openDialog();
    expect(isInternalNoteField($('#f'))).toBe(false);
    click('#new');
    openDialog();
    expect(isInternalNoteField($('#f'))).toBe(false);
    click('#add');
    openDialog();
    $('#f').setAttribute('placeholder', '回复买家（买家可见）');
    expect(isInternalNoteField($('#f'))).toBe(false);
  });
});
