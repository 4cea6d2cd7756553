// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyCapture, installEarlyCapture } from '../../../content/guard/early-capture';
import { interceptSends, isImeEnter, isSendKey, type InterceptorOptions } from '../../../content/guard/send-interceptor';

const key = (init: KeyboardEventInit & { keyCode?: number }) => {
  const e = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  if (init.keyCode !== undefined && e.keyCode !== init.keyCode) Object.defineProperty(e, 'keyCode', { value: init.keyCode });
  return e;
};

describe('Enter decisions', () => {
  it.each([
    ['Enter', { key: 'Enter' }, true],
    ['Ctrl+Enter', { key: 'Enter', ctrlKey: true }, true],
    ['Shift+Enter (new line)', { key: 'Enter', shiftKey: true }, false],
    ['Alt+Enter', { key: 'Enter', altKey: true }, false],
    ['another key', { key: 'a' }, false],
  ])('%s is a send key: %s', (_n, init, expected) => {
    expect(isSendKey(key(init))).toBe(expected);
  });

  it.each([
    ['isComposing (Chrome, Firefox)', { key: 'Enter', isComposing: true }, false, true],
    ['keyCode 229 (Safari order, Windows IMEs)', { key: 'Enter', keyCode: 229 }, false, true],
    ['between compositionstart and compositionend', { key: 'Enter' }, true, true],
    ['a plain Enter', { key: 'Enter', keyCode: 13 }, false, false],
  ])('%s → IME confirm: %s', (_n, init, composing, expected) => {
    expect(isImeEnter(key(init), composing)).toBe(expected);
  });
});

describe('interceptSends', () => {
  let ctl: AbortController;
  let field: HTMLTextAreaElement;
  let button: HTMLButtonElement;
  let pageSaw: string[];
  let options: InterceptorOptions<string>;

  beforeEach(() => {
    document.body.innerHTML = '<textarea></textarea><button>发送</button><input id="other">';
    field = document.querySelector('textarea')!;
    button = document.querySelector('button')!;
    pageSaw = [];
    // The page's own handlers, as a chat app registers them (on the elements).
    field.addEventListener('keydown', (e) => pageSaw.push(`keydown:${e.key}`));
    field.addEventListener('keyup', (e) => pageSaw.push(`keyup:${e.key}`));
    button.addEventListener('click', () => pageSaw.push('click'));
    ctl = new AbortController();
    options = {
      win: window,
      signal: ctl.signal,
      composerForKey: (t) => (t === field ? 'composer' : null),
      composerForClick: (path) => (path.includes(button) ? 'composer' : null),
      decide: vi.fn(() => false),
      wouldPass: vi.fn(() => false),
      onError: vi.fn(),
    };
  });
  afterEach(() => ctl.abort());

  it('an Enter in a field beside the message (round 43) reaches that field\'s own handlers (round 44) but no ancestor\'s, is not prevented nor decided, while the message would be stopped; one submitting the form is judged', () => {
    const memo = document.querySelector<HTMLInputElement>('#other')!;
    memo.addEventListener('keydown', (e) => pageSaw.push(`memo:${e.key}`));
    memo.addEventListener('keyup', (e) => pageSaw.push(`memo-up:${e.key}`));
    // The page's box handler, sending on any Enter that bubbles up to it.
    const box = document.createElement('div');
    document.body.append(box);
    box.append(memo);
    box.addEventListener('keydown', (e) => pageSaw.push(`box:${e.key}`));
    let submits = false;
    // As the guard does: the aside field's key belongs to the message's composer.
    const composerForKey = (t: EventTarget | null) => (t === field || t === memo ? 'composer' : null);
    interceptSends({ ...options, composerForKey, asideKey: (t) => (t === memo ? { composer: 'composer', submits } : null) });
    const down = key({ key: 'Enter' });
    memo.dispatchEvent(down);
    memo.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(down.defaultPrevented).toBe(false); // the line break is typed
    expect(pageSaw).toEqual(['memo:Enter', 'memo-up:Enter']); // the memo's own handlers, not the box's
    expect(options.decide).not.toHaveBeenCalled();
    // The listener that kept it there is gone with that dispatch: a later key in the memo bubbles as usual.
    memo.dispatchEvent(key({ key: 'a' }));
    expect(pageSaw.slice(2)).toEqual(['memo:a', 'box:a']);
    pageSaw.length = 0;
    submits = true;
    const submit = key({ key: 'Enter' });
    memo.dispatchEvent(submit);
    expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'enter' }));
    expect(submit.defaultPrevented).toBe(true);
    memo.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
    (options.wouldPass as ReturnType<typeof vi.fn>).mockReturnValue(true);
    submits = false;
    memo.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual(['memo:Enter', 'box:Enter']); // a clean message: the page gets its Enter
  });

  it('stops a blocked Enter (and its keyup) before the page sees it', () => {
    interceptSends(options);
    const down = key({ key: 'Enter' });
    field.dispatchEvent(down);
    field.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(down.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'enter' }));
  });

  it('where a plain Enter is the newline key: on a draft that would be stopped, the page gets neither its keydown nor keyup, and its line break is not prevented', () => {
    interceptSends({ ...options, enterIsNewline: () => true });
    const down = key({ key: 'Enter' });
    field.dispatchEvent(down);
    const up = new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true });
    field.dispatchEvent(up);
    expect(down.defaultPrevented).toBe(false);
    expect(up.defaultPrevented).toBe(false);
    expect(pageSaw).toEqual([]);
    expect(options.decide).not.toHaveBeenCalled();
    // Ctrl+Enter is still a send attempt, decided (and stopped) as ever.
    const ctrl = key({ key: 'Enter', ctrlKey: true });
    field.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(true);
    expect(options.decide).toHaveBeenCalledTimes(1);
  });

  it('where a plain Enter is the newline key: a draft that would pass gets the usual decision and the page its Enter', () => {
    options.wouldPass = vi.fn(() => true);
    options.decide = vi.fn(() => true);
    interceptSends({ ...options, enterIsNewline: () => true });
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(options.decide).toHaveBeenCalledTimes(1);
    expect(pageSaw).toEqual(['keydown:Enter']);
  });

  it('lets Shift+Enter, an IME confirm and keys in other fields through without asking', () => {
    interceptSends(options);
    field.dispatchEvent(key({ key: 'Enter', shiftKey: true }));
    field.dispatchEvent(key({ key: 'Enter', isComposing: true }));
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.dispatchEvent(key({ key: 'Enter' }));
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    document.querySelector('#other')!.dispatchEvent(key({ key: 'Enter' }));
    expect(options.decide).not.toHaveBeenCalled();
    expect(pageSaw).toEqual(['keydown:Enter', 'keydown:Enter', 'keydown:Enter']);
  });

  it('an Enter with keyCode 229 after compositionend is no send attempt, yet a page that sends on it cannot send a draft that would be stopped', () => {
    interceptSends(options);
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    const down = key({ key: 'Enter', keyCode: 229 });
    field.dispatchEvent(down);
    field.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(options.decide).not.toHaveBeenCalled();
    expect(options.wouldPass).toHaveBeenCalledWith('composer');
    expect(down.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    // A draft that would pass: the key goes to the page untouched.
    options.wouldPass = vi.fn(() => true);
    ctl.abort();
    ctl = new AbortController();
    interceptSends({ ...options, signal: ctl.signal });
    field.dispatchEvent(key({ key: 'Enter', keyCode: 229 }));
    expect(pageSaw).toEqual(['keydown:Enter']);
    expect(options.decide).not.toHaveBeenCalled();
  });

  describe('round 44, finding 1: a role=button 发送 the keyboard activates (Enter on keydown, Space on keyup)', () => {
    let control: HTMLElement;
    let other: HTMLElement;
    const press = (el: Element, k: string, init: KeyboardEventInit = {}) => {
      const events = ['keydown', 'keypress', 'keyup'].map((type) => new KeyboardEvent(type, { key: k, bubbles: true, cancelable: true, composed: true, ...init }));
      for (const e of events) el.dispatchEvent(e);
      return events;
    };
    beforeEach(() => {
      document.body.insertAdjacentHTML('beforeend', '<div id="send" role="button" tabindex="0">发送</div><div id="emoji" role="button" tabindex="0">表情</div>');
      control = document.querySelector('#send')!;
      other = document.querySelector('#emoji')!;
      for (const el of [control, other]) for (const type of ['keydown', 'keypress', 'keyup']) el.addEventListener(type, (e) => pageSaw.push(`${el.id}:${type}:${(e as KeyboardEvent).key}`));
      options.composerForClick = (path) => (path.includes(button) || path.includes(control) ? 'composer' : null);
    });

    it.each([' ', 'Enter'])('a stopped %j keydown on 发送 keeps its keypress and keyup from the page too, decided once', (k) => {
      interceptSends(options);
      const [down, , up] = press(control, k);
      expect(down!.defaultPrevented && up!.defaultPrevented).toBe(true);
      expect(pageSaw).toEqual([]);
      expect(options.decide).toHaveBeenCalledTimes(1);
      expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'click' }));
    });

    it('a passing keydown lets its keyup through undecided (a held warning is not passed by a second decision)', () => {
      const decide = vi.fn().mockReturnValueOnce(true).mockReturnValue(false);
      interceptSends({ ...options, decide });
      press(control, ' ');
      expect(pageSaw).toEqual(['send:keydown: ', 'send:keypress: ', 'send:keyup: ']);
      expect(decide).toHaveBeenCalledTimes(1);
    });

    it('the auto-repeated keydowns of a held Space follow the first one, and so does its keyup', () => {
      const decide = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
      interceptSends({ ...options, decide });
      control.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
      control.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', repeat: true, bubbles: true, cancelable: true }));
      control.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true }));
      expect(pageSaw).toEqual([]);
      expect(decide).toHaveBeenCalledTimes(1);
    });

    it('a keyup on 发送 without its keydown there is decided while the draft would be stopped, and left alone when it would pass', () => {
      interceptSends(options);
      const up = new KeyboardEvent('keyup', { key: ' ', bubbles: true, cancelable: true });
      control.dispatchEvent(up);
      expect(up.defaultPrevented).toBe(true);
      expect(options.decide).toHaveBeenCalledTimes(1);
      vi.mocked(options.wouldPass).mockReturnValue(true);
      control.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
      expect(pageSaw).toEqual(['send:keyup:Enter']);
      expect(options.decide).toHaveBeenCalledTimes(1);
    });

    it("the page's other controls and Space typed in the composer are never touched", () => {
      interceptSends(options);
      press(other, ' ');
      press(other, 'Enter');
      const [down, , up] = press(field, ' ');
      expect(down!.defaultPrevented || up!.defaultPrevented).toBe(false);
      expect(pageSaw).toEqual(['emoji:keydown: ', 'emoji:keypress: ', 'emoji:keyup: ', 'emoji:keydown:Enter', 'emoji:keypress:Enter', 'emoji:keyup:Enter', 'keydown: ', 'keyup: ']);
      expect(options.decide).not.toHaveBeenCalled();
    });
  });

  it('stops a blocked click on the Send button (and the mousedown before it)', () => {
    interceptSends(options);
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 });
    button.dispatchEvent(down);
    button.click();
    expect(down.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ via: 'click' }));
  });

  it('round 41 L8: a middle click (auxclick) on 发送 is decided while the draft would be stopped; a right button, or a draft that passes, is left alone', () => {
    button.addEventListener('auxclick', () => pageSaw.push('auxclick'));
    interceptSends(options);
    const middle = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    button.dispatchEvent(middle);
    expect(middle.defaultPrevented).toBe(true);
    expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'click' }));
    button.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 2 }));
    expect(pageSaw).toEqual(['auxclick']);
    vi.mocked(options.wouldPass).mockReturnValue(true);
    button.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
    expect(pageSaw).toEqual(['auxclick', 'auxclick']);
    expect(options.decide).toHaveBeenCalledTimes(1);
  });

  it("round 41 L6: a one-click send's canned reply is what its press and click are judged by", () => {
    const quick = document.createElement('button');
    document.body.append(quick);
    quick.addEventListener('click', () => pageSaw.push('quick'));
    interceptSends({ ...options, cannedSend: (path) => (path.includes(quick) ? { composer: 'composer', text: '加我微信' } : null) });
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 });
    quick.dispatchEvent(down);
    quick.click();
    expect(down.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(options.wouldPass).toHaveBeenCalledWith('composer', '加我微信');
    expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'click', text: '加我微信' }));
    button.click(); // the main 发送 is the draft's: no text
    expect(vi.mocked(options.decide).mock.calls.at(-1)?.[0]).not.toHaveProperty('text');
  });

  it.each(['pointerup', 'mouseup', 'pointerdown'])('stops a blocked %s on the Send button (pages send on it too)', (type) => {
    button.addEventListener(type, () => pageSaw.push(type));
    interceptSends(options);
    const event = new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 });
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(pageSaw).toEqual([]);
    expect(options.wouldPass).toHaveBeenCalledWith('composer');
  });

  it('passes what the decision passes', () => {
    options.decide = vi.fn(() => true);
    interceptSends(options);
    field.dispatchEvent(key({ key: 'Enter' }));
    button.click();
    expect(pageSaw).toEqual(['keydown:Enter', 'click']);
  });

  it('fails open: a throwing decision or lookup lets the send through and is reported', () => {
    options.decide = vi.fn(() => {
      throw new Error('lint crashed');
    });
    options.wouldPass = vi.fn(() => {
      throw new Error('lint crashed');
    });
    interceptSends(options);
    const down = key({ key: 'Enter' });
    field.dispatchEvent(down);
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    button.click();
    expect(down.defaultPrevented).toBe(false);
    expect(pageSaw).toEqual(['keydown:Enter', 'click']);
    expect(options.onError).toHaveBeenCalledTimes(3);
  });

  it('stops listening when its signal aborts', () => {
    interceptSends(options);
    ctl.abort();
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual(['keydown:Enter']);
  });

  describe('round 39: sends the page starts some other way', () => {
    const docSaw: string[] = [];
    const onDoc = (e: Event) => docSaw.push(`${e.type}:${(e as KeyboardEvent).key ?? ''}`);
    beforeEach(() => {
      docSaw.length = 0;
      document.addEventListener('keydown', onDoc);
    });
    afterEach(() => document.removeEventListener('keydown', onDoc));

    it('L6: an Enter with the focus on the page (no field, no control) is the current draft\'s send while it would be stopped', () => {
      document.body.insertAdjacentHTML('beforeend', '<div id="msgs" tabindex="-1">买家：在吗</div><a id="link" href="#x">订单</a><div id="card" tabindex="0">会话</div>');
      interceptSends({ ...options, currentComposer: () => 'composer' });
      const onList = key({ key: 'Enter' });
      document.querySelector('#msgs')!.dispatchEvent(onList);
      document.body.dispatchEvent(key({ key: 'Enter' }));
      expect(onList.defaultPrevented).toBe(true);
      expect(docSaw).toEqual([]);
      expect(options.decide).toHaveBeenCalledTimes(2);
      expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'enter' }));
      // A link's or a focusable card's Enter is its own; Shift+Enter is no send.
      document.querySelector('#link')!.dispatchEvent(key({ key: 'Enter' }));
      document.querySelector('#card')!.dispatchEvent(key({ key: 'Enter' }));
      document.body.dispatchEvent(key({ key: 'Enter', shiftKey: true }));
      expect(docSaw).toEqual(['keydown:Enter', 'keydown:Enter', 'keydown:Enter']);
      expect(options.decide).toHaveBeenCalledTimes(2);
    });

    it('L6: a draft that would pass is never touched by an Enter on the page', () => {
      options.wouldPass = vi.fn(() => true);
      interceptSends({ ...options, currentComposer: () => 'composer' });
      const down = key({ key: 'Enter' });
      document.body.dispatchEvent(down);
      expect(down.defaultPrevented).toBe(false);
      expect(docSaw).toEqual(['keydown:Enter']);
      expect(options.decide).not.toHaveBeenCalled();
    });

    it('L1: an Enter in a document in designMode is typed into the draft (a composer key, not the page\'s)', () => {
      document.designMode = 'on';
      try {
        interceptSends({ ...options, composerForKey: (t) => (t === document.body ? 'composer' : null) });
        const down = key({ key: 'Enter' });
        document.body.dispatchEvent(down);
        expect(down.defaultPrevented).toBe(true);
        expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'enter' }));
      } finally {
        document.designMode = 'off';
      }
    });

    it('L7: the dblclick that follows stopped clicks is kept from the page while the draft would be stopped', () => {
      button.addEventListener('dblclick', () => pageSaw.push('dblclick'));
      interceptSends(options);
      const dbl = new MouseEvent('dblclick', { bubbles: true, cancelable: true, button: 0 });
      button.dispatchEvent(dbl);
      expect(pageSaw).toEqual([]);
      options.wouldPass = vi.fn(() => true);
      button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, button: 0 }));
      expect(pageSaw).toEqual(['dblclick']);
    });

    it('L3: touchstart/touchend on 发送 are kept from the page (not prevented: the click still comes and is decided)', () => {
      for (const type of ['touchstart', 'touchend']) button.addEventListener(type, () => pageSaw.push(type));
      interceptSends(options);
      const start = new Event('touchstart', { bubbles: true, cancelable: true, composed: true });
      button.dispatchEvent(start);
      button.dispatchEvent(new Event('touchend', { bubbles: true, cancelable: true, composed: true }));
      expect(start.defaultPrevented).toBe(false);
      expect(pageSaw).toEqual([]);
      expect(options.decide).not.toHaveBeenCalled();
      options.wouldPass = vi.fn(() => true);
      button.dispatchEvent(new Event('touchend', { bubbles: true, cancelable: true, composed: true }));
      expect(pageSaw).toEqual(['touchend']);
    });

    it('L8: a <select> choosing 发送 is decided on change; a stopped one goes back to its default option', () => {
      document.body.insertAdjacentHTML('beforeend', '<select id="act"><option value="">更多操作</option><option value="send">发送</option></select>');
      const select = document.querySelector<HTMLSelectElement>('#act')!;
      select.addEventListener('change', () => pageSaw.push('change'));
      select.addEventListener('input', () => pageSaw.push('input'));
      interceptSends({ ...options, composerForSelect: (s) => (s.value === 'send' ? 'composer' : null) });
      select.value = 'send';
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(pageSaw).toEqual([]);
      expect(select.value).toBe('');
      expect(options.decide).toHaveBeenCalledWith(expect.objectContaining({ composer: 'composer', via: 'click' }));
      options.decide = vi.fn(() => true);
      options.wouldPass = vi.fn(() => true);
      ctl.abort();
      ctl = new AbortController();
      interceptSends({ ...options, signal: ctl.signal, composerForSelect: (s) => (s.value === 'send' ? 'composer' : null) });
      select.value = 'send';
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      expect(pageSaw).toEqual(['input', 'change']);
      expect(select.value).toBe('send');
    });
  });
});

describe('interceptSends through the document_start listeners (early-capture.ts)', () => {
  // A page that adds its own window capture-phase Enter handler before the content script attaches.
  let early: AbortController;
  let run: AbortController;
  let pageSaw: string[];
  let field: HTMLTextAreaElement;
  const pageListener = (e: KeyboardEvent) => pageSaw.push(`${e.type}:${e.key}`);

  beforeEach(() => {
    document.body.innerHTML = '<textarea></textarea>';
    field = document.querySelector('textarea')!;
    pageSaw = [];
    early = new AbortController();
    run = new AbortController();
    installEarlyCapture(window, early.signal); // document_start
    window.addEventListener('keydown', pageListener, true); // the page's script
  });
  afterEach(() => {
    run.abort();
    early.abort();
    window.removeEventListener('keydown', pageListener, true);
  });

  const attach = (decide: () => boolean, withEarly = true) => {
    const decideSpy = vi.fn(decide);
    interceptSends<string>({
      win: window,
      signal: run.signal,
      early: withEarly ? earlyCapture(window) : null,
      composerForKey: (t) => (t === field ? 'composer' : null),
      composerForClick: () => null,
      decide: decideSpy,
      wouldPass: () => false,
    });
    return decideSpy;
  };

  it('before the guard attached, the page decides alone (fail open)', () => {
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual(['keydown:Enter']);
  });

  it('once attached, a blocked Enter is stopped before the page’s earlier window capture listener, and decided once', () => {
    const decide = attach(() => false);
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual([]);
    expect(decide).toHaveBeenCalledTimes(1);
  });

  it('without the early listeners the page’s earlier listener runs first (the gap they close)', () => {
    attach(() => false, false);
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual(['keydown:Enter']);
  });

  it('a passing Enter reaches the page; after the guard’s run ends (restart, teardown) the page decides alone again', () => {
    const decide = attach(() => true);
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(pageSaw).toEqual(['keydown:Enter']);
    run.abort();
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(decide).toHaveBeenCalledTimes(1);
    expect(pageSaw).toEqual(['keydown:Enter', 'keydown:Enter']);
  });

  it('when the early listeners are torn down, the guard listens itself', () => {
    early.abort();
    expect(earlyCapture(window)).toBeNull();
    const decide = attach(() => false);
    field.dispatchEvent(key({ key: 'Enter' }));
    expect(decide).toHaveBeenCalledTimes(1);
  });
});
