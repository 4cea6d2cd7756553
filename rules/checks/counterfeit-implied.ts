// 2.8: sentences that imply the goods are fake without the trade words: saying they are not genuine
// (不是正品, 不保真, 不保证是正品), that nobody can tell them from the real thing (跟正品放一起分不出来,
// 拿去专柜也验不出来, 只有内行看得出), that the brand or the counter would not accept them (品牌方不认,
// 不能拿去专柜验), that genuine costs more (这个价还想要正品？), or that they come off the same line
// (和专柜同一个工厂出来的); that they cannot be told apart with a sign of why (跟原厂的放一起谁也认不出来,
// 和专柜真品对比零差别); that they were refilled, reprinted or rebuilt in a genuine shell (回收的正品罐,
// 国内灌装, 机芯国产替换); genuine denied in other words (不可能是正规货, 这价买不到真货, 不是原牌) or
// priced out of comparison (这个价位别对标专柜); winks (心里有数, 懂行的都知道这个价); a failed check called
// normal or talked down (防伪码扫不出来是正常的, 拿去鉴定别太较真); the same logo on a non-brand; and English
// (replica, not authentic); that nobody notices when the goods are worn or used where genuineness is the topic
// (莆田工艺的，穿出去没人分得清); a failed authentication shrugged off (鉴定App显示疑似，不影响使用); the question of
// genuineness talked down (“正品”这事别太较真, 真不真的没那么重要); the brand's papers, marks or packaging made
// by us (证书是我们自己出的，品牌的要加钱); goods made outside the brand's order (另外的渠道生产的, 厂里多做出来的)
// or leaked out of a factory (鞋厂那边流出来的), or not owned by the brand (品牌方不会承认这批货); made after or like the genuine (照着原版来, 做得跟专柜一样,
// 专柜级还原); a check waved off at this price (这个价您去验就是为难自己了) or a tool that cannot tell (鉴定App鉴不出来);
// a riddle about the price (正品是那个价，我们这个价您觉得会是啥呢, 您懂就行); the only difference from 正品 being a
// missing mark (跟正品唯一的区别就是没有芯片); the brand's look but not the brand's make (印了EL，就不是官方出的); books
// printed off a file (电子版打印装订的); ironic or withheld genuineness (“国产正品”, 不叫正品); anti-fake marks stuck on by
// us (防伪贴是我们自己贴的); a choice of tiers (您要真的还是要‘好的’) or genuine at a surcharge (zp的话要加钱); a market
// stall as source (白云那边档口拿的，和代购手里的一个样); not from the brand's country but made here (不是从欧洲来的，
// 是东莞那边做的) or a hub or workshop said to match the genuine channel (福建那边工厂的，跟得物上卖的一个样, 国产机芯
// 套的外壳，表盘和原装一个样); irony on genuine (问就是正品, 绝对的“正品”, 正品“平替”); quality tiers of a copy (原厂版细节
// 跟专柜一样, 高货, 原版开模); a shared batch or craftsman (跟LV是同一批皮料); 保真是不可能保真的; “特殊渠道”的货，所以便宜;
// the price as the answer (真的假的您自己看，价格摆着呢; 专柜卖八千，我们八百，东西一样的，您说呢); the genuine article
// as the yardstick (质量堪比正品, 正品的替代品, 跟正品比也就差个吊牌, 真表的零头); not original or not the official channel yet
// the same (非原装的，但外观跟原装一模一样); 说是正品那是骗您; a wink about grade or brand (懂行的一看就知道是哪个级别的货);
// 致敬款; export stock with the logo (外贸出口转内销的，logo都有); 同源货, 一个料 with the brand; the counter's goods but
// for the papers (和专柜那款一个版型，只是没有专柜的票和卡 — not goods bought abroad); go to the counter for the real
// thing (想要真的就去专柜买); futile checks (扫了也显示不了); only looks like it (不是正规品牌的，只是长得像); a check sure to
// fail (本来就过不了); 不敢说百分百正品; the brand's goods but for the logo (除了logo其他完全一样).
// Round 7, general tests: nobody can tell it from a genuine yardstick in any script or dialect (跟柜台货摆一块儿挑不出来,
// 正櫃比對也分辨不出來, 专柜里厢也看勿出); proof of genuineness missing (box, receipt, anti-fake card, authorisation) with the
// price as its reason, a wink, a version or brand pointer, a failed check or a take-it-or-leave-it (H家那种，不带盒子的版本，
// 您明白吧); a wink tied to genuineness or a brand (送人的话别提牌子，懂我意思吧; 正不正品咱俩心里都有数); a check waved off with
// the price or what the goods can bear (这个价位别指望拿去专柜验, 鉴定就省省吧); made to look like the counter's (比专柜的还像
// 专柜的, 主打一个看着像); off the brand's channel (不走品牌那边的系统); the proof replaced (防伪卡是后配的); passing a check not
// vouched for (不保证能过专柜验货); the mark altered, the rest the same (logo稍微改了点，其他一模一样); genuine at a surcharge
// past the question (正品？那得加钱). Not breaches: guarantees (不是正品假一赔十), hypotheses (鉴定不是正品全额退款),
// rhetorical denials (怎么可能不是正品), questions (是不是正品可以扫码), honest notes about
// packaging or accessories, cross-border goods that are not the domestic channel (不是国内行货渠道), a check
// that fails for a delay (溯源码查不到可能是系统延迟), 官方分装小样, and Replica the perfume line.
// Round 8 (t8-283): made after the genuine or another market's version (内地工厂照着港版做的; 不是品牌出的，是照着做的); the brand
// not owning the goods however phrased (品牌方那边肯定不会认这批货); a failed check past which everyday use or the make is praised
// (大概率过不了，但日常背完全OK); 跟真的一样 with a version or a denial (芯片版的…跟真的一样, 不是真的，但比真的还真); a guarantee of
// genuineness refused (“假一赔十”这个我们不敢承诺); how alike the buyer wants it (看您要多像的); the same goods but for the proof,
// hence the price (一模一样…就是不带那张“身份证”，所以便宜); domestic inside an imported shell (里面的东西其实是国产贴的标); the
// surplus of a factory or export order (外单多出来的); a generic mould with a brand's mark (公模加标); anti-fake labels handed over to
// stick on; 想要专柜那种的去专柜买; 回收的原瓶. Not: two lines of one brand from one factory, points or warranties of other markets
// the brand does not honour, 不认可 of a third party, the A-not-A 保真不保真, the buyer's earlier check explained.
// Also: the brand's mark put on afterwards over generic goods (牌子是贴上去的，东西是普通工厂出的); the brand's records not knowing
// the goods, waved off (原厂那边查不到这批的记录，但东西没问题; 官网查不到，您别去查了); genuine priced elsewhere (真品是另一个价位).
// Round 8 (fa8): two products of one brand from one factory (这两款是同一品牌同一工厂生产的，区别只是容量) are no copy.
// Round 9 (t9a), general tests: genuineness denied or a check failed, then likeness conceded (不是品牌原液，但味道九成像; 鉴定软件
// 过不了，但肉眼看完全一样); the maker said not to be the brand in any wording (不是品牌那边直接出的, 不是原厂做的); whoever sees it will
// not tell, with a gift, a show or genuineness as the topic (送女朋友的话够了，她看不出来的😏; 晒出去没人能认出来是不是正品); one part
// genuine and the rest from another maker (盒子是原厂的，里面的机器是第三方组装的; 机芯是国产的，外壳刻的是瑞士的牌子); the real thing out
// of reach (买不起真的就买这个) or laughed off at this price (这个价格买到真的您自己信吗哈哈); genuineness waved off as not mattering
// (真的假的重要吗？好用就完了); the brand's codes copied (条形码是复制的，扫出来也能显示品牌信息); books re-shot or re-printed (自己翻拍
// 整理的，跟原书一模一样); a 正品版 set beside another tier; 没有品牌授权的版本 no longer read as a claim of authorisation; leaked
// leftover runs (厂里尾单流出来的); goods said not to exist where the brand sells (国外那边没有这个货). Not: 不是原厂配件，但和原厂的一样
// 好用, 不是正品包装，但里面是正品, 小线头她看不出来, 包装严实她看不出来里面是什么, 不是品牌出的，是自有品牌, 性价比一样很高.
// Second pass: a part swapped for a cheap one beside genuine parts (表盘是原厂件，机芯换成了便宜的), 哪家/一眼就认出 winks, 存疑
// shrugged off, 是不是官方 waved off, 练习册 copied, 柜台那种货 denied, 还想要专柜小票, not out of the brand's warehouse (不是从品牌仓
// 出来的), the official site (官网) as the genuine yardstick. Traps: 电池换成了新的, 不用纠结…我们就是官方旗舰店, 不是从保税仓发的.
// Round 10 (t10a), general tests: genuineness ruled out of after-sales (不接受任何真假问题的售后, 鉴定结果不作为退换依据); genuine
// goods at this price asked about and laughed off or ruled out (这价能买到真的？您想多了, 这个价格买正品是不可能的, 还想要专柜的？);
// the genuine tier elsewhere (真货在另一个链接, 要专柜那种得去另外一家店); a grade superlative nobody can tell (版本最高的，一般人分辨不出);
// 心里应该有数; books printed off a file (PDF打印胶装的); a check sure to fail (肯定不过) or waved off with the verb after it
// (防伪码就别去官网扫了…对不上很正常); the printed origin contradicted (包装上写法国进口，其实是义乌那边出的); more verbs of a mark put on
// (logo是另外加上去的); 不是zhen品; 同款不同源; the genuine channel cannot reach the price (正规渠道拿不到这个价). Not: 鉴定为假全额退款,
// 恶意退款, 买到真的很划算, 小样在另一个链接, 最新版本的系统, 那些都不是正品 (others' goods), replica sold elsewhere by an impersonator,
// 代工厂 with 属于正品. Second pass: buyers who care about genuineness turned away (在意真假的亲请绕道, 追求正品的勿拍); the counter's
// quality at a fraction (专柜品质，价格只要零头); a check refused (不接受鉴定); genuineness not promised (真伪方面我们不承诺); others
// will take it for the real thing (戴出去别人只会以为是真的); a top grade nobody can tell (次顶级的…肉眼看不出来); the original's
// tier at a surcharge (要原厂版加两百); 您觉得能是真的吗; 柜台出来的 denied; 别要求是专柜那样的; the brand's store as 人家 (人家不会认的);
// a scan with no response shrugged off (没反应也别奇怪); 兄弟款. Not: 正品保证，发货时间我们不承诺 (the refusal in another clause),
// 仿真绿植朋友都以为是真的, 顶级食材, 鉴定为正品的不支持以假货为由退款.
// Third pass: only slightly apart from the genuine (跟专柜差别极小, 价格差了十倍), close to it in the make (脚感接近正品), the
// return refused before the authenticity word (这款不退真假问题), an expert who did not see (柜姐都没看出来), the real thing not kept
// here (您要真货的话我们这没有，只有这种), 想要保真的话去专柜, 您应该明白是什么档次的. Not: 柜姐也没发现有瑕疵, 正品我们这里都有.
// Round 12 (t12c), general tests: the same source as the brand's (factory, filler, mould, line) with only the brand's mark missing
// (同厂出的，没有吊牌而已; 和正品一个模子刻出来的，不过我们没那个商标权); the price gap put down to the brand's fee, the goods the same (区别就是一个
// logo授权费; 多花的钱都是商标费; 省了品牌溢价); a check passed even so (连防伪码都能扫出来; 扫出来也是显示正品的，送礼没问题; 得物都能过);
// genuineness asked bare and answered with the price and a laugh (正品？这价格您想啥呢😂); genuineness handed to someone else's business (正品那是
// 专柜的事) or left to the buyer to savour (真假您自己品); the genuine named as the other item (贵的那个是正品，便宜这个是‘高配版’); dupe, mirror
// copy, copy版; the look said enough to skip a check (看着一样就行，别拿去鉴定); the genuine source named first (跟专柜那批不是一个出处，但用着一样);
// more verbs of making after the original (复原, 重现, 调配); 不是那个牌子出的; a market version contradicted (港版…其实是深圳那边做的); the
// brand's marks said reproduced (钢印、鞋标都做出来了). Not: 复刻's 刻 read as engraving by us, the brand's own re-issue, a market version
// without the Chinese code (韩国版本身就没有中文防伪码), spec tiers (高配版多了256G存储), two of our own lines from one mould, 商标费我们交了,
// a hub denied (我们不是莆田货), 连防伪码都能扫 (to tell), 那个是正品，这个也是正品.
// Second pass: the genuine at one price and ours at another, the goods the same (要正品得三千，我们这个三百，东西一样); the price put on
// the name (贵在那个名字上, 广告费); a design copied from a brand (照抄香奈儿的…就是没logo; brands named in Chinese as a yardstick);
// a brand's formula followed (按迪奥的配方调的); not filled or made by the original maker yet the same (不是原厂灌的); a scan that never
// works shrugged off (本来就没录入，不影响穿); a supplier shared or the brand not the seller (同一家供应商, 只是不是nike卖的); a mark not put
// on, whoever's (没挂勾子标); 6 factory kinds (一个鞋厂); the genuineness question declined (真伪这个问题我就不回答了); the brand left unsaid
// (只是我们不能说牌子); a scheme of proof or money refused (假一赔十？这个我们不敢保证); English brand denials (not the real brand, superfake).
// Not: our own brand (都是我们自己的品牌), a traditional recipe, a compatible part labelled as such, a delay (还没录入), others copying us.
// Round 13 (t13d): any check verb failing (扫不过, 测不过, 鉴不出) shrugged off by own use (自己用一点问题没有) or by sameness elsewhere
// (除了防伪码扫不出来，其他地方都一样); likeness as a figure in a word naming an original (还原度高达98%，肉眼看不出); made or blended
// by us and likened to the genuine or its formula (原液是我们按配方自己调的, 自己勾兑的，跟大牌的味道一样; not 自己调的奶茶).
// Round 15 (t15a): made after 原款/真货/专柜款 as after 原版; a photo of the genuine (是正品图) is no claim of it; foreign-language marks
// said put on by the shop or at home (罐子上的外文是我们贴的); the brand's people or an expert said fooled (连品牌的人拿到手都得愣一下,
// 鉴定师看了都拿不准); checking called futile (验了也是白验).
// Then: 原款 joins 原版/原厂 in every list of genuine nouns (a synonym added to one cue alone did not reach the others).
// Round 41 (t41l): same mould or forge and nobody tells; carried out by staff; letter-coded copy factories (GK厂); domestic contents in a
// foreign jar; packs dressed as the original (做成原装那样); scanned or photocopied labels; a grading slab sealed by us; printed proxy cards;
// a reset shutter count or mileage; a display piece reboxed as new. Not: two origins told, local filling disclosed on the pack or page.

// Round 43 (t43h, by mechanism): the contents not what the label or listing says — a foreign label or can over a domestic or bulk fill
// (瓶子标签是美国的，片子是国内代工厂压的; 新西兰原罐，里面是大包粉换装的; 国内灌装完再贴的日文标), a premium grade on the pack cut with
// something else (包装上写的特级初榨，里面兑了精炼油), the original's text printed at home (内容是英文原版的，书是国内自己印的), a maker's mark
// copied (壶底款刻的是龙文堂，其实是照着打的), the listing naming what the goods are not, for search (详情页写钻石是为了好搜).
import { fakeWordClaimed, fakeWordNotClaimed } from '../detect/fake-word-scope';
import { ownVariantsAlikeText } from '../detect/own-variants-alike';

// Round 54 (eng54a): genuine goods out of reach at a low price given as the reason ours costs more (这个价位买不到正品包，所以我们这里价格会比较高):
// the price defended, not a copy offered.
const PRICIER_OURS = /(?:所以|因此|因而|这也是为什么)(?:我们|本店|我家|咱家)?[^。！？]{0,6}?(?:价格|价钱|售价|定价)[^。！？]{0,4}?(?:会|要)?(?:比较|稍微|稍|略|偏)?(?:高|贵)/;
import { checkTaughtAfter } from '../detect/copies-warned';
import { cueRule, deniedAfter, endsAsQuestion, othersQuoteRefused, POSTPOSED_DENIAL, sentenceOf, type Cue } from '../detect/cue-rule';
import type { LintContext } from '../context';
import { hasQuoteMarks, mentionedWords, othersQuote, quotePair } from '../detect/quoted';
import { sentence } from '../detect/cues';
import { imitationByNature, NATURE_IMITATION } from '../detect/imitation';
import { splitFromSame } from '../detect/split-from-same';
import { KIN, kinRecipeAt } from '../detect/kin-recipe';
import { COPY_MAKING_DENIED_HEAD } from '../lexicon/conduct';
import { SOFT } from '../normalize';
import { marketSubject, MARKET_SUBJECT_REGEXES } from '../detect/market-subject';
import { UPGRADE_TOLD } from '../detect/upgrade-told';
import { HOME_RECORDS_ONLY } from '../detect/market-records';
/** Round 68 (engfa68): the shop saying it would never sell fakes, or not ruin its name by them (不会亏本卖假货, 犯不着卖高仿砸招牌). */
const FAKES_DISAVOWED_68 = /(?:不会|不可能|绝不|从不|不敢|犯不着|没必要|怎么可能)(?:去)?(?:亏本|冒险)?(?:卖|做|出|进)(?:假货|仿品|高仿|假的|a货)|(?:卖|做)(?:假货|仿品|高仿|假的)[^，。！？]{0,2}砸(?:自己的?)?(?:招牌|牌子)/;
/** Round 67 (engfa67): what 还原 re-creates, right after it (还原专柜的那种我们不做): stepped over to read the refusal after it. */
const RESTORED_OBJECT = /^(?:专柜|原版|正品|大牌|原厂|真品)/;


/** Round 17: the shop lending its name to nobody (没授权任何人用我们的名义卖货, 未授权他人以本店名义): a warning against namesakes. */
/** The buyer's worry named back to them (您是担心…, 亲怕…). */
const BUYER_WORRY = /(?:您|你|亲|宝|宝子)(?:是|是不是|是否)?(?:在|还|有点|比较)?(?:担心|害怕|怕|顾虑|怀疑|纠结)[^]{0,4}$/;
const NAME_NOT_LENT = /授权(?:给)?(?:任何人|任何店铺|别人|他人|其他人|其他店铺?)|(?:用|以)(?:我们|本店|我们店|咱们)(?:的|店的)?名义|冒用/;
const MESSAGE = '暗示商品不是正品（规则 2.8）';
/** A guarantee or remedy in the sentence turns "not genuine" into a promise: 不是正品假一赔十. */
/**
 * Round 45 (t45l): a sentence about a rival's goods only — pointed at by where they are sold (网上那几款, 别家的, 隔壁卖的) with none of ours
 * in it (我们, 本店, 这款).
 */
const RIVAL_GOODS_ONLY = /^(?![^]*(?:我们|我家|本店|咱|小店|这款|这个|我这))[^]*(?:网上|外面|别家|别人家|隔壁|他们家|他家|同行|其他店|别的店|友商)(?:卖的|的|上)?(?:那几款|那些款|那几种|那几个牌子|那款|那种|那些)/;
const REMEDY = /假一赔|退一赔|包退|全额退|赔三|赔十|赔付|倍赔|赔偿|承担鉴定|鉴定费|退款并/;
/** A book's printing from a file denied right before the anchor: 不是扫描版打印出来的, 并非电子版复印装订的 (round 21, t21bv). */
const PRINTING_DENIED_BEFORE = new RegExp(`${COPY_MAKING_DENIED_HEAD}(?:彩色|黑白)?(?:打印|复印|影印)?(?:出来)?$`);
/**
 * Round 57 (eng57a, A57): someone else's offer to the buyer as the subject (如果有人私下跟您说能拿到便宜的同款，多半不是正品; 要是有人给您推销低价的，
 * 那大概率不是真货): what a third party tells or sells the buyer is judged, not our goods.
 */
const THIRD_PARTY_TOLD = /有人[^，。！？]{0,10}?(?:跟|和|给|对|向)(?:您|你)(?:说|讲|推销|推荐|兜售|发)|有人(?:私下)?(?:推销|兜售|私信|联系)(?:您|你)?/;
/** Genuine goods named in the sentence. */
const GENUINE = /正品|真品|真货|专柜|原版|正版|大牌|品牌|原装|官方|官网/;
/** Advice on telling real from fake is service, not a claim. */
// (round 20: a check said to be missing is no advice — 这款没有防伪码，不是正品)
const ADVICE = /建议|(?<!没有|没|缺|缺少|无|不带)溯源|扫码|(?<!没有|没|缺|缺少|无|不带)防伪|鉴别方法|认准|谨防|小心|注意|识别|查询|可以对比|留意/;

/** The goods vouched for as genuine in the same sentence: 这款是正品，跟专柜一模一样. */
/** Round 22 (t22dv): the word named as the brand's or the line's own name (Fake Bake 这个牌子…品牌名就叫这个, the brand is literally called
 * that): a product sense, not a claim about the goods. */
// Round 41 (t41h): 'not real' / 'not genuine' said of a material the listing names honestly by its substitute (Vegan leather = PU 合成革, not
// real leather; gold-plated brass, not real gold; faux fur, not genuine fur): the material denied, not the brand — not with the brand, an
// original or a logo in the sentence (PU, not real leather, but the LV logo is the same as the original).
const MATERIAL_AFTER = /^(?:leather|silk|gold|silver|fur|wood|cashmere|wool|down|diamonds?|pearls?|marble|jade|crystal|suede|cowhide|sheepskin|lambskin|skin|bamboo|cotton|linen|stone|gemstones?|真皮|皮革|羊毛|蚕丝|黄金|银|钻石|珍珠|实木|羽绒)/;
const SUBSTITUTE_NAMED = /(?<![a-z])pu(?![a-z])|pvc|合成革|人造|仿皮|超纤|synthetic|faux|vegan|pleather|microfib|polyester|polyurethane|acrylic|plated|镀金|镀银|合金|alloy|brass|zirconi|(?<![a-z])cz(?![a-z])|moissanite|莫桑|labgrown|lab-grown|cultured|imitation(?:leather|pearl|fur)|artificial|人工|仿真/;
const MATERIAL_BRAND_TURN = /original|authentic|brand|logo|same|counter|专柜|正品|原版|原单|大牌|一模一样|but|however|不过|但是/;
function materialHonestlyNamed(ctx: LintContext, start: number, end: number): boolean {
  if (!MATERIAL_AFTER.test(ctx.after(end, 12))) return false;
  const s = sentenceOf(ctx, start, end, 60);
  if (MATERIAL_BRAND_TURN.test(s)) return false;
  if (SUBSTITUTE_NAMED.test(s)) return true;
  // (round 43, t43b: the compact view drops spaces, so CZ stone / PU, not real leather read czstonenotreal…, and the initials' boundary never
  // holds there: read them in the drafted text, spaces kept, around the anchor)
  const [from, to] = ctx.toOriginal(start, end);
  return /(?<![a-z])(?:pu|cz)(?![a-z])/.test(ctx.text.slice(Math.max(0, from - 80), to + 80).toLowerCase());
}
// Round 42 (t42a): the kind's word read in the folded view, where the words keep their spaces: the compact view joins them (fake fur
// trim → fakefurtrim, fake leather (PU) → fakeleatherpu), so a boundary test there failed on any English word after the kind. And the
// kind excuses the word only while the sentence turns to no brand (fake leather, but the logo is the same as the original; fake leather,
// clearly a copy of the brand): the soft-bounded notAfter it replaces stopped at the comma and never saw that turn.
const FAKE_KIND = /^[\s"'“”‘’(（-]*(?:tan(?:ning)?|bake|lash(?:es)?|eye ?lash(?:es)?|nails?|fur|leather|plants?|flowers?|grass|snow|blood|tattoos?|freckles?|tears?|eyebrows?|hair ?pieces?|bun)(?![a-z])/;
// ---- round 48 (t48e) ----
// Round 48 (t48e): "replica" as the brand's own issue — the official fan or commemorative edition beside the match-used or player one (品牌自己出
// 的比赛用球复刻纪念版（Replica），不是比赛实际用的那颗; 俱乐部官方发售的球迷版replica球衣): sports goods sell an authentic and a replica grade, both
// the brand's. The brand or club issues it in the sentence, and nothing likens it to a genuine article or speaks of copies (一模一样, 高仿, 原单).
const OFFICIAL_REPLICA = /^(?![^]*(?:一模一样|一样|高仿|仿品|仿的|原单|同款|跟正品|和正品|专柜|没授权|未授权|非官方))[^]*(?:品牌|官方|原厂|厂家|球队|俱乐部|联赛|赛事)(?:自己|自家|官方)?(?:出|推出|发行|发售|出品|授权|做)的[^，。！？]{0,16}?(?:复刻|纪念|球迷|replica)/;
// ---- end round 48 (t48e) ----
// ---- round 48 (t48h) ----
// Round 48 (t48h): discreet packing — the parcel kept plain so an outsider cannot tell what is inside (外箱没有任何品牌和图案，快递员看不出来是什么;
// 面单写日用品，家里人看不出买的啥): 看不出来 is the parcel's privacy, not a copy passing for the real thing. An outsider sees, what is inside is
// what they miss, and nothing in the sentence likens the goods to a genuine article or speaks of checking them.
const OUTSIDER_48 = /(?:快递员|快递小哥|快递|派件员|驿站|邻居|家人|家里人|爸妈|父母|老公|老婆|对象|室友|舍友|同事|门卫|保安|前台|别人|外人|旁人)(?:也|都|根本|完全|一眼)*$/;
const WHAT_INSIDE_48 = /^(?:里面)?(?:是|装的是|装了|装的|买的是?|买了)?(?:什么|啥|哪种|什么东西|啥东西)|^里面(?:装)?(?:的)?(?:是)?(?:什么|啥)/;
const GENUINE_TIE_48 = /撕|剪|去掉|抹掉|刮掉|磨掉|正品|真品|真货|真假|专柜|鉴定|原装|原版|原单|大牌|一模一样|一样|区别|差别|高仿|仿|假|验/;
function discreetParcel48(ctx: LintContext, start: number, end: number): boolean {
  return OUTSIDER_48.test(ctx.before(start, 10, 'soft')) && WHAT_INSIDE_48.test(ctx.after(end, 8, 'soft')) && !GENUINE_TIE_48.test(sentenceOf(ctx, start, end, 40));
}
// ---- end round 48 (t48h) ----
// ---- round 49 (t49b) ----
/** Round 49 (t49b): our goods as the subject (咱这盏, 我们这条, 这罐). */
const ROUND49_OURS = /咱这|咱们这|咱家|我们这|我们家|我这|我家|(?<!那)这(?:款|个|条|根|罐|盏|只|支|瓶|套|把|双|件|台|盒|袋|块|片|副|顶|盘|箱|批)/;
/** Round 49 (t49b): …or the goods as 它 (它跟那个牌子是一个“姓”). */
const ROUND49_OURS_OR_IT = new RegExp(`${ROUND49_OURS.source}|它`);
/** Round 49 (t49b): a likeness to the brand's goods conceded (就是长得像, 模样一样, 其他一模一样). */
const ROUND49_LOOKALIKE = /长得像|长得一样|看着像|看着一样|看起来一样|模样一样|样子一样|外观一样|外形一样|一模一样|没两样/;
/** Round 49 (t49b): the brand pointed at in the draft's own text, quotes included (“你也是那家的灯啊”). */
const ROUND49_BRAND_IN_DRAFT = /那家的|那个牌子|那牌子|那个品牌|大牌|名牌|专柜|正品|原版|原装/;
/** Round 49 (t49b): an honest other — a compatible or third-party part, our own brand told (兼容, 适配, 自有品牌). */
const ROUND49_HONEST_OTHER = /兼容|适配|适用于|通用款|第三方|自有品牌|自主品牌|国货品牌|(?:我们|咱们)(?:自己)?(?:的|家的)(?:牌子|品牌)|原创/;
// ---- end round 49 (t49b) ----
const KIND_BRAND_TURN = /original|authentic|brand|logo|counter|copy|copies|replica|designer|专柜|正品|原版|原单|大牌|品牌|一模一样/;
function fakeKindNamed(ctx: LintContext, start: number, end: number): boolean {
  if (end <= 0) return false;
  const f = ctx.norm.compactToFolded[end - 1]! + 1;
  if (!FAKE_KIND.test(ctx.folded.slice(f, f + 24))) return false;
  return !KIND_BRAND_TURN.test(sentenceOf(ctx, start, end, 60));
}
const BRAND_NAMED = /(?:品牌|牌子|商标|系列|产品)(?:的)?(?:名|名字|名称)?(?:本身)?(?:就|也|真的|确实)?叫(?:这个|这样|这)|(?:品牌|牌子|商标)(?:的)?(?:名|名字|名称)(?:本身)?(?:就|也)?是这个|名字(?:本身)?(?:就|真的|确实)?叫(?:这个|这)|brandiscalled|brandnameis|literallycalled/;
const GENUINE_CLAIM = /(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品|正品保证|(?<!(?:没|无|未|非|不是)[^]{0,4})授权|报关|溯源|同一批|同批|假一赔/;
/** Compared with the genuine article, in either order: 跟原厂的放一起, 和专柜真品对比, 专柜的对比. */
// (round 65, eng28-65: …or the real one named by its goods noun, 跟真表有一点点区别 — 真表, 真包, 真鞋; not 真机, a phone's live shot)
const VS_GENUINE = /(?:和|跟|与|同|对比|比|放一起|放在一起)[^]{0,8}?(?:专柜|正品|真品|真货|原厂|原装|原版|正版|柜台|大牌|原牌|真的|真(?:表|包|鞋|手表|包包|鞋子)|品牌店|品牌方|官方店|旗舰店|官网|(?<![a-z])z[pg](?![a-z])|zhengpin|zhuangui)|(?:专柜|正品|真品|真货|原厂|原装|原版|正版|柜台|大牌|原牌)[^]{0,6}(?:对比|比较|放一起|放在一起)/;
/** A second sign that the sameness hides something: nobody could tell, or it costs a fraction. */
// (round 65, eng28-65: …or a magnifier needed to see the difference, 不拿放大镜看不出来)
const HIDDEN_OR_CHEAP = /放大镜|私下|偷偷|接单做|(?:无|没有?|未经?|非)(?:品牌|官方)?授权|版本|真品|真货|真的|背出去|戴出去|穿出去|没人|没有人|谁也|谁都|别人|旁人|外人|一般人|根本|肉眼|价格?[^]{0,4}(?:零头|分之一|一折|半价)|便宜|只要|才[0-9一二两三四五六七八九十几百]|后换|换过|替换|国产|镜面|级做工|对比|放一起|放在一起|差了?[0-9一二两三四五六七八九十几]+倍|顶级货|高版本/;
/** Round 36 (t36d): a genuine-price bound against the counter told as the market's rule (see the 拿不到 cue), ours not put at it. */
const GENUINE_BOUND = /^(?:是)?(?:不可能|没可能|不会)(?:比|低于)(?:专柜|官方|官网|品牌|国内|原价|市场价|正价|柜台|免税店|门店)(?:价|的价格?|的)?(?:还)?(?:便宜|低)(?:出)?(?:一半|一大半|太多|很多|那么多|好多|[一二三四五六七八九]成|[0-9]+%|[一二两三四五]折|[0-9]折)/;
const OURS_AT_BOUND = /(?:我们|我家|本店|店里|咱们|咱家|这款|这个)(?:的|这)?[^，。！？]{0,8}?(?:就是|也是|能做到|做到了|能|可以|才)(?:半价|一半|五折|[一二两三四]折)|但(?:是)?(?:我们|我家|本店|咱们)(?:的|家)?(?:能|可以|就|却)/;
function genuineBoundTold(ctx: LintContext, end: number): boolean {
  return GENUINE_BOUND.test(ctx.after(end, 30, 'hard')) && !OURS_AT_BOUND.test(ctx.compact.slice(end, end + 160));
}

/** Round 24 (t24c): the buyer told to get a part themselves (需要另外配, 请您自己单独配, 可以自行另配). */
// (round 36, t36d: …or told where to get it, the buyer named — 气罐您得在国内另外配, 电池需要您到当地单独配; not the shop, 我们在国内另配)
const BUYER_GETS_APART = /(?:需要|需|得|请|建议|可以|要)(?:您|你|亲)?(?:自己|自行)?(?:再)?$|(?:您|你|亲)(?:自己|自行)?(?:需要|需|得|要|可以|可|就)?(?:自己|自行)?(?:在|去|到)(?:国内|本地|当地|附近|线下|网上|超市|五金店|户外店|实体店|别处|外面){1,2}(?:的)?(?:自己|自行)?(?:再)?$/;
/** A price named: 这个价, 这价位, 三百块钱. */
const PRICE = /价|钱|块|元|便宜/;
/** Round 40 (t40c): the brand's own price named with a number (官网卖三万多, 专柜价八千, 国内柜台要五千块). */
const OFFICIAL_PRICE = /(?:官网|专柜|官方|柜台|品牌店|官方旗舰店|商场|实体店)(?:的)?(?:卖|售价|价格|价|要|标价|定价|都要|都卖)(?:是|要|都要)?[^，。！？0-9一二两三四五六七八九十]{0,3}?([0-9.]+(?:万|千|k|w)?|[一二两三四五六七八九十百千万]+)(?:多)?(?:万|千|百|块|元|k|w)/;
/** …and the shop's own (我们这里一千出头, 我们才八百, 店里只卖九百). */
const SHOP_LOW_PRICE = /(?:我们|我家|咱家|本店|店里|这里|这边|我这|咱们)(?:这里|这边|店里|家)?(?:只要|才|只卖|卖|就|只|价格|售价)?(?:是|要)?([0-9.]+(?:万|千|k|w)?|[一二两三四五六七八九十百千万]+)(?:多|出头|来|左右)?(?:万|千|百|块|元|k|w)?/;
const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, k: 1000, w: 10000 };
/** A price as written (3.5万, 8000, 三万, 一千, 二百八 — a trailing digit after a unit is the next unit down). */
function priceValue(t: string): number {
  const latin = /^([0-9.]+)(万|千|k|w)?$/.exec(t);
  if (latin) return Number(latin[1]) * (latin[2] ? CN_UNIT[latin[2]]! : 1);
  let total = 0;
  let section = 0;
  let digit = 0;
  let lastUnit = 0;
  for (const ch of t) {
    if (ch in CN_NUM) digit = CN_NUM[ch]!;
    else if (ch === '万') { section = (section + digit) * 10000; total += section; section = 0; digit = 0; lastUnit = 10000; }
    else if (ch in CN_UNIT) { section += (digit || 1) * CN_UNIT[ch]!; digit = 0; lastUnit = CN_UNIT[ch]!; }
  }
  return total + section + (digit && lastUnit >= 100 ? (digit * lastUnit) / 10 : digit);
}
/** Round 40 (t40c): the brand's price at least three times the shop's, units read after the number (三万多 vs 一千出头). */
function steepGapToOfficial(text: string): boolean {
  const o = OFFICIAL_PRICE.exec(text);
  if (!o) return false;
  const rest = text.slice(o.index + o[0].length);
  const m = SHOP_LOW_PRICE.exec(rest);
  if (!m) return false;
  const unitOf = (whole: string, num: string) => /^(?:多|出头|来|左右)?(万|千|百|k|w)/.exec(whole.slice(whole.indexOf(num) + num.length))?.[1];
  const ou = unitOf(o[0], o[1]!);
  const su = unitOf(m[0], m[1]!);
  const official = priceValue(o[1]! + (ou && !/[万千百kw]$/.test(o[1]!) ? ou : ''));
  const ours = priceValue(m[1]! + (su && !/[万千百kw]$/.test(m[1]!) ? su : ''));
  return ours > 0 && official >= 3 * ours;
}
/** The look or make of a copy: 做工, 版本, 上脚. */
const MAKE = /做工|版本|细节|品质|质量|上脚|上身|走线|五金|效果|穿着|用着|能用/;
/** A shell that is genuine around contents that are not: 原装回收瓶, 回收的正品罐, 正品空瓶. */
// (round 38, t38b: …or the containers said to be the maker's, recycled — 桶和瓶盖都是原厂回收的)
// (round 40, t40h: …or the brand's bag filled from bulk — 大袋散装分到原装袋里的; the original tins recycled — 罐子是原罐回收的)
const GENUINE_SHELL = /(?:原装|原厂|正品|原版|专柜|品牌|大牌)的?(?:回收)?的?空?(?:小瓶|大瓶|瓶|罐|盒|包装|外壳|壳|袋子?)|原(?:罐|瓶|盒|桶|袋)子?(?:都|也)?回收|回收的?(?:原装|原厂|正品|原版|专柜|原)?的?空?(?:瓶|罐|盒)|(?:瓶|罐|盒|外壳|瓶身|外瓶)子?(?:是|用的是?)?(?:正品|原装|原厂|原版|专柜)|(?:瓶|罐|盒|桶|瓶盖|盖子|包装)(?:和[^，。]{1,4})?(?:都|也|全)?是(?:原装|原厂|正品|原版|品牌)(?:那边)?的?回收|回收(?:来)?的?[^，。！？]{1,6}?(?:原|空)(?:瓶|罐|盒|袋|桶)|(?:瓶|罐|盒|袋|桶)子?(?:都|也|全)?(?:是|用的是?)(?:回收|收来|收回来)的|(?:进口|原装|原厂|正品)原(?:袋|瓶|罐|盒|桶)/;
/** Packaging or parts, and who filled or changed them (we, here, at home). */
const SHELL_OR_PART = /瓶|罐|盒|包装|外壳|壳|机芯|表盘|零件|配件|外盒/;
/** Round 43 (t43j): a device's core part and the price explained by it, both in the sentence (主板…所以才这个价, 镜头…才这么便宜). */
const CORE_PART_PRICED = /^(?=[^]*(?:主板|镜头|屏幕|屏(?!幕)|芯片|机身|镜片|电机|马达|发动机|处理器|摄像头|显卡|内存|硬盘|主控|机心|表芯|音圈|喇叭|发热体|压缩机)(?!膜|保护|套|壳|贴|罩|盖|清洁|支架|包|袋))(?=[^]*(?:所以才|才(?:这个|这样的|这么|卖)|所以(?:便宜|价格低|价低|这个价)|便宜(?:这么|那么)多|价格?(?:才|就)?(?:这么|那么)?低|这个价(?:位|格|钱)?(?:的原因|就是因为)))/;
/** An empty container for decanting named as goods (分装瓶, 分装喷瓶, 分装盒), not the act (分装瓶装的, 分装瓶里灌的). */
// (round 41, t41f: …or named for what it holds — 分装药盒, 分装奶粉盒, 分装调料瓶, 分装乳液瓶)
const DECANT_CONTAINER = /^(?:小|旅行|便携|真空|按压|喷雾|喷)?(?:药|药片|调料|调味|奶粉|米粉|乳液|面霜|洗护|洗发水|沐浴露|香水|收纳)?(?:瓶|盒|袋|罐|喷瓶|壶|器|工具)(?!装|里|中|内|灌|分)/;
/**
 * Round 66 (engfa66): …or the word heading a field printed on the label (背标上有原产国和灌装日期, 瓶底有灌装批号): the date or batch of a fill
 * names when, not who filled it or where.
 */
const DECANT_CONTAINER_OR_FIELD = new RegExp(`${DECANT_CONTAINER.source}|^(?:日期|时间|批号|批次|年份|年月|编号)`);
/**
 * Round 66 (engfa66): 另装 as "packed apart" — a piece of the order put in a bag or box of its own (赠品另装在小袋里, 杯套是分开另装的, 巧克力是
 * 另装的独立小包): the packing, not a part fitted. The container follows, or a 分开 / 单独 / 分别 before it says the same, and nothing in the
 * sentence likens the goods to the genuine or refills a bottle (瓶子是正品回收的, 味道一样).
 */
const PACKED_INTO = /^(?:在|进|到|入|成|于)?(?:了)?(?:一个|一只|一袋|个|两个|几个|单独的?|独立的?)?(?:小|透明|密封|塑料|纸)?(?:袋|袋子|包装袋|自封袋|气泡袋|塑封袋|盒|盒子|纸盒|箱|纸箱|小包|包|格)|^(?:的)?(?:独立|单独)(?:小)?(?:包|袋|盒)/;
const PACKED_APART_BEFORE = /(?:分开|单独|分别|独立)(?:来)?$/;
const PACKED_LIKENED = /回收|原瓶|正品(?:瓶|罐|盒)|一样|一模|看不出|差不多|冒充|当(?:成|作)正品|味道/;
function packedApart(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '另装') return false;
  if (!PACKED_INTO.test(ctx.after(end, 10, 'soft')) && !PACKED_APART_BEFORE.test(ctx.before(start, 4, 'soft'))) return false;
  return !PACKED_LIKENED.test(sentenceOf(ctx, start, end, 40));
}
/**
 * Round 39 (t39m): the goods' own maker putting its mark on as a step of making (杯底的品牌标是工厂贴花烧上去的; logo是工厂镭雕的): a
 * factory unqualified, by a firing or marking craft, is how the genuine piece is marked — not a factory sought out, another or a
 * home one, nor with our hand, a later time, a bare body or a likeness anywhere in the sentence.
 */
const MAKER_MARKED_IN_MAKING =
  /^(?![^]*(?:我们|咱们|自己|店里|国内|另外|另找|后来|后期|事后|之后|后补|后加|补上|白瓷|白坯|白牌|素坯|国产|本身|普通|原来|一样|差不多|没区别|看不出|喝不出|吃不出|摸不出|尝不出|闻不出|分不出|便宜))[^]*(?<!找|别的|其他|其它|代|小|外面的|那个|这个)工厂(?:在)?(?:烧制|生产|出厂)?(?:时|的时候|前)?(?:就)?(?:一起|直接|统一)?(?:贴花(?:后)?烧|釉下彩?烧|釉上彩?烧|烧制|烧|丝印|移印|烫金|压印|镭雕|激光(?:打|刻|雕))(?:上去|出来|上|成|好)?的/;
/**
 * Round 36 (t36b): repacking disclosed as the lawful kind — a licensed packer (有资质的工厂, 生产许可证, SC编号) named, or the packer's name
 * printed on each pack (印着分装厂名称, 标注了分装企业; round 39, t39m: 包装上写了分装厂 with no name said) — is the compliant way to sell bulk imports in small packs (咖啡糖大包装进口后由国内有资质的
 * 工厂分装成小袋), not a fake — unless the packs are said to pass for the imported ones (看着跟进口的一样, 看不出).
 * Round 54 (eng54c): …or the brand's licence to repack named (品牌授权分装，有批文).
 */
const LAWFUL_REPACK =
  /^(?![^]*(?:一模一样|一样|看不出|喝不出|吃不出|摸不出|尝不出|闻不出|认不出|分不出|没区别|冒充|装作|当成|就当))(?=[^]*(?:品牌(?:方)?(?:授权|官方|自己)分装|授权分装|分装批文|有批文|有资质|具备资质|资质齐全|持证|生产许可|许可证|sc编号|sc[0-9]{6}|(?:印|标|写|注)(?:着|有|了|明|注)?[^，。]{0,4}(?:分装|灌装|包装)(?:厂|商|企业|单位|公司)(?:的)?(?:名称|名字|信息|地址)|(?:分装|灌装)(?:厂|商|企业|单位)(?:的)?(?:名称|名字|信息|地址)|(?:包装|袋|袋子|瓶|罐|盒|标签|外包装|背标|包装袋)(?:上|上面|背面|后面)?(?:都|也)?(?:写|印|标|注)(?:着|有|了|明)(?:了)?(?:我们|我们的|咱们|咱们的)?(?:分装|灌装)(?:厂|商|企业|单位|公司)(?!是|就是|其实|在|写|印|标|不)))/;
/**
 * Round 41 (t41l): the origin or the filling told on the pack or the page (外包装上印着这几个字, 详情页也标了, 外盒底部印着Made in Korea),
 * with no likeness to the imported article nor a contradiction beside it (其实, 实际是, 看不出): a disclosure, not a disguise.
 */
const ORIGIN_DISCLOSED =
  /^(?![^]*(?:一模一样|一样|看不出|喝不出|吃不出|摸不出|尝不出|闻不出|认不出|分不出|没区别|冒充|当成|就当|其实|实际上|实际是|本身|里面是|懂的|您懂|你懂))[^]*(?:外包装|包装|外盒|盒子|盒|瓶身|罐身|标签|背标|详情页?|页面|标题|商品名)(?:上|里|中|底部|背面)?(?:面)?(?:也|都|已|已经)*(?:印着|标着|写着|印了|标了|写了|注明|标明|写明|标注|印有|标有|说明)/;
/** Round 41 (t41l): the country whose 国 a 国产 anchor borrows (韩国产, 美国产, 泰国产): a foreign origin, not a domestic make. */
const COUNTRY_BEFORE_GUO = /(?:韩|美|德|法|英|泰|俄|外|异|邻|王|岛)$/;
/** Round 41 (t41l): a product with two origins told (有韩国产和中国产两个产地, 分国产和进口两个版本): which one ships is a fact, not a fake. */
const ORIGINS_TOLD = /(?:两|二|多|几|三)个(?:产地|生产地|原产地|产区)|产地(?:有|分)(?:两|多|几)|(?:两|多)(?:个)?(?:产地|地)(?:生产|都有)/;
/** Round 41 (t41l): foreign origins named for a container or a print, beside FOREIGN places the trade uses. */
const FOREIGN = '(?:新西兰|澳洲|澳大利亚|日本|韩国|美国|法国|德国|意大利|英国|瑞士|加拿大|荷兰|比利时|西班牙|牙买加|苏格兰|泰国|越南|智利|阿根廷|巴西|哥伦比亚|埃塞俄比亚|瑞典|丹麦|挪威|芬兰|奥地利|欧洲|北欧|进口|原装|国外|海外)';
/** Round 46 (t46b): FOREIGN with more origins the subtle 2.8 cues meet (沙特的椰枣, 土耳其的). */
const FOREIGN_46 = `(?:${FOREIGN}|沙特|迪拜|阿联酋|伊朗|土耳其|印度|俄罗斯|新加坡|马来西亚|印尼|菲律宾|墨西哥|秘鲁|南非|以色列|葡萄牙|波兰|捷克|爱尔兰|冰岛|古巴|中东)`;
/** Round 41 (t41l): Chinese provinces and towns named as the real source (实际是云南豆拼的, 其实是山东产的). */
const HOME_PLACE = '(?:云南|海南|广西|广东|山东|河北|河南|新疆|内蒙|东北|四川|浙江|江苏|安徽|湖南|湖北|江西|贵州|陕西|甘肃|宁夏|青海|黑龙江|吉林|辽宁|山西|天津|重庆|阳江|潮汕|汕头|揭阳|佛山|中山|临沂|保定|白沟|平湖|虎门|台州|宁波|绍兴|嘉兴|湖州)';
/** Round 43 (t43e): stand-in stuff a natural or precious thing is pressed, cast or dyed from (贝壳粉压的, 树脂灌的, 合成的): see the printed-origin cue. */
const STAND_IN_STUFF = '(?:贝壳粉|珠母粉|蚌壳粉|石粉|树脂|塑料|玻璃|亚克力|合成(?:的|材料|革)?|人造(?:的|革|石)?|再生料|碎料|边角料|pu皮?|仿[^，。！？]{0,3}?的|[^，。！？]{0,4}?(?:压的|压制的|压出来的|灌的|注胶的|染的|染色的|镀的))';
/** What the goods are said to be in truth after 其实是 (see the printed-origin cue): a home maker or place, a blend, a repack, stand-in stuff. */
const ORIGIN_BELIED = new RegExp(`^[^，。！？]{0,6}?(?:${HOME_PLACE}|[^，。！？]{0,4}?(?:拼的|拼配的?|混的|兑的|掺的|勾兑的?)|国产|国内|内地|本地|这边|那边|当地|义乌|广州|东莞|深圳|福建|莆田|温州|泉州|工厂|小厂|作坊|副厂|兼容|组装|贴牌|贴的牌|杂牌|白牌|厂家|厂子|厂里|换的[^，。！？]{0,4}?包装|换了[^，。！？]{0,4}?包装|重新包装|重新装|(?<!(?:原|品牌|官方|正品|原装|自家|他们家|它家)的?)厂(?:子|家|里)?(?:做|出|生产|产|造|加工|代工)|${STAND_IN_STUFF})`);
/** Round 36 (t36b): a line said openly to be the shop's own (品牌自有款, 本品牌, 我们自己的系列), with no likeness to another's or price gap beside it. */
const OWN_LINE_OPENLY =
  /^(?![^]*(?:一模一样|差不多|没区别|没差|看不出|认不出|懂的|您懂|你懂|懂就好|专柜|正品|原厂|大牌|零头|分之一|一折|半价|只是没|就是没|只是不|就是不))[^]*(?:自有款|自有系列|自有产品|自营款|本品牌|本店品牌|我们(?:的|自己的?|自家的?)(?:系列|款|产品线))/;
/** Round 63 (engfa63): the brand itself the one who assembled, filled or packed it, at a site of its own (表壳是品牌在香港组装的, 原厂在越南的工厂灌装): not us. */
const BRAND_DID_IT = /(?<!不是|并非|非|没有|不|冒充|假装|号称|说是)(?:品牌方?|原厂|官方)(?:自己|自家)?(?:在[^，。！？我咱]{1,8})?(?:的)?(?:工厂|厂)?(?:组装|灌装|分装|封装|装配|生产|包装)(?:的|后)/;
/** Round 29 (t29c): filled by the maker at the source (酒庄原瓶灌装, 原产地灌装, 原厂灌装): what a genuine import is. */
// Round 63 (engfa63): …or in the foreign country itself, its 本地 / 当地 the country's (里面内容物是澳洲本地灌装的, 法国当地工厂灌装): not a home place.
const FILLED_AT_SOURCE = new RegExp(`(?:酒庄|庄园|酒堡|酒厂|原产地|产地|原厂|品牌方|品牌工厂|海外工厂|(?<!我们|我们在|在|从)${FOREIGN.replace('|进口|原装', '')}(?:的)?(?:本地|当地|本土)?(?:的)?(?:工厂|厂|酒庄)?)(?:的)?(?:原瓶|原装|直接|统一)?$`);
/**
 * Round 42 (t42i): the fill told by its date (麦卢卡是2025年3月灌装的, 这批去年10月分装): a batch fact, the date right before the word, nothing
 * said of who filled it or where.
 */
const FILLED_ON_DATE = /(?:[0-9]{1,4}(?:年|月|日|号)|年初|年中|年底|月初|月中|月底|上个?月|这个月|本月|今年|去年|前年|当天)(?:份)?$/;
/**
 * Round 30 (t30c): a parcel resealed on its way — the shipping carton or bag (重新封箱, 重新封了包裹), or by the inspector or courier who
 * opened it (海关查验后会重新封口, 快递站验视后重新包装了一下): logistics, not the goods' own package redone. Read only for 重新封/重新包装.
 */
const RESEAL = /^(?:重新封|重新包装)$/;
const SHIPPING_CARTON = /^(?:箱|好箱|了箱|上箱|装箱|外箱|纸箱|快递箱|包裹|了包裹|好包裹|快递袋|袋口)/;
const INSPECTOR_OPENED =
  /(?:海关|查验|检疫|安检|边检|快递站|快递员|驿站|物流|快递公司|验视)[^，。]{0,10}?(?:查完|验完|检查完|查验完|抽查完|验视完|开箱后|查验后|检查后|抽检后|验视后|查过|验过|开过箱|开箱)(?:之后|以后|后)?(?:他们|工作人员|对方)?(?:会|就|都会|一般会|也会)?$/;
function resealedInTransit(ctx: LintContext, start: number, end: number): boolean {
  if (!RESEAL.test(ctx.compact.slice(start, end))) return false;
  return SHIPPING_CARTON.test(ctx.after(end, 6, 'soft')) || INSPECTOR_OPENED.test(ctx.before(start, 24, 'soft')) || INSPECTOR_OPENED_CLAUSE.test(ctx.before(start, 24, 'hard'));
}
// Round 47 (t47e): …or the inspection told in the clause before, ending on the opening (海关要是开箱查验，重新包装可能没原来精细; 快递站验视
// 的话，重新包装会简单些): the same repack by whoever opened the parcel.
const INSPECTOR_OPENED_CLAUSE = /(?:海关|清关|检疫|安检|边检|快递站|快递员|驿站|快递公司)[^。！？]{0,12}?(?:开箱|查验|抽检|抽查|验视|拆箱|拆包)(?:了|过)?(?:的话|时|时候|之后|以后|后)?$/;
/**
 * Round 35 (t35c): an original withdrawn for compliance (审图号, 不允许销售, 不合规, 没过审) and a different edition named as what is sold
 * (中文版, 国内版, 修订版, 合规版): not a copy passed off as the original — unless it is said to match the original (原样, 一模一样, 看不出).
 */
const COMPLIANT_REEDITION =
  /^(?![^]*(?:一模一样|原样|照着|看不出|喝不出|吃不出|摸不出|尝不出|闻不出|跟原版一样|和原版一样|与原版一样|跟原版没区别|和原版没区别|同款|盗版|没授权|未授权))(?=[^]*(?:审图号|不允许(?:销售|卖|进口|上架)|不能在国内(?:销售|卖)|国内不能(?:销售|卖)|不合规|没过审|未过审|没有过审|送审|审核通过|标准地图))[^]*(?:中文版|国内版|合规版|修订版|简体版|审图版)/;
/** Round 39 (t39d): the mark said to be the shop's own (我们自己的标, 自家品牌的logo): no other maker's mark put on. */
const OWN_MARK = /(?:我们|我家|自家|咱家|本店|自己)(?:的|家)?(?:自己的?|自有的?)?(?:品牌|牌子)?(?:的)?(?:标|logo|商标|牌子|品牌)|自有品牌|自主品牌/;
const DONE_HERE = /我们|自己|国内|本地|国产|这边|散装|代工|小作坊|工厂|另外|另行|额外|另配|另装|另换/;
/** Verification: anti-fake code, trace code, an appraisal, the counter. */
const VERIFY = /防伪|溯源|鉴定|送检|验货|专柜验|得物|真伪|真假|验/;
/** Nobody could tell (an audience that cannot see the difference): 没人分得清, 谁看得出来, 没人会多看. */
const NOBODY_TELLS = /看不出|分不出|分不清|分得清|看得出|认不出|认得出|瞧不出|瞧得出|辨不出|没人(?:会)?(?:多看|注意|发现|怀疑|认出|看出|知道)|谁(?:也|都|会)?(?:看得出|认得出|分得清|知道|发现|看出)|发现不了/;
/** Genuineness is the topic: a copy's trade words, the genuine article, or a check. */
const AUTHENTICITY = /正品|真品|真货|专柜|原版|原款|原厂|大牌|真假|真伪|鉴定|验|得物|莆田|华强北|懂的都懂|懂得都懂|高版|版本|仿/;
/** A flaw or a look, not a copy: 有个小线头，穿出去看不出来, 显瘦, 遮瑕. */
const FLAW = /瑕疵|线头|划痕|色差|污渍|褶皱|折痕|小点|胶水|磨损|修补|补过|显瘦|显白|遮瑕|百搭|开线|起球|压痕|印子|尺码|码数/;
/** Round 29 (t29b): a repair or touch-up right before "cannot tell" — the mend is what is invisible, not a copy (补完基本看不出来). */
const REPAIRED_BEFORE = /(?:补|修|修复|修补|补色|补油|补漆|处理|翻新|抛光|打磨|护理|保养|遮|盖|涂)(?:完|好|过|后|之后|以后)(?:了|的话)?(?:基本上?|几乎|根本|完全|就|都|也|一般|肉眼)*$/;
/** Waving a failed check away: 不影响使用, 很正常, 自己用没问题, 介意的话慎拍. */
const SHRUG = /不影响|正常|没关系|不用管|别管|无所谓|没问题|自己(?:穿|用|戴|背)|看得出|看不出|慎拍|照样|一样用|能用|(?:舒服|好看|喜欢|开心|好用|实用)就(?:好|行)|都这样/;
/** Only an outright claim of genuine goods or its papers (溯源/防伪 may be what was faked). */
const STRICT_GENUINE_CLAIM = /(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品(?!图|照|的图|的照|的样图|的实拍|对比)|正品保证|报关单|授权书|品牌授权|官方授权|假一赔/;
/**
 * Round 34 (t34d): STRICT_GENUINE_CLAIM with the brand's licence given to the other, dearer item set against ours (贵的那款是品牌授权的，我们这款
 * 不用交授权费): the licence is not claimed for our goods.
 */
const OWN_GENUINE_CLAIM = new RegExp(
  STRICT_GENUINE_CLAIM.source.replace('品牌授权|官方授权', '(?<!(?:那款|那个|那种|那家|贵的|贵的那款|专柜的|专柜那款|柜台的|官方的|人家|别人)(?:是|都是|才是|属于|有)?)(?:品牌授权|官方授权)'),
);
// Round 44 (t44g): the act told of someone else in its own clause (市面上有人把进口止汗露换瓶灌装冒充正品，要小心; 有些商家拿散装酒自己勾兑): a
// warning about the market, whatever the next sentence says of ours — not when we are in that clause (有人说我们是国内灌装的).
const OTHERS_ACT_BEFORE = /(?:有人|有些人|有的人|不少人|个别人|别人|别家|不法(?:商家|分子)|黑心(?:商家|商贩|作坊)|无良商家|骗子|(?:有些|有的|个别|一些|某些|不少)(?:商家|卖家|店家|小店|网店|微商|代购|商贩))(?![^]*(?:我们|我家|本店|咱们|咱家|我这|小店我))[^]{0,18}$/;
// Round 45 (t45h): …or the market as the doer (外面有回收进口空瓶重新灌装的情况; 市面上存在拿空瓶灌装的) — only in a draft that warns or tells the
// buyer how to check (提醒, 小心, 先看防盗环, 扫码验证): 外面 alone may be the maker outside (外面有厂帮我们灌装), which OTHERS_ACT_BEFORE's
// own-side test rules out here too.
const MARKET_ACT_BEFORE = /(?:外面|外头|市面上|市场上|网上|现在)(?:也|还|确实|经常|常|一直)?(?:有|存在)(?:不少|很多|一些|些)?(?![^]*(?:我们|我家|本店|咱们|咱家|我这|帮我|给我|替我))[^]{0,18}$/;
const HOW_TO_CHECK = /提醒|小心|警惕|谨防|当心|注意|留意|辨别|分辨|鉴别|识别|怎么看|怎么分|检查|查看|核对|先看|看一下|看看|扫码|验证|防伪|防盗|封口|封膜|报关单|溯源/;
// …and never with our own side owning the same act after it (外面有回收空瓶灌装的，我们也是这样, 跟他们一样).
const OWN_TOO = /(?:我们|我家|本店|咱们|咱家|我这边?|店里)(?:家|店|这边)?[^，。！？]{0,6}?(?:也是|也这样|也这么|也一样|同样|一样是|都一样|也用|也灌|也回收|也分装|这么来的|这样来的|就是这样|就是这么|从他们|从那|那里拿|那拿|那进)|跟(?:他们|人家|别人|外面)一样|(?:所以|才)(?:这么|那么)?(?:便宜|低价|价格低|价低)/;
function othersDoIt(ctx: LintContext, start: number): boolean {
  const before = ctx.before(start, 24);
  const others = OTHERS_ACT_BEFORE.test(before) || ((MARKET_ACT_BEFORE.test(before) || ROUND49_CHEAP_ONES_BEFORE.test(ctx.before(start, 30))) && HOW_TO_CHECK.test(ctx.compact));
  return others && !OWN_TOO.test(ctx.after(start, 40, 'hard'));
}
// ---- round 49 (t49f) ----
/**
 * Round 49 (t49f): the doer left unnamed — some cheap goods of the kind head the clause (有些特别便宜的“核桃油”其实是大豆油加香精调出来的,
 * 一些几块钱的“蜂蜜”是糖浆兑出来的): an indefinite quantifier with a low price is the market's goods, not ours; read, like
 * MARKET_ACT_BEFORE, only in a draft that warns or teaches a check, and never with ours between.
 */
const ROUND49_CHEAP_ONES_BEFORE = /(?<!我们|我家|本店|咱们|咱家|店里|我这)(?:有些|有的|一些|某些|个别|部分|很多|好多|不少|那些|那种)(?:(?:特别|很|超|太|过于|比较|异常|格外)?(?:便宜|低价|廉价|白菜价|几块钱|十几块|地摊)|价格(?:特别|很|超|太|比较)?(?:低|便宜))(?![^]*(?:我们|我家|本店|咱们|咱家|我这))[^]{0,24}$/;
/** Round 49 (t49f): a stall denied right before it (没有线下档口, 不开档口, 也不从档口拿货): no source named. */
const ROUND49_STALL_DENIED = /(?:没有|没|无|不开|不设|不从|不去|不在|不走)(?:开|设|过)?(?:任何|什么)?(?:线下|实体|批发)?(?:的)?$/;
/**
 * Round 49 (t49f): the query count explained by the buyer's own scans (扫一次显示“首次查询”，再扫就会显示“已查询1次”; 您重复扫的话会显示已查询):
 * how the code works, not a failed check shrugged off.
 */
// Not with a price, everyday use or a likeness shrugged in beside it (…很正常，日常用没问题，这个价位就这样).
const ROUND49_OWN_RESCAN = /^(?![^]*(?:价位|这个价|便宜|日常|自己用|一样|没区别|差不多|无所谓|懂的))[^]*(?:(?:再|重新|重复|多)(?:扫|查|刮)(?:一次|一遍|一下|几次|的话)?(?:就|会|的话|都|也)|首次查询|第一次(?:扫|查))/;
// ---- end round 49 (t49f) ----
/** Someone else's goods or a warning about them: 市面上有些山寨货照着大牌做，谨防假冒. */
/** A low price with its reason told (round 36, t36h): a sale, a short date, a clearance, a subsidy, a bonded warehouse. */
const CHEAP_FOR_A_REASON = /活动|店庆|周年|清仓|临期|效期|福利|优惠|补贴|券|满减|秒杀|直播间|限时|大促|双十一|双11|618|年货节|会员|冲量|冲销量|保税|免税|直邮|跨境|关税|没有中间商|工厂直销|批发|尾货价|换季|断码|过季|老款|瑕疵|样品|二手|库存/;
// Round 43 (t43e): not the other shops as a yardstick of price only (您问为什么比别家便宜，实话说…; 比外面便宜一半是因为…): the comparison sets up
// our own goods' account, it names no one else's goods.
/** The head of the platform's review score of a shop or its goods, given by buyers (店铺评分4.9, 商品的评分, 服务分数): no grading slab. */
const REVIEW_SCORE_HEAD = /(?:店铺|店|商品|宝贝|服务|物流|描述|综合|买家|用户|顾客|平台|口碑|好评)(?:的)?$/;
const OTHERS_OR_WARNING = /谨防|假冒|举报|投诉|维权|(?<!比)(?:市面上|市场上|网上|外面|有些店|有的店|别家|其他店)|骗子|小心|警惕/;

// ---- round 46 (t46a) ----
/** Round 46 (t46a): a mark, print or original feature as the topic of a "nobody looks" (logo, 印的字, 我们这批都没有). */
const ROUND46_MARK_TOPIC = /logo|商标|标签|标识|吊牌|洗标|水洗标|印的|印着|印上|字样|原厂|原装|正品|专柜|牌子|品牌|另找|另配|(?:我们|这批)[^，。]{0,4}(?:都)?没有/;
/** Round 46 (t46a): what the buyer is told not to look into: a mark or print, the origin, the original's trait (本来应该…). */
const ROUND46_LOOK_TOPIC = /标|logo|印的|印着|印上|字样|从哪|哪里产|哪产|哪国|哪个国家|产地|原产|出厂|来源|哪来的|本来(?:应该|是)|原厂|官网|证书|说明书/;
/** Round 46 (t46a): a flaw or a dent shrugged off is no hint of a fake (FLAW without 线头: stitching praised is no flaw — 线头都处理得很好). */
const ROUND46_FLAW = /瑕疵|划痕|色差|污渍|褶皱|折痕|磨损|开线|起球|压痕|尺码|码数|压了|压扁|瘪|掉漆|破损|磕碰|脏|皱|歪|有点旧|不影响使用/;
/** Round 46 (t46a): the true origin or licence told (国货, 自有品牌, 授权生产, 详情页写明, OEM代工厂). */
const ROUND46_HONEST_ORIGIN = /国货|自有品牌|国产品牌|授权生产|授权工厂|品牌授权|官方授权|代工厂|oem|写明|注明|标明|标注|写着|写得(?:很|清清)?(?:清楚|明白)|详情页|如实/;
// ---- end round 46 (t46a) ----
// ---- round 46 (t46k) ----
/**
 * Round 46 (t46k): the label's or plate's maker explained as the brand's contract factory (铭牌上的厂名是品牌的代工厂, 标签上的生产商是品牌
 * 委托的代工厂): the paperwork of the goods accounted for — not with a likeness, a price or a wink beside it (…所以跟正品一样, 便宜).
 */
const ROUND46K_LABEL_MAKER_OEM = /^(?![^]*(?:一样|一模一样|没区别|差不多|同款|便宜|价格|这个价|懂的|您懂|你懂|流出|尾单|尾货|看不出|分不出|冒充|当成|平替|高仿|复刻))[^]*(?:铭牌|标签|背标|包装|吊牌|说明书|合格证|外盒|盒子|瓶身|瓶底|袋子|袋|机身|底部)(?:上|上面|背面|底部)?(?:的|写的|印的|标的|写着的|印着的|显示的|标注的)?(?:厂名|厂家|生产商|制造商|生产厂家|生产厂|制造厂|厂商|工厂|生产企业|受托方|受托生产企业|委托方)(?:名称|名字|信息)?(?:是|为|就是|其实是|显示的是|写的是)[^，。！？]{0,8}?(?:品牌|牌子|品牌方)(?:方)?的?(?:正规|授权|签约|合作)?(?:代工厂|代工方|oem|受托工厂|委托工厂|生产商|合作工厂)/;
/**
 * Round 46 (t46k): our own brand said to be domestic and the foreign-language print on its pack a design choice (国货品牌，包装上印英文显得
 * 洋气): the origin told openly — not with a foreign brand, a likeness or a passing-off beside it (让人以为是进口的, 跟大牌一样).
 */
const ROUND46K_DOMESTIC_OWN_PRINT = /^(?=[^]*(?:国货|国产品牌|国潮品牌|本土品牌|国内品牌|自有品牌|自主品牌))(?=[^]*(?:英文|外文|日文|韩文|法文|洋气|设计|风格|排版|好看|时尚))(?![^]*(?:大牌|正品|原版|原装|进口|专柜|一样|一模一样|差不多|没区别|冒充|假装|装成|当成|以为|看不出|分不出|懂的|您懂|你懂|便宜|借|外国牌子|国外牌子|logo|商标))/;
// ---- end round 46 (t46k) ----
/** Round 39 (t39d): OTHERS_OR_WARNING where 外面 names the maker (外面的工厂照着…做的), not the market outside. */
/** Round 45 (t45k): others' goods heading the sentence (有些…, 有的…, 还有…的, 网上那些…): a fake mark said of them, not of ours. */
const OTHERS_MARKED_BEFORE = /(?<!我们|我家|本店|咱家|店里)(?:有些|有的|还有|一些|某些|个别|那些|别人家|别家)/;
/** Round 45 (t45k): a note card: the buyer's own words or a greeting printed on it; and the collectible senses that keep 打印卡片 a copy. */
const MESSAGE_CARD = /(?:您|你|客户|顾客)(?:提供|写|定|给|发)的?(?:文字|内容|祝福|话|名字|留言)|祝福|贺卡|留言|感谢卡|心意卡|明信片|手写|寄语/;
const COLLECTIBLE_CARD = /原卡|正版|原版|一样|没区别|差不多|卡牌|闪卡|球星卡|游戏王|宝可梦|万智牌|偏色|收藏|对战|稀有/;
/** Round 56 (eng56b): OTHERS_OR_WARNING where 外面 is the goods' own outside (外面的罐子换了牌子, 外面的包装): no market warned of. */
const OTHERS_OUTSIDE_ITEM = new RegExp(OTHERS_OR_WARNING.source.replace('外面', '外面(?!的?(?:罐|瓶|盒|包装|壳|袋|箱|标|牌|皮|套|层))'));
const OTHERS_OR_WARNING_BUT_MAKER = new RegExp(OTHERS_OR_WARNING.source.replace('外面', '外面(?!的?(?:工厂|厂|厂家|作坊|代工))'));
/** Papers a shop may photocopy honestly: 说明书, 发票, 报关单. */
const DOCUMENTS_28 = /授权书|说明书|证书|报关单|发票|合同|执照|资质|证明|检验|检疫|报告|单据|身份证|小票|凭证|票据|护照|证件/;
/** Made by us or at home, or after the original: 我们自己印的, 国内这边组装的外盒贴, 按原版印的; or the marks said reproduced too, no
 * maker named (钢印、鞋标都做出来了; 序列号也做上去了; round 12). */
// (round 37, t37g: not 同一个工厂出的 — one factory for two versions is a source, told by SAME_SOURCE's own rule, not a making of ours)
// (round 38, t38b: …or made up by us — 吊牌是我们自己补的, 标签自己补上去的; not a thing sent again, 补发/补寄)
// (round 41, t41k: not 配合 / 配置 — 我们店铺这边只能配合提供发货凭证 cooperates, it matches no papers)
const MADE_BY_US = /(?:我们|自己|国内|这边|厂里|(?<!同一个|同一家|同一|一个|一家|同)工厂|店里)[^]{0,8}?(?:印|出的|做的|缝|贴|生成|配的|(?<![复雕时立深此片])刻|打印|打的|打上|订做|定做|补(?:的|上去|上的|挂|缝|做|印)(?![发寄货偿差拍签齐充]))|(?:我们|自己|另外|另)找(?:厂家|工厂|厂子|厂|人)(?:做|印|定做|订做)|换成(?:了)?(?:我们|自己)|(?:都)?(?:能|可以)配(?:齐|上|好|全)?(?![件送合置])|(?:后来|后面|之后|事后|后期|后)(?:再|才|另外)?补?(?:缝|贴|印|挂|钉|烫|刻|激光|镭射|压|喷|打|绣)(?:上去|上的|上|的)|(?:按|照|照着|仿|按照)(?:着)?(?:原版|原款|原厂|正品|专柜|品牌|大牌)[^]{0,4}(?:印|做|刻|出)|(?:都|也|全)(?:给)?(?:做|印|刻|绣|复刻|还原)(?:出来|上去|上)了?/;

// Round 43 (t43i): a sample or travel size issued by the brand itself (品牌官方出的中样, 原厂配的小样) — not with our own marking beside it
// (批号是我们自己印的, 自己分装的).
const BRAND_ISSUED_SAMPLE = /^(?![^]*(?:我们|自己|店里|这边)(?:自己)?[^，。！？]{0,3}(?:印|贴|打|刻|喷|分装|灌装|改|磨|刮))[^]*(?:是|都是|均为|由|为)(?:品牌|原厂|厂家|品牌方)(?:方)?(?:官方|原厂)?(?:出|发|生产|配|赠送|配送)的(?:同款)?(?:中样|小样|试用装|旅行装|体验装|赠品|mini装|迷你装)/;

/** The genuine article as a yardstick, in any script or dialect: 专柜, 正柜, 柜台, 跟真的/真个. */
/** Round 41 (t41m): 行家/内行 only as the buyer mocked for posing as one (装什么行家), no other reference to the genuine article in the sentence. */
const MOCKED_EXPERT_ONLY = /^(?![^]*(?:正品|真品|真货|专柜|正柜|柜台|柜姐|柜员|店员|鉴定|原版|原装|原厂|正版|大牌|得物|(?:跟|和|与|比|像|同)真[的个货]))[^]*装(?:什么|啥|个|得像)?(?:行家|内行|懂行)/;
const GENUINE_REF = /正品|真品|真货|专柜|正柜|柜台|柜姐|柜员|店员|鉴定师|原版|原装|原厂|正版|大牌|(?:跟|和|与|比|像|同)真[的个货]|鉴定|得物|行家|内行/;
/**
 * Round 43 (t43a): an OEM part named as the carmaker's or brand's supplier's make, in that supplier's own box (这个是OEM原厂配套件，就是给主机厂
 * 供货的那家工厂做的…只是包装是供应商自己的盒子，没有印车标): the maker told and no brand mark claimed — not with a likeness, a leak or a wink beside it.
 */
const OEM_OWN_BOX =
  /^(?![^]*(?:一模一样|看不出|认不出|分不出|没区别|冒充|尾单|尾货|原单|流出|懂的|您懂|你懂|高仿|复刻|我们自己|自己印|自己做))(?=[^]*(?:oem|原厂配套|配套件|配套厂|配套商|给(?:主机厂|车厂|整车厂|品牌方?|原厂)(?:供货|配套|做配套)|(?:主机厂|车厂|整车厂|原厂)的?(?:供应商|配套商)))[^]*(?:供应商|配套厂|配套商|生产厂家?|厂家)(?:自己|自家)的?(?:盒子|包装|外盒|包装盒|纸盒|箱子|彩盒)/;
/** Proof of genuineness said to be missing: 没原盒, 不带盒子的版本, 防伪卡都没有, 品牌授权也没有, 不是原装盒. */
const PROOF_ABSENT = /(?:没有?|无|不带|不含|缺|少了?|拿不出|给不了|提供不了|出不了|不是)(?:原装|原厂|原来的?|品牌的?|牌子的?|专柜的?|官方的?|正品的?)?的?(?:原盒|盒子?|包装盒|防伪|小票|授权|证书)|(?:原盒|盒子|防伪卡|防伪码|小票|授权|证书)(?:和[^，。]{1,4})?(?:我们|咱们|咱|这边)?(?:都|也)?(?:没有?(?![印贴写刻烫标]|车标|logo|商标)|给不了|拿不出|出不了)/;
/** Round 40 (t40j): the goods sold as open-box or used, not as new, and no wink at genuineness (the box-missing cue's notSentence). */
const NOT_SOLD_AS_NEW = /^(?![^]*(?:正不正|真不真|真假|懂的|懂得|您懂|你懂|明白吧|专柜|柜台|原版|一模一样|没区别|看不出|喝不出|吃不出|摸不出|尝不出|闻不出|a货|高仿|仿))[^]*(?:(?:不能|不好|没法|无法|不可以|不敢|不再)(?:按|算|当|作为)(?:全新|新品|新的|新货)|(?:按|算|当|作为)(?:二手|拆封|开封|展示|样品|样机|瑕疵|九[成五]新|非全新|库存)|非全新|拆封品|开封品|展示机|展示品|样机|瑕疵品)/;
/** A claim of genuine goods or papers that is not itself denied (品牌授权也没有 is no claim). */
const PROOF_CLAIM = /(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品|正品保证|报关单|(?<!(?:没有?|无|未经?|非|不是|不带)[^，。]{0,2})(?:授权书|品牌授权|官方授权)(?![^，。]{0,4}(?:没|无|拿不出|给不了|开不了))|假一赔/;
/** …given as the reason for the price, winked at, left to the buyer who cares about genuineness, or a check said to fail too. */
// (就是没有授权卡 after the maker's material: the proof the only thing missing; round 11.)
const PROOF_ABSENT_SIGN = /(?:就是|只是|就差|唯独|除了|只不过)(?:没有?|少了?|不带|缺)|原厂[^，。]{0,3}(?:皮|料|做)|所以|才(?:这个?|这么)?(?:价|便宜)|便宜|零头|分之一|懂|明白吧|明白的|您明白|你明白|在意|介意|别拍|慎拍|直接拍|版本(?!身)|[a-z]家|正不正|真不真|真假|验不了|验不出|验证不了|扫不出|查不到|过不了|看着办|做得[^，。]{0,3}像|看着像|但[^，。]{0,6}(?:跟|和|与)(?:正品|专柜|原版|真的)[^，。]{0,3}(?:一样|一模一样|没区别)/;
/** What a wink may be about: genuineness, a brand (H家, 牌子), a version, the box or the check. */
// Round 34 (t34a): …or the stock's source named by a word that hides it (尾货，您懂的; 货源嘛，懂的都懂; 原单货，你懂).
const WINK_TOPIC = /正不正|真不真|正品|真假|真的假的|真货|牌子|[a-z]家|(?:迪|香|驴|爱|古|巴|普|范|圣|芬|娇|雅|海|卡|兰)家|版本|原盒|盒子|防伪|专柜|柜台|鉴定|验货|大牌|logo|尾货|尾单|原单|外单|跟单|渠道货|厂货|货源|来路/;
/** Why a check is waved off: the price, what the goods can bear, or "that kind of thing". */
// …or the look said to be enough (眼睛看着一样就行，别拿去鉴定; round 12).
const CHECK_WAVED_SIGN = /价|钱|便宜|经不起|这种事|图个|主打|就别|别想|别指望|算了|眼睛毒|细看|看着一样|看起来一样|外观一样|样子一样|长得一样|看着像|看起来像/;

/** A return or after-sales word and a refusal of it, for genuineness ruled out of after-sales (round 10). */
const RETURN_WORD = '(?:售后|退款|退货|退换|换货|理赔|退)';
// (是不是正品的问题我们不做售后; round 11: 不做, 不管, 不包.)
const REFUSAL = '(?:不支持|不接受|不受理|不处理|不予|不退|不换|概不|一律不|恕不|拒绝|驳回|无法受理|不负责|不做|不管|不包)';
/** …excused: a remedy, a malicious claim, a wait for the result, the goods found genuine (鉴定为正品的不支持以假货为由退款). */
const AFTER_SALES_EXCUSED = [REMEDY, /恶意|虚假|无凭据|没有证据|无理由|之前|以前|出来前|结果前|期间|平台鉴定|鉴定为假|确认是假|经鉴定|谨防|冒充|(?:鉴定|检测|验)(?:结果)?(?:为|是|显示|确认)(?:正品|真品|真的)|确认(?:为|是)?正品|是正品的|正品的话/];

/** Round 12: the same source as the brand's goods (one factory, filler, mould or line). */
/**
 * Round 54 (eng54c): the goods bought through a named trade link short of the brand (德国经销商, 一级代理商) with the import's papers beside it
 * (检验检疫证明, 报关单, 完整的进口链路): the channel told honestly, not a hint of fakes — not with a price wink or a likeness (便宜, 一模一样, 懂的).
 */
/**
 * Round 54 (eng54c): what the goods are told instead of the counter's genuine article — our own or a domestic brand (这个价买不到专柜的正品，
 * 我们这款是国货自有品牌，不是大牌), or another lawful shop the piece came from with its receipt (不是专柜拿的，是免税店拿的，有小票): the goods named
 * for what they are, no likeness to the brand claimed — not with a likeness, a copy word or a wink (一样, 看不出, 同厂, 流出, 懂).
 */
const OWN_BRAND_OR_OTHER_SHOP_TOLD = /^(?![^]*(?:一模一样|一样|差不多|没区别|看不出|分不出|同厂|同料|流出|原单|尾货|高仿|a货|懂|意会|大牌同款))(?=[^]*(?:自有品牌|自主品牌|国货品牌|国产品牌|原创品牌|小众品牌|自己的品牌|自家品牌|国货(?:自有)?品牌|(?:免税店|机场免税|海外专柜|品牌官网|官方旗舰店)[^，。！？]{0,6}(?:拿|买|购|入|进|下单)[^。！？]{0,12}(?:小票|发票|票据|凭证|订单截图)))/;
/** Round 54 (eng54c): a replacement part or a third party's make, disclosed in the listing (替换头是合作工厂做的，不是品牌出的，详情页写明了). */
const PART_DISCLOSED = /替换(?:芯|头|装|件|刷头|滤芯)|副厂|第三方|(?:标题|详情页?|页面|商品名|链接)(?:里|上|中)?(?:也|都|已经?)?(?:写了|写明|注明|标明|有写|标了|说明了)/;
const DOCUMENTED_TRADE_CHANNEL = /^(?=[^]*(?:经销商|分销商|代理商|进口商|批发商|贸易商|总代))(?=[^]*(?:检验检疫|报关单?|进口链路|入境|海关|单证|卫生证书|授权书|溯源|批文|原产地证))(?![^]*(?:便宜|低价|这个价|一模一样|看不出|懂的|你懂|高仿|a货))/;
const SAME_SOURCE = ['同厂', '同一个厂', '同一家厂', '同一个工厂', '同一家工厂', '一个工厂', '一个厂', '一家厂', '同一个代工厂', '一个代工厂', '同一个灌装厂', '一个灌装厂', '同一家灌装厂', '同一个模子', '一个模子', '同一套模具', '一套模具', '同一个模具', '一个模具', '同款模具', '同一条流水线', '一条流水线', '同一条生产线', '一条生产线', '同条流水线', '同一批模具', '同一条线', '同条线', '同一条产线', '同一个车间', '一个车间', '一个配方', '同一个配方', '同配方', '一样的配方', '同一配方', '同款配方', '同一个供应商', '同一家供应商', '一个供应商', '同一个皮料供应商', '同一个面料供应商', '同料', '同厂同料', '一个鞋厂', '同一个鞋厂', '一家鞋厂', '一个皮具厂', '一个表厂', '一个包厂', '一个服装厂', '一个化妆品厂', 'same factory', 'samefactory',
  // Round 41 (t41l): more kinds of maker — a forge, a foundry, a distillery, a kiln, a mill (杆头是同一个锻造厂出的).
  ...['锻造厂', '铸造厂', '酒厂', '窑口', '窑厂', '纸厂', '烘焙厂', '药厂', '食品厂', '五金厂', '刀厂', '眼镜厂', '玩具厂', '电子厂', '模具厂'].flatMap((k) => [`同一个${k}`, `同一家${k}`, `一个${k}`, `一家${k}`])];
/** …with the brand's mark the only thing missing: 没有吊牌而已, 只是没贴牌, 没那个商标权, 少了个牌子的标, 没有打品牌logo. */
// …whoever's mark it is (没打他们家的标), or the brand not the seller (只是不是nike卖的; round 12, second pass).
const MARK_MISSING = /(?:没|没有|不带|少了?|缺|除了|就差|无)(?:那个|个|一个)?(?:贴|打|印|挂|缝|上|授权的?)?(?:品牌的?|牌子的?|大牌的?|他们家的?|它家的?|人家的?|他家的?)?(?:牌|牌子|品牌|商标|logo|标|吊牌|标志|标识|商标权|授权)|没贴牌|未贴牌|无牌|白牌|不贴牌|(?:只是|就是|但|不过)不是[^，。]{1,8}(?:卖|出|做|生产)的|(?:没|没有|不)(?:挂|贴|打|印|缝|绣)[^，。]{1,4}?(?:标|牌子|logo|商标)|different label|no logo|nologo/;
/** Brands the trade copies, named in Chinese (there is no brand lexicon): a genuine yardstick like 大牌 (round 12). */
const BRAND_NAMES = /香奈儿|迪奥|古驰|爱马仕|路易威登|劳力士|欧米茄|卡地亚|普拉达|巴宝莉|博柏利|范思哲|圣罗兰|兰蔻|雅诗兰黛|阿玛尼|耐克|阿迪|巴黎世家|芬迪|宝格丽|蒂芙尼|浪琴|纪梵希|海蓝之谜|蔻驰|罗意威|赛琳|葆蝶家|菲拉格慕|万宝龙|百达翡丽|积家|戴森/;
/** Round 35 (t35a): a luxury brand named with a price right beside it (三百多的香奈儿, 香奈儿才两百块), or goods priced below grey imports (比水货还便宜的那种). */
const PRICE_WORD = '(?:[0-9]+|[一二三四五六七八九十百千两几]+)(?:多|来)?(?:块|元|米|百|十|千)(?:多)?(?:钱)?';
const WINK_TOPIC_OR_BRAND_PRICE = new RegExp(`${WINK_TOPIC.source}|${PRICE_WORD}(?:的)?(?:${BRAND_NAMES.source})|(?:${BRAND_NAMES.source})[^，。！？]{0,4}?(?:才|只要|就|只卖|卖)${PRICE_WORD}|比水货(?:还|都|更)?(?:便宜|低|实惠)`);
/** The goods said to be the same as the genuine (东西一样, 区别就是…). */
const SAME_GOODS = /一样|一个样|一模一样|没区别|没有区别|差不多|相同|没两样|同一个|区别就是|区别只是|区别只有|差别就是|差别只是|就差|唯一的区别|省了|省下/;
/** A check of genuineness. */
const CHECKS = ['防伪码', '防伪', '溯源码', '鉴定', '专柜验', '得物', '识货', '验货', '扫码', '官网查', '专柜'];
/** …that the goods pass even so: 扫出来也是显示正品, 都能过检, 也能查到. */
const PASSES_EVEN = /^[^，。！？]{0,6}?(?:都|也|照样|一样)(?:是|能|可以|会|能够)?(?:扫(?:得)?出来|扫出|扫得到|过(?!来|去|期)|通过|查(?:得)?到|查得出|验过|验得过|显示(?:是)?(?:正品|真的|官方|正常))/;
/** …with a gift, a likeness or a wink beside it. */
const PASS_SIGN = /送人|送礼|送女朋友|送朋友|送老婆|送男朋友|看不出|跟真的|和真的|跟正品|和正品|没区别|一模一样|放心送|放心背|放心戴|镜面|版本|级别|懂|放心/;

/** Round 13 (fa13b): the shop's own label, another brand's mark not used — no likeness to the brand claimed. */
const OWN_LABEL = /^(?![^]*(?:一模一样|一样|差不多|没区别|同厂|原厂|代工|贴牌|懂的|您懂|你懂|专柜|正品))[^]*(?:自有品牌|自主品牌|自家品牌|自己的品牌|(?:不能|不可以|不会|没法|无法|不)(?:用|使用|印|贴|打)[^，。]{0,6}(?:logo|标志|商标|牌子|品牌名|标识))/i;

/** Round 13 (fa13b): 没授权的店铺/商家/代购… — other sellers without authorisation, not the speaking shop. */
function othersUnauthorised(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  if (!/^的?(?:店铺|店|商家|卖家|代购|渠道|小店|网店|个人卖家|微商|平台|商户|店家)/.test(ctx.text.slice(to, to + 8))) return false;
  return !/(?:我们|我家|本店|咱家|咱们|我)(?:家|店)?(?:也|就|都)?(?:是|属于|算)[^，。]{0,3}$/.test(ctx.text.slice(Math.max(0, from - 12), from));
}


/** Round 33 (t33g): who scanned a code before the buyer, named to explain its query count (海关抽检和仓库质检各扫过, 仓库入库和出库各扫过一次). */
const SCANNED_BY = /(?:海关|仓库|入库|出库|质检|抽检|快递|物流|同事|仓管|验货员)[^，。！？]{0,6}(?:扫|查)(?:过|了)/;
// Round 37 (t37f): the decanting denied with its agent or source between the denial and the verb (不是我们从大瓶里分装的, 并非店里自己
// 灌装, 没有从大瓶分装过) — with no other filler or blend owned after it (而是/其实/是我们自己调的).
const DECANT_DENIED = /^(?![^]*(?:而是|其实|实际上|但|不过|是我们自己|自己调|勾兑|兑的|调的))[^]*(?:不是|并非|并不是|没有|没|从没|从来没|不会|不)(?:由)?(?:我们|我|店里|咱们|本店|店铺|商家)?(?:自己)?(?:从[^，。！？]{1,6})?(?:私自|自己|二次|重新|散装|拆开|拆零|拆散)?(?:分装|灌装)/;
// (round 46, t46b: …or a bare 不 with the way of repacking between — 我们也不散装分装, 不拆零分装)
// Round 37 (t37b): stock that is not retail — a counter tester, a sample, a display, a refurb, used or fished out of a lake.
const NON_RETAIL = /试用装|试用品|试用的|非卖品|小样|样品|样机|样车|展车|展示车|展示款|展示样|陈列款|展示机|展示品|展机|陈列品|陈列的|撤柜|撤下来|翻新|二手|回收|旧的|旧货|用过|用剩|退货|退回来|拆封|拆过|激活过|捞|湖球|瑕疵品|notforsale|tester/;
// …and how it was made to pass: a mark covered, repacked, rewrapped, "nobody can tell", "never mind".
const DISGUISED = /换了?(?:个)?新的?(?:包装|盒子?|外盒|外包装|彩盒)|盖住|遮住|盖掉|遮掉|撕掉|撕了|刮掉|去掉|抹掉|磨掉|重新(?:配|装|包|封|喷|印|贴|塑|过|打|上)|过(?:了|的)?(?:玻璃纸|塑封|膜)|看不出|认不出|分不出|发现不了|别管|不用管|没人知道|别说|别告诉|别声张|不要声张|别提|别跟人说|(?:跟|和|像)(?:全)?新的?(?:一样|没区别|没两样)/;
// …not when it is declared (写明是官翻, 按二手价, 标题写了试用装), nor a replacement sent new (换货给您发新的，旧的不用寄回).
const DECLARED_NON_RETAIL = /写明|标明|注明|明码|如实|说明是|标题|详情页|已标注|已注明|按二手|换货|补发|重新发|(?<![全按])新发的|给您发|发新的|不用寄回|不用退回|无需寄回|二手价|成色|免费送|赠送|赠品|不能当|不可以当|不会当|别当|不要当/;
/**
 * Round 39 (t39c): a third-party or compatible part declared as such (兼容, 副厂, 第三方品牌, 非原厂配件, its own trademark), priced against the
 * original part (原装的三分之一) — read in the anchor's sentence; not with a likeness or a wink beside it (跟原装一模一样, 同厂, 懂的).
 */
const COMPATIBLE_DECLARED = /兼容|副厂|第三方|非原厂|非原装|不是原厂|不是原装|自有品牌|自己的?(?:品牌|商标)|通用款|替换款/;
const LIKENESS_WINK = /一模一样|一样|没区别|差不多|看不出|认不出|分不出|同厂|同一个厂|原厂出的|原厂代工|懂的|您懂|你懂|高仿|复刻|logo/;
function compatiblePartPriced(ctx: LintContext, start: number, end: number): boolean {
  if (!/^原装/.test(ctx.compact.slice(start, end))) return false;
  const s = ctx.before(start, 60, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 60, 'hard');
  return COMPATIBLE_DECLARED.test(s) && !LIKENESS_WINK.test(s);
}
/**
 * Round 43 (t43j): a part or compatible kind (兼容, 耗材, 滤芯…) — and a likeness claimed to the original rather than a use said to match it:
 * 一模一样 / 看不出 / 以假乱真 outright, or 一样 / 没区别 with the original right before; not with the use, effect or fit named in the clause
 * before the anchor (效果和原装一样, 用起来跟原装没区别, 打印出来跟原装差不多).
 */
const PART_KIND = /配件|兼容|耗材|充电器|数据线|电池|表带|替换|滤芯|墨盒|刷头/;
const LIKENESS_STRONG = /^(?:一模一样|看不出|分不出|认不出|以假乱真|没两样|一个样)/;
const LIKENED_TO_ORIGINAL = /(?:原装|原厂|正品|原版|官方|原配|真的|真货)(?:的|货|款|件)?(?:比|相比|对比|放一起)?(?:是|都|也)?(?:几乎|基本|基本上|完全|根本|真的|确实)?$/;
const USE_NAMED = /效果|性能|功能|用起来|用着|使用|质量|品质|打印(?!机)|出墨|续航|充电(?!器|头|宝|线)|兼容性|好用|耐用|寿命|过滤|适配|匹配|通用|安装|装得上|接口|尺寸|参数|容量|功率|电压|规格|型号|音质|画质|精度/;
function likenessToOriginal(ctx: LintContext, start: number, end: number): boolean {
  const anchor = ctx.compact.slice(start, end);
  const before = ctx.before(start, 16, 'soft');
  if (USE_NAMED.test(before.replace(/^[^]*[，,；;]/, '') + anchor + ctx.after(end, 8, 'soft').replace(/[，,；;。！？][^]*$/, ''))) return false;
  return LIKENESS_STRONG.test(anchor) || LIKENED_TO_ORIGINAL.test(before);
}
const LIKENESS_IN_CLAUSE = /一模一样|看不出|分不出|认不出|以假乱真|没两样|一个样|(?:原装|原厂|正品|原版|官方|原配|真的|真货)(?:的|货|款|件)?(?:比|相比|对比|放一起)?(?:是|都|也)?(?:几乎|基本|基本上|完全|根本|真的|确实)?(?:一样|没区别|没有区别|没啥区别|没什么区别|差不多|无异|没差)/;
/** …the same read over a whole sentence, clause by clause: a clause that names the use or effect (效果, 好用) claims no likeness. */
function likenessInSentence(s: string): boolean {
  return s.split(/[，,；;]/).some((c) => {
    return LIKENESS_IN_CLAUSE.test(c) && !USE_NAMED.test(c);
  });
}
const partWithoutLikeness = (s: string): boolean => PART_KIND.test(s) && !likenessInSentence(s);
/** Round 39 (t39j): a copy said to lose what the original carries (复印之后码就没了, 扫描出来点读笔点不了, 翻印的读不出声音). */
const COPY_LOSES = /(?:复印|扫描|翻拍|翻印|影印)(?:之后|以后|后|完|出来|了)?(?:的)?(?:书|本|页|版|码|东西)?(?:上)?(?:的)?(?:码|点读码|隐形码|芯片|声音|音频)?(?:点读笔|笔|机器|手机)?(?:就|都|也|会|便)*(?:没了|没有了|消失|失效|不能用|用不了|读不出|读不了|点不了|点不出|点不响|没声音|没有声音|识别不了|识别不出|不识别|不显示|废了|没用)/;
/**
 * Round 39 (t39m): a part of an aftermarket kind (兼容, 副厂, 第三方, 通用) said not to be the maker's own (第三方兼容滤芯，不是原厂的，比原装便宜
 * 一半): the disclosure the rule asks for, not a confession — not with a likeness or a wink, a turn, or goods shipped in its place (发货的是…).
 */
// (round 43, t43a: …the anchor the denial itself too — 保险杠是副厂件，不是原厂的，符合国标，价格便宜一半)
// Round 49 (t49d, dev II FA): …or an adapted kind (适配款表带, 标题写的是“适用于”): the listing's own word for a third-party fit.
const AFTERMARKET_T49D = /适配款|适配的|适配型|适用于|适用款|副厂件|非原厂配件/;
function aftermarketDeclared(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:非|不是)?(?:原厂|原装)/.test(ctx.compact.slice(start, end))) return false;
  const s = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
  // (round 40: a maker's logo said to be absent is no wink — 第三方兼容电池，不是原厂的，外壳上没有原厂logo)
  const rest = s.replace(/(?:没有|没|不带|不印|无|不会印)(?:原厂|品牌|任何)?的?(?:logo|标志|商标)/g, '');
  return (/兼容|副厂|第三方|通用款?|替换装/.test(s) || AFTERMARKET_T49D.test(s)) && !LIKENESS_WINK.test(rest) && !/但|不过|可是|只是|发货|发的|给您发|寄的|效果|质量|品质/.test(s);
}
/**
 * Round 43 (t43a): a gift put in the box by us, disclosed as another brand's (盒子里附送的是我们另配的第三方品牌充电头，不是苹果原装): the free
 * extra is told for what it is, nothing of the goods swapped — the gift word right before the anchor, the other maker named in the clause,
 * no likeness to the original beside it.
 */
const GIFT_BEFORE = /(?:附送|赠送|附赠|加送|送的|赠品|赠的|送您的|送你的)(?:是|都是|就是)?(?:我们|店里|这边|咱们)?$/;
function giftPartDisclosed(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:另配|另外配|单独配|另装|后配)/.test(ctx.compact.slice(start, end)) || !GIFT_BEFORE.test(ctx.before(start, 10, 'soft'))) return false;
  const s = ctx.after(end, 40, 'hard');
  return /第三方|(?:其他|别的|另一个)品牌|不是[^，。！？]{0,6}(?:原装|原厂|官方)|非原装|非原厂|杂牌|国产品牌/.test(s) && !LIKENESS_WINK.test(s.replace(/(?:没有|没|不带|无)(?:原厂|品牌|任何)?的?(?:logo|标志|商标)/g, ''));
}
/**
 * Round 43 (t43f): a device's prompt quoted (打印机如果提示“非原装墨盒”，点继续就行; 手机会弹出“非原装电池”) about a part the reply has declared
 * third-party or compatible (第三方品牌出的兼容墨盒，不是原厂生产的): the machine names what the reply disclosed, no confession — not for a part
 * passed off as the maker's (no disclosure in the reply before the prompt).
 */
const DEVICE_PROMPT_LEAD = /(?:提示|显示|弹出|弹窗|跳出|报|报错|识别为|识别成|检测到|出现)(?:了|出|说)?[：:\s]*$/;
// (The anchor may hold the prompt verb itself: 提示非原装 / 显示“非原厂…”.)
const PROMPT_IN_ANCHOR = /^(?:提示|显示)/;
const STRONG_LIKENESS = /一模一样|没区别|没有区别|看不出|认不出|分不出|同厂|同一个厂|原厂代工|原厂出的|懂的|您懂|你懂/;
function devicePromptOnDeclaredPart(ctx: LintContext, start: number, end: number): boolean {
  let at: number;
  if (PROMPT_IN_ANCHOR.test(ctx.compact.slice(start, end))) at = ctx.toOriginal(start, end)[0];
  else {
    if (!hasQuoteMarks(ctx)) return false;
    const pair = quotePair(ctx, start, end);
    if (!pair || !DEVICE_PROMPT_LEAD.test(ctx.text.slice(Math.max(0, pair[0] - 8), pair[0]))) return false;
    at = pair[0];
  }
  const earlier = ctx.text.slice(Math.max(0, at - 160), at);
  if (STRONG_LIKENESS.test(earlier + ctx.after(end, 40, 'hard'))) return false;
  return /兼容|副厂|第三方|通用款|替换装/.test(earlier) && /不是[^，。！？]{0,6}(?:原厂|原装)|非(?:原厂|原装)|第三方(?:品牌|厂家|厂商)/.test(earlier);
}
/**
 * Round 43 (t43b): imitationByNature, or the text around the anchor (across a sentence end: a question asked back and answered — 喝不出区别吗？
 * 喝不出，因为就是同一瓶原液分的) tells a sample split from the same genuine bottle.
 */
function imitationOrSplit(ctx: LintContext, start: number, end: number): boolean {
  return imitationByNature(ctx, start, end) || splitFromSame(ctx.compact.slice(Math.max(0, start - 40), end + 60));
}
// Round 46 (t46g): a shop's exit or security gate said to stay silent: what a wink beside it hints at is theft (2.7), not a fake.
const T46G_GATE_SILENCED = /(?:门口|出口|防盗门|防盗器|报警门|检测门)[^，。！？]{0,16}(?:不会|不)(?:叫|响|报警|滴)/;
/**
 * Round 65 (eng28-65): genuineness disclaimed as a class — any hedging verb (不敢/不能/没法/无法/不好 说·保证·承诺·打包票·担保·确定, 不承诺)
 * before any word for the genuine article (正品, 真品, 真货, 正货, 百分百真, zp), so 不敢保证是真货, 不承诺正品 and 不敢说百分百真 join
 * 不敢说是正品 (the cue after the list keeps its refusals, remedies, questions and others' goods); the guarantee's own word refused too
 * (不做保真). Anchored on the verb, the object read after it (one anchor per verb, not a word per pair). 真的 has its own cue: it is also an
 * adverb (不敢说是真的有效).
 */
const DISCLAIMING_VERBS_65 = ['不敢说', '不好说', '不能说', '没法说', '不敢保证', '不能保证', '没法保证', '无法保证', '不保证', '不承诺', '不敢承诺', '不能承诺', '不敢打包票', '不能打包票', '不敢担保', '不能担保', '不担保', '不敢确定', '不能确定', '没法确定', '无法确定'];
const GENUINE_OBJECT_65 = '(?:是)?(?:(?:百分百|百分之百|100%)(?:是)?(?:正品|真品|真货|正货|真的|真)|正品|真品|真货|正货|(?<![a-z])zp(?![a-z]))';
const GUARANTEE_REFUSED_65 = ['不做保真', '不承诺保真', '不敢保真', '不负责保真', '不管保真', '不包保真', '不能做保真', '没法做保真', '不提供保真', '不敢包真'];
const GENUINE_TRULY_DISCLAIMED_65 = DISCLAIMING_VERBS_65.flatMap((v) => [`${v}是真的`, `${v}真的`]);

/**
 * Round 65 (eng28-65): the genuine article named as someone else's, at the head of a clause, and ours set against it in the next clause as
 * cheaper, quicker or free of its conditions (正品要三千多，我们这个三百; 正品要排队配货，我们这个不用配货; 真货得等三个月，我们这款现货): goods
 * that were genuine would not be contrasted with 正品. Not 专柜 (a genuine reseller's counter has queues too), nor ours claimed genuine or
 * authorised anywhere in the sentence (正品一般要配货，我们是品牌授权店，不用配货), nor a question.
 */
const OURS_SET_AGAINST_65 = /^(?:但|但是|不过|而|可|可是)?(?:我们|我家|咱家|咱们|本店|我这|店里|我们家|我们店)(?:这个|这款|这批|这边|这里|家的|的|这|家)?(?:的)?(?:就|只|才|都|可以|能)?(?:不用|不需要|无需|用不着|只要|只需|才|只卖|卖|现货|直接|马上|当天|立即|便宜|零头|[0-9一二两三四五六七八九几]+(?:块|元|百|千|折|分之一|多块|十)?)/;
const OURS_GENUINE_65 = /(?:也|都|同样|一样|就|确实)?是[^，。！？]{0,8}?(?:正品|真品|真货|原装)|(?<![没无未非])授权|报关|溯源|正品保证|假一赔|保真|全额退/;
function genuineSetAgainstOurs65(ctx: LintContext, start: number, end: number): boolean {
  const own = ctx.after(end, 16, 'soft');
  if (!/^(?:的话)?(?:一般|通常|至少|起码|都|得|要|需要|需|起步|卖|售价|价格?|在专柜|在官网|专柜|官网)/.test(own) || /我们|我家|咱|本店/.test(own)) return false;
  const nextStart = end + own.length;
  if (nextStart >= ctx.compact.length || ctx.norm.breakBefore[nextStart]! !== SOFT) return false;
  return OURS_SET_AGAINST_65.test(ctx.compact[nextStart]! + ctx.after(nextStart + 1, 19, 'soft'));
}

/**
 * Round 65 (eng28-65): told to pass the goods off as bought at the counter (朋友问就说是专柜买的; 别人问起就说是免税店带的): the buyer is
 * handed a story of where they came from — a declaring verb, then a genuine place (GENUINE_PLACE_65).
 */
const GENUINE_PLACE_65 = /^(?:是)?(?:在)?(?:专柜|官网|免税店|旗舰店|品牌店|柜台|国外|香港|日本|代购)/;

/**
 * Round 65 (eng28-65): an everyday goods word put in scare quotes and said of ours (这批是“大货”; 这个是“对版”的; 现在这个是没证的“同款”; 我们
 * 内部叫它“高配版”): the marks flag the word as the trade's cover name. Only when the marks enclose the word itself and they are not
 * someone else's words (您说的“同款”), nor with ours vouched genuine.
 */
function scareQuoted65(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (!pair || othersQuote(ctx, start, end)) return false;
  const [s, e] = ctx.toOriginal(start, end);
  return s - pair[0] <= 1 && pair[1] - e <= 2;
}

const cues: Cue[] = [
  // ── Round 45 (t45g): a quality certification got by arrangement, the goods said ordinary (有机认证是找人“办”下来的，料其实就是普通农场的).
  // Both are needed: 认证是找第三方机构办的 is the normal way, and 普通农场 alone is a plain description. Traps: 有机认证是委托认证机构办下来的，
  // 证书编号可查; 我们不会找人办认证.
  {
    words: ['有机认证', '有机证书', '有机标', '有机标志', '绿色认证', '绿色食品认证', '绿标', '地理标志', '原产地认证', '认证', '证书', '资质'],
    severity: 'block',
    message: '说质量认证是找人办下来的、货其实是普通的，暗示商品名不副实（规则 2.8）',
    window: 60,
    sentence: [/(?:找人|托人|找关系|托关系|走关系|花钱|塞钱|给钱|买|走后门)(?:去|帮忙|给)?(?:办|弄|搞|拿|买|做)(?:下来|到手|出来|到|的|了)|(?:办|弄|搞)来的|挂靠|借(?:别人|人家|别家)(?:的|家)/,
      /其实|实际上?|普通|一般的|不是(?:有机|真的|真正)|吃不出|喝不出|看不出|尝不出|区别不大|没区别|没什么区别|差不多|便宜/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不会|从不|没有找|不找|不存在|造谣|谣言|可查|编号|官网查|委托|认证机构/],
    deniable: true,
  },
  // ── Round 43 (t43h), by mechanism: the contents are not what the label or the listing says — a grade on the pack cut with something
  // else, the original's text printed at home, a maker's mark copied, the listing naming a stone the goods are not.
  {
    // A pure or premium grade on the pack, the contents cut with a cheaper one (包装上写的特级初榨，里面兑了一部分精炼油; 标的是100%纯羊绒，其实
    // 掺了三成羊毛; 瓶身印着纯蜂蜜，里面混了糖浆). Not a blend named as one (调和油，里面掺了橄榄油，配料表有写), nor a warning about others.
    words: ['兑了', '兑的', '兑进', '兑进去', '兑上', '掺了', '掺的', '掺进', '掺进去', '掺上', '混了', '混的', '混进', '混进去', '勾兑了', '勾兑的', '搀了', '搀的'],
    severity: 'block',
    message: '说包装上写的是高等级或纯品、里面却掺了别的，暗示商品名不副实（规则 2.8）',
    sentence: [/(?:写|标|印|号称|叫|挂)[^，。！？]{0,5}(?:特级|初榨|纯(?!净水|水)|100%|百分百|原浆|原汁|头道|野生|有机|单一|足金|千足|真丝|一级|原生|正宗|麦卢卡|umf|mgo|年份|陈酿|单品)/,
      /里面|实际|其实|内容物|瓶里|罐里|袋里|本身|一部分|一半|几成|[一二三四五六七八九两]成|少量|点儿?/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /配料表|成分表|标注了|注明|写明|如实|调和|混合装|拼配(?:茶|豆|款)|不会|从不|没有掺|不掺|杜绝/],
    deniable: true,
  },
  {
    // The original's text printed at home and sold as the import (内容是英文原版的，不过书是国内自己印的，价格只有进口版的三分之一; 原版的谱子我们
    // 自己印刷装订). Not a licensed local edition (引进版权、出版社印的中文版), nor a print service for the buyer's own file.
    words: ['自己印的', '国内印的', '自己印刷的', '国内印刷的', '国内自己印', '本地印的', '自己印', '国内印', '自己印刷', '国内印刷', '国内重印', '自己重印', '国内翻印', '自己翻印', '国内复印', '自己复印', '这边印的', '厂里印的', '工厂印的'],
    severity: 'block',
    message: '说原版内容是国内自己印的却当进口原版卖，暗示是盗印（规则 2.8）',
    // (round 45, t45i: not the buyer's A-not-A question echoed — 您问韩文是不是在国内印的)
    notBefore: /(?:是不是|是否|是不)(?:在|由)?$/,
    sentence: /原版|进口版|正版|原书|原装|外文版|英文版|日文版/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /引进|版权|授权|出版社|书号|isbn|您的文件|您发来|您自己的|定制|打印服务|不是自己印|并非自己印|说明书|中文版|翻译|中文标签|标签|贴纸|卡片|赠品/],
    window: 40,
    deniable: true,
  },
  {
    // A maker's mark that names another maker, the piece made after it by someone else (壶底款刻的是龙文堂，其实是国内老师傅照着打的; 落款印的是
    // 某窑，其实是景德镇作坊照着烧的). Not our own studio's mark, nor a custom engraving.
    words: ['照着打', '照着做', '照着仿', '照着刻', '照着烧', '照着铸', '照着锻', '照着敲', '照着画', '照着写', '仿着打', '仿着做', '仿着烧', '仿着刻'],
    severity: 'block',
    message: '说商品的款识、标记写的是别家，实际是照着仿做的，暗示是假货（规则 2.8）',
    sentence: [/(?:底款|落款|款识|款|印章|钢印|铭牌|铭文|logo|商标|标|壶底|底部|瓷底|底|背面|背后|刻字|签名|印款)(?:上)?(?:刻|印|写|打|落|盖|铸|烧|签)(?:的|着|了)/,
      /其实|实际|不是|国内|师傅|工厂|厂里|作坊|零头|懂行|便宜/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, OWN_MARK, /定制|您的名字|姓名|工作室的|自家|我们的(?:名字|款|标)|仿古款|仿字/],
    deniable: true,
  },
  {
    // The listing names the goods as what they are not, for search (详情页写钻石是为了好搜，其实是莫桑石; 标题写羊绒是为了引流，实际是仿羊绒).
    // Not a search word honestly explained (标题写“送女友”是为了好搜，东西就是这款项链).
    words: ['为了好搜', '为了搜索', '为了搜得到', '为了能搜到', '为了好卖', '为了引流', '为了流量', '方便搜索', '好被搜到', '蹭流量', '蹭热度', '蹭搜索', '为了曝光'],
    severity: 'block',
    message: '说详情页、标题故意写成别的商品名以引流，暗示商品名不副实（规则 2.8）',
    sentence: [/详情页?|标题|链接|商品名|页面|名字|挂的|写的|写成|写着|标成|标的/, /其实|实际|并不是|并非|不是真|交个底|说实话|实话|没人看得出|看不出/],
    window: 60,
    notSentence: [REMEDY, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    // Indistinguishable from the genuine article, plus a sign it is not it: 跟原厂的放一起谁也认不出来,
    // 和专柜真品对比几乎零差别, 跟正品一个模子…价格只要三分之一 (not 两个颜色几乎零差别, 是正品跟专柜一模一样).
    words: [
      '认不出', '看不出', '分不出', '瞧不出', '分不清', '辨不出', '认得出', '看得出', '分得清', '瞧得出', '零差别', '零区别', '零差异', '一个模子',
      // …by any sense, not the eye alone (跟进口原装喝不出区别, 和专柜的摸不出区别, 闻不出两样; round 43, t43b)
      '喝不出', '吃不出', '摸不出', '尝不出', '闻不出', '品不出', '听不出',
      '没啥两样', '没两样', '没什么两样', '没啥区别', '看不出差别', '差不了多少', '没差',
      // …or only slightly apart (跟专柜差别极小; round 10).
      '差别极小', '差别很小', '区别很小', '区别不大', '差别不大', '差距很小', '差距不大', '差异很小', '微乎其微',
    ],
    severity: 'block',
    message: '说商品和正品/专柜货看不出差别，暗示不是正品（规则 2.8）',
    sentence: [VS_GENUINE, HIDDEN_OR_CHEAP],
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, /颜色|色差|图片|实物|尺码|色号|包装不同|外包装/],
    deniable: false,
    // Round 23 (t23a): goods that are an imitation by nature (仿真花束…跟真的一模一样，看不出是假花): realism praised.
    // (round 43, t43b: …or a sample split from the same genuine bottle: detect/split-from-same.ts)
    unless: imitationOrSplit,
  },
  {
    words: ['正品', '真品', '真货', '正货', '正版货', 'zp'],
    severity: 'block',
    message: '把“正品”当作别家的东西，和自家商品比价格、比条件，暗示自家的不是正品（规则 2.8）',
    before: /^(?:亲|亲亲|宝|宝子|其实|说实话|实话说|这么说吧|这样说吧|您看)?(?:这款|这个|这种|这类|这个牌子)?(?:的)?$/,
    scope: 'clause',
    deniable: false,
    notSentence: [OURS_GENUINE_65, REMEDY, ADVICE, OTHERS_OR_WARNING, /吗|么|是不是|是否|[?？]/],
    unless: (ctx, start, end) => !genuineSetAgainstOurs65(ctx, start, end),
  },
  {
    // Round 65 (eng28-65): the goods made with the genuine article's own tooling (和正品用同一个模具; 我们用的是正品的模具): a copy cast from the
    // original. Not goods vouched genuine or authorised in the sentence (品牌原厂模具生产，正品保证), nor a baking or craft mould.
    words: ['模具', '模子', '磨具'],
    severity: 'block',
    message: '说商品用的是正品的模具，暗示是照着正品仿做的（规则 2.8）',
    // (the yardstick owns the mould: 正品的模具, 和正品用同一个模具 — not our own mould beside a brand named, 用的是自己的模具，外观参考了大牌)
    before: /(?:用|拿|是)(?:的是)?(?:正品|真品|真货|原版|专柜|大牌|正版)(?:的|那套|那个)$|(?:正品|真品|真货|原版|专柜|大牌|正版)(?:的)$|(?:和|跟|与|同)(?:正品|真品|真货|原版|专柜|大牌|正版)[^，。！？]{0,4}?(?:同一个|同一套|一样的|同款|相同的|同一|一个|一套)(?:的)?$/,
    scope: 'clause',
    // (是正品的模具 is no claim that the goods are genuine: the shared claim tests would read it as one)
    notSentence: [REMEDY, ADVICE, OTHERS_OR_WARNING, /正品保证|保证(?:是)?正品|都是正品|绝对(?:是)?正品|百分百(?:是)?正品|(?<![没无未非])授权|报关|模具费|开模费|定制|硅胶|烘焙|蛋糕|翻糖|diy/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): the shop says it does not deal in the genuine article at all (我们是做同款的，不做正品; 本店不卖正品，只卖性价比):
    // not what the shop sells beside it (不卖正品以外的东西) nor the genuine article's papers (没有正品小票).
    words: ['不做正品', '不卖正品', '不出正品', '不碰正品', '不接正品', '没有正品', '没正品', '不做真货', '不卖真货', '没有真货', '不卖真品'],
    severity: 'block',
    message: '说本店不做、不卖正品，暗示所售商品不是正品（规则 2.8）',
    before: /(?:我们|我家|本店|咱家|咱们|店里|小店|我这|我们家|我们店)(?:是|这边|这里|这儿|家|店)?[^，。！？]{0,10}?(?:也|都|就|从来|一般|其实|本来|是)?$/,
    notAfter: /^(?:以外|之外|以外的|之外的|之外|的?(?:小票|发票|授权|证书|包装|盒|图|照片|对比图)|(?:的)?(?:代购|跑腿)|吗|么|[?？])/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /假一赔|全部正品|都是正品|只卖正品|只做正品|吗|是不是/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): the buyer told to take the goods for the genuine article (您就当是正品戴; 当正品用完全没问题): what is genuine need
    // not be pretended. Not a warning against it (别把仿品当正品买).
    words: ['当正品', '当是正品', '当成正品', '当做正品', '当作正品', '当正品用', '当真货', '当成真货', '当是真的', '当成真的', '当作真的', '当做真的'],
    severity: 'block',
    message: '让买家把商品“当正品”用，暗示商品不是正品（规则 2.8）',
    before: /(?:就|您就|你就|亲就|可以|完全可以|直接|放心|当然可以|都可以|也可以)(?:把它|把这个|把这款)?$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /别把|不要把|冒充|谨防|骗/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): ours ranked above the genuine article itself (我们的货比正品还好; 买正品是买牌子，买我们是买性价比): ours and 正品
    // are two things. Not a sample or refill against the full size, nor the genuine article claimed.
    words: ['比正品还', '比正品更', '比正品好', '比真货还', '比真货好', '比正品强', '比真品还', '买我们是买', '买我们的是买'],
    severity: 'block',
    message: '把自家商品和“正品”当两样东西比，暗示自家的不是正品（规则 2.8）',
    sentence: /正品|真品|真货|牌子|品牌/,
    notSentence: [STRICT_GENUINE_CLAIM, OURS_GENUINE_65, REMEDY, ADVICE, OTHERS_OR_WARNING, /小样|试用装|旅行装|中样|分装|替换装|补充装|吗|是不是|贵|划算/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): big-brand goods sourced from a factory or a town, not the brand (我们是从深圳工厂直接拿的大牌货; 货源是广州那边的工厂，
    // 大牌的款都有; 大牌同源，品质一样). Not goods with papers or an authorisation named (大牌货都是海外工厂生产，我们有报关单).
    words: ['大牌货', '大牌款', '大牌的款', '大牌的货', '大牌同源', '名牌货', '名牌的款', '大牌同厂'],
    severity: 'block',
    message: '说大牌商品从工厂、档口拿货，暗示不是品牌正品（规则 2.8）',
    sentence: /工厂|厂里|厂家|厂子|国内做|国产|广州|深圳|东莞|莆田|档口|拿货|货源|同源|同厂|一手/,
    notSentence: [STRICT_GENUINE_CLAIM, OURS_GENUINE_65, REMEDY, ADVICE, OTHERS_OR_WARNING, /海外|国外|原产|进口|直邮|免税|吗|是不是|不做|不卖|不碰|不拿/],
    deniable: true,
  },
  {
    // Round 65 (eng28-65): the buyer handed a story of where the goods came from (朋友问就说是专柜买的; 别人问起就说是免税店带的).
    words: ['就说', '就讲', '说是在', '就当是'],
    severity: 'block',
    message: '教买家对别人说是专柜、官网买的，暗示商品不是正品（规则 2.8）',
    after: GENUINE_PLACE_65,
    grow: true,
    notSentence: [STRICT_GENUINE_CLAIM, OURS_GENUINE_65, REMEDY, /(?<![没无未非])授权|别说|不要说|不能说|不用说|吗|是不是/],
    deniable: true,
  },
  {
    words: ['同款', '大货', '对版', '高配版', '高配', '工厂货', '厂货', '外单', '正货', '平替', '内部货', '渠道货', '同厂', '代工', '原版', '版本'],
    severity: 'block',
    message: '用加引号的说法（“同款”“大货”“对版”等）代称自家商品，暗示不是正品（规则 2.8）',
    before: /(?:是|叫它|叫做|叫|属于|算|就是|算是)(?:个|一个|一款|一批)?(?:没证的|没有证书的|没证书的|那种|这种)?$/,
    // (没证的 is a description, not a denial: the shared denial test would read 没 as one)
    notBefore: /(?:不是|并非|绝非|并不是|才不是|不算|不属于)[^，。！？]{0,3}$/,
    deniable: false,
    scope: 'clause',
    asked: true,
    notSentence: [OURS_GENUINE_65, STRICT_GENUINE_CLAIM, REMEDY, OTHERS_OR_WARNING],
    unless: (ctx, start, end) => !scareQuoted65(ctx, start, end),
  },
  {
    // Round 65 (eng28-65): the price explained by the goods differing from the official or genuine ones (和官网的肯定不一样呀，不然也不是这个价;
    // 肯定不是官网那种，否则也不会这么便宜).
    words: ['不然', '要不然', '否则', '不然的话', '要不然的话'],
    severity: 'block',
    message: '说和官网/正品不一样所以才这个价，暗示不是正品（规则 2.8）',
    after: /^(?:的话)?(?:也|就|哪|怎么|可)?(?:不是|不会是|哪有|哪来|哪能|不可能是|不会|不可能|卖不了|卖不到)(?:这个|这么|这样的?|这种)(?:价|价格|价钱|便宜|低)/,
    sentence: /(?:官网|专柜|正品|官方|品牌|原装|原版|真的|真货|大牌)[^，。！？]{0,8}?(?:不一样|有区别|有差别|不同|差别|区别)|(?:不是|并非)[^，。！？]{0,4}?(?:官网|专柜|正品|官方|品牌|原装|原版|真的|真货|大牌)/,
    notSentence: [GENUINE_CLAIM, OURS_GENUINE_65, REMEDY, ADVICE, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): the buyer told to keep our shop out of it when the brand or a counter asks (品牌方要是问起来…别说在我们这买的; 去专柜
    // 保养的话别说是在我们这买的): the brand would not own goods bought here. Not the price kept from a gift's receiver, nor an errand saved.
    words: ['别说在我们', '别说是在我们', '不要说在我们', '不要说是在我们', '别说是我们', '别说从我们', '别提是我们', '别提我们', '别说是在我家', '别说在我家', '别说是在本店'],
    severity: 'block',
    message: '教买家对品牌或专柜隐瞒在本店购买，暗示商品不是正品（规则 2.8）',
    sentence: /品牌|专柜|官方|售后|保修|保养|柜姐|鉴定|验货/,
    // (…nor the warranty card as all the counter needs, 别说是我们店买的，凭保修卡就可以，免得麻烦多跑一趟: an errand saved)
    notSentence: [REMEDY, /价格|价钱|多少钱|便宜|惊喜|保修卡|保卡|凭(?:保修|发票|小票|订单)|免得麻烦|多跑/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): the goods' code itself, unnamed, scratched or worked over with a channel or a shrug beside it (这批奶粉罐底的码被刮掉了，
    // 渠道原因; 这批是渠道货，码都刮了) — as 防伪码刮掉了 already is. Not a size (尺码), nor a parcel's or a carton's label.
    words: ['码被刮', '码都刮', '码刮掉', '码刮了', '码给刮', '码被撕', '码撕掉', '码撕了', '码被磨', '码磨掉', '码磨了', '码被去掉', '码去掉了', '码处理过', '码被处理'],
    severity: 'block',
    message: '说商品上的码被刮掉、处理过，暗示来路不正、不是正品（规则 2.8）',
    notBefore: /尺$|(?:快递|面单|运单|单号|物流|外箱|纸箱|箱子)[^，。！？]{0,4}$/,
    sentence: /渠道|懂|不影响|一样|没区别|便宜|零头|正常|别在意|不用管|放心/,
    // (…nor a shipping carton's code with the product's own intact: 外箱上的物流码刮掉不影响，产品上的批号完整)
    notSentence: [REMEDY, OTHERS_OR_WARNING, /快递|面单|运单|补发|破损|压坏|物流|外箱|完整|可以(?:在)?官网查|可查/],
    deniable: false,
  },
  {
    // The copy kept, the real thing not (round 11): 仿的我们有，真的没有; 正品没货，复刻的有. Not: 这个颜色真的没有了 (真的 the adverb).
    words: ['真的', '正品', '真货', '专柜的'],
    severity: 'block',
    message: '说店里有仿的、没有真的，暗示不是正品（规则 2.8）',
    after: /^(?:的话)?(?:(?:我们|本店|咱们|这边|店里|我家)(?:这)?(?:里|边)?)?(?:是|可|确实)?(?:没有|没得|不卖|没货)(?!假|不|现货|库存|货了|了|(?:仿|高仿|精仿|复刻|a货|一比一|1比1|山寨|盗版|水货)(?![^]{0,3}?(?:倒是|是|就|都|可以|还)?有))/, // (round 18, fa18bp: 只有正品，没有A货 — the copy is what is missing)
    sentence: /仿的|仿款|仿版|有仿|复刻的|复刻款|a货|一比一的|1比1的/,
    // (round 57, eng57a: …the copy refused past 的话 and the shop, 真的 the adverb — 高仿的话我们店真的没有)
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /(?:仿|复刻|a货)[^，。有]{0,8}?(?:真的?|确实|实在|根本|压根)?(?:不卖|不做|没有|不碰|不接)|不卖仿|不做仿|没有仿|不碰|谨防|冒充/],
    deniable: false,
  },
  {
    // The shell genuine, the contents from somewhere else (round 11): 香水是国内配的香精，瓶子是原版的; 盒子是原装的，里面的粉是国产的;
    // 外壳是原厂的，机芯是国内另装的. Not: 瓶子是原装的，里面也是原液, 盒子是原装的，里面有说明书.
    // Round 38 (t38b): …any shell (效果器的壳是原厂的，里面板子换过; 铁盒是原装的), or the shell called 正的 (外壳是正的，里面的颜料块换成了国产的).
    // Round 39 (t39d): …a machine's body (机身是原装外壳，里面电机换成国产的了), its warranty said not honoured (官方保修肯定不认) — a
    // warranty offered still stands it down.
    words: ['瓶子是', '瓶身是', '外瓶是', '盒子是', '外壳是', '外盒是', '罐子是', '包装是', '壳子是', '表壳是', '壳是', '铁盒是', '机身是', '机壳是'],
    severity: 'block',
    message: '说只有外壳/包装是正品、内容物另有来源，暗示不是正品（规则 2.8）',
    after: /^(?:正品|原装|原厂|原版|专柜|品牌|[a-z]家|正的|正货)/,
    window: 30,
    // (round 39, t39i: …or the insides said made by another maker or place — 外壳是原厂的样子，里面的主板不是任天堂出的，是深圳那边做的)
    sentence: [/里面|香精|液体|内容物|原液|机芯|芯|粉|液|膏|主板|板子/, /国内|自己|我们|另|国产|工厂|调|配(?!件)|灌|仿|换|组装|深圳|东莞|华强北|(?:不是|并非)[^，。！？]{1,8}(?:出的|做的|产的|生产的)/],
    // (round 38: …nor a phone case and its screen film, two goods — 手机壳是原厂的，里面的膜是我们贴的)
    // (round 39, t39n: …nor a part told as upgraded, from nowhere else — 外壳是原厂的，里面的电调我们换成了升级版: detect/upgrade-told.ts)
    notSentence: [REMEDY, /都是正品|也是正品|均为正品|原装进口|里面也是|也是原装|都是原装|里面(?:的)?[^，。]{0,4}是(?:原厂|原装|正品|原版)|报关|说明书|赠品|小样|(?<!(?:没法|无法|不能|不给|不予|不管|没有)[^，。]{0,4})保修(?![^，。]{0,4}(?:不认|不给|不管|不承认|不了|没有|不予|用不了))|电池|手机壳|保护壳|贴膜|钢化膜|保护膜/, UPGRADE_TOLD],
    deniable: false,
  },
  {
    // A check discouraged and the checker run down (round 11): 别拿去专柜问，柜姐会乱说的; 不用送鉴定了，那些机构都不准; 得物验就算了，他们故意
    // 找茬. Not: 不用送鉴定，我们随货附鉴定证书; 别去专柜验，鉴定费我们出，直接送第三方.
    words: ['专柜', '柜台', '鉴定', '得物', '验货', '鉴定机构', '专柜验', '柜姐', '第三方'],
    severity: 'block',
    message: '劝买家别去专柜或鉴定并贬低鉴定方，暗示不是正品（规则 2.8）',
    // Round 33: …also advised against (不建议/不推荐/最好别 拿去专柜保养), a determiner or the brand before the checker (不建议拿到那些第三方
    // 鉴定平台去, 不要拿去品牌专柜), the staff said to pick at them (柜姐会挑毛病, 会刁难您) or the checker run down as misjudging or
    // judging by another standard (经常误判, 结果不好也不代表什么).
    before: /(?:别|不要|不用|没必要|千万别|犯不着|就别|不建议|不推荐|尽量别|最好别|最好不要)(?:再|您|你)?(?:再)?(?:拿|带|送|去|找)?(?:去|到|给)?(?:那些|那种|这些|那个|品牌|品牌的)?$/,
    window: 24,
    sentence: /乱说|瞎说|胡说|不懂|不准|不靠谱|故意|找茬|说假|白跑|没意义|省省|坑人|乱判|误判|不专业|就算了|算了吧|不代表什么|挑毛病|挑刺|挑骨头|说三道四|刁难|较真/,
    notSentence: [REMEDY, /证书|报告|承担|费用|我们出|我们提供|附|随货|防伪码|官网/],
    deniable: false,
  },
  {
    // Round 33 (t33c): the goods pass as long as no expert looks (只要对方不是特别懂行的就行, 除非碰上行家, 就怕遇到识货的): the
    // expert would see through them. Not an expert's praise (懂行的都说我们是正品) nor a buyer told no expertise is needed (不懂行也没关系).
    words: ['懂行', '内行', '行家', '识货', '懂货', '专业人士', '懂的人'],
    severity: 'block',
    message: '说“只要不是懂行的人就看不出”，暗示不是正品（规则 2.8）',
    before: /(?:只要|除非|就怕|只怕|别|千万别|不要)[^，。！？]{0,8}?$/,
    window: 16,
    sentence: /就行|就没事|没事的|没问题|看不出|认不出|分不出|发现不了|瞒得住|糊弄/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /正品|保真|鉴定证书|教(?:您|你)|讲解|说明书/],
    deniable: false,
  },
  {
    // …or said the other way round: no expert, then fine (收礼的人不是行家就没事, 不太懂货的话就看不出).
    words: ['懂行', '内行', '行家', '识货', '懂货', '专业人士'],
    severity: 'block',
    message: '说“只要不是懂行的人就看不出”，暗示不是正品（规则 2.8）',
    before: /(?:不是|不太|不怎么|不算|没那么)(?:特别|很|太|多)?$/,
    after: /^(?:的)?(?:人|话)?(?:就|应该就)(?:行|没事|没问题|好|看不出|认不出|分不出|发现不了)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Round 33 (t33c): the goods doctored to look carried in from abroad (稍微做旧一下，让它看着像从国外背回来的; 把包装弄旧一点，看起来就像
    // 代购从日本带的): a provenance staged, so not the real one. Not a retro design (复古做旧风格) nor a plain likeness.
    words: ['看着像', '看起来像', '显得像', '弄得像', '搞得像', '做得像', '就像是', '就像'],
    severity: 'block',
    message: '把商品做旧、伪装成从国外带回的样子，暗示来路与正品不符（规则 2.8）',
    after: /^[^，。！？]{0,6}?(?:从|在)?(?:国外|海外|日本|韩国|欧洲|美国|法国|意大利|香港|澳门|免税店|代购|专柜)[^，。！？]{0,8}?(?:带|背|买|寄|拿|扛|邮|提|拎|捎|采购|入手|淘)/,
    window: 24,
    sentence: /做旧|弄旧|旧一点|旧一下|折痕|磨一下|揉一下|故意|稍微|处理一下|弄一下|加工一下|让它|让包装|特意/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /复古|风格|设计/],
    deniable: false,
  },
  {
    // Round 33 (t33c): the anti-fake mark put on after the fact (防伪贴是后补的, 防伪码是后来才贴上的, 防伪标另外补的): the proof
    // made for goods that came without it. Not the import traceability code a bonded warehouse or customs affixes (中检溯源码是入境后贴的).
    words: ['防伪贴', '防伪码', '防伪标', '防伪标签', '防伪卡', '防伪二维码', '防伪贴纸'],
    severity: 'block',
    message: '说防伪标识是后补的，暗示不是正品（规则 2.8）',
    after: /^(?:都|其实|本来就|也)?(?:是)?(?:我们|店里|这边|自己)?(?:后补|后来补|后来才(?:贴|补|加|印)|后加|后来加|后贴|后来贴|后配|后来配|另外补|另补|补贴上|补上去|事后)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海关|入境|保税|中检|检验检疫|国检|掉了|脱落|丢了|补寄|补发/],
    deniable: false,
  },
  {
    // …the genuine named first (round 12): 跟专柜那批不是一个出处，但用着一样的; 和正品不是同一个货源，质量差不多.
    words: ['货源', '渠道', '来源', '出处', '源头', '进货渠道', '拿货渠道'],
    severity: 'block',
    message: '说货源与专柜/正品不同但东西一样，暗示不是正品（规则 2.8）',
    before: /(?:跟|和|与)(?:专柜|正品|官方|品牌|正规渠道|原厂|柜台|大牌)[^，。]{0,4}?(?:不是|不在|并非|不属于)(?:一个|同一个|一样的|同一|同个|一条|同一条)?$/,
    sentence: /一样|差不多|不差|品质|质量|做工|用着|用起来|效果/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /保税|直邮|跨境|海外|进口|代购|直采|国行|港版|日版|美版|免税|也是正品|都是正品|一样是正品/],
    deniable: false,
  },
  {
    // A source unlike the counter's, the goods said as good (round 11): 我们的货源跟专柜不一样，但东西一样好. Not: 货源和专柜不同，我们是保税直邮.
    words: ['货源', '渠道', '来源', '出处', '进货渠道', '拿货渠道'],
    severity: 'block',
    message: '说货源与专柜/正品不同但东西一样，暗示不是正品（规则 2.8）',
    after: /^(?:跟|和|与)(?:专柜|正品|官方|品牌|正规渠道|原厂|柜台)(?:的)?[^，。]{0,3}(?:不一样|不同|不是一个|不是同一个|有区别)/,
    sentence: /一样|差不多|不差|放心|品质|质量|做工/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /保税|直邮|跨境|海外|进口|代购|直采|国行|港版|日版|美版|免税/],
    deniable: false,
  },
  {
    // Round 18 (fa18dh): our goods called a contract make beside the counter's original (柜台卖的是原装，我们这个是同源代工的;
    // 官方是原厂货，我们家属于代工版). Not the brand's own contract maker named as a fact (这个牌子由科玛代工，属于正品).
    words: ['代工'],
    severity: 'block',
    message: '说在售商品是“代工”货、与专柜原装不同，暗示不是正品（规则 2.8）',
    // (round 38, t38h: …国产 too — 版型跟专柜一样，面料和做工是国产代工的，吊牌照样给您挂上)
    before: /(?:是|都是|属于|算是|就是|卖的是|发的是|拿的是)(?:同源|同厂|原厂|大厂|工厂|国内|国产|大牌|oem|的){0,3}$/,
    // Round 22 (t22dt): …not the copula denied (也不是代工货, 并非代工的, 不属于代工款, 绝不是什么代工).
    notBefore: /(?:不|非|没|并非|绝非)(?:是|属于|算是|算|就是)(?:什么|哪家|任何|所谓的?)?(?:同源|同厂|原厂|大厂|工厂|国内|大牌|oem|的){0,3}$/,
    notAfter: /^(?:厂|工厂|生产的?[^，。]{0,4}(?:正品|品牌))/,
    sentence: [/专柜|柜台|官方|官网|正品|原装|原版|大牌|品牌店|实体店/, /我们|我家|咱家|咱们|本店|店里|这边|这个|这款|这批|这件|这套|这双|这只|给(?:您|你)(?:挂|缝|贴|配)/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /(?<![没无未不])授权|品牌方?(?:委托|监制)|也是正品|一样是正品|属于正品|报关|溯源|自有品牌|自主品牌|国货/],
    deniable: false,
  },
  {
    // Round 19 (DL): the goods said not to be the brand's own batch, the low price explained by it (和品牌那边出的不是一批货，所以价格才
    // 这么低; 跟专柜的不是同一批，所以便宜一半). Not a stated honest reason (保税, 临期, 海外版, 老包装) or a batch compared with our own earlier one.
    words: ['不是一批', '不是同一批', '不是一个批次', '不是同一个批次', '不是一家', '不是一个厂', '不是同一个厂', '不是同一家'],
    severity: 'block',
    message: '说商品和品牌/专柜的不是同一批、所以便宜，暗示不是正品（规则 2.8）',
    before: /(?:和|跟|与)(?:品牌|专柜|官方|官网|柜台|正品|原厂|大牌|旗舰店)[^，。]{0,6}?$/,
    window: 30,
    sentence: /便宜|价格?[^，。]{0,4}?(?:低|实惠|优惠|这么少)|低价|差价|才卖|只卖|只要|一半/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /保税|直邮|跨境|海外|进口|代购|直采|免税|临期|效期|清仓|尾货处理|老包装|旧包装|新包装|国行|港版|日版|美版/],
    deniable: false,
  },
  {
    // Round 19 (DL): the letters on the box said to differ, the buyer asked not to mind (包装上的英文有个别字母不一样您别介意; 盒子上的字母
    // 和官网图有一两个不同，不影响使用): a misspelt brand text is the mark of a fake. Not a stated reason (新旧包装, 海外版) or a remedy offered.
    words: ['字母', '英文字', '拼写', '英文'],
    severity: 'block',
    message: '说包装上的字母和正品不一样并让买家别介意，暗示不是正品（规则 2.8）',
    after: /^[^，。]{0,8}?(?:不一样|不同|有出入|对不上|拼错|印错|不太一样|有差别|有区别)/,
    sentence: [/包装|盒子|盒上|瓶身|瓶子|标签|外壳|外盒|logo|商标|印的|印着/, /别介意|不要介意|不用介意|不影响|没关系|正常的|放心|一样用|照样用/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, OTHERS_OR_WARNING, /新版|旧版|新包装|老包装|包装升级|换了包装|改版|海外版|免税版|国际版|国行|港版|日版|韩版|美版|欧版|不同批次|中文标签|背标|因为|原因是|说明书|翻译|退|换/],
    deniable: false,
  },
  {
    // Round 18 (fa18dh): a mark on the goods said to differ from the counter's, the goods themselves called as good (瓶底刻字和专柜
    // 那批有点出入，东西本身一样好用; 盒子上的喷码跟官网的不太一样，里面的东西没差). Not a stated reason (新旧包装, 海外版, 不同批次).
    words: ['有出入', '有点出入', '不太一样', '有点不一样', '不一样', '有差别', '有点差别', '有区别', '有点区别', '有差异', '对不上', '不太对得上', '不同'],
    severity: 'block',
    message: '说商品上的刻字、喷码等标识和专柜不一样但东西一样，暗示不是正品（规则 2.8）',
    before: /(?:和|跟|与|同)(?:专柜|正品|官网|官方|柜台|品牌)(?:那批|那边|卖的|上的|货|款|版)?(?:的)?(?:货)?(?:比)?(?:是|都|会|稍微|略|稍)?$/,
    sentence: [/刻字|钢印|印字|喷码|批号|字体|logo|商标|标签|编码|防伪|瓶底|盒底|瓶身|序列号|镭射|激光码|条码|二维码|溯源码|批次码|生产码/, /本身|里面的?东西|内容物|好用|一样用|照样|不影响(?:使用|效果|用)|效果(?:一样|没差|不差)|用起来(?:一样|没差)|没差|差不了|没问题|没毛病/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, OTHERS_OR_WARNING, /新版|旧版|新包装|老包装|包装升级|换了包装|换包装|改版|升级|海外版|免税版|国际版|国行|港版|日版|韩版|美版|欧版|不同批次|批次不同|产地不同|中文标签|背标|因为|原因是/],
    deniable: false,
  },
  {
    // The genuine article on offer only at a multiple, this version sufficing (round 11): 正品我们也能拿，不过要贵三倍，您要这个版本就够用了.
    // Not: 正品比平替贵三倍，这款平替够用了 (another brand named as such).
    words: ['正品', '真品', '真货', '专柜货', '原厂货', '专柜款'],
    severity: 'block',
    message: '把正品作为加价选项、推荐“这个版本”，暗示在售商品不是正品（规则 2.8）',
    window: 40,
    sentence: [/贵|加钱|加价|得加|翻倍|[0-9一二两三四五六七八九十几]+倍/, /这个版本|这版|这款就够|这个就够|这种就够|够用|这个就行|这种就行|性价比/],
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /平替|替代品|国货|自有品牌|不同品牌/],
    deniable: false,
  },
  {
    // An anti-fake code said to be shared or generic (round 11): 防伪码是通用的，扫出来都一样, 溯源码是统一的. Not: 防伪码每个都不一样.
    words: ['防伪码', '溯源码', '验证码', '防伪标', '序列号', '防伪二维码'],
    severity: 'block',
    message: '说防伪码是通用的，暗示不是正品（规则 2.8）',
    after: /^(?:都|其实|本来就)?(?:是)?(?:通用|共用|公用|统一|同一个|一样|复制|批量)的?/,
    notSentence: [REMEDY, /每个都不一样|每个都不同|一物一码|唯一/],
    deniable: false,
  },
  {
    // A check's verdict of not-genuine foretold and shrugged off (round 11): 送检的话会显示非原厂，但是不影响使用效果; 扫出来会提示不是正品，
    // 不用管. Not: 如果显示非正品全额退款.
    words: ['显示非', '显示不是', '提示非', '提示不是', '结果是非', '结果会是非', '判定非', '判为非', '鉴定为非'],
    severity: 'block',
    message: '说鉴定会判为非正品却无所谓，暗示不是正品（规则 2.8）',
    after: /^(?:原厂|正品|原装|官方|真品|正版|品牌)/,
    sentence: SHRUG,
    notSentence: [REMEDY, /如果|万一|若|退款|退货|售后/],
    deniable: false,
    // (round 43, t43f: …nor the printer's or phone's prompt on a part declared third-party before it — devicePromptOnDeclaredPart)
    unless: devicePromptOnDeclaredPart,
  },
  {
    // The brand's own counter foretold to disown the goods (round 11): 您要是拿去专柜，人家肯定说不是他们家的; 品牌店会说不是他们的货.
    words: ['不是他们家的', '不是他们家', '不是他们的货', '不是人家的货', '不是他家的', '不是他们卖的', '不是他们出的', '不认这个货', '不认这批', '不是他们的', '不是人家的', '不是他们那儿的', '不是他们那的', '不是他们店的', '不是他们那里的'],
    severity: 'block',
    message: '说专柜或品牌会否认是他们的货，暗示不是正品（规则 2.8）',
    sentence: /专柜|品牌|官方|柜台|柜姐|官网|门店|旗舰店/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /代购|海外|国际|免税|港版|国行|保修/],
    deniable: false,
  },
  {
    // Likeness to the genuine given as a figure (round 11): 实物跟正品有百分之九十五的相似度, 和专柜的还原度九成. Not: 颜色还原度高.
    words: ['相似度', '还原度', '相似率', '一致度', '像到', '相似'],
    severity: 'block',
    message: '用相似度衡量与正品的差距，暗示不是正品（规则 2.8）',
    sentence: [VS_GENUINE, /[0-9]+%|百分之|九成|八成|九十|[0-9]+(?:分|成)/],
    notSentence: [REMEDY, /颜色|色彩|画质|音质|屏幕|照片|图片/],
    deniable: false,
  },
  {
    // Round 39 (t39e): likeness to the genuine given as a fraction, with 有 (味道都有八成似, 外观有九成像), beside a price too low for the
    // genuine (正价一千几嘅嘢点会卖两百蚊俾你？): what is "eighty per cent like" is not the thing. Not 八成 as "probably" (八成像是快递压坏的:
    // no 有 before it), nor a colour or a photo's likeness.
    words: ['八成似', '九成似', '七成似', '八九成似', '九成九似', '八成像', '九成像', '七成像', '八九成像', '九成九像', '八成相似', '九成相似'],
    severity: 'block',
    message: '用“有八成似”衡量与正品的差距，暗示不是正品（规则 2.8）',
    before: /有$/,
    window: 60,
    sentence: /正价|正品|专柜|原版|原装|正装|真嘢|真货|真品|大牌|(?:一千|几千|[0-9]+千|上千)[^]{0,12}(?:卖|要|得)[^]{0,4}(?:[0-9一二两三四五六七八九十几]+(?:百|十)|[0-9]{2,3}(?:块|元|蚊|蚊鸡))|(?:点会|怎么会|怎么可能|哪会|边会)(?:卖|得)/,
    notSentence: [REMEDY, /颜色|色彩|色差|画质|照片|图片|屏幕|新|成色|几成新/],
    deniable: false,
  },
  {
    // One core part said not the brand's original, the rest the same, hence the price (round 11): 里面的芯片不是苹果原装的，其他都一样，所以便宜.
    // Not: 不是原厂配件，但和原厂的一样好用 (an accessory said as such).
    words: ['原装的', '原厂的', '原装', '原厂'],
    severity: 'block',
    message: '说核心部件不是原装、其他一样所以便宜，暗示不是正品（规则 2.8）',
    before: /(?:不是|并非|(?<![除莫])非)[^，。]{0,4}$/,
    sentence: [/其他|其余|别的|外观/, /便宜|价|所以/],
    notSentence: [REMEDY, /配件|充电器|数据线|耳机套|赠品|包装|盒|说明书|电池/],
    deniable: false,
  },
  {
    // The real thing placed elsewhere, ours a cheaper version (round 11): 真的在专柜，我们这是平价版; 正品得去旗舰店，我们这个是便宜款.
    words: ['真的', '正品', '真货', '真品', '正版'],
    severity: 'block',
    message: '说正品在别处、自家是平价版，暗示不是正品（规则 2.8）',
    after: /^(?:在|要去|得去|去|请去|只在)(?:专柜|柜台|官网|旗舰店|品牌店|免税店)/,
    sentence: /平价|便宜|版|款|我们这|咱这|这个是/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /也有|同价|一样是正品|也是正品|都是正品/],
    deniable: false,
  },
  {
    // A share of the genuine's standard reached, at a fraction of its price (round 11): 做工达到专柜九成水准，价格只有十分之一.
    words: ['专柜', '正品', '原厂', '大牌', '原版', '真品'],
    severity: 'block',
    message: '说商品达到正品的几成水准、价格只有零头，暗示不是正品（规则 2.8）',
    before: /(?:达到|有|接近|相当于|等于|做到)(?:了)?$/,
    after: /^(?:的)?[^，。]{0,2}(?:九成|八成|七成|九十|[0-9]+%|百分之)/,
    sentence: PRICE,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Round 44 (t44a): the goods made by our own hands after a model left unnamed (这款是我们自己作坊照着做的, 家里手工比着样子缝的, 自家小厂
    // 照葫芦画瓢打的): home or workshop making a copy, no scare quotes needed. Not a recipe, craft or the buyer's own design followed
    // (照着老配方做的, 照着您发的图做, 按说明书照着做就行), nor a maker with no tie to us.
    words: ['照着做', '照着打', '照着缝', '照着织', '照着烧', '照着刻', '照着仿', '仿着做', '仿着打', '仿着缝', '比着做', '比着缝', '比着打', '对着做', '照样做',
      '照着样子', '比着样子', '照着样', '按着样子', '照葫芦画瓢', '照猫画虎'],
    severity: 'block',
    message: '说商品是自家作坊照着别人的款仿做的，暗示是仿品（规则 2.8）',
    before: /(?:作坊|工作室|小厂|车间|家里|在家|自家|家庭|我们自己|我们|自己)(?:的)?(?:人|师傅|老师傅|工人|阿姨)?(?:纯)?(?:手工|手作|自己|亲手)?(?:的)?$/,
    // …said of how the goods came to be (…做的, 打出来的), not a promise to follow the buyer's word (您说的方法我们照着做).
    after: /^[^，。！？]{0,4}?(?:出来)?的/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /配方|方子|古法|传统|老手艺|祖传|食谱|菜谱|教程|说明书|步骤|视频|图纸|设计稿|草图|定制|来图|您的|您发|你发|按您|照您|您要|你要|您说|你说|要求|吩咐|建议|方法|备注|原创|自己设计|自主设计|不做|不卖|不会/],
  },
  {
    // Made after a brand (round 11): 这批手表是仿着劳力士做的. Not: 仿着欧式风格做的, 仿着古法做的.
    words: ['仿着', '仿照着', '照着仿', '仿照'],
    severity: 'block',
    message: '说商品是仿照品牌做的，暗示是仿品（规则 2.8）',
    after: /^[^，。]{1,8}?(?:做|造|打|开模|来|生产)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /风格|设计理念|古法|古典|复古|欧式|中式|日式|传统|工艺|仿真|仿生|不做|不卖/],
  },
  {
    // The genuine article's picture shown, another version sent (round 11): 图片是正品图，发的是我们的版本. Not: 图片是正品实拍，发的就是图上这款.
    words: ['正品图', '专柜图', '官方图', '原版图', '官网图', '正品的图'],
    severity: 'block',
    message: '说图片是正品图、实际发的是别的版本，暗示不是正品（规则 2.8）',
    sentence: [/发的是|实际发|收到的是|寄的是|到手的是/, /版本|我们的|另外|别的|自己的|平价/],
    notSentence: [REMEDY, /就是图上|同一款|一样的|实拍/],
    deniable: false,
  },
  {
    // Only a mark short of the genuine (round 11): 我们家的货和专柜就差一个防伪芯片, 跟正品只差个吊牌. Not: 和专柜就差一个赠品小样.
    words: ['就差', '只差', '唯一差', '差个', '差一个', '就缺', '只缺', '就少', '只少'],
    severity: 'block',
    message: '说商品和正品只差防伪标识或凭证，暗示不是正品（规则 2.8）',
    // …or the ticket or the brand itself (和大牌只差一个票, 就差个牌子; round 12).
    after: /^(?:一个|个|一张|张|一|了|一块)?[^，。]{0,4}?(?:防伪|芯片|吊牌|小票|授权|证书|logo|商标|标|盒子|发票|卡|票|牌子)/,
    sentence: VS_GENUINE,
    // 我们是正品，和专柜的比也就差个专柜小票，报关单都有: the goods vouched for.
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /赠品|小样|手提袋|礼袋/],
    deniable: false,
  },
  {
    // Even an expert takes long to tell (round 11): 我们这个连鉴定师都要看半天, 柜姐都得研究半天.
    words: ['看半天', '研究半天', '分辨半天', '看好久', '琢磨半天', '辨别半天', '犹豫半天'],
    severity: 'block',
    message: '说连鉴定师、柜姐都难分辨，暗示不是正品（规则 2.8）',
    sentence: [GENUINE_REF, /连|都|也/],
    notSentence: [REMEDY, FLAW, /颜色|色号|款式|尺码/],
    deniable: false,
  },
  {
    // Sameness with the genuine article hedged (round 11): 和专柜对比几乎一模一样, 跟正品比基本没区别, 和原厂的放一起差不多一样 — the
    // genuine article is the same, not almost. Not: 跟专柜的基本一样，只是多了中文背标 (a label), 颜色和专柜几乎一样.
    words: ['几乎一模一样', '几乎一样', '基本一样', '基本一模一样', '差不多一样', '基本没区别', '几乎没区别', '基本没差别', '几乎没差别', '基本没差', '几乎没差', '大差不差', '八九不离十', '基本相同', '几乎相同', '接近一模一样'],
    severity: 'block',
    message: '说商品和正品/专柜货“几乎一样”，暗示不是正品（规则 2.8）',
    sentence: VS_GENUINE,
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, /颜色|色差|图片|实物|尺码|色号|包装|中文|背标|标签|说明书|价格|价钱|物流|发货/],
    deniable: false,
  },
  {
    // Repacked or rebuilt inside a genuine shell: 用的原厂回收瓶, 回收的正品罐装散装粉, 从大瓶倒进原装小瓶.
    // Round 42 (t42i): …the shell told as recycled with its grade between (瓶子是回收的18年原瓶，里面灌的是12年的酒) or as the import's own bag
    // (袋子是进口原袋，粮是国内厂代工灌进去的).
    words: ['回收', '空瓶', '散装', '倒进', '倒装', '灌进', '装进', '灌的是', '里面灌的'],
    severity: 'block',
    message: '说商品装在回收的正品包装里（分装/灌装/替换），暗示不是正品（规则 2.8）',
    sentence: GENUINE_SHELL,
    window: 48,
    // (round 42, t42i: …nor the buyer told to put a part in — 收到后请把勺子装进罐子里的卡槽)
    notBefore: /(?:请|您|你|记得|可以|收到后|用完后?)(?:把|将)[^，。！？]{1,6}$/,
    // (round 46, t46k: …nor the repacking denied with its way between — 整瓶原装，不散装灌装: DECANT_DENIED)
    notSentence: [REMEDY, DECANT_DENIED, /环保|以旧换新|回收计划|回收活动|积分|不做|从不|不会|没有分装|不分装|不卖|只卖|不拆/],
    // Round 45 (t45h): the refill told of others or the market as a warning (外面有回收空瓶重新灌装的情况，…您收到先看防盗环): othersDoIt.
    unless: (ctx, start) => othersDoIt(ctx, start),
  },
  {
    // Round 13 (t13d): likeness as a figure where the word itself names an original (还原度高达98%, 仿真度95%, 复刻度99%) and the eye
    // cannot tell (肉眼基本看不出差别, 一般人看不出区别, 肉眼难辨). Not a figure model's or a photo's fidelity (手办还原度很高, 色彩还原度98%).
    words: ['还原度', '仿真度', '复刻度', '相似度', '仿真程度'],
    severity: 'block',
    message: '用还原度衡量与正品的差距，暗示不是正品（规则 2.8）',
    sentence: [/[0-9]{2}|百分之|九成|八成|九十|[0-9]+(?:分|成)/, /肉眼|看不出|分辨不|难辨|难以分辨|认不出|区分不|差别|区别/],
    notSentence: [REMEDY, /颜色|色彩|画质|音质|屏幕|照片|图片|手办|模型|动漫|角色|游戏|场景|剧情|色差/],
    deniable: false,
  },
  {
    // Round 13 (t13d): made, filled or blended by us, then likened to the genuine or the brand's formula (香水是我们自己找厂家调香灌装的，味道和
    // 正品基本一致, 原液是我们按配方自己调的, 精油是国内自己勾兑的，跟大牌的味道一样), with no bottle or shell named. Not a decant from the genuine
    // disclosed, nor the shop's own drinks (我们自己调的奶茶).
    words: ['灌装', '灌的', '勾兑', '兑的', '调的', '调香', '调出来', '配出来', '兑出来', '分装'],
    severity: 'block',
    message: '说商品由自己调配灌装却与正品一致，暗示不是正品（规则 2.8）',
    sentence: [DONE_HERE, new RegExp(`${VS_GENUINE.source}|原液|(?:照|按|仿)[^，。]{0,4}配方`)],
    unless: (ctx, start) => othersDoIt(ctx, start),
    window: 40,
    notAfter: DECANT_CONTAINER,
    // (round 33, t33g: …nor the brand's own factory elsewhere named as the filler — 这批是品牌西班牙工厂灌装的)
    notSentence: [REMEDY, LAWFUL_REPACK, DECANT_DENIED, /品牌(?:的|方|自己|自家)?[^，。]{0,6}工厂(?:灌|生产|出)|官方分装|品牌方?分装|原厂分装|原装进口|原罐|没有分装|不分装|不是分装|(?:没有|没|从不|从没|不会|绝不|并未|未)(?:拆封|拆开|开封|私自|自己|二次|重新|拆)(?:过)?(?:分装|灌装|重新包装|重新封|封装)|不做|从不|不会|小样|试用|旅行装|奶茶|咖啡|饮品|果汁|鸡尾酒|调酒|自制|手工皂|diy/,
      /从(?:正品|原装|品牌)的?大?瓶|(?:页面|详情页?|标题|商品名)(?:里|上|中)?(?:有|已|都)?(?:说明|注明|写明|标明|写了)/, ORIGIN_DISCLOSED],
  },
  {
    // Filled, blended, reprinted or swapped by us or at home: 精华是国内这边灌装的, 酒是我们自己勾兑的,
    // 外盒是国内重新印的, 机芯是国产替换的 (not 官方分装的小样, 中文标签是国内贴的, 我们不做二次灌装).
    // …or fitted from elsewhere (机芯是另配的，所以才这个价; round 11).
    words: ['分装', '灌装', '灌的', '勾兑', '兑的', '调的', '调出来', '配出来', '兑出来', '组装', '重新印', '重印', '重新包装', '重新封', '替换的', '国产替换', '换成国产', '换成了国产', '后换', '后配', '另配', '另外配', '另装', '单独配'],
    severity: 'block',
    message: '说商品由自己或国内分装、灌装、重印或替换部件，暗示不是正品（规则 2.8）',
    // Round 43 (t43j): …or a core part of a device fitted by us with the price as the tell (手机的主板是我们另配的，所以才这个价; 镜头是我们另外配的，
    // 机身是原厂的，所以才这个价) — CORE_PART_PRICED; a part alone (镜头另配一个遮光罩) is not enough.
    sentence: [new RegExp(`${SHELL_OR_PART.source}|${CORE_PART_PRICED.source}`), DONE_HERE],
    // Round 29 (t29c): filled at the source (酒庄原瓶灌装, 原产地灌装后整瓶进口) — not refilled originals (用回收的原瓶灌装).
    notBefore: new RegExp(`${FILLED_AT_SOURCE.source}|${FILLED_ON_DATE.source}`),
    window: 40,
    // Round 22 (t22bz): an empty travel container named as goods or a gift (随单送一个分装瓶, 分装盒单独拍), not the act of decanting.
    // (round 66, engfa66: …nor a label field, 灌装日期)
    notAfter: DECANT_CONTAINER_OR_FIELD,
    // …nor a decant from a genuine bottle disclosed (我们从正品大瓶分出来的，页面有说明; round 11).
    // (round 33, t33g: …nor the brand's own factory elsewhere named as the filler — 这批是品牌西班牙工厂灌装的)
    // (round 63, engfa63: …nor the brand named as the one who assembled or filled it, at a site of its own — 表壳是品牌在香港组装的: BRAND_DID_IT)
    notSentence: [REMEDY, LAWFUL_REPACK, DECANT_DENIED, BRAND_DID_IT, /品牌(?:的|方|自己|自家)?[^，。]{0,6}工厂(?:灌|生产|出)|官方分装|品牌方?分装|原厂分装|原装进口|原罐|没有分装|不分装|不是分装|(?:没有|没|从不|从没|不会|绝不|并未|未)(?:拆封|拆开|开封|私自|自己|二次|重新|拆)(?:过)?(?:分装|灌装|重新包装|重新封|封装)|不做|从不|不会|标签|中文标|贴标|小样|试用|旅行装|维修|保修|售后|换新|电池|表带|配色|颜色|色号|电脑|主机|家具|拼装|积木|安装|组装费|组装服务|免费组装/,
      /从(?:正品|原装|品牌)的?大?瓶|(?:页面|详情页?|标题|商品名)(?:里|上|中)?(?:有|已|都)?(?:说明|注明|写明|标明|写了)/, ORIGIN_DISCLOSED,
      // 礼盒是另配的，不是品牌原装礼盒，介意的话可以不要: a gift box disclosed (round 11).
      // (round 36, t36b: …or a Chinese manual put in beside the import — 里面的说明书是我们另外配的中文版)
      /礼盒|礼袋|手提袋|介意的话|中文版|中文说明/],
    // Round 24 (t24c): a part the buyer must get apart, not one we fitted (充电头需要另外配, 滤芯请您单独配): no part is swapped.
    unless: (ctx, start, end) =>
      (/^(?:另配|另外配|单独配)$/.test(ctx.compact.slice(start, end)) && BUYER_GETS_APART.test(ctx.before(start, 8, 'soft'))) ||
      resealedInTransit(ctx, start, end) || giftPartDisclosed(ctx, start, end) || packedApart(ctx, start, end) || othersDoIt(ctx, start),
  },
  {
    // Genuine goods denied in other words: 不可能是走海关的正规货, 这价位买不到真货, 哪来的正品, 不是原牌的.
    // …the official channel named as the source denied (确实不是官方渠道的货), or 非 as the prefix (非官方正品; round 11).
    words: ['正品', '真品', '真货', '正规货', '正规品牌', '正规渠道的货', '正规渠道货', '原牌', '原厂货', '原厂的', '正经货', '专柜货', '原装货', '正版货', '正牌货', '专柜拿的', '专柜进的', '专柜出的', '柜台出来的', '专柜出来的', '柜台出的', '柜台拿的', '官方出来的', '原厂出来的', '官方渠道拿的', '品牌方拿的', '柜台那种', '专柜那种', '品牌店里那种', '品牌店那种', '官方店那种', '正规店那种', '柜台的货', '专柜的货', '柜台货', '专柜那样的',
      '官方渠道的货', '官方渠道货', '官方渠道出的', '品牌渠道的货', '品牌方出的货', '正规渠道出的', '官方正品', '品牌正品', '正版', '官方正版', '正版授权', '正款', '正货', '品牌方直供', '官方直供', '品牌直供', '品牌方直接供', '官方直营',
      // (round 39, t39e: Cantonese 真嘢, the real thing — 唔系真嘢嚟，不过用落一样)
      '真嘢', '真嘅嘢', '真货嚟'],
    severity: 'block',
    message: '说商品不是正规渠道的正品，暗示为假货（规则 2.8）',
    before: /(?:不可能是|不可能|不会是|不是|唔系|唔会系|并非|(?<![除莫无])非|算不上|称不上|谈不上|拿不到|买不到|搞不到|弄不到|哪来的|哪来|哪有|哪里有|不算|不属于|不能算|(?:别|不要|甭|不用)(?:想着?|指望|奢望|期待)|不能指望|指望不了)[^]{0,8}$/,
    // …or others' goods warned about (不要相信…的卖家，那些都不是正品; round 10).
    // (不存在非正品的情况, 不是非正品: 非 negated again; round 11. The Cantonese 唔系非正品 too; round 22, t22ca.)
    // (不卖任何非正品, 不进非正品: the shop refusing to sell what is not genuine; round 12, fa12. Round 67, engfa67: …with a modal too,
    // 我们不可能卖非正品; and the claim itself banned, the rule cited — 平台要求不得说商品是复刻或非正品.)
    // (没有一件是非正品, 找不出哪款是非正品: a universal none, a double negation; round 19, t19bs.)
    // (round 31, t31a: 不是 as the answer to an echoed question, then a new copula — 是高仿吗？不是的亲 是专柜正品 — with only a chat space
    // between, which the compact view does not break on.)
    notBefore: /(?:不是|唔系)(?:的|哦|啦|呢|呀|喔|噢|滴|嘅|喎)(?:亲亲?|哈|宝子?|宝贝|呢|啦)?(?:这|这个|这款|我们|我们家|都|就|肯定|绝对|百分百|确实|全部)?(?:是|系)[^]{0,6}$|(?:不存在|没有|杜绝|绝无|不会有|不可能有|不会出现|不是|并非|绝不是|也不是|唔系|并唔系|冇)非[^]{0,4}$|(?:没有|没|冇|找不出|挑不出)(?:任何)?(?:一|哪)(?:件|个|款|样|瓶|罐|支|双|只|盒|套)(?:货|商品|东西|产品)?(?:是|系|属于)?(?:非|不是|唔系)[^]{0,4}$|(?:不卖|不售|不做|不进|不碰|不接|不提供|不出售|不经营|(?:不会|不可能|不能|不敢|绝不会?|从不|从来不)(?:卖|售|销售|出售|上架)|拒绝)(?:任何|什么|一件|一切)?(?:的)?非[^]{0,4}$|(?:不得|不能|不允许|不可以|禁止|严禁)(?:说|称|宣称|宣传|写|标|标注|描述|暗示|明示|表述)[^]{0,8}?非[^]{0,4}$|(?:怎么|哪)(?:可能|会)[^]{0,6}$|如果|万一|要是|是不是|会不会|担心|怕|怀疑|以为|(?:您|你|买家|顾客|客户|有人|别人|网上)(?:说|觉得|认为)|质疑|市面|外面|别家|其他店|有些店|鉴定|检测|退款|(?:那些|那种|他们|人家|他家)(?:的货|的东西|卖的)?(?:都|也|全|可|肯定|大概率|多半|很可能|八成|估计)?不/,
    // …a remedy right after (结果不是正品直接退款; round 10, t10d).
    // (round 19, noticed by the BR tuner: …nor the shops that sell it, as a kind — 平台对卖非正品的店铺处罚很重)
    notAfter: /^的?(?:装|包装|盒|外盒|赠品|小样|说明书|标签|发票|袋|吗|么|嘛|的话|就|假一|全额|包退|区别)|^的(?:店铺|店家|商家|卖家|网店|行为)|^(?:我们)?(?:直接|立即|马上|立刻|无条件)(?:全额)?(?:退款|退货|退钱|赔)|^[^]{0,8}?(?:我们|本店|我家|咱家|店里)(?:也|都)?(?:一律|从来|绝对|坚决)?(?:不卖|不做|不碰|不接|不收|不售|拒绝)|^[^]{0,8}?(?:一件都|一件也|一个都|一样都|一律|坚决|绝对|从来)(?:不会|不)(?:卖|发|上架|进|售|收|做|碰|接)/, // (round 33, t33g: 非正品我们一件都不发)
    scope: 'clause',
    hypothetical: true,
    asked: true, // 这个价买不到真品？放心… echoes the buyer
    // 不是国内行货渠道 / 不是国行: cross-border goods are honestly not the domestic channel.
    // (…nor is a parallel import with its papers: 不是品牌官方渠道的货，是平行进口，单证齐全; round 31, t31d. A wink or the price beside it
    // is left to the channel-bypass cue below and the second opinion.)
    // (round 54, eng54a: …nor the low price's lack of genuine goods given as why ours costs more — 这个价位买不到正品包，所以我们这里价格会比较高)
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, THIRD_PARTY_TOLD, /跨境|保税|直邮|海外版|国际版|联保|国行|行货/, PRICIER_OURS, DOCUMENTED_TRADE_CHANNEL, OWN_BRAND_OR_OTHER_SHOP_TOLD, /^(?![^]*(?:懂|便宜|低价|这个价|价格(?:才|美丽)|一模一样|看不出))[^]*(?:平行进口|平行货)[^]*$/],
    deniable: false,
    // Round 30 (t30c): …or the market's goods as the subject (网上那些号称一比一的都不是正品; detect/market-subject.ts).
    // Round 39 (t39i): …or the buyer's circle's doubt reported and not agreed with (您朋友说这个价买不到正品花洒，这个顾虑我理解。我们是品牌授权店…).
    // (round 39, t39m: …nor an aftermarket part declared as not the maker's — 第三方兼容滤芯，不是原厂的，比原装便宜一半)
    unless: (ctx, start, end) => wordsMeaning(ctx, start) || marketSubject(ctx, start, end) || doubtReported(ctx, start, end) || aftermarketDeclared(ctx, start, end),
  },
  {
    // The rhetorical form, a question by design: 三百块钱还想买正规货？ (the cue above skips echoed questions).
    // …or the counter's proof of it (一百来块的LV您还想要专柜小票？; round 9).
    words: ['正品', '真品', '真货', '正规货', '正规渠道的货', '专柜货', '原装货', '正版货', '正牌货', '专柜小票', '专柜的小票', '专柜票', '防伪卡', '鉴定证书', '专柜发票'],
    severity: 'block',
    message: '以价格反问暗示商品不是正品（规则 2.8）',
    before: /(?:还想买|还想要|还指望|还想着|还要买)[^]{0,4}$/,
    sentence: PRICE,
    notSentence: [REMEDY, GENUINE_CLAIM],
    deniable: false,
  },
  {
    // 真的 as a noun (the real thing) after a denial, ending the clause: 这个价拿不到真的.
    // (round 29, t29b: …or reported from the buyer's circle and not agreed with — 您朋友说“这个价格不可能是真的”，价格低是因为…)
    words: ['真的'],
    severity: 'block',
    message: '说商品不是真货，暗示为假货（规则 2.8）',
    // …or not to be hoped for (这个价位您就别指望是真的了; round 11).
    before: /(?:不可能是|不会是|不是|拿不到|买不到|搞不到|弄不到|哪来的|哪有|(?:别|不要|甭|不用|没法|不能)(?:想着?|指望|奢望|期待|要求)(?:它|这个)?是)[^]{0,4}$/,
    after: /^(?:啊|呀|吧|呢|哦|了|的|啦|哈|嘛|喔)*$/,
    notBefore: /(?:怎么|哪)(?:可能|会)[^]{0,6}$|如果|万一|要是|是不是|会不会|担心|怕|怀疑|以为|(?:您|你|买家|顾客|客户|有人|别人|网上)(?:说|觉得|认为)|质疑/,
    scope: 'clause',
    sentence: PRICE,
    hypothetical: true,
    deniable: false,
    unless: doubtReported,
  },
  {
    // Price puts the genuine article out of comparison: 这个价位就别对标专柜货了, 别拿去跟专柜比.
    words: ['专柜', '正品', '真品', '柜台', '专柜货', '大牌', '正规货', '原版'],
    severity: 'block',
    message: '以价格暗示商品不能与正品相比，暗示不是正品（规则 2.8）',
    // …or asked for (便宜的东西就别要求是专柜那样的了; round 10).
    before: /(?:别|不要|就别|没法|不能|别想)(?:对标|比|对比|拿来比|拿去比|拿去跟|拿来跟|去跟|跟|和)$|(?:别|不要|就别|不能|别想|甭)(?:要求|指望|奢望|期待|强求)(?:它|这个)?(?:是|跟|和)?$/,
    // …or the buyer's own use as the measure (别拿去跟专柜比，自己用挺好的; round 11).
    sentence: /价|钱|块|元|便宜|自己(?:用|穿|戴|背)|自用/,
    notSentence: [REMEDY, GENUINE_CLAIM, /颜色|色差|图片|屏幕/],
    deniable: false,
  },
  {
    // The wink about price and make: 这个价您自己品，做工没话说 / 您心里有数就行 / 懂行的都清楚这个价意味着什么.
    words: [
      '心里有数', '心里明白', '心知肚明', '心里清楚', '自己品', '自己体会', '自己掂量', '懂行的都知道', '懂行的都清楚', '懂行的都明白', '内行都知道', '内行都清楚', '懂货的人都知道', '懂货的都知道', '明白是什么情况', '懂是什么情况', '应该明白', '您应该懂', '你应该懂', '自己想想', '您想想', '你想想', '您自己想', '你自己想', '识货的都知道', '识货的人都知道', '明眼人都知道', '明眼人一看', '行家都知道', '懂的人都知道', '懂的人自然懂',
      '明白人都', '意味着什么', '意味着啥', '懂我的意思', '懂我意思', '明白我的意思', '明白我意思', '懂行的人都知道', '懂行的人都清楚', '懂行的人都明白', '懂的都懂', '懂得都懂', '你懂的', '您懂的', '自己判断',
      // …and the riddle left to the buyer: 我们这个价您觉得会是啥呢, 您自己琢磨琢磨是为啥, 您懂就行.
      '懂就行', '懂就好', '明白就行', '明白就好', '会是啥', '能是啥', '会是什么', '能是什么', '琢磨', '您猜', '你猜', '想想就知道', '想想也知道', '是为啥', '是为什么', '为啥这么便宜', '为什么这么便宜',
      // …or left to the buyer to work out (剩下的您自己悟, 便宜有便宜的道理; round 10).
      '自己悟', '您悟', '你悟', '悟一下', '品一品', '有便宜的道理', '说明一切', '自己明白', '自己清楚', '自己懂',
      // …or left unsaid (朋友之间就不说破了, 看破不说破; round 36, t36b).
      '不说破', '不点破', '看破不说破', '心照不宣', '不挑明', '就不明说',
      // …in Cantonese (你自己明啦, 你明㗎啦, 心照啦; round 39, t39e)
      '自己明', '你明㗎', '你明啦', '你明嘅', '心照啦', '心照喇', '心照不宣啦',
    ],
    severity: 'block',
    message: '用“心里有数、懂的都懂”一类暗语暗示商品不是正品（规则 2.8）',
    // …or the goods' origin left unsaid (这种价位是什么来路; round 11).
    sentence: [/价|钱|块|元|蚊|便宜|版本|做工|[0-9一二两三四五六七八九十几]+(?:千|百|万)/, new RegExp(`${GENUINE.source}|${MAKE.source}|真假|真的|真货|鉴定|来路|来源|货源|出处|一样|一模一样|同款`)],
    sentenceSkipsAnchor: true,
    // Round 45 (t45l, dev HR): …not when the price and the likeness are a rival's goods' (网上那几款一百来块的冲牙器，水箱用的是跟农药瓶一样的料，
    // …您自己想想): the wink is about theirs, a smear for defame-merchant (2.7), no hint that ours are fake.
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, /地址|物流|快递|尺码|色号/],
    // (the whole sentence, however long: the rival is often named far before the wink)
    unless: (ctx, start, end) => RIVAL_GOODS_ONLY.test(sentenceOf(ctx, start, end, 120)),
    deniable: false,
  },
  {
    // Round 38 (t38b): the price named, then "you know, that's enough" and nothing else (拓竹的喷头这个价，您心里有数就行; 这个价您懂就好): the
    // price is the answer and the rest left unsaid. Not a price with its reason (活动价, 底价, 保本), nor a price the buyer knows is fair.
    words: ['心里有数就行', '心里有数就好', '心里有数就可以', '心里明白就行', '心里明白就好', '懂就行', '懂就好', '明白就行', '明白就好', '心里清楚就行', '心里清楚就好'],
    severity: 'block',
    message: '只报价格再说“您心里有数就行”，暗示不是正品（规则 2.8）',
    before: /(?:这个?价|这价|这个?价位|这个?价格|这价钱|这么便宜|[0-9一二两三四五六七八九十百千几]+(?:块|元)(?:钱)?)[^。！？]{0,10}$/,
    reach: 24,
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, CHEAP_FOR_A_REASON, /底价|最低|保本|成本|亏本|不赚|划算|值|运费|邮费|地址|物流|快递|尺码|色号|差评|评价|投诉|退款|涨价|降价|比别家|比其他/],
    deniable: false,
  },
  {
    // Round 38 (t38b): the brand's own driver, app or firmware said not to recognise the goods, at this price (Wacom这价，驱动装官方的可能认不
    // 出; 这个价的手柄，官方App连不上很正常): the maker's software knows its own devices. Not a version or an update told (旧版驱动认不出新款，
    // 请装最新版), nor a compatible part said to be one (兼容款官方软件识别不了，用我们提供的驱动).
    words: ['认不出', '认不到', '识别不了', '识别不出', '识别不到', '不识别', '检测不到', '连不上', '读不出', '不认'],
    severity: 'block',
    message: '说品牌官方驱动/软件识别不了商品，暗示不是正品（规则 2.8）',
    sentence: [/官方|原厂|官网|品牌/, /驱动|软件|app|固件|程序|系统|客户端/, PRICE],
    window: 30,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, CHEAP_FOR_A_REASON, /旧版|老版|新版|最新|更新|升级|版本|兼容|副厂|第三方|非原装|非官方|自有品牌|蓝牙|重启|重装|卸载|线|接口|usb|电脑系统|windows|mac/],
    deniable: false,
  },
  {
    // A failed check called normal: 防伪码扫不出来是正常的, 得物鉴定过不了也正常 (not 查不到可能是系统延迟).
    words: ['查不到', '查不出', '扫不出', '扫不了', '扫不到', '验不过', '过不了', '显示不存在', '提示不存在', '显示无效', '提示无效', '查无', '无记录', '没有记录', '没记录', '识别不了', '验不出', '鉴定不过', '没反应', '没有反应',
      // …or a mismatch (扫出来对不上很正常, 不一致也正常; round 10).
      '对不上', '不一致', '匹配不上', '不匹配',
      // …or another product shown (扫出来是别的产品，很正常; round 11).
      '别的产品', '别的商品', '其他产品', '其他商品', '别的东西', '别家的',
      // Round 33 (t33g): …another shade or model shown (扫出来是别的色号也别慌), or the code already queried many times (显示已被多次查询很正常).
      '别的色号', '其他色号', '别的型号', '其他型号', '别的款', '其他款', '多次查询', '已被查询', '被查询过', '重复查询', '被查过',
      // Round 38 (t38b): …already queried (提示已查询过，不用管它).
      '已查询过', '已经查询过', '已查询', '已经被查询', '已被扫过', '已经扫过'],
    severity: 'block',
    message: '说防伪/鉴定查验不通过是正常的，暗示不是正品（规则 2.8）',
    after: /^[^]{0,6}?(?:正常|没关系|不影响|无所谓|常有的事|很常见|别奇怪|不奇怪|不稀奇|都这样|都是这样|别慌|不用慌|不要慌|别担心|不用担心|不要担心|别在意|不用在意|不用管|别管|不用理|别理)/,
    // Round 33 (t33g): …a code scanned, or the goods' own marks set against each other (鞋底编码和盒标对不上很正常).
    sentence: new RegExp(`${VERIFY.source}|序列号|官网|扫[^，。]{0,6}码|码[^，。]{0,3}扫|编码|钢印|盒标|鞋标|喷码|批号|货号|条码|底码`),
    notSentence: [REMEDY, /延迟|更新|小时|稍后|明天|入库|同步|系统(?:延迟|更新|维护|同步|问题|故障|还没|繁忙|升级|原因)|物流|快递|单号|联系我们|换货|退/, HOME_RECORDS_ONLY,
      // …nor whose scans explain a count (您刚才扫了几次, 海关抽检和仓库质检各扫过), a check we go on to make (别担心，我们先排查一下), fakes
      // denied, an invoice, or a size chart.
      new RegExp(`(?:您|你|亲)[^，。]{0,6}(?:扫|查)(?:了|过)|刚(?:才|刚)?(?:扫|查)|${SCANNED_BY.source}|排查|核对|核实|查一下|不代表是?(?:假|仿)|不是假货|不等于是?假|发票|尺码`), ROUND49_OWN_RESCAN],
    deniable: false,
  },
  {
    // Talking the buyer out of a check: 拿去鉴定的话别太较真, 专柜验的话就别去了.
    words: ['别太当真', '别当真', '不用当真', '别太较真', '别较真', '不用较真', '没必要较真', '别那么较真', '别太认真', '别那么认真', '就别去了', '劝您别', '劝你别', '没必要去验', '没必要鉴定', '劝您算了', '劝你算了', '还是算了', '不用去验', '别去验', '别去鉴定'],
    severity: 'block',
    message: '劝买家不要鉴定或查验，暗示不是正品（规则 2.8）',
    // …or a version at this price: 这个价位就是这个版本，别较真了.
    sentence: /鉴定|送检|验|真假|真伪|价位[^，。]{0,6}版本/,
    notSentence: [REMEDY, GENUINE_CLAIM, /颜色|色差|尺码/],
    deniable: false,
  },
  {
    // Same logo on what is not the brand: 是平替不是原牌，不过logo都一样 (not 新旧包装logo一样，都是正品).
    words: ['logo', '商标', '标志', '标识', '一样的标', '同样的标', '标都一样', '标一样', '同款标'],
    severity: 'block',
    message: '说非原牌商品带着同样的商标，暗示是假货（规则 2.8）',
    // …or the original's mark cut into goods made of home-market parts: 国产机芯，表壳上刻的是原版的logo.
    // (round 35, t35a: …or goods called a big brand's look-alike, 大牌同款 — what is "the same style as" the brand is not the brand — with the
    // logo on it too: 大牌同款，外观一模一样，logo也有)
    sentence: [/一样|一模一样|相同|都有|也有|都带|也带|照搬|同款|没变|印得|印的|都一样|一个样|用了|刻的是|印的是|绣的是|(?:刻|印|绣)(?:着|了|上)(?:原版|原款|原厂|大牌)/, /平替|不是原|不是大牌|非原|不是正品|不是品牌|不是专柜|山寨|不是正牌|国产(?:机芯|零件|配件|面料|芯片)|(?:大牌|名牌|奢侈品|一线(?:品牌|大牌)?)(?:的)?同款/],
    // (…not our own mark, 我们自己的logo都有印)
    notSentence: [REMEDY, GENUINE_CLAIM, /没有(?:大牌|品牌|原)?(?:logo|商标|标)|不带|无logo|去掉|谨防|举报|侵权|(?:我们|我家|咱家|本店|自己|自家|店铺)(?:自己)?(?:的|家的?)?(?:品牌)?(?:的)?(?:logo|商标|标志|标识)|(?:logo|商标|标志|标识)(?:是|用的是|印的是|都是)(?:我们|我家|咱家|本店|自己|自家|店铺)/],
  },
  {
    // English "copy" of a brand's goods: it's a copy, same as original (not a copy of the invoice).
    words: ['a copy', 'copies', 'copy of'],
    severity: 'block',
    message: '英文用语表明商品为仿品或非正品（规则 2.8）',
    sentence: /original|authentic|genuine|brand|counter|sameas|quality/,
    notSentence: /invoice|receipt|document|certificate|report|contract|licen|passport|paper|pdf|file|order|never|dont|donot|notsell|(?<![a-z])if(?![a-z])|refund|发票|报关|证书|报告/,
    deniable: false,
  },
  {
    // English: replica, super copy, not authentic, AAA grade, mirror quality (not 100% authentic, we never sell fakes).
    words: ['replica', 'replicas', 'super copy', 'supercopy', 'mirror quality', 'mirror grade', 'not authentic', 'not original', 'not genuine', 'not real', 'aaa grade', 'aaa quality', 'first copy', 'master copy', 'fake', 'fakes', 'counterfeit', 'knockoff', 'knock off', '1:1 copy',
      // …a dupe, a mirror copy, copy as the version (round 12: the bag is a dupe, this is a 'mirror copy', copy版的).
      'dupe', 'dupes', 'mirror copy', 'mirror copies', 'mirrorcopy', 'copy版', 'copy款', 'copy货',
      // …the brand denied in English, high copy (it's not the real brand; not from the brand; round 12).
      'high copy', 'highcopy', 'top copy', 'superfake', 'super fake', 'ua版', 'ua货', 'not the real brand', 'not real brand', 'not from the brand', 'not the real one', 'not the original brand', 'not brand original'],
    severity: 'block',
    message: '英文用语表明商品为仿品或非正品（规则 2.8）',
    // Replica is also a perfume line (Maison Margiela Replica系列).
    // Round 31 (t31a): …or right after a fear of getting one or a plain refusal to sell one, in Chinese (担心是fake？不会的, 怕收到replica,
    // 会不会是fake, 我们不卖fake): the word is the worry answered, not our goods. (A general denial would also read 不用担心 我们这个replica….)
    // (round 39, t39e: the Cantonese question too — 你问系咪replica？唔系, 系唔系fake)
    // (round 52, cf52: …or a plain copula denied right before, in Chinese — 不是fake哦, 绝不是replica, 并非knockoff)
    notBefore: /(?:担心|担忧|害怕|怕|顾虑|怀疑|以为|是不是|会不会|会否|系咪|系唔系|是咪|系米)(?:会|会是|是|买到|收到|拿到|买到的是|收到的是|拿到的是|到手是)?$|(?:不|从不|绝不|从来不|绝对不|不会|坚决不|唔)(?:卖|售|出售|做|进|碰|发|卖过)(?:任何)?$|(?:不是|并非|绝非|才不是|绝不是|并不是|根本不是|绝对不是|唔系)$/,
    // …or the word printed on the goods as a design (鞋盒标签上的 FAKE 字样是品牌这一季的设计元素; round 10, t10d).
    // Round 36 (t36c): …or a product whose English name is a fake something (fake tan 自晒膏, fake lashes 假睫毛, fake nails 穿戴甲,
    // faux/fake fur, fake plants 仿真绿植), or the English word glossed in Chinese (fake 是说“假晒”, replica 指的是…): a kind, not a copy.
    notAfter: /^(?:一词|这个词|这个单词|这个英文|这个字)?(?:是说|是指|指的是|指|的意思是|意思是|的意思|在这里是|这里是)(?![a-z])|^(?:reviews?|news|accounts?|orders?|messages?|links?|calls?|web|sites?|profiles?|tracking|numbers?|emails?|sms|scams?|sellers?|shops?|stores?|ads?|ones?fromothers)|^(?:这个|这几个)?(?:字样|字母|单词|英文字|印花|图案|标语|涂鸦|刺绣|印字|绣字|大字|字眼)/,
    // …or someone passing as us sells it elsewhere (有人冒充我们店在别处卖replica; round 10).
    notSentence: [/notallowed|系列|series|margiela|香水|never|dont|donot|doesnt|wont|refund|guarantee|beware|avoid|report|notadupe|nodupe|isntadupe|100authentic|100%authentic|(?<![a-z])if(?![a-z])|ifit|ifthe|ifyou|ifthis|ifthat|ifany|ifthere|ifwe|ifthey|whether|isit|notsell|nosell|scam|冒充|别处|认准/, GENUINE_CLAIM, BRAND_NAMED,
      OFFICIAL_REPLICA], // round 48 (t48e)
    unless: (ctx, start, end) => fakeKindNamed(ctx, start, end) || materialHonestlyNamed(ctx, start, end),
    deniable: false,
  },
  {
    // Round 31 (t31a): the copy trade's words in Japanese and Korean, the way cross-border sellers of Japanese goods write them (これは
    // スーパーコピーです, N級品, 偽物だけど質はいい, 本物じゃないけど; 가품이에요, 짝퉁). Not when the clause says no after it (偽物ではありません,
    // 偽物は扱っていません, 偽物の心配はありません, 가품 아닙니다), warns (偽物にご注意, 偽物が出回っている) or tells apart (偽物との見分け方),
    // nor the Chinese fear or refusal before it (担心是偽物？, 不是スーパーコピー, 我们不卖偽物).
    words: ['スーパーコピー', 'スーパーコピー品', 'コピー品', 'コピー商品', 'ブランドコピー', 'コピーブランド', 'レプリカ品', '偽物', '偽もの', 'ニセモノ', 'にせもの', 'ニセ物', '偽ブランド', '偽ブランド品', 'パチモン', 'パチもん', 'パチモノ', 'ぱちもん', '模造品', '模仿品', '海賊版', 'n級品', '本物じゃない', '本物ではない', '本物ではありません', '本物じゃありません', '正規品じゃない', '正規品ではない', '正規品ではありません', '非正規品', '짝퉁', '가품', '이미테이션', '레플리카'],
    severity: 'block',
    message: '日文或韩文用语表明商品为仿品或非正品（规则 2.8）',
    notAfter: /^(?:品)?(?:で|じゃ|では)(?:は)?(?:ない|ありません|ございません|なく|ないです)|^(?:は|を|など|なんて|なんか)?(?:一切|絶対|決して|絶対に|全く)?(?:扱って|売って|販売して|取り扱って|取扱って|置いて|出して|作って)(?:い|お|は)?(?:ません|ない|りません|おりません)|^(?:は|なんて|など|なんか)?(?:一切|絶対|全く)?(?:ありません|ない|ございません|ないです)|^(?:の|が)?(?:心配|不安|恐れ|可能性)(?:は|も)?(?:ありません|ない|無用|いりません|ございません|ゼロ)|^(?:に|には)(?:ご)?(?:注意|気をつけ|要注意|気を付け)|^(?:が|も)(?:出回|多く出回|増えて|売られて)|^(?:と|との)(?:比べ|見分け|違い|区別)|^(?:の)?見分け|^(?:です|でしょう|だろう|ではない|じゃない)?(?:か)(?!ら)|^(?:이|은|는|가)?(?:아닙니다|아니에요|아니예요|아님|아니|없습니다|없어요|안\s?팝니다|팔지\s?않)/,
    notBefore: /(?:担心|担忧|害怕|怕|顾虑|怀疑|以为|是不是|会不会|会否)(?:会|会是|是|买到|收到|拿到|买到的是|收到的是|拿到的是|到手是)?$|(?:不|从不|绝不|从来不|绝对不|不会|坚决不)(?:卖|售|出售|做|进|碰|发|卖过)(?:任何)?$|(?:不是|并不是|并非|绝不是|绝对不是|才不是|决不是|绝非)(?:什么)?$/,
    notSentence: /冒充|骗子|谨防|举报|假一赔|退一赔|ご注意|気をつけ|詐欺|사기/,
    deniable: false,
  },
  {
    // Round 22 (t22du): the Chinese word for genuine denied in English (this one is not 正品 but quality same, it's no 真货 la).
    // Not the packaging or an accessory (not 原装 box, the item is 正品), nor a guarantee or a hypothesis (if not 正品 refund).
    words: ['not 正品', 'not 真品', 'not 真货', 'not 原装', 'not 正版', 'not 专柜', 'no 正品', 'no 真货', 'not really 正品'],
    severity: 'block',
    message: '英文用语表明商品为仿品或非正品（规则 2.8）',
    notAfter: /^(?:的)?(?:box|packag|case|bag|dustbag|charger|cable|strap|accessor|包装|盒|外盒|袋|配件|充电器|表带|发票|invoice|receipt)/,
    notSentence: [/never|dont|donot|doesnt|wont|refund|guarantee|beware|avoid|report|(?<![a-z])if(?![a-z])|ifit|ifthe|ifyou|ifthis|ifthat|ifany|ifthere|ifwe|ifthey|whether|isit|notsell|nosell|scam|冒充|别处|认准|假一赔|退款|退货|赔/, GENUINE_CLAIM],
    deniable: false,
  },
  {
    // 跟正品用的同一条生产线，只是没授权 / 和专柜无差别，就是没有小票，价格才这么低.
    words: ['没授权', '没有授权', '未授权', '非授权', '无授权', '无品牌授权', '没品牌授权', '无差别', '没差别', '没区别', '没有区别', '没有小票', '没小票', '没有专柜小票'],
    severity: 'block',
    message: MESSAGE,
    sentence: [GENUINE, /同一|一样|一模一样|无差别|没差别|没区别|没有区别|价|便宜|生产线|工厂|流水线/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, ADVICE, NAME_NOT_LENT, /正品保证|保证正品|就是正品|都是正品|官方授权|品牌授权书|可以提供授权|授权书|授权经销|授权店|不保证|物流|快递|海外|跨境|保税|直邮|代购|免税/],
    deniable: false,
  },
  {
    // 我这个是“同款”，你知道的 / 这个价您懂 — the wink that it is not the real thing.
    words: ['你知道的', '您知道的', '看着就懂', '您懂', '你懂', '您也懂', '你也懂', '大家都懂', '这个价您懂', '这个价你懂', '懂我意思'],
    severity: 'block',
    message: MESSAGE,
    // …or a brand in latin letters with a version word: 这个是港风版本的LV，您懂.
    sentence: [/专柜|正品|大牌|原版|同款|版本的[a-z]|[a-z]版本/, /价|便宜|不是专柜|不是正品|同款|公司货|版本/],
    notSentence: [REMEDY, /保证正品|正品保证|都是正品|就是正品|授权/],
    deniable: false,
  },
  {
    // Repacked or unauthorised goods passed off: 平替厂出的，批号照着印, 自己灌装的, 国内分装, 不走品牌授权, 查无此码是正常的.
    words: ['平替厂', '照着印', '自己灌装', '我们灌装', '国内分装', '自己分装', '不走品牌授权', '查无此码', '华强北出的', '您细品', '你细品', '您品', '您懂我意思', '你懂我意思', '您明白的', '你明白的', '价格摆在这', '同款不同标', '同款不同牌', '同款不同logo', '同款不同商标'],
    severity: 'block',
    message: MESSAGE,
    notAfter: /^(?:味|尝|鉴|位|质|牌|种)/, // 您品味真好, 您品尝一下: not the wink 您品
    // (round 46, t46g: …nor the wink at a theft aid, a shop's exit gate kept silent — 从商场门口…走过去不会叫，您品品: 2.7, no fake)
    // (round 68, engfa68: …nor the price pointed at to deny fakes — 价格摆在这，我们不会亏本卖假货砸自己的招牌)
    notSentence: [REMEDY, LAWFUL_REPACK, /溯源码可查|正品保证|品牌授权书|可以提供授权/, T46G_GATE_SILENCED, FAKES_DISAVOWED_68],
    unless: otherSellersClaim,
  },
  {
    // Round 35 (t35a): the same factory or line behind another label (同厂不同标, 同线不同牌); a pirate game cartridge by its trade name (烧录卡)
    // — not refused or warned of (盗版烧录卡这种东西不卖的, 只卖正版).
    words: ['同厂不同标', '同厂不同牌', '同厂不同logo', '同厂不同商标', '同线不同标', '同料不同标', '同厂不同品牌', '烧录卡', '烧录版', '烧录卡带'],
    severity: 'block',
    message: MESSAGE,
    window: 40,
    notSentence: [REMEDY, /不卖|不做|不售|不碰|不进|不接|不提供|拒绝|只卖正版|都是正版|不帮|谨防|小心|别买|不建议|举报|违法|侵权|溯源码可查|正品保证|品牌授权书|封机|封号|风险|得不偿失|变砖|损坏/],
  },
  {
    words: [
      '不是正品', '并非正品', '不算正品', '不算是正品', '不是真品', '不是真货', '不是专柜货', '不是专柜的货', '不是专柜正品', '不是品牌正品', '不是品牌的正品',
      '不是原厂正品', '不叫正品', '不能叫正品', '不敢叫正品', '不敢说是正品', '不敢说正品', '不好说是正品', '不叫真品', '不保真', '不包真', '没法保真', '保不了真', '不能保真', '保真不了', '不保证是正品', '不保证正品', '不能保证是正品', '不能保证正品', '不敢保证是正品', '不敢保证正品', '没法保证是正品',
      '无法保证是正品', '不一定是正品', '不是正版', '不是官方正品', '不是zp', '不是zhengpin', '并非zp',
      ...GUARANTEE_REFUSED_65, '不是zg货', '不是zg的货', '不是zg的',
    ],
    severity: 'block',
    message: MESSAGE,
    hypothetical: true,
    // 是不是正品, 担心不是正品, 说我们不是正品.
    // …or the A-not-A question (保真不保真, 正品不是正品; round 8).
    // Round 10 (t10d): a check's result far back (平台有第三方鉴定服务，费用我们出，结果不是正品直接退款), others' goods guessed at (那种大概率不是正品).
    // Round 19 (t19bs): …or a universal none before it, a double negation (没有一件不是正品, 找不出哪款不是真品: all are genuine).
    notBefore: /(?:是|会|担心|怕|怀疑|以为|说|觉得|认为|质疑|万一|若|如果|要是|鉴定|检测|保真|正品)$|(?:没有|没|找不出|挑不出)(?:任何)?(?:一|哪)(?:件|个|款|样|瓶|罐|支|双|只|盒|套)(?:货|商品|东西|产品)?$|(?:那些|那种|他们|别家|别人|人家|他家|那种卖家|那家)(?:的货|的东西|卖的)?(?:都|也|全|可|肯定|大概率|多半|很可能|八成|估计)?$|(?:鉴定|检测|送检|验货|验真)[^。！？]{0,24}(?:结果|出来)(?:是|为|显示)?$/, // round 10: others' goods (那些都不是正品)
    notAfter: /^(?:的话|就|吗|么|嘛|呢|全额|包退|假一|退一|空|装|的?包装|的?盒|我们(?:全额|包退|负责|赔|退)|(?:我们)?(?:直接|立即|马上|立刻|无条件)(?:全额)?(?:退款|退货|退钱|赔))|^的?(?:东西|货|商品|产品)?(?:我们|本店|我家|咱家|小店|店里)?(?:店)?(?:一律|从来|绝对|坚决|一件都|都|也)?(?:不卖|不做|不进|不上架|不碰|不接|不售|不会卖)/, // round 11 (t11d): refused (不保真的东西我们不卖)
    // Round 57 (eng57a, A57): …or what someone else tells the buyer judged (如果有人私下跟您说能拿到便宜的同款，多半不是正品; 要是有人推销
    // 低价的，那大概率不是真货): the third party's offer is the subject, not our goods.
    notSentence: [REMEDY, ADVICE, /是不是|是否|会不会|怎么可能|哪会|不可能|有人说|听说|质疑|怀疑|以为/, THIRD_PARTY_TOLD],
    // Round 30 (t30c): …or the market's goods as the subject (外面那些所谓“一比一”的都不是正品; detect/market-subject.ts).
    unless: (ctx, start, end) => wordsMeaning(ctx, start) || marketSubject(ctx, start, end),
  },
  {
    // Round 65 (eng28-65): …any hedging verb before any word for the genuine article (GENUINE_OBJECT_65): the list's tests, read past the object.
    words: DISCLAIMING_VERBS_65,
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^${GENUINE_OBJECT_65}`),
    grow: true,
    hypothetical: true,
    notBefore: /(?:是|会|担心|怕|怀疑|以为|说|觉得|认为|质疑|万一|若|如果|要是|鉴定|检测|保真|正品)$|(?:那些|那种|他们|别家|别人|人家|他家|那种卖家|那家)(?:的货|的东西|卖的)?(?:都|也|全|可|肯定|大概率|多半|很可能|八成|估计)?$/,
    notAfter: new RegExp(`^${GENUINE_OBJECT_65}(?:的话|就|吗|么|嘛|呢|全额|包退|假一|退一|(?:我们)?(?:直接|立即|马上|立刻|无条件)(?:全额)?(?:退款|退货|退钱|赔)|的?(?:东西|货|商品|产品)?(?:我们|本店|我家|咱家|小店|店里)?(?:店)?(?:一律|从来|绝对|坚决|一件都|都|也)?(?:不卖|不做|不进|不上架|不碰|不接|不售|不会卖))`),
    notSentence: [REMEDY, ADVICE, /是不是|是否|会不会|怎么可能|哪会|不可能|有人说|听说|质疑|怀疑|以为/, THIRD_PARTY_TOLD],
    unless: (ctx, start, end) => wordsMeaning(ctx, start) || marketSubject(ctx, start, end),
  },
  {
    // Round 65 (eng28-65): …真的 as the genuine article (我们也不敢说是真的，您自己看着办) — not the adverb before what it qualifies (不敢说是
    // 真的有效, 不能保证真的能到): only at the clause's end or before a particle.
    words: GENUINE_TRULY_DISCLAIMED_65,
    severity: 'block',
    message: MESSAGE,
    hypothetical: true,
    notBefore: /(?:是|会|担心|怕|怀疑|以为|说|觉得|认为|质疑|万一|若|如果|要是|鉴定|检测)$|(?:那些|那种|他们|别家|别人|人家|他家|那家)(?:的货|的东西|卖的)?(?:都|也|全)?$/,
    after: /^(?:的)?(?:啊|呀|哦|哈|呢|啦|了|哟|嘛)*$/,
    scope: 'clause',
    notSentence: [REMEDY, ADVICE, /是不是|是否|会不会|怎么可能|哪会|不可能|有人说|听说|质疑|怀疑|以为|消息|传言|新闻|说法|谣言/, THIRD_PARTY_TOLD],
    unless: (ctx, start, end) => wordsMeaning(ctx, start) || marketSubject(ctx, start, end),
  },
  // Round 24 (t24c): the counter's or an appraiser's check disclaimed in advance (不保专柜, 不包过验); for a check merely not offered (不支持
  // 鉴定, 鉴定不退) only with take-it-or-leave-it, channel or price talk beside it (渠道货，不支持鉴定，要就拍) — not a shop that vouches
  // for its goods or pays for a failed check.
  {
    words: ['不保专柜', '不包专柜', '不保过专柜', '不包过专柜', '不保过验', '不包过验', '不保验货'],
    severity: 'block',
    message: MESSAGE,
    notBefore: /(?:是不是|会不会|担心|怕|说|以为)$/,
    notSentence: [REMEDY, /是不是|是否|会不会|有人说|听说|质疑|怀疑|以为/],
  },
  {
    words: ['不支持鉴定', '不接受鉴定', '不包鉴定', '不保鉴定', '鉴定不退', '鉴定不管', '不支持验货', '不接受验货', '验货不退'],
    severity: 'block',
    message: MESSAGE,
    window: 30,
    sentence: /要就拍|要的话?(?:就|直接)?拍|介意(?:的话)?(?:勿|慎|别|不要)拍|拍了不退|不退不换|渠道货|水货|尾货|懂的|这个价|这价|便宜|不保|随便验/,
    notSentence: [REMEDY, GENUINE_CLAIM, /平台(?:的)?鉴定|第三方|申请平台|平台介入/],
  },
  {
    // "Nobody can tell": 跟正品放在一起根本分不出来, 拿去专柜也验不出来, 只有内行才看得出来.
    words: [
      '分不出来', '看不出来', '验不出来', '看不出区别', '看不出差别', '分辨不出', '辨别不出', '认不出来', '鉴定不出', '鉴不出', '测不出', '检测不出', '鉴定不了真假', '查不出来', '看不出真假', '以假乱真',
      '只有内行', '内行才', '行家才', '懂的都懂', '懂得都懂', '你懂的', '您懂的', '验不了真假', '一般人看不出', '肉眼看不出', '几乎没区别', '几乎没有区别',
      '没什么区别', '鉴定师都看不出', '专家都看不出', '专柜都看不出', '柜姐都看不出',
      // …"cannot" in the 不了 form (一般人分辨不了; round 12).
      '分辨不了', '辨别不了', '区分不了', '分不了真假', '看不出来是不是真的', '一般人分辨不了', '一般人看不出来',
      // …by any sense (跟进口原装喝不出区别, 和专柜的摸不出差别; round 43, t43b)
      '喝不出区别', '吃不出区别', '摸不出区别', '尝不出区别', '闻不出区别', '品不出区别', '听不出区别',
      '喝不出差别', '吃不出差别', '摸不出差别', '尝不出差别', '闻不出差别', '品不出差别', '听不出差别',
    ],
    severity: 'block',
    message: MESSAGE,
    // …or a grade word in quotes of its own (属于“高端货”，一般人分辨不了; round 12).
    sentence: /正品|真品|真货|专柜|原版|正版|大牌|品牌|原装|官方|鉴定|奢侈品|高端货|顶级货|高版本|版本最高/,
    sentenceSkipsAnchor: true,
    // Round 23 (t23a): …not of goods that are an imitation by nature (仿真水果模型…分不出真假).
    // (round 43, t43b: …nor a sample split from the same genuine bottle — 就是同一瓶原液分的: detect/split-from-same.ts)
    // (round 48, t48h: …nor a plain parcel an outsider cannot see into — discreetParcel48)
    unless: (ctx, start, end) => imitationOrSplit(ctx, start, end) || discreetParcel48(ctx, start, end),
    notSentence: [ADVICE, REMEDY, /色差|同一(?:批|个批次|批次)|都是正品|就是正品|保证正品|正品保证|官方授权|品牌授权|授权/],
    deniable: false,
  },
  {
    // The brand or the counter would not accept the goods: 品牌方不认我们的货, 不能拿去专柜验, 验了不保真.
    words: [
      '品牌方不认', '品牌不认', '专柜不认', '官方不认', '品牌不承认', '专柜不给验', '专柜验不了', '不能拿去专柜验', '别拿去专柜验', '不要拿去专柜验', '不能去专柜验',
      '不要去专柜验', '专柜验不过', '验不过', '不建议您去验', '不建议去验', '不建议您验', '不建议拿去验', '不建议鉴定', '不建议您鉴定', '不建议您去鉴定', '不建议去鉴定', '不能专柜验', '不支持专柜验', '不支持验货', '不能验货', '验了不保', '不能拿去验', '别拿去验', '不能送检', '别送检',
      // …or the check refused outright (不接受鉴定，拍了就是默认; round 10).
      '不接受鉴定', '不接受验货', '拒绝鉴定', '不接受专柜验', '不给鉴定', '不让鉴定', '不允许鉴定', '不接受任何鉴定', '不接受验真',
    ],
    severity: 'block',
    message: MESSAGE,
    deniable: false,
    // 不认可 is a judgement on something else; points, warranties and coupons of other markets are no verdict on the goods (round 8).
    notAfter: /^(?:可|识|证|同)/,
    // Round 25: the buyer's worry asked back (您担心专柜验不过？我们有报关单) — not the shop saying it would fail.
    unless: (ctx, start, end) => BUYER_WORRY.test(ctx.before(start, 10, 'soft')) && endsAsQuestion(ctx, end),
    notSentence: [/可以|(?<!不)支持专柜|欢迎|随时/, /积分|会员|海外版|跨境|联保|直邮|保税|港版|日版|美版|国际版|优惠券|第三方/],
  },
  {
    // Not the counter's thing: 跟专柜那种不是一个东西 / 和正品不是一回事, said of what is sold.
    words: ['不是一个东西', '不是一回事', '不是同一个东西', '不是同一种东西', '不是一个货', '不是一路货'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:和|跟|与|同)(?:专柜|正品|真品|原版|正版|大牌|官方)(?:的|那种|那个|那边的?|卖的)?(?:货|款)?(?:是|都|可|肯定|当然)?$/,
    notSentence: [REMEDY, /保证正品|都是正品|就是正品|授权|包装|赠品|小样|试用装|说明书|中文标签|批次|生产日期/],
    asked: true,
    deniable: false,
  },
  {
    // Passes the counter: 过得了专柜柜姐那关, 内行都买这个版本 — a copy good enough to fool an inspection.
    words: ['过得了专柜', '过得了柜姐', '柜姐那关', '专柜那关', '鉴定那关', '过得了鉴定', '骗得过柜姐', '骗过专柜', '内行都买这个', '懂行的都买这个', '内行都选这个'],
    severity: 'block',
    message: MESSAGE,
    notSentence: [REMEDY, ADVICE],
    deniable: false,
  },
  {
    // Made after a big brand with the logo altered: 照着大牌的版型做的，logo换了一个字母 — a knock-off (山寨).
    words: ['照着大牌', '仿照大牌', '照大牌', '照着大牌子', '参照大牌', '照着专柜', '换了一个字母', '换了个字母', '改了一个字母', '改了个字母', '差一个字母', '少一个字母', 'logo改了一点', 'logo换了'],
    severity: 'block',
    message: '说商品照大牌仿制或改了商标，暗示是山寨货（规则 2.8）',
    sentence: /大牌|品牌|logo|商标|标志|版型|设计|款式|一样|像|做的|细看/,
    notSentence: [REMEDY, ADVICE, /谨防|假冒|举报|投诉|维权/],
    deniable: false,
  },
  {
    // Round 11 (t11e), GENERAL: genuineness priced out by a counterfactual — if it were genuine or authorised, it would not sell at
    // this price: 授权书我们没有，真有的话也不会卖这个价了, 授权拿不到，拿得到就不是这个价了, 原装的话哪能是这个价. Every wording: a
    // genuine/authorised word + a condition (的话, 要是, 真有) + 不会/不是/哪能 before 这个价. Not: 有活动的话就不是这个价了 (no genuine word).
    words: ['这个价', '这价', '这个价格', '这价格', '这个价位', '这价位', '这个价钱', '这么便宜', '这么低的价'],
    severity: 'block',
    message: '说正品或有授权就不会是这个价，暗示在售商品不是正品（规则 2.8）',
    before: /(?:不会|不是|不可能|哪能|哪会|哪里会|怎么可能|怎会|可不是|就不止|不止)(?:再)?(?:卖|是|只卖|才卖|只要|才|给|开)?(?:到)?$/,
    window: 40,
    sentence: [/正品|真品|真货|原装|原厂|专柜|授权|保真|官方|品牌方/, /的话|要是|如果|真有|真要是|真是|拿得到|拿到了|有的话|是的话/],
    // (授权书 named in the condition is no claim: STRICT_GENUINE_CLAIM would take it for one.)
    notSentence: [REMEDY, /(?<!不|可能|不会|并非|想|着|指望|算|如果|要|若|真要)(?:是|都是|保证|百分百|绝对|就是|纯)正品|正品保证|报关单|假一赔|(?:是|为)(?:官方|品牌)?授权(?:店|经销商|门店)/, /活动|优惠|促销|折扣|打折|满减|券|秒杀|清仓/],
    deniable: false,
  },
  {
    // Round 11 (t11e), GENERAL: the import channel denied and a domestic source named instead: 我们不走保税，都是义乌那边打包直接发, 不是海外
    // 直邮哦，都是深圳那边工厂直接打包发的, 我们不走海关，货是广州本地仓直接发的. Every wording: no bonded/customs/direct-mail route + a
    // domestic place or factory shipping or making. Not: 不走保税，走的是海外直邮; 不是直邮，是一般贸易报关进口的，从国内仓发.
    words: ['不走保税', '没走保税', '不是保税', '不走海关', '没走海关', '没过海关', '不用过海关', '不走跨境', '没走跨境', '不是海外直邮', '不是直邮', '不走直邮', '不是海外发', '不走清关', '不用清关', '没清关', '不是进口的', '不是从国外', '不是从海外'],
    severity: 'block',
    message: '说商品不走进口渠道、由国内产地直接发出，暗示不是正品进口货（规则 2.8）',
    window: 40,
    // …and the price or a factory said with it (这单不是直邮的，从我们本地仓发，明天就能到 is only a route).
    sentence: [/(?:义乌|广州|深圳|莆田|东莞|温州|泉州|晋江|白沟|国内|本地|当地|工厂|厂里|厂家|厂子)[^，。！？]{0,8}?(?:发|打包|出货|出的|做|生产|加工|灌装|贴)/, /便宜|价格低|低价|价低|价格才|这个价|这么低|实惠|划算|成本|工厂|厂里|厂家|厂子/],
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /报关|一般贸易|(?<![不没])(?:是|走)(?:的是)?(?:海外)?直邮|海外仓|总代|授权|进口的|进口货|中文标签|国内版|国行|原装进口/],
    deniable: false,
  },
  {
    // Genuine costs more: 这个价格你还想要正品？ / 要正品得去专柜买.
    // (round 36, t36b: …bought, or the genuine import — 这个价还想买原装进口？)
    words: ['还想要正品', '想要正品', '还要正品', '要什么正品', '要正品去专柜', '要正品得去专柜', '正品得去专柜', '要正品的话去专柜', '买正品去专柜', '正品去专柜买',
      '还想买正品', '还想买原装', '还想要原装', '还要原装', '还想买真的', '还想要真的', '还想买真货', '还想要真货', '还想买正版', '还想要正版', '还想买进口', '还想要进口', '还想买专柜'],
    severity: 'block',
    message: MESSAGE,
    sentence: /价|钱|块|元|便宜|贵|专柜/,
    // 想要正品就去专柜买？其实我们也是正品 echoes the buyer; 这个价格你还想要正品？ stays rhetorical.
    unless: (ctx, start, end) => endsAsQuestion(ctx, end) && !/还|什么/.test(ctx.compact.slice(Math.max(0, start - 1), end)),
    deniable: false,
  },
  {
    // Off the same line as the real thing: 和专柜是同一个工厂出来的, 和正品一条流水线.
    // 代工厂的说法我们没听说过 — the word named, not said of the goods.
    notAfter: /^的?(?:说法|传言|谣言|这种说法|这个说法|一说)/,
    words: [
      '同一个工厂', '同一家工厂', '同一工厂', '同个工厂', '同厂', '一条流水线', '同一条流水线', '同条流水线', '工厂同款', '代工厂出', '同一个厂', '一个厂出',
      '工厂直接出', '工厂直出', '厂家直接出', '厂里直接出', '一个厂', '一家厂', '一家工厂', '同一家厂', '同一个厂家', '一个工厂', '工厂货', '代工厂货', '厂货', '代工厂流出', '工厂流出', '厂里流出', '厂流出', '工厂出来的', '厂里出来的', '同料', '同款同料', '代工厂',
      // …a shared batch or craftsman, or the brand's contractor selling on its own: 跟LV是同一批皮料，同一个师傅做的, 给大牌代工的厂子自己出的.
      '一个模子', '同一个模子', '一套模具', '同一套模具', '同源货', '大厂同源', '同源渠道', '一个出处', '同一个出处', '同一出处', '一个料', '同一个料', '一样的料', '同一种料', '同一批皮料', '同一批料', '同一批原料', '同一批面料', '同一个师傅', '同一批师傅', '代工的厂', '代工的工厂', '给大牌代工', '厂子自己出', '工厂自己出', '厂里自己出', '厂家自己出', '工厂自己做', '厂里自己做', '厂家自己做', '工厂私下做',
    ],
    severity: 'warn',
    message: '暗示商品与正品出自同一工厂而非正品渠道（规则 2.8）',
    // …a brand named in latin letters counts as the genuine article: 跟LV是同一批.
    // …or any brand set beside ours as sharing it: 我们这款和迪奥的是一个代工厂.
    sentence: new RegExp(`${GENUINE.source}|官网|原厂|(?:跟|和|与|同|给)[a-z]{1,12}(?:家|的|是|同|代工)|(?:和|跟|与)[^]{1,8}?(?:是|用的是|出自)(?:一个|同一个|同一家|一家)`),
    sentenceSkipsAnchor: true,
    // 授权 vouches for the goods unless denied: 没有品牌授权但是一个厂出的 stays a claim.
    // 韩国免税版的，和国内专柜版是同一个工厂生产的: one maker's lines for two markets.
    // …or the goods called genuine otherwise, the maker public (属于正品, 品牌公开的信息; round 10).
    notSentence: [/(?<!(?:没|无|未|非|不是)[^，。]{0,4})授权|报关|溯源|(?<!不)(?:是|都是|保证|属于|均为|均是|确属)正品|品牌公开|官方公开|品牌直供|官方直供|免税版|海外版|国际版|国行|港版|日版|韩版|美版|欧版|背标/,
      // Round 40 (t40c): two brands of one group told apart by their formula (和品牌的高端线属于同一个集团…同一个工厂生产，但配方和成分表不一样，
      // 不是同一款换了包装): the likeness is denied outright — not the group without the difference (同一个集团同一个工厂，东西一样).
      /^(?=[^]*(?:同一(?:个|家)?(?:集团|母公司)|同属[^，。！？]{0,8}?集团|同一集团旗下))(?=[^]*(?:(?:配方|成分|成分表|配料)[^，。！？]{0,8}?(?:不一样|不同|有区别|有差别)|不是同一款|不是一款))/,
      // Two lines of one brand (round 8): 这两款是同一品牌同一工厂生产的，区别只是容量.
      // Round 54 (eng54c): …or the factory named as one brand's own (都是雀巢在瑞士的工厂) with only the line told apart (只是品牌系列不同).
      /都是[^，。！？]{1,10}?(?:自己|自家|在[^，。！？]{1,6})的(?:工厂|厂)(?![^，。！？]{0,4}(?:流出|出来|私下))|(?:只是|只有|就是|仅仅是)(?:品牌)?(?:系列|产品线|子品牌)(?:不同|不一样)/,
      /(?<!不是)同一(?:个|家)?品牌|(?<!不是)同品牌|(?:区别|不同|差别)(?:只是|就是|在于|只有)(?:容量|规格|颜色|尺寸|大小|香型|包装|克重)/,
      // Round 29 (t29c): …the spec named first (只是容量不同), or the factory the brand's own (品牌自己的工厂) — not 不是品牌自己的工厂.
      /(?:只是|只有|就是|仅仅是|仅是|无非是)(?:容量|规格|颜色|尺寸|大小|香型|包装|克重)(?:上)?(?:不同|不一样|有区别|有差别|有差异)|(?<![不没非]是|没有|并非)品牌方?(?:自己|自有|自家|自建)的?(?:工厂|厂|生产线)/,
      // Round 14 (fa14): the brand's contract maker named as a fact, ours vouched the brand's own genuine or the brand's own order
      // (这个牌子的代工厂是科丝美诗…但您买的这款就是品牌自己的正品, 韩国代工厂科玛生产的，品牌方自己下的单) — not 不是品牌自己下的单.
      // Round 21 (t21bx): …or the brand commissioning it, 自己 unsaid (品牌委托越南的代工厂生产的) — not 不是品牌委托的.
      /(?<![不没非])(?:是|都是|属于|确属)[^，。！？不没非]{1,6}的正品|(?<![不没非]是|没有|并非)品牌方?(?:(?:自己|亲自|官方)(?:下的?单|委托|监制|订的货)|委托)/,
      // Round 68 (engfa68): …with adverbs between the brand and its commission (品牌官方就是委托他们做的, 品牌方一直都是委托这家厂生产); contract
      // making told as the trade's way for brands at large, none of ours likened (很多大牌化妆品都是代工厂生产的…这是行业常态); a brand's main
      // line and its diffusion line told apart (一个是品牌主线一个是副线).
      /(?<![不没非]是|没有|并非)品牌方?(?:官方)?(?:就|都|也|一直|向来|本来)*(?:是)?(?:自己|亲自|官方)?(?:委托|下的?单|监制)(?!的?[^，。！？]{0,4}(?:以外|之外|剩|多出|尾))/,
      /^(?![^]*(?:我们|咱|本店|我家|这款|这个|这批|这双|这件)[^，。！？]{0,8}?(?:代工|工厂|厂里|厂家|同一|一样|区别))(?=[^]*(?:很多|不少|大部分|多数|大多数|许多)(?:国际)?(?:大牌|品牌|大品牌)[^，。！？]{0,8}?(?:都是|都由|都在|也是|都找|都会找)[^，。！？]{0,4}?代工)/,
      /(?:主线|副线|子线)[^，。！？]{0,10}?(?:主线|副线|子线|二线)/,
      // The factory selling under its own name (代工厂自己的牌子，不挂大牌logo; round 11, t11e).
      /(?:代工厂|工厂|厂家|厂里|厂子)(?:的)?(?:自己|自家|自有|自主|自创)的?(?:牌子|品牌)|自有品牌|自主品牌|自创品牌|(?:我们|咱们|本店|我家|咱家)(?:自己|自家)的?(?:牌子|品牌)/,
      // Round 36 (t36b): …or a line said openly to be the shop's own, sold under its own name (同一家工厂生产的品牌自有款，页面写的也是本品牌) —
      // unless it is likened to the other's goods or priced against them.
      OWN_LINE_OPENLY,
      // Round 46 (t46k): the label's maker explained as the brand's contract factory (铭牌上的厂名是品牌的代工厂).
      ROUND46K_LABEL_MAKER_OEM],
  },
  {
    // Round 25 (t25c): a run leaked from a contract factory and said to share the brand's stuff or line, the brand unnamed (代工厂流出的
    // 同料同线, 厂里流出来的，一样的料一样的线): a 代工厂 makes for someone, so the likeness needs no 正品 beside it. Not two lines of our own
    // told apart (这两款同料同线，区别只是颜色) nor a factory's own label.
    words: ['同料同线', '同线同料', '同厂同料', '同料同工', '同料同工艺', '同款同料', '同料', '同线', '同一条线', '同条线', '一样的料', '同样的料', '同一批料', '同工艺'],
    severity: 'warn',
    message: '暗示商品与正品出自同一工厂而非正品渠道（规则 2.8）',
    notAfter: /^(?:路|上|下|程|事|学)/,
    sentence: /代工厂|(?:工厂|厂里|厂家|厂子|鞋厂|包厂|表厂)(?:那边|那里)?(?:直接|偷偷|私下)?(?:流出|漏出|出来的|尾单|尾货|外单|多出来)|流出来?的|漏出来的/,
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /品牌直供|官方直供|(?<!不是)同一(?:个|家)?品牌|(?<!不是)同品牌|(?:区别|不同|差别)(?:只是|就是|在于|只有)(?:容量|规格|颜色|尺寸|大小|香型|包装|克重)|自有品牌|自主品牌|自创品牌|(?:代工厂|工厂|厂家|厂里|厂子)(?:的)?(?:自己|自家|自有|自主|自创)的?(?:牌子|品牌)/],
  },
  {
    // Leaked out of a factory (鞋厂那边流出来的): a run the brand never released.
    words: ['流出来的', '流出的', '流出来', '漏出来的', '偷运出来的'],
    severity: 'warn',
    message: '暗示商品与正品出自同一工厂而非正品渠道（规则 2.8）',
    // …or a leftover run between (厂里尾单流出来的; round 9).
    // …or a brand's samples (品牌的样品流出来的，不能验; round 12).
    before: /厂(?:里|家|子)?(?:那边|那儿|那里|直接)?(?:的)?(?:尾单|尾货|外单|多的货)?$|(?:样品|样衣|打样的?货?)$/,
    sentence: GENUINE,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /品牌直供|官方直供/],
  },
  {
    // Round 30 (t30c): out of a factory's back door (从代工厂后门出来的, 厂里后门拿的货): a run the brand never released. Not the back door
    // as a way in or a place (工厂后门出来右转就是仓库, 后门发货).
    words: ['后门'],
    severity: 'warn',
    message: '暗示商品从工厂私下流出而非正品渠道（规则 2.8）',
    before: /厂(?:里|家|子|房)?(?:那边|的)?$/,
    after: /^(?:出来的|出的|拿的|拿出来的|拿出来|流出|漏出|运出|偷出|弄出|搞出|出货|货)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM],
  },
  {
    // Round 30 (t30c): the lawful channel said to be bypassed, with the price or the missing papers it explains (货源是东南亚那边的，不走
    // 正规渠道，价格自然低; 没走官方渠道，所以没有报关单) or a wink. Warned: a parallel import told honestly is lawful (平行进口，不走品牌官方渠道).
    words: ['正规渠道', '正规的渠道', '官方渠道', '品牌渠道', '授权渠道', '品牌方渠道', '正常渠道', '正规途径', '正规进口渠道'],
    severity: 'warn',
    message: '说商品不走正规渠道却便宜或缺少凭证，暗示不是正品（规则 2.8）',
    before: /(?:不走|没走|没有走|不是走|走的不是|没经过|没有经过|不经过|绕开|绕过|绕了)(?:的)?(?:品牌)?$/,
    // The bypass is itself a negation (没走), so the denial test is ours: the bypass refused (从不绕开, 不会不走).
    deniable: false,
    notBefore: /(?:从不|绝不|决不|不会|不能|不可能|从没|从来不|从来没|不敢|拒绝)(?:去)?(?:绕开|绕过|不走|没走|不经过)(?:的)?(?:品牌)?$/,
    sentence: /便宜|价格?(?:才|自然|当然|肯定|所以)?(?:低|这么低|实惠|美丽)|这个价|低价|所以没有|没有(?:中文标签|报关单|防伪|小票|吊牌|授权)|懂的|您懂|你懂|介意(?:勿|别|的话别)拍|细品/,
    hypothetical: true,
    notSentence: [REMEDY, ADVICE, OTHERS_OR_WARNING, /平行进口|平行货|(?:买|拍|入手)(?:到)?(?:了)?(?:假货|仿品)|容易买到|风险/],
  },
  {
    // No authorisation said of goods being sold cheap: 没有正品授权的，是工厂直接出的货，所以便宜.
    words: ['没有正品授权', '没有品牌授权', '没有授权', '无品牌授权', '未经品牌授权', '没有官方授权', '没拿到授权', '没授权'],
    severity: 'warn',
    message: '说商品没有品牌授权却在售卖，暗示不是正品（规则 2.8）',
    sentence: /便宜|价格|货|专柜|质量|效果|一样|差不多/,
    // Round 22 (t22by): …nor a charge or an act of someone else the shop disowns, the buyer told to refuse or complain (快递员要收上楼费？这个我们
    // 没有授权…可以直接拒绝, 师傅额外收安装费我们没授权，您可以拒付).
    notSentence: [NAME_NOT_LENT, /不卖|不能卖|不做|下架|不销售|不代理|不上架|不进货?|不采购|不拿货|不经营|不碰|一律不|举报|侵权|所以不|(?:店|家|商家|卖家)(?:都)?(?:不要|别)买|谨防|小心/, /(?:可以|直接|请|有权)(?:直接)?拒绝|拒付|投诉|(?:额外|乱|私自|另外|多)收(?:费|钱|取)|收取[^，。]{0,4}费/],
    deniable: false,
    // (round 44, t44g: …nor the unlicensed kind refused as stock — 没有授权的同图案牌我们一律不进货, 没授权的货我们不采购)
    // Round 13 (fa13b): the missing authorisation said of OTHER sellers (没拿到授权的店铺卖的可能是假货，您认准我们; 没授权的代购渠道
    // 风险大) — not of ourselves (我们是没授权的店铺，所以便宜).
    unless: othersUnauthorised,
  },
  {
    // Priced as a fraction of the genuine article: 正品价格的零头, 正品的五分之一价格. (专柜价的一半 is an
    // honest cross-border price comparison and is not matched: only 正品/真品/正版 are.)
    words: ['正品', '真品', '正版', '原版', '真货', '真表', '真包', '真鞋', '原装'],
    severity: 'block',
    message: '以“正品价格的零头/几分之一”作比，暗示商品不是正品（规则 2.8）',
    after: /^(?:的)?(?:价格?|价钱|售价)?(?:的)?(?:零头|[0-9一二三四五六七八九十几]+分之一|一折|几折|半价)/,
    grow: true,
    deniable: false,
    // Round 39 (t39c): the original part as the yardstick of a compatible one declared as such (第三方品牌生产的兼容刀头…印的是自己的商标…价格是
    // 原装的三分之一) — the honest price of a third-party part, not a copy; unless a likeness is winked at.
    unless: compatiblePartPriced,
  },
  {
    // Cheaper than the genuine article: 比正品便宜一大半.
    words: ['比正品', '比真品', '比正版', '比原版', '比真货'],
    severity: 'warn',
    message: '与“正品”比价，暗示自家商品不是正品（规则 2.8）',
    after: /^(?:便宜|还便宜|实惠|划算|低|少)/,
    grow: true,
    // Round 13 (fa13b): a licensed edition set against the original (出版社正式授权影印出版的，有版权页，价格比原版便宜; 引进版比原版
    // 便宜) — the licence is what makes it cheaper, not a copy; unless the licence is denied or a likeness winked at.
    notSentence: /^(?![^]*(?:盗版|盗印|未经授权|没有授权|没授权|无授权|未授权|一模一样|您懂|你懂|懂的))[^]*(?:(?<![未没无不])(?:正式|官方|出版社|品牌|原版方|版权方)?授权(?:的)?(?:影印|出版|引进|翻印|重印|发行|再版)|版权页|(?<![没未无])(?:买了|购买了|拿到了?|引进了?)(?:正式的?)?版权|引进版|授权版|官方授权的?(?:中文|简体|国内|亚洲)版)/,
  },
  {
    // Same as the real thing, only cheaper: 和专柜一样但便宜, 跟正品一模一样才三百.
    words: ['一样', '一模一样', '没区别', '没有区别', '没差别', '无差别', '差不多', '没两样', '一个样'],
    severity: 'warn',
    message: '说商品和专柜/正品一样却便宜很多，暗示不是正品（规则 2.8）',
    // Round 25 (t25c): …the counter in pinyin initials (跟zg一模一样), and the price as the only difference (就价不一样, 只差在价格上).
    before: /(?:和|跟|与|同)(?:专柜|正品|真品|原版|正版|大牌|原装|品牌|(?<![a-z])zg|zhuangui)(?:的|货|款|的货)?(?:对比|比|相比|比起来|放一起)?(?:是|都)?(?:几乎|基本|基本上|完全|都|看起来|用起来)?$/,
    sentence: /便宜|零头|分之一|白菜价|一折|半价|价格低|低价|价格美丽|才[0-9一二两三四五六七八九十几]+|只要[0-9一二两三四五六七八九十几]+|(?:就|只|只是|只有|就是|唯一)(?:是)?(?:价|价格|价钱|售价)(?:上)?(?:不一样|不同|有区别|有差别|差(?:很多|不少|一半|几倍)?|低|便宜)|(?:差|区别|不同|不一样)(?:就|只)?(?:在|是)(?:价|价格|价钱)|(?:除了|就差)(?:价|价格|价钱)/,
    // (round 67, engfa67: …with the genuine article's owner named in the claim — 因为本来就是品牌正品, 都是官方正品)
    notSentence: /(?:是|都是|保证|百分百|绝对)(?:品牌|官方|原装|专柜|原厂)?正品|正品保证|的正品|(?<!(?:没|无|未|非|不是)[^，。]{0,4})授权|同一批|关税|免税|跨境|保税|直邮|进口|活动|优惠|补贴/,
  },
  {
    // Round 21: sameness with the genuine article itself, price or not (跟ZP没啥区别的亲，放心冲 / 和正品一模一样): goods that were
    // genuine would be called so, not likened to it. Only 正品 / 真品 / 真货 / ZP: beside 专柜 / 原装 / 品牌 a sameness compares
    // versions (the sibling above needs a price). Not a sample or refill likened to the full size (小样和正品效果一样), nor a question.
    // Round 65 (eng28-65): …the comparison told as done and its verdict given after it, across the comma (和正品比过，一模一样; 拿正品对比了，细节
    // 完全一致; 我们对比过正品，做工都对得上): the same frame with an aspect marker, the yardstick after the verb, or the part compared named.
    words: ['一样', '一模一样', '没区别', '没有区别', '没啥区别', '没差别', '没啥差别', '无差别', '没两样', '没啥两样', '一个样', '一致', '完全一致', '都一致', '对得上', '都对得上'],
    severity: 'warn',
    message: '拿商品和“正品”比，说没区别，暗示本身不是正品（规则 2.8）',
    before: /(?:(?:和|跟|与|同|拿|用)(?:正品|真品|真货|(?<![a-z])zp|zhengpin)(?:的|货|的货)?(?:对比|比|相比|比起来|放一起|比对|对照)?|(?:对比|比对|对照|比较)(?:过|了)+(?:和|跟|与)?(?:正品|真品|真货|(?<![a-z])zp|zhengpin)(?:的|货|的货)?)(?:(?<=对比|比|比对|对照|放一起)(?:过|了|一下|下)+(?:了)?)?(?:(?:细节|做工|外观|质感|手感|品质|用料|走线|五金|logo|刻字|钢印|包装|效果|颜色|味道|大小|尺寸|重量)(?:什么的|这些|啥的)?)?(?:是|都|也)?(?:几乎|基本|基本上|完全|根本|看起来|用起来|用着|真的|确实)?$/,
    // Round 44 (t44a): …nor with the copy denied beside it (跟正品没区别，不是高仿的): the likeness said of goods vouched not a copy — unless
    // the denial makes way for another tier (不是高仿，是原单; 不是A货，而是公司级).
    notSentence: [GENUINE_CLAIM, ADVICE, REMEDY, /吗|么|是不是|是否|会不会|有没有|[?？]|小样|试用装|旅行装|中样|分装|正装|替换装|补充装|替换芯|内芯|赠品/,
      /^(?![^]*(?:原单|尾单|外单|跟单|公司级|纯原|一比一|1比1|厂货|工厂货|而是|版本|级别))[^]*(?:不是|并非|绝非|绝不是|并不是|可不是)(?:什么)?(?:高仿|精仿|仿品|仿货|假货|a货|复刻|山寨)/],
  },
  {
    // Round 65 (eng28-65): the likeness to the genuine article told as a figure (跟正品比做工九成像; 和专柜的相似度95%以上; 跟正品有九成九像):
    // goods that were genuine are not a percentage of it. Not a sample, a photo or a colour against the real one.
    words: ['像', '相似', '相像', '还原', '还原度', '相似度'],
    severity: 'warn',
    message: '说商品和正品“几成像”，暗示本身不是正品（规则 2.8）',
    before: /(?:[0-9]{2}(?:\.[0-9])?%|百分之[七八九]十[0-9一二三四五六七八九]?|九成九|[七八九]成(?:[五九])?|八九成|[八九]分)(?:以上|左右|多)?(?:的)?$/,
    sentence: VS_GENUINE,
    notSentence: [GENUINE_CLAIM, REMEDY, ADVICE, OTHERS_OR_WARNING, /小样|试用装|图片|照片|实拍|颜色|色差|吗|是不是/],
    deniable: false,
  },
  {
    // Nobody notices when the goods are used, said where genuineness is the topic: 莆田工艺的，穿出去没人分得清,
    // 过不了得物的验，但自己穿谁看得出来, 照着原版来，背出去没人看得出来 (not 有个小线头，穿出去看不出来).
    words: ['穿出去', '背出去', '戴出去', '用出去', '拿出去', '自己穿', '自己戴', '自己用', '自己背', '穿着出门', '背着出门', '戴着出门', '穿上街', '背上街'],
    severity: 'block',
    message: '说商品用出去没人分得清真假，暗示不是正品（规则 2.8）',
    sentence: [NOBODY_TELLS, AUTHENTICITY],
    window: 50,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ADVICE, STRICT_GENUINE_CLAIM, FLAW],
    deniable: false,
  },
  {
    // A failed authentication shrugged off: 鉴定App可能显示“疑似”，不影响使用, 专柜验肯定过不了，自己用没问题,
    // 防伪码显示已被查询多次，很正常 (not 鉴定不通过全额退款, 海关查验不通过, 查不到可能是系统延迟).
    // Round 13: any check verb + 不过/不出 (扫不过, 测不过, 扫不出来, 查不过, 鉴不出).
    words: ['过不了', '验不过', '通不过', '不通过', '判不通过', '过不去', '扫不过', '测不过', '查不过', '鉴不过', '鉴不出', '扫不出', '测不出', '验不出', '疑似', '已被查询', '被查询过', '查询过很多次', '查询次数过多', '次数过多', '被查过', '肯定不行', '估计不行', '打回来', '打回', '不给过', '被退回', '空白', '没有信息', '没信息', '无信息', '不显示', '鉴定不过', '验不了', '存疑', '可疑', '显示异常', '不太好看', '不好看', '不太理想', '不理想'],
    severity: 'block',
    message: '说商品鉴定/验真通不过却无所谓，暗示不是正品（规则 2.8）',
    // …or everyday use and the make praised past it (大概率过不了，但日常背完全OK的, 是通不过的，但质量真心好; round 8).
    // …or sameness with the genuine past it (过不了得物，但是上脚跟正品没区别; round 11).
    sentence: [/鉴定|验|得物|专柜|防伪|溯源|真伪|鉴别|识货|柜姐/, new RegExp(`${SHRUG.source}|日常|ok|没毛病|(?:但|不过|可是)[^，。]{0,6}(?:质量|做工|品质|用料)|(?:跟|和|与)(?:正品|专柜|真的|原版|原装)[^，。]{0,4}(?:没区别|一样|没差|差不多)|(?:其他|其余|别的|剩下的)(?:地方|部分|的)?[^，。]{0,8}?(?:都一样|一样|没区别|没差|相同|一模一样)|(?:自己|日常)[^，。]{0,4}(?:用|穿|戴|背)[^，。]{0,4}(?:没问题|问题没有|不影响)`)],
    window: 50,
    // …not the buyer's earlier check explained (您上次鉴定过不了是因为拆了吊牌), nor a query count that is the buyer's own (round 21,
    // t21bx: 显示被查询过1次，就是您刚扫的那次).
    notSentence: [REMEDY, OTHERS_OR_WARNING, /延迟|同步|系统|更新|退款|退货|售后|换货|质检|海关|安检|审核|物流|快递|联系我们|如果|万一|若|鞋盒|压痕|包装|瑕疵|划痕|尺码|批次|(?:您|你)(?:上次|之前|那次)|是因为|(?:您|你)(?:自己)?(?:刚|刚刚|刚才)(?:查询|查|扫码|扫|验)(?:的|过|了)|(?:您|你)自己(?:查询|查|扫码|扫|验)(?:的|过)/, SCANNED_BY],
    deniable: false,
    // (round 49, t49f: …nor a query count that the buyer's own rescans explain — 多查几次就会提示已被查询)
    unless: (ctx, start, end) => /查询|查过/.test(ctx.compact.slice(start, end)) && ROUND49_OWN_RESCAN.test(sentenceOf(ctx, start, end)),
  },
  {
    // Genuineness talked down as a question not worth asking: “正品”这事您别太较真, 这个价位就别问是不是真的了,
    // 真不真的没那么重要, 真要追究是不是正品就没意思了 (not 是不是正品您别纠结，我们有报关单).
    words: ['别太较真', '别较真', '不用较真', '较真', '别问', '就别问', '别再问', '不重要', '没那么重要', '没意思', '别纠结', '不用纠结', '别在意', '不用在意', '别追究', '真要追究', '别深究', '问就是', '当个装饰', '买到就是赚', '看开点', '看开些', '想开点', '别想太多', '别多想'],
    severity: 'block',
    message: '劝买家别追问真假，暗示不是正品（规则 2.8）',
    sentence: /正品|真不真|是不是真|是不是(?:正|官方|原装|原厂|专柜)|真的假的|真假|真伪|正不正|假不假|是真是假|[“"]真[”"]/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ADVICE, STRICT_GENUINE_CLAIM, /官方旗舰|旗舰店|官方店|品牌直营/],
    deniable: false,
  },
  {
    // The same, as 别(太)+worry verb: 您别太纠结是不是正品了, 真假不用太当真, 没必要计较真假.
    // …or 别管/别在乎 (您别管是不是正品了，效果好就行; round 12).
    words: ['纠结', '较真', '在意', '深究', '追究', '计较', '当真', '认真', '想太多', '多想', '管', '在乎', '操心'],
    severity: 'block',
    message: '劝买家别追问真假，暗示不是正品（规则 2.8）',
    before: /(?:别|不用|不要|没必要|何必|就别|犯不着|用不着)(?:太|那么|过于|再|去)?$/,
    sentence: /正品|真不真|是不是真|真的假的|真假|真伪|正不正|假不假|是真是假/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ADVICE, STRICT_GENUINE_CLAIM, /官方旗舰|旗舰店|官方店|品牌直营/],
    deniable: false,
  },
  {
    // The brand's papers, marks or packaging made by us: 包装是我们自己印的，原版的成本太高, 证书是我们自己出的，
    // 品牌的证书要另外加钱, 吊牌是自己缝上去的, 溯源码是我们自己生成的 (not 中文标签是国内贴的, 说明书是我们翻译后印的中文版).
    words: ['包装', '外包装', '盒子', '外盒', '鞋盒', '礼盒', '瓶子', '瓶身', '外瓶', '香水瓶', '标志', '品牌标志', '标识', '证书', '吊牌', '鞋标', '标签', '进口标', '防伪码', '溯源码', '防伪标', '说明书', '小票', 'logo', '商标', '水洗标', '合格证', '保卡', '保修卡', '封条', '序列号', '钢印', '批号', '编号', '标是', '牌子是',
      // Round 36 (t36b): a garment's sewn labels and a frame's arm marks (洗标是我们后来缝的, 镜腿上的字是后打的).
      '洗标', '领标', '织标', '刻印', '车架号',
      // Round 22 (t22du): a wine's label (瓶子和酒标是我们自己贴的，口感没区别).
      '酒标', '瓶标', '品牌标',
      // Round 41 (t41l): the brand's name engraved or printed as lettering (刀身上的双立人字样是我们这边激光打的).
      '字样', '品牌字样',
      // Round 42 (t42d): a grade mark stuck on by us (罐子上的等级标是我们自己贴的; see the cue after for a grade written as a figure).
      '等级标', '级别标', '评级'],
    severity: 'warn',
    message: '说品牌包装、证书或标识是自己制作的，暗示不是正品（规则 2.8）',
    // …or the goods said not to exist where the brand sells (国外那边没有这个货; round 9).
    sentence: [MADE_BY_US, /原版|原款|原厂|品牌|大牌|同一个模具|正品|专柜|进口|原装|一样|大差不差|差不多|加钱|拿不到|成本|官网|查不到|不影响(?:穿|用|戴|背|使用)|(?:口感|味道|效果|品质|质量|东西|里面)[^，。]{0,3}(?:没区别|没差别|没什么区别|没啥区别|无差别|一个样)|(?:摸起来|摸着|看起来|看着|用起来|手感)[^，。]{0,3}(?:没差|没区别|没两样|一个样|差不多)|(?:就|只)?(?:这|这么)?一点(?:点)?(?:差别|区别|不同)|同款(?:酒液|原液|液体|配方)|喝不出|尝不出|吃不出|实际检测|实测|原来的|原来是|原本是|本来是|素面|白牌|剪掉|剪了|拆掉|换掉|(?:国外|海外|原产地|外国)(?:那边)?(?:根本)?(?:没有|没卖|不卖|没这)|出口转内销|外贸|尾单|原单|外单|一样(?:锋利|好用|亮|结实)|(?:散装|散酒|散货|大桶)[^，。！？]{0,10}?(?:国内|这边|本地|我们)[^，。！？]{0,4}?(?:灌|装瓶|分装)|所以(?:才|就|只)?(?:卖|要|便宜|这个价|这么便宜|价格)|(?:才|只)(?:卖|要)[0-9一二两三四五六七八九十百几]/],
    // (round 42, t42i: …or the low price put down to it, or a bulk fill at home beside it — 酒是法国散装运过来在国内灌的瓶，酒标是我们自己贴的，所以一瓶才卖九十九)
    // …nor the making denied or the brand's own factory named (不是我们自己配的; 是品牌德国工厂出的，底部有钢印; round 11).
    // …nor the brand's own re-issue (品牌自己的复古复刻配色（品牌官方 re-issue）; 品牌今年官方重新发售的; round 12).
    // (round 39, t39m: …nor the maker marking its piece as it is made — 杯底的品牌标是工厂贴花烧上去的)
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, LAWFUL_REPACK, MAKER_MARKED_IN_MAKING, ORIGIN_DISCLOSED, OEM_OWN_BOX, /中文|翻译|背标|海关|售后|补寄|破损|压坏|换新|(?<![剪撕刮拆去抹磨])掉了|脱落|丢了|遗失|弄丢|定制|刻字|签名|贺卡|礼品卡|纪念|面单|发货单|物流|快递|赠送|免费|赠品|进口[^，。]{0,4}原料|原材料/,
      /(?:品牌|官方|厂牌)(?:方)?(?:自己|自家)|re-?issue|重新发售|官方复刻|官方(?:重新)?发售|(?:我们|咱们|本店|我家|咱家)(?:的)?(?:代工厂|工厂|厂里|厂家|公司)?(?:自己|自家)的?(?:牌子|品牌)|自有品牌|自主品牌/,
      // (round 41, t41m: …or an OEM's own brand sold as its own — 这个牌子是我们代工厂自己的品牌，不是贴牌的大牌)
      // (round 36, t36b: …a factory's leak denied too — 吊牌和防伪都在，不是工厂流出的)
      /(?:不是|并非|并不是|没有)(?:我们|自己|国内|这边|厂里|店里|我们自己|我们店|工厂|厂家|代工厂)|品牌(?:方|自己|自家)?的?[^，。]{0,4}工厂(?:出|生产|做|造)|品牌[^，。]{0,6}?(?:官方|自己的|自家的|自有)工厂(?![^，。]{0,4}(?:流|多出|多做|尾单|剩|外流|偷))/,
      // (round 68, engfa68: …or the brand's official factory named in its own clause — 品牌在泰国有官方工厂，外盒印的产地就是这个)
      // (round 39, t39i: …or the later marking denied — 点读码是印刷时直接印上去的，不是后贴的)
      /(?:不是|并非|并不是|而不是|而非|没有)(?:我们|自己)?(?:后来|后期|事后|之后|后面|后)(?:再|才|另外)?补?(?:贴|印|缝|加|打|刻|烫)/,
      // …the papers printed by the brand's own maker (说明书都是原厂印刷的), or labels an import warehouse puts on (鞋盒标签是海外仓贴的英文码;
      // round 11, t11e).
      /(?:是|都是|均为|均是|均由|由|全是)(?:品牌|原厂|官方|品牌方|原装)(?:方|工厂)?(?:原装)?(?:印刷|印制|出具|出的|印的|制作|提供)|(?:海外仓|保税仓|保税区|进口商)(?:的人|那边|统一|直接)?贴/,
      // (round 43, t43i: …or the sample itself said to be the brand's own issue — 我们这边是品牌官方出的中样，和正装同一批次，瓶底批号可以对照 —
      // with nothing of ours marked on it in the sentence)
      BRAND_ISSUED_SAMPLE,
      // (round 46, t46k: …nor our own domestic brand's foreign-language print told as design — 国货品牌，包装上印英文显得洋气)
      ROUND46K_DOMESTIC_OWN_PRINT],
    deniable: false,
  },
  {
    // Round 42 (t42d): a grade or figure on the pack put there by us and the real test lower, the buyer told nobody tastes the difference
    // (罐子上的UMF 15+是我们自己贴的，实际检测大概5+左右…一般人吃不出区别; 瓶身的年份是我们自己印的，实测是三年的基酒，喝不出来): a grade the goods do
    // not have. Not our Chinese label with a test that meets the standard (中文标签是我们贴的，实测含量符合国标).
    words: ['实际检测', '实测', '实际测', '检测出来', '检测下来', '送检', '实际只有', '真实检测', '实际含量', '实际年份'],
    severity: 'block',
    message: '说包装上的等级或指标是自己贴印的、实际检测不符，暗示货不对板（规则 2.8）',
    window: 40,
    sentence: [/(?:我们|自己|店里|这边|厂里)(?:自己)?(?:后来)?(?:贴|印|标|打|写|改|喷)(?:上去|上)?的/, /看不出|分不出|喝不出|吃不出|尝不出|用不出|一般人|外行|差不多|一模一样|差别不大|没区别|没差别|区别不大|一样的|都一样|味道都是/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ORIGIN_DISCLOSED, /中文|背标|翻译|符合|达标|合格|国标|海关|保税|写明|标明|注明|详情页/],
    deniable: false,
  },
  {
    // Made outside the brand's order: 是另外的渠道生产的，质量一样, 工厂另外加工的一批, 厂里多做出来的.
    words: ['渠道生产', '渠道做的', '渠道出的', '渠道加工'],
    severity: 'block',
    message: '说商品是品牌订单之外另行生产的，暗示不是正品（规则 2.8）',
    // Another channel, not the brand's own (品牌官方渠道出的 is a guarantee).
    before: /(?:另外|其他|其它|别的|另一个|另一条|第三方|非官方|非正规|私下|小)(?:的)?$/,
    sentence: /品牌|官方|正品|专柜|原厂|质量|品质|一样|东西|货|一批/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // …or the factory's leftover samples or material (工厂打样剩下的，跟正品一模一样; round 12).
    words: ['另外加工', '额外加工', '多做出来', '多做的', '偷做', '偷偷做', '多生产', '超产', '私下生产', '私自生产', '偷偷生产', '另外生产', '额外生产', '多出来的货', '另外做的', '私下做的', '加做的', '打样剩下', '样品剩下', '剩下的料', '余料做', '剩料做'],
    severity: 'block',
    message: '说商品是品牌订单之外另行生产的，暗示不是正品（规则 2.8）',
    // …or the maker named (这批是厂家偷偷多生产的; round 11).
    sentence: /品牌|官方|正品|专柜|原厂|质量|品质|一样|东西|货|一批|这批|那批|厂家|工厂|厂里|代工|门店/,
    // Our own brand making more of its own goods: 我们多生产的一批库存款，自家品牌; the rumour denied (没有私下生产这回事).
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /自家品牌|自有品牌|自己的品牌|自营品牌|原创|库存款|现货|这回事|这种事|谣言|不存在/],
    deniable: false,
  },
  {
    // The brand would not own the goods: 品牌方是不会承认这批货的, 品牌方那边肯定不会认这批货的 (not 品牌方不承认跨境版的保修,
    // 官方不认可第三方的鉴定结果).
    words: ['不会承认', '不承认', '不认可', '不会认可', '不会认', '不认账', '不认', '认不了'],
    severity: 'block',
    message: MESSAGE,
    // …or the brand's store as 人家 (拿去品牌店验的话人家不会认的; round 10).
    before: /(?:品牌|官方|专柜|厂家|原厂)(?:方)?(?:那边|那儿)?(?:是|肯定|当然|可能|也|根本|压根)*$|(?:品牌|官方|专柜|柜台|原厂)[^，。！？]{0,8}(?:人家|他们)(?:是|肯定|当然|可能|也|根本|压根)*$/,
    notAfter: /^(?:识|证|同|为|真)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /保修|联保|售后|维修|保养|发票|活动|优惠|积分|会员|海外购|海外版|跨境|保税|直邮|港版|日版|美版|国际版|第三方/],
    deniable: false,
  },
  {
    // Made after the genuine article: 走线五金都照着原版来, 仿着大牌做的, 按原版印的, 照着专柜开模
    // (not 照着经典款改良的设计, 按原厂要求保养).
    words: ['原版', '原厂', '大牌', '专柜', '正品', '真品', '原装', '大牌子', '正版', '原款', '原版款', '正品款', '专柜款', '大牌款', '真货', '正货'],
    severity: 'block',
    message: '说商品照着正品/原版仿制，暗示是假货（规则 2.8）',
    before: /(?:照着|照|按照|按|仿着|仿照|参照|比照|对照着)$/,
    // …or restored, re-created, blended after it (按原版‘复原’的, 照着大牌重现的, 照原版调配的; round 12).
    after: /^(?:的)?(?:来|做|印|刻|开模|复刻|还原|复原|重现|复制|调配|调制|模仿|照搬|打版|仿)|^[^]{0,6}?(?:做的|印的|刻的|调的|配的|调出来|复制|开模|复刻|还原|复原|重现|调配|调制|模仿|照搬|打版|仿的|一比一)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /配件|耗材|兼容|替换装|保养|维修|要求|标准|教程|操作|步骤|价格|价|包装给|打包/],
    deniable: false,
  },
  {
    // Round 23 (t23dz): the original's packaging copied (国内按原瓶仿的包装, 照着原盒复刻的, 按原包装开模做的): a copy's shell.
    // Not packing by it (请按原包装包好寄回, 按原盒装回去): only a verb of copying after it, not 来/装/寄.
    words: ['原瓶', '原瓶子', '原包装', '原盒', '原盒子', '原罐', '原装瓶', '原装盒', '正品瓶', '正品包装', '正品盒子'],
    severity: 'block',
    message: '说商品照着正品/原版仿制，暗示是假货（规则 2.8）',
    before: /(?:照着|照|按照|按|仿着|仿照|参照|比照|对照着)$/,
    after: /^(?:的)?(?:样子|样式|款式|外观)?(?:仿|复刻|复制|模仿|开模|照搬|打版)|^[^，。！？]{0,6}?(?:仿的|仿了|仿出来|仿做|复刻的|复制的|开模做|开的模|一比一)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Made to be the same as the genuine article: 做得跟专柜那个一样, 还原得和原版一模一样.
    words: ['做得', '做的', '做成', '还原得', '还原成', '仿得', '仿成'],
    severity: 'block',
    message: '说商品做得和正品/专柜一样，暗示是仿品（规则 2.8）',
    after: /^(?:跟|和|与|同|像)(?:真的|正品|真品|专柜|原版|大牌|原厂|正版)[^]{0,6}?(?:一样|一模一样|差不多|没区别|没差|像|无异)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /包装|礼盒|服务|体验|颜色|色差/],
    // Round 20 (t20bu): an imitation of nature sold as one (仿真绿植做得跟真的一样, 人造花做的和真的差不多): 真的 is the living thing,
    // not the genuine article — only the 真的 comparison, and no brand or counter in the sentence.
    unless: (ctx, start, end) =>
      /^(?:跟|和|与|同|像)真的/.test(ctx.after(end, 4)) && NATURE_IMITATION.test(sentence(ctx, start, end, 60)) && !/正品|专柜|原版|大牌|品牌|原厂|正版|官方/.test(sentence(ctx, start, end, 60)),
    deniable: false,
  },
  {
    // Grade words copying the counter or original: 专柜级还原, 原版级做工; 还原 of the genuine: 百分百还原专柜
    // (not 色彩还原, 还原乳, 面霜的还原度).
    words: ['专柜级', '原版级', '正品级', '原厂级', '大牌级'],
    severity: 'block',
    message: '用“专柜级、原版级”一类说法暗示商品是仿品（规则 2.8）',
    after: /^(?:的)?(?:还原|品质|做工|工艺|版本|复刻|质量|仿)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    words: ['还原'],
    severity: 'block',
    message: '说商品还原了专柜/原版，暗示是仿品（规则 2.8）',
    // Round 12 (t12e): the genuine as the trade's shorthand too (和zp的对比图 99%还原).
    sentence: /专柜|原版|正品|大牌|原厂|真品|(?<![a-z])zp(?![a-z])|zhengpin/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /色彩|颜色|画质|音质|声音|系统|出厂|还原乳|还原奶|还原汁|奶粉|冲调|果汁|照片|图片|视频|实物|质地|肤色|妆效|退款|原路/],
    deniable: false,
    // Round 67 (engfa67): …nor the copy kind named and refused after it in its clause (一比一还原的那种我们不做，只卖正品; 还原专柜的那种我们
    // 不卖): the refusal, not a denial inside the clause (deniable stays off: 还原度不差 is no refusal).
    unless: (ctx, _start, end) => deniedAfter(ctx, end + (RESTORED_OBJECT.exec(ctx.after(end, 4))?.[0].length ?? 0)),
  },  {
    // Irony on genuine: 问就是正品，您懂; 绝对的“正品”，懂的亲直接拍; 我们是正品“平替”.
    words: ['问就是正品', '问就是真的', '问就是原装', '问就是专柜', '问就是正版'],
    severity: 'block',
    message: '用“问就是正品”一类反话暗示商品不是正品（规则 2.8）',
    notSentence: [REMEDY, /报关|溯源|授权书|鉴定证书|可以验|支持验/],
    deniable: false,
  },
  {
    words: ['正品', '真品', '正版', '原装'],
    severity: 'block',
    message: '给“正品”加引号或配上“平替”，反话暗示商品不是正品（规则 2.8）',
    sentence: /懂|😏|🤭|😉|😂|明白|心里有数|绝对的|所谓|平替|同款|直接拍|放心冲/,
    notBefore: /(?:您|你|买家|顾客|客户|有人|别人|网上|他们|别家|所谓的)(?:说|说的|问|提到|觉得|认为|以为)?(?:的)?(?:这个|那个)?$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /报关|溯源|授权书|鉴定证书|可以验|支持验|这事|这个词|说法|较真/],
    unless: (ctx, start, end) => !scareQuoted(ctx, start, end),
    deniable: false,
  },
  {
    // 保真是不可能保真的 — the guarantee of genuineness refused outright.
    words: ['不可能保真', '保真是不可能', '保真不可能', '保真那是不可能'],
    severity: 'block',
    message: MESSAGE,
    notSentence: [REMEDY, /怎么|哪|如果|万一|是不是/],
    deniable: false,
  },
  {
    // “平替” in quotes set against genuine: 我们是正品“平替”，logo位置都一样 (not 大牌平替 as a plain category).
    words: ['平替'],
    severity: 'block',
    message: '给“平替”加引号并与正品、商标并提，暗示商品是仿品（规则 2.8）',
    sentence: [/正品|专柜|大牌|原版|logo|商标/, /一样|一模一样|都有|同款|懂|😏|🤭/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不是仿|没有(?:大牌|品牌)?(?:logo|商标)|无logo|不带logo/],
    unless: (ctx, start, end) => !scareQuoted(ctx, start, end),
    deniable: false,
  },
  {
    // The genuine article as the yardstick: 质量堪比正品, 正品的替代品, 跟正品比也就差个吊牌 (not 兼容墨盒效果堪比原装).
    words: ['正品', '真品', '真货', '原装', '原版', '正版', '真表', '真包', '真鞋'],
    severity: 'block',
    message: '拿正品当标杆与自家商品作比，暗示不是正品（规则 2.8）',
    after: /^(?:的)?(?:替代品|平替|替身|代替品)|^比(?:也就|就|只|也只)?差/,
    // 是正品的替代品 is no claim of genuine goods.
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品(?!的?(?:替代|平替|替身|代替))|正品保证|报关单|授权书|品牌授权|官方授权|假一赔/, /兼容|替换装|配件|耗材|适配|墨盒|硒鼓|滤芯|刷头|表带|充电器|数据线/],
    deniable: false,
  },
  {
    // Round 31 (t31g): the goods said to fall short of the genuine (这个价做工肯定比不了正品, 用料跟真货没法比, 质量不如正品): the genuine
    // as the yardstick from below — ours is then not it. Warn: it may be a clumsy tier remark. Not the honest tier (比不了大牌, 比不了专柜
    // 旗舰款: no genuine word), 正品 as the full size beside a sample (小样的量比不了正品), others' fakes falling short (仿的比不了正品),
    // nor with our goods vouched for (我们都是正品，只是基础款比不了旗舰款).
    words: ['正品', '真品', '真货', '正版'],
    severity: 'warn',
    message: '说自家商品比不上正品，暗示不是正品（规则 2.8）',
    before: /(?:比不了|比不上|赶不上|没法比|不能比|不如|不及|达不到|够不上)(?:人家)?$|(?:跟|和|与|同)$/,
    after: /^(?:的)?(?:水平|品质|质量|做工|标准)?$|^(?:的)?(?:水平|品质|质量|做工|标准)?(?:吗|呢|啊|哦|哈|的)?$|^(?:比)?(?:肯定|当然|确实|还是)?(?:没法比|比不了|比不上|不能比|没得比|差远了|差得远|差一截|差很多)/,
    scope: 'clause',
    sentence: /做工|质量|品质|用料|材质|面料|细节|手感|效果|质感|工艺|价|钱|便宜|块|元/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /仿|假|高仿|山寨|a货|复刻|盗版|冒牌|小样|试用|旅行装|赠品|中样|体验装|分装|样品/],
    deniable: false,
  },
  {
    words: ['正品', '真品', '真货', '原装', '原版', '正版'],
    severity: 'block',
    message: '拿正品当标杆与自家商品作比，暗示不是正品（规则 2.8）',
    before: /(?:堪比|媲美|不输|比肩|直逼|胜过|赶超|秒杀|吊打|不亚于|不逊于)$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /兼容|替换装|配件|耗材|适配|墨盒|硒鼓|滤芯|刷头|表带|充电器|数据线/],
    deniable: false,
  },
  {
    // Not original, yet the same as the original: 这个是非原装的，但外观跟原装一模一样; 不是官方渠道，所以价格才这么低，东西是一样的.
    words: ['非原装', '不是原装', '非原厂', '不是原厂', '非正版', '不是官方渠道', '非官方渠道', '不走官方渠道', '不是正规渠道', '非正规渠道', '不是品牌渠道', '不是专柜渠道'],
    severity: 'block',
    message: '说商品非原装或非正规渠道却和正品一样，暗示不是正品（规则 2.8）',
    sentence: /(?:跟|和|与|同)[^]{0,6}?(?:原装|原厂|正品|专柜|官方|原版|真表|真包|真鞋|真品|真的)[^]{0,6}?(?:一样|一模一样|没区别|差不多|无异|没差)|价格?才|便宜|东西是一样|东西一样|一模一样/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不卖|不做|不收|拒绝|从不|赠品|包装|盒子|说明书/],
    // Round 43 (t43a): …nor an aftermarket part of a named kind disclosed as not the maker's (副厂件，不是原厂的，便宜一半; aftermarketDeclared).
    // Round 43 (t43j): a part or compatible kind in the sentence exempts it only with no likeness to the original claimed (第三方兼容的，不是
    // 原装的，但跟原装一模一样 stays; 兼容墨盒不是原装的，但效果和原装一样 does not — likenessInSentence).
    unless: (ctx, start, end) => aftermarketDeclared(ctx, start, end) || devicePromptOnDeclaredPart(ctx, start, end) || partWithoutLikeness(sentenceOf(ctx, start, end)),
    deniable: false,
  },
  {
    // 说是正品那是骗您 — owning up that "genuine" would be a lie.
    words: ['那是骗您', '那是骗你', '是骗您的', '是骗你的', '那是忽悠您', '那是忽悠你', '那是骗人'],
    severity: 'block',
    message: MESSAGE,
    sentence: /说(?:是|它是|这是)?(?:正品|真的|真货|原装|专柜)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /别家|有些店|其他店|外面/],
    deniable: false,
  },
  {
    // The wink about grade or brand: 懂行的人一看就知道这是哪个级别的货, 致敬的哪个牌子您一看就知道.
    words: ['一看就知道', '一看就懂', '一看就明白', '懂行的人', '懂行的', '内行人', '明眼人', '您懂', '你懂', '一眼就认出', '一眼就看出', '一眼就知道', '一眼认出', '一看就认出', '懂得人', '懂的人', '应该明白', '应该知道', '应该清楚', '应该懂', '自己明白'],
    severity: 'block',
    message: '用“懂行的一看就知道是哪个级别/牌子”一类暗语暗示商品是仿品（规则 2.8）',
    // …or which house (懂得人一眼就认出来是哪家的; round 9).
    // Round 33 (t33g): …or what goods the price makes them (内行人一看就知道这个价是什么货).
    sentence: /(?:哪个|什么|啥|哪种)(?:级别|档次|牌子|品牌)|级别的货|档次的货|(?:是|出自)哪(?:个)?家|哪个大牌|姐妹款|(?:价|钱)[^，。]{0,4}(?:是|能是|会是|意味着)?(?:什么|啥|哪种|哪类)(?:货|东西|来路|路子)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /尺码|颜色|色号|型号|包装上|写着|标着|国际版|国行/],
    deniable: false,
  },
  {
    // 致敬款 (a "tribute" to a brand — a knock-off), not the brand's own 致敬系列.
    // …and its kin (round 12): 品牌的“姐妹款”，同一个设计; 大牌的“灵感款”; 影子款.
    words: ['致敬款', '致敬版', '致敬大牌', '致敬某', '致敬的', '兄弟款', '双胞胎款', '姐妹款', '灵感款', '影子款', '孪生款', '镜像款'],
    severity: 'block',
    message: '用“致敬款”一类说法暗示商品仿冒大牌（规则 2.8）',
    sentence: /牌子|大牌|logo|一看就知道|懂|同款|专柜|正品|一样|品牌的|同一个设计|分之一/,
    notSentence: [REMEDY, /官方|系列|发售|授权|联名|品牌方|自家|我们家的|本店的|颜色不同|配色不同|亲子|母女|闺蜜/],
    deniable: false,
    // Round 26 (t26b): …nor the kind denied by a copula right before it (不是什么“致敬版”也不是“兄弟款”).
    unless: tributeKindDenied,
  },
  {
    // Round 55 (eng55a): a bare 致敬 (the homage quoted or a verb) to a named luxury brand whose own mark the goods carry (这款“致敬”劳力士水鬼的，
    // 表盘上皇冠logo也有; 包包致敬香奈儿经典款，双C扣都有): the brand's mark on a tribute piece is the copy. Not the brand's own tribute line, a
    // period or an artist honoured, or the mark said absent (没有任何大牌logo).
    words: ['致敬'],
    severity: 'block',
    message: '用“致敬”大牌的说法并带有品牌标识，暗示商品仿冒大牌（规则 2.8）',
    sentence: [new RegExp(`${BRAND_NAMES.source}|lv|gucci|rolex|chanel|dior|hermes|nike|aj[0-9]?|大牌|名牌`), /logo|标志|商标|皇冠|双c|老花|勾子|钩子|对勾|[都也还]有|一样|没人看得出|看不出|同款/],
    notSentence: [REMEDY, /官方|系列|发售|授权|联名|品牌方|自家|(?:没有|没|无|不带|不印|不做)[^，。！？]{0,6}?(?:logo|标志|商标|标)|乐队|歌手|专辑|电影|导演|年代|创始人/],
    deniable: false,
    unless: tributeKindDenied,
  },
  {
    // Round 55 (eng55a): the licence for a creator's design said not bought or paid, the goods copied from it (这个GK是复制件，原型师那边的版权没买，
    // 所以才这么便宜; 图案是照着迪士尼的设计复制的，没买版权): an unlicensed copy of someone's work. Not others' goods warned of or refused.
    words: ['版权没买', '没买版权', '没有买版权', '没买授权', '授权没买', '版权费没交', '没交版权费', '没付版权费', '版权费没付', '没给版权费', '版权没谈'],
    severity: 'block',
    message: '说商品复制他人作品、没有取得版权授权，暗示是盗版仿品（规则 2.8）',
    sentence: /复制|翻模|翻版|仿|复刻|盗|拷贝|照着|原型|便宜|价格|价钱|一半/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不卖|不做|不碰|不接|拒绝|原创|如果|要是/],
    deniable: false,
  },
  {
    // Export stock with the brand's logo: 包是外贸出口转内销的，logo都有.
    words: ['出口转内销', '外贸出口', '转内销', '外贸货', '出口货', '外单货'],
    severity: 'block',
    message: '说带大牌标识的商品是外贸出口转内销，暗示不是正品（规则 2.8）',
    sentence: /logo|大牌|专柜|正品|商标|一样|牌子/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /不做|不卖|不收|从不|拒绝|自有品牌|国货|说法|直采|(?:是|都是)[^]{0,6}正品/],
    deniable: false,
  },
  {
    // The same as the counter's but for its papers: 和专柜那款一个版型，只是没有专柜的票和卡 (not 海外购没有专柜小票).
    words: ['只是没有', '就是没有', '只不过没有', '只是少了', '就是少了', '只差', '就差', '就缺', '只缺', '只是缺'],
    severity: 'block',
    message: '说商品和专柜/正品一样只差凭证或标记，暗示不是正品（规则 2.8）',
    sentence: [/(?:和|跟|与|同|比)[^]{0,3}?(?:专柜|正品|原版|原款|原厂|大牌|真品|官方)/, /一样|一模一样|一个版|同款|没区别|差不多/, /票|卡|证书|吊牌|防伪|芯片|授权|标/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /赠品|小样|手提袋|中文|说明书|海外|跨境|保税|直邮|进口|国外|免税|代购/],
    deniable: false,
  },
  {
    // Go to the counter for the real thing: 想要真的就去专柜买，我们这个价就是这个东西.
    // …anywhere the genuine article is sold, the buyer named between: 想要真的您就去免税店, 要正的您得去专柜.
    // (round 36, t36b: …the brand's home city too — 要真的那把您得去东京那家店)
    words: ['去专柜', '到专柜', '去官网', '去旗舰店', '去官方', '去免税店', '到免税店', '去商场', '去柜台', '去实体店', '找代购', '去香港', '去国外', '去日本', '去韩国', '去欧洲', '去法国', '去专卖店', '去品牌店', '去门店', '去直营店',
      '去东京', '去大阪', '去京都', '去首尔', '去巴黎', '去米兰', '去伦敦', '去瑞士', '去德国', '去意大利', '去美国', '去原产地', '去本店'],
    severity: 'block',
    message: MESSAGE,
    // …or the counter's kind: 想要专柜那种的去专柜买.
    // …or the genuine goods named first (专柜的东西要去专柜买).
    // …or the genuine article heading the clause, the buyer named (正品你去专柜买，我们这卖的是性价比; round 12).
    // (round 36, t36b: …the real one pointed at with a classifier — 要真的那把您得去…, 想要正品那款的话就去…)
    // (round 47, t47b: …the maker's own named, sure as can be — 您要百分百原厂出的就去免税店买)
    before: /(?:要|想要|买|想买)(?:百分百|百分之百|100%|绝对|纯)?(?:正品|真的|真货|正版|原装|真品|正的|保真|保真的|原厂(?:出的|生产的|做的|的)?|专柜(?:那种|那样|里)?的?)(?:那[把款个只支台件双块瓶套副辆盒])?(?:的话)?(?:您|你|亲)?(?:就|得|请|还是|只能|可以)?$|(?:^|[^是])(?:正品|真品|真货|正版|保真的?)(?:的话)?(?:您|你|亲)(?:就|得|请|还是|只能|可以)?$|(?:正品|真品|真货|专柜(?:那种|里)?的?(?:东西|货))(?:您|你)?(?:要|得|就得|只能|请)$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /我们也是|我们都是|一样是正品|同样是正品|(?:我们|本店|咱们)(?:就)?是(?:品牌)?(?:直营|官方旗舰|旗舰店)/],
    asked: true,
    deniable: false,
  },
  {
    // Round 15 (t15a): the foreign-language marks that make goods look imported, said put on by the shop or at home (罐子上的外文是我们贴的,
    // 瓶身上的日文是国内印的, 韩文字样都是后来印上去的). Not a translation or the Chinese label (中文标签是国内贴的, 英文说明书是我们翻译的).
    words: ['外文', '英文', '日文', '韩文', '德文', '法文', '洋文', '外语', '外国字'],
    severity: 'warn',
    message: '说商品上的外文标识是自己贴印的，暗示不是进口正品（规则 2.8）',
    after: /^(?:的)?(?:标签|标|字|字样|包装|贴纸|说明|logo)?(?:都|全|也)?(?:是)?(?:我们|自己|国内|这边|店里|厂里|后来|后期|后)[^，。！？]{0,4}?(?:贴|印|打|加|喷|弄)(?:的|上去|上)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /翻译|中文|授权|出版|版权|定制|刻字/],
    deniable: false,
  },
  {
    // Round 15 (t15a): the brand's own people or an expert said to be fooled by the goods (连品牌的人拿到手都得愣一下, 品牌方的人来了也认不出,
    // 懂行的拿到手也得犹豫半天, 鉴定师看了都拿不准): only a copy can fool them. Not a warning about others' goods.
    words: ['品牌的人', '品牌方', '品牌自己', '柜姐', '专柜的人', '鉴定师', '鉴定师傅', '行家', '懂行的', '内行', '老司机', '原厂的人', '厂家的人', '专家', '鉴定机构'],
    severity: 'block',
    message: '说连品牌方或鉴定师都分辨不出，暗示商品是仿品（规则 2.8）',
    after: /^[^，。！？]{0,10}?(?:都|也)(?:得|会|要|能|可能|不一定|说)?(?:愣|懵|犹豫|看走眼|走眼|打眼|拿不准|吃不准|不敢(?:说|确定|打包票|下结论)|认不出|分不出|看不出|分不清|辨不出|瞧不出|挑不出毛病|找不出区别|分辨不出|看不透)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /色差|瑕疵|划痕|破损|使用痕迹/],
    deniable: false,
  },
  {
    // Scanning or checking waved off as futile: 防伪码您别扫了，扫了也显示不了.
    words: ['扫了也', '查了也', '验了也', '扫也', '查也', '鉴定了也', '鉴定也', '送检也', '送检了也', '验也'],
    severity: 'block',
    message: '说防伪或查验“查了也没用”，暗示不是正品（规则 2.8）',
    after: /^(?:是)?(?:显示不了|显示不出|查不到|查不出|没用|没结果|白扫|白查|不显示|扫不出|过不了|没有记录|没信息|是空的|白验|白鉴定|白送|白花钱|白费|没意义|没什么意义|验不过|验不出|通不过)/,
    sentence: /防伪|溯源|序列号|码|鉴定|验/,
    // (round 56, eng56b: …nor customs' or a carrier's inspection — 海关查验也过不了的商品我们不卖)
    notSentence: [REMEDY, /系统|延迟|更新|稍后|物流|快递|单号|还没|入库|海关|安检|检疫/],
    deniable: false,
  },
  {
    // Round 56 (eng56b): the same futility by its grammar, whatever the check's verb — a check verb, then 也/都 or the concessive copy 是,
    // then the failure (防伪码刮了也查不到的, 拿去苹果店查是查不过的, 序列号对是对不上的, 鉴定都鉴定不过): the goods told to fail the check
    // they would face. Not a failure that is a chance (的话, 如果), a delay (还没录入, 过几天), a parcel's tracking, customs or a remedy.
    words: ['查不到', '查不过', '查不出', '验不过', '验不了', '验不出', '扫不出', '扫不到', '对不上', '过不了', '通不过', '鉴定不过', '鉴定不了', '显示不了', '测不过'],
    severity: 'block',
    message: '说商品拿去查验必然通不过，暗示不是正品（规则 2.8）',
    before: /(?:扫|查|验|刮|鉴定|送检|测|对|比对|核对|检测|验证)(?:开|过|了|一下|出来|完)?(?:也|都|是)$/,
    // (the brand's store by shape, 拿去…店, not by name: a brand word here would enter the t2s table, 蘋, and move the model's training digest)
    sentence: /防伪|溯源|序列号|码|鉴定|专柜|官网|官方|品牌|拿(?:去|到)[^，。！？]{0,6}(?:店|柜|售后)|iphone|apple|售后|柜台|得物|识货|验货|真伪|正品/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /的话|如果|万一|要是|假如|延迟|更新|稍后|过几天|还没(?:录|上传|同步|更新)|物流|快递|单号|海关|安检|质检|检疫|退款|联系我们|联系客服/],
    deniable: false,
  },
  {
    // Only looks like it: 这不是正规品牌的，只是长得像.
    words: ['长得像', '看着像', '样子像', '外观像', '长得很像'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:只是|就是|只不过|不过|但)$/,
    sentence: /不是(?:正规|正品|品牌|大牌|原|官方|专柜|真)|非正品|非原/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /自有品牌|国货|原创设计/],
    deniable: false,
  },
  {
    // A check the goods are sure to fail: 得物那种鉴定就别送了，咱们这个本来就过不了 (not 海关查验, 安检).
    words: ['本来就过不了', '肯定过不了', '铁定过不了', '必然过不了', '绝对过不了', '根本过不了', '过不了的'],
    severity: 'block',
    message: '说商品鉴定或验货肯定通不过，暗示不是正品（规则 2.8）',
    sentence: /鉴定|验|得物|专柜|识货|防伪/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海关|安检|审核|质检|快递|物流|如果|万一|要是/],
    deniable: false,
  },
  {
    // Genuineness not vouched for: 不敢说百分百正品，但质量是真不错.
    words: ['不敢说百分百', '不敢保证百分百', '不能说百分百', '不敢打包票', '不敢打保票', '没法打包票'],
    severity: 'block',
    message: MESSAGE,
    sentence: /正品|真的|真货|原装|专柜/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /效果|有效|适合|到货|时间|物流|尺码|过敏|肤质/],
    deniable: false,
  },
  {
    // The brand's goods but for the logo: 大牌的镜像款，除了logo其他完全一样.
    words: ['除了logo', '除了商标', '除了标志', '除了牌子', '除了标', '除了没有logo', '除了没logo'],
    severity: 'block',
    message: '说商品除了商标外和大牌一样，暗示是仿品（规则 2.8）',
    sentence: [/一样|一模一样|没区别|相同|没两样/, /大牌|专柜|正品|原版|品牌|镜像/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /去年|旧款|新款|老款|颜色|配色|自有品牌|国货|原创/],
    deniable: false,
  },
  {
    // Quality tiers of a copy: 有原厂版和普通版，原厂版细节跟专柜一样; 高配版，和正品用料一致; 高货，细节还原度高; 原版开模.
    words: ['原厂版', '高配版', '顶配版', '精品版', '高货', '原版开模', '原厂开模', '正品开模', '专柜开模', '私模', '原模', '原版模具', '原厂模具'],
    severity: 'block',
    message: '用“原厂版、高货、原版开模”一类档次说法暗示商品是仿品（规则 2.8）',
    notAfter: /^(?:本|型|权)/,
    // …or the trade's lower tier beside it (比市面上的通货强很多; round 11).
    sentence: new RegExp(`${VS_GENUINE.source}|还原|开模|模具|一样|一模一样|通货|统货|低版|普通版`),
    // (比市面上的… compares, it does not warn.)
    notSentence: [REMEDY, /谨防|假冒|举报|投诉|维权|(?<!比)(?:市面上|市场上)|网上|外面|有些店|有的店|别家|其他店|骗子|小心|警惕/, STRICT_GENUINE_CLAIM, /翡翠|玉|种水|和田|珠宝|钻石|珍珠|茶叶|茶|蜜蜡|琥珀|官方正品|都是正品|标配|降噪|内存|配置|芯片|处理器|像素|固件|系统|软件|驱动|存储|电池|续航|屏幕|摄像|[0-9]+(?:g|gb|tb|mah|hz)(?![a-z])|标准版|基础版|入门版/],
    deniable: false,
  },
  {
    // Round 40 (t40m): a brand's "high goods" — the copy tier named by the brand it copies (这副是雷朋的高货，镜腿logo激光刻的; 香奈儿的高货,
    // 五金做工细): the top grade of a copy, its marks praised. Not our own shop's best line (我们家的高货), nor a jade, tea or antique grade.
    words: ['高货', '高版货'],
    severity: 'block',
    message: '用“某品牌的高货”一类说法暗示商品是仿品（规则 2.8）',
    before: /[^我咱店家己]的$/,
    sentence: /logo|刻|钢印|做工|细节|五金|走线|镜腿|对版|版型|标|皮料|还原|印/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /翡翠|玉|种水|和田|珠宝|钻石|珍珠|茶|普洱|蜜蜡|琥珀|古董|文玩|沉香|紫砂|红木|黄花梨|虫草|燕窝|海参|人参|鹿茸|邮票|钱币|菜|鱼|肉|果|米/],
    deniable: false,
  },
  {
    // A copy hub or a workshop as the source, the same as what the genuine channel sells: 这批鞋是福建那边工厂的，跟得物上卖的一个样,
    // 国内加工的，和专柜的用起来差不多, 国产机芯套的外壳，表盘和原装一个样.
    words: ['福建', '广州', '白云', '东莞', '深圳', '义乌', '温州', '泉州', '晋江', '石狮', '莆田', '华强北', '国内加工', '国内生产', '国内做的', '国内组装', '本地加工', '国内代工', '套的外壳', '套的壳', '套壳', '国产机芯', '组装机芯'],
    severity: 'block',
    message: '说商品出自国内作坊或工厂却和正品一样，暗示不是正品（规则 2.8）',
    sentence: /(?:跟|和|与|同|比)[^]{0,8}?(?:得物|专柜|正品|代购|官网|大牌|原版|原款|原厂|原装|真品|正版|真的|真货|正牌)[^]{0,8}?(?:一样|一个样|没区别|差不多|没差|没两样|一模一样|无异)/,
    // (round 41, t41l: …or 跟真的一样 — 义乌那边做的，笔帽白星跟真的一样亮 — not an imitation by nature, 义乌做的仿真花跟真的一样)
    unless: imitationByNature,
    // …nor the hub denied (我们不是莆田货，和正品一样都是报关进口的; round 12).
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /国货|国产品牌|自有品牌|本土品牌|品牌(?:自己|官方)?在|仓库|发货|发的|保税|快递|物流/, /(?:不是|并非|并不是|绝不是|不卖|不做|没有)[^，。]{0,2}(?:福建|广州|白云|东莞|深圳|义乌|温州|泉州|晋江|石狮|莆田|华强北)/],
    deniable: false,
  },
  {
    // Round 31 (t31d): a copy's tier word set in scare quotes and said of our goods (我们这款是“高货”; 这批都是“公司货”): the marks say the word
    // means more than it says. Warned: 高货 is also a jade, tea or antique grade, and there the sentence names the trade. Not the buyer's
    // word quoted, a word mentioned as a word (“高货”这种说法), or the quote holding more than the word.
    words: ['高货', '高版', '高版本', '公司货', '顶级货', '精品货', '特供货', '内部货', '原单货', '尾单货'],
    severity: 'warn',
    message: '给商品加引号的档次说法（如“高货”），暗示是仿品（规则 2.8）',
    before: /(?:是|属于|算|算是|叫|都是|就是|绝对是|属于是|全是)$/,
    sentence: /我们|我家|本店|咱家|店里|这款|这个|这批|这件|这只|这双|这些|都是/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /翡翠|玉|种水|和田|珠宝|钻石|珍珠|茶|普洱|蜜蜡|琥珀|古董|文玩|沉香|紫砂|红木|黄花梨|虫草|燕窝|海参|人参|鹿茸|邮票|钱币/],
    unless: (ctx, start, end) => !scareQuoted(ctx, start, end) || othersQuote(ctx, start, end) || mentionedWords(ctx, start, end),
  },
  {
    // A "special" channel as the reason for the price: 这个是“特殊渠道”的货，所以便宜.
    words: ['特殊渠道', '特别渠道', '特殊途径', '特殊来源', '特殊货源', '内部渠道', '特殊的渠道'],
    severity: 'block',
    message: '用“特殊渠道”解释低价，暗示不是正品（规则 2.8）',
    sentence: /便宜|价|低|实惠|划算/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不走|没有|不是|从不|清关|加急|授权|报关/],
    deniable: false,
  },
  {
    // The price as the answer about genuineness: 真的假的您自己看，反正价格摆着呢; 专柜卖八千，我们八百，东西一样的，您说呢.
    words: ['价格摆着', '价格在这摆着', '价钱摆着', '价格摆在那', '价摆在这', '价摆着', '价格就在这'],
    severity: 'block',
    message: '用价格回答真假问题，暗示不是正品（规则 2.8）',
    // Round 40 (t40c): …or 正的 for 正品 (不是正的，价格在这摆着呢; 正不正的，价摆着).
    sentence: /真的假的|真假|真不真|正品|专柜|懂|明白|心里有数|(?<!得)(?:不是|是不是|非)正的|正不正/,
    notSentence: [REMEDY, GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Round 32 (t32a): the proverb of price and worth with a wink, when genuineness is the topic: 跟专柜的比？一分钱一分货，您懂的;
    // 问是不是正品…便宜没好货，懂吧 — the price made the answer about genuineness. Not the proverb defending a high price (一分钱一分货，
    // 这款用料更足), nor a wink on its own topic (一分钱一分货，进口的运费贵，您懂的: no genuineness named).
    words: ['一分钱一分货', '一分价钱一分货', '一分价一分货', '便宜没好货', '便宜无好货', '好货不便宜'],
    severity: 'block',
    message: '用“一分钱一分货，您懂的”一类话回答真假问题，暗示不是正品（规则 2.8）',
    after: /^(?:嘛|呀|啊|哈|呢|哦|的)?(?:亲|亲亲|宝|宝子)?(?:您|你|大家)?(?:也|都)?(?:懂的|懂得|懂吧|懂|明白的|明白吧|心里有数|心里都有数|细品|品品|自己品)/,
    window: 40,
    sentence: /正品|专柜|真假|真的假的|真货|真品|原版|正不正|真不真|正货|假货|假的/,
    notSentence: [REMEDY, GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Round 40 (t40c): a steep gap to the brand's own price, then the buyer told to expect less or not to look closely (官网卖三万多，我们这里一千
    // 出头，一分钱一分货，细节别太较真就行; 专柜八千，我们八百，该有的样子都有了): at a tenth of the price the shop owns the goods are not the
    // brand's. Not a reason given for the price (保税, 中古, 二手, 活动), nor a high price defended (一分钱一分货，这款用料更足).
    words: ['一分钱一分货', '一分价钱一分货', '一分价一分货', '便宜没好货', '别太较真', '别较真', '不用较真', '别那么较真', '细节别', '别抠细节', '别太抠细节', '该有的样子都有', '该有的都有', '样子都有了', '看着差不多就行', '差不多就行'],
    severity: 'block',
    message: '先比出和官网、专柜的巨大价差，再劝买家别较真细节，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [OFFICIAL_PRICE, SHOP_LOW_PRICE],
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /中古|二手|闲置|成色|[九八七]成新|保税|免税|直邮|活动|补贴|清仓|临期|样品|展示机|入门款|不是同一款|不同款|旧款|老款/],
    deniable: false,
    unless: (ctx, start, end) => !steepGapToOfficial(sentenceOf(ctx, start, end, 60)),
  },
  {
    // Round 40 (t40c): a brand's look with its heart made elsewhere (这台和戴森外观一模一样，电机是另外配的; 跟原版长得一样，机芯是国产的): what
    // looks like the brand and holds another maker's core is a copy. Not a newer model told apart (外观和上一代一样，电机升级了) nor the
    // brand's own part (电机是原厂的).
    // Round 40 (t40m): …or the insides as a whole (外观跟大疆的一模一样，里面用的是国产的方案). Not the picture matched (实物和图片一样).
    words: ['电机', '马达', '机芯', '芯片', '主板', '内芯', '核心部件', '发动机', '压缩机', '表芯', '电芯', '发热丝', '发热体', '里面', '内部', '里头'],
    severity: 'block',
    message: '说外观和大牌一模一样、核心部件另配，暗示是仿冒品（规则 2.8）',
    after: /^(?:是|用的是|都是|用的|则是|其实是|就是)?(?:我们|厂里|国内|自己|后来|另外|单独|后)?(?:另外|单独|自己|后|另)?(?:配|装|组装|换)(?:的|上的|上去的)|^(?:是|用的是|都是|用的|则是|其实是)?(?:国产|副厂|兼容|杂牌|组装|山寨|仿)(?:的)?/,
    window: 60,
    sentence: /(?:和|跟|与|同)[^，。！？]{1,10}?(?:外观|外形|长得|样子|颜值|外壳|模样)?[^，。！？]{0,3}?(?:一模一样|完全一样|一样|没区别|没差|相同|分不出)|(?:外观|外形|外壳|样子)(?:上)?(?:和|跟|与|同)[^，。！？]{1,10}?(?:一模一样|完全一样|一样|没区别|没差|相同)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /上一代|上代|老款|旧款|新款|升级|原厂|原装|品牌自己|官方配|普通款|标准款|基础款|另一款|其他款|同系列|静音|大功率|加强|高配|低配|图片|照片|实拍|详情|描述|视频/],
    deniable: false,
  },
  {
    // Round 40 (t40m): the maker's mark put on a part that is not the maker's (笔尖是国产铱金尖打了原厂的刻字; 副厂镜片上印了原装的logo):
    // a domestic or aftermarket part wearing the original's mark is a copy. Not the maker's own mark on its own part (笔尖刻了原厂的字样，
    // 原装正品), nor our own mark (打了我们自己的logo).
    words: ['原厂', '原装', '原版', '大牌', '官方', '专柜', '正品'],
    severity: 'block',
    message: '说国产或副厂部件打上原厂标识，暗示是仿冒品（规则 2.8）',
    before: /(?:打|刻|印|镭射|激光|移印|烫|压|贴|绣)(?:了|上|着|的是|上了|成)$/,
    after: /^(?:的)?(?:刻字|logo|标|商标|钢印|字样|标志|铭文|编号|型号|字|牌子)/,
    sentence: /国产|副厂|杂牌|组装|兼容|第三方|不是原|非原|山寨/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Round 40 (t40m): the label says one material, the goods are another (吊牌上写的是100%山羊绒，实际是羊毛混了点绒; 标签印着纯棉，
    // 其实掺了涤纶): a label that lies about what the goods are. Not the size told against the label (吊牌写M码，实际偏大一码), nor the
    // label confirmed (实际也是100%棉).
    words: ['实际是', '实际上是', '其实是', '实际只是', '实际上只是', '实际用的是', '实际上用的是', '其实用的是', '实际', '其实', '实际上'],
    // (round 43, t43b: the compact view holds no comma, so `after`'s [^，。！？] stops at a clause only with scope 'clause' — 包装上写的是英文，
    // 其实是进口原装，跟国内专柜一样 no longer reads 国内 from the next clause)
    scope: 'clause',
    severity: 'block',
    message: '说吊牌或标签写的材质与实际不符，暗示商品不是正品（规则 2.8）',
    after: /^(?:是|用的是|只是|上是)?[^，。！？]{0,10}?(?:混|掺|含|加了|羊毛|涤纶|化纤|聚酯|人造|腈纶|粘胶|合成|合金|镀|不是|没有|只有|仿)/,
    sentence: [/(?:吊牌|标签|水洗标|洗标|成分标|成分表|标|包装)上?(?:写|标|印)(?:的|着)?(?:是|着)?/, /100%|百分之百|百分百|纯|全(?:棉|羊|麻|真)|真丝|羊绒|桑蚕丝|足金|纯银|真皮|头层|实木|鹅绒|鸭绒/],
    notSentence: [REMEDY, /码|尺寸|尺码|偏大|偏小|颜色|色差|克重|长度/],
    deniable: false,
  },
  {
    // Round 40 (t40m): plated goods to be passed off as solid (合金镀的厚金…您当足金送人没问题; 镀银的当纯银卖也看不出): the buyer told to
    // give or sell them as what they are not. Not a warning (镀金的别当足金送人), nor solid gold called solid.
    words: ['当足金', '当成足金', '当作足金', '当纯金', '当成纯金', '当黄金', '当真金', '当金子', '当18k', '当k金', '当纯银', '当足银', '当真银', '当成纯银', '当实金'],
    severity: 'block',
    message: '说镀金镀银的商品可以当足金纯银送人或卖，暗示以假充真（规则 2.8）',
    sentence: /镀|包金|合金|仿金|鎏金|电镀|不是足金|不是纯/,
    notBefore: /(?:不能|别|不要|不可|不可以|千万别|切勿|不建议|不会|不好|没法)(?:拿)?(?:去|来)?$/,
    notSentence: [REMEDY],
  },
  {
    // Round 40 (t40m): everything like the counter but the code, which no register knows, and that is why it is cheap (唯一不同的是底部喷码查不到，
    // 所以价格才这么低). Not a code not yet registered with a way to check offered and no price (新批次还没录入，可联系品牌核实).
    words: ['喷码', '防伪码', '批号', '溯源码', '序列号', '编码', '条码', '底码', '钢印码'],
    severity: 'block',
    message: '说商品的喷码、防伪码查不到所以便宜，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,4}?(?:查不到|查不出|扫不出|扫不到|验不了|查询不到|对不上|查无|官网查不)/,
    sentence: /便宜|价格?(?:才|自然|当然|肯定|所以)?(?:低|这么低|实惠|美丽)|这个价|低价|所以价/,
    notSentence: [REMEDY, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    words: ['您说呢', '你说呢', '您觉得呢', '你觉得呢', '您细想', '你细想', '您想想', '你想想', '您明白吧', '你明白吧'],
    severity: 'block',
    message: '用“一样的东西价格差很多，您说呢”一类反问暗示商品不是正品（规则 2.8）',
    sentence: [/专柜|正品|大牌|原版|原装|真品/, /价|钱|块|元|便宜|[0-9一二两三四五六七八九十几](?:千|百|万)/, /一样|一个样|没区别|差不多|没差|两样/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, GENUINE_CLAIM, /税|保税|直邮|跨境|活动|补贴|优惠|满减|券/],
    deniable: false,
  },
  {
    // A check waved off as pointless at this price: 专柜验货？这个价您去验就是为难自己了, 这价位拿去鉴定纯属白跑一趟.
    words: ['为难自己', '自找麻烦', '自讨没趣', '自找不痛快', '白跑一趟', '白跑', '白花钱', '浪费钱', '浪费时间', '何必呢', '多此一举'],
    severity: 'block',
    message: '劝买家不要鉴定或查验，暗示不是正品（规则 2.8）',
    sentence: [/验|鉴定|送检/, PRICE],
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /我们已|已经帮您|附带|随货|证书|报告/],
    deniable: false,
  },
  {
    // The only difference from the genuine article is a missing mark of it: 跟正品唯一的区别就是没有芯片 (正品, not 专柜/国行:
    // a genuine import differs from the domestic counter only in packaging).
    words: ['唯一的区别', '唯一区别', '唯一的不同', '唯一不同', '唯一的差别', '唯一差别', '区别就是', '区别只是', '区别只有', '差别就是', '差别只是', '不同就是', '不同的是'],
    severity: 'block',
    message: '说商品和正品的区别只在缺少正品的标记，暗示不是正品（规则 2.8）',
    before: /(?:跟|和|与|同|比)(?:正品|真品|真货|正版)(?:的|比|比起来|相比)?(?:唯一)?(?:的)?$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /仿品|高仿|假货|辨别|分辨|鉴别|建议|教您|认准/],
    deniable: false,
  },
  {
    // Looks like the brand but is not the brand's: 外观跟小棕瓶一模一样，瓶身也印了EL，就不是官方出的而已.
    words: ['不是官方出的', '不是官方做的', '不是官方生产的', '不是官方出品', '非官方出品', '不是品牌出的', '不是品牌方出的', '不是品牌做的', '不是原厂出的', '不是原厂做的', '不是大牌出的', '不是官方的', '不是品牌方的',
      // …the brand as 那个牌子 (瓶子也一样，就是不是那个牌子出的; round 12).
      '不是那个牌子出的', '不是那个牌子做的', '不是这个牌子出的', '不是那个品牌出的', '不是那个牌子的', '不是牌子出的', '不是那家出的', '不是他家出的'],
    severity: 'block',
    message: '说商品外观、标识与品牌一样却不是品牌出的，暗示是假货（规则 2.8）',
    sentence: /一模一样|一样|印了|印着|印的|logo|外观|同款|没区别|差不多|长得|看着/,
    // Round 54 (eng54c): …nor a replacement part whose maker is disclosed in the listing (替换头是合作工厂做的，不是品牌出的，详情页写明了).
    notSentence: [REMEDY, OTHERS_OR_WARNING, /赠品|小样|试用|周边|礼品|手提袋|包装袋|配件|兼容|平替|国货|自有品牌/, PART_DISCLOSED],
    deniable: false,
  },
  {
    // Round 38 (t38b): the brand's style, but not out of the brand's factory (钩针是可乐牌的款式，但不是日本那个厂出来的; 外观是戴森的设计，
    // 不是他们工厂生产的): the brand's look on another maker's goods. Not a compatible part or our own line said to be one (兼容款, 自有品牌),
    // nor a style said to differ (款式不一样).
    words: ['厂出来的', '厂出的', '厂做的', '厂生产的', '厂里出来的', '厂里出的', '厂家出的', '厂家做的', '厂家生产的', '工厂出来的', '工厂出的', '工厂生产的'],
    severity: 'block',
    message: '说商品是品牌的款式却不是品牌工厂出的，暗示是仿品（规则 2.8）',
    before: /(?:不是|并非|并不是|不是从|不是在|不是由)[^，。！？]{0,8}$/,
    sentence: new RegExp(`(?:牌|品牌|家|[a-z]{2,}|${BRAND_NAMES.source})的?(?:款式|样式|款型|设计|外观|版型|模样|样子|同款)|同款|(?:款式|样式|外观|设计|版型)(?:是|跟|和|照着?)[^，。]{0,6}(?:牌|品牌|[a-z]{2,}|家|${BRAND_NAMES.source})`),
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /自有品牌|自主品牌|原创|自己设计|兼容|副厂|平替|国货|不一样|不同|区别很大|同一家|授权/],
    deniable: false,
  },
  {
    // A book printed off a file: 电子版打印装订的，内容跟正版书完全一样.
    words: ['打印装订', '复印装订', '扫描打印', '扫描后打印', '影印装订', '打印成册', '打印出来的', '电子版打印', '打印版'],
    severity: 'block',
    message: '说图书是打印、复印装订的，暗示是盗版（规则 2.8）',
    sentence: /正版|原版|原价|原书|书|教材|绘本|教辅|课本|练习册|题库/,
    // Round 21 (t21bv): the printing denied right before it (不是扫描版打印出来的, 并非电子版复印装订的).
    // Round 57 (eng57a, A57): …or refused right before it (不卖扫描打印的书, 我们从不卖打印版的教材, 拒绝复印装订的).
    notBefore: new RegExp(`${PRINTING_DENIED_BEFORE.source}|(?:不卖|不售|不出售|不做|不提供|不接|拒绝|从不卖|绝不卖|不会卖|一律不卖)(?:任何)?(?:这种|那种)?$`),
    notSentence: [REMEDY, OTHERS_OR_WARNING, /发票|面单|订单|小票|说明书|授权书|证书|报告|合同|电子版发票|快递单/],
    deniable: false,
  },
  {
    // Genuine with a wink of a qualifier, against the real 正品: 正品要等三周，我们这个是“国产正品”.
    words: ['国产正品', '国内正品', '国产的正品', '自产正品', '特供正品', '另一种正品', '国货正品'],
    severity: 'block',
    message: '用“国产正品”一类说法暗示商品不是真正的正品（规则 2.8）',
    sentence: /正品[^]{0,20}(?:国产|国内|自产|特供|另一种)的?正品|专柜|原装|进口|要等|海外|😂|🤭|😏|😉|[“"‘']/,
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, /国货品牌|国产品牌|自有品牌|本土品牌/],
    deniable: false,
  },
  {
    // The shop stuck on the anti-fake marks itself: 防伪贴是到了以后我们自己贴的 (not 中检溯源码是国内贴的).
    words: ['防伪贴', '防伪标', '防伪码', '防伪标签', '防伪贴纸', '镭射标', '防伪'],
    severity: 'block',
    message: '说防伪标识是自己贴或印的，暗示不是正品（规则 2.8）',
    // …or handed over to stick on: 防伪标签我们可以另外给您补一张，贴上去一样能扫.
    sentence: /(?:我们|自己|店里|这边|仓库)[^]{0,6}?(?:贴|印|做|打印|生成|弄)(?:的|上|了)|(?:另外|单独|额外|再)(?:给|送|补|发)(?:您|你)?(?:补)?(?:一|几|两)?(?:张|个|枚|套)|贴上去/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中检|海关|检验检疫|ciq|保税|品牌方|官方提供|原厂提供|不会|不能|从不|不是我们/],
    deniable: false,
  },
  {
    // Offering a choice of tiers, the real one or another: 您要真的还是要‘好的’？, 要正品还是要便宜的.
    words: ['真的还是', '正品还是', '真货还是', 'zp还是', '正品的还是', '真的呢还是', '正的还是'],
    severity: 'block',
    message: '让买家在“真的”和另一档之间选，暗示另一档不是正品（规则 2.8）',
    before: /(?:要|买|拿|选|想要|拍|是要)$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /是不是|真的假的|颜色|尺码|现货还是|保税|直邮|国行|港版|海外版|日版|美版|赠品|套装|规格|容量|礼盒/],
    deniable: false,
  },
  {
    // Genuine costs extra, so what we push is not it: zp的话要加钱，我们主推fzp, 要正品得另外加钱.
    // …or the original's tier named (要原厂版加两百; round 10).
    words: ['zp', '正品', '真货', '真品', '真的', '正规的', '正规的那种', '正品的那种', '原装的那种', '正规货', '原厂版', '专柜版', '原装版', '正品版', '原版的', '正的'],
    severity: 'block',
    message: '说正品要另外加钱，暗示在售商品不是正品（规则 2.8）',
    after: /^(?:的话)?(?:要|得|需要|就要|就得|另|就)?(?:另外|额外|再)?(?:加钱|加价|补差价|另算|另外算|贵[0-9一二两三四五六七八九十几好]|贵一倍|贵好几倍|加[0-9一二两三四五六七八九十几]+(?:块|元|百|千))|^那种(?:要|得)?贵/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /运费|快递|顺丰|加急|包装|礼盒|刻字|定制|发票|的正品|正规渠道的/],
    asked: true, // 正品的话要贵三倍？不会的 echoes the buyer
    deniable: false,
  },
  {
    // A stall in a wholesale market as the source: 货是广州白云那边档口拿的，和代购手里的一个样.
    words: ['档口', '白云皮具', '桂花岗', '皮具城'],
    severity: 'block',
    message: '说商品来自批发档口却和正品一样，暗示不是正品（规则 2.8）',
    sentence: /一样|一个样|代购|专柜|正品|大牌|原版|没区别|差不多|同款|看不出|分不出/,
    notBefore: ROUND49_STALL_DENIED, // round 49 (t49f)
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Not from the brand's country but made at home: 这款包包不是从欧洲来的啦，是东莞那边做的.
    words: ['欧洲', '法国', '意大利', '国外', '海外', '日本', '韩国', '美国', '英国', '瑞士', '德国', '澳洲', '澳大利亚', '原产地', '原产国'],
    severity: 'block',
    message: '说进口品牌商品其实是国内做的，暗示不是正品（规则 2.8）',
    before: /(?:不是|并非|并不是|也不是)(?:从|在|由)?$/,
    after: /^(?:那边)?(?:来|进口|原产|产|生产|做|过来|运来|出)/,
    sentence: /(?:那边|国内|本地|这边|东莞|广州|莆田|深圳|义乌|温州|泉州|晋江|厂|作坊|档口)[^]{0,6}?(?:做|出|产|生产|拿|加工)/,
    // Round 45 (t45i): …nor another foreign origin labelled as it is (越南工厂生产，原产地标的是越南，页面也写了，不是日本产的): the origin told on
    // the label or the page is a disclosure (ORIGIN_DISCLOSED), not a disguise.
    notSentence: [REMEDY, ORIGIN_DISCLOSED, /国货|国产品牌|自有品牌|本土品牌|品牌(?:自己|官方)?在|授权|保税|发货|发的|仓/, new RegExp(`^(?![^]*(?:其实|实际|冒充|当成|就当|一样|看不出|分不出|没区别))[^]*原产(?:地|国)(?:标|写|印|标注|注明)?(?:的|着)?(?:是|为)${FOREIGN}`)],
    deniable: false,
  },
  {
    // Nobody can tell it from the genuine article, in any wording or dialect: 跟柜台货摆一块儿您自己都挑不出来,
    // 正櫃比對也分辨不出來, 专柜里厢也看勿出 (not 颜色和图片看不出差别, 正品保证，鉴定也挑不出毛病).
    words: ['看不出', '分不出', '认不出', '挑不出', '辨不出', '瞧不出', '看勿出', '分勿出', '认勿出', '看唔出', '分唔出', '分不清', '辨不清', '分辨不出', '辨别不出', '区分不出', '比不出'],
    severity: 'block',
    message: '说商品和正品/专柜货分辨不出，暗示不是正品（规则 2.8）',
    sentence: [GENUINE_REF, /跟|和|与|比|同|放一起|摆一起|摆一块|放一块|对比|比对|也|都|连/],
    // (round 41, t41m: …nor 行家 only as the put-down, the buyer the one who cannot tell — 连产区都分不清，装什么行家: an insult, 2.4)
    notSentence: [REMEDY, GENUINE_CLAIM, /建议|认准|谨防|小心|教您|方法|颜色|色差|图片|实物|色号|尺码|包装不同|外包装|新旧|生产日期|批号/, MOCKED_EXPERT_ONLY],    // Round 23 (t23a): …not goods that are an imitation by nature (仿真绿植…跟真的放一起都看不出).
    unless: imitationByNature,
  },
  {
    // Proof of genuineness missing — box, receipt, anti-fake card, the brand's authorisation — given as the reason
    // for the price, with a wink, a version or brand pointer, or a take-it-or-leave-it: 没原盒也没防伪卡，懂的亲直接拍,
    // 发票开不了，品牌授权也没有，您要是在意正不正的，就别拍了, H家那种，不带盒子的版本，您明白吧
    // (not 简装版没有盒子, 跨境商品没有中文发票, 盒子压坏了可以补寄).
    words: ['原盒', '盒子', '包装盒', '原装盒', '外盒', '防伪卡', '防伪码', '防伪', '小票', '授权', '证书'],
    severity: 'block',
    message: '说商品没有原盒、小票、防伪或授权并以此解释低价或打暗语，暗示不是正品（规则 2.8）',
    sentence: [PROOF_ABSENT, PROOF_ABSENT_SIGN],
    // Round 40 (t40e): …nor the missing licence given as the reason something is NOT supplied (电子版我们没有授权，所以不提供PDF).
    notSentence: [REMEDY, PROOF_CLAIM, OTHERS_OR_WARNING, OEM_OWN_BOX, /所以(?:我们|本店|店里)?(?:也)?(?:就)?(?:不|没法|无法|不能|没办法)(?:提供|卖|销售|出售|上架|做|代理|发|给|售)/, /简装|裸装|礼盒|赠品|小样|试用|中样|旅行装|替换装|补充装|压坏|压扁|破损|运输|补寄|补发|跨境|保税|直邮|海外|报关|代购|免税|(?:店|家|商家|卖家)(?:都)?(?:不要|别)买|不卖|不做|的话|联系我们|请联系|延迟|稍后|更新|同步|入库|物流/,
      // …a market's version without the Chinese code, its trace elsewhere (韩国版本身就没有中文防伪码，溯源信息在订单详情里; round 12).
      /中文(?:防伪|标签|说明|小票|发票)|(?:韩国|日本|美国|欧洲|香港|澳洲|德国|法国|英国|泰国|[韩日港美欧澳德法英泰])版本?身|溯源信息在|溯源(?:信息|码)?可以(?:在|查)/,
      // Round 13 (fa13b): our own label, so another brand's mark is not used (没有品牌授权，所以不能用品牌的logo，这是自有品牌) — unless
      // the goods are still likened to the brand's (…做工和大牌一模一样).
      OWN_LABEL,
      // Round 40 (t40j): …nor the missing box given as the reason the goods are not sold as new (没有原盒，所以不能按全新卖给您，按九折; 盒子
      // 丢了，只能按拆封品算): an honest condition, priced down — unless genuineness is winked at beside it.
      NOT_SOLD_AS_NEW],
    deniable: false,
  },
  {
    // Round 33 (t33d): the shop's name to be hidden from the brand's counter, with a veiled trouble (去专柜的话千万别说是在我们店买的，
    // 那边会有一些说法; 拿去品牌店保养别提是我们家买的，免得麻烦): the brand would disown goods from here. Not the counter said to need
    // only the warranty card (去专柜保养不用说在哪买的，凭保修卡就行) or a remedy.
    words: ['我们店买', '我们店里买', '我们这买', '我们这里买', '我们这儿买', '我们家买', '我家买', '咱家买', '本店买', '我们这边买', '我们店拍', '我们家拍'],
    severity: 'block',
    message: '让买家在专柜或品牌方面前隐瞒在本店购买，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|千万别|千万不要|最好别|最好不要|可别)(?:跟(?:他们|人家|专柜|柜姐|店员)|对(?:他们|人家|专柜))?(?:说|提|讲|透露)(?:是|您是|你是)?(?:在|从)?$/,
    window: 30,
    // (the brand's side named, and the trouble veiled: not 朋友问起别说是我们店买的，免得都来要优惠，麻烦)
    sentence: /^(?=[^]*(?:专柜|柜台|柜姐|品牌|官方|门店|售后点|维修点))[^]*(?:说法|麻烦|不认|不给|不愉快|不开心|为难|扯皮|误会|刁难|找茬)/,
    notSentence: [REMEDY, /保修卡|发票|凭卡|无所谓|都一样/],
    deniable: false,
  },
  {
    // A wink tied to the goods' genuineness or brand: 送人的话建议别提牌子，懂我意思吧, 正不正品咱俩心里都有数，就别挑明了
    // (not 您懂的，双十一物流慢, 正品保证您懂的).
    words: ['懂我意思', '懂我的意思', '您懂的', '你懂的', '您懂', '你懂', '懂的', '懂吧', '懂了吧', '懂了吗', '懂了没', '懂了哈', '明白吧', '明白了吧', '您明白', '你明白', '心里有数', '心里都有数', '心知肚明', '挑明', '说破', '点破', '说穿', '细品', '懂行的都知道', '懂行的都懂', '内行都知道', '懂行的一看'],
    severity: 'block',
    message: '用“懂的都懂、心里有数”一类暗语谈商品真假或牌子，暗示不是正品（规则 2.8）',
    // (round 35, t35a: …or a luxury brand at a price named beside it, 三百多的香奈儿，懂的都懂: the price is the wink's topic)
    sentence: WINK_TOPIC_OR_BRAND_PRICE,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:话|的话)/, // 您懂的话直接扫就行: "if you know how"
    // Round 45 (t45c): …nor 懂的 after a negation (有看不懂的地方拍给我, 哪里不懂的问我): what the buyer does not understand, no wink.
    notBefore: /(?:不|没|没有|不太|不大|弄不|搞不)$/,
    // (round 34, t34d: nor how to run the check or a damaged box explained — 防伪码在瓶底，扫一下就能查，懂了吧; 盒子压坏了，里面没事，明白了吧)
    notSentence: [REMEDY, GENUINE_CLAIM, /认准|谨防|小心|物流|快递|发货|尺码|码数|色号|活动|优惠|满减|券|折扣|库存|补货|预售|售后|退款|退货|临期|效期|保质期/,
      /扫一下|扫一扫|扫码|扫描|(?:就能|就可以|可以|能)(?:查|查到|查询|验证)|在(?:瓶底|盒底|包装|瓶身|背面|底部|盒子)(?:上|里|底)?|压坏|压扁|破损|磕|运输/],
  },
  {
    // Talking the buyer out of a check: 这个价位您就别指望拿去专柜验了, 不建议拿去鉴定哦…经不起细看
    // (not 收到货先去鉴定, 鉴定前别剪吊牌, 不用去验，随货附鉴定证书).
    // Round 38 (t38b): …the state gem lab or a testing station named (这价的冰种，别拿去国检; 别送检测站).
    words: ['鉴定', '验货', '专柜验', '去验', '拿去验', '送检', '验真', '鉴别', '验了', '国检', 'ngtc', '检测站', '质检站', '鉴定所', '检测中心', '拿去检测', '送去检测', '去检测'],
    severity: 'block',
    message: '劝买家不要鉴定或查验，暗示不是正品（规则 2.8）',
    before: /(?:别|不建议|不要|没必要|不用|甭|不必|劝您?别|别指望|不指望)(?:您|你)?(?:指望|想着?|再|去|拿去|拿到|送去|送到|太)?[^，。！？]{0,8}$/,
    // (round 38: …not a worry soothed — 别担心国检的问题)
    notBefore: /(?:别|不要|不用|没必要|不必)(?:太|再)?(?:担心|害怕|怕|紧张|着急|顾虑|纠结|慌)[^，。！？]{0,6}$/,
    scope: 'clause',
    sentence: CHECK_WAVED_SIGN,
    notAfter: /^(?:前|之前|后|之后|时|期间|费|结果|报告|证书|中心|机构)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /可以|欢迎|随时|(?<!不)支持|已经|附带|随货|吊牌|拆封|标签/],
    deniable: false,
  },
  {
    // Round 38 (t38b): the goods' own code not to be looked up, with the price as the reason (这价的米其林，您就别查DOT码了; 这个价的表
    // 就别去查序列号了): the code would show the goods are not what they seem. Not a code said fresh or fine (DOT码都是今年的，不用查), a sale's
    // price, nor a wait for the records (系统还没录入，明天再查).
    words: ['dot码', 'dot', '防伪码', '溯源码', '序列号', '串号', 'imei', '批号', '生产码', '喷码', '证书编号', '鉴定证书', '国检证书'],
    severity: 'block',
    message: '以价格劝买家别查商品编码，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|不用|没必要|甭|不必|犯不着|就别)(?:再|去|您|你)?(?:再|去)?(?:查|扫|验|核对|对|搜|上网查|去官网查|拿去查)(?:了|一下|下)?(?:那个|这个|它的|上面的)?$/,
    scope: 'clause',
    sentence: PRICE,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, CHEAP_FOR_A_REASON, ADVICE, /可以|欢迎|随时|(?<!不)支持|今年|新(?:胎|货|批|鲜|日期)|日期(?:都|很)?(?:新|近)|系统|延迟|还没|录入|明天|稍后|物流|快递/],
    deniable: false,
  },
  {
    // …or the check waved off after it: 鉴定就别想了，这个价位图的是好看, 专柜验货这种事咱就不提了.
    words: ['鉴定', '验货', '专柜验', '去验', '拿去验', '送检', '验真', '鉴别'],
    severity: 'block',
    message: '劝买家不要鉴定或查验，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,8}?(?:就别|别想|不提|免了|算了|省省|经不起|没必要|就不用|别去|别较真|不建议)/,
    sentence: CHECK_WAVED_SIGN,
    notAfter: /^(?:前|之前|后|之后|时|期间|费|结果|报告|证书|中心|机构)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /可以|欢迎|随时|(?<!不)支持|已经|附带|随货|吊牌|拆封|标签/],
    deniable: false,
  },
  {
    // Made to look like the genuine article, or more so: 看着比专柜的还像专柜的, 主打一个看着像, 里面的东西做得很像的
    // (not 仿真花像真的一样, 色号和某大牌神似).
    words: ['像专柜', '像正品', '像真的', '像原版', '像大牌', '像柜台', '做得很像', '做得挺像', '做的很像', '做得特别像', '做得像', '看着像', '神似'],
    severity: 'block',
    message: '说商品做得像正品/专柜货，暗示是仿品（规则 2.8）',
    after: /^(?:专柜|正品|真的|原版|大牌|柜台)?(?:的|了|啊|呢|吧|哦|哈|一样)*$/,
    // Round 67 (engfa67): …nor the buyer's doubt told back (您觉得做工不像正品，我们可以退货再送鉴定): their unlikeness, not our likeness.
    notBefore: /(?:您|你|买家|顾客|客户|朋友|家人)(?:觉得|认为|说|怀疑|担心|感觉|看着)[^，。！？]{0,6}不$/,
    scope: 'clause',
    sentence: new RegExp(`${GENUINE_REF.source}|原装|盒|牌子|价`),
    // (round 55, eng55a: …or a lure or decoy likened to the creature it imitates — 仿生软饵…入水摆尾很像真的)
    notSentence: [REMEDY, GENUINE_CLAIM, OTHERS_OR_WARNING, /仿真|花|植物|绿植|模型|玩具|手办|娃娃|假发|睫毛|美甲|色号|颜色|配色|味道|香味|气味|风格|照片|图片|实物图|拍的|仿生|饵|诱鸟|诱捕/],
    deniable: false,
  },
  {
    // Round 26 (t26b): looking like it said to be enough, beside a brand or a price (三百块买大牌表…走时准、看着像就够了 / 这个价位的大牌包，
    // 外观像就行了 / 大牌香水这个价，闻着像就可以了): the buyer is told to settle for a likeness, so the goods are not the brand's.
    // Not a colour, a photo, a model or a prop (色号和图片看着像就行, 手办看着像就够了).
    words: ['看着像', '看起来像', '长得像', '外观像', '样子像', '闻着像', '闻起来像', '戴着像', '背着像', '穿着像'],
    severity: 'block',
    message: '说商品“看着像就够了”，暗示不是正品（规则 2.8）',
    after: /^(?:个)?(?:样子|样)?(?:了)?(?:就|也就|便)(?:够了|行了|行|可以了|得了|好了|完事|足够)/,
    window: 40,
    // (the likeness of a brand: a price alone is a toy's or a costume's — 积木小汽车看着像就行，九十九块)
    sentence: new RegExp(`大牌|牌子|名牌|品牌|专柜|正品|原版|奢侈|名表|logo|${BRAND_NAMES.source}`),
    notSentence: [REMEDY, GENUINE_CLAIM, OTHERS_OR_WARNING, /仿真|花|植物|绿植|模型|玩具|手办|娃娃|道具|cos|画|色号|颜色|配色|照片|图片|实物图|拍的|发型|妆|说法|不存在|(?:是|都是)[^，。]{0,4}正品/],
    deniable: false,
  },
  {
    // Not through the brand's own channel or system: 我们这批本来就不走品牌那边的系统, 没走品牌的渠道，价格自然低.
    words: ['不走品牌', '不走官方', '不走专柜', '没走品牌', '没走官方', '没走专柜'],
    severity: 'block',
    message: '说商品不走品牌官方渠道，暗示不是正品（规则 2.8）',
    sentence: /渠道|系统|授权|防伪|价|便宜|这批|货/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /跨境|保税|直邮|海外|国行|联保|保修|售后|维修|物流|快递/],
    deniable: false,
  },
  {
    // Genuine costs extra, answered past the buyer's question: 正品？那得加钱😂.
    words: ['得加钱', '要加钱', '得另外加钱', '要另外加钱', '得加价', '要加价', '得补差价', '那得加钱', '另外加钱'],
    severity: 'block',
    message: '说正品要另外加钱，暗示在售商品不是正品（规则 2.8）',
    sentence: /正品|真的|正的|真货|zp|正规/,
    window: 12,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /运费|快递|顺丰|加急|包装|礼盒|刻字|定制|发票|升级|大码|加大|尺码|容量|套装|的正品|正规渠道的/],
    deniable: false,
  },
  {
    // The proof itself replaced: 防伪卡是另配的，不是原来那张, 证书是后补的 (not 礼盒是另配的).
    words: ['另配的', '后配的', '后补的', '另外配的', '自己配的', '另配', '后配'],
    severity: 'block',
    message: '说防伪卡、证书或吊牌是另配的，暗示不是正品（规则 2.8）',
    // …or the box (鞋盒是后配的，鞋子跟正品一模一样; round 12).
    before: /(?:防伪卡|防伪码|防伪标|防伪|证书|鉴定证书|吊牌|小票|原盒|盒子|鞋盒|包装盒|外盒|表盒|保卡|卡)(?:是|都是|也是)?(?:我们|咱们|自己|这边|店里)?$/,
    asked: true, // 吊牌是后配的？不是的亲 echoes the buyer
    notSentence: [REMEDY, PROOF_CLAIM, OTHERS_OR_WARNING, /礼盒|赠品|手提袋|包装袋|丢了|遗失|补寄|补发|破损|压坏/],
    deniable: false,
  },
  {
    // Round 11 (t11e), GENERAL: the brand's own check disclaimed, the check named BEFORE the disclaimer: 专柜验的话我们不保证哦,
    // 官网查的话我们保证不了, 品牌店鉴定这块不敢打包票. Not: 专柜的活动价我们不保证 (no check), 如果专柜验不过全额退.
    words: ['不保证', '不敢保证', '保证不了', '没法保证', '不能保证', '无法保证', '不打包票', '不敢打包票', '不包过', '不好说', '说不准'],
    severity: 'block',
    message: '说不保证商品能通过专柜或鉴定，暗示不是正品（规则 2.8）',
    before: /(?:专柜|柜台|官网|品牌店|品牌方|品牌那边|品牌官方|得物|识货)(?:去|拿去)?(?:验|查|鉴定|验货|检测|查验|扫)(?:的话|这块|这边|那边|那里)?(?:我们|本店|咱们|这边|我)?(?:就|可|是|都|真)?$/,
    notSentence: [REMEDY, PROOF_CLAIM, /如果|万一|海关|安检|审核|质检|物流|快递/],
    deniable: false,
  },
  {
    // Round 11 (t11e), GENERAL: the buyer told to hold off the brand's own check: 先别去品牌官网查哈, 最好别拿去专柜验, 防伪码暂时别在官网扫.
    // Every wording: a put-off (先别, 暂时不要, 最好别…) + the brand's site or counter + a check verb after it. Not: 物流不用去官网查,
    // 不用去专柜验，我们随货附鉴定证书, 别去官网下单.
    words: ['官网', '品牌官网', '官方网站', '专柜', '柜台', '品牌店', '得物'],
    severity: 'block',
    message: '劝买家先别去专柜或官网查验，暗示不是正品（规则 2.8）',
    before: /(?:先别|先不要|暂时别|暂时不要|最好别|最好不要|千万别|千万不要|还是别|就别|别急着|不要急着)(?:急着|着急)?(?:拿|带|送)?(?:去|到|上|在)?(?:品牌)?$/,
    after: /^(?:上|里|那边|去)?(?:查|验|鉴定|扫|核验|验证|比对|问)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /物流|快递|单号|订单|库存|价格|活动|优惠|发货|保修|维修|证书|报告|附|延迟发|预售/],
    deniable: false,
  },
  {
    // Round 34 (t34d): the buyer plainly told not to check genuineness at the brand's own site, app or counter (您别去品牌官方小程序查真伪了, 你就别上
    // 官网验了，验出来会吓到您, 不要拿去专柜鉴定): the brand's check is what the goods would fail. A check verb of genuineness only (not 别去专柜问, 别去官网
    // 买); not 不用 with our proof or our own check offered (不用去官网查，随货有报关单), nor cross-border goods the brand's site does not list.
    words: ['官网', '品牌官网', '官方网站', '专柜', '柜台', '品牌店', '小程序', '官方小程序', '品牌小程序', '官方app', '品牌app', '公众号', '官方公众号', '防伪平台', '溯源平台'],
    severity: 'block',
    message: '劝买家别去专柜或品牌官方渠道查验真伪，暗示不是正品（规则 2.8）',
    before: /(?:(?:您|你)(?:就|可|也|还是)?(?:别|不要|甭|千万别)|别再|不要再)(?:去|到|上|在|拿去|拿到|送去|送到|跑去)(?:品牌|品牌方)?(?:的)?(?:官方)?(?:的)?$/,
    after: /^(?:上|里|那边|那里)?(?:查|验|鉴定|扫|核验|验证|比对)(?:一下|了)?(?:真伪|真假|正品|防伪|溯源|码|货)?/,
    sentence: /真伪|真假|正品|防伪|溯源|鉴定|验|查出|扫出|显示|吓|懂|特殊|价/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /物流|快递|单号|订单|库存|价格|活动|优惠|发货|保修|维修|证书|报告|附|延迟|预售|跨境|保税|报关|海关|(?:帮|替|给)(?:您|你)查|如果|假如/],
    deniable: false,
    scope: 'clause',
  },
  {
    // Genuineness under a check not vouched for: 我们不保证能过专柜验货 (not 不保证能过海关).
    words: ['不保证', '不敢保证', '保证不了', '没法保证', '不能保证', '无法保证', '不包'],
    severity: 'block',
    message: '说不保证商品能通过专柜或鉴定，暗示不是正品（规则 2.8）',
    after: /^(?:您|你)?(?:能|可以|一定|百分百)?(?:过|通过)(?:专柜|柜台|鉴定|验|得物|识货)/,
    notSentence: [REMEDY, PROOF_CLAIM, /如果|万一|海关|安检|审核|质检/],
    deniable: false,
  },
  {
    // The mark altered, the rest the same: C家的“姐妹款”，logo稍微改了点，其他一模一样 (not 品牌换了新logo).
    words: ['logo', '商标', '标志'],
    severity: 'block',
    message: '说商品只改了商标、其他和大牌一样，暗示是山寨货（规则 2.8）',
    sentence: [/(?:logo|商标|标志)[^，。]{0,4}(?:改|换|动|调)/, /其他|其余|别的|一模一样|同款|[a-z]家|大牌|专柜|正品|姐妹款/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, PROOF_CLAIM, /新|旧|升级|品牌方|官方|今年|去年|不改|不换|侵权|谨防/],
    deniable: false,
  },
  {
    // Only an expert could tell: 跟真表的差别只有专业人士才看得出来 (not 只有仔细看才看得出线头).
    words: ['才看得出', '才分得清', '才认得出', '才分辨得出', '才能看出', '才能分辨', '才能认出', '才分得出', '才辨得出'],
    severity: 'block',
    message: '说只有专家才分得出商品和正品，暗示不是正品（规则 2.8）',
    before: /只有[^，。！？]{0,10}$/,
    sentence: new RegExp(`${GENUINE_REF.source}|真表|真包|真鞋|真[的货]`),
    notSentence: [REMEDY, GENUINE_CLAIM, OTHERS_OR_WARNING, /色差|线头|瑕疵|划痕|颜色|建议|教您|方法/],
    deniable: false,
  },
  // Round 8 (t8-283), general tests.
  {
    // Round 31 (t31c): the goods said not to come off the maker's own line, with the price or a wink that explains it (这批不是从酒庄那条线出来的…
    // 这个名头一瓶才三百多，懂酒的朋友都明白; 不是从原厂生产线下来的，所以便宜). Warned, as the channel bypass above: a parallel import told honestly
    // is lawful.
    words: ['酒庄', '原厂', '品牌方', '品牌', '官方', '厂家', '专柜', '正厂', '总代', '酒厂', '药厂', '官方工厂'],
    severity: 'warn',
    message: '说商品不是从品牌方自己的产线出来却便宜，暗示不是正品（规则 2.8）',
    before: /(?:不是|并非|并不是|没|没有|不)从$/,
    after: /^(?:自己|本身|官方|直营)?(?:的)?(?:那边|那里|那儿|那条线|那条产线|的线|的产线|的生产线|生产线|产线|线|直接|正规)?(?:上)?(?:出来|出厂|出的|下来|发出|流出)/,
    window: 60,
    sentence: /便宜|价格?(?:才|自然|当然|肯定|所以|您也)?(?:低|这么低|实惠|美丽|看到)|这个价|才[0-9一二两三四五六七八九十几百]+|懂的|懂酒|懂行|明白|您懂|你懂|喝不(?:太)?出|看不(?:太)?出|差别|区别|差不多/,
    deniable: false,
    notSentence: [REMEDY, ADVICE, OTHERS_OR_WARNING, /平行进口|平行货|保税|报关单|溯源码/],
  },
  {
    // Round 31 (t31c): the goods remade by us after an original the buyer cannot have (绝版画册我们是找人一页一页重新做出来的…原书现在拍卖行要好几千;
    // 原版早停产了，我们自己按原样重新印的): a copy sold as the thing. Not a publisher's reprint (出版社重印的第三版) nor our remake of a faulty order
    // (刻字错了，我们重新做一个).
    words: ['重新做', '重做', '重新印', '重印', '翻印', '重新制作', '重新复制', '翻做', '重新刷', '原样做'],
    severity: 'block',
    message: '说商品是照着原件重新做的，暗示是复制品（规则 2.8）',
    before: /(?:我们|我|找人|请人|自己|店里|工厂|厂里|师傅)[^，。！？]{0,10}$/,
    window: 80,
    sentence: /原书|原版|原件|原画|原作|真迹|当年|绝版|停产|正版|原装|拍卖/,
    deniable: false,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /出版社|刻字|定制|补发|重发|售后|破损|错了|有问题|不满意|返工|照片|您的图|您发的/,
      // Round 35 (t35c): the original withdrawn as non-compliant (没有审图号, 国内不允许销售) and a different, compliant edition on sale
      // instead (重新印制的中文版, 按国内标准重印的国内版): a correction, not a copy passed off — unless likeness to the original rides along.
      COMPLIANT_REEDITION],
  },
  {
    // Made after the genuine article or another market's version: 内地工厂照着港版做的, 参照着正品一比一做的
    // (not 照着您发的图做的, 照着绘本做手工).
    words: ['照着', '仿照', '参照着', '比照着', '照葫芦画瓢'],
    severity: 'block',
    message: '说商品是照着正品做的，暗示是仿品（规则 2.8）',
    // (round 43, t43e: …or the pack printed after it — 包装纸是照着瑞士版印的)
    after: /^(?:着)?(?:原版|正品|专柜|柜台|大牌|品牌|原厂|原装|真品|正版|真货|真的|[\u4e00-\u9fff]{0,2}版|[a-z]+家|[a-z]+的)[^，。！？]{0,6}?(?:做|仿|生产|开模|出|造|弄|打|印)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:您|你)(?:发|给|的)|定制|刻字|说明书|步骤|教程|要求|标准|规范/],
    deniable: false,
  },
  {
    // Round 39 (t39d): made after another maker's formula, drawings, mould or bottle, named by its name (外面的工厂照着资生堂男士的配方和瓶子做的;
    // 工厂照着世达的图纸和模具做的), with a likeness, the brand's mark or warranty, or its channel denied beside it. Not a recipe of a
    // family or a tradition, a standard, the buyer's own drawing, nor a compatible or own-brand line.
    words: ['照着', '按照', '仿照', '参照着', '按着', '比照着'],
    severity: 'block',
    message: '说商品是照着品牌的配方、图纸或模具做的，暗示是仿品（规则 2.8）',
    // (round 39, t39m: any kin as the owner — 照着姥姥传下来的配方做的)
    after: new RegExp(String.raw`^(?!您|你|客户|顾客|我们|我|自己|咱|老|传统|古法|国标|国家|标准|行业|图片|照片|视频|样品|说明|${KIN}|师傅|设计师)[\u4e00-\u9fffa-z]{1,8}?的(?:[^，。！？的]{0,4}?)(?:配方|瓶子|瓶型|瓶身|图纸|模具|模子|外观|外形|包装|外壳|版型)(?:和[^，。！？]{1,4})?[^，。！？]{0,3}?(?:做|仿|生产|开模|造|复制|调|灌)`),
    sentence: /像|一样|一模一样|没区别|差不多|不是(?:从|原厂|品牌|官方)|官方|保修|(?:标|logo|商标|字样)[^，。！？]{0,8}(?:都有|也有|有的|印着|印了|照印)|正品|原装|专柜|渠道/,
    // (外面的工厂 is the maker here, not the market outside)
    notSentence: [REMEDY, OTHERS_OR_WARNING_BUT_MAKER, STRICT_GENUINE_CLAIM, OWN_MARK, /兼容|副厂|平替|第三方|原创|授权|(?:您|你)(?:发|给|的)|定制|教程|步骤|传统|古法|祖传|家传|秘方|老配方/],
    deniable: false,
    // (not goods that are an imitation by nature — 仿真花照着真花的外形做的)
    unless: imitationByNature,
  },
  {
    // …or made after something with the brand's making denied: 不是品牌出的，是照着做的.
    words: ['照着', '仿照', '参照着', '比照着'],
    severity: 'block',
    message: '说商品是照着正品做的，暗示是仿品（规则 2.8）',
    after: /^(?:着)?(?:做|仿|生产|开模|出|造|弄|打)/,
    sentence: /不是(?:品牌|官方|原厂|正品|专柜|大牌|正规)|非(?:品牌|官方|原厂)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    // Not the real thing but as good, or a version as good as it: 不是真的，但比真的还真; 芯片版的，NFC一碰就显示正品信息，跟真的一样
    // (not 仿真花跟真的一样, 是正品，跟专柜的一样).
    words: ['比真的还真', '比真的还', '比正品还', '跟真的一样', '和真的一样', '跟真的没区别', '和真的没区别', '跟真的没两样', '跟正品一样', '和正品一样', '跟正品没区别', '和正品没区别'],
    severity: 'block',
    message: '说商品“跟真的一样”并带出版本或否认，暗示不是正品（规则 2.8）',
    sentence: /版的|版本|批次|不是真的|不是正品|不是原装|芯片|做工|工艺|还真/,
    notSentence: [REMEDY, GENUINE_CLAIM, OTHERS_OR_WARNING, /仿真|花|植物|绿植|模型|玩具|手办|娃娃|假发|睫毛|美甲|照片|图片|实物图|颜色|色号|效果图/],
    deniable: false,
  },
  {
    // A guarantee of genuineness refused: “假一赔十”这个我们不敢承诺哈，您懂的 (REMEDY would read it as the promise).
    words: ['假一赔十', '假一赔三', '假一罚十', '假一赔', '保真', '正品保证', '保正品'],
    severity: 'block',
    message: '拒绝承诺正品或假一赔十，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,8}?(?:(?:不敢|不能|没法|无法|不好|不)(?:承诺|保证|打包票|打保票|写|答应|做)|做不到|承诺不了|保证不了)/,
    scope: 'clause', // 正品保证，发货时间我们不承诺: the refusal is of something else (round 10)
    notSentence: [/平台|规定|乱|随便|口头|怎么/],
    deniable: false,
  },
  {
    // How much like the genuine the buyer wants: A级B级C级我们都有，看您要多像的.
    words: ['多像', '多逼真', '像到什么程度', '多真'],
    severity: 'block',
    message: '让买家选“要多像”的档次，暗示是仿品（规则 2.8）',
    before: /要$/,
    notSentence: [REMEDY, /颜色|色号|照片|图片|妆|造型|发型|仿真花|模型/],
    deniable: false,
  },
  {
    // The same goods but for the proof, hence the price: 一模一样的包，就是不带那张“身份证”，所以便宜这么多
    // (not 颜色一模一样，就是没有赠品，所以便宜点).
    words: ['一模一样', '一样的'],
    severity: 'block',
    message: '说商品和正品一样只是缺了凭证所以便宜，暗示不是正品（规则 2.8）',
    sentence: [/(?:就是|只是|只不过|唯一)[^，。]{0,3}(?:不带|没有|没|少了?|缺)/, /所以便宜|才便宜|便宜这么多|便宜那么多|价格?(?:差|低)这么多/],
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /赠品|礼盒|简装|裸装|包装|小样|颜色|配色|容量|规格|旧款|老款|税/],
    deniable: false,
  },
  {
    // Imported outside, domestic inside: 外盒是进口的，里面的东西其实是国产贴的标 (not 这款其实是国产品牌).
    words: ['其实是', '实际是', '实际上是', '其实都是', '里面是', '里面的东西是'],
    severity: 'block',
    message: '说进口外包装里其实是国产货，暗示不是正品（规则 2.8）',
    after: /^(?:在)?(?:国产|国内|内地|本地|这边)/,
    sentence: /进口|外盒|外包装|包装|里面|原装|港版|海外|品牌|标/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /国产品牌|国货|自有品牌|本土品牌|中文标签|中文标|仓|发货|发的|保税/],
    deniable: false,
    unless: otherSellersClaim,
  },
  {
    // The surplus of a factory or export order: 外单多出来的，标都没剪 (not 订单多出来的运费退您).
    words: ['多出来的', '多做出来的', '多做的', '剩下来的', '剩出来的'],
    severity: 'block',
    message: '说商品是工厂或外贸订单多出来的货，暗示不是正品（规则 2.8）',
    before: /(?:外单|外贸单|工厂|厂里|代工厂|大牌|品牌)(?:订单)?$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /运费|邮费|差价|钱|退您|赠品|自家|自有品牌/],
    deniable: false,
  },
  {
    // A generic mould with a brand's mark put on: 公模加标的款，和大牌用的是同一套模具.
    words: ['加标', '贴标的款', '打标的款', '公模'],
    severity: 'block',
    message: '说商品是通用模具加上品牌标，暗示是假货（规则 2.8）',
    sentence: [/公模|模具|私模/, /加标|大牌|品牌|logo|牌子|同一套/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文|标签|无品牌|没有品牌|不带logo|无logo/],
    deniable: false,
  },
  {
    // Round 38 (t38b): a generic board flashed with the brand's boot screen (同方案的公版机，刷了盯盯拍的开机画面; 白牌平板刷成了大牌的开机logo): the
    // brand's mark put on in software. Not a boot screen the buyer asks for (开机画面可以定制成您公司的logo), nor the brand's own update.
    words: ['开机画面', '开机logo', '开机动画', '启动画面', '开机界面', '开机图标', '启动logo', '开机标志'],
    severity: 'block',
    message: '说通用机刷上了品牌的开机画面，暗示不是正品（规则 2.8）',
    before: /(?:刷|改|换|做|弄|烧)(?:了|成|上|过)[^，。！？]{1,8}?的$/,
    scope: 'clause',
    sentence: /公版|公模|同方案|方案机|白牌|杂牌|无牌|贴牌|其实|不是官方|不是原厂|不是品牌|官方(?:那个|那款|的)|原厂(?:那个|那款)|一样|没区别|差不多/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /定制|您的|您公司|你公司|贵公司|自定义|个性|专属|最新|更新|升级|自有品牌/],
    deniable: false,
  },
  {
    // The brand's mark put on afterwards, the goods themselves generic: 牌子是贴上去的，东西是普通工厂出的, logo是后来印上去的
    // (not 中文标签是后来贴上去的).
    // Round 39 (t39d): …by more crafts (铭牌上的Makita是后来丝印的, 底标是我们自己贴花烧上去的), on a maker's plate, backstamp or skin (铭牌,
    // 底标, 电池的皮), or a label named by the brand (贴的泷井标); the goods bulk or the mark ours (散装, 我们自己).
    words: ['贴上去的', '印上去的', '绣上去的', '烫上去的', '后来印的', '后来贴的', '后加的', '后印的', '后贴的', '后绣的'],
    severity: 'block',
    message: '说品牌标识是后加的、商品本身是普通货，暗示是假货（规则 2.8）',
    // (round 40, t40h: …the bare mark, 锅的标是后印的, and the goods from a home works — 锅是国内厂子出的)
    sentence: [/牌子|logo|商标|品牌|大牌|标志|铭牌|底标|底款|(?<![中背])(?:的|贴|印|打)[^，。！？]{1,5}标(?![签准题价注明记号语])|(?<![中背文])(?:的|上的)标(?:是|都是)|(?:电池|电池包|电芯|充电宝|机身|外壳)的?(?:外)?皮/,
      /普通|工厂|厂里|厂子|小厂|国内厂|无牌|杂牌|国产|本身|白牌|公模|散装|(?<!不是|并非|没有)(?:我们|店里)(?:自己)?(?:[^，。！？]{0,4})(?:贴|印|烧|烫|绣|刻|喷|丝印)/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, LAWFUL_REPACK, OWN_MARK, /中文|背标|贴纸|检验检疫|价签|条码|溯源|刻字|定制|姓名|名字/],
    deniable: false,
  },
  {
    // Round 39 (t39d): …by a craft of marking, done later or by us (铭牌上的Makita是后来丝印的, 皇家道尔顿的底标是我们自己贴花烧上去的):
    // such verbs also tell how a maker marks its own goods (logo是丝印的，不易磨损), so the later time or our hand must be said.
    words: ['丝印的', '丝印上去的', '移印的', '移印上去的', '烧上去的', '烤上去的', '镭雕的', '镭雕上去的', '激光打上去的', '激光刻上去的', '刻上去的', '喷上去的', '压上去的', '打上去的'],
    severity: 'block',
    message: '说品牌标识是后加的、商品本身是普通货，暗示是假货（规则 2.8）',
    before: /(?:后来|后期|事后|之后|后面|后补|(?<!不是|并非|没有)(?:我们|店里|咱们)(?:自己)?|(?<!不是|并非|没有|品牌|原厂|官方)自己)[^，。！？]{0,6}$/,
    sentence: /牌子|logo|商标|品牌|大牌|标志|铭牌|底标|底款|(?<![中背])(?:的|贴|印|打)[^，。！？]{1,5}标(?![签准题价注明记号语])|(?:的|上的)[a-z]{3,}(?:是|都是)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /中文|背标|贴纸|检验检疫|价签|条码|溯源|刻字|定制|姓名|名字|您的|您公司|你公司|贵公司|个性|专属|纪念|照片|图案/],
    deniable: false,
  },
  {
    // Round 44 (t44h, dev HM): the brand's mark said to be made by us, in the plain past (铭牌是我们自己打的, logo是店里自己印的) — the
    // 打上去的 cue above needs a 上去; a shop's own brand or a buyer's custom print is no copy (OWN_MARK, 定制, 刻字).
    words: ['自己打的', '自己印的', '自己贴的', '自己绣的', '自己烫的', '自己刻的', '自己丝印的', '自己喷的', '自己做的标', '自己配的'],
    severity: 'block',
    message: '说品牌标识是后加的、商品本身是普通货，暗示是假货（规则 2.8）',
    before: /(?:(?<!不是|并非|没有)(?:我们|店里|咱们|厂里|工厂|这边)|(?<!品牌|原厂|官方)(?:是))$/,
    sentence: /牌子|logo|商标|品牌|大牌|标志|铭牌|底标|底款|车标|(?<![中背])(?:的|贴|印|打)[^，。！？]{1,5}标(?![签准题价注明记号语])|(?<![中背文])(?:的|上的)?标(?:是|都是)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /中文|背标|贴纸|检验检疫|价签|条码|溯源|刻字|定制|姓名|名字|您的|您公司|你公司|贵公司|个性|专属|纪念|照片|图案|自有|自家品牌|原创/],
    deniable: false,
  },
  {
    // Round 44 (t44h, dev HM): the goods said to give themselves away to one who knows, by a sense (送给懂行的人一闻就露馅了, 行家上手一摸就穿帮):
    // only a copy fears the expert. Not a surprise spoiled (别提前说，不然就露馅了) nor dumplings.
    words: ['露馅', '露陷', '穿帮', '露底', '现原形', '被看穿', '被认出来', '被识破'],
    severity: 'block',
    message: '说懂行的人一看就能识破，暗示不是正品（规则 2.8）',
    before: /(?:懂行|行家|内行|识货|懂的人|懂货|专业的人|老玩家|资深|柜姐|专柜|鉴定师|老手)[^，。！？]{0,8}?(?:一|稍微|稍|随便)?(?:闻|看|摸|试|尝|喝|用|验|比|戴|穿|上手|掂|听|拿)(?:一下|一眼|一口)?(?:就|便|立马|马上|准|肯定|铁定)(?:会|能|得)?$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /饺子|包子|汤圆|月饼|馅料|惊喜|生日|求婚|礼物的事|提前说/],
    deniable: false,
  },
  {
    // Round 44 (t44h, dev HM): goods made for a brand or a store abroad, the labels cut, leaked out of the factory (给日本百货公司做的货，
    // 标剪掉了才流出来的): the 尾单/原单 story with neither word. Not an outlet's own cut-label explanation with no leak (专柜过季剪标款).
    words: ['流出来', '流出', '漏出来', '偷出来', '拿出来', '带出来', '放出来'],
    severity: 'block',
    message: '说是工厂给品牌做的货剪标流出，暗示不是正品（规则 2.8）',
    sentence: /(?:剪|撕|拆|去|磨|割)(?:了|掉|过)?(?:的)?(?:标|吊牌|领标|商标|logo|洗标)|(?:标|吊牌|领标|商标|logo|洗标)(?:都|已经|是)?(?:被)?(?:剪|撕|拆|去|磨|割)(?:了|掉|过)|剪标|去标|撕标/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /漏水|漏液|流出液体|液体|汁|油|血|奶|眼泪|汗|消息|照片|视频|信息/],
    deniable: false,
  },
  {
    // The brand's own records do not know the goods, waved off: 原厂那边查不到这批的记录，但东西没问题; 品牌官网查不到，您别去查了
    // (not 官网查不到可能是系统延迟).
    // (round 36, t36b: …in other words for the records' silence — 编号品牌售后那边登记不上，自己骑没毛病)
    words: ['查不到', '查不出', '没有记录', '没记录', '查无', '登记不上', '登记不了', '录不上', '查不着', '系统里没有', '系统里查不到'],
    severity: 'block',
    message: '说品牌方查不到这批货却叫买家别在意，暗示不是正品（规则 2.8）',
    before: /(?:品牌|原厂|官网|官方|专柜|厂家)(?:方)?(?:那边|那儿|系统|网站)?[^，。！？]{0,6}$/,
    after: /^[^。！？]{0,12}?(?:(?:但|不过|可是)[^，。]{0,6}(?:没问题|放心|一样|不影响)|别(?:去)?查|不用查|没必要查|不影响|正常|无所谓|没关系|别费劲|白费劲|不用费劲|别白费|没毛病|不耽误|自己(?:用|骑|穿|戴|背|开|玩)(?:的话)?(?:没|不|完全|照样|一样))|^[^。！？]{0,6}?(?:因为|是因为|毕竟|原因是)(?:这批|这款|这个|它|我们这批|我们这款)?(?:不是|并非|并不是)(?!国行|行货|国内|大陆|从)[^，。！？]{1,8}?(?:工厂|厂里|厂家|原厂|品牌方?|官方)(?:那边)?(?:出来|出|生产|做|造|产)/,
    // (round 39, t39d: …or explained by another maker — 序列号在官网也查不到，因为不是佳明工厂出来的; not a compatible part's)
    notSentence: [REMEDY, OTHERS_OR_WARNING, /兼容|副厂|第三方品牌|延迟|更新|小时|稍后|明天|入库|同步|系统(?:延迟|更新|维护|同步|问题|故障|还没|繁忙|升级|原因)|物流|快递|单号|订单|联系我们|换货|退|保修/, HOME_RECORDS_ONLY],
    deniable: false,
  },
  {
    // Genuine goods priced elsewhere: 真品是另一个价位，这个是平替版本 (the goods sold are not them).
    words: ['另一个价位', '另一个价', '另外的价', '另外一个价', '另一个价钱', '另一个档次'],
    severity: 'block',
    message: '说正品是另一个价位，暗示在售商品不是正品（规则 2.8）',
    before: /(?:正品|真品|真货|真的|专柜(?:的|货)?|原装|正版|保真)(?:的话)?(?:是|就是|那是|得是|属于)?$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /容量|规格|套装|礼盒|尺码|小样|大瓶|型号|配置/],
    deniable: false,
  },
  // Round 9 (t9a), general tests: what every wording of the phenomenon must contain.
  {
    // Genuineness denied, then likeness conceded: 不是品牌原液，但味道九成像; 鉴定软件过不了，但肉眼看完全一样; 不是瑞士原厂的，
    // 不过外观跟原厂几乎一样 (not 不是原厂配件，但和原厂的一样好用; 不是正品包装，但里面是正品).
    words: ['像', '一样', '一模一样', '差不多', '没区别', '没差', '没两样', '一个样', '看不出', '分不出', '认不出', '以假乱真', '无异', '相似', '接近'],
    severity: 'block',
    message: '先说商品不是正品或过不了鉴定、再说和正品很像，暗示是仿品（规则 2.8）',
    before: /(?:但|但是|不过|可是|却|然而)[^，。！？]{0,12}$/,
    scope: 'clause',
    notAfter: /^(?:很|是|好用|高|能|可以|有|要|会|都|也|受欢迎)/, // 性价比一样很高: 一样 as 'equally'
    sentence: /(?:(?:不是|并非|并不是|非)[^，。！？]{0,5}(?:品牌|原厂|官方|正品|专柜|原装|原版|正版|真的|真货|真品|原液|原浆|原牌|大牌)|(?:鉴定|验|得物|专柜|防伪|识货)[^，。！？]{0,8}(?:过不了|通不过|不通过|验不过|鉴定不过|扫不出|查不到)|假的|不保真)[^。！？]{0,24}(?:但|不过|可是|却|然而)/,
    notSentence: [REMEDY, GENUINE_CLAIM, OTHERS_OR_WARNING, /旗舰店|价格?[^，。]{0,3}(?:不同|不一样|差)|颜色|色差|尺码|自有品牌|国货|原创|国产品牌|延迟|系统|包装(?:不同|不一样|换了|升级)|性价比/],
    // Round 43 (t43j): a part or compatible kind said to work like the original (兼容墨盒不是原装的，但效果和原装一样) is the disclosure — not
    // a likeness to the original itself (第三方兼容的，不是原装的，但跟原装一模一样 / 装上去看不出来): that is the wink the exemption must not cover.
    unless: (ctx, start, end) => PART_KIND.test(sentenceOf(ctx, start, end)) && !likenessToOriginal(ctx, start, end),
    deniable: false,
  },
  {
    // The maker is not the brand, in any wording: 不是品牌那边直接出的, 不是原厂做的，是深圳一个小厂出的, 不是品牌方生产的
    // (not 不是品牌出的，是我们的自有品牌; 不是官方直接发货，是保税仓发的; 赠品不是品牌出的).
    words: ['品牌', '官方', '原厂', '大牌', '专柜', '正品厂', '品牌商', '厂商'],
    severity: 'block',
    message: '说商品不是品牌/原厂出的，暗示是仿品（规则 2.8）',
    before: /(?:不是|并非|并不是|非|也不是)(?:从|由)?$/,
    after: /^(?:方|家)?(?:那边|那儿|那里|自己|本身|仓|工厂|厂)?(?:直接|亲自|正式|原厂)?(?:出的|做的|生产的|产的|造的|制造的|出品|做出来|生产出来|出来的)/,
    // …or not out of its own warehouse or works (不是从品牌仓出来的).
    notBefore: /(?:是不是|是否)$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /自有品牌|自己的品牌|自家品牌|国货|原创|国产品牌|本土品牌|赠品|小样|试用|周边|配件|兼容|耗材|免税|代购|保税|采购|进货|跨境|直邮|发货|市面上|市场上|网上|有些店|别家|其他店|谨防|不卖|不做|举报|(?:是不是|是否)/, PART_DISCLOSED], // (PART_DISCLOSED: round 54, eng54c)
    deniable: false,
  },
  {
    // Whoever sees it will not tell, said where a gift, a show or genuineness is the topic: 送女朋友的话这款够了，她看不出来的😏,
    // 送老婆够用了，她分不出来的, 对方肯定看不出是不是专柜的 (not 小线头她看不出来的, 包装严实她看不出来里面是什么, 对方看不出价格).
    words: ['看不出', '认不出', '分不出', '瞧不出', '分不清', '辨不出', '看不穿', '发现不了', '察觉不了', '看不出来', '认不出来', '分不出来'],
    severity: 'block',
    message: '说送人或用出去别人看不出真假，暗示不是正品（规则 2.8）',
    before: /(?:她|他|别人|外人|旁人|朋友|对方|人家|一般人|路人|同事|闺蜜|老婆|老公|女朋友|男朋友|对象|收礼的人|没人|谁)(?:都|也|能|会|根本|压根|绝对|肯定|是|可|应该|保证|一般)*$/,
    sentence: /送|晒|朋友圈|出门|拿出去|带出去|戴出去|穿出去|背出去|正品|真假|真的|真货|牌子|logo|专柜|平替|原版|大牌|😏|🤭|😉|够了|够用/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, FLAW, /价格|价签|价钱|多少钱|发票|小票|里面是什么|里面装|惊喜|快递|隐私|面单|胶|补|修|遮|痘|斑|皱|妆|颜色|色号|不是正品不|保证正品|都是正品/],
    deniable: false,
  },
  {
    // …and the positive form after nobody: 朋友圈晒出去没人能认出来是不是正品, 背出门谁也认不出来这是平替.
    words: ['认出来', '看出来', '认得出', '看得出', '分得清', '分得出', '发现'],
    severity: 'block',
    message: '说送人或用出去别人看不出真假，暗示不是正品（规则 2.8）',
    before: /(?:没人|没有人|谁)(?:都|也|能|会|根本|压根|绝对|肯定|可)*$/,
    sentence: /正品|真假|真的|真货|牌子|logo|专柜|平替|原版|大牌|仿|😏|🤭/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, FLAW, STRICT_GENUINE_CLAIM, /价格|价签|发票|小票|里面是什么|惊喜|快递|隐私|面单|颜色|色号/],
    deniable: false,
  },
  {
    // One part genuine, the rest from another maker: 盒子是原厂的，里面的机器是第三方组装的; 机芯是国产的，外壳刻的是瑞士的牌子;
    // 用回收的包材灌装的，管子是正品的管子 (not 盒子是原厂的，说明书是我们翻译的; 国产品牌，机芯是日本原装的).
    // (round 40, t40h: …or the goods made apart by a factory — 盒子是正品盒子，鞋是鞋厂另外出的)
    // (round 42, t42d: …or the inside put together from parts pulled out of other units — 外壳和盒子是原装的，主板是拆机件拼起来的)
    words: ['第三方', '国产', '小厂', '代工', '回收', '组装', '灌装', '工作室', '自己调', '自己配', '自己做', '自己灌', '散货', '杂牌', '白牌', '另外出的', '另外做的', '另外生产的', '另外加工的', '另出的',
      '拆机件', '拆机的', '拆机货', '拼起来', '拼凑', '拼出来',
      // (round 43, t43h: …or refilled from bulk — 新西兰原罐，里面的粉是我们拿大包粉换装进去的)
      '换装', '大包粉', '大袋粉', '大包装的', '大桶装的', '装进去的', '倒进去的'],
    severity: 'block',
    message: '说商品只有外壳或部分是正品、其余另有来源，暗示不是正品（规则 2.8）',
    // (round 43, t43h: …a foreign label or can — 瓶子标签是美国的，片子是国内代工厂压的; 罐子确实是新西兰原罐; 国内灌装完再贴的日文标)
    sentence: new RegExp(`(?:盒子?|瓶子?|管子?|罐子?|外壳|壳子?|外盒|包装|包材|瓶身|罐身|表壳|表盘|表带|表圈|外观|logo|标签|标|面料|皮料|五金|鞋面|鞋底|屏幕)(?:确实|真的|的确|倒是)?(?:是|用的是?|都是|也是)?(?:瑞士|法国|意大利|日本|美国|德国|英国|韩国|澳洲|澳大利亚|新西兰|荷兰|原厂|正品|原装|原版|专柜|品牌|大牌|真)的?|(?:刻|印|贴|绣)的是[^，。]{0,6}(?:牌子|logo|商标|品牌)|${FOREIGN}原(?:罐|瓶|桶|盒|袋|包装)|(?:贴|印|换)(?:的|了|上)?(?:日文|英文|韩文|外文|法文|德文|意大利文|泰文|原装|进口)(?:的)?(?:标|包装|贴纸)`),
    // (round 43, t43h: …nor 换装 as a pack redesigned — 品牌官方有换装公告)
    notAfter: /^(?:品牌|牌子|化|替代|的品牌|机构|检测|鉴定|平台|物流|快递|计划|活动|服务|费|说明|教程|步骤|公告|通知|升级|新包装|前后|版)/,
    // (round 37, t37f: the agent may take two words — 并非店里自己灌装)
    // (round 46, t46k: …or the way of refilling — 整瓶原装，不散装灌装, 从不拆零分装)
    // Round 15 (fa15): the other source denied outright, nothing between the denial and the word (原瓶原装…，不是国内灌装; 并非第三方组装) —
    // the shared denial test is off here because 里面不是进口是国产 denies the genuine part.
    // (round 29, t29c: …or filled by the maker at the source — 酒庄原瓶灌装后整瓶进口)
    notBefore: new RegExp(`(?:不是|并不是|并非|绝非|没有|没|从不|不)(?:在)?(?:国内|本地|我们|自己|二次|后期|私自|这边|店里|第三方|外面|外包|工厂|散装|拆零|拆散|大桶|大包){0,2}(?:的)?(?:(?:分装|灌装|组装|勾兑|调配|重印)(?:或者|或|和|及))?$|${FILLED_AT_SOURCE.source}|${COUNTRY_BEFORE_GUO.source}`),
    // (round 41, t41l: …nor the split told on the page — 玻璃瓶是意大利进口的，橄榄油是国产的，详情页写明了)
    // (round 43, t43h: a price set against other shops, 比别家低, is no warning about them)
    // (round 63, engfa63: …nor the brand itself the one who put it together or filled it — 表壳是品牌在香港组装的: BRAND_DID_IT)
    notSentence: [REMEDY, OTHERS_OR_WARNING, ORIGIN_DISCLOSED, LAWFUL_REPACK, BRAND_DID_IT, /(?:都是|保证|百分百|绝对|就是|纯)正品|正品保证|报关|(?:里面|内部|东西|产品)(?:也|都)?是(?:正品|原装|原厂)|假一赔/, /授权|自有品牌|自己的品牌|国货|国产品牌|新包装|包装升级|换新包装|统一换|电脑|主机|家具|积木|拼装|环保|以旧换新|积分|说明书|中文标签|中文标|翻译|电池|配件|赠品|不会|从不|没有(?:分装|灌装|组装)/],
    deniable: false,
  },
  {
    // …or the part that matters swapped for a cheap one: 表带和表盘都是原厂件，机芯换成了便宜的 (not 电池换成了新的).
    words: ['换成', '换了', '替换成', '换过', '改成'],
    severity: 'block',
    message: '说商品只有外壳或部分是正品、其余另有来源，暗示不是正品（规则 2.8）',
    after: /^(?:了)?(?:便宜|国产|普通|杂牌|别的牌子|其他牌子|第三方|我们自己|自己的|组装|山寨|非原)/,
    sentence: /(?:盒子?|瓶子?|外壳|壳子?|外盒|包装|瓶身|表壳|表盘|表带|表圈|外观|logo|面料|皮料|五金|鞋面|屏幕)(?:和[^，。]{1,4})?(?:是|用的是?|都是|也是)?(?:原厂|正品|原装|原版|专柜|品牌|大牌)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /授权|自有品牌|维修|保修|售后|电池|表带换|以旧换新/],
    deniable: false,
  },
  {
    // The real thing priced out of reach, this offered instead: 买不起真的就买这个, 买不到正品的话这个够用.
    words: ['真的', '真货', '正品', '真品', '正版', '专柜货'],
    severity: 'block',
    message: '说买不起真的就买这个，暗示商品不是正品（规则 2.8）',
    before: /(?:买不起|买不到|买不了|舍不得买|不想花那么多钱买)$/,
    sentence: /这个|这款|这种|够用|送人|差不多|就买|将就|凑合|平替|看着/,
    notSentence: [REMEDY, GENUINE_CLAIM, /担心|怕|放心|保证|不会|怎么会|保税|直邮|跨境|活动|补贴|缺货|断货|补货|预售|到货/, PRICIER_OURS],
    asked: true, // 这个价买不到真品？放心… echoes the buyer
    deniable: false,
    // (round 39, t39i: …nor the buyer's circle's doubt reported — 您朋友说这个价买不到正品花洒，这个顾虑我理解)
    unless: doubtReported,
  },
  {
    // …or getting the real thing at this price laughed off: 这个价格买到真的您自己信吗哈哈.
    words: ['真的', '真货', '正品', '真品', '专柜货'],
    severity: 'block',
    message: '以价格嘲讽“买到真的”，暗示商品不是正品（规则 2.8）',
    before: /(?:买到|买得到|拿到|能买到|想买到)$/,
    sentence: [PRICE, /信吗|信不信|可能吗|想多了|做梦|想啥呢|想什么呢|哈哈|😂|🤭|😏|您信|你信/],
    notSentence: [REMEDY, GENUINE_CLAIM, /放心|保证|保税|直邮|跨境|活动|补贴/],
    deniable: false,
  },
  {
    // Genuineness waved off as not mattering: 真的假的重要吗？好用就完了呗, 正品还是仿的有啥关系，能用就行.
    words: ['重要吗', '有啥关系', '有什么关系', '要紧吗', '有关系吗', '有啥区别', '有什么区别', '管它', '管他', '好用就', '能用就', '好看就', '实用就', '用着舒服就', '无所谓'],
    severity: 'block',
    message: '说真假不重要，暗示商品不是正品（规则 2.8）',
    sentence: /真的假的|真假|真不真|正不正|是不是正品|是不是真的|正品还是|真的还是|假不假|是真是假|是不是专柜/,
    window: 30,
    notSentence: [REMEDY, ADVICE, STRICT_GENUINE_CLAIM, OTHERS_OR_WARNING, /当然重要|很重要|非常重要|重要的是|放心|保证/],
    deniable: false,
  },
  {
    // The brand's marks copied onto the goods: 条形码是复制的，扫出来也能显示品牌信息; 防伪码是套用的正品的码.
    words: ['复制的', '克隆的', '套用', '套的', '抄的', '借用的', '复制了', '盗用', '照抄'],
    severity: 'block',
    message: '说条码、防伪码或证书是复制套用的，暗示不是正品（规则 2.8）',
    sentence: [/条形码|条码|防伪码|溯源码|序列号|二维码|防伪|证书|吊牌|鞋标|批号|芯片/, /品牌|正品|原厂|官方|扫出来|扫了|能查|查得到|显示|一样/],
    // 防伪 holds a denial unit, so the cue reads its own denials: 不是复制的, 没有套用.
    // Round 14 (fa14): …nor 套的 closing a longer word (卡片配套的读音, 整套的, 手套的): the anchor straddles two words.
    notBefore: /(?:不是|并非|没有|不会|没|绝不|从不|不)[^，。]{0,2}$|(?:配|成|整|全|外|手|头|枕|被|书|[一两二三几这那每])$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /谨防|假冒|举报|被人|被别人|链接|单号|订单号|地址/],
    deniable: false,
  },
  {
    // A book or course material reproduced by us: 电子版资料是我们自己翻拍整理的，跟原书一模一样; 教材是扫描后重新印的，内容跟原版一样
    // (not 实物图是我们翻拍的, 说明书是复印的).
    // …half in pinyin or in the other script's variant (复yin的, 扫瞄打印的; round 11).
    words: ['翻拍', '翻印', '影印', '复印', '扫描', '翻录', '盗录', '重新印', '拍下来', '录屏', '录下来', '屏录', '扫瞄', '重新排版', '重新印刷', '排版印刷', '自己印刷', '复yin', 'fu印', 'fuyin', '影yin', 'ying印', '翻yin', 'fan印', '扫miao', 'sao描', '翻pai', 'fan拍',
      // Round 42 (t42d): copied by colour print (原版绘本是彩印复制的，内容一样; 教材是彩色复制的).
      '复制', '盗印', '仿印'],
    severity: 'block',
    message: '说图书资料是翻拍、复印或扫描重印的，暗示是盗版（规则 2.8）',
    sentence: [/原书|原版|正版|书|教材|资料|课件|绘本|教辅|题库|讲义|网课|课程|练习册|习题|试卷|册/, /一样|一模一样|一字不差|完整|打印|原书|原版|一致|相同|装订/],
    // Round 23 (t23cd): 扫描版 / 复印本 / 影印版 / 翻印本 are counterfeit-terms' own words (with its kind-described and denial frames): not read twice.
    unless: (ctx, start, end) => /^(?:复印|扫描|影印|翻印)$/.test(ctx.compact.slice(start, end)) && /^[版本]/.test(ctx.compact.slice(end, end + 1)),
    // Round 39 (t39j): …nor a copy said to lose what the original carries (点读码印在原书上，复印之后码就没了，点上去没声音): the copy told as
    // useless, not offered as the same.
    notSentence: [REMEDY, OTHERS_OR_WARNING, DOCUMENTS_28, /图|照片|实拍|视频|不做|不卖|从不|盗版必究|正版授权|原版进口|isbn|版权|出版社|再版|修订|粘贴|链接|网址|文件|文字/, COPY_LOSES],
  },
  {
    // A genuine tier set beside another offered: 两个版本：正品版和细节版，细节版便宜三分之二 (not 国行版和港版都是正品).
    words: ['正品版', '正品款', '真品版', '正品那版', '正品那款', '专柜版', '正品级别', '正品的版本'],
    severity: 'block',
    message: '把“正品版”和另一档并列供选，暗示另一档不是正品（规则 2.8）',
    after: /^(?:的)?(?:和|跟|与|还有|或者|或|、)/,
    sentence: /便宜|一样|看着|差不多|像|价/,
    notSentence: [REMEDY, /都是正品|均为正品|全是正品|国行|港版|日版|美版|海外版|国际版|保税|直邮/],
    deniable: false,
  },
  // Round 10 (t10a), general tests: what every wording of the phenomenon must contain.
  {
    // Genuineness ruled out of after-sales: an authenticity word + a return or after-sales word + a refusal (不接受任何真假问题的
    // 售后, 不支持假货理由退款, 真伪问题不在售后范围内, 鉴定结果不作为退换依据) — not a remedy (鉴定为假全额退款) or a malicious claim.
    words: ['真假', '真伪', '假货', '正品与否', '是否正品', '是不是正品', '正不正品', '真不真', '鉴定结果', '鉴定'],
    severity: 'block',
    message: '以真假问题排除售后或退款，暗示商品不是正品（规则 2.8）',
    // …the refusal next to the return word, after it or before (真伪问题不在售后范围内, 因真假原因申请退货的一律不受理).
    after: new RegExp(`^[^]{0,8}?${RETURN_WORD}[^]{0,4}?${REFUSAL}|^[^]{0,8}?(?:${REFUSAL}|不在|不作为|不算)[^]{0,6}?${RETURN_WORD}`),
    notSentence: AFTER_SALES_EXCUSED,
    deniable: false,
  },
  {
    // …the refusal before the authenticity word: 不接受任何真假问题的售后, 这种情况不支持假货理由退款, 别拿真假来找售后.
    words: ['真假', '真伪', '假货', '正品与否', '是否正品', '是不是正品', '正不正品', '真不真'],
    severity: 'block',
    message: '以真假问题排除售后或退款，暗示商品不是正品（规则 2.8）',
    before: new RegExp(`(?:${REFUSAL}|别拿|别找|别来|不要拿|不要找)[^]{0,4}$`),
    after: new RegExp(`^[^]{0,6}?${RETURN_WORD}`),
    notSentence: AFTER_SALES_EXCUSED,
    deniable: false,
  },
  {
    // Genuine goods at this price asked about and laughed off: 这价能买到真的？亲您想多了哈哈, 这个价格买正品是不可能的
    // (round 29, t29b: not the doubt of the buyer or their circle reported and answered — 您朋友说“这个价格不可能是真的”，价格低是因为…)
    // (not 这个价能买到正品吗？当然能，我们都是正品).
    // Round 34 (t34d): …the legitimate source or goods named instead (这个价怎么可能是正经货源, 哪能是正规渠道的货); not genuine denied twice
    // (这个价怎么可能不是正品，都是保税仓发的).
    words: ['真的', '正品', '真货', '真品', '专柜的', '原装的', '正版的', '专柜货', '正的', '原装', '专柜款', '大牌正品', '正经货源', '正规货源', '正经货', '正规货', '正经渠道', '正规渠道', '正规渠道的货', '正经渠道的货', '正经东西'],
    severity: 'block',
    message: '说这个价买不到真货，暗示不是正品（规则 2.8）',
    before: /(?:能|可能|买得到|能买到|买到|拿到|能拿到|买|拿|指望是|是)[^，。！？]{0,2}$/,
    notBefore: /(?:怎么|怎|哪|哪里|哪儿)(?:可能|会|能)(?:不|没|不会)(?:是|算)?[^，。！？]{0,2}$/,
    // …ending the clause or ruled out (not 买到真的很划算: 真的 as "really").
    // (round 29, t29c: …or the brand named after it, the question closing the clause — 两百块能买到真的海蓝之谜吗; not 真的 as "really"
    // before a verb or an adjective: 能买到真的很好用的吗)
    after: /^(?:吗|么|呢|啊|吧|哦|的)?$|^(?:那|这)?(?:是|也是|都是|就是)?(?:不可能|没可能|不现实|做梦|白日做梦|天方夜|没戏|别想)|^(?![很好太挺超特不是有会能可值划便贵])[^，。！？\s]{2,8}?(?:吗|么)$/,
    scope: 'clause',
    sentence: [/价|钱|块|元|便宜|[0-9一二两三四五六七八九十几][百千万]/, /想多了|想太多|哈哈|做梦|别想|您说呢|你说呢|您觉得|你觉得|天方夜|可能吗|怎么可能|哪(?:里|儿)?(?:可能|能)是|怎么会是|(?<!不)可能吗|不可能|没可能|不现实|开玩笑|想啥呢|想什么呢|醒醒|没戏/],
    window: 24,
    // 能是正品吗 is the question itself, no claim.
    notSentence: [REMEDY, /(?<!不|可能|不会|并非|想|着|指望|算|能|会)(?:是|都是|保证|百分百|绝对|就是|纯)正品|正品保证|(?<!(?:没|无|未|非|不是)[^]{0,4})授权|报关|溯源|假一赔/, /(?:当然|肯定|绝对|保证|都)是(?:真的|正品)|当然能|肯定能|可以的|放心|假货|仿品|不可能是假|买不到假/],
    deniable: false,
    unless: doubtReported,
  },
  {
    // The real thing priced out of this: 这价您还指望是真的吗？, 这个价您还想要专柜的？ (words the cue above does not hold).
    words: ['真的', '专柜的', '原装的', '正版的', '专柜那种', '正的', '原版的'],
    severity: 'block',
    message: '以价格反问暗示商品不是正品（规则 2.8）',
    before: /(?:还想买|还想要|还指望|还想着|还要买|还要)[^]{0,4}$/,
    sentence: /价|钱|块|元|便宜|[0-9一二两三四五六七八九十几][百千万]/,
    notSentence: [REMEDY, GENUINE_CLAIM],
    deniable: false,
  },
  {
    // The genuine tier is elsewhere, so this is not it: 真货在另一个链接，这个链接是便宜的版本; 正品在隔壁链接，价格贵三倍
    // (not 小样在另一个链接, 正品保障，另一个链接也是正品).
    words: ['真货', '正品', '真的', '正的', '真品', '专柜货', '专柜版', '正品版', '专柜款', '专柜那种', '正品款', '真货款'],
    severity: 'block',
    message: '说真货在别处另卖，暗示这件不是正品（规则 2.8）',
    after: /^(?:的话|那款|那种|那个)?(?:在|要|得|请|是|去){0,2}(?:另|别的|其他|其它|隔壁|另外)[^，。！？]{0,4}(?:链接|店|家|款|档|页面|价位|价)/,
    notSentence: [REMEDY, /小样|试用|旅行装|规格|容量|颜色|尺码|套装|也是正品|都是正品|同样是正品|均为正品/],
    deniable: false,
  },
  {
    // A grade or version superlative with nobody able to tell: 这批是市面上版本最高的，一般人根本分辨不出; GF里版本最好的，懂行的才看得出
    // (not 最新版本的系统，一般人用不完).
    words: ['版本', '级别', '档次', '品级', '等级'],
    severity: 'block',
    message: '用“版本最高、级别最好”一类说法配上看不出来，暗示商品是仿品（规则 2.8）',
    sentence: [/最高|最好|最顶|顶级|最高级|顶配|最强|最接近|最贵|头部/, /看不出|分不出|分辨不出|认不出|辨不出|看得出|分得清|认得出|懂行|内行|行家|一般人|没人|谁也|谁都|一眼/],
    notSentence: [REMEDY, /谨防|假冒|举报|投诉|维权|骗子|小心|警惕|别家|有些店|有的店/, STRICT_GENUINE_CLAIM, /系统|软件|app|固件|配置|内存|芯片|型号|会员|vip|游戏|防护|防水|认证|能效|安全/],
    deniable: false,
  },
  {
    // The wink in other words: 这个价位您心里应该有数吧, 心中有数, 心里多少有数.
    words: ['有数'],
    severity: 'block',
    message: '用“心里有数”一类暗语暗示商品不是正品（规则 2.8）',
    before: /(?:心里|心中|心头)(?:应该|肯定|也|都|自然|多少|大概|早就?|都应该)?$/,
    sentence: [/价|钱|块|元|蚊|便宜|版本|做工|[0-9一二两三四五六七八九十几]+(?:千|百|万)/, new RegExp(`${GENUINE.source}|${MAKE.source}|真假|真的|真货`)],
    notSentence: [REMEDY, ADVICE, GENUINE_CLAIM, /地址|物流|快递|尺码|色号/],
    deniable: false,
  },
  {
    // A book printed off a file: 这套英文原版书是PDF打印胶装的, 绘本是电子版彩色打印的 (not 发票可以打印, 电子版说明书).
    words: ['打印', '胶装', '装订', '印出来'],
    severity: 'block',
    message: '说图书是用电子文件打印装订的，暗示是盗版（规则 2.8）',
    sentence: [/pdf|电子版|电子书|扫描件|电子档|网上下载/, /书|教材|绘本|课本|读物|词典|字典|教辅|习题|练习册|乐谱|漫画/],
    window: 30,
    notBefore: PRINTING_DENIED_BEFORE, // round 21 (t21bv): 并非电子版复印装订的
    notSentence: [REMEDY, /谨防|举报|投诉|维权|骗子|小心|警惕|别家|有些店|其他店/, DOCUMENTS_28, /不做|不卖|从不|盗版必究|正版授权|自行打印|您可以打印|自己打印|可打印|赠送|免费/],
  },
  {
    // A check sure to fail, 不过 as the verdict: 去得物验肯定不过, 专柜验铁定通不过.
    words: ['肯定不过', '铁定不过', '绝对不过', '根本不过', '必定不过', '肯定通不过', '铁定通不过', '肯定验不过', '肯定鉴定不过', '百分百过不了', '百分百不过'],
    severity: 'block',
    message: '说商品鉴定或验货肯定通不过，暗示不是正品（规则 2.8）',
    sentence: /鉴定|验|得物|专柜|识货|防伪/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海关|安检|审核|质检|快递|物流|如果|万一|要是|资质|申请/],
    deniable: false,
  },
  {
    // …the verdict in other words, right after the check (拿去柜台验肯定不行; 去专柜鉴定铁定露馅; round 12).
    words: ['肯定不行', '铁定不行', '绝对不行', '肯定露馅', '铁定露馅', '肯定穿帮', '会露馅', '就露馅', '肯定会露馅', '就穿帮', '肯定被认出来'],
    severity: 'block',
    message: '说商品鉴定或验货肯定通不过，暗示不是正品（规则 2.8）',
    before: /(?:验|鉴定|鉴别|扫码|比对|对比|得物|专柜|柜台)[^，。]{0,2}$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海关|安检|审核|质检|快递|物流|如果|万一|要是|资质|申请|退|换|尺码|颜色|色差/],
    deniable: false,
  },
  {
    // The seller not knowing or not sure whether the goods are genuine, and selling on (round 12): 说实话我也不知道真假，反正卖得很好;
    // 是不是正品我们也不确定，用着没问题. Not: 您不知道真假的话可以扫码查 (the buyer's doubt, a check offered).
    words: ['不知道真假', '不清楚真假', '不知道是不是真的', '不知道是不是正品', '不确定是不是正品', '不确定是不是真的', '不敢确定是不是正品', '也不确定', '也不知道', '也不清楚', '说不准', '不好说'],
    severity: 'block',
    message: '卖家自称不知道商品真假，暗示不是正品（规则 2.8）',
    before: /(?:我|我们|咱|本店|小店|店里|卖家)[^，。]{0,4}$|(?:真假|真不真|正不正|是不是(?:正品|真的))(?:这个|这事|方面)?(?:我|我们|咱)?$/,
    sentence: [/真假|真不真|正不正|正品|真的|真货|真伪/, /反正|卖得|好用|能用|用着|质量|回头客|好评|价格|便宜|不影响|没问题|无所谓/],
    window: 30,
    notBefore: /(?:您|你|买家|顾客|客户|如果|要是)[^，。]{0,4}$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /扫码|查询|鉴定|验证|溯源|官网查|核实|问一下|帮您问|帮你问|确认一下|物流|快递|发货/],
    deniable: false,
  },
  {
    // The goods as a copy of the genuine, 复制 as a noun (这支口红是专柜货的复制，色号一样; 大牌的翻版). Not: 说明书是原版的复制.
    words: ['复制', '复制品', '翻版', '拷贝', '复刻品', '仿制'],
    severity: 'block',
    message: '说商品是正品或大牌的复制，暗示是仿品（规则 2.8）',
    before: /(?:专柜|正品|大牌|原版|原款|原厂|真品|品牌|名牌|奢侈品|[a-z]{2,})(?:货|款|包|鞋|表|的款)?的$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, DOCUMENTS_28, /网站|页面|链接|账号|图片|照片|文案|详情页|店铺|(?:他们|有人|别人|人家|朋友|买家|顾客)(?:都)?(?:说|以为|觉得|怀疑)|没有这种|不卖|不做|(?:不是|并非|绝不是)[^，。]{0,6}的(?:复制|翻版|拷贝)/],
    deniable: false,
  },
  {
    // A check waved off with the verb after it (鉴定就不用做了, 防伪码就别去官网扫了) and a shrug or a futile outcome.
    words: ['鉴定', '防伪码', '溯源码', '序列号', '专柜验', '验货', '防伪'],
    severity: 'block',
    message: '劝买家不要鉴定或查验，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,3}?(?:就|也)?(?:不用|别|甭|没必要|用不着|不必)(?:去|再|拿去)?[^，。！？]{0,4}?(?:做|扫|查|验|送|搞|刮)/,
    sentence: new RegExp(`${SHRUG.source}|对不上|不通过|过不了|没毛病|用起来|用着|价`),
    window: 40,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /可以|欢迎|随时|(?<!不)支持|已经|附带|随货|吊牌|拆封|标签|刮开|系统|延迟|物流/],
    deniable: false,
  },
  {
    // Round 12 (t12e): a brand label put on afterwards (原本是没牌子的 后面印上去的标 / logo是后来烫上去的 / 二次贴的牌子), or an
    // aftermarket part under the maker's mark (副厂的 外壳印的是原厂标), in either order. Not the Chinese back label an import
    // must carry (后面贴的中文标签), nor a price tag or barcode.
    words: ['标', 'logo', '商标', '牌子', '标志', '原厂标', '原装标'],
    severity: 'block',
    message: '说品牌标是后加或冒用原厂标，暗示不是正品（规则 2.8）',
    before: /(?:后面|后来|后期|后加|二次|事后|之后|回来)(?:再|才|自己)?(?:印|贴|缝|烫|打|刻|绣|加)(?:上去|上|过)?(?:的)?$|(?:印|贴|缝|烫|打|刻)(?:的是|着|了)?[^，。]{0,4}(?:原厂|原装|官方|正品|原版)$/,
    notAfter: /^(?:签|价|码|准)/,
    sentence: /后面|后来|后期|后加|二次|事后|之后|回来|副厂|兼容|第三方|没牌子|没有牌子|无牌|杂牌|白牌|贴牌|改标/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文标签|中文标|背标|标签|条码|价签|合格证|清关|吊牌|尺码标|洗水标|水洗标|授权|官方/],
    deniable: false,
  },
  {
    // The printed origin contradicted: 包装上写法国进口，其实是义乌那边出的; 外包装印的意大利产，实际是广州工厂做的; 标的是原装电池，其实是副厂的
    // (not 包装上写的是英文，其实是进口原装).
    words: ['其实是', '实际是', '实际上是', '其实都是', '其实就是', '实际上'],
    // (round 43, t43b: the compact view holds no comma, so `after`'s [^，。！？] stops at a clause only with scope 'clause' — 包装上写的是英文，
    // 其实是进口原装，跟国内专柜一样 no longer reads 国内 from the next clause)
    scope: 'clause',
    severity: 'block',
    message: '说包装标的产地或原装其实不实，暗示不是正品（规则 2.8）',
    // (round 38, t38h: …or a maker named by its town, the pack swapped — 印的是日本进口，其实是浏阳厂家做好后换的日文包装)
    after: ORIGIN_BELIED,
    // (round 42, t42d: …or the maker's mark engraved or cast on the blade — 刀身上刻的是日本那家老字号的铭，实际是阳江的厂做的 — and any name the
    // pack carries, the goods then said to be a blend or from home — 包装上写的'蓝山'其实是拼配豆)
    // …or a market version named before it (这款是港版…其实是深版，深圳那边做的; 说是日版，其实是东莞组装的; round 12).
    // (round 43, t43e: …or the name the goods are sold under, an origin in scare quotes or said to be claimed — 这款“瑞士”巧克力其实是东莞
    // 代工的; 说是天然海水珠，其实是贝壳粉压的 — and a stand-in material after it)
    sentence: new RegExp(`(?:写|印|标|贴|注|(?<![立时深此片雕复])刻|铸|烫)(?:的|着|了|的是|着的是)?[^，。]{0,6}(?:${FOREIGN}|原厂|产|制造|made|正品|专柜)|(?:港|美|日|欧|韩|澳|英|德|法|泰)版|海外版|进口版|原装版|(?:包装|外包装|标签|袋子|罐子|盒子|瓶身|罐身|吊牌|证书|铭牌)(?:上)?(?:写|印|标|贴)(?:的|着)(?:是)?[^，。！？]{1,8}?(?:其实|实际)|[“"‘'「]${FOREIGN}[”"’'」]|(?:说是|号称|叫做?|名字叫|打着|挂着|卖的是|对外说|宣传(?:的是|是|成))[^，。！？]{0,4}?(?:${FOREIGN}|天然|纯天然|野生|纯种|纯手工|原生|真皮|纯银|纯金|足金|实木|真丝|纯棉|羊绒|海水)`),
    window: 30,
    // (round 42, t42d: …nor the blend or make told on the page — 其实就是拼配豆，详情页写明了 — nor our own mark on the pack — 包装印的是我们
    // 自己的牌子，其实是小作坊做的)
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /国产品牌|国货|自有品牌|本土品牌|中文标签|中文标|仓|发货|发的|保税|品牌授权|授权工厂|代工生产|官方|写明|标明|注明|如实|已标注/],
    deniable: false,
    unless: otherSellersClaim,
  },
  {
    // Round 43 (t43e): the goods' foreign origin put in scare quotes, then belied (这款“瑞士”巧克力其实是东莞代工的; 所谓的'法国'香水实际是本地
    // 灌装的): the quotes own that the origin the goods are sold under is not theirs. The compact view drops the marks, so the draft's own text is
    // read (scareQuotedOrigin). Not a brand's own OEM told plainly (授权工厂, 代工生产, 写明).
    words: ['其实是', '实际是', '实际上是', '其实都是', '其实就是', '实际上'],
    severity: 'block',
    message: '说包装标的产地或原装其实不实，暗示不是正品（规则 2.8）',
    after: ORIGIN_BELIED,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /国产品牌|国货|自有品牌|本土品牌|中文标签|中文标|仓|发货|发的|保税|品牌授权|授权工厂|代工生产|官方|写明|标明|注明|如实|已标注/],
    deniable: false,
    unless: (ctx, start, end) => !scareQuotedOrigin(ctx, start) || otherSellersClaim(ctx, start, end),
  },
  {
    // Round 38 (t38h): a master's mark copied onto the piece (落款也照刻了, 壶底印章是照着老先生的章刻的, 款识仿着名家写的): in the craft and
    // antique trades the signature or seal is what names the maker, so copying it passes the piece off as the master's. Not a seal cut to the
    // buyer's own words (您的印章照着您给的字刻), nor a reproduction's mark stated as ours (落款是我们工作室的).
    words: ['落款', '款识', '底款', '印章', '签名', '署名', '钤印', '名章', '印款', '刻款'],
    severity: 'block',
    message: '说作品的落款、印章是照着名家/大师仿刻的，冒充名家作品（规则 2.8）',
    after: /^(?:也|都|同样|一样)?(?:是)?(?:照着|仿着|按着|照|仿|模仿|临摹|照搬|复制)[^，。！？]{0,10}?(?:刻|印|签|写|落|盖|做|描)/,
    sentence: /大师|名家|名人|老先生|老师傅的?名|本人|名师|工艺美术|国大师|传承人|[\u4e00-\u9fff]{2,3}款|作品/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:您|你)(?:的|给的|提供的|发的|要的)|定制|刻字服务|私人订制|私人定制|我们(?:自己|工作室)?的(?:落款|印章|款)/],
    deniable: false,
  },
  {
    // Round 38 (t38h): a famous maker's papers or mark waved off (证书是我们自己打印的，名家落款您别太当真; 大师签名看看就好，壶好用就行): the
    // buyer is told not to believe what names the maker. Not a size or colour note (尺码别太当真), nor the buyer's worry about others' papers.
    words: ['别太当真', '别当真', '不要当真', '不用当真', '不必当真', '别太较真', '别较真', '不用较真', '看看就好', '听听就好', '图个好看'],
    severity: 'block',
    message: '让买家别把名家落款、证书当真，暗示作品不是名家真品（规则 2.8）',
    sentence: [/证书|落款|款识|底款|印章|签名|署名|鉴定书|收藏证|证明/, /名家|大师|名人|老先生|工艺美术|国大师|传承人|(?:我们|自己|店里)(?:自己)?(?:打印|印|做|出|写)的/],
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /尺码|色差|网上|别人家|其他店|说明书|评论|排名|榜单/],
    deniable: false,
  },
  {
    // Round 38 (t38h): goods packed in another brand's bag or box (只是借了人家的包装袋装的, 套了人家的盒子; 袋子上印的那个牌子其实不是它家的):
    // the printed brand is borrowed. Not shipping cartons reused (借用别人家的纸箱发货), nor a brand's licence stated.
    words: ['借了人家的', '借人家的', '借别人家的', '借了别人的', '借别人的', '借用人家的', '借用别人的', '借了他家的', '借他家的', '借了它家的', '借它家的',
      '套了人家的', '套人家的', '用的别人家的', '用了人家的', '不是它家的', '不是他家的', '不是他们家的', '不是它们家的', '不是那家的'],
    severity: 'block',
    message: '说商品用的是借来的别家品牌包装，冒用他人品牌（规则 2.8）',
    sentence: [/包装|袋|盒|瓶|壳|标|牌子|logo|商标|吊牌|印的|印着/, /借|套|印|牌子|品牌|logo|商标/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /快递|发货|纸箱|外箱|物流|运输|环保|回收|授权|联名|代理/],
    deniable: false,
  },
  {
    // Round 38 (t38h): what the goods are said or listed to be contradicted, or a check they would fail, and the buyer told they look the
    // same (说是小叶紫檀，其实是血檀泡过色的，外行看不出来; 标题写的原矿紫泥，实际是调配泥加了色粉，跟原矿看着一样; 这批料子过不了检测，但看着跟红木
    // 一模一样): a substitute passed off under the name it cannot carry. Not the substitute stated on the listing (详情页写明了是PU), nor goods
    // openly imitation (仿真花).
    words: ['一模一样', '看着一样', '看起来一样', '看着差不多', '看不出来', '看不出', '分不出来', '分不出', '认不出来', '外行看不出', '肉眼看不出', '没区别', '没什么区别', '没两样'],
    severity: 'block',
    message: '说商品其实不是所标的材质/品名、或过不了检测，但看着一样，暗示以次充好（规则 2.8）',
    sentence: /(?:说是|号称|写的是?|标的是?|印的是?|写着|标着|叫做?|名字叫)[^，。！？]{0,10}?(?:其实|实际上?|实则)(?:是|就是|上是|用的)|过不了(?:国标|行标)?(?:检测|检验|鉴定|测试|质检|验证)|(?:检测|检验|鉴定|测试|质检)(?:也|肯定|估计|应该)?过不了/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /写明|标明|注明|如实|已标注|详情页(?:说明|写)|仿真|模型|假花|道具|不会|从不|绝不/],
    deniable: false,
  },
  {
    // Round 42 (t42d): what the papers, pack or mark say contradicted by what the goods are, and the difference said to go unnoticed (证书上写的是
    // 天然钻石，但其实镶的是莫桑石…平时戴没人看得出; 包装上写的'蓝山'其实是拼配豆…喝不出来的; 刀身上刻的是日本那家老字号的铭，实际是阳江的厂做的…
    // 一般人用不出差别): the goods are not what their label names. Not a size or use note (标签写的是两年保质期，其实开封后半年内用完最好), nor the
    // substitute told on the page (详情页写明了是莫桑石), nor lab-grown or moissanite sold as such.
    words: ['其实', '实际上', '实际', '实则', '事实上'],
    severity: 'block',
    message: '说证书、包装或标识上写的与实物不符、但一般人分辨不出，暗示货不对板（规则 2.8）',
    before: /(?:证书|鉴定书|检测报告|包装|外包装|标签|吊牌|袋子|罐子|盒子|瓶身|罐身|铭牌|标|刀身|表盘|底部|钢印|商标|logo|名字|品名|标题)(?:上|里|背面|底部)?(?:面)?(?:写|标|印|刻|打|贴|注|铸)(?:的|着)(?:是)?[^。！？]{1,14}?(?:[，,](?:但是?|可是?|不过)?)?$/,
    // (round 42, t42i: …or the named content only a share of the goods — 包装上写的是100%蓝山，其实蓝山只占一成)
    after: /^(?:上)?(?:是|就是|都是|[一-鿿]{1,2}的是|用的|[^，。！？]{0,6}?(?:拼配|拼的|混的|兑的|掺|勾兑|国产|国内|本地|厂(?:子|家|里)?(?:做|出|生产)|只占|只有|只放|只加|只含|才占|占不到|不到|不足|顶多占))/,
    window: 40,
    sentence: /看不出|看得出|分不出|分得出|认不出|喝不出|吃不出|尝不出|用不出|测得出|验得出|没人(?:发现|知道|看|分)|一般人|外行|内行才|仪器才|很接近|差不多|一模一样|差别不大|没区别|没差别|区别不大|一样的/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ORIGIN_DISCLOSED, /写明|标明|注明|如实|已标注|详情页(?:说明|写)|保质期|有效期|生产日期|尺码|码数|偏大|偏小|色差|颜色|容量|重量|净含量|误差|说明书|不会|从不|绝不|实验室培育|培育钻|人造钻/],
    deniable: false,
  },
  {
    // Round 42 (t42i): a pure or whole content named on the pack, the goods then said to hold it only in part, the rest something else, and the
    // difference said to go unnoticed (标签印着纯羊绒，羊绒只有三成，剩下都是羊毛，摸不出来; 罐子上写100%麦卢卡，真麦卢卡不到两成，其余是百花蜜，一般人吃不出):
    // the goods are not what the label names. Not a blend told on the page (详情页写明了拼配比例), nor a recipe's parts told plainly (巧克力含量70%，其余是可可脂).
    words: ['其余是', '其余都是', '其余的是', '剩下的是', '剩下是', '剩下都是', '剩下全是', '剩下的都是', '其他都是', '大部分是', '大部分都是', '大半是', '主要是'],
    severity: 'block',
    message: '说包装上标的纯度或成分与实物不符、但一般人分辨不出，暗示货不对板（规则 2.8）',
    window: 48,
    sentence: [
      /(?:写|标|印|贴|注)(?:的|着|了)?(?:是)?[^，。！？]{0,4}?(?:100%|百分百|百分之百|纯|全|足量|100)/,
      /只占|只有|只放|只加|只含|才占|才有|占不到|不到|不足|一成|两成|三成|一小部分|一点点|少量/,
      /看不出|分不出|认不出|喝不出|吃不出|尝不出|摸不出|闻不出|用不出|一般人|外行|差不多|差别不大|没区别|没差别|区别不大|一样的|都一样/,
    ],
    // (not ORIGIN_DISCLOSED: 标签印着… is the claim itself here, the share and the unnoticed difference deny it is a disclosure)
    notSentence: [REMEDY, OTHERS_OR_WARNING, /写明|标明|注明|如实|已标注|详情页|配料表|成分表(?:上|里)?(?:有|写)|比例(?:都)?(?:写|标|印)|不会|从不|绝不/],
    deniable: false,
  },
  {
    // Round 38 (t38h): the real thing priced out by a noun after 真的 (这块“月球陨石”您就当摆件看吧，真的月陨哪有这个价; 真的沉香哪能是这个价): the goods are
    // not what their name says. Not an offer's price (活动价), nor the substitute stated.
    words: ['这个价', '这价', '这个价格', '这价格', '这个价位', '这价位', '这个价钱', '这么便宜'],
    severity: 'block',
    message: '说真货不会是这个价，暗示在售商品不是所称的真品（规则 2.8）',
    before: /(?:真的|真正的|正宗的?|纯正的?)[\u4e00-\u9fff]{1,5}(?:哪有|哪能|哪会|哪里有|不可能|怎么可能|可不止|不止|不会是|才不是)(?:是|卖|才)?$/,
    window: 40,
    notSentence: [REMEDY, /活动|优惠|促销|折扣|打折|满减|券|秒杀|清仓|写明|标明|注明|详情页|(?<!不|非)是真的|保真|正品/],
    deniable: false,
  },
  {
    // Round 38 (t38b): a brand printed on the pack, the goods from a back-street maker (耗材包装印的是eSUN的，其实是小作坊拉的丝; 袋子上印着大牌
    // 的标，实际是小厂灌的): the brand named by its mark, the maker a workshop. Not our own brand on our own workshop's goods (包装印的是我们自己的
    // 牌子，其实是手工作坊做的), nor a workshop praised as the brand's own (品牌自己的作坊).
    words: ['其实是', '实际是', '实际上是', '其实都是', '其实就是', '实际上', '但其实是', '里面是'],
    // (round 43, t43b: the compact view holds no comma, so `after`'s [^，。！？] stops at a clause only with scope 'clause' — 包装上写的是英文，
    // 其实是进口原装，跟国内专柜一样 no longer reads 国内 from the next clause)
    scope: 'clause',
    severity: 'block',
    message: '说包装印的是品牌、东西其实出自小作坊，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,6}?(?:小作坊|作坊|黑作坊|小厂|小工厂|地下厂|三无|杂牌|白牌|副厂|无牌)/,
    sentence: /(?:写|印|标|贴)(?:的|着|了|的是|着的是|的都是)?[^，。]{0,4}?(?:[a-z]{2,}|品牌|大牌|牌子|名牌|原厂|logo)/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:我们|自己|自家|本店|咱家|店里)(?:自己)?的?(?:牌子|品牌|logo|店名|商标)|自有品牌|国货|(?:品牌|官方)(?:自己|自家)的?(?:作坊|工厂|小厂)|手工|非遗|传统/],
    deniable: false,
  },
  {
    // Round 38 (t38b): treated or reconstituted stones sold under a "natural" label (链接写的天然翡翠，这个价只能是B货; 是压制的…证书写的是天然
    // 蜜蜡，别人问您就说天然的): the listing or the papers claim what the goods are not. Not the treatment stated on the listing (标题写明了是压制
    // 蜜蜡), denied (不是B货), nor how to tell the grades apart (证书写天然的是A货，B货会注明处理).
    words: ['b货', 'c货', 'b+c货', 'bc货', '压制的', '压制蜜蜡', '压制琥珀', '压缩琥珀', '压制', '再造', '注胶', '充胶', '酸洗', '染过色', '是染色的', '人工染色', '烤色', '优化过', '拼合', '合成的'],
    severity: 'block',
    message: '说商品是处理/压制货，却按“天然”标注或让买家说是天然的，暗示不是正品（规则 2.8）',
    sentence: /(?:链接|标题|详情|页面|证书|标签|吊牌|商品名|宝贝|描述|我们|店里)(?:上|里|页)?(?:写|标|印|注|开)(?:的|着|了|的是|成|着是)?(?:是)?[^，。]{0,4}?天然|(?:就|都|只)?(?:说|讲|告诉[^，。]{0,4})(?:是|成)?天然|当(?:成)?天然(?:的)?(?:卖|出|送)/,
    window: 50,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /写明|注明|标明|标注了?(?:是)?(?:压制|处理|优化|b货)|如实|区别|分辨|鉴别|怎么看|教您|会写|会注明|会标|(?:翡翠|天然)?[(（]处理[)）]|处理字样|不卖|不做|从不|绝不/],
  },
  {
    // The mark put on afterwards, more verbs: logo是我们另外加上去的，原本是白牌表.
    words: ['加上去的', '打上去的', '刻上去的', '缝上去的', '弄上去的', '加上的标', '另外加的'],
    severity: 'block',
    message: '说品牌标识是后加的、商品本身是普通货，暗示是假货（规则 2.8）',
    sentence: [/牌子|logo|商标|品牌|大牌|标志|标/, /普通|工厂|厂里|无牌|杂牌|国产|本身|白牌|公模|原本|本来|另外/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文|背标|贴纸|检验检疫|价签|条码|溯源|刻字|定制|姓名|名字|贺卡/],
    deniable: false,
  },
  {
    // Genuine spelled in latin or half-pinyin, denied: 不是zhen品哈, 并非zheng品 (不是zp/zhengpin are in the list above).
    words: ['zhen品', 'zheng品', '正pin', '真pin', 'zhenpin', 'zhengp'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:不是|并非|非|不算|不保|不敢说是|不能说是)$/,
    notAfter: /^(?:的话|就|吗|么|嘛|呢|全额|包退|假一)/,
    notSentence: [REMEDY, ADVICE, /是不是|是否|会不会|怎么可能|不可能|有人说|听说|质疑|怀疑|以为/],
    deniable: false,
  },
  {
    // Same look, not the brand's source: 我们发的是同款不同源的货, 跟专柜同款异源 (not 货源不同是因为我们海外直采).
    words: ['不同源', '异源', '不同货源', '货源不同', '来源不同', '不是一个源', '不同的源', '非同源', '不是同源'],
    severity: 'block',
    message: '说商品与正品同款却不同源，暗示不是正品（规则 2.8）',
    sentence: /同款|一样|一模一样|外观|正品|专柜|大牌|图/,
    // 图片是正品图 is said of the picture, no claim of the goods.
    notSentence: [REMEDY, /(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品(?!图|的图|照片|的照片)|正品保证|报关单|授权书|品牌授权|官方授权|假一赔/, /仓|发货|物流|批次|产地|保税|直邮|跨境|直采|海外|进口|代购|授权|国行|港版|版本不同/],
    deniable: false,
  },
  {
    // The genuine channel cannot reach this price: 正规渠道根本拿不到这个价, 官方渠道进不到这个价格的货
    // (not 正规渠道拿不到这个价，我们是品牌直营的活动价).
    words: ['正品渠道', '官方渠道', '专柜渠道', '正规渠道', '品牌渠道', '正品的渠道', '正规的渠道', '专柜那边', '品牌方'],
    severity: 'block',
    message: '说正规渠道拿不到这个价，暗示不是正品（规则 2.8）',
    // Round 36 (t36b): …or the price named before the verb (正规渠道那个价拿不到, 官方渠道这个价格根本进不到).
    after: /^[^，。！？]{0,4}?(?:拿不到|进不到|做不到|给不了|没有|出不了|拿不了|进不了)(?:这个|这样的|这种|这)?(?:价|价格|价钱|价位)|^(?:的货)?(?:这个|那个|这|那|这样的|这种)(?:价|价格|价钱|价位)(?:的货)?(?:根本|肯定|绝对|是|都)?(?:拿不到|进不到|拿不了|进不了|下不来|做不到|出不了)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /直营|授权|活动|补贴|直采|工厂店|官方店|旗舰|免税|保税|跨境|海外|代购|直邮|优惠券|清仓|临期/],
    deniable: false,
  },
  {
    // Round 43 (t43e): the genuine article of an origin priced out, and ours made of a stand-in to taste like it (纯牙买加蓝山这价不可能拿到，
    // 我们是用云南豆拼的，按蓝山风味烘; 正宗新西兰麦卢卡这个价根本拿不到，是掺了国产蜂蜜的，吃起来差不多): goods sold under a name they are not.
    // Not the blend told on the page or the buyer pointed to another item (详情页写明了是拼配, 推荐您看云南小粒).
    words: ['这价', '这个价', '这价格', '这个价格', '这价位', '这个价位', '这价钱', '这个价钱', '这种价', '这点钱'],
    severity: 'block',
    message: '说正宗产地货这个价拿不到、商品是别的东西仿着做的，暗示不是正品（规则 2.8）',
    before: /(?:纯|正宗|真正的?|原产(?:地)?的?|地道的?|正牌)[^，。！？]{1,8}$/,
    after: /^(?:的货)?(?:根本|肯定|绝对|是|都|也|压根)*(?:不可能|拿不到|买不到|进不到|做不到|下不来|拿不下来|哪能|不存在|没可能)/,
    sentence: /拼|掺|兑|混|代替|替代|顶替|充当|冒充|按[^，。！？]{0,6}?(?:风味|口味|味道|香型|配方)烘|(?:喝起来|吃起来|用起来|闻起来|口感|味道|香味)[^，。！？]{0,3}(?:差不多|一样|没区别|没啥区别|没什么区别|一个样)/,
    window: 60,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, OTHERS_OR_WARNING, /写明|标明|注明|如实|详情页|商品页|标题|推荐|建议|换成|您可以|可以看看|冒充的/],
    deniable: false,
  },
  {
    // Buyers who care about genuineness turned away: 在意真假的亲请绕道, 追求正品的勿拍, 对真伪有要求的慎拍, 鉴定的话我们就不卖了
    // (not 介意色差的慎拍, 正品，介意包装的慎拍).
    words: ['绕道', '勿拍', '别拍', '慎拍', '慎入', '勿入', '别买', '不要拍', '别下单', '勿扰', '不卖了', '不要买', '慎重下单', '慎买'],
    severity: 'block',
    message: '劝在意真假的买家别买，暗示商品不是正品（规则 2.8）',
    // …or the real thing wanted (要真的就别买我们家的了; round 12).
    before: /(?:真假|真伪|正品|正不正|真不真|专柜货|鉴定|验货|真货|保真|专柜验|(?:要|想要|想买)真的)[^，。！？]{0,8}$/,
    scope: 'clause',
    notBefore: /(?:不是|非)正品[^，。！？]{0,4}(?:包退|全额|赔)|假一赔|支持鉴定|可以鉴定|欢迎鉴定/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /色差|尺码|包装|手工测量|误差|气味|味道|拆封|吊牌|定制/],
    deniable: false,
  },
  {
    // Round 65 (eng28-65): …the genuineness-minded buyer named in a condition of its own and sent away in the next clause (您要是较真真假的话，
    // 建议别拍; 非要正品的亲，还是别下单了): the clause scope above stopped at the comma.
    words: ['绕道', '勿拍', '别拍', '慎拍', '慎入', '勿入', '别买', '不要拍', '别下单', '不要买', '慎买'],
    severity: 'block',
    message: '劝在意真假的买家别买，暗示商品不是正品（规则 2.8）',
    before: /(?:真假|真伪|正品|正不正|真不真|专柜货|真货|保真|(?:要|想要|想买)真的)[^，。！？]{0,6}?(?:的话|的亲|的朋友|的顾客|的买家|的客人)(?:我们)?(?:建议|劝|请|那就|就|还是|那还是)?(?:您|你|亲)?(?:就|还是|最好)?(?:先)?$/,
    notBefore: /(?:不是|非)正品[^，。！？]{0,4}(?:包退|全额|赔)|假一赔|支持鉴定|可以鉴定|欢迎鉴定/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /色差|尺码|包装|手工测量|误差|气味|味道|拆封|吊牌|定制/],
    deniable: false,
  },
  {
    // The counter's quality at a fraction of its price: 专柜品质，价格只要零头; 正品质量，一折的价 (not 专柜品质，价格实惠).
    words: ['专柜品质', '正品品质', '原厂品质', '大牌品质', '专柜级品质', '正品质量', '专柜质量', '专柜的品质', '正品的品质', '大牌的品质'],
    severity: 'block',
    message: '说商品是专柜品质却只要零头的价，暗示不是正品（规则 2.8）',
    sentence: /零头|[0-9一二三四五六七八九十几]+分之一|一折|白菜价|(?<![0-9])[1-3一二三](?:折|成)(?:的)?价/,
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, OTHERS_OR_WARNING, /活动|补贴|秒杀|清仓|临期|限时/],
    deniable: false,
  },
  {
    // Genuineness not promised: 真伪方面我们不承诺，只保证做工; 正品这块不打包票 (not 正品保证，发货时间不承诺).
    words: ['不承诺', '不保证', '不负责', '不打包票', '不作保证', '不做保证', '不敢承诺', '不担保', '没法承诺'],
    severity: 'block',
    message: '说不承诺真伪，暗示商品不是正品（规则 2.8）',
    before: /(?:真伪|真假|正品|保真|真不真|正不正|是不是真的|是否正品)(?:方面|这块|这一块|这个|问题|上)?(?:我们|本店|咱们|这边)?(?:是|都|一概|一律|概)?$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /如果|万一|若|第三方|鉴定机构|平台鉴定|快递|物流|时效/],
    deniable: false,
  },
  {
    // Others will take it for the real thing: 戴出去别人只会以为是真的, 朋友都当成正品 (not 仿真花别人都以为是真的, 别以为是真的).
    words: ['以为是真的', '当成真的', '当是真的', '以为是正品', '当成正品', '以为是专柜', '当成专柜', '以为是真货', '当真货', '以为是大牌', '当成大牌'],
    severity: 'block',
    message: '说别人会把商品当成真货，暗示不是正品（规则 2.8）',
    sentence: /出去|送|别人|朋友|对方|同事|闺蜜|旁人|谁|人家|都会|只会/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /仿真|模型|玩具|道具|花|植物|绿植|别以为|不要以为|照片|图片|效果图/],
    deniable: false,
  },
  {
    // A top grade of the goods with nobody able to tell and the genuine or the price beside: 次顶级的，比顶级的便宜两百，肉眼看不出来.
    words: ['顶级', '次顶级', '最高级', '顶配', '次顶'],
    severity: 'block',
    message: '用“顶级、次顶级”一类档次说法配上看不出来，暗示商品是仿品（规则 2.8）',
    sentence: [/看不出|分不出|分辨不出|认不出|辨不出|难分|一般人|没人|谁也|谁都|肉眼/, /便宜|价|专柜|正品|柜台|原版|大牌/],
    notSentence: [REMEDY, /谨防|假冒|举报|投诉|骗子|小心|警惕/, STRICT_GENUINE_CLAIM, /系统|软件|app|配置|内存|芯片|会员|vip|食材|口感|味道|防水|面料/],
    deniable: false,
  },
  {
    // …or the return itself refused before the authenticity word: 这款不退真假问题, 不退换真伪问题.
    words: ['真假', '真伪', '假货', '正品与否', '是否正品', '正不正品', '真不真'],
    severity: 'block',
    message: '以真假问题排除售后或退款，暗示商品不是正品（规则 2.8）',
    before: /(?:不退|不换|不退换|不退不换|不售后|不理赔|不管)(?:任何|什么)?$/,
    after: /^(?:的)?(?:问题|理由|原因|争议|纠纷)/,
    notSentence: AFTER_SALES_EXCUSED,
    deniable: false,
  },
  {
    // Close to the genuine article in the make: 脚感接近正品, 品质无限接近专柜 (not 国产品牌的效果接近大牌).
    words: ['接近正品', '接近专柜', '接近原版', '接近真品', '逼近正品', '逼近专柜', '接近真货', '无限接近'],
    severity: 'block',
    message: '说商品接近正品，暗示不是正品（规则 2.8）',
    sentence: /质量|做工|脚感|手感|品质|细节|效果|味道|外观|版本|价|走线|五金|用料/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /兼容|配件|耗材|墨盒|滤芯|国产品牌|自有品牌|平替品牌/],
    deniable: false,
  },
  {
    // An expert who looked and did not see: 有人拿去专柜，柜姐都没看出来; 鉴定师也没认出 (not 柜姐也没发现有瑕疵).
    words: ['没看出', '没认出', '没发现', '没分辨出', '没验出', '没鉴定出', '没瞧出'],
    severity: 'block',
    message: '说柜姐或鉴定师都没看出来，暗示商品是仿品（规则 2.8）',
    before: /(?:柜姐|专柜|鉴定师|专家|柜员|得物|行家|内行|鉴定)[^，。！？]{0,4}(?:都|也|愣是|硬是|竟然|居然)?$/,
    notAfter: /^[^，。！？]{0,4}(?:瑕疵|问题|划痕|破损|污渍|线头|色差)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    // The real thing not kept here, only this: 您要的是真货的话我们这没有，只有这种 (not 正品我们这里都有).
    words: ['真货', '正品', '真的', '正品的', '专柜货', '专柜的'],
    severity: 'block',
    message: '说店里没有真货只有这种，暗示不是正品（规则 2.8）',
    after: /^(?:的话)?(?:我们|本店|咱们|这边|店里|我家)(?:这)?(?:里|边)?(?:是|可|确实)?(?:没有|没得|不卖|没货|拿不到|做不了)(?!假|不)/,
    sentence: /只有|只卖|就这种|就这个|这种|这款|别家|其他家|去专柜/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /假货|仿品|高仿|现货|缺货|断货|补货|到货|预售|尺码|颜色|色号/],
    deniable: false,
  },
  {
    // Passing a check hedged (round 11): 顶级版拿去鉴定基本都能过, 得物验一般也能过, 送检大概率能通过, 专柜验九成过得了 — genuine goods
    // pass outright; a hedge says some do not. Not: 鉴定一般需要三天, 鉴定不过包退, 质检基本都能过（不是真伪）.
    words: ['鉴定', '验货', '专柜验', '柜台验', '得物验', '送检', '鉴别', '验真', '查验'],
    severity: 'block',
    message: '说拿去鉴定“基本能过”，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,6}?(?:基本|一般|大概率|大部分|多半|八成|九成|应该|差不多|通常|十有八九|大多)(?:上)?(?:都|也)?(?:是)?(?:能|可以|可)?(?:过|通过|过得了|过关)/,
    notSentence: [REMEDY, /海关|清关|安检|审核|质检|考试|年检|体检/],
    deniable: false,
  },
  {
    // The counterfeit word kept out of the return reason or review (round 11): 退货的话麻烦别在理由里写假货两个字, 退货理由请不要选假冒品牌,
    // 评价里别提是仿的 — the shop hides the fault it knows of. Not: 不卖假货, 假货我们不碰, 如实选择退货原因.
    words: ['假货', '假冒', '仿品', '高仿', '假的', '不是正品', '非正品', '是仿的', '山寨', '盗版', '鉴定为假'],
    severity: 'block',
    message: '让买家别在退货理由或评价里写“假货”，暗示商品是假货（规则 2.8）',
    // (round 43, t43f: 别 as "other" is no "don't" — 有人在别的直播间说我们是“假货店”, 别人说我们卖假货)
    before: /(?:别(?!的|人|家|处|样|个|地方|店|台|区)|不要|不用|千万别|麻烦别|尽量别|最好别|不能|先别)[^，。！？]{0,10}(?:写|选|填|提|说|勾|点|标|注明)[^，。！？]{0,3}$/,
    sentence: /理由|原因|评价|评论|差评|售后|退货|退款|申请|追评|晒单|退(?:的|时|货|款)/,
    notSentence: [REMEDY, /如实|据实|实际情况|怀疑|担心|误会|误解|造谣|不实/],
    deniable: false,
  },
  {
    // The real thing out of reach said after it (round 11): 说实话这个价真货是拿不到的, 正品这个价根本买不到 — the price is the reason.
    // …or the brand's own goods out of our reach, ours from a factory (品牌官方的我们拿不到货，这个是工厂直接拿的).
    words: ['真货', '正品', '真品', '正规货', '专柜货', '原装货', '品牌官方的', '官方的货', '品牌的货'],
    severity: 'block',
    message: '说这个价拿不到真货，暗示不是正品（规则 2.8）',
    // Round 24 (t24c): …with the price between (正品这个价是拿不到的, 真货这价位根本买不到).
    after: /^(?:(?:在|按|以)?(?:这个|这|这种|这样的?)价(?:格|位|钱)?(?:的话)?)?(?:我们|咱们|我们这|我们店)?(?:是|肯定|根本|绝对|可|都|也)?(?:是)?(?:拿不到|买不到|搞不到|弄不到|进不到|不可能|没法拿|做不到)/,
    sentence: /价|钱|块|元|便宜|工厂|厂里|其他都一样|一样/,
    // (round 24, t24c: …nor the buyer warned off others' low prices, 正品这个价是拿不到的，所以您看到的低价链接要小心)
    notSentence: [REMEDY, GENUINE_CLAIM, ADVICE, /如果|万一|别家|其他店|市面|外面|有些店|低于|比这个价|低价链接/],
    hypothetical: true,
    deniable: false,
    // Round 36 (t36d): a bound on what genuine goods can cost against the counter, told as a rule of the market (正品不可能比专柜便宜一半,
    // 真货不可能比官网低五成): no price of ours is what they cannot reach — not when our goods are then put at that bound (我们就是半价).
    unless: (ctx, _start, end) => genuineBoundTold(ctx, end),
  },
  {
    // Made after the original by a copying verb of 仿 (round 11): 里面装的是调香师按原香仿调的, 照着原版仿做的, 表盘按正品仿造的.
    // Not: 仿真花, 仿生设计, 仿古风格 (no original named), 我们不做仿造的.
    words: ['仿调', '仿做', '仿造', '仿打', '仿配', '仿出来', '仿得'],
    severity: 'block',
    message: '说商品是照着原品仿制的，暗示是仿品（规则 2.8）',
    sentence: /原香|原版|原厂|原款|原味|原装|正品|大牌|专柜|品牌|[a-z]家|(?:按|照|跟|对)着?(?:原|正品|大牌|专柜|品牌)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /仿真|仿生|仿古|不做|不卖|从不|不会/],
  },
  {
    // The goods outside the brand's records, with a check (round 11): 验证码扫不出来是因为我们这批没有入品牌系统; 这批货不在品牌系统里，
    // 所以官网查不到. Not: 新到的批次还没录入品牌系统，过两天就能查.
    words: ['没有入', '没入', '没进', '不在', '没录入', '没有录入', '没有进', '没登记', '没有登记', '没在', '不进'],
    severity: 'block',
    message: '说这批货不在品牌系统里，暗示不是正品（规则 2.8）',
    after: /^(?:到)?(?:品牌|官方|官网|原厂|厂家|专柜)(?:方|那边)?(?:上)?的?(?:系统|数据库|记录|名单|库|备案|登记|注册|录入)/,
    sentence: new RegExp(`${VERIFY.source}|验证码|扫|查|${SHRUG.source}`),
    notSentence: [REMEDY, /还没|暂时|稍后|过两天|明天|延迟|同步|更新|入库/],
  },
  {
    // Worn or used a long time and nobody noticed (round 11): 我闺蜜背了一年都没人发现, 我自己戴了半年都没人看出来, 放心戴出去，没人认出来 —
    // something to notice is implied. Not: 补过的地方穿了半年都没人发现 (a flaw), 用了一年都没发现问题.
    words: ['没人发现', '没被发现', '没人看出来', '没人认出来', '没人看出', '没人认出', '没人察觉', '没有人发现', '没有人看出来', '没人怀疑', '没人质疑'],
    severity: 'block',
    message: '说背出去、戴出去多久都没人发现，暗示不是正品（规则 2.8）',
    before: /(?:背|戴|穿|用|拎|挎)了?(?:一整年|整整|快|差不多|将近|好)?(?:一年|半年|两年|几年|好几年|[0-9一二两三四五六七八九十几]+(?:个月|年|次|回))(?:了)?(?:都|也|了)?$|(?:背|戴|穿|拎|挎)出去[^。！？]{0,8}$/,
    notSentence: [REMEDY, FLAW, /问题|毛病|故障|坏|掉色|褪色|过敏|不舒服/],
    deniable: false,
  },
  // Round 12 (t12c), general tests.
  {
    // The genuineness question declined (真伪这个问题我就不回答了，您看图片觉得行就拍; 是不是正品就不多说了).
    words: ['不回答', '不回复', '不解释', '不多说', '不方便说', '不好回答', '不便回答', '就不说了', '不方便透露', '不好说了', '不细说', '不多解释'],
    severity: 'block',
    message: '回避商品真伪问题，暗示不是正品（规则 2.8）',
    before: /(?:真伪|真假|正品|是不是真的?|是不是正品|真不真|正不正|是真是假)(?:这个|这块|的|方面|问题)*(?:我|我们|咱|小店|本店)?(?:就|是|也|先|暂时)?$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /溯源|报关|授权|官网|扫码|鉴定|验/],
    deniable: false,
  },
  {
    // The brand left unsaid while the goods match it (瓶子也一样，只是我们不能说牌子; 牌子不方便说，您懂).
    words: ['不能说牌子', '不能提牌子', '不方便说牌子', '牌子不能说', '牌子不方便说', '不能写牌子', '不敢说牌子', '不能说是什么牌', '牌子就不说了', '不能说是哪个牌子', '牌子不好说'],
    severity: 'block',
    message: '说不能提牌子却和大牌一样，暗示是仿品（规则 2.8）',
    sentence: /一样|一模一样|大牌|专柜|正品|懂|同款|味道|那个/,
    window: 30,
    notSentence: [REMEDY, /平台规定|平台不允许|违禁|广告法|直播规定/],
    deniable: false,
  },
  {
    // The price gap put down to the name (贵在那个名字上, 贵就贵在牌子), the goods the same.
    words: ['贵在', '贵就贵在', '多的钱是', '多花的钱'],
    severity: 'block',
    message: '说和正品的差别只是品牌或商标费、东西一样，暗示是仿品（规则 2.8）',
    after: /^[^，。]{0,4}?(?:名字|名头|名气|牌子|品牌|logo|商标|标|那个名|那块牌)/,
    sentence: [SAME_GOODS, new RegExp(`专柜|正品|大牌|原版|品牌|他们家|人家|牌子|${BRAND_NAMES.source}`)],
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /国货|自有品牌|自主品牌|自家品牌|原创|保税|直邮|授权店/],
    deniable: false,
  },
  {
    // Genuine at one price, ours at another, the goods the same: 要正品得三千，我们这个三百，东西一样; 您要的是柜台那种，就不是这个价位了，
    // 我们这个是性价比版本.
    words: ['正品', '真的', '真货', '专柜的', '柜台那种', '专柜那种', '专柜货', '柜台的'],
    severity: 'block',
    message: '把正品说成另一个价位、在售这件另算，暗示不是正品（规则 2.8）',
    before: /(?:要|想要|买|要的是)$/,
    after: /^(?:的话)?(?:得|要|就|是|可以|那)?[^，。]{0,4}?(?:[0-9]{3,}|[一二两三四五六七八九十几][千万]|代购|更贵|贵[0-9一二两三四五六七八九十几]+倍|不是这个价)/,
    sentence: [/(?:我们|咱|这个|这款|现货)[^，。]{0,6}(?:[0-9]{2,}|[一二两三四五六七八九十几][十百千]|这个价|性价比|版本|不是)/, /一样|差不多|没区别|没两样|性价比|看着选|自己选|您选|你选|版本|价格差|差[0-9一二两三四五六七八九十几]+倍/],
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /也是正品|都是正品|一样是正品|同样是正品|活动|补贴|保税|直邮|代购价|容量|规格|小样|套装/],
    deniable: false,
  },
  {
    // The design copied from a brand, the goods the same but for the mark: 这个款式是抄的大牌，设计一模一样，就是没牌子.
    words: ['抄的', '抄袭', '照抄', '抄了', '抄来的'],
    severity: 'block',
    message: '说商品照抄大牌、只差牌子，暗示是仿品（规则 2.8）',
    sentence: [new RegExp(`大牌|专柜|正品|原版|品牌|[a-z]{2,}家|奢侈品|名牌|${BRAND_NAMES.source}`), /一样|一模一样|没牌子|没logo|没有logo|同款|没区别/],
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /没有抄|不抄|从不抄|没抄|原创|自己设计|举报|维权|被抄|被人抄|别人抄|抄我们/],
    asked: true,
    deniable: false,
  },
  {
    // A formula followed after someone's (按迪奥的配方调的，味道八九不离十). Not a traditional or a doctor's recipe.
    words: ['配方'],
    severity: 'block',
    message: '说商品是照着大牌配方调的，暗示是仿品（规则 2.8）',
    before: /(?:按|照|照着|按照|仿|参照|对照)(?:着)?[^，。]{1,8}?(?:的)?$/,
    // (round 39, t39m: not a recipe of kin or our own — 照着外婆的配方做的，味道跟小时候一样; detect/kin-recipe.ts)
    unless: kinRecipeAt,
    after: /^(?:调|做|配|复刻|还原|复原|仿)/,
    sentence: /一样|八九不离十|差不多|没区别|像|神似|不离十|九成|几乎/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /传统|祖传|古法|医生|中医|自家|秘制|家传|老方子|食谱|宝宝|月子/],
    deniable: false,
  },
  {
    // Not filled, made or sealed by the original maker, the effect the same: 分装的，不是原厂灌的，效果差不多.
    words: ['不是原厂', '不是原装', '非原厂', '不是品牌方'],
    severity: 'block',
    message: '说商品不是原厂灌装或制造却效果一样，暗示不是正品（规则 2.8）',
    after: /^(?:灌|装|做|产|出|封|生产|包装|调)的/,
    sentence: /一样|差不多|没区别|没两样|不影响|效果/,
    window: 24,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /官方分装|品牌授权分装|配件|兼容|耗材|说明|标明|注明/, PART_DISCLOSED], // (PART_DISCLOSED: round 54, eng54c)
    deniable: false,
  },
  {
    // A failed scan shrugged off as the batch's nature (溯源码扫不出来的，这批本来就没录入，不影响穿). Not a delay (还没录入，过两天就能查).
    words: ['本来就没录入', '本来就没有录入', '本来就不在系统', '本来就查不到', '本来就扫不出', '一直都查不到', '都扫不出来', '都查不到', '从来查不到', '本来就没有记录'],
    severity: 'block',
    message: '说防伪或溯源本来就查不到并不当回事，暗示不是正品（规则 2.8）',
    sentence: [VERIFY, new RegExp(`${SHRUG.source}|别管|放心`)],
    window: 30,
    notSentence: [REMEDY, /还没|暂时|稍后|过两天|明天|延迟|同步|更新|入库|联系|客服|如果|万一/],
    deniable: false,
  },
  {
    // The authenticity guarantee itself refused (假一赔十？这个我们不敢保证😂; 保真这个我们做不到). Not: 假一赔十这个我们保证.
    words: ['不敢保证', '不敢承诺', '不承诺', '不保证', '保证不了', '承诺不了', '不敢打包票', '做不到', '不敢写', '不敢答应', '不敢做'],
    severity: 'block',
    message: '说不敢承诺假一赔十或保真，暗示商品不是正品（规则 2.8）',
    // (the guarantee may be asked back first: 假一赔十？这个…, so it is looked for in the window)
    before: /(?:^|这个|这块|这一条|这种|的话|假一赔[三十]|假一罚[三十]|保真)(?:我们|咱|咱们|本店|这边|小店)?(?:可|是|真|实在|还真|真的)?$/,
    unless: (ctx, start) => !/假一赔|假一罚|退一赔|保真|包真/.test(ctx.compact.slice(Math.max(0, start - 16), start)),
    // (STRICT_GENUINE_CLAIM holds 假一赔, the very guarantee refused here)
    notSentence: [/(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品|正品保证|报关单|授权书|品牌授权|官方授权|发货|物流|快递|时效|尺码|颜色|色差|(?:我们|本店|都)(?:承诺|保证)假一/],
    deniable: false,
  },
  {
    // Round 54 (eng54c, y54): the goods' genuineness refused to be vouched, their quality vouched instead (不敢说是真的，但品质绝对过关; 正品不敢打
    // 包票，不过用料没问题): the turn from genuine to quality is the hint. Not a rumour or a claim of someone else's doubted (这个说法不敢说是真的).
    words: ['不敢说是真的', '不敢说是正品', '不敢说正品', '不敢保证是真的', '不敢保证是正品', '不敢说百分百正品', '不敢说一定是正品', '不好说是不是正品', '不敢说是不是正品'],
    severity: 'block',
    message: '说不敢保证是正品却强调品质，暗示商品不是正品（规则 2.8）',
    sentence: /品质|质量|做工|用料|效果|好用|耐用|过关|没问题|放心用/,
    notSentence: [REMEDY, /说法|传言|消息|新闻|评论|网上说|别人说|鉴定|送检|验货|得物|(?<!不|可能|不会|并非|想|着|指望|算)(?:是|都是|保证|百分百|绝对|就是|纯)正品/],
    deniable: false,
  },
  {
    // Round 54 (eng54c, y54): the trace or anti-fake code said to find nothing for this line, the effect the same (溯源码是查不到的哈，这个系列不支持查，
    // 效果一样): the failed check shrugged off with a likeness. Not a delay or a check offered another way (还没录入, 可以看报关单, 联系品牌客服).
    words: ['是查不到的', '查不到的', '不支持查', '扫不出来的', '查不出来的', '没法查的', '不能查的'],
    severity: 'block',
    message: '说防伪或溯源查不到却说效果一样，暗示不是正品（规则 2.8）',
    sentence: [/溯源|防伪|验真|真伪/, /效果一样|效果都一样|一样用|照样用|不影响(?:使用|效果)|用起来一样|没区别/],
    window: 40,
    notSentence: [REMEDY, /还没|暂时|稍后|过两天|明天|延迟|同步|录入|报关单|检验检疫|授权书|官方|品牌客服|联系|可以查|能查|鉴定/],
    deniable: false,
  },
  {
    // Goods that nobody can tell real or fake, said of ours (我们的货都是看不出真假的那种; 这批分不清真假). Not advice (肉眼看不出真假，建议鉴定).
    words: ['看不出真假', '分不出真假', '辨不出真假', '分不清真假', '认不出真假', '看不出是真是假', '分不出是真是假', '辨不清真假', '看不出来真假'],
    severity: 'block',
    message: '说商品看不出真假，暗示不是正品（规则 2.8）',
    notBefore: /(?:您|你|买家|顾客|如果|要是|万一)[^，。]{0,6}$/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /建议|教您|方法|怎么|如何|鉴定|扫码|专业|机构|查询|官网/],
    deniable: false,
    // Round 23 (t23a): …not goods that are an imitation by nature (仿真水果模型逼真到…分不出真假).
    unless: imitationByNature,
  },
  {
    // The same source as the brand's goods, only the brand's mark missing: 同厂出的，没有吊牌而已; 跟大牌用的是同一个灌装厂，只是没贴牌;
    // 和正品一个模子刻出来的，不过我们没那个商标权; 同一条流水线下来的，就是少了个牌子的标. Not: two lines of one brand, our own brand.
    words: SAME_SOURCE,
    severity: 'block',
    message: '说商品与大牌同厂同模、只是没有品牌标识，暗示是仿品（规则 2.8）',
    sentence: MARK_MISSING,
    window: 30,
    // …nor two of our own lines or colours from one mould (没有logo的是我们自己的副线, 两种颜色).
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /两款|两种|两个|两色|副线|素色|素款|我们自己的|自家的|自有品牌|自主品牌|自创品牌|自家品牌|原创|国货|(?:代工厂|工厂|厂家)(?:的)?(?:自己|自家)的?(?:牌子|品牌)|(?<!不是)同一(?:个|家)?品牌|不冒充|不挂/],
    deniable: false,
  },
  {
    // Round 56 (eng56b): …or the brand's mark swapped rather than missing (和a2是同一条产线灌装的，只是外面的罐子换了牌子; 一个代工厂出来的，
    // 只是换了个logo; 一条流水线下来的，就是贴的标不一样; 鞋标换成我们自己的了): the same goods under another name. Not a brand's own rename
    // or new lines, two of our own models, or an authorised source.
    words: SAME_SOURCE,
    severity: 'block',
    message: '说商品与大牌同厂同线、只是换了牌子或标，暗示是仿品（规则 2.8）',
    sentence: /换(?:了|成)?(?:个|一个)?(?:别的|自己的|我们的|我们自己的)?(?:牌子|logo|标|商标|名字|牌|标签)(?!准)|(?:牌子|logo|鞋标|商标|标签|标)(?:换了|换成|不一样|不同)|贴(?:的|了)?(?:别的|我们的|自己的)?(?:标|牌子|logo)(?:不一样|不同)?|(?:名字|牌子)不一样(?:而已|罢了)?/,
    window: 40,
    // (外面 here is the outside of the goods, 外面的罐子, not the market outside: OTHERS_OUTSIDE_ITEM)
    notSentence: [REMEDY, OTHERS_OUTSIDE_ITEM, STRICT_GENUINE_CLAIM, /两款|两种|两个|副线|升级|新款|改款|老款|品牌方|品牌授权|官方授权|(?<!不是)同一(?:个|家)?品牌|更名|改名|品牌升级|换新包装|标准/],
    deniable: false,
  },
  {
    // Round 56 (eng56b): the goods' identifying code or label taken off, and why left to a wink (刮了码的，码刮掉的原因您懂的; 瓶底的码我们都
    // 刮了，原因就不多说了; 批号都磨掉了，为什么磨您心里有数): the trace that would tell the goods' truth removed on purpose. Not a courier's
    // code on the carton, nor a remedy.
    words: ['刮码', '刮了码', '码刮掉', '码刮了', '码都刮', '码我们都刮', '刮掉码', '磨码', '磨了码', '码磨掉', '批号磨掉', '批号都磨掉', '批号刮掉', '批号都刮',
      '剪标', '剪了标', '标剪掉', '撕标', '撕了标', '标撕掉', '划码', '码划掉', '抹码', '码抹掉'],
    severity: 'block',
    message: '说商品刮码、剪标又含糊其辞，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: /懂的|(?:您|你)懂|心里有数|心知肚明|不方便(?:多)?说|不多说|不便多说|不好多说|原因就不|(?:您|你)(?:应该)?明白|(?:您|你)(?:应该)?清楚|别问|不能说/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /物流码|快递码|快递单|外箱|纸箱|快递盒|面单/],
    deniable: false,
  },
  {
    // Round 32 (t32b): the goods out of one mould with the piece the host shows on camera, a hair apart and a fraction of the price
    // (跟主播手上那只一个模子出来的，差一丢丢，省下的钱够买好几个) — the shown piece is the real one, the buyer gets its copy. Not the same
    // batch as the host's sample with nothing set apart (您收到的和主播手上的是同一批货).
    words: ['一个模子', '同一个模子', '一套模具', '同一套模具', '同一个模具', '一个模具'],
    severity: 'block',
    message: '说商品与主播展示的那件“同一个模子”、只差一点却便宜很多，暗示是仿品（规则 2.8）',
    window: 30,
    sentence: [
      /主播(?:手上|手里|手中|用的|戴的|背的|穿的|展示的|拿的|自用)/,
      /差(?:个|了)?(?:一点点|一丢丢|零点|几毫米|几丝|[0-9.]+(?:毫米|mm))|省下的钱|省的钱|够再买|便宜(?:一半|好几倍|[0-9一二两三四五六七八九十几]+倍)|分之一|零头|没(?:有)?(?:logo|标|牌子)|看不出|认不出/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // The price gap put down to the brand's fee alone, the goods the same: 正品和我们这款的区别就是一个logo授权费，东西是一样的;
    // 您多花的钱都是给品牌交的商标费; 贵就贵在牌子上，我们省了品牌溢价，东西都一样. Not: a domestic brand's own pitch (国货平替…).
    words: ['授权费', '商标费', 'logo费', '品牌费', '牌子费', '广告费', '代言费', '营销费', '宣传费', '牌子钱', '品牌钱', '牌子的钱', '品牌的钱', 'logo的钱', '品牌溢价', '品牌税', '商标权', '贵在牌子', '贵在品牌', '贵在logo', '贵在商标', '买的是牌子', '买的是logo', '买个牌子', '买个logo'],
    severity: 'block',
    message: '说和正品的差别只是品牌或商标费、东西一样，暗示是仿品（规则 2.8）',
    sentence: SAME_GOODS,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_GENUINE_CLAIM, /国货|自有品牌|自主品牌|自家品牌|原创|中间商|保税|直邮|代购费|关税|运费|品牌授权店|授权店|(?<!没|没有|不用|不需要|未|无需|不必|不)(?:交|付|缴)(?:了|过)|授权正品|正品授权/],
    deniable: false,
  },
  {
    // A check that the goods pass even so (连…都, …也): 镜面级别的，连防伪码都能扫出来; 防伪码扫出来也是显示正品的，送礼没问题;
    // 得物都能过检，跟真的没区别. Not: 扫防伪码会跳转到品牌官网 (how to check), 如果扫出来异常请联系我们.
    words: CHECKS,
    severity: 'block',
    message: '说商品连防伪或鉴定都能通过，暗示是仿品（规则 2.8）',
    after: PASSES_EVEN,
    sentence: PASS_SIGN,
    window: 30,
    notSentence: [REMEDY, /如果|万一|要是|异常|不符|联系我们|请联系|正品保证|保证正品|品牌授权|官方授权|报关|授权书|假一/],
    deniable: false,
  },
  {
    words: CHECKS,
    severity: 'block',
    message: '说商品连防伪或鉴定都能通过，暗示是仿品（规则 2.8）',
    before: /连$/,
    after: /^[^，。！？]{0,4}?(?:都|也)(?:能|可以|照样|一样)?(?:扫(?:得)?出来|扫出|扫得到|过(?!来|去|期)|通过|查(?:得)?到|验过|显示(?:是)?(?:正品|真))/,
    notSentence: [REMEDY, /如果|万一|要是|异常|联系我们|请联系|正品保证|保证正品|品牌授权|官方授权|报关|授权书|假一|知道真假|辨真假|查真伪|分辨/],
    deniable: false,
  },
  {
    // Genuineness asked bare and answered with the price and a laugh: 正品？这价格您想啥呢😂; 真的？就这价您觉得呢. Not: 非正品？不存在的,
    // 正品？当然是正品.
    words: ['正品', '真的', '真货', '真品', '保真', '专柜货', '原装', '正版'],
    severity: 'block',
    message: '以价格反问回应“是不是正品”，暗示商品不是正品（规则 2.8）',
    before: /^$/,
    scope: 'clause',
    sentence: [PRICE, /想啥|想什么|想多|想太多|哈哈|😂|🤣|🤭|😏|做梦|您觉得|你觉得|您说呢|你说呢|可能吗|开玩笑|醒醒|别闹|逗|心里没数|懂的|您懂|你懂/],
    window: 24,
    notBefore: /[非不没]$/,
    notSentence: [REMEDY, GENUINE_CLAIM, /当然|肯定是|绝对是|保证|放心|活动|补贴|券|秒杀|[非不]是正品吗|假货/],
    unless: (ctx, _start, end) => !endsAsQuestion(ctx, end),
    deniable: false,
  },
  {
    // Genuineness handed to someone else's business: 正品那是专柜的事，我们是给大家一个平价的同款体验; 保真是品牌店的事儿.
    words: ['的事', '的事儿', '的事情', '该管的', '的活'],
    severity: 'block',
    message: '说“正品是专柜的事”，暗示在售商品不是正品（规则 2.8）',
    before: /(?:正品|真品|真货|真的|保真|真假|正不正|真不真|是不是真的?|是不是正品)(?:那|这)?(?:是|就是|都是|属于|归)?(?:人家)?(?:专柜|品牌|品牌店|品牌方|代购|官方|旗舰店|商场|大牌|官网|柜台)(?:那边|那儿)?$/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // Genuineness left to the buyer to savour: 真假您自己品🤫; 正不正的你自己体会. Not: 真假您可以自己扫码查 (a check).
    words: ['自己品', '自个品', '自行品', '自己悟', '自己琢磨', '自己掂量', '自己体会', '自己意会', '自己领会', '自己品味'],
    severity: 'block',
    message: '把真假留给买家“自己品”，暗示商品不是正品（规则 2.8）',
    sentence: /真假|真不真|正不正|正品|真的假的|真伪|是不是真|形似|神似|像不像/,
    window: 24,
    notSentence: [REMEDY, /扫码|查询|官网查|鉴定|验证|溯源|味道|口感|香味|茶|酒|咖啡/],
    deniable: false,
  },
  {
    // The genuine article named as the other item, ours given another name: 贵的那个是正品，便宜这个是‘高配版’; 五百的那款才是真的，
    // 这款是工厂版. Not: 那个是正品，这个也是正品; 那个是正品礼盒，这个是小样.
    words: ['是正品', '才是正品', '是真的', '才是真的', '是真货', '才是真货', '是专柜货', '是专柜的', '才是专柜的', '是正版', '才是正版'],
    severity: 'block',
    message: '把正品说成另一件、在售这件另有叫法，暗示不是正品（规则 2.8）',
    before: /(?:那个|那款|那一款|那双|那件|那只|那支|另一个|另外一个|另一款|贵的|贵那个|那个链接|另一个链接|[0-9一二三四五六七八九十百千]+(?:块|元)?的那[个款双件只支])$/,
    sentence: /(?:这个|这款|便宜的?|我们这|咱这|这边|现在这)[^，。]{0,6}(?:是|叫|算|属于)/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /都是正品|也是正品|同样是正品|一样是正品|都是真的|也是真的|全是正品|都正品|小样|礼盒|套装|简装|试用|旅行装|分装|容量|规格|尺寸|颜色|色号|型号|链接错|拍错|发错|模型|展示|样品|不卖|赠品/],
    deniable: false,
  },
  // ---- Round 33 (t33g) ----
  {
    // A code said to be shared by many goods (我们用的是通用码, 防伪码都是共用码): no code of the goods' own.
    words: ['通用码', '共用码', '公用码', '通用的码', '统一的码', '共用的码'],
    severity: 'block',
    message: '说防伪码是通用的，暗示不是正品（规则 2.8）',
    sentence: /防伪|溯源|查询|扫|验|正品|官网/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /尺码|均码|码数|优惠码|邀请码|兑换码|券码|取件码|验证码/],
    deniable: false,
  },
  {
    // The goods' own marks put on by us once the goods came in (刻字是我们到货后自己激光打上去的, logo是收到货以后我们自己印的): the goods came
    // without them. Not the buyer's own engraving or a name (您要刻的字我们到货后激光打上去).
    words: ['刻字', '印字', '激光字', '镭射字', '镭射标', '型号', 'logo', '商标', '标志', '钢印', '编码', '序列号', '字母', '标识'],
    severity: 'block',
    message: '说商品上的标识是到货后自己加上去的，暗示不是正品（规则 2.8）',
    sentence: [MADE_BY_US, /(?:收到|到|拿到|进|来)货(?:了)?(?:以?后|之后)|货(?:到|来)了?(?:以?后|之后)/],
    window: 30,
    // …nor our own brand's mark (我们自有品牌的logo是到货后自己印的).
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:您|你|亲)[^，。]{0,6}(?:刻|印|定|选|要|提供|指定|写)|定制|名字|姓名|缩写|祝福|签名|纪念|日期|专属|个性|中文标签|背标|快递|面单|贴纸|不干胶|方便|区分|分拣|尺码|自有品牌|自主品牌|(?:我们|本店|我家|店铺|咱家)(?:自己|家|店)?的(?:logo|标志|商标|品牌)/],
    deniable: false,
  },
  {
    // Not made or filled where the brand makes it, told as why the goods fall short of the counter's (手感会比专柜的轻一点，毕竟不是在法国灌的;
    // 味道比正品淡，毕竟不是在原产地做的). Not where the buyer bought it (不是在专柜买的), nor the brand's other factory named.
    words: ['不是在', '并非在', '不是从'],
    severity: 'block',
    message: '说商品不是在品牌产地灌装或生产、比专柜的差，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{1,8}?(?:灌装?|分装|生产|制造|加工|组装|调配?|做|产)(?:出来)?的/,
    sentence: [/(?:比|跟|和|与)[^，。]{0,4}(?:专柜|正品|原装|原版|官方|柜台|真品|真货|原厂)/, /轻|淡|差|重|粗|薄|弱|短|不一样|不同|区别|不如|没那么/],
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /品牌(?:的|方|自己|自家)?[^，。]{0,6}(?:工厂|产线|生产线|线|版)|授权|批次|新版|旧版|改版|配方调整|产地不同|小样|旅行装|试用装|正装|原装|进口|保税|关税|海外|直邮|免税/],
    deniable: false,
  },
  {
    // The goods' own codes altered or scraped off (序列号是处理过的, 溯源码我们刮掉了, 批号磨掉了), with a sign it hides where they came from or is
    // no matter (渠道特殊, 您懂的, 功能都正常, 保修就别想了). Not a shipping label's privacy, nor a refusal (我们从不刮码).
    words: ['序列号', '串号', 'imei', '批号', '溯源码', '防伪码', '机身码', 'sn码', '生产码', '喷码', '追溯码', '批次码', '防伪标', '底码', '激光码', '识别码', '编码', '机身编号', 'sn号'],
    severity: 'block',
    message: '说商品的序列号、溯源码等被处理或刮掉，暗示不是正品（规则 2.8）',
    // (round 40, t40h: …on purpose, lest the counter's check tell — 喷码是我们故意刮掉的，不然拿去专柜一查就知道)
    after: /^(?:是|都|已经|已|被|给|也|我们|我|这边|店里|都给|提前|故意|特意|专门|特地)*(?:处理过|处理了|改过|改了|修改过|磨过|磨掉|磨了|刮掉|刮了|刮过|抹掉|抹了|去掉|撕掉|撕了|剪掉|剪了|划掉|涂掉|涂了|重刻|重打|重新打|重新刻|动过)/,
    sentence: /渠道|懂|特殊|不影响|正常|放心|别想|保修|功能|便宜|价|没事|没问题|都这样|原因|查不到|不方便|没区别|别在意|不用在意|一样|不然|否则|免得|省得|以免|一查|查出|查得出/,
    sentenceSkipsAnchor: true,
    // …nor the buyer's serial handled for a warranty (您的序列号我们已经处理过了，保修已激活).
    notSentence: [REMEDY, OTHERS_OR_WARNING, /面单|快递单|隐私|个人信息|地址|电话|手机号|如果|若|万一|发现|请勿|不要|禁止|不会|从不|从来不|绝不|没有(?:刮|磨|改|处理|撕|剪)|不能|不可以|(?:您|你|亲)(?:自己)?(?:可以|别|不要)|(?:您|你)的|登记|激活|注册|绑定|申请|延保/],
    deniable: true,
  },
  {
    // Made by us after another's formula, the look the same (我们是照它配方自己生产的，瓶子一模一样; 按那个牌子的配方在国内做的，包装都一样).
    // Not a traditional, family or national recipe.
    words: ['配方'],
    severity: 'block',
    message: '说商品是照着别家配方自己生产、外观一样，暗示是仿品（规则 2.8）',
    before: /(?:按|照|照着|按照|仿|参照|对照)(?:着)?[^，。]{1,8}?(?:的)?$/,
    unless: kinRecipeAt,
    after: /^(?:自己|我们|自行|另外|在国内|国内|找厂|找工厂|在工厂)+(?:生产|制造|加工|做|灌|调|配|出)/,
    sentence: /一模一样|(?<![不没])一样|没区别|差不多|同款|八九不离十|(?<![不没])像/,
    window: 30,
    // …nor a maker licensed by the brand (品牌授权的代工厂，按品牌方的配方生产).
    notSentence: [REMEDY, OTHERS_OR_WARNING, /传统|祖传|古法|医生|中医|秘制|家传|老方子|食谱|宝宝|月子|国标|国家标准|专利|研发|营养师|自有品牌|自主品牌|(?<![没无未不非])授权|委托|监制|代工厂/],
    deniable: false,
  },
  {
    // A batch made ever nearer to an unnamed original (这批比上一批做得更接近了, 第三版做得越来越像了): only a copy draws near. Not nearer to a
    // named thing that is no original (颜色做得更接近图片了, 做得更接近您要的效果).
    words: ['更接近', '越来越接近', '更像了', '越来越像', '更逼真', '还原度更高', '还原得更好'],
    severity: 'block',
    message: '说这批做得更接近（原版），暗示是仿品（规则 2.8）',
    before: /(?:做|仿|还原|调|出|弄)得?(?:也|都|已经|是)?$|(?:批|版)(?:货|的)?$/,
    after: /^(?:了|啦|哦|呢|的|些|一些|一点|很多|不少)*$|^(?:原版|原款|正品|专柜|真的|真品|真货|原厂|原装|大牌)/,
    scope: 'clause',
    sentence: /批|版|货|次/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /图片|图|照片|效果图|设计稿|您要|你要|要求|样品|打样|颜色|色号|仿真|模型|手办|娃娃/],
    deniable: false,
  },
  {
    // The buyer told to keep the brand unsaid when the goods are given or shown (送人的话建议别提牌子，自己用完全没问题).
    words: ['别提牌子', '不要提牌子', '别提品牌', '不要提品牌', '别说牌子', '不要说牌子', '别说品牌', '不要说品牌', '牌子别提', '品牌别提', '别讲牌子', '别报牌子', '不提牌子', '牌子就别说', '牌子就别提', '别说是什么牌子', '别说是哪个牌子', '别提是什么牌子'],
    severity: 'block',
    message: '劝买家送人时别提牌子，暗示不是正品（规则 2.8）',
    sentence: /送|自己用|自用|自己穿|自己戴|自己背|别人|朋友|对象|女朋友|男朋友|老婆|老公|懂|没问题|看不出/,
    sentenceSkipsAnchor: true,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /价格|价钱|多少钱|价签|小众|国货|自有品牌|自主品牌|手工/],
    deniable: false,
  },
  {
    // Nobody knows unless told, of goods likened to a brand (看着跟卡家那款一模一样，你不说没人知道).
    words: ['你不说', '您不说', '不说没人', '不说谁知道', '不说谁能知道', '不说谁看得出', '不说别人', '不说的话没人', '不说的话谁'],
    severity: 'block',
    message: '说和大牌一样、不说没人知道，暗示不是正品（规则 2.8）',
    sentence: [new RegExp(`[a-z]家|(?:迪|香|驴|爱|古|巴|普|范|圣|芬|娇|雅|海|卡|兰|蒂|宝)家|大牌|专柜|正品|牌子|品牌|名牌|原版|真的|真货|真品|${BRAND_NAMES.source}`),
      /一模一样|一样|没区别|差不多|像|同款|没人知道|谁知道|看不出|认不出/],
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /二手|价格|价钱|多少钱|便宜|平价|性价比|网上买|仿真|假花|模型/],
    deniable: false,
    unless: imitationByNature,
  },
  {
    // The goods kept away from an expert's eye (别跟懂行的人站一起比, 别让行家细看): only a copy fears the comparison.
    words: ['懂行的人', '懂行的', '内行人', '内行', '行家', '识货的', '明眼人', '懂货的'],
    severity: 'block',
    message: '劝买家别让懂行的人对比细看，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|千万别|最好别|最好不要|避免|不敢)(?:跟|和|与|让|给|在)$/,
    after: /^(?:人)?(?:站|放|摆|凑|靠)?(?:在)?(?:一起|一块)?(?:比|对比|看|细看|研究|近看|面前)/,
    sentence: /差别|区别|不一样|看出|看得出|背|戴|穿|日常|近看|细看|没问题|露馅/,
    sentenceSkipsAnchor: true,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /比价|价格|价钱|便宜|优惠|砍价/],
    deniable: false,
  },
  // ---- end round 33 (t33g) ----
  // ---- round 36 (t36b) ----
  {
    // The wrapping, tag or papers called genuine and the contents said to come from elsewhere, swapped or left unsaid (外袋和吊牌是正品的，
    // 被芯我们另配的; 吊卡是正版上拆下来的，本体不是一个来源; 外袋是进口原装袋，里面的豆子我们在国内换过了; 盒子和说明书是日版正品，里面的嘛……).
    // Not the contents vouched for too (里面也是正品), a part honestly serviced (电池换了新的), or a gift put in.
    words: ['外袋', '包装袋', '袋子', '外包装', '包装', '彩盒', '盒子', '外盒', '礼盒', '木盒', '罐子', '瓶子', '吊牌', '吊卡', '标签', '贴纸', '说明书', '保卡', '外壳', '壳子', '被套', '外套袋'],
    severity: 'block',
    message: '说只有包装、吊牌是正品、里面的东西另有来源，暗示不是正品（规则 2.8）',
    after: /^(?:(?:和|跟|、|及|以及|还有|加)[^，。是]{1,6}?)?(?:都|也|倒|确实)?(?:是|用的是?|印的?(?:还|也|都|仍然|依然|照样)?是)(?:从)?(?:日版|港版|美版|欧版|韩版|进口|日本|韩国|原厂|原装|正品|正版|品牌|官方|专柜|[a-z]家)/,
    window: 40,
    sentence: /(?:里面|里头|内里|本体|主体|机身|被芯|枕芯|芯子|内芯|内胆|芯|刀|豆子|粉|轮子|机器|公仔|娃娃|内容物|东西)(?:的)?[^，。！？]{0,10}?(?:另配|另外配|另装|另换|后配|换过|换了|换成|替换|不是一个来源|不是一个地方|不是同一个|不是原|不是正|另有来源|另一个|另一条|另外的|国产|我们自己|自己配|副厂|非原厂|非原装|杂牌|第三方|组装|嘛|就不好说|不好说|不方便说|就别问)|(?:散片|散装|散货|散称|零散)[^，。！？]{0,10}?(?:重新装|重新包|重新分|分装|装袋|装的袋|装进)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /报关单|授权书|(?:部分|某些|那些|一些)(?:网店|店|店铺|商家|卖家)|网店|(?:也|都|同样|一样|均)(?:是|为)(?:正品|原装|原厂|正版)|电池|表带|滤芯|新的|升级|维修|保养|赠品|小样|赠送|送的|礼品|贺卡|填充物|防震|气泡/],
    deniable: false,
  },
  {
    // A brand's identifying mark made to the buyer's choice of brand (车架号可以按您要的格式打，要哪个牌子的格式都行; 想要哪家的标我们都能
    // 贴): marks made to order are a fake's. Not a name engraved as a gift (刻字要哪个名字都行) or a choice among brands we stock.
    words: ['哪个牌子', '哪个品牌', '哪家的', '什么牌子', '啥牌子', '哪个大牌', '随便哪个牌子', '任何牌子', '任何品牌'],
    severity: 'block',
    message: '说品牌标识、编号可以按买家要的牌子来做，暗示是仿冒（规则 2.8）',
    after: /^[^，。！？]{0,8}?(?:都行|都能|都可以|随便|都给|都帮|都做|都打|都印|都刻|都贴)/,
    sentence: [/logo|标|商标|车架号|序列号|编号|钢印|刻印|吊牌|格式|字样/, /打|印|刻|贴|绣|烫|压|喷|做|缝/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /都有(?:货|现货|卖)|在售|代理|授权|兼容|适配|配件|尺寸|接口|型号/],
    deniable: false,
  },
  {
    // The label kept saying the origin the goods are said not to come from (不是巴拿马那个庄园的…标签照样是那个庄园的; 不是日本产的，包装
    // 依然印的日本): a relabelled origin. Not a package left unchanged for a stated reason (换产地了，包装还没更新).
    words: ['标签', '包装', '外包装', '吊牌', '酒标', '瓶标', '标', '产地', '包装袋', '盒子'],
    severity: 'block',
    message: '说产地或来源不是标签上那个、标签却照样写那个，暗示不是正品（规则 2.8）',
    after: /^(?:上)?(?:的字)?(?:照样|照旧|照常|依然|依旧|仍然|照贴|照印|照写)/,
    window: 40,
    sentence: /不是|并非|其实是|实际是|实际上是/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /还没(?:来得及)?(?:更新|换)|未更新|没更新|老包装|旧包装|新包装|升级|批次|改版|过渡期|中文标签/],
    deniable: false,
  },
  {
    // The real thing out of our reach and this one sold instead (这个牌子的真货我们也拿不到，这款是‘跟单’的; 正品我们根本进不到，所以是这种). Not a
    // shortage said plainly (正品我们也拿不到货了，暂时下架).
    words: ['真货', '正品', '真的', '正版', '原装货', '专柜货', '正品货', '原厂货'],
    severity: 'block',
    message: '说正品自己拿不到、卖的是别的，暗示不是正品（规则 2.8）',
    after: /^(?:我们|咱们|我|咱|这边|店里|本店)?(?:也|都|根本|确实|压根|基本)?(?:拿不到|进不到|搞不到|弄不到|拿不了|进不了|搞不来|弄不来|没渠道|没有渠道|没门路|没有门路)/,
    window: 40,
    sentence: [/这款|这个|这批|我们这|我们卖|所以|只有|但是|不过|就当/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /没上架|不上架|不卖|下架|断货|缺货|补货|到货|预售|等货|调货|暂时|配额|抢不到|限量|排队/],
    deniable: false,
  },
  {
    // The buyer asked to take the goods as genuine (您就当它是吧, 就当是真的用): a wink that they are not.
    words: ['就当它是', '就当是', '当它是', '就当他是', '当成是', '就当作是'],
    severity: 'block',
    message: '让买家“就当它是正品”，暗示不是正品（规则 2.8）',
    after: /^(?:真的|正品|正版|原装的?|真货|原厂的?)?(?:吧|就行|就好|好了|呗|得了|啦)/,
    window: 40,
    sentence: new RegExp(`${GENUINE.source}|真货|真的|牌子|跟单|尾单|原单|同一批|同批|渠道|来源`),
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /礼物|心意|玩具|惊喜|奖励|福利/],
    deniable: false,
  },
  {
    // Likeness given as a figure beside the genuine named in a nearby sentence (正版二手都炒到四千多了…做工九成还原; 原版…还原了百分之九十).
    // Not a figure's fidelity to a character (手办九成还原动画原作) or a colour.
    words: ['还原', '还原度'],
    severity: 'block',
    message: '用“几成还原”衡量与正版的差距，暗示是仿品（规则 2.8）',
    window: 60,
    sentence: [/正版|正品|原版|专柜|真品|原厂|官方版|官方那款/, /[0-9一二三四五六七八九十几]+成|百分之|[0-9]+%/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /正版授权|官方授权|原作|动画|漫画|动漫|角色|人物|游戏|色彩|颜色|画质|音质|还原乳|还原奶|奶粉|照片|图片|肤色|妆效|退款|原路/],
    deniable: false,
  },
  {
    // The buyer told not to set the goods beside the genuine or show them to those who would compare (别拿去跟朋友的原装放一块比, 收货后别发到
    // 群里跟人比，有些较真的玩家会挑刺): only a copy fears the comparison. Not a price comparison or a colour on a screen.
    words: ['放一块比', '放一起比', '放在一起比', '放一块对比', '放一起对比', '摆一起比', '拿去比', '拿去对比', '跟人比', '和人比', '跟别人比', '和别人比', '跟朋友比', '跟正品比', '跟原装比', '跟真的比', '和正品比', '和原装比', '跟原厂比', '跟专柜比', '和专柜比'],
    severity: 'block',
    message: '劝买家别拿去和正品或别人的对比，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|千万别|最好别|最好不要|就别|别再|不用)[^，。！？]{0,14}$/,
    notAfter: /^(?:价|较价|价格|颜色|色差|尺码|大小|身高)/,
    sentence: /原装|正品|正版|真的|真货|原厂|专柜|原版|较真|挑刺|挑毛病|懂行|行家|识货|看出来|看得出|露馅/,
    window: 40,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM, /兼容|副厂|第三方|平替|比价|价格|颜色|色差|屏幕|图片|孩子|宝宝|身高/],
    deniable: false,
  },
  {
    // A contract factory running after hours or a night shift for goods like the brand's (代工厂下班后开机做的，零件跟白天那批一样; 工厂白天做正版，
    // 晚上用同一套模具开机): a run the brand never ordered. Not a night shift that speeds up our own order (工厂夜班赶工，您的定制明天发).
    words: ['下班后', '下班以后', '夜班', '夜场', '晚上开机', '夜里开机', '晚上用同一', '半夜开机', '停工后', '偷偷开机', '私下开机', '加班做的', '夜班多出'],
    severity: 'block',
    message: '说商品是代工厂下班后或夜班另开机做的，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: [/代工厂|工厂|厂里|厂家|流水线|生产线|模具|开机/, /一样|同一|同款|正版|正品|品牌|原厂|白天|官方|大牌/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /赶工|赶货|赶单|加急|您的订单|您的定制|发货|物流|快递|客服|值班/],
    deniable: false,
  },
  {
    // The brand's trappings sold apart to make the goods pass for the counter's (吊牌可以另外买，挂上去跟商场的一模一样; 原盒和保卡单独拍，配齐了看不出来).
    // Not a gift box offered apart (礼盒单独拍，送人更体面).
    words: ['吊牌', '原盒', '原装盒', '原装彩盒', '彩盒', '保卡', '保修卡', '防伪卡', '授权卡', '证书', '小票', '包装盒', '鞋盒', '表盒', '盒子'],
    severity: 'block',
    message: '说品牌包装、吊牌或保卡可另外买来配齐冒充正品，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,6}?(?:可以|能|要|得|需要)?(?:另外|单独|额外|另)(?:买|卖|拍|加钱|配|购买|收费|付费)/,
    window: 40,
    sentence: /一模一样|一个样|看不出|认不出|分不出|没区别|(?:跟|和|与)(?:商场|专柜|柜台|正品|原装|官方|真的)[^，。！？]{0,6}(?:一样|没区别|没两样)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /礼盒|礼袋|贺卡/],
    deniable: false,
  },
  {
    // A label of another origin put on by us (这款是越南产的，我们换了个日本产的标签; 贴了原产法国的标): a relabelled origin. Not a Chinese label
    // on an import (贴了中文标签) or a new package (换了新包装).
    words: ['标签', '标', '包装', '吊牌', '外包装', '产地标', '酒标', '贴纸', '标贴'],
    severity: 'block',
    message: '说给商品换上或贴上别的产地标签，暗示不是正品（规则 2.8）',
    // (round 43, t43a: not 配套 — 原厂配套厂生产的，包装… names the maker, nothing is put on)
    before: /(?:换了?|换成|换上|改了?|改成|贴了?|贴上|印了?|印上|(?<!配)套了?|(?<!配)套上)(?:个|一个|了|张)?(?:原产)?[^，。！？]{0,4}?(?:产|原产|进口|原装|直邮)的?$/,
    window: 40,
    sentence: /我们|自己|店里|这边|国内|厂里|其实/,
    // (round 42, t42d: …or a foreign country's label said stuck on goods made at home, 贴的 as 贴了 — 国内代工，贴的澳洲标, see the cue after.)
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文标签|中文标|背标|新包装|海关|报关|保税|检验检疫/],
    deniable: false,
  },
  {
    // Round 42 (t42d): a foreign country's label stuck on goods made at home (国内代工，贴的澳洲标，效果一样的; 本地厂做的，印了个日本的牌子): a false
    // origin. Not a Chinese label on an import (贴的中文标), our own mark (贴的是我们自己的标), a brand's licensed maker told (澳洲品牌授权国内代工)
    // or the home origin printed too (也写了中国制造).
    words: ['标', '标签', '标贴', '贴纸', '产地标', '牌子', '商标', 'logo', '字样'],
    severity: 'block',
    message: '说国内生产的商品贴上外国产地标，暗示不是正品（规则 2.8）',
    before: new RegExp(`(?:贴|印|换|套|打|缝)(?:了|的|上|着|成)(?:个|一个|张|块)?(?:是)?${FOREIGN}(?:的|那边的?|产的?|进口的?)?$`),
    window: 30,
    sentence: new RegExp(`国内|国产|本地|当地|内地|(?<!原|品牌|官方)厂|作坊|代工|${HOME_PLACE}`),
    notSentence: [REMEDY, OTHERS_OR_WARNING, ORIGIN_DISCLOSED, /中国制造|中国产|国内生产|原产(?:地)?(?:是)?中国|made ?in ?china|授权|监制|品牌方|中文|进口(?:的)?(?:原料|原材料|面料|机芯|零件)/],
    deniable: true,
  },
  {
    // Made at home, the package printed with a foreign origin (这款是国产的，包装上写的德国制造; 国内工厂做的，标签印的原产意大利): a false origin.
    // Not a foreign brand's design or technology said plainly (德国品牌，国内生产，包装上也写了中国制造).
    words: ['国产的', '国产货', '国内产的', '国内生产的', '国内做的', '国内工厂做', '国内厂里做', '本地产的', '国内灌装的', '国内加工的'],
    severity: 'block',
    message: '说商品是国内生产、包装却标外国产地，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: /(?:包装|标签|盒子|外包装|袋子|吊牌|瓶身|罐子|罐身)(?:上)?(?:写|印|标|贴)(?:的|着|了)?(?:是)?[^，。！？]{0,6}?(?:制造|原产|产地|进口|madein)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中国制造|中国产|国内生产|原产(?:地)?(?:是)?中国|made ?in ?china|设计|技术|监制|中文标签|背标|原料|原材料|材料|面料|成分|配料|零件|零部件|进口的?(?:豆|粉|麦|奶源|机芯)/],
    deniable: true,
  },
  {
    // Where the goods come from refused as a question (就是别问哪来的; 这款的来路您就别打听了; 货是从哪来的我这不方便说): a source that cannot be
    // named, the goods praised beside it. Not a supplier kept private with the papers shown (货源不方便透露，但报关单和授权都有).
    words: ['哪来的', '哪儿来的', '从哪来的', '从哪儿来的', '从哪里来的', '哪里来的', '来路', '货源', '来源', '出处', '哪进的', '哪拿的', '从哪进的', '从哪拿的'],
    severity: 'block',
    message: '回避货源问题、叫买家别问从哪来的，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|甭|莫|不用|就别|千万别)(?:问|打听|追问|多问|深究|管)(?:是|我们|这|这批|这个)?$/,
    window: 40,
    sentence: /便宜|价|东西|质量|好用|放心|正品|原装|正规|渠道|一样|没毛病|没问题|用着|用起来/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /授权|报关|溯源|保税|直邮|海外仓|差评|评价|快递|物流|包裹|订单|投诉/],
    deniable: false,
  },
  {
    // …or the source named first, then the question waved off or declined (来路您就别打听了, 货源这个不方便细说).
    words: ['来路', '货源', '来源', '出处', '从哪来的', '从哪儿来的', '哪来的', '哪里来的'],
    severity: 'block',
    message: '回避货源问题、叫买家别问从哪来的，暗示不是正品（规则 2.8）',
    after: /^(?:的?(?:问题|这个|这事|这块|方面))?(?:呢|嘛|啊)?(?:您|你|亲|咱)?(?:就)?(?:别|不要|甭|不用|莫)(?:问|打听|深究|追究|多问|管|纠结)|^(?:的?(?:问题|这个|这事|这块|方面))?(?:呢|嘛|啊)?(?:我|我们|这边|咱|我这|我这边)?(?:不方便|不好|不能|没法|不便)(?:在这里?|在这儿)?(?:说|讲|透露|细说|多说|告诉|讲明|说明)/,
    window: 40,
    sentence: /便宜|价|东西|质量|好用|放心|正品|原装|正规|渠道|一样|没毛病|没问题|用着|用起来/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /授权|报关|溯源|保税|直邮|海外仓|差评|评价|快递|物流|包裹|订单|投诉|供应商名|商业机密/],
    deniable: false,
  },
  // Round 36 (t36h): why it is so cheap waved off (别问为什么这么便宜; 为啥这个价？问就是渠道好😏 — the "问就是" formula answers nothing):
  // a low price the buyer is told not to look into. Not a price with its reason given (别问为什么这么便宜，店庆活动就这三天; 问就是临期清仓).
  {
    words: ['别问', '不要问', '甭问', '不用问', '就别问', '别打听', '别多问'],
    severity: 'warn',
    message: '叫买家别问为什么便宜，暗示不是正品（规则 2.8）',
    after: /^(?:了|啦|我|我们)?(?:为什么|为啥|怎么|咋|为何|凭什么)(?:能|会|卖|就|卖得|做到|可以|给|敢){0,2}(?:这么|那么|这样|如此)?(?:便宜|低|实惠|划算)|^(?:了|啦|我|我们)?(?:为什么|为啥|怎么|咋|为何)[^]{0,3}(?:这个价|这价|这种价|这价格|价格这么低)/,
    scope: 'clause',
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, CHEAP_FOR_A_REASON],
    deniable: false,
  },
  {
    words: ['问就是'],
    severity: 'warn',
    message: '用“问就是…”回避为什么便宜，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: /(?:为什么|为啥|怎么|咋|为何|凭什么)[^]{0,6}(?:便宜|这么低|这个价|这价|这种价)|(?:便宜|这个价|这价)[^]{0,4}(?:为什么|为啥|怎么回事|咋回事)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, CHEAP_FOR_A_REASON],
    deniable: false,
  },
  // ---- end round 36 (t36b) ----
  // ---- round 37 (t37b) ----
  {
    // Goods that are not retail stock — a counter tester, a sample, a refurb, a used or fished-out one — passed off as new or full-size,
    // with how they were disguised (试用装重新配了外盒…当正装送人看不出来; 翻新机重新过的膜，当新机用就行; 标的是新球，其实是湖里捞的，
    // 重新喷漆). Not a sample said plainly (小样量很足，可以当正装用一阵), nor a refurb declared (页面写明是官翻，不能当新机卖).
    words: ['当正装', '当成正装', '当作正装', '当做正装', '当新机', '当成新机', '当作新机', '当新品', '当成新品', '当作新品', '当全新', '当成全新', '当新的', '当成新的', '当作新的', '当新货', '当成新货', '按新品卖', '按新的卖', '按全新卖', '按正装卖', '当正装卖', '标的是新', '标的新', '标着新', '标成新', '标的全新', '写的是新', '写的全新', '写成全新', '卖的是新', '按全新', '按新机', '按新品发', '按新的发', '当全新发', '当新机发', '当新品发', '按新杆', '按新价', '按全新价', '按新品价', '按新的价'],
    severity: 'block',
    message: '把试用装、样品、翻新或二手货当成正装或新品卖，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [NON_RETAIL, DISGUISED],
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL],
  },
  {
    // …or called new outright once resealed (样品拆过封，我们重新封好了，您收到就是新的). Not a replacement that is new (这次发的就是新的).
    words: ['就是新的', '就是全新', '算新的', '算全新', '就当新'],
    severity: 'block',
    message: '把试用装、样品、翻新或二手货重新封好说成新品，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [NON_RETAIL, /重新(?:封|装|包|塑|贴|配|喷|印|打)|再封|封好|封上|盖住|遮住|撕掉|刮掉|去掉/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL, /这次|正式|换货|补发|重新发|新发|发出|不是退回|不是样品|不是那台|给您换|给您重新/],
  },
  {
    // …or the disguise told without the "as new" (退回来的机器我们重新塑封了，跟新的一样; 撤柜的试用装重新装盒，拆开也看不出来).
    words: ['重新塑封', '重新封膜', '重新过膜', '重新过的膜', '重新过了膜', '重新贴膜', '重新包装', '重新配了外盒', '重新配的外盒', '重新配了盒', '重新配的盒', '重新装盒', '重新装的盒', '重新喷漆', '重新喷了漆', '重新喷的漆', '过了玻璃纸', '重新过了玻璃纸', '重新封口', '重新封的口', '重新上的膜', '重新打的包'],
    severity: 'block',
    message: '说试用装、样品、翻新或二手货重新包装得跟新的一样，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [NON_RETAIL, /(?:跟|和|同|像)(?:全)?新的?(?:一样|一个样|没区别|没两样|差不多)|当(?:成|作|做)?(?:正装|新机|新品|全新|新的)|看不出|认不出|分不出|发现不了|拆开也|塑封跟新|送人没问题/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL, /补发|换一[台件个瓶盒]|给您换|换新|海关|查验|抽检/],
  },
  {
    // …or put into the retail goods' box (试用装换了正装的盒子; 样品套了正装的外盒): a tester dressed as the full-size article.
    words: ['换了正装', '换成正装', '换上正装', '换正装', '套了正装', '套上正装', '套正装', '配了正装', '配上正装', '装进正装', '装到正装', '灌进正装', '换了新盒', '换了新盒子', '换了新的盒', '换了新的盒子', '换了个新盒', '换了个新盒子', '换个新盒', '换个新盒子', '换了新包装', '换了个新包装', '换了新的包装', '换了外盒', '换了个外盒', '换了盒子', '换了个盒子', '套了新盒', '套了新盒子', '装进新盒', '装进新盒子', '换了全新'],
    severity: 'block',
    message: '说把试用装、样品或翻新货装进正装或新品的包装，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: NON_RETAIL,
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL, /补发|换一[台件个瓶盒]|给您|送您|补偿|升级|换新|海关|查验|抽检|破损|压坏|漏液|漏了/],
  },
  {
    // A tester or a used bottle topped up and sealed again (柜姐用剩的试用装，我们补满了再封上; 用过的半瓶灌满重新封口), or any pack resealed to look
    // factory-sealed (卡包拆过，我们重新封的包，跟原封的一样). Not a refill bottle sold as one (补充装可以灌满您的旧瓶), nor a customs reseal.
    words: ['补满', '灌满', '加满', '续满', '补装满', '回灌', '重新封的包', '重新封包', '重新封的', '二次封', '二次封装', '重新热封', '重封', '再封上', '重新封上', '又封上'],
    severity: 'block',
    message: '说把用过的、试用的或拆过的商品补满或重新封好当新品，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: [/试用装|试用品|小样|用剩|用过|半瓶|空瓶|拆过|拆开过|换出来|挑过|搜过|翻过|旧瓶|样品|回收/, /封|卖|送人|送礼|体面|(?:跟|和|像)(?:原封|原厂封|未拆|新的?|全新)[^，。！？]{0,3}(?:一样|没区别|没两样)|看不出|认不出/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL, /补充装|替换装|补充液|您的旧瓶|自己灌|自行灌|海关|查验|抽检|质检|给您|补发|油箱|电量|充满|水箱|墨水|墨囊|上墨/],
  },
  {
    // A "not for sale" or tester mark covered or taken off (瓶底的非卖品字样我们用贴纸盖住了; tester的标撕掉了): a tester sold as retail.
    // Not a tester sold openly (瓶底印着非卖品，这款就是试用装，价格也按试用装定的).
    words: ['非卖品', 'notforsale', 'tester', '试用装字样', '试用装标', '试用字样', '赠品字样', '赠品标', '非卖字样'],
    severity: 'block',
    message: '说把“非卖品”“试用装”标记盖住或去掉，把试用装当正装卖，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: /盖住|遮住|盖掉|遮掉|盖上了|撕掉|撕了|刮掉|刮了|去掉|抹掉|磨掉|涂掉|剪掉|贴纸盖|贴住/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不会|没有(?:撕|刮|盖|遮|去)|不撕|不刮|从不|绝不|请勿|不要|别(?:撕|刮)/],
    deniable: false,
  },
  {
    // A serial number that clashes — shared by a whole batch, not matching the warranty card, or shown as activated before — called
    // normal or waved off (序列号跟别人撞了是正常的; 编号和保卡对不上不用管; 官网查会显示激活过，您别管): a fake's or a refurb's number.
    // Not a check the shop takes up (序列号对不上的话拍照发我们，给您换), a batch or model code, nor 未激活 explained.
    words: ['序列号', '编号', '串号', 'imei', 'sn码', 'sn号', '机身码', '机身号', '保卡', '保修卡', '激活过'],
    severity: 'block',
    message: '说序列号对不上、重复或显示已激活是正常的、不用管，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: [/对不上|不一致|不对应|不匹配|不符|(?:跟|和|与)[^，。！？]{1,10}?(?:不一样|不同)|(?:查|扫|显示|搜)(?:出来)?(?:的)?(?:是|为)?(?:别的|其他的?|另一[个台款部])|撞了|撞号|重复|重号|同一个号|一样的号|一个号|号都一样|都是一个|显示(?:已经?|被)?激活|激活过|显示(?:是)?(?:翻新|二手|已售|官翻)/, /(?<!不|不太|不算)正常|不用管|别管|不要管|没关系|不影响|无所谓|不要紧|没事|不用在意|别在意|不碍事|照样|一样用|笔是一样|东西是一样|机器是一样/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /订单|快递|物流|单号|批次号|批号|型号|未激活|没激活|没有激活|退换|退货|换货|联系我们|发我们|发给我们|拍照|核实|帮您查|给您查|马上查|登记|延迟|同步|给您换|换一台|各有各|各自|分别|本来就(?:不|是两)|一个是|是两个|两个(?:部件|东西|号|编号)|不同的部件|不是同一(?:个|件|样)(?:东西|部件|产品|零件)/],
    deniable: false,
  },
  {
    // The brand's own outlet at one price and ours at a fraction, the reason withheld or asked back (专柜卖三千二，我们一千出头，原因不方便在这儿说;
    // 官方旗舰店卖四千多，我们一千五，您说为什么呢？反正飞起来一样). Not a reason given (因为保税直发), nor a reason withheld with no price gap.
    words: ['您说为什么', '你说为什么', '您说为啥', '你说为啥', '您猜为什么', '你猜为什么', '您猜为啥', '你猜为啥', '原因不方便', '原因不好说', '原因不便', '原因就不说', '原因就不多说', '原因就不细说', '原因您懂', '原因你懂', '原因懂的', '原因嘛', '为什么便宜您懂', '为啥便宜您懂', '为什么便宜你懂'],
    severity: 'block',
    message: '说和专柜、官方同样的东西价格差很多、原因不便说，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [/专柜|官方|旗舰店|官网|正品|品牌店|柜台|原厂|免税店|商场/, /[0-9一二两三四五六七八九十几](?:千|百|万)|[0-9]+(?:块|元)|零头|几折|一半|半价/, /一样|一个样|没区别|差不多|没差|两样|分不出|看不出|同款/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, CHEAP_FOR_A_REASON, /因为|由于|主要是|是因为|在于|源于|省了|省去|中间商|中间环节/],
    deniable: false,
  },
  {
    // The brand's after-sales to be avoided, beside a price gap or a sameness (别拿去官方售后就行; 千万别送品牌维修点): only goods the brand
    // would not honour fear its service desk. Not a market version the brand does not cover said plainly (港版不联保，我们店保修一年), nor
    // a shortcut to us (有问题不用找官方售后，直接找我们更快).
    words: ['官方售后', '品牌售后', '原厂售后', '专柜售后', '官方保修', '品牌保修', '官方维修', '品牌维修', '官方检测', '官方网点', '售后网点', '品牌门店', '官方门店', '官方客服'],
    severity: 'block',
    message: '叫买家别拿去官方售后或专柜，暗示不是正品（规则 2.8）',
    before: /(?:别|不要|千万别|千万不要|最好别|最好不要|可别|不能|不可以|就别)(?:拿去|拿到|送去|送到|去|找|走|联系|送|拿|寄去|寄到)?$/,
    window: 60,
    // Round 40 (t40c): …or beside the goods' own code altered (序列号是改过码的…千万别送品牌售后, 串号动过，别拿去官方维修).
    sentence: /[0-9一二两三四五六七八九十几](?:千|百|万)|[0-9]+(?:块|元)|一样|没区别|分不出|看不出|您懂|你懂|懂的|心里有数|为什么|为啥|便宜|露馅|穿帮|查出来|(?:序列号|串号|imei|sn码?|机身码|机身编号|编码|识别码|防伪码|溯源码)[^，。！？]{0,4}?(?:改|磨|刮|动|处理|重刻|重打)(?:过|了|掉)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /港版|美版|日版|欧版|海外版|国行|联保|质保|我们(?:店|这边)?(?:提供|负责|承担|包修|保修)|直接找我们|直接联系我们|找我们更快|更快|更方便|排队|拆过|拆机|人为|进水|过保|保修期/],
    deniable: false,
  },
  {
    // A fake mark, case or paper made by us (评级壳是我们自己做的假壳; 可以给您配个假吊牌): the goods' proof forged. Not a warning (谨防假证书).
    words: ['假壳', '假标', '假标签', '假吊牌', '假证书', '假保卡', '假防伪', '假防伪码', '假防伪标', '假评级', '假包装', '假盒子', '假logo', '假商标', '假序列号', '假编号', '假授权', '假授权书', '假鉴定', '假鉴定证书', '假报关单', '假小票', '假合格证', '假卡砖', '假评级壳'],
    severity: 'block',
    message: '说商品的壳、标签、证书等是自己做的假货，暗示不是正品（规则 2.8）',
    notBefore: /(?:真|打|防|辨|识|鉴|查)$/,
    window: 30,
    sentence: /我们|自己|店里|这边|厂里|可以|能|帮您|给您|配|做|印|打/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不会|不做|绝不|从不|没有|不可能|识别|辨别|区分|分辨|鉴别|怎么看|教您/],
    // Round 45 (t45k): others' goods with a fake mark warned of (有些…还有套用大牌外壳、印个假logo的), then how to tell ours taught in the
    // next sentences (买之前教您看两点：注册证编号…; detect/copies-warned.ts) — not the shop as the maker right before (我们给您印个假logo).
    unless: (ctx, start, end) => OTHERS_MARKED_BEFORE.test(ctx.before(start, 60, 'hard')) && !/(?:我们|本店|我家|咱家|店里|自己|给您|帮您)[^，。！？]{0,8}$/.test(ctx.before(start, 14)) && checkTaughtAfter(ctx, start, end),
  },
  // ---- end round 37 (t37b) ----
  // ---- Round 39 (t39i) ----
  {
    // A brand's label stuck on goods that are generic or made elsewhere (点读笔贴的是牛津的标，其实是杂牌; 按摩枕松下标是贴的，机芯深圳产; 耳机
    // 印的是索尼的logo，本身是白牌): the mark is not the maker. Not our own brand's mark, a Chinese back label, nor a plain no-brand good said
    // honestly with no other mark on it (这是杂牌，没贴任何品牌的标).
    // (round 40, t40h: …or a generic design, the brand's name printed on its shell — 戴森这款是同方案的，外壳印的戴森)
    words: ['杂牌', '白牌', '无牌', '贴牌货', '深圳产', '东莞产', '义乌产', '广州产', '莆田产', '小厂产', '国产的', '国产', '深圳那边', '东莞那边', '小作坊', '小厂', '同方案', '方案机'],
    severity: 'block',
    message: '说商品贴着品牌的标、实际是杂牌或别处产的，暗示是假货（规则 2.8）',
    window: 30,
    // (round 41, t41l: 国产 inside a foreign country's 国 — 韩国产, 美国产 — is no domestic make)
    notBefore: COUNTRY_BEFORE_GUO,
    sentence: [/(?:贴|印|挂|打|缝|用)(?:的|着|了|上)?(?:是)?[^，。！？]{1,10}?(?:的)?(?:标|logo|商标|牌子|铭牌)(?![签准题价注明记号语])|(?<![中背])(?:标|logo|商标|牌子|铭牌)(?:是|都是)(?:后来|后面|我们|自己)?(?:贴|印|挂|打|缝|加)(?:的|上去|上的)|(?:外壳|机身|壳子|包装|盒子|瓶身|表盘|底部|正面|背面)(?:上)?(?:印|贴|刻|打|丝印)(?:的|着|了)(?:是)?(?!型号|参数|日期|尺寸|说明|警示|图案|花纹|字母|数字|编号|中文|英文)[^，。！？]{1,8}/,
      /其实|实际|本身|里面|机芯|内芯|芯子|主板|东西|货|产|同方案|方案机/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, LAWFUL_REPACK, ORIGINS_TOLD, /中文|背标|检验检疫|价签|条码|溯源|(?:没|没有|不|未|不会|从不|不曾)(?:贴|印|挂|打|缝|用)(?:任何)?[^，。！？]{0,6}(?:标|logo|商标|牌子)/],
    deniable: false,
  },
  {
    // A pirated game cart or disc by how it is made (卡带是烧录的，能玩，就是没原厂芯片; 这张碟是刻录的盗版盘): 烧录 of a cartridge copies the game.
    // Not firmware flashed (固件是烧录进去的), a burner sold as a tool, nor piracy refused (烧录卡我们不卖).
    words: ['烧录的', '烧录版', '烧录货', '烧录盘', '是烧录', '刻录的', '刻录版', '刻录盘'],
    severity: 'block',
    message: '说游戏卡带、光盘是烧录/刻录的，暗示是盗版（规则 2.8）',
    window: 30,
    sentence: /卡带|游戏卡|游戏|卡匣|光盘|碟|磁带|cd|dvd|原厂芯片|原装芯片|正版/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /固件|程序|烧录器|烧录座|编程器|刷机|(?:不卖|不做|不碰|不售|没有|拒绝)[^，。！？]{0,6}烧录|(?:不是|并非|没有)(?:烧录|刻录)|正版(?:卡带|游戏|光盘)?(?:都|是|全是|均为)|自己(?:的)?(?:存档|录|拍|作品|音乐|视频)/],
    deniable: false,
  },
  {
    // Kit parts recast from the original's moulds (国内厂翻的板件, 翻模的手办, 这盒是翻的): the trade word for a copy of a model kit or figure.
    // Not a page or a card turned (翻的页), a step (翻面), nor copies warned of (市面上的翻模件).
    words: ['厂翻的', '国内翻的', '厂里翻的', '翻模的', '翻模件', '翻模货', '翻模版', '翻的板件', '翻的件', '翻的模', '翻制的', '翻出来的板件', '翻的手办', '翻的货', '是翻的'],
    severity: 'block',
    message: '说模型板件、手办是翻模复制的，暗示是盗版仿品（规则 2.8）',
    window: 30,
    sentence: /板件|模型|手办|零件|高达|拼装|套件|说明书|原版|正版|万代|寿屋|gk|树脂|模具|盒/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:不是|并非|没有|不卖|不做|拒绝)[^，。！？]{0,4}翻|翻面|翻页|翻书|翻盖|翻看|翻新|翻修/],
    deniable: false,
  },
  {
    // A named maker's design copied down to its packaging or tags (纹身贴跟Inkbox的图案一模一样，连包装都是照着做的; 领标、吊牌和包装袋也都
    // 照着官方那批做了): the goods dressed as the brand's. Not the buyer's own drawing copied (照着您发的图做的), nor our own design.
    words: ['照着做', '照着印', '照着来', '照着仿', '照着缝', '照着那批做', '照着官方', '照着官图', '照着原版', '照着正版'],
    severity: 'block',
    message: '说商品连包装、吊牌都照着品牌的做，暗示是仿品（规则 2.8）',
    window: 50,
    sentence: [/包装|吊牌|领标|标签|盒子|logo|商标|图案|印花|官图|官方|联名/, /一模一样|一样|没区别|差不多|没两样|同款|官方|联名|正版|原版|[a-z]{3,}的/],
    notSentence: [REMEDY, OTHERS_OR_WARNING_BUT_MAKER, OWN_MARK, /(?:您|你)(?:发|给|提供|的|要求)|定制|来图|原创|自己设计|自主设计|授权|教程|步骤|说明|要求|标准/],
    deniable: false,
  },
  // ---- end round 39 (t39i) ----
  // ---- Round 40 (t40h) ----
  {
    // Made after the brand's own site or pictures (丝巾是丝绸厂按官网图案印的; 照着官方图片做的包装): the brand's design copied by
    // another maker. Not licensed or co-branded goods, a buyer's own design, nor a size chart or instructions followed.
    words: ['官网', '官方', '官图', '官网的', '官方的', '官方网站'],
    severity: 'block',
    message: '说商品照着品牌官网/官方的图案仿制，暗示是仿品（规则 2.8）',
    before: /(?:照着|照|按照|按|仿着|仿照|参照|比照|对照着)$/,
    after: /^(?:的)?(?:图案|图片|图|设计|样式|款式|花色|花型|版型|图纸|照片|原图|样子)[^，。！？]{0,3}?(?:印|做|织|绣|仿|复刻|开模|复制|打版|画|染)(?:的|出来|了|成)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, OWN_MARK, /授权|联名|定制|(?:您|你)(?:发|给|提供|的|要求)|教程|步骤|说明|要求|标准|尺码|尺寸|蛋糕|手工课|diy|同人|粉丝|周边/],
    deniable: false,
  },
  {
    // A traceability or batch code put on by us afterwards, the scan off or winked at (罐上的追溯码是我们后贴的，扫出来是别的批次，懂就行): the
    // proof of origin made for goods that came without it. Not the cross-border code a bonded warehouse or customs puts on, nor one resent.
    words: ['追溯码', '溯源码', '批号', '喷码', '批次码', '生产码', '二维码', '条形码', '条码', '查询码'],
    severity: 'block',
    message: '说溯源码、批号是自己后贴的且对不上，暗示不是正品（规则 2.8）',
    after: /^(?:都|其实|也)?(?:是)?(?:(?:我们|店里|这边|自己)(?:自己)?(?:后来|后期|事后)?|(?:后来|后期|事后)(?:才)?)(?:后贴|后印|后打|后喷|后补|补|贴|印|打|喷)(?:的|上去的|上的|上去)/,
    sentence: /别的批次|其他批次|别的产品|别的货|别家|对不上|不是这批|不一致|不符|懂就行|懂的|您懂|你懂|心里有数|正品信息|品牌信息|能扫出|照样能扫|一样能扫|也能扫/,
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海关|入境|保税|中检|检验检疫|ciq|跨境|掉了|脱落|补寄|补发|物流|快递|面单|不会|从不|不是我们/],
  },
  {
    // A generic system flashed behind the brand's face (开机画面是苹果的，系统是刷上去的安卓，用着一样): the brand's look in software over
    // another maker's device. Not an official update, a buyer's own boot screen, nor advice not to flash.
    words: ['刷上去的', '刷进去的', '刷成的', '刷上的', '刷过的', '刷的'],
    severity: 'block',
    message: '说商品只有外观或开机画面是品牌的、系统是另外刷的，暗示是仿品（规则 2.8）',
    sentence: [/(?:开机(?:画面|动画|logo|界面|图标)|启动(?:画面|logo)|界面|外观|logo|图标|外壳)(?:是|都是|用的是?|显示的?是?|做成)[^，。！？]{1,8}?的/, /安卓|系统|rom|固件|一样|差不多|没区别|看不出/],
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /官方|原厂|升级|更新|最新版|定制|您的|您公司|你公司|贵公司|教程|自己刷|可以刷|不要刷|别刷|(?:是|都是)(?:我们|自己|本店|咱们)|漆|油漆|涂层|胶/],
    deniable: false,
  },
  {
    // A named maker denied with the look the same and the brand's own system refusing it (外观和DJI一样，但不是大疆做的，大疆App激活不了): the
    // brand's likeness from another maker. Not a compatible or own-brand item said openly, nor a material denied (不是实木做的).
    words: ['做的', '出的', '生产的', '出品的', '造的', '制造的', '出来的'],
    severity: 'block',
    message: '说商品外观和品牌一样却不是品牌做的、品牌系统也不认，暗示是仿品（规则 2.8）',
    before: /(?:不是|并非|并不是|不是由)(?!我|您|你|咱|店|本店)[^，。！？]{1,8}$/,
    sentence: [/一样|一模一样|同款|外观|长得|看着|没区别|差不多/, /激活不了|无法激活|激活不上|激活不成|绑定不了|绑不上|登录不了|注册不了|连不上(?:官方|app)|识别不了|(?:官方|原厂)?(?:app|软件|系统)[^，。！？]{0,4}(?:用不了|不认|认不出|识别不了|连不上)|验不过|过不了|扫不出|查不到/],
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, OWN_MARK, /兼容|副厂|第三方|平替|国货|授权|原创|不一样|不同|区别很大|如果|万一|故障|坏了|维修|售后/],
    deniable: false,
  },
  {
    // The brand's marks printed on by us over another maker's goods (镜头是副厂做的，我们给它印了佳能的红圈和型号; 我们在外壳上贴了大牌的
    // logo): the mark is not the maker. Not a buyer's own print, our own mark, a licensed one, nor a Chinese label or the packer's name.
    words: ['印了', '印上了', '印上', '贴了', '贴上了', '刻了', '丝印了', '打了', '印的是', '贴的是', '加了'],
    severity: 'block',
    message: '说自己给商品印上了品牌的标识，暗示是假货（规则 2.8）',
    before: /(?:我们|店里|自己|这边|厂里|工厂|厂家)(?:自己|又|再|都)?(?:给|帮|替|在)?(?:它|它们|机身|外壳|镜头|包装|盒子|瓶身|表盘|上面)?(?:上)?(?:都|也|又)?$/,
    after: /^[^，。！？]{1,8}?的(?:红圈|绿圈|金圈|logo|标|商标|标志|铭牌|型号|字样|名字|牌子|图案|钢印|编号|序列号|刻字)/,
    sentence: /副厂|兼容|第三方|杂牌|白牌|公版|公模|同方案|国产|小厂|工厂|一样|差不多|没区别|原厂|正品|专柜|便宜|分之一|一半|零头/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, LAWFUL_REPACK, /(?:您|你)(?:的|们|公司|家|要)|贵公司|定制|授权|联名|中文|背标|分装厂|进口商|生产日期|保质期|日期|(?:不会|不能|不可以|从不|没有|没)(?:给|帮|替|在)?[^，。！？]{0,4}(?:印|贴|刻)/],
    deniable: false,
  },
  {
    // The pack bears the name, the goods are not it (这包蓝山是拼的豆子，不是牙买加的，袋子印蓝山而已): the label is all there is of the
    // claim. Not a flavour or a design named (蓝山风味, 只是印了个图案而已), a Chinese or foreign-language label, nor a date.
    words: ['而已', '罢了'],
    severity: 'block',
    message: '说包装上只是印了品牌或产地的名字、东西并不是，暗示不是正品（规则 2.8）',
    before: /(?:袋子|袋|包装|外包装|盒子|盒|瓶身|瓶子|瓶|标签|罐子|罐|外壳|壳|吊牌)(?:上|上面)?(?:只是|就是|只|仅仅?|不过)?(?:印|写|标|贴)(?:了|着|的|的是)?[^，。！？]{1,8}$/,
    sentence: /不是|并非|其实|实际|拼的|拼配|混的|混合|国产|杂牌|白牌|本身|里面|代工|小厂/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /中文|英文|外文|日文|韩文|生产日期|保质期|日期|批号|条码|价签|尺码|成分|说明|风味|口味|设计|图案|装饰|颜色|示意|仅供参考/],
    deniable: false,
  },
  {
    // The buyer told not to say the goods came from the counter (同款外观的，底部钢印也打了，送人就别说是专柜买的): the claim of origin the goods
    // would not bear. Not a price kept from a gift's receiver, nor a cross-border warranty explained.
    words: ['别说是', '不要说是', '别说', '不要说', '别讲是', '别讲', '千万别说', '别提是'],
    severity: 'block',
    message: '叫买家别说是专柜/官方买的，暗示不是正品（规则 2.8）',
    after: /^(?:人家|对方|她|他|别人)?(?:是|这是)?(?:在|从)?(?:专柜|柜台|官网|官方|旗舰店|免税店|品牌店|直营店|正品|真的)(?:买的|买来的|拿的|带的|来的|的|货|渠道)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /保修|售后|维修|发票|价格|多少钱|折扣|打折|优惠|惊喜/],
    deniable: false,
  },
  {
    // The platform's authentication service discouraged (平台下单的时候建议别勾选验货服务哈, 鉴定服务就不用选了): the check that would tell
    // the goods is steered away from. Not a service's cost or delay explained, nor a shop that pays for the check.
    words: ['验货服务', '鉴定服务', '验真服务', '查验服务', '验货', '鉴定', '验真'],
    severity: 'block',
    message: '劝买家别选平台的验货/鉴定服务，暗示经不起鉴定（规则 2.8）',
    before: /(?:别|不要|不用|无需|没必要|千万别|最好别|建议别|建议不要|就别)(?:去)?(?:勾选|勾|选|选择|点|开通|加|申请|加购|购买|买|下单)(?:了)?(?:平台的?|那个|这个)?$/,
    notSentence: [REMEDY, /时效|时间|慢|多等|延迟|耽误|着急|急用|加急|费用|收费|要钱|另收|多花|运费|我们(?:来|出|承担|包)/],
    deniable: false,
  },
  // ---- end round 40 (t40h) ----
  // ---- Round 41 (t41l) ----
  {
    // The same maker, mould or forge as the brand's goods, and nobody could tell (同一个模具开的，外人看不出来; 跟大牌一个车间出来的，谁也分不出):
    // SAME_SOURCE with NOBODY_TELLS instead of the missing mark. Not two of our own lines, colours or models from one mould.
    words: SAME_SOURCE,
    severity: 'block',
    message: '说商品与品牌货同厂同模、外人看不出，暗示是仿品（规则 2.8）',
    sentence: /看不出|分不出|分不清|认不出|瞧不出|辨不出|挑不出|外人|没人(?:能|会)?(?:看出|发现|认出|分出)|谁(?:也|都)(?:看不|分不|认不)/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, FLAW, /两款|两种|两个|两色|颜色|配色|副线|素色|素款|上一代|老款|新款|改款|升级|我们自己的|自家的|自有品牌|自主品牌|自创品牌|自家品牌|原创|国货|(?<!不是)同一(?:个|家)?品牌|不冒充|不挂|建议|教您|方法/],
    deniable: false,
  },
  {
    // Carried out of the maker by its staff (酒厂员工带出来的“内部调配版”，没有官方编号): a run the brand never released, like 流出来的.
    words: ['带出来的', '拿出来的', '偷出来的', '顺出来的', '弄出来的', '带出来', '拿出来'],
    severity: 'block',
    message: '说商品是工厂员工私下带出来的，暗示不是正品渠道（规则 2.8）',
    before: /(?:厂|酒庄|酒厂|车间|工厂|产线|仓库)(?:里|的|那边)?(?:的)?(?:员工|工人|师傅|内部人员|内部员工|工作人员|老员工|朋友|熟人)(?:私下|偷偷|悄悄|直接)?$/,
    sentence: /正品|官方|编号|序列号|一模一样|一样|专柜|原厂|没区别|内部|版|便宜|懂/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // A copy maker named by its letter code (GK厂出的，没镭射标; LJR厂的版本): the trade's factories are called by letters, and the proof or the
    // genuine yardstick beside it makes the name a copy's pedigree. Not an OEM or ODM maker, nor our own factory named.
    words: ['厂出的', '厂出品', '厂出来的', '厂做的', '厂的货', '厂货', '厂版', '厂的版本'],
    severity: 'block',
    message: '用“某某厂”的代号说商品出处，并提到缺少防伪或与正品对比，暗示是仿品（规则 2.8）',
    before: /(?<![a-z])[a-z]{1,5}$/,
    notBefore: /(?:oem|odm|obm)$/,
    sentence: /(?:没|没有|无|不带|少了?)(?:个|那个)?(?:镭射|激光|防伪|官方|正版|授权|吊牌|编号|序列号|钢印|芯片|标)|版本|一样|正品|正版|专柜|原版|对比|懂|细节|做工/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /(?:我们|我家|自己|自家)(?:的)?(?:工厂|厂)/],
    deniable: false,
  },
  {
    // Domestic contents in a foreign container (蜂蜜是国内的，罐子是新西兰的; 里面是国产的，瓶子是日本原装的): the jar speaks for an origin the
    // goods lack. Not a container's maker told with the page saying so, nor a design.
    words: ['罐子', '瓶子', '盒子', '外盒', '外包装', '包装', '罐', '瓶', '袋子', '包装袋'],
    severity: 'block',
    message: '说里面的东西是国内的、外面的瓶罐包装是进口的，暗示冒充进口正品（规则 2.8）',
    after: new RegExp(`^(?:子)?(?:是|用的是?|都是|是从|从)${FOREIGN}`),
    sentence: /(?:是|都是|其实是|实际是|用的是?)(?:国内|国产|本地|本土|咱们这边|我们这边|咱这边)(?:的|产的|生产的|做的|灌的|装的|货)|(?:国内|国产|本地)(?:的)?(?:蜂蜜|酒|油|奶粉|货|东西|内容物|豆子?|茶|米)/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ORIGIN_DISCLOSED, LAWFUL_REPACK, /设计|设计师|采购的?(?:玻璃|瓶|罐)|回收|环保|分类|垃圾/],
    deniable: false,
    // …nor other sellers' goods warned of (部分网店的外盒是进口的，里面其实是国产的).
    unless: otherSellersClaim,
  },
  {
    // Packaging or a part dressed as the original's (刷头是兼容款，包装做成原装那样的; 国产电池包装成原厂的样子): made to be taken for the genuine.
    // (做得跟专柜一样精致 praises the make: only the verbs of turning one thing into another)
    words: ['做成', '弄成', '搞成', '包装成', '伪装成', '仿成', '印成', '打扮成'],
    severity: 'block',
    message: '说把包装或配件做成原装/正品的样子，暗示冒充正品（规则 2.8）',
    after: /^(?:了|得)?(?:跟|和|像)?(?:原装|原厂|正品|专柜|官方|原版|原款|品牌|大牌|进口)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /定制|刻字|礼盒装|您要求|按您|(?:品牌|官方|原厂)(?:自己|方)?(?:做|出|设计)/],
  },
  {
    // A label, tag or mark copied by scanning or photocopying (酒标是扫描打印的，酒没问题; 吊牌是复印的): 扫描版 and 复印版 said of the brand's mark.
    // Not papers a shop may copy honestly (说明书, 发票), a delivery slip, a Chinese back label, nor the copying denied.
    words: ['扫描打印', '扫描的', '扫描出来的', '扫描后打印', '扫描后印', '复印的', '复印出来的', '翻印的', '翻拍的', '影印的', '彩色复印'],
    severity: 'block',
    message: '说品牌的标签、吊牌或标识是扫描复印的，暗示是假货（规则 2.8）',
    sentence: /酒标|瓶标|标签|吊牌|商标|logo|铭牌|防伪|贴标|品牌标|水洗标|洗标|鞋标|领标|织标|卡标|外包装|包装盒|彩盒/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文|背标|面单|快递单|发货单|小票|发票|订单|说明书|原件|报关|证件|身份证/],
  },
  {
    // A grading slab or an appraisal sealed by the shop (评级壳是我们自己封的，分数您看着标): the third party's verdict made at home.
    words: ['评级壳', '评级卡', '评级', '封壳', '鉴定证书', '鉴定书', '分数', '评分', '评级分'],
    severity: 'block',
    message: '说评级或鉴定是商家自己封、自己标的，暗示评级证明是假的（规则 2.8）',
    sentence: /(?:我们|自己|店里|这边)[^，。]{0,6}?(?:封|出|打|标|评|做|印)|(?:看着|随便|随意|想)(?:标|打|写|填|评|给)|想要几分|要多少分|(?:几|多少)分都(?:行|可以)/,
    window: 30,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /送评|psa|bgs|cgc|公博|评级公司|第三方评级|官方评级|(?:不|没|不能|不会)(?:自己)?(?:封|改|标)/],
    // Round 63 (engfa63): not the platform's review score of the shop or the goods (我们家做跨境七年了，店铺评分4.9; 商品评分挺高的): buyers
    // give it, no slab or certificate is made — the score word itself headed by the shop or the goods, so a slab sealed beside it still counts.
    unless: (ctx, start) => REVIEW_SCORE_HEAD.test(ctx.before(start, 6, 'soft')),
  },
  {
    // A printed stand-in for a collectible card (高清打印的替代卡，正面跟原卡一样): the card reproduced, like 复印版.
    words: ['替代卡', '代用卡', '代理卡', 'proxy卡', '打印卡', '复刻卡', '仿卡'],
    severity: 'block',
    message: '说卡牌是打印的替代卡，和原卡一样，暗示是复印的假货（规则 2.8）',
    sentence: /打印|复印|印刷|印的|扫描|自制|原卡|正版|原版|一样|没区别|差不多|偏色/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /(?:不卖|不做|没有|不提供|不是|不收)[^，。]{0,4}(?:替代卡|代用卡|代理卡|proxy|打印卡|仿卡)|全部正版|都是正版|保证正版/],
    // Round 45 (t45k): 打印卡片 as a printed note card carrying the buyer's words or a greeting (放一张您提供文字的打印卡片, 打印的祝福卡片) —
    // not a collectible reproduced (打印卡片跟原卡一样, 游戏王的打印卡片).
    unless: (ctx, start, end) => ctx.compact.startsWith('片', end) && MESSAGE_CARD.test(sentenceOf(ctx, start, end, 60)) && !COLLECTIBLE_CARD.test(sentenceOf(ctx, start, end, 60)),
  },
  {
    // A used piece's counter reset (快门数我们清零了，看着跟新的一样; 里程调回去了当新车卖): its use hidden so it passes as new.
    words: ['快门数', '快门次数', '里程数', '里程', '公里数', '使用次数', '充电次数', '循环次数', '电池循环', '开机时间', '通电时间', '使用时长', '激活时间'],
    severity: 'block',
    message: '说把使用次数或里程清零、调回，当新品卖，暗示不是全新正品（规则 2.8）',
    sentence: [/清零|归零|重置|调(?:回|低|小|少)|改(?:回|低|小|少|过|了)|刷(?:回|过|了|成)|抹(?:掉|了)/, /新|翻新|二手|用过|样机|展示|看不出|跟新|像新|当新/],
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, DECLARED_NON_RETAIL, /(?:没|没有|不会|不|从不|绝不|不能|不可以)(?:给您|帮您|私自|擅自)?(?:清零|归零|重置|调|改|刷)|查看|怎么看|如何看|可以查|能查/],
    deniable: false,
  },
  // ---- end round 41 (t41l) ----
  // ---- round 45 (t45e) ----
  {
    // The foreign print on the goods said not made in its country (上面的韩文也不是在韩国印的; 日文标签其实是国内印的): the packaging imitates
    // an import. Not a Chinese back label or a translation added at home (中文背标是国内贴的).
    words: ['韩文', '日文', '英文', '外文', '法文', '德文', '意大利文', '泰文', '俄文', '西班牙文', '越南文', '韩语', '日语', '外语', '英语'],
    severity: 'block',
    message: '说商品上的外文并非在原产国印制，暗示包装是仿冒的（规则 2.8）',
    // Round 45 (t45i): not the buyer's A-not-A question (杯底有日文是不是国内印的), whose 是 / 不是 the filler would otherwise swallow;
    // and the home maker with a word between it and the print (是国内厂子一起印的, 是这边工厂统一印的).
    after: /^(?:的)?(?:标签|标|包装|说明|字|字样|印刷)?(?![^，。！？]{0,4}?是不是)[^，。！？]{0,4}?(?:也|都|其实|根本|压根)?(?<!是)(?:不是|并非|并不是)(?:在)?(?:韩国|日本|美国|法国|德国|意大利|泰国|英国|澳洲|澳大利亚|国外|海外|原产地|当地|欧洲|西班牙|俄罗斯|越南|那边)(?:本土|当地|那边)?(?:印|打印|印刷|做|出|贴|包装|灌装)|^(?:的)?(?:标签|标|包装|说明|字|字样)?(?![^，。！？]{0,4}?是不是)[^，。！？]{0,4}?(?:其实|实际上?|都)?(?<!不)是(?:在)?(?:国内|我们这边|我们这|这边|本地|工厂|厂里)(?:的)?(?:自己|厂子|厂家|工厂|小厂|厂里|印刷厂|代工厂)?(?:一起|统一|顺便|自己|直接|跟着)?(?:印|打印|印刷|贴)(?:的|上去)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /中文|背标|翻译|译文/],
    deniable: false,
  },
  {
    // Round 45 (t45i): the buyer told to pass the goods off to others as the brand's (发朋友圈您直接说是那个意大利牌子的就行; 送人就说是专柜买的，
    // 没人看得出): what the goods are to be called is the brand they are not. Not our own shop or brand named (就说是在我们店买的), nor goods
    // vouched genuine, nor a refusal (别说是).
    words: ['说是', '讲是', '告诉他们是', '告诉她是', '告诉他是', '告诉人家是', '跟人说是', '跟人家说是', '对外说是', '就当是'],
    severity: 'block',
    message: '教买家对别人说商品是某品牌或专柜的，暗示不是正品（规则 2.8）',
    before: /(?:就|直接|只管|尽管|大胆|放心|可以|随便|都)$/,
    after: /^(?:那个|这个|那家|人家|[a-z]家)?[^，。！？]{0,8}?(?:牌子|品牌|大牌|名牌|专柜|正品|真品|原版|原装|官方|官网|旗舰店|免税店|代购|真的|正货|[a-z]{2,})(?:的|买的|出的|货|家的)?(?:就行|就好|就可以|就完事|完全可以|没问题|也行|都行|准没错|没人|谁|别人|也没人|放心)/,
    window: 40,
    sentence: /朋友圈|送人|送礼|送给|朋友|别人|人家|对外|晒|同事|亲戚|闺蜜|对象|男朋友|女朋友|老公|老婆|家人|领导|客户/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /(?:我们|本店|咱们|我家|咱家)(?:店|家)?(?:就是|是)(?:官方|品牌|旗舰|授权|正品)|(?:在|从)(?:我们|本店|咱们|我家|咱家|这)|自有品牌|(?:我们|咱们|我|咱)(?:家|店)?(?:的)?(?:品牌|牌子)/],
  },
  {
    // A brand's same material or make claimed, then the brand asked whether it knows (北面同款面料…北面自己知道吗; 同厂同料，品牌方自己都不知道):
    // the goods made behind the brand's back. Not a collaboration or a licence named.
    words: ['知道吗', '知道不', '晓得吗', '知不知道', '都不知道', '不知道', '知道这事吗', '知道这回事吗'],
    severity: 'block',
    message: '说品牌方自己都不知道有这批同款货，暗示不是正品（规则 2.8）',
    before: /(?:品牌|品牌方|官方|厂家|原厂|[\u4e00-\u9fffa-z]{1,6})(?:自己|本身|那边|本尊)(?:都|也|还)?$/,
    window: 40,
    sentence: /同款|同厂|同料|同一批|同批|一模一样|同样的(?:面料|用料|材料|工艺)|(?:面料|用料|材料|工艺|杆|机芯)(?:都)?(?:一样|相同)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /联名|授权|官方合作|品牌合作/],
    deniable: false,
  },
  {
    // The tag or mark taken off before the goods are given, lest the recipient sees through them (送人先把吊牌剪了，万一人家懂行呢; 标签撕了，免得
    // 对方看出来): the mark would give the goods away. Not the price hidden on a gift (价签撕了，别让对方知道价格), nor a tag cut for comfort.
    words: ['吊牌', '标签', '领标', '水洗标', '洗标', '防伪标', '防伪码', '商标', 'logo', '标'],
    severity: 'block',
    message: '让买家剪掉吊牌或标识以免被懂行的人看出，暗示不是正品（规则 2.8）',
    window: 30,
    sentence: [
      /(?:剪|撕|拆|摘|抠|刮|扯|去)(?:了|掉|下来|下)?(?:吊牌|标签|领标|水洗标|洗标|防伪标?|防伪码|商标|logo|标)|(?:吊牌|标签|领标|水洗标|洗标|防伪标?|防伪码|商标|logo|标)(?:先|都|最好|记得)?(?:剪|撕|拆|摘|抠|刮|扯|去)(?:了|掉|下)/,
      // (the removal's purpose is concealment — 万一, 免得, 以免 — not a past check explained: 上次鉴定过不了是因为拆了吊牌)
      /(?:万一|免得|以免|省得|别让|不然|要不然|防止|怕)[^，。！？]{0,8}?(?:懂行|识货|内行|行家|懂货|看出|认出|看穿|露馅|穿帮|鉴定|查|扫)|(?:懂行|识货|内行|行家)的?(?:人)?(?:一看)?就(?:知道|看出|明白|认出)/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /价|多少钱|过敏|扎|刺|磨|痒|不舒服|退换|退货|影响退|不能退|不支持退|保留|别剪|不要剪|勿剪|请勿/],
    deniable: false,
  },  // ---- round 46 (t46b): subtle 2.8, the breach in what is meant ----
  {
    // The maker's plate or label naming a maker that is not the brand, taken off so that others will not see or ask (铭牌上的厂名跟那个
    // 牌子没关系，安装时帮您撕了，省得家里人看见问): the plate would give the goods away. Not a plate removed for fit or finish.
    words: ['铭牌', '厂牌', '标牌', '厂名', '厂家名', '厂标'],
    severity: 'block',
    message: '说铭牌上写的厂家不是该品牌并帮买家撕掉以免被人看见，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: [
      /(?:撕|剪|拆|摘|抠|刮|扯|去)(?:了|掉|下来|下)|(?:撕|剪|拆|摘|抠|刮|扯)(?:[^，。！？]{0,4})?了/,
      /没关系|不相干|不相关|对不上|不是(?:那个|这个)?(?:牌子|品牌|原厂)|另一家|别的厂|别家/,
      /(?:省得|免得|以免|别让|不然|要不然|防止|怕)[^，。！？]{0,10}?(?:看见|看到|瞧见|发现|问东问西|多问|追问|起疑|怀疑|看出|认出|知道)/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /价|多少钱|刮手|划伤|挡住|散热|保修|序列号/],
    deniable: false,
  },
  // ---- round 46 (t46a): subtle hints that the goods are not genuine (2.8) ----
  {
    // Nobody looks at the mark, asked rhetorically (打起来谁看筒子啊, 您不说谁知道呢, 反正画出来谁看笔盖呀) where a mark, a print or a feature the
    // original has and ours lacks is the topic: the shop counts on no one checking. Not a flaw or a dented box shrugged off.
    words: ['谁看', '谁会看', '谁去看', '谁细看', '谁知道', '谁会知道', '谁能知道', '谁注意', '谁会注意', '谁在意', '谁会在意', '谁研究', '谁会研究'],
    severity: 'block',
    message: '反问“谁会看/谁知道”，暗示标识或原厂特征经不起细看、不是正品（规则 2.8）',
    after: /^[^，。！？]{0,6}?(?:啊|呀|呢|嘛|哇)/,
    window: 60,
    sentence: ROUND46_MARK_TOPIC,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_FLAW, ROUND46_HONEST_ORIGIN],
  },
  {
    // The buyer told not to look closely at a mark, a print or the origin (洗标您就别细看了, 筒子上印的字您别太较真, 从哪出厂您就别问了,
    // 本来应该…的，我们这批的嘛…您别研究了): what a check would find is what the shop hides. Not sizes, prices or a flaw, nor a pointer to
    // where the origin is written (产地详情页写着).
    words: ['别细看', '别仔细看', '别看太细', '别看那么细', '别研究', '别太较真', '别较真', '别深究', '别细究', '别问了', '别多问', '别追问', '别细问', '不要细看', '不要研究', '不要较真', '不要深究', '不用深究', '别去查', '别去研究'],
    severity: 'block',
    message: '让买家别细看标识、别问产地，暗示商品经不起查验、不是正品（规则 2.8）',
    window: 40,
    sentence: [ROUND46_LOOK_TOPIC],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_FLAW, ROUND46_HONEST_ORIGIN, /价格|价钱|多少钱|保质期|尺寸|偏大|偏小|重量|克重/],
    deniable: false,
  },
  {
    // A check at a shop or a lab discouraged and its result disowned (千万别拿去金店用机器打，打出来啥结果我们可不管): the label's claim would
    // not pass. Not a care note (别拿去金店清洗，会伤镀层) nor a check invited (可以拿去金店打，结果不对全额退).
    words: ['别拿去', '不要拿去', '别拿到', '不要拿到', '别送去', '不要送去', '别去'],
    severity: 'block',
    message: '劝买家别拿去检测、结果概不负责，暗示商品标注不实、不是正品（规则 2.8）',
    after: /^[^，。！？]{0,4}?(?:金店|银楼|专柜|柜台|鉴定|检测|质检|机构|实验室|珠宝店|首饰店)/,
    window: 40,
    sentence: /(?:结果|出来|测出|打出|验出)[^，。！？]{0,8}?(?:不管|不负责|不认|别找|不算|不保证|没关系)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /清洗|保养|维修|抛光|回收/],
    deniable: false,
  },
  {
    // A mark, a label, a name or a manual put on for show (PSE的小圆圈是印上去装样子的, 德语说明书是从中文翻过去的，放进去显得地道点, 名字借来
    // 显得洋气): the goods dressed as an import or a brand's. Not our own design praised (包装换了烫金的，显得高级).
    words: ['装样子', '装装样子', '装个样子', '做样子', '做做样子', '充门面', '撑门面', '撑场面', '显得地道', '显得洋气', '显得正宗', '显得像进口', '显得是进口', '显得高大上', '显得上档次', '显得专业'],
    // (not 唬人: 名字唬人 is a name that sounds fearsome — 黑鸦片名字唬人，其实是甜香调)
    severity: 'block',
    message: '说标识、说明书或名称是为了装样子加上去的，暗示来源或认证造假、不是正品（规则 2.8）',
    window: 50,
    sentence: [
      /说明书|标签|标识|标志|标记|logo|商标|认证|证书|名字|名称|地址|产地|外文|德文|德语|日文|日语|英文|俄文|法文|韩文|圆圈|图标|印的|包装上|牧场|厂名|pse|ccc|3c/,
      /借(?:来|用|了)|抄|翻(?:过去|译过去|过来)|印上去|贴上去|加上去|打上去|编的|瞎写|从来没|没检|没测|原来只有|其实/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN],
    deniable: false,
  },
  {
    // The maker's address or origin on the pack copied from the brand's site (外盒上的德国地址是我们照着官网抄的): the pack's claims made up.
    words: ['抄的', '抄来的', '抄过来的', '照抄', '抄上去'],
    severity: 'block',
    message: '说包装上的地址或产地是抄来的，暗示包装信息伪造、不是正品（规则 2.8）',
    window: 30,
    sentence: [/外盒|外包装|包装|盒上|盒子上|标签|瓶身|罐上|瓶上|袋上|吊牌|背标/, /地址|产地|厂名|厂址|生产商|制造商|出厂|原产|进口商|批号|条码|认证/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, /(?:别人|同行|别家|他们)[^，。]{0,6}抄|抄袭我们|抄我们|抄错|手抄|别抄|复制/],
    deniable: false,
  },
  {
    // People of the brand's country reported to say it is not theirs, laughed off (日本的朋友看了都说'这不是我们这边的东西'哈哈，但用着都说好).
    // Not our own domestic brand so described (韩国朋友说这不是他们那边的牌子，对，我们是国货).
    words: ['不是我们这边的', '不是我们那边的', '不是他们那边的', '不是他们这边的', '不是我们这的', '不是我们那的', '不是我们这儿的', '不是我们国家的', '不是他们国家的', '不是本地的', '不是当地的'],
    severity: 'block',
    message: '借外国人之口说“这不是我们那边的东西”，暗示不是原产正品（规则 2.8）',
    window: 50,
    sentence: [new RegExp(`${FOREIGN}(?:的|那边的|本地的|当地的)?(?:朋友|人|同事|姐妹|客人|买家|柜姐|网友|同学|亲戚|老乡)`), /哈哈|但|不过|可是|反正|照样|一样/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
  {
    // The buyer given a cover story of where it was bought, which nobody will doubt at this price (朋友问起来您就说是机场免税店带的，这个价位
    // 没人会往别处想). Not a shop that is itself the duty-free or counter channel.
    words: ['说是', '讲是', '就当是'],
    severity: 'block',
    message: '教买家对别人说是免税店或代购带的，暗示不是正品（规则 2.8）',
    before: /(?:就|直接|只管|尽管|大胆|放心|可以|随便|都)$/,
    after: /^[^，。！？]{0,10}?(?:免税店|机场|代购|专柜|国外|海外|日本|韩国|香港|澳门|欧洲|出国|旅游)[^，。！？]{0,6}?(?:带的|买的|捎的|带回来的|拿的|代购的|背回来的)/,
    window: 50,
    sentence: /(?:没人|没有人|谁也|谁都|不会有人)(?:会)?(?:往别处想|往别的想|多想|怀疑|起疑|看出|看得出|发现|知道|觉得不对)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, STRICT_GENUINE_CLAIM, /(?:我们|本店|我家)(?:就是|是)[^，。]{0,4}(?:免税|代购|专柜|旗舰|授权)/],
  },
  {
    // The foreign label conceded, the origin denied, and a wink that knowing buyers do not ask (罐上是俄文标签没错，但货不是从俄罗斯过来的，
    // 懂的买家一般都不问这个). Not the true origin disclosed (是国内授权工厂生产的，详情页写明了).
    words: ['不问这个', '都不问', '不会问', '别问这个', '不问的', '心里有数', '懂的都懂', '懂的买家', '懂的人', '懂的亲', '懂行的'],
    severity: 'block',
    message: '承认外文标签、否认原产又说“懂的都不问”，暗示标签与产地不符、不是正品（规则 2.8）',
    window: 60,
    sentence: [
      /(?:韩文|日文|英文|外文|法文|德文|俄文|泰文|意大利文|西班牙文|进口|原装)(?:的)?(?:标签|标|包装|字|说明)/,
      /(?:不是|并非|并不是)(?:从)?[^，。！？]{0,5}?(?:过来|来的|产的|进口|原产|运来)/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN],
    deniable: false,
  },
  {
    // Import papers said not to exist beside a likeness to a foreign brand (外观跟那个日本牌子分毫不差，就是没有进口报关单这回事): a copy
    // passed as an import. Not our own domestic brand, made here and so without import papers.
    words: ['报关单', '报关单据', '进口报关', '海关单', '进口单据', '检疫证明', '入境检疫证'],
    severity: 'block',
    message: '说外观与进口品牌一样却没有报关单，暗示冒充进口正品（规则 2.8）',
    before: /(?:没有|没|不存在|哪有|哪来的?)(?:什么|啥)?(?:进口)?$/,
    window: 60,
    sentence: /(?:跟|和|与|像)[^，。！？]{0,10}(?:牌子|品牌|大牌|进口|原装|专柜)[^，。！？]{0,6}(?:分毫不差|一模一样|一样|没区别|没两样|差不多|一个样|无异)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN],
    deniable: false,
  },
  // ---- end round 46 (t46a) ----
  {
    // A foreign pedigree or brand said to live on the label alone (这罐的“法国血统”是从标签开始的; 意大利出身到包装为止), the inside made by
    // us: only the pack is the import's. Not a brand's history told (品牌起源于法国).
    words: ['血统', '出身', '身世', '户口', '国籍', '洋身份'],
    severity: 'block',
    message: '说商品的进口出身只在标签包装上，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: [
      /(?:从|到|就|只|仅|全)(?:在)?(?:标签|包装|贴纸|瓶身|罐身|盒子|外壳|外包装|外盒|logo|标)(?:上)?(?:开始|为止|而已|上|那儿|那里)|(?:标签|包装|贴纸|外壳|外包装|外盒|logo)(?:上)?(?:才有|就到头|而已)/,
      new RegExp(`${FOREIGN_46}|牌子|品牌|大牌|名牌`),
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /起源|创立|创始|历史|发源/],
    deniable: false,
  },
  {
    // The brand's own service said to deny the goods' model, and that called normal (您打给品牌那边问这个型号，他们会说“查无此款”，正常的):
    // the goods are not the brand's. Not a model sold under another market's name or a custom run disclosed.
    words: ['查无此款', '查无此货', '查无此型号', '查无此产品', '没有这个型号', '没这个型号', '没有这款', '没这款', '查不到这个型号', '不认这个型号', '不认这款'],
    severity: 'block',
    message: '说品牌方会否认这个型号且属正常，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: [
      /(?:打给|打电话给|问|去问|联系|找|咨询)[^，。！？]{0,12}(?:那边|官方|客服|品牌|厂家|售后|总部|专柜|官网)/,
      /正常|很正常|没事|别管|不用管|不用理|民间|不影响|别在意|别当回事|没毛病/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /定制|特供|专供|国行|港版|美版|欧版|日版|海外版|停产|老款|旧款|改名|更名|旧型号|升级|新品|还没上|未上架|系统/],
    deniable: false,
  },
  {
    // The brand's mark sold as an add-on over the same goods (带刺绣标的158，不带标的98，帽子本身是同一顶; 有logo的贵五十，东西一样): the
    // mark is put on, the goods are no brand's. Not the buyer's own print or a custom engraving.
    words: ['不带标', '没带标', '不带logo', '没有logo', '不带牌子', '无标', '无logo', '去标', '不带标志', '不带贴', '没贴标'],
    severity: 'block',
    message: '说同一件商品带不带品牌标识价格不同，暗示标识是后加的、不是正品（规则 2.8）',
    window: 40,
    sentence: [
      /(?<![没不无])(?:带|有|加|贴|挂|绣|印)[^，。！？]{0,10}(?:标|logo|贴|牌|标志)/,
      /同一|(?<!不)一样|一模一样|本身|同款|没区别|一个东西|面子/,
      /面子|品牌|牌子|大牌|名牌|[a-z]{3,}/,
      // (two prices or a surcharge: the mark is what is paid for)
      /[0-9]{2,}[^，。！？]{0,12}[0-9]{2,}|贵|便宜|加钱|加价|差价|多花|多付/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /定制|印字|刻字|刻名|公司|名字|姓名|个性|自己的logo|您的logo|你的logo|团队|班级|企业|水印|图片|照片|吊牌|系列|不同款|两款/],
    deniable: false,
  },
  {
    // The outside vouched as the brand's look, whose parts are inside left open (外观保准是那个牌子的样子，里面是谁家的零件就不好说了): only
    // the shell imitates the brand. Not a part's maker simply not known (配件是哪家的我们查一下).
    words: ['谁家的', '哪家的', '哪个厂的', '谁家做的', '哪家做的', '哪个厂做的', '谁做的'],
    severity: 'block',
    message: '说外观是品牌的样子、里面的零件是谁家的不好说，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,12}?(?:不好说|说不准|说不好|难说|不知道|不清楚|别问|就别问|天知道|没人知道|谁知道)/,
    window: 40,
    sentence: [
      /零件|配件|芯|内胆|电路|主板|电机|里面|里头|内部|拆开/,
      /(?:外观|外壳|外面|样子|长得|看着|外表|模样)[^。！？]{0,14}(?:牌子|品牌|大牌|名牌|原厂|专柜|一样|一模一样)|(?:牌子|品牌|大牌|名牌)的(?:样子|模样|外观)/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /查一下|帮您问|帮您查|确认一下|核实/],
    deniable: false,
  },
  {
    // Imported goods said never to have travelled (报关单？这箱牛肉干这辈子没坐过船也没坐过飞机): the import is made up. Not goods said to be
    // made at home on purpose (本地产的，没坐过飞机，新鲜直达).
    words: ['没坐过船', '没坐过飞机', '没出过国', '没漂洋过海', '没过过海关', '没进过海关', '没出过国门', '没上过船', '没上过飞机', '没见过海关', '没过过海'],
    severity: 'block',
    message: '说所谓进口的商品从没出过国，暗示进口是假的（规则 2.8）',
    window: 40,
    sentence: new RegExp(`报关|海关|进口|入境|检疫|原装|跨境|保税|风味|${FOREIGN_46}`),
    notSentence: [REMEDY, OTHERS_OR_WARNING, /国产(?:的|货|品牌)|不是进口|非进口|没说(?:过)?是|从没说|本地产|本地的|国内生产|国内产|详情页|写明|注明|产地(?:是|为)?国内/],
    deniable: false,
  },
  {
    // The buyer told to take the goods as from a foreign origin (您就当沙特的吃; 你就当是日本的用): the origin is not what it says. Not a way
    // of cooking or a style (就当日式做法).
    words: ['就当', '就当是', '当成', '当作', '就当成'],
    severity: 'block',
    message: '让买家把商品“就当”某产地的来用，暗示产地冒充（规则 2.8）',
    after: new RegExp(`^(?:是)?(?:${FOREIGN_46}|原产地?|正宗|进口|正品|原装|大牌|名牌)(?:那边)?(?:的|产的|来的|货|原产的?)(?:[\\u4e00-\\u9fff]{0,3}?)(?:吃|喝|用|穿|戴|抹|泡)(?![^，。！？]{0,4}(?:法|做法|方式|方法))`),
    sentence: /您|你|亲/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /做法|风格|口味|款式|方式|料理|菜/],
    deniable: false,
  },
  {
    // A brand's decal bagged for the buyer to stick on or not, the goods a white label without it (挪威牌子的贴纸单独装袋，想贴就自己贴，不贴就当
    // 白牌用): the mark is not the maker's. Not decorative stickers given away.
    words: ['白牌', '无牌', '杂牌', '贴上就是', '贴上去就是', '不贴就是'],
    severity: 'block',
    message: '说品牌贴标随货附送由买家自己贴，不贴就是白牌，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: [
      new RegExp(`(?:${FOREIGN_46}|牌子|品牌|大牌|名牌|[a-z]{3,})[^，。！？]{0,8}(?:贴纸|贴标|标贴|logo|标志|车标|标)|(?:贴纸|贴标|标贴|logo|车标)[^，。！？]{0,4}(?:是)?(?:${FOREIGN_46}|牌子|品牌|大牌|名牌)`),
      /自己贴|自行贴|您贴|你贴|想贴就|贴不贴|不想贴|不贴|自己粘|自己装/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不是白牌|不是杂牌|不是无牌/],
    deniable: false,
  },
  {
    // A brand's mark with one letter or stroke changed, not to be told apart unless looked at close (就鞋帮上的字母换了一个，不凑近看真分不出来):
    // the goods imitate the brand. Not a model code changed between versions.
    words: ['换了一个', '换了个', '改了一个', '改了个', '差一个', '少一个', '多一个', '少了一个', '多了一个', '差了一个', '换了一'],
    severity: 'block',
    message: '说品牌标识只改了一个字母、不细看分不出来，暗示是山寨品牌（规则 2.8）',
    before: /(?:字母|字|logo|标|标志|牌子|名字|拼写|商标)(?:上的)?(?:就|只|也就|只是|就是)?$/,
    notAfter: /^(?:颜色|色|位置|字体|大小|方向)/,
    window: 40,
    sentence: [
      /(?:不凑近|不细看|不仔细看|不仔细|远看|远远|一般人|乍一看|肉眼|不注意)[^，。！？]{0,8}(?:分不出|看不出|认不出|发现不了|分辨不出|注意不到)|一模一样|长得一样|几乎一样/,
      new RegExp(`${FOREIGN_46}|牌子|品牌|大牌|名牌|旗舰款|专柜|[a-z]{3,}`),
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /型号|版本号|批号|编号|新款|旧款|升级|迭代/],
    deniable: false,
  },
  // ---- end round 46 (t46b) ----
  // ---- round 47 (t47b): subtle 2.8, the brand's own people as the threat ----
  {
    // The buyer warned off the brand's own store or service, which would not honour the goods or would keep them (别拿去苹果店问哈，人家
    // 不认的; 别拿去那个德国牌子的线下店问保修，人家当场拍照登记还不给退回来): the brand would know them for what they are. Not a part declared
    // compatible or another market's version (港版, 第三方配件), nor a care note.
    words: ['别拿去', '不要拿去', '别拿到', '不要拿到', '别送去', '不要送去', '千万别拿', '别去'],
    severity: 'block',
    message: '劝买家别拿去品牌门店或官方售后、说人家不认，暗示不是正品（规则 2.8）',
    after: /^[^，。！？]{0,14}?(?:店|门店|线下店|专卖店|官方店|旗舰店|直营店|售后|维修点|服务中心|专柜|柜台)/,
    window: 60,
    sentence: /(?:人家|他们|品牌|店里|店员|那边|官方|柜台|专柜)[^，。！？]{0,8}?(?:不认|不承认|不给修|不保修|不受理|不管|拍照|登记|没收|扣下|扣了|不给退|不退回|不还)/,
    notSentence: [REMEDY, COMPATIBLE_DECLARED, /港版|美版|日版|欧版|海外版|国行|国内|海外|跨境|保税|直邮|境外|外版|清洗|保养|抛光|回收|过保|保修期/],
    deniable: false,
  },
  {
    // The brand's owner said to come after us — complaints, lawyers, take-downs (品牌那边老来投诉我们，链接名字得常换; 品牌方的律师直接找过来了):
    // the goods infringe the brand's mark. Not a namesake or a thief of our pictures reported (别人冒充我们, 盗图), nor the brand's
    // authorisation told.
    words: ['投诉我们', '投诉我家', '投诉咱们', '投诉店铺', '投诉链接', '来投诉', '老投诉', '总投诉', '律师', '起诉我们', '告我们', '找过来', '找上门', '举报我们', '发律师函', '发函'],
    severity: 'block',
    message: '说品牌方投诉、找律师追究我们，暗示商品侵权、不是正品（规则 2.8）',
    window: 60,
    sentence: /品牌方|品牌那边|品牌商|品牌的人|牌子那边|商标方|厂家那边|原厂那边|(?:那个|那家)[^，。！？]{0,8}?(?:牌子|品牌)(?:方|那边)?/,
    notSentence: [REMEDY, /授权|冒充|盗用|盗图|仿冒我们|假冒我们|山寨我们|抄袭我们|同行|别家|其他店|有人/],
    deniable: false,
  },
  {
    // Grades of a copy named as a stock choice (我们只卖高版本，低版本那种线头多的我们不进): versions told by the make, the trade's tiers of
    // replicas. Not a firmware or an edition (高版本系统, 低版本固件).
    words: ['高版本', '低版本', '高版', '低版'],
    severity: 'block',
    message: '用“高版本/低版本”区分做工档次，暗示商品是仿品（规则 2.8）',
    window: 60,
    sentence: [/高版[^]*低版|低版[^]*高版/, /线头|做工|走线|用料|细节|皮料|五金|车线|胶水|胶印|色差|对版|original|原版|正品|专柜/],
    notSentence: [REMEDY, /系统|固件|软件|app|安卓|ios|驱动|版本号|升级|更新|教材|印次|版次|再版/],
    deniable: false,
  },
  {
    // The papers that vouch for the goods borrowed from another lot or another seller (这批的产地证是借的别的批次的; 检疫证明用的是别家的):
    // the goods' proof is not theirs. Not a paper lent to the buyer to look at (证书可以借您看).
    words: ['借的', '借来的', '借用的', '借用了', '借了', '套用的', '套用了', '挪用的'],
    severity: 'block',
    message: '说产地证、检疫证等凭证是借用别的批次或别家的，暗示来源不实、不是正品（规则 2.8）',
    window: 50,
    sentence: [/产地证|原产地证|证书|检疫证|检疫证明|报关单|合格证|检测报告|质检报告|身份证|溯源码|批文|授权书|入境单|通关单/, /别的|其他|其它|别人|别家|另一批|上一批|另外一批|以前的|之前的/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /借(?:给)?(?:您|你)|借您|借你|冒充|盗用|被人/],
    deniable: false,
  },
  {
    // The brand's mark put on at home after the goods came in unbranded (报关报的是无牌子的配件，到国内我们再把牌子印上去): the brand is
    // ours to print. Not our own logo printed on a custom order (把您公司的logo印上去, 把我们自己的牌子印上去).
    words: ['印上去', '贴上去', '打上去', '绣上去', '烫上去', '刻上去', '喷上去', '印上', '贴上'],
    severity: 'block',
    message: '说品牌标识是进来后自己再印上去的，暗示不是正品（规则 2.8）',
    before: /把(?:那个|这个)?(?:牌子|logo|商标|品牌|品牌标|标志|标识|标|铭牌|英文|外文)(?:给)?$/,
    window: 50,
    sentence: /再|后|到国内|回来|报关|国内|进来|入境|清关|专卖店|专柜|正品|一样/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /定制|定做|订做|您的|您公司|你的|您提供|刻字|名字|姓名|团队|班级|婚礼/],
    deniable: false,
  },
  {
    // Goods made at home and routed through a bonded store or across a border to pass as an import (我们在临沂这边做好，往保税仓走一圈再发出来，
    // 所以也算'进口'): the import is a detour. Not a real import cleared through the bonded store (货从保税仓走一趟海关清关).
    words: ['走一圈', '绕一圈', '转一圈', '兜一圈', '走一趟', '绕一下', '过一道', '出去再进来', '出去转一圈'],
    severity: 'block',
    message: '说商品在国内做好后去保税仓或境外绕一圈再发，冒充进口（规则 2.8）',
    window: 80,
    sentence: [
      /保税仓|保税区|海关|香港|境外|国外|出口/,
      new RegExp(`(?:${HOME_PLACE}|义乌|广州|东莞|深圳|福建|莆田|温州|泉州|国内|国产|本地|这边|我们)[^，。！？]{0,6}?(?:做|生产|加工|灌装|分装|组装|造)(?:好|完|的|出来)`),
      new RegExp(`进口|${FOREIGN}`),
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /如实|写明|标明|注明|国产品牌|国货/],
    deniable: false,
  },
  {
    // An origin label stuck over another, the buyer asked to leave it on (产地贴纸您别撕，撕了底下还有一层别的字，看着不好解释): what is
    // under it would tell another origin. Not a protective film or a tag kept for returns.
    words: ['别撕', '不要撕', '别揭', '不要揭', '别抠', '不要抠'],
    severity: 'block',
    message: '让买家别撕产地或品牌贴纸、说底下还有别的字，暗示标识不实、不是正品（规则 2.8）',
    window: 60,
    sentence: [/产地|标签|贴纸|贴标|铭牌|标|logo/, /(?:底下|下面|下层|里面|背后)[^，。！？]{0,6}?(?:别的|其他|其它|另一层|另外一层|原来的|不一样的)|不好解释|解释不清|说不清/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /保护膜|膜|退货|退换|影响退|保修|售后凭证/],
    deniable: false,
  },
  {
    // A foreign origin on the goods, and where they were made waved off (鞋底那行'Made in Scotland'是模具上自带的，您不用较真，这双具体
    // 是哪儿做的其实不重要): the printed origin is not the true one. Not an honest origin told (详情页写明了产地).
    words: ['不重要', '无所谓', '不用较真', '别较真', '不用在意', '别在意', '不用管', '别管'],
    severity: 'block',
    message: '商品上印着外国产地却说“哪儿做的不重要”，暗示产地标识不实、不是正品（规则 2.8）',
    window: 80,
    sentence: [
      /哪(?:儿|里)?(?:做|产|生产|造|出)的|产地|made ?in|原产/,
      new RegExp(`made|模具|${FOREIGN_46}`),
      /印|写|刻|标|模具|自带|鞋底|瓶底|底部|铭牌|标签/,
    ],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, /尺码|码数|颜色|色号|价格|发货|快递|物流/],
    deniable: false,
  },
  {
    // A record or a disc pressed from a copy, likened to the original (不是复制的，是拷贝母带压的，跟原版一样): a copy in other words. Not
    // the official master named (原版母带压制).
    words: ['拷贝', '翻录', '转录', '翻刻', '盗录', '翻版母带'],
    severity: 'block',
    message: '说是用拷贝的母带或翻录压制、跟原版一样，暗示盗版、不是正品（规则 2.8）',
    after: /^(?:的|过来的|来的|了)?(?:母带|母盘|原盘|源文件|音源|版)?[^，。！？]{0,3}?(?:压|刻|印|灌|制|做|录)/,
    window: 40,
    sentence: /原版|正版|原声|官方版|原装|一样|一模一样|没区别|差不多/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /授权|版权方|唱片公司授权|官方发行/],
    deniable: false,
  },
  {
    // The import's papers said not to exist, the low price put down to it (不走品牌官方渠道，也没有报关单，所以便宜): goods without a lawful
    // import record. Not a personal parcel by direct mail, cleared as such (个人物品行邮清关).
    words: ['报关单', '报关单据', '海关单', '入境检疫证', '检疫证明', '报关手续', '通关单'],
    severity: 'block',
    message: '说没有报关单据、所以便宜，暗示来路不明、不是正品（规则 2.8）',
    before: /(?:没有|没|不走|不带|无|拿不出|给不了|不提供|也没有|也没)(?:什么|啥)?(?:进口)?$/,
    window: 60,
    sentence: /所以(?:才)?(?:便宜|价格低|价低|这个价|实惠)|才(?:这么|那么)?便宜|便宜(?:很多|不少|一半)|价格(?:才|就)?(?:这么|那么)?低|省了[^，。！？]{0,4}(?:税|钱)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /直邮|个人物品|行邮|个人包裹|跨境电商/],
    deniable: false,
  },
  // ---- end round 47 (t47b) ----
  // ---- round 47 (t47g): subtle 2.8, the genuine shell or mark over goods made by us ----
  {
    // A foreign origin on the label, the goods said to be made here (产地写英国没错，只是那边负责印标签，东西都是我们这边做好的): the printed origin
    // is a front. Not an origin told plainly (写明, 详情页, 国产品牌, 代工厂).
    words: ['做好的', '做好了', '做好再', '做好后', '做出来的', '发酵好', '灌装好', '灌好', '酿好', '调好', '加工好', '组装好', '生产好'],
    severity: 'block',
    message: '说产地标签写的是外国、东西其实是我们这边做的，暗示产地不实、不是正品（规则 2.8）',
    before: /(?:我们|咱们|国内|这边|本地|自己|我们这里|厂里)(?:的)?(?:厂)?$/,
    window: 60,
    sentence: [/产地|标签|地址|made ?in|原产|制造|写的?是|印的?是|标的?是|印着|标着/, new RegExp(`${FOREIGN_46}|加州|巴黎|伦敦|东京|米兰|波尔多`)],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, OWN_MARK, /中国制造|made ?in ?china|产地(?:写的?|印的?|标的?)?(?:是)?(?:中国|国内)/],
    deniable: false,
  },
  {
    // The brand's bottle, box or shell with our contents (瓶子是他们家的，里面是我们的; 国内发酵好再装他们家的瓶子): a genuine shell refilled.
    // Not a supplier's packaging named for its quality (我们用的是他们家的瓶子，质量好) — the contents must be said to be ours.
    words: ['瓶子是', '瓶是', '罐子是', '罐是', '盒子是', '盒是', '外壳是', '壳是', '包装是', '外包装是', '袋子是'],
    severity: 'block',
    message: '说瓶子/包装是品牌的、里面是我们自己的，暗示旧瓶装新货、不是正品（规则 2.8）',
    after: /^(?:人家|他们|品牌|原厂|大牌|那个牌子|正品|专柜)(?:家)?(?:原厂|原装|正品|专柜)?的/,
    window: 40,
    // (the whole inside ours — not a part we swapped or added: 里面的电调我们换成了升级版, 里面的小样是我们另配的赠品)
    sentence: /里面(?:的东西|的货|装的|的)?(?:是|都是|全是)?(?:我们|自己|咱们|国产|国内|咱)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /授权|分装小样|官方分装|中文|说明书|翻译|背标|另配|另外|赠品|换成|升级/],
    deniable: false,
  },
  {
    words: ['装他们家的', '装人家的', '灌他们家的', '灌人家的', '装进他们家', '装进人家', '灌进他们家', '灌进人家', '装到他们家', '装品牌的', '灌品牌的', '装原厂的'],
    severity: 'block',
    message: '说东西是我们做好再装进品牌的瓶子，暗示旧瓶装新货、不是正品（规则 2.8）',
    after: /^[^，。！？]{0,4}(?:瓶|罐|盒|壳|包装|袋|桶)/,
    window: 60,
    sentence: /(?:我们|自己|国内|这边|咱们)[^，。！？]{0,8}(?:做|发酵|灌|生产|加工|调|配|酿|炒|烘)(?:好|完|的)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /授权|官方分装/],
    deniable: false,
  },
  {
    // The check mark on the goods called decoration (那个码扫出来是空白页不用担心，是印着好看的): the anti-fake mark is a dummy. Not a
    // pattern said not to be an anti-fake code.
    words: ['印着好看', '贴着好看', '印着玩', '贴着玩', '装饰用', '当装饰', '做装饰', '摆设', '好看用的', '装饰作用', '装样子'],
    severity: 'block',
    message: '说防伪码、二维码、芯片只是印着好看的摆设，暗示防伪标识是假的、不是正品（规则 2.8）',
    window: 60,
    // (the code is what fails a check or what is called the ornament, not a tag's charm beside a size code)
    sentence: /(?:码|防伪|nfc|芯片|溯源)[^。！？]{0,12}?(?:扫|查|验|碰|刮|输)[^。！？]{0,8}?(?:不出|不到|空白|没反应|打不开|没东西|不了|没有|对不上|无效)|(?:码|防伪|nfc|芯片|溯源)(?:贴|标|卡)?[^，。！？]{0,4}?(?:是|就是|只是)?(?:个|一个)?(?:印着|贴着|装饰|摆设|做装饰|当装饰|装样子|好看用)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /不是(?:防伪|溯源|验证)|图案|花纹|印花/],
    deniable: false,
  },
  {
    // The brand's check pointed at a link or a code we wrote (那个NFC碰一下弹出品牌官网，其实链接是我们自己写进去的; 刮开的数字我们每盒印的
    // 都是同一个数): the proof of genuineness is ours. Not our own brand's site or chip.
    words: ['写进去', '录进去', '写入的', '烧进去', '设置进去', '写上去的', '同一个数', '同一个码', '同一个号码', '同一串', '同一组数'],
    severity: 'block',
    message: '说品牌验证用的链接或防伪码是我们自己写的、印的，暗示防伪是假的、不是正品（规则 2.8）',
    before: /(?:我们|自己|咱们|店里|我们自己|都是|全是|都用|都印|用的是|印的是)(?:的)?$/,
    window: 80,
    sentence: [/nfc|芯片|链接|码|数字|编号|防伪|刮/, /品牌|官网|官方|正品|防伪|查询|验证|被查/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /批号|批次号|生产日期|款号|货号|型号|款式/],
    deniable: false,
  },
  {
    // The buyer kept off the brand's check (刮开的数字别往品牌官网输; 说明书上那个品牌售后电话别打): it would not vouch for the goods. Not another
    // market's goods the site does not list (港版, 海外版) nor a system delay.
    words: ['别往', '不要往', '别去', '不要去', '别在', '不要在', '别到', '别打', '不要打', '千万别打'],
    severity: 'block',
    message: '劝买家别去品牌官网或官方售后查验，暗示不是正品（规则 2.8）',
    after: /^(?:品牌|牌子|他们|人家)?(?:的)?(?:官网|官方网站|官方小程序|官方app|官方公众号)[^，。！？]{0,4}(?:输|查|扫|验|登记|填)|^哈?(?:[，,])?[^。！？]{0,6}(?:他们|人家|品牌)[^。！？]{0,4}不认/,
    window: 60,
    sentence: [/码|数字|编号|序列号|防伪|刮|售后电话|售后|客服电话/, /品牌|官网|官方/],
    notSentence: [REMEDY, /港版|美版|日版|欧版|海外版|国行|境外|外版|不支持|延迟|还没录入|未录入|更新|同步/],
    deniable: false,
  },
  {
    // The brand's own people said not to own our lot (他们不认我们这批的，有问题直接找我): the goods are not theirs. Not another market's warranty.
    words: ['不认我们', '不承认我们', '不认这批', '不认咱们', '不认我家', '不管我们这批', '不认我们家'],
    severity: 'block',
    message: '说品牌方或官方售后不认我们这批货，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: /品牌|官方|售后|专柜|他们|人家|厂家|原厂/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, COMPATIBLE_DECLARED, /港版|美版|日版|欧版|海外版|国行|海外|跨境|保税|直邮|境外|外版|过保|保修期/],
    deniable: false,
  },
  {
    // The brand's mark ours to put on a design it dropped (澳洲那个牌子不出了，我们就自己接着做，标还是他们的标): our make under their mark.
    // Not an authorised dealer.
    words: ['他们的标', '他们家的标', '人家的标', '他们的logo', '他们家的logo', '人家的logo', '他们的牌子', '人家的牌子', '他们的商标', '他们家的商标', '人家的商标'],
    severity: 'block',
    message: '说我们自己做的货挂着品牌的标，暗示不是正品（规则 2.8）',
    window: 80,
    sentence: /(?:我们|自己|咱们)[^，。！？]{0,6}(?:做|生产|接着|造|出|仿|印|贴|缝)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /授权|代理|经销|官方|旗舰|没有(?:他们|人家)|不带|不用(?:他们|人家)|去掉|拆掉|撕掉/],
    deniable: false,
  },
  {
    // The genuine thing sent to the brand's own store (比赛那种场合还是去他们家自己开的店买，那才是人家自己出的): ours is not. Not our own
    // brand set apart.
    words: ['那才是', '那个才是', '那边才是', '那里才是', '那儿才是', '那些才是'],
    severity: 'block',
    message: '说去品牌自己的店买的“才是人家自己出的”，暗示我们的不是正品（规则 2.8）',
    after: /^(?:人家|他们|品牌|原厂|官方|牌子)(?:家)?(?:自己)?(?:出|做|产|生产|原装|正经)的/,
    window: 80,
    sentence: /店|专柜|柜台|官网|旗舰|商场|去|买/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /自有品牌|国产品牌|授权/],
    deniable: false,
  },
  {
    // A price far under the genuine, and the reason not to be asked (同款免税店要八百多，我们两百九，原因嘛…别太较真): the buyer left to infer.
    words: ['别太较真', '别较真', '不用较真', '别深究', '不用深究', '别多问', '别问为什么', '别细问', '不用多问', '别追问', '别太在意'],
    severity: 'block',
    message: '说同款比专柜、免税店便宜很多，原因“别较真”，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: [/原因|为什么|为啥|怎么这么便宜|咋这么便宜|便宜在哪/, /同款|免税|专柜|正价|官网|官方|商场|原价|柜台/],
    notSentence: [REMEDY, /色差|尺码|发货|快递|物流|临期|效期|瑕疵|库存|清仓|活动|补贴|满减|优惠券/],
    deniable: false,
  },
  {
    // Everything but a swapped part said to be the brand's (里面鹅绒换成了鸭绒，其它地方看起来都是他们家的): the brand's look on our make.
    // Not an honest look-alike of our own brand (没有他们的标, 自有品牌).
    words: ['都是他们家的', '就是他们家的', '全是他们家的', '都是人家的', '全是人家的', '都是那个牌子的', '都是原版的', '都是正品的'],
    severity: 'block',
    message: '说换了用料、其他地方都是品牌的样子，暗示是仿品（规则 2.8）',
    before: /(?:看起来|看着|外观|样子|其他|其它|别的|其余)[^，。！？]{0,6}$/,
    window: 80,
    sentence: /换成|换了|只是|除了|[百千万]|便宜/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /自有品牌|授权|没有(?:他们|人家)的?(?:标|logo)|不带标|无标/],
    deniable: false,
  },
  {
    // The inside said not to be what the brand uses, where the goods fail the brand's own papers (称出来比说明书轻，机芯和配重跟他们家用的不是一套):
    // another make in the brand's name. Not an honest comparison with another shop.
    words: ['不是一套', '不是同一套', '不是一样的东西', '不是一个东西', '不是一回事'],
    severity: 'block',
    message: '说里面的部件和品牌用的不是一套、所以和说明书对不上，暗示不是正品（规则 2.8）',
    before: /(?:跟|和|与)(?:他们家|人家|原厂|品牌方?|原版|正品|专柜|那个牌子)(?:用的|的|原装的|原来的)?(?:东西)?$/,
    window: 60,
    sentence: [/机芯|配重|内胆|零件|配件|电机|芯片|主板|里面|内部|填充|机心/, /说明书|吊牌|标签|标的|写的|官网|称出来|重量|轻了|重了/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, OWN_MARK],
    deniable: false,
  },
  {
    // The brand's plate put on the same way, the piece praised for passing (琴做得很像样，琴头那块牌子也是一样烫上去的，摆家里有面儿): the mark
    // copied. Not our own mark or a customer's.
    words: ['烫上去', '印上去', '贴上去', '刻上去', '绣上去', '打上去', '钉上去'],
    severity: 'block',
    message: '说品牌铭牌照样烫上去、做得很像样，暗示是仿品（规则 2.8）',
    before: /(?:牌子|logo|商标|铭牌|标志|标识|品牌标)[^，。！？]{0,6}$/,
    window: 60,
    sentence: /像样|有面|以假乱真|看不出|分不出|跟真的|跟原版|跟专柜|和真的|和原版|和专柜|一模一样/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /定制|定做|订做|您的|您公司|你的|刻字|名字|姓名|团队|班级|婚礼/],
    deniable: false,
  },
  {
    // The brand's mark on the goods but the papers in our own maker's name (盆底刻的是德国那个牌子没错，但发票和保修卡上只能写我们自己的厂名):
    // the brand does not stand behind them. Not an authorised dealer's invoice.
    words: ['只能写我们', '只能开我们', '只能印我们', '写的是我们自己', '开的是我们自己', '只能写咱们', '只能填我们'],
    severity: 'block',
    message: '说商品上是品牌的标、发票保修卡却只能写我们自己的厂名，暗示不是正品（规则 2.8）',
    window: 80,
    sentence: [/发票|保修卡|质保卡|合格证|保修单|说明书/, new RegExp(`(?:刻|印|标|写|贴|绣)(?:的|着)(?:是)?[^，。！？]{0,6}(?:${FOREIGN_46}|牌子|品牌|大牌)`)],
    notSentence: [REMEDY, OTHERS_OR_WARNING, OWN_MARK, /授权|经销|代理|官方|旗舰|店名|店铺名/],
    deniable: false,
  },
  // ---- end round 47 (t47g) ----
  // ---- round 48 (t48b): subtle 2.8, the breach in what is meant ----
  {
    // The licence said not taken and the design traced from the original (没走授权的哈，图是我们设计师照着描的): a copy of a licensed design.
    // Not an original design that needs no licence, nor a refusal (没授权的图我们不会照着画).
    words: ['没走授权', '没有走授权', '没拿授权', '没有拿授权', '没买授权', '没有买授权', '没授权', '没有授权', '未授权', '未经授权', '没走版权', '没买版权', '没有版权'],
    severity: 'block',
    message: '说没有授权、图案是照着原版描的，暗示是仿冒品（规则 2.8）',
    window: 50,
    sentence: /照着[^，。！？]{0,8}?(?:描|画|临摹|扒|抠|仿|印|刻|绣|做)|(?:描|临摹|扒|抠)(?:的|下来|出来)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /原创|自己设计的|自有|不需要授权|无需授权|不用授权|不涉及|侵权|不会|不敢|从不|不接|拒绝|不做/],
    deniable: false,
  },
  {
    // A brand's mark or rating put on afterwards by the shop (22kN和Petzl的标都是我们这边后刻的): the marks are not the maker's. Not a name or
    // logo engraved to the buyer's order (您的名字是我们后刻的, 公司logo后印的定制款).
    words: ['后刻的', '后印的', '后打的', '后贴的', '后加的', '后烫的', '后压的', '后补的', '后来刻的', '后来印的', '后来贴的', '后来打上的'],
    severity: 'block',
    message: '说品牌标识或参数是店家后刻后印上去的，暗示不是正品（规则 2.8）',
    before: /(?:我们|咱们|我|咱|自己|这边|店里|厂里|工厂)(?:这边|自己)?(?:都)?(?:是)?$/,
    window: 40,
    sentence: /标|logo|商标|认证|钢印|铭牌|型号|参数|kn|ce|3c|ccc|fcc/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /刻字|名字|姓名|定制|个性|祝福|签名|日期|纪念|缩写|您(?:的|提供|发)|公司|企业|团队|班级/],
    deniable: false,
  },
  {
    // The brand's anti-fake feature said missing on our batch (镭射标在我们这批上是平的，转着看不会变色): what the genuine has, ours lacks.
    // Not a new pack without it announced (新版包装取消了镭射标，官网可查), nor the feature described as present.
    words: ['镭射标', '激光标', '镭射防伪', '激光防伪', '防伪标', '防伪贴', '变色标', '全息标', '镭射贴', '防伪膜', '变色油墨', '防伪线'],
    severity: 'block',
    message: '说本批商品的防伪标识没有应有的效果，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: [/(?:我们|咱们|咱|这)(?:这)?批|我们(?:的|家|这)/, /是平的|平面的|不会变色|不变色|不反光|不闪|没有(?:立体|变色|反光|镭射|闪)|是印的|印上去的|转着看(?:也)?(?:没|不)/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /新版|新包装|改版|换包装|取消了|官网(?:查询|可查|公告)|扫码(?:验|查)|可以(?:查|验)/],
    deniable: false,
  },
  {
    // A code that will not verify and the buyer told not to check it (瓶底那串码跟官网上写的位数不一样，别对着查了，查了您心里不舒服). Not a parcel or
    // order number (物流单号别查了，还没更新).
    words: ['别对着查', '别对照', '别查了', '不要查了', '别拿去查', '别扫了', '查了您心里不舒服', '查了心里不舒服', '查了不舒服', '查了您不舒服'],
    severity: 'block',
    message: '说商品上的码与官网对不上、劝买家别查，暗示不是正品（规则 2.8）',
    window: 50,
    // (the code said not to match: not a code not yet on file — 刚入库系统还没录入, 跨境版本官网查不到)
    sentence: [/码|编号|序列号|批号|防伪|官网|位数/, /不一样|对不上|不对|不舒服|位数/],
    // (官网上 is the brand's site, not 网上 the market)
    notSentence: [REMEDY, new RegExp(OTHERS_OR_WARNING.source.replace('网上', '(?<!官)网上')), /物流|快递|订单|单号|运单|退款|进度|帮您查|我们(?:已经)?查|没录入|还没录|跨境|报关/],
    deniable: false,
  },
  {
    // The brand's counter said sure to disown the goods, and the counter's word explained away (拿去专柜让柜姐看的话她肯定说不是她们家的，她们要业绩嘛):
    // the goods would not pass the brand's own check. Not a foreign edition the local counter does not service (海外版国内专柜不保修).
    words: ['肯定说不是', '会说不是', '都会说不是', '准说不是', '肯定说是假', '会说是假', '肯定不认', '肯定不承认'],
    severity: 'block',
    message: '说品牌专柜肯定不认这件商品、并把原因推给柜姐业绩，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: [/专柜|柜姐|柜台|门店|售后|官方|品牌方|实体店/, /业绩|提成|抢生意|为了卖|眼红|自己用|放心用|用着放心|咱这个|不影响用|不用管|别管|别理/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /海外版|港版|国际版|免税|跨境|保修|联保|水货|平行/],
    deniable: false,
  },
  {
    // The buyer told not to tell the brand's service where the goods were bought (千万别拿去跟品牌售后说是在我们这买的): the brand would not own them.
    // Not the buyer sent to the brand's service with our name (可以拿去品牌售后，说是在我们这买的就行).
    words: ['在我们这买的', '在我们这里买的', '在我们店买的', '在我们家买的', '从我们这买的', '从我们这里买的', '在我这买的', '是我们这买的', '在本店买的', '在咱们这买的'],
    severity: 'block',
    message: '让买家别跟品牌售后说是在本店买的，暗示不是品牌正品（规则 2.8）',
    before: /(?:别|不要|千万别|可别|切记别|不能)[^，。！？]{0,10}?(?:品牌|官方|厂家|售后|专柜|客服|柜台)[^，。！？]{0,6}?(?:说|讲|提)(?:是)?$/,
    deniable: false,
  },
  {
    // Made to the brand's shape in another material, heavier than the brand states (刀架比品牌标的重一百多克，是换了料照着外形做的). Not a
    // replica sold as such (仿真模型) nor a piece made to the buyer's drawing.
    words: ['照着外形', '照着外观', '照着样子', '照着原版', '照着正品', '照着原款', '照着品牌', '照着原装', '照着原厂', '照着大牌', '照原版', '仿着外形'],
    severity: 'block',
    message: '说商品是换了用料、照着品牌外形做的，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: /换了?(?:料|材料|材质|用料|钢材|铝材)|(?:比|跟)[^，。！？]{0,8}(?:品牌|官方|原装|正品|原厂|专柜)[^，。！？]{0,4}(?:标|写|标注|说)的?(?:重|轻|厚|薄)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_HONEST_ORIGIN, /仿真|模型|复古|定制|(?:您|你)(?:的|给|发)/],
    deniable: false,
  },
  {
    // Cheaper because not from the brand's own channel (官方要三百多，我们八十九…不是黑钻自己卖出来的; 我们这十二块，差就差在没走他们家正规出货那一道):
    // a price gap or a wink beside the channel denied. Not a cross-border import told as such, nor our own channel claimed.
    words: ['正规出货', '官方出货', '品牌出货', '正规渠道', '官方渠道', '品牌渠道', '自己卖出来', '自己卖出去', '官方卖出来', '品牌自己卖', '自己出的货', '官方出的货', '专柜出来'],
    severity: 'block',
    message: '说商品便宜是因为不是品牌官方渠道出来的，暗示不是正品（规则 2.8）',
    before: /(?:没走|没有走|不走|不是走|不是从|没从|不从|不是|并非|没经过|不经过)[^，。！？]{0,6}$/,
    window: 60,
    sentence: /(?:官方|专柜|官网|别人|别家|外面|市面|人家|品牌|原价)[^。！？]{0,6}?(?:要|卖|售价|价|标价)[^。！？]{0,12}?(?:我们|咱们|我这|咱这|咱|这边|我家)[^。！？]{0,4}?(?:[0-9]|[一二三四五六七八九十两百几])|dddd|懂的都懂|懂得都懂|(?:您|你)懂的|所以(?:便宜|价格低|才这个价)|才(?:这么|这个)便宜|便宜(?:这么多|一半)/,
    notSentence: [REMEDY, ROUND46_HONEST_ORIGIN, /海外直邮|保税|跨境|直邮|进口|报关|免税|平行|临期|尾货|清仓|补贴|秒杀|优惠券|满减|(?:我们|本店)(?:是|就是)(?:官方|品牌|授权)/],
    deniable: false,
  },
  {
    // Comparison pictures of our goods beside the genuine (和正品对比图在详情页): ours set apart from 正品. Not a guide to tell fakes apart
    // (教您辨别真假), nor the buyer invited to check against the counter with a guarantee.
    words: ['和正品对比', '跟正品对比', '与正品对比', '同正品对比', '和正品的对比', '跟正品的对比', '和正品比对', '跟正品比对', '对比正品'],
    severity: 'block',
    message: '拿商品和“正品”做对比，暗示商品本身不是正品（规则 2.8）',
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /假货|仿品|高仿|鉴别|辨别|辨认|识别|真假|防伪|专柜|(?:您|你)(?:可以|可|随便|尽管|放心)/],
    deniable: false,
  },
  {
    // The buyer told to hide where a gift was shipped from (送人的话…把我们的快递袋和发货单扔掉…别让对方看到从哪发的): the source would give the
    // goods away. Not the price hidden, nor a surprise kept.
    words: ['从哪发的', '从哪里发的', '从哪儿发的', '哪里发的', '哪发的', '从哪寄的', '从哪里寄的', '哪里寄的', '从哪买的', '从哪里买的', '在哪买的', '哪里买的'],
    severity: 'block',
    message: '教买家送礼时藏起发货来源，暗示商品来路经不起看（规则 2.8）',
    before: /(?:别让|不让|不要让|免得|以免|省得|防止)[^，。！？]{0,8}?(?:看到|看见|知道|发现|瞧见)$/,
    window: 60,
    sentence: /送人|送礼|送给|礼盒|礼物|收礼/,
    notSentence: [/价|多少钱|惊喜|隐私/],
    deniable: false,
  },
  {
    // Round 48 (t48b, moved from likely-counterfeit): a part vouched 原厂 yet likened to the original, its number matching, but bare of its pack
    // (换上的是原厂配件，跟原装一模一样，编号对得上，但没有包装). Not a pulled part sold as such (拆机件).
    words: ['对得上', '对的上', '能对上', '对上了'],
    severity: 'block',
    message: '说配件跟原装一模一样、编号对得上却没有包装，暗示不是原厂正品（规则 2.8）',
    before: /(?:编号|型号|序列号|零件号|件号|配件号|码|号码)(?:都|也|全)?$/,
    window: 40,
    sentence: [/(?:跟|和|与)(?:原装|原厂|正品|官方|原配)(?:的)?(?:一模一样|一样|没区别|没两样)/, /(?:但|就是|只是|不过)(?:是)?(?:没有?|不带|缺)(?:原厂|原装)?(?:的)?(?:包装|盒子|外盒|盒|包装盒|标签|吊牌)/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, /拆机|二手|官网(?:查询|可查)/],
    deniable: false,
  },
  // ---- end round 48 (t48b) ----
  // ---- round 49 (t49b): subtle 2.8 — the brand pointed at, never named, and ours set beside it ----
  {
    // The brand's own make set against ours, which only looks like it or lacks what the brand's has (那家自己出的能淋雨，咱这盏嘛…就是长得像;
    // 他家自己出的有香味，咱这条没有，其他一模一样; 毕竟不是本家出来的…模样一样): a likeness to a brand's goods that ours are not. Not a compatible
    // part told as such (品牌自己出的滤芯贵，咱这款是兼容的), nor another shop's own goods compared without a likeness (那家自己出的偏甜，咱这个不加糖).
    words: ['自己出的', '自家出的', '亲自出的', '本家出的', '本家出来的', '本家做的', '正主出的', '自己做的', '亲生的'],
    severity: 'block',
    message: '拿品牌自己出的货跟本店商品比，说只是长得像、缺了品牌货的特征，暗示不是正品（规则 2.8）',
    before: /(?:那家|那个牌子|那牌子|那个品牌|那个大牌|人家|他家|他们家|它家|品牌方?|大牌|原厂|正主|不是)(?:那边)?(?:的)?$/,
    window: 50,
    sentence: [ROUND49_OURS, ROUND49_LOOKALIKE],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND49_HONEST_OTHER],
    deniable: false,
  },
  {
    // Kinship with a brand as a figure for a copy (跟那个牌子是一个“姓”，是不是一个爹生的…别较这个真; 算是那个牌子的“表亲”，毕竟不是本家): the
    // goods claimed into the brand's family and out of its house. Not two lines of one brand (同品牌的姐妹款), nor shops run by relatives.
    words: ['表亲', '表兄弟', '表姐妹', '堂兄弟', '堂兄妹', '远房', '远亲', '一个姓', '同一个姓', '一个爹', '一个妈', '一个娘', '同父异母', '同母异父', '私生子', '私生的', '干儿子', '干兄弟', '失散多年', '亲兄弟'],
    severity: 'block',
    message: '用“表亲、一个姓、一个爹生的”比喻本店商品和某品牌的关系，暗示不是正品（规则 2.8）',
    window: 50,
    sentence: [/那家|那个牌子|那牌子|那个品牌|那个大牌|牌子|品牌|大牌|名牌|原厂|原版|正品|专柜|人家/, ROUND49_OURS_OR_IT],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND49_HONEST_OTHER, /同(?:一个?)?品牌|同系列|一个系列|同一系列|姐妹款|兄弟款|升级款|老款|新款|店|亲戚开|送(?:给)?(?:亲戚|家人)/],
    deniable: false,
  },
  {
    // An idiom of a look without the substance, or of an impostor, said of our goods (咱这罐算是“貌合神离”吧; 这根金条表里不一，但分量够; 咱这罐
    // 就是最后现了原形的那只六耳猕猴): the goods are what they look like only outside. Not a warning against impostors (别买到李鬼), nor the buyer's
    // complaint echoed (您说实物跟图片表里不一).
    words: ['貌合神离', '表里不一', '里外不一', '徒有其表', '金玉其外', '形似神不似', '形似而神不似', '六耳猕猴', '真假美猴王', '假美猴王', '假猴王', '李鬼', '假李逵', '西贝货', '冒名顶替', '狸猫换太子', '挂羊头卖狗肉', '挂羊头'],
    severity: 'block',
    message: '用“貌合神离、表里不一、六耳猕猴”等说法形容本店商品，暗示不是正品（规则 2.8）',
    window: 40,
    sentence: ROUND49_OURS_OR_IT,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /买到|别被|当心|防止|避免|不会|绝不|不做|不卖|上当|辨别|识别|(?:您|亲|你)(?:说|觉得|反馈|收到)|图片|实物|照片|色差|宣传/],
  },
  {
    // The buyer told to go along when someone takes the goods for the brand's (有人问“你也是那家的灯啊”，您点头笑一笑就完事了，别的不用多解释;
    // 说是那家的也行，说不是也行，就看您怎么讲): what the goods are is left to the buyer's telling. Not our own brand told (您就说不是，是我们自己的牌子).
    words: ['点头', '点个头', '点点头', '笑一笑', '笑笑就', '默认就', '默认了', '默认呗', '就默认', '默认一下', '不用多解释', '不用解释', '别解释', '不必解释', '不用多说', '别多说', '说不是也行', '说不是也可以', '说不是也成', '看您怎么讲', '看您怎么说', '看你怎么讲', '看你怎么说', '看您跟人怎么', '看您跟他们怎么'],
    severity: 'block',
    message: '教买家在别人以为是某品牌时默认或随便说，暗示不是正品（规则 2.8）',
    window: 50,
    // (someone's question is their quote, which the sentence test does not see: the asker named, the brand read in the draft itself)
    sentence: /(?:问|以为|当成|当作|当是|认成|说是|说)[^。！？]{0,12}?(?:那家|那个牌子|那牌子|那个品牌|大牌|名牌|专柜|正品|原版|原装)(?:的|买的|出的|家的)?|(?:有人|别人|人家|朋友|球友|同事|对方|他们|她们|大家)(?:要是|如果)?(?:问|以为|当|夸)/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND49_HONEST_OTHER, /说不是(?!也)|(?:我们|咱们)(?:自己|店)?的(?:牌子|品牌)|如实|实话|在哪买|哪里买|多少钱|价格/],
    unless: (ctx) => !ROUND49_BRAND_IN_DRAFT.test(ctx.text),
    deniable: false,
  },
  {
    // The buyer told not to name the brand lest someone looks closely (医生要是问，您就说是普通的，别说是那个牌子的，省得他拿过去仔细看): the brand's
    // name would invite the check the goods cannot pass. Not a reminder of the goods' own name.
    words: ['别说是', '不要说是', '别提是', '别讲是', '别说它是', '不要说它是', '别说这是', '别提牌子', '别提品牌', '别说牌子', '不要提牌子'],
    severity: 'block',
    message: '让买家别说是某品牌、免得被人细看，暗示不是正品（规则 2.8）',
    after: /^(?:那家|那个牌子|那牌子|那个品牌|大牌|名牌|专柜|正品|原装|原版|品牌|牌子|[a-z]{2,})?/,
    window: 50,
    sentence: [/那家|那个牌子|那牌子|那个品牌|大牌|名牌|专柜|正品|原装|原版|品牌|牌子/, /(?:省得|免得|以免|不然|要不然|防止|万一|怕)[^。！？]{0,12}?(?:仔细看|细看|看出|认出|研究|查|验|拿过去|拿去|较真|追问|多问)/],
    // (nor goods bought abroad that the local counter will not service — 跨境购买的不在国内专柜保修，别说是专柜买的，以免对方拿去专柜修)
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND49_HONEST_OTHER, /价|多少钱|惊喜|修|售后|联保|跨境|海外/],
    deniable: false,
  },
  {
    // Keep it quiet, where the brand's name or telling the goods apart is the topic (也是按那家的名字卖的…孩子根本分不出哪片是哪家的，大人别声张就行):
    // silence asked about what the goods are. Not a discount or a gift kept quiet (内部价别声张).
    words: ['别声张', '不要声张', '别张扬', '不要张扬', '别嚷嚷', '别到处说', '别说出去', '别外传', '不要外传', '别往外说', '心照不宣'],
    severity: 'block',
    message: '让买家对商品的品牌来历别声张，暗示不是正品（规则 2.8）',
    window: 60,
    sentence: /那家的|那个牌子|那牌子|那个品牌|大牌|名牌|正品|专柜|原装|原版|(?:品牌|牌子)的?(?:名字|名头|名号)|分不出|看不出|认不出|哪家的/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /价|优惠|便宜|折扣|多送|赠品|送您|红包|返现|惊喜/],
    deniable: false,
  },
  {
    // Sold under a brand's name that is not ours, or its licence number printed on our pack (也是按那家的名字卖的; 我们印的就是人家的号，所以味道也是
    // “那个味道”): the brand's identity borrowed. Not our own name, nor a delivery phone number.
    words: ['名字卖', '名头卖', '名号卖', '旗号卖', '招牌卖',
      ...['人家的', '别人的', '别人家的', '他家的', '那家的', '大牌的'].flatMap((w) => ['号', '编号', '许可证', '条码', '批号', '备案号', '厂名', '厂址', '注册号', '商标'].map((x) => w + x))],
    severity: 'block',
    message: '说本店商品借用别家品牌的名字或许可证号，暗示不是正品（规则 2.8）',
    before: /(?:按|用|借|打着|挂着|蹭|顶着|冒|印|贴|标|写|抄|套)(?:的|了|着)?(?:就|都|其实)?(?:是)?(?:那家|那个牌子|那个品牌|人家|别人家?|他家|大牌|名牌|品牌)?(?:的)?$/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /快递|收件|寄件|电话|手机|联系|(?:我们|咱们|自己)(?:店|家)?的(?:名字|品牌|牌子)/],
    deniable: false,
  },
  {
    // A joke on 平行进口 or a brand's release elsewhere (不是平行进口，是“平行宇宙”进口的，那个牌子在另一个宇宙出的就长这样): the brand never made it.
    words: ['平行宇宙', '平行世界', '另一个宇宙', '另一个时空', '异世界', '异次元'],
    severity: 'block',
    message: '拿“平行宇宙”之类开玩笑，暗示商品不是品牌出的正品（规则 2.8）',
    window: 40,
    sentence: /进口|牌子|品牌|那家|正品|原装|出的|原版|官方/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /书|小说|电影|游戏|绘本|剧|动画|漫画|主题|系列名|名字叫|叫做/],
    deniable: false,
  },
  {
    // The brand expected to take the listing down once it notices (等那个牌子反应过来，这个链接估计就没了): the goods infringe its name. Not a
    // brand's price rise or an offer ending (等品牌方反应过来调价，这个价就没了).
    words: ['反应过来', '发现了', '找上门', '找过来', '回过神', '知道了', '还没发现', '没发现', '还没反应过来', '没反应过来', '找来', '盯上'],
    severity: 'block',
    message: '说等品牌方发现了链接就会没，暗示商品侵权、不是正品（规则 2.8）',
    before: /(?:那个牌子|那牌子|那个品牌|那家|人家|品牌方?|原厂|正主|官方|厂家)(?:那边)?(?:一旦|要是|哪天|真)?$/,
    window: 40,
    sentence: /链接|下架|删|封|没了|撤|赶紧|趁/,
    // (nor a batch pulled for a fault — 厂家发现了这批有划痕，已经下架换新)
    notSentence: [REMEDY, OTHERS_OR_WARNING, /涨价|调价|改价|价格|这个价|优惠|活动|库存|补货|断货|停产|划痕|质量|问题|瑕疵|召回|换新|批次|这批/],
    deniable: false,
  },
  {
    // The brand's papers missing, figured as a household register (就是没有那个牌子的“户口”; 上不了人家的户口): ours not on the brand's books.
    words: ['户口', '户籍', '名分', '出生证', '准生证', '族谱', '家谱', '身份证'],
    severity: 'block',
    message: '说商品没有某品牌的“户口、名分”，暗示不是正品（规则 2.8）',
    before: /(?:没有|没|不带|缺|少了?|差(?:一个|个|一张|张)?|上不了|入不了|进不了|不在)(?:那家|那个牌子|那牌子|那个品牌|人家|他家|品牌|大牌|原厂|名牌)(?:的)?$/,
    window: 40,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /户口本|户口所在|落户|迁户|本地户口|清关|报关|收件人|实名|海关/],
    deniable: false,
  },
  {
    // The goods said not to know they are not the brand's (它自己又不知道它不是那家的，干起活来一样卖力): ours are not the brand's, winked at.
    words: ['不知道它不是', '不知道自己不是', '不晓得它不是', '不晓得自己不是', '不知道它不姓', '不知道自己不姓'],
    severity: 'block',
    message: '拿“它自己不知道它不是那家的”开玩笑，暗示不是正品（规则 2.8）',
    after: /^(?:那家|那个牌子|那牌子|那个品牌|人家|他家|大牌|名牌|原厂|原装|正品|[a-z]{2,})/,
    deniable: false,
  },
  {
    // Gold that no bite marks and no fall dents, said as a boast of a bar or coin (这根您可咬不动，比一般金条“结实”多了，掉地上都不带变形): pure gold is
    // soft, so the boast hints the bar is not gold through. Not hard-gold craft told (5G硬金不易变形), nor the box.
    words: ['咬不动', '咬不出', '咬不下去', '不带变形', '都不变形', '也不变形', '摔不变形', '砸不变形'],
    severity: 'block',
    message: '夸金条咬不动、摔不变形，暗示不是足金（规则 2.8）',
    window: 40,
    sentence: /金条|金砖|金块|金币|金豆|金锭|足金|千足金|万足金|投资金|9999/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /硬金|5g|3d|古法|k金|18k|合金|镀金|包金|包装|盒|袋|建议|轻拿|小心/],
    deniable: false,
  },
  {
    // A mark said to differ from the brand's, then nobody expected to look (表带内侧刻的那行字跟那家的有一点小出入，不过谁没事会把您手腕翻过来看呀):
    // the shop counts on no one checking the mark.
    words: ['谁没事', '谁闲着', '谁有空', '谁吃饱了', '哪有人会', '没人会', '谁会特意', '谁会专门', '谁会去', '谁会没事'],
    severity: 'block',
    message: '说标识跟品牌的有出入、反正没人会细看，暗示不是正品（规则 2.8）',
    after: /^[^。！？]{0,14}?(?:看|翻|研究|查|对|比|注意|盯|检查)/,
    window: 60,
    sentence: [/刻的|刻着|印的|印着|字|logo|标|那家的|那个牌子的|牌子|品牌|原厂|原装|正品|专柜/, /出入|不一样|不太一样|有点差|有差别|有区别|区别|差别|对不上|不同/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND46_FLAW, ROUND46_HONEST_ORIGIN],
    deniable: false,
  },
  {
    // A colour or model the brand never made, and ours has it (这个配色品牌官方从来没出过，只有我们家有; 这个颜色人家官方都没有，您说稀罕不稀罕): a
    // colourway no genuine piece comes in. Not a collaboration, a regional or shop exclusive made by the brand, a colour discontinued or out of
    // stock (品牌今年没出这个色，我们还有往年库存).
    words: ['没出过', '没有出过', '从没出过', '未出过', '没做过', '没有做过', '没生产过', '未生产过', '没发布过', '没推出过', '都没有', '也没有', '根本没有', '压根没有', '都没出', '根本没出', '压根没出'],
    severity: 'block',
    message: '说品牌从没出过这个颜色或型号、只有本店有，暗示不是正品（规则 2.8）',
    before: /(?:品牌|官方|原厂|那个牌子|那牌子|那家|人家|官网|专柜|本家|正品)(?:那边)?(?:自己)?(?:根本|从来|压根|都|也|就|从)?$/,
    window: 40,
    sentence: [/颜色|配色|色号|(?<![出特])色|型号|款式|这款|这个款|版型|花色|图案/, /只有我们|我们家有|我们这(?:有|才有|独)|独家|独一份|全网(?:就|只有|仅)|就我们|别处(?:买不到|没有)|外面买不到|稀罕|咱这|咱家|我们有/],
    notSentence: [REMEDY, OTHERS_OR_WARNING, ROUND49_HONEST_OTHER, /联名|定制|授权|合作|限定|区域|地区|海外版|港版|日版|国行|停产|绝版|不再|今年|去年|往年|以前|之前|老款|库存|现货|货了|断货|补货|卖完|售罄|缺货/],
    deniable: false,
  },
  {
    // What this price buys left to the buyer's knowing (这个价能买到啥您心里清楚哈; 一百块的价格您懂的，别太较真): the price as the answer to
    // genuineness. Not a budget matched to a model (这个价能买到什么配置，我给您列一下).
    words: ['能买到啥', '能买到什么', '买到的是什么', '买到的是啥', '能买到怎样的', '能买到啥样的', '买的是什么', '买的是啥'],
    severity: 'block',
    message: '说“这个价能买到啥您心里清楚”，暗示不是正品（规则 2.8）',
    before: /(?:这个价|这价|这个价格|这价格|价格|价钱|[0-9一二两三四五六七八九十几百千]+(?:块钱?|元))(?:的)?(?:话|嘛)?$/,
    window: 30,
    sentence: /心里清楚|心里有数|心里明白|(?:您|你|亲)(?:应该|肯定)?(?:懂|明白|清楚)|懂的|较真/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /配置|推荐|列一下|对比一下|参数/],
    deniable: false,
  },
  {
    // The price winked at with the buyer told not to look closely (一百块的价格您懂的，别太较真): the price as the answer to genuineness. Not a bargain
    // praised (这个价格您懂的，活动力度很大).
    words: ['您懂的', '你懂的', '亲懂的', '懂的都懂', '您懂', '你懂'],
    severity: 'block',
    message: '拿价格眨眼、让买家别较真，暗示不是正品（规则 2.8）',
    before: /(?:价|价格|价钱|块钱?|元|这个数)(?:的话|嘛|呢|呀|哈)?$/,
    window: 30,
    sentence: /较真|别问|别多问|别深究|别计较|别要求|别指望|真假|正品|专柜|大牌|牌子/,
    notSentence: [REMEDY, OTHERS_OR_WARNING, /活动|力度|优惠|划算|性价比|折扣|补贴|秒杀/],
    deniable: false,
  },
  // ---- end round 49 (t49b) ----
];

/** The word stands in quotation marks of its own in the original: 绝对的“正品”. */
/**
 * Another seller's claim exposed, to tell the buyer what to check (某些店家说的"原装进口"其实是国内分装，您可以看看罐底的生产地;
 * round 10, t10d): the subject earlier in the sentence is another shop, and we do not come in after it.
 */
/**
 * Round 26 (t26b): a tribute kind denied by a copula right before it, quoted or not (不是什么“致敬版”也不是“兄弟款”, 并不是所谓的
 * 致敬款): the goods are said NOT to be one. The cue is otherwise undeniable (不一样的致敬款 must stay a claim), so only the copula
 * with at most 什么/所谓/那种 between counts.
 */
const TRIBUTE_DENIED_BEFORE = /(?:不是|并非|绝非|不算|不属于|算不上)(?:什么|啥|所谓的?|那种|这种|任何)?(?:的)?[“”"'‘’「」『』]*$/;
/** …and a later item of a 、 list shares the denial (绝非什么兄弟款、灵感款): the item listed right before it, in the original text. */
const TRIBUTE_LISTED_BEFORE = /(?:致敬|兄弟|双胞胎|姐妹|灵感|影子|孪生|镜像)[款版][”"’」』]?\s*[、和或及与]\s*[“"‘「『]?$/;
function tributeKindDenied(ctx: LintContext, start: number, _end?: number, depth = 0): boolean {
  if (TRIBUTE_DENIED_BEFORE.test(ctx.before(start, 10, 'soft'))) return true;
  if (depth >= 3 || start === 0) return false;
  const from = ctx.norm.compact.start[start]!;
  const m = TRIBUTE_LISTED_BEFORE.exec(ctx.text.slice(Math.max(0, from - 10), from));
  if (m === null) return false;
  const previousAt = from - m[0].length;
  let k = start;
  while (k > 0 && ctx.norm.compact.start[k]! > previousAt) k--;
  return tributeKindDenied(ctx, k, undefined, depth + 1);
}
const OTHER_SELLER = /(?:某些|有些|有的|部分|其他|别的|个别|一些)(?:店家|商家|店铺|卖家|网店|小店|店|同行)/;
/**
 * Round 18 (fa18bp): what some words mean, explained — 这些说法一般是在暗示不是正品, 这种字眼其实意味着不是专柜货: the subject is
 * a saying, a label or a word, not the goods (not 我们这批货暗示一下，不是正品).
 */
const WORDS_MEANING = /(?:说法|字眼|词语|词汇|词|用语|话术|宣传语|宣传|表述|叫法|标签)(?:(?!我们|本店|我家|咱)[^，。]){0,8}?(?:暗示|意味着|意思是|意思就是|等于说|等于在说|表示|代表)(?:的是|着)?(?:商品|东西|货|它)?(?:不是|并非|非|不算|不属于|算不上)?$/;
function wordsMeaning(ctx: LintContext, start: number): boolean {
  return WORDS_MEANING.test(ctx.before(start, 20, 'soft'));
}

/** Round 43 (t43e): a foreign origin in scare quotes earlier in the sentence before compact `start` (这款“瑞士”巧克力), read in the draft's text. */
const SCARE_QUOTED_ORIGIN = new RegExp(`[“"‘'「『]${FOREIGN}(?:产|制造|进口|原装)?[”"’'」』]`);
function scareQuotedOrigin(ctx: LintContext, start: number): boolean {
  const lead = ctx.before(start, 30, 'hard').length;
  if (!lead) return false;
  const [a, b] = ctx.toOriginal(start - lead, start);
  return SCARE_QUOTED_ORIGIN.test(ctx.text.slice(Math.max(0, a - 1), b));
}

function otherSellersClaim(ctx: LintContext, start: number, _end: number): boolean {
  const before = ctx.before(start, 30, 'hard');
  const m = OTHER_SELLER.exec(before);
  return !!m && !/我们|我家|本店|咱|这款|这个|这批/.test(before.slice(m.index + m[0].length));
}

/**
 * Round 29 (t29b): the doubt is the buyer's or their circle's, reported (您朋友说“这个价格不可能是真的”, 您家人觉得这价买不到正品) and not
 * agreed with after it (…，说得没错 / 确实 / 哈哈): the reply answers a suspicion, it does not voice one.
 */
// (您觉得 alone is the shop's own rhetorical ask — 五十块的口红您觉得能是正品吗？ — so the buyer speaks only by 说.)
const DOUBT_REPORTER = /(?:您|你|买家|顾客|客户|有人|别人|网上)(?:的)?(?:朋友|家人|家里人|闺蜜|同事|老公|老婆|爱人|先生|太太|妈妈|爸爸|婆婆|同学|室友)(?:也|都)?(?:说|觉得|认为)|(?:买家|顾客|客户|有人|别人|网上)(?:也|都)?(?:说|觉得|认为)|(?:您|你)(?:也|都)?说/;
const DOUBT_AGREED = /没错|说得对|说的对|确实|对的|是的|是这样|哈哈|您懂|你懂|心里有数|想多了/;
function doubtReported(ctx: LintContext, start: number, end: number): boolean {
  return DOUBT_REPORTER.test(ctx.before(start, 16, 'soft')) && !DOUBT_AGREED.test(ctx.after(end, 24, 'hard'));
}

/** The claim reported (DOUBT_REPORTER), then contradicted by its positive (其实专业机构都看得出来, 但鉴定能验出来). */
const CONTRADICTED = /(?:其实|实际上|事实上|但是?|不过|可)[^。！？]{0,10}(?:看得出|分得出|认得出|验得出|辨得出|查得出|鉴定得出|(?:能|可以)(?:看|验|鉴定|分辨|辨别|查)(?:得)?出)/;
function claimContradicted(ctx: LintContext, start: number, end: number): boolean {
  // The contradiction may open the next sentence (您朋友觉得专柜都看不出来真假？其实专业鉴定一眼就能看出来): 30 units on, breaks and all.
  return DOUBT_REPORTER.test(ctx.before(start, 16, 'soft')) && CONTRADICTED.test(ctx.compact.slice(end, end + 30));
}

function scareQuoted(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  return /[“"‘'「]$/.test(ctx.text.slice(Math.max(0, from - 1), from)) && /^[”"’'」]/.test(ctx.text.slice(to, to + 1));
}

// ---- Round 19 (t19br) ----
/**
 * A seller's pitch quoted to warn the buyer off it (如果有人跟您说“同厂同料”“和专柜一模一样但便宜一半”，您一定要警惕; 有人私信您“工厂流出，
 * 跟正品没区别”的话千万别信): the words are a stranger's, the sentence a warning — not our own buyers' praise quoted (客人都说“和专柜一模一样”).
 */
// Round 44 (t44d): …or judged unreliable after it (如果有人跟您说“一比一”“跟专柜一模一样”还特别便宜，基本都不靠谱; …的话听听就好，别当真).
const QUOTE_WARNED = /警惕|谨防|小心|当心|提防|别信|不要信|别相信|不要相信|别上当|不要上当|诈骗|骗局|骗子|举报|不靠谱|靠不住|不可信|不能信|信不得|别当真|不要当真|(?<![不没]|不是|没有|绝不|从不|从没)(?:忽悠|骗人)|留(?:个|点)?心眼|多留心/;
const QUOTE_TURN = /但是?我|不过我|私下|私聊|加我|找我|我们(?:这|家|店)?(?:也|就)(?:是|有)/;
function quotedPitchWarned(ctx: LintContext, start: number, end: number): boolean {
  if (!hasQuoteMarks(ctx) || !othersQuote(ctx, start, end)) return false;
  const near = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 48, 'hard');
  return QUOTE_WARNED.test(near) && !QUOTE_TURN.test(near);
}
/**
 * Round 23 (t23dz): …or refused whole after its closing mark (您说的“柜姐都分辨不出来”那种我们不卖), even by the cues that are not
 * deniable for the denial inside their own words: the refusal is of the quoted kind, not of the words in it.
 */
// Round 29 (t29b): …or the buyer's claim reported and contradicted (claimContradicted), or "cannot tell" said of a mend (repairUnseen).
function quotedPitchDismissed(ctx: LintContext, start: number, end: number): boolean {
  return quotedPitchWarned(ctx, start, end) || (hasQuoteMarks(ctx) && othersQuoteRefused(ctx, end)) || kindRefusedAfter(ctx, start, end) ||
    claimContradicted(ctx, start, end) || repairUnseen(ctx, start, end) || kindRefusedInClause(ctx, start, end);
}
/**
 * Round 69 (eng28-69): …and the same inside one clause, the hint a modifier of the goods refused — the refusal before it (不做以假乱真的东西;
 * 我们不卖那种看不出真假的货) or right after the kind it names (柜姐都看不出来的那种我们不做) — with no turn after (但…有货, 私聊, 要的话).
 */
const KIND_REFUSED_BEFORE = /(?:不|没|绝不|从不|从来不|拒绝|坚决不|一律不|不会)(?:卖|做|售|出售|碰|进|接|提供|经营|搞|弄)(?:过)?(?:那种|这种|那些|这些|什么|任何|所谓的?)?(?:[^，。！？不没但]{0,8})$/;
const KIND_NOUN_CLOSES = /^[^，。！？]{0,6}?的(?:那种|这种|那类|这类)?(?:东西|货|商品|产品|款|包包?|鞋子?|表)?$/;
const KIND_THEN_REFUSED = /^[^，。！？]{0,12}?的(?:那种|这种|那类|这类|东西|货|商品|产品)(?:东西|货|商品)?(?:我们|本店|我家|咱家|店里|咱们)?(?:这边|这里|家|店)?(?:也|都|一律|一概|从来|绝对|坚决|是)*(?:不卖|不做|不售|不碰|不进|不接|没有|不提供|不经营|不会卖|不会做)(?:的)?$/;
function kindRefusedInClause(ctx: LintContext, start: number, end: number): boolean {
  const after = ctx.after(end, 24, 'soft');
  const refused = (KIND_REFUSED_BEFORE.test(ctx.before(start, 16, 'soft')) && KIND_NOUN_CLOSES.test(after)) || KIND_THEN_REFUSED.test(after);
  return refused && !KIND_REFUSAL_TURN.test(ctx.after(end + after.length, 40, 'hard'));
}
/** "Cannot tell" right after a repair or touch-up (补完基本看不出来, 抛光后几乎看不出, 处理完就看不出来了): the mend is what is unseen. */
const CANNOT_TELL = /^(?:看不|分不|认不|瞧不|辨不|察觉不|发现不)/;
const REPAIR_TURNED = /正品|真假|专柜|原版|大牌|logo|标|懂的|仿/;
function repairUnseen(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 12, 'soft');
  return CANNOT_TELL.test(ctx.compact.slice(start, end)) && REPAIRED_BEFORE.test(before) && !REPAIR_TURNED.test(before + ctx.compact.slice(start, end) + ctx.after(end, 12, 'soft'));
}
/**
 * Round 23 (t23c): …and the same without quotes: the hint's clause ends on the kind it describes (连专柜都看不出来的那种货, 您说的连柜姐都看不出
 * 的那种东西, 您要的那种…看不出的) and the next clause refuses it (我们店一律不卖, 我们这边一律不做), with no turn after (但…有货, 私聊).
 */
const KIND_AT_END = /(?:那种|这种|那类|这类|那样的|这样的)(?:东西|货|商品|产品|款|的)?$/;
const BARE_KIND_AT_END = /的(?:东西|货|商品|产品)?$/;
const ASK_OR_KIND_BEFORE = /(?:您|你|亲)(?:说|问|要|想要|提到|讲|指)的|那种|这种|那类|这类/;
const KIND_REFUSAL_TURN = /但|不过|可是|只是|(?<![没无])有货|私聊|私下|私信|另外|换个|要的话|可以给/;
function kindRefusedAfter(ctx: LintContext, start: number, end: number): boolean {
  const rest = ctx.after(end, 12, 'soft');
  const next = end + rest.length;
  if (next >= ctx.compact.length) return false;
  if (!KIND_AT_END.test(rest) && !(BARE_KIND_AT_END.test(rest) && ASK_OR_KIND_BEFORE.test(ctx.before(start, 16, 'soft')))) return false;
  const refusal = ctx.compact[next]! + ctx.after(next + 1, 15, 'soft');
  if (!POSTPOSED_DENIAL.test(refusal)) return false;
  return !KIND_REFUSAL_TURN.test(ctx.after(next + refusal.length, 40, 'hard'));
}
// Round 52 (cf52): the scopes in which a fake-goods word is no claim about ours (detect/fake-word-scope.ts).
/** Round 53 (eng53): the fake-goods words among the cues' anchors (假货, 高仿, 仿品, 复刻, 原单, 非正品, 山寨, 盗版, 复制品…). */
const FAKE_GOODS_WORD = /假货|假的|假冒|高仿|精仿|仿品|仿货|仿的|仿制|仿卡|a货|复刻|复制品|原单|尾单|跟单|非正品|水货|山寨|盗版|翻版|コピー|偽物|レプリカ/;
for (const cue of cues) {
  const own = cue.unless;
  cue.unless = own ? (ctx, start, end) => own(ctx, start, end) || fakeWordNotClaimed(ctx, start, end) : fakeWordNotClaimed;
  // Round 53 (eng53): a cue anchored on a fake-goods word reports at its severity only on positive evidence that the word describes the
  // goods we sell or offer (detect/fake-word-scope.ts fakeWordClaimed); else info.
  // Not the word kept out of a return reason (别在理由里写假货): asking that is itself the admission.
  // Only the hit on a fake-goods word itself is read so (真假, 是否正品 share a cue with 假货).
  if (cue.words.some((w) => FAKE_GOODS_WORD.test(w)) && !cue.message.includes('退货理由')) cue.evidence = (ctx, s, e) => !FAKE_GOODS_WORD.test(ctx.compact.slice(s, e)) || fakeWordClaimed(ctx, s, e);
}

// ---- round 57 (eng57a, A57) ----
/**
 * The import label unmasked: the goods sold as imported said really made at home or in some other country's factory (便宜是因为没报关，是国内
 * 这边直接做出来的; 平行进口只是个说法啦，其实是东南亚那边工厂出的，品质一样; 说是日本进口，实际上是广东厂里做的): the origin told is not the goods'
 * own. Not an honest origin with no import claim (这款是国产的，国内工厂生产, 我们是国货品牌), nor the brand's own overseas plant (品牌在越南的
 * 工厂生产，包装上写了).
 */
// (a label or a claim counts only when undone after it — 其实 / 实际上 / 说白了 — not an origin labelled honestly: 产地标的是越南，和品牌标注一致)
const IMPORT_CLAIM_UNDONE = /没(?:有)?(?:报关|走海关|过海关|进口手续)|不是(?:真的?)?进口|(?:只是|就是|不过是)(?:个|一个)?(?:说法|叫法|名头|名义|噱头)|(?:说是|号称|标的是|写的是|名义上|挂的是)[^，。！？]{0,10}?(?:其实|实际上?|说白了|真实)/;
cues.push({
  words: ['做出来的', '做出来', '工厂出的', '厂出的', '厂里出的', '厂里做的', '工厂做的', '工厂生产的', '厂子出的', '加工的', '生产的', '做的'],
  severity: 'block',
  message: '说“进口”商品其实是别处工厂做的，暗示为假货（规则 2.8）',
  before: /(?:国内|本地|当地|东南亚|越南|泰国|印尼|缅甸|柬埔寨|广东|广州|深圳|东莞|义乌|福建|莆田|浙江|江苏|小厂|代工厂|工厂)(?:这边|那边|那里|这里)?(?:的)?(?:直接|自己|统一)?(?:工厂|厂里|厂子|厂)?$/,
  sentence: IMPORT_CLAIM_UNDONE,
  window: 40,
  notSentence: [REMEDY, OTHERS_OR_WARNING, /品牌(?:方|自己|自有)?(?:在|的)[^，。！？]{0,6}?(?:工厂|厂)|品牌(?:方)?(?:委托|统一)|授权|包装上(?:写|标)|如实|标注了?产地|标注一致|国货品牌|自有品牌/],
  deniable: false,
});
// ---- end round 57 (eng57a) ----
// ---- round 60 (eng60b) ----
// Round 60 (eng60b), by mechanism: a check of genuineness told, as the shop's own forecast, to undo the goods. Asked 能验吗 / 为什么便宜, the
// agent answers that a check would not leave the price standing (支持验的话就不是这个价了, 要是能过验也不会卖这么便宜, 过验的话价格得翻倍) or
// that an appraisal would find a difference (鉴定的话可能会有点小区别, 拿去专柜验估计多少会有点不一样): either way the goods would not pass. Not a
// check offered with the price explained (支持验货的，这个价是活动价), a wait or a fee (鉴定的话要等三五个工作日), batches (不同批次可能会有点小区别),
// nor a difference covered by a guarantee (结果不一致全额退).
const T60B_PRICE_OUT = /^[^。！？]{0,12}?(?:(?:不是|不会是|不可能是|哪是|哪会是|不会卖|不可能卖|哪能卖|卖不了|卖不到|就不是|也不是)(?:这个|这|这么|这样的?)(?:价|价格|价钱|便宜|低)(?!的话|位|档|格的话)|(?:价格?|价钱)(?:得|要|就得|起码|至少|少说)?(?:翻倍|翻番|翻几倍|贵一倍|高好多|贵好多|高一倍|翻一番)|这(?:个)?价(?:格|钱)?[^，。]{0,6}?(?:可能吗|可能么|现实吗|您觉得呢|你觉得呢))/;
// …and the proof of a lawful import missing, with a wink, the price, or a channel that skipped customs (溯源码这批没有，因为不是走海关进来的，
// 东西您懂; 报关单给不了，走的是别的路子): the goods did not come in as the genuine import does. Not a delay, a record to check elsewhere, or an
// ordinary-trade import with its papers (国内一般贸易进口，有报关单可以查), nor a lawful channel that carries no such paper (个人物品直邮，
// 没有报关单，走行邮清关，所以便宜), nor the buyer taught to look for them (您比较的时候可以看看有没有报关单和溯源码).
const T60B_IMPORT_PROOF_ABSENT = /(?:溯源码|溯源|报关单|中检码?|检验检疫证明?|入境(?:货物)?证明|海关单据?)(?:这批|这款|这个|这次|我们|这边|咱们)*(?:都|也|是|暂时|目前)*(?:(?<!有)没有?|给不了|拿不出|出不了|提供不了)|(?:(?<!有)没有?|给不了|拿不出|出不了|提供不了)(?:溯源码|溯源|报关单|中检|检验检疫|入境证明|海关单)/;
const T60B_IMPORT_SIGN = /懂|明白吧|您明白|你明白|(?:不是|没|没有|不)走(?:的)?(?:海关|正规|报关|正常)|(?<!有)没(?:有)?(?:报关(?!单)|过海关)|走的(?:是)?(?:别的|其他|特殊|小)(?:路子|渠道|路)|别的路子|私下带|人肉带|水路|所以(?:这个?|这么)?(?:价|便宜)|才(?:这个?|这么)?(?:价|便宜)/;
const T60B_CUES: Cue[] = [
  {
    words: ['溯源码', '溯源', '报关单', '中检', '中检码', '检验检疫', '入境证明', '海关单'],
    severity: 'block',
    message: MESSAGE,
    sentence: [T60B_IMPORT_PROOF_ABSENT, T60B_IMPORT_SIGN],
    notSentence: [REMEDY, /系统|延迟|同步|稍后|更新|补发|补寄|订单详情|可以(?:在|查)|能查|一般贸易|完税|的话|不卖|不进|不做|不售|不收|拒绝|行邮|直邮|个人物品|保税|跨境|快件|清关|有没有|看看|比较|对比|认准/],
    window: 40,
    // (the absence is the point: 没有溯源码 is no denial of the word)
    deniable: false,
  },
  {
    // the price would not stand if the check were run
    words: ['能验', '可以验', '支持验', '过验', '能过验', '验得过', '能鉴定', '可以鉴定', '支持鉴定', '鉴定得过', '经得起验', '敢验', '能查验', '过鉴定', '能过鉴定'],
    severity: 'block',
    message: MESSAGE,
    after: T60B_PRICE_OUT,
    sentence: /的话|要是|如果|若是|假如|真要|真能|要能|那就|那也|也不会|就不是/,
    grow: true,
  },
  {
    // an appraisal forecast to find a difference
    words: ['鉴定', '验货', '专柜验', '拿去验', '送去验', '去验', '送验', '送检', '验的话', '鉴别', '过验'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:一下|的话|时|的时候|出来|结果)?[^，。！？]{0,4}?(?:可能|会|估计|多少|或许|也许|应该|大概|难免|肯定)(?:会|还是会|是会)?(?:有)?(?:点|一点|一点点|些|些许|稍微|细微|小|多少)*(?:区别|差别|差异|出入|不一样|不同|对不上|偏差)/,
    notAfter: /^(?:机构|中心|标准|方法|师|费|报告)/,
    notSentence: /批次|不一致(?:的话)?[^，。]{0,4}?(?:全额|退|赔)|假一赔|全额退|包退|退一赔|赔付|色差|个体差异|手工/,
    grow: true,
  },
];
// ---- end round 60 (eng60b) ----
// ---- round 61 (eng61b) ----
// Round 61 (eng61b): two shapes of the half-admission, each a table of its own, met in one sentence.
// (1) The check offered and withdrawn at once: a way of verifying (验, 验货, 鉴定, 专柜验, 保验…) beside a predicate that takes the proof
// back — the result disowned (验出来啥结果我们不负责), the guarantee refused (验货这块我们不保), the counter steered away from (建议别去专柜验,
// 那边标准太严了), the pass left to luck (过不过看运气), the guaranteed check sent elsewhere (要保验的请去专柜买). Not a lawful limit of a
// return or a fee (鉴定费用需自理, 签收后人为损坏不负责, 假一赔十), a check welcomed without fear (随便验，标准再严也不怕), a failed check
// explained (上次鉴定过不了是因为拆了吊牌), nor goods refused for failing it (查验过不了的商品我们是不卖的).
const T61B_CHECK_WITHDRAWN = new RegExp(
  [
    '结果[^，。！？]{0,6}?(?:不负责|不管|不保证|不担保|不认|自负|自己承担|概不负责|不包)',
    '(?:我们|我|咱们|店里|本店|这边|这块)(?:就|可|都|也|是)?(?:不保|不包|不担保|不承诺|不敢保|不敢打包票|保不了|保证不了|不负责|概不负责|不管了?|管不了|不兜底)',
    '(?:建议|最好|还是|劝您|劝你)?(?:别|不要|不建议|没必要|犯不着|不用|甭)(?:您|你)?(?:去|拿去|送去|拿到|送到)?(?:专柜|柜台|官方|品牌方?|得物|鉴定机构|鉴定中心|官网)',
    '(?:劝您|劝你|建议您?|建议你|最好)(?:还是)?(?:别|不要|甭)(?:去|拿去|送去)|挑得很|太挑剔',
    '(?:验货?|鉴定|验真)(?:这块|这方面|方面|这事)?(?:我们|咱们|我)?(?:这边|这)?(?:就|可|都|也)?(?:不保|不包|不担保|不负责|不管|不兜底)',
    '标准(?:太|比较|很|特别|有点|过于|贼)严|太较真|较真',
    '过不了|不一定(?:能)?过|未必(?:能)?过|够呛|看运气|看缘分|碰运气|听天由命|随缘',
    '要(?:保验|保真|包验|验真)的?(?:话)?(?:您|你)?(?:还是|请|就|可以)?(?:去|到)(?:专柜|官网|旗舰店|柜台)',
    '验出(?:什么|啥|来什么|来啥)(?:结果|问题)?(?:都)?(?:别|不要|甭)(?:找|怪)',
  ].join('|'),
);
const T61B_CHECK_LAWFUL = /假一赔|假一罚|退一赔|全额退|包退|赔付|赔偿|运费|费用|鉴定费|自费|时效|签收(?:前|后|时)|拆封|人为|二次销售|不怕|经得起|随便验|放心验|尽管验|随时验|欢迎(?:您|你)?(?:去)?验|保真|保证正品|正品保障|以(?:鉴定|检测)(?:机构|报告)?(?:的)?结果为准|机构|因为|原因|不卖|不做|不进|不碰|不上架|正规报关/;
// (2) The genuine priced out of reach: a name for the genuine article (正品, 真货, 官网的, 专柜的…) beside price logic that says ours is not
// it — the genuine unaffordable (正品我自己都买不起), impossible at this price (正品哪有这个价, 真货这个价拿不到), the difference owned by the
// price (和官网的肯定不一样，不然也不是这个价). Not a lawful reason for the price (保税, 跨境免税, 活动补贴, 临期, 直采), a difference put on a
// disclosed spec or line (用料和专柜款有区别…页面也标了, 奥莱线), the buyer's or a friend's doubt told back to be answered (您朋友说这个价买不到正品),
// nor the genuine vouched (保证正品, 假一赔十).
const T61B_PRICE_OUT = new RegExp(
  [
    '(?:我|我们|自己|老板)[^，。！？]{0,3}买不起',
    '(?:不是|不可能是?|哪是|哪有|怎么可能|不会是|哪能|咋可能|哪里是)(?:这个|这|这种)(?:价|价格|价钱|钱)',
    '(?:这个|这)(?:价|价格|价钱)(?:格)?(?:哪|怎么|咋|哪里)(?:可能|有|来的|买得到|能买到|拿得到)',
    '(?:这个|这)(?:价|价格|价钱)(?:格)?(?:买|拿|进)不到',
    '不然(?:也|哪|怎么|咋)?(?:不是|不会是|会是|能是|卖|能卖)(?:这个|这)(?:价|价格|价钱)',
    '(?:还|哪|怎么|咋)能?(?:这个|这)(?:价|价格|价钱)卖',
    '卖不了(?:这个|这)(?:价|价格)|成本都不够|进价都不止|零头都不够|一半都不够',
  ].join('|'),
);
const T61B_DIFF_OWNED = /(?:和|跟|与|同)(?:官网|专柜|正品|原版|真品|真货|旗舰店|品牌店|官方)(?:的|那|款|卖的)?(?:肯定|当然|确实|多少|还是|必然|铁定)*(?:有点)?(?:不一样|有区别|有差别|有差距|没法比|比不了|不能比)/;
const T61B_PRICE_WORD = /价|便宜|钱/;
const T61B_PRICE_LAWFUL = /保税|跨境|免税|税|补贴|活动|促销|秒杀|临期|效期|清仓|直采|直供|优惠券|满减|汇率|授权|假一赔|假一罚|保证正品|百分百正品|100%正品|放心|溯源|(?:您|你|朋友|家人|别人|有人|网上|评论)(?:是)?(?:说的?|觉得|担心|怀疑|问的?|以为|讲)[^，。！？]{0,10}?(?:正品|真|假|价|便宜)|贵|售价|用料|材质|面料|配置|标了|标明|注明|写明|详情页|页面|奥莱|奥特莱斯|outlet|包装|版本|产地|批次|颜色|配色|赠品|说明书|中文标签|海外版|港版|日版|国行/;
const T61B_GENUINE = ['正品', '真品', '真货', '正版', '原版', '原装', '官网的', '官网款', '官网那', '专柜的', '专柜款', '专柜那', '官方的', '旗舰店的'];
const T61B_CUES: Cue[] = [
  {
    words: ['验货', '验', '鉴定', '鉴别', '查验', '专柜验', '拿去验', '送去验', '去验', '送验', '送检', '过验', '保验', '验真', '鉴真'],
    severity: 'block',
    message: MESSAGE,
    notBefore: /(?:体|经|检|实|考|试|灵|应|测|化|效|查验|先|抽)$/,
    notAfter: /^(?:证码|证|收|码|孕|血|光|尸)/,
    sentence: T61B_CHECK_WITHDRAWN,
    notSentence: T61B_CHECK_LAWFUL,
  },
  {
    words: T61B_GENUINE,
    severity: 'block',
    message: MESSAGE,
    sentence: T61B_PRICE_OUT,
    notSentence: T61B_PRICE_LAWFUL,
    // (the buyer's doubt asked back, 这个价买不到真品？, is answered by what follows)
    asked: true,
  },
  {
    words: T61B_GENUINE,
    severity: 'block',
    message: MESSAGE,
    sentence: [T61B_DIFF_OWNED, T61B_PRICE_WORD],
    notSentence: T61B_PRICE_LAWFUL,
    // (the 不 of 不一样 after the genuine is the admission itself, no denial of it)
    deniable: false,
  },
  {
    // (3) the one likeness to the genuine named, all else different by implication (唯一和真的一样的就是时间准, 只有logo跟正品一样)
    words: ['唯一', '只有', '就只有', '也就'],
    severity: 'block',
    message: MESSAGE,
    after: /^[^，。！？]{0,6}?(?:和|跟|与|像)(?:真的|正品|原版|专柜|真货|原装|真表|真包|正版|官网)(?:的|货|款)?(?:一样|一模一样|相同|差不多)/,
    grow: true,
  },
];
// ---- end round 61 (eng61b) ----
// ---- round 69 (eng28-69) ----
// Round 69 (eng28-69), by class: the evasive or joking answer to "is it genuine?" that says no without a trade word.
// (1) genuineness as a counterfactual with an absurd or ruinous consequence (这价格要是正品我们早亏死了; 要是正品的话我早发财了; 这包要是真的
//     我把它吃了): the joke's premise is that they are not. Not a hypothesis with a remedy or a step (要是正品有问题假一赔十, 如果是正品可以在
//     官网查到序列号), nor 真的 as "really" (要是真的不合适，运费我们出): the consequence must be absurd or the price's.
const T69_COUNTERFACTUAL_GENUINE = ['要是正品', '若是正品', '如果是正品', '要真是正品', '真是正品的话', '是正品的话', '要是真的', '要真是真的', '如果是真的', '要是真货', '要是专柜的', '要是专柜货', '要是原装', '要是正版'];
const T69_ABSURD_CONSEQUENCE = /^(?:的话)?[^。！？]{0,10}?(?:早(?:就)?(?:亏死|亏本|赔死|亏光|发财|发了|暴富|关门|倒闭)|亏死|赔死|(?:把它|把包|把鞋|把表|直播)(?:给)?吃了|吃给(?:您|你)看|倒立|跟(?:你|您)姓|倒过来写|不会(?:卖|是)这个价|卖不到这个价|不可能(?:卖|是)?这个价|哪(?:会|能)(?:卖|是)?这个价|还会卖这么便宜|(?:得|要)翻(?:个)?(?:几|两|三|十)倍)/;
// (2) the wink answered to the price alone, across the sentence (这个价格您觉得呢？懂的都懂; 你懂的，这个价还要啥自行车): the price is the answer
//     and the rest left unsaid. Not a bargain pitched (这个价全网最低，懂的都懂，手慢无; 懂的都懂 这价只有今天) nor a price with its reason (活动价, 保税).
const T69_PRICE_NAMED = /(?:这个?|这种|这样的|这么低的)(?:价|价格|价位|价钱)|这价|这么便宜|[0-9一二两三四五六七八九十百千几]+(?:块|元)(?:钱)?(?:的|买)/;
const T69_BARGAIN = /最低|最便宜|手慢|抢|秒杀|划算|捡漏|底价|不赚|亏本|冲量|限时|只有今天|今天|今晚|仅限|错过|机会|活动|库存|清仓|涨价|降价|优惠|福利|下单|拍下|赶紧|快来/;
// (3) a check refused or failing, then take it or leave it (这款不支持鉴定，能接受再拍; 防伪码扫不出来的，介意的别拍): the buyer told to accept
//     goods that would not pass. Not a return condition or a flaw told (二手不支持七天无理由，介意慎拍; 有色差，介意勿拍): the check must be named.
const T69_CHECK_FAILED = /(?:不支持|不接受|不保证?|不包|不能|没法|无法)[^，。！？]{0,4}?(?:鉴定|验货|验真|查验|鉴别|扫码|专柜验|去验|送验)|(?:鉴定|验货|防伪码?|溯源码?|官网|专柜)[^，。！？]{0,6}?(?:扫不出|查不到|查不出|验不过|过不了|不通过|扫不了|显示不了|对不上)/;
// (4) the only genuine thing named is not the goods (全店只有客服是真的; 就盒子是原装的): the rest is not.
const T69_ONLY_GENUINE_BEFORE = /(?:只有|就只有|唯一|也就|就)(?:我们|我们的|店里的?|全店的?)?(?:客服|我|老板|人|感情|真心|快递|物流|盒子|鞋盒|包装盒?|袋子|手提袋|小票|发票|吊牌|服务|态度|图片|照片)(?:是)?$/;
const T69_CUES: Cue[] = [
  {
    words: T69_COUNTERFACTUAL_GENUINE,
    severity: 'block',
    message: MESSAGE,
    after: T69_ABSURD_CONSEQUENCE,
    notSentence: [REMEDY],
    deniable: false,
  },
  {
    words: ['懂的都懂', '懂得都懂', '你懂的', '您懂的', '懂我意思', '懂我的意思', '你懂得', '您懂得'],
    severity: 'block',
    message: MESSAGE,
    sentence: T69_PRICE_NAMED,
    window: 24,
    notSentence: [REMEDY, GENUINE_CLAIM, CHEAP_FOR_A_REASON, T69_BARGAIN, OTHERS_OR_WARNING],
    deniable: false,
  },
  {
    words: ['接受再拍', '接受的再拍', '接受就拍', '接受的拍', '介意别拍', '介意的别拍', '介意勿拍', '介意的勿拍', '介意慎拍', '介意的慎拍', '介意不要拍', '在意的别拍', '在意勿拍', '介意的亲别拍', '介意的亲勿拍'],
    severity: 'block',
    message: MESSAGE,
    sentence: T69_CHECK_FAILED,
    window: 30,
    notSentence: [REMEDY],
    deniable: false,
  },
  {
    words: ['是真的', '是真货', '是正品', '是原装的', '是原装'],
    severity: 'block',
    message: MESSAGE,
    before: T69_ONLY_GENUINE_BEFORE,
    // (the genuine word the clause's predicate, closing it or set against the rest — not 真的 as "really": 只有我是真的想帮您, 就客服是真的忙)
    scope: 'clause',
    after: /^(?:的)?(?:哦|哈|啊|呀|呢|啦|嘛)*$|^(?:其他|其它|别的|其余|剩下)/,
    notSentence: [REMEDY, STRICT_GENUINE_CLAIM],
    deniable: false,
  },
];
// ---- end round 69 (eng28-69) ----
// Round 69 (eng28-69): a likeness cue (看不出, 没区别, 一样) said of two of our own variants, neither the genuine article (两个色号肉眼看不出区别;
// 这款平价的和贵的那款效果看不出太大区别，都是我们家正品): detect/own-variants-alike.ts.
const LIKENESS_ANCHOR = /看不出|分不出|没区别|一样|差不多/;
function ownVariantsAlike(ctx: LintContext, start: number, end: number): boolean {
  return LIKENESS_ANCHOR.test(ctx.compact.slice(start, end)) && ownVariantsAlikeText(sentenceOf(ctx, start, end, 80));
}
const warnedCues: Cue[] = [...cues, ...T60B_CUES, ...T61B_CUES, ...T69_CUES].map((cue) => {
  const own = cue.unless;
  const dismissed = cue.words.some((w) => LIKENESS_ANCHOR.test(w)) ? (ctx: LintContext, s: number, e: number) => quotedPitchDismissed(ctx, s, e) || ownVariantsAlike(ctx, s, e) : quotedPitchDismissed;
  return { ...cue, unless: own ? (ctx, s, e) => own(ctx, s, e) || dismissed(ctx, s, e) : dismissed };
});
// ---- end round 19 ----

const rule = cueRule({
  meta: {
    id: 'counterfeit-implied',
    clause: '2.8',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '暗示不是正品', en: 'Implying the goods are not genuine' },
    description: {
      zh: '规则 2.8 也禁止暗示商品为假货：说“不是正品、不保真”，说和正品“分不出来、专柜验不出来、懂的都懂”，说品牌或专柜不认、不能拿去验，或说和正品出自同一工厂。带有赔付承诺、假设或反问（假一赔十、鉴定不是正品全额退款、怎么可能不是正品）的不算。',
      en: 'Rule 2.8 also forbids implying the goods are fake: "not genuine", "no one can tell them from the real thing", "the counter would not pass them", "same factory as the brand". Guarantees, hypotheses and rhetorical denials are fine.',
    },
    hint: { zh: '如实说明来源与凭证，例如“品牌授权正品，支持专柜验货，假一赔十”。', en: 'State the real source and proof, e.g. "authorised genuine goods, counter inspection welcome".' },
  },
  cues: warnedCues,
  regexes: [REVIEW_SCORE_HEAD, BRAND_DID_IT, T61B_CHECK_WITHDRAWN, T61B_CHECK_LAWFUL, T61B_PRICE_OUT, T61B_DIFF_OWNED, T61B_PRICE_LAWFUL, NON_RETAIL, DISGUISED, DECLARED_NON_RETAIL, SCANNED_BY, QUOTE_WARNED, GENUINE_REF, PROOF_CLAIM, PROOF_ABSENT, PROOF_ABSENT_SIGN, WINK_TOPIC, WINK_TOPIC_OR_BRAND_PRICE, CHECK_WAVED_SIGN, REMEDY, GENUINE, ADVICE, GENUINE_CLAIM, VS_GENUINE, HIDDEN_OR_CHEAP, PRICE, MAKE, GENUINE_SHELL, SHELL_OR_PART, DONE_HERE, VERIFY, NOBODY_TELLS, AUTHENTICITY, FLAW, SHRUG, STRICT_GENUINE_CLAIM, MADE_BY_US, OTHERS_OR_WARNING, DOCUMENTS_28, ...MARKET_SUBJECT_REGEXES, SHIPPING_CARTON, INSPECTOR_OPENED, NOT_SOLD_AS_NEW, T69_ABSURD_CONSEQUENCE, T69_PRICE_NAMED, T69_BARGAIN, T69_CHECK_FAILED, T69_ONLY_GENUINE_BEFORE, KIND_REFUSED_BEFORE, KIND_NOUN_CLOSES, KIND_THEN_REFUSED],
});

export default rule;
