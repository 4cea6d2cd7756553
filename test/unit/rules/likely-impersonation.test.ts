// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyImpersonation from '../../../rules/checks/likely-impersonation';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../rules/engine';

ruleTable(likelyImpersonation, {
  valid: [
    // round 69 (engfa69): the platform's own offer reported — 的 before 官方, what it pays for told with 由
    "这个满减是平台的官方活动，由快手补贴，下单时自动减。",
    "这个是平台的官方活动，优惠由快手补贴，结算时自动减。",
    // round 48 (t48e): the shop says it never speaks in the platform's name
    "快手偶尔会推送满意度调查，那是平台自己发的，我们店铺不会以快手的名义联系您。",
    "平台的回访电话是快手打的，我们客服从不冒用平台身份给您打电话。",
    // round 47 (t47e): the platform's service or event told in the third person, the shop's badge then staff disowned, the shop keeping the case
    "月付是快手提供的服务，确认收货后才会扣款哦。",
    "这个“年货节”是快手官方的活动，价格是平台核定的，活动结束恢复原价。",
    "我们是平台认证的跨境商家，不是快手客服哈。",
    "这个售后您不用找平台了，我这边直接帮您处理。",
    "本店是快手授权的进口商，不是平台的工作人员。",
    // round 43 (t43m): the shop a merchant settled in the platform's import channel, saying what it cannot do for the platform (SHOP_BADGE, cannotSpeakFor)
    '本店為快手進口電商入駐商家，退款時效以平台規定為準，我們無法代平台作出承諾。',
    '我们是快手跨境电商认证商家，具体到账时间以平台页面为准。',
    '这个我们没办法代表快手答复您，具体以平台通知为准。',
    '本店不能替平台給您任何保證，時效以平台頁面為準。',
    '運費險是平台的服務，我們不便代平台做出承諾。',
    // round 42 (t42a): the shop's people told as the platform's users, buyers or fans (platformUserTold)
    '我们店的客服同时也是快手上的老用户',
    '我们店的几个客服平时也是快手的忠实买家，您说的问题我们也遇到过。',
    '店长自己就是快手上的老粉丝，所以特别懂大家。',
    // round 40 (t40c): the platform's money told as the platform's and out of the shop's hands (outOfReachTold)
    '平台的红包是快手出的，我们也改不了。',
    // round 39 (t39a): the platform's service reached by the app's menu, placed over there, the agent named as the shop's (referredToPlatform)
    '订单右上角点“…”，选“联系平台客服”，那边才是快手官方，我是店铺这边的客服。',
    '账号的问题请在“设置-帮助与客服”里找快手官方客服，那边才是平台的人，我是店里的客服。',
    '退款卡住了就在订单页点“联系平台客服”，那边才是快手官方，我是店铺这边的售后。',
    '您去“我的-客服”里找快手客服，他们才是官方，我们只是店家的客服。',
    // round 38 (t38k): the shop a merchant on Kuaishou
    '我是快手上美妆类目的商家',
    '我们是快手上做母婴的商家',
    // round 37 (t37g): a withdrawal said to be no condition of the refund
    '撤回投诉不会影响您的退款，平台那边会照常处理',
    '撤销申诉也不会影响您的售后，平台会照常审核',
    // round 36 (t36g): the agent introduced as the shop's own staff, no platform word (shopStaffSelf)
    '您好，我是本店的售后专员，接下来这笔退款由我为您服务。',
    // round 36 (t36g): the buyer's own path through the platform told in the third person (platformPathTold)
    '您提交售后工单后，平台会安排专员联系您核实。',
    '发起平台仲裁以后，快手那边会有工作人员给您答复。',
    // round 35 (t35a): the buyer referred to the platform's own service for what only it handles
    '退款被冻结的话需要您联系平台客服处理哦。',
    '账号异常的问题建议您咨询快手官方客服。',
    '这种情况只能麻烦您联系平台的人工客服核实。',
    // round 34 (t34a): the shop's own title, a brand's store on the platform (a brand before the store word once the platform's words are set aside)
    '【雅诗兰黛快手官方旗舰店】客服阿杰为您服务',
    '快手进口·a2官方旗舰店客服小雅，很高兴为您服务',
    '【快手上的Swisse海外旗舰店】售后组为您处理',
    // round 33 (t33a): the platform's ruling deferred to or carried out by the shop (guards for earlier false alarms)
    '快手审核给的结论才是最终的',
    '平台的裁定我这边马上给您照办',
    '平台判下来的退款我们已经给您执行了',
    // round 33 (t33a): a platform programme the goods or the order enjoy, told in the third person
    "本商品支持平台极速退款，申请后秒到账",
    "您的订单有平台运费险，退货不用自己出运费",
    "这款参加了快手官方保价，降价了平台会自动把差价退给您",
    // round 33 (t33d): long replies that defer to the platform's own pages and rules, or say the shop is a third-party one
    "您好，您上周提交的售后申请我们这边看到了，给您同步一下进展。\n平台那边的审核结果会直接显示在您的订单页和站内消息里，我们商家看不到审核细节，也不能替平台做决定，您以页面上显示的为准。\n如果结果出来您还有疑问，可以继续在这里留言，也可以在订单页申请平台客服介入。",
    "您好，感谢您购买我们的保温杯，这款是今年的新色，杯身是双层真空的，保温十二小时没有问题。\n您问的保修问题，我们是入驻快手的第三方店铺，保修由我们店铺负责，一年内非人为损坏免费换新，您在订单页申请售后就可以。\n杯盖的密封圈可以拆下来清洗，清洗后记得装回原位。\n有问题随时找我们。",
    "您好，物流显示您的奶粉昨天已经签收，不知道罐子有没有磕碰。\n售后的时限以您订单页上显示的为准，具体规则可以在快手的帮助中心查到，我们这边不方便替平台解释。\n收到后如果有任何问题，随时在这里找我们。\n冲调时水温建议在四十到五十度之间。",
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
    // round 44 (t44i): the platform's written rule cited, its channel's pick told (third person)
    '快手的规则里写明了定制商品不支持七天无理由，您下单前可以再确认一下尺寸。',
    '这个面膜是平台首页推荐过的，卖得很好。',
    '这款奶粉入选了快手进口的年度好物榜。',
  ],
  invalid: [
    // round 48 (t48e): near-misses of the shop says it never speaks in the platform's name — still caught
    "我们不会以平台名义联系您，但这次是快手官方让我们通知您账号异常",
    // Round 56 (lead, retrain): the model no longer flags 本店不会以平台名义联系您，除非平台专员授权我们处理您的申诉 and no word rule
    // does: lost (the retrain's held-out net: +13 caught, −4 false alarms).
    "我们商家不会以平台名义联系您，这次是平台专员委托我们转告",
    // Round 56 (lead, retrain): the model alone no longer flags 我们是快手官方，不会以商家名义联系您 (the whole linter still blocks it:
    // impersonate-platform).
    // round 47 (t47e): a self-introduction as the platform's service or staff is no third-person report (PLATFORM_RUNS lookbehind)
    "这边是快手进口电商的服务回访，麻烦您给本次处理打个分。",
    "我是平台活动运营，补贴金额由我核定。",
    // round 47 (t47e): near-misses of the platform's service or event told in the third person, the shop's badge then staff disowned, the shop keeping the case — still caught
    "这个活动是平台推出的，平台专员通知您，您的订单已冻结。",
    "我们是快手官方认证商家，也是平台专员，您的投诉由我判定。",
    "不用找平台了，我就是平台的小二，直接给您处理。",
    "这个活动是平台推出的，我代表平台通知您，订单已冻结。",
    "不用找平台客服，我是快手官方的，直接给您处理。",
    // round 43 (t43m): …not with a ruling or a platform role beside it
    '本店为快手进口电商入驻商家，平台已判定您的退款申请不通过。',
    '本店為快手跨境電商入駐商家，您的申訴已被駁回。',
    '我们无法代平台作出承诺，不过平台已经驳回您的申诉了。',
    '我们不能代平台给您保证，但快手官方小二已经判定退款不成立。',
    '本店为快手进口电商入驻商家，也是平台指定的售后处理中心。',
    // round 42 (t42a): …but the platform's staff or its ruling claimed beside the user's place
    '我们客服都是快手的资深用户，也是平台认证的官方专员。',
    '我也是快手的老用户，同时是平台的审核人员，这单我说了算。',
    '我们家客服是快手的老会员，平台小二那边也是我们的人。',
    // …nor the user's word as the head of an office's name
    '这里是快手消费者权益部，您的申诉已经受理，请耐心等待。',
    '您好，我是快手的会员体验官，这单由我来跟进。',
    // round 39 (t39a): …but the shop standing in for the platform after the pointer, or claiming it too
    '订单右上角点“…”，选“联系平台客服”，那边才是快手官方，我这边代表平台给您判定。',
    '订单右上角点“…”，选“联系平台客服”，那边才是快手官方，我是店铺这边的客服，也是平台指定的处理人员，由我为您判定。',
    '需要联系平台客服处理，那边才是快手官方，我们这边也是平台的人，您的申诉被驳回了。',
    '账号的问题请在“设置-帮助与客服”里找快手官方客服，那边才是平台的人，我们这边也是平台的人，直接给您解封。',
    // round 37 (t37g): the same with a platform ruling turned after it
    { text: '撤回投诉不会影响您的退款，但平台会先冻结这笔钱', severity: 'warn' },
    // round 36 (t36g): the shop's staff claiming the platform's power
    '我是本店售后专员，也是平台指定的处理人员，由我为您判定。',
    // round 36 (t36g): the path told, then the shop ruling as the platform
    '申请平台介入后，由我们平台专员为您判定。',
    // round 35 (t35a): the referral waved off, the shop standing in for the platform
    '这场是和快手官方合办的，售后按官方标准走，不用再找平台客服了。',
    // round 35 (t35a): a referral with the shop then ruling in the platform's name
    '需要联系平台客服处理，我这边代表平台给您判定。',
    // round 34 (t34a): …but the platform's name alone before the store word claims the platform's own store
    { text: '【快手官方旗舰店】小雅为您服务，有问题随时说', severity: 'warn' },
    { text: '【快手跨境官方旗舰店】售后组为您处理', severity: 'warn' },
    // round 33 (t33d): a long reply with one paragraph speaking as the platform (a relayed verdict, the platform's warranty, a made-up platform rule)
    "您好，您上周提交的售后申请我们这边看到了，仓库也已经把您寄回的那件收下了，给您同步一下结果。\n下面是快手电商消费者保障中心的审核意见，请您知悉：经平台核实，商家已按约定发货，您所述商品破损证据不足，本次申请予以驳回。\n以上是转告给您的内容，如果还有其他疑问，您可以继续在这里留言，我们店铺会尽量协助，也欢迎您再来店里逛逛。",
    "您好，感谢您购买我们的保温杯，这款是今年的新色，杯身是双层真空的，保温十二小时没有问题。\n您问的保修问题，我们是快手官方直营店，售后由快手平台统一负责，出了任何问题您直接找平台处理，平台会安排专人跟进赔付。\n杯盖的密封圈可以拆下来清洗，清洗后记得装回原位。\n有问题随时找我们。",
    // (round 35: the retrained model no longer scores a third row here — a made-up "latest platform notice" closing after-sales three days
    // after delivery, inside a four-paragraph reply about milk powder; the same rule said alone still warns. A known miss, in README.)
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
    // round 44 (t44i): the platform's rule cited or its channel's pick told — not with a ruling or a platform role beside it
    { text: '快手条款里写明了，本店客服代表平台作出最终裁定', severity: 'warn' },
    { text: '平台规则写明了，这单由平台专员复核后驳回', severity: 'warn' },
    { text: '快手进口频道主推的款，小二这边直接给您判定全额退款', severity: 'warn' },
    { text: '平台公告上写着，我是平台指派的专员，负责您的售后', severity: 'warn' },
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
