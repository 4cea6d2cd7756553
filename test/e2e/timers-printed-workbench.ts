// The workbench page of the timers' red-team specs that print each row's time (rounds 44–45): "M-D HH:mm:ss" stamps in a
// chosen zone, rows added live, the watcher's settle time waited out. Moved here from timers-unseen-44 (round 45's review).
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { routeWorkbenchPages } from './guard-support';
import { openAt, recordsOf } from './timers-support';

const pad = (n: number) => String(n).padStart(2, '0');
/** "M-D HH:mm:ss" of `ms` in `timeZone` (the workbench prints no year). */
export function printed(ms: number, timeZone = 'Asia/Shanghai'): string {
  const o = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  return `${o.month}-${o.day} ${pad(Number(o.hour))}:${o.minute}:${o.second}`;
}

/** A chat row as the workbench draws it (../shared/notes/workbench-and-metrics.md §2). Test text only, no page text. */
export function row(id: string, mine: boolean, name: string, stamp: string, body: string): string {
  const side = mine ? 'kwaishop-cs-LayoutDefaultWrapper__isMine' : 'kwaishop-cs-LayoutDefaultWrapper__notMe';
  return `<div id="${id}"><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper ${side}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody"><span>${name}</span><span>${stamp}</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${body}</div></div></div></div>`;
}

/** A chat row as the workbench draws it, without an id of its own (its id is then derived from the row). Test text only. */
export const bare = (mine: boolean, name: string, stamp: string, body: string) =>
  `<div><div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper kwaishop-cs-LayoutDefaultWrapper__${mine ? 'isMine' : 'notMe'}"><div class="kwaishop-cs-LayoutDefaultWrapper_msgMain"><div class="kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody"><span>${name}</span><span>${stamp}</span></div><div class="kwaishop-cs-LayoutDefaultWrapper_msgBody">${body}</div></div></div></div>`;
/** A recall notice as a middle row (rounds 61–62). */
export const recallNotice = '<div class="kwaishop-cs-LayoutMiddleWrapper"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody">你撤回了一条消息</div></div>';

export function workbench({ buyer, rows = '', cards = '' }: { buyer: string; rows?: string; cards?: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>快手小店客服工作台</title></head><body>
<div class="new-workbench-container">
 <div class="leftBottom"><div class="SessionListGroup"><div class="SessionListGroup-FolderSessions" id="cards">${cards}</div></div></div>
 <div class="chat">
  <div class="TargetUserHeader"><div class="LoginUserInfo"><div class="LoginUserInfo-mainTitle"><span class="LoginUserInfo-mainTitle-text" id="hdr">${buyer}</span></div></div></div>
  <div class="ChatMessageList"><div class="ChatMessageList-ContentWrap" id="list">${rows}</div></div>
  <div class="SendBox"><div class="SendBox-Editor"><div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div></div>
   <div class="SendBox-buttonRight"><button class="ant-btn ant-btn-primary"><span>发 送</span></button></div></div>
 </div>
</div></body></html>`;
}

export async function open(context: import('@playwright/test').BrowserContext, html: string): Promise<Page> {
  await routeWorkbenchPages(context, { '/workbench': html });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  await page.locator('html[data-replyguard-chat]').waitFor({ state: 'attached' });
  return page;
}

export const addRow = (page: Page, html: string) => page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('beforeend', h), html);
export const settled = (page: Page) => page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live

/**
 * Rounds 66–67: a reply the ledger cannot place once recalled. The agent's reply arrives live at the top of `name`'s empty
 * pane at `url` (no printed time); the question (printed 30 s ago) loads above it, the buyer's next message below it,
 * printed a second before the reply's record. Returns the page (still open), the three records' times and the two
 * buyer rows (for the page drawn again with a recall notice between them).
 */
export async function replyFirstSeenAtTop(context: import('@playwright/test').BrowserContext, sw: import('@playwright/test').Worker, url: string, name: string) {
  const asked = Math.floor((Date.now() - 30_000) / 1000) * 1000;
  const question = bare(false, name, printed(asked), '发什么快递');
  const page = await openAt(context, url, workbench({ buyer: name }));
  await settled(page);
  await addRow(page, bare(true, '客服小美', '', '顺丰的亲'));
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([expect.stringMatching(/^out \d+$/)]);
  const replied = Number((await recordsOf(sw, name))[0]!.slice(4));
  await page.evaluate((h) => document.getElementById('list')!.insertAdjacentHTML('afterbegin', h), question);
  const next = Math.floor(replied / 1000) * 1000 - 1000;
  const second = bare(false, name, printed(next), '今天能发吗');
  await addRow(page, second);
  await expect.poll(() => recordsOf(sw, name), { timeout: 10_000 }).toEqual([`in ${asked}`, `in ${next}`, `out ${replied}`].sort());
  return { page, asked, next, replied, question, second };
}
