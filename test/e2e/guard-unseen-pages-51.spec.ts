// Round 50, the guard's blind red team (rt50-guard), finding 5 (guard51). s17-override-scope: one composer serves every conversation
// and the page saves and restores each buyer's unsent draft (no input event). A 仍要发送 armed for buyer 1 let the same words go to
// buyer 3 at the first Enter, and a warning held for buyer 1 let them go to buyer 2 at the first Enter: the guard remembered the
// draft's text only. Now the memory belongs to the conversation (sites/conversation.ts): on the workbench by the header's buyer and the
// rows' buyer id, as the timers key it (?kind=ks); where the adapter reads no conversation, by the chat header around the composer
// (?kind=plain). Every page records what it sent, and to whom, in window.__sent.
// Finding 7 (s19-autoreply-settings): 欢迎语 / 离线自动回复 saved by 保存 and a 新建快捷短语 dialog saved by 确定 kept breaches the
// platform later sends to every buyer. Their save is now held once, as a warning, saying so; an unrelated form's 保存 is untouched.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectAttached,
  readTheWarning,
  redTeamDoc,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  untilStopped,
  QUIET,
  WORKBENCH_ORIGIN,
  workbenchPagesTest,
} from './guard-support';

/** Held once (a warning, 2.3 疑似) with the default settings: the red team's WARN. */
const WARN = '亲，可以加个好友吗';

/**
 * s17's ks-switch, with a textarea: session cards switch the buyer; the header, the rows (ids 0_<buyerId>_n on ?kind=ks) and the
 * composer's saved draft follow. ?kind=plain: a chat header of the page's own and rows without ids (no adapter reading).
 */
const switchPage = redTeamDoc(
  'one composer, many buyers',
  `<style>body{margin:0;display:flex;height:100vh}.cards{width:200px}.card{padding:8px;cursor:pointer}.card.active{background:#fff0f3}
.pane{flex:1;display:flex;flex-direction:column}.list{flex:1;overflow:auto}</style>
<div class="cards" id="cards"></div>
<div class="pane" id="pane"><div id="head"></div><div class="list ChatMessageList"><div class="ChatMessageList-ContentWrap" id="list"></div></div>
<div class="SendBox"><textarea id="main" placeholder="请输入消息" rows="3" cols="60"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div></div>
<script>var KS = new URLSearchParams(location.search).get('kind') !== 'plain';
var buyers = [{ id: 7001, name: '小王', draft: '' }, { id: 7002, name: '阿杰', draft: '' }, { id: 7003, name: 'Amy', draft: '' }];
var cur = 0;
head.innerHTML = KS ? '<div class="TargetUserHeader"><span class="LoginUserInfo-mainTitle-text" id="who"></span></div>' : '<div class="chat-header"><b id="who"></b></div>';
function row(i, mine, text) {
  var d = document.createElement('div');
  if (KS) d.id = '0_' + (mine ? 8812 : buyers[cur].id) + '_' + i;
  d.className = 'kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__' + (mine ? 'isMine' : 'notMe');
  d.textContent = text;
  return d;
}
function render() {
  cards.innerHTML = '';
  buyers.forEach(function (b, i) { var c = document.createElement('div'); c.className = 'card' + (i === cur ? ' active' : ''); c.dataset.i = i; c.textContent = b.name; cards.appendChild(c); });
  who.textContent = buyers[cur].name;
  list.innerHTML = '';
  list.appendChild(row(0, false, '你好，什么时候发货？'));
  list.appendChild(row(1, true, '亲，今天就发'));
}
window.switchTo = function (i) { buyers[cur].draft = main.value; cur = i; render(); main.value = buyers[i].draft; main.focus(); };
window.setSaved = function (i, t) { buyers[i].draft = t; };
cards.addEventListener('click', function (e) { var c = e.target.closest('.card'); if (c) switchTo(+c.dataset.i); });
function sendMain() { var t = main.value.trim(); if (!t) return; window.__sent.push(buyers[cur].name + ':' + t); list.appendChild(row(list.children.length, true, t)); main.value = ''; }
send.onclick = sendMain;
main.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendMain(); } });
render();
${E}`,
);

/** s19: a settings page of the same origin (auto-replies and a new quick phrase), and an unrelated form (an address) beside them. */
const settingsPage = redTeamDoc(
  'auto-reply settings',
  `<h3>自动回复设置</h3>
<form id="f"><div class="item"><label for="welcome">欢迎语（买家进店咨询时自动发送）</label><textarea id="welcome" rows="3"></textarea></div>
<div class="item"><label for="away">离线自动回复（客服不在线时自动发送给买家）</label><textarea id="away" rows="3"></textarea></div>
<button type="button" class="ant-btn ant-btn-primary" id="save">保 存</button></form>
<div class="ant-modal" role="dialog" aria-labelledby="qt"><div id="qt">新建快捷短语</div>
<div class="item"><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp" rows="2"></textarea></div>
<button type="button" class="ant-btn ant-btn-primary" id="qsave">确 定</button></div>
<form id="g"><label for="addr">退货地址</label><textarea id="addr" rows="2"></textarea><button type="button" id="asave">保存</button></form>
<script>function keep(id) { var v = document.getElementById(id).value.trim(); if (v) window.__sent.push(id + ':' + v); }
save.onclick = function () { keep('welcome'); keep('away'); };
qsave.onclick = function () { keep('qp'); };
asave.onclick = function () { keep('addr'); };
${E}`,
);

const test = workbenchPagesTest({ '/rt51/switch': switchPage, '/rt51/settings': settingsPage });

async function open(pg: Page, kind: 'ks' | 'plain'): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt51/switch?kind=${kind}`);
  await expectAttached(pg);
  await pg.locator('#main').click();
}

/** Types `text` as the agent would (an input event). */
async function typeDraft(pg: Page, text: string): Promise<void> {
  await pg.locator('#main').fill('');
  await pg.locator('#main').focus();
  await pg.keyboard.insertText(text);
}

/** Presses Enter and waits for the stop (or a send): what was sent meanwhile. */
async function enter(pg: Page): Promise<string[]> {
  const before = await stopsLogged(pg.context());
  const sentBefore = (await sentOf(pg)).length;
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > sentBefore, QUIET);
  return (await sentOf(pg)).slice(sentBefore);
}

const card = (pg: Page, i: number) => pg.locator(`.card[data-i="${i}"]`).click();

for (const kind of ['ks', 'plain'] as const) {
  test(`finding 5 (s17, ${kind}): 仍要发送 armed for one buyer does not send the same words to another; armed there, it does`, async ({ pg }) => {
    await open(pg, kind);
    await pg.evaluate((t) => (window as unknown as { setSaved(i: number, t: string): void }).setSaved(2, t), BAD);
    await typeDraft(pg, BAD);
    expect(await enter(pg), 'buyer 1: stopped').toEqual([]);
    await pg.locator('[data-replyguard="banner"] button.override').click();
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'armed');
    await card(pg, 2);
    await expect(pg.locator('#main')).toHaveValue(BAD);
    expect(await enter(pg), 'buyer 3, the same words restored: stopped').toEqual([]);
    await expect(bannerSection(pg), 'the stop is shown for buyer 3').toHaveAttribute('data-mode', 'blocked');
    // The agent decides for buyer 3 too: one send, to buyer 3.
    await pg.locator('[data-replyguard="banner"] button.override').click();
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'armed');
    expect(await enter(pg), 'buyer 3, armed there: sent').toEqual([`Amy:${BAD}`]);
  });

  test(`finding 5 (s17, ${kind}): a warning held for one buyer is held again for another at the first Enter; a clean reply goes at once`, async ({ pg }) => {
    await open(pg, kind);
    await pg.evaluate((t) => (window as unknown as { setSaved(i: number, t: string): void }).setSaved(1, t), WARN);
    await typeDraft(pg, WARN);
    expect(await enter(pg), 'buyer 1: held').toEqual([]);
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'held');
    await readTheWarning(pg);
    await card(pg, 1);
    await expect(pg.locator('#main')).toHaveValue(WARN);
    expect(await enter(pg), 'buyer 2, the same words restored: held at the first Enter').toEqual([]);
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'held');
    await readTheWarning(pg);
    expect(await enter(pg), 'buyer 2, the deliberate second Enter: sent').toEqual([`阿杰:${WARN}`]);
    // Back to buyer 1, whose draft the page restores: the warning there is shown again (its conversation was left), then passes.
    await card(pg, 0);
    await expect(pg.locator('#main')).toHaveValue(WARN);
    expect(await enter(pg), 'buyer 1 again: held').toEqual([]);
    await readTheWarning(pg);
    expect(await enter(pg), 'buyer 1, second Enter: sent').toEqual([`小王:${WARN}`]);
    await card(pg, 2);
    await typeDraft(pg, CLEAN);
    expect(await enter(pg), 'a clean reply to buyer 3: sent at once').toEqual([`Amy:${CLEAN}`]);
  });
}

test('finding 7 (s19): 保存 / 确定 of an auto-reply or a new quick phrase holding a breach is held once, saying buyers get it; a clean one and an unrelated form save at once', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt51/settings`);
  await pg.locator('#away').click();
  await expectAttached(pg);
  for (const [field, button, id] of [['#away', '#save', 'away'], ['#qp', '#qsave', 'qp']] as const) {
    await pg.locator(field).click();
    await pg.keyboard.insertText(BAD);
    const before = await stopsLogged(pg.context());
    await pg.locator(button).click();
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
    expect(await sentOf(pg), `${button}: held`).toEqual([]);
    await expect(bannerSection(pg), `${button}: held as a warning`).toHaveAttribute('data-mode', 'held');
    await expect(pg.locator('[data-replyguard="banner"] .notice'), `${button}: says why`).toContainText('自动发给买家');
    await readTheWarning(pg);
    await pg.locator(button).click();
    await expect.poll(() => sentOf(pg), `${button}: the second save keeps it`).toEqual([`${id}:${BAD}`]);
    await pg.evaluate(() => { (window as unknown as { __sent: string[] }).__sent.length = 0; });
    await pg.locator(field).fill('');
  }
  await pg.locator('#welcome').click();
  await pg.keyboard.insertText(CLEAN);
  await pg.locator('#save').click();
  await expect.poll(() => sentOf(pg), 'a clean welcome message saves at once').toEqual([`welcome:${CLEAN}`]);
  await pg.evaluate(() => { (window as unknown as { __sent: string[] }).__sent.length = 0; });
  await pg.locator('#welcome').fill('');
  await pg.locator('#addr').click();
  await pg.keyboard.insertText(BAD);
  await pg.locator('#asave').click();
  await expect.poll(() => sentOf(pg), 'an unrelated form saves at once').toEqual([`addr:${BAD}`]);
});
