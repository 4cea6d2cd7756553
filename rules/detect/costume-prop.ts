// Round 35 (t35c): a costume or effects prop named as goods (吸血鬼獠牙, 僵尸妆, 恶魔角头饰, 万圣节假血) — a monster's name in a product,
// not a name for anyone. 吸血鬼 and 僵尸 weigh like a smear or a put-down to the second opinion; the sentence is about the prop when a
// monster word is joined to a prop noun or the costume trade is named, and no one is addressed with it (你就是个吸血鬼, 您这种吸血鬼).
// Shared by the second opinion's 2.4 and 2.7 gates.
import { AT_BUYER } from './own-shortfall';

const MONSTER = '(?:吸血鬼|僵尸|丧尸|恶魔|魔鬼|小恶魔|骷髅|女巫|巫婆|狼人|小丑|死神|鬼|幽灵|怪兽|妖怪)';
const PROP_NOUN = '(?:獠牙|尖牙|假牙|牙套|牙|斗篷|披风|面具|头套|妆|妆容|服|装|服装|套装|道具|头饰|发箍|角|尾巴|翅膀|爪|指甲|美瞳|假发|造型|cos)';
const PROP = new RegExp(`${MONSTER}(?:的)?${PROP_NOUN}|万圣节|cosplay|cos服|角色扮演|化妆舞会|假血|血浆道具|道具血|伤疤贴|特效妆`);
/** Someone named as the monster (…是吸血鬼, 这种吸血鬼, 吸血鬼商家): the word aimed, not a prop. */
const AIMED_MONSTER = new RegExp(`(?:是|像|这种|那种|一群|这帮|那帮|个)${MONSTER}(?!的?${PROP_NOUN})|${MONSTER}(?:商家|店家|老板|卖家|买家|客服|平台|公司|资本家)`);

/** Whether sentence `s` (compact) is about a costume prop, no one addressed or named by the monster word. */
export function costumeProp(s: string): boolean {
  return PROP.test(s) && !AIMED_MONSTER.test(s) && !AT_BUYER.test(s);
}
