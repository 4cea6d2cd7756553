// Round 48, the guard48e half of the second pass (red team rt48b: t4-popover.mjs jsopen / bianqian, t19-jspop.mjs, t9-bcast.mjs rows 2
// and 4, t5-ariactl.mjs, t13-poptab.mjs). (1) A 附言 the SendBox's toolbar opens by the page's own script (togglePopover() with no
// popovertarget, or a display:none panel shown by a toolbar button with aria-haspopup / aria-expanded), named only 附言, went out
// with the composer's 发送 after Esc had closed it. (2) A two-step broadcast whose confirm does not say 群发 (「确定要发送给已选的 3 位
// 买家吗？」 确 定; 「确认回复这 3 个会话？」 确认) sent the flagged broadcast field. (3) A 附言 panel linked by aria-controls and closed
// with `hidden` stopped 发送 with its banner display:none and the panel left closed. (4) A private 个人便签 popover (never sent by the
// page) stopped a clean message. (5) After a stop for a closed 附言 that was reopened, Tab from the SendBox went 发送 → note → banner.
// Every page records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, expectStopped, RED_TEAM_BAD as BAD, redTeamDoc, RT_SCRIPT_END as E, sentOf, workbenchPagesTest, type ShowPage, RED_TEAM_CLEAN as CLEAN } from './guard-support';

const REPLY = '您好，明天发货';

/** The SendBox (a contenteditable #ed, 发 送 #send; Enter sends too) with `toolbar` in its toolbar; `extra()` is what the send carries along. */
const sendBox = (toolbar: string) => `<div class="ChatMessageList" style="height:120px">买家：在吗</div>
<div class="SendBox" style="position:fixed;bottom:0;left:0;right:0;height:180px;border-top:1px solid #ccc;background:#fff">
<div class="SendBox-toolbar"><span>😊</span>${toolbar}<button type="button" id="img">图片</button></div>
<div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" id="ed" style="min-height:80px"></div></div>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send" type="button"><span>发 送</span></button></div></div>
<script>function doSend() { var t = ed.innerText.trim(), x = window.extra ? window.extra() : ''; if (!t) return; rec(t + (x ? ' 【附言】' + x : '')); ed.innerHTML = ''; }
send.addEventListener('click', doSend);
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); doSend(); } });${E}`;

const PANEL_STYLE = 'position:fixed;top:100px;left:100px;background:#fff;border:1px solid #999;padding:8px';

const pages: Record<string, string> = {
  // t19 showpop / t4 jsopen: the toolbar's 附言 calls togglePopover() on a [popover] no control names.
  '/rt48e/jspop': redTeamDoc(
    'jspop',
    sendBox('<button type="button" id="tb">附言</button>') +
      `<div popover id="note" style="top:100px;left:100px;margin:0"><textarea id="c" placeholder="附言"></textarea></div>
<script>tb.onclick = function () { note.togglePopover(); }; window.extra = function () { return c.value.trim(); };${E}`,
  ),
  // t19 vshow / t4 jsopen: a display:none panel shown by a toolbar button with aria-haspopup / aria-expanded; Esc hides it.
  '/rt48e/jspanel': redTeamDoc(
    'jspanel',
    sendBox('<button type="button" id="tb" aria-haspopup="true" aria-expanded="false">附言</button>') +
      `<div id="note" style="display:none;${PANEL_STYLE}"><textarea id="c" placeholder="附言"></textarea></div>
<script>tb.onclick = function () { var o = note.style.display === 'none'; note.style.display = o ? '' : 'none'; tb.setAttribute('aria-expanded', String(o)); };
document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { note.style.display = 'none'; tb.setAttribute('aria-expanded', 'false'); } });
window.extra = function () { return c.value.trim(); };${E}`,
  ),
  // t4 jsopen: a display:none panel shown by a toolbar button with a plain listener (aria-haspopup="dialog", no aria-expanded).
  '/rt48e/jsplain': redTeamDoc(
    'jsplain',
    sendBox('<button type="button" id="tb" aria-haspopup="dialog">附言</button>') +
      `<div id="note" style="display:none;${PANEL_STYLE}"><textarea id="c" placeholder="附言"></textarea></div>
<script>tb.onclick = function () { note.style.display = note.style.display === 'none' ? 'block' : 'none'; };
document.addEventListener('keydown', function (e) { if (e.key === 'Escape') note.style.display = 'none'; });
window.extra = function () { return c.value.trim(); };${E}`,
  ),
  // t5-ariactl: the panel is linked by aria-controls and closed with the hidden attribute.
  '/rt48e/ariactl': redTeamDoc(
    'ariactl',
    sendBox('<button type="button" id="tb" aria-controls="note" aria-expanded="false">附言</button>') +
      `<div id="note" hidden style="${PANEL_STYLE}"><textarea id="c" placeholder="附言"></textarea></div>
<script>tb.onclick = function () { note.hidden = !note.hidden; tb.setAttribute('aria-expanded', String(!note.hidden)); };
document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { note.hidden = true; tb.setAttribute('aria-expanded', 'false'); } });
window.extra = function () { return c.value.trim(); };${E}`,
  ),
  // t4 bianqian: a private memo in a popovertarget popover; the page never sends it.
  '/rt48e/bianqian': redTeamDoc(
    'bianqian',
    sendBox('<button type="button" id="tb" popovertarget="note">便签</button>') +
      `<div popover id="note" style="top:100px;left:100px;margin:0"><textarea id="c" placeholder="个人便签"></textarea></div>`,
  ),
  // t13-poptab: a popovertarget 附言.
  '/rt48e/poptab': redTeamDoc(
    'poptab',
    sendBox('<button type="button" id="tb" popovertarget="note">附言</button>') +
      `<div popover id="note" style="top:100px;left:100px;margin:0"><textarea id="c" placeholder="附言"></textarea></div>
<script>window.extra = function () { return c.value.trim(); };${E}`,
  ),
};

/** t9-bcast: a broadcast dialog whose 下一步 opens a confirm (a Modal.confirm on <body>) saying `confirmText`, whose `ok` sends the dialog's #c. */
const bcast = (title: string, confirmText: string, ok: string) =>
  redTeamDoc(
    `bcast ${title}`,
    sendBox('') +
      `<div role="dialog" aria-modal="true" aria-labelledby="bt" class="ant-modal" style="position:fixed;top:20px;left:200px;width:480px;background:#fff;border:1px solid #888;padding:8px">
<div id="bt" class="ant-modal-title">${title}</div>
<label><input type="checkbox" checked>买家A</label><label><input type="checkbox" checked>买家B</label><label><input type="checkbox" checked>买家C</label>
<textarea id="c" placeholder="请输入消息内容"></textarea>
<div class="ant-modal-footer"><button type="button" id="cancel">取 消</button><button type="button" id="next" class="ant-btn ant-btn-primary">下一步</button></div></div>
<script>next.onclick = function () { var d = document.createElement('div'); d.setAttribute('role', 'dialog'); d.setAttribute('aria-modal', 'true'); d.className = 'ant-modal-confirm';
 d.style.cssText = 'position:fixed;top:300px;left:300px;background:#fff;border:1px solid;padding:8px;z-index:10';
 d.innerHTML = '<div class="ant-modal-confirm-title">${confirmText}</div><button type="button" id="cancel2">取 消</button><button type="button" id="ok" class="ant-btn ant-btn-primary">${ok}</button>';
 document.body.appendChild(d); ok.onclick = function () { rec('群发：' + c.value); d.remove(); }; cancel2.onclick = function () { d.remove(); }; };${E}`,
  );
pages['/rt48e/bcast/buyers'] = bcast('群发消息', '确定要发送给已选的 3 位买家吗？', '确 定');
pages['/rt48e/bcast/bulk'] = bcast('批量回复（已选 3 个会话）', '确认回复这 3 个会话？', '确认');

const test = workbenchPagesTest(pages);

/** Whether the note's field is shown (its popover open, its panel not hidden). */
const noteShown = (pg: Page): Promise<boolean> => pg.evaluate(() => document.getElementById('c')!.checkVisibility());
/** Whether the banner's panel is drawn (not display:none, not away). */
const bannerDrawn = (pg: Page): Promise<boolean> =>
  pg.evaluate(() => {
    const panel = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('.panel');
    return !!panel && panel.checkVisibility() && panel.getBoundingClientRect().height > 0;
  });

/**
 * Shows the page at `path` (through showPage: a test's first page loaded, the next rewritten in place), opens the note from the toolbar
 * (#tb), types `note` in it, closes it with Esc, then types the message `REPLY` in the SendBox.
 */
async function writeNote(pg: Page, showPage: ShowPage, path: string, note: string): Promise<void> {
  await showPage(path);
  await pg.locator('#ed').click();
  await expectAttached(pg);
  await pg.locator('#tb').click();
  await expect.poll(() => noteShown(pg), `${path}: the note opened`).toBe(true);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(note);
  await pg.keyboard.press('Escape');
  await expect.poll(() => noteShown(pg), `${path}: Esc closed the note`).toBe(false);
  await pg.locator('#ed').click();
  await pg.keyboard.insertText(REPLY);
}

test('finding 1 (t19, t4 jsopen): a 附言 the SendBox toolbar opens by script — togglePopover() with no popovertarget, or a display:none panel behind aria-haspopup — is judged with 发送 after Esc, shown again and named; fixed, both go out', async ({ pg, showPage }) => {
  for (const path of ['/rt48e/jspop', '/rt48e/jspanel']) {
    await writeNote(pg, showPage, path, BAD);
    await expectStopped(pg, path, () => pg.locator('#send').click());
    await expect(bannerContent(pg), `${path}: the banner names the 附言`).toContainText('附言');
    await expect.poll(() => noteShown(pg), `${path}: the 附言 is shown again`).toBe(true);
    await expect.poll(() => bannerDrawn(pg), `${path}: the banner is drawn`).toBe(true);
    await pg.locator('#c').fill(CLEAN);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#send').click({ force: true });
    await expect.poll(() => sentOf(pg), `${path}: the reply goes out with the fixed 附言`).toEqual([`${REPLY} 【附言】${CLEAN}`]);
  }
});

test('finding 1 (t4 jsopen): a panel the toolbar’s plain 附言 button showed (no aria-expanded) is judged with 发送 after Esc; the guard does not click the page’s button — the drawn banner names the 附言 and says to click 「附言」', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48e/jsplain', BAD);
  await expectStopped(pg, 'jsplain', () => pg.locator('#send').click());
  await expect(bannerContent(pg), 'the banner says to click 附言 in the toolbar').toContainText('请点击输入框工具栏的「附言」');
  await expect.poll(() => bannerDrawn(pg), 'the banner is drawn beside the SendBox').toBe(true);
  expect(await noteShown(pg), 'the page’s panel is left closed').toBe(false);
  await pg.locator('#tb').click();
  await pg.locator('#c').fill(CLEAN);
  await pg.keyboard.press('Escape');
  await pg.locator('#send').click({ force: true });
  await expect.poll(() => sentOf(pg), 'fixed, both go out').toEqual([`${REPLY} 【附言】${CLEAN}`]);
});

test('finding 1, valid rows: a clean 附言 opened by script goes with the first 发送; a panel the toolbar opened is not judged once the page has emptied it', async ({ pg, showPage }) => {
  for (const path of ['/rt48e/jspop', '/rt48e/jspanel', '/rt48e/jsplain']) {
    await writeNote(pg, showPage, path, CLEAN);
    await pg.locator('#send').click();
    await expect.poll(() => sentOf(pg), `${path}: a clean 附言 goes at the first click`).toEqual([`${REPLY} 【附言】${CLEAN}`]);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: nothing stopped`).toHaveCount(0);
  }
});

test('finding 2 (t9 rows 2 and 4): a broadcast dialog’s 下一步 opens a confirm that does not say 群发 — its 确 定 / 确认 is a send of the dialog’s field, stopped with the banner', async ({ pg, showPage }) => {
  for (const path of ['/rt48e/bcast/buyers', '/rt48e/bcast/bulk']) {
    await showPage(path);
    await pg.locator('#ed').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(REPLY);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await pg.locator('#next').click();
    await expect(pg.locator('#ok'), `${path}: the confirm opened`).toBeVisible();
    await expectStopped(pg, `${path} confirm`, () => pg.locator('#ok').click());
    // Fixed, it goes at the confirm.
    await pg.locator('#c').fill(CLEAN);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: the banner no longer stops`).toHaveCount(0);
    if (!(await pg.locator('#ok').isVisible())) await pg.locator('#next').click();
    await pg.locator('#ok').click({ force: true });
    await expect.poll(() => sentOf(pg), `${path}: the fixed broadcast goes out`).toEqual([`群发：${CLEAN}`]);
  }
});

test('finding 2, valid row: a clean broadcast goes at its confirm at once, with a flagged SendBox draft beside it', async ({ pg, showPage }) => {
  await showPage('/rt48e/bcast/buyers');
  await pg.locator('#ed').click();
  await expectAttached(pg);
  await pg.keyboard.insertText(BAD);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(CLEAN);
  await pg.locator('#next').click();
  await pg.locator('#ok').click();
  await expect.poll(() => sentOf(pg), 'the clean broadcast goes at the first 确 定').toEqual([`群发：${CLEAN}`]);
});

test('finding 3 (t5-ariactl): a 附言 panel linked by aria-controls and closed with hidden — 发送 is stopped with a drawn banner naming the 附言, and the panel is open again', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48e/ariactl', BAD);
  await expectStopped(pg, 'ariactl', () => pg.locator('#send').click());
  await expect(bannerContent(pg), 'the banner names the 附言').toContainText('附言');
  await expect.poll(() => bannerDrawn(pg), 'the banner is drawn').toBe(true);
  await expect.poll(() => noteShown(pg), 'the 附言 panel is open again').toBe(true);
  expect(await pg.locator('#tb').getAttribute('aria-expanded'), 'opened the page’s own way (its toolbar button)').toBe('true');
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#send').click({ force: true });
  await expect.poll(() => sentOf(pg), 'fixed, both go out').toEqual([`${REPLY} 【附言】${CLEAN}`]);
});

test('finding 4 (t4 bianqian): a private 个人便签 in a toolbar popover, never sent by the page, does not stop a clean message', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48e/bianqian', BAD);
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'the clean message goes at the first click').toEqual([REPLY]);
  await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), 'nothing stopped').toHaveCount(0);
  expect(await noteShown(pg), 'the 便签 is not reopened').toBe(false);
});

test('finding 5 (t13-poptab): after Enter in the SendBox is stopped for a closed 附言 that is reopened, the first Tab enters the banner', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48e/poptab', BAD);
  const before = await sentOf(pg);
  await pg.locator('#ed').press('Enter');
  await expect(bannerSection(pg), 'the send was stopped').toHaveAttribute('data-mode', 'blocked');
  expect(before).toEqual([]);
  expect(await sentOf(pg), 'nothing sent').toEqual([]);
  await expect.poll(() => noteShown(pg), 'the 附言 is shown again').toBe(true);
  await pg.keyboard.press('Tab');
  const where = await pg.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return host?.getAttribute('data-replyguard') === 'banner' ? `banner:${inner?.className ?? ''}` : `${host?.tagName}#${host?.id}`;
  });
  expect(where, 'the first Tab reaches the banner’s first 改为').toMatch(/^banner:/);
});
