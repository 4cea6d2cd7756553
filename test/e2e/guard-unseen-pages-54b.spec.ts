// Round 53's guard red team (rt53g), guard54b. F4: forms whose text goes to the platform alone (工单给平台 / 问题描述, 提交工单给平台,
// 举报买家 / 举报原因（仅平台可见）, modal 意见反馈, 意见反馈 with 「平台回复后短信通知我」, card 投诉与申诉, a <div> 举报买家 / 聊天记录摘录)
// were hard-blocked at their own 提 交; they go now, while every sign of a buyer reader (a chat thread, 回复买家 / 答复 / 同步给买家
// wording, a 发送 outside, Enter, a selected 回复买家 tab) still stops. F7: a 修改收货地址 / 收货信息 address or receiver's phone was
// blocked by 确 定 / Enter; F10: typing a 6-digit code into 身份验证 / 验证码 raised the 2.1 typing banner. Pages record in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  blockedBanner,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RT_SCRIPT_END as E,
  recordedBy,
  redTeamDoc,
  typeIntoField,
  WORKBENCH_SENDBOX,
  WORKBENCH_SENDBOX_SCRIPT,
  workbenchPagesTest,
} from './guard-support';

const THREAD = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">你好，能加微信吗？</div></div>';
const STYLE = '<style>section,form,.ant-modal,.ant-card,.box{border:1px solid #ddd;padding:4px;margin:4px 0;width:560px}textarea,input{width:520px;display:block}</style>';
/** Each commit `b<k>` records its field `f<k>` (and empties it). */
const KEEP = (keys: readonly string[]) => `for (const k of ${JSON.stringify(keys)}) document.getElementById('b' + k).addEventListener('click', function () {
  var f = document.getElementById('f' + k); if (rec(k + ':' + f.value)) f.value = ''; });`;

/** rt53g F4's platform forms (r-g00 b2, g03 M7, g01 G and H, g07 #3 and #6, C05 E2), beside the stops that stay. */
const platformPage = redTeamDoc(
  'forms to the platform beside buyer-facing ones',
  `${STYLE}
<section><h4>工单给平台</h4><label for="f1">问题描述</label><textarea id="f1" rows="1"></textarea><button type="button" id="b1">提 交</button></section>
<section><h4>提交工单给平台</h4><label for="f2">问题描述</label><textarea id="f2" rows="1"></textarea><button type="button" id="b2">提 交</button></section>
<section><h4>举报买家</h4><label for="f3">举报原因（请描述买家的违规行为，仅平台可见）</label><textarea id="f3" rows="1"></textarea><button type="button" id="b3">提 交</button></section>
<div class="ant-modal" role="dialog" aria-labelledby="t4"><div class="ant-modal-header"><div class="ant-modal-title" id="t4">意见反馈</div></div><div class="ant-modal-body"><textarea id="f4" rows="1" placeholder="请描述您遇到的问题或建议"></textarea></div><div class="ant-modal-footer"><button type="button">取 消</button><button type="button" id="b4">提 交</button></div></div>
<div class="ant-modal" role="dialog" aria-labelledby="t5"><div class="ant-modal-title" id="t5">意见反馈</div><label for="f5">反馈内容</label><textarea id="f5" rows="1"></textarea><label><input type="checkbox" checked style="width:auto;display:inline"> 平台回复后短信通知我</label><div><button type="button">取 消</button><button type="button" id="b5">提 交</button></div></div>
<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">投诉与申诉</div></div><div class="ant-card-body"><div class="lbl">问题描述</div><textarea id="f6" rows="1"></textarea><button type="button" id="b6">提 交</button></div></div>
<div class="box"><h4>举报买家</h4><label for="f7">聊天记录摘录</label><textarea id="f7" rows="1"></textarea><button type="button" id="b7">提 交</button></div>
<div class="pane"><section><h4>售后反馈</h4>${THREAD}<textarea id="fx1" rows="1" placeholder="请输入"></textarea><button type="button" id="tkx1">提交工单</button></section><div class="toolbar"><button type="button" id="bx1">发送</button></div></div>
<section><h4>举报买家</h4><label for="fx2">问题描述</label><textarea id="fx2" rows="1"></textarea><button type="button" id="bx2">提 交</button></section>
<section><h4>工单给平台</h4><label for="fx3">给消费者的答复</label><textarea id="fx3" rows="1"></textarea><button type="button" id="bx3">提 交</button></section>
<div class="ant-modal" role="dialog" aria-labelledby="tx4"><div class="ant-modal-title" id="tx4">意见反馈</div><textarea id="fx4" rows="1" placeholder="问题描述"></textarea><label><input type="checkbox" checked style="width:auto;display:inline"> 提交后将内容同步回复给买家</label><button type="button" id="bx4">提 交</button></div>
<div class="box"><div role="tablist"><div role="tab" aria-selected="false">举报买家</div><div role="tab" aria-selected="true">回复买家</div></div><div role="tabpanel"><h4>举报买家</h4><label for="fx5">聊天记录摘录</label><textarea id="fx5" rows="1"></textarea><button type="button" id="bx5">提 交</button></div></div>
<section><h4>意见反馈</h4>${THREAD}<textarea id="fx6" rows="1" placeholder="问题描述"></textarea><button type="button" id="bx6">提 交</button></section>
<script>${KEEP(['1', '2', '3', '4', '5', '6', '7', 'x2', 'x3', 'x4', 'x5', 'x6'])}
document.getElementById('bx1').addEventListener('click', function () { var f = document.getElementById('fx1'); if (rec('x1:' + f.value)) f.value = ''; });
// The 售后反馈 chat and the 工单给平台 form send on Enter too (a page's keydown handler): Enter is never the form's 提交.
for (const [f, b] of [['fx1', 'bx1'], ['f1', 'b1']]) document.getElementById(f).addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); document.getElementById(b).click(); } });
${E}`,
);

/** rt53g F7 (c02 N7–N9, c03's addr-only page): the address modal beside a thread or not, and a 收货信息 form submitted by Enter. */
const ADDRESS = '北京市朝阳区望京街10号院3号楼 张三 13812345678';
const addressPage = redTeamDoc(
  'a receiver’s address on the workbench',
  `${STYLE}${WORKBENCH_SENDBOX}
<div class="box">${THREAD}<div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="fn7">详细地址</label><textarea id="fn7"></textarea><button class="ant-btn ant-btn-primary" id="bn7"><span>确 定</span></button></div></div>
<div class="box"><div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="fn8">详细地址</label><textarea id="fn8"></textarea><button class="ant-btn ant-btn-primary" id="bn8"><span>确 定</span></button></div></div>
<div class="box">${THREAD}<div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="fn9">收货人手机号</label><input id="fn9"><button class="ant-btn ant-btn-primary" id="bn9"><span>确 定</span></button></div></div>
<form id="d2form"><h4>收货信息</h4><label for="fd2">详细地址</label><input id="fd2"><button class="ant-btn ant-btn-primary"><span>保 存</span></button></form>
<div class="box">${THREAD}<div class="ant-modal" role="dialog"><div class="ant-modal-title">修改收货地址</div><label for="fnx">留言（对方可见）</label><textarea id="fnx"></textarea><button class="ant-btn ant-btn-primary" id="bnx"><span>确 定</span></button></div></div>
<script>${WORKBENCH_SENDBOX_SCRIPT}
${KEEP(['n7', 'n8', 'n9', 'nx'])}
d2form.addEventListener('submit', function (e) { e.preventDefault(); if (rec('d2:' + fd2.value)) fd2.value = ''; });
${E}`,
);

/** rt53g F10 (c09 S7): a 身份验证 form's 验证码, beside a plain textarea (which does show the 2.1 banner for digits). */
const codePage = redTeamDoc(
  'a verification code',
  `${STYLE}<form class="box" id="s7form"><h4>身份验证</h4><label for="s7">验证码</label><input id="s7"><button type="button">重新发送（59s）</button><button>确 定</button></form>
<section><h4>留言</h4><textarea id="note" rows="1" placeholder="请输入"></textarea><button type="button" id="noteSend">发送</button></section>
<script>s7form.addEventListener('submit', function (e) { e.preventDefault(); if (rec('s7:' + s7.value)) s7.value = ''; });
noteSend.addEventListener('click', function () { if (rec(note.value)) note.value = ''; });
${E}`,
);

const test = workbenchPagesTest({ '/rt54b/platform': platformPage, '/rt54b/address': addressPage, '/rt54b/code': codePage });

const stopped = async (pg: Page, field: string, act: () => Promise<unknown>, what: string): Promise<void> => {
  expect(await recordedBy(pg, act), `${what}: stopped`).toEqual([]);
  await expect(blockedBanner(pg), `${what}: blocked`).toHaveCount(1);
  await expect(pg.locator(field), `${what}: the draft stays`).toHaveValue(BAD);
  await pg.locator(field).fill('');
};

test('rt53g F4: a form to the platform alone goes at its own 提 交; a buyer reader, a 发送 or an Enter still stops', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54b/platform', '#f1');
  for (const [k, what] of [
    ['1', '工单给平台 / 问题描述'],
    ['2', '提交工单给平台 / 问题描述'],
    ['3', '举报买家 / 举报原因（…仅平台可见）'],
    ['4', 'modal 意见反馈, placeholder only'],
    ['5', '意见反馈 with 平台回复后短信通知我'],
    ['6', 'card 投诉与申诉 / 问题描述'],
    ['7', '<div> 举报买家 / 聊天记录摘录'],
  ] as const) {
    await typeIntoField(pg, `#f${k}`, BAD);
    expect(await recordedBy(pg, () => pg.locator(`#b${k}`).click()), `${what}: goes`).toEqual([`${k}:${BAD}`]);
    await expect(blockedBanner(pg), `${what}: nothing stopped`).toHaveCount(0);
  }
  // Keyboard: Tab onto the form's 提 交 and Enter, as a click.
  await typeIntoField(pg, '#f2', BAD);
  await pg.locator('#b2').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on 提 交: goes').toEqual([`2:${BAD}`]);
  // Only its 提 交: an Enter in its field (the page sends on Enter) is judged as a send, as before.
  await typeIntoField(pg, '#f1', BAD);
  await stopped(pg, '#f1', () => pg.keyboard.press('Enter'), 'Enter in 工单给平台 / 问题描述');
  // Round 52's take-back: a 售后反馈 chat with 提交工单, sent by the 发送 outside and by Enter.
  await typeIntoField(pg, '#fx1', BAD);
  await stopped(pg, '#fx1', () => pg.locator('#bx1').click(), '售后反馈 chat + 发送 outside');
  await typeIntoField(pg, '#fx1', BAD);
  await stopped(pg, '#fx1', () => pg.keyboard.press('Enter'), '售后反馈 chat, Enter');
  for (const [k, what] of [
    ['x2', 'guard53: 举报买家 / 问题描述 (no word of who reads it)'],
    ['x3', '工单给平台 / 给消费者的答复'],
    ['x4', '意见反馈 with 提交后将内容同步回复给买家 checked'],
    ['x5', 'R12: the selected tab is 回复买家'],
    ['x6', '意见反馈 holding a chat thread'],
  ] as const) {
    await typeIntoField(pg, `#f${k}`, BAD);
    await stopped(pg, `#f${k}`, () => pg.locator(`#b${k}`).click(), what);
  }
});

test('rt53g F7: an address or a receiver’s phone goes by 确 定 and Enter, beside a chat thread or not; a buyer-read 留言 there stops', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54b/address', '#main');
  for (const [k, text, what] of [
    ['n7', ADDRESS, '修改收货地址 / 详细地址 beside a thread'],
    ['n8', ADDRESS, '修改收货地址 / 详细地址, no thread'],
    ['n9', '13812345678', '修改收货地址 / 收货人手机号 beside a thread'],
  ] as const) {
    await typeIntoField(pg, `#f${k}`, text);
    expect(await recordedBy(pg, () => pg.locator(`#b${k}`).click()), `${what}: goes`).toEqual([`${k}:${text}`]);
    await expect(blockedBanner(pg), `${what}: nothing stopped`).toHaveCount(0);
  }
  await typeIntoField(pg, '#fd2', ADDRESS);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), '收货信息 / 详细地址, Enter: goes').toEqual([`d2:${ADDRESS}`]);
  await expect(blockedBanner(pg)).toHaveCount(0);
  await typeIntoField(pg, '#fnx', BAD);
  await stopped(pg, '#fnx', () => pg.locator('#bnx').click(), '修改收货地址 / 留言（对方可见）');
  await typeIntoField(pg, '#main', BAD);
  await stopped(pg, '#main', () => pg.locator('#send').click(), 'the composer beside them');
});

test('rt53g F10: a 6-digit code typed into 身份验证 / 验证码 raises no banner and goes by Enter; a message field still gets 2.1', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54b/code', '#s7');
  await typeIntoField(pg, '#s7', '493021');
  await pg.waitForTimeout(1500); // the typing banner comes within a second when it comes at all
  await expect(bannerContent(pg), 'no typing banner for a code').toHaveCount(0);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), '验证码, Enter: goes').toEqual(['s7:493021']);
  await expect(blockedBanner(pg)).toHaveCount(0);
  // Control: the same digits in a message field are a draft (2.1: no Chinese in the reply).
  await typeIntoField(pg, '#note', '493021');
  await expect(bannerContent(pg), 'the message field: the typing banner').toContainText('2.1');
});
