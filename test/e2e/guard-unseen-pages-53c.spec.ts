// Round 53's guard red team (rt53g), guard53c. F1: a commit whose label names a send to the buyer (提交并私信买家, 提交并告知买家, 提交并回复,
// 提交并通知买家, 保存并发送给买家…) sent the field unjudged, in report forms too; so did a report's 提 交 with 「提交后将内容同步回复给买家」
// checked (c05, c03, c10, c11: pages report53c / report53d). F2: a 回复买家 (回复, 回复顾客) beside a 提 交 sent its field unjudged: the
// 提 交 was taken for the box's send. F8 (c09): a chat's send labelled 发送验证码 (alone, or as the aria-label of a visible 发送) sent
// the chat unjudged. Each is stopped now; clean text, real SMS codes and a report with the option unchecked still go.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectTypedAndStopped,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

const sec = (k: string, title: string, label: string, buttons: string, extra = '') =>
  `<section><h4>${title}</h4><label for="f${k}">${label}</label><textarea id="f${k}" rows="1"></textarea>${extra}${buttons}</section>`;

/** F1: commits naming a send to the buyer (their box's field in b…); F2: [提 交] [回复买家] boxes (reply in r…, 提 交 in s…). */
const commitsPage = redTeamDoc(
  'commits that name the buyer',
  `<style>section{border:1px solid #ddd;padding:6px;margin:6px 0;width:560px}textarea{width:520px;display:block}</style>
${sec('1', '举报买家', '聊天记录摘录', '<button type="button" id="b1">提交并回复</button>')}
${sec('2', '举报买家', '聊天记录摘录', '<button type="button" id="b2">提交并私信买家</button>')}
${sec('3', '投诉买家', '买家消息截图说明', '<button type="button" id="b3">提交并告知买家</button>')}
${sec('4', '联系平台客服', '买家发送的消息内容（请粘贴原文）', '<button type="button" id="b4">提交并通知买家</button>')}
${sec('5', '联系平台客服', '买家发送的消息内容（请粘贴原文）', '<button type="button" id="b5">提交并回复买家</button>')}
${sec('6', '售后处理', '聊天记录摘录', '<button type="button" id="b6">提交并私信买家</button>')}
${sec('7', '售后处理', '处理说明', '<button type="button" id="b7">保存并发送给买家</button>')}
${sec('8', '售后处理', '处理说明', '<button type="button" id="b8">确定并通知顾客</button>')}
${sec('9', '举报买家', '聊天记录摘录', '<button type="button" id="b9">提 交</button>', '<label><input type="checkbox" id="o9" checked> 提交后将内容同步回复给买家</label>')}
${sec('R1', '提交工单给平台', '买家消息截图说明', '<button type="button" id="sR1">提 交</button><button type="button" id="rR1">回复买家</button>')}
${sec('R2', '售后处理', '处理说明', '<button type="button" id="sR2">提 交</button><button type="button" id="rR2">回复买家</button>')}
${sec('R3', '售后处理', '处理说明', '<button type="button" id="sR3">提 交</button><button type="button" id="rR3">回复</button>')}
${sec('R4', '售后处理', '处理说明', '<button type="button" id="sR4">提 交</button><button type="button" id="rR4">回复顾客</button>')}
<script>
function keep(b, f) { document.getElementById(b).addEventListener('click', function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) { window.__sent.push(b + ':' + v); el.value = ''; } }); }
for (const k of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) keep('b' + k, 'f' + k);
for (const k of ['R1', 'R2', 'R3', 'R4']) { keep('s' + k, 'f' + k); keep('r' + k, 'f' + k); }
${E}`,
);

/** F8 (c09, pages/sms53.html): chat panes whose send carries an SMS-code label, a chat with its own 获取验证码, and a form with none. */
const chatRows = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗，什么时候发货？</div></div>';
const smsPage = redTeamDoc(
  'chat sends labelled as SMS codes',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea{width:560px;display:block}</style>
<div class="box">${chatRows}<textarea id="c1" placeholder="请输入"></textarea><button type="button" id="code1">获取验证码</button><button type="button" id="send1">发送</button></div>
<div class="box">${chatRows}<textarea id="c2" placeholder="请输入"></textarea><button type="button" id="send2">发送验证码</button></div>
<div class="box">${chatRows}<textarea id="c3" placeholder="请输入"></textarea><button type="button" id="send3" aria-label="发送验证码">发送</button></div>
<div class="box"><h4>售后处理</h4><label>手机号 <input id="ph4"></label><button type="button" id="code4">获取验证码</button><label for="c4">留言（买家可见）</label><textarea id="c4"></textarea><button type="button" id="ok4">确 定</button></div>
<script>
function keep(b, f) { document.getElementById(b).addEventListener('click', function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) { window.__sent.push(b + ':' + v); el.value = ''; } }); }
keep('send1', 'c1'); keep('send2', 'c2'); keep('send3', 'c3'); keep('ok4', 'c4');
for (const b of ['code1', 'code4']) document.getElementById(b).addEventListener('click', function () { window.__sent.push(b); });
${E}`,
);

const test = workbenchPagesTest({ '/rt53c/commits': commitsPage, '/rt53c/sms': smsPage });
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');
const BUYER_WORDS = '买家：加我微信 abc12345，私下转账给你打八折';

const F1 = [
  ['#f1', '#b1', '举报买家 / 聊天记录摘录 / 提交并回复'],
  ['#f2', '#b2', '举报买家 / 聊天记录摘录 / 提交并私信买家'],
  ['#f3', '#b3', '投诉买家 / 买家消息截图说明 / 提交并告知买家'],
  ['#f4', '#b4', '联系平台客服 / 买家发送的消息内容 / 提交并通知买家'],
  ['#f5', '#b5', '联系平台客服 / 买家发送的消息内容 / 提交并回复买家'],
  ['#f6', '#b6', '售后处理 / 聊天记录摘录 / 提交并私信买家'],
  ['#f7', '#b7', '售后处理 / 处理说明 / 保存并发送给买家'],
  ['#f8', '#b8', '售后处理 / 处理说明 / 确定并通知顾客'],
  ['#f9', '#b9', '举报买家 / 聊天记录摘录 / 提 交 with 「提交后将内容同步回复给买家」 checked'],
] as const;
const F2 = [
  ['#fR1', '#rR1', '提交工单给平台 / 买家消息截图说明 / [提 交] [回复买家]'],
  ['#fR2', '#rR2', '售后处理 / 处理说明 / [提 交] [回复买家]'],
  ['#fR3', '#rR3', '售后处理 / 处理说明 / [提 交] [回复]'],
  ['#fR4', '#rR4', '售后处理 / 处理说明 / [提 交] [回复顾客]'],
] as const;

const stopped = (pg: Page, field: string, button: string, what: string, text = BAD): Promise<void> =>
  expectTypedAndStopped(pg, field, () => pg.locator(button).click(), what, text);

test('rt53g F1: a commit naming a send to the buyer (提交并私信买家…, a checked 同步回复给买家) is judged in every box; clean text goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53c/commits', '#f1');
  for (const [field, button, what] of F1) await stopped(pg, field, button, what);
  // The buyer's words pasted into a report whose commit names the buyer: they go to the buyer too, so stopped as well.
  await stopped(pg, '#f2', '#b2', '提交并私信买家 with the buyer’s words', BUYER_WORDS);
  // Clean text goes at the first click.
  for (const [field, button, what] of F1) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: a clean text goes`).toEqual([`${button.slice(1)}:${CLEAN}`]);
  }
  // The option unchecked: the report to the platform goes by its 提 交 as in round 53.
  await pg.locator('#o9').uncheck();
  await typeIntoField(pg, '#f9', BUYER_WORDS);
  expect(await recordedBy(pg, () => pg.locator('#b9').click()), 'the report with the option off goes').toEqual([`b9:${BUYER_WORDS}`]);
  await expect(blocked(pg)).toHaveCount(0);
});

test('rt53g F2: 回复买家 / 回复 / 回复顾客 beside a 提 交 is judged; a clean reply goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53c/commits', '#fR1');
  for (const [field, button, what] of F2) await stopped(pg, field, button, what);
  // Keyboard: focus 回复买家 and press Enter, as a click.
  await typeIntoField(pg, '#fR2', BAD);
  await pg.locator('#rR2').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on 回复买家: stopped').toEqual([]);
  await expect(pg.locator('#fR2')).toHaveValue(BAD);
  await pg.locator('#fR2').fill('');
  for (const [field, button, what] of F2) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: a clean reply goes`).toEqual([`${button.slice(1)}:${CLEAN}`]);
  }
});

test('rt53g F8: a chat’s send labelled 发送验证码 (alone, or aria-label over a visible 发送) is judged; a real SMS code still goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt53c/sms', '#c2');
  await stopped(pg, '#c2', '#send2', 'a chat whose only control is 发送验证码');
  await stopped(pg, '#c3', '#send3', '<button aria-label=发送验证码>发送</button>');
  await stopped(pg, '#c1', '#send1', 'a chat with 获取验证码 and 发送: 发送');
  // The SMS codes themselves go, a breach in the field beside them or not.
  await typeIntoField(pg, '#c1', BAD);
  expect(await recordedBy(pg, () => pg.locator('#code1').click()), 'the chat’s 获取验证码 goes').toEqual(['code1']);
  await pg.locator('#c1').fill('');
  await typeIntoField(pg, '#c4', BAD);
  expect(await recordedBy(pg, () => pg.locator('#code4').click()), 'a form’s 获取验证码 goes').toEqual(['code4']);
  await stopped(pg, '#c4', '#ok4', '留言（买家可见） + 确 定');
  for (const [field, button] of [['#c1', '#send1'], ['#c2', '#send2'], ['#c3', '#send3'], ['#c4', '#ok4']] as const) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${button}: a clean text goes`).toEqual([`${button.slice(1)}:${CLEAN}`]);
  }
});
