import { describe, expect, it } from 'vitest';
import spam, { distinctItems, findRuns } from '../../../rules/checks/spam';
import { createLinter } from '../../../rules/engine';
import { ruleTable } from '../../support/rule-table';

ruleTable(spam, {
  valid: [
    // round 10 (t10b): numbered lists and numbers
    '第1步：打开订单\n第2步：点击售后\n第3步：填写原因',
    '1号仓2号仓3号仓都有货，您放心。',
    '尺码有36、37、38、39、40，您穿多大？',
    '第一天第二天第三天各用一次，效果更好。',
    '订单号是20231120112233445566，请核对。',
    '好的好的，马上帮您查一下。',
    '您好，看到请回复。我们明天上午发货。',
    '好的好的好的好的好的',
    '谢谢谢谢！您的支持就是我们的动力～',
    '对不起对不起对不起，是我们打包的失误。',
    '哈哈哈哈哈，宝宝喜欢就好。',
    '嗯嗯嗯，收到，已经帮您备注了。',
    '618买买买的时候记得领店铺券哦。',
    '冲冲冲，这个价格很划算了。',
    '最后一天最后一天啦～明天恢复原价。',
    '【温馨提示】保税仓发货需要实名，请核对订购人信息。',
    '型号是ABABAB，颜色是黑色。',
    '订单号888888888已发货。',
    '加油加油加油！祝宝宝健康长大～',
    '【提醒】优惠券今晚到期，用不上可忽略。',
    '看这里看这里，这个按钮点一下就能申请退款。',
    // round 18 (fa18bp)
    "腰围对照：1号=60cm，2号=64cm，3号=68cm，4号=72cm，按平时穿的选。",
    // round 50 (eng50a, rt50 #9): a list of distinct items is no repetition — the numbers differ and do not count the copies
    '亲，您的三个订单：订单2411250001已发货，订单2411250002已发货，订单2411250003已发货，请注意查收',
    '订单2411250001：已发货\n订单2411250002：已发货\n订单2411250003：已发货\n订单2411250004：已发货\n订单2411250005：已发货',
    '订单123已退款，订单456已退款，订单789已退款，原路退回。',
    '订单1已发货，订单2已发货，订单3已发货，明天都能到。',
    '顺丰SF1402589637已发，顺丰SF1402589638已发，顺丰SF1402589639已发',
    '中通78312345678已签收，中通78312345679已签收，中通78312345680已签收',
    '运单号：YT2411250001，YT2411250002，YT2411250003，三个包裹分开发的。',
    'SKU10023已补货，SKU10024已补货，SKU10025已补货，可以下单了。',
    '货号A1023有货，货号A1024有货，货号A1025有货',
    '36码的还有货，37码的还有货，38码的还有货，39码断了。',
    '42码还剩3件，44码还剩2件，46码还剩5件',
    '160码偏小，165码偏小，170码偏小，建议拍大一码。',
    '1段奶粉有货，2段奶粉有货，3段奶粉有货',
    '5元秒杀9元秒杀8元秒杀',
  ],
  invalid: [
    { text: '【清仓】【清仓】【清仓】韩国直邮面膜最后100盒！点我！点我！点我！', match: '清仓】【清仓】【清仓', fix: '清仓' },
    { text: '秒杀秒杀秒杀秒杀！最后一天最后一天最后一天！', severity: 'warn' },
    { text: '全场五折全场五折全场五折！！！手慢无手慢无！！！', severity: 'warn' },
    { text: '🔥限时特价🔥限时特价🔥限时特价🔥 点击抢购点击抢购点击抢购', severity: 'warn' },
    { text: '上 新 啦 ！上 新 啦 ！上 新 啦 ！关 注 店 铺 领 券 ！', severity: 'warn' },
    { text: '买一送一买一送一买一送一', fix: '买一送一' },
    { text: '您好，看到请回复。您好，看到请回复。您好，看到请回复。', severity: 'warn' },
    { text: '【提醒】【提醒】【提醒】您的订单还没付款。', severity: 'warn' },
    { text: '紧急紧急紧急！看到马上回复！', severity: 'warn' },
    { text: '【晒单返现】【晒单返现】【晒单返现】亲们看这里～', severity: 'warn' },
    // round 10 (t10b): a numbered flood of the same sentence
    { text: '第1条：请确认收货\n第2条：请确认收货\n第3条：请确认收货\n第4条：请确认收货\n第5条：请确认收货', severity: 'warn' },
    { text: '提醒1：请尽快确认收货\n提醒2：请尽快确认收货\n提醒3：请尽快确认收货', severity: 'warn' },
    { text: '第一遍：差评删一下\n第二遍：差评删一下\n第三遍：差评删一下', severity: 'warn' },
    { text: "亲亲亲亲亲！！！确认收货确认收货确认收货！！！不点我就一直发！！！", severity: 'warn' },
    { text: "删差评删差评删差评", severity: 'warn' },
    // round 18 (fa18bp)
    { text: "1元秒杀2元秒杀3元秒杀，快来抢", severity: "warn" },
    // round 50 (eng50a): true duplicates are still spam, also with an order or tracking number in them (the fix keeps one copy)
    { text: '订单2411250001已发货，订单2411250001已发货，订单2411250001已发货', fix: '订单2411250001已发货' },
    { text: '顺丰SF1402589637已发，顺丰SF1402589637已发，顺丰SF1402589637已发，顺丰SF1402589637已发', fix: '顺丰SF1402589637已发' },
    { text: 'SKU10023秒杀！SKU10023秒杀！SKU10023秒杀！', fix: 'SKU10023秒杀' },
    // …and a block of true duplicates inside a list: only the block is reported, and its fix keeps that item
    {
      text: '订单1234请确认收货，订单1235请确认收货，订单1236请确认收货，订单1236请确认收货，订单1236请确认收货',
      match: '订单1236请确认收货，订单1236请确认收货，订单1236请确认收货',
      fix: '订单1236请确认收货',
    },
    // numbered copies of one sentence (a counter, not distinct items): still spam, but with no fix
    { text: '第4条：请确认收货 第5条：请确认收货 第6条：请确认收货', severity: 'warn' },
    { text: '1号：看到速回 2号：看到速回 3号：看到速回', severity: 'warn' },
    { text: '36码秒杀！36码秒杀！36码秒杀！', fix: '36码秒杀' },
  ],
});

describe('spam runs', () => {
  it('finds the shortest repeating chunk and skips past the run', () => {
    expect(findRuns('ab清仓清仓清仓cd')).toEqual([{ start: 2, chunk: 2, repeats: 3 }]);
    expect(findRuns('清仓清仓')).toEqual([]);
  });
  it('reports a long paste of one repeated sentence as one run', () => {
    expect(findRuns('这款面霜很好用'.repeat(2000))).toEqual([{ start: 0, chunk: 7, repeats: 2000 }]);
  });
});

// Round 50 (eng50a, rt50 #9): the one-click fix of a list of orders dropped two of the order numbers.
describe('spam fix never deletes distinct content', () => {
  const linter = createLinter({ rules: [spam] });
  const applyFixes = (text: string) => {
    let out = text;
    const fixes = linter
      .lint(text)
      .flatMap((f) => (f.fix ? [f.fix] : []))
      .sort((a, b) => b.start - a.start);
    for (const f of fixes) out = out.slice(0, f.start) + f.text + out.slice(f.end);
    return out;
  };
  const numbers = (t: string) => new Set(t.match(/[0-9]{3,}/g) ?? []);
  it.each([
    '亲，您的三个订单：订单2411250001已发货，订单2411250002已发货，订单2411250003已发货，请注意查收',
    '顺丰SF1402589637已发，顺丰SF1402589638已发，顺丰SF1402589639已发',
    '订单1234请确认收货，订单1235请确认收货，订单1236请确认收货，订单1236请确认收货，订单1236请确认收货',
    '第1条：请确认收货\n第2条：请确认收货\n第3条：请确认收货\n第4条：请确认收货\n第5条：请确认收货',
    '提醒1：请尽快确认收货\n提醒2：请尽快确认收货\n提醒3：请尽快确认收货',
  ])('keeps every distinct number and counter: %s', (text) => {
    const after = applyFixes(text);
    expect(numbers(after)).toEqual(numbers(text));
    // every number in order, only back-to-back repeats of one number may go
    const seq = (t: string) => (t.match(/[0-9一二三四五六七八九十]+/g) ?? []).filter((v, i, a) => i === 0 || v !== a[i - 1]);
    expect(seq(after)).toEqual(seq(text));
  });
  it('offers no fix for numbered copies, but reports them', () => {
    const found = linter.lint('第1条：请确认收货\n第2条：请确认收货\n第3条：请确认收货\n第4条：请确认收货\n第5条：请确认收货');
    expect(found).toHaveLength(1);
    expect(found[0]!.fix).toBeUndefined();
  });
  it('fixes true duplicates down to one copy', () => {
    expect(applyFixes('亲，订单2411250001已发货，订单2411250001已发货，订单2411250001已发货，请查收')).toBe('亲，订单2411250001已发货，请查收');
    expect(applyFixes('订单1234请确认收货，订单1235请确认收货，订单1236请确认收货，订单1236请确认收货，订单1236请确认收货')).toBe(
      '订单1234请确认收货，订单1235请确认收货，订单1236请确认收货',
    );
  });
  it('splits a run of distinct items into its blocks of identical copies', () => {
    const text = '订单2411250001已发货订单2411250002已发货订单2411250003已发货';
    const [run] = findRuns(text);
    expect(run).toEqual({ start: 0, chunk: 15, repeats: 3 });
    expect(distinctItems(text, run!)).toEqual([]);
    const dup = 'a订单1236催单订单1236催单订单1236催单';
    expect(distinctItems(dup, findRuns(dup)[0]!)).toEqual([{ start: 1, chunk: 8, repeats: 3 }]);
    const counted = '第1条请确认收货第2条请确认收货第3条请确认收货';
    expect(distinctItems(counted, findRuns(counted)[0]!)).toEqual([{ start: 0, chunk: 8, repeats: 3 }]);
  });
});
