// Round 58 (ux58): a settings file saved by Chinese Windows Notepad / Excel as "ANSI" (GBK) was decoded as UTF-8: its
// deny terms came in as U+FFFD garbage (「加V���」), applied silently; a team export in GBK lost its Chinese the same way;
// UTF-8 behind a UTF-16 mark was refused as 「不是有效的 JSON」. Now GBK is read as GB18030 and said (「已按 GBK 编码读取」),
// UTF-8 behind a wrong mark is read and said, and other bytes that are not UTF-8 are refused, named; nothing as U+FFFD.
import { execFileSync } from 'node:child_process';
import { shared as test, expect } from './fixtures';
import { optionsWith, storedSettings } from './popup-support';

const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, ratings: [], lint: [] };
type Stored = { guard: { deny: { term: string }[]; allow: string[] } };
const gbk = (text: string) => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
const settingsFile = (deny: string[], allow: string[]) =>
  JSON.stringify({ ...base, messages: [], settings: { version: 1, guard: { deny: deny.map((term) => ({ term, clause: '2.3', severity: 'block' })), allow } } }, null, 2);

test('a GBK settings file is read as GBK and said so; its terms are stored as written, never as U+FFFD', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const pick = (name: string, buffer: Buffer) => page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer });
  const note = page.getByTestId('import-encoding');

  await pick('notepad-ansi.json', gbk(settingsFile(['加V领红包', '私下转账'], ['微信支付'])));
  await expect(note).toContainText('已按 GBK 编码读取');
  await expect(note).toHaveText(/^文件不是 UTF-8，是 GBK 编码（中文 Windows 记事本、Excel 保存的“ANSI”文件），已按 GBK 编码读取/);
  await page.getByTestId('settings-mode-replace').getByRole('radio').check();
  await page.getByTestId('settings-apply').click();
  await expect.poll(async () => (await storedSettings<Stored>(page)).guard.deny.map((d) => d.term)).toEqual(['加V领红包', '私下转账']);
  const stored = await storedSettings<Stored>(page);
  expect(stored.guard.allow).toEqual(['微信支付']);
  expect(JSON.stringify(stored)).not.toContain('\uFFFD');

  // UTF-8 behind a UTF-16 mark (a tool that wrote the wrong mark): read as UTF-8 and said, not 「不是有效的 JSON」.
  await pick('wrong-mark.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(settingsFile(['拉群'], []))]));
  await expect(note).toHaveText(/^文件开头是 UTF-16LE 字节顺序标记，内容却是 UTF-8（标记与内容不符，多是导出工具写错了标记），已按 UTF-8 读取/);
  await expect(page.getByText('不是有效的 JSON')).toHaveCount(0);
  await expect(page.getByTestId('settings-apply')).toBeVisible();
  await page.getByTestId('settings-skip').click();

  // Bytes that are neither UTF-8 nor GBK (Shift-JIS): refused, named; nothing changes; the GBK note is gone.
  const before = JSON.stringify(await storedSettings(page));
  await pick('sjis.json', execFileSync('iconv', ['-f', 'UTF-8', '-t', 'SHIFT-JIS'], { input: settingsFile(['ありがとう'], []) }));
  await expect(page.getByTestId('import-result')).toContainText('导入被拒绝，未做任何更改：文件不是 UTF-8 编码：');
  await expect(page.getByTestId('import-result')).toContainText('也不像中文 GBK，按原样读会变成乱码（�），无法导入');
  await expect(note).toHaveCount(0);
  expect(JSON.stringify(await storedSettings(page))).toBe(before);
});

test('the team view reads a GBK export, counts it and says it was read as GBK', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const ts = Date.parse('2024-05-01T10:00:00+08:00');
  const agent = {
    ...base,
    messages: [
      { site: 'kuaishou', conv: '买家一', id: 'q1', dir: 'in', ts, tsSource: 'page', history: false, seenAt: ts },
      { site: 'kuaishou', conv: '买家一', id: 'a1', dir: 'out', ts: ts + 60_000, tsSource: 'page', history: false, seenAt: ts + 60_000 },
    ],
  };
  await page.getByTestId('team-files').setInputFiles({ name: 'xiaowang.json', mimeType: 'application/json', buffer: gbk(JSON.stringify(agent)) });
  await expect(page.getByTestId('team-file-note')).toHaveText(/^xiaowang\.json：文件不是 UTF-8，是 GBK 编码.*已按 GBK 编码读取/);
  const row = page.locator('[data-testid="team-days"] tr[data-day="2024-05-01"] td');
  await expect(row.nth(1)).toHaveText('1');
  await expect(row.nth(2)).toHaveText('1');
});
