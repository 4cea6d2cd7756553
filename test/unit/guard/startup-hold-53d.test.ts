// @vitest-environment happy-dom
// Round 53 (guard53d, rt53g F5): a digit key that makes a 快捷短语 panel send its item (「数字键 1-9 发送」) while the engine is still
// loading is held as an Enter or a 发送 click is (startup-hold.ts): not sent, told beside the page, its keypress / keyup held
// too. A digit typed into a field, or pressed where no panel sends it, is never held.
import { afterEach, describe, expect, it } from 'vitest';
import { installEarlyCapture } from '../../../content/guard/early-capture';
import { createStartupHold } from '../../../content/guard/startup-hold';
import { startupNoticeBox } from '../../../content/guard/startup-notice';

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `<textarea id="ta" placeholder="请输入，Enter 发送"></textarea>
<h4>快捷短语（数字键 1-9 发送）</h4>
<div class="plist" tabindex="0" aria-label="快捷短语"><div class="phrase">1. 亲，在的</div><div class="phrase">2. 亲，加我微信 abc12345</div></div>`;

function setup(html = PAGE) {
  document.body.innerHTML = html; // fixture markup
  const ctl = new AbortController();
  installEarlyCapture(window, ctl.signal, createStartupHold(window, performance.now()));
  const reached: string[] = [];
  for (const type of ['keydown', 'keypress', 'keyup'] as const) document.addEventListener(type, (e) => !e.defaultPrevented && reached.push(`${type} ${e.key}`));
  return { ctl, reached };
}
const press = (el: Element, key: string) => {
  for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key, code: `Digit${key}`, bubbles: true, cancelable: true, composed: true }));
};

describe('a 快捷短语 digit key at start-up (round 53, guard53d)', () => {
  it('is held with the focus on <body>: keydown, keypress and keyup do not reach the page, and the notice says so', () => {
    const { ctl, reached } = setup();
    press(document.body, '2');
    expect(reached).toEqual([]);
    expect(startupNoticeBox(document)?.textContent).toContain('再按 2');
    ctl.abort();
  });

  it('is held on the focused panel too; a digit typed into the composer, or with no panel on the page, is not', () => {
    const { ctl, reached } = setup();
    press(document.querySelector('.plist')!, '1');
    expect(reached).toEqual([]);
    press(document.querySelector('#ta')!, '2');
    expect(reached).toEqual(['keydown 2', 'keypress 2', 'keyup 2']);
    ctl.abort();
    const other = setup('<textarea></textarea><p>订单 1 2 3</p>');
    press(document.body, '2');
    expect(other.reached).toEqual(['keydown 2', 'keypress 2', 'keyup 2']);
    other.ctl.abort();
  });
});
