// Round 55's guard red team (rt55g), fixed by guard55b: F10 a chat composer's emoji picker / quick-reply popup 确定 (they only insert
// into the draft) were stopped while the draft held a breach; F5 a review box's 复制 (a toast, no popup) paired the box with the next
// confirm popup of an internal note; F3 an el-select showing 回复买家 on a 工单给平台 form was no buyer sign; F7 an unchecked radio
// 回复买家 was one; F6 a reused el-dialog shown again from a 工作记录 row kept the review row's sense.
import { expect } from './fixtures';
import {
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
  expectFieldStopped as stopped,
} from './guard-support';

const THREAD = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div>';
const NOTE = '买家要求加微信 abc12345 私下交易，已拒绝';

// A chat composer whose toolbar opens an emoji picker and a quick-reply popup (each with 取消 / 确定, inserting into the draft);
// a review box with 复制 (a toast) and an internal note whose ⋯ opens a popconfirm.
const chatPage = redTeamDoc(
  'composer popups',
  `<style>.pp{position:fixed;right:10px;top:10px;z-index:2000;border:1px solid #999;background:#fff;padding:6px}textarea{width:500px;display:block}</style>
<div class="box"><h4>评价回复</h4><textarea id="r" rows="1"></textarea><button type="button" id="copy">复制</button></div>
<div class="box"><h4>内部备注</h4><label for="n">备注（仅内部可见）</label><textarea id="n" rows="1"></textarea><button type="button" id="more">⋯</button></div>
<div class="chat">${THREAD}<div class="SendBox"><div class="SendBox-toolbar"><span role="button" tabindex="0" id="emo">😀</span> <span role="button" tabindex="0" id="qr">快捷回复</span></div>
<textarea id="c" rows="2"></textarea><button type="button" id="send" onclick="sendDraft()">发送</button></div></div>
<script>
function pop(okText, onOk) {
  var p = document.createElement('div'); p.className = 'pp';
  p.innerHTML = '<div>请选择</div><button type="button" class="cancel">取消</button><button type="button" class="ok"></button>';
  p.querySelector('.ok').textContent = okText;
  document.body.appendChild(p);
  p.querySelector('.cancel').onclick = function () { p.remove(); };
  p.querySelector('.ok').onclick = function () { onOk(); p.remove(); };
}
function insert(t) { var c = document.getElementById('c'); c.value += t; window.__sent.push('inserted:' + t); }
document.getElementById('emo').addEventListener('click', function () { pop('确定', function () { insert('👍'); }); });
document.getElementById('qr').addEventListener('click', function () { pop('确 定', function () { insert('亲，今天就能发货'); }); });
document.getElementById('copy').addEventListener('click', function () { var t = document.createElement('div'); t.className = 'ant-message'; t.textContent = '已复制到剪贴板'; document.body.appendChild(t); setTimeout(function () { t.remove(); }, 3000); });
document.getElementById('more').addEventListener('click', function () { pop('确 定', function () { var n = document.getElementById('n'); window.__sent.push('n:' + n.value.trim()); n.value = ''; }); });
${E}`,
);

const form = (k: string, extra: string) =>
  `<section class="box"><h5>工单给平台</h5>${extra}<label for="p${k}">问题描述</label><textarea id="p${k}" rows="1"></textarea><button type="button" id="s${k}">提 交</button></section>`;
const elSelect = (v: string) =>
  `<div class="el-form-item"><label class="el-form-item__label">处理方式</label><div class="el-select"><div class="el-input"><input readonly class="el-input__inner" value="${v}"></div></div></div>`;
const radios = (checked: number) =>
  `<div class="ant-radio-group">${['仅平台处理', '回复买家'].map((t, i) => `<label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" name="r${checked}"${i === checked ? ' checked' : ''}></span><span>${t}</span></label>`).join('')}</div>`;
const rowsPage = redTeamDoc(
  'platform forms and a reused dialog',
  `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea{width:560px;display:block}</style>
${form('1', elSelect('回复买家'))}
${form('2', radios(1))}
${form('3', elSelect('仅提交平台'))}
${form('4', radios(0))}
<div class="box"><h4>评价列表</h4><div>买家：尺码偏小 <a href="javascript:;" id="b7">回复</a></div></div>
<div class="box"><h4>工作记录</h4><div>跟进中 <a href="javascript:;" id="b8">记录</a></div></div>
<div class="el-dialog" role="dialog" id="rd" style="display:none"><div class="el-dialog__header"><span class="el-dialog__title" id="rdT"></span></div><div class="el-dialog__body"><textarea id="r1"></textarea></div><div class="el-dialog__footer"><button type="button" id="rdc">取 消</button><button type="button" id="rdok">确 定</button></div></div>
<script>
for (const k of ['1', '2', '3', '4']) document.getElementById('s' + k).addEventListener('click', function () { var el = document.getElementById('p' + k); var v = el.value.trim(); if (v) window.__sent.push('p' + k + ':' + v); el.value = ''; });
function open(title) { document.getElementById('rdT').textContent = title; document.getElementById('rd').style.display = 'block'; }
document.getElementById('b7').addEventListener('click', function () { open('回复'); });
document.getElementById('b8').addEventListener('click', function () { open('记录'); });
document.getElementById('rdc').addEventListener('click', function () { rd.style.display = 'none'; });
document.getElementById('rdok').addEventListener('click', function () { var el = document.getElementById('r1'); var v = el.value.trim(); if (v) window.__sent.push('r1:' + v); el.value = ''; rd.style.display = 'none'; });
${E}`,
);

const test = workbenchPagesTest({ '/rt55b/chat': chatPage, '/rt55b/rows': rowsPage });

test('rt55g F10 / F5: a composer’s emoji and quick-reply 确定 insert; 发送 is still judged; a review box’s 复制 pairs with no popup', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt55b/chat', '#c');
  await typeIntoField(pg, '#c', BAD);
  for (const [opener, text] of [
    ['#emo', '👍'],
    ['#qr', '亲，今天就能发货'],
  ] as const) {
    await pg.locator(opener).click();
    expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), `${opener}: its 确定 inserts`).toEqual([`inserted:${text}`]);
  }
  await stopped(pg, '#c', () => pg.locator('#send').click(), '发送 after the inserts', `${BAD}👍亲，今天就能发货`);
  await pg.locator('#c').fill('');
  // F5: 复制 in a review box holding a breach, then an internal note's popup: the note goes.
  await typeIntoField(pg, '#r', BAD);
  await pg.locator('#copy').click();
  await typeIntoField(pg, '#n', NOTE);
  await pg.locator('#more').click();
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'the note’s popup after 复制').toEqual([`n:${NOTE}`]);
});

test('rt55g F3 / F7 / F6: an el-select’s shown value and checked radios decide a ticket; a reused dialog takes its new opener’s sense', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt55b/rows', '#p1');
  for (const [k, what] of [
    ['1', 'el-select showing 回复买家'],
    ['2', 'radio 回复买家 checked'],
  ] as const) {
    await typeIntoField(pg, `#p${k}`, BAD);
    await stopped(pg, `#p${k}`, () => pg.locator(`#s${k}`).click(), what);
    await pg.locator(`#p${k}`).fill('');
  }
  for (const [k, what] of [
    ['3', 'el-select showing 仅提交平台'],
    ['4', 'radio 仅平台处理 checked, 回复买家 unchecked'],
  ] as const) {
    await typeIntoField(pg, `#p${k}`, NOTE);
    expect(await recordedBy(pg, () => pg.locator(`#s${k}`).click()), `${what}: goes to the platform`).toEqual([`p${k}:${NOTE}`]);
  }
  // F6: the dialog opened from the review row is judged; shown again (hidden, not removed) from 工作记录 it is not.
  await pg.locator('#b7').click();
  await typeIntoField(pg, '#r1', BAD);
  await stopped(pg, '#r1', () => pg.locator('#rdok').click(), 'reused dialog from the review row');
  await pg.locator('#rdc').click();
  await pg.locator('#b8').click();
  await typeIntoField(pg, '#r1', NOTE);
  expect(await recordedBy(pg, () => pg.locator('#rdok').click()), 'reused dialog from 工作记录').toEqual([`r1:${NOTE}`]);
  // And from the review row again: judged again.
  await pg.locator('#b7').click();
  await typeIntoField(pg, '#r1', BAD);
  await stopped(pg, '#r1', () => pg.locator('#rdok').click(), 'reused dialog from the review row again');
});
