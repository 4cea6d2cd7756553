// Round 33, the page's popups the banner did not give way to (docs/guard.md listed them as not seen), on
// hand-written pages at the workbench's real address. An emoji panel in the composer's dock opening upward
// (where the banner goes), shown and hidden in the ways real chat pages do it:
//   aria-hidden on the panel / data-state="open|closed" (Radix, Headless UI) / data-open: attributes the
//   follower did not watch, so the banner stayed over the open panel until something else changed;
//   a class on an ancestor / `hidden` on an unpositioned wrapper: watched already (kept as regressions);
//   a panel whose positioned layer has pointer-events: none (its items auto): hit tests pass through the
//   layer, so the floating box is found above the items, not the layer.
// And what must NOT move the banner: the same attributes changing on ordinary content (a countdown chip
// toggling aria-hidden every 200 ms), a full-page pointer-events: none toast layer.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest, overPopup, bannerBox } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const E = '<' + '/script>';
const EMOJI = '😀😁😂🤣😃😄😅😆😉😊😋😎😍😘🥰😗';

const STYLE = `body { margin: 0; font: 14px/1.5 sans-serif; }
.chat { height: 400px; overflow: auto; border-bottom: 1px solid #ddd; }
.dock { position: relative; padding: 8px; }
.tools { display: flex; gap: 8px; margin: 0 0 4px; }
#composer { display: block; width: 520px; min-height: 60px; font: 14px/20px sans-serif; border: 1px solid #999; padding: 4px; box-sizing: border-box; }
.emoji { position: absolute; left: 8px; bottom: calc(100% - 6px); width: 360px; height: 200px; background: #fff; border: 1px solid #ccc; box-shadow: 0 -2px 12px rgba(0,0,0,.2); z-index: 20; display: grid; grid-template-columns: repeat(8, 1fr); padding: 8px; box-sizing: border-box; }
.emoji span { cursor: pointer; font-size: 20px; text-align: center; }`;

const rows = '<div class="row">买家：在吗？这个什么时候发货？</div>'.repeat(12);
const SPANS = [...EMOJI].map((c) => `<span>${c}</span>`).join('');

const SEND_ON_ENTER = `window.__sent = [];
var ed = document.getElementById('composer');
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (ed.value.trim()) { window.__sent.push(ed.value); ed.value = ''; } } });`;

/** A dock page: `panel` is the emoji panel's markup, `css` how it is hidden, `toggle` the body of the 😊 button's click handler (`open` is the new state). */
function dockPage(panel: string, css: string, toggle: string, extra = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台</title><style>${STYLE}
${css}</style></head><body>
<div class="chat">${rows}</div>
<div class="dock" id="dock">${panel}
<div class="tools"><button type="button" id="emoji-toggle" aria-expanded="false">😊</button><button type="button" id="quick">快捷回复</button></div>
<textarea id="composer" rows="3"></textarea>
<div class="tools"><button type="button" class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
${extra}
<script>
${SEND_ON_ENTER}
var open = false, btn = document.getElementById('emoji-toggle'), panel = document.getElementById('emoji');
btn.addEventListener('click', function () { open = !open; ${toggle} });
${E}</body></html>`;
}

const pages: Record<string, string> = {
  '/rt33/aria-hidden': dockPage(
    `<div class="emoji" id="emoji" aria-hidden="true">${SPANS}</div>`,
    `.emoji[aria-hidden="true"] { display: none; }`,
    `panel.setAttribute('aria-hidden', String(!open));`,
  ),
  '/rt33/data-state': dockPage(
    `<div class="emoji" id="emoji" data-state="closed" role="dialog">${SPANS}</div>`,
    `.emoji[data-state="closed"] { display: none; }`,
    `panel.dataset.state = open ? 'open' : 'closed';`,
  ),
  '/rt33/data-open': dockPage(
    `<div class="emoji" id="emoji">${SPANS}</div>`,
    `.emoji { visibility: hidden; } .emoji[data-open] { visibility: visible; }`,
    `panel.toggleAttribute('data-open', open);`,
  ),
  '/rt33/ancestor-class': dockPage(
    `<div class="emoji" id="emoji">${SPANS}</div>`,
    `.dock:not(.emoji-open) .emoji { display: none; }`,
    `document.getElementById('dock').classList.toggle('emoji-open', open);`,
  ),
  '/rt33/hidden-wrapper': dockPage(
    `<div id="wrap" hidden><div class="emoji" id="emoji">${SPANS}</div></div>`,
    ``,
    `document.getElementById('wrap').hidden = !open;`,
  ),
  // The positioned layer lets the pointer through (pointer-events: none); its panel takes it (auto).
  '/rt33/pe-layer': dockPage(
    `<div class="layer" id="layer" hidden><div class="emoji-items" id="emoji">${SPANS}</div></div>`,
    `.layer { position: absolute; left: 8px; bottom: calc(100% - 6px); width: 360px; z-index: 20; pointer-events: none; }
.emoji-items { pointer-events: auto; background: #fff; border: 1px solid #ccc; height: 200px; display: grid; grid-template-columns: repeat(8, 1fr); padding: 8px; box-sizing: border-box; }`,
    `document.getElementById('layer').hidden = !open;`,
  ),
};

// What must not move the banner.
pages['/rt33/busy-chip'] = dockPage(
  `<div class="emoji" id="emoji" aria-hidden="true">${SPANS}</div>`,
  `.emoji[aria-hidden="true"] { display: none; } .chip { position: absolute; right: 12px; top: 12px; } .chip[aria-hidden="true"] { visibility: hidden; }`,
  `panel.setAttribute('aria-hidden', String(!open));`,
  `<div class="chip" id="chip" aria-hidden="false" data-state="a">2分59秒后超时</div>
<script>var chip = document.getElementById('chip'), n = 0; setInterval(function () { n++; chip.setAttribute('aria-hidden', String(n % 2 === 0)); chip.dataset.state = n % 2 ? 'b' : 'a'; }, 200);${E}`,
);
pages['/rt33/toast-layer'] = dockPage(
  `<div class="emoji" id="emoji" aria-hidden="true">${SPANS}</div>`,
  `.emoji[aria-hidden="true"] { display: none; } .toasts { position: fixed; inset: 0; pointer-events: none; z-index: 3000; display: flex; flex-direction: column; align-items: center; padding-top: 16px; } .toast { pointer-events: auto; background: #333; color: #fff; padding: 4px 12px; border-radius: 4px; }`,
  `panel.setAttribute('aria-hidden', String(!open));`,
  `<div class="toasts" id="toasts"></div>
<script>setTimeout(function () { var t = document.createElement('div'); t.className = 'toast'; t.textContent = '已复制'; document.getElementById('toasts').append(t); }, 50);${E}`,
);

const test = workbenchPagesTest(pages, { viewport: { width: 1280, height: 720 } });

const bannerPanel = (pg: Page) => pg.locator('[data-replyguard="banner"] .panel');
const section = (pg: Page) => pg.locator('[data-replyguard="banner"] section.rg');

async function blockedDraft(pg: Page): Promise<void> {
  await pg.locator('#composer').click();
  await pg.keyboard.insertText(V);
  await expect(section(pg)).toBeVisible();
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect(await sentOf(pg)).toEqual([]);
  await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
}

test.describe('V1 an emoji panel shown in a way the banner did not notice', () => {
  for (const [path, what] of [
    ['/rt33/aria-hidden', 'toggled by aria-hidden on the panel'],
    ['/rt33/data-state', 'toggled by data-state="open|closed" (Radix / Headless UI)'],
    ['/rt33/data-open', 'shown by a data-open attribute (visibility)'],
    ['/rt33/ancestor-class', 'shown by a class on an ancestor'],
    ['/rt33/hidden-wrapper', 'shown by `hidden` on an unpositioned wrapper'],
    ['/rt33/pe-layer', 'in a positioned layer with pointer-events: none (its items auto)'],
  ] as const) {
    test(`${what}: the banner gives way while it is open and comes back; the stop holds`, async ({ pg }) => {
      await openAtWorkbench(pg, path);
      await blockedDraft(pg);
      const before = await bannerBox(pg);
      expect(before).not.toBeNull();
      await pg.locator('#emoji-toggle').click();
      await expect(pg.locator('#emoji'), 'the page opened its panel').toBeVisible();
      await expect.poll(() => overPopup(pg, '#emoji'), { message: 'nothing of the panel under the banner', timeout: 3_000 }).toEqual({ overlap: 0, popupHit: true });
      await pg.locator('#emoji-toggle').click();
      await expect(pg.locator('#emoji')).toBeHidden();
      await expect.poll(() => bannerBox(pg), { message: 'the panel closed: the banner is back where it was', timeout: 3_000 }).toEqual(before);
      await expect(section(pg)).toHaveAttribute('data-mode', 'blocked');
      await pg.locator('#composer').click();
      const stops = await stopsLogged(pg.context());
      await pg.keyboard.press('Enter');
      await untilStopped(pg, stops, async () => (await sentOf(pg)).length > 0, QUIET);
      expect(await sentOf(pg)).toEqual([]);
    });
  }
});

test.describe('V2 what is not a popup at the composer: the banner stays put', () => {
  test('a countdown chip far from the composer toggling aria-hidden and data-state every 200 ms', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt33/busy-chip');
    await blockedDraft(pg);
    const box = await bannerBox(pg);
    expect(box).not.toBeNull();
    for (let i = 0; i < 8; i++) {
      await pg.waitForTimeout(150); // sampling the banner while the chip ticks, not waiting for an outcome
      expect(await bannerBox(pg)).toEqual(box);
    }
  });

  test('a full-page toast layer with pointer-events: none (a toast in it at the top)', async ({ pg }) => {
    await openAtWorkbench(pg, '/rt33/toast-layer');
    await expect(pg.locator('.toast')).toBeVisible();
    await blockedDraft(pg);
    const box = await bannerBox(pg);
    expect(box).not.toBeNull();
    // Something changes in the page (the toast goes): the banner is looked at again and stays.
    await pg.evaluate(() => document.querySelector('.toast')!.remove());
    await pg.waitForTimeout(300); // a few frames for the follower's look
    expect(await bannerBox(pg)).toEqual(box);
  });
});
