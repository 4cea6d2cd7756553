// 2.8 by the statistical second opinion (rules/model/): hints that the goods are not genuine (grades,
// winks, price logic, missing proof) in words the counterfeit rules have no pattern for.
import { likelyRule } from '../model/likely-rule';

export default likelyRule({
  id: 'likely-counterfeit',
  clause: '2.8',
  title: { zh: '疑似暗示商品是假货（统计判断）', en: 'Likely implying the goods are fake (statistical)' },
  forbids: {
    zh: '禁止使用明示或暗示商品为假货、高仿、A货、仿品、复刻的词语',
    en: 'forbids words that state or imply the goods are fake, replicas or copies',
  },
  hint: {
    zh: '只说商品的真实来源和凭证（正品保证、可验货）；不要暗示版本、等级或“您懂的”。',
    en: 'State the real source and proof (authentic, can be verified); do not hint at grades, versions or "you know".',
  },
  message: '这句话读起来像在暗示商品不是正品（统计判断，可能误判）',
});
