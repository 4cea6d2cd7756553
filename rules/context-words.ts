// Words that change what a nearby term means: a denial, a warning or a condition is not a breach
// (notes/lint.md §1.7: 绝不卖高仿, 谨防高仿, 平台不会要求您私下转账 are compliant).

/** A denial or refusal right before a term: 不卖高仿, 绝不是A货, 不需要加微信. */
export const NEGATIONS = [
  '不', '没', '无', '非', '别', '勿', '莫', '未', '否', '拒绝', '杜绝', '严禁', '禁止', '谨防', '警惕', '防止', '提防', '小心',
  '避免', '反对', '打击', '举报', '担心', '害怕', '怕', '不用', '不必', '无需', '无须', '不需要', '用不着', '从不', '绝不', '并非', '绝非',
  '不是', '不会', '不能', '不可', '不要', '不得', '不卖', '不售', '不做', '不接受', '不支持', '不存在', '不提供', '没有', '从没', '从来不', '从来没',
  // Round 22 (t22ca): Cantonese negators (我哋唔会要求您私下转账, 唔系非正品, 冇任何代理); look-alikes such as 唔好意思 / 唔该 are masked in cues.ts.
  '唔', '冇', '唔会', '唔系', '唔使', '唔好', '唔做', '唔收', '唔卖',
];

/** A hypothetical: 如果鉴定不是正品, 万一是假货, 一旦发现. */
export const CONDITIONS = ['如果', '若', '假如', '假若', '万一', '一旦', '如', '要是', '倘若', '若是', '如发现', '鉴定', '经鉴定', '凡是', '只要'];

/** Items taken up again as a set (这几样, 这两种, 这俩): a refusal of them refuses what came before (detect/cues.ts, model/likely-rule.ts). */
export const THESE_FEW = '这几样|这几种|这几个|这几项|这两样|这两种|这两个|这两项|这两者|这俩';

/**
 * Third parties the shop chases for the buyer (detect: repeated-contact; model: likely-rule plainChase): customs, the warehouse, the
 * courier, the brand. Round 23 (t23cd, shared by t23b).
 */
export const THIRD_PARTIES = '(?:海关|仓库|保税仓|品牌方|厂家|供应商|清关公司|国际段|承运商|网点|快递|物流|驿站|工厂|商检|税务局|发货方|货代)';
