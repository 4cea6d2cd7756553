// @vitest-environment happy-dom
// Round 58 (popup58): the popup's waiting list with hundreds of buyers. Each second only the countdowns change, in
// place; a row is drawn again only when it changed; labels are found in one pass, not n².
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { TimerEntry } from '@/background/timer-state';
import { WaitingList } from '@/components/popup/WaitingList';
import { keepUnchanged, rowClock, waitingRows } from '@/components/popup/waiting-rows';
import { buyerLabel, shopKey, twinKey } from '@/utils/buyer-key';
import { translator } from '@/utils/i18n';
import { waitingItem } from '@/utils/waiting';
import { waitingListDom } from '../../support/waiting-list-dom';

const t = translator('zh');
const T0 = Date.UTC(2026, 11, 6, 4, 0, 0);

function entry(conv: string, deadline: number, extra: Partial<TimerEntry> = {}): TimerEntry {
  return { conv, site: 'kuaishou', buyerName: conv, anchorId: `a-${conv}`, anchorTs: deadline - 300_000, deadline, unanswered: 1, counted: true, level: null, ...extra } as TimerEntry;
}

describe('rowClock: the part of a row that changes with the clock', () => {
  it('counts down, turns warn / urgent, then 超时; an unknown time is 可能已超时', () => {
    const row = { deadline: T0 + 200_000, timeUnknown: false };
    expect(rowClock(row, T0, t)).toEqual({ status: '剩 3:20', coarse: expect.stringContaining('4'), level: 'ok' });
    expect(rowClock(row, T0 + 90_000, t).level).toBe('warn');
    expect(rowClock(row, T0 + 150_000, t).level).toBe('urgent');
    const over = rowClock(row, T0 + 205_000, t);
    expect(over.level).toBe('breach');
    expect(over.status).toContain('超时');
    expect(rowClock({ ...row, timeUnknown: true }, T0, t).status).toBe(t('waitingMaybeOver'));
    // Round 49: never more than 5:00 left.
    expect(rowClock({ deadline: T0 + 900_000, timeUnknown: false }, T0, t).status).toBe('剩 5:00');
  });
});

describe('waitingRows / keepUnchanged', () => {
  it('labels twins as buyerLabel over the whole list did (one pass instead of n²), with shops when several', () => {
    const entries = [
      entry('小王', T0 + 1000),
      entry(twinKey('小王', 2), T0 + 2000, { buyerName: '小王' }),
      entry('小李', T0 + 3000),
      entry(shopKey('name:甲店', '小张'), T0 + 4000, { buyerName: '小张', shop: '甲店' }),
      entry(shopKey('name:乙店', '小张'), T0 + 5000, { buyerName: '小张', shop: '乙店' }),
    ];
    const rows = waitingRows(entries, t);
    expect(rows.slice(0, 3).map((r) => r.buyer)).toEqual(entries.slice(0, 3).map((e) => buyerLabel(e.buyerName, e.conv, entries)));
    expect(rows.slice(0, 3).map((r) => r.buyer)).toEqual(['小王（1）', '小王（2）', '小李']);
    expect(rows[3]!.shopPart).toContain('甲店');
    expect(rows[4]!.shopPart).toContain('乙店');
    expect(rows.map((r) => r.conv)).toEqual(entries.map((e) => e.conv)); // the order kept: the soonest first
  });

  it('keeps the previous object of a row that did not change, a new one for a row that did', () => {
    const before = waitingRows([entry('甲', T0 + 1000), entry('乙', T0 + 2000)], t);
    const after = keepUnchanged(before, waitingRows([entry('甲', T0 + 1000), entry('乙', T0 + 2000, { unanswered: 2 }), entry('丙', T0 + 3000)], t));
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.unanswered).toBe(2);
    expect(after.map((r) => r.conv)).toEqual(['甲', '乙', '丙']);
  });
});

describe('WaitingList in the DOM', () => {
  const dom = waitingListDom(T0);
  const { settle, drawn } = dom;

  it('each second writes only the countdowns, into the same text nodes: no row is drawn again (no name cut again)', async () => {
    const n = 200;
    // Deadlines 2 s apart from 3 s on: within the seconds below some pass.
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 3000, conversations: Array.from({ length: n }, (_, i) => entry(`买家${i}号（很长的名字用来切中间）`, T0 + 3000 + i * 2000)) });
    render(<WaitingList />, dom.root);
    const rows = await drawn(n);
    const countdownNode = rows[0]!.querySelector('.countdown')!.firstChild;
    const nameNode = rows[0]!.querySelector('.name')!.firstChild;
    expect(rows[0]!.querySelector('.countdown')!.textContent).toBe('剩 0:03');
    // A redraw of a row cuts its name again (splitTail → Intl.Segmenter): none may happen on a tick.
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    await vi.advanceTimersByTimeAsync(1000);
    expect(rows[0]!.querySelector('.countdown')!.textContent).toBe('剩 0:02');
    expect(rows[0]!.querySelector('.countdown')!.firstChild).toBe(countdownNode);
    await vi.advanceTimersByTimeAsync(3000);
    expect(segment).not.toHaveBeenCalled();
    // The first deadline passed: 超时, the breach colour, and the spoken status says so too.
    expect(rows[0]!.querySelector('.countdown')!.textContent).toContain('超时');
    expect(rows[0]!.className).toBe('waiting-row level-breach');
    expect(rows[0]!.querySelector('.sr-only')!.textContent).toBe(`${t('waitingOverCoarse')}，${t('waitingCount', { n: 1 })}`);
    expect(rows[1]!.querySelector('.countdown')!.textContent).toBe('剩 0:01');
    expect(rows[n - 1]!.querySelector('.countdown')!.textContent).toBe('剩 5:00');
    expect(rows[0]!.querySelector('.name')!.firstChild).toBe(nameNode);
    expect(await drawn(n)).toEqual(rows); // the same buttons, in the same order
  });

  it('a list change draws only the row that changed and a new row; the others and their countdowns stay right', async () => {
    const name = (who: string) => `${who}的很长很长的买家昵称需要从中间切开`;
    const list = [entry(name('甲'), T0 + 10_000), entry(name('乙'), T0 + 20_000), entry(name('丙'), T0 + 30_000)];
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 10_000, conversations: list });
    render(<WaitingList />, dom.root);
    await drawn(3);
    await vi.advanceTimersByTimeAsync(2000);
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment');
    // 乙 got a second message; 丁 starts waiting (last). The worker writes the whole list again.
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 10_000, conversations: [{ ...list[0]! }, { ...list[1]!, unanswered: 2 }, { ...list[2]! }, entry(name('丁'), T0 + 40_000)] });
    const rows = await drawn(4);
    // Only 乙's and 丁's names were cut again (a row drawn again cuts its name): 甲's and 丙's rows were left alone.
    const cut = new Set(segment.mock.calls.map(([text]) => text).filter((text) => text.length > 1));
    expect(cut).toEqual(new Set([name('乙'), name('丁')]));
    expect(rows.map((r) => r.querySelector('.meta')!.textContent)).toEqual([t('waitingCount', { n: 1 }), t('waitingCount', { n: 2 }), t('waitingCount', { n: 1 }), t('waitingCount', { n: 1 })]);
    expect(rows.map((r) => r.querySelector('.countdown')!.textContent)).toEqual(['剩 0:08', '剩 0:18', '剩 0:28', '剩 0:38']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rows.map((r) => r.querySelector('.countdown')!.textContent)).toEqual(['剩 0:07', '剩 0:17', '剩 0:27', '剩 0:37']);
  });

  it('the countdowns still tick while the worker rewrites the list every 0.5 s (many buyers passing alert steps)', async () => {
    const list = [entry('甲', T0 + 10_000), entry('乙', T0 + 20_000)];
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 500, conversations: list });
    render(<WaitingList />, dom.root);
    const rows = await drawn(2);
    for (let i = 1; i <= 6; i++) {
      await vi.advanceTimersByTimeAsync(500);
      await waitingItem.setValue({ computedAt: T0 + i * 500, nextWakeAt: T0 + i * 500 + 500, conversations: list.map((e) => ({ ...e, level: i % 2 ? 'warn' : null })) });
    }
    await drawn(2);
    expect(rows.map((r) => r.querySelector('.countdown')!.textContent)).toEqual(['剩 0:07', '剩 0:17']);
  });

  it('keeps one Tab stop and moves it with ↓ / End among hundreds of rows', async () => {
    const n = 300;
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 3000, conversations: Array.from({ length: n }, (_, i) => entry(`买家${i}`, T0 + 3000 + i * 1000)) });
    render(<WaitingList />, dom.root);
    const rows = await drawn(n);
    expect(rows.filter((r) => r.tabIndex === 0)).toEqual([rows[0]]);
    rows[0]!.focus();
    rows[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await settle(() => rows[1]!.tabIndex === 0);
    expect(rows[1]!.tabIndex).toBe(0);
    expect(document.activeElement).toBe(rows[1]);
    rows[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await settle(() => rows[n - 1]!.tabIndex === 0);
    expect(rows[n - 1]!.tabIndex).toBe(0);
    expect(document.activeElement).toBe(rows[n - 1]);
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });
});
