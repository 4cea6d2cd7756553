// @vitest-environment happy-dom
// Round 49 (rt49-timers, timers49b): rows under a date divider or time separator, the same row redrawn with less of its
// time, replies of unknown time, a PC clock hours fast, alerts in the language set.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readDividerText, parseRowStamp, resolveStamp, readStampText } from '@/content/watcher/stamp';
import { readRows, RowIdentities } from '@/content/watcher/rows';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';
import { selectForMetrics } from '@/background/ledger/select';
import type { MessageRecord } from '@/background/ledger/schema';
import { alertText, groupAlertText, type TimerEntry } from '@/background/timer-state';
import { kuaishou } from '@/sites/kuaishou';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
// Saturday 2026-12-05.
const now = bj('2026-12-05 14:17:00');
const W = 'kwaishop-cs-LayoutDefaultWrapper';
const M = 60_000;

/** A workbench page: `items` are ['divider', text] (an element between rows, matched by no row selector), ['middle', text]
 * (a system row), or [id, 'in'|'out', time, body]. */
function page(items: (readonly [string, string] | readonly [string, 'in' | 'out', string, string])[]): void {
  document.body.replaceChildren();
  const title = document.body.appendChild(document.createElement('div'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = '小王';
  const list = document.body.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList';
  for (const item of items) {
    if (item[0] === 'divider') {
      const d = list.appendChild(document.createElement('div'));
      d.className = 'ChatMessageList-timeDivider';
      d.textContent = item[1];
      continue;
    }
    if (item[0] === 'middle') {
      const r = list.appendChild(document.createElement('div'));
      r.className = 'ChatMessageList-item';
      r.innerHTML = `<div class="kwaishop-cs-LayoutMiddleWrapper"><div class="kwaishop-cs-LayoutMiddleWrapper_msgBody">${item[1]}</div></div>`;
      continue;
    }
    const [id, dir, time, body] = item as readonly [string, 'in' | 'out', string, string];
    const r = list.appendChild(document.createElement('div'));
    r.id = id;
    r.className = 'ChatMessageList-item';
    r.innerHTML = `<div class="${W}_lrWrapper ${dir === 'out' ? `${W}__isMine` : `${W}__notMe`}"><div class="${W}_msgMain"><div class="${W}_beforeMsgBody"><span class="${W}_nickName">${dir === 'out' ? '客服' : '小王'}</span>${time ? `<span class="${W}_time">${time}</span>` : ''}</div><div class="${W}_msgBody">${body}</div></div></div>`;
  }
}

describe('finding 1: a row printing only HH:mm is of the day its divider names', () => {
  it.each<[string, string]>([
    ['昨天', '2026-12-04 14:11:00'],
    ['星期三', '2026-12-02 14:11:00'],
    ['12月4日', '2026-12-04 14:11:00'],
    ['2026-12-04', '2026-12-04 14:11:00'],
    ['今天', '2026-12-05 14:11:00'],
  ])('under 「%s」', (divider, expected) => {
    for (const kind of ['divider', 'middle'] as const) {
      page([[kind, divider], ['0_1_1', 'in', '14:11', '请问这个有货吗']]);
      const rows = readRows(document, kuaishou, '小王', now).filter((r) => r.kind === 'in');
      expect(rows[0]!.stamp?.ts).toBe(bj(expected));
    }
  });

  it('no divider: today (as before); the nearest divider above wins', () => {
    page([['0_1_1', 'in', '14:11', 'a']]);
    expect(readRows(document, kuaishou, '小王', now)[0]!.stamp?.ts).toBe(bj('2026-12-05 14:11:00'));
    page([['divider', '昨天'], ['0_1_1', 'in', '14:11', 'a'], ['divider', '今天'], ['0_1_2', 'in', '14:12', 'b']]);
    expect(readRows(document, kuaishou, '小王', now).map((r) => r.stamp?.ts)).toEqual([bj('2026-12-04 14:11:00'), bj('2026-12-05 14:12:00')]);
  });

  it('readDividerText reads dividers and separators, not messages', () => {
    expect(readDividerText('昨天')).toEqual({ day: { daysAgo: 1 }, time: null });
    expect(readDividerText('昨天 14:27')).toEqual({ day: { daysAgo: 1 }, time: { hour: 14, minute: 27, second: 0 } });
    expect(readDividerText('14:27')).toEqual({ day: null, time: { hour: 14, minute: 27, second: 0 } });
    expect(readDividerText('请问昨天发货了吗')).toBeNull();
    expect(readDividerText('会话已结束')).toBeNull();
    // A full date stamp is not re-dated by a divider.
    expect(resolveStamp(readStampText('12-5 14:11:00'), now, readDividerText('昨天'))!.ts).toBe(bj('2026-12-05 14:11:00'));
    expect(parseRowStamp('14:11', now)!.ts).toBe(bj('2026-12-05 14:11:00'));
  });

  it('a buyer message of yesterday is overdue by a day and dated yesterday (page time), not today', () => {
    page([['divider', '昨天'], ['0_1_1', 'in', '14:11', '请问这个有货吗']]);
    const tracker = new PageTracker({ site: 'kuaishou' });
    const rows = readRows(document, kuaishou, '小王', now);
    const out = tracker.observeConversation('小王', rows.map(snap), now);
    expect(out.messages.map((m) => [m.ts, m.tsSource])).toEqual([[bj('2026-12-04 14:11:00'), 'page']]);
  });
});

const snap = (r: ReturnType<typeof readRows>[number]): RowSnapshot => ({
  element: r.element,
  id: r.id,
  kind: r.kind,
  stamp: r.stamp ? { ts: r.stamp.ts, localTs: r.stamp.ts, ...(r.stamp.relative ? { relative: r.stamp.relative } : {}), ...(r.stamp.separator ? { separator: true } : {}) } : null,
  text: r.text,
});

describe('finding 2: the same row id redrawn with HH:mm under 昨天 is the same message', () => {
  it('keeps its id (own id), so nothing new is recorded', () => {
    const ids = new RowIdentities();
    const y = '2026-12-04';
    page([['0_b1_100_a', 'in', '12-4 14:22:05', '这个有现货吗'], ['0_b1_101_a', 'out', '12-4 14:29:10', '有的亲']]);
    const first = readRows(document, kuaishou, '小王', now, ids).map((r) => r.id);
    page([['divider', '昨天'], ['0_b1_100_a', 'in', '14:22', '这个有现货吗'], ['0_b1_101_a', 'out', '14:29', '有的亲']]);
    const again = readRows(document, kuaishou, '小王', now, ids);
    expect(again.map((r) => r.id)).toEqual(first);
    expect(first).toEqual(['0_b1_100_a', '0_b1_101_a']);
    expect(again[0]!.stamp?.ts).toBe(bj(`${y} 14:22:00`));
  });

  it('another message under the same window-style id (another time) is still another message', () => {
    const ids = new RowIdentities();
    page([['row-1', 'in', '12-5 14:00:00', 'a']]);
    const [a] = readRows(document, kuaishou, '小王', now, ids);
    page([['row-1', 'in', '12-5 14:10:00', 'b']]);
    const [b] = readRows(document, kuaishou, '小王', now, ids);
    expect(b!.id).not.toBe(a!.id);
  });
});

const rec = (id: string, dir: 'in' | 'out', ts: number, tsSource: 'page' | 'seen', history: boolean): MessageRecord =>
  ({ conv: 'c', id, dir, ts, tsSource, history, source: 'row', site: 'kuaishou', seenAt: now }) as MessageRecord;

describe('finding 3: a buyer message answered by a reply of unknown time is not counted', () => {
  it('history replies printing no time leave their questions undecided', () => {
    const records = [
      rec('q1', 'in', now - 40 * M, 'page', true),
      rec('r1', 'out', now - 1, 'seen', true),
      rec('q2', 'in', now - 20 * M, 'page', true),
      rec('r2', 'out', now, 'seen', true),
    ];
    expect(selectForMetrics(records).map((m) => m.id)).toEqual([]);
  });

  it('a question never answered is still counted (late), one answered live still counted', () => {
    expect(selectForMetrics([rec('q1', 'in', now - 40 * M, 'page', true)]).map((m) => m.id)).toEqual(['q1']);
    expect(selectForMetrics([rec('q1', 'in', now - 40 * M, 'page', true), rec('r1', 'out', now, 'seen', false)]).map((m) => m.id)).toEqual(['q1', 'r1']);
    // A stamped reply first decides it, whatever comes after.
    expect(selectForMetrics([rec('q1', 'in', now - 40 * M, 'page', true), rec('r0', 'out', now - 39 * M, 'page', true), rec('r1', 'out', now, 'seen', true)]).map((m) => m.id)).toEqual(['q1', 'r0']);
  });
});

describe('finding 4: a time separator dates the rows below it that print none', () => {
  it.each<[string, string]>([
    ['14:09', '2026-12-05 14:09:00'],
    ['昨天 14:09', '2026-12-04 14:09:00'],
  ])('「%s」', (sep, expected) => {
    page([['middle', sep], ['0_1_1', 'in', '', '我的订单怎么还没发货']]);
    const rows = readRows(document, kuaishou, '小王', now);
    const buyer = rows.find((r) => r.kind === 'in')!;
    expect(buyer.stamp?.ts).toBe(bj(expected));
    expect(buyer.stamp?.separator).toBe(true);
    const out = new PageTracker({ site: 'kuaishou' }).observeConversation('小王', rows.map(snap), now);
    // History dated by the separator (overdue, not a fresh 5:00), not counted.
    expect(out.messages.map((m) => [m.ts, m.tsSource])).toEqual([[bj(expected), 'seen']]);
  });

  it('a row arriving live below an old separator is dated when it arrives', () => {
    page([['middle', '14:09'], ['0_1_1', 'in', '', 'a']]);
    const tracker = new PageTracker({ site: 'kuaishou', settleMs: 1000 });
    tracker.observeConversation('小王', readRows(document, kuaishou, '小王', now).map(snap), now);
    page([['middle', '14:09'], ['0_1_1', 'in', '', 'a'], ['0_1_2', 'in', '', 'b']]);
    const later = now + 5000;
    const out = tracker.observeConversation('小王', readRows(document, kuaishou, '小王', later).map(snap), later);
    expect(out.messages.map((m) => [m.id, m.ts])).toEqual([['0_1_2', later]]);
  });
});

describe('finding 5: a live row printed a whole number of hours before the PC clock is clock skew', () => {
  const row = (id: string, ts: number): RowSnapshot => ({ id, kind: 'in', stamp: { ts, localTs: ts }, text: 'x' });
  it('dated when seen (5:00 left), not 55 minutes overdue', () => {
    const t = new PageTracker({ site: 'kuaishou', settleMs: 1000 });
    t.observeConversation('c', [], now);
    const later = now + 10_000;
    const out = t.observeConversation('c', [row('a', later - 3600_000 + 37_000)], later);
    expect(out.messages.map((m) => [m.ts, m.tsSource])).toEqual([[later, 'seen']]);
  });
  it('a live row a few minutes old keeps its printed time', () => {
    const t = new PageTracker({ site: 'kuaishou', settleMs: 1000 });
    t.observeConversation('c', [], now);
    const later = now + 10_000;
    const out = t.observeConversation('c', [row('a', later - 3 * M)], later);
    expect(out.messages.map((m) => [m.ts, m.tsSource])).toEqual([[later - 3 * M, 'page']]);
  });
});

describe('finding 8: alerts in the language set', () => {
  const entry: TimerEntry = { conv: '小王', site: 'kuaishou', anchorId: 'a', anchorTs: now - 3 * M, deadline: now + 2 * M, unanswered: 1, counted: true, level: 'urgent', step: 1 };
  it('中文: Chinese only; English: English only; auto: both', () => {
    const zh = alertText(entry, now, 'zh');
    expect(zh.title).toBe('请尽快回复：小王');
    expect(zh.message).toBe('买家已等待 3:00，剩余 2:00。');
    const en = alertText(entry, now, 'en');
    expect(en.title).toBe('Reply soon: 小王');
    expect(en.message).not.toMatch(/[买剩]/);
    expect(alertText(entry, now).title).toBe('请尽快回复：小王 / Reply soon');
    expect(groupAlertText([entry, entry, entry, entry], now, 'zh').message).not.toMatch(/Most urgent/);
    expect(alertText({ ...entry, timeUnknown: true }, now, 'zh').message).not.toMatch(/session list/);
  });
});

describe('finding 6: a 5-minute timer never shows more than 5:00 left', () => {
  it('timerState re-anchors a deadline more than 5:00 ahead at now', async () => {
    const { timerState } = await import('@/background/timer-state');
    const { clockStepBack } = await import('@/background/timers');
    const w = { conv: 'c', site: 'kuaishou', anchorId: 'a', anchorTs: now + 3600_000 - 34_000, deadline: now + 3600_000 + 266_000, countedDeadline: now + 3600_000 + 266_000, unanswered: 1, counted: true };
    const state = timerState([w], [], now);
    expect(state.conversations[0]!.deadline).toBe(now + 5 * M);
    expect(state.nextWakeAt).toBeLessThanOrEqual(now + 5 * M + 1); // round 64: it wakes when the buyer turns late, the deadline + 1 ms
    // The step is found (at least 3600 − 34 s): counted from there, the countdown runs on.
    expect(clockStepBack([w], now)).toBe(3600_000 - 34_000);
    expect(clockStepBack([{ deadline: now + 5 * M + 5000 }], now)).toBe(0);
  });
});
