// An anchor read across a word boundary (round 7, generic false alarms): the compact view joins units the
// draft keeps apart, so an anchor can take its first or last unit from a neighbouring word.
//   - its last unit starts a longer innocent word: 高防护等级 (高 + 防护, not 高防), 高防水, 高防晒, 高仿生设计;
//   - its first unit ends a longer innocent word: 检测报告您可以 (报告 + 您, not 告您), 广告你…, 我会转告您, 对一下款号 (not 下款);
//   - its last unit is a pronoun that opens the next clause after a comma: 有检测报告，您可以在详情页查看 (告，您).
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
  // 对一下款号 (一下 + 款号, not 下款)
  '款号', '款式',
  // 工作日结束 (not 日结), 您品味真好 (not 您品), 刮开盒子 (not 开盒)
  '结束', '品味', '盒子',
];
/** Innocent compounds whose LAST unit an anchor may start with (报 + 告您, 工作 + 日结束, 无 + 理由退货). */
const HEAD_WORDS = ['报告', '广告', '公告', '预告', '转告', '通告', '布告', '一下', '工作日', '刮开', '打开', '拆开', '撕开', '掀开', '揭开', '翻开', '无理'];

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
const YOU = '你'.charCodeAt(0);
const YOU_POLITE = '您'.charCodeAt(0);
// Read once: under tsx every read of an imported binding is a getter call.
const SOFT_BREAK = SOFT;

/** Whether the anchor hit at compact [start, end) is read across a word boundary (see the header). */
export function straddles(ctx: LintContext, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const compact = ctx.compact;
  const last = compact.charCodeAt(end - 1);
  // 告，您: a pronoun after a clause break opens the next clause, it is no object of the anchor.
  if ((last === YOU || last === YOU_POLITE) && ctx.norm.breakBefore[end - 1]! >= SOFT_BREAK) return true;
  const tails = BY_FIRST.get(last);
  if (tails) for (const w of tails) if (compact.startsWith(w, end - 1)) return true;
  const heads = start > 0 ? BY_LAST.get(compact.charCodeAt(start)) : undefined;
  if (heads) for (const w of heads) if (start >= w.length - 1 && compact.startsWith(w, start - w.length + 1)) return true;
  return false;
}
