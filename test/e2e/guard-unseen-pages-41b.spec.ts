// Round 41 of the blind red team on the send guard (its tenth), the draft's scope and the banner: pages it wrote without
// seeing the code, rebuilt here at the workbench's address. Leaks: a draft written one contenteditable block per line,
// or a composer textarea with a 附言 input sent with it, was judged only in the focused field, so a breach in the other
// went out (L1); a 发送 in a cross-origin toolbar iframe that posts 'send' to the page was never seen (L5). False stop:
// a non-editable quote of the buyer's words (引用 买家：能加你微信吗？) inside the editor blocked a clean reply (L9).
// UX: with the chat pane in fullscreen the banner was drawn under it (U1); after a stop, Tab cycled composer → banner →
// composer and the page's 发送 / 转接 / 订单 were out of reach (U2). Each page records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const BAD = '加我微信 abc12345 详聊';
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = '<' + '/script>';
const RUNTIME = `<script>window.__sent = []; window.__log = []; function rec(t) { t = String(t).trim(); if (!t) return false; window.__sent.push(t); return true; }${E}`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${RUNTIME}</head><body>${body}</body></html>`;
/** The page sends the textarea #c on Enter in it and on #send. */
const SENDS = `c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });
send.onclick = function () { if (rec(c.value)) c.value = ''; };`;
/** The toolbar frame, served from another host: 发送 posts 'send' to the page, 😊 posts 'emoji'. */
const TOOLBAR_ORIGIN = 'https://other.example.com';
const TOOLBAR = `<!doctype html><meta charset="utf-8"><body style="margin:0"><button id="emoji">😊</button><button id="send">发送</button>
<script>send.onclick = function () { parent.postMessage('send', '*'); }; emoji.onclick = function () { parent.postMessage({ type: 'emoji', value: '😊' }, '*'); };${E}`;

const pages: Record<string, string> = {
  // L1: one contenteditable per line; the page sends every line joined, on Enter in any line and on 发送.
  '/rt41b/multiblock': doc(
    'L1 multiblock',
    `<div class="SendBox"><div id="ed" style="width:400px;border:1px solid #ccc">
<div class="line" contenteditable="true" style="min-height:20px"></div><div class="line" contenteditable="true" style="min-height:20px"></div><div class="line" contenteditable="true" style="min-height:20px"></div></div>
<button id="send">发送</button></div>
<script>var lines = function () { return [].slice.call(document.querySelectorAll('.line')); };
function sendAll() { if (rec(lines().map(function (l) { return l.innerText.trim(); }).filter(Boolean).join('\\n'))) lines().forEach(function (l) { l.textContent = ''; }); }
lines().forEach(function (l) { l.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendAll(); } }); });
send.onclick = sendAll;${E}`,
  ),
  // L1: the composer textarea and a 附言 input, sent together by 发送.
  '/rt41b/twofield': doc(
    'L1 twofield',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><br><input id="note" style="width:400px" placeholder="附言（随消息一起发送）"><button id="send">发送</button></div>
<script>send.onclick = function () { if (rec([c.value.trim(), note.value.trim()].filter(Boolean).join(' / '))) { c.value = ''; note.value = ''; } };${E}`,
  ),
  // L9: the buyer's message quoted in a non-editable island above the reply; the page sends the reply only.
  '/rt41b/quote': doc(
    'L9 quote',
    `<div class="SendBox"><div id="ed" contenteditable="true" style="width:400px;min-height:80px;border:1px solid #ccc"><div class="quote" contenteditable="false" style="color:#888">引用 买家：能加你微信吗？</div><p id="p"><br></p></div><button id="send">发送</button></div>
<script>function sendReply() { if (rec(p.innerText)) p.innerHTML = '<br>'; }
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendReply(); } }); send.onclick = sendReply;${E}`,
  ),
  // L5: 发送 in a cross-origin toolbar frame beside the composer posts 'send'; the page sends on that message.
  '/rt41b/xo-toolbar': doc(
    'L5 cross-origin toolbar',
    `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><iframe id="tb" src="${TOOLBAR_ORIGIN}/toolbar" style="width:160px;height:40px;border:0"></iframe></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });
addEventListener('message', function (e) { if (e.data === 'send') { if (rec(c.value)) c.value = ''; } else __log.push(JSON.stringify(e.data)); });${E}`,
  ),
  // U1: the chat pane is shown fullscreen.
  '/rt41b/fullscreen': doc(
    'U1 fullscreen',
    `<button id="fs">全屏聊天</button><div id="pane" style="background:#fff"><div style="height:300px">消息区</div><div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div></div>
<script>fs.onclick = function () { pane.requestFullscreen(); }; ${SENDS}${E}`,
  ),
  // U2: the page's own controls before and after the composer.
  '/rt41b/tabtrap': doc(
    'U2 tab order',
    `<button id="before">会话列表</button><div class="SendBox" style="margin-top:200px"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div><button id="transfer">转接</button><button id="order">订单</button>
<script>${SENDS}${E}`,
  ),
};

const test = workbenchPagesTest(pages);
const banner = (pg: Page) => pg.locator('[data-replyguard="banner"] .rg');
const mode = (pg: Page) => pg.locator('[data-replyguard="banner"] section');
const resetSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));

/** Does `attempt` and expects the guard to stop it: nothing sent, the banner names 2.3 and says the send was stopped. */
async function expectStopped(pg: Page, what: string, attempt: () => Promise<void>): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  await expect.soft(banner(pg), `${what}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
  await expect.soft(mode(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

/** Who has the focus: a page element's id, or RG:<class> for a control in the banner. */
const focused = (pg: Page) =>
  pg.evaluate(() => {
    const a = document.activeElement;
    if (a?.hasAttribute('data-replyguard')) return 'RG:' + (a.shadowRoot?.activeElement?.className ?? '');
    return a?.id || a?.nodeName || '';
  });

test('L1 a draft of one contenteditable per line, or a textarea with a 附言 input: a breach in the field without focus is stopped on Enter and on 发送; the marks stay on it; clean fields go out together, unchanged', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt41b/multiblock');
  const line = (i: number) => pg.locator('.line').nth(i);
  for (const [how, attempt] of [
    ['Enter in line 2', () => pg.keyboard.press('Enter')],
    ['发送 with the focus in line 2', () => pg.locator('#send').click()],
  ] as const) {
    await line(0).click();
    await pg.keyboard.insertText(BAD);
    await expect(banner(pg), `${how}: the typing banner`).toContainText('2.3');
    await line(1).click();
    await pg.keyboard.insertText('好的亲');
    await expect.soft(banner(pg), `${how}: the banner stays with the focus in line 2`).toContainText('2.3');
    await expectStopped(pg, how, attempt);
    expect.soft(await line(0).innerText(), `${how}: line 1 is still there`).toBe(BAD);
    await pg.evaluate(() => document.querySelectorAll('.line').forEach((l) => (l.textContent = '')));
  }
  // The breach split over the lines (私下 / 转账给我), Enter in the second: stopped.
  await line(0).click();
  await pg.keyboard.insertText('私下');
  await line(1).click();
  await pg.keyboard.insertText('转账给我');
  await expectStopped(pg, 'split lines', () => pg.keyboard.press('Enter'));
  await pg.evaluate(() => document.querySelectorAll('.line').forEach((l) => (l.textContent = '')));
  // Clean lines: out at once, together.
  await line(0).click();
  await pg.keyboard.insertText('亲，已经给您发货了');
  await line(1).click();
  await pg.keyboard.insertText('请注意查收');
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean lines are sent').toEqual(['亲，已经给您发货了\n请注意查收']);

  await openAtWorkbench(pg, '/rt41b/twofield');
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(banner(pg), 'twofield: the typing banner').toContainText('2.3');
  await pg.locator('#note').click();
  await pg.keyboard.insertText('好的亲');
  await expectStopped(pg, 'twofield 发送 with the focus in 附言', () => pg.locator('#send').click());
  // A breach in the 附言, a clean composer: stopped too.
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#note').fill(BAD);
  await expectStopped(pg, 'twofield breach in 附言', () => pg.locator('#send').click());
  await pg.locator('#note').fill('好的');
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'twofield: the clean fields are sent').toEqual([`${CLEAN} / 好的`]);
});

test('L9 a non-editable quote of the buyer\'s words (引用 买家：能加你微信吗？) in the editor: a clean reply goes out at the first Enter; a breaching reply is still stopped', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt41b/quote');
  await pg.locator('#p').click();
  await pg.keyboard.insertText(CLEAN);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean reply is sent').toEqual([CLEAN]);
  await expect(pg.locator('[data-replyguard="banner"] .rg')).toHaveCount(0);
  await resetSent(pg);
  await pg.locator('#p').click();
  await pg.keyboard.insertText(BAD);
  await expectStopped(pg, 'breaching reply under the quote', () => pg.keyboard.press('Enter'));
});

test('L5 发送 in a cross-origin toolbar frame that posts \'send\' to the page: a breach is stopped; the toolbar\'s other messages and a clean draft go through', async ({ pg }) => {
  await pg.context().route(`${TOOLBAR_ORIGIN}/toolbar`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: TOOLBAR }));
  await openAtWorkbench(pg, '/rt41b/xo-toolbar');
  const toolbar = pg.frameLocator('#tb');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg), 'the typing banner').toContainText('2.3');
  await toolbar.locator('#emoji').click();
  await expect.poll(() => pg.evaluate(() => (window as unknown as { __log: string[] }).__log), 'the toolbar\'s emoji message reaches the page').toContain('{"type":"emoji","value":"😊"}');
  await expectStopped(pg, 'toolbar 发送', () => toolbar.locator('#send').click());
  expect(await pg.locator('#c').inputValue(), 'the draft is still there').toBe(BAD);
  await pg.locator('#c').fill(CLEAN);
  await toolbar.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'the clean draft is sent by the toolbar').toEqual([CLEAN]);
});

test('U1 U2 the banner is shown inside a fullscreen chat pane; after a stop Tab goes composer → banner → 发送 → 转接 → 订单 and Shift+Tab back, no trap', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt41b/fullscreen');
  await pg.locator('#fs').click();
  await expect.poll(() => pg.evaluate(() => document.fullscreenElement?.id ?? '')).toBe('pane');
  await pg.locator('#c').fill(BAD);
  await expectStopped(pg, 'fullscreen Enter', async () => (await pg.locator('#c').focus(), await pg.keyboard.press('Enter')));
  await expect
    .poll(
      () =>
        pg.evaluate(() => {
          const host = document.querySelector('[data-replyguard="banner"]')!;
          const r = host.shadowRoot!.querySelector('section')!.getBoundingClientRect();
          return { inside: !!document.fullscreenElement?.contains(host), top: document.elementFromPoint(r.x + 20, r.y + 10) === host };
        }),
      'U1: the banner is in the fullscreen pane and drawn on top',
    )
    .toEqual({ inside: true, top: true });
  expect(await pg.evaluate(() => !!document.fullscreenElement?.querySelector('[data-replyguard="highlights"]')), 'U1: the marks too').toBe(true);
  await pg.evaluate(() => document.exitFullscreen());

  await openAtWorkbench(pg, '/rt41b/tabtrap');
  await pg.locator('#c').fill(BAD);
  await expectStopped(pg, 'tab order Enter', async () => (await pg.locator('#c').focus(), await pg.keyboard.press('Enter')));
  const walk = async (key: string, n: number) => {
    await pg.locator('#c').focus();
    const seen: string[] = [];
    for (let i = 0; i < n; i++) {
      await pg.keyboard.press(key);
      seen.push(await focused(pg));
    }
    return seen;
  };
  // Tab: the banner's controls (a fix, 仍要发送, ×), then the page's 发送, 转接, 订单.
  const forward = await walk('Tab', 9);
  const firstPage = forward.findIndex((f) => !f.startsWith('RG:'));
  expect(firstPage, `U2: Tab enters the banner first (${forward})`).toBeGreaterThanOrEqual(2);
  expect(forward.slice(firstPage, firstPage + 3), `U2: then on to the page's 发送, 转接, 订单 (${forward})`).toEqual(['send', 'transfer', 'order']);
  // Backwards from 转接: 发送, the banner's controls, the composer.
  await pg.locator('#transfer').focus();
  const back: string[] = [];
  for (let i = 0; i < firstPage + 2; i++) {
    await pg.keyboard.press('Shift+Tab');
    back.push(await focused(pg));
  }
  expect(back, 'U2: Shift+Tab from 转接 is 发送, the banner, the composer').toEqual(['send', ...forward.slice(0, firstPage).reverse(), 'c']);
  // From the composer, Shift+Tab is the page's: the control before it.
  await pg.locator('#c').focus();
  await pg.keyboard.press('Shift+Tab');
  expect(await focused(pg)).toBe('before');
  // The clean draft still goes out.
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#c').focus();
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean draft is sent').toEqual([CLEAN]);
});
