// @vitest-environment happy-dom
// rt51 F3: after a reload of the extension, the old copy's countdown chips stayed on the page, frozen beside the new
// copy's live ones. The old copy's teardown stopped at unwatch(), which throws once its extension is gone, before it
// removed its chips; and the new copy left any chip it did not draw. Now the chips go first, and the live copy removes
// the chips of any other copy (one that could not run its teardown at all), never the page's own nodes.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TimerState } from '@/background/timer-state';
import { COUNTDOWN_PART, removeForeignChips, startCountdown } from '@/content/countdown/index';
import { createShadowHost } from '@/content/shadow-host';
import { kuaishou } from '@/sites/kuaishou';
import { waitingItem } from '@/utils/waiting';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
const settle = () => new Promise((r) => setTimeout(r, 20));

/** The session list with 张三 (open, in the header) and 李四, both waiting. */
async function workbench(): Promise<{ cards: HTMLElement[]; title: HTMLElement }> {
  document.body.replaceChildren();
  const card = (name: string) => {
    const el = document.body.appendChild(document.createElement('div'));
    el.className = 'SessionBaseCard';
    const n = el.appendChild(document.createElement('div'));
    n.className = 'SessionBaseCard-topHeadName';
    n.textContent = name;
    return el;
  };
  const cards = [card('张三'), card('李四')];
  const title = document.body.appendChild(document.createElement('span'));
  title.className = 'LoginUserInfo-mainTitle-text';
  title.textContent = '张三';
  const entry = { site: 'kuaishou', anchorId: 'm', anchorTs: T0 - 20_000, deadline: T0 + 280_000, unanswered: 1, counted: true, level: null, step: 0 };
  const state: TimerState = { computedAt: T0, nextWakeAt: null, conversations: [{ ...entry, conv: '张三' }, { ...entry, conv: '李四' }] };
  await waitingItem.setValue(state);
  return { cards, title };
}

/** A chip as another copy of the content script drew it (its own shadow root and chip), showing `text`. */
function foreignChip(text: string): HTMLElement {
  const { host, root } = createShadowHost(document, 'span', COUNTDOWN_PART, '');
  const chip = document.createElement('span');
  chip.className = 'chip';
  chip.setAttribute('part', 'chip');
  chip.textContent = text;
  root.append(chip);
  return host;
}

const chips = () => [...document.querySelectorAll(`[data-replyguard="${COUNTDOWN_PART}"]`)];

describe('countdown chips of another copy (rt51 F3)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('an orphaned copy removes its chips as it stops, even though its storage API throws', async () => {
    const { cards, title } = await workbench();
    const controller = new AbortController();
    startCountdown(kuaishou, controller.signal, () => T0).sync();
    await settle();
    expect(chips()).toHaveLength(3);
    // The extension was reloaded: this copy's storage listeners can no longer be removed.
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    controller.abort();
    expect(chips()).toHaveLength(0);
    // The page's own nodes stay.
    expect(cards.every((c) => c.isConnected) && title.isConnected).toBe(true);
  });

  it('the live copy removes chips another copy left on the cards and in the header: one chip per place', async () => {
    const { cards, title } = await workbench();
    // Left by the previous version's copy (frozen at 4:45), after a first and a second reload.
    cards[0]!.append(foreignChip('4:45'));
    cards[1]!.append(foreignChip('4:43'));
    title.after(foreignChip('4:45'), foreignChip('4:14'));
    const controller = new AbortController();
    const countdown = startCountdown(kuaishou, controller.signal, () => T0);
    await settle();
    countdown.sync();
    const live = chips();
    expect(live).toHaveLength(3);
    expect(live.map((h) => h.shadowRoot?.querySelector('.chip')?.textContent)).toEqual(['4:40', '4:40', '4:40']);
    expect(cards.map((c) => c.querySelectorAll(`[data-replyguard="${COUNTDOWN_PART}"]`).length)).toEqual([1, 1]);
    expect(title.nextElementSibling?.getAttribute('data-replyguard')).toBe(COUNTDOWN_PART);
    expect(title.nextElementSibling?.nextElementSibling?.getAttribute('data-replyguard') ?? null).toBeNull();
    controller.abort();
  });

  it('removes only chips: not its own, not a page node that merely carries the same mark', () => {
    document.body.replaceChildren();
    const own = document.body.appendChild(foreignChip('4:00'));
    const other = document.body.appendChild(foreignChip('4:45'));
    const pageNode = document.body.appendChild(document.createElement('span'));
    pageNode.setAttribute('data-replyguard', COUNTDOWN_PART); // no chip of ours inside
    expect(removeForeignChips(document, new Set([own]))).toBe(1);
    expect(own.isConnected).toBe(true);
    expect(other.isConnected).toBe(false);
    expect(pageNode.isConnected).toBe(true);
  });
});

describe('localItem unwatch in a copy whose extension is gone (rt51 F3)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('does not throw: the teardown it is called in goes on', () => {
    const unwatch = waitingItem.watch(() => undefined);
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => unwatch()).not.toThrow();
  });
});
