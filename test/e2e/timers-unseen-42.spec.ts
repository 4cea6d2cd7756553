// Round 42's blind red team on the reply timers, at the workbench's real address: a conversation is the
// buyer, not the nickname. The workbench's rows carry the buyer's id (`0_<buyerId>_…`): two buyers with the
// same nickname wait apart; a message that arrives while the header still shows the numeric id, before the
// nickname loads, is the same conversation as the reply sent once it has; a session card seen before the
// conversation is opened joins the rows' conversation (one buyer waiting, never two).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { routeWorkbenchPages } from './guard-support';
import { badgeText, buyerOf, guardOff, replyInComposer, storedMessages } from './timers-support';

interface Buyer {
  name: string;
  id: string;
  /** The platform's own countdown on the card (e.g. "2分50秒后超时"), '' for none. */
  timeout?: string;
}

/** The workbench's layout (../shared/notes/workbench-and-metrics.md §2), rows with ids, driven by window.__buyer / __switch. */
const workbench = (buyers: readonly Buyer[]) => `<!doctype html><meta charset=utf-8><title>workbench</title>
<div class=new-workbench-container>
 <div class=leftBottom><div class=SessionListGroup><div class=SessionListGroup-FolderSessions id=cards></div></div></div>
 <div class=chat>
  <div class=TargetUserHeader><div class=LoginUserInfo><div class=LoginUserInfo-mainTitle><span class=LoginUserInfo-mainTitle-text id=hdr></span></div></div></div>
  <div class=ChatMessageList><div class=ChatMessageList-ContentWrap id=list></div></div>
  <div class=SendBox><div class=SendBox-Editor><div class=ql-container><div class=ql-editor contenteditable=true id=ed style="min-height:40px"></div></div></div>
   <div class=SendBox-buttonRight><button class="ant-btn ant-btn-primary" id=send>发送</button></div></div>
 </div>
</div>
<script>
window.__sent = [];
const convs = ${JSON.stringify(buyers)}.map((b) => ({ ...b, msgs: [] }));
let cur = 0, seq = 0;
const pad = (n) => String(n).padStart(2, '0');
const stamp = (ts) => { const d = new Date(ts + 8 * 3600e3); return (d.getUTCMonth() + 1) + '-' + d.getUTCDate() + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()); };
function row(c, m) {
  const el = document.createElement('div');
  el.id = '0_' + c.id + '_' + m.id;
  const side = m.dir === 'out' ? 'kwaishop-cs-LayoutDefaultWrapper__isMine' : 'kwaishop-cs-LayoutDefaultWrapper__notMe';
  el.innerHTML = '<div class="kwaishop-cs-LayoutDefaultWrapper_lrWrapper ' + side + '"><div class=kwaishop-cs-LayoutDefaultWrapper_msgMain><div class=kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody></div><div class=kwaishop-cs-LayoutDefaultWrapper_msgBody></div></div></div>';
  el.querySelector('[class$=beforeMsgBody]').textContent = (m.dir === 'out' ? '客服小张' : c.name) + stamp(m.ts);
  el.querySelector('[class$=msgBody]').textContent = m.text;
  return el;
}
function renderCards() {
  const cards = document.getElementById('cards');
  cards.replaceChildren(...convs.map((c, i) => {
    const card = document.createElement('div');
    card.className = 'SessionBaseCard' + (i === cur ? ' active' : '');
    card.innerHTML = '<div class=SessionBaseCard-topHeadName></div><div class=SessionBaseCard-topHeadTime></div><div class=SessionBaseCard-lastMessage></div>';
    card.children[0].textContent = c.name;
    card.children[1].textContent = c.timeout || '';
    card.children[2].textContent = (c.msgs.at(-1) || {}).text || '';
    card.onclick = () => window.__switch(i);
    return card;
  }));
}
function render() {
  document.getElementById('hdr').textContent = convs[cur].name;
  document.getElementById('list').replaceChildren(...convs[cur].msgs.map((m) => row(convs[cur], m)));
  renderCards();
}
window.__switch = (i) => { cur = i; render(); };
window.__header = (text) => { document.getElementById('hdr').textContent = text; };
window.__buyer = (i, text, agoSeconds = 0) => {
  const c = convs[i]; const m = { id: 'm' + (++seq), dir: 'in', text, ts: Date.now() - agoSeconds * 1000 };
  c.msgs.push(m);
  if (i === cur) document.getElementById('list').append(row(c, m));
  renderCards();
};
function send() {
  const ed = document.getElementById('ed'); const t = ed.innerText.trim(); if (!t) return;
  window.__sent.push(t);
  const c = convs[cur]; const m = { id: 'm' + (++seq), dir: 'out', text: t, ts: Date.now() };
  c.msgs.push(m); c.timeout = '';
  document.getElementById('list').append(row(c, m)); ed.innerHTML = ''; renderCards();
}
document.getElementById('ed').addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
document.getElementById('send').onclick = send;
render();
</script>`;

declare global {
  interface Window {
    __buyer(i: number, text: string, agoSeconds?: number): void;
    __switch(i: number): void;
    __header(text: string): void;
  }
}

async function openWorkbench(context: import('@playwright/test').BrowserContext, buyers: readonly Buyer[]): Promise<Page> {
  await routeWorkbenchPages(context, { '/workbench': workbench(buyers) });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  await page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live
  return page;
}

/** The popup's waiting list: each row's name. */
async function waitingNames(openPopup: () => Promise<Page>): Promise<string[]> {
  const popup = await openPopup();
  // Loaded: the list, or the line saying nobody waits.
  await expect(popup.locator('.waiting-row').or(popup.getByText(/没有等待回复的买家|No buyer is waiting for a reply/)).first()).toBeVisible();
  const names = await popup.locator('.waiting-row .name').allTextContents();
  await popup.close();
  return names;
}

test('two buyers with the same nickname wait apart; answering one leaves the other waiting', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '买家小王', id: '111' },
    { name: '买家小王', id: '222' },
    { name: '阿梅', id: '333' },
  ]);
  await page.evaluate(() => window.__buyer(0, '你好，什么时候发货？'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  await page.evaluate(() => window.__switch(1));
  await page.evaluate(() => window.__buyer(1, '我的快递到哪了'));
  await expect.poll(() => badgeText(sw)).toBe('2');

  await replyInComposer(page, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: string[] }).__sent.length)).toBe(1);
  // 222 is answered; 111 still waits (before: the badge went empty and 111 was shown answered).
  await expect.poll(async () => (await storedMessages(sw)).filter((m) => m.dir === 'out').length).toBe(1);
  expect(await badgeText(sw)).toBe('1');
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.conv, m.dir, buyerOf(m)]).sort()).toEqual([
    ['id:111', 'in', '买家小王'],
    ['id:222', 'in', '买家小王'],
    ['id:222', 'out', '买家小王'],
  ]);
  expect(await waitingNames(openPopup)).toEqual(['买家小王']);
});

test('a message under the numeric-id header, then the nickname loads: one conversation, the reply answers it', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '买家小王', id: '111' },
    { name: '买家小李', id: '222' },
  ]);
  await page.evaluate(() => window.__header('5829301177')); // the nickname has not loaded yet
  await page.waitForTimeout(1800); // the pane has been on screen past the settle time: what comes now is live
  await page.evaluate(() => window.__buyer(0, '你好，什么时候发货？'));
  await expect.poll(() => badgeText(sw)).toBe('1');
  // Live (not taken for history) and keyed by the buyer, though the header shows only a number.
  expect(await storedMessages(sw)).toMatchObject([{ conv: 'id:111', dir: 'in', history: false, buyerName: '5829301177' }]);
  await page.evaluate(() => window.__header('买家小王')); // the nickname resolves
  await replyInComposer(page, '亲，已经给您发货了，请注意查收');
  await expect.poll(() => badgeText(sw)).toBe(''); // before: a phantom 「5829301177」 stayed waiting
  const stored = await storedMessages(sw);
  expect(stored.map((m) => [m.conv, m.dir])).toEqual([
    ['id:111', 'in'],
    ['id:111', 'out'],
  ]);
  expect(await waitingNames(openPopup)).toEqual([]);
});

test('a session card seen before its conversation is opened joins the rows’ conversation: one buyer waiting, answered once', async ({ context, serviceWorker: sw, openPopup }) => {
  await guardOff(sw);
  const page = await openWorkbench(context, [
    { name: '阿梅', id: '333' },
    { name: '买家小李', id: '222', timeout: '2分50秒后超时' },
  ]);
  await expect.poll(() => badgeText(sw)).toBe('1'); // from the card alone, keyed by the nickname for now
  expect((await storedMessages(sw)).map((m) => [m.conv, m.source])).toEqual([['买家小李', 'card']]);
  expect(await waitingNames(openPopup)).toEqual(['买家小李']);

  // The agent opens it: the row (10 s old, as the card said) names the buyer; the card's record joins it.
  await page.evaluate(() => {
    window.__buyer(1, '在吗？', 10);
    window.__switch(1);
  });
  await expect.poll(async () => (await storedMessages(sw)).map((m) => [m.conv, m.source]).sort()).toEqual([
    ['id:222', 'card'],
    ['id:222', 'row'],
  ]);
  expect(await badgeText(sw)).toBe('1');
  expect(await waitingNames(openPopup)).toEqual(['买家小李']);

  await page.waitForTimeout(1800); // past the settle time of the newly opened pane
  await replyInComposer(page, '在的，亲');
  await expect.poll(() => badgeText(sw)).toBe('');
  expect(await waitingNames(openPopup)).toEqual([]);
});
