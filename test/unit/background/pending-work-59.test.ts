// @vitest-environment node
// Round 59: the worker counts the work it has in hand (background/pending-work.ts), so the e2e reset empties the ledger
// once nothing is on its way to it rather than after a fixed quiet wait: a message counts until it is stored, a chat
// batch's day-cache run after that, a closed tab's clean-up until it is done.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackground } from '@/background/index';
import { pendingWork, trackWork } from '@/background/pending-work';
import type { ChatEvent } from '@/utils/messages';

const T0 = Date.parse('2024-05-01T10:00:00+08:00');
let n = 0;
const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 3 } } as never;
const buyer: ChatEvent = { site: 'kuaishou', conv: '张三', id: 'm1', dir: 'in', ts: T0 - 10_000, tsSource: 'page', history: false, source: 'row', buyerName: '张三' };

/** Holds every storage.local read until the returned release is called (as a slow settings read on a loaded machine). */
function holdLocalReads(): () => void {
  const area = fakeBrowser.storage.local;
  const get = area.get.bind(area);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  area.get = ((...args: Parameters<typeof get>) => gate.then(() => get(...args))) as typeof area.get;
  return () => {
    area.get = get;
    release();
  };
}

/** Lets the fake browser's and IndexedDB's queued work run. */
const settle = async () => {
  for (let i = 0; i < 50 && pendingWork() > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

/** Sends a message through the worker's runtime.onMessage listener, as a content script does; resolves with the reply. */
function send(message: unknown): Promise<unknown> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settle();
});

async function boot() {
  const deps = startBackground({ ledgerName: `pending-${n++}`, now: () => T0 });
  await (globalThis as unknown as { replyguard: { upkeep: Promise<void> } }).replyguard.upkeep;
  await settle();
  return deps;
}

describe('pending work', () => {
  it('trackWork counts a promise until it settles, resolved or rejected, and passes its outcome on', async () => {
    expect(pendingWork()).toBe(0);
    let resolve!: (v: number) => void;
    let reject!: (e: Error) => void;
    const a = trackWork(new Promise<number>((r) => (resolve = r)));
    const b = trackWork(new Promise<number>((_, r) => (reject = r)));
    expect(pendingWork()).toBe(2);
    resolve(3);
    expect(await a).toBe(3);
    expect(pendingWork()).toBe(1);
    reject(new Error('failed'));
    await expect(b).rejects.toThrow('failed');
    expect(pendingWork()).toBe(0);
  });

  it('a lint event counts from its arrival until it is stored, however long its settings read takes', async () => {
    const deps = await boot();
    expect(pendingWork()).toBe(0);
    const release = holdLocalReads();
    const reply = send({ type: 'lint-event', event: { at: T0, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'custom-deny', severity: 'block' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pendingWork()).toBe(1);
    expect(await (await deps.ledger()).count('lint')).toBe(0);
    release();
    expect(await reply).toEqual({ ok: true, added: 1 });
    await settle();
    expect(pendingWork()).toBe(0);
    expect(await (await deps.ledger()).count('lint')).toBe(1);
  });

  it('a chat batch stays counted after its reply while the day cache it set off is written', async () => {
    const deps = await boot();
    expect(await send({ type: 'chat-events', events: [buyer] })).toEqual({ ok: true, added: 1 });
    // Replied: the message is stored; the touched days are still being recomputed (not awaited by the reply).
    expect(pendingWork()).toBe(1);
    await settle();
    expect(pendingWork()).toBe(0);
    expect(await (await deps.ledger()).count('days')).toBeGreaterThan(0);
  });

  it('a closed tab counts until its guard status, clock report and shop suspicion are forgotten', async () => {
    await boot();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 3, isWindowClosing: false });
    // trigger awaits the listener, which only starts the clean-up.
    expect(pendingWork()).toBe(3);
    await settle();
    expect(pendingWork()).toBe(0);
  });
});
