// Round 57 (ux57): the team view said 「文件不是有效的 JSON」 for an empty file (the data import says 「文件是空的」 since
// round 56), and both the data import and the team view said it for a UTF-16 file with a byte order mark (Notepad's
// "Unicode"). Now UTF-16 with a mark is read by it (so the CLI and the page take the same file), UTF-16 that cannot be
// read is named for what it is with what to do, an empty team file is said to be empty; a refused file changes nothing.
import { gzipSync } from 'node:zlib';
import { shared as test, expect } from './fixtures';
import { optionsWith, storedSettings } from './popup-support';

const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, ratings: [], lint: [] };
type Stored = { timers?: { alertLadder?: number[] } };

/** `text` as UTF-16 of the given order, with its byte order mark. */
function utf16(text: string, order: 'LE' | 'BE', mark = true): Buffer {
  const le = Buffer.from((mark ? '\uFEFF' : '') + text, 'utf16le');
  return order === 'LE' ? le : le.swap16();
}

test('a UTF-16 settings import is read by its mark; unreadable UTF-16 is named; a refused file changes nothing', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const pick = (name: string, buffer: Buffer) => page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer });
  const importResult = page.getByTestId('import-result');
  const file = (ladder: number[]) => JSON.stringify({ ...base, messages: [], settings: { version: 1, timers: { alertLadder: ladder } } }, null, 2);

  // Notepad's "Unicode" (UTF-16LE with FF FE), and UTF-16BE (FE FF): read, offered, applied.
  for (const [order, ladder] of [['LE', [120, 240]], ['BE', [60, 180]]] as const) {
    await pick(`settings-utf16${order}.json`, utf16(file([...ladder]), order));
    // Offered (a settings-only file reports no records), never refused as 「文件不是有效的 JSON」.
    await expect(page.getByTestId('settings-apply').or(importResult), order).toBeVisible();
    await expect(page.getByText('不是有效的 JSON'), order).toHaveCount(0);
    // 「替换」: merge would keep the ladder the first file set.
    await page.getByTestId('settings-mode-replace').getByRole('radio').check();
    await page.getByTestId('settings-apply').click();
    await expect.poll(async () => (await storedSettings<Stored>(page)).timers?.alertLadder, order).toEqual(ladder);
  }
  const before = JSON.stringify(await storedSettings(page));

  // UTF-16 it cannot read: named with what to do, Chinese first; nothing changes.
  for (const [name, bytes, said] of [
    ['no-mark.json', utf16(file([30]), 'LE', false), '文件像是没有字节顺序标记的 UTF-16LE 编码，无法可靠读取：请用记事本等打开后「另存为」UTF-8 编码'],
    ['cut.json', utf16(file([30]), 'BE').subarray(0, 41), '文件以 UTF-16BE 字节顺序标记开头，但内容不是有效的 UTF-16BE（可能不完整或已损坏）'],
  ] as const) {
    await pick(name, bytes);
    await expect(importResult, name).toContainText(`导入被拒绝，未做任何更改：${said}`);
    await expect(importResult, name).not.toContainText('不是有效的 JSON');
    await expect(importResult).toHaveAttribute('role', 'alert');
    expect(JSON.stringify(await storedSettings(page)), name).toBe(before);
  }
});

test('the team view says an empty file is empty and reads a UTF-16 export by its mark', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const ts = Date.parse('2024-05-01T10:00:00+08:00');
  const agent = {
    ...base,
    messages: [
      { site: 'kuaishou', conv: '买家1', id: 'q1', dir: 'in', ts, tsSource: 'page', history: false, seenAt: ts },
      { site: 'kuaishou', conv: '买家1', id: 'a1', dir: 'out', ts: ts + 60_000, tsSource: 'page', history: false, seenAt: ts + 60_000 },
    ],
  };
  await page.getByTestId('team-files').setInputFiles([
    { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) },
    { name: 'blank.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0xfe, 0x0a, 0x00]) },
    { name: 'notepad-unicode.json', mimeType: 'application/json', buffer: utf16(JSON.stringify(agent), 'LE') },
  ]);
  const result = page.getByTestId('team-result');
  await expect(result.locator('p').first()).toHaveText(/^已读取 1 个文件/);
  for (const name of ['empty.json', 'blank.json']) {
    await expect(result.getByRole('alert').filter({ hasText: name })).toHaveText(`${name}：文件是空的（0 字节，或只有空白、字节顺序标记），没有统计：请确认选对了文件，或请这位客服重新「导出全部数据 JSON」 / the file is empty; not counted: check the file, or ask the agent for a new "Export all data (JSON)"`);
  }
  await expect(result).not.toContainText('不是有效的 JSON');
  // The UTF-16 file's one buyer message, answered in a minute, is counted.
  const row = page.locator('[data-testid="team-days"] tr[data-day="2024-05-01"] td');
  await expect(row.nth(1)).toHaveText('1');
  await expect(row.nth(2)).toHaveText('1');
});

test('a gzip or zip picked for the import or the team view is named as compressed; nothing changes', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const before = JSON.stringify(await storedSettings(page));
  const gz = gzipSync(Buffer.from(JSON.stringify({ ...base, messages: [] })));
  await page.getByTestId('import-json').setInputFiles({ name: 'export.json.gz', mimeType: 'application/gzip', buffer: gz });
  await expect(page.getByTestId('import-result')).toContainText('导入被拒绝，未做任何更改：文件是 gzip 压缩文件（.gz），不是 JSON 文本：请先解压，再选择里面的 .json 文件');
  expect(JSON.stringify(await storedSettings(page))).toBe(before);
  await page.getByTestId('team-files').setInputFiles({ name: 'agent.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]) });
  await expect(page.getByTestId('team-result').getByRole('alert')).toContainText('agent.xlsx：文件是 ZIP 压缩包（也可能是 Excel .xlsx 表格），不是 JSON 文本');
});
