// @vitest-environment happy-dom
// Round 53 (guard53b): a 千牛-style 快捷短语 panel's digit key sends phrase N (rt50-guard finding 2, left since round 50).
// keySentItemOf says which item's text a digit key press sends, from the panel's structure; null where no panel sends it.
import { describe, expect, it, vi } from 'vitest';
import { type DigitKey, keySentItemOf } from '../../../sites/generic';

function page(html: string): void {
  document.body.innerHTML = html; // fixture markup
}
const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const key = (k: string, mods: Partial<DigitKey> = {}): DigitKey => ({
  key: k,
  code: /^[0-9]$/.test(k) ? `Digit${k}` : '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

const COMPOSER = '<div class="box"><textarea id="ta"></textarea><button>发送</button></div>';
const NUMBERED = `${COMPOSER}<h4>快捷短语 <small>（单击发送，双击填入，数字键 1-9 发送）</small></h4>
<div class="plist" tabindex="0" aria-label="快捷短语">
 <div class="phrase" id="p1">1. 亲，在的</div><div class="phrase" id="p2">2. 亲，加我微信 abc12345</div><div class="phrase" id="p3">3. 今天发货</div>
</div>`;

describe('keySentItemOf (round 53, guard53b)', () => {
  it('a focused 单击发送 / 数字键 panel: digit N gives the item numbered N, its number dropped (row and numpad digits)', () => {
    page(NUMBERED);
    expect(keySentItemOf($('.plist'), key('2'))).toBe('亲，加我微信 abc12345');
    expect(keySentItemOf($('#p1'), key('1'))).toBe('亲，在的');
    expect(keySentItemOf($('.plist'), { ...key('3'), code: 'Numpad3' })).toBe('今天发货');
    expect(keySentItemOf($('.plist'), key('4'))).toBeNull(); // no phrase 4
    expect(keySentItemOf($('.plist'), key('2', { shiftKey: true }))).toBeNull();
    expect(keySentItemOf($('.plist'), key('2', { ctrlKey: true }))).toBeNull(); // the heading names no Ctrl
  });

  it('a panel whose heading says 数字键 1-9 发送 is sent by a digit pressed anywhere outside a field', () => {
    page(NUMBERED);
    expect(keySentItemOf(document.body, key('2'))).toBe('亲，加我微信 abc12345');
  });

  it('a panel saying only 单击发送 is sent by a digit only with the focus in it', () => {
    page(`${COMPOSER}<h4>快捷短语（单击发送）</h4><div class="plist" tabindex="0"><div class="phrase">1. 亲，在的</div><div class="phrase">2. 加微信 abc12345</div></div>`);
    expect(keySentItemOf($('.plist'), key('2'))).toBe('加微信 abc12345');
    expect(keySentItemOf(document.body, key('2'))).toBeNull();
  });

  it('unnumbered items: the N-th', () => {
    page(`${COMPOSER}<div role="listbox" aria-label="快捷短语（按数字 1-9 发送）" tabindex="0"><div role="option">亲，在的</div><div role="option">加微信 abc12345</div></div>`);
    expect(keySentItemOf($('[role="listbox"]'), key('2'))).toBe('加微信 abc12345');
    expect(keySentItemOf(document.body, key('1'))).toBe('亲，在的');
  });

  it('nested: a heading and a search box inside the panel, items in a list, each number in its own element', () => {
    page(`${COMPOSER}<section class="qp" aria-label="快捷短语，快捷键 1-9 发送"><h5>常用</h5><input type="search" id="q" placeholder="搜索短语">
      <ul><li tabindex="-1" id="l1"><em>1</em><span>亲，在的</span></li><li tabindex="-1"><em>2</em><span>加微信 abc12345</span></li></ul></section>`);
    expect(keySentItemOf($('#l1'), key('2'))).toBe('加微信 abc12345');
    expect(keySentItemOf(document.body, key('1'))).toBe('亲，在的');
    // A digit typed into the panel's search box or the composer is typing, never a send.
    expect(keySentItemOf($('#q'), key('2'))).toBeNull();
    expect(keySentItemOf($('#ta'), key('2'))).toBeNull();
  });

  it('Alt/Ctrl+digit only where the heading names that key; then a plain digit is not it', () => {
    page(`${COMPOSER}<h4>快捷短语（Alt+数字 发送）</h4><div class="plist"><div class="phrase">1. 亲，在的</div><div class="phrase">2. 加微信 abc12345</div></div>`);
    expect(keySentItemOf(document.body, { ...key('2', { altKey: true }), key: '™' })).toBe('加微信 abc12345');
    expect(keySentItemOf(document.body, key('2'))).toBeNull();
    expect(keySentItemOf(document.body, key('2', { ctrlKey: true }))).toBeNull();
  });

  it('null where nothing says a digit sends: a plain list, 「Ctrl+Enter 快捷键发送」, a digit in the composer', () => {
    page(`${COMPOSER}<p>Ctrl+Enter 快捷键发送</p><div class="plist" tabindex="0"><div>1. 亲，在的</div><div>2. 加微信 abc12345</div></div>`);
    expect(keySentItemOf($('.plist'), key('2'))).toBeNull();
    expect(keySentItemOf(document.body, key('2'))).toBeNull();
    page(NUMBERED);
    expect(keySentItemOf($('#ta'), key('2'))).toBeNull();
    expect(keySentItemOf($('.plist'), key('a'))).toBeNull();
  });
});

describe('interceptSends: a digit key sending a panel item (round 53, guard53b)', () => {
  it('judges the item keySend names by its text; a stop keeps keydown, keypress, keyup and auto-repeats from the page; a digit in a field is never asked about', async () => {
    const { interceptSends } = await import('../../../content/guard/send-interceptor');
    page('<textarea id="ta"></textarea><div class="plist" tabindex="0"><div>1. ok</div><div>2. bad</div></div>');
    const plist = $('.plist');
    const pageSaw: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup']) plist.addEventListener(type, (e) => pageSaw.push(`${type}:${(e as KeyboardEvent).key}`));
    const keySend = vi.fn((_t: EventTarget | null, e: KeyboardEvent) => ({ composer: 'composer', text: e.key === '2' ? 'bad' : 'ok' }));
    const decide = vi.fn((a: { text?: string }) => a.text !== 'bad');
    const ctl = new AbortController();
    interceptSends<string>({ win: window, signal: ctl.signal, composerForKey: () => null, composerForClick: () => null, keySend, decide, wouldPass: () => true });
    const press = (el: Element, k: string, repeat = false) => {
      const down = new KeyboardEvent('keydown', { key: k, code: `Digit${k}`, bubbles: true, cancelable: true, repeat });
      el.dispatchEvent(down);
      if (!repeat) {
        el.dispatchEvent(new KeyboardEvent('keypress', { key: k, code: `Digit${k}`, bubbles: true, cancelable: true }));
        el.dispatchEvent(new KeyboardEvent('keyup', { key: k, code: `Digit${k}`, bubbles: true, cancelable: true }));
      }
      return down;
    };
    expect(press(plist, '2').defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(decide).toHaveBeenLastCalledWith(expect.objectContaining({ composer: 'composer', via: 'click', text: 'bad', pick: true }));
    // A held 2: its auto-repeats follow the stop, without another decision.
    press(plist, '2');
    pageSaw.length = 0;
    const calls = decide.mock.calls.length;
    plist.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', bubbles: true, cancelable: true }));
    expect(press(plist, '2', true).defaultPrevented).toBe(true);
    expect(decide.mock.calls.length).toBe(calls + 1);
    plist.dispatchEvent(new KeyboardEvent('keyup', { key: '2', code: 'Digit2', bubbles: true, cancelable: true }));
    expect(pageSaw).toEqual([]);
    // A clean item goes: the page gets all three events.
    expect(press(plist, '1').defaultPrevented).toBe(false);
    expect(pageSaw).toEqual(['keydown:1', 'keypress:1', 'keyup:1']);
    // A digit typed into a field: keySend is not asked.
    keySend.mockClear();
    expect(press($('#ta'), '2').defaultPrevented).toBe(false);
    expect(keySend).not.toHaveBeenCalled();
    ctl.abort();
  });
});
