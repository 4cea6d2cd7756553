// 2.4 by the statistical second opinion (rules/model/): sarcasm, slang and put-downs the insult rules have
// no words for.
import { likelyRule } from '../model/likely-rule';

export default likelyRule({
  id: 'likely-insult',
  clause: '2.4',
  title: { zh: '疑似辱骂、讽刺或挑衅买家（统计判断）', en: 'Likely insulting or provoking the buyer (statistical)' },
  forbids: {
    zh: '禁止辱骂、讽刺、挑衅买家或使用让人不快的言语',
    en: 'forbids insults, sarcasm, provocation and words that offend the buyer',
  },
  hint: {
    zh: '请改成平和、尊重的说法，只说事实和处理办法。',
    en: 'Rephrase calmly and respectfully; state the facts and what you will do.',
  },
  message: '这句话读起来像在讽刺或贬低买家（统计判断，可能误判）',
});
