// Round 53 (guard53d): rt53g F5 / F6. A 快捷短语 panel whose heading says 「数字键 1-9 发送」 beside a composer that Enter sends (no
// 发送 of its own). F5: on a fresh page, the focus on <body>, no field focused yet, digit 2 sent the breaching phrase unjudged (no
// composer was current until a focus). The page records sends in __sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, recordedBy, redTeamDoc, RED_TEAM_BAD as BAD, RED_TEAM_CLEAN as CLEAN, RT_SCRIPT_END as E, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

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

const test = workbenchPagesTest({ '/rt53d/doc': docPage });

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
