// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyIllegalOrDefamation from '../../../rules/checks/likely-illegal-or-defamation';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyIllegalOrDefamation, {
  valid: [
    '亲，真的很抱歉让您久等了，这边已经帮您催过仓库，明天一定发出。',
    '这款面霜是韩国直邮的，一般七到十天到货，到了以后记得先做个皮试哦。',
    '您的包裹已经清关完成了，今天下午会交给国内快递，单号晚上更新。',
    '亲还在吗？',
    '好的亲，我帮您查一下哦，稍等一下下～',
    '请问还有什么可以帮您的吗？祝您生活愉快！',
    '跨境商品每年有两万六千元的个人额度，超出的话海关会退单，钱会原路退回。',
    '别家的情况我们不了解，不方便评价，我们家的货都有海关报关单可以查。',
  ],
  invalid: [
    { text: '我们家老板认识海关的人，有些东西走我们这边就不用交税，价格能便宜一大截。', severity: 'warn' },
    { text: '快手这平台就是坑商家的，规则天天变，您也别太信平台的那一套。', severity: 'warn' },
  ],
});
