import defamePlatform from '../../../rules/checks/defame-platform';
import { ruleTable } from '../../support/rule-table';

ruleTable(defamePlatform, {
  valid: [
    '平台的审核人员很专业，您放心。',
    '平台审核需要一点时间，请您耐心等待。',
    '我们也觉得平台的退款流程有点慢，已经帮您催了。',
    '平台严禁刷单，我们所有销量都是真实订单。',
    '最近有骗子冒充平台客服，请一定不要相信。',
    '快手平台对跨境商品有严格审核，您可以放心。',
    '平台上有不少同款，价格以我们页面为准。',
    '这款是黑色的，平台页面上的颜色可能有点色差。',
    '平台的售后流程肯定会处理好的，您放心。',
    '快手进口的监管很严格，来路不明的货上不了架。',
  ],
  invalid: [
    { text: '快手进口这个平台迟早倒闭，监管全是摆设。', severity: 'block' },
    { text: '筷手的客服系统就是一坨垃圾，天天卡。', severity: 'block' },
    { text: 'K手官方就知道抽成，根本不管商家死活。', severity: 'block' },
    { text: '平台那帮审核全是饭桶，啥也不懂。', severity: 'block' },
    { text: '快手这些客服就会瞎判，别指望他们。', severity: 'block' },
    { text: '快手就是骗子平台，钱都被它抽走了。', severity: 'block' },
    { text: 'K手平台就是坑人，我们也没办法。', severity: 'block' },
    { text: '这破平台什么都管，烦死了。', severity: 'block' },
    { text: '块手的客服都是一群废物，找他们没用。', severity: 'block' },
    { text: '垃圾平台，退个款还要审核三天。', severity: 'block' },
    { text: '以后别在这买了，平台规则都是霸王条款。', severity: 'block' },
  ],
});
