// 2.5: pressure by repeated contact — 天天打电话, 每隔一小时提醒您, 一直私信您直到您改, 不改好评我们每天都会
// 联系您, phone-bombing (你手机别想安静), every channel at once (短信、打电话、发邮件，总有一个您能看到), 天天@你,
// the same sentence sent again and again in one message, even apart (在吗？…在吗？…在吗？; spam.ts takes runs),
// a new number after being blocked (换个号继续找你), ads forced on the buyer (拉进广告群, 不想看也得看), calls at
// midnight, dogging (一直盯着你直到…), the buyer's family, neighbours or colleagues contacted to lean on them; any
// frequency then any contact or visit verb in the clause (每小时给您预留的手机号发一条短信, 天天来“问候”您), until the
// buyer gives in (求到您改为止), calls and texts already sent then the review asked again, reminder counts (今天已提醒
// 第6次), a flood of calls promised (以后电话少不了，慢慢接吧). Round 5: contact that stops only if the review changes (您改一下
// 的话，我们就不用每天给您打电话啦 — the denial is the carrot), English frequency with a condition (if u don't remove the
// review, we will call u every day), the buyer's phone promised busy (你的手机会很热闹的), changing numbers futile (号码换了也
// 没用，新号照样能打通), family or colleagues contacted over a review (跟他们沟通, 联系了您家人), giving in however said
// (直到您放弃/妥协为止), the shop's messages every day (每天一睁眼就能看到我们的消息), pushes the buyer cannot stop (不能退订),
// a late-night call that asks for the review (凌晨三点给您发消息…改一下评价), a count of our contacts beside the review (已经给
// 您发了二十多条消息), the buyer's own posts used (去您的每个作品底下留言), stopping only on the review (什么时候删什么时候停),
// contact until the review is gone (直到看不见为止), the count of messages told (第十五条消息).
// Round 7 (fa7): a deadline (24小时内联系您) is no frequency; a denied frequency (您不用一直来问，有消息我主动找您) presses no one.
// Round 8: a contact addressed to the buyer (给您发, 给你打) is the shop's; not answering as the condition (不接我就一直打 — the 不
// denies nothing); asking again (没改我十分钟后接着问); 删评就停 after a flood named (短信轰炸); refusal to unsubscribe however said
// (回复TD也不会退订). Not: the buyer as the one who goes on (如果您继续发送辱骂内容…), a count with its reason (第三次联系您是因为清关
// 需要补充身份证信息), the buyer told to turn to the platform (您还可以继续找平台).
// Round 6: three clock times in a row (早上七点、中午十二点、晚上九点各联系您一次), late night (晚上十一点以后), many at once
// (一天发三十条, 每个同事都打一遍, 排着队), sooner or later (总有您接的时候), until the buyer gets it (发到您收到为止), one day for
// one day (您一天不改评价，他一天不下班), a comment per refund by 小号, rotating staff until the review changes (轮班…什么时候改
// 什么时候结束), numbers changed (换着号码打), 一直寄下去, the unanswered told more is coming (还不接，下周加倍), channels lined up
// (都安排上了，您挑一个回). Round 7: numbers counted for contacting the buyer (用三个号码给您发过短信了，还有七个号码可以用),
// dogging said at the sentence end (不删的话…我们会一直盯着你的; 盯着你的包裹 stays a parcel), the phone made to ring until
// the buyer gives in (手机会一直响到您撤销投诉为止), 留言 and 加您 as contact verbs, 一个一个加您. Not: 早中晚各吃一次 (a dose). Not: a count with its reason or a stop once the buyer acts on the order (这是第三次联系您，因为…
// 修改后我们就不再打电话了), the buyer's own count (您第三次问), 跟进到您收到货为止, a range of hours (9点到11点),
// someone else calling (对方客服天天给您打电话？那不是我们).
// Not: a single follow-up (明天我再跟进一下), daily tracking told as service (每天帮您盯着进度), channels listed
// for notices (我们会通过短信、电话通知您物流), quiet phones (开启勿扰模式手机就安静了), courtesy repeated (谢谢亲！×3),
// subscribed pushes (订阅后每天推送，可退订), dosing (每天吃两粒), service until satisfied (跟进到您满意为止), a second notice, a parcel watched (一直盯着您的包裹), family as the receiver (家人代收),
// the system, not us, pushing a status notice (清关放行以后系统会推送给您).
// Also not: a carrot about anything but the review (改地址的话就不用再打电话确认), the buyer told to contact us (您的同事也买过，
// 退货的话联系我们就好), a new number noted (换了号码记得改一下), someone posing as us (有人冒充我们天天给您打电话).
// Round 9: a count of messages sent to the buyer's phone or inbox (已经给您手机发了30条短信了，您还不回复的话明天开始翻倍发).
// Round 10: asking, reporting or adding the buyer over and over (不回我就一直问, 天天举报你的号, 每天加您一次好友), until the account
// is gone (举报到封为止) or the buyer agrees (加到你同意为止), the count of our calls (今天第9通电话了). Not: 一直是想帮您解决问题, late
// hours denied (不会在深夜主动打扰您), a call count with its reason (第三通电话了，因为清关…).
// Round 12 (t12d): a count of calls or messages so large it presses by itself (已经给您打了12个电话, 私信您十几条, 十五个未接来电都是
// 我们打的); contact at night about the review whatever the verb (凌晨两点打扰啦…好评的事); contact kept up until the buyer yields
// (换到您接, 一直到您回); the team in turns (轮番上阵); review chasers (催评专员); 差评一天不删…一天; 第8条啦; numbers changed after a
// block (换了好几个号码). Not: a courier's calls, goods counted (发了10个样品), rules numbered (第五条), the buyer's night (您凌晨发的评价).
// Round 14 (t14b): contact in the formal register (与您联系, 回访您, 致电您); daily contact announced because the buyer has not
// yielded (因您未配合修改评价，客服将于每日…与您联系); contact until the buyer yields (私信到你把差评删了为止, 催到您确认收货才停).
// Round 15 (t15b, by shape): tit for tat per dispute act or per unit of time it stands (你投诉一次我就换个小号加你一次, 差评挂一天，我就
// 用小号给你发一天私信; not a system notice or a gift per order); 物流 as what we send (每天给你发一遍物流截图，发到你同意撤销为止) is no
// other actor.
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { cueRule, re, sentenceStarts, type Cue } from '../detect/cue-rule';
import { firstAtLeast } from '../sorted';
import { THIRD_PARTIES } from '../context-words';

/** Three clock times in a row (早上七点、中午十二点、晚上九点; not a range 9点到11点): contact scheduled over and over. */
const CLOCK_LIST = '[0-9一二三四五六七八九十两]+点[^]{0,4}[0-9一二三四五六七八九十两]+点[^]{0,4}[0-9一二三四五六七八九十两]+点';
/** Late at night (晚上十一点以后, 凌晨四点, 深夜十点后). */
const LATE_NIGHT = '(?:(?:晚上|夜里|深夜|今晚|每晚|今天晚上|每天晚上)(?:十一|十二|11|12)点|(?:半夜|凌晨)[0-9一两二三四五]点|(?:晚上|夜里|深夜)(?:十|10)点(?=以后|之后|后))(?!前|之前|以前)';
/** Many contacts at once: 一天发三十条, 每个同事都打一遍, 排着队给您打, 挨个打. */
const MANY = '一个一个(?:加|打|发|找)|一天(?:发|打)?(?:[3-9]|[1-9][0-9]|[三四五六七八九十几]|[二三四五六七八九]?十[一二三四五六七八九]?)(?:条|个|通|封)|每个(?:同事|客服|人|员工|店员)|排着队|排队给|挨个';
/** How often: the frequency words that make a contact verb pressure. */
const OFTEN = new RegExp(
  String.raw`(?:天天|每天|每日|每晚|每早|每隔|每小时|每个小时|每半小时|每分钟|(?<![0-9一二三四五六七八九十两半])[0-9一二三四五六七八九十两半]+个?(?:小时|分钟)(?![内之以])|一直|不停|反复|轮流|轮番|持续|(?:24|二十四)小时(?![内之以])|早中晚|半夜|深夜|凌晨|隔三差五|三天两头|一遍遍|一次又一次|继续|接着|还会|不断|频繁|第[0-9一二三四五六七八九十]+次|一个一个|明天后天|日夜|没日没夜|一天[0-9一二三四五六七八九十几]+[次遍]|每[0-9一二三四五六七八九十两半]+|(?:晚上|夜里|半夜|凌晨)(?:十二|12|一|1|两|2|三|3)点|${CLOCK_LIST}|${LATE_NIGHT}|${MANY})`,
);
/** Frequency words that are pressure by themselves (nobody is called 天天 as a service). */
const HARASSING = new RegExp(String.raw`${CLOCK_LIST}|${LATE_NIGHT}|${MANY}|每[0-9一二三四五六七八九十两半几]+(?:分钟|秒)|天天|轮流|轮番|不停|半夜|深夜|凌晨|(?:晚上|夜里|半夜|凌晨)(?:十二|12|一|1|两|2|三|3)点|每隔|每小时|每个小时|每半小时|每分钟|(?:24|二十四)小时(?![内之以])|早中晚|一遍遍|隔三差五|三天两头|日夜|没日没夜|频繁|一天[0-9一二三四五六七八九十几]+[次遍]`);
/**
 * Round 14 (fa14): the buyer's worry restated as a question and denied right after it (您担心退货后我们会一直打电话烦您？不会的, 您是怕我们
 * 天天催您吗？放心，不会) — not the worry confirmed (您担心我们会一直打？对，不改就一直打).
 */
const WORRY_LEAD = /(?:您|你|买家|顾客)(?:是|是不是|可能|应该)?(?:担心|怕|害怕|顾虑|以为|觉得|误会)[^]{0,20}$/;
const WORRY_DENIED = /^[^？?。！!\n]{0,12}?[？?][\s，,、!！~～]*(?:亲|您好)?[\s，,、]*(?:放心[\s，,、]*)?(?:不会|不会的|绝对不会|当然不会|肯定不会|没有|不是|不用担心|放心)(?![^。！？!?\n]{0,16}(?:但|不过|要是|如果|除非|只要|否则))/;
function worryDenied(ctx: LintContext, start: number, end: number): boolean {
  if (!WORRY_LEAD.test(ctx.before(start, 24, 'hard'))) return false;
  const at = ctx.toOriginal(end - 1, end)[1];
  return WORRY_DENIED.test(ctx.text.slice(at, at + 40));
}

/** A condition or an ultimatum: until you change the review, unless you confirm, see who lasts longer. */
// (round 38, t38h: …or a refund insisted on — 执意要退的话，接下来一个月您每天都会收到我们的短信和电话; 非要退货的话)
const PRESSURE =
  /(?:执意|坚持|非要|硬要|一定要|真要|非得|偏要)(?:要)?退|直到|为止|不然|否则|除非|看谁|耗|撑几天|撑多久|熬几天|看(?:你|您)能|不改|不删|不撤|不确认|不回|不接|不理|没改|没删|没撤|删评|改评|不给|不追|之前|要是不|如果不|你不|您不|改好评|删差评|给好评|五星|好评|改评价|修改评价|改评|删评|(?:差评|评价|投诉)[^]{0,3}(?:删|改|撤)|(?:改|删|撤)[^]{0,3}(?:评价|差评|投诉)|(?:差评|评价|投诉)[^]{0,6}(?:挂着|留着)|撤销|撤诉|投诉|差评|一星|退货|退款|马上|立刻|赶紧/;

/** Round 25 (t25b): contact that did not happen after the frequency word (一直没回您, 一直未联系上您, 天天没人接). */
const NOT_CONTACTED = /^(?:都|也|还)?(?:没|未)/;
/** Round 20 (t20dn): the contact itself declined out of courtesy (不打扰您休息, 不再叨扰您了, 就不吵您了). */
const NIGHT_COURTESY = /不(?:再|想|便|忍心|好意思)?(?:打扰|叨扰|吵醒?)(?:您|你)/;
/** The shop is the one who calls (not a courier, a scammer or the buyer's own complaint). */
const BY_US = /我|咱|本店|客服|给(?:你|您)(?:发|打|寄|推|留言)/;
/** Round 12 (t12e): relentless contact with its subject dropped, as chat types it (短信轰炸, 每小时提醒一次, 一直call你). */
const DROPPED_US = /轰炸|刷屏|骚扰|(?:每|天天|一直|不停|反复|继续|接着)[^]{0,6}(?:打|发|催|问|提醒|私信|call|找|@)/;
/** The shop is the one who calls, or the call asks for the review to change (凌晨三点给您发消息是想提醒您改一下评价). */
const BY_US_OR_ASK = /我|咱|本店|客服|(?:改|删|撤)[^]{0,4}(?:评价|差评|评|投诉)|(?:差评|评价|投诉)[^]{0,3}(?:删|改|撤)/;
/**
 * A follow-up that gives its reason and promises to stop once the buyer acts on the order (需要您确认新地址…修改后我们就
 * 不再打电话了, 上传后就不再打扰): service, not pressure. The review as the condition is not this (the carrot cue).
 */
const SERVICE_STOP = /(?:上传|补充|确认|修改|提供|填写|补填|核实)[^]{0,12}(?:不再|不会再)(?:打扰|打电话|联系|打|发)/;
/** Round 17 (t17): contact said to go on regardless (一直发, 晚上也发, 您说别再发了), for a stop tied to an act other than the review. */
const RELENTLESS = /(?:一直|不停|天天|每天|继续|接着|反复)(?:给(?:你|您))?(?:打|发|催|问|私信|提醒|联系)|(?:晚上|半夜|凌晨|深夜|周末)(?:也|都|照样)(?:打|发|催|问)|(?:别|不要)再(?:打|发|催)|停不了|不会停/;
/** Round 22 (t22by): the count is of our chasing a third party (第三次联系快递了, 第四次催仓库发货, 第五通电话打给海关), not the buyer. */
const THIRD_PARTY_CHASED = /(?:次|遍|通电话|个电话)(?:了)?(?:去|再)?(?:联系|打给|打电话给|打电话催|催|催促|找|问|跟进|沟通|followup|follow-up|message|call|ping|chase|push|text|email)(?:了)?(?:一下|下)?(?:快递|物流|仓库|海关|品牌方|厂家|供应商|快递公司|驿站|网点|司机|骑手|派送员|配送员|保税仓|发货方|承运商|国际段|清关公司)/;
/** The contact explained by an order need (第三次联系您是因为清关需要补充资料), not by the review (round 8). */
const SERVICE_REASON = /(?:是因为|是由于|是为了)(?![^]{0,12}(?:差评|评价|投诉|好评|五星))/;
// (round 15, t15b: 物流 as what we send, 每天给你发一遍物流截图, is no other actor)
// Round 23 (t23cd): the one chased is a third party, named as the clause's topic or as the verb's object (海关那边我们天天在催, 仓库我每天都去
// 催, 天天催海关放行): we press them for the buyer — not when the buyer is the object after all (快递那边我们天天给您打电话).
const THIRD_PARTY_TOPIC = new RegExp(`${THIRD_PARTIES}(?:那边|方面|这边|那里|那儿)?(?:我们|我|咱们|咱|这边|我这边|我们这边|店里)?(?:也|都|是|可是)?$`);
const THIRD_PARTY_OBJECT = new RegExp(`^(?:都|在|也|会|去|要)*(?:催|问|跟|找|联系|打电话给|打给|跑)(?:一下|下|着)?${THIRD_PARTIES}`);
// Round 23 (t23b): …or the hit ends in the chase verb and its object follows: the third party itself (一直催着仓库), or 他们/人家 with a
// third party named earlier in the sentence (品牌方那边我们磨了好几天，一直催着他们补货).
const CHASED_OBJECT_NEXT = new RegExp(`^(?:着|了|一下|下)?${THIRD_PARTIES}`);
const CHASED_THEM_NEXT = /^(?:着|了|一下|下)?(?:他们|人家)/;
const THEM_AFTER_VERB = /^(?:都|在|也|会|去|要)*(?:催|问|跟|找|联系|打电话给|打给|追|盯)(?:一下|下|着|了)?(?:他们|人家)/;
const THIRD_PARTY_NAMED = new RegExp(THIRD_PARTIES);
function thirdPartyChased(ctx: LintContext, start: number, end: number): boolean {
  const after = ctx.after(end, 12);
  if (/你|您/.test(after)) return false;
  if (THIRD_PARTY_TOPIC.test(ctx.before(start, 14)) || THIRD_PARTY_OBJECT.test(after)) return true;
  const verbEnds = /[催追盯问找]$/.test(ctx.compact.slice(start, end));
  if (verbEnds && CHASED_OBJECT_NEXT.test(after)) return true;
  return ((verbEnds && CHASED_THEM_NEXT.test(after)) || THEM_AFTER_VERB.test(after)) && THIRD_PARTY_NAMED.test(ctx.before(start, 24, 'hard'));
}
/**
 * Round 41 (t41f): the contact after the frequency word aims at us, the buyer the one who comes (您说再不处理就“天天来找我们”, 不然
 * 您要一直催我们？) — no 你/您 as its object in that clause.
 */
const AT_US_AFTER = /^[^，。]{0,10}?(?:来|去|过来|上门)?(?:找|联系|催|问|骚扰|堵|打给|打电话给|私信|投诉|call)(?:一下|下|着)?(?:我们|咱们|我|本店|店里|店铺|客服|小店)/;
function buyerComesToUs(ctx: LintContext, end: number): boolean {
  const after = ctx.after(end, 16);
  return !/你|您/.test(after) && AT_US_AFTER.test(after);
}
const NOT_US = /对方|不是我们|不是本店|快递员|快递小哥|快递公司|驿站|物流(?!截图|单号|记录|轨迹|图)|骗子|诈骗|陌生|推销电话|冒充|假冒|自称|平台(?:客服|小二|工作人员)/;

const CONTACT = [
  '打电话', '打给你', '打给您', '打你电话', '打您电话', '电话轰炸', '短信轰炸', '轰炸', '发消息', '发信息', '发短信', '发私信', '私信你', '私信您', '联系你', '联系您',
  '提醒你', '提醒您', '催你', '催您', '找你', '找您', '骚扰你', '骚扰您', '打扰你', '打扰您', '刷屏', 'call你', '给你打', '给您打', '发给你', '发给您',
  '艾特你', '艾特您', '圈你',
  // Bare verbs with a frequency before them: 不回我每半小时发一次.
  '发一次', '问一次', '催一次', '打一次', '提醒一次', '发一遍', '问一遍', '催一遍',
  // Round 6: 一小时打一个, 一直在这陪您聊.
  '打一个', '发一条', '打一通', '陪您聊', '陪你聊', '打一遍', '敲您', '敲你',
  // Round 7: 第八次给您留言了…不改我们就一直留 / 三十多个客服号，一个一个加您.
  '给您留言', '给你留言', '一直留', '加您', '加你',
  // Round 12: 大家会轮流问候您.
  '问候您', '问候你',
  // Round 14 (t14b): contact told in the formal register (将于每日…与您联系, 每两小时与您沟通一次, 每天各回访您一次).
  '与您联系', '与你联系', '与您沟通', '与你沟通', '跟您沟通', '跟你沟通', '跟您联系', '跟你联系', '回访您', '回访你', '致电您', '致电你',
  '联络您', '联络你',
];
/** Round 30 (t30b): asking or calling promised to go on (一直问下去, 每天都来问一次, 明天接着催, 问到您撤为止). */
const DEMAND_REPEATED =
  /(?:一直|天天|每天|每日|每隔|每小时|继续|接着|反复|不停|还会|明天再|明天还|明天接着)[^帮替为]{0,4}(?:问|催|来问|来找|打|发|找|私信|提醒)|(?:问|催|打|发|找)下去|(?:问|催|打|发|找)到(?:你|您)|慢慢(?:问|催|耗)|(?:陪(?:您|你))?耗着/;
/** Round 30 (t30b): the buyer as the one who comes back, across a condition and a modal (您有疑问可以继续来问, 您随时可以再来找). */
const BUYER_INVITED_BACK = /(?:你|您|亲)(?:们)?(?:有[^我]{0,4}?|以后|之后|下次|今后|随时|后面)*(?:都|也|还)?(?:可以|能|欢迎|随时)+$/;
/** …by us, not the buyer invited to ask on (您可以一直问下去，我都在). */
const OUR_DEMAND_REPEATED = new RegExp(`(?:我|咱|本店|客服|这边)[^你您]{0,6}?(?:${DEMAND_REPEATED.source})`);
/** Contact channels, for a list of them (短信、打电话、发邮件). */
const CHANNEL = '(?:短信|电话|邮件|邮箱|微信|私信|留言|语音|视频通话)';
/** Contact verbs that already carry "again and again". */
const CONTACT_AGAIN = ['一直寄', '寄下去', '发下去', '打下去', '问下去', '轮班', '三班倒', '一条一条发', '一条条发', '一个个打', '发到你回', '打到你回', '发到您回', '打到您回', '一直发', '一直打', '一直催', '一直找', '一直私信', '一直联系', '接着发', '接着打', '继续发', '继续打', '还会继续', '天天发', '天天打', '天天催', '天天找', '接着问', '继续问', '接着催', '继续催', '接着找', '继续找'];

/** A frequency word the reply denies (您不用一直来问, 不会每天打扰), with no other one after it before the anchor (round 7). */
// Round 10: late hours denied too (不会在深夜主动打扰您, 绝不会半夜给您打电话).
// Round 20 (t20dm): quiet hours — the contact verb itself denied after a late hour (晚上十点以后我们就不发消息了, 十一点后就不再给您打电话).
const DENIED_OFTEN = new RegExp(`(?:不用|不必|无需|不会|不要|别|用不着)(?:再)?(?:在)?(?:一直|天天|每天|反复|不停|频繁|继续|深夜|半夜|凌晨|夜里|夜间)(?:(?!${OFTEN.source})[^]){0,12}$|(?<![回接理改删撤给])(?:不|不再|不会再|不会|停止|暂停)(?:给(?:你|您))?$`);
/** A contact verb after a harassing frequency (每天/一直/深夜… 打电话/发消息), not denied: the core of two cues below. */
const OFTEN_CONTACT = {
  words: CONTACT,
  severity: 'block',
  message: '以频繁联系向买家施压，属于骚扰',
  before: OFTEN,
  notBefore: DENIED_OFTEN,
  reach: 14,
  unless: (ctx: LintContext, start: number, end: number) => worryDenied(ctx, start, end),
} as const;

/** Round 34 (t34c): an English nag's condition and its review or complaint (otherwise / unless / until + review, 差评, 改). */
const EN_NAG_SENTENCE = [/otherwise|orelse|if(?:u|you)(?:dont|donot|wont|willnot|refuse)|unless|until|untill|till|不然|否则|要不然|直到|为止|不改|不删|不撤/,
  /review|rating|(?:[1-5]|one|two|three|four|five|一|五)(?:-)?stars?|comment|complain|feedback|差评|中评|评价|评论|一星|投诉|改(?:一下|下|掉|了)?|删(?:一下|下|掉|了)?|撤(?:一下|下|掉|了|销)?/];
/** Updates promised on the order, in the same words (we'll keep you posted every 30 mins until it clears customs). */
const EN_NAG_NOT = /keep(?:you|u)(?:posted|updated|informed)|update(?:you|u)|tracking|parcel|package|delivery|customs|物流|清关|包裹|快递/;

/**
 * Round 45 (t45l, dev HR): shock pictures pushed on the buyer on a schedule, "to motivate" them (接下来一个月我每天早晚各给您发一张牙周炎晚期
 * 的口腔照片; 天天给你发一张肺癌晚期的片子，看你还抽不抽): unwanted distressing content sent again and again is harassment whatever the
 * excuse. The gruesome picture, a schedule, and our send aimed at the buyer. Not one picture shown for reference (这是牙周炎晚期的示意图，仅供
 * 参考), nor pictures the buyer asked for (您要的对比图我每天更新一张).
 */
const SHOCKING = ['晚期', '溃烂', '腐烂', '化脓', '流脓', '烂掉', '病变', '坏死', '惨状', '惨样', '血淋淋', '血肉模糊', '血腥', '车祸现场', '事故现场', '尸体', '遗体', '重口味', '恶心的'];
const SHOCK_PICTURE = /^[^，。！？]{0,10}?(?:照片|图片|图|视频|片子|特写|实拍|案例|画面|截图|影像)/;
const SCHEDULED = /天天|每天|每日|每晚|每早|每周|早晚各|早中晚|每隔|一天[0-9一二两三四五六七八九十几]+(?:次|张|遍|条|个)|接下来一(?:个月|周|星期|整月)|(?:一个月|一周|一星期)(?:内|里)?(?:每天|天天)|以后(?:每天|天天)/;
const SENT_TO_BUYER = /(?:给|发给|推给|传给)(?:您|你)|发(?:您|你)|(?:您|你)(?:每天|天天)?(?:都)?(?:会)?(?:收到|看到)/;

const cues: Cue[] = [
  {
    words: SHOCKING,
    severity: 'block',
    message: '反复给买家发送令人不适的图片或视频，属于骚扰（规则 2.5）',
    after: SHOCK_PICTURE,
    window: 60,
    sentence: [SCHEDULED, SENT_TO_BUYER],
    notSentence: [NOT_US, /(?:您|你)(?:要|想要|说要|需要|让我|叫我|要求)|仅供参考|示意图|科普一次|不会(?:再)?发|不再发|不发了/],
    deniable: false,
  },
  {
    // Round 36 (t36e): a review asked about every day at a set time (从明天起每天中午十二点，我会准时来问一次评价的事 / 每晚八点定时提醒您追评).
    // Not a reminder the buyer asked for or can stop (您要我们每周一提醒您换滤芯，已经设置好了，随时说停).
    words: ['每天', '每日', '每周', '每晚', '每早', '每个工作日', '每天早上', '每天中午', '每天晚上'],
    severity: 'block',
    message: '定时每天来催买家评价，属于频繁联系施压（规则 2.5）',
    after: /^[^。！？]{0,12}(?:[0-9一二三四五六七八九十两]+点(?![前后之以])|准时|定时|按时)[^。！？]{0,10}(?:来问|问一次|问您|问你|提醒|催|给(?:您|你)(?:发|打)|打电话|联系(?:您|你)|私信|找(?:您|你))/,
    sentence: /评价|好评|五星|追评|晒图|晒单|差评|中评|一星|投诉/,
    notSentence: [NOT_US, /(?:您|你)(?:说|让|要|要求|希望|交代)|按您|订阅|退订|说停|不需要的话|如不需要|滤芯|吃药|服药|用药|打卡/],
    deniable: false,
  },
  {
    // Round 36 (t36e): the same demand already sent down every channel, then made again (您的评价我们已经通过短信、电话和站内信各提醒过一遍了，
    // 今天务必改一下 / 短信电话都给您打过发过了，好评麻烦今天处理). Not notices of the order sent by each channel (发货通知短信和站内信各发了一条).
    words: ['各提醒过', '各提醒了', '各发过', '各发了', '各打过', '各通知过', '各联系过', '各催过', '各问过', '都提醒过', '都发过', '都打过', '都通知过', '都联系过', '都催过', '都问过', '都给您发过', '都给您打过', '都给你发过', '都给你打过', '各给您发', '各给您打', '都给您发了', '都给您打了',
      '也打过', '也发过', '也问过', '也提醒过', '也联系过', '也催过', '都说过', '都讲过', '都提过', '都说了'],
    severity: 'block',
    message: '同一件事通过短信、电话、站内信等渠道轮番催买家，属于频繁联系施压（规则 2.5）',
    before: /(?:短信|电话|邮件|站内信|私信|留言|语音|消息|app|微信)[^]{0,12}$/,
    sentence: [/(?:短信|电话|邮件|站内信|私信|留言|语音|app)[^]{0,4}(?:、|和|及|跟|与|还有|加上|，)?[^]{0,3}(?:短信|电话|邮件|站内信|私信|留言|语音|app)/, /评价|好评|差评|五星|追评|投诉|撤/, /务必|必须|尽快|今天|马上|赶紧|麻烦|请|还是|再/],
    notSentence: [NOT_US, /发货通知|物流|清关|快递|签收|取件|地址|退款到账|验证码/],
    window: 60,
    deniable: false,
  },
  {
    // Round 36 (t36e): a review chased with the next contact already scheduled (评价还没写吧？刚才打您电话没接，我晚点再打 / 给我们个五星吧，今天
    // 不方便的话我明天早上八点再来问您). Not a reminder the buyer asked for (您说明天再决定，那我明天上午再来问您) nor a call back about the
    // order (刚才打您电话没接，是想核对地址，我晚点再打).
    words: ['再打', '再来问您', '再来问你', '再问您', '再问你', '再来问', '再来提醒您', '再提醒您', '再来提醒', '再打给您', '再给您打', '再给你打', '再联系您', '再来催', '再催您', '再来找您', '再发给您', '再私信您', '再来打扰'],
    severity: 'block',
    message: '约好时间再来催买家评价，属于反复联系施压（规则 2.5）',
    before: /(?:明天|明早|明晚|后天|晚点|晚些|晚一点|晚上|下午|中午|待会儿?|一会儿?|过会儿?|等会儿?|等下|回头|稍后|改天|下周|下次|[0-9一二三四五六七八九十两]+点(?:钟|半)?)(?:的时候)?(?:我|我们|咱)?(?:会|就|还)?$/,
    sentence: /评价|好评|五星|追评|晒图|晒单|评论|差评|中评|一星|[1-5一二三四五]星/,
    notSentence: [NOT_US, /(?:您|你)(?:说|让|要我|叫我|希望|要求|交代|方便的时候)|按您|地址|单号|物流|快递|派送|签收|清关|退款进度|补发|维修|换货|核实|核对|确认收货/],
    window: 60,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: tit for tat per dispute act — each complaint, review, report or block by the buyer answered by our contact
    // (你投诉一次我就换个小号加你一次 / 您差评一次，我们就给您打十个电话 / 你举报我一回，我就去你作品下面留言一回). Not a system notice or
    // a gift per order (您每申请一次退款系统就会通知我们一次, 每下一单我们就送一次小样).
    // (round 36, t36e: …or 我们都会 / 我们会, 您每改一次评价，我们都会私信您一次)
    words: ['我就', '我们就', '咱就', '我马上就', '我们马上就', '我们都会', '我们会', '我都会', '我会', '我们都', '我们也会'],
    severity: 'block',
    message: '买家每投诉、评价一次就骚扰一次，属于以反复联系施压',
    // Also per unit of time the dispute stands (差评挂一天，我就用小号给你发一天私信).
    before: /(?:你|您)(?:每)?(?:[^]{0,4}(?:投诉|差评|追评|举报|退|拉黑|申诉|评价|曝光|闹|删)[^]{0,4}(?:一次|一回|一个号?|一单|一下|一条)|[^]{0,4}(?:一次|一回|一条|一个)[^]{0,2}(?:投诉|差评|追评|举报|退款|退货|申诉|评价|曝光))$|(?:投诉|差评|评价|退款|举报)[^]{0,4}(?:挂|留|在|不撤|不删|不改)[^]{0,2}(?:一天|一日|一周|一小时|一个小时|一个月)$/,
    after: /^[^]{0,10}(?:加|打|发|留言|找|拜访|上门|骚扰|评论|私信|寄|@)/,
    notSentence: /系统|自动|送|赠|小样|优惠|积分|返|奖励|抽奖/,
    deniable: false,
  },
  {
    // Round 20 (t20dm): tit for tat over ANY act of the buyer, told as a contest of stamina (您写一次我们就打一次电话，写几次打几次，看谁有
    // 耐心 / 你退一回我就发一回，奉陪到底): per act + our contact verb + an ultimatum in the sentence. Not service (您问几次我们都耐心答).
    words: ['我就', '我们就', '咱就', '咱们就', '打几次', '发几次', '催几次', '找几次', '打几回', '发几回', '打几遍', '发几遍', '打几个', '发几条'],
    severity: 'block',
    message: '买家每做一次就骚扰一次，以反复联系比耐心施压，属于骚扰（规则 2.5）',
    before: /(?:(?:你|您)(?:每)?[^]{0,6}(?:一次|一回|一遍)[^，,。]{0,4}?[，,]?|[^]{1,4}几(?:次|回|遍|个|条)[^，,。]{0,4}?[，,]?(?:我们?|咱们?)?(?:就)?)$/,
    after: /^[^]{0,10}(?:加|打|发|留言|找|拜访|上门|骚扰|私信|催|call|@)|^$|^[^]{0,2}[，,。！!]/,
    sentence: /看谁|奉陪|陪(?:你|您)(?:玩|耗)|耗到底|耗着|没完|撑得住|熬得住/,
    notSentence: /系统|自动|送|赠|小样|优惠|积分|奖励|抽奖|发货|下单|付款|耐心(?:解答|回复|答复|处理)/,
    deniable: false,
  },
  {
    // Round 42 (t42k): the buyer's own request to stop told back, then the contact kept up anyway (您说别再发了，可我就是忍不住，明早还会第一个
    // 跟您说早安; 你让我别打了，但我明天还是会打; 您说不用再联系，我还是每天问候一句): the buyer's stop overridden is harassment whatever the
    // tone. Not the stop honoured (您说别再发了，好的，以后不会再打扰).
    words: ['别再发', '别再打', '别再联系', '别再找', '别再问', '别再给您发', '别再给你发', '不要再发', '不要再打', '不要再联系', '不要再找', '别发了', '别打了',
      '别联系了', '不用再发', '不用再联系', '不用再打', '别再来', '不要再来', '别来烦', '别烦'],
    severity: 'block',
    message: '买家已要求停止联系，客服仍坚持继续发消息，属于骚扰（规则 2.5）',
    before: /(?:你|您)(?:都|已经|明明|之前|刚才|也)?(?:说|讲|让|叫|要|要求|说过|讲过|嘱咐|提过)(?:过|了)?(?:我|我们)?(?:以后)?$/,
    window: 40,
    sentence: [/可|但|不过|还是|还会|还要|照样|照旧|继续|忍不住|偏要|偏偏|就是要|就要|管不住/, /明天|明早|明晚|每天|天天|早安|晚安|早上|晚上|以后|还会|还要|接着|继续|照样|照旧|问候|说一声|发/],
    notSentence: /不会再|不再|再也不|以后不|就不(?:发|打|联系|打扰)|停止|取消|尊重|好的|明白|收到|抱歉|冒充|骗子/,
    deniable: false,
  },
  {
    // Round 13 (t13b): the shop promising to come back day after day over a demand (今天也来提醒您给好评啦，明天后天大后天我还会来的哦;
    // 今天不给好评，明天接着来，后天继续) — coming back + days ahead + a demand. Not restock or live-stream notices (明天还会来一批货).
    words: ['还会来', '还来', '接着来', '继续来', '再来找你', '再来找您', '还会再来', '天天来', '每天来', '继续找你', '还会找你', '还会找您'],
    severity: 'block',
    message: '承诺天天来找买家催促，属于骚扰（规则 2.5）',
    window: 40,
    // Round 29 (t29a): the buyer's own return weighed, not ours promised (不管您以后还来不来 / 您下次还来吗): the buyer as the
    // subject right before, or the A-not-A question 还来不来.
    notBefore: /(?:你|您)(?:们)?(?:以后|之后|下次|今后|明天|将来)?$/,
    // Round 30 (t30b): …nor the buyer invited back — 您有疑问可以继续来问, 随时可以继续来找我们: the buyer the subject across a modal,
    // or we the ones sought (来找我们, 来问我).
    notAfter: /^(?:不(?:来|会来)|(?:问|找|咨询|联系)(?:我|咱|客服|本店|店里))/,
    unless: (ctx, start) => BUYER_INVITED_BACK.test(ctx.before(start, 14, 'soft')),
    sentence: [/明天|后天|每天|天天|下午|晚上|以后|直到|一天|每日|接着|继续/, PRESSURE],
    notSentence: [NOT_US, /发货|到货|送达|派送|签收|出库|上新|补货|一批货|直播|开播|活动|欢迎|常来|再来光临|下次再来|回购/],
    deniable: false,
  },
  {
    // Dogging the buyer: 我会一直盯着你，直到你把差评删掉. Not 一直盯着您的包裹.
    words: ['盯着你', '盯着您', '缠着你', '缠着您', '追着你', '追着您', '耗着你'],
    severity: 'block',
    message: '纠缠、盯住买家施压，属于骚扰（规则 2.5）',
    // 盯着你的包裹 is a parcel watched; 一直盯着你的 (the sentence ends) is the buyer.
    notAfter: /^的./,
    sentence: [BY_US, PRESSURE],
    notSentence: [NOT_US, /包裹|物流|进度|订单|快递|发货|退款进度/],
  },
  {
    // The buyer's phone made to ring until they give in: 您的手机会一直响到您撤销投诉为止.
    words: ['一直响', '响个不停', '响到', '响一整天', '响一晚上'],
    severity: 'block',
    message: '以让买家手机响个不停施压，属于骚扰（规则 2.5）',
    window: 30,
    sentence: [/手机|电话/, PRESSURE],
    notSentence: [NOT_US, /闹钟|铃声|静音|来电提醒|设置|信号/],
  },
  {
    // Numbers counted for contacting the buyer: 我们已经用三个号码给您发过短信了，还有七个号码可以用.
    words: ['个号码', '个号', '个手机号', '张卡'],
    severity: 'block',
    message: '用多个号码轮番联系买家，属于骚扰（规则 2.5）',
    before: /[0-9一二三四五六七八九十几两]+$/,
    window: 30,
    // (round 12: numbers changed after a block, 换了好几个号码联系您，您都拉黑)
    sentence: [BY_US, /还有|还剩|轮着|换着|换了|用完|多的是|有的是|拉黑|屏蔽/, /短信|电话|打|发|联系|消息/],
    notSentence: [NOT_US, /绑定|注册|登录|实名|套餐|流量|下单|收货|地址/],
  },
  {
    // Getting round a block: 你拉黑我也没用，我换个号继续找你 / 屏蔽我？我换号接着发.
    words: ['换个号', '换号', '换个手机号', '换个账号', '换个微信', '用小号', '换小号', '换着号', '换着号码', '换着手机', '换几个号', '号码多的是', '号多的是', '换一个号', '换一个账号', '换个号码'],
    severity: 'block',
    message: '被拉黑后换号继续联系买家，属于骚扰（规则 2.5）',
    window: 20,
    sentence: [BY_US, /拉黑|屏蔽|黑名单|不接|不回|继续|接着|还会|照样|一样找|再找|再打|再发/],
    notSentence: /收货|地址|订单|修改|绑定|登录|注册|下单|快递员/,
  },
  {
    // Unwanted advertising pushed at the buyer: 把你拉进广告群 / 每天给你推送十条，不想看也得看.
    // Round 22 (t22dw): …or the buyer told they cannot stop it (每天早上给您推一遍活动，反正您也拒收不了 / 屏蔽也没用).
    words: ['拉进广告群', '拉你进群', '把你拉进', '拉进群', '不想看也得看', '不看也得看', '不想收也得收', '强制推送', '给你推送', '给您推送', '推送给你', '推送给您', '发广告给你',
      '拒收不了', '屏蔽不了', '退订不了', '关不掉', '躲不掉', '拦不住', '拒收也没用', '屏蔽也没用', '退订也没用'],
    severity: 'block',
    message: '向买家强推广告、垃圾信息，属于骚扰（规则 2.5）',
    sentence: [/你|您/, /每天|天天|每日|不想|也得|强制|拉进|广告|不管你|一直|[0-9一二三四五六七八九十几]+条/],
    // 可退订 is a subscription; 不能退订 is forced on the buyer (its own cue below).
    notSentence: /不会|(?<!不能|无法|没法|不让|不许)退订|td|(?<!不能|无法|没法)取消|关闭|不需要的话|如不需要|选择|订阅|开启|欢迎|同意/,
    // The system, not us, sends a status notice (清关放行以后系统会推送给您, 物流更新了App会推送给您) — unless what it pushes is advertising.
    unless: (ctx, start, end) =>
      /(?:系统|app|平台|物流|快递|快手|官方)(?:那边|这边)?(?:会|将|也会|都会|就会|自动)?(?:自动|实时|第一时间|及时)?$/.test(ctx.before(start, 10, 'soft')) &&
      !/广告|优惠|推广|促销|活动|[0-9一二三四五六七八九十几]+条|不想|也得|强制|每天|天天/.test(ctx.after(end, 16, 'hard')),
  },
  {
    // Letters sent as pressure: 差评不删，我们就一直给你寄催促函.
    words: ['催促函', '催告函', '催款函', '警告函', '警告信'],
    severity: 'block',
    message: '以寄送催促函等方式向买家施压，属于骚扰（规则 2.5）',
    sentence: [/你|您/, /寄|发|送/],
    notSentence: /骗|诈骗|假冒|冒充|不会/,
  },
  {
    // Reaching the buyer on a private account found for the dispute: 我们知道你的微信，已经加你了，通过一下聊聊差评.
    words: ['加你了', '加您了', '加了你', '加了您', '加你好友', '加您好友', '已经加你', '已经加您'],
    severity: 'block',
    message: '私下查找并添加买家联系方式施压，属于骚扰（规则 2.5）',
    sentence: [/知道你|知道您|查到|找到|搜到|你的微信|您的微信|你的qq|你的手机号|你的号/, /差评|投诉|评价|撤|退款|退货|聊聊/],
  },
  {
    // Pressure through the buyer's people: 联系了你的家人，让他们劝劝你撤诉 / 你的邻居我们也联系了.
    words: ['你的家人', '您的家人', '你家里人', '你的邻居', '您的邻居', '你邻居', '你的同事', '您的同事', '你同事', '你的朋友', '你的领导', '您的领导', '你的父母', '您的父母', '你父母'],
    severity: 'block',
    message: '联系买家的家人、邻居、同事施压，属于骚扰（规则 2.5）',
    window: 24,
    sentence: [/(?:联系|打给|找|告诉|通知|说)(?:了|过)|打过|打了|劝劝|劝你|劝您|让他们|让他|让她/, /差评|投诉|撤|评价|退款|退货|劝/],
    notSentence: /代收|签收|收货人|送给|礼物|分享|推荐给|适合/,
  },
  {
    // Phone-bombing: 不撤差评你手机别想安静 / 今晚你电话别想停. Not 戴上降噪耳机，世界都安静了.
    words: ['别想安静', '别想消停', '别想清静', '别想安生', '别想停', '不得安宁', '打爆', '响个不停', '响到你', '别想睡', '睡不了安稳觉', '没法安静', '不会安静', '接到手软', '接不完', '接到崩溃', '电话少不了', '电话不断', '慢慢接吧', '有得接'],
    severity: 'block',
    message: '以电话、短信轰炸威胁买家，属于骚扰（规则 2.5）',
    sentence: [/手机|电话|短信|消息|微信|你|您/, /不然|否则|给你|给您|撤|差评|投诉|举报|不删|不改|不回|不接|不处理|退款|退货|售后|评价|一星|慢慢接|推销|中介|贷款|挂到|卖给/],
    notSentence: /降噪|耳机|音箱|闹钟|勿扰|静音|铃声|宝宝|孩子|邻居|电量|续航/,
  },
  {
    // Round 12 (t12e): the same promise in any words — the buyer's phone, then 别想 + a quiet (你电话别想闲着 / 手机别想歇了 /
    // 今晚你手机别想睡个好觉). Not 别想太多 or a product's 别想了.
    words: ['别想'],
    severity: 'block',
    message: '以电话、短信轰炸威胁买家，属于骚扰（规则 2.5）',
    before: /(?:手机|电话|短信|微信|消息)(?:也|就|都|可)?$/,
    after: /^(?:再)?(?:闲|歇|停|安静|消停|清静|安生|睡|休息|关机|静音)/,
    notSentence: /降噪|耳机|音箱|闹钟|勿扰|静音模式|铃声|电量|续航|宝宝|孩子/,
  },
  {
    // Every channel at once until the buyer gives in: 不回平台消息，我们就给您发短信、打电话、发邮件，总有一个您能看到.
    // (round 12: 轮番上阵 / 车轮战 by the team, 客服团队会轮番上阵)
    words: ['总有一个', '总能找到你', '总能找到您', '总能联系上', '总会看到', '轮着来', '轮着打', '轮着发', '一起上', '齐上阵', '全用上', '挨个打', '挨个发', '挨个找', '挨个联系', '轮流找', '各种方式', '轮番上阵', '轮流上阵', '车轮战', '轮着上'],
    severity: 'block',
    message: '多渠道反复联系向买家施压，属于骚扰（规则 2.5）',
    sentence: [re`${CHANNEL}|打给|发给|联系|客服|团队|同事`, /不回|不理|不接|不撤|不改|不删|不处理|不然|否则|直到|差评|投诉|好评|评价|撤|售后|退款/],
    // Round 29 (t29a): 一起上 as the head of a verb of filing (一起上传凭证, 一起上报平台, 一起上架): no gang of callers.
    notAfter: /^(?:传|交|报|架|线|新|市|岗|课|车|桌|菜)/,
    notSentence: NOT_US,
  },
  {
    // A list of channels promised against a buyer who does not answer or give in (first item reports).
    words: ['短信', '电话', '邮件', '邮箱', '微信', '私信', '留言'],
    severity: 'block',
    message: '多渠道反复联系向买家施压，属于骚扰（规则 2.5）',
    after: re`^[^]{0,8}${CHANNEL}`,
    notBefore: re`${CHANNEL}[^]{0,8}$`,
    sentence: [/(?:不回|不理|不接|不撤|不改|不删|不处理|不给|不确认)[^]{0,16}(?:就|都|我们会|我会)/, /撤|差评|投诉|好评|评价|售后|退款|退货|总有|轮|一起|天天|一直|每天|反复|直到|挨个/],
    notSentence: [NOT_US, /确认地址|核实|物流|发货|到货|回访|通知您/],
  },
  {
    // 明早六点接着打 / 接不接随你 / 明天继续发 / 每天往你家寄空包裹 / 催收的同事会持续联系你.
    words: ['接着打', '继续打', '接着给你打', '接着给您打', '再给你打', '打到你接', '打到接为止', '接不接随你', '继续发', '接着发', '明天继续发', '每天往你家寄', '每天给你寄', '空包裹', '持续联系你', '持续联系您', '不停联系你', '轮流联系你', '催收'],
    severity: 'block',
    // The buyer as the one who goes on (如果您继续发送辱骂内容，我们会通过平台举报; round 8).
    notBefore: /(?:你|您|对方|买家|顾客)(?:再|还|要是|如果)?$/,
    message: '以频繁联系向买家施压，属于骚扰（规则 2.5）',
    sentence: /你|您|不接|不回|不签|不改|不删|电话|短信|号码|包裹|明早|明天|晚上|每天|同事/,
    notSentence: /物流|快递员|轨迹|发货进度|不会再|不再打扰|不打扰|骗子|诈骗|陌生|催收电话是诈骗|谨防|防骗|不是我们|不是本店|之类/,
  },
  {
    // A frequency, then contact or a visit within the clause, whatever the verb: 每天往您邮箱发一百封, 每小时给您预留的
    // 手机号发一条短信, 天天来“问候”您, 以后天天去您单位楼下转转 — said against a buyer who does not give in.
    words: ['每', '天天', '一直', '不停', '反复', '轮番', '隔三差五', '三天两头', '轮着', '轮流'],
    severity: 'block',
    message: '以频繁联系、上门向买家施压，属于骚扰（规则 2.5）',
    // Round 10: asking or reporting over and over is the same pressure (不回我就一直问, 你那个号我会天天举报).
    after: /^(?:[0-9一二三四五六七八九十两半几]*个?(?:天|日|晚|早|小时|分钟|周|隔[^，。]{0,3}))?[^，。]{0,12}(?:打|发|寄|call|私信|艾特|问候|来|去|上门|找|催|求|联系|骚扰|转转|堵|我们的消息|我的消息|我们的电话|我们的短信|问(?!题|进度|仓库|快递|物流|海关|厂家|供应商|客服|平台|候)|举报|加(?:你|您))/,
    reach: 20,
    // Round 39 (t39j): the contact verb inside the frequency word's own clause — the compact view has no commas for [^，。] to stop
    // at, so 免得一直漏水，然后拍张照片发我 read 一直…发 across two clauses.
    scope: 'clause',
    // Round 25 (t25b): 一直没 / 一直未 tells contact that did NOT happen (很抱歉一直没回您, 天天没人接).
    notAfter: NOT_CONTACTED,
    sentence: [BY_US, PRESSURE],
    // 每天都会去问进度: we chase the warehouse or customs for the buyer.
    notSentence: [NOT_US, /订阅|退订|自动同步|物流进度|派送|服用|吃|涂|用量|喝|您说希望|您要求|不需要了|问进度|催进度|查进度|跟进度|盯进度/],
    unless: (ctx, start, end) => (ctx.compact[start] === '每' && !/^每(?:[0-9一二三四五六七八九十两半几]*个?(?:天|日|晚|早|小时|分钟|周)|隔)/.test(ctx.compact.slice(start, start + 8))) || worryDenied(ctx, start, end) || thirdPartyChased(ctx, start, end) || buyerComesToUs(ctx, end),
  },
  {
    // Round 6: every few minutes needs no ultimatum: 今晚零点开始，您的手机会每五分钟收到一条我们的短信.
    words: ['每', '天天', '一直', '不停', '反复', '轮番', '隔三差五', '三天两头'],
    severity: 'block',
    message: '以频繁联系、上门向买家施压，属于骚扰（规则 2.5）',
    after: /^(?:[0-9一二三四五六七八九十两半几]*个?(?:天|日|晚|早|小时|分钟|周|隔[^，。]{0,3}))?[^，。]{0,12}(?:打|发|寄|call|私信|艾特|问候|来|去|上门|找|催|求|联系|骚扰|转转|堵|我们的消息|我的消息|我们的电话|我们的短信)/,
    reach: 20,
    notAfter: NOT_CONTACTED,
    sentence: [/我们|我|咱|本店|客服/, /每[0-9一二三四五六七八九十两半几]+(?:分钟|秒)|每分钟|每隔/],
    // 每天都会去问进度: we chase the warehouse or customs for the buyer.
    notSentence: [NOT_US, /订阅|退订|自动同步|物流进度|派送|服用|吃|涂|用量|喝|您说希望|您要求|不需要了|问进度|催进度|查进度|跟进度|盯进度/],
    unless: (ctx, start, end) => (ctx.compact[start] === '每' && !/^每(?:[0-9一二三四五六七八九十两半几]*个?(?:天|日|晚|早|小时|分钟|周)|隔)/.test(ctx.compact.slice(start, start + 8))) || thirdPartyChased(ctx, start, end),
  },
  {
    // Until the buyer gives in: 求到您改为止, 发到你删为止, 直到你把投诉撤了，我们都不会停. Not 跟进到您满意为止.
    words: ['为止', '直到'],
    severity: 'block',
    message: '声称联系到买家让步为止，属于骚扰（规则 2.5）',
    // Giving in however said: 直到您放弃为止, 打到你妥协为止.
    // Round 6: until the buyer gets it (发到您收到为止, 打到你看见为止; not 跟进到您收到货为止).
    // Round 10: until the buyer's account is gone (举报到封为止, 投诉到你被封号为止), and any repeated act of ours (加到你同意为止).
    before: /(?:到|直到)(?:你|您)[^]{0,6}(?:改|删|撤|同意|答应|松口|好评|五星|接|回|放弃|妥协|让步|服软|认错|罢休|取消|确认)[^]{0,3}$|(?:发|打|催|问|找|联系|私信)到(?:你|您)[^]{0,4}(?:收到|看到|看见|理|回)[^]{0,3}$|(?:直到)(?:差评|评价)?(?:看不见|删掉|撤掉|消失|撤了|删了|改了|删|改|撤|删评|改评|撤诉)[^]{0,2}$|(?:举报|投诉|刷|搞|告|到|直到)(?:你|您)?(?:的)?(?:号|账号)?(?:被)?(?:封|封号|销号|注销|关店|下架|没了)[^]{0,2}$/,
    // Round 12 (t12e): the busy agent drops the subject (不撤投诉 短信轰炸到你撤为止 / 每小时提醒一次 直到你点确认收货为止):
    // relentless contact named with nobody else as its actor counts as ours (DROPPED_US).
    sentence: [new RegExp(`${BY_US.source}|${DROPPED_US.source}`), /不会停|一直|天天|每天|继续|打|发|找|求|催|问|加|举报|投诉|刷|告|骚扰|来|去|一次|不停|提醒|轰炸|call/],
    notSentence: NOT_US,
  },
  {
    words: ['直到'],
    severity: 'block',
    message: '声称联系到买家让步为止，属于骚扰（规则 2.5）',
    after: /^(?:你|您)[^]{0,8}(?:改|删|撤|同意|答应|松口|好评|五星|放弃|妥协|让步|服软|认错|罢休)/,
    sentence: [BY_US, /不会停|一直|天天|每天|继续|打|发|找|求|催|再来|还来|也会|又来/],
    notSentence: NOT_US,
  },
  {
    // Calls and messages already sent, then the review asked again: 刚刚给您打电话没人接，又发了两条短信，还是想再问下，
    // 差评能不能帮忙改一下？
    words: ['没人接', '没接', '不接', '又发了', '又打了', '又给您', '又给你', '又来问', '再问下', '再问一下', '又问'],
    severity: 'block',
    message: '反复打电话、发短信追问评价，属于骚扰（规则 2.5）',
    window: 60,
    sentence: [/电话|短信|消息|私信|微信/, /差评|改评|改一下|删|撤/, /又|再|没人接|没接|不接|两条|几条|几次|多次/],
    notSentence: NOT_US,
  },
  {
    // Round 6: every channel lined up for the buyer to pick: 短信、电话、私信我们都安排上了，您挑一个回吧.
    words: ['挑一个回', '选一个回', '挑一个接', '选一个接', '都安排上', '安排上了', '全安排上'],
    severity: 'block',
    message: '多渠道反复联系向买家施压，属于骚扰（规则 2.5）',
    window: 30,
    sentence: [re`${CHANNEL}[^]{0,4}${CHANNEL}`, BY_US],
    notSentence: [NOT_US, /通知|物流|接收|订阅|退订|选一种/],
  },
  {
    // Round 6: one day for one day: 您一天不改评价，他一天不下班 / 你一天不删，我们一天不停.
    words: ['一天不'],
    severity: 'block',
    message: '声称买家不改评价就一直联系、盯守，属于骚扰（规则 2.5）',
    // Round 12: the review itself as the subject (差评一天不删，我们就一天给你发短信).
    before: /(?:你|您|差评|中评|评价|投诉|一星|举报)$/,
    after: /^(?:改|删|撤|回|同意|确认|好评|给)[^]{0,12}一天(?:不|往|给|打|发|找|去|来)/,
    notSentence: NOT_US,
  },
  {
    // Round 6: sooner or later the buyer answers: 我们一小时打一个，总有您接的时候 / 反正总有你回的一天.
    words: ['总有'],
    severity: 'block',
    message: '声称反复联系直到买家接听，属于骚扰（规则 2.5）',
    after: /^(?:你|您|一天|一次|一回)[^，。]{0,3}(?:接|回|看到|看见|收到|理)/,
    window: 40,
    sentence: [BY_US, /打|发|联系|找|催|电话|短信|消息/],
    notSentence: [NOT_US, /放心|一定会|保证|售后|补发|退款到账/],
  },
  {
    // The count of reminders told to the buyer: 今天已提醒第6次, 这是今天第七次提醒您了, 已经催您第8次了. Not a second
    // notice (这是第二次提醒您补充实名信息).
    words: ['第'],
    severity: 'warn',
    message: '反复催促、频繁联系买家，属于骚扰（规则 2.5）',
    // Also 第十五条消息 / 第八通电话 (not 第五条规定).
    // Round 12: a bare count of messages closing the clause (这是第8条啦，看到回一下好评呗).
    after: /^(?:[3-9]|[1-9][0-9]|[三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)(?:次|遍|通电话|个电话|条[^，。]{0,3}(?:消息|短信|信息|私信|留言)|条(?:了|啦|咯|喽|哦)(?:[，。！？]|$))/,
    scope: 'clause',
    // Round 6: the buyer's own count (您第三次问同一个问题也没关系) is none.
    // Round 25 (t25b): …nor a count said of what need not have been (也不至于问第三遍, 何必催第五次): nothing was sent.
    notBefore: /(?<!催|提醒|联系|打扰|找|问|通知|给|私信)(?:你|您)(?:已经|都|这是|已经是|都是|是|已是|已)?$|(?:不至于|何至于|何必|犯不着|用不着|不用|不必)(?:再)?(?:来)?(?:问|催|找|发|打)$/,
    // Round 47 (t47e): …nor the buyer's count with the buyer left unsaid (哈哈第三次问火候了, 第四次问尺码啦): 问 + a topic and 了, no
    // 你/您 as its object — the agent asking the buyer names the buyer (第三次问您了).
    notAfter: /^(?:[3-9]|[1-9][0-9]|[三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)(?:次|遍)(?:来)?问(?![你您])[^，。！？你您]{1,8}(?:了|啦|咯|喽)/,
    // A count followed by its reason is a follow-up (这是第三次联系您，因为包裹被退回仓库了，需要您确认新地址).

    // Round 10: the count of calls is itself the contact (这是今天第9通电话了).
    // Round 36 (t36c): …or the contact verb in English, as agents mixing languages write it (今天第8次 follow up 了, 第五次 remind 您, 第6次 ping 你).
    sentence: /提醒|催|联系|打给|打电话|发消息|问|私信|通知|通电话|个电话|回(?:一下|个|复|我)|不回|第(?:[1-9][0-9]|[二三四五六七八九]十)[^]{0,2}条(?:消息|短信|私信|信息|留言)|(?<![a-z])(?:follow ?-?up|remind(?:er|ing)?|ping|chas(?:e|ing)|push(?:ing)?|dm|text(?:ing)?|call(?:ing)?|message)(?![a-z])/,
    // A count followed by its reason is a follow-up (这是第三次联系您，因为包裹被退回仓库了，需要您确认新地址).
    // Round 22 (t22by): …nor our count of chasing a third party for the buyer (已经第三次联系快递了, 第四次催仓库, 第五通电话打给海关).
    notSentence: [NOT_US, SERVICE_STOP, /(?:次|遍)(?:联系|打给|打电话给|提醒|通知)(?:你|您)(?:了)?(?:因为|是因为|是想|是为了|主要是)/, /(?:通电话|个电话)(?:了)?[^]{0,2}(?:因为|是因为|是想|是为了|主要是)/, THIRD_PARTY_CHASED],
  },
  {
    // Announcing relentless contact: 每天早中晚我都会来问一次, 每隔半小时会再发一次，直到您处理为止, 今天第6次提醒了.
    words: ['直到您处理', '直到你处理', '直到您改', '直到你改', '改好为止', '删了为止', '处理为止', '回复为止', '每隔半小时', '每隔一小时', '每隔十分钟', '早中晚', '每天都会来问', '第6次提醒', '第五次提醒', '第六次提醒', '第n次', '看到速回', '速回'],
    severity: 'warn',
    message: '反复催促、频繁联系买家，属于骚扰（规则 2.5）',
    // 早中晚各吃一次: a dose, not a contact.
    // (round 39, t39p: …nor 速 ending a word before a clause break — 老年人手速，回慢了见谅)
    notBefore: /(?:手|网|车|风|光|音|语|时|加|减|快|迅|高|低|全|极|神|飞|航|转|流|匀|变)$/,
    notSentence: /不会频繁|不打扰|不会打扰|物流|轨迹更新|吃|服用|饭后|饭前|涂抹|用量|剂量|疗程|一粒|一片|一袋/,
  },
  {
    ...OFTEN_CONTACT,
    sentence: [BY_US_OR_ASK, HARASSING],
    // (after probe 2: our staff on shifts for the buyer's messages, 客服轮流值班，您什么时候发消息都有人回)
    // (round 20, t20dn: a courtesy at night that denies the contact itself — 现在都凌晨了，不打扰您休息，明天白天再跟您确认)
    notSentence: [NOT_US, SERVICE_STOP, /(?:您|你)(?:什么时候|随时|任何时候|几点)?(?:发|留言|咨询|问)[^]{0,8}(?:都有人|有人回|都能回)/, NIGHT_COURTESY],
  },
  {
    // Round 20 (t20dn): somebody unnamed announced to keep at the buyer (已经把您的号码转给回访组了，这几天会有人一直找您，麻烦保持电话
    // 畅通 / 接下来会有同事轮流联系你): 有人 / 同事 + a relentless frequency + a contact verb aimed at the buyer. Not a warning about
    // strangers (如果有人一直找您要验证码，那是骗子) nor the buyer's report (您说有人天天给您打电话？).
    words: ['有人', '有同事', '有专人', '同事们', '我们的人'],
    severity: 'block',
    message: '声称会有人反复联系买家，属于骚扰',
    after: /^[^，。？]{0,4}(?:一直|天天|每天|不停|轮流|轮番|反复|不断|持续|隔三差五|三天两头)[^，。？]{0,6}(?:找|打给|打电话给|联系|催|问候|骚扰|上门|给(?:你|您)(?:打|发))(?:你|您)?/,
    notBefore: /(?:如果|要是|若|万一|是否|是不是|有没有|说|提到|反映|以为|担心|怕)[^，。]{0,3}$/,
    notSentence: [NOT_US, /不会|不再|别信|别理|不用理|谨防|小心|验证码|转账|吗|清关|资料|跟进|进度|解决|发货|物流|派送|安装|预约/],
  },
  {
    words: CONTACT,
    severity: 'block',
    message: '以反复联系向买家施压，属于骚扰',
    before: OFTEN,
    // (您不用一直来问，有消息我主动找您: the frequency denied, of the buyer's asking; round 7)
    notBefore: DENIED_OFTEN,
    reach: 14,
    sentence: [BY_US, PRESSURE],
    // A deadline, not a frequency: 我们会在24小时内联系您. A count with its reason (第三次联系您是因为清关需要补充身份证信息;
    // round 8) unless the reason is the review.
    notSentence: [NOT_US, SERVICE_STOP, /[0-9一二三四五六七八九十两半]+个?(?:小时|分钟|工作日)(?:内|之内|以内)/, SERVICE_REASON],  unless: worryDenied,
  },
  {
    // Round 14 (t14b), GENERAL: contact kept up until the buyer yields, the verb doubled (私信到你把差评删了为止 / 打到您改为止 /
    // 加到你撤诉为止 / 催到您确认收货才停): a contact verb + 到 + the buyer + 为止/才停. Not a service follow-up (跟进到您满意为止)
    // nor a courier (快递员…直到联系到您为止).
    words: ['为止', '才停', '才罢休', '才算完', '才收手'],
    severity: 'block',
    message: '声称联系到买家让步为止，属于骚扰',
    before: /(?:发|打|加|问|催|找|私信|留言|联系|骚扰|轰炸|call|艾特|@)(?:到|得)(?:你|您)[^，。？]{0,12}$/,
    notSentence: [NOT_US, /满意|解决|到账|收到货|签收为止|跟进/],
    deniable: false,
  },
  {
    // Round 14 (t14b): daily contact announced BECAUSE the buyer has not yielded on the review or complaint, the frequency
    // anywhere in the sentence (因您未配合修改评价，客服将于每日9:00、13:00、21:00准时与您联系 — a timetable folds to digits and
    // outruns the before-reach above; 鉴于您的投诉未撤销…). The cause must be the buyer's refusal, not the complaint being handled
    // (您的投诉已受理，客服每天会跟进并与您联系).
    words: CONTACT,
    severity: 'block',
    message: '以定时反复联系向买家施压，属于骚扰',
    window: 60,
    sentence: [BY_US, /每日|每天|每晚|天天|每隔|每[0-9一二两三四五六半]+个?小时|早中晚|轮流|不间断/,
      /(?:未|没|不|尚未|没有|拒绝)(?:配合|同意|修改|删除|删|改|撤回|撤销|撤|处理)[^]{0,6}(?:评价|差评|评|投诉|诉)|(?:评价|差评|投诉|中评)[^]{0,6}(?:未|没|尚未|没有|仍未|还没)(?:有)?(?:修改|删除|删|改|撤回|撤销|撤)|(?:你|您)(?:一直|仍|还|始终)?(?:未|不|拒绝)(?:配合|同意撤诉)/],
    notSentence: [NOT_US, SERVICE_STOP, SERVICE_REASON, /不会|不再|选一个|任选|方便的时间/],
  },
  {
    words: CONTACT,
    severity: 'block',
    message: '以频繁联系向买家施压，属于骚扰',
    after: /^(?:一次|一遍)?(?:[^]{0,4})(?:直到|为止)/,
    sentence: BY_US,
    notSentence: NOT_US,
  },
  {
    // Round 30 (t30b): the demand asked as A-not-A (撤不撤？删不删？差评改不改？), then asking or calling promised to go on in the next
    // sentence (我可以一直问下去, 我们每天都来问一次, 明天接着催): the demand is the pressure the repetition serves. Not a size or an address
    // asked (地址改不改？我们一直在等您回复), nor a third party chased (撤不撤…我们一直催着仓库).
    words: ['撤不撤', '删不删', '撤没撤', '删没删', '撤了没', '删了没', '改不改', '给不给'],
    severity: 'block',
    message: '追问买家撤销、删改评价，并声称会一直问下去，属于骚扰（规则 2.5）',
    window: 24,
    sentence: OUR_DEMAND_REPEATED,
    // (asking on for the buyer — 帮您问, 跟进进度 — is service)
    notSentence: [NOT_US, THIRD_PARTY_NAMED, /帮(?:您|你)|替(?:您|你)|为(?:您|你)|跟进|进度|核实|查询|确认|到账|发货|补发|换货|退款|订单|地址|尺码|发票|财务|同事|主管|领导|品牌|厂家|售后/],
    // 改不改 / 给不给 ask for the review only when it is named right by them (差评改不改, 好评给不给).
    unless: (ctx, start, end) =>
      /^[改给]/.test(ctx.compact.slice(start, end)) && !/(?:差评|中评|好评|评价|五星|5星|投诉)$/.test(ctx.before(start, 6, 'soft')) && !/^(?:差评|好评|评价|五星|5星)/.test(ctx.after(end, 6, 'soft')),
  },
  {
    words: CONTACT_AGAIN,
    severity: 'block',
    message: '以反复联系向买家施压，属于骚扰',
    // The buyer as the one who goes on (如果您继续发送辱骂内容…; round 8). A condition on the buyer's not answering is no
    // denial of ours (不接我就一直打), so only a denial right before the verb cancels.
    // Round 67 (engfa67): …or the buyer invited to go on asking us (…我们不回答，您有商品问题请继续问; 欢迎继续问): the asking is theirs.
    notBefore: /(?:你|您|对方|买家|顾客)(?:再|还|也)?(?:要是|如果|可以|能|可)?(?:再|还)?$|(?:不会|不再|不用|不必|不要|别|没有|不想)[^]{0,2}$|(?<!我|我们|客服|咱们)(?:请|请您|欢迎|欢迎您|尽管|随时)(?:都|可以|再)?$/,
    // The buyer told where to turn (处理不满意您还可以继续找平台).
    notAfter: /^(?:平台|客服|我们|售后|官方)/,
    deniable: false,
    sentence: [BY_US, PRESSURE],
    notSentence: NOT_US,
    // Round 23 (t23b): …nor a third party we chase for the buyer (一直催着仓库, 品牌方那边…一直催着他们补货).
    unless: (ctx, start, end) => worryDenied(ctx, start, end) || thirdPartyChased(ctx, start, end),
  },

  {
    // The contact stops only if the buyer gives in: 您方便改一下的话，我们就不用每天给您打电话做满意度回访啦. The denial is
    // the carrot, so it does not cancel the cue.
    words: ['就不用', '就不会再', '就不再', '就不必', '就可以不用', '也就不用', '就不会每天', '就不会天天'],
    severity: 'block',
    message: '以“改评价就不再天天联系”向买家施压，属于骚扰（规则 2.5）',
    after: /^[^，。]{0,6}(?:每天|天天|一直|反复|每隔|每小时|再)[^，。]{0,8}(?:打|发|联系|回访|提醒|催|找|问|私信|骚扰|打扰)/,
    // The condition changes the review (改一下的话 after 中评), not an address or a size (改地址的话).
    window: 40,
    sentence: [
      /(?:改|删|撤|追评|好评|五星)(?!地址|收货|手机|电话|号码|尺码|颜色|规格|型号|时间|单|价)[^]{0,6}(?:的话|就)|只要[^]{0,12}(?:改|删|撤|好评|五星)/,
      /差评|中评|一星|评价|投诉|好评|五星/,
    ],
    deniable: false,
  },
  {
    // English: if u don't remove the 1-star review, we will call u every day.
    words: ['every day', 'everyday', 'every hour', 'every night', 'every morning', 'day and night', 'nonstop', 'again and again', 'all night'],
    severity: 'block',
    message: '以频繁联系向买家施压，属于骚扰（规则 2.5）',
    sentence: [/call|text|message|msg|ring|remind|contact|email|dm|打电话|发消息/, /if(?:u|you)(?:dont|donot|wont|willnot)|unless|until(?:u|you)|不删|不改|不撤/],
  },
  {
    // Round 34 (t34c): the same in English or code-mixed, said as going on (keep messaging you, won't stop calling) or as a period
    // (every 30 mins, every few hours), with the review or complaint and a condition (otherwise, unless, until, 不然, 直到): 麻烦今晚改一下，
    // otherwise we'll keep texting u every 2 hours. Not updates promised on the order (we'll keep you posted every 30 mins until it clears).
    words: ['keep messaging', 'keep message', 'keep texting', 'keep calling', 'keep pinging', 'keep bugging', 'keep reminding', 'keep contacting', 'keep dming', 'keep spamming',
      'keep chasing', 'keep sending', 'keep nagging', 'keep reaching out', 'keep ringing', 'keep pestering', 'keep hitting you up', 'wont stop messaging', 'wont stop calling', 'wont stop texting', 'never stop messaging', 'never stop calling',
      'blow up your phone', 'blow up ur phone', 'spam you', 'spam u'],
    severity: 'block',
    message: '以频繁联系向买家施压，属于骚扰（规则 2.5）',
    // (the buyer invited to go on writing to us: feel free to keep messaging us until the 评价 issue is fixed)
    notAfter: /^(?:us|me|our|theshop|客服|我们|我)/,
    window: 80,
    sentence: EN_NAG_SENTENCE,
    notSentence: EN_NAG_NOT,
  },
  {
    // (the period's unit counts only after every: every 30 mins, every few hours — not 30 minutes to ship)
    words: ['mins', 'minutes', 'minute', 'hours', 'hrs'],
    severity: 'block',
    message: '以频繁联系向买家施压，属于骚扰（规则 2.5）',
    before: /every(?:[0-9]+|few|couple|coupleof|other|half|single|fifteen|thirty|ten|five|two|three)?$/,
    window: 80,
    sentence: [/call|text|messag|msg|ping|remind|contact|email|dm|打电话|发消息|私信|联系|发一次|打一次|提醒/, ...EN_NAG_SENTENCE],
    notSentence: EN_NAG_NOT,
  },
  {
    // The buyer's phone promised busy: 一星是吧？明天开始你的手机会很热闹的 / 你电话要停不下来了.
    words: ['热闹', '闲不下来', '停不下来', '响不停', '安静不了', '消停不了', '有得忙', '忙不过来'],
    severity: 'block',
    message: '以电话、短信轰炸威胁买家，属于骚扰（规则 2.5）',
    before: /(?:手机|电话|短信|微信|消息)[^]{0,6}$/,
    window: 40,
    sentence: /差评|中评|一星|投诉|举报|撤|不删|不改|评价|退款|曝光/,
    notSentence: /直播间|活动|抢购|大促|降噪|勿扰|静音/,
  },
  {
    // Changing numbers or accounts is futile: 号码换了也没用，你的新号我们照样能打通 / 换个马甲也没用.
    words: ['也没用', '都没用', '没有用', '认得出', '照样', '一样能', '一样打得通', '能打通', '打得通', '找得到你', '找得到您', '都认识', '也认识', '也都认识'],
    severity: 'block',
    message: '声称买家换号、拉黑也躲不开联系，属于骚扰（规则 2.5）',
    window: 30,
    sentence: [/换(?:了|个|多少个|几个|多少)?(?:号|马甲|账号|小号|号码|手机|名字|头像|id)|(?:号|号码|手机号|马甲|账号)换了|新号|拉黑|屏蔽/, /我们|我|你|您/],
    notSentence: /登录|绑定|优惠券|券|会员|积分|收货|地址|订单|实名|密码|不会|保修|质保/,
    // What carries on is the buyer's money or goods, not our calls: 退款已经处理完了，照样会原路到账.
    notAfter: /^(?:会|能|可以|还|也)?(?:原路)?(?:到账|退回|退给|退到|退款|发货|送达|享受|生效|有效|保修|质保|给您退|给您发)/,
  },
  {
    // Leaning on the buyer's family, colleagues or boss over a review: 我们已经加了订单备注里您家人的手机号，后续差评的事情会
    // 直接跟他们沟通哈. Not family as the receiver (家人代收).
    words: ['家人', '家里人', '家属', '父母', '爸妈', '同事', '领导', '邻居'],
    severity: 'block',
    message: '联系买家的家人、同事施压，属于骚扰（规则 2.5）',
    before: /(?:你|您)(?:的|家|们)?$/,
    window: 40,
    // The contact is aimed at them (跟他们沟通, 联系了您家人), not the buyer told to contact us (退货的话联系我们就好).
    sentence: [
      /(?:沟通|联系|打给|打电话给|找|告诉|通知|问问|说说|聊聊|反映)(?:一下)?(?:他们|他|她)|(?:跟|和|给|向)(?:他们|他|她)[^]{0,6}(?:沟通|联系|打|说|聊|反映|讲)|(?:联系|打给|告诉|通知|找|加了|问问)(?:了|过)?(?:你|您)|(?:给|跟|和|找)(?:你|您)(?:的|家)?(?:爸妈|父母|家人|家里人|老公|老婆)[^]{0,6}(?:寄|聊|说|谈|打)/,
      /差评|中评|一星|投诉|举报|撤|评价|退款|退货/,
    ],
    notSentence: /代收|签收|收货人|送给|礼物|分享|推荐|适合|喜欢|一起用|宝宝|奶粉|不会|帮您/,
  },
  {
    // Pushes the buyer cannot stop: 每天会给您推送三条优惠短信，不能退订的.
    // Round 8: refusal however said (回复TD也不会退订, 退订也没用), in a push that names no buyer (本消息将每5分钟自动推送).
    words: ['不能退订', '无法退订', '退订不了', '没法退订', '不让退订', '不许退订', '拒收不了', '屏蔽不了', '取消不了', '也不会退订', '也不能退订', '退订也没用', '退订无效', '退订没用'],
    severity: 'block',
    message: '向买家强推无法退订的广告、垃圾信息，属于骚扰（规则 2.5）',
    window: 40,
    sentence: [/推送|短信|消息|广告|优惠|推广|电话/, /你|您|回复|本消息|本条/],
    notSentence: /问题|故障|修复|bug|已经可以|现在可以/,
    deniable: false,
  },
  {
    // A count of contacts already made, beside the review: 已经给您发了二十多条消息了…改评价的事 / 打了十几个电话.
    words: ['发了', '打了', '催了', '问了', '提醒了', '联系了', '私信了'],
    severity: 'block',
    message: '反复联系买家追问评价，属于骚扰（规则 2.5）',
    // Ours (已经给您发了, 我们打了), not the buyer's (您之前问了三次).
    // Round 9: also to the buyer's phone or inbox (已经给您手机发了30条短信了，您还不回复的话明天开始翻倍发).
    before: /(?:给|跟|和|向)(?:你|您)(?:的)?(?:手机|手机号|电话|号码|微信|邮箱|私信)?(?:上|里)?$|(?:我|我们|咱们)(?:已经|都|一共|总共|今天)?$|已经$/,
    after: /^[^，。]{0,3}(?:[3-9]|[1-9][0-9]|[三四五六七八九十几]|好几|n)[^，。]{0,3}(?:条|个|通|次|遍|回)/,
    window: 40,
    // Round 6: or the buyer who does not answer told more is coming (您要是还不接，下周加倍).
    // (round 33, t33b: or the review raised as the matter in hand — 已经给您发了七八条了，评价的事您看看)
    sentence: /(?:评价|差评|中评|好评|一星|五星|投诉)[^]{0,40}(?:改|删|撤|好评|五星)|(?:改|删|撤)[^]{0,40}(?:评价|差评|中评|一星|投诉)|(?:评价|差评|中评|一星)的事|还不接|还不回|不接的话|不回的话|加倍|翻倍|继续打|接着打|接着发|继续发/,
    notSentence: [NOT_US, /仓库|快递|物流|海关|平台|尊重|随您|由您|不影响|不强求|驿站|不再打扰/],
  },
  {
    // Round 12, GENERAL: a count of calls or messages already made to the buyer so large it is pressure by itself, whatever it
    // asks for (已经给您打了12个电话，快手号也私信了好几条 / 我们一上午给你打了十几通 / 私信都发了二十多条了). Not a courier's or a
    // scammer's, nor a count with its order reason (因为清关资料…).
    words: ['发了', '打了', '催了', '问了', '提醒了', '联系了', '私信了', '留言了', '拨了', '私信', '留言'],
    severity: 'warn',
    message: '反复联系买家，属于骚扰（规则 2.5）',
    before: /(?:给|跟|和|向)(?:你|您)(?:的)?(?:手机|手机号|电话|号码|微信|邮箱|私信)?(?:上|里)?$|(?:我|我们|咱们)(?:已经|都|一共|总共|今天|一上午|一下午|一晚上)?$|已经$|都$/,
    after: /^(?:了)?(?:你|您)?[^，。]{0,3}(?:[89]|[1-9][0-9]|十[一二三四五六七八九几来]?|[二三四五六七八九几]十|好几十|不下十|不下二十|[一几上]?百)[^，。]{0,2}(?:条(?!规|款|建议)|通|(?:次|遍|回)(?!货|快递|包裹|样|补|退|款)|个(?:电话|短信|消息|信息|私信|语音|视频|未接))/,
    window: 40,
    sentence: /你|您|回|接/,
    notSentence: [NOT_US, SERVICE_STOP, SERVICE_REASON, /仓库|海关|不再打扰|抱歉打扰|不好意思打扰|没接通[^]{0,8}(?:包裹|快递|退回)/],
  },
  {
    // Round 12: the calls counted as the buyer sees them (十五个未接来电都是我们打的 / 二十多通未接 / 手机上那十几个未接都是我). Eight or
    // more, ours. Not a courier's.
    words: ['个未接', '通未接', '条未接', '未接来电'],
    severity: 'warn',
    message: '反复联系买家，属于骚扰（规则 2.5）',
    before: /(?:[89]|[1-9][0-9]|十[一二三四五六七八九几来]?|[二三四五六七八九几]十|好几十|[一几上]?百)(?:多)?(?:个|通|条)?$/,
    window: 30,
    sentence: /我|我们|咱|客服|本店/,
    notSentence: [NOT_US, /不是我们|陌生号码|骚扰电话|标记/],
  },
  {
    // Round 12: the buyer handed to a review chaser (您的手机号已经交给我们的催评专员了，他会持续跟进 / 安排专人催评).
    words: ['催评', '催好评', '催改评', '催删评'],
    severity: 'block',
    message: '安排专人反复催促买家评价，属于骚扰（规则 2.5）',
    sentence: /你|您|跟进|专员|专人|安排/,
    // Round 29 (lead, CLEAN-CM): …nor a reminder the shop owns up to and withdraws (多发了一次催评价的消息，这个不应该; 已经把您从提醒名单里去掉).
    notSentence: [NOT_US, /不会|禁止|严禁|不允许|违规|不应该|不该|是我们不对|抱歉|道歉|对不起/],
  },
  {
    // Round 12, GENERAL: contact kept up until the buyer acts, whatever the verb (您不接我们就换个同事打，换到您接 / 十分钟后我再来问…一直到
    // 您回 / 发到你回复为止 / 问到您松口). A contact or persistence verb, 到 + the buyer, then the buyer's yielding act. Not a delivery
    // (送到您家, 发到您手机) nor waiting for the buyer's confirmation (等到您确认后再发货).
    words: ['到您', '到你'],
    severity: 'block',
    message: '声称联系到买家就范为止，属于骚扰（规则 2.5）',
    before: /(?:打|发|问|换|催|找|一直|联系|私信|留言|敲|耗|盯|跟|缠|call)$/,
    after: /^(?:接|回|改|删|撤|同意|松口|答应|理我|烦|受不了|服软|妥协)/,
    notSentence: [NOT_US, /发货|退款|处理好|安排|确认收货|满意/],
  },
  {
    // Round 12, GENERAL: contact at night about the review, whatever the verb (凌晨两点打扰啦，还是想再提醒下好评的事 / 深夜叨扰，
    // 评价的事您考虑得怎么样了 / 大半夜的还来问您改没改). Not a night shipment, a live show or a denial (不会在深夜打扰您).
    words: ['凌晨', '半夜', '大半夜', '深夜', '三更半夜', '深更半夜', '这么晚', '大晚上', '这个点'],
    severity: 'block',
    message: '深夜联系买家追问评价，属于骚扰（规则 2.5）',
    // (the buyer's own night: 您凌晨发的评价我们看到了)
    notBefore: /(?:您|你|买家)(?:是|在|昨天|昨晚|前天)?$/,
    window: 30,
    sentence: [/打扰|叨扰|吵醒|提醒|发|打|找|问|催|联系|私信|留言|等(?:你|您)/, /好评|评价|差评|中评|一星|五星|删评|改评|改了|删了|改没改|删没删|撤/],
    notSentence: [NOT_US, /不会|不打扰|发货|航班|直播|物流|清关|到货|下单|抢购|秒杀|值班|24小时|在线|随时|自动回复|感谢|谢谢/],
  },
  {
    // The buyer reached through their own posts: 您不回我，我就去您的每个作品底下留言问 / 每条视频下面都去评论.
    words: ['作品', '评论区', '视频', '直播间', '主页'],
    severity: 'block',
    message: '到买家作品、主页下反复留言施压，属于骚扰（规则 2.5）',
    before: /(?:你|您)的?(?:每个|每条|每一个|每一条|所有|全部|几个|每篇)?$/,
    // Round 6: also a comment per refund, by a second account (你退一单，我们就用小号去你作品底下留一条言，一单一条).
    after: /^[^，。]{0,6}(?:留言|留一|留个|评论|问|@|艾特|刷|私信|发|骂|喷|挂|复制|粘贴|贴)/,
    window: 40,
    sentence: [/每个|每条|每一|所有|全部|天天|一个个|挨个|都去|每天|小号|一(?:单|次)一(?:条|次)/, /不回|不理|不改|不删|不撤|差评|投诉|评价|退款|退货|退一|退单/],
    notSentence: /点赞|晒单|福利|抽奖|感谢|欢迎|授权/,
  },
  {
    // Stopping only when the buyer gives in, however said: 您什么时候删我们什么时候停 / 差评删了我们才停.
    words: ['什么时候停', '啥时候停', '才停', '才会停', '才停止', '就停', '就不发了', '就不打了', '哪天停', '什么时候结束', '什么时候停止', '才结束', '就结束', '才罢休'],
    severity: 'block',
    message: '声称联系到买家让步为止，属于骚扰（规则 2.5）',
    // The review is what changes (您什么时候删, 差评删了), not an address (地址改好了我们就停发提醒).
    // Round 17 (t17): …or the buyer's concession on the order (您什么时候确认收货我们什么时候停, 撤销退款申请我们才停), the contact
    // said relentless (一直发, 晚上也发, 别再发了 refused) — not a reminder that stops with a needed step (上传后就不再打扰).
    before: /(?:(?:评价|差评|评|投诉)[^]{0,4}(?:删|改|撤)|(?:删|改|撤)[^]{0,3}(?:评价|差评|投诉|评)|(?:什么时候|哪天|啥时候)(?:删|改|撤)|好评|五星|(?:什么时候|哪天|啥时候)(?:点)?(?:确认收货|签收|撤销|撤回|取消(?:退款|申请|投诉|售后)?|同意|松口)|(?:确认收货|撤销(?:退款|投诉|申请)|撤回(?:退款|投诉|申请)|取消(?:退款|投诉|售后))(?:了)?(?:我们|我)?)[^]{0,10}$/,
    reach: 20,
    window: 40,
    // Round 8: 删评 for the review, a flood named (短信轰炸了解一下？删评就停).
    sentence: [/评价|差评|中评|好评|五星|投诉|删评|改评|撤评|确认收货|签收|撤销|撤回|取消退款|取消售后|同意|松口/, /天天|每天|一直|继续|打|发|找|催|问|看|轰炸|短信|电话|刷屏/],
    notSentence: [NOT_US, SERVICE_STOP],
    unless: (ctx, start, end) => {
      const around = ctx.compact.slice(Math.max(0, start - 40), end + 20);
      return !/评|投诉|五星/.test(around) && !RELENTLESS.test(around);
    },
  },
  {
    // Round 11 (t11d): a short reply leaves "we" unsaid: a harassing frequency, a contact verb and the review as the condition
    // are enough (好评没改之前 每小时提醒你一次, 差评不撤就每天私信你). Not: a deadline (24小时内联系您), someone else calling.
    ...OFTEN_CONTACT,
    window: 24,
    sentence: [/(?:好评|差评|评价|评论|投诉)[^]{0,3}(?:没|不)?(?:删|改|撤)|(?:没|不)(?:改|删|撤)[^]{0,3}(?:好评|差评|评价)|改好评|删差评/],
    notSentence: [NOT_US, SERVICE_STOP, /[0-9一二三四五六七八九十两半]+个?(?:小时|分钟|工作日)(?:内|之内|以内)|没关系|不要紧|不影响|不强求|随意|自愿/],
  },
  {
    // Round 11 (t11d): the same demand hammered three times over (改不改 改不改 改不改好评, 删了没 删了没 删了没): the repetition is
    // the pressure. A single 改不改 is a question.
    words: ['改不改', '删不删', '撤不撤', '改了没', '删了没', '撤了没', '改没改', '删没删', '改了吗', '删了吗'],
    severity: 'block',
    message: '反复催逼买家改评价，属于骚扰',
    after: /^[^]{0,3}?(改不改|删不删|撤不撤|改了没|删了没|撤了没|改没改|删没删|改了吗|删了吗)[^]{0,3}?\1/,
    reach: 20,
    deniable: false,
  },
  {
    // Round 32 (t32d): the buyer reproached for not answering, with the agent's own feelings or sleepless wait (我一整晚都在等您回消息，
    // 一直没睡，您为什么不理我呀？是不是讨厌我了 / 怎么又不回我，我等到凌晨三点): clinging to a buyer who went quiet. Not the buyer's
    // own complaint told back (您说客服不理您), an apology for our wait (让您等了一整晚), nor a reply left to the buyer (不回我也没关系).
    words: ['不理我', '不回我', '不回复我', '讨厌我', '嫌弃我', '一直没睡', '一夜没睡', '一晚上没睡', '一整晚都在等', '一晚上都在等', '整晚都在等', '等了一整晚', '等了一晚上', '等到凌晨'],
    severity: 'warn',
    message: '纠缠、埋怨买家不回消息，属于骚扰（规则 2.5）',
    notAfter: /^(?:们|消息的|的消息)/,
    // (round 34, t34a: …nor someone else's sleepless night, the buyer's child or family, or told by the buyer — 听您说孩子发烧一晚上没睡)
    notBefore: /(?:孩子|宝宝|小朋友|娃|闺女|儿子|女儿|老人|家里人|老公|老婆)[^]{0,6}$/,
    window: 30,
    sentence: [/不理|不回|没睡|一整晚|一晚上|一夜|凌晨|等(?:您|你)|(?:您|你)[^]{0,4}(?:没看|没回|已读)/, /(?:您|你|亲)[^]{0,8}(?:不理|不回|讨厌|嫌弃)|是不是(?:有点)?(?:讨厌|嫌弃)|(?:等|盼)(?:您|你)[^]{0,4}(?:回|消息|理)|没睡|等到凌晨/],
    notSentence: [NOT_US, /没关系|不要紧|不着急|不急|方便(?:时|的时候)|有空再|抱歉让(?:您|你)|让(?:您|你)(?:久|等)|(?:您|你)(?:说|反映|提到)[^]{0,8}(?:不理|不回)|听(?:您|你)说/],
    deniable: false,
  },  {
    // Round 33 (t33b): past contact listed day by day, then the review asked again (我是昨天、前天、大前天都联系过您的小李，今天还是想问问
    // 那条评价; 周一周三周五都给您打过电话了…好评) — the count of days is the pressure. Not the buyer's own contacts (您昨天前天都找过我们).
    words: ['大前天', '前天', '连续', '连着', '接连', '一连', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '上个月', '这个月', '上周', '这周', '本周', '上礼拜', '这礼拜',
      '第三回', '第四回', '第五回', '第六回', '第三次', '第四次', '第五次', '第六次'],
    severity: 'block',
    message: '一连几天反复联系买家追问评价，属于骚扰（规则 2.5）',
    window: 40,
    sentence: [
      /(?:昨天|前天|大前天|周[一二三四五六日天])[^]{0,2}(?:昨天|前天|大前天|周[一二三四五六日天])|(?:连续|连着|接连|一连)[^]{0,3}(?:[两三四五六七八九十几]|[2-9])天|(?:上个月|这个月|上周|这周|本周|上礼拜|这礼拜)[^]{0,2}(?:这个月|这周|本周|这礼拜)|第[三四五六](?:回|次)了/,
      /联系|找过|找(?:您|你)|聊|问过|打过|发过|私信|打扰|叨扰|问|催|提醒|留言/,
      /评价|好评|差评|评分|中评|改评|删评|追评|五星|一星|撤诉|投诉/,
    ],
    notSentence: [NOT_US, /(?:联系|找|问|留言)(?:过|了)?(?:我们|客服|本店|店里)|(?:您|你)(?:在)?(?:昨天|前天|大前天|周[一二三四五六日天])[^]{0,6}(?:联系|找|问|留言|反映|反馈)|不着急|不用改|不打扰|随您|抱歉一直|没有回复您|没及时/],
    deniable: false,
  },
  {
    // Round 33 (t33b): contact announced for an hour when people sleep (明早六点我再来问问, 凌晨一点再找您确认, 晚上十二点我再打给您) —
    // it disturbs the buyer's normal life. Not shipping or opening hours (明早六点开抢, 凌晨一点清关), not the buyer invited to reach us.
    words: ['明早', '明天早上', '明天一早', '明儿早上', '明儿一早', '明天清早', '明天清晨', '早上', '清早', '一大早', '清晨', '早晨'],
    severity: 'warn',
    message: '约在清晨休息时间联系买家，影响他人正常生活（规则 2.5）',
    after: /^(?:的)?(?:[四五六]|[4-6])点(?:半|钟|整|左右|多|前)?(?:之前|以前)?(?:我|我们|客服|就|再|准时|还)/,
    sentence: /(?:我|我们|客服|再|来|准时)[^]{0,6}(?:问|找|联系|打|发|催|提醒|打扰|叫|敲|确认|跟进)/,
    notSentence: [NOT_US, /发货|出库|揽收|取件|上架|开抢|开售|秒杀|直播|开播|航班|清关|到港|配送|派送|送达|营业|上班|下班|休息|打烊|离线|不在|上线|在线|值班|人工|起床|闹钟|(?:您|你)(?:可以|可|随时)?(?:联系|找|问|留言)|不打扰|不会/],
    deniable: false,
  },
  {
    words: ['今晚', '晚上', '夜里', '半夜', '凌晨', '深夜', '明天凌晨', '今天凌晨'],
    severity: 'warn',
    message: '约在深夜休息时间联系买家，影响他人正常生活（规则 2.5）',
    after: /^(?:的)?(?:十一|十二|11|12|一|1|两|2|三|3|四|4)点(?:半|钟|整|左右|多)?(?:之后|以后|后)?(?:我|我们|客服|就|再|准时|还)/,
    sentence: /(?:我|我们|客服|再|来|准时)[^]{0,6}(?:问|找|联系|打|发|催|提醒|打扰|叫|敲|确认|跟进)/,
    notSentence: [NOT_US, /发货|出库|揽收|取件|上架|开抢|开售|秒杀|直播|开播|航班|清关|到港|配送|派送|送达|营业|上班|下班|休息|打烊|离线|不在|上线|在线|值班|人工|(?:您|你)(?:可以|可|随时)?(?:联系|找|问|留言)|不打扰|不会|之前/],
    deniable: false,
  },  {
    // Round 37 (t37d): the buyer added on a private channel with the number from their order (用这个号加了您好友 / 拿您下单的手机号加您微信) — the
    // buyer's personal details used to reach them outside the chat. Not the buyer told to add our official account.
    words: ['加了您', '加了你', '加您', '加你', '添加了您', '添加了你', '添加您', '添加你'],
    severity: 'block',
    message: '用买家订单上的手机号私下添加买家，属于骚扰（规则 2.5）',
    before: /(?:用|拿|通过|按|根据|照着)(?:这个|那个|您的|你的|您|你|订单上的|订单里的|您订单上的|你订单上的|您下单的|你下单的|您留的|你留的|收货)?(?:手机|电话|收货)?(?:号|号码|手机号|电话号|电话|手机号码)(?:码)?(?:也|还|又|都|已经|去|来|给)?(?:已经)?$/,
    notAfter: /^(?:我们|我|客服|店铺|官方)/,
    // (…nor the shop promising it will not: 我们不会用您的手机号加您)
    notSentence: /(?:您|你)(?:可以|也可以|能)|我们的(?:官方)?(?:账号|号)|(?:不会|绝不|从不|不再|没有|不可能|不能|不得|严禁|禁止)(?:再|私自|擅自)?(?:用|拿|通过|按|根据)/,
    deniable: false,
  },
  {
    // Round 37 (t37d): a deadline set on the buyer's review (麻烦您今天之内给个五星 / 今晚十点前把好评补上) — pressure over a review. Not the platform's
    // window told (确认收货后15天内可以评价).
    words: ['五星', '5星', '好评', '评价', '满分', '追评', '全五星'],
    severity: 'block',
    message: '限时要求买家给好评，属于施压（规则 2.5）',
    before: /(?:今天|今晚|今日|明天|明早|明晚|马上|一小时|两小时|[0-9一二三四五六七八九十两]+(?:个)?小时|[0-9一二三四五六七八九十两]+点)(?:之内|以内|内|前|之前|以前)(?:帮忙|务必|一定|必须|记得|麻烦|请)?(?:给|打|写|补|改成?|留|点|上)(?:个|一个|下|一下|上)?(?:我们)?$/,
    notSentence: /可以评价|都可以|均可|有效|期限|自动|默认|系统会|逾期|过期|截止|活动|返现|抽奖/,
    deniable: false,
  },
  {
    // Round 37 (t37d): …or with 把 (今晚十点前把好评补上 / 明天之前把五星改好 / 今天之内把差评删了).
    words: ['五星', '5星', '好评', '评价', '满分', '追评', '全五星', '差评', '中评', '一星', '1星', '投诉'],
    severity: 'block',
    message: '限时要求买家给好评，属于施压（规则 2.5）',
    before: /(?:今天|今晚|今日|明天|明早|明晚|马上|一小时|两小时|[0-9一二三四五六七八九十两]+(?:个)?小时|[0-9一二三四五六七八九十两]+点)(?:之内|以内|内|前|之前|以前)(?:帮忙|务必|一定|必须|记得|麻烦|请)?(?:您|你)?把(?:这个|那个)?$/,
    after: /^(?:给)?(?:补上|补一下|补了|给上|写上|写一下|写了|改好|改了|改一下|改成|改掉|打上|点上|发一下|弄好|搞定|删了|删掉|删除|撤了|撤掉|撤回|撤销)/,
    notSentence: /可以评价|都可以|均可|有效|期限|自动|默认|系统会|逾期|过期|截止|活动|返现|抽奖/,
    deniable: false,
  },
];

/** How often an @ lands: 天天@你, 每条作品下都@你. */
const AT_OFTEN = /天天|每天|每条|每个|一直|不停|反复|所有|全部|都$/;

/**
 * Spam: the same sentence sent over and over in one message (亲亲在吗？亲亲在吗？亲亲在吗？ / 最后一天！最后一天！
 * …回复1！回复1！). Two repeats in all, of sentences of 3+ units, mark a flood; one echo (好的收到) does not.
 */
/** Longest message (compact units) judged as one flood. */
const FLOOD_MAX = 300;

/** Courtesy however often it repeats (谢谢亲！谢谢亲！谢谢亲！). */
const COURTESY = /^(?:好的|好哒|谢谢|感谢|收到|亲亲|亲|您|哦|呢|啦|呀|哈|嗯|稍等|在的|来了|马上|抱歉|对不起|不好意思|不客气|辛苦了|明白|可以|没问题|放心|是的|对的|晚安|拜拜)+$/;

const GREETING_LEAD = /^(?:早安|午安|晚安|早上好|上午好|中午好|下午好|晚上好|早啊|早呀)+/;

function floods(ctx: LintContext, rule: RuleModule): void {
  // A chat message, not a long draft or a pasted document (templates repeat there; slices must agree).
  if (ctx.compact.length > FLOOD_MAX) return;
  const starts = sentenceStarts(ctx);
  const text = ctx.compact;
  const seen = new Map<string, number>();
  let repeats = 0;
  let first = -1;
  let firstEnd = -1;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const e = k + 1 < starts.length ? starts[k + 1]! : text.length;
    if (e - s < 3 || e - s > 40) continue;
    // Round 32 (t32d): the same push sent under each time of day's greeting (早安☀️今日上新请查收 / 午安…今日上新请查收 / 晚安…): the
    // greeting opening it is dropped before the sentences are compared.
    const sentence = text.slice(s, e).replace(GREETING_LEAD, '');
    if (sentence.length < 3 || COURTESY.test(sentence)) continue;
    let at = seen.get(sentence);
    // Round 36 (t36e): the same question asked again with its topic dropped (评价写好了吗？写好了吗？写好了吗？): a sentence that ends an
    // earlier one counts as its repeat.
    if (at === undefined && sentence.length >= 4) {
      for (const [said, from] of seen) {
        if (said.length > sentence.length && said.endsWith(sentence)) {
          at = from + said.length - sentence.length;
          break;
        }
      }
    }
    if (at === undefined) {
      seen.set(sentence, e - sentence.length);
      continue;
    }
    repeats++;
    if (first < 0) [first, firstEnd] = [at, at + sentence.length];
  }
  // Reported on the first sentence that comes back.
  if (repeats >= 2) {
    ctx.report(rule, { start: first, end: firstEnd, severity: 'warn', message: '重复刷屏发送同样的内容，属于发送垃圾信息（规则 2.5）' });
    return;
  }
  calledOverAndOver(ctx, rule);
}

/** Round 36 (t36e): the buyer's name or title as a vocative (王先生，/ 李姐，/ 张老师，) opening a sentence. */
const VOCATIVE = /(?:^|[。！？!?\n…~～]\s*)([\u4e00-\u9fff]{1,3}(?:先生|女士|小姐|老师|姐|哥|总|老板|师傅|同学|阿姨|叔))\s*[，,、]/g;
/** A nag for an answer (在吗, 看到请回, 考虑得怎么样了). */
const NAG = /在吗|在不在|看到(?:请|麻烦|了)?回|回(?:一下|个话|复一下|个消息|我一下)|考虑得怎么样|考虑好了吗|怎么不回|还没回/;
/**
 * Round 36 (t36e): the buyer called by name at the head of sentence after sentence with a nag for an answer (王先生，下午好。王先生，在吗？
 * 王先生，评价的事考虑得怎么样了？): three calls in one message press like a flood of 在吗. Not a name used in a long answer without a nag
 * (王先生，您好。王先生，单号已发您。王先生，有问题随时找我).
 */
function calledOverAndOver(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.text;
  if (text.length > 400) return;
  const nag = NAG.exec(ctx.compact);
  if (!nag) return;
  const counts = new Map<string, number>();
  VOCATIVE.lastIndex = 0;
  for (let m = VOCATIVE.exec(text); m; m = VOCATIVE.exec(text)) {
    const n = (counts.get(m[1]!) ?? 0) + 1;
    counts.set(m[1]!, n);
    if (n >= 3) {
      ctx.report(rule, { start: nag.index, end: nag.index + nag[0].length, severity: 'warn', message: '一条消息里反复点名催买家回复，属于频繁联系施压（规则 2.5）' });
      return;
    }
  }
}

/** Next @ or ＠ at or after `from`; `memo` keeps each sign's next position (an absent one is not searched again per @). */
function nextAt(text: string, from: number, memo: [number, number]): number {
  if (memo[0] !== -1 && memo[0] < from) memo[0] = text.indexOf('@', from);
  if (memo[1] !== -1 && memo[1] < from) memo[1] = text.indexOf('＠', from);
  const [a, b] = memo;
  return a === -1 ? b : b === -1 ? a : Math.min(a, b);
}


/**
 * Contact denied with its motive between (我们不会因为差评去打电话或者反复发消息打扰您, 绝不会为了好评一直联系您; round 11, t11e):
 * the denial sits before a reason clause, so the plain denial test (a 不 right before the anchor) misses it.
 */
const DENIED_FOR_REASON = /(?:不会|绝不会|绝不|从不|从来不|决不|不可能|不会再)(?:因为|为了|为|由于)[^]{0,16}$/;
function deniedForReason(ctx: LintContext, start: number): boolean {
  return DENIED_FOR_REASON.test(ctx.before(start, 24));
}
/**
 * Round 14 (fa14b): a follow-up that announces itself as the last one (这是最后一次提醒, 之后不再打扰您, 以后不会再发消息) and asks
 * nothing of the review, nor sets a condition or a sequel (直到, 不接就, 明天继续): the count is told to close the matter, not to
 * press. Read over the whole reply, since the stop promise often closes it in its own sentence.
 */
const STOP_PROMISE = /最后一次(?:提醒|联系|通知|打扰|跟您|给您|和您)|最后一(?:条|次|遍)(?:了|啦)?[，。！,!；;]|(?:不再|不会再)(?:来)?(?:打扰|联系|提醒|催|发消息|发信息|发短信|打电话|打扰您|问)/;
const STOP_VOID =
  /评价|差评|好评|中评|五星|一星|评论|评分|投诉|删评|改评|撤评|直到|为止|不然|否则|除非|不接|不回|不理|不删|不改|不撤|才怪|不是最后|不会是最后|明天继续|明天接着|继续打|接着打|继续发|接着发|加倍|翻倍|还会|换号/;
function lastFollowUp(ctx: LintContext): boolean {
  // Once per draft, not per hit: two whole-reply regexes per hit made a pasted megabyte quadratic.
  return ctx.memo('repeated-contact:lastFollowUp', () => STOP_PROMISE.test(ctx.compact) && !STOP_VOID.test(ctx.compact));
}
/**
 * Round 27 (t27b): another shop, past or elsewhere, is the subject of the contact (您提到之前有店家拿到地址后一直给您打电话，我们不会这么做;
 * 别的商家天天给您发短信催好评): the clause names it before the hit with no 我/我们/本店 between. Not a comparison after our own
 * contact (我们每天给您发十条短信，跟之前的商家一样).
 */
const OTHER_SHOP_SUBJECT =
  /(?:有|别的|别家|其他|另一家|上一家|那家|之前的?|以前的?|有些|有的|某些|个别)(?:店家|商家|卖家|店铺|家店|个店)(?:(?!我|咱|本店|小店)[^]){0,16}$/;
function otherShopActs(ctx: LintContext, start: number): boolean {
  return OTHER_SHOP_SUBJECT.test(ctx.before(start, 24));
}
/**
 * Round 38 (t38k): past contact apologised for, with its reason (不好意思，之前每天给您打电话是想确认退款; 抱歉前几天一直联系您，是因为
 * 清关资料要补): an apology and a past marker before the hit, a reason after it, in one sentence — not with a sequel, a condition or the
 * review (以后, 还会, 继续, 再, 直到, 不然, 的话, 评价).
 */
const PAST_APOLOGY = /(?:不好意思|抱歉|对不起|sorry|打扰(?:到)?(?:您|你)了)[^]{0,6}?(?:之前|此前|前几天|前两天|前段时间|那几天|那段时间|上周|上个月|昨天|前天)[^]{0,12}$/;
const PAST_REASON = /^[^]{0,16}?(?:是想|是为了|是因为|是要|只是想|就是想|主要是|是怕|是担心|为了)/;
const PAST_VOID = /以后|今后|之后|接下来|还会|还要|继续|接着|再|直到|为止|不然|否则|除非|如果|要是|的话|评价|差评|好评|评分|五星|一星|改评|删评|撤/;
function pastApologised(ctx: LintContext, start: number): boolean {
  const before = ctx.before(start, 24, 'hard');
  if (!PAST_APOLOGY.test(before)) return false;
  const after = ctx.after(start, 30, 'hard');
  return PAST_REASON.test(after) && !PAST_VOID.test(before + after);
}
for (const cue of cues) {
  const own = cue.unless;
  cue.unless = own
    ? (ctx, start, end) => own(ctx, start, end) || deniedForReason(ctx, start) || lastFollowUp(ctx) || otherShopActs(ctx, start) || pastApologised(ctx, start)
    : (ctx, start) => deniedForReason(ctx, start) || lastFollowUp(ctx) || otherShopActs(ctx, start) || pastApologised(ctx, start);
}

const rule = cueRule({
  // Words quoted from someone else (对方说“不撤投诉就天天打你电话”): a mention, not our pressure.
  skipOthersQuoted: true,
  meta: {
    id: 'repeated-contact',
    clause: '2.5',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '频繁联系施压', en: 'Pressure by repeated contact' },
    description: {
      zh: '规则 2.5 禁止频繁联系他人。以“天天打电话”“每隔一小时提醒”“一直私信直到您改好评”等方式向买家施压会被拦截；一次性的跟进或进度通知不算。',
      en: 'Rule 2.5 forbids contacting people again and again. Pressuring the buyer with daily calls, hourly reminders or messages "until you change the review" is blocked; a single follow-up or status update is fine.',
    },
    hint: {
      zh: '只在有进展时通知一次，例如“有进展我们会在这里通知您，不会频繁打扰”。评价由买家自愿决定。',
      en: 'Notify once when there is news, e.g. "We will update you here, without bothering you." Reviews are the buyer\'s own choice.',
    },
  },
  cues,
  // 天天@你 / 每条作品下都@你: the @ is punctuation to the compact view, so it is found in the original text.
  check(ctx, rule) {
    floods(ctx, rule);
    const text = ctx.text;
    const starts = ctx.norm.compact.start;
    const memo: [number, number] = [-2, -2];
    for (let at = nextAt(text, 0, memo); at !== -1; at = nextAt(text, at + 1, memo)) {
      // First compact unit after the @ (offsets are whole numbers: after `at` is at least `at + 1`).
      const lo = firstAtLeast(starts, at + 1);
      const ch = ctx.compact[lo];
      if (ch !== '你' && ch !== '您' && ch !== '他' && ch !== '她') continue;
      const before = ctx.before(lo, 30, 'hard');
      if (!AT_OFTEN.test(before)) continue;
      const sentence = before + ctx.after(lo, 30, 'hard');
      if (!PRESSURE.test(sentence) || NOT_US.test(sentence)) continue;
      ctx.report(rule, { start: lo, end: lo + 1, severity: 'block', message: '以反复@买家向其施压，属于骚扰（规则 2.5）' });
    }
  },
  regexes: [AT_OFTEN, COURTESY],
});

export default rule;
