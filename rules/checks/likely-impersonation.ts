// 2.9 by the statistical second opinion (rules/model/): posing as the platform or its staff in words the
// 2.9 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';

export default likelyRule({
  id: 'likely-impersonation',
  clause: '2.9',
  title: { zh: '疑似冒充平台或平台工作人员（统计判断）', en: 'Likely posing as the platform or its staff (statistical)' },
  forbids: {
    zh: '禁止冒充平台或平台工作人员',
    en: 'forbids posing as the platform or its staff',
  },
  hint: {
    zh: '请以店铺客服身份说话；平台的决定请让买家在平台页面查看。',
    en: "Speak as the shop's agent; point the buyer to the platform's own pages for its decisions.",
  },
  message: '这句话读起来像以平台身份说话（统计判断，可能误判）',
});
