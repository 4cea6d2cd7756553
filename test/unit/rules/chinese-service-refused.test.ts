import rule from '../../../rules/checks/chinese-service-refused';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 45 (t45g): a label, a manual or a courier, not the shop's service
    '说明书只有英文版，我们随单附中文说明卡',
    '包装上只有日文，背面贴了中文标签',
    '晚上窗口没人看，明早八点统一回复您',
    '快递员只能电话联系您，麻烦保持手机畅通',
    '中文咨询随时在线，有问题直接留言就行',
    '英文说明书里写的是每天两次，中文版也一样',
    '我们不会让您用英文留言的，中文咨询一直都在',
  ],
  invalid: [
    // round 45 (t45g): Chinese service suspended, or a foreign language only
    { text: '春节期间中文客服暂停，有问题请用英语咨询', severity: 'info' },
    { text: '本店目前仅提供日语咨询，敬请谅解', severity: 'info' },
    { text: '不好意思，我们这边不再提供中文服务了', severity: 'info' },
    { text: '海外仓这边只有韩语客服，麻烦您用韩文描述一下问题', severity: 'info' },
    // round 45 (t45g): the chat tool said to go unread, service moved to the phone
    { text: '这个对话框基本没人回的，退换货统一打电话', severity: 'info' },
    { text: '平台上的消息我们不看消息的，投诉只接电话', severity: 'info' },
    { text: '您在这边发消息也没用，有事打我们客服热线', severity: 'info' },
    { text: '退换货一律电话沟通，聊天这里不处理', severity: 'info' },
  ],
});
