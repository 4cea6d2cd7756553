import noChinese from '../../../rules/checks/no-chinese';
import { ruleTable } from '../../support/rule-table';

ruleTable(noChinese, {
  valid: ['您好，已发货', 'OK的亲，已经帮您备注了', 'SK-II神仙水这批是日本直邮', 'Thank you～感谢您的支持', '', '   ', '亲～已发货✅', '紅酒已發貨'],
  invalid: [
    { text: 'OK', match: 'OK', severity: 'info' },
    { text: '  Sorry, out of stock.  ', match: 'Sorry, out of stock.', severity: 'info' },
    { text: '👌👌', match: '👌👌', severity: 'info' },
    { text: '안녕하세요, 주문하신 상품은 내일 발송됩니다.', severity: 'info' },
    { text: 'ありがとうございます', severity: 'info' },
  ],
});
