// @vitest-environment happy-dom
// Round 53 (rt52g F4, F5, F6): a 确定 / 完成 / 确认 committing a field the buyer reads is its send; an SMS code's 发送验证码 is nobody's send;
// a report to the platform quoting the buyer's message (its own 提交 only) is no send to a buyer.
import { describe, expect, it } from 'vitest';
import { evidenceReportOf, fieldsOfOwnSend, isSentAlongField, mayBeOwnSend, ownSendOf, settingCommitOf } from '../../../sites/own-send';
import { findSendButton, labelNamesSend } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;

/** The four fields rt52g F4 saved by 确 定 (g05, pages/ctrl52b.html), and more wordings of the same. */
const VALID = [
  [
    '<div class="ant-modal" role="dialog" aria-labelledby="t"><div class="ant-modal-title" id="t">售后处理</div><div class="ant-modal-body"><label for="f">留言（对方可见）</label><textarea id="f"></textarea></div><div class="ant-modal-footer"><button type="button" class="ant-btn">取 消</button><button type="button" class="ant-btn ant-btn-primary" id="ok">确 定</button></div></div>',
    'F4: dialog 售后处理 / 留言（对方可见）',
  ],
  ['<section><h4>评价管理</h4><div class="review">用户：东西不行</div><div class="ant-form-item"><label for="f">商家说明（公开展示在评价下）</label><textarea id="f"></textarea></div><button type="button" class="ant-btn ant-btn-primary" id="ok">确 定</button></section>', 'F4: 评价管理 / 商家说明（公开展示在评价下）'],
  ['<section><h4>在线咨询</h4><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><div id="f" contenteditable="true"></div><button type="button" id="ok">确 定</button></section>', 'F4: a chat thread and a contenteditable'],
  ['<section><h4>消费者投诉处理</h4><div class="ant-form-item"><label for="f">处理说明（消费者可见）</label><textarea id="f"></textarea></div><button type="button" id="ok">确 定</button></section>', 'F4: 消费者投诉处理 / 处理说明（消费者可见）'],
  ['<section><h4>售后反馈</h4><textarea id="f" placeholder="给消费者的答复"></textarea><button id="ok">完 成</button></section>', '给消费者的答复 + 完 成'],
  ['<form><h4>投诉处理</h4><textarea id="f" aria-label="致歉说明（会通知到顾客）"></textarea><button type="button" id="ok">确 认</button></form>', '会通知到顾客 + 确 认'],
  ['<section><h4>售后</h4><textarea id="f" placeholder="处理意见（将展示给客户）"></textarea><a href="javascript:;" id="ok">确定</a></section>', '将展示给客户 + a link-styled 确定'],
  ['<div role="dialog" aria-label="回复买家评价"><textarea id="f" placeholder="内容"></textarea><button id="ok">确定</button><button>取消</button></div>', 'the dialog’s title says 回复买家'],
  ['<section><h4>协商</h4><textarea id="f" placeholder="协商方案（亲可见）"></textarea><button id="ok">OK</button></section>', '亲可见 + OK'],
  ['<div class="pane"><div role="log"><p>买家：在吗</p></div><div><textarea id="f"></textarea><div><button id="ok">确定</button></div></div></div>', 'a role=log thread a few levels up'],
] as const;

describe('round 53 (rt52g F4): 确定 / 完成 / 确认 commit a field the buyer reads, judged like 提交', () => {
  for (const [html, what] of VALID) {
    it(`valid: ${what}`, () => {
      page(html);
      const f = $('#f');
      expect(findSendButton(f), 'no 发送 names it').toBeNull();
      expect(ownSendOf(f)).toBe($('#ok'));
      expect(mayBeOwnSend($('#ok'))).toBe(true);
      expect(fieldsOfOwnSend($('#ok'))).toEqual([f]);
      expect(isSentAlongField(f), 'its own composer, not sent along').toBe(false);
    });
  }
  it('every confirm of that box counts (a 确定 button and an <a>完成 beside it); 取消 does not', () => {
    page('<section><h4>评价管理</h4><textarea id="f" placeholder="商家回复（公开可见）"></textarea><button id="ok">确定</button><a href="javascript:;" id="ok2">完成</a><button id="no">取消</button></section>');
    expect(fieldsOfOwnSend($('#ok'))).toEqual([$('#f')]);
    expect(fieldsOfOwnSend($('#ok2'))).toEqual([$('#f')]);
    expect(mayBeOwnSend($('#no'))).toBe(false);
  });

  const INVALID = [
    // Round 48 (guard48c): a 附言 popover's 确定 only hides it; the composer's send carries it.
    ['<div class="ant-popover"><textarea id="f" placeholder="附言（买家可见）"></textarea><button class="ant-btn" id="ok">确定</button></div>', '48c: 附言（买家可见） in a popover'],
    ['<div class="ant-popover"><textarea id="f" placeholder="附言（随下一条消息一起发送给买家）"></textarea><button id="ok">确定</button></div>', '48c: 附言 sent with the next message'],
    ['<div role="dialog" aria-label="售后处理"><textarea id="f" placeholder="内部备注（仅客服可见）"></textarea><button id="ok">确定</button></div>', 'an internal note'],
    ['<div role="dialog"><textarea id="f" placeholder="留言（买家不可见）"></textarea><button id="ok">确定</button></div>', '买家不可见'],
    ['<div role="dialog" aria-label="修改收货地址"><input id="f" placeholder="详细地址"><button id="ok">确定</button></div>', 'an address form'],
    ['<div role="dialog" aria-label="投诉买家"><textarea id="f" placeholder="投诉内容"></textarea><button id="ok">确定</button></div>', 'a complaint about a buyer (to the platform)'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="举报原因（仅平台可见，不公开）"></textarea><button id="ok">确定</button></section>', '仅平台可见，不公开'],
    ['<section><h4>评价管理</h4><textarea id="f" placeholder="商家说明（公开展示）"></textarea><button id="ok">查看</button></section>', 'no confirm'],
    ['<section><h4>在线咨询</h4><div class="ChatMessageList"></div><textarea id="f"></textarea><button id="send">发送</button><button id="ok">确定</button></section>', 'a chat box with its 发送 (that is its send)'],
    ['<div class="chat"><div class="ChatMessageList"></div><input id="f" placeholder="搜索聊天记录"><button id="ok">确定</button></div>', 'a search beside a thread'],
  ] as const;
  for (const [html, what] of INVALID) {
    it(`invalid: ${what}`, () => {
      page(html);
      const ok = $('#ok');
      expect(ownSendOf($('#f')) === ok, 'the confirm is not its send').toBe(false);
      expect(fieldsOfOwnSend(ok)).toEqual([]);
    });
  }
  it('48c: the 附言（买家可见） popover stays sent along with the composer', () => {
    page('<div class="ant-popover"><textarea id="f" placeholder="附言（买家可见）"></textarea><button class="ant-btn" id="ok">确定</button></div>');
    expect(isSentAlongField($('#f'))).toBe(true);
  });
  it('a quick-phrase setting’s 确定 is still its setting commit (held once), not a buyer commit', () => {
    page('<div role="dialog" aria-label="新建快捷短语"><textarea id="f" placeholder="短语内容（一键发送给买家）"></textarea><button id="ok">确 定</button></div>');
    expect(settingCommitOf($('#f'))).toBe($('#ok'));
  });
});

describe('round 53 (rt52g F6): a 发送验证码 sends an SMS code, never the field', () => {
  for (const label of ['发送验证码', '获取验证码', '重新发送(验证码)', '重新发送验证码', '重新发送（59s）', '60秒后重新获取', '发送短信验证码', '获取短信验证码', 'Send code', '发 送 验 证 码']) {
    it(`${label}: names no send; never a field's send`, () => {
      page(`<form><h4>提交工单</h4><label>手机号<input id="tel" placeholder="手机号"></label><button type="button" id="sms">${label}</button>
        <textarea id="f" placeholder="问题描述"></textarea><button type="button" id="ok">提 交</button></form>`);
      expect(labelNamesSend($('#sms'))).toBe(false);
      expect(findSendButton($('#tel')), 'the SMS button is not the phone field’s send').not.toBe($('#sms'));
      expect(findSendButton($('#f')), 'the form’s 提交 is its commit').toBe($('#ok'));
    });
  }
  it('without 提交, the SMS button is still no send of the field', () => {
    page('<div><textarea id="f" placeholder="问题描述"></textarea><button id="sms">获取验证码</button></div>');
    expect(findSendButton($('#f'))).toBeNull();
  });
  for (const label of ['发送', '发送给买家', '确认发送', '发送验证结果']) {
    it(`${label} still names a send`, () => {
      page(`<div><textarea id="f"></textarea><button id="b">${label}</button></div>`);
      expect(labelNamesSend($('#b'))).toBe(true);
    });
  }
});

describe('round 53 (rt52g F5): a report to the platform quoting the buyer’s message is no send — its own 提交 only', () => {
  const rows = (list: readonly (readonly [string, string])[]) =>
    list.map(([title, label]) => `<section><h4>${title}</h4><label for="f">${label}</label><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>`);
  const VALID = [
    ['举报买家', '聊天记录摘录'],
    ['投诉买家（恶意索要联系方式）', '聊天记录摘录'],
    ['投诉买家', '聊天记录摘录（仅平台可见）'],
    ['提交工单给平台', '聊天记录摘录'],
    ['举报买家', '买家发送的消息内容（请粘贴原文）'],
    ['提交工单给平台', '买家消息截图说明'],
    ['提交工单给平台', '违规买家的回复原文'],
    ['联系平台客服', '聊天记录摘录'],
  ] as const;
  for (const [i, html] of rows(VALID).entries()) {
    it(`valid: ${VALID[i]!.join(' / ')} / 提 交`, () => {
      page(html);
      expect(evidenceReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [] });
    });
  }
  it('valid: 提交举报 in a dialog; the other field (问题描述) is returned to be judged', () => {
    page('<div class="ant-modal" role="dialog" aria-labelledby="t"><div class="ant-modal-title" id="t">举报买家</div><textarea id="f" placeholder="聊天记录摘录"></textarea><textarea id="o" placeholder="补充说明"></textarea><div class="ant-modal-footer"><button>取 消</button><button id="ok">提交举报</button></div></div>');
    expect(evidenceReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [$('#o')] });
  });

  const INVALID = [
    // rt52g F1 (mix2.html): a buyer chat in a 售后反馈 / 投诉处理 section with 提交工单, whatever sends it.
    ['<section><h4>售后反馈</h4><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><textarea id="f" placeholder="请输入"></textarea><button type="button" id="ok">提交工单</button></section>', 'F1: 售后反馈 chat + 提交工单'],
    ['<section><h4>投诉处理</h4><div class="ChatMessageList-ContentWrap"></div><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button></section>', 'F1: 投诉处理 chat + 提 交'],
    ['<section><h4>举报买家</h4><div class="ChatMessageList-ContentWrap"></div><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button></section>', 'a chat thread in the report box'],
    ['<div class="pane"><div class="ChatMessageList"></div><div><section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button></section></div></div>', 'a chat thread just above the report box'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button><button type="button">发送</button></section>', 'a 发送 in the box'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button><a href="javascript:;">回复</a></section>', 'a 回复 in the box'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">发 送</button></section>', 'its commit says 发送'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">确 定</button></section>', 'its commit says 确定'],
    // rt52g F2 (vocab52 / forms52): buyer-read answers under 投诉处理 / 售后反馈 / 工单.
    ...['处理说明（消费者可见）', '给消费者的答复', '答复内容', '留言（用户可见）', '协商方案（亲可见）', '致歉说明（会通知到顾客）', '处理说明（买家可见）'].flatMap((label) =>
      ['投诉处理', '售后反馈', '工单', '消费者投诉处理'].map((title) => [`<section><h4>${title}</h4><label for="f">${label}</label><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>`, `F2: ${title} / ${label}`] as const),
    ),
    ['<form><h4>投诉工单 · 与消费者协商</h4><label for="f">协商内容（消费者可见）</label><input id="f"><button type="submit" id="ok">提交</button></form>', 'F2 M5: 投诉工单 · 与消费者协商'],
    // The label says a reader sees it or it answers, under a platform title.
    ...['聊天记录（买家可见）', '回复买家的消息原文', '给顾客的回复截图', '聊天记录摘录（对方可见）', '回复内容（附聊天记录）'].map((label) => [`<section><h4>举报买家</h4><label for="f">${label}</label><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>`, `a label that answers or is seen: ${label}`] as const),
    ['<section><h4>举报买家</h4><label for="f">问题描述</label><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>', 'no evidence label (问题描述: judged as before)'],
    ['<section><h3>回复买家</h3><form><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button></form></section>', 'an outer title answering the buyer'],
    ['<section><h4>售后工单</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="ok">提 交</button></section>', 'a 售后工单 (not to the platform)'],
  ] as const;
  for (const [html, what] of INVALID) {
    it(`invalid: ${what}`, () => {
      page(html);
      expect(evidenceReportOf($('#ok'))).toBeNull();
    });
  }
  it('bc14dd00: the 售后反馈 section’s 提交工单 and the 发送 outside it are no report’s submit', () => {
    page(`<div class="pane"><section id="s3"><h4>售后反馈</h4><textarea id="c3" rows="2" placeholder="请输入"></textarea><button type="button" id="tk3">提交工单</button></section>
<div class="toolbar"><button type="button" id="send3">发送</button></div></div>`);
    expect(evidenceReportOf($('#tk3'))).toBeNull();
    expect(evidenceReportOf($('#send3'))).toBeNull();
  });
  it('only the form’s own 提交: another control of the report box (取消, the field itself) is none', () => {
    page('<section><h4>举报买家</h4><textarea id="f" placeholder="聊天记录摘录"></textarea><button type="button" id="no">取 消</button><button type="button" id="ok">提 交</button></section>');
    expect(evidenceReportOf($('#no'))).toBeNull();
    expect(evidenceReportOf($('#f'))).toBeNull();
  });
});
