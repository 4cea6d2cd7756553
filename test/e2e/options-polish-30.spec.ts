// Options page after the blind UX review of round 30, against the built extension (shared browser):
// the JSON export carries the settings and an import offers them (what would change, in Chinese,
// applied only when confirmed; a damaged settings block refuses the whole file); the rules table says
// when a rule's default can block or warn depending on the text; many terms pasted at once.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

type Stored = Record<string, unknown>;

const stored = (page: Page) => storedSettings<Stored & { guard: { deny: { term: string }[]; allow: string[]; ruleSeverity: Stored } }>(page);

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
  return fs.readFileSync((await file.path())!, 'utf8');
}

const pick = pickImport;

const MINE = {
  guard: {
    enabled: true,
    deny: [{ term: '私下转账群', clause: '2.3', severity: 'block' }, { term: '代拍', clause: '2.3', severity: 'warn', note: '店长定' }],
    allow: ['快手小店'],
    ruleSeverity: { 'contact-qq': 'off', spam: 'info' },
  },
  timers: { alertLadder: [150, 240], notifications: false, sound: true, frequency: { maxMessages: 6, windowMinutes: 10 } },
  retentionDays: 30,
  storeText: true,
};

test('the JSON export carries the settings; an import offers them with what changes and applies only when confirmed', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  // One guard event in the ledger, so the export has a record to merge back.
  const event = { at: Date.parse('2024-01-02T10:00:00+08:00'), site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' };
  await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'lint-event', event: e }), event);
  const full = JSON.parse(await download(page, 'export-json'));
  expect(full.lint).toContainEqual(expect.objectContaining(event));
  expect(full.format).toBe('replyguard-ledger');
  // The guard's on/off is not carried (round 31): a file must never turn a colleague's guard off.
  const { enabled: _on, ...terms } = MINE.guard;
  expect(full.settings.guard).toEqual(terms);
  expect(full.settings.timers).toEqual(MINE.timers);
  expect(full.settings.retentionDays).toBe(30);
  // The keep-text choice stays this machine's.
  expect(full.settings).not.toHaveProperty('storeText');
  // The settings alone, for a shop lead to hand round: no records.
  const alone = JSON.parse(await download(page, 'export-settings'));
  expect(alone).toMatchObject({ format: 'replyguard-ledger', messages: [], ratings: [], lint: [], settings: full.settings });

  // A new machine: default settings. The settings-only file is offered, nothing applied yet.
  const fresh = await optionsWith(context, extensionId);
  const before = await stored(fresh);
  await pick(fresh, 'settings.json', JSON.stringify(alone));
  const offer = fresh.getByTestId('settings-offer');
  await expect(offer).toBeFocused();
  // (merge, the default since round 31: on a machine with the defaults it takes everything the file has)
  await expect(offer.getByTestId('settings-changes-merge').locator('li')).toHaveText([
    '禁用词 2 个（新增 2、删除 0、修改 0）',
    '放行词 1 个（新增 1、删除 0）',
    '规则级别：2 条改变（应用后共 2 条自定义级别）',
    '提醒时间与通知：3 项改变',
    '提醒时间将设为 2:30, 4:00',
    '语言或数据保存天数：1 项改变',
  ]);
  // No records in that file: no ledger summary.
  await expect(fresh.getByTestId('import-result')).toHaveCount(0);
  expect(await stored(fresh)).toEqual(before);

  // Declined (keyboard): nothing changes.
  await offer.getByTestId('settings-skip').focus();
  await fresh.keyboard.press('Enter');
  await expect(fresh.getByTestId('settings-result')).toHaveText('未应用文件中的设置，本机设置没有改变。');
  await expect(offer).toHaveCount(0);
  expect(await stored(fresh)).toEqual(before);

  // The full export, again: its ledger merges as before, its settings are offered; applied.
  await pick(fresh, 'ledger.json', JSON.stringify(full));
  // (every record of the file is already here; the shared browser's ledger may hold other tests' records too)
  const records = full.messages.length + full.ratings.length + full.lint.length;
  await expect(fresh.getByTestId('import-result')).toHaveText(new RegExp(`^导入完成：新增消息 0 条、评价 0 条、拦截记录 0 条；重复 ${records} 条`));
  await fresh.getByTestId('settings-apply').click();
  await expect(fresh.getByTestId('settings-result')).toHaveText(/^已按「合并」应用文件中的设置。/);
  const after = await stored(fresh);
  expect(after.guard).toEqual(MINE.guard);
  expect(after.timers).toEqual(MINE.timers);
  expect(after.retentionDays).toBe(30);
  expect(after.storeText).toBe(false);
  await expect(fresh.getByTestId('deny-list')).toContainText('私下转账群');
  await expect(fresh.locator('#sev-contact-qq')).toHaveValue('off');

  // The same file once more: nothing would change, so nothing is offered.
  await pick(fresh, 'settings.json', JSON.stringify(alone));
  await expect(fresh.getByTestId('settings-result')).toHaveText('文件中的设置与本机相同，未做更改。');
  await expect(fresh.getByTestId('settings-offer')).toHaveCount(0);
});

test('a hand-edited settings file: what the page would refuse is listed with why; damaged settings refuse the whole file; an old export still merges', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  const base = { format: 'replyguard-ledger', version: 1, exportedAt: 0, messages: [], ratings: [], lint: [] };
  const edited = {
    ...base,
    settings: {
      version: 1,
      // (A term that can never match, 「～～」, refuses the whole file since round 53: options-unseen-53.)
      guard: { deny: [{ term: '快手小店', clause: '2.3', severity: 'block' }, { term: '拉群', clause: '2.3', severity: 'block' }], ruleSeverity: { 'no-such-rule': 'off' } },
    },
  };
  await pick(page, 'lead.json', JSON.stringify(edited));
  const offer = page.getByTestId('settings-offer');
  // Replace chosen: the file's rule levels (none this version knows) replace this machine's, said before it is applied.
  await offer.getByRole('radio', { name: '替换（与文件一致）' }).check();
  await expect(offer.getByTestId('settings-changes-replace').locator('li')).toHaveText(['禁用词 1 个（新增 1、删除 2、修改 0）', '规则级别：2 条改变（应用后共 0 条自定义级别）']);
  await expect(offer.getByTestId('settings-rejected').locator('li')).toHaveText([
    /^禁用词「快手小店」：“快手小店”已在放行词中/,
    '规则级别「no-such-rule」：没有“no-such-rule”这条规则（文件可能来自其他版本）',
  ]);
  // A term added while the offer is open: the summary follows (applying would remove it too).
  await page.getByTestId('deny-term').fill('临时词');
  await page.getByTestId('deny-term').press('Enter');
  await expect(offer.getByTestId('settings-changes-replace').locator('li').first()).toHaveText('禁用词 1 个（新增 1、删除 3、修改 0）');
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toHaveText(/^已按「替换」应用文件中的设置。/);
  const applied = await stored(page);
  // Only what the file has changed: the terms and levels; the allowed terms and timers stay.
  expect(applied.guard).toEqual({ ...before.guard, deny: [{ term: '拉群', clause: '2.3', severity: 'block' }], ruleSeverity: {} });
  expect(applied.timers).toEqual(before.timers);

  // Damaged settings: the whole file is refused, its records not merged, nothing changes.
  const records = { ...base, lint: [{ at: Date.parse('2024-01-02T10:00:00+08:00'), site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' }] };
  for (const [settings, error] of [
    [['拉群'], /^导入被拒绝，未做任何更改：文件中的设置（settings）已损坏/],
    [{ version: 7 }, /^导入被拒绝，未做任何更改：文件中设置的版本 7 无法识别/],
  ] as const) {
    await pick(page, 'bad.json', JSON.stringify({ ...records, settings }));
    await expect(page.getByTestId('import-result')).toHaveText(error);
    await expect(page.getByTestId('settings-offer')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(applied);
  // An export from before settings were in it: merged as always, nothing offered.
  await pick(page, 'old.json', JSON.stringify(records));
  await expect(page.getByTestId('import-result')).toHaveText(/^导入完成：新增消息 0 条、评价 0 条、拦截记录 1 条/);
  await expect(page.getByTestId('settings-offer')).toHaveCount(0);
  await expect(page.getByTestId('settings-result')).toHaveCount(0);
  expect(await stored(page)).toEqual(applied);
});

test('rules table: a default that can block or warn depending on the text says so', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const defaultOf = (rule: string) => page.locator(`#sev-${rule} option[value="default"]`);
  await expect(defaultOf('contact-pointer')).toHaveText('默认（拦截、提醒或提示，视内容而定）');
  await expect(defaultOf('insult')).toHaveText('默认（拦截或提醒，视内容而定）');
  await expect(defaultOf('contact-qq')).toHaveText('默认（拦截或提示，视内容而定）');
  await expect(defaultOf('spam')).toHaveText('默认（提醒）');
  await expect(defaultOf('recruiting')).toHaveText('默认（拦截）');
  await expect(page.getByText('改成固定级别后，它发现的违规都按该级别处理')).toBeVisible();
  // English too.
  await page.getByTestId('language').selectOption('en');
  await expect(defaultOf('contact-pointer')).toHaveText('Default (Block, Warn or Info, depending on the text)');
  await expect(defaultOf('insult')).toHaveText('Default (Block or Warn, depending on the text)');
});

test('many terms pasted at once: the valid ones added, each refused one listed with why and kept in the field (keyboard)', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, { guard: { deny: [{ term: '私下转账群', clause: '2.3', severity: 'block' }], allow: ['快手小店'] } });
  const field = page.getByTestId('deny-term');
  await field.focus();
  // Shift+Enter starts a new line, it does not add.
  await page.keyboard.type('加我vx');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('～～');
  await expect(field).toHaveValue('加我vx\n～～');
  expect((await stored(page)).guard.deny).toHaveLength(1);
  // A pasted list (lines and 、，, ;), with a repeat, a listed term, an allowed one and one too long.
  await field.fill('');
  await field.fill(`加我vx\n～～、刷单，私下转账群;快手小店\n刷单\n${'长'.repeat(51)}；拉群`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deny-batch').locator('p')).toHaveText('已添加 3 个；以下 5 个未添加，已留在输入框中，改好后可再添加：');
  await expect(page.getByTestId('deny-batch').locator('li')).toHaveText([
    /^「～～」：“～～”只有标点、空格或不可见字符/,
    '「私下转账群」：“私下转账群”已在列表中',
    /^「快手小店」：“快手小店”已在放行词中/,
    '「刷单」：“刷单”已在列表中',
    `「${'长'.repeat(51)}」：词语不能超过 50 个字`,
  ]);
  await expect(field).toHaveValue(['～～', '私下转账群', '快手小店', '刷单', '长'.repeat(51)].join('\n'));
  await expect(field).toBeFocused();
  expect((await stored(page)).guard.deny.map((d) => d.term)).toEqual(['私下转账群', '加我vx', '刷单', '拉群']);
  await expect(page.getByTestId('deny-saved')).toHaveText('✓ 已保存');

  // Allowed terms too; all valid: the field empties.
  const allow = page.getByTestId('allow-term');
  await allow.fill('本店旗舰店、官方直播间\n拉群');
  await allow.press('Enter');
  await expect(page.getByTestId('allow-batch').locator('p')).toHaveText('已添加 2 个；以下 1 个未添加，已留在输入框中，改好后可再添加：');
  await expect(page.getByTestId('allow-batch').locator('li')).toHaveText([/^「拉群」：“拉群”已在禁用词中/]);
  await expect(allow).toHaveValue('拉群');
  await allow.fill('本店二店，本店三店');
  await allow.press('Enter');
  await expect(page.getByTestId('allow-batch').locator('p')).toHaveText('已添加 2 个。');
  await expect(allow).toHaveValue('');
  expect((await stored(page)).guard.allow).toEqual(['快手小店', '本店旗舰店', '官方直播间', '本店二店', '本店三店']);
});

test('a site brought by a settings import is listed without access, and asks for it from its own row', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const file = { format: 'replyguard-ledger', version: 1, exportedAt: 0, messages: [], ratings: [], lint: [], settings: { version: 1, sites: [{ match: 'https://im.example.com/*', enabled: true }] } };
  await pick(page, 'lead.json', JSON.stringify(file));
  await expect(page.getByTestId('settings-changes-merge').locator('li')).toHaveText(['其他网站 1 个（新增 1、删除 0、修改 0）；新增的网站要在「其他网站」中授权后才生效']);
  await page.getByTestId('settings-apply').click();
  const row = page.getByTestId('site-list').locator('li');
  await expect(row).toContainText('https://im.example.com/*');
  await expect(row).toContainText('未授权');
  // Before, the only way to access was removing the site and adding it again. Chrome's prompt cannot be
  // answered here: the request is made and said.
  const grant = row.getByRole('button', { name: '授权访问 https://im.example.com/*' });
  await grant.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('site-pending')).toHaveText('正在请求访问 https://im.example.com/* 的权限：请在浏览器弹出的提示中点「允许」。');
});

test('popup: a rating recorded by hand can be taken back (a mis-click no longer counts for the month)', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.evaluate(() => chrome.storage.local.set({ settings: { version: 1, language: 'zh' } }));
  await popup.reload();
  const section = popup.getByTestId('satisfaction');
  await expect(section.getByRole('heading', { name: /满意度/ })).toBeVisible();
  const manualRatings = () => popup.evaluate(async () => {
    const open = indexedDB.open('replyguard-ledger');
    const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all = await new Promise<{ id: string }[]>((resolve) => {
      const req = db.transaction('ratings').objectStore('ratings').getAll();
      req.onsuccess = () => resolve(req.result as { id: string }[]);
    });
    db.close();
    return all.filter((r) => r.id.startsWith('manual:')).length;
  });
  const before = await manualRatings();
  await section.getByRole('button', { name: '记录一条“失望”评价' }).click();
  await expect(popup.getByTestId('sat-added')).toContainText('已记录：失望');
  expect(await manualRatings()).toBe(before + 1);
  // Keyboard: the undo is the next stop after the rating buttons' status.
  await popup.getByTestId('sat-undo').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('sat-added')).toHaveText('已撤销这条评价。');
  expect(await manualRatings()).toBe(before);
});

test('a removed term can be put back (a mis-click on 删除 no longer loses a term and its note); keyboard', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, { guard: { deny: [{ term: '代拍', clause: '2.3', severity: 'warn', note: '店长定' }, { term: '拉群', clause: '2.3', severity: 'block' }], allow: ['快手小店', '本店旗舰店'] } });
  await page.getByRole('button', { name: '删除“代拍”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deny-removed')).toContainText('已删除“代拍”。');
  expect((await stored(page)).guard.deny.map((d) => d.term)).toEqual(['拉群']);
  // Focus is on the undo, not lost with the removed row.
  await expect(page.getByTestId('deny-removed').getByRole('button', { name: '撤销' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deny-removed')).toHaveText('');
  await expect(page.getByTestId('deny-term')).toBeFocused();
  expect((await stored(page)).guard.deny).toEqual([{ term: '代拍', clause: '2.3', severity: 'warn', note: '店长定' }, { term: '拉群', clause: '2.3', severity: 'block' }]);
  // An allowed term too.
  await page.getByRole('button', { name: '删除“快手小店”' }).click();
  await expect(page.getByTestId('allow-removed')).toContainText('已删除“快手小店”。');
  await page.getByTestId('allow-removed').getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await stored(page)).guard.allow).toEqual(['快手小店', '本店旗舰店']);
});

test('team view: a settings-only export picked with the agents’ files is named as such, not counted as an agent', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const alone = await download(page, 'export-settings');
  const base = { format: 'replyguard-ledger', version: 1, exportedAt: 0, ratings: [], lint: [] };
  const agent = { ...base, messages: [{ site: 'kuaishou', conv: '买家1', id: 'q1', dir: 'in', ts: Date.parse('2024-05-01T10:00:00+08:00'), tsSource: 'page', history: false, seenAt: 0 }] };
  await page.getByTestId('team-files').setInputFiles([
    { name: 'replyguard-settings-2024-05-01.json', mimeType: 'application/json', buffer: Buffer.from(alone) },
    { name: 'agent.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(agent)) },
  ]);
  const result = page.getByTestId('team-result');
  await expect(result.locator('p').first()).toHaveText(/^已读取 1 个文件/);
  await expect(result.getByRole('alert')).toHaveText(/replyguard-settings-2024-05-01\.json.*这是只含设置的文件（「导出设置 JSON」），没有可合并的记录/);
});
