// Round 57 (guard57).
// An Enter pressed right after a long paste (20,000–300,000 characters), before the typing-time lint is done: the send is stopped at
// once (「正在检查…」, data-mode="checking") instead of the whole draft being linted in the key's task (0.3–0.8 s frozen, paste56), then
// decided when the stepwise lint is done: a breaking draft is blocked and listed; a clean one is not sent by that Enter, the banner
// says it was checked, and the next Enter sends it. The longest main-thread tasks (PerformanceObserver longtask) are printed.
// rt55g F4: a review list whose only field is its search box; a row's 回复 is a bare <span> / <div> (no button, no role) that opens
// an untitled dialog with a textarea and 确 定. The breaking reply went out unjudged (the row's 回复 was no control to the guard, so
// the untitled dialog had no buyer sense). Now it is stopped; the same dialog opened from an internal row, the search box and clean
// text still go.
import type { Page } from '@playwright/test';
import { expect, shared } from './fixtures';
import {
  BLOCK_TERM,
  EDITOR_KINDS,
  draftText,
  openComposer,
  sent,
  setSettings,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  WORKBENCH_ORIGIN,
  bannerSection,
  recordedBy,
  redTeamDoc,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

declare const chrome: typeof import('wxt/browser').browser;

const reviewsPage = redTeamDoc(
  'reviews: a search box, rows with a bare 回复',
  `<style>.row{border-bottom:1px solid #eee;padding:6px;width:640px}.op{color:#1677ff;cursor:pointer;margin-left:12px}
.mask{position:fixed;inset:0;background:rgba(0,0,0,.3)}.dlg{position:fixed;left:120px;top:80px;width:480px;background:#fff;padding:12px}
.dlg textarea{width:440px;display:block}</style>
<div class="toolbar"><input id="q" type="text" placeholder="搜索评价 / 订单号"> <button type="button" id="go">搜索</button></div>
<div class="list">
  <div class="row"><span class="who">买家 小王</span> <span class="txt">评价：质量很差，和描述不符</span> <span class="op" id="o1">回复</span></div>
  <div class="row"><div class="who">买家 小李</div><div class="txt">追评：物流太慢</div><div class="op" id="o2">回复</div></div>
  <div class="row"><span class="txt">内部备注：已联系仓库跟进</span> <span class="op" id="o3">回复</span></div>
</div>
<script>
document.getElementById('go').addEventListener('click', function () { rec('search:' + document.getElementById('q').value); });
document.getElementById('q').addEventListener('keydown', function (e) { if (e.key === 'Enter') rec('search:' + this.value); });
// A row's 回复 shows a dialog with no title: a mask, a box, a textarea, 取 消 and 确 定 (the page's own, added to <body>).
function openDialog() {
  document.querySelectorAll('.dlg-root').forEach(function (r) { r.remove(); });
  var root = document.createElement('div'); root.className = 'dlg-root';
  root.innerHTML = '<div class="mask"></div><div class="dlg" role="dialog"><textarea id="f" rows="3" placeholder="请输入"></textarea><div class="foot"><button type="button" class="cancel">取 消</button> <button type="button" id="b">确 定</button></div></div>';
  document.body.appendChild(root);
  root.querySelector('.cancel').onclick = function () { rec('cancel'); root.remove(); };
  root.querySelector('#b').addEventListener('click', function () { var f = document.getElementById('f'); if (rec('b:' + f.value.trim())) root.remove(); });
}
for (const id of ['o1', 'o2', 'o3']) document.getElementById(id).addEventListener('click', openDialog);
${E}`,
);

const test = workbenchPagesTest({ '/rt57/reviews': reviewsPage });

/** Opens the page and waits until the guard runs in it: it reports that the page has no composer (a search box is none). */
async function openReviews(pg: Page): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt57/reviews`);
  await pg.locator('#q').click();
  const worker = pg.context().serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))!;
  await expect
    .poll(
      () =>
        worker.evaluate(async () => {
          const all = (await chrome.storage.session.get('guard-status'))['guard-status'] as Record<string, { url: string; attached: boolean; reason?: string }> | undefined;
          return Object.values(all ?? {}).some((s) => s.url.includes('/rt57/reviews') && !s.attached && /未找到聊天输入框/.test(s.reason ?? ''));
        }),
      { timeout: 20_000, message: 'the guard runs in the page (it reported no composer)' },
    )
    .toBe(true);
  await expect(pg.locator('html')).not.toHaveAttribute('data-replyguard-attached', /.+/);
}

test('rt55g F4: a <span> / <div> 回复 in a review row opens an untitled dialog: its 确 定 is judged on a page whose only field is a search box; clean text, an internal row’s dialog and the search box go', async ({ pg }) => {
  await openReviews(pg);
  // The search box is no composer: a breaking search goes, by its button and by Enter.
  await typeIntoField(pg, '#q', BAD);
  expect(await recordedBy(pg, () => pg.locator('#go').click()), 'the search button goes').toEqual([`search:${BAD}`]);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter in the search box goes').toEqual([`search:${BAD}`]);
  for (const opener of ['#o1', '#o2']) {
    await pg.locator(opener).click();
    await typeIntoField(pg, '#f', BAD);
    expect(await recordedBy(pg, () => pg.locator('#b').click()), `${opener}: the breaking reply is stopped`).toEqual([]);
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
    await expect(pg.locator('#f')).toHaveValue(BAD);
    await typeIntoField(pg, '#f', CLEAN);
    expect(await recordedBy(pg, () => pg.locator('#b').click()), `${opener}: a clean reply goes`).toEqual([`b:${CLEAN}`]);
  }
  // The internal row's 回复: the same untitled dialog carries no buyer sense.
  await pg.locator('#o3').click();
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.locator('#b').click()), 'an internal row’s dialog goes').toEqual([`b:${BAD}`]);
});

// ---- An early Enter on a long paste ----

const TEXTAREA = EDITOR_KINDS.find((k) => k.id === 'textarea')!;
const SENTENCE = '亲，这款奶粉是澳洲原装进口，保税仓发货，请您放心。';

/** In the page: long tasks (PerformanceObserver longtask, with their start) and every banner mode shown (looked at every 10 ms). */
const watchPage = () => {
  const w = window as unknown as { longTasks: [number, number][]; modes: string[] };
  w.longTasks = [];
  w.modes = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
  setInterval(() => {
    const mode = document.querySelector('[data-replyguard="banner"]')?.shadowRoot?.querySelector('section')?.getAttribute('data-mode') ?? '';
    if (mode && w.modes.at(-1) !== mode) w.modes.push(mode);
  }, 10);
};
/** The page's clock now: long tasks that start later are the Enter's. */
const pageNow = () => performance.now();
/** The long tasks that started at or after `from` (page clock), and before `to` when given. */
const longTasksBetween = ({ from, to }: { from: number; to: number | null }) =>
  (window as unknown as { longTasks: [number, number][] }).longTasks.filter(([start]) => start >= from && (to === null || start < to)).map(([, d]) => d);
const modesSeen = () => (window as unknown as { modes: string[] }).modes;
const describeTasks = (tasks: number[]) =>
  tasks.length ? `longest ${Math.max(...tasks).toFixed(0)} ms, ${tasks.length} long tasks, ${tasks.reduce((a, b) => a + b, 0).toFixed(0)} ms in all` : 'no long task over 50 ms';

shared.describe('an Enter right after a long paste', () => {
  shared.beforeEach(async ({ serviceWorker }) => setSettings(serviceWorker));

  // One page for the three sizes (one attach: on a loaded machine the attach is the slow part of opening a page).
  shared('20,000 / 150,000 / 300,000 characters with a breach at the end: the Enter is stopped while the draft is checked, then blocked with the word listed', async ({ openDemo }) => {
    shared.slow(); // 300,000-character insertTexts and stepwise lints on a loaded 2-core machine
    const c = await openComposer(openDemo, TEXTAREA);
    await c.page.evaluate(watchPage);
    for (const repeats of [800, 6000, 12000]) {
      const length = SENTENCE.length * repeats + BLOCK_TERM.length;
      await c.editor.fill('');
      await expect(c.banner).toHaveCount(0);
      await c.editor.click();
      const pasted = await c.page.evaluate(pageNow);
      await c.page.keyboard.insertText(SENTENCE.repeat(repeats) + BLOCK_TERM);
      const entered = await c.page.evaluate(pageNow);
      const modesBefore = (await c.page.evaluate(modesSeen)).length;
      await c.page.keyboard.press('Enter');
      await expect(c.banner).toHaveAttribute('data-mode', 'blocked', { timeout: 30_000 });
      await expect(c.banner).toContainText(BLOCK_TERM);
      expect(await sent(c)).toEqual([]);
      await c.page.waitForTimeout(200);
      const modes = (await c.page.evaluate(modesSeen)).slice(modesBefore);
      const atPaste = await c.page.evaluate(longTasksBetween, { from: pasted, to: entered });
      const atEnter = await c.page.evaluate(longTasksBetween, { from: entered, to: null });
      console.log(`[perf] ${length} characters, Enter right after the paste: the paste ${describeTasks(atPaste)}; from the Enter to the decision ${describeTasks(atEnter)}; banner modes ${modes.join(' → ')}`);
      // Past 20,000 characters the typing-time lint takes many tasks: the Enter came before it was done, and waited for it. (A
      // banner already shown while typing, from the sliced lint, is 'typing' before the Enter.)
      if (repeats >= 6000) expect(modes.filter((m) => m !== 'typing'), `${length}: the send waited for the check (「正在检查…」)`).toEqual(['checking', 'blocked']);
      expect((await draftText(c)).length).toBe(length);
    }
  });

  shared('a clean 150,000-character paste: the Enter right after it is not sent until checked, the banner says so, and the next Enter sends it', async ({ openDemo }) => {
    shared.slow();
    const c = await openComposer(openDemo, TEXTAREA);
    await c.editor.click();
    await c.page.evaluate(watchPage);
    const draft = SENTENCE.repeat(6000);
    await c.page.keyboard.insertText(draft);
    const entered = await c.page.evaluate(pageNow);
    await c.page.keyboard.press('Enter');
    await expect(c.banner.locator('.notice')).toContainText('检查完成，未发现问题', { timeout: 30_000 });
    await expect(c.banner).toHaveAttribute('data-mode', 'typing');
    expect(await sent(c), 'the Enter that waited for the check sent nothing').toEqual([]);
    expect(await c.page.evaluate(modesSeen)).toEqual(['checking', 'typing']);
    await c.page.keyboard.press('Enter');
    await expect.poll(() => sent(c), { timeout: 15_000 }).toEqual([draft]);
    console.log(`[perf] clean 150,000 characters, from the first Enter to the send: ${describeTasks(await c.page.evaluate(longTasksBetween, { from: entered, to: null }))}`);
  });
});
