// Round 55 (guard55), what rt54g left in the send guard: F11 a chat composer that is an <input type=tel name=receiverPhone> or has
// autocomplete=one-time-code was no draft at all (no banner, Enter sent); a confirm popup shown more than 1.5 s after its opener's click
// (a slow request first) was not paired with the review reply it commits; a note titled 买家备注 / 给买家备注 was read as internal.
import { expect } from './fixtures';
import {
  bannerSection,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  redTeamDoc,
  expectTypedAndStopped,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

const THREAD = '<div class="ChatMessageList-ContentWrap"><div class="kwaishop-cs-LayoutDefaultWrapper__notMe">在吗</div></div>';
const NOTE = '买家要求加微信 abc12345 私下交易，已拒绝';
const STYLE = '<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea,input{width:560px;display:block}</style>';
// Each box's button (and Enter in d1 / d2) records its field's text: `${id}:${text}`.
const SAVE_SCRIPT = `<script>
function save(id) { var el = document.getElementById(id); var v = el.value.trim(); if (v) window.__sent.push(id + ':' + v); el.value = ''; }
document.querySelectorAll('.box button[data-f]').forEach(function (b) { b.addEventListener('click', function () { save(b.dataset.f); }); });
['d1', 'd2'].forEach(function (id) { document.getElementById(id).addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); save(id); } }); });
${E}`;

const composerPage = redTeamDoc(
  'form-data fields as chat composers',
  `${STYLE}
<div class="box">${THREAD}<input id="d1" type="tel" name="receiverPhone" placeholder="输入消息"><button type="button" data-f="d1">发送</button></div>
<div class="box">${THREAD}<textarea id="d2" autocomplete="one-time-code" rows="1"></textarea><button type="button" data-f="d2">发送</button></div>
<div class="box">${THREAD}<label for="a1">验证码</label><input id="a1" autocomplete="one-time-code"><button type="button" data-f="a1">确 定</button></div>
<div class="box">${THREAD}<h5>修改地址</h5><label for="a2">详细地址</label><textarea id="a2" rows="1"></textarea><button type="button" data-f="a2">保 存</button></div>
${SAVE_SCRIPT}`,
);

const notePage = redTeamDoc(
  'notes titled 备注',
  `${STYLE}
<section class="box"><h4>买家备注</h4><textarea id="b1" rows="1"></textarea><button type="button" data-f="b1">确 定</button></section>
<section class="box"><h4>备注</h4><textarea id="b2" rows="1" placeholder="给买家的备注"></textarea><button type="button" data-f="b2">确 定</button></section>
<section class="box"><h4>备注</h4><textarea id="b3" rows="1"></textarea><button type="button" data-f="b3">确 定</button></section>
<div class="box">${THREAD}<div><h5>订单备注</h5><textarea id="b4" rows="1"></textarea><button type="button" data-f="b4">保 存</button></div></div>
<input id="d1" type="hidden"><input id="d2" type="hidden">
${SAVE_SCRIPT}`,
);

// The review box's 更多 waits on a slow request (3 s) before it shows an in-house popover in <body> (no role), whose OK saves the field.
const slowPopPage = redTeamDoc(
  'a confirm popup shown after a slow request',
  `${STYLE}<style>.pp{position:fixed;right:10px;top:10px;z-index:2000;border:1px solid #999;background:#fff;padding:6px}</style>
<div class="box"><h4>评价回复</h4><textarea id="r1" rows="1" placeholder="回复买家评价"></textarea><button type="button" id="o1">更多</button></div>
<script>
document.getElementById('o1').addEventListener('click', function () {
  setTimeout(function () {
    var p = document.createElement('div'); p.className = 'pp';
    p.innerHTML = '<div>确定要发布吗？<button type="button" class="cancel">取消</button><button type="button" class="ok">确定</button></div>';
    document.body.appendChild(p);
    p.querySelector('.cancel').onclick = function () { window.__sent.push('cancel'); p.remove(); };
    p.querySelector('.ok').onclick = function () { var el = document.getElementById('r1'); var v = el.value.trim(); if (v) window.__sent.push('r1:' + v); el.value = ''; p.remove(); };
  }, 3000);
});
${E}`,
);

const test = workbenchPagesTest({ '/rt55/composer': composerPage, '/rt55/note': notePage, '/rt55/slow': slowPopPage });

test('rt54g F11: a phone or one-time-code field that is a chat thread’s composer is judged; a code or address form beside a thread goes', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt55/composer', '#d2');
  for (const [field, what] of [
    ['#d1', '<input type=tel name=receiverPhone> + 发送'],
    ['#d2', 'textarea autocomplete=one-time-code + 发送'],
  ] as const) {
    await expectTypedAndStopped(pg, field, () => pg.keyboard.press('Enter'), `${what}, Enter`);
    await expectTypedAndStopped(pg, field, () => pg.locator(`button[data-f="${field.slice(1)}"]`).click(), `${what}, 发送 click`);
    await typeIntoField(pg, field, CLEAN);
    expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), `${what}: clean text goes`).toEqual([`${field.slice(1)}:${CLEAN}`]);
  }
  for (const [field, text, what] of [
    ['#a1', '123456', '验证码 (one-time-code) beside a thread / 确 定'],
    ['#a2', '北京市朝阳区望京街10号院3号楼 张三 13812345678', '修改地址 / 详细地址 beside a thread / 保 存'],
  ] as const) {
    await typeIntoField(pg, field, text);
    expect(await recordedBy(pg, () => pg.locator(`button[data-f="${field.slice(1)}"]`).click()), `${what}: goes`).toEqual([`${field.slice(1)}:${text}`]);
  }
});

test('备注 by its words: 买家备注 and 给买家的备注 are judged at 确 定; a plain 备注 and an order panel’s 订单备注 beside a thread go', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt55/note', '#b1');
  for (const [field, what] of [
    ['#b1', 'section 买家备注 / 确 定'],
    ['#b2', 'section 备注, placeholder 给买家的备注 / 确 定'],
  ] as const) {
    await expectTypedAndStopped(pg, field, () => pg.locator(`button[data-f="${field.slice(1)}"]`).click(), what);
  }
  for (const [field, what] of [
    ['#b3', 'section 备注 / 确 定'],
    ['#b4', '订单备注 beside a thread / 保 存'],
  ] as const) {
    await typeIntoField(pg, field, NOTE);
    expect(await recordedBy(pg, () => pg.locator(`button[data-f="${field.slice(1)}"]`).click()), `${what}: goes`).toEqual([`${field.slice(1)}:${NOTE}`]);
  }
});

test('a confirm popup shown 3 s after its opener’s click (a slow request) carries the review reply; 取消 and clean text go', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt55/slow', '#r1');
  await typeIntoField(pg, '#r1', BAD);
  await pg.locator('#o1').click();
  await pg.locator('.pp .ok').waitFor();
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'the slow popup’s 确定: stopped').toEqual([]);
  await expect(bannerSection(pg), 'the slow popup’s 确定: blocked').toHaveAttribute('data-mode', 'blocked');
  await expect(pg.locator('#r1'), 'the draft stays').toHaveValue(BAD);
  expect(await recordedBy(pg, () => pg.locator('.pp .cancel').click()), '取消 goes').toEqual(['cancel']);
  await typeIntoField(pg, '#r1', CLEAN);
  await pg.locator('#o1').click();
  await pg.locator('.pp .ok').waitFor();
  expect(await recordedBy(pg, () => pg.locator('.pp .ok').click()), 'clean text goes').toEqual([`r1:${CLEAN}`]);
});
