// Round 48 of the blind red team on the send guard, its second pass, the guard48d half: cards and reply boxes. Findings (rt48b):
// 1 (leak) a card's 给买家留言 was not judged when the card also had a 内部备注; 2 (leak) other names for the card's message (备注给买家,
// 给买家的话, 留言, 商家留言, 附加消息, 发送时附带的话, 推荐理由, 推荐语（将随卡片展示）, 说点什么吧～, 客服寄语, none) were not judged;
// 8 (false stop) 附言（买家不可见） was judged; 4 (leak) a reply-with-quote box whose button is 回复并结束会话, 回复(Enter), 回复买家
// Ctrl+Enter, 回复<kbd>Enter</kbd>, 确定 / 确 定, 提交, 引用回复, 留言 or ↩ (and Enter under 「Enter 回复」) was not judged; 7 (UX) a quote
// box's 发送并关闭 was stopped with no banner; 9 (false stop) a settings form's 回复 / 不回复 toggle was stopped as a send; 12 (UX) at
// 640×400 CSS px a quote-box stop had its first 改为 out of view. Every page is rebuilt at the workbench's address and records what
// it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  expectAttached,
  expectStopped,
  RED_TEAM_BAD as BAD,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  WORKBENCH_ORIGIN,
  workbenchPagesTest,
  RED_TEAM_CLEAN as CLEAN,
  WORKBENCH_SENDBOX as MAIN,
  WORKBENCH_SENDBOX_SCRIPT as MAIN_SCRIPT,
  blockedBanner as blocked,
} from './guard-support';

/** An order card beside the chat: its fields (`fields`, the message #c among them) and #go (`label`), which sends the card with every field. */
const cardPage = (label: string, fields: string) =>
  redTeamDoc(
    `card ${label}`,
    `<div id="OrderListDom" style="position:fixed;left:0;top:10px;width:260px"><div class="list"><div class="OrderCard"><div class="oid">订单号 2408xxxx</div>
<div class="itemTitle">进口奶粉 800g</div>${fields}<div class="ops"><button type="button" class="ant-btn ant-btn-sm" id="go">${label}</button></div></div></div></div>
<div style="margin-left:280px;margin-top:200px">${MAIN}</div>
<script>${MAIN_SCRIPT} go.onclick = function () { rec('[订单卡片] ' + [].map.call(document.querySelectorAll('.OrderCard textarea, .OrderCard input'), function (f) { return f.value; }).join(' | ')); };${E}`,
  );

/** Finding 1: the message beside an internal note (placeholders, or <label>s). */
const WITH_NOTE: readonly string[] = [
  `<textarea id="c" placeholder="给买家留言"></textarea><textarea id="n" placeholder="内部备注（仅客服可见）"></textarea>`,
  `<div><label>给买家留言<textarea id="c"></textarea></label></div><div><label>备注<input id="n"></label></div>`,
];

/** Finding 2: the names (and no name) the red team gave the card's message, each with its card button. */
const MESSAGE_NAMES: readonly (readonly [string, string])[] = [
  ['<textarea id="c" placeholder="备注给买家"></textarea>', '发送订单'],
  ['<input id="c" placeholder="给买家的话">', '发送订单'],
  ['<textarea id="c" placeholder="留言"></textarea>', '发送订单'],
  ['<label>留言 <input id="c"></label>', '发送订单'],
  ['<textarea id="c" placeholder="商家留言"></textarea>', '发送订单'],
  ['<textarea id="c" placeholder="附加消息"></textarea>', '发送商品'],
  ['<textarea id="c" placeholder="发送时附带的话"></textarea>', '邀请下单'],
  ['<textarea id="c" placeholder="推荐理由"></textarea>', '发送商品'],
  ['<input id="c" placeholder="推荐语（将随卡片展示）">', '发送商品'],
  ['<textarea id="c" placeholder="说点什么吧～"></textarea>', '邀请下单'],
  ['<textarea id="c" placeholder="客服寄语"></textarea>', '发送商品'],
  ['<textarea id="c"></textarea>', '发送订单'],
  ['<input id="c">', '发送订单'],
];

/** Finding 3 (and the private notes that already held): never judged, whatever they hold. */
const PRIVATE_NAMES = ['附言（买家不可见）', '内部备注（仅客服可见）', '订单备注（买家不可见）', '附言（仅自己可见）', '商家备忘'] as const;

/** Finding 4: a reply-with-quote box (#c, 取消 and #go labelled `label`); `hint` is the key hint beside them. */
const quotePage = (label: string, hint = '', closes = false) =>
  redTeamDoc(
    `quote ${label}`,
    `${MAIN}<div class="QuoteReply" style="position:fixed;top:40px;right:20px;width:320px;border:1px solid #999;background:#fff;padding:8px">
<div class="quote">引用：买家「这个能便宜点吗」</div><textarea id="c" placeholder="输入回复内容" rows="3"></textarea>
<div><span>${hint}</span><button type="button" id="cancel">取消</button><button type="button" class="ant-btn ant-btn-primary" id="go">${label}</button></div></div>
<script>${MAIN_SCRIPT} var box = document.querySelector('.QuoteReply');
function reply() { if (rec('[引用回复] ' + c.value)) { c.value = ''; ${closes ? "box.style.display = 'none';" : ''} } }
go.onclick = reply; c.addEventListener('keydown', function (e) { if (${hint ? 'true' : 'false'} && e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); reply(); } });${E}`,
  );
const REPLY_LABELS = ['回复并结束会话', '回复(Enter)', '回复买家 Ctrl+Enter', '<span>回复</span><kbd>Enter</kbd>', '确定', '确 定', '提交', '引用回复', '留言', '↩'] as const;
const ENTER_LABELS = ['回复并结束会话', '确定'] as const;

/** Finding 6: a settings form with a 回复 / 不回复 toggle and its 自动回复话术 field (#c). */
const settingsPage = redTeamDoc(
  'settings toggle',
  `${MAIN}<form style="position:fixed;top:60px;left:20px;width:400px" onsubmit="return false"><div>评价自动回复</div>
<div><button type="button" id="nav" aria-pressed="false">回复</button><button type="button" aria-pressed="true">不回复</button></div><textarea id="c" placeholder="自动回复话术"></textarea></form>
<script>${MAIN_SCRIPT} window.__nav = 0; nav.addEventListener('click', function () { window.__nav++; });${E}`,
);

const test = workbenchPagesTest({
  ...Object.fromEntries(WITH_NOTE.map((f, i) => [`/rt48d/note/${i}`, cardPage('发送订单', f)])),
  ...Object.fromEntries(MESSAGE_NAMES.map(([f, l], i) => [`/rt48d/name/${i}`, cardPage(l, f)])),
  ...Object.fromEntries(PRIVATE_NAMES.map((n, i) => [`/rt48d/private/${i}`, cardPage('发送订单', `<textarea id="c" placeholder="${n}"></textarea>`)])),
  ...Object.fromEntries(REPLY_LABELS.map((l, i) => [`/rt48d/reply/${i}`, quotePage(l)])),
  ...Object.fromEntries(ENTER_LABELS.map((l, i) => [`/rt48d/enter/${i}`, quotePage(l, 'Enter 回复')])),
  '/rt48d/close': quotePage('发送并关闭', '', true),
  '/rt48d/settings': settingsPage,
});

/** Opens `path`, waits for the guard, types `text` into #c and waits for the typing banner. */
async function typeIn(pg: Page, showPage: (path: string) => Promise<void>, path: string, text: string, what: string): Promise<void> {
  await showPage(path);
  await pg.locator('#main').click();
  await expectAttached(pg);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(text);
  await expect(bannerContent(pg), `${what}: the typing banner`).toContainText('2.3');
}

test('finding 1: a card’s 给买家留言 beside a 内部备注 (placeholders or labels) is judged — 发送订单 sends nothing of a flagged message; a clean one goes with the card', async ({ pg, showPage }) => {
  for (const [i] of WITH_NOTE.entries()) {
    const what = `card with a note ${i}`;
    await typeIn(pg, showPage, `/rt48d/note/${i}`, BAD, what);
    await pg.locator('#n').fill('内部：这位买家要加急');
    await expectStopped(pg, what, () => pg.locator('#go').click(), BAD);
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${what}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${what}: the clean message goes with the card`).toEqual([`[订单卡片] ${CLEAN} | 内部：这位买家要加急`]);
  }
});

test('finding 2: any other name for a card’s message (备注给买家, 给买家的话, 留言, 商家留言, 附加消息, 推荐理由, 说点什么吧～, 客服寄语, none) is judged with 发送订单 / 发送商品 / 邀请下单', async ({ pg, showPage }) => {
  for (const [i, [field, label]] of MESSAGE_NAMES.entries()) {
    const what = `${field} / ${label}`;
    await typeIn(pg, showPage, `/rt48d/name/${i}`, BAD, what);
    await expectStopped(pg, what, () => pg.locator('#go').click(), BAD);
  }
});

test('finding 3 and the valid rows: a card’s private note (附言（买家不可见）, 内部备注, 订单备注（买家不可见）, 附言（仅自己可见）, 商家备忘) is not judged — the card goes at the first click', async ({ pg, showPage }) => {
  for (const [i, name] of PRIVATE_NAMES.entries()) {
    await showPage(`/rt48d/private/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${name}: the page's own handler took the click`).toEqual([`[订单卡片] ${BAD}`]);
    await expect(blocked(pg), `${name}: nothing stopped`).toHaveCount(0);
  }
});

test('finding 4: a quote box’s 回复并结束会话 / 回复(Enter) / 回复买家 Ctrl+Enter / 回复<kbd>Enter</kbd> / 确定 / 确 定 / 提交 / 引用回复 / 留言 / ↩ sends nothing of a flagged reply, with the banner shown; a clean reply goes at the first click', async ({ pg, showPage }) => {
  for (const [i, label] of REPLY_LABELS.entries()) {
    await typeIn(pg, showPage, `/rt48d/reply/${i}`, BAD, label);
    await expectStopped(pg, label, () => pg.locator('#go').click(), BAD);
    await expect(blocked(pg), `${label}: the stop is shown`).toBeVisible();
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${label}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${label}: the clean reply goes`).toEqual([`[引用回复] ${CLEAN}`]);
  }
});

test('finding 4: Enter in a quote box that shows 「Enter 回复」 (its button 回复并结束会话 or 确定) sends nothing of a flagged reply; a clean one goes', async ({ pg, showPage }) => {
  for (const [i, label] of ENTER_LABELS.entries()) {
    await typeIn(pg, showPage, `/rt48d/enter/${i}`, BAD, label);
    await expectStopped(pg, `${label}: Enter`, () => pg.keyboard.press('Enter'), BAD);
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${label}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#c').press('Enter');
    await expect.poll(() => sentOf(pg), `${label}: the clean reply goes`).toEqual([`[引用回复] ${CLEAN}`]);
  }
});

test('finding 5: a quote box’s 发送并关闭 stops a flagged reply with the banner shown and the words highlighted, as 回复 does', async ({ pg, showPage }) => {
  await typeIn(pg, showPage, '/rt48d/close', BAD, '发送并关闭');
  await expectStopped(pg, '发送并关闭', () => pg.locator('#go').click(), BAD);
  await expect(blocked(pg), 'the stop is shown').toBeVisible();
  await expect(pg.locator('[data-replyguard="highlights"] .mirror'), 'the words are highlighted').toContainText('abc12345');
  await pg.locator('#c').fill(CLEAN);
  await expect(blocked(pg), 'the banner no longer stops').toHaveCount(0);
  await pg.locator('#go').click();
  await expect.poll(() => sentOf(pg), 'the clean reply goes').toEqual([`[引用回复] ${CLEAN}`]);
});

test('finding 6: a settings form’s 回复 toggle (aria-pressed) is no send — its click goes through whatever the form’s field holds', async ({ pg }) => {
  await pg.goto(WORKBENCH_ORIGIN + '/rt48d/settings');
  await pg.locator('#main').click();
  await expectAttached(pg);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await pg.locator('#nav').click();
  await expect.poll(() => pg.evaluate(() => (window as unknown as { __nav: number }).__nav), 'the page got the click').toBe(1);
  await expect(blocked(pg), 'nothing stopped').toHaveCount(0);
  expect(await pg.locator('#c').inputValue(), 'the field is as it was').toBe(BAD);
});

/** Where the first finding and its fix button are, against the list's visible box and the viewport. */
const firstFindingInView = (pg: Page) =>
  pg.evaluate(() => {
    const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
    const list = root.querySelector('.list')!.getBoundingClientRect();
    const li = root.querySelector('.list > li, .list li')!.getBoundingClientRect();
    const fix = root.querySelector('.list button.fix')!.getBoundingClientRect();
    const inList = (r: DOMRect) => r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5;
    const inViewport = (r: DOMRect) => r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
    return { finding: inList(li), fix: inList(fix) && inViewport(fix) };
  });

/** Two blocking findings, each with a fix. */
const TWO = '加我微信 abc12345，私下转账给我更便宜';
const zoomQuote = redTeamDoc(
  'quote at 200%',
  `<style>body{margin:0;font:14px sans-serif} .SendBox{position:fixed;bottom:0;left:0;right:0;height:120px;border-top:1px solid #ccc;background:#fff}</style>
${MAIN}<div class="QuoteReply" style="position:fixed;top:20px;right:10px;width:300px;border:1px solid #999;background:#fff;padding:6px">
<div class="quote">引用：买家「这个能便宜点吗」</div><textarea id="c" placeholder="输入回复内容" rows="2"></textarea>
<div><button type="button" id="cancel">取消</button><button type="button" id="go">回复</button></div></div>
<script>${MAIN_SCRIPT} go.onclick = function () { if (rec(c.value)) c.value = ''; };${E}`,
);
/** 1280×800 at 200% zoom: a 640×400 CSS-px viewport. */
const zoomTest = workbenchPagesTest({ '/rt48d/zoom': zoomQuote }, { viewport: { width: 640, height: 400 } });

zoomTest.describe('at 200% zoom in a 1280×800 window (640×400 CSS px)', () => {
  zoomTest('finding 7: a quote-box stop uses the compact layout, its first finding whole with its 改为 in view', async ({ pg, showPage }) => {
    await typeIn(pg, showPage, '/rt48d/zoom', TWO, 'quote at 200%');
    await expectStopped(pg, '回复', () => pg.locator('#go').click(), TWO);
    await expect(pg.locator('[data-replyguard="banner"] .panel'), 'the compact layout').toHaveClass(/\btight\b/);
    await expect.poll(() => firstFindingInView(pg), 'the first finding and its fix are in view').toEqual({ finding: true, fix: true });
    await pg.locator('[data-replyguard="banner"] .list button.fix').first().click();
    await expect.poll(() => pg.locator('#c').inputValue(), 'the fix is applied').not.toContain('abc12345');
  });
});
