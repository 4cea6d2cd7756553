// @vitest-environment happy-dom
// Round 59 (ux59): a waiting row's screen-reader description was tied to it by its place in the list
// (aria-describedby="waiting-status-<index>"), so a buyer who started waiting at the top moved every row below one
// place down and each was drawn again for its new id. It is tied by the buyer's key now: an insertion draws one row.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { TimerEntry } from '@/background/timer-state';
import { WaitingList } from '@/components/popup/WaitingList';
import { translator } from '@/utils/i18n';
import { waitingItem } from '@/utils/waiting';
import { waitingListDom } from '../../support/waiting-list-dom';

const t = translator('zh');
const T0 = Date.UTC(2026, 11, 6, 4, 0, 0);
const entry = (conv: string, deadline: number): TimerEntry =>
  ({ conv, site: 'kuaishou', buyerName: conv, anchorId: `a-${conv}`, anchorTs: deadline - 300_000, deadline, unanswered: 1, counted: true, level: null }) as TimerEntry;
// Long names: a row drawn (again) cuts its name in the middle (splitTail → Intl.Segmenter.segment), once per draw.
const name = (who: string) => `${who}的很长很长的买家昵称需要从中间切开`;

describe('popup 59: a waiting row is described by its buyer, not its place', () => {
  const dom = waitingListDom(T0);
  const { settle, drawn } = dom;
  const description = (row: HTMLElement) => {
    const ids = row.getAttribute('aria-describedby')!.split(' ');
    return ids.map((id) => dom.root.querySelector(`[id="${CSS.escape(id)}"]`)?.textContent ?? '(missing)').join(' ');
  };

  it('a buyer inserted at the top of 50 draws one row (was all 51); every row keeps its own description', async () => {
    const list = Array.from({ length: 50 }, (_, i) => entry(name(`买家${i}`), T0 + 10_000 + i * 5_000));
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 10_000, conversations: list });
    render(<WaitingList />, dom.root);
    const before = await drawn(50);
    // The agent moved the Tab stop to row 3 (the Tab stop is otherwise the most urgent row: the new top one).
    before[3]!.focus();
    await settle(() => before[3]!.tabIndex === 0);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 5_000, conversations: [entry(name('新买家'), T0 + 5_000), ...list] });
    const rows = await drawn(51);
    const cut = segment.mock.calls.map(([text]) => text).filter((text) => text.length > 1);
    expect(cut).toEqual([name('新买家')]);
    expect(rows.slice(1)).toEqual(before); // the same buttons
    // Each row is described by its own countdown (the new one by its 1 min, the last, 4:15 away, by 5), then its notes (round 68).
    const said = (n: number) => `${t('waitingLeftCoarse', { n })}，${t('waitingCount', { n: 1 })}`;
    expect(description(rows[0]!)).toBe(said(1));
    expect(description(rows[1]!)).toBe(said(1));
    expect(description(rows[50]!)).toBe(said(5));
    const ids = rows.map((r) => r.getAttribute('aria-describedby'));
    expect(new Set(ids).size).toBe(51);
  });

  it('keys that are not plain names (spaces, quotes, a shop prefix) still give one valid id each', async () => {
    const odd = ['小 王', 'shop:name:甲店\u0000小"王', 'id:111', '小\t王'];
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 60_000, conversations: odd.map((c, i) => entry(c, T0 + 30_000 + i * 60_000)) });
    render(<WaitingList />, dom.root);
    const rows = await drawn(odd.length);
    for (const [i, row] of rows.entries()) {
      const id = row.getAttribute('aria-describedby')!;
      expect(id).not.toMatch(/\s/); // aria-describedby is a list of ids split at white space
      expect(description(row)).toBe(`${t('waitingLeftCoarse', { n: i + 1 })}，${t('waitingCount', { n: 1 })}`);
    }
  });
});
