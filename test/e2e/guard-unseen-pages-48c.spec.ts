// Round 48 of the blind red team on the send guard, the guard48c half (finding 3, t20-fuyan.js / t20b.js). The SendBox's toolbar
// holds a home-made 附言 button (a plain listener: no popovertarget, commandfor or aria-controls) that shows a div.ant-popover —
// portalled to <body>, or inside the SendBox — holding a textarea 「附言（随下一条消息一起发送给买家）」 and a 确定 that hides the div
// (display:none; the textarea stays with its text). The page appends the 附言 to the next message sent from the composer (Enter,
// 发送, a page-wide Alt+S). On <body> the 附言 was not even highlighted while typing; inside the SendBox it was while open, but once
// hidden the next Enter sent the composer's clean draft with the flagged 附言, unjudged. A field whose own name says it goes out
// with the message is now a guarded field wherever it sits, and while it holds text — shown or hidden — it is judged with every send
// of the composer; the banner names it (and says how to open it where the guard cannot show it). Internal notes, empty fields and
// unrelated hidden textareas are never judged; clean notes never stop a send. Every page records what it really sent in __sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, expectStopped, RED_TEAM_BAD as BAD, redTeamDoc, RT_SCRIPT_END as E, sentOf, workbenchPagesTest, RED_TEAM_CLEAN as CLEAN } from './guard-support';

const REPLY = '您好，明天发货';

/**
 * The red team's page (t20-fuyan.js / t20b.js): a SendBox with a contenteditable #ed and 发送 (#send); its toolbar's 附言 (#fybtn)
 * shows #pop (a div.ant-popover, on <body> or, with `inside`, moved into the SendBox) holding the textarea #c named `name` and a 确定
 * (#fyok) hiding it again. Enter in #ed, 发送 and Alt+S anywhere send #ed's text with the 附言 appended. `#other` is an unrelated
 * hidden textarea (a template editor the page keeps) that the send never carries.
 */
const fuyanPage = (inside: boolean, name = '附言（随下一条消息一起发送给买家）') =>
  redTeamDoc(
    `fuyan ${inside ? 'inside' : 'body'} ${name}`,
    `<div class="new-workbench-container"><div class="ChatMessageList" style="height:120px">买家：在吗</div>
<div id="pop" class="ant-popover" style="position:fixed;left:220px;top:300px;background:#fff;border:1px solid #999;padding:8px;z-index:30;display:none">
<textarea id="c" placeholder="${name}"></textarea><button class="ant-btn" id="fyok" type="button">确定</button></div>
<textarea id="other" style="display:none" placeholder="模板内容"></textarea>
<div class="SendBox" style="position:fixed;bottom:0;left:200px;right:0;height:180px;border-top:1px solid #ccc;background:#fff">
<div class="SendBox-toolbar" id="toolbar"><button id="fybtn" class="ant-btn" type="button">附言</button></div>
<div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" id="ed" style="height:80px"></div></div>
<div class="SendBox-buttonRight" style="position:absolute;right:10px;bottom:10px"><button class="ant-btn ant-btn-primary" id="send" type="button">发送</button></div></div></div>
<script>${inside ? "document.querySelector('.SendBox').appendChild(pop);" : ''}
other.value = ${JSON.stringify(BAD)};
function doSend() { var t = ed.innerText.trim(); if (!t) return; rec(t + (c.value ? ' 【附言】' + c.value : '')); ed.innerHTML = ''; c.value = ''; }
send.addEventListener('click', doSend);
ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); doSend(); } });
document.addEventListener('keydown', function (e) { if (e.altKey && e.code === 'KeyS') { e.preventDefault(); doSend(); } });
fybtn.addEventListener('click', function () { pop.style.display = 'block'; c.focus(); });
fyok.addEventListener('click', function () { pop.style.display = 'none'; ed.focus(); });${E}`,
  );

const test = workbenchPagesTest({
  '/rt48c/body': fuyanPage(false),
  '/rt48c/inside': fuyanPage(true),
  '/rt48c/buyer-visible': fuyanPage(false, '附言（买家可见）'),
  '/rt48c/internal': fuyanPage(false, '备注（仅客服可见）'),
  '/rt48c/internal-inside': fuyanPage(true, '内部备注（仅客服可见）'),
});

const popShown = (pg: Page): Promise<boolean> => pg.evaluate(() => getComputedStyle(document.getElementById('pop')!).display !== 'none');

/** Opens the 附言 from the toolbar, types `note` in it (checking the typing banner when it is flagged) and, when `close`, clicks 确定. */
async function writeNote(pg: Page, showPage: (path: string) => Promise<void>, path: string, note: string, close: boolean): Promise<void> {
  await showPage(path);
  await pg.locator('#ed').click();
  await expectAttached(pg);
  await pg.locator('#fybtn').click();
  await expect.poll(() => popShown(pg), 'the 附言 popover shown').toBe(true);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(note);
  if (note === BAD) await expect(bannerContent(pg), `${path}: the 附言 is guarded while typing (banner 2.3)`).toContainText('2.3');
  if (close) {
    await pg.locator('#fyok').click();
    await expect.poll(() => popShown(pg), '确定 hid the 附言').toBe(false);
  }
  await pg.locator('#ed').click();
  await pg.keyboard.insertText(REPLY);
}

const send = (pg: Page, via: 'Enter' | '发送' | 'Alt+S') =>
  via === 'Enter' ? pg.locator('#ed').press('Enter') : via === '发送' ? pg.locator('#send').click({ force: true }) : pg.keyboard.press('Alt+s');

const CASES = (['/rt48c/body', '/rt48c/inside'] as const).flatMap((path) =>
  ([true, false] as const).flatMap((close) => (['Enter', '发送'] as const).map((via) => [path, close, via] as const)),
);

test('finding 3 (t20): a flagged 附言 named as going out with the next message — on <body> or in the SendBox, hidden by 确定 or still open — is guarded while typing and judged with Enter and 发送; the banner names 附言; fixed, both go out', async ({ pg, showPage }) => {
  for (const [path, close, via] of CASES) {
    const what = `${path} ${close ? 'closed' : 'open'} by ${via}`;
    await writeNote(pg, showPage, path, BAD, close);
    await expectStopped(pg, what, () => send(pg, via));
    await expect(bannerContent(pg), `${what}: the banner names the 附言`).toContainText('附言');
    // The agent opens it again from the toolbar (the page's own popover: the guard does not show it) and fixes it.
    if (!(await popShown(pg))) await pg.locator('#fybtn').click();
    await expect.poll(() => popShown(pg), `${what}: the 附言 is open`).toBe(true);
    await pg.locator('#c').fill(CLEAN);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${what}: the banner no longer stops`).toHaveCount(0);
    if (close) await pg.locator('#fyok').click();
    await pg.locator('#ed').click();
    await send(pg, via);
    await expect.poll(() => sentOf(pg), `${what}: the reply goes out with the fixed 附言`).toEqual([`${REPLY} 【附言】${CLEAN}`]);
  }
});

test('finding 3 (t20): the hidden 附言 is judged at the page’s Alt+S too, and a 附言（买家可见） is guarded the same way', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48c/body', BAD, true);
  await expectStopped(pg, 'Alt+S', () => send(pg, 'Alt+S'));
  await expect(bannerContent(pg), 'Alt+S: the banner names the 附言').toContainText('附言');
  await writeNote(pg, showPage, '/rt48c/buyer-visible', BAD, true);
  await expectStopped(pg, '附言（买家可见） by Enter', () => send(pg, 'Enter'));
  await expect(bannerContent(pg), '附言（买家可见）: the banner names the 附言').toContainText('附言');
});

test('finding 3, valid rows: a clean 附言 goes with the message at the first Enter; an internal note with a breach and an unrelated hidden textarea never stop the composer', async ({ pg, showPage }) => {
  for (const [path, close] of [['/rt48c/body', true], ['/rt48c/inside', true], ['/rt48c/body', false]] as const) {
    await writeNote(pg, showPage, path, CLEAN, close);
    await send(pg, 'Enter');
    await expect.poll(() => sentOf(pg), `${path}: the clean 附言 goes out at the first Enter`).toEqual([`${REPLY} 【附言】${CLEAN}`]);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: nothing stopped`).toHaveCount(0);
  }
  for (const path of ['/rt48c/internal', '/rt48c/internal-inside']) {
    for (const via of ['Enter', '发送'] as const) {
      await showPage(path);
      await pg.locator('#ed').click();
      await expectAttached(pg);
      await pg.locator('#fybtn').click();
      await pg.locator('#c').click();
      await pg.keyboard.insertText(BAD);
      await pg.locator('#fyok').click();
      await pg.locator('#ed').click();
      await pg.keyboard.insertText(REPLY);
      await send(pg, via);
      await expect.poll(() => sentOf(pg), `${path} by ${via}: an internal note never stops the composer`).toEqual([`${REPLY} 【附言】${BAD}`]);
      await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: nothing stopped`).toHaveCount(0);
    }
  }
});
