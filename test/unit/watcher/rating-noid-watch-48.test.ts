// @vitest-environment happy-dom
// Round 48 (finding 9), through the watcher's DOM glue: a live evaluation row without an element id is sent once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWatcher } from '@/content/watcher/index';
import { kuaishou } from '@/sites/kuaishou';
import type { RatingEvent, ToBackground } from '@/utils/messages';
import { workbenchChat, workbenchRow } from '../../support/workbench-row';

let ratings: RatingEvent[];
let controller: AbortController;
const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  fakeBrowser.reset();
  ratings = [];
  controller = new AbortController();
  fakeBrowser.runtime.onMessage.addListener(((message: ToBackground, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message.type === 'rating') ratings.push(message.event);
    sendResponse({ ok: true });
    return true;
  }) as never);
});
afterEach(() => controller.abort());

const stampAgo = (ms: number) => {
  const d = new Date(Date.now() - ms + 8 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
};

/** A middle (system) row without an id: the wrapper with its _msgBody, or (as the red team's page drew it) the text in the wrapper itself. */
function middle(text: string, withBody: boolean): HTMLElement {
  const row = document.createElement('div');
  row.className = 'ChatMessageList-item';
  const wrap = row.appendChild(document.createElement('div'));
  wrap.className = 'kwaishop-cs-LayoutMiddleWrapper';
  if (!withBody) {
    wrap.textContent = text;
    return row;
  }
  const body = wrap.appendChild(document.createElement('div'));
  body.className = 'kwaishop-cs-LayoutMiddleWrapper_msgBody';
  body.textContent = text;
  return row;
}

describe('an id-less evaluation row (round 48)', () => {
  it.each<[string, boolean]>([
    ['0_9901_', true],
    ['', true],
    ['0_9901_', false],
    ['', false],
  ])('rows with ids %j, middle body %s: recorded once, not again on re-render', async (prefix, withBody) => {
    const { list } = workbenchChat('买家9901');
    list.append(workbenchRow(prefix && prefix + '1', 'notMe', stampAgo(90_000), '收到了'), workbenchRow(prefix && prefix + '2', 'isMine', stampAgo(70_000), '好的亲'));
    startWatcher(kuaishou, controller.signal);
    await tick(1800);
    list.append(middle('用户已经评价：满意', withBody));
    await expect.poll(() => ratings.map((r) => r.rating), { timeout: 3000 }).toEqual(['satisfied']);
    list.lastElementChild!.replaceWith(middle('用户已经评价：满意', withBody));
    await tick(400);
    expect(ratings).toHaveLength(1);
  });
});
