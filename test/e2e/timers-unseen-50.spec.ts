// Round 50's red team on the reply timers (rt50-timers s32-phantom-after-open, timers50a): a buyer already waiting
// when the workbench opened (card 「已超时」 → 可能已超时) was filed twice: under his nickname alone (the card seen
// before the page's shop name held still, content/start.ts) and, once the shop was known, under the shop. Opening his
// chat and answering within 5:00 cleared the shop's record only: the shop-less 「可能已超时」 one stayed in the popup,
// on the badge and in the alerts. Now the shop's record of that buyer takes in the card seen before the shop was
// known (background/ledger/ingest.ts), so the answer clears it.
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { badgeText, guardOff, replyInComposer, storedMessages } from './timers-support';
import { routeWorkbenchPages } from './guard-support';
import { workbench } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const waiting = (sw: Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: { conv: string; buyerName?: string }[] } | null)?.conversations ?? []);

/** The workbench with a shop name in its header; 阿杰 (card 「已超时」) wrote 3:20 before the page loaded. */
const page50 = () =>
  workbench([
    { name: '小王', id: '5501' },
    { name: '阿杰', id: '5502', timeout: '已超时' },
  ])
    .replace('<div class=new-workbench-container>', '<div class=new-workbench-container><header class="ShopHeader"><span class="shopName">日本直邮馆</span></header>')
    .replace(/render\(\);\n<\/script>$/, "convs[1].msgs.push({ id: 'm900', dir: 'in', text: '能便宜点吗', ts: Date.now() - 200000 });\nrender();\n</script>");

test('a buyer waiting at load, seen before the shop was known: answering him in his chat clears every record of him', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  await guardOff(sw);
  const html = page50();
  expect(html).toContain("id: 'm900'");
  await routeWorkbenchPages(context, { '/workbench': html });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  // Seen first without the shop (the name must hold still 2 s), then under it.
  await expect.poll(async () => (await storedMessages(sw)).some((m) => m.conv.startsWith('shop:'))).toBe(true);
  await page.waitForTimeout(1500);
  await expect.poll(() => badgeText(sw)).toBe('1');

  await page.evaluate(() => window.__switch(1));
  await page.waitForTimeout(1500);
  await replyInComposer(page, '亲，已经是最低价了');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');

  await page.evaluate(() => window.__switch(0));
  await page.waitForTimeout(2500);
  expect(await waiting(sw)).toEqual([]);
  expect(await badgeText(sw)).toBe('');
  // No record of 阿杰 left outside the shop's conversation.
  expect((await storedMessages(sw)).filter((m) => !m.conv.startsWith('shop:')).map((m) => m.conv)).toEqual([]);
});
