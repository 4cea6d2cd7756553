import reviewBait from '../../../rules/checks/review-bait';
import { ruleTable } from '../../support/rule-table';

ruleTable(reviewBait, {
  valid: [
    '这款好评率很高，下单送小样。',
    '欢迎给我们写评价，您的意见对我们很重要。',
    '感谢您的好评，欢迎下次光临。',
    '返现活动我们没有，平台也不允许，价格就是页面上的到手价。',
    '如果满意欢迎评价，有问题请先联系我们处理。',
    '您的评价我们都会认真看，有不满意的地方请直接告诉我们。',
    '这款面霜有小样赠品，下单就送。',
    '晒单有奖是平台官方活动，奖励以活动页为准。',
    '评价不影响退款，您按真实情况评就行。',
    '好评后联系客服可以领取下次购物的优惠券吗？不好意思，我们没有这个活动。',
    '好评送您的优惠券已经发到账户里了，感谢支持。',
  ],
  invalid: [
    { text: '追评五星写满50字配三张图，下次下单直接给您减20元。', severity: 'warn' },
    { text: '好评带三张图，确认后返2元。', severity: 'warn' },
    { text: '把差评改了吧，我这边补偿您20块。', severity: 'warn' },
    { text: '追加评价带视频，返您一张30元优惠券。', severity: 'warn' },
    { text: '好评过后找我，返现8.8元。', severity: 'warn' },
    { text: '写个五星评价就送您一份小礼物。', severity: 'warn' },
    { text: '亲，给个五星好评截图发我，返您5元红包。', severity: 'warn' },
    { text: '晒图带评价返现10元，联系客服领取。', severity: 'warn' },
    { text: '您把差评删了，我退您15元。', severity: 'warn' },
    { text: '改成好评的话送您一张无门槛优惠券。', severity: 'warn' },
    { text: '评价写满一百字再配图，下单全额返。', severity: 'warn' },
    { text: '好评截个图，下一单免费送。', severity: 'warn' },
    { text: '差评改成好评，才给您补发。', severity: 'warn' },
    { text: '刷几条好评，每条给你两块。', severity: 'warn' },
    { text: '想招一批长期晒图的买手，免费拿货写好评。', severity: 'warn' },
    { text: '给个好评送您运费险。', severity: 'warn' },
    { text: '五星好评后联系客服领取小礼品。', severity: 'warn' },
  ],
});
