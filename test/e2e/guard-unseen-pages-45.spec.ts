// Round 45 of the blind red team on the send guard (its fourteenth). Finding 1 (a leak): a send icon whose only "send" hint is its
// image or icon name was no send control, so a blocked draft went out by clicking it: <img src="…/icon-send.svg" onclick>, <img
// src="/static/img/send.png">, an unnamed image in <a href="javascript:doSend()">, iconfont.cn's <i class="iconfont icon-fasong">,
// Element UI's <i class="el-icon-s-promotion">, <span onclick><svg><use xlink:href="#icon-send"> (and #icon-fasong). Finding 3 (a
// false stop): with a flagged draft and an antd/rc-mentions @ list open (Enter picks while it is open), Enter never reached the
// page (block) or was taken as the warning's first hold (warn). Every page is rebuilt here at the workbench's address and records
// what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  bannerSection,
  expectAttached,
  expectStopped,
  openAtWorkbench,
  QUIET,
  RED_TEAM_BAD as BAD,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  setSettings,
  stopsLogged,
  untilStopped,
  WARN_TERM,
  workbenchPagesTest,
  readTheWarning,
} from './guard-support';

const CLEAN = '亲，已经给您发货了，请注意查收';
const TRIANGLE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="16" height="16"><path d="M1 1 L15 8 L1 15 Z"/></svg>';
const SPRITE = `<svg style="display:none"><symbol id="icon-send" viewBox="0 0 16 16"><path d="M1 1 L15 8 L1 15 Z"/></symbol><symbol id="icon-fasong" viewBox="0 0 16 16"><path d="M1 1 L15 8 L1 15 Z"/></symbol><symbol id="icon-tupian" viewBox="0 0 16 16"><rect width="16" height="16"/></symbol></svg>`;
const SQUARE = 'cursor:pointer;display:inline-block;width:20px;height:20px;background:#1677ff';

/** Finding 1: each send icon (#s) the red team clicked, with no 发送 text or label anywhere. */
const ICONS: Readonly<Record<string, string>> = {
  'img-src-icon-send': `<img id="s" src="/static/cs/icon-send.svg" width="20" height="20" onclick="sendDraft()" style="cursor:pointer">`,
  'img-src-send-png': `<img id="s" src="/static/img/send.png" width="20" height="20" onclick="sendDraft()" style="cursor:pointer">`,
  'a-javascript-img': `<a id="s" href="javascript:doSend()"><img src="/static/img/arrow.svg" width="20" height="20"></a>`,
  'iconfont-fasong': `<i id="s" class="iconfont icon-fasong" onclick="sendDraft()" style="${SQUARE}"></i>`,
  'el-icon-s-promotion': `<i id="s" class="el-icon-s-promotion" onclick="sendDraft()" style="${SQUARE}"></i>`,
  'svg-use-icon-send': `<span id="s" class="tool-item" onclick="sendDraft()" style="cursor:pointer"><svg class="icon" aria-hidden="true" width="20" height="20"><use xlink:href="#icon-send"></use></svg></span>`,
  'svg-use-icon-fasong': `<span id="s" class="tool-item" onclick="sendDraft()" style="cursor:pointer"><svg class="icon" aria-hidden="true" width="20" height="20"><use xlink:href="#icon-fasong"></use></svg></span>`,
};

/**
 * The page's own icons beside them that send something else (an image, a file) or nothing: their clicks are the page's, whatever the
 * draft holds (the class rule's precedent: sendImage / 发送图片 are not the draft's send).
 */
const OTHERS = `<img id="o1" src="/static/img/send-image.png" width="20" height="20" onclick="__log.push('image')" style="cursor:pointer">
<i id="o2" class="iconfont icon-fasongtupian" onclick="__log.push('picture')" style="${SQUARE}"></i>
<a id="o3" href="javascript:sendFile()"><img src="/static/img/arrow.svg" width="20" height="20"></a>
<span id="o4" onclick="__log.push('tupian')" style="cursor:pointer"><svg width="20" height="20"><use xlink:href="#icon-tupian"></use></svg></span>`;

const iconPage = (name: string) =>
  redTeamDoc(
    `icon ${name}`,
    `${SPRITE}<div class="chat"><div class="msgs">买家：在吗</div>
<textarea id="c" placeholder="请输入消息" style="width:400px;height:80px"></textarea>
<div class="toolbar">${ICONS[name]} ${OTHERS}</div></div>
<script>function doSend() { sendDraft(); } function sendFile() { __log.push('file'); }${E}`,
  );

/**
 * Finding 3: the red team's rc-mentions page (t04): a textarea in .ant-mentions; typing @ opens .ant-mentions-dropdown (role=menu)
 * on <body> above it; Enter picks 小王 while the list is open and sends otherwise; 发送 sends. ?mode= leaves a marker switched on
 * while no list is open (and Enter sends): stuck-expanded (a combobox's aria-expanded="true" naming an always-shown listbox),
 * stuck-active (a stale aria-activedescendant), listbox (an always-shown listbox under the composer), floating (an always-shown
 * floating role=listbox next to it, no ARIA tie to the composer).
 */
const mentions = redTeamDoc(
  'mentions',
  `<style>.ant-mentions-dropdown{position:absolute;background:#fff;border:1px solid #ccc;z-index:10}</style>
<div class="chat"><div class="msgs">买家：在吗</div>
<div class="ant-mentions" style="margin-top:300px"><textarea id="c" rows="3" style="width:400px" placeholder="输入消息，@ 提及同事"></textarea></div>
<button id="send" type="button">发送</button><div id="extra"></div></div>
<script>var mode = new URLSearchParams(location.search).get('mode') || 'antd';
var open = false, dd = null;
window.__picked = 0;
if (mode === 'stuck-expanded') { c.setAttribute('role', 'combobox'); c.setAttribute('aria-expanded', 'true'); c.setAttribute('aria-controls', 'sugg'); }
if (mode === 'stuck-active') c.setAttribute('aria-activedescendant', 's1');
if (mode !== 'antd') extra.innerHTML = '<ul id="sugg" role="listbox" style="border:1px solid #ccc;width:400px;margin:0' + (mode === 'floating' ? ';position:absolute;left:8px;top:250px;background:#fff' : '') + '"><li role="option" id="s1">猜你想问：什么时候发货？</li><li role="option">猜你想问：包邮吗？</li></ul>';
send.onclick = sendDraft;
function openDD() { open = true; dd = document.createElement('div'); dd.className = 'ant-mentions-dropdown'; var r = c.getBoundingClientRect();
  dd.style.left = r.left + 'px'; dd.style.top = (r.top - 70 + scrollY) + 'px';
  dd.innerHTML = '<ul class="ant-mentions-dropdown-menu" role="menu"><li class="ant-mentions-dropdown-menu-item ant-mentions-dropdown-menu-item-active" role="menuitem">小王</li><li class="ant-mentions-dropdown-menu-item" role="menuitem">小李</li></ul>';
  document.body.appendChild(dd); }
function closeDD() { open = false; if (dd) dd.remove(); dd = null; }
c.addEventListener('input', function () { var v = c.value.slice(0, c.selectionStart); var at = v.lastIndexOf('@');
  if (mode === 'antd' && at >= 0 && !/\\s/.test(v.slice(at + 1))) { if (!open) openDD(); } else closeDD(); });
c.addEventListener('keydown', function (e) {
  if (e.key === 'Escape' && open) { closeDD(); return; }
  if (e.key === 'Enter' && open) { e.preventDefault(); var v = c.value; c.value = v.slice(0, v.lastIndexOf('@')) + '@小王 '; closeDD(); __picked++; return; }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendDraft(); } });${E}`,
);

const SVG = { contentType: 'image/svg+xml', body: TRIANGLE };
const test = workbenchPagesTest(
  { ...Object.fromEntries(Object.keys(ICONS).map((name) => [`/rt45/icon/${name}`, iconPage(name)])), '/rt45/mentions': mentions },
  // Every image the pages show is the same triangle; the PNG paths too (the browser draws it by its content type).
  { extra: (path) => (path.startsWith('/static/') ? SVG : undefined) },
);
const logOf = (pg: Page) => pg.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());
const clearSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));

test('finding 1: a send icon named only by its image (src), its <use> reference or its icon class (send, fasong, s-promotion) is judged like 发送 — a blocked draft is stopped, a clean one goes out at the first click; icons that send an image or a file, and an unnamed one, stay the page’s', async ({ pg, showPage }) => {
  for (const name of Object.keys(ICONS)) {
    // No 发送 on the page: the guard attaches to the textarea when it is focused.
    await showPage(`/rt45/icon/${name}`);
    await pg.locator('#c').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${name}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, `${name}: a click on the icon`, () => pg.locator('#s').click());
    // The page's other icons keep their clicks while the draft is stopped.
    for (const other of ['#o1', '#o2', '#o3', '#o4']) await pg.locator(other).click();
    await expect.poll(() => logOf(pg), `${name}: the other icons act`).toEqual(['image', 'picture', 'file', 'tupian']);
    expect(await sentOf(pg), `${name}: nothing sent`).toEqual([]);
    // Fixed: the clean draft goes out at the first click.
    await pg.locator('#c').fill(CLEAN);
    await pg.locator('#s').click();
    await expect.poll(() => sentOf(pg), `${name}: the clean draft goes out`).toEqual([CLEAN]);
  }
});

/** Types `draft` (ending in @) in the mentions page's composer and waits for the @ list. */
async function typeUpToMention(pg: Page, draft: string): Promise<void> {
  await pg.locator('#c').click();
  await pg.keyboard.insertText(draft.slice(0, -1));
  await pg.keyboard.type('@');
  await expect(pg.locator('.ant-mentions-dropdown'), 'the @ list is open').toBeVisible();
}

const pickedOf = (pg: Page) => pg.evaluate(() => (window as unknown as { __picked: number }).__picked);

test('finding 3: with a blocked draft and the page’s @ list open, Enter picks the mention (not stopped, not logged); the next Enter is stopped; Esc still closes the list', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt45/mentions');
  await typeUpToMention(pg, `${BAD}，抄送@`);
  await expect(bannerContent(pg), 'the typing banner').toContainText('2.3');
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await expect.poll(() => pickedOf(pg), 'Enter picked the mention').toBe(1);
  await expect(pg.locator('#c')).toHaveValue(`${BAD}，抄送@小王 `);
  await expect(pg.locator('.ant-mentions-dropdown')).toHaveCount(0);
  expect(await sentOf(pg)).toEqual([]);
  expect(await stopsLogged(pg.context()), 'the pick is no send attempt: nothing logged').toBe(before);
  await expect(bannerSection(pg), 'the pick stopped nothing').not.toHaveAttribute('data-mode', 'blocked');
  // The list closed: Enter is a send again, and stopped.
  await expectStopped(pg, 'Enter after the pick', () => pg.keyboard.press('Enter'), `${BAD}，抄送@小王 `);
  // Once stopped (the banner up), the list opens again: Enter picks again; Esc closes it as before.
  await pg.keyboard.type('@');
  await expect(pg.locator('.ant-mentions-dropdown')).toBeVisible();
  await pg.keyboard.press('Enter');
  await expect.poll(() => pickedOf(pg), 'Enter picked again with the banner up').toBe(2);
  await pg.keyboard.type('@');
  await expect(pg.locator('.ant-mentions-dropdown')).toBeVisible();
  await pg.keyboard.press('Escape');
  await expect(pg.locator('.ant-mentions-dropdown'), 'Esc closed the list').toHaveCount(0);
  expect(await sentOf(pg)).toEqual([]);
});

test('finding 3: with a held warning’s draft and the @ list open, Enter picks and does not use up the warning; the next Enter holds it, the one after sends', async ({ pg, serviceWorker }) => {
  await setSettings(serviceWorker);
  await openAtWorkbench(pg, '/rt45/mentions');
  const draft = `亲，${WARN_TERM}，请同事@`;
  await typeUpToMention(pg, draft);
  await expect(bannerContent(pg).locator('.finding[data-severity="warn"]'), 'the typing banner warns').toHaveCount(1);
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await expect.poll(() => pickedOf(pg), 'Enter picked the mention').toBe(1);
  const picked = `${draft.slice(0, -1)}@小王 `;
  await expect(pg.locator('#c')).toHaveValue(picked);
  expect(await stopsLogged(pg.context()), 'the pick is no send attempt: nothing logged').toBe(before);
  await expect(bannerSection(pg), 'nothing held').not.toHaveAttribute('data-mode', 'held');
  // The first send is held (the pick did not count as it), the second goes out.
  await pg.keyboard.press('Enter');
  await expect(bannerSection(pg), 'the first send is held').toHaveAttribute('data-mode', 'held');
  expect(await sentOf(pg)).toEqual([]);
  await readTheWarning(pg);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the second Enter sends').toEqual([picked.trim()]); // the page sends it trimmed
});

test('finding 3: a clean draft picks a mention with Enter, then Enter sends it; markers left switched on with no list open open no leak', async ({ pg, showPage }) => {
  await openAtWorkbench(pg, '/rt45/mentions');
  await typeUpToMention(pg, '亲，这个问题我请同事@');
  await pg.keyboard.press('Enter');
  await expect.poll(() => pickedOf(pg)).toBe(1);
  await pg.keyboard.insertText('帮您跟进。');
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean draft goes out').toEqual(['亲，这个问题我请同事@小王 帮您跟进。']);
  await clearSent(pg);
  for (const mode of ['stuck-expanded', 'stuck-active', 'listbox', 'floating']) {
    await showPage(`/rt45/mentions?mode=${mode}`);
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${mode}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, `${mode}: Enter`, () => pg.keyboard.press('Enter'));
    await expectStopped(pg, `${mode}: Enter again`, () => pg.keyboard.press('Enter'));
    const before = await stopsLogged(pg.context());
    await pg.locator('#send').click();
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
    expect(await sentOf(pg), `${mode}: 发送 sent nothing`).toEqual([]);
  }
});
