// Options page and popup, round 32, against the built extension: every accessible name they add is
// Chinese first (the section navigation was "sections"); the popup's 30-day chart is read once (its
// image was named by the same summary the paragraph under it says); a pending settings offer over
// 2,000 + 2,000 terms no longer holds the page on every settings change (figures printed).
import type { Page } from '@playwright/test';
import { expect, shared } from './fixtures';
import { optionsWith, pickImport, seedDay, statsOf, storedSettings } from './popup-support';

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

shared('the popup’s 30-day chart is read once: one summary with the days with data, those at or over 80%, those under, and the overall rate', async ({ context, extensionId, serviceWorker }) => {
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

type Stored = { guard: { deny: { term: string }[]; allow: string[]; ruleSeverity: Record<string, string> } };

/** How many times the options page has worked out a settings offer (both summaries) so far. */
const offersWorkedOut = (page: Page) => page.evaluate(() => performance.getEntriesByName('rg:settings-offer').length);

/** From a change in the page (`act`, run in the page) to the frame after it: what the agent waits for. */
const paintedAfter = (page: Page, act: string) =>
  page.evaluate(async (code) => {
    const t0 = performance.now();
    // eslint-disable-next-line no-new-func
    new Function(code)();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    return performance.now() - t0;
  }, act);

shared('a pending settings offer over 2,000 + 2,000 terms: a rule changed or a filter typed meanwhile paints at once, and the offer still says what applying would do', async ({ context, extensionId }) => {
  shared.setTimeout(240_000);
  const deny = Array.from({ length: 2000 }, (_, i) => ({ term: `禁用词${i}`, clause: '2.3', severity: 'block' }));
  const allow = Array.from({ length: 2000 }, (_, i) => `放行词${i}`);
  const page = await optionsWith(context, extensionId, { guard: { enabled: true, deny, allow, ruleSeverity: {} } });
  // A lead's file: half the terms the agent has, half new (the lists are full at 2,000: merge adds none of them).
  const file = {
    format: 'replyguard-ledger', version: 1, exportedAt: 0, messages: [], ratings: [], lint: [],
    settings: {
      version: 1,
      guard: {
        deny: Array.from({ length: 2000 }, (_, i) => ({ term: i < 1000 ? `禁用词${i}` : `新禁用词${i}`, clause: '2.3', severity: 'block' })),
        allow: Array.from({ length: 2000 }, (_, i) => (i < 1000 ? `放行词${i}` : `新放行词${i}`)),
        ruleSeverity: { 'contact-qq': 'warn' },
      },
    },
  };
  // The same change with no offer open, for comparison.
  const ruleAloneMs = await paintedAfter(page, `const s = document.getElementById('sev-insult'); s.value = 'info'; s.dispatchEvent(new Event('change', { bubbles: true }));`);
  console.log(`a rule changed, no offer open → painted ${ruleAloneMs.toFixed(0)} ms`);
  await expect.poll(async () => (await storedSettings<Stored>(page)).guard.ruleSeverity.insult).toBe('info');
  const t0 = Date.now();
  await pickImport(page, 'lead.json', JSON.stringify(file));
  const offer = page.getByTestId('settings-offer');
  await expect(offer).toBeFocused({ timeout: 120_000 });
  const offerMs = Date.now() - t0;
  console.log(`offer shown ${offerMs} ms after the pick`);
  // Worked out once for the pick (the import's check is what the offer shows).
  expect(await offersWorkedOut(page)).toBe(1);
  await expect(offer.getByTestId('settings-changes-replace').locator('li').first()).toHaveText('禁用词 2000 个（新增 1000、删除 1000、修改 0）');

  // A rule's level changed while the offer waits: the page paints, the summaries follow.
  const ruleMs = await paintedAfter(page, `const s = document.getElementById('sev-insult'); s.value = 'warn'; s.dispatchEvent(new Event('change', { bubbles: true }));`);
  console.log(`a rule changed → painted ${ruleMs.toFixed(0)} ms`);
  await expect.poll(async () => (await storedSettings<Stored>(page)).guard.ruleSeverity.insult).toBe('warn');
  await expect(offer.getByTestId('settings-changes-replace')).toContainText('规则级别：2 条改变');
  // Once for the change, not again when our own save comes back from storage.
  await page.waitForTimeout(500);
  expect(await offersWorkedOut(page)).toBe(2);
  // Typing in the deny filter meanwhile.
  const keys: number[] = [];
  for (const ch of ['禁', '用', '词', '1']) {
    keys.push(await paintedAfter(page, `const f = document.getElementById('deny-filter'); f.value += ${JSON.stringify(ch)}; f.dispatchEvent(new InputEvent('input', { bubbles: true, data: ${JSON.stringify(ch)}, inputType: 'insertText' }));`));
  }
  console.log(`deny filter keys ${keys.map((k) => k.toFixed(0)).join(', ')} ms`);
  await expect(page.getByTestId('deny-filter-count')).toContainText('共 2000 个');
  // The filter is not an input of the offer.
  expect(await offersWorkedOut(page)).toBe(2);
  // Then a term removed in another tab (storage only): the offer is worked out against that.
  const e0 = Date.now();
  await page.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    const s = settings as Stored;
    await chrome.storage.local.set({ settings: { ...s, guard: { ...s.guard, deny: s.guard.deny.filter((d) => d.term !== '禁用词1500') } } });
  });
  await expect(offer.getByTestId('settings-changes-replace').locator('li').first()).toHaveText('禁用词 2000 个（新增 1000、删除 999、修改 0）', { timeout: 60_000 });
  const echoMs = Date.now() - e0;
  expect(await offersWorkedOut(page)).toBe(3);
  console.log(`settings offer, 2,000 + 2,000 terms each side: a rule changed with no offer → painted ${ruleAloneMs.toFixed(0)} ms; offer shown ${offerMs} ms after the pick; a rule changed → painted ${ruleMs.toFixed(0)} ms; deny filter keys ${keys.map((k) => k.toFixed(0)).join(', ')} ms; another tab's save → summary updated ${echoMs} ms`);
  // Loose bounds for a shared 2-core machine (load 15–19 when measured): before, the offer showed 55 s after the
  // pick and a rule change painted after 120 s (each summary checked every term by scanning the other lists).
  expect(ruleMs, 'a rule change with the offer open').toBeLessThan(10_000);
  expect(Math.max(...keys), 'a filter key with the offer open').toBeLessThan(2000);

  // Applying the merge still adds nothing past the full lists and takes the file's rule.
  await offer.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toContainText('已按「合并」应用文件中的设置。');
  const after = await storedSettings<Stored>(page);
  // 1,999 own terms + the first new one the full list still had room for.
  expect(after.guard.deny).toHaveLength(2000);
  expect(after.guard.deny.at(-1)?.term).toBe('新禁用词1000');
  expect(after.guard.ruleSeverity).toEqual({ insult: 'warn', 'contact-qq': 'warn' });
});

shared('a team lead by keyboard only: a lead’s file merged, a rule’s level set, 50 terms pasted; the deny list is one Tab stop (↑ ↓ Home End inside), then on to the allowed terms and the export', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, { guard: { enabled: true, deny: [], allow: [], ruleSeverity: {} } });
  const file = {
    format: 'replyguard-ledger', version: 1, exportedAt: 0, messages: [], ratings: [], lint: [],
    settings: { version: 1, guard: { deny: [{ term: '拉群', clause: '2.3', severity: 'block' }], allow: [], ruleSeverity: { insult: 'warn' } } },
  };
  await pickImport(page, 'lead.json', JSON.stringify(file));
  const offer = page.getByTestId('settings-offer');
  await expect(offer).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(offer.getByTestId('settings-apply')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-result')).toContainText('已按「合并」应用文件中的设置。');

  // A rule's level, from the section link.
  await page.getByRole('navigation', { name: '设置分区' }).getByRole('link', { name: '规则级别' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // Round 33: the rule table's skip link comes first, then the first rule.
  await expect(page.getByTestId('rules-skip')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#sev-no-chinese')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await storedSettings<Stored>(page)).guard.ruleSeverity['no-chinese']).toBe('block');

  // 50 terms pasted into the deny field, Enter.
  await page.getByTestId('deny-term').focus();
  await page.keyboard.insertText(Array.from({ length: 50 }, (_, i) => `团队禁用词${i}`).join('\n'));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deny-list').locator('tbody tr')).toHaveCount(51);
  await expect(page.getByTestId('deny-term')).toBeFocused();
  // Field → clause → level → note → 添加 → the filter → the list (one stop) → the allowed-term field.
  const stops: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? document.activeElement?.localName ?? ''));
    // (the field is named by its list since round 51: 词语（放行词）)
    if (stops.at(-1) === '词语（放行词）') break;
  }
  expect(stops.slice(-2), `Tab stops: ${stops.join(' → ')}`).toEqual(['删除“拉群”', '词语（放行词）']);
  // Inside the list: arrows, Home, End; the one last used is where Tab comes back to.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '删除“拉群”' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: '删除“团队禁用词1”' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: '删除“团队禁用词49”' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: '删除“团队禁用词49”' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '删除“团队禁用词0”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('deny-removed')).toContainText('已删除“团队禁用词0”。');
  expect((await storedSettings<Stored>(page)).guard.deny).toHaveLength(50);
  await expect(page.getByText('每个列表的“删除”按钮只占一个 Tab 位置')).toBeVisible();

  // The settings exported for the team, by keyboard.
  await page.getByTestId('export-settings').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as { settings: Stored };
  expect(exported.settings.guard.deny).toHaveLength(50);
  expect(exported.settings.guard.ruleSeverity).toEqual({ insult: 'warn', 'no-chinese': 'block' });
});

shared('the popup’s page status reads “当前页面：…” in Chinese and “This page: …” in English (not a full-width colon after English)', async ({ context, extensionId, serviceWorker }) => {
  const setLanguage = (language: string) =>
    serviceWorker.evaluate(async (l) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { version: 1, ...(settings as object), language: l } });
    }, language);
  await setLanguage('zh');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByTestId('guard-status')).toContainText('当前页面：');
  // And every accessible name the popup adds is Chinese first (the rating buttons, the meter, the title).
  await expect(page.getByRole('meter')).toHaveAccessibleName(/^回复率/);
  expect(await notChineseFirst(page)).toEqual([]);
  await setLanguage('en');
  await expect(page.getByTestId('guard-status')).toContainText('This page: ');
  await expect(page.getByTestId('guard-status')).not.toContainText('：');
});
