// 2.7 (and 2.4): defaming other shops and their goods — 隔壁那家店卖的全是假货, 别家的奶粉都是过期原料重新灌装的,
// 老板就是个骗子, 十有八九是莆田货, 那家的益生菌我们拿去测过，里面全是淀粉，纯纯智商税. Neutral mentions (其他店铺的价格我们不方便评价, 别家有更便宜的我们也理解) and generic warnings
// that name no shop (市面上假货比较多) are not. A pointed-at 旗舰店/专卖店 (那个某某旗舰店的奶粉有问题) counts as a shop;
// our own (我们是官方旗舰店) does not.
// Smear families, not phrases: a fake's origin (莆田进的, 深圳货, 小作坊灌的, 国内勾兑贴洋标), relabelling (临期货改了
// 日期, 换个包装接着卖), a fly-by-night (皮包公司, 卷钱跑路, 售后找不到人), worthless goods (淀粉压片, 等于白喝), and
// 还好意思叫瑞士表. Targets also include other brands (别的牌子的益生菌) and a pointed group (直播间喊99的那些 …
// 都是小作坊灌的: a strong smear and a pointed target in either order within a short window; 那几家卖六十九的). Insinuation: a rival
// cheaper plus a rhetorical doubt (隔壁便宜一百块，你自己品，能是一个东西吗). Traps: 不是莆田货, 市面上有些小作坊…请认准,
// 隔壁便宜的话您可以对比规格, 别的牌子的鱼油也不错.
// Round 5: sellers who are people (那个主播, 直播间那个“澳洲大哥”, 隔壁直播间) with refills and fillers (回收的空罐重新灌的,
// 就是淀粉丸子, 兑了水); a failed test of a rival's goods reported (我们送检过…连一半都不到; 测过，检出了重金属); setting the
// buyer on 别的店/其他商家 or on a false claim against a rival (随便拍一单，然后说收到假货要求退一赔三); 那个卖同款的直播间; a cheap-marketplace source (其实是从拼多多上进的), 都是临期, and 网上那些卖九块九的 + smear. Traps: 有些主播价格更低, 那个主播也是我们的合作达人, 别家的我们没测过.
// Round 6: a rival's past offence or rebirth under a new name, the rival pointed at within 40 units even across a question
// (你说的那家店？呵呵，老板之前…被罚过，现在换个马甲接着卖; 开了个新号继续卖; 坐过牢). Traps: 华强北那些我们不碰 (the shop refusing
// such goods), 那家店说我们卖假货？…我们不评论 (the rival quoted accusing us), 那家店之前被投诉的事我们不了解.
// Round 7: the gap before the smear may hold a 不/没 that denies nothing (他家的尿不湿全是库存翻新的, 根本没几克，纯粹割韭菜);
// a shop named by a latin name or placeholder (XX海外旗舰店, abc旗舰店); the claim against the truth (写的“日本直邮”，其实都是
// 义乌发的; 实际是国内灌的); a label stuck on by themselves and 谁知道里面装的啥; setting the buyer on a rival with a refund
// claim (去那家店下单…申请仅退款…我们给您报销); after probe 2: 虚标, 还号称, 买了就后悔, 海淘店/母婴店/美妆店 as shop nouns. Traps: 别家卖的不是假货, 中文标签是海关要求贴的, 那家的退款流程我们不清楚.
// Round 8 (blind batch AC): lettered and opposite shops (A家, 某家, 对面店), a bare 那 before the seller (那主播家的), harm to health
// (肝损伤, 有人住院了), a false material (PU的冒充真皮), scrapyard refills (废品站回收重新灌的), 换包装, a title not deserved (也配叫旗舰店),
// 别信/别去 before the target warn, they deny nothing, and our goods set against theirs (我们家的才安全, 我们家不会) leave the smear
// standing; a test reported as 拿去测了. Traps: 您说某家店卖假货，这个我们没法判断, 不是那个主播卖的问题, 对面店的价格我们不方便评价.
// After probe 2: 猪皮胶做的, 等于没吃, 都是死的, 配方偷偷改了. Traps: 那个主播推荐过我们的燕窝, 别家配方我们不清楚.
// Round 10: a smear followed by a caution to the buyer (隔壁那家店的东西都是假货，您小心点; 别家老板是个骗子，小心被坑) still
// stands: 小心 cancels only as the generic 小心买到假货.
// Round 12 (t12b): the rival's claim exposed whatever it was (别家说是保税仓，其实就是城中村的民房; 他家所谓的海外仓就是个车库), squalid
// premises or spoiled stock (老鼠, 发霉, 民房), bought reviews (好评都是花钱买的), and a missing paper as part of the smear (没备案的水货).
// Also deaths or a failed official test of the rival's goods (他们那款猫粮被查出过霉菌毒素超标，吃死过猫的) and every other seller at
// once (整个快手就我们一家是真的); goods soaked in sugar water (糖水泡) or made in their own 作坊. Traps: 其实也是从保税仓发的, 我们的产品从没被查出过问题.
// Round 14 (t14): 没有备案 as a missing paper like 没备案, the source as what the goods are (货是义乌出的, 全是1688批的), any foreign-
// language label stuck on (贴个外文标, 日文标签), codes or batch numbers swapped or scraped (换了码, 刮了批号), 喝出问题. Traps: 义乌仓发的, 没有换码这回事.
// Round 15 (t15a): recycled containers refilled or resealed, any verb (回收再封口, 回收来的重新灌的, 二手回收又封上的), the contents left
// in doubt in either order (里面装什么谁知道), and any store kind pointed at (那个品牌的官方店, 那家工厂店). Traps: 不回收再利用, 我们是品牌官方店.
// Then (batch db): the other sellers of a kind pointed at by what they sell (其他卖奶粉的都是黑心商, 别的卖燕窝的…). Trap: 其他卖奶粉的价格我们不方便评价.
// After probe 3: personal resellers (那个澳洲代购的号, 微商), a small factory as the real source (其实是国内小工厂贴牌的), the owner's character and
// debts (做人不行, 欠了供货商一屁股债).
// Round 40 (t40f): a rival in single quotes ('丝语家'的…, ‘极客数码’卖的…; …家, …手作, …数码 as shop names, a brand with a distal 那款 after it), a toxin
// said to be in or used on its goods (查出来含汞, 用甲醛定型), faked storage (扩容机) and a harm kept quiet (国内一直瞒着). Traps: 也不含汞, a recall with its
// published notice (品牌官网有召回公告), the buyer's claim said back (您说'某某'的面霜含汞？我们没法判断).
// Round 43 (t43c, batch HB): a rival's goods said to fail checks (鉴定没过) or carry papers printed by themselves, to break after a use or two
// (打两场就松) with the shop keeping it from buyers (从来不跟客人说), the owner held by police (进过派出所), a harm hushed up (被压下来了); a brand
// pointed at as 那个…牌子, another shop as 另一家, and hearsay vouched for (说句心里话, 他们工厂的人亲口跟我说的).

import type { LintContext } from '../context';
import { alt, cueRule, endsAsQuestion, hypothetical, nextSentenceStart, sentenceOf, type Cue } from '../detect/cue-rule';
import type { RuleModule } from '../define-rule';
import { OTHER_SHOPS } from '../lexicon/conduct';
import { DISOWNED_AS_OURS } from '../detect/called-false';
import { quotePair } from '../detect/quoted';

/**
 * Smears that point at fakes or fraud on their own, whoever they are said of: where a fake comes from, relabelled
 * stock, a shop that runs off. Also anchors of their own, beside a pointed-at target.
 */
const STRONG_SMEAR = [
  '莆田', '深圳货', '国内分装', '染色的', '染过色', '漂白过', '注胶', '合成肉', '陈茶', '陈货', '兑出来的', '勾出来的', '华强北', '小作坊', '黑作坊', '作坊货', '作坊灌', '勾兑', '贴洋标', '贴个洋标', '贴进口标', '国内灌', '回收空瓶', '拼接肉', '淀粉压片', '香精勾兑',
  '改了日期', '改日期', '改了生产日期', '改生产日期', '换个包装接着卖', '换个包装再卖', '换包装再卖', '换个标', '重新贴标', '临期货改',
  '皮包公司', '卷钱跑', '卷钱跑路', '跑路', '今天开明天', '售后找不到人', '找不到人',
  // Refilled empties and filler goods: 罐子是回收的空罐重新灌的, 就是淀粉丸子.
  // Round 12 (t12b): deaths or a failed official test (吃死过猫的, 被查出过霉菌毒素超标).
  '糖水泡', '都是糖水', '他们的作坊', '他家的作坊', '吃死过', '吃死了', '喝死过', '用死过', '毒死', '被查出过', '被查出', '查出过',
  '回收的空罐', '回收空罐', '回收的罐子', '空罐重新灌', '重新灌的', '淀粉丸', '淀粉做的', '面粉做的',
  // Harm done or stolen goods: 有孩子喝了住院, 货都是偷来的.
  '喝了住院', '吃了住院', '用了住院', '喝进医院', '吃进医院', '偷来的',
  // Round 41 (t41b): a grave illness laid on the rival's goods (好多猫吃了他们家粮得了肾衰), and the harm or its test said hushed up (被他们花钱
  // 压下去了, 报告都被删了).
  '得了肾衰', '吃出肾衰', '吃得肾衰', '肾衰竭了', '吃出病', '吃出毛病', '吃出了病', '用出病', '喝出病',
  '压下去了', '压下来了',
  // Round 43 (t43c): a defect or harm the rival keeps from buyers (他们专卖店从来不跟客人说), a harm hushed up (被压下来了, 捂下来), the owner
  // held by the police (进过派出所).
  '不跟客人说', '不告诉客人', '不跟顾客说', '不告诉顾客', '不敢跟客人说', '不敢告诉客人', '不跟买家说', '不告诉买家', '捂下来', '压下来', '进过派出所', '进过看守所', '被拘留过', '被拘过', '被警察带走', '花钱压', '花钱摆平', '花钱封口', '封口费', '报告都被删', '报告被删', '报告都删了', '报告删了', '报告被撤', '通报被删',
];
/** What defames a shop or its goods. */
const SMEAR = [
  '假货', '假的', '高仿', '仿品', '仿货', 'a货', '水货', '骗子', '骗人', '骗钱', '黑心', '坑人', '过期', '临期翻新', '翻新', '调包', '掉包', '以次充好', '次品', '三无', '劣质', '垃圾',
  '有毒', '烂脸', '不是正品', '非正品', '没良心', '人品有问题', '人品差', '人品很差', '人品极差', '人品不行', '欠钱', '钱不还', '赖账', '老赖', '坐过牢', '吃过官司', '没诚信', '不讲诚信', '一塌糊涂', '重新灌装', '灌装', '不干净', '荧光剂', '激素', '超标', '千万别买', '别买', '别去', '别信',
  '不能买', '不靠谱', '坑', '奸商', '无良', '黑店', '假冒', '山寨', '盗版', '偷工减料', '缺斤少两', '注水', '黑作坊', '小作坊', '地沟油', '骗', '有问题', '不敢用', '害人',
  '莆田货', '莆田的', '莆田鞋', '全是淀粉', '全是香精', '全是色素', '全是添加剂', '全是糖', '全是水', '科技与狠活', '兑水', '掺水', '兑了水', '掺了水', '兑过水', '灌的', '掺了', '收智商税', '交智商税',
  '贴牌', '库存货', '翻新货', '拉肚子', '吃坏', '喝坏', '出事', '冒牌', '杂牌', '智商税', '割韭菜', '水分大', '不合格',
  ...STRONG_SMEAR,
  // A label stuck on by the seller and a dark hint at what is inside: 中文标签是自己贴的，谁知道里面装的啥.
  '谁知道里面', '谁知道装的',
  // Round 15 (t15a): the owner's character or debts (做人不行, 欠了供货商一屁股债).
  '做人不行', '做人有问题', '做人不地道', '做人不厚道', '一屁股债', '欠了一屁股', '欠供货商', '欠了供货商', '欠工资', '拖欠货款', '欠货款',
  // Round 14 (t14): codes, batch numbers or dates swapped, scraped or torn off (临期罐换了码的, 刮了批号, 撕了日期重新贴), and harm from drinking
  // or using as from eating (宝宝喝出问题, 用出毛病).
  '受潮的货', '受潮货', '重新封口', '重新封装', '换了码', '换码', '改了码', '改码', '刮了码', '刮码', '撕了码', '换了批号', '改了批号', '改批号', '刮了批号', '刮批号', '换了日期', '刮了日期', '撕了日期', '涂了日期', '喝出问题', '用出问题', '喝出毛病', '用出毛病',
  // Round 13 (t13c): traffic, sales or reviews said faked (销量都是刷出来的, 全是僵尸粉, 在线人数是花钱买的).
  '刷的', '刷出来', '刷上去', '僵尸粉', '买的粉', '买来的粉', '数据造假', '假数据', '花钱买的',
  // A seller of fakes before (以前是卖假酒的), goods that are only sugar water or hold next to nothing (就是糖水, 根本没几毫克).
  '卖假', '造假', '就是糖水', '全是糖水', '根本没几', '虚标', '还号称', '买了就后悔',
  // Round 8: harm to health, a false material, refills from the scrapyard, a title it does not deserve (肝损伤, 冒充真皮,
  // 从废品站回收, 重新换包装, 也配叫旗舰店).
  '肝损伤', '肾损伤', '等于没吃', '等于没喝', '等于没用', '都是死的', '偷偷改', '偷偷换', '猪皮', '明胶做', '胶水做', '损伤', '有人住院', '住院了', '中毒', '冒充', '废品站', '回收重新', '回收的瓶', '换包装', '重新包装', '也配叫', '也配称', '也配当',
  // Round 12 (t12b): the rival's reviews bought or faked (隔壁那家好评都是花钱买的，一单返五块; 他家的销量是刷出来的).
  '花钱买的', '刷出来的', '刷的好评', '好评都是刷', '好评是刷', '水军', '雇的托', '找的托', '都是托', '刷单刷', '买的好评', '返现买',
  // Round 36 (t36a): a cheaper fill said to be mixed into a rival's goods (里面掺的是化纤棉, 掺着涤纶), exposed by a test (一烧就露馅), and
  // the rivals lumped together in contempt (都一个德性, 一路货色).
  '掺的是', '掺的', '掺着', '掺杂', '掺进', '一烧就露馅', '一烧就知道', '露馅', '一个德性', '一路货色', '一丘之貉', '黑心棉',
  // …or a recycled or scrap material said to be in them, with the harm it does (用的回收料，戴久了会过敏).
  '回收料', '用的回收', '废料做', '用的废料', '会过敏', '戴了过敏', '用了过敏', '戴久了过敏', '穿了过敏', '致敏',
  // Round 38 (t38a): an accident or a harm the rival's goods are said to have caused (出过夹手事故, 起过火), and its owner jailed (进去过).
  '出过事故', '出过安全事故', '出过夹手事故', '夹伤过', '夹过手', '烫伤过', '起过火', '自燃过', '爆过', '进去过', '进去蹲', '坐牢', '判了刑', '被判刑',
  // Round 40 (t40f): a rival's harm kept quiet (国内一直瞒着, 摔伤过孩子) and phones with faked storage (都是扩容机).
  '一直瞒', '瞒着', '掺的', '瞒下来', '隐瞒', '捂着', '压消息', '摔伤过', '砸伤过', '伤过孩子', '伤过人', '扩容机', '扩过容', '扩容的', '扩容卡',
  // Round 42 (t42c): a rival's papers said doctored or forged (鉴定证书都是老板自己用软件P的, 报关单是伪造的) and its goods not as shown (货不对板).
  '软件p', '自己p的', 'p出来的', 'p过的', 'ps过', 'ps出来', '修图改的', '伪造的', '伪造了', '假证书', '证书是假', '证书都是假', '货不对板', '罚过他们',
  // Round 42 (t42i): stock said damaged or stale (泡过水的库存机, 全是陈豆, 事故车) and a harm said merely not yet exposed (只是还没被曝光).
  '泡过水', '泡了水', '被水泡过', '水泡过', '进过水', '被淹过', '淹过水', '水淹过', '水淹车', '泡水车', '泡水机', '泡水货', '火烧车', '过火车', '事故车', '库存机', '残次机', '陈豆', '陈米', '陈粮',
  '还没被曝光', '还没曝光', '没被曝光而已', '迟早被曝光', '迟早要曝光', '乱标', '瞎标', '乱写的', '其实掺', '其实兑',
  // Round 44 (t44h, dev HM): a rival's goods said to be an industrial stuff relabelled (拿工业清洗剂改个包装卖的, 工业酒精兑的).
  '改个包装', '改个包装卖', '改包装卖', '换个瓶子卖', '换个壳卖', '工业清洗剂', '工业用的', '工业级原料', '工业酒精', '工业盐', '工业明胶', '工业原料', '工业色素', '工业用油',
  '吃不死人', '治不了病', '都是临期', '全是临期', '来路不正', '来路不明', '赃物', '搞传销', '传销', '出过事', '喝出过事', '吃出过事', '用出过事', '喝出事', '吃出事', '上过新闻', '被曝光', '被查过', '被抓过', '被罚过', '被抓', '走私进来', '就是淀粉', '没效果', '没什么效果', '没啥效果', '根本没用', '伤胃', '伤身', '伤肝', '致癌', '吃出毛病', '吃出问题', '便宜没好货', '还好意思', '还敢叫', '也敢叫', '好意思叫', '兑的', '哪来的正品', '哪有正品', '等于白喝', '等于白吃', '等于白用', '白喝', '白吃', '没一点用', '一点用都没有',
];
/** Sourced from a cheap marketplace, not imported: 其实是从拼多多上进的, 义乌批发市场拿的. */
// Round 14 (t14): also the source as what the goods are or where they come out of (货是义乌出的, 全是拼多多买来的, 都是1688批的).
const CHEAP_SOURCE = '(?:从|是|都是|全是|就是|在)(?:拼多多|pdd|1688|淘宝|闲鱼|地摊|批发市场|义乌|小商品市场)(?:上)?(?:进|拿|批|出|产|发|来|做|买|弄)';
/** The smear after the shop, with no denial in between (别家卖的不是假货 is not a smear). */
// Reaches past a short report of how it was found (那家的益生菌我们拿去测过，里面全是淀粉).
// 国内工厂贴的外国牌子: a foreign label stuck on at home.
// 不/没 inside a word or a smear of its own (尿不湿, 不少, 没几克) is no denial.
// Round 12 (t12b): a missing paper is part of the smear, not a denial (都是没备案的水货, 没检疫的肉).
const GAP_UNIT = '(?:[^不没非无]|不(?=湿|少|错|到|光|止|仅)|没(?=几|多少|有?(?:品牌)?(?:备案|注册|资质|检疫|报关|溯源|中文标|批文|许可|合格证|授权))|无(?=备案|资质|批文|中文标|溯源|合格证|许可|授权))';
/** A claim set against the truth: 其实都是义乌发的, 实际上是国内灌的. */
// Not a plain origin (实际上是国内版, 其实是广州仓发的): only a cheap source or a back-yard maker.
const REALLY_FROM = '(?:其实|实际上?|真实)(?:都|全)?(?:是)?(?:从)?(?:拼多多|pdd|1688|淘宝|闲鱼|地摊|批发市场|义乌|莆田|小作坊|作坊|小厂|小工厂|国内(?:的)?(?:小厂|小工厂|工厂|作坊|小作坊|灌|贴|分装|仿))';
/**
 * Round 12 (t12b): the rival's own claim exposed, whatever it claimed (别家说是保税仓，其实就是城中村的民房; 那家号称澳洲直邮，实际上只是
 * 国内仓发的; 同行嘴上说正品，其实根本不是; 他家所谓的海外仓就是个车库): a claim word, then 其实/实际上 with 就是/只是/根本/不是. Not 其实也是 (the same as ours).
 */
const CLAIM_EXPOSED = '(?:说是|说自己是|号称|自称|宣传(?:是|的是|说)?|写着?|标着?|挂着?|打着|名义上是|表面上是|看着是|嘴上说)[^。！？]{0,14}?(?:其实|实际上?|说白了|真相是|本质上|事实上)[^，。！？]{0,4}?(?:就是|只是|都是|全是|根本|不过是|是个|就一|不是|没有|也就是|就在|就个)|所谓(?:的)?[^，。！？]{1,8}?(?:就是个|只是个|不过是|其实)';
/** Round 12 (t12b): a rival's premises or stock said to be squalid or spoiled (仓库就是个民房，货都发霉了; 货堆在地下室里，潮得不行). */
const SQUALID = '发霉|霉了|长霉|霉变|生虫|长虫|老鼠|蟑螂|民房|出租屋|城中村|地下室|又脏又乱|脏乱差|脏得|潮得不行|堆在地上';
/**
 * Round 40 (t40f): a toxin or banned substance said to be in a rival's goods or used on them (查出来含汞, 用甲醛定型, 检出了重金属, 加了激素): the
 * verb of containing or using, then the substance. A denial before it ends the gap (也不含汞, 没有甲醛).
 */
// (round 53, eng53b: bleach and preservatives soaked in — 其他卖燕窝的基本都泡过双氧水)
const TOXIN = '(?:汞|水银|铅(?!笔)|砷|镉|甲醛|重金属|苏丹红|三聚氰胺|瘦肉精|塑化剂|石棉|致癌物|禁用成分|违禁成分|禁用物质|工业(?:染料|酒精|明胶|用盐|色素)|双氧水|漂白剂|硫磺|福尔马林|吊白块|工业碱|亚硝酸盐)';
const TOXIN_IN = `(?:含有?|检出(?:了|来)?|查出(?:了|来)?(?:含有?|有)?|测出(?:了|来)?(?:含有?|有)?|用(?:了|的)?|加(?:了|的)?|泡(?:了|过)?|熏(?:了|过)?|掺(?:了)?)(?:大量|过量|超标的?|不少)?${TOXIN}`;
/**
 * Round 42 (t42i): a rival's marks or papers said tampered with or made up (烘焙日期都是改过的, 年份也是乱标的, 授权书是P出来的, 检测报告是编的) and
 * a test of its goods said failed or faked (碰撞测试其实没过, 质检报告是买的): the noun, a few units, then the verb of tampering or failing.
 */
const MARK_OR_PAPER = '(?:里程|公里数|日期|生产日期|烘焙日期|出厂日期|保质期|有效期|到期日|批号|批次号?|年份|酒龄|产地|标签|证书|授权书|授权|报告|检测报告|质检报告|报关单|发票|合同|执照|资质|鉴定书|鉴定卡|鉴定证书|吊牌|溯源码|防伪码)';
const TAMPERED = `${MARK_OR_PAPER}[^，。！？]{0,4}?(?:都|全|也|其实|根本)?(?:是)?(?:被)?(?:改过|改了|改的|涂改|篡改|重新打|重打|重印过|乱标|乱写|瞎标|瞎写|编的|编出来|编造|伪造|造假|作假|p过|p的|ps的|p出来|ps出来|假的|假造|借的|借来的|盗用|套用|(?:他们|他家|自己|老板)(?:自己)?(?:打印|印|做|p|ps)(?:的|出来的))`;
/**
 * Round 43 (t43c): the rival's goods said to break after a use or two (摔一下就裂, 打两场就松, 穿两次就开胶) — a defect claim told as fact.
 */
const FLIMSY = '(?:摔|用|打|穿|洗|骑|戴|开|泡|晒|踢|拉|背|坐)(?:了)?(?:一下|一次|两下|两次|几次|一场|两场|几场|一天|两天|几天|没几天|没几次|没多久|一个月|俩月|一阵子|一阵|一段时间|两回|几回)(?:[^，。！？不没]{1,3}?)?(?:就|都|准)(?:会)?(?:裂|松|坏|断|散架|开胶|掉色|掉漆|起球|废|烂|漏|变形|脱焊|掉)';
const FAILED_TEST = '(?:测试|检测|质检|抽检|认证|碰撞|安检|检验|化验|送检|国检|鉴定|查验|验货|3c|ccc)(?:报告|结果|数据)?[^，。！？]{0,4}?(?:其实|根本|压根|都|也|就)?(?:没过|没通过|没有通过|通不过|过不了|不过关|不达标|不合格|是假的|造假|作假|是买的|买来的|是编的|花钱买)';
/**
 * Round 45 (t45l, dev HR): a rival's goods said to be made of the same stuff as a poison or waste container (水箱用的是跟农药瓶一样的料, 和
 * 垃圾桶一个材质): the material likened, not named.
 */
const VILE_MATERIAL = '(?:跟|和|与|同)(?:装)?(?:农药|化肥|油漆|机油|汽油|化工|垃圾|马桶|尿壶|痰盂|粪)[^，。！？]{0,3}?(?:一样|同一种|同样|同款|一个|一种)的?(?:料|材料|材质|塑料|原料|东西)';
/**
 * Round 45 (t45l, dev HR): …or to leach into what the buyer eats or drinks when hot (热水一泡就析出东西, 一加热会溶出塑化剂): heat then leaching,
 * or leaching of something harmful. Not honey or tea crystallising (结晶析出, 糖霜析出), nor a denial (热水泡也不会析出).
 */
const LEACHING = '(?:热水|开水|高温|加热|一泡|一烫|一煮|泡久了|用久了|微波)[^，。！？不没无]{0,4}?(?:析出|溶出|渗出)(?!结晶|晶体|糖|盐|霜)|(?:析出|溶出|渗出)(?:来)?(?:的)?(?:东西|有害|有毒|塑化|双酚|重金属|致癌|化学物)';
/**
 * Round 47 (t47a): a rival's paper said bought or got by someone else's test (合格是合格，就是花钱办的; 其实是找人代检的; 托关系办的): the paper
 * named, then the way it was got. Not our own report (SMEAR_AFTER reads only after a rival).
 */
const T47A_PAPER_BOUGHT = '(?:报告|证书|执照|资质|认证|检测|质检|年检|车检)[^。！？]{0,12}?(?:花钱办|花钱弄|花钱买|托关系|走关系|找关系|托人办|找人办|找人代检|找人代测|代检的|代测的|找人送检)';
/**
 * Round 53 (eng53b, il52): verdicts on a rival's goods or trade told as the agent's own judgement, each a damage, not a word list —
 * no merit but the price (除了便宜没有别的优点), selling by deceit (客服话术都是专门培训出来忽悠人的; 收了钱想退货门都没有), punished again and
 * again (三天两头被罚), goods of no known source (货从哪儿来的谁也说不清楚), its sales claim mocked as a lie (天天喊亏本清仓，喊了三年了还没
 * 亏完), its claim waved off and told what it really is (写的保税仓直发您别当真，十有八九是国内仓), goods an animal would refuse (猫都嫌弃),
 * fumes that make one ill (一开箱那味儿冲得头疼), the agent's own family kept from them (我自己孩子是不会让碰的), and a rival's price said to
 * buy nothing good (那个价格能进到什么货). Read only after a rival pointed at (SMEAR_AFTER), never of our own goods.
 */
const T53_VERDICT = [
  '除了[^，。！？]{1,6}?(?:以外|之外)?(?:就)?(?:没有?|没啥|啥都没有|一无是处)(?:别的|其他|其它|任何|什么|啥)?(?:优点|好处|长处|可取之处|可取)|一无是处',
  '(?:专门|就是|都是|全是|纯)[^，。！？]{0,10}?(?:忽悠|糊弄|诓)(?:人|您|你|顾客|客人|买家|小白|新手|消费者)|(?:收了|拿了|到手)(?:钱|款)[^，。！？]{0,8}?(?:门都没有|不认账|就不管|不理人|找不到人|就翻脸)|(?:退货|退款|售后|维权)门都没有',
  '(?:三天两头|隔三差五|隔三岔五|动不动(?:就)?|老是|总是)(?:就)?(?:被|挨)(?:罚|查|封|处罚|下架|约谈|通报|抽检|抽查|曝光|检出)',
  '(?:货|东西|原料|材料)[^，。！？]{0,4}?哪(?:儿|里)?(?:来|进|拿|弄)的?[^。！？]{0,4}?(?:谁|没人|没有人)(?:也|都)?(?:说不清|讲不清|不知道|搞不清|说不好|说不上来|说得清|讲得清)',
  '(?:喊|说|挂|叫|打)(?:了)?[0-9一二两三四五六七八九十几半]+(?:年|个月|多年)(?:了)?(?:都|也)?还没(?:亏完|清完|倒闭|关门|清仓完|卖完|跑路)|(?:天天|每天|整天|年年|月月)(?:喊|说|挂|搞)[^。！？]{1,10}?(?:喊|说|挂|搞)了(?:快|都)?[0-9一二两三四五六七八九十几半]+(?:年|个月)',
  '(?:别当真|别信|当不得真|信不得|听听就好|听听就行)[^。！？]{0,6}?(?:十有八九|八成|多半|大概率|其实|实际上?|说白了)[^，。！？]{0,4}?(?:是|就是)',
  '(?:猫|狗)[^，。！？]{0,3}?(?:闻|看|碰|吃)?都(?:嫌弃|不(?:吃|要|用|碰|闻|看|理|买))|白送(?:都|我都|也)(?:不要|没人要)',
  '(?:味儿?|气味|味道)[^，。！？]{0,4}?(?:冲|熏|呛)(?:得)?(?:人)?(?:头疼|头晕|头痛|想吐|恶心|睁不开眼|流泪|流眼泪)',
  '(?:我|我们)(?:自己)?(?:家)?(?:的)?(?:孩子|小孩|宝宝|家人|家里人|老人|爸妈|闺女|儿子)[^，。！？]{0,4}?(?:绝对|肯定|打死|坚决|从来)?(?:不会|不敢|不可能|绝不|不)(?:让|给)[^，。！？]{0,2}?(?:碰|用|吃|喝|穿|玩|戴)|(?:我|我们)(?:自己)?[^，。！？]{0,4}?(?:绝对|肯定|打死|坚决|从来)?(?:不会|不敢|不可能|绝不|不)(?:让|给)(?:我家|我的|自家|家里)?(?:的)?(?:孩子|小孩|宝宝|家人|老人|爸妈|闺女|儿子)[^，。！？]{0,2}?(?:碰|用|吃|喝|穿|玩|戴)',
  '那个价(?:格|钱|位)?(?:能|可能|哪能|还能)?(?:进|拿|买|做|收|有|出)(?:到|得到|得了)?(?:什么|啥)(?:好)?(?:货|东西)',
  // (a harm to the user said routine, goods sold on filters, a pricing trick: 捂出红屁股是常事, 靠滤镜卖出去的，实物差远了, 就是个套)
  '差得(?:要命|离谱|没边|不行)|(?:捂|吃|用|穿|擦|喝|戴|抹|涂|洗)出[^，。！？]{1,6}?(?:是常事|很常见|常有的事|家常便饭|多了去了|一大堆)',
  '(?:起火|爆炸|自燃|漏电|鼓包|炸了|过敏|烂脸|中毒|住院|出事)[^，。！？]{0,4}?(?:的)?(?:不是一两个|不止一(?:个|次|两个|两次)|多了去了|好几起|好多起)',
  '(?:请|雇|找|花钱请)(?:来)?的(?:托|水军)|靠(?:滤镜|p图|修图|美颜|吹|刷单|水军)(?:卖|撑|堆)|实物差(?:远|太多|得远|老远)了?|(?:就是|都是|全是|纯)(?:个)?(?:套路|圈套|套)(?![餐装盒件])',
].join('|');
/**
 * Round 55 (eng55b, B55): a rival's goods said to fail in plain words, no fraud word needed — they give way after a little use or time
 * (放半天就软, 用两次就生锈, 下点雨就漏, 穿一冬就瘪), smell spoiled (一股霉味 / 醋味 / 哈喇味), taste or feel like trash (跟路边摊的袋泡茶一个味,
 * 软得跟抹布一样, 薄得跟纸一样), are hype over substance (吹得天花乱坠, 宣传图修得挺漂亮, 包装挺唬人, 防水就是个摆设), are plainly off (颜色都不对,
 * 刻度都不准), or are relabelled for sale (改了标再卖). Read only after a rival pointed at (SMEAR_AFTER), never of our own goods.
 */
const T55_GOODS_FAIL = [
  '(?:放|用|穿|洗|戴|泡|摆|装|搁|过|下|淋|吹|碰|切|煮|晒|坐)(?:了)?[^，。！？不没]{0,8}?(?:就|都|准|立马|马上)(?:会|得)?(?:软(?!件)|漏(?!洞)|生锈|锈了|卷刃|卷了|掉色|褪色|起球|开线|开胶|断了|裂了|坏了|塌了|变形|缩水|发霉|受潮|化了|凉透|凉了|翻了|瘪了|散了|掉渣|掉毛|起皮|掉皮)',
  '(?:一股|有股|满是|一大股|全是)(?:子|浓浓的|浓重的)?(?:霉|醋|馊|哈喇|酸臭|臭|怪|塑料|胶水|焦糊|腥臭|霉酸|哈拉)味',
  '(?:软|薄|硬|脆|糙|淡|难吃|难喝)?得?(?:跟|和|像)[^，。！？]{0,6}?(?:路边摊|地摊|抹布|纸|塑料|白开水|刷锅水|泔水|洗脚水|树皮|砂纸|糖水|速溶|三无|垃圾|纸板|蜡|山寨|杂牌)[^，。！？]{0,8}?(?:一样|一个味|一个样|似的|差不多|没区别|没两样|一个水平|一个档次|一个级别|一个德行)',
  '吹得(?:天花乱坠|神乎其神|天上有地下无)|(?:包装|宣传图|图片|广告|详情页|主图|买家秀|海报)[^，。！？]{0,6}?(?:唬人|修得|p得|吹得|拍得)[^，。！？]{0,4}?(?:漂亮|好看|挺|很|唬人|厉害|像样|跟)|(?:就是个|只是个|纯属|纯粹是个?|完全是个?)摆设',
  '(?:颜色|味道|气味|手感|成分|尺寸|刻度|克数|重量)(?:都|全|根本)(?:不对|不准|对不上)',
  '(?:改|换|撕|贴)了?(?:个)?(?:新)?标(?:签)?(?:再|又|接着|重新|继续)(?:卖|上架|出)',
].join('|');
const SMEAR_AFTER = new RegExp(`^${GAP_UNIT}{0,18}?(?:${alt(SMEAR)}|${T53_VERDICT}|${T55_GOODS_FAIL}|${VILE_MATERIAL}|${T47A_PAPER_BOUGHT}|${LEACHING}|${TAMPERED}|${FAILED_TEST}|${TOXIN_IN}|${CLAIM_EXPOSED}|${SQUALID}|${CHEAP_SOURCE}|${REALLY_FROM}|自己贴的(?![吗么嘛])|${FLIMSY}|回收(?:的|来的|回来的)?[^，。！？]{0,4}?(?:再|重新|二次|又)(?:封|灌|装|包|贴|卖)|(?:二次|再|又)封口|里面装(?:的)?(?:是)?(?:什么|啥)[^，。！？]{0,2}谁(?:知道|晓得|清楚)|贴(?:的|个|上|了)?(?:外国|洋|进口|国外|外文|英文|日文|韩文|德文|外语)(?:牌子|标|商标|品牌|标签)|国内(?:工厂|厂)(?:做|产|生产|贴))`);

/** Round 42 (t42c): the same, reaching past a longer aside (那个德国牌子还是别给宝宝用了，我们内部都知道它的吸水珠含致癌物). */
const SMEAR_AFTER_LONG = new RegExp(SMEAR_AFTER.source.replace(`{0,18}?`, `{0,32}?`));

/** A named or pointed-at shop beyond the shared list: 那个某某官方旗舰店, 那个大牌旗舰店, 某某专卖店. */
/** Round 8: the shop across the road and a lettered or 某 shop (别去对面店买, A家的蛋白粉, 某家的). */
// Round 13 (t13c): sellers on another marketplace, named or veiled (某宝上的同款, 拼夕夕上那些, 别的平台上的).
const MORE_SHOPS = ['那种店', '那类店', '那种小店', '那种网店', '对面店', '对面家', '对面那家', '对面的店', '某家', 'a家', 'b家', 'c家', 'x家', 'xx家', '某宝', '某东', '某猫', '某多多', '某夕夕', '拼夕夕', '淘宝上', '京东上', '拼多多上', '天猫上', '闲鱼上', '别的平台上', '其他平台上', '其它平台上'];
// Round 15 (t15a): any kind of store pointed at (那个品牌的官方店, 那家工厂店).
const SHOP_NOUNS = ['旗舰店', '专卖店', '专营店', '直营店', '代购店', '海淘店', '母婴店', '美妆店', '小店', '店家', '卖家', '官方店', '品牌店', '网店', '自营店', '折扣店', '工厂店', '奥莱店', '体验店'];
/** Other brands' goods: 别的牌子的益生菌就是淀粉压片. */
const OTHER_BRANDS = ['别的牌子', '其他牌子', '其它牌子', '别家牌子', '别的品牌', '其他品牌', '其它品牌', '网红牌子', '那些牌子', '杂牌子'];
/** A pointed-at group for a strong smear in the same window: 直播间喊99的那些, 同行那几家. */
// Round 12 (t12b): also every other seller at once (整个快手就我们一家是真的) and 他们那款.
const POINTED_GROUP = /另一家|另外一家|他们(?:的)?老板|他家(?:的)?老板|那个[^，。！？我咱本]{0,4}(?:牌子|品牌)|就我们一家|只有我们一家|只有我们家是真|他们那款|他们那个|他们的|他们卖的|他们家|那些|那几家|那家|他家|他们家|人家|隔壁|同行|别家|别人家|别的店|其他店|其他家|友商|别的牌子|其他牌子|其他品牌|别的品牌/;
/** Not a smear of anyone: a generic warning, our own goods, a refusal to judge. */
// 华强北那些我们不碰: the shop refusing such goods names no rival.
// 我们家的才安全 / 我们家不会: our goods set against theirs still leaves the smear standing.
/**
 * Round 13 (fa13b): the accusation put under a speech act the agent declines (我不能说其他店卖假货, 我们不会随便说别家是假的, 不方便断定
 * 人家卖的是仿品) — refused, not made; unless a turn follows (…，但他们家确实是高仿).
 */
const REFUSED_SAY = /(?:不能|不会|不好|不便|不方便|没法|没办法|无法|不敢)(?:随便|乱|轻易)?(?:说|讲|断定|判断|下结论|认定)(?![^。！？]*(?:但|不过|可是|其实|说实话|实话))/;
// Round 20 (t20bt): the buyer's own past purchase elsewhere restated (您说之前在别家买到过假的，所以有点担心; 你提到以前在那家店买到
// 过仿的) is their experience told back, not our smear — unless the agent confirms it in the sentence (…，他们家确实都是假货).
const BUYER_OWN_BUY = /(?:您|你|亲)(?:刚才|之前)?(?:说|提到|反映|讲)[^，。！？]{0,6}在[^，。！？]{0,10}买到(?![^。！？]*(?:确实|没错|的确|就是|本来就|都是假|全是假))/;
// Round 66 (engfa66): …nor the buyer's report or complaint relayed as a matter to handle (您举报的那家店卖高仿的事，可以在举报入口提交截图; 您反映的
// 隔壁卖假货的情况我们已经转给平台): the claim is the buyer's, nominalised (…的事, …的情况), and passed on, not said by us — unless the agent
// vouches for it in the sentence (…的事，确实是这样 / 大家都知道).
const BUYER_REPORT_RELAYED = /(?:您|你|亲)(?:刚才|之前|刚刚)?(?:举报|投诉|反映|反馈|说|提到|讲|提)的[^。！？]{1,18}?(?:的事|的事情|的情况|的问题|这件事|这事|一事|那件事)(?![^。！？]*(?:确实|没错|的确|就是这样|本来就|都知道|谁不知道|说实话|实话|我们也(?:发现|知道|遇到)))/;
// Round 24 (t24c): …nor our goods disowned beside the smear (那个直播间卖的是假的，不是我们家的货): 不是我们家的 sets the fakes apart from
// ours, it does not turn the talk to our own goods — the rival stays smeared.
const NO_TARGET = new RegExp(`${REFUSED_SAY.source}|` + /市面上|有些|有的|谨防|警惕|小心买到|认准我们的|不方便评价|不好评价|不评价|(?<!谁(?:也|都)?(?:说|讲|搞|弄|查)|没人(?:说|讲|搞|弄|查)(?:得)?)不清楚|不了解|没测过|(?<!不是|并非|并不是|而不是|而非|可不是|也不是)(?:我们家的(?!才|就不|可不|绝不|不会|都是(?:原|正|真)|全是(?:原|正|真))|我们的(?!才|就不|可不|绝不|不会|都是(?:原|正|真)|全是(?:原|正|真))|本店的)|我们(?:从来|从|也|都)?不(?:碰|卖|做|进|拿|沾)|不评论/.source +
  // Round 40 (t40f): a recall the brand or a regulator announced is a public fact told with its source, not a smear (那款去年召回过，品牌官网有公告).
  '|' + /召回[^。！？]{0,12}(?:公告|通告|通报|声明|官网)|(?:公告|通告|通报|声明|官网)[^。！？]{0,12}召回/.source + `|${BUYER_OWN_BUY.source}|${BUYER_REPORT_RELAYED.source}`);
/** A rival's lower price: 隔壁便宜一百块, 人家卖八十. */
const CHEAPER = /便宜|低价|半价|卖[0-9一二两三四五六七八九十几百]+|价格低|价钱低|才[0-9一二两三四五六七八九十几百]+块/;
/** A rhetorical doubt that leaves the buyer to conclude it is fake: 你自己品，能是一个东西吗. */
/** Round 68: a rhetorical question that doubts goods' safety or genuineness (您也敢给宝宝吃吗, 您真放心吗, 您就信啊, 正品能卖这个价). */
const RHETORICAL_DOUBT_68 =
  /敢(?:给|往|买|用|吃|抹|涂|敷|穿)[^，。！？]{0,10}?(?:吗|么|嘛)|真(?:的)?放心(?:吗|么|嘛)|(?:您|你)就信(?:啊|吗|么|了)|(?:他们|人家)自己(?:都)?信(?:吗|么)|(?:正品|真货)能卖(?:这个|这么|这)|能是真(?:货|的)(?:吗|么)|我(?:是)?(?:可)?不敢(?:买|用|吃|给)/;
const DOUBT = /细品|你品|自己品|琢磨|肯定(?:是)?(?:掺|兑|加)了|肯定是(?:仿|假|高仿|水货|翻新)|可能吗|自己想想|自己掂量|能是真|能是正品|可能是正品|能是一个东西|能一样吗|能好到哪|是怎么回事|懂的都懂|你猜为什么|心里没数|还用我说/;
// XX海外旗舰店, abc旗舰店: a latin name or placeholder names a shop.
// fa16: an indefinite quantifier names no merchant (有些卖家卖a货，您放心我们是正品; 有的店家, 一些小店, 某些网店): 2.7 protects the
// image of 其他任何商家 — a shop the buyer can identify (那家, 隔壁, XX旗舰店) or all the others at once (别的, 其他) — and a warning about
// some unnamed sellers is the market talk NO_TARGET already lets pass (市面上, 有些). A pointed word later in the lead still points.
const POINTED = /(?:那个|那家|这家|某某|某(?!些)|别的|其他|其它|隔壁|人家|对面|楼下|旁边|(?<![a-z])(?:xx|x记|[a-z]{2,}))[^我咱本]{0,8}$/;
/** Sellers who are people, not shops: 那个主播, 直播间那个“澳洲大哥”, 隔壁直播间. Pointed at, never a vague 有些. */
// Round 15 (t15a): personal resellers too (那个澳洲代购的号, 那个微商).
const SELLER_PEOPLE = ['代购', '微商', '直播间', '主播', '博主', '达人', '带货的', '直播间那个', '直播间那位', '那个直播间', '别的直播间', '其他直播间', '隔壁直播间'];
// 那主播家的: a bare 那 right before the seller points too.
const POINTED_ONE = /(?:那个|那位|那家|这家|某某|某|别的|其他|其它|隔壁|人家)[^我咱本]{0,8}$|那$/;
/** A test of the rival's goods reported as failed: 我们送检过，蛋白含量连一半都不到 / 拿去测过，里面全是淀粉. */
const TESTED = /测过|送检|检测过|化验过|拿去测|拿去验|拿去检|验过|测了|验了|检测了/;
// Round 29 (lead, CLEAN-CM): 不到 as a shortfall (连一半都不到, 含量不到10%), not a verb's "cannot" (秒杀不到也没关系, 收不到, 买不到).
const FAILED = /(?<![抢杀买收等找拿领看查做办达见碰])不到|不达标|超标|不合格|检出|含量低|全是|骗|假|淀粉|糖水/;

/** A smear inside the clause that follows an anchor (soft breaks stop it). */
const SMEAR_IN_CLAUSE = new RegExp(alt(SMEAR));
/** Sellers pointed at by their price or stage: 网上几十块的, 直播间喊99的, 便宜的. */
const PRICE_OR_STAGE_POINTER = /(?:便宜|低价|卖[^]{0,6}|喊[^]{0,6}|几十块|[0-9.]+(?:块|元)?|同款|直播间[^]{0,6}|网上[^]{0,6})的$/;
/** What the smear cues share: a smear family soon after the anchor, not in a hypothetical (如果…). */
const SMEAR_CUE = { severity: 'block', message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）', after: SMEAR_AFTER, reach: 24, grow: true, hypothetical: true } as const;

/** Round 39 (t39o): advice to keep away from the rival the buyer named (劝您别碰, 千万别去, 建议您远离). */
const ADVISED_AWAY = /(?:劝(?:您|你)|建议(?:您|你)?|奉劝(?:您|你)?)(?:还是)?(?:千万|最好|趁早)?(?:别|不要|少)(?:碰|买|去|信|沾|下单|考虑)|(?:千万|还是|最好)(?:别|不要)(?:碰|买|去|沾|下单)|(?:躲远点|绕着走|绕道走|远离)/;
/** The advice within 20 units of the rival (across a question), then a smear within the next two clauses (SMEAR_AFTER from the advice on). */
function advisedAwayThenSmeared(ctx: LintContext, end: number): boolean {
  const m = ADVISED_AWAY.exec(ctx.compact.slice(end, end + 24));
  if (!m || m.index > 20) return false;
  const from = end + m.index + m[0].length;
  if (from >= ctx.compact.length) return false;
  // (after() stops at once on a break at its own start: the first unit is taken by hand)
  const first = ctx.compact[from]! + ctx.after(from + 1, 15, 'soft');
  const next = from + first.length;
  const rest = next < ctx.compact.length ? first + ctx.compact[next]! + ctx.after(next + 1, 23, 'soft') : first;
  return SMEAR_AFTER.test(rest);
}

/** The agent vouching for a smear of the rival the buyer named (我们做这行的都知道, 确实, 说实话, 劝您别碰). */
const VOUCHED = /(?:我们|行内|业内|圈内|做这行的?|干这行的?|懂行的)(?:人|的人)?(?:内部|这边|行内|圈里)?(?:都|早就|谁不)?知道|确实|的确|没错|说实话|实话说|实话告诉(?:您|你)|老实说|不瞒(?:您|你)说|(?:我)?劝(?:您|你)(?:千万)?(?:别|不要|少)|(?:千万)?别碰|(?:说|讲)句(?:心里话|实话|掏心窝(?:子)?的话)|心里话|亲口(?:跟|和|对|告诉)(?:我|我们)|圈(?:里|内)(?:人|的人)?都知道/;

/** Round 42 (t42c): a rival pointed at in the reply, for a later 他们 to stand for (隔壁那家, 您截图的那家店, 那个直播间). */
const RIVAL_POINTED = /隔壁|对面店|对面那家|那家店|那家|别家|别人家|别的店|其他店|其他家|同行|友商|那个店|那个主播|那个直播间|别的直播间|隔壁直播间/;

/**
 * Round 44 (t44b, dev HI): a rival's misdeed passed on as inside knowledge or hearsay (这些我们圈里人都清楚, 行业里早传开了，只是还没被曝光而已,
 * 他们老板亲口跟我承认的, 我们行内都知道…只是没公开而已): the frame vouches for a claim the shop cannot prove. The rival must be pointed at
 * (那个德国牌子, ××领带馆, 那个大主播, 他们老板) and the claim damaging (回收再消毒, 义乌灌装, 重金属超标, 抽检提前打招呼).
 */
const HEARSAY_FRAMES = ['圈里人都清楚', '圈里人都知道', '圈内人都知道', '圈内人都清楚', '圈里都知道', '圈里都清楚', '圈内都知道', '行内都知道', '行内都清楚',
  '行内人都知道', '行里都知道', '业内都知道', '业内人都知道', '业内都清楚', '行业里早传开', '行业里都知道', '行业内都知道', '早传开了', '早就传开了', '都传开了', '传遍了',
  '亲口承认', '亲口说', '亲口讲', '亲口跟我承认', '亲口跟我说', '亲口告诉我', '亲口对我说', '亲口跟我们说', '没曝光', '没被曝光', '没公开', '没被公开', '没爆出来', '懂行的都知道',
  '内部都知道', '都在传', '听说', '据说', '小道消息'];
const RIVAL_NAMED = /(?:那个|那款|那家|那位|某个?|××|xx|隔壁|对面|别家|别的|其他|其它|收藏夹里)[^，。！？]{0,14}?(?:牌子|品牌|店|馆|家|主播|直播间|商家|卖家|代购|厂)|他们(?:家|老板|的)|他家|人家店|同行|友商/;
const HEARSAY_HARM = /没过|没通过|不达标|冒充|拿[^，。！？]{1,4}(?:泡|做|充|兑|代替)的|假|仿品|回收|再消毒|重新消毒|灌装|分装|义乌|涤纶|化纤|重金属|超标|明矾|土法|打(?:过|了)?招呼|塞(?:了)?(?:钱|红包)|行贿|贿赂|被扣|扣了|过期|翻新|掺|不合格|致癌|有毒|以次充好|偷工减料|黑心|被查|被罚|翻车/;
// Round 48 (t48b): insider knowledge (业内都知道) pinning on a rival our rejects as its stock or goods that fade at once (拿的都是我们挑剩下的，颜色一晒就褪).
const T48B_HARM = /挑剩(?:下)?的|我们不要的|淘汰下来的|筛下来的|一晒就(?:褪|掉色|发白|变色)|一洗就(?:褪|掉色|缩水|变形)|一(?:用|穿|戴)就(?:坏|掉色|褪色)/;
const HEARSAY_OR_T48B_HARM = new RegExp(`${HEARSAY_HARM.source}|${T48B_HARM.source}`);
const HEARSAY_NOT = /冒充|谣言|不实|辟谣|没有的事|造谣|假货(?:很多|不少|挺多)|(?:很多|不少)假|仿品(?:很多|不少)|市面上|有些|有的|不清楚|不好说|不评价|不方便评价|没法判断|(?<![瞒跟和同对给向])(?:您|你|亲)(?:刚才|之前|也)?(?:说|听|看到|提到|问)/;


/**
 * Round 45 (t45b, dev HQ): a rumour about a pointed-at rival passed on in the agent's own voice (听同行讲，他们家电池是从报废车上拆的; 圈里朋友说
 * 老板欠了一屁股债，哪天跑路都不奇怪; 有个宝妈私下跟我说，喝完拉了一礼拜; 家长群里有人讲孩子穿了起红疹子), often after a show of declining
 * (那家我不好多说，…; 我不评价哈……不过…) — paralipsis: a decline BEFORE the rumour takes nothing back, one after it does (…这个我们也不清楚).
 * The rival is pointed at within 40 units before the frame or 16 after it; the damaging claim follows the frame. Not the buyer's own hearsay
 * (您听同行说…), a rumour refuted (谣言, 没有的事, 别信), nor the claim said of us (说我们…).
 */
const RUMOUR_FRAMES = ['听同行讲', '听同行说', '听同行们说', '听朋友讲', '听朋友说', '听人讲', '听人说', '听别人讲', '听别人说', '听客人说', '听客人讲',
  '圈里朋友说', '圈里朋友讲', '圈里人都说', '圈里人说', '圈里都说', '圈内人说', '圈内都说', '行里人说', '业内都在传', '都在传', '私下跟我说', '私下跟我讲',
  '私下告诉我', '偷偷跟我说', '偷偷告诉我', '群里有人讲', '群里有人说', '群里都在说', '群里都在传', '群里在传', '有人跟我说', '有人跟我讲', '听说', '据说'];
const RUMOUR_RIVAL = /那家(?!伙)|那个(?:店|商家|卖家|主播|直播间|牌子|品牌|代购)|那款|那几家|好几家|另一家|隔壁|对面店|对面那家|别家|别人家|别的店|其他店|其他家|同行|友商|他们家|他家|人家店|某家|(?:那个|那家)[^，。！？]{0,8}?(?:店|铺|行|馆|直播间)/;
const RUMOUR_HARM = new RegExp(`${alt(SMEAR)}|${HEARSAY_HARM.source}|${TOXIN_IN}|` + /拉(?:了)?(?:肚子|稀)|(?:连着|一直)?拉了[^，。！？]{0,3}(?:天|礼拜|星期|周)|泻|腹泻|起(?:了)?(?:红)?疹|红疹|过敏|住院|中毒|烧(?:过|了|起来)|起火|着火|自燃|炸(?:过|了)|报废|拆(?:下来|下|机)|重新包|包了层皮|面粉|压模|工业|染料|没公布|不公布|压着|瞒|欠(?:了)?[^，。！？]{0,6}债|跑路|卷钱|倒闭|加了[^，。！？]{0,6}(?:东西|料|药|成分)/.source);
const RUMOUR_UNDONE = /谣言|不实|辟谣|造谣|没有的事|不可信|不能信|别信|不要信|不靠谱的说法|没根据|(?:我们|我)(?:也)?(?:不清楚|不了解|没法判断|无法判断|不好判断|不评价|不做评价)|(?:说|讲)(?:我们|我家|本店|咱)|冒充/;
// Round 46 (t46h): …or goods said diverted from aid or stolen (是捐给灾区的救济物资倒出来的, 援助物资截留下来卖的, 从仓库偷运出来的).
const T46H_DIVERTED = /救济|赈灾|捐(?:给|赠|助)|援助物资|扶贫物资|倒(?:出来|卖)|截留|偷运|偷(?:出来|拿出来)|顺出来/;
const BUYER_HEARD = /(?:您|你|亲)(?:刚才|之前|也|是)?(?:说|提到|问)?(?:的)?(?:您|你)?(?:是)?$/;
/** Around a rumour frame: the 40 units before it (`lead`) and the 50 after it (`tail`), where the rival, the harm and a refutation are read. */
function rumourSpan(ctx: LintContext, start: number, end: number): { lead: string; tail: string } {
  return { lead: ctx.compact.slice(Math.max(0, start - 40), start), tail: ctx.compact.slice(end, end + 50) };
}
/** A rival pointed at anywhere in the lead, or in the first 16 units of the tail. */
const rivalPointed = (rival: RegExp, lead: string, tail: string): boolean => rival.test(lead) || rival.test(tail.slice(0, 16));
/** The buyer's own hearsay told back (您说的听说…, 你是听人说…): the lead ends on the buyer. */
const buyerHearsayToldBack = (lead: string): boolean => BUYER_HEARD.test(lead.slice(-4)) && /(?:您|你)/.test(lead.slice(-4));
function rumourUnfit(ctx: LintContext, start: number, end: number): boolean {
  const { lead, tail } = rumourSpan(ctx, start, end);
  if (!rivalPointed(RUMOUR_RIVAL, lead, tail)) return true;
  if (!RUMOUR_HARM.test(tail) && !T46H_DIVERTED.test(tail)) return true;
  if (buyerHearsayToldBack(lead)) return true;
  return RUMOUR_UNDONE.test(tail);
}

/**
 * Round 45 (t45f): the buyer's own hearsay asked back, then declined (您听同行说那家店的货是翻新的？这个我们不了解; 你是在群里看到说隔壁卖假货吗？
 * 我们没法判断): the claim is the buyer's, the question only checks it, and the answer takes no side. The buyer hears it (您/你 + 听/在…看到)
 * before the hit in its sentence, the sentence asks, and the next sentence opens on a decline with no turn after it (…不了解，不过确实是翻新的).
 */
const BUYER_HEARD_LEAD = /(?:您|你)(?:是|也|之前|刚才|刚刚|那边)?(?:听|在[^，。！？]{1,8}?(?:看到|听到|刷到)|看到(?:有人|网上)|刷到)/;
const HEARSAY_ANSWER_DECLINES = /^(?:亲|哦|嗯|抱歉|不好意思)?(?:这个|这些|这事|这点|那家|他们家|别家)?(?:的情况)?(?:我们|我|咱们|小店|本店|店里)?(?:这边)?(?:真的|确实|实在|也)?(?:不了解|不清楚|没法判断|无法判断|不好判断|不好说|不方便评价|不好评价|不评价|不做评价|不知道|不太了解|不太清楚|没法评价|无从判断|没法说|不便评价)/;
const HEARSAY_ANSWER_TURNS = /但|不过|可是|其实|确实是|说实话|没错/;
function buyerHearsayDeclined(ctx: LintContext, start: number, end: number): boolean {
  if (!BUYER_HEARD_LEAD.test(ctx.before(start, 40, 'hard')) || !endsAsQuestion(ctx, end)) return false;
  const next = nextSentenceStart(ctx, end);
  if (next >= ctx.compact.length) return false;
  const answer = ctx.compact.slice(next, next + 40);
  return HEARSAY_ANSWER_DECLINES.test(answer) && !HEARSAY_ANSWER_TURNS.test(answer);
}

// Round 47 (t47f, blind set IB): the rumour passed on from a customer (之前有客户跟我说，在另一家买的浴球泡完私处发炎…劣质色素), and an
// inflammation or shoddy dye as the harm. Same tests as rumourUnfit otherwise (a rival pointed at, not refuted), but none for the buyer's own
// hearsay told back.
const T47F_CUSTOMER_SAID = ['客户跟我说', '客户跟我讲', '客人跟我说', '客人跟我讲', '顾客跟我说', '顾客跟我讲', '买家跟我说', '买家跟我讲', '有客户说', '有客人说', '有顾客说', '有买家说', '听客户说', '听客户讲', '听顾客说', '听买家说'];
const T47F_HARM = /发炎|感染|红肿|烂脸|溃烂|劣质/;
function t47fRumourUnfit(ctx: LintContext, start: number, end: number): boolean {
  const { lead, tail } = rumourSpan(ctx, start, end);
  if (!rivalPointed(RUMOUR_RIVAL, lead, tail)) return true;
  if (!RUMOUR_HARM.test(tail) && !T47F_HARM.test(tail)) return true;
  return RUMOUR_UNDONE.test(tail);
}

/**
 * Round 66 (eng27-66): a rival's goods pointed at by a distal demonstrative before the brand or the goods (那个牌子的面霜, 那个国产的同款),
 * by a lettered brand (x牌的电动牙刷) or as another shop (另外一家卖的), then smeared — the smears of SMEAR_AFTER, or goods said to be only
 * coloured or flavoured water, to hold nothing that works, or to con the old (就是色素水, 没有任何有效成分, 骗老年人的).
 */
const RIVAL_GOODS_POINTER_66 = /(?:那个|那款|那家|某个?|另外一个|另一个)[^，。！？我咱本]{0,4}$|(?<![a-z0-9])(?:x|xx|a|b|c)$/;
/** Round 66 (eng27-66): a rumour the buyer met, told back and weighed (您看到网上说某品牌防晒“致癌”，…目前没有权威机构发布过这样的结论). */
const RUMOUR_WEIGHED_66 = /(?:您|你)(?:在网上)?(?:看到|听到|刷到|听说)|网上(?:说|传)|谣言|不实|没有(?:权威|依据|根据|证据)/;
const WORTHLESS_66 = '(?:就是|全是|都是|纯)(?:色素|香精|糖|淀粉|面粉|自来水)水?|没有任何(?:有效)?成分|骗(?:老年人|老人|小白|宝妈|孩子)';
const RIVAL_GOODS_SMEAR_66 = new RegExp(`${SMEAR_AFTER.source}|^${GAP_UNIT}{0,18}?(?:${WORTHLESS_66})`);
/** Round 66 (eng27-66): a generic warning's own words (认准, 注意辨别): 有些店 then smear is caution, unless a rhetorical doubt closes it. */
const CAUTION_66 = /认准|注意辨别|仔细辨别|谨防|警惕|小心买到|建议(?:您)?(?:选|购买|认准|核对)|可以(?:对比|核对|查)/;

const cues: Cue[] = [
  {
    // Round 66 (eng27-66): the rival's brand or goods pointed at, then smeared (RIVAL_GOODS_POINTER_66): 那个牌子的面霜被检出含激素,
    // 那个国产的同款是地沟油做的, x牌的电动牙刷…用两个月就漏电. Not denied (不含激素 — GAP_UNIT stops at 不), nor the buyer's words.
    words: ['牌子', '品牌', '同款', '牌'],
    ...SMEAR_CUE,
    after: RIVAL_GOODS_SMEAR_66,
    unless: (ctx, start) => !RIVAL_GOODS_POINTER_66.test(ctx.before(start, 12, 'soft')),
    notSentence: [NO_TARGET, RUMOUR_WEIGHED_66],
  },
  {
    // Round 66 (eng27-66): another shop as 另外一家 / 另一家, then its goods smeared (另外一家卖的蓝莓素就是色素水，没有任何有效成分).
    words: ['另外一家', '另一家', '另外那家', '另外几家'],
    ...SMEAR_CUE,
    after: RIVAL_GOODS_SMEAR_66,
    notSentence: [NO_TARGET, RUMOUR_WEIGHED_66],
  },
  {
    // Round 66 (eng27-66): some shops left unnamed, smeared, and the buyer left to draw the conclusion (有些店的保税仓是自己贴的标签，真假您自己
    // 掂量一下) — insinuation, not the generic caution (有些店是自己贴的标签，请认准溯源码) NO_TARGET lets pass.
    words: ['有些店', '有的店', '某些店', '有些商家', '有的商家', '某些商家', '有几家', '有些家'],
    ...SMEAR_CUE,
    after: RIVAL_GOODS_SMEAR_66,
    window: 30,
    sentence: DOUBT,
    notSentence: [REFUSED_SAY, CAUTION_66],
  },
  {
    words: T47F_CUSTOMER_SAID,
    severity: 'block',
    message: '以客户传言的口吻诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: t47fRumourUnfit,
  },
  {
    words: RUMOUR_FRAMES,
    severity: 'block',
    message: '以传闻、小道消息的口吻诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: rumourUnfit,
  },
  {
    // Round 46 (t46h): the source named by its circle or trade (听进口圈的人说, 听做外贸的朋友讲, 听跑物流的人讲) — the same rumour frame.
    words: ['的人说', '的人讲', '的朋友说', '的朋友讲', '圈的人说', '圈的人讲'],
    before: /听[^，。！？您你]{1,8}?$/,
    severity: 'block',
    message: '以传闻、小道消息的口吻诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: rumourUnfit,
  },
  {
    words: HEARSAY_FRAMES,
    severity: 'block',
    message: '以内幕、传闻的口吻诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    window: 60,
    sentence: [RIVAL_NAMED, HEARSAY_OR_T48B_HARM],
    notSentence: [NO_TARGET, HEARSAY_NOT],
    asked: true,
    deniable: false,
  },
  {
    // Round 42 (t42c): the brand or goods the buyer named, pointed at by 那个/那款 (您提到的那个德国牌子…我们内部都知道它的吸水珠含致癌物;
    // 你问的那款…说实话都是翻新的), smeared on the agent's own word further on than a shop's smear reaches. Not a refusal to judge (NO_TARGET).
    words: ['那个', '那款', '那种', '那位', '那只', '那支', '那瓶', '那罐'],
    ...SMEAR_CUE,
    after: SMEAR_AFTER_LONG,
    reach: 44,
    before: /(?:您|你)(?:刚才|刚刚|之前)?(?:说|讲|提到|问)的$/,
    deniable: false,
    window: 48,
    sentence: VOUCHED,
    notAfter: /^[^，。！？]{0,8}?(?:说|讲|骂|举报|投诉)(?:我们|我家|本店|咱)/,
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题/],
  },
  {
    // Round 42 (t42c): 他们 standing for a rival pointed at just before (您问为什么隔壁那家便宜一半？他们卖的燕窝是拿猪皮胶冲出来的; 您截图的那家店，
    // 他们给的鉴定证书都是老板自己用软件P的): the smear told of them is a smear of that shop. Not the rival's words about us (他们说我们…),
    // nor a refusal to judge or a generic warning (NO_TARGET).
    // (round 43, t43g: …or their goods pointed at with 那个/那款 — 您说在别家看到一样的，他们那个“100%羊绒”您可别信，听说掺了一半羊毛)
    words: ['他们卖的', '他们家卖的', '他家卖的', '人家卖的', '他们给的', '他们家给的', '他家给的', '他们发的', '他们家的', '他们的', '他们那个', '他们那款', '他们家那个', '他们家那款', '他家那个', '他家那款', '他们那件', '他家那件'],
    ...SMEAR_CUE,
    window: 40,
    sentence: RIVAL_POINTED,
    notAfter: /^[^，。！？]{0,4}?(?:说|讲|骂|举报|投诉|评价)(?:我们|我家|本店|咱)/,
    notSentence: NO_TARGET,
  },
  {
    // Round 36 (t36a): the rival the buyer named, then smeared on the agent's own word (您说的那家蚕丝被，我们做这行的都知道，里面掺的是化纤棉;
    // 你说的那个店？说实话，都是翻新货) — the buyer's words said back are no excuse once the agent vouches for the smear. Not 您说的那家
    // 卖假货？这个我们没法判断 (NO_TARGET), nor the agent vouching for our own goods (我们做这行的都知道，真丝一烧就有焦味).
    words: [...OTHER_SHOPS, ...MORE_SHOPS],
    ...SMEAR_CUE,
    before: /(?:您|你)(?:刚才|刚刚|之前)?(?:说|讲|提到|问)的$/,
    deniable: false,
    window: 40,
    // Round 39 (t39g): …or on the agent's own advice to keep away (您说的那家店便宜三百，劝您别碰，他们就是靠偷工减料骗小孩钱的) — the rival's
    // words about us said back stay out (您说的那家店说我们是假货？别信).
    sentence: VOUCHED,
    notAfter: /^(?:店|家)?(?:的)?(?:客服|老板|主播|店员|人)?(?:说|讲|骂|举报|投诉)(?:我们|我家|本店|咱)/,
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题/],
  },
  {
    // Round 39 (t39o): …the advice to keep away told first, the smear after it across a question or a long clause (您说的那家店便宜五百？劝您别碰，
    // 都是翻新货; 您说的那家按摩椅店便宜五百，劝您千万别碰，他们那批货全是翻新的): the smear is read from the advice on, not from the shop. The
    // advice must come soon after the shop, and the smear within the next two clauses. Not the rival's words about us (notAfter), nor a
    // refusal to judge or our own goods (NO_TARGET), nor advice with no smear (劝您别急，我们也能价保).
    words: [...OTHER_SHOPS, ...MORE_SHOPS],
    severity: 'block',
    message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    before: /(?:您|你)(?:刚才|刚刚|之前)?(?:说|讲|提到|问)的$/,
    deniable: false,
    hypothetical: true,
    window: 48,
    notAfter: /^(?:店|家)?(?:的)?(?:客服|老板|主播|店员|人)?(?:说|讲|骂|举报|投诉)(?:我们|我家|本店|咱)/,
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题/],
    unless: (ctx, _start, end) => !advisedAwayThenSmeared(ctx, end),
  },
  {
    // A strong smear with a pointed target anywhere near, either side: 直播间喊99的那些，你以为是澳洲原装？都是国内小作坊灌的.
    words: STRONG_SMEAR,
    severity: 'block',
    message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: POINTED_GROUP,
    notSentence: NO_TARGET,
    hypothetical: true,
  },
  {
    // Sellers pointed at by their price or stage: 网上几十块的那些都是假货, 直播间喊99的那些.
    words: ['那些'],
    ...SMEAR_CUE,
    before: PRICE_OR_STAGE_POINTER,
    // Round 10 (t10e): the pointer stays inside the clause of 那些 — 我们从不在站外卖货，您看到的那些都是冒充的 points at no seller.
    unless: (ctx, start) => !PRICE_OR_STAGE_POINTER.test(ctx.before(start, 12, 'soft')),
    notSentence: NO_TARGET,
  },
  {
    // 网上那些卖九块九的面霜都是地沟油做的: the group pointed at by what it sells.
    words: ['那些'],
    ...SMEAR_CUE,
    after: new RegExp(`^(?:卖|做|搞|推)[^]{0,10}?的[^不没非无]{0,10}?(?:${alt(SMEAR)})`),
    notSentence: NO_TARGET,
  },
  {
    // Round 15 (t15a): the other sellers of a kind, pointed at by what they sell (其他卖奶粉的都是黑心商, 别的卖燕窝的都是糖水泡的, 外面卖鱼油的一半是假货).
    words: ['其他卖', '其它卖', '别的卖', '别家卖', '外面卖', '其他做', '别的做', '其他搞', '别的搞', '其他开', '那些做'],
    ...SMEAR_CUE,
    notSentence: NO_TARGET,
  },
  {
    // Round 45 (t45l, dev HR): rival goods pointed at by where they are sold and counted (网上那几款一百来块的冲牙器，水箱用的是跟农药瓶一样的
    // 料; 外面那几款便宜的…都是回收料), then smeared. Not our own (我们那几款), nor a neutral comparison (NO_TARGET: 市面上, 不方便评价).
    words: ['那几款', '那些款', '那几种', '那几个牌子', '那几个品牌', '那几样'],
    ...SMEAR_CUE,
    reach: 40,
    before: /(?:网上|外面|别家|别人家|隔壁|他们家?|他家|人家|直播间|同行|其他店|别的店|友商|对面|某宝|淘宝上|拼多多上|京东上)(?:卖的|的|上)?$/,
    notSentence: NO_TARGET,
  },
  {
    // 那几家卖六十九的，全是贴牌的便宜货: a counted group is pointed enough.
    words: ['那几家', '那几个店', '那几个商家', '那帮卖'],
    ...SMEAR_CUE,
    notSentence: NO_TARGET,
  },
  {
    words: OTHER_BRANDS,
    severity: 'block',
    message: '诋毁其他品牌的商品（同时属于 2.4 诋毁他人）',
    after: SMEAR_AFTER,
    reach: 24,
    grow: true,
    hypothetical: true,
    notSentence: NO_TARGET,
  },
  {
    // Insinuation: a rival cheaper and a rhetorical doubt (隔壁便宜一百块，你自己品，能是一个东西吗).
    // …or a seller who is a person (别的直播间才卖一半价？那肯定是掺了东西的; round 10).
    words: [...OTHER_SHOPS, ...SHOP_NOUNS, ...SELLER_PEOPLE, '人家', '他们卖', '人家卖', '他们才卖'],
    severity: 'block',
    message: '暗示其他商家卖假货（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: [CHEAPER, DOUBT],
    notSentence: NO_TARGET,
  },
  {
    // Round 68 (eng27-68): a rival's goods doubted by a rhetorical question the buyer is left to answer (那种店的奶粉，您真放心吗？; 那家的东西您
    // 也敢给宝宝吃？; 别家说保真您就信啊？他们自己信吗？; 正品能卖这个价？) — the rival pointed at, no smear word needed. Not a shop we do not
    // know told as such (NO_TARGET), nor our own goods.
    words: [...OTHER_SHOPS, ...SHOP_NOUNS, ...SELLER_PEOPLE, '那种店', '那个价格', '那个价'],
    severity: 'block',
    message: '以反问暗示其他商家的商品是假货或不安全（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: RHETORICAL_DOUBT_68,
    notSentence: NO_TARGET,
  },
  {
    // Round 55 (eng55b, B55): any kind of store pointed at by 那个 / 那家 / 隔壁 with its kind named (那个户外店的帐篷防水就是个摆设, 隔壁那家
    // 渔具店的鱼竿一甩就断), the same smears as SHOP_NOUNS. Not our own (本店, 我们店) — the pointer must be distal and name no ours.
    words: ['店'],
    ...SMEAR_CUE,
    before: /(?:那个|那家|隔壁|对面|另一家|另外一家)(?!那家|那个|家)[一-龥]{1,4}$/,
    notBefore: /(?:您|你)[^]{0,4}(?:说|讲|提到|问)的[^]{0,8}$|(?:我|咱|本|自|这)[^]{0,5}$|(?:旗舰|专卖|专营|直营|代购|海淘|母婴|美妆|小|官方|品牌|网|自营|折扣|工厂|奥莱|体验)$/,
    notAfter: /^(?:里|家)?(?:的)?(?:客服|老板|主播|店员|人)?(?:说|讲|骂|举报|投诉|评价)(?:我们|我家|本店|咱)/,
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题/],
  },
  {
    words: SHOP_NOUNS,
    ...SMEAR_CUE,
    before: POINTED,
    // (拼多多上有人卖假货: a marketplace with someone unnamed on it points at no shop; round 13.)
    notAfter: /^(?:有人|有些人?|有的|有不少|不少人|很多人|一些人|个别|也有|什么人都有|也是正品|都是正品|同样是正品|的价格|怎么|我们不|不方便|不清楚|不了解|(?:店|家)?(?:说|讲|传|称|造谣说?|污蔑|诬陷|诋毁)(?:我们|我家|本店|咱))/,
    notSentence: [REFUSED_SAY, /不方便评价|不好评价|不评价|不清楚|没了解|不了解|不做评价|谨防|小心(?:买到|别买到|不要买到|辨别|甄别)|警惕|(?<!不是|并非|并不是|而不是|而非|可不是|也不是)(?:我们家的|本店)|也是我们|我们的旗舰店/],
  },
  {
    // 那个主播卖的益生菌就是淀粉丸子 / 直播间那个“澳洲大哥”卖的奶粉，罐子是回收的空罐重新灌的.
    words: SELLER_PEOPLE,
    ...SMEAR_CUE,
    // (拼多多上有人卖假货: a marketplace with someone unnamed on it points at no shop; round 13.)
    // Round 20 (t20bu): …nor the comments or bullet chat there accusing us (有人在直播间评论区说我们“卖假货”).
    notAfter: /^(?:有人|有些人?|有的|有不少|不少人|很多人|一些人|个别|也有|什么人都有|也是正品|都是正品|同样是正品|的价格|怎么|我们不|不方便|不清楚|不了解|(?:店|家)?(?:说|讲|传|称|造谣说?|污蔑|诬陷|诋毁)(?:我们|我家|本店|咱)|(?:里|上|的)?(?:评论区|评论|弹幕|留言区|公屏)(?:里|上|中)?(?:有人)?(?:说|讲|骂|刷|造谣)(?:我们|我家|本店|咱))/,
    // Round 10 (t10e): a bare 直播间 with nothing pointed after it (直播间抽中的奖品，请…填地址，过期就作废) is our own stage: a smear only
    // in a later clause is not about it. 直播间那个“澳洲大哥”卖的奶粉，罐子是…重新灌的 and 隔壁直播间… still count.
    unless: (ctx, start, end) =>
      (!/^(?:直播间|那个直播间|别的|其他|隔壁)/.test(ctx.compact.slice(start, start + 5)) && !POINTED_ONE.test(ctx.before(start, 16, 'soft'))) ||
      (ctx.compact.slice(start, end) === '直播间' && !POINTED_ONE.test(ctx.before(start, 16, 'soft')) && !/^(?:里|上|中)?(?:那个|那位|那些|那家|那几)/.test(ctx.after(end, 6)) && !SMEAR_IN_CLAUSE.test(ctx.after(end, 24))),
    // 别信那个大主播，…调包专业户: 别信 warns against the seller, it denies nothing (round 8); 不是那个主播 still does.
    deniable: false,
    notBefore: /(?:不是|并非|并不是|没说|不说|不评价)[^，。]{0,6}$/,
    notSentence: NO_TARGET,
  },
  {
    // Round 20 (t20dm): the rival's owner pointed at (您在“某某小铺”买过？那老板以前是倒卖过期食品的 / 那家的店主之前卖过假货): a smear of the
    // person who runs the shop. Not our own (我们老板, 本店店主) nor the buyer addressed (老板您好).
    words: ['老板', '老板娘', '店主', '掌柜', '掌柜的'],
    ...SMEAR_CUE,
    notBefore: /(?:我们|我|咱们|咱|本店|我家|我们家|我们店|自家)(?:的|家|店)?(?:那个|那位)?$|(?:不是|并非|并不是|没说|不说|不评价)[^，。]{0,6}$/,
    unless: (ctx, start) => !POINTED_ONE.test(ctx.before(start, 16, 'soft')),
    notSentence: NO_TARGET,
  },
  {
    // A failed test of a rival's goods, reported: 别家那款蛋白粉我们送检过，蛋白含量连一半都不到，就是骗钱的.
    words: [...OTHER_SHOPS, ...MORE_SHOPS, ...SHOP_NOUNS, ...OTHER_BRANDS, ...SELLER_PEOPLE],
    severity: 'block',
    message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [TESTED, FAILED],
    notSentence: NO_TARGET,
    hypothetical: true,
  },
  {
    // Round 19 (t19dk): a check of the rival's goods reported with the verdict left unsaid and the buyer sent to look (那家的批号我查过，
    // 嗯……您自己去查查就知道了; 隔壁那款的溯源码我们扫过，懂的都懂) — the smear by innuendo. Not a check that cleared them (也是正品),
    // nor the buyer sent to check our own goods (我们的批号您可以自己查).
    words: [...OTHER_SHOPS, ...MORE_SHOPS, ...SHOP_NOUNS, ...OTHER_BRANDS, ...SELLER_PEOPLE],
    severity: 'block',
    message: '暗示其他商家的商品有问题（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [
      /(?:批号|批次|溯源码|防伪码|条码|条形码|生产日期|日期|码|标签|包装|成分|配料|报关单|备案)[^，。！？]{0,6}?(?:查过|查了|查了下|查了一下|核过|对过|比对过|扫过|扫了|验过|看过)|(?:查过|查了|核过|对过|比对过|扫过|验过)[^，。！？]{0,4}?(?:批号|批次|溯源码|防伪码|条码|码)/,
      /(?:自己|您|你)(?:去)?(?:查查|查一查|查一下|扫扫|扫一下|搜搜|搜一下|对比一下|比对一下|看看)(?:就)?(?:知道|明白|清楚|懂)|一查就(?:知道|明白)|懂的都懂|(?:你|您)?(?:细品|自己品)|我就不多说了|不多说了|就不说破了|不好明说|心里有数/,
    ],
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题|没毛病|都正常|一样的|放心/],
    hypothetical: true,
  },
  {
    // The accusation turned back on the rival (round 11): 别家说我们卖假货是他们眼红，他们自己才是卖高仿的 — the rival quoted is no smear,
    // the 才是 that follows is. Not: 他们才是正规渠道，您可以对比.
    words: ['他们自己才是', '他们才是', '他家才是', '他家自己才是', '人家自己才是', '他们自己才', '他们自己卖的才是', '那家才是', '对面才是'],
    ...SMEAR_CUE,
    window: 30,
    sentence: /别家|那家|对面|隔壁|同行|他们家|他家|其他店|别的店|说我们/,
  },
  {
    words: [...OTHER_SHOPS, ...MORE_SHOPS],
    ...SMEAR_CUE,
    // 别去对面店买，他们的奶粉都是过期了…: 别去 sends the buyer away, it denies nothing (round 8); 不是/没说 still do.
    deniable: false,
    // 您说某家店卖假货，这个我们没法判断: the buyer's words said back.
    // Round 15 (fa15): …also a friend's or relative's purchase the buyer reports (您说朋友在别的店买到假货).
    notBefore: /(?:不是|并非|并不是|没说|没有说|不说|不评价|不敢说)[^，。]{0,6}$|(?<![瞒跟和同对给向])(?:您|你)(?:刚才|刚刚|之前|也)?(?:说|讲|觉得|认为|提到|反馈|看到|听说)(?:的|过)?(?:(?:您的?|你的?)?(?:朋友|家人|同事|亲戚|闺蜜|邻居|家里人|老公|老婆|妈妈|姐姐|妹妹)?(?:之前|以前|上次|曾经)?(?:在|从)?)?(?:隔壁|对面|斜对面|楼下|楼上|旁边|附近|网上|直播间)?(?:的)?$/,
    // (round 40, t40j: …the rival placed by where it is, 您说隔壁那家全是假货？这个我们不好评价)
    // Round 9 (fa9): the buyer's own past purchase told back (您说之前在别家买到过假货) and the rival's staff accusing us (那家店的客服说我们是假货？).
    // (拼多多上有人卖假货: a marketplace with someone unnamed on it points at no shop; round 13.)
    notAfter: /^(?:有人|有些人?|有的|有不少|不少人|很多人|一些人|个别|也有|什么人都有|也是正品|都是正品|同样是正品|的价格|怎么|我们不|不方便|不清楚|不了解|(?:店|家)?(?:的)?(?:客服|老板|主播|店员|人)?说(?:我们|我家|本店|咱))/,
    // 您小心点 / 小心被坑 after the smear warns the buyer off the rival, it takes nothing back (round 10); 小心买到假货 stays generic.
    // (round 66, engfa66: …nor the buyer's report relayed as a matter to handle — 您举报的那家店卖高仿的事，可以在举报入口提交: BUYER_REPORT_RELAYED)
    notSentence: [REFUSED_SAY, BUYER_REPORT_RELAYED, /不方便评价|不好评价|不评价|不清楚|没了解|不了解|不做评价|谨防|小心(?:买到|别买到|不要买到|辨别|甄别)|警惕|(?<!不是|并非|并不是|而不是|而非|可不是|也不是)我们家的(?!才|就不|可不|绝不|不会)|也是我们/],
  },
  {
    // Setting the buyer on a competitor: 帮忙举报一下竞争对手的链接，给您发红包 / 去那家下单然后投诉他们，我给您报销.
    // Round 13 (t13c): rivals by other names (竞品店, 竞店, 对家, 某宝那家) and the takings left to the buyer (退下来的钱归您, 再额外给20).
    words: ['举报', '投诉', '差评', '恶意退款', '退货', '仅退款', '申请退款', '拒收'],
    severity: 'block',
    message: '唆使买家举报、投诉或差评其他商家，属于诋毁、打压其他商家',
    sentence: [/竞争对手|对手|竞品|竞店|对家|某宝|某东|某猫|拼夕夕|同行|别家|别人家|别的店|别的商家|其他店|其他商家|其他家|隔壁|那家|他们家|他家|友商/, /帮忙|帮我|帮我们|帮个忙|给(?:您|你)|红包|报销|返(?:您|你)?|奖励|好处|感谢费|辛苦费|(?:钱|款)[^，。]{0,3}归(?:您|你)|额外给|再给[0-9一二两三五十百]/],
    notSentence: /不会|不要|别(?![的家人处])|请勿|谨防|没有|不做|恶意举报是违规/,
  },
  {
    // Setting the buyer on a rival with a false claim: 去那个卖手表的店随便拍一单，然后说收到假货要求退一赔三.
    words: ['退一赔三', '假一赔三', '退一赔十', '假一赔十', '职业打假', '恶意索赔'],
    severity: 'block',
    message: '唆使买家对其他商家恶意索赔，属于诋毁、打压其他商家',
    sentence: [/那个|那家|别家|隔壁|同行|他家|他们家/, /随便拍|故意|然后说|就说|你就说|您就说|去拍|去买/],
    notSentence: /我们(?:也)?(?:支持|承诺|保证)|本店|恶意索赔是违规|不要|别这样/,
  },
  {
    // A rumour of the rival's past offence or its rebirth under a new name, read across a question: 你说的那家店？呵呵，老板之前
    // 卖过期食品被罚过，现在换个马甲接着卖 / 隔壁那个店老板…出来又开了个新号继续卖. Anchored on the offence, the rival in the window.
    words: ['被罚过', '被查过', '被抓过', '被判过', '被关过', '换了个名字', '换个名字', '坐过牢', '吃过官司', '蹲过', '进过局子', '被封过', '封过店', '封过号', '马甲', '新号', '店名', '改头换面', '卷了一波', '卷了一笔', '卷了钱'],
    severity: 'block',
    message: '诋毁其他商家（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [
      // 那个卖面霜的店: a shop pointed at by what it sells.
      // …or its owner (那个XX海淘的老板; round 10).
      new RegExp(`${alt([...OTHER_SHOPS, ...SHOP_NOUNS])}|(?:那个|那家)[^]{0,6}的店|(?:那个|那家)[^]{0,8}的(?:老板|店主)`),
      /被罚过|被查过|被抓过|被判过|被关过|换了?个?名字(?:又|接着|继续|重新)|卷了?(?:一波|一笔|不少|好多)?(?:的)?钱|坐过牢|吃过官司|蹲过|进过局子|被封过|封过店|封过号|换个?马甲|换个?(?:新)?(?:号|店名|壳)(?:接着|继续|又)|开了?个新号|改头换面/,
    ],
    notSentence: [NO_TARGET, /不方便评价|不好评价|不评价|谨防|我们(?:也|曾|之前)|本店/],
    hypothetical: true,
  },
  {
    // fa16: the smear said of unnamed sellers, then pinned on an identifiable one (有些卖家卖A货，比如隔壁那家; 有个卖家卖A货，就是XX旗舰店):
    // the unnamed group passes (POINTED), the named example does not.
    words: [...OTHER_SHOPS, ...MORE_SHOPS, ...SHOP_NOUNS, ...SELLER_PEOPLE],
    severity: 'block',
    message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    before: /(?:比如|例如|譬如|就是|说的就是|指的就是|尤其是|特别是|点名)[^，。我咱本]{0,8}$/,
    sentence: SMEAR_IN_CLAUSE,
    notSentence: [REFUSED_SAY, /不方便评价|不好评价|不评价|不清楚|不了解|不做评价|也是正品|都是正品|如果|假如|要是|万一/],
  },
  {
    words: ['别去那家', '别在那家买', '别去隔壁', '别去别家', '别家都是坑'],
    severity: 'block',
    message: '劝阻买家去其他店购买并贬损对方，属于诋毁商家',
  },
  {
    // Round 37 (t37f): 千万别去 only when a shop or place follows (千万别去那家, 千万别去他们直播间买) — not 去 as a light verb before an
    // action on the goods or the body (千万别去挤, 千万别去撕那层膜, 千万别去碰电池).
    words: ['千万别去'],
    severity: 'block',
    message: '劝阻买家去其他店购买并贬损对方，属于诋毁商家',
    after: /^(?:那|隔壁|别|他|她|其他|其它|某|对面|外面|楼下|路边)|^[^，。！？]{0,6}(?:店|家|直播间|平台|那里|那边)|^[^，。！？]{0,3}买/,
  },
  // Round 37 (t37a): 千万别去 bare warns off a place as often as a shop (机场旁边千万别去, 那片野雪区千万别去): a shop or seller is named
  // around it (那家店…千万别去).
  {
    words: ['千万别去'],
    severity: 'block',
    message: '劝阻买家去其他店购买并贬损对方，属于诋毁商家',
    window: 40,
    sentence: /店|商家|卖家|铺|旗舰|直播间|他家|他们家|那家|隔壁|别家|同行|海淘|代购|老板/,
  },
  {
    // Round 47 (t47a): a refusal to judge the rival turned by 反正/总之 into the verdict anyway (我们没买过他们的，不好说，反正便宜没好货): the
    // proverb is said of their goods. Not the proverb without a rival (便宜没好货，我们用的是进口原料), nor the decline left standing.
    words: ['便宜没好货', '便宜无好货', '便宜的没好货'],
    severity: 'block',
    message: '借“不好说”之名仍给其他商家的商品下负面结论（规则 2.7 诋毁其他商家）',
    before: /(?:反正|总之|不管怎样|不管怎么说|说到底)(?:就是|还是)?$/,
    window: 40,
    sentence: [/他们|他家|别家|隔壁|那家|对面|同行|别人家/, /不好说|不清楚|不了解|没买过|没用过|没法说|不好评价|不评价/],
    deniable: false,
  },
  {
    // Round 47 (t47a): another brand's goods said to be animal feed where they come from, their buyers mocked (那个牌子的奶粉在澳洲是喂牲口的饲料级，
    // 只有国内的冤大头才买). Not our own goods denied it (我们的奶粉不是饲料级的), nor the rumour asked or refuted.
    words: ['饲料级', '喂牲口', '喂猪的', '喂狗的', '猪食', '牲口吃的', '给牲口吃'],
    severity: 'block',
    message: '诋毁其他品牌、商家的商品是饲料，属于诋毁商家（规则 2.7）',
    window: 40,
    sentence: /那个牌子|那个品牌|那家|别家|他家|他们|隔壁|某些|那款|那些|同行|对面/,
    asked: true,
    notSentence: [NO_TARGET, /不是|并非|谣言|辟谣|不实|造谣/],
  },
  {
    // Round 47 (t47a): a rival's claim quoted as 所谓的 and laughed at (某些家所谓的“德国进口”奶瓶，德国人自己听了都要笑) — a mocked claim is a smear.
    // Not our own line explained (所谓的“德国工艺”是指按德国标准生产).
    words: ['所谓的', '所谓'],
    severity: 'block',
    message: '嘲讽其他商家的商品宣传是假的，属于诋毁商家（规则 2.7）',
    window: 50,
    sentence: [/某些家|某家|那家|别家|他家|他们|隔壁|有些店|某些店|那个牌子|同行|对面/, /听了都(?:要|得)?笑|笑掉大牙|笑死|糊弄|骗骗|忽悠|隔着屏幕都|冤大头|智商税/],
    notSentence: NO_TARGET,
  },
];

/**
 * Round 14 (fa14b): someone posing as US reported (您说有人在直播间冒充我们主播卖货, 有账号冒充本店): the impostor is named, no merchant is
 * smeared — the hit must sit in the impostor's own clause.
 */
const IMPOSTOR_OF_US = /(?:冒充|假冒|假扮|冒用)(?:了)?(?:我们|本店|咱们|我家|我们家|我们店|店铺|官方|平台|快手|品牌方?)/;
function impostorOfUs(ctx: LintContext, start: number, end: number): boolean {
  return IMPOSTOR_OF_US.test(ctx.before(start, 12, 'soft') + ctx.compact.slice(start, end) + ctx.after(end, 12, 'soft'));
}
/**
 * Round 23 (t23b): …or a group, account or shop posing as ours, called fake itself and disowned (那个“海外代购群”是假的，不是我们开的，
 * 请不要相信; 那个主播号是假的，不是我们官方的): the buyer is warned of an impostor, no merchant's goods are smeared. Not goods called fake
 * (那家店卖的都是假的，不是我们家的货), nor a disowning that sets our goods against theirs (不是我们这种正品).
 */
const CALLED_FAKE_ITSELF = /^[^，。！？卖做售发货东西品]{0,8}?[”」』]?\s*(?:都|也|其实|肯定|根本|全)?是(?:假的|假冒的?|冒充的|冒牌的?|山寨的|李鬼|骗子|骗人的)/;
function impostorDisowned(ctx: LintContext, start: number, end: number): boolean {
  return CALLED_FAKE_ITSELF.test(ctx.after(end, 14, 'soft')) && DISOWNED_AS_OURS.test(ctx.after(end, 40, 'hard'));
}
/**
 * Round 29 (t29b): a message the buyer received, quoted and disowned (您收到的短信写着“【XX海外旗舰店】您的奶粉检测不合格，点击链接退款”，
 * 不是我们发的！链接千万别点): the words are the scammer's, told back to warn — no merchant is smeared by the shop. Not a rival's goods
 * quoted and agreed with (有人说“那家店卖的都是假货”，确实是这样).
 */
const RECEIVED_LEAD = /(?:收到|接到|看到|刷到)[^“「『]{0,8}$|(?:短信|消息|私信|通知|来电|电话|链接|弹窗)(?:里|上|中)?(?:写着|写的|说|显示|内容是|称)[：:，,\s]*$/;
const DISOWNED_WARNED = /^[^。！？!?\n]{0,4}?[，,！!。\s]*(?:这|那)?(?:条|个|些)?(?:短信|消息)?(?:都|也|根本|并)?(?:不是(?:我们|本店|店铺|我们店|咱们|官方|平台)(?:店|家)?(?:发|写|打|寄|推送)的|是(?:假的|诈骗|骗子|钓鱼))|^[^。！？!?\n]{0,30}?(?:我们(?:从来)?(?:不会|从不|没有)发|千万别点|不要点|别点|别信|不要信|谨防|诈骗)/;
function receivedMessageDisowned(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (!pair) return false;
  const text = ctx.text;
  return RECEIVED_LEAD.test(text.slice(Math.max(0, pair[0] - 14), pair[0])) && DISOWNED_WARNED.test(text.slice(pair[1] + 1, pair[1] + 41));
}
/**
 * Round 44 (t44i): a scam warning heard from peers (听同行讲，有骗子冒充平台客服，您注意别上当; 隔壁店老板说最近有骗子冒充快递理赔): the shop
 * word is the one who told it, and the 骗子 is a new, unnamed someone brought in by 有 who poses as another — no merchant is smeared. Not a
 * shop called a 骗子 itself (同行讲，那家老板是骗子), nor 骗子 without the posing after it.
 */
const TOLD_THEN_SCAMMER = /^(?:店|家)?(?:的)?(?:老板|老板娘|店主|朋友|人)?(?:都|也)?(?:跟我们?|和我们?|对我们?)?(?:说|讲|提到|提醒|透露|告诉(?:我们|我))(?:过|了)?[，,：:\s]*(?:最近|近期|现在|前段时间|这段时间|网上)?(?:有|出现了?)(?:些|不少|一些|一批|很多|好多)?(?:骗子|人)(?:在|专门|会|经常|到处)?(?:冒充|假冒|假扮|冒用|冒名|打着)/;
function scamWarningHeard(ctx: LintContext, _start: number, end: number): boolean {
  return TOLD_THEN_SCAMMER.test(ctx.compact.slice(end, end + 40));
}
// ---- round 48 (t48b): subtle 2.7 ----
// A rumour heard in a group chat (我听宝妈群里说好几个宝宝用完起疹子): the same frame as RUMOUR_FRAMES. Not the buyer's own (您在群里说…).
const T48B_GROUP_FRAMES = ['群里说', '群里讲', '群里听说', '群里听到', '群里看到说'];
// A rival's claimed tie to a brand said revoked (老说自己是阿迪的合作店，其实合同早被解了): the claim called false on the agent's word.
const T48B_REVOKED = /(?:合同|授权|合作|代理权?|经销权|资格)[^，。！？]{0,4}?(?:早|已经|早就)?(?:就)?(?:被)?(?:解了|解除|终止|取消|撤销|撤了|收回|吊销|到期了|没了)/;
const T48B_RIVAL = new RegExp(`${RUMOUR_RIVAL.source}|那个直播间|那个主播|别的直播间|隔壁直播间`);
// A rival's goods called fake in pinyin (隔壁dian的huo dou shi jia de): the copula and the smear as one latin run. Not denied (bu shi jia de).
const T48B_PINYIN_SMEAR = /^[^。！？不没]{0,16}?(?:dou|quan|jiu|都|全|就)?(?<!bu|mei|bing|fei|不|没|并|非)(?:shi|是)(?:jia(?:de|huo|的|货)|假(?:de|huo)|gaofang|fangpin|shuihuo|pianzi)(?![a-z])/;
const T48B_CUES: Cue[] = [
  {
    words: T48B_GROUP_FRAMES,
    severity: 'block',
    message: '以传闻、小道消息的口吻诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    notBefore: /(?:您|你|亲)[^，。！？]{0,3}$/,
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: rumourUnfit,
  },
  {
    words: ['说自己是', '号称', '自称', '对外说', '宣传自己是', '打着', '挂着'],
    severity: 'block',
    message: '说其他商家宣称的品牌合作或授权早已被取消，诋毁其他商家（同时属于 2.4 诋毁他人）',
    window: 60,
    sentence: [T48B_RIVAL, T48B_REVOKED],
    notBefore: /(?:我们|我家|本店|咱们|咱家)[^，。！？]{0,4}$/,
    notSentence: [NO_TARGET, HEARSAY_NOT],
    deniable: false,
    asked: true,
  },
  {
    words: [...OTHER_SHOPS, ...MORE_SHOPS],
    severity: 'block',
    message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）',
    after: T48B_PINYIN_SMEAR,
    reach: 28,
    grow: true,
    hypothetical: true,
    notSentence: NO_TARGET,
  },
];
cues.push(...T48B_CUES);
// ---- end round 48 (t48b) ----
// ---- round 49 (t49a): subtle 2.7 — gossip about a rival's people or goods ----
// The rumour frame as before, but the rival pointed at by a person who sells or vouches for its goods (那家卖蜡的老板娘, 那个天天推…的“专家”,
// 那位测评博主), by a product described (那个蓝色瓶子的洗鼻器) or by its factory (他们那边开模的人) — and the damage a person's past or motive
// (烫伤了顾客被辞退, 每卖一套拿三成提成, 研究都是她自己编的) or goods made beside chemicals (跟洁厕剂的瓶子共用一条线). Also an insider
// acquaintance as the source (我认识他们厂里的人，说…). Not the rumour refuted, nor the buyer's own hearsay.
const T49A_RIVAL = /(?:那个|那位|那家|那款|那种|隔壁|别家)[^，。！？]{0,20}?(?:专家|博主|达人|网红|老师|医生|主播|老板娘|老板|大v|kol|测评|代言人)|他们(?:那边|厂|工厂|公司|车间)|(?:那个|那款|那种)[^，。！？]{1,12}?的(?:[^，。！？的]{1,6})/;
/** The older rival words (RUMOUR_RIVAL) or these. */
const T49A_ANY_RIVAL = new RegExp(`${RUMOUR_RIVAL.source}|${T49A_RIVAL.source}`);
const T49A_HARM = /烫伤|烧伤|弄伤|毁容|被(?:辞退|开除|赶出来|吊销)|辞退|坐过牢|蹲过(?:监狱|号子)|进过(?:局子|派出所|看守所)|案底|吃过官司|(?:拿|抽|收)[^，。！？]{0,4}?(?:回扣|好处费)|每(?:卖|推|带|介绍)[^，。！？]{0,6}?(?:拿|抽|收)[^，。！？]{0,4}?(?:提成|成)|(?:自己|瞎|胡)编的|编出来的|(?:洁厕|马桶|农药|化工|消毒液|清洁剂|洗衣液|杀虫|工业)[^，。！？]{0,10}?(?:共用|同一条|一条线|同一个?厂|同线|一起(?:生产|做))|(?:共用|同一条)(?:一条)?(?:生产)?线[^，。！？]{0,10}?(?:洁厕|马桶|农药|化工|消毒液|清洁剂|杀虫|工业)/;
function t49aRumourUnfit(ctx: LintContext, start: number, end: number): boolean {
  // (left to the older cue when it already reads the rumour)
  if (!rumourUnfit(ctx, start, end)) return true;
  const { lead, tail } = rumourSpan(ctx, start, end);
  if (!rivalPointed(T49A_ANY_RIVAL, lead, tail)) return true;
  if (!T49A_HARM.test(tail)) return true;
  if (buyerHearsayToldBack(lead)) return true;
  return RUMOUR_UNDONE.test(tail);
}
const T49A_CUES: Cue[] = [
  {
    words: RUMOUR_FRAMES,
    severity: 'block',
    message: '以传闻、小道消息的口吻诋毁其他商家、其人员或商品（同时属于 2.4 诋毁他人）',
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: t49aRumourUnfit,
  },
  {
    // 我认识他们那边开模的人，说… / 认识那家厂里的工人，他说…: an insider acquaintance as the source.
    words: ['认识'],
    after: /^[^，。！？]{0,14}?的(?:人|朋友|师傅|工人|员工|老乡|同事)[，,]?(?:他|她|他们)?(?:跟我|私下)?(?:说|讲|透露)/,
    notBefore: /(?:您|你|亲|不)$/,
    severity: 'block',
    message: '以“认识内部人”的口吻传播诋毁其他商家或其商品的传闻（同时属于 2.4 诋毁他人）',
    deniable: false,
    hypothetical: true,
    asked: true,
    unless: t49aRumourUnfit,
  },
];
cues.push(...T49A_CUES);
// ---- round 53 (eng53b): subtle 2.7 — verdicts on a rival (T53_VERDICT) by other ways in ----
/** A decline to judge turned by 反正/总之/不过 into a verdict anyway (他家的玩具我不评价，反正我自己孩子是不会让碰的). */
const T53_DECLINE_TURNED = new RegExp(`(?:不评价|不好评价|不予评价|不做评价|不方便评价|不好说|不多说|不清楚|不了解|没用过|没买过)[^。！？]{0,6}?(?:反正|总之|说到底|不管怎样|不过|但是?)[^。！？]{0,30}?(?:${T53_VERDICT}|${alt(STRONG_SMEAR)})`);
/** Advice to keep away from the rival the buyer named (劝您绕道, 避雷), told after the verdict. */
const T53_KEEP_AWAY = new RegExp(`${ADVISED_AWAY.source}|劝(?:您|你)(?:还是)?绕(?:道|开|着走)|(?:建议|劝)(?:您|你)?避雷`);
/** A shop named by a cross-border seller's shape (山茶海淘, 小熊全球购, 某某海外购) — not ours, not a platform's channel, not the trade itself. */
const T53_NOT_A_SHOP_NAME = /(?:我们|我家|本店|咱们|咱家|自己|官方|平台|天猫|京东|抖音|快手|淘宝|考拉|苏宁|拼多多|唯品|做|搞|走|是|跨境|这个|这家|本|在|去|的|正规|国际)[一-龥a-z0-9]{0,2}$/;
const T53_CUES: Cue[] = [
  {
    words: [...OTHER_SHOPS, ...MORE_SHOPS, ...SHOP_NOUNS, ...SELLER_PEOPLE],
    severity: 'block',
    message: '借“不评价”之名仍给其他商家的商品下负面结论（规则 2.7 诋毁其他商家）',
    window: 50,
    sentence: T53_DECLINE_TURNED,
    deniable: false,
    hypothetical: true,
    asked: true,
  },
  {
    // 您说的那个店铺，三天两头被罚，货从哪儿来的谁也说不清楚，劝您绕道: the buyer named the shop, the agent judges it and warns the buyer off.
    words: [...OTHER_SHOPS, ...MORE_SHOPS],
    ...SMEAR_CUE,
    after: SMEAR_AFTER_LONG,
    reach: 44,
    before: /(?:您|你)(?:刚才|刚刚|之前)?(?:说|讲|提到|问)的$/,
    deniable: false,
    window: 48,
    sentence: T53_KEEP_AWAY,
    notAfter: /^(?:店|家|铺)?(?:的)?(?:客服|老板|主播|店员|人)?(?:说|讲|骂|举报|投诉)(?:我们|我家|本店|咱)/,
    notSentence: [NO_TARGET, /(?:也|都)是(?:正品|真的|正规)|没(?:有)?(?:什么)?问题/],
  },
  {
    words: ['海淘', '全球购', '海外购', '优选', '严选'],
    ...SMEAR_CUE,
    before: /[一-龥a-z0-9]{2,4}$/,
    notBefore: T53_NOT_A_SHOP_NAME,
    reach: 30,
    notSentence: NO_TARGET,
  },
  {
    // A rival's lower price, then its goods doubted by that price (在小熊全球购看到便宜30？呵，那个价格能进到什么货，您自己品品).
    words: ['那个价格', '那个价钱', '那个价位', '那价格', '那价钱', '那种价格', '那个价'],
    severity: 'block',
    message: '以价格暗示其他商家的商品有问题（规则 2.7 诋毁其他商家）',
    after: /^(?:能|可能|哪能|还能)?(?:进|拿|买|做|收|有|出)(?:到|得到|得了)?(?:什么|啥)(?:好)?(?:货|东西)/,
    window: 60,
    sentence: [CHEAPER, /(?:在|去)[^，。！？]{1,10}?(?:看到|看见|刷到|搜到|看的|买的)|别家|隔壁|那家|他家|同款|其他店|别的店|直播间/],
    notSentence: [REFUSED_SAY, /也是正品|都是正品|一样的货|同一批/],
    asked: true,
    hypothetical: true,
  },
];
cues.push(...T53_CUES);
// ---- end round 53 (eng53b) ----
// ---- end round 49 (t49a) ----
for (const cue of cues) {
  const own = cue.unless;
  cue.unless = own
    ? (ctx, start, end) => own(ctx, start, end) || impostorOfUs(ctx, start, end) || impostorDisowned(ctx, start, end) || receivedMessageDisowned(ctx, start, end) || scamWarningHeard(ctx, start, end) || buyerHearsayDeclined(ctx, start, end)
    : (ctx, start, end) => impostorOfUs(ctx, start, end) || impostorDisowned(ctx, start, end) || receivedMessageDisowned(ctx, start, end) || scamWarningHeard(ctx, start, end) || buyerHearsayDeclined(ctx, start, end);
}

/** The compact units [first, end) whose raw starts fall in [open, close): a name's place in the compact text. */
function compactUnits(starts: ArrayLike<number>, open: number, close: number): [number, number] {
  let k0 = 0;
  while (k0 < starts.length && starts[k0]! < open) k0++;
  let k = k0;
  while (k < starts.length && starts[k]! < close) k++;
  return [k0, k];
}

/**
 * Round 38 (t38a): a rival named by its quoted shop name, then smeared (“宝贝行”的推车出过夹手事故，别买; 您说的“琥珀之家”您别信，他们的证书是
 * 花钱买的): a name shaped like a shop's (…行, …之家, …小铺, …旗舰店) or called one (店铺“…”, “…”家的, “…”那家店). Not our own shop's name
 * (我们店叫“…”), a product line (“歌文”学生级和专业级), the rival's words about us after the name (“…”说我们卖假货), nor a refusal to judge.
 */
// Round 40 (t40f): single quotes too, ASCII or curly ('丝语家'的…, ‘极客数码’卖的…), the name then holding a Chinese character.
const QUOTED_NAME = /[“「『"'‘]([^“”「」『』"'‘’\s，。！？,!?：:；;、]{2,12})[”」』"'’]/g;
// Round 40 (t40f): also …家 (丝语家; not 大家, 专家, 商家, 玩家 …), …手作, …数码, …良品, …商城 and kin.
const SHOP_NAME_SHAPE = /(?:行|之家|小铺|铺子?|店|坊|屋|馆|阁|社|堂|斋|优选|严选|海淘|代购|百货|商行|工作室|全球购|海外购|小站|专营|旗舰|母婴|生活馆|精品|手作|数码|良品|好物|臻选|甄选|国际|贸易|商城|电器|家纺|珠宝|茶庄|酒庄|药房|超市|潮玩|萌宠|书局|[一-龥]{2}(?<![大国专商卖买厂店作行赢玩东老人自我本全居农管画独名庄冤亲娘婆回到在搬持当起发成学术一两几哪谁])家)$/;
const CALLED_A_SHOP_BEFORE = /(?:店铺|店名|商家|卖家|直播间|主播|那家|一家|叫做?|名叫|名为)(?:是|叫)?$/;
/** A quoted practice or claim, not a shop (私下说能“免税代购”或者“水客带货”的都是违法走私; 所谓“工厂店”). */
const QUOTED_CLAIM_BEFORE = /(?:说能|说是|说自己是|自称|号称|所谓|打着|假冒|冒充)(?:的)?$/;
const QUOTED_CLASS_AFTER = /^(?:或者|或|和|与|、|的都是|的全是|这类|这种|之类|什么的)/;
// Round 40 (t40f): …or a brand pointed at with a distal 那 (同价位'贝途'那款, “某某”那个牌子): ours would be 这款.
const CALLED_A_SHOP_AFTER = /^(?:这家|那家)?(?:店|家(?!居|具|用|电|庭|人|里|长)|的店|店铺|旗舰店|直播间)|^那(?:款|个牌子|个品牌|个店|批|几款)/;
const OUR_SHOP_BEFORE = /(?:我们|我家|本店|咱们|咱家|我们家|小店|本)(?:的)?(?:店|店铺|店名|直播间)?(?:叫|名叫|就是|是|名为)?[^，。！？“「『"]{0,2}$/;
const RIVAL_SAYS_US = /^(?:这家|那家)?(?:店|家)?(?:的)?(?:客服|老板|主播|店员|人)?(?:说|讲|称|骂|举报|投诉)(?:我们|我家|本店|咱)/;
const BUYER_SAID_LEAD = /(?<![瞒跟和同对给向])(?:您|你)(?:刚才|刚刚|之前|也)?(?:说|讲|觉得|认为|提到|反馈|反映|问|听说)(?:的|过)?[：:，,\s]*$/;
/** …or warns the buyer off it (您说的“琥珀之家”您别信，他们的证书是花钱买的). */
const WARNED_OFF = /(?:别|不要|千万别|可别)(?:信|相信|去|买|碰|考虑)/;
/** Round 40 (t40j): an answer that opens on the agent's own word (说实话，…; 确实，…; 不瞒您说…). */
const VOUCHED_OPENING = new RegExp(`^(?:亲|哎|唉|嗯|害)?(?:${VOUCHED.source})`);
const SMEAR_AFTER_NAME = new RegExp(SMEAR_AFTER.source.replace('{0,18}?', '{0,24}?'));
function quotedShopSmeared(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.text;
  if (!/[“「『"'‘]/.test(text)) return;
  const starts = ctx.norm.compact.start;
  for (const m of text.matchAll(QUOTED_NAME)) {
    const open = m.index!;
    const close = open + m[0].length;
    const name = m[1]!;
    const lead = text.slice(Math.max(0, open - 8), open);
    const tail = text.slice(close, close + 12);
    if (!SHOP_NAME_SHAPE.test(name) && !CALLED_A_SHOP_BEFORE.test(lead) && !CALLED_A_SHOP_AFTER.test(tail)) continue;
    if (OUR_SHOP_BEFORE.test(lead) || RIVAL_SAYS_US.test(tail) || QUOTED_CLAIM_BEFORE.test(lead) || QUOTED_CLASS_AFTER.test(tail)) continue;
    // Round 40 (t40f): the buyer's claim said back (您说'宝贝行'的推车含甲醛？这个我们没法判断) — unless the agent vouches for it (说实话，确实).
    const buyerSaid = BUYER_SAID_LEAD.test(lead);
    // The compact units of the name, and the first one after the closing mark.
    const [k0, k] = compactUnits(starts, open, close);
    if (k === k0) continue;
    let s = SMEAR_AFTER_NAME.exec(ctx.after(k, 40, 'hard'));
    let smearFrom = k;
    // Round 40 (t40j): the name the buyer gave asked back alone (您说的'宝贝行'？) and the smear vouched for in the next sentence (说实话，他们
    // 的都是翻新货): the agent's own word, across the question mark. Only a bare echo (nothing but a particle after the name) and a vouch
    // opening the answer — not an answer that declines (这个我们不清楚).
    if (!s && buyerSaid && /^(?:吗|么|啊|呀|呢|是吧|对吧|那家|这家|那家店|这家店|家|店)?$/.test(ctx.after(k, 12, 'hard'))) {
      const nx = nextSentenceStart(ctx, k);
      const answer = ctx.compact.slice(nx, nx + 40);
      if (nx < ctx.compact.length && VOUCHED_OPENING.test(answer)) {
        s = SMEAR_AFTER_NAME.exec(ctx.compact[nx]! + ctx.after(nx + 1, 40, 'hard'));
        smearFrom = nx;
      }
    }
    if (!s) continue;
    const sentence = sentenceOf(ctx, k0, k, 40);
    if (buyerSaid && smearFrom === k && !VOUCHED.test(ctx.compact.slice(k, k + 40)) && !WARNED_OFF.test(ctx.compact.slice(k, k + 12))) continue;
    if (NO_TARGET.test(sentence) || hypothetical(ctx, k0) || impostorOfUs(ctx, k0, k) || impostorDisowned(ctx, k0, k)) continue;
    ctx.report(rule, { start: k0, end: smearFrom + s[0].length, severity: 'block', message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）' });
  }
}

/**
 * Round 41 (t41b): a rival named bare at a clause's start by a shop's shape (优齿家的刷头含铅，报告都被删了; 动力岛体育旗舰店那款乳清…是靠加
 * 氨基酸虚标出来的), then a strong smear, a toxin or a hushed-up harm. Not our own shop (我们旗舰店的…), the words that end in 家 and
 * name no shop (大家, 商家, 回到家, 一家), nor the weak words our own shop might say of itself (…旗舰店的优惠券过期了).
 */
// Round 42 (t42i): …or a trade's shop word (X记酒行那款单一麦芽其实掺了谷物酒, 老陈茶行的…, 某某车行卖的): 酒行, 茶行, 车行, 小铺, 酒庄 and kin.
const BARE_SHOP_NAME = /(?:^|[，。！？；：,.!?;:\s])([一-龥a-zA-Z0-9]{1,10}?)(旗舰店|专卖店|专营店|官方店|酒行|茶行|车行|表行|琴行|商行|米行|小铺|铺子|酒庄|茶庄|家)(?=的|那款|那个|那批|卖的)/g;
const BARE_NOT_A_NAME = /我|咱|您|你|自己|本店|这|那|哪|他|她|它|们|说|是|在|到|回|给|从|和|跟/;
const HOME_WORD_END = /[大专商玩自厂买卖东店老国农全本行作画酒婆娘管别各独居住万百千一两几船亲冤人东]$/;
// Round 42 (t42i): …also a cheaper fill said mixed in (其实掺了谷物酒), marks or papers tampered with, a test failed (TAMPERED, FAILED_TEST).
const BARE_SMEAR_AFTER = new RegExp(`^${GAP_UNIT}{0,24}?(?:${alt([...STRONG_SMEAR, '虚标', '交智商税', '收智商税', '割韭菜', '黑心', '骗子', '假货', '高仿', '掺了', '掺的是', '兑了水', '货不对板'])}|${TOXIN_IN}|${TAMPERED}|${FAILED_TEST})`);
function bareShopSmeared(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.text;
  if (!/旗舰店|专卖店|专营店|官方店|家|[酒茶车表琴商米]行|小铺|铺子|[酒茶]庄/.test(text)) return;
  const starts = ctx.norm.compact.start;
  for (const m of text.matchAll(BARE_SHOP_NAME)) {
    const name = m[1]!;
    if (BARE_NOT_A_NAME.test(name) || (m[2] === '家' && HOME_WORD_END.test(name)) || (name.length < 2 && !/^[a-zA-Z]$/.test(name))) continue;
    const open = m.index! + m[0].length - name.length - m[2]!.length;
    const close = m.index! + m[0].length;
    const [k0, k] = compactUnits(starts, open, close);
    if (k === k0) continue;
    const s = BARE_SMEAR_AFTER.exec(ctx.after(k, 40, 'hard'));
    if (!s) continue;
    const sentence = sentenceOf(ctx, k0, k, 40);
    if (NO_TARGET.test(sentence) || hypothetical(ctx, k0) || impostorOfUs(ctx, k0, k) || impostorDisowned(ctx, k0, k)) continue;
    ctx.report(rule, { start: k0, end: k + s[0].length, severity: 'block', message: '诋毁其他商家或其商品（同时属于 2.4 诋毁他人）' });
  }
}

const rule = cueRule({
  check: (ctx, self) => {
    quotedShopSmeared(ctx, self);
    bareShopSmeared(ctx, self);
  },
  regexes: [TOLD_THEN_SCAMMER, BARE_SHOP_NAME, BARE_NOT_A_NAME, HOME_WORD_END, BARE_SMEAR_AFTER, QUOTED_NAME, BUYER_SAID_LEAD, VOUCHED, VOUCHED_OPENING, WARNED_OFF, SHOP_NAME_SHAPE, CALLED_A_SHOP_BEFORE, QUOTED_CLAIM_BEFORE, QUOTED_CLASS_AFTER, CALLED_A_SHOP_AFTER, OUR_SHOP_BEFORE, RIVAL_SAYS_US, SMEAR_AFTER_NAME],
  meta: {
    id: 'defame-merchant',
    clause: '2.7',
    severity: 'block',
    title: { zh: '诋毁其他商家或商品', en: 'Defaming other merchants or their goods' },
    description: {
      zh: '规则 2.7 禁止诋毁平台上其他商家及其商品的形象。说别家、隔壁、同行卖假货、过期翻新、老板是骗子等会被拦截；对其他店铺不作评价或只谈本店商品不算。',
      en: 'Rule 2.7 forbids defaming other merchants and their goods. Saying another shop sells fakes or expired stock, or that its owner is a crook, is blocked; declining to comment on other shops is fine.',
    },
    hint: { zh: '只介绍本店商品的优势，例如“我们每批货都有报关单和溯源码”，不评价其他店铺。', en: 'Talk about your own goods (customs papers, traceability codes), not about other shops.' },
  },
  cues,
});

export default rule;
