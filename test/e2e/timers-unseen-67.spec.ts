// Round 67 (timers67): the timers' remaining wrong answers.
// 1. A recall the ledger cannot place (round 66: the reply is marked, its questions 待定 in the rate) left the timers
//    taking that reply as the answer: the buyer showed no countdown, no toolbar count and no popup row although they may
//    be waiting. Now the buyer waits from their first question (its time is known), and the chip and the popup row say
//    「回复可能已撤回」: whether it was answered is what is not known.
import { expect, shared as test } from './fixtures';
import { bare, printed, recallNotice, replyFirstSeenAtTop, workbench } from './timers-printed-workbench';
import { guardOff, openAt, recordsOf, waitingConversations, waitingName } from './timers-support';
import { setSettings } from './guard-support';

const URL = 'https://im.kwaixiaodian.com/workbench';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

test('a reply recalled where the ledger cannot place it: the buyer shows waiting, labelled 回复可能已撤回, in the chip and the popup', async ({ context, serviceWorker: sw, extensionId }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const name = '撤回待定';
  const waitingHere = async () => (await waitingConversations(sw)).filter((w) => waitingName(w) === name);
  // The agent's reply arrives live at the top of the empty pane (no printed time); the question loads above it, the
  // buyer's next message below it, printed a second before the reply's record.
  const { page, asked, question, second } = await replyFirstSeenAtTop(context, sw, URL, name);
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
  // Round 68: once, after the time and the row's other notes (timers-unseen-68 reads Chrome's own computation).
  await expect(popupRow).toHaveAccessibleDescription(/^剩不到 \d 分钟，2 条未回(，不计入（0–8 点）)?，回复可能已撤回$/);
  await popup.close();
  await again.close();
});

// 2. A watcher replaced on a shop switch started a new, uncalibrated server clock: what it saw it dated on the PC's
//    clock until a row or a send calibrated it again. This PC is 90 s slow (the page prints its rows' times 90 s after
//    the PC's clock): the first shop's watcher learns it from a printed row; after the switch, a buyer whose row prints
//    no time was dated 90 s early (her deadline 90 s early). Now the page keeps one estimate for all its watchers.
// 3. A settings restart (a configured site for this page saved on the options page) did the same, and dropped what
//    the features held: now it hands over as a watcher replacement does.
const AHEAD_MS = 90_000;
const chatOf = (buyer: string, rows = '') => workbench({ buyer, rows });
/** How far after the PC's clock `buyer`'s message, first seen from `seenFrom` on without a printed time, was dated. */
const datedAhead = async (sw: import('@playwright/test').Worker, buyer: string, seenFrom: number) => {
  const [rec] = await recordsOf(sw, buyer);
  return rec ? Number(rec.slice(3)) - seenFrom : null;
};
/** The page shows `buyer`'s chat, empty: the header, the list emptied. */
const showChat = (page: import('@playwright/test').Page, buyer: string) =>
  page.evaluate((name) => {
    document.getElementById('hdr')!.textContent = name;
    document.getElementById('list')!.replaceChildren();
  }, buyer);

test('a shop switch: the new shop’s watcher dates by the server-clock calibration made before it, not the PC’s clock', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const suffix = String(Date.now() % 1e6);
  const first = `时钟甲${suffix}`;
  const second = `时钟乙${suffix}`;
  const aheadRow = bare(false, first, printed(Math.floor((Date.now() + AHEAD_MS) / 1000) * 1000), '在吗');
  const page = await openAt(context, `${URL}?shopId=67${suffix}1`, chatOf(first, aheadRow));
  await expect.poll(() => recordsOf(sw, first), { timeout: 10_000 }).toHaveLength(1);
  // The login switches shop without a reload; the chat shows another buyer.
  await page.evaluate((url) => history.pushState(null, '', url), `/workbench?shopId=67${suffix}2`);
  await showChat(page, second);
  // The shop is read again once a second: her row comes after the new shop's watcher started.
  await page.waitForTimeout(2500);
  const seenFrom = Date.now();
  await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), bare(false, second, '', '有货吗'));
  await expect.poll(() => datedAhead(sw, second, seenFrom), { timeout: 10_000 }).not.toBeNull();
  // Before: about 0 (the PC's clock). About 90 s, less the first read's delay and the printed second's truncation.
  expect(await datedAhead(sw, second, seenFrom)).toBeGreaterThanOrEqual(AHEAD_MS - 30_000);
  expect((await waitingConversations(sw)).find((w) => waitingName(w) === second)?.conv).toContain(`67${suffix}2`);
  await page.close();
});

test('a settings restart (this workbench saved as a configured site): the calibration goes on to the restarted features', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const suffix = String(Date.now() % 1e6);
  const first = `设置甲${suffix}`;
  const second = `设置乙${suffix}`;
  const aheadRow = bare(false, first, printed(Math.floor((Date.now() + AHEAD_MS) / 1000) * 1000), '在吗');
  const page = await openAt(context, URL, chatOf(first, aheadRow));
  await expect.poll(() => recordsOf(sw, first), { timeout: 10_000 }).toHaveLength(1);
  // Another buyer's chat, empty: the restarted features never see the row that calibrated the clock.
  await showChat(page, second);
  try {
    // The agent saves this workbench on the options page with selectors of their own: the chat features restart.
    await setSettings(sw, {
      guard: { enabled: false, deny: [], allow: [], ruleSeverity: {} },
      sites: [{ match: 'https://im.kwaixiaodian.com/*', enabled: true, watch: { currentBuyer: '#hdr', row: '#list > div', mine: '.kwaishop-cs-LayoutDefaultWrapper__isMine', notMe: '.kwaishop-cs-LayoutDefaultWrapper__notMe', stamp: '.kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody', body: '.kwaishop-cs-LayoutDefaultWrapper_msgBody' } }],
    });
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-replyguard-chat')), { timeout: 10_000 }).not.toBe('kuaishou');
    await page.waitForTimeout(1000);
    const seenFrom = Date.now();
    await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), bare(false, second, '', '有货吗'));
    await expect.poll(() => datedAhead(sw, second, seenFrom), { timeout: 10_000 }).not.toBeNull();
    // Before: about 0 (the restarted watcher's clock started over on the PC's).
    expect(await datedAhead(sw, second, seenFrom)).toBeGreaterThanOrEqual(AHEAD_MS - 30_000);
  } finally {
    await guardOff(sw);
    await page.close();
  }
});
