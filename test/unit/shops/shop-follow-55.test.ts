// @vitest-environment happy-dom
// Round 55 (timers55; rt54 F3): header first, list later. In the seconds between B's name and B's list, A's list and
// A's open chat are still on screen; what the page held for A's buyers then (an answer to A's 阿杰, a question of his)
// went under B. The follower now names the shop before and the buyers its cards showed that B's list does not
// (keptBefore); content/start.ts files what was held for them under A (content/watcher/refile.ts splitKept).
import { describe, expect, it } from 'vitest';
import { followShop } from '../../support/shop-follower-clock';
import { splitKept } from '@/content/watcher/refile';
import type { ChatEvent, RatingEvent } from '@/utils/messages';

const A_LIST = ['card:小王:a', 'card:阿杰:a', 'card:阿强:a', 'card:小李:a', 'row:a1', 'row:a2'];
const B_LIST = ['card:小王:b', 'card:阿美:b', 'card:大雄:b', 'row:b1', 'row:b2'];

describe('rt54 F3: header first, list later', () => {
  for (const gap of [2000, 4000, 8000]) {
    it(`B's list ${gap / 1000} s after its name: A's buyers not on B's list are kept for A`, () => {
      const f = followShop(A_LIST);
      f.show('日本直邮馆-大阪店');
      f.until(10_500);
      f.list(['card:小王:a', 'card:阿杰:a2', 'card:阿强:a', 'card:小李:a', 'row:a1', 'row:a2', 'row:a3']); // 阿杰 answered in the gap
      f.until(10_000 + gap);
      f.list(B_LIST);
      expect(f.until(10_000 + gap + 3000)).toBe(true);
      expect(f.follower.shop?.ref).toBe('name:日本直邮馆-大阪店');
      expect(f.follower.keptBefore?.shop.ref).toBe('name:日本直邮馆');
      // 小王 is on B's list too (the same user buys in both shops): what was held for him stays B's.
      expect([...(f.follower.keptBefore?.buyers ?? [])].sort()).toEqual(['小李', '阿强', '阿杰'].sort());
      expect(f.follower.refileSince).toBeNull();
    });
  }

  it('the name and the list together (or the list first): nothing kept for A', () => {
    const f = followShop(A_LIST);
    f.show('日本直邮馆-大阪店');
    f.list(B_LIST);
    expect(f.until(15_000)).toBe(true);
    expect(f.follower.keptBefore).toBeNull();
    const g = followShop(A_LIST);
    g.list(B_LIST);
    g.until(12_000);
    g.show('日本直邮馆-大阪店');
    expect(g.until(20_000)).toBe(true);
    expect(g.follower.keptBefore).toBeNull();
    expect(g.follower.refileSince).not.toBeNull();
  });

  it('a later switch forgets the earlier one’s kept buyers', () => {
    const f = followShop(A_LIST);
    f.show('日本直邮馆-大阪店');
    f.until(13_000);
    f.list(B_LIST);
    expect(f.until(16_000)).toBe(true);
    expect(f.follower.keptBefore).not.toBeNull();
    f.until(30_000);
    f.show('东京馆');
    f.list(['card:阿美:c', 'card:大介:c', 'card:健太:c']);
    expect(f.until(34_000)).toBe(true);
    expect(f.follower.keptBefore).toBeNull();
  });
});

const msg = (conv: string, id: string): ChatEvent => ({ site: 'kuaishou', conv, id, dir: 'in', ts: 1, tsSource: 'page', history: false });
const rating = (conv: string): RatingEvent => ({ site: 'kuaishou', conv, at: 1, rating: 'satisfied', source: 'page', id: `r-${conv}` });

describe('splitKept', () => {
  it('events of the kept buyers go to A; the rest (B’s, and a buyer on both lists) to B; nothing lost', () => {
    const held = { messages: [msg('阿杰', 'm8'), msg('小王', 'b1'), msg('阿美', 'b2'), msg('阿杰', 'm9')], ratings: [rating('阿强'), rating('大雄')] };
    const { kept, rest } = splitKept(held, new Set(['阿杰', '阿强', '小李']));
    expect(kept.messages.map((e) => e.id)).toEqual(['m8', 'm9']);
    expect(kept.ratings.map((e) => e.conv)).toEqual(['阿强']);
    expect(rest?.messages.map((e) => e.id)).toEqual(['b1', 'b2']);
    expect(rest?.ratings.map((e) => e.conv)).toEqual(['大雄']);
    // A chat's rows keyed by buyer id carry the header's nickname: the card's buyer.
    const byId = splitKept({ messages: [{ ...msg('id:7302', 'm10'), buyerName: ' 阿杰 ' }, { ...msg('id:7402', 'b3'), buyerName: '阿美' }], ratings: [] }, new Set(['阿杰']));
    expect([byId.kept.messages.map((e) => e.id), byId.rest?.messages.map((e) => e.id)]).toEqual([['m10'], ['b3']]);
    expect(splitKept(undefined, new Set(['阿杰']))).toEqual({ kept: { messages: [], ratings: [] }, rest: undefined });
  });
});

// Item 4 (rt54 notes, timers54b's left): a list's natural turnover (buyers answered and gone, new ones writing) within the
// 20 s look-back. Without a name change it is never a switch and nothing is re-filed, whatever the turnover.
describe('turnover without a name change never switches or re-files', () => {
  it.each<[string, string[]]>([
    ['half the cards replaced', ['card:小王:a', 'card:阿杰:a', 'card:新客1:a', 'card:新客2:a', 'row:a1', 'row:a2']],
    ['all cards replaced, a new open chat', ['card:新客1:a', 'card:新客2:a', 'card:新客3:a', 'row:c1']],
    ['one new buyer on top, two gone', ['card:新客1:a', 'card:小王:a', 'card:阿杰:a', 'row:a1', 'row:a2']],
    ['the list emptied', []],
  ])('%s', (_name, next) => {
    const f = followShop(A_LIST);
    f.list(next);
    expect(f.until(40_000)).toBe(false);
    expect(f.follower.shop?.ref).toBe('name:日本直邮馆');
    expect([f.follower.refileSince, f.follower.keptBefore]).toEqual([null, null]);
    expect(f.follower.settled()).toBe(true);
  });
});
