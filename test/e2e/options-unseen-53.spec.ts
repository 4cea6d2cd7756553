// Round 53 (ux53, rt52 F9): an import whose only deny term was a zero-width space, emoji or punctuation was offered with
// that term "not applied", and 「替换」 then emptied the agent's own deny list (a blank term refused the file). Such a term
// can never match: the file is now refused whole like a blank one, naming the entry; the page's own list stays.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

type Stored = { guard: { deny: { term: string }[]; allow: string[] } };
const stored = (page: Page) => storedSettings<Stored>(page);
const MINE = { guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: ['放行词一'], ruleSeverity: {} } };
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };
const deny = (term: string) => ({ term, clause: '2.3', severity: 'block' });
const REFUSED = '导入被拒绝，未做任何更改：文件中的设置（settings）已损坏：';
const NEVER = '只有标点、表情或不可见字符，没有文字或数字，检查时永远不会命中';

test('a term of only invisible characters, emoji or punctuation refuses the settings whole, naming the entry; the lists stay', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, MINE);
  const before = await stored(page);
  for (const [guard, why] of [
    [{ deny: [deny('\u200b')] }, `禁用词（guard.deny[0].term）${NEVER}`],
    [{ deny: [deny('😀'.repeat(30))] }, `禁用词（guard.deny[0].term）${NEVER}`],
    [{ deny: [deny('好词'), deny('～～')] }, `禁用词（guard.deny[1].term）${NEVER}`],
    [{ allow: ['\u200b\u200d'] }, `放行词（guard.allow[0]）${NEVER}`],
  ] as const) {
    await pickImport(page, 'bad.json', JSON.stringify({ ...base, settings: { version: 1, guard } }));
    await expect(page.getByTestId('import-result')).toHaveText(new RegExp(`^${REFUSED}${why.replace(/[[\]().]/g, '\\$&')}`));
    await expect(page.getByTestId('settings-offer')).toHaveCount(0);
  }
  expect(await stored(page)).toEqual(before);
  // A term with a letter among emoji is a term: offered as before.
  await pickImport(page, 'good.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: [deny('😀v😀')] } } }));
  await expect(page.getByTestId('settings-offer')).toBeVisible();
  await expect(page.getByTestId('import-result')).toHaveCount(0);
});
