// @vitest-environment happy-dom
// Round 48 (red team findings 1 and 2): fields with a send of their own that no 发送 names.
import { describe, expect, it } from 'vitest';
import { fieldsOfOwnSend, isBuyerField, isSentAlongField, mayBeOwnSend, ownSendOf, settingCommitOf } from '../../../sites/own-send';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('an order card’s buyer-visible message (finding 1)', () => {
  for (const name of ['给买家留言', '附言（买家可见）', '附言（随消息一起发送）']) {
    for (const label of ['发送订单', '发送商品', '邀请下单', '发 送 商 品']) {
      it(`${name} beside ${label}: the card's button is the field's send`, () => {
        page(`<div id="OrderListDom"><div class="OrderCard"><div>订单号 1</div><textarea id="c" placeholder="${name}"></textarea><button id="go">${label}</button></div></div>`);
        expect(isBuyerField($('#c'))).toBe(true);
        expect(ownSendOf($('#c'))).toBe($('#go'));
        expect(mayBeOwnSend($('#go'))).toBe(true);
        expect(fieldsOfOwnSend($('#go'))).toEqual([$('#c')]);
      });
    }
  }
  for (const name of ['备注', '内部备注（仅客服可见）', '搜索订单', '附言（买家不可见）', '商家备忘', '附言（仅自己可见）']) {
    it(`a card field named “${name}” is not the buyer's: 发送订单 is no send of it`, () => {
      page(`<div class="OrderCard"><textarea id="c" placeholder="${name}"></textarea><button id="go">发送订单</button></div>`);
      expect(ownSendOf($('#c'))).toBeNull();
      expect(fieldsOfOwnSend($('#go'))).toEqual([]);
    });
  }
  // Round 48, second pass (findings 1–3): any text field of the card but a private note, beside an internal note too.
  for (const name of ['', '留言', '备注给买家', '给买家的话', '推荐理由', '客服寄语', '说点什么吧～']) {
    it(`a card field named “${name}” goes with the card: 发送订单 is its send`, () => {
      page(`<div class="OrderCard"><textarea id="c" placeholder="${name}"></textarea><textarea id="n" placeholder="内部备注（仅客服可见）"></textarea><button id="go">发送订单</button></div>`);
      expect(ownSendOf($('#c'))).toBe($('#go'));
      expect(ownSendOf($('#n'))).toBeNull();
      expect(fieldsOfOwnSend($('#go'))).toEqual([$('#c')]);
    });
  }
  it('a list of cards (two 发送订单) is no card: its search field has no card send', () => {
    page(`<div class="list"><input id="c"><div class="OrderCard"><button>发送订单</button></div><div class="OrderCard"><button>发送订单</button></div></div>`);
    expect(ownSendOf($('#c'))).toBeNull();
  });
  it('a buyer-visible field beside 保存 / 查看订单 has no card send', () => {
    page(`<div class="OrderCard"><textarea id="c" placeholder="给买家留言"></textarea><button id="s">保存</button><button>查看订单</button></div>`);
    // No card send; since round 54 (rt53g F3) its 保存 commits a field the buyer reads, judged as 提交 would be.
    expect(ownSendOf($('#c'))).toBe($('#s'));
  });
});

describe('a reply-with-quote box (finding 2)', () => {
  for (const label of ['回复', '立即回复', '回复买家', '回复TA', '回 复']) {
    it(`its ${label} sends its own field`, () => {
      page(`<div class="ant-popover"><div class="quote">引用：这个什么时候发货？</div><textarea id="c" placeholder="输入回复内容"></textarea><div><button id="go">${label}</button></div></div>`);
      expect(ownSendOf($('#c'))).toBe($('#go'));
      expect(fieldsOfOwnSend($('#go'))).toEqual([$('#c')]);
    });
  }
  it('a 回复 tab, link, disclosure, 快捷回复 and 回复率 are no send', () => {
    page(`<div class="SendBox"><div role="tablist"><div role="tab" id="t">回复</div></div><a href="https://help.example.com/reply" id="l">回复</a><button id="d" aria-expanded="false">回复</button>
<button id="q">快捷回复</button><span id="r">回复率 98%</span><textarea id="c"></textarea></div>`);
    for (const id of ['#t', '#l', '#d', '#q', '#r']) expect(mayBeOwnSend($(id)), id).toBe(false);
    expect(ownSendOf($('#c'))).toBeNull();
  });
  it('a 回复 in a box that holds the composer’s own 发送 is the toolbar’s, not a send of the composer', () => {
    page(`<div class="SendBox"><div class="toolbar"><button id="r">回复</button></div><textarea id="c"></textarea><div><button id="send">发送</button></div></div>`);
    expect(ownSendOf($('#c'))).toBeNull();
  });
  it('a 回复 beside a composer whose 发送 is an icon (class send) is not its send', () => {
    page(`<div class="SendBox"><div class="toolbar"><button id="r">回复</button></div><div contenteditable="true" id="c"></div><div><button class="send-btn" id="send"><i class="icon"></i></button></div></div>`);
    expect(ownSendOf($('#c'))).toBeNull();
  });
  it('a 回复 button beside two fields (a form) belongs to neither', () => {
    page(`<form><input id="a"><textarea id="c"></textarea><button id="r">回复</button></form>`);
    expect(ownSendOf($('#c'))).toBeNull();
  });
});

describe('a field named as going out with the next message (guard48c, t20)', () => {
  const POP = (name: string, button = '确定', tag = 'textarea') =>
    `<div class="SendBox"><div class="ql-editor" contenteditable="true" id="ed"></div><button class="ant-btn-primary">发送</button></div>
<div class="ant-popover" style="display:none"><${tag} id="c" placeholder="${name}"></${tag}><button>${button}</button></div>`;
  for (const name of ['附言（随下一条消息一起发送给买家）', '附言（随消息发送）', '附言（买家可见）', '给买家的附言', 'Note sent with the next message']) {
    it(`“${name}” in a home-made popover with 确定 is sent along, shown or hidden`, () => {
      page(POP(name));
      expect(isSentAlongField($('#c'))).toBe(true);
    });
  }
  for (const name of ['备注（仅客服可见）', '内部备注', '请输入附言', '模板内容', '搜索消息', '']) {
    it(`“${name}” is not`, () => {
      page(POP(name));
      expect(isSentAlongField($('#c'))).toBe(false);
    });
  }
  it('a buyer-visible field kept by its own 保存 is not; one that says it goes with the message still is', () => {
    page(POP('给买家的附言（买家可见）', '保存'));
    expect(isSentAlongField($('#c'))).toBe(false);
    page(POP('附言（随下一条消息一起发送）', '保存'));
    expect(isSentAlongField($('#c'))).toBe(true);
  });
  it('a field with a send of its own (发送给买家, a card’s 发送订单) is its own composer, not sent along', () => {
    page(POP('附言（随消息一起发送）', '发送给买家'));
    expect(isSentAlongField($('#c'))).toBe(false);
    page(`<div class="OrderCard"><textarea id="c" placeholder="附言（随消息一起发送）"></textarea><button>发送订单</button></div>`);
    expect(isSentAlongField($('#c'))).toBe(false);
  });
  it('a checkbox or hidden input is no field', () => {
    page(POP('附言（随消息一起发送）', '确定', 'input type="checkbox"'));
    expect(isSentAlongField($('#c'))).toBe(false);
  });
});

describe('a quote box’s send (round 48, second pass, findings 4–6)', () => {
  for (const label of ['回复并结束会话', '回复(Enter)', '回复买家 Ctrl+Enter', '<span>回复</span><kbd>Enter</kbd>', '确定', '确 定', '提交', '引用回复', '留言', '↩', '发送并关闭']) {
    it(`${label}: the box's send`, () => {
      page(`<div class="QuoteReply"><div class="quote">引用：买家「在吗」</div><textarea id="c"></textarea><div><button>取消</button><button id="go">${label}</button></div></div>`);
      expect(ownSendOf($('#c'))).toBe($('#go'));
      expect(fieldsOfOwnSend($('#go'))).toEqual([$('#c')]);
    });
  }
  it('with no quote, 确定 is no reply box’s send (a template editor)', () => {
    page(`<div role="dialog"><div>编辑回复模板</div><textarea id="c" placeholder="输入回复内容"></textarea><button>取消</button><button id="go">确定</button></div>`);
    expect(ownSendOf($('#c'))).toBeNull();
  });
  it('a 回复 toggle (aria-pressed) is never a send', () => {
    page(`<form><div><button id="go" aria-pressed="false">回复</button><button aria-pressed="true">不回复</button></div><textarea id="c" placeholder="自动回复话术"></textarea></form>`);
    expect(mayBeOwnSend($('#go'))).toBe(false);
    expect(ownSendOf($('#c'))).toBeNull();
  });
});

describe('round 51 (rt50-guard finding 7): auto-reply and quick-phrase settings are saved by their 保存 / 确定', () => {
  it('s19: a form of 欢迎语 / 离线自动回复 saved by 保 存, and a 新建快捷短语 dialog saved by 确 定', () => {
    page(`<h3>自动回复设置</h3><form id="f"><div class="item"><label for="welcome">欢迎语（买家进店咨询时自动发送）</label><textarea id="welcome"></textarea></div>
      <div class="item"><label for="away">离线自动回复（客服不在线时自动发送给买家）</label><textarea id="away"></textarea></div>
      <button type="button" id="save">保 存</button></form>
      <div class="ant-modal" role="dialog" aria-labelledby="qt"><div id="qt">新建快捷短语</div>
      <div class="item"><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp"></textarea></div><button type="button" id="qsave">确 定</button></div>`);
    expect(settingCommitOf($('#welcome'))).toBe($('#save'));
    expect(ownSendOf($('#away'))).toBe($('#save'));
    expect(mayBeOwnSend($('#save'))).toBe(true);
    expect(fieldsOfOwnSend($('#save'))).toEqual([$('#welcome'), $('#away')]);
    expect(ownSendOf($('#qp'))).toBe($('#qsave'));
    expect(mayBeOwnSend($('#qsave'))).toBe(true);
  });

  it('never on unrelated forms, a search over phrases, or a composer with a 发送 beside a 快捷短语 panel', () => {
    page(`<form><label for="addr">收货地址</label><textarea id="addr"></textarea><button type="button" id="s1">保存</button></form>
      <div class="panel"><input id="q" placeholder="搜索快捷短语"><button type="button" id="s2">确定</button></div>
      <section><h4>快捷短语</h4><div class="box"><textarea id="c" placeholder="请输入消息"></textarea><button type="button" id="send">发送</button><button type="button" id="ok">确定</button></div></section>`);
    expect(settingCommitOf($('#addr'))).toBeNull();
    expect(mayBeOwnSend($('#s1'))).toBe(false);
    expect(settingCommitOf($('#q'))).toBeNull();
    expect(mayBeOwnSend($('#s2'))).toBe(false);
    expect(settingCommitOf($('#c'))).toBeNull();
    expect(mayBeOwnSend($('#ok'))).toBe(false);
  });
});

describe('round 52 (rt51 F5): link-styled 保存 / 确定 commit an auto-reply or quick-phrase setting as a button does', () => {
  const save = [
    ['<span class="ant-typography" role="link" id="b">保存</span>', 'antd typography link (span role=link)'],
    ['<a href="javascript:;" id="b">确定</a>', '<a href="javascript:;">'],
    ['<a href="#" id="b">保 存</a>', '<a href="#">'],
    ['<a class="ant-typography" id="b">保存</a>', '<a> without an address'],
    ['<div role="button" tabindex="0" id="b">确 定</div>', 'a div with role=button'],
    ['<a role="button" href="javascript:void(0)" id="b">保存</a>', '<a role=button href=javascript:>'],
  ] as const;
  for (const [control, what] of save) {
    it(`valid: ${what}`, () => {
      page(`<section><h4>新建快捷短语</h4><div class="item"><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp"></textarea></div>${control}</section>`);
      expect(settingCommitOf($('#qp'))).toBe($('#b'));
      expect(ownSendOf($('#qp'))).toBe($('#b'));
      expect(mayBeOwnSend($('#b'))).toBe(true);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#qp')]);
    });
  }
  const notSave = [
    ['<a href="https://example.com/save" id="b">保存</a>', 'a link to an address'],
    ['<a href="javascript:;" target="_blank" id="b">保存</a>', 'a link with a target'],
    ['<a href="javascript:;" id="b">查看详情</a>', 'another word'],
    ['<a href="javascript:;" aria-haspopup="menu" id="b">确定</a>', 'a menu trigger'],
    ['<span role="tab" id="b">保存</span>', 'a tab'],
    ['<div role="menuitem"><a href="javascript:;" id="b">确定</a></div>', 'a link inside a menu item'],
  ] as const;
  for (const [control, what] of notSave) {
    it(`invalid: ${what}`, () => {
      page(`<section><h4>新建快捷短语</h4><div class="item"><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp"></textarea></div>${control}</section>`);
      expect(settingCommitOf($('#qp'))).toBeNull();
      expect(mayBeOwnSend($('#b'))).toBe(false);
    });
  }
  it('rt51 g02: a 保存 link and an <a>确定 beside one quick phrase both save it (not only the first)', () => {
    page(`<section><h4>新建快捷短语</h4><div class="item"><label for="qp9">短语内容（在工作台中一键发送给买家）</label><textarea id="qp9"></textarea></div>
      <span class="ant-typography" role="link" id="b9">保存</span> <a href="javascript:;" id="b10">确定</a></section>
      <div class="edit"><textarea id="e" aria-label="编辑消息"></textarea><a href="javascript:;" id="e1">保存</a><button id="e2">完成</button></div>`);
    for (const id of ['#b9', '#b10']) {
      expect(mayBeOwnSend($(id))).toBe(true);
      expect(fieldsOfOwnSend($(id))).toEqual([$('#qp9')]);
    }
    for (const id of ['#e1', '#e2']) {
      expect(mayBeOwnSend($(id))).toBe(true);
      expect(fieldsOfOwnSend($(id))).toEqual([$('#e')]);
    }
  });
  it('a link-styled 回复 is a reply box’s send, an in-place edit’s 保存 link its commit', () => {
    page(`<div class="pop"><blockquote>买家：在吗</blockquote><textarea id="r" placeholder="输入回复内容"></textarea><a href="javascript:;" id="reply">回复</a></div>
      <div class="edit"><textarea id="e" aria-label="编辑消息"></textarea><span role="link" id="es">保存</span></div>`);
    expect(ownSendOf($('#r'))).toBe($('#reply'));
    expect(ownSendOf($('#e'))).toBe($('#es'));
    expect(mayBeOwnSend($('#es'))).toBe(true);
  });
});

describe('round 52 (rt52g F3): a 回复 / 保存 link whose address stays in the page or the site is the field’s send or commit', () => {
  const stays = [
    ['<a href="#/reviews/123/reply" id="b">回复</a>', 'a hash route #/…'],
    ['<a href="#!" id="b">回复</a>', '#!'],
    ['<a href="#reply" id="b">回 复</a>', 'any #…'],
    ['<a href="/review/reply?id=4" id="b">回复</a>', 'a same-site path (an SPA router link)'],
    ['<a href="" id="b">回复</a>', 'an empty address'],
  ] as const;
  for (const [control, what] of stays) {
    it(`valid: review reply via ${what}`, () => {
      page(`<section><h4>评价管理</h4><blockquote>东西不行</blockquote><textarea id="rv" placeholder="回复买家评价（公开可见）"></textarea>${control}</section>`);
      expect(ownSendOf($('#rv'))).toBe($('#b'));
      expect(mayBeOwnSend($('#b'))).toBe(true);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#rv')]);
    });
    it(`valid: quick-phrase 保存 via ${what}`, () => {
      page(`<section><h4>新建快捷短语</h4><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp"></textarea>${control.replace(/回 ?复/, '保存')}</section>`);
      expect(settingCommitOf($('#qp'))).toBe($('#b'));
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#qp')]);
    });
  }
  const ordinary = [
    ['<a href="https://other.example.com/reply" id="b">回复</a>', 'a link to another site'],
    ['<a href="#/reviews/123" id="b">查看详情</a>', 'a hash link saying anything else'],
    ['<a href="/review/reply?id=4" target="_blank" id="b">回复</a>', 'a link with a target'],
    ['<a href="/review/reply" download id="b">回复</a>', 'a download'],
    ['<div role="tab"><a href="#/reply" id="b">回复</a></div>', 'a tab'],
    ['<div role="menuitem"><a href="/reply" id="b">回复</a></div>', 'a menu entry'],
    ['<a href="mailto:a@b.c" id="b">回复</a>', 'a mailto: address'],
  ] as const;
  for (const [control, what] of ordinary) {
    it(`invalid: ${what}`, () => {
      page(`<section><h4>评价管理</h4><blockquote>东西不行</blockquote><textarea id="rv" placeholder="回复买家评价（公开可见）"></textarea>${control}</section>`);
      expect(ownSendOf($('#rv'))).toBeNull();
      expect(mayBeOwnSend($('#b'))).toBe(false);
    });
  }
  it('a same-site 回复 link with no field in its box is nobody’s send', () => {
    page(`<nav><a href="/review/reply" id="b">回复</a></nav><section><textarea id="x" placeholder="搜索"></textarea></section>`);
    expect(fieldsOfOwnSend($('#b'))).toEqual([]);
  });
});
