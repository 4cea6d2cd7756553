// 2.4: defaming the buyer — calling them a swindler, an extortionist or a professional fake-hunter
// (你就是骗子, 一看就是个老赖, 想讹钱, 碰瓷, 职业打假). Warnings about scammers (谨防骗子, 有骗子冒充客服,
// 一看就是骗子发的短信) are not, nor the buyer's own words quoted (您那句“你们是不是骗子”).
// Saying the buyer makes things up is the same charge: 又编什么理由 / 找借口 (verb of fabricating + excuse), 这套路
// 我们见多了 / 又是这一招 (a ploy + seen before), 这借口上个月就用过了, 您这是故意的吧 / 别装了 / 您这演技 (an act),
// 又来讹运费险 (讹 alone, not 以讹传讹), 穿完了再来退 said of 您这种人. Traps: 故意做旧的设计, 别装了太多东西, 您不方便说理由的话选“其他”, 这种情况
// 我们见得多了 (a fault, not a ploy), 真不是套路, 穿过了再退不支持 (policy).
// Round 5: 嘴脸 (羊毛党的嘴脸); the buyer's plight or manner called an act (何必在这装可怜, 装穷, 装精致; not 小猫装可怜,
// 罐装); 惯犯/专业户 after a verdict that may describe the kind first (一看您就是那种收到货就想退的惯犯); an accusation
// with its own sneer instead of a pronoun (碰瓷也找个像样点的理由吧); 找个像样点的理由.
// Also: a swap pinned on the buyer (调包; not in transit), damage or blame pinned (明明是你自己摔坏的，还想赖到我们头上),
// 空手套白狼, and 怀疑您是同行派来的 (怀疑 there accuses, it denies nothing).
// Round 6: the buyer's question about the shop reported or echoed and denied (有些买家会问是不是骗子, “你们是骗子吧？”——当然不是)
// calls no one a swindler; 一看就是那种专门薅羊毛的 (an adverb before the label); 自己摔坏的还有脸来找.
// Round 7: 怕不是来碰瓷的吧 (怕不是 accuses, it denies nothing); 关于您说的恶意差评 (the buyer's word echoed) accuses no one.
// Round 9: a buyer pointed out in the third person (这位顾客, 该买家, 这位) and charged with a record (前科, 惯犯, 惯会讹人, 人品有问题),
// often told to other buyers (大家都来看看, 评论区置顶说明); not a scam warning (这个人冒充客服, 是骗子) nor a buyer cleared.
// Round 7 (fa7): the buyer's own word taken up as the topic (关于您说的恶意差评) accuses no one; 关于您的恶意差评 still does.
// Round 11 (t11b): crimes as labels (惯偷, 小偷, 惯骗) in the aimed, verdict and third-person cues only; 这买家 as a third person; a
// label with a been-there sneer (少跟我来这套，骗子见多了; not scam warnings); an act closed by 的话 (您这边恶意差评的话…) supposes.
// Then (t11b): 想白拿 pinned on the buyer (not 小样送您，白拿不要钱); a record of fraud named of a third-person buyer (该用户有欺诈记录).

import { cueRule, endsAsQuestion, type Cue } from '../detect/cue-rule';
import { AIMED, YOU_ANY } from '../detect/targets';
import type { LintContext } from '../context';
import { adoptedBuyerQuote } from '../detect/quoted';

/** Round 13 (fa13): a third party with a pretext reaching the buyer (有人以“帮店铺刷单”为名找您的话, 有人打着“海关补税”的旗号联系您):
 * the label after it is said of that party, in a scam warning. */
const OTHERS_PRETEXT = '有人(?:以|用|拿|借|打着)[^，。！？]{1,16}?(?:找|联系|私信|加|让|叫|要求?|打电话给|发消息给)(?:您|你)';
/** Round 13 (fa13b): a third party's act on the buyer before the label (有人让您扫码…那肯定是骗子), the buyer not named in the verdict. */
// Round 15 (fa15): also a party pointed at with a demonstrative (您说的那个“官方客服”让您加QQ，那肯定是骗子).
const THIRD_PARTY_ACT = /(?:有人|对方|陌生人|那人|那个人|别人|(?:那个|那位|这个|这位|某个)[^，。！？您你我]{1,8}?)[^，。！？]{0,6}(?:让|叫|要|要求|找|联系|私信|加|打电话给|发消息给|发短信给|给)(?:您|你)/;
function thirdPartyVerdict(ctx: LintContext, start: number, end: number): boolean {
  const from = ctx.toOriginal(start, end)[0];
  const lead = ctx.text.slice(Math.max(0, from - 40), from).split(/[。！!\n]/).pop()!;
  return THIRD_PARTY_ACT.test(lead) && !/(?:您|你)(?:才|就|也|肯定|明显|绝对)?(?:是|像)?[^，。！？]{0,4}$/.test(ctx.before(start, 8));
}
/** What an agent may call a buyer to discredit them. */
const LABELS = [
  '骗子', '大骗子', '诈骗犯', '老赖', '职业打假', '职业打假人', '打假人', '打假的', '职业差评师', '差评师', '职业索赔', '职业索赔人', '职业买家', '羊毛党',
  '托儿', '刁民', '敲诈犯', '惯犯', '退货专业户', '专业户', '薅羊毛的', '羊毛客',
];
/** Round 11: crimes pinned on the buyer as a label (惯偷, 小偷, 惯骗): only in the aimed, verdict and third-person cues, never the
 * sentence-wide warn (您家附近小偷多 warns the buyer). */
const CRIMES = ['小偷', '惯偷', '惯骗', '窃贼', '扒手', '诈骗分子', '碰瓷党', '碰瓷的', '白嫖党', '骗子精', '老油条', '讹人精', '讹诈犯'];
/** Accusations of extortion or fraud. */
const ACCUSATIONS = [
  '空手套白狼', '敲诈', '勒索', '讹钱', '讹人', '讹诈', '讹我', '讹我们', '碰瓷', '骗退款', '骗钱', '骗赔偿', '骗补偿', '骗运费', '骗货', '恶意退款', '故意找事', '故意来',
  '故意差评', '恶意差评', '敲竹杠',
];
/**
 * Round 38 (t38d): the buyer's labelled question about the shop, adopted by a bare yes (「买家：你们是不是骗子」 是的): in the buyer's words 你们 /
 * 你 / 商家 is the shop, so the yes calls the shop so, not the buyer (odd, but no smear of the buyer) — not when the buyer speaks of
 * themselves in it (「买家：你们是不是把我当骗子」 是的: the yes says we do).
 */
const SHOP_IN_BUYER_WORDS = /你|您|商家|店家|卖家|客服|这家店|这店|贵店|你们店/;
function adoptedAboutUs(ctx: LintContext, start: number, end: number): boolean {
  const quote = adoptedBuyerQuote(ctx, start, end);
  if (!quote) return false;
  const lead = ctx.text.slice(quote.open + 1, ctx.toOriginal(start, end)[0]).replace(/^[^：:]{0,14}[：:]/, '');
  return SHOP_IN_BUYER_WORDS.test(lead) && !/我|俺|人家|本人/.test(lead);
}

/**
 * The buyer's question about the shop, reported or echoed and then denied (有些买家会问是不是骗子, “你们是不是骗子”——不是的亲):
 * no one is called a swindler (round 6).
 */
function askedAboutUs(ctx: LintContext, start: number, end: number): boolean {
  if (adoptedAboutUs(ctx, start, end)) return true;
  if (/(?:问|担心|怀疑|以为|觉得|质疑|说)[^，。]{0,6}(?:是不是|是否)$/.test(ctx.before(start, 14, 'hard'))) return true;
  if (!/(?:你们|我们)(?:是不是|是|就是)?$/.test(ctx.before(start, 8, 'hard'))) return false;
  const tail = ctx.after(end, 12, 'hard');
  const DENIED = /^(?:吗|么|吧|啊|呀|呢)?(?:不是|当然不|并不是|绝对不是|我们不是|我们是)/;
  if (DENIED.test(tail)) return true;
  // the question ends its sentence (“你们是骗子吧？”——当然不是): the denial opens the next one
  const close = end + tail.length;
  return tail.length <= 2 && endsAsQuestion(ctx, end) && DENIED.test(ctx.compact.slice(close, close + 8));
}

/**
 * Round 35 (t35f): the buyer warned off a third party (千万别加那些…群, 别信网上说能…的人, 不要点陌生链接), then that party judged in a clause
 * of its own (都是骗钱的, 全是讹人的, 那是敲诈): a scam warning, the buyer its audience — not 你/您 as the one judged (别装了，你就是骗钱的).
 */
const WARNED_OFF = /(?:别|不要|千万别|千万不要|切勿|请勿|勿|莫)(?:去|再|随便|轻易)?(?:信|相信|加|加入|进|理|理会|点|扫|联系|参加|参与|上当|转账)|远离|谨防|警惕|当心|小心/;
const JUDGED_CLAUSE = /^(?:那些|这些|他们|她们|它们|那|这|里面|群里|对方)?(?:的人|人)?(?:都|全|全都|基本|肯定|一定|多半|十有八九|通通|统统|就|其实|根本就?)*(?:是|在)(?:来|专门|想|变着法)?$/;
function warnedOffJudged(ctx: LintContext, start: number): boolean {
  const clause = ctx.before(start, 14, 'soft');
  if (!JUDGED_CLAUSE.test(clause)) return false;
  const lead = ctx.before(start, 40, 'hard');
  // (the judged clause names no 你/您 — JUDGED_CLAUSE; the buyer may be the object in the warning: 别信那些说能帮您解封的人)
  return WARNED_OFF.test(lead.slice(0, lead.length - clause.length));
}

/** A buyer pointed out in the third person (round 9): 这位顾客, 该买家, 此人, 这位 alone. */
const THIRD_PERSON_BUYER = /这位(?!客服|同事|师傅|小哥|快递|主播)|该(?:买家|顾客|客户|用户|消费者)|此(?:人|买家|顾客|客户|用户)|这个(?:买家|顾客|客户|人)|这名(?:买家|顾客|客户)|这(?:买家|顾客|客户)/;

/** Only a rule's preamble may open the clause before a category named under a rule (平台规定：, 任何, 凡是). */
const RULE_OPENER = /^(?:(?:根据)?(?:平台|快手)?(?:的)?(?:规定|规则|公告)?[:：]?(?:任何|凡是|凡|对于|对)?)$/;
/** A sanction under a rule after the category: 会被平台记录, 将被记入信用, 一经查实会被处罚, 会影响账号信用, 属于违规. */
const RULE_STATED = /^(?:行为|的行为|的情况|的订单)?(?:一经(?:核实|查实|发现|确认|判定)[，,]?)?(?:都|一律|均)?(?:平台|系统|快手)?(?:会|将|将会|可能会|都会|均会|一律)?(?:直接)?(?:被|受到|遭到|由)?(?:平台|系统|快手|官方)?(?:记录|记入|计入|处罚|处理|核实|判定|认定|限制|扣分|扣除|驳回|追责|追究|纳入|列入|影响|封|降低|删除|是违规|属于违规|违反|违规)/;

/** Round 18 (fa18bp): the category refused by the shop, closing its clause — 恶意退款我们不接受, 碰瓷这种行为本店一律不认. */
const POLICY_REFUSED = /^(?:行为|的行为|这种事|这种行为|这类行为|这类事|的情况)?(?:我们|本店|我们店|店铺|咱们|这边|平台)?(?:这边)?(?:是|也|都|一律|坚决|肯定|绝对)?(?:不接受|不支持|不认可|不认|不予受理|不予支持|不予处理|不会同意|拒绝|不姑息|不纵容)(?:的)?(?:哦|哈|呢|啊|呀)?$/;

/** A scam warning or a hypothesis, not an accusation. */
// Round 19 (t19bq): …or suffered from someone unnamed, or guarded against (防止运输途中被人碰瓷, 以免遭人敲诈).
const WARNING_BEFORE = /(?:冒充|有|防|谨防|小心|遇到|碰到|警惕|当心|被|被人|被别人|被他人|遭人|如遇|遭遇|提防|防范|防止|以防|以免|避免|识别|举报|打击|很多|一些|有些|不法)$/;

/** Round 30 (t30b): what the buyer is guessed to do for a living (专业退货的吧？, 职业打假的吧). */
const TRADE_GUESSED = ['专业退货', '职业退货', '专业打假', '职业打假', '专业差评', '职业差评', '专业索赔', '职业索赔', '专业薅羊毛', '退货专业户', '职业买家', '专业挑刺', '职业挑刺'];
/** Round 30 (t30b): a fault-finding trade wished on the buyer as wasted talent (不去打假真屈才, 不当质检员可惜了). */
const FAULT_TRADES = /(?:打假|质检|验货|挑刺|找茬|鉴定|侦探|律师|法官|审计|纪检|差评师|职业索赔|维权)(?:员|师|人|的)?$/;

const cues: Cue[] = [
  {
    // Round 30 (t30b): the buyer's trade guessed as a question (专业退货的吧？, 您是职业打假的吧, 退货专业户是吧) — a label put as a guess.
    // Not our own service (我们有专业退货团队), nor a warning (谨防职业打假).
    words: TRADE_GUESSED,
    severity: 'warn',
    message: '猜测买家是“职业打假/专业退货”，暗指其动机不纯，可能构成诽谤（规则 2.4）',
    scope: 'clause',
    before: /^(?:(?:您|你|亲)(?:是不是|是|该不会是|不会是|莫不是|怕不是|应该是|估计是|八成是)?(?:个|那种)?)?$/,
    after: /^(?:的|人|户|师|党)?(?:吧|是吧|对吧|没错吧|吗|是不是|没跑了)/,
    notBefore: WARNING_BEFORE,
    notSentence: /我们|本店|团队|服务|流程|入口|谨防|警惕|小心|冒充/,
  },
  {
    // Round 30 (t30b): a fault-finding trade the buyer "wastes" (专业退货的吧？不去打假真屈才 / 您这么能挑，不当质检员真可惜了): sarcasm.
    words: ['屈才', '可惜了', '浪费人才', '埋没人才', '大材小用', '真浪费'],
    severity: 'warn',
    message: '反讽买家“不去打假/当质检真屈才”，讥讽买家（规则 2.4）',
    unless: (ctx, start) => !FAULT_TRADES.test(ctx.before(start, 10, 'soft').replace(/(?:真是|真的|真|实在|太|简直|有点|都|是)+$/, '')),
    notSentence: /招聘|岗位|专业|考证|课程|推荐|我们/,
  },
  {
    // 今天准备编什么理由退货 / 编个借口就想退 — the buyer accused of making up a reason.
    words: ['理由', '借口', '故事', '说辞', '由头'],
    severity: 'block',
    message: '指责买家编造理由，属于诽谤（规则 2.4）',
    // 找个像样点的理由: a few words of description may sit between the verb and the excuse
    before: /(?:编|瞎编|现编|捏造|胡编|又找|找|扯|搬出|想好|准备)(?:了)?(?:什么|个|一个|了个|出|好|的|套)?(?:新的?|好的?|像样(?:一)?点的|像样的|靠谱(?:一)?点的|高明(?:一)?点的|好(?:一)?点的|别的|新鲜(?:一)?点的)?$/,
    notSentence: /我们|我这边|本店|小店|客服|不会|别担心/,
    deniable: true,
    hypothetical: true,
  },
  {
    // 这借口上个月就用过了 — the buyer's reason called a worn-out excuse.
    words: ['借口', '理由', '说辞'],
    severity: 'block',
    message: '指责买家编造理由，属于诽谤（规则 2.4）',
    sentence: /用过了|用过一次|换个新|老掉牙|上次也|上回也|每次都|又是这/,
    notSentence: /我们|我这边|本店|小店/,
    // 无理由退货 names a policy (round 7: 商品已经使用过了，不符合无理由退货的条件)
    notBefore: /无$/,
    deniable: false,
  },
  {
    // 又来讹运费险了 — extortion pinned on the buyer; 以讹传讹 / 讹传 are hearsay.
    words: ['讹'],
    severity: 'block',
    message: '指责买家敲诈、讹钱，属于诽谤（规则 2.4）',
    sentence: /您|你|买家|又|来|想|别/,
    // (round 19, t19bq: …nor guarded against from someone unnamed: 为了避免被人讹诈, 以防遭人讹钱; and the second 讹 of 以讹传讹)
    notBefore: /(?:以|以讹传|被人|被别人|遭人|防止|以防|以免|避免|谨防|提防|防范)$/,
    notAfter: /^(?:传|误|言|字|讹)/,
    deniable: false,
  },
  {
    // 这套路我们见多了 / 这种把戏早就看穿了 — the buyer's claim called a ploy; 真不是套路 is not.
    words: ['套路', '说辞', '把戏', '伎俩', '招数', '戏码', '花招', '小算盘', '小心思', '手段', '这一招', '这招', '老一套', '老套路'],
    severity: 'block',
    message: '指责买家耍花招骗退款，属于诽谤（规则 2.4）',
    sentence: [/见多了|见得多了|见过太多|见怪不怪|看穿|识破|看透|早就知道|玩不转|不好使|别来这|少来这|别演|演得|演技|别想|骗不了|又是|又来|上回|上次也|每次都/, /你|您|这种|这套|那套|这招|这一招|又是|又来/],
    notSentence: /骗子|冒充|诈骗|陌生|短信|链接|私信|提醒|谨防|小心|当心/,
    deniable: false,
  },
  {
    // 您这是故意的吧 / 您这演技 — the buyer's claim called an act.
    words: ['故意的吧', '故意的吗', '故意的呢', '成心的吧', '存心的吧', '成心的', '存心的', '演技', '奥斯卡', '影帝', '影后', '装傻', '装糊涂', '装不知道', '装没收到'],
    severity: 'block',
    message: '指责买家故意装傻、演戏骗退款，属于诽谤（规则 2.4）',
    sentence: /您|你|又|每次|明明/,
    notSentence: /不是故意|设计|做旧|电影|剧|演员|明星|我们|我这边|我不是/,
    deniable: false,
  },
  {
    // 骗谁呢你 / 糊弄谁呢 — the buyer's claim called a lie.
    words: ['骗谁呢', '骗谁啊', '骗鬼呢', '骗鬼啊', '糊弄谁', '忽悠谁', '蒙谁呢', '哄谁呢', '唬谁呢'],
    severity: 'block',
    message: '指责买家撒谎骗人，属于诽谤（规则 2.4）',
    notSentence: /我们不会|不会骗|没骗|没有骗|绝不/,
    deniable: false,
  },
  {
    // 羊毛党的嘴脸 / 那副嘴脸 — 嘴脸 is a face called ugly in character: always a smear.
    words: ['嘴脸'],
    severity: 'block',
    message: '以“嘴脸”贬低他人，属于诋毁（规则 2.4）',
    deniable: false,
  },
  {
    // 何必在这装可怜 / 别装穷了 / 还非要装精致 — the buyer's plight or manner called an act.
    words: ['装可怜', '装无辜', '装委屈', '装穷', '卖惨', '装聋', '装瞎', '装蒜', '装纯', '装大款', '装阔', '装有钱', '装精致', '装名媛', '装贵妇', '装清高', '装高冷', '装老实', '装好人',
      '装聋作哑', '装模作样', '装腔作势', '装什么可怜', '装什么无辜', '装什么穷', '装可怜', '扮可怜', '扮猪吃老虎'],
    severity: 'block',
    message: '指责买家装可怜、演戏，属于诽谤（规则 2.4）',
    sentence: /何必|别|少|又|在这|非要|非得|还|呗|吧|什么|您|你|真能|挺能|就会|一天到晚/,
    notSentence: /不是装|没装|没有装|不用装|包装|安装|罐装|袋装|盒装|狗|猫|宝宝|孩子|萌|可爱|宠物/,
    deniable: false,
  },
  {
    // 别装了，您明明收到货了 — said as a clause of its own; 别装了太多东西 is packing advice.
    words: ['别装了', '别装傻了', '别演了', '装什么装'],
    severity: 'block',
    message: '指责买家故意装傻、演戏骗退款，属于诽谤（规则 2.4）',
    scope: 'clause',
    after: /^(?:吧|啊|呀|了)?$/,
    deniable: false,
  },
  {
    // 您就是那种穿完了再来退的人吧 — use-then-return pinned on the buyer; 穿过了再退不支持 states a policy.
    words: ['用完了再', '穿完了再', '吃完了再', '用完再', '穿完再', '吃完再', '用过了再', '穿过了再', '用了再', '穿了再', '先用后退', '白嫖完', '用完就退', '穿完就退'],
    severity: 'block',
    message: '诬指买家用完再退、骗退款，属于诽谤（规则 2.4）',
    sentence: /(?:您|你)(?:就是|是不是|这种|那种|又|每次|总是|专门|一直)|这种人|那种人|套路|惯犯|老手|见多了/,
    deniable: false,
  },
  {
    words: [...LABELS, ...CRIMES],
    severity: 'block',
    message: '诬蔑买家是骗子/职业打假，属于诽谤',
    scope: 'clause',
    before: AIMED,
    unless: askedAboutUs,
    notBefore: WARNING_BEFORE,
    hypothetical: true,
  },
  {
    words: LABELS,
    severity: 'warn',
    message: '把买家称作骗子/职业打假，可能构成诽谤',
    unless: askedAboutUs,
    sentence: YOU_ANY,
    notBefore: WARNING_BEFORE,
    // (round 11: 有人让你加v退款 是骗子 别信 — a warning about someone else, the buyer told not to trust them)
    // (round 32, t32b: …or whoever claims to be someone and adds the buyer — 说自己是店长来加你的都是骗子, 私信找你的都是骗子)
    // (round 13, fa13: …with the third party's pretext between — 有人以“帮店铺刷单返佣金”为名找您的话，一定是骗子; t13b: 有人…找您)
    notSentence: new RegExp(`别信|不要信|别相信|不要相信|别理|不要理|谨防|冒充|假冒|自称|说自己是|称自己是|声称|谎称|(?:来|私下|主动|私信)?(?:加|找|联系|私信|私聊|添加)(?:你|您)的(?:人|号)?(?:都|全|一律|统统|肯定|一定)?是|有人(?:让|叫|要|冒充|自称|加|找|私信|打电话)|${OTHERS_PRETEXT}|有人[^，。]{0,16}?(?:找|联系|私信|加|打电话给)(?:您|你)`),
    // (round 18, fa18bp: …or the swindlers' ways described to warn the buyer: 骗子常用的话术有, 骗子一般会说, 骗子惯用的套路)
    notAfter: /^(?:冒充|假冒|电话|短信|链接|信息|的投诉|的举报|的手段|的套路|(?:们)?(?:常用|惯用|最常用|最爱用|常见|通常用|一般用)的?(?:话术|手段|套路|伎俩|说辞|台词|骗术|借口|理由|方法|招数)|(?:的)?(?:话术|骗术|伎俩|说辞|惯用)|(?:们)?(?:一般|通常|往往|常常|经常|多半)(?:都)?(?:会|是|以|用|打着|冒充|自称|说))/,
    hypothetical: true,
  },
  {
    // 一看就是个老赖 / 明显是职业打假的 — a label pinned on the buyer without naming them; scam warnings are not.
    words: [...LABELS, ...CRIMES],
    severity: 'block',
    message: '诬蔑买家是老赖/骗子/职业打假，属于诽谤',
    // 一看您就是那种收到货就想退的惯犯: the verdict may name the buyer and describe the kind (那种…的) first
    before: /(?:一看(?:您|你)?就(?:是|知道)?|(?:您|你)?明显是|明显就是|明摆着是|摆明了是|分明是|肯定是|绝对是|妥妥的|妥妥|纯纯的|典型的|就是个|就一)(?:个|一个|那种|这种|那号|这号)?(?:[^，。]{1,12}的)?(?:专业的|职业的|专门|专业|职业|天天|经常|总是|就爱|老是)?$/,
    notAfter: /^(?:冒充|假冒|电话|短信|链接|信息|发的|的投诉|的举报|的手段|的套路)/,
    notSentence: new RegExp(`冒充|短信|链接|电话|诈骗|陌生|私信|请勿|别信|不要信|别点|不要点|谨防|小心|提醒|网站|app|软件|${OTHERS_PRETEXT}`),
    hypothetical: true,    // Round 13 (fa13b): the verdict on a third party who acted on the buyer just before (您说有人让您扫二维码退款，那肯定是骗子;
    // 有人叫你先付押金？那绝对是骗子) — not when the buyer is named as the one it is (您肯定是骗子).
    unless: thirdPartyVerdict,
  },
  {
    // 老赖一个 / 羊毛党无疑 — the label as a verdict.
    words: [...LABELS, ...CRIMES],
    severity: 'block',
    message: '诬蔑买家是老赖/骗子/职业打假，属于诽谤',
    scope: 'clause',
    after: /^(?:一个|一枚|无疑|没跑|实锤|石锤)/,
    notBefore: WARNING_BEFORE,
    hypothetical: true,
  },
  {
    words: ACCUSATIONS,
    severity: 'block',
    message: '指责买家敲诈、讹钱或碰瓷，属于诽谤',
    // the buyer named, or the accusation's own sneer (碰瓷也找个像样点的理由, 又来这套)
    // (round 51, t51: …or the shop named as its target — 碰瓷碰到我们这来了, 讹到我们头上, 真当我们好欺负)
    sentence: /你|您|买家|这人|这种人|理由|借口|也找|也编|又来|想得美|别想|套路|见多了|这套|那套|(?:碰|讹|骗|敲|找)(?:到|上)(?:了)?(?:我们|咱们|本店|我|我家|店里)(?:这|这儿|这里|头上|家|门|店里?)|当我们(?:是)?(?:好欺负|好骗|傻子?|冤大头|软柿子|吃素的)/,
    // (平台会对恶意差评进行核实: the category named by a process, no one accused; round 6)
    // (关于您说的恶意差评: the buyer's own word taken up as the topic; round 7 — not 关于您的恶意差评)
    // (平台对恶意敲诈商家有处理规则: the act as the object of a rule, its manner named; round 19, t19bq)
    notBefore: new RegExp(`${WARNING_BEFORE.source}|(?:对|针对|关于|涉及|对于|至于)(?:(?:您|你|亲|买家)(?:刚才|之前|刚刚)?(?:说|提到|讲|反映|提|所说)的|恶意|故意|蓄意|虚假)?$`),
    hypothetical: true,
    // Round 11: a condition closed by 的话 after the act (您这边恶意差评的话，我们会通过平台申诉) supposes, it accuses no one.
    notAfter: /^(?:行为)?(?:的话)/,
    // 有买家反馈说有人冒充快手客服骗钱: a scam by an impostor reported, no buyer accused (round 9 fa)
    notSentence: /冒充|假冒|自称/,
    // Round 10 (t10e): the act named as a category under a platform rule (提醒您，恶意退款会被平台记录; 碰瓷行为一经查实会被处罚):
    // the word opens its clause and a sanction follows. 您这就是恶意退款，会被记录 / 你这种恶意退款会被处罚 still accuse.
    // Round 18 (fa18bp): …or the category refused as a policy of the shop's (恶意退款我们不接受，但正常售后…; 碰瓷这种事本店一律不认).
    unless: (ctx, start, end) => (RULE_OPENER.test(ctx.before(start, 12)) && (RULE_STATED.test(ctx.after(end, 16)) || POLICY_REFUSED.test(ctx.after(end, 16))))
      || warnedOffJudged(ctx, start),
  },
  {
    // Round 68 (eng27-68): the buyer's act called a crime by a copula aimed at them (你这就是诈骗, 您这是在骗保, 你这是盗窃行为, 你这是恶意诈骗) —
    // not the buyer as its victim (您这是遇到诈骗了, 您这是被诈骗了), nor a scam call or message named (你这是诈骗电话吧).
    words: ['诈骗', '欺诈', '骗保', '盗窃', '偷窃', '犯罪', '违法犯罪'],
    severity: 'block',
    message: '指责买家诈骗、盗窃等犯罪，属于诽谤（规则 2.4）',
    before: /(?:你|您)(?:们)?(?:这|这种|这样|这个)?(?:行为|做法|操作)?(?:就|分明|明明|完全|纯粹|根本|已经|摆明了|明摆着)?(?:是|属于|叫|算|构成)(?:在|了)?(?:典型的|赤裸裸的|明目张胆的|恶意|一种)?$/,
    notAfter: /^(?:电话|短信|链接|信息|消息|团伙|分子|网站|平台|案|的受害|受害)/,
    scope: 'clause',
    hypothetical: true,
  },
  {
    // 这位买家怕不是来碰瓷的吧 — 怕不是 (I bet) makes the accusation, it denies nothing (round 7).
    words: ACCUSATIONS,
    severity: 'block',
    message: '指责买家敲诈、讹钱或碰瓷，属于诽谤',
    before: /(?:怕不是|莫不是|该不会是|八成是|准是|多半是)(?:来|想|要|在|专门来|故意)?$/,
    sentence: /你|您|买家|这人|这种人|这位/,
    deniable: false,
  },
  {
    // Round 11: wanting goods for nothing pinned on the buyer (您就是想白拿东西吧, 你又想白要) — not the shop's gift (小样送您，白拿不要钱).
    words: ['想白拿', '想白要', '白拿东西', '白要东西', '就想白拿', '想白占', '想不花钱'],
    severity: 'block',
    message: '指责买家想白拿、骗货，属于诽谤（规则 2.4）',
    sentence: /你|您|买家|这人|这种人/,
    notSentence: /不会让|别担心|免费送|赠品|送您|送你|小样|不用担心|不是说/,
    hypothetical: true,
    deniable: false,
  },
  {
    // Round 11: the buyer filed among the swindlers the shop has seen (少跟我来这套，骗子见多了; 职业打假的我们见得多了) — a label with
    // a been-there sneer; scam warnings (冒充客服的骗子很多，大家小心) are not.
    // (round 30, t30b: and the trades guessed, 您这种专业挑刺的我们见多了)
    words: [...LABELS, ...CRIMES, ...TRADE_GUESSED],
    severity: 'block',
    message: '暗指买家是骗子/职业打假，属于诽谤（规则 2.4）',
    sentence: /见多了|见得多了|见识多了|遇多了|碰多了|来这套|少来这|别来这|这一套|老一套|这招|这种把戏|这点伎俩/,
    notSentence: /冒充|假冒|自称|诈骗电话|短信|链接|陌生|私信|请勿|别信|不要信|谨防|小心|提醒|网站|app|软件|防骗/,
    unless: askedAboutUs,
    window: 24,
    hypothetical: true,
  },
  {
    // Round 9: a buyer pointed out in the third person (这位顾客, 该买家, 此人, 这位) and charged with a record of misconduct
    // (有偷换货的前科, 就是专门薅羊毛的惯犯, 惯会讹人, 人品有问题), often told to other buyers (大家都来看看, 请其他买家注意).
    // Not a warning about a scammer posing as staff (这个人是骗子，冒充我们客服), nor the buyer cleared (这位顾客不是骗子).
    words: [...LABELS, ...CRIMES, ...ACCUSATIONS, '欺诈记录', '诈骗记录', '骗货记录', '骗赔记录', '欺诈行为', '不良记录', '前科', '劣迹', '黑历史', '人品有问题', '人品差', '人品不行', '人品堪忧', '人品不好', '偷换', '掉包', '调包', '白嫖'],
    severity: 'block',
    message: '点名指控某位买家有不良记录或行为，属于诽谤（规则 2.4）',
    sentence: THIRD_PERSON_BUYER,
    // (小心 / 注意 may warn others about the buyer here: 各位同行小心)
    notSentence: /冒充|假冒|自称|诈骗电话|短信|链接|陌生|私信您|联系您|加您|不是|没有|并非|误会|冤枉|清白/,
    window: 30,
    hypothetical: true,
  },
  {
    // 同行派来的托: an accusation even without a pronoun.
    words: ['同行派来', '派来的托', '是个托', '就是托', '就是个托', '请来的托'],
    severity: 'warn',
    message: '诬指买家是同行派来的托',
    // 怀疑您是同行派来的 suspects the buyer: 怀疑 is no denial here
    deniable: false,
    notBefore: /(?:不是|没有|不会|并非|绝不是)$/,
    notSentence: /不怀疑|误会|说法|谣言|并不是|不是说您/,
  },
  {
    // 收到货调包了再寄回来 — a swap pinned on the buyer; not 快递途中被调包 or 我们保证不会调包.
    words: ['调包', '掉包', '调了包', '掉了包', '狸猫换太子', '偷梁换柱'],
    severity: 'block',
    message: '诬指买家调包，属于诽谤（规则 2.4）',
    sentence: /你|您|买家/,
    notSentence: /快递|物流|中途|途中|运输|不会|放心|保证|防止|防调包|防掉包|封条|一物一码|举报|别人/,
    // Round 29 (t29a): the buyer as the one who fears the swap or suffers it (您担心被掉包我理解, 怕东西被人调包): no agent but 被.
    notBefore: /(?:担心|害怕|怕|顾虑|不放心|忧虑)(?:会|会不会|东西|货|商品|包裹|宝贝|被|人|了)*$|被(?:人)?$/,
    hypothetical: true,
    deniable: false,
  },
  {
    // 明明是你自己摔坏的，还想赖到我们头上 — damage or blame pinned on the buyer; not 如果是您自己摔坏的….
    words: ['自己摔坏', '自己弄坏', '自己搞坏', '自己用坏', '自己弄丢', '自己摔的', '自己弄的', '自己搞的', '人为损坏', '赖到我们', '赖在我们', '赖我们', '赖给我们', '怪到我们', '往我们身上推'],
    severity: 'block',
    message: '指责买家自己弄坏还赖商家，属于诽谤（规则 2.4）',
    sentence: [/你|您|买家/, /明明|还想|还赖|还怪|分明|肯定是|就是|别想|休想|少来|还有脸|有脸来|还好意思/],
    notSentence: /不是您|不怪您|不是你|我们的问题|我们的责任|抱歉/,
    hypothetical: true,
    deniable: false,
  },

];

const rule = cueRule({
  meta: {
    id: 'defame-buyer',
    clause: '2.4',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '诽谤买家', en: 'Defaming the buyer' },
    description: {
      zh: '规则 2.4 禁止诽谤、诋毁他人。把买家说成骗子、职业打假、讹钱、碰瓷等没有证据的指控会被拦截；提醒买家谨防骗子不算。',
      en: 'Rule 2.4 forbids defaming others. Calling the buyer a swindler, extortionist or professional fake-hunter is blocked; warning the buyer about scammers is fine.',
    },
    hint: {
      zh: '只陈述事实和处理流程，例如“我们需要核实一下破损情况，麻烦您上传照片”。有争议请申请平台介入。',
      en: 'State facts and the process only, e.g. "We need to verify the damage, please upload photos." Ask the platform to arbitrate disputes.',
    },
  },
  cues,
  skipQuoted: true,
});

export default rule;
