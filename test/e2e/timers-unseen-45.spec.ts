// Round 45's red team on the reply timers (rt45-timers, timers45a): the PC's clock is not the server's. The workbench
// prints each row's server time with seconds; the extension's worker and this test share the machine's (real) clock,
// so a PC clock off from the server's is played by a page printing server times off from the real clock (what matters
// is server − PC). The PC-clock STEP of finding 2 (NTP) is covered by the unit tests with injected clocks
// (test/unit/watcher/watcher-server-clock.test.ts): a content script's Date and performance cannot be faked from here.
// 1. the PC clock 180 s fast: a buyer message that just arrived showed 1:57 instead of ~5:00 (alerts, badge, overdue
//    180 s early). The agent's own send calibrates: its row's printed time against the moment it was sent.
// 2. the PC clock 240 s slow when the buyer writes: the message was stored at the PC's moment seen (240 s before the
//    printed server time), so after the clock is set right the countdown was 4 minutes short and the reply late.
import type { Page } from '@playwright/test';
import { expect, shared as test } from './fixtures';
import { addRow, open, printed, row, settled, workbench } from './timers-printed-workbench';
import { guardOff, replyInComposer, storedMessages } from './timers-support';

declare const chrome: typeof import('wxt/browser').browser;


/** The waiting buyers' deadlines (PC time) as the worker mirrors them for the chips and the popup. */
const deadlines = (sw: import('@playwright/test').Worker) =>
  sw.evaluate(async () => ((await chrome.storage.local.get('waiting')).waiting as { conversations: { conv: string; deadline: number }[] } | null)?.conversations.map((c) => c.deadline) ?? []);
const second = (ms: number) => Math.floor(ms / 1000) * 1000;

test('finding 1: the PC clock 180 s fast, the agent has sent a message: a buyer message that just arrived has its ~5:00, never more', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const FAST = 180_000;
  const server = () => Date.now() - FAST;
  const t0 = server();
  const page = await open(context, workbench({ buyer: '买家小李', rows: row('0_222_1', false, '买家小李', printed(t0 - 600_000), '在吗') + row('0_222_2', true, '客服', printed(t0 - 590_000), '在的') }));
  await settled(page);
  await replyInComposer(page, '亲，请问有什么可以帮您');
  await addRow(page, row('0_222_3', true, '客服', printed(server()), '亲，请问有什么可以帮您'));
  await expect.poll(async () => (await storedMessages(sw)).some((m) => m.id === '0_222_3')).toBe(true);
  const at = Date.now();
  const sent = second(at - FAST);
  await addRow(page, row('0_222_4', false, '买家小李', printed(at - FAST), '发货了吗'));
  // The server's time (+ its order within the printed second: the agent's row may share it).
  await expect.poll(async () => (await storedMessages(sw)).find((m) => m.id === '0_222_4')?.ts ?? 0).toBeGreaterThanOrEqual(sent);
  expect((await storedMessages(sw)).find((m) => m.id === '0_222_4')!.ts).toBeLessThan(sent + 1000);
  // Before: 1:57 left at arrival (the deadline 180 s early).
  await expect.poll(async () => ((await deadlines(sw))[0] ?? 0) - at).toBeGreaterThan(290_000);
  expect((await deadlines(sw))[0]! - at).toBeLessThanOrEqual(300_000);
});

test('finding 2: the PC clock 240 s slow when the buyer writes: the message is stored at its printed server time, and the countdown is right', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const SLOW = 240_000;
  const t0 = Date.now() + SLOW;
  const page = await open(context, workbench({ buyer: '校时买家', rows: row('0_333_1', false, '校时买家', printed(t0 - 600_000), '在吗') + row('0_333_2', true, '客服', printed(t0 - 590_000), '在的') }));
  await settled(page);
  const at = Date.now();
  await addRow(page, row('0_333_3', false, '校时买家', printed(at + SLOW), '请问今天能发货吗'));
  // Before: stored at the moment seen on the slow PC (240 s before the server's time): once the clock is set right,
  // 4 minutes short, and a reply 70 s later by the server counted late.
  await expect.poll(async () => (await storedMessages(sw)).find((m) => m.id === '0_333_3')?.ts).toBe(second(at + SLOW));
  const seenBy = Date.now();
  await expect.poll(async () => ((await deadlines(sw))[0] ?? 0) - at).toBeGreaterThan(290_000);
  // Only a lower bound of the offset is known here (a row is seen after it was printed): the deadline is 5:00 after the
  // moment it was seen, as before — what a slow PC can know without the agent's own send.
  expect((await deadlines(sw))[0]!).toBeLessThanOrEqual(seenBy + 300_000);
  await expect.poll(() => sw.evaluate(async () => ((await chrome.storage.local.get('clock-offset'))['clock-offset'] as { offset: number } | undefined)?.offset)).toBeGreaterThan(SLOW - 2000);
});

test('a buyer row delivered 60 s late (a background tab, a slow network) gives no extra time: the deadline stays 5:00 after its printed time', async ({ context, serviceWorker: sw }) => {
  await guardOff(sw);
  const t0 = Date.now();
  const page = await open(context, workbench({ buyer: '迟到买家', rows: row('0_444_1', false, '迟到买家', printed(t0 - 600_000), '在吗') + row('0_444_2', true, '客服', printed(t0 - 590_000), '在的') }));
  await settled(page);
  const at = Date.now();
  await addRow(page, row('0_444_3', false, '迟到买家', printed(at - 60_000), '还在吗'));
  await expect.poll(async () => (await deadlines(sw)).length).toBe(1);
  expect((await deadlines(sw))[0]!).toBeLessThanOrEqual(second(at - 60_000) + 300_000);
});
