// @vitest-environment happy-dom
// Round 53 (guard53d, rt53g F6): a 快捷短语 item showing a short title while the page sends its data-* text is judged by every text
// it carries (its label and its data-* / title / aria-label values); a panel numbered from 0 is judged by the item numbered N
// and by the N-th item, both (the page may send either).
import { describe, expect, it } from 'vitest';
import { clickSentItemOf, type DigitKey, keySentItemOf } from '../../../sites/generic';

const $ = (sel: string) => document.querySelector(sel) as HTMLElement;
const key = (k: string): DigitKey => ({ key: k, code: `Digit${k}`, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false });
const BAD = '亲，加我微信 abc12345 给您发优惠券';
const HEAD = '<div class="box"><textarea id="ta"></textarea><button>发送</button></div><h4>快捷短语（单击发送，数字键 1-9 发送）</h4>';

describe('keySentItemOf / clickSentItemOf: every text an item carries (round 53, guard53d)', () => {
  it('an item titled 「2. 优惠券」 whose data-text is the breach: both texts, for the digit key and for a click', () => {
    document.body.innerHTML = `${HEAD}<div class="plist" tabindex="0" aria-label="快捷短语">
      <div class="phrase" data-i="1" data-text="亲，在的">1. 问候</div><div class="phrase" id="p2" style="cursor:pointer" data-i="2" data-text="${BAD}">2. 优惠券</div></div>`;
    expect(keySentItemOf($('.plist'), key('2'))).toBe(`优惠券\n${BAD}`);
    expect(keySentItemOf(document.body, key('2'))).toBe(`优惠券\n${BAD}`);
    expect(clickSentItemOf($('#p2'))).toBe(`优惠券\n${BAD}`);
    expect(keySentItemOf($('.plist'), key('1'))).toBe('问候\n亲，在的'); // data-i (an id, no sentence) is not a text
  });

  it('a title or a child’s data-* counts; a value already in the label is not repeated', () => {
    document.body.innerHTML = `${HEAD}<div class="plist" tabindex="0" aria-label="快捷短语">
      <div class="phrase" title="亲，在的，请问有什么可以帮您">1. 问候</div><div class="phrase"><span data-full="${BAD}">2. 优惠券</span></div>
      <div class="phrase" title="今天发货">3. 今天发货</div></div>`;
    expect(keySentItemOf($('.plist'), key('1'))).toBe('问候\n亲，在的，请问有什么可以帮您');
    expect(keySentItemOf($('.plist'), key('2'))).toBe(`优惠券\n${BAD}`);
    expect(keySentItemOf($('.plist'), key('3'))).toBe('今天发货');
  });

  it('a panel numbered from 0: key N gives the item numbered N and the N-th item, both', () => {
    document.body.innerHTML = `${HEAD}<div class="plist" tabindex="0" aria-label="快捷短语">
      <div class="phrase">0. 亲，在的</div><div class="phrase">1. ${BAD}</div><div class="phrase">2. 今天发货</div></div>`;
    expect(keySentItemOf($('.plist'), key('2'))).toBe(`今天发货\n${BAD}`);
    expect(keySentItemOf($('.plist'), key('1'))).toBe(`${BAD}\n亲，在的`);
    expect(keySentItemOf($('.plist'), key('3'))).toBe('今天发货'); // no item numbered 3: the 3rd
  });
});
