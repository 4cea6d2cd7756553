import illegalContent from '../../../rules/checks/illegal-content';
import { ruleTable } from '../../support/rule-table';

ruleTable(illegalContent, {
  valid: [
    '您要的大麻纤维布料已经发货。',
    '溜冰鞋的尺码偏大，建议选小一码。',
    '我们严禁刷单，所有销量都是真实订单。',
    '斗牛犬造型的抱枕，毛绒材质。',
    '这款牌九造型的冰箱贴是文创产品。',
    '这款茶叶子很嫩，泡着好喝。',
    '瓶子外围有一圈保护膜，您撕掉就行。',
    '溜冰鞋的尺码偏大，建议选小一码。',
    '双十一抽奖不是彩票，中奖名单会在店铺首页公布。',
    '我们不会在商品里添加任何激素，有第三方检测报告。',
    '平台禁止赌博、色情等违法内容，我们也请您遵守社区规范。',
    '这款菠菜粉是给宝宝做辅食用的，无添加。',
    '大麻籽油是食用油，有进口食品检验检疫证明。',
    '这是成人奶粉，适合中老年人。',
    '裸妆效果很自然，适合日常通勤。',
    '子弹杯是玻璃的，请轻拿轻放。',
    '这款刀具不属于管制刀具，可以正常邮寄。',
  ],
  invalid: [
    { text: '兄弟，要大麻吗？', severity: 'block' },
    { text: '超过限额的话我们拆成好几单，用不同人的名字下，海关查不到。', severity: 'block' },
    { text: '这批货没走海关，是人肉背进来的，所以便宜一半。', severity: 'block' },
    { text: '帮我们刷几单吧，本金我们先转给你，刷完另给佣金。', severity: 'block' },
    { text: '晚上来直播间玩牌九，赢了直接提现。', severity: 'block' },
    { text: '需要叶子的话我有渠道，懂的来。', severity: 'block' },
    { text: '我们有外围资源，高端大气，欢迎咨询。', severity: 'block' },
    { text: '这是我们的彩票群，每天有内部计划，跟着买就能中。', severity: 'block' },
    { text: '私彩导师带你翻倍，想玩找我。', severity: 'block' },
    { text: '晚上无聊可以来玩百家乐，首充送彩金。', severity: 'block' },
    { text: '需要的话我这有冰毒，价格好说。', severity: 'block' },
    { text: '推荐个菠菜平台，跟着我下注稳赚。', severity: 'block' },
    { text: '我们可以帮您走私报关，税一分不用交。', severity: 'block' },
  ],
});
