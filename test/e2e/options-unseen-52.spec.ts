// Round 52 (ux52, rt51 F6): a settings import whose deny list held an empty, blank or over-long term was offered with
// 「忽略了一个无效的禁用词」, and 「替换」 then emptied the agent's deny list. Such a file is now refused whole, naming the
// entry and why, like a numeric term; allow terms too. A ladder the import sorts and de-duplicates is said in the summary.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

type Stored = { guard: { deny: { term: string }[]; allow: string[] }; timers: { alertLadder: number[] } };
const stored = (page: Page) => storedSettings<Stored>(page);
const MINE = { guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: ['放行词一'], ruleSeverity: {} } };
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
const deny = (term: string) => ({ term, clause: '2.3', severity: 'block' });
const REFUSED = '导入被拒绝，未做任何更改：文件中的设置（settings）已损坏：';

test('empty, blank and over-long terms refuse the settings whole, naming the entry and why; the lists stay', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  for (const [guard, why] of [
    [{ deny: [deny('')] }, '禁用词（guard.deny[0].term）是空的'],
    [{ deny: [deny('长'.repeat(80))] }, '禁用词（guard.deny[0].term）超过 50 个字（有 80 个）'],
    // rt51's mixed file: a good term first, then empty, blank and 80 characters: the first bad one is named.
    [{ deny: [deny('好词'), deny(''), deny('   '), deny('长'.repeat(80))] }, '禁用词（guard.deny[1].term）是空的'],
    [{ deny: [deny('好词'), deny('　 ')] }, '禁用词（guard.deny[1].term）只有空白'],
    [{ allow: ['好', ''] }, '放行词（guard.allow[1]）是空的'],
    [{ allow: ['放'.repeat(60)] }, '放行词（guard.allow[0]）超过 50 个字（有 60 个）'],
  ] as const) {
    await pickImport(page, 'bad.json', JSON.stringify({ ...base, settings: { version: 1, guard } }));
    await expect(page.getByTestId('import-result')).toHaveText(new RegExp(`^${REFUSED}${why.replace(/[[\]().]/g, '\\$&')}`));
    await expect(page.getByTestId('settings-offer')).toHaveCount(0);
    await expect(page.getByText('忽略了一个无效')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
  // A good file after them is offered as before, and 50 characters are fine (the page's own limit).
  await pickImport(page, 'good.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: [deny('好词'), deny('长'.repeat(50))] } } }));
  await expect(page.getByTestId('settings-offer')).toBeVisible();
  await expect(page.getByTestId('import-result')).toHaveCount(0);
});

test('a ladder the import sorts and de-duplicates: the summary says what will be stored', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  await pickImport(page, 'ladder.json', JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder: [300, 180, 180] } } }));
  const offer = page.getByTestId('settings-offer');
  // This machine still has the default ladder: merge takes the file's too, so both summaries say it.
  for (const mode of ['merge', 'replace']) {
    await expect(offer.getByTestId(`settings-changes-${mode}`).locator('li')).toHaveText([
      '提醒时间与通知：1 项改变',
      '文件中的提醒时间 5:00, 3:00, 3:00 将按 3:00, 5:00 保存（按时间排序，去掉重复）',
    ]);
  }
  await offer.getByRole('radio', { name: '替换（与文件一致）' }).check();
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toContainText('已按「替换」应用文件中的设置。');
  expect((await stored(page)).timers.alertLadder).toEqual([180, 300]);
});

test('rt52 F8: a file whose only difference is a ladder time after 5:00 is shown with it left out and why, never as the same settings', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  // (Round 54: only the late time is left out, so the file's other times are this machine's default ladder.)
  await pickImport(page, 'ladder-late.json', JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder: [180, 240, 300, 301] } } }));
  await expect(page.getByText('文件中的设置与本机相同')).toHaveCount(0);
  const offer = page.getByTestId('settings-offer');
  await expect(offer.getByTestId('settings-rejected')).toContainText('5:01');
  await expect(page.getByTestId('settings-apply')).toBeDisabled();
  expect(await stored(page)).toEqual(before);
});
