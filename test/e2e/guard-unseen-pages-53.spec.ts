// Round 52's guard red team (rt52g), guard53. F4: a <button>确 定</button> (antd's spaced 确定; 完成 / 确认 the same) committing a field
// the buyer reads — a 售后处理 dialog's 留言（对方可见）, a review's 商家说明（公开展示在评价下）, a chat thread's contenteditable, a complaint's
// 处理说明（消费者可见） — saved the breach unjudged (g05, pages/ctrl52b.html). It is judged like 提交 now. F6 (the clear part): a ticket
// form's 发送验证码 sends an SMS code, not the field: it is never stopped for the field's text, and the form's 提交 is judged as before.
// F5: a report to the platform (举报买家, 提交工单给平台) whose field describes the buyer's message as evidence goes by its own 提 交;
// the F1 / F2 shapes beside it stay stopped. Every page records what it saved or sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

/** g05's ctrl52b page, reduced: four buyer-read fields each committed by its own 确 定 (one 完 成, one 确 认 beside them). */
const confirmsPage = redTeamDoc(
  'buyer-read fields committed by 确 定',
  `<style>section,.ant-modal{border:1px solid #ddd;padding:8px;margin:8px 0;width:560px}textarea,[contenteditable]{width:520px;min-height:28px;border:1px solid #ccc;display:block}</style>
<div class="ant-modal" role="dialog" aria-labelledby="tC"><div class="ant-modal-header"><div class="ant-modal-title" id="tC">售后处理</div></div>
<div class="ant-modal-body"><label for="fC">留言（对方可见）</label><textarea id="fC" rows="2"></textarea></div>
<div class="ant-modal-footer"><button type="button" class="ant-btn">取 消</button><button type="button" class="ant-btn ant-btn-primary" id="bC">确 定</button></div></div>
<section><h4>评价管理</h4><div class="review">用户「小甜甜」：东西不行，客服态度差</div>
<div class="ant-form-item"><label for="fL">商家说明（公开展示在评价下）</label><textarea id="fL" rows="2"></textarea></div>
<button type="button" class="ant-btn ant-btn-primary" id="bL">确 定</button></section>
<section><h4>在线咨询</h4><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">你好，什么时候发货？</div></div>
<div id="fM" contenteditable="true"></div><button type="button" id="bM">确 定</button></section>
<section><h4>消费者投诉处理</h4><div class="ant-form-item"><label for="fA">处理说明（消费者可见）</label><textarea id="fA" rows="2"></textarea></div>
<button type="button" id="bA">确 定</button></section>
<section><h4>售后反馈</h4><textarea id="fD" rows="2" placeholder="给消费者的答复"></textarea><button type="button" id="bD">完 成</button></section>
<section><h4>投诉处理</h4><textarea id="fN" rows="2" placeholder="致歉说明（会通知到顾客）"></textarea><button type="button" id="bN">确 认</button></section>
<script>
var val = function (f) { return f.isContentEditable ? f.innerText.trim() : f.value.trim(); };
for (const k of ['C', 'L', 'M', 'A', 'D', 'N']) document.getElementById('b' + k).addEventListener('click', function () {
  var f = document.getElementById('f' + k); var v = val(f); if (v) { window.__sent.push(k + ':' + v); if (f.isContentEditable) f.textContent = ''; else f.value = ''; } });
${E}`,
);

/** g01 I / g07's ticket form with a verified phone: 发送验证码 (and a 获取验证码 box with no 提交) send an SMS code only. */
const smsPage = redTeamDoc(
  'a ticket form with an SMS code',
  `<style>form,section{border:1px solid #ddd;padding:8px;margin:8px 0;width:560px}textarea{width:520px}</style>
<form id="tk" onsubmit="event.preventDefault()"><h4>提交工单</h4>
<label>联系电话 <input id="tel" placeholder="手机号"></label> <button type="button" id="sms">发送验证码</button>
<label for="fT">问题描述</label><textarea id="fT" rows="2"></textarea><button type="button" id="bT">提 交</button></form>
<section><h4>身份验证</h4><textarea id="fV" rows="2" placeholder="情况说明"></textarea><button type="button" id="sms2">重新发送（验证码）</button></section>
<script>
sms.addEventListener('click', function () { window.__sent.push('sms:' + tel.value); });
sms2.addEventListener('click', function () { window.__sent.push('sms2'); });
bT.addEventListener('click', function () { var v = fT.value.trim(); if (v) { window.__sent.push('T:' + v); fT.value = ''; } });
${E}`,
);

/**
 * rt52g F5's report forms (fs52 / probe52: the evidence field's label describes the buyer's message) beside rt52g F1's and F2's
 * buyer-facing shapes (mix2, vocab52) and forms52's 问题描述: only the report's own 提 交 of an evidence field goes unjudged.
 */
const reportsPage = redTeamDoc(
  'reports to the platform beside buyer-facing answers',
  `<style>section,.ant-modal{border:1px solid #ddd;padding:6px;margin:6px 0;width:560px}textarea{width:520px;display:block}.ChatMessageList-ContentWrap{max-height:40px;overflow:auto;font-size:12px}</style>
<section><h4>举报买家</h4><label for="r1">买家发送的消息内容（请粘贴原文）</label><textarea id="r1" rows="1"></textarea><button type="button" id="br1">提 交</button></section>
<section><h4>投诉买家（恶意索要联系方式）</h4><label for="r2">聊天记录摘录</label><textarea id="r2" rows="1"></textarea><button type="button" id="br2">提 交</button></section>
<section><h4>提交工单给平台</h4><label for="r3">违规买家的回复原文</label><textarea id="r3" rows="1"></textarea><button type="button" id="br3">提 交</button></section>
<section><h4>提交工单给平台</h4><label for="r4">买家消息截图说明</label><textarea id="r4" rows="1"></textarea><button type="button" id="br4">提 交</button></section>
<div class="ant-modal" role="dialog" aria-labelledby="t5"><div class="ant-modal-title" id="t5">举报买家</div><label for="r5">聊天记录摘录</label><textarea id="r5" rows="1"></textarea>
<label for="o5">补充说明</label><textarea id="o5" rows="1"></textarea><div class="ant-modal-footer"><button type="button">取 消</button><button type="button" class="ant-btn-primary" id="br5">提交举报</button></div></div>
<div class="pane"><section><h4>售后反馈</h4><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><textarea id="x1" rows="1" placeholder="请输入"></textarea><button type="button" id="tk1">提交工单</button></section>
<div class="toolbar"><button type="button" id="bx1">发送</button></div></div>
<section><h4>投诉处理</h4><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><textarea id="x2" rows="1" placeholder="聊天记录摘录"></textarea><button type="button" id="bx2">提 交</button></section>
<section><h4>投诉处理</h4><label for="x3">处理说明（消费者可见）</label><textarea id="x3" rows="1"></textarea><button type="button" id="bx3">提 交</button></section>
<section><h4>举报买家</h4><label for="x4">聊天记录（买家可见）</label><textarea id="x4" rows="1"></textarea><button type="button" id="bx4">提 交</button></section>
<section><h4>举报买家</h4><label for="x5">问题描述</label><textarea id="x5" rows="1"></textarea><button type="button" id="bx5">提 交</button></section>
<script>
function keep(b, f) { document.getElementById(b).addEventListener('click', function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) { window.__sent.push(f + ':' + v); el.value = ''; } }); }
keep('br1', 'r1'); keep('br2', 'r2'); keep('br3', 'r3'); keep('br4', 'r4'); keep('br5', 'r5'); keep('br5', 'o5');
keep('bx1', 'x1'); keep('bx2', 'x2'); keep('bx3', 'x3'); keep('bx4', 'x4'); keep('bx5', 'x5');
// The report's field and the chat send on Enter too (a page's keydown handler): Enter is never the report's 提交.
for (const [f, b] of [['r2', 'br2'], ['x1', 'bx1']]) document.getElementById(f).addEventListener('keydown', function (e) {
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); document.getElementById(b).click(); } });
${E}`,
);

const test = workbenchPagesTest({ '/rt53/confirms': confirmsPage, '/rt53/sms': smsPage, '/rt53/reports': reportsPage });


const F4 = [
  ['#fC', '#bC', '售后处理 / 留言（对方可见）'],
  ['#fL', '#bL', '评价管理 / 商家说明（公开展示在评价下）'],
  ['#fM', '#bM', '在线咨询: a chat thread and a contenteditable'],
  ['#fA', '#bA', '消费者投诉处理 / 处理说明（消费者可见）'],
  ['#fD', '#bD', '售后反馈 / 给消费者的答复, 完 成'],
  ['#fN', '#bN', '投诉处理 / 致歉说明（会通知到顾客）, 确 认'],
] as const;

test('rt52g F4: a 确 定 / 完 成 / 确 认 committing a field the buyer reads is stopped like 提交 (click and keyboard); a clean text goes at the first click', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53/confirms', '#fC');
  for (const [field, button, what] of F4) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: stopped`).toEqual([]);
    await expect(bannerSection(pg), `${what}: blocked`).toHaveAttribute('data-mode', 'blocked');
    expect((await pg.locator(field).textContent()) || (await pg.locator(field).inputValue().catch(() => '')), `${what}: the draft stays`).toContain('abc12345');
  }
  // Keyboard: Tab to the dialog's 确 定 and Enter, as a click.
  await typeIntoField(pg, '#fC', BAD);
  await pg.locator('#bC').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on 确 定: stopped').toEqual([]);
  await expect(pg.locator('#fC')).toHaveValue(BAD);
  // Fixed, each goes at the first click.
  for (const [field, button, what] of F4) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: a clean text goes`).toEqual([`${field.slice(2)}:${CLEAN}`]);
  }
});

test('rt52g F6: 发送验证码 / 重新发送（验证码） send an SMS code whatever the ticket says; the form’s 提 交 is judged as before', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53/sms', '#fT');
  await typeIntoField(pg, '#tel', '13800000000');
  await typeIntoField(pg, '#fT', BAD);
  expect(await recordedBy(pg, () => pg.locator('#sms').click()), '发送验证码 goes').toEqual(['sms:13800000000']);
  await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), 'nothing was stopped').toHaveCount(0);
  await typeIntoField(pg, '#fV', BAD);
  expect(await recordedBy(pg, () => pg.locator('#sms2').click()), '重新发送（验证码） goes').toEqual(['sms2']);
  await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), 'nothing was stopped').toHaveCount(0);
  // The ticket's own 提 交 sends its field: judged like a send (a form to the platform is stopped as before round 53).
  await pg.locator('#fT').click();
  expect(await recordedBy(pg, () => pg.locator('#bT').click()), '提 交: stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator('#fT')).toHaveValue(BAD);
});

const BUYER_WORDS = '买家：加我微信 abc12345，私下转账给你打八折';
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');

test('rt52g F5: a report to the platform quoting the buyer’s message goes by its own 提 交; rt52g F1 / F2 shapes and a plain 问题描述 beside it stay stopped', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53/reports', '#r1');
  // The reports: the buyer's own words pasted as evidence, submitted by the form's own 提 交 / 提交举报.
  for (const [field, button] of [['#r1', '#br1'], ['#r2', '#br2'], ['#r3', '#br3'], ['#r4', '#br4'], ['#r5', '#br5']] as const) {
    await typeIntoField(pg, field, BUYER_WORDS);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${field}: the report goes`).toEqual([`${field.slice(1)}:${BUYER_WORDS}`]);
    await expect(blocked(pg), `${field}: nothing stopped`).toHaveCount(0);
  }
  // Never by Enter in the field (the page sends the report on Enter): judged as a send.
  await typeIntoField(pg, '#r2', BUYER_WORDS);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter in the report field: stopped').toEqual([]);
  await expect(blocked(pg)).toHaveCount(1);
  await expect(pg.locator('#r2')).toHaveValue(BUYER_WORDS);
  await pg.locator('#r2').fill('');
  // The report's other field (补充说明) is judged at that 提交举报: the agent's own words there are stopped.
  await typeIntoField(pg, '#r5', BUYER_WORDS);
  await typeIntoField(pg, '#o5', BAD);
  expect(await recordedBy(pg, () => pg.locator('#br5').click()), '补充说明 with a breach: stopped').toEqual([]);
  await expect(blocked(pg)).toHaveCount(1);
  await expect(pg.locator('#o5')).toHaveValue(BAD);
  await pg.locator('#o5').fill('');
  await pg.locator('#r5').fill('');
  // rt52g F1: the buyer chat of a 售后反馈 section with 提交工单 (发送 outside it, and Enter), and a 投诉处理 chat with 提 交: stopped.
  await typeIntoField(pg, '#x1', BAD);
  expect(await recordedBy(pg, () => pg.locator('#bx1').click()), 'F1 售后反馈 + 发送 outside: stopped').toEqual([]);
  await expect(blocked(pg)).toHaveCount(1);
  await pg.locator('#x1').click();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'F1 售后反馈, Enter: stopped').toEqual([]);
  await expect(pg.locator('#x1')).toHaveValue(BAD);
  await pg.locator('#x1').fill('');
  // rt52g F1 / F2 and the plain ticket wording: each 提 交 stopped.
  for (const [field, button, what] of [
    ['#x2', '#bx2', 'F1 投诉处理 chat, field named 聊天记录摘录'],
    ['#x3', '#bx3', 'F2 投诉处理 / 处理说明（消费者可见）'],
    ['#x4', '#bx4', '举报买家 / 聊天记录（买家可见）'],
    ['#x5', '#bx5', '举报买家 / 问题描述 (no evidence label: judged as before)'],
  ] as const) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: stopped`).toEqual([]);
    await expect(blocked(pg), `${what}: blocked`).toHaveCount(1);
    await expect(pg.locator(field)).toHaveValue(BAD);
    await pg.locator(field).fill('');
  }
});
