// Round 57 (eng57a): the families behind A57's false alarms, in new wordings of the tuner's own, checked on the whole linter (word rules and
// the second opinion): a copy refused with an intensifier or by a shop with no channel for it, a third party's offer judged, the buyer's own
// abuse of us told back and met calmly (unquoted), and the buyer's choice on a review or
// complaint left free with our service unchanged. Beside them the breaches the same frames must not hide.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

const linter = createLinter();
const raised = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info');

describe('round 57 (eng57a): clean near misses stay clean', () => {
  it.each([
    '想要便宜的A货的话我们这里真没有，只有正品，价格会高一些',
    '不卖扫描打印的书哈，每本都有ISBN和出版社防伪',
    '如果有人私下跟您说能拿到便宜的同款，多半不是正品，谨慎哦',
    '要是有人给您推销低价的，那大概率不是真货',
    '您朋友说的同厂货我们没有渠道，也不建议您买',
    '别人说的原单货我们没有，也不推荐',
    '网上说的那种同厂货我们不卖，只卖专柜正品',
    '您说SB客服，我先不争，咱们把破损的事说清楚',
    '您骂我们垃圾店，我理解您着急，马上给您查',
    '您撤不撤投诉都可以，是您的权利，我们不会因此区别对待',
    '不管您怎么评价，我们都会按流程把退款给您办好',
    '无论您给不给好评，售后我们照样给您处理',
  ])('%s', (text) => {
    expect(raised(text).map((f) => `${f.rule}:${f.match}`)).toEqual([]);
  }, 30_000);
});

describe('round 57 (eng57a): the same frames do not hide a breach', () => {
  it.each([
    ['您说SB客服？您才是SB', '2.4'],
    ['您说SB客服，呵呵', '2.4'],
    ["你'是不是脑子有问题'啊", '2.4'],
    ['不管您怎么评价，我们都会记住您的', '2.5'],
    ['撤不撤投诉都可以，但是您家地址我们有', '2.5'],
    ['仿的我们有，真的没有', '2.8'],
    ['这款不是正品，价格便宜', '2.8'],
  ])('%s', (text, clause) => {
    expect(raised(text).map((f) => f.clause)).toContain(clause);
  }, 30_000);
});
