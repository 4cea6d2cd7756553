// 2.6: personal advances — dating, flirting, asking for selfies (小姐姐今晚有空吗, 单身吗, 交个朋友, 约个饭).
// Round 7: the gift's recipient asked about (送的是男生还是女生呀，大概多大年纪？) is no prying.
// Traps: livestream slang (给大家交个朋友 = a price cut), gifts (送女朋友), delivery (明天有空收快递吗),
// friendly address (美女，您的快递到了), products (约会妆容, 自拍杆, 单身公寓). Remarks on the buyer's looks (您长得这么漂亮)
// unless they are fitting advice (您长得高选L码, 穿这款好看). Cute talk asking for comfort (安慰一下伦家嘛, 你哄哄人家,
// 你好可耐, 不理人家了, 被你撩到了) — not the shop comforting the buyer (补张券安慰一下), cute goods (小熊好可爱), 好想你 dates, 亲亲我这边.
// The relation question in either order (有男朋友吗 / 女朋友有没有呀, 做我npy); compliments on the buyer's voice, hands, eyes
// (您声音真好听) unless fitting advice; invitations (下班要不要一起喝一杯, 请您喝杯奶茶, 一起去吃烧烤) even beside delivery words — not
// 明天有空收快递吗, 请您看一下订单; chat decoupled from service (不聊买东西也行，我下班挺无聊的) — not 有问题随时找我聊;
// the buyer's whereabouts asked to visit (您店开在哪，我想去做) — not to find a courier outlet.
// Also: the buyer's own photos asked (交换一下照片, 想看看你本人长啥样, 发几张生活照) — not evidence or ID photos; the agent's
// liking or wish to know the buyer (是我喜欢的类型，能认识一下吗; 聊得来，想多了解你) — not 认识一下我们品牌, 了解您的需求;
// matchmaking (给您牵个线, 介绍个对象) — not outfits for a 相亲; the buyer's private life asked (结婚了没, 老家是哪, 做什么工作)
// — not 宝宝多大了 or a job asked to fit the goods; sweet talk (有没有想我, 宝贝晚安…给我发消息, 约吗？今晚我有空, 好想抱抱你);
// an outing named by its activity (要不要一起去爬山) — not 要不要一起下单 or family trips; the buyer's avatar or real self (头像里那个是你吗？
// 真人比头像还好看吧) — not 真人实拍; the agent advertising being single (我还单着呢); a meet-up on a trip (出差…见一面, 面基).
// Also the buyer's voice praised and asked for again; full-body photos asked out of curiosity (不为别的).
// Round 8: intimacy no service word undoes (梦里见, 不然我会心疼的, 是不是一个人睡不着), kinship or friendship claimed (认你当姐姐,
// 也算朋友了吧), the buyer's pastimes asked for chat (平时下班喜欢干嘛呀) — not to fit goods, games shared (游戏好友, 开黑, 刷本) —
// not game gear, and singles' events (单身交友派对).
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.
// Round 8 (fa8): the age of the buyer's child or relative asked (小朋友几岁了, 您女儿几岁了) is no private question; the buyer's ask
// restated and declined (您刚才问能不能私下交个朋友——不好意思…) is no advance (detect/answered.ts, all cue rules).
// Round 11 (t11b): the wish to know the buyer with no pronoun after a personal opener (我也是单身狗，能不能认识一下; 聊了这么久…认识认识).
// Then (t11b): a compliment on the buyer's person + a private ask (你这声音太好听了，能加个私人微信聊聊吗; not 晒买家秀); 缺不缺对象 +
// an introduction in the next sentence.

import type { LintContext } from '../context';
import { cueRule, sentenceOf, type Cue } from '../detect/cue-rule';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';

/** Round 39 (t39n): a photo the buyer already sent (您发的, 你刚才发过来的, 您之前传的那张). */
const SENT_BY_BUYER = /(?:您|你)(?:之前|刚才|刚刚|上次|昨天|今天|早上|已经|先前)?(?:发|发过来|发来|传|传过来|传来|上传|给我|给)(?:过)?(?:了)?的(?:那张|这张|几张|那几张|这几张|两张|那个|这个)?$/;
/** …and more asked for after all (再发, 发几张, 给我看, 其他的). */
const MORE_ASKED = /再发|多发|再来|再拍|再传|多拍|发几张|发一张|发张|发个|发给我|发我|给我看|其他的|别的|还有吗|生活照|全身照|私照|本人照/;

/** Words that make an outing or a compliment personal. */
/** The product as the tool of the activity (用这个投影仪看电影, 拿这款保温杯出去玩): its use, not a date. */
const PRODUCT_USED_FOR = /(?:用|拿|带上|带着|配上|戴着|开着)(?:这个|这款|这台|这套|这副|这只|这把|这件|它|咱家的?|我们家的?|我们的)[\u4e00-\u9fffa-z0-9]{0,6}$/;
/**
 * Round 36 (t36g): the goods said to suit a shared use (这款咖啡豆适合周末一起喝, 这盒茶很适合家里来客人时一起喝): a use told of the
 * product, in the same clause, with no invitation of ours in the sentence (适合我们俩一起喝, …要不要约, 我请你).
 */
const SUITS_BEFORE = /(?:适合|很适合|挺适合|最适合|更适合|特别适合|合适)(?:[^我咱俩]{0,10})$/;
const GOODS_NAMED = /这款|这个|这套|这盒|这包|这瓶|这罐|这袋|这份|这种|咱家的?|我们家的?|礼盒|套装|豆|茶|酒|零食|饮料|桌游|游戏/;
const OUR_INVITE = /我请|请(?:你|您)|约(?:你|您|一下|个)|咱俩|我们俩|我俩|(?:你|您)和我|(?:你|您)跟我|(?:和|跟)我一起|陪|要不要|有空吗|单身|小姐姐|美女|帅哥|小哥哥|亲爱的/;
function productSuits(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 16, 'soft');
  if (!SUITS_BEFORE.test(lead)) return false;
  const s = sentenceOf(ctx, start, end, 30);
  return GOODS_NAMED.test(s) && !OUR_INVITE.test(s);
}
// Round 32 (t32a): a meeting whose business is money or goods changing hands (见面给钱, 约个地方见面，现金给我, 见面验货).
const MEETING = /见个面|见一面|见面/;
const TRADE_MEET = /给钱|给我钱|交钱|付钱给我|现金|一手交钱|钱货|交货|拿货|取货|提货|验货|货(?:给|带给|交给)(?:您|你)|面交|当面交易|付款|结款|结账|转账/;
const DATE = /今晚|晚上|周末|下班|有空|改天|咱俩|出差|面基|网友|你那个城市|您那个城市|小姐姐|美女|帅哥|小哥哥|亲爱的|宝贝儿|一起|约|请你|请您|单身|认识|私下|加个|加你|交个朋友|见面|聊聊|陪|男朋友|女朋友|对象|得闲|收工|拍拖/;
/** An outing asked of the buyer, not an errand: 要不要一起喝一杯, 周末一起去看电影, 我请你吃饭. */
const INVITE = '要不要(?:一起|出来|去)|一起(?:去|吃|喝|看|玩|出去)|我请(?:你|您)|请(?:你|您)(?:吃|喝|看)|约(?:你|您)|出来(?:玩|吃|喝|见)|(?:周末|下班|晚上)[^]{0,4}一起';
/** Family outings and errands make an outing word service talk; delivery words only when no invitation is made
 * (您明天有空收快递吗 — but 你收货地址离仓库好近呀，下班要不要一起喝一杯 is a date). */
const FAMILY = new RegExp(`宝宝|孩子|家人|小朋友|全家|爸妈|父母|老人|狗狗|猫咪|闺蜜|同事|^(?![^]*(?:${INVITE}))[^]*(?:快递|收货|签收|取件|派送)`);
const PROMO = /价|元|块|降|优惠|福利|便宜|折|送|券|包邮|赠|粉丝|直播间|家人们|宝宝们|大家/;

/** Round 30 (t30b): what a cup or a meal does for whoever has it (能撑到下班, 就精神了, 好睡, 大概200mg): a usage note. */
const CONSUMED_EFFECT = /^(?:就|都|也|基本|差不多)?(?:能|可以|可|会|就能|好)?(?:撑|顶|扛|提神|醒神|精神|清醒|助眠|入睡|睡得|好睡|暖|解|饱|管饱|管用|见效|回血|续命|不困)|^(?:大概|大约|约|左右|含|的量|的热量|的咖啡因|咖啡因|热量)/;

/** Round 29 (t29a): 单着 read as an order's 单 then 着 (这单着急要, 那单着实慢). */
const ORDER_BEFORE_SINGLE = /(?:这|那|哪|下|订|每|本|此|整|拼|凑|接|抢|该)$/;
function singleAsOrder(ctx: LintContext, start: number): boolean {
  return ctx.compact.startsWith('单', start) && ORDER_BEFORE_SINGLE.test(ctx.before(start, 4));
}

const cues: Cue[] = [
  {
    // Round 30 (t30b): the buyer's relationship asked by the place beside them (姐姐身边那位置空着吗, 你旁边的位子有人了吗, 您心里那个位置
    // 被占了没) — the seat a partner would fill. Not a real seat, a child's or a shelf's (宝宝旁边的位置, 沙发旁边空着), nor a friend who
    // uses the goods (您身边有人用过吗).
    words: ['身边', '旁边', '身旁', '心里', '心里面', '副驾', '副驾驶'],
    severity: 'warn',
    message: '拐弯打听买家是否单身（“身边的位置空着吗”），与客户服务无关（规则 2.6）',
    before: /(?:你|您|姐姐|小姐姐|姐|妹妹|小妹|美女|帅哥|哥哥|小哥哥|靓女|靓仔|亲|宝|亲爱的)(?:的)?$/,
    // (with no seat named only 有人了 / 有主 / 缺人 — 您身边有人吗 may ask who can sign for a parcel)
    after: /^(?:(?:的)?(?:那个|那|这个|那张)?(?:位置|位子|座位|空位|座)(?:还|现在|目前|是不是|是否)?(?:空着|空的|空|空不空|空没空|空出来|有人|有没有人|有主|被占|被人占|占了|有人坐|有人占|留给|给我留|能坐|可以坐)|(?:还|现在|目前|是不是|是否)?(?:有人了|有主|缺人|缺个人|缺不缺人|缺不缺个人|空着|空缺|有人坐|留给|给我留))(?:了|着|的|呢)?(?:吗|没|没有|呀|呢|不|么|嘛|啊)?[^\u4e00-\u9fa5]*$/,
    scope: 'clause',
    window: 24,
    notSentence: /宝宝|孩子|小朋友|老人|车|座椅|沙发|仓库|货|快递|包裹|柜|桌|床|收纳|放|摆|装|用过|买过|推荐|试过|同事|家人|朋友|用的|在用|签收|代收|帮忙|帮您|拆|验货|取件|在家|这款|这件|这个|款式|椅|凳|垫|尺寸|人座|影院|电影票|选座|座位号|航班|高铁|火车|餐厅|包厢|订座/,
  },
  {
    // …or in the idiom (美女名花有主了吗, 小哥哥名草有主没): taken or not.
    words: ['名花有主', '名草有主', '有主了'],
    severity: 'warn',
    message: '拐弯打听买家是否单身，与客户服务无关（规则 2.6）',
    before: /(?:你|您|姐姐|小姐姐|姐|妹妹|美女|帅哥|哥哥|小哥哥|靓女|靓仔|亲|宝)(?:是不是|是否|已经|早就|早)?(?:名花|名草)?$/,
    notSentence: /这件|这款|这个|链接|库存|尺码|号|拍|下单|宝贝|商品|货/,
  },
  {
    // Round 29 (t29e): the agent inviting themselves into the buyer's outing or treat (下次带上我呗, 去吃火锅叫上我, 周末去海边带我一起嘛).
    // Not an item or paper to bring along (带上我们给您的会员卡, 取件时带上我发您的取件码, 带上我们的报关单).
    words: ['带上我', '叫上我', '约上我', '算我一个', '带我一起', '带着我一起', '带我去'],
    severity: 'block',
    message: '把自己邀约进买家的私人活动，与客户服务无关',
    notAfter: /^(?:们|的|发|给|说|推荐|家|店|司|方)/,
    // …nor a colleague taking the agent along (主管说下次培训带上我一起去).
    notBefore: /(?:同事|主管|店长|领导|经理|组长|师傅|公司|仓库|他|她)[^，。！？]{0,8}$/,
    sentence: /下次|下回|改天|一起|喝|吃|玩|旅游|旅行|逛|电影|聚|出去|呗|嘛|[😉😏🥂🍷😋😘]/u,
    notSentence: /宝宝|孩子|小朋友|快递|取件|订单|售后|退货|凭证|报关|发票/,
  },
  {
    // Remarks on the buyer's looks and photo: 您长得这么漂亮，头像是本人吗 — not fitting advice (您长得高选L码).
    words: ['长得', '长这么', '头像是你', '头像是您', '头像好'],
    severity: 'block',
    message: '评论买家相貌或打听其照片，与客户服务无关',
    before: /(?:你|您|小姐姐|美女)[^]{0,2}$|^$/,
    sentence: /漂亮|好看|帅|美|可爱|标致|清纯|性感|迷人/,
    notSentence: /穿|戴|上身|搭配|款|码|色号|适合|实名|认证|身份证|核实|宝宝|孩子|猫|狗|宠物/,
  },
  {
    // The buyer's own photos asked for (可以交换一下照片吗？想看看你本人长啥样; 您本人肯定更好看，发几张生活照给我) — not evidence
    // photos (拍一下外箱, 破损照片), the customs ID (订购人本人身份证照片) or a buyer show for a review (round 10: 买家秀的照片…好看的我们置顶).
    words: ['照片', '相片', '自拍', '生活照', '美照', '本人照', '真人照', '长啥样', '长什么样', '你本人', '您本人', '头像里', '头像上', '真人', '全身照', '近照', '私照'],
    severity: 'block',
    message: '索要买家私人照片，与客户服务无关',
    // Round 39 (t39a): the seeing is a verb of the agent's or the buyer's, not 看 inside 好看/难看 (照片里比例也好看: how the goods look in the
    // bride's photos, no photo asked for) — unless 好看 is said of the buyer's own person (真人比头像还好看).
    sentence: [/发|(?<![好难耐中])看|(?:真人|本人)[^，。！？]{0,6}好看|交换|给我|换/, /本人|生活照|自拍|美照|长啥样|长什么样|长相|漂亮|好看|帅|交换|互换|互发|我先发|真人|私房|全身照|近照|私照|好奇|不为别的/],
    // Round 13 (fa13b): 您本人 as the doer of an account or order act checked for security (是不是您本人操作, 您本人登录的吗,
    // 需要您本人签收) — not the buyer's looks.
    // Round 14 (fa14): …nor 真人 as what a product is made of or sized to (真人发丝做的假发, 真人比例的手办, 真人配音).
    // Round 29 (lead, CLEAN-CM): …nor the agent saying it is a real person (我是真人客服, 是真人在回复), not a bot.
    // Round 39 (t39j): …nor 真人发 as a wig's fibre, its share or its blend (高温丝和真人发混纺, 不是100%真人发, 比全真人发的便宜): a degree or a
    // second fibre before it, or what the fibre is or costs after 发 — not 真人发给我看看, where 发 sends.
    notBefore: /(?:我|我们|这边|客服)(?:是|都是|确实是|真的是)$|(?:100|百分之百|百分百|全|纯|(?:高温丝|化纤丝?|纤维|动物毛|羊毛|丝)(?:和|与|跟|混))$/,
    notAfter: /^发(?:混纺|混合|混织|材质|材料|制|丝|纤维|含量|占比|比例|的(?:便宜|贵|价|手感|质感|光泽|顺滑|柔软|假发|发片|发套|头套|款))|^(?:亲自|在)?(?:操作|登录|登陆|下单|下的单|签收|申请|使用|绑定|解绑|修改|授权|购买|支付|付款|办理|收货|验证|提交|确认|设置|注册|认证|来取|到场|拨打|接听)|^(?:发丝|头发|毛发|真发|发制|尺寸|比例|等身|大小|手感|肤感|配音|朗读|发音|录音|演示|试戴|模特|实测|测评|评测|试用|试穿|试色|上脸|上身|上手|出镜|展示|实拍|测试)/,
    // Round 32 (t32c): …nor 真人 as how the goods are shown or tested in our videos (视频里是真人实测, 真人上脸测评, 真人试穿).
    // Round 21 (t21bx): …nor a hairpiece of real human hair (假发片是真人发材质的, 真人发接发).
    // Round 22 (t22by): …nor a close-up of the goods' marks (批次码压印在瓶底…拍个近照给我, 防伪钢印的细节).
    // Round 33 (t33a): …nor the buyer's photo sent in for the shop's buyer-photo campaign (返图, 晒照/打卡活动, 投稿, 评选): a promotion
    // open to every buyer, whatever the photo shows — not a selfie asked for the agent's own eyes.
    // Round 36 (t36d): …nor the waybill's recipient read back to check it is the buyer (面单上的收件人…尾号5678，是不是您本人).
    // Round 39 (t39n): …nor a photo the buyer already sent us (您发的自拍那肤色…, 你刚才发过来的照片我看了): none is asked for — unless more are
    // (您发的自拍不够，再发几张).
    unless: (ctx, start, end) => SENT_BY_BUYER.test(ctx.before(start, 14)) && !MORE_ASKED.test(sentenceOf(ctx, start, end)),
    notSentence: /返图|晒照|打卡活动|投稿|评选|参与活动|参加活动|假发|发片|接发|发套|发束|身份证|实名|证件|认证|订购人|收件人|收货人|面单|尾号|签收|商品|包裹|外箱|外包装|破损|快递|凭证|售后|质量|截图|订单|宝贝|上身效果|效果图|晒图|评价|返现|问题|瑕疵|吊牌|标签|条码|批号|核实|核对|退|换货|实拍|模特|尺码|偏大|偏小|买家秀|晒单|置顶|精选|批次|瓶底|瓶身|罐底|盒底|底部|防伪|钢印|压印|喷码|细节|logo|包装|测评|实测|评测/,
  },
  {
    // The agent's own liking or wish to know the buyer (你头像是我喜欢的类型，能认识一下吗; 跟你挺聊得来的，想多了解你一点) —
    // not getting to know the goods (认识一下我们品牌) or the buyer's needs (了解您的需求).
    words: ['我喜欢的类型', '我的菜', '认识一下', '认识认识', '认识你', '认识您', '多了解你', '多了解您', '了解你一下', '想了解你', '聊得来', '聊得很开心', '跟你投缘', '和你投缘'],
    severity: 'block',
    message: '与买家搭讪、想私下认识买家，与客户服务无关',
    sentence: [/你|您/, /想|能|可以|吗|呀|呢|感觉|挺|很|好|吧/],
    notBefore: /高兴$|荣幸$|带(?:您|你)$/,
    notAfter: /^(?:的需求|的问题|的情况|的订单|的肤质|的喜好|一下(?:我们|这款|品牌|产品|商品|新品|成分))/,
    notSentence: /品牌|产品|商品|这款|款式|我们(?:家|店|的)|新品|成分|需求|订单|肤质|尺码|喜好|风格|专属客服|我是/,
  },
  {
    // Round 11: the same wish to know the buyer with no pronoun, said after a personal opener (其实我也是个单身狗，能不能认识一下;
    // 聊了这么久挺投缘，想私下认识认识) — the agent's own status or the chat itself as the reason; not 认识一下我们品牌.
    words: ['认识一下', '认识认识', '交个朋友', '处个朋友', '加个好友'],
    severity: 'block',
    message: '与买家搭讪、想私下认识买家，与客户服务无关',
    sentence: [/单身|聊了这么久|聊这么久|聊了那么久|聊得这么|聊得挺|投缘|有缘|缘分|私下|线下|见个面|见一面|我也是|同城|一个人/, /想|能|可以|吗|呀|呢|吧|呗|么/],
    notBefore: /高兴$|荣幸$|带(?:您|你)$/,
    notAfter: /^(?:我们|这款|品牌|产品|商品|新品|成分)/,
    notSentence: /品牌|产品|商品|这款|款式|我们(?:家|店|的)|新品|成分|需求|订单|肤质|尺码|喜好|风格|专属客服|活动|派对|社群|粉丝群/,
    window: 40,
  },
  {
    // Round 11: the buyer's person praised, then a private ask (你这声音太好听了，能加个私人微信聊聊吗; 您朋友圈那张照片真美，晚上可以视频吗)
    // — a compliment on the buyer with a private channel or an evening; not 您的照片拍得真好看，可以投稿买家秀活动.
    words: ['好听', '真美', '好美', '很美', '太美', '好看', '漂亮', '可爱', '迷人', '有气质', '甜美', '性感', '帅'],
    severity: 'block',
    message: '夸赞买家本人并邀约私聊或见面，与客户服务无关（规则 2.6）',
    sentence: [/(?:你|您)(?:的|这|那)?(?:个|张)?(?:声音|嗓音|照片|头像|朋友圈|自拍|眼睛|笑容|样子|长相|身材|皮肤|腿|头发|脸)|(?:朋友圈|头像|自拍)(?:里|上)?(?:的|那张|这张)?照片/, /私人|私下|单独|视频|晚上|下班|见面|见个面|约|聊聊|认识|处对象|交往|电话/],
    notSentence: /买家秀|活动|投稿|评价|好评|晒单|返现|这款|商品|宝贝|产品|款式|同款|搭配|适合/,
    window: 40,
  },
  {
    // Round 11: the buyer's partner asked about, then an introduction in the next sentence (缺不缺对象？我给你介绍一个，条件可好了;
    // 有对象吗？没有的话我帮您牵线) — not gifts or outfits for a partner (送对象的话这款礼盒合适, 找对象穿这件).
    words: ['缺对象', '缺不缺对象', '有对象吗', '有没有对象', '有对象没', '对象了吗', '对象了没', '还没找对象', '还没对象', '找对象了吗'],
    severity: 'block',
    message: '为买家介绍对象、牵线搭桥，与客户服务无关',
    sentence: /介绍|牵线|牵个线|认识几个|认识个|条件不错|条件可好|条件好|帮(?:你|您)(?:找|物色|留意)|单身/,
    notSentence: /这款|礼物|礼盒|送|商品|宝贝|穿|适合|款|搭配|妆/,
    window: 30,
  },
  {
    // Matchmaking offered: 我认识好几个条件不错的单身男士，可以给您牵个线; 要不要给您介绍个对象 — not gifts (送对象) or outfits (相亲穿这件).
    // Round 8: singles' events too (我们这周末有个单身交友派对，女生免费，来不来).
    words: ['牵线', '牵个线', '介绍对象', '介绍个对象', '介绍个男朋友', '介绍个女朋友', '介绍男朋友', '介绍女朋友', '单身男士', '单身女士', '单身男', '单身女', '相亲', '脱单', '婚恋', '交友派对', '单身派对', '交友活动', '相亲会', '交友会', '单身聚会'],
    severity: 'block',
    message: '为买家介绍对象、牵线搭桥，与客户服务无关',
    sentence: /介绍|牵|认识|条件|可以|帮|要不要|想不想|来不来|来吗|参加|报名|免费|一起/,
    notSentence: /这款|礼物|送|商品|宝贝|穿|适合|款|搭配|妆/,
  },
  {
    // The buyer's private life asked with nothing to fit or ship (你多大了呀？结婚了没？; 您老家是哪的，说不定是老乡; 您是做什么工作的呀)
    // — not 宝宝多大了, 您是做什么工作的？久坐的话选护腰款, 您住的小区能送上楼吗.
    words: ['结婚了没', '结婚了吗', '结婚没', '结婚了么', '成家了吗', '成家了没', '多大了', '几岁了', '多大年纪', '今年多大', '老家是哪', '老家在哪', '哪里人', '哪儿人', '是哪的人', '做什么工作', '干什么工作', '做什么的呀', '在哪上班', '哪个单位'],
    severity: 'block',
    message: '打听买家年龄、婚姻、籍贯或职业等私事，与客户服务无关',
    notBefore: /(?:宝宝|孩子|小孩|宝贝|娃|狗|猫|它|老人|家里人|男朋友|女朋友|老公|老婆|小朋友|儿子|女儿|闺女|孙子|孙女|外孙|小家伙|老人家|爸妈|父母)[^]{0,2}$/,
    // Asked, not conceded (您是哪里人都可以下单).
    scope: 'clause',
    after: /^[^]{0,4}(?:呀|呢|吗|啊|么|没|$)/,
    sentence: /你|您|呀|呢|吗|没/,
    window: 30,
    // Also about the gift's recipient (送的是男生还是女生呀，大概多大年纪？).
    notSentence: /适合|选|推荐|款|码|尺寸|宝宝|孩子|小孩|快递|收货|地址|发货|仓|订单|包裹|送货|礼物|送给|送的|送人|送谁|对方|收礼|男生还是女生|女生还是男生|男士还是女士|长辈|送的是|是送|给谁买|送礼/,
  },
  {
    // Round 8: the buyer's pastimes asked for chat (你平时下班喜欢干嘛呀？我最近在追一部韩剧…推荐给你) — not to fit the goods
    // (您平时喜欢做什么运动？这款跑鞋适合跑步).
    // Round 35 (t35e): …also where they go for fun (周末都喜欢去哪玩, 放假一般去哪儿玩).
    words: ['喜欢干嘛', '喜欢干什么', '喜欢做什么', '平时干嘛', '平时都干嘛', '平时都干什么', '有什么爱好', '爱好是什么', '爱好是啥', '周末干嘛', '周末都干嘛', '下班干嘛', '喜欢去哪玩', '喜欢去哪儿玩', '都去哪玩', '都去哪儿玩', '一般去哪玩', '一般去哪儿玩', '常去哪玩', '常去哪儿玩'],
    severity: 'block',
    message: '打听买家私人生活、闲聊与订单无关的话题，与客户服务无关',
    scope: 'clause',
    after: /^[^]{0,4}(?:呀|呢|吗|啊|么|$)/,
    sentence: /你|您|呀|呢|吗/,
    window: 30,
    notSentence: /适合|选|款|码|尺寸|宝宝|孩子|快递|收货|地址|发货|订单|包裹|商品|宝贝|礼物|送给|运动|护肤|肤质/,
  },
  {
    // Round 8: intimacy that no service word beside it undoes (晚安宝贝，梦里见…明天再帮你查物流; 记得多穿点，不然我会心疼的;
    // 这么晚还在买东西，是不是一个人睡不着) and kinship or friendship claimed (咱们也算朋友了吧，我认你当姐姐好不好) — not
    // sleep aids (睡不着的话试试这款) or 我们把顾客当朋友.
    words: ['梦里见', '梦里相见', '梦到你', '梦见你', '梦到您', '梦见您', '我会心疼', '会心疼的', '我心疼你', '我心疼您', '一个人睡不着', '是不是睡不着', '睡不着吧', '睡不着呀', '想你想得', '认你当', '认您当', '认你做', '认您做', '也算朋友', '算是朋友了', '算朋友了', '做个朋友吧', '交个朋友吧'],
    severity: 'block',
    message: '与买家说暧昧情话、攀交情，与客户服务无关',
    // 是不是睡不着 and 不然我会心疼的 hold a 不 that denies nothing.
    deniable: false,
    sentence: /你|您|宝贝|亲爱的|吧|呢|的|好不好|呀|吗|啊|么|这么晚|还不睡/,
    notSentence: /这款|试试|助眠|褪黑素|失眠|顾客|买家|粉丝|老客户|客人|给大家/,
  },
  {
    // Round 8: a game or hobby shared as a bond (你也玩原神吗？咱俩加个游戏好友一起刷本吧) — not game gear sold.
    words: ['游戏好友', '开黑', '组队', '刷本', '一起上分', '带你上分', '带你飞', '一起打游戏', '一起玩游戏', '一起追剧', '一起追'],
    severity: 'block',
    message: '邀请买家一起玩游戏或交友，与客户服务无关',
    sentence: /一起|咱俩|咱们|吧|吗|加|带(?:你|您)/,
    window: 30,
    // (round 29, t29a: …nor a lost parcel chased together, 派送环节出的问题，我们会一起追 — 追 of a claim, not of a show)
    notSentence: /这款|手柄|耳机|键盘|鼠标|显卡|主机|商品|宝贝|订单|下单|优惠|团购|拼单|快递|物流|派送|包裹|中转|理赔|丢件|追查|追责|追回|追踪/,
    // Round 37 (t37f): 刷本 read across a word boundary — a brush's name ending in 刷 then 本身/本来/本品 (牙刷本身充一次电, 眉刷本来就配了,
    // 鞋刷本品不含), not a dungeon ground together.
    unless: (ctx, start, end) => ctx.compact.slice(start, end) === '刷本' && (/[牙毛眉粉鞋板锅杯瓶发唇腮刷]$/.test(ctx.compact.slice(Math.max(0, start - 1), start)) || /^(?:身|来|品|店|次|周|月|款)/.test(ctx.compact.slice(end, end + 1))),
  },
  {
    // Sweet talk to the buyer: 亲爱的睡了吗，今天有没有想我; 宝贝晚安，明天醒来第一个给我发消息; 约吗？今晚我有空 — not 您想我们怎么处理,
    // 晚安亲，明天一早仓库就给您发出.
    words: ['想我', '有没有想我', '想不想我', '睡了吗', '睡了没', '在干嘛呢', '晚安', '约吗', '约么', '约不'],
    // 晚安 closing a service chat (好嘞，晚安亲，做个好梦; 您也早点休息…晚安) needs an intimate word, not just the night.
    unless: (ctx, start, end) => ctx.compact.slice(start, end) === '晚安' && !/亲爱的|宝贝(?!儿?(?:已|到|发|的))|想我|想你|给我发|陪|抱|么么|见面|出来|梦里|梦到/.test(sentenceOf(ctx, start, end, 20)),
    severity: 'block',
    message: '与买家说暧昧情话或约会，与客户服务无关',
    notBefore: /预|签|合|节|制|大|公|条|契|相|您(?:是)?$/,
    notAfter: /^(?:们|帮|给|为|替|处理|这边|来|去|先|再|一下|怎么)/,
    sentence: /亲爱的|宝贝|想|梦|给我发|陪|抱|么么|今晚|晚上|有空|出来|见面|你/,
    window: 20,
    notSentence: /发货|快递|订单|仓库|处理|售后|退|物流|包裹|签收|商品|明天(?:一早)?(?:就)?(?:给您|给你)?(?:发|处理)/,
  },
  {
    // The agent advertising being single (要是你是男生就好了，我还单着呢) — not 单身的话推荐这款.
    words: ['单着', '我单身', '我也单身', '我也是单身', '我还是单身', '我还单身', '我是单身'],
    severity: 'block',
    message: '向买家透露自己单身并搭讪，与客户服务无关',
    notAfter: /^(?:的(?:话|朋友)|公寓|狗粮|贵族)|^(?:急|实|手|重|想|落)/,
    // Round 29 (t29a): 单 as an order's noun, 着 opening the next word (这单着急要, 那单着实慢): no single status.
    // (round 36, t36f: only for 单着 itself — 认识一下，我也单身 ends on 下 before 我, no order there)
    unless: singleAsOrder,
    notSentence: /这款|送|礼物|适合|推荐|款/,
  },
  {
    // Round 13 (t13c): the agent's single status beside a pairing proposal stands even with goods named (情侣款…我也单着，要不凑一对;
    // 我也是单身，要不咱俩处处看; 我单身好久了，你要不要考虑一下我). Traps: 单身的话推荐单人份，两个人买情侣款更划算.
    words: ['单着', '我单身', '我也单身', '我也是单身', '我还是单身', '我还单身', '我是单身', '我也是一个人', '我也一个人'],
    severity: 'block',
    message: '向买家透露自己单身并搭讪，与客户服务无关',
    notAfter: /^(?:的(?:话|朋友)|公寓|狗粮|贵族)|^(?:急|实|手|重|想|落)/,
    // Round 29 (t29a): 单 as an order's noun, 着 opening the next word (这单着急要, 那单着实慢): no single status.
    // (round 36, t36f: only for 单着 itself — 认识一下，我也单身 ends on 下 before 我, no order there)
    unless: singleAsOrder,
    sentence: /凑(?:一|个)?对|凑一块|(?:咱|我)们?俩|在一起|处(?:一处|处|个对象)|做个伴|搭个伙|作伴|考虑(?:一下)?我|我们试试|跟我试试|和我试试/,
    notSentence: /送(?:您|你)(?:一|个)|买一送一|第二件|两件|优惠|划算|凑单/,
  },
  {
    // The buyer's voice praised and asked for again (您的语音我听了好几遍，真的很好听，能再发一条吗) — not a product's sound.
    words: ['语音', '声音', '嗓音'],
    severity: 'block',
    message: '夸赞买家声音并索要语音，与客户服务无关',
    sentence: [/好听|好甜|温柔|有磁性|迷人|太苏/, /再发|听了好几|多发|想听|一直听|单曲循环|(?:你|您)人/],
    window: 30,
    notSentence: /这款|耳机|音箱|音质|麦克风|商品|宝贝|录音|提示音/,
  },
  {
    // 您长得真像我前女友 / 您是我的理想型 — a compliment that makes it personal.
    words: ['前女友', '前男友', '初恋', '前任', '理想型', '梦中情人'],
    severity: 'block',
    message: '与买家搭讪、约会或索要私人照片，与客户服务无关',
    sentence: /像|长得|好看|漂亮|帅|可爱|声音|气质|就是|正是|类型/,
    notSentence: /送|礼物|同款|推荐|款式|色号|香水|口红/,
  },
  {
    // Round 46 (t46i): the buyer's name or birthday tied to the agent's ex (您名字里有个“玥”字，我前任也叫这个，是不是有点缘分) — chatting the buyer
    // up through a namesake. Not a gift story about goods (我前任也送过这款).
    words: ['前女友', '前男友', '前任', '初恋', '前妻', '前夫'],
    severity: 'block',
    message: '借买家的名字、生日与客服前任相比搭讪，与客户服务无关（规则 2.6）',
    sentence: [/(?:您|你)/, /也叫|同名|叫这个|一个名|名字|缘分|哪年|几几年|多大|属什么|生日|星座/],
    notSentence: /送|礼物|同款|推荐|款式|色号|香水|口红|商品|这款|订单/,
    window: 40,
  },
  {
    // Round 43 (t43e): a call asked for after hours with the verb bare (下班能语音吗, 今晚可以视频不, 晚上打个电话呗, 有空连个麦): the agent's own
    // time off is no service hour, so the call is personal. Not the goods shown or installed on a call (晚上可以视频看货吗, 下班后视频教您安装),
    // nor the buyer's own hours asked for a service call (您下班后方便接电话吗，我们确认一下地址).
    words: ['语音', '视频', '打电话', '打个电话', '通话', '连麦', '连个麦', '煲电话粥'],
    severity: 'block',
    message: '约买家下班后私下语音或视频，与客户服务无关（规则 2.6）',
    before: /(?:下班|下了班|收工|今晚|今天晚上|晚上|半夜|睡前|周末|私下|单独)(?:后|以后|之后|了)?(?:我们|咱们|咱俩|我俩)?(?:能|可以|方便|要不要|想|来个?|打个?|一起|就)?(?:跟我|和我|陪我)?$/,
    // (a chat or a proposal after it — not a clause ending on the call alone, as a service call told of: 有问题晚上打电话)
    after: /^(?:聊聊|聊会儿?|聊天|聊|吗|么|不|呗|吧|嘛|好不好|行不行|可以吗)/,
    scope: 'clause',
    notSentence: /看货|验货|商品|产品|实物|质量|售后|安装|演示|开箱|直播|尺码|颜色|使用|教程|平台|问题|地址|订单|确认|核对|物流|快递|说明|操作|指导|调试|(?:您|你)(?:下班|晚上|今晚|周末)/,
  },
  {
    // 可以视频聊聊吗 / 下班后视频一下 — a private call, not showing the goods.
    words: ['视频聊聊', '视频聊天', '语音聊聊', '语音聊天', '视频一下', '开个视频', '打个视频', '视频通话'],
    severity: 'block',
    message: '约买家私下视频或语音聊天，与客户服务无关',
    sentence: DATE,
    notSentence: /看货|验货|商品|产品|实物|质量|售后|安装|演示|开箱|直播|尺码|颜色|使用|教程|平台|问题/,
  },
  {
    words: [
      '约饭', '约个饭', '约顿饭', '约个会', '约会吗', '约不约', '出来约', '请你吃饭', '请您吃饭', '请你喝', '请你看电影', '请您看电影', '约你出来', '约你吃', '约你看', '约您出来', '私下约你', '私下约您', '单独约你', '单独约您',
      '想认识你', '认识一下你', '认识你一下', '处处看', '处对象', '考虑下我', '考虑一下我', '做我女朋友', '做我男朋友', '当我女朋友', '当我男朋友', '做我对象', '爱上你',
      '想见你', '见个面吧', '发张自拍', '发个自拍', '发自拍', '自拍给我', '自拍发我', '陪我聊', '陪我聊天', '陪你聊天', '今晚陪我', '晚上陪我', '想和你交往', '交往一下',
      '我们交往', '加个好友聊聊', '私下聊聊天', '聊聊人生', '我喜欢你', '喜欢上你', '暗恋你', '面基', '网友见面',
    ],
    severity: 'block',
    message: '与买家搭讪、约会或索要私人照片，与客户服务无关',
    notBefore: /预$/,
    // (round 41, t41m: 私下约你 / 单独约您 a private date, not a service visit booked — 师傅会单独约您上门时间)
    notAfter: /^(?:杆|神器|灯|架|的(?:皮肤|头像|风格|款|颜色|眼光)|们|家|这款|这个|水|温水|的时候|上门|时间|安装|取件|取货|送货|量尺|测量|验货|售后)/,
  },
  {
    // Round 24 (t24a): the wish to meet the buyer in person (有机会真想见见您本人, 哪天能见一见你就好了) — not a courier or a check that needs
    // the buyer there (快递员需要见您本人核对身份证), nor the buyer's child or pet (真想见见您家宝宝).
    words: ['见见您', '见见你', '见您本人', '见你本人', '见一见您', '见一见你', '见上一面', '跟你见面', '和你见面', '跟您见面', '和您见面'],
    severity: 'block',
    message: '想与买家私下见面，与客户服务无关（规则 2.6）',
    sentence: /想|有机会|改天|哪天|约|能不能|可以|什么时候|好想|希望/,
    notAfter: /^(?:的|家|们)/,
    notSentence: /签收|身份证|核对|核实|快递|骑手|验货|门店|专柜|到店|自提|直播|视频验|宝宝|孩子|狗|猫/,
  },
  {
    // 有男朋友吗 / 有对象吗 — not 送女朋友的话.
    words: ['男朋友', '女朋友', '男友', '女友', '对象', '老公', '老婆'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    before: /(?:你|您)?(?:有没有|有)$/,
    after: /^(?:吗|么|没|嘛|了吗|没有|了没|呀|啊)/,
  },
  {
    // Round 29 (t29c): the same question spelt wholly in pinyin (xiao jie jie you nan peng you ma): the anchor's pinyin spelling
    // (RuleModule.pinyin) with 有 / 吗 in pinyin around it — not a gift (song nan peng you de), nor the agent's own (wo you nan peng you).
    words: ['男朋友', '女朋友', '男友', '女友', '对象'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    before: /(?<!wo|wojia|women)(?:you|youmeiyou)$/,
    after: /^(?:ma|me|mei|meiyou|lema|lemei)(?![a-z])/,
    latinSentence: /ma|mei/,
  },
  {
    // Word-order variant: 女朋友有没有呀, 对象有了没 — the question with nothing after it in the clause (not 女朋友有没有推荐的).
    words: ['男朋友', '女朋友', '男友', '女友', '对象', 'npy'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    scope: 'clause',
    notBefore: /送|给|帮|陪|和|跟|买|挑|选/,
    after: /^(?:有没有|有了没|有了吗|有吗|有木有|有没|找了没|找到了吗|谈了没|谈了吗)(?:呀|啊|呢|嘛|哇|哈)?$/,
  },
  {
    // 你挺适合做我npy的 / 当我的对象吧 — asking the buyer to be the agent's partner.
    words: ['npy', '对象', '女朋友', '男朋友', '女友', '男友', '另一半'],
    severity: 'block',
    message: '与买家搭讪、约会或索要私人照片，与客户服务无关',
    before: /(?:做|当|成为)(?:我|我的)$/,
  },
  {
    // A compliment on the buyer's person — voice, hands, eyes, smile: 您声音真好听，那条语音我听了三遍; 您的手真好看 —
    // not fitting advice (您皮肤白，适合这个色号; 您的手好看，戴这款戒指) nor 您声音有点小.
    words: ['声音', '嗓音', '手', '手指', '眼睛', '笑容', '笑起来', '身材', '腿', '皮肤', '头像', '样子', '气质', '名字'],
    severity: 'block',
    message: '评论买家相貌或声音并搭讪，与客户服务无关',
    // (round 43, t43e: …or the buyer called by a kin or flirty address — 姐姐声音一定很好听, 小姐姐眼睛好好看)
    before: /(?:你|您|姐姐|小姐姐|妹妹|小妹妹|美女|帅哥|哥哥|小哥哥|宝贝|亲爱的)(?:的)?$/,
    // Round 35 (t35e): …also a manner praised (头像好有气质, 您的样子很有魅力).
    after: /^(?:也|是)?(?:一定|肯定|应该)?(?:也)?(?:真|好|太|这么|超|挺|蛮|特别|很)?(?:好听|好看|温柔|甜|美|漂亮|迷人|性感|可爱|有磁性|苏|撩人|动人|勾人|有气质|有魅力|有女人味|有男人味|有味道)/,
    // (round 35, t35e: …or the goods said to suit them — 这条丝巾很配您)
    notSentence: /穿|戴|搭配|色号|适合|选|码|推荐|这款|款|宝宝|孩子|猫|狗|宠物|涂|用了|效果|刻|定制|印|(?:很|挺|特别|超)?(?:配|衬)(?:您|你)/,
  },
  {
    // Treating the buyer: 下班请您喝杯奶茶赔罪, 我请你吃顿火锅 — not 请您看一下订单.
    words: ['请你', '请您', '我请客', '我做东'],
    severity: 'block',
    message: '约买家吃喝见面，与客户服务无关',
    after: /^(?:$|吃(?:饭|个饭|顿|火锅|烧烤|夜宵|宵夜|大餐|东西)|喝(?:杯|一杯|个|点|奶茶|咖啡|酒|茶|两杯)|看(?:场|一场|部|个|一部)?(?:电影|演出|展|球|话剧|演唱会)|出来)/,
    notAfter: /^喝(?:杯|一杯|点)?(?:水|温水)/,
    // (round 30, t30b: a small sum framed as a treat — 差价我们贴了，就当请您喝奶茶 — invites no one)
    notBefore: /(?:就当|算是|当作|当做|权当|就算|算)(?:是)?(?:我们|我|店里|小店)?$/,
  },
  {
    // Chat decoupled from service: 以后有啥好玩的也可以找我聊，我下班挺无聊的，不聊买东西也行 — not 有问题随时找我聊.
    words: ['找我聊', '来找我聊', '找我玩', '陪我聊', '跟我聊', '和我聊', '找我说说话', '不聊买东西', '不聊售后', '不买东西也', '不聊订单', '不谈订单', '不谈买卖', '不聊工作', '不谈工作', '不聊生意', '不谈生意'],
    severity: 'block',
    message: '邀买家闲聊或陪伴，与客户服务无关',
    sentence: /不(?:聊|谈|买|为|下)(?:售后|买东西|东西|订单|单|商品|购物|工作|生意|买卖)|私聊|没事(?:也|就)|无聊|好玩|闲聊|想你|寂寞|一个人|下班|闷|没意思/,
    notSentence: /问题|售后问题|物流|退|换货|使用|安装/,
    // 以后没事也可以找我聊: the 没 of 没事 denies nothing.
    deniable: false,
  },
  {
    // The buyer's whereabouts asked for a personal purpose: 您店开在哪，我想去做; 您在哪个城市呀（after 下班请您喝杯奶茶）
    // — not 您在哪个城市，我帮您查最近的网点.
    words: ['在哪个城市', '在哪里', '在哪儿', '开在哪', '住哪', '住在哪', '在哪个区', '在哪'],
    severity: 'block',
    message: '打听买家住处并约见，与客户服务无关',
    before: /(?:你|您)(?:的)?(?:店|家|公司|工作室|美甲店)?(?:开|住|是)?$/,
    sentence: /我想去|我去找|我过去|去找(?:你|您)|去看(?:你|您)|见(?:个)?面|请(?:你|您)|找(?:你|您)玩|下班|约(?:你|您)|去你那|去您那/,
    window: 40,
    notSentence: /网点|快递|派送|收货|地址|发货|仓|物流|次日达|配送|门店|专柜|自提/,
  },
  {
    words: ['单身'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    before: /(?:你|您|是|还|还是|也是)$/,
    after: /^(?:吗|吧|么|嘛|没|呀|啊|的话|$)/,
    notAfter: /^(?:的话(?:推荐|可以|建议|选)|公寓|狗粮|贵族|宿舍|人士)/,
  },
  {
    // Round 22 (t22dv): the buyer's love life asked in Cantonese (有冇拍拖呀, 拍紧拖未, 你拍拖未) — 拍拖 is dating; not 拍拖鞋 (photographing
    // slippers) or 拍拖把 (a mop).
    words: ['拍拖', '拍紧拖', '拍咗拖'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    before: /(?:你|您)?(?:有冇|有没有|有无|有|系咪|是不是|是否|仲未|还没|还未|在|正在)(?:去)?$|(?:你|您)(?:而家|现在|最近)?(?:有)?$/,
    notAfter: /^(?:鞋|把|地|板|布|车|的(?:鞋|照片|图))/,
    notSentence: /送|礼物|情侣款|纪念日|对戒/,
    // 有冇 asks (冇 is a negator elsewhere).
    deniable: false,
  },
  {
    // Round 30 (t30d): the buyer's partner asked about by a euphemism (小姐姐身边有护花使者吗, 美女名花有主了没, 有心上人没): warn —
    // a flirt's question, read as such only when asked of the buyer. Not a gift for one (送心上人), a product's name (“护花使者”款).
    words: ['护花使者', '名花有主', '名草有主', '心上人', '意中人'],
    severity: 'warn',
    message: '打听买家感情状况，与客户服务无关',
    sentence: [/吗|么|没|不|[？?]|呢/, /您|你|小姐姐|美女|帅哥|小哥哥|亲|姐姐|妹妹|身边/],
    notSentence: /送|礼物|礼盒|情侣款|纪念日|对戒|款|系列|适合|推荐|喜欢|款式|名字叫|叫做|香水|手链|项链/,
    window: 20,
  },
  {
    words: ['单身吗', '单身吧', '单身么', '还单身', '是单身'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    notAfter: /^(?:公寓|狗粮|贵族|宿舍|人士)/,
  },
  {
    // Round 36 (t36c): the same question in English, as agents mixing languages write it (are you single？, still single吗, 有 boyfriend
    // 吗). Not a gift or a product for singles (single 的朋友送这款, 适合 single 女生), nor a single size or item (single 还是 double).
    words: ['are you single', 'r u single', 'you single', 'u single', 'still single', 'single吗', 'single么', 'single嘛', 'single不', 'single没',
      'have a boyfriend', 'have a girlfriend', 'got a boyfriend', 'got a girlfriend', 'have boyfriend', 'have girlfriend', 'any boyfriend', 'any girlfriend',
      '有boyfriend', '有girlfriend', '有bf吗', '有gf吗', 'boyfriend吗', 'girlfriend吗'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    notSentence: /送|礼物|礼盒|情侣款|适合|推荐|这款|款式|尺码|搭配|double|size|bed|room|房|床|杯|份|单人/,
  },
  {
    // Round 25 (t25a): the relation asked with a bare 不 / 没 / 否 closing the question (单身不？, 有对象没？, 有男朋友不呀, 单不单身) —
    // the clause ends on the particle. Not a statement going on (单身不用愁, 有对象不如送这款, 单身没关系).
    words: ['单身不', '单身没', '单身否', '单不单身', '单没单身', '有对象不', '有对象没', '有男朋友不', '有女朋友不', '有男朋友没', '有女朋友没', '有老公不', '有老婆不', '有男票不', '有女票不'],
    severity: 'block',
    message: '打听买家感情状况，与客户服务无关',
    after: /^(?:有|呀|啊|呢|哇|啦|嘛)?$/,
    // (the window: a question's cancels come from the next sentence's first clause — 有对象不？送礼的话推荐这款)
    notSentence: /送|礼物|礼盒|情侣款|适合|推荐|这款|款式|尺码|搭配/,
    window: 30,
  },
  {
    // An outing, a meeting or a friendship offer is personal only with date words and no price talk.
    words: ['交个朋友', '做个朋友', '交朋友', '出来玩', '出去玩', '一起玩', '看电影', '一起吃饭', '吃个饭', '喝一杯', '见个面', '见一面', '见面', '陪我', '陪陪我', '一起去吃', '一起吃', '一起喝', '一起去玩', '一起去看', '一起出去', '出来吃', '出来喝', '出来走走', '出来逛逛',
      // Round 22 (t22dv): Cantonese 出嚟 for 出来 (得闲出嚟食饭, 收工出嚟饮嘢).
      '出嚟食', '出嚟饮', '出嚟玩', '出嚟行街', '出嚟见',
      // Round 24 (t24a): Cantonese meals and drinks asked (今晚得唔得闲食个饭呀, 一齐去饮杯嘢, 睇场戏).
      '食个饭', '食餐饭', '食顿饭', '一齐食', '一齐去食', '饮杯嘢', '饮番杯', '一齐饮', '睇场戏', '一齐睇戏',
      // Round 36 (t36c): the outing named in English (周末一起 coffee 呗, grab a drink, 出来 hang out 一下).
      '一起coffee', '一起喝coffee', '一起dinner', '一起lunch', '一起brunch', '一起drink', '一起movie', '一起date', '一起hangout', 'grab a coffee', 'grab coffee', 'grab a drink', 'grab dinner', 'grab lunch',
      '出来hangout', '出去hangout', 'hangout一下', 'go on a date', 'go out with me', 'date一下', '约个date', '出来date'],
    severity: 'block',
    message: '疑似与买家搭讪、约会，与客户服务无关',
    sentence: DATE,
    sentenceSkipsAnchor: true,
    notSentence: [FAMILY, PROMO],
    // (round 32, t32d: …nor the meeting refused with a verb between, 也不安排见面, 没法约线下见面, 不接受当面交易 — 不 alone is no
    // denial word, so the bare 不 before the arranging verb carries it)
    notBefore: /(?:不|没法|无法|不能|不会|没有)(?:安排|约|组织|接受|提供|支持|做|搞)(?:线下|当面|私下|面对面)?$/,
    // (round 24, t24a: …nor the agent's own meal first, 今晚食个饭先/吃个饭先，听日再跟进)
    // (round 36, t36c: …nor the English word naming a product or a moment — 一起 coffee time 的时候, coffee machine, coffee 杯)
    notAfter: /^(?:们|的时候|时|用|戴|穿|先|time|break|machine|maker|bean|cup|mug|set|杯|豆|机|壶)/,
    // (round 30, t30b: …nor a drink or meal told by what it does — 加班党喝一杯能撑到下班, 晚上喝一杯好睡: the product's use)
    // (round 30, t30d: …nor the outing done with the product — 晚上一个人在家用这个投影仪看电影, 拿这款音箱一起唱歌: its use)
    // (round 32, t32a: …nor a meeting to hand over money or goods — 约个地方见面，现金给我, 同城见面给钱: a trade off the platform, 2.3's
    // business (off-platform-trade), not a date)
    // (round 36, t36g: …nor the product said to suit a shared use — 这款咖啡豆适合周末一起喝, 这套桌游适合朋友聚会一起玩: productSuits)
    unless: (ctx, start, end) =>
      CONSUMED_EFFECT.test(ctx.after(end, 10, 'soft')) || PRODUCT_USED_FOR.test(ctx.before(start, 14, 'soft')) || productSuits(ctx, start, end) ||
      (MEETING.test(ctx.compact.slice(start, end)) && TRADE_MEET.test(sentenceOf(ctx, start, end, 30)) && !/[你您]本人|单独|单身|交个朋友|约会|吃饭|喝一杯|看电影|认识一下|认识认识|俩|两个人|二人世界|就我们/.test(sentenceOf(ctx, start, end, 30))),
  },
  {
    // Round 39 (t39b): a meeting with the buyer proposed outright, no date words needed (闻香识人，您用这款我也喜欢，要不见一面？; 聊得挺投机，不如
    // 咱俩见个面; 哪天方便见一面吧): nothing in a shop's service is done by meeting the buyer. Not a trade meeting (当面验货, 见面交易 — 2.3's), an
    // errand with the goods (师傅上门), a meeting refused (不方便见面), or someone else's meeting (您和朋友见一面).
    words: ['见一面', '见个面', '见见面', '见面'],
    severity: 'block',
    message: '想与买家私下见面，与客户服务无关（规则 2.6）',
    before: /(?:要不|要不要|不如|干脆|咱们|咱俩|我们俩|哪天|改天|找(?:个)?(?:时间|机会)|有机会|方便的话|约(?:个)?(?:时间|地方)?)(?:我们|咱们|咱俩|咱|就|出来|一起|方便|有空|有时间|的话)*$/,
    notBefore: /(?:您|你)(?:们)?(?:和|跟|与|同)(?!我)[^，。！？]{0,8}$|(?:(?<![要如])不|没法|无法|不能|不会|没有|不方便)[^，。！？]{0,4}$/,
    notSentence: [FAMILY, TRADE_MEET, /师傅|上门|安装|维修|门店|实体店|店里|展厅|仓库|自提|线下店|客户经理|业务|合同|签约|供货|批发|代理/],
    // 要不 is a proposal, not a denial: refusals are notBefore's.
    deniable: false,
  },
  {
    // An outing with the agent named by its activity: 要不要一起去爬山, 周末一起去唱歌 — not 要不要一起下单, family trips (和家人一起去露营).
    // Round 36 (t36f): …also set for another day (改天一起骑车, 下次一起去钓鱼, 有空一起露营) and by the buyer's hobby (骑车, 钓, 徒步, 拍照).
    words: ['一起去', '一起出去', '要不要一起', '改天一起', '下次一起', '哪天一起', '有空一起', '找个时间一起', '约个时间一起', '有机会一起'],
    severity: 'block',
    message: '约买家一起出游，与客户服务无关',
    after: /^(?:去)?(?:爬山|看|吃|喝|玩|逛|唱|旅游|旅行|散步|走走|兜风|钓鱼|钓|泡温泉|跑步|跑|健身|打球|蹦迪|酒吧|游泳|骑行|骑车|骑|露营|看海|徒步|拍照|约拍|聚|出去)/,
    // (round 36, t36f: …nor the buyer's own outing with others, 如果您和朋友周末一起去钓鱼 — not 您和我一起去)
    notBefore: /(?:您|你)(?:们)?(?:和|跟|与|同|带着?)(?!我)[^，。！？]{0,8}$/,
    notSentence: [FAMILY, PROMO, /这款|适合|穿|戴|带上|装备|帐篷|背包|鞋/],
  },
  {
    // Round 36 (t36f): the agent's own group outing, the buyer asked along with a bare 要不要一起 (我们车队周末去环太湖，要不要一起？; 我和几个钓友
    // 下周去水库，一起不？): the outing told just before. Not goods shipped or bought together (这两件要不要一起发, 要不要一起下单).
    words: ['要不要一起', '一起不', '一起吗', '一块去吗', '一起去吗', '来不来'],
    severity: 'block',
    message: '约买家一起出游，与客户服务无关',
    after: /^(?:来|去|参加|加入)?(?:呀|啊|呢|嘛|吧|哈)?$/,
    scope: 'clause',
    window: 30,
    // Round 41 (t41c): …or a place in the agent's own team or table short and the buyer asked to fill it (周日我们球队缺个门将，您来不来？;
    // 我们牌局周六少个人，来吗).
    sentence: [/(?:我们|我|咱们)[^。！？]{0,14}?(?:去|要去|打算去|准备去|约了|组织|出发|聚)|(?:我们|我|咱们)[^。！？]{0,8}?(?:球队|队里|队伍|战队|乐队|车队|跑团|牌局|饭局|局)[^。！？]{0,6}?(?:缺|少|差)(?:个|一个|两个|几个|点)?(?:人|门将|守门员|队员|替补|前锋|后卫|鼓手|贝斯|搭子|牌搭子)/, /周末|下周|明天|后天|改天|过几天|月底|假期|今晚|这周|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]/],
    notSentence: [FAMILY, PROMO, /下单|拍下|凑单|发货|发出|打包|合并|一起发|一起寄|一起买|这款|两件|几件|快递|寄|退货|换货|仓库|补货|售后|订单|包裹|取件|直播/],
  },
  {
    // 有空吗 asks about a date only with outing words; 您今天有空吗，我给您打电话核实 is service.
    // Round 36 (t36c): …or asked in English (are you free tonight 美女, you free this weekend？一起吃饭), judged the same way.
    words: ['有空吗', '有时间吗', '有空么', '有空不', '有没有空', 'are you free', 'r u free', 'you free', 'u free', 'free tonight', 'free this weekend', 'free after work', 'busy tonight', 'any plans tonight', 'any plans this weekend'],
    severity: 'block',
    message: '疑似约买家见面，与客户服务无关',
    sentence: /今晚|晚上|周末|下班|小姐姐|美女|帅哥|小哥哥|亲爱的|一起|约|请你|出来|出去|吃饭|电影|喝|玩|逛|tonight|weekend|dinner|drink|coffee|movie|date/,
    notSentence: [FAMILY, PROMO, /电话|核实|确认|处理|沟通|视频验货|直播/],
  },
  {
    // Round 32 (t32d): the agent confessing feelings for the buyer in the 您 form (我好像喜欢上您了, 我是真的有点爱上您了, 我对您
    // 有好感) — the speaker 我 owns the feeling. Not the buyer or their child liking the goods (宝宝一定会喜欢上您挑的这款).
    words: ['喜欢上您', '喜欢上你', '爱上您', '暗恋您', '对您有好感', '对你有好感', '对您动心', '对你动心', '对您心动', '对你心动'],
    severity: 'block',
    message: '向买家表白，与客户服务无关（规则 2.6）',
    before: /(?:我|人家)(?:好像|似乎|真的|是真的|已经|有点|有一点|可能|大概|竟然|貌似|偷偷|一直|早就|其实|是|都)*$/,
    notAfter: /^(?:的|家|挑|选|买|推荐|送)/,
  },
  {
    // Cute talk asking the buyer for comfort and company (人家心情不好，安慰一下伦家嘛, 你哄哄人家) — the agent's own
    // feelings made the buyer's business. Not 给您补张券安慰一下 (the shop comforting the buyer).
    words: ['伦家', '银家', '哄哄人家', '哄哄我', '哄我开心', '安慰一下我', '安慰下我', '安慰我', '安慰一下人家', '安慰下人家', '安慰人家', '安慰安慰我', '陪我说说话', '陪我说话', '陪陪人家', '被你撩', '撩到我', '撩到人家', '不理人家', '理理人家', '人家好伤心', '人家好难过', '人家不开心', '人家心情不好', '陪人家', '想跟你多聊', '想和你多聊', '跟你多聊', '多陪陪我', '抱抱我', '想你了', '想抱抱你', '好想抱', '想抱你'],
    severity: 'block',
    message: '向买家撒娇、求安慰或求陪伴，与客户服务无关',
    notBefore: /好$/,
  },
  {
    // 你好可耐 / 亲亲你真可耐 — cute-talk spelling of 可爱 aimed at the buyer, not at the goods.
    words: ['可耐', '可爱'],
    severity: 'block',
    message: '评论买家并撒娇搭讪，与客户服务无关',
    before: /(?:你|您|亲|小姐姐|小哥哥)(?:好|真|超|太|这么|蛮|挺)?$/,
    sentence: /可耐|人家|伦家|嘛|聊|陪|安慰|哄|想你|单身|认识|约/,
    notSentence: /款|宝宝|孩子|玩偶|娃娃|小熊|猫|狗|包装|颜色|设计|图案/,
  },
  {
    // Round 42 (t42k): the buyer invited to the agent's home for a meal or a visit (哪天我做几道菜，约您来家里尝尝; 周末来我家吃顿饺子吧;
    // 有空到我家坐坐): a private meeting whatever the pretext. Not the shop's premises (来我们家店里, 门店), an installer's visit to the
    // buyer's home (师傅到您家), nor the invitation refused.
    words: ['来家里', '来我家', '到我家', '去我家', '来我们家', '到我们家', '去我们家', '上我家', '来寒舍', '到家里来', '来家里来'],
    severity: 'block',
    message: '邀请买家到家中吃饭做客，与客户服务无关',
    after: /^(?:里|来|玩|坐|吃|尝|喝|做客|聚|过节|包|涮|烤|品|看看)/,
    sentence: /约|请|欢迎|要不要|要不|哪天|改天|下次|下回|回头|有空|得闲|周末|一起|吧|[?？]|来呀|来啊|过来/,
    notSentence: /适合|(?:朋友|家人|亲戚|客人|同事|孩子|亲友)(?:们)?(?:来|到)|店|门店|直播间|体验|工作室|仓库|工厂|(?:不|没法|无法|不能|不会|不便)(?:约|请|邀请|接待)|师傅|安装|上门|快递|寄/,
  },
  {
    // A compliment on looks or voice that leads somewhere personal.
    words: ['你好漂亮', '你真漂亮', '你长得', '长得真好看', '长得好看', '你好美', '你真美', '声音好好听', '声音真好听', '声音好甜', '说话挺温柔', '头像挺漂亮', '头像真好看', '头像好漂亮', '你好帅', '你真帅', '好可爱啊你'],
    severity: 'block',
    message: '评论买家外貌并搭讪，与客户服务无关',
    sentence: /单身|认识|交个朋友|加|私下|约|有空|男朋友|女朋友|对象|聊聊|自拍|照片|见面|微信|电话|喜欢/,
  },
];

const rule = cueRule({
  pinyin: true,
  skipQuoted: true,
  meta: {
    id: 'dating',
    clause: '2.6',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '搭讪、约会或私人交往', en: 'Flirting, dating or personal advances' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于客户服务。打听买家是否单身、约吃饭看电影、索要自拍、“交个朋友”等私人交往会被拦截；直播话术“给大家交个朋友”（降价）和送礼推荐不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Asking whether the buyer is single, inviting them out or asking for selfies is blocked; livestream slang for a discount and gift advice are fine.',
    },
    hint: { zh: '删除与服务无关的私人内容，保持专业的客服沟通。', en: 'Remove the personal content and keep the conversation professional.' },
  },
  cues: framed(cues),
  regexes: WARNING_FRAME_REGEXES,
});

export default rule;
