import loan from '../../../rules/checks/loan';
import { ruleTable } from '../../support/rule-table';

ruleTable(loan, {
  valid: [
    '支持花呗分期和信用卡分期，在收银台选择就可以。',
    '我们不提供任何贷款或借款服务，付款请在平台完成。',
    '平台会在您确认收货后放款给我们，所以麻烦您收到后确认一下。',
    '分期付款是否影响征信，以收银台页面的说明为准。',
    '您的订单超过年度额度了，个人年度交易限值是26000元。',
    '您可以分期付款，额度以收银台显示为准。',
    '谨防冒充客服的网贷诈骗，我们不会让您借钱。',
  ],
  invalid: [
    { text: '最近手头紧的话我们这有低息贷款，当天放款，需要可以聊聊。', severity: 'block' },
    { text: '需要周转的话可以找我们办 dai 款，额度高、不看征信。', severity: 'block' },
    { text: '急用钱吗？我们可以帮你办网贷，黑户也能下款。', match: '网贷' },
    { text: '分期买不了的话，我这有个借款口子，秒批秒到。', severity: 'block' },
    { text: '有信用卡套现的需要吗？手续费很低。', match: '套现' },
    { text: '钱不够可以先找我借，利息一天千分之三。', severity: 'block' },
    { text: '需要资金周转可以找我，d款额度5万起。', severity: 'block' },
    { text: '征信花了也能批，需要的话给你介绍个渠道。', match: '征信花' },
    { text: '可以帮你办理 dai kuan，当天下款。', severity: 'block' },
  ],
});
