// Round 49, the guard's blind red team (rt49-guard). (1) t11-slash: a 快捷短语 typeahead opened by 「/」 in the composer (role=combobox,
// aria-expanded, aria-activedescendant → the highlighted role=option) sends the option's text on Enter or on a click of the option; the
// guard judged only the draft 「/」 and let the phrase out. (2) t03e-radio / t16-ctrlenter-newline: the page's newline key on a flagged
// draft was swallowed — the send mode was read from an unchecked radio's label, an unselected <option> or a display:none menu, outranking
// the visible 「Enter换行」; a hint 「Ctrl+Enter换行」 was not read at all. (3) t09b-count: the stopped banner's header dropped the count,
// and its role=alert wrapped the whole list. (4) t12-orphan-override: in an orphaned tab 仍要发送 still said 「（会记录）」.
// Every page records what it really sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect, test as freshBrowser } from './fixtures';
import {
  bannerContent,
  bannerSection,
  expectAttached,
  RED_TEAM_BAD as BAD,
  redTeamDoc,
  routeWorkbenchPages,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  untilStopped,
  QUIET,
  WORKBENCH_ORIGIN,
  workbenchPagesTest,
} from './guard-support';

const CLEAN = '亲，您好，订单已经发货，请耐心等待。';
const PHRASES = ['亲，欢迎光临本店', '亲，加我微信 abc12345 私聊有优惠', '亲，已经为您催促发货'];

/** The SendBox: a contenteditable #ed and 发送 #send (which sends the draft); `hint` beside 发送; `script` the page's keys. */
const sendBox = (hint: string, script: string) => `<div class="ChatMessageList" style="height:120px">买家：在吗</div>
<div class="SendBox" style="position:relative;margin-top:200px">
<div class="SendBox-Editor"><div class="ql-editor" contenteditable="true" id="ed" style="min-height:60px"></div></div>
<div class="SendBox-buttonRight">${hint}<button class="ant-btn ant-btn-primary" id="send" type="button"><span>发送</span></button></div></div>
<script>function doSend() { if (rec(ed.innerText)) ed.innerHTML = ''; }
send.addEventListener('click', doSend);
${script}${E}`;

/**
 * t11-slash: 「/」 opens a listbox of 快捷短语 above the composer, tied to it (role=combobox, aria-controls, aria-expanded,
 * aria-activedescendant). `onPick`: what the page does with the picked phrase — 'send' it at once, or 'insert' it into the draft.
 */
const slashPage = (onPick: 'send' | 'insert') =>
  redTeamDoc(
    `slash ${onPick}`,
    sendBox(
      '',
      `var lb = document.createElement('ul'); lb.id = 'qr'; lb.setAttribute('role', 'listbox'); lb.hidden = true;
lb.style.cssText = 'position:absolute;bottom:100%;left:0;background:#fff;border:1px solid #ccc;list-style:none;padding:4px;margin:0';
${JSON.stringify(PHRASES)}.forEach(function (t, i) { var li = document.createElement('li'); li.id = 'qr' + i; li.setAttribute('role', 'option'); li.textContent = t; lb.appendChild(li); });
document.querySelector('.SendBox').appendChild(lb); var act = -1;
ed.setAttribute('role', 'combobox'); ed.setAttribute('aria-controls', 'qr'); ed.setAttribute('aria-expanded', 'false');
function setAct(i) { act = i; [].forEach.call(lb.children, function (li, j) { li.setAttribute('aria-selected', String(j === i)); }); ed.setAttribute('aria-activedescendant', 'qr' + i); }
function close() { lb.hidden = true; ed.setAttribute('aria-expanded', 'false'); ed.removeAttribute('aria-activedescendant'); }
function pick(t) { close();
  if (${JSON.stringify(onPick)} === 'send') { ed.innerHTML = ''; rec(t); return; }
  ed.textContent = t; var r = document.createRange(); r.selectNodeContents(ed); r.collapse(false); var s = getSelection(); s.removeAllRanges(); s.addRange(r); }
ed.addEventListener('input', function () { var open = ed.innerText.trim().charAt(0) === '/'; lb.hidden = !open; ed.setAttribute('aria-expanded', String(open)); if (open) setAct(0); else ed.removeAttribute('aria-activedescendant'); });
ed.addEventListener('keydown', function (e) {
  if (!lb.hidden) { if (e.key === 'ArrowDown') { e.preventDefault(); setAct((act + 1) % lb.children.length); return; }
    if (e.key === 'Enter') { e.preventDefault(); pick(lb.children[act].textContent); return; } }
  if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); doSend(); } });
lb.addEventListener('mousedown', function (e) { e.preventDefault(); var li = e.target.closest('li'); if (li) pick(li.textContent); });`,
    ),
  );

/** t03e-radio: a page that sends on Ctrl+Enter (its Enter types a line break), whose hint says so, with a send-mode setting `extra` beside it. */
const ctrlSendsPage = (extra: string) =>
  redTeamDoc(
    'ctrl sends',
    sendBox(
      `<span class="hint">Ctrl+Enter发送 / Enter换行</span>${extra}`,
      `ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && e.ctrlKey) { e.preventDefault(); doSend(); } });`,
    ),
  );
const RADIO = `<span class="send-mode"><label><input type=radio name=m value=enter> 按Enter键发送消息</label><label><input type=radio name=m value=ctrl checked> 按Ctrl+Enter键发送消息</label></span>`;
const SELECT = `<select class="mode"><option value="enter">Enter 发送</option><option value="ctrl" selected>Ctrl+Enter 发送</option></select>`;
const HIDDEN_MENU = `<ul class="ant-dropdown-menu" style="display:none"><li>按Enter键发送消息</li><li>按Ctrl+Enter键发送消息 ✓</li></ul>`;

/** t16: a page that sends on Enter and types a line break on Ctrl+Enter (its own handler); `hint` says so, or nothing does. */
const ctrlNewlinePage = (hint: string) =>
  redTeamDoc(
    'ctrl newline',
    sendBox(
      hint ? `<span class="hint">${hint}</span>` : '',
      `ed.addEventListener('keydown', function (e) { if (e.key !== 'Enter' || e.isComposing) return;
  if (e.ctrlKey) { e.preventDefault(); document.execCommand('insertLineBreak'); return; }
  if (!e.shiftKey) { e.preventDefault(); doSend(); } });`,
    ),
  );

/** t09b: Enter sends. */
const enterSendsPage = redTeamDoc(
  'enter sends',
  sendBox('', `ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); doSend(); } });`),
);

const pages: Record<string, string> = {
  '/rt49/slash/send': slashPage('send'),
  '/rt49/slash/insert': slashPage('insert'),
  '/rt49/ctrl-sends/radio': ctrlSendsPage(RADIO),
  '/rt49/ctrl-sends/select': ctrlSendsPage(SELECT),
  '/rt49/ctrl-sends/hidden-menu': ctrlSendsPage(HIDDEN_MENU),
  // Valid row: the setting's checked mode is Enter 发送 (the unchecked one says Ctrl+Enter): a plain Enter is a send.
  '/rt49/enter-checked': redTeamDoc(
    'enter checked',
    sendBox(
      `<span class="send-mode"><label><input type=radio name=m value=enter checked> 按Enter键发送消息</label><label><input type=radio name=m value=ctrl> 按Ctrl+Enter键发送消息</label></span>`,
      `ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); doSend(); } });`,
    ),
  ),
  '/rt49/ctrl-newline/hint': ctrlNewlinePage('Enter发送，Ctrl+Enter换行'),
  '/rt49/ctrl-newline/none': ctrlNewlinePage(''),
  '/rt49/enter-sends': enterSendsPage,
};

const test = workbenchPagesTest(pages);

const draftOf = (pg: Page): Promise<string> => pg.locator('#ed').innerText();

/** Shows `path` in pg (by default a load; a test's next page through its showPage: workbenchPagesTest), the guard attached to #ed. */
async function openPage(pg: Page, path: string, show: (to: string) => Promise<unknown> = (to) => pg.goto(WORKBENCH_ORIGIN + to)): Promise<void> {
  await show(path);
  await pg.locator('#ed').click();
  await expectAttached(pg);
}

/** Types `text` and waits until the typing banner has judged it (a breach: the banner names 2.3). */
async function typeFlagged(pg: Page, text = BAD): Promise<void> {
  await pg.keyboard.type(text);
  await expect(bannerContent(pg), 'the typing banner names 2.3').toContainText('2.3');
}

/** Does `attempt` and waits until the guard has stopped it (a stop logged) or QUIET has passed. */
async function attemptStopped(pg: Page, attempt: () => Promise<unknown>): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
}

/** Opens the 快捷短语 list with 「/」 and waits for it. */
async function openPhrases(pg: Page): Promise<void> {
  await pg.keyboard.type('/');
  await expect(pg.locator('#qr'), 'the phrase list opened').toBeVisible();
}

test('finding 1 (t11-slash): the flagged 快捷短语 picked with Enter, or clicked, is judged with the send — nothing goes out, the stop names the phrase', async ({ pg, showPage }) => {
  for (const how of ['keyboard', 'mouse'] as const) {
    await openPage(pg, '/rt49/slash/send', showPage);
    await openPhrases(pg);
    await attemptStopped(pg, async () => {
      if (how === 'mouse') return pg.locator('#qr1').click();
      await pg.keyboard.press('ArrowDown');
      await expect(pg.locator('#ed')).toHaveAttribute('aria-activedescendant', 'qr1');
      await pg.keyboard.press('Enter');
    });
    expect(await sentOf(pg), `${how}: nothing sent`).toEqual([]);
    await expect(bannerSection(pg), `${how}: the send was stopped`).toHaveAttribute('data-mode', 'blocked');
    await expect(bannerContent(pg), `${how}: the banner names the phrase`).toContainText(`已拦截快捷短语「${PHRASES[1]}」`);
    await expect(bannerContent(pg), `${how}: and its breach`).toContainText('2.3');
    expect(await draftOf(pg), `${how}: the draft is as it was`).toBe('/');
  }
});

test('finding 1, valid rows: a clean 快捷短语 goes at the first Enter or click, untouched', async ({ pg, showPage }) => {
  for (const how of ['keyboard', 'mouse'] as const) {
    await openPage(pg, '/rt49/slash/send', showPage);
    await openPhrases(pg);
    if (how === 'mouse') await pg.locator('#qr2').click();
    else await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), `${how}: the clean phrase goes`).toEqual([how === 'mouse' ? PHRASES[2] : PHRASES[0]]);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${how}: nothing stopped`).toHaveCount(0);
  }
});

test('finding 1: a page that only inserts the picked phrase — one hold at most (仍要发送 inserts it), then the inserted draft is judged as usual; once a pick was seen inserting, picks are not held', async ({ pg }) => {
  await openPage(pg, '/rt49/slash/insert');
  await openPhrases(pg);
  await pg.keyboard.press('ArrowDown');
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  await expect(bannerContent(pg), 'the one hold names the phrase').toContainText(`已拦截快捷短语「${PHRASES[1]}」`);
  await bannerContent(pg).getByRole('button', { name: '仍要发送…' }).click();
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'armed');
  await pg.keyboard.press('Enter');
  await expect.poll(() => draftOf(pg), 'the armed pick inserts the phrase').toBe(PHRASES[1]);
  // The inserted draft: judged at its send as any draft.
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  expect(await sentOf(pg), 'the inserted flagged draft is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  // The page inserts its picks: the next flagged pick is the page's (no hold), its draft judged at the send.
  await pg.keyboard.press('ControlOrMeta+A');
  await pg.keyboard.press('Delete');
  await openPhrases(pg);
  await pg.keyboard.press('ArrowDown');
  await pg.keyboard.press('Enter');
  await expect.poll(() => draftOf(pg), 'the second flagged pick is inserted at once').toBe(PHRASES[1]);
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  expect(await sentOf(pg), 'and stopped at its send').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
});

test('finding 2 (t03e-radio): on a Ctrl+Enter-sends page the newline Enter types its line break in a flagged draft, whatever its send-mode setting shows unchosen or hidden; Ctrl+Enter is stopped', async ({ pg, showPage }) => {
  for (const path of ['/rt49/ctrl-sends/radio', '/rt49/ctrl-sends/select', '/rt49/ctrl-sends/hidden-menu']) {
    await openPage(pg, path, showPage);
    await typeFlagged(pg);
    await pg.keyboard.press('Enter');
    await pg.keyboard.type('第二行');
    await expect.poll(() => draftOf(pg), `${path}: the line break was typed`).toBe(`${BAD}\n第二行`);
    expect(await sentOf(pg), `${path}: nothing sent`).toEqual([]);
    await attemptStopped(pg, () => pg.keyboard.press('Control+Enter'));
    expect(await sentOf(pg), `${path}: Ctrl+Enter is stopped`).toEqual([]);
    await expect(bannerSection(pg), `${path}: the banner says it was stopped`).toHaveAttribute('data-mode', 'blocked');
  }
});

test('finding 2, valid row: the checked mode is 按Enter键发送消息 (the unchecked one says Ctrl+Enter) — a flagged draft’s Enter is stopped', async ({ pg }) => {
  await openPage(pg, '/rt49/enter-checked');
  await typeFlagged(pg);
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  expect(await sentOf(pg)).toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  expect(await draftOf(pg)).toBe(BAD);
});

test('finding 2 (t16): where the hint says 「Ctrl+Enter换行」, Ctrl+Enter types its line break in a flagged draft and Enter is stopped; with no hint a stopped Ctrl+Enter says why', async ({ pg, showPage }) => {
  await openPage(pg, '/rt49/ctrl-newline/hint');
  await typeFlagged(pg);
  await pg.keyboard.press('Control+Enter');
  await pg.keyboard.type('第二行');
  await expect.poll(() => draftOf(pg), 'the line break was typed').toBe(`${BAD}\n第二行`);
  expect(await sentOf(pg), 'nothing sent').toEqual([]);
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  expect(await sentOf(pg), 'Enter is stopped').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');

  // No hint: Ctrl+Enter may send on such a page; stopped, the banner is in its stopped state and says why and how to break a line.
  await openPage(pg, '/rt49/ctrl-newline/none', showPage);
  await typeFlagged(pg);
  await attemptStopped(pg, () => pg.keyboard.press('Control+Enter'));
  expect(await sentOf(pg)).toEqual([]);
  await expect(bannerSection(pg), 'the banner switched to its stopped state').toHaveAttribute('data-mode', 'blocked');
  await expect(bannerContent(pg), 'and says why').toContainText('已拦截 Ctrl+Enter');
  await expect(bannerContent(pg)).toContainText('Shift+Enter');
});

test('finding 2, valid rows: a clean draft’s Ctrl+Enter line break and Enter send are untouched', async ({ pg }) => {
  await openPage(pg, '/rt49/ctrl-newline/hint');
  await pg.keyboard.type(CLEAN);
  await pg.keyboard.press('Control+Enter');
  await pg.keyboard.type('第二行');
  await expect.poll(() => draftOf(pg)).toBe(`${CLEAN}\n第二行`);
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg)).toEqual([`${CLEAN}\n第二行`]);
});

const MANY =
  '亲，加我微信 abc12345，或者QQ 123456789，电话13800138000，邮箱 kefu@test.com，淘宝店也有，拼多多更便宜，京东也能买，私下转账给我打折，给好评返现5元，你是不是傻，滚，不买就别问，百分百正品假一赔十，全网最低价，这是国家级产品，加我抖音号 shop888';

test('finding 3 (t09b-count): the stopped header keeps the count by severity, and the live region is that header line alone', async ({ pg }) => {
  await openPage(pg, '/rt49/enter-sends');
  await pg.keyboard.insertText(MANY);
  await expect(bannerContent(pg)).toContainText('2.3');
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  const { count, header } = await pg.evaluate(() => {
    const root = document.querySelector('[data-replyguard="banner"]')!.shadowRoot!;
    return { count: root.querySelectorAll('li.finding').length, header: root.querySelector('header .title')!.textContent };
  });
  const live = pg.locator('[data-replyguard="banner"] [role="alert"]');
  await expect(live, 'one alert').toHaveCount(1);
  await expect(live, 'the header line with its count').toHaveText(new RegExp(`^已拦截发送：请先修改下列违规内容 共 ${count} 处（拦截 \\d+(，警告 \\d+)?(，建议 \\d+)?）$`));
  expect(header, 'the header').toMatch(/共 \d+ 处（拦截/);
  expect((await live.innerText()).length, 'the alert reads the header only').toBeLessThan(80);
  expect(await pg.locator('[data-replyguard="banner"] section [role="alert"] li').count(), 'no finding inside the alert').toBe(0);
});

declare const chrome: typeof import('wxt/browser').browser;

// A fresh browser: the extension is reloaded under the page (the shared browser must not see that).
freshBrowser('finding 4 (t12-orphan-override): in an orphaned tab the armed override says it cannot be recorded until the page is reloaded, not 「会记录」', async ({ context, extensionId }) => {
  await routeWorkbenchPages(context, pages);
  const pg = await context.newPage();
  await openPage(pg, '/rt49/enter-sends');
  const manager = await context.newPage();
  await manager.goto('chrome://extensions');
  await manager.evaluate(async (id) => {
    const api = (globalThis as any).chrome;
    await new Promise((resolve) => api.developerPrivate.reload(id, { failQuietly: true }, resolve));
  }, extensionId);
  await manager.close();
  await pg.locator('#ed').click();
  await pg.keyboard.type(BAD);
  await expect(bannerContent(pg)).toContainText('回复卫士已更新，请刷新本页', { timeout: 5_000 });
  await pg.keyboard.press('Enter');
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked', { timeout: 5_000 });
  const override = bannerContent(pg).getByRole('button', { name: '仍要发送…' });
  await expect(override, 'the override button says it cannot be recorded').toHaveAttribute('title', /刷新本页前无法记录/);
  await override.click();
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'armed');
  await expect(bannerContent(pg).locator('header .title'), 'armed: not recorded until a reload').toContainText('已允许发送这一条（刷新本页前无法记录）');
  await expect(bannerContent(pg), 'never 「会记录」').not.toContainText('会记录');
  await expect(bannerContent(pg)).not.toContainText('(logged)');
  await pg.locator('#ed').click();
  await pg.keyboard.press('End');
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the override still sends').toEqual([BAD]);
});
