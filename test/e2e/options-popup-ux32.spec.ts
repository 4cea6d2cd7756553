// Options page and popup, round 32, against the built extension: every accessible name they add is
// Chinese first (the section navigation was "sections"); the popup's 30-day chart is read once (its
// image was named by the same summary the paragraph under it says).
import type { Page } from '@playwright/test';
import { expect, shared, test } from './fixtures';
import { optionsWith, seedDay, statsOf } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

/** Each aria-label, title and placeholder on the page (and the document's title) whose first word is not Chinese. */
function notChineseFirst(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values = [document.title];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-description], [aria-roledescription]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription']) {
        const v = el.getAttribute(a);
        if (v !== null) values.push(v);
      }
    }
    // Words only (numbers, clause ids, percentages and URLs say the same in both languages).
    const word = /[A-Za-z]{2,}|[\u3400-\u9fff]/;
    return values.filter((v) => {
      const first = v.replace(/https?:\/\/\S+/g, '').match(word)?.[0];
      return first !== undefined && !/[\u3400-\u9fff]/.test(first);
    });
  });
}

shared('options page in Chinese: the section navigation is named 设置分区, and every aria-label, title and placeholder is Chinese first', async ({ context, extensionId }) => {
  const deny = Array.from({ length: 60 }, (_, i) => ({ term: `禁用词${i}`, clause: '2.3', severity: 'block' }));
  const page = await optionsWith(context, extensionId, {
    guard: { enabled: true, deny, allow: ['快手小店'], ruleSeverity: {} },
    sites: [{ match: 'https://im.example.com/*', enabled: true }],
  });
  const nav = page.getByRole('navigation', { name: '设置分区' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(7);
  expect(await notChineseFirst(page)).toEqual([]);

  // In English the same names are English (the page's own language, not a fixed English label).
  await page.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language: 'en' } });
  });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
});

test('the popup’s 30-day chart is read once: one summary with the days with data, those at or over 80%, those under, and the overall rate', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await serviceWorker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { version: 1, ...(settings as object), language: 'zh' } });
  });
  // Two earlier Beijing days of traffic (their figures are final whatever the hour this runs).
  const now = Date.now();
  const beijingDay = (daysAgo: number) => new Date(now + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const days = [seedDay(beijingDay(2), 12, now), seedDay(beijingDay(3), 5, now)];
  for (const day of days) {
    expect(await page.evaluate((events) => chrome.runtime.sendMessage({ type: 'chat-events', events }), day.events)).toMatchObject({ ok: true });
  }
  await page.reload();
  await page.locator('html[data-fresh]').waitFor({ state: 'attached' });
  const chart = page.getByRole('region', { name: '近 30 天回复率' });
  await expect(chart.getByText(/^近 30 天：/)).toBeVisible();
  const tree = await chart.ariaSnapshot();
  console.log(`chart as a screen reader gets it:\n${tree}`);
  // The seeded days (buyers answered in 1:00, 3:20, 5:00, 5:01, 7:00 or never): both under 80%; the rate as `stats` has it.
  const figures = Object.values(statsOf(days, now).days);
  const onTime = figures.reduce((n, d) => n + d.onTime, 0);
  const late = figures.reduce((n, d) => n + d.late, 0);
  const summary = `近 30 天：2 天有数据，0 天达标、2 天未达标（达标线 80%）；合计回复率 ${(Math.round((1000 * onTime) / (onTime + late)) / 10).toFixed(1)}%`;
  expect(tree.split('近 30 天：').length - 1, 'the summary is read exactly once').toBe(1);
  expect(tree).toContain(summary);
  // No image named by the summary, and the bars' hover titles are not read one by one either.
  await expect(chart.getByRole('img')).toHaveCount(0);
  expect(tree).not.toContain('及时');
});
