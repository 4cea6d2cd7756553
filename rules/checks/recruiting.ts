// 2.6: the chat tool is for customer service only — no recruiting (招代理, 兼职刷单, 打字员, 日结, 宝妈在家
// 做手工). Traps: the shop's own status (我们是品牌一级代理商), staff talk (兼职客服下班了), denials
// (平台严禁刷单), coupons (零门槛券), products (牙刷手柄), a product's audience (适合学生党的平价款).
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.

import { cueRule, type Cue } from '../detect/cue-rule';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';

/** Money or job terms that make 兼职 / 刷单 / 在家做 a job offer. */
const JOB = /招|日结|工资|佣金|返佣|提成|赚|挣|收入|月入|时间自由|多劳多得|有兴趣|了解一下|想做|私我|报名|上岗|培训|按件|计件|计费|一单|每单|[0-9一二三四五六七八九十百]+元|块钱|一小时/;

const cues: Cue[] = [
  {
    words: [
      '招代理', '招聘', '招募', '招兼职', '诚招', '急招', '高薪招', '招收', '招学生', '招宝妈', '招刷手', '招打字员', '兼职刷单', '刷单员', '刷手', '刷客', '打字员', '点赞员',
      '日结', '日赚', '月入过万', '月入上万', '月入几万', '轻松月入', '日入过千', '在家赚钱', '在家就能赚', '在家也能赚', '宝妈兼职', '手工活外发', '手工外发', '外发手工',
      '赚外快', '兼职赚钱', '线上兼职', '网上兼职', '招商加盟', '代理加盟', '加盟代理', '发展代理', '动动手指就能赚', '拉你做代理', '副业', '兼职工作', '兼职岗位',
      '招人', '招工', '找兼职', '工作室招', '足不出户赚',
    ],
    severity: 'block',
    message: '利用客服工具招聘、招代理或招兼职，与客户服务无关',
    notBefore: /(?:牙|鞋|毛|洗|马桶|不|没|暂不|并不|从不)$/,
    notAfter: /^(?:柄|机|套|网|信息请|客服)/,
  },
  {
    // 兼职 / 刷单 / 佣金 / 在家做 only with money or job terms around them.
    words: ['兼职', '刷单', '佣金', '返佣', '提成', '在家就能做', '在家也能做', '在家就可以做', '在家做', '手机就能做', '手机就能赚', '动动手指', '时间自由', '多劳多得', '零投资', '零囤货', '无需囤货', '宝妈', '学生党', '手工活', '点赞'],
    severity: 'block',
    message: '疑似招募兼职或刷单，与客户服务无关',
    sentence: JOB,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:是违|违|犯法|诈骗|骗局|客服下班|客服明天)/,
    // 适合学生党的平价款: the audience of a product, not a job.
    notSentence: /违规|违法|严禁|禁止|举报|诈骗|骗局|不要相信|谨防|适合|性价比|平价|这款/,
  },
  {
    // 要不要来做我们的代理 / 有兴趣当团长吗 — inviting the buyer into the business.
    words: ['代理', '代理商', '分销商', '分销员', '推广员', '合伙人', '团长', '下级', '会员推广'],
    severity: 'block',
    message: '拉买家做代理或推广，与客户服务无关',
    before: /(?:要不要|想不想|有没有兴趣|有兴趣|欢迎|诚邀|邀请你|邀请您|来|一起|也可以|考虑|招|拉你|拉您)[^]{0,4}(?:做|当|成为|加入)(?:我们|我们的|我们家|咱们|咱们的|我的)?(?:的)?$/,
  },
];

const rule = cueRule({
  pinyin: true,
  meta: {
    id: 'recruiting',
    clause: '2.6',
    severity: 'block',
    title: { zh: '招聘、招代理或兼职刷单', en: 'Recruiting, agents or paid-task offers' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于为买家提供客户服务。招代理、招兼职、刷单、打字员、日结工资、“宝妈在家赚钱”等招募内容会被拦截；说明本店是品牌代理商或平台禁止刷单不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Recruiting agents, part-time or click-farm workers is blocked; saying the shop is an authorised distributor or that the platform bans fake orders is fine.',
    },
    hint: { zh: '删除招募内容，只回答买家关于订单和商品的问题。', en: 'Remove the recruiting text and answer the buyer\'s order or product question.' },
  },
  cues: framed(cues),
  regexes: WARNING_FRAME_REGEXES,
});

export default rule;
