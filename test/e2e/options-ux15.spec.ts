// Options page after the UX review of round 15, against the built extension: unsaved edits ask before
// the tab closes, saves are confirmed beside their button, the rules table names rules in Chinese
// first, the guard-log CSV speaks Chinese, and a CSV picked for import is named as such.
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { openOptions } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

test.use({ locale: 'zh-CN' });

/**
 * Whether leaving the page now would ask first: the page's beforeunload listener cancels the event.
 * (Read through a dispatched event: whether Chrome then shows its dialog also depends on its own
 * user-activation heuristics, which made a real close flaky under automation.)
 */
// Polled: the page registers its beforeunload listener in an effect after the edit renders, which a loaded
// machine can run a moment after fill() returns.
async function closeAsks(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });
}

test('unsaved edits ask before the tab closes; a save says 已保存 beside its button', async ({ context, extensionId }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  // A typed term not added yet.
  await page.getByTestId('deny-term').fill('私下转账群');
  await expect.poll(() => closeAsks(page)).toBe(true);
  // Added: confirmed beside the button, announced politely; nothing unsaved any more.
  await page.getByTestId('deny-term').press('Enter');
  const denySaved = page.getByTestId('deny-saved');
  await expect(denySaved).toHaveText('✓ 已保存');
  await expect(denySaved).toHaveAttribute('aria-live', 'polite');
  await expect(denySaved).toHaveAttribute('role', 'status');

  // A changed alert ladder, then saved.
  const ladder = page.getByTestId('ladder');
  await ladder.fill('3:00, 4:30');
  await expect.poll(() => closeAsks(page)).toBe(true);
  await ladder.press('Enter');
  await expect(page.getByTestId('ladder-saved')).toHaveText('✓ 已保存');
  // The retention field too.
  await page.getByTestId('retention').fill('30');
  await expect.poll(() => closeAsks(page)).toBe(true);
  await page.getByTestId('retention').press('Enter');
  await expect(page.getByTestId('retention-saved')).toHaveText('✓ 已保存');
  // The confirmation goes after a few seconds.
  await expect(page.getByTestId('retention-saved')).toHaveText('', { timeout: 8000 });

  // Nothing unsaved: the tab closes without asking.
  let asked = false;
  page.on('dialog', (d) => {
    asked = true;
    void d.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
  expect(asked).toBe(false);
});

test('rules table: the Chinese name first and prominent, the id small under it; a change is confirmed', async ({ context, extensionId }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  const row = page.locator('tr[data-rule="contact-wechat"]');
  const sizes = await row.evaluate((tr) => {
    const name = tr.querySelector('.rule-name')!;
    const id = tr.querySelector('.rule-id')!;
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    return { name: name.textContent, id: id.textContent, nameFirst: !!(name.compareDocumentPosition(id) & Node.DOCUMENT_POSITION_FOLLOWING), namePx: px(name), idPx: px(id), nameWeight: getComputedStyle(name).fontWeight };
  });
  expect(sizes).toMatchObject({ name: '引导添加微信', id: 'contact-wechat', nameFirst: true });
  expect(sizes.namePx).toBeGreaterThan(sizes.idPx);
  expect(Number(sizes.nameWeight)).toBeGreaterThanOrEqual(600);
  await page.locator('#sev-contact-wechat').selectOption('warn');
  await expect(page.getByTestId('rules-saved')).toHaveText('✓ 已保存');
});

test('guard-log CSV in Chinese words with rule names; a CSV picked for import is named as such', async ({ context, extensionId }) => {
  const page = await openOptions(await context.newPage(), extensionId);
  const at = Date.parse('2024-05-01T10:00:00+08:00');
  for (const [i, action] of (['block', 'override', 'fix'] as const).entries()) {
    const event = { at: at + i * 1000, site: 'kuaishou', action, clause: '2.3', rule: 'contact-wechat', severity: 'block' };
    expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'lint-event', event: e }), event)).toMatchObject({ ok: true });
  }
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-lint-csv').click()]);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  const rows = csv.replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
  // No conversation is known to these events: no empty 会话 column.
  expect(rows[0]).toEqual(['时间（北京）time (Beijing)', '网站 site', '动作 action', '条款 clause', '规则 rule', '规则名称 rule name', '级别 severity']);
  expect(rows.slice(1).map((r) => r[2])).toEqual(['拦截 block', '仍要发送 override', '修正 fix']);
  expect(rows[1]!.slice(3)).toEqual(['2.3', 'contact-wechat', '引导添加微信', '拦截 block']);

  // That CSV picked for import: said in Chinese, with which file to choose instead; English second.
  const input = page.getByTestId('import-json');
  await input.setInputFiles({ name: 'replyguard-guard-log.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('import-result')).toHaveText(/^这看起来是导出的 CSV 表格.*请选择「导出全部数据 JSON」得到的 \.json 文件。未做任何更改。 \/ This looks like the CSV export/);
  // A foreign JSON: no developer phrase.
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"someone-else"}') });
  await expect(page.getByTestId('import-result')).toHaveText(/^导入被拒绝，未做任何更改：不是回复卫士导出的文件：请选择「导出全部数据 JSON」得到的 \.json 文件/);
  await expect(page.getByTestId('import-result')).not.toContainText('format must be');
});
