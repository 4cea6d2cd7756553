// 2.8: the words that say the goods are fake — the rule's own five (高仿 精仿 非正品 复印版 扫描版) and
// the trade's relatives (A货, 超A, 顶A, 高A, 镜面版, 仿品, 原单, 纯原, 公司级, 复刻, 1:1, 莆田货, 华强北版本, 山寨, 盗版…),
// spaced, pinyin (gao仿, fang品, fzp), homophones (高访版, 高彷的, 糕方的, 膏仿款), initials stated of the goods (这个是gf的,
// or opening the reply: GF的，细节很好), what people call it affirmed (就是大家说的那种A版), rep版本/reps货, 老莆 (a Putian veteran), 盗印的, the craft of 莆田/华强北
// (莆田工艺的, 华强北那边出的, 莆田那边的老师傅做的), or traditional. Not breaches: denials and warnings (本店不卖高仿,
// 谨防高仿, 担心买到仿品, 高仿的东西我们一件都不卖, 精仿、高仿的款我们从来不接, 高仿、A货一律不碰), scam warnings (有人冒充
// 我们发“原单尾货”), the buyer's word echoed, labelled or asked back and denied (您说这本是复印版？, “非正品”这个说法,
// 复刻？不是的亲, 高仿？当然不是), the word named as a word even heading a list (公司级、纯原这些都是仿鞋圈的说法,
// “精仿”“A货”这些词都是骗子常用的, 仿货圈的黑话), the brand re-issuing its own design (品牌今年复刻了…), hypotheses (如果鉴定是仿品…), comparisons (正品和仿品的区别),
// and the innocent senses (官方复刻发售, 1:1兑水, 原单号, 仿生奶嘴, 仓库在莆田, 盗版必究).
// Round 8 (fa8): the word as the condition of an authenticity guarantee (非正品假一赔十) is no claim.
// Round 7 (fa7): 高防护/高防水 (the anchor's last unit starts an innocent compound, detect/straddle.ts), 不是任何大牌的仿制品
// (a denial quantified by 任何, detect/cue-rule.ts), 复古款和复刻款不是一回事 (two words told apart), …？那是假的 (the asked
// report judged false, detect/answered.ts).
// and the innocent senses (官方复刻发售, 1:1兑水, 原单号, 仿生奶嘴, 仓库在莆田, 盗版必究, 高防护等级). Round 7: grade words B货, 超级A,
// 镜面级(别), a grade stated with an intensifier (这款是顶级超A), 分辨不出 no longer taken for advice on telling apart; denials with a
// qualifier between (不是任何大牌的仿制品), the word set apart from another (复古款和复刻款不是一回事), a rumour called false (那是假的).
// Round 8 (t8-283): a word as the condition of a guarantee (非正品假一赔十 is a promise); the Cantonese copula 係 (呢款係翻版);
// 好仿, the split 亻方; 壹比壹; initials jf/yd stated of the goods (not 韵达); a copy factory's latin batch code (LJR批次的…最好的版本);
// rep set against retail; 扫描出来的/影印的 of an e-book or a 习题册; 能过验的版本.
// Round 9 (t9a): a latin grade code as the version with its make praised (这个是HF版本的，细节到位 — not EU/HD/PC版本); any degree
// complement of 仿 (仿得比较好的一批, not 仿真花); the copula in spaced pinyin (shi jia de); 也不搞什么“原单尾货” and A货我们碰都不会碰
// (refusals).
// Round 10 (t10a): initials stated of the goods past a copula (这个是JH但是质量顶呱呱, GF里版本最好的, fz的); grade-prefixed copy roots,
// shortened or half latin (顶复, 精复, 高f, a huo); pirated goods in the trade's words (D版, 破解版, 拷贝版, 枪版); numbered tiers (一号货,
// 二号货 — not 一号货架); graded 原单 (顶级原单); nobody can tell it is a copy (看不出是仿的). Not: 不代表是假货/仿品 (ruled out), 仿冒我们的
// 网站 (impersonation), 镜面版和磨砂版 (a finish), a warning against sellers who say 一比一, 很难看出是假的，建议鉴定.
// Second pass: 版货, pt货, hqb, j货, A版, 精品A, 复制表 (not 文件的复制版); 破解的 (not 账号密码被破解); 莆田鞋 in a market warning (市面上莆田鞋很多，认准官方).
// Round 12 (t12c): a homophone of 高仿/精仿 after a copula whatever follows (这个是‘睛仿’，做工…; 晶仿, 菁仿); 莆田 with a yardstick or a
// likeness in the sentence (‘莆田’直发的…几乎无差); zp set beside a copy tier's initials (zp和fp你要哪个); the A and Z grades set against
// each other (这个是A啦，不是Z哈); 罚没 no denial (cue-rule.ts). Not: the word ruled unrelated (跟高仿没有任何关系), 高防 defined as a
// protection grade, the word as a review's or complaint's content (‘高仿’的差评), 所谓的 heading a refused list (也不卖所谓的“原单”“尾单”),
// 1:1 in a warning (有人冒充我们店私下卖‘1:1’的包…谨防), the asked word answered 不存在/不可能 (非正品？不存在的), zp/fp as 照片/发票, A款/Z款.
// Second pass: the copula in pinyin for 仿的 (zhe ge shi fang de); not: the buyer's words in a review (顾客在差评里说是“高仿”), a period
// style re-created (复刻的民国款式).
// Round 12 (fa12): 高防 as a sunscreen's grade (SPF, PA+, 防晒, 普通防 in the sentence, no genuine yardstick: not 高防包包和专柜一模一样);
// a written ratio refused (我们不做1:1复刻, 也没有“1:1版本”); and the shared frames of detect/rebut.ts (仿版是违法的, 原单货？哪有, “A货”是口误).
// Round 14 (fa14): not a colloquial no to the asked word (A货？木有的), the word as a news topic (网上关于高仿、假货的新闻), the market's
// copies described then ours vouched (市面上确实有外观很像的山寨货，我们这款是品牌授权), a licensed replica (华纳官方授权的…道具复制品),
// a taste re-created (一比一复刻面包店的吐司口感), a re-release asked about (会不会出复刻，品牌方目前没有公布).
// Round 15 (t15a): 复刻 no longer stands down for any 官方 in the sentence: not when 官方 is refused, denied or compared with (未经官方授权的
// 复刻款, 官方没出过这个配色, 和官方的一模一样), nor a licence refused before it (没经品牌授权的复刻版).
// Also other shops selling the word with a bare verb (有些店卖高仿，我们这里只卖正品; 市面上有高仿): the market, not the goods (the
// market's so-called ones, 网上那种所谓的A货, are the kind described unless the sentence sells them: KIND_LEAD, fa15).

import { fakeWordClaimed, fakeWordNotClaimed, RENAMED_OR_SHOWN_AFTER } from '../detect/fake-word-scope';
import { askedThenAffirmed, debunksAskedReport } from '../detect/answered';
import { checkTaughtAfter } from '../detect/copies-warned';
import { cueRule, denied, deniedAfter, sentenceOf, type Cue } from '../detect/cue-rule';
import { foldTerm } from '../normalize';
import { marketSubject, MARKET_SUBJECT_REGEXES, soCalledUnmasked, SO_CALLED_REGEXES, warnedOffThenShareFake, WARNED_OFF_REGEXES } from '../detect/market-subject';
import { rebutted } from '../detect/rebut';
import { askClassCalledFalse, falseOfQuote, impostorCalledFalse, scamCalledFalse } from '../detect/called-false';
import { hasQuoteMarks, mentionedWords, othersQuote, othersQuoteEnd, quotePair } from '../detect/quoted';
import type { LintContext } from '../context';
import { BRAND_LIKENESS, imitationByNature, REPLICA_KIND } from '../detect/imitation';
import type { RuleModule } from '../define-rule';

const MESSAGE = '用语表明或暗示商品为假货（规则 2.8 禁用 高仿、精仿、非正品、复印版、扫描版 等）';
/** Round 53 (eng53): the note on a fake-goods word reported at info, with no evidence that it describes our goods. */
const UNCLAIMED_NOTE = '（未见说的是本店所售商品，仅作提示）';
/** A refusal after the word: 高仿的东西我们一件都不卖. */
// Round 33 (t33g): …any verb of stocking or shipping refused, a count before it (非正品我们一件都不发, 一件也不会上架, 一律不进货).
const REFUSED_AFTER = /^(?:的东西|的货|货|的|这种|这类)?(?:我们|本店|我家|咱们|咱家|小店)?(?:这儿|这里|这边|这)?(?:一件都|一件也|一个都|一样都|一律|从来|绝对|坚决|永远|是)?(?:不卖|不做|不碰|不出|没有|不存在|免谈|不会卖|不可能|(?:不会|不)(?:发货?|上架|进货?|售卖?|收))|^[^，。！？]{0,6}?(?:碰都不(?:会)?碰|沾都不(?:会)?沾|卖都不(?:会)?卖)/;
/** …or the shop refusing a little later, past a list or a noun: 精仿、高仿的款我们从来不接, 扫描版、复印版的书我们店一律不卖. */
// (round 57, eng57a: …with an intensifier before the refusal — A货的话我们这里真没有, 高仿我们家实在没有, 精仿的我们店压根不卖)
const REFUSED_LATER = /^[^]{0,10}?(?:我们|本店|我家|咱们|咱家|小店|店里)(?:店|家|这儿|这里|这边|这)?(?:也|都|是)?(?:真的?|确实|的确|实在|根本|压根儿?|完全)?(?:一件都|一件也|一个都|一律|从来|从|绝对|坚决|永远|向来)?(?:不卖|不做|不碰|不接|不收|不售|不上架|不代购|不进|不拿|拒绝|不会卖|不可能卖|(?:不会|不)(?:发货?|上架)|免谈|没有(?!正品|真品|真货|原装)|深恶痛绝|(?:最|很|非常)?痛恨|最恨|零容忍|(?:坚决)?抵制)|^[^]{0,8}?(?:一律|从来|从不|绝对|坚决|永远|向来)(?:不卖|不做|不碰|不接|不收|不售|不上架|拒绝)/;
/** Round 44 (t44c): a cut-off time after the word (尾单17:00截单, 尾单下午五点截止, 尾单晚上八点前付款): the day's last orders. */
/** …unless the goods sense reads in the reply too (工厂多出来的, 大牌, 专柜, 库存, 外贸, 剩货). */
const STOCK_SENSE = /工厂|厂家|代工|大牌|名牌|品牌|专柜|外贸|库存|剩下|剩的|多出来|多出的|清仓|瑕疵|懂的|尾货|原单|跟单|[a-z]{3,}/i;
const DAY_CUTOFF_AFTER = /^(?:(?:在|于|是|到|截至)?(?:今天|今日|当天|当日|今晚|明早)?(?:上午|中午|下午|晚上|傍晚|凌晨)?[0-9一二两三四五六七八九十点:：半]{1,6}(?:点|时|分)?(?:整|半)?(?:前|之前|以前)?(?:截单|截止|截至|停止接单|停单|结单|封单|下单|付款|拍下|发车|发出))/;
/** A list of kinds refused: 原单、尾单这些我们都不做, 尾单、跟单这些货我们一律不做 (round 10, t10d). */
const LIST_REFUSED = /^[^]{0,8}?(?:这些|这类|这种|那些|之类)[^]{0,8}?(?:我们|本店|我家|咱们|咱家|小店|店里)(?:店|家)?(?:也|都|是)?(?:一件都|一律|从来|从|绝对|坚决|永远|向来)?(?:不卖|不做|不碰|不接|不收|不售|不上架|不进|不拿|拒绝)/;
/**
 * A wink or a concession that turns a bare trade word into a copy in a short reply (round 11, t11d): 懂？, 懂的拍, 你懂的,
 * 介意别拍, 放心冲, 闭眼入, 别问, 不带票, 但穿着ok, 看不出来.
 */
const WINK = /懂(?:[？?吧的得哈啊]|$)|你懂|都懂|懂就行|懂行|介意(?:的|者)?(?:别|勿|慎|不要)拍|在意(?:的)?(?:别|勿)拍|(?:放心|闭眼|直接)(?:冲|入|拍)|别问|不带票|没票|无票|不开票|但(?:是)?(?:穿着|用着|戴着|看着|上脚|上身|质量|品质|做工|效果)?(?:ok|还行|没毛病|没问题|不差|一样|挺好|很好)|看不出来?|自己体会|心里有数/;
/** Comparing or telling apart: 正品和仿品的区别, 正品与高仿怎么分辨. */
const COMPARED_BEFORE = /(?:正品|真品|真货|正版)(?:和|与|跟|及|或)$/;
/** The trade sense of 1:1 / 一比一 needs a word about copying; mixing ratios and compensation do not count. */
// Round 17 (t17): …the mould opened or the original followed (一 比 一 开的模, 一比一照着原版打的, 照搬).
// Round 30 (t30d): …or told from the real one by no one (放一起分不出来, 认不出, 辨不出, 混在一起).
const COPY_CONTEXT = /复刻|还原|开模|开(?:的|了|过)模|照着|照搬|仿照|做工|做的|做出来|打造|专柜|原版|正品|真品|细节|logo|品质|版本|工艺|仿|一样|看不出|分辨|验不出|材质|五金|走线|分不出|认不出|辨不出|区分不出|分不清|混在一起/;
// Round 19 (t19br): …a scam told (网上有人打着“一比一”的旗号卖…，都是诈骗): 诈骗, 骗局, a pretence's 旗号.
const RATIO_WARNING = /不要相信|别相信|别信|谨防|小心|警惕|骗子|举报|冒充|认准|提醒|注意甄别|诈骗|骗局|旗号/;
// (round 30, t30d: …a ratio by 按 or with water — 奶粉和水按一比一冲)
const RATIO_CONTEXT = /兑|赔|比例|配比|冲泡|稀释|混合|勾兑|加水|调配|对半|按(?:照)?(?:一比一|1比1)|(?:和|跟|与)水/;
/**
 * Round 65 (eng28-65): a ratio word in the sentence (比例, 配比, 兑) leaves 1:1 a copy when a copy is made with it right after (表盘比例一比一
 * 开模，机芯是国产的; 1:1还原): the mould or the re-creation says what the ratio is of.
 */
const COPY_MADE_AFTER_65 = /^(?:的)?(?:开模|开的模|开版|打版|复刻|还原|仿|照着|照搬|复制|克隆)/;
function ratioSense65(ctx: LintContext, start: number, end: number): boolean {
  return RATIO_CONTEXT.test(sentenceOf(ctx, start, end)) && !COPY_MADE_AFTER_65.test(ctx.after(end, 8));
}
/** 复刻 as the brand's own re-issue: 品牌官方复刻的经典配色, 2024年重新发售. */
// …or the brand's own re-edition in a list of kinds (复刻版、纪念版这些都是品牌自己出的; round 10, t10d).
// Round 41 (t41h): …or told in English (Retro 复刻 here = re-release by adidas itself; officially re-released; a reissue from the brand).
// Round 15 (t15a): 官方 not refused, denied or compared with (未经官方授权的复刻款, 官方没出过这个配色, 和官方的一模一样); 品牌官方的叫法 still stands it down.
// Round 54 (eng54c): …its maker named re-issuing it anywhere in the sentence (品牌自己再出的, 出版社复刻的初版封面, 品牌复刻的1950年经典款…复刻
// 证书) or the brand's anniversary edition (品牌周年纪念款) — not 大牌复刻 / 名牌复刻 (a copy of a big name).
const REISSUE = /(?<!未经|没经|未获|没有|[无非和跟与同]|不是)官方(?!没|不|未|的?一样|的?一模|的?差不多|的?没区别)|品牌方?(?:今年|新|正式|重新)?(?:推出|发售|发布)|重新发售|重新推出|复刻发售|正式发售|限量发售|发售|品牌方?(?:自己|本身)(?:又|再|重新|再次)?(?:出|发|推|做)|(?<![大名])(?:品牌|出版社|厂牌|唱片公司|原厂)(?:方)?(?:自己|本身|官方)?(?:今年|去年|又|再|重新|再次)?复刻(?:了|的)|品牌[^，。！？]{0,4}?周年(?:纪念|限定)?(?:款|版)|品牌方?(?:自己)?出品|再版|(?:rerelease|reissue|reedition|retrorelease)(?:d)?(?:by|from)(?:the)?(?:brand|[a-z]{2,12}itself|[a-z]{2,12}official)|(?:by|from)(?:the)?brand(?:itself|directly)|official(?:ly)?(?:re)?(?:release|reissue|relaunch)|brandsown(?:re|retro)/;

/** Two words told apart (复古款和复刻款不是一回事, 复刻和复古是两码事): the word is defined, not said of the goods. */
const TOLD_APART = /^(?:款|版)?(?:和|与|跟)?[^，。]{0,5}?(?:不是一回事|不是一个意思|不是一个概念|是两回事|是两码事|两码事|两回事)/;
const TOLD_APART_BEFORE = /(?:复古|经典|怀旧)(?:款|风|风格)?(?:和|与|跟)$/;

/** A remark about the market, not our goods: 市面上高仿很多, 网上假货泛滥. */
const MARKET_AFTER = /^(?:很多|比较多|挺多|太多|泛滥|横行|猖獗|不少|满天飞|层出不穷|到处都是)/;
// …or said to exist out there (现在网上确实有不少仿冒品; round 10, t10d).
// Round 15 (t15a): also with the selling verb bare and no quantifier (有些店卖高仿，我们只卖正品; 市面上有高仿).
// fa16: any indefinite quantifier before any seller noun (有的卖家卖A货, 一些小店会卖高仿, 某些网店, 个别代购) — was a list of pairs
// (有些店, 有的商家, 有些卖家): some unnamed sellers are the market, not us (我们有些店 is ours).
// Round 21 (t21bv): …the market's copies of this very model (市面上这款山寨的很多，您看钢印对得上就是正品).
// (round 39, t39e: the street and Cantonese 出面 too — 街边啲老翻碟, 出面嘅A货)
// (round 39, t39m: …the street's or a stall's in Mandarin with a distal determiner — 街边那些高仿碟, 地摊上的高仿碟, 夜市卖的那种A货)
const MARKET_BEFORE = /(?:(?:市面上|市场上|网上|外面|出面|街边|坊间|地摊上?|夜市(?:上|里)?|路边摊?(?:上)?|小摊(?:上|子上)?|摊子上)(?:这款|这个|这种|这类|同款|这一款|嗰啲|啲|那些|那种|这些)?|(?<!我们|我家|本店|咱们|咱家|我)(?:有些|有的|很多|好多|许多|不少|某些|一些|个别|部分)(?:店|店家|商家|卖家|小店|网店|店铺|代购|微商|主播|直播间|商贩|摊贩)(?:里|那里|那儿)?)(?:的|嘅|卖的|流通的|(?:也|还|在|会|可能|可能会)?(?:卖|在卖|出)|有卖)?(?:的)?(?:那些|那种|这些|这种)?$|(?<!我们|我家|本店|咱们|咱家|店里|我|我们的)(?:市面上|市场上|网上|外面)(?:确实|的确|也|还|现在)?(?:有|存在|出现(?:了|过)?|流通着?)(?:不少|很多|一些|大量|许多|各种)?(?:(?:这款|这个|这种|这类|同款|这一款|这些|该款|这个牌子)[^，。！？我咱]{0,4}?)?(?:的)?$|(?:最近|近年|近年来|这两年|这几年|前段时间|前几年)(?:市面上|市场上|网上)?(?:确实|的确|也|还)?(?:出现|曝出|爆出)(?:了|过)(?:不少|很多|一些|大量|许多|各种)(?:的)?$/;
// (round 24, t24c: …the market's copies seen over time, 这两年网上确实出现过不少仿冒的案例)
/** The word names a topic, not the goods: 您说的高仿问题, 假货的问题您放心; or is compared: 高仿和正品的区别. */
const TOPIC_AFTER = /^(?:的)?(?:问题|疑虑|顾虑|担忧|现象|风险|话题|说法|传言|差评|评价|评论|投诉|留言|指控|嫌疑)|^(?:这个|这种|这样的|这顶|这类)(?:说法|词|字眼|称呼|帽子|罪名|标签|指控|名头)|^(?:和|与|跟|及|或)(?:正品|真品|真货|正版)(?:的)?(?:区别|差别|不同|对比)/;
/**
 * The word named as a word, alone or heading a list: 公司级、纯原这些都是仿鞋圈的说法, “精仿”“A货”这些词都是骗子常用的,
 * “莆田鞋”这个说法我们不认可, 代工厂的说法.
 */
const NAMED_AS_WORD = /^[^]{0,8}?(?:这些|这个|这种|这类|之类|等)(?:都是|是|都|就是)?[^]{0,8}?(?:说法|叫法|字眼|词|黑话|行话|术语)|^的?(?:说法|叫法|字眼|一词|这个词|这些词)/;
/** Round 33 (t33g): the word named as a product's own name (“纯原”是这款果汁的名字, 纯原是我们酸奶的品名): a name, not a grade. */
const PRODUCT_NAMED_AFTER = /^(?:其实|本身|只)?(?:就)?是[^，。！？]{0,10}?的?(?:名字|名称|品名|商品名|产品名|系列名|口味名|名儿)/;
/** The word set apart from another as a different thing: 复古款和复刻款不是一回事. */
const NOT_THE_SAME_THING = /^(?:款|版|货)?(?:不是一回事|是两回事|是两码事|不是一码事|不一样|有区别)/;
/** Not implied by something named before (不代表是仿品, 不等于是假货; round 10): the word is ruled out. */
/**
 * Round 13 (fa13b): the copy word said of OTHER sellers' goods, marked by a determiner that is not us (没授权的店卖的可能是假货,
 * 不是所有代购都是假的, 有的微商发的不一定是假货), or a trade channel said not to equal a fake (水货不一定是假货) — a warning or a
 * hedge about the market, not a claim about ours (我们店卖的是假货, 这批货其实是假的 stay).
 */
// Round 46 (t46j): the market's goods at the head of the sentence (网上有些…的粉底，外面一些低价货), the fake word hedged right before (可能是,
// 多半是, 不少是): a warning about others' goods — counted only with a way to check taught after it (checkTaughtAfter), and none of ours
// between the market subject and the hit.
const MARKET_HEAD = /(?:^|[^我咱本们家店])(?:网上|市面上|市场上|外面|外头|有些平台|其他平台|别的平台)(?:有些|有的|一些|不少|很多|好多|部分|那些|卖的)/;
const MAYBE_IS = /(?:可能|有可能|很可能|多半|大多|不少|很多|往往|其实)(?:都|就)?是$/;
function marketMaybeFakeChecked(ctx: LintContext, start: number, end: number): boolean {
  const head = ctx.before(start, 40, 'hard');
  const m = MARKET_HEAD.exec(head);
  return !!m && !/我们|我家|本店|咱们|咱家/.test(head.slice(m.index + m[0].length)) && MAYBE_IS.test(ctx.before(start, 6, 'soft')) && checkTaughtAfter(ctx, start, end);
}
const OTHERS_GOODS_BEFORE = /(?:(?:没(?:有|拿到|经过?)?|无|未|非)(?:品牌|官方|正规|正式)?授权的?|别的|别家|其他|其它|有的|有些|部分|一些|个别|所有|很多|不少|某些|那些|外面的?|路边的?)[\u4e00-\u9fff]{0,3}?(?:店|店铺|商家|卖家|代购|微商|渠道|网店|小店|摊|摊子|卖场)(?:都|也)?(?:卖的|出的|发的|的|卖)?(?:东西|货|商品)?(?:有)?(?:可能|有可能|很可能|大概率|多半|大多|大多数|大部分|很多|不少|一部分|不一定|未必|也许|或许)?(?:都|全)?(?:是)?$|(?:水货|平行进口|代购|海淘|跨境)(?:的)?(?:东西|货|商品)?(?:也|就)?(?:不一定|未必|并不|并不一定|不)(?:都|就)?是$|(?:别家|别人家|人家|他们家|隔壁)(?:店)?(?:卖的|出的|发的)(?:东西|货|商品)?(?:可能|不一定|未必|也许)?(?:都)?是$/;
const NOT_IMPLIED_BEFORE = /(?:不代表|并不代表|不意味着|并不意味着|不等于|不说明|不能说明|不见得|未必)(?:就|一定|就是|它|商品|这)?(?:是)?(?:个|的)?$/;
/** Denied with a qualifier between: 不是任何大牌的仿制品, 并非什么高仿. */
// …or 所谓的 heading a list of words refused (也不卖所谓的“原单”“尾单”; round 12).
/**
 * Round 37 (t37b): the shop refusing to buy in or stock the kind, a verb other than 卖 (我们家不买高仿的 — a voice-input slip for 不卖 —,
 * 我们不进高仿的货, 本店从不采购A货): a denial with the shop as the subject, so 你不买高仿… stays out.
 */
const SHOP_WONT_STOCK_BEFORE = /(?:我们|我家|我们家|本店|店里|咱家|咱们|小店)(?:家|店)?(?:从来|从|一律|绝对|坚决|都|也|是)?(?:不买|不进|不收|不拿|不采|不采购|不进货|不经营|不代购)(?:任何|什么|那种|这种|所谓的?)?[^，。！？]{0,4}$/;
const DENIED_BEFORE = /(?:不是|并非|绝非|并不是|绝不是|也不是|不搞|不卖|不做|不碰|不接|不出|不进|不玩)(?:任何|什么|哪个|哪家|那种|所谓的?)[^，。！？]{0,6}$/;
// The word as the condition of an authenticity guarantee: 非正品假一赔十, 高仿一律十倍赔偿 (round 8); the shop taking the blame for it
// (非正品的话我们承担全部责任; round 68, engfa68).
const GUARANTEE_AFTER = /^(?:的话|就|即|则|一律|必|者)?(?:假一赔|假一罚|一赔[二三十]|[双三十]倍赔|赔[三十]倍|全额赔|包赔)/;
// …with the shop named as who pays (结果出来是假的我们退一赔三, 验出来是仿品本店十倍赔付; round 11, t11e).
// Round 22 (t22ca): …the refund itself as the promise, unconditional (鉴定出来是非正品，我们无条件全额退款; 验出是仿品店里马上全额退款).
const GUARANTEE_BY_SHOP = /^(?:的话)?(?:我们|本店|店铺|我家|店里|咱们|咱家|小店)(?:就|直接|都|一律|必|承诺|无条件|马上|立即|立刻)*(?:承担(?:全部|一切|所有)?(?:的)?责任|负全责|全权负责|负责到底|全额退款|全额退|全部退款|退全款|退一赔|假一赔|假一罚|一赔[二三十]|[双三十]倍赔|赔[三十]倍|十倍赔|三倍赔|包赔|全额赔)/;
const NOT_AFTER = new RegExp(`${GUARANTEE_AFTER.source}|${GUARANTEE_BY_SHOP.source}|${NAMED_AS_WORD.source}|${REFUSED_AFTER.source}|${REFUSED_LATER.source}|${NOT_THE_SAME_THING.source}|^(?:的话)?(?:假一赔|假一罚|退一赔|包退|全额退|赔十|赔三)|^(?:圈的|圈里|圈子|必究|必纠|可耻|追究|侵权|举报|真度|真花|真植物|真绿植|真叶|真皮|真人|真效果|真模型|古|立减|活动|抽奖|返现)|${MARKET_AFTER.source}|${TOPIC_AFTER.source}`);
/** Someone else's words or fears, anywhere earlier in the clause: 您说的高仿, 很多人担心跨境商品是假货. */
/** Another shop's own claim (外面有些店说自己是“原单”“尾货”; round 11). */
// (round 34, t34a: the buyer's in-laws, grandparents, neighbours and elders report too — 您婆婆说进口奶粉都是假的)
const OTHER_SHOP_SAID = /(?:有些店|有的店|别家|别的店|其他店|一些店|很多店|某些店|同行|有些商家|有的商家|其他商家|有些卖家)(?:家)?[^，。]{0,4}(?:说|自称|号称|宣传|标榜|打着)[^，。]{0,8}$/;
const REPORTED_BEFORE = new RegExp(`${OTHER_SHOP_SAID.source}|${/(?:您|你|买家|顾客|客户|有人|大家|很多人|不少人|别人)(?:的|家)?(?:朋友|家人|家里人|老公|老婆|爱人|先生|太太|同事|亲戚|闺蜜|孩子|妈妈|爸爸|室友|同学|婆婆|公公|岳母|丈母娘|岳父|老丈人|奶奶|爷爷|外婆|姥姥|外公|姥爷|邻居|长辈|家里老人|老人)?(?:在(?:评价|评论|差评|留言|私信|直播间)里?)?(?:说|提到|问|反映|咨询|关心|在意|担心|怕|害怕|怀疑|以为|觉得|认为|质疑|误以为|误会)[^]{0,12}$|(?:担心|害怕|怀疑|误以为|谣传|传言|质疑)[^]{0,10}$/.source}`);
/** A question, a way to tell real from fake, or a warning in the sentence. */
// Round 22 (t22by): …or a forged screenshot or message called false (有人P了我们店的聊天截图…那都是假的, 伪造的通知).
// Round 45 (t45i): 以为 is a belief told, not a claim — except the belief that the goods are the real thing (朋友都以为是真古董,
// 别人以为是正品): that others will take them for genuine is the pass-off, and it leaves the trade word beside it a claim.
const NOT_A_CLAIM = /是不是|是否|会不会|有没有|真假|辨别(?!不)|鉴别(?!不)|识别(?!不)|(?<!(?:才|只有[^，。]{0,6})(?:能|可以|会)?)分辨(?!不)|区分(?!不)|防伪|谨防|小心|警惕|举报|打击|投诉|有人说|听说|质疑|怀疑|以为(?!(?:它|这|这个|这张|这件|这块|这只)?(?:是|成|就是)?(?:真的|真货|真品|真古董|真迹|古董|文物|老货|正品|原版|原装|大牌|专柜|原件|原作))|误会|谣言|造谣|认准|冒充|骗子|诈骗|严禁|别相信|不要相信|不是我们店|不是我们家|伪造|(?<![a-z])p(?:图|了|过|的图)|(?<![a-z])ps(?:过|了|的)/;
// Round 22 (t22cb): the buyer told to have goods authenticated before buying (基本都是高仿，买之前一定要鉴定): others' goods judged.
const AUTHENTICATE_ADVICE = /(?:买|购买|下单|入手|付款)(?:之)?前[^，。！？]{0,6}鉴定|鉴定(?:了|过|好)?(?:之后|以后|后)?再(?:买|下单|入手|付款)/;
/** Others' goods judged for a buyer told to authenticate before buying (代购说的…基本都是高仿，买之前一定要鉴定) — not ours (这是高仿，建议鉴定). */
function authenticateAdvised(ctx: LintContext, start: number, end: number): boolean {
  return !/(?:这|那|它|我们|我家|本店|咱家|店里)[^，。！？]{0,8}$/.test(ctx.before(start, 12)) && AUTHENTICATE_ADVICE.test(sentenceOf(ctx, start, end));
}
/**
 * Round 65 (eng28-65): a rule of thumb about the market told as a caution (价格远低于专柜的一般都是高仿，请您小心; 低于市场价太多的，大概率是
 * 非正品，您注意): the subject is a headless 的-phrase of goods in general, the word follows a generic quantifier, and the buyer is told to
 * beware — nothing of ours is named before the word.
 */
const GENERIC_SUBJECT_65 = /^(?![^]*(?:我们|我家|本店|咱|小店|店里|这款|这个|这批|这双|这件|这只|这些|它))[^]*的(?:东西|货|商品|产品|那些|这种|那种)?(?:一般|通常|往往|大多|大多数|基本|基本上|大概率|多半|十有八九|很可能|八成|九成)(?:都|就)?(?:是|属于)$/;
const BEWARE_65 = /小心|注意|谨慎|当心|留意|警惕|谨防|别买|不要买|别上当|不要上当|别信|擦亮眼/;
function genericRuleWarned65(ctx: LintContext, start: number, end: number): boolean {
  if (!GENERIC_SUBJECT_65.test(ctx.before(start, 40, 'hard'))) return false;
  const rest = ctx.after(end, 30, 'hard');
  const beware = BEWARE_65.exec(rest);
  // …and nothing of ours said between (便宜的一般都是高仿，我们这款也是，您注意尺码 is ours).
  return !!beware && !/我们|我家|本店|咱|小店|店里|这款|这个|这批/.test(rest.slice(0, beware.index));
}
/**
 * The word stated of our goods with a copula right before it: 这是高仿A货, 我们这个属于仿品 (round 36, t36c: Cantonese 呢款係…). Such a
 * statement stands even when the sentence goes on about 防伪码 or 区别 (这是高仿，和正品的区别就是没有防伪码).
 */
const ASSERTED = /(?:呢(?=个|款|批|双|件|只|些|啲|对|支|瓶|樽)|这|那|它|这个|这款|这批|这双|这件|这只|这些|我们|我家|本店|咱家|都|就|确实|其实|肯定|当然)(?:个|款|批|双|件|只|些|的)?(?:就|都|确实|其实)?(?:是|係|系|属于|算)(?:个|一个|一款|一批)?(?:顶级|超级|最高级|高级|顶配)?(?:的)?$/;
const SLANG_WORDS = [
  '高仿', '精仿', '非正品', '厂仿', '原仿', '超仿', '顶仿', '纯仿', '改标货', '换标货', '盗印版', '仿品', '仿货', '仿款', '仿版', '仿牌', '仿制品', '仿冒', '冒牌', '冒牌货', '山寨版', '山寨货',
  '山寨', 'a货', 'b货', '超a', '超级a', '镜面级', '镜面级别', '顶级a', '顶a', '高a', '特a', 'a级货', 'a级版', 'aaa货', 'aaa级', '3a货', '镜面版', '镜面货', '镜面款', 'gf款', 'gf货', 'gf版', '公司货', '莆田货', '莆田鞋', '莆田版', '华强北版', '华强北货', '华强北的货', 'gao仿', 'gaofang', '高fang', 'jing仿', 'jingfang',
  'fang品', 'fang货', 'fzp', '髙仿', '搞仿', '稿仿', '高方', '非zp', '非zhengpin', 'feizhengpin', '精品仿', '仿精品', '仿制的', '仿制款', '仿制版', '国产仿', '仿香', '仿香水', '仿版香', '高防', '高防货', '跟单货', '尾单货', '原单货', '原单尾货', '复制品', '复制件', '复制款', '复制货', '复制表', '复制包', '复制鞋', '工厂尾货', '原厂尾货', '原厂尾单', '原厂货尾', '高端仿', '顶级仿', '顶仿', '超仿', '大牌仿', '仿大牌', '仿名牌', '仿牌子', '仿品牌',
  // Round 65 (eng28-65): the copy words' initials (gf 高仿, jf 精仿, fp 仿品) as one family before a grade noun, where gf款/货/版 stood alone.
  ...['gf', 'jf', 'fp'].flatMap((i) => ['款', '货', '版', '版本', '级', '级别', '品质'].map((n) => `${i}${n}`)),
  // Round 65 (eng28-65): 非正品 with its 非 written as a homophone (飞正品, 菲正品), as 高仿 has 髙仿/搞仿.
  '飞正品', '菲正品', '啡正品',
  '好仿', 'a版货', '亻方品', '亻方货', '亻方的', '仿专柜', '仿正品', '仿原版', '仿真品', '仿原装', '仿官方', '仿lv', '仿香奈儿', '仿迪奥', '仿古驰', '仿爱马仕',
  ...copyGradeTiers65(),
  ...copyRootsHalfLatin65(),
];
/**
 * Round 65 (eng28-65): the copy trade's letter grades as one family — A, A+ (➕ folds to +), AA, AAA, AAAA, 3A–5A, alone or with 级, before
 * 货 or 版 (A+货, AA级货, 5A版) — where the list above held only A货, AAA货, 3A货 and A级货. Only with 货/版: a bare 5A级 is a scenic spot,
 * AA a battery size.
 */
/**
 * Round 65 (eng28-65): the copy words with one character typed as its pinyin (复ke, chun原, 原dan) or, before 款/版/货, as its initial (复k款,
 * 纯y版, j仿货) — a class where only 高fang, gao仿, jing仿, fang品 and fang货 were listed; and 精 split into its parts (米青仿), as 仿 into 亻方.
 */
function copyRootsHalfLatin65(): string[] {
  const roots: [string, string, string][] = [['高仿', 'gao', 'fang'], ['精仿', 'jing', 'fang'], ['仿品', 'fang', 'pin'], ['仿货', 'fang', 'huo'], ['复刻', 'fu', 'ke'], ['纯原', 'chun', 'yuan'], ['原单', 'yuan', 'dan'], ['尾单', 'wei', 'dan'], ['山寨', 'shan', 'zhai']];
  return roots.flatMap(([w, p1, p2]) => {
    const [c1, c2] = [w[0]!, w[1]!];
    const initials = [`${c1}${p2[0]}`, `${p1[0]}${c2}`].flatMap((x) => ['款', '版', '货'].map((n) => `${x}${n}`));
    return [`${c1}${p2}`, `${p1}${c2}`, ...initials];
  }).concat(['米青仿', '米青仿品', '米青仿款']);
}
function copyGradeTiers65(): string[] {
  const grades = ['a', 'a+', 'a++', 'aa', 'aa+', 'aaa', 'aaa+', 'aaaa', 'aaaaa', '3a', '4a', '5a'];
  return grades.flatMap((g) => [`${g}货`, `${g}版货`, `${g}级货`, `${g}级版`, `${g}级别的货`]).concat(grades.filter((g) => g !== 'a').map((g) => `${g}版`));
}
// ---- round 51 (fa51) ----
/**
 * Round 51 (fa51): a copy word glossed by another (“A货”就是仿品的意思，我们家不卖; 高仿其实就是仿制品; A货的意思就是仿品): the copula's
 * subject is a word, not our goods, so the second word is the gloss — the statement-of-our-goods cue reads it no further (the plain cue
 * still does, with its refusals and warnings). Not when our goods head the gloss (这款A货就是仿品: its first word is caught anyway).
 */
const GLOSS_SUBJECT_51 = new RegExp(
  `(?:${SLANG_WORDS.map((w) => w.replace(/[.*+?^$(){}|[\]\\]/g, '\\$&')).join('|')})(?:的意思|这个词|这词|这个说法|的说法|一词|的叫法)?(?:其实|本来|原本|通常|一般|也)?(?:就)?(?:是|指|是指|指的是)(?:说)?$`,
);
const glossedByWord51 = (ctx: LintContext, start: number): boolean => GLOSS_SUBJECT_51.test(ctx.before(start, 20));
// ---- end round 51 (fa51) ----

/** Papers a shop shows as scans: 授权书扫描版, 说明书的中文扫描版, 报关单复印件. */
const DOCUMENTS = /授权书|授权|说明书|证书|保修卡|质保卡|保卡|保单|收据|面单|快递单|回执|原件|报关单|发票|合同|执照|资质|证明|检验|检疫|报告|单据|身份证|小票|凭证|票据|文件|护照|证件/;

/** Round 65 (eng28-65): a copy tier as the category ours tops (a huo里最好的那档, gf里面最高的版本): right after the tier's word. */
const COPY_TIER_TOPPED_65 = /^(?:里|里面|里边|中|当中)(?:的)?(?:最好|最高|最顶|顶级|顶配|数一数二|天花板|第一|最贵|做得最好)/;
/** Round 65 (eng28-65): 复刻 written with a homophone of either character (复克款, 付刻版, 腹克的). */
const REPLICA_HOMOPHONES_65 = [...'复付腹附'].flatMap((f) => [...'刻克可课'].map((k) => `${f}${k}`))
  .filter((w) => w !== '复刻' && w !== '腹刻')
  .flatMap((w) => (['复克', '付刻', '腹克'].includes(w) ? [w, `${w}款`, `${w}版`] : [`${w}款`, `${w}版`]));
/** Homophones of 高仿/精仿 (the fang or the jing written with another character): 高访, 高彷, 精访, 睛仿, 晶仿 (not 膏方, a herbal paste). */
const HOMOPHONES = [...'访纺彷芳坊舫昉枋'].map((c) => `高${c}`).concat([...'访彷芳舫坊'].map((c) => `精${c}`), [...'睛晶菁经'].map((c) => `${c}仿`), ['糕方', '糕仿', '糕访', '膏仿']);
/** The genuine article or a likeness named beside 莆田 (round 12). */
const PUTIAN_YARDSTICK = /无差|没差|没区别|几乎一样|一模一样|(?:跟|和|与|同)[^，。]{0,6}(?:一样|一个样|差不多)|专柜|正品|原版|官网|得物|大牌|真的|正牌|杠杠|脚感|原厂/;

/** What the copy trade in 莆田 makes, or a yardstick for it (round 29). */
const PUTIAN_COPY_GOODS = /鞋|包(?!邮|装|括|含|裹)|表(?!示|达|格|情)|球衣|卫衣|外套|上脚|脚感|正品|官方|专柜|原版|大牌|得物|分得清|看不出/;

/** Round 54 (eng54c): 尾单 as our own stock's tail, told by why it is left (颜色不全, 断码, 最后几件) — see the bare 尾单 cue. */
const TAIL_REASON = /断码|断色|颜色不全|色号不全|尺码不全|码数不全|码子不全|规格不全|最后几件|剩(?:下)?(?:的)?(?:不多|几件|最后)|库存不多/;
const TAIL_TIE = /大牌|名牌|品牌|专柜|外贸|工厂|代工|厂里|原单|跟单|剪标|瑕疵|同厂|一样|差不多|正品|出口|懂/;
function ownStockTail(ctx: LintContext, start: number, end: number): boolean {
  const s = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
  return TAIL_REASON.test(s) && !TAIL_TIE.test(s);
}

/** Round 54 (eng54c): a third party's or compatible part named as such, and disclosed on the listing — no likeness or wink beside it. */
const THIRD_PARTY_DISCLOSED = /^(?![^]*(?:一模一样|一样|差不多|没区别|看不出|分不出|懂|高仿|仿))(?=[^]*(?:第三方|副厂|兼容|国产替换))(?=[^]*(?:标题|详情页?|页面|商品名|链接)(?:里|上|中)?(?:也|都|已经?)?(?:写了|写明|注明|标明|有写|标了|说明了))/;

/**
 * Round 65 (eng28-65): the buyer's own word taken up and made the name of our goods (您说的高仿就是我们这款; 您问的那种A货，就是我们家卖
 * 的这种; 您问的复刻款就是这个): REPORTED_BEFORE spares a word the buyer said, but the identification after it is ours — it is its own
 * evidence (below, fakeWordClaimed is not asked). Not asked back or called a misunderstanding (您说的高仿就是我们这款吗？误会了).
 */
const BUYER_WORD_MADE_OURS_65: Cue = {
  words: [...SLANG_WORDS, '高版本', '顶级版本', '一比一', '1比1', '复刻', '复刻款', '复刻版', '原单', '尾单', '纯原', '公司级'],
  severity: 'block',
  message: MESSAGE,
  before: /(?:您|你|亲)(?:刚才|刚刚|之前|上次)?(?:说|问|提|讲|要|想要|找)(?:的|到的|起的)(?:那个|那种|那款|这个|这种|那类)?$/,
  after: /^(?:的|款|货|版)?(?:呢|啊|呀)?(?:就是|正是|说的就是|指的就是|其实就是|也就是|就)(?:我们|我家|本店|咱家|咱们|店里|小店)?(?:家)?(?:这款|这个|这种|这批|这双|这只|这件|家的|卖的|的这款|的这种|现在卖的)/,
  notSentence: /吗|是不是|误会|冤枉|谣言|不实|造谣/,
  hypothetical: true,
  asked: true,
};

const cues: Cue[] = [
  {
    words: SLANG_WORDS,
    severity: 'block',
    message: MESSAGE,
    hypothetical: true,
    notBefore: new RegExp(`${COMPARED_BEFORE.source}|${MARKET_BEFORE.source}|${REPORTED_BEFORE.source}|${DENIED_BEFORE.source}|${NOT_IMPLIED_BEFORE.source}|${SHOP_WONT_STOCK_BEFORE.source}`),
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
    unless: (ctx, start, end) => splitLabel(ctx, start, end) || wordMentioned(ctx, start, end) || lifelikeReplica(ctx, start, end) || imitationFabricNamed(ctx, start, end) || echoDenied(ctx, start, end) || mirrorSense(ctx, start, end) || protectionSense(ctx, start, end) || impersonationSense(ctx, start, end) || kindDescribed(ctx, start, end) || kindFallsShort(ctx, start, end) || soCalledMarket(ctx, start, end) || othersSell(ctx, start, end) || othersRacket(ctx, start, end) || unrelatedSense(ctx, start, end) || newsTopic(ctx, start, end) || marketThenOurs(ctx, start, end) || licensedCopy(ctx, start, end) || fa14bSenses(ctx, start, end) || gradeOrTestSenses(ctx, start, end) || penalisedSellers(ctx, start, end) || authenticateAdvised(ctx, start, end) || taiwanChannelSense(ctx, start, end) || convincingKindCheckAdvised(ctx, start, end) || copiesWarnedCheckTaught(ctx, start, end) || genericRuleWarned65(ctx, start, end) || crowdTaughtToTell(ctx, start, end) || othersKindDefinedWarned(ctx, start, end),
  },
  {
    // Round 39 (t39e): 老翻, Hong Kong's word for a pirated or knocked-off copy (係老翻嚟嘅, 老翻碟, 老翻貨) — the same test as the slang above.
    // Not 老翻译 (an old translation), 老翻新 (a refurbishment of old stock), nor a page turned (老翻唔到).
    words: ['老翻', '老翻货', '老翻嘢', '老翻碟', '老翻版', '老翻机'],
    severity: 'block',
    message: MESSAGE,
    hypothetical: true,
    notBefore: new RegExp(`${COMPARED_BEFORE.source}|${MARKET_BEFORE.source}|${REPORTED_BEFORE.source}|${DENIED_BEFORE.source}|${NOT_IMPLIED_BEFORE.source}|${SHOP_WONT_STOCK_BEFORE.source}`),
    notAfter: new RegExp(`${NOT_AFTER.source}|^(?:译|新|修|身|唔|不|开|阅|查|找|遍|转|面|倒|土|地)`),
    notSentence: NOT_A_CLAIM,
    unless: (ctx, start, end) => wordMentioned(ctx, start, end) || echoDenied(ctx, start, end) || soCalledMarket(ctx, start, end) || othersSell(ctx, start, end) || othersRacket(ctx, start, end) || newsTopic(ctx, start, end) || marketThenOurs(ctx, start, end) || penalisedSellers(ctx, start, end) || authenticateAdvised(ctx, start, end),
  },
  {
    // Round 39 (t39m): the market's copies named, then ours said to be among them (地摊上的高仿碟我们也有，价格更低; 市面上那种A货我们这也有货):
    // MARKET_BEFORE spares the word above; the shop's own stock after it sells the kind. Not a denial (我们没有, 我们不卖), nor the copies
    // seen, tested or asked about (我们也有看到, 也有检测过, 也有顾客问).
    words: SLANG_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: MARKET_BEFORE,
    after: /^[^。！？]{0,24}?(?:我们|我家|本店|咱家|咱们|店里|我这|小店)(?:这边|这儿|这里|这|店|家)?(?:也|都|还|同样|就)(?:有|卖|能做|能拿|能出|可以做|可以拿|可以出|做|出|拿得到|进)(?!过?(?:看|见|检|测|鉴|买|遇|发现|注意|听|对比|比较|留意|关注|提醒|接到|收到|碰到|人问|顾客|客户|买家|投诉|举报|正品|正版|真品|原装|专柜|防伪|授权|发票|报关|证书|溯源|保障|保证|售后|小票|区别|差别|不同))/,
    reach: 30,
    hypothetical: true,
    unless: (ctx, start, end) => wordMentioned(ctx, start, end) || lifelikeReplica(ctx, start, end) || echoDenied(ctx, start, end),
  },
  {
    // Stated of our goods (这是高仿A货): the sentence's other words cannot turn it into a warning.
    words: SLANG_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: ASSERTED,
    notBefore: REPORTED_BEFORE,
    scope: 'clause',
    // (round 51, fa51: not the second word of a gloss — glossedByWord51)
    hypothetical: true,
    notAfter: NOT_AFTER,
    unless: (ctx, start, end) => wordMentioned(ctx, start, end) || lifelikeReplica(ctx, start, end) || imitationFabricNamed(ctx, start, end) || echoDenied(ctx, start, end) || mirrorSense(ctx, start, end) || protectionSense(ctx, start, end) || impersonationSense(ctx, start, end) || unrelatedSense(ctx, start, end) || licensedCopy(ctx, start, end) || fa14bSenses(ctx, start, end) || gradeOrTestSenses(ctx, start, end) || othersRacket(ctx, start, end) || penalisedSellers(ctx, start, end) ||
      authenticateAdvised(ctx, start, end) || taiwanChannelSense(ctx, start, end) || glossedByWord51(ctx, start) || genericRuleWarned65(ctx, start, end) || othersKindDefinedWarned(ctx, start, end),
  },
  {
    // Round 34 (t34a): our own goods named by the word and put on sale in a clause of their own, after someone's ask reported in the
    // clause before (有人问高仿的，我们这款高仿卖八百; 老有人问A货，我家A货现货包邮): the report does not reach past the clause that opens on us.
    words: SLANG_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /^(?:但是?|不过|其实|而|那)?(?:我们|本店|我家|咱家|小店|店里|我这边|我们这边)(?:这款|这个|这批|这种|这边|家|店)?(?:的)?(?:也|都|就)?(?:有|卖|做|出)?(?:的)?$/,
    after: /^(?:的|款|货|版)?[^，。！？]{0,4}?(?:卖|只要|才|售价|价格|[0-9一二两三四五六七八九十百千]+(?:块|元|米)|(?<![没无])有货|现货|包邮|拍|下单|到货|上新)/,
    scope: 'clause',
    hypothetical: true,
    notAfter: NOT_AFTER,
    unless: (ctx, start, end) => lifelikeReplica(ctx, start, end) || echoDenied(ctx, start, end) || mirrorSense(ctx, start, end) || protectionSense(ctx, start, end) || impersonationSense(ctx, start, end) || unrelatedSense(ctx, start, end) || licensedCopy(ctx, start, end) || fa14bSenses(ctx, start, end) || gradeOrTestSenses(ctx, start, end) || othersRacket(ctx, start, end) || penalisedSellers(ctx, start, end) ||
      authenticateAdvised(ctx, start, end) || taiwanChannelSense(ctx, start, end),
  },
  {
    // Round 36 (t36h): the buyer's ask told back and answered yes (有没有A货？有的，做工很好 / 是高仿吗？是的呢): the yes is ours, whatever
    // the asked sentence's words (有没有, 是不是 make the first cue read a question). Not answered no, with a condition (有的话…), or
    // turned (有的，但我们不卖) — detect/answered.ts askedThenAffirmed.
    words: SLANG_WORDS,
    severity: 'block',
    message: MESSAGE,
    scope: 'clause',
    deniable: false,
    notBefore: new RegExp(`${COMPARED_BEFORE.source}|${MARKET_BEFORE.source}|${REPORTED_BEFORE.source}`),
    unless: (ctx, start, end) => !askedThenAffirmed(ctx, start, end) || lifelikeReplica(ctx, start, end) || mirrorSense(ctx, start, end) || protectionSense(ctx, start, end) || impersonationSense(ctx, start, end) || unrelatedSense(ctx, start, end) || licensedCopy(ctx, start, end) || fa14bSenses(ctx, start, end) || gradeOrTestSenses(ctx, start, end) || othersRacket(ctx, start, end) || penalisedSellers(ctx, start, end),
  },
  {
    // Round 35 (t35a): someone's word about OUR goods reported, then endorsed by a wink or an agreement after it (我婆婆说我们这批就是高仿，
    // 您懂的; 朋友都说咱家的是A货，说得没错): the report is ours once we wink at it — not a suspicion reported and answered (您说我们这批
    // 是高仿？绝对不是), which has no wink.
    words: ['高仿', '精仿', 'a货', 'a版', '仿品', '仿货', '仿版', '超a', '高a', '顶a', '原单', '纯原', '公司级', '山寨', '复刻', '莆田货', '镜面版', '非正品'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:说|讲|觉得|认为|以为|怀疑)(?:我们|咱们|咱家|我家|本店|店里|我们家|我们店)(?:的)?(?:这批|这款|这个|这些|家|店)?(?:的)?(?:货|东西)?(?:就|都|确实|其实|全)?(?:是)?(?:的)?$/,
    after: /^(?:的|货|款|版)?(?:啦|呢|呀|嘛|哈|哦)*[，,、~～\s]*(?:亲|亲亲|宝|宝子)?(?:您|你|大家)?(?:也)?(?:懂的|懂得|懂吧|懂哈|懂了吧|都懂|明白的|明白吧|心里有数|心照不宣|知道就好|自己体会)|^[^。！？]{0,6}?(?:说得|说的|讲得)(?:没错|对|挺对|不假|在理)|^[^。！？]{0,4}?(?:确实如此|没毛病|一点没错|还真是)/,
    hypothetical: true,
    asked: true,
    // The shared denial test reads the reporter's 说 as a hedge; a denial cannot sit between the copula and the word here (before).
    deniable: false,
  },
  BUYER_WORD_MADE_OURS_65,
  {
    // What people call it, affirmed: 这个就是大家说的那种A版 (REPORTED_BEFORE would take 大家说 for someone else's suspicion).
    // A short list: repeating all of SLANG_WORDS here would double their pinyin terms.
    words: ['高仿', '精仿', 'a货', 'a版', '仿品', '仿货', '仿版', '超a', '高a', '顶a', '原单', '纯原', '公司级', '山寨', '复刻', '莆田货', '镜面版'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|就是|属于|算)(?:大家|别人|网上|你们|圈里|人家|他们|外面)?(?:常|所|都)?(?:说|讲|叫)的(?:那种|那类|那个)?$/,
    hypothetical: true,
    asked: true,
    notAfter: NOT_AFTER,
  },
  {
    // 是仿的 / 都是仿的 / 这是仿的 — 仿 as "imitation" right after a copula (not 仿麂皮的, 模仿的).
    words: ['仿的', '仿货', '仿出来的', '仿做的'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|属于|算|(?:^|[^a-z]|ge|zhe|ta|jiu|dou)shi)$/, // …the copula in pinyin too (zhe ge shi fang de; round 12)
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
  },
  {
    // Round 12 (t12e): the copula dropped at the start of a short reply, as a busy agent answers 是正品吗 (仿的 但放心 九成像 /
    // 亲 这批仿的 懂的拍). Not copies described in general (仿的和正品的区别在logo, 仿的一般会轻一些).
    words: ['仿的', '仿货'],
    severity: 'block',
    message: MESSAGE,
    before: /^(?:亲|亲亲|宝|宝宝|哈|嗯|对)?(?:(?:这|那)(?:款|个|批|件|双|只|块|套|些|支|瓶)?)?(?:都|全|也|就)?$/,
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notAfter: new RegExp(`${NOT_AFTER.source}|^(?:和|跟|与|同|比|区别|差别|怎么|如何|一般|通常|大多|大部分|会|都|多|往往|容易|最|主要)`),
    notSentence: NOT_A_CLAIM,
  },
  {
    // Round 34 (t34a): 假的 as the whole answer opening a reply, then the price held up as the proof (假的啦😂 真的这个价您买得到吗; 假的呀，
    // 正品能是这个价？): the goods owned as fake with a wink. A bare 假的啦 also debunks a rumour (假的啦，我们好好的, 那条短信假的), so the
    // price or a wink must follow in the window — not with a remedy, a rumour, a message or a scam named.
    words: ['假的'],
    severity: 'block',
    message: MESSAGE,
    before: /^(?:亲|亲亲|宝|宝宝|哈+|嗯|害|嗐|哎|唉)?(?:肯定|当然|都|就|也)?(?:是)?$/,
    // (…the clause ends there, or a particle closes the answer and the proof starts with no comma: 假的啦😂 真的这个价… loses its emoji
    // and space in the compact view)
    after: /^$|^(?:啦|呀|哦|哈|嘛|滴|咯|喽|哟|呗)+(?:$|(?=真的|正品|这个价|这价|这种价|才|您|你|哪|能))/,
    scope: 'clause',
    window: 30,
    sentence: /这个价|这价|这种价|才[0-9一二两三四五六七八九十几百]+|便宜|买得到|买到|能买着|这么低|您觉得呢|你觉得呢|懂的|您懂|你懂|心里有数/,
    notSentence: [NOT_A_CLAIM, /赔|包退|退款|退货|鉴定|验货|谣言|倒闭|跑路|链接|消息|短信|电话|不是我们|截图|活动|优惠|券|满减|授权|溯源|保税|放心|因为|临期|效期|清仓|说法|不对|瞎说|乱说|(?:是|都是|保证)[^，。！？]{0,10}正品/],
    hypothetical: true,
    // (the buyer's word asked back, 假的？不可能…: a question mark right after it in the draft)
    unless: (ctx, start, end) => /^\s*[?？]/.test(ctx.text.slice(ctx.toOriginal(start, end)[1], ctx.toOriginal(start, end)[1] + 3)),
  },
  {
    // 仿得跟真的一样, 仿的和正品一模一样, 仿得很像 (not 模仿得, 效仿的).
    words: ['仿的', '仿得'],
    severity: 'block',
    message: MESSAGE,
    // Round 9 (t9a): any degree complement of the copying (仿得比较好的一批) — not a 仿真 decoration.
    // …or the complement bare (这批就是仿得好; round 11).
    after: /^(?:跟|和|与|同|像)(?:真的|正品|真品|专柜|原版|大牌)|^(?:很|太|非常|特别|挺|超|几乎|比较|蛮|相当|最)(?:像|逼真|到位|真|好|不错|细)|^(?:好|像|逼真|到位)(?!不|看|用|吃|听)/,
    notBefore: /[模效]$/,
    notSentence: /仿真|花|植物|绿植|模型|玩具|手办|叫声|动作/,
    unless: kindDescribed, // 仿的和真的最大区别在于走线 (round 10, t10d)
  },
  {
    // Trade slang for copies that pass inspection: 过验, 包过验, 对版做工 (not 颜色对版 = matches the photo).
    words: ['过验', '包过验', '能过验', '过鉴定', '包过鉴定', '能过鉴定', '过得了鉴定', '过得物', '过毒', '对版率', '对版做工', '对版'],
    severity: 'block',
    message: MESSAGE,
    // (round 60, eng60a: not 经过鉴定 — a genuine item's appraisal told, 二手表是经过鉴定的正品)
    notBefore: /经$/,
    sentence: /做工|原版|正品|专柜|细节|logo|五金|走线|版型|过验|鉴定|得物|对版|没问题|放心|包过|版本|有需求|专门/,
    sentenceSkipsAnchor: true,
    notSentence: [/海关|查验|清关|检疫|质检|颜色|色差|图片|实物|色号|尺码|尺寸/, NOT_A_CLAIM],
  },
  {
    // 复印/扫描/影印 of the goods themselves: 复印的教材, 教材是复印的 — not the scan of a document.
    words: ['复印的', '扫描的', '影印的', '复印', '影印'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的|版的|本的)?(?:教材|书|课本|绘本|练习册|乐谱|题库|试卷|漫画|杂志|图书|字帖|教辅|原版书)/,
    notAfter: REFUSED_LATER,
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notSentence: [NOT_A_CLAIM, DOCUMENTS],
  },
  {
    words: ['复印的', '扫描的', '影印的', '复印版的', '扫描版的', '复印件', '打印的', '扫描出来的', '复印出来的', '影印出来的'],
    severity: 'block',
    message: MESSAGE,
    // …a book's measure word or an e-book between: 这本习题册是影印的, 电子版是扫描出来的.
    before: /(?:教材|书|课本|绘本|练习册|乐谱|题库|试卷|漫画|杂志|图书|字帖|教辅|字典|词典|辞典|读物|图册|习题|电子版|电子书|pdf)(?:册|本|集)?(?:都|全|全部)?(?:是|属于)$/,
    hypothetical: true,
    notSentence: [NOT_A_CLAIM, DOCUMENTS],
  },
  {
    // 复印版 / 扫描版 of the goods (books, course material) — not the scan of a document we show.
    words: ['复印版', '扫描版', '影印版', '复印本', '扫描本', '影印本', '盗印本', '翻印本', '打印版的书'],
    severity: 'block',
    message: MESSAGE,
    // 您说这本是复印版？不会的 — the buyer's suspicion echoed.
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: [NOT_A_CLAIM, DOCUMENTS],
    unless: kindFallsShort, // 扫描版印出来字会发虚，我们这套是原版印刷 (round 23)
  },
  // ---- round 47 (t47b) ----
  {
    // The goods' own pack or papers a scan or a copy, the contents said the same (扫描版的说明书和外包装，内容物一样; 盒子是复印版的，
    // 里面东西一样): the pack is copied, not a document we show. Not a scan of a paper sent as proof (授权书扫描版发您).
    words: ['扫描版', '复印版', '影印版', '扫描的', '复印的', '影印的', '彩印版'],
    severity: 'block',
    message: MESSAGE,
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    sentence: [/外包装|包装|外盒|盒子|彩盒|标签|贴纸|瓶身|罐身|吊牌/, /(?:内容物|里面|里头|东西|货|本体|产品)(?:的)?(?:都|也|是)?(?:一样|一模一样|没区别|相同|一致|没两样)/],
    notSentence: [NOT_A_CLAIM, /发(?:给)?您|发你|给您看|看一下|参考|留底|存档|备案|电子版/],
  },
  // ---- end round 47 (t47b) ----
  {
    // 假货 / 盗版 of our own goods (这是假货, 书是盗版的) — not 假货的问题您放心, 市面上假货多.
    words: ['假货', '盗版', '假的', '假包', '假鞋', '盗印', '盗印的', '翻版', '翻印的'],
    severity: 'block',
    message: MESSAGE,
    // …or with a description between: 绘本是国内印厂加印的盗版.
    // …the copula in pinyin too (这个 shi jia de; round 9).
    before: /(?:是|係|系|就是|都是|属于|卖的是|发的是|的是|算|(?<![a-z])(?:jiu|dou)?shi)(?:个|的)?$|(?:是|就是|都是|属于)[^，。！？]{1,10}的$/,
    asked: true, // 您收到的是我们仓库发的假货？ echoes a suspicion
    // …not a rumour or a scam called false: 有人以我们店的名义招代理？那是假的; a call, a site or a person (…让您转账的电话都是假的; round 15).
    notBefore: new RegExp(`${REPORTED_BEFORE.source}|${NOT_IMPLIED_BEFORE.source}|${OTHERS_GOODS_BEFORE.source}|(?:很难|不易|不容易|难以)(?:看出|分辨出|认出|发现)(?:来)?(?:它|这)?是$|(?:^|[，。！？])那(?:都|全|也)?是$|(?:说法|消息|传言|谣言|通知|短信|信息|链接|账号|名义|电话|来电|号码|网站|网址|邮件|公众号|客服|那人|这人|人)(?:很多|大多|不少|大部分|多半|多数|基本上?|其实|往往)?(?:都|全|也|肯定|一定|绝对)?(?:都)?是$|(?:小票|购物小票|票据|收据|发票|证书|单据|凭证|授权书|截图)(?:很多|大多|不少|大部分|多半|基本上?|其实|往往)?(?:都|全|也)?是$|(?:不是说|并不是说|没说|没有说|不是指|并不是指)(?:您|你)[^，。！？]{0,8}是$`),
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
    // …？那是假的: the asked report judged false, not the goods (detect/answered.ts; round 7).
    // Round 17 (fa17b): a slip taken back — 不是说您的货是假的 (the buyer's goods, said not to have been called fake).
    // Round 47 (t47e): …with a share word between too (网上搜到的“售后电话”很多是假的, 那些客服号码大多是假的).
    // Round 22 (t22cb): …or a paper called forged, not goods (那些“专柜小票”很多是假的, 网上晒的授权书大多是假的).
    // Round 17 (fa17b): …or a received message quoted and called false (您收到的“…请添加理赔专员微信”是假的; detect/called-false.ts).
    // Round 23 (t23b): …or a group or account called fake and disowned as ours (那个主播号是假的，不是我们官方的; detect/called-false.ts).
    // Round 44 (t44d): …or a scam just told called false (如果有人给您发二维码说…，那一定是假的; detect/called-false.ts scamCalledFalse).
    // Round 46 (t46j): …or the market's goods heading the sentence, said to MAYBE be fakes, and a way to check taught after (网上有些“专柜价三折”的
    // 粉底，可能是假货或者过期货换了外盒…自己验的话…收到可以自己对一下; detect/copies-warned.ts).
    unless: (ctx, start, end) => debunksAskedReport(ctx, start) || fa14bSenses(ctx, start, end) || gradeOrTestSenses(ctx, start, end) || falseOfQuote(ctx, start) || impostorCalledFalse(ctx, start, end) || askClassCalledFalse(ctx, start) || scamCalledFalse(ctx, start, end) || marketMaybeFakeChecked(ctx, start, end) ||
      // Round 66 (engfa66): …or the buyer warned off buying a kind elsewhere, then most of it called fake (千万别在其他地方买所谓的原单尾货，很多是假的).
      warnedOffThenShareFake(ctx, start, end),
  },
  {
    // 盗版 naming the goods themselves: 盗版绘本，不过印刷清晰 — not 市面上有盗版书, 谨防盗版光盘, 盗版必究.
    words: ['盗版', '翻版', '翻印'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的)?(?:书|绘本|图书|童书|教材|教辅|光盘|碟|dvd|cd|软件|游戏|卡带|漫画|小说|画册|字帖|周边|手办|唱片|专辑|乐高|积木)/,
    notBefore: new RegExp(`${COMPARED_BEFORE.source}|${MARKET_BEFORE.source}|${REPORTED_BEFORE.source}`),
    // Round 42 (t42i): the shop refusing it right after the noun or a list, in the same clause (破解、装盗版游戏我们都不做; 盗版卡带这类我们一概不碰) —
    // not an offer with a refusal of something else later (盗版游戏我们帮您装好，不过我们不做售后).
    notAfter: new RegExp(`^[^，。！？]{0,6}?(?:我们|本店|我家|咱们|咱家|小店|店里)(?:店|家)?(?:也|都|是)?(?:一律|一概|从来|从|绝对|坚决|永远|向来)?(?:不卖|不做|不碰|不接|不收|不售|不上架|不进|不拿|不装|不刷|不帮(?:您|你)?装|拒绝)|^[^]{0,8}?(?:这些|这类|这种|那些|之类)[^，。！？]{0,8}?(?:我们|本店|我家|咱们|咱家|小店|店里)(?:店|家)?(?:也|都|是)?(?:一概|一律|从来|从|绝对|坚决|永远|向来)?(?:都)?(?:不卖|不做|不碰|不接|不收|不售|不上架|不进|不拿|不装|拒绝)`),
    hypothetical: true,
    notSentence: [NOT_A_CLAIM, /正版/],
  },
  {
    // 假的又怎样 / jia的又如何 — owning up to fakes and shrugging.
    words: ['假的', '假货'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:又|也)?(?:怎样|怎么样|如何|咋样|怎么了|咋了|无所谓|不影响|照样用|一样用)/,
    deniable: false,
  },
  {
    // 本来就不是真的 / 正品是不可能正品的 — saying so of our own goods.
    words: ['不是真的', '不是真货', '不是正品', '不可能是正品', '不可能正品', '不是原装'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:这个|这款|这些|这批|我们这个|我们家|我家|本来就|本来|肯定|当然|确实|其实|就|都|也|正品是)$/,
    // Round 30 (t30c): the market's goods as the subject (外面那些所谓“一比一”的都不是正品, 网上那些几十块的基本都不是正品): a warning about
    // others' copies, not ours.
    unless: marketSubject,
    // 不是正品装 (full size) / 不是原装盒: the packaging, not the goods.
    notAfter: /^(?:装|的?包装|的?盒|的?外盒|的?袋|的?赠品|的?配件|的?说明书)/,
    hypothetical: true,
    // Round 54 (eng54c): …nor a third party's part told for what it is and written on the listing (不是原装电池，是第三方电池，详情页写了).
    notSentence: [NOT_A_CLAIM, THIRD_PARTY_DISCLOSED],
    deniable: false,
  },
  {
    // 纯原 (trade slang for top copies) — not 纯原味, 纯原浆, 纯原装进口.
    words: ['纯原', '公司级'],
    severity: 'block',
    message: MESSAGE,
    // Round 33 (t33g): …nor a pressing or cut (纯原榨, 纯原切), nor the word named as the product's own name (“纯原”是这款果汁的名字).
    notAfter: new RegExp(`${NAMED_AS_WORD.source}|${PRODUCT_NAMED_AFTER.source}|^(?:味|浆|汁|生|料|装|创|木|色|棉|液|蜜|态|始|榨|切|酿|磨|客户|用户|服务|采购|账户|方案|发票|文件)`),
    notSentence: NOT_A_CLAIM,
  },
  {
    // 外贸原单 / 原单尾货 / 原单品质 — not 原单号, 原单价, 原单退回, nor the order's parcel (原单包裹寄回; round 23, t23dz).
    words: ['原单', '尾单', '跟单'],
    severity: 'block',
    message: MESSAGE,
    // (round 39, t39d: …or the cloth or leather of it, or its labels cut — 杰尼亚的原单布，剪了标出的)
    after: /^(?:尾货|的货|货|品质|版本|版|做工|工艺|质量|出货|正品|包(?!裹)|鞋|剪标|级别|成色|布料?|面料|料子|皮料|皮子)|^[^。！？]{0,10}?剪(?:了|掉|过)?(?:的)?(?:标|吊牌|领标|商标|logo)/,
    notAfter: /^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员)/,
    notBefore: new RegExp(`${DENIED_BEFORE.source}|${OTHER_SHOP_SAID.source}`), // 也不搞什么“原单尾货” (round 9); 有些店说自己是“原单”“尾货” (round 11)
    hypothetical: true,
    notSentence: NOT_A_CLAIM,
  },
  {
    // 瑕疵尾单, 大牌原单, 外贸跟单.
    words: ['原单', '尾单', '跟单'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:外贸|工厂|代工厂|尾货|出口|瑕疵|大牌|名牌|品牌|专柜)(?:的)?$/,
    notAfter: new RegExp(`${REFUSED_AFTER.source}|^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员|优惠|折扣|活动)`),
    hypothetical: true,
    notSentence: NOT_A_CLAIM,
  },
  {
    // A bare 尾单 (the trade's word for leftover or reject runs of branded goods) is likely but not sure.
    words: ['尾单'],
    severity: 'warn',
    message: '“尾单”常指品牌外流的剩余或瑕疵货，暗示非正品渠道（规则 2.8）',
    // …or refused in a list of kinds (原单、尾单这些我们都不做; round 10, t10d).
    // Round 23 (t23c): …or the last orders of a batch, as the word before a parcel or order noun (尾单包裹今天统一发出, 尾单的订单明天补发):
    // goods would be 尾单货 / 尾单的货. A bare 尾单 before a ship verb (尾单今天发货) stays: the goods sense reads there too.
    // Round 44 (t44c): …or the day's last orders before a cut-off (今天的尾单17:00截单, 尾单下午五点前付款): a clock and 截单 read as orders, not goods.
    notAfter: new RegExp(`^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员|优惠|折扣|活动|时间|立减|满减|福利|抽奖|秒杀|(?:的)?(?:包裹|订单|快递|物流|运单))|${LIST_REFUSED.source}`),
    // Round 54 (eng54c): …or our own stock's tail cleared for broken colours or sizes (尾单清仓价，都是正常货，只是颜色不全了): the leftover
    // told by why it is left, no brand, factory or copy word beside it (大牌, 外贸, 工厂, 剪标, 瑕疵…).
    unless: (ctx, start, end) => (DAY_CUTOFF_AFTER.test(ctx.text.slice(ctx.toOriginal(start, end)[1]).replace(/\s+/g, '').slice(0, 20)) && !STOCK_SENSE.test(ctx.text)) || ownStockTail(ctx, start, end),
    notBefore: DENIED_BEFORE, // 也不卖所谓的“原单”“尾单” (round 12)
    notSentence: NOT_A_CLAIM,
  },
  {
    words: ['原单'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:外贸|工厂|代工厂|尾货|出口)$/,
    notAfter: new RegExp(`${REFUSED_AFTER.source}|^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号)`),
  },
  {
    // 复刻 / 复刻款 / 顶级复刻 — unless it is the brand's own re-issue.
    // Round 65 (eng28-65): …its homophones as one family (复/付/腹/附 × 刻/克/课/可, before 款 or 版 when the pair is a word of its own:
    // 复课 resumes classes, 附刻 nothing), where only 腹刻 was listed.
    words: ['复刻', '复刻款', '复刻版', '腹刻', '腹刻版', '復刻', ...REPLICA_HOMOPHONES_65],
    severity: 'block',
    message: MESSAGE,
    notSentence: REISSUE,
    // 品牌今年复刻了九十年代的经典配色 — the brand re-issuing its own design.
    notBefore: new RegExp(`(?:品牌|官方|品牌方|厂牌|原厂)(?:方)?(?:今年|去年|最近|新|正式|重新|又|再次|这次)?$|${TOLD_APART_BEFORE.source}`),
    // 复古款和复刻款不是一回事: two words told apart, a definition (round 7) — not 复刻和正品一样.
    // …nor a period style re-created (复刻的民国款式，我们自己设计的; round 12).
    // …nor what others cannot copy (别的牌子复刻不了, 同行复刻不出来: a claim to the genuine; round 16, t16).
    notAfter: new RegExp(`${NAMED_AS_WORD.source}|${TOLD_APART.source}|${NOT_THE_SAME_THING.source}|^(?:得?不了|不出来?|不来)|^(?:的|了)?(?:民国|复古|古代|传统|老式|老上海|宫廷|古风|年代|唐|宋|明|清|汉|古法|非遗)`),
    hypothetical: true,
    // 复刻？不是的亲，这款是品牌重新发售的 — the buyer's word echoed and denied; 我们不做1:1复刻 (the colon breaks the clause; round 12, fa12).
    // Round 13 (fa13b): the word defined (在手表圈“复刻”常指仿品, 所谓复刻一般是指…) — a gloss, not a label on the goods.
    unless: (ctx, start, end) => echoDenied(ctx, start, end) || ratioDenied(ctx, start) || termDefined(ctx, start, end) || licensedCopy(ctx, start, end) || recreatedTaste(ctx, start, end) || recreatedMemory(ctx, start, end) || recreatedPattern(ctx, start, end) || askedRelease(ctx, start, end) || lineNamed(ctx, start, end) || kindFallsShort(ctx, start, end),
  },
  {
    words: ['高版本', '顶级版本', '最高版本', '高版', '顶级版'],
    severity: 'block',
    message: MESSAGE,
    // (…nor a newer release of the goods: 包装是高版本的新包装)
    notAfter: new RegExp(`${NAMED_AS_WORD.source}|^本?的?(?:新|最新|升级)(?:包装|款|配方|版|外观|批次)`),
    // Round 24 (t24c): the counter named a sentence before (跟专柜那款有点区别…说白了就是gao版) and the copy vouched by its material (用料不差).
    window: 40,
    sentence: /货|专柜|正品|原版|真品|细节|做工|品质|包包|鞋|五金|走线|logo|用料|料子/,
    notSentence: /系统|固件|软件|app|安卓|ios|蓝牙|驱动|版本号|升级|更新/,
  },
  {
    words: ['1比1', '一比一', '1比1复刻', '一比一复刻', '1比1还原', '一比一还原', '壹比壹'],
    severity: 'block',
    message: MESSAGE,
    sentence: COPY_CONTEXT,
    notBefore: /(?:不搞|不做|不卖|不碰|不玩|不接|不出|拒绝|杜绝)(?:什么|任何)?$/,
    // Round 17 (fa17): life-size (按帝企鹅幼崽一比一大小做的玩偶, 1比1真人尺寸) — not the size of a brand's bag or shoe.
    notAfter: /^(?:的)?(?:真人|实物|真实|等身)?(?:大小|尺寸|身高|体型)(?![^，。！？]{0,10}(?:包|鞋|表|专柜|正品|大牌|原版|logo|五金))/,
    // …or a warning against those who say it (不要相信私聊说“一比一”的卖家; round 10).
    notSentence: RATIO_WARNING,
    // 一比一复刻面包店的吐司口感 (round 14, fa14); round 30 (t30c): the market's so-called ones set apart (外面那些所谓“一比一”的都不是正品),
    // as for 高仿 — others' copies named to warn the buyer, not ours.
    unless: (ctx, start, end) => ratioSense65(ctx, start, end) || recreatedTaste(ctx, start, end) || soCalledMarket(ctx, start, end),
  },
  {
    // 莆田 (a city) only when its goods or shoes are meant: 莆田的货, 莆田出的, 莆田纯原.
    words: ['莆田'],
    severity: 'block',
    message: MESSAGE,
    // …or its craft, said of the goods: 莆田工艺的, 莆田那边的做工 (not 仓库在莆田, 莆田那边的工厂发货).
    after: /^(?:那边|那里|那儿|本地|当地)?(?:的)?(?:货|鞋|版|工厂货|出的|产的|来的货|纯原|精品|做的|工艺|做工|版本|手艺)|^(?:那边|那里|那儿|本地|当地)(?:的)?(?:老)?(?:师傅|鞋厂|厂子|作坊|工厂|档口)(?:做|出|产|打)/,
    notAfter: new RegExp(`${NOT_AFTER.source}|^[^，。！？]{0,3}?${MARKET_AFTER.source.slice(1)}`),
    // …or the market warned about (提醒您市面上莆田鞋很多，认准官方授权; round 10).
    notBefore: new RegExp(`${REPORTED_BEFORE.source}|${MARKET_BEFORE.source}`),
    notSentence: NOT_A_CLAIM,
  },
  {
    // Round 29 (t29e): 莆田's craftsman or workshop named as the maker of shoes, bags or watches, no 那边 needed (鞋是莆田老师傅做的,
    // 包包是莆田作坊打的). Not its other crafts (莆田师傅做的木雕, food), nor a warehouse or shipping there (莆田工厂发货).
    words: ['莆田'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的)?(?:老)?(?:师傅|鞋厂|厂子|作坊|档口|老板)(?:们)?(?:亲手|纯手工|手工|一手)?(?:做的|做出来|出的|产的|打的|打造的|制作的|纯原)/,
    sentence: PUTIAN_COPY_GOODS,
    window: 30,
    notBefore: new RegExp(`${DENIED_BEFORE.source}|${REPORTED_BEFORE.source}|${MARKET_BEFORE.source}`),
    notSentence: [NOT_A_CLAIM, /木雕|雕刻|根雕|银饰|金饰|美食|小吃|特产|桂圆|荔枝|龙眼|不卖|不做|不是莆田|并非莆田/],
  },
  {
    // 老莆 (a Putian shoe-copy veteran): 我们家是老莆了，做了十年鞋.
    words: ['老莆'],
    severity: 'block',
    message: MESSAGE,
    sentence: /鞋|货|做|工艺|版|厂|脚感/,
    notSentence: NOT_A_CLAIM,
  },
  {
    // 华强北 (Shenzhen's copy-electronics market) as where the goods come from: 华强北那边出的, 华强北的做工.
    words: ['华强北'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:那边|那里|那儿)?(?:的)?(?:货|版|出的|产的|来的|做的|工艺|做工|版本|拿的|拿货|进的)/,
    // 华强北的货我们不卖 (a refusal after it; round 11).
    notAfter: new RegExp(`^(?:那边|那里|那儿)?(?:的)?(?:货|版|东西)?(?:${REFUSED_AFTER.source.slice(1)})|${LIST_REFUSED.source}`),
    notSentence: NOT_A_CLAIM,
  },
  {
    // Homophones of 高仿/精仿 (the fang written with another character): 高访版, 高彷的, 精访货 — a
    // suffix naming goods or a copula is needed, so 高房价 and 精纺羊毛 stay clean.
    words: HOMOPHONES,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:版|货|品|款|的|鞋|包|表|级|a|出来|做的)/,
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    asked: true,
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
  },
  {
    // gf (gao fang's initials) stated of the goods: 这个是gf的, 属于gf级 (gf款/货/版 are slang words above).
    words: ['gf'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|属于|算)(?:个|那种)?$/,
    after: new RegExp(`^(?:的|版|款|货|级|品|鞋|包)|${COPY_TIER_TOPPED_65.source}`),
    notSentence: [NOT_A_CLAIM, /送|女朋友|男朋友|女友|礼物|生日/],
  },
  {
    // …or opening the reply as the answer: GF的，不过细节处理很好 (not GF的生日礼物).
    words: ['gf'],
    severity: 'block',
    message: MESSAGE,
    before: /^$/,
    after: /^(?:的|版|款|货|级)/,
    sentence: /细节|做工|品质|质量|没人|看不出|放心|走线|五金|版本|对得起|性价比/,
    notSentence: [NOT_A_CLAIM, /送|女朋友|男朋友|女友|礼物|生日|男友|对象/],
  },
  {
    // rep (replica): rep版本, reps货 — a Chinese suffix after it (not report, repair).
    words: ['rep', 'reps'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:版|货|款|鞋|包|表|级|的|批|圈)/,
    notBefore: /[a-z]$/,
    notSentence: NOT_A_CLAIM,
  },
  {
    // Initials of the trade's words stated of the goods: 这批是jf工艺 (精仿), 这是yd的 (原单) — not 韵达 (yd快递).
    words: ['jf', 'yd'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|属于|算|係)(?:个|那种)?$/,
    after: /^(?:的|版|款|货|级|品|工艺|做工|批次|批)/,
    notSentence: [NOT_A_CLAIM, /快递|单号|物流|运单|发货|韵达|积分/],
  },
  {
    // A copy factory's batch code (latin letters before 批次): LJR批次的，市面上能拿到最好的版本.
    words: ['批次'],
    severity: 'block',
    message: MESSAGE,
    before: /(?<![a-z])[a-z]{2,5}$/,
    notAfter: /^号/,
    sentence: /版本|做工|细节|市面|最好|顶级|正品|专柜|原版|鞋|包/,
    notSentence: [NOT_A_CLAIM, /生产日期|保质期|批号|效期|召回|质检报告|检测报告/],
  },
  {
    // Round 40 (t40m): a copy factory named by its code, the trade's way of naming a copy's maker (这款是V6厂的，机芯稳; ZF厂出的;
    // 3K厂做的) with the make or the version praised. Not an OEM/ODM maker (OEM厂), nor a numbered workshop (3号厂).
    words: ['厂'],
    severity: 'block',
    message: MESSAGE,
    before: /(?<![a-z0-9])(?!oem|odm|obm)(?=[0-9]*[a-z])[a-z0-9]{1,5}$/,
    after: /^(?:的|出的|出品|做的|产的|货|版|家的)/,
    sentence: /机芯|走时|误差|做工|细节|版本|对版|还原|正品|专柜|原版|原厂|五金|走线|板件|表盘|表壳|夜光|防水/,
    notSentence: [NOT_A_CLAIM, /快递|物流|发货|面料厂|工厂店|代工厂|质检/],
  },
  {
    // Round 40 (t40m): the trade's copy makers by name — model kits (龙桃子, 大班) and clone earbud chips (洛达, 悦虎 — the chip of
    // 华强北 earbuds, said of a batch or set against the brand's). Not a kindergarten's 大班, nor a chip named for a brand that says its
    // own name (这款漫步者用的是洛达芯片).
    words: ['龙桃子', '大班', '洛达', '络达', '悦虎'],
    severity: 'block',
    message: MESSAGE,
    sentence: /高达|万代|模型|板件|拼装|胶件|这批|上一批|批次|airpods|华强北|弹窗|定位|改名|原版|正品|专柜|官方/,
    notSentence: [NOT_A_CLAIM, /幼儿园|小班|中班|学生|老师|孩子|国产品牌|自有品牌/],
  },
  {
    // Round 40 (t40m): a proxy card — a printed copy of a collectible card (打印的代理卡，打牌够用，就是不能送评级). Not a carrier's or an
    // agent's card (代理卡办理), which the card-game words gate out.
    words: ['代理卡', 'proxy卡', 'proxy'],
    severity: 'block',
    message: MESSAGE,
    sentence: /打印|评级|打牌|对战|卡组|万智牌|宝可梦|游戏王|ptcg|mtg|闪卡|卡牌|psa|bgs|cgc/,
    notSentence: [NOT_A_CLAIM, /营业厅|话费|流量|物联网|充值/],
  },
  {
    // Round 9 (t9a): a latin grade code as the version, its make praised: 这个是HF版本的，细节到位 (not EU版本, HD版本, PC版本).
    words: ['版本', '版'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|属于|算|係)(?:个|那种)?(?<![a-z])(?!eu|us|uk|jp|hk|kr|cn|tw|hd|pc|ps|ai|nfc|pro|max|se|lite|mini|plus|dx|ce|ol|ios|mac|vip|new|old)[a-z]{2,3}$/,
    after: /^(?:的)?(?:[，。！～~]|$|细节|做工|走线|五金|品质)/,
    sentence: /细节|做工|到位|走线|五金|对版|还原|原版|专柜|正品|看不出|一模一样|懂/,
    notSentence: [NOT_A_CLAIM, /系统|软件|固件|升级|app|安卓|屏幕|内存|网络|国行|港版|海外版|语言|字幕|游戏/],
  },
  {
    // rep set against retail (the trade's copy vs the genuine article): 这是rep不是retail.
    words: ['rep', 'reps'],
    severity: 'block',
    message: MESSAGE,
    notBefore: /[a-z]$/,
    notAfter: /^[a-z]/,
    sentence: /retail|正品|专柜|原版/,
    notSentence: NOT_A_CLAIM,
  },
  // Round 10 (t10a): coded spellings and tier words.
  {
    // Initials of the trade's words stated of the goods, past a copula (jh 假货, fz 仿制, fp 仿品, gf 高仿): 这个是JH但是质量顶呱呱,
    // 这批是GF里版本最好的, 这个是fz的，品质很好 — with the make, a wink or a take-it-or-leave-it in the sentence.
    words: ['gf', 'jh', 'fz', 'fp', 'fzp', 'gfp', 'jhuo', 'a版'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|属于|算|係|就是|都是)(?:个|那种|正宗的?)?$/,
    after: /^(?:里|中|的|版|款|货|级|品|但|不过|哈|啦|呢|哦|$)/,
    scope: 'clause', // $: the clause ends with the initials
    sentence: /质量|做工|细节|品质|版本|正品|专柜|介意|看不出|懂|放心|性价比|顶呱呱|好评|回头客|到位|走线|五金|一样|原版|对版|不错|很好|挺好/,
    notSentence: [NOT_A_CLAIM, /送|女朋友|男朋友|女友|男友|礼物|生日|对象|字体|字库|快递|单号|物流|尺码|型号|韵达/],
  },
  {
    // A grade prefix on a copy root, shortened or half latin: 这只表是顶复 (顶级复刻), 精复的, 高f, a huo (A货).
    words: ['顶复', '精复', '超复', '高复', '顶f', '高f', '精f', 'ahuo', '精品a', '超a版'],
    severity: 'block',
    message: MESSAGE,
    // (round 65, eng28-65: …or the tier as a category ours tops, a huo里最好的那档 — COPY_TIER_TOPPED_65)
    after: new RegExp(`^(?:的|版|款|货|表|包|鞋|级|$|哈|啦|呢|哦|了|做工|品质|细节)|${COPY_TIER_TOPPED_65.source}`),
    scope: 'clause',
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: [NOT_A_CLAIM, /复读|复习|复试|复查|复诊|复课|高复班|唱|音|调|嗓|key|温度|华氏|度/],
  },
  {
    // Pirated goods in the trade's words: 游戏卡带是D版的, 软件是破解版的, 光盘是拷贝版, 电影是枪版 (not 3D版, HD版, 不要下载破解版).
    words: ['d版', '破解版', '拷贝版', '枪版', '盗录版', '翻录版', '破解的'],
    severity: 'block',
    message: MESSAGE,
    notBefore: new RegExp(`[a-z0-9]$|${REPORTED_BEFORE.source}|${DENIED_BEFORE.source}`),
    hypothetical: true,
    notAfter: new RegExp(`${NOT_AFTER.source}|^(?:密码|账号|wifi|无线|手机|版本号|难题|案件|技术)`),
    notSentence: [NOT_A_CLAIM, /不要(?:下载|用|使用|安装|买)|别(?:下载|用|买|装)|禁止|不提供|不卖|不做|不碰|违法|(?:密码|账号|wifi|无线|手机)(?:被|已经|已)?破解/],
  },
  {
    // Numbered tiers of goods (一号货 the genuine or best copy, 二号货 the next): 一号货是专柜渠道，二号货就是现在这个价; 这批属于三号货
    // (not 一号货架, 2号货车, 1号链接).
    words: ['一号货', '二号货', '三号货', '四号货', '1号货', '2号货', '3号货', '4号货'],
    severity: 'block',
    message: MESSAGE,
    notAfter: /^(?:架|车|柜|仓|运|站|位|区|台|梯|道)/,
    notBefore: /[0-9]$/,
    hypothetical: true,
    notSentence: /谨防|小心|警惕|举报|骗子|冒充|不要相信|别相信/,
  },
  {
    // Round 44 (t44a): the trade's word hinted at with 所谓的 / 传说中的 (the wink that says "you know the kind"), then ours having or
    // selling it (所谓的原单我们有货; 传说中的外单，店里现货): the hint is the claim. Not the market's so-called ones warned of
    // (市面上所谓的原单都是假的 — soCalledMarket), nor ours said to have none (所谓的原单我们没有, 我们从来不卖).
    words: ['原单', '外单', '跟单', '尾单', '原单货', '外单货', '尾单货'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:所谓|传说中|传闻中|江湖上说)(?:的)?(?:那种|那些|这种|这些)?$/,
    after: /^[^。！？]{0,14}?(?:我们|我家|本店|咱家?|店里|我这|这边|我们这)[^，。！？没不无绝从未]{0,4}?(?:有货|有|卖|能拿|拿得到|可以拿|能出|出货|发货|上新|到了)|^[^。！？没不无]{0,10}?(?:现货|有货|私聊|私我|拍下|下单|包邮|要的话|需要的话|想要的话)/,
    notAfter: new RegExp(`${REFUSED_AFTER.source}|^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员|(?:的)?(?:包裹|订单|快递|物流|运单))`),
    notSentence: NOT_A_CLAIM,
    unless: (ctx, start, end) => soCalledMarket(ctx, start, end),
  },
  {
    // 原单 graded (顶级原单, 精品原单): the trade's top copies.
    words: ['原单'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:顶级|超级|高级|精品|纯|正宗|一手|最好的)(?:的)?$/,
    notAfter: new RegExp(`${REFUSED_AFTER.source}|^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号)`),
    hypothetical: true,
    notSentence: NOT_A_CLAIM,
  },
  {
    // Nobody can tell it is a copy, the copy word after the verb: 旁人看不出是仿的, 背出去谁都认不出是A货, 就算对比也分不出是假的
    // (就算 concedes a comparison, no hypothesis about the goods; not 肉眼看不出是假的，建议鉴定).
    words: ['仿的', '假的', '仿品', '高仿', 'a货', '假货', '仿货', '复刻'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:看不出|分不出|认不出|瞧不出|辨不出|看不出来|分不出来|认不出来|发现不了)(?:它|这|这个)?(?:是)?$/,
    notBefore: REPORTED_BEFORE,
    // Round 22 (t22ca): …nor a thing that is artificial by kind, its realism praised (仿真绿植放客厅看不出是假的, 这束假花摆出来分不出是假的).
    notSentence: [NOT_A_CLAIM, /建议|鉴定|检测|专业|机构/, /假花|仿真花|绢花|绿植|盆栽|植物|花卉|花束|多肉|树叶|叶片|模型|玩具|手办|公仔|毛绒|娃娃|摆件|道具|假发|假睫毛|假山/],
    deniable: false,
    // Round 22 (t22dt): …not the realism of a thing artificial by kind (仿真绿植放客厅看不出是假的, 硅胶仿真花摆着认不出是假的).
    // Round 23 (t23a): …or goods named as an imitation by nature a sentence away (这盆仿真绿萝放在办公室，谁都看不出是假的; detect/imitation.ts).
    unless: (ctx, start, end) => artificialByKind(ctx, start, end) || imitationByNature(ctx, start, end),
  },
  {
    // Round 22 (t22dt): 非正品 shortened to 非正 with a noun, a particle or a wink after it (介意非正的别拍, 这批是非正货, 非正滴懂的拍) —
    // not 非正式, 非正常, 非正规 (another word goes on), nor denied or warned against (我们不卖非正的, 谨防非正的).
    words: ['非正'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的|货|版|滴|哒|勿拍|别拍|慎拍|介意|在意|懂)/,
    notBefore: new RegExp(`${MARKET_BEFORE.source}|${REPORTED_BEFORE.source}|${DENIED_BEFORE.source}`),
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
  },
  {
    // The trade's words for copy goods and their initials: 版货 (not 港版货), 莆田's pt货, 华强北's hqb, j货/jia货.
    words: ['版货', 'pt货', 'pt版', 'pt鞋', 'hqb', 'j货', '假huo'],
    severity: 'block',
    message: MESSAGE,
    notBefore: new RegExp(`(?:[a-z港日美欧韩台澳英德法出盗正]|国行|国际|海外|行)$|${REPORTED_BEFORE.source}|${DENIED_BEFORE.source}`),
    hypothetical: true,
    notAfter: NOT_AFTER,
    notSentence: NOT_A_CLAIM,
  },
  {
    // Round 11 (t11d): a short reply that names an ambiguous trade word bare (莆田的, 原单, gf, 厂货, 1比1, 尾单) and winks at the
    // buyer — 懂？/懂的拍/你懂的, 介意别拍, 放心冲/闭眼入, 别问, 不带票, or concedes it (莆田的 但穿着ok): the wink is what makes
    // the word a copy. Not: the word's innocent senses (原单号, 尾单价), warnings and questions (NOT_A_CLAIM), refusals.
    words: ['莆田', '原单', '尾单', '跟单', 'gf', '厂货', '工厂货', '1比1', '一比一'],
    severity: 'block',
    message: MESSAGE,
    sentence: WINK,
    window: 14,
    hypothetical: true,
    notBefore: new RegExp(`${DENIED_BEFORE.source}|${OTHER_SHOP_SAID.source}|${REPORTED_BEFORE.source}|${MARKET_BEFORE.source}`),
    notAfter: new RegExp(`${NOT_AFTER.source}|^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员|优惠|折扣|活动|时间)`),
    notSentence: [NOT_A_CLAIM, RATIO_CONTEXT, /送|女朋友|男朋友|女友|男友|对象|礼物|生日|仓库|发货地|发货|工厂店|溯源|报关|授权/],
  },
  // Round 12 (t12c).
  {
    // A homophone of 高仿/精仿 stated of the goods by a copula, whatever follows (这个是‘睛仿’，做工比市面上好; 这款属于晶仿;
    // 我们家是高访). Not 精纺 (worsted) nor 高房价: only a copy's homophones, and only after a copula.
    words: HOMOPHONES,
    severity: 'block',
    message: MESSAGE,
    before: ASSERTED,
    scope: 'clause',
    notBefore: REPORTED_BEFORE,
    hypothetical: true,
    notAfter: new RegExp(`${NOT_AFTER.source}|^(?:织|面料|羊毛|毛料|呢|布|棉|纱|线|房|价|问)`),
    notSentence: [NOT_A_CLAIM, /羊毛|面料|毛衣|西装|呢子|纺织|精纺|房价|楼盘/],
    unless: echoDenied,
  },
  {
    // 莆田 (the copy-shoe town) as the source with the genuine article or a likeness in the sentence: ‘莆田’直发的，鞋子质量杠杠的，
    // 几乎无差; 福建莆田工厂直供的，价格只有专柜三分之一. Not: 仓库在莆田 with no yardstick, a market warning, a refusal.
    words: ['莆田'],
    severity: 'block',
    message: MESSAGE,
    sentence: PUTIAN_YARDSTICK,
    window: 30,
    hypothetical: true,
    notBefore: new RegExp(`${DENIED_BEFORE.source}|${OTHER_SHOP_SAID.source}|${REPORTED_BEFORE.source}|${MARKET_BEFORE.source}`),
    notAfter: new RegExp(`${NOT_AFTER.source}|^[^，。！？]{0,3}?${MARKET_AFTER.source.slice(1)}`),
    notSentence: [NOT_A_CLAIM, /仓库|发货地|快递|物流|特产|桂圆|荔枝|龙眼|妈祖|湄洲|旅游|不卖|不做|不是莆田|并非莆田|跟莆田无关|和莆田无关/],
  },
  {
    // zp (正品's initials) set beside a copy tier's initials as a choice or a price step: zp和fp你要哪个？fp便宜一半; zp的话要等代购，
    // 现货只有fp. Not zp/fp as 照片/发票 (请提供zp和fp报销).
    words: ['fp', 'gf', 'fz', 'jh', 'fzp'],
    severity: 'block',
    message: MESSAGE,
    scope: 'clause', // the compact view joins 有gf，gf的 across the comma
    notBefore: /[a-z0-9]$/,
    notAfter: /^[a-z0-9]/,
    sentence: [/(?<![a-z]{2})zp|zp(?![a-z]{2})|正品|专柜|原版/, /哪个|哪种|还是|只有|一样|便宜|贵|加钱|差不多|现货|价|要等|区别|断货|一半/],
    window: 30,
    notSentence: [NOT_A_CLAIM, /发票|照片|报销|开票|税|截图|拍照|图片|尺码|快递|物流|女朋友|男朋友|女友|男友|对象|礼物|生日/],
  },
  {
    // The trade's A (copy) and Z (genuine) grades set against each other: 这个是 A 啦，不是 Z 哈; 要A还是要Z？Z的贵三倍. Not A款/Z款
    // named as styles, sizes or seats.
    words: ['不是z', 'z货', 'z版', 'z的', '是z', '要z', '还是z'],
    severity: 'block',
    message: MESSAGE,
    scope: 'clause',
    notBefore: /[a-z0-9]$/,
    notAfter: /^[a-z0-9]/,
    // (the compact view drops the comma: 是a，不是z reads 是a不是z)
    sentence: [/(?<![a-z])a(?![a-y0-9])/, /懂|价|便宜|香|贵|正品|专柜|一样|差不多|代购|[0-9]{2,}|[一二两三四五六七八九十几][百千万]/],
    window: 24,
    notSentence: [NOT_A_CLAIM, /款|色|号|尺码|型号|区|栋|座|楼|套餐|档位|排|系列|计划|方案|选项|字母|等级考试|驾照|盘/],
  },
  // ---- Round 40 (t40h) ----
  {
    // 原单 as the whole answer after a copula, the genuine held up beside it (北面这件羽绒服是原单，充绒量跟专柜一样): the trade's word for
    // factory-run copies, with no noun after it. Not an order (原单号作废了, 寄回的是原单，不是补发单).
    words: ['原单'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:是|都是|属于|算是?|就是)$/,
    after: /^(?:的|货|啦|哈|哦|呢|呀|喔)?$/,
    scope: 'clause',
    notBefore: new RegExp(`${DENIED_BEFORE.source}|${OTHER_SHOP_SAID.source}|(?:不|并非|并不|也不|绝不)(?:是|算|属于)$`),
    sentence: /一样|一模一样|没区别|差不多|专柜|正品|品质|做工|面料|充绒|版型|吊牌|剪标|外贸|大牌|品牌/,
    notSentence: [NOT_A_CLAIM, /订单|单号|快递|物流|补发|新单|退|换货|发货|运单|面单|寄/],
  },
  {
    // 仿的 with our own hand as its subject, the brand named after it (刷头是我们仿的飞利浦，包装一样; 这款是厂里仿的大牌，外观一样): we made
    // the copy. Not an antique style or a material imitated (我们仿的宋代样式, 仿的麂皮), nor the copying denied.
    words: ['仿的'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|咱们|自己|厂里|工厂|厂家|国内|这边|店里)(?:自己)?(?:照着|专门|按)?$/,
    notBefore: /(?:不是|并非|没有|不会|从不|没|不)(?:我们|咱们|自己|厂里|工厂|厂家|国内|这边|店里)(?:自己)?(?:照着|专门|按)?$/,
    notAfter: /^(?:是)?(?:一款|一个)?(?:古|明|清|宋|唐|汉|元代|民国|传统|古法|老式|复古|生|真|麂|皮|木|瓷|大理石|石|玉|丝|缎|实木|水晶|自然|天然)/,
    sentence: /一样|一模一样|没区别|差不多|包装|logo|标|外观|品牌|牌子|原厂|正品|专柜|大牌|同款/,
    notSentence: NOT_A_CLAIM,
  },
  // ---- end round 40 (t40h) ----
];

/**
 * Fakes named as a KIND at the head of the clause, described or set against the real thing, with no sale or our goods
 * in the clause (round 10, t10d): 高仿的鞋子通常鞋标字体会歪, 仿制品一般不会有溯源码, 山寨的充电器很危险, 仿的和真的最大区别在于走线.
 * Not: 高仿的鞋子我们通常发顺丰, 这批高仿的包通常都是回头客抢, 仿的和真的最大区别就是价格, 精仿的包一般都是我们家卖得最好.
 */
// (round 15, fa15: the leads stack — 网上那种所谓的A货)
const KIND_LEAD = /^(?:像)?(?:那种|那些|一些|有些|所谓的?|市面上的?|网上的?|外面的?|现在的?){0,3}$/;
const KIND_DESCRIBED = /^的?[^我咱本卖，。]{0,4}?(?:一般|通常|往往|大多|大都|普遍|多半|基本上?|大部分)|^的?[^我咱本卖，。]{0,5}?(?:很|非常|特别|十分|极其|都|比较)?(?:危险|容易|不安全|有安全隐患|存在安全隐患|危害|有害)|^的?[^我咱本卖，。]{0,4}?对[^我咱本，。]{1,6}(?:危害|伤害|有害)|^的?(?:和|跟|与|同)(?:真的|正品|真品|真货|正版|原装)的?(?:最大的?|最主要的?|主要的?|最明显的?|明显的?|核心的?)?(?:区别|差别|差异|不同)/;
const KIND_SOLD = /我们|我家|本店|咱|卖|价|便宜|包邮|下单|(?<![没无])有货|私聊|优惠|活动|一样|没区别|差不多|看不出|分不出|认不出|一比一|1比1|上新|发货|顺丰|回头客|最好|好评|放心/;
const LIKE_GENUINE = /(?:跟|和|与|同)(?:正品|真的|真品|真货|专柜|原版|大牌)[^，。！？]{0,4}(?:一样|一模一样|没区别|没有区别|差不多|无异|一比一)/;
/**
 * Round 26 (t26b): 复刻 inside the quoted proper name of a line, told as its name (Maison Margiela的“Replica”是香水系列名，中文常叫
 * “记忆复刻” / 这支香水的中文名叫“复刻时光”): the quote holds more than the word and no grade or kind beside it (not “顶级复刻”, “复刻版”),
 * and the sentence names it as a name, with nobody in the trade or the shop doing the naming and no likeness claimed.
 */
const LINE_NAMING = /系列名|系列|产品线|香水名|品名|中文名|英文名|译名|译作|官方名|正式名|名字|名叫|名为|命名|常叫|叫做|中文叫/;
const LINE_NAME_NOT = /我们(?:内部|这边|店里|私下)?(?:都|一般)?(?:叫|称)|内部|行内|圈里|圈内|业内|黑话|暗号|懂的|懂得|您懂|你懂|专柜|正品|原版|一样|一模|看不出|分不出|区别|做工|细节|平替|大牌|1比1|一比一|仿/;
const GRADE_IN_NAME = /顶|精|高|超|原版|原厂|原单|比|版|款|货|级|仿|(?<![a-z])a(?![a-z])/;
function lineNamed(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (pair === undefined) return false;
  const [from, to] = ctx.toOriginal(start, end);
  const rest = ctx.text.slice(pair[0] + 1, from) + ctx.text.slice(to, pair[1]);
  if (!/[\p{L}\p{N}]/u.test(rest) || GRADE_IN_NAME.test(rest.toLowerCase())) return false;
  const sentence = sentenceOf(ctx, start, end, 50);
  return LINE_NAMING.test(sentence) && !LINE_NAME_NOT.test(sentence);
}

/** Round 13 (fa13b): a copy word glossed (“复刻”常指仿品, 复刻一般是指…): the word is what is spoken of — not 这款是复刻，指… */
function termDefined(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  const gloss = /^[”」"'’』]?\s*(?:在[^，。]{0,8})?(?:常|通常|一般|多|往往|本来|原本|其实|就)?(?:是)?(?:指|说的是|的意思|意思是)/.exec(ctx.text.slice(to, to + 14));
  // …not a wink (复刻的意思您懂的).
  if (!gloss || /^[^，。！？]{0,4}(?:您懂|你懂|懂的|懂吧|明白吧|都懂)/.test(ctx.text.slice(to + gloss[0].length, to + gloss[0].length + 10))) return false;
  return !/(?:(?<!是不)是|就是|属于|卖的是|这款|这个|我们的?)[“「"'‘『]?$/.test(ctx.text.slice(Math.max(0, from - 5), from));
}

/**
 * Round 15 (t15a + fa15 at the merge): the market's so-called ones, set apart from ours (外面那些所谓的高仿，做工都很差，我们只卖正品) —
 * unless the sentence goes on to sell them (网上那种所谓的A货一般都是我们家卖得最好).
 */
// Round 30 (t30c): …or so named by their sellers (网上那些号称一比一的, 外面自称原单的).
const SO_CALLED_LEAD = /(?:市面上|市场上|网上|外面|有些店|有的店|很多店|别的店|别家)(?:的|卖的|流通的)?(?:那种|那些|这种|这些)?(?:所谓的?|号称(?:是)?|自称(?:是)?|标榜(?:是)?)$/;
function soCalledMarket(ctx: LintContext, start: number, end: number): boolean {
  if (!SO_CALLED_LEAD.test(ctx.before(start, 14))) return false;
  const rest = ctx.after(end, 30, 'hard').replace(/(?:只|都|就|一直)?卖(?:的是)?(?:正品|真品|正版|真货)/g, '').replace(SUSPICIOUS_PRICE, '');
  return !SO_CALLED_SOLD.test(rest) && !LIKE_GENUINE.test(ctx.after(end, 40, 'hard'));
}
/** What sells the so-called ones in the rest of the sentence: ours having or selling them, a likeness, an order. */
const SO_CALLED_SOLD = /(?:我们|我家|本店|咱家?|店里|我这)[^，。！？]{0,4}?(?:也|都|就|还)?(?:有|卖|进|出|发|做)|一样|一模一样|没区别|看不出|分不出|认不出|一比一|1比1|下单|私聊|包邮|(?<![没无])有货|拍下/;

function kindDescribed(ctx: LintContext, start: number, end: number): boolean {
  if (!KIND_LEAD.test(ctx.before(start, 12))) return false;
  const rest = ctx.after(end, 24);
  // …and no likeness to the genuine article claimed later in the sentence (…我们这款用的是加重五金，跟正品一样).
  // A price told as the kind's warning sign (仿冒商品一般价格低得离谱, 价格明显偏低) sells nothing (round 10, t10e).
  return KIND_DESCRIBED.test(rest) && !KIND_SOLD.test(rest.replace(SUSPICIOUS_PRICE, '')) && !LIKE_GENUINE.test(ctx.after(end, 40, 'hard'));
}

// ---- Round 44 (t44d) ----
/**
 * The kind heading its clause and said to be convincing nowadays (高仿货现在确实做得很像, 现在的仿品越来越逼真), then the buyer told how to
 * check (光看包装不够，最稳的是扫溯源码, 建议对一下报关单): a warning with the way to tell them apart, no sale. Not when the rest of the
 * sentence sells or likens them, or names ours (高仿现在做得很像，我们这款扫码也扫得出来; 精仿做得很像，价格只要三分之一).
 */
const CONVINCING = /^(?:货|品|款|包|鞋|表)?(?:现在|如今|目前|这几年|这两年|近年)?(?:确实|的确|真的|也)?(?:越来越|都|已经)?(?:做得|仿得|做的|仿的)?(?:越来越|很|非常|特别|挺|相当|十分)?(?:像|逼真|真|以假乱真|难分辨|难辨认|难以分辨)/;
const CHECK_ADVISED = /溯源码|防伪码|验真|鉴定|报关单|报关日期|检验检疫|入境口岸|查验|核验|扫一扫|扫码|官方查询|对一下|核对|比对/;
function convincingKindCheckAdvised(ctx: LintContext, start: number, end: number): boolean {
  // (the grade before a shorter hit is the same word: 仿货 inside 高仿货)
  if (!KIND_LEAD.test(ctx.before(start, 12).replace(/(?:高|精|超|顶)$/, '')) || !CONVINCING.test(ctx.after(end, 16))) return false;
  const rest = ctx.after(end, 80, 'hard');
  return CHECK_ADVISED.test(rest) && !KIND_SOLD.test(rest.replace(OURS_GENUINE, '').replace(SUSPICIOUS_PRICE, '')) && !LIKE_GENUINE.test(rest);
}
// ---- end round 44 ----

// ---- Round 45 (t45k) ----
/**
 * Look-alike copies said to exist out there (网上有用同样外壳的贴牌仿冒品, 这款最近有仿冒货, 同款外壳的仿冒麦网上挺多的), then the buyer
 * taught how to tell ours (detect/copies-warned.ts). Not when the word is stated of ours (这个是仿冒的, 我们这批仿冒…).
 */
const COPIES_EXIST_BEFORE = /(?<![没无])(?:有|出现了?|存在|冒出)(?:了|过)?[^，。！？我咱]{0,10}$/;
const COPIES_MANY_AFTER = /^[^，。！？我咱]{0,6}?(?:很多|挺多|不少|比较多|特别多|太多|泛滥|满天飞|到处都是)/;
function copiesWarnedCheckTaught(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 16);
  if (ASSERTED.test(before) || /(?:我们|本店|我家|咱家|店里)[^，。！？]{0,6}$/.test(before)) return false;
  if (!COPIES_EXIST_BEFORE.test(before) && !COPIES_MANY_AFTER.test(ctx.after(end, 12))) return false;
  return checkTaughtAfter(ctx, start, end);
}
// ---- end round 45 ----

// ---- Round 68 (engfa68) ----
/**
 * People at large unable to tell the kind from the genuine, then taught how (很多人分不清高仿和正品，教您一个方法：看缝线的针距): a lesson in
 * telling apart, not a claim nobody can tell ours — the ones who cannot tell are a crowd, not the buyer shown our goods, the genuine is the
 * other half of the pair, and a check is taught after with no offer of the copies near (checkTaughtAfter).
 */
const CROWD_CANNOT_TELL = /(?:很多人|不少人|好多人|许多人|大部分人|大多数人|有些人|一些人|消费者|新手|大家)(?:都|经常|常常|往往|容易|还是|一直)?(?:分不清|分不出|搞不清|区分不了|分辨不了|分辨不出|不会分辨|不会区分|不懂得?分辨)(?:楚)?$/;
const GENUINE_PAIRED = /^(?:和|与|跟|同)(?:正品|真品|真货|专柜货?|原装|正版)/;
const METHOD_TAUGHT = /教(?:您|你|大家)[^，。！？]{0,6}(?:方法|办法|招|技巧|诀窍|看|分辨|辨别)|(?:一个|几个|两个|三个|个)(?:小)?(?:方法|办法|技巧|诀窍)/;
function crowdTaughtToTell(ctx: LintContext, start: number, end: number): boolean {
  if (!CROWD_CANNOT_TELL.test(ctx.before(start, 14)) || !GENUINE_PAIRED.test(ctx.after(end, 6))) return false;
  return checkTaughtAfter(ctx, start, end) || (METHOD_TAUGHT.test(ctx.compact.slice(end, end + 60)) && !/(?:我们|本店|我家|咱家|店里)(?:这边|这里|家|店)?(?:也|同样|还)(?:有|卖|是|做)|私聊|私我|要的话|有货|现货/.test(ctx.compact.slice(end, end + 80)));
}
/**
 * Someone else's kind defined as the word, then the buyer advised against it (您朋友说的那种一比一，其实就是仿品，我们不建议买; 网上说的原单说白了
 * 就是假货，千万别买): the thing defined is what others say or sell, and the warning closes the thought. Not when we offer it after.
 */
const OTHERS_SAID_KIND = /(?:您|你|亲)?(?:朋友|同事|家人|别人|有人|网上|外面|别家|他们|人家|博主|主播|您|你)?(?:说|讲|推荐|卖|提)的(?:那种|那些|那个|这种|所谓的?)[^。！？]{0,12}?(?:其实|实际上|说白了|本质上|说到底)?(?:就|也|都)?(?:是|叫|算|属于)$/;
const ADVISED_AGAINST = /^[^。！？]{0,12}?(?:不建议|别买|不要买|千万别|千万不要|劝您别|小心|谨慎|别上当|不要上当|远离|避开)/;
function othersKindDefinedWarned(ctx: LintContext, start: number, end: number): boolean {
  if (!OTHERS_SAID_KIND.test(ctx.before(start, 30, 'hard')) || !ADVISED_AGAINST.test(ctx.after(end, 20, 'hard'))) return false;
  return !/(?:我们|本店|我家|咱家|店里)(?:这边|这里|家|店)?(?:也|同样|还)(?:有|卖|是|做)|私聊|私我|要的话|有货|现货/.test(ctx.after(end, 40, 'hard'));
}
// ---- end round 68 ----

// ---- Round 23 (t23cd) ----
/**
 * The kind heading its clause and said to fall short of the real thing (精仿表的走时和表背钢印做不到这么细, 扫描版印出来字会发虚, 高仿的
 * 五金仿不出这种光泽), ours vouched genuine or its proofs named after it: a way to tell them apart, no sale. Not when the rest of the
 * sentence sells or likens them (精仿的包做工粗糙一点，但价格只要三分之一; 高仿做不到这么细，但外观跟正品一样).
 */
// Round 25 (t25c): …or failing the check that proves ours (非正品是扫不出这些信息的, 假货查不到报关记录, 仿品过不了专柜验).
// (round 68, engfa68: …or said to fall far short of the genuine — 精仿包的做工跟正品差得很远，我们家只卖正品)
// (round 68, engfa68: …or lacking the brand's mark, or sewn crooked — 复刻鞋的鞋垫一般没有品牌的钢印，正品都有; 仿品的走线歪歪扭扭)
const KIND_FALLS_SHORT = /^的?[^我咱本卖，。]{0,12}?(?:做不到|达不到|做不出|仿不出|仿不来|仿不了|比不了|没法做到|没办法做到|做不了|(?:扫|查|验|测|读|搜|识别)(?:不出|不到|不了)|过不了(?:验|检|鉴定|专柜|得物)|(?:是)?(?:不会有|没有)(?:这些|这个|这种)(?:信息|记录|溯源|防伪|编码|码|芯片|钢印|备案))|^的?[^我咱本卖，。]{0,10}?(?:会|容易|常常|往往|都|就|一般)?(?:发虚|模糊|重影|糊掉|不清晰|不清楚|粗糙|掉色|褪色|走形|变形)|^的?[^我咱本卖，。]{0,12}?(?:跟|和|与|比)(?:正品|真品|真的|真货|原版|专柜)(?:的)?(?:比)?(?:起来)?[^，。]{0,2}?(?:差得(?:很|太|挺|老)?远|差(?:很多|太多|远了|一大截|得多)|没法比|比不了|不能比|差距(?:很|太|挺)?大)|^的?[^我咱本卖，。]{0,12}?(?:一般|通常|往往|大多|基本|都)*(?:不会有|没有|没)(?:品牌|原厂|官方)?的?(?:钢印|防伪码|防伪|芯片|激光码|溯源码|编码|暗标)|^的?[^我咱本卖，。]{0,12}?(?:会|容易|常常|往往|都|一般)?(?:歪歪扭扭|歪歪斜斜|不均匀|不整齐|七扭八歪)/;
/** Ours vouched (我们这套《牛津阅读树》是原版印刷, 您这块是品牌正品): stripped before the sold test, it sells nothing. */
// (round 68, engfa68: …or the shop said to sell only genuine goods — 我们家只卖正品)
const OURS_GENUINE = /(?:我们|本店|我家|咱家|您|你)(?:的|家|店)?(?:卖的|这|那)?(?:套|本|款|块|只|个|批|双|件|瓶|支)?[^，。！？我卖价]{0,10}?(?:是|为|属于|都是|均为)(?:百分百|纯|正规)?(?:专柜|品牌|官方|进口)?(?:原版|正版|正品|原装|真品|品牌授权|官方授权)(?:印刷|进口|引进|的)?|(?:我们|本店|我家|咱家|店里)(?:家|店)?(?:只|都|一直|从来都|向来)(?:卖|做|售|出)(?:正品|真品|原装|正版|品牌正品|品牌授权的正品)/g;
function kindFallsShort(ctx: LintContext, start: number, end: number): boolean {
  if (!KIND_LEAD.test(ctx.before(start, 12)) || !KIND_FALLS_SHORT.test(ctx.after(end, 24))) return false;
  const rest = ctx.after(end, 60, 'hard');
  return !KIND_SOLD.test(rest.replace(OURS_GENUINE, '').replace(SUSPICIOUS_PRICE, '')) && !LIKE_GENUINE.test(rest);
}
// ---- end round 23 ----

/** A price told as a warning sign, not an offer: 价格低得离谱, 便宜得不正常, 价格明显偏低, 远低于市场价. */
const SUSPICIOUS_PRICE = /(?:价格|价钱|售价|标价|价)?(?:都|会|往往|通常|一般)?(?:低得|便宜得)(?:离谱|不正常|吓人|出奇|夸张|反常|不像话)|(?:价格|价钱|售价|标价)(?:都|会|往往|通常|一般)?(?:明显|异常|过于|特别)?(?:偏低|远低于|低于)(?:市场价|正常价|正品价|官方价|官方售价|专柜价|成本价|成本)?|(?:价格|价钱|售价|标价)(?:明显|异常)(?:低|便宜)/g;

/** 镜面 as a real mirror finish: 镜面款手机壳，背面可以当镜子用; set beside another finish (镜面版和磨砂版两种外壳; round 10). */
function mirrorSense(ctx: LintContext, start: number, end: number): boolean {
  if (!ctx.compact.startsWith('镜面', start)) return false;
  if (/镜子|反光|抛光|照镜|化妆镜|磨砂|哑光|亮面|拉丝|外壳|涂层|烤漆/.test(ctx.compact.slice(Math.max(0, start - 20), end + 30))) return true;
  // Round 45 (t45k): the reply names the mirror finish of a material or a colour elsewhere (金色镜面亚克力…镜面款表面有保护膜; 镜面不锈钢):
  // 镜面款 is that finish — not when the sentence likens the goods to the genuine article or a counter (镜面款跟专柜一模一样).
  return MIRROR_FINISH.test(ctx.compact) && !/专柜|正品|原版|大牌|一模一样|一比一|对版|懂的|你懂/.test(sentenceOf(ctx, start, end));
}
const MIRROR_FINISH = /镜面(?:的)?(?:亚克力|有机玻璃|不锈钢|钢板|金属|铝板|玻璃|pvc|贴纸|贴膜|面板)|(?:金|银|玫瑰金|香槟金|黑|白|红|蓝)色(?:的)?镜面(?!版|级|货)/;

/** 仿冒 of a site, an account or the shop's name (那个页面是仿冒我们的网站; round 10): impersonation, not the goods. */
function impersonationSense(ctx: LintContext, start: number, end: number): boolean {
  if (!ctx.compact.startsWith('仿冒', start)) return false;
  const after = ctx.compact.slice(end, end + 16);
  // Round 68 (engfa68): …or the shop itself the one copied, whatever of ours follows (仿冒我们品牌的店铺已经被平台处罚了, 仿冒我家包装的): we
  // are the victim, not the maker — the copy verb's object is first person.
  return /^了?(?:我们|本店|我家|官方|平台|快手|我司|店铺)?(?:的)?(?:官方)?(?:网站|店铺|店|账号|客服|页面|链接|app|短信|电话|公众号|名义|号|直播间|身份|网页|域名|小程序)/.test(after) ||
    /^了?(?:我们|本店|我家|我司|咱们|咱家|我们家|我们店)(?!说|讲|这|卖|也|都|就|是|有|做|会|能|可以)/.test(after);
}

/** 高防 as high protection: 高防护等级, 高防水, 高防晒 (not 高防货). */
// …or a sunscreen's grade, the sentence naming the protection (SPF50的高防款, “高防”还是“普通防”; round 12, fa12) and no genuine yardstick.
function protectionSense(ctx: LintContext, start: number, end: number): boolean {
  if (!ctx.compact.startsWith('高防', start) || end - start !== 2) return false;
  if (/^[护御晒水盗火弹滑震摔寒蓝辐]/.test(ctx.compact.slice(end, end + 1))) return true;
  // …or defined as a protection grade a little later (‘高防’是指高防护等级IP68; round 12).
  if (/^(?:是指|指的是|就是|即|是)[^，。]{0,4}?(?:防护|防水|防尘|防摔|防震|ip[0-9])/.test(ctx.compact.slice(end, end + 12))) return true;
  const s = ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard');
  return /spf|(?<![a-z])pa\+|防晒|紫外线|(?<![a-z])uv(?![a-z])|晒伤|晒黑|普通防|低防|防护值|倍数/.test(s) && !/专柜|正品|真品|原版|大牌|一比一|1比1|一样|区别|看不出|复刻|仿/.test(s);
}

/** The word ruled unrelated to the goods (跟高仿没有任何关系, 和A货无关, 与仿品不沾边; round 12). */
/**
 * Round 37 (t37f): the word named as a word — the trade's own term, set apart from ours (不存在一比一的说法，那是仿品才用的词; 高仿是卖假货的人
 * 常说的字眼): a mention, not a claim. Only with 的 + a noun for a word right after it, and no wink or sale in the sentence.
 */
function wordMentioned(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:(?:那|这)?(?:是|就是|属于)[^，。！？]{0,8}?)?(?:的)?(?:卖家|商家|店家|人|那边|那些人|圈|行内)?(?:才|常|惯|专门|经常|一般)?(?:会)?(?:用|说|讲|喊)的(?:词|说法|叫法|字眼|术语|话术|名头)/.test(ctx.after(end, 20))) return false;
  return !/懂的|懂得|您懂|你懂|(?<![没无])有货|现货|私聊|私我|但|不过|其实|只要|包邮/.test(sentenceOf(ctx, start, end, 40));
}

// Round 43 (t43m): 公司貨, Taiwan's word for goods through the brand's own distributor, set against a parallel import (這批是平行輸入的
// 日本版…功能和台灣公司貨一樣，但不在原廠保固範圍內): the channel named, no copy tier — Taiwan named right before it or its trade words for the
// channel in the sentence (平行输入, 水货, 原厂保固), and no copy yardstick (专柜, 正品, 一模一样, 莆田, 纯原, 做工) nor another copy word.
// Round 44 (t44a): the same channel sense said of our goods (这批都是公司货，平行进口的价格) — every cue that reads the word as ours spares it,
// and the mainland's words for the distributor's channel count too (行货, 国行, 联保, 保修).
const TAIWAN_CHANNEL = /平行输入|平行进口|水货|原厂保固|保固|总代理|代理商|行货|国行|港行|联保|保修/;
const COPY_YARDSTICK = /专柜|正品|一模一样|一比一|1:1|莆田|纯原|做工|细节|高仿|仿|a货|复刻|公司级|版本|原单|得物|鉴定/;
function taiwanChannelSense(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '公司货') return false;
  const s = sentenceOf(ctx, start, end, 60);
  return (/(?:台湾|台版)(?:的)?$/.test(ctx.before(start, 4)) || TAIWAN_CHANNEL.test(s)) && !COPY_YARDSTICK.test(s.replace('公司货', ''));
}

// ---- Round 47 (t47e) ----
/**
 * A latin-letter term read across a clause break (价格高。A款也够用; 最轻但价格高，A款入门): the compact view joins the clause's last word
 * to the next clause's option label. A full-width clause break before the letter and a label noun after it — not symbols put between
 * the parts to dodge the filter (高.A货, 超*A).
 */
const CLAUSE_BREAK_INSIDE = /[，。！？；：、\n][\s]*[a-zａ-ｚ]$/i;
const OPTION_LABEL_AFTER = /^(?:款|型|类|档|套|组|号|区|面|计划|方案|选项|套餐|和|或|也|还|都|的话|适合|是|更)/;
function splitLabel(ctx: LintContext, start: number, end: number): boolean {
  const [s, e] = ctx.toOriginal(start, end);
  return CLAUSE_BREAK_INSIDE.test(ctx.text.slice(s, e)) && OPTION_LABEL_AFTER.test(ctx.after(end, 4));
}
// ---- end round 47 (t47e) ----

function unrelatedSense(ctx: LintContext, start: number, end: number): boolean {
  return /(?:跟|和|与|同)(?:所谓的?|什么)?$/.test(ctx.before(start, 4))
    && /^(?:没有?|毫无|无)(?:任何|半点|一点|一丁点)?(?:关系|关联|瓜葛)|^(?:无关|不沾边|扯不上|不搭边|八竿子打不着)/.test(ctx.after(end, 10));
}

/** A refusal before a written ratio: 我们不做1:1复刻, 不卖１：１的复刻 (round 12, fa12). */
function ratioDenied(ctx: LintContext, start: number): boolean {
  const s = ctx.toOriginal(start, start + 1)[0];
  return /(?:不做|不卖|不搞|不接|不碰|不出|不售|没有|绝不卖|从不卖|不是)(?:什么|任何|所谓的?)?\s*[1１一]\s*[:：比]\s*[1１一]\s*(?:的)?\s*[、，,和及]?\s*$/.test(ctx.text.slice(Math.max(0, s - 14), s));
}

// Round 14 (fa14): …in a colloquial or dialect no too (A货？木有的🙅, 高仿？没得哈, 仿品？冇的) — not 木有问题/没得区别 (nothing wrong with it).
/** The word asked back and denied at once: 复刻？不是的亲. */
function echoDenied(ctx: LintContext, _start: number, end: number): boolean {
  const at = ctx.toOriginal(end - 1, end)[1];
  return /^[^？?，,。！!\n]{0,3}?[\s"'”’」』）)]*[？?][\s，,、!！~～]*(?:不是|不不|没有|当然不|并不是|并非|哪里|怎么会|不存在|不可能|怎么可能|哪有|没这回事|开玩笑|(?:木有|没得|莫得|冇|没的)(?!问题|区别|差别|差|毛病|瑕疵|色差|两样|啥区别|什么区别))/.test(ctx.text.slice(at, at + 14))
    // …or a longer question (复刻版和原版的区别？) answered with our goods vouched genuine (我们这款就是品牌原版; round 11).
    || /^[^？?。！!\n]{0,10}?[\s"'”’」』）)]*[？?][\s，,、!！~～]*(?:亲|您好|你好)?[\s，,、]*(?:我们|本店|我家|咱家|这款|这个|店里)[^，,。？?]{0,4}?(?:就是|都是|是|属于)(?:百分百|纯|品牌|官方|正规)*(?:正品|原版|正版|原装|真品)/.test(ctx.text.slice(at, at + 36))
    || askedBackDenied(ctx, _start, end);
}

// Round 42 (t42d): the buyer's question reported without a question mark and answered no at once (您问是不是复刻版——不是，这款是美国原厂生产的;
// 你问这个算不算高仿：不算). Not a no turned (不是，但做工跟原版一样) nor a no that names the genuine as what it is not (不是原版).
const ASKED_LEAD = /(?:您|你|亲|买家|顾客|客户)(?:是|刚才|刚刚|刚|之前|也)?(?:在)?(?:问|想问|想知道|咨询|担心)(?:的是|一下|下|我们|我)?[^。！？!?\n]{0,8}?(?:是不是|是否|算不算|会不会是|有没有|是)[\s"'“‘「]*$/;
const ASKED_NO = /^[^。！？!?\n，,]{0,3}?[\s"'”’」』）)？?]*(?:——|—|--|-|－|:|：|，|,|、|\s)*(?:不是|并不是|并非|绝非|当然不是|不算|没有|都不是)(?!原版|正品|真|正版|原装|原厂|官方)(?![^。！？!?\n]{0,6}(?:但|不过|可是|只是|就是))/;
function askedBackDenied(ctx: LintContext, start: number, end: number): boolean {
  const s = ctx.toOriginal(start, start + 1)[0];
  const e = ctx.toOriginal(end - 1, end)[1];
  return ASKED_LEAD.test(ctx.text.slice(Math.max(0, s - 20), s)) && ASKED_NO.test(ctx.text.slice(e, e + 24));
}

/** Round 61 (eng61b): a refusal after the written ratio (REFUSED_AFTER / REFUSED_LATER / LIST_REFUSED), its 没有 not "no difference". */
const NO_DIFFERENCE_AFTER = /没有?(?:什么|任何|啥|一点|半点)?(?:区别|差别|差异|两样|不同|差|色差|瑕疵|问题|毛病)/;
function ratioRefusedAfter(ctx: LintContext, end: number): boolean {
  const after = ctx.after(end, 20, 'hard');
  const refusal = REFUSED_AFTER.exec(after) ?? REFUSED_LATER.exec(after) ?? LIST_REFUSED.exec(after);
  return refusal !== null && !NO_DIFFERENCE_AFTER.test(after.slice(0, refusal[0].length + 6));
}

/** A scale right after 1:1 (尺寸, 大小, 等身): a model's size, unless the sentence claims likeness to the genuine. */
const SCALE_AFTER = /^(?:的)?(?:尺寸|大小|等身|实物大小|真人大小|身高|体型|模型|比例模型)/;
// Round 19 (t19br): 仿 of a material finish (ABS仿金属喷漆, 仿木纹贴皮, 仿大理石纹) claims no likeness to branded goods.
const LIKENESS_CLAIM = /复刻|仿(?!金属|木纹|木|大理石|石纹|石材|皮纹|古铜|铜|陶瓷|瓷|玉石|藤编|竹|水泥|砖)|专柜|原版|正品|真品|一样|一模|看不出|分不出|分辨|验不出|区别|logo|五金|走线|开模|懂的/;

/** 1:1 written with a colon (the compact view drops it): １：１开模, 1:1 还原专柜品质. */
const ONE_TO_ONE = /(?<![0-9])1\s*[:：]\s*1(?![0-9])/g;

function checkRatio(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.folded;
  if (!text.includes(':')) return;
  ONE_TO_ONE.lastIndex = 0;
  for (let m = ONE_TO_ONE.exec(text); m; m = ONE_TO_ONE.exec(text)) {
    const at = ctx.compactIndexOfFolded(m.index);
    const end = ctx.compactIndexOfFolded(m.index + m[0].length);
    const sentence = ctx.before(at, 40, 'hard') + ctx.after(end, 40, 'hard');
    if (!COPY_CONTEXT.test(sentence) || (RATIO_CONTEXT.test(sentence) && !COPY_MADE_AFTER_65.test(ctx.after(end, 8)))) continue;
    // …nor a model's scale (按道具1:1尺寸做的, 1:1等身手办) with no likeness to a genuine article in its sentence (round 13, fa13).
    if (SCALE_AFTER.test(ctx.after(end, 6)) && !LIKENESS_CLAIM.test(sentence)) continue;
    // …nor in a warning against those who sell it (有人冒充我们店私下卖‘1:1’的包…谨防高仿; 市面上很多1:1仿品，请认准; round 12),
    // nor denied or rebutted (也没有“1:1版本”, 不是“1:1复刻”那种意思; round 12, fa12).
    // (round 17, t17b: …nor the buyer's words quoted and refused after the closing mark: 您说的那种'1:1还原'我们不卖)
    if (RATIO_WARNING.test(sentence) || MARKET_BEFORE.test(ctx.before(at, 12)) || denied(ctx, at) || rebutted(ctx, at, Math.max(at + 1, end))) continue;
    if (othersQuote(ctx, at, Math.max(at + 1, end)) && deniedAfter(ctx, Math.max(at + 1, end))) continue;
    // (round 61, eng61b: …nor refused right after, the ratio being the thing the shop has not or will not sell — 您说的那种1:1的我们没有也不会有,
    // 1:1的东西本店一律不卖 — as the other words are, NOT_AFTER; not 1:1的没有区别, which says the copy matches)
    if (ratioRefusedAfter(ctx, Math.max(at + 1, end))) continue;
    // (round 18, fa18bp: …nor quoted as a word: 不能说“精仿”“1:1”这种词)
    if (mentionedWords(ctx, at, Math.max(at + 1, end))) continue;
    // (round 19, t19br: …nor the buyer's question quoted and answered no: 您问“是不是1:1的”，回答是：不是任何复制品)
    if (askedQuoteDenied(ctx, at, Math.max(at + 1, end))) continue;
    // (round 52, cf52: …nor in one of the scopes where a fake-goods word is no claim about ours, detect/fake-word-scope.ts — 1:1还原的官方授权手办)
    if (fakeWordNotClaimed(ctx, at, Math.max(at + 1, end))) continue;
    // (round 53, eng53: …and at block only on evidence that it describes our goods, else info)
    const claimed = fakeWordClaimed(ctx, at, Math.max(at + 1, end));
    ctx.report(rule, { start: m.index, end: m.index + m[0].length, view: 'folded', severity: claimed ? 'block' : 'info', message: claimed ? MESSAGE : MESSAGE + UNCLAIMED_NOTE });
  }
}

// ---- Round 16 (t16) ----
// ---- 高仿真 of a replica: REPLICA_KIND and BRAND_LIKENESS moved to detect/imitation.ts (round 39, t39m: the 2.8 second opinion reads them too).
function lifelikeReplica(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.charCodeAt(end) !== 0x771f /* 真 */ || !/^[高精]仿$/.test(ctx.compact.slice(start, end))) return false;
  if (BRAND_LIKENESS.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'))) return false;
  // (round 39, t39d: …or the replica or goods artificial by nature named a clause before — 飞机模型按真机比例缩小，涂装高仿真;
  // 这款仿真花是照着真花的外形做的，高仿真)
  return REPLICA_KIND.test(ctx.before(start, 10) + ctx.after(end + 1, 12)) || REPLICA_KIND.test(ctx.before(start, 24, 'hard')) || imitationMaterial(ctx, end) || imitationByNature(ctx, start, end);
}
// Round 19 (t19bs): …or a material made to look like a natural one (高仿真丝的聚酯纤维, 高仿真皮的PU面料): 仿真丝 / 仿真皮 is the fabric
// trade's name for the imitation, told as such when the man-made fibre is named or the natural one denied in the sentence.
const NATURAL_MATERIAL = /^真(?:丝|皮|毛|羊毛|羊绒|棉|麻)/;
const MAN_MADE = /聚酯|涤纶|化纤|人造|合成|锦纶|尼龙|氨纶|腈纶|粘胶|醋酸|超纤|pu|pvc|不是(?:真丝|真皮|桑蚕丝|蚕丝|羊毛|羊绒|纯棉|亚麻|牛皮|羊皮|动物毛)|非(?:真丝|真皮|桑蚕丝)/;
function imitationMaterial(ctx: LintContext, end: number): boolean {
  return NATURAL_MATERIAL.test(ctx.compact.slice(end, end + 4)) && MAN_MADE.test(ctx.after(end, 30, 'hard'));
}
// Round 61 (red team rt61 F4): 仿 + a material is the trade's name of the imitation material itself (精品仿羊绒围巾, 精品仿瓷餐具,
// 精品仿貂绒, 精品仿麂皮, 精品仿真丝): a word of three or more characters such as 精品仿 ending in 仿 and read on into a material names the fabric, not a copy of
// branded goods — unless a brand or a likeness to the genuine is claimed in the sentence (精品仿羊绒，和大牌专柜一模一样).
const IMITATION_MATERIAL_AFTER = /^(?:真丝|丝绸|羊绒|羊毛|貂绒|貂毛|貂皮|水貂|兔毛|狐狸毛|狐毛|皮草|麂皮|鹿皮|牛皮|羊皮|真皮|皮革|鳄鱼皮|鳄鱼纹|蛇纹|瓷|陶瓷|骨瓷|玉|玉石|翡翠|大理石|石纹|木纹|实木|红木|金属|古铜|铜|亚麻|棉麻|蚕丝|桑蚕丝|珍珠|琥珀|象牙白)/;
function imitationFabricNamed(ctx: LintContext, start: number, end: number): boolean {
  // (not 高仿 / 精仿 themselves, the rule's own words: 高仿真丝 stays a claim unless the man-made fibre is named — imitationMaterial)
  if (end - start < 3 || ctx.compact.charCodeAt(end - 1) !== 0x4eff /* 仿 */ || !IMITATION_MATERIAL_AFTER.test(ctx.compact.slice(end, end + 4))) return false;
  return !BRAND_LIKENESS.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'));
}

/**
 * Someone out there selling the word, not us (网上确实有人卖高仿，但我们是品牌授权店; 外面有人卖精仿，我们是正规渠道): a warning about the
 * market — unless the sentence sells them after all (网上有人卖高仿，我们也有，价格更低) or the seller is us (我们店里有人卖高仿).
 */
const OTHERS_SELL_BEFORE = /(?<!我们|我家|本店|咱们|咱家|店里|我这|我们这|我们店)(?:网上|市面上|市场上|外面|外头)?(?:现在|目前)?(?:确实|的确|也|还|是)?(?:有(?:不少|很多|一些|些)?人|有(?:些|的)(?:人|地方|商家|卖家|店)|有(?:商家|卖家|人家|店家)|别人|人家)(?:在|也|还|专门|偷偷)?(?:卖|售卖|出售|做|兜售)$/;
function othersSell(ctx: LintContext, start: number, end: number): boolean {
  if (!OTHERS_SELL_BEFORE.test(ctx.before(start, 16))) return false;
  // (…our papers vouched: 我们店所有货都有报关单)
  const rest = ctx.after(end, 40, 'hard').replace(/(?:只|都|就|一直)?卖(?:的是)?(?:正品|真品|正版|真货)|所有|有(?:报关单|授权|溯源|防伪|发票|证书|检测报告|资质|中文标签)/g, '');
  return !SO_CALLED_SOLD.test(rest) && !LIKE_GENUINE.test(ctx.after(end, 40, 'hard'));
}
// ---- end round 16 ----

// ---- Round 22 (t22dt) ----
/**
 * 看不出是假的 said of a thing artificial by kind (仿真绿植, 人造花, 硅胶仿真花, 树脂摆件, 道具模型): its realism praised, not a copy of
 * branded goods — not when a brand, the counter or a likeness to the genuine is in the sentence (仿真包包看不出是假的, 和专柜一模一样).
 */
const ARTIFICIAL_KIND = /仿真|人造|人工|塑料|硅胶|树脂|绢|假花|假植物|假树|模型|手办|摆件|道具|不用浇水|免浇水|不浇水|不会枯|不会凋谢/;
const BRANDED_GOODS = /大牌|名牌|专柜|原版|正品|正版|一模一样|对版|懂的|你懂|包包|[手腕]表|鞋|口红|香水|lv|gucci|香奈儿|迪奥|爱马仕|耐克|nike/;
function artificialByKind(ctx: LintContext, start: number, end: number): boolean {
  const s = ctx.before(start, 40, 'hard') + ctx.after(end, 30, 'hard');
  return ARTIFICIAL_KIND.test(s) && REPLICA_KIND.test(s) && !BRANDED_GOODS.test(s);
}
// ---- end round 22 ----

// ---- Round 14 (fa14) ----
/**
 * The word as the subject of news or talk, alone or in a list (网上关于高仿、假货的新闻确实多, 有关A货的报道): a topic, not the goods —
 * not 关于高仿的品质您放心 (a quality of the copy is said).
 */
const NEWS_LEAD = /(?:关于|有关|对于)(?:所谓的?|那些|这些)?$/;
const NEWS_TAIL = /^[^，。！？、的]{0,4}?(?:[、和与及或][^，。！？、]{1,5}?)*(?:之类|等|这类|这些)?(?:的)?(?:新闻|报道|传闻|讨论|话题|曝光|案例|案子|事件|视频|帖子|文章|科普|消息|纠纷|投诉|问题)/;
function newsTopic(ctx: LintContext, start: number, end: number): boolean {
  if (!NEWS_LEAD.test(ctx.before(start, 8))) return false;
  const [, o] = ctx.toOriginal(end - 1, end);
  return NEWS_TAIL.test(ctx.text.slice(o, o + 24).replace(/[\s“”"'‘’「」]/g, ''));
}

/**
 * The market's copies described (市面上确实有外观很像的山寨货, 网上有做得很逼真的仿品), then ours vouched for in the same sentence
 * (我们这款是品牌授权, 我们家的都是正品): a warning with a contrast — not 市面上有做得最像的山寨货，就是我们这款 (no vouching).
 */
const MARKET_DESCRIBED_BEFORE = /(?:市面上|市场上|网上|外面)(?:确实|的确|也|还|现在|目前)?(?:有|存在|出现了?|流通着?)(?:不少|很多|一些|大量|许多|各种)?(?:[^我有]{2,8})的$/;
const OURS_VOUCHED = /(?:我们|本店|我家|咱家|咱们|店里)(?:的|家|店){0,2}(?:这款|这个|这批|的货|卖的)?(?:都|全|也|则)?(?:是|属于|保证|均为)(?:百分百|纯|正规)?(?:品牌授权|官方授权|正品|正版|原装|真品|品牌直供|官方直供)/;
function marketThenOurs(ctx: LintContext, start: number, end: number): boolean {
  return MARKET_DESCRIBED_BEFORE.test(ctx.before(start, 20)) && OURS_VOUCHED.test(ctx.after(end, 40, 'hard'));
}

/**
 * A licensed replica: the rights-holder's authorisation named for the copy (华纳官方授权的1:1比例道具复制品, 版权方授权复刻的经典款) —
 * a prop or re-edition, not a fake. Not when the licence is denied (没有官方授权的复制品) or a likeness to the genuine is claimed.
 */
const LICENSED_BEFORE = /(?<![没未无非不]|未经|没经|未获|未得到|没得到|没有)(?:官方|正版|版权方|品牌方?|原厂|片方|出品方)(?:正式)?授权(?:的|生产的|出品的|制作的)?[^，。！？,!?没未无非]{0,12}$/;
function licensedCopy(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:复制|复刻)/.test(ctx.compact.slice(start, end))) return false;
  if (declaredReproduction(ctx, start, end)) return true;
  const s0 = ctx.toOriginal(start, start + 1)[0];
  const lead = ctx.text.slice(Math.max(0, s0 - 24), s0).replace(/\s/g, '');
  return LICENSED_BEFORE.test(lead) && !/一样|一模|相同|媲美|不输|看不出|没区别/.test(lead + ctx.after(end, 20, 'hard'));
}

/**
 * Round 38 (t38j): an artwork's reproduction told as what it is — printed, not the original (这是齐白石作品的高清复制品，印刷的，不是真迹;
 * 梵高星空的复制画，微喷打印，非原作) — a print sold as a print, not a fake. Not when a likeness that fools is claimed or the copy is
 * meant to pass for the original (跟真迹一模一样, 看不出来, 以假乱真, 拿去拍卖, 落款盖章都做).
 */
const PRINTED = /印刷|打印|喷绘|微喷|印的|印制|版画|装饰画|挂画|海报|复制画/;
// Round 45 (t45i): …with a qualifier before the original (不是古董原件, 并非当年的原版) or the copy denied to be an antique at all (不是古董,
// 非文物), or the pack and page labelled 复制品 (包装和详情页都写了“复制品”): a reproduction sold as one.
const NOT_ORIGINAL = /(?:不是|并不是|并非|非|绝非|不算)(?:名家|古董|古代|古|老|历史|当年的?|真正的?|那张|那幅)?(?:真迹|原作|原画|原件|手绘|原稿|真品|原版|古董|文物|老物件)|(?:包装|外包装|详情页?|页面|标题|吊牌|标签|背面|证书)(?:和[^，。！？]{1,5})?(?:上|里)?(?:都|也)?(?:写|标|印|注)(?:了|着|有|明)[“"‘「]?复制/;
const PASSES_AS_ORIGINAL = /一模一样|一样|看不出|分不出|认不出|以假乱真|拍卖|鉴定|当(?:成|作)?(?:真迹|原作|真品)|冒充|落款|盖章|做旧|收藏价值|升值/;
function declaredReproduction(ctx: LintContext, start: number, end: number): boolean {
  if (!/^复制(?:品|画)?$/.test(ctx.compact.slice(start, end))) return false;
  const s = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
  return PRINTED.test(s) && NOT_ORIGINAL.test(s) && !PASSES_AS_ORIGINAL.test(s.replace(NOT_ORIGINAL, ''));
}

/**
 * 复刻/一比一 re-creating a taste, a craft or an experience (一比一复刻面包店的吐司口感, 复刻奶奶的做法): no goods copied —
 * not when a brand or the genuine article is what is copied (一比一复刻大牌香水的味道, 复刻专柜的口感).
 */
const TASTE_AFTER = /^(?:复刻|还原)?[^，。！？]{0,10}?(?:口感|味道|风味|香味|做法|配方|手艺|烘焙|体验|氛围|感觉|菜|吐司|面包|咖啡|奶茶)/;
// Round 17 (t17): …or a dish the kitchen tool lets the buyer make at home (这个蛋糕模具可以复刻网红巴斯克, 用这口锅在家就能复刻
// 馆子里的红烧肉): a modal of ability right before, a kitchen word in the sentence — not 这台面包机是复刻款 (the goods themselves).
const DISH_AFTER = /^(?:复刻|还原)?[^，。！？]{0,10}?(?:蛋糕|甜品|甜点|糕点|点心|巴斯克|芝士|布丁|蛋挞|曲奇|饼干|马卡龙|冰淇淋|雪糕|红烧|炖|烤肉|烤鸡|火锅|小吃|菜式|菜品|家常菜|私房菜|招牌菜|拿手菜|料理)/;
const ABLE_BEFORE = /(?:可以|能|能够|就能|就可以|轻松|在家|自己|帮您|帮你|让您|让你|也能|都能)$/;
const KITCHEN = /蛋糕|甜品|甜点|烘焙|食谱|菜谱|配方卡|做法|料理|烤箱|烤盘|模具|空气炸锅|面包机|厨房|厨具|下厨|锅|菜|小吃|糕点|点心|饮品|奶茶|咖啡|冰淇淋|雪糕/;
function recreatedTaste(ctx: LintContext, start: number, end: number): boolean {
  const dish = TASTE_AFTER.test(ctx.after(end, 14)) || DISH_AFTER.test(ctx.after(end, 14))
    || (ABLE_BEFORE.test(ctx.before(start, 8)) && KITCHEN.test(ctx.before(start, 20, 'hard') + ctx.after(end, 30, 'hard')));
  return dish && !/大牌|专柜|正品|原版|名牌|香水|品牌|官方|logo|仿|(?<!面)包|鞋|手表|腕表|一样|一模|区别|分不出|闻不出|看不出/.test(ctx.before(start, 20, 'hard') + ctx.after(end, 30, 'hard'));
}

/**
 * Round 36 (t36c): 复刻 re-creating a memory, a scene or a moment — how a scent line is described (“Replica”指复刻某个记忆场景的香气,
 * 这支香复刻了海边午后的感觉, 复刻童年夏天的回忆): no goods are copied. Not when the clause names a brand or the genuine article as the
 * model (复刻大牌香水的记忆点, 复刻专柜的味道) or a likeness (和原版一模一样).
 */
const MEMORY_AFTER = /^(?:了|出)?[^，。！？]{0,10}?(?:记忆|回忆|场景|画面|时光|瞬间|情景|场面|时刻|旅程|旅行|假日|梦境|童年|午后|清晨|黄昏|夏日|夏天|冬日)/;
function recreatedMemory(ctx: LintContext, start: number, end: number): boolean {
  if (!MEMORY_AFTER.test(ctx.after(end, 14, 'soft'))) return false;
  return !/大牌|专柜|正品|原版|名牌|官方|品牌的?(?:香|味|款)|一样|一模|区别|分不出|闻不出|看不出|仿|同款|平替/.test(ctx.before(start, 20, 'soft') + ctx.after(end, 24, 'soft'));
}

/**
 * Round 38 (t38d): 复刻 re-creating a period's craft pattern — how a handicraft kit or a print is described (这个钩针材料包复刻的是八十
 * 年代的经典祖母方格花样, 复刻了民国时期的老纹样, 绣样复刻自清代的传统图案): what is copied is a pattern of an era, no one's goods. Not with a
 * brand, a counter, the genuine article or a likeness in the clause (复刻的是九十年代大牌的经典花纹, 复刻老花), nor the 老花 monogram.
 */
const ERA = '(?:上个?世纪|[0-9]{2,4}年代?|[一二三四五六七八九十零〇]{2,4}年代|(?:民国|明清|唐宋|清代|明代|宋代|唐代|汉代|维多利亚|复古|古代|传统|老上海|旧时|早年)(?:时期|时代|年间)?)';
const PATTERN_AFTER = new RegExp(`^(?:了|出|的是|的|自)?${ERA}[^，。！？]{0,8}?(?:花样|纹样|图案|图样|花型|花纹|针法|织法|绣法|编法|绣样|纸样|版型图|剪纸|窗花)`);
function recreatedPattern(ctx: LintContext, start: number, end: number): boolean {
  if (!PATTERN_AFTER.test(ctx.after(end, 24, 'soft'))) return false;
  return !/大牌|名牌|专柜|正品|原版|官方|品牌|牌子|logo|老花|lv|gucci|香奈儿|迪奥|爱马仕|一样|一模|区别|分不出|看不出|仿|同款|平替|包包|手表|鞋/.test(ctx.before(start, 20, 'soft') + ctx.after(end, 30, 'soft'));
}

/** 会不会出复刻 asked, with the brand as who would release it (您问这款会不会出复刻，品牌方目前没有公布计划). */
function askedRelease(ctx: LintContext, start: number, end: number): boolean {
  return /(?:会不会|有没有|能不能|是否|什么时候|何时|还会|会)(?:再)?(?:出|推出|发售|上)$/.test(ctx.before(start, 8))
    && /品牌|官方|厂牌/.test(ctx.after(end, 30, 'hard')) && !/仿|一样|一模|专柜|懂/.test(ctx.after(end, 30, 'hard'));
}
// ---- end round 14 ----

// ---- Round 14 (fa14b) ----
/**
 * 假的 said of an impostor, not of goods: who poses as the platform, the shop or a brand (自称“快手官方客服”加您QQ的都是假的,
 * 冒充我们店客服打电话的人都是假的). Not when goods are named between (自称官方授权的这批货其实都是假的).
 */
// (round 21, t21bw: …or someone's claim to be us, 有人拉您进群说是我们店的福利群，都是假的 — not goods so claimed, GOODS_BETWEEN)
const IMPOSTOR_BEFORE = /(?:自称|冒充|假冒|冒用|假扮|打着|说是|声称|号称|谎称|说自己是)[^，。！？]{0,3}?(?:快手|平台|官方|本店|我们|我们店|店铺|客服|工作人员|小二|品牌|总部|售后|商家|店家)[^]{0,24}$/;
const GOODS_BETWEEN = /货|商品|产品|正品|东西|包|鞋|表|化妆品|奶粉|授权的|专柜|质量|做工/;
function impostorFalse(ctx: LintContext, start: number): boolean {
  const lead = ctx.before(start, 32, 'hard');
  const m = IMPOSTOR_BEFORE.exec(lead);
  return m !== null && !GOODS_BETWEEN.test(m[0]);
}

/**
 * The buyer's doubt quoted (opening quote marks, a question or a guess: “这价格肯定是假的吧”) and answered with the goods vouched
 * genuine after the quote, not affirmed (“是假的吧”——对，就是假的).
 */
const DOUBT_TAIL = /(?:吧|吗|嘛|么|呢|啊|吧？|[？?])\s*$/;
const VOUCHED_AFTER = /正品|正版|真品|原装|品牌授权|官方授权|保真|验真|报关单|溯源/;
const AFFIRMED_AFTER = /^[\s—\-－~～…，,。！!：:]*(?:对|是的|是啊|没错|确实|嗯|恩|当然是|就是|说对了|bingo)/;
function quotedDoubt(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  const text = ctx.text;
  // The nearest opening quote (“ or 「 at or before `from`, " before it) at most 30 back, and the closing one at most 16 on:
  // looked for in those windows only, not through a whole pasted document per hit.
  let open = -1;
  for (let k = Math.min(from, text.length - 1); k >= 0 && from - k <= 30; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x201c || c === 0x300c || (c === 0x22 && k <= Math.max(from - 1, 0))) {
      open = k;
      break;
    }
  }
  if (open === -1) return false;
  const closeAt = text.slice(to, to + 17).search(/[”"」]/);
  if (closeAt === -1) return false;
  const inner = text.slice(open + 1, to + closeAt);
  if (/[”」]/.test(inner) || !DOUBT_TAIL.test(inner)) return false;
  const rest = text.slice(to + closeAt + 1);
  return !AFFIRMED_AFTER.test(rest) && VOUCHED_AFTER.test(rest.slice(0, 80)) && !/(?:是|就是|确实是|属于)(?:高仿|假货|假的|仿品|a货|A货)/.test(rest);
}

function fa14bSenses(ctx: LintContext, start: number, end: number): boolean {
  return impostorFalse(ctx, start) || quotedDoubt(ctx, start, end);
}
// ---- end round 14 (fa14b) ----

// ---- Round 29 (t29b) ----
/**
 * Jadeite's trade grades (翡翠A货 = natural, untreated; B货 acid-bleached and filled; C货 dyed): a grade letter in a sentence about jade
 * or its treatment (证书上写的“翡翠（A货）”是指天然的…B货、C货才是处理过的; 这只手镯是A货，带国检证书) — not copy goods beside it (A货包包).
 */
const JADE = /翡翠|玉石|玉镯|玉器|玉料|硬玉|缅甸玉|冰种|糯种|种水|国检|酸洗|充胶|注胶|漂白|染色/;
const COPY_GOODS = /包包|鞋|手表|表带|衣服|大牌|名牌|奢侈品|专柜|原单|高仿|精仿|lv|gucci|香奈儿|迪奥|耐克|椰子|aj/;
function jadeGrade(ctx: LintContext, start: number, end: number): boolean {
  if (!/^[abc]货$/.test(ctx.compact.slice(start, end))) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return (JADE.test(s) || (GRADE_DEFINED.test(s) && !COPY_CLAIM.test(s))) && !COPY_GOODS.test(s);
}
// Round 38 (t38j): …or the grade defined with no jade word in the sentence, natural set against treated or a certificate's wording
// (证书写天然的就是A货，B货证书会注明处理; A货是天然未处理的): the grading explained — not a copy's 天然皮 or 证书齐全 alone.
const COPY_CLAIM = /包(?!浆|装|邮)|皮(?!壳)|正品|一模一样|做工|专柜|原版/;
const GRADE_DEFINED = /天然(?:的|未经?处理的?|没有?处理(?:过)?的?)?(?:就是|即|才是|才算|叫|称为|属于|算)[abc]货|[abc]货(?:就是|即|指|是指|是|=|代表|意思是)(?:纯)?天然|[abc]货[^。！？]{0,30}[abc]货[^。！？]{0,30}(?:天然|处理过|经过?处理|优化|注明)|(?:天然|处理过|经过?处理|优化|注明)[^。！？]{0,30}[abc]货[^。！？]{0,30}[abc]货|证书[^，。！？]{0,6}(?:注明|标注|写明|标明)[^，。！？]{0,6}(?:处理|优化)/;
/**
 * 假的 as the verdict of a test for impostors (让他在快手App里给您发消息，发不了的就是假的; 打不通官方热线的都是假的): those who fail a check
 * the buyer can run are fake — callers, messages, accounts; not the goods (no goods word in the clause).
 */
const FAILED_CHECK_BEFORE = /(?:不了|不到|不通|不出|不上|不进|没法[^，。！？]{1,6}|不能[^，。！？]{1,6}|没有[^，。！？]{1,6})的(?:人|店|店铺|号|账号|电话|号码|链接|消息|短信|网站)?(?:就|都|肯定|一定|全|也)*是$/;
const IMPOSTOR_TOPIC = /有人|陌生|来电|电话|短信|消息|私信|客服|号码|账号|链接|冒充|骗子|诈骗|自称/;
const GOODS_TOPIC = /货|商品|产品|正品|防伪|包装|东西|吊牌|标签|鞋|包|表|奶粉|化妆品/;
function failedCheckFalse(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 16, 'soft');
  return FAILED_CHECK_BEFORE.test(clause) && !GOODS_TOPIC.test(clause) && IMPOSTOR_TOPIC.test(ctx.before(start, 60, 'hard'));
}
// Round 39 (t39e): 特A as the Japanese rice-tasting grade (新潟越光米係特A評級, 食味排名特A): a grade of rice, not a copy's grade — not
// beside copy goods (特A包包).
const RICE = /米|稻|食味|谷物检定|穀物検定|产地|产区|品种|越光|一目惚|梦美人|魚沼|鱼沼|新潟|秋田|北海道|粮/;
function riceGrade(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '特a') return false;
  const s = sentenceOf(ctx, start, end, 40);
  return RICE.test(s) && !COPY_GOODS.test(s) && !/(?:^|[^米])(?:货|版|仿)/.test(ctx.after(end, 3, 'hard'));
}
// Round 43 (t43f): AAA级 as a pearl or gem grade (AAA级光泽的淡水珍珠, 珠光AAA级, 圆度AAA级): the trade's quality scale for luster, roundness
// or clarity — not beside a copy word or copy goods (AAA级复刻珍珠项链, AAA级香奈儿珍珠耳环).
const PEARL = /珍珠|淡水珠|海水珠|南洋珠|大溪地|akoya|澳白|金珠|黑珠|珠层|珠光|皮光|宝石|水晶|碧玺|和田玉|琥珀|蜜蜡/;
const GEM_GRADE_ATTR = /^(?:的)?(?:光泽|光泽度|皮光|珠光|圆度|净度|瑕疵|品相|珠层|强光|极光|火彩|色泽)/;
const GEM_COPY_WORD = /复刻|仿|a货|一比一|1比1|原单|假|山寨|对版|原版|(?:接近|媲美|不输|堪比|像|跟|和)(?:正品|专柜|大牌)/;
function gemGrade(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:aaa|aa|3a)级$/.test(ctx.compact.slice(start, end))) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return (GEM_GRADE_ATTR.test(ctx.after(end, 4)) || /(?:光泽|光泽度|皮光|珠光|圆度|净度|瑕疵)(?:都|是|为|达到|属于)?$/.test(ctx.before(start, 6))) && PEARL.test(s) && !GEM_COPY_WORD.test(s) && !COPY_GOODS.test(s);
}
function gradeOrTestSenses(ctx: LintContext, start: number, end: number): boolean {
  return jadeGrade(ctx, start, end) || riceGrade(ctx, start, end) || gemGrade(ctx, start, end) || failedCheckFalse(ctx, start, end);
}
// ---- end round 29 ----


// ---- Round 19 (t19br) ----
/**
 * Someone else's racket told to warn the buyer (网上有人打着“专柜同款”的旗号卖化妆品…基本都是仿品加诈骗, 有人私下兜售所谓原装货，其实都是
 * 仿货，小心上当): the copula's subject is the stranger's goods — not when we are the seller (我们店有人卖…都是仿品) or no scam or warning is told.
 */
const OTHERS_RACKET_LEAD = /有(?:人|些人|不少人|很多人|的人|商家|卖家|骗子)(?:在|还|专门|偷偷|私下)?[^我。！？]{0,40}?(?:卖|兜售|推销|出售|售卖)/;
const RACKET_TOLD = /诈骗|骗局|骗子|骗钱|上当|旗号|警惕|谨防|小心|当心|看清|认准|别信|不要信|别相信|不要相信/;
// Round 33 (t33e): …or the selling verb after the word, the word the stranger's banner (网上有不少人打着“原单”“高仿”的旗号卖假货, 有商家顶着
// “一比一”的名头兜售): the stranger named before it, the sale in the same clause after it.
const OTHERS_ACTOR_LEAD = /有(?:人|些人|不少人|很多人|好多人|的人|商家|卖家|骗子|一些人|部分人|小店|网店)(?:在|还|专门|偷偷|私下)?[^我。！？]{0,30}$/;
const SOLD_AFTER = /^[^我咱。！？]{0,14}?(?:卖|兜售|推销|出售|售卖|骗)/;
function othersRacket(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 64, 'hard');
  const m = OTHERS_RACKET_LEAD.exec(lead) ?? (SOLD_AFTER.test(ctx.after(end, 16, 'hard')) ? OTHERS_ACTOR_LEAD.exec(lead) : null);
  if (!m || /(?:我们|本店|我家|咱家|咱们|店里)$/.test(lead.slice(Math.max(0, m.index - 4), m.index))) return false;
  // (round 33, t33e: not when our own goods are the subject after the racket — 外面有人打着正品的旗号卖假货，我们这就是高仿)
  if (/我|咱|本店|店里/.test(lead.slice(m.index + m[0].length))) return false;
  return RACKET_TOLD.test(lead + ctx.after(end, 40, 'hard'));
}

/**
 * The penalty on shops that sell it (平台对卖非正品的店铺处罚很重，直接清退; 售卖高仿的商家会被封店): the word names what gets a seller punished,
 * not our goods — not 我们是卖高仿的店 (the seller is us).
 */
const SELLER_AFTER = /^(?:的|商品的|货的)(?:店铺|店|商家|卖家|商户|网店|主播|账号)/;
const PENALTY = /处罚|清退|封店|封号|关店|罚款|严惩|扣分|扣保证金|下架|严打|处理得?很严|零容忍/;
function penalisedSellers(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 12);
  if (!/(?:卖|售|销售|出售|售卖|经营)$/.test(lead) || /(?:我们|本店|我家|咱家|咱们|我)(?:店|家)?(?:是|就是|都是|专门|也|只|一直|主要){0,3}(?:卖|售|销售|出售|售卖|经营)$/.test(lead)) return false;
  return SELLER_AFTER.test(ctx.after(end, 8)) && PENALTY.test(ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard'));
}

/**
 * 1:1 in the buyer's question quoted (您问“是不是1:1的”), answered with a denial after the quote (不是任何复制品，是原装正品) — not
 * answered yes (“是不是1:1的”——是的).
 */
function askedQuoteDenied(ctx: LintContext, at: number, end: number): boolean {
  if (!hasQuoteMarks(ctx)) return false;
  const qEnd = othersQuoteEnd(ctx, at, end);
  if (qEnd === undefined) return false;
  if (!/(?:是不是|是否|有没有|算不算|会不会)[^]{0,4}$/.test(ctx.before(at, 8)) && !/^[^]{0,4}(?:吗|嘛|么)/.test(ctx.after(end, 6))) return false;
  const rest = ctx.compact.slice(qEnd, qEnd + 24);
  return /^[^。！？]{0,10}?(?:不是|并非|绝非|当然不|没有|不存在)/.test(rest) && !/^(?:回答是)?(?:是的|对|没错|当然是)/.test(rest);
}
// ---- end round 19 ----

/**
 * Round 27 (t27b): A版 as one of the goods' lettered versions (您收到的是A版，B版是另一个颜色; A/B版; 两个版本都是正品): a sibling letter or
 * a count of versions in the sentence, and no copy word beside it (仿, 假, 复刻…).
 */
const SIBLING_VERSION = /(?<![a-z])[b-f]版|(?<![a-z])a[b-f]版|[两二三四几多各]个?版本|两版|版本号/;
const COPY_WORD = /仿|假|复刻|原单|莆田|一比一|1比1|对版|原版|货|(?:接近|媲美|不输|堪比|像|跟|和|比)正品/;
function letteredVersion(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== 'a版') return false;
  const sentence = sentenceOf(ctx, start, end);
  return SIBLING_VERSION.test(sentence) && !COPY_WORD.test(sentence);
}
for (const cue of cues) {
  if (!cue.words.some((w) => foldTerm(w) === 'a版')) continue;
  const own = cue.unless;
  cue.unless = own ? (ctx, start, end) => own(ctx, start, end) || letteredVersion(ctx, start, end) : letteredVersion;
}

// Round 44 (t44i): a so-called kind unmasked as fake, ours set apart (所谓的原单其实就是仿品，我们不碰): detect/market-subject.ts.
for (const cue of cues) {
  const own = cue.unless;
  cue.unless = own ? (ctx, start, end) => own(ctx, start, end) || soCalledUnmasked(ctx, start, end) : soCalledUnmasked;
}

// ---- Round 49 (t49f) ----
/**
 * Round 49 (t49f): the market's copies described (市面上有不少印着大牌logo的仿冒U型锁，锁芯一捅就开。), then ours vouched at the head of
 * the NEXT sentence (我们这款是品牌授权的, 我们家的都是正品) — marketThenOurs reads its own sentence only. Not when ours stands unvouched in
 * the hit's own sentence (that one is marketThenOurs's to judge), nor when anything near joins or likens the copies (我们也有, 跟正品一样,
 * 私聊, 有货).
 */
const ROUND49_COPIES_JOINED = /私聊|私我|懂的|你懂|您懂|要的话|需要的话|有货|现货|(?:跟|和|与)(?:正品|真的|真品|原装|专柜|大牌)[^，。！？]{0,4}(?:一样|没区别|差不多)|(?:我们|本店|我家|咱家|店里)(?:这边|这里|家|店)?(?:也|同样|还)(?:有|卖|是|做|出)/;
function round49MarketThenOursNext(ctx: LintContext, start: number, end: number): boolean {
  if (!MARKET_DESCRIBED_BEFORE.test(ctx.before(start, 20))) return false;
  const own = ctx.after(end, 60, 'hard');
  const next = end + own.length;
  if (next >= ctx.compact.length || /我们|本店|我家|咱家|咱们|店里/.test(own)) return false;
  const following = ctx.compact.slice(next, next + 40);
  return OURS_VOUCHED.test(following.slice(0, 16)) && !ROUND49_COPIES_JOINED.test(ctx.before(start, 40, 'hard') + ctx.compact.slice(start, next) + following);
}
for (const cue of cues) {
  if (cue.words !== SLANG_WORDS) continue;
  const own = cue.unless;
  cue.unless = own ? (ctx, start, end) => own(ctx, start, end) || round49MarketThenOursNext(ctx, start, end) : round49MarketThenOursNext;
}
// ---- end round 49 (t49f) ----

// ---- round 57 (eng57a, A57) ----
cues.push(
  {
    // A货 disguised as its letter described (这款是A字头的货，懂的宝子直接拍; 字母A开头的版本; A打头的那种货): the letter names the grade. Not a model
    // number or a size that starts with A (A字头的型号是新款 — goods words only after it).
    words: ['a字头', 'a字开头', 'a开头', 'a打头', 'a字打头', '字母a', 'a字母', 'a字辈'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的)?(?:那种|那类|这种)?(?:货|版|版本|款|东西|包|鞋|表|品)/,
    notSentence: NOT_A_CLAIM,
    deniable: false,
  },
  {
    // 高版本 / 高版 as a copy's tier (我们只做高版本，不是地摊那种一眼就能看穿的; 这双是高版的，细节到位): with copy-goods talk in the sentence. Not
    // software (升级到高版本系统, 提高版本号, 高版本的固件).
    words: ['高版本', '高版货', '高版'],
    severity: 'block',
    message: MESSAGE,
    notBefore: /[提升调更较最]$/,
    notAfter: /^(?:本)?(?:号|系统|的系统|安卓|ios|app|的app|软件|的软件|固件|的固件|浏览器|的浏览器|驱动|微信|快手|客户端|内核|协议|接口|数据库)/,
    sentence: /鞋|包(?!邮|装|括|含|裹)|表(?!示|达|格|情)|衣|地摊|一眼|看穿|看不出|专柜|正品|原版|大牌|莆田|档口|货|细节|做工|对版/,
    notSentence: NOT_A_CLAIM,
    deniable: false,
  },
  {
    // 莆田 as where the goods ship from, beside a likeness to the original (莆 田 那 边 直 发 的，鞋盒都是原装样式; 莆田直发，和原版差不多): the city
    // names the copy trade once the goods are likened. Not a warehouse there shipping goods vouched as genuine (莆田仓发货，都是专柜正品 has no
    // likeness word).
    words: ['莆田'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:那边|那里|那儿|本地|当地)?(?:的)?(?:直发|直接发|发的|发货|出货|直邮|寄的|寄来|拿的货|拿货|过来的)/,
    sentence: /样式|一模一样|(?<!不)一样|差不多|差别不大|区别不大|没区别|看不出|分不出|对版|原盒|原鞋盒|原装盒/,
    notSentence: [NOT_A_CLAIM, /不卖|不做|不是莆田|并非莆田/],
    deniable: false,
  },
  {
    // The trade's euphemism for a copy set beside a likeness to the genuine article (原单的，和专柜货差别不大; 纯原，跟正品没啥区别; 尾单货和专柜的大差
    // 不差): the likeness says what the word means. Not the order's sense (原单号, 原单退回) nor a warning (NOT_A_CLAIM).
    words: ['原单', '尾单', '跟单', '纯原', '公司级', '同厂'],
    severity: 'block',
    message: MESSAGE,
    notAfter: /^(?:号|价|退|返|地址|寄|信息|金额|运费|取消|编号|员|味|浆|汁|生|料|装)/,
    sentence: /(?:和|跟|与|同|比)(?:专柜|正品|原装|原版|大牌|真货|真品|官方)(?:的|货|店)?(?:的)?[^，。！？]{0,4}?(?:一样|一模一样|没区别|差不多|差别不大|区别不大|没啥区别|没什么区别|相差无几|大差不差|几乎一样|基本一样|差不了多少)/,
    notSentence: [NOT_A_CLAIM, /不卖|不做|不碰|没有这种|不是原单|不是尾单/],
    deniable: false,
  },
);
// ---- end round 57 (eng57a) ----

// Round 69 (eng28-69): a refusal of the word, not of the goods, does not govern (detect/fake-word-scope.ts RENAMED_OR_SHOWN_AFTER).

// Round 52 (cf52): the scopes in which a fake-goods word is no claim about ours (detect/fake-word-scope.ts).
for (const cue of cues) {
  cue.refusalTurn ??= RENAMED_OR_SHOWN_AFTER;
  const own = cue.unless;
  cue.unless = own ? (ctx, start, end) => own(ctx, start, end) || fakeWordNotClaimed(ctx, start, end) : fakeWordNotClaimed;
  // Round 53 (eng53): at block (or warn) only on positive evidence that the word describes the goods we sell or offer; else info. Not the
  // slang of passing a check (过验, 对版做工): said of goods, it is itself the claim that they would fool one.
  if (!cue.words.includes('过验') && cue !== BUYER_WORD_MADE_OURS_65) cue.evidence = fakeWordClaimed;
}

const rule = cueRule({
  // Words quoted from someone else (您提到收到一封“…起诉您”的邮件, 您提到的“违禁成分”, 您看到的“这家店卖高仿”的评论).
  skipOthersQuoted: true,
  pinyin: true,
  meta: {
    id: 'counterfeit-terms',
    clause: '2.8',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '暗示假货的用语', en: 'Words that say the goods are fake' },
    description: {
      zh: '规则 2.8 禁止使用“高仿、精仿、非正品、复印版、扫描版”等表明或暗示商品为假货的用语；同类行话如 A货、超A、仿品、原单、纯原、公司级、复刻、1:1、莆田货、山寨、盗版 也会被拦截（含拆字、拼音、繁体写法）。否认与提醒（本店不卖高仿、谨防高仿）不算。',
      en: 'Rule 2.8 forbids words that state or imply the goods are fake (高仿 精仿 非正品 复印版 扫描版) and the trade slang around them (A货, 仿品, 原单, 复刻, 1:1, 莆田货…), spaced, pinyin or traditional. Denials and warnings are fine.',
    },
    hint: { zh: '只描述商品的真实来源与凭证，例如“品牌授权正品，附报关单和溯源码”。', en: 'Describe the real source and papers, e.g. "authorised genuine goods, customs papers and trace code included".' },
  },
  cues,
  check: checkRatio,
  regexes: [COPY_CONTEXT, RATIO_CONTEXT, REISSUE, REFUSED_AFTER, REFUSED_LATER, DOCUMENTS, MARKET_BEFORE, ASSERTED, REPORTED_BEFORE, TOPIC_AFTER, ...MARKET_SUBJECT_REGEXES, ...SO_CALLED_REGEXES, ...WARNED_OFF_REGEXES],
});

export default rule;
