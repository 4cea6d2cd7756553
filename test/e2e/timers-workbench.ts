// The workbench page the timers' red-team specs drive (rounds 42–43): its layout, rows carrying the buyer's id
// (`0_<buyerId>_…`), session cards, driven by window.__buyer / __switch / __header. Moved here from timers-unseen-42.
import type { Page } from '@playwright/test';
import { routeWorkbenchPages } from './guard-support';

export interface Buyer {
  name: string;
  id: string;
  /** The platform's own countdown on the card (e.g. "2分50秒后超时"), '' for none. */
  timeout?: string;
}

/** The workbench's layout (../shared/notes/workbench-and-metrics.md §2), rows with ids, driven by window.__buyer / __switch. */
export const workbench = (buyers: readonly Buyer[]) => `<!doctype html><meta charset=utf-8><title>workbench</title>
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

export async function openWorkbench(context: import('@playwright/test').BrowserContext, buyers: readonly Buyer[]): Promise<Page> {
  await routeWorkbenchPages(context, { '/workbench': workbench(buyers) });
  const page = await context.newPage();
  await page.goto('https://im.kwaixiaodian.com/workbench');
  await page.waitForTimeout(1800); // past the watcher's settle time: what comes now is live
  return page;
}

/** A buyer of shopWorkbench, with messages already in the chat: direction, text, how many seconds ago. */
export interface ShopBuyer extends Buyer {
  msgs?: { dir: 'in' | 'out'; text: string; ago: number }[];
}
declare global {
  interface Window {
    __showShop(name: string, buyers?: ShopBuyer[]): void;
    __phoneReply(i: number, text: string): void;
  }
}

/**
 * The workbench with a shop name in its header and a shop switcher that keeps each shop's chats (a shop shown again
 * shows the same messages, ids and times): header, session list and chat replaced at once, the URL unchanged. Shared by
 * timers-unseen-52 and -53 (window.__showShop, window.__phoneReply).
 */
export const shopWorkbench = (shopName: string, buyers: readonly ShopBuyer[]) =>
  workbench(buyers.map(({ msgs: _msgs, ...b }) => b))
    .replace('<div class=new-workbench-container>', `<div class=new-workbench-container><header class="ShopHeader"><span class="shopName">${shopName}</span></header>`)
    .replace(
      /render\(\);\n<\/script>$/,
      `const load = (list) => list.map((b) => ({ ...b, msgs: (b.msgs || []).map((m) => ({ id: 'm' + (++seq), dir: m.dir, text: m.text, ts: Date.now() - m.ago * 1000 })) }));
convs.splice(0, convs.length, ...load(${JSON.stringify(buyers)}));
let shown = ${JSON.stringify(shopName)};
const shops = {};
window.__showShop = (name, list) => { shops[shown] = convs.slice(); shown = name; const next = shops[name] || load(list || []); document.querySelector('.shopName').textContent = name; convs.splice(0, convs.length, ...next); cur = 0; render(); };
window.__phoneReply = (i, text) => { const c = convs[i]; c.msgs.push({ id: 'm' + (++seq), dir: 'out', text, ts: Date.now() }); c.timeout = ''; if (i === cur) render(); else renderCards(); };
render();
</script>`,
    );

/**
 * Rounds 56–57: shop A 「日本直邮馆」 (小王 waiting, 阿杰 answered) and its sister B 「日本直邮馆-大阪店」 (小王 again, 阿美),
 * one buyer on both lists: B's list replacing A's under A's header (timers-unseen-56 F9, -57 F4).
 */
export const SISTER_SHOPS = {
  A: '日本直邮馆',
  B: '日本直邮馆-大阪店',
  a: [
    { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '保温杯什么时候到', ago: 120 }] },
    { name: '阿杰', id: '7302', msgs: [{ dir: 'in', text: '你好', ago: 1800 }, { dir: 'out', text: '您好', ago: 1790 }] },
  ] as ShopBuyer[],
  b: [
    { name: '小王', id: '7301', msgs: [{ dir: 'in', text: '大阪店有货吗', ago: 20 }] },
    { name: '阿美', id: '7402', timeout: '4分50秒后超时', msgs: [{ dir: 'in', text: '包邮吗', ago: 10 }] },
  ] as ShopBuyer[],
};

/** Shows shop `name`'s list (cards and chat) while the header keeps naming `keep`: a list before its header. */
export const showListUnder = (page: Page, name: string, list: ShopBuyer[], keep: string) =>
  page.evaluate(
    ([n, l, k]) => {
      window.__showShop(n, l);
      document.querySelector('.shopName')!.textContent = k;
    },
    [name, list, keep] as const,
  );
