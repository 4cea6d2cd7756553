// Round 69 (eng28-69): two of the shop's own variants said alike — two shades, two batches, old and new packaging, one market's edition and
// another's, the cheaper and the dearer of our lines (两个色号肉眼看不出区别; 新旧包装内容物是一样的，看不出区别; 日版和韩版外观看不出区别; 这款平价的和
// 贵的那款效果看不出太大区别，都是我们家正品): the likeness is between our own pieces, neither side the genuine article, so it says nothing of a
// copy. Not with a genuine yardstick (专柜, 原版, 正品 unless vouched for both, 真的), a shared maker, a copy word or a wink in the sentence
// (两款跟专柜的看不出区别; 新旧包装都一样，同厂同料).
// Shared by counterfeit-implied's likeness cues and the likely-counterfeit model's unless.

const VARIANT = '(?:色号|颜色|配色|批次|批|包装|款式|款|版本|版|型号|尺码|容量|规格|系列|年份|香型)';
const MARKET = '(?:日|韩|港|欧|美|英|法|德|泰|台|澳|国行|大陆|海外|亚洲|国际)';
const TIER = '(?:平价|便宜|贵|新|旧|老|大|小|大瓶|小瓶)';
const OWN_PAIR = new RegExp(
  `(?:两|新旧|新老|前后|不同|这两|那两)(?:个|款|种|批|只|瓶|支|罐|盒)?(?:的)?${VARIANT}` +
    `|${MARKET}版(?:的)?(?:和|跟|与|同)${MARKET}版` +
    `|${TIER}(?:的|款|版)(?:那款|这款|那个|这个)?(?:和|跟|与|同)${TIER}(?:的)?(?:那款|这款|那个|这个|款)?`,
);
const ALIKE = /看不出|分不出|分辨不出|区别不大|没区别|没什么区别|没啥区别|一样|差不多/;
// (a price or a grade beside the pair makes it a copy's tiers: 普通版三百多，顶级版八百，顶级版连内标都一样; a version and whoever will not
// tell, 都是正品，区别在版本，便宜的那款外人看不出来)
// Vouched for both (都是正品, 都是我们家正品, 均为品牌正品): no yardstick, the shop's word on its own goods.
const BOTH_VOUCHED = /(?:都|均|也都|全|全都)(?:是|为)?(?:我们家?的?|本店的?|咱家的?)?(?:100%|百分百|绝对)?(?:品牌|官方)?正品/g;
const YARDSTICK_OR_WINK = /正品|专柜|原版|原装|原厂|真的|真货|真品|大牌|名牌|官网|柜台|正版|同厂|同料|代工|仿|假|山寨|复刻|原单|尾单|a货|一比一|1比1|1:1|懂|心里有数|便宜一半|[一二三四五六七八九两\d]折|(?<!平|评)价|[0-9十百千几]+(?:块|元)|[三四五六七八九两]百|[一二三四五六七八九两]千|顶级|高版|版本|内标|吊牌|logo|钢印|连[^，。！？]{0,6}都一样|便宜|外人|别人|旁人|没人|谁|一般人|懂行/;

/** Over a sentence's compact text: two of our own variants said alike, no genuine yardstick, copy word or wink in it. */
export function ownVariantsAlikeText(sentence: string): boolean {
  return OWN_PAIR.test(sentence) && ALIKE.test(sentence) && !YARDSTICK_OR_WINK.test(sentence.replace(BOTH_VOUCHED, ''));
}
