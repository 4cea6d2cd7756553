import type { LintContext } from '../context';
import { HARD, SOFT } from '../normalize';
import { endsAsQuestion } from './cue-rule';
import { BRAND_LIKENESS } from './imitation';

// Round 52 (cf52): scopes in which a fake-goods word (高仿, 仿品, 复刻, A货, 假的, fake…) is no claim about this merchant's goods.
// Shared by counterfeit-terms and counterfeit-implied (each cue's unless). Round 53 (eng53) inverted the rule (fakeWordClaimed below:
// at block only on positive evidence, else info); of round 52's scopes only these still clear a hit evidence would read as a claim:
//   - crossed out: a cross mark right after the word or right before it (仿品❌ 正品✅, 🚫A货): the word rejected in a tick list;
//   - the market's copies warned of (有些直播间喊…那种您可要多留个心眼);
//   - the word set apart from another (和网上说的“代工厂货”不是一回事);
//   - a rhetorical no-time (犯不着卖啥A货), what the buyer saw elsewhere judged a copy with ours set against it, a copy's price argued
//     (高仿的包也卖不到这个价格), 1:1 as a licensed scale (1:1还原的…版权方正式授权的手办).
// None of them when the reply near the word offers, winks at or likens the copies (私聊, 懂的, 跟正品一样, 我们也有, 有货).
const JOINED = /私聊|私我|懂的|你懂|您懂|要的话|需要的话|有货|现货|(?:跟|和|与)(?:正品|真的|原装|专柜|原版)[^，。！？]{0,4}(?:一样|没区别|差不多|一模)|看不出|分不出|(?:我们|本店|我家|咱家|店里)(?:这边|这里|家|店)?(?:也|同样|还)(?:有|卖|是|做|出)/;
const OURS = /我们|我家|本店|咱们|咱家|店里|小店|我这/;

function joined(ctx: LintContext, start: number, end: number): boolean {
  // Read across sentence ends: an either-or asked back, then the copy offered in the next sentence (…“原单”还是“尾单”？原单还有两件，私聊).
  return JOINED.test(ctx.compact.slice(Math.max(0, start - 40), end + 80));
}

const CROSS = /^[\s\u200d\ufe0f]*(?:❌|✖|✗|✘|×|🚫|⛔|❎|🙅)/u;
const CROSS_BEFORE = /(?:❌|✖|✗|✘|×|🚫|⛔|❎|🙅)[\s\u200d\ufe0f]*$/u;
function crossedOut(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  return CROSS.test(ctx.text.slice(to, to + 4)) || CROSS_BEFORE.test(ctx.text.slice(Math.max(0, from - 4), from));
}

/**
 * The market's copies warned of: the sentence opens on other sellers (网上很多所谓…, 有些直播间喊…, 外面那些…), none of ours between them and
 * the word, and the buyer told to take care (留意, 多留个心眼, 擦亮眼睛, 别上当) in the reply.
 */
const MARKET_OPENS = /(?:网上|市面上|市场上|外面|外头|有些|有的|一些|不少|很多|某些)(?:很多|好多|不少|有些|有的|一些|那些|这些)?(?:所谓的?)?(?:店|店家|商家|卖家|小店|网店|店铺|代购|微商|主播|直播间|商贩|摊贩|平台|渠道|链接)?/;
const BUYER_WARNED = /认准|留意|留心|留个心眼|心眼|当心|小心|谨慎|擦亮眼睛|别上当|不要上当|别被骗|注意甄别|注意辨别|警惕|谨防|避坑|别贪便宜|不要贪便宜/;
function marketWarned(ctx: LintContext, start: number, end: number): boolean {
  const head = ctx.before(start, 40, 'hard');
  const m = MARKET_OPENS.exec(head);
  if (!m || m[0].length < 2 || m.index > 6 || OURS.test(head.slice(m.index))) return false;
  return BUYER_WARNED.test(head + ctx.compact.slice(start, end + 100));
}

/** The same over a sentence's text (likely-counterfeit's unless): it opens on the market, holds none of ours, and the buyer is warned. */
const OURS_CARRY_PROOF = /(?<=(?:溯源码|防伪码|追溯码|中检码|报关单|报关单号|检验报告|检测报告|授权书|授权证明|入境货物检验检疫证明|小票|发票|批号|序列号)[^仿假]{0,10}?)(?:我们|我家|本店|咱家|咱们|店里)(?:家|店)?(?:的)?(?:货|商品|东西)?(?:都|全|全部|每件都|每一件都|每瓶都|也都)?(?:有|带|附|附带|能查|可查|可以查|能提供|可以提供|提供)(?:的)?(?![^，。！？]{0,4}?(?:仿|假|a货|复刻|山寨))/g;
export function marketWarnedText(sentence: string, next: string): boolean {
  const m = MARKET_OPENS.exec(sentence);
  // (认准我们店 vouches for ours: the shop named only as where to buy is no tie to the copies)
  // Round 60 (eng60b): …nor ours said to carry the proof the buyer is told to look for (认准有溯源码的，我们家都有; 认准防伪码，本店每件都带): the
  // shop vouches with the proof named before it — not 我们家都有 with no proof before it, which offers the copies.
  const unvouched = sentence.replace(/认准(?:我们|我家|本店|咱家|咱们)(?:店|家)?/g, '').replace(OURS_CARRY_PROOF, '');
  return !!m && m[0].length >= 2 && m.index <= 6 && !OURS.test(unvouched) && !JOINED.test(sentence) && BUYER_WARNED.test(sentence + next.slice(0, 24));
}

/** The word set apart right after (the quote closed): 和网上说的“代工厂货”不是一回事. */
const SET_APART_AFTER = /^(?:不是一回事|不是一码事|是两回事|是两码事|两码事|两回事|不是一个概念|完全不同|不一样)/;
function setApart(ctx: LintContext, start: number, end: number): boolean {
  return SET_APART_AFTER.test(ctx.after(end, 10, 'soft')) && /(?:和|跟|与|同)(?:网上|外面|别人|他们|有些人|大家)?(?:说的|讲的|所说的|传的|以为的)?[\u4e00-\u9fff]{0,2}$/.test(ctx.before(start, 12, 'soft'));
}

/** The same two over a sentence's compact text (likely-counterfeit's unless). */
const SEEN_ELSEWHERE_TEXT = /^(?:亲)?(?:您|你)(?:在[^我咱]{1,8}?)?(?:看到|刷到|看见|搜到|碰到|遇到)(?:过)?的[^我咱]{0,14}?(?:仿|假|山寨|a货)(?:的|货|品)?(?:我们|我家|本店|咱们|咱家|店里)(?:这款|这个|这边|家|的|卖的)?[^仿假]{0,12}?(?:是|都是|有|都有)(?:专柜|正品|原装|品牌|官方|授权|报关|正规|溯源)/;
const PRICE_ARGUED_TEXT = /(?:高仿|仿品|仿的|假货|假的|a货|山寨)(?:的(?:(?![也都根压])[^]){1,3}?|货|品)?(?:也|都|根本|压根)?(?:卖不到|卖不了|不可能卖|哪能卖|值不了)(?:这个|这么|这样的)(?:价|价格|钱|贵)/;
export function copyArguedAwayText(sentence: string): boolean {
  if (JOINED.test(sentence)) return false;
  if (SEEN_ELSEWHERE_TEXT.test(sentence)) return true;
  const m = PRICE_ARGUED_TEXT.exec(sentence);
  return !!m && !/仿|假|山寨|a货|复刻|原单/.test(sentence.slice(m.index + m[0].length)) && /正品|专柜|原装|正版/.test(sentence.slice(m.index + m[0].length));
}

const NO_TIME = /(?:哪有|哪来|哪里有|哪儿有|何必|犯不着|犯得着|没必要|没工夫|没空|不屑|懒得)(?:工夫|功夫|时间|精力|闲心|心思|必要)?(?:去|再)?(?:搞|做|卖|弄|进|碰|整|出|造)(?:什么|啥|那些|那种|这种|这些)(?:所谓的?)?$/;
function noTime(ctx: LintContext, start: number): boolean {
  return NO_TIME.test(ctx.before(start, 16, 'soft'));
}

/**
 * What the buyer saw elsewhere judged a copy, ours set against it in the next clause (您看到的那种一两百的肯定是仿的，我们这款是专柜价; 您在别家
 * 刷到的便宜货多半是假的，我们家的有报关单): the subject is the other goods, not ours.
 */
const SEEN_ELSEWHERE = /(?:您|你|亲)(?:在[^，。！？]{1,8}?)?(?:看到|刷到|看见|搜到|碰到|遇到)(?:过)?(?:[^，。！？我咱的]{1,10}?的)?(?:那种|那个|那些|那款|这种)?[^，。！？我咱]{0,10}?(?:肯定|多半|基本|大概率|十有八九|一般|很可能|可能)?(?:都|就)?(?:是|为)?$/;
const OURS_AGAINST = /^(?:我们|我家|本店|咱们|咱家|店里)(?:这款|这个|这边|家|的|卖的)?[^。！？]{0,12}?(?:是|都是|有|都有)(?:专柜|正品|原装|品牌|官方|授权|报关|正规|溯源)/;
function seenElsewhereJudged(ctx: LintContext, start: number, end: number): boolean {
  if (!SEEN_ELSEWHERE.test(ctx.before(start, 30, 'soft'))) return false;
  const own = ctx.after(end, 30, 'soft').length;
  return OURS_AGAINST.test(ctx.compact.slice(end + own, end + own + 30));
}

/** The copy's price argued (高仿的东西也卖不到这个价, 仿品哪能卖这个价): copies could not fetch ours, so ours is no copy. */
const PRICE_ARGUED_AFTER = /^(?:的(?:(?![也都根压])[^]){1,3}?|货|品)?(?:也|都|根本|压根)?(?:卖不到|卖不了|不可能卖|哪能卖|哪卖得到|值不了|不值)(?:这个|这么|这样的)(?:价|价格|钱|高|贵)/;
function priceArgued(ctx: LintContext, end: number): boolean {
  return PRICE_ARGUED_AFTER.test(ctx.after(end, 16, 'soft'));
}

/** Round 54 (eng54a): the word as what ours is compared against (这款和高仿的区别是…, 跟仿品比起来…): not said of ours. */
const COMPARED_BEFORE = /(?:和|跟|与|同)(?:那种|这种|那些|所谓的?|市面上的?|网上的?)?$/;
const COMPARED_AFTER = /^(?:的|货|品|版|款)?(?:的)?(?:区别|差别|差异|不同|不一样|有(?:什么|啥)?(?:区别|不同|差别)|比起来|相比|对比|比较)(?!不大|很小|不多|没多少|也不大)/;
function comparedAgainst(ctx: LintContext, start: number, end: number): boolean {
  return COMPARED_BEFORE.test(ctx.before(start, 8, 'soft')) && COMPARED_AFTER.test(ctx.after(end, 10, 'soft'));
}

/**
 * Round 54 (eng54a): a grade word naming the grade of a commodity (超A级的面粉, AAA级电池, A级鸡蛋): a trade or standards scale, not a copy's
 * tier — not with a copy word, a brand's goods or a likeness to the genuine article in the sentence (AAA级的包, 超A的鞋跟正品一样).
 */
const GRADE_ANCHOR = /^(?:超|特|顶级|高)?(?:a|aa|aaa|3a)(?:级)?$/;
const COMMODITY_AFTER = /^(?:级)?(?:的)?(?:面粉|小麦粉|高筋粉|大米|米|鸡蛋|蛋|牛肉|和牛|猪肉|羊肉|电池|干电池|景区|信用|纳税人|企业|板材|木材|实木|胶合板|棉|羊毛|羊绒|茶叶|茶|咖啡豆|蜂蜜|燕窝|海参|水果|苹果|橙子|车厘子|榴莲|樱桃|虾|蟹|钢材|水泥|标准|认证|资质|评级)/;
const GRADE_COPY_SENTENCE = /仿|复刻|原单|一比一|1比1|1:1|正品|专柜|大牌|名牌|原版|包包|鞋|手表|货(?!架)|版/;
function commodityGrade(ctx: LintContext, start: number, end: number): boolean {
  if (!GRADE_ANCHOR.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return COMMODITY_AFTER.test(ctx.after(end, 6, 'soft')) && !GRADE_COPY_SENTENCE.test(sentence);
}

/**
 * Round 54 (eng54a): a facsimile edition from a named publisher (中华书局的影印本, 正规出版社出的影印版): a lawful edition, not a pirated
 * copy — not with the publisher denied, a printing of our own or a piracy word (没有书号, 自己印的, 盗印, 私印).
 */
const PUBLISHER = /出版社|出版(?!物)|书局|书店出|印书馆|书号|isbn|古籍/;
const OWN_PRINTING = /盗|私印|自己印|自印|(?:没有|没|无)(?:正规)?(?:书号|出版)|非正规|翻印|复印|扫描/;
function publishedFacsimile(ctx: LintContext, start: number, end: number): boolean {
  if (!/^影印(?:本|版|的)?$/.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return PUBLISHER.test(sentence) && !OWN_PRINTING.test(sentence);
}

/**
 * Round 54 (eng54a): 复刻 as the brand's own re-issue (品牌的复刻系列, 官方推出的复刻纪念款): the maker re-releasing its own design, not a copy
 * of it — the brand or its official channel as the word's owner right before it. A wink or a likeness still joins (joined, below).
 */
const REISSUE_OWNER = /(?:品牌|官方|原厂|品牌方|厂商|官网)(?:自己|官方|今年|正式|重新)?(?:推出|出|发售|发布|上市)?的$/;
function brandsOwnReissue(ctx: LintContext, start: number, end: number): boolean {
  if (!/^复刻(?:款|版|系列|版本)?$/.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return REISSUE_OWNER.test(ctx.before(start, 12, 'soft')) && !/大牌|名牌|专柜|正品一样|一模一样|看不出|原版/.test(sentence);
}

/**
 * Round 55 (eng55a): 复刻 released by its maker — a brand, the official channel, a publisher or a label the subject of a release verb whose
 * object is the re-issue (出版社为五十周年推出的复刻版, 索尼官方出的周年复刻纪念版, 唱片公司为纪念发行三十周年推出的黑胶复刻版, 品牌为百年纪念出的
 * 复刻版本). Not with the maker denied (不是官方出的) or a likeness, a wink or a copy word in the sentence (和官方出的一模一样, 验不出).
 */
const MAKER = '(?:品牌|品牌方|官方|原厂|厂商|官网|出版社|书局|唱片公司|唱片社|厂牌|发行商|游戏公司|原作方|版权方)';
const MAKER_RELEASED = new RegExp(`(?<!不是|并非|非|没|不)${MAKER}[^，。！？不没非]{0,12}?(?:推出|出|发售|发布|上市|发行|重新发行|再版|出品|复刻)(?:了)?的(?:[^，。！？]{0,6}?(?:周年|纪念|限定|典藏|黑胶|经典))?(?:周年|纪念|限定|典藏|黑胶|经典)?$`);
const REISSUE_COPY_TIE = /大牌|名牌|专柜|正品|一模一样|一样|没区别|看不出|分不出|验不出|认不出|原版|仿|假|山寨|原单|a货|一比一|1比1|1:1|懂|便宜|不是官方|非官方|没授权|未经|未授权/;
export function makersOwnReissueText(sentence: string): boolean {
  const m = /复刻(?:款|版|系列|版本|纪念版)?/.exec(sentence);
  return !!m && MAKER_RELEASED.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && !REISSUE_COPY_TIE.test(sentence.replace(/照着初代|按(?:初代|初版|老款|原版设计)/g, ''));
}
function makerReleased(ctx: LintContext, start: number, end: number): boolean {
  if (!/^复刻(?:款|版|系列|版本)?$/.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return MAKER_RELEASED.test(ctx.before(start, 30, 'soft')) && !REISSUE_COPY_TIE.test(sentence);
}

/**
 * Round 55 (eng55a): a replica whose original is no one's goods for sale — a fossil, a specimen, a museum piece, an old master, a teaching
 * model (青铜器复制品摆件, 恐龙化石模型是树脂仿制的教学用品, 梵高《星空》的油画复制品): the copy is the product, told as such. Not with a brand's goods,
 * a likeness to branded goods, the piece passed off as old or genuine, or a licence not bought (GK是复制件，原型师那边的版权没买).
 */
const NON_GOODS_ORIGINAL = /化石|恐龙|标本|骨架|骨骼|头骨|文物|馆藏|博物馆|故宫|青铜器|兵马俑|陶俑|出土|名画|油画|真迹|古画|文创|教具|教学|科普|雕塑|石膏像/;
const REPLICA_PASSED_OFF = /当(?:成|作)?(?:古董|老货|真品|文物|老物件|真的)|老货|包老|保老|保真|拍卖|升值|鉴定|正品|正版|专柜|大牌|名牌|原版|同款|版权|授权没|没授权|未授权|没有授权|盗|原型师|gk|手办|一模一样|看不出|分不出|认不出|懂/;
function replicaOfNonGoods(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:复制(?:品|件|的)?|仿制(?:品|的|件)?|复刻(?:版|款|的|品)?)$/.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard');
  return NON_GOODS_ORIGINAL.test(sentence) && !REPLICA_PASSED_OFF.test(sentence.replace(/(?:文创|馆方|博物馆)授权/g, '')) && !BRAND_LIKENESS.test(sentence);
}

/** 1:1 as a licensed scale (1:1还原的官方授权手办): a model's size under licence, no genuine article likened. */
function licensedScale(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:1:?1|1比1|一比一|壹比壹)$/.test(ctx.compact.slice(start, end))) return false;
  const sentence = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
  return /(?:官方|正版|品牌|版权方?)授权|版权/.test(sentence) && /手办|模型|车模|雕像|道具|比例|还原|等身/.test(sentence)
    && !/正品|专柜|大牌|名牌|一样|一模|分不出|看不出|原厂|原版包|包包|手表|鞋/.test(sentence);
}

export function fakeWordNotClaimed(ctx: LintContext, start: number, end: number): boolean {
  // Round 53 (eng53): with the rule inverted (fakeWordClaimed), only the scopes that still clear something evidence would read as a claim
  // stay: a tick list's cross, the market warned of, a word set apart (dev sets); a rhetorical no-time, what the buyer saw elsewhere judged a
  // copy, a copy's price argued, 1:1 as a licensed scale (the round-52 unit table). The other twelve cleared nothing more on any set or table.
  return (crossedOut(ctx, start, end) || marketWarned(ctx, start, end) || setApart(ctx, start, end) || noTime(ctx, start)
    || seenElsewhereJudged(ctx, start, end) || priceArgued(ctx, end) || licensedScale(ctx, start, end) || comparedAgainst(ctx, start, end)
    || commodityGrade(ctx, start, end) || publishedFacsimile(ctx, start, end) || brandsOwnReissue(ctx, start, end)
    || makerReleased(ctx, start, end) || replicaOfNonGoods(ctx, start, end)) && !joined(ctx, start, end);
}

// ---- Round 53 (eng53): the inversion ----
/**
 * A fake-goods word is a 2.8 breach at block only on positive evidence that it describes the goods this merchant sells or offers;
 * without it the word is info (counterfeit-terms and counterfeit-implied's word cues, Cue.evidence). The kinds of evidence:
 *   - the goods said to be it: a copula or a trade verb (是 係 卖 有 做 出 属于 算 走 拿 进 发) before the word, its subject ours (我们, 店里, 这款,
 *     它…), the goods (马桶盖是高仿的, 货是过验版的) or none (是复刻的哦), nothing denied, doubted, asked or reported in the clause (这批走的就是
 *     原单, 店里卖的都是A货); or ours as the word's determiner (这款复刻, 我家的A货);
 *   - the word an attribute of goods on offer: stock, an order, a price or a dispatch in its sentence (高仿包 有货, 原单 现货, 复刻款 下单立减);
 *   - the word pitched: the goods' make, quality or likeness praised, the buyer reassured or told to mind before buying, or the price as its
 *     reason, in the word's sentence (A货，做工一流; 精仿版本，五金和走线都一样; 原厂尾单，介意慎拍; 仿品哦，但用料很足);
 *   - a wink at price or channel near the word (你懂的, 和专柜一样, 看不出来, 不是正品但品质一样, 比专柜便宜一半, 懂行的都拍);
 *   - an admission or an offer to the buyer (说实话就是仿的, 说白了就是仿的, 要的话给您留一件).
 * Not evidence, so info: the word in a question (the buyer's, answered), a denial, a warning or a bad word for copies, the platform's rules or
 * the law explained, someone else's goods or words (网上, 有人说, 您收到的), a hypothesis: each is the absence of the above in the word's
 * clause, read by structure, not listed scope by scope.
 */
const OURS_DETERMINER = /(?:这款|这个|这件|这双|这只|这批|这块|这条|这支|这套|这一款|此款|本款|我们的|我家的|本店的|咱家的|店里的|我们家的|我们店的|我这的|我这边的)$/;
/** Someone else's goods, a report, a doubt, a rule, a warning, a hypothesis or a question in the stretch: no claim of ours. */
const NOT_OURS_FRAME = /网上|市面|市场|外面|隔壁|对面|别处|直播间|主播|代购|微商|地摊|夜市|街边|别家|别人|(?<!级)别的|其他|其它|有些|有的|有人|某些|个别|那些|人家|朋友|同行|对方|他们|她们|他家|平台|规则|规定|法律|法规|违法|违规|禁止|严禁|处罚|举报|投诉|担心|害怕|怕|怀疑|以为|觉得|认为|听说|据说|传言|谣言|如果|要是|万一|假如|若是|是否|是不是|会不会|有没有|能不能|可不可以|吗|哪|谁|区别|区分|分辨|辨别|识别|避免|防止|谨防|警惕|小心|当心|提醒|杜绝|打击|抵制|拒绝|买到|(?:买|拿|找)不(?:到|着)(?![^，。]{0,4}(?:这么|这样|那么|更|比))|收到|遇到|碰到|拿到|被|以免|误(?!差)|(?<!实|白|小)说(?!明|实|白|话)|问|提到|讲(?!真|究)|声称/;
const ADMISSION_WORDS = /说实话|实话实说|实话|老实说|老实讲|老實講|说白了|讲真|不瞒(?:您|你)说?|实不相瞒|坦白说|坦白讲|交个底/g;
/** A negation governing the word from the end of its clause (不是, 没有, 非, 不卖什么, 绝不做那种). */
const GOVERNING_NEGATION = /(?:不|(?<![罚埋淹出吞])没|非|无|别|勿|未|莫|并非|绝非)(?:是|有|卖|做|出|算|属于|会|可能|要|敢|碰|进|拿|接|存在)?(?:是)?(?:什么|啥|所谓的?|那种|这种|任何|一件|一个)?(?:的)?$/;
/** The clause before the word (admission words aside) frames it as no claim of ours. */
function framedAway(clause: string): boolean {
  // (round 54: a part of our own stock or shops, 我们有些店 / 我家有的款 / 有些款…，有些…, is ours, not someone else's: 有些 frames nothing)
  const bare = clause.replace(ADMISSION_WORDS, '').replace(OURS_PARTITION, '我们');
  return NOT_OURS_FRAME.test(bare) || GOVERNING_NEGATION.test(bare) || OTHER_SELLER_HEAD.test(bare.replace(OURS_SELLER, '')) || OTHER_SENSE_OBJECT.test(bare)
    || (PRICE_BAND_VERDICT.test(bare) && !OURS.test(bare));
}
/**
 * Round 63 (engfa63): goods named by a price that is not ours — below a price, or the price the buyer asked for — given a verdict as a class
 * (低于这个价的基本都是仿冒; 您要的那个价位的只能是假货; 比市场价低一半的多半是假的): a price floor for the genuine article, told as a
 * warning. Only with the verdict's copula closing the clause and none of ours in it (我们这个价位的只能是A货 stays a claim).
 */
const PRICE_BAND_VERDICT = /(?:(?:低于|不到|少于|便宜过)[^，。！？]{0,8}?(?:价|元|块|折)[格钱位]?|(?:比|较)[^，。！？]{0,8}?(?:价|元|块)[格钱位]?(?:还)?(?:低|便宜)[^，。！？的]{0,4}|(?:您|你|亲)(?:刚才|之前)?(?:要|说|想要|问|提|出|开|看到|看中)的?(?:那个|这个|那种)?(?:价位|价格|价钱|价))的(?:东西|货|商品|产品)?(?:基本上?|大多|大多数|大部分|多半|大概率|十有八九|肯定|一定|只能|只可能|必然|绝大多数|百分百|一般|通常|往往)?(?:都|全|就)?(?:是|为)$/;
/** Round 54 (eng54a): a part of ours — our shops, our styles, our stock — named by 有些 / 有的 / 一部分 (我们有些店卖…, 有的款是…). */
const OURS_PARTITION = /(?:我们|我家|本店|咱家|咱们|店里|我这)(?:这边|这里|家|店|店里)?(?:的)?(?:有些|有的|一部分|部分|个别)(?:款式|款|件|货|店|批)?|^(?:有些|有的|个别)(?:款式|款|批)/g;
/** A seller named in the clause that is not us (那家店卖的, 某商家做的): someone else's goods. Ours (我们店, 本店, 咱家) taken out first. */
const OURS_SELLER = /(?:我们|我|本|咱们|咱|自己)(?:的)?(?:店|家|店铺|小店|商家)|店里|店内|小店/g;
const OTHER_SELLER_HEAD = /店|商家|卖家|铺子|档口/;
/** 把 with a craft, a taste or a scene as its object (把奶奶的老手艺复刻出来): the word's other sense, re-creating it; not a brand's goods. */
const OTHER_SENSE_OBJECT = /(?<![这那一哪每几两])把(?:(?!大牌|名牌|专柜|正品|原版|原款|品牌|logo|包|鞋|表)[^，。]){1,12}$/;

/** A copula or a trade verb before the word in its clause, the head ours, the goods or nothing, and nothing framed between. */
const CLAIM_VERB = /[是係系卖有做出属算走拿进发用]/;
/** Between the verb and the word: a likening or the genuine article named (是正品跟高仿…), or a negation (是不会有A货的): the word is no predicate. */
const TAIL_BREAKS = /正品|真品|真货|原装|专柜|正版|官方|[和跟与同比]|不(?!少)|(?<![罚埋淹出吞])没|非|别/;
const UNAUTHORISED = /(?:未经|没经|未获|没有|没|无)(?:过)?(?:官方|品牌方?)?授权/g;
const DEFINED_AS_OURS = /(?:这款|这个|这件|这双|这只|这批|这些|我们(?:这款|这个|家|店)?(?:的)?|我家(?:的)?|本店(?:的)?|咱家(?:的)?|它)(?:其实|确实|也|都)?(?:就是|正是|便是|就属于|就算)(?:大家|网上|人家|别人|外面|圈里|行内|业内|他们|买家|老客)(?:常|经常|平时|一般|平常|所)?(?:说|讲|叫|称|传|提)的?(?:那种|这种|那个|那类)?$/;
const COPY_SUBJECT_CONCEDED = /(?:高仿|精仿|仿品|仿货|仿的|a货|假货|山寨|复刻)[^，。]{0,8}?再[^，。]{0,4}?(?:也|还)$/;
function goodsSaidToBe(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 24, 'soft');
  // (a question asks, it says nothing: 是A货吗？)
  if (endsAsQuestion(ctx, end)) return false;
  // (round 54: ours defined as the word others use, 这款就是大家说的那种A版 / 这个就是网上讲的原单: the report names our goods)
  if (DEFINED_AS_OURS.test(clause) && !subjectOfOwnPredicate(ctx, end)) return true;
  if (framedAway(clause) || subjectOfOwnPredicate(ctx, end)) return false;
  if (OURS_DETERMINER.test(clause)) return true;
  // (an anchor that holds its own copula, 不是正品, said of ours: 我们这个也不是正品)
  if (/^(?:不是|不可能是|并不是)/.test(ctx.compact.slice(start, end)) && /(?:我们|我家|本店|咱家|店里|这款|这个|这批|这件|这双)(?:这个|这款|的)?(?:也|都|就|其实|确实)?$/.test(clause)) return true;
  for (let i = clause.length - 1; i >= 0 && i >= clause.length - 8; i--) {
    if (!CLAIM_VERB.test(clause[i]!)) continue;
    if (TAIL_BREAKS.test(clause.slice(i + 1).replace(UNAUTHORISED, ''))) return false;
    // (round 54: a copy word the head's subject, conceded — 高仿做工再好也是假的: the copies said to be fakes, not ours)
    if (COPY_SUBJECT_CONCEDED.test(clause.slice(0, i))) return false;
    // (a negation anywhere in the head makes the copula a condition's or a contrast's: 一查对不上基本就是假的, 不是正品就是…)
    return !/不(?!少)|(?<![罚埋淹出吞])没|非|未|别|哪|一查|一扫|一验/.test(clause.slice(0, i));
  }
  return false;
}

/**
 * The word as the subject of a predicate of its own (仿品拿不到的, 高仿一般做不到, A货通常用料差): a statement about copies, not about ours.
 * The predicate is one of inability or of what copies generally do.
 */
const OWN_PREDICATE_AFTER = /^(?:的|货|品|的东西|的货|这种|这类|那种)?(?:也|都|根本|压根|是|就|还|可|肯定|绝对|当然|自然)*(?:拿不|做不|比不|买不|达不|仿不|查不|过不|没有|没法|无法|不会|不可能|不能|一般|通常|往往|大多|大都|多半|普遍|总是|基本上?都|哪有|哪能|哪来|哪里有|怎么(?:可能|会)(?:有|做)|(?:做工|质量|品质|做得|仿得|看着)?再(?:好|像|真|精|逼真)|(?:剩下|剩余|多出|余下)(?:来)?的(?:面料|布料|料子|材料|原料|边角料|布))/;
function subjectOfOwnPredicate(ctx: LintContext, end: number): boolean {
  return OWN_PREDICATE_AFTER.test(ctx.after(end, 12, 'soft'));
}

/** Stock, an order, a price or a dispatch in the word's sentence, not denied. */
const ON_OFFER = /(?<![没无不缺])(?:有货|现货|到货|补货|上新|新到|在售|可拍|直接拍|拍下|下单|秒发|包邮|库存|还剩|剩(?:最后)?[0-9一二两三几]|还有[0-9一二两三几]|预订|预定|接单|定做|批发|拿货|代发|[0-9一二两三四五六七八九十百千几]+(?:元|块|米|rmb)|(?:只要|才)[0-9一二两三四五六七八九十百千几]|都有|都卖|都能做|看(?:您|你)要|要哪|选哪|发顺丰|发快递|包退|包换|卖得(?:很|特别|挺|超)?(?:好|火)|发出去了|(?:我们|自己)(?:自己)?做的|低价处理|处理价|(?:款|的)也有|另外有链接|(?<![没无不])有链接|特价|优惠价|清仓|甩卖|私聊|私我|私信我|加我|先到先得|手慢无|抢购|量少|欢迎选购|欢迎下单)/;
/** Someone else's goods or words named in the clause right after the word (高仿，网上很多; 复刻款在别家…): not our buyers' praise (客人都说好). */
// (round 57, eng57a: not the market as a yardstick, 比市面上普通货高一档 — the comparison ranks ours, see MARKET_YARDSTICK)
const OTHERS_AFTER = /网上|市面|市场上|外面|隔壁|对面|别处|直播间|别家|别人|(?<!级)别的|其他|其它|有些|有的|有人|某些|个别|那些|人家|同行|他们|她们|他家|泛滥|横行|满天飞/;
const MARKET_YARDSTICK = /(?:比|比起|胜过|强过)(?:市面上?|市场上|外面|网上|别家|别的|其他|其它)(?:的|上的)?/g;
/**
 * Round 57 (eng57a, A57): the pitch in softer words — the likeness hedged (和专柜货差别不大, 区别不大, 相差无几, 大差不差), a slight flaw conceded
 * with the content vouched (纸张稍微薄一点，内容是全的), a tier above the market (比市面上普通货高一档), and no telling at a glance (不是地摊那种一眼
 * 就能看穿的). Evidence only: each counts beside a fake-goods word, never alone.
 */
const SOFT_PITCH = /差别不大|区别不大|差异不大|差距不大|没多大(?:区别|差别|差异)|没啥(?:区别|差别)|没什么(?:区别|差别|两样)|相差无几|大差不差|几乎一样|基本一样|差不太多|没太大(?:区别|差别)|(?:稍微|稍|略微|略|有点)(?:有点|有些)?(?:薄|厚|粗|糙|软|硬|轻|淡|浅)(?:一点|一些|点|些)?|内容(?:是|都是)?(?:全的|齐全|完整|一样|都有|一字不差)|高(?:一|半)(?:档|个档次|级|截)|档次(?:更)?高|(?:一眼|肉眼)(?:就)?(?:能|可以)?(?:看穿|看出|认出|识破)|(?:原装|原版|原厂|专柜)(?:的)?(?:样式|样子|款式)/;
/** The goods pitched: make, quality or likeness praised, the buyer reassured or told to mind before buying, the price as the reason. */
const PITCHED = /做工|品质|质量|质素|细节|五金|走线|刻字|钢印|用料|皮料|原厂|对版|过验|鉴定(?:也|都)?(?:能|可以)?过|能过|验不出|看不出|没人看得出|对得上|对过版|开模|logo|连[^，。]{1,8}都有|出品|清楚|看得出来?吗|分不出|放心|闭眼|冲(?=\u0000|$)|冲(?:吧|鸭|呀)|(?:但|不过|可)(?:是)?[^，。]{0,6}?(?:ok|还行|不差|挺好|很好|可以|没问题)|回购|回头客|好评|客人都|满意再|介意|慎拍|勿拍|别拍|不退不换|(?<!不)一样|差不多|接近|无差|零色差|没问题|没毛病|不影响|正常(?:用|玩|使用|穿)|能(?:正常)?(?:用|玩|穿|背)|性价比|cp值|划算|便宜|价格|这个价|这价|实惠|良心|杠杠|顶呱呱|到位|拉满|满分|一流|很顶|顶级|做得|支持(?:对比|验货)|对比无压力|没压力|不怕|配全套|九成|八成|[0-9]{2}%|on ?point|quality|清晰|不糊|够用|机芯|机心|芯片|面料|鞋底|内衬|表带|表盘|镜片|耐用|好用|准|战斗机|最好/;
/** Copies run down or warned of in the sentence: a pitch that is no pitch of ours. */
const COPIES_RUN_DOWN = /粗糙|很差|较差|太差|差很多|劣质|不耐用|容易坏|有害|危害|隐患|风险|侵权|违法|坑|上当|骗|认准|官方渠道|正规渠道|官方旗舰|建议(?:您|你)?(?:去|到|在|买|选)/;
function pitched(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 16, 'soft');
  if (framedAway(clause) || subjectOfOwnPredicate(ctx, end)) return false;
  // (round 54: a copy word the subject, conceded — 高仿做工再好也是假的: the make praised is the copies', the word said of them)
  if (COPY_SUBJECT_CONCEDED.test(ctx.before(start, 24, 'soft').replace(/(?:就|都)?(?:是|算)$/, ''))) return false;
  const lead = ctx.before(start, 30, 'hard');
  const rest = ctx.after(end, 40, 'hard');
  // (the next sentence counts for a reply that states the word alone first: 精仿的。细节都到位)
  const next = rest.length < 4 ? ctx.compact.slice(end + rest.length, end + rest.length + 24) : '';
  const sentence = lead + '\u0000' + rest + '\u0000' + next;
  // (someone else's goods or words named right after the word: 高仿，网上很多; not our buyers' praise, 客人都说好)
  if (COPIES_RUN_DOWN.test(sentence) || OTHERS_AFTER.test(ctx.after(end, 16, 'soft').replace(MARKET_YARDSTICK, ''))) return false;
  return ON_OFFER.test(sentence) || PITCHED.test(sentence) || SOFT_PITCH.test(sentence);
}

/** A wink at price or channel near the word. */
const WINK_NEAR = /懂的|你懂|您懂|都懂|懂[？?]|懂行|懂货|懂就行|心照不宣|心里有数|自己体会|自己品(?!牌|质|种)|(?:您|你)品(?!牌|质|种)|知道是什么意思|(?:跟|和|与|同)(?:正品|真的|原装|专柜|原版|官网|正版|大牌|真货)(?:的)?[^，。！？]{0,4}?(?:一样|一模一样|没区别|差不多|没两样|无差)|看不出|分不出|认不出|瞧不出|辨不出|以假乱真|(?:但|不过|可)(?:是)?(?:品质|质量|做工|效果|用着|穿着|戴着|用起来|穿起来)[^，。！？]{0,3}(?:一样|不差|没区别|没毛病|杠杠)|便宜(?:一半|很多|好多|不少|一大截)|同一(?:条|个|家)?(?:产线|生产线|流水线|工厂|厂|车间)|(?:专柜|官网|正品)(?:价)?的?[一二三四五六七八九几][折成]/;
/**
 * Winks that join ours to the copies whatever frames the word (有人说我们店是仿品，懂的都懂; 市面上那种A货我们这也有货; 看不出是假的): ours said to
 * have them too, the buyer told to ask privately or not to ask, or no one able to tell — not in a sentence that warns the buyer.
 */
const OURS_JOIN = /(?:我们|我家|本店|咱家|咱们|店里|我这)(?:这边|这里|这儿|这款|这个|这批|这|家|店)?(?:的)?(?:也|都|就|同样|还)?(?:有(?:这种|那种|这类)?货|有货|有现货|也有|都有|就有|这有|也是|就是|也卖|也能拿|能拿|也能做|卖得)(?!正品|原装|真|专柜|官方|授权|品牌|国行|行货)|就是我们(?:这款|家的|店的)|找(?:我们|我)(?:就行|私聊|拿)/;
const STRONG_WINK = /懂的|你懂|您懂|心照不宣|别问|别多问|不要问|说得没错|说的没错|没说错|私聊|私我|要的话|需要的话|[看摸喝闻吃听分认辨瞧]不出|(?:没人|没有人|没有任何人|谁都|谁也)(?:能)?[看认分辨瞧](?:得)?出|没有?(?:任何)?(?:区别|差别)|差不了|分不清|没话说|(?:不过|但是?|可是)[^，。！？]{0,4}?(?:做工|质量|品质|用料)(?:确实|真的|的确|还是)?(?:好|不错|没话说|很好|可以|顶)|(?:跟|和|与|同)(?:正品|真的|原装|专柜|原版|官网|正版|大牌|真货)(?:的)?[^，。！？]{0,4}?(?:一样|一模一样|没区别|差不多|没两样|无差)|一模一样|一个样|对过|一条(?:流水线|产线|生产线)|(?:价格|价钱)(?:只要|只有)/;
const BUYER_WARNED_NEAR = /小心|谨防|警惕|提醒|当心|别上当|不要上当|注意甄别|认准|建议(?:您|你)?(?:去|到|在|走|选)/;
function winked(ctx: LintContext, start: number, end: number): boolean {
  const near = ctx.compact.slice(Math.max(0, start - 30), end + 60);
  if ((OURS_JOIN.test(near) || STRONG_WINK.test(near)) && !BUYER_WARNED_NEAR.test(near)) return true;
  if (framedAway(ctx.before(start, 16, 'soft'))) return false;
  // 懂？ asked of the buyer right after the word (原单 懂？): punctuation lives in the original only.
  const to = ctx.toOriginal(start, end)[1];
  if (/^[^。！!？?\n]{0,8}?懂[吧吗嘛哈啊呀]?\s*[？?]/.test(ctx.text.slice(to, to + 14))) return true;
  // (a question's word is judged by its own sentence: …“A货”还是“A款”呀？A款黑色还有货 offers the other word)
  if (endsAsQuestion(ctx, end)) {
    const sentence = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
    return JOINED.test(sentence) || WINK_NEAR.test(sentence);
  }
  return JOINED.test(ctx.compact.slice(Math.max(0, start - 40), end + 80)) || WINK_NEAR.test(ctx.compact.slice(Math.max(0, start - 30), end + 60));
}

/** An admission before the word in its sentence, or an offer to the buyer after it. */
const ADMITTED = /说实话|实话|老实(?:说|讲|講|跟您说)|说白了|讲真|不瞒(?:您|你)|实不相瞒|坦白(?:说|讲)|交个底|其实(?:就)?是|确实(?:就)?是|承认/;
const OFFERED = /(?:给|帮|为|替)(?:您|你|亲)(?:找|拿|留|发|推荐|安排|弄|搞|介绍|备|调|装|做)|(?:要|想要|需要)(?:的话|的亲|就|吗|不|么)|可以(?:给|帮|发|做|安排|推荐|私)|推荐(?:您|你)?|(?:来|拍)(?:一|两|几)(?:件|个|双|只|单)|(?:您|你)?要哪|选哪|要(?:看看|瞧瞧)/;
function offeredOrAdmitted(ctx: LintContext, start: number, end: number): boolean {
  // The question it stands in (the buyer's, asked back or quoted) answered yes right after (是不是那种原单尾货」 嗯 是的).
  const to = ctx.toOriginal(start, end)[1];
  if (/^[^。！!\n]{0,14}?[？?」』”"][\s，,—-]*(?:嗯|恩|对|是的|是滴|是啊|是呀|没错|对的|对滴|yes|当然是|确实是|有的|有哦|有啊|有呀|有滴|卖的|卖哦|当然有|当然卖)(?![不没])/i.test(ctx.text.slice(to, to + 30))) return true;
  const clause = ctx.before(start, 16, 'soft');
  if (framedAway(clause)) return false;
  const lead = ctx.before(start, 30, 'hard');
  const m = ADMITTED.exec(lead);
  if (m && !NEGATION_OR_FRAME.test(lead.slice(m.index + m[0].length))) return true;
  const rest = ctx.after(end, 40, 'hard');
  if (OFFERED.test(rest) && !/(?:不|别|没)(?:要|想要|需要|可以|推荐|给|帮)/.test(rest)) return true;
  // (…or before it in its clause: 我们这边可以帮您装盗版游戏)
  if (OFFERED.test(clause) && !/不|没|别/.test(clause)) return true;
  // The question it stands in (the buyer's, asked back or quoted) answered yes at the next sentence's start (是不是原单尾货？嗯 是的).
  return false;
}
const NEGATION_OR_FRAME = /不|没|非|别|勿|未|莫|并非|绝非|如果|要是|万一|假如/;

/**
 * Round 69 (eng28-69): a list of fake-goods words shares its first member's frame (本店不售仿冒品，包括网上说的纯原、莆田货，请放心; 我们不碰
 * 高仿、原单和公司级这些): a later member's own clause is empty or only the list's joiner, so it was read as said of ours. The member is
 * claimed exactly when the list's first member is.
 */
const LISTED_FAKE_WORD = /(?:高仿|精仿|仿品|仿货|仿版|仿的|a货|a版|超a|高a|顶a|原单|尾单|跟单|纯原|公司级|山寨|复刻|莆田货|莆田鞋|华强北版|华强北货|镜面版|非正品|假货|假的|水货|一比一|1比1|1:1|盗版|正品级|高精)(?:版|货|款|品|的|版本)?(?:和|与|及|以及|或|或者|还有|跟)?$/;
const LIST_MARK = /^[\s]*[、/／]?[\s]*$/;
function listHead(ctx: LintContext, start: number): [number, number] | null {
  const bb = ctx.norm.breakBefore;
  let head: [number, number] | null = null;
  for (let s = start, guard = 0; guard < 6; guard++) {
    // The stretch before s back to the previous clause break, read only across a list mark (、 /) or a joiner (和 或 及).
    let b = s;
    if (bb[b]! >= SOFT) {
      const [from] = ctx.toOriginal(b, b + 1);
      const [, prevTo] = ctx.toOriginal(b - 1, b);
      if (b === 0 || !LIST_MARK.test(ctx.text.slice(prevTo, from)) || bb[b]! >= HARD) break;
      b--;
    }
    while (b > 0 && s - b < 12 && bb[b]! < SOFT) b--;
    const stretch = ctx.compact.slice(b, s);
    const m = LISTED_FAKE_WORD.exec(stretch);
    if (!m || (bb[s]! < SOFT && !/(?:和|与|及|或|还有|跟)$/.test(m[0]))) break;
    const word = /^(.*?)(?:和|与|及|以及|或|或者|还有|跟)?$/.exec(m[0])![1]!;
    head = [b + m.index, b + m.index + word.length];
    s = head[0];
  }
  return head;
}

// Round 69 (eng28-69): a refusal of the word, not of the goods — the goods renamed after it (我们不叫它高仿，叫它‘平行版’; 内部叫它二代) or
// shown to whoever wants them (明面上不卖A货，您要的话给您发图看看): the denial does not govern (counterfeit-terms' refusalTurn) and the turn
// is itself the evidence that the word is said of ours. Not a rename to the genuine article (我们叫它正品), the genuine goods' papers offered
// (需要的话给您发授权书), nor warning-frame's WAY_IN_AFTER, whose 需要的话私信 is the platform's own chat (需要的话可以私聊客服帮您查授权).
export const RENAMED_OR_SHOWN_AFTER = new RegExp(`(?:叫它|管它叫|称它为|称之为|就当(?:它|这)?是|(?:我们|咱们|内部|行内|圈里)(?:都|一般|就)?(?:叫|称)(?:它|这个|这种|这款))(?!正品|官方|原装|真品|品牌|正版|正规)|(?<!有|需)(?:要|想要|真要)的话[^]{0,4}?(?:给(?:您|你)?发|发(?:您|你)?(?:图|照片|链接|视频|实拍))(?![^]{0,12}(?:正品|授权|报关|溯源|鉴定|证书|发票|检测))`);

/** Round 53 (eng53): positive evidence that the fake-goods word describes the goods this merchant sells or offers. */
export function fakeWordClaimed(ctx: LintContext, start: number, end: number): boolean {
  // (the structure is read in Chinese: an anchor with no Han character — gf, replica, 偽物's kana aside — keeps its severity)
  if (!/[\u4e00-\u9fff]/.test(ctx.compact.slice(start, end))) return true;
  const head = listHead(ctx, start);
  if (head) return claimedAt(ctx, head[0], head[1]);
  return claimedAt(ctx, start, end);
}
function claimedAt(ctx: LintContext, start: number, end: number): boolean {
  return goodsSaidToBe(ctx, start, end) || pitched(ctx, start, end) || winked(ctx, start, end) || offeredOrAdmitted(ctx, start, end)
    || RENAMED_OR_SHOWN_AFTER.test(ctx.after(end, 48, 'hard'));
}
