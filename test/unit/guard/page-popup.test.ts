// @vitest-environment happy-dom
// Round 31 (P1): Esc in the composer is the page's while its own popup (an @mention list, an emoji picker,
// an autocomplete) is open at the composer; a menu elsewhere on the page (a side bar) is no such popup.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { optionOnPath, optionPhrase, pagePopupOpen, pickedOption, suggestionListOpen } from '@/content/guard/page-popup';

const pickedOptionText = (ed: HTMLElement) => pickedOption(ed)?.text ?? null;

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

describe('suggestionListOpen: an Enter there picks from the page’s list (round 45, finding 3)', () => {
  it('an antd / rc-mentions dropdown on <body> beside a composer in the kit’s wrapper', () => {
    const ed = composer();
    const wrapper = document.createElement('div');
    wrapper.className = 'ant-mentions';
    document.body.append(wrapper);
    wrapper.append(ed);
    expect(suggestionListOpen(ed)).toBe(false);
    popup('<div class="ant-mentions-dropdown"><ul role="menu"></ul></div>', [400, 530, 200, 60]);
    expect(suggestionListOpen(ed)).toBe(true);
  });
  it('the same dropdown beside a composer not in the kit’s wrapper, a floating listbox nothing ties to it, or one far away: not its', () => {
    const ed = composer();
    popup('<div class="ant-mentions-dropdown"></div>', [400, 530, 200, 60]);
    popup('<ul role="listbox"><li role="option">猜你想问</li></ul>', [400, 530, 200, 60]);
    expect(suggestionListOpen(ed)).toBe(false);
    expect(pagePopupOpen(ed), 'an Esc is still the page’s').toBe(true);
  });
  it('a combobox that says it is expanded and names a shown floating list; not a stale marker or a list in the page’s layout', () => {
    const ed = composer();
    ed.setAttribute('aria-activedescendant', 'o1');
    popup('<ul id="inflow" role="listbox"><li id="o1" role="option">猜你想问</li></ul>', [400, 670, 440, 40], '');
    ed.setAttribute('aria-expanded', 'true');
    ed.setAttribute('aria-controls', 'inflow');
    expect(suggestionListOpen(ed), 'a list in the layout').toBe(false);
    popup('<ul id="float" role="listbox"><li role="option">小何</li></ul>', [400, 530, 200, 60]);
    ed.setAttribute('aria-controls', 'float');
    expect(suggestionListOpen(ed)).toBe(true);
    ed.setAttribute('aria-expanded', 'false');
    expect(suggestionListOpen(ed), 'not expanded').toBe(false);
  });
});

describe('round 49, finding 1: the option a pick from the composer’s own list would send', () => {
  it('the active descendant of a list the composer names; a selected option; nothing for a list it does not name', () => {
    const ed = composer();
    const list = popup('<ul id="qr" role="listbox"><li id="qr0" role="option">亲，欢迎光临</li><li id="qr1" role="option" aria-selected="true">亲，加我微信 abc12345</li></ul>', [400, 500, 300, 90]);
    for (const li of list.querySelectorAll('li')) boxes.set(li, [400, 500, 300, 30]);
    expect(pickedOptionText(ed)).toBeNull(); // nothing ties the list to the composer
    ed.setAttribute('aria-controls', 'qr');
    expect(pickedOptionText(ed)).toBe('亲，加我微信 abc12345');
    ed.setAttribute('aria-activedescendant', 'qr0');
    expect(pickedOptionText(ed)).toBe('亲，欢迎光临');
    expect(optionOnPath(ed, [list.querySelector('#qr1')!, list, document.body])?.text).toBe('亲，加我微信 abc12345');
    ed.removeAttribute('aria-controls');
    ed.removeAttribute('aria-activedescendant');
    expect(optionOnPath(ed, [list.querySelector('#qr1')!, list, document.body])).toBeNull();
  });
});

describe('round 49 second pass, findings 1–3: the phrase an option holds', () => {
  const option = (html: string) => {
    const ul = document.createElement('ul');
    ul.innerHTML = html;
    return ul.firstElementChild!;
  };
  it('a phrase kept in data-*, an image’s alt or title, over a short label; ids, urls and numbers are not phrases', () => {
    expect(optionPhrase(option('<li role="option" data-phrase="加我微信 abc12345 详聊" data-id="q-17" data-url="https://x.test/a b">/联系方式</li>'))).toBe('加我微信 abc12345 详聊');
    expect(optionPhrase(option('<li role="option"><img alt="加我微信 abc12345 详聊">联系方式</li>'))).toBe('加我微信 abc12345 详聊');
    expect(optionPhrase(option('<li role="option"><img title="亲，本店不能加微信哦，有问题直接在这里留言就好"></li>'))).toBe('亲，本店不能加微信哦，有问题直接在这里留言就好');
    expect(optionPhrase(option('<li role="option" data-phrase="亲，本店不能加微信哦，有问题直接在这里留言就好">/加微信</li>'))).toBe('亲，本店不能加微信哦，有问题直接在这里留言就好');
    expect(optionPhrase(option('<li role="option" data-id="1234567890123" data-key="contact_wechat_long_key">亲，您好</li>'))).toBe('亲，您好');
    expect(optionPhrase(option('<li role="option" data-cat="联系">加我微信 abc12345 详聊</li>')), 'a longer label is its phrase').toBe('加我微信 abc12345 详聊');
  });
});
