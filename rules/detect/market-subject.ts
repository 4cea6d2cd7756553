// Round 30 (t30c): the market's goods heading the clause as the subject of a genuineness verdict (外面那些所谓“一比一”的都不是正品,
// 网上那些便宜的基本都不是正品, 市面上号称原单的其实都不是真货): others' copies named to warn the buyer, not ours — unless the reply
// goes on to put ours among them (…，我们这批也一样 / 我们的也是). Shared by counterfeit-terms and counterfeit-implied.

import type { LintContext } from '../context';

const MARKET_SUBJECT_BEFORE =
  /(?<!比|和|跟|同|们|我|家|店|咱)(?:市面上|市场上|网上|外面|外头)(?:的|卖的|流通的|买的)?(?:那些|那种|这些|这种|很多|大部分|不少)?(?:所谓的?|号称|自称|标榜)?[^我咱本]{0,10}?(?:东西|货|商品)?(?:其实|基本上?|大多|大多数|大部分|多半|几乎|肯定|很多)?(?:都|也|全)?(?:不是|并非|不算|算不上|称不上)?$/;
/** Ours put among them: 我们这批也一样, 我们家的也是, 咱们的也差不多, 本店也这样. */
const OURS_ALIKE = /(?:我们|我家|本店|咱们|咱家|咱|店里)(?:这批|这款|这个|家|店)?(?:的)?(?:货|东西)?(?:其实)?(?:也|都)(?:一样|是|差不多|这样|如此|不是)/;

/** True when the anchor at compact [start, end) has the market's goods as its subject and ours are not likened to them after. */
export function marketSubject(ctx: LintContext, start: number, end: number): boolean {
  return MARKET_SUBJECT_BEFORE.test(ctx.before(start, 24, 'soft')) && !OURS_ALIKE.test(ctx.after(end, 30, 'hard'));
}

/** The regexes, so their characters fold from traditional script too. */
export const MARKET_SUBJECT_REGEXES: readonly RegExp[] = [MARKET_SUBJECT_BEFORE, OURS_ALIKE];

/**
 * Round 44 (t44i): the so-called kind unmasked as fake, the fake word its predicate (市面上所谓的原单都是假的，我们只卖正品; 所谓的原单其实
 * 就是仿品，我们不碰): a warning about that kind, with ours set apart by a refusal or a genuine-only vouch in the reply. Not our own
 * so-called goods (我们家所谓的原单其实就是仿品), ours likened to them, nor a sell beside it (性价比很高, 懂的来).
 */
const SO_CALLED_SUBJECT = /(?<!我们|我家|本店|咱们|咱家|我们家|店里|小店|我们店|这款|这个|这批)所谓(?:的)?[^，。！？我咱本]{1,10}?(?:其实|实际上|说白了|说穿了|本质上|基本上?|大多|大部分|几乎|多半|通通|全都|全|都|也|就|只不过|不过)*(?:是|叫)?$/;
const OURS_SET_APART = /(?:我们|本店|我家|我们家|咱家|咱们|小店|店里)(?:家|店)?(?:这里|这边|这儿)?(?:只|从来|从|一律|绝对|坚决|都|也|向来|一概|一件都|一件也)*(?:不卖|不碰|不做|不进|不接|不拿|不沾|不售|不代购|只卖(?:正品|专柜|官方|品牌)|只做(?:正品|专柜|官方|品牌)|卖的都是正品|都是正品)/;
const SOLD_BESIDE = /性价比|懂的|便宜|划算|拍下|下单|现货|有货|私聊|私我|要的/;
export function soCalledUnmasked(ctx: LintContext, start: number, end: number): boolean {
  const text = ctx.compact;
  return SO_CALLED_SUBJECT.test(ctx.before(start, 24, 'soft')) && OURS_SET_APART.test(text) && !OURS_ALIKE.test(ctx.after(end, 30, 'hard')) && !SOLD_BESIDE.test(text);
}
export const SO_CALLED_REGEXES: readonly RegExp[] = [SO_CALLED_SUBJECT, OURS_SET_APART, SOLD_BESIDE];


/**
 * Round 66 (engfa66): the buyer warned off buying a kind elsewhere, then that kind judged mostly fake in the next clause (千万别在其他地方买
 * 所谓的原单尾货，很多是假的; 不要去网上买那种低价货，大多是假的): the share word (很多, 大多, 不少) counts a population the warning held away
 * from us. Not with ours in the sentence (我们的也很多是假的), nor a sell beside it.
 */
const WARNED_OFF_BUYING = /(?:千万|一定|最好|劝您|劝你|请)?(?:别|不要|勿|切勿|请勿)(?:在|去|到|从)?(?:其他地方|别的地方|别处|外面|网上|市面上|别家|其他店|别的店|路边|地摊|代购|微商)?(?:随便|乱)?(?:买|购买|下单|拍|相信|信)/;
const SHARE_IS = /^(?:其实|大概率)?(?:很多|大多|大多数|大部分|不少|好多|多半|一半|多数|基本上?)(?:都|也)?是$/;
export function warnedOffThenShareFake(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 12, 'soft');
  if (!SHARE_IS.test(clause)) return false;
  const sentence = ctx.before(start, 60, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard');
  return WARNED_OFF_BUYING.test(ctx.before(start, 60, 'hard')) && !/我们|我家|本店|咱们|咱家|店里|这批|这款/.test(ctx.before(start, 60, 'hard')) &&
    !OURS_ALIKE.test(ctx.after(end, 30, 'hard')) && !SOLD_BESIDE.test(sentence);
}
export const WARNED_OFF_REGEXES: readonly RegExp[] = [WARNED_OFF_BUYING, SHARE_IS];
