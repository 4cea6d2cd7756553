// @vitest-environment happy-dom
// Round 54 (guard54b, rt53g F4, F7, F10): a form whose text goes to the platform alone is no send at its own 提交 (on positive evidence,
// with no sign of a buyer reader); an address, a receiver's phone or a verification code is no draft and no reply.
import { describe, expect, it } from 'vitest';
import { evidenceReportOf, fieldsOfOwnSend, mayBeOwnSend, ownSendOf, platformOnlyReportOf } from '../../../sites/own-send';
import { isFormDataField } from '../../../sites/draft-scope';
import { findComposerCandidates } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector(sel) as T;
const section = (title: string, label: string, commit = '提 交') =>
  `<section><h4>${title}</h4><label for="f">${label}</label><textarea id="f"></textarea><button type="button" id="ok">${commit}</button></section>`;

describe('round 54 (rt53g F4): a form to the platform alone goes at its own 提交', () => {
  const VALID = [
    [section('工单给平台', '问题描述'), 'rt51 F4 / g00 b2: 工单给平台 / 问题描述 / 提 交'],
    [section('提交工单给平台', '问题描述'), 'g03 M7: 提交工单给平台 / 问题描述'],
    [section('举报买家', '举报原因（请描述买家的违规行为，仅平台可见）'), 'g01 G: 举报买家 / 举报原因（…仅平台可见）'],
    [
      '<div class="ant-modal" role="dialog" aria-labelledby="t"><div class="ant-modal-header"><div class="ant-modal-title" id="t">意见反馈</div></div><div class="ant-modal-body"><textarea id="f" placeholder="请描述您遇到的问题或建议"></textarea></div><div class="ant-modal-footer"><button type="button">取 消</button><button type="button" id="ok">提 交</button></div></div>',
      'g01 H: modal 意见反馈, placeholder only',
    ],
    [
      '<div class="ant-modal" role="dialog" aria-labelledby="t3"><div class="ant-modal-title" id="t3">意见反馈</div><label for="f">反馈内容</label><textarea id="f"></textarea><label><input type="checkbox" checked> 平台回复后短信通知我</label><div><button type="button">取 消</button><button type="button" id="ok">提 交</button></div></div>',
      'g07 #3: 意见反馈 with 「平台回复后短信通知我」 checked',
    ],
    [
      '<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">投诉与申诉</div></div><div class="ant-card-body"><div class="lbl">问题描述</div><textarea id="f"></textarea><button type="button" id="ok">提 交</button></div></div>',
      'g07 #6: antd card 投诉与申诉 / 问题描述',
    ],
    ['<div class="box"><h4>举报买家</h4><label for="f">举报原因（仅平台可见）</label><textarea id="f"></textarea><button id="ok">提 交</button></div>', 'a <div> titled by an <h4>'],
    [section('违规申诉', '申诉理由', '提交申诉'), '违规申诉 / 申诉理由 / 提交申诉'],
    [section('问题反馈', '问题描述（仅平台可见）'), 'a note naming the platform: 仅平台可见'],
    ['<section><h4>问题反馈</h4><p>此内容将提交给平台客服处理</p><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section>', 'a note: 提交给平台客服'],
  ] as const;
  for (const [html, what] of VALID) {
    it(`valid: ${what}`, () => {
      page(html);
      expect(platformOnlyReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [] });
    });
  }
  it('valid: every field of the form goes with it (问题描述 and 联系说明)', () => {
    page('<form><h4>工单给平台</h4><textarea id="f" placeholder="问题描述"></textarea><input id="g" placeholder="补充说明"><button type="button" id="ok">提交举报</button></form>');
    expect(platformOnlyReportOf($('#ok'))).toEqual({ evidence: [$('#f'), $('#g')], others: [] });
  });

  const INVALID = [
    // No positive evidence: 工单 / 投诉 / 反馈 alone, a 提交工单 button (round 52's take-back).
    [section('售后工单', '问题描述'), '售后工单 (工单 alone)'],
    [section('举报买家', '问题描述'), 'guard53: 举报买家 / 问题描述 (whom it is about, not who reads it)'],
    [section('投诉处理', '问题描述'), '投诉处理'],
    [section('售后反馈', '问题描述'), '售后反馈'],
    ['<section><h4>售后反馈</h4><textarea id="f" placeholder="请输入"></textarea><button type="button" id="ok">提交工单</button></section>', 'round 52: a 售后反馈 section holding a 提交工单 button'],
    ['<section><h4>问题描述</h4><textarea id="f"></textarea><button type="button" id="ok">提 交</button></section>', 'no word of a reader at all'],
    // A buyer reader.
    [section('举报买家', '处理说明（消费者可见）'), '消费者可见 in the label'],
    [section('工单给平台', '给消费者的答复'), '给消费者的答复'],
    [section('意见反馈', '回复内容'), '回复 in the label'],
    [section('联系平台客服', '答复内容'), '答复 in the label'],
    [section('提交工单给平台', '问题描述（买家可见）'), '买家可见'],
    ['<section><h4>举报买家</h4><p>提交后将同步至买家端</p><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section>', 'a note: 同步至买家端'],
    ['<section><h4>意见反馈</h4><p>内容会发给买家</p><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section>', 'a note: 发给买家'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="提交后将同步发送给买家"></textarea><button id="ok">提 交</button></section>', 'placeholder 同步发送给买家'],
    ['<section><h4>举报买家</h4><textarea id="f" placeholder="问题描述"></textarea><label><input type="checkbox" checked> 提交后将内容同步回复给买家</label><button id="ok">提 交</button></section>', 'a checked option: 同步回复给买家'],
    ['<section><h4>投诉买家 · 回复买家</h4><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section>', 'a mixed title answering the buyer'],
    ['<section><h3>回复买家</h3><form><h4>举报买家</h4><textarea id="f" placeholder="问题描述"></textarea><button type="button" id="ok">提 交</button></form></section>', 'an outer title answering the buyer'],
    ['<section><h4>举报买家</h4><div class="ChatMessageList-ContentWrap"></div><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section>', 'a chat thread in the form'],
    ['<div class="pane"><div class="ChatMessageList"></div><div><section><h4>意见反馈</h4><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button></section></div></div>', 'a chat thread near the form'],
    ['<section><h4>工单给平台</h4><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button><button>发送</button></section>', 'a 发送 in the form'],
    ['<section><h4>工单给平台</h4><textarea id="f" placeholder="问题描述"></textarea><button id="ok">提 交</button><a href="javascript:;">回复买家</a></section>', 'a 回复买家 in the form'],
    ['<section><h4>工单给平台</h4><textarea id="f" placeholder="附言（随消息一起发送）"></textarea><button id="ok">提 交</button></section>', 'a 附言 sent with the message'],
    ['<div class="box"><div role="tablist"><div role="tab" aria-selected="false">举报买家</div><div role="tab" aria-selected="true">回复买家</div></div><div role="tabpanel"><h4>举报买家</h4><label for="f">问题描述</label><textarea id="f"></textarea><button id="ok">提 交</button></div></div>', 'R12: the selected tab is 回复买家'],
    // Not its own 提交.
    [section('工单给平台', '问题描述', '发 送'), 'its commit says 发送'],
    [section('工单给平台', '问题描述', '回 复'), 'its commit says 回复'],
    [section('工单给平台', '问题描述', '提交并通知买家'), '提交并通知买家'],
    [section('工单给平台', '问题描述', '确 定'), '确定'],
  ] as const;
  for (const [html, what] of INVALID) {
    it(`invalid: ${what}`, () => {
      page(html);
      expect(platformOnlyReportOf($('#ok'))).toBeNull();
    });
  }
  it('round 52 take-back: the 发送 outside a 售后反馈 section, and the section’s 提交工单, are no platform form’s', () => {
    page(`<div class="pane"><section id="s3"><h4>售后反馈</h4><textarea id="c3" rows="2" placeholder="请输入"></textarea><button type="button" id="tk3">提交工单</button></section>
<div class="toolbar"><button type="button" id="send3">发送</button></div></div>`);
    expect(platformOnlyReportOf($('#tk3'))).toBeNull();
    expect(platformOnlyReportOf($('#send3'))).toBeNull();
  });
  it('only the form’s own 提交: its 取消, its field, a 发送 outside it are none', () => {
    page('<div><textarea id="chat"></textarea><button id="send">发送</button></div><section><h4>工单给平台</h4><textarea id="f" placeholder="问题描述"></textarea><button id="no">取 消</button><button id="ok">提 交</button></section>');
    expect(platformOnlyReportOf($('#no'))).toBeNull();
    expect(platformOnlyReportOf($('#f'))).toBeNull();
    expect(platformOnlyReportOf($('#send'))).toBeNull();
    expect(platformOnlyReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [] });
  });
  it('the evidence pass also takes a <div> titled by a heading (C05 E2), not one whose selected tab answers the buyer', () => {
    page('<div class="box"><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><button id="ok">提 交</button></div>');
    expect(evidenceReportOf($('#ok'))).toEqual({ evidence: [$('#f')], others: [] });
    page('<div class="box"><div role="tablist"><div role="tab" aria-selected="true">回复买家</div></div><div role="tabpanel"><h4>举报买家</h4><label for="f">聊天记录摘录</label><textarea id="f"></textarea><button id="ok">提 交</button></div></div>');
    expect(evidenceReportOf($('#ok'))).toBeNull();
  });
});

describe('round 54 (rt53g F7, F10): an address, a receiver’s phone, a verification code is no draft', () => {
  const DATA = [
    ['<label for="f">详细地址</label><textarea id="f"></textarea>', '详细地址'],
    ['<label for="f">收货人手机号</label><input id="f">', '收货人手机号'],
    ['<input id="f" placeholder="收货地址">', '收货地址'],
    ['<label for="f">收货人</label><input id="f">', '收货人'],
    ['<label for="f">验证码</label><input id="f">', '验证码'],
    ['<input id="f" placeholder="请输入短信动态码">', '动态码'],
    ['<input id="f" autocomplete="one-time-code">', 'autocomplete one-time-code'],
    ['<input id="f" autocomplete="street-address">', 'autocomplete street-address'],
  ] as const;
  for (const [html, what] of DATA) {
    it(`data: ${what}`, () => {
      page(html);
      expect(isFormDataField($('#f'))).toBe(true);
    });
  }
  const MESSAGE = [
    ['<textarea id="f" placeholder="请输入消息（可粘贴收货地址）"></textarea>', '消息 that may hold an address'],
    ['<textarea id="f" placeholder="给买家的说明（如收货地址有误）"></textarea>', '说明 mentioning an address'],
    ['<textarea id="f" placeholder="回复买家"></textarea>', '回复买家'],
    ['<textarea id="f" aria-label="留言（买家可见）"></textarea>', '留言'],
    ['<textarea id="f" placeholder="修改收货地址的原因"></textarea>', '原因'],
    ['<textarea id="f" placeholder="请输入"></textarea>', 'no name'],
    ['<div id="f" contenteditable="true" aria-label="详细地址"></div>', 'a contenteditable (a composer)'],
  ] as const;
  for (const [html, what] of MESSAGE) {
    it(`not data: ${what}`, () => {
      page(html);
      expect(isFormDataField($('#f'))).toBe(false);
    });
  }
  it('F7: 修改收货地址 / 详细地址 beside a chat thread: its 确 定 commits no reply', () => {
    page('<div class="box"><div class="ChatMessageList-ContentWrap"></div><div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="f">详细地址</label><textarea id="f"></textarea><button class="ant-btn ant-btn-primary" id="ok"><span>确 定</span></button></div></div>');
    expect(ownSendOf($('#f'))).toBeNull();
    expect(mayBeOwnSend($('#ok'))).toBe(false);
    expect(fieldsOfOwnSend($('#ok'))).toEqual([]);
    expect(findComposerCandidates(document.body)).toEqual([]);
  });
  it('F7 control: the same dialog with 留言（对方可见） is still judged at 确 定', () => {
    page('<div class="box"><div class="ChatMessageList-ContentWrap"></div><div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="f">留言（对方可见）</label><textarea id="f"></textarea><button class="ant-btn ant-btn-primary" id="ok"><span>确 定</span></button></div></div>');
    expect(ownSendOf($('#f'))).toBe($('#ok'));
  });
});
