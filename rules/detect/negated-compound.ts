// Round 65 (engfa65): a regulated class read inside its 非- compound. 非处方药 is an over-the-counter medicine, 非管制刀具 a knife anyone
// may own, 非危险品 goods any courier takes: the compound names the complement of the class, so an anchor for the class that starts right
// after 非 names none of it (布洛芬是非处方药，药店就能买). Only a regulated class's own head (REGULATED_HEADS). Not 除非 / 莫非 / 无非 (unless, can it be, merely) nor Africa (南非, 西非…), whose
// 非 belongs to the word before; and not a double negation (不是非处方药, 不属于非处方药), which puts the goods back in the class.

import type { LintContext } from '../context';
import { SOFT } from '../normalize';

const NOT_PREFIX = '非'.charCodeAt(0);
/** Units that make 非 the end of another word: 除非, 莫非, 无非, 南非 / 北非 / 东非 / 西非 / 中非. */
const OTHER_WORD_HEAD = new Set([...'除莫无南北东西中'].map((c) => c.charCodeAt(0)));
/**
 * The heads of regulated classes whose 非- compound names their complement. Only these: 非 before a word of good standing makes the
 * breach itself (非正规渠道, 非法, 非官方), so the skip is no general rule for 非.
 */
const REGULATED_HEADS = /^(?:处方|管制|违禁|禁售|禁用|危险|危化|易燃|易爆|医疗器械|药品|药物|保护|濒危|野生|麻醉|精神|限制)/;
const DOUBLE_NEGATION = /(?:不是|不属于|不算|算不上|并不是|可不是|而不是|也不是)$/;
// Read once: under tsx every read of an imported binding is a getter call.
const SOFT_BREAK = SOFT;

/** Whether the anchor hit starting at compact `start` is the tail of a 非- compound (非 + the class word, one run). */
export function negatedCompound(ctx: LintContext, start: number): boolean {
  if (start < 1 || ctx.compact.charCodeAt(start - 1) !== NOT_PREFIX) return false;
  const bb = ctx.norm.breakBefore;
  // (非，处方药…: the clause break parts them)
  if (bb[start]! >= SOFT_BREAK) return false;
  if (start >= 2 && bb[start - 1]! < SOFT_BREAK && OTHER_WORD_HEAD.has(ctx.compact.charCodeAt(start - 2))) return false;
  return REGULATED_HEADS.test(ctx.compact.slice(start, start + 4)) && !DOUBLE_NEGATION.test(ctx.before(start - 1, 4, 'soft'));
}
