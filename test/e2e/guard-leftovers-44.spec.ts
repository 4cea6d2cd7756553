// Round 44: the send guard's leftovers noticed in round 43. Item 1 (a leak): text a stylesheet class hides inside a
// contenteditable breach (这是高<span class="gone">低</span>仿的), or a block hidden="until-found" (content-visibility:
// hidden), was read as drawn: the guard linted 这是高低仿的 while an innerText page sent 这是高仿的. Item 2: a breach only
// in hidden text had no way out in the banner but 仍要发送; the banner now says how to remove it. Item 3: an Enter in a
// note field beside the message (its own keydown handler) never reached that handler while the message held a breach.
// Item 4: nested aria-hidden decoys in a send control's name. (Item 5, the name walk over a control whose whole subtree is
// aria-hidden, is bounded and unit-tested in generic-adapter.test.ts: a timing is a benchmark's job, not a test's.) Every page is served at the workbench's address and records
// what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  EDITABLE_SEND_SCRIPT,
  expectAttached,
  expectHtmlStopped,
  expectStopped as expectFieldStopped,
  openAtWorkbench,
  pageTick,
  putHtml,
  RED_TEAM_BAD,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  WORKBENCH_ORIGIN,
  workbenchPagesTest,
} from './guard-support';

const BAD = RED_TEAM_BAD;
const CLEAN = '亲，已经给您发货了，请注意查收';

/** A contenteditable composer whose Enter and 发送 send its innerText (?tc: textContent); a stylesheet hides `.gone` and `.inv`. */
const hiddenByClass = redTeamDoc(
  'hidden by class',
  `<style>.gone{display:none}.inv{visibility:hidden}.inv .back{visibility:visible}</style>
<div class="SendBox"><div class="ql-editor" contenteditable="true" id="ed" style="min-height:40px;border:1px solid #999;width:400px"></div>
<button class="ant-btn ant-btn-primary" id="send">发送</button></div>
${EDITABLE_SEND_SCRIPT}`,
);

/** Item 3: a memo textarea beside the message with its own Enter handler (it saves the memo); the box sends the message on any Enter. */
const memoEnter = redTeamDoc(
  'memo enter',
  `<div class="SendBox" id="box" style="width:460px"><textarea id="c" rows="3" cols="40"></textarea>
<textarea id="memo" placeholder="内部备注 memo" rows="2"></textarea><input id="find" placeholder="搜索快捷短语"><button id="send">发送</button></div>
<script>box.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
memo.addEventListener('keydown', function (e) { if (e.key === 'Enter') __log.push('memo:' + memo.value); });
memo.addEventListener('keyup', function (e) { if (e.key === 'Enter') __log.push('memo-up'); });
find.addEventListener('keydown', function (e) { if (e.key === 'Enter') __log.push('find:' + find.value); });
send.onclick = sendDraft;${E}`,
);

/**
 * Item 4: controls whose names hold nested aria-hidden parts. #emoji is 表情 to assistive tech (its 发送 sits in an
 * aria-hidden="false" span inside an aria-hidden part: still hidden); #s is the send control, its 发送 glyph drawn in an
 * aria-hidden part inside another (named so only because nothing else names it, as the un-nested glyph of round 43).
 */
const nestedDecoy = redTeamDoc(
  'nested decoy',
  `<textarea id="c" style="width:400px;height:80px"></textarea><div class="bar">
<div id="emoji" style="display:inline-block;cursor:pointer;padding:4px"><svg aria-label="表情" width="16" height="16"><path d="M0 0L16 8L0 16z"/></svg><span aria-hidden="true"><span aria-hidden="false">发送</span></span></div>
<div id="s" style="display:inline-block;cursor:pointer;padding:4px"><span aria-hidden="true"><i aria-hidden="true">发送</i></span></div></div>
<script>s.addEventListener('click', sendDraft); emoji.onclick = function () { __log.push('emoji'); };${E}`,
);

const test = workbenchPagesTest({ '/rt44/hidden-class': hiddenByClass, '/rt44/memo-enter': memoEnter, '/rt44/nested-decoy': nestedDecoy });
const banner = bannerContent;
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');
const put = putHtml;
const clearSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
const logOf = (pg: Page) => pg.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());

/** The text each of the guard's block highlights covers (the Highlight API's ranges, read in the page's world). */
const blockMarks = (pg: Page) =>
  pg.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('replyguard-block');
    return h ? [...h].map((r) => r.toString()) : [];
  });

test('item 1: text a stylesheet class hides (display:none, visibility:hidden) and a block hidden="until-found" inside a breach are read as hidden, as innerText leaves them out: 高<低>仿 is stopped; a hidden breach in a clean draft is named as hidden, not marked; a class showing text again is drawn; an inline until-found span is drawn', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt44/hidden-class');
  await pg.locator('#ed').click();
  // What the page sends (innerText) for each: the test's premise, checked in this Chromium.
  const innerText = (html: string) => pg.evaluate((h) => { const d = document.createElement('div'); d.innerHTML = h; document.body.appendChild(d); const t = d.innerText; d.remove(); return t; }, html);
  expect(await innerText('这是高<span class="gone">低</span>仿的')).toBe('这是高仿的');
  expect(await innerText('这是高<div hidden="until-found">低</div>仿的')).toBe('这是高仿的');
  await expectHtmlStopped(pg, 'class display:none inside 高仿', '这是高<span class="gone">低</span>仿的', '2.8');
  await expectHtmlStopped(pg, 'class visibility:hidden inside 高仿', '这是高<span class="inv">低</span>仿的', '2.8');
  await expectHtmlStopped(pg, 'a block hidden="until-found" inside 高仿', '这是高<div hidden="until-found">低</div>仿的', '2.8');
  await expectHtmlStopped(pg, 'an inline-block until-found inside 高仿', '这是高<span hidden="until-found" style="display:inline-block">低</span>仿的', '2.8');
  // A breach wholly hidden by a class in a clean draft: stopped (a textContent page sends it), named as hidden, nothing marked.
  await expectHtmlStopped(pg, 'a class-hidden breach in a clean draft', `亲，已经给您发货了<span class="gone">${BAD}</span>，请注意查收`, '2.3');
  await expect(banner(pg)).toContainText('草稿里有看不见的文字「加我微信 abc1234…」');
  expect(await blockMarks(pg), 'nothing hidden is marked').toEqual([]);
  await expectHtmlStopped(pg, 'an until-found breach in a clean draft', `亲，已经给您发货了<div hidden="until-found">${BAD}</div>`, '2.3');
  await expect(banner(pg)).toContainText('草稿里有看不见的文字');
  // Drawn text: a class setting visibility back to visible under a hidden one, and an inline until-found span (content-visibility
  // does not apply to an inline box: innerText sends it) — judged and marked as drawn.
  await expectHtmlStopped(pg, 'a class showing text again', `<span class="inv">甲<span class="back">${BAD}</span></span>`, '2.3');
  await expect.poll(() => blockMarks(pg), 'the drawn words are marked').toContainEqual(expect.stringContaining('微信'));
  await expectHtmlStopped(pg, 'an inline until-found span', `加我<span hidden="until-found">微信</span> abc12345`, '2.3');
  await expect.poll(() => blockMarks(pg), 'the drawn inline words are marked').toContainEqual(expect.stringContaining('微信'));
  // A clean draft with class-hidden bookmark text goes out at the first Enter.
  await clearSent(pg);
  await put(pg, `亲，已经给您发货了<span class="gone">\uFEFF</span>，请注意查收`);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean draft goes out').toEqual([CLEAN]);
});

test('item 2: a breach only in hidden text: the banner says how to remove it (select all and delete, then retype), and doing so clears the stop', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt44/hidden-class');
  await pg.locator('#ed').click();
  await expectHtmlStopped(pg, 'an inline-style hidden breach in a clean draft', `亲，已经给您发货了<span style="display:none">${BAD}</span>，请注意查收`, '2.3');
  await expect(banner(pg), 'the banner says how to remove the hidden words').toContainText('全选');
  await expect(banner(pg)).toContainText('Ctrl+A');
  // What it says works: select all, delete, and the draft (hidden run included) is gone; the agent retypes it clean.
  await pg.locator('#ed').click();
  await pg.keyboard.press('ControlOrMeta+a');
  await pg.keyboard.press('Delete');
  await expect.poll(() => pg.locator('#ed').evaluate((el) => el.textContent), 'the hidden run went with the rest').toBe('');
  // The guard sees the emptied draft before the retyping: the stop was for a draft whose drawn words were CLEAN, and the same words
  // retyped before a lint saw the change would read as that draft still (round 45's fresh clone; noted in the closing note).
  await expect(blocked(pg), 'the stop clears with the emptied draft').toHaveCount(0);
  await pg.keyboard.type(CLEAN);
  await expect(blocked(pg)).toHaveCount(0);
  await clearSent(pg);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the retyped draft goes out').toEqual([CLEAN]);
});

test('item 3: Enter in a memo textarea beside a message holding a breach reaches the memo\'s own handler (keydown and keyup) and types its line break; the box\'s send-on-any-Enter does not get it; the message is still stopped; a phrase search Enter sends nothing', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt44/memo-enter');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  const before = await stopsLogged(pg.context());
  await pg.locator('#memo').click();
  await pg.keyboard.type('甲');
  await pg.keyboard.press('Enter');
  await pg.keyboard.type('乙');
  await expect.poll(() => pg.locator('#memo').inputValue(), 'the line break is typed').toMatch(/^甲\n乙$/);
  await expect.poll(() => logOf(pg), "the memo's own handlers got the Enter").toEqual(['memo:甲', 'memo-up']);
  expect(await sentOf(pg), 'nothing sent').toEqual([]);
  expect(await stopsLogged(pg.context()), 'nothing stopped').toBe(before);
  await pg.locator('#find').fill('发货');
  await pg.locator('#find').press('Enter');
  await pageTick(pg);
  expect(await sentOf(pg), 'the search Enter sent nothing').toEqual([]);
  await expectFieldStopped(pg, 'the breach in the message, Enter', () => pg.locator('#c').press('Enter'));
  // A clean message: the box sends it on an Enter in the memo, as the page does.
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#memo').press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean message goes out on the box Enter').toEqual([CLEAN]);
});

test('item 4: nested aria-hidden decoys: a 表情 control holding 发送 in aria-hidden="false" inside aria-hidden is 表情 (as Chromium computes it) and no send; a 发送 glyph in aria-hidden inside aria-hidden names the send control nothing else names, as the un-nested one does', async ({ pg }) => {
  await pg.goto(WORKBENCH_ORIGIN + '/rt44/nested-decoy');
  await pg.locator('#c').click();
  await expectAttached(pg);
  // Chromium's own accessible names for the two controls' content: 表情 and nothing.
  const cdp = await pg.context().newCDPSession(pg);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; ignored?: boolean; role?: { value?: string } }[] };
  const names = nodes.filter((n) => !n.ignored && n.name?.value).map((n) => n.name!.value);
  expect(names, 'Chromium: 表情 is named, no 发送 is exposed').toContain('表情');
  expect(names.some((n) => /发送/.test(n!)), 'Chromium: no 发送 is exposed').toBe(false);
  await cdp.detach();
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  const before = await stopsLogged(pg.context());
  await pg.locator('#emoji').click();
  await expect.poll(() => logOf(pg), '表情 opened').toEqual(['emoji']);
  await pageTick(pg);
  expect(await stopsLogged(pg.context()), '表情 is no send: nothing stopped').toBe(before);
  await expect(blocked(pg)).toHaveCount(0);
  await expectFieldStopped(pg, 'the nested-glyph 发送 click', () => pg.locator('#s').click());
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#s').click();
  await expect.poll(() => sentOf(pg), 'the clean draft is sent').toEqual([CLEAN]);
});
