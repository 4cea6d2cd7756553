// Round 47 of the blind red team on the send guard (its sixteenth). Finding 1 (a leak): a broadcast (群发) dialog — an Ant-style
// modal (role=dialog aria-modal) with a buyer checkbox list, a textarea (请输入群发内容 / 请输入消息内容) and a footer button 群发 /
// 立即群发 / 开始群发 / 一键群发 — was not guarded: a flagged draft showed no banner and the click sent it to every buyer ticked
// (批量发送 / 确认发送 already were). Finding 2 (UX, leak-adjacent): after the banner's 改为 what remains is judged on the new text
// at once, and a block-level finding left after a fix keeps every send stopped (no second-Enter pass). Item 3 (from round 46's
// second pass): the first Escape in a popover=auto 附言 with a flagged draft did nothing (the banner took it): it is the page's now,
// and closes the popover as with a clean draft. Every page is rebuilt here at the workbench's address and records what it really
// sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  bannerSection,
  expectAttached,
  expectStopped,
  QUIET,
  RED_TEAM_BAD as BAD,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  untilStopped,
  WORKBENCH_ORIGIN,
  workbenchPagesTest,
  RED_TEAM_CLEAN as CLEAN,
  WORKBENCH_SENDBOX as MAIN,
  WORKBENCH_SENDBOX_SCRIPT as MAIN_SCRIPT,
  blockedBanner as blocked,
} from './guard-support';

/** Finding 1: the broadcast dialog's footer labels and placeholders the red team used. */
const BROADCASTS: readonly (readonly [string, string])[] = [
  ['群发', '请输入消息内容'],
  ['立即群发', '请输入群发内容'],
  ['开始群发', '请输入群发内容'],
  ['一键群发', '请输入群发内容'],
  ['群发(3)', '请输入群发内容'],
];

/** A 群发 dialog (opened by 群发助手): #c its textarea, #go its footer button, which sends #c to each buyer ticked. */
const broadcastPage = (label: string, placeholder: string) =>
  redTeamDoc(
    `broadcast ${label}`,
    `<div class="ChatMessageList" style="height:120px">买家：在吗</div>${MAIN}<button class="ant-btn" id="bcopen">群发助手</button>
<div class="ant-modal-wrap" id="dlg" hidden><div class="ant-modal" role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;top:80px;left:300px;width:460px;background:#fff;border:1px solid #999;padding:12px">
<div class="ant-modal-title" id="t">群发消息</div>
<label><input type="checkbox" checked> 买家A</label> <label><input type="checkbox" checked> 买家B</label> <label><input type="checkbox" checked> 买家C</label>
<textarea id="c" class="ant-input" placeholder="${placeholder}" style="width:100%;height:80px"></textarea>
<div class="ant-modal-footer"><button class="ant-btn" id="bccancel">取消</button><button class="ant-btn ant-btn-primary" id="go">${label}</button></div></div></div>
<script>${MAIN_SCRIPT} bcopen.onclick = function () { dlg.hidden = false; }; bccancel.onclick = function () { dlg.hidden = true; };
go.onclick = function () { var t = c.value; dlg.querySelectorAll('input:checked').forEach(function () { rec(t); }); if (t.trim()) c.value = ''; };${E}`,
  );

/**
 * Finding 1's valid rows: fields that are not a message box, on a page with a 群发助手 (which opens the broadcast dialog) beside
 * them: a 修改备注 dialog's textarea with 确定, a 备注 textarea with 保存 and 群发记录, a session search with 搜索. #ok does the
 * page's own thing with #c (recorded by rec, as a send would be).
 */
const FIELDS: Readonly<Record<string, string>> = {
  'remark-dialog': `<button class="ant-btn" id="open2">群发助手</button><div class="ant-modal" role="dialog" aria-modal="true" aria-labelledby="t2" style="position:fixed;top:80px;left:300px;width:460px;background:#fff;border:1px solid #999;padding:12px">
<div class="ant-modal-title" id="t2">修改备注</div><textarea id="c" class="ant-input" placeholder="请输入备注" style="width:100%;height:60px"></textarea>
<div class="ant-modal-footer"><button class="ant-btn">取消</button><button class="ant-btn ant-btn-primary" id="ok">确定</button></div></div>`,
  'remark-panel': `<div class="BuyerInfo"><div>买家备注</div><textarea id="c" placeholder="备注" rows="2"></textarea>
<button class="ant-btn ant-btn-primary" id="ok">保存</button> <button class="ant-btn">群发记录</button> <button class="ant-btn">群发助手</button></div>`,
  'session-search': `<div class="SessionList"><input id="c" placeholder="搜索会话/买家昵称"><button class="ant-btn" id="ok">搜索</button>
<button class="ant-btn">群发助手</button></div>`,
};
const fieldPage = (name: string) =>
  redTeamDoc(`field ${name}`, `${FIELDS[name]}<div style="margin-top:260px">${MAIN}</div><script>${MAIN_SCRIPT} ok.onclick = function () { rec(c.value); };${E}`);

/** Finding 2: a red-team composer (#c) sent by Enter and by 发送 (#send). */
const composerPage = redTeamDoc(
  'fix leaves a block',
  `<div class="ChatMessageList" style="height:120px">买家：在吗</div><div class="SendBox"><textarea id="c" placeholder="请输入消息" rows="3" cols="60"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<script>send.onclick = sendDraft; c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendDraft(); } });${E}`,
);

/**
 * Item 3 (round 46's second pass): a coupon popover with a 附言 (#c) and its own 发送给买家 (#go), beside the chat's composer. `auto`:
 * popover=auto, which the browser closes on Esc; `manual`: popover=manual, shown by the page, which closes it on an Esc nothing
 * took (defaultPrevented). window.__esc counts the Escapes the page's own listener got.
 */
const notePopoverPage = (mode: 'auto' | 'manual') =>
  redTeamDoc(
    `note popover ${mode}`,
    `<div class="ChatMessageList" style="height:120px">买家：在吗</div>${MAIN}
<button id="bcopen" popovertarget="pop">发优惠券</button>
<div id="pop" popover="${mode}" style="margin:0;top:260px;left:20px;width:420px;height:160px"><textarea id="c" placeholder="给买家的附言" rows="3" cols="40"></textarea>
<button id="go">发送给买家</button></div>
<script>${MAIN_SCRIPT} window.__esc = 0; go.onclick = function () { sendDraft(); pop.hidePopover(); };
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !e.defaultPrevented) { window.__esc++; ${mode === 'manual' ? 'pop.hidePopover();' : ''} } });${E}`,
  );

/**
 * Second pass, finding 1 (a false stop of round 47's first pass): controls that only open the broadcast tool — a tab, menu
 * entries, a link, toolbar buttons, the session list's 群发(3), a disclosure — beside the workbench's composer holding a flagged
 * draft. #nav counts its clicks in window.__nav (the page opening its tool).
 */
const OPENERS: Readonly<Record<string, string>> = {
  tab: `<div role="tablist"><div role="tab" aria-selected="true" tabindex="0">会话</div><div id="nav" role="tab" aria-selected="false" tabindex="-1">群发</div></div>`,
  'menu-yijian': `<ul role="menu"><li role="menuitem">快捷短语</li><li id="nav" role="menuitem" tabindex="-1"><span>一键群发</span></li></ul>`,
  'menu-xiaoxi': `<ul role="menu"><li role="menuitem">快捷短语</li><li id="nav" role="menuitem" tabindex="-1"><span>群发消息</span></li></ul>`,
  'menu-liji': `<ul role="menu"><li role="menuitem">快捷短语</li><li id="nav" role="menuitem" tabindex="-1"><span>立即群发</span></li></ul>`,
  link: `<nav><a id="nav" href="#qunfa">群发</a></nav>`,
  toolbar: `<div class="toolbar"><button class="ant-btn" id="nav"><span>群 发</span></button></div>`,
  'toolbar-msg': `<div class="toolbar"><button class="ant-btn ant-btn-primary" id="nav"><span>群发消息</span></button></div>`,
  'session-bulk': `<div class="SessionList-toolbar"><label><input type="checkbox" checked>已选 3 个会话</label><button class="ant-btn ant-btn-link" id="nav">群发(3)</button></div>`,
  disclosure: `<button class="ant-btn" id="nav" aria-haspopup="menu" aria-expanded="false">群发</button>`,
};
const openerPage = (name: string) =>
  redTeamDoc(
    `opener ${name}`,
    `${OPENERS[name]}${MAIN}<script>${MAIN_SCRIPT} window.__nav = 0; nav.addEventListener('click', function (e) { e.preventDefault(); window.__nav++; });${E}`,
  );

/** Second pass, finding 1: a customer card's 群发 (it opens the broadcast dialog) beside an unrelated field #c, labelled `label`. */
const CARD_LABELS = ['内部备注', '备注', '活动说明', ''] as const;
const cardPage = (label: string) =>
  redTeamDoc(
    `card ${label}`,
    `<div class="ant-card"><div class="ant-card-head">客户详情 · 小王</div><div class="ant-card-body">
<div class="ant-form-item"><label for="c">${label}</label><textarea id="c" rows="3" cols="50"></textarea></div>
<div class="actions"><button class="ant-btn" type="button"><span>保 存</span></button> <button id="nav" class="ant-btn ant-btn-primary" type="button"><span>群发</span></button></div></div></div>
<script>window.__nav = 0; nav.addEventListener('click', function () { window.__nav++; });${E}`,
  );

/**
 * Second pass, finding 2: a dialog or drawer titled as a broadcast or a bulk reply whose primary footer button sends its field #c
 * (#go) to every buyer ticked, beside the workbench's composer. '' is an icon-only primary button.
 */
const TITLED_SENDS: readonly (readonly [string, string])[] = [
  ['群发消息', '确 定'],
  ['群发消息', '发 布'],
  ['群发消息', '推 送'],
  ['群发消息', '群发给 3 位买家'],
  ['群发消息', '发给所选买家'],
  ['群发消息', 'Broadcast'],
  ['群发消息', 'Send to all'],
  ['群发消息', ''],
  ['批量回复（已选 3 个会话）', '回 复'],
  ['批量回复（已选 3 个会话）', '提交回复'],
  ['批量回复（已选 3 个会话）', '确认回复'],
  ['批量回复（已选 3 个会话）', '确 定'],
];
const titledPage = (title: string, label: string) =>
  redTeamDoc(
    `titled ${title} ${label}`,
    `${MAIN}<div class="ant-modal-wrap"><div class="ant-modal" role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;top:150px;left:300px;width:460px;background:#fff;border:1px solid #999;padding:12px">
<div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title" id="t">${title}</div></div>
<div class="ant-modal-body"><label><input type="checkbox" checked> 买家A</label> <label><input type="checkbox" checked> 买家B</label> <label><input type="checkbox" checked> 买家C</label>
<textarea id="c" class="ant-input" placeholder="请输入内容" style="width:100%;height:80px"></textarea></div>
<div class="ant-modal-footer"><button class="ant-btn" type="button">取 消</button><button class="ant-btn ant-btn-primary" type="button" id="go">${label ? `<span>${label}</span>` : '<span role="img" aria-label="notification" class="anticon"><svg width="14" height="14"><path d="M0 0h14v14z"/></svg></span>'}</button></div></div></div></div>
<script>${MAIN_SCRIPT} go.onclick = function () { var t = c.value; document.querySelectorAll('.ant-modal input:checked').forEach(function () { rec(t); }); if (t.trim()) c.value = ''; };${E}`,
  );

/** Second pass, finding 3: a 群发消息 dialog whose 下一步 (#go) opens a Popconfirm portaled to <body>, whose #ok (`ok`) sends #c. */
const twoStepPage = (ok: string) =>
  redTeamDoc(
    `two-step ${ok}`,
    `${MAIN}<div class="ant-modal" role="dialog" aria-modal="true" aria-labelledby="t" style="position:fixed;top:150px;left:300px;width:460px;background:#fff;border:1px solid #999;padding:12px">
<div class="ant-modal-title" id="t">群发消息</div>已选 3 位买家<br><textarea id="c" placeholder="请输入群发内容" style="width:100%;height:80px"></textarea>
<div class="ant-modal-footer"><button class="ant-btn" type="button">取 消</button><button class="ant-btn ant-btn-primary" type="button" id="go"><span>下一步</span></button></div></div>
<script>${MAIN_SCRIPT} go.onclick = function () { if (document.getElementById('pc')) return; var d = document.createElement('div'); d.id = 'pc'; d.className = 'ant-popover ant-popconfirm'; d.setAttribute('role', 'tooltip');
d.style.cssText = 'position:fixed;left:320px;top:420px;background:#fff;border:1px solid #ccc;padding:8px;z-index:1100';
d.innerHTML = '<div class="ant-popconfirm-message"><span class="ant-popconfirm-title">确认群发给 3 位买家？</span></div><div class="ant-popconfirm-buttons"><button class="ant-btn ant-btn-sm" type="button">取消</button><button id="ok" class="ant-btn ant-btn-primary ant-btn-sm" type="button">${ok}</button></div>';
document.body.appendChild(d); document.getElementById('ok').onclick = function () { if (rec(c.value)) c.value = ''; d.remove(); }; };${E}`,
  );

const test = workbenchPagesTest({
  ...Object.fromEntries(Object.keys(OPENERS).map((n) => [`/rt47b/opener/${n}`, openerPage(n)])),
  ...Object.fromEntries(CARD_LABELS.map((l, i) => [`/rt47b/card/${i}`, cardPage(l)])),
  ...Object.fromEntries(TITLED_SENDS.map(([t, l], i) => [`/rt47b/titled/${i}`, titledPage(t, l)])),
  '/rt47b/two-step/0': twoStepPage('确 定'),
  '/rt47b/two-step/1': twoStepPage('确认'),
  '/rt47/note-popover/auto': notePopoverPage('auto'),
  '/rt47/note-popover/manual': notePopoverPage('manual'),
  ...Object.fromEntries(BROADCASTS.map(([label, ph], i) => [`/rt47/broadcast/${i}`, broadcastPage(label, ph)])),
  ...Object.fromEntries(Object.keys(FIELDS).map((n) => [`/rt47/field/${n}`, fieldPage(n)])),
  '/rt47/fix': composerPage,
});

test('finding 1: a 群发 dialog’s textarea is a guarded composer — a blocked draft shows the banner and 群发 / 立即群发 / 开始群发 / 一键群发 / 群发(3) sends it to nobody; a clean draft goes to every buyer ticked at the first click', async ({ pg, showPage }) => {
  for (const [i, [label]] of BROADCASTS.entries()) {
    await showPage(`/rt47/broadcast/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#bcopen').click();
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${label}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, `${label}: a click on ${label}`, () => pg.locator('#go').click(), BAD);
    await pg.locator('#c').fill(CLEAN);
    await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), `${label}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${label}: the clean draft goes to the three buyers`).toEqual([CLEAN, CLEAN, CLEAN]);
  }
});

test('finding 1, valid rows: a 修改备注 dialog, a 备注 field beside 群发记录 / 群发助手 and a session search are not guarded — their buttons are the page’s, whatever they hold', async ({ pg, showPage }) => {
  for (const name of Object.keys(FIELDS)) {
    await showPage(`/rt47/field/${name}`);
    // The chat's composer is guarded (the guard is running), the field is not.
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await pg.locator('#ok').click();
    await expect.poll(() => sentOf(pg), `${name}: the page's own handler took the click`).toEqual([BAD]);
    await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]'), `${name}: nothing stopped`).toHaveCount(0);
    await expect(bannerContent(pg), `${name}: no banner for the field`).toHaveCount(0);
  }
});

/** Presses `key` (or clicks 发送) on the composer and expects it stopped: nothing sent, the draft kept, the banner in its stopped mode. */
async function stoppedAgain(pg: Page, what: string, attempt: () => Promise<unknown>, draft: string): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  expect(await pg.locator('#c').inputValue(), `${what}: the draft is as it was`).toBe(draft);
  await expect(bannerSection(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked');
}

/**
 * Finding 2's drafts: a 2.3 finding whose 改为 is offered, and a second block-level finding (an insult, 2.4, with no fix; a private
 * transfer, 2.3) the fix leaves. `left` is what the banner names after the fix, `gone` what it must no longer name.
 */
const FIX_LEAVES_BLOCK = [
  { draft: '加我微信详聊，你这个傻逼', gone: '加我微信', left: '2.4' },
  { draft: '加我微信 abc12345，私下转账给我更便宜', gone: 'abc12345', left: '私下转账' },
] as const;

test('finding 2: after 改为, what remains is judged on the new text at once, and a block-level finding the fix leaves keeps Enter and 发送 stopped, every time (no second-Enter pass)', async ({ pg, showPage }) => {
  for (const { draft, gone, left } of FIX_LEAVES_BLOCK) {
    await showPage('/rt47/fix');
    await pg.locator('#c').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(draft);
    await expect(bannerContent(pg), `${draft}: the typing banner`).toContainText(gone);
    await stoppedAgain(pg, `${draft}: Enter before the fix`, () => pg.keyboard.press('Enter'), draft);
    await pg.locator('[data-replyguard="banner"] button', { hasText: '改为' }).first().click();
    await expect.poll(() => pg.locator('#c').inputValue(), `${draft}: the fix is applied`).not.toBe(draft);
    const fixed = await pg.locator('#c').inputValue();
    // Judged on the new text at once: the fixed words are gone from the banner, the finding left is named, still a block.
    await expect(bannerContent(pg), `${draft}: the banner no longer names the fixed words`).not.toContainText(gone);
    await expect(bannerContent(pg), `${draft}: the banner names what is left`).toContainText(left);
    await pg.locator('#c').click();
    await pg.keyboard.press('End');
    await stoppedAgain(pg, `${draft}: the first Enter after the fix`, () => pg.keyboard.press('Enter'), fixed);
    await stoppedAgain(pg, `${draft}: the second Enter after the fix`, () => pg.keyboard.press('Enter'), fixed);
    await stoppedAgain(pg, `${draft}: 发送 after the fix`, () => pg.locator('#send').click(), fixed);
  }
});

const notePopoverOpen = (pg: Page) => pg.evaluate(() => document.getElementById('pop')!.matches(':popover-open'));
const pageEscapes = (pg: Page) => pg.evaluate(() => (window as unknown as { __esc: number }).__esc);

test('item 3: in a popover=auto 附言 with a flagged draft, the first Escape is the page’s — the popover closes as with a clean draft — and the reopened note is still guarded', async ({ pg, showPage }) => {
  for (const draft of [CLEAN, BAD]) {
    const what = draft === BAD ? 'flagged' : 'clean';
    await showPage('/rt47/note-popover/auto');
    await expectAttached(pg);
    await pg.locator('#bcopen').click();
    await expect.poll(() => notePopoverOpen(pg), `${what}: opened`).toBe(true);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(draft);
    if (draft === BAD) await expect(bannerContent(pg), `${what}: the typing banner`).toContainText('2.3');
    // One press, never repeated: the popover closes on it and the page's own listener got it.
    await pg.keyboard.press('Escape');
    await expect.poll(() => notePopoverOpen(pg), `${what}: one Escape closes the popover`).toBe(false);
    expect(await pageEscapes(pg), `${what}: the page got that Escape`).toBe(1);
    if (draft === BAD) {
      await expect(bannerContent(pg), `${what}: the banner went with the note`).toBeHidden();
      await pg.locator('#bcopen').click();
      await expect.poll(() => notePopoverOpen(pg), `${what}: reopened`).toBe(true);
      await expectStopped(pg, `${what}: 发送给买家 after reopening`, () => pg.locator('#go').click(), BAD);
    }
  }
});

test('item 3, valid row: in a popover=manual (which the browser does not close on Esc) the first Escape still collapses the banner and the page does not get it; the next one is the page’s', async ({ pg }) => {
  await pg.goto(WORKBENCH_ORIGIN + '/rt47/note-popover/manual');
  await expectAttached(pg);
  await pg.locator('#bcopen').click();
  await expect.poll(() => notePopoverOpen(pg), 'opened').toBe(true);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(bannerContent(pg), 'the typing banner').toContainText('2.3');
  await pg.keyboard.press('Escape');
  await expect(bannerSection(pg), 'the banner collapsed').toHaveAttribute('data-collapsed', 'true');
  expect(await pageEscapes(pg), 'the page did not get the Escape that collapsed the banner').toBe(0);
  expect(await notePopoverOpen(pg), 'the popover is still open').toBe(true);
  await pg.keyboard.press('Escape');
  await expect.poll(() => notePopoverOpen(pg), 'the next Escape closes the popover').toBe(false);
  expect(await pageEscapes(pg)).toBe(1);
});

const navClicks = (pg: Page) => pg.evaluate(() => (window as unknown as { __nav: number }).__nav);

test('second pass, finding 1: with a flagged draft in the SendBox, a tab, menu entries, a link, toolbar buttons, 群发(3) and a disclosure named 群发 only open the broadcast tool — the page gets the click (and Enter), nothing is stopped; 发送 still is', async ({ pg, showPage }) => {
  for (const name of Object.keys(OPENERS)) {
    await showPage(`/rt47b/opener/${name}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${name}: the typing banner`).toContainText('2.3');
    await pg.locator('#nav').click();
    await expect.poll(() => navClicks(pg), `${name}: the page got the click`).toBe(1);
    await pg.locator('#nav').focus();
    await pg.keyboard.press('Enter');
    if (name !== 'tab' && !name.startsWith('menu')) await expect.poll(() => navClicks(pg), `${name}: the page got the Enter`).toBe(2);
    await expect(blocked(pg), `${name}: nothing stopped`).toHaveCount(0);
    expect(await sentOf(pg), `${name}: nothing sent`).toEqual([]);
    await pg.locator('#send').click();
    await expect(blocked(pg), `${name}: 发送 is still stopped`).toHaveCount(1);
    expect(await sentOf(pg), `${name}: 发送 sent nothing`).toEqual([]);
  }
});

test('second pass, finding 1: a card’s 群发 beside an unrelated field (内部备注 / 备注 / 活动说明 / none, <label for>) opens the dialog, whatever the field holds', async ({ pg, showPage }) => {
  for (const [i, label] of CARD_LABELS.entries()) {
    await showPage(`/rt47b/card/${i}`);
    await pg.locator('#c').click();
    await expectAttached(pg);
    await pg.keyboard.insertText('买家要求加微信 abc12345 私下交易，已拒绝');
    await pg.locator('#nav').click();
    await expect.poll(() => navClicks(pg), `${label || 'no label'}: the page got the click`).toBe(1);
    await expect(blocked(pg), `${label || 'no label'}: nothing stopped`).toHaveCount(0);
  }
});

test('second pass, finding 2: in a dialog titled 群发消息 / 批量回复（已选 3 个会话）, the primary footer button (确 定 / 发 布 / 推 送 / 群发给 3 位买家 / 发给所选买家 / Broadcast / Send to all / an icon / 回 复 / 提交回复 / 确认回复) sends its field: a flagged draft goes to nobody, a clean one to every buyer', async ({ pg, showPage }) => {
  for (const [i, [title, label]] of TITLED_SENDS.entries()) {
    const what = `${title} ${label || 'icon'}`;
    await showPage(`/rt47b/titled/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await expectStopped(pg, `${what}: a click on the footer button`, () => pg.locator('#go').click(), BAD);
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${what}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${what}: the clean draft goes to the three buyers`).toEqual([CLEAN, CLEAN, CLEAN]);
  }
});

test('second pass, finding 3: 下一步 opens a Popconfirm 「确认群发给 3 位买家？」 whose 确 定 / 确认 sends the broadcast’s field: judged against that field', async ({ pg, showPage }) => {
  for (const i of [0, 1]) {
    await showPage(`/rt47b/two-step/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await pg.locator('#go').click();
    await expect(pg.locator('#pc'), `${i}: the confirm opened`).toBeVisible();
    await expectStopped(pg, `${i}: the confirm's OK`, () => pg.locator('#ok').click(), BAD);
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${i}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#ok').click();
    await expect.poll(() => sentOf(pg), `${i}: the clean draft goes out`).toEqual([CLEAN]);
  }
});
