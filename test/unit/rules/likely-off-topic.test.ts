// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyOffTopic from '../../../rules/checks/likely-off-topic';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyOffTopic, {
  valid: [
    // round 23 (t23a): thanks passed on to a third person
    '麻烦帮我们谢谢您家宝妈，感谢她的好评',
    '帮我们谢谢您朋友的推荐哦',
    '您朋友也说好用？那太好了😊 帮我们谢谢她～',
    ...EVERYDAY_REPLIES,
    '这款奶粉适合一到三岁的宝宝，冲泡的水温四十度左右就可以了。',
    '有人冒充我们店招兼职刷单，那是骗子，我们从来不招兼职，请您注意。',
    // round 19 (t19dk): a scam warning that names the bait
    "最近有人冒充本店私信拉人做兼职，说日结返佣，都是骗局，本店从不招人，请勿相信。",
  ],
  invalid: [
    { text: '亲，我们店最近在招兼职客服，在家就能做，一天两三个小时，您有兴趣可以了解一下。', severity: 'warn' },
    { text: '看您头像挺漂亮的，单身吗？下班以后可以一起出来喝个咖啡认识一下。', severity: 'warn' },
    { text: '亲，您要是手头紧的话，我可以给您介绍个借钱的渠道，利息很低当天到账。', severity: 'warn' },
    // round 19 (t19dk): the warning turned back to an offer
    { text: "别信外面那些冒充我们的，不过我私下确实在招人打字兼职，日结，有兴趣可以聊聊。", severity: 'warn' },
  ],
});
