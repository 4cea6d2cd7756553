// @vitest-environment happy-dom
// Round 52 (guard52b, rt50-guard #1, round 51's guard51c without its replay): a send held at start-up because the engine is
// not loaded yet is told at once beside its field (startup-notice.ts): not sent, send again once the notice says the guard is
// ready, and what happens if it never comes. When the guard listens and has checked the draft, the notice says so; it goes
// with the next send or after READY_NOTICE_MS. A hold that runs out, or a guard that will not come, says the next send goes
// out unchecked. The extension never sends anything itself: nothing the hold held reaches the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { createStartupHold, READY_NOTICE_MS, STARTUP_HOLD_MS } from '../../../content/guard/startup-hold';
import { STARTUP_NOTICE_PART, startupNoticeBox } from '../../../content/guard/startup-notice';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

/** The notice's text while shown, else null. */
const noticeText = () => startupNoticeBox(document)?.textContent ?? null;
const enterOn = (el: Element, init: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, composed: true, ...init });
  el.dispatchEvent(event);
  return event.defaultPrevented;
};
const clickOn = (el: Element) => {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(event);
  return event.defaultPrevented;
};

function setup(expired?: () => void) {
  document.body.innerHTML = '<textarea>亲，今天下午就能发货</textarea><button id="send">发送</button>';
  const textarea = document.querySelector('textarea')!;
  const ctl = new AbortController();
  const capture = installEarlyCapture(window, ctl.signal, createStartupHold(window, performance.now(), expired));
  // What the page gets (bubble phase, after the window capture listeners): every keydown / click that was not cancelled.
  const reached: Event[] = [];
  textarea.addEventListener('keydown', (e) => !e.defaultPrevented && reached.push(e));
  document.querySelector('#send')!.addEventListener('click', (e) => !e.defaultPrevented && reached.push(e));
  return { textarea, ctl, capture, reached };
}

/** The guard comes and listens; here it lets every send through (the real one judges it). */
function guardCame(capture: ReturnType<typeof installEarlyCapture>, seen: Event[] = []) {
  for (const type of ['keydown', 'keypress', 'click'] as const) capture.listen(type, (e) => seen.push(e), new AbortController().signal);
}

describe('a send held while the engine loads', () => {
  it('is told at once beside the field: not sent, send again once ready, and that later sends go unchecked after the limit', () => {
    const { textarea, ctl, reached } = setup();
    expect(noticeText()).toBeNull();
    expect(enterOn(textarea)).toBe(true);
    expect(reached).toEqual([]);
    const text = noticeText()!;
    expect(text).toContain('正在载入检查');
    expect(text).toContain('没有发出');
    expect(text).toContain('再按 Enter');
    expect(text).toMatch(new RegExp(`若 (${STARTUP_HOLD_MS / 1000}|${STARTUP_HOLD_MS / 1000 - 1}) 秒后仍未载入完成，之后的发送将不经检查直接发出`));
    expect(text).not.toContain('自动发出'); // it never sends by itself
    expect(text.indexOf('回复卫士')).toBeLessThan(text.indexOf('ReplyGuard')); // Chinese first
    const box = startupNoticeBox(document)!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.getAttribute('aria-live')).toBe('polite');
    expect(document.activeElement, 'the focus is not taken').not.toBe(box);
    ctl.abort();
    expect(noticeText(), 'gone with the document').toBeNull();
  });

  it('never holds the draft\'s text in the notice', () => {
    const { textarea, ctl } = setup();
    textarea.value = '<img src=x onerror=alert(1)>加我微信';
    enterOn(textarea);
    const host = document.querySelector(`[data-replyguard="${STARTUP_NOTICE_PART}"]`)!;
    expect(host.shadowRoot!.innerHTML).not.toContain('加我微信');
    expect(host.shadowRoot!.querySelector('img')).toBeNull();
    ctl.abort();
  });

  it('its close button closes it, and that click is not held as a send', () => {
    const { textarea, ctl } = setup();
    enterOn(textarea);
    const close = document.querySelector(`[data-replyguard="${STARTUP_NOTICE_PART}"]`)!.shadowRoot!.querySelector('button')!;
    expect(clickOn(close)).toBe(false);
    expect(noticeText()).toBeNull();
    ctl.abort();
  });

  it('a held click on 发送 says to click it again; Ctrl+Enter says Ctrl+Enter', () => {
    const a = setup();
    expect(clickOn(document.querySelector('#send')!)).toBe(true);
    expect(noticeText()).toContain('再点一次发送按钮');
    a.ctl.abort();
    const b = setup();
    enterOn(b.textarea, { ctrlKey: true });
    expect(noticeText()).toContain('再按 Ctrl+Enter');
    b.ctl.abort();
  });

  it('the guard listens: the notice says it loaded; it checked the draft: the notice says ready — and nothing is sent by itself', async () => {
    const { textarea, ctl, capture, reached } = setup();
    enterOn(textarea);
    const seen: Event[] = [];
    expect(capture.takeHeldSend(), 'the guard tells the held send with its banner').toBe(true);
    guardCame(capture, seen);
    expect(noticeText()).toContain('已载入');
    expect(noticeText()).toContain('没有发出');
    capture.startupChecked();
    expect(noticeText()).toContain('已就绪');
    expect(noticeText()).toContain('已检查');
    expect(noticeText()).toContain('再按 Enter');
    await new Promise((r) => setTimeout(r, 50));
    expect(seen, 'no Enter or click made up for the agent').toEqual([]);
    expect(reached, 'the page got nothing').toEqual([]);
    // The agent's own next Enter: judged by the guard (here let through), and the notice goes with it.
    expect(enterOn(textarea)).toBe(false);
    expect(seen.map((e) => e.type)).toEqual(['keydown']);
    expect(reached.length).toBe(1);
    expect(noticeText()).toBeNull();
    ctl.abort();
  });

  it('the ready notice goes by itself after a short time', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { textarea, ctl, capture } = setup();
    enterOn(textarea);
    guardCame(capture);
    capture.startupChecked();
    vi.advanceTimersByTime(READY_NOTICE_MS - 100);
    expect(noticeText()).toContain('已就绪');
    vi.advanceTimersByTime(200);
    expect(noticeText()).toBeNull();
    ctl.abort();
  });

  it('a checked draft is said only when a send was held; shift+Enter (a new line) does not take the notice away', () => {
    const a = setup();
    guardCame(a.capture);
    a.capture.startupChecked();
    expect(noticeText(), 'nothing was held: nothing to say').toBeNull();
    a.ctl.abort();
    const b = setup();
    enterOn(b.textarea);
    guardCame(b.capture);
    b.capture.startupChecked();
    enterOn(b.textarea, { shiftKey: true });
    expect(noticeText()).toContain('已就绪');
    b.ctl.abort();
  });

  it('a hold that runs out sends nothing and says the next send goes unchecked; that send goes, and the notice with it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const expired = vi.fn();
    const { textarea, ctl, reached } = setup(expired);
    enterOn(textarea);
    vi.advanceTimersByTime(STARTUP_HOLD_MS + 10);
    expect(expired).toHaveBeenCalledOnce();
    expect(reached, 'never sent by itself').toEqual([]);
    expect(noticeText()).toContain('未能载入检查');
    expect(noticeText()).toContain('不经检查发出');
    expect(enterOn(textarea)).toBe(false);
    expect(reached.length).toBe(1);
    expect(noticeText()).toBeNull();
    ctl.abort();
  });

  it('rt52 F4: in a frame nobody asks about the expiry, the notice still turns at the limit; a send that ends the hold late is not said held', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { textarea, ctl, reached } = setup();
    enterOn(textarea);
    vi.advanceTimersByTime(STARTUP_HOLD_MS + 10);
    expect(noticeText(), 'turned on time, not at the next send').toContain('未能载入检查');
    ctl.abort();
    // A timer that ran late (a background tab): the send past the limit goes out, and the notice does not stay over it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const late = setup();
    enterOn(late.textarea);
    vi.advanceTimersByTime(1000);
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + STARTUP_HOLD_MS);
    expect(enterOn(late.textarea), 'past the limit: not held').toBe(false);
    expect(late.reached.length).toBe(1);
    expect(noticeText(), 'no 「刚才的发送没有发出」 over a send that went').toBeNull();
    late.ctl.abort();
    expect(reached).toEqual([]);
  });

  it('a guard that will not come (switched off, the engine failed) sends nothing and says the next send goes unchecked', () => {
    const { textarea, ctl, capture, reached } = setup();
    enterOn(textarea);
    capture.release();
    expect(reached).toEqual([]);
    expect(noticeText()).toContain('未能载入检查');
    ctl.abort();
  });

  it('a guard that comes after the hold ran out: the notice no longer says unchecked', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    const { textarea, ctl, capture } = setup(() => undefined);
    enterOn(textarea);
    vi.advanceTimersByTime(STARTUP_HOLD_MS + 10);
    expect(noticeText()).toContain('未能载入检查');
    guardCame(capture);
    expect(noticeText()).toContain('已载入');
    ctl.abort();
  });
});
