// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ctrlEnterNewlineFromHint, ctrlEnterSendsFromHint, hintTextNear, modEnterSendsFromHint, onlyLineBreakAdded, plainEnterFromHint } from '../../../content/guard/enter-mode';

describe('plainEnterFromHint', () => {
  it('reads the common send-mode hints', () => {
    expect(plainEnterFromHint('按Ctrl+Enter发送')).toBe(true);
    expect(plainEnterFromHint('Ctrl + Enter 发送，Enter 换行')).toBe(true);
    expect(plainEnterFromHint('⌘+Enter 发送')).toBe(true);
    expect(plainEnterFromHint('Press Ctrl+Enter to send')).toBe(true);
    expect(plainEnterFromHint('Press Enter to send')).toBe(false);
    expect(plainEnterFromHint('Ctrl+Enter send')).toBe(true);
    expect(plainEnterFromHint('按Enter发送，Ctrl+Enter换行')).toBe(false);
    expect(plainEnterFromHint('Enter发送 / Shift+Enter换行')).toBe(false);
    expect(plainEnterFromHint('Enter键发送')).toBe(false);
    expect(plainEnterFromHint('Shift+Enter 换行')).toBe(null);
    expect(plainEnterFromHint('请输入消息')).toBe(null);
    expect(plainEnterFromHint('')).toBe(null);
  });
  it('a plain Enter-sends claim wins, whatever else the text says', () => {
    expect(plainEnterFromHint('Ctrl+Enter发送 … 按Enter发送')).toBe(false);
  });
});

describe('modEnterSendsFromHint (round 42, finding 7)', () => {
  it('says Shift+Enter or Alt+Enter sends only when the hint names that key with 发送 / send', () => {
    expect(modEnterSendsFromHint('Shift+Enter 发送，Enter 换行', 'shift')).toBe(true);
    expect(modEnterSendsFromHint('Shift+Enter 发送，Enter 换行', 'alt')).toBe(false);
    expect(modEnterSendsFromHint('Alt+Enter 发送', 'alt')).toBe(true);
    expect(modEnterSendsFromHint('Option + Enter to send', 'alt')).toBe(true);
    expect(modEnterSendsFromHint('Press Shift+Enter to send', 'shift')).toBe(true);
    expect(modEnterSendsFromHint('Enter 发送，Shift+Enter 换行', 'shift')).toBe(false);
    expect(modEnterSendsFromHint('Ctrl+Enter 发送', 'shift')).toBe(false);
    expect(modEnterSendsFromHint('Enter 发送', 'shift')).toBe(false);
    expect(modEnterSendsFromHint('', 'alt')).toBe(false);
  });
});

describe('hintTextNear', () => {
  it('leaves out the page\'s scripts and styles', () => {
    document.body.innerHTML = '<div><p>Shift+Enter 发送</p><textarea id="ed"></textarea><script>var k = "Enter 发送";</script><style>p{}</style></div>';
    const text = hintTextNear(document.getElementById('ed')!, null);
    expect(text).toContain('Shift+Enter 发送');
    expect(text).not.toContain('var k');
  });

  it('reads the placeholder and the text by the composer and its Send, never the draft', () => {
    document.body.innerHTML =
      '<div id="box"><div id="ed" contenteditable data-placeholder="请输入">Ctrl+Enter发送 加我微信</div><span class="tip">Enter 换行</span><button id="s">发送</button></div>';
    const text = hintTextNear(document.getElementById('ed')!, document.getElementById('s'));
    expect(text).toContain('请输入');
    expect(text).toContain('Enter 换行');
    expect(text).not.toContain('加我微信');
  });
  it('a box holding much more than a hint (the whole chat) gives only the composer’s own attributes', () => {
    document.body.innerHTML = `<div><p>${'聊天记录 Enter发送 '.repeat(80)}</p><textarea id="ed" placeholder="按Ctrl+Enter发送"></textarea><button id="s">发送</button></div>`;
    expect(hintTextNear(document.getElementById('ed')!, document.getElementById('s'))).toBe('按Ctrl+Enter发送');
  });
});

describe('onlyLineBreakAdded', () => {
  it('is true only for an added line break', () => {
    expect(onlyLineBreakAdded('亲，你好', '亲，你好\n')).toBe(true);
    expect(onlyLineBreakAdded('亲，你好', '亲，\n你好')).toBe(true);
    expect(onlyLineBreakAdded('亲，你好', '')).toBe(false);
    expect(onlyLineBreakAdded('亲，你好', '亲，你好')).toBe(false);
    expect(onlyLineBreakAdded('亲，你好', '亲，你好吗\n')).toBe(false);
  });
});

describe('round 49, finding 2: the send mode from the chosen setting only; Ctrl+Enter 换行', () => {
  const box = (extra: string) => {
    document.body.innerHTML = `<div id="box"><div id="ed" contenteditable="true"></div><span>Ctrl+Enter发送 / Enter换行</span>${extra}<button id="send">发送</button></div>`;
    return plainEnterFromHint(hintTextNear(document.getElementById('ed')!, document.getElementById('send')));
  };
  it('an unchecked radio’s label or an unselected option saying 「Enter发送」 does not outrank the shown hint', () => {
    expect(box('<label><input type=radio name=m> 按Enter键发送消息</label><label><input type=radio name=m checked> 按Ctrl+Enter键发送消息</label>')).toBe(true);
    expect(box('<select><option>Enter 发送</option><option selected>Ctrl+Enter 发送</option></select>')).toBe(true);
    expect(box('<ul hidden><li>按Enter键发送消息</li></ul>')).toBe(true);
    expect(box('<span role="radio" aria-checked="false">按Enter键发送消息</span>')).toBe(true);
  });
  it('the checked one still counts', () => {
    document.body.innerHTML = `<div id="box"><div id="ed" contenteditable="true"></div><label><input type=radio name=m checked> 按Enter键发送消息</label><label><input type=radio name=m> 按Ctrl+Enter键发送消息</label><button id="send">发送</button></div>`;
    expect(plainEnterFromHint(hintTextNear(document.getElementById('ed')!, document.getElementById('send')))).toBe(false);
  });
  it('reads 「Ctrl+Enter换行」 and 「Ctrl+Enter发送」', () => {
    expect(ctrlEnterNewlineFromHint('Enter发送，Ctrl+Enter换行')).toBe(true);
    expect(ctrlEnterNewlineFromHint('Ctrl+Enter发送 / Enter换行')).toBe(false);
    expect(ctrlEnterNewlineFromHint('Enter发送 / Shift+Enter换行')).toBe(false);
    expect(ctrlEnterNewlineFromHint('')).toBe(false);
    expect(ctrlEnterSendsFromHint('按Ctrl+Enter发送')).toBe(true);
    expect(ctrlEnterSendsFromHint('Enter发送，Ctrl+Enter换行')).toBe(false);
  });
});
