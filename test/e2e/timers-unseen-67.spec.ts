// Round 67 (timers67): the timers' remaining wrong answers.
// 1. A recall the ledger cannot place (round 66: the reply is marked, its questions 待定 in the rate) left the timers
//    taking that reply as the answer: the buyer showed no countdown, no toolbar count and no popup row although they may
//    be waiting. Now the buyer waits from their first question (its time is known), and the chip and the popup row say
//    「回复可能已撤回」: whether it was answered is what is not known.
import { expect, shared as test } from './fixtures';
import { bare, printed, recallNotice, settled, workbench } from './timers-printed-workbench';
import { guardOff, openAt, recordsOf, waitingConversations, waitingName } from './timers-support';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('a reply recalled where the ledger cannot place it: the buyer shows waiting, labelled 回复可能已撤回, in the chip and the popup', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const name = '撤回待定';
  const waitingHere = async () => (await waitingConversations(sw)).filter((w) => waitingName(w) === name);
  const asked = Math.floor((Date.now() - 30_000) / 1000) * 1000;
  const question = bare(false, name, printed(asked), '发什么快递');
  // Round 66's case: the agent's reply arrives live at the top of an empty pane (no printed time), the question loads
  // above it, the buyer's next message below it printed a second before the reply's record.
  const page = await openAt(context, URL, workbench({ buyer: name }));
  await settled(page);
  await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), bare(true, '客服小美', '', '顺丰的亲'));
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([expect.stringMatching(/^out \d+$/)]);
  const replied = Number((await recordsOf(sw, name))[0]!.slice(4));
  await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('afterbegin', h), question);
  const next = Math.floor(replied / 1000) * 1000 - 1000;
  const second = bare(false, name, printed(next), '今天能发吗');
  await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), second);
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${asked}`, `in ${next}`, `out ${replied}`].sort());
  // Answered as far as anyone knows: nobody waits.
  expect(await waitingHere()).toEqual([]);
  await page.close();
  // Recalled meanwhile: the workbench, opened again, draws the notice where the reply stood.
  const again = await openAt(context, URL, workbench({ buyer: name, rows: question + recallNotice + second }));
  // Before: [] (the marked reply still answered both questions for the timers).
  await expect
    .poll(async () => (await waitingHere()).map((w) => ({ anchorTs: w.anchorTs, unanswered: w.unanswered, replyMaybeRecalled: w.replyMaybeRecalled })), { timeout: 10_000 })
    .toEqual([{ anchorTs: asked, unanswered: 2, replyMaybeRecalled: true }]);
  // The header chip counts down from the question (about 4:30 left at most), saying what is not known.
  const chip = again.locator('[data-replyguard="countdown"]').first();
  await expect.poll(() => chip.evaluate((h) => h.shadowRoot?.querySelector('.chip')?.textContent ?? ''), { timeout: 10_000 }).toMatch(/^(超时 )?\d:\d{2}( · 不计入)? · 回复可能已撤回$/);
  // Its accessible name says it too (what a screen reader reads), whatever the hour (不计入 outside 08:00–24:00).
  expect(await chip.evaluate((h) => h.shadowRoot?.querySelector('.chip')?.getAttribute('aria-label') ?? '')).toMatch(/，回复可能已撤回$/);
  // The popup's row for the buyer says it, and reads it out.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const popupRow = popup.locator('.waiting-row', { hasText: name });
  await expect(popupRow.getByTestId('waiting-maybe-recalled')).toHaveText(' · 回复可能已撤回');
  await expect(popupRow.locator('.sr-only')).toHaveText(/，回复可能已撤回$/);
  await popup.close();
  await again.close();
});
