// 2.6: loans and credit services offered in the service chat (网贷, 小额贷款, dai款, 不看征信, 当天放款,
// 信用卡套现). Traps: checkout instalments (支持花呗分期), the platform paying the shop (确认收货后放款给我们),
// policy limits (年度额度26000元), denials (我们不提供贷款), the refund pointed at (急用钱的话可以先看看钱包有没有到).
// Also cash-out through a sham order (额度…下个单，我这边走退款把现金给您，8个点): cash words read with a credit word and a fee or
// the shop's hand — not 花呗分期手续费由我们承担, 退回花呗额度; debt services (代偿, 停息挂账, 征信修复); money pools (互助群，轮流拿钱).
// Round 8: credit-card repayment services (xyk代还, 还款压力大的可以找我).
// Round 9 (fa9): the platform's pay-later line (先用后付额度是快手评估的) and a refund restoring a credit line are no lending.
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.
// The buyer's topic set aside (贷款的事我们不了解哈，付款可以选平台收银台里的分期) offers nothing. A lending channel offered
// (我这有个不用审核的借款渠道) is one whatever is denied before it.
// Round 11 (t11b): borrowing advised against (贷款买手机不划算, 没必要为了买奶粉去借钱) offers no loan.

import { platformCreditDeclinedT49d } from '../detect/credit-declined'; // round 49 (t49d)
import { cueRule, endsAsQuestion, nextSentenceStart, type Cue } from '../detect/cue-rule';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';
import { toldHistory } from '../detect/mention';
import { LENDING_PITCH } from '../detect/tool-computes';
import { goodsTopicAt } from '../detect/goods-topic';
import type { LintContext } from '../context';

/**
 * Round 23 (t23dz): the buyer's own debt acknowledged (理解您刚还完车贷手头紧, 您说最近房贷压力大想省着点买): the loan is the
 * buyer's burden, told back in sympathy, and nothing is lent. The buyer owns it (您/你 earlier in the clause) and bears it (还/还完/
 * 在还 before it, 压力/负担/月供 after it). Not when the sentence goes on to offer money (房贷压力大的话可以找我办低息的, 我们这边能帮您周转).
 */
const BUYER_OWNS = /(?:您|你)[^，。！？]{0,10}$/;
const DEBT_BORNE_BEFORE = /(?:还|还完|还清|还了|在还|要还|得还|背着?|背了|扛着?|供着?)(?:了|着)?(?:银行|信用卡|公积金|学生)?(?:的)?$/;
const DEBT_BORNE_AFTER = /^(?:的)?(?:压力|负担|月供|要还|还完|还清|还没还完|没还完|每个?月|这块|那块)/;
const LENDING_OFFERED = /找我|可以帮|能帮|帮您办|帮你办|我们(?:这边)?(?:可以|能|有)(?!点)|我这(?:边)?(?:有|能|可以)|办理?(?:贷|借|一笔|个)|下款|放款|利息|[低高]息|额度|渠道|征信|周转|抵押|秒批|到账/;
function buyersOwnDebt(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 14, 'soft');
  if (!BUYER_OWNS.test(before)) return false;
  if (!DEBT_BORNE_BEFORE.test(before) && !DEBT_BORNE_AFTER.test(ctx.after(end, 8, 'soft'))) return false;
  return !LENDING_OFFERED.test(ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard'));
}

/**
 * Round 38 (t38g): 养卡 read across a word whose second unit is 养 — a care card (每单都附一张饲养卡, 保养卡, 喂养卡, 营养卡路里): the 养 belongs
 * to the word before, the 卡 is a card. Not the credit-card trick said bare (帮您养卡提额, 代还养卡).
 */
const YANG_WORD_FIRST = /(?:饲|保|喂|培|营|教|领|收|疗|休|寄|供|抚|圈|散|放|驯|调|涵|修|颐|静|补|素|滋|娇|豢|蓄|赡|奉|扶|哺|孕|护|圈|家|生|自|将)$/;
function keepingCard(ctx: LintContext, start: number, end: number): boolean {
  return ctx.compact.slice(start, end) === '养卡' && YANG_WORD_FIRST.test(ctx.before(start, 1, 'hard'));
}

/**
 * Round 22 (t22dw): 空放 of an appliance or a thing left empty for a while (加湿器先空放半小时, 新柜子空放几天散味) is no loan.
 * Round 39 (t39j): …nor a device run or shot with nothing in it — a bow released with no arrow (反曲弓最怕空放，也就是不搭箭直接松弦), a
 * machine run empty: a device, its parts or the damage named near it. Never with a loan word near (利息, 到账, 借, 额度, 几个点…).
 */
const DRY_RUN_TIME = /^(?:[一两二三四五六七八九十半几\d]+(?:个)?(?:分钟|小时|钟头|天|晚|周|会儿?|段时间|阵子?)|一下|一会|一段|一阵|着|在|通风|散味|晾|到|后|再)/;
const DRY_RUN_DEVICE = /[反复]合?曲?弓|弓(?:臂|片|身|弦|体|架)|弦|箭|弩|电机|马达|机器|设备|发动机|压缩机|水泵|气泵|加湿器|空调|锅|炉|壶|柜|箱|音响|喇叭|功放|损坏|损伤|开裂|裂开|炸|痕迹|保修/;
const DRY_RUN_LOAN = /利息|利率|日息|月息|[低高]息|放款|下款|征信|借|贷|额度|到账|周转|缺钱|用钱|急用|手头|私我|找我|[0-9一二三四五六七八九十几]个?点(?!半|钟)/;
function dryRun(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '空放') return false;
  const before = ctx.before(start, 30, 'hard');
  // (做空放, 办空放: the loan as a business done)
  if (/(?:做|办|搞|放)$/.test(before)) return false;
  const near = before + '\u0000' + ctx.after(end, 30, 'hard');
  return (DRY_RUN_TIME.test(ctx.after(end, 6, 'hard')) || DRY_RUN_DEVICE.test(near)) && !DRY_RUN_LOAN.test(near);
}

/** Round 54 (eng54c): a loan word as what a tool or the goods work out, or a book's or planner's subject (detect/goods-topic.ts). */
const computedByTool = goodsTopicAt;

/**
 * Round 54 (eng54c): the buyer's own question asked back (您问贷款买手机可以吗？) and answered with the checkout's own ways to pay: the
 * loan is the buyer's word, and nothing is lent — unless a lending offer follows in the answer (…？找我，当天下款).
 */
const ASKED_LEAD = /(?:您|你|亲)(?:是|刚才|刚刚|之前)?(?:问|想问|咨询|打听|问的是|问到)(?:一下|下|过|的)?[^，。！？]{0,8}$/;
function askedBack(ctx: LintContext, start: number, end: number): boolean {
  if (!ASKED_LEAD.test(ctx.before(start, 14, 'hard')) || !endsAsQuestion(ctx, end)) return false;
  const next = nextSentenceStart(ctx, end);
  return !LENDING_PITCH.test(ctx.compact.slice(next, next + 80)) && !/利息|[低高]息/.test(ctx.compact.slice(next, next + 80));
}

const cues: Cue[] = [
  {
    words: [
      '网贷', '小额贷款', '小额贷', '信用贷', '放贷', '下款', '秒批', '秒下款', '借款口子', '贷款口子', '套现', '提额', '包下卡', '黑户', '白户', '征信花', '征信黑',
      '不看征信', '无视征信', '不查征信', '无需征信', '不上征信', '征信不好也', '无抵押', '免抵押', '高炮', '砍头息', '日息', '月息', '放款快', '当天放款', '极速放款',
      '快速放款', '秒放款', '下款快', '借钱给你', '借钱给您', '找我借', '先借', '随借随还', '贷款', 'dai款', '带款', 'daikuan', '贷kuan', 'dk额度', '借贷',
      '借款服务', '分期借款', '借款', '资金周转', '代还信用卡', '信用卡代还', 'xyk代还', '还款压力大', '养卡', '空放', '车贷', '房贷', '额度高',
      '代偿', '停息挂账', '协商还款', '以贷养贷', '征信修复', '修复征信', '洗白征信', '不看流水', '不查流水', '三分利', '两分利',
    ],
    severity: 'block',
    message: '在客服工具中推销贷款或借款，与客户服务无关',
    // Round 9 (fa9): 先借用一下您的订单截图 (borrowing a picture); 先用后付不上征信 (the platform's pay-later, not a lender).
    notAfter: /^(?:式|利率政策|政策|用(?!钱|款|点钱))/,
    notBefore: /(?:先用后付|花呗|月付|白条)(?:也|都|是|它)?$/,
    // a brand's past told (靠一笔银行贷款开的小作坊起家; round 16, t16); 空放 of a device run empty (dryRun).
    unless: (ctx, start, end) =>
      toldHistory(ctx, start, end) ||
      buyersOwnDebt(ctx, start, end) ||
      keepingCard(ctx, start, end) ||
      dryRun(ctx, start, end) ||
      computedByTool(ctx, start, end) || // round 54 (eng54c)
      // round 54 (eng54c): 下款 read across 线下 / 以下 / 如下 + 款 (线下款, 以下款) is a model, not a loan paid out
      (ctx.compact.slice(start, end) === '下款' && /(?:线|以|如)$/.test(ctx.before(start, 1, 'hard'))) ||
      // round 60 (eng60a): 带款 read across a strap noun + 款 (吊带款, 肩带款, 系带款) is a garment's style, not 贷款
      (ctx.compact.slice(start, end) === '带款' && /(?:吊|肩|腰|皮|表|鞋|背|系|绑|发|丝|缎|飘|领|挂|拉|胶|绑|宽|细|交叉|松紧|魔术|抽绳)$/.test(ctx.before(start, 2, 'hard'))) ||
      askedBack(ctx, start, end) || // round 54 (eng54c)
      platformCreditDeclinedT49d(ctx, start, end), // round 49 (t49d)
    // 没有任何借贷业务，也不会私下给您办贷款: a refusal with words between 不会 and 办.
    // 贷款的事我们不了解哈 / 贷款的事我们这边没法帮忙哦: the buyer's topic set aside, nothing offered.
    // Round 11: borrowing advised against (贷款买手机不划算, 没必要为了买奶粉去借钱) offers no loan.
    // Round 47 (t47e): …nor a denial over a list of asks that ends on the loan (平台和我们都不会让您共享屏幕、报验证码，或者让您去借款平台“刷流水”),
    // unless turned after it (…但我们可以帮您办).
    notSentence: /(?:不会|不可能|绝不会|从不|从来不|绝不)(?:让|叫|要求|要|引导)(?:您|你)[^。！？]{0,30}?(?:借款|贷款|借贷|网贷)(?![^。！？]*(?:但|不过|可是|只是|我们(?:可以|能)|帮(?:您|你)|找我|利息|分利|放款|下款|额度))|(?:贷款|借钱|借款|借贷|网贷)(?:来|去)?买[\u4e00-\u9fff]{0,4}(?:不划算|不值|不值得|不合算|没必要|不建议|不推荐)|(?:不建议|没必要|不推荐|犯不着|用不着)(?:为了[\u4e00-\u9fff]{0,6})?(?:去)?(?:贷款|借钱|借款|借贷|网贷)|不提供|不做|不办|不涉及|不放贷|不放款|不借钱|不借款|谨防(?!错过)|警惕|诈骗|骗局|冒充|不会[^]{0,6}(?:办|放|借|提供)(?:理)?(?:贷款|借款|借贷|网贷)|没有(?:任何)?(?:借贷|贷款|借款)(?:业务|服务)|(?:贷款|借款|借贷|网贷)(?:的事|的问题|这块|这方面|方面|业务|这个)[^。]{0,8}?(?:不了解|不清楚|没法帮|帮不了|不懂|管不了|做不了|不负责|没办法|无法|回答不了|不太了解)/,
  },
  {
    // Round 45 (t45h): d款 (贷款 by its initial) only in a lending sentence (急用钱找我办d款，当天到账; d款利息低). D款 is far more often a
    // style letter (A款、B款、D款, 您要D款还是C款) or the tail of a model code (记忆棉3D款, HD款): not glued to a letter or digit before it.
    words: ['d款'],
    severity: 'block',
    message: '在客服工具中推销贷款或借款，与客户服务无关',
    notBefore: /[0-9a-z]$/,
    sentence: /找我|办|下款|下卡|利息|[低高]息|额度|征信|急用|缺钱|周转|借|贷|放款|到账|审核|秒批|[0-9一二两三四五六七八九十几]+[万千]|私聊|私我|门路|渠道|口子|黑户|白户|不看|无抵押|当天|手续/,
    sentenceSkipsAnchor: true,
    unless: (ctx, start, end) => toldHistory(ctx, start, end),
    notSentence: /不提供|不做|不办|不涉及|不放贷|谨防(?!错过)|警惕|诈骗|骗局|冒充/,
  },
  {
    // Round 24 (t24a): an instalment plan arranged by the shop or a partner lender past the checkout (学生党也能办分期的，不用父母同意，
    // 我帮您弄; 我们合作的金融公司可以办，12期0首付，身份证照片发我就能帮您申请) — the shop's hand, a partner financier, vetting waved
    // (父母, 征信) or ID asked. Not the checkout's own instalments (收银台选分期, 花呗分期) nor a refusal (我们不提供其他分期渠道).
    words: ['分期', '首付', '金融公司', '贷款公司', '金融机构'],
    severity: 'block',
    message: '私下为买家办理分期或信贷，与客户服务无关（规则 2.6）',
    sentence: /帮(?:您|你)(?:办|弄|申请|搞|操作|走)|我(?:来|这边)?(?:帮|给)(?:您|你)(?:办|弄|申请)|合作的?(?:金融|贷款|银行|机构|公司)|金融公司|贷款公司|不用父母|不需要父母|父母不知道|学生(?:党)?也(?:能|可以)(?:办|分期)|[0零]首付|身份证(?:照片|正反面)?(?:发我|发给我|拍给我)|不看征信|不查征信|私下办/,
    notSentence: /收银台|花呗|白条|信用卡分期|先用后付|不提供|不支持|办不了|没法|无法|谨防|警惕|诈骗|骗局|冒充|违规|不要相信|别信/,
  },
  {
    // Round 39 (t39r): the buyer's credit score asked for to size a loan (把芝麻分截图发我，我帮您看看能借多少; 信用分发我看下，够的话能下三万)
    // and how much the buyer can borrow offered to be checked. Not the platform's pay-later judged by it (芝麻分够的话可以开通先用后付) nor scams warned of.
    words: ['芝麻分', '芝麻信用', '信用分', '征信报告', '能借多少', '可以借多少', '可借多少', '能贷多少', '可以贷多少', '能批多少', '能下多少'],
    severity: 'block',
    message: '索要信用分、为买家估算借款额度，属于推销贷款，与客户服务无关（规则 2.6）',
    sentence: /借|贷|下款|能下|下[0-9一二两三四五六七八九十几]+[万千]|批|额度|分期还|渠道|周转/,
    notSentence: /先用后付|花呗|白条|月付|收银台|不提供|不做|不办|谨防|警惕|诈骗|骗局|冒充|别信|不要相信|不要发|别发|不会(?:索要|要)/,
  },
  {
    // A lending channel offered: 我这有个不用审核的借款渠道，当天能到 (the 不用 there denies the vetting, not the loan).
    words: ['借款渠道', '贷款渠道', '借钱渠道', '放款渠道'],
    severity: 'block',
    message: '疑似推销贷款或借款，与客户服务无关',
    deniable: false,
    notSentence: /没有|不提供|不做|谨防|警惕|诈骗|骗局|冒充|别信|不要相信/,
  },
  {
    // 周转 / 急用钱 / 利息 / 口子 as part of a lending pitch.
    // (round 39, t39b: …and interest counted by the day or month, 按天算息, 按月计息)
    words: ['周转', '急用钱', '缺钱', '手头紧', '利息', '口子', '额度', '借钱', '放款', '算息', '计息', '收息', '起息'],
    severity: 'block',
    message: '疑似推销贷款或借款，与客户服务无关',
    // Somebody lending: 找我, 我这边可以, 可以帮你办 — not 急用钱的话可以先看看钱包 (pointing the buyer at the refund).
    sentence: /找我|我认识|路子|渠道|(?:我|我们|这边|我这)[^]{0,4}(?:可以|能|有)|可以(?:帮|找|借|办|给)|帮你|帮您|办|贷|借(?!记)|下款|利息|千分之|万起|当天|秒|征信|抵押|dk/,
    sentenceSkipsAnchor: true,
    // Round 9 (fa9): the platform's pay-later line and a refund back to it (先用后付额度, 退回花呗后额度会恢复).
    // (round 29, t29a: …and a purchase quota kept under, 帮您看哪几件组合不超额度, 额度每年重置)
    // (round 39, t39k: …its reset told with the date between, 额度每年 1 月 1 日重置, 额度下个月 1 号刷新)
    // (round 39, t39g: …or goods that do not use it, 一般贸易进口的款，那种不占额度; 每人每年有26000元额度)
    notSentence: /不提供|谨防|警惕|诈骗|骗局|冒充|收银台|先用后付|退回|退款|恢复额度|额度(?:会|就|自动)?恢复|分期付款|花呗分期|信用卡分期|年度|单次|交易限|限值|跨境|给我们|给商家|给店铺|平台会|确认收货后|海关|申报|清关|个人额度|剩余额度|消费额度|额度查询|占用|免税|实名|身份证(?!就能|就可以|即可|就行)|超(?:出|过)?(?:了)?额度|额度(?:内|以内|重置|清零)|额度[^]{0,10}?(?:重置|清零|刷新)|(?:年度|全年|每年|今年)[^，。]{0,10}额度|占(?:用)?(?:个人|跨境|年度)?额度|一般贸易/,
    // (round 44: …nor stock or goods turned over, 我帮您周转一下库存, 帮您周转货品)
    notAfter: /^(?:给我们|给商家|到店铺|(?:一下)?(?:库存|货品|货物|仓位)|箱|筐)/,
    // Round 54 (eng54c): …nor interest a tool works out beside the loan it computes (能算贷款月供和利息).
    unless: computedByTool,
  },
  {
    // Round 44 (t44i): the shop's own hand on the bridging money (花呗分期额度低的话，找我帮您周转; 钱不够我这边可以借您周转): a private loan
    // offered whatever checkout credit is named beside it — the checkout exemption above covers the platform's credit, not ours. Not a
    // refusal or warning (我们不能帮您周转), nor stock or crates turned over (周转箱, 帮您周转库存).
    words: ['周转'],
    severity: 'block',
    message: '私下借钱给买家周转，属于放贷，与客户服务无关（规则 2.6）',
    before: /(?:找我|找我们|我|我们|我这边?|我们这边|这边|本店|店里)(?:来|可以|能|先|就)*(?:帮|给|替|借给?)(?:您|你)(?:先|临时|短期)?(?:借点钱)?$|(?:找我|找我们|我|我们|我这边?|我们这边|这边|本店)(?:来|可以|能|先|就)*$/,
    notAfter: /^(?:箱|筐|桶|袋|率|仓|库|库存|货|的?箱|时间|一下库存|运费|邮费|差价|退款)/,
    notSentence: /不能|不会|不可以|没法|没办法|无法|不提供|不做|谨防|警惕|诈骗|骗局|冒充|别信|不要相信|运费|差价|退款|关税/,
  },
  {
    // Round 39 (t39b): the shop advancing the buyer money, paid back with interest or on terms (办婚礼钱紧的话，我这能先垫，按天算息; 装修款不够我先给您
    // 垫上，每月还一点就行，利息好说): a loan in all but name. Not the shop advancing a fee on the order (关税我们先垫付, 运费我先帮您垫上，不用还).
    words: ['先垫', '垫上', '垫付', '帮您垫', '给您垫', '帮你垫', '给你垫', '垫钱', '垫着', '垫资', '垫一笔', '垫点'],
    severity: 'block',
    message: '向买家垫钱放贷、收取利息，与客户服务无关（规则 2.6）',
    sentence: /息|利率|利钱|按(?:天|日|月|周|期)(?:算|计|收|还)|分(?:期|月|几个月)还|慢慢还|还我|还给我|还回来|到期还|(?:每天|每月|每周|每个月)[^，。！？]{0,4}(?:还|收|给)|几个点|千分之|万分之/,
    notSentence: /运费|邮费|关税|税费|差价|退款|赔付|先行赔付|不用还|无需归还|不收(?:利)?息|诈骗|骗局|冒充|谨防|不提供|不做/,
    window: 30,
  },
  {
    // Round 46 (t46i): the agent lending their own money, paid back to them personally when the buyer can (差一两千跟我说，我先帮您垫上，发工资了
    // 再给我就行): a personal loan even with no interest. Not a fee on the order advanced by the shop (运费我先垫上, 关税我们先垫付).
    words: ['先垫', '垫上', '垫付', '帮您垫', '给您垫', '帮你垫', '给你垫', '垫钱', '垫着', '垫一笔', '垫点', '先借', '借给您', '借给你', '借您', '借你'],
    severity: 'block',
    message: '客服个人借钱、垫钱给买家，与客户服务无关（规则 2.6）',
    sentence: /(?:发工资|发薪|工资下来|开工资|有钱|手头宽裕|宽裕|方便|周转开|缓过来|下个月|月底|年底)(?:了|的时候|之后|后|以后)?(?:再|就)?(?:给|还|转)(?:回)?(?:我|给我)|(?:再|就|慢慢)(?:给|还|转)(?:回)?我就(?:行|好|可以)|一分不多要|不要(?:您|你)?(?:利息|多的)|不收(?:您|你)?利息/,
    notSentence: /运费|邮费|关税|税费|差价|退款|赔付|先行赔付|保证金|押金|诈骗|骗局|冒充|谨防|不提供|不做|不能|不会/,
    window: 40,
  },
  {
    // Cash-out through a sham order: 额度用不完的话可以在我们店下个单，我这边走退款把现金给您，手续费只收8个点 — credit turned
    // into cash. Not 花呗分期手续费由我们承担 (no cash), nor 退回花呗额度，不会退现金.
    words: ['现金', '变现', '套出', '提现', '取现', '提出来', '取出来'],
    severity: 'block',
    message: '帮买家套现信用额度，与客户服务无关',
    sentence: [/额度|花呗|白条|信用卡|借呗|分期|信用/, /个点|手续费|费率|点数|找我|我这边|我们|下个单|下单/],
    window: 40,
    notSentence: /收银台|原路|退回(?:到)?(?:花呗|信用卡|额度)|谨防|诈骗|骗|冒充|不提供|不支持|不能|违规/,
  },
  {
    // The agent borrowing from the buyer: 我最近手头有点紧，您能先转我两百吗，下周还; 能借我五百块吗. An amount and a repayment or
    // a need — not a price difference or a fee owed on the order (运费差价转我们就行).
    words: ['转我', '借我', '借给我', '先转我', '垫一下', '垫付一下'],
    severity: 'block',
    message: '向买家借钱，与客户服务无关（规则 2.6）',
    sentence: [/[0-9一二三四五六七八九十百两千几]+(?:块|元|百|千|万)?|点钱|些钱/, /还(?:您|你|给)?|手头|周转|急用|发工资|下个月|下周|明天/],
    notSentence: /运费|差价|补|邮费|订单|退款|货款|关税|税费|押金|商品|拍下|下单|诈骗|骗|冒充|不会/,
  },
  {
    // Rotating-savings and money-pool schemes: 我们在搞一个互助群，每人每月交一百，轮流拿钱.
    words: ['互助群', '互助会', '标会', '抬会', '轮流拿钱', '资金盘', '互助盘', '拆分盘'],
    severity: 'block',
    message: '拉买家参加集资、互助盘，与客户服务无关',
    sentence: /交|钱|[0-9一二三四五六七八九十百两]+|收益|返|拿/,
    notSentence: /诈骗|骗局|谨防|警惕|冒充|违法|不要/,
  },
];

const rule = cueRule({
  pinyin: true,
  skipQuoted: true,
  meta: {
    id: 'loan',
    clause: '2.6',
    severity: 'block',
    title: { zh: '推销贷款或借款', en: 'Offering loans or credit' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于客户服务。推销网贷、小额贷款、“不看征信”“当天放款”、信用卡套现等会被拦截；收银台分期付款、平台向商家放款等说明不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Offering loans, "no credit check" lending or cash-out services is blocked; checkout instalments and platform settlement talk are fine.',
    },
    hint: { zh: '删除贷款、借款相关内容；付款请引导买家在平台收银台完成。', en: 'Remove the lending offer; payment happens in the platform checkout.' },
  },
  cues: framed(cues),
  regexes: WARNING_FRAME_REGEXES,
});

export default rule;
