// @vitest-environment happy-dom
// Round 48 (blind timers red team, finding 1): a buyer's nickname holding a time (「阿杰08:00」, 「Amy9:30」, 「5分钟前」,
// 「10-1 09:00」) must never date a row that prints no time of its own.
import { describe, expect, it } from 'vitest';
import { readRows } from '@/content/watcher/rows';
import { kuaishou } from '@/sites/kuaishou';

const bj = (wall: string) => Date.parse(wall.replace(' ', 'T') + '+08:00');
const now = bj('2026-12-05 10:00:00');
const W = 'kwaishop-cs-LayoutDefaultWrapper';

function page(buyer: string, before: (el: HTMLElement) => void): void {
  document.body.replaceChildren();
  const title = document.body.appendChild(document.createElement('div'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = buyer;
  const list = document.body.appendChild(document.createElement('div'));
  list.className = 'ChatMessageList';
  const row = list.appendChild(document.createElement('div'));
  row.id = '0_3001_1';
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = `${W}_lrWrapper ${W}__notMe`;
  const head = wrap.appendChild(document.createElement('div'));
  head.className = `${W}_beforeMsgBody`;
  before(head);
  const body = wrap.appendChild(document.createElement('div'));
  body.className = `${W}_msgBody`;
  body.textContent = '这个有货吗';
}

function spans(name: string, time: string) {
  return (head: HTMLElement) => {
    const n = head.appendChild(document.createElement('span'));
    n.className = `${W}_nickName`;
    n.textContent = name;
    const t = head.appendChild(document.createElement('span'));
    t.className = `${W}_time`;
    t.textContent = time;
  };
}

const NAMES = ['阿杰08:00', 'Amy9:30', '小王 12:30', '5分钟前', '10-1 09:00', '刚刚', '12-5 09:59:00'];

describe('a nickname is not a time (round 48)', () => {
  it.each(NAMES)('name and time elements, no time printed: %s → no stamp', (name) => {
    page(name, spans(name, ''));
    const [row] = readRows(document, kuaishou, name, now);
    expect(row!.kind).toBe('in');
    expect(row!.stamp).toBeNull();
    expect(row!.stampUnread).toBeFalsy();
  });

  it.each(NAMES)('one plain header holding only the name: %s → no stamp', (name) => {
    page(name, (head) => (head.textContent = name));
    expect(readRows(document, kuaishou, name, now)[0]!.stamp).toBeNull();
  });

  it.each(NAMES)('a printed stamp after the name still dates the row: %s', (name) => {
    page(name, spans(name, '12-5 09:58:30'));
    expect(readRows(document, kuaishou, name, now)[0]!.stamp?.ts).toBe(bj('2026-12-05 09:58:30'));
    page(name, (head) => (head.textContent = name + '12-5 09:58:30'));
    expect(readRows(document, kuaishou, name, now)[0]!.stamp?.ts).toBe(bj('2026-12-05 09:58:30'));
  });

  // Second pass (rt48b-timers e-timeel t5/t2): a wrapper whose class names both (…_nameTime) holding the name and the time is not a
  // name element — its time still dates the row, the buyer's name in front is dropped.
  it.each(['小美', '阿杰08:00'])('a name-and-time wrapper (…_nameTime) still dates the row: %s', (name) => {
    page(name, (head) => {
      const w = head.appendChild(document.createElement('div'));
      w.className = `${W}_nameTime`;
      const n = w.appendChild(document.createElement('span'));
      n.textContent = name;
      w.appendChild(document.createTextNode(' '));
      const t = w.appendChild(document.createElement('span'));
      t.textContent = '12-5 09:50:00';
    });
    expect(readRows(document, kuaishou, name, now)[0]!.stamp?.ts).toBe(bj('2026-12-05 09:50:00'));
  });

  it('a name ending in a digit no longer reads as a two-digit month', () => {
    page('小王1', (head) => (head.textContent = '小王1' + '2-5 09:58:30'));
    expect(readRows(document, kuaishou, '小王1', now)[0]!.stamp?.ts).toBe(bj('2026-02-05 09:58:30'));
  });
});
