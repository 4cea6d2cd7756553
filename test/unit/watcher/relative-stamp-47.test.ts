// @vitest-environment node
// Round 47: rows printed with a relative time (「刚刚」, 「3分钟前」, 「10分钟前」, 「1小时前」) are dated by the label's early
// end, not by the moment the extension first saw them; an unreadable label on a row already on screen is 可能已超时.
import { describe, expect, it } from 'vitest';
import { parseRowStamp, unreadableTimeLabel } from '@/content/watcher/stamp';
import { PageTracker, type RowSnapshot } from '@/content/watcher/tracker';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const NOW = bj('2024-05-01 10:00:00') + 420;
const S = 1000;
const M = 60 * S;

describe('relative labels (round 47)', () => {
  it.each<[string, number]>([
    ['小吴刚刚', NOW - M],
    ['小吴 3分钟前', NOW - 4 * M],
    ['小吴10分钟前', NOW - 11 * M],
    ['小吴 1小时前', NOW - 2 * 3600 * S],
    ['小吴 30秒前', NOW - 31 * S],
    ['小吴 半小时前', NOW - 31 * M],
  ])('%s is dated at the early end of what it allows', (text, expected) => {
    const s = parseRowStamp(text, NOW)!;
    expect(s.ts).toBe(Math.floor(expected / 1000) * 1000);
    expect(s.text).toBe('');
    expect(s.relative).toBeTruthy();
  });

  it('the deadline from 「N分钟前」 is never later than the true one, whichever second in the minute it was sent', () => {
    for (const agoSec of [180, 200, 239]) {
      const sent = NOW - agoSec * S;
      const label = `${Math.floor(agoSec / 60)}分钟前`;
      expect(parseRowStamp('小吴 ' + label, NOW)!.ts).toBeLessThanOrEqual(sent);
      expect(sent - parseRowStamp('小吴 ' + label, NOW)!.ts).toBeLessThanOrEqual(61 * S); // the early end, floored to a whole second
    }
  });

  it('unreadable relative-looking labels are told apart from rows with no time', () => {
    expect(unreadableTimeLabel('小吴 几分钟前')).toBe(true);
    expect(unreadableTimeLabel('小吴 不久前')).toBe(true);
    expect(unreadableTimeLabel('小吴 3分钟前')).toBe(false);
    expect(unreadableTimeLabel('小吴')).toBe(false);
    expect(unreadableTimeLabel('小吴 09:58')).toBe(false);
  });

  const rel = (id: string, kind: 'in' | 'out', label: string, now = NOW): RowSnapshot => {
    const s = parseRowStamp('小吴 ' + label, now)!;
    return { id, kind, stamp: { ts: s.ts, localTs: s.ts, relative: s.relative! }, text: id };
  };

  it('history rows take the label time as seen (timers, not the rate); 「10分钟前」 is overdue at once', () => {
    const t = new PageTracker({ site: 'k' });
    const out = t.observeConversation('小吴', [rel('b1', 'in', '10分钟前')], NOW);
    expect(out.messages).toHaveLength(1);
    const [m] = out.messages;
    expect(m!.ts).toBe(Math.floor((NOW - 11 * M) / 1000) * 1000);
    expect(m!.tsSource).toBe('seen');
    expect(m!.history).toBe(true);
  });

  it('a reply labelled like the question still answers it (page order within one label)', () => {
    const t = new PageTracker({ site: 'k' });
    const out = t.observeConversation('小吴', [rel('b1', 'in', '3分钟前'), rel('a1', 'out', '3分钟前')], NOW);
    const [b, a] = out.messages;
    expect(a!.ts).toBeGreaterThan(b!.ts);
  });

  it('a live row labelled 「刚刚」 is dated when it showed up; re-rendered labels make no new message', () => {
    const t = new PageTracker({ site: 'k' });
    t.observeConversation('小吴', [], NOW);
    const live = t.observeConversation('小吴', [rel('b1', 'in', '刚刚', NOW + 5 * S)], NOW + 5 * S);
    expect(live.messages.map((m) => [m.ts, m.tsSource, m.history])).toEqual([[NOW + 5 * S, 'seen', false]]);
    expect(t.observeConversation('小吴', [rel('b1', 'in', '1分钟前', NOW + 65 * S)], NOW + 65 * S).messages).toEqual([]);
  });

  it('a buyer row on screen at open with an unreadable label is due now and of unknown time (可能已超时), not a fresh 5:00', () => {
    const t = new PageTracker({ site: 'k' });
    const out = t.observeConversation('小吴', [{ id: 'b1', kind: 'in', stamp: null, stampUnread: true, text: 'x' }], NOW);
    expect(out.messages.map((m) => [m.ts, m.timeUnknown, m.tsSource])).toEqual([[Math.floor((NOW - 5 * M) / 1000) * 1000, true, 'seen']]);
    // A row without any label keeps today's behaviour (first seen).
    const t2 = new PageTracker({ site: 'k' });
    expect(t2.observeConversation('小吴', [{ id: 'b1', kind: 'in', stamp: null, text: 'x' }], NOW).messages[0]!.timeUnknown).toBeUndefined();
  });
});
