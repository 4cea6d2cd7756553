// 2.3: trading around the platform — 私下交易, 线下付款, 当面交易, 不走平台, 绕开平台, 找我拿货,
// 取消订单我单独发, 直接把钱给我, 走私下/私聊细节 + 价格另算 (the price left for a private talk), 私信把渠道发给您, 走闲鱼, 私下的话九折, 走平台是这个价、不走的话再便宜 (elliptic), the order
// cancelled while the money goes to the courier by hand (货到付款给快递小哥，订单先取消; 尾款给跑腿小哥现金，订单先关掉) … A warning
// (请勿私下交易, 脱离平台的交易没有保障, 不走平台出了问题没人管) or 不支持货到付款 is compliant;
// 线下专柜, 当面验货 with the courier and 有问题直接找我 are ordinary service talk, and so is a person's existence denied
// (也不会有“店铺工作人员”私下找您…请直接忽略; detect/cues.ts DENIED_EXIST).
// Round 9: 私下/线下 + a price or manner + 给您发/给您寄 (线下按八五折给您发); 从不在站外联系 is a denial (detect/cues.ts).
// Round 11 (t11a): the shop paying the buyer itself around the refund flow (退款别申请了，我直接转您200; 不用寄回…钱我转您;
// 我现金退您): money moved by us to the buyer, cash or the platform's process set aside in the draft.
// Round 12 (t12a): the order moved to our own system (走我们自己系统, 后台给您单独下一单) with the checkout left (先别付款, 少扣手续费),
// the platform waved off as where the order hangs (不挂平台, 别在平台下了); offline/private deal in English.

// Round 14 (fa14): refused with a potential complement (私下交易我们这边做不了; detect/cues.ts), the buyer's proposal quoted then refused
// (您说“…别走平台…”…不过真的不行), the private deal as the baseline the platform beats (比私下买更划算), a service made impossible by it
// (私下买的话没法清关).
import { defineRule, type RuleModule } from '../define-rule';
import { matchesOf, phraseRegex, type LintContext } from '../context';
import { denied, sentence, Spans, warningContext } from '../detect/cues';
import { TRADE_TERMS } from '../lexicon/third-party';
import { doubtAnsweredHere } from '../detect/doubt-kept-here';

// What turns a weak phrase into trading around the platform.
const TRADE_CUE = phraseRegex(['直接', '私下', '线下', '转我', '转给我', '转账', '给我钱', '钱', '付款方式', '收款', '便宜', '优惠', '省', '批发价', '内部价',
  '打折', '折', '划算', '微信', '支付宝', 'zfb', 'vx', '二维码', '单独', '取消', '退款', '我发', '我寄', '寄给您', '发给您', '给您发', '补给我', '扣点', '手续费',
  '抽成', '找我', '联系我', '跟我',
  // round 44 (t44f): ordering by phone instead (打电话订, 订货热线)
  '电话订', '电话下单', '打电话', '订货热线', '热线',
  // round 45 (t45g): a price cut named as a fraction (半价, 对折, 五折 is caught by 折)
  '半价', '低价', '对半']);
// (round 17, t17b: …with 再/还 between: 以后不用再在这边下单了，直接跟我说…钱到时候给我)
const ALREADY_DONE = /已经|已(?:付|下|拍|支付|补|发)|(?:付|下|拍|支付)过|重复|补发|不会(?:再)?扣/;
const NOT_HERE = /(?:不|别|不用|不要|无需|不必|不想)(?:再|还|都)?(?:在|走|通过|经过|用)(?:这里|这边|这儿|这(?=拍|下单|买|付)|平台|快手|店里|店铺|系统|后台|官方|链接|网上|线上)(?:上|里)?(?:拍|下单|买|付款|付|支付|交易|购买|结算)/g;
// ---- round 47 (t47b) ----
// The order taken by text message or phone, the buyer told not to act here (已给您手机发了短信，回复“1”就确认订购，货款到付，不用在这边操作):
// the order and the payment leave the platform. Not a return or a refund that needs no step here (退货不用在这边操作，快递到付).
const NOT_HERE_OPERATE = /(?:不用|不要|无需|不必|别|不需要)(?:再)?(?:在|走)(?:这里|这边|这儿|平台|快手|店里|线上|网上|链接)(?:上|里)?(?:操作|弄|点|拍单|下订单)/g;
const ORDER_BY_MESSAGE = /(?:短信|电话|回复)[^。！？]{0,16}?(?:订购|下单|订货|确认订单|确认订购|确认购买|确认下单)/;
// ---- end round 47 (t47b) ----
// (round 44, t44f: …or online as such — 以后照着样册打电话订就行，不用再在网上拍了: the order by phone is the cue)
// Round 45 (t45g): the buyer sent to pay a third party (a partner, a teacher, a 师傅) directly, said to beat buying here (定下来直接付给她就行，
// 比在这拍划算; 找他拿比在店里买便宜): both halves are needed — 比在这拍划算 alone is a coupon or a bundle, 付给师傅 alone a home-service fee.
const HERE_BEATEN = /比(?:在)?(?:这里|这边|这儿|这|店里|店铺|平台|快手|链接|网上)(?:上|里)?(?:拍|买|下单|订|定|付)?(?:的)?(?:话)?(?:更|还|要|都)?(?:划算|便宜|实惠|省钱|省|低|优惠)/g;
const PAY_ELSEWHERE = /(?:钱|款|费用|定金|尾款|直接|当面|现场)[^，。！？]{0,4}?(?:付|转|交|结|给)(?:给)?(?:她|他|老师|师傅|对方|那边|本人)(?!们的|的店)|(?:找|跟|向|从)(?:她|他|老师|师傅|对方|那边)(?:那)?(?:里|边)?(?:直接)?(?:买|拿|订|定|购|拿货|下单)/;
// Round 46 (t46j): the goods bought at a third party's place or counter (在医院前台买了, 去他们诊所拿, 到那家药店买) — HERE_BEATEN in the same
// sentence makes it a sale drawn away from the platform; alone it is advice.
const BUY_AT_COUNTER = /(?:在|去|到)(?:我们|咱们)?(?:那家|那边|那里|那儿|他们|她们|合作的|医院|诊所|宠物医院|药店|药房|前台|柜台)[^，。！？]{0,6}?(?:买|拿|购|付|结|订)/;
// ---- round 46 (t46k) ----
// Round 46 (t46k): the buyer sent to a third party's physical stall or shop front with a pass phrase for its keeper (跟老板说是“老陈的锅”,
// 报我们的名字), and paying there (锅和刻字一起在那付就行): the sale moved to a counter off the platform. All three are needed — a stall named
// alone is advice (附近刻字铺就能刻), a pass phrase alone a referral, paying there alone a freight-collect at a parcel point.
const ROUND46K_STALL = /(?:去|到|找)[^。！？]{0,24}?(?:铺|档口|摊位|摊子|摊儿|档位|门面|铺面)/;
const ROUND46K_PASS_PHRASE = /(?:跟|和|对|给)(?:老板|老板娘|店主|摊主|档主|师傅|店员|前台|他|她)(?:说|讲|报)(?:一声|一下)?[^，。！？]{0,12}?(?:的|介绍|让|叫|来的|名字|暗号)|报(?:我|我们|我们店|我们家|咱家|店里|店铺)?的?(?:名字|名号|暗号|口令)|(?:对|说)(?:个|一下|上)?暗号/;
const ROUND46K_PAY_THERE = /(?:在|到)(?:那|那里|那边|那儿|他那|她那|他们那|摊位|摊上|档口|铺子|铺里|店面)(?:里|边|儿|上)?(?:一起|直接|统一|一块|当面|现场)?(?:付|结|交钱|买单|给钱|付钱|付款|结账)|(?:钱|款|费用|货款)(?:直接|当面|一起)?(?:付|交|给|结)给?(?:老板|老板娘|摊主|档主|店主)/g;
// …not when the goods are still bought here (锅在这边拍, 刻字费在那付).
const ROUND46K_BOUGHT_HERE = /(?:这边|这里|这儿|店里|店铺|链接|平台|小黄车|直播间)(?:上|里)?(?:拍|下单|买|付款|付)/;
// ---- end round 46 (t46k) ----
// Any 私下/线下/站外 + a dealing verb the lexicon did not list: 私下里给您结, 站外成交, 线下签约.
// (round 19, t19di: …or the money handed back to the buyer after it — 我私底下把钱退您, 私下把差价转你)
// (round 9: 线下按八五折给您发 — a price or a manner between, the goods or money then handed to the buyer; not 线下门店…)
// (round 23, t23dy: …the verb in English inside a Chinese sentence — 私下 deal, 线下 pay; the compact view joins them: 私下deal)
// (round 40, t40b: …or the used goods bought back privately instead of returned — 我们可以私下回收, 站外折价收; not 线下, which names a
// brand's recycling point as often: 空瓶可送线下回收点)
const PRIVATE_DEAL = /(?:私下|私底下|线下|站外|平台外|场外)(?:里|面|的话|给您|给你|和您|跟您|我们|咱们|再)?(?:deal|trade|pay(?!ment)|buy|sell|order|transfer|交易|付|转|买|卖|发|给|补|退|结|拿|收|成交|下单|签|谈|聊|联系|找|处理|解决|操作|走|沟通|加)|(?:私下|私底下|站外|平台外)(?:里|的话|给您|给你|帮您|帮你|我们|咱们|再)?(?:回收|收购|折价收|折现)|(?:私下|私底下|线下)(?!门店|店|专柜|活动|体验|实体|渠道|课程|培训|讲座|沙龙)[^，。！？]{1,8}?(?:(?:给您|给你)(?:发|寄|转|补|退|结|送)|(?:把)?(?:钱|款|货款|差价|退款|运费)(?:直接)?(?:退|转|打|还|补|赔)(?:给|还|到)?(?:您|你))|(?:私下|私底下)(?:直接)?(?:打|汇|还|赔)(?:给|到)(?:您|你)/g;
// 扫了进我们私域 / 加私域群: 私域 is the trade's word for buyers moved off the platform to the shop's own channel.
const PRIVATE_DOMAIN = /(?:进|加|入|拉进|拉到|引到|导到|导入|来|加入)(?:我们|我的|咱们|咱家|店铺)?(?:的)?私域|私域(?:群|号|社群|流量池|会员|客户)/g;
// 以后买不用经过平台: buying from now on without the platform.
// (round 23, t23dy: …code-switched, English for the verb or the way — 下次 order 不用 through 快手, 买不用 via 平台)
const WITHOUT_PLATFORM = /(?:买|拍|下单|付款|交易|购买|复购|回购|order|buy|purchase|pay)[^，。！？]{0,4}?(?:不用|不必|无需|不需要|别|不再|不)(?:再)?(?:经过|通过|走|through|via|gothrough|use)(?:平台|快手|这里|这边|platform|kuaishou)(?!客服|审核|审批|同意|确认|介入|处理|小二|规则|验证)/g;
// Cheaper when buying from me: 找我更便宜, 直接找我有内部价.
// (round 35, t35a: …or a lower price for taking the goods from me in person — 不过找我本人拿价格更低, 找我直接拿会低一些)
const FIND_ME_CHEAPER = /找我[^。！？!?]{0,6}?(?:便宜|优惠|内部价|批发价|打折|更划算|折扣|少收)|找我(?:本人|自己|个人|私人|私下|直接|单独)?(?:拿|买|要|订|下单|拿货|进货)[^。！？!?]{0,5}?(?:更低|低一些|低一点|低点|低些|最低|低价|还低|更实惠)/g;
// 走平台是这个价，不走的话再便宜三十: the platform named once, the way around it left elliptic.
// The negation must name the platform again or stand alone (不走的话): 不用券就不减 is about a coupon.
const ELLIPTIC = /(?:走|在|用|通过)(?:平台|快手|系统|链接|店里|官方|这里)[^。！？]{0,16}?(?:不走|不在|不用|别走|不通过)(?:的话|(?:这里|这边|平台|快手|链接|系统)(?:拍|买|下单)?(?:的话)?)[^。！？]{0,10}?(?:便宜|优惠|少收|少算|减|划算|打折|折扣|省|低)/g;
// Cheaper away from the platform: 私下的话九折, 线下拿便宜二十, 不在平台买少收十块.
// 线下 needs its connector (线下门店价格便宜吗 is a question about a shop), 外面 is the buyer's market.
// (round 12: …or the price of a private chat: 私聊价更低, 私信的价格便宜)
// Round 32 (t32b): the trade routed offline by its verb first (只走线下, 我们都走线下) — not a repair or service point (维修走线下售后网点)
// nor a brand's own channel (只走线下专柜渠道).
const OFFLINE_ROUTE = /(?:只|只能|都|就|我们|咱们)走线下(?!门店|专柜|渠道|店|实体|活动|体验|售后|网点|维修|课程|培训)/g;
const PRIVATE_CHEAPER = /(?:(?:私聊|私信)(?:的)?(?:价|价格|价钱)|(?:私下|私底下)(?:的话|买|拿|来|走|交易|付|给您|给你)?|(?:线下|站外|不走平台|不在平台|不过平台)(?:的话|买|拿|来|走|交易|付|给您|给你))[^。！？]{0,6}?(?:[一二三四五六七八九\d]折|便宜|优惠|少收|少算|打折|划算|减|更低|低)/g;
/**
 * Round 39 (t39l): the price paid in cash or in person set below the platform's (现金价比平台还便宜, 到店付现比快手上少五十, 現金價仲平過平台 —
 * Cantonese 平过 "cheaper than"): the buyer is drawn to pay outside the order. Not the platform found cheaper, nor a price denied (现金价不会比
 * 平台便宜), nor asked (门店价比平台便宜吗). 店里 is left out: it is the online shop as often as not.
 */
const CASH_CHEAPER = /(?:现金|付现|现付|现钞|到店|门店|实体店|线下|当面|自提)(?:价|价格|价钱|买|付|拿|结|交易|购买)?[^。！？]{0,6}?(?:(?:比|过)(?:在)?(?:平台|快手|网上|线上|app|直播间|链接|小黄车)(?:上|里)?(?:买|拍|下单)?(?:的|价|价格)?(?:还|更|要|仲|再)?(?:便宜|低|划算|实惠|少|优惠|平)|(?:仲|还|更|要)?平过(?:平台|快手|网上|线上|app|直播间)|低于(?:平台|快手|网上|线上|app|直播间))/g;
// The order cancelled or refunded while the money is handed to the courier: 先把单退了，钱给快递师傅.
// (round 41, lead, GS-121: …or no order at all, the goods gone from the platform and posted to the buyer's address, the money to the courier
// when it comes — 平台上断码了，给我个地址，钱您到时候当面给快递员)
// The buyer may stand between (钱您直接给我们跑腿小哥), and the courier be 我们的 / 送货的师傅.
// (round 42, t42k, GZ-093: …or the courier named first and then the money handed to him — 让快递员等一下，验完再把钱给他; 钱交给送货师傅就行 is the
// first form)
const COD_HAND = /(?:快递|跑腿|骑手|送货|配送)(?:的)?(?:小哥|员|师傅)?[^。！？]{0,24}?(?:把)?(?:钱|现金|货款|尾款|款)(?:当面|直接|再|就|都)*(?:给|交给|付给|结给)(?:他|她)(?![们的])|(?:钱|现金|货款|尾款)(?:您|你)?(?:到时候|到时|直接|当面)*(?:给|交给|付给)(?:我们|咱们)?(?:的)?(?:快递|跑腿|骑手|送货|配送)|(?:付给|交给|给)(?:我们|咱们)?(?:的)?(?:快递|跑腿|送货|配送)(?:的)?(?:小哥|员|师傅)(?:现金)?|(?:快递|跑腿|送货)(?:的)?(?:小哥|员|师傅)收(?:钱|款|现金)/g;
/**
 * Round 14 (fa14): the private deal as the baseline the platform offer beats — 比私下买更划算, 比线下付款还有保障 (the act after 比,
 * a comparative closing the clause) — with no private hand-over in the sentence (not 私下买比平台划算, 比线下付款还便宜，直接转我).
 */
const BEATEN_AFTER = /^[^]{0,4}?(?:更|还|都|也|要)?(?:划算|便宜|实惠|优惠|安全|有保障|靠谱|放心|方便|省心|省钱)(?:的|哦|哈|呢|啊|呀|多了|不少|很多)*$/;
function beatenBaseline(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact[start - 1] !== '比') return false;
  const rest = (ctx.compact.slice(start, end) + ctx.after(end, 12)).replace(/^(?:私下|私底下|线下|站外|平台外|不走平台|不在平台)(?:里|的话)?(?:交易|付款|转账|买|拿|来|走|付|下单)?/, '');
  return BEATEN_AFTER.test(rest) && !PRIVATE_HAND.test(sentence(ctx, start, end, 30).replace(ctx.compact.slice(start, end), ''));
}
// Round 19 (t19br): an off-platform contact or channel named as a noun, then refused (站外联系方式我们都不能加, 线下联系渠道这边一律不提供,
// 私下沟通的方式我们没法给): the noun's 联系/沟通 is no act — not 站外联系我，方式我发你 (no refusal follows).
const CONTACT_NOUN_REFUSED = /^(?:的)?(?:方式|方法|渠道|号码|账号)(?:的话)?(?:我们|本店|咱们|这边|店里|我这边|客服)?(?:这边)?(?:是|都|也|一律|从来|统统|一概)?(?:不能|不可以|不会|没法|无法|不|不便|不方便)(?:加|给|留|提供|发|透露|添加)/;
function refusedContact(ctx: LintContext, end: number): boolean {
  return CONTACT_NOUN_REFUSED.test(ctx.after(end, 20, 'hard'));
}
const REFUSED_AFTER = /^(?:的话)?(?:我们|本店|咱们|这边|店里|我这边)?(?:是|都|也|一律|从来)?(?:不做|不搞|不接受|不支持|不接|从不|绝不|不会做|没有|不允许|不可以|不行)/;
/** The hit inside a doubt asked back and answered by keeping the trade here (detect/doubt-kept-here.ts). */
const doubtAnswered = doubtAnsweredHere;
// (round 42, t42k: …or the online payment itself set aside — 这单我们就不走线上了, 线上先别付, 不用在线支付)
const ORDER_GONE = /(?:不|别|不用|先别|就不)(?:再)?(?:走|在|用)?(?:线上|在线|网上)(?:付|支付|付款|下单|交易|了|啦|吧)|(?:线上|在线|网上)(?:先)?(?:不用|别|先别|不)(?:付|支付|付款|下单)|平台上(?:已经)?(?:断码|没货|缺货|下架|卖完)|链接(?:已经)?(?:下架|没了)|取消|退了|退掉|把单退|撤单|不用拍|别拍|不用在这|别在这|不用在这里|别付|不用下单|别下单|不要下单|不用付款|先别付|申请退款|关掉|关闭|把单关|订单关|单我先帮您关|帮您关了|先关了/;
/** Round 45 (t45i): a shop of our own named besides the platform's (我们还有个自己的“小铺子”, 咱家另外有个自己的商城). */
const OWN_SHOP_ELSEWHERE = /(?:我们|咱们|咱家|我家|我)(?:还|另外|其实)*(?:有|开了?|弄了?)(?:个|一个|家|一家)?(?:自己|自家)(?:的|开的)?[“"‘「]?(?:小?铺子|小?店(?!铺)|网店|商城|小程序|网站|官网|app|渠道)/g;
/** …buying there said to save the platform's cut (省掉中间那道抽成, 不用被扣点, 免手续费). */
const CUT_SAVED = /(?:省|省掉|省下|省了|免|免掉|少|少交|少扣|不用(?:被)?|不被|没有|绕开|避开)[^，。！？]{0,6}?(?:抽成|抽佣|佣金|扣点|手续费|平台费|技术服务费|服务费)/;
/** Round 45 (t45i): paid for on the spot at our place (现场直接结账带走, 当面付钱拿走, 到店买单). */
const SPOT_PAID_GATE = /现场|当面|当场|到店|来了|到了/;
const SPOT_PAID = /(?:现场|当面|当场|到店|来了|到了)(?:以后|之后|后)?[^。！？]{0,12}?(?:直接)?(?:结账|付款|付钱|买单|交钱|给钱|结算)(?:带走|拿走|提走|取走)?/g;
/** …with the platform's order left unplaced (这边的单可以先不拍, 线上不用拍, 链接先别拍). */
const ORDER_UNPLACED = /(?:这边|这里|平台|线上|网上|店里|链接|快手)(?:上|里)?的?(?:单|订单)?(?:子)?(?:就|也)?(?:可以)?(?:先)?(?:不用|不|别|先别|不必)(?:拍|下单|付)|(?:单|订单)(?:就|也)?(?:可以)?(?:先)?(?:不用|不|别|不必)(?:拍|下|付)(?!架|载|雨|午|面|班)/;
const ON_PLATFORM_PLACE = /直播间|小黄车|号链接|订单页|店铺主页|快手|新链接|重新拍|补差/;
// The thing named is then routed through the platform (线下退款需要走平台售后; round 9 fa), unless that is asked.
// (round 32, t32a: not 省得/免得/懒得 走平台 — "so as not to go through the platform": the way round it, not back to it)
/** A check whose failure 不过 reports (清关不过, 审核没通过 is elsewhere): the verb right before 不过. */
const CHECK_FAILS = /(?:清关|通关|报关|过关|海关|审核|审批|质检|检测|检验|验货|安检|查验|鉴定|核验|认证|实名|验证|考核)(?:要是|如果|万一|若)?$/;
const ROUTED_HERE = /^[^]{0,3}?(?<![省免懒])(?:需要|要|得|必须|请|都|也|只能)(?:走|在|通过|经过)(?:平台|快手|订单页|官方)/;
// Round 12 (t12a): the order moved to a system of ours (走我们自己系统, 我们后台给您单独下一单, 另外给您开个单) while the platform order
// is left unpaid or the platform named as what is skipped (先别付款, 不挂平台, 少扣手续费): every wording holds our own order channel
// or an order we open for the buyer, and a reason to leave the platform's checkout in the draft.
const OWN_SYSTEM = /(?:走|用|在|通过|去|上|到|进|进入|进去|点进|跳到|跳转到)(?:就|是|就是|到)?(?:我们|咱们|我|我家|咱家)?(?:的)?(?:自己|自家)(?:的)?(?:小)?(?:系统|后台|小程序|商城|网站|官网|app|渠道|平台)|(?:我们|咱们|我|这边)(?:的)?(?:系统|后台)(?:里|上)?(?:给您|给你|帮您|帮你)?(?:单独|另外|重新)(?:下|开)|(?:另外|单独|重新)?(?:给您|给你|帮您|帮你)(?:另外|单独|重新)(?:开|下)(?:个|一个|一)?单/g;
const OWN_SYSTEM_WHY = /半价|先别付|别付|不用付|先不付|不要付|手续费|扣点|抽成|佣金|不经过|不走|不挂|绕|私下|转我|转给我|直接付给|付给我们|微信|支付宝|便宜|划算|省|价格更低|更低|取消/;
const OWN_SYSTEM_HERE = /链接|小黄车|订单页|改价|快手(?:小店|订单|后台)|平台(?:后台|订单|系统)/;
// …or the platform itself waved off as where the order hangs (不挂平台, 别在平台下了, 不过快手).
/** Round 40 (t40j): the platform or other sellers as the subject right before a private dealing (官方私下收了…; 有的商家私下…). */
const OTHERS_DEAL = /(?:官方|平台|快手|小二|审核|别家|别的店|别的商家|其他店|其他商家|其他家|同行|隔壁|对面|那家|大商家|大主播|有的商家|有些商家|某些商家|有的主播|有些主播|某些主播)(?:的人|那边|他们)?(?:都|也|还|就|早就|一直|经常|偷偷|会|在|是)*$/;
/** …unless we offer to join them in the sentence (别家都私下交易，我们也可以). */
const WE_JOIN = /(?:我|咱|本店|小店)(?:们|家)?(?:这边)?(?:也|都|同样|照样)(?:可以|能|行|一样|没问题|是)/;
const othersBefore = (ctx: LintContext, start: number): boolean => OTHERS_DEAL.test(ctx.before(start, 12, 'soft'));
const weJoinAfter = (ctx: LintContext, end: number): boolean => WE_JOIN.test(ctx.after(end, 30, 'hard'));
function othersDeal(ctx: LintContext, start: number, end: number): boolean {
  return /^(?:私下|私底下|线下)/.test(ctx.compact.slice(start, end)) && othersBefore(ctx, start) && !weJoinAfter(ctx, end);
}
const OFF_PLATFORM_ORDER = /(?:不|别|不用|不要|无需|不必)(?:再)?挂(?:平台|快手)|(?:别|不要|不用)(?:在|去)(?:平台|快手)(?:上|里)?下(?=了|吧|啦|哈|单)/g;
// Round 13 (t13a): the shop set aside and the goods handed over privately — 以后回购不用进店了，直接跟我说，我走个人渠道给您寄;
// 正山小种不在店里上架，单独跟我买; 我朋友圈天天上新，加上好友就能看到，价格比店里实在. Every wording holds the shop named as where the
// buying does not happen (不用进店, 不在店里上架, 没挂店里) or as the dearer place (比店里实在), and a private hand-over in the same
// sentence: bought from me (跟我买, 找我拿, 单独跟我), our own or a personal channel (个人渠道, 私人给您发), a friend add or our feed
// (加好友, 朋友圈), money to me or on arrival (转我, 到了再给钱). Not when the sentence points to an on-platform place (直播间, 小黄车).
const SHOP_ASIDE = /(?:不用|不必|别|无需|不需要|不要)(?:再)?(?:进|去|来|逛|上|在)(?:店铺|店里|小店|店)(?:里)?|(?:不在|没在|没挂|不挂|没上|不上|没放|不放)(?:到|进)?(?:店铺|店里|小店|店|链接|小黄车|橱窗)(?:里|上)?(?:上架|卖|挂|上)?|(?:比|较)(?:店铺|店里|小店|链接)(?:的|里的?)?(?:价格?)?(?:便宜|实在|划算|优惠|低|少|实惠|好)/g;
// Round 34 (t34b): PRIVATE_HAND also holds a catalogue or price list sent by me (我发您图册, 我单独给你发一份价目表) — beside goods said to be
// unlisted here, the buyer is shown what can only be bought from us privately; and a bare 直接转账 (…没放到店里，直接转账就行).
// (round 23, t23dy: …or the order told to me and shipped by me — 直接报我数量，我每个月给您直发)
// Round 23 (t23dy): …or skipped on the way (复购就跳过店铺吧, 跳过链接报我数量) — its own regex, since a link merely lacking a thing
// (赠品不在链接里，我给您发的时候一起放) is no shop set aside.
const SHOP_SKIPPED = /(?:跳过|绕过|绕开|避开|越过|甩开|撇开)(?:我们的?)?(?:店铺|店里|小店|链接|下单)/g;
// Round 31 (t31a): …or the shop named first and the listing denied after it (店里没上架, 店铺里也没有卖, 链接上不挂) — with our goods handed over
// privately; not a gift or a replacement sent (店里没上架的小样给您寄几包试用, 补发).
// Round 32 (t32b): the live room's cart (不上小黄车, 不挂橱窗) set aside like the shop, and the goods then handed over by hand — carried
// (我单独给你捎两斤), sold only offline (只走线下), paid in cash (现金就行) or picked up at our door (来库门口拿).
// Round 34 (t34b): …or the place named as here (这里没上架, 这边不挂, 快手上没上) — only with 上架 or 挂, since 这边没放 is any omission.
const SHOP_UNLISTED = /(?:店铺|店里|小店|链接|平台)(?:里|上)?(?:还|也|都|暂时|目前)?(?:没|没有|不|没在|不在|未)(?:上架|卖|挂|放)|(?:这里|这边|这儿|咱这|我们这|快手)(?:里|上)?(?:还|也|都|暂时|目前)?(?:没|没有|不)(?:上架|挂)/g;
// Round 35 (t35a): beside goods said to be unlisted here, the buyer told to pick one and tell me (这些款平台上没有卖，看中哪款直接跟我说; 链接上
// 没挂这几款，看上哪个直接发我) — the pick made to me is the order; not 要的话跟我说 (a request to check, 我帮您问问仓库), nor with the
// listing promised (我帮您申请上架) or an on-platform place.
const UNLISTED_PICK = /(?:看中|看上|挑中|选中|选好|喜欢|想要|要)(?:了)?哪[^，。！？]{0,6}?(?:直接|单独|私下)?(?:跟|和|告诉|发|报|找|私)(?:给)?我(?![^。！？]{0,12}?(?:申请上架|上架后|上架了|补上架|通知(?:您|你)|问问|帮(?:您|你)问|查|留意|登记))/;
/**
 * Round 36 (t36c): …or a price given privately for them (本店另有…（店铺未上架），需要的亲单独报价; 链接没挂，私聊报价): the price is the offer, the
 * deal made outside the listing. Not a price to wait for (单独报价要等品牌方, 上架后以页面为准: GIFT_OR_REPLACEMENT keeps 上架后).
 */
const UNLISTED_QUOTE = /(?:单独|私下|私聊|另外|另行|私信|私我|单个|一对一)(?:给(?:您|你))?(?:报价|询价|报个价|出价|议价|谈价)(?!的话|要等|需要等)/;
const GIFT_OR_REPLACEMENT = /赠品|小样|试用|赠送|送(?:您|你)|免费|补发|换货|换(?:一个|个|新)|重新发|礼物|到货通知|上架了|上架后|通知(?:您|你)/;
const PRIVATE_HAND = /(?:让|叫|请)(?:她|他|她们|他们|我[^，。！？]{1,3}?)(?:直接)?(?:(?:给|帮)(?:您|你)(?:寄|发)|(?:寄|发)(?:给)?(?:您|你))(?!票|链接|优惠券|券|地址|单号|截图|图|视频|照片|消息|信息)|我(?:直接|私人|个人|单独)?寄(?:给)?(?:您|你)|(?:跟|找|向|问|和)我(?:直接)?(?:买|拿|订|要|购)|(?:直接)?(?:报|告诉|发)(?:给)?我(?:数量|件数|要几|要多少|几件|几箱|几罐|多少)|(?:给您|给你)直(?:发|寄)|单独(?:跟|找|向|和)我|(?:个人|私人)(?:渠道|名义|给您|给你|发|寄)|我(?:直接|私人|个人|单独)?(?:给您|给你)(?:寄|发)(?!票|链接|优惠券|券)|加(?:上|个|一下)?(?:我|好友)|朋友圈|私下|私我|私聊|转我|转给我|钱(?:直接)?给我|(?:到了|到货|收到|货到)(?:再|后)(?:给钱|付|转)|我(?:直接|私人|个人|单独)?(?:给您|给你)(?:捎|带)(?:[一二两三四五六七八九十几0-9]+|个|点|些)|(?:只|只能|都)?走线下(?!门店|专柜|渠道|店|实体|活动|体验|售后|网点|维修)|现金(?:就行|就好|就可以|交易|结账|结算)|来[^，。！？]{0,14}?(?:门口|仓库|库房|库|楼下)(?:拿|取|提)|我(?:私下|单独|直接|另外)?(?:给|发|传)(?:给)?(?:您|你)(?:一份|份|个|一个)?(?:图册|目录|价目表|价格表|报价单|产品册|画册|电子册|货单|清单)|直接转账/;
/** Money to us after the goods arrive, outside any checkout: 钱您收到再给我, 收到货再转我, 到了再付给我. */
const PAY_LATER = /(?:钱|款|货款)(?:您|你)?(?:收到|到了|到货|拿到)(?:货|东西)?(?:后|了)?(?:再)?(?:给我|转我|付我|给我们|转给我|付给我)|(?:收到|到了|到货|拿到)(?:货|东西)?(?:后|了)?再(?:把钱)?(?:给我|转我|付我|转给我|付给我)(?:钱)?/g;
// (round 30, t30d: …or the price the buyer paid at checkout, 您拍下的价格比页面价低, 实付比标价低)
const ON_PLATFORM_PRICE = /直播间|小黄车|活动价|活动|券后|用券|用了券|秒杀|新人价|新人|会员价|拼团|预售|大促|满减|拍下的|实付|到手价|红包|优惠券|购物金/;
// (round 36, t36c: …or a link made for the buyer on the platform — 单独报价后挂专属链接拍, 专拍链接, 改价后拍)
const SHOP_ASIDE_HERE = /直播间|小黄车|号链接|新链接|重新拍|补差|快手小店|橱窗|专属链接|专拍|定制链接|单独(?:的)?链接|改价/;
/** Round 35 (t35f): what the buyer may do with no order (也可以来看, 也能问, 就能试听) — see the check. */
const FREE_ACT_AFTER = /^(?:的话)?(?:也|都|就|照样|一样)(?:可以|能|行|欢迎)?(?:直接)?(?:来|进来|进|过来)?(?:看|观看|围观|听|试听|问|提问|咨询|参加|参与|报名|学|领|关注|互动|留言|进直播间|来直播间)/;
const CANCEL_CUE = phraseRegex(['取消', '退款', '申请退', '退掉', '不用拍', '别拍', '不用下单', '别下单', '钱', '转', '私下', '线下', '直接']);

// Cash on delivery by hand (the platform order is cancelled, so nothing protects the buyer).
// (运费到付 on a return is the carrier's own billing: not this.)
const COD = /付给快递|给快递(?:小哥|员|师傅)|快递(?:小哥|员|师傅)收|现金给|给现金|现金付/;
// Round 11: the shop paying the buyer itself, around the refund flow (退款就别申请了，我直接转您200; 不用寄回平台地址…钱我转您;
// 您不用退回，金额直接打到您账户; 我现金退您). Every wording holds money moved by us to the buyer (转/打 + 您, 现金/红包 + 退/补/赔)
// and either cash (never a platform path) or the platform's own process set aside in the draft (别申请, 不用退回/寄回, 撤掉退款, 比走平台快).
const PAY_BUYER = /(?:我|我们|咱们|咱|这边|店里|老板|财务)(?:这边)?(?:直接|私下|单独|个人|马上|先|另外)?(?:转|打)(?:给|到)?(?:您|你)(?:的)?(?:\d|[一二三四五六七八九十两几百]|钱|款|现金|红包|账|卡|支付宝|微信)|(?:钱|款|差价|补偿|金额|退款|赔偿|运费|费用)(?:我|我们|咱们)?(?:这边)?(?:直接|私下|单独|马上|先|另外)?(?:转|打)(?:给|到)?(?:您|你)|(?:我|我们|这边)(?:直接|私下|单独)?(?:用|拿|给您|给你)?(?:现金红包|微信红包|现金|红包)(?:退|补|赔|返|给)(?:给)?(?:您|你)|(?:钱|款|货款|退款|差价)(?:我|我们)?(?:直接|马上|就|也|当面|当场|现场)*(?:给|退给|还给|交给|结给)(?:您|你)(?:退|还|结)?/g;
// Round 11 (fa11b): …or the money paid for the review taken down (我直接转您200，您把那条差评删了; 转您50，改个好评).
const REVIEW_DEAL = /(?:差评|中评|评价|投诉|评论)[^]{0,6}(?:删|撤|改)|(?:删|撤|改)(?:掉|了|一下)?(?:那条|这条|那个|这个)?(?:差评|中评|评价|投诉|评论)|改(?:成|个|为)?(?:好评|五星)/;
const PROCESS_ASIDE = /(?:别|不用|不要|无需|不必|先别|就别|用不着|不需要)(?:再|去|您)?(?:申请|走|点|提交|退回|寄回|退货|退款|售后|平台|发起|寄回平台)|撤(?:掉|销|回|了)|(?:取消|关闭|关掉)(?:退款|售后|申请)|比走平台|不走平台|寄到我家|寄到我这|寄给我|平台(?:太慢|麻烦|那边慢)/;
// Round 11: the return sent to us outside the return flow (您直接寄到我们公司，收件人写我，不用在系统里填单号; 退货别走平台，寄到我家):
// goods sent to our place and the platform's return step waved off in the draft.
const RETURN_TO_US = /(?:寄到|寄回|寄给|退到|退回到?|发回|发到)(?:我们?(?:公司|家|这儿?|这边|店里|门店|仓库|工作室)|我)(?!们?的?(?:售后|退货地址))/g;
const RETURN_ASIDE = /(?:不用|别|不要|无需|不必|不需要)(?:再)?(?:在|走|通过|去)?(?:系统|平台|售后|后台|快手|订单)?(?:里|上)?(?:填|申请|走平台|走售后|提交|点退货|寄回平台|退货流程|退货申请)|不用寄回平台|别走平台|不走平台|不用走平台/;
// Round 32 (t32e): …or money handed back at a meeting (周六地铁站口见，您把货带上我当场验，没问题就把钱给您退了，不用走售后): see IN_PERSON.
const PAY_BUYER_GATE = /[转打](?:给|到)?[您你]|(?:现金|红包)[退补赔返给]|当面|当场|现场|见面|面交|碰头|碰面|带上|带过来|带着|地铁站|门口见|路口/;
/** Round 32 (t32e): a meeting in person, which a plain 钱给您退 (no 转/打/现金) needs in its sentence to be money handed over by hand. */
/** Round 33 (t33e): the courier or the signing at delivery (快递员派送时当面交给您本人签收). */
const COURIER_HANDS = /快递|派送|派件|配送|签收|骑手|送货员|快递员|驿站/;
/** Round 35 (t35b): a meeting set — a place to wait or meet, or a time of day (等你, 门口, C出口, 明天下午三点; 喺…等, 听日, 下昼). */
const HAND_MEET = /等(?:你|您)|见面|碰头|碰面|见个面|约个地方|约个地儿|约个地点|约个点|约在|约喺|出口|入口|门口|楼下|路口|站[a-z0-9]?(?:出口|口|门)|地铁站|车站|广场|商场|咖啡(?:店|厅)|(?:明天|听日|今晚|今天|后天|周末|下午|上午|晚上|下昼|朝早|夜晚)[^，。]{0,4}(?:[0-9一二两三四五六七八九十]+点|见|等|过来|来)|[0-9一二两三四五六七八九十]+点(?:钟|半)?(?:喺|在|到)/;
const IN_PERSON = /当面|当场|现场|见面|面交|碰头|碰面|带上|带过来|带着|地铁站|门口见|路口/;
const RETURN_GATE = /[寄退发](?:到|回|给)/;
/**
 * Round 40 (t40b): the money sent by us straight into the buyer's own WeChat, Alipay or card (钱我转您微信, 差价我打你支付宝上, 我直接转您银行卡):
 * the checkout never pays into a person's app account on the shop's word, so no platform step needs to be waved off in the draft. The
 * payer is us, said right before the verb — not 退款会打到您微信 (the platform's refund, no payer) — and PAY_ROUTED (原路, 平台, 系统) and
 * a question still keep it.
 */
const BUYER_ACCOUNT = /(?:我|我们|咱们|咱|这边|店里|老板|财务)(?:这边)?(?:直接|私下|单独|个人|马上|先|另外|就|等下|回头)?[转打](?:给|到|进)?[您你](?:的)?(?:微信|支付宝|zfb|vx|wx|银行卡|卡上|卡里|私人|个人(?:账户|账号|卡))/;
function toBuyerAccount(ctx: LintContext, match: string, end: number): boolean {
  const s = match + ctx.after(end, 8, 'hard');
  return BUYER_ACCOUNT.test(s) && !/^[^。！？]{0,8}?(?:吗|么|嘛|[？?])/.test(ctx.after(end, 10, 'soft'));
}
const PAY_ROUTED = /(?:通过|走|在|用|经)(?:平台|快手|系统|订单|小额打款|补偿通道)|原路|平台(?:会|将)?(?:打款|退|转)|系统|自动|快手/;

// The buyer thanked or understood for thinking of us (see the 'fee' branch), and what would turn it into our offer after all.
const BUYER_CREDITED = /(?:谢谢|感谢|多谢|理解|知道|明白|懂)(?:您|你)(?:的好意|一片好心|是好心|好心)?(?:是)?(?:想|愿意|打算)?(?:为|替|帮)(?:我们|咱们|店里|店家|商家|我)(?:着想|考虑)?(?:想)?(?:省|省下|节省|少交|少付)?$/;
const OFFER_AFTER = /转我|转给我|付给我|打给我|给我|私下|线下|微信|支付宝|vx|那就|可以|没问题|好的|行吧|便宜|优惠|少收/;

/** A phrase that needs a trade cue: cancel-and-ship-privately, another channel, "don't order here". */
/** Round 45 (t45k): money wasted on goods that will not help (白花钱, 浪费钱, 花冤枉钱). */
const MONEY_WASTED = /白花钱|钱白花|浪费钱|钱浪费|花冤枉钱|冤枉钱|白费钱|花这个钱|花这钱/g;
function weakSeverity(key: string, s: string, others: string): 'block' | 'warn' | undefined {
  // Round 35 (t35b): cash for goods by hand (一手交钱一手交货, 钱货两讫) is a trade around the platform when a meeting is set — a place or a
  // time to meet, Cantonese too (听日下昼三点喺旺角东站C出口等你; 约在商场门口). Said of the platform's escrow by contrast (平台交易不像线下
  // 一手交钱一手交货) or of how the courier hands over the parcel, it is no offer.
  if (/一手|两讫|当面|当场|点清|点钱|现金|带钱|给钱/.test(key)) {
    return HAND_MEET.test(others) && !/不像|不同于|不是|不能|不可以|不支持|不接受|平台(?:担保|托管|保障)|担保交易|快递(?:员|小哥|师傅)|骑手|签收|派送/.test(s) ? 'block' : undefined;
  }
  if (/取消/.test(key) && /原路|退回|平台|订单页|系统|自动|重新下单|重新拍|优惠券|后台/.test(s)) return undefined;
  // Round 29 (t29c): 不走这边 is a way around only beside dealing with us directly or the platform's cut saved (下回直接找我，不走这边，
  // 两边都省了) — not a warehouse or a courier route (这单不走这边的仓库，从香港仓发).
  if (/这边|这里|这儿/.test(key)) return /(?:直接|私下|单独)(?:找|联系|跟|转|付|给)|找我|转我|转给我|加我|微信|vx|支付宝|(?:省|扣|抽)(?:了|下|掉)?(?:手续费|点|钱|成)|两边都省|几个点|手续费|扣点|抽成/.test(s) && !/仓|物流|快递|顺丰|线路|渠道发|发货/.test(others) ? 'block' : undefined;
  // 取消订单后我直接给您退款: the money goes back to the buyer by the platform refund, nothing private goes with it.
  if (/取消/.test(key) && /(?:给|帮)(?:您|你)(?:申请)?退款|退款给(?:您|你)|退(?:给|还)(?:您|你)/.test(s) && !/私下|线下|转我|转给我|我发|单独|给您发|寄给您|我寄|微信|支付宝|现金|快递(?:小哥|员|师傅)|便宜|优惠/.test(others)) return undefined;
  if (/平台外/.test(key) && !/付|交易|下单|买|拍|转|便宜|优惠|折/.test(s)) return undefined;
  // 申请退款，我用别的方式给您发货: another channel for the same goods or money.
  if (/方式|渠道/.test(key)) return CANCEL_CUE.test(others) && /发货|给您发|寄|付|转|钱|买|卖/.test(others) && !/联系平台|平台客服|官方/.test(s) ? 'block' : undefined;
  // 取消订单 / 单独给您发: only with the private delivery or payment that follows.
  // 货到付款给快递小哥，订单您先取消: the money goes by hand while the order goes away.
  if (/取消/.test(key) && COD.test(others)) return 'block';
  // (round 11: …or the buying moved to a group chain: 这单取消吧，我给您拉个群，群里接龙下单统一发)
  if (/取消/.test(key) && /拉(?:个|您|你)?(?:进)?群|进群|群里|群内/.test(others) && /接龙|下单|报单|拼单|统一发|统一寄|付款|转/.test(others) && !/快手|粉丝群|直播间|小黄车|链接/.test(others)) return 'block';
  // Round 44 (t44f): money collected by me apart from the order (剩下的钱发货前我找您单独收, 尾款我单独找您收) — money named in the sentence, and
  // no way back into the listing (在链接里补拍, 改价).
  if (/单独.{0,2}收|收(?:您|你)$/.test(key)) return /钱|款|费|差价/.test(s) && !/补拍|改价|链接里补|订单页补|小黄车/.test(others) ? 'block' : undefined;
  if (/取消|单独/.test(key)) return CANCEL_CUE.test(others) && /单独|私下|线下|直接|转|钱|我发|发您|给您发/.test(others) ? 'block' : undefined;
  // 不用下单 / 先别付款: only when the money goes another way.
  // Round 45 (t45k): money said to be wasted (用了也是白花钱，先别拍了; 买了也是浪费钱，不用下单) is honest advice not to buy, not money moved
  // elsewhere: read the sentence without it — a channel, a transfer or a price of ours still counts (白花钱，别拍了，直接转我).
  if (/下单|拍|付款/.test(key)) {
    const rest = others.replace(MONEY_WASTED, '');
    return TRADE_CUE.test(rest) && /直接|转|私下|线下|钱|我发|给我|付款方式|收款|微信|支付宝/.test(rest) ? 'block' : undefined;
  }
  // 私下聊 / 线下谈 …: a warning on their own.
  return TRADE_CUE.test(others) ? 'block' : 'warn';
}

// Round 46 (t46j): the hit cuts its word short (私下聊|天就不了哈😂): the refusal after it is read from the word's end (聊天, 聊聊).
function chatWordEnd(ctx: LintContext, start: number, end: number): number {
  return /聊$/.test(ctx.compact.slice(start, end)) && /^[天聊]/.test(ctx.compact.slice(end, end + 1)) ? end + 1 : end;
}

// Round 46 (t46j): the balance paid with a store card's PIN sent in the chat (尾款系统改不了价，您买张某东的E卡…把卡密发我就行): money moved
// outside the order with no pay word for a lexicon to catch. Both halves: the PIN handed to us, and a payment of the order (尾款, 差价, 改不了价)
// in the draft — a card shop's own after-sales (卡密没收到, 卡密发我帮您查) pays nothing.
const CARD_PIN = /(?:卡密|卡号(?:和|跟)?密码|兑换码|充值码|券码)(?:直接|截图|截个图|拍照)?(?:发|给|私发|告诉|报)(?:给)?我|(?:把|将)(?:卡|e卡|购物卡|礼品卡|充值卡)?(?:的)?(?:卡密|卡号(?:和|跟)?密码|兑换码|充值码|券码)[^，。！？]{0,4}?(?:发|给|告诉|报)(?:给)?我/g;
const CARD_PAYS_ORDER = /尾款|货款|差价|补款|补差|定金|改不了价|改价|抵(?:扣)?(?:货款|尾款|差价|运费)|当(?:作)?(?:货款|尾款|付款)|(?:代替|顶)(?:付款|货款)/;
const CARD_PIN_HELP = /没收到|用不了|无法使用|不能用|帮您查|帮你查|核实|激活失败|被使用/;

const rule = defineRule({
  meta: {
    id: 'off-platform-trade',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '绕开平台交易', en: 'Trading around the platform' },
    description: {
      zh: '私下交易、线下付款、不走平台、取消订单后单独发货等绕开平台的说法。提醒买家不要私下交易不算。',
      en: 'Trading around the platform: private deals, paying offline, cancelling to ship privately. Warnings against it are fine.',
    },
    hint: { zh: '删除该说法；下单、付款、补差价都在平台内完成。', en: 'Remove it; ordering, paying and price differences all stay on the platform.' },
  },
  terms: TRADE_TERMS,
  vocabulary: [HERE_BEATEN.source, PAY_ELSEWHERE.source, OTHERS_DEAL.source, WE_JOIN.source, CASH_CHEAPER.source, BUYER_CREDITED.source, OFFER_AFTER.source, SHOP_ASIDE.source, SHOP_SKIPPED.source, PRIVATE_HAND.source, OWN_SYSTEM.source, OFF_PLATFORM_ORDER.source, RETURN_TO_US.source, RETURN_ASIDE.source, PAY_BUYER.source, PROCESS_ASIDE.source, REVIEW_DEAL.source, PAY_ROUTED.source, PRIVATE_DOMAIN.source, WITHOUT_PLATFORM.source, ELLIPTIC.source, COD.source, PRIVATE_CHEAPER.source, COD_HAND.source, ORDER_GONE.source],
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    // 不在快手下单的话…, 不用在这里拍，我发给您: ordering outside the shop, unless it points to another place on the platform.
    for (const m of matchesOf(NOT_HERE, ctx.compact)) {
      const s = sentence(ctx, m.index!, m.index! + m[0].length, 30);
      if (ON_PLATFORM_PLACE.test(s.replace(m[0], '')) || !TRADE_CUE.test(s.replace(m[0], ''))) continue;
      // (不用再在这里付款了，订单已经付过了: 再 as "again" — the thing already done, nothing moved elsewhere; round 17, t17b)
      if (/^.{1,4}(?:再|还)/.test(m[0]) && ALREADY_DONE.test(s)) continue;
      if (warningContext(ctx, m.index!, m.index! + m[0].length)) continue;
      taken.add(m.index!, m.index! + m[0].length);
      ctx.report(rule, { start: m.index!, end: m.index! + m[0].length, message: '引导买家不在平台下单' });
    }
    handOverT49d(ctx, rule, taken); // round 49 (t49d)
    describedWayT54b(ctx, rule, taken); // round 54 (eng54b)
    // Round 47 (t47b): the order taken by message or phone, no step here (NOT_HERE_OPERATE).
    for (const m of /操作|弄|点|拍单|下订单/.test(ctx.compact) ? matchesOf(NOT_HERE_OPERATE, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || !ORDER_BY_MESSAGE.test(ctx.before(start, 60, 'hard') + ctx.after(end, 40, 'hard')) || warningContext(ctx, start, end)) continue;
      taken.add(start, end);
      ctx.report(rule, { start, end, message: '引导买家通过短信或电话下单、不在平台操作' });
    }
    for (const m of /不走|不在|不用|别走|不通过/.test(ctx.compact) ? matchesOf(ELLIPTIC, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || warningContext(ctx, start, end)) continue;
      taken.add(start, end);
      ctx.report(rule, { start, end, message: '暗示不走平台可以更便宜（引导绕开平台交易）' });
    }
    for (const m of ORDER_GONE.test(ctx.compact) ? matchesOf(COD_HAND, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || /不支持|暂不|没有|不能|无法/.test(ctx.before(start, 8))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '取消平台订单、改为当面付钱给快递（绕开平台交易）' });
    }
    // Round 45 (t45i): a shop of our own besides this one (我们还有个自己的“小铺子”), buying there saving the platform's cut (在那边买能省掉
    // 中间那道抽成): the buyer sent to trade off the platform, however the way in is told (a code on the warranty card, a picture to scan).
    for (const m of CUT_SAVED.test(ctx.compact) ? matchesOf(OWN_SHOP_ELSEWHERE, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const s = sentence(ctx, start, end, 60);
      if (taken.overlaps(start, end) || !CUT_SAVED.test(s) || OWN_SYSTEM_HERE.test(s) || /快手|主页|直播间|橱窗|店铺/.test(s)) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到站外店铺（否定或提醒语境）' : '引导买家到店家自己的站外店铺购买以省掉平台抽成（绕开平台交易）' });
    }
    // Round 45 (t45i): paying at our place on the spot (到了现场看中哪个直接结账带走) with the platform order left unplaced (这边的单可以先不拍):
    // the sale moved offline, however the place is told. Not a payment at the buyer's door through the platform (货到付款).
    for (const m of SPOT_PAID_GATE.test(ctx.compact) && ORDER_UNPLACED.test(ctx.compact) ? matchesOf(SPOT_PAID, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || /货到付款|到付|代收/.test(sentence(ctx, start, end, 40))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到线下付款（否定或提醒语境）' : '让买家到现场付款、平台上先不下单（绕开平台交易）' });
    }
    // (gate: every PAY_BUYER match holds 转/打 (+给/到) + 您/你, or 现金/红包 + a paying verb)
    for (const m of PAY_BUYER_GATE.test(ctx.compact) ? matchesOf(PAY_BUYER, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || PAY_ROUTED.test(sentence(ctx, start, end, 30))) continue;
      if (!/现金/.test(m[0]) && !PROCESS_ASIDE.test(ctx.compact) && !REVIEW_DEAL.test(ctx.compact) && !toBuyerAccount(ctx, m[0], end)) continue;
      if (!/[转打]|现金|红包/.test(m[0]) && !IN_PERSON.test(sentence(ctx, start, end, 80))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下给钱（否定或提醒语境）' : '绕开平台退款流程、私下给买家打钱' });
    }
    for (const m of RETURN_GATE.test(ctx.compact) && RETURN_ASIDE.test(ctx.compact) ? matchesOf(RETURN_TO_US, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end)) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下退货（否定或提醒语境）' : '绕开平台退货流程、让买家把货直接寄给店家' });
    }
    // Round 12 (t12a): our own order channel with a reason to leave the checkout, and the platform waved off as where the order hangs.
    // (gate: every OWN_SYSTEM match holds 自己/自家, 系统/后台 or 另外/单独/重新 — 单 alone is in nearly every draft (订单) —
    // and a match counts only when OWN_SYSTEM_WHY holds somewhere in the draft)
    for (const re of /系统|后台|自己|自家|另外|单独|重新/.test(ctx.compact) && OWN_SYSTEM_WHY.test(ctx.compact) ? [OWN_SYSTEM] : []) {
      for (const m of matchesOf(re, ctx.compact)) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        const s = sentence(ctx, start, end, 40);
        if (taken.overlaps(start, end) || !OWN_SYSTEM_WHY.test(ctx.compact) || OWN_SYSTEM_HERE.test(s)) continue;
        if (/自己|自家/.test(m[0]) ? !/下单|付|买|拍|开单|开个单|便宜|半价|手续费|扣点|省|不经过|不走|结算|划算/.test(s) : !/先别付|别付|不用付|先不付|不要付|手续费|扣点|不经过|不走|私下|转我|微信|支付宝/.test(ctx.compact)) continue;
        taken.add(start, end);
        const off = denied(ctx, start) || warningContext(ctx, start, end);
        ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到站外下单（否定或提醒语境）' : '引导买家在店家自己的系统下单（绕开平台交易）' });
      }
    }
    // (gate: every match holds 挂/在/去 + 平台/快手; 下 alone is in nearly every draft)
    for (const m of /[挂在去](?:平台|快手)/.test(ctx.compact) ? matchesOf(OFF_PLATFORM_ORDER, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || /^(?:审核|同意|确认|介入|处理|规则|客服)/.test(ctx.after(end, 4))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end) || REFUSED_AFTER.test(ctx.after(end, 10, 'hard'));
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '引导买家绕开平台交易' });
    }
    // (round 46, t46j: …or the goods bought at a third party's counter, said to beat buying here — 顺便把那两袋鸟粮在医院前台买了，比这边还便宜)
    // (PAY_ELSEWHERE is read once per draft: tested per match it made a 1 MB paste quadratic)
    const payElsewhere = ctx.compact.includes('比') && PAY_ELSEWHERE.test(ctx.compact);
    for (const m of ctx.compact.includes('比') && (payElsewhere || BUY_AT_COUNTER.test(ctx.compact)) ? matchesOf(HERE_BEATEN, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || /不会|没有|不一定|不是|并不/.test(ctx.before(start, 4)) || othersDeal(ctx, start, end)) continue;
      if (!payElsewhere && !BUY_AT_COUNTER.test(sentence(ctx, start, end, 40))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到站外付款（否定或提醒语境）' : '让买家直接付钱给第三方、说比在平台买划算（绕开平台交易）' });
    }
    // Round 17: the checkout abandoned (先别付款, 订单先取消) and the money paid to us later by hand — 回头我把东西直接寄您，钱您收到
    //再给我就行; 到了再转我. No keyword, but the platform's payment is skipped (gate: ORDER_GONE in the draft, then PAY_LATER).
    for (const m of ORDER_GONE.test(ctx.compact) ? matchesOf(PAY_LATER, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const s = sentence(ctx, start, end, 60);
      if (taken.overlaps(start, end) || ON_PLATFORM_PLACE.test(s) || /货到付款/.test(s)) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '让买家先不走平台付款，收货后把钱直接给店家（绕开平台交易）' });
    }
    // Round 13 (t13a): the shop set aside, the goods handed over privately in the same sentence (gate: 店 or a skip verb, and a private hand-over).
    const asideRes = PRIVATE_HAND.test(ctx.compact) || UNLISTED_PICK.test(ctx.compact) || UNLISTED_QUOTE.test(ctx.compact) ? [ctx.compact.includes('店') || /小黄车|橱窗/.test(ctx.compact) ? SHOP_ASIDE : undefined, /跳过|绕过|绕开|避开|越过|甩开|撇开/.test(ctx.compact) ? SHOP_SKIPPED : undefined, /店|链接|平台|这里|这边|这儿|我们这|快手/.test(ctx.compact) ? SHOP_UNLISTED : undefined] : [];
    for (const [m, unlisted] of asideRes.flatMap((re) => (re ? matchesOf(re, ctx.compact).map((x) => [x, re === SHOP_UNLISTED] as const) : []))) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const s = sentence(ctx, start, end, 40);
      if (taken.overlaps(start, end) || !(PRIVATE_HAND.test(s.replace(m[0], '')) || (unlisted && (UNLISTED_PICK.test(s.replace(m[0], '')) || UNLISTED_QUOTE.test(s.replace(m[0], ''))))) || SHOP_ASIDE_HERE.test(s.replace(m[0], '')) || ((unlisted || /小黄车|橱窗/.test(m[0])) && GIFT_OR_REPLACEMENT.test(s))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '绕开店铺、私下给买家供货（绕开平台交易）' });
    }
    // Round 46 (t46k): sent to a third party's stall with a pass phrase and paying there (ROUND46K_* above; gate: all three in the draft).
    for (const m of ROUND46K_STALL.test(ctx.compact) && ROUND46K_PASS_PHRASE.test(ctx.compact) && !ROUND46K_BOUGHT_HERE.test(ctx.compact) ? matchesOf(ROUND46K_PAY_THERE, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end)) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到线下付款（否定或提醒语境）' : '让买家凭暗号去第三方线下摊位、在那里付款（绕开平台交易）' });
    }
    // Round 46 (t46j): a store card's PIN as payment (CARD_PIN, gated by CARD_PAYS_ORDER in the draft).
    for (const m of /卡密|卡号|兑换码|充值码|券码/.test(ctx.compact) && CARD_PAYS_ORDER.test(ctx.compact) ? matchesOf(CARD_PIN, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || CARD_PIN_HELP.test(sentence(ctx, start, end, 30))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到用购物卡付款（否定或提醒语境）' : '让买家买购物卡、把卡密发来抵货款（站外付款）' });
    }
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const fallback: { start: number; end: number; severity: 'block' | 'warn' }[] = [];
    const extra = [ctx.compact.includes('私域') ? PRIVATE_DOMAIN : undefined, /经过|通过|走|through|via|use/.test(ctx.compact) ? WITHOUT_PLATFORM : undefined];
    for (const re of [PRIVATE_DEAL, FIND_ME_CHEAPER, PRIVATE_CHEAPER, /现|店|线下|当面|自提/.test(ctx.compact) ? CASH_CHEAPER : undefined, ...extra, ctx.compact.includes('走线下') ? OFFLINE_ROUTE : undefined]) {
      if (!re) continue;
      for (const m of matchesOf(re, ctx.compact)) {
        if ((re === PRIVATE_CHEAPER || re === CASH_CHEAPER) && /不会|没有|不能|不一定|不是|并不|唔会|冇|唔系/.test(m[0])) continue;
        if (re === CASH_CHEAPER && /^[^，。！？]{0,3}?(?:吗|么|嘛|咩|呢|不|没)?[？?]|^(?:吗|么|咩)/.test(ctx.after(m.index! + m[0].length, 6, 'soft'))) continue;
        if (beatenBaseline(ctx, m.index!, m.index! + m[0].length) || othersDeal(ctx, m.index!, m.index! + m[0].length)) continue;
        const dealing = re !== PRIVATE_DEAL || /deal|trade|pay|buy|sell|order|transfer|交易|付|转|买|卖|发|给|补|退|结|拿|收|收购|折现|成交|下单|签$|[还赔打](?:给|到)?[您你]$/.test(m[0]);
        fallback.push({ start: m.index!, end: m.index! + m[0].length, severity: dealing ? 'block' : 'warn' });
      }
    }
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      if (beatenBaseline(ctx, hit.start, hit.end)) continue;
      // 不过平台有“先用后付”: 不过 is "but" there, the platform the subject of what follows (round 9 fa).
      // 线下退款需要走平台售后: the thing named is then routed through the platform (round 9 fa).
      if (ROUTED_HERE.test(ctx.after(hit.end, 14, 'hard')) && !/吗|么/.test(ctx.after(hit.end, 14, 'hard'))) continue;
      // Round 35 (t35a): 不过 as the failed result of a check right before it (清关不过平台全额退款, 审核不过平台会驳回): "fails", then the
      // platform as the subject of what follows — not "not via the platform".
      if (/^不过(?:平台|快手)$/.test(hit.key) && CHECK_FAILS.test(ctx.before(hit.start, 6))) continue;
      if (/^不过(?:平台|快手)$/.test(hit.key) && /^(?:有|会|的|上|里|规定|规则|客服|提供|支持|那边|这边|目前|现在|推出|开通|介入|处理|审核|核实|判定|仲裁|保障|一定|肯定|也|收银台|官方|先用后付|自己|本身|自带)/.test(ctx.after(hit.end, 4, 'hard'))) continue;
      // Round 40 (t40j): the platform or another shop as the one dealing on the side (官方私下收了大商家的钱, 听说有的商家私下收红包): a claim
      // about others (2.7's to judge), nobody steered off the platform.
      if (othersDeal(ctx, hit.start, hit.end)) continue;
      // Round 47 (t47e): 外面买的 as the yardstick of a comparison (比外面买的还筋道, 比在外面拍的新鲜): the open market measured against,
      // nobody sent there — not with a private way or our own channel in the sentence.
      if (/^外面/.test(hit.key) && (/比(?:在|去|从)?$/.test(ctx.before(hit.start, 3)) || /^的(?:还|更|要|都|强|好|差|便宜|贵|新鲜|划算|香|好吃)/.test(ctx.after(hit.end, 4, 'hard')))
        && !/私下|线下|微信|vx|支付宝|转我|转给我|找我|跟我|加我|联系我|便宜|优惠|不走/.test(sentence(ctx, hit.start, hit.end, 30).replace(hit.key, ''))) continue;
      const tag = hit.spec.tag;
      const s = sentence(ctx, hit.start, hit.end, 30);
      const others = s.replace(hit.key, '');
      // Round 33 (t33e): 面交 read out of 当面 + 交 (快递员派送时会当面交给您本人签收, 骑手当面交付): the courier handing the parcel over at
      // delivery — not with money to us or a meeting in the sentence (我当面交给您，钱现场给我).
      if (hit.key === '面交' && ctx.compact[hit.start - 1] === '当' && COURIER_HANDS.test(others) && !/钱|现金|付给我|转我|转给我|给我|见面|碰头|地铁|门口见/.test(others)) continue;
      // Round 30: the platform's arbitration is what is not needed (我们直接给您退款，不用走平台介入): the dispute settled by the shop
      // agreeing, the refund still the order's own — unless the money or the talk goes another way in the sentence.
      if (/平台|快手/.test(hit.key) && /^(?:的)?(?:介入|仲裁|判责|判定|小二介入|客服介入|投诉)/.test(ctx.after(hit.end, 5, 'hard'))
        && !/转(?:给|到)?[您你我]|私下|线下|微信|vx|支付宝|现金|红包|加我|寄到我|寄给我/.test(others)) continue;
      // Round 35 (t35f): no order needed for something free the buyer may do (不用下单也可以来看直播, 不用拍也能来问, 不用付款就能试听):
      // the buyer is invited to watch, ask or join, nothing is bought another way — unless money or a channel of ours goes with it.
      if (tag === 'trade-weak' && /下单|拍|付款/.test(hit.key) && FREE_ACT_AFTER.test(ctx.after(hit.end, 10, 'hard'))
        && !/转我|转给我|私下|线下|微信|vx|支付宝|现金|给我钱|钱|收款|付给|加我|私聊|私信我/.test(others)) continue;
      let severity: 'block' | 'warn' | undefined;
      if (tag === 'trade') severity = 'block';
      else if (tag === 'trade-weak') severity = weakSeverity(hit.key, s, others);
      else if (tag === 'price-aside') {
        if (!/私下|私聊|私信|私底下|线下|外面|微信|vx|加我|小窗/.test(others)) continue;
        severity = 'block';
      } else if (tag === 'channel') {
        if (!/私信|私发|私聊|私下|小窗|单独发|悄悄/.test(others) || !/发|给|告诉|推/.test(others) || /正规|官方|平台|海关|进口|正品|授权|品牌|售后|物流|快递/.test(others)) continue;
        severity = 'warn';
      } else if (tag === 'cheaper') {
        // Round 13 (t13a): an on-platform price is the cheaper one (直播间的价格比店里便宜, 券后比店里划算, 秒杀比店里便宜二十) with no private
        // hand-over in the sentence: a price comparison inside the platform.
        if (ON_PLATFORM_PRICE.test(ctx.before(hit.start, 12, 'hard')) && !PRIVATE_HAND.test(others) && !/微信|vx|支付宝|直接给|线下|站外/.test(others)) continue;
        severity = TRADE_CUE.test(others) ? 'block' : 'warn';
      } else if (tag === 'fee') {
        // Round 44 (t44b, dev HI): 平台抽 of 平台抽检/抽查/抽样/抽奖 is an inspection or a draw, not the platform's cut (平台抽检也是提前打招呼才过的,
        // 他们老板亲口跟我承认的: 跟我 there is no private way).
        if (/抽$/.test(hit.key) && /^(?:检|查|样|奖|签|中|取)/.test(ctx.after(hit.end, 2, 'hard'))) continue;
        // Round 26 (t26a): the saving credited to the buyer's goodwill, thanked or acknowledged (谢谢您为我们省手续费着想, 知道您是好心想帮
        // 我们省手续费): their thought, not our lure — unless an offer or a private way follows in the sentence.
        if (BUYER_CREDITED.test(ctx.before(hit.start, 14)) && !OFFER_AFTER.test(ctx.after(hit.end, 30, 'hard'))) continue;
        severity = /直接|私下|线下|找我|联系我|跟我|转我|转给我|不走|绕|微信|支付宝|vx|便宜|好商量|优惠|外面|站外|外边|走/.test(others) ? 'block' : undefined;
      }
      if (!severity) continue;
      taken.add(hit.start, hit.end);
      // 私下交易我们不做的: the refusal comes after the thing refused.
      // (round 31, t31g: …or the buyer's doubt about it asked back and answered by keeping the trade here — 私下转账会不会不安全？是的，
      // 还是在店里拍稳妥; detect/doubt-kept-here.ts)
      // (round 40: …but not others' practice told to say we do it too — 别家都私下交易，我们也可以)
      const wordEnd = chatWordEnd(ctx, hit.start, hit.end);
      if (!(othersBefore(ctx, hit.start) && weJoinAfter(ctx, hit.end)) && (denied(ctx, hit.start) || warningContext(ctx, hit.start, wordEnd) || REFUSED_AFTER.test(ctx.after(hit.end, 10, 'hard')) || doubtAnswered(ctx, hit.start, hit.end))) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到私下交易（否定或提醒语境）' });
        continue;
      }
      // Round 29 (lead, red team 6): a payment's recipient right after it (私下转账给我) goes with the fix — 在平台付款给我 read as
      // "pay me" and was stopped again — and the fix says where to pay: 在平台下单付款.
      const pays = /(?:付款|支付|转账)$/.test(hit.key);
      const recipient = pays ? (/^(?:给|到)(?:我们|我|本店|店里|咱们)(?:的)?(?:账户|账号|卡上|卡里)?/.exec(ctx.after(hit.end, 8, 'soft'))?.[0] ?? '') : '';
      const fix = /交易$/.test(hit.key) ? '在平台下单' : pays ? (recipient ? '在平台下单付款' : '在平台付款') : undefined;
      ctx.report(rule, { start: hit.start, end: hit.end + recipient.length, severity, message: severity === 'block' ? '引导买家绕开平台交易' : '疑似引导买家到站外沟通或交易', ...(fix ? { fix } : {}) });
    }
    for (const f of fallback) {
      if (taken.overlaps(f.start, f.end)) continue;
      // (线下退款需要走平台售后: routed through the platform right after; round 9 fa)
      if (ROUTED_HERE.test(ctx.after(f.end, 14, 'hard')) && !/吗|么/.test(ctx.after(f.end, 14, 'hard'))) continue;
      taken.add(f.start, f.end);
      const wordEnd = chatWordEnd(ctx, f.start, f.end);
      const defused = denied(ctx, f.start) || warningContext(ctx, f.start, wordEnd) || refusedContact(ctx, wordEnd);
      ctx.report(rule, { start: f.start, end: f.end, severity: defused ? 'info' : f.severity, message: defused ? '提到私下交易（否定或提醒语境）' : '引导买家绕开平台交易' });
    }
  },
});

// ---- round 49 (t49d) ----
// Round 49 (t49d, 2.3): money moved by hand or by a family-payment link instead of the platform's order or refund:
//   - the refund paid in cash or in person, and the platform's own request withdrawn or skipped (钱我当面现金退给您，您把平台上的退款申请撤掉
//     就行; 我上门把差价现金补您，售后申请您取消一下). Not a courier's pickup with the refund still the platform's (快递上门取件，退款原路退回).
//   - the buyer's family card or intimate-pay link opened to the agent, who then charges it (用支付软件里的“亲属卡”把我加上，额度设50，我直接刷;
//     开个亲密付给我，我这边扣). Not the buyer paying their own order with a relative's card (支持亲属卡付款; 亲属卡额度不够可换别的方式).
const CASH_HAND_T49D = /(?:当面|现金|亲手|面交|见面)[^]{0,6}?(?:退给|退还|还给|补给|给您|给你|退您|退你|补您|补你|返给|返您)|(?:钱|款|差价|退款)[^]{0,4}?(?:当面|现金|面交)(?:退|给|还|补|返)/g;
const REQUEST_DROPPED_T49D = /(?:退款申请|售后申请|申请|投诉|退款|售后|订单|工单)[^]{0,8}?(?<!不用|无需|不要|别|不必|需要|不能)(?:撤掉|撤销|撤回|取消|关掉|关闭|关了|撤了)|(?<!不用|无需|不要|别|不必|需要|不能)(?:撤掉|撤销|撤回|取消|关闭)[^]{0,8}?(?:申请|退款|售后|投诉)|不(?:走|用|经过)平台|平台(?:那边)?不用(?:管|走|申请)/;
const FAMILY_PAY_T49D = /亲属卡|亲情卡|亲密付|亲情付|家庭卡|亲友卡/g;
const AGENT_CHARGES_T49D = /(?:把|将)(?:我|我们)(?:加上|加进|加为|添加|绑上|绑定|设为|设成)|(?:加|绑|添加|绑定|开给|送给|给)(?:我|我们)(?!们的)|我(?:这边|们)?(?:直接|来|就)?(?:刷|扣|划|消费|用掉)|额度设/;
function handOverT49d(ctx: LintContext, rule: RuleModule, taken: Spans): void {
  for (const m of /当面|现金|亲手|面交|见面/.test(ctx.compact) ? matchesOf(CASH_HAND_T49D, ctx.compact) : []) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken.overlaps(start, end) || !REQUEST_DROPPED_T49D.test(ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 50, 'hard'))) continue;
    taken.add(start, end);
    const off = denied(ctx, start) || warningContext(ctx, start, end);
    ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '当面或现金退款、让买家撤掉平台申请（绕开平台交易）' });
  }
  for (const m of matchesOf(FAMILY_PAY_T49D, ctx.compact)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (taken.overlaps(start, end) || !AGENT_CHARGES_T49D.test(ctx.before(start, 24, 'hard') + '\u0000' + ctx.after(end, 40, 'hard'))) continue;
    taken.add(start, end);
    const off = denied(ctx, start) || warningContext(ctx, start, end);
    ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : '让买家把亲属卡、亲密付开给客服代刷（绕开平台交易）' });
  }
}
// ---- end round 49 (t49d) ----

// ---- round 54 (eng54b): a way off the platform described, not written ----
// Round 54 (eng54b, 2.3): the contact or channel is never written — the buyer is told where on our profile to find it, or how to get in:
//   - a profile field said to hold a number or a way to reach us (昵称后面那串数字您懂的; 店铺介绍里留了方式，自己去看; 点我们店铺名，介绍那里有个号).
//     Not an order, shop or goods number (店铺名后面那串数字是店铺编号), nor a policy in the notice (公告里有退换说明).
//   - a group joined by giving the agent's name (我们那个群，您报我名字就行; 进群的时候备注我的名字).
//   - the order placed but not paid, the money taken by our own code or link (拍下先别付款，我发个收款的给您).
//   - another account of ours said cheaper (隔壁那个号也是我们的，粉丝价更低).
const PROFILE_WAY_T54B = /(?:昵称|网名|名字|店名|店铺名|店铺介绍|店铺简介|简介|个人介绍|介绍|个性签名|签名|背景图|背景|封面|公告|资料)(?:后面|里面|里|上面|上|那里|那儿|下面|中间)?(?:的)?[^，。！？]{0,6}?(?:那串数字|那串号|那一串|一串数字|串数字|(?:留了|有|放了|写了|挂了|藏了)(?:个|一个|我的|我们的)?(?:方式|联系方式|号(?!码?[是为])|电话|数字))/g;
const PROFILE_WAY_NOT_T54B = /订单号|订单编号|店铺编号|店铺id|编号|货号|型号|快递|物流|运单|平台客服|官方客服|售后(?:电话|热线)|400|客服热线|退换|说明/;
const PROFILE_POINT_T54B = /(?:您|你)懂(?:的|得)|懂的都懂|自己(?:去)?(?:看|找|搜|加)|去看|点(?:一下|开)?|加(?:一下|上)?|搜(?:一下)?|找(?:我|我们)|联系|私聊|聊/;
const GROUP_NAME_T54B = /群[^。！？]{0,14}?(?:报|说|提|备注|写)(?:一下)?(?:我|我的)(?:名字|名|工号|昵称)|(?:报|提|备注|写)(?:一下)?(?:我|我的)(?:名字|名|工号|昵称)[^。！？]{0,10}?(?:进群|入群|拉(?:您|你)|群)/g;
const UNPAID_OWN_CODE_T54B = /(?:拍下|下单|下了单|提交订单)(?:后|以后|之后)?(?:先)?(?:别|不要|不用|先别|不急着)(?:付款|支付|付钱|付)[^。！？]{0,14}?(?:我|我们)(?:这边)?(?:发|给)(?:个|一个|您|你)?[^。！？]{0,4}?(?:收款|付款码|收款码|码|链接)/g;
const OUR_OTHER_ACCOUNT_T54B = /(?:那个|另一个|另外一个|隔壁|旁边)(?:的)?(?:号|账号|直播间|小号)(?:也|其实)?(?:是)(?:我们|我们家|咱们|咱家|我)(?:的|家的|开的)[^。！？]{0,14}?(?:便宜|更低|优惠|划算|低价|粉丝价|内部价|福利)/g;
// Pass 2 (x54 misses; rows in new wordings): a messenger named by its nickname (到我那个“小绿”上来, 给个“小蓝鸟”账号你); a number
// said to be in the parcel (号码在发货单右下角手写的那一行); a shop of ours said to be off this platform (另一家店…不在快手上); our own
// site spelled out as a domain (域名就是品牌名加shop，后缀是net).
const NICK_MESSENGER_T54B = /(?:到|上|来|加|去|用|给(?:个|您|你)?)(?:我|我们)?(?:的)?(?:那个|这个)?(?:小绿|小蓝鸟|绿泡泡)(?:上|号|账号|app|软件)/g;
const PARCEL_NUMBER_T54B = /(?:号码|电话|联系方式|微信|手机号|私人号)(?:在|写在|印在|贴在)[^，。！？]{0,10}?(?:发货单|快递单|包裹里|卡片|售后卡|面单|小票|盒子里|箱子里)/g;
const SHOP_OFF_PLATFORM_T54B = /(?:另一家店|另外一家店|另一个店|另外一个店|别的店|我们(?:的)?另一家)[^。！？]{0,24}?不在(?:快手|平台|这里|这边|这个平台)/g;
const OWN_DOMAIN_T54B = /域名[^，。！？]{0,10}?(?:品牌名|店名|拼音|加|后缀)|后缀(?:是|为)?(?:net|com|cn|shop|top)(?![a-z])/g;
function describedWayT54b(ctx: LintContext, rule: RuleModule, taken: Spans): void {
  const report = (start: number, end: number, message: string) => {
    if (taken.overlaps(start, end)) return;
    taken.add(start, end);
    const off = denied(ctx, start) || warningContext(ctx, start, end);
    ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到私下交易（否定或提醒语境）' : message });
  };
  for (const m of matchesOf(PROFILE_WAY_T54B, ctx.compact)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const around = ctx.before(start, 16, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 16, 'hard');
    if (PROFILE_WAY_NOT_T54B.test(around) || !PROFILE_POINT_T54B.test(around)) continue;
    report(start, end, '暗示资料里藏着联系方式，引导买家到站外联系（规则 2.3）');
  }
  for (const m of matchesOf(GROUP_NAME_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '让买家报客服名字进群，引导到站外（规则 2.3）');
  for (const m of matchesOf(UNPAID_OWN_CODE_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '让买家不在平台付款、改付客服发的收款码或链接（规则 2.3）');
  for (const m of matchesOf(NICK_MESSENGER_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '用代号指代站外聊天软件，引导买家到站外（规则 2.3）');
  for (const m of matchesOf(PARCEL_NUMBER_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '把联系方式藏在包裹或单据里，引导买家到站外联系（规则 2.3）');
  for (const m of matchesOf(SHOP_OFF_PLATFORM_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '把买家引到不在本平台的店铺（规则 2.3）');
  for (const m of matchesOf(OWN_DOMAIN_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '说出站外网站的域名，引导买家到站外（规则 2.3）');
  for (const m of matchesOf(OUR_OTHER_ACCOUNT_T54B, ctx.compact)) report(m.index!, m.index! + m[0].length, '把买家引到本店的另一个账号买更便宜的货（规则 2.3）');
}
// ---- end round 54 (eng54b) ----

export default rule;
