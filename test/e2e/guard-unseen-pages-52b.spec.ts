// Round 52 (guard52b), rt50-guard #1 left over (round 51's guard51c had it, with a replay of the held send that was not merged:
// the extension never sends anything itself). An engine load that hangs (the lint-engine.js load stalls; the red team made it
// with context.route holding the engine file's request, made here in the worker since round 61) held the agent's sends for up to 30 s with nothing
// said. Now the document_start script says at once, beside the field and clear of it and of 发送, that the check is loading and
// the send did NOT go out; once the engine comes and the draft is checked, it says ready. Nothing is sent until the agent sends
// again; that send is judged as any: a clean draft goes out, a breach is stopped.
// A fresh browser per test (fixtures.ts `test`): these are start-up tests.
import type { BrowserContext, Locator, Page, Route, Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { RED_TEAM_BAD, RED_TEAM_CLEAN, routeWorkbenchPages, WORKBENCH_ORIGIN as ORIGIN } from './guard-support';

declare const chrome: typeof import('wxt/browser').browser;

// The composer at the bottom, as on the workbench; the page counts every send it makes (an empty one too).
const PAGE = `<!doctype html><meta charset="utf-8"><title>composer</title>
<style>body { margin: 0; height: 100vh; display: flex; flex-direction: column; justify-content: flex-end; }
.box { display: flex; gap: 8px; padding: 12px; border-top: 1px solid #ccc; }</style>
<div class="box"><textarea id="composer" rows="3" cols="60"></textarea><button id="send">发送</button></div>
<script>
window.__sent = []; window.__sends = 0;
var t = document.getElementById('composer');
function send(){ window.__sends++; if (!t.value.trim()) return; window.__sent.push(t.value); t.value = ''; }
t.addEventListener('keydown', function(e){ if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); send(); } });
document.getElementById('send').addEventListener('click', send);
</script>`;

const notice = (page: Page): Locator => page.locator('[data-replyguard="startup-hold"] .box:not([hidden])');
const sends = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __sends: number }).__sends);
const sent = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.slice());

/**
 * Holds the engine until the returned function is called. Round 61: the background runs the engine file in the frame
 * (background/engine-inject.ts), so its scripting.executeScript of that file is held in the worker; a request for the file
 * (the content script's import(), where the background could not put it there) is held as well.
 */
async function stallEngine(context: BrowserContext, worker: Worker): Promise<() => Promise<void>> {
  await worker.evaluate(() => {
    const w = globalThis as unknown as { __releaseEngine?: () => void };
    const held: (() => void)[] = [];
    let released = false;
    const apis = new Set([chrome.scripting, (globalThis as unknown as { browser?: typeof chrome }).browser?.scripting].filter(Boolean));
    for (const api of apis) {
      const run = api!.executeScript.bind(api);
      (api as { executeScript: unknown }).executeScript = (options: { files?: string[] }) =>
        !released && options.files?.some((f) => f.includes('lint-engine'))
          ? new Promise((resolve, reject) => held.push(() => void run(options as never).then(resolve, reject)))
          : run(options as never);
    }
    w.__releaseEngine = () => {
      released = true;
      for (const go of held.splice(0)) go();
    };
  });
  const heldRoutes: Route[] = [];
  let released = false;
  await context.route(/lint-engine\.js/, (route) => {
    if (released) return route.continue();
    heldRoutes.push(route);
  });
  return async () => {
    released = true;
    await worker.evaluate(() => (globalThis as unknown as { __releaseEngine: () => void }).__releaseEngine());
    for (const route of heldRoutes.splice(0)) await route.continue();
  };
}

async function open(context: BrowserContext): Promise<Page> {
  await routeWorkbenchPages(context, { '/chat': PAGE });
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/chat`, { waitUntil: 'domcontentloaded' });
  return page;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The notice covers neither the composer nor its 发送. */
async function expectClear(page: Page, what: string): Promise<void> {
  const box = (await notice(page).boundingBox())!;
  for (const sel of ['#composer', '#send']) expect(overlaps(box, (await page.locator(sel).boundingBox())!), `${what}: the notice is clear of ${sel}`).toBe(false);
}

test('an engine that has not loaded: a held Enter is told within 1 s; nothing is sent when it comes; the notice says ready; the next Enter sends the clean reply', async ({ context, serviceWorker }) => {
  const release = await stallEngine(context, serviceWorker);
  const page = await open(context);
  await page.locator('#composer').fill(RED_TEAM_CLEAN);
  await page.locator('#composer').focus();
  const pressed = Date.now();
  await page.keyboard.press('Enter');
  await expect(notice(page), 'said at once, while the engine is still loading').toBeVisible({ timeout: 1000 });
  expect(Date.now() - pressed).toBeLessThan(1000);
  const text = (await notice(page).textContent()) ?? '';
  expect(text).toContain('正在载入检查');
  expect(text).toContain('没有发出');
  expect(text).toMatch(/载入完成后这里会告诉您草稿已检查，届时请再按 Enter 发送/);
  expect(text).toMatch(/若 \d+ 秒后仍未载入完成，之后的发送将不经检查直接发出/);
  expect(text.indexOf('回复卫士')).toBeLessThan(text.indexOf('ReplyGuard'));
  expect(text, 'no draft text in it').not.toContain('发货');
  await expect(notice(page)).toHaveAttribute('role', 'status');
  await expect(page.locator('#composer'), 'the focus stays in the composer').toBeFocused();
  await expectClear(page, 'loading');
  await page.waitForTimeout(1500);
  expect(await sends(page), 'held: not sent unchecked').toBe(0);
  expect(await page.locator('html').getAttribute('data-replyguard-attached'), 'the engine is really stalled').toBeNull();

  await release();
  await expect(notice(page), 'ready, and says the draft was checked').toContainText('已就绪', { timeout: 20_000 });
  await expect(notice(page)).toContainText('已检查');
  await expect(notice(page)).toContainText('再按 Enter');
  await page.waitForTimeout(1000);
  expect(await sends(page), 'nothing sent by the extension once the engine came').toBe(0);
  await expect(page.locator('#composer')).toHaveValue(RED_TEAM_CLEAN);
  await expect(page.locator('#composer'), 'the focus still in the composer').toBeFocused();

  await page.keyboard.press('Enter');
  await expect.poll(() => sent(page), { message: 'the agent sent it: checked, clean, out' }).toEqual([RED_TEAM_CLEAN]);
  await expect(notice(page), 'gone with that send').toHaveCount(0);
});

test('an engine that has not loaded: a held 发送 click with a breach — nothing sent when the engine comes, the findings are shown, the next click is stopped', async ({ context, serviceWorker }) => {
  const release = await stallEngine(context, serviceWorker);
  const page = await open(context);
  await page.locator('#composer').fill(RED_TEAM_BAD);
  await page.locator('#send').click();
  await expect(notice(page)).toBeVisible({ timeout: 1000 });
  await expect(notice(page)).toContainText('再点一次发送按钮');
  await expectClear(page, 'loading');
  await release();
  const banner = page.locator('[data-replyguard="banner"] .rg');
  await expect(banner, 'checked: the findings are shown').toContainText('2.3', { timeout: 20_000 });
  await expect(banner, 'and says it was the send paused at start-up').toContainText('暂停了刚才的发送');
  await expect(notice(page)).toContainText('已就绪');
  await expectClear(page, 'ready');
  const [n, b] = [(await notice(page).boundingBox())!, (await banner.boundingBox())!];
  expect(overlaps(n, b), 'the banner is clear of the notice').toBe(false);
  await page.waitForTimeout(1000);
  expect(await sends(page), 'nothing sent by the extension once the engine came').toBe(0);

  await page.locator('#send').click();
  await expect(page.locator('[data-replyguard="banner"] section'), 'the agent\'s click: stopped').toHaveAttribute('data-mode', 'blocked');
  await page.waitForTimeout(500);
  expect(await sends(page), 'never sent').toBe(0);
  await expect(page.locator('#composer')).toHaveValue(RED_TEAM_BAD);
  await expect(notice(page), 'gone with that send').toHaveCount(0);
});
