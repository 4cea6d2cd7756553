// Round 52's guard red team (rt52g), F3 (guard52c): a link whose label is exactly 回复 / 保存 with an address that stays in the
// page (a hash route #/…, #!) or in the site (a same-site path whose handler cancels the navigation, an SPA router link) was an
// ordinary link: a public reply to a buyer's review went out unjudged and a quick phrase was saved with no hold. They are judged
// now as the javascript: link is; an ordinary link (another site, another label) beside them is not.
// Every page records what it saved or sent in window.__sent.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  readTheWarning,
  redTeamDoc,
  openWorkbenchPage,
  RED_TEAM_BAD as BAD,
  RT_SCRIPT_END as E,
  recordedBy,
  typeIntoField,
  workbenchPagesTest,
} from './guard-support';

/** g10's review52 page and g02's links52 rows, reduced: review replies and a quick phrase committed by in-page or in-site links. */
const linksPage = redTeamDoc(
  'links that commit a field',
  `<style>section{border:1px solid #ddd;padding:8px;margin:8px 0;width:560px}textarea{width:520px}a{margin-right:8px}</style>
<section><h4>评价管理</h4><div>买家「阿杰」：还行</div><textarea id="f2" placeholder="回复买家评价（公开可见）"></textarea><a id="b2" href="#/reviews/123/reply">回复</a></section>
<section><h4>评价管理</h4><div>买家「阿美」：不错</div><textarea id="f3" placeholder="回复买家评价（公开可见）"></textarea><a id="b3" href="#!">回复</a></section>
<section><h4>评价管理</h4><div>买家「小王」：差</div><textarea id="f4" placeholder="回复买家评价（公开可见）"></textarea><a id="b4" href="/review/reply?id=4">回复</a>
<a id="nav" href="https://help.example.com/reviews">评价规则</a></section>
<section><h4>快捷短语</h4><label for="qp">短语内容（在工作台中一键发送给买家）</label><textarea id="qp" rows="2"></textarea><a id="bq" href="#!">保存</a></section>
<script>for (const k of ['2', '3', '4', 'q']) document.getElementById('b' + k).addEventListener('click', function (e) { e.preventDefault();
  var f = document.getElementById(k === 'q' ? 'qp' : 'f' + k); var v = f.value.trim(); if (v) { window.__sent.push(f.id + ':' + v); if (k !== 'q') f.value = ''; } });
document.getElementById('nav').addEventListener('click', function (e) { e.preventDefault(); window.__sent.push('nav'); });
${E}`,
);

const test = workbenchPagesTest({ '/rt52/links': linksPage });

const open = (pg: Page): Promise<void> => openWorkbenchPage(pg, '/rt52/links', '#f2');


test('rt52g F3: a review reply sent by a 回复 link to #/…, #! or a same-site path is stopped', async ({ pg }) => {
  await open(pg);
  for (const [field, link] of [['#f2', '#b2'], ['#f3', '#b3'], ['#f4', '#b4']] as const) {
    await typeIntoField(pg, field, BAD);
    expect(await recordedBy(pg, () => pg.locator(link).click()), `${link}: stopped`).toEqual([]);
    await expect(bannerSection(pg), `${link}: blocked`).toHaveAttribute('data-mode', 'blocked');
    await expect(pg.locator(field)).toHaveValue(BAD);
    await pg.locator(field).fill('');
  }
  // Keyboard: Enter on the focused hash-route link is judged as its click.
  await typeIntoField(pg, '#f2', BAD);
  await pg.locator('#b2').focus();
  expect(await recordedBy(pg, () => pg.keyboard.press('Enter')), 'Enter on the #/… 回复: stopped').toEqual([]);
  await expect(pg.locator('#f2')).toHaveValue(BAD);
});

test('rt52g F3: a quick phrase saved by a #! 保存 link is held once, then saved', async ({ pg }) => {
  await open(pg);
  await typeIntoField(pg, '#qp', BAD);
  expect(await recordedBy(pg, () => pg.locator('#bq').click()), 'held').toEqual([]);
  await expect(bannerSection(pg)).toHaveAttribute('data-mode', 'held');
  await readTheWarning(pg);
  expect(await recordedBy(pg, () => pg.locator('#bq').click()), 'the second save keeps it').toEqual([`qp:${BAD}`]);
});

test('rt52g F3: an ordinary link beside a review reply (another site, another label) is not held', async ({ pg }) => {
  await open(pg);
  await typeIntoField(pg, '#f4', BAD);
  expect(await recordedBy(pg, () => pg.locator('#nav').click()), 'the rules link works').toEqual(['nav']);
  await expect(pg.locator('[data-replyguard="banner"] section[data-mode="blocked"], [data-replyguard="banner"] section[data-mode="held"]')).toHaveCount(0);
});
