// 2.7 by the statistical second opinion (rules/model/): illegal or prohibited content and smears of the
// platform or other merchants in words the 2.7 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';

const OWN_SHARE = /^(?:复制|长按复制)(?:此|这条|本条|该)?(?:消息|口令|内容|链接)(?:后)?打开快手(?:app)?(?:即可|就能|就可以)?(?:查看|观看|浏览)[^]{0,24}$/;

// Round 22 (t22cc): a freebie or a free service given with nothing asked back (多塞了一片面膜就当小惊喜, 礼盒包装不额外收费): no review,
// money, channel or customs tie in the sentence, nothing hinted.
const FREEBIE = /(?:包成|装成|换成)礼盒|小惊喜|(?:多塞|多放|多装|多送)了?(?:一|两|几)|(?:不|无需)额外(?:收费|加钱|收钱)/;
const FREEBIE_TIE = /好评|评价|评论|五星|星|晒|返现|红包|返|钱|转账|私下|站外|微信|加我|懂的|懂得|特别的|别声张|别说|保密|悄悄|海关|报关|清关|税|平台|别家|其他(?:商家|店)/;
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
  // Round 20 (t20bt): Kuaishou's own share text (复制此消息，打开【快手】即可查看：…) opens a page in this app; the model reads its stub
  // like a redirect. Only the stub with a short title after it (no second sentence's words ride on it).
  unless: (s) => OWN_SHARE.test(s) || (FREEBIE.test(s) && !FREEBIE_TIE.test(s)),
});
