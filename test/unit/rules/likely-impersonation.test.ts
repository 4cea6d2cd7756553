// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyImpersonation from '../../../rules/checks/likely-impersonation';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyImpersonation, {
  valid: [
    '亲，真的很抱歉让您久等了，这边已经帮您催过仓库，明天一定发出。',
    '这款面霜是韩国直邮的，一般七到十天到货，到了以后记得先做个皮试哦。',
    '您的包裹已经清关完成了，今天下午会交给国内快递，单号晚上更新。',
    '亲还在吗？',
    '好的亲，我帮您查一下哦，稍等一下下～',
    '请问还有什么可以帮您的吗？祝您生活愉快！',
    '我是店铺的客服，不是平台客服，平台的处理结果您可以在订单页查看。',
    '如果您对处理结果不满意，可以在售后页面申请平台介入，平台会来判定。',
  ],
  invalid: [
    { text: '我这边是快手平台的售后专员，您的订单已经由平台接管处理，请按我说的操作。', severity: 'warn' },
    { text: '【快手官方通知】您的订单存在风险，请联系专属客服处理，否则将被冻结。', severity: 'warn' },
    { text: '我们这是快手官方旗舰仓，所有售后都由平台统一处理，您放心。', severity: 'warn' },
  ],
});
