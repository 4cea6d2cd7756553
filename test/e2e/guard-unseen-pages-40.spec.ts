// Round 40 of the blind red team on the send guard (its ninth): pages it wrote without seeing the code, rebuilt here
// at the workbench's address. Leaks: a transparent, empty hit-area <div> laid over 发送 takes the click and sends
// (L1); <button style="pointer-events:none">发送</button> in a wrapper <div> whose click handler sends (L2); a
// scheduled send, 定时发送 as a <span> or a <button>, or a ⏰ opening a time picker whose 确定 schedules the draft
// (L3: the page empties the composer and sends it later); a <canvas>-drawn 发送 (L4) is judged only with a label
// (aria-label / title), and a send on the composer's blur (L5) is a known limit. UX: a page whose framework removes foreign children of
// <body> took the banner and marks away while Enter / 发送 still did nothing (U1); under body { transform } with
// the page scrolled the marks were drawn scrollY px too high (U2); on <html dir=rtl> the banner inherited rtl and
// sat at the far left, away from the composer (U3). Every case also sends the clean draft, unchanged. Each page
// records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const BAD = '加我微信 abc12345 详聊';
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = '<' + '/script>';
const RUNTIME = `<script>window.__sent = []; function rec(t) { t = String(t).trim(); if (!t) return false; window.__sent.push(t); return true; }${E}`;
const doc = (title: string, body: string, html = 'lang="zh-CN"') =>
  `<!doctype html><html ${html}><head><meta charset="utf-8"><title>${title}</title>${RUNTIME}</head><body>${body}</body></html>`;
/** The page sends the draft on Enter in the composer and on 发送. */
const SENDS = `c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });
send.onclick = function () { if (rec(c.value)) c.value = ''; };`;
/** A scheduled send: the page empties the composer and sends the draft a moment later. */
const SCHEDULE = `function schedule() { var t = c.value; c.value = ''; setTimeout(function () { rec(t); }, 150); }`;

const pages: Record<string, string> = {
  // L1: the hit-area lies exactly over 发送 and sends; 发送 itself has no handler.
  '/rt40/overlay': doc(
    'L1 overlay',
    `<div style="position:relative;display:inline-block"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send" style="width:80px;height:32px">发送</button><div id="hit" style="position:absolute;right:0;bottom:0;width:80px;height:32px;cursor:pointer"></div></div>
<script>hit.addEventListener('click', function () { if (rec(c.value)) c.value = ''; });${E}`,
  ),
  // L2: the button takes no pointer; its wrapper gets the click and sends.
  '/rt40/pewrap': doc(
    'L2 pointer-events:none',
    `<textarea id="c" style="width:400px;height:80px"></textarea><div id="wrap" class="send-wrap" style="display:inline-block;padding:2px"><button id="send" style="pointer-events:none">发送</button></div>
<script>wrap.addEventListener('click', function () { if (rec(c.value)) c.value = ''; });${E}`,
  ),
  // L3: 定时发送 as a span (the composer's only send control) and as a button beside 发送.
  '/rt40/scheduled': doc(
    'L3 scheduled span',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><div class="toolbar" style="margin-top:40px"><span id="sched" class="ant-btn" style="cursor:pointer;border:1px solid #ccc;padding:4px 8px">定时发送</span></div></div>
<script>${SCHEDULE} sched.onclick = schedule;${E}`,
  ),
  '/rt40/schedbtn': doc(
    'L3 scheduled button',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="sched">定时发送</button><button id="send">发送</button></div>
<script>${SCHEDULE} sched.onclick = schedule; ${SENDS}${E}`,
  ),
  // L3: ⏰ opens a time picker portaled to <body>; its 确定 schedules the draft.
  '/rt40/picker': doc(
    'L3 schedule picker',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><span id="sched" style="cursor:pointer;border:1px solid #ccc;padding:4px 8px">⏰</span><button id="send">发送</button></div>
<div id="pick" class="ant-popover" style="display:none;position:absolute;left:100px;top:150px;border:1px solid #ccc;background:#fff;padding:8px">定时发送时间 <input id="tm" value="10:00"><button id="ok">确定</button></div>
<script>${SCHEDULE} sched.onclick = function () { pick.style.display = 'block'; }; ok.onclick = function () { pick.style.display = 'none'; schedule(); }; ${SENDS}${E}`,
  ),
  // Controls the new judgements must leave alone with a violating draft: a page-wide empty mask over the composer (a
  // modal's backdrop, closed by a click), a 确定 in a popup that is not about scheduling, and 😊 beside 发送 in its dock.
  '/rt40/controls': doc(
    'clean controls',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><span id="dock"><button id="emoji">😊</button><button id="send">发送</button></span></div>
<div id="mask" style="display:none;position:fixed;inset:0;z-index:10"></div>
<div id="dlg" class="ant-popover" style="position:absolute;left:100px;top:150px;border:1px solid #ccc;background:#fff;padding:8px">确认删除这条消息？<button id="ok">确定</button></div>
<script>window.__log = []; ${SENDS}
mask.onclick = function () { __log.push('mask'); mask.style.display = 'none'; }; ok.onclick = function () { __log.push('ok'); };
emoji.onclick = function () { __log.push('emoji'); }; dock.addEventListener('click', function (e) { if (e.target === dock) __log.push('dock'); });${E}`,
  ),
  // L4 (known limit without a label): a <canvas>-drawn 发送 is judged when it carries an aria-label.
  '/rt40/canvas': doc(
    'L4 canvas with a label',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><canvas id="send" aria-label="发送" width="64" height="30" style="cursor:pointer"></canvas></div>
<script>var g = send.getContext('2d'); g.fillStyle = '#fe3666'; g.fillRect(0, 0, 64, 30); g.fillStyle = '#fff'; g.font = '16px sans-serif'; g.fillText('发送', 16, 21);
send.onclick = function () { if (rec(c.value)) c.value = ''; };${E}`,
  ),
  // U1: the page's framework removes every foreign child of <body> and <html>.
  '/rt40/purge': doc(
    'U1 purge',
    `<div id="app"><div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div></div>
<script>new MutationObserver(function (ms) { ms.forEach(function (m) { m.addedNodes.forEach(function (n) { if (n.parentNode === document.body && n.id !== 'app' && n.nodeType === 1) n.remove(); }); }); }).observe(document.body, { childList: true });
new MutationObserver(function (ms) { ms.forEach(function (m) { m.addedNodes.forEach(function (n) { if (n.parentNode === document.documentElement && n !== document.body && n !== document.head && n.nodeType === 1) n.remove(); }); }); }).observe(document.documentElement, { childList: true });
${SENDS}${E}`,
  ),
  // U2: a transformed <body> (the containing block of position:fixed), the composer at the end of a long page.
  '/rt40/bodytransform': doc(
    'U2 body transform',
    `<style>body { transform: translateZ(0); margin: 0; }</style><div style="height:1500px">long chat history</div><div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div><div style="height:200px"></div>
<script>${SENDS}${E}`,
  ),
  // U3: a right-to-left page.
  '/rt40/rtl': doc('U3 rtl', `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div><script>${SENDS}${E}`, 'dir="rtl" lang="zh-CN"'),
};

const test = workbenchPagesTest(pages);
const banner = (pg: Page) => pg.locator('[data-replyguard="banner"] .rg');

/** Does `attempt` and expects the guard to stop it: nothing sent, the draft still there, the banner names 2.3 and says the send was stopped. */
async function expectStopped(pg: Page, what: string, attempt: () => Promise<void>): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  expect.soft(await pg.locator('#c').inputValue(), `${what}: the draft is still there`).toBe(BAD);
  await expect.soft(banner(pg), `${what}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
  await expect.soft(pg.locator('[data-replyguard="banner"] section'), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

/** A click at the middle of `selector`'s box, on whatever is drawn there (the page's hit-area over it). */
const clickAt = async (pg: Page, selector: string) => {
  const box = (await pg.locator(selector).boundingBox())!;
  await pg.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};

test('L1 L2 L3 L4 a violating draft is stopped by a click on an empty hit-area over 发送, on a wrapper of a pointer-events:none 发送, by 定时发送 (span or button), by a scheduling picker\'s 确定 and by a labelled <canvas> 发送; a clean draft goes out by each', async ({ pg }) => {
  const cases: [string, string, () => Promise<unknown>][] = [
    ['L1 hit-area over 发送', '/rt40/overlay', () => clickAt(pg, '#send')],
    ['L2 wrapper of a pointer-events:none 发送', '/rt40/pewrap', () => pg.locator('#wrap').click()],
    ['L3 <span>定时发送</span>', '/rt40/scheduled', () => pg.locator('#sched').click()],
    ['L3 <button>定时发送</button>', '/rt40/schedbtn', () => pg.locator('#sched').click()],
    ['L3 ⏰ then the picker\'s 确定', '/rt40/picker', async () => (await pg.locator('#sched').click(), await pg.locator('#ok').click())],
    ['L4 a <canvas> 发送 with an aria-label', '/rt40/canvas', () => pg.locator('#send').click()],
  ];
  for (const [what, path, attempt] of cases) {
    await openAtWorkbench(pg, path);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${what}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, what, async () => void (await attempt()));
    // The clean draft by the same control, unchanged (a scheduled one a moment later).
    await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
    await pg.locator('#c').fill(CLEAN);
    await attempt();
    await expect.poll(() => sentOf(pg), `${what}: the clean draft is sent`).toEqual([CLEAN]);
  }
});

test('a violating draft leaves alone a click on a page-wide mask over 发送, a 确定 in a popup not about scheduling and 😊 beside 发送', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt40/controls');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await pg.evaluate(() => (document.getElementById('mask')!.style.display = 'block'));
  await clickAt(pg, '#send');
  await pg.locator('#ok').click();
  await pg.locator('#emoji').click();
  await expect.poll(() => pg.evaluate(() => (window as unknown as { __log: string[] }).__log)).toEqual(['mask', 'ok', 'emoji']);
  expect(await sentOf(pg)).toEqual([]);
  await expect(pg.locator('[data-replyguard="banner"] section')).not.toHaveAttribute('data-mode', 'blocked');
});

test('U1 the banner and marks come back into a page that purges foreign children of <body>: Enter and 发送 are stopped with the banner in view', async ({ pg }) => {
  // The banner and the mirror go into the page's app root.
  await openAtWorkbench(pg, '/rt40/purge');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg), 'U1: the typing banner').toContainText('2.3');
  await expect(pg.locator('#app > [data-replyguard="highlights"]'), 'U1: the mirror in the app root').toHaveAttribute('data-findings', '1');
  await expectStopped(pg, 'U1 Enter', () => pg.keyboard.press('Enter'));
  await expectStopped(pg, 'U1 发送', () => pg.locator('#send').click());
  await expect(banner(pg), 'U1: the banner is shown').toBeVisible();
  await pg.locator('#c').fill(CLEAN);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'U1: the clean draft is sent').toEqual([CLEAN]);
});

test('U2 under a transformed <body>, scrolled, the mark lies on the composer\'s first line, not scrollY px above it', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt40/bodytransform');
  await pg.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(pg.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '1');
  const where = () =>
    pg.evaluate(() => {
      const field = document.querySelector('#c')!.getBoundingClientRect();
      const mark = document.querySelector('[data-replyguard="highlights"]')!.shadowRoot!.querySelector('mark')?.getBoundingClientRect();
      return mark && window.scrollY > 500 ? Math.round(mark.top - field.top) : null;
    });
  await expect.poll(where, 'U2: the mark is within the composer\'s first line').toBeGreaterThanOrEqual(0);
  expect(await where()).toBeLessThan(30);
});

test('U3 on an rtl page the banner reads left to right and lines up with the composer\'s right (its start there)', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt40/rtl');
  await pg.locator('#c').fill(BAD);
  await expectStopped(pg, 'U3 Enter', async () => (await pg.locator('#c').focus(), await pg.keyboard.press('Enter')));
  const placed = await pg.evaluate(() => {
    const panel = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!.querySelector('.panel')!;
    const b = panel.getBoundingClientRect();
    const c = document.querySelector('#c')!.getBoundingClientRect();
    return { dir: getComputedStyle(panel).direction, overlap: Math.min(b.right, c.right) - Math.max(b.left, c.left), offRight: Math.abs(b.right - c.right) };
  });
  expect(placed.dir, 'U3: the banner is ltr').toBe('ltr');
  expect(placed.overlap, 'U3: the banner is above the composer, not at the far left').toBeGreaterThan(200);
  expect(placed.offRight).toBeLessThan(40);
});
