// 2.7 by the statistical second opinion (rules/model/): illegal or prohibited content and smears of the
// platform or other merchants in words the 2.7 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';

export default likelyRule({
  id: 'likely-illegal-or-defamation',
  clause: '2.7',
  title: { zh: '疑似违法违禁内容或诋毁平台、其他商家（统计判断）', en: 'Likely illegal content or defamation (statistical)' },
  forbids: {
    zh: '禁止发送违法违禁内容，禁止诋毁平台、其他商家或其商品',
    en: 'forbids illegal or prohibited content and defaming the platform, other merchants or their goods',
  },
  hint: {
    zh: '删除这句话；介绍本店商品时只说可以证明的事实。',
    en: 'Remove the sentence; when presenting your goods, state only facts you can prove.',
  },
  message: '这句话读起来像违法违禁内容或诋毁他人（统计判断，可能误判）',
});
