// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyOffPlatform from '../../../rules/checks/likely-off-platform';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyOffPlatform, {
  valid: [
    '亲，真的很抱歉让您久等了，这边已经帮您催过仓库，明天一定发出。',
    '这款面霜是韩国直邮的，一般七到十天到货，到了以后记得先做个皮试哦。',
    '您的包裹已经清关完成了，今天下午会交给国内快递，单号晚上更新。',
    '亲还在吗？',
    '好的亲，我帮您查一下哦，稍等一下下～',
    '请问还有什么可以帮您的吗？祝您生活愉快！',
    '售后问题您直接在订单页面点申请售后就可以，平台会全程跟进处理。',
    '付款请在快手下单页面完成，我们不会让您私下转账，也不会发收款码。',
  ],
  invalid: [
    { text: '这边聊不方便，您搜一下我们老板的名字，通过一下验证，价格私聊给您更低。', severity: 'warn' },
    { text: '我们在别的平台也有店，那边价格更实惠，您可以去搜一下同名的店铺看看。', severity: 'warn' },
    { text: '下次直接找我本人就行，不用在这里下单了，我给您算便宜点，货到付款。', severity: 'warn' },
  ],
});
