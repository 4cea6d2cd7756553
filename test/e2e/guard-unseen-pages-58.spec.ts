// Round 58 (guard58).
// A review row's 回复 clicked before the guard started (the lint engine loads 0.5–1 s after the page, longer under load): the
// untitled dialog it opened had no buyer sense, so a breaking reply committed by its 确 定 went out unjudged. The page here clicks
// the row's bare <span>回复 from its own inline script, while the document is still parsed: before document_end, so before the guard
// could be there, as an agent's quick click on a slow load. Now the document_start listeners keep the click and the guard notes it
// when it comes: the breaking reply is stopped, a clean one goes, and the same early click on an internal row carries nothing.
// Item 2: a bare 提 交 in an untitled dialog opened from an INTERNAL row (内部备注's 回复, 工作记录's 添加备注) was judged a buyer reply
// (a generic composer whose send is the 提交): a breaking note was stopped. Now the dialog inherits the opener's sense: an internal
// row's note goes; a buyer row's reply and a dialog of unknown opener (the toolbar's 新建) are still stopped (the safe side).
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
  untilGuardRuns,
  workbenchPagesTest,
} from './guard-support';

declare const chrome: typeof import('wxt/browser').browser;

/** The round-57 review list (a search box, rows with a bare <span>回复), whose script clicks the row named by ?early= as it loads. */
const reviewsPage = redTeamDoc(
  'reviews: a row’s 回复 clicked before the guard',
  `<style>.row{border-bottom:1px solid #eee;padding:6px;width:640px}.op{color:#1677ff;cursor:pointer;margin-left:12px}
.mask{position:fixed;inset:0;background:rgba(0,0,0,.3)}.dlg{position:fixed;left:120px;top:80px;width:480px;background:#fff;padding:12px}
.dlg textarea{width:440px;display:block}</style>
<div class="toolbar"><input id="q" type="text" placeholder="搜索评价 / 订单号"></div>
<div class="list">
  <div class="row"><span class="who">买家 小王</span> <span class="txt">评价：质量很差，和描述不符</span> <span class="op" id="o1">回复</span></div>
  <div class="row"><span class="txt">内部备注：已联系仓库跟进</span> <span class="op" id="o3">回复</span></div>
</div>
<script>
function openDialog() {
  document.querySelectorAll('.dlg-root').forEach(function (r) { r.remove(); });
  var root = document.createElement('div'); root.className = 'dlg-root';
  root.innerHTML = '<div class="mask"></div><div class="dlg" role="dialog"><textarea id="f" rows="3" placeholder="请输入"></textarea><div class="foot"><button type="button" class="cancel">取 消</button> <button type="button" id="b">确 定</button></div></div>';
  document.body.appendChild(root);
  root.querySelector('.cancel').onclick = function () { rec('cancel'); root.remove(); };
  root.querySelector('#b').addEventListener('click', function () { var f = document.getElementById('f'); if (rec('b:' + f.value.trim())) root.remove(); });
}
for (const id of ['o1', 'o3']) document.getElementById(id).addEventListener('click', openDialog);
// The agent's click while the page is still loading: the guard (document_end, then its engine) cannot be there yet.
var early = new URLSearchParams(location.search).get('early');
if (early) document.getElementById(early).click();
${E}`,
);

/** Rows of three senses, each control opening the same untitled dialog with a textarea, 取 消 and a bare 提 交. */
const notesPage = redTeamDoc(
  'rows: internal notes, a buyer review, a toolbar',
  `<style>.row{border-bottom:1px solid #eee;padding:6px;width:640px}.op{color:#1677ff;cursor:pointer;margin-left:12px}
.dlg{position:fixed;left:120px;top:80px;width:480px;background:#fff;padding:12px;border:1px solid #ccc}.dlg textarea{width:440px;display:block}</style>
<div class="toolbar"><button type="button" id="new">新建</button></div>
<div class="list">
  <div class="row"><span class="txt">内部备注：已联系仓库跟进</span> <span class="op" id="note">回复</span></div>
  <div class="row"><span class="txt">工作记录 张三 12:00 物流已催</span> <button type="button" id="work">添加备注</button></div>
  <div class="row"><span class="who">买家 小王</span> <span class="txt">评价：质量很差</span> <span class="op" id="buyer">回复</span></div>
</div>
<script>
function openDialog() {
  document.querySelectorAll('.dlg').forEach(function (d) { d.remove(); });
  var d = document.createElement('div'); d.className = 'dlg'; d.setAttribute('role', 'dialog');
  d.innerHTML = '<textarea id="f" rows="3" placeholder="请输入"></textarea><div class="foot"><button type="button" class="cancel">取 消</button> <button type="button" id="b">提 交</button></div>';
  document.body.appendChild(d);
  d.querySelector('.cancel').onclick = function () { d.remove(); };
  d.querySelector('#b').addEventListener('click', function () { var f = document.getElementById('f'); if (rec('b:' + f.value.trim())) d.remove(); });
}
for (const id of ['new', 'note', 'work', 'buyer']) document.getElementById(id).addEventListener('click', openDialog);
${E}`,
);

const test = workbenchPagesTest({ '/rt58/reviews': reviewsPage, '/rt58/notes': notesPage });

/** Opens the page with the row `early` clicked as it loads, and waits until the guard runs in it (it reported its status). */
async function openWithEarlyClick(pg: Page, early: string): Promise<void> {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt58/reviews?early=${early}`);
  await expect(pg.locator('#f'), 'the early click opened the dialog').toBeVisible();
  await untilGuardRuns(pg, `/rt58/reviews?early=${early}`);
}


test('a buyer row’s 回复 clicked before the guard started: the dialog’s 确 定 is judged when the guard comes; clean text goes', async ({ pg }) => {
  await openWithEarlyClick(pg, 'o1');
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.locator('#b').click()), 'the breaking reply is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator('#f')).toHaveValue(BAD);
  await typeIntoField(pg, '#f', CLEAN);
  expect(await recordedBy(pg, () => pg.locator('#b').click()), 'a clean reply goes').toEqual([`b:${CLEAN}`]);
});

test('an internal row’s 回复 clicked before the guard started carries nothing: its dialog’s 确 定 goes', async ({ pg }) => {
  await openWithEarlyClick(pg, 'o3');
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.locator('#b').click()), 'an internal row’s dialog goes').toEqual([`b:${BAD}`]);
});

test('item 2: a bare 提 交 in an untitled dialog opened from an internal row goes; from a buyer row or an unknown opener it is stopped', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt58/notes`);
  await untilGuardRuns(pg, '/rt58/notes');
  for (const opener of ['#note', '#work']) {
    await pg.locator(opener).click();
    await typeIntoField(pg, '#f', BAD);
    expect(await recordedBy(pg, () => pg.locator('#b').click()), `${opener}: an internal row’s note goes`).toEqual([`b:${BAD}`]);
  }
  for (const opener of ['#buyer', '#new']) {
    await pg.locator(opener).click();
    await typeIntoField(pg, '#f', BAD);
    expect(await recordedBy(pg, () => pg.locator('#b').click()), `${opener}: stopped (a buyer reply, or the safe side)`).toEqual([]);
    await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
    await pg.locator('.cancel').click();
  }
});
