// Round 61 (ux61): what round 60 left in the popup and the options page, in the built extension.
// 1. Every re-read of an open popup whose chart days were not all cached set the chart back to 「正在计算…」 until the
//    worker had computed them (the chart blinked away and back); the drawn days stay until the new ones replace them.
// 2. Undoing an import after the settings changed again asked with window.confirm (a blocking native box with the
//    browser's buttons); it asks in the page, as the purge does: Enter undoes, Esc cancels, focus goes back.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith, pickImport, storedSettings } from './popup-support';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/** The Beijing date `back` days before today, as the day cache keys it. */
const beijingDay = (back: number) => new Date(Date.now() + 8 * 3_600_000 - back * 86_400_000).toISOString().slice(0, 10);

/** Whether the day cache holds `day` (`drop`: deletes it first), through an extension page (the worker's origin). */
const dayCache = (page: Page, day: string, drop = false) =>
  page.evaluate(async ([day, drop]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('replyguard-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('days', 'readwrite');
    if (drop) tx.objectStore('days').delete(day);
    const found = await new Promise<boolean>((resolve) => (tx.objectStore('days').get(day).onsuccess = (e) => resolve((e.target as IDBRequest).result !== undefined)));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
    return found;
  }, [day, drop] as const);

test('popup: a re-read whose days are not cached keeps the drawn chart (no 正在计算 in between)', async ({ context, extensionId }) => {
  test.setTimeout(90_000);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // The first open fills the cache: opened again, the chart comes from it.
  const gap = beijingDay(3);
  await expect.poll(() => dayCache(popup, gap), { timeout: 30_000 }).toBe(true);
  await popup.reload();
  await expect(popup.getByTestId('chart-summary')).toBeVisible({ timeout: 30_000 });
  await expect(popup.locator('section[aria-busy="true"]')).toHaveCount(0);

  // A day of the window leaves the cache (as after an import or a late reply to that day), and a re-read comes: a
  // rating entered by hand. Every time the pending state enters the page is counted (it may last no frame).
  expect(await dayCache(popup, gap, true)).toBe(false);
  await popup.evaluate(() => {
    const w = window as unknown as { pendingSeen: number };
    w.pendingSeen = 0;
    new MutationObserver(() => void (document.querySelector('section[aria-busy="true"]') && w.pendingSeen++)).observe(document.body, { childList: true, subtree: true });
  });
  await popup.locator('button[data-rating="satisfied"]').click();
  await expect(popup.getByTestId('sat-undo')).toBeVisible();
  // The worker computed the day again (the re-read's fill), and the chart is drawn.
  await expect.poll(() => dayCache(popup, gap), { timeout: 30_000 }).toBe(true);
  await expect(popup.getByTestId('chart-summary')).toBeVisible();
  await popup.waitForTimeout(500);
  expect(await popup.evaluate(() => (window as unknown as { pendingSeen: number }).pendingSeen)).toBe(0);
  // The rating taken back (the shared browser's next test starts from the same month).
  await popup.getByTestId('sat-undo').click();
  await expect(popup.getByTestId('sat-added')).toContainText('已撤销');
  await popup.close();
});

type Stored = { retentionDays: number; guard: { deny: { term: string }[] } };
const base = { format: 'replyguard-ledger', version: 3, exportedAt: 1796464963598, messages: [], ratings: [], lint: [] };

test('options: undoing an import after a later change asks in the page (Esc cancels, Enter undoes), never window.confirm', async ({ context, extensionId }) => {
  const page = await optionsWith(context, extensionId, { retentionDays: 90, guard: { enabled: true, deny: [{ term: '种子词', clause: '2.3', severity: 'block' }], allow: [], ruleSeverity: {} } });
  const native: string[] = [];
  page.on('dialog', (d) => {
    native.push(d.message());
    void d.dismiss();
  });
  await pickImport(page, 'lead.json', JSON.stringify({ ...base, settings: { version: 1, guard: { deny: [{ term: '拉群', clause: '2.3', severity: 'block' }], allow: [] } } }));
  await page.getByTestId('settings-offer').getByRole('radio', { name: '替换（与文件一致）' }).check();
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-undo')).toBeVisible();
  // A change after the import: the undo would take it back too, so it asks.
  await page.getByTestId('retention').fill('45');
  await page.getByTestId('retention').press('Enter');
  await expect(page.getByTestId('retention-saved')).toHaveText('✓ 已保存');

  const undo = page.getByTestId('settings-undo');
  const ask = page.getByTestId('settings-undo-ask');
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('导入之后设置又改过，撤销会把那些改动也一起撤回');
  await expect(page.getByTestId('settings-undo-confirm')).toBeFocused();
  // Esc: nothing undone, focus back on 撤销.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(undo).toBeFocused();
  expect((await storedSettings<Stored>(page)).retentionDays).toBe(45);
  // Enter on it again, Enter in the dialog: undone, with the later change.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-undo-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('settings-result')).toHaveText('已撤销：设置恢复为导入前的样子。');
  const after = await storedSettings<Stored>(page);
  expect([after.retentionDays, after.guard.deny.map((d) => d.term)]).toEqual([90, ['种子词']]);
  expect(native).toEqual([]);
  await page.close();
});
