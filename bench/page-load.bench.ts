// Page-load cost of the extension (issue 4; every page with a composer pays it, and the e2e suite is made of page loads):
// the demo workbench loaded again and again in Chromium with the BUILT extension, printing per load the CPU of each kind
// of Chromium process (read from /proc: main and worker threads alike, as the machine pays them) and how long the guard
// took to attach, against two named peers run alternately in the same process:
//   - the same page in a browser without the extension (what the page itself costs);
//   - the extension with the guard switched off in the settings (the chat features only: no lint engine is loaded).
// The difference between "guard on" and "guard off" is the lint engine's parse, evaluation and build, plus the guard.
// Linux only (/proc). Needs `npm run build` and `npm run build:demo` first; prints why and skips otherwise.
import { chromium, type BrowserContext } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../scripts/serve-demo.mjs';
import { percentile } from './support';

declare const chrome: typeof import('wxt/browser').browser;

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const LOADS = Number(process.env.REPLYGUARD_PAGE_LOADS ?? 8);
const ROUNDS = 2;

type Variant = 'no extension' | 'guard off' | 'guard on';

/** CPU ms so far of every Chromium process below this one, by kind (browser, renderer, gpu, utility…). */
function chromiumCpu(): Record<string, number> {
  const parentOf = new Map<number, number>();
  const stat = new Map<number, string[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
      stat.set(Number(entry), fields);
    } catch {
      // gone meanwhile
    }
  }
  const below = (pid: number) => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === process.pid) return true;
    return false;
  };
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  const out: Record<string, number> = {};
  for (const [pid, fields] of stat) {
    if (!below(pid)) continue;
    let cmd = '';
    try {
      cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmd.includes('chromium') && !cmd.includes('chrome')) continue;
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? 'browser';
    const kind = type === 'renderer' && cmd.includes('--extension-process') ? 'extension renderer' : type === 'gpu-process' ? 'gpu' : type;
    out[kind] = (out[kind] ?? 0) + (Number(fields[11]) + Number(fields[12])) * tick;
  }
  return out;
}

async function launch(variant: Variant): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-page-load-'));
  const args = variant === 'no extension' ? [] : [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`];
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROME_PATH, headless: true, args });
  if (variant !== 'no extension') {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const enabled = variant === 'guard on';
    await worker.evaluate((on) => chrome.storage.local.set({ settings: { guard: { enabled: on, deny: [], allow: [], ruleSeverity: {} } } }), enabled);
  }
  await new Promise((resolve) => setTimeout(resolve, 1500)); // the browser's own start-up settles
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function run(): Promise<void> {
  if (process.platform !== 'linux') return console.log('skipped: reads process CPU from /proc (Linux only)');
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return console.log('skipped: run `npm run build` first');
  if (!fs.existsSync(CHROME_PATH)) return console.log(`skipped: no Chromium at ${CHROME_PATH}`);
  const server = await startDemoServer({ port: 0 }).catch(() => null);
  if (!server) return console.log('skipped: run `npm run build:demo` first');
  const url = `${server.url}/workbench?auto=0`;
  const variants: Variant[] = ['no extension', 'guard off', 'guard on'];
  const cpu = new Map<Variant, Record<string, number>>(variants.map((v) => [v, {}]));
  const attach = new Map<Variant, number[]>(variants.map((v) => [v, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const variant of round % 2 ? [...variants].reverse() : variants) {
        const { context, close } = await launch(variant);
        const page = await context.newPage();
        const before = chromiumCpu();
        for (let i = 0; i < LOADS; i++) {
          await page.goto(url);
          await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
          if (variant === 'guard on') {
            await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 20_000 });
            attach.get(variant)!.push(await page.evaluate(() => performance.now()));
          }
          await page.waitForTimeout(1200); // what a page does once loaded (timers, the guard's first lint) counts too
        }
        const after = chromiumCpu();
        const sums = cpu.get(variant)!;
        for (const kind of Object.keys(after)) sums[kind] = (sums[kind] ?? 0) + (after[kind]! - (before[kind] ?? 0)) / (LOADS * ROUNDS);
        await close();
      }
    }
  } finally {
    server.close();
  }
  const kinds = ['renderer', 'browser', 'gpu', 'utility', 'extension renderer'];
  const total = (v: Variant) => Object.values(cpu.get(v)!).reduce((a, b) => a + b, 0);
  console.log(`demo workbench, ${LOADS * ROUNDS} loads per variant, CPU ms per load by Chromium process (all threads):`);
  for (const v of variants) {
    const row = kinds.map((k) => `${k} ${Math.round(cpu.get(v)![k] ?? 0)}`).join(' | ');
    console.log(`  ${v.padEnd(12)} total ${String(Math.round(total(v))).padStart(5)} | ${row}`);
  }
  console.log(
    `  ratios: guard on / no extension ${(total('guard on') / total('no extension')).toFixed(2)}, guard on / guard off ${(total('guard on') / total('guard off')).toFixed(2)}; ` +
      `the engine and guard cost ${Math.round(total('guard on') - total('guard off'))} ms of CPU a load`,
  );
  const times = attach.get('guard on')!.sort((a, b) => a - b);
  console.log(`  guard attached (page's clock, from navigation; seen by polling): median ${Math.round(percentile(times, 0.5))} ms, max ${Math.round(times[times.length - 1] ?? 0)} ms`);
}
