// @vitest-environment happy-dom
// While the guard is starting in a frame (content/guard/startup-hold.ts), a send it is about to judge is
// held: Enter in a text field with text, a click on a 发送/Send control while a field holds text. Nothing
// else is touched; the hold ends when released or after STARTUP_HOLD_MS.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { createStartupHold, STARTUP_HOLD_MS } from '../../../content/guard/startup-hold';

afterEach(() => {
  document.body.innerHTML = '';
});

function keydown(target: Element, init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  // As on window in the capture phase: the hold reads the composed path.
  Object.defineProperty(event, 'composedPath', { value: () => [target, ...ancestors(target)] });
  return event;
}
function click(target: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'composedPath', { value: () => [target, ...ancestors(target)] });
  return event;
}
const ancestors = (el: Element) => {
  const out: Element[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) out.push(p);
  return out;
};
const held = (hold: ReturnType<typeof createStartupHold>, event: Event) => {
  hold.consider(event);
  return event.defaultPrevented;
};
const now = () => performance.now();

describe('Enter during start-up', () => {
  it.each([
    ['a textarea with text', '<textarea>加我微信 abc123</textarea>', 'textarea', {}, true],
    ['a text input with text', '<input value="亲，在吗">', 'input', {}, true],
    ['a contenteditable with text', '<div contenteditable="true"><p>亲，在吗</p></div>', 'p', {}, true],
    ['Ctrl+Enter (a send where Ctrl+Enter sends)', '<textarea>亲</textarea>', 'textarea', { ctrlKey: true }, true],
    ['an empty textarea', '<textarea></textarea>', 'textarea', {}, false],
    ['a Quill-style empty editor', '<div contenteditable="true"><p><br></p></div>', 'p', {}, false],
    ['whitespace only', '<textarea>   </textarea>', 'textarea', {}, false],
    ['Shift+Enter (a new line)', '<textarea>亲</textarea>', 'textarea', { shiftKey: true }, false],
    ['Alt+Enter', '<textarea>亲</textarea>', 'textarea', { altKey: true }, false],
    ['an IME confirm (isComposing)', '<textarea>亲</textarea>', 'textarea', { isComposing: true }, false],
    ['an IME confirm (keyCode 229)', '<textarea>亲</textarea>', 'textarea', { keyCode: 229 }, false],
    ['Enter outside any field', '<p>亲</p><textarea>有字</textarea>', 'p', {}, false],
    ['a checkbox', '<input type="checkbox" checked>', 'input', {}, false],
  ])('%s → held %s', (_name, html, selector, init, expected) => {
    document.body.innerHTML = html;
    const hold = createStartupHold(window, now());
    expect(held(hold, keydown(document.querySelector(selector)!, { key: 'Enter', ...init }))).toBe(expected);
  });

  it('other keys are never held', () => {
    document.body.innerHTML = '<textarea>亲</textarea>';
    const hold = createStartupHold(window, now());
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'a' }))).toBe(false);
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Tab' }))).toBe(false);
  });
});

describe('Send clicks during start-up', () => {
  it.each([
    ['a 发送 button while the draft has text', '<textarea>亲</textarea><button><span>发送</span></button>', 'span', true],
    ['a Send button (English, any case)', '<textarea>hi 亲</textarea><button>SEND</button>', 'button', true],
    ['an icon with title=发送', '<textarea>亲</textarea><i title="发送"></i>', 'i', true],
    ['an icon button named by its svg\'s aria-label', '<textarea>亲</textarea><button><svg aria-label="发送"></svg></button>', 'button', true],
    ['送出 with a zero-width space', '<textarea>亲</textarea><button>送\u200b出</button>', 'button', true],
    ['aria-label 发送消息', '<div contenteditable="true">亲</div><div role="button" aria-label="发送消息"><svg></svg></div>', '[role=button]', true],
    ['a 发送 button while every field is empty', '<textarea></textarea><button>发送</button>', 'button', false],
    ['another button while the draft has text', '<textarea>亲</textarea><button>表情</button>', 'button', false],
    ['发送成功 (a status, not a control)', '<textarea>亲</textarea><span>发送成功</span>', 'span', false],
    ['发送 beside an aria-hidden icon ligature (round 43)', '<textarea>亲</textarea><button><span aria-hidden="true">attach_file</span>发送</button>', 'button', true],
    ['表情 holding an aria-hidden 发送 decoy (round 43)', '<textarea>亲</textarea><button><svg aria-label="表情"></svg><span aria-hidden="true">发送</span></button>', 'span', false],
    ['a button whose only text is an aria-hidden 发送 glyph (round 43)', '<textarea>亲</textarea><button><i aria-hidden="true">发送</i></button>', 'i', true],
    ['a 发送 inside a chat list (round 43: the list is not read whole)', `<textarea>亲</textarea><div>${'<p>买家消息很长</p>'.repeat(50)}<button id="s">发送</button></div>`, '#s', true],
  ])('%s → held %s', (_name, html, selector, expected) => {
    document.body.innerHTML = html;
    const hold = createStartupHold(window, now());
    expect(held(hold, click(document.querySelector(selector)!))).toBe(expected);
  });
  it('a click in a long chat list reads no ancestor\'s whole text (round 43, item 3)', () => {
    document.body.innerHTML = `<textarea>亲</textarea><div><div><div><ul>${'<li>买家的一条很长的消息，内容很多很多</li>'.repeat(200)}<li><b id="t">点</b>这里</li></ul></div></div></div>`;
    const hold = createStartupHold(window, now());
    const read = vi.spyOn(Node.prototype, 'textContent', 'get');
    const event = click(document.getElementById('t')!);
    expect(held(hold, event)).toBe(false);
    expect(read).not.toHaveBeenCalled();
    read.mockRestore();
  });
});

describe('the hold ends', () => {
  it('when released (the guard is switched off, or the engine failed)', () => {
    document.body.innerHTML = '<textarea>加我微信 abc123</textarea>';
    const hold = createStartupHold(window, now());
    hold.release();
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' }))).toBe(false);
  });

  it(`after ${STARTUP_HOLD_MS} ms from document_start (a guard that never came: fail open)`, () => {
    document.body.innerHTML = '<textarea>加我微信 abc123</textarea><button>发送</button>';
    const hold = createStartupHold(window, now() - STARTUP_HOLD_MS - 1);
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' }))).toBe(false);
    expect(held(hold, click(document.querySelector('button')!))).toBe(false);
  });

  // Round 35: on a loaded 2-core machine the guard attached 4.3 s after a reload (load 14) and once not within 10 s
  // (flake34, two \`yes\` beside the e2e): with a 5 s hold, a send between 5 s and the attach went out unlinted and
  // nothing said the guard was not there yet. A guard that is still coming keeps the hold.
  it('6 s after document_start, the guard still starting: the send is still held', () => {
    document.body.innerHTML = '<textarea>加我微信 abc123</textarea><button>发送</button>';
    const hold = createStartupHold(window, now() - 6000);
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' }))).toBe(true);
    expect(held(hold, click(document.querySelector('button')!))).toBe(true);
  });

  it(`a guard that never came: at ${STARTUP_HOLD_MS} ms it is said (onExpired, once), not silently let go`, () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      document.body.innerHTML = '<textarea>加我微信 abc123</textarea>';
      const expired = vi.fn();
      const hold = createStartupHold(window, now(), expired);
      vi.advanceTimersByTime(STARTUP_HOLD_MS - 10);
      expect(expired).not.toHaveBeenCalled();
      expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' }))).toBe(true);
      vi.advanceTimersByTime(20);
      expect(expired).toHaveBeenCalledTimes(1);
      expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' })), 'then fail open').toBe(false);
      vi.advanceTimersByTime(STARTUP_HOLD_MS);
      expect(expired).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a send after the limit, before the timer ran (a throttled tab), says it too', () => {
    document.body.innerHTML = '<textarea>加我微信 abc123</textarea>';
    const expired = vi.fn();
    const hold = createStartupHold(window, now() - STARTUP_HOLD_MS - 1, expired);
    expect(held(hold, keydown(document.querySelector('textarea')!, { key: 'Enter' }))).toBe(false);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('released before the limit (the guard came, or will not: off, engine failed): nothing is said', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const expired = vi.fn();
      const hold = createStartupHold(window, now(), expired);
      hold.release();
      vi.advanceTimersByTime(STARTUP_HOLD_MS * 2);
      expect(expired).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a held event goes no further (stopImmediatePropagation)', () => {
    document.body.innerHTML = '<textarea>亲</textarea>';
    const hold = createStartupHold(window, now());
    const event = keydown(document.querySelector('textarea')!, { key: 'Enter' });
    let stopped = false;
    const original = event.stopImmediatePropagation.bind(event);
    event.stopImmediatePropagation = () => {
      stopped = true;
      original();
    };
    hold.consider(event);
    expect(stopped).toBe(true);
  });
});

describe('the guard is told once that a send was held', () => {
  it('takeHeld is true once after a held send, false when nothing was held', () => {
    document.body.innerHTML = '<textarea>亲，在吗</textarea><button>发送</button>';
    const hold = createStartupHold(window, now());
    expect(hold.takeHeld()).toBe(false);
    hold.consider(keydown(document.querySelector('textarea')!, { key: 'Shift' }));
    expect(hold.takeHeld(), 'a key that was let through is not a held send').toBe(false);
    hold.consider(click(document.querySelector('button')!));
    hold.consider(keydown(document.querySelector('textarea')!, { key: 'Enter' }));
    expect(hold.takeHeld()).toBe(true);
    expect(hold.takeHeld(), 'told once').toBe(false);
  });
});

describe('with the early listeners (early-capture.ts)', () => {
  it('holds before the guard listens, never after; release() reaches the hold', () => {
    document.body.innerHTML = '<textarea>加我微信 abc123</textarea>';
    const textarea = document.querySelector('textarea')!;
    const ctl = new AbortController();
    const hold = createStartupHold(window, now());
    const capture = installEarlyCapture(window, ctl.signal, hold);
    const enter = () => {
      const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
      textarea.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(enter()).toBe(true);
    expect(capture.takeHeldSend(), 'the guard can ask whether a send was held').toBe(true);
    expect(capture.takeHeldSend()).toBe(false);
    // The guard attaches: its handler decides from now on (here: lets everything through).
    const guard = new AbortController();
    capture.listen('keydown', () => undefined, guard.signal);
    expect(enter()).toBe(false);
    // Even after the guard's run ends (a restart), the start-up hold does not come back.
    guard.abort();
    expect(enter()).toBe(false);
    ctl.abort();

    // A guard that will not attach releases the hold.
    const ctl2 = new AbortController();
    const capture2 = installEarlyCapture(window, ctl2.signal, createStartupHold(window, now()));
    expect(enter()).toBe(true);
    capture2.release();
    expect(enter()).toBe(false);
    ctl2.abort();
  });

  it('the guard listening ends the hold for good: its limit then reports nothing (the guard reports for itself)', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const expired = vi.fn();
      const ctl = new AbortController();
      const capture = installEarlyCapture(window, ctl.signal, createStartupHold(window, now(), expired));
      capture.listen('keydown', () => undefined, new AbortController().signal);
      vi.advanceTimersByTime(STARTUP_HOLD_MS * 2);
      expect(expired).not.toHaveBeenCalled();
      ctl.abort();
      // The document's listeners gone (rewritten, or the script invalidated): that hold reports nothing either.
      const expired2 = vi.fn();
      const ctl2 = new AbortController();
      installEarlyCapture(window, ctl2.signal, createStartupHold(window, now(), expired2));
      ctl2.abort();
      vi.advanceTimersByTime(STARTUP_HOLD_MS * 2);
      expect(expired2).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

// Round 32 (a fresh clone's e2e, guard-unseen-pages-26 L2): a composer in a CLOSED shadow root shows only its host on the
// window's composed path; the hold looks inside through chrome.dom.openOrClosedShadowRoot, as the send interceptor does.
describe('a composer in a closed shadow root', () => {
  const chromeHolder = globalThis as unknown as { chrome?: unknown };
  let saved: unknown;
  function closedBox(text: string): { host: HTMLElement; textarea: HTMLTextAreaElement; button: HTMLButtonElement } {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = `<textarea></textarea><button>发送</button>`;
    const textarea = root.querySelector('textarea')!;
    textarea.value = text;
    saved = chromeHolder.chrome;
    chromeHolder.chrome = { dom: { openOrClosedShadowRoot: (el: Element) => (el === host ? root : null) } };
    return { host, textarea, button: root.querySelector('button')! };
  }
  afterEach(() => {
    chromeHolder.chrome = saved;
  });

  it.each([
    ['Enter in its textarea with text', '加我微信 abc123', true],
    ['Enter in its empty textarea', '', false],
  ])('%s → held %s', (_name, text, expected) => {
    const { host, textarea } = closedBox(text);
    textarea.focus();
    const hold = createStartupHold(window, now());
    expect(held(hold, keydown(host, { key: 'Enter' }))).toBe(expected);
  });

  it('a click on its 发送 while its textarea holds text is held; with the textarea empty it is not', () => {
    const { host, textarea, button } = closedBox('加我微信 abc123');
    const hold = createStartupHold(window, now());
    const atButton = () => {
      const event = click(host);
      const rect = { clientX: 1, clientY: 1 };
      Object.defineProperty(event, 'clientX', { value: rect.clientX });
      Object.defineProperty(event, 'clientY', { value: rect.clientY });
      return event;
    };
    const root = (chromeHolder.chrome as { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot } }).dom.openOrClosedShadowRoot(host);
    Object.defineProperty(root, 'elementFromPoint', { value: () => button });
    expect(held(hold, atButton())).toBe(true);
    textarea.value = '';
    expect(held(hold, atButton())).toBe(false);
  });
});
