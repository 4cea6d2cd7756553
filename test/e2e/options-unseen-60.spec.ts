// Round 60 (ux60): 「立即清理过期数据」 asked with window.confirm: a blocking native box with the browser's own buttons
// (OK / Cancel in an English browser, whatever the page's language), which a keyboard flow and these tests cannot
// drive. It asks in the page now, with the dialog the kept-text deletion uses (round 59): the delete button focused
// (Enter deletes), Esc or 「取消」 deletes nothing, and focus goes back to 「立即清理过期数据」.
import type { Page } from '@playwright/test';
import { shared as test, expect } from './fixtures';
import { optionsWith } from './popup-support';

const DAY = 86_400_000;
declare const chrome: typeof import('wxt/browser').browser;

/** The ledger's messages cleared, then `old` of them 200 days old and `recent` from today: through the page (same origin). */
const seed = (opts: Page, old: number, recent: number) =>
  opts.evaluate(async ([old, recent, day]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('replyguard-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['messages', 'ratings', 'lint'], 'readwrite');
    for (const store of ['messages', 'ratings', 'lint']) tx.objectStore(store).clear();
    const now = Date.now();
    for (let i = 0; i < old + recent; i++) {
      const ts = i < old ? now - 200 * day + i * 60_000 : now - 3_600_000 + i * 1000;
      tx.objectStore('messages').put({ site: 'kuaishou', conv: `shop|b${i}`, id: `m${i}`, dir: 'in', ts, tsSource: 'page', history: false, source: 'row', seenAt: ts });
    }
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = reject)));
    db.close();
  }, [old, recent, DAY] as const);

const messageCount = (opts: Page) =>
  opts.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('replyguard-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const n = await new Promise<number>((resolve) => (db.transaction('messages').objectStore('messages').count().onsuccess = (e) => resolve((e.target as IDBRequest<number>).result)));
    db.close();
    return n;
  });

test.describe('the purge asks in the page (ux60)', () => {
  test('keyboard only: Enter on 立即清理过期数据 opens the page\'s dialog, Esc deletes nothing, Enter deletes the expired records; focus comes back', async ({ context, extensionId }) => {
    const opts = await optionsWith(context, extensionId, {});
    const native: string[] = [];
    opts.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    await seed(opts, 3, 2);
    const purge = opts.getByRole('button', { name: '立即清理过期数据' });
    await purge.focus();
    await opts.keyboard.press('Enter');
    const ask = opts.getByRole('dialog', { name: '立即清理过期数据？' });
    await expect(ask).toBeVisible();
    await expect(ask).toContainText('将删除 90 天以前的全部记录（消息、评价和拦截记录），删除后无法恢复');
    await expect(ask).toContainText('选“取消”（或按 Esc）：什么也不删除');
    await expect(ask.getByRole('button', { name: '删除过期记录' })).toBeFocused();

    // Esc: nothing deleted, the dialog gone, focus back on the button.
    await opts.keyboard.press('Escape');
    await expect(ask).toBeHidden();
    await expect(purge).toBeFocused();
    expect(await messageCount(opts)).toBe(5);
    await expect(opts.getByTestId('purge-result')).toHaveCount(0);

    // Enter again, then Enter on the focused 删除过期记录: the three expired ones go, today's two stay.
    await opts.keyboard.press('Enter');
    await expect(ask).toBeVisible();
    await opts.keyboard.press('Enter');
    await expect(opts.getByTestId('purge-result')).toHaveText('已删除 3 条记录');
    await expect(ask).toBeHidden();
    expect(await messageCount(opts)).toBe(2);
    await expect(purge).toBeFocused();
    expect(native, 'no native confirm box').toEqual([]);
  });

  test('English page: the dialog\'s own English buttons; 取消 / Cancel by Tab and Enter deletes nothing', async ({ context, extensionId }) => {
    const opts = await optionsWith(context, extensionId, {});
    await opts.evaluate(() => chrome.storage.local.set({ settings: { version: 1, language: 'en' } }));
    await opts.reload();
    await opts.getByRole('heading', { level: 1, name: 'ReplyGuard settings' }).waitFor();
    const native: string[] = [];
    opts.on('dialog', (d) => {
      native.push(d.message());
      void d.dismiss();
    });
    await seed(opts, 1, 1);
    await opts.getByRole('button', { name: 'Delete expired records now' }).click();
    const ask = opts.getByRole('dialog', { name: 'Delete expired records now?' });
    await expect(ask).toBeVisible();
    await expect(ask.getByRole('button', { name: 'Delete expired records', exact: true })).toBeFocused();
    await opts.keyboard.press('Tab');
    await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await opts.keyboard.press('Enter');
    await expect(ask).toBeHidden();
    await expect(opts.getByRole('button', { name: 'Delete expired records now' })).toBeFocused();
    expect(await messageCount(opts)).toBe(2);
    expect(native, 'no native confirm box').toEqual([]);
  });
});
