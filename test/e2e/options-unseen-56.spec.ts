// Round 56 (ux56): a 0-byte, blank or byte-order-mark-only file picked for import said 「文件不是有效的 JSON」, sending the
// agent to look for damage in a file with nothing in it. Now it says the file is empty (Chinese first), nothing changes,
// and the undo of an earlier import stays offered as the earlier one's, as under any refused file.
import { shared as test, expect } from './fixtures';
import { optionsWith, storedSettings } from './popup-support';

const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
type Stored = { timers?: { alertLadder?: number[] } };

test('an empty import file is said to be empty, changes nothing, and leaves the earlier undo as the earlier one', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const pick = (name: string, bytes: Buffer) => page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
  const importResult = page.getByTestId('import-result');
  const settingsResult = page.getByTestId('settings-result');

  // An import applied first: its undo is offered.
  await pick('first.json', Buffer.from(JSON.stringify({ ...base, settings: { version: 1, timers: { alertLadder: [120, 240] } } })));
  await page.getByTestId('settings-apply').click();
  await expect.poll(async () => (await storedSettings<Stored>(page)).timers?.alertLadder).toEqual([120, 240]);
  const before = JSON.stringify(await storedSettings(page));

  for (const [name, bytes] of [
    ['zero.json', Buffer.alloc(0)],
    ['blank.json', Buffer.from(' \r\n\t\n')],
    ['utf8-mark.json', Buffer.from([0xef, 0xbb, 0xbf])],
    ['utf16-mark.json', Buffer.from([0xff, 0xfe, 0x0a, 0x00])],
  ] as const) {
    await pick(name, bytes);
    await expect(importResult, name).toContainText('文件是空的（0 字节，或只有空白、字节顺序标记），未做任何更改');
    await expect(importResult, name).toContainText('/ The file is empty');
    await expect(importResult, name).not.toContainText('不是有效的 JSON');
    await expect(importResult).toHaveAttribute('role', 'alert');
    // Consistent with any refused file: the earlier import's undo, said to be the earlier one's.
    await expect(settingsResult, name).toContainText('上一次导入（');
    await expect(settingsResult, name).toContainText('刚才被拒绝的文件没有改动任何设置');
    await expect(page.getByTestId('settings-undo')).toBeVisible();
    expect(JSON.stringify(await storedSettings(page)), name).toBe(before);
  }

  // A file that is really damaged still says so (the empty wording is for files with nothing in them).
  await pick('cut.json', Buffer.from('{"format":"replyguard-ledger",'));
  await expect(importResult).toContainText('文件不是有效的 JSON，未做任何更改');

  // The undo still works, by keyboard.
  await page.getByTestId('settings-undo').focus();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await storedSettings<Stored>(page)).timers?.alertLadder).not.toEqual([120, 240]);
});
