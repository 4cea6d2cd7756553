// @vitest-environment happy-dom
// The watcher's DOM glue: reads on mutations, sends each new message once, waits for a numeric
// header to resolve, retries what the background did not take.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWatcher } from '@/content/watcher/index';
import { kuaishou } from '@/sites/kuaishou';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';

let received: ChatEvent[];
let rekeys: Extract<ToBackground, { type: 'rekey-conversation' }>[];
let accept: boolean;
let controller: AbortController;
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

const row = workbenchRow;

const page = workbenchChat;

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  rekeys = [];
  accept = true;
  controller = new AbortController();
  fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message.type === 'chat-events' && accept) received.push(...message.events);
    if (message.type === 'rekey-conversation' && accept) rekeys.push(message);
    sendResponse({ ok: accept });
    return true;
  }) as never);
});
afterEach(() => controller.abort());

const stampNow = () => {
  const d = new Date(Date.now() + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};

describe('startWatcher', () => {
  it('history at start, live rows after, each once; the open conversation for send checks', async () => {
    const { list } = page('张三');
    list.append(row('0_1_a', 'notMe', stampNow(), '在吗'));
    startWatcher(kuaishou, controller.signal);
    await tick();
    expect(received.map((e) => [e.id, e.history])).toEqual([['0_1_a', true]]);
    list.replaceChildren(row('0_1_a', 'notMe', stampNow(), '在吗')); // a re-render
    await tick();
    expect(received).toHaveLength(1);
  });

  it('rows without buyer ids under a numeric header are waited for: filed under the nickname once it shows', async () => {
    const { title, list } = page('88123');
    list.append(row('', 'notMe', stampNow(), '在吗'));
    startWatcher(kuaishou, controller.signal);
    await tick();
    expect(received).toEqual([]);
    title.textContent = '张三'; // a characterData-only change must be noticed too
    await tick();
    expect(received.map((e) => e.conv)).toEqual(['张三']);
  });

  it('rows naming the buyer (0_<buyerId>_…) are keyed by the id at once, under a numeric header too; the nickname is only shown', async () => {
    const { title, list } = page('88123');
    list.append(row('0_88123_a', 'notMe', stampNow(), '在吗'));
    const watcher = startWatcher(kuaishou, controller.signal);
    await tick();
    expect(received.map((e) => [e.conv, e.buyerName])).toEqual([['id:88123', '88123']]);
    title.textContent = '张三';
    list.append(row('0_88123_b', 'isMine', stampNow(), '在的'));
    await tick();
    expect(received.map((e) => [e.conv, e.id, e.buyerName])).toEqual([
      ['id:88123', '0_88123_a', '88123'],
      ['id:88123', '0_88123_b', '张三'],
    ]);
    expect(watcher.currentKey()).toBe('id:88123');
  });

  it('what the background did not take is sent again with the next read', async () => {
    const { list } = page('李四');
    accept = false;
    list.append(row('0_2_a', 'notMe', stampNow(), '在吗'));
    const watcher = startWatcher(kuaishou, controller.signal);
    await tick();
    expect(received).toEqual([]);
    accept = true;
    watcher.scan();
    await tick();
    expect(received.map((e) => e.id)).toEqual(['0_2_a']);
    expect(watcher.current()).toMatchObject({ conv: 'id:2', messages: [{ id: '0_2_a', dir: 'in' }] });
  });

  it('a pane filed under a numeric header whose nickname shows late is re-keyed: the rows and the background move, nothing told twice', async () => {
    let clock = Date.now();
    const { title, list } = page('88123');
    list.append(row('', 'notMe', stampNow(), '在吗'));
    const watcher = startWatcher(kuaishou, controller.signal, () => clock);
    await tick();
    clock += 3_500; // past the numeric wait: filed under the number
    watcher.scan();
    await tick();
    expect(received.map((e) => e.conv)).toEqual(['88123']);
    const oldId = received[0]!.id;
    accept = false; // the worker is stopped when the nickname shows
    title.textContent = '张三';
    watcher.scan();
    await tick();
    expect(watcher.current(), 'nothing filed while the new header is confirmed').toBeNull();
    clock += 1_100;
    watcher.scan();
    await tick();
    expect(rekeys).toEqual([]);
    accept = true;
    list.append(row('', 'isMine', stampNow(), '在的'));
    await tick();
    expect(rekeys).toHaveLength(1);
    expect(rekeys[0]).toMatchObject({ from: '88123', to: '张三' });
    const [from, to] = rekeys[0]!.ids[0]!;
    expect(from).toBe(oldId);
    expect(to).not.toBe(oldId);
    // Only the reply is new: the buyer's row is not told again under the nickname.
    expect(received.map((e) => [e.conv, e.dir])).toEqual([['88123', 'in'], ['张三', 'out']]);
    expect(watcher.current()?.messages.map((m) => [m.conv, m.id, m.dir])).toEqual([['张三', to, 'in'], ['张三', received[1]!.id, 'out']]);
    // The reverse: the header shows the number again over the same rows: still 张三, no wait.
    title.textContent = '88123';
    await tick();
    expect(watcher.currentKey()).toBe('张三');
    list.append(row('', 'notMe', stampNow(), '谢谢'));
    await tick();
    expect(received.map((e) => e.conv)).toEqual(['88123', '张三', '张三']);
  });

  it('a numeric-keyed pane followed by another buyer’s rows under a nickname is not re-keyed', async () => {
    let clock = Date.now();
    const { title, list } = page('88123');
    list.append(row('', 'notMe', stampNow(), '在吗'));
    const watcher = startWatcher(kuaishou, controller.signal, () => clock);
    await tick();
    clock += 3_500;
    watcher.scan();
    await tick();
    title.textContent = '李四';
    list.replaceChildren(row('', 'notMe', stampNow(), '我的快递呢'));
    watcher.scan();
    clock += 1_100;
    watcher.scan();
    await tick();
    expect(rekeys).toEqual([]);
    expect(watcher.currentKey()).toBe('李四');
    expect(received.map((e) => e.conv)).toEqual(['88123', '李四']);
  });
});
