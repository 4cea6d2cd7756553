// Round 29 of the blind red team on the send guard (round 6): many chat pages write an emoji or sticker
// into the message as its alt text (<img alt="[微笑]"> goes out as "[微笑]"), and the guard linted only
// the visible text, so 亲，<img alt="微信">号 abc12345 went out as 亲，微信号 abc12345 (the leak). The
// draft is now linted as such a page sends it too (content/guard/image-text-findings.ts). A clean draft
// with [微笑] images goes out at once, unchanged.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const E = '<' + '/script>';

// The workbench's composer markup; the page's send serialises text nodes and each image's alt, as chat
// tools do for [微笑]-style emoji. pickEmoji(alt) puts an emoji image at the caret, as an emoji panel does.
const pages: Record<string, string> = {
  '/rt29/imgalt': `<!doctype html><meta charset="utf-8"><title>工作台</title>
<div class="SendBox"><div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" style="min-height:60px"></div></div>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary">发送</button></div></div>
<script>
window.__sent = [];
var ed = document.querySelector('.ql-editor');
function text() { var s = ''; (function walk(n) { n.childNodes.forEach(function (c) { if (c.nodeType === 3) s += c.data; else if (c.tagName === 'IMG') s += c.alt; else walk(c); }); })(ed); return s.trim(); }
function send() { var t = text(); if (t) window.__sent.push(t); ed.innerHTML = ''; }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
document.querySelector('.SendBox-buttonRight button').addEventListener('click', send);
window.pickEmoji = function (alt) {
  ed.focus(); var i = document.createElement('img'); i.alt = alt; i.className = 'emoji'; i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  var r = getSelection().getRangeAt(0); r.insertNode(i); r.setStartAfter(i); r.collapse(true); getSelection().removeAllRanges(); getSelection().addRange(r);
  ed.dispatchEvent(new InputEvent('input', { bubbles: true }));
};
${E}`,
};

const test = workbenchPagesTest(pages);

/** Types `parts` into the composer: strings by the keyboard, { img } through the page's emoji picker. */
async function compose(page: Page, parts: readonly (string | { img: string })[]): Promise<void> {
  await page.evaluate(() => (document.querySelector('.ql-editor')!.innerHTML = ''));
  await page.locator('.ql-editor').click();
  for (const part of parts) {
    if (typeof part === 'string') await page.keyboard.type(part);
    else await page.evaluate((alt) => (window as unknown as { pickEmoji(a: string): void }).pickEmoji(alt), part.img);
  }
}

test('leak: an emoji image whose alt the page sends (亲，[img 微信]号 abc12345, [img [微信]]abc12345) is stopped on Enter and on 发送; a clean draft with [微笑] goes out at once, unchanged', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt29/imgalt');
  for (const [how, attempt] of [
    ['Enter', () => pg.keyboard.press('Enter')],
    ['发送', () => pg.locator('.SendBox-buttonRight button').click()],
  ] as const) {
    await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
    await compose(pg, ['亲，', { img: '微信' }, '号 abc12345']);
    const before = await stopsLogged(pg.context());
    await attempt();
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
    expect.soft(await sentOf(pg), `not sent by ${how}`).toEqual([]);
    await expect.soft(pg.locator('[data-replyguard="banner"] .rg'), `${how}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
    await expect.soft(pg.locator('[data-replyguard="banner"] .rg'), `${how}: the banner names the image's text`).toContainText('表情/图片「微信」');
  }

  // IA5: the image's alt as a bracketed label, the account typed after it ([微信]abc12345 goes out).
  await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
  await compose(pg, ['亲，', { img: '[微信]' }, 'abc12345']);
  const beforeLabel = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, beforeLabel, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), 'a bracketed label alt is not sent').toEqual([]);

  // IA2: the no-false-stop twin, Enter at once after the emoji.
  const clean = ['亲，', { img: '[微笑]' }, '已经为您安排发货啦'] as const;
  await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
  await compose(pg, clean);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg)).toEqual(['亲，[微笑]已经为您安排发货啦']);
  await pg.waitForTimeout(300); // a second send would come from a held-and-released Enter: none
  expect(await sentOf(pg)).toEqual(['亲，[微笑]已经为您安排发货啦']);
});
