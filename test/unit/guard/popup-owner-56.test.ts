// @vitest-environment happy-dom
// Round 56 (guard56, rt55g F1): a confirm popup shown while a review's opener waits is the opener's only when nothing else was clicked
// since, or it sits nearer the opener than the control clicked since (an internal note's ⋯ opening its own popconfirm).
import { describe, expect, it } from 'vitest';
import { gapBetween, popupOfOpener } from '../../../content/guard/popup-owner';

function placed(id: string, left: number, top: number, width = 40, height = 20): HTMLElement {
  const el = document.createElement('div');
  el.id = id;
  document.body.appendChild(el);
  el.getBoundingClientRect = () => ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;
  return el;
}
const shown = () => true;

describe('round 56 (rt55g F1): whose popup', () => {
  it('measures the gap between boxes (0 when touching)', () => {
    document.body.innerHTML = '';
    expect(gapBetween(placed('a', 0, 0), placed('b', 40, 20))).toBe(0);
    expect(gapBetween(placed('c', 0, 0), placed('d', 0, 50))).toBe(30);
    expect(gapBetween(placed('e', 0, 0), placed('f', 70, 60))).toBe(50);
  });
  it('no other click since: the opener’s', () => {
    document.body.innerHTML = '';
    expect(popupOfOpener(placed('p', 500, 500), placed('o', 0, 0), undefined, shown)).toBe(true);
  });
  it('below the note’s ⋯, far from the review’s 更多: the note’s, not the opener’s', () => {
    document.body.innerHTML = '';
    const opener = placed('more-review', 10, 60);
    const note = placed('more-note', 10, 160);
    expect(popupOfOpener(placed('np', 10, 184, 200, 40), opener, note, shown)).toBe(false);
  });
  it('below the review’s 更多 after the note was clicked: still the opener’s', () => {
    document.body.innerHTML = '';
    const opener = placed('more-review', 10, 60);
    const note = placed('more-note', 10, 160);
    expect(popupOfOpener(placed('rp', 10, 84, 200, 40), opener, note, shown)).toBe(true);
  });
  it('the control clicked since is gone (the note’s popup OK, removed) or hidden: the opener’s', () => {
    document.body.innerHTML = '';
    const opener = placed('more-review', 10, 60);
    const ok = placed('ok', 10, 84);
    ok.remove();
    expect(popupOfOpener(placed('rp', 900, 900), opener, ok, shown)).toBe(true);
    const hidden = placed('hidden', 900, 900);
    expect(popupOfOpener(placed('rp2', 900, 900), opener, hidden, (el) => el !== hidden)).toBe(true);
  });
  it('the opener itself is gone: never its', () => {
    document.body.innerHTML = '';
    const opener = placed('more-review', 10, 60);
    const note = placed('more-note', 10, 160);
    opener.remove();
    expect(popupOfOpener(placed('rp', 10, 84), opener, note, shown)).toBe(false);
  });
});
