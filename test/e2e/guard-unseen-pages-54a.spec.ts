// Round 53's guard red team (rt53g) F3, fixed by guard54a: 确 定 / 完 成 committed buyer-facing and public fields unjudged for wordings
// 提 交 was judged for (an antd modal 回复评价, 消费者投诉 · 处理结果, 商家解释（展示在商品评价区）), 发 布 was no send at all (追评回复,
// 「回复将公开展示」), and the 确认 of an antd Popconfirm in <body> opened by such a field's 发 布 / 处理完毕 committed it unjudged. Each is
// stopped now (pages as c01-confirm / c02-confirm-controls); clean text, private notes, a search, an order remark, a staff-only tag and a
// popup's 取 消 still go.
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

const box = (k: string, title: string, label: string, control: string, placeholder = '') =>
  `<div class="box"><h4>${title}</h4>${label ? `<label for="f${k}">${label}</label>` : ''}<textarea id="f${k}" rows="1"${placeholder ? ` placeholder="${placeholder}"` : ''}></textarea>${control}</div>`;

const confirmPage = redTeamDoc(
  'confirm commits of public fields',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea,input{width:560px;display:block}.ant-popover{position:fixed;right:10px;top:10px;border:1px solid #999;background:#fff;padding:6px}</style>
<div class="ant-modal box" role="dialog"><div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title">回复评价</div></div>
<div class="ant-modal-body"><label for="f1">回复内容</label><textarea id="f1" rows="1"></textarea></div>
<div class="ant-modal-footer"><button type="button" class="ant-btn"><span>取 消</span></button><button type="button" class="ant-btn ant-btn-primary" id="b1"><span>确 定</span></button></div></div></div>
${box('2', '消费者投诉 · 处理结果', '处理结果说明', '<button type="button" id="b2"><span>确 定</span></button>')}
${box('3', '评价管理', '商家解释（展示在商品评价区）', '<button type="button" id="b3">完 成</button>')}
${box('4', '评价管理', '商家解释（展示在商品评价区）', '<div role="button" tabindex="0" id="b4">完 成</div>')}
${box('5', '追评回复', '', '<button type="button" class="ant-btn" id="b5"><span>发 布</span></button>', '回复将公开展示')}
${box('P1', '追评回复', '', '<button type="button" class="ant-btn" id="oP1"><span>发 布</span></button>', '回复将公开展示')}
${box('P2', '消费者投诉 · 处理结果', '处理结果说明', '<a href="javascript:;" id="oP2">处理完毕</a>')}
<div class="ant-modal box" role="dialog"><div class="ant-modal-title">添加内部备注</div><div class="ant-modal-body"><label for="n1">备注（仅内部可见）</label><textarea id="n1" rows="1"></textarea></div><div class="ant-modal-footer"><button type="button" class="ant-btn ant-btn-primary" id="m1"><span>确 定</span></button></div></div>
<div class="box"><label for="n2">搜索聊天记录</label><input id="n2" placeholder="搜索"><button type="button" id="m2">确 定</button></div>
<div class="box"><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><div><h5>订单备注</h5><label for="n4">商家备注（买家不可见）</label><textarea id="n4" rows="1"></textarea><button type="button" id="m4"><span>确 定</span></button></div></div>
<div class="box"><div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div><div><h5>客户标签</h5><label for="n5">备注（仅客服可见）</label><input id="n5"><a href="javascript:;" id="m5">完成</a></div></div>
<script>
function keep(b, f) { document.getElementById(b).addEventListener('click', function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) { window.__sent.push(b + ':' + v); el.value = ''; } }); }
for (const k of ['1', '2', '3', '4', '5']) keep('b' + k, 'f' + k);
for (const k of ['1', '2', '4', '5']) keep('m' + k, 'n' + k);
// An antd Popconfirm rendered in <body>: its 取 消 closes it, its OK (<a>确认 / <button>确 定) saves the field that opened it.
function pop(f, tag) {
  document.querySelectorAll('.ant-popover').forEach(function (p) { p.remove(); });
  var p = document.createElement('div'); p.className = 'ant-popover ant-popconfirm';
  p.innerHTML = '<div class="ant-popover-inner"><div class="ant-popover-message">确定提交吗？</div><div class="ant-popover-buttons"><button type="button" class="ant-btn ant-btn-sm cancel"><span>取 消</span></button>' + (tag === 'a' ? '<a href="javascript:;" class="ok">确认</a>' : '<button type="button" class="ant-btn ant-btn-primary ant-btn-sm ok"><span>确 定</span></button>') + '</div></div>';
  document.body.appendChild(p);
  p.querySelector('.cancel').onclick = function () { window.__sent.push('cancel'); p.remove(); };
  p.querySelector('.ok').onclick = function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) window.__sent.push(f + ':' + v); el.value = ''; p.remove(); };
}
document.getElementById('oP1').addEventListener('click', function () { pop('fP1', 'a'); });
document.getElementById('oP2').addEventListener('click', function () { pop('fP2', 'button'); });
${E}`,
);

const test = workbenchPagesTest({ '/rt54a/confirm': confirmPage });

const F3 = [
  ['#f1', '#b1', 'antd modal 回复评价 / 回复内容 / 确 定'],
  ['#f2', '#b2', '消费者投诉 · 处理结果 / 处理结果说明 / 确 定'],
  ['#f3', '#b3', '商家解释（展示在商品评价区） / <button>完 成'],
  ['#f4', '#b4', '商家解释（展示在商品评价区） / role=button 完 成'],
  ['#f5', '#b5', '追评回复 / 回复将公开展示 / 发 布'],
] as const;

const stopped = expectTypedAndStopped;

test('rt53g F3: 确 定 / 完 成 / 发 布 of a review reply, a complaint answer and a public explanation are judged; clean text goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54a/confirm', '#f1');
  for (const [field, button, what] of F3) await stopped(pg, field, () => pg.locator(button).click(), what);
  // Keyboard: Tab from the field to 完 成 (role=button) and press Enter, as a click.
  await typeIntoField(pg, '#f4', BAD);
  await pg.locator('#b4').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on role=button 完 成: stopped').toEqual([]);
  await expect(pg.locator('#f4')).toHaveValue(BAD);
  await pg.locator('#f4').fill('');
  for (const [field, button, what] of F3) {
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: a clean text goes`).toEqual([`${button.slice(1)}:${CLEAN}`]);
  }
});

test('rt53g F3: a Popconfirm in <body> opened by a public field’s 发 布 / 处理完毕 does not commit it unjudged; its 取 消 goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54a/confirm', '#fP1');
  // 发 布 is the field's send: held at the opener, the popup never opens.
  await stopped(pg, '#fP1', () => pg.locator('#oP1').click(), '追评回复 / 发 布 (Popconfirm opener)');
  await expect(pg.locator('.ant-popover')).toHaveCount(0);
  // 处理完毕 only opens the popup: its 确 定 is judged for the field that opened it; its 取 消 goes.
  await typeIntoField(pg, '#fP2', BAD);
  await pg.locator('#oP2').click();
  expect(await recordedBy(pg, () => pg.locator('.ant-popover .cancel').click()), 'the popup’s 取 消 goes').toEqual(['cancel']);
  await pg.locator('#oP2').click();
  expect(await recordedBy(pg, () => pg.locator('.ant-popover .ok').click()), 'the popup’s 确 定: stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator('#fP2')).toHaveValue(BAD);
  // Clean text goes through the opener and the popup's OK.
  await typeIntoField(pg, '#fP2', CLEAN);
  await pg.locator('#oP2').click();
  expect(await recordedBy(pg, () => pg.locator('.ant-popover .ok').click()), 'clean text through the popup').toEqual([`fP2:${CLEAN}`]);
  await typeIntoField(pg, '#fP1', CLEAN);
  await pg.locator('#oP1').click();
  expect(await recordedBy(pg, () => pg.locator('.ant-popover .ok').click()), 'clean text through 发 布 and its 确认').toEqual([`fP1:${CLEAN}`]);
});

test('rt53g F3 controls: a private note, a search, an order remark and a staff-only tag still commit by 确 定 / 完成', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54a/confirm', '#n1');
  for (const [field, button, what] of [
    ['#n1', '#m1', '添加内部备注 / 备注（仅内部可见） / 确 定'],
    ['#n2', '#m2', '搜索聊天记录 / 确 定'],
    ['#n4', '#m4', '订单备注 / 商家备注（买家不可见） beside a chat / 确 定'],
    ['#n5', '#m5', '客户标签 / 备注（仅客服可见） beside a chat / <a>完成'],
  ] as const) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(button).click()), `${what}: goes`).toEqual([`${button.slice(1)}:${BAD}`]);
  }
});
