// Round 51 (rt50-ux, the popup part): against the built extension.
//   finding 9:  long buyer names that differ only at the end, or by the （n） of two same-named buyers, stay told
//               apart on screen (cut in the middle), with the full name as the title; two buyer ids sharing a
//               nickname are not two rows with one name (finding 16, popup part).
//   finding 15: after 撤销 of a hand-recorded rating, focus is on the button that records it again, not <body>.
//   finding 17: at 200 % zoom (a 190 CSS px popup) nothing scrolls sideways (the 今日拦截记录 table was 75 px wider).
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';

declare const chrome: typeof import('wxt/browser').browser;

const STEM = '超长昵称的海外代购小仙女' + '喵'.repeat(40);
const TWIN = '\u00a0#';

async function zh(sw: Worker): Promise<void> {
  await sw.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...((settings as object) ?? {}), language: 'zh' } });
  });
}

/** Buyers who wrote 30 s ago (through the router, as the watcher sends them): the worker lists them as waiting. */
async function buyersWrite(page: Page, sw: Worker, buyers: { conv: string; name: string }[]): Promise<void> {
  const ts = Date.now() - 30_000;
  const events = buyers.map((b, i) => ({ site: 'kuaishou', conv: b.conv, id: `q${i}`, dir: 'in', ts: ts + i, tsSource: 'page', history: false, buyerName: b.name }));
  expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'chat-events', events: e }), events)).toMatchObject({ ok: true });
  await expect.poll(() => sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: unknown[] } | undefined)?.conversations.length ?? 0)).toBe(buyers.length);
}

/** Guard activity of two clauses today (the 今日拦截记录 table). */
async function someActivity(page: Page): Promise<void> {
  const at = Date.now() - 60_000;
  for (const e of [
    { at, site: 'kuaishou', action: 'block', clause: '2.7', rule: 'likely-illegal-or-defamation', severity: 'block' },
    { at: at + 1, site: 'kuaishou', action: 'override', clause: '2.3', rule: 'contact-wechat', severity: 'block' },
    { at: at + 2, site: 'kuaishou', action: 'fix', clause: '2.3', rule: 'contact-wechat', severity: 'block' },
  ]) expect(await page.evaluate((ev) => chrome.runtime.sendMessage({ type: 'lint-event', event: ev }), e)).toMatchObject({ ok: true });
}

const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/** Accessible names of the popup's controls, from Chromium's accessibility tree. */
async function controlNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && ['button', 'link', 'checkbox', 'textbox', 'combobox', 'DisclosureTriangle'].includes(n.role?.value ?? '')).map((n) => `${n.role!.value} ${n.name?.value ?? ''}`);
}

test('finding 9 / 16: long names cut in the middle keep their distinguishing end, with the full name as title; no two rows share a name', async ({ context, extensionId, serviceWorker: sw }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await zh(sw);
  await buyersWrite(page, sw, [
    { conv: 'id:2001', name: `${STEM}（日本直邮）` },
    { conv: 'id:2002', name: `${STEM}（韩国直邮）` },
    // A second buyer of that nickname on a page naming no buyer ids: shown 「…（日本直邮）（2）」.
    { conv: `${STEM}（日本直邮）${TWIN}2`, name: `${STEM}（日本直邮）` },
    // Two buyer ids, one nickname: labelled alike before round 51.
    { conv: 'id:3001', name: '小王' },
    { conv: 'id:3002', name: '小王' },
  ]);
  await page.reload();
  const rows = page.locator('button.waiting-row');
  await expect(rows).toHaveCount(5);

  const shown = await rows.evaluateAll((els) =>
    els.map((el) => {
      const tail = el.querySelector<HTMLElement>('.tail')!;
      return { title: el.getAttribute('title') ?? '', label: el.getAttribute('aria-label') ?? '', text: el.querySelector('.name')!.textContent ?? '', tail: tail.textContent ?? '', tailFits: tail.scrollWidth <= tail.clientWidth + 1 };
    }),
  );
  const long = shown.filter((r) => r.text.startsWith('超长昵称'));
  expect(long).toHaveLength(3);
  for (const r of shown) {
    // The full name: in the title (a sighted agent's tooltip, Chinese first like every title), the accessible name, and the row's text.
    expect(r.label).toBe(`打开与 ${r.text} 的会话`);
    expect(r.title).toBe(r.label);
    // The end of the name is on screen, whole.
    expect(r.tailFits).toBe(true);
    expect(r.text.endsWith(r.tail)).toBe(true);
  }
  expect(long.map((r) => r.tail).sort()).toEqual(['喵喵喵喵喵喵（日本直邮）', '喵喵喵喵喵喵（韩国直邮）', '（日本直邮）（2）']);
  expect(shown.filter((r) => r.text.startsWith('小王')).map((r) => r.text).sort()).toEqual(['小王（ID 3001）', '小王（ID 3002）']);
  expect(await sideways(page)).toBeLessThanOrEqual(0);

  // No two controls of the popup share an accessible name.
  const names = await controlNames(page);
  expect(names.length).toBeGreaterThan(5);
  expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
});

test('finding 15: after 撤销 by keyboard, focus is on the button that records that rating again', async ({ context, extensionId, serviceWorker: sw }) => {
  const page = await context.newPage();
  await zh(sw);
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const neutral = page.locator('button[data-rating="neutral"]');
  await neutral.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sat-added')).toContainText('已记录：一般');
  await expect(neutral).toBeFocused();
  // 撤销 says what it takes back (two 撤销 would otherwise read alike): its name starts with its visible text.
  const undo = page.getByTestId('sat-undo');
  await expect(undo).toHaveAccessibleName('撤销刚记录的“一般”评价');
  await page.keyboard.press('Tab'); // 失望
  await page.keyboard.press('Tab');
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sat-added')).toHaveText('已撤销这条评价。');
  await expect(neutral).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
  // …and it records it again from there.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('sat-added')).toContainText('已记录：一般');
});

test('finding 17: a 190 CSS px popup (200 % zoom) with guard activity and long names does not scroll sideways', async ({ context, extensionId, serviceWorker: sw }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await zh(sw);
  await someActivity(page);
  await buyersWrite(page, sw, [{ conv: 'shop:name%3A%E6%97%A5%E6%9C%AC%E7%9B%B4%E9%82%AE%E6%97%97%E8%88%B0%E5%BA%97|id:2001', name: `${STEM}（日本直邮）` }, { conv: 'shop:id%3A222|id:2002', name: `${STEM}（韩国直邮）` }]);
  await page.setViewportSize({ width: 190, height: 900 });
  await page.reload();
  await expect(page.getByTestId('activity').locator('tr[data-clause="2.7"]')).toBeVisible();
  await expect(page.locator('button.waiting-row')).toHaveCount(2);
  expect(await sideways(page)).toBeLessThanOrEqual(0);
  // Every table cell within the page's width (nothing pushed off to the right).
  const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll('th, td, button')].map((el) => el.getBoundingClientRect().right)));
  expect(right).toBeLessThanOrEqual(190);
  // The clause's name is still there, clipped with an ellipsis, and as the cell's title.
  const clause = page.locator('th.clause').first();
  expect(await clause.getAttribute('title')).toBeTruthy();
  await expect(clause.locator('.clause-title')).toHaveCSS('text-overflow', 'ellipsis');
});

test('finding 10: team view: a cut-off export is said to be one (and where); two shops are counted apart, each named', async ({ context, extensionId, serviceWorker: sw }) => {
  await zh(sw);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const now = Date.now();
  const day = Date.parse('2024-05-01T10:00:00+08:00');
  // As the red team's files: the shop a page showed is on every record (the first shop's name holds HTML).
  const agent = (tag: string, shop: string, n: number, replyAfter: number) => ({
    format: 'replyguard-ledger', version: 3, exportedAt: now, ratings: [], lint: [],
    messages: Array.from({ length: n }, (_, i) => [
      { conv: `${tag}c${i}`, id: `${tag}b${i}`, dir: 'in', ts: day + i * 60_000, tsSource: 'page', site: 'kuaishou', shop },
      { conv: `${tag}c${i}`, id: `${tag}s${i}`, dir: 'out', ts: day + i * 60_000 + replyAfter, tsSource: 'page', site: 'kuaishou', shop },
    ]).flat(),
  });
  const full = JSON.stringify(agent('c', '日本直邮旗舰店', 5, 1000));
  const cut = full.slice(0, Math.floor(full.length / 2));
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByTestId('team-files').setInputFiles([
    file('a.json', JSON.stringify(agent('a', '<img src=x>日本直邮旗舰店', 20, 60_000))),
    file('b.json', JSON.stringify(agent('b', '韩国美妆专营店', 10, 400_000))),
    file('cut.json', cut),
  ]);
  const result = page.getByTestId('team-result');
  await expect(result.locator('p').first()).toHaveText('已读取 2 个文件');
  await expect(result.getByRole('alert')).toHaveText(new RegExp(`^cut\\.json：这是回复卫士导出的文件，但不完整或已损坏（在第 ${cut.length.toLocaleString('en-US')} 个字符后中断`));
  await expect(result.getByRole('alert')).not.toContainText('不是回复卫士导出的文件');
  await expect(page.getByTestId('team-shops-apart')).toHaveText('这些文件来自 2 个店铺。平台按店铺分别考核回复率，所以下面每个店铺分开统计，不合在一起。');
  const japan = result.getByRole('region', { name: '店铺：<img src=x>日本直邮旗舰店' });
  const korea = result.getByRole('region', { name: '店铺：韩国美妆专营店' });
  await expect(japan.getByRole('heading')).toHaveText('店铺：<img src=x>日本直邮旗舰店');
  await expect(japan).toContainText('来自：a.json');
  await expect(korea).toContainText('来自：b.json');
  await expect(result.locator('img')).toHaveCount(0);
  // Each shop's own day: 20 on time; 10 late (6:40). Never the merged 30.
  const theDay = '2024-05-01'; // the day of every message
  await expect(japan.locator(`tr[data-day="${theDay}"] td`).nth(1)).toHaveText('20');
  await expect(japan.locator(`tr[data-day="${theDay}"] td`).nth(5)).toHaveText('100.0%');
  await expect(korea.locator(`tr[data-day="${theDay}"] td`).nth(1)).toHaveText('10');
  await expect(korea.locator(`tr[data-day="${theDay}"] td`).nth(5)).toHaveText('0.0%');
  await expect(result.locator('td', { hasText: /^30$/ })).toHaveCount(0);
  // The CSV names the shop on every row.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('team-export').click()]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(csv.startsWith('\uFEFF店铺 shop,日期 date,')).toBe(true);
  expect(csv).toContain(`\r\n<img src=x>日本直邮旗舰店,${theDay},20,20,0,0,100.0%,`);
  expect(csv).toContain(`\r\n韩国美妆专营店,${theDay},10,0,10,0,0.0%,`);
});
