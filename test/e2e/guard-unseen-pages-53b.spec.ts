// Round 53 (guard53b): rt50-guard finding 2's last row, left since round 50. A 千牛-style 快捷短语 side panel whose heading says
// 「数字键 1-9 发送」 sends phrase N on the digit key N (with the focus on the panel, or anywhere outside a field): the phrase went
// out unjudged. It is judged now as a click on that phrase is: a breach is stopped (nothing sent), a clean phrase goes once, and
// a digit typed into the panel's search box or into the composer is typing, never touched. The page records sends in __sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerContent,
  bannerSection,
  expectAttached,
  recordedBy,
  redTeamDoc,
  RED_TEAM_BAD as BAD,
  RED_TEAM_CLEAN as CLEAN,
  RT_SCRIPT_END as E,
  WORKBENCH_SENDBOX,
  WORKBENCH_SENDBOX_SCRIPT,
  workbenchPagesTest,
  type ShowPage,
} from './guard-support';

/** s08's phrase panel: a search box, then numbered phrases; a digit outside any field sends phrase N (?up: on the keyup). */
const panelPage = redTeamDoc(
  'quick phrase digit keys',
  `<style>body{margin:0;display:flex;height:100vh}.main{flex:1;display:flex;flex-direction:column;justify-content:flex-end}.side{width:320px}
.phrase{cursor:pointer;padding:4px;border:1px solid #eee}</style>
<div class="main">${WORKBENCH_SENDBOX}</div>
<div class="side">
 <h4>快捷短语 <small>（单击发送，双击填入，数字键 1-9 发送）</small></h4>
 <div class="qp"><input type="text" id="q" placeholder="搜索短语">
  <div class="plist" tabindex="0" aria-label="快捷短语">
   <div class="phrase" data-i="1">1. ${CLEAN}</div>
   <div class="phrase" data-i="2">2. ${BAD}</div>
  </div>
 </div>
</div>
<script>${WORKBENCH_SENDBOX_SCRIPT}
var on = location.search.indexOf('up') >= 0 ? 'keyup' : 'keydown';
document.addEventListener(on, function (e) {
  if (e.target.closest('input, textarea') || !/^[1-9]$/.test(e.key)) return;
  var p = document.querySelector('.phrase[data-i="' + e.key + '"]');
  if (p) rec(p.textContent.replace(/^\\d+\\.\\s*/, ''));
});
${E}`,
);

const test = workbenchPagesTest({ '/rt53b/phrases': panelPage });

/** Shows the panel page (with `query`) through showPage: a test's first page loaded, the next rewritten in place. */
async function open(pg: Page, showPage: ShowPage, query = ''): Promise<void> {
  await showPage(`/rt53b/phrases${query}`);
  await pg.click('#main');
  await expectAttached(pg);
}

// A step per way the page sends: the second shown by rewriting the first page in place (showPage).
test('rt50 finding 2: digit 2 on a breaching 快捷短语 is stopped, digit 1 on a clean one is sent once (page sends on keydown, on keyup)', async ({ pg, showPage }) => {
  for (const query of ['', '?up']) await test.step(`page sends on ${query ? 'keyup' : 'keydown'}`, async () => {
    await open(pg, showPage, query);
    await pg.locator('.plist').focus();
    expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'digit 2 on the focused panel: nothing sent').toEqual([]);
    await expect(bannerSection(pg), 'digit 2: the send was stopped').toHaveAttribute('data-mode', 'blocked');
    await expect(bannerContent(pg), 'digit 2: the banner names 2.3').toContainText('2.3');
    await expect(bannerContent(pg), 'digit 2: the banner names the phrase').toContainText(`已拦截快捷短语「${BAD}」`);
    // The numpad's 2, and a 2 with the focus on no field at all (the heading says the digit keys send).
    await pg.locator('.plist').focus();
    expect(await recordedBy(pg, () => pg.keyboard.press('Numpad2')), 'numpad 2: nothing sent').toEqual([]);
    await pg.locator('.plist').evaluate((el) => (el as HTMLElement).blur());
    expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'digit 2 with the focus on the page: nothing sent').toEqual([]);
    // A clean phrase goes at once, once; the composer stays empty throughout.
    await pg.locator('.plist').focus();
    expect(await recordedBy(pg, () => pg.keyboard.press('1')), 'digit 1: the clean phrase sent once').toEqual([CLEAN]);
    await expect(pg.locator('#main')).toHaveValue('');
  });
});

test('rt50 finding 2: a digit typed into the panel’s search box or into the composer is typing: nothing sent, nothing stopped', async ({ pg, showPage }) => {
  await open(pg, showPage);
  await pg.locator('#q').click();
  expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'search box: nothing sent').toEqual([]);
  await expect(pg.locator('#q'), 'search box: the digit typed').toHaveValue('2');
  await pg.locator('#main').click();
  expect(await recordedBy(pg, () => pg.keyboard.press('2')), 'composer: nothing sent').toEqual([]);
  await expect(pg.locator('#main'), 'composer: the digit typed').toHaveValue('2');
  await expect(bannerSection(pg)).not.toHaveAttribute('data-mode', 'blocked');
});
