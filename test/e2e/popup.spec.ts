// The popup against the built extension: the figures equal `replyguard stats` for the same seeded
// events; the waiting list works by keyboard and brings the conversation forward; the guard status
// of a tab; English; dark mode contrast; and the open time with 90 days of data (printed).
import { execFileSync } from 'node:child_process';
import type { Page, Worker } from '@playwright/test';
// Fresh browsers: three tests set Playwright's clock (openPopupAt), the keyboard one reads any demo tab's guard status
// (an earlier test's must not answer), the 90-day one times the popup over 27,000 seeded records on a profile of its own.
import { expect, test } from './fixtures';
import { demo, QUIET, type SwGlobal } from './timers-support';
import { contrastProblems, seedDay, statsOf, type SeededDay } from './popup-support';

declare const chrome: typeof import('wxt/browser').browser;

/** A fixed evening in the past: the popup's clock is set there so the day is the same whenever this runs. */
const NOW = Date.parse('2024-05-20T23:50:00+08:00');

async function openPopupAt(page: Page, extensionId: string, now: number, query = ''): Promise<Page> {
  await page.clock.install({ time: now });
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  // The ledger's own figures, not the last open's snapshot.
  await page.locator('html[data-fresh]').waitFor({ state: 'attached' });
  return page;
}

async function seed(page: Page, days: SeededDay[]): Promise<void> {
  // Through the router, as the content scripts send them (extension page → worker).
  for (const day of days) {
    const reply = await page.evaluate((events) => chrome.runtime.sendMessage({ type: 'chat-events', events }), day.events);
    expect(reply).toMatchObject({ ok: true });
    for (const event of day.lint) expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'lint-event', event: e }), event)).toMatchObject({ ok: true });
    for (const event of day.ratings) expect(await page.evaluate((e) => chrome.runtime.sendMessage({ type: 'rating', event: e }), event)).toMatchObject({ ok: true });
  }
}

test('the popup shows the same figures as `stats` for the same events', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const days = [seedDay('2024-05-20', 7, NOW), seedDay('2024-05-19', 11, NOW), seedDay('2024-05-12', 3, NOW)];
  await seed(page, days);
  await setLanguage(serviceWorker, 'zh');
  await openPopupAt(page, extensionId, NOW);

  // The CLI over the ledger's own stats export, at the same `now`.
  const jsonl = await serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    return g.replyguard.queries.exportStatsJsonl((await g.replyguard.ledger()) as never);
  });
  const cli = JSON.parse(execFileSync('node', ['bin/replyguard.mjs', 'stats', '--now', String(NOW)], { input: jsonl, encoding: 'utf8' })) as ReturnType<typeof statsOf>;
  // …and equal to the CLI over the events as seeded (nothing lost on the way in).
  expect(cli).toEqual(statsOf(days, NOW));

  const today = cli.days['2024-05-20']!;
  expect(today.late).toBeGreaterThan(0);
  expect(today.pending).toBeGreaterThan(0);
  const t = page.getByTestId('today');
  await expect(t.getByTestId('today-rate')).toHaveText(`${(Math.round(today.rate! * 1000) / 10).toFixed(1)}%`);
  await expect(t.getByTestId('today-ontime')).toHaveText(String(today.onTime));
  await expect(t.getByTestId('today-late')).toHaveText(String(today.late));
  await expect(t.getByTestId('today-pending')).toHaveText(String(today.pending));
  await expect(t.getByTestId('today-eligible')).toHaveText(String(today.eligible));
  await expect(t).toContainText(today.compliant ? '达标' : '未达标');

  // The chart's table: every CLI day in the last 30 days, same counts.
  await page.getByText('查看表格').click();
  for (const [day, f] of Object.entries(cli.days)) {
    const cells = page.locator(`tr[data-day="${day}"] td`);
    await expect(cells).toHaveText([day, String(f.onTime), String(f.late), String(f.pending), f.rate === null ? '—' : `${(Math.round(f.rate * 1000) / 10).toFixed(1)}%`]);
  }
  await expect(page.locator('svg.chart rect.bar-good, svg.chart rect.bar-bad')).toHaveCount(Object.values(cli.days).filter((d) => d.rate !== null).length);

  // This month's satisfaction.
  const month = cli.months['2024-05']!;
  await expect(page.getByTestId('sat-rate')).toHaveText(`${(Math.round(month.rate! * 1000) / 10).toFixed(1)}%`);
  await expect(page.getByTestId('sat-counts')).toHaveText(`满意 ${month.satisfied} · 一般 ${month.neutral} · 失望 ${month.disappointed}`);
  // A manual rating goes into the ledger and the figure follows.
  await page.getByRole('button', { name: '记录一条“失望”评价' }).click();
  await expect(page.getByTestId('sat-counts')).toHaveText(`满意 ${month.satisfied} · 一般 ${month.neutral} · 失望 ${month.disappointed + 1}`);
  const manual = await serviceWorker.evaluate(async () => {
    const g = globalThis as unknown as SwGlobal;
    const db = (await g.replyguard.ledger()) as { getAll(s: string): Promise<{ source: string; rating: string }[]> };
    return (await db.getAll('ratings')).filter((r) => r.source === 'manual').map((r) => r.rating);
  });
  expect(manual).toEqual(['disappointed']);

  // Today's guard activity, per clause and in total (the totals row says 合计, not a bare Σ).
  const lintToday = days[0]!.lint;
  await expect(page.locator('tr[data-clause="total"] th')).toHaveText('合计');
  for (const action of ['block', 'warn', 'override', 'fix'] as const) {
    await expect(page.locator(`tr[data-clause="total"] td[data-action="${action}"]`)).toHaveText(String(lintToday.filter((e) => e.action === action).length));
  }
  await expect(page.locator('tr[data-clause="2.3"] td').first()).toHaveText(String(lintToday.filter((e) => e.clause === '2.3' && e.action === 'block').length));
});

test("the last open's snapshot is drawn at once, labelled as being updated, then replaced by the ledger's figures", async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await seed(page, [seedDay('2024-05-20', 7, NOW)]);
  await setLanguage(serviceWorker, 'zh');
  await openPopupAt(page, extensionId, NOW);
  const before = Number(await page.getByTestId('today-eligible').textContent());
  await expect(page.getByTestId('snapshot-note')).toHaveCount(0); // no snapshot yet: the ledger's figures only
  // Two more buyers (in the counted hours) after that open: the snapshot is now stale. (Round 58: sent from another
  // extension page, as a popup left open reads its figures again when the waiting buyers change, and saves them.)
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const more = seedDay('2024-05-20', 7, NOW).events.filter((e) => e.dir === 'in' && e.ts > Date.parse('2024-05-20T09:00:00+08:00')).slice(0, 2).map((e) => ({ ...e, conv: `${e.conv}-新`, id: `${e.id}-新` }));
  expect(await page.evaluate((events) => chrome.runtime.sendMessage({ type: 'chat-events', events }), more)).toMatchObject({ ok: true, added: 2 });

  // Every value the count takes, and whether the note is there with it, from the page's first frame.
  const next = await context.newPage();
  await next.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      const n = document.querySelector('[data-testid="today-eligible"]')?.textContent ?? null;
      const entry = `${n}|${document.querySelector('[data-testid="snapshot-note"]') ? 'note' : 'fresh'}`;
      if (n !== null && seen[seen.length - 1] !== entry) seen.push(entry);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await openPopupAt(next, extensionId, NOW + 60_000); // a minute on (a snapshot from a later time than the clock is not used)
  await expect(next.getByTestId('today-eligible')).toHaveText(String(before + 2));
  await expect(next.getByTestId('snapshot-note')).toHaveCount(0);
  const seen = await next.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen[0]).toBe(`${before}|note`); // the snapshot, never without its label
  expect(seen[seen.length - 1]).toBe(`${before + 2}|fresh`);
  expect(seen).not.toContain(`${before}|fresh`); // the stale figure is never shown as current
});

test('keyboard: Tab to a waiting buyer, Enter brings the conversation forward; the tab guard status', async ({ context, extensionId, openDemo, serviceWorker, demo: demoBase }) => {
  const page = await openDemo('workbench', { ...QUIET, msg: ['张三:你好:60:out'], open: '张三' });
  await page.waitForTimeout(1800);
  await demo(page, (d) => d.buyerSays('李四', '还有货吗', { agoSeconds: 30 }));
  await expect.poll(() => serviceWorker.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: unknown[] } | undefined)?.conversations.length ?? 0)).toBe(1);
  await setLanguage(serviceWorker, 'zh');
  // The demo tab: the one whose guard status names the demo page. The guard reports it once its engine has
  // loaded, which the waiting list (the watcher's, without the engine) says nothing about: waited for.
  const demoTab = () =>
    serviceWorker.evaluate(async (base) => {
      const { 'guard-status': byTab = {} } = await chrome.storage.session.get('guard-status');
      return Object.entries(byTab as Record<string, { url: string }>).find(([, s]) => s.url.startsWith(base))?.[0];
    }, demoBase);
  await expect.poll(demoTab).toBeDefined();
  const tabId = await demoTab();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByTestId('guard-status')).toContainText('已接管：kuaishou');
  const row = popup.locator('button.waiting-row[data-conv="李四"]');
  await expect(row).toContainText(/剩 4:\d\d/);
  const first = await row.locator('.countdown').textContent();
  await expect.poll(() => row.locator('.countdown').textContent(), { timeout: 3000 }).not.toBe(first); // ticks every second

  // Keyboard only: Tab from the top of the page until the row has focus, then Enter.
  await popup.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 10 && !reached; i++) {
    await popup.keyboard.press('Tab');
    reached = await row.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  const outline = await row.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none'); // visible focus
  // A button activates on Enter's keydown; the popup then closes itself (window.close), so no keyup follows.
  await Promise.all([popup.waitForEvent('close'), popup.keyboard.down('Enter')]);
  await expect(page.locator('.LoginUserInfo-mainTitle-text')).toHaveText('李四');
  // The tab is brought forward after the page opened the conversation (the worker activates it once the page
  // said it had): the page sees that a moment later.
  await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
});

test('English, dark mode contrast, and a tab without the guard', async ({ context, extensionId, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await seed(page, [seedDay('2024-05-20', 5, NOW)]);
  const plain = await context.newPage();
  await plain.goto('data:text/html,<title>x</title><p>not a chat tool</p>');
  const known = await serviceWorker.evaluate(async () => Object.keys((await chrome.storage.session.get('guard-status'))['guard-status'] ?? {}));
  const tabId = (await serviceWorker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!))).find((id) => !known.includes(String(id)));

  await setLanguage(serviceWorker, 'zh');
  await openPopupAt(page, extensionId, NOW, `?tab=${tabId}`);
  await expect(page.getByTestId('guard-status')).toContainText('此页面不是受支持的聊天工具');

  await setLanguage(serviceWorker, 'en');
  await expect(page.getByRole('heading', { name: "Today's 5-minute reply rate" })).toBeVisible(); // follows the setting live
  await expect(page.getByTestId('guard-status')).toContainText('This page is not a supported chat tool');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Complete English: no Chinese apart from the bilingual brand (the extension's name).
  expect((await page.locator('body').innerText()).replace('回复卫士 ReplyGuard', '')).not.toMatch(/[\u4e00-\u9fff]/);

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg, scheme).toBe(scheme === 'dark' ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)');
    expect(await contrastProblems(page), scheme).toEqual([]);
  }
});

// The full size (90 days × 3,000 messages) takes about a minute to seed on 2 cores: opt in with
// REPLYGUARD_PERF=1; the default run seeds 90 days × 300 (the same code paths) and prints the same figures.
const PER_DAY = process.env.REPLYGUARD_PERF === '1' ? 3000 : 300;

test(`opens fast with 90 days of data (${PER_DAY} messages a day): time printed`, async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(300_000); // seeding 270k records takes 1–2 minutes on 2 shared cores
  const marks: string[] = [];
  /**
   * One open: ms from navigation start until today's figures are drawn, until the whole 30-day
   * chart is (both from the last open's snapshot when there is one), and until the ledger's own
   * figures replace them (fresh); our own part from the popup's script start.
   */
  const open = async (bars = true) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const today = Number(await page.locator('html[data-rendered]').getAttribute('data-rendered'));
    const chart = Number(await page.locator('html[data-chart-rendered]').getAttribute('data-chart-rendered', { timeout: 60_000 }));
    const fresh = Number(await page.locator('html[data-fresh]').getAttribute('data-fresh', { timeout: 60_000 }));
    if (bars) await expect(page.locator('svg.chart rect.bar-good, svg.chart rect.bar-bad')).not.toHaveCount(0);
    const script = await page.evaluate(() => performance.getEntriesByName('rg:script')[0]!.startTime);
    marks.push(await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name.replace('rg:', '')} ${Math.round(m.startTime)}`).join(', ')));
    await page.close();
    return { today, chart, fresh, own: Math.round(today - script) };
  };
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  // One pair by default keeps the suite short on a CPU-bound CI (the figures are printed, not asserted); REPLYGUARD_PERF_RUNS=9
  // for steadier medians.
  const RUNS = Number(process.env.REPLYGUARD_PERF_RUNS) || 1;
  const series = async (n: number, bars = true, noSnapshot = false) => {
    const runs = [];
    for (let i = 0; i < n; i++) {
      if (noSnapshot) await clearPopupSnapshot(context, extensionId);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the same quiet moment before every open
      runs.push(await open(bars));
    }
    return runs;
  };
  const figure = (name: string, xs: number[]) => `${name} ${xs.join(' / ')} ms (median ${median(xs)})`;
  const describe = (label: string, runs: { today: number; chart: number; fresh: number; own: number }[]) =>
    `${label}: ${figure('today', runs.map((r) => r.today))}, ${figure('chart', runs.map((r) => r.chart))}, ${figure('ledger figures drawn', runs.map((r) => r.fresh))}, ${figure('script start → today', runs.map((r) => r.own))}`;
  const empty = await series(3, false); // the peer: the same popup over an empty ledger
  const now = Date.now();
  const seedStart = Date.now();
  const seeded = await serviceWorker.evaluate(async ([at, perDay]) => {
    // Plain IndexedDB requests (no promise per record): the router would take minutes for 270k.
    const g = globalThis as unknown as SwGlobal;
    await g.replyguard.ledger(); // created and migrated by the worker
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('replyguard-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const DAY = 86_400_000;
    let count = 0;
    for (let d = 89; d >= 0; d -= 15) {
      const tx = db.transaction(['messages', 'days'], 'readwrite');
      const store = tx.objectStore('messages');
      for (let dd = d; dd > d - 15 && dd >= 0; dd--) {
        const dayStart = Math.floor((at + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000 - dd * DAY;
        // perDay / 10 conversations × 5 exchanges: a buyer message, then the reply 1–7 minutes later.
        for (let c = 0; c < perDay / 10; c++) {
          for (let k = 0; k < 5; k++) {
            const ts = dayStart + 8 * 3_600_000 + (((c * 5 + k) * Math.floor((15 * 3_600_000) / (perDay / 2))) % (15 * 3_600_000));
            if (ts > at) continue;
            const base = { conv: `d${dd}c${c}`, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: ts };
            store.put({ ...base, id: `in${k}`, dir: 'in', ts });
            const reply = ts + 60_000 * (1 + ((c + k) % 7));
            if (reply <= at) store.put({ ...base, id: `out${k}`, dir: 'out', ts: reply });
            count += 2;
          }
        }
      }
      // Written past the ingest path: drop the day cache (the empty-ledger open left one), as ingestion would.
      tx.objectStore('days').clear();
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
    }
    db.close();
    return count;
  }, [now, PER_DAY] as const);
  expect(seeded).toBeGreaterThan(80 * PER_DAY);
  const seedMs = Date.now() - seedStart;

  // First open with no day cache and no snapshot (as after an update that changed the cache format, or records
  // written past the ingest path): today is read from today's messages; the worker fills the rest.
  const first = await series(1, true, true);
  // Alternated, so both see the same moments of a shared machine: with the last open's snapshot,
  // and without it (the day's first open: the ledger read comes first).
  const warm: Awaited<ReturnType<typeof open>>[] = [];
  const cold: Awaited<ReturnType<typeof open>>[] = [];
  for (let i = 0; i < RUNS; i++) {
    warm.push(...(await series(1)));
    cold.push(...(await series(1, true, true)));
  }
  console.log(
    `[popup open] 90 days × ${PER_DAY} messages (${seeded} records, seeded in ${seedMs} ms); ms from navigation start to drawn, target < 150 ms for today's figures\n` +
      `  ${describe('empty ledger', empty)}\n  ${describe('first open, no day cache', first)}\n  ${describe(`warm (${RUNS} runs)`, warm)}\n  ${describe(`warm, no snapshot (${RUNS} runs)`, cold)}\n` +
      `  marks (ms since navigation start): ${marks.join(' | ')}`,
  );
  expect(first[0]!.today).toBeGreaterThan(0);
});

/** Removes the popup's snapshot (components/popup/snapshot.ts) from the extension origin's localStorage. */
async function clearPopupSnapshot(context: import('@playwright/test').BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  // Any document of the extension's origin shares its localStorage: the manifest loads no script (the options
  // page would load and start the whole rule engine).
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  await page.evaluate(() => localStorage.removeItem('replyguard-popup-snapshot'));
  await page.close();
}

async function setLanguage(sw: Worker, language: 'zh' | 'en' | 'auto'): Promise<void> {
  await sw.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...((settings as object) ?? {}), language: lang } });
  }, language);
}
