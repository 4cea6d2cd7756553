// @vitest-environment happy-dom
// Round 67 (timers67): what a watcher of this page knows is handed to the one replacing it, whatever replaces it.
// 1. The server-clock calibration (content/watcher/server-clock.ts): each watcher started on a shop switch or a fresh
//    read had a new, uncalibrated ServerClock, so until calibrated again it dated what it saw on the PC's clock: the
//    deadlines of a replaced watcher were the PC clock's error (here 90 s) off the old one's. Now one estimate per page.
// 2. A settings restart (the agent saves a configured site for this page; content/start.ts startContent) dropped what
//    the features held: events not filed yet, the calibration. Now it hands over as a watcher replacement does.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startContent } from '@/content/start';
import { saveSettings } from '@/utils/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings-schema';
import { useFakeChatWorker } from '../../support/fake-chat-worker';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
const p = (n: number) => String(n).padStart(2, '0');
/** "M-D HH:mm:ss" of `ms` in Beijing time. */
const stamp = (ms: number) => {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};
/** The server's clock is this far ahead of the PC's: the page prints its rows' times that much later than Date.now(). */
const AHEAD_MS = 90_000;

/** A workbench page at `url` showing `buyer`'s chat with one row printed at the server's time now (the PC is 90 s slow). */
function workbench(url: string, buyer: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const { list } = workbenchChat(buyer);
  list.append(workbenchRow(`0_${buyer}_1`, 'notMe', stamp(Math.floor((Date.now() + AHEAD_MS) / 1000) * 1000), '在吗'));
  return list;
}

describe('a replaced watcher keeps the page’s server clock and what it held', () => {
  const worker = useFakeChatWorker();
  const { received, signal } = worker;
  /** When the watcher dated `buyer`'s message first seen without a printed time, against the PC's clock then. */
  const datedAhead = (buyer: string, seenAt: number) => {
    const e = received.find((m) => decodeURIComponent(m.conv).endsWith(buyer) && m.tsSource === 'seen');
    return e ? e.ts - seenAt : null;
  };

  it('a shop switch: the new shop’s watcher dates by the calibration made before it (before: on the PC’s clock, 90 s off)', async () => {
    workbench('https://im.kwaixiaodian.com/workbench?shopId=111', '阿美');
    startContent(signal().signal);
    // 阿美's row, printed 90 s after the PC's clock: the server is at least that far ahead (a proven lower bound).
    await expect.poll(() => received.some((m) => decodeURIComponent(m.conv).endsWith('阿美')), { timeout: 3000 }).toBe(true);
    // The login switches to shop 222 (no reload): the chat shows 小李, whose row prints no time.
    history.pushState(null, '', '/workbench?shopId=222');
    const { list } = workbenchChat('小李');
    // The shop is read again once a second (SHOP_CHECK_MS): her row comes after the new shop's watcher started.
    await tick(1500);
    const seenFrom = Date.now();
    list.append(workbenchRow('0_小李_1', 'notMe', '', '有货吗'));
    await expect.poll(() => datedAhead('小李', seenFrom), { timeout: 4000 }).not.toBeNull();
    // Dated in the server's time, as the watcher before would have: about 90 s ahead (less the first read's delay on a
    // loaded machine and the printed second's truncation; on the PC's clock it would be about 0).
    expect(datedAhead('小李', seenFrom)).toBeGreaterThanOrEqual(AHEAD_MS - 30_000);
    expect(received.find((m) => decodeURIComponent(m.conv).endsWith('小李'))!.conv).toContain('222');
  }, 15_000);

  it('a settings restart (a configured site for this page saved): the calibration and what was not filed go on', async () => {
    workbench('https://im.kwaixiaodian.com/workbench', '阿美');
    startContent(signal().signal);
    await expect.poll(() => received.some((m) => decodeURIComponent(m.conv).endsWith('阿美')), { timeout: 3000 }).toBe(true);
    // The worker stops taking events (reloading) as 小李 writes: her message waits in the watcher, unsent.
    worker.refuse = true;
    const { list } = workbenchChat('小李');
    list.append(workbenchRow('0_小李_1', 'notMe', '', '有货吗'));
    await tick(600);
    expect(received.some((m) => decodeURIComponent(m.conv).endsWith('小李'))).toBe(false);
    // The agent opens 小王 (no printed time either) and saves the options page with this workbench as a configured site
    // (its own selectors): the chat features restart on it. Then the worker takes events again.
    const next = workbenchChat('小王').list;
    const seenFrom = Date.now();
    next.append(workbenchRow('0_小王_1', 'notMe', '', '发货了吗'));
    await saveSettings({
      ...DEFAULT_SETTINGS,
      sites: [{ match: 'https://im.kwaixiaodian.com/*', enabled: true, watch: { currentBuyer: '.LoginUserInfo-mainTitle-text', row: '[id^="0_"]', mine: '.kwaishop-cs-LayoutDefaultWrapper__isMine', notMe: '.kwaishop-cs-LayoutDefaultWrapper__notMe', stamp: '.kwaishop-cs-LayoutDefaultWrapper_beforeMsgBody', body: '.kwaishop-cs-LayoutDefaultWrapper_msgBody' } }],
    });
    await expect.poll(() => document.documentElement.getAttribute('data-replyguard-chat'), { timeout: 3000 }).not.toBe('kuaishou');
    worker.refuse = false;
    // 小李's message, seen before the restart and no longer shown, is filed (before: lost) …
    await expect.poll(() => received.some((m) => decodeURIComponent(m.conv).endsWith('小李')), { timeout: 6000 }).toBe(true);
    // … and 小王's is dated by the calibration made before the restart (before: on the PC's clock, 90 s off).
    await expect.poll(() => datedAhead('小王', seenFrom), { timeout: 6000 }).not.toBeNull();
    expect(datedAhead('小王', seenFrom)).toBeGreaterThanOrEqual(AHEAD_MS - 30_000);
  }, 15_000);
});
