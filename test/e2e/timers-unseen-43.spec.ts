// Round 43's blind red team on the reply timers, at the workbench's real address ("never wrong about a deadline"):
// - a message list that recycles its row elements (a virtual list keyed by index) writes each new message into a
//   row element that showed another: with no ids (noid), with the real id form changing on the same element
//   (inplace), or with window-relative ids (rel, cs-common-message-list-item-N) given to other messages as the
//   window moves. Once the window was full, new buyer messages were never logged (badge empty, counted answered).
// - the agent's reply marked 发送失败 (a red ! labelled 发送失败 / 重新发送, or a system row 「消息发送失败，请重试」 after
//   it) counted as the answer. A failed reply is no answer; sent again successfully, it is.
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { routeWorkbenchPages } from './guard-support';
import { badgeText, guardOff, replyInComposer, storedMessages } from './timers-support';

const shell = (name: string, script: string) => `<!doctype html><meta charset=utf-8><title>workbench</title>
<style>.ChatMessageList{height:200px;overflow:auto}</style>
<div class=new-workbench-container><div class=chat>
 <div class=TargetUserHeader><div class=LoginUserInfo><div class=LoginUserInfo-mainTitle><span class=LoginUserInfo-mainTitle-text>${name}</span></div></div></div>
 <div class=ChatMessageList><div class=ChatMessageList-ContentWrap id=list></div></div>
 <div class=SendBox><div class=SendBox-Editor><div class=ql-container><div class=ql-editor contenteditable=true id=ed style="min-height:40px"></div></div></div>
  <div class=SendBox-buttonRight><button class="ant-btn ant-btn-primary" id=send>发送</button></div></div>
</div></div>
<script>
window.__sent = [];
const pad = (n) => String(n).padStart(2, '0');
const stamp = (ts) => { const d = new Date(ts + 8 * 3600e3); return (d.getUTCMonth() + 1) + '-' + d.getUTCDate() + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()); };
/** A row's inside as the workbench draws it (../shared/notes/workbench-and-metrics.md §2), text set by DOM calls. */
function fill(el, m) {
  const side = m.dir === 'out' ? 'kwaishop-cs-LayoutDefaultWrapper__isMine' : 'kwaishop-cs-LayoutDefaultWrapper__notMe';
  el.innerHTML = '<div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper ' + side + '"><div class=kwaishop-cs-LayoutDefaultWrapper_msgMain><div class=kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody></div><div class=kwaishop-cs-LayoutDefaultWrapper_msgBody></div></div></div>';
  el.querySelector('[class$=beforeMsgBody]').textContent = (m.dir === 'out' ? '客服小张' : ${JSON.stringify(name)}) + stamp(m.ts);
  el.querySelector('[class$=msgBody]').textContent = m.text;
  return el;
}
let seq = 0;
${script}
document.getElementById('ed').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
document.getElementById('send').onclick = send;
function send() {
  const ed = document.getElementById('ed'); const t = ed.innerText.trim(); if (!t) return;
  window.__sent.push(t); ed.innerHTML = '';
  sent({ id: 'm' + (++seq), dir: 'out', text: t, ts: Date.now() });
}
window.__buyer = (text) => received({ id: 'm' + (++seq), dir: 'in', text, ts: Date.now() });
</script>`;

type Mode = 'noid' | 'inplace' | 'rel';

/** A virtual list showing the last 4 messages in 4 row elements, React-style keyed by index: rows rewritten in place. */
const virtualList = (name: string, buyerId: string, mode: Mode) =>
  shell(
    name,
    `const msgs = [];
function render() {
  const list = document.getElementById('list');
  msgs.slice(-4).forEach((m, k) => {
    let el = list.children[k];
    if (${JSON.stringify(mode)} === 'rel') {
      const fresh = fill(document.createElement('div'), m);
      fresh.id = 'cs-common-message-list-item-' + k;
      if (el) el.replaceWith(fresh); else list.append(fresh);
      return;
    }
    if (!el) el = list.appendChild(document.createElement('div'));
    if (${JSON.stringify(mode)} === 'inplace') el.id = '0_${buyerId}_' + m.id;
    else el.className = 'msg-item';
    fill(el, m);
  });
}
const received = (m) => { msgs.push(m); render(); };
const sent = received;`,
  );

/**
 * The agent's reply fails to send. icon: the row shows a red ! (aria-label 发送失败，点击重新发送) and a 发送失败
 * caption; clicking the ! sends it again and the mark goes. sys: a system row 「[系统消息] 消息发送失败，请重试」
 * follows the reply; the agent sends it again as a new row, which goes through.
 */
const failingSend = (name: string, buyerId: string, mode: 'icon' | 'sys') =>
  shell(
    name,
    `let failNext = true;
const list = document.getElementById('list');
const append = (m) => { const el = fill(document.createElement('div'), m); el.id = '0_${buyerId}_' + m.id; list.append(el); return el; };
const received = append;
function sent(m) {
  const el = append(m);
  if (!failNext) return;
  failNext = false;
  if (${JSON.stringify(mode)} === 'sys') {
    const notice = list.appendChild(document.createElement('div'));
    notice.id = '0_${buyerId}_s' + (++seq);
    notice.innerHTML = '<div class=kwaishop-cs-LayoutMiddleWrapper_msgBody></div>';
    notice.firstChild.textContent = '[系统消息] 消息发送失败，请重试';
    return;
  }
  // The send fails a moment later (the row was drawn as sending first).
  setTimeout(() => {
    const main = el.querySelector('[class$=msgMain]');
    const bang = main.appendChild(document.createElement('span'));
    bang.className = 'kwaishop-cs-MsgStatus-failed'; bang.setAttribute('role', 'button'); bang.setAttribute('aria-label', '发送失败，点击重新发送'); bang.title = '发送失败，点击重发'; bang.textContent = '!';
    const caption = main.appendChild(document.createElement('span'));
    caption.textContent = '发送失败';
    bang.onclick = () => { bang.remove(); caption.remove(); };
  }, 600);
}`,
  );

declare global {
  interface Window {
    __buyer(text: string): void;
  }
}

async function openAt(context: import('@playwright/test').BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com' + path);
  return page;
}

const settled = (page: Page) => page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live

test('a list that recycles its rows (no ids, ids changed in place, window-relative ids): every new buyer message waits, each reply answers once', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const modes = [
    ['noid', '阿梅', '1001'],
    ['inplace', '小李', '1002'],
    ['rel', '老王', '1003'],
  ] as const;
  await routeWorkbenchPages(context, Object.fromEntries(modes.map(([mode, name, id]) => ['/' + mode, virtualList(name, id, mode)])));
  const pages = await Promise.all(modes.map(([mode]) => openAt(context, '/' + mode)));
  await Promise.all(pages.map(settled));
  // The key each conversation is filed under: the buyer id where the rows name one (inplace), else the nickname.
  const convs = ['阿梅', 'id:1002', '老王'];
  const each = (f: (p: Page) => Promise<unknown>) => Promise.all(pages.map(f));

  // q1, reply, q2, reply fill the 4-row window; q3 and q4 are written into rows that showed other messages.
  for (const [i, q] of ['问题一', '问题二'].entries()) {
    await each((p) => p.evaluate((t) => window.__buyer(t), q));
    await expect.poll(() => badgeText(sw)).toBe('3');
    for (const p of pages) await replyInComposer(p, ['亲，在的', '亲，可以的'][i]!);
    await expect.poll(() => badgeText(sw)).toBe('');
  }
  await each((p) => p.evaluate(() => window.__buyer('问题三')));
  await expect.poll(() => badgeText(sw)).toBe('3'); // before: empty (no message logged once the window was full)
  await each((p) => p.waitForTimeout(1100).then(() => p.evaluate(() => window.__buyer('问题四'))));
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.dir === 'in').length).toBe(12);
  expect(await badgeText(sw)).toBe('3');

  for (const p of pages) await replyInComposer(p, '亲，已经给您发货了');
  await expect.poll(() => badgeText(sw)).toBe('');
  const stored = await storedMessages(sw);
  // Each message once and live, in order (nothing twice as the window moved, nothing lost).
  for (const conv of convs) {
    const mine = stored.filter((m) => m.conv === conv).sort((a, b) => a.ts - b.ts);
    expect(mine.map((m) => m.dir), conv).toEqual(['in', 'out', 'in', 'out', 'in', 'in', 'out']);
    expect(mine.every((m) => !m.history)).toBe(true);
  }
});

test('a reply marked 发送失败 (a red ! or a 消息发送失败 notice after it) is no answer; sent again successfully, it is', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  await routeWorkbenchPages(context, { '/icon': failingSend('阿梅', '2001', 'icon'), '/sys': failingSend('小李', '2002', 'sys') });
  const [icon, sys] = await Promise.all([openAt(context, '/icon'), openAt(context, '/sys')]);
  await Promise.all([settled(icon), settled(sys)]);
  await icon.evaluate(() => window.__buyer('你好，什么时候发货'));
  await sys.evaluate(() => window.__buyer('你好，什么时候发货'));
  await expect.poll(() => badgeText(sw)).toBe('2');

  await replyInComposer(icon, '亲，已经给您发货了，请注意查收');
  await replyInComposer(sys, '亲，已经给您发货了，请注意查收');
  await expect(icon.getByText('发送失败', { exact: true })).toBeVisible();
  // The icon page's reply showed as sent for a moment (perhaps told as the answer), then failed: withdrawn.
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.dir === 'out').length).toBe(0);
  await expect.poll(() => badgeText(sw)).toBe('2'); // before: both shown answered (badge empty)

  // Sent again: the ! clicked (the same row, its mark gone); a new row after the notice.
  const resentAt = Date.now();
  await icon.getByRole('button', { name: /发送失败/ }).click();
  await replyInComposer(sys, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => badgeText(sw)).toBe('');
  const outs = (await storedMessages(sw)).filter((m) => m.dir === 'out');
  expect(outs.map((m) => m.conv).sort()).toEqual(['id:2001', 'id:2002']);
  // The answer counts from when it went out, not from when the failed attempt was drawn.
  for (const m of outs) expect(m.ts).toBeGreaterThanOrEqual(resentAt - 1000);
  expect(outs.every((m) => !m.history)).toBe(true);
});
