// @vitest-environment happy-dom
// Round 60 (guard60): text rewritten on the page (the workbench's session cards' countdowns, each second) started a look
// that hit-tested the followed box (elementFromPoint, and the banner's page-popup grid): each hit test brings the whole
// page's layout and pre-paint up to date. Text changes show or hide nothing: the look still runs (a reflow may move the
// box, and a moved box is hit-tested), but a box that stayed put is not hit-tested again for them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followBox, onlyText } from '@/content/guard/follow-box';
import { flushMutations, queueFrames, type QueuedFrames } from '../../support/queued-frames';

let ctl: AbortController;
let frames: FrameRequestCallback[];
let queue: QueuedFrames;
let hitTests: ReturnType<typeof vi.fn>;
beforeEach(() => {
  ctl = new AbortController();
  queue = queueFrames();
  frames = queue.queued;
  hitTests = vi.fn(() => null);
  document.elementFromPoint = hitTests as never;
});
afterEach(() => {
  ctl.abort();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const runFrames = (max?: number): number => queue.run(max);

function page(): { el: HTMLElement; at: { top: number }; countdown: HTMLElement } {
  const countdown = document.body.appendChild(document.createElement('div'));
  countdown.textContent = '2分50秒后超时';
  const el = document.body.appendChild(document.createElement('div'));
  el.contentEditable = 'true';
  const at = { top: 500 };
  el.getBoundingClientRect = () => ({ left: 10, top: at.top, width: 400, height: 60, right: 410, bottom: at.top + 60, x: 10, y: at.top, toJSON() {} }) as DOMRect;
  return { el, at, countdown };
}

describe('followBox: text rewritten elsewhere on the page (round 60)', () => {
  it('a countdown’s text rewritten: looks run, no hit test while the box stays put; a moved box, or an element added, is hit-tested', async () => {
    const { el, at, countdown } = page();
    const around = vi.fn(() => '');
    const follower = followBox(() => undefined, ctl.signal, { hitTest: () => true, around });
    follower.watch(el);
    runFrames();
    const first = hitTests.mock.calls.length;

    for (let s = 49; s > 45; s--) {
      countdown.textContent = `2分${s}秒后超时`; // a text node swapped: childList of text only
      countdown.firstChild!.nodeValue += ' '; // and one changed in place
      await flushMutations();
      expect(runFrames()).toBeGreaterThan(0); // looked at (a reflow may have moved it)
    }
    expect(hitTests.mock.calls.length).toBe(first);
    expect(around.mock.calls.length).toBe(1);

    at.top = 480; // the text reflowed and pushed the composer up: hit-tested where it is now
    countdown.textContent = '2分45秒后超时\n第二行';
    await flushMutations();
    runFrames();
    expect(hitTests.mock.calls.length).toBeGreaterThan(first);
    const moved = hitTests.mock.calls.length;

    document.body.append(Object.assign(document.createElement('div'), { className: 'ant-modal-mask' })); // a page's mask: hit-tested
    await flushMutations();
    runFrames();
    expect(hitTests.mock.calls.length).toBeGreaterThan(moved);
  });

  it('a class change (how pages show a popup) is hit-tested as before', async () => {
    const { el } = page();
    const follower = followBox(() => undefined, ctl.signal, { hitTest: () => true });
    follower.watch(el);
    runFrames();
    const first = hitTests.mock.calls.length;
    document.body.className = 'modal-open';
    await flushMutations();
    runFrames();
    expect(hitTests.mock.calls.length).toBeGreaterThan(first);
  });
});

describe('onlyText', () => {
  /** The records of `change` made to a box holding one text node. */
  const recordsOf = (change: (box: HTMLElement) => void): MutationRecord[] => {
    const box = document.body.appendChild(document.createElement('div'));
    box.append('a');
    const o = new MutationObserver(() => undefined);
    o.observe(box, { childList: true, subtree: true, characterData: true, attributes: true });
    change(box);
    const out = o.takeRecords();
    o.disconnect();
    expect(out.length).toBeGreaterThan(0);
    return out;
  };
  it('text swapped or changed in place: only text; an element added or replaced, an attribute: not', () => {
    expect(recordsOf((b) => (b.textContent = 'b')).every(onlyText)).toBe(true);
    expect(recordsOf((b) => (b.firstChild!.nodeValue = 'c')).every(onlyText)).toBe(true);
    expect(recordsOf((b) => b.append(document.createElement('span'))).every(onlyText)).toBe(false);
    expect(recordsOf((b) => (b.innerHTML = '<i>x</i>')).every(onlyText)).toBe(false);
    expect(recordsOf((b) => (b.className = 'x')).every(onlyText)).toBe(false);
  });
});
