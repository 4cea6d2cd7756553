// Round 32, the banner and the page's own layers (2), on hand-written pages at the workbench's real address:
// U1  A popup the page opens UPWARD from the composer (a quick-reply panel in the composer's dock, an emoji
//     picker the page draws in <body> above the composer), marked by nothing we know: the banner sat over it
//     (the composer is not covered, so it stayed). Now it gives way while the popup is open (above the popup
//     or below the composer, else it hides) and comes back when it closes, the stop or the override unchanged;
//     and an Esc in the composer while the banner gives way is the page's (it closes the popup).
// U3  A page without a site adapter, its composer's toolbar (😊, 快捷回复) in a row above it: after a stop the
//     banner lay over that row, and the page's own tools could not be clicked. Now the composer's dock (the
//     box holding it and its 发送, when not much taller) is kept clear, as the workbench's .SendBox is.
// U2  The workbench in a same-origin iframe, a confirm dialog over a mask in the TOP document: the banner
//     lives in the top document (room beside the frame) and was drawn over that dialog. Now it goes while the
//     outer page covers the frame's composer, and comes back when the dialog closes.
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, WORKBENCH_ORIGIN, sentOf, stopsLogged, untilStopped, workbenchPagesTest, ANT_CONFIRM_CSS, overPopup, bannerBox } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const E = '<' + '/script>';

const STYLE = `body { margin: 0; font: 14px/1.5 sans-serif; }
.chat { height: 400px; overflow: auto; border-bottom: 1px solid #ddd; }
.dock { position: relative; padding: 8px; }
.tools { display: flex; gap: 8px; margin-top: 4px; }
#composer { display: block; width: 520px; min-height: 60px; font: 14px/20px sans-serif; border: 1px solid #999; padding: 4px; box-sizing: border-box; }`;

const rows = '<div class="row">买家：在吗？这个什么时候发货？</div>'.repeat(12);

const SEND_ON_ENTER = `window.__sent = []; window.__popupEsc = 0; window.__pageEsc = 0;
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !e.defaultPrevented) window.__pageEsc++; });
function textOf(ed) { return 'value' in ed ? ed.value : ed.innerText; }
function clear(ed) { if ('value' in ed) ed.value = ''; else ed.innerHTML = ''; }
function sendOnEnter(ed) { ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); var t = textOf(ed); if (t.trim()) { window.__sent.push(t); clear(ed); } } }); }`;

const QUICK_REPLIES = ['亲，在的，请问有什么可以帮您？', '亲，已为您催促仓库尽快发货。', '亲，支持七天无理由退换，请放心。', '感谢您的耐心等待，祝您生活愉快！'];

/** The quick-reply panel (hidden until its 快捷回复 button is clicked) and its script: the button toggles it, a reply clicked goes into the composer. */
const QUICK_PANEL = `<div class="quick" id="quick" hidden>${QUICK_REPLIES.map((r) => `<div class="reply">${r}</div>`).join('')}</div>`;
const QUICK_TOGGLE = `document.getElementById('quick-toggle').addEventListener('click', function () { quick.hidden = !quick.hidden; });
quick.addEventListener('click', function (e) { var r = e.target.closest('.reply'); if (!r) return; ed.focus(); ed.select(); document.execCommand('insertText', false, r.textContent); quick.hidden = true; });`;

const pages: Record<string, string> = {
  // A quick-reply panel drawn in the composer's dock, opening upward over the chat (bottom: 100%), opened
  // and closed by the toolbar's 快捷回复 button; a click on a reply puts it in the textarea; Esc in the
  // textarea closes it (the page's keydown handler on the textarea). No role, no kit class.
  '/rt32/dock': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.quick { position: absolute; left: 8px; bottom: calc(100% - 6px); width: 480px; height: 230px; overflow: auto; background: #fff; border: 1px solid #ccc; box-shadow: 0 -2px 12px rgba(0,0,0,.2); z-index: 20; }
.quick[hidden] { display: none; } .quick div { padding: 6px 12px; cursor: pointer; } .quick div:hover { background: #f0f7ff; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock">${QUICK_PANEL}
<textarea id="composer" rows="3"></textarea>
<div class="tools"><button type="button" id="quick-toggle">快捷回复</button><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<script>
${SEND_ON_ENTER}
var ed = document.getElementById('composer'), quick = document.getElementById('quick');
sendOnEnter(ed);
${QUICK_TOGGLE}
ed.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !quick.hidden) { e.preventDefault(); window.__popupEsc++; quick.hidden = true; } });
${E}</body></html>`,

  // The same panel, its 快捷回复 button in a toolbar row ABOVE the textarea (as most chat composers have it).
  '/rt32/toolbar': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.quick { position: absolute; left: 8px; bottom: calc(100% - 6px); width: 480px; height: 230px; overflow: auto; background: #fff; border: 1px solid #ccc; z-index: 20; }
.quick[hidden] { display: none; } .quick div { padding: 6px 12px; cursor: pointer; }
.tools.top { margin: 0 0 4px; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock">${QUICK_PANEL}
<div class="tools top"><button type="button" id="emoji">😊</button><button type="button" id="quick-toggle">快捷回复</button><button type="button" id="image">图片</button></div>
<textarea id="composer" rows="3"></textarea>
<div class="tools"><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<script>
${SEND_ON_ENTER}
var ed = document.getElementById('composer'), quick = document.getElementById('quick');
sendOnEnter(ed);
${QUICK_TOGGLE}
${E}</body></html>`,

  // An emoji picker the page draws in <body> (a portal), position: fixed just above the composer, from its
  // box; a contenteditable composer; the 😊 button opens and closes it, as does a press outside it.
  '/rt32/portal': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
.emoji-pop { position: fixed; width: 360px; height: 200px; background: #fff; border: 1px solid #ccc; border-radius: 6px; box-shadow: 0 -2px 12px rgba(0,0,0,.2); z-index: 1050; display: grid; grid-template-columns: repeat(8, 1fr); padding: 8px; box-sizing: border-box; }
.emoji-pop span { cursor: pointer; font-size: 20px; text-align: center; }
</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><div id="composer" contenteditable="true"></div>
<div class="tools"><button type="button" id="emoji-toggle">😊</button><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<script>
${SEND_ON_ENTER}
var ed = document.getElementById('composer'), pop = null;
sendOnEnter(ed);
function openPop() {
  var r = ed.getBoundingClientRect();
  pop = document.createElement('div'); pop.className = 'emoji-pop';
  pop.style.left = r.left + 'px'; pop.style.bottom = (innerHeight - r.top + 4) + 'px';
  '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗'.match(/./gu).forEach(function (c) { var s = document.createElement('span'); s.textContent = c; pop.append(s); });
  document.body.append(pop);
}
function closePop() { if (pop) pop.remove(); pop = null; }
document.getElementById('emoji-toggle').addEventListener('click', function () { pop ? closePop() : openPop(); });
document.addEventListener('mousedown', function (e) { if (pop && !pop.contains(e.target) && e.target.id !== 'emoji-toggle') closePop(); });
${E}</body></html>`,

  // The workbench in a same-origin iframe; the top document has the confirm dialog (Ant Design's structure:
  // a mask and a transform-centred box), closed by its buttons or Esc.
  '/rt32/outer': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>
body { margin: 0; font: 14px/1.5 sans-serif; display: flex; } nav { width: 160px; background: #f5f5f5; }
#wb { width: 900px; height: 700px; border: 0; }
${ANT_CONFIRM_CSS}
</style></head><body>
<nav><a href="#">会话</a></nav>
<iframe id="wb" src="/rt32/inner"></iframe>
<div class="ant-modal-root" id="root" hidden><div class="ant-modal-mask"></div>
<div class="ant-modal-wrap" tabindex="-1" role="dialog" aria-labelledby="t"><div class="ant-modal" id="modal"><div id="t">确认结束当前会话？</div>
<div class="ant-modal-footer"><button type="button" class="ant-btn" id="cancel">取消</button><button type="button" class="ant-btn ant-btn-primary" id="ok">确定</button></div></div></div></div>
<script>
var root = document.getElementById('root');
function close() { root.hidden = true; }
['cancel', 'ok'].forEach(function (id) { document.getElementById(id).addEventListener('click', close); });
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !root.hidden) close(); });
window.openModal = function (focus) { root.hidden = false; if (focus) document.getElementById('ok').focus(); };
${E}</body></html>`,
  '/rt32/inner': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>会话</title><style>${STYLE}</style></head><body>
<div class="chat">${rows}</div>
<div class="dock"><textarea id="composer" rows="3"></textarea>
<button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div>
<script>
${SEND_ON_ENTER}
sendOnEnter(document.getElementById('composer'));
${E}</body></html>`,
};

const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 } });

const bannerPanel = (pg: Page) => pg.locator('[data-replyguard="banner"] .panel');
const section = (pg: Page) => pg.locator('[data-replyguard="banner"] section.rg');
const counter = (pg: Page, name: '__popupEsc' | '__pageEsc') => pg.evaluate((n) => (window as unknown as Record<string, number>)[n]!, name);

/** A flagged draft sent with Enter in `scope`: stopped, the banner (in the top document) says why. */
async function blockedDraft(pg: Page, scope: Page | FrameLocator = pg, frame: Page | Frame = pg): Promise<void> {
  await scope.locator('#composer').click();
  await pg.keyboard.insertText(V);
  await expect(pg.locator('[data-replyguard="banner"]')).toHaveCount(1);
  await expect(section(pg)).toBeVisible();
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(frame)).length > 0, QUIET);
  expect(await sentOf(frame)).toEqual([]);
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
}

test.describe('U1 a popup the page opens upward from the composer', () => {
  for (const [path, toggle, popup, what] of [
    ['/rt32/dock', '#quick-toggle', '#quick', 'a quick-reply panel in the composer’s dock (textarea)'],
    ['/rt32/portal', '#emoji-toggle', '.emoji-pop', 'an emoji picker drawn in <body> above the composer (contenteditable)'],
  ] as const) {
    test(`${what}: the banner gives way while it is open and comes back as it was; the stop holds`, async ({ pg }) => {
      await openAtWorkbench(pg, path);
      await blockedDraft(pg);
      const whole = await bannerBox(pg);
      await pg.locator(toggle).click();
      await expect(pg.locator(popup), 'the page opened its popup').toBeVisible();
      await expect.poll(() => overPopup(pg, popup), { message: 'nothing of the popup under the banner' }).toEqual({ overlap: 0, popupHit: true });

      await pg.locator(toggle).click();
      await expect(pg.locator(popup)).toHaveCount(popup === '#quick' ? 1 : 0);
      await expect(pg.locator(popup).first()).toBeHidden();
      await expect(bannerPanel(pg), 'the popup closed: the banner is back').toBeVisible();
      await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
      await expect(section(pg)).toHaveAttribute('data-collapsed', 'false');
      // Round 33: in its whole size too, not in the compact one it was squeezed into beside the popup.
      await expect.poll(() => bannerBox(pg), { message: 'back where it was, as large' }).toEqual(whole);

      // The stop is the same: Enter again is stopped again.
      await pg.locator('#composer').click();
      const before = await stopsLogged(pg.context());
      await pg.keyboard.press('Enter');
      await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
      expect(await sentOf(pg)).toEqual([]);
    });
  }

  test('仍要发送 armed, the popup opened and closed: the next Enter sends the draft (the override was kept)', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt32/dock');
    await blockedDraft(pg);
    await section(pg).locator('button.override').click();
    await expect(section(pg)).toHaveAttribute('data-mode', 'armed');
    await pg.locator('#quick-toggle').click();
    await expect(pg.locator('#quick')).toBeVisible();
    await expect.poll(() => overPopup(pg, '#quick')).toEqual({ overlap: 0, popupHit: true });
    await pg.locator('#quick-toggle').click();
    await expect(bannerPanel(pg)).toBeVisible();
    await expect(section(pg)).toHaveAttribute('data-mode', 'armed');
    await pg.locator('#composer').click();
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg)).toEqual([V]);
  });

  test('a reply picked from the panel: the panel closes, the new draft is linted and sends', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt32/dock');
    await blockedDraft(pg);
    await pg.locator('#quick-toggle').click();
    await expect.poll(() => overPopup(pg, '#quick')).toEqual({ overlap: 0, popupHit: true });
    await pg.locator('#quick .reply').nth(1).click();
    await expect(pg.locator('#quick')).toBeHidden();
    await expect(pg.locator('#composer')).toHaveValue(QUICK_REPLIES[1]!);
    await expect(bannerPanel(pg), 'a clean draft: no banner').toBeHidden();
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg)).toEqual([QUICK_REPLIES[1]]);
  });

  test('Esc in the composer while the banner gives way to the panel is the page’s: it closes the panel, the banner stays whole', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt32/dock');
    await blockedDraft(pg);
    await pg.locator('#quick-toggle').click();
    await expect.poll(() => overPopup(pg, '#quick')).toEqual({ overlap: 0, popupHit: true });
    await pg.locator('#composer').click();
    await pg.keyboard.press('Escape');
    await expect(pg.locator('#quick'), 'the page got that Esc').toBeHidden();
    expect(await counter(pg, '__popupEsc')).toBe(1);
    await expect(bannerPanel(pg)).toBeVisible();
    await expect(section(pg), 'not collapsed by it').toHaveAttribute('data-collapsed', 'false');
    await pg.keyboard.press('Escape');
    await expect(section(pg), 'the panel gone: the next Esc collapses the banner').toHaveAttribute('data-collapsed', 'true');
  });

  test('while the agent types (nothing held), the banner gives way too', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt32/dock');
    await pg.locator('#composer').click();
    await pg.keyboard.insertText(V);
    await expect(section(pg)).toHaveAttribute('data-mode', 'typing');
    await pg.locator('#quick-toggle').click();
    await expect.poll(() => overPopup(pg, '#quick')).toEqual({ overlap: 0, popupHit: true });
    await pg.locator('#quick-toggle').click();
    await expect(bannerPanel(pg)).toBeVisible();
  });
});

test.describe('U3 the composer’s toolbar above it (a page without a site adapter)', () => {
  test('after a stop the banner leaves the toolbar clear: its 快捷回复 opens the panel with one click, and a reply picked there sends', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt32/toolbar');
    await blockedDraft(pg);
    const overlap = await pg.evaluate(() => {
      const t = document.querySelector('.tools.top')!.getBoundingClientRect();
      const b = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
      return Math.max(0, Math.min(t.right, b.right) - Math.max(t.left, b.left)) * Math.max(0, Math.min(t.bottom, b.bottom) - Math.max(t.top, b.top));
    });
    expect(overlap, 'nothing of the toolbar under the banner').toBe(0);
    await pg.locator('#quick-toggle').click({ timeout: 5_000 });
    await expect(pg.locator('#quick')).toBeVisible();
    await expect.poll(() => overPopup(pg, '#quick')).toEqual({ overlap: 0, popupHit: true });
    await pg.locator('#quick .reply').first().click();
    await expect(bannerPanel(pg)).toBeHidden();
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg)).toEqual([QUICK_REPLIES[0]]);
  });
});

test.describe('U2 the workbench in a same-origin iframe, a confirm dialog in the top document', () => {
  test('the banner (in the top document) goes while the dialog’s mask covers the frame, stays out of the Tab order, and comes back', async ({ pg }) => {
    await pg.goto(WORKBENCH_ORIGIN + '/rt32/outer'); // the guard attaches in the frame, where the composer is
    const inner = pg.frameLocator('#wb');
    await inner.locator('#composer').click();
    await expect(inner.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 15_000 });
    const frame = pg.frame({ url: /\/rt32\/inner$/ })!;
    await blockedDraft(pg, inner, frame);
    await expect(bannerPanel(pg)).toBeVisible();

    await pg.evaluate(() => (window as unknown as { openModal(f: boolean): void }).openModal(true));
    await expect(bannerPanel(pg), 'no banner drawn over the top document’s dialog').toBeHidden();
    expect(await pg.evaluate(() => {
      const ok = document.getElementById('ok')!.getBoundingClientRect();
      return document.elementFromPoint(ok.left + ok.width / 2, ok.top + ok.height / 2)?.id;
    }), 'its 确定 is the page’s to click').toBe('ok');
    for (let i = 0; i < 3; i++) {
      await pg.keyboard.press('Tab');
      expect(await pg.evaluate(() => document.activeElement?.getAttribute('data-replyguard') ?? null), `Tab ${i + 1}`).toBeNull();
    }
    await pg.locator('#cancel').click();
    await expect(pg.locator('#modal')).toBeHidden();
    await expect(bannerPanel(pg), 'the dialog closed: the banner is back').toBeVisible();
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
  });

  test('a cross-origin top page: the banner stays in the frame, and the top page’s dialog is drawn over it (nothing to do)', async ({ pg }) => {
    // The top page at another origin, the workbench framed from its own: bannerDocumentFor cannot reach up.
    const outer = pages['/rt32/outer']!.replace('src="/rt32/inner"', `src="${WORKBENCH_ORIGIN}/rt32/inner"`);
    await pg.context().route('https://shop.example.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: outer }));
    await pg.goto('https://shop.example.com/outer');
    const inner = pg.frameLocator('#wb');
    await inner.locator('#composer').click();
    await expect(inner.locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 15_000 });
    const frame = pg.frame({ url: /\/rt32\/inner$/ })!;
    await pg.keyboard.insertText(V);
    await pg.keyboard.press('Enter');
    await expect(inner.locator('[data-replyguard="banner"] section.rg')).toHaveAttribute('data-mode', 'blocked');
    expect(await sentOf(frame)).toEqual([]);
    await expect(pg.locator('[data-replyguard="banner"]'), 'no banner in the top page').toHaveCount(0);

    await pg.evaluate(() => (window as unknown as { openModal(f: boolean): void }).openModal(true));
    // Where the banner is drawn (inside the frame), the top page now draws its mask: the banner is under it.
    const box = (await inner.locator('[data-replyguard="banner"] .panel').boundingBox())!;
    expect(await pg.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.className, [box.x + box.width / 2, box.y + box.height / 2])).toMatch(/ant-modal-(wrap|mask)/);
    await pg.locator('#cancel').click();
    await expect(inner.locator('[data-replyguard="banner"] section.rg')).toHaveAttribute('data-mode', 'blocked');
  });
});
