// Round 50, the guard's blind red team (rt50-guard), findings 2, 3, 4 and 8 (guard50b). (2) s08-side-suggestions: an AI card's
// <span>采纳并发送 / 使用并发送 and a <span> or <a href="javascript:;"> 一键发送 sent the card's text unjudged (only a <button>
// 一键发送 was caught), and a 快捷短语 side panel whose heading says 单击发送 sent a phrase on one click. (3) s09-image-caption: an image
// preview dialog's caption with the button 发送图片 was neither linted nor stopped. (4) s13-edit-sent: an in-place edit of a sent
// message (编辑消息) saved a breach by 保存 / 确定 / 完成 (Enter was stopped). (8) s06-note-mode: a composer switched to 内部备注
// (仅同事可见，买家看不到) was stopped like a reply. Every page records what it really sent (or saved, or noted) in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectAttached,
  redTeamDoc,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  untilStopped,
  QUIET,
  WORKBENCH_SENDBOX,
  WORKBENCH_SENDBOX_SCRIPT,
  workbenchPagesTest,
  type ShowPage,
} from './guard-support';

/** s08: AI suggestion cards whose actions are spans / links, and a 千牛-style phrase panel sending on one click. */
const sidePage = redTeamDoc(
  'side suggestions',
  `<style>body{margin:0;display:flex;height:100vh}.main{flex:1;display:flex;flex-direction:column;justify-content:flex-end}.side{width:320px;overflow:auto}
.ops span{color:#1677ff;cursor:pointer;margin-right:10px}.phrase{cursor:pointer;padding:4px;border:1px solid #eee}</style>
<div class="main">${WORKBENCH_SENDBOX}</div>
<div class="side">
 <div class="ai-card" id="c1"><div class="txt">${BAD}</div><div class="ops"><span class="adopt">采纳</span><span class="adopt-send">采纳并发送</span><span>编辑</span></div></div>
 <div class="ai-card" id="c2"><div class="txt">${BAD}</div><div class="ops"><span class="use-send">使用并发送</span></div></div>
 <div class="ai-card" id="c3"><div class="txt">${BAD}</div><div class="ops"><span class="one">一键发送</span></div></div>
 <div class="ai-card" id="c4"><div class="txt">${BAD}</div><div class="ops"><button type="button" class="btn-one">一键发送</button><a href="javascript:;" class="a-one">一键发送</a></div></div>
 <div class="ai-card" id="c5"><div class="txt">${CLEAN}</div><div class="ops"><span class="adopt-send">采纳并发送</span></div></div>
 <h4>快捷短语 <small>（单击发送，双击填入）</small></h4>
 <div class="plist" tabindex="0" aria-label="快捷短语">
  <div class="phrase" data-i="1">1. ${CLEAN}</div>
  <div class="phrase" data-i="2">2. ${BAD}</div>
 </div>
</div>
<script>${WORKBENCH_SENDBOX_SCRIPT}
document.querySelectorAll('.ai-card').forEach(function (card) {
  var text = function () { return card.querySelector('.txt').textContent; };
  card.querySelectorAll('.adopt-send, .use-send, .one, .btn-one, .a-one').forEach(function (b) { b.onclick = function () { rec(text()); }; });
  var adopt = card.querySelector('.adopt'); if (adopt) adopt.onclick = function () { main.value = text(); main.focus(); };
});
document.querySelectorAll('.phrase').forEach(function (p) { p.onclick = function () { rec(p.textContent.replace(/^\\d+\\.\\s*/, '')); }; });
${E}`,
);

/** s09: an image preview (antd modal) whose caption goes with the picture, sent by 发送图片 or Enter. */
const captionPage = redTeamDoc(
  'image caption',
  `${WORKBENCH_SENDBOX}<button id="img" title="发送图片">🖼</button>
<script>${WORKBENCH_SENDBOX_SCRIPT}
document.getElementById('img').onclick = function () {
  var root = document.createElement('div'); root.className = 'ant-modal-root';
  root.innerHTML = '<div class="ant-modal" role="dialog" aria-modal="true"><div class="ant-modal-title">发送图片给 测试顾客</div>' +
    '<img alt="" width="200" height="100" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input class="caption" placeholder="添加说明文字（可选）">' +
    '<div class="ant-modal-footer"><button class="cancel">取消</button><button class="ok ant-btn-primary">发送图片</button></div></div>';
  document.body.appendChild(root);
  var cap = root.querySelector('.caption'); cap.focus();
  var ok = function () { rec('[图片] ' + cap.value); root.remove(); };
  root.querySelector('.ok').onclick = ok;
  cap.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.isComposing) { e.preventDefault(); ok(); } });
};
${E}`,
);

/** s13: the agent's sent bubble edited in place (编辑 → a field named 编辑消息 with 取消 / <label>); ?save= the commit's label. */
const editPage = redTeamDoc(
  'edit sent',
  `<div class="ChatMessageList-ContentWrap" id="list"></div>${WORKBENCH_SENDBOX}
<script>${WORKBENCH_SENDBOX_SCRIPT}
var saveLabel = new URLSearchParams(location.search).get('save') || '保存';
window.addBubble = function (text) {
  var m = document.createElement('div'); m.className = 'msg';
  m.innerHTML = '<div class="body"></div><div class="acts"><span class="edit" style="cursor:pointer">编辑</span></div>';
  m.querySelector('.body').textContent = text;
  m.querySelector('.edit').onclick = function () {
    var body = m.querySelector('.body'), old = body.textContent;
    body.innerHTML = '<textarea class="edit-ta" aria-label="编辑消息"></textarea><div class="acts"><span class="cancel">取消</span><button class="save">' + saveLabel + '</button></div>';
    var et = body.querySelector('textarea'); et.value = old; et.focus();
    var commit = function () { var t = et.value.trim(); rec('edit:' + t); body.textContent = t; };
    body.querySelector('.save').onclick = commit;
  };
  document.getElementById('list').appendChild(m);
};
addBubble(${JSON.stringify(CLEAN)});
${E}`,
);

/** s06: one textarea with 回复买家 / 内部备注 tabs (Zendesk/Intercom-style); a note is recorded as note:… */
const notePage = redTeamDoc(
  'note mode',
  `<div class="composer"><div role="tablist"><button role="tab" id="m-reply">回复买家</button><button role="tab" id="m-note">内部备注</button></div>
<textarea id="ta" rows="4" cols="60"></textarea><div><button class="primary" id="submit"></button></div></div>
<script>var mode = 'reply', ta = document.getElementById('ta'), submit = document.getElementById('submit');
function render() {
  ta.placeholder = mode === 'note' ? '添加内部备注（仅同事可见，买家看不到）' : '回复买家，Enter 发送';
  ta.setAttribute('aria-label', mode === 'note' ? '内部备注' : '回复买家');
  submit.textContent = mode === 'note' ? '添加备注' : '发送';
}
function go() { var t = ta.value.trim(); if (!t) return; if (rec((mode === 'note' ? 'note:' : '') + t)) ta.value = ''; }
document.getElementById('m-reply').onclick = function () { mode = 'reply'; render(); ta.focus(); };
document.getElementById('m-note').onclick = function () { mode = 'note'; render(); ta.focus(); };
ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); go(); } });
submit.onclick = go; render();
${E}`,
);

const test = workbenchPagesTest({ '/rt50b/side': sidePage, '/rt50b/caption': captionPage, '/rt50b/edit': editPage, '/rt50b/note': notePage });

/** Shows the page at `path` through showPage (a test's first page loaded, the next rewritten in place) and waits for the guard. */
async function open(pg: Page, showPage: ShowPage, path: string): Promise<void> {
  await showPage(path);
  await expectAttached(pg);
}

const clearSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));

/** Does `attempt` and expects nothing recorded and the banner in its stopped state. */
async function expectHeld(pg: Page, what: string, attempt: () => Promise<unknown>): Promise<void> {
  await clearSent(pg);
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  await expect.soft(bannerSection(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

/** Does `attempt` and expects `text` recorded at once (a clean reply goes through on the first attempt). */
async function expectSent(pg: Page, what: string, attempt: () => Promise<unknown>, text: string): Promise<void> {
  await clearSent(pg);
  await attempt();
  await expect.poll(() => sentOf(pg), { message: `${what}: sent on the first attempt`, timeout: 3_000 }).toEqual([text]);
}

test('finding 2 (s08): a card’s <span>采纳并发送 / 使用并发送, <span> and <a> 一键发送, and a 单击发送 panel’s phrase are judged by their own text', async ({ pg, showPage }) => {
  await open(pg, showPage, '/rt50b/side');
  await pg.click('#main');
  await expectHeld(pg, '<span>采纳并发送', () => pg.click('#c1 .adopt-send'));
  await expectHeld(pg, '<span>使用并发送', () => pg.click('#c2 .use-send'));
  await expectHeld(pg, '<span>一键发送', () => pg.click('#c3 .one'));
  await expectHeld(pg, '<a href=javascript:;>一键发送', () => pg.click('#c4 .a-one'));
  await expectHeld(pg, '<button>一键发送', () => pg.click('#c4 .btn-one'));
  await expectHeld(pg, '快捷短语 单击发送', () => pg.click('.phrase[data-i="2"]'));
  // Clean ones go at once; the composer stays empty throughout.
  await expectSent(pg, 'a clean card’s 采纳并发送', () => pg.click('#c5 .adopt-send'), CLEAN);
  await expectSent(pg, 'a clean phrase', () => pg.click('.phrase[data-i="1"]'), CLEAN);
  await expect(pg.locator('#main')).toHaveValue('');
});

test('finding 3 (s09): an image preview’s caption sent by 发送图片 (button or Enter) is judged; a clean caption goes', async ({ pg, showPage }) => {
  await open(pg, showPage, '/rt50b/caption');
  await pg.click('#img');
  await pg.locator('.caption').fill(BAD);
  await expectHeld(pg, '发送图片 click', () => pg.click('.ok'));
  await pg.locator('.caption').focus();
  await expectHeld(pg, 'Enter in the caption', () => pg.keyboard.press('Enter'));
  await pg.locator('.caption').fill(CLEAN);
  await expectSent(pg, 'a clean caption by 发送图片', () => pg.click('.ok'), `[图片] ${CLEAN}`);
});

// A step per label: the second and third pages shown by rewriting the first in place (showPage).
test('finding 4 (s13): an in-place edit of a sent message is judged at its 「保存」 / 「确定」 / 「完成」 (click, Space); a clean edit saves', async ({ pg, showPage }) => {
  for (const save of ['保存', '确定', '完成']) await test.step(`「${save}」`, async () => {
    await open(pg, showPage, `/rt50b/edit?save=${encodeURIComponent(save)}`);
    await pg.click('.msg .edit');
    await pg.locator('.edit-ta').fill(BAD);
    await expectHeld(pg, `${save} click`, () => pg.click('.save'));
    await pg.locator('.save').focus();
    await expectHeld(pg, `${save} Space`, () => pg.keyboard.press('Space'));
    await pg.locator('.edit-ta').fill(CLEAN);
    await expectSent(pg, `a clean edit by ${save}`, () => pg.click('.save'), `edit:${CLEAN}`);
  });
});

test('finding 8 (s06): a composer in 内部备注 mode (仅同事可见) is not held, by Enter or 添加备注; back in 回复买家 mode a breach is stopped', async ({ pg, showPage }) => {
  await open(pg, showPage, '/rt50b/note');
  const note = '买家说他微信是 abc12345，要求加微信退款，已拒绝';
  await pg.click('#m-note');
  await pg.locator('#ta').fill(note);
  await expectSent(pg, 'a note by Enter', () => pg.keyboard.press('Enter'), `note:${note}`);
  await pg.locator('#ta').fill(note);
  await expectSent(pg, 'a note by 添加备注', () => pg.click('#submit'), `note:${note}`);
  await pg.click('#m-reply');
  await pg.locator('#ta').fill(BAD);
  await pg.locator('#ta').focus();
  await expectHeld(pg, 'a reply by Enter', () => pg.keyboard.press('Enter'));
  await expectHeld(pg, 'a reply by 发送', () => pg.click('#submit'));
});
