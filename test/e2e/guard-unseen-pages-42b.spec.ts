// Round 42 of the blind red team on the send guard (its eleventh): how a send control is recognised. Leaks, each a page
// it wrote without seeing the code, rebuilt here at the workbench's address: an icon button whose name comes from a
// descendant only (<span role=img aria-label="发送">, <svg aria-label>, <svg><g aria-label>, <i role=img aria-label>
// beside an arrow, <span role=img aria-label>➤</span>, <img title> without alt; weaker, a plain <span> holding
// <svg><title>发送</title>, L3); a send button labelled 送出, the usual Traditional-Chinese label (L4); invisible
// characters inside the 发送 label (soft hyphen, zero-width space, zero-width joiner, L5). Every case also sends the clean
// draft, unchanged. 发布 / Senden and icon buttons named otherwise are no sends. Each page records what it sent in
// window.__sent.
import { type Page } from '@playwright/test';
import { expect } from './fixtures';
import { expectAttached, openAtWorkbench, redTeamDoc, RT_SCRIPT_END, sentOf, workbenchPagesTest, bannerContent, bannerSection, expectStopped, RED_TEAM_BAD } from './guard-support';

const BAD = RED_TEAM_BAD;
const CLEAN = '亲，已经给您发货了，请注意查收';

const E = RT_SCRIPT_END;
const doc = redTeamDoc;
/** A composer and one control `#s` whose click sends the draft (the red team's pages). */
const single = (control: string) =>
  doc('rt42', `<textarea id="c" style="width:400px;height:80px"></textarea>${control}<script>s.addEventListener('click', sendDraft);${E}`);
const PATH = '<path d="M0 0L16 8L0 16z"/>';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

const cases: Record<string, [string, string]> = {
  // L3: named by a descendant.
  '/rt42/span-img': ['L3 <button><span role=img aria-label=发送>', '<button id="s" type="button"><span role="img" aria-label="发送" style="display:inline-block;width:16px;height:16px"></span></button>'],
  '/rt42/svg-label': ['L3 <button><svg aria-label=发送>', `<button id="s"><svg aria-label="发送" width="16" height="16">${PATH}</svg></button>`],
  '/rt42/svg-g-label': ['L3 <button><svg><g aria-label=发送>', `<button id="s"><svg width="16" height="16"><g aria-label="发送">${PATH}</g></svg></button>`],
  '/rt42/i-label': ['L3 <button><i role=img aria-label=发送></i>→', '<button id="s" type="button"><i class="iconfont" role="img" aria-label="发送"></i>→</button>'],
  '/rt42/span-img-glyph': ['L3 <button><span role=img aria-label=发送>➤</span>', '<button id="s" type="button"><span role="img" aria-label="发送">➤</span></button>'],
  '/rt42/img-title': ['L3 <button><img title=发送> (no alt)', `<button id="s"><img title="发送" width="16" height="16" src="${GIF}"></button>`],
  '/rt42/svg-title': ['L3 <span><svg><title>发送</title></svg></span> (no pointer cursor)', `<span id="s" class="icon"><svg width="20" height="20" viewBox="0 0 16 16"><title>发送</title>${PATH}</svg></span>`],
  // L4: the Traditional-Chinese labels.
  '/rt42/songchu': ['L4 <button>送出</button>', '<button id="s">送出</button>'],
  '/rt42/chuansong': ['L4 <button>傳送</button>', '<button id="s">傳送</button>'],
  // L5: invisible characters inside the label.
  '/rt42/shy': ['L5 发&shy;送', '<button id="s">发&shy;送</button>'],
  '/rt42/zwsp': ['L5 发&#8203;送 (zero-width space)', '<button id="s">发&#8203;送</button>'],
  '/rt42/zwj': ['L5 发&zwj;送 (zero-width joiner)', '<button id="s">发&zwj;送</button>'],
  '/rt42/wj-glyph': ['L5 发&#8288;送 ➤ (word joiner, an arrow glyph)', '<button id="s">发&#8288;送 ➤</button>'],
};

const pages: Record<string, string> = Object.fromEntries(Object.entries(cases).map(([path, [, control]]) => [path, single(control)]));
// Controls a violating draft leaves alone: 发布 (publish) and Senden, icon buttons whose descendants name them 表情 / 图片,
// and a send button beside them (so the composer has its 发送).
pages['/rt42/not-sends'] = doc(
  'rt42 not sends',
  `<textarea id="c" style="width:400px;height:80px"></textarea><div class="bar">
<button id="publish">发布</button><button id="senden">Senden</button>
<button id="emoji"><svg aria-label="表情" width="16" height="16">${PATH}</svg></button><button id="pic"><img title="图片" width="16" height="16" src="${GIF}"></button>
<button id="send">发送</button></div>
<script>send.onclick = sendDraft; ['publish', 'senden', 'emoji', 'pic'].forEach(function (id) { document.getElementById(id).onclick = function () { __log.push(id); }; });${E}`,
);

const test = workbenchPagesTest(pages);
const banner = bannerContent;
const mode = bannerSection;


/** Each page (shown through the test's showPage: loaded, then rewritten in place): a click on #s with the violating draft is stopped, then the clean draft goes out by the same click. */
async function clickCases(pg: Page, showPage: (path: string) => Promise<void>, paths: string[]): Promise<void> {
  for (const path of paths) {
    const what = cases[path]![0];
    await showPage(path);
    await expectAttached(pg);
    await pg.locator('#c').fill(BAD);
    await expect(banner(pg), `${what}: the typing banner`).toContainText('2.3');
    await expectStopped(pg, what, () => pg.locator('#s').click());
    await pg.locator('#c').fill(CLEAN);
    await pg.locator('#s').click();
    await expect.poll(() => sentOf(pg), `${what}: the clean draft is sent`).toEqual([CLEAN]);
  }
}

test('L3 an icon button named by a descendant (span/svg/g/i aria-label, img title, an svg <title> in a span) stops a violating draft by click and by Enter on it; a clean draft goes out', async ({ pg, showPage }) => {
  await clickCases(pg, showPage, ['/rt42/span-img', '/rt42/svg-label', '/rt42/svg-g-label', '/rt42/i-label', '/rt42/span-img-glyph', '/rt42/img-title', '/rt42/svg-title']);
  // The keyboard: Enter on the focused icon button (the button's own click follows it).
  await showPage('/rt42/span-img');
  await expectAttached(pg);
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  await expectStopped(pg, 'L3 Enter on the focused icon button', async () => {
    await pg.locator('#s').focus();
    await pg.keyboard.press('Enter');
  });
});

test('L4 L5 送出 / 傳送 and a 发送 with a soft hyphen, a zero-width space or joiner, a word joiner and an arrow stop a violating draft; a clean draft goes out', async ({ pg, showPage }) => {
  await clickCases(pg, showPage, ['/rt42/songchu', '/rt42/chuansong', '/rt42/shy', '/rt42/zwsp', '/rt42/zwj', '/rt42/wj-glyph']);
});

test('a violating draft leaves alone 发布, Senden and icon buttons named 表情 / 图片 by a descendant', async ({ pg }) => {
  await openAtWorkbench(pg, '/rt42/not-sends');
  await pg.locator('#c').fill(BAD);
  await expect(banner(pg)).toContainText('2.3');
  for (const id of ['publish', 'senden', 'emoji', 'pic']) await pg.locator('#' + id).click();
  await expect.poll(() => pg.evaluate(() => (window as unknown as { __log: string[] }).__log)).toEqual(['publish', 'senden', 'emoji', 'pic']);
  expect(await sentOf(pg)).toEqual([]);
  await expect(mode(pg)).not.toHaveAttribute('data-mode', 'blocked');
  await expectStopped(pg, 'the page\'s 发送 beside them', () => pg.locator('#send').click());
});
