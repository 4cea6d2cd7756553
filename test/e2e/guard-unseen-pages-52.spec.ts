// Round 51's blind red team (rt51), g02-settings-forms (guard52a). F5: round 51's hold once for auto-reply / quick-phrase settings
// covered only <button> saves, and only the first commit of a box: a <span role=link>保存, an <a href="javascript:;">确定</a> beside
// it and a <div role=button>保存 saved the breach. They are held once now, as the button is; an ordinary link beside them is not.
// F4 (a ticket to the platform stopped as a chat send) was fixed by guard52a and taken back the same round: round 52's guard red
// team (rt52g F1) sent a breaching chat reply unjudged from a 售后反馈 section holding a 提交工单 button, with 发送 just outside
// it. A form for the platform is judged like a send again (a false stop, 仍要发送 gets it out); the chat beside it stays stopped.
// Every page records what it saved or sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  readTheWarning,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

/** g02's autoreply2 page, reduced: a ticket and a feedback dialog for the platform, a chat pane, and quick-phrase settings saved by links. */
const formsPage = redTeamDoc(
  'forms that are not a send to a buyer',
  `<style>section,.pane,[role=dialog]{border:1px solid #ddd;padding:8px;margin:8px 0;width:560px}textarea{width:520px}</style>
<section id="s2"><h4>提交工单给平台</h4><div class="ant-form-item"><label for="ticket">问题描述</label><textarea id="ticket" rows="2"></textarea></div>
<button type="button" class="ant-btn ant-btn-primary" id="b2">提 交</button></section>
<div role="dialog" aria-label="意见反馈" id="fb"><textarea id="feedback" rows="2" placeholder="请描述您遇到的问题"></textarea>
<a href="javascript:;" id="bfb">提交</a></div>
<div class="pane"><div class="chat-header"><b>小王</b></div><textarea id="c" rows="2" placeholder="请输入"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<div class="pane"><section id="s3"><h4>售后反馈</h4><textarea id="c3" rows="2" placeholder="请输入"></textarea><button type="button" id="tk3">提交工单</button></section>
<div class="toolbar"><button type="button" id="send3">发送</button></div></div>
<section id="s7"><h4>快捷短语</h4><div class="ant-form-item"><textarea id="qp7" rows="2" placeholder="输入快捷短语，工作台中一键发送给买家"></textarea></div>
<span class="ant-typography" role="link" id="b7" style="color:#1677ff;cursor:pointer">保存</span>
<a href="https://im.kwaixiaodian.com/help" id="help" target="_blank">查看帮助</a></section>
<section id="s9"><h4>新建快捷短语</h4><div class="ant-form-item"><label for="qp9">短语内容（在工作台中一键发送给买家）</label><textarea id="qp9" rows="2"></textarea></div>
<span class="ant-typography" role="link" id="b9" style="color:#1677ff;cursor:pointer">保存</span> <a href="javascript:;" id="b10">确定</a></section>
<section id="s11"><h4>欢迎语</h4><textarea id="wel" rows="2" aria-label="欢迎语（买家进店自动发送）"></textarea><div role="button" tabindex="0" id="b11">保 存</div></section>
<script>function keep(b, id) { document.getElementById(b).addEventListener('click', function () { var v = document.getElementById(id).value.trim(); if (v) window.__sent.push(id + ':' + v); }); }
keep('b2', 'ticket'); keep('bfb', 'feedback'); keep('b7', 'qp7'); keep('b9', 'qp9'); keep('b10', 'qp9'); keep('b11', 'wel');
send.onclick = sendDraft;
c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendDraft(); } });
function sendChat3() { var v = c3.value.trim(); if (v) { window.__sent.push('c3:' + v); c3.value = ''; } }
send3.onclick = sendChat3;
c3.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendChat3(); } });
${E}`,
);

const test = workbenchPagesTest({ '/rt52/forms': formsPage });

const open = (pg: Page): Promise<void> => openWorkbenchPage(pg, '/rt52/forms', '#c');


test('rt52g F1: a chat reply in a 售后反馈 section holding a 提交工单 button is stopped by 发送 and by Enter; so is the chat beside it', async ({ pg }) => {
  await open(pg);
  await typeIntoField(pg, '#c3', BAD);
  expect(await recordedBy(pg, () => pg.locator('#send3').click()), 'the 发送 outside the section: stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await pg.locator('#c3').click();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter in the section: stopped').toEqual([]);
  await expect(pg.locator('#c3')).toHaveValue(BAD);
  await typeIntoField(pg, '#c', BAD);
  expect(await recordedBy(pg, () => pg.locator('#send').click()), 'the chat 发送: stopped').toEqual([]);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'the chat Enter: stopped').toEqual([]);
  await expect(pg.locator('#c')).toHaveValue(BAD);
});

test('F5: a quick-phrase or welcome setting saved by a <span role=link>, an <a href="javascript:;"> or a <div role=button> is held once, then saved', async ({ pg }) => {
  await open(pg);
  for (const [field, button, id] of [['#qp7', '#b7', 'qp7'], ['#qp9', '#b9', 'qp9'], ['#qp9', '#b10', 'qp9'], ['#wel', '#b11', 'wel']] as const) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${button}: held`).toEqual([]);
    await expect(bannerSection(pg), `${button}: held as a warning`).toHaveAttribute('data-mode', 'held');
    await expect(pg.locator('[data-replyguard="banner"] .notice'), `${button}: says why`).toContainText('自动发给买家');
    await readTheWarning(pg);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${button}: the second save keeps it`).toEqual([`${id}:${BAD}`]);
    await pg.locator(field).fill('');
  }
  // Keyboard: Enter on the focused link-styled 确定 is judged as its click.
  await typeIntoField(pg, '#qp9', BAD);
  await pg.locator('#b10').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on the <a> 确定: held').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'held');
});

test('F5: an ordinary link beside a quick-phrase setting is no save: nothing is held when it is clicked', async ({ pg }) => {
  await open(pg);
  await pg.evaluate(() => document.getElementById('help')!.addEventListener('click', (e) => { e.preventDefault(); (window as unknown as { __sent: string[] }).__sent.push('help'); }));
  await typeIntoField(pg, '#qp7', BAD);
  expect(await recordedBy(pg, () => pg.locator('#help').click()), 'the help link works').toEqual(['help']);
  await expect(pg.locator('[data-replyguard="banner"] section[data-mode="held"]')).toHaveCount(0);
});
