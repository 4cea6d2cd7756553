// @vitest-environment happy-dom
// Round 49 (second timers red team rt48b-timers, findings 3 and 4): on a page without row ids, a second
// 「用户已经评价：满意」 in a later consultation is a new rating even when the first is not drawn any more; re-rendering or
// re-opening the same rows adds nothing. A buyer's own bubble reading 「用户已经评价：满意」 is the buyer's message.
import { describe, expect, it } from 'vitest';
import { readRows, RowIdentities } from '@/content/watcher/rows';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { kuaishou } from '@/sites/kuaishou';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const W = 'kwaishop-cs-LayoutDefaultWrapper';
const BUYER = '老顾客';

function setup(): HTMLElement {
  document.body.replaceChildren();
  const title = document.body.appendChild(document.createElement('div'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = BUYER;
  const outer = document.body.appendChild(document.createElement('div'));
  outer.className = 'ChatMessageList';
  const list = outer.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList-ContentWrap';
  return list;
}

function talk(list: HTMLElement, side: 'notMe' | 'isMine', stamp: string, text: string): void {
  const row = list.appendChild(document.createElement('div'));
  row.className = 'ChatMessageList-item';
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = `${W}_lrWrapper ${W}__${side}`;
  const head = wrap.appendChild(document.createElement('div'));
  head.className = `${W}_beforeMsgBody`;
  head.textContent = (side === 'notMe' ? BUYER : '客服') + stamp;
  const body = wrap.appendChild(document.createElement('div'));
  body.className = `${W}_msgBody`;
  body.textContent = text;
}

function middle(list: HTMLElement, text: string): void {
  const row = list.appendChild(document.createElement('div'));
  row.className = 'ChatMessageList-item';
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = 'kwaishop-cs-LayoutMiddleWrapper';
  wrap.textContent = text;
}

const snap = (rows: ReturnType<typeof readRows>): RowSnapshot[] =>
  rows.map((r) => ({ element: r.element, id: r.id, kind: r.kind, stamp: r.stamp ? { ts: r.stamp.ts, localTs: r.stamp.ts } : null, text: r.text, ...(r.rating ? { rating: r.rating } : {}) }));

/** One page: a tracker and its row identities, and a clock. */
function page(start: string) {
  const tracker = new PageTracker({ site: 'kuaishou' });
  const identities = new RowIdentities();
  let now = bj(start);
  const ids: string[] = [];
  return {
    /** Read the pane `after` ms later; the ratings it tells (their ids are kept in `ids`). */
    read(after: number, conv = BUYER) {
      now += after;
      const out = tracker.observeConversation(conv, snap(readRows(document, kuaishou, conv, now, identities)), now, conv);
      ids.push(...out.ratings.map((r) => r.id!));
      return out;
    },
    ids,
  };
}

/** The first consultation, with its rating drawn after the agent's reply. */
function firstConsultation(list: HTMLElement, rating: boolean) {
  talk(list, 'notMe', '12-5 09:00:00', '收到了');
  talk(list, 'isMine', '12-5 09:00:30', '谢谢亲');
  if (rating) middle(list, '用户已经评价：满意');
}
/** The second consultation, later. */
function secondConsultation(list: HTMLElement) {
  talk(list, 'notMe', '12-5 09:58:00', '第二单也到了');
  talk(list, 'isMine', '12-5 09:58:30', '好的亲');
}

describe('a second evaluation of the same words (round 49)', () => {
  for (const mode of ['live', 'history'] as const) {
    it(`${mode}: counted as a second rating when the first is not drawn any more`, () => {
      let list = setup();
      firstConsultation(list, false);
      const p = page('2026-12-05 09:01:00');
      p.read(0);
      p.read(2000);
      middle(list, '用户已经评价：满意');
      expect(p.read(2000).ratings.map((r) => r.rating)).toEqual(['satisfied']);
      // Another buyer, then back: only the latest rows are drawn.
      list = setup();
      talk(list, 'notMe', '12-5 09:30:00', '在吗');
      p.read(60_000, '别的买家');
      list = setup();
      secondConsultation(list);
      if (mode === 'history') middle(list, '用户已经评价：满意');
      p.read(3_600_000);
      p.read(2000);
      if (mode === 'live') {
        middle(list, '用户已经评价：满意');
        p.read(2000);
      }
      expect(p.ids).toHaveLength(2);
      expect(new Set(p.ids).size).toBe(2);
    });
  }

  it('the same rows drawn again (re-render, re-opening, another page) give the same ids: nothing more', () => {
    let list = setup();
    firstConsultation(list, true);
    secondConsultation(list);
    middle(list, '用户已经评价：满意');
    const p = page('2026-12-05 10:00:00');
    p.read(0);
    p.read(2000);
    expect(p.ids).toHaveLength(2);
    // Re-opened: the same rows in new elements.
    list = setup();
    firstConsultation(list, true);
    secondConsultation(list);
    middle(list, '用户已经评价：满意');
    p.read(2000);
    p.read(2000);
    expect(p.ids).toHaveLength(2);
    // Another page (a reload) showing only the latest rows: the second rating keeps its id (the ledger keeps it once).
    list = setup();
    secondConsultation(list);
    middle(list, '用户已经评价：满意');
    const q = page('2026-12-05 10:05:00');
    q.read(0);
    q.read(2000);
    expect(q.ids).toEqual([p.ids[1]]);
  });

  it('a live rating, then the chat re-opened with the same history: one rating (u-rating-reopen)', () => {
    let list = setup();
    firstConsultation(list, false);
    const p = page('2026-12-05 09:01:00');
    p.read(0);
    p.read(2000);
    middle(list, '用户已经评价：满意');
    p.read(2000);
    for (let k = 0; k < 2; k++) {
      list = setup();
      talk(list, 'notMe', '12-5 09:10:00', '在吗');
      p.read(3000, '别的买家');
      list = setup();
      firstConsultation(list, true);
      p.read(3000);
      p.read(2000);
    }
    expect(p.ids).toHaveLength(1);
  });
});

describe('a buyer’s own bubble reading like an evaluation (round 49)', () => {
  for (const text of ['用户已经评价：满意', '用户已经评价：非常满意，谢谢']) {
    it(`「${text}」 is the buyer's message, not a rating`, () => {
      const list = setup();
      talk(list, 'notMe', '12-5 09:00:00', text);
      const rows = readRows(document, kuaishou, BUYER, bj('2026-12-05 09:00:30'));
      expect(rows.map((r) => [r.kind, r.rating])).toEqual([['in', undefined]]);
    });
  }

  it('the same words in a middle (system) row are still a rating', () => {
    const list = setup();
    middle(list, '用户已经评价：满意');
    const rows = readRows(document, kuaishou, BUYER, bj('2026-12-05 09:00:30'));
    expect(rows.map((r) => [r.kind, r.rating])).toEqual([['system', 'satisfied']]);
  });

  it('a buyer bubble with another ignored notice stays a system row, and is no rating either', () => {
    const list = setup();
    talk(list, 'notMe', '12-5 09:00:00', '[系统消息]用户已经评价：满意');
    const rows = readRows(document, kuaishou, BUYER, bj('2026-12-05 09:00:30'));
    expect(rows.map((r) => [r.kind, r.rating])).toEqual([['system', undefined]]);
  });
});

// Round 49 (rt49b-timers finding 1, timers49d): a virtual list re-drawing the window so the evaluation is the top row (its
// anchor was "after the row before", is now only "before the row after"), or drawn first at the top and then with older rows
// above it: the same rating, never a second.
describe('an evaluation drawn at the top of the window (round 49, timers49d)', () => {
  for (const words of ['满意', '失望']) {
    it(`window: [B1, A1, 评价, B2, A2] then [评价, B2, A2] — one rating (${words})`, () => {
      let list = setup();
      firstConsultation(list, false);
      middle(list, `用户已经评价：${words}`);
      const p = page('2026-12-05 10:00:00');
      p.read(0);
      p.read(2000);
      list = setup();
      firstConsultation(list, false);
      middle(list, `用户已经评价：${words}`);
      secondConsultation(list);
      p.read(2000);
      p.read(2000);
      list = setup();
      middle(list, `用户已经评价：${words}`);
      secondConsultation(list);
      p.read(2000);
      p.read(2000);
      // Scrolled back again.
      list = setup();
      firstConsultation(list, false);
      middle(list, `用户已经评价：${words}`);
      secondConsultation(list);
      p.read(2000);
      p.read(2000);
      expect(p.ids).toHaveLength(1);
    });
  }

  it('grow: [评价, B2, A2] then [B1, A1, 评价, B2, A2] — one rating', () => {
    let list = setup();
    middle(list, '用户已经评价：满意');
    secondConsultation(list);
    const p = page('2026-12-05 10:00:00');
    p.read(0);
    p.read(2000);
    list = setup();
    firstConsultation(list, true);
    secondConsultation(list);
    p.read(2000);
    p.read(2000);
    list = setup();
    middle(list, '用户已经评价：满意');
    secondConsultation(list);
    p.read(2000);
    expect(p.ids).toHaveLength(1);
  });

  it('a second consultation’s evaluation still counts after the window moves (d-twice)', () => {
    let list = setup();
    firstConsultation(list, true);
    secondConsultation(list);
    middle(list, '用户已经评价：满意');
    const p = page('2026-12-05 10:00:00');
    p.read(0);
    p.read(2000);
    list = setup();
    middle(list, '用户已经评价：满意');
    secondConsultation(list);
    middle(list, '用户已经评价：满意');
    p.read(2000);
    p.read(2000);
    expect(p.ids).toHaveLength(2);
  });
});
