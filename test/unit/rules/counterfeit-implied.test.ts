import counterfeitImplied from '../../../rules/checks/counterfeit-implied';
import { ruleTable } from '../../support/rule-table';

ruleTable(counterfeitImplied, {
  valid: [
    '怎么可能不是正品呢，我们每一批都有海关报关单。',
    '您担心不是正品可以理解，这批货有中检溯源码。',
    '是不是正品您可以扫瓶底的溯源码查询。',
    '收到后对真伪有疑问可以送专柜鉴定，鉴定不是正品我们全额退款并承担鉴定费。',
    '不是正品假一赔十，这个承诺写在店铺首页。',
    '正品和仿品肉眼看不出来的话，建议扫溯源码核验。',
    '这款和专柜是同一个批次，包装上的溯源码都可以查。',
    '所有商品支持专柜验货，欢迎随时去验。',
    '颜色和图片几乎一样，可能有轻微色差。',
    '快递单上看不出来是什么商品，保护您的隐私。',
    '跟专柜买的是同一批货，都是品牌官方渠道出的。',
  ],
  invalid: [
    { text: '这款包不是正品，所以才卖这个价。', match: '不是正品', severity: 'block' },
    { text: '不保证是正品，但是用着没问题。', severity: 'block' },
    { text: '价格这么低肯定不是专柜货啦，不过跟正品看不出区别的。', severity: 'block' },
    { text: '跟正品放在一起根本分不出来，放心买。', match: '分不出来' },
    { text: '和真品几乎一样，只有内行才看得出来。', severity: 'block' },
    { text: '1:1做工，拿去专柜也验不出来。', match: '验不出来' },
    { text: '正品要三千多，我们这个三百，您自己品，懂的都懂。', match: '懂的都懂' },
    { text: '品牌方不认我们的货，但质量是一样的。', severity: 'block' },
    { text: '不能拿去专柜验哦，验了不保真。', severity: 'block' },
    { text: '这个价格你还想要正品？想多了。', match: '还想要正品' },
    { text: '这款是工厂同款，和大牌一个厂出的。', severity: 'warn' },
  ],
});
