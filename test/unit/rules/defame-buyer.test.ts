import defameBuyer from '../../../rules/checks/defame-buyer';
import { ruleTable } from '../../support/rule-table';

ruleTable(defameBuyer, {
  valid: [
    '最近有骗子冒充我们客服要求退款转账，请一定不要相信。',
    '我们不是骗子，每一单都有海关报关单可以查。',
    '职业打假人的投诉我们也会按流程认真处理。',
    '提醒您谨防骗子，平台不会要求您私下转账。',
    '如遇敲诈勒索请及时报警，也可以联系平台客服。',
    '如果您是职业打假人，我们也欢迎监督。',
    '碰到磕碰的情况请拍照，我们给您补发。',
    '您遇到骗子了吗？可以把聊天记录截图给平台。',
  ],
  invalid: [
    { text: '我看你就是职业打假的骗子，故意来讹钱的吧。', severity: 'block' },
    { text: '你就是个职业差评师，专门来敲诈商家的吧。', severity: 'block' },
    { text: '我看你是想碰瓷，瓶子是你自己摔坏的。', match: '碰瓷' },
    { text: '你这种人就是专门骗退款的。', match: '骗退款' },
    { text: '一看就是同行派来的托，故意来捣乱。', severity: 'warn' },
    { text: '别装了，你就是个老赖。', match: '老赖' },
    { text: '您这是敲诈，我们不会给钱的。', match: '敲诈' },
    { text: '你 是 骗 子 吧', match: '骗 子' },
  ],
});
