// Round 31, the banner and the page's own layers, on hand-written pages at the workbench's real address:
// P1  Esc and the page's popups. A chat composer opens popups of its own while the agent types (an
//     @mention list, a quick-reply list): Esc in the composer used to collapse our banner and never reach
//     the page, so the popup stayed open. Now the page's open popup takes that Esc; the next Esc (popup
//     gone) collapses the banner; the one after is the page's.
// P2  A page modal that does not hold the composer (a transform-centred confirm dialog, a full-screen image
//     viewer with a dark backdrop and no aria-modal): the banner was drawn over it. Now it goes while the
//     modal covers the composer (nothing of it in the page's Tab order) and comes back when it closes.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest, ANT_CONFIRM_CSS } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const E = '<' + '/script>';

const STYLE = `body { margin: 0; font: 14px/1.5 sans-serif; }
.chat { height: 420px; overflow: auto; border-bottom: 1px solid #ddd; }
.dock { position: relative; padding: 8px; }
#composer { display: block; width: 440px; min-height: 60px; font: 14px/20px sans-serif; border: 1px solid #999; padding: 4px; box-sizing: border-box; }`;

const rows = '<div class="row">买家：在吗？</div>'.repeat(8);

/** Counts what of Esc reached the page: `__popupEsc` closed its popup, `__pageEsc` reached the document untaken (its other uses). */
const ESC_COUNTERS = `window.__sent = []; window.__popupEsc = 0; window.__pageEsc = 0;
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !e.defaultPrevented) window.__pageEsc++; });`;

const pages: Record<string, string> = {
  // A textarea in the ARIA combobox pattern (as Ant Design's Mentions / AutoComplete and most hand-made
  // mention lists): '@' opens a listbox above the composer, the textarea says aria-expanded and
  // aria-activedescendant; the page's own keydown handler on the textarea moves, picks and closes (Esc).
  '/rt31/mention': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
#mentions { position: absolute; left: 12px; bottom: calc(100% - 4px); margin: 0; padding: 4px 0; list-style: none; background: #fff; border: 1px solid #ccc; box-shadow: 0 2px 8px rgba(0,0,0,.2); width: 160px; z-index: 10; }
#mentions[hidden] { display: none; }
#mentions li { padding: 2px 10px; } #mentions li.on { background: #e6f4ff; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><ul id="mentions" role="listbox" hidden></ul>
<textarea id="composer" rows="3" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="mentions"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<script>
${ESC_COUNTERS}
var ed = document.getElementById('composer'), list = document.getElementById('mentions'), names = ['小何', '小王', '店长'], active = 0;
function isOpen() { return !list.hidden; }
function mark() { [].forEach.call(list.children, function (li, i) { li.classList.toggle('on', i === active); }); ed.setAttribute('aria-activedescendant', 'mention-' + active); }
function open() { list.replaceChildren.apply(list, names.map(function (n, i) { var li = document.createElement('li'); li.id = 'mention-' + i; li.setAttribute('role', 'option'); li.textContent = n; return li; })); active = 0; list.hidden = false; ed.setAttribute('aria-expanded', 'true'); mark(); }
function close() { list.hidden = true; ed.setAttribute('aria-expanded', 'false'); ed.removeAttribute('aria-activedescendant'); }
ed.addEventListener('input', function (e) { if (e.data === '@') open(); else if (isOpen() && !/@\\S*$/.test(ed.value.slice(0, ed.selectionStart))) close(); });
ed.addEventListener('keydown', function (e) {
  if (isOpen()) {
    if (e.key === 'Escape') { e.preventDefault(); window.__popupEsc++; close(); return; }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') { e.preventDefault(); active = (active + (e.key === 'ArrowDown' ? 1 : names.length - 1)) % names.length; mark(); return; }
  }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (ed.value.trim()) { window.__sent.push(ed.value); ed.value = ''; } }
});
${E}</body></html>`,

  // A Quill-style contenteditable with a quill-mention-style list: a .ql-mention-list-container drawn in the
  // editor's container, no ARIA on the editor; Esc handled by the editor's own keydown binding.
  '/rt31/quill': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.ql-container { position: relative; }
.ql-mention-list-container { position: absolute; left: 12px; bottom: calc(100% + 2px); width: 160px; background: #fff; border: 1px solid #ccc; box-shadow: 0 2px 8px rgba(0,0,0,.2); z-index: 10; }
.ql-mention-list { margin: 0; padding: 4px 0; list-style: none; } .ql-mention-list-item.selected { background: #e6f4ff; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><div class="ql-container"><div class="ql-editor" id="composer" contenteditable="true"></div></div>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<script>
${ESC_COUNTERS}
var ed = document.getElementById('composer'), box = null;
function isOpen() { return !!box; }
function open() {
  box = document.createElement('div'); box.className = 'ql-mention-list-container';
  var ul = document.createElement('ul'); ul.className = 'ql-mention-list';
  ['小何', '小王', '店长'].forEach(function (n, i) { var li = document.createElement('li'); li.className = 'ql-mention-list-item' + (i ? '' : ' selected'); li.dataset.index = String(i); li.textContent = n; ul.append(li); });
  box.append(ul); ed.parentElement.append(box);
}
function close() { if (box) box.remove(); box = null; }
ed.addEventListener('input', function (e) { if (e.data === '@') open(); });
ed.addEventListener('keydown', function (e) {
  if (isOpen() && e.key === 'Escape') { e.preventDefault(); window.__popupEsc++; close(); return; }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); var t = ed.innerText; if (t.trim()) { window.__sent.push(t); ed.innerHTML = ''; } }
});
${E}</body></html>`,

  // A quick-reply list ('/' opens it) marked by nothing we know, handled by the page's keydown listener on
  // window in the capture phase, registered before the extension's: it takes the Esc (preventDefault).
  '/rt31/quick': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.quick { position: absolute; left: 12px; bottom: calc(100% - 4px); width: 220px; background: #fff; border: 1px solid #ccc; z-index: 10; }
.quick[hidden] { display: none; } .quick div { padding: 2px 10px; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><div class="quick" id="quick" hidden><div>亲，在的，请问有什么可以帮您？</div><div>亲，已为您催促仓库发货。</div></div>
<textarea id="composer" rows="3"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<script>
${ESC_COUNTERS}
var ed = document.getElementById('composer'), quick = document.getElementById('quick');
window.addEventListener('keydown', function (e) {
  if (e.key === 'Escape' && !quick.hidden) { e.preventDefault(); window.__popupEsc++; quick.hidden = true; }
}, true);
ed.addEventListener('input', function (e) { if (e.data === '/') quick.hidden = false; });
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (ed.value.trim()) { window.__sent.push(ed.value); ed.value = ''; } } });
${E}</body></html>`,

  // A confirm dialog that does not hold the composer, centred by a transform over a mask (Ant Design's
  // structure); the page moves the focus to its 确定 and closes it on Esc.
  '/rt31/confirm': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
${ANT_CONFIRM_CSS}
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><textarea id="composer" rows="3"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<div class="ant-modal-root" id="root" hidden><div class="ant-modal-mask"></div>
<div class="ant-modal-wrap" tabindex="-1" role="dialog" aria-labelledby="t"><div class="ant-modal" id="modal"><div id="t">确认结束当前会话？</div>
<div class="ant-modal-footer"><button type="button" class="ant-btn" id="cancel">取消</button><button type="button" class="ant-btn ant-btn-primary" id="ok">确定</button></div></div></div></div>
<script>
${ESC_COUNTERS}
var ed = document.getElementById('composer'), root = document.getElementById('root');
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (ed.value.trim()) { window.__sent.push(ed.value); ed.value = ''; } } });
function close() { root.hidden = true; }
['cancel', 'ok'].forEach(function (id) { document.getElementById(id).addEventListener('click', close); });
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !root.hidden) close(); });
window.openModal = function (focus) { root.hidden = false; if (focus) document.getElementById('ok').focus(); };
${E}</body></html>`,

  // A full-screen image viewer over the chat: a dark backdrop, the picture, its own buttons; no role, no
  // aria-modal. Opened by a click on a picture in the chat, or by the page on its own (the focus stays).
  '/rt31/viewer': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.viewer { position: fixed; inset: 0; background: rgba(0,0,0,.88); z-index: 2000; display: flex; align-items: center; justify-content: center; }
.viewer[hidden] { display: none; }
.viewer img { width: 480px; height: 360px; background: #777; }
.viewer button { position: absolute; color: #fff; background: transparent; border: 0; font-size: 28px; }
.viewer .x { top: 16px; right: 24px; } .viewer .prev { left: 24px; top: 50%; } .viewer .next { right: 24px; top: 50%; }
.thumb { width: 80px; height: 60px; background: #aaa; display: block; }
</style></head><body>
<div class="chat"><img class="thumb" id="thumb" alt="买家发来的图片">${rows}</div>
<div class="dock"><textarea id="composer" rows="3"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<div class="viewer" id="viewer" hidden><img alt="大图"><button type="button" class="prev">‹</button><button type="button" class="next">›</button><button type="button" class="x">×</button></div>
<script>
${ESC_COUNTERS}
var ed = document.getElementById('composer'), viewer = document.getElementById('viewer');
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (ed.value.trim()) { window.__sent.push(ed.value); ed.value = ''; } } });
document.getElementById('thumb').addEventListener('click', function () { viewer.hidden = false; });
viewer.querySelector('.x').addEventListener('click', function () { viewer.hidden = true; });
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !viewer.hidden) viewer.hidden = true; });
window.openModal = function () { viewer.hidden = false; };
${E}</body></html>`,
};

const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 } });

const counter = (pg: Page, name: '__popupEsc' | '__pageEsc') => pg.evaluate((n) => (window as unknown as Record<string, number>)[n]!, name);
const bannerPanel = (pg: Page) => pg.locator('[data-replyguard="banner"] .panel');
const section = (pg: Page) => pg.locator('[data-replyguard="banner"] section.rg');
const mirror = (pg: Page) => pg.locator('[data-replyguard="highlights"] .mirror');

/** A flagged draft sent with Enter: stopped, the banner says why. */
async function blockedDraft(pg: Page): Promise<void> {
  await pg.locator('#composer').click();
  await pg.keyboard.insertText(V);
  await expect(pg.locator('[data-replyguard="highlights"]')).not.toHaveAttribute('data-findings', '0');
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect(await sentOf(pg)).toEqual([]);
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
}

test.describe('P1 Esc with the page’s own popup open at the composer', () => {
  for (const [path, trigger, popup, how] of [
    ['/rt31/mention', ' @', '#mentions', 'an ARIA combobox’s mention list, closed by the textarea’s own keydown handler'],
    ['/rt31/quill', ' @', '.ql-mention-list-container', 'a quill-mention-style list without ARIA, closed by the editor’s keydown binding'],
    ['/rt31/quick', ' /', '#quick', 'a quick-reply list we cannot recognise, taken by the page’s window capture listener registered first (defaultPrevented)'],
  ] as const) {
    test(`${how}: the first Esc is the popup’s, the next collapses the banner, the one after is the page’s`, async ({ pg }) => {
      await openAtWorkbench(pg, path);
      await blockedDraft(pg);
      await pg.keyboard.type(trigger);
      await expect(pg.locator(popup), 'the page opened its popup').toBeVisible();
      await expect(section(pg), 'the banner is still there (the draft is still flagged)').toBeVisible();

      await pg.keyboard.press('Escape');
      await expect(pg.locator(popup), 'the first Esc closed the page’s popup').toBeHidden();
      expect(await counter(pg, '__popupEsc')).toBe(1);
      await expect(section(pg), 'and left the banner as it was').toHaveAttribute('data-collapsed', 'false');

      await pg.keyboard.press('Escape');
      await expect(section(pg), 'the popup gone: Esc collapses the banner').toHaveAttribute('data-collapsed', 'true');
      expect(await counter(pg, '__pageEsc'), 'that Esc did not reach the page').toBe(0);
      await expect(pg.locator('#composer')).toBeFocused();

      await pg.keyboard.press('Escape');
      await expect.poll(() => counter(pg, '__pageEsc'), { message: 'the banner collapsed: the next Esc is the page’s' }).toBe(1);
      expect(await counter(pg, '__popupEsc')).toBe(1);
    });
  }

  // Round 35 (fresh clone at load ~10: the second Esc above was handed to the page): the banner had given way to the popup and
  // kept that answer until its next placement, a frame after the popup closed. Two Escs in one task leave no frame between.
  for (const [path, trigger, popup] of [
    ['/rt31/mention', ' @', '#mentions'],
    ['/rt31/quill', ' @', '.ql-mention-list-container'],
  ] as const) {
    test(`${path}: two quick Escs — the first closes the popup, the second collapses the banner (no frame between them)`, async ({ pg }) => {
      await openAtWorkbench(pg, path);
      await blockedDraft(pg);
      await pg.keyboard.type(trigger);
      await expect(pg.locator(popup)).toBeVisible();
      await expect(section(pg)).toBeVisible();
      await pg.evaluate(() => {
        const esc = () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true, composed: true }));
        esc();
        esc();
      });
      await expect(pg.locator(popup), 'the first Esc closed the page’s popup').toBeHidden();
      expect(await counter(pg, '__popupEsc')).toBe(1);
      await expect(section(pg), 'the second collapsed the banner').toHaveAttribute('data-collapsed', 'true');
      expect(await counter(pg, '__pageEsc'), 'and did not reach the page').toBe(0);
    });
  }
});

test.describe('P2 a page modal over the composer (not holding it)', () => {
  for (const [path, what, open] of [
    ['/rt31/confirm', 'a transform-centred confirm dialog over a mask (focus to its 确定)', (pg: Page) => pg.evaluate(() => (window as unknown as { openModal(f: boolean): void }).openModal(true))],
    ['/rt31/viewer', 'a full-screen image viewer with a dark backdrop, no aria-modal (opened by a click on the picture)', (pg: Page) => pg.locator('#thumb').click()],
  ] as const) {
    test(`${what}: the banner goes while it covers the composer, stays out of the Tab order, and comes back when it closes`, async ({ pg }) => {
      await openAtWorkbench(pg, path);
      await blockedDraft(pg);
      await expect(bannerPanel(pg)).toBeVisible();
      await open(pg);
      await expect(bannerPanel(pg), 'no banner drawn over the page’s modal').toBeHidden();
      await expect(mirror(pg), 'no marks over it either').toBeHidden();
      for (let i = 0; i < 4; i++) {
        await pg.keyboard.press('Tab');
        const at = await pg.evaluate(() => document.activeElement?.getAttribute('data-replyguard') ?? null);
        expect(at, `Tab ${i + 1} stays on the page’s controls`).toBeNull();
      }
      await pg.keyboard.press('Escape');
      await expect(bannerPanel(pg), 'the modal closed: the banner is back').toBeVisible();
      await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
      await expect(section(pg)).toHaveAttribute('data-collapsed', 'false');
    });
  }

  test('a viewer the page opens while the agent is in the composer: Esc is the page’s (closes it), the banner is not collapsed', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt31/viewer');
    await blockedDraft(pg);
    await pg.evaluate(() => (window as unknown as { openModal(): void }).openModal());
    await expect(bannerPanel(pg)).toBeHidden();
    await expect(pg.locator('#composer')).toBeFocused();
    await pg.keyboard.press('Escape');
    await expect(pg.locator('#viewer'), 'the page got the Esc').toBeHidden();
    await expect(bannerPanel(pg)).toBeVisible();
    await expect(section(pg), 'the banner under the viewer did not take that Esc').toHaveAttribute('data-collapsed', 'false');
  });
});
