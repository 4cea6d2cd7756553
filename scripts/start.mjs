#!/usr/bin/env node
// npm start: build the extension (production) and the demo, serve the demo workbench, and open
// Chromium with the extension loaded on it.
//   With a display: a browser window; runs until the window is closed or Ctrl+C.
//   Without one (no DISPLAY, e.g. CI or SSH): headless; stages a scene (a waiting buyer, a draft
//   that breaks rule 2.3 typed on the keyboard), saves .output/start-screenshot.png, exits 0.
// Options: --headless, --no-build, --screenshot <file>, --port <n> (or PORT; default 5178).
// Browser: CHROME_PATH, else /usr/bin/chromium.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { DEFAULT_PORT, DemoNotBuiltError, startDemoServer } from './serve-demo.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** The draft typed in the headless scene: a rule 2.3 breach (moving the buyer to WeChat). */
export const SCENE_DRAFT = '亲，加我微信 abc12345 给您便宜';
const SCENE_BUYER_TEXT = '今天下单的话什么时候能发货呀？';

class StartError extends Error {}

function elapsed(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function run(label, command, args) {
  const started = performance.now();
  const binary = path.join(ROOT, 'node_modules', '.bin', command);
  const result = spawnSync(binary, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) throw new StartError(`${label}失败：${result.error.message}（先运行 npm ci）`);
  if (result.status !== 0) throw new StartError(`${label}失败（退出码 ${result.status}）/ ${label} failed`);
  console.log(`✔ ${label} ${elapsed(started)}`);
}

export function buildAll() {
  run('构建扩展 (wxt build)', 'wxt', ['build']);
  run('构建演示页面 (vite build)', 'vite', ['build', '--config', 'demo/vite.config.ts']);
}

function hasDisplay() {
  return process.platform === 'darwin' || process.platform === 'win32' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function serve(port) {
  try {
    return await startDemoServer({ port });
  } catch (error) {
    if (error?.code !== 'EADDRINUSE') throw error;
    console.log(`端口 ${port} 已被占用，改用一个空闲端口 / port ${port} busy, using a free one`);
    return startDemoServer({ port: 0 });
  }
}

/** Chromium with the built extension, on a throwaway profile. */
export async function launchWithExtension({ headless, profileDir }) {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new StartError(`找不到构建好的扩展 ${EXTENSION_DIR}：先运行 npm run build\n(extension not built: run \`npm run build\`)`);
  }
  if (!fs.existsSync(CHROME_PATH)) {
    throw new StartError(`找不到 Chromium：${CHROME_PATH}。请安装（Debian/Ubuntu: sudo apt-get install chromium）或设置 CHROME_PATH\n(Chromium not found: install it or set CHROME_PATH)`);
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROME_PATH,
    headless,
    viewport: headless ? { width: 1440, height: 900 } : null,
    // A visible window without the "controlled by automated software" bar.
    ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
    // Ctrl+C is ours: close the browser, the server and the profile in order, then exit 0.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(headless ? [] : ['--start-maximized']),
    ],
  });
}

/** Waits until the extension's content script marked the page (<html data-replyguard-attached>). */
async function waitForGuard(page) {
  try {
    await page.locator('html[data-replyguard-attached]').waitFor({ state: 'attached', timeout: 15_000 });
  } catch {
    throw new StartError('扩展没有挂载到演示工作台（15 秒内未出现 data-replyguard-attached）\n(the extension did not attach to the demo workbench)');
  }
  return page.locator('html').getAttribute('data-replyguard-attached');
}

/** Headless: stage the scene and save a screenshot. Returns its absolute path. */
async function stageAndScreenshot(page, url, screenshotPath) {
  await page.goto(`${url}/workbench?seed=1&open=1`);
  await page.locator('html[data-demo-ready]').waitFor({ state: 'attached' });
  const site = await waitForGuard(page);
  console.log(`✔ 扩展已挂载 / attached: ${site}`);
  // A buyer waiting for an answer, then the agent typing a breaking reply, key by key.
  await page.evaluate((text) => window.demo.buyerSays(1, text, { agoSeconds: 20 }), SCENE_BUYER_TEXT);
  await page.locator('.SendBox .ql-editor').click();
  await page.keyboard.type(SCENE_DRAFT, { delay: 20 });
  // Give the guard a moment to lint and draw (its banner, when present, is in the screenshot).
  const banner = await page
    .locator('[data-replyguard="banner"] .rg')
    .first()
    .waitFor({ state: 'visible', timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  if (!banner) await page.waitForTimeout(500);
  console.log(banner ? '✔ 卫士提示条已显示 / guard banner shown' : '· 未出现卫士提示条 / no guard banner (yet)');
  const file = path.resolve(ROOT, screenshotPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  return file;
}

/**
 * @param {{ headless?: boolean, build?: boolean, screenshot?: string, port?: number }} options
 */
export async function start(options = {}) {
  const started = performance.now();
  const headless = options.headless ?? !hasDisplay();
  if (options.build !== false) buildAll();
  const server = await serve(options.port ?? (Number(process.env.PORT) || DEFAULT_PORT));
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'replyguard-start-'));
  let context;
  try {
    context = await launchWithExtension({ headless, profileDir });
    const page = context.pages()[0] ?? (await context.newPage());
    if (headless) {
      const file = await stageAndScreenshot(page, server.url, options.screenshot ?? '.output/start-screenshot.png');
      console.log(`✔ 截图 / screenshot: ${file}`);
      console.log(`✔ 完成，用时 ${elapsed(started)} / done`);
      return file;
    }
    await page.goto(`${server.url}/workbench`);
    console.log(`\n演示工作台 / demo workbench: ${server.url}/workbench`);
    console.log(`其他演示页面 / other demo pages: ${server.url}/`);
    console.log('关闭浏览器窗口或按 Ctrl+C 退出 / close the window or press Ctrl+C to quit');
    const reason = await new Promise((resolve) => {
      context.once('close', () => resolve('窗口已关闭 / window closed'));
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => resolve(`收到 ${signal}`));
    });
    console.log(`${reason}，正在退出… / shutting down`);
    return null;
  } finally {
    await context?.close().catch(() => {});
    await server.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}

export function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--headless') options.headless = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--screenshot') options.screenshot = argv[++i];
    else if (arg.startsWith('--screenshot=')) options.screenshot = arg.slice('--screenshot='.length);
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg.startsWith('--port=')) options.port = Number(arg.slice('--port='.length));
    else throw new StartError(`未知参数：${arg}\n用法 / usage: npm start -- [--headless] [--no-build] [--screenshot <file>] [--port <n>]`);
  }
  if (options.screenshot !== undefined) options.headless = true;
  return options;
}

/** Runs as a CLI: exit code 0 on success, 1 with a readable message otherwise. */
export async function main(argv, defaults = {}) {
  try {
    await start({ ...defaults, ...parseArgs(argv) });
  } catch (error) {
    if (error instanceof StartError || error instanceof DemoNotBuiltError) console.error(`✘ ${error.message}`);
    else console.error(error);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main(process.argv.slice(2));
}
