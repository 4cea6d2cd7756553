// Round 43: the send guard's leftovers noticed after round 42. Item 1 (a false stop): an Enter in a note field of the send
// box (an internal memo, a translation preview, a phrase search: sites/draft-scope.ts calls them aside) was judged as the
// message's send while the message held a breach, so a memo <textarea> could not take a line break then; now the Enter
// does what the page does with it in that field (a line break), and only an Enter that submits the form the message is in
// is the message's send. Item 2: a send control's name read from its descendants leaves out aria-hidden="true" parts, as
// a browser does (an icon ligature or a decoy there no longer hides a 发送, nor makes 表情 one). Every page is served at
// the workbench's address and records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectAttached, openAtWorkbench, pageTick, QUIET, redTeamDoc, RT_SCRIPT_END, sentOf, stopsLogged, untilStopped, WORKBENCH_ORIGIN, workbenchPagesTest, bannerContent, bannerSection, expectStopped, RED_TEAM_BAD } from './guard-support';

const BAD = RED_TEAM_BAD;
const CLEAN = '亲，已经给您发货了，请注意查收';
const E = RT_SCRIPT_END;
const doc = redTeamDoc;

/** The aside fields of round 42 beside the message #c: a memo textarea, a translation preview, a phrase search input. */
const ASIDES = `<textarea id="memo" placeholder="内部备注 memo" rows="2"></textarea>
<div id="tr" contenteditable="true" aria-label="翻译预览" style="border:1px dashed #aaa;min-height:20px"></div>
<input id="find" placeholder="搜索快捷短语">`;

const pages: Record<string, string> = {
  // Enter in #c sends it; the page does nothing of its own on Enter in the aside fields but log the search.
  '/rt43/aside': doc(
    'aside',
    `<div class="SendBox" style="width:460px"><textarea id="c" rows="3" cols="40"></textarea>${ASIDES}<button id="send">发送</button></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
find.addEventListener('keydown', function (e) { if (e.key === 'Enter') __log.push('find'); });
send.onclick = sendDraft;${E}`,
  ),
  // The page sends the message on an Enter in any field of its send box (the box listens): an Enter in a memo would send it.
  '/rt43/aside-box-enter': doc(
    'aside box enter',
    `<div class="SendBox" id="box" style="width:460px"><textarea id="c" rows="3" cols="40"></textarea>${ASIDES}<button id="send">发送</button></div>
<script>box.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
send.onclick = sendDraft;${E}`,
  ),
  // A form holding the message and an internal-note input: Enter in the note submits the form, which sends the message.
  '/rt43/aside-form': doc(
    'aside form',
    `<form id="f" class="SendBox" style="width:460px"><textarea id="c" rows="3" cols="40"></textarea>
<input id="note" placeholder="订单备注（仅内部可见）"><button id="send">发送</button></form>
<script>f.addEventListener('submit', function (e) { e.preventDefault(); sendDraft(); });${E}`,
  ),
  // Item 2, leaks: the send control's name is 发送, an icon ligature beside it is aria-hidden (attach_file / north_east).
  '/rt43/hidden-icon-button': doc(
    'hidden icon button',
    `<textarea id="c" style="width:400px;height:80px"></textarea><div class="bar"><button id="s"><span class="material-icons" aria-hidden="true">attach_file</span>发送</button></div>
<script>s.addEventListener('click', sendDraft);${E}`,
  ),
  '/rt43/hidden-icon-text': doc(
    'hidden icon text',
    `<textarea id="c" style="width:400px;height:80px"></textarea><div class="bar"><div id="s" style="display:inline-block;cursor:pointer;padding:4px"><span class="material-icons" aria-hidden="true">north_east</span>发送</div></div>
<script>s.addEventListener('click', sendDraft);${E}`,
  ),
  // Item 2, a false stop: 表情 (named so by its svg) holds an aria-hidden 发送 decoy; the real 发送 beside it. And a button
  // whose only text is an aria-hidden 发送 (an icon font's glyph the agent sees): a send.
  '/rt43/hidden-decoy': doc(
    'hidden decoy',
    `<textarea id="c" style="width:400px;height:80px"></textarea><div class="bar">
<button id="emoji"><svg aria-label="表情" width="16" height="16"><path d="M0 0L16 8L0 16z"/></svg><span aria-hidden="true">发送</span></button>
<button id="s" class="icon-btn"><i aria-hidden="true">发送</i></button></div>
<script>s.addEventListener('click', sendDraft); emoji.onclick = function () { __log.push('emoji'); };${E}`,
  ),
};

const test = workbenchPagesTest(pages);
const banner = bannerContent;
const mode = bannerSection;
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');
const logOf = (pg: Page) => pg.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());
const value = (pg: Page, sel: string) => pg.locator(sel).evaluate((el) => ('value' in el ? String((el as HTMLInputElement).value) : (el as HTMLElement).innerText));


/** Types text, Enter, text into an aside field (the message holding a breach): the line break is typed, nothing is sent or stopped. */
async function typesLineBreak(pg: Page, path: string, sel: string): Promise<void> {
  const before = await stopsLogged(pg.context());
  await pg.locator(sel).click();
  await pg.keyboard.type('甲');
  await pg.keyboard.press('Enter');
  await pg.keyboard.type('乙');
  await expect.poll(() => value(pg, sel), `${path} ${sel}: Enter typed a line break`).toMatch(/^甲\n+乙$/);
  expect(await sentOf(pg), `${path} ${sel}: nothing sent`).toEqual([]);
  expect(await stopsLogged(pg.context()), `${path} ${sel}: nothing stopped`).toBe(before);
  await expect(blocked(pg), `${path} ${sel}: no stop shown`).toHaveCount(0);
}

test('item 1: with a breach in the message, Enter in a memo textarea or a 翻译预览 types a line break (nothing sent, nothing stopped), also where the page sends on any Enter in its box; Enter in a phrase search is no send; a breach in the message is still stopped; a clean message goes out on Enter in the box', async ({ pg }) => {
  for (const path of ['/rt43/aside', '/rt43/aside-box-enter']) {
    await openAtWorkbench(pg, path);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${path}: the typing banner`).toContainText('2.3');
    await typesLineBreak(pg, path, '#memo');
    await typesLineBreak(pg, path, '#tr');
    const before = await stopsLogged(pg.context());
    await pg.locator('#find').fill('发货');
    await pg.locator('#find').press('Enter');
    await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
    expect(await sentOf(pg), `${path}: Enter in the search sent nothing`).toEqual([]);
    expect(await stopsLogged(pg.context()), `${path}: Enter in the search stopped nothing`).toBe(before);
    await expectStopped(pg, `${path} the breach in the message, Enter`, () => pg.locator('#c').press('Enter'));
    await expectStopped(pg, `${path} the breach in the message, 发送`, () => pg.locator('#send').click());
  }
  // The box sends on any Enter: with a clean message an Enter in the memo sends it, as the page does.
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#memo').press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean message goes out on the box Enter').toEqual([CLEAN]);
});

test('item 1: Enter in an internal-note input of the form the message is in submits it: a breach in the message is stopped, a clean one goes out', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt43/aside-form');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await pg.locator('#note').fill('已备注');
  await expectStopped(pg, 'Enter in the note submits the form', () => pg.locator('#note').press('Enter'));
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#note').press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean message goes out by the note Enter').toEqual([CLEAN]);
});

test('item 2: a 发送 beside an aria-hidden icon ligature stops a breach by click (button and text control), a clean draft goes out; a 表情 holding an aria-hidden 发送 decoy is no send; a button whose only text is an aria-hidden 发送 is one', async ({ pg }) => {
  for (const path of ['/rt43/hidden-icon-button', '/rt43/hidden-icon-text', '/rt43/hidden-decoy']) {
    // Focused first: a page whose 发送 went unseen had no composer until the agent typed (what this item is about).
    await pg.goto(WORKBENCH_ORIGIN + path);
    await pg.locator('#c').click();
    await expectAttached(pg);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${path}: the typing banner`).toContainText('2.3');
    if (path === '/rt43/hidden-decoy') {
      const before = await stopsLogged(pg.context());
      await pg.locator('#emoji').click();
      await expect.poll(() => logOf(pg), '表情 opened').toEqual(['emoji']);
      await pageTick(pg);
      expect(await stopsLogged(pg.context()), '表情 is no send: nothing stopped').toBe(before);
      await expect(blocked(pg)).toHaveCount(0);
    }
    await expectStopped(pg, `${path} click`, () => pg.locator('#s').click());
    await pg.locator('#c').fill(CLEAN);
    await pg.locator('#s').click();
    await expect.poll(() => sentOf(pg), `${path}: the clean draft is sent`).toEqual([CLEAN]);
  }
});
