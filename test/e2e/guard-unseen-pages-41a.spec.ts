// Round 41 of the blind red team on the send guard (its tenth): how a send control is recognised. Leaks, each a page it
// wrote without seeing the code, rebuilt here at the workbench's address: <label for=hidden checkbox / radio>发送</label>
// with a default cursor, the page sending on the input's change (L2); an icon-only role=button named by aria-labelledby
// → a hidden <span>发送</span> (L3); <img usemap> + <area href="javascript:sendDraft()" alt="发送"> (L4); a quick-reply card's
// 一键发送, which copies its canned reply into the composer and sends it in the same click (L6: the card's text is
// judged); an icon-only button named only by its tooltip, portalled to <body> on hover and linked by aria-describedby,
// or a data-tooltip="发送" (L7); a page sending on the middle click (auxclick) of 发送 (L8). Every case also sends the
// clean draft, unchanged, and the clean card at once. Each page records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, redTeamDoc, RT_SCRIPT_END, sentOf, workbenchPagesTest, bannerContent, bannerSection, expectStopped, RED_TEAM_BAD } from './guard-support';

const BAD = RED_TEAM_BAD;
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = RT_SCRIPT_END;
const doc = redTeamDoc;
const box = (controls: string, script: string) =>
  doc('rt41', `<div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><div class="bar" style="display:flex;gap:8px;align-items:center">${controls}</div></div><script>${script}${E}`);
const ICON = '<svg width="20" height="20" viewBox="0 0 20 20"><path d="M2 10 L18 2 L12 18 Z" fill="#1677ff"/></svg>';

const pages: Record<string, string> = {
  // L2: the label is what is drawn; its click toggles the hidden input, whose change sends.
  '/rt41/label-checkbox': box(
    '<input type="checkbox" id="cb" style="display:none"><label id="s" for="cb" style="padding:4px 12px;background:#1677ff;color:#fff">发送</label>',
    'cb.onchange = function () { sendDraft(); cb.checked = false; };',
  ),
  '/rt41/label-radio': box(
    '<input type="radio" name="r" id="cb" style="position:absolute;opacity:0;width:0;height:0"><label id="s" for="cb" style="padding:4px 12px">发送</label>',
    'cb.onchange = function () { sendDraft(); cb.checked = false; };',
  ),
  // L3: named by a hidden span.
  '/rt41/labelledby': box(`<span id="lbl" hidden>发送</span><div id="s" role="button" tabindex="0" aria-labelledby="lbl">${ICON}</div>`, 's.onclick = sendDraft;'),
  // L4: an image map whose area runs the send.
  '/rt41/area': box(
    `<img id="im" usemap="#m" width="80" height="30" src="data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27 width=%2780%27 height=%2730%27%3E%3Crect width=%2780%27 height=%2730%27 fill=%27%231677ff%27/%3E%3C/svg%3E"><map name="m"><area id="s" shape="rect" coords="0,0,80,30" href="javascript:sendDraft()" alt="发送"></map>`,
    '',
  ),
  // L7: the tooltip exists only while the pointer is on the button (antd: portalled, linked by aria-describedby).
  '/rt41/portal-tooltip': box(
    `<button id="s" class="ant-btn ant-btn-icon-only">${ICON}</button>`,
    `s.onclick = sendDraft; var tip;
s.addEventListener('mouseenter', function () { tip = document.createElement('div'); tip.className = 'ant-tooltip'; tip.setAttribute('role', 'tooltip'); tip.id = 'tipid'; var r = s.getBoundingClientRect();
  tip.style.cssText = 'position:fixed;left:' + r.left + 'px;top:' + (r.top - 30) + 'px;background:#333;color:#fff;padding:2px 6px'; tip.textContent = '发送'; document.body.append(tip); s.setAttribute('aria-describedby', 'tipid'); });
s.addEventListener('mouseleave', function () { if (tip) tip.remove(); s.removeAttribute('aria-describedby'); });`,
  ),
  '/rt41/tooltip-only': box(`<button id="s" data-tooltip="发送" class="icon">${ICON}</button>`, 's.onclick = sendDraft;'),
  // L8: the page sends on the middle click.
  '/rt41/auxclick': box('<button id="s">发送</button>', "s.addEventListener('auxclick', sendDraft);"),
  // Controls a violating draft leaves alone: a visible checkbox option 发送后关闭 (a setting), a label of a hidden toggle
  // that is not a send (免打扰), an icon button whose tooltip is 表情, and a middle click on a link.
  '/rt41/controls': box(
    `<input type="checkbox" id="after"><label id="afterl" for="after">发送后关闭</label>
<input type="checkbox" id="dnd" style="display:none"><label id="dndl" for="dnd">免打扰</label>
<label id="closel" class="ant-checkbox-wrapper"><input type="checkbox" id="endchat" style="position:absolute;opacity:0">发送后结束会话</label>
<button id="emoji" data-tooltip="表情">${ICON}</button><button id="send">发送</button><a id="help" href="#help">帮助</a>`,
    `send.onclick = sendDraft;
after.onchange = function () { __log.push('after'); }; endchat.onchange = function () { __log.push('close'); }; dnd.onchange = function () { __log.push('dnd'); }; emoji.onclick = function () { __log.push('emoji'); };
help.addEventListener('auxclick', function (e) { e.preventDefault(); __log.push('help'); });`,
  ),
  // L6: a quick-reply panel beside the composer; each card's 一键发送 puts its reply in the composer and sends it.
  '/rt41/quickcard': doc(
    'L6 quick reply card',
    `<div style="display:flex;gap:20px"><div class="SendBox"><textarea id="c" style="width:400px;height:80px"></textarea><button id="send">发送</button></div>
<aside id="qr" style="width:260px;border:1px solid #ddd;padding:8px"><h4>快捷回复</h4>
<div class="card" id="bad"><p class="t">${BAD}</p><button class="qs">一键发送</button></div>
<div class="card" id="good"><p class="t">${CLEAN}</p><button class="qs">一键发送</button></div></aside></div>
<script>send.onclick = sendDraft;
document.querySelectorAll('.qs').forEach(function (b) { b.onclick = function () { c.value = b.parentNode.querySelector('.t').textContent; c.dispatchEvent(new Event('input', { bubbles: true })); sendDraft(); }; });${E}`,
  ),
};

const test = workbenchPagesTest(pages);
const banner = bannerContent;
const mode = bannerSection;


test('L2 L3 L4 L7 L8 a violating draft is stopped by a label of a hidden checkbox / radio, an aria-labelledby name, an image map\'s <area>, a tooltip-named icon button and a middle click on 发送; a clean draft goes out by each', async ({ pg }) => {
  const click = () => pg.locator('#s').click();
  const cases: [string, string, () => Promise<unknown>][] = [
    ['L2 <label for=hidden checkbox>发送</label>', '/rt41/label-checkbox', click],
    ['L2 <label for=hidden radio>发送</label>', '/rt41/label-radio', click],
    ['L3 role=button aria-labelledby → hidden 发送', '/rt41/labelledby', click],
    ['L4 <area alt=发送 href=javascript:>', '/rt41/area', () => pg.locator('#im').click()],
    ['L7 tooltip portalled on hover, aria-describedby', '/rt41/portal-tooltip', click],
    ['L7 data-tooltip="发送"', '/rt41/tooltip-only', click],
    ['L8 auxclick on 发送', '/rt41/auxclick', () => pg.locator('#s').click({ button: 'middle' })],
  ];
  for (const [what, path, attempt] of cases) {
    await openAtWorkbench(pg, path);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${what}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, what, async () => void (await attempt()));
    await pg.locator('#c').fill(CLEAN);
    await attempt();
    await expect.poll(() => sentOf(pg), `${what}: the clean draft is sent`).toEqual([CLEAN]);
  }
});

test('a violating draft leaves alone a visible 发送后关闭 option, a hidden toggle\'s label that is no send or is an option (发送后结束会话), an icon button whose tooltip is 表情 and a middle click on a link', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt41/controls');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await pg.locator('#afterl').click();
  await pg.locator('#dndl').click();
  await pg.locator('#closel').click();
  await pg.locator('#emoji').click();
  await pg.locator('#help').click({ button: 'middle' });
  await expect.poll(() => pg.evaluate(() => (window as unknown as { __log: string[] }).__log)).toEqual(['after', 'dnd', 'close', 'emoji', 'help']);
  expect(await sentOf(pg)).toEqual([]);
  await expect(mode(pg)).not.toHaveAttribute('data-mode', 'blocked');
});

test('L6 a quick-reply card\'s 一键发送 is judged by the card\'s reply: the violating one is stopped (with or without a clean draft), listed without a fix; the clean card sends at once', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt41/quickcard');
  await pg.locator('#c').click();
  await expectStopped(pg, 'L6 the violating card', () => pg.locator('#bad .qs').click(), '');
  await expect(banner(pg), 'L6: the banner says the reply is the card\'s').toContainText('一键发送');
  await expect(pg.locator('[data-replyguard="banner"] button', { hasText: '改为' }), 'L6: no fix offered for words outside the composer').toHaveCount(0);
  await pg.locator('#good .qs').click();
  await expect.poll(() => sentOf(pg), 'L6: the clean card is sent at once').toEqual([CLEAN]);
  // A clean draft in the composer does not let the card's reply through.
  await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
  await pg.locator('#c').fill(CLEAN);
  await expectStopped(pg, 'L6 the violating card over a clean draft', () => pg.locator('#bad .qs').click(), CLEAN);
  await pg.locator('#good .qs').click();
  await expect.poll(() => sentOf(pg), 'L6: the clean card is sent at once, after a stop').toEqual([CLEAN]);
});
