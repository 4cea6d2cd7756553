// 2.6: the chat tool is for customer service only — no recruiting (招代理, 兼职刷单, 打字员, 日结, 宝妈在家
// 做手工). Traps: the shop's own status (我们是品牌一级代理商), staff talk (兼职客服下班了), denials
// (平台严禁刷单), coupons (零门槛券), products (牙刷手柄), a product's audience (适合学生党的平价款).
// A job offer in other words: hiring a role (招主播, 缺人手, 在找平面模特, 缺几个剪视频的) and job terms (底薪, 包吃住,
// 管吃管住, 简历, 时薪, 月入, 按小时算钱, 来打工) read together within a short window — not a product for work (面试穿的西装,
// 打工人必备, 运费按件算), staff talk (打包员下班了, 客服都是全职的), model photos (模特身高175).
// Restating the buyer's question (您问我们要不要招代理？) is no offer, nor is a hiring question sent elsewhere (招聘的事请看品牌官网).
// Also: a business role offered with its money (做我们家分销拿货五折, 交399成为店主拿返利, 下线…分成) — a join verb and a money
// term around the role, not the shop's own status or 退差价; hiring by head count (招一批…的买手, 在招几个打包的); English ads
// (we are hiring part-time, work from home); Latin abbreviations (招jz，sd一单5r，dd我); a paid fake order (再拍一单不用发货，加8块辛苦费);
// piecework for us (帮我们打字，按字数结钱); a workplace invitation (要不要来我们公司上班, 可以过来干，一天两百) — not opening hours
// or pick-ups; joining a business we guide (跟我们一起做电商，我们带你); franchises (有没有兴趣加盟…零加盟费, 招加盟商，五万起投) unless denied;
// paid micro-tasks (做个任务，关注截图，发您3元红包) — not platform tasks or a refund; tasting/testing teams recruited (试吃团…
// 写个测评，想参加回我) — not the platform's own programme. The buyer's word quoted back (您说的“日结”是指…) is skipped.
// Round 7: others' acts reported (有人以我们店的名义招代理？那是假的) are no offer, nor is the shop's hiring sent to a hiring page
// (有兴趣可以看店铺首页的招聘说明); 招 joins a role to its money (招合伙人，推荐一个人奖励200).
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.
// Round 7 (fa7): someone else's act asked back and denied (有人以我们店的名义招代理？那是假的) is no offer (detect/answered.ts, all cue rules).
// Round 8 (fa8): the shop's loyalty programme (正在招募店铺会员…入会领券) is no job; a refusal naming the topic
// (我们客服这边不处理招聘相关的事情, 招聘的问题我们客服这边不处理) closed by 有事随时找我 is a refusal (detect/warning-frame.ts).

// Round 9 (fa9): the shop's buyer-show programme (招募买家秀，入选送一张券) is no hire either; 招募买家秀模特 still is; 招募体验官 is
// left to the tasting-team cue (the platform's own programme is fine); a role refused after it (兼职客服这个岗位我们不在这里招).
// Round 8: the no-stock pitch (不用囤货, 一部手机就能当老板) as a job term; the shop's own members (招募店铺会员) are no hire; pay per night or shift (一晚一百五) is a job term.
// Round 11 (t11b): the org slot before a role (要不要来做我们团队的代理, 我们工作室的合伙人); a piece rate for a task done for us (帮我们写几条
// 好评，一条返5块; not 运费一单5元, 小样一个5块); a topic asked back and answered no (店铺在招代理吗？没有哦).
// Then (t11b): come to our place for a warehouse chore with pay (可以来我们仓库打包，一天一百五; not 到我们仓库自提).
// Round 12 (t12d): piece rates per set or clip with a bare sum (一组给50); a pyramid said by the heads and the gain (拉3个人进来你的
// 货就免费, 带三个朋友加入…免费); not a closed programme (体验官名额已满) nor hiring sent to the homepage (招聘信息在店铺首页).
import { goodsTopicAt } from '../detect/goods-topic';
import type { LintContext } from '../context';
import { cueRule, endsAsQuestion, nextSentenceStart, type Cue } from '../detect/cue-rule';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';
import { toldHistory } from '../detect/mention';

/** Money or job terms that make 兼职 / 刷单 / 在家做 a job offer. */
const JOB = /招|当老板|做老板|零门槛|不用囤货|不囤货|日结|工资|佣金|返佣|提成|底薪|赚|挣|收入|月入|给(?:你|您)?[0-9一二三四五六七八九十百两]+(?!天|号|点)|时间自由|多劳多得|有兴趣|了解一下|想做|私我|报名|上岗|培训|按件|计件|计费|一单|每单|[0-9一二三四五六七八九十百]+元|块钱|一小时|回复[0-9一]|[都也]能做|[0-9]+r(?![a-z])|(?<![a-z])dd我/;
/**
 * Round 36 (t36g): the platform's own programme told (做团长可以拿佣金…平台统一打款, 快手团长的佣金由平台结算): the money paid or settled by
 * the platform, not the shop — unless the role is ours or joined off the platform (我们的团长, 我们团队, 加我, 进群, 交钱, 私聊).
 */
const PLATFORM_RUN =
  /^(?![^]*(?:我们|本店|我们店|咱们|咱家|我家|我的|店里)(?:的)?(?:团长|团队|代理|下线|分销|群)|[^]*(?:加我|私聊|私我|进群|入群|微信|交[0-9一二三四五六七八九十百两]|会费|加盟费|门槛费|找我))[^]*(?:平台(?:统一|直接|每月|按月|会)?(?:打款|结算|发放|返还|支付)|由平台(?:统一)?(?:打款|结算|发放|支付)|快手(?:的)?团长|平台(?:的)?团长(?:活动|计划|功能|权益)?)/;
/** A business role the buyer is invited into (分销, 下线, 店主): read with a join verb and a money term it is an offer. */
const JOIN = /做|当|成为|加入|开通|升|拉|发展|入|招/;
const ROLE_MONEY = /(?:交|入|买|拿)[^]{0,3}[0-9一二三四五六七八九十百两]+(?:元|块|的)?(?:礼包|会费|加盟费|门槛)|礼包|拿货|返利|分成|佣金|提成|差价|自用省钱|分享赚钱|躺赚|赚钱|赚差价|[0-9一二三四五六七八九十]折拿/;
/** Hiring someone right before a role noun: 招主播, 诚聘模特, 缺个美工, 在找几个剪辑. */
const HIRE_BEFORE = /(?:招|聘|招聘|招募|诚聘|急聘|急招|缺|在找|想找|要找|找|需要|急需)(?:几|一|两|个|名|位|批|些|[0-9]+)?(?:个|名|位|批|些)?(?:会[^]{0,6}的|带货|兼职|全职|在家|线上|长期|平面|短视频|直播|仓库|女|男|年轻)?[^]{0,2}$/;
/** Job terms that a role noun after a weak verb (找, 需要) must have near it to be hiring, not a service ask (找客服). */
const JOB_TERMS = /(?:一|每)(?:晚|天|场|小时|个月|周)[0-9一二三四五六七八九十百两千]+|底薪|提成|工资|月薪|时薪|日薪|薪资|薪水|包吃|管吃|包住|管住|简历|面试|上岗|坐班|上班|打工|结算|计件|按件|日结|五险|一小时|一个月[0-9一二三四五六七八九十两]|[0-9一二三四五六七八九十百两]+(?:元|块|千|万)|接单|有意向|感兴趣|有兴趣|要不要|考虑|试试|私我|私聊/;
/** Hiring or inviting words that make job terms (包吃住, 简历, 底薪) an offer to the buyer. */
// Round 43 (t43j): …or the pay told as a bare sum earned (一天能赚两百, 每千字结十五, 一单给您三十) — an earning verb right before a number that
// counts no goods, orders, people or time.
const HIRING = /招|聘|缺人|缺[^]{0,3}(?:个|名|位|人手)|找(?:几|一|两)?(?:个|名|位)|要不要|想不想|有兴趣|感兴趣|有意向|考虑|试试|来不|来吗|要来|过来|介绍|私我|私聊|发我|给我|丢|报名|[0-9一二三四五六七八九十百两]+(?:元|块|千|万)|(?:赚|挣|结|拿|(?<!积分|券|红包|补偿|运费|退款|差价|赔偿|优惠|返现|退)给(?:您|你))(?:个|到|上)?[0-9一二三四五六七八九十百两千]+(?![0-9一二三四五六七八九十百两千]|单|件|个|份|包|次|人|位|条|粉|赞|斤|克|天|号|点|分|小时|年|岁|米|积分|券|字)/;

/** Come to our place, right before a work word: 来我们公司上班, 到仓库打工. */
const COME_TO_WORK = /(?:来|过来|到)(?:我们|咱们|我)?(?:这|这边|那|公司|店里|店|仓库|厂|厂里|工厂|团队|工作室)?[^]{0,2}$/;
const NOT_WORK_AFTER = /^(?:日|时间|人员|台|嘛|什么|啥|了)/;
/** An invitation or pay that makes coming to work an offer. */
const WORK_INVITE = /要不要|想不想|可以|欢迎|有兴趣|感兴趣|待遇|工资|[0-9一二三四五六七八九十两百千]+(?:块|元|百|千)|一天|缺|差[^]{0,2}(?:个|人)/;
const NOT_WORK_INVITE = /下班|时间|几点|留言|快递|取件|自提|发货|退货|寄回|地址|售后|处理|工作日/;

/** Hiring questions sent away from the chat (这里只是售后窗口，招聘的事请看品牌官网): no offer. */
// Round 17 (fa17b): …or kept out of the chat window itself (招聘的事…也不在客服窗口聊, 不方便在咨询窗口聊合作) — not when a private channel follows.
const REDIRECTED = /招聘(?:信息|启事|说明|详情)(?:在|见|请看)[^。]{0,6}(?:首页|官网|公众号|主页)|不在(?:这里|这儿|这边|此|这|客服这)(?:招|聊招聘)|(?:这里|这边|此处|本窗口)只(?:是|能|处理|负责)|请(?:看|到|去|查看|关注|登录)[^。]{0,8}(?:官网|公众号|招聘)|(?:可以|可|您可以)(?:看|到|去|查看|在)[^。]{0,10}招聘(?:页面|页|说明|信息|公告|专区|网站|平台)|(?:不在|不方便在|不能在|没法在|不会在)(?:这里|这儿|这边|此|这个?|客服|咨询|聊天|对话)?(?:窗口|对话框|聊天框)(?:里|上)?(?:聊|谈|说|沟通|对接|招)(?![^。]{0,24}(?:加我|私我|私聊|私下|微信|vx|wx|qq|电话|手机|联系我|换个地方|站外|线下))/;

/** The buyer's own question or report restated before the answer (您问我们要不要招代理？不好意思…, 亲问的兼职是我们在招聘？,
 * 您说有人用我们店名招刷单兼职？那是诈骗): no offer. */
// Round 13 (fa13): the programme applied for through the shop's own page (店铺正在招募试用官，您可以在店铺首页“试用”入口申请，审核通过后
// 免费寄样): the sign-up runs on the platform's page, not through this chat — unless a private channel is asked for too (…报名私我).
const PAGE_ENTRY = /(?:店铺|本店|小店|商品|活动)(?:的)?(?:首页|主页|详情页|页面|页)[^]{0,10}?(?:入口|申请|报名|提交)|入口(?:申请|报名|提交)/;
const PRIVATE_SIGNUP = /私我|回我|加我|联系我|找我|私聊|私信我|微信|vx|wx|qq|群/;
function appliedOnPage(ctx: LintContext, start: number, end: number): boolean {
  const around = ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 60, 'hard');
  return PAGE_ENTRY.test(around) && !PRIVATE_SIGNUP.test(around);
}

// Round 24 (t24a): the buyer's question reported as an indirect one, no question mark (您问我们是不是在招人，我们不在聊天里招人): the
// A-not-A of the ask stands in the reported clause itself.
const INDIRECT_ASK = /(?:您|你|亲)(?:是|刚才|刚刚|之前)?(?:问|想问|咨询|打听)(?:一下|下)?[^，。！？]{0,8}(?:是不是|有没有|是否|要不要|在不在|会不会|招不招)[^，。！？]{0,3}$/;
/**
 * Round 54 (eng54c): the hiring done by the platform or by providers it certifies, not by us — the platform's own hiring channel named
 * (平台的快招工频道, 快手官方的招聘专区) or its certified providers said to be hiring (一般是平台认证的服务商在招): the buyer pointed at
 * the platform's feature. Not when the message asks the buyer to us or to a private channel (加我, 私我, 报名找我, 我们也在招).
 */
const PLATFORM_OWNER = /(?:平台|快手|官方)(?:自己|官方|自营)?(?:认证|授权|入驻|签约|合作)?的?/;
const PLATFORM_HIRER_BEFORE = new RegExp(`${PLATFORM_OWNER.source}(?:服务商|机构|企业|公司|商家|第三方)(?:在|正在|也在)?$`);
const PLATFORM_CHANNEL_BEFORE = new RegExp(`${PLATFORM_OWNER.source}[\u4e00-\u9fff]{0,3}$`);
const PLATFORM_CHANNEL_AFTER = /^[\u4e00-\u9fff]{0,3}?(?:频道|功能|板块|专区|入口|栏目|小程序|app|页面)/;
const PLATFORM_HIRER_AFTER = new RegExp(`^[^，。！？]{0,6}?${PLATFORM_OWNER.source}(?:服务商|机构|企业|公司|商家|第三方)(?:在|正在|也在)?(?:招|聘)`);
const OUR_HIRING = /加我|私我|私聊|找我|联系我|微信|vx|qq|报名|(?:我们|本店|店里|咱们)(?:这边)?(?:也|正在|还)?在招|(?:我们|本店)(?:也|还)?(?:招|要人|缺人)|日结|底薪|提成/;
function platformHiring(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 16, 'soft');
  const byPlatform = PLATFORM_HIRER_BEFORE.test(lead) || PLATFORM_HIRER_AFTER.test(ctx.after(end, 24, 'soft')) || (PLATFORM_CHANNEL_BEFORE.test(lead) && PLATFORM_CHANNEL_AFTER.test(ctx.after(end, 8, 'soft')));
  return byPlatform && !OUR_HIRING.test(ctx.before(start, 60, 'hard') + '\u0000' + ctx.compact.slice(end, end + 80));
}
function echoedQuestion(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 20, 'hard');
  return (/(?:您|你|亲)(?:是|刚才|刚刚)?(?:问|想问|咨询|打听|说|提到|看到|收到|遇到|反映|听说)/.test(before) && endsAsQuestion(ctx, end)) || INDIRECT_ASK.test(ctx.before(start, 20, 'soft')) || OTHERS_ACT.test(before) || ownStaffing(ctx, start, end) || askedAndDenied(ctx, end) || toldHistory(ctx, start, end) || platformHiring(ctx, start, end) || goodsTopicAt(ctx, start, end); // round 54 (eng54c): goodsTopicAt
}

/** Round 11: the topic asked back as a question and answered no in the next sentence (店铺最近在招代理吗？没有哦，我们只做零售). */
const ANSWERED_NO = /^(?:亲|哈|呃)?(?:没有(?!门槛|压力|任何|成本|经验|要求|风险)|不是的|不是哦|不是呢|不招|并没有|暂时没有|目前没有|暂时不|目前不|没在招|不会的|没这回事|没的)/;
function askedAndDenied(ctx: LintContext, end: number): boolean {
  if (!endsAsQuestion(ctx, end)) return false;
  const close = nextSentenceStart(ctx, end);
  return ANSWERED_NO.test(ctx.compact.slice(close, close + 10));
}

/** Round 9 (fa9): the shop's own hiring given as the reason for slow service (这次双十一我们招募了一批临时客服，回复可能会慢一点;
 * 仓库在招打包员，所以发货慢了) — news, not an offer, while nothing invites the buyer or names pay. */
const SERVICE_EXCUSE = /所以|因此|导致|回复(?:可能)?(?:会)?(?:稍微|有点|比较)?慢|发货(?:会)?(?:稍微|有点|比较)?慢|见谅|抱歉|不好意思/;
const INVITES = /有兴趣|感兴趣|有意向|要不要|想不想|欢迎|私我|私聊|联系我|加我|报名|简历|工资|薪|日结|提成|佣金|[0-9一二三四五六七八九十百两]+(?:元|块)|您也|你也|来吗|来不/;
function ownStaffing(ctx: LintContext, start: number, end: number): boolean {
  const s = ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard');
  return SERVICE_EXCUSE.test(s) && !INVITES.test(s);
}

/** Someone else's act reported (有人以我们店的名义招代理？那是假的; 骗子冒充本店招兼职): the shop offers nothing. */
const OTHERS_ACT = /(?:有人|别人|骗子|不法分子|陌生人|外面)(?:以|用|打着|借|冒充|假冒|冒用|盗用|自称)|(?:冒充|假冒|冒用|盗用)(?:我们|本店|我们店|咱们|店铺|我们家)|(?:以|打着|借|用)(?:我们|本店|我们店|咱们|店铺|我们家)(?:店|家)?的?(?:名义|旗号|名字|店名)/;

/**
 * Round 43 (t43f): the buyer typing a question where the shop talks to them (您想看哪个角度直接在直播间打字, 在评论区打字问主播就行): a way to
 * ask, not piecework — unless pay rides on it (在直播间打字控评，一条一块).
 */
const CHAT_PLACE_BEFORE = /(?:直播间|评论区|公屏|弹幕区?|聊天框|对话框|输入框|聊天窗口|对话窗口|咨询窗口|客服窗口|留言区|聊天界面)(?:里|上|中|内)?(?:直接|发|留言|打个|先)?$/;
const TYPING_PAID = /[0-9]+(?:元|块|r(?![a-z]))|[一二三四五六七八九十百两千]+(?:元|块钱)|[一每][条个句字单][^，。！？]{0,2}[0-9一二三四五六七八九十两]+(?:块|毛|分)|赚|结算|日结|工资|佣金|提成|报酬|按字|按条|计件|兼职|控评|刷屏|带节奏/;
function chatTyping(ctx: LintContext, start: number, end: number): boolean {
  if (!/打字$/.test(ctx.compact.slice(start, end)) || !CHAT_PLACE_BEFORE.test(ctx.before(start, 12, 'hard'))) return false;
  return !TYPING_PAID.test(ctx.before(start, 30, 'hard') + ctx.after(end, 40, 'hard'));
}
const cues: Cue[] = [
  {
    words: [
      '招代理', '招聘', '招募', '招兼职', '诚招', '急招', '高薪招', '招收', '招学生', '招宝妈', '招刷手', '招打字员', '兼职刷单', '刷单员', '刷手', '刷客', '打字员', '点赞员',
      '日结', '日赚', '月入过万', '月入上万', '月入几万', '轻松月入', '日入过千', '在家赚钱', '在家就能赚', '在家也能赚', '宝妈兼职', '手工活外发', '手工外发', '外发手工',
      '赚外快', '兼职赚钱', '线上兼职', '网上兼职', '招商加盟', '代理加盟', '加盟代理', '发展代理', '动动手指就能赚', '拉你做代理', '副业', '兼职工作', '兼职岗位',
      '招人', '招工', '找兼职', '工作室招', '足不出户赚',
    ],
    severity: 'block',
    message: '利用客服工具招聘、招代理或招兼职，与客户服务无关',
    // Round 9 (fa9): 店铺会员招募中 (the members' programme named first); fees settled daily between firms (物流费用日结, 日结的运费补贴).
    notBefore: /(?:牙|鞋|毛|洗|马桶|不|没|暂不|并不|从不|会员|粉丝|vip|买家秀|体验官|费用|运费|货款|账款|账期)$/,
    // 3-5个工作日结束 is no daily pay. Round 8: the shop's own members (招募店铺会员, 入会领券) are a store programme, not staff.
    // Round 9 (fa9): the shop's buyer-show programme (本月店铺还在招募买家秀，入选送券) likewise, unless a paid role rides on it (招募买家秀模特).
    notAfter: /^(?:柄|机|套|网|信息请|客服|束|(?:这个|这种)?(?:说法|词|字眼)|的?(?:运费|补贴|费用|账单|货款)|(?:了)?(?:一批|一些|首批|第一批|几位|一名)?(?:店铺|本店|我们店|品牌|新品|新|老)?(?:会员|粉丝|vip|买家秀|晒单|晒图|体验官|试用官|试吃官)(?!推广|代理|客服|分销|团长|主播|模特|达人|写手|博主|兼职|主持))/,
    notSentence: REDIRECTED,
    // Round 47 (t47e): 招人 + a feeling is "draws people's …" (这小猪老招人稀罕了, 招人喜欢, 招人疼, 招人烦): a charm, no hiring.
    unless: (ctx, start, end) => echoedQuestion(ctx, start, end) || (/招人$/.test(ctx.compact.slice(start, end)) && /^(?:稀罕|喜欢|喜爱|待见|疼|爱|烦|嫌|讨厌|眼馋|羡慕|眼红|心疼|笑话|惦记)/.test(ctx.after(end, 4))),
  },
  {
    // 兼职 / 刷单 / 佣金 / 在家做 only with money or job terms around them.
    words: ['兼职', '刷单', '刷几单', '刷一单', '刷两单', '刷个单', '刷点单', '刷些单', 'jz', 'sd', '佣金', '返佣', '提成', '在家就能做', '在家也能做', '在家就可以做', '在家做', '手机就能做', '手机就能赚', '动动手指', '时间自由', '多劳多得', '零投资', '零囤货', '无需囤货', '不用囤货', '不囤货', '免囤货', '一部手机', '当老板', '做老板', '宝妈', '学生党', '手工活', '点赞'],
    severity: 'block',
    message: '疑似招募兼职或刷单，与客户服务无关',
    sentence: JOB,
    sentenceSkipsAnchor: true,
    // A question then its pay (有没有人想兼职带货？…佣金30%).
    window: 24,
    notAfter: /^(?:是违|违|犯法|诈骗|骗局|客服下班|客服明天|卡)/,
    // 适合学生党的平价款: the audience of a product, not a job.
    // Round 9 (fa9): the role refused after it (兼职客服这个岗位我们不在这里招).
    // Round 23 (t23dz): …not when the audience suited is people after an income (适合想多份收入的人, 适合想在家赚点钱的宝妈).
    notSentence: [/违规|违法|严禁|禁止|举报|诈骗|骗局|不要相信|谨防|适合(?![^，。！？]{0,8}(?:收入|赚|挣|兼职|副业|外快|零花钱))|性价比|平价|这款|不招|不在(?:这里|这儿|这边|这)招|没(?:有)?(?:在)?招/, REDIRECTED, PLATFORM_RUN],
    unless: echoedQuestion,
  },
  {
    // 要不要来做我们的代理 / 有兴趣当团长吗 — inviting the buyer into the business.
    words: ['代理', '代理商', '分销商', '分销员', '推广员', '合伙人', '团长', '下级', '会员推广'],
    severity: 'block',
    message: '拉买家做代理或推广，与客户服务无关',
    // (round 37, t37c: …asked as A-not-A or by willingness — 考不考虑, 愿不愿意, 想没想过 — and with the goods' kind before the role: 做护肤品代理, 当我们美妆团长)
    before: /(?:要不要|想不想|有没有兴趣|有兴趣|欢迎|诚邀|邀请你|邀请您|来|一起|也可以|考虑|考不考虑|考虑不考虑|愿不愿意|愿意|想没想过|有冇兴趣|招|拉你|拉您)[^]{0,8}(?:做|当|成为|加入)(?:我们|我们的|我们家|咱们|咱们的|我的|我|咱)?(?:家|店|团队|公司|工作室|品牌|这边|小组|社群|群)?(?:的)?(?:(?:护肤品?|美妆|化妆品|彩妆|母婴|奶粉|保健品|零食|食品|服装|女装|童装|鞋|包包?|酒|茶叶?|水果|生鲜|日用品|家居|百货|面膜|香水|口红|洗护|个护|跨境|海淘|进口|代购)(?:的)?)?$/,
    unless: echoedQuestion,
  },
  {
    // Round 11: a piece rate for a small task done for the shop (帮我们去别的商品下面写几条好评，一条返5块; 帮忙关注几个号，每个返1元;
    // 帮我们拍几张买家秀，每张奖励10块) — per-unit pay + a task verb + for us. Not a price or a fee (运费一单5元, 小样一个5块, 每单满99减10).
    // (round 12: sets and clips too, and a bare sum closing the clause — 拍几张买家秀吗？一组给50，不用真买)
    words: ['一条', '每条', '一篇', '每篇', '一单', '每单', '一个', '每个', '一张', '每张', '一次', '每次', '一位', '每位', '一人', '每人', '一组', '每组', '一套', '每套', '一段', '每段'],
    severity: 'block',
    message: '请买家做有偿任务，与客户服务无关',
    // (round 24, t24a: …or a cut of each sale the buyer brings, 您帮忙推一推，成交一单给您提15%, 卖出一单分您10个点; the compact view
    // drops the %, so a bare number closing the clause after 提/抽 is the rate)
    // (round 31, t31b: …or a bare sum in Chinese hundreds closing the clause — 一条给三百, 每段结两百)
    after: /^(?:就)?(?:返|给|结|赚|奖|奖励|发|补|算|有|可得|能拿|拿|付|分)?(?:您|你)?(?:提|抽|分|返)?[0-9一二三四五六七八九十两]+(?:\.[0-9]+)?(?:元|块|r(?![a-z])|毛|角|%|个点|成)|^(?:就)?(?:返|给|结|奖励|付)(?:您|你)?[0-9]+$|^(?:就)?(?:返|给|结|奖励|付)(?:您|你)?[一二三四五六七八九两]?[十百千][一二三四五六七八九]?(?:[十百])?(?:块钱|块|元)?$|^(?:就)?(?:给|返|分)?(?:您|你)?(?:提|抽)[0-9]+$/,
    scope: 'clause',
    // (round 31, t31b: …or people sought for the task on someone's behalf — 我们在帮一个测评账号找人拍开箱视频)
    // (round 34, t34c: …or for a shop or person we send the buyer to, 帮他们也写几条买家秀，一条给您10块 / 替我朋友的店发几张图)
    sentence: [/帮(?:我|我们|忙|个忙|他们|她们|他|她|朋友|人家)|替(?:我|我们|他们|她们|他|她|朋友)|(?:我们|本店)(?:需要|找人)|(?:我们|本店|我)[^，。！？]{0,12}?找(?:人|几个人|些人|一些人|素人|买家)(?:来|帮忙)?(?:拍|写|录|剪|做|发|出镜)/, /写|发|拍|录|剪|关注|点赞|评论|转发|截图|任务|好评|测评|晒图|分享|拉|邀请|推荐|推一推|推广|带货|成交|卖出/],
    notSentence: /运费|邮费|差价|退款|优惠|立减|满减|券|价格|单价|售价|包邮|补偿|赔|红包封面|违规|严禁|诈骗|谨防|不要相信/,
    window: 40,
    unless: echoedQuestion,
  },
  {
    // A business role offered with its money (做我们家分销，拿货五折; 交399成为店主，推荐别人买拿返利; 拉三个人进来…下线买的每一单
    //都有你的分成) — not the shop's own status (我们是品牌一级代理商) nor a price remark (分销商的价格和我们一样).
    words: ['分销', '下线', '店主', '代理', '团长', '合伙人', '推广员', '经销', '掌柜', '拉人头'],
    severity: 'block',
    message: '拉买家做代理、分销或发展下线，与客户服务无关',
    sentence: [JOIN, ROLE_MONEY],
    window: 30,
    notAfter: /^(?:了|啦|商的价|价)/,
    notSentence: [/授权|一级代理商|品牌方|统一控价|不招|不做|不收|违规|违法|诈骗|骗局|传销|谨防|举报|退差价|补差价|差价(?:退|补|返还)|价保/, PLATFORM_RUN],
    unless: echoedQuestion,
  },
  {
    // Round 12: a pyramid said with what the buyer gets for the heads (只要拉3个人进来你的货就免费，拉的人越多赚得越多 / 带五个朋友进群
    // 就回本 / 邀请的人越多返得越多). Heads brought in + a gain; not a shop referral coupon (邀请好友下单得优惠券).
    words: ['人进来', '人进群', '人入群', '人加入', '的人越多', '个朋友进', '个好友进', '个人就', '个人你', '个人您', '朋友加入', '好友加入', '朋友进群', '好友进群'],
    severity: 'block',
    message: '拉买家发展下线、拉人头，与客户服务无关',
    sentence: [/拉|带|邀请|推荐|发展|组建|团队/, /免费|白送|不要钱|全免|免单|不用付|赚|回本|返|奖励|提成|分成|拿钱|收益/],
    window: 40,
    notSentence: /优惠券|红包雨|诈骗|骗局|传销|违法|谨防|举报|不招|不做|不搞|下单立减/,
    unless: echoedQuestion,
  },
  {
    // A pyramid, in any words: people brought in who pay or join, and the buyer paid for them (您带五个人进群，每人交200，您拿一半;
    // 推荐好友入会您拿30%提成，好友再推荐您还有). Not a shop referral coupon (邀请好友下单可得优惠券).
    words: ['提成', '分成', '拿一半', '分一半', '返现', '奖励', '佣金', '抽成', '返利'],
    severity: 'block',
    message: '拉买家发展下线、拉人头，与客户服务无关',
    sentence: [
      /(?:带|拉|推荐|邀请|介绍|发展)(?:[0-9一二三四五六七八九十几两]+个?(?:人|朋友|好友)?|好友|朋友|新人|下线|人)/,
      /入会|进群|入群|加入|入伙|交[0-9一二三四五六七八九十百两千]|每人交|会费|入门费|再推荐|下线|下级|层级/,
    ],
    window: 40,
    notSentence: /优惠券|红包雨|诈骗|骗局|传销|违法|谨防|举报|不招|不做|不搞/,
    unless: echoedQuestion,
  },
  {
    // Hiring by head count (想招一批长期晒图的买手, 在招几个打包的): 招 with a measure word is a job offer whatever the role.
    words: ['招一批', '招一些', '招些', '招几个', '招几位', '招几名', '招一名', '招一位', '招一个', '招两个', '招个', '长期招', '想招', '在招', '正在招', '要招', '需要招'],
    severity: 'block',
    message: '利用客服工具招聘人员，与客户服务无关',
    // Round 8: the shop's own members or buyer-show testers (本店正在招募店铺会员…入会领券) are a store programme, not staff.
    notAfter: /^(?:商|牌|标|呼|惹|待|财|式|数|供|认|架|募?(?:店铺|本店|我们店|品牌|新|老)?(?:会员|粉丝|vip|买家秀|体验官|试用官|试吃官)(?!推广|代理|客服|分销|团长|主播))/,
    after: /^[^]{0,12}(?:人|手|员|师|工|主播|模特|宝妈|学生|代理|兼职|伙伴|达人|博主|官|的)/,
    notSentence: REDIRECTED,
    unless: echoedQuestion,
  },
  {
    // A paid fake order asked (帮个忙呗，您再拍一单不用发货，钱原路退您再加8块辛苦费): an order with nothing shipped and a fee for it —
    // not an order cancelled unshipped (那一单不用发货，直接给您退款) with no reward.
    words: ['不用发货', '不发货', '空包', '不用寄', '不寄货', '刷一单', '再拍一单', '帮忙拍', '帮我拍一单', '帮拍'],
    severity: 'block',
    message: '请买家刷单并付费，与客户服务无关',
    // Round 49 (t49d, dev IJ FA): 不用寄回 is a refund without the return (直接退款，不用寄回), nothing ordered or shipped for a fee.
    notAfter: /^(?:回|还|过来|给我们)/,
    sentence: [/辛苦费|佣金|返(?:你|您)?[0-9一二三四五六七八九十]|加[0-9一二三四五六七八九十]+(?:块|元)|给(?:你|您)[0-9一二三四五六七八九十百两]|好处费|报酬|红包|提成/, /拍|下单|一单|下个单/],
    window: 30,
    notSentence: /诈骗|违规|严禁|禁止|谨防|不做|刷单是|举报|补偿|赔/,
  },
  {
    // A workplace invitation: 要不要来我们公司上班？; 仓库还差两个人，可以过来干，一天两百 — come (来, 过来) + our place + work,
    // with an invitation or pay. Not opening hours (客服上班时间是早9点) or pick-ups (到我们仓库来取件).
    words: ['上班', '干活', '工作', '打工', '做事'],
    severity: 'block',
    message: '邀请买家来打工或上班，与客户服务无关',
    before: COME_TO_WORK,
    notAfter: NOT_WORK_AFTER,
    sentence: WORK_INVITE,
    notSentence: NOT_WORK_INVITE,
    unless: echoedQuestion,
  },
  {
    // Round 11: come to our place for a warehouse chore, with pay (可以来我们仓库打包，一天一百五; 来我们厂里包装，工资日结) — not self
    // pick-up (到我们仓库自提).
    words: ['打包', '分拣', '装货', '卸货', '理货', '贴标', '包装', '搬货', '打单', '拣货', '发货员'],
    severity: 'block',
    message: '邀请买家来打工或上班，与客户服务无关',
    before: COME_TO_WORK,
    sentence: /[0-9一二三四五六七八九十两百千]+(?:块|元|百|千)|一天|日结|工资|时薪|兼职|按件|计件|一小时|每小时|包吃|包住/,
    notSentence: /自提|取件|取货|运费|包邮|包装费|发货时间/,
    unless: echoedQuestion,
  },
  {
    // The same with the come inside the anchor (可以过来干).
    words: ['过来干', '来干', '来这干'],
    severity: 'block',
    message: '邀请买家来打工或上班，与客户服务无关',
    notAfter: NOT_WORK_AFTER,
    sentence: WORK_INVITE,
    notSentence: NOT_WORK_INVITE,
    unless: echoedQuestion,
  },
  {
    // Joining us in a business we guide (在家带娃无聊的话，可以跟我们一起做电商，我们带你) — not a recipe or an install guide.
    words: ['一起做', '跟我们做', '跟着我们做', '带你做', '带您做', '我们带你', '我们带您', '手把手带'],
    severity: 'block',
    message: '拉买家一起做生意或副业，与客户服务无关',
    sentence: /电商|生意|项目|副业|创业|赚|收入|开店|无聊|在家|宝妈|兼职|代理|团队/,
    notSentence: /这款|商品|食谱|教程|步骤|安装|说明书|违规|诈骗|谨防/,
    unless: echoedQuestion,
  },
  {
    // A franchise offered (有没有兴趣加盟我们品牌？开店扶持，零加盟费) — not 我们品牌暂时没有开放加盟 (denied).
    words: ['加盟', '开店扶持', '零加盟费', '加盟费', '招商'],
    severity: 'block',
    message: '向买家招商、拉加盟，与客户服务无关',
    notAfter: /^(?:银行|局|证券)/,
    // Also with its money (我们在招加盟商，五万起投，回本快).
    sentence: /兴趣|要不要|想不想|欢迎|可以|扶持|零|免|感兴趣|了解一下|私我|名额|回本|起投|投资|万起|利润|收益|盈利|赚|门面|店面/,
    notSentence: /没有开放|不开放|不做|不招|不收|诈骗|谨防|违规|冒充/,
    unless: echoedQuestion,
  },
  {
    // Paid micro-tasks (帮我们做个任务呗，关注三个账号截图给我，发您3元红包) — a task with a reward to the buyer.
    words: ['任务', '做任务', '小任务'],
    severity: 'block',
    message: '请买家做有偿任务，与客户服务无关',
    sentence: [/红包|返(?:您|你)?[0-9一二三四五六七八九十]|佣金|给(?:您|你)[0-9一二三四五六七八九十]|发(?:您|你)[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十]+(?:元|块)|赚|日结/, /帮|做|呗|你|您|关注|截图/],
    window: 30,
    notSentence: /平台任务|官方|活动页|诈骗|谨防|违规|金币|积分|退|差价|补偿|赔|运费|订单|售后/,
    unless: echoedQuestion,
  },
  {
    // Round 16 (t16): a paid fake order in the trade's terms (您先垫付下单，好评后返本金再加20, 自己先拍下付款，确认收货后本金加佣金一起返给您):
    // the buyer pays first, gets the principal back with a reward for a review or a quota — not a refund returned (退款原路返回，本金一分不少)
    // nor the buyer's shipping fee repaid (您垫付的运费我们会返还).
    words: ['本金', '垫付', '垫钱', '先垫'],
    severity: 'block',
    message: '请买家垫付下单再返本金加佣金（刷单），与客户服务无关',
    sentence: [/垫付|垫钱|先垫|先拍|先付|先下单|自己拍|自己付|拍下/, /返|退还|退回|还给|加[0-9一二三四五六七八九十]|佣金|辛苦费|奖励|提成|红包/, /好评|五星|截图|做满|[0-9一二三四五六七八九十]+单|升级|任务|体验|试用|测评/],
    window: 40,
    notSentence: /原路|运费|邮费|差价|质量问题|售后|谨防|诈骗|骗局|平台严禁|违规|不要相信|别信/,
    unless: echoedQuestion,
  },
  {
    // A tasting or testing team recruited (我们在组建一个试吃团，免费寄零食，写个测评就行，想参加回我) — not the platform's own programme.
    words: ['试吃团', '试用团', '体验团', '测评团', '评测团', '试吃官', '试用官', '体验官'],
    severity: 'block',
    message: '招募买家加入试用、测评团，与客户服务无关',
    // Round 33 (t33c): …or the role offered with its terms: a deposit or fee to join, videos to shoot, a commission (想当我们的体验官吗？先交199押金…返佣).
    sentence: /名额|报名|参加|回我|私我|免费|写|测评|晒|招募|(?:想|要|来)当|押金|保证金|入门费|会费|返佣|佣金|提成|拍(?:个|条|段)?视频/,
    window: 30,
    // (round 12: a call closed, 名额已满，感谢关注; round 13: appliedOnPage, the programme applied for through the store's
    // own page or entry, 在店铺首页“试用”入口申请，审核通过后免费寄样 — not 报名私我)
    notSentence: /平台|官方|活动页|快手|诈骗|谨防|违规|已满|已招满|已结束|截止了/,
    unless: (ctx, start, end) => echoedQuestion(ctx, start, end) || appliedOnPage(ctx, start, end),
  },
  {
    // English job ads: we are hiring part-time, work from home, 一天two hours — with a pay, time or contact term.
    words: ['hiring', 'part-time', 'part time', 'parttime', 'work from home', 'wfh', 'side job', 'side hustle'],
    severity: 'block',
    message: '利用客服工具招聘兼职，与客户服务无关',
    sentence: /(?<![a-z])dd|私|有意向|感兴趣|有兴趣|hours?(?![a-z])|一天|每天|salary|pay|[0-9]|赚|apply|join|了解|回复/,
  },
  {
    // A role hired: 招带货主播, 诚聘平面模特, 招kol达人, 缺个美工 — with job terms near when the verb is weak (找 / 需要):
    // 您可以找客服 and 模特身高175 are no hiring.
    // Round 23 (t23dz): sales and promotion roles (在招线上销售, 缺几个地推, 招运营) — not the shop's sales desk asked (找销售确认价格).
    words: ['主播', '模特', '达人', 'kol', '博主', '网红', '文员', '美工', '剪辑', '剪辑师', '摄影师', '普工', '打包员', '分拣员', '客服', '人手', '员工', '工人', '店员', '导购', '学徒', '跟单', '助理', '写手', '配音员', '小伙伴', '宝妈', '大学生', '几个人', '场控', '中控', '助播', '小编', '美编', '话务员', '审核员', '录入员',
      '销售', '销售员', '业务员', '地推', '运营', '电销', '营业员'],
    severity: 'block',
    message: '利用客服工具招聘人员，与客户服务无关',
    before: HIRE_BEFORE,
    notBefore: /(?:不|没|暂不|并不|从不)(?:招|聘|缺|找|需要)[^]{0,4}$|(?:您|你)(?:可以|能|请|直接|先)?(?:找|联系)$/,
    notAfter: /^(?:图|照|身高|穿|试穿|同款|款|处理|会|帮您|帮你|已经|下班|在线|都是|额|量|价|渠道|数据|部门|经理|同事|那边|确认|核实|问|查)/,
    sentence: [/招|聘|缺|在找|想找|要找|找几|找个|找一|急需|需要几/, JOB_TERMS],
    notSentence: REDIRECTED,
    window: 28,
    unless: echoedQuestion,
  },
  {
    // Round 32 (t32b): the buyer scouted for a streamer agency (要不要来我们公会签约？新人有流量扶持; 你声音好听，考虑签我们MCN吗; 有兴趣
    // 加入我们工会做主播，保底加分成) — an agency's signing pitch. Not the host's own agency named (主播是某某公会的), a warning (冒充公会
    // 招人的是骗子) nor our own brand signing (品牌签约店).
    // Round 40 (t40k): …or an influencer incubator scouting the buyer (考虑当网红不？我们孵化公司签人; 网红孵化机构在签新人，有兴趣吗).
    words: ['公会', '工会', 'mcn', '经纪公司', '签约主播', '主播孵化', '孵化主播', '孵化公司', '孵化机构', '网红孵化', '达人孵化', '签人', '签新人', '当网红', '做网红'],
    notBefore: /代$/,
    severity: 'block',
    message: '在客服对话中招揽买家签约公会/当主播，与客户服务无关（规则 2.6）',
    window: 30,
    sentence: [
      /签约|签个约|签我们|签进|签人|签新人|加入|来我们|进我们|入驻|孵化|带(?:你|您)|做主播|当主播|开播|当网红|做网红/,
      /要不要|愿不愿意|有没有兴趣|有兴趣|考虑(?:一下|考虑)?|欢迎(?:你|您)|想(?:不想)?(?:签约|当主播|做主播)|包装(?:你|您)|(?:你|您)(?:可以|也)?(?:来|加入|签)|来不来|想不想|适合(?:做|当)主播|潜质|扶持|保底|分成|底薪/,
    ],
    notSentence: [REDIRECTED, /不签|不招|骗子|骗局|谨防|冒充|假冒|假的|不是我们|别信|不要信|举报|品牌签约|签约店|签约仓|签约快递/],
    unless: echoedQuestion,
  },
  {
    // Job terms read with a hiring or inviting word: 管吃管住你要来打工不, 长期招跟单文员包吃住简历丢这里, 缺几个在家剪视频的按条结算.
    words: ['底薪', '包吃住', '包吃包住', '管吃管住', '管吃住', '提供食宿', '五险一金', '月薪', '时薪', '日薪', '薪资', '简历', '面试', '坐班', '打工', '按条结算', '按件结算', '按单结算', '按条算', '按条计费', '缺人手', '缺人', '在家办公', '远程上班', '远程办公', '上岗', '月入', '按小时', '按天结', '按天算', '按条', '按件算', '做一休一', '长白班', '按字数', '按字结', '千字', '打字', '打打字', '录入'],
    severity: 'block',
    message: '利用客服工具招聘或招揽打工，与客户服务无关',
    sentence: HIRING,
    sentenceSkipsAnchor: true,
    // Round 22 (t22by): …nor the buyer's own typing in this chat, eased by a voice message (打字慢的话可以直接发语音, 打字不方便就发语音条).
    notAfter: /^(?:人(?!手)|穿|用|必备|的(?:时候|衣服|穿搭)|慢|太慢|不方便|不便|麻烦|费劲|累|说不清|说不明白|困难)/,
    notSentence: [/这款|穿|西装|衬衫|商品|宝贝|下班了|适合|违规|违法|严禁|诈骗|骗局|谨防|运费|快递费|退货|时效|发语音|语音条|语音消息|语音留言/, REDIRECTED],
    unless: (ctx, start, end) => echoedQuestion(ctx, start, end) || chatTyping(ctx, start, end),
  },
  {
    // Round 36 (t36f): a paid role offered to the buyer as a question of interest (有没有兴趣做我们的素人模特？拍一组图给五百; 要不要来给我们当开箱
    // 博主，一条视频一百): the buyer's interest asked before the role, a pay named near. Not a model's photo or size (有没有兴趣看看模特图, 模特身高175),
    // nor the shop's buyer-show campaign with no pay (要不要参加买家秀，晒图送券).
    words: ['模特', '素人模特', '平面模特', '主播', '博主', '开箱博主', '达人', '网红', '代言人', '助播', '场控', '写手', '配音员', '剪辑师', '摄影师', '体验官', '试用官', '推广员'],
    severity: 'block',
    message: '利用客服工具招聘人员，与客户服务无关',
    before: /(?:有没有兴趣|有兴趣|要不要|想不想|愿不愿意|愿意|考不考虑|考虑|可以考虑|来不来)(?:来|去)?(?:给我们|帮我们|跟我们|和我们|为我们)?(?:做|当|拍|来当|来做|试试|兼职)?(?:个|一下|下|回)?(?:我们|咱们|店里|我们店|我们家)?(?:的)?(?:(?!看|买|穿|选|拍下|下单|参考|对比|问|找|联系|关注|咨询|私信|听|等|跟)[^，。！？]){0,4}$/,
    notAfter: /^(?:图|照|穿|身高|同款|款|试穿|上身|效果|视频|展示|图片)/,
    window: 30,
    sentence: /(?:一|每)(?:组|套|条|次|场|小时|天|晚|篇|单)[^，。！？]{0,3}[0-9一二三四五六七八九十百两千]+|给(?:您|你)?[0-9一二三四五六七八九十百两千]+(?:元|块)?|[0-9一二三四五六七八九十百两千]+(?:元|块)|底薪|提成|时薪|日薪|报酬|酬劳|有偿|结算|佣金|分成/,
    notSentence: [REDIRECTED, /骗子|骗局|谨防|冒充|假冒|不是我们|别信|不要信|举报|不招|晒图送|送券/],
    unless: echoedQuestion,
  },
];

const rule = cueRule({
  pinyin: true,
  // 您说的“日结”是指物流吗？ — the buyer's word quoted back is no offer.
  skipQuoted: true,
  meta: {
    id: 'recruiting',
    clause: '2.6',
    severity: 'block',
    title: { zh: '招聘、招代理或兼职刷单', en: 'Recruiting, agents or paid-task offers' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于为买家提供客户服务。招代理、招兼职、刷单、打字员、日结工资、“宝妈在家赚钱”等招募内容会被拦截；说明本店是品牌代理商或平台禁止刷单不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Recruiting agents, part-time or click-farm workers is blocked; saying the shop is an authorised distributor or that the platform bans fake orders is fine.',
    },
    hint: { zh: '删除招募内容，只回答买家关于订单和商品的问题。', en: 'Remove the recruiting text and answer the buyer\'s order or product question.' },
  },
  cues: framed(cues),
  regexes: [...WARNING_FRAME_REGEXES, OTHERS_ACT],
});

export default rule;
