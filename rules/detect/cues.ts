// Context cues shared by the clause-2.3 rules: denials, warnings and the sentence around a hit.
// A denial or a warning about off-platform contact is compliant (notes/lint.md §1.7: 不需要加微信,
// 平台不会要求您私下转账, 谨防有人让您加微信), so it lowers a finding to info.

import { doubtAnsweredHere } from './doubt-kept-here';
import { firstUnits, holdsUnitOf, maskMatches, phraseRegex, type LintContext } from '../context';
import { SOFT } from '../normalize';
import { NEGATIONS, THESE_FEW } from '../context-words';
import { endsAsQuestion, nextSentenceStart } from './cue-rule';
import { askedThenDeclined, askNear, buyerReportedThenDenied, REPORT_REACH, reportedThenDenied } from './answered';
import { rebutted } from './rebut';
import { buyerQuoted, othersQuote, quotePair } from './quoted';
import { quoteCalledFalse } from './called-false';

// Words that start like a denial but are not one: 不好意思加我微信 still asks to add WeChat.
const NOT_DENIALS = phraseRegex(
  [
    '不好意思', '不客气', '不错', '不少', '不过', '不久', '不仅', '不只', '不止', '不管', '不论', '不断', '不然', '不如', '不同', '不一样',
    '不方便', '不太方便', '不清楚', '不了解', '不确定', '不知道', '不满意', '不放心', '不及时', '不到', '不够', '没问题', '没关系', '没事',
    '无论', '非常', '别的', '别人', '未来', '否则', '不定期', '能不能', '可不可以', '要不要', '是不是', '好不好', '方不方便', '愿不愿意',
    '行不行', '加不加', '有没有', '不用等', '不急', '不着急', '不忙', '不懂', '不会用', '不会操作', '不耽误', '怕麻烦', '不麻烦', '不贵',
    '无门槛', '不限', '不多', '没货', '没到', '没收到', '不然的话', '不在线', '不及', '不能及时回复', '不在', '未回复', '不回复', '回复不及时',
    // Round 22 (t22ca): Cantonese look-alikes (唔好意思 = 不好意思, 唔该 = thanks, 可唔可以 = 可不可以).
    '唔好意思', '唔该', '唔紧要', '唔使客气', '唔知', '唔清楚', '唔方便', '可唔可以', '系唔系', '有冇', '好唔好', '得唔得', '要唔要', '方唔方便', '使唔使',
  ],
  { flags: 'g' },
);
const DENIED_WORDS = [...NEGATIONS, '请勿', '切勿', '千万别', '不让', '不允许', '不可以', '不建议', '请不要', '无法', '不再', '停止'];
const DENIED_TAIL = phraseRegex(DENIED_WORDS, { suffix: '[^]{0,5}$' });

// A denial that governs a whole clause or a list: 不会让您加微信或者扫码转账, 不接受私下转账和线下交易.
// (A word starting with a new unit here or in DENIED_ASK must join DENIAL_FIRST below.)
// (round 39, t39e: …in Cantonese too — 我哋唔收转数快、PayMe或者任何私人转账)
const DENIED_CLAUSE = /(?:不会|不要|不能|不可以|不接受|不支持|不允许|禁止|严禁|请勿|切勿|千万不要|绝不|从不|不提供|不需要|无需|不用|唔会|唔收|唔接受|唔支持|唔可以|唔提供|唔使|唔需要)(?:让|要求|叫|请|通过|以|向|和|跟|与|给)?[^]{0,24}(?:或者|或是|或|和|及|以及|、|也不|还是)[^]{0,12}$/;
// Round 20 (t20bu): …a manner or channel between the denial and the ask (本店不会通过短信要求您加QQ, 我们不会用电话叫您加微信).
// Round 22 (t22ca): …or a way of reaching the buyer as a verb (我们从来不会打电话要求您去站外操作, 不会发短信叫您加好友).
// Round 45 (t45c): …a pretext named first (不会以“召回，发赔偿金”为名打电话…) and the ask a bare 要您的 (我们不会打电话要您的银行卡号和验证码).
const DENIED_ASK = /(?:不会|不要|从不|绝不|不能)(?:以[^。！？]{1,30}?为(?:名|由|借口|理由)|(?:通过|用|以|在)[^，。！？]{1,8}?)?(?:(?:主动)?(?:打电话|发短信|发消息|私信|来电|致电|打给您|打给你)(?:给您|给你)?)?(?:让|要求|叫|请|主动|以任何|通过任何|(?:向|找|跟|问)?(?:您|你)?(?:要|索要|索取)(?:您|你))[^]{0,20}$/;
// A denial quantified over everything (请不要添加任何自称客服的微信, 不要相信任何让您扫码的人): it governs the whole clause.
// Round 12 (t12a): any refusing verb before 任何 (我们不收任何形式的私下转账, 不提供任何站外联系方式, 没有任何私人号).
// (round 15, fa15: a place or an act may stand between the denial and 任何 — 我们不会在包裹里放任何加好友的卡片)
// (round 35, t35c: …or a scope denied over everything — 扫码只看介绍，不涉及任何付款或加好友, 这张卡不包含任何联系方式)
const DENIED_ANY = /(?:不会|不要|别|请勿|切勿|从不|绝不|不能|不接受|不要相信|别信|[不唔][收给加留发接做搞卖提用存允]|唔会|唔接受|不涉及|不牵涉|不包含|不包括|没有|拒绝|杜绝)(?:(?!我|但|就|只)[^]){0,8}任何[^]{0,18}$/;
// A potential complement (发不出去, 看不清, 打不通) says what cannot happen, it denies nothing after it.
// Round 22 (t22du): …and 传不上, 发不了 with the next ask after them (图片传不上 加下企鹅…): not when the term follows at once
// (这里发不了微信号 says what cannot be sent).
const POTENTIAL_COMPLEMENT = /(?<=[发传看打拨接听说寄送拿找抢买收进出上下])不(?:出去|出来|进去|进来|过去|过来|上去|下去|清楚|清|通|完|动|见|着|(?:上|了)(?=[^]))/g;
// A condition clause closed by 的话 / 的时候 (怕抢不到的话加个薇, 担心真假的话去得物搜): a denial inside it ends there.
const CONDITION_END = /的话|的时候/g;
const afterCondition = (text: string): string => {
  let cut = -1;
  for (const m of text.matchAll(CONDITION_END)) cut = m.index! + m[0].length;
  return cut < 0 ? text : text.slice(cut);
};
/** The text a denial test reads: look-alike words blanked out, and only what follows a closed condition clause. */
// Round 32 (t32b): a negated verb with its result made a noun phrase by 的 (秒杀没抢到的直接转我, 没拍上的私我): "whoever did not get it",
// a group of buyers, not a denial of what follows. Only a one-unit verb with a result complement (没抢到的, 没抽中的, 没赶上的).
const NEGATED_RELATIVE = /(?:没有|没|未)[\u4e00-\u9fff](?:到|上|中|着)的/g;
const denialView = (text: string): string => afterCondition(maskMatches(maskMatches(maskMatches(text, NOT_DENIALS), POTENTIAL_COMPLEMENT), NEGATED_RELATIVE));
// The act itself refused, its object a long phrase: 请不要添加任何…的微信, 切勿扫描陌生人发的二维码 — unless a
// fresh first-person ask follows (别加别人了，加我微信).
const DENIED_ACT = /(?:不要|请勿|切勿|千万别|千万不要|不能|禁止|严禁)(?:随意|轻易|私自|私下)?(?:添加|加|联系|相信|理会|扫描|扫|点击|点开|回复)(?:任何|陌生|别人|他人|其他)(?:(?!加我|我的|找我|联系我|私我)[^]){0,18}$/;

// Existence denied, its subject a person (不会有“店铺工作人员”私下找您, 没有任何客服会私下联系您): what that person would do is denied too.
// Round 22 (t22cb): no such thing (我们没有什么“老客户专属微信群”, 根本不存在什么内部渠道价): 什么 after a denial of existence
// governs the noun phrase after it, however long — not when a turn or an ask of ours rides in it (没什么好说的，加我…).
const DENIED_SUCH = /(?:没有|没|并没有|从来没有|根本没有|根本没|不存在|并不存在)什么(?:所谓的?)?(?:(?![我咱但就只你您比加进扫拉入关搜找联私])[^]){0,12}$/;
const DENIED_EXIST = /(?:不会有|没有|绝不会有|不存在|并没有|从来没有)(?:任何)?[^]{0,10}(?:人|人员|客服|专员|员工|小二|同事|店员|主播)(?:会|来|去)?$/;

// First units of every word DENIED_TAIL, DENIED_CLAUSE and DENIED_ASK can start with: most hits have none
// of them in their clause, and then none of the three can match (NOT_DENIALS only masks units out).
const DENIAL_FIRST = firstUnits([...DENIED_WORDS, '不', '禁', '严', '请', '切', '千', '绝', '从', '无']);

// Round 8 (fa8): the shop declining to give a contact, right before it (我这边不方便留私人联系方式, 不便透露个人电话) — 不方便
// is masked as a look-alike above (不方便的话加我微信 asks), so the refusal is read here: 不方便/不便 + a giving verb + the term.
// Round 22 (t22dv): …also with the giving verb after the buyer and the app before the term (没法给您发微信二维码, 不能给你发QQ群二维码).
const DECLINED_GIVE = /(?:不方便|不太方便|不便|没法|不能)(?:在这里|在这儿|这边)?(?:留|给|发|提供|透露|告知|公开|加|留下|给您|发您)(?:给)?(?:您|你)?(?:发|留|推)?(?:我的?|我们的?|任何)?(?:私人|个人|私下)?(?:的)?(?:微信|qq|vx|wx|whatsapp)?(?:群)?$/;

// 从不在 / 绝不在 / 从来不在 + a place (站外, 私下, 其他平台) and at most a few units before the term (round 9).
// (…and 不会在聊天里给您发: a place, the buyer and a sending verb between, no trading verb; round 9 fa)
const NEVER_THERE = /(?:从不|从来不|从没|从来没|从未|绝不|决不)在(?!线)[^]{0,6}$|(?:不会|从不|绝不)在(?!线)[^拍买付下单转,，。]{1,6}?(?:给|向|跟|和)(?:您|你)(?:发|推|推送|私发|索要|要)?$/;
// Round 9 (fa9): a denial whose verb has an adjunct before it (我们不会在聊天里给您发二维码, 请您不要在聊天里发银行卡号,
// 不会通过短信向您推送链接): the denied act's object is the term, however long the 在…里 / 给您 between — not when an
// act of ours rides in the adjunct (不用在平台下单加我微信就行).
const DENIED_VP = /(?:不会|不要|不能|别|请勿|切勿|从不|绝不|从来不|不需要|无需|不用|千万别|千万不要)(?:主动|随便|随意|私自|私下|再|另外|单独)?(?:在|从|通过|用|给|向|往)(?:(?!加我|找我|联系我|私我|拍|下单|付|买|直接)[^]){1,12}?(?:发|给|加|扫|留|提供|告诉|转|推送|私信|报|输入|填)(?:给)?(?:您|你)?(?:任何|什么|的)?[^我]{0,2}$/;
// Round 22 (t22ca): …the buyer told not to post their OWN contact in the chat (建议您别在聊天里发自己的微信号, 不要在评论区留您的手机号) —
// not when the shop's own is offered after it (别发自己的微信号，加我的就行: TOPIC_TURN).
const DENIED_VP_OWN = new RegExp(DENIED_VP.source.replace('(?:任何|什么|的)?[^我]{0,2}$', '(?:自己的|您自己的|你自己的|您的|你的|个人的)[^我]{0,2}$'));

const isLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27;
// (round 41, t41f: …or the talk there refused — we can't chat on WhatsApp, we don't talk via Line; not 'why not' / 'if not')
const ENGLISH_DENIAL = /(?:never|(?<!why|if|or)not|don'?t|doesn'?t|won'?t|can'?t|cannot|refuse|avoid)(?:to)?(?:ever|do|doing|make|accept|take|use|share|give|send|offer|provide|support|allow|any|a|an|the|other|outside|our|my|your|chat|talk|contact|connect|message|text|call|add|you|on|via|over|through)*$/;
/** A denial governs compact index `i`: 不用加微信, 请勿私下转账 (but not 不好意思加我微信). */
export function denied(ctx: LintContext, i: number, max = 10): boolean {
  // Round 12 (t12a): an English denial right before (we never do offline deal, we don't accept venmo, can't share whatsapp).
  if (i > 0 && isLatin(ctx.compact.charCodeAt(i - 1)) && ENGLISH_DENIAL.test(ctx.before(i, 24))) return true;
  // before(i, max) is a suffix of before(i, 30) when max <= 30: one precheck covers both.
  if (max <= 30 && !holdsUnitOf(ctx.before(i, 30), DENIAL_FIRST)) return deniedList(ctx, i);
  if (DECLINED_GIVE.test(ctx.before(i, 16))) return true;
  const before10 = ctx.before(i, max);
  // 我们从不在站外联系顾客: 不在 is masked as a look-alike (人不在), so a habitual denial of a place is read here (round 9).
  if (NEVER_THERE.test(before10)) return true;
  const before = denialView(ctx.before(i, max));
  if (DENIED_TAIL.test(before)) return true;
  const clause = denialView(ctx.before(i, 30));
  if (DENIED_CLAUSE.test(clause) || DENIED_ASK.test(clause) || DENIED_ANY.test(clause) || DENIED_ACT.test(clause) || DENIED_EXIST.test(clause) || DENIED_VP.test(clause)) return true;
  if (DENIED_VP_OWN.test(clause) && !TOPIC_TURN.test(ctx.after(i, 30, 'hard'))) return true;
  if (DENIED_SUCH.test(clause)) return true;
  if (NEEDLESS_DISMISSED.test(clause)) return true;
  return deniedList(ctx, i);
}
// Round 52 (cf52): a need denied, then 什么/啥 dismissing its object (不用扫什么二维码加好友, 无需搞啥私下转账, 没必要留什么电话): the whole act
// waved off — not when an instruction or an act of ours follows (不用什么手续直接加好友就行, 不需要什么验证，加我…: 就, 直接, 只要, 先, 再, 我).
const NEEDLESS_DISMISSED = /(?:不用|不需要|无需|无须|不必|没必要|用不着)(?:(?![就直只先再但我您你])[^]){0,3}(?:什么|啥)(?:(?![就直只先再但我您你])[^]){0,8}$/;

function deniedList(ctx: LintContext, i: number): boolean {
  // Round 10 (fa10): the term in a later item of a 、 list whose first item holds the denial — 也不会让您加微信、扫二维码或者转账,
  // 不要加陌生人微信、扫不明二维码 (before() stops at 、, so the items are joined and read as one clause).
  const own = ctx.before(i, 30);
  const items: string[] = [];
  const list = listLead(ctx, i - own.length, items);
  if (list === '' || !holdsUnitOf(list, DENIAL_FIRST)) return false;
  const joined = denialView(list + own);
  if (DENIED_ASK.test(joined) || DENIED_ANY.test(joined) || DENIED_ACT.test(joined) || DENIED_VP.test(joined) || DENIED_CLAUSE.test(joined)) return true;
  // Round 18 (fa18bp): an earlier item ends on its own denied object (客服不能发微信号、QQ号、二维码这些…, 不要透露手机号、QQ号):
  // the denial, a few units before that item's end, governs the items listed after it.
  // Only a bare noun item (微信号、QQ号、二维码这些…), nothing asked or offered in it: 不用加微信、扫这个二维码付款就行 asks afresh.
  // (after() stops before a break at its own start: the item's first unit is read across it)
  const rest = i < ctx.compact.length ? ctx.compact[i]! + ctx.after(i + 1, 19) : '';
  return rest !== '' && BARE_ITEM_LEAD.test(own) && !FRESH_ASK.test(rest) && items.some((item) => LIST_ITEM_DENIED.test(denialView(item)));
}
// (…not when the hit's own item asks afresh: 客服不能乱说、加我微信)
const FRESH_ASK = /我|咱|私聊|就行|就好|就可以|就能|更便宜|更快|更划算|领券|付款|下单|转账/;
const BARE_ITEM_LEAD = /^(?:[^我咱扫加付转发]{1,6}?(?:这些|这类|这种|等|之类的?))?$/;
const LIST_ITEM_DENIED = phraseRegex(DENIED_WORDS, { suffix: '(?:(?!我|但|就|只)[^]){1,6}$' });

/** The earlier items of a 、 list ending at compact `pos` (the start of the hit's clause), joined; '' when `pos` follows no 、. */
export function listLead(ctx: LintContext, pos: number, items?: string[]): string {
  let lead = '';
  for (let n = 0; n < 4 && pos > 0 && ctx.text[ctx.toOriginal(pos - 1, pos)[1]] === '、'; n++) {
    // before() stops at the break before `pos` itself: step over it and read the item that ends there.
    const item = ctx.before(pos - 1, 15) + ctx.compact[pos - 1];
    items?.push(item);
    lead = item + lead;
    pos -= item.length;
  }
  return lead;
}


/** Denied right after the term: 微博号不卖货, 微信号不对外. */
export const DENIED_AFTER = /^(?:号|账号)?(?:不|没|并不|并没|从不|从没|暂不|暂时不|不是)/;

// A sentence that warns about or refuses off-platform dealing.
const WARNING_WORDS = [
  '骗子', '诈骗', '骗局', '不法分子', '被骗', '防骗', '上当', '受骗', '谨防', '警惕', '冒充', '切勿', '请勿', '不要相信', '不要轻信', '举报', '违规', '违反',
  '不允许', '禁止', '严禁', '风险', '没有保障', '没有售后保障', '无法保障', '不受保护', '平台不会', '不会要求', '都是假', '一律不要', '一律拒绝',
  '不要理会', '不予理会', '谨慎', '注意安全', '保护好', '泄露', '不是我们', '不是本店', '与本店无关', '和我们无关',
  // An apology or a correction: 之前同事让您加微信，这是不合规的.
  '不合规', '不合规定', '不符合规定', '不符合平台规定', '不规范', '是错误的', '没人管', '没有人管',
  // Someone else's request the buyer is warned about: 自称客服的微信, 如果有人给您发二维码…千万别扫.
  '自称', '有人给您', '有人给你', '有人让您', '有人让你', '有人私信让您', '有人私信让你', '是钓鱼', '钓鱼的', '钓鱼链接', '钓鱼网站', '有人叫您', '有人要求您', '有人私信您', '有人联系您', '有人加您', '陌生人', '陌生号码', '来路不明',
  // Round 20 (t20bu): …or the buyer told not to believe it (如果有人说是本店客服邀请您进群、发红包返现，请别相信).
  '请别相信', '千万别信', '千万别相信', '请不要信',
  // Round 21 (t21bw): …or someone else doing it privately (有人私下卖给您“优惠码”的千万别买, 要是有人私底下跟您收钱…).
  '有人私下', '有人私底下',
  // Round 21 (t21bx): …or whoever asks it, the buyer told to believe none (谁让您私下转账都别信, 谁叫你加微信都不要理).
  '谁让您', '谁让你', '谁叫您', '谁叫你',
  // Round 22 (t22by): …or called a trick (别人让你加“绿泡泡”返现的都是套路).
  '都是套路', '是套路', '是个套路', '的套路',
  // Round 45 (t45c): …or the buyer told to hang up on such a call or go to the police (遇到这种电话直接挂断，必要时报警).
  '直接挂断', '直接挂掉', '挂断电话', '及时报警', '立即报警', '必要时报警', '可以报警', '马上报警',
];
const WARNING = phraseRegex(WARNING_WORDS, { flags: '' });
// Round 12 (t12a): a risk word denied is reassurance, not a warning (私下转账不会有任何风险，您放心转我; 加微信没风险): blanked before WARNING.
const REASSURED_SOURCE = '(?:不会有|不会|没有|没|无|不存在|不用担心|不用怕|别担心|放心)(?:任何|什么)?(?:的)?(?:风险|被骗|上当|受骗|问题)';
const REASSURED = new RegExp(REASSURED_SOURCE);
const REASSURED_ALL = new RegExp(REASSURED_SOURCE, 'g');
const WARNING_FIRST = firstUnits(WARNING_WORDS);
// Round 39 (t39r): the rule named as the reason to go round it (因为平台不允许这种补偿，只能走银行转账，您把卡号发我; 平台禁止返现，所以我们
// 就私下转您): no warning — blanked before WARNING like a reassurance. Not the rule kept (平台不允许私下交易，只能走平台).
const EVADED_ALL = /(?:平台|规则|系统|官方)(?:那边|这边|规定|上)?(?:是)?(?:不允许|禁止|严禁|不让)[^，。；！？]{0,12}[，,]?(?:所以|因此)?(?:只能|只好|那就|我们就|咱们就|就得|就只能)(?:走|用|通过|私下|改用|改走)(?!平台|快手|官方|这里|这边|店铺|订单|收银台|售后|正规)/g;

/** The hard-break sentence around compact [start, end). */
export function sentence(ctx: LintContext, start: number, end: number, reach = 40): string {
  return ctx.before(start, reach, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, reach, 'hard');
}

/** The sentence warns against, or refuses, the thing it mentions. */
export function warningContext(ctx: LintContext, start: number, end: number): boolean {
  // Round 37 (t37c): inside the buyer's message quoted with its label (「买家：能不能私下转你」 这个真不行…): the buyer's words, not ours.
  if (buyerQuoted(ctx, start, end)) return true;
  const s = sentence(ctx, start, end);
  // (round 32, t32a: not the risk asked back and waved off — 私下转账有风险吗？没风险，直接转我: the warning word is the buyer's worry)
  const unevaded = s.includes('只') || s.includes('就') ? s.replace(EVADED_ALL, '') : s;
  return (holdsUnitOf(s, WARNING_FIRST) && WARNING.test(REASSURED.test(unevaded) ? unevaded.replace(REASSURED_ALL, '') : unevaded) && !askedBack(ctx, end + ctx.after(end, 40, 'hard').length)) || othersAsk(ctx, start, end) || buyerAskDeclined(ctx, start, end) || topicDisowned(ctx, start, end) || buyerNamedDisowned(ctx, start, end)
    || refusedAfter(ctx, end) || harmFollows(ctx, end) || ignoreFollows(ctx, start, end) || wishRefused(ctx, start, end) || rebutted(ctx, start, end) || quoteCalledFalse(ctx, start, end)
    || seenThereDenied(ctx, start, end) || quoteDisowned(ctx, start, end) || concessiveRefused(ctx, start, end) || refusedWithNext(ctx, end)
    || buyerToldNot(ctx, end) || misbeliefCorrected(ctx, start, end) || doubtAnsweredHere(ctx, start, end) || schemeJudgedNext(ctx, start, end)
    || reportedWishRefused(ctx, start, end) || ruleListCited(ctx, start, end) || quoteApologisedRefused(ctx, start, end);
}

// Round 46 (t46j): the buyer's ask quoted with no speaker, an apology or a "but" right before the opening mark and a bare refusal of it right
// after the closing one (但是不好意思，“私下转账能不能再便宜点”这个真不行🙏 钱都只能在快手下单付): the quote is what is turned down — not
// with our own way handed over after the refusal (…这个不行，转我就行).
const APOLOGY_BEFORE_QUOTE = /(?:不好意思|抱歉|对不起|但是|不过|可是|只是)[，,：:\s]*$/;
const REFUSED_AFTER_QUOTE = /^(?:这个|这种|这样|这|那个|这点|这条)?(?:我们|这边|我)?(?:是|真|真的|确实|实在|恐怕|肯定|一律)*(?:不行|不可以|不能|做不到|做不了|办不到|不接受|不支持|不答应|没法|没办法|答应不了)/;
function quoteApologisedRefused(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (pair === undefined || !APOLOGY_BEFORE_QUOTE.test(ctx.text.slice(Math.max(0, pair[0] - 12), pair[0]))) return false;
  // (commas kept in what follows: 下单付，我们… is no 付我)
  const rest = ctx.text.slice(pair[1] + 1, pair[1] + 60).replace(/\s/g, '');
  const m = REFUSED_AFTER_QUOTE.exec(rest.replace(/^[，,、：:]+/, ''));
  if (!m) return false;
  const clause = rest.replace(/^[，,、：:]+/, '').slice(m[0].length).split(/[。！？!?\n]/)[0]!;
  return !OWN_WAY_AFTER.test(clause);
}

// Round 43 (t43i): the rule's own list cited to refuse (按规则第2.3条，客服不能在聊天里发站外链接、二维码、邮箱这类第三方信息，所以…没法发;
// 平台规定不允许提供微信、QQ等联系方式): the hit is one item of what a rule or the platform forbids sending, the list closed by its category
// (这类/等…信息) — not with our own way round it after (…这类信息，不过我私下发你 / 图里扫一下就行).
const RULE_CITED = /规则|规定|第[\d一二三四五六七八九十.]+条|平台|要求|条款/;
const LIST_FORBIDDEN = /(?:不能|不可以|不允许|不得|禁止|严禁|不准|不让|不要|不可|不许)[^，。！？]{0,10}?(?:发|发送|提供|留|透露|分享|推送|展示|私发|出现|给|索要|引导)[^，。！？]{0,24}$/;
const LIST_CATEGORY = /^[^，。！？]{0,24}?(?:这类|这些|此类|这种|之类的?|等等?)(?:的)?(?:站外|第三方|外部|私人|个人|引流|联系|站外引流)?(?:的)?(?:信息|联系方式|内容|东西|方式|渠道)/;
const LIST_WAY_ROUND = /不过|但|可是|私下|私发|偷偷|悄悄|换个|图片里|图里|扫一下|扫码|进群|加我|找我/;
function ruleListCited(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 40, 'hard');
  if (!LIST_FORBIDDEN.test(before) || !RULE_CITED.test(ctx.before(start, 80, 'hard'))) return false;
  const after = ctx.after(end, 40, 'hard');
  const cat = LIST_CATEGORY.exec(after);
  if (!cat) return false;
  const rest = after.slice(cat[0].length) + ctx.after(end + after.length, 40, 'hard');
  return !LIST_WAY_ROUND.test(rest) && !TOPIC_TURN.test(rest);
}

// Round 36 (t36g): someone else's wish reported in the hit's clause (客人说想加微信, 有买家问能不能留个电话), then refused by us in the very
// next clause, closing it (我们不加, 这边一律不给的) — not a refusal that turns back (…不加，加我个人的) nor one that goes on (我们不加价).
const REPORTED_WISH =
  /(?:客人|顾客|买家|客户|有人|很多人|好多人|有些人|有的人|不少人|粉丝|朋友|对方|老客|老顾客)(?:经常|总是|老是|常常|常|一直|也|都|又|会)?(?:说|问|提|提出|留言|私信|来问|发消息)?(?:说)?(?:想|想要|要|希望|能不能|可不可以|可否|让我们|叫我们)[^]{0,8}$/;
const WISH_DECLINED =
  /^(?:但是?|不过|可是)?(?:我们|本店|这边|店里|我这边|我们这边|咱们|我)(?:店|家)?(?:是|都|也|一律|一概|从来|从|绝对|肯定|真的|确实)*(?:不|不会|不能|不可以|没法|无法|从不|绝不)(?:加|给|留|收|做|提供|支持|接受|添加|发|同意|答应)?(?:的|了|啦)?(?:哦|哈|呢|啊|呀|喔)*$/;
function reportedWishRefused(ctx: LintContext, start: number, end: number): boolean {
  if (!REPORTED_WISH.test(ctx.before(start, 20, 'soft'))) return false;
  const own = ctx.after(end, 8, 'soft');
  const next = end + own.length;
  if (next >= ctx.compact.length || ctx.norm.breakBefore[next] !== SOFT) return false;
  const clause = ctx.compact[next]! + ctx.after(next + 1, 23, 'soft');
  return WISH_DECLINED.test(clause) && !TOPIC_TURN.test(clause + ctx.after(next + clause.length, 30, 'hard'));
}

// Round 33 (t33e): a scheme told at length, then judged a scam by the next sentence's opening (…然后让您加微信、…提供银行卡号和验证码。
// 这些全部是骗局 / 以上都是诈骗的套路 / 这都是骗子的手段): the sentence reports what fraudsters ask — not with our own ask in it.
const SCHEME_JUDGED = /^(?:以上|上面|上述|这些|这种|这类|这样|那些|这|那)(?:说法|情况|做法|操作|要求|套路|手段|话术|的)?(?:全部|全都|统统|一律|通通|全|都|基本)*(?:都|也)?(?:是|属于|属|为)(?:典型的?|常见的?|新型的?)?(?:骗局|诈骗|骗子|骗人|套路|圈套|陷阱|钓鱼|假的|冒充)/;
function schemeJudgedNext(ctx: LintContext, start: number, end: number): boolean {
  const rest = ctx.after(end, 90, 'hard');
  const close = end + rest.length;
  if (close >= ctx.compact.length || !SCHEME_JUDGED.test(ctx.compact.slice(close, close + 16))) return false;
  return !TOPIC_TURN.test(ctx.before(start, 90, 'hard') + rest);
}

// Round 29 (t29a): the thing named, then the BUYER told not to act on it, closing the clause (这张图上的电话和二维码千万别联系、别扫;
// 那个号码不要回拨) — not 别扫错了 (a verb that goes on), and no ask of ours or a turn back to the deal after it.
const TOLD_NOT_AFTER =
  /^[^，。！？]{0,8}?(?:千万|一定|请|都|也|可)?(?:别|不要|勿|切勿|请勿|千万别|千万不要|莫)(?:去|再|随便|轻易)?(?:联系|扫|扫码|加|添加|点|点开|打|拨|拨打|回拨|回复|回|信|相信|理|理会|转|转账|付|付款)(?:了|啊|哦|哈|呀|呢)?(?=[，、]|$)/;
function buyerToldNot(ctx: LintContext, end: number): boolean {
  const rest = ctx.after(end, 24, 'soft');
  if (!TOLD_NOT_AFTER.test(rest)) return false;
  const tail = ctx.after(end, 40, 'hard');
  return !TOPIC_TURN.test(tail) && !TURNS_TO_OFFER.test(tail);
}

// Round 29 (t29a): a mistaken belief told, then corrected by a denial in the same sentence (有的买家以为要扫码进群才能入会，其实我们没有
// 任何会员群; 很多人误以为要加微信才能退款，其实不需要) — not a correction that turns to our own way (其实加我微信也行).
const BELIEF_LEAD = /(?:以为|误以为|误认为|当成|当作|错以为)[^]{0,14}$/;
const BELIEF_DENIED = /(?:其实|实际上|事实上|但其实|可实际上)(?:我们|本店|咱们|这边|平台)?(?:是|并|根本|从来|完全)?(?:没有|没|不用|不需要|无需|不必|不是|不|从不)/;
function misbeliefCorrected(ctx: LintContext, start: number, end: number): boolean {
  if (!BELIEF_LEAD.test(ctx.before(start, 16, 'hard'))) return false;
  const rest = ctx.after(end, 40, 'hard');
  return BELIEF_DENIED.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest);
}

// Round 24 (lead, off-platform-trade; shared by every 2.3 rule since round 25, t25a): the thing named closing its clause (its 号 may
// trail), then another off-platform practice in the next clause, and 都 refuses both (当面交易，私下转账都不行; 加微信，私下转账都不行;
// QQ号，微信号我们都不能给). Only when the second item is off-platform too: 私下转账，其他方式都不行 refuses the others, not it; and only
// that next clause (加微信，加QQ都可以，电话都不行 refuses the phone alone), with no ask of ours after it.
const NOT_DOU = '(?:(?!都)[\\u4e00-\\u9fffa-z0-9])';
const REFUSED_WITH_NEXT = new RegExp(
  `^${NOT_DOU}{0,10}?(?:私下|私底下|线下|当面|站外|转账|微信|vx|wx|v信|支付宝|私聊|私信|加我|外面|qq|扣扣|电话|手机号|邮箱|二维码|扫码|收款码|好友|链接|银行卡|卡号|群)` +
    `${NOT_DOU}{0,8}?(?:我们|本店|这边)?(?:也)?都(?:是)?(?:不行|不可以|不允许|不能|不做|不接受|不支持|不考虑|不提供|不方便|不给|不加|不留)(?![吗么嘛])`,
);
const OWN_TAIL = /^(?:号|号码|账号|群|付款|支付|转账|交易|下单)?(?:的话)?$/;
export function refusedWithNext(ctx: LintContext, end: number): boolean {
  const own = ctx.after(end, 4, 'soft');
  const next = end + own.length;
  if (!OWN_TAIL.test(own) || next >= ctx.compact.length || ctx.norm.breakBefore[next] !== SOFT) return false;
  const clause = ctx.compact[next]! + ctx.after(next + 1, 23, 'soft');
  return REFUSED_WITH_NEXT.test(clause) && !TOPIC_TURN.test(clause + ctx.after(next + clause.length, 30, 'hard'));
}

// Round 25 (t25a): the term inside a 不管 / 无论 / 不论 clause (whichever way), then 都 refusing every way or sending them all back to the
// platform (不管是加好友还是留电话，都请在平台上沟通; 无论微信还是QQ都不行; 不论私下转账或者线下付款，一律不接受) — not 都可以 / 都行 (every
// way allowed), and no first-person ask after it (…都不行，加我QQ吧).
const CONCESSIVE_LEAD = /(?:不管|无论|不论)(?:是|您是|你是|您要|你要|您想|你想)?[^]{0,14}$/;
const ALL_REFUSED = /^[^]{0,14}?(?:都|一律|一概|统统|全都|也都)(?:是|要|得|请|只能|必须|需要|麻烦您?|还是)?(?:(?:在|走|通过|回到|用|到)(?:平台|快手|这里|这儿|这边|这个(?:窗口|对话框|聊天框|聊天窗口)|店铺|订单页|官方)|不行|不可以|不能|不允许|不支持|不接受|不提供|不做|不会|没法|没办法|无法|不方便|不给|不加|不留|违规|不合规)/;
function concessiveRefused(ctx: LintContext, start: number, end: number): boolean {
  if (!CONCESSIVE_LEAD.test(ctx.before(start, 16))) return false;
  const rest = ctx.after(end, 40, 'hard');
  return ALL_REFUSED.test(rest) && !TOPIC_TURN.test(rest);
}

// ---- Round 12 (t12a): denial scope over lists, explanations and the buyer's wish ----
// The refusal AFTER the thing refused, closing its clause, over the rest of a 、/和/或 list: 加微信这个真不行, 私下加好友、私下转账、
// 站外下单这些我们都不做, 扫码加群的话确实不可以, 二维码跟加好友无关 — not a question (不行吗), not a condition (不行的话…), and no
// first-person ask after it in the sentence (TOPIC_TURN: 加微信不行，那加我QQ).
// Round 14 (fa14): the potential complement refuses too (私下交易我们这边做不了, 线下付款咱们办不了哈).
// Round 17 (fa17b): …or the giving verb itself refused, often after 就 (微信就不加啦, QQ号就不给啦, 邮箱不用留哈, 面交就不行啦).
// Round 19 (t19bq): …or waved off as not needed, closing the clause (加好友就免了哈, 私下转账就不必了, 扫码就不用了吧); the 们 left by a
// term ending in 我 may open it (转我|们就不必了).
// Round 41 (t41h): …or waved off with 算了 (约饭就算啦, 加微信就算了吧, 见面就算了).
// Round 21 (t21bv): …or the shop says it will not give or scan it (收款码我们不会发的, 二维码这边我们就不扫了).
// Round 22 (t22ds): …or refused with a modal and a verb of doing (加微信私下退款这种方式我们不能做, 这个没法操作); the way or the
// request named as the thing refused (这种方式, 这个要求).
// Round 21 (t21bx): …or named as a feature this chat lacks (“加好友”这个功能这里没有哈, 私信按钮这边没有; round 22: 这个按钮店铺页面是没有的).
const REFUSED_TAIL = new RegExp(String.raw`^(?:们|号|账号|店|店铺|群|链接|上的|那边的?|那个)?(?:的话|${THESE_FEW}|两者|以上|上述|这个|这事|这件事|这种|这些|这类|之类的?|等等?|什么的|这块|方面|呢|嘛|是|的事|的事情)*(?:东西|事情?|操作|做法|方式|方法|途径|形式|渠道|办法|要求|请求|行为|功能|按钮|选项|入口)?(?:这边|这里|(?:店铺|聊天|商品|详情|订单)?(?:页面|界面|窗口)(?:上|里)?)?(?:我们|本店|我们店|我们家|咱们|咱家|咱|我哋|店里|这边|我这边|我们这边|小店|我)?(?:店|家|这边)?(?:真|真的|确实|实在|肯定|绝对|可|是|都|也|一律|一概|统统|全|从来|根本|完全|是真的|恐怕|暂时|就)*(?:免了|不必了|不用了|算了吧?|算啦|大可不必|没必要|(?<=真|真的|确实|实在|完全|根本)(?:不需要|用不着|不用)|不行|不可以|(?:不|不用|不必|无需|不会|绝不会|从不|从来不|绝不)(?:添加|加|给|留|发|报|存|交换|互加|扫)(?:了|啦)?|不收|收不了|(?:添加|加|留|给|扫)不了|(?:没有?|不)开(?:通)?|(?:不能|不可以|没法|没办法|无法)(?:这样|这么)?(?:做|操作|办理|办|弄|搞|接受|支持|提供|安排|答应|处理)|不能|不允许|不被允许|不支持|不提供|不接受|做不到|办不到|没办法|没法|不合规|不方便|不做|不搞|不会做|做不了|办不了|弄不了|搞不了|接不了|不了|没有|不存在|违规|无关|(?:跟|和|与)(?:我们|本店|我们店|我们家|咱们|本店铺)(?:都|也|完全|根本|并|毫)?(?:无关|没关系|没有关系|没有任何关系|毫无关系|不相干))(?:的|了|啦)?(?:哦|哈|呢|啊|呀|喔|噢|哟|啦)*$`);
// (round 17, fa17b: a giving verb refused, then a number or an id given anyway — QQ号不用留，直接加2837465190就行)
const GIVING_REFUSED = /(?:不|不用|不必|无需|不会|绝不会|从不|从来不|绝不)(?:加|给|留|发|报|存|交换|互加|扫)/;
const VALUE_AFTER = /[0-9]{5,}|[a-z]+[0-9]{3,}|[0-9]+[a-z]+[0-9]|直接加|加这个|搜这个|搜一下/;
// (round 21, t21bw: …or a pair taken up again — 打到朋友的微信上，或者加您微信转账，这两种都不行)
// Round 22 (t22ca): …or the ask taken up as a whole by 这个 (您问能不能走闲鱼再转给您，这个我们不做的哈).
const RESUMED = new RegExp(String.raw`^(?:${THESE_FEW}|两者都|这些|这类|以上|上述|这种|这样的?|这个(?=我们|本店|咱们|咱|我这边|这边|店里|是|都|也|真|确实|实在|我们店))`);
// One more list item before the refusal: 、私下转账, 和站外下单 (an item holds no denial unit).
// Round 23 (t23c): …also when the refusal follows the last item with no 都 (私下转账、加微信真的没必要 / 、加微信没必要 / 、加QQ确实不需要):
// an adverb or the refusal's own head may end the item; REFUSED_TAIL, anchored at the clause's end, still judges the rest
// (不需要 / 不用 / 用不着 closing the clause refuse as 没必要 does only after an adverb — 加QQ确实不需要, 私下收款真的不用 — for
// bare they may leave out what is not needed: 直接找我买不用 [交税]).
const LIST_ITEM = /^(?:和|或者?|或是|还有|以及|及)?[^不没无别勿禁]{1,8}?(?=(?:这个|这事|这种|这些|这类|之类|等|什么的|的话|我们|本店|咱们|店里|这边|都|也|一律|一概|统统|全都|真的?|确实|实在|完全|根本|没必要|不需要|不用|不必|大可不必|免了)(?!个))/;
const EMOJI = /\p{Extended_Pictographic}/u;
/** The first unit of compact [pos, pos + len) that an emoji stands before in the draft (the compact view drops emoji), or 0. */
function emojiCut(ctx: LintContext, pos: number, len: number): number {
  if (len < 2) return 0;
  const [from] = ctx.toOriginal(pos, pos + 1);
  const [, to] = ctx.toOriginal(pos + len - 1, pos + len);
  if (!EMOJI.test(ctx.text.slice(from, to))) return 0;
  for (let k = 1; k < len; k++) {
    const [, o1] = ctx.toOriginal(pos + k - 1, pos + k);
    const [o2] = ctx.toOriginal(pos + k, pos + k + 1);
    if (o2 > o1 && EMOJI.test(ctx.text.slice(o1, o2))) return k;
  }
  return 0;
}
function refusedAfter(ctx: LintContext, end: number): boolean {
  let pos = end;
  for (let items = 0; items < 6; items++) {
    // (after() stops before a break at its own start: a later item's first unit is read across it)
    const read = items === 0 ? ctx.after(pos, 24, 'soft') : ctx.compact[pos]! + ctx.after(pos + 1, 23, 'soft');
    // Round 22 (t22by): an emoji closes a chat clause as a comma would (加微信真的没必要🙅‍♀️ 你担心的…, QQ我这边加不了哦🙅 平台…);
    // round 23 (t23a): in every list item, not only the first (私下转账、加微信真的没必要🙅 …).
    const cut = emojiCut(ctx, pos, read.length);
    const rest = cut > 0 ? read.slice(0, cut) : read;
    const item = LIST_ITEM.exec(rest);
    if (REFUSED_TAIL.test(rest) || (item !== null && REFUSED_TAIL.test(rest.slice(item[0].length)))) {
      // …and no first-person ask in the rest of the sentence (加微信不行，那加我QQ).
      const tail = ctx.after(pos + rest.length, 30, 'hard');
      return !TOPIC_TURN.test(tail) && !(GIVING_REFUSED.test(rest) && VALUE_AFTER.test(tail));
    }
    const next = pos + rest.length;
    // The list closed by a comma, then taken up again and refused (私下加微信、私下收款，这几样我们一概不做).
    if (next < ctx.compact.length && rest.length <= 12) {
      const clause = ctx.compact[next]! + ctx.after(next + 1, 23, 'soft');
      if (RESUMED.test(clause) && REFUSED_TAIL.test(clause)) return !TOPIC_TURN.test(ctx.after(next + clause.length, 30, 'hard'));
    }
    // The 、 list goes on: step over the break to the next item.
    if (next >= ctx.compact.length || rest.length > 12) return false;
    const [o] = ctx.toOriginal(next, next + 1);
    if (!/、\s*$/.test(ctx.text.slice(Math.max(0, o - 3), o))) return false;
    pos = next;
  }
  return false;
}

// The act as the subject of a harm: 私下转账会导致您的额度和申报对不上, 站外付款容易被骗, 加私人微信可能会让您的售后没保障.
const HARM_LEAD = /^(?:的话)?[^，。！？]{0,6}?(?<![不没无])(?:会|就会|可能|可能会|容易|将会?|极易|很容易|只会)(?:导致|造成|引起|带来|让|使|被|出现|遇到|产生|吃亏|上当|受骗)/;
const HARM_WORD = /不利|风险|损失|吃亏|对不上|麻烦|纠纷|被骗|受骗|上当|保障|追不回|追回|处罚|违规|封号|扣分|隐患|维权|不安全|泄露/;
// Round 13 (fa13, t13a): the act as the subject of a mishap that nobody covers — 私下转账出了问题平台是没法保障的, 站外交易出了问题您也没有
// 平台的售后保障, 线下付款万一被骗了钱追不回来 (not …出了问题我负责 / 我们照样保障: the protection must be denied, and no 但 after).
// Round 14 (fa14): …or under 的话 a service the platform gives made impossible (私下买的话没法清关, 线下付款的话就没有售后保障了) —
// not with a price or a turn after it (私下买的话没法开票，但便宜三十).
// Round 26 (t26a): …the buyer's money or order may be the subject, the cover denied outright (不走平台的话，您付的钱没有任何保障).
const IMPOSSIBLE_THEN = /^(?:的话)(?:(?:您|你)(?:付|转|买|交)?的?(?:钱|款|货款|订单|权益|东西|货))?[^，。！？]{0,3}?(?:就|是|都|也)?(?:没法|无法|不能|没办法|没有|享受不到|得不到)(?:任何)?(?:正常|办理|走|给您)?(?:清关|报关|申报|售后|保障|维权|退换|退货|退款|追溯|开票|发票|理赔|赔付)/;
const MISHAP_LEAD = /^(?:的话)?[^，。！？]{0,4}?(?:一旦|万一|要是|如果|若)?(?:出了?|发生了?|遇到了?|有了?)(?:任何)?(?:问题|事|纠纷|意外|状况|差错)|^(?:的话)?[^，。！？]{0,4}?(?:一旦|万一|要是|如果|若)?被骗|^(?:的话)?[^]{0,4}?(?:出了?|出现|遇到|发生|有|碰到)(?:了)?(?:任何|什么)?(?:问题|事|纠纷|差错|意外|状况|情况|售后问题|损失)/;
// Round 25 (t25a): …also the cover denied as a potential complement, whoever is named (谁都保障不了您, 平台也赔不了, 我们负责不了).
const UNCOVERED = /(?:没|没有|无法|没法|没办法|不能|不会|不受|得不到|难以|很难|不好)(?:有)?[^，。！？但]{0,10}?(?:保障|保护|追回|追不回|维权|赔付|介入|负责|处理)|追不回|要不回|管不了|(?:保障|保护|保证|负责|赔付|赔|维权|追|处理|介入)不(?:了|到|回来|回)|不予|自行承担|自己承担|后果自负|(?:没|无|不|难)(?:法|有|能|办法|人|会|了)?[^]{0,6}?(?:保障|负责|管|维权|追回|保护|赔)/;
// Round 14 (fa14b): the act's result refused by customs, the platform or the bank (私下付款的订单海关是不认的, 站外付的钱平台不受理) —
// not with a turn or an ask after it; and card details already given to someone, the buyer told to freeze and report (如果已经把
// 卡号或者验证码给出去了，请尽快联系发卡银行冻结).
const NOT_ACCEPTED = /^的?[^，。！？]{0,6}?(?:海关|平台|银行|保险公司|快递公司)[^，。！？]{0,3}?(?:是|都|也|根本)?(?:不认|不承认|不受理|不放行|不予清关|不给清关|不保障|不予保障)/;
const LEAKED_ADVICE = /^[^。！？]{0,12}?(?:给出去|发出去|告诉了?(?:别人|对方|他|她)|泄露|被骗|被盗)[^。！？]{0,20}?(?:冻结|挂失|止付|报警|改密码|修改密码)/;
// Round 20 (t20bt): the buyer's own payment already made out there, told back with no way to recover it or advice to report it
// (您转给那个人的¥500是在平台外转的，我们没收到，也没法帮您追回，建议您报警) — a scam victim answered, not a payment asked for.
const PAID_LEAD = /(?:您|你)(?:之前|已经|刚才|当时)?(?:(?:转给|付给|打给|汇给|转账给)(?!我|咱|本店|店里)|私下转|私下付)/;
const PAID_UNRECOVERED = /追不回|要不回|没法[^，。！？]{0,4}追回|无法[^，。！？]{0,4}追回|报警|冻结|止付/;
// Round 20 (t20bu): …or the act followed at once by the platform's protection denied (站外转账平台没法保障您的权益, 私下付款快手是不保护的).
const UNPROTECTED_NEXT = /^[^，。！？]{0,3}?(?:平台|快手|官方)(?:这边)?(?:是|都|也|就|根本)?(?:没法|无法|没办法|不能|不会|不予|不)(?:给您|为您|帮您)?(?:保障|保护|维权|赔付|受理|介入)/;
/** After the harm is told, a turn back to the deal (但…, 转我, 便宜): no warning then. */
const TURNS_TO_OFFER = /但|不过|可是|转我|发我|给我|便宜|优惠|划算|少收/;
// Round 29 (t29a): …the cover denied with its verb first (私下转账不受平台保护, 私下交易您没有平台的售后保障, 钱货两空), or the platform's
// penalty told as what follows the act (绕开平台交易罚得很重, 发收款码，平台查到会按“发布其他平台信息”处理，店铺要被处罚) — the rule
// explained, not the act offered. Not with a turn back to the deal after it (TURNS_TO_OFFER, TOPIC_TURN).
const UNPROTECTED_FIRST = /^[^，。！？]{0,3}?(?:不受|得不到|享受不到|没有|没)(?:任何)?(?:平台|快手|官方)(?:的)?(?:售后)?(?:保护|保障|监管|担保)|^[^，。！？]{0,12}?钱货两空/;
const PENALTY_NEXT =
  /^[^，。！？]{0,6}?(?:罚|处罚)(?:的|得)(?:很|非常|特别|挺|相当)?(?:重|严)|^[^，。！？]{0,6}?(?:会|要|将)被(?:平台)?(?:处罚|罚款|扣分|封店|封号|判违规)/;
// Across the clause the platform must be the one acting, and a refusal or the way back must follow (…，平台查到会按违规处理，所以不能给):
// 加我微信吧，平台查到会处罚，我们悄悄聊 keeps its ask.
const PENALTY_NEXT_CLAUSE =
  /^[^。！？]{0,10}?(?:平台|官方)[^，。！？]{0,4}?(?:会|要|将|就)(?:被)?(?:按|以|判)?[^，。！？]{0,12}?(?:处罚|罚款|扣分|封店|封号|判违规|违规处理|(?:违规|信息|规则|规定)”?处理)[^。！？]*?(?:所以|因此|不能|不可以|不行|没法|不方便|请(?:在|走|通过)|在这里|这里说|订单页)/;
/** The penalty borne or waved off (平台会处罚的话我们担着, 被罚也没事): no warning. */
const PENALTY_BORNE = /的话|担着|我们负责|我负责|没事|不怕|没关系|无所谓/;
// Round 31 (t31a): …or called unsafe in the very next words, chat-short (sx交易没保障, 私下转账不安全, 线下付款有风险哈) — not with a turn back.
// (round 43, t43a: …the buyer's cover named as the subject after 的话 — 钱不经过平台的话您的售后就没保障了)
// (round 43, t43h: …or the goods sold that way called of unknown source — 私下卖的这类东西来源不明，真的别碰)
const UNSAFE_NEXT = /^(?:的话)?(?:(?:您|你|买家)的?(?:售后|权益|售后权益|钱|货款|资金|交易|退款|订单)|的?(?:这类|这种|那类|那种|这些|那些)?(?:东西|货|产品|商品|针剂|药|药品)|[^，。！？]{0,2}?)(?:是|都|也|就|真的|根本|很|太|可|容易|大多|大都|基本|往往|一般)?(?:没保障|没有保障|没啥保障|没什么保障|无保障|不安全|不靠谱|有风险|风险(?:很|太|挺)?大|不保险|容易被骗|易被骗|会被骗|来源不明|来路不明|来历不明)/;
/** The sentence closing at compact `close` ends in a question mark (加我微信不安全？放心加吧: the worry asked back, then waved off). */
// Round 31 (t31f): …and waved off in the next sentence (放心, 没事, 不会的, 哪有); a worry asked back and confirmed (…不安全？是的，所以请在
// 平台沟通) stays a warning.
// (round 32, t32a: …or called safe with a degree word, or riskless — 挺安全的, 很靠谱, 没风险)
const WAVED_OFF = /^(?:亲|哎|嗨|害|哈哈?)?(?:放心|没事|没问题|别担心|不用担心|不用怕|别怕|不会|怎么会|哪有|哪里|哪会|安全|靠谱|绝对安全|不存在|(?:挺|很|特别|非常|绝对|当然|肯定|超|蛮)(?:安全|靠谱|保险|稳妥)|没(?:有|啥|什么)?风险)/;
function askedBack(ctx: LintContext, close: number): boolean {
  if (close <= 0 || close >= ctx.compact.length) return false;
  const at = ctx.toOriginal(close - 1, close)[1];
  return /^[\s"'”’」』）)]*[？?]/.test(ctx.text.slice(at, at + 4)) && WAVED_OFF.test(ctx.compact.slice(close, close + 8));
}
// Round 43 (t43m): someone else's ask put as a supposition, then the buyer told to pay it no heed (扫码后如果让您付费或者拉您进什么群，那就
// 不是随书的内容，别理它; 要是有人打电话拉你进退款群，别搭理就行): a warning — not our own ask (我拉您进群，别理那些说群是骗人的), nor a heed
// word before the ask (系统提示别理它，我拉您进群), nor a turn back to an offer after it.
const SUPPOSED_ASK = /(?:如果|要是|假如|万一|若是?|倘若|有人|谁)[^]{0,24}$/;
const IGNORE_IT = /(?:别|不用|不要|不必|千万别)(?:去)?(?:理|搭理|理会)(?:它|他|她|会)|(?:别|不用|不要|不必)(?:去)?(?:搭理|理会)|直接无视|无视(?:它|就好|即可|就行)/;
function ignoreFollows(ctx: LintContext, start: number, end: number): boolean {
  const rest = ctx.after(end, 40, 'hard');
  const lead = ctx.before(start, 30, 'hard');
  return SUPPOSED_ASK.test(lead) && !/我(?:们)?(?:来|先|就|会|帮您|给您)?$/.test(lead) && IGNORE_IT.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest);
}
function harmFollows(ctx: LintContext, end: number): boolean {
  const rest = ctx.after(end, 40, 'hard');
  if (UNSAFE_NEXT.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest) && !askedBack(ctx, end + rest.length)) return true;
  if (UNPROTECTED_NEXT.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest)) return true;
  if (UNPROTECTED_FIRST.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest)) return true;
  if ((PENALTY_NEXT.test(rest) || PENALTY_NEXT_CLAUSE.test(rest)) && !PENALTY_BORNE.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest)) return true;
  if (PAID_LEAD.test(ctx.before(end, 30, 'hard')) && PAID_UNRECOVERED.test(rest + ctx.after(end + rest.length, 30, 'hard')) && !TOPIC_TURN.test(rest) && !/转我|发我|给我|再转|重新转|补(?:转|款|差价)/.test(rest)) return true;
  if ((NOT_ACCEPTED.test(rest) || LEAKED_ADVICE.test(rest)) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest)) return true;
  if (IMPOSSIBLE_THEN.test(rest) && !TOPIC_TURN.test(rest) && !TURNS_TO_OFFER.test(rest)) return true;
  if (MISHAP_LEAD.test(rest) && UNCOVERED.test(rest) && !TOPIC_TURN.test(rest) && !/但|不过|可是|转我|发我|给我/.test(rest)) return true;
  if (!HARM_LEAD.test(rest) || TOPIC_TURN.test(rest) || REASSURED.test(rest)) return false;
  return HARM_WORD.test(rest) && !/(?:不会|没有|不用担心|无)(?:任何)?(?:风险|麻烦|损失|问题)/.test(rest);
}

// The buyer's wish restated, then turned down later in the reply: 您要我的微信方便以后直接找我拿货…不过平台规定不能在这里给站外联系方式.
// Round 14 (fa14): …or the buyer's request of us restated (您留言说让我们给您回个电话, 您之前叫我们…), refused with an apology and a can't
// (抱歉客服这边没有外呼).
// Round 25 (t25a): …or the thing itself named as the buyer's request right before it (您要的微信号，抱歉没法给; 你要的QQ，这个给不了).
const WISH_LEAD = /(?:您|你)(?:是|说|刚才|之前)?(?:想要|想|要(?!是|不|的|么|么)|希望|需要|打算)(?!的)[^]{0,16}$|(?:您|你)(?:刚才|之前|刚刚)?(?:想要|要|要求|问)的(?:那个|这个)?$|(?:明白|理解|知道|懂)(?:您|你)?(?:的意思|的想法|的心情)?[^]{0,3}?(?:想要|想|希望|打算)(?!的)[^]{0,16}$|(?:您|你)(?:刚才|之前|上次)?(?:留言|在留言里|发消息|私信)?(?:说|提到)?(?:想|希望|是想)?(?:让|叫|请|要求)(?:我们|客服|店家|商家|我)[^]{0,14}$/;
const WISH_REFUSED = /(?:不过|但是|但|可是|只是|然而|可惜)[^]{0,14}?(?:不能|不可以|不允许|不方便|没法|没办法|不行|做不到|不支持|禁止)|(?:抱歉|不好意思|对不起)[^]{0,10}?(?:不能|不可以|不允许|不方便|没法|没办法|不支持|不提供|做不到|没有(?:外呼|电话客服|电话服务|这项服务|这个服务|私人)|(?:只能|必须|都要|都得|需要)(?:用|在|走|通过|按)(?:平台|快手|店铺|订单|官方))/;
// Round 39 (t39a): …or a visit wished for turned down by the place's own gate (您想来仓库看货，保税仓是海关监管区，外人进不去的; 您要来工厂参观？
// 厂区不对外开放): nobody may come, whoever asks — not with a way in after it (TOPIC_TURN; the place's other hits are judged on their own).
const GATE_CLOSED = /(?:外人|外来人员|非工作人员|闲杂人等|普通人|个人|买家|顾客|客人|访客|您|你)(?:是|都|一律|也|一般|根本|肯定)*(?:进不去|进不来|进不了|不能进|不让进|不允许进|禁止进入|不能参观|不能来|来不了)|不对外开放|不对外|谢绝(?:参观|来访|到访|进入)|不接待(?:个人|散客|买家|顾客|参观|来访|外来)/;
// Round 14 (fa14): …or the buyer's proposal quoted as theirs (您说“下次直接找你们买，别走平台”…不过真的不行哈).
// Round 20 (t20bu): …or turned down by the platform's path made a must (不好意思，退货必须在订单页提交申请).
// Round 41 (t41h): …or turned down bare, in a clause of its own that closes on the refusal (您说想先扫码付给我——收款码不发哈，拍下就行;
// 您想要我微信，这个不给哦，有事这里说), right after the hit — not one that goes on (不发票也行), nor with our own way handed over after it
// (…不发，转我就行), nor this place's own lack (…得到我们拼夕夕的店里办，这边系统不支持: the way elsewhere kept).
const BARE_REFUSAL = /(?:^|[，,、；;—\-])(?:(?!这边|这里|平台|系统|快手|官方)[^，,。！？!?]){0,8}?(?:就|是|都|也|一律|一概|暂时|真的)?(?:不发|不给|不加|不收|不留|不提供|不支持|不接受|发不了|给不了|加不了|不行)(?:的|了|啦)?(?:哦|哈|呢|啊|呀|喔|噢|哟)*(?=[，,。！？!?～~…]|$)/;
const OWN_WAY_AFTER = /转我|转给我|付给我|付我|打给我|发您|发你|私发|私下|微信|vx|支付宝|zfb|加我|找我|联系我|另外|换个/;
function wishRefused(ctx: LintContext, start: number, end: number): boolean {
  if (!WISH_LEAD.test(ctx.before(start, 18, 'hard')) && !othersQuote(ctx, start, end)) return false;
  const [, o] = ctx.toOriginal(end - 1, end);
  const rest = foldedTail(ctx.text.slice(o, o + 90));
  const m = WISH_REFUSED.exec(rest) ?? gateClosed(rest);
  if (m !== null) return !TOPIC_TURN.test(rest.slice(m.index));
  const own = ownOrAnswer(rest);
  const b = BARE_REFUSAL.exec(own);
  return b !== null && b.index <= 10 && !OWN_WAY_AFTER.test(rest.slice(b.index + b[0].length)) && !TOPIC_TURN.test(rest);
}
const foldedTail = (t: string) => t.replace(/[\s～~]/g, '');
/** GATE_CLOSED in ownOrAnswer, with no yes to the visit before it (可以的，不过外人进不去…; 欢迎，…). */
const VISIT_WELCOMED = /可以|没问题|欢迎|随时|来吧|过来吧|行的|好的/;
function gateClosed(rest: string): RegExpExecArray | null {
  const m = GATE_CLOSED.exec(ownOrAnswer(rest));
  return m && !VISIT_WELCOMED.test(rest.slice(0, m.index)) ? m : null;
}
/** The rest of the hit's sentence, and the next one when the wish was asked back (您要来工厂参观？厂区不对外开放的). */
const ownOrAnswer = (rest: string): string => /^[^。！!\n]*?[？?]/.exec(rest)?.[0].concat(rest.slice(rest.search(/[？?]/) + 1).split(/[。！？!?\n]/)[0]!) ?? rest.split(/[。！？!?\n]/)[0]!;
// ---- end round 12 (t12a) ----

// Round 10 (fa10): what the buyer named or met, disowned — asked back and debunked in the next sentence (您说在QQ上跟我们聊过？
// 那不是我们), or disowned right after it (您说的那个微信号我们不认识, 您收到的那个二维码不是我们的) — no first-person ask after it.
const BUYER_NAMED = /(?:您|你)(?:刚才|之前)?(?:说|提到|加|收到|看到|遇到|接到|碰到)(?:的|了)(?:那个|这个|一个)?$/;
const DISOWNED_AFTER = /^(?:号|账号|号码)?(?:我们|本店|我们店|这边|我们这边)(?:并|根本|从来|都|也|确实)?(?:不认识|不知道|没听说过?|没见过|没有|不是我们的|不是本店的|查不到)/;
const OTHERS_SAID = /(?:朋友|家人|别人|有人|网上|同事|闺蜜|邻居)(?:说|讲|告诉您|告诉你)/;
const OUR_DENIAL_NEXT = /^(?:我们|本店|我们店|这边|咱们|店里)?(?:并|根本|从来|也|都)?(?:没有|不是|没|不会|从没|从来没)/;
function buyerNamedDisowned(ctx: LintContext, start: number, end: number): boolean {
  const after = ctx.after(end, 40, 'hard');
  if (TOPIC_TURN.test(after)) return false;
  if (BUYER_NAMED.test(ctx.before(start, 10)) && DISOWNED_AFTER.test(after)) return true;
  const lead = ctx.before(start, REPORT_REACH, 'hard');
  // (round 12: …a friend's or someone's word asked back, our denial opening the next sentence — 您朋友说加了我们微信？我们没有对外的微信)
  if (OTHERS_SAID.test(lead) && endsAsQuestion(ctx, end)) {
    const close = nextSentenceStart(ctx, end);
    if (OUR_DENIAL_NEXT.test(ctx.compact.slice(close, close + 12))) return true;
  }
  // (round 12: …or someone else's report asked back and debunked — 您朋友说加了我们微信？我们没有对外的微信)
  return ((/您|你/.test(lead) || /您|你/.test(ctx.after(end, 12, 'hard'))) && buyerReportedThenDenied(ctx, lead, end)) || reportedThenDenied(ctx, lead, end);
}

// Round 9 (fa9): the topic named, then disowned as a kind in its own clause — 扫码加群领福利这种活动我们店是没有的,
// 加微信返现之类的事我们从来不做; or something received of that kind brushed off — 收到类似的卡片或者私信请直接忽略.
// Not when a first-person ask follows (…没有的，加我微信就行: TOPIC_TURN).
const TOPIC_DISOWNED = /^[^]{0,12}?(?:(?:这种|这类|这样的|此类|之类的?|这些|那种|那类)(?:活动|事情?|东西|服务|业务|玩法|操作|做法|方式|情况|消息|福利)?|(?:这个|那个)(?:活动|服务|业务|玩法|福利))(?:我们|本店|我们店|我们家|店里|咱们|咱家|小店)?(?:店|家|这边)?(?:是|都|从来|一律|也|绝对|根本)?(?:没有|不做|不搞|没搞|不会|不提供|不存在|从来没有|从没|没做)/;
// (round 17, fa17b: …or 这个/那个 with its noun — 加微信领小样这个活动我们没有哦)
// The same phenomenon as written by the 2.3/2.4 tuner at the same time, over the hard view and 24 units; both are
// kept (each catches wordings the other does not) and read together in topicDisowned.
const TOPIC_DENIED = /^[^]{0,8}?(?:这种|这类|这样的|此类)(?:活动|事情|事儿|事|情况|做法|操作|行为|东西|福利|要求)(?:我们|本店|我们店|咱们|咱家|店里|我这边|我们这边)?(?:是|都|也|从来|一直|绝对|根本)?(?:没有|不做|不会|不搞|不支持|不存在|没做过|从没|从来没|不允许)/;
// Round 10 (fa10): the denial first, the kind after it — 那是印刷厂的广告，我们没有这个活动 / 我们店从来不搞这种活动.
const KIND_DENIED = /^[^]{0,24}?(?:我们|本店|我们店|我们家|店里|咱们|咱家|小店)(?:店|家|这边)?(?:从来|根本|并|也|都|一直)?(?:没有|没搞过|没做过|没搞|不搞|不做|从没有?|从来没有?)(?:过)?(?:这个|这种|这类|此类|这样的|类似的?)(?:活动|福利|玩法|服务|业务|操作|东西)(?!的)/;
const RECEIVED_KIND = /收到(?:了)?(?:类似|这种|这类|此类|陌生|不明|可疑|奇怪|同样)/;
const IGNORE_AFTER = /^(?:(?!加我|找我|联系我|私我|给我|发我)[^]){0,20}?(?:请|就|可以|都)?(?:直接)?(?:忽略|无视|删掉|删除|不用理|别理|不要理)/;
// Round 41 (t41m): …or a private date offered after the refusal (约饭就算了，改天私下约你; 见面就不必了，下次单独约您出来).
const TOPIC_TURN = /加我|找我|联系我|私我|私聊|我的(?:微信|电话|号)|打我|我(?:的)?(?:私人|个人)(?:电话|手机|号)|私下(?:约|见|联系|聊)|(?:改天|下次|回头|以后)(?:再|私下|单独)?约(?:你|您|顿饭)|单独约|约(?:你|您)(?:出来|吃|喝|见|看|玩|逛|一起)/;
// Round 10 (fa10): the topic announced in a clause of its own (说到扫码，我们店从来不需要您扫任何码 / 关于转账，我们一律不接受),
// the next clause opening with the shop's denial — not when a first-person ask follows (TOPIC_TURN).
const TOPIC_LEAD = /^(?:说到|讲到|谈到|提到|说起|关于|至于|对于)(?:您说的|您提到的|您问的)?[^]{0,4}$/;
const TOPIC_TAIL = /^(?:的?(?:事|事情|问题|这件事|这个事|这块|这方面|方面))?$/;
const DISOWN_NEXT = /^(?:我们|本店|我们店|我们家|店里|咱们|咱家|我这边|我们这边|这边|小店)?(?:店|家)?(?:是|都|从来|一律|也|绝对|根本|完全|一直)*(?:不需要|不用|不会|没有(?!问题)|不做|不提供|不支持|不接受|不允许|从不|从没|从未|不存在|不搞|绝不|无需|不要)/;
function topicLeadDisowned(ctx: LintContext, start: number, end: number, after: string): boolean {
  if (!TOPIC_LEAD.test(ctx.before(start, 8))) return false;
  const tail = ctx.after(end, 6);
  if (!TOPIC_TAIL.test(tail) || tail.length === after.length) return false;
  const next = after.slice(tail.length);
  return DISOWN_NEXT.test(maskMatches(next, NOT_DENIALS)) && !TOPIC_TURN.test(next);
}
function topicDisowned(ctx: LintContext, start: number, end: number): boolean {
  const after = ctx.after(end, 40, 'hard');
  if ((TOPIC_DISOWNED.test(ctx.after(end, 40)) || TOPIC_DENIED.test(ctx.after(end, 24, 'hard'))) && !TOPIC_TURN.test(after)) return true;
  if (topicLeadDisowned(ctx, start, end, after)) return true;
  if (KIND_DENIED.test(after) && !TOPIC_TURN.test(after)) return true;
  return RECEIVED_KIND.test(ctx.before(start, 16)) && IGNORE_AFTER.test(after);
}

// Round 17 (fa17b): the place where the buyer saw something (您在朋友圈看到的那个“XX海外购”…), and the shop denying that very
// channel later in the reply (…我们没有朋友圈账号): the channel is the buyer's report, disowned. Not when our own ask follows.
const SEEN_AT_BEFORE = /(?:您|你)(?:是|之前|刚才|前几天)?(?:在|从)$/;
const SEEN_AT_AFTER = /^(?:上|里|那边)?(?:看到|刷到|收到|看见|搜到|遇到)/;
function seenThereDenied(ctx: LintContext, start: number, end: number): boolean {
  if (!SEEN_AT_BEFORE.test(ctx.before(start, 8)) || !SEEN_AT_AFTER.test(ctx.after(end, 6))) return false;
  const term = ctx.compact.slice(start, end);
  const again = ctx.compact.indexOf(term, end);
  if (again < 0 || again - end > 80) return false;
  if (TOPIC_TURN.test(ctx.compact.slice(end, Math.min(ctx.compact.length, again + term.length + 30)))) return false;
  return denied(ctx, again);
}

// Round 22 (t22ca): someone else's words quoted (您提到的“客服加一下QQ我把卡号发你”, 对方说的“加微信领赔偿”), then disowned right after the
// closing mark as a thing the shop does not have or do (这个流程我们没有, 这种做法我们不存在, 不是我们发的) — no first-person ask after it.
// (round 36, t36d: …or the payment it asks refused by kind, 您发的“…转你省手续费”，我们不收任何站外转账 / 不接受私下付款)
const QUOTE_DISOWNED = /^(?:(?:这个|这种|这类|这样的?|那个|那种|此类)(?:流程|做法|操作|说法|要求|规矩|规定|办法|方式|渠道|活动|事|事情|服务|玩法|政策)?)?(?:我们|本店|我们店|我们家|咱们|咱家|店里|这边|我这边|我们这边|平台)?(?:店|家)?(?:是|都|从来|一律|也|绝对|根本|完全|并|压根)*(?:没有(?!问题)|不存在|不做|不搞|不会|不认|(?:不收|不接受|不支持|不接)(?:任何|这种|这类)?(?:站外|私下|线下|微信|支付宝|私人)?(?:的)?(?:转账|付款|收款|汇款|打款|交易)|(?:不收|不接受|不支持)(?:的|哈|哦|呢|啦)*$|没听说过?|不是我们|不是本店|不是官方|不是平台|与我们无关|跟我们无关|和我们无关)/;
// Round 36 (t36g): …or a quote with no speaker opening its sentence, taken up as a kind right after it (“我微信转你”这种，我们不收站外转账;
// “加v领红包”这类，我们没有): the demonstrative makes it an example of what is said, not our words.
const QUOTE_AS_KIND = /^(?:这种|这类|这样的?|此类|那种|那类|之类的?)/;
function quoteDisowned(ctx: LintContext, start: number, end: number): boolean {
  const pair = quotePair(ctx, start, end);
  if (pair === undefined) return false;
  const rest = ctx.text.slice(pair[1] + 1, pair[1] + 48).replace(/[\s，,、：:]/g, '');
  if (!othersQuote(ctx, start, end) && !(QUOTE_AS_KIND.test(rest) && /(?:^|[。！？!?\n])\s*(?:亲亲?|您好|你好)?[，,\s]*$/.test(ctx.text.slice(Math.max(0, pair[0] - 8), pair[0])))) return false;
  const stop = rest.search(/[。！？!?\n]/);
  const clause = stop < 0 ? rest : rest.slice(0, stop);
  return QUOTE_DISOWNED.test(clause) && !TOPIC_TURN.test(clause);
}

/** 您问能不能到仓库自提，不好意思，我们只支持快递发货: the buyer's ask restated and declined (round 8, detect/answered.ts). */
function buyerAskDeclined(ctx: LintContext, start: number, end: number): boolean {
  return askNear(ctx, start) && askedThenDeclined(ctx, ctx.before(start, REPORT_REACH, 'hard'), end);
}

// What someone else may ask, the mention inside it, and the advice to brush it off after it: 如果有人打电话…让您报银行卡号…请直接挂掉.
// Not when the brush-off comes first (有人找您的话直接忽略，加我微信) or our own ask follows it (…别给，发我就行).
// (round 32, t32c: …or the ask called false with certainty — 如果有人用QQ联系您说要退款，一定是假的)
const BRUSH_OFF = /(?:(?:一定|肯定|绝对|都|全)是(?:假的|骗子|骗人的|诈骗|冒充的)|直接挂|挂掉|挂断|拉黑|不要理|别理|不用理|不予理|忽略|别给|不要给|不要提供|别提供|别信|不要信|不要相信|拒绝|举报|报警|不要加|别加|不要添加|别添加|不要扫|别扫|不要点|别点|禁言|封禁|(?:不要|别)(?:随便|轻易|乱)(?:加|添加|扫|点|给|信))(?:(?!给我|发我|找我|加我|转我|联系我|私我)[^])*$/;
// Round 15 (fa15): …or a named third party's ask (如果快递员让您加微信签收，您可以拒绝); the brush-off may be 请不要加 / 已禁言.
// (round 22, t22cc: …the ask reported with its verb, 快递员说要加您微信, 骑手想加你好友; the brush-off 陌生人别随便加)
const OTHER_ASKER = /有人|(?:快递员|快递小哥|骑手|配送员|派送员|司机|陌生人|对方|别人|网友|陌生号码)[^]{0,6}(?:让|叫|要|要求|请|私信|打电话|发消息)(?:加|添加|扫)?(?:您|你)/;
function othersAsk(ctx: LintContext, start: number, end: number): boolean {
  if (!OTHER_ASKER.test(ctx.before(start, 40, 'hard'))) return false;
  const tail = ctx.after(end, 40, 'hard');
  if (BRUSH_OFF.test(tail)) return true;
  // Round 22 (t22cc): …the buyer's report echoed as a question, the brush-off in the next sentence (快递员说要加您微信发定位？这个不是我们
  // 安排的哈…陌生人别随便加).
  if (!endsAsQuestion(ctx, end)) return false;
  const close = end + tail.length;
  return BRUSH_OFF.test(ctx.compact.slice(close, close + 50));
}

/** Denied or warned about. */
export function defused(ctx: LintContext, start: number, end: number): boolean {
  return denied(ctx, start) || warningContext(ctx, start, end);
}

// The reply sends the buyer back to the platform chat for the same thing right after naming the other channel:
// 不方便发邮箱的话，直接在这个对话框里发给我就行 / 微信里搜不到的，有事就在这里说.
// (round 11: …or the chat's own tool named for it: 这边直接点对话框的“+”号就能发图)
// (round 19, t19bs: …or the chat as a bare 这 — 图片直接在这发就行)
// (round 22, t22by: …or its + button pressed on the way — 图片直接在这个对话框点➕上传就可以)
const HERE_INSTEAD = /(?:直接|就|都|只|请)(?:在|到|用)(?:这里|这儿|这边|这个(?:对话框|聊天框|窗口|聊天窗口|页面)|这(?=里|上|内|发|说|传|上传|告诉|沟通)|对话框|聊天框|聊天窗口|平台|快手|订单页|订单详情)(?:里|上|内)?(?:直接)?(?:点(?:一下)?(?:\+|加号|图片|相册)?)?(?:发|说|告诉|上传|传|沟通|联系|处理|喊|问|找)(?![^]{0,4}(?:不方便|不安全|不了|不行|麻烦))|(?:这边|这里|直接)(?:直接)?(?:点|用)(?:一下)?(?:这个)?(?:对话框|聊天框|输入框|聊天窗口)[^]{0,8}?(?:发|传|上传)/;
/** After compact `end`, in the same sentence, the buyer is sent back to the platform chat for it (no value may be given). */
export function hereInstead(ctx: LintContext, end: number): boolean {
  return HERE_INSTEAD.test(ctx.after(end, 30, 'hard'));
}

/** Compact range of a folded range. */
export function compactRange(ctx: LintContext, foldedStart: number, foldedEnd: number): [number, number] {
  const s = ctx.compactIndexOfFolded(foldedStart);
  const e = Math.max(s + 1, ctx.compactIndexOfFolded(foldedEnd));
  return [s, e];
}

/** Compact ranges already reported by a rule (moved to rules/spans.ts; the engine uses it too). */
export { Spans } from '../spans';
