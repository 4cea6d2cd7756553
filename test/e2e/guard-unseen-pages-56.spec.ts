// Round 56 (guard56), what round 55's guard red team (rt55g) left: F9 an answer box under 问大家 whose only commit is an icon (an <i>
// titled 提交, an unlabelled icon-font check, an <svg> drawing a check) went out unjudged; the rest of F1, an internal note's confirm
// popup confirmed while a review's popup was still loading (a slow request) was taken as the review's and stopped.
import { expect } from './fixtures';
import {
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  recordedBy,
  redTeamDoc,
  expectFieldStopped as stopped,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

const NOTE = '买家要求加微信 abc12345 私下交易，已拒绝';
const STYLE = `<style>.box{border:1px solid #ddd;margin:4px;padding:4px;width:620px}textarea,input{width:560px;display:block}
.iconfont,svg.ic{display:inline-block;width:18px;height:18px;background:#1677ff;cursor:pointer}.pp{position:fixed;z-index:2000;border:1px solid #999;background:#fff;padding:6px}</style>`;
// Each box's icon (data-f) records its field's text: `${id}:${text}`.
const SAVE_SCRIPT = `<script>
function save(id) { var el = document.getElementById(id); var v = el.value.trim(); if (v) window.__sent.push(id + ':' + v); el.value = ''; }
document.querySelectorAll('[data-f]').forEach(function (b) { b.addEventListener('click', function () { save(b.dataset.f); }); });
${E}`;

const qaPage = redTeamDoc(
  '问大家 answer boxes committed by an icon',
  `${STYLE}
<div class="box"><h5>问大家</h5><div>买家提问：这个能用多久？</div><label for="q1">回答</label><textarea id="q1" rows="1"></textarea><i class="iconfont icon-submit" title="提交" data-f="q1"></i></div>
<div class="box qa-item"><div class="q">问大家：尺码偏大吗？</div><textarea id="q2" rows="1" placeholder="回答买家的问题"></textarea><button type="button" class="icon-btn" data-f="q2"><i class="iconfont icon-check"></i></button></div>
<div class="box"><h5>商品问答</h5><label for="q3">回答（公开展示）</label><textarea id="q3" rows="1"></textarea><svg class="ic" data-f="q3" viewBox="0 0 16 16"><use href="#icon-confirm"></use></svg></div>
<div class="box"><h5>内部备注</h5><label for="n1">备注（仅内部可见）</label><textarea id="n1" rows="1"></textarea><i class="iconfont icon-check" data-f="n1"></i></div>
<div class="box"><h5>问大家</h5><input id="s1" placeholder="搜索问题"><i class="iconfont icon-ok" data-f="s1"></i></div>
${SAVE_SCRIPT}`,
);

// The review box's 更多 waits on a slow request (6 s: time to type and confirm the note meanwhile, even under load) before its
// popover shows below it (in <body>, as a popconfirm is); the internal note's ⋯ shows its popover at once. Each popover's OK saves its
// own box's field. Role-less in-house popovers (the round-55 build let the review's late one through once a click came between), or
// role=dialog ones (it stopped the note's: any dialog's OK within 2 minutes of the review's 更多 was taken as the review's).
const slowPage = (role: string) =>
  redTeamDoc(
    'an internal note confirmed while a review’s popup is loading',
    `${STYLE}
<div class="box"><h4>评价回复</h4><textarea id="r" rows="1" placeholder="回复买家评价"></textarea><button type="button" id="pub">更多</button></div>
<div class="box"><h4>内部备注</h4><label for="n">备注（仅内部可见）</label><textarea id="n" rows="1"></textarea><button type="button" id="more">⋯</button></div>
<script>
function pop(id, opener, field) {
  var r = document.getElementById(opener).getBoundingClientRect();
  var p = document.createElement('div'); p.className = 'pp'; p.id = id; p.style.top = (r.bottom + 4) + 'px'; p.style.left = r.left + 'px';
  ${role ? `p.setAttribute('role', '${role}');` : ''}
  p.innerHTML = '<div>确定要提交吗？<button type="button" class="cancel">取消</button><button type="button" class="ok">确定</button></div>';
  document.body.appendChild(p);
  p.querySelector('.cancel').onclick = function () { p.remove(); };
  p.querySelector('.ok').onclick = function () { var el = document.getElementById(field); var v = el.value.trim(); if (v) window.__sent.push(field + ':' + v); el.value = ''; p.remove(); };
}
document.getElementById('pub').addEventListener('click', function () { setTimeout(function () { pop('rp', 'pub', 'r'); }, 6000); });
document.getElementById('more').addEventListener('click', function () { pop('np', 'more', 'n'); });
${E}`,
  );

const test = workbenchPagesTest({ '/rt56/qa': qaPage, '/rt56/slow': slowPage(''), '/rt56/slow-dialog': slowPage('dialog') });

test('rt55g F9: a 问大家 answer committed by an icon is judged; a clean answer, an internal note and a search go', async ({ pg }) => {
  await openWorkbenchPage(pg, '/rt56/qa', '#q1');
  for (const [field, what] of [
    ['q1', '问大家 / 回答 / <i title="提交">'],
    ['q2', 'placeholder 回答买家的问题 / unlabelled icon button (icon-check)'],
    ['q3', '商品问答 / <svg> drawing #icon-confirm'],
  ] as const) {
    await typeIntoField(pg, `#${field}`, BAD);
    await stopped(pg, `#${field}`, () => pg.locator(`[data-f="${field}"]`).click(), what);
    await typeIntoField(pg, `#${field}`, CLEAN);
    expect(await recordedBy(pg, () => pg.locator(`[data-f="${field}"]`).click()), `${what}: a clean answer goes`).toEqual([`${field}:${CLEAN}`]);
  }
  await typeIntoField(pg, '#n1', NOTE);
  expect(await recordedBy(pg, () => pg.locator('[data-f="n1"]').click()), 'an internal note’s icon-check').toEqual([`n1:${NOTE}`]);
  await typeIntoField(pg, '#s1', '微信');
  expect(await recordedBy(pg, () => pg.locator('[data-f="s1"]').click()), 'a search under 问大家').toEqual(['s1:微信']);
});

for (const [path, kind] of [
  ['/rt56/slow', 'role-less popovers'],
  ['/rt56/slow-dialog', 'role=dialog popovers'],
] as const) {
  test(`rt55g F1 rest (${kind}): a note’s popup confirmed while the review’s popup loads goes; the review’s own popup is still judged`, async ({ pg }) => {
    await openWorkbenchPage(pg, path, '#r');
    await typeIntoField(pg, '#r', BAD);
    await pg.locator('#pub').click(); // its popover comes 6 s later
    await typeIntoField(pg, '#n', NOTE);
    await pg.locator('#more').click();
    await expect(pg.locator('#np')).toBeVisible();
    expect(await recordedBy(pg, () => pg.locator('#np .ok').click()), 'the note’s popup while the review’s loads').toEqual([`n:${NOTE}`]);
    await expect(pg.locator('#rp')).toBeVisible({ timeout: 10_000 });
    await stopped(pg, '#r', () => pg.locator('#rp .ok').click(), 'the review’s own popup, shown late');
  });
}
