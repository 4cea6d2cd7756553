// Round 55 (ux55, rt54 F9): the options page's alert-time field and the import said different things of one list.
// The field refused 「3:00, 5:01, 6:00」 whole and named only 5:01, where an import of [180, 301, 360] applied 3:00 and
// named both; the import's review said only 「提醒时间与通知：1 项改变」 when every time was in range; and a time past an
// hour read 「16666666666:40」. Now both go by one rule, the review always lists the times, far times are in seconds.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

type Stored = { timers: { alertLadder: number[] } };
const ladderOf = async (page: Page) => (await storedSettings<Partial<Stored>>(page)).timers?.alertLadder;
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
const ladderFile = (alertLadder: unknown) => JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder } } });

test('the field stores the times in range and names every other, as the import does; a refusal keeps the typed text; Enter, aria-live, focus stays', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const field = page.getByTestId('ladder');
  const said = page.locator('#ladder-error');
  await expect(said).toHaveAttribute('aria-live', 'assertive');

  // Refused (not times at all): every bad item named, nothing stored, the typed text and the focus stay.
  const before = await ladderOf(page);
  await field.fill('5:01, abc, 3:75');
  await field.press('Enter');
  await expect(said).toHaveText('“abc”、“3:75”格式不对，请写成 分:秒，例如 3:00');
  await expect(field).toHaveValue('5:01, abc, 3:75');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  // None in range: each named, nothing stored, text kept.
  await field.fill('5:01, 6:00');
  await field.press('Enter');
  await expect(said).toHaveText('5:01, 6:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存');
  await expect(field).toHaveValue('5:01, 6:00');
  await expect(field).toBeFocused();
  expect(await ladderOf(page)).toEqual(before);

  // The rt54 list: 3:00 stored, 5:01 and 6:00 named, in the words the import's review uses.
  await field.fill('3:00, 5:01, 6:00');
  await field.press('Enter');
  await expect(said).toHaveText('已保存 3:00；5:01, 6:00 不在 0:10–5:00 之内，没有保存');
  await expect.poll(() => ladderOf(page)).toEqual([180]);
  await expect(field).toHaveValue('3:00');
  await expect(field).toBeFocused();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');

  // The same list as a file: the same times kept and named.
  await pickImport(page, 'same.json', ladderFile([180, 301, 360]));
  const offer = page.getByTestId('settings-offer');
  await expect(offer.getByTestId('settings-changes-replace')).toContainText('文件中的 5:01, 6:00 不在 0:10–5:00 之内，不会应用');
  await page.getByTestId('settings-skip').click();
});

test('the import review lists the times it stores, and says a time past an hour in seconds', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  await pickImport(page, 'ok.json', ladderFile([60, 120, 240]));
  const offer = page.getByTestId('settings-offer');
  for (const mode of ['merge', 'replace']) {
    await expect(offer.getByTestId(`settings-changes-${mode}`).locator('li')).toHaveText(['提醒时间与通知：1 项改变', '提醒时间将设为 1:00, 2:00, 4:00']);
  }
  await page.getByTestId('settings-skip').click();

  await pickImport(page, 'far.json', ladderFile([1e12, 120]));
  await expect(offer.getByTestId('settings-changes-replace').locator('li')).toHaveText([
    '提醒时间与通知：1 项改变',
    '提醒时间将设为 2:00；文件中的 超过 1 小时（1000000000000 秒） 不在 0:10–5:00 之内，不会应用',
  ]);
  await expect(offer.getByTestId('settings-rejected').locator('li')).toHaveText([
    '提醒时间「超过 1 小时（1000000000000 秒）」：“超过 1 小时（1000000000000 秒）”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间',
  ]);
  await expect(offer).not.toContainText('16666666666');
  await page.getByTestId('settings-apply').click();
  await expect.poll(() => ladderOf(page)).toEqual([120]);
});
