// Buyers already waiting when the workbench opens (UX review 15, finding 1). A session card with the
// platform's countdown tells the buyer's time to the second; one marked 「已超时」 only says "3:00 or
// more ago", so the agent must never be shown time left for it: chip, popup and badge say
// 可能已超时 / red until the conversation is opened and its rows give the real time. Such a buyer is
// not counted for the reply rate, and the popup says how many and why.
import { expect, shared as test } from './fixtures';
import { badgeText, chipTexts, inReplyWindow, QUIET, sameBeijingDay, storedMessages, todayFigures, buyerOf } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

const RED = [0xcf, 0x13, 0x22, 255];

// The shared browser for this zone and locale: the worker keeps it beside the plain one (fixtures.ts sharedPool), and
// the Beijing-time timers specs reuse it.
test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

test('已超时 cards at load: 可能已超时 in red on the chip, in the popup and on the badge; not counted; opening one gives its exact time', async ({ openDemo, openPopup, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  // Seconds since each buyer's message: A and B still have the platform's countdown, C–F show 已超时.
  const agos = [10, 100, 200, 290, 320, 600];
  const t0 = Date.now();
  const page = await openDemo('workbench', { ...QUIET, t0, msg: agos.map((a, i) => `买家${String.fromCharCode(65 + i)}:请问发货了吗:${a}`) });
  await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 15_000 });
  await expect.poll(() => badgeText(sw), { timeout: 15_000 }).toBe('6');

  const chips = () =>
    page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.SessionBaseCard')].map((card) => {
          const host = card.querySelector<HTMLElement>('[data-replyguard="countdown"]');
          return [card.querySelector('.SessionBaseCard-topHeadName')?.textContent?.trim() ?? '', { text: host?.shadowRoot?.querySelector('.chip')?.textContent?.trim() ?? '', level: host?.dataset.level ?? '' }];
        }),
      ),
    );
  await expect.poll(async () => Object.keys(await chips()).length).toBe(6);
  await expect.poll(async () => (await chips())['买家F']?.text).toBe('可能已超时');
  // The card countdowns give A and B their times (to the second, read against the page's clock, a moment after
  // t0): whether they count (08:00–24:00) is judged by those, an 08:00 or a midnight may fall in between.
  const cardTs = Object.fromEntries((await storedMessages(sw)).map((m) => [buyerOf(m), m.ts]));
  // The chips were read between readFrom and readTo: the truth is bounded by the times on either side.
  const readFrom = Date.now();
  const atLoad = await chips();
  const readTo = Date.now();
  for (const name of ['买家C', '买家D', '买家E', '买家F']) expect(atLoad[name]).toEqual({ text: '可能已超时', level: 'breach' });
  // The countdown cards keep their exact time: never more than the truth. Between 00:00 and 08:00 Beijing time the
  // message is outside the reply window and the chip says so (「· 不计入」); the test runs at any hour.
  for (const [name, ago] of [['买家A', 10], ['买家B', 100]] as const) {
    const m = /^(\d+):(\d{2})( · 不计入)?$/.exec(atLoad[name]!.text);
    expect(m, `${name}: ${atLoad[name]!.text}`).not.toBeNull();
    expect(m![3] ?? '', `${name}: ${atLoad[name]!.text}`).toBe(inReplyWindow(cardTs[name]!) ? '' : ' · 不计入');
    const shown = Number(m![1]) * 60 + Number(m![2]);
    const truthAt = (now: number) => (t0 - ago * 1000 + 300_000 - now) / 1000;
    expect(shown).toBeLessThanOrEqual(Math.ceil(truthAt(readFrom)) + 1);
    expect(shown).toBeGreaterThan(truthAt(readTo) - 5);
  }
  expect(await sw.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual(RED);

  // Stored: the 已超时 cards carry no invented time and are due already.
  const stored = await storedMessages(sw);
  const unknown = await sw.evaluate(async () => {
    const g = globalThis as unknown as { replyguard: { ledger: () => Promise<{ getAll(s: string): Promise<{ conv: string; buyerName?: string; timeUnknown?: boolean }[]> }> } };
    return (await (await g.replyguard.ledger()).getAll('messages')).filter((m) => m.timeUnknown).map((m) => m.buyerName ?? m.conv).sort();
  });
  expect(unknown).toEqual(['买家C', '买家D', '买家E', '买家F']);
  for (const m of stored.filter((s) => unknown.includes(buyerOf(s)))) expect(m.ts + 300_000).toBeLessThanOrEqual(Date.now());

  // Reply rate: only A and B (exact times) are counted; the popup says why 4 are not.
  // (Today as of one clock for both sides.)
  const now = Date.now();
  const counted = ['买家A', '买家B'].filter((name) => inReplyWindow(cardTs[name]!) && sameBeijingDay(cardTs[name]!, now)).length;
  expect(await todayFigures(sw, now)).toMatchObject({ eligible: counted, late: 0 });

  const popup = await openPopup();
  const rows = popup.locator('.waiting-row');
  await expect(rows).toHaveCount(6);
  for (const name of ['买家C', '买家D', '买家E', '买家F']) {
    const row = popup.locator('.waiting-row', { hasText: name });
    await expect(row.locator('.countdown')).toHaveText('可能已超时');
    await expect(row).toHaveClass(/level-breach/);
  }
  await expect(popup.locator('.waiting-row', { hasText: '买家A' }).locator('.countdown')).toHaveText(/^剩 \d:\d\d$/);
  await expect(popup.getByTestId('waiting-unknown-note')).toHaveText(/^4 位买家的消息时间未知（会话列表只显示「已超时」.*不计入回复率；打开会话即可读到准确时间。$/);
  await popup.close();

  // Opening 买家F: the rows' printed time replaces the card's: late by about 5:00 (10:00 − 5:00).
  await page.bringToFront();
  await page.locator('.SessionBaseCard', { hasText: '买家F' }).click();
  const sentF = t0 - 600_000;
  const lateF = new RegExp(`^超时 [45]:\\d\\d${inReplyWindow(sentF) ? '' : ' · 不计入'}$`);
  await expect.poll(async () => (await chips())['买家F']?.text, { timeout: 15_000 }).toMatch(lateF);
  const header = await page.evaluate(() => [...document.querySelectorAll('.TargetUserHeader [data-replyguard="countdown"]')].map((h) => h.shadowRoot?.querySelector('.chip')?.textContent?.trim()));
  expect(header[0]).toMatch(lateF);
  // Now F's message has a printed time: counted (late) when sent 08:00–24:00, and the other three still are not.
  const nowF = Date.now();
  const countedF = inReplyWindow(sentF) && sameBeijingDay(sentF, nowF) ? 1 : 0;
  await expect.poll(async () => (await todayFigures(sw, nowF)).late).toBe(countedF);
  expect((await chipTexts(page)).filter((t) => t === '可能已超时')).toHaveLength(3);
});
