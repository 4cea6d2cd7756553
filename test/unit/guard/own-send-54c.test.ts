// @vitest-environment happy-dom
// Round 54 (guard54c, rt54g F1 F2 F3 F10): a compound commit label (确认发布, 保存并发布, 确认回复并公开) is read as the union of its verbs;
// one title reader for every commit (element-ui dialog / drawer titles, aria-label, a <strong class=title> head; a dialog titled only
// 回复 / 回复买家); a dialog's footer commit far below its field; an icon-only commit read from its title / aria-label. Internal fields,
// ordinary dialogs and non-commit icons still go.
import { describe, expect, it } from 'vitest';
import { fieldsOfOwnSend, mayBeOwnSend, noteReplyOpener, ownSendOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

const EL_DIALOG = (title: string, label: string, button: string) =>
  `<div class="el-dialog" role="dialog" aria-label="${title}"><div class="el-dialog__header"><span class="el-dialog__title">${title}</span></div><div class="el-dialog__body"><form class="el-form"><div class="el-form-item"><label class="el-form-item__label" for="f">${label}</label><div class="el-form-item__content"><div class="el-textarea"><textarea class="el-textarea__inner" id="f"></textarea></div></div></div></form></div><div class="el-dialog__footer"><button type="button" class="el-button el-button--default"><span>取 消</span></button><button id="b" type="button" class="el-button el-button--primary"><span>${button}</span></button></div></div>`;
const REPLY_MODAL = (title: string) =>
  `<div class="ant-modal" role="dialog"><div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title">${title}</div></div><div class="ant-modal-body"><textarea id="f"></textarea></div><div class="ant-modal-footer"><button class="ant-btn"><span>取 消</span></button><button id="b" class="ant-btn ant-btn-primary"><span>确 定</span></button></div></div></div>`;

/** Valid rows: the control commits the field. */
const SENDS: [string, string][] = [
  // F1: compound labels
  ['F1 问大家 / 回答 (input) / 确认发布', '<div><h5>问大家</h5><label for="f">回答</label><input id="f"><button id="b">确认发布</button></div>'],
  ['F1 商品问答 / 回答（公开展示） / 确认发布', '<div><h5>商品问答</h5><label for="f">回答（公开展示）</label><textarea id="f"></textarea><button id="b">确认发布</button></div>'],
  ['F1 差评解释 / 保存并发布', '<div><h4>差评解释</h4><textarea id="f"></textarea><button id="b">保存并发布</button></div>'],
  ['F1 回复评价 / 确定发布', '<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b">确定发布</button></div>'],
  ['F1 回复评价 / 确认并发布', '<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b">确认并发布</button></div>'],
  ['F1 any field / 保存并公开', '<div><label for="f">内容</label><textarea id="f"></textarea><button id="b">保存并公开</button></div>'],
  ['F1 回复评价 / 确认回复并公开', '<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b">确认回复并公开</button></div>'],
  ['F1 回复评价 / <a>确定发布', '<div><h4>回复评价</h4><textarea id="f"></textarea><a href="javascript:;" id="b">确定发布</a></div>'],
  ['F1 回复评价 / 保存并关闭 (a save of a buyer-facing field)', '<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b">保存后关闭</button></div>'],
  // F2: one title reader
  ['F2 el-dialog 回复评价 / 回复内容 / footer 确 定', EL_DIALOG('回复评价', '回复内容', '确 定')],
  ['F2 el-dialog 回复评价 / 回复内容 / footer 完 成', EL_DIALOG('回复评价', '回复内容', '完 成')],
  ['F2 el-drawer header 回复评价 / el-link 完成', '<div class="el-drawer" role="dialog"><header class="el-drawer__header"><span>回复评价</span></header><section class="el-drawer__body"><textarea id="f"></textarea><a id="b" class="el-link" href="javascript:;"><span class="el-link--inner">完成</span></a></section></div>'],
  ['F2 <strong class=title>回复评价 / 确 定', '<div><strong class="title">回复评价</strong><textarea id="f"></textarea><button id="b">确 定</button></div>'],
  ['F2 vant dialog header 回复买家评价 / 确认', '<div class="van-dialog"><div class="van-dialog__header">回复买家评价</div><div class="van-dialog__content"><div class="van-field"><div class="van-cell__value"><div class="van-field__body"><textarea id="f"></textarea></div></div></div></div><div class="van-dialog__footer"><button id="b" class="van-button">确认</button></div></div>'],
  ['F2 arco modal title 追评回复 / 确定', '<div class="arco-modal"><div class="arco-modal-header"><div class="arco-modal-title">追评回复</div></div><div class="arco-modal-content"><textarea id="f"></textarea></div><div class="arco-modal-footer"><button id="b">确定</button></div></div>'],
  // F3: a dialog titled only as a reply
  ['F3 modal titled 回复 / textarea / 确 定', REPLY_MODAL('回复')],
  ['F3 modal titled 回复TA / 确 定', REPLY_MODAL('回复TA')],
  ['F3 modal titled 回复买家 / 确 定', REPLY_MODAL('回复买家')],
  // F10: icon-only commits
  ['F10 回复买家评价 / <i title=确认>✓', '<div><h5>回复买家评价</h5><input id="f"><i id="b" class="anticon anticon-check" role="img" aria-label="check" title="确认">✓</i></div>'],
  ['F10 回复评价 / <span class=icon aria-label=发布>', '<div><h5>回复评价</h5><textarea id="f"></textarea><span id="b" class="iconfont icon-send" aria-label="发布"></span></div>'],
];

/** Invalid rows: the control still goes. */
const GOES: [string, string][] = [
  ['el-dialog 添加备注 / 备注（仅内部可见） / 确 定', EL_DIALOG('添加备注', '备注（仅内部可见）', '确 定')],
  ['el-dialog 修改昵称 / 昵称 / 确 定', EL_DIALOG('修改昵称', '昵称', '确 定')],
  ['modal titled 回复（仅内部可见） / 确 定', REPLY_MODAL('回复（仅内部可见）')],
  ['modal titled 回复率设置 / 确 定', REPLY_MODAL('回复率设置')],
  ['modal titled 快捷回复 / 确 定 (not a reply to someone)', REPLY_MODAL('查看回复')],
  ['<strong class=title>内部备注 / 确 定', '<div><strong class="title">内部备注</strong><textarea id="f"></textarea><button id="b">确 定</button></div>'],
  ['内部备注 / 确认发布 (kept to the page)', '<div><label for="f">内部备注（仅内部可见）</label><textarea id="f"></textarea><button id="b">确认发布</button></div>'],
  ['订单备注 / 保存并关闭', '<div><h5>订单备注</h5><label for="f">商家备注（买家不可见）</label><textarea id="f"></textarea><button id="b">保存并关闭</button></div>'],
  ['a label that only names verbs as words in a sentence (确认发布规则说明)', '<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b">查看发布规则</button></div>'],
  ['<i title=确认> beside a private note', '<div><h5>客户标签</h5><label for="f">备注（仅客服可见）</label><input id="f"><i id="b" class="anticon anticon-check" title="确认">✓</i></div>'],
  ['<i title=删除> in a review row', '<div><h5>回复买家评价</h5><input id="f"><i id="b" class="anticon anticon-delete" title="删除">🗑</i></div>'],
];

describe('round 54c (rt54g F1 F2 F3 F10): compound labels, every dialog title, icon-only commits', () => {
  for (const [what, html] of SENDS)
    it(what, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBe($('#b'));
      expect(mayBeOwnSend($('#b'))).toBe(true);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#f')]);
    });
});

describe('round 54c: controls that must still go', () => {
  for (const [what, html] of GOES)
    it(what, () => {
      page(html);
      expect(ownSendOf($('#f'))).toBeNull();
      expect(fieldsOfOwnSend($('#b'))).toEqual([]);
    });
  it('an icon inside a button is not a second control (the button is the commit)', () => {
    page('<div><h4>回复评价</h4><textarea id="f"></textarea><button id="b"><i class="anticon" title="确认">✓</i>确 定</button></div>');
    expect(ownSendOf($('#f'))).toBe($('#b'));
    expect(mayBeOwnSend($('#b i'))).toBe(false);
  });
});

describe('round 54c (rt54g F3): a dialog opened by a buyer-facing row’s 回复 carries that sense', () => {
  const ROW = '<div><h4>评价列表</h4><div>买家：质量很差 <a href="javascript:;" id="o">回复</a></div></div>';
  const NOTE_ROW = '<div><h4>工单列表</h4><div>内部备注：已跟进 <a href="javascript:;" id="o">回复</a></div></div>';
  const MODAL = (title: string, hidden = false) =>
    `<div class="ant-modal" role="dialog"${hidden ? ' style="display:none"' : ''}><div class="ant-modal-title">${title}</div><div class="ant-modal-body"><textarea id="f"></textarea></div><div class="ant-modal-footer"><button id="b" class="ant-btn-primary">确 定</button></div></div>`;
  const click = (sel: string) => noteReplyOpener([$(sel), document.body]);
  it('a modal titled 处理 shown after the row’s 回复: its 确 定 is the field’s send', () => {
    page(ROW);
    click('#o');
    document.body.insertAdjacentHTML('beforeend', MODAL('处理'));
    expect(ownSendOf($('#f'))).toBe($('#b'));
    expect(fieldsOfOwnSend($('#b'))).toEqual([$('#f')]);
  });
  it('a click inside the dialog keeps it; a click on another control outside forgets it', () => {
    page(ROW + '<button id="x">刷新</button>');
    click('#o');
    document.body.insertAdjacentHTML('beforeend', MODAL('处理'));
    click('#b');
    expect(ownSendOf($('#f'))).toBe($('#b'));
    click('#x');
    expect(ownSendOf($('#f'))).toBeNull();
  });
  it('a dialog already shown before the click is not carried', () => {
    page(ROW + MODAL('处理'));
    click('#o');
    expect(ownSendOf($('#f'))).toBeNull();
  });
  it('a 回复 in a row saying it is internal is not carried', () => {
    page(NOTE_ROW);
    click('#o');
    document.body.insertAdjacentHTML('beforeend', MODAL('处理'));
    expect(ownSendOf($('#f'))).toBeNull();
  });
  it('an internal note’s field in that dialog still goes', () => {
    page(ROW);
    click('#o');
    document.body.insertAdjacentHTML('beforeend', MODAL('处理').replace('<textarea id="f">', '<label for="f">内部备注（仅内部可见）</label><textarea id="f">'));
    expect(ownSendOf($('#f'))).toBeNull();
  });
});
