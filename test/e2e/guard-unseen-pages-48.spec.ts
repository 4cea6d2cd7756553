// Round 48 (round 47's second pass, finding 3 and 4): a 附言 (note) in a popover opened from the SendBox's own toolbar, which the
// page sends together with the message, was not judged once the popover had closed (Esc, a click outside, 发送 light-dismissing
// it, a popover=manual's ×): the SendBox's 发送 or a page-wide Alt+S sent the flagged note. It is judged with the send now, shown
// again and named in the banner. A quick-reply composer in a popover=auto closed by Esc, whose page sends it on Alt+S anywhere,
// is judged at that Alt+S. Clean notes never stop a send; a hidden field no toolbar of the composer opened is left alone. Every page
// is rebuilt here at the workbench's address and records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, expectStopped, RED_TEAM_BAD as BAD, redTeamDoc, RT_SCRIPT_END as E, sentOf, WORKBENCH_ORIGIN, workbenchPagesTest, RED_TEAM_CLEAN as CLEAN } from './guard-support';

/**
 * A SendBox whose toolbar's 附言 (#ps) opens a popover (#fy) outside it holding the note #c; 发送 and a page-wide Alt+S send the
 * message with the note (`opener: 'outside'`: the same popover opened by a button outside the SendBox, which the send still reads).
 */
const notePage = (mode: 'auto' | 'manual', opener: 'toolbar' | 'outside' = 'toolbar') => {
  const ps = '<button id="ps" type="button" popovertarget="fy">附言</button>';
  return redTeamDoc(
    `note ${mode} ${opener}`,
    `<div class="ChatMessageList" style="height:120px">买家：在吗</div>${opener === 'outside' ? ps : ''}
<div class="SendBox" style="margin-top:200px"><div class="SendBox-toolbar">${opener === 'toolbar' ? ps : ''}<span>😊</span></div>
<textarea id="main" placeholder="请输入消息" rows="3" cols="60"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send" type="button">发送</button></div></div>
<div id="fy" popover="${mode}" style="margin:0;top:20px;left:420px;width:360px"><div>附言（随下一条消息发出）<button id="x" type="button" popovertarget="fy" popovertargetaction="hide">×</button></div>
<textarea id="c" placeholder="请输入附言" rows="3" cols="36"></textarea></div>
<script>function sendAll() { var t = main.value.trim(), n = c.value.trim(); if (!t && !n) return; rec(t + (n ? ' 附言：' + n : '')); main.value = ''; c.value = ''; }
send.onclick = sendAll; document.addEventListener('keydown', function (e) { if (e.altKey && e.code === 'KeyS') { e.preventDefault(); sendAll(); } });${E}`,
  );
};

/** Round 47b's esc-shortcut: a quick-reply composer #c in a popover=auto; the page sends it on Alt+S anywhere in the document. */
const quickReplyPage = redTeamDoc(
  'quick reply popover',
  `<p>快捷键：Alt+S 发送</p><button id="toggle" type="button" popovertarget="chat">快速回复</button>
<div id="chat" popover="auto" style="width:500px;height:200px;top:60px;left:100px;margin:0"><div>回复 买家小王</div>
<textarea id="c" rows="3" cols="50" placeholder="输入回复，Alt+S 发送"></textarea><button id="go" type="button">发送</button></div>
<script>go.onclick = sendDraft; document.addEventListener('keydown', function (e) { if (e.altKey && e.code === 'KeyS') { e.preventDefault(); sendDraft(); } });${E}`,
);

const test = workbenchPagesTest({
  '/rt48/note/auto': notePage('auto'),
  '/rt48/note/manual': notePage('manual'),
  '/rt48/note/outside': notePage('auto', 'outside'),
  '/rt48/quick-reply': quickReplyPage,
});

const popoverOpen = (pg: Page, id: string): Promise<boolean> => pg.evaluate((i) => document.getElementById(i)!.matches(':popover-open'), id);

/** Opens the 附言 popover, types `note` into it and closes it the way `close` says (the popover stays in the DOM, its text kept). */
async function writeNote(pg: Page, showPage: (path: string) => Promise<void>, path: string, note: string, close: 'esc' | 'clickout' | 'x' | 'none'): Promise<void> {
  await showPage(path);
  await pg.locator('#main').click();
  await expectAttached(pg);
  await pg.locator('#ps').click();
  await expect.poll(() => popoverOpen(pg, 'fy'), 'the 附言 popover opened').toBe(true);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(note);
  if (close === 'esc') await pg.keyboard.press('Escape');
  if (close === 'x') await pg.locator('#x').click();
  if (close === 'clickout') await pg.locator('#main').click();
  if (close !== 'none') await expect.poll(() => popoverOpen(pg, 'fy'), `the 附言 popover closed (${close})`).toBe(false);
  if (close !== 'none') {
    await pg.locator('#main').click();
    await pg.keyboard.insertText(CLEAN);
  }
}

const CASES = [
  ['/rt48/note/auto', 'esc'],
  ['/rt48/note/auto', 'clickout'],
  ['/rt48/note/auto', 'none'],
  ['/rt48/note/manual', 'x'],
] as const;

test('finding 3: a flagged 附言 in a closed popover opened from the SendBox toolbar is judged with 发送 — nothing sent, the popover shown again, the banner names 附言; fixed, both go out', async ({ pg, showPage }) => {
  for (const [path, close] of CASES) {
    const what = `${path} closed by ${close}`;
    await writeNote(pg, showPage, path, BAD, close);
    await expectStopped(pg, `${what}: 发送`, () => pg.locator('#send').click({ force: true }));
    await expect(bannerContent(pg), `${what}: the banner names the 附言`).toContainText('附言');
    await expect.poll(() => popoverOpen(pg, 'fy'), `${what}: the 附言 shown again`).toBe(true);
    await pg.locator('#c').fill(CLEAN);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${what}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#send').click({ force: true });
    await expect.poll(() => sentOf(pg), `${what}: the fixed note goes out with the message`).toHaveLength(1);
    expect((await sentOf(pg))[0], `${what}: with the fixed note`).toContain(`附言：${CLEAN}`);
  }
});

test('finding 3 by Alt+S: a flagged 附言 in a closed toolbar popover is judged when the page sends on Alt+S, in the composer and on the page', async ({ pg, showPage }) => {
  for (const where of ['composer', 'page'] as const) {
    await writeNote(pg, showPage, '/rt48/note/auto', BAD, 'esc');
    if (where === 'page') await pg.locator('.ChatMessageList').click();
    await expectStopped(pg, `Alt+S in the ${where}`, () => pg.keyboard.press('Alt+s'));
    await expect(bannerContent(pg), `${where}: the banner names the 附言`).toContainText('附言');
  }
});

test('finding 3, valid rows: a clean 附言 never stops the send, and a hidden note no toolbar of the composer opened is not judged', async ({ pg, showPage }) => {
  await writeNote(pg, showPage, '/rt48/note/auto', CLEAN, 'esc');
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'the clean note goes out with the message at the first click').toEqual([`${CLEAN} 附言：${CLEAN}`]);
  await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), 'nothing stopped').toHaveCount(0);
  await writeNote(pg, showPage, '/rt48/note/outside', BAD, 'esc');
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'a popover opened from outside the SendBox is the page’s own').toEqual([`${CLEAN} 附言：${BAD}`]);
});

test('finding 4: a quick-reply composer in a popover=auto closed by Esc is judged when the page sends it on Alt+S — stopped, shown again; a clean one goes out', async ({ pg }) => {
  await pg.goto(WORKBENCH_ORIGIN + '/rt48/quick-reply');
  await pg.locator('#toggle').click();
  await expect.poll(() => popoverOpen(pg, 'chat'), 'the quick reply opened').toBe(true);
  await pg.locator('#c').click();
  await expectAttached(pg);
  await pg.keyboard.insertText(BAD);
  await expect(bannerContent(pg), 'the typing banner').toContainText('2.3');
  await pg.keyboard.press('Escape');
  await expect.poll(() => popoverOpen(pg, 'chat'), 'Esc closed it').toBe(false);
  await expectStopped(pg, 'Alt+S after Esc', () => pg.keyboard.press('Alt+s'));
  await expect.poll(() => popoverOpen(pg, 'chat'), 'the quick reply shown again').toBe(true);
  await pg.locator('#c').fill(CLEAN);
  await pg.keyboard.press('Escape');
  await expect.poll(() => popoverOpen(pg, 'chat'), 'Esc closed it').toBe(false);
  await pg.keyboard.press('Alt+s');
  await expect.poll(() => sentOf(pg), 'the clean reply goes out').toEqual([CLEAN]);
});
