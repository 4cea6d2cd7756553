// @vitest-environment happy-dom
// Round 45 (timers45a): the watcher dates messages in the server's time (the printed stamps) whatever the PC's clock
// says, and reports the server − PC offset the timers turn deadlines back into PC time with. Clocks are injected:
// `server` is the true time the page prints, the PC's wall clock is `server + skew`, the monotonic clock never steps.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWatcher } from '@/content/watcher/index';
import { ServerClock } from '@/content/watcher/server-clock';
import { kuaishou } from '@/sites/kuaishou';
import type { ChatEvent, ToBackground } from '@/utils/messages';
import type { ClockOffset } from '@/utils/clock-offset';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';

let received: ChatEvent[];
let controller: AbortController;
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));
const p = (n: number) => String(n).padStart(2, '0');
/** "M-D HH:mm:ss" of `ms` in Beijing time. */
const stamp = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
const second = (ms: number) => Math.floor(ms / 1000) * 1000;

function page(buyer: string) {
  const { list } = workbenchChat(buyer);
  const box = document.body.appendChild(document.createElement('div'));
  box.className = 'SendBox';
  const wrap = box.appendChild(document.createElement('div'));
  wrap.className = 'SendBox-Editor';
  const editor = wrap.appendChild(document.createElement('div'));
  editor.className = 'ql-editor';
  editor.setAttribute('contenteditable', 'true');
  return { list, editor };
}

/** The agent presses Enter on a draft (the page's own send comes after). */
function send(editor: HTMLElement, text: string) {
  editor.textContent = text;
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  editor.textContent = '';
}

/** The page's latest clock report (round 57: a message to the background, which keeps one per tab). */
let lastReport: ClockOffset | undefined;
async function reported(): Promise<ClockOffset | undefined> {
  return lastReport;
}

function clocks(skew: number) {
  const t = { server: Math.floor(Date.now() / 1000) * 1000 + 200, skew };
  const wall = () => t.server + t.skew;
  return { t, wall, serverClock: new ServerClock({ wall, mono: () => t.server - 1_000_000 }) };
}

beforeEach(() => {
  fakeBrowser.reset();
  received = [];
  lastReport = undefined;
  controller = new AbortController();
  fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message.type === 'chat-events') received.push(...message.events);
    if (message.type === 'clock-offset') lastReport = message.report;
    sendResponse({ ok: true });
    return true;
  }) as never);
});
afterEach(() => controller.abort());

describe('the PC clock is not the server’s', () => {
  it('finding 1: a PC 180 s fast, calibrated by the agent’s own send: the buyer’s message has its full 5:00', async () => {
    const { list, editor } = page('张三');
    const { t, wall, serverClock } = clocks(180_000);
    startWatcher(kuaishou, controller.signal, wall, serverClock);
    await tick();
    t.server += 2000; // past the settle time: what comes now is live
    send(editor, '亲，在的');
    t.server += 600; // the server stamps it
    list.append(workbenchRow('0_1_a', 'isMine', stamp(t.server), '亲，在的'));
    await tick();
    t.server += 5000;
    const printed = second(t.server);
    list.append(workbenchRow('0_1_b', 'notMe', stamp(t.server), '发货了吗'));
    t.server += 400; // seen a moment later
    await tick();
    const buyer = received.find((e) => e.id === '0_1_b')!;
    expect(buyer).toMatchObject({ ts: printed, tsSource: 'page', history: false });
    await expect.poll(reported).toBeDefined();
    const { offset } = (await reported())!;
    expect(offset).toBeGreaterThanOrEqual(-180_000); // never more time than the buyer has
    // The deadline the timers draw in PC time (ts + 5:00 − offset): about 5:00 after the row came, never more.
    const left = buyer.ts + 300_000 - offset - wall();
    expect(left).toBeLessThanOrEqual(300_000);
    expect(left).toBeGreaterThan(297_000); // before: 1:57 (the PC's 180 s counted against the buyer)
  });

  it('a row delivered late (a background tab) is no calibration: the PC clock stays trusted', async () => {
    const { list } = page('张三');
    const { t, wall, serverClock } = clocks(0);
    startWatcher(kuaishou, controller.signal, wall, serverClock);
    await tick();
    t.server += 2000;
    list.append(workbenchRow('0_1_b', 'notMe', stamp(t.server - 90_000), '发货了吗'));
    await tick(1200);
    expect(await reported()).toBeUndefined();
    expect(received.find((e) => e.id === '0_1_b')).toMatchObject({ ts: second(t.server - 90_000) });
  });

  it('finding 2: a PC 240 s slow when the buyer writes, set right while the buyer waits: dated in server time, the reply 70 s later is on time, the next send calibrates', async () => {
    const { list, editor } = page('张三');
    const { t, wall, serverClock } = clocks(-240_000);
    startWatcher(kuaishou, controller.signal, wall, serverClock);
    await tick();
    t.server += 2000;
    const asked = second(t.server);
    list.append(workbenchRow('0_1_b', 'notMe', stamp(t.server), '请问今天能发货吗'));
    t.server += 300;
    await tick();
    const buyer = received.find((e) => e.id === '0_1_b')!;
    expect(buyer.ts).toBe(asked); // before: the moment seen on the slow PC, 240 s early
    await expect.poll(async () => (await reported())?.offset).toBeGreaterThan(239_000);
    t.server += 30_000;
    t.skew = 0; // NTP step: the PC clock is right again (to the page, the same as a sleep: the estimate is held, early)
    await tick(1200);
    expect((await reported())!.offset).toBeGreaterThan(239_000);
    t.server += 40_000;
    send(editor, '亲，今天下午就发');
    t.server += 700;
    const replied = second(t.server);
    list.append(workbenchRow('0_1_c', 'isMine', stamp(t.server), '亲，今天下午就发'));
    await tick();
    const reply = received.find((e) => e.id === '0_1_c')!;
    expect(reply.ts).toBe(replied);
    expect(reply.ts - buyer.ts).toBeLessThanOrEqual(71_000); // on time by the stored times (before: 310 s, late)
    expect(reply.ts - buyer.ts).toBeGreaterThanOrEqual(70_000);
    // The agent's send calibrated the clock again: the timers see the PC is right.
    await expect.poll(async () => (await reported())?.offset, { timeout: 5000 }).toBeLessThanOrEqual(1700);
    expect((await reported())!.offset).toBeGreaterThanOrEqual(0);
  }, 15_000);
});
