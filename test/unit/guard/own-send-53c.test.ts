// @vitest-environment happy-dom
// Round 53 (rt53g F1, F2): a commit whose label names a send to the buyer (提交并私信买家…) is a send of its box's field, in a report
// form too, and so is a report's 提交 with 「提交后将内容同步回复给买家」 checked; a 回复买家 beside a 提 交 is its field's send (F2);
// an SMS-code label hides neither a visible 发送 nor a chat's only send (F8).
import { describe, expect, it } from 'vitest';
import { evidenceReportOf, fieldsOfOwnSend, mayBeOwnSend, ownSendOf } from '../../../sites/own-send';
import { findSendButton, isDraftSendControl, isDraftSendLabel, labelNamesSend } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

describe('round 53c (rt53g F1): commit + 并 + send / notify / reply (+ a reader) is a send', () => {
  for (const label of ['提交并私信买家', '提交并通知买家', '提交并告知买家', '提交并回复', '提交并回复买家', '保存并发送给买家', '确定并通知顾客', '提交后同步给买家', '完成并答复客户'])
    it(`send: ${label}`, () => {
      expect(isDraftSendLabel(label)).toBe(true);
      page(`<section><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><button id="b">${label}</button></section>`);
      expect(isDraftSendControl($('#b'))).toBe(true);
      expect(evidenceReportOf($('#b')), 'no report pass for it').toBeNull();
    });
  for (const label of ['提交', '提交并关闭', '保存并通知同事', '提交并同步', '提交并返回', '确定'])
    it(`no send: ${label}`, () => expect(isDraftSendLabel(label)).toBe(false));

  it('a report form holding 提交并私信买家 besides its 提 交 loses the report pass', () => {
    page('<section><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><button id="s">提 交</button><button>提交并私信买家</button></section>');
    expect(evidenceReportOf($('#s'))).toBeNull();
  });
});

describe('round 53c (rt53g F1): a checked option saying the text goes to the buyer takes the report pass away', () => {
  const form = (checked: string, text = '提交后将内容同步回复给买家') =>
    `<section><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><label><input type="checkbox" ${checked}> ${text}</label><button id="s">提 交</button></section>`;
  it('checked: judged', () => {
    page(form('checked'));
    expect(evidenceReportOf($('#s'))).toBeNull();
  });
  it('a role=switch aria-checked=true named so: judged', () => {
    page('<section><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><button role="switch" aria-checked="true" aria-label="同步回复给买家"></button><button id="s">提 交</button></section>');
    expect(evidenceReportOf($('#s'))).toBeNull();
  });
  it('unchecked: the report pass holds', () => {
    page(form(''));
    expect(evidenceReportOf($('#s'))?.evidence).toEqual([$('#f')]);
  });
  it('checked but about something else (平台回复后短信通知我): the report pass holds', () => {
    page(form('checked', '平台处理后短信通知我'));
    expect(evidenceReportOf($('#s'))?.evidence).toEqual([$('#f')]);
  });
});

describe('round 53c (rt53g F2): 回复买家 beside a 提 交 is its field’s send', () => {
  for (const [title, name] of [
    ['售后处理', '处理说明'],
    ['提交工单给平台', '买家消息截图说明'],
  ])
    for (const reply of ['回复买家', '回复', '回复顾客'])
      it(`${title} / ${name} / [提 交] [${reply}]`, () => {
        page(`<section><h4>${title}</h4><label for="f">${name}</label><textarea id="f"></textarea><button>提 交</button><button id="r">${reply}</button></section>`);
        expect(mayBeOwnSend($('#r'))).toBe(true);
        expect(ownSendOf($('#f'))).toBe($('#r'));
        expect(fieldsOfOwnSend($('#r'))).toEqual([$('#f')]);
      });
  it('a composer with its own 发送 keeps it: the 回复 beside it is a toolbar’s', () => {
    page('<div><textarea id="f"></textarea><button id="r">回复</button><button id="s">发送</button></div>');
    expect(ownSendOf($('#f'))).not.toBe($('#r'));
  });
});

describe('round 53c (rt53g F8): an SMS-code label does not hide a chat’s send', () => {
  const chat = (controls: string) =>
    `<div class="box"><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><textarea id="f"></textarea>${controls}</div>`;
  it('<button aria-label="发送验证码">发送</button>: the visible 发送 wins', () => {
    page(chat('<button id="s" aria-label="发送验证码">发送</button>'));
    expect(labelNamesSend($('#s'))).toBe(true);
    expect(findSendButton($('#f'))).toBe($('#s'));
  });
  it('a chat’s only control 发送验证码 is its send', () => {
    page(chat('<button id="s">发送验证码</button>'));
    expect(findSendButton($('#f'))).toBe($('#s'));
  });
  it('a chat with 获取验证码 and 发送: 发送 is the send', () => {
    page(chat('<button id="c">获取验证码</button><button id="s">发送</button>'));
    expect(findSendButton($('#f'))).toBe($('#s'));
  });
  it('no chat: 发送验证码 stays nobody’s send', () => {
    page('<section><h4>售后处理</h4><label>手机号 <input id="ph"></label><button id="c">发送验证码</button><label for="f">留言（买家可见）</label><textarea id="f"></textarea><button id="ok">确 定</button></section>');
    expect(labelNamesSend($('#c'))).toBe(false);
    expect(findSendButton($('#f'))).not.toBe($('#c'));
    expect(ownSendOf($('#f'))).toBe($('#ok'));
  });
});
