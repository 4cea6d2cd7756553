// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyOffPlatform from '../../../rules/checks/likely-off-platform';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyOffPlatform, {
  valid: [
    ...EVERYDAY_REPLIES,
    '售后问题您直接在订单页面点申请售后就可以，平台会全程跟进处理。',
    '付款请在快手下单页面完成，我们不会让您私下转账，也不会发收款码。',
  ],
  invalid: [
    { text: '这边聊不方便，您搜一下我们老板的名字，通过一下验证，价格私聊给您更低。', severity: 'warn' },
    { text: '我们在别的平台也有店，那边价格更实惠，您可以去搜一下同名的店铺看看。', severity: 'warn' },
    { text: '下次直接找我本人就行，不用在这里下单了，我给您算便宜点，货到付款。', severity: 'warn' },
  ],
});
