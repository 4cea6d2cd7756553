// Round 51 (ux51a): the options page's findings of round 50's blind review (/work/wt/rt50-ux): a damaged settings block
// refused whole (it was read as empty lists and 「替换」 deleted the agent's terms) and the import's undo kept across a reload;
// stale status lines; terms counted as shown, folded like the guard, bidi controls refused and shown; accessible names;
// whole clause labels; Unicode hosts; full-width alert times; the 2,000-term limit in view.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

type Stored = { guard: { deny: { term: string }[]; allow: string[] }; timers: { alertLadder: number[] } };
const stored = (page: Page) => storedSettings<Stored>(page);
const MINE = { guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: ['本店品牌'], ruleSeverity: {} } };
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };

test('a damaged settings block is refused whole, naming the field; nothing changes', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  await pickImport(page, 'bad.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: 'abc', allow: 5 }, timers: { alertLadder: 'x' } } }));
  await expect(page.getByTestId('import-result')).toHaveText(/^导入被拒绝，未做任何更改：文件中的设置（settings）已损坏：禁用词（guard\.deny）应为列表，而文件里是文字/);
  await expect(page.getByTestId('settings-offer')).toHaveCount(0);
  await pickImport(page, 'bad2.json', JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder: 'x' } } }));
  await expect(page.getByTestId('import-result')).toContainText('提醒时间（timers.alertLadder）应为秒数的列表');
  expect(await stored(page)).toEqual(before);
});

test('the undo of applied settings survives a reload, until undone or kept', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  await pickImport(page, 'lead.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: [{ term: '拉群', clause: '2.3', severity: 'block' }], allow: [] } } }));
  await page.getByTestId('settings-offer').getByRole('radio', { name: '替换（与文件一致）' }).check();
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toContainText('已按「替换」应用文件中的设置。');
  expect((await stored(page)).guard.deny.map((d) => d.term)).toEqual(['拉群']);
  await page.reload();
  await expect(page.getByTestId('settings-result')).toContainText(/按「替换」应用了导入文件中的设置，仍可撤销/);
  await page.getByTestId('settings-undo').click();
  await expect(page.getByTestId('settings-result')).toHaveText('已撤销：设置恢复为导入前的样子。');
  const undone = await stored(page);
  expect([undone.guard.deny, undone.guard.allow]).toEqual([before.guard.deny, before.guard.allow]);
  await page.reload();
  await expect(page.getByTestId('settings-undo')).toHaveCount(0);
  // Kept by choice: the copy goes.
  await pickImport(page, 'lead.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: [{ term: '拉群', clause: '2.3', severity: 'block' }] } } }));
  await page.getByTestId('settings-apply').click();
  await page.getByTestId('settings-keep').click();
  await expect(page.getByTestId('settings-result')).toContainText('已保留导入的设置');
  expect(await page.evaluate(async () => (await chrome.storage.local.get('settingsImportUndo')).settingsImportUndo)).toBeNull();
});

test('alert times: a refused value takes the 已保存 away; full-width ３：００ is read', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const ladder = page.getByTestId('ladder');
  await ladder.fill('2:30, 4:00');
  await ladder.press('Enter');
  await expect(page.getByTestId('ladder-saved')).toHaveText('✓ 已保存');
  await ladder.fill('180');
  await ladder.press('Enter');
  await expect(page.locator('#ladder-error')).toContainText('格式不对');
  await expect(page.getByTestId('ladder-saved')).toHaveText('');
  await expect(ladder).toHaveAttribute('aria-invalid', 'true');
  await expect(ladder).toHaveAttribute('aria-describedby', /ladder-error/);
  await ladder.fill('３：００，４：００');
  await ladder.press('Enter');
  await expect(page.getByTestId('ladder-saved')).toHaveText('✓ 已保存');
  await expect(ladder).not.toHaveAttribute('aria-invalid', 'true');
  expect((await stored(page)).timers.alertLadder).toEqual([180, 240]);
});

test('terms: counted as shown, duplicates folded like the guard, bidi controls refused and shown; names, labels and the count', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, { guard: { deny: [{ term: 'ＶＸ号', clause: '2.3', severity: 'block' }], allow: [] } });
  const field = page.getByTestId('deny-term');
  const error = page.locator('#deny-error');
  // 26 𠮷 + 野家: 28 characters (54 UTF-16 units), was refused as over 50.
  await field.fill('𠮷'.repeat(26) + '野家');
  await field.press('Enter');
  await expect(page.getByTestId('deny-list')).toContainText('𠮷野家');
  await expect(page.getByTestId('deny-count')).toHaveText('已有 2 / 2000 个词');
  await field.fill('vx号');
  await field.press('Enter');
  await expect(error).toHaveText('“vx号”与列表中的“ＶＸ号”在检查时是同一个词（不分全角半角、大小写、空格和标点），无需再添加');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('反向词\u202e已在列表中');
  await field.press('Enter');
  await expect(error).toContainText('“反向词⟨U+202E⟩已在列表中”含有改变文字显示方向的不可见控制符');
  await expect(error.locator('bdi').first()).toHaveText('反向词⟨U+202E⟩已在列表中');
  expect((await stored(page)).guard.deny).toHaveLength(2);
  // One name each.
  await expect(page.getByRole('button', { name: '添加禁用词' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '添加放行词' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '添加网站' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '保存提醒时间' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '保存频繁联系提醒' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: '保存保留天数' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: '词语（禁用词）' })).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: '词语（放行词）' })).toHaveCount(1);
  // Whole clause labels, the full title as the tooltip.
  const options = page.getByTestId('deny-clause').locator('option');
  await expect(options).toContainText(['2.1 提供中文咨询服务', '2.3 不得发布第三方信息', '2.4 不得使用侮辱性、不文明用语或诽谤诋毁他人', '2.5 不得骚扰他人', '2.6 客服工具仅用于客户服务', '2.7 不得发送违法违禁内容', '2.8 不得使用明示、暗示商品为假货的表述', '2.9 不得冒充平台或平台工作人员']);
  await expect(options.nth(1)).toHaveAttribute('title', /站外链接、联系方式/);
  // Retention: invalid gets aria-invalid, described by its error.
  await page.getByTestId('retention').fill('1.5');
  await page.getByRole('button', { name: '保存保留天数' }).click();
  await expect(page.getByTestId('retention')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('retention')).toHaveAttribute('aria-describedby', /retention-error/);
});

test('the 2,000 limit is in view; a paste over it adds what fits and says how many were left, in one line', async ({ context, extensionId }) => {
  const deny = Array.from({ length: 1998 }, (_, i) => ({ term: `同事词${i}`, clause: '2.3', severity: 'block' }));
  const page = await optionsWith(context, extensionId, { guard: { deny, allow: [] } });
  await expect(page.getByTestId('deny-count')).toHaveText('已有 1998 / 2000 个词');
  const field = page.getByTestId('deny-term');
  await field.fill(['新词甲', '新词乙', '新词丙', '新词丁', '新词戊'].join('\n'));
  await field.press('Enter');
  await expect(page.getByTestId('deny-batch-full')).toHaveText('列表已满（最多 2000 个词）：其余 3 个未添加，已留在输入框中。');
  await expect(page.getByTestId('deny-batch').locator('li')).toHaveCount(1);
  await expect(field).toHaveValue('新词丙\n新词丁\n新词戊');
  await expect(page.getByTestId('deny-count')).toHaveText('已有 2000 / 2000 个词');
});

test('sites: the permission line shows the Unicode host, and goes when the next try is refused', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  await page.getByTestId('site-origin').fill('https://中文域名.中国');
  await page.getByTestId('site-origin').press('Enter');
  await expect(page.getByTestId('site-pending')).toHaveText('正在请求访问 https://中文域名.中国/* 的权限：请在浏览器弹出的提示中点「允许」。');
  await page.getByTestId('site-origin').fill('im.example.com');
  await page.getByTestId('site-origin').press('Enter');
  await expect(page.locator('#site-error')).toContainText('网址格式不对');
  await expect(page.getByTestId('site-pending')).toHaveCount(0);
  await expect(page.getByTestId('site-origin')).toHaveAttribute('aria-invalid', 'true');
});
