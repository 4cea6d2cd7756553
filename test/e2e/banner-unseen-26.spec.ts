// Round 26 of the blind red team, its UX findings (U1–U3), on hand-written pages at the workbench's real
// address (a generic chat page and a SendBox like the notes', no demo code):
// U2 the banner shown while typing sat under a composer at the top of the page and took the clicks meant
//    for the page's toolbar and a second composer under it;
// U1 under a page's CSS zoom (html { zoom: 2 }) the banner was placed twice as far down and its 仍要发送 off-screen;
// U3 in a page's 按Ctrl+Enter发送 mode a plain Enter (a new line there) on a flagged draft was stopped as a send.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectAttached, openAtWorkbench, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const C = '亲，已经为您催促仓库发货了';

const RUNTIME = `<script>
window.__sent = []; window.__clicks = [];
function record(t) { window.__sent.push(t); }
</script>`;
const doc = (body: string, style = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:0;font:14px/1.5 sans-serif}${style}</style>${RUNTIME}</head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  // A chat page whose composer is at the top: its toolbar and a note field right under it.
  '/rt26/top-composer': doc(`
<div style="padding:8px">
  <textarea id="ta" rows="3" style="width:380px"></textarea> <button id="send">发送</button>
  <div id="toolbar" style="margin-top:2px"><button id="emoji">表情</button> <button id="pic">图片</button> <button id="quick">快捷回复</button></div>
  <textarea id="note" rows="2" style="width:380px" placeholder="备注"></textarea>
</div>
<script>
var ta = document.getElementById('ta');
function send() { if (ta.value.trim()) { record(ta.value); ta.value = ''; } }
ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
document.getElementById('toolbar').addEventListener('click', function (e) { var b = e.target.closest('button'); if (b) window.__clicks.push(b.id); });
</script>`),
  // The notes' SendBox (a Quill-like editor that sends on Enter) under a page-wide CSS zoom.
  '/rt26/zoom-sendbox': doc(
    `
<div class="SendBox"><div class="SendBox-Editor"><div class="ql-container"><div class="ql-editor" contenteditable="true"><p><br></p></div></div></div>
<div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary"><span>发送</span></button></div></div>
<div class="ChatMessageList" style="height:600px"></div>
<script>
var ed = document.querySelector('.ql-editor');
function send() { var t = ed.innerText.replace(/\\n$/, ''); if (t.trim()) { record(t); ed.innerHTML = '<p><br></p>'; } }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.querySelector('.ant-btn-primary').addEventListener('click', send);
</script>`,
    'html{zoom:2} .SendBox{padding:8px} .ql-editor{border:1px solid #999;min-height:40px;outline:none}',
  ),
  // A composer with a send-mode switch: 'ctrl' (Ctrl+Enter sends, Enter is a new line) or 'enter'.
  // ?hint=1 shows the page's own hint beside 发送.
  '/rt26/send-mode': doc(`
<div class="chat-input" style="padding:8px">
  <textarea id="ta" rows="4" style="width:380px"></textarea>
  <div><span id="tip"></span> <button id="send">发送</button></div>
</div>
<script>
var ta = document.getElementById('ta'), tip = document.getElementById('tip');
var hint = /hint=1/.test(location.search);
window.setMode = function (m) { window.mode = m; tip.textContent = hint ? (m === 'ctrl' ? '按Ctrl+Enter发送，Enter换行' : '按Enter发送') : ''; };
setMode('ctrl');
function send() { var t = ta.value.replace(/\\n+$/, ''); if (t.trim()) { record(t); ta.value = ''; } }
ta.addEventListener('keydown', function (e) {
  if (e.key !== 'Enter' || e.isComposing) return;
  if (window.mode === 'enter' && !e.ctrlKey && !e.shiftKey) { e.preventDefault(); send(); }
  else if (window.mode === 'ctrl' && e.ctrlKey) { e.preventDefault(); send(); }
});
document.getElementById('send').addEventListener('click', send);
</script>`),
};

const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 } });
const open = openAtWorkbench;
const section = (page: Page) => page.locator('[data-replyguard="banner"] section.rg');

type Box = { top: number; bottom: number; left: number; right: number };
const boxOf = (page: Page, sel: string): Promise<Box> =>
  page.locator(sel).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('U2: while typing, the page’s toolbar and second field under the banner still take clicks; the banner’s fix still works', async ({ pg }) => {
  await open(pg, '/rt26/top-composer');
  await pg.locator('#ta').click();
  await pg.keyboard.type(V);
  await expect(section(pg)).toHaveAttribute('data-mode', 'typing', { timeout: 5_000 });
  await expect(section(pg)).toBeVisible();
  // Compact, yet each finding still says its clause and the chapter-4 penalty (issue 4).
  await expect(section(pg)).toContainText('2.3');
  await expect(section(pg).locator('.penalty').first()).toBeVisible();
  // The banner lies over the second field (nowhere else to go under a composer at the top): the case in
  // point. Since round 50 it keeps clear of the page's buttons beside the composer where it can, so the
  // toolbar is no longer required to be under it; either way its buttons must take the clicks below.
  const under = async () => {
    const panel = await boxOf(pg, '[data-replyguard="banner"] section.rg');
    const ids = [];
    for (const id of ['#emoji', '#pic', '#quick', '#note']) if (overlap(panel, await boxOf(pg, id))) ids.push(id);
    return ids;
  };
  // 15 s, not 3 (round 69): a passing poll returns at once, and the fresh clone fc113 saw the banner not yet over the note at 3 s as
  // the run's fifth test, with four browsers starting (not seen again in 60 runs under load); a banner placed elsewhere still fails.
  await expect.poll(under, { timeout: 15_000 }).toEqual(expect.arrayContaining(['#note']));

  await pg.locator('#emoji').click({ timeout: 15_000 });
  await pg.locator('#quick').click({ timeout: 15_000 });
  expect(await pg.evaluate(() => (window as unknown as { __clicks: string[] }).__clicks)).toEqual(['emoji', 'quick']);
  // Its own controls keep the pointer: the fix applies.
  await pg.locator('[data-replyguard="banner"] button.fix').first().click({ timeout: 15_000 });
  await expect.poll(() => pg.locator('#ta').inputValue()).not.toContain('abc12345');

  // The field under it: a second composer the agent types in.
  await pg.locator('#ta').click();
  await pg.keyboard.press('ControlOrMeta+A');
  await pg.keyboard.type(V);
  await expect(section(pg)).toHaveAttribute('data-mode', 'typing', { timeout: 5_000 });
  await pg.locator('#note').click({ timeout: 3_000 });
  await pg.keyboard.type('老客户');
  await expect(pg.locator('#note')).toHaveValue('老客户');
  expect(await pg.locator('#ta').inputValue(), 'the draft is untouched').toBe(V);
  expect(await sentOf(pg)).toEqual([]);
});

test('U1: under html { zoom: 2 } the stopped send’s banner sits by the composer with 仍要发送 in view', async ({ pg }) => {
  await open(pg, '/rt26/zoom-sendbox');
  await pg.locator('.ql-editor').click();
  await pg.keyboard.type(V);
  await pg.keyboard.press('Enter');
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
  await pg.waitForTimeout(300); // placed in the next frame
  const vh = await pg.evaluate(() => innerHeight);
  const panel = await boxOf(pg, '[data-replyguard="banner"] .panel');
  const override = await boxOf(pg, '[data-replyguard="banner"] button.override');
  const composer = await boxOf(pg, '.SendBox');
  const send = await boxOf(pg, '.SendBox-buttonRight .ant-btn-primary');
  const where = JSON.stringify({ vh, panel, override, composer, send });
  expect(override.top >= 0 && override.bottom <= vh, where).toBe(true);
  expect(panel.bottom <= vh + 0.5, where).toBe(true);
  expect(overlap(panel, composer) || overlap(panel, send), where).toBe(false);
  // Beside the composer (just under it: it is at the top), not a zoom's worth further down.
  expect(panel.top - composer.bottom, where).toBeLessThan(24);
  expect(panel.top - composer.bottom, where).toBeGreaterThanOrEqual(0);
  await pg.locator('[data-replyguard="banner"] button.override').click({ timeout: 3_000 });
  await expect(section(pg)).toHaveAttribute('data-mode', 'armed');
  expect(await sentOf(pg)).toEqual([]);
});

/** Waits until the composer's value is `want` (the page's or the browser's work on a key is done). */
const valueIs = (page: Page, want: string) => expect.poll(() => page.locator('#ta').inputValue(), { timeout: 3_000 }).toBe(want);

// The two U3 variants on one page (round 69): the first loaded, the second rewritten in place (showPage: the guard starts again on
// the new document, with nothing it learned of the old one's Enter), 2 -> 1 page loads. The clean-Enter variant comes first, so
// no Enter mode the other learned could stand in for the one it must learn from a clean Enter.
test('U3: Ctrl+Enter mode, seen from a clean Enter or named by the page’s hint: a plain Enter on a flagged draft types a new line; the send key is still stopped', async ({ pg, showPage }) => {
  await test.step('U3: Ctrl+Enter mode seen from a clean Enter: a flagged draft’s Enter types a new line; after a switch to Enter-sends it still sends nothing', async () => {
    await showPage('/rt26/send-mode');
    await expectAttached(pg);
    await pg.locator('#ta').click();
    await pg.keyboard.type(C);
    await pg.keyboard.press('Enter'); // clean: the page's, a new line
    await valueIs(pg, `${C}\n`);
    await pg.keyboard.press('ControlOrMeta+A');
    await pg.keyboard.type(V);
    await expect(section(pg)).toHaveAttribute('data-mode', 'typing', { timeout: 5_000 });
    await pg.keyboard.press('Enter');
    await valueIs(pg, `${V}\n`);
    await expect(section(pg)).toHaveAttribute('data-mode', 'typing');
    expect(await sentOf(pg)).toEqual([]);

    // The agent switches the page to Enter-sends: the flagged draft's Enter never reaches the page.
    await pg.evaluate(() => (window as unknown as { setMode(m: string): void }).setMode('enter'));
    await pg.keyboard.press('Enter');
    await valueIs(pg, `${V}\n\n`);
    expect(await sentOf(pg), 'a flagged draft is never sent by Enter').toEqual([]);

    // A clean Enter sends as ever, and from then on the flagged draft's Enter is stopped as a send.
    await pg.keyboard.press('ControlOrMeta+A');
    await pg.keyboard.type(C);
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), { timeout: 5_000 }).toEqual([C]);
    await pg.keyboard.type(V);
    const before = await stopsLogged(pg.context());
    await pg.keyboard.press('Enter');
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 1, 900);
    expect(await sentOf(pg)).toEqual([C]);
    expect(await pg.locator('#ta').inputValue()).toBe(V);
  });

  await test.step('U3: Ctrl+Enter mode named by the page’s hint: a plain Enter on a flagged draft types a new line; Ctrl+Enter is still stopped', async () => {
    await showPage('/rt26/send-mode?hint=1');
    await expectAttached(pg);
    await pg.locator('#ta').click();
    await pg.keyboard.type(V);
    await expect(section(pg)).toHaveAttribute('data-mode', 'typing', { timeout: 5_000 });
    await pg.keyboard.press('Enter');
    await valueIs(pg, `${V}\n`);
    await pg.keyboard.type('请尽快');
    await valueIs(pg, `${V}\n请尽快`);
    await expect(section(pg)).toHaveAttribute('data-mode', 'typing');
    expect(await sentOf(pg)).toEqual([]);

    const before = await stopsLogged(pg.context());
    await pg.keyboard.press('Control+Enter');
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, 900);
    expect(await sentOf(pg)).toEqual([]);
  });
});
