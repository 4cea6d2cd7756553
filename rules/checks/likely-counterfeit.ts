// 2.8 by the statistical second opinion (rules/model/): hints that the goods are not genuine (grades,
// winks, price logic, missing proof) in words the counterfeit rules have no pattern for.
import { COPY_MAKING_DENIED_HEAD } from '../lexicon/conduct';
import { likelyRule } from '../model/likely-rule';

// Round 21 (t21bv): a copy's way of making denied (这本原版书是精装的，不是扫描版打印出来的; 并非复印装订) and no copy word left once the
// denials are taken out: the sentence vouches for the goods.
const COPY_DENIED = new RegExp(`${COPY_MAKING_DENIED_HEAD}(?:打印|复印|影印|扫描|翻印|盗印)(?:出来|装订|成册)?(?:的|版)?`, 'g');
const COPY_WORD = /打印|复印|影印|扫描|翻印|盗印|盗版|仿|假|山寨|复刻|原单|但|不过|可是/;

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
  unless: (s) => s.search(COPY_DENIED) >= 0 && !COPY_WORD.test(s.replace(COPY_DENIED, '')),
});
