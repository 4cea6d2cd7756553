// Round 57 (guard57).
// rt55g F4: a review list whose only field is its search box; a row's 回复 is a bare <span> / <div> (no button, no role) that opens
// an untitled dialog with a textarea and 确 定. The breaking reply went out unjudged (the row's 回复 was no control to the guard, so
// the untitled dialog had no buyer sense). Now it is stopped; the same dialog opened from an internal row, the search box and clean
// text still go.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
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
