// Round 60's blind red team (rt60), F1: an editor that IS an iframe's body (TinyMCE, CKEditor 4: an about:blank
// <iframe> written by the parent, <body contenteditable> in it, 发送 in the parent under the frame) got its banner
// placed against the body's box, which is only as tall as the text typed: while typing the banner lay over the
// agent's third line, after a stop over the lower half of the editor and over the parent's 发送 (a real click
// landed on <replyguard-banner>), though the banner itself says 「再按 Enter 或点「发送」」. The banner now keeps
// clear of the whole frame and of the 发送 beside it in the parent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { RED_TEAM_BAD as BAD, RT_SCRIPT_END as E, redTeamDoc, sentOf, workbenchPagesTest } from './guard-support';

/** TinyMCE's default layout as data: the editing frame's body is the composer, the 发送 is the parent's, under the frame. */
const tinymcePage = (top: number) =>
  redTeamDoc(
    'TinyMCE-like iframe editor',
    `<style>body{margin:0;padding:${top}px 16px 0}.tox{border:1px solid #ccc;width:602px}iframe{display:block;width:600px;height:150px;border:0}</style>
<div class="tox tox-tinymce"><div class="tox-editor-container"><div class="tox-edit-area"><iframe id="mce_0_ifr" class="tox-edit-area__iframe" title="富文本区域"></iframe></div></div></div>
<button id="send" type="button" class="tox-button">发送</button>
<script>var d = document.getElementById('mce_0_ifr').contentDocument; d.open();
d.write('<!DOCTYPE html><html><head></head><body id="tinymce" class="mce-content-body" contenteditable="true"><p><br data-mce-bogus="1"></p></body></html>'); d.close();
var body = d.body;
function sendDraft() { if (rec(body.innerText)) body.innerHTML = '<p><br data-mce-bogus="1"></p>'; }
body.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
document.getElementById('send').addEventListener('click', sendDraft);
${E}`,
  );

// The frame near the top (room below it, as rt60's page) and low in the page (a chat's composer: room above it only).
const test = workbenchPagesTest({ '/rt60/tinymce': tinymcePage(40), '/rt60/tinymce-low': tinymcePage(480) });

const frameBody = (pg: Page) => pg.frameLocator('#mce_0_ifr').locator('body');

async function openEditor(pg: Page, path: string): Promise<void> {
  await pg.goto(`https://im.kwaixiaodian.com${path}`);
  await frameBody(pg).click();
  await expect(pg.frameLocator('#mce_0_ifr').locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 15_000 });
}

/** The banner's panel, the frame, the 发送 and the middles of the typed lines (in the parent's viewport), rounded. */
const layout = (pg: Page) =>
  pg.evaluate(() => {
    const box = (r: DOMRect) => ({ left: Math.round(r.left), top: Math.round(r.top), right: Math.round(r.right), bottom: Math.round(r.bottom) });
    const panel = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('.panel');
    const frame = document.querySelector<HTMLIFrameElement>('#mce_0_ifr')!;
    const fr = frame.getBoundingClientRect();
    const range = frame.contentDocument!.createRange();
    range.selectNodeContents(frame.contentDocument!.body);
    const lines = [...new Set([...range.getClientRects()].map((r) => Math.round(fr.top + r.top + r.height / 2)))];
    return {
      panel: panel?.checkVisibility() ? box(panel.getBoundingClientRect()) : null,
      frame: box(fr),
      send: box(document.querySelector('#send')!.getBoundingClientRect()),
      lines,
    };
  });

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What the pointer hits at the middle of the parent's 发送. */
const hitAtSend = (pg: Page) =>
  pg.evaluate(() => {
    const r = document.querySelector('#send')!.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit ? `${hit.localName}#${hit.id}` : 'none';
  });

for (const path of ['/rt60/tinymce', '/rt60/tinymce-low']) {
  test(`rt60 F1 (${path}): the typing banner leaves the frame's lines and the parent's 发送 clear`, async ({ pg }) => {
    await openEditor(pg, path);
    await pg.keyboard.insertText('亲，您好，第一行');
    await pg.keyboard.press('Shift+Enter');
    await pg.keyboard.insertText(BAD);
    await pg.keyboard.press('Shift+Enter');
    await pg.keyboard.insertText('第三行：还有什么可以帮您');
    await expect(pg.locator('[data-replyguard="banner"] .rg')).toContainText('2.3');
    // Placed (and placed again as the body grew with each line) by the time three lines are there.
    await expect.poll(async () => (await layout(pg)).lines.length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(async () => {
        const { panel, frame, send, lines } = await layout(pg);
        if (!panel) return 'no banner';
        const under = lines.filter((y) => y > panel.top && y < panel.bottom && panel.left < frame.right);
        return JSON.stringify({ linesUnder: under, overFrame: overlaps(panel, frame), overSend: overlaps(panel, send) });
      })
      .toBe(JSON.stringify({ linesUnder: [], overFrame: false, overSend: false }));
  });

  test(`rt60 F1 (${path}): the stopped banner leaves the frame and 发送 clear; 仍要发送 then a real click on 发送 sends`, async ({ pg }) => {
    await openEditor(pg, path);
    await pg.keyboard.insertText(BAD);
    await pg.keyboard.press('Enter');
    await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]')).toBeVisible();
    expect(await sentOf(pg), 'the violating draft was stopped').toEqual([]);
    await expect
      .poll(async () => {
        const { panel, frame, send } = await layout(pg);
        return panel ? JSON.stringify({ overFrame: overlaps(panel, frame), overSend: overlaps(panel, send) }) : 'no banner';
      })
      .toBe(JSON.stringify({ overFrame: false, overSend: false }));
    expect(await hitAtSend(pg), 'the pointer reaches 发送 after the stop').toBe('button#send');
    await pg.locator('[data-replyguard="banner"] button.override').click();
    expect(await hitAtSend(pg), 'the pointer reaches 发送 after 仍要发送…').toBe('button#send');
    // Playwright's click fails if something else (the banner) would take it: the agent's click, as the banner asks.
    await pg.locator('#send').click({ timeout: 5_000 });
    await expect.poll(() => sentOf(pg)).toEqual([BAD]);
  });
}

test('rt60 F1: after a stop the keyboard still works: Tab goes into the banner, Esc collapses it and the agent is back in the frame; the collapsed banner leaves the frame and 发送 clear', async ({ pg }) => {
  await openEditor(pg, '/rt60/tinymce');
  await pg.keyboard.insertText(BAD);
  await pg.keyboard.press('Enter');
  await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]')).toBeVisible();
  await pg.keyboard.press('Tab');
  const inBanner = () => pg.evaluate(() => document.activeElement?.localName === 'replyguard-banner');
  await expect.poll(inBanner, { message: 'Tab from the frame goes into the banner' }).toBe(true);
  await pg.keyboard.press('Escape');
  await expect(pg.locator('[data-replyguard="banner"] .panel.collapsed')).toBeVisible();
  await expect.poll(() => pg.evaluate(() => document.activeElement?.id), { message: 'back in the editor frame' }).toBe('mce_0_ifr');
  await expect
    .poll(async () => {
      const { panel, frame, send } = await layout(pg);
      return panel ? JSON.stringify({ overFrame: overlaps(panel, frame), overSend: overlaps(panel, send) }) : 'no banner';
    })
    .toBe(JSON.stringify({ overFrame: false, overSend: false }));
  expect(await sentOf(pg)).toEqual([]);
  await expect(frameBody(pg)).toHaveText(BAD);
});
