// Denial scopes in the statistical second opinion (rules/model/grams.ts denialScope): a gram after 不/没/别/
// 勿/禁/拒/未/莫/非/谨防 (up to SCOPE units, within its clause) also counts as its denied twin, so a reply that
// denies what a breach says (我们不是平台工作人员) need not weigh like the breach. The valid rows are such
// denials the model warned on before it had twins; the invalid rows are breaches with a denial cue in them
// (不走平台, 不删差评, 不用在平台下单, 我是…工作人员) that it still warns on.
import likelyImpersonation from '../../../rules/checks/likely-impersonation';
import likelyOffPlatform from '../../../rules/checks/likely-off-platform';
import likelyThreat from '../../../rules/checks/likely-threat';
import { describe, expect, it } from 'vitest';
import { deniedThroughout } from '../../../rules/model/likely-rule';
import { normalize } from '../../../rules/normalize';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyImpersonation, {
  valid: [
    '我们不是快手平台的工作人员，不能帮您冻结或者解冻账户，请您联系快手官方客服。',
    '本店不是快手官方店铺，也不是平台工作人员，账户冻结的问题请您找快手官方。',
    '我们只是店铺客服，不是快手官方，也没有权限帮您处理账号封禁的问题。',
    // round 11 (fa11): denied in every clause, the rest handed to the platform (likely-rule.ts deniedThroughout)
    '我这边没法代表平台做判定，仲裁结果以快手进口电商官方页面为准。',
    '我不能代表快手官方回答，这个问题请您咨询平台客服。',
  ],
  invalid: [{ text: '我是快手平台的工作人员，您的账户存在风险需要冻结，请按我说的操作解冻。', severity: 'warn' }],
});

ruleTable(likelyOffPlatform, {
  valid: [
    // round 19 (t19bq): the outside payment waved off, the platform's own path given instead (likely-rule.ts CLAUSE_DEFER)
    '支付宝转我们就不需要了，您去店铺拍补差价链接，商品卡片我已经发到这里了👇',
    '转我们支付宝就不用了，您在直播间小黄车拍补差价链接，商品卡片我这就发您。',
    '不接受私下交易，不加微信不走转账，售后都在平台处理，请您理解。',
    '我们没有别的店铺，也不会让您去其他平台下单，请认准快手这一家店。',
    // round 22 (lead): the set refused by the last clause (deniedThroughout REFUSES_ALL_BEFORE)
    '或者我们加您微信直接转账，这两种都不行',
  ],
  invalid: [
    { text: '我们不走平台，您直接转账给我，发货更快。', severity: 'warn' },
    // round 19 (t19bq): the link then sent privately is no platform path
    { text: '支付宝转我们就不需要了，您去店铺拍补差价链接，链接我私下发您👇', severity: 'warn' },
    { text: '加我微信私聊，价格可以再便宜点，不用在平台下单。', severity: 'warn' },
  ],
});

ruleTable(likelyThreat, {
  valid: ['您放心，我们不会骚扰您，更不会找到您家里去，差评您想怎么写都可以。'],
  invalid: [
    { text: '你不删差评我就天天给你打电话，看你能撑多久。', severity: 'warn' },
    { text: '不给好评的话，我们会一直给你打电话直到你改为止。', severity: 'warn' },
  ],
});

/** Whether deniedThroughout reads the whole text as denied in every clause. */
function gate(text: string): boolean {
  const n = normalize(text);
  return deniedThroughout(n.compact.text, n.breakBefore, 0, n.compact.text.length);
}

// Round 19 (t19bq): a clause that refuses, the rest sending the buyer down the platform's own path (补差价链接, 商品卡片,
// 在店里拍): the gate counts the path like a hand-over to the platform.
describe('deniedThroughout: the platform path after a refusal', () => {
  it('a refusal, then the platform path', () => {
    expect(gate('支付宝转我们就不必了，您在店里拍一下补差价链接就行，链接我用商品卡片发您')).toBe(true);
  });
  it('a refusal, then the link sent privately', () => {
    expect(gate('支付宝转我们就不必了，您在店里拍一下补差价链接就行，链接我私下发您')).toBe(false);
  });
  it('no refusal at all', () => {
    expect(gate('您在店里拍一下补差价链接就行，链接我用商品卡片发您')).toBe(false);
  });
});

// Round 22 (lead): a last clause that refuses everything before it as a set denies the whole sentence; a turn after it
// (但是可以…) or a refusal of something else (别的都不行) does not.
describe('deniedThroughout: a set refused by the last clause', () => {
  it.each(['或者我们加您微信直接转账，这两种都不行', '站外付款、私下转账，以上我们一律不支持哦', '加好友私聊和扫码付款，这些都做不了的哈'])('%s: denied', (text) => {
    expect(gate(text)).toBe(true);
  });
  it.each(['加微信或者转账，这两种都不行，但是可以加QQ', '加我微信吧，别的都不行', '这两种都不行，加我微信私聊'])('%s: not denied', (text) => {
    expect(gate(text)).toBe(false);
  });
});

// Round 25 (lead): a clause that closes on refusing (…我们都不接受哦, …一律不支持) is a denial of its own; an offer after it still turns the sentence.
describe('deniedThroughout: a clause closing on a refusal', () => {
  it.each(['线下付款，加微信转账我们都不接受哦', '私下交易，支付宝转账我们一律不支持', '加微信转账这种我们不接受的哦'])('%s: denied', (text) => {
    expect(gate(text)).toBe(true);
  });
  it.each(['平台付款我们不接受，私下转账就行', '线下付款，加微信转账都可以的哦', '加微信转账我们不接受，私下加我就行'])('%s: not denied', (text) => {
    expect(gate(text)).toBe(false);
  });
});

// Round 33 (t33a): an off-platform way named only as the object of the shop's refusal (不走私下交易, 从不私下收款) is a denial, and the
// platform's path after it (在这拍, 有平台担保) a deferral; an offer left standing, or a turn, still turns the sentence.
describe('deniedThroughout: an off-platform way refused head-on', () => {
  it.each(['我们从来不走私下交易，在这里拍有平台保障', '本店不接受微信转账，您直接在这拍就行', '咱们不搞线下交易，在这下单有平台担保'])('%s: denied', (text) => {
    expect(gate(text)).toBe(true);
  });
  it.each(['咱们不走私下交易，加我微信就行', '我们不走平台，私下转账便宜点', '不走私下交易也行，不过给您便宜二十'])('%s: not denied', (text) => {
    expect(gate(text)).toBe(false);
  });
});
