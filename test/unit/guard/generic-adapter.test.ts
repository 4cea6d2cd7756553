// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableRoot, findComposerCandidates, findSendButton } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('editableRoot', () => {
  it('finds text fields and the outermost contenteditable host', () => {
    page(`<textarea id="t"></textarea><input id="i"><input id="s" type="search">
      <div id="ce" contenteditable="true"><p><b id="inner">x</b></p><span contenteditable="false"><i id="island">@买家</i></span></div>`);
    expect(editableRoot($('#t'))).toBe($('#t'));
    expect(editableRoot($('#i'))).toBe($('#i'));
    expect(editableRoot($('#s'))).toBeNull();
    expect(editableRoot($('#inner'))).toBe($('#ce'));
    expect(editableRoot($('#inner').firstChild)).toBe($('#ce'));
    expect(editableRoot($('#island'))).toBeNull();
    expect(editableRoot(document.body)).toBeNull();
    expect(editableRoot(null)).toBeNull();
  });
});

describe('findSendButton', () => {
  it.each([
    ['发送 text', '<div><textarea></textarea><button id="x">表情</button><button id="want">发送</button></div>'],
    ['Ant Design spacing "发 送"', '<div class="SendBox"><div><textarea></textarea></div><div class="SendBox-buttonRight"><button id="want" class="ant-btn ant-btn-primary"><span>发 送</span></button></div></div>'],
    ['aria-label Send on an icon button', '<div><div contenteditable="true"></div><button aria-label="Send" id="want"><svg></svg></button></div>'],
    ['an icon named send', '<div><textarea></textarea><button id="want"><i class="icon-send"></i></button></div>'],
    ['English Send text', '<form><textarea></textarea><button type="submit" id="want">Send</button></form>'],
    ['the nearest primary button when nothing says 发送', '<div><textarea></textarea><button>取消</button><button id="want" class="btn-primary">➤</button></div>'],
  ])('%s', (_name, html) => {
    page(html);
    expect(findSendButton($('textarea, [contenteditable]'))).toBe($('#want'));
  });

  it('prefers a button labelled 发送 a level further away over a nearer primary one', () => {
    page('<div><div><textarea></textarea><button class="ant-btn-primary">📎</button></div><button id="want">发送</button></div>');
    expect(findSendButton($('textarea'))).toBe($('#want'));
  });

  it('pairs each of two composers with its own button, and a search field with none', () => {
    page(`<main><div><input id="q"></div>
      <div class="chat"><textarea id="a"></textarea><button id="send-a">发送</button></div>
      <div class="chat"><textarea id="b"></textarea><button id="send-b">发送</button></div></main>`);
    expect(findSendButton($('#a'))).toBe($('#send-a'));
    expect(findSendButton($('#b'))).toBe($('#send-b'));
    expect(findSendButton($('#q'))).toBeNull();
  });

  it('never picks 发送图片, emoji, cancel or a button inside the editor; null when nothing is near', () => {
    page('<div><div contenteditable="true"><button>发送</button></div><button>发送图片</button><button>表情</button><button>取消</button></div>');
    expect(findSendButton($('[contenteditable]'))).toBeNull();
  });
});

describe('findComposerCandidates', () => {
  it('takes editables with a Send button near them; a bare input needs one', () => {
    page(`<section><input id="search-like"><button>搜索</button></section>
      <section><textarea id="c"></textarea><button>发送</button></section>
      <section><textarea id="d" disabled></textarea><button>发送</button></section>`);
    expect(findComposerCandidates(document.body).map((e) => e.id)).toEqual(['c']);
  });
});
