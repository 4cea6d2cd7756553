// Round 39 (t39n): another shop spoken of fairly — its kind told as a fact (隔壁那家其实是快手自营店，我们是个人店铺) or praised with the buyer
// told to take their time (您说的那家店也不错，劝您别急，多对比一下): no verdict on it and no brush-off of the buyer. The model weighs
// another shop named beside ours like a smear (2.7) or a sneer (2.4). Shared by likely-insult and likely-illegal-or-defamation.

const OTHER_SHOP = /(?:隔壁|对面|那家|别家|他家|他们家|另一家|另外一家|其他(?:店|家)|您说的那家|你说的那家|您看的那家|您提的那家)/;
/** Its kind told: the platform's own store, a flagship, a brand's or a company's (是快手自营店, 属于品牌官方旗舰店). */
const KIND_TOLD = /(?:是|属于)(?:快手|平台|官方|品牌|品牌方|厂家)?(?:的)?(?:官方)?(?:自营|旗舰|企业|品牌|授权|专营|官方)(?:店|店铺|旗舰店|账号|号)?/;
/** …or praised plainly (也不错, 挺好的, 也靠谱). */
const PRAISED = /(?:也|都|其实|确实|还)(?:挺|很|蛮|还)?(?:不错|好|可以|靠谱|正规|专业)/;
/**
 * Round 43 (t43b): …or its papers vouched for as checked and sound (隔壁那家的车检报告我们看过，都正常; 对面的检测报告我看了，数据都合格):
 * a fair word on a rival — not a paper found false or wanting (不合格, 有问题, 是编的: VERDICT_OR_TURN or no soundness said).
 */
const PAPERS_SOUND =
  /(?:报告|检测|质检|车检|年检|检验|证书|报关单|手续|资质|单据|数据)[^]{0,12}?(?:都|也|全|全都|确实|完全|均)?(?<![不没无])(?:正常|合格|没问题|齐全|达标|属实|真实有效|有效)/;
/** …not with the paper undercut (其实是找人代检的, 那是托关系办的, 样品是特制的, 可惜是借的). */
const PAPERS_UNDERCUT = /其实|实际|那是|托关系|走后门|关系|代检|代办|找人|花钱|买的|办的|特制|借|挂靠|样品|表面|纸面|看着|只是|可惜|就是|就怕|问题是/;
/** A verdict, a hint or a turn (假, 坑, 不如, 小心, 但…), or the buyer brushed off to the other shop (去那家买, 慢走, 爱买不买). */
const VERDICT_OR_TURN =
  /假|仿|骗|坑|垃圾|烂|黑心|三无|劣质|有毒|超标|过期|翻新|水货|差|黑|乱|不行|不好|不如|比不上|小心|当心|别去|别买|别信|别找|套路|割韭菜|智商税|没保障|来路|不明|懂的|懂得|便宜没好货|倒闭|跑路|举报|曝光|私下|违法|违禁|贵|宰|忽悠|但|不过|可是|只是|就是|呵呵|反正|爱买不买|随便|去(?:那家|他家|别家|隔壁|对面)|别来|慢走|不送|买不起|嫌|那您|那你|穷|傻|笨|蠢|编|造|伪|有问题|不合格|不达标|不正常|不齐全|缺/;

/**
 * Round 46 (t46h): …or set beside ours as a matter of style, no side taken (他们偏甜的台式口味，我们是偏咸的美式，没有谁好谁坏，看个人口味;
 * 每家工艺不同，您按喜好选).
 */
const EVEN_TOLD = /没有谁好谁坏|没有(?:好坏|优劣|高低)之分|不分(?:好坏|高低|优劣)|各有(?:各的|千秋|所长|特点|优势|风格)|(?:每家|各家)(?:的)?(?:工艺|做法|配方|口味|风格|路线|工序)(?:都)?不(?:太)?(?:同|一样)|看个人(?:口味|喜好|习惯)|(?:按|看)(?:您的?|个人)?(?:喜好|口味)(?:选|挑|来)/;

/** Compact sentence speaks of another shop fairly: its kind told or praised plainly, with no verdict, hint, turn or brush-off. */
export function otherShopFair(s: string): boolean {
  return OTHER_SHOP.test(s) && (KIND_TOLD.test(s) || PRAISED.test(s) || EVEN_TOLD.test(s) || (PAPERS_SOUND.test(s) && !PAPERS_UNDERCUT.test(s))) && !VERDICT_OR_TURN.test(s);
}

/**
 * Round 41 (t41a): another shop's goods the shop has never tried, and so will not judge (您说的'宝贝行'？说实话，我们没买过他们的，不好说; 他家的
 * 我们没用过，不好评价): no claim made. The model weighs 说实话 and 他们的 like a smear coming. Not with a verdict, a hint or a turn left once the
 * decline itself is struck out (没买过他们的，不好说，但肯定是假的).
 */
const UNTRIED =
  /(?:没|没有)(?:买|用|试|吃|穿|喝|见|拿|进|卖|碰)过(?:他们|他家|她家|它家|那家|人家|别家|对面|隔壁)(?:家|店)?|(?:他们|他家|她家|那家|人家|别家|隔壁|对面)(?:家|店)?(?:的)?(?:东西|货|产品|商品)?(?:我们|我|咱们|这边)(?:也|都|从来|从|确实|真的)*(?:没|没有)(?:买|用|试|吃|穿|喝|见|碰)过/;
const WONT_JUDGE = /不好说|说不好|不好评价|没法评价|不便评价|不方便评价|不好判断|没法判断|没法说|不敢说|不清楚|不了解|不知道/g;
export function othersUntried(s: string): boolean {
  return UNTRIED.test(s) && s.search(WONT_JUDGE) >= 0 && !VERDICT_OR_TURN.test(s.replace(WONT_JUDGE, ''));
}

// ---- round 48 (t48e) ----
/**
 * Round 48 (t48e): a price gap with another shop put down to the pack or grade alone (有客人问为啥我们比直播间那家贵几块，他们是3g旅行装，我们是6g正装，
 * 成分一样的; 那家便宜是因为是100ml的，我们是200ml): two packs or sizes set side by side, the other shop's stated as a fact — no verdict, hint or
 * brush-off (VERDICT_OR_TURN, where "dear" and "just" stay out: the question is why we cost more, 就是 only glosses the size).
 */
const PACK = /\d+(?:\.\d+)?(?:g|kg|ml|l|克|千克|毫升|升|片|粒|支|袋|包|抽|张|颗|粒装|片装)(?![a-z])|旅行装|正装|小样|试用装|中样|体验装|大瓶|小瓶|大包装|小包装|家庭装|便携装|单支装|补充装|替换装/g;
const THEIRS_PACK = /(?:他们|他家|她家|那家|人家|对面|隔壁|别家)(?:家|店)?(?:的)?(?:是|卖的是|发的是|那款是)/;
const PACK_VERDICT = new RegExp(VERDICT_OR_TURN.source.replace('|贵|', '|').replace('|只是|就是|', '|'));
export function packGapTold(s: string): boolean {
  const packs = s.match(PACK) ?? [];
  return OTHER_SHOP.test(s) && THEIRS_PACK.test(s) && new Set(packs).size >= 2 && !PACK_VERDICT.test(s);
}
// ---- end round 48 (t48e) ----
