// Round 53 (guard53d): rt53g F5 / F6. A 快捷短语 panel whose heading says 「数字键 1-9 发送」 beside a composer that Enter sends (no
// 发送 of its own). F5: on a fresh page, the focus on <body>, no field focused yet, digit 2 sent the breaching phrase unjudged (no
// composer was current until a focus). The page records sends in __sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, recordedBy, redTeamDoc, RED_TEAM_BAD as BAD, RED_TEAM_CLEAN as CLEAN, RT_SCRIPT_END as E, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

/** rt53g digits53-doc2: a thread, a composer sent by Enter, a phrase list; a digit outside a field sends phrase N (document keydown). */
const docPage = redTeamDoc(
  'digit keys before any focus',
  `<div class="ChatMessageList-ContentWrap"><div>买家：你好，在吗？</div><div>客服：亲，在的</div></div>
<textarea id="ta" placeholder="请输入，Enter 发送"></textarea>
<div class="side"><h4>快捷短语（数字键 1-9 发送）</h4>
 <div class="plist" tabindex="0" aria-label="快捷短语"><div class="phrase">1. ${CLEAN}</div><div class="phrase">2. ${BAD}</div><div class="phrase">3. 亲，今天下午就能发货哦</div></div>
</div>
<script>
document.addEventListener('keydown', function (e) {
  if (e.target.closest('input, textarea') || !/^[1-9]$/.test(e.key)) return;
  var it = document.querySelectorAll('.phrase')[+e.key - 1];
  if (it) rec(it.textContent.replace(/^\\d+\\.\\s*/, ''));
});
${E}`,
);

/**
 * rt53g digits53 p8 / p11: a focused panel whose digit key sends its item. #p8's items show a title and the page sends their
 * data-text; #p11's are numbered from 0 and the page sends the N-th (?numbered: the item numbered N).
 */
const panelsPage = redTeamDoc(
  'digit keys: data-* texts, numbered from 0',
  `<div class="SendBox"><textarea id="ta" placeholder="请输入，Enter 发送"></textarea></div>
<div class="side"><h4>快捷短语（单击发送，数字键 1-9 发送）</h4>
 <div class="plist" id="p8" tabindex="0" aria-label="快捷短语"><div class="phrase" data-text="${CLEAN}">1. 问候</div><div class="phrase" data-text="${BAD}">2. 优惠券</div></div></div>
<div class="side"><h4>快捷短语（单击发送，数字键 1-9 发送）</h4>
 <div class="plist" id="p11" tabindex="0" aria-label="快捷短语"><div class="phrase">0. ${CLEAN}</div><div class="phrase">1. ${BAD}</div><div class="phrase">2. 亲，今天下午就能发货哦</div></div></div>
<script>
var numbered = location.search.indexOf('numbered') >= 0;
document.querySelectorAll('.plist').forEach(function (list) {
  list.addEventListener('keydown', function (e) {
    if (!/^[0-9]$/.test(e.key)) return;
    var items = [].slice.call(list.querySelectorAll('.phrase'));
    var it = list.id === 'p11' && numbered ? items.find(function (x) { return x.textContent.indexOf(e.key + '.') === 0; }) : items[+e.key - 1];
    if (it) rec(it.dataset.text || it.textContent.replace(/^\\d+\\.\\s*/, ''));
  });
});
${E}`,
);

const test = workbenchPagesTest({ '/rt53d/doc': docPage, '/rt53d/panels': panelsPage });

/** Waits until the lint engine is in the content script's world (the guard runs right after), without focusing anything. */
async function engineLoaded(pg: Page): Promise<void> {
  const cdp = await pg.context().newCDPSession(pg);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await expect
    .poll(
      async () => {
        for (const id of worlds) {
          const { result } = await cdp.send('Runtime.evaluate', { contextId: id, returnByValue: true, expression: 'typeof globalThis.__replyguardLintEngine' });
          if (result.value === 'object') return true;
        }
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  await cdp.detach();
  await pg.waitForTimeout(300); // the guard starts right after the engine (settings read, linter built)
}

test('rt53g F5: a fresh page, focus on <body>, digit 2 on a breaching 快捷短语 is stopped; digit 1 (clean) goes once', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt53d/doc`);
  await engineLoaded(pg);
  expect(await pg.evaluate(() => document.activeElement?.localName)).toBe('body');
  expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'digit 2 before any focus: nothing sent').toEqual([]);
  await expect(bannerSection(pg), 'digit 2: the send was stopped').toHaveAttribute('data-mode', 'blocked');
  await expect(bannerContent(pg), 'digit 2: the banner names the phrase').toContainText(`已拦截快捷短语「${BAD}」`);
  expect(await pg.evaluate(() => document.activeElement?.localName), 'the focus was not moved').toBe('body');
  expect(await recordedBy(pg, () => pg.keyboard.press('1')), 'digit 1: the clean phrase sent once').toEqual([CLEAN]);
  await expect(pg.locator('#ta')).toHaveValue('');
});

test('rt53g F6: an item titled 「2. 优惠券」 whose page sends its data-text (the breach) is stopped; item 1 (clean data-text) goes once', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt53d/panels`);
  await pg.click('#ta');
  await expectAttached(pg);
  await pg.locator('#p8').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'digit 2: nothing sent').toEqual([]);
  await expect(bannerSection(pg), 'digit 2: the send was stopped').toHaveAttribute('data-mode', 'blocked');
  await expect(bannerContent(pg), 'digit 2: the banner names 2.3').toContainText('2.3');
  await pg.locator('#p8').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('1')), 'digit 1: the clean data-text sent once').toEqual([CLEAN]);
});

// A step per way the page reads the key: the second shown by rewriting the first page in place (showPage).
test('rt53g F6: a panel numbered from 0 (page sends the N-th item, the item numbered N): the key that sends the breach is stopped', async ({ pg, showPage }) => {
  for (const query of ['', '?numbered']) await test.step(`page sends ${query ? 'the item numbered N' : 'the N-th item'}`, async () => {
    await showPage(`/rt53d/panels${query}`);
    await pg.click('#ta');
    await expectAttached(pg);
    // The breach is 「1.」, the 2nd item: key 2 sends it by position, key 1 by number. Either key is stopped (both candidates judged).
    for (const k of query ? ['1', '2'] : ['2', '1']) {
      await pg.locator('#p11').focus();
      expect(await recordedBy(pg, () => pg.keyboard.press(k)), `digit ${k}: nothing sent`).toEqual([]);
    }
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
    // Key 3 on the position page is the 3rd item (clean, no item numbered 3): it goes once.
    if (!query) {
      await pg.locator('#p11').focus();
      expect(await recordedBy(pg, () => pg.keyboard.press('3')), 'digit 3: the clean item sent once').toEqual(['亲，今天下午就能发货哦']);
    }
  });
});
