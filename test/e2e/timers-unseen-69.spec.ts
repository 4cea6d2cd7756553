// Round 69 (timers69): the timers' remaining wrong answers.
// 1. A reply wrongly marked maybe recalled (round 66's mark: a notice the ledger cannot place) kept its buyer waiting,
//    then late — chip, popup row, toolbar count, alerts — until the agent replied again or 24 h passed. The workbench
//    loaded again draws that reply's row and sends it, but the ledger ignored it as already recorded. Now the same row
//    read after the mark clears it: the buyer stops waiting. A page that draws the notice again and not the reply (it
//    really was the reply's) keeps the buyer waiting.
import { expect, shared as test } from './fixtures';
import { bare, recallNotice, replyFirstSeenAtTop, workbench } from './timers-printed-workbench';
import { guardOff, openAt, waitingConversations, waitingName } from './timers-support';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('a reply marked 回复可能已撤回, drawn again by a reload: the buyer stops waiting (worker, chip, popup); the notice alone keeps them waiting', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(120_000);
  await guardOff(sw);
  const name = '撤回又见';
  const waitingHere = async () => (await waitingConversations(sw)).filter((w) => waitingName(w) === name).map((w) => ({ anchorTs: w.anchorTs, replyMaybeRecalled: w.replyMaybeRecalled }));
  const chipOf = (page: import('@playwright/test').Page) => page.locator('[data-replyguard="countdown"]');
  const { page, asked, question, second } = await replyFirstSeenAtTop(context, sw, URL, name);
  await page.close();
  // The workbench opened again draws a notice where the reply stood, not the reply: the ledger marks it.
  const marked = await openAt(context, URL, workbench({ buyer: name, rows: question + recallNotice + second }));
  await expect.poll(waitingHere, { timeout: 10_000 }).toEqual([{ anchorTs: asked, replyMaybeRecalled: true }]);
  await expect(chipOf(marked)).toHaveCount(1, { timeout: 10_000 });
  await marked.close();
  // Loaded again drawing the notice and not the reply (it was the reply's): still waiting, still labelled.
  const notice = await openAt(context, URL, workbench({ buyer: name, rows: question + recallNotice + second }));
  await expect(chipOf(notice)).toHaveCount(1, { timeout: 10_000 });
  await notice.waitForTimeout(1500);
  expect(await waitingHere()).toEqual([{ anchorTs: asked, replyMaybeRecalled: true }]);
  await notice.close();
  // Loaded again drawing the reply where it stood (the notice was another message's): the reply answers again.
  const reply = bare(true, '客服小美', '', '顺丰的亲');
  const drawn = await openAt(context, URL, workbench({ buyer: name, rows: question + recallNotice + reply + second }));
  // Before: [{ anchorTs: asked, replyMaybeRecalled: true }] for good (then late), the row ignored as already recorded.
  await expect.poll(waitingHere, { timeout: 10_000 }).toEqual([]);
  await expect(chipOf(drawn)).toHaveCount(0, { timeout: 10_000 });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('.waiting-row', { hasText: name })).toHaveCount(0);
  await popup.close();
  await drawn.close();
});
