// Round 50, the guard's blind red team (rt50-guard), the banner's findings 10–12.
// (10) s20-banner-instructions: on a page whose hint says 「Ctrl+Enter 发送」 (Enter types a line break) the banner told the agent
// to 「再按 Enter」, which typed a line break, cancelled the override and stopped the next send again: a loop. A page whose only send
// control is a ➤ icon was told to click a 「发送」 it does not have.
// (11) s07-split-send-menu / s13-edit-sent: under a composer high on the page the typing banner was drawn over the page's own
// controls: an opened 发送 ▾ menu (its × on 发送并结束会话) and an in-place edit box's 保存 / 取消.
// (12) s16-banner-ui: banner text below WCAG AA 4.5:1 (grey 3.0:1, blue 4.1:1, the red clause badge 4.08:1), and a two-finding stop
// banner that scrolled its list with free chat above it. Every page records what it really sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, redTeamDoc, RT_SCRIPT_END as E, sentOf, stopsLogged, untilStopped, QUIET, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

const BAD = '加我微信 abc12345';
const CLEAN = '亲，今天下午就能发货，请耐心等待哦';

/** A textarea whose page sends on Ctrl+Enter (Enter types a line break), its hint says so; `icon`: its only send control is a ➤. */
const ctrlEnterPage = (icon: boolean) =>
  redTeamDoc(
    'ctrl enter',
    `<div class=box style="margin:320px 20px 0;width:600px"><textarea id=c style="width:580px;height:80px" placeholder="请输入消息"></textarea>
<div><span class=hint>Ctrl+Enter 发送，Enter 换行</span> ${icon ? '<button id=send aria-label="send" title="send">➤</button>' : '<button id=send>发送</button>'}</div></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });
send.onclick = function () { if (rec(c.value)) c.value = ''; };${E}`,
  );

/** s07: an antd Dropdown.Button 发 送 ▾ under a composer at the top of the page; its menu is portalled into <body> below it. */
const SPLIT = redTeamDoc(
  'split send',
  `<style>body{margin:0;padding:12px}.SendBox{width:640px;border:1px solid #ddd}#c{display:block;width:100%;box-sizing:border-box;height:90px;border:0}
.foot{display:flex;justify-content:flex-end;padding:6px}.ant-btn{border:1px solid #1677ff;background:#1677ff;color:#fff;padding:4px 12px}
.ant-dropdown{position:absolute;background:#fff;box-shadow:0 3px 6px #0003;padding:4px 0;min-width:160px}.ant-dropdown-hidden{display:none}
.ant-dropdown-menu{list-style:none;margin:0;padding:0}.ant-dropdown-menu-item{padding:5px 12px}</style>
<div class=SendBox><textarea id=c placeholder="请输入，Enter 发送"></textarea><div class=foot><button class=ant-btn id=send><span>发 送</span></button><button class=ant-btn id=more aria-haspopup=menu>▾</button></div></div>
<div class="ant-dropdown ant-dropdown-hidden" id=dd><ul class=ant-dropdown-menu role=menu><li class=ant-dropdown-menu-item role=menuitem id=end>发送并结束会话</li><li class=ant-dropdown-menu-item role=menuitem>发送并转接</li></ul></div>
<script>function go() { if (rec(c.value)) c.value = ''; }
c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); go(); } });
send.onclick = go; dd.addEventListener('click', function () { go(); dd.classList.add('ant-dropdown-hidden'); });
more.onclick = function () { var r = more.getBoundingClientRect(); dd.style.left = (r.right - 160) + 'px'; dd.style.top = (r.bottom + 4) + 'px'; dd.classList.toggle('ant-dropdown-hidden'); };${E}`,
);

/** s13: a sent message edited in place near the top of the chat: its text area with 取消 / 保存 under it; the composer at the bottom. */
const EDIT = redTeamDoc(
  'edit sent',
  `<style>body{margin:0;padding:10px}.msg{max-width:420px;margin:6px 0 6px auto;background:#e6f4ff;padding:6px 10px}.edit-ta{width:100%;height:50px}
.box{position:fixed;left:0;right:0;bottom:0;border-top:1px solid #ccc;padding:6px}.box textarea{width:100%;box-sizing:border-box;height:70px}</style>
<div class=msg><div class=body><textarea class=edit-ta id=c aria-label="编辑消息"></textarea><div class=acts><button class=cancel>取消</button> <button class=save id=save>保存</button></div></div></div>
<div class=box><textarea id=main placeholder="请输入消息，Enter 发送"></textarea><div style="text-align:right"><button id=send>发送</button></div></div>
<script>send.onclick = function () { if (rec(main.value)) main.value = ''; };${E}`,
);

/** s16's case: a workbench-like chat pane with the composer at the bottom and free chat above it. */
const PANE = redTeamDoc(
  'pane',
  `<style>body{margin:0}.chat{height:560px}.SendBox{position:fixed;left:0;right:0;bottom:0;height:200px;border-top:1px solid #ccc}#c{width:600px;height:80px}</style>
<div class=chat></div><div class=SendBox><textarea id=c placeholder="Enter 发送"></textarea><div><button id=send>发送</button></div></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });
send.onclick = function () { if (rec(c.value)) c.value = ''; };${E}`,
);

const test = workbenchPagesTest({ '/ctrl': ctrlEnterPage(false), '/icon': ctrlEnterPage(true), '/split': SPLIT, '/edit': EDIT, '/pane': PANE }, { viewport: { width: 1280, height: 800 } });

async function open(pg: Page, path: string) {
  await pg.goto(WORKBENCH_ORIGIN + path);
  await expectAttached(pg);
}

async function fill(pg: Page, sel: string, text: string) {
  await pg.locator(sel).click();
  await pg.locator(sel).fill('');
  await pg.keyboard.insertText(text);
  await expect(bannerContent(pg)).toContainText(text === CLEAN ? '' : '规则', { timeout: 5_000 });
}

/** The banner's hint (its long form) and 仍要发送's title. */
const hintText = (pg: Page) => pg.locator('[data-replyguard="banner"] .hint .long').textContent();

test('10: on a Ctrl+Enter page the stop and the override name Ctrl+Enter, and following them sends once', async ({ pg }) => {
  await open(pg, '/ctrl');
  await fill(pg, '#c', BAD);
  const before = await stopsLogged(pg.context());
  await pg.keyboard.press('Control+Enter');
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect(await sentOf(pg)).toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  const stop = (await hintText(pg)) ?? '';
  expect(stop, 'the stop names the key that sends here').toContain('按 Ctrl+Enter');
  expect(stop).not.toMatch(/按 Enter/);
  expect(stop, 'and the page’s own 发送').toContain('「发送」');
  await pg.locator('[data-replyguard="banner"] button.override').click();
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'armed');
  const armed = (await hintText(pg)) ?? '';
  expect(armed).toContain('现在按 Ctrl+Enter');
  expect(armed).not.toMatch(/按 Enter/);
  // Doing what it says: the page's Ctrl+Enter sends the draft once.
  await pg.locator('#c').focus();
  await pg.keyboard.press('Control+Enter');
  await expect.poll(() => sentOf(pg)).toEqual([BAD]);
  // A clean reply goes out on the first Ctrl+Enter.
  await pg.locator('#c').fill('');
  await pg.keyboard.insertText(CLEAN);
  await pg.keyboard.press('Control+Enter');
  await expect.poll(() => sentOf(pg)).toEqual([BAD, CLEAN]);
});

test('10: a ➤-only send control is named 发送按钮, not a 「发送」 the page does not have', async ({ pg }) => {
  await open(pg, '/icon');
  await fill(pg, '#c', BAD);
  await pg.locator('#send').click();
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  expect(await sentOf(pg)).toEqual([]);
  const stop = (await hintText(pg)) ?? '';
  expect(stop).toContain('发送按钮');
  expect(stop).not.toContain('「发送」');
  // Enter types a line break here (the hint says so): the stop after a click names no Enter.
  expect(stop).not.toMatch(/按 Enter/);
});

/** Whether the banner's panel overlaps `sel`'s box, and what the page's point at its centre is. */
const coverOf = (pg: Page, sel: string) =>
  pg.evaluate((s) => {
    const t = document.querySelector(s)!.getBoundingClientRect();
    const panel = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!.querySelector('.panel')!;
    const b = panel.getBoundingClientRect();
    const overlaps = !!b.width && !(b.right <= t.left || b.left >= t.right || b.bottom <= t.top || b.top >= t.bottom);
    const hit = document.elementFromPoint(t.left + t.width / 2, t.top + t.height / 2);
    return { overlaps, hitIsIt: !!hit?.closest(s), banner: [b.left, b.top, b.right, b.bottom].map(Math.round), target: [t.left, t.top, t.right, t.bottom].map(Math.round) };
  }, sel);

test('11: the typing banner leaves an opened 发送 ▾ menu under a high composer free, and the menu still sends a clean reply', async ({ pg }) => {
  await open(pg, '/split');
  await fill(pg, '#c', BAD);
  await pg.locator('#more').click();
  await expect(pg.locator('#end')).toBeVisible();
  await expect.poll(async () => (await coverOf(pg, '#end')).overlaps, { timeout: 3_000 }).toBe(false);
  expect((await coverOf(pg, '#end')).hitIsIt).toBe(true);
  // The item itself is still guarded.
  await pg.locator('#end').click();
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  expect(await sentOf(pg)).toEqual([]);
  await pg.locator('#c').fill(CLEAN);
  // The stopped click never reached the page's handler: its menu may still be open.
  if (!(await pg.locator('#end').isVisible())) await pg.locator('#more').click();
  await pg.locator('#end').click();
  await expect.poll(() => sentOf(pg)).toEqual([CLEAN]);
});

test('11: the typing banner leaves an edit box’s 保存 / 取消 free', async ({ pg }) => {
  await open(pg, '/edit');
  await fill(pg, '#c', BAD);
  await pg.waitForTimeout(300); // placed in the next frame
  for (const sel of ['#save', '.cancel']) {
    const cover = await coverOf(pg, sel);
    expect(cover.overlaps, `${sel} ${JSON.stringify(cover)}`).toBe(false);
    expect(cover.hitIsIt).toBe(true);
  }
});

/** Every text of the banner with its colour and the colour it is drawn on (the nearest opaque background; the banner is on white). */
const bannerContrasts = (pg: Page) =>
  pg.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
    const out: { text: string; ratio: number }[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('.rg *, .rg')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join('');
      if (!own || !el.checkVisibility()) continue;
      const cs = getComputedStyle(el);
      let bg = [255, 255, 255];
      for (let e: HTMLElement | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3]! > 0.5)) {
          bg = c.slice(0, 3);
          break;
        }
      }
      const a = lum(rgb(cs.color).slice(0, 3));
      const b = lum(bg);
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) * Number(cs.opacity || 1);
      out.push({ text: own.slice(0, 16), ratio: Math.round(ratio * 100) / 100 });
    }
    return out;
  });

test('12: a two-finding stop banner uses the free chat above instead of scrolling, and all its text is at least 4.5:1', async ({ pg }) => {
  await open(pg, '/pane');
  await fill(pg, '#c', '亲，加我微信 abc12345，这款是高仿的，可以加个好友吗');
  // The typing banner's text too (its warn badge, if any).
  for (const { text, ratio } of await bannerContrasts(pg)) expect.soft(ratio, `typing: 「${text}」`).toBeGreaterThanOrEqual(4.5);
  await pg.keyboard.press('Enter');
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  expect(await sentOf(pg)).toEqual([]);
  await pg.waitForTimeout(300);
  const layout = await pg.evaluate(() => {
    const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
    const list = root.querySelector<HTMLElement>('.list')!;
    return { findings: list.children.length, scrolls: list.scrollHeight > list.clientHeight + 2, top: root.querySelector('.panel')!.getBoundingClientRect().top };
  });
  expect(layout.findings).toBeGreaterThanOrEqual(2);
  expect(layout.scrolls, JSON.stringify(layout)).toBe(false);
  const contrasts = await bannerContrasts(pg);
  expect(contrasts.length).toBeGreaterThan(5);
  for (const { text, ratio } of contrasts) expect.soft(ratio, `stop: 「${text}」`).toBeGreaterThanOrEqual(4.5);
  // The held (warn) stop's title and badge too.
  await pg.locator('#c').fill('');
  await pg.keyboard.insertText('亲，可以加个好友吗');
  await pg.keyboard.press('Enter');
  const mode = await bannerSection(pg).getAttribute('data-mode');
  if (mode === 'held') for (const { text, ratio } of await bannerContrasts(pg)) expect.soft(ratio, `held: 「${text}」`).toBeGreaterThanOrEqual(4.5);
});
