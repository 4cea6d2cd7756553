// 2.5: spam — the same advertising chunk repeated again and again (【清仓】【清仓】【清仓】, 【好评返现】×3, 点我！点我！点我！,
// 秒杀秒杀秒杀), urging nags (【提醒】【提醒】【提醒】, 紧急紧急紧急). Friendly repetition (好的好的, 谢谢谢谢, 哈哈哈哈, 买买买, 冲冲冲, 加油加油加油) is not: a run counts only when
// its chunk is two characters or more, not one character doubled, and sells something — or when it
// repeats many times, or several runs fill one message.
// Round 10: a numbered flood of one sentence (第1条：请确认收货 第2条：请确认收货…; numerals match each other, chunks up to 16 units);
// not a count or a list of numbers (1号2号3号, 第一天第二天第三天).
// Round 50 (eng50a, red team rt50 #9): numerals match each other only to see a counter (第1条, 提醒2, 第三遍). Copies whose numbers
// are something else — order or tracking numbers (订单2411250001已发货，订单2411250002已发货…), SKUs, sizes (36码/37码/38码) — are a
// list of distinct items, not one chunk sent again: such a run is split into its truly identical copies (distinctItems). And the
// fix (keep one copy) is offered only when every copy is the same text: a fix never deletes distinct content.

import { alt, cueRule } from '../detect/cue-rule';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';

const MARKETING = new RegExp(
  alt([
    '清仓', '秒杀', '特价', '折', '抢', '速', '快来', '买', '送', '优惠', '福利', '爆款', '点我', '点击', '下单', '关注', '领券', '券', '限时', '最后', '手慢无',
    '上新', '包邮', '促销', '甩卖', '大促', '活动', '赚', '免费', '降价', '低价', '好物', '推荐', '直播', '冲', '拍', '囤', '加购', '新品', '特惠', '半价', '爆',
    '限量', '火爆', '疯抢', '返场', '错过', '进店', '戳', '扣1', '上车', '库存', '开抢', '划算', '便宜', '元', '链接', '返现', '返钱', '好评返',
  ]),
);
/** Urging words that make a repeated chunk a nag (【提醒】【提醒】【提醒】, 注意注意注意, 紧急紧急紧急), not a cheer (加油加油加油). */
// Round 13 (t13b): the demand itself pasted again and again (确认收货确认收货确认收货, 五星五星五星, 删差评删差评删差评).
const URGING = new RegExp(alt(['提醒', '注意', '通知', '紧急', '重要', '速回', '回复', '回我', '在吗', '速看', '必看', '急急', '催', '确认收货', '收货', '好评', '五星', '改评', '删评', '删差评', '撤诉', '撤投诉', '评价']));
/** Chunks that are courtesy however often they repeat. */
const COURTESY = new RegExp(`^${alt(['好的', '谢谢', '对不起', '抱歉', '收到', '稍等', '马上', '来了', '在的', '辛苦了', '亲亲', '么么哒', '嘻嘻', '好哒', '可以', '没问题', '放心', '明白', '知道了', '对的', '是的', '不客气', '拜拜', '晚安'])}+$`);
const MIN_CHUNK = 2;
const MAX_CHUNK = 16;
const MIN_REPEATS = 3;
/** A courtesy-free, non-selling chunk is spam only when repeated this often… */
const MANY_REPEATS = 5;
/** …unless it is a whole sentence (看到请回复 ×3): pasting the same sentence again and again is spam. */
const SENTENCE_CHUNK = 5;

interface Run {
  start: number;
  chunk: number;
  repeats: number;
}

/** A numeral (0-9, 一…十): counters in a pasted flood (第1条：请确认收货 第2条：请确认收货…) count as the same unit. */
const NUMERALS = new Uint8Array(0x10000);
for (const c of [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03, 0x516b, 0x4e5d, 0x5341]) NUMERALS[c] = 1;
// One table read: findRuns asks this for nearly every unit of every draft, seven times (once per chunk length).
function isNumeral(c: number): boolean {
  return NUMERALS[c] === 1;
}
function same(a: number, b: number): boolean {
  return a === b || (isNumeral(a) && isNumeral(b));
}

/** A unit as `same` compares it: every numeral is one (0x30), any other unit itself. */
function sameKey(c: number): number {
  return NUMERALS[c] === 1 ? 0x30 : c;
}

/**
 * Per sameKey, how often it occurs in findRuns' window of the units a chunk's repeat could start at (i + MIN_CHUNK ..
 * i + MAX_CHUNK). All zero between calls (findRuns empties it before returning; it runs to the end, calls nothing).
 */
const inWindow = new Uint8Array(0x10000);

/**
 * Consecutive repeats of a 2–8 unit chunk, at least three times, in the compact view. Linear in practice.
 * Round 10: numerals match each other, so a numbered flood (第1条：请确认收货 ×5) is one run.
 */
export function findRuns(text: string): Run[] {
  const runs: Run[] = [];
  const n = text.length;
  // The window [from, to) = [i + MIN_CHUNK, i + MAX_CHUNK + 1) ∩ [0, n), counted in inWindow. Why: a chunk of length len
  // starting at i repeats only if text[i + len] is `same` as text[i], and for most units no such unit lies within
  // MAX_CHUNK: when inWindow says so, the loop over lengths below would `continue` at every len, so it is skipped.
  let from = 0;
  let to = 0;
  // Char codes compared in place: this visits every unit of every draft, so no substring per unit.
  for (let i = 0; i + MIN_CHUNK * MIN_REPEATS <= n; ) {
    const first = text.charCodeAt(i);
    while (to < Math.min(n, i + MAX_CHUNK + 1)) inWindow[sameKey(text.charCodeAt(to++))]!++;
    while (from < Math.min(to, i + MIN_CHUNK)) inWindow[sameKey(text.charCodeAt(from++))]!--;
    if (inWindow[sameKey(first)] === 0) {
      i++;
      continue;
    }
    let chunk = 0;
    let repeats = 0;
    for (let len = MIN_CHUNK; len <= MAX_CHUNK && i + len * MIN_REPEATS <= n; len++) {
      if (!same(first, text.charCodeAt(i + len))) continue;
      let count = 1;
      for (let at = i + len; at + len <= n; at += len) {
        let k = 0;
        while (k < len && same(text.charCodeAt(i + k), text.charCodeAt(at + k))) k++;
        if (k < len) break;
        count++;
      }
      if (count >= MIN_REPEATS) {
        chunk = len;
        repeats = count;
        break;
      }
    }
    if (chunk) {
      runs.push({ start: i, chunk, repeats });
      i += chunk * repeats;
    } else i++;
  }
  while (from < to) inWindow[sameKey(text.charCodeAt(from++))]!--;
  return runs;
}

function isTrivialChunk(chunk: string): boolean {
  // (a count or a list of numbers: 1号2号3号, 第一第二第三 — numerals and one more unit at most)
  if (chunk.replace(/[0-9一二三四五六七八九十]/g, '').length <= 1) return true;
  return /^(.)\1*$/u.test(chunk) || /^[a-z0-9]+$/.test(chunk) || COURTESY.test(chunk);
}

/**
 * Round 18 (fa18bp): a table of values — the numbers change from one repeat to the next and only a unit or two stand around them
 * (36码=230mm，37码=235mm，38码=240mm; 1段0到6月，2段6到12月…): a size chart or a spec list, not one chunk sent again.
 */
function valueTable(text: string, run: Run): boolean {
  const chunk = text.substr(run.start, run.chunk);
  if (chunk.replace(/[0-9一二三四五六七八九十]/g, '').length > 4 || MARKETING.test(chunk) || URGING.test(chunk)) return false;
  for (let k = 1; k < run.repeats; k++) if (text.substr(run.start + k * run.chunk, run.chunk) !== chunk) return true;
  return false;
}

/** Value of a numeral group (Arabic digits, or 一…十 as in 三, 十二, 二十, 二十三); NaN when it is neither. */
function numeralValue(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return NaN;
  const digit = (c: string) => '一二三四五六七八九'.indexOf(c) + 1;
  if (!m[2]) return m[3] ? NaN : digit(m[1]!);
  return (m[1] ? digit(m[1]) : 1) * 10 + (m[3] ? digit(m[3]) : 0);
}

/** The highest first value a counter of pasted copies starts at (第1条…, or 第4条… after three other lines). */
const COUNTER_FIRST_MAX = 9;

/**
 * Whether a group's values number the copies (1, 2, 3…; 第一遍, 第二遍…): consecutive, one up each time, starting small.
 * An order, tracking or SKU number (2411250001, 2411250002…), a size (36, 37, 38) or a price list (5, 9, 8) is none.
 */
function isCounter(values: readonly string[]): boolean {
  const nums = values.map(numeralValue);
  if (nums.some((v) => Number.isNaN(v)) || nums[0]! > COUNTER_FIRST_MAX) return false;
  for (let k = 1; k < nums.length; k++) if (nums[k] !== nums[k - 1]! + 1) return false;
  return true;
}

/**
 * Copies that differ only in a counter are one sentence pasted again when the counter numbers the copies (第1条, 第二遍, 3次) —
 * or when they sell, urge or come five times and more. A counted list (1段奶粉有货，2段奶粉有货…, 订单1已发货，订单2已发货…) is none.
 */
const ORDINAL = /第[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十](?:条|遍|次|回|句|封)/;

/** Whether every copy of the run is the same compact text (not only the same up to numerals). */
function identicalCopies(text: string, run: Run): boolean {
  const chunk = text.substr(run.start, run.chunk);
  for (let k = 1; k < run.repeats; k++) if (text.substr(run.start + k * run.chunk, run.chunk) !== chunk) return false;
  return true;
}

/**
 * findRuns matches any numeral with any other. Where the copies' numbers differ and are not a counter of the copies, the copies
 * are distinct items (a list of orders, tracking numbers, SKUs, sizes): the run is split into its blocks of identical copies,
 * and only a block of MIN_REPEATS or more is a run. A number is read whole, also where it runs over the chunk's edge.
 */
export function distinctItems(text: string, run: Run): Run[] {
  if (identicalCopies(text, run)) return [run];
  const varying: string[][] = [];
  for (let j = 0; j < run.chunk; ) {
    if (!isNumeral(text.charCodeAt(run.start + j))) {
      j++;
      continue;
    }
    let e = j;
    while (e < run.chunk && isNumeral(text.charCodeAt(run.start + e))) e++;
    const values: string[] = [];
    for (let k = 0; k < run.repeats; k++) {
      let a = run.start + k * run.chunk + j;
      let b = run.start + k * run.chunk + e;
      while (a > 0 && isNumeral(text.charCodeAt(a - 1))) a--;
      while (b < text.length && isNumeral(text.charCodeAt(b))) b++;
      values.push(text.slice(a, b));
    }
    if (values.some((v) => v !== values[0])) varying.push(values);
    j = e;
  }
  if (varying.every(isCounter)) return [run];
  const blocks: Run[] = [];
  for (let k = 0; k < run.repeats; ) {
    const copy = text.substr(run.start + k * run.chunk, run.chunk);
    let n = 1;
    while (k + n < run.repeats && text.substr(run.start + (k + n) * run.chunk, run.chunk) === copy) n++;
    if (n >= MIN_REPEATS) blocks.push({ start: run.start + k * run.chunk, chunk: run.chunk, repeats: n });
    k += n;
  }
  return blocks;
}

function checkSpam(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.compact;
  const runs = findRuns(text)
    .flatMap((r) => distinctItems(text, r))
    .filter((r) => !isTrivialChunk(text.substr(r.start, r.chunk)) && !valueTable(text, r));
  for (const run of runs) {
    const chunk = text.substr(run.start, run.chunk);
    const same = identicalCopies(text, run);
    if (!(MARKETING.test(chunk) || URGING.test(chunk) || run.repeats >= MANY_REPEATS || (same ? run.chunk >= SENTENCE_CHUNK || runs.length >= 2 : ORDINAL.test(chunk)))) continue;
    // Fix: keep one copy of the chunk, as the agent wrote it — only when the copies are true duplicates. Numbered copies
    // (第1条：…第2条：…) get none: the fix must never delete text that differs from what it keeps.
    const [firstStart, firstEnd] = ctx.toOriginal(run.start, run.start + run.chunk);
    ctx.report(rule, {
      start: run.start,
      end: run.start + run.chunk * run.repeats,
      message: `刷屏式重复（“${chunk}”重复 ${run.repeats} 次），属于垃圾信息`,
      ...(same ? { fix: ctx.text.slice(firstStart, firstEnd) } : {}),
    });
  }
}

const rule = cueRule({
  meta: {
    id: 'spam',
    clause: '2.5',
    severity: 'warn',
    title: { zh: '刷屏式垃圾信息', en: 'Spam-like repetition' },
    description: {
      zh: '规则 2.5 禁止向他人发送垃圾信息。同一段推销内容连续重复三次以上（如“【清仓】【清仓】【清仓】”“点我！点我！点我！”）会被警告；“好的好的”“谢谢谢谢”等礼貌重复不算。',
      en: 'Rule 2.5 forbids sending spam. The same advertising chunk repeated three or more times in a row is flagged; friendly repetition such as 好的好的 or 谢谢谢谢 is not.',
    },
    hint: { zh: '推销内容只说一遍，直接回答买家的问题。', en: 'Say the offer once and answer the buyer\'s question.' },
  },
  cues: [],
  regexes: [MARKETING, URGING],
  check: checkSpam,
});

export default rule;
