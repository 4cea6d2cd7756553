// @vitest-environment happy-dom
// Round 48 (blind timers red team, finding 9): an evaluation row without an element id is recorded, once.
import { describe, expect, it } from 'vitest';
import { readRows, RowIdentities } from '@/content/watcher/rows';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { kuaishou } from '@/sites/kuaishou';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const W = 'kwaishop-cs-LayoutDefaultWrapper';

function setup(buyer: string): HTMLElement {
  document.body.replaceChildren();
  const title = document.body.appendChild(document.createElement('div'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = buyer;
  const outer = document.body.appendChild(document.createElement('div'));
  outer.className = 'ChatMessageList';
  const list = outer.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList-ContentWrap';
  return list;
}

function talk(list: HTMLElement, id: string, side: 'notMe' | 'isMine', stamp: string, text: string): void {
  const row = list.appendChild(document.createElement('div'));
  if (id) row.id = id;
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = `${W}_lrWrapper ${W}__${side}`;
  const head = wrap.appendChild(document.createElement('div'));
  head.className = `${W}_beforeMsgBody`;
  head.textContent = (side === 'notMe' ? '买家' : '客服') + stamp;
  const body = wrap.appendChild(document.createElement('div'));
  body.className = `${W}_msgBody`;
  body.textContent = text;
}

function middle(list: HTMLElement, id: string, text: string): HTMLElement {
  const row = list.appendChild(document.createElement('div'));
  row.className = 'ChatMessageList-item';
  if (id) row.id = id;
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = 'kwaishop-cs-LayoutMiddleWrapper';
  const body = wrap.appendChild(document.createElement('div'));
  body.className = 'kwaishop-cs-LayoutMiddleWrapper_msgBody';
  body.textContent = text;
  return row;
}

const snap = (rows: ReturnType<typeof readRows>): RowSnapshot[] =>
  rows.map((r) => ({ element: r.element, id: r.id, kind: r.kind, stamp: r.stamp ? { ts: r.stamp.ts, localTs: r.stamp.ts } : null, text: r.text, ...(r.rating ? { rating: r.rating } : {}) }));

describe('an evaluation row without an id (round 48)', () => {
  it.each(['0_', 'none'])('buyer/agent rows ids %s: a live id-less 用户已经评价 row is recorded once', (ids) => {
    const list = setup('买家9901');
    talk(list, ids === 'none' ? '' : '0_9901_1', 'notMe', '12-5 10:00:00', '收到了');
    talk(list, ids === 'none' ? '' : '0_9901_2', 'isMine', '12-5 10:00:20', '好的亲');
    const tracker = new PageTracker({ site: 'kuaishou', settleMs: 0 });
    const identities = new RowIdentities();
    let now = bj('2026-12-05 10:01:30');
    tracker.observeConversation('id:9901', snap(readRows(document, kuaishou, '买家9901', now, identities)), now, '买家9901');
    now += 5000;
    tracker.observeConversation('id:9901', snap(readRows(document, kuaishou, '买家9901', now, identities)), now, '买家9901');
    const rating = middle(list, '', '用户已经评价：满意');
    now += 2500;
    const first = tracker.observeConversation('id:9901', snap(readRows(document, kuaishou, '买家9901', now, identities)), now, '买家9901');
    expect(first.ratings.map((r) => r.rating)).toEqual(['satisfied']);
    // Re-rendered (a new element with the same text): nothing more.
    rating.remove();
    middle(list, '', '用户已经评价：满意');
    now += 2500;
    const again = tracker.observeConversation('id:9901', snap(readRows(document, kuaishou, '买家9901', now, identities)), now, '买家9901');
    expect(again.ratings).toEqual([]);
  });
});
