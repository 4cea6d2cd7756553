import { describe, expect, it } from 'vitest';
import spam, { findRuns } from '../../../rules/checks/spam';
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
