// Options page and popup, round 31, against the built extension (shared browser): a settings file merged
// into an agent's own (the default) or replacing them, with each choice's summary and a one-step undo; a
// filter over long deny/allow lists; turning the guard off asks for how long, says so at the top of the
// options page and the popup while it is off, and a pause ends by itself in an open workbench.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { BLOCK_TERM, TEST_SETTINGS, setSettings } from './guard-support';
import { optionsWith, pickImport, storedSettings } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

type Stored = Record<string, unknown>;
type StoredSettings = Stored & { guard: { enabled: boolean; offSince?: number; offUntil?: number; deny: { term: string; severity: string; note?: string }[]; allow: string[]; ruleSeverity: Stored }; timers: { alertLadder: number[] } };

const stored = (page: Page) => storedSettings<StoredSettings>(page);
const pick = pickImport;

const AGENT = {
  guard: {
    enabled: true,
    deny: [{ term: '私下转账群', clause: '2.3', severity: 'block' }, { term: '代拍', clause: '2.3', severity: 'warn', note: '我自己的' }],
    allow: ['快手小店'],
    ruleSeverity: { 'contact-qq': 'off' },
  },
  timers: { alertLadder: [150, 240], notifications: true, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } },
};
const LEAD_FILE = {
  format: 'replyguard-ledger',
  version: 1,
  exportedAt: 0,
  messages: [],
  ratings: [],
  lint: [],
  settings: {
    version: 1,
    guard: {
      deny: [{ term: '代拍', clause: '2.3', severity: 'block' }, { term: '拉群', clause: '2.3', severity: 'block' }, { term: '返现好评', clause: '2.7', severity: 'block' }],
      allow: ['官方旗舰店'],
      ruleSeverity: { 'contact-qq': 'block', insult: 'warn' },
    },
    timers: { alertLadder: [120, 240], notifications: false, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } },
  },
};

test('a lead’s settings file: merge (the default) keeps the agent’s terms and adds the file’s, replace matches the file; each says what it changes; the import can be undone (keyboard)', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, AGENT);
  const before = await stored(page);
  await pick(page, 'lead.json', JSON.stringify(LEAD_FILE));
  const offer = page.getByTestId('settings-offer');
  await expect(offer).toBeFocused();
  const merge = offer.getByRole('radio', { name: '合并（保留我的词，加上文件里的）' });
  const replace = offer.getByRole('radio', { name: '替换（与文件一致）' });
  await expect(merge).toBeChecked();
  await expect(offer.getByTestId('settings-changes-merge').locator('li')).toHaveText([
    '禁用词 4 个（新增 2、删除 0、修改 0）',
    '放行词 2 个（新增 1、删除 0）',
    '规则级别：1 条改变（应用后共 2 条自定义级别）',
    '提醒时间与通知：1 项改变',
    '文件中另有 3 项与你的设置不同，合并时保留你的（禁用词 1、规则级别 1、提醒 1、网站 0、其他 0）',
  ]);
  await expect(offer.getByTestId('settings-changes-replace').locator('li')).toHaveText([
    '禁用词 3 个（新增 2、删除 1、修改 1）',
    '放行词 1 个（新增 1、删除 1）',
    '规则级别：2 条改变（应用后共 2 条自定义级别）',
    '提醒时间与通知：2 项改变',
    '提醒时间将设为 2:00, 4:00',
  ]);
  // Each radio is described by its explanation and its summary (a screen reader hears what it would do).
  await expect(merge).toHaveAttribute('aria-describedby', 'settings-merge-help settings-merge-changes');
  expect(await stored(page)).toEqual(before);

  // Merge, by keyboard: Tab from the focused offer reaches the checked radio; on to 应用.
  await page.keyboard.press('Tab');
  await expect(merge).toBeFocused();
  await offer.getByTestId('settings-apply').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-result')).toContainText('已按「合并」应用文件中的设置。');
  const merged = await stored(page);
  expect(merged.guard.deny.map((d) => [d.term, d.severity, d.note ?? ''])).toEqual([
    ['私下转账群', 'block', ''],
    ['代拍', 'warn', '我自己的'],
    ['拉群', 'block', ''],
    ['返现好评', 'block', ''],
  ]);
  expect(merged.guard.allow).toEqual(['快手小店', '官方旗舰店']);
  expect(merged.guard.ruleSeverity).toEqual({ insult: 'warn', 'contact-qq': 'off' });
  expect(merged.timers).toEqual({ ...AGENT.timers, notifications: false });

  // One step back.
  const undo = page.getByTestId('settings-undo');
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-result')).toHaveText('已撤销：设置恢复为导入前的样子。');
  const undone = await stored(page);
  expect([undone.guard, undone.timers]).toEqual([before.guard, before.timers]);
  await expect(page.getByTestId('import-json')).toBeFocused();

  // Replace, chosen with the arrow keys.
  await pick(page, 'lead.json', JSON.stringify(LEAD_FILE));
  await expect(offer).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(replace).toBeChecked();
  await offer.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-result')).toContainText('已按「替换」应用文件中的设置。');
  const replaced = await stored(page);
  expect(replaced.guard.deny.map((d) => d.term)).toEqual(['代拍', '拉群', '返现好评']);
  expect(replaced.guard.allow).toEqual(['官方旗舰店']);
  // The guard's switch is never the file's.
  expect(replaced.guard.enabled).toBe(true);
});

test('a long deny/allow list has a filter: count of all and shown, folded like the guard, Esc clears; fast at 2,000 + 2,000 terms', async ({ context, extensionId }) => {
  const deny = Array.from({ length: 2000 }, (_, i) => ({ term: `禁用词${i}`, clause: '2.3', severity: 'block', ...(i === 1234 ? { note: '店长说的' } : {}) }));
  const allow = Array.from({ length: 2000 }, (_, i) => `放行词${i}`);
  const page = await optionsWith(context, extensionId, { guard: { enabled: true, deny, allow, ruleSeverity: {} } });
  const filter = page.getByRole('searchbox', { name: '筛选禁用词' });
  const count = page.getByTestId('deny-filter-count');
  // The first 200 drawn (2,000 rows are a long task a keystroke); the rest on request.
  await expect(count).toHaveText('共 2000 个，符合 2000 个，显示前 200 个（输入词语可筛选）');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('deny-list').locator('tbody tr')).toHaveCount(200);

  // Keyboard only: focus the box, type; each keystroke's re-render measured (input event → next frame).
  await filter.focus();
  const perKey: number[] = [];
  for (const ch of ['禁', '用', '词', '1', '9', '9']) {
    perKey.push(
      await filter.evaluate(async (el: HTMLInputElement, c) => {
        const t0 = performance.now();
        el.value += c;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, data: c, inputType: 'insertText' }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now() - t0;
      }, ch),
    );
  }
  console.log(`deny filter over 2,000 terms: keystroke → painted ${perKey.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  await expect(count).toHaveText('共 2000 个，显示 11 个');
  await expect(page.getByTestId('deny-list').locator('tbody tr').first()).toContainText('禁用词199');
  // Timings are printed, not held tight (a shared 2-core machine at load 11–15: 11–533 ms a key seen; before the
  // row cap and the memo'd lists 117–599 ms). What keeps a key cheap is held: never more than 200 rows drawn.
  expect(Math.max(...perKey), 'a keystroke took over a second').toBeLessThan(1000);
  expect(await page.locator('#deny-filter-list tbody tr, #allow-filter-list li').count()).toBeLessThanOrEqual(11 + 200);

  // A removal from the filtered list removes that term (not the one at its row number in the full list).
  await page.getByRole('button', { name: '删除“禁用词1999”' }).click();
  expect((await stored(page)).guard.deny.some((d) => d.term === '禁用词1999')).toBe(false);
  expect((await stored(page)).guard.deny).toHaveLength(1999);

  // Folded as the guard folds: full-width and spaces; a note is searched too.
  await filter.fill('店长');
  await expect(count).toHaveText('共 1999 个，显示 1 个');
  await filter.fill('禁用词 １２３４');
  await expect(count).toHaveText('共 1999 个，显示 1 个');
  await filter.fill('没有这个');
  await expect(page.getByTestId('deny-none')).toHaveText('没有包含「没有这个」的词（按 Esc 清除筛选）');
  await filter.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(filter).toBeFocused();
  await expect(count).toHaveText('共 1999 个，符合 1999 个，显示前 200 个（输入词语可筛选）');
  await page.getByTestId('deny-filter-all').click();
  await expect(page.getByTestId('deny-list').locator('tbody tr')).toHaveCount(1999);
  await expect(count).toHaveText('共 1999 个，显示 1999 个');

  const allowFilter = page.getByRole('searchbox', { name: '筛选放行词' });
  await allowFilter.fill('词42');
  await expect(page.getByTestId('allow-filter-count')).toHaveText('共 2000 个，显示 11 个');
  await expect(page.getByTestId('allow-list').locator('li')).toHaveCount(11);
});

test('turning the guard off asks for how long; while off the options page and the popup say so at the top; turned on from the popup (keyboard)', async ({ context, extensionId, openPopup }) => {
  const page = await optionsWith(context, extensionId, { guard: TEST_SETTINGS.guard });
  const box = page.getByRole('checkbox', { name: '启用发送前检查' });
  await box.focus();
  await page.keyboard.press('Space');
  // Not off yet: the question, with the focus on its first answer.
  await expect(box).toBeChecked();
  const ask = page.getByTestId('guard-off-ask');
  await expect(ask).toHaveAccessibleName('关闭发送前检查多久？关闭期间违规回复不会被拦下。');
  await expect(page.getByTestId('guard-off-hour')).toBeFocused();
  await expect(page.getByTestId('guard-off-today')).toHaveText('今天（到北京时间 24:00 自动恢复）');
  expect((await stored(page)).guard.enabled).toBe(true);
  // Esc: nothing changes, focus back on the switch.
  await page.keyboard.press('Escape');
  await expect(ask).toHaveCount(0);
  await expect(box).toBeFocused();
  await expect(page.getByTestId('guard-off')).toHaveCount(0);
  expect((await stored(page)).guard.enabled).toBe(true);

  // Off for an hour.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('guard-off-hour')).toBeFocused();
  const t0 = Date.now();
  await page.keyboard.press('Enter');
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();
  const off = await stored(page);
  expect(off.guard.enabled).toBe(false);
  expect(off.guard.offUntil! - t0).toBeGreaterThan(3_590_000);
  expect(off.guard.offUntil! - t0).toBeLessThan(3_700_000);
  const warning = page.getByTestId('guard-off');
  await expect(warning).toHaveAttribute('role', 'alert');
  // Round 59: in Beijing time, named so (the PC's own time follows when it is in another zone).
  await expect(warning).toContainText(/^发送前检查已关闭 违规回复不会被拦下；北京时间(明天)? \d\d:\d\d(（本机时间 (明天 )?\d\d:\d\d）)? 自动恢复。/);

  // The popup says it first thing, and turns it back on.
  const popup = await openPopup();
  const popupWarning = popup.getByTestId('guard-off');
  await expect(popupWarning).toContainText('发送前检查已关闭');
  const first = await popup.evaluate(() => document.querySelector('main')!.children[1]!.getAttribute('data-testid'));
  expect(first, 'the warning is right under the title').toBe('guard-off');
  await popupWarning.getByRole('button', { name: '立即打开检查' }).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('guard-on-note')).toBeFocused();
  await expect(popup.getByTestId('guard-on-note')).toHaveText('发送前检查已打开。');
  await expect(popupWarning).toHaveCount(0);
  expect((await stored(page)).guard).toEqual(TEST_SETTINGS.guard);
  // The options page follows.
  await expect(warning).toHaveCount(0);
  await expect(box).toBeChecked();

  // 一直关闭: the warning says it will not come back by itself.
  await box.click();
  await page.getByTestId('guard-off-always').click();
  // Round 63: the PC's own time follows when the PC is not on Beijing time (CI runs in UTC).
  await expect(warning).toContainText(/不会自动恢复（自 北京时间 \d\d:\d\d(（本机时间 [^）]+）)? 起关闭）/);
  expect((await stored(page)).guard.offUntil).toBeUndefined();
  await warning.getByRole('button', { name: '立即打开检查' }).click();
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
});

test('a pause ends by itself: an open workbench guards again at its end, with no reload and no settings change at that time', async ({ openDemo, serviceWorker }) => {
  // The first send must go while the guard is paused, and a pause that ends at a fixed time raced the page's opening: 6 s,
  // then 12 s were not always enough on a loaded machine (the first send was already guarded). So the pause lasts until
  // that send is out, is then shortened to end 3 s on, and its end comes by itself: no change, no reload at the end.
  const now = await serviceWorker.evaluate(() => Date.now());
  const paused = (offUntil: number) => ({ ...TEST_SETTINGS, guard: { ...TEST_SETTINGS.guard, enabled: false, offSince: now, offUntil } });
  await setSettings(serviceWorker, paused(now + 600_000));
  const page = await openDemo('workbench', { auto: 0, buyers: 2, history: 0 });
  // When the guard attaches, on the page's clock (the same machine clock as the pause's).
  await page.evaluate(() => {
    const html = document.documentElement;
    const w = window as unknown as { attachedAt?: number };
    new MutationObserver(() => void (html.hasAttribute('data-replyguard-attached') && (w.attachedAt ??= Date.now()))).observe(html, { attributes: true });
  });
  const editor = page.locator('.SendBox .SendBox-Editor .ql-editor');
  const sentTexts = () => page.evaluate(() => (window as unknown as { demo: { sent(): string[] } }).demo.sent());
  await editor.click();
  await page.keyboard.insertText(`暂停中${BLOCK_TERM}`);
  await page.keyboard.press('Enter');
  await expect.poll(sentTexts).toEqual([`暂停中${BLOCK_TERM}`]);
  const end = (await serviceWorker.evaluate(() => Date.now())) + 3_000;
  await setSettings(serviceWorker, paused(end));
  // The pause's end: the guard attaches by itself, not before it.
  await expect(page.locator('html')).toHaveAttribute('data-replyguard-attached', 'kuaishou');
  expect(await page.evaluate(() => (window as unknown as { attachedAt?: number }).attachedAt), 'attached at the pause’s end, not at its change').toBeGreaterThanOrEqual(end);
  await editor.click();
  await page.keyboard.insertText(`恢复后${BLOCK_TERM}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-replyguard="banner"] .rg')).toHaveAttribute('data-mode', 'blocked');
  expect(await sentTexts()).toEqual([`暂停中${BLOCK_TERM}`]);
});

test('popup guard activity: each clause row names its rule for the keyboard and a screen reader (not only a hover title)', async ({ context, extensionId, openPopup }) => {
  const page = await optionsWith(context, extensionId);
  const event = { at: Date.now(), site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' };
  await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'lint-event', event: e }), event);
  const popup = await openPopup();
  const row = popup.getByTestId('activity').getByRole('rowheader', { name: /^2\.3 不得发布第三方信息（站外链接、联系方式/ });
  await expect(row).toBeVisible();
  // One line, clipped: the table still fits the popup's width.
  const width = await popup.evaluate(() => document.body.scrollWidth);
  expect(width).toBeLessThanOrEqual(380);
});
