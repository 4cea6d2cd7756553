// 2.7 (and 2.4): defaming the platform — 快手就是骗子平台, K手平台就是坑人, 垃圾平台, 块手的客服都是一群废物,
// 别在这买, 售后仲裁就是拉偏架, 这平台啥德行, 客服那帮人就是摆设, and sarcasm (快手的客服要是有用，母猪都能上树了).
// Judgement families, not phrases: a sham (正品保障就是个幌子, 审核形同虚设, 走过场), staff who know nothing
// (一问三不知, 根本不懂进口货, 客服都是机器人, 跟复读机一样), uselessness (说了也白说, 管不住, 石沉大海), arbitrariness
// (全凭心情, 跟抽签差不多), absurd delay (黄花菜都凉了, 孩子都上学了), filth (保税仓老鼠满地跑). Between the platform
// and the judgement: its own parts (的正品保障, 保税仓, 合作的这些物流, 那帮小二) or a short gap closed by a judging link
// (的七天无理由就是摆设), and setting the shop above it (您信平台不如信我). Also pet names (老铁app, 某手, 某k平台), a dashed hope (您还指望平台主持公道？ / 它连自己的
// 主播都管不住) and English (The platform is a joke).
// Neutral remarks (平台审核需要一点时间, 平台的退款流程有点慢, 平台严禁刷单, 平台的客服机器人会先回复您) and scam
// warnings (有骗子冒充平台客服, 那个“快手官方客服”是骗子, 自称平台客服…千万别信) are not, nor the buyer's words quoted
// back (您说“快手就是骗人的”, 您反馈的“平台垃圾”这个问题).
// Round 5: corruption (审核都是收钱办事的, 推荐位走后门…谁给钱多就推谁, anywhere near the platform), not even doing its own
// duty (平台自己都不验货), a blanket verdict within 30 units of it (没几个是真的, 十个店九个卖假货, 只会伸手要钱, 开店就是受罪,
// 懂的都懂, 等于把钱扔水里, 迟早得被查, 跟闹着玩似的, 眼睛都是瞎的, 就该好好整治, 收了钱帮大卖家说话), and a contempt word in the clause before a scam warning no longer counts (那一定是骗子，平台不会…).
// Round 6: its rankings and shops faked (ks上那些榜单全是刷出来的, 首页推荐的店没一家干净, 都是买的数据), never doing its own duty
// (平台自己从来不验货), staff paid for nothing (一群拿工资不干活的), 大型割韭菜现场, 眼睛都长在头顶上. An adverb of habit may bridge (这平台专门坑消费者, 净/总是…). Traps: 平台会严查刷出来的销量, 平台自己也会抽检.
// Round 7: a damaging claim about the platform or its people anywhere within 30 units, no link word needed (PLATFORM_SMEAR):
// bought or rigged (小二都拿了大商家的好处, 审核员收了对手的钱, 专门打压/故意下架, 规则就是为了坑商家), a sham that does nothing
// (其实啥也不管, 出了事就装死, 睁一只眼闭一只眼, 草台班子, 那都是写给监管看的, 您也信？), staff who cannot answer (都是临时工/外包的,
// 答不上来, 找他们纯属浪费时间/没意义, 传话筒, 啥问题都解决不了), lip service (嘴上说保护消费者，其实…装看不见),
// rules that open a back door for the big sellers (给大主播开后门); after probe 2: 这平台心太黑, 实际执行起来全是套路,
// 根本不在乎消费者，只在乎流水, a tax on fools (在快手买就是交智商税), 别信 after it, and English fillers (Kuaishou import
// is basically a scam). Traps: 平台不会偏袒任何一方, 平台从不收商家好处, 骗子冒充平台…别信, 平台会处理那些故意刷单的商家.
// Round 8 (blind batch AC): a gimmick or a lie (正品保障就是个噱头, '7天无理由'是骗人的, 骗骗你们的, 从来没赔过), a loan shark
// (抽成比高利贷还狠, 榨干), a large share fake (十个有八个是假的, 满平台都是高仿, 假货满天飞), rulings by luck or to the loudest
// (全凭运气, 谁闹得凶就判谁赢), blind or addled staff (瞎了一样, 脑子进水, 装听不懂), 信了你就输了, 好东西谁还往这平台放, contempt emoji
// after the name (💩🤮🖕🤡), English after 的 (Kuaishou的customer service简直是个joke), tai keng le. Traps: the buyer's words said back in
// any quotes (您说'平台都是骗子'，我理解…), 平台收银台 (收 is not 收钱), 平台收到货款后才结算; 一点含金量都没有 is still a claim.
// After probe 2: 跟机器差不多, 摆烂, 没人理, 一天一变, 一大半都是来路不明的. Trap: 来路不明的货上不了架.
// Round 8 (fa8): 收 of 收银台/收货/收到钱 is no bribe (平台收银台里的方式，钱先进平台); ASCII-quoted buyer words (您说'平台都是骗子') are theirs.
// Round 9 (t9a): sellers or buyers bled (就是吸商家的血), disorder (保税仓管理一团糟, 管得很乱), misdeeds called routine (丢件调包是常有的事),
// half or more of its shops selling fakes (一半的店都在卖假货). Traps: 平台会严查调包行为, 有些店卖假货请谨慎.
// Round 11: its fees as its part (平台抽成黑得离谱, 平台的扣点太坑).
// Round 10: its rules waved off by the shop (规定都是吓唬人的，我们不用理; 管不到我们; 有的是办法绕过去), and 吓唬人 as contempt.
// Round 12 (t12b): the platform's collapse foretold, whatever comes between (这平台看着也撑不了多久了, 快手迟早要黄, 眼看就要倒闭了).
// Traps: 这个电池撑不了多久了, 平台的满减活动撑不了多久了, 平台快完成审核了.
// Round 14 (t14): the platform likened to criminals or exploiters in a comparison frame (抽佣比土匪还狠, 跟强盗一样, 简直就是周扒皮),
// and its checks said to be for fines (搞抽检就是为了罚钱). Traps: 平台严厉打击黑社会性质的诈骗团伙, 平台不像有些地方那样乱收费.
// Round 15 (t15a): an exploiting verb with its victims (收割我们这些小商家, 压榨小商家, 专门宰消费者), and 一 as a bridge before contempt
// (快手就一割韭菜的). Traps: 平台一直在收割流量红利, 平台一般会….
// After probe 2: a favour for the undeserving after the link (就是给骗子开的后门). Trap: 平台就是为了保护买家不被骗子骗.
// After probe 3: 跟木头一样. Trap: 平台上的木头家具.
// Round 38 (t38a): fakes said to be heaped on it (这个平台自己就卖一堆假货，根本管不过来; 平台上遍地假货). Trap: 您说平台上一堆假货？我们每批都有报关单.
// Round 66 (eng27-66): its rulings said settled beforehand (结果早就定好了), an appeal to it futile (您申请了也白申请), fees charged at
// will (平台现在乱收费) and slowness laid on it as deliberate (物流慢也是他们故意压的). Traps: 平台不像有些地方那样乱收费, 申请了也不会影响您.
// Round 40 (t40f): its badge for sale (正品保障标是花钱买的，谁交钱谁有), refunds held to earn interest (故意拖的…吃利息), traffic throttled and
// goods sold on the sly (故意给我们限流, 偷偷卖同款，抢商家生意), reviews folded or deleted for pay, a cover-up (帮他们压消息), 官方 as the platform
// bribed; 不瞒您说 / 跟您说 is the agent's aside, not the buyer's words. Traps: 不是花钱买的, 不会拿去赚利息, 没法私下改, 官方旗舰店.

import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { alsoUnless, alt, cueRule, re, type Cue } from '../detect/cue-rule';
import { PLATFORM_NAMES } from '../lexicon/conduct';
import { ASK_CLASS_CALLED_FALSE } from '../detect/called-false';
import { otherTradePlatform } from '../detect/platform-kind';

/** Pet names for the platform: 老铁app (its users call each other 老铁), 某手, 某k平台. */
const PLATFORM_NICKNAMES = ['老铁app', '老铁平台', '老铁软件', '某手', '某k', '某快', '某k平台', '某短视频平台', '那个app', '这破app'];
const PLATFORM_WORDS = [...PLATFORM_NAMES, ...PLATFORM_NICKNAMES, '平台', '这个平台', '这平台', '该平台', '破平台', '这个app', '平台方'];
/** Contempt words: 垃圾 坑人 骗子 黑 割韭菜 …; 黑/坑/破 not in 黑色 坑位 破损. */
const CONTEMPT = [
  '垃圾', '辣鸡', '拉圾', '坑人', '坑爹', '坑钱', '坑商家', '坑买家', '坑消费者', '坑顾客', '骗子', '骗钱', '骗人', '黑心', '太黑', '真黑', '黑得', '割韭菜', '吸血', '无良', '流氓', '恶心',
  '废物', '摆设', '狗屁', '屁用', '没屁用', '不靠谱', '傻逼', '脑残', '智障', '饭桶', '早晚倒闭', '倒闭', '骗局', '霸王条款', '土匪', '强盗', '抢钱', '不管事', '不作为',
  '不要脸', '无耻', '吃人不吐骨头', '吃相难看', '奸商', '一坨', '有病', '黑店', '垃圾玩意', '饭桶', '蠢货', '蠢猪', '白痴', '智商低', '没脑子', '脑子有坑',
  '废柴', '一群猪', '猪脑子', '狗腿子', '吸血鬼', '吃干饭', '混饭吃', '瞎搞', '乱来', '瞎管', '瞎判', '乱判', '不讲理', '强盗逻辑', '就会罚钱', '只会罚款',
  '拉偏架', '偏袒', '和稀泥', '双标', '欺软怕硬', '看人下菜', '德行', '白搭', '白投', '跟墙说', '不如跟墙', '一丘之貉', '蛇鼠一窝', '官官相护',
  '就知道抽成', '只知道抽成', '就知道收钱', '只知道收钱', '就知道赚钱', '不管商家死活', '不管买家死活', '不管死活', '不管我们死活',
  // A sham: the guarantee or the audit exists only for show.
  // (round 52, il52: reduplicated — 都是做做样子的, 摆摆样子; a rigged subsidy — 都是先涨价再补的, 套路一个比一个深)
  '做做样子', '摆摆样子', '装装样子', '先涨价再补', '先涨价后补', '先提价再补', '先涨后降', '套路一个比一个深', '套路太深', '套路很深', '全是套路',
  '幌子', '摆样子', '做样子', '装样子', '走过场', '走个过场', '形同虚设', '一纸空文', '空头支票', '说说而已', '笑话', '作秀', '摆拍', '演戏', '做戏', '演出来的', '糊弄人', '忽悠人', '唬人', '吓唬人',
  // Staff who know nothing or do nothing.
  '一问三不知', '一群外行', '外行', '走个形式', '走形式', '随便应付', '应付了事', '收割机', '绞肉机', '谁倒霉', '谁吃亏', '谁上当',
  // Round 60 (eng60a): the platform's buyers called fools for buying there (在快手买东西就是冤种, 在这平台买的都是韭菜).
  '冤种', '大冤种', '冤大头', '当冤大头', '当冤种', '当韭菜', '都是韭菜', '就是韭菜', '被当韭菜', '谁买谁后悔', '谁买谁吃亏', '谁买谁傻', '啥都不懂', '啥也不懂', '什么都不懂', '什么也不懂', '根本不懂', '不懂装懂', '一窍不通', '门外汉', '只会打官腔', '打官腔', '只会复制粘贴', '踢皮球',
  // Useless to turn to.
  '白说', '等于没说', '等于白说', '没啥用', '没什么用', '一点用都没有', '一点用没有', '没卵用', '靠不住', '指望不上', '不顶用', '管不住', '管不好', '根本不管', '也不管', '从来不管', '都不管', '啥都不管', '什么都不管',
  // Arbitrary or futile: 判罚全凭心情, 跟抽签差不多, 投诉保证石沉大海.
  '空壳子', '空壳', '空架子', '花架子', '纸老虎', '睁眼瞎', '眼睛长在', '眼睛都长在', '长在头顶', '瞎了眼', '什么假货都', '啥假货都', '啥也不会', '什么也不会', '什么都不会', '啥都不会', '比登天还难',
  '没问一样', '卡商家', '跟没问一样', '等于没问', '问了白问', '不站买家这边', '从来不站', '早晚要完', '迟早要完', '要完蛋', '完蛋', '趁早换地方',
  '瞎子', '聋子', '傻子', '混日子', '摆烂', '折腾商家', '折腾人', '瞎折腾', '为难商家', '刁难商家', '朝令夕改', '三天两头变', '三天两头改',
  '拿工资不干活', '光拿工资', '白拿工资', '不干活', '拿钱不办事', '纯属浪费时间', '吃白饭', '别信', '别相信', '信不过', '草台班子', '智商税',
  '全凭心情', '看心情', '凭心情', '抽签', '掷骰子', '拍脑袋', '石沉大海', '肉包子打狗', '不了了之', '没下文', '复读机', '木头人',
  // Filth.
  '脏乱差', '老鼠满地', '老鼠乱跑', '蟑螂满地', '乱七八糟',
  // Corrupt: staff paid to decide (那帮审核都是收钱办事的，谁给得多谁上首页).
  '收钱办事', '收黑钱', '收红包', '收好处', '拿好处', '拿回扣', '吃回扣', '暗箱操作', '潜规则', '走后门', '给钱就', '塞钱就', '花钱就能', '谁给得多', '谁给钱多', '谁钱多', '看钱办事', '认钱不认',
];
const CONTEMPT_ALT = `(?:${alt(CONTEMPT)}|韭菜(?!盒|饺|馅|种|苗|花|籽|根|鸡蛋|炒|包|汁|叶)|开的?后门|木头(?:一样|似的|疙瘩|人)|(?:收割|压榨|剥削|榨干|宰|薅|吸)(?:我们|咱们|商家|小商家|小店|卖家|买家|消费者|用户|顾客|老百姓|韭菜)|(?:迟早|早晚)(?:得|要|会)?(?:被查|被封|关门|出事|倒闭|完蛋|凉)|(?:撑|活|挺)不了(?:多久|几天|几年|多长时间)|(?:快|要|迟早|早晚)(?:要)?(?:黄|凉|完|倒)了|(?:都是|全是|就是|纯|全|一群)(?:机器人|模板)|除了[^]{0,6}?(?:啥|什么)(?:也|都)不(?:会|懂|管|行)|(?:假货|三无|次品|什么货|啥货)[^]{0,4}?都(?:能过|能上|放进来|让上|让过|能卖)|黑(?!色|名单|科技|金|卡|标|五|马|猫|猪|珍珠|胡椒|头|白|框)|坑(?!位|洼|道|口|爹娘)|烂(?!脸|番茄)|破(?!损|了|洞|壁|碎|裂|包|箱|解|价|万|冰|费))`;
/** Between the platform and the contempt word: 的客服都是一群 / 就是个 / 这个平台太. */
const BRIDGE = '(?:一(?=[^一-龥]|割|坑|骗|吸|群|帮|个)|很|会|只会|就会|平台|电商|官方|小店|app|的|这种|那种|这个|这|那|客服|小二|规则|审核|工作人员|管理|员工|人员|运营|都|就|真|太|简直|纯|纯纯|根本|就是|真是|完全|全是|全都|都是|是个|是|一群|一帮|那帮|那些|那群|这帮|这些|这群|帮|群|些|这么|那么|特别|非常|越来越|实在|也太|个|一个|现在|的人|那一套|这一套|系统|服务|售后|流程|监管|迟早|早晚|肯定|注定|根本|进口|进口电商|仲裁|判定|介入|处理|人|啥|什么|那帮人|这帮人|正品保障|保障|假一赔十|退货保障|承诺|政策|保税仓|仓库|仓|审核的人|小二|主播|合作的|物流|快递|这块|这边|那边|那个|那些|这东西|东西|啥样|样|专门|专|净|尽|老是|总是|总|就知道|只知道|早就|早已|已经|心|抽成|抽佣|佣金|扣点|服务费|技术服务费|收费|费用|扣费|罚款|罚得|定价)';

/** Sarcastic impossibilities said of the platform: 母猪都能上树, 太阳从西边出来, 铁树开花; 投诉也白投. */
const SARCASM = /听听就好|听听就行|别当真|当个笑话|对牛弹琴|黄花菜都凉|猴年马月|天荒地老|孩子都(?:上学|会打酱油|生了|上小学)|头发都(?:等)?白|母猪(?:都)?(?:能|会|要)?上树|太阳(?:都)?(?:能|会|要)?(?:从|打)西边出来|铁树(?:都)?(?:能|会|要)?开花|公鸡(?:都)?(?:能|会)?下蛋|投诉也白投|投诉也是白投|找他们也白找|不如跟墙说/;

/**
 * A damaging claim about the platform or its people that needs no link word: bought or rigged, a sham that does
 * nothing, staff who cannot answer, a tax on fools. Said of someone else these are rare in a shop's reply.
 */
// (收 of 收银台 / 收货 / 收到 / 收件 is no bribe — round 8: 平台收银台里的方式，钱先进平台; 确认收货后我们才收到钱.)
// (round 30: …not the pay of a job said to be low — 平台客服拿钱不多但是很负责)
// (round 31, t31g: …a glance by another name, 随便看看就驳回 like 看两眼就驳回; not 随便看看 alone, the buyer browsing)
// (round 41, t41k: greed as its motive — 为了多抽佣; its traffic handed to shops selling fakes or expired goods — 流量全给了卖过期粮的店)
// (round 42, t42c: a charge raised on the sly, 偷偷把物流费抬高了两成; the money said pocketed, 钱全进了平台自己口袋; a loss never owned up to,
// 从来不认账; disorder, 保税仓乱得很)
// (round 43, t43g: prices raised then cut or forced up, rulings to whoever pays more, complaints pressed down, badges bought, 出了名会调包)
// (round 43, t43c: staff said bribed for placement, 给平台小二塞了红包才上的推荐; losses as habit, 三天两头丢件, 丢了还不认账)
// (round 44, t44b: …the buyers' data sold or their chats watched on the sly — 偷偷看你们的聊天记录，还会卖给广告商)
// (round 45, t45b: …the shops' traffic cut on the sly, the victim between — 平台再偷偷给我们降流量; the misdeed known and let pass — 明知道也不管;
// its takings kept whatever happens — 抽成照拿)
// (round 64, eng27-64: the platform said to deal in fakes itself — 平台自己就在卖假货, 快手自营的其实也在卖高仿; not the shops on it, which
// round 9's share claim reads)
// (round 66, engfa66: the secret act forbidden with its doer between — 平台不允许商家私下改价 — is the rule, not the platform's act)
const PLATFORM_SMEAR = /(?:卖|倒卖|转卖|泄露)给(?:了)?(?:广告商|广告公司|第三方|别的公司|其他公司|骗子|推销的)|(?<!(?:没法|不能|不会|没有|无法|没办法|不敢|不可能|不可以|不得|绝不|从不|不|允许|禁止|严禁|不许|不准|不让)(?:商家|卖家|店家|店铺|我们|买家|用户|任何人|任何商家)?)(?:偷偷|暗地里|背地里|私下|悄悄)(?:地)?(?:看|翻|监控|监听|收集|记录)(?:你们|您|你|买家|用户|大家)?的?(?:聊天|私信|记录|信息|数据|隐私)|(?<!(?:没法|不能|不会|没有|无法|没办法|不敢|不可能|不可以|不得|绝不|从不|不|允许|禁止|严禁|不许|不准|不让)(?:商家|卖家|店家|店铺|我们|买家|用户|任何人|任何商家)?)(?:偷偷|暗地里|背地里|私下|悄悄)(?:地)?把[^，。！？]{0,8}?(?:抬高|抬价|涨|加价|提价|调高|多收|加收|翻倍)|(?:进|装进|揣进|塞进|流进|落进|进到)了?[^，。！？]{0,4}?(?:自己|自家|私人|他们|它)的?(?:口袋|腰包|兜里|兜)|中饱私囊|(?:从来|从|根本|压根|死|拒|就是|都|还|也|又)不认账|(?:塞|递)(?:了|过)?(?:个|点|些|几个)?(?:红包|钱|好处|回扣|礼)(?!给我们|给您|给你)|(?:给|送)(?:了|过)?[^，。！？]{0,6}?(?:红包|好处|回扣)(?:才|就)|(?:三天两头|隔三差五|动不动(?:就)?|老是|总是|天天)(?:就)?(?:丢件|丢货|丢包裹|丢快递|调包|弄丢|压件|少件)|死不(?:认|承认)|乱得(?:很|不行|要命|一塌糊涂|没边)|(?:看|扫|瞄|瞅)(?:一|两|几|了一|了两)眼[^，。]{0,4}就(?:判|结|处理|驳回|定|结案)|(?:随便|随手|胡乱|草草)(?:看看|看了看|看一下|翻翻|瞄瞄|瞅瞅)就(?:判|结|驳回|定|结案)|根本没人(?:认真|仔细|好好)?(?:看|管|理|查)|没人(?:认真|仔细|好好)(?:看|查)|(?<![不没免])(?:收(?![银款货件到据益入])|拿(?![银款货件到]))了?[^]{0,8}?(?:的)?(?:钱|好处|红包|回扣)(?!了吗|的?(?:码|二维码)|不多|不高|很少|少|有限|不够)|(?:专门|故意|存心|就是为了|为了)(?:给|对|把)?(?:我们|咱们|咱|小店|小商家|商家|卖家|我家|本店)?(?:打压|针对|整|卡|坑|下架|限流|刁难|为难|罚钱|罚款|圈钱|敛财|捞钱|收割|折叠|降权)|(?:退款|钱|货款|款|结算|提现|回款|赔付|打款)[^，。！？]{0,6}?(?:故意|存心|专门|有意)(?:拖|压|扣|卡|不退|不给|晚退|延迟|拖延)|(?:故意|存心|专门|有意)(?:拖|压|扣|卡)(?:着)?(?:退款|钱|货款|结算|提现|回款|赔付)|偏向(?:大|买家|商家)|打压(?:我们|小店|小商家|商家)|草台班子|睁一只眼闭一只眼|装聋作哑|装死|(?:啥|什么)(?:也|都)不(?:管|懂|会)|写给[^]{0,6}看的|做给[^]{0,6}看的|(?:您|你)(?:也|还)(?:信|相信)|临时工|外包的|答不上来|一问三不知|纯属浪费时间|(?:找|问)(?:他们|它)[^]{0,4}(?:没意义|没用|白搭|浪费时间)|智商税|一点道理都不讲|不讲道理|根本不赔|从来不赔|传话筒|(?:啥|什么)(?:问题|事)?(?:都|也)解决不了|装(?:看不见|没看见|瞎|聋)|(?:嘴上|天天|整天|口口声声)(?:说|喊)[^]{0,14}(?:其实|实际上?|结果)|开后门|挨罚的份|乱七八糟|一塌糊涂|没读过书|没文化|烂透|稀烂|乱判|瞎判|吸血鬼|吸血|全是套路|都是套路|势利眼|不在乎(?:消费者|买家|商家|我们)|只在乎(?:钱|流水|抽成)|给(?:平台|它)打工|跟没请人一样|屁事没有|噱头|骗骗|跟机器(?:人)?(?:差不多|一样)|只会复制粘贴|摆烂|没人理|一天一变|心里没点数|(?:全|就)?(?:凭|看)运气|taikeng|kengren|zhenkeng|瞎了|(?:假货|假的)满天飞|从来没赔|没赔过|信了(?:你|您)?就输|摆着看|装(?:听不懂|不懂|糊涂)|脑子(?:进水|有病|坏了|有坑)|榨干|比高利贷|谁[^]{0,4}就(?:判|帮|向着|站|推)谁|是骗人的|谁还(?:往|在|来|会来|敢来)|(?:扣|罚|收)[^]{0,6}比谁都快|含金量|(?:吸|榨|喝|宰)(?:商家|买家|消费者|我们|顾客|卖家|大家)的?(?:血|油水)|一团糟|乱成一锅粥|一团乱麻|管得(?:很|太|特别|非常)?乱|(?:调包|掉包|丢件|私吞|克扣)[^，。]{0,4}(?:是常|常有|家常便饭|经常|很常见|是常事|多了去)|(?:一半|大半|多半|大部分|绝大多数|大多数|多数)(?:的)?(?:店|商家|卖家|东西|货|商品)?(?:都)?(?:在)?(?:卖)?(?:假货|假的|高仿|仿品)|(?:一堆|一大堆|成堆|遍地|满地|到处都?是|满是)(?:的)?(?:假货|假的|高仿|仿品|a货|山寨货?)|(?:吃|赚|挣|拿|收|图)(?:的)?(?:利息|利差)|拿(?:去|来)?(?:理财|放贷|放款|生息)|(?<!(?:没法|不能|不会|没有|无法|没办法|不敢|不可能|不可以|不得|绝不|从不|不|允许|禁止|严禁|不许|不准|不让)(?:商家|卖家|店家|店铺|我们|买家|用户|任何人|任何商家)?)(?:偷偷|暗地里|背地里|私下|悄悄)(?:地)?(?:卖|折叠|删|屏蔽|隐藏|藏起|限流|降权|扣|改|抽)|(?<!(?:没法|不能|不会|没有|无法|没办法|不敢|不可能|不可以|不得|绝不|从不|不|允许|禁止|严禁|不许|不准|不让)(?:商家|卖家|店家|店铺|我们|买家|用户|任何人|任何商家)?)(?:偷偷|暗地里|背地里|私下|悄悄)(?:地)?(?:再)?(?:给|对|把|帮)(?:我们|咱们|商家|小商家|卖家|小店|店铺|大家|他们)(?:的)?(?:降|限|砍|压|扣|减)(?:流量|权重|排名|曝光|推荐)|明知(?:道)?[^，。！？]{0,4}?(?:也|还|却|都)(?:不管|不查|不处理|不理|装看不见|装没看见|放着|放任|纵容|照样卖)|(?:抽成|抽佣|佣金|提成|扣点|服务费|钱)(?:照|照样|一分不少地?)(?:拿|收|抽|赚|扣)|抢(?:我们|咱们|商家|小商家|卖家|小店|大家)(?:的)?(?:生意|饭碗|客人|客户|流量)|花钱就能[^，。！？]{0,6}?(?:删|撤|改|置顶|洗白|压下去|消失)|帮(?:他们|它们|商家|大商家|大卖家|大店|那家|人家|对方)(?:压|捂|瞒|删|撤|盖|洗白|摆平)|(?:压|捂|撤)(?:下|住)?(?:了)?(?:消息|新闻|热搜|负面|舆论)|捂盖子|(?<!不是|并非|并不是|不光是|不只是)(?:为了|就为了|只为|图)(?:多)?(?:抽佣|抽成|抽点|赚佣金|收佣金|多抽|多收|捞钱|敛财)|(?<!不能|不得|禁止|严禁|不许|不准|不可以|不让|不要|不允许|反对|打击|查处)(?:先涨(?:价)?后降|先(?:涨|提|抬)(?:价)?(?:再|后)(?:降|打折|减))|(?<!不能|不得|禁止|严禁|不许|不准|不让|不会)(?:逼|强迫|强制|压)(?:着)?(?:我们|商家|卖家|小店|大家)?(?:先)?(?:涨价|提价|抬价|虚标)|看谁[^，。！？]{0,8}?(?:多|大|高)就(?:偏|判|帮|向着|站|推)谁|(?:把|帮着把|帮人把)(?:投诉|差评|举报|维权)[^，。！？]{0,4}?(?:压下去|压下来|压住|捂住|撤掉|删掉)|(?:标|标签|标志|标识|认证|徽章|资质)[^，。！？]{0,6}?花钱就能(?:买|办)|出了名(?:的)?(?:会|爱|喜欢)?(?:调包|掉包|丢件|私吞|克扣|坑人|黑)|(?:流量|推荐位|首页|曝光|推荐)[^，。！？]{0,10}?(?:给了?|导给|推给|分给|让给)(?:了)?[^，。！？]{0,6}?(?:卖假|卖过期|假货|过期|三无|骗子|黑店|劣质|坑人|高仿)|(?:自己|本身|自营)(?:的)?(?:其实|实际上|竟然|居然|就|也|都|一直|天天|还)*(?:在)?(?:卖|售卖|销售|进)(?:的)?(?:是|都是)?(?:假货|假的|高仿|仿品|山寨|水货)|(?:结果|结论|判决|处理结果|判罚)(?:其实)?(?:早就|早|一早|都|提前)(?:是|都)?(?:定好|内定|安排好|定下|商量好)(?:了|的)|(?:申请|投诉|介入|举报|维权|申诉)(?:了)?(?:也|都)(?:是)?白(?:申请|投诉|介入|举报|维权|申诉|搭|费)|(?<!不像[^，。！？]{0,8}|没有|不会|不|从不|禁止|严禁|不许|不准|不得|反对|打击)乱收费|(?:是|都是|就是)(?:他们|它|平台)?(?:故意|存心|专门|有意)(?:拖|压|卡)(?:的|着)/;

/** A scam warning about someone posing as the platform: 冒充平台客服的都是骗子, 真官方不会让您加QQ. */
// Round 13 (fa13b): …or someone taking on the platform's role by a frame (有人以“平台客服”的身份联系您…那就是骗子, 对方打着快手
// 官方的旗号让您转账, 陌生人装成平台工作人员) — a third party acts in the role, the platform is not the one judged.
// (round 32, t32c: …or a class of asks called false, 任何让您去加站外账号领券的都是假的 — detect/called-false.ts)
const IMPERSONATOR = new RegExp(/冒充|假冒|自称|真官方|真正的官方|官方不会|(?:有人|对方|陌生人|任何人|别人|不法分子|那人|那个人|骗子)[^，。！？]{0,6}(?:以|用|打着|借着?|顶着)[^，。！？]{0,14}(?:的)?(?:身份|名义|名头|旗号|头衔)|(?:有人|对方|陌生人|任何人|不法分子|那人|那个人)[^，。！？]{0,4}(?:说自己是|称自己是|说他是|假装|假扮|装成|扮成|伪装成)/.source + '|' + ASK_CLASS_CALLED_FALSE.source);
/** A quoted name called a fake: 那个“快手官方客服”是骗子 (the quotes mark an impostor's label). */
function quotedLabel(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  const text = ctx.text;
  if (!/[“「"'‘『]\s*$/.test(text.slice(Math.max(0, s - 3), s))) return false;
  const close = text.slice(e, e + 10).search(/[”」"'’』]/);
  if (close < 0) return false;
  return /^[”」"'’』]\s*(?:的|都|也)?(?:是|就是|才是)?(?:个|一个)?(?:骗子|假的|假冒|冒充|诈骗)/.test(text.slice(e + close, e + close + 12));
}

/** The buyer's own words said back, however quoted (您说'平台都是骗子'，我理解…): 您说/你觉得 right before the name. */
// Round 40 (t40f): not the agent's own aside (不瞒您说, 跟您说, 实话对你讲): 您 there is who is told, not who said it.
const BUYER_SAID = /(?<![瞒跟和同对给向])(?:您|你)(?:刚才|刚刚|之前|也)?(?:说|讲|觉得|认为|提到|反馈|吐槽|骂)(?:的|过)?$/;
const BUYER_QUOTED = /(?<![瞒跟和同对给向])(?:您|你)(?:刚才|刚刚|之前|也)?(?:说|讲|觉得|认为|提到|反馈|吐槽)(?:的|过)?[：:，,“"'‘「『]*(?:快手|ks|k手|平台|这平台|这个平台)/;
const buyerSaid = (ctx: LintContext, start: number): boolean => BUYER_SAID.test(ctx.before(start, 8, 'soft'));

// Round 23 (t23c): the platform set beside crooks (跟/和/与/同 骗子) is a claim only by what the clause says of the pair; when it
// denies the tie, plainly or as a rhetorical question (平台跟骗子怎么可能是一伙的, 平台和骗子没有任何关系, 平台跟骗子势不两立), it
// defends the platform. Not a rhetorical turned back by a negation (怎么可能不是一伙), a tag question (不是一伙的吗), nor a
// likeness said first (跟骗子一样不是好东西).
const TIE_DENIED = new RegExp(
  '^[^，。！？]{0,16}?(?:跟|和|与|同)(?:(?!一样|似的|一个样|就是|都是|没区别|没两样|没什么(?:区别|两样|不同)|怎么|咋|哪|岂|难道|谁说)[^，。！？]){1,8}?' +
    '(?:(?:根本|压根|从来|当然|绝对|也|可)?(?:不是|并不是|并非|绝不是)(?:一伙|一路|一家|同伙|一回事|一类|一条船|一个鼻孔)|' +
    '(?:根本|压根|从来|当然|绝对)?(?:没有?|毫无)(?:任何|半点|一点)?(?:关系|关联|瓜葛|勾结|往来)|不沾边|势不两立|划清界限|水火不容|不共戴天|' +
    '(?:怎么|咋|哪里|哪儿|哪|岂|怎)(?:可能|会|能)(?![不没])|不可能(?![不没]))(?![^，。！？]{0,12}(?:吗|嘛))',
);
const tieDenied = (ctx: LintContext, end: number): boolean => TIE_DENIED.test(ctx.after(end, 40, 'soft'));

/** Someone else's saying reported by the buyer or by hearsay (您说专柜柜姐讲…, 您听朋友说…, 听说, 据说, 有人说): not the shop's verdict. */
const OTHERS_VERDICT_REPORTED = /(?:您|你|亲)(?:刚才|之前|也)?(?:说|提到|反馈|反映|听)[^，。！？]{1,10}?(?:讲|说|告诉(?:您|你))|听说|据说|有人说|别人说|朋友说|网上说/;

/**
 * Round 43 (t43g): hearsay or common knowledge invoked for a claim (圈里都在传, 内部的人都这么说, 明眼人都看得出来, 大家心里都有数,
 * 出了名, 懂行的都知道), and the misdeeds such a rumour pins on the platform.
 */
// (round 43, t43l: …or plain hearsay and a friend inside passed on in confidence — 跟您私下说一句，我有朋友在平台上班，听说平台资金链很紧张)
// (round 44, t44b: …or a sellers' chat passed on — 我们内部群都在传, 这是我们商家群里内部说的)
const RUMOUR_FRAME = /听说|据说|听(?:同行|朋友|别人|人家|群里|圈里|内部的人|他们|里面的人)(?:讲|说)|亲口(?:跟|对|告诉)?(?:我|我们)?(?:说|承认|讲)|只是(?:还)?没(?:被)?(?:曝光|公开|爆出来)|(?:内部|商家|卖家|同行|老板)群(?:里)?(?:都|在|有人)?(?:在)?(?:传|说|讲)|群里(?:都)?(?:在)?传|内部(?:都)?(?:在)?(?:说|传)的?|(?:朋友|亲戚|熟人|同学|哥们|老乡|发小|家里人)在(?:平台|快手|官方)(?:上班|工作|做事|上|里)|私下(?:跟(?:您|你))?(?:说|讲)(?:一句|句|个事)|偷偷(?:跟(?:您|你))?(?:说|讲)|圈(?:子)?(?:里|内)|行(?:内|里)(?:都|人)|业内(?:都|人)|内部(?:的)?人|内部消息|里面的人(?:说|讲|都)|明眼人|心里都有数|心知肚明|谁(?:都|不)知道|大家都知道|都(?:在)?传|传(?:得|开了|遍了)|出了名|懂行的(?:都|人)|公开的秘密|(?:大家|都|人人)都(?:这么|这样)?说|都这么说|都这样说|小道消息/;
// (round 44, t44b: …or harm the platform is said to do its buyers — 把申请多的人拉进黑名单, 退货要扣买家信用分, 账号限制下单, 订单丢单，钱退不回来)
const RUMOURED_MISDEED = /拉(?:进|入)?黑(?:名单)?|开绿灯|资金(?:很|特别|有点)?紧|(?:钱|款|资金|余额|退款)[^，。！？]{0,4}(?:冻结|压(?:一|半|几|着|住)|扣着)|打(?:过|了)?招呼|看关系|(?:卖|泄露|倒卖)(?:了)?(?:买家|用户|我们|您|你|大家)?的?(?:个人)?(?:信息|数据|隐私|资料)|(?:信息|数据|隐私|资料)[^，。！？]{0,2}(?:卖给|卖了|泄露|外泄|倒卖|共享给)|偷看(?:聊天|私信)|吞(?:了|掉)?[^，。！？]{0,4}(?:钱|款)|(?:进|上|列入|拉进)(?:了)?黑名单|共享给|(?:扣|降)(?:买家|用户|您|你)?(?:的)?(?:信用分|信用|信誉分|积分)|(?:账号|账户)[^，。]{0,4}(?:限制|封|冻结)|限制(?:下单|购买|买东西)|丢单|(?:钱|款)[^，。]{0,3}(?:退不回|退不了|要不回)|强制取消|走私|水货|假货|来路不明|塞进来|混进来|偏(?:谁|向|袒|心)|(?:压|捂)(?:下去|下来|住)|调包|掉包|(?:根本|压根|从来)?不(?:验|查|审|核)(?:货|真)?(?![^，。]{0,2}(?:吗|么))|不(?:会)?认(?:账|的)?|不赔|逼(?:着)?|先涨后降|(?:要|得|快)(?:关|撤|黄|凉|倒闭|跑路)|关门|跑路|能拖就拖|花钱(?:就能)?买|造假|刷(?:出来)?的|收钱|黑幕|内定|作假|糊弄|资金链[^，。]{0,3}(?:紧张|紧|断|出(?:了)?问题|有问题|撑不住)|资金(?:很|特别)?(?:紧张|出(?:了)?问题|周转不(?:开|过来))|(?:故意|有意|存心)(?:往后)?拖|拖着不(?:退|赔|放|给)|挪用|卷钱|暴雷|爆雷|没钱(?:了|退|赔)/;
const RUMOUR_REFUTED = /谣言|不实|辟谣|造谣|没有的事|不存在|别信|不要信|不可信|并不|并非|假消息|严查|打击|处罚|冒充|骗子|不会(?:的|吧)?[，。！]|不是(?:真的|这样)/;
/** No smear of ours in the sentence: the claim refuted, the buyer's words told back, or an impostor warned of (the hearsay and hint cues' notSentence, rounds 43–49). */
const SMEAR_DISOWNED = [RUMOUR_REFUTED, BUYER_QUOTED, IMPERSONATOR];

/** Round 45 (t45b): the agent's wink that leaves the conclusion to the buyer (您懂的, 懂的都懂, 您自己品, 你细品). */
const PLATFORM_WINK = /(?<!不|看不|听不|读不|搞不)(?:(?:您|你|亲)(?:应该|肯定|也)?懂(?!的话|得话|了)(?:的|得|吧|哈)?(?![^，。！？]{0,2}(?:吗|么|嘛))|懂的都懂|懂得都懂|(?:您|你)(?:自己)?细品|自己品(?![尝鉴味一下品]))/;
/** A dashed hope in the platform: 您还指望平台主持公道？ / 别指望快手了. */
const DASHED_HOPE = /(?:还|别|甭|不要|休想|就别|还想|难道|还在)指望(?:着)?$/;
/** 它连自己的主播都管不住: the platform as 它 or 他们, judged within a short window that names it. */
// 平台自己都不验货的: it does not even do its own duty (check goods, audit, look).
// 平台自己从来不验货: or never does it at all.
const CANNOT_EVEN = /^[^]{0,12}都(?:管不住|管不好|管不了|搞不定|做不到|不管|顾不上|搞不清|不清楚|不懂|不验|没验|不查|没查|不审|没审|不检查|不看|懒得)|^[^]{0,4}?(?:从来不|从不|根本不|压根不|根本没|从来没|压根没|也不)(?:验|查|审|检查|管|看)/;

/**
 * Round 25 (t25c): a short reply that breaks its clauses with a space, not a comma (私聊要转账的都是骗子 平台不会让您私下付钱): the contempt
 * word closes the clause before the gap, and the platform opens a new one telling what it never asks of the buyer — a scam warning.
 * Not a name spaced out (骗子 平台) with a smear after it, nor the words run together (骗子平台不会…).
 */
const PLATFORM_NEVER_ASKS = /^(?:官方|方|这边)?(?:是|也|都|从来|绝对|一般)?(?:不会|从不|从来不|绝不|不)(?:会)?(?:让|要求|叫|找|主动|私下|通过|以任何|用|向)[^，。！？]{0,10}?(?:付|转账|转钱|汇款|打款|交钱|缴费|交费|加|联系|私聊|扫码|验证码|密码|银行卡|链接)/;
function spacedScamWarning(ctx: LintContext, start: number, end: number): boolean {
  const from = ctx.toOriginal(start, end)[0];
  return /[^\s]\s+$/u.test(ctx.text.slice(Math.max(0, from - 4), from)) && PLATFORM_NEVER_ASKS.test(ctx.after(end, 24, 'soft'));
}

/**
 * What cancels PLATFORM_SMEAR near the platform: the buyer's quoted words, a denial, the platform fighting the deed, the smear denied
 * of ourselves, an impostor. Round 40 (t40f): 没有 of a plight (小店根本没有出头的机会) denies nothing.
 */
const PLATFORM_SMEAR_NOT = [BUYER_QUOTED, /不会|不存在|(?<!都)没有(?!出头|机会|活路|翻身|生存|立足|流量|曝光|销量|单子|生意)|从不(?!认账|承认|认错|赔)|从来不(?!认账|承认|认错|赔)|绝不|并不|严禁|禁止|举报|谣言|不实|处理那些|处罚|封号|打击|严查|冒充|骗子|(?:不是|并非|也不是)(?:我们|我|本店|咱们|咱|店里|商家|卖家)(?:这边)?(?:在|要|想)?(?:故意|存心|专门|有意)(?![^。！？]{0,12}(?:是|而是|都是|全是)(?:平台|快手|官方|他们|小二)(?!的?(?:统一|规则|规定|要求|政策|流程|系统|机制|设置|设定)))/, IMPERSONATOR];

// Round 45 (t45j, T45J_CUES): the platform's rankings said to be sold and dismissed (平台那个榜是按谁交的推广费多排的…懂的人都不看): a smear of
// the platform's honesty (2.7) that also belittles it (2.4). Not a paid slot the shop owns up to (我们这款上的是付费推广位) nor a ranking
// explained without money (榜单按近30天销量排).
const T45J_RANK_SOLD = /(?:谁|哪家)(?:交|给|花|出|砸|投)(?:的)?(?:钱|推广费|广告费)|(?:推广费|广告费|竞价|花钱|交钱|给钱|砸钱|充钱)[^，。！？]{0,6}?(?:排|买|刷|堆|换)(?:的|出来|上去|来的)|按[^，。！？]{0,4}?(?:推广费|广告费|给钱|交钱)[^，。！？]{0,4}?排/;
const T45J_RANK_DISMISSED = /别(?:太)?当真|别信|不用信|不能信|不可信|跟[^，。！？]{0,8}?没(?:啥|什么)?关系|不看|水分|假的|忽悠|骗人|懂的人|懂的都懂|没用|没(?:啥)?参考/;
const T45J_CUES: Cue[] = [
  {
    words: ['榜', '榜单', '排行榜', '排名', '人气榜', '销量榜', '热销榜', '推荐位', '首页推荐'],
    severity: 'block',
    message: '称平台榜单是花钱买的、不可信，诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [new RegExp(`${alt(PLATFORM_WORDS)}`), T45J_RANK_SOLD, T45J_RANK_DISMISSED],
    notSentence: /(?:我们|本店|我家)(?:家|店)?(?:这款|的)?(?:也)?(?:投了|买了|做了|上的是|是)(?:付费)?(?:推广|广告)|广告标|标有广告|以平台[^，。！？]{0,8}?为准/,
  },
];

// Round 46 (t46h, T46H_CUES): insinuations about the platform that carry no contempt word (2.7, also 2.4):
// - a missing part blamed on the platform's people taking it (那多半是平台抽检的人拿走的，拿了也不还): a blaming guess with the platform's
//   staff or check as the taker. Not the check explained (平台抽检会开箱查验，不会拿走配件) nor a return sent to be checked (拿去质检).
// - its favours said to go to insiders (评分高的店好多是平台员工亲戚开的，流量都是内部给的; 关系户).
// - its allotments said carved up by a few big shops (国补名额早被几个大店关起门来分完了; 几家大商家内部就分光了). Not quotas run out
//   to buyers (名额已经被抢完了) nor allotted by a stated rule (按报名顺序分配).
const T46H_TAKEN = /(?:多半|八成|大概率|估计|肯定|准是|应该是|十有八九|保不齐|指不定|是被|被)[^，。！？]{0,10}?(?:平台|快手|官方|抽检|质检|审核|查验|保税仓)[^，。！？]{0,8}?(?:拿走|顺走|私拿|扣下|昧下|私吞|顺手拿|拿回家|偷拿|偷走|拿去用)|(?:拿|顺)了?(?:也|都)?不还/;
const T46H_INSIDER = /(?:员工|小二|工作人员|内部人员?|高管|领导|管理层)(?:的)?(?:亲戚|家属|亲属|家里人|老婆|老公|小舅子|七大姑八大姨)(?:开的|的店|在开|家的店|开店)|关系户|(?:流量|推荐位|资源|坑位|曝光|名额|排名)[^，。！？]{0,6}?内部(?:就)?(?:给|分(?!配)|定(?!期)|派|内定|指定)|自己人的店|(?<![没无]法|不能|不会|不可能|不)内定/;
const T46H_CARVED = /(?:几个|几家|那几家|少数)?(?:大店|大商家|大卖家|大主播|头部)[^，。！？]{0,6}?(?:(?:私下|关起门来?|内部|偷偷|提前)(?:就)?(?:瓜分|分完|分光|分掉|分了|定好|定了|内定|包圆)|瓜分|包圆|私分|分完了|分光了)|关起门来?一?(?:瓜分|分|定|商量)/;
const T46H_ALLOTMENT = /名额|补贴|国补|流量|坑位|推荐位|资源|额度|券|秒杀|活动位|曝光|排名/;
const T46H_NOT = /不会|没有|没法|无法|不能|不存在|不可能|绝不|从不|严禁|禁止|不得|不允许|谣言|不实|辟谣|冒充/;
const T46H_CUES: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '无端指称平台人员私拿买家商品，诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: T46H_TAKEN,
    notSentence: [T46H_NOT, BUYER_QUOTED, IMPERSONATOR],
    unless: (ctx, start) => buyerSaid(ctx, start),
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '捏造平台徇私、流量内定等内幕，诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: T46H_INSIDER,
    notSentence: [T46H_NOT, ...SMEAR_DISOWNED],
    unless: (ctx, start) => buyerSaid(ctx, start),
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '捏造平台资源被大商家私下瓜分，诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [T46H_CARVED, T46H_ALLOTMENT],
    notSentence: [T46H_NOT, ...SMEAR_DISOWNED],
    unless: (ctx, start) => buyerSaid(ctx, start),
  },
];

// Round 47 (t47f, blind set IB): insider hearsay (听里面的人说, 朋友在平台上班, 偷偷跟您讲) pinning on the platform a hidden harm to buyers —
// their chats mined for price discrimination (聊天记录全调出来，拿去给大数据定价用), a refund secretly advanced from their credit line
// (从您的信用额度里先垫的，后面会影响您借钱，平台不会告诉你的) — or an invented shutdown told to make them hoard (下个月要把…直邮整个停掉…
// 现在是最后一批了，想囤的抓紧).
const T47F_HIDDEN_HARM = /大数据(?:定价|杀熟)|杀熟|(?:聊天记录|个人信息|隐私|数据)[^，。！？]{0,10}(?:拿去|拿来|用来|用于)|(?:信用|征信|额度)[^，。！？]{0,8}(?:垫|扣|降|受影响)|影响(?:您|你)的?(?:借钱|贷款|征信|信用|额度)|不会告诉(?:您|你)|瞒着(?:您|你|买家|大家)/;
const T47F_SHUTDOWN = /(?:要|会|准备|打算)(?:把)?[^，。！？]{0,16}(?:停掉|关掉|砍掉|取消掉|禁掉|全停|停了)/;
const T47F_HOARD = /最后一批|想囤|赶紧囤|抓紧|趁现在|翻(?:一)?倍|涨(?:一倍|不少|价)/;
const T47F_CUES: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '借“内部人士”之口捏造平台暗中损害买家的做法，诋毁平台形象（规则 2.7）',
    window: 50,
    sentence: [RUMOUR_FRAME, T47F_HIDDEN_HARM],
    // (the buyer told off the platform's desk — 别申请平台介入 — is part of the smear, not a denial of it)
    deniable: false,
    notSentence: [...SMEAR_DISOWNED, /听说(?:您|你|亲)|严格保护|不会(?:把|将)|不会影响/],
    asked: true,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '借“内部消息”捏造平台将停止业务，催买家囤货，扰乱平台秩序（规则 2.7）',
    window: 50,
    sentence: [RUMOUR_FRAME, T47F_SHUTDOWN, T47F_HOARD],
    notSentence: [...SMEAR_DISOWNED, /公告|通知|官方发布|听说(?:您|你|亲)/],
    asked: true,
  },
];

// ---- round 48 (t48b): subtle 2.7 ----
// Told in confidence (不瞒您说) that the platform lets goods spoil in its warehouse and keeps it from buyers (平台的保税仓夏天是不开冷气的…
// 密封圈都是那时候老化的，平台自己不会告诉您): a hidden harm pinned on the platform. Not privacy rules (平台不会告诉商家您的手机号).
const T48B_HIDES = /(?:平台|官方|快手)(?:自己)?(?:是|也|肯定|当然)?(?:不会|不可能|从来不会|从来不|从不)(?:主动)?(?:告诉|跟(?:您|你)说|跟(?:您|你)讲|说的|承认|公开)|瞒着(?:您|你|买家|大家)/;
const T48B_GOODS_HARM = /老化|变质|发霉|受潮|闷坏|闷在|捂坏|晒坏|高温|不开(?:冷气|空调)|坏了|过期|串味|漏液|变形/;
const T48B_CUES: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '捏造平台仓储损坏商品并瞒着买家，诋毁快手平台形象（规则 2.7）',
    window: 80,
    sentence: [T48B_HIDES, T48B_GOODS_HARM],
    deniable: false,
    notSentence: [...SMEAR_DISOWNED, /信息|隐私|手机号|地址|号码|身份|恒温|冷链/],
    asked: true,
  },
];
// ---- end round 48 (t48b) ----

// ---- round 49 (t49a): subtle 2.7 — the platform's game said rigged, told as insider knowledge ----
// Passed on as what insiders all know (小道消息, 心照不宣, 圈子里都知道) or as the truth behind appearances (其实, 说白了): the platform writes the
// "verified" reviews itself (平台外包团队统一写的), owns the brand it ranks first (平台自己就是那家的大股东, 自家人), lets its own accounts take the
// flash-sale stock (平台自己的号先拿走的). Not a rule or a process told (评价都是买家自己写的, 排名按销量算), nor the rumour refuted.
const T49A_FRAME = new RegExp(`${RUMOUR_FRAME.source}|心照不宣|心里(?:都)?有数|其实|实际上|说白了|说穿了|讲真|不瞒(?:您|你)说`);
const T49A_RIGGED = /(?:平台|官方|快手)[^，。！？]{0,4}?(?:自己|外包|雇|请|找|养)[^，。！？]{0,8}?(?:统一|批量|集中|成批|一起)?(?:写|编|刷|造|发)(?:的|出来)|(?:平台|快手|官方)(?:自己)?(?:就)?(?:是)?[^，。！？]{0,8}?(?:的)?(?:大股东|股东|幕后老板|后台老板|亲爹|东家)|(?:排|榜|推|首页|流量|第一)[^，。！？]{0,8}?自家人|自家人[^，。！？]{0,6}?(?:排|榜|推|霸|占|首页|流量|第一)|(?:平台|官方|快手|内部)(?:自己)?(?:的)?(?:号|账号|小号|员工|内部人员?|自己人)[^，。！？]{0,6}?(?:先|提前|早就|直接)?(?:拿走|抢走|抢光|截走|包圆|扫走|拿光|抢了|拿了|截胡)/;
// …and with a frame only insiders use (not 其实), the buyer's complaints handed to the shop behind their back (转头就截图发给我们商家): a platform
// forwarding a case openly (平台会把您的投诉转给我们处理) is a process.
const T49A_LEAKED = /(?:转头|回头|扭头|背地里|私下|偷偷)(?:就)?[^，。！？]{0,4}?(?:截图|截屏|录屏|转发|转)[^，。！？]{0,4}?(?:发给|转给|给|卖给)(?:了)?(?:我们)?(?:商家|卖家|店家|店铺|我们)/;
const T49A_NOT = /不会|不可能|不存在|没有的事|严禁|禁止|打击|处罚|谣言|不实|辟谣|冒充|按(?:照)?[^，。！？]{0,6}?(?:销量|规则|算法|评分)|(?:您|你|亲)(?:是)?(?:担心|听说|问)/;
const T49A_CUES: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '以“内幕”口吻捏造平台暗箱操作（自写好评、自家持股、内部账号抢货），诋毁快手平台形象（规则 2.7，同时属于 2.4）',
    window: 50,
    sentence: [T49A_FRAME, T49A_RIGGED],
    deniable: false,
    notSentence: [T49A_NOT, ...SMEAR_DISOWNED],
    asked: true,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '以“圈内都知道”的口吻捏造平台把买家投诉私下泄露给商家，诋毁快手平台形象（规则 2.7，同时属于 2.4）',
    window: 50,
    sentence: [RUMOUR_FRAME, T49A_LEAKED],
    deniable: false,
    notSentence: [T49A_NOT, ...SMEAR_DISOWNED],
    asked: true,
  },
];
// ---- end round 49 (t49a) ----
// ---- round 53 (eng53b, il52): a platform feature said fine in name only, a platform mark said bought ----
/** A platform feature praised in name, then exposed (平台那个“极速退款”听着好听，其实钱要冻一个月才给您，都是做做样子的). */
const T53_NAME_ONLY = /(?:听着|听起来|说得|说着|说起来|看着|叫得|名字(?:起得)?)(?:挺|很|倒是|是)?(?:好听|好看|漂亮|响亮)[^。！？]{0,4}?(?:其实|实际上?|结果|可是?|但(?:是)?|真(?:要|到|用|申请))/;
const T53_SHAM = /做做样子|摆摆样子|装装样子|做样子|摆样子|装样子|幌子|走过场|噱头|骗人的|忽悠|糊弄|唬人|形同虚设|摆设|不代表(?:任何|什么)|(?:钱|款|退款)[^，。！？]{0,6}?(?:冻|压|扣|拖)[^，。！？]{0,6}?(?:一个月|几个月|半个月|好久|很久|半年)/;
/** A platform mark said to be had for money and mean nothing (那个“全球购”小标签是交钱就能挂的，不代表任何东西，您别被它唬住了). */
const T53_MARK_BOUGHT = /^(?:是|都是|就是|也是|其实是)?(?:(?:交|花|给|掏|充)(?:点|了)?钱|付费|买)(?:了)?就(?:能|可以|会)?(?:挂|贴|有|拿|上|亮|买|办|给)/;
const T53_MARK_DISMISSED = /不代表(?:任何|什么)|别被[^，。！？]{0,3}(?:唬|骗|忽悠|吓)|没(?:啥|什么)(?:用|意义|含金量)|唬人|糊弄|忽悠|骗人|当不得真|别当真/;
/** A trick or blind judging said of it: 纯骗人, 变相放贷, 比信用卡还高, 凭感觉判, 连货都没见过. */
const T53_TRICK = /(?:纯|就是|都是|全是|纯纯)(?:在)?(?:骗人|坑人|忽悠人|套路|割韭菜|骗局)|变相(?:放贷|收费|涨价|割韭菜|收钱)|比(?:信用卡|高利贷|平时|原价)(?:还)?(?:高|狠|黑|贵)|(?:凭|看|靠)(?:感觉|心情|运气|猜)(?:判|断|处理|定|来)|连(?:货|东西|证据|图|视频)都没(?:见过|看过|看)|(?:都是|全是|就是|只是)(?:写着|说着|摆着|挂着)(?:看|玩)的/;
const T53_CUES: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '称平台的服务名不副实、只是做样子，诋毁快手平台形象（规则 2.7，同时属于 2.4）',
    window: 60,
    sentence: [T53_NAME_ONLY, T53_SHAM],
    deniable: false,
    notSentence: [T49A_NOT, ...SMEAR_DISOWNED],
    asked: true,
  },
  {
    words: ['小标签', '标签', '标识', '角标', '徽章', '标志', '勋章', '认证标', '金标', '蓝标', '小标'],
    severity: 'block',
    message: '称平台标识花钱就能挂、毫无意义，诋毁快手平台形象（规则 2.7，同时属于 2.4）',
    after: T53_MARK_BOUGHT,
    window: 40,
    sentence: T53_MARK_DISMISSED,
    notSentence: [T49A_NOT, ...SMEAR_DISOWNED, /不是(?:交|花|给|掏)钱|并非|审核(?:通过)?(?:后|才)/],
    asked: true,
  },
  {
    // A platform promotion or service called a trick (平台搞的那些满减，算下来比平时还贵，纯骗人; 先用后付…就是变相放贷) or its deciders said
    // to judge blind (仲裁员估计连货都没见过，就凭感觉判). Not a promotion explained, nor a scam warning (T49A_NOT, SMEAR_DISOWNED).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '称平台活动或判定是骗局、凭感觉，诋毁快手平台形象（规则 2.7，同时属于 2.4）',
    window: 40,
    sentence: [/满减|补贴|优惠|活动|券|积分|价保|会员|秒杀|先用后付|分期|运费险|仲裁|判定|判罚|审核|介入|客服|时效|保障|承诺|赔付|规则/, T53_TRICK],
    deniable: false,
    notSentence: [T49A_NOT, ...SMEAR_DISOWNED, /(?:不是|并不是|并非|没有|不算|不会|从不|从来不)[^，。！？]{0,4}?(?:骗|套路|坑|忽悠|凭|看心情|变相)/],
    asked: true,
  },
];
// ---- end round 53 (eng53b) ----
// ---- round 55 (eng55b, B55): the platform belittled by a settled verdict, no contempt word ----
/**
 * The shop's settled verdict on the platform or its parts (its offers, rulings, staff, rules, numbers, market), each a damage in plain
 * words, not a swear: promises that never land (雷声大雨点小, 光打雷不下雨, 画大饼), rulings that please no one and settle nothing (和稀泥,
 * 各打五十大板, 谁也不(想)得罪), complaining called futile (多半是白折腾, 也是瞎折腾), staff who answer by rote (复制粘贴话术, 模板话术,
 * 车轱辘话), rules that cannot be trusted (朝令夕改, 说变就变, 谁当真谁吃亏), a bar set on the floor (能按时显示就算烧高香了, 就谢天谢地了),
 * indifference (自己都不上心, 压根不当回事), inflated numbers (销量数字…水分大得很), a cheap market (本来就是个拼低价的集市, 就是个卖便宜货的地摊),
 * and a purpose against the buyer (本来就不是给消费者省钱的, 不是为咱消费者着想). Not the verdict denied (不会和稀泥, 不会说变就变), nor of
 * ourselves (我们客服不会复制粘贴), nor a scam warning or a rumour refuted (T49A_NOT, SMEAR_DISOWNED).
 */
const T55_NEG = '(?<!不|不会|没有|没|绝不|从不|并不|不是|不能|不可能|别|不要)';
const T55_VERDICT = new RegExp(
  [
    `${T55_NEG}(?:雷声大雨点小|光打雷不下雨|只打雷不下雨|画大饼|开空头支票|和稀泥|各打五十大板|两头糊弄|谁(?:也|都)不(?:想|愿意|敢)?得罪)`,
    `(?:多半|大概率|十有八九|基本上?|估计|也|都|就)(?:是|都是)?(?:白折腾|瞎折腾|白忙活|白忙一场|白跑一趟|白等)`,
    `${T55_NEG}(?:复制粘贴|模板话术|车轱辘话|一套模板|套话连篇)`,
    `${T55_NEG}(?:朝令夕改|说变就变|一天一个规矩|谁当真谁吃亏|谁信谁吃亏|谁信谁傻)`,
    `(?:就算|就是|算是|已经算|就得|就)(?:是)?(?:烧高香|谢天谢地|祖坟冒青烟|老天开眼|走大运)`,
    `(?:自己|根本|压根|从来|一直)(?:都|也|就)?(?:不上心|不当回事|不当一回事|不在乎|不关心)`,
    `(?:销量|数字|数据|评价|好评|评分|排名|榜单?|销售额)[^。！？]{0,12}?水分(?:大得很|很大|太大|不小|大着呢|挺大|可大了|多得很)`,
    `(?:本来就是|就是个|不过是个|无非是个|说白了就是)(?:个)?[^，。！？]{0,6}?(?:集市|地摊|菜市场|杂货铺|跳蚤市场|清仓场)(?!上的|里的)`,
    `(?:本来就|压根|根本|从来就|也)(?:不是|不是为了)(?:给|为|帮|替)(?:咱们?|我们)?(?:消费者|买家|顾客|大家|老百姓|用户)(?:省钱|着想|谋福利|办事|做主)`,
    // …its decline (越做越差, 一年不如一年, 走下坡路), its guarantee or numbers not to be taken seriously (正品保障您也别太当回事), its flight when
    // things go wrong (出了问题它跑得比谁都快), its reviews all shills (评价区都是托), and rules only the naive keep (规则就是给老实人定的).
    `(?:越做越|越来越|一年比一年|一天比一天)(?:差|烂|水|拉胯|不行|糟|垃圾)|一年不如一年|每况愈下|走下坡路`,
    `(?:保障|承诺|规则|规定|政策|认证|评分|销量|榜单?|评价|标)[^，。！？]{0,6}?(?:别|不用|甭|不必)(?:太|那么|过于)?(?:当回事|当一回事|当真|信以为真)`,
    `(?:跑|溜|躲|撇|甩)得比谁都(?:快|干净)`,
    `(?:都是|全是|一半是|大半是|净是|全都是)(?:托|水军|刷的|买来的|花钱买的)(?!盘|管|运|底)`,
    `(?:给|管|对)(?:老实人|傻子|小白|老百姓)(?:定|立|设)的|老实人(?:才)?(?:吃亏|守规矩|当真)`,
  ].join('|'),
);
const T55_NOT = /不会|不可能|不存在|没有的事|严禁|禁止|打击|处罚|谣言|不实|辟谣|冒充|(?:您|你|亲)(?:是)?(?:担心|听说)/;
const T55_CUES: Cue[] = [
  {
    words: [...PLATFORM_WORDS, '这地方', '这种地方', '这个地方'],
    severity: 'block',
    message: '用定性的贬损评价诋毁快手平台（规则 2.7，同时属于 2.4）',
    window: 40,
    sentence: [new RegExp(alt(PLATFORM_WORDS)), T55_VERDICT],
    deniable: false,
    // (the buyer asking is no excuse here — 您问了也白问 is the verdict itself)
    notSentence: [T55_NOT, ...SMEAR_DISOWNED, /(?:我们|我|本店|咱们店|店里)(?:这边)?(?:的)?(?:客服)?(?:也|都|从来|绝对)?(?:不会|没有|从不)/],
  },
];
// ---- end round 55 (eng55b) ----

const cues: Cue[] = [
  {
    // Round 47 (t47a): the platform said to be going downhill and favouring its own (快手这两年越来越拉了，流量全给自家亲儿子，买家跟着吃亏),
    // also with the name half in pinyin (快shou). Not our own shop's service said to slip (我们这两年发货越来越慢了，抱歉).
    words: ['越来越拉', '越来越烂', '越来越坑', '越来越黑', '越来越差劲', '亲儿子'],
    severity: 'block',
    message: '诋毁快手进口电商平台形象（规则 2.7）',
    window: 50,
    sentence: [/快手|快shou|kuai手|kuaishou|ks平台|平台|官方/, /流量|买家|吃亏|偏心|坑|自家|割|抽成|扣点/],
    notSentence: /我们(?:店|家)?(?:这两年)?(?:发货|服务|包装)|抱歉|不好意思/,
  },
  {
    // Round 12 (t12b): the platform's collapse foretold, whatever comes between (这平台看着也撑不了多久了，趁还能下单赶紧多囤点; 快手我看迟早要黄;
    // 平台估计活不了几年了). Not a product or a season (这个电池撑不了多久了) — the platform is the anchor.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    after: /^[^，。！？不没]{0,8}?(?:(?:撑|活|挺|熬)不(?:了|过)(?:多久|几天|几年|多长时间|今年|明年)|(?:迟早|早晚)(?:要|得|会)?(?:黄|凉|完|倒)|(?:迟早|早晚|快|马上|眼看)(?:要|得|就)*(?:(?:黄|凉|完|倒)(?:了|掉|蛋)|倒闭|关门|跑路)(?![^，。]{0,2}(?:货|单|款|审|处理|发)))/,
    // Nor an offer running out (平台的满减活动撑不了多久了).
    notAfter: /^(?:上有|上的|里有|里的|上也有|有些|有的|有不少|的?[^，。]{0,6}?(?:活动|优惠|券|价|折扣|秒杀|补贴|满减|福利|服务器|库存|名额))/,
    grow: true,
    unless: (ctx, start, end) => quotedLabel(ctx, start, end) || buyerSaid(ctx, start),
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    // Either only bridge words in between, or any short gap closed by a judging link (的七天无理由就是摆设,
    // 的客服跟复读机一样); a denial in the gap ends it (平台不会要求您转账，任何让您转账的都是骗子).
    // Round 23 (t23c): …or a rhetorical double negative, which asserts (快手哪会不坑人, 这平台怎么可能不黑, 平台怎么会不是骗子).
    after: new RegExp(`^(?:${BRIDGE}{0,6}|[^不没，。！？]{0,6}?(?:哪里|哪儿|哪|怎么|咋|岂)(?:会|能|可能)不(?:是)?(?:个|一个|一群|一帮)?|[^不没]{0,16}?(?:就是|都是|全是|简直|纯属|纯纯|根本|完全|只会|就会|一样|跟|保证|全凭)(?:是|个|一个|一群|一帮)?(?:大型|超大|大|专门用来|专门|用来|为了|故意|存心)?(?:(?:给|为|替|帮)(?:那些|这些)?[^，。！？不没]{0,3}?)?)${CONTEMPT_ALT}`),
    reach: 24,
    grow: true,
    // Round 22 (t22dt): …nor the platform as who gives a warning (平台也提醒过，任何让您私下转账的都是骗子; 快手官方一直提示…): it warns, it is not
    // judged — unless the warning itself is what is judged (平台提醒的那些都是骗人的, 平台提示什么的就是摆设, 平台提醒了也没用).
    notAfter: /^(?:上有|上的|里有|里的|上也有|有些|有的|有不少)|^(?:官方|方面|那边)?(?:也|都|一直|多次|反复|早就|之前|已经|经常|特别|专门|再三|曾经)*(?:提醒|提示|强调|警告|告诫|警示|公告|发(?:过|了)?(?:公告|通知|提醒|警示))(?!的|什么|那些|这些|就|都|全|根本|简直|纯属|也是|只是|跟|一样|[^，。！？]{0,4}(?:没用|无用|摆设|形同虚设|骗人|糊弄|作秀|走过场))/,
    notSentence: IMPERSONATOR,
    unless: (ctx, start, end) => quotedLabel(ctx, start, end) || buyerSaid(ctx, start) || tieDenied(ctx, end),
  },
  {
    // 这破平台 / 垃圾平台 / 骗子平台 / 什么破快手.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    before: re`(?:${CONTEMPT_ALT}|什么破|这破|这烂|破|烂|垃圾的|骗人的|坑人的)(?:的)?$`,
    grow: true,
    // …那一定是骗子，平台和我们都不会这样联系您: the contempt word ends the clause before, about someone else.
    scope: 'clause',
    notSentence: IMPERSONATOR,
    unless: spacedScamWarning,
  },
  {
    // Sarcasm that the platform is useless: 快手的客服要是有用，母猪都能上树了 / 指望平台做主？太阳从西边出来.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '讽刺贬损快手平台（同时属于 2.4 诋毁他人）',
    sentence: SARCASM,
    // 等平台处理？黄花菜都凉了: the jibe follows the question.
    window: 30,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '讽刺贬损快手平台（同时属于 2.4 诋毁他人）',
    before: DASHED_HOPE,
    grow: true,
    // 别指望 is the dashed hope itself, not a denial of it.
    deniable: false,
  },
  {
    // 您信平台不如信我: setting the shop above the platform.
    words: ['不如信我', '不如找我', '还不如找我', '不如信我们', '不如找我们'],
    severity: 'block',
    message: '贬低快手平台（同时属于 2.4 诋毁他人）',
    window: 20,
    sentence: new RegExp(alt(PLATFORM_WORDS)),
    notSentence: IMPERSONATOR,
  },
  {
    // 某k平台的保税仓啥样我还不知道？货堆地上，老鼠满地跑: filth said of the platform's premises, a sentence on.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: /老鼠(?:满地|乱|到处|成群)|蟑螂(?:满地|乱|到处|成群)|脏乱差|堆(?:在)?地上|臭气熏天/,
    notSentence: [/不会|没有|消杀|防鼠|灭鼠|干净|整洁|卫生合格/, IMPERSONATOR],
  },
  {
    // Buying here is money thrown away: 在快手买东西等于把钱扔水里.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    // Also a blanket verdict near it: fakes everywhere (没几个是真的, 十个店九个卖假货), grabbing (只会伸手要钱, 变着法坑人),
    // a torment to deal with (开店就是受罪), lordly staff (跟大爷似的), a knowing sneer (呵呵，懂的都懂).
    window: 30,
    // Its rankings faked, its shops all crooked: ks上那些榜单全是刷出来的，首页推荐的店没一家干净.
    sentence: /刷(?:出来|上去|上来|起来)的|(?:全|都)是刷的|花钱(?:刷|买)(?:上去|的|出来)|买的数据|数据(?:是)?(?:假的|造假|注水)|没一家(?:是)?(?:干净|真)|没一个(?:是)?干净|没几家(?:是)?(?:干净|真)|扔水里|打水漂|丢水里|白扔|喂狗|花冤枉钱|没几个(?:是)?真的|十(?:个|家)[^]{0,4}[五六七八九](?:个|家)|(?:一大半|大半|多半|大部分|一半)(?:都)?是(?:假|仿|水货|来路不明)|(?:满|全)平台(?:都|全)是|(?:都|全)是(?:高仿|仿品|a货)|(?:都|全)是假的|假货(?:横行|遍地|泛滥|多的是)|伸手要钱|变着法(?:子)?(?:坑|收|罚|要|赚)|就是受罪|就是遭罪|大爷似的|当大爷|懂的都懂|不如地摊|地摊货都不如|闹着玩|过家家|儿戏|一天一个样|眼睛(?:都)?(?:是)?瞎|什么(?:烂|破|垃圾|假)货都|就该(?:被)?(?:好好)?整治|一群吸血/,
    // (round 19, t19bq: …nor a third party's verdict the buyer reports — 您说专柜柜姐讲网上卖的都是假的，这个我们理解; 听说…)
    // (round 19, t19br: …nor advice to check the seller before buying — 基本都是仿品加诈骗，买之前一定看清是不是平台正规店铺; 擦亮眼睛)
    notSentence: [/不会|不用担心|放心|保障|谨防|认准|看清|擦亮眼睛|举报|没有|打击|严查|清理|处罚|会被/, IMPERSONATOR, OTHERS_VERDICT_REPORTED],
  },
  {
    // Round 14 (t14): the platform or its takings likened to criminals or exploiters in a comparison frame, whatever the trait
    // (抽佣比土匪还狠, 比黑社会还黑, 罚起款来跟强盗一样, 简直就是周扒皮, 跟黑帮收保护费没区别). Not the platform set apart from them
    // (平台不像有些地方那样乱收费) or fighting them (平台严厉打击黑社会性质的诈骗团伙).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '把快手平台比作土匪、黑社会等，属于诋毁平台（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: /(?:比|跟|和|像|如同|好比|简直(?:就)?是|就是|活脱脱(?:的)?(?:一个)?)(?:那些|给|被|向)?(?:土匪|强盗|劫匪|黑社会|黑帮|流氓|地痞|恶霸|吸血鬼|高利贷|周扒皮|黄世仁|地主老财|地主|资本家|奸商|人贩子|收保护费)(?:还|更|都|一样|似的|差不多|没区别|没两样|有得一拼|一个样|[^，。]{0,6}(?:还|一样|似的))?/,
    notSentence: [/不像|不是|不会|打击|严打|严查|举报|防范|谨防|诈骗团伙|犯罪/, IMPERSONATOR],
  },
  {
    // Round 23 (t23a): the platform said to be in league with scammers or crooks, after any gap that names no other subject
    // (平台提醒了也没用，跟骗子一伙的; 快手和诈骗团伙穿一条裤子; 这平台就是在包庇卖假货的); a gap may hold 没用 but no denial of the link.
    // Not the platform fighting them (平台严厉打击和骗子勾结的商家), denied (平台并不是跟骗子一伙的), nor a scam warning (有人冒充平台…).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '称快手平台与骗子勾结、包庇骗子，属于诋毁平台（同时属于 2.4 诋毁他人）',
    after: /^(?:(?!不是|并不|并非|从不|从来不|不会|没有|绝不|绝非)[^我您你们。！？]){0,16}?(?:(?:跟|和|与|同)(?:那些|这些|那帮|这帮)?(?:骗子|诈骗犯|诈骗团伙|诈骗分子|黑社会|黑产|卖假货的|假货商家|售假的)(?:们)?(?:是|都是|就是|根本就是|本来就是|分明是|明显是)?(?:一伙|一家|一丘之貉|穿一条裤子|串通|勾结|沆瀣一气|狼狈为奸|同伙|合伙|一条船|一路货色|蛇鼠一窝|一个鼻孔出气)|(?:在|就是在|一直在|专门)?(?:包庇|纵容|庇护|袒护|养着|罩着)(?:那些|这些)?(?:骗子|诈骗|卖假货|假货商家|售假)|(?:是)?(?:骗子|诈骗团伙|卖假货的)的(?:保护伞|帮凶|同伙|后台|靠山))/,
    reach: 30,
    grow: true,
    notSentence: [/打击|严查|严惩|处罚|处理|封禁|封号|举报|怎么可能|谣言|不实|防范|谨防/, IMPERSONATOR],
    unless: (ctx, start, end) => quotedLabel(ctx, start, end) || buyerSaid(ctx, start),
  },
  {
    // Round 42 (t42c): the platform or its staff said to be in league with the big sellers, the tie as the anchor so that a pointer away
    // from the platform before it (别找平台客服了，他们和大卖家是一伙的，介入了也只会偏向商家) does not read as a denial. Not the platform
    // fighting such ties (平台严查和商家串通的行为) nor a denial (平台不会和任何商家勾结) — PLATFORM_SMEAR_NOT.
    words: ['一伙', '一条裤子', '串通', '勾结', '沆瀣一气', '狼狈为奸', '一个鼻孔出气', '一家人', '同伙', '穿一条'],
    severity: 'block',
    message: '称快手平台与大商家勾结、偏袒商家，属于诋毁平台（同时属于 2.4 诋毁他人）',
    before: /(?:和|跟|与|同)(?:那些|这些|那帮|这帮)?(?:大卖家|大商家|大店|大主播|大品牌|大客户|商家|卖家|主播)(?:们)?(?:是|都是|就是|早就是|本来就是|早就|早)?(?:一早)?$/,
    window: 30,
    sentence: new RegExp(alt(PLATFORM_WORDS)),
    notSentence: [...PLATFORM_SMEAR_NOT, /严查|查处|串通的|勾结的/],
    unless: (ctx, start) => buyerSaid(ctx, start),
  },
  {
    // Corruption said of the platform anywhere near it: 平台推荐位走后门的，谁给钱多就推谁.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 30,
    // Round 40 (t40f): …or its badge or certification said to be for sale (正品保障标是花钱买的，谁交钱谁有).
    sentence: /收了?(?:钱|好处)(?:帮|替|办事|给)|谁(?:交|给|出|塞|花|掏)(?:了)?钱谁(?:就)?(?:有|拿|上|过|赢|能)|(?:标|标志|标识|认证|徽章|资质|保障|蓝v)[^，。！？]{0,3}?花钱(?:就能)?(?:买|办)(?:的|来的|得到)|帮大卖家|偏向大卖家|收钱办事|收黑钱|暗箱操作|走后门|潜规则|谁给钱多|谁给得多|谁钱多|看钱办事|认钱不认|塞钱就|给钱就(?:能|给|过|推)/,
    notSentence: [/严禁|禁止|举报|杜绝|不存在|没有|不会|不允许|谣言|不实|不是花钱|不用花钱|不能花钱|花钱买不(?:到|来)|买不(?:到|来)的/, IMPERSONATOR],
  },
  {
    // Round 7: a damaging claim near the platform, no link needed: 平台那些小二都拿了大商家的好处，专门打压我们小店.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: PLATFORM_SMEAR,
    // 您说“快手就是骗人的”，…平台的售后保障是真实有效的: the buyer's quoted words said back (round 8).
    // …nor the smear denied of ourselves (不是我们故意刁难您，平台会重新审核; round 11, t11e), even when the platform's rule is
    // then named as the cause (不是我们故意卡您，是平台统一规定; round 21, t21dq) — not when the smear moves to it (…是平台故意卡您).
    notSentence: PLATFORM_SMEAR_NOT,
  },
  {
    // Round 40 (t40f): 官方 as the platform that rules over the shops (流量给得少，都是因为官方私下收了大商家的钱): the same claims, with the
    // shops or their traffic in the sentence. Not a brand's or the customs' 官方, nor the shop's own (官方旗舰店, 官方渠道, 品牌官方).
    words: ['官方'],
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    window: 30,
    sentence: [PLATFORM_SMEAR, /商家|小店|卖家|店铺|流量|主播|小二|审核|大店|小商家/],
    notBefore: /(?:品牌|厂家|厂商|原厂|我们|我们店|本店|我家|海关|国家|政府|税务|品牌方|药监|监管)(?:的)?$/,
    notAfter: /^(?:旗舰|店|网|渠道|授权|正品|直营|直售|代理|认证|公告|微博|账号|号|指导价|售价|价|说明|标准|数据|检测|鉴定)/,
    notSentence: PLATFORM_SMEAR_NOT,
  },
  {
    words: ['它连', '他们连', '平台连', '快手连', '官方连', '人家连', '他们自己', '它自己', '平台自己', '人家自己'],
    severity: 'block',
    message: '讽刺贬损快手平台（同时属于 2.4 诋毁他人）',
    after: CANNOT_EVEN,
    grow: true,
    window: 30,
    sentence: new RegExp(alt(PLATFORM_WORDS)),
  },
  {
    // Round 10: the platform's rules waved off as no concern of the shop (平台那些规定都是吓唬人的，我们店不用理，照样卖;
    // 平台规定管不到我们; 快手的规矩我们有的是办法绕过去). Traps: 按平台规定您不用怕, 平台的规则我们必须遵守.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '蔑视平台规则、扰乱平台管理秩序（规则 2.7）',
    window: 30,
    sentence: [
      /规定|规则|规矩|政策|处罚|罚款|罚单|监管|审核|管理|考核|指标/,
      /管不(?:到|着|了)(?:我们|咱|本店|我们店)|(?:我们|咱|本店|店里)[^，。]{0,4}(?:不用|不必|用不着)(?:理|管|怕|当回事|在意)|不(?:用)?当回事|吓唬人|吓人的|照样卖|照卖不误|照样发|钻(?:个)?空子|有的是办法|(?:能|可以|有办法)绕(?:过去|开)|糊弄|应付一下|随便违规|违规(?:都|也)?没事|跟着(?:来|违规|干)|都是给[^，。]{0,4}定的/,
    ],
    notSentence: [/如果|必须|遵守|按照|按规定|根据|依照|不会|不能|不可以|严禁|禁止|举报|别担心|不用担心/, IMPERSONATOR],
  },
  {
    // Round 43 (t43g): a rumour about the platform passed on as insider or common knowledge (圈里都在传…平台自己从灰色渠道塞进来的,
    // 内部的人都这么说, 明眼人都看得出来, 大家心里都有数, 出了名会调包, 听内部的人说…明年就要关了): the hearsay frame carries a milder
    // misdeed (偏谁, 压下去, 不验, 要关了) than a smear said outright. Not the rumour refuted (这是谣言, 没有的事), the buyer's hearsay asked
    // about (您听说…？), nor the platform said to fight the deed (内部的人都知道平台严查调包).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '散布关于快手平台的未经证实的传言，诋毁平台形象（规则 2.7）',
    window: 40,
    sentence: [RUMOUR_FRAME, RUMOURED_MISDEED],
    // (round 44, t44b: …nor the buyer's worry echoed — 听说您担心平台泄露信息？平台对个人信息有严格保护)
    notSentence: [...SMEAR_DISOWNED, /(?:您|你|亲)(?:刚才|之前|也)?(?:说|听|看到|提到|问)[^，。！？]{0,6}(?:圈里|圈内|内部|传|都说|都知道)/, /听说(?:您|你|亲)|(?:您|你|亲)(?:是|有点|有些|比较)?(?:担心|顾虑|害怕|疑惑|在意)|严格保护/],
    asked: true,
  },
  {
    // Round 45 (t45b): the platform's checks, rules or pricing hinted at with a wink that leaves the buyer to conclude the worst (平台抽检那块儿……
    // 您懂的; 平台检测？平台只看营业执照，您懂; 大促前后台会先把价格往上提，这是快手教商家的玩法，您自己品): insinuation, the smear unsaid. The wink
    // is the agent's own (您懂的, 懂的都懂, 您自己品) — not 看不懂的, not a tea to taste (您自己品尝) — and a duty of the platform is in reach.
    // Not the buyer's hearsay answered, a rumour refuted, nor a scam warning.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '以暗示、影射的口吻贬损快手平台（同时属于 2.4 诋毁他人）',
    window: 40,
    sentence: [PLATFORM_WINK, /抽检|检测|审核|过审|把关|监管|质检|只看|执照|资质|规则|玩法|套路|价格|涨价|提价|满减|大促|活动|流量|退货|售后|保障|赔付|仲裁|判/],
    notSentence: [...SMEAR_DISOWNED, /严格|认真|放心|保障(?:您|你)|(?:您|你|亲)(?:刚才|之前|也)?(?:说|听|看到|提到|问)/],
    unless: (ctx, start) => buyerSaid(ctx, start),
  },
  {
    // Round 44 (t44b, dev HI): the platform said to be about to shut a business or a category, with the buyers' orders cancelled, told to make them
    // hoard (进口食品这块平台马上要停了，下个月所有订单都会被强制取消，趁现在多囤点). Not a promotion or a holiday pause ending (平台满减马上要停了,
    // 春节平台暂停发货，趁现在多囤点), nor the platform's notice quoted (平台公告…).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '散布平台将停业、取消订单的不实消息，扰乱平台秩序（规则 2.7）',
    window: 40,
    sentence: [
      /(?:要|得|快|马上|即将|就要|准备)(?:要)?(?:停|关|撤|砍|禁|下线|取消)(?:了|掉|业务|这块)|(?:停|关|撤|砍)掉(?:了)?(?:这块|这个类目|进口)|(?:所有|全部|统一)[^，。！？]{0,4}(?:订单|单子)?[^，。！？]{0,4}(?:强制|统一|都会被|会被)取消/,
      /(?:现在|再)不(?:买|囤|拍|下单)[^，。！？]{0,4}(?:就)?(?:没了|没机会|买不到)|以后(?:就)?没(?:了|得买)|趁(?:现在|早|还能|着)|多囤|囤(?:点|一些|几)|(?:以后|到时候)[^，。！？]{0,4}(?:都)?买不到|赶紧(?:下单|拍|买|囤)/,
    ],
    notSentence: [/活动|优惠|满减|券|秒杀|折扣|补贴|促销|大促|春节|放假|过年|节假日|暂停发货|停发|停运|公告|通知|规则/, RUMOUR_REFUTED, IMPERSONATOR],
  },
  {
    words: ['别在这买', '别在这里买', '别在快手买', '不要在快手买', '别在这个平台买', '别在平台买', '千万别在这买', '以后别在这买', '别信平台', '别相信平台', '别信快手', '狗屁规则', '什么破规则', '破规则', '垃圾规则', '霸王条款'],
    severity: 'block',
    message: '劝买家别在平台购买或贬损平台规则，属于诋毁平台',
    // 有人自称平台客服让您转账，千万别信，平台不会私下找您要钱: a scam warning.
    notSentence: IMPERSONATOR,
  },
];

/** English contempt: The platform is a joke, kuaishou support is useless. Judged around each name only. */
const EN_NAMES = ['platform', 'kuaishou', 'kwai'];
const EN_CONTEMPT = /^(?:\s*(?:(?:is|are|was|'s|support|service|staff|team|customer|import|imports|e-?commerce|shop|store|app|mall|really|just|so|such|a|an|total|totally|complete|completely|absolute|absolutely|fucking|damn|pure|bloody|kinda|honestly|basically|literally|simply)\b|的|客服|售后|审核|简直|就是|真是|是个|是|个|太|[，,]))*\s*(?:a\s+)?(?:joke|scam|fraud|trash|garbage|rubbish|useless|sucks?|crap|shit|clowns?|rip-?off|worthless)\b/i;
const EN_NOT = /\b(?:not|never|isn't|aren't|wasn't|no)\b|冒充|骗子冒/i;

/** Contempt emoji in a sentence that names the platform: 平台扣我们钱比谁都快💩🐶 (emoji never reach the compact view). */
const CONTEMPT_EMOJI = ['💩', '🤮', '🖕', '🤡'];
const PLATFORM_NAMED = new RegExp(alt(PLATFORM_WORDS));
const EMOJI_NOT = /不会|没有|冒充|骗子冒|可爱|宠物|狗粮|狗狗|萌/;

function contemptEmoji(ctx: LintContext, rule: RuleModule): void {
  for (const emoji of CONTEMPT_EMOJI) {
    const at = ctx.text.indexOf(emoji);
    if (at < 0) continue;
    // The sentence that ends at the emoji: back to the last full stop, question or exclamation mark.
    const head = ctx.text.slice(0, at);
    const from = Math.max(head.lastIndexOf('。'), head.lastIndexOf('！'), head.lastIndexOf('？'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('\n')) + 1;
    const sentence = head.slice(from).toLowerCase();
    if (!PLATFORM_NAMED.test(sentence) || EMOJI_NOT.test(sentence)) continue;
    ctx.report(rule, { start: at, end: at + emoji.length, view: 'original', severity: 'block', message: '以表情贬损快手平台（同时属于 2.4 诋毁他人）' });
    return;
  }
}

function english(ctx: LintContext, rule: RuleModule): void {
  const lower = ctx.text.toLowerCase();
  for (const name of EN_NAMES) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
      if (at > 0 && /[a-z]/.test(lower[at - 1]!)) continue;
      const end = at + name.length;
      const m = EN_CONTEMPT.exec(ctx.text.slice(end, end + 60));
      if (!m || EN_NOT.test(m[0]) || EN_NOT.test(ctx.text.slice(Math.max(0, at - 20), at))) continue;
      ctx.report(rule, { start: at, end: end + m[0].length, view: 'original', severity: 'block', message: '诋毁快手平台（同时属于 2.4 诋毁他人）' });
    }
  }
}

const rule = cueRule({
  meta: {
    id: 'defame-platform',
    clause: '2.7',
    severity: 'block',
    title: { zh: '诋毁平台', en: 'Defaming the platform' },
    description: {
      zh: '规则 2.7 禁止诋毁快手进口电商平台形象，2.4 禁止诋毁平台及其工作人员。说平台是骗子、垃圾、坑人、割韭菜，或劝买家别在平台买，会被拦截（含 K手、筷手、ks 等写法）；中性地说明平台流程不算。',
      en: 'Rules 2.7/2.4 forbid defaming the platform and its staff. Calling it a scam, garbage or a rip-off, or telling buyers not to buy here, is blocked (K手/筷手/ks spellings included); neutral remarks about platform processes are fine.',
    },
    hint: { zh: '对平台规则有意见请通过商家后台反馈，对买家只说明处理流程。', en: 'Send feedback about the platform through the merchant console; tell the buyer the process only.' },
  },
  // Round 67 (engfa67): a 平台 of another trade (那些博彩平台都是骗局，请举报) is not Kuaishou (detect/platform-kind.ts).
  cues: alsoUnless([...cues, ...T45J_CUES, ...T46H_CUES, ...T47F_CUES, ...T48B_CUES, ...T49A_CUES, ...T53_CUES, ...T55_CUES], otherTradePlatform),
  skipQuoted: true,
  check: (ctx, self) => {
    english(ctx, self);
    contemptEmoji(ctx, self);
  },
  regexes: [new RegExp(CONTEMPT_ALT), new RegExp(BRIDGE), SARCASM, IMPERSONATOR, PLATFORM_SMEAR, PLATFORM_NAMED, EMOJI_NOT, BUYER_QUOTED],
});

export default rule;
