// Round 39 of the blind red team on the send guard (its eighth): pages it wrote without seeing the code, rebuilt
// here at the workbench's address. Leaks: a CodeMirror 5 / Ace-style editor whose hidden textarea is emptied
// after each input (L2: the guard read the empty textarea); an iframe document in designMode as the composer
// (L1); a page that sends the draft on Enter anywhere in the document (L6); 发送 in a same-origin toolbar
// iframe (L4); a touchstart/touchend sender (L3); <input type=image alt=发送> (L5); a dblclick sender (L7); a
// <select> whose option 发送 sends on change (L8). UX: forced colours turned the mirror's marks black on black
// (U1); 「↓ 下面还有 1 处」 counted the finding already partly in view (U2). Every case also sends the clean
// draft, unchanged. Each page records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, WORKBENCH_ORIGIN, workbenchPagesTest } from './guard-support';

const BAD = '加我微信 abc12345 详聊';
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = '<' + '/script>';
const RUNTIME = `<script>window.__sent = []; function rec(t) { t = String(t).trim(); if (!t) return false; window.__sent.push(t); return true; }${E}`;
const doc = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title>${RUNTIME}</head><body>${body}</body></html>`;

const pages: Record<string, string> = {
  // L2: CodeMirror 5's markup (hidden textarea, gutter with line numbers, a measure copy, cursors, the lines), the
  // model sent by Enter and 发送; an Ace-style editor (.ace_text-input, gutter, text layer) beside it; and a page
  // drawing the same display without the editor's root class.
  '/rt39/code': doc(
    'L2 code editors',
    `<style>.CodeMirror, .ace_editor { overflow: hidden; } .CodeMirror-measure { position: absolute; width: 100%; height: 0; overflow: hidden; visibility: hidden; }
.CodeMirror-cursors { position: absolute; } .CodeMirror-line { margin: 0; }</style>
<div class="SendBox" id="box1">
<div class="CodeMirror cm-s-default" id="cm" style="position:relative;width:420px;height:80px;border:1px solid #999">
 <div style="overflow:hidden;position:relative;width:3px;height:0px;top:4px;left:4px"><textarea id="cmta" autocorrect="off" spellcheck="false" tabindex="0" style="position:absolute;bottom:-1em;padding:0;width:1000px;height:1em;outline:none"></textarea></div>
 <div class="CodeMirror-scroll"><div class="CodeMirror-sizer"><div class="CodeMirror-lines" role="presentation"><div style="position:relative">
  <div class="CodeMirror-measure"><pre class="CodeMirror-line">xxxxxxxxxx</pre></div>
  <div class="CodeMirror-cursors"><div class="CodeMirror-cursor">&nbsp;</div></div>
  <div class="CodeMirror-code" role="presentation" id="cmcode"></div>
 </div></div></div></div>
</div><button id="cmsend" class="ant-btn ant-btn-primary">发送</button></div>
<div class="SendBox" id="box2">
<div class="ace_editor ace-tm" id="ace" style="position:relative;width:420px;height:80px;border:1px solid #999">
 <textarea class="ace_text-input" id="acta" style="opacity:0;position:absolute;width:20px;height:16px;left:30px;top:0"></textarea>
 <div class="ace_gutter" style="position:absolute;left:0;width:24px"><div class="ace_layer ace_gutter-layer"><div class="ace_gutter-cell">1</div></div></div>
 <div class="ace_scroller" style="position:absolute;left:28px"><div class="ace_content"><div class="ace_layer ace_marker-layer"></div><div class="ace_layer ace_text-layer" id="acelayer"></div><div class="ace_layer ace_cursor-layer"><div class="ace_cursor"></div></div></div></div>
</div><button id="acesend" class="ant-btn ant-btn-primary">发送</button></div>
<div class="SendBox" id="box3"><div id="bare" style="position:relative;width:420px;height:60px;border:1px solid #999">
 <div style="overflow:hidden;position:relative;width:3px;height:0"><textarea id="bareta" style="position:absolute;bottom:-1em;padding:0;width:1px;height:1em;outline:none"></textarea></div>
 <pre id="bareview" class="CodeMirror-lines" role="presentation" style="margin:0;white-space:pre-wrap"></pre></div><button id="baresend">发送</button></div>
<script>
window.resets = [];
function editor(ta, draw, button) {
  var model = '';
  window.resets.push(function () { model = ''; draw(''); });
  var owner = ta.closest('.CodeMirror, .ace_editor') || ta.parentElement.parentElement;
  owner.addEventListener('mousedown', function (e) { e.preventDefault(); ta.focus(); });
  ta.addEventListener('input', function () { if (ta.value) { model += ta.value; ta.value = ''; draw(model); } });
  function go() { if (rec(model)) { model = ''; draw(''); } }
  ta.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); go(); } });
  button.addEventListener('click', go);
}
// CodeMirror 5 draws each line anew: a gutter wrapper with its number, then pre.CodeMirror-line (an empty line holds a zero-width space).
editor(cmta, function (text) {
  cmcode.replaceChildren.apply(cmcode, (text || '').split('\\n').map(function (line, i) {
    var wrap = document.createElement('div'); wrap.style.position = 'relative';
    var gutter = document.createElement('div'); gutter.className = 'CodeMirror-gutter-wrapper'; gutter.textContent = String(i + 1);
    var pre = document.createElement('pre'); pre.className = 'CodeMirror-line';
    var span = document.createElement('span'); span.textContent = line || '\\u200b'; pre.append(span);
    wrap.append(gutter, pre); return wrap;
  }));
}, cmsend);
editor(acta, function (text) {
  acelayer.replaceChildren.apply(acelayer, (text ? text.split('\\n') : []).map(function (line) {
    var row = document.createElement('div'); row.className = 'ace_line'; row.textContent = line; return row;
  }));
}, acesend);
editor(bareta, function (text) { bareview.textContent = text; }, baresend);
${E}`,
  ),
  // L1: KindEditor-style: an iframe whose document is in designMode, Enter in it and the outer 发送 send its text.
  '/rt39/design': doc(
    'L1 designMode composer',
    `<div class="SendBox"><iframe id="f" src="/rt39/design-frame" style="width:420px;height:100px;border:1px solid #999"></iframe><button id="send">发送</button></div>
<script>send.onclick = function () { var b = f.contentDocument.body; if (rec(b.innerText)) b.textContent = ''; };${E}`,
  ),
  '/rt39/design-frame': `<!doctype html><meta charset="utf-8"><title>editor</title><body style="min-height:80px;margin:4px"></body>
<script>document.designMode = 'on';
document.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); if (parent.rec(document.body.innerText)) document.body.textContent = ''; } });${E}`,
  // L6, L7, L5, L8, L4 on one chat page: a textarea composer whose draft the page sends on Enter anywhere in the
  // document (focus on the message list, or on nothing), on dblclick of 发送, through a form's <input type=image
  // alt=发送>, on choosing 发送 / 发送并结束会话 in a native <select>, and from a 发送 in a same-origin toolbar iframe.
  '/rt39/senders': doc(
    'L4–L8 senders',
    `<div id="msgs" tabindex="-1" style="height:100px;border:1px solid #ccc">买家：在吗？</div>
<form id="form" class="composer"><textarea id="c" style="width:400px;height:70px"></textarea>
 <div class="bar"><button type="button" id="dbl">发送</button>
 <input type="image" id="img" alt="发送" width="24" height="24" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='24' height='24'%3E%3Cpath d='M2 12 L22 2 L16 22 Z' fill='%231677ff'/%3E%3C/svg%3E">
 <select id="act"><option value="">更多操作</option><option value="send">发送</option><option value="close">发送并结束会话</option></select>
 <iframe id="tb" src="/rt39/toolbar-frame" style="width:70px;height:32px;border:0;vertical-align:middle"></iframe></div></form>
<script>
function go(via) { var t = c.value.trim(); if (!t) return; window.__sent.push(via + ':' + t); c.value = ''; }
window.doSend = function () { go('frame'); };
document.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); go('enter'); } });
dbl.addEventListener('dblclick', function () { go('dblclick'); });
form.addEventListener('submit', function (e) { e.preventDefault(); go('image'); });
act.addEventListener('change', function () { if (act.value) go(act.value); act.value = ''; });
${E}`,
  ),
  '/rt39/toolbar-frame': `<!doctype html><meta charset="utf-8"><body style="margin:0"><button id="send">发送</button>
<script>send.onclick = function () { parent.doSend(); };${E}`,
  // L3: a mobile page whose 发送 buttons send on touchstart / on touchend, each preventing the click.
  '/rt39/touch': doc(
    'L3 touch senders',
    `<div class="composer"><textarea id="c" style="width:90vw;height:80px"></textarea>
<button id="start" style="padding:10px 20px">发送</button> <button id="end" style="padding:10px 20px">发送</button></div>
<script>
start.addEventListener('touchstart', function (e) { e.preventDefault(); if (rec('touchstart:' + c.value)) c.value = ''; }, { passive: false });
end.addEventListener('touchend', function (e) { e.preventDefault(); if (rec('touchend:' + c.value)) c.value = ''; }, { passive: false });
${E}`,
  ),
  // U1, U2: a narrow chat with the composer docked at the bottom (as the red team's narrow.html).
  '/rt39/narrow': doc(
    'U1 U2 narrow chat',
    `<style>body{margin:0;font:14px sans-serif}#msgs{position:absolute;top:0;bottom:130px;left:0;right:0;overflow:auto;padding:8px}
.SendBox{position:fixed;left:0;right:0;bottom:0;height:120px;border-top:1px solid #ccc;background:#fafafa;display:flex;flex-direction:column}
.SendBox textarea{flex:1;margin:6px;resize:none}.bar{display:flex;justify-content:flex-end;padding:0 6px 6px}</style>
<div id="msgs"><p>买家：你好，在吗？</p><p>买家：什么时候发货</p></div>
<div class="SendBox"><textarea id="c" placeholder="输入消息，Enter 发送"></textarea><div class="bar"><button id="send">发送</button></div></div>
<script>function go() { if (rec(c.value)) c.value = ''; }
c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); go(); } }); send.onclick = go;${E}`,
  ),
};

const test = workbenchPagesTest(pages);
const banner = (pg: Page) => pg.locator('[data-replyguard="banner"] .rg');

/**
 * Does `attempt` and expects the guard to stop it: nothing sent, the banner names 2.3 and says the send was stopped.
 * `soft`: a failure does not end the test (each case of a page then shows for itself).
 */
async function expectStopped(pg: Page, what: string, attempt: () => Promise<void>, soft = false): Promise<void> {
  const check = soft ? expect.soft : expect;
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  check(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  await check(banner(pg), `${what}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
  await check(pg.locator('[data-replyguard="banner"] section'), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

const resetSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));

test('L2 CodeMirror 5 / Ace-style editors: the draft is read from the editor\'s display, marked there, stopped on Enter and on 发送 (no fix button: its words cannot be selected); a clean draft goes out unchanged', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt39/code');
  const highlights = pg.locator('[data-replyguard="highlights"]');
  for (const [name, owner, send] of [
    ['CodeMirror 5', '#cm', '#cmsend'],
    ['Ace', '#ace', '#acesend'],
    ['bare display', '#bare', '#baresend'],
  ] as const) {
    await pg.locator(owner).click();
    await pg.keyboard.insertText(BAD);
    await expect(highlights, `${name}: the draft is linted (read from the display)`).not.toHaveAttribute('data-findings', '0');
    await expectStopped(pg, `${name} Enter`, () => pg.keyboard.press('Enter'));
    await expect(pg.locator('[data-replyguard="banner"] button.fix'), `${name}: no fix button`).toHaveCount(0);
    await expectStopped(pg, `${name} 发送`, () => pg.locator(send).click());
    // The model still holds the draft: emptied by the page (the banner goes with it, it lay over the next editor).
    await pg.evaluate(() => (window as unknown as { resets: (() => void)[] }).resets.forEach((reset) => reset()));
    await expect(banner(pg)).toHaveCount(0);
  }
  for (const [owner, send, how] of [
    ['#cm', '#cmsend', 'enter'],
    ['#ace', '#acesend', 'click'],
    ['#bare', '#baresend', 'enter'],
  ] as const) {
    await resetSent(pg);
    await pg.locator(owner).click();
    await pg.keyboard.insertText(CLEAN);
    if (how === 'enter') await pg.keyboard.press('Enter');
    else await pg.locator(send).click();
    await expect.poll(() => sentOf(pg), `${owner}: the clean draft is sent`).toEqual([CLEAN]);
  }
});

test('L1 an iframe document in designMode is the composer: Enter in it and the outer 发送 are stopped; clean drafts go out by both', async ({ pg }) => {
  await pg.goto(`${WORKBENCH_ORIGIN}/rt39/design`);
  // The guard attaches in the frame that holds the composer; its banner is drawn in the outer page.
  await expect(pg.frameLocator('#f').locator('html')).toHaveAttribute('data-replyguard-attached', /.+/, { timeout: 10_000 });
  const body = pg.frameLocator('#f').locator('body');
  await body.click();
  await pg.keyboard.insertText(BAD);
  await expect(banner(pg), 'the typing banner in the outer page').toContainText('2.3');
  await expectStopped(pg, 'Enter in the designMode frame', () => pg.keyboard.press('Enter'));
  await expectStopped(pg, 'the outer 发送', () => pg.locator('#send').click());
  expect(await body.innerText()).toContain('abc12345');
  await body.evaluate((b) => (b.textContent = ''));
  await body.click();
  await pg.keyboard.insertText(CLEAN);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg)).toEqual([CLEAN]);
  await body.click();
  await pg.keyboard.insertText(CLEAN);
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg)).toEqual([CLEAN, CLEAN]);
});

test('L6 L7 L5 L8 L4 a violating draft is stopped by Enter outside the composer, a dblclick on 发送, an <input type=image alt=发送>, a <select> 发送 option and a 发送 in a toolbar iframe; a clean draft goes out by each', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt39/senders');
  const stops: [string, () => Promise<unknown>][] = [
    ['L6 Enter with the message list focused', async () => (await pg.locator('#msgs').click(), pg.keyboard.press('Enter'))],
    ['L6 Enter with nothing focused', async () => (await pg.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()), pg.keyboard.press('Enter'))],
    ['L7 dblclick on 发送', () => pg.locator('#dbl').dblclick()],
    ['L5 <input type=image alt=发送>', () => pg.locator('#img').click()],
    ['L8 <select> 发送', () => pg.locator('#act').selectOption('send')],
    ['L8 <select> 发送并结束会话', () => pg.locator('#act').selectOption('close')],
    ['L4 发送 in a toolbar iframe', () => pg.frameLocator('#tb').locator('#send').click()],
  ];
  for (const [what, attempt] of stops) {
    // Each case from the same start (soft: one that leaks does not hide the others).
    await resetSent(pg);
    await pg.locator('#c').fill(BAD);
    await expectStopped(pg, what, async () => void (await attempt()), true);
    expect.soft(await pg.locator('#c').inputValue(), `${what}: the draft is still there`).toBe(BAD);
  }
  expect.soft(await pg.locator('#act').inputValue(), 'L8: the stopped choice went back to the default option').toBe('');

  // The clean draft, by each of them, unchanged.
  const sends: [string, () => Promise<unknown>][] = [
    ['enter', async () => (await pg.locator('#msgs').click(), pg.keyboard.press('Enter'))],
    ['dblclick', () => pg.locator('#dbl').dblclick()],
    ['image', () => pg.locator('#img').click()],
    ['send', () => pg.locator('#act').selectOption('send')],
    ['frame', () => pg.frameLocator('#tb').locator('#send').click()],
  ];
  await pg.locator('#c').fill('');
  await resetSent(pg);
  const expected: string[] = [];
  for (const [via, send] of sends) {
    await pg.locator('#c').click();
    await pg.keyboard.insertText(CLEAN);
    await send();
    expected.push(`${via}:${CLEAN}`);
    await expect.poll(() => sentOf(pg), `clean draft by ${via}`).toEqual(expected);
  }
});

test('L3 a mobile page sending on touchstart / touchend of 发送: a violating draft is not sent (the tap is decided as a click), a clean one is', async ({ pg }) => {
  await pg.setViewportSize({ width: 375, height: 667 });
  const cdp = await pg.context().newCDPSession(pg);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  await openAtWorkbench(pg, '/rt39/touch');
  const tap = async (selector: string) => {
    const box = (await pg.locator(selector).boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await expectStopped(pg, 'touchstart sender', () => tap('#start'));
  await expectStopped(pg, 'touchend sender', () => tap('#end'));
  await pg.locator('#c').fill(CLEAN);
  await tap('#start');
  await expect.poll(() => sentOf(pg)).toEqual([`touchstart:${CLEAN}`]);
  await pg.locator('#c').fill(CLEAN);
  await tap('#end');
  await expect.poll(() => sentOf(pg)).toEqual([`touchstart:${CLEAN}`, `touchend:${CLEAN}`]);
  await cdp.detach();
});

test('U1 U2 forced colours keep the mirror\'s text transparent and frame the marks in the theme\'s Highlight; at 640×360 one finding is not counted as "1 more below"', async ({ pg }) => {
  await pg.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  await openAtWorkbench(pg, '/rt39/narrow');
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(banner(pg)).toContainText('2.3');
  const mark = () =>
    pg.evaluate(() => {
      const root = document.querySelector('[data-replyguard="highlights"]')?.shadowRoot;
      const m = root?.querySelector('mark');
      if (!m || !root) return null;
      const cs = getComputedStyle(m);
      return { color: cs.color, mirror: getComputedStyle(root.querySelector('.mirror')!).color, outline: cs.outlineStyle, outlineColor: cs.outlineColor };
    });
  await expect.poll(mark).not.toBeNull();
  const forced = (await mark())!;
  expect.soft(forced.color, 'the mark\'s text stays transparent (the field\'s own text shows through)').toBe('rgba(0, 0, 0, 0)');
  expect.soft(forced.mirror, 'so does the mirror\'s').toBe('rgba(0, 0, 0, 0)');
  expect.soft(forced.outline, 'the mark is framed').toBe('solid');
  expect.soft(forced.outlineColor).not.toBe('rgba(0, 0, 0, 0)');

  await pg.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
  await pg.setViewportSize({ width: 640, height: 360 });
  await pg.keyboard.press('Enter');
  await expect(pg.locator('[data-replyguard="banner"] section')).toHaveAttribute('data-mode', 'blocked');
  const cue = () =>
    pg.evaluate(() => {
      const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
      const c = root.querySelector<HTMLElement>('.more-below');
      return { findings: root.querySelectorAll('li.finding').length, cue: c && !c.hidden ? c.textContent : null };
    });
  await pg.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen = await cue();
  expect(seen.findings).toBe(1);
  // One finding is never "1 more below" (it said 「↓ 下面还有 1 处」): either its own fix button and penalty lie below, or — since round
  // 48's compact layout (guard48d) — the whole finding fits and there is no cue.
  expect([null, '↓ 这一处下面还有内容，请滚动查看 / the rest of it is below'], 'one finding is never "1 more below"').toContain(seen.cue);
});
