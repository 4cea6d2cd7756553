// Round 39 (t39m): a recipe a family or the shop itself keeps (照着外婆的配方做的，味道跟小时候一样; 按我奶奶传下来的配方调的; 照着我们
// 自己的配方做的): the formula's owner is kin or ourselves, no maker — the likeness is to a home taste or an earlier batch, not a brand's.
// Shared by the counterfeit rules (the 配方 cues) and the 2.8 second opinion.
import type { LintContext } from '../context';
import { sentenceOf } from './cue-rule';

/** Kin named as a recipe's owner (an alternation, no group). */
export const KIN =
  '外婆|外公|奶奶|爷爷|姥姥|姥爷|妈妈|老妈|我妈|俺妈|俺娘|母亲|爸爸|老爸|我爸|俺爸|父亲|婆婆|阿嬷|阿婆|阿妈|阿爸|祖母|祖父|太奶奶|太姥姥|太婆|' +
  '老一辈|祖上|祖辈|长辈|家里老人|老人家|娘家|岳母|丈母娘|舅舅|姑姑|姨妈|大姨|小姨|婶婶|嫲嫲';
const OURSELVES = '我们自己|我们店|我们家|咱们自己|咱家|本店|店里|自家|自己';

/** Kin or ourselves named as the owner right before 配方 (照着外婆的, 按我奶奶传下来的, 照着我们自己的). */
const TAIL = '(?:家)?(?:自己|亲手|传下来|传下|留下来|留下|传|研发|琢磨)?(?:的)?(?:老)?';
const KIN_OWNER = new RegExp(`(?:${KIN})${TAIL}$`);
const OUR_OWNER = new RegExp(`(?:${OURSELVES})${TAIL}$`);

const KIN_RECIPE = new RegExp(`(?:照|按|照着|按照|按着|用|是)(?:${KIN})${TAIL}配方`);
const OUR_RECIPE = new RegExp(`(?:照|按|照着|按照|按着|用|是)(?:${OURSELVES})${TAIL}配方`);
/** A brand, a genuine-goods or copy word, or a wink: then the recipe talk may be a copy's. */
const BRAND_OR_COPY = /大牌|名牌|专柜|正品|正版|原版|原装|原厂|品牌|牌子|官方|仿|假|山寨|复刻|原单|a货|一比一|1比1|同厂|代工|懂|意会|心照|私下|私聊/;

/** Our own recipe may still be likened to someone else's goods (照着我们自己的配方做的，跟迪奥的一模一样): only to our own earlier batches or home. */
const LIKENED_TO_OTHERS = /一模一样|(?:跟|和|与|同)(?!上|以前|之前|原来|过去|小时候|老家|记忆|家里|从前|以往)[^，。！？]{1,8}?(?:一样|差不多|没区别|没两样|像|八九不离十)/;

/** Compact text makes its goods after a kin's or our own recipe, with no brand, copy word or wink. */
export function kinRecipeText(s: string): boolean {
  if (BRAND_OR_COPY.test(s)) return false;
  return KIN_RECIPE.test(s) || (OUR_RECIPE.test(s) && !LIKENED_TO_OTHERS.test(s));
}

/** The 配方 at compact [start, end) is a kin's or our own, and its sentence names no brand, copy word or wink (照着我们自己的配方做的，跟迪奥的
 * 一模一样 stays a copy's likeness). */
export function kinRecipeAt(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 16, 'soft');
  if (!KIN_OWNER.test(before) && !OUR_OWNER.test(before)) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return !BRAND_OR_COPY.test(s) && (KIN_OWNER.test(before) || !LIKENED_TO_OTHERS.test(s));
}
