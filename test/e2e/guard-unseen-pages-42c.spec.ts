// Round 42 of the blind red team on the send guard (its eleventh): the draft's scope and how a composer is recognised.
// Finding 2 (a false stop): an internal-note input in the send box (订单备注（仅内部可见）) holding 买家微信 abc12345 stopped a
// clean reply on Enter and on 发送, since round 41 judges every field paired with the same 发送; an editable 翻译预览 box
// did too. Finding 6 (a leak): a role=textbox aria-multiline <div> without contenteditable, whose page handles the keys
// itself, was no composer. Finding 7 (a leak): Shift+Enter / Alt+Enter sent while the page's own hint said so. Every page
// is rebuilt here at the workbench's address and records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { openAtWorkbench, QUIET, sentOf, stopsLogged, untilStopped, workbenchPagesTest } from './guard-support';

const BAD = '加我微信 abc12345 详聊';
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = '<' + '/script>';
const RUNTIME = `<script>window.__sent = []; function rec(t) { t = String(t).trim(); if (!t) return false; window.__sent.push(t); return true; }${E}`;
const doc = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${RUNTIME}</head><body>${body}</body></html>`;
/** A send box: `fields` around the composer textarea #c, 发送 #send; Enter in #c and 发送 send #c's text only. */
const sendBox = (title: string, fields: string) =>
  doc(
    title,
    `<div class="SendBox" style="border:1px solid #ccc;padding:6px;width:460px">${fields}</div>
<script>function sendDraft() { if (rec(c.value)) c.value = ''; }
c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendDraft(); } });
send.onclick = sendDraft;${E}`,
  );
const TEXTAREA = '<textarea id="c" rows="3" cols="40"></textarea>';
const SEND = '<div><button id="send">发送</button></div>';

const pages: Record<string, string> = {
  // Finding 2: the red team's page, an internal order note before the composer.
  '/rt42/note': sendBox('note', `<label>订单备注（仅内部可见）<input id="note" value="买家微信 abc12345，已拒绝加"></label><br>${TEXTAREA}${SEND}`),
  // Finding 2, weaker: an editable translation preview, a memo textarea and a phrase search beside the composer.
  '/rt42/aside': sendBox(
    'aside',
    `<div contenteditable="true" id="tr" aria-label="翻译预览" style="border:1px dashed #aaa;color:#888">${BAD}</div>${TEXTAREA}
<textarea id="memo" placeholder="内部备注 memo" rows="1">${BAD}</textarea><input id="find" placeholder="搜索快捷短语" value="${BAD}">${SEND}`,
  ),
  // Control: a field named a note that says it goes out with the message is part of the draft (judged).
  '/rt42/note-sent': doc(
    'note-sent',
    `<div class="SendBox">${TEXTAREA}<input id="note" placeholder="备注（随消息一起发送，买家可见）"><button id="send">发送</button></div>
<script>send.onclick = function () { if (rec([c.value.trim(), note.value.trim()].filter(Boolean).join(' / '))) { c.value = ''; note.value = ''; } };${E}`,
  ),
  // Finding 6: the page draws the editor itself (keys, paste and a quick phrase land in its own model).
  '/rt42/textbox': doc(
    'textbox',
    `<div id="c" role="textbox" aria-multiline="true" tabindex="0" style="border:1px solid #888;width:300px;height:60px;white-space:pre-wrap"></div><button id="send">发送</button>
<script>var text = ''; function render() { c.textContent = text; }
function sendDraft() { if (rec(text)) { text = ''; render(); } }
c.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); sendDraft(); } });
window.__setText = function (t) { text = t; render(); };
send.onclick = sendDraft;${E}`,
  ),
  // Finding 7: the page's hint names the modified Enter that sends; a plain Enter types a line break. No 发送 button (the
  // send box's class lets the guard attach before the agent focuses the field, as on the workbench).
  '/rt42/shift-enter': doc(
    'shift',
    `<div class="SendBox"><p>Shift+Enter 发送，Enter 换行</p><textarea id="c" rows="3" cols="40"></textarea></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && e.shiftKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });${E}`,
  ),
  '/rt42/alt-enter': doc(
    'alt',
    `<div class="SendBox"><p>Alt+Enter 发送，Enter 换行</p><textarea id="c" rows="3" cols="40"></textarea></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && e.altKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });${E}`,
  ),
  // Control: Enter sends, Shift+Enter is the line break, and the page says so.
  '/rt42/shift-newline': doc(
    'newline',
    `<div class="SendBox"><p>Enter 发送，Shift+Enter 换行</p><textarea id="c" rows="3" cols="40"></textarea></div>
<script>c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.altKey) { e.preventDefault(); if (rec(c.value)) c.value = ''; } });${E}`,
  ),
};

const test = workbenchPagesTest(pages);
const banner = (pg: Page) => pg.locator('[data-replyguard="banner"] .rg');
const mode = (pg: Page) => pg.locator('[data-replyguard="banner"] section');
const blocked = (pg: Page) => pg.locator('[data-replyguard="banner"] section[data-mode="blocked"]');
const fieldValue = (pg: Page) => pg.locator('#c').inputValue();
const boxText = (pg: Page) => pg.locator('#c').evaluate((el) => el.textContent ?? '');

/** Does `attempt` and expects the guard to stop it: nothing sent, the draft as it was (read by `read`), the banner blocked on 2.3. */
async function expectStopped(pg: Page, what: string, attempt: () => Promise<unknown>, draft = BAD, read = fieldValue): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  expect.soft(await read(pg), `${what}: the draft is as it was`).toBe(draft);
  await expect.soft(banner(pg), `${what}: the banner names 2.3`).toContainText('2.3', { timeout: 3_000 });
  await expect.soft(mode(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
}

test('finding 2: an internal note, a 翻译预览, a 内部备注 memo or a phrase search in the send box holding a breach never stops a clean reply (Enter, 发送, focus in the note); a breach in the message is still stopped; a note that goes out with the message is judged', async ({ pg }) => {
  for (const path of ['/rt42/note', '/rt42/aside']) {
    await openAtWorkbench(pg, path);
    await pg.locator('#c').click();
    await pg.keyboard.type(CLEAN);
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), `${path}: the clean reply goes out on Enter`).toEqual([CLEAN]);
    await pg.locator('#c').fill(CLEAN);
    await pg.locator('#send').click();
    await expect.poll(() => sentOf(pg), `${path}: and on 发送`).toEqual([CLEAN, CLEAN]);
    // The agent clicked into the aside field, then 发送: what goes out is the message, and it is clean.
    await pg.locator('#c').fill(CLEAN);
    await pg.locator(path === '/rt42/note' ? '#note' : '#memo').click();
    await pg.locator('#send').click();
    await expect.poll(() => sentOf(pg), `${path}: and on 发送 with the focus in the aside field`).toEqual([CLEAN, CLEAN, CLEAN]);
    await expect(blocked(pg), `${path}: nothing was stopped`).toHaveCount(0);
    await pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
    await pg.locator('#c').fill(BAD);
    await expectStopped(pg, `${path} a breach in the message, 发送`, () => pg.locator('#send').click());
    await expectStopped(pg, `${path} a breach in the message, Enter`, () => pg.locator('#c').press('Enter'));
  }
  await openAtWorkbench(pg, '/rt42/note-sent');
  await pg.locator('#c').fill(CLEAN);
  await pg.locator('#note').fill(BAD);
  await expectStopped(pg, 'a note sent with the message (买家可见)', () => pg.locator('#send').click(), CLEAN);
  await pg.locator('#note').fill('好的');
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'the clean message and note go out together').toEqual([`${CLEAN} / 好的`]);
});

test('finding 6: a role=textbox <div> without contenteditable is a composer: its breach is stopped on Enter and on 发送 (listed, no fix offered), its clean text goes out by both', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt42/textbox');
  const setText = (t: string) => pg.evaluate((text) => (window as unknown as { __setText(t: string): void }).__setText(text), t);
  await setText(BAD);
  await pg.locator('#c').click();
  await expectStopped(pg, 'role=textbox Enter', () => pg.keyboard.press('Enter'), BAD, boxText);
  await expect(pg.locator('[data-replyguard="banner"] button', { hasText: '改为' }), 'no fix offered for text the page keeps itself').toHaveCount(0);
  await expectStopped(pg, 'role=textbox 发送', () => pg.locator('#send').click(), BAD, boxText);
  await setText(CLEAN);
  await pg.locator('#c').click();
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the clean text goes out on Enter').toEqual([CLEAN]);
  await setText(CLEAN);
  await pg.locator('#send').click();
  await expect.poll(() => sentOf(pg), 'and on 发送').toEqual([CLEAN, CLEAN]);
});

test('finding 7: Shift+Enter / Alt+Enter is stopped on a breach where the page says that key sends (a plain Enter there is a line break), a clean draft goes out by it; where the page says Shift+Enter is a new line, it types one', async ({ pg }) => {
  for (const [path, key] of [
    ['/rt42/shift-enter', 'Shift+Enter'],
    ['/rt42/alt-enter', 'Alt+Enter'],
  ] as const) {
    await openAtWorkbench(pg, path);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${path}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, `${path} ${key}`, () => pg.locator('#c').press(key));
    await pg.locator('#c').fill(CLEAN);
    await pg.locator('#c').press(key);
    await expect.poll(() => sentOf(pg), `${path}: the clean draft goes out by ${key}`).toEqual([CLEAN]);
  }
  await openAtWorkbench(pg, '/rt42/shift-newline');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await pg.locator('#c').press('End');
  await pg.locator('#c').press('Shift+Enter');
  await expect.poll(() => fieldValue(pg), 'Shift+Enter types a line break where the page says so').toBe(`${BAD}\n`);
  expect(await sentOf(pg)).toEqual([]);
  await expect(blocked(pg), 'a line break is no stop').toHaveCount(0);
});
