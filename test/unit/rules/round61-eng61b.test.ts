// Round 61 (eng61b): false alarms of B61 fixed as classes of clean use, and 2.8 half-admissions caught as classes, each in new wordings of
// the tuner's own (not B61's lines), checked on the whole linter, with the near misses the same words must leave alone beside them.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

const linter = createLinter();
const raised = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info');
/** One table of [text, clause] rows that must raise that clause. */
const catches = (rows: readonly (readonly [string, string])[]) =>
  it.each(rows)('%s', (text, clause) => {
    expect(raised(text).map((f) => f.clause)).toContain(clause);
  }, 30_000);
/** One table of texts that must raise nothing. */
const staysClean = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) => {
    expect(raised(text).map((f) => `${f.rule}:${f.match}`)).toEqual([]);
  }, 30_000);

describe('round 61 (eng61b): clean uses that raised nothing false', () => {
  // 代 closing a word of its own (a generation, an era, "replace") before 充/练/写: no errand offered (unrelated-service)
  staysClean([
    '三代充电器和二代的接口一样',
    '初代充电仓已经停产了，新一代充电仓兼容',
    '第二代练习本加厚了',
    '新一代练字帖到货了',
    '两代充电线不通用哦',
    '这款是二代写真机',
  ]);
  // the 号 of a date (a day of the month) before 给您: no account handed over (contact-pointer)
  staysClean([
    '月底31号，给您安排发货',
    '活动到二十号，给您留着名额',
    '下个月5号，给您补寄赠品',
    '到货大概是三号，给您发短信提醒',
    '预计8号，给您发出',
  ]);
  // the ratio refused right after it (counterfeit-terms)
  staysClean([
    '1:1的货我们一律不卖，都是专柜正品',
    '1:1复刻的我们店从来不做，请放心',
    '您问的1:1版本，我们这边真没有，只有正品',
    '1:1的包包我们从不上架',
  ]);
  // the buyer's ask of us reported and refused, the talk or payment kept here (likely-off-platform)
  staysClean([
    '你让我把支付宝账号发你，这个实在不行，付款只能走平台下单',
    '您想让我加您微信发视频，真不方便，视频在这里直接发就可以',
    '您要我私下转账退差价，这个确实不可以的',
  ]);
});

describe('round 61 (eng61b): the same words still raise where they breach', () => {
  catches([
    ['我们也可以代充游戏币，找我', '2.6'],
    ['可以帮您代充话费，便宜', '2.6'],
    ['我的号，给您，加一下', '2.3'],
    ['我把号给您，您加我', '2.3'],
    ['这款1:1的，和专柜没有区别', '2.8'],
    ['1:1复刻专柜，细节到位', '2.8'],
    ['您让我加您微信，这个不行，在这里说就行，加我小号吧', '2.3'],
  ]);
});
