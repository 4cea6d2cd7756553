// An anchor read across a word boundary (round 7, generic false alarms): the compact view joins units the
// draft keeps apart, so an anchor can take its first or last unit from a neighbouring word.
//   - its last unit starts a longer innocent word: 高防护等级 (高 + 防护, not 高防), 高防水, 高防晒, 高仿生设计;
//   - its first unit ends a longer innocent word: 检测报告您可以 (报告 + 您, not 告您), 广告你…, 我会转告您, 对一下款号 (not 下款);
//   - its last unit is a pronoun that opens the next clause after a comma: 有检测报告，您可以在详情页查看 (告，您);
//   - round 8 (fa8): its last unit, after a comma, is any clause opener (a pronoun, a modal, an adverb): 插头是英标，会送转换头
//     (标，会 is no 标会), 进口口岸 (进口 + 口岸, not 口口); its first unit 不/没 sits in an A-not-A question: 有没有报关信息
//     (有没有 + 报关, not 没有报关), 是不是正品.
// Only the words below count, each a common compound whose shared unit belongs to it and not to an anchor;
// an anchor that is itself one of these (防护 is no anchor) is untouched. Checked once per anchor hit of a
// cue rule (detect/cue-rule.ts), a few charCode reads and startsWith calls at most.

import type { LintContext } from '../context';
import { SOFT } from '../normalize';

/** Innocent compounds whose FIRST unit an anchor may end with (高防 + 护). */
const TAIL_WORDS = [
  '防护', '防水', '防晒', '防风', '防滑', '防尘', '防摔', '防震', '防爆', '防盗', '防雨', '防污', '防刮', '防腐', '防潮', '防霉', '防蛀', '防伪', '防辐射',
  '防蓝光', '防紫外线', '防过敏', '防静电', '防油', '防冻', '防寒', '防火', '防蚊', '防臭', '防汗', '防掉', '防脱', '防漏', '防溢', '防烫', '防咬',
  // 高仿生设计的奶嘴 (高 + 仿生, bionic), named with what is bionic (not 高仿生态); not 仿真 (高仿真 is said of copies too).
  '仿生设计', '仿生学', '仿生材料', '仿生奶嘴', '仿生乳', '仿生硅胶', '仿生鱼饵', '仿生技术', '仿生结构', '仿生触感',
  // round 21 (t21bx): 高仿真丝绸材质的花 (高 + 仿真丝绸, imitation silk), 高仿真花, 高仿真绿植 — made-up plants and fabrics.
  '仿真丝绸', '仿真丝面料', '仿真花', '仿真植物', '仿真绿植', '仿真盆栽',
  // 对一下款号 (一下 + 款号, not 下款)
  '款号', '款式',
  // round 52 (cf52): 保税仓A货架 (A + 货架, a shelf — not A货), 货架上, 货柜
  '货架', '货柜',
  // 工作日结束 (not 日结), 您品味真好 (not 您品), 刮开盒子 (not 开盒)
  '结束', '品味', '盒子',
  // 进口口岸, 出口口罩 (口 + 口岸, not 口口)
  '口岸', '口味', '口感', '口红', '口罩', '口碑', '口径', '口袋', '口腔',
  // round 10 (fa10): 要求走私下交易 (走 + 私下, not 走私), 看到已放行就说明清关完成了 (就 + 说明, not 就说)
  '私下交易', '私下转账', '私下付款', '私下联系', '私下沟通', '私下加', '私下收', '说明',
  // round 11 (fa11): 扫码枪支持二维码 (枪 + 支持, not 枪支), 水枪支付宝付款
  '支持', '支付',
  // round 37 (t37a, t37c): 8点开秒，提前加购 (开秒 + 提前, not 秒提 "instant cash-out"), 秒杀，提醒您…, 能提供发票 — words opening on 提
  '提前', '提醒', '提示', '提供', '提交',
  // round 65 (engfa65): 今天还来得及发货 (还 + 来得及, in time — not 还来 "coming back"), 怕来不及
  '来得及', '来不及',
];
/** Innocent compounds whose LAST unit an anchor may start with (报 + 告您, 工作 + 日结束, 无 + 理由退货). */
const HEAD_WORDS = ['报告', '广告', '公告', '预告', '转告', '通告', '布告', '一下', '工作日', '刮开', '打开', '拆开', '撕开', '掀开', '揭开', '翻开', '无理',
  // 进口口岸 (进口 + 口岸, not 口口); 减少一点数量 (一点 + 数量, not 点数)
  '进口', '出口', '入口', '一点', '有点', '差点', '快点', '早点', '多点', '少点',
  // round 11 (t11e): 三岁以下注意别噎着, 详情如下注明 (以下 + 注意, not 下注)
  '以下', '如下', '之下', '底下',
  // round 13 (fa13): 原装进口 (原装 + 进口, not 装进), 为了您的隐私我们不会保存 (隐私 + 我们, not 私我)
  '原装', '隐私',
  // round 21 (t21dq): 给我们一次处理问题的机会，谢谢 (机会 + 谢谢, not 会谢) — nouns ending in 会
  '机会', '社会', '聚会', '约会', '宴会', '晚会', '协会', '误会', '体会', '领会', '开会',
  // round 35 (t35f): people named by a noun ending in 子 before a verb (孩子弹琴 is 孩子 + 弹琴, not 子弹; 儿子弹吉他, 女子弹唱)
  '孩子', '儿子', '女子', '男子', '妻子', '弟子', '学子', '侄子', '孙子', '小伙子', '妹子', '汉子', '王子', '公子',
  // …and things ending in 扣 (折扣我已经帮您申请了 is 折扣 + 我, not 扣我 "QQ me"; 纽扣我们多配了两颗, 卡扣我给您换)
  '折扣', '纽扣', '卡扣', '搭扣', '袖扣', '锁扣', '暗扣', '按扣', '领扣', '挂扣', '磁扣', '皮带扣', '表扣', '插扣'];

// Keyed by char code, not by one-unit string: straddles() runs on every anchor hit of every cue rule, and
// compact[i] allocates a fresh string for a CJK unit.
function index(words: readonly string[], at: (w: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const k = at(w);
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(w);
  }
  return m;
}
const BY_FIRST = index(TAIL_WORDS, (w) => w.charCodeAt(0));
const BY_LAST = index(HEAD_WORDS, (w) => w.charCodeAt(w.length - 1));
/** Words a clause may end with whose last unit an anchor may start with, read only across a clause break (round 14, fa14). */
// Round 23 (t23dz): …and the copy words ending in 仿 (不碰高仿，正品这块放心: 高仿 + 正品, not 仿正品) — 高仿 is read on its own.
const BREAK_HEADS = index(
  // Round 66 (engfa66): …and the fraud words ending in 骗 (都是诈骗，退款只在平台内处理: 诈骗 + 退款, not 骗退款).
  ['调查', '检查', '核查', '审查', '排查', '复查', '追查', '彻查', '备查', '自查', '抽查', '盘查', '巡查', '待查', '可查', '能查', '好查', '高仿', '精仿', '顶仿', '超仿', '模仿',
    '诈骗', '欺骗', '被骗', '受骗', '行骗', '电信诈骗', '网络诈骗'],
  (w) => w.charCodeAt(w.length - 1),
);
/** Round 43 (t43d): words about the goods that may open a clause right after a break inside a two-unit anchor (高，版型偏大). */
const BREAK_TAILS = index(['版型', '版式', '版面', '货期', '货源充足', '码数', '尺码', '款式', '款号', '面料', '做工', '鞋型', '鞋码', '楦型'], (w) => w.charCodeAt(0));
/**
 * Units that open a clause (pronouns, modals, adverbs): after a comma inside an anchor, the anchor's last unit
 * starts the next clause (标，会送 / 告，您可以 / 品，我们). Insult and contact spellings split by a comma (傻，逼) end
 * in none of these.
 */
const OPENERS = new Uint8Array(0x10000);
for (const c of '你您我他她它咱会可能要也就都还但而所因如请这那已再先只才又并却则便将该') OPENERS[c.charCodeAt(0)] = 1;
/** Verbs of an A-not-A question (有没有, 是不是, 能不能…). */
const A_NOT_A = new Uint8Array(0x10000);
for (const c of '有是能会要可对好行该用需') A_NOT_A[c.charCodeAt(0)] = 1;
/** Adverbs that make 是 a copula before 不是 (就是不是品牌出的 = 就是 + 不是). */
const COPULA_ADVERB = new Uint8Array(0x10000);
for (const c of '就只也都还可但正倒要总真确却便才若不算而于凡') COPULA_ADVERB[c.charCodeAt(0)] = 1;
const IS = '是'.charCodeAt(0);
const NOT = '不'.charCodeAt(0);
const NOT_YET = '没'.charCodeAt(0);
// Read once: under tsx every read of an imported binding is a getter call.
const SOFT_BREAK = SOFT;

/** Whether the anchor hit at compact [start, end) is read across a word boundary (see the header). */
export function straddles(ctx: LintContext, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const compact = ctx.compact;
  const bb = ctx.norm.breakBefore;
  const last = compact.charCodeAt(end - 1);
  // 告，您 / 标，会: a pronoun or another clause opener after a clause break opens the next clause, it is no
  // part of the anchor.
  if (OPENERS[last] === 1 && ctx.norm.breakBefore[end - 1]! >= SOFT_BREAK) return true;
  // 有没有报关, 是不是正品: 不/没 between two equal question verbs asks, the anchor 没有报关 / 不是正品 is not said — not
  // 爱买买，不买 (a comma between), 爱买不买 (no question verb), 就是不是品牌出的 (就是 + 不是).
  const first = compact.charCodeAt(start);
  if ((first === NOT || first === NOT_YET) && start > 0 && bb[start]! < SOFT_BREAK && compact.charCodeAt(start - 1) === compact.charCodeAt(start + 1)) {
    const verb = compact.charCodeAt(start - 1);
    if (A_NOT_A[verb] === 1 && !(verb === IS && start > 1 && COPULA_ADVERB[compact.charCodeAt(start - 2)] === 1)) return true;
  }
  // (The innocent word must be whole in the draft: 运输都有，点数低 is no 有点 + 点数 — round 8.)
  // Round 43 (t43d): the anchor's last unit opens the next clause as the first unit of a word about the goods (厚底显高，版型偏大: 高 +
  // 版型, not 高版) — only across the break, so 高版型 written as one run is still read.
  if (bb[end - 1]! >= SOFT_BREAK && end - start === 2) {
    const opens = BREAK_TAILS.get(last);
    if (opens) for (const w of opens) if (compact.startsWith(w, end - 1)) return true;
  }
  const tails = end < compact.length && bb[end]! >= SOFT_BREAK ? undefined : BY_FIRST.get(last);
  if (tails) for (const w of tails) if (compact.startsWith(w, end - 1)) return true;
  // Round 14 (fa14): the anchor's first unit closes a word right before a clause break inside the anchor (配合平台调查，聊天记录都有保存:
  // 调查 + 聊天记录, not 查聊天记录) — only across the break, so 调查聊天记录 written as one run is still read.
  if (start > 0 && end - start > 2 && bb[start + 1]! >= SOFT_BREAK && bb[start]! < SOFT_BREAK) {
    const closers = BREAK_HEADS.get(compact.charCodeAt(start));
    if (closers) for (const w of closers) if (start >= w.length - 1 && compact.startsWith(w, start - w.length + 1)) return true;
  }
  const heads = start > 0 && bb[start]! < SOFT_BREAK ? BY_LAST.get(compact.charCodeAt(start)) : undefined;
  if (heads) for (const w of heads) if (start >= w.length - 1 && compact.startsWith(w, start - w.length + 1)) return true;
  return false;
}
