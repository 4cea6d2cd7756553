// Goods that are an imitation by nature and sold as one — artificial plants and flowers, food models, wigs and false lashes:
// "you can't tell it's fake" praises their realism (仿真多肉分不出是假的, 戴上完全看不出是假发), it hints at no counterfeit.
// Shared by the counterfeit rules and the 2.8 second opinion.
import type { LintContext } from '../context';

/** Round 20 (t20bu), widened in round 23 (t23a): the goods named as an openly artificial thing. */
export const NATURE_IMITATION =
  /仿真(?:绿植|植物|花|草|树|盆栽|盆景|多肉|绿萝|龟背竹|发财树|竹|仙人掌|藤|叶|果|水果|蔬菜|菜|食物|食品|蛋糕|面包|动物|鸟|鱼|蝴蝶)|(?:人造|假)(?:花|草|植物|绿植|盆栽|盆景|树|草坪|山)|(?:水果|食物|食品|菜品|蛋糕)模型|(?:绿植|盆栽|花束|花艺)摆件|永生花|干花|绢花|假发|假睫毛|假刘海|发片|接发|仿生(?:鱼饵|软饵|硬饵|假饵|饵|虫|鱼|虾|蛙|青蛙|昆虫|蝴蝶|鸟|老鼠)|(?:鱼|软|硬|假|拟|路亚|亮片|米诺)饵|诱鸟器|诱捕器/;
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

/**
 * 高仿真 as the realism of a thing that is a replica by kind (高仿真柯基毛绒公仔, 1:43高仿真合金车模, 恐龙模型是高仿真硅胶材质,
 * 高仿真娃娃屋家具): a model or a toy, not a fake of a brand — not 高仿真LV包, 高仿真大牌手表 (no such kind in the clause), nor
 * a likeness to branded goods claimed in the sentence (高仿真手办，和正版一模一样).
 */
// Round 17 (t17): …or a thing made to feel like the body it stands in for (高仿真硅胶奶嘴，模拟妈妈乳房, 高仿真假发, 高仿真义乳, 仿生触感).
// Round 19 (t19dk): …or any flower or plant named by its kind (高仿真绣球花, 高仿真樱花树, 掉瓣), not a print or pattern (印花, 老花, 花纹) or 花钱.
// Round 22 (t22by): …or a creature imitated as a lure or a decoy (高仿真软虫鱼饵, 高仿真路亚假饵, 高仿真蝴蝶摆件).
// Round 39 (t39i): …or a practice or teaching stand-in (纹身练习皮是高仿真硅胶, 教学假人, 训练用模拟枪靶).
export const REPLICA_KIND = /练习皮|练习(?:用|板|手|头|假人)|训练用|教具|教学(?:用|模型)|假人|人台|毛绒|公仔|玩偶|玩具|模型|车模|手办|摆件|娃娃|假花|(?:仿真|绢|塑料)花|(?![印老提碎烫压])[\u4e00-\u9fff]花(?![钱费呗纹样色式边销])|花瓣|掉瓣|花枝|花藤|树枝|树叶|藤蔓|花卉|花束|植物|绿植|盆栽|盆景|多肉|动物|恐龙|食玩|道具|微缩|标本|果蔬|蔬菜|水果|奶嘴|奶瓶|乳头|乳房|母乳|亲喂|假发|发片|发套|假睫毛|义乳|假肢|义肢|义眼|人体|皮肤|肤感|仿生|模拟|饵|路亚|昆虫|[软毛]?虫|蝴蝶|鸟|鱼|蛇|蜥蜴|蜘蛛|青蛙|诱捕/;
// Round 39 (t39o): …or a likeness to the genuine article claimed (涂装高仿真，跟正版一样; 和正品没区别) — not 跟真的一样 (the realism of a
// replica), nor a licensed replica's own papers (正版授权的手办) with no likeness claimed.
export const BRAND_LIKENESS = /大牌|名牌|专柜|原版|一模一样|对版|看不出|分不出|认不出|懂的|你懂|包包|[手腕]表|鞋|口红|香水|lv|gucci|香奈儿|迪奥|爱马仕|耐克|nike|(?:跟|和|与|同|像|比)(?:官方)?(?:正版|正品|真品|真货|官方版)[^]{0,4}?(?:一样|一模一样|没区别|没有区别|差不多|无异|没两样|一个样|难分|不差|媲美)/;

/**
 * Round 39 (t39m): a scale model or a figure praised as lifelike (这架飞机模型是合金的，涂装高仿真，细节很到位; 坦克模型…跟真的一样): the
 * realism is of a replica by kind, for the 2.8 second opinion — not with a brand, a genuine-goods or copy word beside it (盗版手办, 跟正版一样).
 */
const SCALE_REPLICA = /模型|车模|船模|机模|手办|公仔|玩偶|毛绒|摆件|娃娃|微缩|标本|恐龙|道具|食玩|兵人|沙盘/;
const LIFELIKE = /仿真|逼真|(?:跟|和|像)真的?(?:一样|似的)|像真的/;
const BRAND_OR_COPY_WORD = /正品|正版|盗版|原版|原厂|原装|专柜|品牌|官方|授权|(?<![高精])仿(?!真)|假货|山寨|a货|复刻|一比一|1比1|原单|尾单/;
export function lifelikeReplicaText(s: string): boolean {
  return LIFELIKE.test(s) && SCALE_REPLICA.test(s) && !BRAND_LIKENESS.test(s) && !BRAND_OR_COPY_WORD.test(s);
}

/**
 * Round 45 (t45e): a wearable stand-in for a change to the body, praised as passing for the real change (耳夹戴上跟真打了耳洞一样看不出来,
 * 纹身贴贴上像真纹的, 穿戴甲跟做的美甲一样): the likeness is to the body's own state, not to a brand's goods — not with a brand, a
 * genuine-goods or copy word beside it (香奈儿同款耳夹, 跟专柜一模一样).
 */
const BODY_STANDIN = /耳夹|无耳洞|免打孔|纹身贴|刺青贴|穿戴甲|美甲贴|甲片|假指甲|双眼皮贴|美目贴|假睫毛|假发|发片|接发|假刘海|增高垫|隐形增高|假鼻梁|鼻贴|义乳|胸贴|假胡子|眉贴/;
const BODY_STATE = /(?:真|自己)(?:打|扎|穿|纹|刺|做|长|割|植|种)|耳洞|纹身|美甲|双眼皮|睫毛|头发|发际线|身高|眉毛/;
export function bodyStandInText(s: string): boolean {
  return BODY_STANDIN.test(s) && BODY_STATE.test(s.replace(BODY_STANDIN, '')) && !GENUINE_OR_COPY.test(s) && !BRAND_OR_COPY_WORD.test(s) &&
    !/同款|大牌|名牌|专柜|lv|gucci|香奈儿|迪奥|爱马仕|卡地亚|蒂芙尼|施华洛世奇|潘多拉|梵克雅宝|宝格丽/.test(s);
}
