// Round 44 of the blind red team on the send guard (its thirteenth). Finding 1 (a leak): a <div role="button" tabindex=0>发送
// built to the WAI-ARIA button pattern (Enter on keydown, Space on keyup) sent a blocked draft on Tab then Space — only the
// keydown was judged — and a page sending on Enter's keyup with 发送 focused did too. Finding 3 (a leak): on the workbench
// (its send box present) a buyer-visible field in a popover portalled to <body> was guarded only when its button read exactly
// 发送: 发送给买家 / 发送优惠券 / 确认发送 sent a blocked text (with no send box on the page all four were stopped). Finding 5
// (UX): an unterminated U+202E in a finding's words turned the banner's quote around (「微信号「wx123456). Every page is
// rebuilt here at the workbench's address and records what it really sent in window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  bannerSection,
  expectAttached,
  expectStopped,
  openAtWorkbench,
  QUIET,
  RED_TEAM_BAD as BAD,
  redTeamDoc,
  RT_SCRIPT_END as E,
  sentOf,
  stopsLogged,
  untilStopped,
  workbenchPagesTest,
} from './guard-support';

const CLEAN = '亲，已经给您发货了，请注意查收';

/**
 * Finding 1: the red team's page. A textarea #c, then a role=button 发送 (Enter on keydown, Space on keyup; ?enterup: Enter on
 * keyup too), and two of the page's own controls that are not sends: a role=button 表情 in the same pattern and a native 快捷短语.
 */
const roleButton = redTeamDoc(
  'rolebutton',
  `<div class="chat-input" style="width:460px"><textarea id="c" rows="3" cols="40"></textarea>
<div><div id="send" class="send-btn" role="button" tabindex="0" style="display:inline-block;padding:2px 12px;border:1px solid #1677ff">发送</div>
<div id="emoji" role="button" tabindex="0" style="display:inline-block">表情</div> <button id="phrase" type="button">快捷短语</button></div></div>
<script>var UP = location.search.indexOf('enterup') >= 0;
function apg(el, act) {
  el.addEventListener('click', act);
  el.addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); if (!UP) act(); } if (e.key === ' ') e.preventDefault(); });
  el.addEventListener('keyup', function (e) { if (e.key === ' ' || (UP && e.key === 'Enter')) { e.preventDefault(); act(); } });
}
apg(send, sendDraft);
apg(emoji, function () { __log.push('emoji'); });
phrase.onclick = function () { __log.push('phrase'); };${E}`,
);

/**
 * Finding 3: the workbench's send box (a Quill-like composer and its 发送) and a 发优惠券 that opens a popover on <body>: a
 * buyer-visible 附言 and a button labelled ?btn= (发送 by default), which sends the coupon with the 附言. ?nobox: no send box.
 */
const popover = redTeamDoc(
  'popover',
  `<div class="new-workbench-container" id="wb"><div class="ChatMessageList" style="height:120px"></div>
<div class="SendBox"><div class="SendBox-Editor"><div class="ql-editor" id="ed" contenteditable="true" style="min-height:60px;border:1px solid #ccc"></div></div>
<div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary" id="boxsend" type="button"><span>发 送</span></button></div></div></div>
<button id="coupon" type="button">发优惠券</button>
<script>var q = new URLSearchParams(location.search);
if (q.has('nobox')) wb.remove();
else {
  var sendEd = function () { if (rec(ed.innerText)) ed.innerHTML = ''; };
  ed.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendEd(); } });
  boxsend.onclick = sendEd;
}
var label = q.get('btn') || '发送';
coupon.onclick = function () {
  var pop = document.createElement('div');
  pop.className = 'ant-popover';
  pop.style.cssText = 'position:absolute;top:260px;left:300px;background:#fff;border:1px solid #ccc;padding:8px';
  pop.innerHTML = '<div class="ant-popover-inner"><div>满100减10券</div><input class="ant-input" id="memo" placeholder="给买家的附言（买家可见）" style="width:260px">' +
    '<div><button class="ant-btn ant-btn-primary ant-btn-sm" id="popsend" type="button"></button></div></div>';
  pop.querySelector('button').textContent = label;
  document.body.append(pop);
  var memo = pop.querySelector('input');
  pop.querySelector('button').onclick = function () { if (label === '保存') __log.push(memo.value); else rec('[券]' + memo.value); pop.remove(); };
};${E}`,
);

const test = workbenchPagesTest({ '/rt44/rolebutton': roleButton, '/rt44/popover': popover });
const logOf = (pg: Page) => pg.evaluate(() => (window as unknown as { __log: string[] }).__log.slice());
const clearSent = (pg: Page) => pg.evaluate(() => ((window as unknown as { __sent: string[] }).__sent = []));
const bannerRoot = '[data-replyguard="banner"]';

/** Tabs from the composer into the banner until its 仍要发送 has the focus (at most 8 Tabs); then presses `key` on it. */
async function overrideByKeyboard(pg: Page, key: 'Enter' | 'Space'): Promise<void> {
  await pg.locator('#c').focus();
  for (let i = 0; i < 8; i++) {
    await pg.keyboard.press('Tab');
    const on = await pg.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.activeElement?.classList.contains('override') ?? false, bannerRoot);
    if (on) break;
  }
  await expect(pg.locator(`${bannerRoot} button.override`), '仍要发送 has the focus').toBeFocused();
  await pg.keyboard.press(key);
  await expect(bannerSection(pg), 'the override is armed').toHaveAttribute('data-mode', 'armed');
}

test('finding 1: a role=button 发送 activated by the keyboard is judged like its click — Tab+Space (keyup) and Tab+Enter (keydown, or keyup on a page sending then) are stopped; the page’s own buttons and Space typed in the composer are not touched; a clean draft and an override go out by Space and Enter on 发送', async ({ pg, showPage }) => {
  for (const path of ['/rt44/rolebutton', '/rt44/rolebutton?enterup']) {
    await showPage(path);
    await expectAttached(pg);
    await pg.locator('#c').click();
    await pg.keyboard.insertText(BAD);
    await expect(bannerContent(pg), `${path}: the typing banner`).toContainText('2.3');
    // The red team's sequence: Tab from the composer to 发送, Space.
    await expectStopped(pg, `${path} Tab, Space on 发送`, async () => {
      await pg.keyboard.press('Tab');
      await expect(pg.locator('#send')).toBeFocused();
      await pg.keyboard.press('Space');
    });
    await expectStopped(pg, `${path} Enter on 发送`, () => pg.keyboard.press('Enter'));
    // Held down (repeated keydowns), then released: still nothing sent.
    await expectStopped(pg, `${path} Space held on 发送`, async () => {
      await pg.keyboard.down('Space');
      await pg.keyboard.down('Space');
      await pg.keyboard.up('Space');
    });
  }
  // The page's own controls keep their keys while the draft is stopped; Space typed in the composer types a space.
  for (const [id, key] of [
    ['#emoji', 'Space'],
    ['#emoji', 'Enter'],
    ['#phrase', 'Space'],
    ['#phrase', 'Enter'],
  ] as const) {
    await pg.locator(id).focus();
    await pg.keyboard.press(key);
  }
  await expect.poll(() => logOf(pg), '表情 and 快捷短语 act on Space and Enter').toEqual(['emoji', 'emoji', 'phrase', 'phrase']);
  await pg.locator('#c').focus();
  await pg.locator('#c').press('End');
  await pg.keyboard.press('Space');
  await expect.poll(() => pg.locator('#c').inputValue(), 'Space types in the composer').toBe(`${BAD} `);
  expect(await sentOf(pg)).toEqual([]);
  // The override by keyboard: 仍要发送 reached by Tab from the composer, then Space (and Enter) on 发送 sends that draft.
  await pg.locator('#c').fill(BAD);
  await expectStopped(pg, 'Space on 发送 again', async () => {
    await pg.locator('#send').focus();
    await pg.keyboard.press('Space');
  });
  await overrideByKeyboard(pg, 'Enter');
  await pg.locator('#send').focus();
  await pg.keyboard.press('Space');
  await expect.poll(() => sentOf(pg), 'the overridden draft goes out by Space on 发送').toEqual([BAD]);
  await clearSent(pg);
  await pg.locator('#c').fill(BAD);
  await expectStopped(pg, 'Enter on 发送 again', async () => {
    await pg.locator('#send').focus();
    await pg.keyboard.press('Enter');
  });
  await overrideByKeyboard(pg, 'Space');
  await pg.locator('#send').focus();
  await pg.keyboard.press('Enter');
  await expect.poll(() => sentOf(pg), 'the overridden draft goes out by Enter on 发送 (the keyup page)').toEqual([BAD]);
  // A clean draft goes out by Space and by Enter on 发送 at the first press, on both pages.
  for (const path of ['/rt44/rolebutton', '/rt44/rolebutton?enterup']) {
    await showPage(path);
    await expectAttached(pg);
    for (const key of ['Space', 'Enter'] as const) {
      await pg.locator('#c').fill(CLEAN);
      await pg.locator('#send').focus();
      await pg.keyboard.press(key);
    }
    await expect.poll(() => sentOf(pg), `${path}: the clean draft goes out by Space and Enter on 发送`).toEqual([CLEAN, CLEAN]);
    await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), `${path}: nothing was stopped`).toHaveCount(0);
  }
});

/** Opens the popover and types `text` in its buyer-visible 附言. */
async function openPopover(pg: Page, showPage: (path: string) => Promise<void>, path: string, text: string): Promise<void> {
  // Without the send box the page has no composer until the popover opens: the guard attaches to its field then.
  await showPage(path);
  if (!path.includes('nobox')) await expectAttached(pg);
  await pg.locator('#coupon').click();
  await pg.locator('#memo').click();
  await expectAttached(pg);
  await pg.keyboard.insertText(text);
}

test('finding 3: a buyer-visible field in a popover on <body> whose button reads 发送 / 发送给买家 / 发送优惠券 / 确认发送 is guarded with and without the workbench’s send box; its clean text goes out; a popover field whose button is 保存 is not the buyer’s', async ({ pg, showPage }) => {
  for (const box of ['', '&nobox'])
    for (const label of ['发送', '发送给买家', '发送优惠券', '确认发送']) {
      const path = `/rt44/popover?btn=${encodeURIComponent(label)}${box}`;
      const what = `「${label}」${box ? ' (no send box)' : ''}`;
      await openPopover(pg, showPage, path, BAD);
      await expect(bannerContent(pg), `${what}: the typing banner`).toContainText('2.3');
      const before = await stopsLogged(pg.context());
      await pg.locator('#popsend').click();
      await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
      expect.soft(await sentOf(pg), `${what}: nothing sent`).toEqual([]);
      await expect.soft(bannerSection(pg), `${what}: the send was stopped`).toHaveAttribute('data-mode', 'blocked', { timeout: 3_000 });
      // Fixed: the clean text goes out by the button.
      await pg.locator('#memo').fill('满减券已发，请查收');
      await pg.locator('#popsend').click();
      await expect.poll(() => sentOf(pg), `${what}: the clean 附言 goes out`).toEqual(['[券]满减券已发，请查收']);
    }
  // The send box itself is still the composer: its breach is stopped, its clean draft goes out.
  await showPage('/rt44/popover');
  await expectAttached(pg);
  await pg.locator('#ed').click();
  await pg.keyboard.insertText(BAD);
  const before = await stopsLogged(pg.context());
  await pg.locator('#boxsend').click();
  await untilStopped(pg, before, async () => (await sentOf(pg)).length > 0, QUIET);
  expect(await sentOf(pg), 'the send box breach: nothing sent').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  await pg.locator('#ed').fill(CLEAN);
  await pg.locator('#ed').press('Enter');
  await expect.poll(() => sentOf(pg), 'the send box clean draft goes out').toEqual([CLEAN]);
  // A popover field saved by 保存 (an internal memo's way) beside the send box is no composer: its text is saved.
  await openPopover(pg, showPage, `/rt44/popover?btn=${encodeURIComponent('保存')}`, BAD);
  await pg.locator('#popsend').click();
  await expect.poll(() => logOf(pg), 'the 保存 field is saved').toEqual([BAD]);
  await expect(bannerSection(pg).and(pg.locator('[data-mode="blocked"]')), 'nothing was stopped').toHaveCount(0);
});

test('finding 5: an unterminated U+202E in a finding’s words stays inside its quote: the words are isolated between 「 and 」 (in the list and on a fix button); the draft is unchanged', async ({ pg }) => {
  const draft = '您好，微信号\u202E654321xw\u202C，谢谢';
  await openAtWorkbench(pg, '/rt44/popover');
  await pg.locator('#ed').click();
  await pg.keyboard.insertText(draft);
  await expect(bannerContent(pg)).toContainText('2.3');
  await pg.keyboard.press('Enter');
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'blocked');
  const quotes = await pg.evaluate((sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    return [...root.querySelectorAll('q.match, button.fix')].map((q) => {
      const bdi = q.querySelector('bdi');
      const outer = q.getBoundingClientRect();
      const inner = bdi?.getBoundingClientRect();
      return {
        text: q.textContent,
        bidi: bdi ? getComputedStyle(bdi).unicodeBidi : null,
        // The quote's marks lie outside the isolated words: 「 on their left, 」 on their right.
        marksOutside: !!inner && inner.left > outer.left + 2 && inner.right < outer.right - 2,
        holdsOverride: /[\u202A-\u202E\u2066-\u2069]/.test(q.textContent ?? ''),
      };
    });
  }, bannerRoot);
  const withBidi = quotes.filter((q) => q.holdsOverride);
  expect(withBidi.length, `a quote holding the override: ${JSON.stringify(quotes)}`).toBeGreaterThan(0);
  for (const q of quotes) {
    expect.soft(q.bidi, `${JSON.stringify(q.text)}: its words are isolated`).toBe('isolate');
    expect.soft(q.marksOutside, `${JSON.stringify(q.text)}: 「」 around the words`).toBe(true);
  }
  expect(await pg.locator('#ed').evaluate((el) => el.textContent), 'the draft is unchanged').toBe(draft);
  expect(await sentOf(pg)).toEqual([]);
});
