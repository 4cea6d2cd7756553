// @vitest-environment happy-dom
// Round 30 (M1): the composer's box is followed while the page moves it, and only then: a trigger (a DOM
// or style change, a transition) starts a look each frame, and the looks stop once the box stays put.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followBox, seeBox } from '@/content/guard/follow-box';
import { flushMutations, queueFrames, type QueuedFrames } from '../../support/queued-frames';

let ctl: AbortController;
let frames: FrameRequestCallback[];
let queue: QueuedFrames;
beforeEach(() => {
  ctl = new AbortController();
  queue = queueFrames();
  frames = queue.queued;
});
afterEach(() => {
  ctl.abort();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const runFrames = (max?: number): number => queue.run(max);

function composer(): { el: HTMLElement; at: { top: number } } {
  const el = document.body.appendChild(document.createElement('textarea'));
  const at = { top: 500 };
  el.getBoundingClientRect = () => ({ left: 10, top: at.top, width: 400, height: 60, right: 410, bottom: at.top + 60, x: 10, y: at.top, toJSON() {} }) as DOMRect;
  return { el, at };
}

describe('followBox', () => {
  it('a page change starts looks that stop once the box stays put; a move is reported, with where it is now', async () => {
    const { el, at } = composer();
    const seen: number[] = [];
    const follower = followBox((_el, s) => seen.push(s.rect!.top), ctl.signal);
    follower.watch(el);
    runFrames();
    expect(frames).toHaveLength(0); // nothing looks while nothing happens

    at.top = 120; // the page moves it (into a modal) with a class change
    document.body.className = 'modal-open';
    await flushMutations();
    const ran = runFrames();
    expect(seen).toEqual([120]);
    expect(ran).toBeLessThan(10);
    expect(frames).toHaveLength(0); // and stops
  });

  it('reports a move to another parent even at the same place, and a hidden or removed element', async () => {
    const { el } = composer();
    const calls: boolean[] = [];
    const follower = followBox((_el, s) => calls.push(s.shown), ctl.signal);
    follower.watch(el);
    const modal = document.body.appendChild(document.createElement('div'));
    modal.append(el);
    await flushMutations();
    runFrames();
    expect(calls).toHaveLength(1);
    el.remove();
    await flushMutations();
    runFrames();
    expect(calls).toEqual([true, false]);
  });

  it('keeps looking while a transition runs on an ancestor, and not forever', async () => {
    const { el } = composer();
    const follower = followBox(() => undefined, ctl.signal);
    follower.watch(el);
    document.body.dispatchEvent(new Event('transitionrun', { bubbles: true }));
    expect(runFrames(50)).toBe(50); // the box may not move during a transition's delay: still looking
    document.body.dispatchEvent(new Event('transitionend', { bubbles: true }));
    expect(runFrames()).toBeLessThan(10);
    // An endless animation around it: the looks stop after MAX_FRAMES all the same.
    document.body.dispatchEvent(new Event('animationstart', { bubbles: true }));
    expect(runFrames(5000)).toBeLessThanOrEqual(300);
  });

  it('watch(null) and the abort stop everything', async () => {
    const { el } = composer();
    const calls: unknown[] = [];
    const follower = followBox(() => calls.push(1), ctl.signal);
    follower.watch(el);
    follower.watch(null);
    document.body.className = 'x';
    await flushMutations();
    runFrames();
    expect(calls).toHaveLength(0);
    expect(frames).toHaveLength(0);
  });
});

// Round 31 (P2): the banner goes while a page's modal lies across the composer, not for a popup over part of it.
describe('seeBox hit test', () => {
  it('covered: the page draws over the middle; overlaid: across its width too (a mask), not a popup over its middle', () => {
    const { el } = composer(); // 10..410 wide, the looks at y 512
    // In a dock of its own (what is drawn in the box around the composer is the composer's, not the page's over it).
    const dock = document.body.appendChild(document.createElement('div'));
    dock.appendChild(document.createElement('div')).append(el);
    const mask = document.body.appendChild(document.createElement('div'));
    const popup = document.body.appendChild(document.createElement('ul'));
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 720, configurable: true });
    const at = vi.fn((_x: number, _y: number): Element | null => el);
    (document as Document & { elementFromPoint: typeof at }).elementFromPoint = at;
    expect(seeBox(el, true)).toMatchObject({ shown: true, covered: false, overlaid: false });
    at.mockImplementation((x) => (x > 150 && x < 270 ? popup : el)); // a list over the middle only
    expect(seeBox(el, true)).toMatchObject({ covered: true, overlaid: false });
    at.mockImplementation(() => mask);
    expect(seeBox(el, true)).toMatchObject({ covered: true, overlaid: true });
    expect(at.mock.calls.map(([x]) => x)).toContain(110); // a quarter in
    expect(at.mock.calls.map(([x]) => x)).toContain(310); // three quarters in
    expect(seeBox(el), 'no hit test asked: none made').not.toHaveProperty('overlaid');
    // A composer right under <body> (body > form > textarea): the mask, a child of <body> too, is not its box.
    document.body.appendChild(document.createElement('form')).append(el);
    expect(seeBox(el, true)).toMatchObject({ covered: true, overlaid: true });
  });
});

describe('seeBox hit test in a shadow root', () => {
  it('a composer inside a web component is asked of its shadow root (the document answers with the host, which would look like a cover)', () => {
    const { el } = composer();
    const host = document.body.appendChild(document.createElement('chat-box'));
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.appendChild(document.createElement('div')).append(el);
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 720, configurable: true });
    (document as Document & { elementFromPoint: () => Element | null }).elementFromPoint = () => host;
    const inShadow = vi.fn((): Element | null => el);
    (shadow as ShadowRoot & { elementFromPoint: typeof inShadow }).elementFromPoint = inShadow;
    expect(seeBox(el, true)).toMatchObject({ shown: true, covered: false, overlaid: false });
    expect(inShadow).toHaveBeenCalled();
    // A page mask in the document over the host: the shadow root's answer is the mask (retargeted), a cover.
    const mask = document.body.appendChild(document.createElement('div'));
    inShadow.mockImplementation(() => mask);
    expect(seeBox(el, true)).toMatchObject({ covered: true, overlaid: true });
  });
});

describe('followBox with a hit test', () => {
  it('hit-tests on the first look after a trigger, not on the looks that wait for the box to stay put; a mask over it is reported', async () => {
    const { el } = composer();
    const dock = document.body.appendChild(document.createElement('div'));
    dock.appendChild(document.createElement('div')).append(el);
    const mask = document.body.appendChild(document.createElement('div'));
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 720, configurable: true });
    let over: Element = el;
    const at = vi.fn((): Element | null => over);
    (document as Document & { elementFromPoint: typeof at }).elementFromPoint = at;
    const seen: (boolean | undefined)[] = [];
    const follower = followBox((_el, s) => seen.push(s.overlaid), ctl.signal, { hitTest: () => true });
    follower.watch(el);
    expect(at).toHaveBeenCalledTimes(1); // where it is when followed
    document.body.className = 'tick'; // the page's countdown, each second
    await flushMutations();
    expect(runFrames()).toBeGreaterThan(2);
    expect(at, 'one hit test for the trigger, none for the still looks').toHaveBeenCalledTimes(2);
    over = mask; // the page opens a modal over it
    document.body.className = 'modal-open';
    await flushMutations();
    runFrames();
    expect(seen).toEqual([true]);
  });
});
