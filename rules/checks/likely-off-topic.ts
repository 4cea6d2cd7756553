// 2.6 by the statistical second opinion (rules/model/): using the chat for things other than service
// (recruiting, dating, loans, other business) in words the 2.6 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';
import { closesOnRefusal, warnsOff } from '../detect/warning-frame';
import { ordersMerged } from '../detect/orders-merged';
import { useNeedsPaper } from '../detect/use-needs-paper';
import { toolComputes } from '../detect/tool-computes';

// Round 23 (t23a): thanks passed on to a third person (帮我们谢谢她, 替我们谢谢阿姨, 麻烦帮我们谢谢您家宝妈，感谢她的好评): courtesy about the
// order or a referral — not with a side business, a date or a contact in the sentence.
const THANKS_PASSED_ON = /(?:帮|替|代)(?:我们|我|咱们|店里|小店)?(?:跟[^，。！？]{1,6})?(?:谢谢|感谢|说声谢谢|道声谢|道谢|转达谢意|说声感谢)/;
/** A side job, a loan, a date or a contact: what turns courtesy or shopping advice back into off-topic use. */
const SIDE_WORDS = '兼职|招聘|招人|代理|刷单|借|贷|投资|理财|交友|见面|微信|vx|qq|电话|号码|私聊|红包|返现';
const SIDE_BUSINESS = new RegExp(`${SIDE_WORDS}|约|加`);
// Round 24 (lead): money short for now, so buy later through the shop's own cart, wish list or a coming sale (钱不够没关系，可以先加购物车，
// 发工资了再买): 钱不够 and 发工资 weigh like loan talk to the model, but this is shopping advice — unless a loan, a side job or a contact is in
// the sentence too (…找我借点，发工资了再还我).
const BUY_LATER = /加(?:入|个|进)?购物车|加购|收藏(?:起来|一下|着)?|(?:等|趁)(?:活动|大促|降价|优惠|618|双十一|双11|直播)|(?:发工资|发薪|有钱|手头宽裕|预算够)(?:了|后|以后|之后)?再(?:买|拍|下单|入)/;
// (Not 加 or 约 here: 加购物车 is the advice itself, and 约 also reads 大约.)
const LOAN_OR_SIDE = new RegExp(`${SIDE_WORDS}|还我|还钱|放款|额度|利息|垫|周转|套现|口子`);

// Round 31 (t31d): someone near the buyer asked after to take the parcel (您身边有人能帮您取一下快递吗; 请问您身边有家人或者同事可以帮忙
// 代收吗): 您身边有人吗 weighs like a date or a recruit to the model, but the person is wanted for the parcel — not with a side line, a
// date, an introduction or a contact in the sentence (您身边有单身的朋友吗，介绍认识一下; 您身边有人想做兼职吗，帮忙代收快递就行).
const SOMEONE_NEAR = /(?:身边|旁边|家里|家中|附近|公司|单位|宿舍|楼里|现在)(?:有|有没有|还有)(?:人|家人|同事|朋友|邻居|室友|亲戚|前台|保安|门卫)|(?:家人|同事|室友|邻居|朋友|前台|门卫|保安)(?:在|在不在|方便)/;
const TAKES_PARCEL = /代收|代签|代取|签收|签一下|签个字|取(?:一下)?(?:快递|件|包裹)|取件|收(?:一下)?(?:快递|包裹|件)|拿(?:一下)?(?:快递|包裹)|帮忙收|帮您收|帮您取|帮您拿|驿站|快递柜|丰巢|派送|送货|到货|验货/;
const NOT_FOR_PARCEL = /兼职|招聘|招人|代理|刷单|借|贷|投资|理财|交友|见面|微信|vx|qq|私聊|红包|返现|单身|对象|介绍|认识|相亲|约|加我|赚|推荐|拉人|下载/;
// (the parcel may come in the next sentence: 亲，您身边有人吗？我们这个需要有人当面签收一下)
const parcelTaker = (s: string, next: string): boolean => SOMEONE_NEAR.test(s) && TAKES_PARCEL.test(s + next) && !NOT_FOR_PARCEL.test(s + next);

// Round 36 (t36g): goods suggested to suit the buyer's or their family's taste (您家老人喝不惯浓咖啡的话，可以试试挂耳淡一点的; 孩子嫌苦的话
// 可以换成低因款): shopping advice, weighed like chat by its family and habit words — not with a side line, a date or a contact in it.
const GOODS_SUGGESTED = /(?:可以|不妨|建议|推荐)(?:您|你)?(?:先)?(?:试试|试一下|试一试|选|换成?|改成|买|拍|入|用|搭配)|试试(?:看)?(?:我们|这款|那款|店里)/;
const GOODS_WORD = /款|挂耳|胶囊|豆|粉|口味|味道|淡|浓|甜|苦|酸|尺码|码数|颜色|规格|包装|装|低因|无糖|一点的|些的/;
const NOT_SHOPPING = new RegExp(`${SIDE_WORDS}|一起|单身|对象|认识|私下|站外|加我`);
const goodsSuggested = (s: string): boolean => GOODS_SUGGESTED.test(s) && GOODS_WORD.test(s) && !NOT_SHOPPING.test(s);
// …and the shop's own goods sold in bulk, the price open (批量采购的话价格好商量, 公司团购可以开发票): a sale, not another business — not
// with an agency, a resale or an off-platform deal in it (批量拿货做代理, 私下转账).
const BULK_SALE = /(?:批量|大量|大批|团体|企业|公司|单位)(?:采购|购买|订购|订货|下单|买|定制)|团购|多拍|多买|买得多/;
const BULK_TERMS = /价格|价钱|优惠|折扣|好商量|好说|可以谈|能谈|发票|包邮|少点|便宜/;
const NOT_OWN_SALE = /代理|分销|下线|加盟|转卖|倒卖|拿货|私下|线下|站外|微信|vx|qq|转账|加我|私聊|返现|红包|兼职|借|贷/;
const bulkSale = (s: string): boolean => BULK_SALE.test(s) && BULK_TERMS.test(s) && !NOT_OWN_SALE.test(s);

// Round 41 (t41m): a shipping delay explained by the shop's own staffing or schedule (我们这周末仓库缺人手，发货会慢一点; 春节前快递爆仓，
// 出库要晚两天): service news about the order, weighed like recruiting by its 缺人手 — not with a job, a wage or a call for help in it
// (仓库缺人手，您有空来帮忙打包吗，日结).
const SHIPPING_NEWS = /发货|出库|打包|寄出|发出|揽收|物流|快递|到货|送达/;
const SHIPPING_LATE = /慢|晚|延迟|推迟|耽误|顺延|延后|多等|等(?:几|两|一两|两三)天|久一点/;
const NOT_SHIPPING = new RegExp(`${SIDE_WORDS}|招|日结|时薪|工资|工钱|上班|来帮|帮(?:我们|忙)|有空|报名|介绍|来(?:我们)?(?:仓库|店里)|过来`);
const shippingDelayed = (s: string): boolean => SHIPPING_NEWS.test(s) && SHIPPING_LATE.test(s) && !NOT_SHIPPING.test(s);

// Round 38 (t38i): the licence or permit the goods' own use needs, told as a fact — detect/use-needs-paper.ts (shared with 2.7 since t38j).

// Round 44 (t44a): the platform's instalment plan at checkout (想用花呗分期的话，结算页直接选就行，分期利息以页面为准; 花呗分期的利息是平台算的)
// or a money box asked about interest (存钱罐算不算利息？不算的): 分期 and 利息 weigh like loan talk to the model, but the plan is the
// checkout's and the box is the goods — not with a loan, a cash-out, a credit raise or a private deal in the sentence.
const CHECKOUT_INSTALMENT = /(?:花呗|信用卡|白条|月付)(?:的)?分期|分期(?:付款|支付|免息)/;
const CHECKOUT_PLACE = /结算页|收银台|下单页|支付页|订单页|页面|平台|快手|付款时|支付时|下单时/;
const MONEY_BOX = /存钱罐|储钱罐|储蓄罐|扑满|钱箱/;
const LOAN_DEAL = /借(?!口)|贷|套现|口子|周转|垫|提额|代还|额度(?:高|大|不够)|私下|线下|站外|加我|微信|vx|qq|转账|转我|兼职|返现|红包|手续费|个点/;
const platformInstalment = (s: string): boolean =>
  ((CHECKOUT_INSTALMENT.test(s) && CHECKOUT_PLACE.test(s)) || MONEY_BOX.test(s)) && !LOAN_DEAL.test(s);
// Round 45 (t45c): the buyer's question handed to a colleague, named or by desk (这个问题我请售后同事帮您看一下, 我请同事小张帮您看一下,
// 麻烦同事@小王帮您查下): the named person weighs like chat to the model, but passing the case on is core service — not with a side
// line, a date or a contact in the sentence (我请同事小张加您微信).
const COLLEAGUE_HANDOFF = /(?:请|让|叫|找|喊|麻烦|转给|交给|转交给?|安排)(?:我们|我们的|咱们|店里的?)?(?:售后|客服|仓库|库房|技术|质检|物流|财务|发货|专业|负责的|值班的?|其他|另一位|别的)?(?:的)?同事(?:[@＠]?[\u4e00-\u9fffA-Za-z]{1,3})?[^，。！？]{0,4}?(?:帮|给|为|替)(?:您|你)(?:看|查|处理|核实|核对|跟进|确认|解答|回复|问|对接|安排|办理|登记|补发|退)/;
const NOT_HANDOFF = new RegExp(`${SIDE_WORDS}|约|加(?:您|你)|私下|站外|单身|对象|认识`);
const colleagueHandoff = (s: string): boolean => COLLEAGUE_HANDOFF.test(s) && !NOT_HANDOFF.test(s);

// ---- round 46 (t46k) ----
// Round 46 (t46k): a put-down of the buyer already named by a 2.4 word rule (insult, rude-dismissal, defame-buyer) over the sentence (手作讲点
// 天赋…您要不考虑换个爱好？): the hobby, talent or life words that make the model read it as chat are the put-down's own, and it is told under
// its clause — not when a side line, a loan, a date or a contact is in the sentence too (SIDE_BUSINESS), which keeps the 2.6 warning.
const ROUND46K_PUT_DOWN_RULES = ['insult', 'rude-dismissal', 'defame-buyer'];
const putDownTold = (found: ReadonlySet<string>, s: string): boolean => ROUND46K_PUT_DOWN_RULES.some((id) => found.has(id)) && !SIDE_BUSINESS.test(s);
// ---- end round 46 (t46k) ----
// ---- round 47 (t47e) ----
// Round 47 (t47e): the agent's or their family's own use of THIS item told as a testimony (我自己也是宝妈，这款奶瓶我家一直在用; 我老婆用这台破壁机给
// 宝宝做辅食): family and baby words weigh like chat, but the goods on sale are the subject — not with a side line, a date or a contact in it.
const OWN_USER = /我(?:自己|本人|家|们家|老婆|老公|媳妇|爱人|妈|爸|女儿|儿子|闺女|孩子|宝宝|家宝宝|家孩子|同事)?/;
const THIS_ITEM = /(?:这|那)(?:款|台|个|套|罐|瓶|支|只|件|双|条|盒|包|本)/;
const OWN_USE = new RegExp(`${OWN_USER.source}(?:也|都|一直|天天|每天|平时|自己)*(?:在)?用(?:着|了|过)?${THIS_ITEM.source}|${THIS_ITEM.source}[\u4e00-\u9fff]{0,6}?${OWN_USER.source}(?:也|都|一直|天天|每天|平时|自己)*(?:在用|用着|用了|用过|用的|在喝|在吃|喝的|吃的)`);
const ownUseTold = (s: string): boolean => OWN_USE.test(s) && !SIDE_BUSINESS.test(s) && !/单身|对象|认识|介绍|朋友|来我家|喝一杯|吃饭|有空|见面|一起/.test(s);
// …the buyer's own situation echoed (您说在做兼职带娃没时间研究) before a pick of goods for them (我直接给您挑：6个月宝宝选2段，这罐就行): the echo is
// the buyer's, the reply is shopping advice — the echoed clause read apart, no side line in the rest.
// (the model reads the compact view, punctuation gone: the pick and all after it must be free of side words, the echo before it)
const BUYER_ECHO = /^(?:亲|亲亲)?(?:您|你)(?:刚才|之前|前面)?(?:说|提到|讲)/;
const PICK_FOR_BUYER = /(?:给|帮|替)(?:您|你)(?:挑|选|推荐)|这(?:款|罐|瓶|个|套)就(?:行|好|可以)/;
const echoThenPick = (s: string): boolean => {
  if (!BUYER_ECHO.test(s)) return false;
  const pick = PICK_FOR_BUYER.exec(s);
  return !!pick && !SIDE_BUSINESS.test(s.slice(pick.index));
};
// …customs paperwork for the order done by the shop (清关手续我们这边会代办，您只需要完成实名认证): cross-border service, not another business.
const CUSTOMS_ERRAND = /(?:清关|报关|海关|通关|入境申报|实名认证|订购人|支付人)[^。！？]{0,12}?(?:代办|办理|帮(?:您|你)办|处理|提交)|(?:代办|办理|处理)[^。！？]{0,6}?(?:清关|报关|通关)/;
const customsErrand = (s: string): boolean => CUSTOMS_ERRAND.test(s) && !SIDE_BUSINESS.test(s.replace(/实名认证/g, '')) && !/收费|费用|[0-9]+元|一单|一次/.test(s);
// …a referral thanked (您朋友说是您推荐来的，谢谢您帮我们宣传呀): courtesy about who sent a buyer — not with a reward, a side line or a contact in it.
const REFERRAL_THANKED = /(?:推荐|介绍)(?:来|过来)的|帮(?:我们|我|店里|小店)(?:宣传|推荐|介绍|安利)/;
const referralThanked = (s: string): boolean => REFERRAL_THANKED.test(s) && /谢谢|感谢|多谢/.test(s) && !SIDE_BUSINESS.test(s) && !/佣金|提成|奖励|送您|返/.test(s);
// ---- end round 47 (t47e) ----
// Round 54 (eng54c): goods the buyer asked about now in stock, one held for them (您上次问的那本词汇书到货了，要我帮您留一本吗): the shop's own
// sale followed up — not with a side line, a date or a contact in the sentence.
const ASKED_GOODS_BACK = /(?:您|你)(?:上次|之前|前几天|前两天|昨天|那天)?(?:问|咨询|要|想要|看中|订)(?:过)?的(?:那|这)?(?:本|款|件|个|套|瓶|双|只|支|盒)?/;
const BACK_IN_STOCK = /到货了|有货了|补货了|上架了|到了|回来了/;
const HELD_FOR_BUYER = /(?:帮|给)(?:您|你)(?:留|预留|锁)|留(?:一|个)?(?:本|件|个|套|瓶|双|只|支|盒)|预留/;
const askedGoodsHeld = (s: string): boolean => ASKED_GOODS_BACK.test(s) && BACK_IN_STOCK.test(s) && HELD_FOR_BUYER.test(s) && !NOT_SHOPPING.test(s);
export default likelyRule({
  id: 'likely-off-topic',
  clause: '2.6',
  title: { zh: '疑似把客服聊天用于其他目的（统计判断）', en: 'Likely using the chat for non-service purposes (statistical)' },
  forbids: {
    zh: '禁止利用客服聊天做与服务无关的事，如招聘、交友、借贷、推销其他服务',
    en: 'forbids using the service chat for anything but service: recruiting, dating, loans, selling other services',
  },
  hint: {
    zh: '客服聊天只用于解答本店商品和订单的问题，请删除无关内容。',
    en: "Use the chat only for questions about the shop's goods and orders; remove the rest.",
  },
  message: '这句话读起来与客服服务无关（统计判断，可能误判）',
  // Round 19 (t19dk): a scam warning names the bait to warn against it (有人冒充我们拉人做“刷单兼职”…都是诈骗，您千万别信).
  // Round 31 (t31c): …or the buyer's orders merged into one parcel (detect/orders-merged.ts), no loan or side line beside it.
  // Round 36 (t36g): …or goods suggested to a taste, or sold in bulk (goodsSuggested, bulkSale above).
  // Round 38 (t38i): …or the licence the goods' use needs, told (useNeedsPaper above).
  // Round 41 (t41m): …or a shipping delay explained (shippingDelayed above).
  // Round 40 (t40b): …or a sentence that closes on an emphatic bare refusal (…，反正不接; detect/warning-frame.ts closesOnRefusal).
  // Round 44 (t44a): …and the checkout's own instalments or a money-holding toy's "interest" (platformInstalment above).
  // Round 45 (t45c): …or the question handed to a colleague (colleagueHandoff above).
  // Round 46 (t46k): …and a put-down already told under 2.4 by a word rule (putDownTold above).
  // Round 54 (eng54c): …or a tool or the goods working out a loan's figures (detect/tool-computes.ts).
  unlessFound: putDownTold,
  unless: (s, next) => colleagueHandoff(s) || platformInstalment(s) || warnsOff(s) || closesOnRefusal(s) || (THANKS_PASSED_ON.test(s) && !SIDE_BUSINESS.test(s)) || (BUY_LATER.test(s) && !LOAN_OR_SIDE.test(s)) || (ordersMerged(s) && !LOAN_OR_SIDE.test(s)) || parcelTaker(s, next) || goodsSuggested(s) || bulkSale(s) || useNeedsPaper(s) || shippingDelayed(s) ||
    ownUseTold(s) || echoThenPick(s) || customsErrand(s) || referralThanked(s) || toolComputes(s) || askedGoodsHeld(s), // round 47 (t47e); round 54 (eng54c): toolComputes, askedGoodsHeld
});
