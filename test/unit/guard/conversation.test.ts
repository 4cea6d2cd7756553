// @vitest-environment happy-dom
// Round 51 (round 50 guard finding 5): which conversation a composer sends to — the site adapter's reading (the header's buyer
// name and the buyer id of the rows, as the timers' watcher keys it), else the chat header around the composer.
import { describe, expect, it } from 'vitest';
import { chatHeaderKey, conversationOf, sameConversation, siteConversation } from '../../../sites/conversation';
import { generic } from '../../../sites/generic';
import { kuaishou } from '../../../sites/kuaishou';

const row = (buyer: number, i: number, mine: boolean) =>
  `<div id="0_${buyer}_${i}" class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper ${mine ? 'kwaishop-cs-LayoutDefaultWrapper__isMine' : 'kwaishop-cs-LayoutDefaultWrapper__notMe'}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">x</div></div>`;
const workbench = (name: string, rows: string) =>
  `<div class="TargetUserHeader"><span class="LoginUserInfo-mainTitle-text">${name}</span></div><div class="ChatMessageList">${rows}</div>` +
  '<div class="SendBox"><div class="SendBox-Editor"><div class="ql-editor" contenteditable="true"></div></div></div>';

describe('siteConversation (Kuaishou adapter)', () => {
  it('reads the header name and the buyer id of the buyer rows (an agent row may carry another id)', () => {
    document.body.innerHTML = workbench('小王', row(7001, 1, false) + row(7001, 2, true) + row(8812, 3, true));
    expect(siteConversation(document, kuaishou)).toEqual({ name: '小王', id: '7001' });
    document.body.innerHTML = workbench('小王 下单数(3)', '');
    expect(siteConversation(document, kuaishou)).toEqual({ name: '小王', id: null });
    document.body.innerHTML = '<div class="SendBox"><textarea></textarea></div>';
    expect(siteConversation(document, kuaishou)).toBeNull();
    expect(siteConversation(document, generic)).toBeNull();
  });
});

describe('chatHeaderKey (no adapter names the chat)', () => {
  it("is the first header before the composer in its pane, without a running clock; changes with the buyer", () => {
    document.body.innerHTML =
      '<nav><h1>客服工作台</h1></nav><main><div class="pane"><div class="chat-header">小王 <span>已等待 2分30秒</span></div><ul><li class="msg-header">12:01</li></ul><div class="box"><textarea></textarea></div></div></main>';
    const field = document.querySelector('textarea')!;
    expect(chatHeaderKey(field)).toBe('小王 已等待');
    document.querySelector('.chat-header span')!.textContent = '已等待 2分31秒';
    expect(chatHeaderKey(field)).toBe('小王 已等待');
    document.querySelector('.chat-header')!.firstChild!.textContent = '阿杰 ';
    expect(chatHeaderKey(field)).toBe('阿杰 已等待');
    expect(conversationOf(document, null, field)).toEqual({ name: '阿杰 已等待', id: null });
  });

  it('is null without a header in the composer\'s pane (the page\'s own title above <main> is not one)', () => {
    document.body.innerHTML = '<h1>客服工作台</h1><div><div><textarea></textarea></div></div>';
    expect(chatHeaderKey(document.querySelector('textarea')!)).toBeNull();
  });

  it('falls back to the header where the adapter reads nothing', () => {
    document.body.innerHTML = '<section><header>Amy</header><div class="SendBox"><textarea></textarea></div></section>';
    expect(conversationOf(document, kuaishou, document.querySelector('textarea')!)).toEqual({ name: 'Amy', id: null });
  });
});

describe('sameConversation', () => {
  it('compares buyer ids where both name one, else names', () => {
    expect(sameConversation({ name: '小王', id: '1' }, { name: '1', id: '1' })).toBe(true);
    expect(sameConversation({ name: '小王', id: '1' }, { name: '小王', id: '2' })).toBe(false);
    expect(sameConversation({ name: '小王', id: '1' }, { name: '小王', id: null })).toBe(true);
    expect(sameConversation({ name: '小王', id: null }, { name: 'Amy', id: null })).toBe(false);
    expect(sameConversation(null, null)).toBe(true);
    expect(sameConversation(null, { name: 'Amy', id: null })).toBe(false);
  });
});
