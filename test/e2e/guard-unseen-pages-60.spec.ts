// Round 60 (guard60): the agent typing on a heavy workbench (issue 4's performance: keystroke → highlight p95 < 16 ms
// for a 500-character draft with 2,000 messages in the chat pane; no long task over 50 ms while typing), here with
// 500 waiting buyers' session cards counting down each second beside it (timers59b's page). The figures are printed,
// not asserted (guard-typing-60.ts); asserted is what the agent sees and what the guard decides.
import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
// The two typing probes run in a fresh browser each (`fresh`): the 2,000 rows the page files take the ledger longer to
// store than the shared browser's reset waits for. The behaviour tests use the shared one.
import { expect, shared as test, test as fresh } from './fixtures';
import { inExtensionWorlds } from './extension-worlds';
import { blockedBanner, setSettings, TEST_SETTINGS } from './guard-support';
import { tickCards } from './timers-support';
import { draftOf, heavyBuyers, openBareWorkbench, openHeavyWorkbench, startProbe, stopProbe, summarize, type TypingFigures } from './guard-typing-60';

test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
fresh.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

/**
 * Counts, in the content scripts' isolated worlds of `page` (through CDP), the hit tests they make (elementFromPoint,
 * elementsFromPoint): each brings the whole page's layout and pre-paint up to date. Returns a reader of the count.
 */
async function countHitTests(page: Page): Promise<() => Promise<number>> {
  const inWorlds = await inExtensionWorlds(page);
  await inWorlds(`(() => { const c = (globalThis.__hitTests60 = { n: 0 }); for (const name of ['elementFromPoint', 'elementsFromPoint']) { const real = Document.prototype[name]; Document.prototype[name] = function (...a) { c.n++; return real.apply(this, a); }; } return 0; })()`);
  return () => inWorlds('globalThis.__hitTests60.n');
}


interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time by function in [from, to] (page performance.now() ms, `offset` = profile µs → page ms). */
function selfTimesIn(profile: Profile, offset: number, from: number, to: number, n = 8): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const self = new Map<string, number>();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const at = t / 1000 - offset;
    if (at < from || at > to) return;
    const frame = byId.get(id)!;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + delta / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `      ${ms.toFixed(1)} ms  ${k}`).join('\n');
}

/** Self time over the whole profile by where it ran: the extension's two files (top functions), the page, the browser. */
function byPlace(profile: Profile): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const place = new Map<string, number>();
  const ours = new Map<string, number>();
  const natives = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id)!;
    const file = frame.url.split('/').pop() ?? '';
    const where = frame.url.startsWith('chrome-extension://') ? file : frame.url ? 'page' : frame.functionName.startsWith('(') ? frame.functionName : 'native (called from script)';
    place.set(where, (place.get(where) ?? 0) + ms);
    if (where === 'native (called from script)') natives.set(frame.functionName, (natives.get(frame.functionName) ?? 0) + ms);
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    if (frame.url.startsWith('chrome-extension://')) ours.set(key, (ours.get(key) ?? 0) + ms);
  });
  const fmt = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => `${k} ${Math.round(ms)}`).join('; ');
  return `\n    self time by place (ms): ${fmt(place, 10)}\n    extension's top functions (ms): ${fmt(ours, 12)}\n    natives (ms): ${fmt(natives, 6)}`;
}

/** Types `draft` key by key into the workbench's composer with the probes on; the figures, and the worst tasks' profile. */
async function typeMeasured(page: Page, draft: string): Promise<{ figures: TypingFigures; worst: string }> {
  await page.locator('#ed').click();
  await page.waitForTimeout(500);
  await startProbe(page);
  let cdp: CDPSession | null = null;
  let offset = 0;
  if (process.env.REPLYGUARD_PROFILE) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    offset = await page.evaluate(() => performance.now());
    await cdp.send('Performance.enable');
  }
  const metrics = async () => new Map(cdp ? (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value] as const) : []);
  const before = await metrics();
  for (const ch of draft) await page.keyboard.insertText(ch);
  await page.waitForTimeout(300);
  let worst = '';
  const figures = await stopProbe(page);
  if (cdp) {
    const after = await metrics();
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.detach();
    let whole = '\n    main thread: ' + ['Task', 'Script', 'RecalcStyle', 'Layout'].map((m) => `${m} ${Math.round(((after.get(`${m}Duration`) ?? 0) - (before.get(`${m}Duration`) ?? 0)) * 1000)} ms`).join(', ') + `, layouts ${(after.get('LayoutCount') ?? 0) - (before.get('LayoutCount') ?? 0)}, style recalcs ${(after.get('RecalcStyleCount') ?? 0) - (before.get('RecalcStyleCount') ?? 0)}`;
    whole += byPlace(profile);
    // The profile's clock (µs) against the page's performance.now(): its start was about when `offset` was read.
    const shift = profile.startTime / 1000 - offset;
    worst = [...figures.longTasks]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 2)
      .map((task) => `\n    profile of the ${task.duration} ms task at ${task.start}:\n${selfTimesIn(profile, shift, task.start, task.start + task.duration)}`)
      .join('') + whole;
  }
  return { figures, worst };
}

/**
 * Peers (REPLYGUARD_PEERS=1): the same page and typing where the extension does not run, and with the guard off (the
 * watcher and the countdown chips still run): what the page costs itself, and what the chat features add.
 */
async function printPeers(context: BrowserContext, sw: Worker): Promise<void> {
  const bare = await openBareWorkbench(context);
  console.log(`[guard60] no extension, breach draft: ${summarize((await typeMeasured(bare, draftOf('禁词甲'))).figures)}`);
  await bare.close();
  await setSettings(sw, { ...TEST_SETTINGS, guard: { ...TEST_SETTINGS.guard, enabled: false } });
  const off = await openHeavyWorkbench(context, { guard: false });
  await expect.poll(() => off.locator('.SessionBaseCard [data-replyguard="countdown"]').count(), { timeout: 60_000, intervals: [1000] }).toBe(500);
  const { figures, worst } = await typeMeasured(off, draftOf('禁词甲'));
  console.log(`[guard60] guard off, breach draft: ${summarize(figures)}${worst}`);
  await off.close();
}

const clearDraft = (page: Page) => page.evaluate(() => (document.getElementById('ed')!.innerHTML = ''));

fresh('typing a 500-character draft on a workbench with 2,000 messages and 500 cards counting down: the figures printed; highlights right, findings all listed', async ({ context, serviceWorker: sw }) => {
  fresh.setTimeout(process.env.REPLYGUARD_PEERS ? 600_000 : 300_000);
  if (process.env.REPLYGUARD_PEERS) await printPeers(context, sw);
  await setSettings(sw, TEST_SETTINGS);
  const page = await openHeavyWorkbench(context);
  await expect.poll(() => page.locator('.SessionBaseCard [data-replyguard="countdown"]').count(), { timeout: 60_000, intervals: [1000] }).toBe(500);
  for (const [label, term] of [['clean', null], ['breach', '禁词甲']] as const) {
    const draft = draftOf(term);
    const { figures, worst } = await typeMeasured(page, draft);
    const line = `${label} draft: ${summarize(figures)}${worst}`;
    console.log(`[guard60] ${line}`);
    fresh.info().annotations.push({ type: 'measured', description: line });
    const expected = term ? draft.split(term).length - 1 : 0;
    await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', String(expected));
    await clearDraft(page);
    await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '0');
  }
  await page.close();
});

// Round 60: with a breach in the draft the banner is shown and follows the composer (follow-box.ts). Every page change
// started a look that hit-tested the composer's box and the banner's place (a page popup there?): on the workbench the
// cards' countdown texts, rewritten each second, made a hit test a second, each one the 500-card, 2,000-row page's whole
// layout and pre-paint brought up to date (elementsFromPoint 3.5 s of a 100-s typing probe, load ~35). Text rewritten
// shows or hides nothing: no hit test for it now. A page mask added still is (the banner still gives way).
test('the banner shown on a workbench whose cards count down each second: no hit test for the ticks; a mask added still hit-tests', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(120_000);
  await setSettings(sw, TEST_SETTINGS);
  const page = await openHeavyWorkbench(context, { buyers: heavyBuyers(60), rows: 20 });
  await page.locator('#ed').click();
  await page.keyboard.insertText('亲，禁词甲这款面霜是正品');
  await expect(page.locator('[data-replyguard="highlights"]')).toHaveAttribute('data-findings', '1');
  await expect(page.locator('[data-replyguard="banner"] section')).toBeVisible();
  // Round 65: a card on the page before the watcher started waits for its countdown's next write (up to 2 s) before its chip
  // is shown, and a chip added is a page change worth a look. Let the cards tick once and their chips come first.
  await tickCards(page, 1500);
  await page.waitForTimeout(1000);
  const hitTests = await countHitTests(page);
  await page.waitForTimeout(500);
  const before = await hitTests();
  await tickCards(page, 4500);
  const duringTicks = (await hitTests()) - before;
  console.log(`[guard60] hit tests by the extension during 4.5 s of card ticks with the banner shown: ${duringTicks}`);
  expect(duringTicks).toBe(0);
  // A page's mask over the composer: still looked at with a hit test.
  await page.evaluate(() => {
    const mask = document.createElement('div');
    mask.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:999';
    document.body.append(mask);
  });
  await expect.poll(async () => (await hitTests()) - before, { timeout: 5000 }).toBeGreaterThan(0);
  await page.close();
});

// A breach typed fast (the whole 500-character draft in key events with no pause) on the heavy page: Enter is still stopped.
test('a 500-character breach typed fast on a workbench with 2,000 messages and 500 cards: Enter is blocked, nothing sent', async ({ context, serviceWorker: sw }) => {
  test.setTimeout(180_000);
  await setSettings(sw, TEST_SETTINGS);
  const page = await openHeavyWorkbench(context, { rows: 300 });
  await page.locator('#ed').click();
  const ticking = tickCards(page, 20_000).catch(() => []); // the cards count down while the agent types (until the page closes)
  const draft = draftOf('禁词甲');
  for (const ch of draft) await page.keyboard.insertText(ch);
  await page.keyboard.press('Enter');
  await expect(blockedBanner(page)).toBeVisible({ timeout: 15_000 });
  expect(await page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([]);
  expect(await page.evaluate(() => document.getElementById('ed')!.innerText.replace(/\n/g, ''))).toBe(draft);
  await page.close();
  await ticking;
});
