// Round 54's guard red team (rt54g) F1, F2, F3, F10, fixed by guard54c: compound labels 确认发布 / 确定发布 / 保存并发布 committed review
// replies and Q&A answers unjudged; 确 定 / 完成 did not read an element-ui dialog's or drawer's title or a <strong class=title> head; a
// review list's 回复 opened a <body> modal titled only 「回复」 whose 确 定 sent unjudged (click and Tab+Enter); an icon-only
// <i title="确认">✓</i> in a review-reply row committed unjudged. Each is stopped now; clean text, an internal note's dialog, a
// nickname dialog and a modal's 取 消 still go.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectTypedAndStopped,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

const elDialog = (k: string, title: string, label: string) =>
  `<div class="el-dialog box" role="dialog" aria-label="${title}"><div class="el-dialog__header"><span class="el-dialog__title">${title}</span></div><div class="el-dialog__body"><form class="el-form" onsubmit="return false"><div class="el-form-item"><label class="el-form-item__label" for="f${k}">${label}</label><div class="el-form-item__content"><div class="el-textarea"><textarea class="el-textarea__inner" id="f${k}" rows="1"></textarea></div></div></div></form></div><div class="el-dialog__footer"><button type="button" class="el-button el-button--default"><span>取 消</span></button><button type="button" class="el-button el-button--primary" id="b${k}"><span>确 定</span></button></div></div>`;

const verbsPage = redTeamDoc(
  'compound verbs, kit titles, icon commits',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea,input{width:560px;display:block}.ant-modal-root{position:fixed;right:10px;top:10px;border:1px solid #999;background:#fff;padding:6px}</style>
<div class="box"><h5>问大家</h5><label for="f1">回答</label><input id="f1"><button type="button" id="b1">确认发布</button></div>
<div class="box"><h4>差评解释</h4><textarea id="f2" rows="1"></textarea><button type="button" id="b2">保存并发布</button></div>
<div class="box"><h4>回复评价</h4><textarea id="f3" rows="1"></textarea><button type="button" id="b3">确定发布</button></div>
<div class="box"><h4>回复评价</h4><textarea id="f4" rows="1"></textarea><button type="button" id="b4">确认并发布</button></div>
${elDialog('5', '回复评价', '回复内容')}
<div class="el-drawer box" role="dialog"><header class="el-drawer__header"><span>回复评价</span></header><section class="el-drawer__body"><textarea id="f6" rows="1"></textarea><a class="el-link" href="javascript:;" id="b6"><span class="el-link--inner">完成</span></a></section></div>
<div class="box"><strong class="title">回复评价</strong><textarea id="f7" rows="1"></textarea><button type="button" id="b7">确 定</button></div>
<div class="box"><h5>回复买家评价</h5><input id="f8"><i class="anticon anticon-check" role="img" aria-label="check" title="确认" id="b8">✓</i></div>
<div class="box"><h4>评价列表</h4><div>买家：质量很差 <a href="javascript:;" id="o9">回复</a> <a href="javascript:;" id="o10">回复</a></div></div>
<div class="box"><h4>工单列表</h4><div>内部备注：已跟进 <a href="javascript:;" id="o11">回复</a></div></div>
${elDialog('N1', '添加备注', '备注（仅内部可见）')}
${elDialog('N2', '修改昵称', '昵称')}
<script>
function keep(b, f) { document.getElementById(b).addEventListener('click', function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) { window.__sent.push(b + ':' + v); el.value = ''; } }); }
for (const k of ['1', '2', '3', '4', '5', '6', '7', '8', 'N1', 'N2']) keep('b' + k, 'f' + k);
// A review row's 回复 opens an antd modal in <body> titled only 回复; its 确 定 saves the reply, its 取 消 closes it.
function openModal(title) {
  document.querySelectorAll('.ant-modal-root').forEach(function (m) { m.remove(); });
  var m = document.createElement('div'); m.className = 'ant-modal-root';
  m.innerHTML = '<div class="ant-modal" role="dialog"><div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title">' + title + '</div></div><div class="ant-modal-body"><textarea id="f9" rows="1"></textarea></div><div class="ant-modal-footer"><button type="button" class="ant-btn cancel"><span>取 消</span></button><button type="button" class="ant-btn ant-btn-primary ok" id="b9"><span>确 定</span></button></div></div></div>';
  document.body.appendChild(m);
  m.querySelector('.cancel').onclick = function () { window.__sent.push('cancel'); m.remove(); };
  m.querySelector('.ok').addEventListener('click', function () { var el = document.getElementById('f9'); var v = el.value.trim(); if (v) window.__sent.push('b9:' + v); el.value = ''; m.remove(); });
}
document.getElementById('o9').addEventListener('click', function () { openModal('回复'); });
document.getElementById('o10').addEventListener('click', function () { openModal('处理'); });
document.getElementById('o11').addEventListener('click', function () { openModal('处理'); });
${E}`,
);

const test = workbenchPagesTest({ '/rt54c/verbs': verbsPage });

const ROWS = [
  ['#f1', '#b1', 'F1 问大家 / 回答 (input) / 确认发布'],
  ['#f2', '#b2', 'F1 差评解释 / 保存并发布'],
  ['#f3', '#b3', 'F1 回复评价 / 确定发布'],
  ['#f4', '#b4', 'F1 回复评价 / 确认并发布'],
  ['#f5', '#b5', 'F2 el-dialog 回复评价 / 回复内容 / 确 定'],
  ['#f6', '#b6', 'F2 el-drawer 回复评价 / <a>完成'],
  ['#f7', '#b7', 'F2 <strong class=title>回复评价 / 确 定'],
  ['#f8', '#b8', 'F10 回复买家评价 / <i title=确认>✓'],
] as const;

const stopped = expectTypedAndStopped;

test('rt54g F1 F2 F10: compound publish labels, element-ui dialog / drawer titles, a strong title and an icon-only 确认 are judged; clean text goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54c/verbs', '#f1');
  for (const [field, button, what] of ROWS) await stopped(pg, field, () => pg.locator(button).click(), what);
  for (const [field, button, what] of ROWS) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: a clean text goes`).toEqual([`${button.slice(1)}:${CLEAN}`]);
  }
});

test('rt54g F3: a review row’s 回复 opens a <body> modal titled 回复: its 确 定 is judged (click and Tab+Enter); 取 消 and clean text go', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54c/verbs', '#f1');
  await pg.locator('#o9').click();
  await stopped(pg, '#f9', () => pg.locator('#b9').click(), 'F3 modal 回复 / 确 定 (click)');
  // Keyboard: Tab from the field over 取 消 to 确 定, then Enter.
  await typeIntoField(pg, '#f9', BAD);
  // The new draft is judged before the agent tabs on: until then the banner still shows the stop above, whose buttons come
  // next in the Tab order (the fresh clone of round 60 tabbed into them under load).
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'typing');
  await pg.keyboard.press('Tab');
  await pg.keyboard.press('Tab');
  await expect(pg.locator('#b9')).toBeFocused();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'F3 Tab Tab Enter on 确 定: stopped').toEqual([]);
  await expect(pg.locator('#f9')).toHaveValue(BAD);
  expect(await recordedBy(pg, () => pg.locator('.ant-modal-root .cancel').click()), 'the modal’s 取 消 goes').toEqual(['cancel']);
  await pg.locator('#o9').click();
  await typeIntoField(pg, '#f9', CLEAN);
  expect(await recordedBy(pg, () => pg.locator('#b9').click()), 'clean text through the modal').toEqual([`b9:${CLEAN}`]);
});

test('rt54g controls: an internal note’s and a nickname’s element-ui dialog still commit by 确 定', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54c/verbs', '#fN1');
  for (const [field, button, what] of [
    ['#fN1', '#bN1', 'el-dialog 添加备注 / 备注（仅内部可见） / 确 定'],
    ['#fN2', '#bN2', 'el-dialog 修改昵称 / 昵称 / 确 定'],
  ] as const) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: goes`).toEqual([`${button.slice(1)}:${BAD}`]);
  }
});

test('rt54g F3: a modal with a neutral title (处理) opened by a review row’s 回复 is judged; one opened by an internal row’s 回复 goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54c/verbs', '#f1');
  await pg.locator('#o10').click();
  await stopped(pg, '#f9', () => pg.locator('#b9').click(), 'F3 review row 回复 → modal 处理 / 确 定');
  expect(await recordedBy(pg, () => pg.locator('.ant-modal-root .cancel').click()), 'the modal’s 取 消 goes').toEqual(['cancel']);
  await pg.locator('#o11').click();
  await typeIntoField(pg, '#f9', BAD);
  expect(await recordedBy(pg, () => pg.locator('#b9').click()), 'internal row 回复 → modal 处理 / 确 定: goes').toEqual([`b9:${BAD}`]);
});
