// @vitest-environment happy-dom
// Round 68 (timers68 item 2): a waiting row is a button whose aria-label (「打开与 {name} 的会话」) replaces its content,
// so its second line (「2 条未回 · 不计入（0–8 点） · 回复可能已撤回」) was never heard: only the time, and round 67's note
// glued to it, were in the description. Now the description is the time, then each note the line shows, each once.
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { TimerEntry } from '@/background/timer-state';
import { WaitingList } from '@/components/popup/WaitingList';
import { rowClock, rowDescription, waitingRows } from '@/components/popup/waiting-rows';
import { translator } from '@/utils/i18n';
import { waitingItem } from '@/utils/waiting';
import { waitingListDom } from '../../support/waiting-list-dom';

const zh = translator('zh');
const en = translator('en');
const T0 = Date.UTC(2026, 11, 6, 4, 0, 0);
const entry = (conv: string, deadline: number, extra: Partial<TimerEntry> = {}): TimerEntry =>
  ({ conv, site: 'kuaishou', buyerName: conv, anchorId: `a-${conv}`, anchorTs: deadline - 300_000, deadline, unanswered: 1, counted: true, level: null, ...extra }) as TimerEntry;

describe('a waiting row’s spoken description', () => {
  const dom = waitingListDom(T0);
  /** The accessible description as aria-describedby resolves it: the referenced elements' text, space-joined. */
  const description = (row: HTMLElement) =>
    row
      .getAttribute('aria-describedby')!
      .split(/\s+/)
      .map((id) => dom.root.querySelector(`[id="${CSS.escape(id)}"]`)?.textContent ?? '(missing)')
      .join(' ');
  /** What the eye sees on the row's second line, each note (the visible line minus its separators). */
  const seen = (row: HTMLElement) => row.querySelector('.meta')!.textContent!.split(' · ');

  it('says the time, then every note of the second line, each once', async () => {
    await waitingItem.setValue({
      computedAt: T0,
      nextWakeAt: T0 + 200_000,
      conversations: [
        entry('小王', T0 + 200_000, { unanswered: 2, counted: false, replyMaybeRecalled: true }),
        entry('阿杰', T0 + 250_000, { unanswered: 3 }),
      ],
    });
    render(<WaitingList />, dom.root);
    const [recalled, plain] = await dom.drawn(2);
    expect(seen(recalled!)).toEqual(['2 条未回', '不计入（0–8 点）', '回复可能已撤回']);
    // Before: 「剩不到 4 分钟，回复可能已撤回」 (2 条未回 and 不计入 unheard) and 「剩不到 5 分钟」.
    expect(description(recalled!)).toBe('剩不到 4 分钟，2 条未回，不计入（0–8 点），回复可能已撤回');
    expect(description(plain!)).toBe('剩不到 5 分钟，3 条未回');
    for (const row of [recalled!, plain!]) {
      const heard = `${row.getAttribute('aria-label')} ${description(row)}`;
      for (const note of seen(row)) expect(heard.split(note).length - 1, note).toBe(1);
    }
    // The name read on focus is unchanged (the buyer), and the visible line is not read a second time from the content.
    expect(recalled!.getAttribute('aria-label')).toBe('打开与 小王 的会话');
    expect(recalled!.querySelector('.meta')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('keeps the notes as the time changes (each tick writes the whole description)', async () => {
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: T0 + 3000, conversations: [entry('小王', T0 + 3000, { unanswered: 2, replyMaybeRecalled: true })] });
    render(<WaitingList />, dom.root);
    const [row] = await dom.drawn(1);
    expect(description(row!)).toBe('剩不到 1 分钟，2 条未回，回复可能已撤回');
    await vi.advanceTimersByTimeAsync(5000);
    expect(row!.querySelector('.countdown')!.textContent).toContain('超时');
    expect(description(row!)).toBe('已超时，2 条未回，回复可能已撤回');
  });

  it('a buyer of unknown time: 可能已超时 and the count (不计入 and the recall note are not shown, so not said)', async () => {
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: null, conversations: [entry('老张', T0, { timeUnknown: true, counted: false, replyMaybeRecalled: true })] });
    render(<WaitingList />, dom.root);
    const [row] = await dom.drawn(1);
    expect(seen(row!)).toEqual(['1 条未回']);
    expect(description(row!)).toBe('可能已超时，1 条未回');
  });

  it('in English, with English separators', () => {
    const [row] = waitingRows([entry('Amy', T0 + 200_000, { unanswered: 2, counted: false, replyMaybeRecalled: true })], en);
    expect(rowDescription(row!, rowClock(row!, T0, en), en)).toBe('under 4 min left, 2 unanswered, Not counted (0–8 am), your reply may have been recalled');
    const [zhRow] = waitingRows([entry('Amy', T0 + 200_000)], zh);
    expect(rowDescription(zhRow!, rowClock(zhRow!, T0, zh), zh)).toBe('剩不到 4 分钟，1 条未回');
  });
});
