// Round 30 of the blind red team, its findings on the in-page UI when the page moves the composer into a
// modal, on hand-written pages at the workbench's real address (no demo code):
// M1  the in-place highlight (the mirror over a textarea, the CSS Custom Highlight in a contenteditable)
//     stayed where the composer was until the next keystroke when the page re-parented it into an
//     overlay, animated the overlay in, or put a bar above it; it now follows the composer's box, and
//     goes when the composer is hidden or removed;
// M2  the banner over a page modal covered the modal's own buttons and Esc did not uncover them: Esc in
//     the composer or the banner now collapses it to a small line (a second Esc is the page's), the send
//     stays blocked, and the modal's buttons are kept clear where there is room.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const E = '<' + '/script>';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A chat pane with its composer docked at the bottom, and a modal the page opens over it: open(anim) moves
 * the SAME editor element into the modal (and slides the modal in when `anim`), quote() puts a bar above
 * the composer, hide() hides the modal with the composer in it, drop() removes the composer. The modal
 * closes on Esc (the page's own handler on document) and by its 取消 / 完成 / × buttons.
 */
const page = (editor: string, read: string, clear: string, trap = false) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title>
<style>
body { margin: 0; font: 14px/1.5 sans-serif; }
.chat { height: 380px; overflow: auto; border-bottom: 1px solid #ddd; }
.dock { padding: 8px; }
#composer { display: block; width: 440px; min-height: 60px; font: 14px/20px sans-serif; border: 1px solid #999; padding: 4px; box-sizing: border-box; }
.mask { position: fixed; inset: 0; background: rgba(0,0,0,.45); z-index: 1000; }
.mask[hidden] { display: none; }
.modal { position: absolute; left: 50%; top: 40px; width: 560px; margin-left: -280px; background: #fff; border-radius: 8px; padding: 16px; box-sizing: border-box; }
.modal.anim { transition: transform .5s ease-out; }
.title { display: flex; justify-content: space-between; font-weight: 600; margin-bottom: 8px; }
.tools { display: flex; justify-content: flex-end; margin-top: 4px; }
.footer { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; border-top: 1px solid #eee; padding-top: 12px; }
</style></head><body>
<div class="chat">${'<div class="row">买家：在吗？</div>'.repeat(6)}</div>
<div class="dock" id="dock"><div id="quote"></div><div id="home">${editor}</div><div class="tools"><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<div class="mask" id="mask" hidden><div class="modal" id="modal" role="dialog" aria-modal="true">
<div class="title"><span>回复买家</span><button type="button" id="x" aria-label="关闭">×</button></div>
<div id="slot"></div>
<div class="tools"><button type="button" class="ant-btn ant-btn-primary" id="msend">发送</button></div>
<div class="footer"><button type="button" class="ant-btn" id="cancel">取消</button><button type="button" class="ant-btn ant-btn-primary" id="done">完成</button></div>
</div></div>
<script>
window.__sent = []; window.__esc = 0;
var ed = document.getElementById('composer'), mask = document.getElementById('mask'), modal = document.getElementById('modal');
function text() { return ${read}; }
function send() { var t = text(); if (t.trim()) { window.__sent.push(t); ${clear}; } }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
document.getElementById('msend').addEventListener('click', send);
function close() { mask.hidden = true; document.getElementById('home').append(ed); }
['x', 'cancel', 'done'].forEach(function (id) { document.getElementById(id).addEventListener('click', close); });
document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && !mask.hidden) { window.__esc++; close(); } });
window.openModal = function (anim) {
  mask.hidden = false;
  document.getElementById('slot').append(ed);
  if (anim) { modal.classList.remove('anim'); modal.style.transform = 'translateY(260px) scale(.6)'; modal.offsetWidth; modal.classList.add('anim'); modal.style.transform = ''; }
};
${trap ? `// A focus trap, as dialog libraries keep it: focus that leaves the open modal is taken back into it.
document.addEventListener('focusin', function (e) { if (!mask.hidden && !modal.contains(e.target)) ed.focus(); });` : ''}
window.quote = function () { var q = document.getElementById('quote'); q.textContent = '引用：买家的上一条消息'; q.style.height = '48px'; };
window.hide = function () { mask.hidden = true; };
window.cover = function (on) { mask.hidden = !on; };
// As a React portal re-mounts it: a new editor in the modal with the draft, the old one gone, the focus in the new one.
window.anew = function () {
  mask.hidden = false;
  var n = ed.cloneNode(true);
  ed.remove();
  document.getElementById('slot').append(n);
  ed = n;
  ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
  ed.focus();
};
window.drop = function () { ed.remove(); };
${E}</body></html>`;

const pages: Record<string, string> = {
  // One composer per conversation, kept in the page; switching shows one pane and hides the other (a class, no DOM change).
  '/rt30/panes': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title>
<style>.pane { display: none; } .pane.on { display: block; } .chat { height: 380px; } textarea { width: 440px; }</style></head><body>
${['a', 'b'].map((c, i) => `<div class="pane${i ? '' : ' on'}" id="pane-${c}"><div class="chat">买家 ${c}：在吗？</div><div class="SendBox"><textarea id="composer-${c}" rows="3"></textarea><div class="SendBox-buttonRight"><button type="button" class="ant-btn ant-btn-primary">发送</button></div></div></div>`).join('')}
<script>
window.__sent = [];
document.querySelectorAll('textarea').forEach(function (t) {
  t.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (t.value.trim()) { window.__sent.push(t.value); t.value = ''; } } });
});
window.switchTo = function (c) { document.querySelectorAll('.pane').forEach(function (p) { p.classList.toggle('on', p.id === 'pane-' + c); }); };
${E}</body></html>`,
  // The composer in a modal <dialog> (showModal: the top layer, over anything in <body>).
  '/rt30/dialog': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title></head><body>
<dialog id="dlg" style="width:520px"><div>给买家留言</div><textarea id="composer" rows="4" style="width:440px"></textarea>
<div><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></dialog>
<script>window.__sent = []; document.getElementById('dlg').showModal();${E}</body></html>`,
  '/rt30/textarea': page('<textarea id="composer" rows="3"></textarea>', 'ed.value', "ed.value = ''"),
  '/rt30/trap': page('<textarea id="composer" rows="3"></textarea>', 'ed.value', "ed.value = ''", true),
  '/rt30/editable': page('<div id="composer" contenteditable="true"></div>', 'ed.innerText', "ed.innerHTML = ''"),
};

const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 } });

const call = (pg: Page, fn: string, arg?: unknown) => pg.evaluate(([f, a]) => (window as unknown as Record<string, (x: unknown) => void>)[f as string]!(a), [fn, arg] as const);
const mirror = (pg: Page) => pg.locator('[data-replyguard="highlights"] .mirror');
const bannerPanel = (pg: Page) => pg.locator('[data-replyguard="banner"] .panel');
const section = (pg: Page) => pg.locator('[data-replyguard="banner"] section.rg');

async function typeDraft(pg: Page, text: string): Promise<void> {
  await pg.locator('#composer').click();
  await pg.keyboard.insertText(text);
  await expect(pg.locator('[data-replyguard="highlights"]')).not.toHaveAttribute('data-findings', '0');
}

/** The mirror's box is the textarea's (within a pixel), or the mirror is hidden when `field` is null. */
async function mirrorOn(pg: Page, what: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const [m, f] = await Promise.all([mirror(pg).boundingBox(), pg.locator('#composer').boundingBox()]);
        if (!m || !f) return `mirror ${JSON.stringify(m)} field ${JSON.stringify(f)}`;
        const off = Math.max(Math.abs(m.x - f.x), Math.abs(m.y - f.y), Math.abs(m.width - f.width), Math.abs(m.height - f.height));
        return off <= 1 ? 'on' : `off by ${off}`;
      },
      { message: `${what}: the mirror is over the textarea`, timeout: 2_000 },
    )
    .toBe('on');
}

/** Where the block highlight's ranges are drawn: all inside the editor's box, at least one. */
async function highlightOn(pg: Page): Promise<string> {
  return pg.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('replyguard-block');
    const box = document.getElementById('composer')!.getBoundingClientRect();
    const rects = [...(h ?? [])].flatMap((r) => [...r.getClientRects()]).filter((r) => r.width > 0);
    if (!rects.length) return 'none';
    return rects.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1) ? 'on' : 'off';
  });
}

/** Enter in the composer, then wait until the guard has decided (a stop logged, or the page got a send). */
async function enterAndWait(pg: Page): Promise<void> {
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
}

test.describe('M1 the highlight follows the composer without a keystroke', () => {
  test('textarea: moved into a modal, the modal sliding in, a bar put above it; hidden and removed, the mirror goes', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/textarea');
    await typeDraft(pg, V);
    await mirrorOn(pg, 'typed');
    await call(pg, 'openModal', false);
    await mirrorOn(pg, 'moved into the modal');
    await call(pg, 'hide');
    await expect(mirror(pg), 'the modal hidden with the composer in it: no marks left on the page').toBeHidden();
    await call(pg, 'openModal', true);
    // Mid-slide and after it: the marks ride along (polled: each look must find them on the field).
    await mirrorOn(pg, 'the modal sliding in');
    await pg.waitForTimeout(600);
    await mirrorOn(pg, 'the modal in place');
    await pg.locator('#cancel').click();
    await mirrorOn(pg, 'back in the dock');
    await call(pg, 'quote');
    await mirrorOn(pg, 'a bar above the composer');
    // A page's modal over the composer (it stays in the dock): the marks are not drawn over the modal.
    await call(pg, 'cover', true);
    await expect(mirror(pg), 'the composer under a modal: no marks over the modal').toBeHidden();
    await call(pg, 'cover', false);
    await mirrorOn(pg, 'the modal gone');
    await call(pg, 'drop');
    await expect(mirror(pg), 'the composer removed: no marks left').toBeHidden();
  });

  test('textarea rendered anew in a modal (the old one removed): the marks are on the new one', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/textarea');
    await typeDraft(pg, V);
    await mirrorOn(pg, 'typed');
    await call(pg, 'anew');
    await mirrorOn(pg, 'the new composer in the modal');
  });

  test('textarea in a modal <dialog>: the marks are drawn in the top layer with it, on the field', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/dialog');
    await typeDraft(pg, V);
    await mirrorOn(pg, 'typed in the dialog');
    expect(await pg.locator('[data-replyguard="highlights"]').evaluate((h) => !!h.closest('dialog')), 'the mirror is in the dialog, not under it').toBe(true);
  });

  test('contenteditable: moved into a modal and back, the highlight is drawn on its words again', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/editable');
    await typeDraft(pg, V);
    await expect.poll(() => highlightOn(pg)).toBe('on');
    await call(pg, 'openModal', true);
    await expect.poll(() => highlightOn(pg), { message: 'moved into the modal', timeout: 2_000 }).toBe('on');
    await pg.locator('#cancel').click();
    await expect.poll(() => highlightOn(pg), { message: 'back in the dock', timeout: 2_000 }).toBe('on');
  });
});

test.describe('M2 the banner over a page modal', () => {
  test('Esc collapses the banner (the page does not see that Esc), its buttons come free, the send stays blocked; a second Esc is the page’s', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/textarea');
    await call(pg, 'openModal', false);
    await typeDraft(pg, V);
    await enterAndWait(pg);
    expect(await sentOf(pg)).toEqual([]);
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
    const footer = await Promise.all(['#cancel', '#done', '#msend', '#composer'].map((s) => pg.locator(s).boundingBox()));
    const panel = await bannerPanel(pg).boundingBox();
    for (const box of footer) expect(overlaps(panel!, box!), `banner ${JSON.stringify(panel)} clear of the modal's buttons ${JSON.stringify(box)}`).toBe(false);

    await pg.keyboard.press('Escape');
    await expect(section(pg), 'collapsed').toHaveAttribute('data-collapsed', 'true');
    expect(await pg.evaluate(() => (window as unknown as { __esc: number }).__esc), 'the page did not get the Esc that collapsed the banner').toBe(0);
    await expect(pg.locator('#composer')).toBeFocused();
    const small = await bannerPanel(pg).boundingBox();
    expect(small!.height, 'a single line').toBeLessThan(48);
    // Where there is room, the line covers none of the modal: its title and × above the composer, its buttons below.
    for (const sel of ['#modal > div.title', '#x', '#composer', '#msend', '#cancel', '#done']) {
      const box = await pg.locator(sel).boundingBox();
      expect(overlaps(small!, box!), `collapsed ${JSON.stringify(small)} clear of ${sel} ${JSON.stringify(box)}`).toBe(false);
    }
    // A trial click fails while anything covers the target (it retries the hit test until the timeout): 1 s ran out at load 36
    // before the hit test on a free button (fc34), so 5 s; a covered button still fails.
    for (const s of ['#x', '#cancel', '#done', '#msend']) await pg.locator(s).click({ trial: true, timeout: 5_000 });

    // Collapsed is not allowed: Enter is still stopped, and the banner says why again.
    await enterAndWait(pg);
    expect(await sentOf(pg), 'a collapsed banner lets no blocking draft through').toEqual([]);
    await expect(section(pg), 'a new stop expands it').toHaveAttribute('data-collapsed', 'false');

    // From the banner (Tab after a stop goes there): Esc collapses it and goes back to the composer.
    await pg.keyboard.press('Tab');
    await pg.keyboard.press('Escape');
    await expect(section(pg)).toHaveAttribute('data-collapsed', 'true');
    await expect(pg.locator('#composer')).toBeFocused();
    expect(await pg.evaluate(() => (window as unknown as { __esc: number }).__esc)).toBe(0);

    // Its own line expands it again.
    await pg.locator('[data-replyguard="banner"] button.expand').click();
    await expect(section(pg)).toHaveAttribute('data-collapsed', 'false');
    await pg.locator('#composer').click();
    await pg.keyboard.press('Escape');
    await expect(section(pg)).toHaveAttribute('data-collapsed', 'true');
    // The banner is collapsed: this Esc is the page's, and closes its modal.
    await pg.keyboard.press('Escape');
    await expect.poll(() => pg.evaluate(() => (window as unknown as { __esc: number }).__esc)).toBe(1);
    await expect(pg.locator('#mask')).toBeHidden();
  });

  test('a modal with a focus trap: Tab after a stop reaches the banner’s fix, the fix applies, the focus is back in the composer', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/trap');
    await call(pg, 'openModal', false);
    await typeDraft(pg, V);
    await enterAndWait(pg);
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
    await pg.keyboard.press('Tab');
    const inBanner = () => pg.evaluate(() => document.activeElement?.getAttribute('data-replyguard') ?? document.activeElement?.id ?? null);
    await expect.poll(inBanner, { message: 'the modal’s trap did not take the focus back from the banner' }).toBe('banner');
    const draft = () => pg.locator('#composer').inputValue();
    await pg.keyboard.press('Enter'); // the first fix
    await expect.poll(draft).not.toBe(V);
    await expect(pg.locator('#composer')).toBeFocused();
  });

  test('a conversation switch that hides the pane: its banner and marks go with it, and come back with it', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/panes');
    await pg.locator('#composer-a').click();
    await pg.keyboard.insertText(V);
    await enterAndWait(pg);
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
    await expect(mirror(pg)).toBeVisible();
    await call(pg, 'switchTo', 'b');
    await expect(bannerPanel(pg), 'no banner of conversation a over conversation b').toBeHidden();
    await expect(mirror(pg), 'no marks of conversation a').toBeHidden();
    await call(pg, 'switchTo', 'a');
    await expect(bannerPanel(pg)).toBeVisible();
    await expect(mirror(pg)).toBeVisible();
  });

  test('the banner goes when its composer is hidden with the modal, and comes back with it', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt30/textarea');
    await call(pg, 'openModal', false);
    await typeDraft(pg, V);
    await enterAndWait(pg);
    await expect(bannerPanel(pg)).toBeVisible();
    await call(pg, 'hide');
    await expect(bannerPanel(pg), 'no banner for a composer the agent cannot see').toBeHidden();
    await pg.evaluate(() => (document.getElementById('mask')!.hidden = false));
    await expect(bannerPanel(pg)).toBeVisible();
    await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
  });
});
