// @vitest-environment happy-dom
// Round 46 (rt46-timers, timers46a): the watcher files a page's conversations under the shop the page serves (shop +
// buyer), keeps its own keys without the shop, and never opens another shop's conversation for an alert click.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import { kuaishou } from '@/sites/kuaishou';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import { workbenchChat, workbenchRow as row } from '../../support/workbench-row';

let received: ChatEvent[];
let controller: AbortController;
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  controller = new AbortController();
  fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message.type === 'focus-conversation') return undefined; // the watcher's to answer
    if (message.type === 'chat-events') received.push(...message.events);
    sendResponse({ ok: true });
    return true;
  }) as never);
});
afterEach(() => controller.abort());

const page = (buyer: string): HTMLElement => workbenchChat(buyer).list;

describe('startWatcher with a shop', () => {
  it('sends shop + buyer keys with the shop’s label; its own key stays the buyer’s', async () => {
    const list = page('小王');
    list.append(row('0_7777_a', 'notMe', '5-1 10:00:00', '在吗'));
    let label = '海淘优选旗舰店';
    const w = startWatcher(kuaishou, controller.signal, Date.now, new ServerClock(), () => ({ ref: 'id:111', label, source: 'url' }));
    await tick();
    expect(received.map((e) => [e.conv, e.id, e.shop])).toEqual([['shop:id%3A111|id:7777', '0_7777_a', '海淘优选旗舰店']]);
    expect(w.currentKey()).toBe('id:7777');
    expect(w.current()?.conv).toBe('id:7777');
    label = '海淘优选';
    list.append(row('0_7777_b', 'isMine', '5-1 10:01:00', '在的'));
    await tick();
    expect(received.map((e) => [e.conv, e.id, e.shop])[1]).toEqual(['shop:id%3A111|id:7777', '0_7777_b', '海淘优选']);
  });

  it('an alert for another shop’s buyer of the same id is not this page’s; its own shop’s and one without a shop are', async () => {
    page('小王').append(row('0_7777_a', 'notMe', '5-1 10:00:00', '在吗'));
    startWatcher(kuaishou, controller.signal, Date.now, new ServerClock(), () => ({ ref: 'id:111', label: 'A', source: 'url' }));
    await tick();
    // The watcher's listener answers synchronously: call every registered runtime listener directly.
    const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger?: (...a: unknown[]) => Promise<unknown[]> };
    const answer = async (conv: string) => {
      let found: boolean | undefined;
      await onMessage.trigger!({ type: 'focus-conversation', conv }, {}, (v: boolean) => (found = v));
      return found;
    };
    expect(await answer('shop:id%3A222|id:7777')).toBe(false);
    expect(await answer('shop:id%3A111|id:7777')).toBe(true);
    expect(await answer('id:7777')).toBe(true);
  });
});
