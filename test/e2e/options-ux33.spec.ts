// Options page, round 33: the rule table is 39 selects, 39 Tab stops, and a keyboard user going to the
// sections below it had to walk through all of them. Now a skip link comes first in the section (one Tab
// and Enter past the table), the rules are grouped by clause under a header row each, and a link after the
// table goes back to its top.
import { shared as test, expect } from './fixtures';
import { optionsWith, storedSettings } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

test('the rule table by keyboard: skip it in one step, the rules grouped by clause, back to its top from the end', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  const selects = page.locator('[data-testid="rules"] select');
  const count = await selects.count();
  expect(count).toBeGreaterThan(30);

  // From the section link: the first Tab is the skip link, which says how many rules it skips.
  await page.getByRole('navigation', { name: '设置分区' }).getByRole('link', { name: '规则级别' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('rules-skip');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText(`跳过规则表（${count} 条规则）↓`);
  // Enter on it, then Tab: in the next section (回复提醒), not in the table.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('ladder')).toBeFocused();

  // Without it, the next Tab is the first rule (the table is still one Tab away).
  await skip.focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#sev-no-chinese')).toBeFocused();

  // Grouped by clause: one header row per clause naming it and how many rules it holds (2.1: no-chinese and, since round 45,
  // chinese-service-refused); every rule in its clause's group.
  const groups = page.locator('[data-testid="rules"] tbody[data-clause]');
  const clauses = await groups.evaluateAll((bodies) => bodies.map((b) => (b as HTMLElement).dataset.clause));
  expect(clauses).toEqual([...new Set(clauses)]);
  expect(clauses.slice(0, 3)).toEqual(['2.1', '2.3', '2.4']);
  await expect(groups.filter({ has: page.locator('tr[data-rule="contact-wechat"]') })).toHaveAttribute('data-clause', '2.3');
  await expect(page.locator('tbody[data-clause="2.1"] th[scope="rowgroup"]')).toHaveText('2.1 提供中文咨询服务（2 条）');
  const misplaced = await groups.evaluateAll((bodies) =>
    bodies.flatMap((b) => [...b.querySelectorAll('tr[data-rule]')].filter((r) => r.querySelector('td')!.textContent !== (b as HTMLElement).dataset.clause).map((r) => (r as HTMLElement).dataset.rule)),
  );
  expect(misplaced).toEqual([]);
  expect(await page.locator('tbody[data-clause] tr[data-rule]').count()).toBe(count);

  // From the last rule: Tab reaches the way back, Enter and Tab are at the top of the table again.
  await selects.last().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('rules-top')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();

  // The selects still set the level (keyboard: ArrowDown on a closed select).
  await page.locator('#sev-no-chinese').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await storedSettings<{ guard: { ruleSeverity: Record<string, string> } }>(page)).guard.ruleSeverity['no-chinese']).toBe('block');
});

test('in English too', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId);
  await page.evaluate(() => chrome.storage.local.set({ settings: { version: 1, language: 'en' } }));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'ReplyGuard settings' }).waitFor();
  const count = await page.locator('[data-testid="rules"] select').count();
  await expect(page.getByTestId('rules-skip')).toHaveText(`Skip the rule table (${count} rules) ↓`);
  await expect(page.getByTestId('rules-top')).toHaveText('↑ Back to the top of the rules');
  await expect(page.locator('tbody[data-clause="2.1"] th[scope="rowgroup"]')).toHaveText('2.1 Serve buyers in Chinese (2)');
});
