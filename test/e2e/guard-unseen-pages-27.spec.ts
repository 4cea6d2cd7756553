// Round 27 of the blind red team on the send guard (round 5): documents of the workbench origin that
// have no URL of their own. A popout or an iframe the page builds from a Blob (blob:https://im…) got no
// content script at all, so Enter and 发送 sent a violating draft (L2, L3): the content scripts now
// declare match_origin_as_fallback. A popout that starts as about:blank and that the opener fills
// (innerHTML, or document.write) was reported unguarded too (L1) and every send in its first 5 s held
// silently (F1): that was the red team's harness, not the guard. Playwright's request routing
// (context.route) stalls the popup's fetches while it waits for the popup to "navigate", so the lint
// engine never loaded there; without routing the guard attaches. The test below pins that down on a
// page served over plain HTTP, with no routes.
// Every case also sends the clean draft, unchanged.
import { type Frame, type Page } from '@playwright/test';
import { shared, expect } from './fixtures';
import { QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest, WORKBENCH_ORIGIN as ORIGIN } from './guard-support';

const V = '亲，加我微信 abc12345 私聊';
const C = '亲，已经为您催促仓库发货了';
const E = '<' + '/script>';

/** The workbench's composer markup, with a send handler that reports to `report` (the opener or parent). */
const composerDoc = (report: string) =>
  `<!doctype html><meta charset="utf-8"><div class="SendBox"><div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" style="min-height:60px"></div></div>` +
  `<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary">发送</button></div></div><script>` +
  `var ed = document.querySelector(".ql-editor"); var send = function () { if (ed.innerText.trim()) { ${report}.__sent.push(ed.innerText.trim()); ed.textContent = ""; } };` +
  `ed.addEventListener("keydown", function (e) { if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); send(); } });` +
  `document.querySelector("button").addEventListener("click", send);${E}`;

const blobUrl = (html: string) => `URL.createObjectURL(new Blob([${JSON.stringify(html).replace(/</g, '\\u003c')}], { type: 'text/html' }))`;

const pages: Record<string, string> = {
  '/rt27/blob-popout': `<!doctype html><meta charset="utf-8"><title>工作台</title><button id="pop" type="button">弹出会话</button>
<script>window.__sent = []; document.getElementById('pop').addEventListener('click', function () { window.open(${blobUrl(composerDoc('opener'))}, 'rt27pop', 'width=600,height=400'); });${E}`,
  '/rt27/blob-frame': `<!doctype html><meta charset="utf-8"><title>工作台</title><div class="ChatMessageList">消息</div>
<script>window.__sent = []; var f = document.createElement('iframe'); f.style.cssText = 'width:700px;height:240px';
f.src = ${blobUrl(composerDoc('parent'))}; document.body.appendChild(f);${E}`,
};

const test = workbenchPagesTest(pages);


const bannerText = (where: Page | Frame) =>
  where.evaluate(() => Array.from(document.querySelectorAll('[data-replyguard="banner"]'), (host) => host.shadowRoot?.textContent ?? '').join());

/**
 * In the composer document `doc` (whose sends land in `sink`'s __sent): the guard attached, a violating
 * draft is stopped on Enter and on 发送 with the banner naming 2.3, a clean one goes out at once, unchanged.
 */
async function expectGuarded(doc: Page | Frame, keyboard: Page, sink: Page, what: string, attachWithin = 10_000): Promise<void> {
  await expect(doc.locator('html'), `${what}: the guard attached`).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: attachWithin });
  const editor = doc.locator('.ql-editor');
  await editor.click();
  await keyboard.keyboard.type(V);
  for (const [how, attempt] of [
    ['Enter', () => keyboard.keyboard.press('Enter')],
    ['发送', () => doc.locator('.SendBox-buttonRight button').click()],
  ] as const) {
    const before = await stopsLogged(sink.context());
    await attempt();
    await untilStopped(keyboard, before, async () => (await sentOf(sink)).length > 0, QUIET);
    expect(await sentOf(sink), `${what}: the violating draft is not sent by ${how}`).toEqual([]);
  }
  await expect.poll(async () => (await bannerText(doc)) + (doc === keyboard ? '' : await bannerText(keyboard)), { message: `${what}: the banner names 2.3` }).toContain('2.3');
  await editor.fill('');
  await editor.click();
  await keyboard.keyboard.type(C);
  await keyboard.keyboard.press('Enter');
  await expect.poll(() => sentOf(sink), { message: `${what}: the clean draft is sent unchanged` }).toEqual([C]);
}

test('L2 a popout window the workbench builds from a Blob (blob:https://im…) is guarded: violating Enter and 发送 stopped, clean sent', async ({ pg, context }) => {
  await pg.goto(ORIGIN + '/rt27/blob-popout');
  const [popup] = await Promise.all([context.waitForEvent('page'), pg.locator('#pop').click()]);
  await popup.waitForLoadState('domcontentloaded');
  expect(popup.url()).toMatch(/^blob:https:\/\/im\.kwaixiaodian\.com\//);
  await expectGuarded(popup, popup, pg, 'blob: popout');
});

test('L3 an iframe the workbench builds from a Blob is guarded: violating Enter and 发送 stopped, clean sent', async ({ pg }) => {
  await pg.goto(ORIGIN + '/rt27/blob-frame');
  await expect.poll(() => pg.frames().some((f) => f.url().startsWith('blob:'))).toBe(true);
  const frame = pg.frames().find((f) => f.url().startsWith('blob:'))!;
  await frame.locator('.ql-editor').waitFor();
  await expectGuarded(frame, pg, pg, 'blob: iframe');
});

// No routes here (see the top): the opener is a demo page over plain HTTP at 127.0.0.1, a default host.
shared('L1/F1 an about:blank popout the opener fills (innerHTML, document.write) is guarded: violating Enter and 发送 stopped, clean sent at once', async ({ context, demo }) => {
  const opener = await context.newPage();
  await opener.goto(`${demo}/textarea.html`);
  for (const how of ['innerHTML', 'document.write'] as const) {
    await opener.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      opener.evaluate(
        ({ how, html }) => {
          const w = window.open('', `rt27${how}`, 'width=600,height=400')!;
          if (how === 'innerHTML') {
            const body = html.slice(html.indexOf('<div class="SendBox"'), html.indexOf('<script>'));
            w.document.body.innerHTML = body;
          } else {
            w.document.open();
            w.document.write(html.slice(0, html.indexOf('<script>')));
            w.document.close();
          }
          // The page's own handlers live in the opener, as a popout built this way has them.
          const ed = w.document.querySelector<HTMLElement>('.ql-editor')!;
          const send = () => {
            if (ed.innerText.trim()) (window as unknown as { __sent: string[] }).__sent.push(ed.innerText.trim());
            ed.textContent = '';
          };
          ed.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              send();
            }
          });
          w.document.querySelector('button')!.addEventListener('click', send);
        },
        { how, html: composerDoc('opener') },
      ),
    ]);
    // A new window parses its own copy of the lint engine: on a loaded 2-core machine that took 4–10 s.
    await expectGuarded(popup, popup, opener, `about:blank popout (${how})`, 25_000);
    await popup.close();
  }
});
