// Where a guarded page's CPU goes on the lint engine, in Chromium with the BUILT extension (round 68, engload68).
//
//   nice -n 19 node scripts/measure-engine-page.mjs [--runs 5] [--ext .output/chrome-mv3] [--profile]
//
// Each run is a fresh browser profile (a fresh renderer: no compiled code kept from an earlier load), opens the demo
// workbench (served from demo/dist: `npm run -s build:demo` first), waits for the guard, types one breaking draft and
// waits for the banner, then types a little more. A Chrome trace (categories devtools.timeline, v8, toplevel) gives the
// renderer's THREAD CPU time (trace `tdur`, not wall time: the machine is shared) by phase:
//   inject     the task that receives lint-engine.js from the background (scripting.executeScript) and runs it, less:
//   compile    V8 compiling it on the main thread (an injected script is never streamed to a background thread)
//   evaluate   its top level run (module bodies: rule tables, regexes, the model)
//   start      the extension's main-thread tasks after that until typing starts (linter build, guard start)
//   first lint the extension's main-thread tasks from the first key to the banner showing the findings
//   later      the same while three more keys are typed and linted
//   bg         the renderer's other threads from injection to the banner: GC helpers, and the rest (V8's concurrent
//              compilers, IO, raster)
// and their sum. Prints every run and the median of each phase. --ext compares another build (e.g. main's, built in a
// scratch copy); alternate A and B runs yourself on a loaded machine. --profile adds a sampled CPU profile of the same
// window by source module of lint-engine.js (wall-clock samples: only for where, not how much), when
// .output/bundle-analysis holds a source-mapped twin of the same code (`node scripts/bundle-size.mjs --by-module`).
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { moduleLocator } from './bundle-size.mjs';
import { startDemoServer } from './serve-demo.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '5'));
const EXTENSION_DIR = path.resolve(arg('--ext', '.output/chrome-mv3'));
const PROFILE = process.argv.includes('--profile');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const COMPOSER = '.SendBox .SendBox-Editor .ql-editor';
const DRAFT = '加我微信abc12345';
const MORE = '，谢谢';
const WORLD = '回复卫士 ReplyGuard';
const PHASES = ['inject', 'compile', 'evaluate', 'start', 'first lint', 'later', 'bg gc', 'bg other'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The trace's complete events of one thread, each with its children (nesting by time). */
function forest(events) {
  const sorted = events.filter((e) => e.ph === 'X').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots = [];
  const stack = [];
  for (const e of sorted) {
    e.children = [];
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    (stack.length ? stack.at(-1).children : roots).push(e);
    stack.push(e);
  }
  return roots;
}

function* walk(e) {
  yield e;
  for (const c of e.children) yield* walk(c);
}

const isEngineUrl = (url) => typeof url === 'string' && url.startsWith('chrome-extension://') && url.endsWith('/lint-engine.js');
const ms = (e) => (e?.tdur ?? 0) / 1000;

/** Whether a main-thread task ran the extension's code (its isolated world) or a microtask checkpoint (promise work). */
function extensionTask(task) {
  for (const e of walk(task)) {
    if (e.args?.worldName === WORLD || String(e.args?.data?.url ?? '').startsWith('chrome-extension://') || e.name === 'RunMicrotasks') return true;
  }
  return false;
}

/** GC helper work, or the rest (V8's concurrent compilers, IO, raster: this light trace does not name them apart). */
function backgroundKind(task) {
  return [...walk(task)].some((e) => /GC|Scaveng|Sweep|Mark/i.test(e.name)) ? 'bg gc' : 'bg other';
}

/** CPU ms by phase from one run's trace events. */
function phases(events) {
  const marks = {};
  for (const e of events) if (e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('replyguard-')) marks[e.args.data.message.slice(11)] = e.ts;
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && isEngineUrl(e.args?.data?.url));
  if (!evaluate) throw new Error('trace has no EvaluateScript of lint-engine.js');
  const { pid, tid } = evaluate;
  const main = forest(events.filter((e) => e.pid === pid && e.tid === tid));
  const out = Object.fromEntries(PHASES.map((p) => [p, 0]));
  const injectTask = main.find((t) => t.ts <= evaluate.ts && evaluate.ts < t.ts + t.dur);
  const inside = [...walk(injectTask)];
  const compile = inside.find((e) => e.name === 'v8.compile' && isEngineUrl(e.args?.data?.url));
  const run = inside.find((e) => e.name === 'v8.run' && isEngineUrl(e.args?.fileName));
  out.compile = ms(compile);
  out.evaluate = ms(run);
  out.inject = ms(injectTask) - out.compile - out.evaluate;
  const injectEnd = injectTask.ts + injectTask.dur;
  for (const task of main) {
    if (task.ts < injectEnd || !extensionTask(task)) continue;
    if (task.ts < marks.typing) out.start += ms(task);
    else if (task.ts < marks.banner) out['first lint'] += ms(task);
    else if (task.ts < marks.done) out.later += ms(task);
  }
  const others = events.filter((e) => e.pid === pid && e.tid !== tid);
  const byThread = new Map();
  for (const e of others) byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
  for (const list of byThread.values()) {
    for (const task of forest(list)) {
      if (task.ts < injectTask.ts || task.ts >= marks.banner) continue;
      out[backgroundKind(task)] += ms(task);
    }
  }
  return out;
}

/** Self time (sampled, ms) of lint-engine.js by source module, when a source-mapped twin of this build exists. */
function profileByModule(profile) {
  const twin = path.resolve('.output/bundle-analysis/chrome-mv3/lint-engine.js');
  const strip = (code) => code.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, '').trimEnd();
  let locate = null;
  if (fs.existsSync(`${twin}.map`) && strip(fs.readFileSync(twin, 'utf8')) === strip(fs.readFileSync(path.join(EXTENSION_DIR, 'lint-engine.js'), 'utf8'))) {
    locate = moduleLocator(JSON.parse(fs.readFileSync(`${twin}.map`, 'utf8')));
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = {};
  profile.samples.forEach((id, i) => {
    const { url, lineNumber, columnNumber, functionName } = byId.get(id).callFrame;
    if (!isEngineUrl(url)) return;
    const where = `${locate ? locate(lineNumber, columnNumber) : 'lint-engine.js'} ${functionName || '(anonymous)'}`;
    out[where] = (out[where] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

async function oneRun(demoUrl) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-measure-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-first-run'],
  });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'toplevel'] } });
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const mark = (name) => page.evaluate((m) => console.timeStamp(m), `replyguard-${name}`);
    await page.goto(`${demoUrl}/workbench?auto=0&buyers=2&history=0`);
    await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 60_000 });
    // The engine is in once the guard answers a draft; give the start its idle tail before typing.
    await page.waitForTimeout(1500);
    await mark('typing');
    await page.locator(COMPOSER).click();
    await page.keyboard.type(DRAFT);
    await page.locator('[data-replyguard="banner"] .rg').waitFor({ timeout: 60_000 });
    await mark('banner');
    await page.keyboard.type(MORE, { delay: 150 });
    await page.waitForTimeout(800);
    await mark('done');
    const profile = PROFILE ? (await cdp.send('Profiler.stop')).profile : null;
    await cdp.send('Tracing.end');
    await complete;
    return { phases: phases(events), profile: profile && profileByModule(profile) };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const server = await startDemoServer({ port: 0 });
const runs = [];
const modules = {};
try {
  for (let i = 0; i < RUNS; i++) {
    const { phases: p, profile } = await oneRun(server.url);
    p.total = PHASES.reduce((s, k) => s + p[k], 0);
    runs.push(p);
    console.log(`run ${i + 1}: ${Object.entries(p).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    for (const [k, v] of Object.entries(profile ?? {})) (modules[k] ??= []).push(v);
  }
} finally {
  await server.close();
}
console.log(`\n${path.relative(process.cwd(), EXTENSION_DIR)}/lint-engine.js ${(fs.statSync(path.join(EXTENSION_DIR, 'lint-engine.js')).size / 1024).toFixed(0)} KB — renderer CPU ms by phase, median of ${RUNS}:`);
for (const k of [...PHASES, 'total']) console.log(`  ${k.padEnd(11)} ${median(runs.map((r) => r[k])).toFixed(0).padStart(6)}`);
if (PROFILE) {
  console.log('\nsampled self time in lint-engine.js (ms, mean of runs), top 25:');
  const rows = Object.entries(modules).map(([k, v]) => [k, v.reduce((a, b) => a + b, 0) / RUNS]).sort((a, b) => b[1] - a[1]);
  for (const [k, v] of rows.slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
}
