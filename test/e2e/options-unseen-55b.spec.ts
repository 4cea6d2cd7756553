// Round 55 (rt55 F11): after a refused import, the previous import's 「…应用了导入文件中的设置，仍可撤销」 and its undo
// button sat right under 「导入被拒绝，未做任何更改」, read as this file's; a frequency count read 「而文件里是数字」; a file
// whose timers were {} said 「文件中的设置与本机相同」. Now the undo says it is the earlier import's, the count is named
// with its value, and the fields a file lacks are said to be kept.
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
const settingsFile = (settings: Record<string, unknown>) => JSON.stringify({ ...base, settings: { version: 1, ...settings } });
type Stored = { timers?: { alertLadder?: number[]; frequency?: { maxMessages: number } } };

test('a refused file leaves the earlier undo saying it is the earlier one; counts named; a file lacking fields is not 「与本机相同」', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const result = page.getByTestId('settings-result');

  // An import applied: its undo is offered.
  await pickImport(page, 'first.json', settingsFile({ timers: { alertLadder: [120, 240] } }));
  await page.getByTestId('settings-apply').click();
  await expect.poll(async () => (await storedSettings<Stored>(page)).timers?.alertLadder).toEqual([120, 240]);
  await page.reload();
  await expect(result).toContainText('应用了导入文件中的设置，仍可撤销');

  // A refused file: its refusal names the value, and the undo below it says it is the earlier import's.
  for (const [frequency, said] of [
    [{ maxMessages: 2.5 }, '频繁联系提醒（timers.frequency.maxMessages）不是整数（2.5）：应为 2–100 的整数'],
    [{ windowMinutes: 0 }, '频繁联系提醒（timers.frequency.windowMinutes）太小（0）：应为 1–240 的整数'],
  ] as const) {
    await pickImport(page, 'bad.json', settingsFile({ timers: { frequency } }));
    await expect(page.getByTestId('import-result')).toContainText(`导入被拒绝，未做任何更改：文件中的设置（settings）已损坏：${said}`);
    await expect(page.getByTestId('import-result')).not.toContainText('而文件里是数字');
    await expect(result).toContainText('上一次导入（');
    await expect(result).toContainText('的设置仍可撤销；刚才被拒绝的文件没有改动任何设置。');
    await expect(result).not.toContainText('应用了导入文件中的设置');
    await expect(page.getByTestId('settings-undo')).toBeVisible();
  }
  // The undo still undoes the earlier import, by keyboard.
  await page.getByTestId('settings-undo').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedSettings<Stored>(page)).timers?.alertLadder).not.toEqual([120, 240]);

  // A file with timers {} (and nothing else): not 「与本机相同」, its missing fields are kept, by name.
  await pickImport(page, 'empty-timers.json', settingsFile({ timers: {} }));
  await expect(result).toContainText('文件中有的设置与本机相同，未做更改；文件里没有的项保持不变：');
  await expect(result).toContainText('提醒时间、通知、提示音、频繁联系提醒');
  await expect(result).not.toContainText('文件中的设置与本机相同');
});
