import fakeSystemNotice from '../../../rules/checks/fake-system-notice';
import { ruleTable } from '../../support/rule-table';

ruleTable(fakeSystemNotice, {
  valid: [
    '收到系统通知了吗？您的退款已经原路退回了。',
    '快手安全中心的提醒是平台发的，跟我们店铺没关系，您按提示操作就好。',
    '系统提示您已签收，如果没收到请告诉我们。',
    '平台通知里说的物流异常我们已经在处理了。',
    '重要通知：春节期间保税仓暂停发货，2月10日恢复。',
    '您可以在App的消息中心查看平台通知，我们这边看不到。',
  ],
  invalid: [
    { text: '【系统消息】您的账户存在风险，请立即联系商家客服解除限制。', severity: 'block' },
    { text: '快手官方通知：您的订单因违规已被冻结，需联系商家解冻。', severity: 'block' },
    { text: '快手安全中心提醒您：您的账号存在异常，请按客服指引操作。', severity: 'block' },
    { text: '［官方通知］您的账户因多次差评被限制，请联系客服申诉。', severity: 'block' },
    { text: '【快手平台通知】您的账户涉嫌违规，请按商家指引操作，否则将被封号。', severity: 'block' },
    { text: '亲，系统通知：您的支付账户异常，需要重新验证。', severity: 'block' },
  ],
});
