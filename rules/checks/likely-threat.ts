// 2.5 by the statistical second opinion (rules/model/): veiled menace and pressure with no threatening word
// (what the shop knows about the buyer, "a friendly reminder", contact that will not stop).
import { likelyRule } from '../model/likely-rule';

export default likelyRule({
  id: 'likely-threat',
  clause: '2.5',
  title: { zh: '疑似威胁、恐吓或骚扰买家（统计判断）', en: 'Likely threatening or harassing the buyer (statistical)' },
  forbids: {
    zh: '禁止恐吓、威胁买家，或以反复联系等方式骚扰买家',
    en: 'forbids threatening or intimidating the buyer, and harassing them by repeated contact',
  },
  hint: {
    zh: '删除让人感到被威胁的话；有争议请走平台申诉，并说明处理方案。',
    en: 'Remove what reads as a threat; take disputes to the platform and say how you will resolve them.',
  },
  message: '这句话读起来像在威胁或施压买家（统计判断，可能误判）',
});
