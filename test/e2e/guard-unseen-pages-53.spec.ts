// Round 52's guard red team (rt52g), guard53. F4: a <button>确 定</button> (antd's spaced 确定; 完成 / 确认 the same) committing a field
// the buyer reads — a 售后处理 dialog's 留言（对方可见）, a review's 商家说明（公开展示在评价下）, a chat thread's contenteditable, a complaint's
// 处理说明（消费者可见） — saved the breach unjudged (g05, pages/ctrl52b.html). It is judged like 提交 now. F6 (the clear part): a ticket
// form's 发送验证码 sends an SMS code, not the field: it is never stopped for the field's text, and the form's 提交 is judged as before.
// Every page records what it saved or sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectAttached,
  redTeamDoc,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  WORKBENCH_ORIGIN,
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

const test = workbenchPagesTest({ '/rt53/confirms': confirmsPage, '/rt53/sms': smsPage });

async function open(pg: Page, path: string, first: string): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}${path}`);
  await pg.locator(first).click();
  await expectAttached(pg);
}

const F4 = [
  ['#fC', '#bC', '售后处理 / 留言（对方可见）'],
  ['#fL', '#bL', '评价管理 / 商家说明（公开展示在评价下）'],
  ['#fM', '#bM', '在线咨询: a chat thread and a contenteditable'],
  ['#fA', '#bA', '消费者投诉处理 / 处理说明（消费者可见）'],
  ['#fD', '#bD', '售后反馈 / 给消费者的答复, 完 成'],
  ['#fN', '#bN', '投诉处理 / 致歉说明（会通知到顾客）, 确 认'],
] as const;

test('rt52g F4: a 确 定 / 完 成 / 确 认 committing a field the buyer reads is stopped like 提交 (click and keyboard); a clean text goes at the first click', async ({ pg }) => {
  await open(pg, '/rt53/confirms', '#fC');
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
  await open(pg, '/rt53/sms', '#fT');
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
