// Goods that are an imitation by nature and sold as one — artificial plants and flowers, food models, wigs and false lashes:
// "you can't tell it's fake" praises their realism (仿真多肉分不出是假的, 戴上完全看不出是假发), it hints at no counterfeit.
// Shared by the counterfeit rules and the 2.8 second opinion.
import type { LintContext } from '../context';

/** Round 20 (t20bu), widened in round 23 (t23a): the goods named as an openly artificial thing. */
export const NATURE_IMITATION =
  /仿真(?:绿植|植物|花|草|树|盆栽|盆景|多肉|绿萝|龟背竹|发财树|竹|仙人掌|藤|叶|果|水果|蔬菜|菜|食物|食品|蛋糕|面包|动物|鸟|鱼|蝴蝶)|(?:人造|假)(?:花|草|植物|绿植|盆栽|盆景|树|草坪|山)|(?:水果|食物|食品|菜品|蛋糕)模型|(?:绿植|盆栽|花束|花艺)摆件|永生花|干花|绢花|假发|假睫毛|假刘海|发片|接发/;
/** A genuine article or a copy named beside it: then the likeness is about the brand's goods, not nature. */
// (round 39, t39d: not 高仿真/精仿真, the realism of the imitation itself — 仿真花…高仿真，摆着跟真的一样)
const GENUINE_OR_COPY = /正品|真品|真货|专柜|原版|大牌|品牌|原厂|原装|正版|官方|(?:高仿|精仿)(?!真)|a货|复刻|一比一|1比1|原单|版本/;

/** Compact text holds goods that are an imitation by nature and no genuine article or copy word. */
export function imitationByNatureText(s: string): boolean {
  return NATURE_IMITATION.test(s) && !GENUINE_OR_COPY.test(s);
}

/** The same for the 60 compact units around compact [start, end) (the goods are often named a sentence before). */
export function imitationByNature(ctx: LintContext, start: number, end: number): boolean {
  return imitationByNatureText(ctx.compact.slice(Math.max(0, start - 60), end + 60));
}
