// Round 50, the guard's blind red team (rt50-guard), fixer a. (6) s02-enter-pressure: a warned draft (2.3 疑似) is held at its first
// Enter, and the "second attempt" that lets it through was any Enter after it: the auto-repeat keydowns of an Enter held ~200 ms, or
// a reflex double tap 60–150 ms apart, sent the draft before the held banner could be read. Now a held key's repeats never count, and
// a second attempt counts only once the warning has been shown HOLD_READ_MS (400 ms); a deliberate later Enter still sends it.
// The page records what it really sent in window.__sent.
import type { Page } from '@playwright/test';
import { HOLD_READ_MS } from '../../content/guard/send-policy';
import { expect } from './fixtures';
import { bannerSection, expectAttached, redTeamDoc, RED_TEAM_CLEAN, RT_SCRIPT_END as E, sentOf, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

/** A warn-level draft with the default settings (2.3 疑似: asking to add a friend), as the red team used. */
const WARN = '亲，可以加个好友吗';

const textareaPage = redTeamDoc(
  'enter pressure',
  `<div class="SendBox" style="margin:300px 40px 0"><textarea id=ta rows=3 cols=60 placeholder="请输入消息，按Enter发送"></textarea><button id=send>发送</button></div>
<script>var ta = document.getElementById('ta'); window.__ups = [];
ta.addEventListener('keyup', function (e) { if (e.key === 'Enter') window.__ups.push(e.timeStamp); });
ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (rec(ta.value)) ta.value = ''; } });
document.getElementById('send').onclick = function () { if (rec(ta.value)) ta.value = ''; };
${E}`,
);

const test = workbenchPagesTest({ '/rt50a/enter': textareaPage });

/** Shows the page (through `show`: by default a load; a test's next variant through its showPage, workbenchPagesTest) and types `draft`. */
async function openWithDraft(pg: Page, draft: string, show: (path: string) => Promise<unknown> = (path) => pg.goto(WORKBENCH_ORIGIN + path)): Promise<void> {
  await show('/rt50a/enter');
  await pg.locator('#ta').click();
  await expectAttached(pg);
  await pg.keyboard.insertText(draft);
}

/** The first Enter holds the warned draft (banner in held mode, nothing sent). */
async function firstEnterHeld(pg: Page, what: string): Promise<void> {
  await pg.keyboard.press('Enter');
  await expect(bannerSection(pg), `${what}: the first Enter is held`).toHaveAttribute('data-mode', 'held');
  expect(await sentOf(pg), `${what}: nothing sent at the first Enter`).toEqual([]);
}

test('finding 6 (s02): an Enter held down (auto-repeat keydowns) is not the second attempt; a later fresh Enter is', async ({ pg }) => {
  await openWithDraft(pg, WARN);
  await pg.keyboard.down('Enter');
  await expect(bannerSection(pg), 'held at the key press').toHaveAttribute('data-mode', 'held');
  // Auto-repeat: Playwright marks a keydown of a key already down as repeat: true, as a held key does.
  for (let i = 0; i < 6; i++) {
    await pg.keyboard.down('Enter');
    await pg.waitForTimeout(100);
  }
  await pg.keyboard.up('Enter');
  expect(await sentOf(pg), 'the auto-repeats of the held Enter did not send the warned draft').toEqual([]);
  await pg.waitForTimeout(500);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'a fresh Enter after the warning was shown sends it').toEqual([WARN]);
});

test('finding 6 (s02): a reflex double tap (60 ms, 150 ms) is not the second attempt; one after the banner was shown is', async ({ pg, showPage }) => {
  for (const gap of [60, 150]) {
    await openWithDraft(pg, WARN, showPage);
    await pg.keyboard.press('Enter');
    await pg.waitForTimeout(gap);
    await pg.keyboard.press('Enter');
    await pg.waitForTimeout(300);
    // On a loaded machine the two presses may reach the page further apart than meant: judged only when they came as a reflex would.
    const ups = await pg.evaluate(() => (window as unknown as { __ups: number[] }).__ups.slice(-2));
    const reflex = ups.length === 2 && ups[1]! - ups[0]! < HOLD_READ_MS - 50;
    if (reflex) expect(await sentOf(pg), `double tap ${gap} ms apart: nothing sent`).toEqual([]);
    else continue;
    await expect(bannerSection(pg), `double tap ${gap} ms: the warning is shown`).toHaveAttribute('data-mode', 'held');
    await pg.waitForTimeout(500);
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), `double tap ${gap} ms: a deliberate Enter after reading sends it`).toEqual([WARN]);
  }
  // The held state of a warning shown long enough still lets the very next Enter through (the contract), and a clean reply goes at once.
  await openWithDraft(pg, WARN, showPage);
  await firstEnterHeld(pg, 'slow second attempt');
  await pg.waitForTimeout(600);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the second Enter after 600 ms sends the warned draft').toEqual([WARN]);
  await openWithDraft(pg, RED_TEAM_CLEAN, showPage);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'a clean reply goes out at the first Enter').toEqual([RED_TEAM_CLEAN]);
});
