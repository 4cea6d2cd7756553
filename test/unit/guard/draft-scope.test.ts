// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ariaTextbox, enterSubmitsForm, fieldName, isAsideField, isMessageInput, isPrivateMemo, isPrivateMemoName } from '../../../sites/draft-scope';
import { editableRoot, findComposerCandidates } from '../../../sites/generic';
import { idrefElements } from '../../../sites/idrefs';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('isAsideField (round 42, finding 2)', () => {
  it('takes a field named internal, a note, remark or memo, a translation preview or a search for one beside the message', () => {
    page(`<label>订单备注（仅内部可见）<input id="note" value="买家微信 abc12345，已拒绝加"></label>
      <div id="tr" contenteditable="true" aria-label="翻译预览">x</div>
      <textarea id="memo" placeholder="Internal note"></textarea>
      <input id="find" placeholder="搜索快捷短语">
      <span id="lb">Remarks</span><div id="rm" contenteditable="true" aria-labelledby="lb"></div>
      <label for="m2">Memo</label><input id="m2">`);
    for (const id of ['note', 'tr', 'memo', 'find', 'rm', 'm2']) expect(isAsideField($(`#${id}`)), id).toBe(true);
  });
  it('never the message: no name, a 附言 sent with it, a note the buyer sees, and never by id or value', () => {
    page(`<textarea id="c"></textarea><input id="note" placeholder="附言（随消息一起发送）">
      <input id="pub" placeholder="备注（买家可见）"><textarea id="v">内部备注 搜索</textarea>
      <div id="msg" contenteditable="true" aria-label="输入消息，Enter 发送"></div><div id="noted" contenteditable="true" aria-label="notebook chat"></div>`);
    for (const id of ['c', 'note', 'pub', 'v', 'msg', 'noted']) expect(isAsideField($(`#${id}`)), id).toBe(false);
  });
  it('reads the name, not the draft', () => {
    page('<label>备注<input id="i" value="加我微信"></label>');
    expect(fieldName($('#i'))).toContain('备注');
    expect(fieldName($('#i'))).not.toContain('微信');
  });
  it('puts an aside field after the message among composer candidates', () => {
    page('<div><label>内部备注<input id="note"></label><textarea id="c"></textarea><button>发送</button></div>');
    expect(findComposerCandidates(document.body)[0]).toBe($('#c'));
  });
});

describe('a role=textbox composer (round 42, finding 6)', () => {
  it('is an editing root with no contenteditable, read-only or disabled ones and wrappers of a real field are not', () => {
    page(`<div id="tb" role="textbox" aria-multiline="true" tabindex="0"><span id="in">加我</span></div>
      <div id="ro" role="textbox" aria-readonly="true">x</div>
      <div id="wrap" role="textbox"><textarea id="t"></textarea></div>
      <div id="ce" role="textbox" contenteditable="true"><b id="b">x</b></div>`);
    expect(editableRoot($('#tb'))).toBe($('#tb'));
    expect(editableRoot($('#in'))).toBe($('#tb'));
    expect(editableRoot($('#in').firstChild)).toBe($('#tb'));
    expect(editableRoot($('#ro'))).toBeNull();
    expect(ariaTextbox($('#wrap'))).toBeNull();
    expect(editableRoot($('#t'))).toBe($('#t'));
    expect(editableRoot($('#b'))).toBe($('#ce'));
  });
  it('is a composer candidate beside its 发送', () => {
    page('<div><div id="tb" role="textbox" tabindex="0"></div><button>发送</button></div>');
    expect(findComposerCandidates(document.body)).toEqual([$('#tb')]);
  });
});

describe('enterSubmitsForm (round 43)', () => {
  it.each([
    ['a text input in a form with a submit button', '<form><textarea></textarea><input id="x"><button>发送</button></form>', true],
    ['a text input alone in a form without a submit button', '<form><textarea></textarea><input id="x"></form>', true],
    ['two text inputs in a form without a submit button', '<form><input id="x"><input></form>', false],
    ['a form whose default button is disabled', '<form><input id="x"><button disabled>发送</button><button>保存</button></form>', false],
    ['a text input outside a form', '<div><input id="x"><button>发送</button></div>', false],
    ['a textarea in a form', '<form><textarea id="x"></textarea><button>发送</button></form>', false],
    ['a checkbox in a form', '<form><input id="x" type="checkbox"><button>发送</button></form>', false],
  ])('%s: %s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(enterSubmitsForm(document.getElementById('x')!)).toBe(expected);
  });
});

describe('idrefElements (round 43: one helper for draft-scope and generic)', () => {
  it('finds the elements an IDREF list points at, in order, in the element\'s shadow root, skipping missing ids', () => {
    page('<span id="a">备注</span><span id="b">内部</span><input id="x" aria-labelledby="b missing a"><div id="host"></div>');
    expect(idrefElements($('#x'), 'aria-labelledby').map((e) => e.id)).toEqual(['b', 'a']);
    expect(idrefElements($('#x'), 'aria-describedby')).toEqual([]);
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="a">搜索</span><input id="y" aria-labelledby="a">';
    expect(idrefElements(root.getElementById('y')!, 'aria-labelledby').map((e) => e.textContent)).toEqual(['搜索']);
  });
});

describe('isMessageInput (round 46, finding 1)', () => {
  it('takes a single-line input the page names a message box: its placeholder, enterkeyhint=send, a hint that Enter sends, the only field of a form', () => {
    page(`<div><input id="ph" placeholder="请输入消息"></div>
      <div><input id="hint" enterkeyhint="send"></div>
      <div><input id="aria" aria-label="Reply to buyer"></div>
      <div class="footer"><input id="tip"><span>按 Enter 发送</span></div>
      <form><input id="alone" name="x"></form>`);
    for (const id of ['ph', 'hint', 'aria', 'tip', 'alone']) expect(isMessageInput($(`#${id}`)), id).toBe(true);
  });
  it('leaves search boxes, quantity and price fields, login and address forms, an unnamed input outside a form, and non-text inputs out', () => {
    page(`<form><input id="search" placeholder="搜索会话"></form>
      <form role="search"><input id="q"></form>
      <div role="search"><input id="q2" placeholder="输入消息关键字"></div>
      <form><input id="qty" placeholder="数量"></form>
      <form><input id="price" aria-label="价格"></form>
      <form><input id="num" inputmode="numeric"></form>
      <form><input id="user" placeholder="用户名"><input type="password" id="pw"></form>
      <form><input id="nick" autocomplete="username"></form>
      <form><input id="two1" placeholder="姓名"><input id="two2"></form>
      <div><input id="bare"></div>
      <form><input id="note" placeholder="订单备注"></form>
      <form><input id="s2" type="search" placeholder="消息"></form>`);
    for (const id of ['search', 'q', 'q2', 'qty', 'price', 'num', 'user', 'nick', 'two1', 'two2', 'bare', 'note', 's2']) expect(isMessageInput($(`#${id}`)), id).toBe(false);
    expect(isMessageInput($('textarea') ?? document.createElement('textarea'))).toBe(false);
  });
});

describe('isPrivateMemo (round 48 second pass, t4 bianqian)', () => {
  it('names a private memo by the field’s own name or its opener’s label, unless it says it goes out with the message', () => {
    page(`<textarea id="a" placeholder="个人便签"></textarea><textarea id="b" placeholder="备忘（仅自己可见）"></textarea>
      <textarea id="c" placeholder="附言"></textarea><textarea id="d" placeholder="附言（随消息一起发送）"></textarea>
      <textarea id="e" placeholder="便签（随消息一起发送）"></textarea>`);
    expect(isPrivateMemo($('#a'))).toBe(true);
    expect(isPrivateMemo($('#b'))).toBe(true);
    for (const id of ['c', 'd', 'e']) expect(isPrivateMemo($(`#${id}`)), id).toBe(false);
    expect(isPrivateMemoName('便签')).toBe(true);
    expect(isPrivateMemoName('草稿本')).toBe(true);
    expect(isPrivateMemoName('附言')).toBe(false);
    expect(isPrivateMemoName('捎句话')).toBe(false);
  });
});
