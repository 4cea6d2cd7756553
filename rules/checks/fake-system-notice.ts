// 2.9: a reply dressed as a platform or system notice — 【系统消息】您的账户存在风险…, 快手官方通知：您的订单
// 因违规已被冻结…, 快手安全中心提醒您：您的账号存在异常…. A merchant's chat message must never look like
// the platform speaking. Not breaches: mentioning notices the buyer got (收到系统通知了吗？退款已原路退回,
// 快手安全中心的提醒是平台发的) or the system's prompts (系统提示您已签收).

import { cueRule, re, type Cue } from '../detect/cue-rule';
import { PLATFORM_NAMES } from '../lexicon/conduct';

/** Only a greeting or the platform's name may precede the notice label. */
const LEAD = re`^(?:亲|亲爱的|您好|你好|尊敬的(?:用户|买家|客户|会员)|温馨提示)?${PLATFORM_NAMES}?(?:平台|官方|电商)?$`;
/** What such notices are about: the buyer's account or order at risk. */
const SUBJECT = /账户|账号|帐户|帐号|订单|支付|资金|信用|店铺|会员|实名/;
const THREAT = /异常|风险|违规|冻结|限制|封号|封禁|处罚|涉嫌|解冻|解除|验证|注销|扣除|扣分|停用|失效|关闭|受限/;

const cues: Cue[] = [
  {
    words: [
      '系统消息', '系统通知', '系统提醒', '系统公告', '官方通知', '官方公告', '官方提醒', '平台通知', '平台公告', '平台提醒', '安全中心', '风控中心', '违规通知', '处罚通知',
      '封号通知', '冻结通知', '账户通知', '账号通知', '安全提醒', '风险提示', '重要通知',
    ],
    severity: 'block',
    message: '把回复伪装成平台或系统通知，属于冒充平台（规则 2.9）',
    before: LEAD,
    sentence: [SUBJECT, THREAT],
    notAfter: /^(?:的|是|说|里|上|中|了吗|吗|没|有没有|已经说|显示|会)/,
    reach: 24,
    deniable: false,
  },
];

const rule = cueRule({
  meta: {
    id: 'fake-system-notice',
    clause: '2.9',
    severity: 'block',
    title: { zh: '伪造平台或系统通知', en: 'Fake platform or system notice' },
    description: {
      zh: '规则 2.9 禁止冒充平台：以“【系统消息】”“快手官方通知：”“快手安全中心提醒您”等开头，称买家账户或订单异常、违规、被冻结的消息，会被拦截。提到买家收到的平台通知、说明系统提示，不算。',
      en: 'Rule 2.9 forbids posing as the platform: a message opening like a system or official notice ("【系统消息】", "快手官方通知：") about the buyer’s account or order being at risk is blocked. Mentioning notices the buyer received is fine.',
    },
    hint: { zh: '以店铺客服身份说明情况，并请买家在快手 App 的消息中心核实平台通知。', en: 'Speak as the shop’s agent and ask the buyer to check platform notices in the Kuaishou app.' },
  },
  cues,
});

export default rule;
