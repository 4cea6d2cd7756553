// Round 49, the guard's second red team (rt49b-guard) on guard49a's 快捷短语 pick judging. (1–3) t01-label / t03-labelfalse: the
// option shows a short label (「/联系方式」), or an image whose alt/title is the phrase, while the page sends the phrase it keeps in
// data-phrase: the guard judged the label — the contact phrase went out, and a label 「/加微信」 over a compliant refusal was stopped.
// (4) t04-where / t10-closed: a picker inside a shadow root (open or closed) was never judged (its ids were looked up in the document).
// (5) t06-twolists: an emoji list that inserts its pick taught "this page inserts" for the whole page, and the 快捷短语 list that
// sends was never judged again. Every page records what it really sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { bannerContent, bannerSection, expectAttached, redTeamDoc, RT_SCRIPT_END as E, sentOf, stopsLogged, untilStopped, QUIET, workbenchPagesTest, type ShowPage } from './guard-support';

const CONTACT = '加我微信 abc12345 详聊';
const REFUSAL = '亲，本店不能加微信哦，有问题直接在这里留言就好';

type Opts = { label: 'short' | 'img' | 'imgonly' | 'full'; data: boolean; phrases: [string, string][]; shadow?: 'open' | 'closed'; tab?: boolean; hoverSel?: boolean };

/**
 * The red team's 快捷短语 page (rt49b page.js): a textarea #ta (role=combobox, aria-controls=list, aria-activedescendant) whose 「/」
 * opens listbox #list; Enter or a mousedown on an option sends the option's phrase (PH[i][1]). `label`: how the option is drawn —
 * 'short' 「/label」, 'img' an image whose alt is the phrase and the label, 'imgonly' an image with the phrase as alt and title;
 * 'full' the phrase itself; `data`: the phrase is also kept in data-phrase; `shadow`: the box is moved into a shadow root
 * (window.__root); `tab`: Tab picks (and sends) as Enter does; `hoverSel`: a hover moves aria-selected (and the pick) while
 * aria-activedescendant stays on the keyboard's option.
 */
const phrasePage = (o: Opts) =>
  redTeamDoc(
    'phrases',
    `<style>#wrap{position:relative;margin:300px 40px 0;width:600px} #ta{width:580px;height:80px}
#list{position:absolute;bottom:90px;left:0;background:#fff;border:1px solid #ccc;margin:0;padding:0;list-style:none;width:300px;z-index:5}
#list[hidden]{display:none} #list li{padding:4px}</style>
<div id=wrap><ul id=list role=listbox hidden></ul>
<textarea id=ta role=combobox aria-expanded=false aria-controls=list aria-autocomplete=list placeholder="请输入消息，按Enter发送"></textarea>
<button id=send>发送</button></div>
<script>var O = ${JSON.stringify(o)}; var PH = O.phrases;
var ta = document.getElementById('ta'), list = document.getElementById('list'), wrap = document.getElementById('wrap');
if (O.shadow) { var host = document.createElement('x-chat'); document.body.appendChild(host); var r = host.attachShadow({ mode: O.shadow });
  r.appendChild(document.querySelector('style').cloneNode(true)); r.appendChild(wrap); window.__root = r; }
var active = 0, open = false, gen = 0;
function render() { gen++; list.innerHTML = '';
  PH.forEach(function (x, i) { var li = document.createElement('li'); li.setAttribute('role', 'option'); li.id = 'opt-' + gen + '-' + i;
    if (O.data) li.dataset.phrase = x[1];
    if (O.label === 'img') { var im = document.createElement('img'); im.alt = x[1]; im.width = 1; im.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; li.appendChild(im); li.append(x[0]); }
    else if (O.label === 'imgonly') { var im2 = document.createElement('img'); im2.alt = x[1]; im2.title = x[1]; im2.width = 200; im2.height = 20;
      im2.src = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="20"><text y="15">' + x[0] + '</text></svg>'); li.appendChild(im2); }
    else if (O.label === 'full') li.textContent = x[1];
    else li.textContent = '/' + x[0];
    li.setAttribute('aria-selected', i === active ? 'true' : 'false');
    if (O.hoverSel) li.addEventListener('mouseenter', function () { active = i; [].forEach.call(list.children, function (c, j) { c.setAttribute('aria-selected', String(j === i)); }); });
    li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(i); });
    list.appendChild(li); });
  ta.setAttribute('aria-activedescendant', 'opt-' + gen + '-' + active); }
function show() { open = true; list.hidden = false; ta.setAttribute('aria-expanded', 'true'); render(); }
function hide() { open = false; list.hidden = true; ta.setAttribute('aria-expanded', 'false'); ta.removeAttribute('aria-activedescendant'); }
function pick(i) { hide(); rec(PH[i][1]); ta.value = ''; }
ta.addEventListener('input', function () { if (ta.value.charAt(0) === '/') { active = 0; show(); } else hide(); });
ta.addEventListener('keydown', function (e) {
  if (open) { if (e.key === 'ArrowDown') { e.preventDefault(); active = (active + 1) % PH.length; render(); return; }
    if ((e.key === 'Enter' || (O.tab && e.key === 'Tab')) && !e.isComposing) { e.preventDefault(); pick(active); return; } }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (rec(ta.value)) ta.value = ''; } });
document.getElementById('send').addEventListener('click', function () { if (rec(ta.value)) ta.value = ''; });
${E}`,
  );

/**
 * t06-twolists: one composer owning two lists — 「：」 opens an emoji picker that INSERTS its pick, 「/」 opens 快捷短语 that SEND
 * theirs. `same`: both drawn in one listbox element; else two.
 */
const twoLists = (same: boolean) =>
  redTeamDoc(
    'two lists',
    `<style>ul{position:absolute;bottom:100px;left:0;background:#fff;border:1px solid #ccc;list-style:none;margin:0;padding:0;width:320px}ul[hidden]{display:none}</style>
<div id=wrap style="position:relative;margin:300px 40px 0"><ul id=l1 role=listbox hidden></ul><ul id=l2 role=listbox hidden></ul>
<textarea id=ta role=combobox aria-expanded=false aria-autocomplete=list style="width:500px;height:80px" placeholder="请输入消息，按Enter发送"></textarea><button id=send>发送</button></div>
<script>var ta = document.getElementById('ta'), SAME = ${same};
var EMO = ['😊', '👍'], PH = [${JSON.stringify(CONTACT)}, '亲，您好'];
var open = null, active = 0, items = [];
function show(kind) { open = kind; items = kind === 'emo' ? EMO : PH; var l = document.getElementById(SAME || kind === 'emo' ? 'l1' : 'l2');
  document.querySelectorAll('ul').forEach(function (u) { u.hidden = true; }); l.innerHTML = '';
  items.forEach(function (t, i) { var li = document.createElement('li'); li.setAttribute('role', 'option'); li.id = kind + i; li.textContent = t; li.setAttribute('aria-selected', String(i === 0));
    li.onmousedown = function (e) { e.preventDefault(); pick(i); }; l.appendChild(li); });
  l.hidden = false; active = 0; ta.setAttribute('aria-controls', l.id); ta.setAttribute('aria-expanded', 'true'); ta.setAttribute('aria-activedescendant', kind + '0'); }
function hide() { open = null; document.querySelectorAll('ul').forEach(function (u) { u.hidden = true; }); ta.setAttribute('aria-expanded', 'false'); ta.removeAttribute('aria-activedescendant'); }
function pick(i) { var k = open; hide(); if (k === 'emo') ta.value = ta.value.replace(/：$/, '') + items[i]; else { rec(items[i]); ta.value = ''; } }
ta.addEventListener('input', function () { if (ta.value.slice(-1) === '：') show('emo'); else if (ta.value === '/') show('ph'); else hide(); });
ta.addEventListener('keydown', function (e) { if (open && e.key === 'Enter') { e.preventDefault(); pick(active); return; }
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); if (rec(ta.value)) ta.value = ''; } });
document.getElementById('send').onclick = function () { if (rec(ta.value)) ta.value = ''; };
${E}`,
  );

const CONTACT_LIST: [string, string][] = [['联系方式', CONTACT], ['问候', '亲，您好，请问有什么可以帮您？']];

const pages: Record<string, string> = {
  '/rt49b/short': phrasePage({ label: 'short', data: true, phrases: CONTACT_LIST }),
  '/rt49b/img': phrasePage({ label: 'img', data: false, phrases: CONTACT_LIST }),
  '/rt49b/imgonly': phrasePage({ label: 'imgonly', data: false, phrases: CONTACT_LIST }),
  '/rt49b/refusal': phrasePage({ label: 'short', data: true, phrases: [['加微信', REFUSAL], ['私下交易', '亲，为了您的资金安全，请不要私下交易，务必在平台内下单']] }),
  '/rt49b/shadow-open': phrasePage({ label: 'short', data: true, phrases: CONTACT_LIST, shadow: 'open' }),
  '/rt49b/shadow-closed': phrasePage({ label: 'short', data: true, phrases: CONTACT_LIST, shadow: 'closed' }),
  '/rt49b/tab': phrasePage({ label: 'full', data: false, phrases: CONTACT_LIST, tab: true }),
  '/rt49b/hover': phrasePage({ label: 'full', data: false, phrases: CONTACT_LIST, hoverSel: true }),
  '/rt49b/two-same': twoLists(true),
  '/rt49b/two-diff': twoLists(false),
};

const test = workbenchPagesTest(pages);

/** Shows the page at `path` through `showPage` (a test's first page loaded, the next rewritten in place) and waits for the guard. */
async function openPage(pg: Page, showPage: ShowPage, path: string): Promise<void> {
  await showPage(path);
  await pg.locator('#ta').click();
  await expectAttached(pg);
}

/** Does `attempt` and waits until the guard has stopped it (a stop logged) or QUIET has passed. */
async function attemptStopped(pg: Page, attempt: () => Promise<unknown>, sentBefore = 0): Promise<void> {
  const before = await stopsLogged(pg.context());
  await attempt();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > sentBefore, QUIET);
}

/** Types 「/」 and waits for the phrase list. */
async function openPhrases(pg: Page): Promise<void> {
  await pg.keyboard.type('/');
  await expect(pg.locator('#list'), 'the phrase list opened').toBeVisible();
}

async function expectPickStopped(pg: Page, what: string, phrase = CONTACT): Promise<void> {
  expect(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
  await expect(bannerSection(pg), `${what}: the pick was stopped`).toHaveAttribute('data-mode', 'blocked');
  await expect(bannerContent(pg), `${what}: the stop names the phrase the page would send`).toContainText(`已拦截快捷短语「${phrase}」`);
}

test('findings 1+2 (t01-label short|img|imgonly): the phrase the option holds (data-phrase, an image’s alt/title) is judged, not its short label — Enter and click are stopped', async ({ pg, showPage }) => {
  for (const path of ['/rt49b/short', '/rt49b/img', '/rt49b/imgonly']) {
    for (const how of ['keyboard', 'mouse'] as const) {
      await openPage(pg, showPage, path);
      await openPhrases(pg);
      await attemptStopped(pg, () => (how === 'mouse' ? pg.locator('#list li').first().click() : pg.keyboard.press('Enter')));
      await expectPickStopped(pg, `${path} ${how}`);
    }
  }
});

test('finding 3 (t03-labelfalse): a label 「/加微信」 over a compliant refusal kept in data-phrase goes at once, by Enter or click', async ({ pg, showPage }) => {
  for (const how of ['keyboard', 'mouse'] as const) {
    await openPage(pg, showPage, '/rt49b/refusal');
    await openPhrases(pg);
    if (how === 'mouse') await pg.locator('#list li').first().click();
    else await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), `${how}: the refusal goes`).toEqual([REFUSAL]);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${how}: nothing stopped`).toHaveCount(0);
  }
});

test('finding 4 (t04-where open, t10-closed): a picker inside a shadow root, open or closed, is judged — its ids are read in the composer’s own root', async ({ pg, showPage }) => {
  for (const how of ['keyboard', 'mouse'] as const) {
    await openPage(pg, showPage, '/rt49b/shadow-open');
    await openPhrases(pg);
    await attemptStopped(pg, () => (how === 'mouse' ? pg.locator('#list li').first().click() : pg.keyboard.press('Enter')));
    await expectPickStopped(pg, `open shadow ${how}`);
  }
  await showPage('/rt49b/shadow-closed');
  await pg.evaluate(() => ((window as unknown as { __root: ShadowRoot }).__root.getElementById('ta') as HTMLElement).focus());
  await expectAttached(pg);
  await pg.keyboard.type('/');
  await expect.poll(() => pg.evaluate(() => !((window as unknown as { __root: ShadowRoot }).__root.getElementById('list') as HTMLElement).hidden), 'the list opened').toBe(true);
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  await expectPickStopped(pg, 'closed shadow');
});

test('finding 5 (t06-twolists same|diff): an emoji list that inserts its pick does not make the 快捷短语 list that sends unjudged', async ({ pg, showPage }) => {
  for (const path of ['/rt49b/two-same', '/rt49b/two-diff']) {
    await openPage(pg, showPage, path);
    await pg.keyboard.type('好的：');
    await expect(pg.locator('#l1'), `${path}: the emoji list opened`).toBeVisible();
    await pg.keyboard.press('Enter');
    await expect.poll(() => pg.inputValue('#ta'), `${path}: the emoji was inserted`).toBe('好的😊');
    await pg.keyboard.press('Enter');
    await expect.poll(() => sentOf(pg), `${path}: the clean draft went`).toEqual(['好的😊']);
    await pg.keyboard.type('/');
    await expect(pg.locator(path.endsWith('same') ? '#l1' : '#l2'), `${path}: the phrase list opened`).toBeVisible();
    await attemptStopped(pg, () => pg.keyboard.press('Enter'), 1);
    expect(await sentOf(pg), `${path}: the contact phrase did not go`).toEqual(['好的😊']);
    await expect(bannerSection(pg), `${path}: the pick was stopped`).toHaveAttribute('data-mode', 'blocked');
    await expect(bannerContent(pg)).toContainText(`已拦截快捷短语「${CONTACT}」`);
  }
});

test('finding 6 (t02-variants tab): a page that picks and sends on Tab — the flagged phrase’s Tab is stopped; a clean one goes', async ({ pg, showPage }) => {
  await openPage(pg, showPage, '/rt49b/tab');
  await openPhrases(pg);
  await attemptStopped(pg, () => pg.keyboard.press('Tab'));
  await expectPickStopped(pg, 'Tab');
  await pg.keyboard.press('ArrowDown');
  await pg.keyboard.press('Tab');
  await expect.poll(() => sentOf(pg), 'the clean phrase goes on Tab').toEqual([CONTACT_LIST[1]![1]]);
});

test('finding 7 (t02-variants hoversel): a hover moves aria-selected to the flagged phrase while aria-activedescendant stays on a clean one — the worse is judged', async ({ pg, showPage }) => {
  await openPage(pg, showPage, '/rt49b/hover');
  await openPhrases(pg);
  await pg.keyboard.press('ArrowDown');
  await pg.locator('#list li').first().hover();
  await expect(pg.locator('#list li').first()).toHaveAttribute('aria-selected', 'true');
  await attemptStopped(pg, () => pg.keyboard.press('Enter'));
  await expectPickStopped(pg, 'hover');
});
