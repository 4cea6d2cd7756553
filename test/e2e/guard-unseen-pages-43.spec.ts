// Round 43 of the blind red team on the send guard (its twelfth). Finding 1 (a leak): a contenteditable composer holding
// text the page hides inside a breach (这是高<span style="display:none">低</span>仿的) — the page sends what is drawn
// (innerText), the guard read every text node, found nothing, and the breach went out; the reverse (a clean drawn
// draft, a hidden breach) was stopped with marks on words the agent could not see. Finding 4: a <textarea> with
// writing-mode: vertical-rl had its marks drawn as horizontal squiggles at its top-left. Every page is rebuilt here at
// the workbench's address and records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  EDITABLE_SEND_SCRIPT,
  expectHtmlStopped,
  openAtWorkbench,
  putHtml,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  workbenchPagesTest,
} from './guard-support';

const BAD = '加我微信 abc12345 详聊';
const CLEAN = '亲，已经给您发货了，请注意查收';

/** The red team's page: a Quill-like composer whose 快捷短语 inserts rich HTML; Enter and 发送 send its innerText (?tc: textContent). */
const hiddenSplit = redTeamDoc(
  'hidden-split',
  `<div class="SendBox"><div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" id="ed" style="min-height:40px;border:1px solid #999;width:400px"></div></div>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
${EDITABLE_SEND_SCRIPT}`,
);

/** A vertical-rl textarea (the red team's page); ?long: a shorter field whose text overflows sideways. */
const vertical = redTeamDoc(
  'vertical',
  `<style>body{margin:0}.box{position:fixed;right:10px;top:10px;writing-mode:vertical-rl}#c{writing-mode:vertical-rl;height:300px;width:120px;font:16px/1.5 sans-serif}
.short #c{height:120px;width:60px}</style>
<div class="box"><textarea id="c"></textarea><button id="s">发送</button></div>
<script>if (location.search.indexOf('long') >= 0) document.body.className = 'short';
c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
s.onclick = sendDraft;${E}`,
);

const test = workbenchPagesTest({ '/rt43/hidden-split': hiddenSplit, '/rt43/vertical': vertical });
const banner = (pg: Page) => pg.locator('[data-replyguard="banner"] .rg');
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');
const put = putHtml;
const clearSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));

/** The text each of the guard's block highlights covers (the Highlight API's ranges, read in the page's world). */
const blockMarks = (pg: Page) =>
  pg.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('replyguard-block');
    return h ? [...h].map((r) => `${r.startContainer.textContent}@${r.startOffset}–${r.endContainer.textContent}@${r.endOffset}`) : [];
  });

test('finding 1: text the page hides inside a contenteditable breach is read as drawn — 高<低>仿, 私下<[hidden]不>转账, 微<博>信 are stopped and marked on the drawn words, and a fix replaces them; bookmark spans neither leak nor stop; a breach hidden in a clean draft is stopped, the banner naming the hidden words', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt43/hidden-split');
  await pg.locator('#ed').click();
  await expectHtmlStopped(pg, 'display:none inside 高仿', '这是高<span style="display:none">低</span>仿的', '2.8');
  // The marks map back to the drawn text nodes on both sides of the hidden span.
  expect(await blockMarks(pg)).toEqual(['这是高@2–仿的@1']);
  await expectHtmlStopped(pg, '[hidden] inside 私下转账', '私下<span hidden>不</span>转账给我', '2.3');
  // Its fix replaces the drawn words (the hidden span between them goes with them): what the page then sends is the fix.
  await pg.locator('[data-replyguard="banner"] button', { hasText: '改为' }).first().click();
  await expect.poll(() => pg.locator('#ed').evaluate((el) => el.textContent), 'the fix took the words and the hidden span').not.toContain('转账');
  await pg.locator('#ed').press('Enter');
  await expect.poll(() => sentOf(pg), 'the fixed draft goes out').toHaveLength(1);
  expect((await sentOf(pg))[0]).not.toMatch(/转账|不/);
  await pg.locator('#ed').click();
  await expectHtmlStopped(pg, 'display:none inside 微信', '加我 微<span style="display:none">博</span>信 abc12345', '2.3');
  await expectHtmlStopped(pg, 'visibility:hidden inside 高仿', '这是高<span style="visibility:hidden">低</span>仿的', '2.8');
  // Editors' bookmarks (CKEditor's hidden &nbsp;, TinyMCE's \uFEFF) inside a breach: stopped; beside a clean draft: no stop.
  await expectHtmlStopped(pg, 'a CKEditor bookmark inside 私下转账', '私下<span data-cke-bookmark="1" style="display:none">&nbsp;</span>转账给我', '2.3');
  await expectHtmlStopped(pg, 'a TinyMCE bookmark inside 高仿', '这是高<span data-mce-type="bookmark" style="display:none">\uFEFF</span>仿的', '2.8');
  await clearSent(pg);
  await put(pg, `亲，已经<span data-cke-bookmark="1" style="display:none">&nbsp;</span>给您发货了<span data-mce-type="bookmark" style="display:none">\uFEFF</span>，请注意查收`);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean draft with bookmark spans goes out at the first Enter').toEqual([CLEAN]);
  // A [hidden] span the page shows again (display set inline) is drawn text: read and judged.
  await expectHtmlStopped(pg, '[hidden] shown again', `加我微<span hidden style="display:inline">信</span> abc12345`, '2.3');
  // A breach wholly hidden in a clean draft: a page that sends textContent would send it, so it is stopped, and the
  // banner names the hidden words (there are none drawn to mark).
  await expectHtmlStopped(pg, 'a hidden breach in a clean draft', `亲，已经给您发货了<span style="display:none">${BAD}</span>，请注意查收`, '2.3');
  await expect(banner(pg)).toContainText('草稿里有看不见的文字「加我微信 abc1234…」');
  expect(await blockMarks(pg), 'nothing drawn is marked').toEqual([]);
  // The page that does send textContent: the same draft is stopped there too, and a clean one goes out.
  await openAtWorkbench(pg, '/rt43/hidden-split?tc');
  await pg.locator('#ed').click();
  await expectHtmlStopped(pg, 'textContent page: a hidden breach in a clean draft', `亲，已经给您发货了<span hidden>${BAD}</span>，请注意查收`, '2.3');
  await clearSent(pg);
  await put(pg, CLEAN);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean draft goes out').toEqual([CLEAN]);
});

/** The block marks' boxes in the textarea's mirror, and the textarea's box. */
const mirrorMarks = (pg: Page) =>
  pg.evaluate(() => {
    const root = document.querySelector('[data-replyguard="highlights"]')?.shadowRoot;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
    const marks = [...(root?.querySelectorAll('mark.block') ?? [])].flatMap((m) => [...m.getClientRects()].map(box)).filter((r) => r.width * r.height > 0);
    return { field: box(document.querySelector('#c')!.getBoundingClientRect()), marks };
  });

test('finding 4: a vertical-rl textarea has its marks over its words: a tall column at its right edge, and after the text overflows sideways, inside the field where the words scrolled to', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt43/vertical');
  await pg.locator('#c').click();
  await pg.keyboard.type(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await expect.poll(async () => (await mirrorMarks(pg)).marks.length, 'the words are marked').toBeGreaterThan(0);
  const { field, marks } = await mirrorMarks(pg);
  for (const m of marks) {
    expect(m.height, 'a mark runs down the column, as the words do').toBeGreaterThan(m.width);
    expect(m.left, 'in the first (rightmost) column').toBeGreaterThan(field.left + field.width / 2);
    expect(m.right).toBeLessThanOrEqual(field.right);
  }
  await pg.keyboard.press('Enter');
  await pg.waitForTimeout(300); // a page's send would have happened by now (nothing to wait for when it does not)
  expect(await sentOf(pg)).toEqual([]);
  // Overflow: many columns of clean text, then the breach at the end; the field scrolls to the caret (left).
  await openAtWorkbench(pg, '/rt43/vertical?long');
  await pg.locator('#c').fill(`${'好的亲'.repeat(40)}${BAD}`);
  await pg.locator('#c').press('End');
  await pg.locator('#c').evaluate((el) => (el.scrollLeft = -el.scrollWidth));
  await expect(banner(pg)).toContainText('2.3');
  await expect
    .poll(async () => {
      const now = await mirrorMarks(pg);
      return now.marks.some((m) => m.left >= now.field.left - 1 && m.right <= now.field.right + 1 && m.height > m.width);
    }, 'a mark is drawn inside the scrolled field, upright')
    .toBe(true);
});
