// 2.3: payment accounts and payment outside the checkout — 支付宝 / zfb / 吱付宝 / alipay accounts, e-CNY and
// crypto wallet numbers with money words (数字人民币钱包编号…转过来, USDT地址…; not 钱包编号 of a leather wallet),
// 微信转账, a sum outside the order routed through Alipay (差价走zfb吧, 押金改用支付宝付), 转我 / 打到我卡上 / 红包 to a private person, 支付宝口令红包 582931 (money inside the other app),
// 先交200定金给我，微信支付宝都行 (an outside app named beside money handed to the agent, even with 预售 in the sentence), 定金先付到… / 定金200先给我, private accounts, and the bare
// "account + value + transfer" form (账号 lh8899，转完说一声). Paying with 微信支付 / 支付宝 at the
// 快手收银台, refunds 原路退回, platform coupons (店铺红包) and presale deposits on the order page are fine, and so is
// a pay verb read with 我 across a clause break (可不可以分期付，我们只支持收银台分期; 先用后付我们不支持).
// Round 9: a crypto coin named with a pay word (也支持USDT付款，地址T…; 用比特币结算).
// Round 8 (t8-283): the shop's way to be paid handed over (剩下的我发您一个收款方式, 对公账户…账户信息我马上发您; not a refund account).
// Round 11 (t11a): the buyer's account asked with the name that goes with it (把您的支付宝实名和账号发一下).

import { defineRule } from '../define-rule';
import type { LintContext, TermHit } from '../context';
import { phraseRegex } from '../context';
import { valueAfter } from '../detect/contact';
import { compactRange, denied, sentence, Spans, warningContext } from '../detect/cues';
import { emailFrom } from '../detect/emails';
import { PAYMENT_TERMS } from '../lexicon/third-party';

// The platform's own money paths: checkout, refunds, coupons, presale deposits, price-difference links.
const PLATFORM_MONEY = phraseRegex(['平台', '原路', '退回', '退到', '退款到', '退至', '收银台', '快手', '订单页', '订单里', '订单详情', '补差链接', '补差价链接',
  '补拍', '原支付', '原账户', '原付款', '已退款', '退款已', '已经退', '店铺红包', '平台红包', '红包雨', '直播间', '下单时', '自动抵扣', '抵扣', '领取', '预售', '改价', '付款时', '支付时', '结算', '系统']);
// The platform named as what the payment avoids (省掉平台那几个点, 不走平台, 平台退款太慢): no platform money path.
// (round 11: …or the platform path itself waved off: 不用补拍了, 别拍补差链接, 不用在订单里付)
// (round 17, t17b: …or waved off as not worth it: 几块钱不值得再补拍一单, 没必要拍补差链接, 犯不着补拍)
// (round 38, t38b: …or the platform's limit given as why — 平台限额不够, 超过平台的支付额度, 快手付款有上限)
// (round 39, t39l: …or the price it beats — 比在平台便宜, 比快手上买还划算)
const AROUND_PLATFORM = /(?:省掉|省下|省了|省去|绕过|绕开|不走|不经过|不用经过|别走|跳过|避开)(?:平台|快手)|(?:超过|超出|超了)?(?:平台|快手)(?:这边|那边|上|里)?的?(?:支付|付款|单笔)?(?:有)?(?:限额|额度|上限)(?:不够|太低|太小|不足|有限|满了)?|(?:不用|别|不要|无需|不必|用不着|不值得|不值当|没必要|犯不着|懒得|何必)(?:再|去|您|专门|特意|特地)?(?:补拍|拍补差价?链接|拍补差|补差价?链接|改价|在订单里付|走订单|拍链接)|(?:走)?(?:平台|快手)(?:这边|那边)?的?(?:退款|审核|流程|售后)?(?:太|很|比较|特别|有点)?慢|比(?:在)?(?:平台|快手)(?:上|里)?(?:买|下单|拍)?(?:还|更|要)?(?:便宜|低|划算|实惠|少)/g;
// Money words that make 转我 a transfer (not 转我们售后同事).
const MONEY_CUE = phraseRegex(['钱', '元', '块', '差价', '运费', '邮费', '定金', '订金', '尾款', '货款', '款', '费', '支付宝', '微信', '账户', '账号', '卡', '红包',
  '补', '付', '转账', '截图', '到账', '收到']);
const NOT_MONEY_AFTER = /^(?:们?的?(?:售后|同事|主管|仓库|客服|技术|部门|领导|经理|专员|同学|物流))/;
/** Round 19 (t19di): the thing passed to us is a complaint or a case (您的投诉平台已经转给我们了, 售后单转到我这边了). */
const CASE_PASSED_BEFORE = /(?:投诉|申诉|工单|售后单|售后申请|退款申请|申请|案子|举报|纠纷|问题|情况)(?:单|记录)?(?:平台|系统|客服)?(?:那边|这边)?(?:已经|已|现在|也|都|刚刚|刚)*(?:被)?$/;
/** Round 45 (t45k): what was forwarded (的那条“…”的短信, 的截图, 的链接; compact text, quotes gone): a message, not a sum — 的钱, 的那笔, 的账户 stay money. */
const FORWARDED_AFTER = /^(?:过来)?的(?:(?:那|这)?(?:条|张|段|封|份)[^钱款元块账卡户码]{0,24}?|(?:那|这)?个?[^钱款元块账卡户码]{0,6}?)(?:短信|消息|信息|截图|链接|图片|照片|视频|邮件|聊天记录|通知|文章|帖子|语音)/;
const SELF_BEFORE = /(?:我|我的|我们的?|私人|个人|扫我|转我|到我|给我|打我)$/;
const PAY_AFTER = /^(?:补给我|补我|还我|转我|转给我|转到|转账给我|转过来|收款|扫我|给我|付我|打给我|打到|上转|转一下|转就|转|付款码|收款码)/;
// 把支付宝账号发我: asking for the buyer's account to pay outside the platform.
// Round 11: with the name that goes with it (把您的支付宝实名和账号发一下, 支付宝姓名跟账号报给我).
const ASK_ACCOUNT = /^(?:的)?(?:(?:实名|真实姓名|姓名|名字|户名)(?:和|跟|及|以及|还有|、)?)?(?:账号|账户|帐号|号|收款码)?(?:和[^，。]{0,6})?(?:发我|发给我|给我|告诉我|留一下|留给我|发一下|报一下|是多少|多少|私信我|发过来|发下|报给我|报下)/;
/**
 * Round 36 (t36b): the buyer's account asked by what it is bound to, to be written somewhere we read (把支付宝绑定的手机号写在评价里，我们看到就
 * 转过去; 支付宝关联的邮箱备注一下), money to follow: a payment outside the order.
 */
const ASK_BOUND_ACCOUNT = /^(?:的)?(?:账号|账户|帐号)?(?:绑定|绑|关联|注册|登录)(?:的|用的)?(?:那个|这个)?(?:手机号码?|手机|电话号?码?|号码|邮箱|账号)[^，。！？]{0,6}?(?:写|留|填|备注|发|告诉|报|私信|打在)/;
const MONEY_FOLLOWS = /转|返|打|汇|红包|退给|给您|给你/;
// Where a transfer goes when it leaves the platform: to me, to an account, to a card.
/** Round 35 (t35a): the transfer told as the way to pay, nothing after it but an ending (直接转账就行, 转账过来就可以, 转账吧). */
const BARE_TRANSFER_AFTER = /^(?:过来|一下|下)?(?:就行|就好|就可以|就ok|就完事|即可|吧|呗|哈|好了|就成)/;
const TRANSFER_ADVISED_BEFORE = /(?:建议|最好|推荐|直接|麻烦|请|您就|您可以|可以|改)(?:您|你)?(?:走|用|通过|改走|改用)(?:个|一下)?(?:银行|网银|手机银行|银行卡|对公)?$/;
/**
 * Round 39 (t39l): the transfer matched by the digits the buyer reports after it (ATM转帐后告诉我末五码, 汇款完成后请告知账号后五码, 转账后把
 * 卡号后四位发我): the shop reconciles a bank transfer by hand, which only a payment outside the checkout needs. Not a refund to the buyer,
 * nor the platform's own path, nor a warning (平台不会让您转账后报末五码).
 */
const TAIL_REPORTED = /(?:后|完|好|之后|以后|完成|成功)[^。！？]{0,8}?(?:告诉|告知|回报|回复|报|发|留|私信|通知|提供|给)(?:一下|下)?(?:给)?(?:我|我们|客服|本店|店里|小编)?(?:您|你)?(?:的)?(?:转出|汇款|付款|转账|转帐)?(?:的)?(?:帐号|账号|帐户|账户|卡号|银行卡|卡)?(?:的)?(?:末|后|尾)[一二三四五六两\d](?:码|位|个数|位数)/;
/** Round 39 (t39l): the transfer made at an ATM (ATM转账, ATM匯款): the checkout has no ATM. */
const ATM_BEFORE = /atm(?:机)?(?:上|里|去)?$/;
const TRANSFER_TO_BUYER = /(?:给|到|至|进)(?:您|你)|(?:您|你)(?:的)?(?:账户|账号|卡|支付宝|微信|钱包)|退款|退税|退回|原路|赔付|补偿给/;
const PRIVATE_TARGET = /(?:转账|打款|汇款|打钱|转过来|转)(?:到|给|至|进)?(?:我|我们|私人|个人|这个|下面|以下)|(?:我|我们)的?(?:账号|账户|卡|支付宝|微信)|账号|帐号|账户|卡号|户名|收款|支付宝|zfb|(?:转账|转完|转好|转了|付完|付好)后?的?截图(?:发|给)?我/;
/** Round 43 (t43e): a transfer verb right before a named payee (转到收款人…, 打到户名…), and the person's card or account after it. */
const PAYEE_SENT_BEFORE = /(?:转|打|汇|付|存|充)(?:到|给|进|入|至)(?:这个|那个|下面(?:这个)?|以下)?$/;
/** …not money paid to the buyer (退到您的卡上, 给您退款). */
const PAID_TO_BUYER = /退|原路|赔付|理赔|补偿给|(?:到|进|至)(?:您|你)(?:本人)?的?(?:账户|账号|卡|银行卡|支付宝|微信|钱包)|(?:给|帮)(?:您|你)(?:退|返|赔|打款|转账)/;
const PAYEE_CARD_AFTER = /^(?:是|叫|为|写的是)?[\u4e00-\u9fffa-z·]{1,8}?(?:的|名下的?|那张)?(?:卡|银行卡|储蓄卡|账户|账号|帐户|帐号|支付宝|微信)/;
const SELF_TRANSFER = /(?:转账|打款|汇款|打钱)(?:到|给|至|进)?(?:我|我们)(?!们?的?(?:售后|同事|主管|仓库|客服|技术|部门))/;
// The amount handed to the agent: 定金200先给我, 先交200定金给我 (the clause ends there).
const TO_ME = /^.{0,8}?(?:先|直接|私下|单独)?(?:给|转|打|付|交)(?:给)?我(?:就行|就好|就可以|吧|即可|手上|这边)?$/;
// After 支付宝: a red packet or password code inside the app.
const APP_CODE_AFTER = /^(?:里|上)?(?:的)?(?:口令红包|红包口令|吱口令|口令|红包码|红包)/;
/** After 支付宝: the account said to be a phone or another id of ours or the host's (就是主播手机号, 账号就是我电话). */
const ACCOUNT_IS_NUMBER_AFTER = /^(?:号|账号|账户|帐号|收款账号)?(?:也|就|同样)?(?:是|用的是|用的就是|就是|绑的是|绑定的是)(?:我|我的|我们|我们的|主播|主播的|老板|老板的|店长|店长的|她|她的|他|他的|店里|店铺|客服)(?:的)?(?:手机|电话|手机号|电话号码|手机号码|号码|微信号|qq号?)(?!吗|么|呢|不)/;
// Round 24 (t24a): a pay link or code of the outside app handed over (我给您发一个支付宝的代付链接，让家里人点开直接付; 微信收款码
// 发您了): the buyer pays inside the other app, past the order — not the checkout's own page (收银台会弹出支付宝付款码) nor refused.
const APP_PAY_LINK_AFTER = /^(?:的)?(?:代付|付款|收款|支付|转账|扫码)?(?:链接|码|二维码|小程序)/;
const HANDED_OVER = /发|给(?:您|你)|私信|甩|点开|扫/;
const HANDOVER_REFUSED = /不能|不了|没法|无法|不会|不支持|不提供|不用|别/;
const MONEY_WORD = /差价|款|钱|付|运费|邮费|定金|订金|尾款|补|元|块/;
// A sum paid outside the order itself: 差价, 尾款, 定金, 运费, 补款.
const OFF_ORDER_SUM = /差价|尾款|定金|订金|运费|邮费|补款|余款|押金|货款|剩下的钱|剩余的钱|这笔钱|钱转/;
// …not a past checkout payment nor money going to the buyer: 用支付宝付的，所以运费险理赔打到您的支付宝.
const PAID_OR_TO_BUYER = /付的|付过|已付|已经付|支付的|到您|给您|到你|给你|退|理赔|运费险/;
// Crypto coins and a pay word around them (round 9).
const CRYPTO = /usdt|trc20|erc20|泰达币|比特币|以太坊|虚拟币|虚拟货币|加密货币|btc|eth/;
const CRYPTO_PAY = /付款|支付|付给|付到|结算|转账|转给|转到|收款|到账|钱包地址|充值|打款|(?<![a-z])地址/;
const PRIVATE_DEST = phraseRegex(['我', '我们', '私人', '个人', '账号', '帐号', '账户', '卡号', '支付宝', '微信', '户名', 'zfb', '收款']);

// A code, card or account handed over, then the act of paying through it (round 11, t11d; see sentThenPay()).
const SENT_THEN_PAY = /(?<![取验单券换惠伪源件货运条号邀请])(?:二维码|收款码|付款码|码|卡号|银行卡号?|收款账号|账号|帐号|账户)(?:我)?(?:已经|刚刚?|都|也)?(?:发|甩|给|私|丢|传)(?:给)?(?:你|您)(?:了|啦|咯|个|哈)?[^。！？]{0,8}?(?:扫|打过来|打来|打给我|打到|转过来|转来|转给我|转过去|打钱|转钱|转账|汇过来|汇款|付过来|付给我)/g;
/** sentThenPay()'s gate: something sent to the buyer. */
const SENT_TO_YOU = /[发甩给私丢传](?:给)?[你您]/;
const LINK_OUTSIDE_THEN_BUY = /(?:短信|私信|邮件|邮箱|微信|vx|qq)(?:里|上)?(?:我)?(?:已经|刚刚?)?(?:发|给)(?:你|您)(?:了|个|一个)?(?:链接|网址|网页)[^。！？]{0,8}?(?:点进去|点开|打开|进去)[^。！？]{0,4}?(?:买|拍|下单|付|购买)/g;

// Round 32 (t32a): wallets the platform's checkout does not take (foreign and regional ones), and a paying word in any of the
// languages they come with (払う/送金/決済, 결제/송금, pay).
const FOREIGN_WALLET = /paypal|贝宝|venmo|cashapp|cash app|zelle|revolut|wise|payme|转数快|paypay|line ?pay|楽天|kakao|카카오|토스|街口|paynow|touch ?n ?go|tng ?ewallet|grabpay|duitnow|全支付|jkopay|悠游付|fps/;
// (round 39, t39e: Cantonese 过数 / 入数 and the English transfer too)
const FOREIGN_PAY = /付|支付|払|拂|送金|決済|决济|转|汇|结|打款|pay|송금|결제|过数|入数|transfer/;
// (…refused right after it or anywhere in its sentence: PayPal和银行转账都用不了，只支持快手收银台)
// (round 39, t39e: Cantonese refusals too — 我哋唔收转数快、PayMe, PayMe用唔到, 唔支持, 冇得用)
const FOREIGN_REFUSED = /^[^，。！？]{0,4}?(?:不|没|用不了|无法|不能|不支持|不可以|不接受|不收|唔|冇|用唔到|用唔)/;
const FOREIGN_REFUSED_ANY = /用不了|不支持|不能用|没法用|无法使用|不接受|不收|只支持|只能(?:在|用|走|通过)|唔收|唔接受|唔支持|用唔到|用唔倒|冇得用|唔得用|唔可以用/;

/**
 * Round 45 (t45e): the buyer's own receiving account asked for with no app named, money of ours to follow (我自己还您15块，您用哪个收钱，名字和
 * 账号后几位发我; 差价我私下补给您，收款账户和实名告诉我): a payment outside the order either way. Not the platform's own path (原路退回,
 * 平台退款), nor an account of another kind (会员账号, 登录账号) with no money to the buyer beside it.
 */
const NAME_ACCOUNT_ASKED = /(?:实名|真实姓名|姓名|名字|户名|全名)(?:和|跟|及|以及|还有|加|、)?(?:收款)?(?:账号|账户|帐号|帐户|卡号)(?:的)?(?:后[几两一二三四五六七八0-9]位|尾号|末[几四五六0-9]位)?[^，。！？]{0,4}?(?:发我|发给我|给我|告诉我|报一下|报给我|私信我|发过来|发一下|报下|发下|留一下)|(?:收款|收钱)(?:的)?(?:账号|账户|帐号|帐户|卡号)(?:和|跟|及|加)?(?:实名|真实姓名|姓名|名字|户名)?[^，。！？]{0,4}?(?:发我|发给我|给我|告诉我|报一下|报给我|私信我|发过来|发一下|报下|发下|留一下)/;
const WHICH_APP_RECEIVES = /(?:用|拿)?(?:哪个|什么|啥|哪种)(?:软件|app|平台|账户|账号|方式)?(?:收钱|收款|收账|接收转账)/;
const MONEY_TO_BUYER = /(?:还|退|补|转|返|赔|打|汇)(?:给)?(?:您|你)(?:[0-9一二三四五六七八九十两几百]+(?:块|元|毛))?|(?:给|帮)(?:您|你)(?:退|补|转|返|赔|打|汇)/;
const MONEY_NOUN = /钱|块|元|差价|运费|邮费|红包|款|补偿|赔偿/;

const rule = defineRule({
  meta: {
    id: 'payment-account',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'info'],
    title: { zh: '站外支付账号或转账', en: 'Payment outside the checkout' },
    description: {
      zh: '支付宝等支付账号、微信转账、红包、转到个人账户等站外收款。快手收银台付款、原路退款、店铺红包不算。',
      en: 'Alipay and other accounts, WeChat transfers, red packets, money to a private account. Checkout payment and refunds are fine.',
    },
    hint: { zh: '删除账号和转账说法；差价、运费请让买家在平台拍补差链接或由平台改价。', en: 'Remove the account and the transfer request; use a price-difference listing or a price change on the platform.' },
  },
  terms: PAYMENT_TERMS,
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    // Round 45 (t45e): the buyer's receiving account asked, no app named (NAME_ACCOUNT_ASKED, WHICH_APP_RECEIVES).
    if (/收钱|收款|账号|账户|帐号|帐户|卡号/.test(ctx.compact)) {
      for (const re of [NAME_ACCOUNT_ASKED, WHICH_APP_RECEIVES]) {
        const m = re.exec(ctx.compact);
        if (!m || taken.overlaps(m.index, m.index + m[0].length)) continue;
        const [start, end] = [m.index, m.index + m[0].length];
        const around = ctx.before(start, 60, 'hard') + m[0] + ctx.after(end, 40, 'hard');
        const money = MONEY_TO_BUYER.test(around) && MONEY_NOUN.test(around);
        if (!money || PLATFORM_MONEY.test(around) || denied(ctx, start) || warningContext(ctx, start, end)) continue;
        taken.add(start, end);
        ctx.report(rule, { start, end, message: '索要买家的收款账号（站外转账）' });
      }
    }
    // No hit and nothing handed over (sentThenPay's own gate): nothing to do.
    if (hits.length === 0 && !SENT_TO_YOU.test(ctx.compact)) return;
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const verdict = judge(ctx, hit);
      if (!verdict) continue;
      taken.add(verdict.start, verdict.end);
      const defused = denied(ctx, hit.start) || (!verdict.value && warningContext(ctx, hit.start, hit.end));
      ctx.report(rule, defused ? { start: verdict.start, end: verdict.end, severity: 'info', message: '提到转账或支付账号（否定或提醒语境）' } : { start: verdict.start, end: verdict.end, message: verdict.message });
    }
    sentThenPay(ctx, taken);
  },
});

// check()'s helpers: module functions, not closures made on every draft (see likely-rule.ts unreadUnits).
// Round 11 (t11d): a short reply that hands over a code, card or account and names the act of paying through it
// (码发你了 扫就完事, 卡号发你了 打过来就行, 二维码甩你了 扫一下) or a link sent outside the chat to buy through
// (短信发你个链接 点进去买). Not: a pickup, tracking, coupon or trace code (取件码, 单号, 券码, 溯源码), a link sent here
// (链接发你了 直接拍), a warning or a denial.
function sentThenPay(ctx: LintContext, taken: Spans): void {
  const text = ctx.compact;
  if (!SENT_TO_YOU.test(text)) return;
  for (const re of [SENT_THEN_PAY, LINK_OUTSIDE_THEN_BUY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (/退/.test(m[0]) || taken.overlaps(start, end) || denied(ctx, start) || warningContext(ctx, start, end)) continue;
      if (PLATFORM_MONEY.test(sentence(ctx, start, end, 30))) continue;
      taken.add(start, end);
      ctx.report(rule, { start, end, message: '把收款码、卡号或账号发给买家并让其扫码或转账（站外收款）' });
    }
  }
}

function breakInside(ctx: LintContext, hit: TermHit): boolean {
  const bb = ctx.norm.breakBefore;
  for (let k = hit.start + 1; k < hit.end; k++) if (bb[k]) return true;
  return false;
}

function accountValue(ctx: LintContext, hit: TermHit) {
  const value = valueAfter(ctx, hit.end);
  if (value) return value;
  const fEnd = ctx.norm.compactToFolded[hit.end - 1]! + 1;
  const mail = emailFrom(ctx, fEnd, 10);
  if (!mail) return undefined;
  const [start, end] = compactRange(ctx, mail.start, mail.end);
  return { start, end, value: mail.address };
}

function judge(ctx: LintContext, hit: TermHit): { start: number; end: number; message: string; value?: boolean } | undefined {
  const tag = hit.spec.tag;
  // 可不可以分期付，我们只支持…: a pay verb and 我 read across a clause break are no transfer to me.
  if ((tag === 'transfer' || tag === 'wechat-transfer') && breakInside(ctx, hit)) return undefined;
  const before = ctx.before(hit.start, 8);
  const after = ctx.after(hit.end, 10, 'hard');
  const s = sentence(ctx, hit.start, hit.end, 30);
  const platform = PLATFORM_MONEY.test(s.replace(AROUND_PLATFORM, ''));
  if (tag === 'alipay') {
    // A crypto coin named as a way to pay (也支持USDT付款, 用比特币结算): the checkout never takes it, so naming it with a pay
    // word is payment outside the platform (round 9); a news or price mention without one is not.
    // (比特币那些我们不懂，付款只能在快手收银台完成: the checkout named, nothing paid in the coin)
    if (CRYPTO.test(hit.key) && !/快手|收银台|平台|订单页/.test(s) && CRYPTO_PAY.test(s.replace(hit.key, ''))) return { start: hit.start, end: hit.end, message: '引导买家用虚拟币付款（站外收款）' };
    const value = accountValue(ctx, hit);
    // Round 39 (t39l): bare FPS only with an id right after it and a paying word in the sentence (FPS 9876 5432 過數); 144fps is frames.
    if (hit.key === 'fps') {
      if (!value || /\d$/.test(before) || !FOREIGN_PAY.test(s.replace(hit.key, '')) || FOREIGN_REFUSED_ANY.test(s) || /[吗么]$|[？?]/.test(s)) return undefined;
      return { start: hit.start, end: value.end, message: '发出了站外钱包或支付账号（站外收款）', value: true };
    }
    if (!value && ASK_ACCOUNT.test(after)) return { start: hit.start, end: hit.end, message: '索要买家的支付宝账号（站外打款）' };
    if (!value && !platform && ASK_BOUND_ACCOUNT.test(after) && MONEY_FOLLOWS.test(ctx.compact.slice(hit.end, hit.end + 40))) return { start: hit.start, end: hit.end, message: '索要买家支付宝绑定的手机号等账号信息用于站外打款（站外资金往来）' };
    // 钱包编号我私发您 / 支付宝我单独发你: the account handed over privately.
    if (!value && /^(?:号|账号|帐号|编号|地址)?(?:我|稍后|等下|一会)?(?:私发|私信发|私信给|单独发|私聊发|发您|发你|私下发)/.test(after)) return { start: hit.start, end: hit.end, message: '私下发送站外支付账号（站外收款）' };
    // A wallet number is money only with money words around it (钱包编号 on a leather wallet is a product code).
    if (value && /钱包|数币|usdt|trc20|erc20|泰达币|比特币|btc/.test(hit.key) && !/转|付|货款|款项|打款|汇款|钱|打到|打这|打给|收款|汇|充值/.test(s.replace(hit.key, ''))) return undefined;
    if (value) return { start: hit.start, end: value.end, message: /支付宝|zfb|吱|支付|alipay|zhifu/.test(hit.key) ? '发出了支付宝账号（站外收款）' : '发出了站外钱包或支付账号（站外收款）', value: true };
    // Round 32 (t32a): a wallet the checkout never offers (PayPay, PayPal, LINE Pay, Venmo, 转数快…) named with a paying word: the
    // money goes outside the platform whatever else is said (PayPayで払って…平台不用拍; 用PayPal付就行) — not refused after it
    // (PayPay用不了哦, PayPal这边不支持).
    if (!value && FOREIGN_WALLET.test(hit.key) && (FOREIGN_PAY.test(s.replace(hit.key, '')) || /^fps./.test(hit.key)) && !FOREIGN_REFUSED.test(after) && !FOREIGN_REFUSED_ANY.test(s) && !/[吗么]$|[？?]/.test(s)) {
      return { start: hit.start, end: hit.end, message: '引导买家用平台收银台没有的站外钱包付款（站外收款）' };
    }
    // 支付宝口令红包 582931, 支付宝搜口令领: money handed over inside the other app, away from the order.
    if (!platform && APP_CODE_AFTER.test(after) && /领|输|搜|补偿|返|给您|给你|发您|发你|抵/.test(s) && !/店铺红包|平台红包|快手/.test(s)) return { start: hit.start, end: hit.end, message: '用站外支付App的红包或口令付款/补偿（站外资金往来）' };
    if (!platform && APP_PAY_LINK_AFTER.test(after) && HANDED_OVER.test(s.replace(hit.key, '')) && !HANDOVER_REFUSED.test(s)) return { start: hit.start, end: hit.end, message: '发给买家站外支付App的付款链接或收款码（站外收款）' };
    // 差价走zfb吧, 运费走支付宝: the money's way named outside the checkout (用支付宝付款 at checkout is fine).
    if (/走(?:个|我的?)?$/.test(before) && MONEY_WORD.test(s.replace(hit.key, '')) && !/收银台|付款时|支付时|下单时|订单页|时候|结算|平台|快手/.test(s)) return { start: hit.start, end: hit.end, message: '引导买家走支付宝付款（站外收款）' };
    // 我直接通过支付宝退给您，您报个账号: a refund or compensation paid out through the outside app, away from the order.
    // (round 11: the buyer named before the app: 我这边给您用支付宝退, 帮您走支付宝补)
    if (!platform && ((/(?:通过|用|走|拿)$/.test(before) && /^(?:直接|私下|单独)?(?:退|返|赔|补|打|转)(?:款|钱)?(?:给|到)?(?:您|你)/.test(after)) || (/(?:给|帮)(?:您|你)(?:直接|单独|私下)?(?:用|通过|走|拿)$/.test(before) && /^(?:直接)?(?:退|返|赔|补|打|转)/.test(after)))) return { start: hit.start, end: hit.end, message: '用站外支付App给买家退款或补偿（站外资金往来）' };
    // Round 32 (t32b): the account given as a number the buyer can find (支付宝就是主播手机号, zfb账号就是我电话): an account by
    // reference, a live room beside it or not. Not the buyer's own (您的支付宝就是您的手机号) nor asked (支付宝就是手机号吗).
    if (ACCOUNT_IS_NUMBER_AFTER.test(after) && !/(?:您|你)(?:的)?$/.test(before) && !denied(ctx, hit.start)) return { start: hit.start, end: hit.end, message: '以“支付宝就是手机号”给出站外收款账号（站外收款）' };
    if (platform && !SELF_BEFORE.test(before)) return undefined;
    if (SELF_BEFORE.test(before) || PAY_AFTER.test(after)) return { start: hit.start, end: hit.end, message: '引导买家向个人支付宝付款（站外收款）' };
    // 差价走zfb吧, 尾款用支付宝付: a sum outside the order routed through the account (the checkout's own
    // 付款可以选支付宝 names no such sum).
    if (/(?:走|用|通过|改走|改用|直接走)$/.test(before) && OFF_ORDER_SUM.test(s) && !platform && !PAID_OR_TO_BUYER.test(s)) return { start: hit.start, end: hit.end, message: '引导买家走支付宝付款项（站外收款）' };
    return undefined;
  }
  if (tag === 'wechat-transfer') {
    if (platform && !SELF_BEFORE.test(before) && !/我/.test(hit.key)) return undefined;
    return { start: hit.start, end: hit.end, message: '引导买家微信转账（站外收款）' };
  }
  if (tag === 'transfer') {
    const selfDirected = /我/.test(hit.key);
    if (selfDirected) {
      if (NOT_MONEY_AFTER.test(after)) return undefined;
      // Round 34 (t34a): 付 read as the tail of a compensation verb (平台会赔付我们运费, 快递公司理赔付我们, 保险偿付我们): money owed
      // to the shop by the platform, a courier or an insurer, not the buyer asked to pay the agent.
      if (/^付/.test(hit.key) && /(?:赔|偿|垫|预)$/.test(before)) return undefined;
      // Round 19 (t19di): a case passed on, not money (您的投诉平台已经转给我们了, 售后单转到我这边了).
      if (CASE_PASSED_BEFORE.test(ctx.before(hit.start, 14))) return undefined;
      // Round 45 (t45k): a message the buyer forwarded to us, named by what it is (您转给我的那条短信, 你转给我的截图): no money moves.
      if (FORWARDED_AFTER.test(ctx.after(hit.end, 40, 'hard'))) return undefined;
      // 先用后付我们不支持: the pay verb ends a clause and 我们 starts the next one (a statement about the shop).
      if (/^们(?:这边|店里|目前|暂时|也|都)?(?:不|没|暂不|只支持|只能)/.test(after)) return undefined;
      if (!MONEY_CUE.test(s) && !/^(?:v|vx|wx|微信|支付宝|zfb)?(?:就行|就好|吧|就可以|即可)/.test(after)) return undefined;
      return { start: hit.start, end: hit.end, message: '引导买家把钱直接转给个人（站外收款）' };
    }
    if (SELF_TRANSFER.test(s) && !NOT_MONEY_AFTER.test(after)) return { start: hit.start, end: hit.end, message: '引导买家把钱直接转给个人（站外收款）' };
    // Round 35 (t35a): a bare instruction to transfer, the recipient left unsaid (直接转账就行, 您先转账吧, 钱转账过来就可以): the checkout
    // has no 转账, so the buyer is told to pay outside it — not money paid to the buyer (退款转账到您账户, 给您转账就行) nor the platform's.
    if (/^(?:转账|转帐)$/.test(hit.key) && BARE_TRANSFER_AFTER.test(after) && !platform && !TRANSFER_TO_BUYER.test(s)) return { start: hit.start, end: hit.end, message: '让买家直接转账付款（站外收款）' };
    // Round 38 (t38b): …or advised as the way to pay, by the bank or not (大件建议走银行转账, 您最好用网银转账): not money to the buyer, nor asked.
    if (/^(?:转账|转帐)$/.test(hit.key) && TRANSFER_ADVISED_BEFORE.test(before) && !platform && !TRANSFER_TO_BUYER.test(s) && !/[吗么呢]$|[？?]/.test(s)) return { start: hit.start, end: hit.end, message: '建议买家走（银行）转账付款（站外收款）' };
    // Round 39 (t39l): …or made at an ATM, or matched by the digits the buyer reports after it (see TAIL_REPORTED, ATM_BEFORE).
    if (/^(?:转账|转帐|汇款|打款)$/.test(hit.key) && (ATM_BEFORE.test(before) || TAIL_REPORTED.test(ctx.after(hit.end, 30, 'hard'))) && !platform && !TRANSFER_TO_BUYER.test(s) && !/[吗么呢]$|[？?]/.test(s)) return { start: hit.start, end: hit.end, message: '让买家转账付款并报末几位核对（站外收款）' };
    if (platform || !PRIVATE_DEST.test(s.replace(/您|你/g, ''))) return undefined;
    if (!PRIVATE_TARGET.test(s)) return undefined;
    return { start: hit.start, end: hit.end, message: '引导买家转账到站外账户' };
  }
  if (tag === 'money') {
    // The transfer phrase itself (转到我…) is the finding; the amount word adds nothing.
    if (/转我|转给我|转到我|打到我|付给我|汇给我|付我|转进我|汇到我/.test(s)) return undefined;
    if (TO_ME.test(ctx.after(hit.end, 12)) && /微信|支付宝|zfb|vx|wx|现金|银行卡/.test(s)) return { start: hit.start, end: hit.end, message: '引导买家把款项用微信/支付宝直接付给个人（站外收款）' };
    if (platform) return undefined;
    // (round 17, t17b: …the measure word after 我 too: 运费发我个红包就行)
    // (round 19: …not the shop sending one to the buyer, 我给您发个红包补上 — a shop red packet, the buyer pays nothing)
    if (hit.key === '红包' ? (/(?:发|给|转|包)(?:我|给我)?(?:个|一个)?(?:\d+|[一二两三四五六七八九十百]+)?(?:块|元)?的?$/.test(before) && !/(?:给|帮|替|为)(?:您|你)(?:发|包|转)(?:个|一个)?(?:\d+|[一二两三四五六七八九十百]+)?(?:块|元)?的?$/.test(before)) || /^(?:给我|转我|发我)/.test(after) : false) {
      return { start: hit.start, end: hit.end, message: '引导买家发红包付款（站外收款）' };
    }
    // 定金200先给我, 尾款直接给我就行: the amount handed to the agent, not paid at checkout.
    // (the clause ends there or settles it: 运费给我备注一下 is not a payment)
    if (/^.{0,8}?(?:先|直接|私下|单独)?(?:给|转|打|付|交)(?:给)?我(?:就行|就好|就可以|吧|即可|手上|这边)?$/.test(ctx.after(hit.end, 12))) {
      return { start: hit.start, end: hit.end, message: '引导买家把款项直接付给个人（站外收款）' };
    }
    if (/(?:付到|打到|转到|汇到|给到)(?:我|我们)|到(?:我|我们)的?(?:账户|账号|卡|支付宝|微信|私人|个人)/.test(s) || /(?:转|打|付|汇)(?:给)?我(?!们的?(?:售后|同事))/.test(after)) {
      return { start: hit.start, end: hit.end, message: '引导买家把款项付到个人账户（站外收款）' };
    }
    return undefined;
  }
  if (tag === 'account') {
    if (/私人|个人|私账|私户|私下/.test(hit.key)) {
      // (round 29, t29d: 私人收款 names the receiving itself, so the payment must be asked outside it — 转过去, 钱打过去;
      // 个人收款和企业收款的发票不一样 is no ask)
      const payAsk = /收款/.test(hit.key) ? /转|付|打|汇/.test(s.replace(hit.key, '')) : /转|付|打|汇|收|款|钱|走|用/.test(s);
      if (platform || !payAsk) return undefined;
      return { start: hit.start, end: hit.end, message: '引导买家付款到私人账户（站外收款）' };
    }
    if (/方式/.test(hit.key)) {
      // …a measure word between (剩下的我发您一个收款方式; round 8).
      if (/(?:发|私发|给)(?:您|你)(?:一个|个|一下)?$/.test(before) || /^(?:发您|发你|私发|给您|给你|发给)/.test(after)) return { start: hit.start, end: hit.end, message: '私下发送付款方式（站外收款）' };
      return undefined;
    }
    if (/快手|平台|店铺|会员|登录|游戏|视频/.test(before)) return undefined;
    // Round 43 (t43e): money sent to a payee named by a person's name, to their card or account (差价直接转到收款人“林晓婷”的卡上; 尾款打到户名
    // 王芳的银行卡里): a private person's account is no path of the checkout, whatever the platform's price change is said to be. Not money
    // to the buyer (退到您的卡上), nor the platform's own payout to the shop (平台打款到收款人账户), nor refused.
    if (/^(?:收款人|户名)$/.test(hit.key) && PAYEE_SENT_BEFORE.test(ctx.before(hit.start, 10)) && PAYEE_CARD_AFTER.test(after) && !/(?:平台|快手|系统|官方)[^，。！？]{0,6}$/.test(ctx.before(hit.start, 12)) && !PAID_TO_BUYER.test(s) && !denied(ctx, hit.start)) {
      return { start: hit.start, end: hit.end, message: '引导买家把钱转到指定个人的银行卡或账户（站外收款）' };
    }
    // The shop's account handed over for a payment (round 8): 走我们对公账户更划算…账户信息我马上发您.
    if (!platform && /^(?:信息|资料|号|名|详情)?(?:我|我们)?(?:马上|稍后|等下|等会儿?|一会儿?|现在|这就|晚点)?(?:私发|发给|发|给|私信)(?:您|你)/.test(after) && /转|付|汇|打款|钱|收款|到账|金额|开票|对公|款/.test(s) && !/退|理赔|运费险/.test(s)) return { start: hit.start, end: hit.end, message: '私下发送收款账户（站外收款）' };
    const value = accountValue(ctx, hit);
    if (!value || platform) return undefined;
    if (!/收款/.test(hit.key) && !/转|付|汇|打款|钱|收款|到账|截图|备注/.test(s)) return undefined;
    return { start: hit.start, end: value.end, message: '发出了收款账号（站外收款）', value: true };
  }
  return undefined;
}

export default rule;
