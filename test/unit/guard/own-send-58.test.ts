// @vitest-environment happy-dom
// Round 58 (guard58): a bare 提 交 / 确 定 in an untitled dialog opened from an INTERNAL row (a 内部备注, a 工作记录, a logistics
// remark 仅客服可见) was judged a buyer reply (findSendButton counts 提交 a send): false stops on internal notes. Now the dialog
// inherits the opener's sense — buyer, internal or none — as a buyer row's 回复 lent its own (rounds 54–57): an internal row's opener
// makes such a commit no send of the field (isInternalNoteCommit). Where the opener is unknown the 提交 stays a send (the safe side).
import { describe, expect, it } from 'vitest';
import { commitMayFollowOpener, isInternalNoteCommit, noteReplyOpener, ownSendOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = '<button id="reset">刷新</button>';
  noteReplyOpener([document.querySelector('#reset')!, document.body]);
  document.body.innerHTML = html; // fixture markup
}
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const pathOf = (sel: string): EventTarget[] => {
  const out: EventTarget[] = [];
  for (let n: Element | null = $(sel); n; n = n.parentElement) out.push(n);
  return out;
};
const click = (sel: string) => noteReplyOpener(pathOf(sel));
/** The page's untitled dialog: a textarea (named `name`), 取 消 and a bare commit (`commit`). */
const dialog = (commit = '提 交', name = '请输入') =>
  `<div class="dlg" role="dialog"><textarea id="f" placeholder="${name}"></textarea><div class="foot"><button class="cancel">取 消</button><button id="b">${commit}</button></div></div>`;
const openDialog = (commit?: string, name?: string) => {
  document.querySelector('.dlg')?.remove();
  document.body.insertAdjacentHTML('beforeend', dialog(commit, name));
};
const internalCommit = () => isInternalNoteCommit($('#f'), $('#b'));

const ROWS = `<div class="row"><span>内部备注：已联系仓库跟进</span> <span class="op" id="note">回复</span></div>
<div class="row"><span>工作记录 张三 12:00 物流已催</span> <button id="work">添加备注</button></div>
<div class="row"><span>内部备注 李四：待回电</span> <button id="workReply">回复买家</button></div>
<div class="row"><span>物流备注（仅客服可见）：改发顺丰</span> <a href="javascript:;" id="logi">编辑</a></div>
<div class="row"><span>买家 小王</span> <span>评价：质量很差</span> <span class="op" id="buyer">回复</span> <span class="op" id="buyerEdit">编辑</span></div>
<div class="toolbar"><button id="new">新建</button></div>`;

describe('round 58: an internal row’s opener lends its sense to the untitled dialog it opens: its bare 提 交 / 确 定 is no reply', () => {
  for (const [what, sel] of [
    ['a 内部备注 row’s bare <span>回复', '#note'],
    ['a 工作记录 row’s 添加备注', '#work'],
    ['a 仅客服可见 logistics remark’s <a>编辑', '#logi'],
  ] as const) {
    for (const commit of ['提 交', '确 定']) {
      it(`${what}, ${commit}: a note’s commit, no send`, () => {
        page(ROWS);
        click(sel);
        openDialog(commit);
        expect(internalCommit()).toBe(true);
        expect(commitMayFollowOpener($('#b'))).toBe(true);
      });
    }
  }

  it('a buyer row’s 回复 keeps the buyer sense: the 提 交 is a send, the 确 定 the field’s own (round 54–57)', () => {
    page(ROWS);
    click('#buyer');
    openDialog();
    expect(internalCommit()).toBe(false);
    openDialog('确 定');
    expect(ownSendOf($('#f'))).toBe($('#b'));
  });

  it('no opener known (a toolbar’s 新建, nothing clicked, a buyer row’s 编辑): the safe side, the 提 交 stays a send', () => {
    page(ROWS);
    openDialog();
    expect(internalCommit()).toBe(false);
    click('#new');
    openDialog();
    expect(internalCommit()).toBe(false);
    click('#buyerEdit');
    openDialog();
    expect(internalCommit()).toBe(false);
  });

  it('an internal row’s 回复买家 addresses the buyer: no internal sense', () => {
    page(ROWS);
    click('#workReply');
    openDialog();
    expect(internalCommit()).toBe(false);
  });

  it('a 发送 in that dialog stays a send; a field named 回复买家 / 买家可见 is the buyer’s', () => {
    page(ROWS);
    click('#note');
    openDialog('发 送');
    expect(internalCommit()).toBe(false);
    openDialog('提 交', '回复买家（买家可见）');
    expect(internalCommit()).toBe(false);
  });

  it('a dialog shown before the click, and a reused dialog opened again from a buyer row, carry no internal sense', () => {
    page(ROWS + dialog());
    click('#note');
    expect(internalCommit()).toBe(false);
    page(ROWS);
    click('#note');
    openDialog();
    expect(internalCommit()).toBe(true);
    click('#buyer'); // the same dialog element is shown again by the buyer row (hidden, not removed, in the page)
    expect(internalCommit()).toBe(false);
  });

  it('a click inside the dialog keeps the sense; the internal sense never makes the dialog’s 确 定 a buyer commit', () => {
    page(ROWS);
    click('#note');
    openDialog('确 定');
    click('#f');
    click('.cancel');
    expect(internalCommit()).toBe(true);
    expect(ownSendOf($('#f'))).toBeNull();
  });
});
