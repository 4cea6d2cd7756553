// 2.3: ads for, and redirects to, other platforms and shops — 淘宝 天猫 京东 拼多多 抖音 小红书 闲鱼
// 得物 唯品会 微店 … and their euphemisms (某宝 某东 狗东 拼夕夕 PDD TB 咸鱼 DY 🍑宝), the shop's own
// 独立站/官网/小程序, another shopping app named or described (下载「海豚优选」APP填邀请码, 橙色图标的购物app搜店名), 同名店铺, "搜我们店名" / 搜“店名” after the platform (also told to "you": 你在dy上搜我们店名), an account id given for it
// (小红薯号 6372…, dy直播间…ID：hk88, 我们小红书账号 @…), 走淘宝那个链接, "那边更便宜", a friend's shop there
// (我朋友在京东开的那家店…), a referral (报我名字打八折), a platform described instead of named with the shop or a lure there
// (那个音符图标的平台上我们也开了店, 去那本“红色的书”上搜我们店名, “淘”字开头的app价格更低, 聊天软件里搜小程序输入店名). Neutral mentions are fine: 您说在别的平台看到更便宜…,
// the buyer's words quoted back (您提到“淘宝更便宜”), someone who bought there (我朋友也在淘宝买过), 您在淘宝买的那单 / 订单号…, 本单使用京东快递发货, 小红书同款, 抖音上的测评.
// Round 8 (t8-283): another account of the shop named or lured to (我还有个号叫“…”，那边福利比这多); a quoted name searched for
// with a lure (搜小程序“欧洲好物站”，新人首单立减; 百度搜“…”，注册送积分); 🐟上 (闲鱼); 挂了一样的 there; an account id after a clause
// (vx同dy号，都是 hanbeauty_kk).
// the buyer's words quoted back (您提到“淘宝更便宜”), someone who bought there (我朋友也在淘宝买过), 您在淘宝买的那单 / 订单号…, 本单使用京东快递发货, 小红书同款, 抖音上的测评;
// Round 9: the conversation moved there (咱们去小红书聊, 到抖音上私聊); another person's shop the buyer is sent to (隔壁…是我朋友开的，
// 您去看看，报我名字打九折).
// JD named as the courier among courier words (顺丰停派，仓库改成了京东，单号…; round 8).
// (round 12: …or go to someone's shop there: 您去我姐姐的微店看看, 去我朋友的淘宝店拍吧 — not the brand's own flagship)
const THERE_BUY = /(?:您|你)(?:就|直接|可以|再)?(?:去|到|在|上)(?:那边|那里|那儿|那上面|那个上面|那)(?:上面|里)?(?:拍|买|下单|付款|购买)(?![过了的到])/;
// Round 30 (t30d): the platform's escrow named as the way to pay (某宝担保, 闲鱼的担保交易), or the payment said to go through it (付款走…, 钱通过…付).
const ESCROW_AFTER = /^(?:上|那边|平台)?(?:的)?担保/;
const ESCROW_OFFERED = /走|用|也行|都行|就行|可以|没问题|也可|方便/;
const PAY_ROUTED_BEFORE = /(?:付款|付钱|支付|交易|结账|尾款|定金|货款|钱)(?:也|都|就|可以|能|还)?(?:走|通过|用)$/;
const OWNER_SHOP_ACT = /^(?:上|里)?(?:的)?(?:店|小店|旗舰店|店铺|网店)?(?:里|上)?(?:看看|看一下|瞧瞧|买|拍|下单|逛|找|搜)/;
const GO_VIA_OWNER = /(?:去|到)(?:我|我们)?(?:的)?[\u4e00-\u9fff]{1,4}的$/;
// Round 12 (t12a): the same name there (vx/dy/xhs 都同名哦), a pinyin platform with a pinyin redirect (dou yin … sou …).
// Round 11 (t11a): our own app with where to get it or a newcomer's lure (我们有个自己的APP…应用商店就能下，新人首单立减50), and
// another shop or account of ours introduced by 还有/另外开了 with a lure there (我们快手还有个2号店…那边底价更低).

import { reportedThenDenied } from '../detect/answered';
import { endsAsQuestion, nextSentenceStart } from '../detect/cue-rule';
import { defineRule } from '../define-rule';
import { matchesOf, phraseRegex, type LintContext, type TermHit } from '../context';
import { compactRange, denied, sentence, Spans, warningContext } from '../detect/cues';
import { PLATFORM_TERMS } from '../lexicon/third-party';
import { quotedSpeech } from '../detect/quoted';

// Round 10 (t10b): bare short names 鱼上 (闲鱼上) and 夕夕 (拼夕夕), judged by the same shop/search/lure tests (not 三文鱼上桌).
// Emoji spellings the compact view cannot see: 🍑宝 (淘宝), 🍠 (小红薯) and 📕 (小红书), 🎵 (抖音), 闲🐟.
// Each of them is astral (a high surrogate in the text): a cheap gate before the unicode regex.
const ASTRAL = /[\ud800-\udbff]/;
// …and a bare 🐟 as a place (🐟上也有, round 8).
const EMOJI_PLATFORMS = /🍑\s*宝|🍠|📕|🎵|[闲咸]\s*🐟|🐟(?=\s*[上里])|🐶\s*东|🐕\s*东/gu;
// The shop says it is there: 我们天猫店, 京东上我们也有旗舰店, 得物上有我们的店, 我们在淘宝也开了店.
/** Round 31 (t31b): someone else as the one with a shop there (品牌官方会在其他平台开店, 有的商家也在别的平台): not ours. */
// (round 35, t35a: not our own brand — 我们自家品牌天猫旗舰店 is ours: SELF_BEFORE)
const THIRD_OWNER = /(?:(?<!自家|自有|自己|自己的|我们|我们的|我家|咱家|本店|我们家)品牌|品牌方|厂家|原厂|官方|别人|别家|(?:有些|有的|其他|很多|不少|部分|一些)(?:商家|店|店铺|卖家|人|品牌))(?:也|都|会|可能|一般|还|通常)*(?:在)?$/;
// (round 47, t47b: …with our brand's name between, quoted in the draft — 我们自家品牌“NORDIC LEAF”天猫旗舰店下周上线)
const SELF_BEFORE = /(?:我们|我家|咱们|咱家|本店|我|我们家)(?:的|家|在|也在|还在|同样在)?(?:(?:自家|自有|自己的?|的)?品牌(?:[a-z0-9]{2,24}|[\u4e00-\u9fff]{2,6})?(?:的|在|也在)?)?$/;
// (round 17, fa17b: not 有的店 "some shops" — 天猫国际有的店卖的是中文版 compares channels, no shop of ours there)
// Round 52 (il52): …or an account seen there said to be ours (小红书刷到的那个博主就是我们家的, 抖音上那个主播是我们店的).
const STORE_AFTER = /^(?:上|里)?(?:刷到|看到|关注)?的?(?:那个|这个|那位)?(?:博主|主播|达人|up主|账号|帐号|号)(?:其实)?(?:就|也)?是(?:我们|我家|咱家|咱们|本店)(?:家|店)?(?:的|开的|自己的|自家的)|^(?!(?:国际|自营)?(?:上|里|那边|那里)?(?:也|还)?有的(?:店|商家|卖家|店铺|人))(?:国际|自营)?(?:上|里|那边|那里)?(?:我们|我家|咱们|咱家)?(?:也|还|同样|都)?(?:有|开了?|开的|开有|入驻了?|上架了?|挂了?|挂着|放了)(?:个|家|一家|一个|那家|这家|一间|间)?(?:我们|我家)?的?(?:店|家|旗舰店|同名店|分店|官方店|小店|专卖店|货|链接|同款|直播|号|账号|帐号|主页|一样的|一模一样的|同样的|(?:商品)?橱窗|铺子|小铺)/;
// …or the shop is listed there: 唯品会特卖今天有我们家, 京东上也有我们的货.
const LISTED_AFTER = /^[^，。]{0,8}(?:有|在卖|上架了?)(?:我们|我家|咱家)(?:家|的)?(?:店|货|链接|旗舰店|同款|商品)?/;
// Round 32 (t32e): …also with 的 before a storefront (我们B站的橱窗也在卖, 我家小红书的店铺里有).
const STORE_RIGHT_AFTER = /^(?:国际)?(?:店|旗舰店|小店|店铺|官方店|同名店|分店|专卖店|直播间|橱窗|商城|号|账号|帐号|主页|id)|^的(?:商品)?(?:店|旗舰店|小店|店铺|官方店|专卖店|直播间|橱窗|商城|主页)/;
// An account id given for the platform, anywhere later in the sentence: dy直播间…ID：hk88, 小红薯号 6372…
// (folded view; order, model and goods numbers are not accounts).
// …also after a clause that names it (vx同dy号，都是 hanbeauty_kk; round 8).
/** An @handle and an ask of it after a platform (round 16, t16): @海淘阿七 私信我. */
const AT_HANDLE = /[@＠]\s*[\u4e00-\u9fffa-z0-9][\u4e00-\u9fffa-z0-9_.\-]{1,19}/;
const AT_ACT = /私信|私我|私聊|关注|搜|找我|联系我|dm/;
const PLATFORM_ID = /(?<![a-z单批型货编列工员房楼车])(?:id|号|账号|帐号)\s*[:=]?\s*(?:[，,]\s*(?:都|也)?(?:是|就是|叫)\s*)?@?([a-z0-9][a-z0-9_.\-]{4,29})(?![a-z0-9_])/;
// Search for us there: 搜“澳洲小仓”, 搜我们店名 (folded view, quotes kept).
const SEARCH_US = /^[^。！？!?\n]{0,16}?搜(?:索|一下|下)?\s*(?:我们|我家|咱家|店名|本店|同名|[“「"『《])/;
// A quoted name searched for (搜“欧洲好物站”, 百度搜“环球优品汇”; folded view, round 8).
const SEARCH_QUOTED = /^[^。！？!?\n]{0,8}?搜(?:索|一下|下)?\s*[“「"『《]/;
/** Round 39 (t39d): a quoted name searched right after a described platform (…上了，搜'Lumière婚纱馆'; folded view, plain quotes too). */
const QUOTED_SEARCH_THERE = /^[^。！？!?\n]{0,8}?搜(?:索|一下|下)?\s*[“「"『《‘']/;
// A redirect: go there and buy / search / claim.
const ONE_SEARCH_HAS = /^(?:上|里|app)?(?:面)?(?:随便|直接)?(?:一搜|搜一下|搜一搜|搜搜|搜)(?:就|都|便|也)?(?:有|能买到|买得到|能找到|找得到|出来|一大把|很多|一堆)/;
const GO_BEFORE = /(?:去|到|上|来|打开|用|登录|下载|转到|移步|跳转|在|走)$/;
const ACTION_AFTER = /^(?:上|里|那边|app|极速版)?(?:也)?(?:(?:那个|这个|那边的?|的)链接|搜|搜索|找|拍(?![过了的])|买(?![过了的到])|下单(?![过了])|购买(?![过了的])|领|看看|逛|关注|私信|有卖|有售|有货|直接拍|旗舰店|店铺|聊(?!天记录|过)|细聊|详聊|私聊|沟通|联系我|找我)/;
// (round 9: 咱们去小红书聊 — the conversation itself moved there)
const SEARCH_OURS = /搜(?:索|一下|下)?(?:我们|我家|咱家|店名|本店|同名|我的)/;
// (round 39, t39i: …or our channel or page there — 在油管频道上，搜ModelKaiser就有)
const SEARCH_AFTER = /^(?:了|上了|里了)?(?:国际)?(?:上|里|app|店铺|店|旗舰店|商城|频道|主页)?(?:里|上)?(?:了)?(?:搜|搜索|搜一下|搜下|直接搜)/;
// Price lure: cheaper / better deal over there.
/** The buyer kept in this shop: 我们这有现货, 这边有货, 还是在我们这拍吧, 直接在快手拍 (not 我们这没货). */
const KEPT_HERE = /(?:我们这|我们这边|我们这里|咱们这|咱这|这边|这里|本店|店里)(?:就|都|也)?(?:有现货|有货|现货)|还是在(?:我们|咱们)?(?:这|这边|这里|店里|快手)(?:拍|买|下单)|(?:直接)?在(?:快手|这里|这边|我们这|本店)(?:直接)?(?:拍|下单|买)|别去[^]{0,6}(?:下单|买|拍)/;
/** Things with their own official sites that no shop here sells: tickets, bookings, visas. */
// (round 44, t44c: …or a software licence the goods come without, bought from its maker — 硬盘不预装软件，办公软件请到官网购买正版;
// 系统激活码请去微软官网买)
const NOT_OUR_TRADE = /机票|火车票|高铁票|车票|门票|船票|签证|酒店|航班|航空公司|景区|12306|软件|激活码|序列号|许可证|授权码|正版系统|操作系统/;
// (round 23, t23dy: …or a discount told by its 折 or a newcomer's deal — 新客首单八折, 打九五折, 新人立减)
const LURE = new RegExp(phraseRegex(['更便宜', '便宜', '划算', '更低', '低价', '更优惠', '优惠', '折扣', '秒杀', '满减', '赠品', '券', '包邮', '内部价', '会员价',
  '比这里', '比快手', '比平台', '价格低', '半价', '价格更', '更多款式', '款式更多', '那边', '那里', '试用', '福利', '抽奖', '首单', '新客', '立减']).source + '|[一二三四五六七八九\\d](?:五)?折');
// A neutral mention: the buyer's experience, a comparison we cannot make, logistics, trends.
const NEUTRAL = phraseRegex(['您说', '您提到', '你提到', '您问', '您反映', '您反馈', '您觉得', '您在', '您是在', '你在', '您看到', '看到', '别人', '有人', '网友', '很多人', '他们', '其他店', '别家', '不清楚', '没法', '无法',
  '不保证', '不敢保证', '保证不了', '不能保证', '无法保证', '不好说', '不确定', '比不了', '不是我们', '不是本店', '与我们无关', '和我们无关', '不一样', '快递', '物流', '配送', '发货', '测评', '推荐', '同款', '爆款',
  '网红', '火', '种草', '热门', '风格', '教程', '视频', '一样', '也是跨境', '售后需要联系', '那边的商家', '比价', '您买的', '您之前',
  '用不了', '不能用', '不支持', '不通用', '不适用',
  // Round 32 (t32c): the two told apart (配方有差别, 版本有区别), like 不一样.
  '有差别', '有区别', '区别在', '差别在', '不是一个版本', '不同版本', '不是一个东西', '不是同一个', '不是同一款',
  // …and the price gap given its reason (那家便宜是因为是国内版, 一般贸易的内贸版).
  '便宜是因为', '低是因为', '国内版', '国行版', '内贸版', '一般贸易',
  // Round 20 (t20bt): how they sell there, left unjudged (那边怎么卖我们不评价).
  '不评价', '不做评价', '不予评价', '不方便评价', '不好评价', '不评论']);
/**
 * Round 44 (t44d): the shop saying it does not know what goes on there (抖音那边的直播价我们不知道, 那边的活动我们这边也不了解) or that it never
 * sold there (我们没在那里卖过货): the place is out of our view, nobody is sent to it.
 */
const OURS_UNAWARE = /(?:我们|我|本店|咱们|我家|这边)(?:这边|店里)?(?:也|都|确实|真的|并|完全)?(?:不知道|不了解|不掌握|无从知道|没法知道)|(?:我们|我家|本店|咱们|咱家)(?:从来|从|也|都|并)?(?:没有?|不曾|没)在(?:那边|那里|那儿|上面|那上面|那个平台)(?:卖|开|上架|直播|开店)(?:过)?/;
/**
 * Round 32 (t32c): the redirect itself disowned (也不会让您去那边买, 不用去别的平台, 没必要去那边): the mention compares, it sends no one. Cut
 * out before the lure test; what is left must hold no lure or redirect of its own.
 */
const REDIRECT_DISOWNED = /(?:(?:不会|不能|不可能|没有|没|不)(?:让|叫|要|劝|引导|建议|推荐)(?:您|你)|(?:不用|不必|没必要|别|不要|用不着)(?:特意|专门|再)?)(?:去|到)(?:那边|那里|那儿|别的平台|其他平台|别家|那个平台|别处)(?:上|里)?(?:买|拍|下单|购买|看|比|比价)?/g;
/**
 * Round 62 (eng62b, metamorphic harness): the shop speaking of itself, as ONE class. Each site used to spell its own handful (我们|我家|咱家|咱们),
 * so 您去我们围脖看吧 was caught and 您去小店围脖看吧 / 搜本店小号 / 报咱店名字 were not: the same lure said with another word for "us".
 */
const OURS = '(?:我们|我家|咱家|咱们|本店|小店|咱店|敝店)';
/** Round 30 (t30a): a channel said to be better (官网更便宜, 小程序有专属券), and where our profile shows the way to it. */
const CHANNEL_BETTER = /^(?:上|里)?(?:的)?(?:价格|价|东西|同款|货)?(?:更|还|要|会|都|也)?(?:便宜|划算|优惠|实惠|低|有券|有专属券|有活动|有福利|有折扣|打折|半价)/;
const PROFILE_FINDS_IT = /(?:地址|网址|链接|入口|名字|网站|域名)[^，。]{0,4}(?:在|看|见|放在|挂在|写在)(?:我们|我|店铺|本店)?的?(?:店铺)?(?:简介|主页|头像|签名|置顶|评论区|公告|背景)|(?:简介|主页|签名|置顶|公告)(?:里|上)?(?:有|挂着|放着|写着|挂了|放了)(?:地址|网址|链接|入口)/;
/** Round 30 (t30a): we stream or are named there — the clause after the platform (上我们每晚直播, 上我们店叫…), and what makes it a lure. */
const OURS_LIVE_THERE = new RegExp(String.raw`^(?:上|里)(?:面)?${OURS}(?:的|家)?(?:店|店铺|号|账号|直播间)?(?:也|还|每天|每晚|天天|晚上|周末|都|一般)*[^，。]{0,6}?(?:直播|开播|叫|名叫|名字叫)`);
const OURS_NAMED_THERE = new RegExp(String.raw`^(?:上|里)(?:面)?${OURS}(?:的|家)?(?:店|店铺|号|账号)(?:名)?(?:也|就)?(?:叫|名叫|名字叫)`);
const LIVE_WHEN = /每天|每晚|天天|晚上|周末|\d+点|[一二三四五六七八九十]+点|福袋|抽奖|秒杀/;
/** A place run down (round 30): no guarantee, risky, fakes — and the buyer kept in this shop. */
const DOWNSIDE = /没保障|没有保障|没什么保障|不靠谱|有风险|风险大|不保真|容易买到假|假货多|没售后|没有售后|售后难|不放心/;
const KEPT_HERE_PLAIN = /还是(?:在|从)?(?:我们|咱们)?(?:这|这边|这里|店里|快手)|在(?:这|这边|这里|我们这|本店|快手)(?:下单|买|拍)|(?:我们|咱们)这(?:边|里)?(?:有保障|保真|有售后)/;
/** Someone else's words or a disowning: what still makes a mention neutral once our own shop is said to be there (round 30). */
/** Round 41 (t41g): the buyer told they can find us there (也能找到我们, 也可以搜到我家). */
const FOUND_US_THERE = new RegExp(String.raw`^(?:上|里|那边)?(?:也|还|同样|都)?(?:能|可以|可)(?:找到|搜到|看到|买到)${OURS}`);
const SOMEONE_ELSES = /您说|您提到|你提到|您问|您反映|您反馈|您在|你在|您是在|您看到|别人|有人|网友|他们|其他店|别家|不是我们|不是本店|与我们无关|和我们无关|冒充|假的/;
/** This shop's own price or page set as the measure: 以我们快手小店的页面价为准, 以本店链接为准 (not 以那边的价格为准). */
const HERE_STANDARD = /以(?:我们|本店|咱们|咱家|我家|这边|这里|快手|本平台|店里|店铺)[^，。那]{0,10}为准/;
// Redirects that no neutral word excuses: go and look there, I will send the link, search our shop.
// (round 23, t23dy: the referral by our shop's name or a code too — 报我们店名还送, 报本店暗号)
const REFERRAL = new RegExp(String.raw`报我(?:的)?名字|提我(?:的)?名字|报我名|报${OURS}(?:的)?(?:店名|名字|名号|暗号|工号)|报(?:店名|暗号)|说是我介绍|说我介绍`);
const STRONG_REDIRECT = new RegExp(String.raw`报我(?:的)?名字|提我(?:的)?名字|报我名|报${OURS}(?:的)?(?:店名|名字|名号|暗号|工号)|报店名|说是我介绍|说我介绍|报暗号|去那边|那边看看|那边拍|那边下单|那边买|链接我发|链接发您|发您链接|搜我们|搜店名|我挂了|挂了个|去看看`);
// (round 31, t31b: …or built by us — 我们自己建了个小网站, 我们另外搭了一个商城)
const CHANNEL_SELF = /(?:我们|我家|咱们|咱家|本店|店铺|我)(?:的|家)?(?:自己的?)?(?:(?:另外|还|也|自己)*(?:有|开了?|建了?|搭了?|做了?|弄了?))?(?:个|一个|一家|家)?(?:自己的?)?(?:小)?$/;
// Our goods over there and what they cost: 拼夕夕上我们同款只要99, 某宝我家这款才八十.
const OUR_PRICE_THERE = new RegExp(String.raw`^(?:国际|旗舰店)?(?:上|里|那边|那里)?${OURS}(?:家|的)?(?:同款|这款|这个|货|链接|店|东西|商品)[^，。]{0,6}?(?:只要|才|只需|只卖|便宜|更低|价格低|[0-9一二三四五六七八九十百]+(?:元|块|rmb))`);
// Another app as the place to buy: how it is introduced, what the buyer does there, and what excuses it.
const APP_LEAD = /下载|安装|装个|装一个|装一下|打开|去|到|上|用|是|那个|这个/;
// (round 38, t38i: 拍 of a camera filming — 对门觉得被拍到了，可以在App里设置隐私区域, 拍不到别人家 — buys nothing)
const APP_USE = /注册|邀请码|新人|首单|立减|领券|优惠券|搜|店名|下单|购买|买|(?<!被|偷|抓|航|自|跟|录|监|翻|摄)拍(?!到(?!手)|不到|得到|不进|进去|进来|摄|照|视频|录|清楚|清晰|下来的?(?:画面|视频|照片))|满\d*减|便宜|优惠|福利|返现|更低|低价|口令|半价/;
// (round 36, t36b: 您在 of the buyer's story there, not of this chat — 拍下后留言您在这边的订单号 ties the two orders together)
const APP_NEUTRAL = /您说|您提到|你提到|(?<!能|就|可以|即可)看到|(?:您|你)(?:是)?在(?!这边|这里|咱们这|我们这|本店|快手|这个平台|本平台)|别人|有人|网友|不支持|用不了|骗|冒充/;
// ---- round 49 (t49d) ----
// Round 49 (t49d, dev IH FA): a setting or feature opened in an app (App里打开“打印预览校色”会接近很多; 在App里开启护眼模式): use advice, nothing
// bought there — unless a shop word is in the sentence (下单, 领券, 搜店名, 新人…; the buyer's photo 拍得 is no purchase).
const APP_SETTING_T49D = /app(?:里|上|中|内)?(?:打开|开启|点开|找到|进入|关掉|关闭)[^，。！？]{0,12}?(?:设置|功能|模式|预览|校色|选项|开关)/;
const APP_SHOP_T49D = /下单|购买|买|领|券|优惠|便宜|新人|首单|立减|邀请码|店名|搜|注册|返现|更低|低价|半价|福利/;
// ---- end round 49 (t49d) ----
// Round 33 (t33c): …or a device's companion app, used to pair or connect it (蓝牙, 配对, 固件, 从app里连; round 38: APP也能连).
// (round 36, t36b: 单号 of a courier, not the order number here quoted to tie a second order to it — 拍下后留言您在这边的订单号)
// Round 37 (t37f): the device or its maker right before the app (耳机App, 手表的配套app, 品牌App).
const COMPANION_LEAD = /(?:耳机|手表|手环|相机|无人机|音箱|音响|设备|机器|仪器|牙刷|体脂秤|体重秤|扫地机|吸尘器|净化器|配套|品牌方?|厂家|原厂)(?:的|自己的|自带的|官方)?$/;
// Round 47 (t47e): …or the device bound by scanning its own code (再扫机身底部的二维码就能绑定了): a companion app's setup, not a shop.
const UTILITY_APP = /(?:机身|设备|机器|底座|包装盒)[^，。！？]{0,6}(?:二维码|码)[^，。！？]{0,4}(?:就能|就可以|即可|才能|可以|来)?(?:绑定|配网|配对|连接)(?!邀请|推荐|好友|手机号领)|银行|地图|物流|快递|海关|(?<!保)税(?![仓区])|翻译|相机|银联|(?<!订)单号|查询|溯源|防伪|验真|官方验证|支付宝|微信|蓝牙|配对|固件|(?:从|用|在|通过)app(?:里|上)?(?:连|绑定|配网)|app(?:也|都|就|还|照样)?(?:能|可以|可)(?:连|连接|绑定|配网|配对|控制|操控)/;
// A platform described instead of named: its icon, colour, first letter, kind (音符图标的平台, 红色的书, “淘”字开头, 聊天软件).
// (round 30, t30a: …or its mascot — 那只狗的平台, 那个猫的商城)
// (round 31, t31b: …or a word inside its name — 名字里带“多多”的平台, 名称中有个“淘”字的app)
// (round 48, t48f: …or its trade — 那个外卖软件, like 购物 and 二手)
const DESCRIBED = /名(?:字|称)(?:里|中|上)?(?:带|有|含)|图标|开头|字母|颜色|[红绿蓝黄橙紫粉黑](?:色|颜色)|音符|标志|logo|聊天|社交|购物|种草|短视频|二手|外卖|懂的|那本|砍一刀|砍价|(?:那只|那个|一只)(?:猫|狗)的?$/;
/**
 * Round 48 (t48f): the buyer told to order on a described app, our shop's name there told after it (用那个蓝色外卖软件下单，我们店在上面叫'…';
 * 去黄色那个团购软件买，我家在里面搜“…”就有): the sale moved to the other app. An order verb right after the app, then ours located on it.
 */
const ORDER_THERE = /^(?:上|里)?(?:面)?(?:直接)?(?:下单|下个单|点单|订购|订|购买|买|拍)/;
const OURS_NAMED_ON_APP = /(?:我们|我家|咱家|咱们|本店)(?:的)?(?:店|店铺|小店|门店)?(?:在|喺)?(?:上面|里面|那上面|那里面|那边|那里|上头)(?:的)?(?:名字|店名)?(?:就)?(?:叫|名叫|叫做|是|搜)/;
// …and the shop there, or the buyer sent there to search, buy or claim.
// (round 30, t30a: …or our goods put up there — 黄色那个二手软件上我们也挂了, 那边我们也上架了, 上面我们每晚开播)
// (round 31, t31b: …or our namesake account there — 另一个短视频平台上同名的那个号, 上面开了同名的号)
const THERE_ACT = /^(?:上|里|那边)(?:面)?[^。！？]{0,4}?(?:搜|找|开了?店|有店|有我们|入驻|关注|下单|买|拍|领|挂了|挂着|上架|开播|直播|有号|有账号|同名的?(?:那个|这个|那家)?(?:号|账号|帐号|店|小店|店铺)|(?:我们|我家|咱家)(?:的|家)?(?:自营店|旗舰店|小店|店|同款|这款))/;
/** Round 41 (t41l): the buyer sent to our account or shop, named before the described place (去我们的闲置号看看, 搜我家小号). */
const OURS_SENT_BEFORE = new RegExp(String.raw`(?:去|到|搜|关注|逛|找)(?:一下|下)?${OURS}(?:的|家)?[\u4e00-\u9fff]{0,4}?(?:店|店铺|小店|号|账号|小号|铺子|主页)`);
const THERE_OURS = /店名|我们|我家|咱家|同名|本店|便宜|优惠|福利|满减|更低|价格|专属|首字母/;
// The buyer sent to another shop: a referral or a go-and-buy there (round 9).
const OTHER_SHOP_GO = new RegExp(String.raw`报我(?:的)?名字|提我(?:的)?名字|报我名|报${OURS}(?:的)?(?:店名|名字|名号|暗号|工号)|报(?:店名|暗号)|说是我介绍|说我介绍|去(?:他家|那家|那边|他那|隔壁)(?:看看|买|拍|问问|下单)?|(?:他家|那家|那边)(?:有货|有卖|买|拍|下单|便宜|更便宜|优惠)|您去看看|你去看看|去看看`);
// Round 17 (t17b): an ad for someone close to the agent (帮朋友打个广告, 替我表姐宣传一下, 给闺蜜的店推广一波), then a lure or a name.
const FRIEND_AD = /(?:帮|替|给)(?:我)?(?:的)?(?:朋友|好友|闺蜜|姐妹|兄弟|哥们|亲戚|表姐|表妹|表哥|表弟|堂姐|堂妹|同学|老乡|发小|老公|老婆|姐姐|妹妹|哥哥|弟弟|家里人)(?:家|的店|店里|开的店)?(?:的)?(?:打|做|插|发)?(?:个|一个|一波|一下|下)?(?:小)?(?:广告|宣传|推广|吆喝|引流)(?:一下|下|一波)?/g;
const FRIEND_AD_LURE = /[一二三四五六七八九\d]折|折扣|优惠|便宜|特价|秒杀|福利|满减|包邮|送(?:小样|赠品|礼品|礼物)|报我|提我|说是我|新店|开业|上新|清仓|[“‘'"「]/;
// our account or goods named just before a platform's nickname (关注我们 / 去小店 …围脖; 本店的同款…上也有)
const OURS_FOLLOWED_BEFORE = new RegExp(String.raw`关注(?:一下|下)?${OURS}(?:的|家)?$`);
const OURS_VISITED_BEFORE = new RegExp(String.raw`(?:去|到|上|看|搜|逛)(?:一下|下)?${OURS}(?:的|家)?$`);
const OURS_GOODS_BEFORE = new RegExp(String.raw`${OURS}的?(?:店|店铺|货|东西|同款|链接)`);
const OTHER_SHOP = new RegExp(String.raw`${OURS}(?:的)?(?:另一家|另外一家|另一个|另外的?|其他的?)(?:店|小店|店铺)`);
// Round 23 (t23dy): a shop introduced by its quoted name (推荐您去“贝贝乐母婴”连锁店看看, 一家药妆店，叫“樱花药研所”, 我们合作的「萌爪宠物
// 用品」): the name and a shop noun, or a partner before it (folded view, quotes kept). Judged as a shop the buyer is sent to.
const NAMED_SHOP_GATE = /[“「"『‘']/;
const NAMED_SHOP = /[“「"『‘'][^“”「」"『』‘’'\n]{2,14}[”」"』’'](?:的)?(?:连锁店|连锁|门店|实体店|专卖店|旗舰店|小店|店铺|网店|超市|商行|药房|药店|便利店|商城|母婴店|(?<![小网])店)|(?:连锁店|门店|专卖店|药妆店|母婴店|超市|药房|药店|便利店|商行|(?<![本小网])店)[，,]?(?:名字)?(?:叫|名叫|叫做)[“「"『‘'][^“”「」"』‘’'\n]{2,14}[”」"』’']|(?:合作的|合作伙伴|合作商家|合作店铺|朋友的|隔壁的?)[“「"『‘'][^“”「」"『』‘’'\n]{2,14}[”」"』’']/g;
/**
 * Round 48 (t48f): a shop named by its quoted name and said to be a relative's or a friend's (旁边那家“橘子海淘”是我表姐开的, “小鹿童装”是我
 * 朋友家开的): judged as a named third-party shop (then a referral or a go-there sends the buyer to it).
 */
const KIN_SHOP = /[“「"『‘'][^“”「」"『』‘’'\n]{2,14}[”」"』’'](?:也)?(?:是|就是)(?:我|我们)(?:的)?(?:朋友|好友|闺蜜|姐妹|兄弟|哥们|亲戚|表姐|表妹|表哥|表弟|堂姐|堂妹|堂哥|堂弟|同学|老乡|发小|老公|老婆|姐姐|妹妹|哥哥|弟弟|舅舅|姑姑|小姨|阿姨|叔叔|嫂子|姐夫|家里人|家人)(?:家)?(?:开的|开)/g;
/** Round 48 (t48f): …or a neighbouring shop named in quotes (我们对面那家“闻香识”, 隔壁那间“…”): judged as a third-party named shop. */
const NEIGHBOUR_SHOP = /(?:对面|斜对面|隔壁|旁边)(?:的)?(?:那家|那间|一家)[“「"『‘'][^“”「」"『』‘’'\n]{2,14}[”」"』’']/g;
/** A partner, a friend's or another shop of ours named before the shop: its lure alone sends the buyer there. */
const NAMED_SHOP_THIRD = /合作|朋友|隔壁|别家|另外(?:开|有)|还开了|又开了|另一家|另开/;
/** Our own shop named (我们“悉尼优选”旗舰店, 本店“…”): not a third party, unless another one of ours (另外开了一家…). */
const NAMED_SHOP_OURS = /(?:我们|我家|咱家|咱们|本店|本|我们家)(?:的)?(?:店铺|店|小店)?(?:叫|是|名叫)?$/;
// Our other shop introduced (我们快手还有个2号店, 咱家另外开了个分店, 我们也有个小号; round 11) and a lure there.
const OWN_OTHER_LEAD = /(?:我们|我家|咱们|咱家|本店|我)[^，。！？]{0,6}?(?:还|另外|也|又|另)(?:有|开了?|开的|注册了?)(?:个|一个|家|一家|间)?(?:[\d一二两三四五六七八九贰叁])?$/;
const OURS_SOUGHT_BEFORE = /(?:搜|搜索|关注|去|到|上|找)(?:一下|下)?(?:我们|我家|咱家|咱们|本店|店里|我)(?:的)?$/;
const OWN_OTHER_LURE = /那边|那里|那个店|更低|便宜|福利|优惠|对比|去看|去那|关注|搜|满减|折扣|划算|价格低|底价|专属/;
const NOT_KUAISHOU = /(?:不是|不在|别在|不用)在?快手/g;
// Round 42 (t42f): …or its name said to be ours (店名跟我们一样, 名字和我家的一样): our namesake shop there.
// Round 12 (t12a): the same name there, and platforms spelt in pinyin with the redirect spelt in pinyin too.
/**
 * Round 36 (t36c): a namesake there disowned — 天猫、京东上同名的店铺和我们没有关系, 别的平台同名的号跟本店无关, 都不是我们开的,
 * 本店只在快手开设: no account of ours to find there. Round 44 (t44d): …or with us as the subject and the namesake after 跟 (我们家跟拼多多上
 * 那个同名的店不是一家, 本店和抖音上那个同名号没有任何关联).
 */
const NAMESAKE_DISOWNED = /(?:和|与|跟|同)(?:我们|本店|我家|咱们|咱家|我们店|我们家|本店铺|小店)(?:都|也|完全|根本|并|毫|一点)?(?:没有?(?:任何)?关系|无关|没关系|不相干|毫无关系|不是一家|没有关联|无关联)|(?:都|也|并|根本)?不是(?:我们|本店|我家|咱家)(?:家)?(?:开的|的店|的号|的账号)|(?:只|仅|只有|仅在|只在)(?:在)?(?:快手|本平台|这个平台|这里)(?:开(?:设|店|了)?|有店|经营|销售)|(?:我们|本店|我家|咱们|咱家|我们店|我们家)(?:家|店)?(?:跟|和|与|同)[^，。！？]{1,20}?(?:都|也|完全|根本|并|毫|一点)?(?:没有?(?:任何)?关系|无关|没关系|不相干|毫无关系|不是一家|不是一个|没有关联|无关联|没(?:有)?(?:任何)?关联)/;
const SAME_NAME = /同名|(?:一样|相同|同样|同一个)的?(?:名字?|店名|名称|id|昵称|号)|(?:名字|店名|名称|id|昵称)(?:都|也)?(?:(?:跟|和|与|同)(?:我们|我家|咱家|咱们|本店|这边|这里)(?:的|家的?)?(?:店名|名字)?(?:都|也|完全)?)?(?:一样|相同|一致)|(?:都|也)(?:是|叫)(?:这个|同一个|一样的?)(?:名字?|店名|名称)|都叫|也叫(?:这个|同一个)/;
const PINYIN_PLATFORM = /^(?:douyin|xiaohongshu|taobao|tianmao|pinduoduo|jingdong|xianyu|dewu)$/;
const PINYIN_REDIRECT = /sou(?!nd|rce|p|th|l)|guanzhu|zhibo|fuli|pianyi|youhui|dianming|dianpu|women|nabian|xiadan|lingquan|tongming|zhaowo|jiawo|gengduo|zhekou/;
/** Courier talk around JD (顺丰停派，改成京东; 单号, 揽收, 派送员): the parcel's carrier, not the shop. */
const COURIER_TALK = /顺丰|圆通|中通|申通|韵达|邮政|ems|极兔|德邦|百世|派送|停派|揽收|派件|快递员|运单|单号|时效|改发|改走|转寄|承运/;

/**
 * Round 44 (t44f): another shop identified by clues instead of its name — its avatar or logo described (头像是黄色松鼠的店) or its name spelt
 * as a riddle (店名四个字，第二个字是“果”, 店名带个“果”字) — with the buyer sent to find it: a redirect dressed so no name is said. Not our own
 * shop's page (点我们头像进店铺), nor a name the buyer asks about.
 */
const SHOP_RIDDLE = /(?:头像|店标|logo)(?:是|为|上是|上有|里有|画着|有)(?:一只|一个|个|只)?[^，。！？]{1,10}?的(?:[^，。！？]{0,8}?)(?:店|店铺|小店|家)|店名(?:是|有|共|一共)?[一二三四五六七八九两几0-9]个字|店名(?:的)?第[一二三四五六七八九0-9]个字|店名(?:里)?(?:带|有)(?:个|一个)?[^，。！？]{1,2}字/g;
const RIDDLE_SENT = /(?:去|到)(?:找|搜|看看|逛逛|问问|买)|找(?:一|这|那)?家|搜(?:一下|一搜|下)?|他们家|那家|人家/;
const RIDDLE_OURS = /(?:我们|本店|咱们|咱家|我家)(?:的|家)?(?:头像|店名|店标|logo)|点(?:我们|我)(?:的)?头像|进店|(?:您|你)(?:说|问)的/;

const rule = defineRule({
  meta: {
    id: 'other-platform-ad',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'info'],
    title: { zh: '推广其他平台或店铺', en: 'Ad for another platform or shop' },
    description: {
      zh: '引导买家去淘宝、京东、拼多多、抖音等平台（含 某宝、拼夕夕、PDD 等叫法）或店铺独立站下单。中性提及不算。',
      en: 'Sending the buyer to Taobao, JD, PDD, Douyin… (also euphemisms) or to the shop\'s own site. Neutral mentions are fine.',
    },
    hint: { zh: '删除其他平台的推广，请买家在本店铺下单。', en: 'Remove the promotion; the buyer orders in this shop.' },
  },
  terms: PLATFORM_TERMS,
  vocabulary: [SHOP_RIDDLE.source, RIDDLE_SENT.source, RIDDLE_OURS.source, SAME_NAME.source, OURS_SENT_BEFORE.source, PLATFORM_ID.source, SEARCH_US.source, SEARCH_OURS.source, FRIEND_AD.source, NAMED_SHOP.source, NAMED_SHOP_THIRD.source, KIN_SHOP.source, NEIGHBOUR_SHOP.source],
  check(ctx, hits) {
    const tokens: TermHit[] = [...hits];
    const emojiAt = new Map<number, [number, number]>();
    for (const m of ASTRAL.test(ctx.folded) ? matchesOf(EMOJI_PLATFORMS, ctx.folded) : []) {
      // 🍠 alone has no compact unit: a zero-width hit (judged around its position, reported in the folded view).
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      const bare = ctx.compactIndexOfFolded(m.index! + m[0].length) === start;
      tokens.push({ spec: { term: m[0], tag: 'platform' }, start, end: bare ? start : end, key: bare ? '' : ctx.compact.slice(start, end) });
      if (bare) emojiAt.set(start, [m.index!, m.index! + m[0].length]);
    }
    // Round 17 (t17b): an ad run for a friend's or relative's business (顺便帮朋友打个广告，'鹿岛海淘'今晚全场五折): judged as 'friend-ad'.
    for (const m of /广告|宣传|推广|吆喝|引流/.test(ctx.compact) ? matchesOf(FRIEND_AD, ctx.compact) : []) {
      tokens.push({ spec: { term: m[0], tag: 'friend-ad' }, start: m.index!, end: m.index! + m[0].length, key: m[0] });
    }
    for (const m of NAMED_SHOP_GATE.test(ctx.folded) ? matchesOf(NAMED_SHOP, ctx.folded) : []) {
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      tokens.push({ spec: { term: m[0], tag: 'named-shop' }, start, end, key: ctx.compact.slice(start, end) });
    }
    for (const m of NAMED_SHOP_GATE.test(ctx.folded) && /对面|隔壁|旁边/.test(ctx.compact) ? matchesOf(NEIGHBOUR_SHOP, ctx.folded) : []) {
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      tokens.push({ spec: { term: m[0], tag: 'named-shop' }, start, end, key: ctx.compact.slice(start, end) });
    }
    // Round 48 (t48f): a quoted shop said to be a relative's (KIN_SHOP): judged as a named shop, third party.
    for (const m of NAMED_SHOP_GATE.test(ctx.folded) && /开/.test(ctx.compact) ? matchesOf(KIN_SHOP, ctx.folded) : []) {
      const [start, end] = compactRange(ctx, m.index!, m.index! + m[0].length);
      tokens.push({ spec: { term: m[0], tag: 'named-shop' }, start, end, key: ctx.compact.slice(start, end) });
    }
    // Round 44 (t44f): another shop told by riddle (找一家头像是黄色松鼠的零食店，店名四个字，第二个字是“果”): 'riddle-shop'.
    for (const m of /头像|店名|店标|logo/.test(ctx.compact) ? matchesOf(SHOP_RIDDLE, ctx.compact) : []) {
      tokens.push({ spec: { term: m[0], tag: 'riddle-shop' }, start: m.index!, end: m.index! + m[0].length, key: m[0] });
    }
    // Nothing to judge (most drafts).
    if (tokens.length === 0) return;
    const taken = new Spans(ctx.compact.length);
    tokens.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of tokens) {
      if (hit.end > hit.start && taken.overlaps(hit.start, hit.end)) continue;
      const message = judge(ctx, emojiAt, hit);
      if (!message) continue;
      if (hit.end > hit.start) taken.add(hit.start, hit.end);
      const emoji = hit.end > hit.start ? undefined : emojiAt.get(hit.start);
      if (emoji) {
        const defusedEmoji = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
        ctx.report(rule, { start: emoji[0], end: emoji[1], view: 'folded', ...(defusedEmoji ? { severity: 'info' as const, message: '提到其他平台（否定语境）' } : { message }) });
        continue;
      }
      // The buyer's own words quoted back (您提到“淘宝更便宜”): a mention, not our ad.
      // (听说我们在别的平台也开了店？没有的: someone else's report asked back and denied; round 7, detect/answered.ts)
      if (quotedSpeech(ctx, hit.start, hit.end) || reportedThenDenied(ctx, ctx.before(hit.start, 40, 'hard'), hit.end) || askedThenDisowned(ctx, hit.end) || denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end) || /^(?:上|里|号|店|账号)?(?:我们|我家)?(?:没有|没|不|从不|并没有|并不|暂时没有|暂无)/.test(ctx.after(hit.end, 8))) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到其他平台（否定语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, message });
    }
  },
});

// check()'s helpers: module functions, not closures made on every draft (see likely-rule.ts unreadUnits). `emojiAt`: the
// compact positions of bare platform emoji (no compact unit of their own), to their folded ranges.
/** The folded text after a hit, up to the sentence end. */
function foldedAfter(ctx: LintContext, emojiAt: ReadonlyMap<number, [number, number]>, hit: TermHit): string {
  const from = emojiAt.get(hit.start)?.[1] ?? ctx.norm.compactToFolded[hit.end - 1]! + 1;
  return ctx.folded.slice(from, from + 40);
}

/**
 * Round 54 (eng54c): the buyer's sighting asked back bare (淘宝上也有同名店？) and disowned at the next sentence's start (那不是我们, 都不是
 * 我们开的): a namesake there denied, the buyer sent nowhere — unless the answer goes on to a lure or a search there (…不过那边也便宜, 搜店名).
 */
const DISOWN_OPENING = /^(?:那|这|那个|这个|那家|那些|它)?(?:个|家|些)?(?:都|也|并|可|肯定|绝对|真的)?不是(?:我们|本店|我家|咱家|咱们|我们家|我们店)/;
function askedThenDisowned(ctx: LintContext, end: number): boolean {
  if (!endsAsQuestion(ctx, end)) return false;
  const close = nextSentenceStart(ctx, end);
  if (!DISOWN_OPENING.test(ctx.compact.slice(close, close + 12))) return false;
  const answer = ctx.compact.slice(close, close + 80);
  return !LURE.test(answer) && !STRONG_REDIRECT.test(answer) && !/搜|关注|去那|过去|报我|找我|私聊|加我|也是我们|就是我们/.test(answer);
}

// (round 41, t41f) the buyer asked or said it; our having that channel denied after it.
const BUYER_ASKED = /(?:您|你|亲)(?:刚才|之前|是)?(?:问|说|想|提到|打听|咨询)/;
const CHANNEL_DENIAL = /(?:没有|没|并没有|没开|没建|没做|不做|不开|从来没有|从没有?)(?:过)?(?:自己的?|独立的?|单独的?|任何|别的|其他的?|什么)*$/;
function ownChannelDenied(ctx: LintContext, hit: TermHit): boolean {
  const rest = ctx.compact.slice(hit.end, hit.end + 60);
  for (let i = rest.indexOf(hit.key); i >= 0; i = rest.indexOf(hit.key, i + 1)) {
    if (CHANNEL_DENIAL.test(rest.slice(Math.max(0, i - 10), i)) && rest[i + hit.key.length] !== '的') return true;
  }
  return false;
}

/**
 * Round 43 (t43a): the platform's word inside a quoted shop name the buyer is told to search for in Kuaishou itself (在快手里搜店名“北欧母婴严选”):
 * part of our name here, no other place. The quote must hold more than the word, and the search be said to be in Kuaishou right before it.
 */
const KUAISHOU_SEARCH_BEFORE = /(?:快手|快手app|本平台|这个平台)(?:里|上|里面|上面|内)?(?:直接|可以)?(?:搜|搜索|查)(?:一下|下)?(?:店名|店铺名?|店铺名称|名字|我们|我们的店名|我们店)?[：:\s]*$/;
function nameSearchedInKuaishou(ctx: LintContext, hit: TermHit): boolean {
  if (hit.end <= hit.start) return false;
  const [o, c] = ctx.toOriginal(hit.start, hit.end);
  const lead = ctx.text.slice(Math.max(0, o - 16), o);
  const open = Math.max(lead.lastIndexOf('“'), lead.lastIndexOf('「'), lead.lastIndexOf('"'), lead.lastIndexOf('『'));
  if (open < 0 || /[”」"』]/.test(lead.slice(open + 1))) return false;
  const close = ctx.text.slice(c, c + 16).search(/[”」"』]/);
  if (close < 0 || open + 1 === lead.length && close === 0) return false;
  const at = o - lead.length + open;
  return KUAISHOU_SEARCH_BEFORE.test(ctx.text.slice(Math.max(0, at - 24), at));
}

/** Round 69 (engfa69): the buyer's purchase there (您在…网站买到的) and our after-sales for it refused in the same sentence. */
const BUYER_BOUGHT_AT = /(?:您|你)(?:之前|以前|是)?(?:在|从)[^，。！？]{0,10}$/;
const BOUGHT_AFTER = /^(?:上|里)?(?:买|购买|下单|拍|买到|购买到|拍到|下单买)(?:到)?(?:了)?的/;
const SERVICE_REFUSED = /(?:没法|没办法|不能|无法|不负责|不提供|不支持|不管|管不了|做不了|处理不了|不受理|受理不了|不给|不予)(?:给您|帮您|为您|给你|帮你)?(?:做|提供|处理|负责|办理)?(?:售后|退换|退货|换货|退款|保修|维修|处理|负责|鉴定)/;
function boughtThereRefused(ctx: LintContext, hit: TermHit, others: string): boolean {
  return BUYER_BOUGHT_AT.test(ctx.before(hit.start, 14, 'hard')) && BOUGHT_AFTER.test(ctx.after(hit.end, 8, 'hard')) && SERVICE_REFUSED.test(others) && !/加我|找我|联系我|私聊|我们的|我家的|本店的/.test(others);
}

function judge(ctx: LintContext, emojiAt: ReadonlyMap<number, [number, number]>, hit: TermHit): string | undefined {
  const tag = hit.spec.tag;
  if (tag === 'riddle-shop') {
    const s = sentence(ctx, hit.start, hit.end, 50);
    return RIDDLE_SENT.test(s) && !RIDDLE_OURS.test(s) ? '用头像、店名提示等暗语引导买家去别的店铺购买' : undefined;
  }
  if (tag === 'platform' && nameSearchedInKuaishou(ctx, hit)) return undefined;
  const before = ctx.before(hit.start, 10);
  // (round 47, t47b: SELF_BEFORE reads 36 units, so our brand's name fits between 我们…品牌 and the platform)
  const selfBefore = SELF_BEFORE.test(ctx.before(hit.start, 36));
  const after = ctx.after(hit.end, 24, 'hard');
  const s = sentence(ctx, hit.start, hit.end, 40);
  const others = s.replace(hit.key, '');
  // (round 21, t21bw: a same-name shop the buyer may come across, no lure — 您在其他地方看到同名店铺可以先问清楚再买)
  if (tag === 'same-name' && /(?:看到|见到|遇到|碰到|发现|刷到)(?:了|过)?(?:有|的|个|一些|一家|家|这种|那种)?$/.test(before) && !SEARCH_AFTER.test(after) && !/便宜|优惠|福利|划算|更低|就是我们|也是我们|是我们(?:的|家|开)|去那|过去拍/.test(s)) return undefined;
  if (tag === 'same-name') return SEARCH_AFTER.test(after) || /搜|找/.test(ctx.before(hit.start, 14, 'hard')) || /其他平台|别的平台|淘宝|京东|拼多多|抖音|小红书|某宝/.test(s) ? '引导买家到其他平台搜索同名店铺' : undefined;
  if (tag === 'nickname') {
    // Round 30 (t30a): a nickname is a place only when quoted (“多多”上) or followed by a place word after a boundary or a go-verb
    // (去多多搜, 音符app上) — not 优惠多多, 多多关照, 小黄鱼上锅蒸. Then it is judged like the platform's own name.
    const [o, c] = ctx.toOriginal(hit.start, hit.end);
    const quoted = /[“「"『‘']$/.test(ctx.text.slice(Math.max(0, o - 1), o)) && /^[”」"』’']/.test(ctx.text.slice(c, c + 1));
    const opens = hit.start === 0 || ctx.norm.breakBefore[hit.start]! > 0 || /(?:在|去|到|上|用|打开|登录|下载|那个|这个|个)$/.test(before);
    const placed = /^(?:app|平台|商城|那边|上|里)/.test(after) && !/^上(?:新|架|货|班|课|门|次|回|手|镜|锅|桌|色|瘾)/.test(after);
    const sentThere = /(?:去|到|上|打开|登录)$/.test(before) && /^(?:搜|找|下单|买|拍|领)/.test(after);
    // Round 42 (t42f): our account there visited (您去我们围脖看吧, 关注我家围脖), or a search told right after the place (在海鲜市场，搜“…”).
    const oursThere = (OURS_FOLLOWED_BEFORE.test(before) && !/^(?:的|款|链接|系列|新款|上新)/.test(after))
      || (OURS_VISITED_BEFORE.test(before) && /^(?:上|里)?(?:看|搜|找|关注|逛|私信|评论|留言|置顶)/.test(after));
    const searchedThere = opens && /^(?:上|里)?(?:直接)?(?:搜|搜索)(?:一下|下)?/.test(after);
    // (round 43, t43e: a one-character nickname — “抖”, “淘” — only when quoted: 发抖, 淘气, 手在抖 are words)
    if (hit.key.length === 1 && !quoted) return undefined;
    if (!(quoted || (opens && placed) || sentThere || oursThere || searchedThere)) return undefined;
    // (…our account there visited is the redirect itself — not an impostor or a stolen account warned of)
    if (oursThere && !/冒充|假的|假冒|不是我们|被盗|盗号|被封|封了|注销|停用|别去|不要去|别关注|不要关注|别信|别搜|不要搜/.test(s)) return '引导买家去其他平台（代称）看店铺的账号';
  }
  if (tag === 'other-account') {
    // 我还有个号叫“日韩好物小仓”，晚上八点直播，那边福利比这多: another account of ours, named or lured to (round 8).
    if (/您|你/.test(before) || /^码/.test(after)) return undefined;
    return /^(?:叫|名字|名叫|是|id|搜)/.test(after) || /那边|那里|福利|便宜|优惠|直播|搜|关注/.test(others) ? '推广店铺的另一个账号（引导买家离开本店）' : undefined;
  }
  if (tag === 'own-other-shop') {
    // Round 30 (t30d): our other account searched, followed or visited (您搜一下我们小号“…”, 关注我家副账号, 去咱家小号看看): the
    // verb itself sends the buyer there, no 还有 needed. Not an impostor or a closed account warned of (冒充我们小号的, 小号已经封了).
    if (OURS_SOUGHT_BEFORE.test(ctx.before(hit.start, 12, 'hard')) && !/冒充|假的|假冒|不是我们|被封|封了|注销|停用|不用了|别搜|不要搜|别关注|不要关注|别信/.test(s)) return '推广店铺的另一家店或账号（引导买家离开本店）';
    // 我们快手还有个2号店“…”，那边同款底价更低，您可以去对比 / 咱家另外开了个分店，那边福利多: another shop or account of ours
    // introduced by 还有/另外开了, with the buyer lured over there (round 11). Not 我们1号店发货 (no 还有), nor the buyer's.
    if (!OWN_OTHER_LEAD.test(ctx.before(hit.start, 14, 'hard')) || /您|你/.test(before)) return undefined;
    return OWN_OTHER_LURE.test(others) ? '推广店铺的另一家店或账号（引导买家离开本店）' : undefined;
  }
  if (tag === 'friend-ad') {
    // …with a lure or the business named (a quoted name, 店, 家) in the next sentences; not a refusal (我们不帮别人打广告).
    const w = sentence(ctx, hit.start, hit.end, 40) + ctx.after(hit.end, 40);
    // (…nor the buyer asked to promote our own listing to a friend: 您可以帮朋友推广一下我们的链接，有优惠)
    if (/您说|您问|你说|您提到|(?:您|你)(?:也|可以|能|就)?$/.test(before) || /^(?:一下|下|一波)?(?:我们|本店|咱们|我家|店里|这款|这个链接)/.test(after)) return undefined;
    return FRIEND_AD_LURE.test(w) ? '为亲友的店铺或生意打广告（推广他人店铺）' : undefined;
  }
  if (tag === 'other-shop') {
    // 隔壁“悉尼优选”是我朋友开的，这款他家有货，您去看看，报我名字打九折: the buyer sent to another shop, with a referral or a
    // go-and-buy there (round 9). Not a shop merely named (朋友家的狗也爱吃), nor the buyer's own words (您说隔壁家更便宜).
    const w = sentence(ctx, hit.start, hit.end, 40) + ctx.after(hit.end, 40);
    if (/您说|您问|你说|您提到|您在|你在|不是我们|冒充/.test(w)) return undefined;
    return OTHER_SHOP_GO.test(w) ? '引导买家去别的店铺购买（推广他人店铺）' : undefined;
  }
  if (tag === 'named-shop') {
    // …sent there (推荐您去…看看, 报我名字打九折), or a partner's or another shop's lure (合作的「…」清仓，三袋只要99). Not our own shop
    // named, the buyer's words, a namesake disowned, nor a shop the buyer mentioned (您说的“…”门店).
    const w = sentence(ctx, hit.start, hit.end, 40) + ctx.after(hit.end, 40);
    const lead = ctx.before(hit.start, 20, 'hard');
    if (/您说|您问|你说|您提到|您在|你在|不是我们|冒充|假的|与我们无关|和我们无关|没有关系/.test(w) || /(?:您|你)(?:说|提到|问)的?$/.test(lead)) return undefined;
    const third = NAMED_SHOP_THIRD.test(lead + hit.key) || /开的?$/.test(hit.key) || /^(?:对面|斜对面|旁边)/.test(hit.key); // (round 48: KIN_SHOP, NEIGHBOUR_SHOP)
    if (NAMED_SHOP_OURS.test(ctx.before(hit.start, 8)) && !third) return undefined;
    // (round 48, t48f: …or a word to say there for a freebie — 报工号0717免费领)
    return REFERRAL.test(w) || OTHER_SHOP_GO.test(w) || (third && (LURE.test(w) || /关注|去看|去逛|搜|清仓|上新|只要|才|报(?:一下)?(?:工号|暗号|口令)|免费(?:领|拿|试)/.test(w))) ? '推广其他店铺（引导买家去别的店购买）' : undefined;
  }
  if (tag === 'search-engine') {
    // 百度搜我们店名 / 谷歌搜 hkmall: finding the shop outside the platform.
    // …or a quoted name with our shop or a lure around it (我们新开了自己的商城，百度搜“环球优品汇”，注册送积分).
    return /^(?:上|里|一下)?(?:搜|搜索|一下)/.test(after) && (/我们|店名|店铺|官网|商城|品牌名|网站|同名/.test(after) || (SEARCH_QUOTED.test(foldedAfter(ctx, emojiAt, hit)) && /我们|商城|店|注册|首单|新人|积分|立减|优惠|便宜/.test(others))) ? '引导买家到站外搜索店铺' : undefined;
  }
  // Round 17: presence there denied (我们也不在其他平台开店, 没在淘宝上架): no shop there to send anyone to.
  if (/(?:不|没|没有|从不|从没|从来不|从来没)(?:在|去|上|到)$/.test(before) && !STRONG_REDIRECT.test(others)) return undefined;
  if ((tag === 'elsewhere' || tag === 'platform') && REDIRECT_DISOWNED.test(others)) {
    REDIRECT_DISOWNED.lastIndex = 0;
    const kept = others.replace(REDIRECT_DISOWNED, '');
    if (!LURE.test(kept) && !STRONG_REDIRECT.test(kept) && !SEARCH_OURS.test(kept) && !REFERRAL.test(kept) && !STORE_AFTER.test(after) && !selfBefore && !THERE_BUY.test(kept)) return undefined;
  }
  REDIRECT_DISOWNED.lastIndex = 0;
  if (tag === 'elsewhere') {
    // 其他平台也有我们的店 / 别的平台更便宜，去那边拍.
    // (round 31, t31b: not a brand's or another seller's shop there — 品牌官方会在其他平台开店，跟我们店没有关系)
    if ((STORE_AFTER.test(after) && !THIRD_OWNER.test(before)) || (selfBefore && /^(?:上|里)/.test(after))) return '推广店铺在其他平台的店（引导买家离开本平台）';
    // Round 20 (t20do): …or this shop's own page set as the measure (其他平台也有卖，价格以我们快手小店的页面为准): the buyer is kept here.
    // Round 41 (t41g): …or the buyer told they can find us there (您在别的平台也能找到我们，那边店名叫…): 您在 is the imperative's
    // subject, not the buyer's story. Not a refusal (在别的平台找不到我们) nor someone else's shop.
    if (FOUND_US_THERE.test(after) && !NAMESAKE_DISOWNED.test(s) && !/冒充|假的|不是我们|不是本店|无关/.test(s)) return '推广店铺在其他平台的店（引导买家离开本平台）';
    const neutral = NEUTRAL.test(others) || /您|你/.test(before) || (HERE_STANDARD.test(others) && !STRONG_REDIRECT.test(others));
    if (!neutral && (SEARCH_AFTER.test(after) || (GO_BEFORE.test(before) && ACTION_AFTER.test(after)) || LURE.test(others))) return '引导买家去其他平台购买';
    return undefined;
  }
  if (tag === 'described') {
    // 那个音符图标的平台上我们也开了店, 去那本“红色的书”上搜我们店名, 在聊天软件里搜小程序，输入我们店名.
    const lead = ctx.before(hit.start, 12, 'hard');
    // (round 31, t31b: 您在 excuses only the buyer's own story there, not the buyer sent to search us there — 您在另一个购物平台搜我们同名的店铺)
    // (round 39, t39d: …or a quoted name searched there — 全部款式都放在'红色小书'上了，搜'Lumière婚纱馆')
    const quotedSearch = /^(?:上|里)(?:面)?(?:了|的)?/.test(after) && QUOTED_SEARCH_THERE.test(foldedAfter(ctx, emojiAt, hit));
    const searchedThere = /^(?:直接)?搜(?:索|一下|下)?(?:我们|我家|咱家|店名|同名|本店)/.test(after) || quotedSearch;
    if (!DESCRIBED.test(lead) || /快手|本平台|这个平台|咱们平台|我们平台/.test(lead) || (/(?:您|你)(?:在|是在)/.test(lead) && !searchedThere)) return undefined;
    // (round 39, t39d: …or the little book of a colour — 放在'红色小书'上了)
    if (hit.key === '书' && !/[色的]小?$/.test(before)) return undefined;
    // (…or our other shop named in the sentence: 去我们另一家店，在那个橙色的购物软件上)
    // (round 11: …or our shop named first, then found there: 我们的店在另一个红色图标的购物软件上也有)
    const oursThere = OURS_GOODS_BEFORE.test(ctx.before(hit.start, 24, 'hard')) && /^(?:上|里)(?:面)?(?:也|还|都|同样)?(?:有|在卖|开着|能搜到|搜得到)/.test(after);
    // Round 30 (t30a): with our own shop asserted there (我们在那本红色的“书”上也开了店…您可以先看看真实测评), its reviews or notes are
    // the lure, not a neutral topic: only someone else's words or a disowning excuse it then.
    const orderedThere = ORDER_THERE.test(after) && OURS_NAMED_ON_APP.test(others);
    const shopThere = orderedThere || STORE_AFTER.test(after) || /^(?:上|里)(?:面)?(?:也|还|同样)?(?:开了?(?:个|家)?(?:店|旗舰店|小店)|有(?:个|家)?(?:店|旗舰店)|入驻|(?:开了?|有)?(?:个)?同名的?(?:那个|这个)?(?:号|账号|帐号|店|小店|店铺))/.test(after) || oursThere;
    // (the buyer sent to search there: 您在 before the place is the imperative's subject, no story of theirs)
    const othersHere = searchedThere ? others.replace(/(?:您|你)(?:在|是在)/g, '') : others;
    const neutralHere = shopThere || quotedSearch ? SOMEONE_ELSES.test(othersHere) : NEUTRAL.test(othersHere.replace(/看到|一样|同款/g, ''));
    // Round 41 (t41g): …or goods there under the same shop name, with a lure (隔壁那个砍一刀的软件上有，店名一样，价格还更低): the buyer's
    // question before it (您问的同系列…) is answered by the redirect, no story of theirs.
    if (/^(?:上|里)(?:面)?(?:也|还|都)?有/.test(after) && SAME_NAME.test(after) && LURE.test(after) && !NAMESAKE_DISOWNED.test(s) && !/冒充|假的|不是我们|不是本店|无关|不一样|不同/.test(s)) return '用代称引导买家去其他平台（搜店、下单或领福利）';
    // Round 41 (t41l): …or our account there named first, the buyer sent to it, the place closing the sentence (可以去我们的闲置号看看，名字叫
    // “…”，在那个黄色图标的二手软件上).
    const oursSentBefore = /^(?:上|里)(?:面)?(?:也有|有|开着)?$/.test(after) && OURS_SENT_BEFORE.test(ctx.before(hit.start, 60, 'hard'));
    // (round 31, t31b: …or the search put right after the place — searchedThere above)
    if (!(THERE_ACT.test(after) || STORE_AFTER.test(after) || OTHER_SHOP.test(others) || oursThere || orderedThere || searchedThere || oursSentBefore) || !(THERE_OURS.test(others) || quotedSearch) || neutralHere) return undefined;
    // Round 41 (t41m): …nor a namesake or lookalike there disowned, with nothing to send the buyer to it (那个砍价的软件上有同款，但店名不一样，
    // 跟我们没关系; 那个红色的书上有家同名的，不是我们开的) — not with a lure, a search or a go-there beside the disowning.
    if (NAMESAKE_DISOWNED.test(s) && !searchedThere && !oursThere && !LURE.test(others) && !STRONG_REDIRECT.test(others) && !/搜|关注|去那|过去|报我|找我|私聊|加我|也是我们|就是我们/.test(others)) return undefined;
    return '用代称引导买家去其他平台（搜店、下单或领福利）';
  }
  if (tag === 'own-channel') {
    // Round 69 (engfa69): where the buyer already bought, named to turn down our service for it (您在快手以外的网站买到的我们没法售后, 您在别的
    // 网站买的东西我们不负责退换): a refusal that keeps the buyer here, no place offered — not with a lure or our own channel in it.
    if (boughtThereRefused(ctx, hit, others) && !LURE.test(others)) return undefined;
    // 搜小程序，输入我们店名首字母: our mini-program found by a search for the shop name.
    // …or a quoted name with a lure (搜小程序“欧洲好物站”，新人首单立减30; round 8).
    if (hit.key === '小程序' && /搜(?:索|一下|下)?$/.test(before) && (/店名|我们|同名|本店/.test(others) || (/^\s*[“「"『《]/.test(foldedAfter(ctx, emojiAt, hit)) && APP_USE.test(others))) && !/快手/.test(s)) return '引导买家搜索店铺的站外小程序';
    // Round 11: the name searched before the word (您搜“米米海淘”小程序，里面会员价比这里低二十; 微信搜日淘小铺小程序领券).
    if (/^(?:小程序|公众号)$/.test(hit.key) && /搜(?:索|一下|下)?[\u4e00-\u9fffa-z0-9]{2,10}$/.test(ctx.before(hit.start, 16)) && (APP_USE.test(others.replace(/搜(?:索|一下|下)?/g, '')) || LURE.test(others)) && !/快手|您说|您提到|别人/.test(s)) return '引导买家搜索店铺的站外小程序';
    // Round 41 (t41f): the buyer's question about our channel, answered by denying we have one (您问能不能去我们“官网”买——我们没有独立
    // 官网，快手小店是唯一的店): no such place to send anyone to. Only the same channel word denied, a few sentences on at most.
    if (BUYER_ASKED.test(ctx.before(hit.start, 24, 'hard')) && ownChannelDenied(ctx, hit)) return undefined;
    // The shop's own site / mini-program / official account as a place to buy.
    const ours = CHANNEL_SELF.test(before);
    if (/快手|平台/.test(before.slice(-4))) return undefined;
    if ((hit.key === 'app' || hit.key === '客户端') && !ours) {
      // 下载「海豚优选」APP填邀请码, 去那个橙色图标的购物app搜我们店名, 是红色那个种草app: another app, named or
      // described, as the place to register, search the shop or buy (快手 itself, utilities and the buyer's story aside).
      const lead = ctx.before(hit.start, 24, 'hard');
      if (/快手|本平台|这个平台/.test(lead.replace(NOT_KUAISHOU, '')) || !APP_LEAD.test(lead) || UTILITY_APP.test(s)) return undefined;
      // Round 37 (t37f): a device's companion app, registered to set the device up (耳机App要用手机号注册, 手表的配套App注册后
      // 能看睡眠数据): setup, not a shop — unless it is sold as the place to buy (品牌App下单更便宜, 注册领券).
      if (COMPANION_LEAD.test(ctx.before(hit.start, 8, 'hard')) && !APP_USE.test(others.replace(/注册/g, ''))) return undefined;
      if (APP_SETTING_T49D.test(s) && !APP_SHOP_T49D.test(others)) return undefined; // round 49 (t49d)
      return APP_USE.test(others) && !APP_NEUTRAL.test(others) ? '引导买家下载或使用其他购物App' : undefined;
    }
    // Round 11: our own app with where to get it or a newcomer's lure (应用商店就能下，新人首单立减50).
    const appLure = /下载|下单|购买|注册|便宜|优惠|领|首单|立减|新人|邀请码|返现|应用商店|应用市场|商店(?:里)?(?:就能|就可以|可以|能)?下|能下|可下|装一个|装个/.test(others);
    if ((hit.key === 'app' || hit.key === '客户端') && !(ours && appLure)) return undefined;
    // 我们的App在应用商店搜不到，只能用快手下单: the shop's app is named to send the buyer back here.
    if ((hit.key === 'app' || hit.key === '客户端') && /(?:只能|只在|仅在|都在|请在|还是在|还是用|只能用)(?:用|在)?(?:快手|平台|这里|这边)/.test(others)) return undefined;
    if (hit.key === 'app' || hit.key === '客户端') return '推广店铺自己的App（站外购物渠道）';
    if (hit.key === '独立站') return ours || LURE.test(others) || /下单|购买|买/.test(others) ? '推广店铺独立站（站外购物渠道）' : undefined;
    // Round 30 (t30a): the channel said to be cheaper, with where to find it on our profile (官网更便宜，地址在店铺简介里; 小程序有
    // 专属券，入口在主页置顶): a redirect with no 我们 — the pointer is ours. Not a brand's site, nor the buyer's report.
    if (!ours && CHANNEL_BETTER.test(after) && PROFILE_FINDS_IT.test(others) && !/品牌|厂家|您说|您提到|你提到|您看到|别人|有人/.test(s)) return '引导买家到站外渠道购买（地址在主页/简介）';
    if (!ours && !/^(?:上|里)?(?:下单|购买|买|拍|搜)/.test(after)) return undefined;
    // Round 17: a ticket or booking the shop does not sell, sent to its own official site (机票代订我们不做，您去官网买;
    // 火车票请在12306官网购买) — no goods of ours, no lure.
    if (!ours && NOT_OUR_TRADE.test(s) && !/这款|同款|商品|货|正品|便宜|优惠|折扣|券|店/.test(s) && !LURE.test(others)) return undefined;
    // Round 52 (cf52): …or a code on the goods looked up there to check it (鞋标上的货号可以在品牌官网搜到对应配色，对不上的要小心): a check, no lure.
    if (/查|验|防伪|真伪|核实|公告|说明|介绍|信息|资质|授权|货号|序列号|批号|对不上|核对|比对/.test(others) && !LURE.test(others)) return undefined;
    // Round 11 (fa11b): the buyer kept here — the site named as the slower or worse way and our stock offered in this
    // shop (别去官网下单了，官网上买还要排队，我们这有现货 / 官网要排队，还是在我们这拍吧), no lure to the site.
    if (KEPT_HERE.test(others) && !LURE.test(others)) return undefined;
    return LURE.test(others) || /下单|购买|买|拍|搜|关注|领/.test(others) ? '引导买家到站外渠道购买' : undefined;
  }
  // Round 30 (t30a): the place run down and the buyer kept here (去闲鱼买二手的没保障，还是在这下单吧): a warning, not an ad.
  if (DOWNSIDE.test(others) && KEPT_HERE_PLAIN.test(others) && !SEARCH_OURS.test(others) && !REFERRAL.test(others)) return undefined;
  // A platform name.
  if (/^(?:快递|物流|配送|自营快递)/.test(after) || /京东快递|京东物流/.test(s.slice(0, s.indexOf(hit.key) + hit.key.length + 2))) return undefined;
  // 原本走顺丰，仓库改成了京东，单号…: JD as the courier among couriers and tracking words, nothing to buy or find there (round 8).
  if (/^(?:京东|jd)$/.test(hit.key) && COURIER_TALK.test(others) && !/^(?:上|里|那边|app|商城|自营|店|旗舰店|同款)/.test(after) && !/便宜|划算|优惠|折扣|秒杀|满减|券|低价|更低|福利|下单|购买|买|拍/.test(others) && !SEARCH_OURS.test(others) && !STRONG_REDIRECT.test(others)) return undefined;
  const buyers = /您|你/.test(before);
  // Round 30 (t30d): the payment routed through the platform's escrow or checkout (付款走某宝担保也行, 可以用咸鱼担保交易, 钱走拼夕夕付):
  // our deal paid over there. Not the buyer's own story (您在淘宝付的款), nor a refusal (不支持走淘宝担保).
  if (hit.spec.tag === 'platform' && !buyers && ((ESCROW_AFTER.test(after) && ESCROW_OFFERED.test(others)) || (PAY_ROUTED_BEFORE.test(before) && !/^(?:上|里)?(?:买|看|搜|的同款)/.test(after))) && !/您说|您问|您提到|你说|不支持|不能|不可以|不接受|不走|别走|不要走|不用走|请勿|谨防|小心|不行|没法|无法|差不多|一样|相比|比起|机制|规则/.test(s)) return '引导买家通过其他平台付款或担保交易';
  if (!buyers) {
    const tail = foldedAfter(ctx, emojiAt, hit);
    const id = PLATFORM_ID.exec(tail);
    if (id && (/\d|_/.test(id[1]!) || id[1]!.length >= 6)) return '发出其他平台的账号（引导买家到站外关注或联系）';
    // Round 16 (t16): an @handle there with an ask in the same sentence (我们微博也在做活动，@海淘阿七 私信我截图).
    const at = AT_HANDLE.exec(tail);
    if (at && AT_ACT.test(tail.slice(at.index).split(/[。！？!?\n]/, 1)[0]!)) return '发出其他平台的账号（引导买家到站外关注或联系）';
    if (SEARCH_US.test(tail)) return '引导买家到其他平台搜索店铺';
  }
  // Round 12 (t12a): the buyer told to search a quoted name there, with a lure (您在拼夕夕搜“悉尼直邮小铺”，同款便宜十几块): an
  // instruction, not the buyer's report (您在淘宝买的, 您说在…看到).
  if (buyers && /(?:您|你)(?:可以|直接|就)?(?:去|在|上|到)$/.test(before) && SEARCH_QUOTED.test(foldedAfter(ctx, emojiAt, hit)) && LURE.test(others) && !/说|看到|提到|买的|买过|问|冒充|不是我们/.test(others)) return '引导买家到其他平台搜索店铺';
  // Round 13 (fa13b): the goods said to be on sale there too (同款在京东也有卖，但我们这边是保税仓直发; 这款在天猫也有售，我们是
  // 海外直邮): availability after a bare 在, no one sent there — no go, search, buy or lure in the sentence.
  const onSaleThere = /(?<![您你去到])在$/.test(before) && !/(?:我们|我家|咱家|咱们|本店)[^，。]{0,3}在$/.test(before) && /^(?:上|里)?(?:面)?(?:也|都|还|同样)?(?:有卖|有售|有货(?![^，。]{0,2}(?:我们|我家|咱家)(?!这边|这里|这儿))|在卖|有得卖|能买到|买得到)/.test(after) && !/去|搜|拍|下单|购买|买吧|来买|那边|那里|那儿|链接|店名|报我/.test(others) && !LURE.test(others);
  const self = !onSaleThere && ((selfBefore && (STORE_RIGHT_AFTER.test(after) || STORE_AFTER.test(after) || /^(?:上|里)/.test(after))) || STORE_AFTER.test(after));
  // 拼夕夕上我们同款只要99: our own listing there, with its (lower) price.
  if (OUR_PRICE_THERE.test(after) && !buyers && !/您说|您问|不是我们|不是本店/.test(others)) return '推广店铺在其他平台的商品价格（引导买家离开本平台）';
  // Round 30 (t30a): our live room or our shop's name there (抖抖上我们每天直播，来了有福袋; 小红本上我们店叫“日淘小屋”): a channel of
  // ours to find, told with its hours, a lure or the name — not a theft or an impostor reported (被人盗用, 冒充).
  if (!buyers && OURS_LIVE_THERE.test(after) && (OURS_NAMED_THERE.test(after) || LIVE_WHEN.test(others) || LURE.test(others)) && !/盗用|盗播|冒充|被人|不是我们|假的|您说|您提到/.test(others)) return '推广店铺在其他平台的直播或账号（引导买家离开本平台）';
  if (self || (!onSaleThere && LISTED_AFTER.test(after) && !/^[^，。]{0,8}有我们(?:这边|这里)/.test(after))) return '推广店铺在其他平台的店（引导买家离开本平台）';
  if (/^同款/.test(after) && !STRONG_REDIRECT.test(others)) return undefined; // 小红书同款: a trend word
  if (STRONG_REDIRECT.test(others) && !/您说|您在|你在|不是我们|不清楚|没法/.test(others)) return '引导买家去其他平台购买';
  // Round 12 (t12a): the shop said to bear the same name there (vx/dy/xhs 都同名哦, 小红书和抖音都叫一样的名, wx和xhs都是这个名字):
  // an account of ours the buyer can find — not the buyer's report, nor a namesake disowned (与我们无关, 冒充: warningContext).
  if (!buyers && SAME_NAME.test(others) && !/您说|您在|你在|您看到|您提到|不是我们|不是本店|冒充|假的|山寨|盗用/.test(others) && !NAMESAKE_DISOWNED.test(others)) return '引导买家到其他平台找同名店铺或账号';
  // Round 12 (t12a): a pinyin platform name with the lure or the act in pinyin too (dou yin zhi bo jian you fu li, sou …;
  // tao bao dian ming … na bian pian yi): the sentence glossed by the pinyin of the same redirect words.
  if (!buyers && PINYIN_PLATFORM.test(hit.key) && PINYIN_REDIRECT.test(s)) return '引导买家去其他平台（拼音）';
  // 我们这边价格更实惠: the comparison favours this shop, it sends no one away.
  const oursBetter = /(?:我们|本店|咱家|我家)?(?:这边|这里|这儿|店里)[^，。]{0,6}(?:更|便宜|实惠|划算|低|优惠)/.test(others);
  // 跟某宝比我们贵是因为含税包邮 / 相比京东: the platform is what our price is measured against (round 10, fa10).
  const comparedWith = (/(?:跟|和|与|同)$/.test(before) && /^(?:比|相比|比起来|比较|对比)/.test(after)) || /(?:比起|相比于?|对比)$/.test(before);
  // Round 13 (fa13b): the platform conceded to be cheaper than us, with our reason (淘宝上确实比我们便宜十几块，主要是我们含税包邮;
  // 京东自营比我们低二十，差价是关税) — a comparison with no go, search, link or buying there.
  const conceded = /比(?:我们|我家|本店|咱家|咱们|我们家|我们这边|这边|这里)(?:的|这)?(?:价格|价)?(?:还|要|更)?(?:便宜|低|实惠|划算)/.test(others) && !/去|搜|那边|那里|那儿|那上面|在那|链接|拍|下单|店名|报我|领|关注|私信|加/.test(others);
  // Round 44 (t44d): a shop there disowned as ours, its place named only as 那边 after it (我们家跟拼多多上那个同名的店不是一家，也查不了那边的
  // 订单), or what happens there said to be beyond our knowledge (抖音那边的直播价我们不知道): no lure of its own.
  const outOfView = (NAMESAKE_DISOWNED.test(others) || OURS_UNAWARE.test(others)) && !LURE.test(others.replace(/那边|那里|那儿/g, ''));
  const neutral = (NEUTRAL.test(others) || outOfView || oursBetter || comparedWith || conceded) && !/(?:可以|您可以|直接|请|就)?去/.test(before);
  // Round 35 (t35a): the goods said to turn up there at one search (拼夕夕一搜就有, 淘宝随便搜搜都能买到): the buyer is sent to search and buy
  // there — not a warning about what turns up (一搜一大把，都是假的), nor the buyer's own report.
  if (!buyers && ONE_SEARCH_HAS.test(after) && !/假|仿|小心|谨慎|别买|别去|不建议|不推荐|没保障|不靠谱|不是我们|冒充|您说|您在|你在|您看到/.test(others)) return '引导买家去其他平台搜索购买';
  // 你在dy上搜我们店名: the search is for this shop, so "you" is told to go there, not reminded where they were.
  if (SEARCH_AFTER.test(after) && SEARCH_OURS.test(after) && !/搜不到|搜不出|找不到|没有|不会|不开|不在|都是假|冒充/.test(others)) return '引导买家到其他平台搜索店铺';
  // (round 39, t39l: …nor the buyer's own account not found there — 抖音上搜不到您的账号，有事在这里说)
  if (SEARCH_AFTER.test(after) && !/^(?:上|里)?(?:搜|搜索)(?:到|出|的)|^(?:上|里)?(?:搜|搜索)(?:不到|不出|唔到|不着)(?:您|你)/.test(after)) return neutral && /您|你/.test(before) ? undefined : '引导买家到其他平台搜索店铺';
  if (GO_VIA_OWNER.test(before) && OWNER_SHOP_ACT.test(after) && !/品牌|官方|厂家|(?:您|你)(?:常用|自己|平时)/.test(before)) return '引导买家去他人在其他平台的店铺购买';
  if (GO_BEFORE.test(before) && ACTION_AFTER.test(after) && !onSaleThere && !(neutral && /您在|你在|您是在/.test(before + '在')) && !/(?:您|你)走$/.test(before)) return '引导买家去其他平台购买';
  if (/^(?:下单|拍|购买|领券|领)/.test(after) && !/您|你/.test(before)) return '引导买家去其他平台下单';
  if (/^(?:上|里)?(?:关注|私信|私聊|找)(?:我们|我|店铺|一下我们)/.test(after)) return '引导买家到其他平台关注店铺';
  if (LURE.test(others) && !neutral) return '推广其他平台（更便宜/有活动）';
  if (/同款|链接/.test(after.slice(0, 4)) && /便宜|划算|对比|搜|店名|领/.test(others) && !NEUTRAL.test(others.replace(/同款|对比/g, ''))) return '发出其他平台的同款信息';
  // Round 11 (t11d): a short reply that says the goods are there and sends the buyer to find them (pdd上有 自己搜去, 某宝上也有
  // 你去搜, pdd有卖 去那买): availability over there, then a search or a go-there. Not the buyer's own report (您在…).
  // Round 13 (t13a): the buyer sent to buy THERE later in the sentence, the platform named before (我用闲鱼重新挂一个，您在那边拍;
  // 小红书店里有现货，您去那拍; 闲鱼上我刚发了一个，您在那上面拍就行): a deictic place plus a buying verb — not the buyer's own report or a warning.
  if (!buyers && THERE_BUY.test(ctx.after(hit.end, 40, 'hard')) && !/您说|您问|你说|您在[^]{0,8}买的|不是我们|冒充|别去|不要去|不建议|不推荐/.test(others)) return '引导买家去其他平台购买';
  if (!buyers && /^(?:上|里|那边|那里)?(?:面)?(?:也|都|还)?(?:有|有卖|有的是|多的是|一堆|一大堆|都有|在卖|卖)/.test(after) && /^[^。！？]{0,12}?(?:搜|去那|去那边|那边买|那买|那拍|去买|去拍|去看|去找)/.test(after.replace(/^(?:上|里)?(?:面)?(?:也|都|还)?(?:有的是|多的是|有卖|一大堆|一堆|都有|在卖|有|卖)/, '')) && !/您说|您在|你在|不是我们|假|冒充|别信|小心|谨慎/.test(others)) return '引导买家去其他平台搜索购买';
  return undefined;
}

export default rule;
