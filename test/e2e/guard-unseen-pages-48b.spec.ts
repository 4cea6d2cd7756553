// Round 48 of the blind red team on the send guard (its seventeenth), the guard48b half. Finding 1 (a leak): an order or
// product card (#OrderListDom .OrderCard) holds a message to the buyer (给买家留言 / 附言（买家可见） / 附言（随消息一起发送）) and
// a 发送订单 / 发送商品 / 邀请下单 that sends the card with it: a flagged message was not judged (no highlight, no banner) and the
// button or Enter sent it. Finding 2 (a leak): a reply-with-quote box (引用回复: a quote, a textarea 输入回复内容, a 回复 / 立即回复
// / 回复买家 / 回复TA button; on <body> or inside the SendBox) was not guarded. Finding 3 (UX): at 175% zoom in a 1024×600 window
// the banner's findings list was a 17 px window. Finding 4 (UX): after a keyboard fix, Tab from the composer skipped the remaining
// fix buttons. Every page is rebuilt here at the workbench's address and records what it really sent in window.__sent.
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

const navClicks = (pg: Page) => pg.evaluate(() => (window as unknown as { __nav: number }).__nav);

/** Finding 1: the card buttons, the field names and the field kinds the red team used. */
const CARD_SENDS = ['发送订单', '发送商品', '邀请下单'] as const;
const CARD_NAMES = ['给买家留言', '附言（买家可见）', '附言（随消息一起发送）'] as const;
const CARD_TAGS = ['textarea', 'input'] as const;
const CARDS = CARD_SENDS.flatMap((label) => CARD_NAMES.flatMap((name) => CARD_TAGS.map((tag) => [label, name, tag] as const)));

/** An order card beside the chat: its field #c (named `name`), its #go (`label`) sends the card with #c; Enter in #c clicks #go. */
const cardPage = (label: string, name: string, tag: string) =>
  redTeamDoc(
    `card ${label} ${name} ${tag}`,
    `<div id="OrderListDom" style="position:fixed;left:0;top:10px;width:260px"><div class="list"><div class="OrderCard"><div class="oid">订单号 2408xxxx</div>
<div class="itemTitle">进口奶粉 800g</div><${tag} id="c" placeholder="${name}"></${tag}><button class="ant-btn" id="go">${label}</button></div></div></div>
<div style="margin-left:280px;margin-top:200px">${MAIN}</div>
<script>${MAIN_SCRIPT} go.onclick = function () { rec('[订单卡片] ' + c.value); c.value = ''; };
c.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); go.click(); } });${E}`,
  );

/** Finding 1, valid row: the card's internal note (备注 / 内部备注（买家不可见）) beside 发送订单: the page's, whatever it holds. */
const NOTE_NAMES = ['备注', '内部备注（仅客服可见）'] as const;

/** Finding 2: the reply box's button labels the red team used, portaled to <body> or inside the SendBox. */
const REPLIES = ['回复', '立即回复', '回复买家', '回复TA'] as const;
const quotePage = (label: string, inside: boolean) =>
  redTeamDoc(
    `quote ${label} ${inside ? 'inside' : 'body'}`,
    `<div class="ChatMessageList"><div id="0_777_m1" class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__notMe">买家：这个什么时候发货？ <a href="#" id="quote">引用回复</a></div></div>
${MAIN}<script>${MAIN_SCRIPT} quote.onclick = function (e) { e.preventDefault(); var d = document.createElement('div'); d.className = 'ant-popover quote-reply-popover';
d.style.cssText = 'position:fixed;left:220px;top:60px;background:#fff;border:1px solid #aaa;padding:8px;z-index:50';
d.innerHTML = '<div class="quote">引用：这个什么时候发货？</div><textarea id="c" placeholder="输入回复内容"></textarea><div><button class="ant-btn ant-btn-primary" id="go">${label}</button></div>';
(${inside} ? document.querySelector('.SendBox') : document.body).appendChild(d);
var go = function () { rec('[引用回复] ' + document.getElementById('c').value); d.remove(); };
document.getElementById('go').addEventListener('click', go);
document.getElementById('c').addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); go(); } });
document.getElementById('c').focus(); };${E}`,
  );

/**
 * Finding 2, valid rows: with a flagged draft in the SendBox, controls named 回复 that only open something or are no reply box's
 * send — a tab, a link on a message row, a row's button, a 快捷回复 picker, a 回复率 stat, a disclosure — get the click.
 */
const REPLY_OPENERS: Readonly<Record<string, string>> = {
  tab: `<div role="tablist"><div role="tab" aria-selected="true" tabindex="0">会话</div><div id="nav" role="tab" aria-selected="false" tabindex="-1">回复</div></div>`,
  link: `<div class="ChatMessageList"><div class="row">买家：在吗 <a id="nav" href="#reply">回复</a></div></div>`,
  'row-button': `<div class="ChatMessageList"><div class="row">买家：在吗 <button class="ant-btn ant-btn-link" id="nav">回复</button></div></div>`,
  quick: `<div class="toolbar"><button class="ant-btn" id="nav">快捷回复</button></div>`,
  rate: `<div class="stats"><span id="nav" style="cursor:pointer">回复率 98%</span></div>`,
  disclosure: `<button class="ant-btn" id="nav" aria-haspopup="dialog" aria-expanded="false">回复</button>`,
  'toolbar-in-sendbox': ``,
};
const replyOpenerPage = (name: string) =>
  redTeamDoc(
    `reply opener ${name}`,
    name === 'toolbar-in-sendbox'
      ? `<div class="SendBox"><div class="SendBox-toolbar"><button class="ant-btn" id="nav">回复</button></div><textarea id="main" placeholder="请输入消息" rows="3" cols="60"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div><script>${MAIN_SCRIPT} window.__nav = 0; nav.addEventListener('click', function (e) { e.preventDefault(); window.__nav++; });${E}`
      : `${REPLY_OPENERS[name]}${MAIN}<script>${MAIN_SCRIPT} window.__nav = 0; nav.addEventListener('click', function (e) { e.preventDefault(); window.__nav++; });${E}`,
  );

/** Findings 3 and 4: two blocking findings, each with a fix (a WeChat id, a private transfer). */
const TWO = '您好，加我微信abc12345，发您视频。另外私下转账给我也行';
/** The workbench's layout: its SendBox fixed at the bottom, 180 px tall (#c its composer, sent by Enter or 发送). */
const dockPage = redTeamDoc(
  'docked composer',
  `<style>body{margin:0;font:14px sans-serif} .SendBox{position:fixed;bottom:0;left:200px;right:0;height:180px;border-top:1px solid #ccc;background:#fff}
#c{width:95%;height:100px;border:0;outline:none;font:inherit} .SendBox-buttonRight{position:absolute;right:10px;bottom:10px}</style>
<div class="ChatMessageList">买家：在吗</div><div class="SendBox"><textarea id="c" placeholder="请输入消息"></textarea>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="send">发送</button></div></div>
<script>send.onclick = sendDraft; c.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); sendDraft(); } });${E}`,
);

const test = workbenchPagesTest({
  '/rt48b/dock': dockPage,
  ...Object.fromEntries(CARDS.map(([l, n, t], i) => [`/rt48b/card/${i}`, cardPage(l, n, t)])),
  ...Object.fromEntries(NOTE_NAMES.map((n, i) => [`/rt48b/note/${i}`, cardPage('发送订单', n, 'textarea')])),
  ...Object.fromEntries(REPLIES.flatMap((l, i) => [[`/rt48b/quote/${i}/body`, quotePage(l, false)], [`/rt48b/quote/${i}/inside`, quotePage(l, true)]])),
  ...Object.fromEntries(Object.keys(REPLY_OPENERS).map((n) => [`/rt48b/opener/${n}`, replyOpenerPage(n)])),
});

/**
 * Types the flagged draft into an emptied #c, as on a fresh page: the banner no longer shows the last stop, then shows the draft's
 * 2.3 while typing. So the stop the next attempt expects is that attempt's own, not one left from an earlier key on the page.
 */
async function retypeFlagged(pg: Page, what: string): Promise<void> {
  await pg.locator('#c').fill('');
  await expect(blocked(pg), `${what}: no stop shown before the attempt`).toHaveCount(0);
  await pg.locator('#c').click();
  await pg.keyboard.insertText(BAD);
  await expect(bannerContent(pg), `${what}: the typing banner`).toContainText('2.3');
  await expect(blocked(pg), `${what}: the banner is the typing one`).toHaveCount(0);
}

test('finding 1: an order card’s buyer-visible message (给买家留言 / 附言（买家可见） / 附言（随消息一起发送）, textarea or input) is judged — the banner shows while typing, and 发送订单 / 发送商品 / 邀请下单 or Enter sends nothing; a clean message goes with the card at the first click', async ({ pg, showPage }) => {
  // 18 cards, one page load each (was one per card and key: 36 loads, 50 s idle, out of the 2 min limit under load in round
  // 52's fresh clone): the Enter is tried on the page whose click was stopped, the draft typed again from an empty field.
  test.slow();
  for (const [i, [label, name, tag]] of CARDS.entries()) {
    const what = `${label} ${name} ${tag}`;
    await showPage(`/rt48b/card/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    for (const how of ['click', 'Enter'] as const) {
      await retypeFlagged(pg, `${what}: ${how}`);
      await expectStopped(pg, `${what}: ${how}`, () => (how === 'click' ? pg.locator('#go').click() : pg.keyboard.press('Enter')), BAD);
    }
    await pg.locator('#c').fill(CLEAN);
    await expect(blocked(pg), `${what}: the banner no longer stops`).toHaveCount(0);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${what}: the clean message goes with the card`).toEqual([`[订单卡片] ${CLEAN}`]);
  }
});

test('finding 1, valid rows: a card’s internal note (备注 / 内部备注（仅客服可见）) is not the buyer’s — 发送订单 sends the card, whatever the note holds', async ({ pg, showPage }) => {
  for (const [i, name] of NOTE_NAMES.entries()) {
    await showPage(`/rt48b/note/${i}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await pg.locator('#go').click();
    await expect.poll(() => sentOf(pg), `${name}: the page's own handler took the click`).toEqual([`[订单卡片] ${BAD}`]);
    await expect(blocked(pg), `${name}: nothing stopped`).toHaveCount(0);
  }
});

test('finding 2: a reply-with-quote box (on <body> or inside the SendBox) is judged — 回复 / 立即回复 / 回复买家 / 回复TA and Enter send nothing of a flagged reply; a clean reply goes at the first click', async ({ pg, showPage }) => {
  for (const [i, label] of REPLIES.entries()) {
    for (const where of ['body', 'inside'] as const) {
      // One page load for both keys (see finding 1): the reply box opened once, its Enter tried after its stopped click.
      await showPage(`/rt48b/quote/${i}/${where}`);
      await pg.locator('#main').click();
      await expectAttached(pg);
      await pg.locator('#quote').click();
      for (const how of ['click', 'Enter'] as const) {
        const what = `${label} ${where} ${how}`;
        await retypeFlagged(pg, what);
        await expectStopped(pg, what, () => (how === 'click' ? pg.locator('#go').click() : pg.keyboard.press('Enter')), BAD);
      }
      await pg.locator('#c').fill(CLEAN);
      await expect(blocked(pg), `${label} ${where}: the banner no longer stops`).toHaveCount(0);
      await pg.locator('#go').click();
      await expect.poll(() => sentOf(pg), `${label} ${where}: the clean reply goes`).toEqual([`[引用回复] ${CLEAN}`]);
    }
  }
});

test('finding 2, valid rows: with a flagged draft in the SendBox, a 回复 tab, a 回复 link or button on a message row, 快捷回复, 回复率, a 回复 disclosure and a 回复 in the SendBox’s toolbar get the click — nothing stopped; 发送 still is', async ({ pg, showPage }) => {
  for (const name of Object.keys(REPLY_OPENERS)) {
    await showPage(`/rt48b/opener/${name}`);
    await pg.locator('#main').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${name}: the typing banner`).toContainText('2.3');
    await pg.locator('#nav').click();
    await expect.poll(() => navClicks(pg), `${name}: the page got the click`).toBe(1);
    await expect(blocked(pg), `${name}: nothing stopped`).toHaveCount(0);
    expect(await sentOf(pg), `${name}: nothing sent`).toEqual([]);
    await pg.locator('#send').click();
    await expect(blocked(pg), `${name}: 发送 is still stopped`).toHaveCount(1);
    expect(await sentOf(pg), `${name}: 发送 sent nothing`).toEqual([]);
  }
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

/** A 1024×600 window at 175% zoom: a 585×343 CSS-px viewport. */
const zoomTest = workbenchPagesTest({ '/rt48b/dock': dockPage }, { viewport: { width: 585, height: 343 } });

zoomTest.describe('at 175% zoom in a 1024×600 window (585×343 CSS px)', () => {
  zoomTest('finding 3: a stopped send with two findings shows its first finding whole, with its fix button, in the list (the hint cut short first)', async ({ pg }) => {
    await pg.goto(WORKBENCH_ORIGIN + '/rt48b/dock');
    await pg.locator('#c').click();
    await expectAttached(pg);
    await pg.keyboard.insertText(TWO);
    await expect(bannerContent(pg), 'the typing banner').toContainText('2.3');
    await expectStopped(pg, 'Enter', () => pg.keyboard.press('Enter'), TWO);
    await expect.poll(() => firstFindingInView(pg), 'the first finding and its fix are in view').toEqual({ finding: true, fix: true });
    // Its fix button works from there, and the keyboard way in is still said.
    await expect(pg.locator('[data-replyguard="banner"] .hint'), 'the short hint names Tab').toContainText('Tab');
    await pg.locator('[data-replyguard="banner"] .list button.fix').first().click();
    await expect.poll(() => pg.locator('#c').inputValue(), 'the fix is applied').not.toContain('abc12345');
  });
});

/** The element the keyboard focus is on, looking into the banner's shadow root: 'banner:<class>' there, else '#id'. */
const focusedOn = (pg: Page) =>
  pg.evaluate(() => {
    const a = document.activeElement;
    if (a?.hasAttribute('data-replyguard')) return `banner:${(a.shadowRoot?.activeElement as HTMLElement | null)?.className ?? ''}`;
    return a?.id ? `#${a.id}` : (a?.localName ?? '');
  });

test('finding 4: after a fix made with the keyboard, the focus is back in the composer and Tab from there reaches the remaining fix (not 发送); past the banner’s last control Tab goes on to 发送', async ({ pg }) => {
  await pg.goto(WORKBENCH_ORIGIN + '/rt48b/dock');
  await pg.locator('#c').click();
  await expectAttached(pg);
  await pg.keyboard.insertText(TWO);
  await expect(bannerContent(pg), 'the typing banner').toContainText('2.3');
  await expectStopped(pg, 'Enter', () => pg.keyboard.press('Enter'), TWO);
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'Tab after the stop: the first fix').toBe('banner:fix');
  await pg.keyboard.press('Enter');
  await expect.poll(() => pg.locator('#c').inputValue(), 'the first fix is applied').not.toContain('abc12345');
  await expect.poll(() => focusedOn(pg), 'the focus is back in the composer').toBe('#c');
  await expect(pg.locator('[data-replyguard="banner"] .list button.fix'), 'one fix left').toHaveCount(1);
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'Tab from the composer: the remaining fix').toBe('banner:fix');
  // On through the banner (×), then out of it to what follows the composer.
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'then ×').toBe('banner:close');
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'then the page’s 发送').toBe('#send');
  // The remaining fix by the keyboard: the draft is clean, nothing is left to steer to — Tab is the page’s again.
  await pg.locator('#c').focus();
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'the remaining fix again').toBe('banner:fix');
  await pg.keyboard.press('Enter');
  await expect.poll(() => pg.locator('#c').inputValue(), 'the second fix is applied').not.toContain('私下转账');
  await expect(pg.locator('[data-replyguard="banner"] .list button.fix'), 'no fix left').toHaveCount(0);
  await pg.locator('#c').focus();
  await pg.keyboard.press('Tab');
  await expect.poll(() => focusedOn(pg), 'Tab from a clean draft: the page’s own order').toBe('#send');
  expect(await sentOf(pg), 'nothing sent').toEqual([]);
});
