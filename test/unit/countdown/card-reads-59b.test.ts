// @vitest-environment happy-dom
// Round 59 (timers59b): the workbench rewrites every session card's 「X分Y秒后超时」 each second. Each such tick made the
// countdown read all the cards again 50 ms later (on top of its read each second), though no chip moves: with 500
// cards, a second read of 500 cards a second. Counted here: the card-list reads a tick of the page's own countdowns
// causes (none), and that a card renamed or added still gets its chip at once (read again).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startCountdown } from '@/content/countdown/index';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';
import { sessionCard, waitingFor } from '../../support/session-card';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const CARD = kuaishou.sessions!.card;

const card = sessionCard;

const waiting = (...names: string[]) => waitingFor(T0, ...names);

// The countdown's timers on a fake clock: past the observer's 50 ms, well before the 1-s read, however slow the machine
// (on real timers a loaded machine let the 1-s read come inside the wait and counted it as a read caused by the page).
const settle = () => vi.advanceTimersByTimeAsync(150);

describe('countdown: card reads caused by the page’s own per-second countdowns (round 59, timers59b)', () => {
  let controller: AbortController;
  let cardReads: () => number;
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    for (let i = 0; i < 20; i++) card(`买家${i}`, `2分${10 + i}秒后超时`);
    await waitingItem.setValue(waiting(...Array.from({ length: 20 }, (_, i) => `买家${i}`), '新买家'));
    controller = new AbortController();
    // Only the timers: the mutation observer's records still come in microtasks, storage in promises.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    startCountdown(kuaishou, controller.signal, () => T0);
    await vi.advanceTimersByTimeAsync(30);
    const spy = vi.spyOn(document, 'querySelectorAll');
    cardReads = () => spy.mock.calls.filter(([selector]) => selector === CARD).length;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('every card’s 「X分Y秒后超时」 and last message rewritten: the cards are not read again (chips stay where they are)', async () => {
    expect(document.querySelectorAll('.SessionBaseCard [data-replyguard="countdown"]')).toHaveLength(20);
    for (const el of document.querySelectorAll('.SessionBaseCard-topHeadTime')) el.textContent = el.textContent!.replace(/\d+秒/, (s) => `${parseInt(s) - 1}秒`);
    for (const el of document.querySelectorAll('.SessionBaseCard-lastMessage')) el.textContent = '还在吗';
    await settle();
    expect(cardReads()).toBe(0);
    expect(document.querySelectorAll('.SessionBaseCard [data-replyguard="countdown"]')).toHaveLength(20);
  });

  it('a card renamed (a recycled card element), or a card added: read again at once, the chip follows the buyer', async () => {
    const first = document.querySelector('.SessionBaseCard')!;
    first.querySelector('.SessionBaseCard-topHeadName')!.textContent = '不等的买家';
    await settle();
    expect(cardReads()).toBeGreaterThan(0);
    expect(first.querySelector('[data-replyguard="countdown"]')).toBeNull();
    const added = card('新买家', '2分59秒后超时');
    await settle();
    expect(added.querySelector('[data-replyguard="countdown"]')).not.toBeNull();
  });
});
