// The options page against the built extension: settings take effect on the demo without a
// reload, validation errors, export → import is lossless, a corrupt import changes nothing, the CSV
// equals `stats`, the team view merges agents' exports, and the English setting.
import fs from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { EDITOR_KINDS, openComposer, typeDraft } from './guard-support';
import { cliStats, openOptions, seedDay, statsOf, type SeededDay } from './popup-support';
import type { SwGlobal } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;

// A Chinese browser: the language setting's default ('auto') shows Chinese.
test.use({ locale: 'zh-CN' });

async function seed(page: Page, days: SeededDay[]): Promise<void> {
  for (const day of days) {
    expect(await page.evaluate((events) => chrome.runtime.sendMessage({ type: 'chat-events', events }), day.events)).toMatchObject({ ok: true });
    for (const event of day.lint) await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'lint-event', event: e }), event);
    for (const event of day.ratings) await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'rating', event: e }), event);
  }
}

interface Dump {
  messages: { conv: string; id: string }[];
  ratings: { conv: string; id: string }[];
  lint: { at: number; rule: string }[];
}

/** The whole ledger through the worker (sorted, export shape). */
function dumpLedger(sw: Worker): Promise<Dump> {
  return sw.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const { messages, ratings, lint } = await g.replyguard.queries.exportLedger((await g.replyguard.ledger()) as never, 0);
    const key = (r: { conv: string; id: string }) => `${r.conv}\u0001${r.id}`;
    return {
      messages: [...messages].sort((a, b) => key(a).localeCompare(key(b))),
      ratings: [...ratings].sort((a, b) => key(a).localeCompare(key(b))),
      lint: [...lint].sort((a, b) => a.at - b.at || a.rule.localeCompare(b.rule)),
    };
  });
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

test('settings take effect on the demo without a reload; bad input gets a Chinese error', async ({ context, extensionId, openDemo, serviceWorker }) => {
  const composer = await openComposer(openDemo, EDITOR_KINDS.find((k) => k.id === 'textarea')!);
  const options = await openOptions(await context.newPage(), extensionId);
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');

  // A regex is refused with a clear message, nothing stored.
  await options.getByTestId('deny-term').fill('微.*信');
  await options.getByTestId('deny-term').press('Enter');
  await expect(options.locator('#deny-error')).toHaveText(/只支持普通词语，不支持正则表达式/);
  // So is a term the check folds to nothing (only punctuation or invisible marks: it could never match), not "saved" (UX-6).
  await options.getByTestId('deny-term').fill('～～\u200b');
  await options.getByTestId('deny-term').press('Enter');
  await expect(options.locator('#deny-error')).toHaveText(/“～～\u200b”只有标点、空格或不可见字符.*永远不会命中/);
  await expect(options.getByTestId('deny-saved')).toHaveText('');
  // A plain term, keyboard only: type, Tab to the clause and severity selects, Enter submits.
  await options.getByTestId('deny-term').fill('私下转账群');
  await options.getByTestId('deny-clause').selectOption('2.3');
  await options.getByTestId('deny-severity').selectOption('block');
  await options.getByTestId('deny-term').press('Enter');
  await expect(options.locator('#deny-error')).toHaveText('');
  await expect(options.getByTestId('deny-list')).toContainText('私下转账群');
  await expect(options.getByTestId('saved')).toHaveText('已保存');

  // The demo page, never reloaded, now flags it.
  await composer.page.bringToFront();
  await typeDraft(composer, '可以进我们的私下转账群');
  await expect(composer.banner).toContainText('私下转账群');
  await expect(composer.banner).toContainText('2.3');

  // Alert ladder: a wrong entry is refused, a good one stored in seconds.
  await options.bringToFront();
  await options.getByTestId('ladder').fill('2:30, 9:99');
  await options.getByTestId('ladder').press('Enter');
  await expect(options.locator('#ladder-error')).toHaveText('“9:99”格式不对，请写成 分:秒，例如 3:00');
  await options.getByTestId('ladder').fill('2:30，4:00');
  await options.getByTestId('ladder').press('Enter');
  // Per-rule severity, sound, frequency.
  await options.locator('#sev-contact-qq').selectOption('off');
  await options.getByTestId('sound').uncheck();
  await options.getByTestId('freq-max').fill('1');
  await options.getByTestId('freq-max').press('Enter');
  await expect(options.locator('#freq-error')).toHaveText('须为 2 到 100 之间的整数');
  await options.getByTestId('freq-max').fill('6');
  await options.getByTestId('freq-max').press('Enter');
  // A site address that is not one is refused before any permission prompt.
  await options.getByTestId('site-origin').fill('im.example.com');
  await options.getByTestId('site-origin').press('Enter');
  await expect(options.locator('#site-error')).toHaveText('网址格式不对，请写成 https://域名，例如 https://im.example.com');
  await expect
    .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, never>))
    .toMatchObject({
      guard: { deny: [{ term: '私下转账群', clause: '2.3', severity: 'block' }], ruleSeverity: { 'contact-qq': 'off' } },
      timers: { alertLadder: [150, 240], sound: false, frequency: { maxMessages: 6, windowMinutes: 10 } },
      sites: [],
    });
});

test('export then import is lossless; a corrupt import changes nothing; CSV = stats', async ({ context, extensionId, serviceWorker }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  const now = Date.now();
  const days = [seedDay('2024-05-20', 9, now), seedDay('2024-05-21', 6, now)];
  await seed(page, days);
  const before = await dumpLedger(serviceWorker);
  expect(before.messages.length).toBe(days.reduce((n, d) => n + d.events.length, 0));

  // CSV: BOM, then exactly the `stats` days; round 48: then, after a blank line, the satisfaction of each month with ratings.
  const csv = await download(page, 'export-csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const [dailyPart, monthlyPart] = csv.slice(1).trim().split('\r\n\r\n');
  expect(monthlyPart).toMatch(/^月份 month/);
  const rows = dailyPart!.split('\r\n').map((r) => r.split(','));
  const cli = statsOf(days, Date.now());
  expect(rows[0]![0]).toBe('日期 date');
  expect(rows.slice(1).map((r) => [r[0], Number(r[1]), Number(r[2]), Number(r[3]), Number(r[4])])).toEqual(
    Object.entries(cli.days).filter(([, f]) => f.eligible > 0).map(([day, f]) => [day, f.eligible, f.onTime, f.late, f.pending]),
  );
  expect(csv).not.toMatch(/买家\d/); // no conversation names or text in the daily table

  const json = await download(page, 'export-json');
  // Empty the ledger (as a fresh profile), then import the file back.
  await serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { clear(store: string): Promise<void> };
    for (const store of ['messages', 'ratings', 'lint', 'days']) await db.clear(store);
  });
  const input = page.getByTestId('import-json');
  await input.setInputFiles({ name: 'ledger.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('import-result')).toHaveText(
    new RegExp(`^导入完成：新增消息 ${before.messages.length} 条、评价 ${before.ratings.length} 条、拦截记录 ${before.lint.length} 条；重复 0 条；无效 0 条。`),
  );
  expect(await dumpLedger(serviceWorker)).toEqual(before);

  // Importing the same file again adds nothing and overwrites nothing.
  await input.setInputFiles({ name: 'ledger.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(page.getByTestId('import-result')).toContainText(`新增消息 0 条、评价 0 条、拦截记录 0 条；重复 ${before.messages.length + before.ratings.length + before.lint.length} 条`);

  // Corrupt and foreign files: refused with a Chinese message, the ledger unchanged.
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(json.slice(0, json.length / 2)) });
  await expect(page.getByTestId('import-result')).toHaveText('文件不是有效的 JSON，未做任何更改。');
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"someone-else","messages":[{"conv":"x"}]}') });
  await expect(page.getByTestId('import-result')).toHaveText(/^导入被拒绝，未做任何更改：不是回复卫士导出的文件/);
  await input.setInputFiles({ name: 'bad-field.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"replyguard-ledger","version":1,"messages":{"a":1}}') });
  await expect(page.getByTestId('import-result')).toHaveText(/^导入被拒绝，未做任何更改：字段 messages 须为数组/);
  expect(await dumpLedger(serviceWorker)).toEqual(before);

  // Purge asks first (in the page since round 60); declining (Esc) deletes nothing.
  await page.getByTestId('purge').click();
  await expect(page.getByTestId('purge-ask')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('purge-ask')).toBeHidden();
  expect(await dumpLedger(serviceWorker)).toEqual(before);
});

test('team view merges agents’ exports into the shop table (= stats); English', async ({ context, extensionId, serviceWorker }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  const now = Date.parse('2024-05-21T23:00:00+08:00');
  const shop = seedDay('2024-05-20', 12, now);
  // Agent A saw every buyer message and answered none; agent B saw the first half and answered them.
  const asExport = (events: SeededDay['events']) => ({
    format: 'replyguard-ledger',
    version: 1,
    exportedAt: now,
    messages: events.map((e) => ({ ...e, source: 'row', seenAt: e.ts })),
    ratings: [],
    lint: [],
  });
  const a = asExport(shop.events.filter((e) => e.dir === 'in'));
  const b = asExport(shop.events.filter((e, i) => i < shop.events.length / 2));
  const files = [a, b, { hello: 'world' }].map((data, i) => ({ name: `agent-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) }));
  await page.getByTestId('team-files').setInputFiles(files);
  await expect(page.getByTestId('team-result')).toContainText('已读取 2 个文件');
  await expect(page.getByTestId('team-result')).toContainText('agent-2.json：不是回复卫士导出的文件');

  const cli = cliStats([...a.messages, ...b.messages].map((m) => JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: m.ts })).join('\n') + '\n', Date.now());
  for (const [day, f] of Object.entries(cli.days)) {
    await expect(page.locator(`[data-testid="team-days"] tr[data-day="${day}"] td`).nth(1)).toHaveText(String(f.eligible));
    await expect(page.locator(`[data-testid="team-days"] tr[data-day="${day}"] td`).nth(2)).toHaveText(String(f.onTime));
    await expect(page.locator(`[data-testid="team-days"] tr[data-day="${day}"] td`).nth(3)).toHaveText(String(f.late));
  }
  const teamCsv = await download(page, 'team-export');
  expect(teamCsv.charCodeAt(0)).toBe(0xfeff);
  expect(teamCsv).toContain('2024-05-20,');
  // Nothing went into this agent's ledger.
  expect((await dumpLedger(serviceWorker)).messages).toEqual([]);

  await page.getByTestId('language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ReplyGuard settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Everything but the rule titles' own data, the language names and user data is English.
  const chinese = await page.evaluate(() => {
    const skip = (el: Element | null) => !!el?.closest('option[value="zh"], [data-testid="team-result"] .error');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/[\u4e00-\u9fff]/.test(n.textContent ?? '') && !skip(n.parentElement)) found.push(n.textContent!.trim());
    return found;
  });
  expect(chinese).toEqual([]);
});

test('alert times after the 5:00 deadline are refused; the team view’s months head 满意率 and say 达标 (UX review 15)', async ({ context, extensionId, serviceWorker }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  const ladderOf = () => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { timers?: { alertLadder?: number[] } } | undefined)?.timers?.alertLadder);
  const before = await ladderOf();
  // None in range: refused, each named (a list with some in range stores those since round 55: options-unseen-55).
  for (const [text, said] of [['6:00, 8:00', '6:00, 8:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存'], ['5:01', '“5:01”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间']] as const) {
    await page.getByTestId('ladder').fill(text);
    await page.getByTestId('ladder').press('Enter');
    await expect(page.locator('#ladder-error')).toHaveText(said);
  }
  expect(await ladderOf()).toEqual(before);
  // 5:00 itself is the deadline: accepted.
  await page.getByTestId('ladder').fill('2:00, 5:00');
  await page.getByTestId('ladder').press('Enter');
  await expect(page.locator('#ladder-error')).toHaveText('');
  await expect.poll(ladderOf).toEqual([120, 300]);

  // A ladder stored earlier with times after 5:00 is flagged as soon as the page opens.
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    const st = (settings ?? {}) as { timers?: Record<string, unknown> };
    await chrome.storage.local.set({ settings: { ...st, timers: { ...(st.timers ?? {}), alertLadder: [360, 480] } } });
  });
  await page.reload();
  await expect(page.getByTestId('ladder')).toHaveValue('6:00, 8:00');
  await expect(page.locator('#ladder-error')).toHaveText('6:00, 8:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存');

  // Team view: two months of ratings, one at 80% (compliant), one below.
  const at = (wall: string) => Date.parse(wall + '+08:00');
  const rating = (i: number, wall: string, r: string) => ({ conv: `c${i}`, id: `page:${i}`, at: at(wall), rating: r, source: 'page', site: 'kuaishou' });
  const ratings = [
    ...['satisfied', 'satisfied', 'satisfied', 'satisfied', 'neutral'].map((r, i) => rating(i, '2024-04-10T10:00:00', r)),
    ...['satisfied', 'disappointed'].map((r, i) => rating(10 + i, '2024-05-10T10:00:00', r)),
  ];
  const file = { format: 'replyguard-ledger', version: 1, exportedAt: at('2024-05-21T12:00:00'), messages: [{ conv: 'c1', id: 'm1', dir: 'in', ts: at('2024-05-10T10:00:00'), tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: at('2024-05-10T10:00:00') }], ratings, lint: [] };
  await page.getByTestId('team-files').setInputFiles([{ name: 'agent.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) }]);
  const months = page.getByTestId('team-months');
  await expect(months.locator('thead th')).toHaveText(['月份', '满意', '一般', '失望', '满意率', '达标']);
  await expect(months.locator('tbody tr').nth(0).locator('td')).toHaveText(['2024-04', '4', '1', '0', '80.0%', '是']);
  await expect(months.locator('tbody tr').nth(1).locator('td')).toHaveText(['2024-05', '1', '0', '1', '50.0%', '否']);
});
