// Round 62 (guard62): long tasks while the agent types on the workbench: the per-second work of the chat features beside
// 500 waiting cards, counted in the extension's isolated worlds (through CDP) on the built extension. What is counted
// does not depend on the machine's load: the JSON strings made of the waiting state per change (utils/local-item.ts),
// the parses of the cards' 「X分Y秒后超时」 per card read (content/watcher/sessions.ts).
import type { Worker } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { inExtensionWorlds } from './extension-worlds';
import { setSettings, TEST_SETTINGS } from './guard-support';
import { heavyBuyers, openHeavyWorkbench } from './guard-typing-60';

// Code passed to worker.evaluate() runs where `chrome` is the extension API.
declare const chrome: typeof import('wxt/browser').browser;

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

const CARD = '.SessionBaseCard'; // the Kuaishou adapter's card selector (sites/kuaishou.ts)
const CHIPS = `${CARD} [data-replyguard="countdown"]`;

/** The worker rewrites the mirrored waiting state as a refresh does (a new `computedAt`), without `dropped` buyers. */
const rewriteWaiting = (sw: Worker, computedAtShift: number, dropped: readonly string[] = []) =>
  sw.evaluate(
    async ([shift, gone]) => {
      const { waiting } = await chrome.storage.local.get('waiting');
      const s = waiting as { computedAt: number; conversations: { buyerName?: string; conv: string }[] };
      await chrome.storage.local.set({
        waiting: { ...s, computedAt: s.computedAt + shift, conversations: s.conversations.filter((c) => !gone.includes(c.buyerName ?? c.conv)) },
      });
    },
    [computedAtShift, dropped] as const,
  );

test('a new waiting state reaches the chips without the content script turning the state into JSON strings', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  await setSettings(sw, TEST_SETTINGS);
  const page = await openHeavyWorkbench(context, { buyers: heavyBuyers(60), rows: 20 });
  await expect.poll(() => page.locator(CHIPS).count(), { timeout: 30_000 }).toBe(60);
  const inWorlds = await inExtensionWorlds(page);
  // Counts JSON.stringify calls whose value is a waiting state (it holds the conversations) in the extension's worlds.
  await inWorlds(`(() => { const c = (globalThis.__stateJson62 = { n: 0 }); const real = JSON.stringify; JSON.stringify = function (v, ...a) { if (v && typeof v === 'object' && Array.isArray(v.conversations)) c.n++; return real.call(this, v, ...a); }; return 0; })()`);
  for (let k = 1; k <= 3; k++) await rewriteWaiting(sw, k);
  // The last change reaches the page: the chip of the buyer it drops goes.
  await rewriteWaiting(sw, 4, ['重页买家7']);
  await expect(page.locator(CARD).filter({ hasText: '重页买家7' }).locator('[data-replyguard="countdown"]')).toHaveCount(0);
  await expect.poll(() => page.locator(CHIPS).count()).toBe(59);
  // Old build: 2 per change (the new and the old state stringified to compare them): 8.
  expect(await inWorlds('globalThis.__stateJson62.n')).toBe(0);
  await page.close();
});

test('each read of the session list parses each card’s countdown once', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  await setSettings(sw, TEST_SETTINGS);
  const page = await openHeavyWorkbench(context, { buyers: heavyBuyers(60), rows: 20 });
  await expect.poll(() => page.locator(CHIPS).count(), { timeout: 30_000 }).toBe(60);
  const inWorlds = await inExtensionWorlds(page);
  await inWorlds(`(() => {
    const c = (globalThis.__cardParse62 = { reads: 0, parses: 0 });
    const qsa = Document.prototype.querySelectorAll;
    Document.prototype.querySelectorAll = function (s, ...a) { if (s === ${JSON.stringify(CARD)}) c.reads++; return qsa.call(this, s, ...a); };
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (t) { if (this.source.includes('后超时')) c.parses++; return exec.call(this, t); };
    return 0;
  })()`);
  await page.waitForTimeout(3000); // the reads each second: the chips, the watcher, the shop check
  // Read in one evaluation per world (a read between two evaluations would be counted in one number and not the other).
  const reads = await inWorlds('globalThis.__cardParse62.reads');
  const extra = await inWorlds('globalThis.__cardParse62.parses - globalThis.__cardParse62.reads * 60');
  console.log(`[guard62] in 3 s: ${reads} reads of the 60 cards; countdown parses beyond one per card per read: ${extra}`);
  expect(reads).toBeGreaterThan(0);
  // Old build: two parses per card per read (one read in 3 s alone: 60 more).
  expect(extra).toBe(0);
  await page.close();
});
