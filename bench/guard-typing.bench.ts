// Compose-guard typing benchmark (issue 4), in Chromium with the BUILT extension on the demo pages:
// a 500-character draft typed key by key into the workbench's Quill composer with 2,000 messages in
// the chat pane (and into the plain textarea page with 2,000 sent rows, for the mirror), printing
//   - keystroke → highlight: from each key's `beforeinput` to the guard's next lint pass having
//     updated the highlights (p50/p95/max);
//   - keystroke → next frame, and the longest long task (PerformanceObserver 'longtask') while typing,
// against two named peers: the same page and typing with the guard switched off in the settings
// (the chat features, watcher and countdown, still run), and the same page in a browser without
// the extension at all (what the page itself costs: Quill, a 2,000-row chat pane);
//   - where the main thread's script time went while typing on the workbench (CPU profile, samples
//     of the content script attributed to its source modules through a source-mapped twin build):
//     the guard (+ rule engine) vs the chat features (watcher, countdown) vs the page.
// Needs `npm run build` and `npm run build:demo` first; prints why and skips otherwise.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildWithSourceMaps, moduleLocator, sourceMapFor, type SourceMapV3 } from '../scripts/bundle-size.mjs';
import { startDemoServer } from '../scripts/serve-demo.mjs';
import { ms, percentile } from './support';

declare const chrome: typeof import('wxt/browser').browser;

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const ROWS = 2000;
const DRAFT_LENGTH = 500;

// A reply with a shop-defined forbidden term early on, so highlights are live for the whole draft.
const DRAFT = (() => {
  const base = '亲，您好，禁词甲这款面霜是保税仓直发的正品，下单后四十八小时内发货，物流信息可以在订单详情里查看，如有问题随时联系我们。';
  let s = '';
  while (s.length < DRAFT_LENGTH) s += base;
  return s.slice(0, DRAFT_LENGTH);
})();

interface Sample {
  highlight: number[];
  frame: number[];
  longTasks: number[];
  findings: string | null;
  /**
   * What the guard changed in the page while typing (counted at each pass, page world): its passes,
   * banner redraws (a new banner section), highlight sets (other ranges in the registered highlights)
   * and changes inside the textarea mirror's shadow root. Deterministic where timings are not.
   */
  updates: { passes: number; banner: number; highlights: number; mirror: number };
  /** Main-thread script time by part (ms), when profiled. */
  profile?: Record<string, number>;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** Which part of the product (or the page) a source module belongs to. */
function partOf(module: string): string {
  if (/^(content\/(watcher|countdown)|rules\/metrics)\//.test(module)) return 'chat features (content/watcher, content/countdown, rules/metrics)';
  // Broken out: the box follower's page observers (one per follower) run on every DOM change of the page.
  if (module === 'content/guard/follow-box.ts') return 'guard: follow-box (content/guard/follow-box.ts)';
  if (/^(content\/guard|sites)\//.test(module)) return 'guard (content/guard, sites)';
  if (module.startsWith('rules/')) return 'rule engine (rules/)';
  return 'other extension code';
}

/**
 * Self time of a CPU profile by part: samples in the content script go to their source module's part
 * (native calls such as `contains` to their nearest caller with a script), everything else to the page.
 */
function attribute(
  profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] },
  locate: ((line: number, col: number) => string) | null,
  locateEngine: ((line: number, col: number) => string) | null = null,
): Record<string, number> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const partCache = new Map<number, string | null>();
  const partOfNode = (id: number): string | null => {
    if (partCache.has(id)) return partCache.get(id)!;
    const node = byId.get(id)!;
    const { url, lineNumber, columnNumber } = node.callFrame;
    let part: string | null;
    // The engine file (entrypoints/lint-engine.ts): the rule engine and, since round 49, the guard's run (guard.ts runGuard).
    if (url.startsWith('chrome-extension://') && url.endsWith('/lint-engine.js')) part = locateEngine ? partOf(locateEngine(lineNumber, columnNumber)) : 'rule engine and guard run (lint-engine.js, unattributed)';
    else if (url.startsWith('chrome-extension://')) part = url.endsWith('/guard.js') && locate ? partOf(locate(lineNumber, columnNumber)) : 'extension (unattributed)';
    else if (url) part = 'page scripts';
    else part = parent.has(id) ? partOfNode(parent.get(id)!) : null;
    partCache.set(id, part);
    return part;
  };
  const out: Record<string, number> = {};
  profile.samples.forEach((id, i) => {
    const part = partOfNode(id) ?? 'browser (idle, GC, layout outside scripts)';
    out[part] = (out[part] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

async function launch(): Promise<{ context: BrowserContext; worker: Worker; dir: string }>;
async function launch(bare: true): Promise<{ context: BrowserContext; dir: string }>;
async function launch(bare = false): Promise<{ context: BrowserContext; worker?: Worker; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-bench-'));
  const extension = [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...(bare ? [] : extension), '--no-first-run'],
  });
  if (bare) return { context, dir };
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, dir };
}

async function setGuard(worker: Worker, enabled: boolean): Promise<void> {
  await worker.evaluate(
    (value) => chrome.storage.local.set({ settings: value }),
    { version: 1, guard: { enabled, deny: [{ term: '禁词甲', clause: '2.3', severity: 'block' }], allow: [], ruleSeverity: {} } },
  );
}

/** Page-world probes: long tasks, per-key beforeinput stamps, the next frame and the guard's next pass. */
async function installProbe(page: Page, hostScope: string): Promise<void> {
  await page.evaluate((scopeSelector) => {
    const w = window as unknown as { __bench: { highlight: number[]; frame: number[]; longTasks: number[]; updates: Sample['updates'] } };
    const updates = { passes: 0, banner: 0, highlights: 0, mirror: 0 };
    const bench = (w.__bench = { highlight: [] as number[], frame: [] as number[], longTasks: [] as number[], updates });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => bench.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    const scope = scopeSelector ? (document.querySelector(scopeSelector) as HTMLIFrameElement).contentDocument! : document;
    let waitingHighlight: number | null = null;
    scope.defaultView!.addEventListener(
      'beforeinput',
      (e) => {
        const t0 = e.timeStamp;
        if (waitingHighlight === null) waitingHighlight = t0;
        requestAnimationFrame(() => bench.frame.push(performance.now() - t0));
      },
      true,
    );
    const host = scope.querySelector('[data-replyguard="highlights"]');
    // The banner lives in the top document; the highlights in the composer's.
    let lastSection: Element | null | undefined;
    let lastRanges: unknown[] = [];
    const registry = (scope.defaultView as unknown as { CSS: { highlights?: Map<string, Iterable<unknown>> } }).CSS.highlights;
    // (a method: esbuild names arrow functions bound to a const with a helper the page does not have)
    const counter = {
      pass() {
        updates.passes++;
        const section = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('section') ?? null;
        if (lastSection !== undefined && section && section !== lastSection) updates.banner++;
        lastSection = section;
        const ranges = registry ? ['block', 'warn', 'info'].flatMap((s) => [...(registry.get(`replyguard-${s}`) ?? [])]) : [];
        if (ranges.length !== lastRanges.length || ranges.some((r, i) => r !== lastRanges[i])) updates.highlights++;
        lastRanges = ranges;
      },
    };
    counter.pass();
    updates.passes = 0;
    if (host?.shadowRoot) new MutationObserver((records) => (updates.mirror += records.length)).observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    if (host) {
      new MutationObserver(() => {
        counter.pass();
        if (waitingHighlight === null) return;
        bench.highlight.push(performance.now() - waitingHighlight);
        waitingHighlight = null;
      }).observe(host, { attributes: true, attributeFilter: ['data-pass'] });
    }
  }, hostScope);
}

async function typeAndMeasure(
  page: Page,
  editor: string,
  locate?: ((line: number, col: number) => string) | null,
  locateEngine: ((line: number, col: number) => string) | null = null,
): Promise<Sample> {
  await page.locator(editor).click();
  const cdp = locate !== undefined ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  for (const ch of DRAFT) await page.keyboard.insertText(ch);
  await page.waitForTimeout(300);
  let profile: Record<string, number> | undefined;
  if (cdp) {
    const { profile: raw } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    profile = attribute(raw, locate ?? null, locateEngine);
    await cdp.detach();
  }
  const sample = await page.evaluate(() => {
    const w = window as unknown as { __bench: Omit<Sample, 'findings'> };
    const host = document.querySelector('[data-replyguard="highlights"]');
    return { ...w.__bench, findings: host?.getAttribute('data-findings') ?? null };
  });
  return { ...sample, ...(profile ? { profile } : {}) };
}

type Mode = 'on' | 'off' | 'bare';

/** With the guard on, until it guards the composer; off, it never attaches: give the content script a moment. */
async function extensionReady(page: Page, mode: Mode): Promise<void> {
  if (mode === 'on') await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached' });
  else if (mode === 'off') await page.waitForTimeout(1500);
}

async function workbench(context: BrowserContext, base: string, mode: Mode): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/workbench?auto=0&buyers=1&history=0`);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
  await page.evaluate((rows) => {
    const demo = (window as unknown as { demo: { buyerSays(c: number, t: string): string; agentSays(c: number, t: string): string } }).demo;
    // The last row is the buyer's, as when an agent types a reply: the buyer waits and its countdown chips run.
    for (let i = 0; i < rows; i++) {
      if (i % 2) demo.buyerSays(1, `第 ${i} 条：请问我的快递到哪里了？`);
      else demo.agentSays(1, `好的亲，第 ${i} 条回复：您的订单已经安排发货，请耐心等待。`);
    }
  }, ROWS);
  await extensionReady(page, mode);
  return page;
}

async function textareaPage(context: BrowserContext, base: string, mode: Mode): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/textarea.html`);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
  await page.evaluate((rows) => {
    const list = document.querySelector('#sent-list')!;
    for (let i = 0; i < rows; i++) {
      const li = document.createElement('li');
      li.className = 'sent-item';
      li.textContent = `第 ${i} 条：您好，请问有什么可以帮您？`;
      list.append(li);
    }
  }, ROWS);
  await extensionReady(page, mode);
  return page;
}

function report(label: string, on: Sample, off: Sample, bare: Sample): void {
  const p = (xs: number[], q: number) => (xs.length ? percentile(xs, q) : NaN);
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  console.log(`${label}: ${DRAFT_LENGTH}-char draft typed key by key, ${ROWS} rows on the page, findings at the end: ${on.findings}`);
  console.log(
    `  keystroke → highlight (guard on): p50 ${ms(p(on.highlight, 0.5))}, p95 ${ms(p(on.highlight, 0.95))}, max ${ms(max(on.highlight))} over ${on.highlight.length} passes (target p95 < 16 ms)`,
  );
  console.log(
    `  keystroke → next frame: guard on p95 ${ms(p(on.frame, 0.95))} | guard off (peer) p95 ${ms(p(off.frame, 0.95))} (ratio ${(p(on.frame, 0.95) / p(off.frame, 0.95)).toFixed(2)}) | extension not loaded (peer) p95 ${ms(p(bare.frame, 0.95))}`,
  );
  console.log(
    `  long tasks (> 50 ms) while typing: guard on ${on.longTasks.length} (longest ${ms(max(on.longTasks))}) | guard off (peer) ${off.longTasks.length} (longest ${ms(max(off.longTasks))}) | extension not loaded (peer) ${bare.longTasks.length} (longest ${ms(max(bare.longTasks))}) (target: none)`,
  );
  const u = on.updates;
  console.log(`  guard updates while typing (guard on): ${u.passes} passes; banner redrawn ${u.banner}, highlights set ${u.highlights}, mirror changes ${u.mirror}`);
  for (const [mode, sample] of [['guard on', on], ['guard off (peer)', off], ['extension not loaded (peer)', bare]] as const) {
    if (!sample.profile) continue;
    const parts = Object.entries(sample.profile).filter(([part]) => !part.startsWith('browser')).sort((a, b) => b[1] - a[1]);
    console.log(`  main-thread script time while typing, ${mode}: ${parts.map(([part, t]) => `${part} ${ms(t)} (${ms(t / DRAFT_LENGTH)}/key)`).join('; ')}`);
  }
}

export async function run(): Promise<void> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json')) || !fs.existsSync('demo/dist/workbench.html') || !fs.existsSync(CHROME_PATH)) {
    console.log('skipped: needs `npm run build`, `npm run build:demo` and Chromium (CHROME_PATH or /usr/bin/chromium)');
    return;
  }
  // Profile samples of the content script are attributed through a twin build with a source map
  // (same code; scripts/bundle-size.mjs), made now if the last one is not of this build.
  let map: SourceMapV3 | null = sourceMapFor();
  if (!map) {
    await buildWithSourceMaps();
    map = sourceMapFor();
  }
  const locate = map ? moduleLocator(map) : null;
  // The guard's run is in the engine file (round 49): its samples are split by module through that file's map.
  const engineMap = sourceMapFor('../lint-engine.js');
  const locateEngine = engineMap ? moduleLocator(engineMap) : null;
  if (!map) console.log('(no source map matching .output/chrome-mv3: script time is not split by module)');
  const server = await startDemoServer({ port: 0 });
  const { context, worker, dir } = await launch();
  const bareBrowser = await launch(true);
  try {
    for (const [label, open, editor] of [
      ['workbench (Quill, Highlight API)', workbench, '.SendBox .SendBox-Editor .ql-editor'],
      ['textarea page (mirror)', textareaPage, '#composer'],
    ] as const) {
      const samples: Record<'on' | 'off' | 'bare', Sample> = {} as never;
      for (const mode of ['on', 'off', 'bare'] as const) {
        if (mode !== 'bare') await setGuard(worker, mode === 'on');
        const page = await open(mode === 'bare' ? bareBrowser.context : context, server.url, mode);
        await installProbe(page, '');
        // Profiled alike in every mode (the sampling costs the page some time too).
        samples[mode] = await typeAndMeasure(page, editor, open === workbench ? locate : undefined, locateEngine);
        await page.close();
      }
      report(label, samples.on, samples.off, samples.bare);
    }
  } finally {
    await context.close();
    await bareBrowser.context.close();
    fs.rmSync(bareBrowser.dir, { recursive: true, force: true });
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
