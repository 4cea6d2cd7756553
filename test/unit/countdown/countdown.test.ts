// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerState } from '@/background/timer-state';
import { formatRemaining, levelAt, startCountdown } from '@/content/countdown/index';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');

describe('formatRemaining', () => {
  it.each<[number, string]>([
    [300_000, '5:00'],
    [299_001, '4:59'],
    [61_000, '1:01'],
    [999, '0:00'],
    [1, '0:00'],
    [0, '0:00'], // at the deadline a reply is still on time (round 64: DESIGN.md's reply-rate contract)
    [-1, '超时 0:00'], // late from the deadline + 1 ms on: the chip is coloured so, and says so (round 63)
    [-1_000, '超时 0:01'],
    [-125_000, '超时 2:05'],
  ])('%d ms → %s', (ms, text) => expect(formatRemaining(ms)).toBe(text));
});

describe('levelAt (the agent’s ladder; past the deadline always breach)', () => {
  const entry = { anchorTs: T0, deadline: T0 + 300_000 };
  it.each<[number, string | null]>([
    [100, null],
    [180, 'warn'],
    [239, 'warn'],
    [240, 'urgent'],
    [300, 'urgent'], // the deadline itself: not late yet (round 64)
    [300.001, 'breach'],
    [900, 'breach'],
  ])('at %d s', (s, level) => expect(levelAt(entry, [180, 240, 300], T0 + Math.round(s * 1000))).toBe(level));
});

describe('startCountdown', () => {
  beforeEach(() => fakeBrowser.reset());

  it('puts a chip with an open shadow root on each waiting card and in the header, and removes it when answered', async () => {
    document.body.replaceChildren();
    const card = (name: string) => {
      const el = document.body.appendChild(document.createElement('div'));
      el.className = 'SessionBaseCard';
      const n = el.appendChild(document.createElement('div'));
      n.className = 'SessionBaseCard-topHeadName';
      n.textContent = name;
      return el;
    };
    const a = card('张三');
    card('李四');
    const title = document.body.appendChild(document.createElement('span'));
    title.className = 'LoginUserInfo-mainTitle-text';
    title.textContent = '张三';
    const state: TimerState = {
      computedAt: T0,
      nextWakeAt: null,
      conversations: [{ conv: '张三', site: 'kuaishou', anchorId: 'm', anchorTs: T0 - 200_000, deadline: T0 + 100_000, unanswered: 1, counted: false, level: 'warn', step: 0 }],
    };
    await waitingItem.setValue(state);
    const controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => T0);
    await new Promise((r) => setTimeout(r, 20));
    countdown.sync();
    const hosts = [...document.querySelectorAll('[data-replyguard="countdown"]')];
    expect(hosts).toHaveLength(2);
    expect(a.contains(hosts[0]!)).toBe(true);
    expect(hosts[1]!.previousElementSibling).toBe(title);
    expect(hosts[0]!.shadowRoot?.querySelector('.chip')?.textContent).toBe('1:40 · 不计入');
    expect((hosts[0] as HTMLElement).dataset.level).toBe('warn');
    // The chip's text lives in its shadow root: the card's own text is untouched.
    expect(a.textContent).toBe('张三');

    await waitingItem.setValue({ ...state, conversations: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelectorAll('[data-replyguard="countdown"]')).toHaveLength(0);
    controller.abort();
  });

  it('two cards named alike: the buyer filed under their id gets a chip on the active card showing the header name, never on the other (round 43, item 5)', async () => {
    document.body.replaceChildren();
    const card = (name: string, active = false) => {
      const el = document.body.appendChild(document.createElement('div'));
      el.className = 'SessionBaseCard' + (active ? ' active' : '');
      const n = el.appendChild(document.createElement('div'));
      n.className = 'SessionBaseCard-topHeadName';
      n.textContent = name;
      return el;
    };
    const first = card('买家小王');
    const second = card('买家小王', true);
    const title = document.body.appendChild(document.createElement('span'));
    title.className = 'LoginUserInfo-mainTitle-text';
    title.textContent = '买家小王';
    const entry = { site: 'kuaishou', buyerName: '买家小王', anchorId: 'm', anchorTs: T0 - 200_000, deadline: T0 + 100_000, unanswered: 1, counted: false, level: 'warn' as const, step: 0 };
    await waitingItem.setValue({ computedAt: T0, nextWakeAt: null, conversations: [{ ...entry, conv: 'id:222' }] });
    let key = 'id:222';
    const controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => T0, () => key);
    await new Promise((r) => setTimeout(r, 20));
    countdown.sync();
    const hostIn = (el: Element) => el.querySelector('[data-replyguard="countdown"]');
    expect(hostIn(second)).not.toBeNull();
    expect(hostIn(first)).toBeNull();
    // The open pane is another buyer (111, not waiting): neither card of that name is guessed for 222.
    key = 'id:111';
    countdown.sync();
    expect(hostIn(second)).toBeNull();
    expect(hostIn(first)).toBeNull();
    // The header shows another name (mid-switch): the active card is not taken for the open buyer.
    key = 'id:222';
    title.textContent = '阿梅';
    countdown.sync();
    expect(hostIn(second)).toBeNull();
    controller.abort();
  });

  it('a buyer of unknown time (已超时 card) shows 可能已超时 in the breach colour, never a time left', async () => {
    document.body.replaceChildren();
    const el = document.body.appendChild(document.createElement('div'));
    el.className = 'SessionBaseCard';
    const n = el.appendChild(document.createElement('div'));
    n.className = 'SessionBaseCard-topHeadName';
    n.textContent = '王五';
    await waitingItem.setValue({
      computedAt: T0,
      nextWakeAt: null,
      conversations: [{ conv: '王五', site: 'kuaishou', anchorId: 'card:1', anchorTs: T0 - 300_000, deadline: T0, unanswered: 1, counted: false, timeUnknown: true, level: 'breach', step: 2 }],
    });
    const controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => T0 - 5_000);
    await new Promise((r) => setTimeout(r, 20));
    countdown.sync();
    const host = document.querySelector<HTMLElement>('[data-replyguard="countdown"]')!;
    expect(host.shadowRoot?.querySelector('.chip')?.textContent).toBe('可能已超时');
    expect(host.dataset.level).toBe('breach');
    expect(host.title).toContain('打开会话可看到准确时间');
    controller.abort();
  });

  it('redraws write only what changed: the same second writes nothing, the next second only the time', async () => {
    document.body.replaceChildren();
    const card = document.body.appendChild(document.createElement('div'));
    card.className = 'SessionBaseCard';
    const name = card.appendChild(document.createElement('div'));
    name.className = 'SessionBaseCard-topHeadName';
    name.textContent = '张三';
    await waitingItem.setValue({
      computedAt: T0,
      nextWakeAt: null,
      conversations: [{ conv: '张三', site: 'kuaishou', anchorId: 'm', anchorTs: T0 - 100_000, deadline: T0 + 200_000, unanswered: 1, counted: true, level: null, step: 0 }],
    });
    let now = T0 + 100;
    const controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => now);
    await new Promise((r) => setTimeout(r, 20));
    countdown.sync();
    const host = document.querySelector<HTMLElement>('[data-replyguard="countdown"]')!;
    const chip = host.shadowRoot!.querySelector('.chip')!;
    expect(chip.textContent).toBe('3:19');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(host, { attributes: true });
    observer.observe(host.shadowRoot!, { attributes: true, childList: true, characterData: true, subtree: true });

    now = T0 + 400; // same second shown
    countdown.sync();
    records.push(...observer.takeRecords());
    expect(records.map((r) => [r.type, r.attributeName, (r.target as Element).className ?? r.target.nodeName])).toEqual([]);

    now = T0 + 1_100;
    countdown.sync();
    records.push(...observer.takeRecords());
    expect(chip.textContent).toBe('3:18');
    // Round 48: and the chip's accessible name, which carries the time (inside the shadow root, not the page's tree).
    expect(records.every((r) => r.type === 'childList' || r.type === 'characterData' || r.attributeName === 'aria-label')).toBe(true);
    expect(records.length).toBeGreaterThan(0);

    now = T0 + 80_000; // past the first step of the ladder (180 s after the message): the colour and level change
    records.length = 0;
    countdown.sync();
    records.push(...observer.takeRecords());
    expect(chip.className).toBe('chip warn');
    expect(host.dataset.level).toBe('warn');
    expect(records.filter((r) => r.type === 'attributes' && r.attributeName !== 'aria-label').map((r) => r.attributeName).sort()).toEqual(['class', 'data-level']);
    observer.disconnect();
    controller.abort();
  });
});
