// @vitest-environment happy-dom
// Round 55 (guard55): what rt54g left in the send guard. F11: a field named or typed as form data (a phone, a one-time code) that is
// a chat thread's composer (a thread near it, a 发送 its send) is a draft; a real address or code form beside a thread is not. 备注: a
// note addressed to the buyer (给买家备注, 买家备注, 给买家的备注) is judged at its 确 定; a plain 备注 in a CRM / order panel stays internal.
import { describe, expect, it } from 'vitest';
import { fieldsOfOwnSend, ownSendOf } from '../../../sites/own-send';
import { isAsideField } from '../../../sites/draft-scope';
import { editableRoot, findComposerCandidates, isFormDataOnly } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const THREAD = '<div class="ChatMessageList-ContentWrap"><div>买家：在吗</div></div>';

describe('round 55 (rt54g F11): a chat thread’s composer is a draft whatever its name or type', () => {
  const COMPOSER = [
    [`<div class="box">${THREAD}<input id="f" type="tel" name="receiverPhone" placeholder="输入消息"><button id="ok">发送</button></div>`, 'D5: <input type=tel name=receiverPhone> + 发送'],
    [`<div class="box">${THREAD}<input id="f" type="tel" name="receiverPhone"><button id="ok">发 送</button></div>`, '<input type=tel> with no message word + 发 送'],
    [`<div class="box">${THREAD}<textarea id="f" autocomplete="one-time-code"></textarea><button id="ok">发送</button></div>`, 'D6: textarea autocomplete=one-time-code + 发送'],
    [`<div class="box">${THREAD}<label for="f">收货人手机号</label><input id="f" autocomplete="tel"><button id="ok">发送</button></div>`, 'a 收货人手机号 input + 发送 beside a thread'],
    [`<div class="box">${THREAD}<div><textarea id="f" name="address" autocomplete="street-address"></textarea></div><div><button id="ok">发送</button></div></div>`, 'street-address textarea, 发送 a level up'],
  ] as const;
  for (const [html, what] of COMPOSER) {
    it(`valid: ${what}`, () => {
      page(html);
      expect(editableRoot($('#f'))).toBe($('#f'));
      expect(isFormDataOnly($('#f'))).toBe(false);
      expect(findComposerCandidates(document.body)).toEqual($('#f').localName === 'input' && $('#f').getAttribute('type') === 'tel' ? [] : [$('#f')]);
    });
  }
  const FORM = [
    [`<div class="box">${THREAD}<label for="f">验证码</label><input id="f" autocomplete="one-time-code"><button id="ok">确 定</button></div>`, 'rt54g A3: 验证码 one-time-code beside a thread, 确 定'],
    [`<div class="box">${THREAD}<h5>修改地址</h5><label for="f">详细地址</label><textarea id="f"></textarea><button id="ok">保 存</button></div>`, 'rt54g A4: 修改地址 / 详细地址 beside a thread, 保 存'],
    [
      `<div class="box">${THREAD}<div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="f">详细地址</label><textarea id="f"></textarea><button class="ant-btn ant-btn-primary" id="ok"><span>确 定</span></button></div></div>`,
      'rt54g A1: modal 修改收货地址 beside a thread, 确 定',
    ],
    [`<form><label for="f">收货人</label><input id="f"><label for="g">手机号</label><input type="tel" id="g"><label for="h">详细地址</label><textarea id="h"></textarea><button id="ok">保 存</button></form>`, 'an address form, no thread'],
    [`<div class="box">${THREAD}<label for="f">验证码</label><input id="f" autocomplete="one-time-code"><button id="ok">发送验证码</button></div>`, '验证码 beside a thread with 发送验证码'],
    [
      `<div class="box">${THREAD}<input type="tel" id="c" placeholder="输入消息"><button>发送</button></div><div class="box">${THREAD}<label for="f">详细地址</label><textarea id="f"></textarea><button id="ok">保 存</button></div>`,
      'an address box beside a thread, another chat’s 发送 (a phone-typed composer) further up',
    ],
  ] as const;
  for (const [html, what] of FORM) {
    it(`invalid: ${what}`, () => {
      page(html);
      expect(isFormDataOnly($('#f'))).toBe(true);
      expect(ownSendOf($('#f'))).toBeNull();
      expect(findComposerCandidates(document.body)).toEqual([]);
    });
  }
  it('invalid: a phone input beside a thread whose send is no 发送 is no field at all', () => {
    page(`<div class="box">${THREAD}<label for="g">手机号</label><input type="tel" id="g"><button>保 存</button></div>`);
    expect(editableRoot($('#g'))).toBeNull();
  });
});

describe('round 55: 备注 is decided by its words and neighbours', () => {
  const BUYER = [
    ['<section><h4>买家备注</h4><textarea id="f"></textarea><button id="b">确 定</button></section>', 'a section titled 买家备注'],
    ['<section><h4>给买家备注</h4><textarea id="f"></textarea><button id="b">确 定</button></section>', 'a section titled 给买家备注'],
    ['<div class="ant-modal" role="dialog"><div class="ant-modal-title">买家备注</div><textarea id="f"></textarea><button id="b">确 定</button></div>', 'a dialog titled 买家备注'],
    ['<section><h4>备注</h4><textarea id="f" placeholder="给买家的备注"></textarea><button id="b">确 定</button></section>', '备注 titled, the field says 给买家的备注'],
    ['<section><h4>订单备注</h4><label for="f">备注给买家</label><textarea id="f"></textarea><button id="b">保 存</button></section>', '订单备注 titled, the field says 备注给买家'],
    ['<section><h4>备注（买家可见）</h4><textarea id="f"></textarea><button id="b">确 定</button></section>', '备注（买家可见）'],
  ] as const;
  for (const [html, what] of BUYER) {
    it(`judged: ${what}`, () => {
      page(html);
      expect(fieldsOfOwnSend($('#b'))).toEqual([$('#f')]);
    });
  }
  it('judged: an order card’s 发送 carries the note under its 备注 heading (the card’s send wins)', () => {
    page('<div class="order-card"><div>订单 12345</div><h5>备注</h5><textarea id="f"></textarea><button id="b">发送订单</button></div>');
    expect(ownSendOf($('#f'))).toBe($('#b'));
  });
  const KEPT = [
    ['<section><h4>备注</h4><textarea id="f"></textarea><button id="b">确 定</button></section>', 'a plain 备注 section'],
    [`<div>${THREAD}<div><h5>备注</h5><textarea id="f"></textarea><button id="b">保 存</button></div></div>`, 'a 备注 panel beside a thread'],
    ['<div class="ant-modal" role="dialog"><div class="ant-modal-title">订单备注</div><textarea id="f"></textarea><button id="b">确 定</button></div>', 'a dialog titled 订单备注'],
    ['<section><h4>客户备注</h4><textarea id="f"></textarea><button id="b">保 存</button></section>', 'a CRM’s 客户备注'],
    [`<div>${THREAD}<section><h4>买家信息</h4><label for="f">备注</label><textarea id="f"></textarea><button id="b">保 存</button></section></div>`, 'rt54g r5: CRM 买家信息 / 备注 beside a thread'],
  ] as const;
  for (const [html, what] of KEPT) {
    it(`kept: ${what}`, () => {
      page(html);
      expect(fieldsOfOwnSend($('#b'))).toEqual([]);
    });
  }
  it('a field named as a note to the buyer is no aside; an internal one still is', () => {
    page('<textarea id="f" placeholder="给买家的备注"></textarea><textarea id="g" placeholder="备注（仅内部可见）"></textarea><textarea id="h" placeholder="备注"></textarea>');
    expect([isAsideField($('#f')), isAsideField($('#g')), isAsideField($('#h'))]).toEqual([false, true, true]);
  });
});
