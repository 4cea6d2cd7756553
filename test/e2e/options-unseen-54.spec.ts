// Round 54 (ux54, rt53 F3): the import's alert-time messages contradicted each other: the whole-file check said
// 「不在 10–3600 秒之内」 where the review said 「请填 0:10 到 5:00 之间的时间」, `[]` read 「应为秒数的列表，而文件里是列表」,
// and one late time left out the whole ladder. Now one range (0:10–5:00) everywhere, an empty list is called empty,
// and the review leaves out only the times outside the range, naming them, and says what will be applied.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

type Stored = { timers: { alertLadder: number[] } };
const stored = (page: Page) => storedSettings<Stored>(page);
const MINE = { guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: ['放行词一'], ruleSeverity: {} } };
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
const ladderFile = (alertLadder: unknown) => JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder } } });
const LATE = (t: string) => `提醒时间「${t}」：“${t}”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间`;

test('a ladder with one time after 5:00 keeps the others, names only that time, and applies what it says', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  await pickImport(page, 'ladder.json', ladderFile([120, 240, 360]));
  const offer = page.getByTestId('settings-offer');
  for (const mode of ['merge', 'replace']) {
    await expect(offer.getByTestId(`settings-changes-${mode}`).locator('li')).toHaveText([
      '提醒时间与通知：1 项改变',
      '提醒时间将设为 2:00, 4:00；文件中的 6:00 不在 0:10–5:00 之内，不会应用',
    ]);
  }
  await expect(offer.getByText('以下 1 项不符合要求，不会应用：')).toBeVisible();
  await expect(offer.getByTestId('settings-rejected').locator('li')).toHaveText([LATE('6:00')]);
  await offer.getByRole('radio', { name: '替换（与文件一致）' }).check();
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toContainText('已按「替换」应用文件中的设置。');
  expect((await stored(page)).timers.alertLadder).toEqual([120, 240]);
});

test('an empty ladder is called empty; times past an hour are named with the same 0:10–5:00 range, never 10–3600', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  await pickImport(page, 'empty.json', ladderFile([]));
  await expect(page.getByTestId('import-result')).toContainText('提醒时间（timers.alertLadder）是空的列表：至少要有一个提醒时间（0:10–5:00，即 10–300 秒）');
  await expect(page.getByTestId('import-result')).not.toContainText('而文件里是列表');
  await expect(page.getByTestId('settings-offer')).toHaveCount(0);

  await pickImport(page, 'hour.json', ladderFile([3600, 3601]));
  const offer = page.getByTestId('settings-offer');
  await expect(offer.getByTestId('settings-rejected').locator('li')).toHaveText([LATE('60:00'), LATE('60:01')]);
  await expect(offer).not.toContainText('3600');
  await expect(offer.getByTestId('settings-changes-replace').locator('li')).toHaveText(['不会改变任何设置']);
  await expect(page.getByTestId('settings-apply')).toBeDisabled();
  expect(await stored(page)).toEqual(before);
});
