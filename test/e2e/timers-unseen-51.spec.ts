// Round 50's red team on the reply timers (rt50-timers F1 s39, F2 s36; controls s12, s38; timers51b). The shop a
// page serves is known from the header's shop-name element once it holds still 2 s (content/start.ts).
// F1: a switch in the header's shop switcher (URL unchanged) filed the new shop's buyers under the old shop too for
// those 2 s; answered in the new shop, the old shop's copies kept waiting, alerted and counted late.
// F2: a header placeholder (「加载中…」 4.5 s) was taken for a new shop: every conversation was copied under it and the
// answers never reached the copies. Now nothing is filed while the header names another shop than the one taken
// (the events wait, each with its own time, and go out under the shop the page settles on), and a placeholder is
// never a shop's name (content/watcher/shop.ts).
import { expect, shared as test } from './fixtures';
import { badgeText, guardOff, openAt, replyInComposer, storedMessages, waitingConversations, waitingName, shopsStored } from './timers-support';
import { workbench, type Buyer } from './timers-workbench';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });

const URL = 'https://im.kwaixiaodian.com/workbench';

const waiting = waitingConversations;

interface ShopBuyer extends Buyer {
  /** Messages already in the chat: direction, text, how many seconds ago. */
  msgs?: { dir: 'in' | 'out'; text: string; ago: number }[];
}
declare global {
  interface Window {
    __switchShop(name: string, buyers: ShopBuyer[]): void;
    __phoneReply(i: number, text: string): void;
  }
}

/**
 * The workbench (timers-workbench.ts) with a shop name in its header, and the shop switcher of a single-page app:
 * header, session list and chat replaced at once, the URL unchanged (the real workbench's /workbench).
 */
const shopWorkbench = (shopName: string, buyers: readonly ShopBuyer[]) =>
  workbench(buyers.map(({ msgs: _msgs, ...b }) => b))
    .replace('<div class=new-workbench-container>', `<div class=new-workbench-container><header class="ShopHeader"><span class="shopName">${shopName}</span></header>`)
    .replace(
      /render\(\);\n<\/script>$/,
      `const load = (list) => list.map((b) => ({ ...b, msgs: (b.msgs || []).map((m) => ({ id: 'm' + (++seq), dir: m.dir, text: m.text, ts: Date.now() - m.ago * 1000 })) }));
convs.splice(0, convs.length, ...load(${JSON.stringify(buyers)}));
window.__switchShop = (name, list) => { document.querySelector('.shopName').textContent = name; convs.splice(0, convs.length, ...load(list)); cur = 0; render(); };
window.__phoneReply = (i, text) => { const c = convs[i]; c.msgs.push({ id: 'm' + (++seq), dir: 'out', text, ts: Date.now() }); c.timeout = ''; if (i === cur) render(); else renderCards(); };
render();
</script>`,
    );

test.beforeEach(async ({ context, serviceWorker: sw }) => {
  // Nothing of these pages reaches the network.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ status: 204, body: '' }));
  await guardOff(sw);
});

test('F1: a switch in the header’s shop switcher files the new shop’s buyers under the new shop only, from their first message; answered, nobody waits', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, URL, shopWorkbench('日本直邮馆', [{ name: '小王', id: '6101', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] }]));
  await expect.poll(() => shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  await page.waitForTimeout(1000);

  // The switch: 阿美 asked 60 s ago (open chat, printed time), 小美 40 s ago (card only, the platform counting down).
  const switchedAt = Date.now();
  await page.evaluate(() =>
    window.__switchShop('韩国美妆店', [
      { name: '阿美', id: '6202', msgs: [{ dir: 'in', text: '这个色号还有吗', ago: 60 }] },
      { name: '小美', id: '6201', timeout: '4分20秒后超时', msgs: [{ dir: 'in', text: '面膜是正品吗', ago: 40 }] },
    ]),
  );
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]).sort(), { timeout: 10_000 }).toEqual([
    ['小美', '韩国美妆店'],
    ['阿美', '韩国美妆店'],
  ]);
  await page.waitForTimeout(1500);
  // Each buyer once, in their own shop; nothing of the new shop under the old one.
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆', 'shop:name:韩国美妆店']);
  const oldShop = (await storedMessages(sw)).filter((m) => decodeURIComponent(m.conv).startsWith('shop:name:日本直邮馆|'));
  expect(oldShop.map((m) => m.id).sort()).toEqual(['0_6101_m1', '0_6101_m2']);
  // 阿美's deadline from her printed time (held while the name settled, never re-dated): within the second of 60 s ago + 5:00.
  const amei = (await waiting(sw)).find((w) => waitingName(w) === '阿美')!;
  expect(amei.deadline).toBeGreaterThanOrEqual(Math.floor((switchedAt - 60_000) / 1000) * 1000 + 300_000 - 1000);
  expect(amei.deadline).toBeLessThanOrEqual(switchedAt - 60_000 + 300_000 + 1000);
  expect(await badgeText(sw)).toBe('2');

  await replyInComposer(page, '有的亲');
  await page.waitForTimeout(1000); // the agent reads the sent reply before going on (not within the watcher's 80 ms)
  await page.evaluate(() => window.__switch(1));
  await page.waitForTimeout(1200);
  await replyInComposer(page, '保证正品');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
});

test('F2: the header’s shop name shows 「加载中…」 for 4.5 s: no second shop, no copies; answered, nobody waits', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, URL, shopWorkbench('日本直邮馆', [
    { name: '小王', id: '5901', msgs: [{ dir: 'in', text: '在吗', ago: 30 }] },
    { name: '阿杰', id: '5902', timeout: '4分40秒后超时', msgs: [{ dir: 'in', text: '什么时候发货', ago: 20 }] },
  ]));
  await expect.poll(async () => (await waiting(sw)).map((w) => [waitingName(w), w.shop]).sort(), { timeout: 10_000 }).toEqual([
    ['小王', '日本直邮馆'],
    ['阿杰', '日本直邮馆'],
  ]);
  await page.waitForTimeout(1000);

  await page.evaluate(() => (document.querySelector('.shopName')!.textContent = '加载中…'));
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__buyer(0, '还在吗'));
  await page.waitForTimeout(3000);
  await page.evaluate(() => (document.querySelector('.shopName')!.textContent = '日本直邮馆'));
  await page.waitForTimeout(2500);

  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  expect((await waiting(sw)).map((w) => [waitingName(w), w.unanswered]).sort()).toEqual([
    ['小王', 2],
    ['阿杰', 1],
  ]);
  await replyInComposer(page, '在的亲');
  await page.evaluate(() => window.__phoneReply(1, '明天发'));
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
});

test('control (s38): the header’s shop name gone 4.5 s and back: one shop, answered, nobody waits', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, URL, shopWorkbench('日本直邮馆', [{ name: '小王', id: '5901', msgs: [{ dir: 'in', text: '在吗', ago: 30 }] }]));
  await expect.poll(async () => (await waiting(sw)).map((w) => w.shop), { timeout: 10_000 }).toEqual(['日本直邮馆']);
  await page.evaluate(() => {
    const name = document.querySelector('.shopName')!;
    name.remove();
    setTimeout(() => document.querySelector('.ShopHeader')!.append(name), 4500);
  });
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__buyer(0, '还在吗'));
  await page.waitForTimeout(5000);
  expect(await shopsStored(sw)).toEqual(['shop:name:日本直邮馆']);
  expect((await waiting(sw)).map((w) => w.unanswered)).toEqual([2]);
  await replyInComposer(page, '在的亲');
  await expect.poll(() => waiting(sw), { timeout: 10_000 }).toEqual([]);
  await expect.poll(() => badgeText(sw)).toBe('');
});

test('control (s12): the tab goes to another shop by URL (?shopId=): each shop keeps its own buyer; the answer in the new shop leaves the old one waiting', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(90_000);
  const page = await openAt(context, `${URL}?shopId=111`, shopWorkbench('日本直邮馆', [{ name: '小王', id: '1001', msgs: [{ dir: 'in', text: '杯子什么时候到', ago: 20 }] }]));
  await expect.poll(async () => (await waiting(sw)).map((w) => [w.conv, w.shop]), { timeout: 10_000 }).toEqual([['shop:id%3A111|id:1001', '日本直邮馆']]);
  await page.route(/^https:\/\/im\.kwaixiaodian\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: shopWorkbench('韩国美妆店', [{ name: '小王', id: '1001', msgs: [{ dir: 'in', text: '再来两盒', ago: 5 }] }]) }),
  );
  await page.goto(`${URL}?shopId=222`);
  await expect.poll(async () => (await waiting(sw)).map((w) => w.conv).sort(), { timeout: 10_000 }).toEqual(['shop:id%3A111|id:1001', 'shop:id%3A222|id:1001']);
  await page.waitForTimeout(1000);
  await replyInComposer(page, '好的，已备注');
  await expect.poll(async () => (await waiting(sw)).map((w) => [w.conv, w.shop]), { timeout: 10_000 }).toEqual([['shop:id%3A111|id:1001', '日本直邮馆']]);
  expect(await badgeText(sw)).toBe('1');
});
