// Round 63 (guard63): a 发送 inside a CLOSED shadow root, pressed by the mouse and by the keyboard (Space / Enter on the focused
// button). Outside a closed root an event's composed path stops at the root's host; the guard reads such paths through deepPath
// (content/guard/deep-path.ts), which finds the inner target of a mouse event by elementFromPoint(clientX, clientY). A click the
// keyboard makes has no pointer: Chromium gives it clientX/Y 0,0 and detail 0, and the element at 0,0 is not the 发送 clicked.
// A breaching draft must be stopped with the banner either way; a clean one must go out either way. The open root is the same
// page, as a check that the closed one is judged as it is.
// On the worker's shared browser (fixtures.ts `shared`, via workbenchPagesTest): nothing here needs a fresh profile. Round 69: a
// mode's variants are one test, a step each, on one page: the first variant's page is loaded, each next one rewritten in place
// (showPage; none of them is about a load, the guard's start or a navigation): 18 -> 4 page loads.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  bannerSection,
  expectAttached,
  expectTypedAndStopped,
  recordedBy,
  redTeamDoc,
  RED_TEAM_BAD,
  RED_TEAM_CLEAN,
  RT_SCRIPT_END as E,
  sentOf,
  typeIntoField,
  WORKBENCH_SENDBOX,
  WORKBENCH_SENDBOX_SCRIPT,
  workbenchPagesTest,
} from './guard-support';

/**
 * A composer (textarea #ta) and its 发送 (#send, a native button that sends on its click only) in a shadow root of `mode`, kept on
 * window.__root; a full-width strip along the root's top edge is what stands at 0,0. The page records each send and each click
 * its 发送 gets (with the click's detail and coordinates).
 */
const shadowComposer = (mode: 'open' | 'closed') =>
  redTeamDoc(
    `${mode} shadow composer, 发送 by mouse and keyboard`,
    `<x-chat></x-chat><script>var r = document.querySelector('x-chat').attachShadow({ mode: '${mode}' }); window.__root = r; window.__clicks = [];
r.innerHTML = '<div id=strip style="position:fixed;left:0;top:0;width:100%;height:40px">会话</div><div style="margin:300px 40px 0"><textarea id=ta style="width:500px;height:80px" placeholder="请输入消息"></textarea><button id=send>发送</button></div>';
var ta = r.getElementById('ta');
r.getElementById('send').addEventListener('click', function (e) { window.__clicks.push({ detail: e.detail, x: e.clientX, y: e.clientY }); if (rec(ta.value)) ta.value = ''; });
${E}`,
  );

/**
 * The workbench's composer, and a review list in a shadow root of `mode` (kept on window.__root): a buyer's row and an internal
 * note's row, each with a 回复 that opens an antd modal in <body> titled only 处理 (as round 54's F3 page, guard-unseen-pages-54c).
 * The 回复 of a buyer's row lends its sense to that modal, whose 确 定 is then judged as a reply; the internal row's does not. The
 * guard's click listener (attach.ts) never saw a 回复 inside a closed root: the modal's breach went out.
 */
const reviewsInShadow = (mode: 'open' | 'closed') =>
  redTeamDoc(
    `${mode} shadow review list, 回复 opens a modal 处理`,
    `${WORKBENCH_SENDBOX}<x-reviews></x-reviews><script>${WORKBENCH_SENDBOX_SCRIPT}
var r = document.querySelector('x-reviews').attachShadow({ mode: '${mode}' }); window.__root = r;
r.innerHTML = '<div class="box"><h4>评价列表</h4><div>买家：质量很差 <a href="javascript:;" id="buyer">回复</a></div></div><div class="box"><h4>工单列表</h4><div>内部备注：已跟进 <a href="javascript:;" id="internal">回复</a></div></div>';
function openModal() {
  document.querySelectorAll('.ant-modal-root').forEach(function (m) { m.remove(); });
  var m = document.createElement('div'); m.className = 'ant-modal-root';
  m.innerHTML = '<div class="ant-modal" role="dialog"><div class="ant-modal-content"><div class="ant-modal-header"><div class="ant-modal-title">处理</div></div><div class="ant-modal-body"><textarea id="f9" rows="1"></textarea></div><div class="ant-modal-footer"><button type="button" class="ant-btn cancel"><span>取 消</span></button><button type="button" class="ant-btn ant-btn-primary ok" id="b9"><span>确 定</span></button></div></div></div>';
  document.body.appendChild(m);
  m.querySelector('.cancel').onclick = function () { m.remove(); };
  m.querySelector('.ok').addEventListener('click', function () { var el = document.getElementById('f9'); var v = el.value.trim(); if (v) window.__sent.push('b9:' + v); el.value = ''; m.remove(); });
}
r.getElementById('buyer').addEventListener('click', openModal);
r.getElementById('internal').addEventListener('click', openModal);
${E}`,
  );

const test = workbenchPagesTest({
  '/cr63/closed': shadowComposer('closed'),
  '/cr63/open': shadowComposer('open'),
  '/cr63r/closed': reviewsInShadow('closed'),
  '/cr63r/open': reviewsInShadow('open'),
});

const inRoot = <T>(pg: Page, fn: (root: ShadowRoot) => T): Promise<T> =>
  pg.evaluate(`(${fn.toString()})(window.__root)`) as Promise<T>;

type ShowPage = (path: string) => Promise<void>;

/** `path` shown (loaded, or rewritten in place), `draft` typed into the root's textarea (the guard found it). */
async function typedInShadowComposer(pg: Page, showPage: ShowPage, path: string, draft: string): Promise<void> {
  await showPage(path);
  await inRoot(pg, (r) => (r.getElementById('ta') as HTMLElement).focus());
  await expectAttached(pg);
  await pg.keyboard.insertText(draft);
}
const focusSend = (pg: Page) => inRoot(pg, (r) => (r.getElementById('send') as HTMLElement).focus());
const clicksThePageSaw = (pg: Page) => pg.evaluate(() => (window as unknown as { __clicks: unknown[] }).__clicks.slice());
const draftLeft = (pg: Page) => inRoot(pg, (r) => (r.getElementById('ta') as HTMLTextAreaElement).value);

const presses = {
  mouse: (pg: Page) => pressInRoot(pg, 'send', 'mouse'),
  Space: (pg: Page) => focusSend(pg).then(() => pg.keyboard.press('Space')),
  Enter: (pg: Page) => focusSend(pg).then(() => pg.keyboard.press('Enter')),
} as const;

for (const mode of ['closed', 'open'] as const) {
  test(`${mode} shadow root: 发送 by mouse, Space or Enter with a breaching draft is stopped with the banner; with a clean draft it sends`, async ({ pg, showPage }) => {
    for (const [how, press] of Object.entries(presses)) {
      await test.step(`${mode} shadow root: 发送 by ${how} with a breaching draft is stopped with the banner`, async () => {
        await typedInShadowComposer(pg, showPage, `/cr63/${mode}`, RED_TEAM_BAD);
        await press(pg);
        await expect(bannerSection(pg), 'the send was stopped').toHaveAttribute('data-mode', 'blocked');
        await pg.waitForTimeout(300);
        expect(await sentOf(pg), 'nothing was sent').toEqual([]);
        expect(await draftLeft(pg), 'the draft is as it was').toBe(RED_TEAM_BAD);
      });

      await test.step(`${mode} shadow root: 发送 by ${how} with a clean draft sends it`, async () => {
        await typedInShadowComposer(pg, showPage, `/cr63/${mode}`, RED_TEAM_CLEAN);
        await press(pg);
        await expect.poll(() => sentOf(pg), { message: 'the clean draft went out' }).toEqual([RED_TEAM_CLEAN]);
        // The premise of deepPath's keyboard case: the click the keyboard made has no pointer (detail 0 at 0,0), the mouse's has one.
        const [click] = (await clicksThePageSaw(pg)) as { detail: number; x: number; y: number }[];
        if (how === 'mouse') expect(click!.detail, 'a mouse click counts').toBe(1);
        else expect(click, 'a click by the keyboard has no pointer').toEqual({ detail: 0, x: 0, y: 0 });
      });
    }
  });
}

/** Clicks the root's `id` as the agent would: the mouse on its centre, or the focus on it and Enter (a link's keyboard click). */
async function pressInRoot(pg: Page, id: string, how: 'mouse' | 'Enter'): Promise<void> {
  if (how === 'Enter') {
    await inRootWith(pg, id, (r, id) => (r.getElementById(id) as HTMLElement).focus());
    return pg.keyboard.press('Enter');
  }
  const [x, y] = await inRootWith(pg, id, (r, id) => {
    const b = (r.getElementById(id) as HTMLElement).getBoundingClientRect();
    return [b.x + b.width / 2, b.y + b.height / 2];
  });
  await pg.mouse.click(x!, y!);
}
const inRootWith = <T>(pg: Page, arg: string, fn: (root: ShadowRoot, arg: string) => T): Promise<T> =>
  pg.evaluate(`(${fn.toString()})(window.__root, ${JSON.stringify(arg)})`) as Promise<T>;

/** The review list `path` shown (loaded, or rewritten in place), the workbench's composer clicked, the guard attached. */
async function showReviews(pg: Page, showPage: ShowPage, path: string): Promise<void> {
  await showPage(path);
  await pg.locator('#main').click();
  await expectAttached(pg);
}

for (const mode of ['closed', 'open'] as const) {
  test(`${mode} shadow root: a buyer row’s 回复 (by mouse or Enter) lends its sense to the modal 处理 it opens; an internal note row’s does not`, async ({ pg, showPage }) => {
    for (const how of ['mouse', 'Enter'] as const) {
      await test.step(`${mode} shadow root: a buyer row’s 回复 (by ${how}) lends its sense to the modal 处理 it opens — its breach is stopped, clean text goes`, async () => {
        await showReviews(pg, showPage, `/cr63r/${mode}`);
        await pressInRoot(pg, 'buyer', how);
        await expect(pg.locator('#f9')).toBeVisible();
        await expectTypedAndStopped(pg, '#f9', () => pg.locator('#b9').click(), `${mode} root, 回复 by ${how} → 处理 / 确 定`);
        await typeIntoField(pg, '#f9', RED_TEAM_CLEAN);
        expect(await recordedBy(pg, () => pg.locator('#b9').click()), 'clean text goes').toEqual([`b9:${RED_TEAM_CLEAN}`]);
      });
    }

    await test.step(`${mode} shadow root: an internal note row’s 回复 lends no buyer sense — the modal 处理 commits`, async () => {
      await showReviews(pg, showPage, `/cr63r/${mode}`);
      await pressInRoot(pg, 'internal', 'mouse');
      await typeIntoField(pg, '#f9', RED_TEAM_BAD);
      expect(await recordedBy(pg, () => pg.locator('#b9').click()), 'internal row 回复 → 处理 / 确 定: goes').toEqual([`b9:${RED_TEAM_BAD}`]);
    });
  });
}
