// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyImpersonation from '../../../rules/checks/likely-impersonation';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../rules/engine';

ruleTable(likelyImpersonation, {
  valid: [
    // round 33 (t33a): the platform's ruling deferred to or carried out by the shop (guards for earlier false alarms)
    '快手审核给的结论才是最终的',
    '平台的裁定我这边马上给您照办',
    '平台判下来的退款我们已经给您执行了',
    // round 33 (t33a): a platform programme the goods or the order enjoy, told in the third person
    "本商品支持平台极速退款，申请后秒到账",
    "您的订单有平台运费险，退货不用自己出运费",
    "这款参加了快手官方保价，降价了平台会自动把差价退给您",
    // round 31 (t31d): the buyer's own claim to be the platform reported back and sent to the platform's channel
    '您说您是快手官方的？我们这边核实不了，平台的事情麻烦走平台工单。',
    '您刚才说自己是平台的审核人员，但我们这里只是店铺客服，请通过官方渠道联系。',
    // round 24 (t24b): the shop's own badge told (a merchant the platform vouches for), no platform role claimed
    '本店为快手官方认证的进口商家，所有商品支持中检溯源。',
    '我们店是快手官方认证过的跨境店铺，放心买。',
    '本店是平台认证的品牌旗舰店，假一赔十。',
    '小店是经过快手平台审核通过的跨境专营店，资质在首页。',
    // round 23 (t23a): the checkout's escrow told in the third person
    '货款全程由平台担保，确认收货后才会打给商家',
    '放心，平台担保交易，货不对板可以申请退款',
    '付款后钱在平台那里托管，确认收货才到我们账上',
    // round 20 (t20bt): the shop set apart from the platform (unless DISOWNED_OFFICIAL); a claim made after a 不是
    "这边是store after-sales，不是Kuaishou official哈，平台的问题建议您问快手客服～",
    ...EVERYDAY_REPLIES,
    '我是店铺的客服，不是平台客服，平台的处理结果您可以在订单页查看。',
    '如果您对处理结果不满意，可以在售后页面申请平台介入，平台会来判定。',
  ],
  invalid: [
    // round 31 (t31d): …but not when we claim it ourselves right after
    '您说您是快手官方的？我才是快手官方的，您的账号我们这边已经冻结。',
    '您说您是平台客服？那正好，我就是平台小二，您的申诉被驳回了。',
    // round 24 (t24b): …but a badge that claims a platform role or rules in its name
    '本店为快手官方指定的售后处理中心，您的申请由我们代为审核。',
    '本店是快手官方认证的商家，您的退款申请由我们审核决定。',
    '我们店是快手平台认证的店铺，也是平台委托的仲裁方，您的投诉由我们判定。',
    // round 20 (t20bt): the shop set apart from the platform (unless DISOWNED_OFFICIAL); a claim made after a 不是
    { text: "我不是普通客服，是快手官方专员，您的订单由我接管", severity: 'warn' },
    { text: '我这边是快手平台的售后专员，您的订单已经由平台接管处理，请按我说的操作。', severity: 'warn' },
    { text: '【快手官方通知】您的订单存在风险，请联系专属客服处理，否则将被冻结。', severity: 'warn' },
    // 我们这是快手官方旗舰仓，所有售后都由平台统一处理 was warned by the round-8 weights, not by the round-9 retrain (9,963
    // replies): a model row is a wording it knows today, not a promise. impersonate-platform catches it since (a shop calling
    // itself the platform's own store or warehouse).
  ],
});

// Round 31 (t31g): with every rule on — platform staff smeared in the third person is defame-platform's sentence: not posing as the
// platform (unlessFound). The table above runs the rule alone, so these need the word rules' findings.
describe('likely-impersonation after the word rules', () => {
  const impersonation = (text: string) => lint(text).filter((f) => f.rule === 'likely-impersonation');
  it.each([
    ['快手的审核员都是瞄一眼就驳回，糊弄事而已'],
    ['快手审核员向来瞄两眼就驳回，做做样子'],
    ['快手审核员都是随便看看就驳回，走过场罢了'],
  ])('smear, not voice: %s', (text) => {
    expect(lint(text).some((f) => f.rule === 'defame-platform' && f.severity !== 'info')).toBe(true);
    expect(impersonation(text)).toEqual([]);
  });
});
