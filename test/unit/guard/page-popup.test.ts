// @vitest-environment happy-dom
// Round 31 (P1): Esc in the composer is the page's while its own popup (an @mention list, an emoji picker,
// an autocomplete) is open at the composer; a menu elsewhere on the page (a side bar) is no such popup.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pagePopupOpen } from '@/content/guard/page-popup';

const boxes = new Map<Element, [left: number, top: number, width: number, height: number]>();
beforeEach(() => {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, width, height] = boxes.get(this) ?? [0, 0, 0, 0];
    return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) } as DOMRect;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  boxes.clear();
  document.body.replaceChildren();
});

/** A composer at the bottom of a chat (400, 600, 440×60). */
function composer(): HTMLTextAreaElement {
  const ed = document.createElement('textarea');
  document.body.append(ed);
  boxes.set(ed, [400, 600, 440, 60]);
  return ed;
}

function popup(html: string, box: [number, number, number, number], style = 'position: absolute'): HTMLElement {
  const wrap = document.createElement('div');
  wrap.setAttribute('style', style);
  wrap.innerHTML = html;
  document.body.append(wrap);
  const el = wrap.firstElementChild as HTMLElement;
  boxes.set(el, box);
  return el;
}

describe('pagePopupOpen', () => {
  it('nothing open: false', () => {
    expect(pagePopupOpen(composer())).toBe(false);
  });

  it('the composer says so: aria-expanded="true", or an aria-activedescendant naming an element', () => {
    const ed = composer();
    ed.setAttribute('aria-expanded', 'true');
    expect(pagePopupOpen(ed)).toBe(true);
    ed.setAttribute('aria-expanded', 'false');
    ed.setAttribute('aria-activedescendant', 'opt-1');
    expect(pagePopupOpen(ed), 'names nothing').toBe(false);
    popup('<div id="opt-1">小何</div>', [0, 0, 0, 0], '');
    expect(pagePopupOpen(ed)).toBe(true);
  });

  it('a shown floating list or picker beside the composer: a listbox, quill-mention, a tippy box, Ant Design’s dropdowns', () => {
    const ed = composer();
    for (const html of [
      '<ul role="listbox"><li role="option">小何</li></ul>',
      '<div class="ql-mention-list-container"><ul class="ql-mention-list"></ul></div>',
      '<div data-tippy-root><div class="tippy-box"></div></div>',
      '<div class="ant-mentions-dropdown"></div>',
      '<div class="ant-select-dropdown"></div>',
      '<em-emoji-picker></em-emoji-picker>',
    ]) {
      const el = popup(html, [410, 480, 200, 110]);
      expect(pagePopupOpen(ed), html).toBe(true);
      el.parentElement!.remove();
    }
  });

  it('not: a hidden one (0×0), one far from the composer (a side bar’s menu), one in the page’s flow, one holding the composer', () => {
    const ed = composer();
    popup('<ul role="listbox"></ul>', [0, 0, 0, 0]);
    expect(pagePopupOpen(ed), 'hidden').toBe(false);
    popup('<ul role="menu"></ul>', [0, 0, 180, 720], 'position: fixed');
    expect(pagePopupOpen(ed), 'a side bar').toBe(false);
    popup('<ul role="listbox"></ul>', [410, 480, 200, 110], 'position: static');
    expect(pagePopupOpen(ed), 'a list in the page’s layout').toBe(false);
    const menu = popup('<div role="menu"></div>', [380, 560, 500, 140]);
    menu.append(ed);
    expect(pagePopupOpen(ed), 'the composer inside it').toBe(false);
  });
});
