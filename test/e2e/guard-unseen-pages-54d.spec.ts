// Round 54's guard red team (rt54g), fixed by guard54d: F6 a confirm popup with no role or class (a positioned <div> in <body> with 确定 /
// 是 and 取消) committed a review reply unjudged; F5 a popup left open past two minutes did too; F7 a cancelled popup kept its pairing, so
// an internal note's popup was stopped with the review's finding; F4 a platform form's buyer sign in a native <select> (提交并回复买家)
// or a checked 「抄送买家」 was missed; F9 团队公告（仅客服团队可见）/ 发 布 and 跟进记录 / <a>完成 beside a thread were stopped.
import { expect } from './fixtures';
import {
  advanceContentScriptDate,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
  expectFieldStopped as stopped,
} from './guard-support';

const THREAD = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div>';
const NOTE = '买家要求加微信 abc12345 私下交易，已拒绝';

// Each box's neutral 更多 / ⋯ opens an in-house popover in <body>: no role, no popup class, only a fixed position (its OK saves the field).
const popPage = redTeamDoc(
  'in-house confirm popovers',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea{width:560px;display:block}.pp{position:fixed;right:10px;top:10px;z-index:2000;border:1px solid #999;background:#fff;padding:6px}</style>
<div class="box"><h4>评价回复</h4><textarea id="r1" rows="1" placeholder="回复买家评价"></textarea><button type="button" id="o1">更多</button></div>
<div class="box"><h4>评价回复</h4><textarea id="r2" rows="1" placeholder="回复买家评价"></textarea><span role="button" tabindex="0" id="o2">⋯</span></div>
<div class="box"><h4>内部备注</h4><label for="n1">备注（仅内部可见）</label><textarea id="n1" rows="1"></textarea><button type="button" id="o3">⋯</button></div>
<script>
function pop(f, ok) {
  document.querySelectorAll('.pp').forEach(function (p) { p.remove(); });
  var p = document.createElement('div'); p.className = 'pp';
  p.innerHTML = '<div class="x-pop">确定要发布吗？<button type="button" class="cancel">取消</button>' + (ok === '是' ? '<span role="button" tabindex="0" class="ok">是</span>' : '<button type="button" class="ok">确定</button>') + '</div>';
  document.body.appendChild(p);
  p.querySelector('.cancel').onclick = function () { window.__sent.push('cancel'); p.remove(); };
  p.querySelector('.ok').onclick = function () { var el = document.getElementById(f); var v = el.value.trim(); if (v) window.__sent.push(f + ':' + v); el.value = ''; p.remove(); };
}
document.getElementById('o1').addEventListener('click', function () { pop('r1', '确定'); });
document.getElementById('o2').addEventListener('click', function () { pop('r2', '是'); });
document.getElementById('o3').addEventListener('click', function () { pop('n1', '确定'); });
${E}`,
);

const form = (k: string, title: string, extra: string) =>
  `<section class="box"><h4>${title}</h4><label for="p${k}">问题描述</label><textarea id="p${k}" rows="1"></textarea>${extra}<button type="button" id="s${k}">提 交</button></section>`;
const select = (selected: number) =>
  `<label>处理方式 <select>${['回复买家', '仅提交平台', '提交并回复买家', '同时回复买家'].map((o, i) => `<option${i === selected ? ' selected' : ''}>${o}</option>`).join('')}</select></label>`;
const platPage = redTeamDoc(
  'platform forms with a buyer sign',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea{width:560px;display:block}</style>
${form('1', '工单给平台', select(2))}
${form('2', '工单给平台', select(0))}
${form('3', '意见反馈', '<label><input type="checkbox" checked> 抄送买家</label>')}
${form('4', '工单给平台', select(1))}
${form('5', '意见反馈', '<label><input type="checkbox" checked> 抄送主管</label>')}
<script>
for (const k of ['1', '2', '3', '4', '5']) document.getElementById('s' + k).addEventListener('click', function () { var el = document.getElementById('p' + k); var v = el.value.trim(); if (v) window.__sent.push('p' + k + ':' + v); el.value = ''; });
${E}`,
);

const internalPage = redTeamDoc(
  'staff-only fields',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea,input{width:560px;display:block}</style>
<section class="box"><h4>团队公告（仅客服团队可见）</h4><textarea id="i1" rows="1"></textarea><button type="button" id="c1">发 布</button></section>
<div class="box">${THREAD}<div><h5>跟进记录</h5><input id="i2" placeholder="记录跟进情况"><a href="javascript:;" id="c2">完成</a></div></div>
<section class="box"><h4>店铺公告</h4><textarea id="i3" rows="1"></textarea><button type="button" id="c3">发 布</button></section>
<section class="box"><h4>跟进记录（买家可见）</h4><textarea id="i4" rows="1"></textarea><button type="button" id="c4">发 布</button></section>
<script>
for (const k of ['1', '2', '3', '4']) document.getElementById('c' + k).addEventListener('click', function () { var el = document.getElementById('i' + k); var v = el.value.trim(); if (v) window.__sent.push('i' + k + ':' + v); el.value = ''; });
${E}`,
);

const test = workbenchPagesTest({ '/rt54d/pop': popPage, '/rt54d/plat': platPage, '/rt54d/internal': internalPage });

test('rt54g F6: the OK of a role-less popover opened from a review reply is judged for it; 取消 and clean text go', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54d/pop', '#r1');
  for (const [field, opener, what] of [
    ['#r1', '#o1', '<button>更多 → <div> popover / <button>确定'],
    ['#r2', '#o2', '<span role=button>⋯ → <div> popover / <span role=button>是'],
  ] as const) {
    await typeIntoField(pg, field, BAD);
    await pg.locator(opener).click();
    await stopped(pg, field, () => pg.locator('.pp .ok').click(), what);
    expect(await recordedBy(pg, () => pg.locator('.pp .cancel').click()), `${what}: 取消 goes`).toEqual(['cancel']);
    await typeIntoField(pg, field, CLEAN);
    await pg.locator(opener).click();
    expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), `${what}: clean text goes`).toEqual([`${field.slice(1)}:${CLEAN}`]);
  }
});

test('rt54g F7: a cancelled popup ends its pairing: the internal note’s popup then goes, the review’s own popup is still judged', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54d/pop', '#r1');
  await typeIntoField(pg, '#r1', BAD);
  await pg.locator('#o1').click();
  expect(await recordedBy(pg, () => pg.locator('.pp .cancel').click()), 'the review popup’s 取消').toEqual(['cancel']);
  await typeIntoField(pg, '#n1', NOTE);
  await pg.locator('#o3').click();
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'the note’s popup goes').toEqual([`n1:${NOTE}`]);
  // The review box still holds the breach: its own popup is judged again.
  await pg.locator('#o1').click();
  await stopped(pg, '#r1', () => pg.locator('.pp .ok').click(), 'the review’s popup after the note’s');
});

test('rt54g F5: a popup left open past two minutes still carries its field', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54d/pop', '#r1');
  await typeIntoField(pg, '#r1', BAD);
  await pg.locator('#o1').click();
  // The guard's clock 125 s on (past its two-minute CONFIRM_OPENER_MS, which it measures with Date.now) instead of waiting 125 s.
  expect((await advanceContentScriptDate(pg, 125_000)).some((moved) => moved >= 125_000), 'the content script’s Date.now moved 125 s on').toBe(true);
  await stopped(pg, '#r1', () => pg.locator('.pp .ok').click(), 'the popup’s 确定 after 125 s');
});

test('rt54g F4: a native select choosing 回复买家 or a checked 抄送买家 makes a platform form’s 提交 judged', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54d/plat', '#p1');
  for (const [k, what] of [
    ['1', '工单给平台 / select 提交并回复买家'],
    ['2', '工单给平台 / select 回复买家 (first option)'],
    ['3', '意见反馈 / checked 抄送买家'],
  ] as const) {
    await typeIntoField(pg, `#p${k}`, BAD);
    await stopped(pg, `#p${k}`, () => pg.locator(`#s${k}`).click(), what);
    await pg.locator(`#p${k}`).fill('');
  }
  for (const [k, what] of [
    ['4', '工单给平台 / select 仅提交平台'],
    ['5', '意见反馈 / checked 抄送主管'],
  ] as const) {
    await typeIntoField(pg, `#p${k}`, BAD);
    expect(await recordedBy(pg, () => pg.locator(`#s${k}`).click()), `${what}: goes to the platform`).toEqual([`p${k}:${BAD}`]);
  }
});

test('rt54g F9: 团队公告（仅客服团队可见）/ 发 布 and 跟进记录 / 完成 go; 店铺公告 and 跟进记录（买家可见）/ 发 布 are judged', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt54d/internal', '#i1');
  for (const [k, what] of [
    ['1', '团队公告（仅客服团队可见） / 发 布'],
    ['2', '跟进记录 beside a thread / <a>完成'],
  ] as const) {
    await typeIntoField(pg, `#i${k}`, NOTE);
    expect(await recordedBy(pg, () => pg.locator(`#c${k}`).click()), `${what}: goes`).toEqual([`i${k}:${NOTE}`]);
  }
  for (const [k, what] of [
    ['3', '店铺公告 / 发 布'],
    ['4', '跟进记录（买家可见） / 发 布'],
  ] as const) {
    await typeIntoField(pg, `#i${k}`, BAD);
    await stopped(pg, `#i${k}`, () => pg.locator(`#c${k}`).click(), what);
    await pg.locator(`#i${k}`).fill('');
  }
});
