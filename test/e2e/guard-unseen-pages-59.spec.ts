// Round 59 (guard59).
// Item 2: a review box's 更多, clicked before the guard started, opens an in-house confirm popover whose 确定 saves the reply. Round 58
// replayed only a row's 回复 (noteReplyOpener), so the popover's 确定 committed a breaking reply unjudged once the guard came. The page
// here clicks 更多 from its own inline script, while the document is still parsed (before document_end, so before the guard). Now the
// early listeners keep the popups shown at that click, and the guard takes the popover shown since as that click's.
// Item 3: a 工作记录 (work-log) row whose text holds a 回复买家 label read as a buyer row (its words say 买家): the note opened from it
// (添加备注 or its 回复) was judged a buyer reply, so a note quoting a buyer's WeChat id was stopped. Now the row is what its title says.
// Item 4: an Enter in the note of a dialog an internal row opened was still judged as a send (round 58 made only its bare 提 交 no
// send): a note the page saves on Enter was stopped while its 提 交 went, and a textarea's line break was kept from the note.
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

/** Review boxes whose 更多 opens an in-house popover (no role, no popup class, a fixed position; its 确定 saves the box's field). */
const popPage = redTeamDoc(
  'a review box’s 更多 clicked before the guard',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea{width:560px;display:block}.pp{position:fixed;right:10px;top:10px;z-index:2000;border:1px solid #999;background:#fff;padding:6px}</style>
<div class="box"><h4>评价回复</h4><textarea id="r1" rows="1" placeholder="回复买家评价"></textarea><button type="button" id="o1">更多</button></div>
<div class="box"><h4>内部备注</h4><label for="n1">备注（仅内部可见）</label><textarea id="n1" rows="1"></textarea><button type="button" id="o3">⋯</button></div>
<script>
function pop(f) {
  document.querySelectorAll('.pp').forEach(function (p) { p.remove(); });
  var p = document.createElement('div'); p.className = 'pp';
  p.innerHTML = '<div class="x-pop">确定要发布吗？<button type="button" class="cancel">取消</button><button type="button" class="ok">确定</button></div>';
  document.body.appendChild(p);
  p.querySelector('.cancel').onclick = function () { p.remove(); };
  p.querySelector('.ok').onclick = function () { var el = document.getElementById(f); if (rec(f + ':' + el.value.trim())) { el.value = ''; p.remove(); } };
}
document.getElementById('o1').addEventListener('click', function () { pop('r1'); });
document.getElementById('o3').addEventListener('click', function () { pop('n1'); });
// The agent's click while the page is still loading: the guard (document_end, then its engine) cannot be there yet.
var early = new URLSearchParams(location.search).get('early');
if (early) document.getElementById(early).click();
${E}`,
);

/** Work-log rows saying 回复买家 (a tag, or in the log's words), a buyer review row, each opening one untitled dialog with a bare 提 交. */
const workLogPage = redTeamDoc(
  'work-log rows that say 回复买家',
  `<style>.row{border-bottom:1px solid #eee;padding:6px;width:640px}.op{color:#1677ff;cursor:pointer;margin-left:12px}.tag{background:#eef;margin-left:6px}
.dlg{position:fixed;left:120px;top:80px;width:480px;background:#fff;padding:12px;border:1px solid #ccc}.dlg textarea{width:440px;display:block}</style>
<div class="list">
  <div class="row"><span class="txt">工作记录 张三 12:00 物流已催</span><span class="tag">回复买家</span> <button type="button" id="add">添加备注</button> <span class="op" id="reply">回复</span></div>
  <div class="row"><span class="time">12:30</span> <span class="txt">工作记录：买家催发货，已回复买家</span> <button type="button" id="add2">添加备注</button></div>
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
for (const id of ['add', 'reply', 'add2', 'buyer']) document.getElementById(id).addEventListener('click', openDialog);
${E}`,
);

/** Rows opening an untitled note dialog: a textarea (Enter is a line break) or an input the page saves on Enter, with a bare 提 交. */
const enterPage = redTeamDoc(
  'internal notes saved on Enter',
  `<div class="row"><span>内部备注：已联系仓库跟进</span> <span class="op" id="ta">回复</span></div>
<div class="row"><span>内部备注：待回电</span> <button type="button" id="inp">添加备注</button></div>
<div class="row"><span>买家 小王</span> <span>评价：质量很差</span> <span class="op" id="buyer">回复</span></div>
<script>
function openDialog(input) {
  document.querySelectorAll('.dlg').forEach(function (d) { d.remove(); });
  var d = document.createElement('div'); d.className = 'dlg'; d.setAttribute('role', 'dialog');
  d.innerHTML = (input ? '<input id="f" placeholder="请输入">' : '<textarea id="f" rows="3" placeholder="请输入"></textarea>') + '<button type="button" class="cancel">取 消</button> <button type="button" id="b">提 交</button>';
  document.body.appendChild(d);
  var save = function () { var f = document.getElementById('f'); if (rec('b:' + f.value.trim())) d.remove(); };
  d.querySelector('#b').addEventListener('click', save);
  d.querySelector('.cancel').onclick = function () { d.remove(); };
  if (input) d.querySelector('#f').addEventListener('keydown', function (e) { if (e.key === 'Enter') save(); });
}
document.getElementById('ta').addEventListener('click', function () { openDialog(false); });
document.getElementById('inp').addEventListener('click', function () { openDialog(true); });
document.getElementById('buyer').addEventListener('click', function () { openDialog(true); });
${E}`,
);

const test = workbenchPagesTest({ '/rt59/pop': popPage, '/rt59/worklog': workLogPage, '/rt59/enter': enterPage });


test('item 2: a review box’s 更多 clicked before the guard started: its popover’s 确定 is judged when the guard comes; clean text goes', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt59/pop?early=o1`);
  await expect(pg.locator('.pp .ok'), 'the early click opened the popover').toBeVisible();
  await untilGuardRuns(pg, '/rt59/pop?early=o1');
  await typeIntoField(pg, '#r1', BAD);
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'the breaking reply is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator('#r1')).toHaveValue(BAD);
  await typeIntoField(pg, '#r1', CLEAN);
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'a clean reply goes').toEqual([`r1:${CLEAN}`]);
});

test('item 2: an internal note’s ⋯ clicked before the guard started carries nothing: its popover’s 确定 goes', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt59/pop?early=o3`);
  await expect(pg.locator('.pp .ok')).toBeVisible();
  await untilGuardRuns(pg, '/rt59/pop?early=o3');
  await typeIntoField(pg, '#n1', BAD);
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click())).toEqual([`n1:${BAD}`]);
});

test('item 3: a 工作记录 row saying 回复买家 is internal: the note its 添加备注 / 回复 opens goes; a buyer row’s reply is stopped', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt59/worklog`);
  await untilGuardRuns(pg, '/rt59/worklog');
  for (const opener of ['#add', '#reply', '#add2']) {
    await pg.locator(opener).click();
    await typeIntoField(pg, '#f', BAD);
    expect(await recordedBy(pg, () => pg.locator('#b').click()), `${opener}: a work-log row’s note goes`).toEqual([`b:${BAD}`]);
  }
  await pg.locator('#buyer').click();
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.locator('#b').click()), 'a buyer row’s reply is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
});

test('item 4: Enter in an internal row’s note does what its 提 交 does: a line break in a textarea, the page’s save in an input; a buyer row’s is stopped', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt59/enter`);
  await untilGuardRuns(pg, '/rt59/enter');
  await pg.locator('#ta').click();
  await typeIntoField(pg, '#f', BAD);
  await pg.keyboard.press('Enter');
  await pg.keyboard.insertText('已转仓库');
  await expect(pg.locator('#f'), 'the Enter typed a line break in the note').toHaveValue(`${BAD}\n已转仓库`);
  await pg.locator('.cancel').click();
  await pg.locator('#inp').click();
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'the page saves the note on Enter').toEqual([`b:${BAD}`]);
  await pg.locator('#buyer').click();
  await typeIntoField(pg, '#f', BAD);
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'a buyer row’s reply saved on Enter is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
});
