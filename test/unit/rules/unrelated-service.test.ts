import unrelatedService from '../../../rules/checks/unrelated-service';
import { ruleTable } from '../../support/rule-table';

ruleTable(unrelatedService, {
  valid: [
    '退货运费险会自动理赔，您不用操作。',
    '微商城的那种我们不清楚，我们只保证快手店铺里的商品。',
    '跨境综合税由平台代缴，您不需要另外操作。',
    '清关手续我们这边会代办，您只需要完成实名认证。',
    '可以免费代写贺卡，下单时备注想写的话就行。',
    '留学生在国外也可以下单，但只能寄到国内地址。',
    '签证页复印件不需要提供，只需要身份证信息清关。',
    '买了运费险的话退货运费可以理赔。',
    '这款过敏体质也能用，不包过敏是指个人体质差异。',
    '搬家了的话可以在订单页修改收货地址。',
    '装修风格偏北欧的话推荐这款灰色地毯。',
  ],
  invalid: [
    { text: '麻烦您帮我女儿投个票吧，少儿舞蹈比赛，搜27号就行。', severity: 'block' },
    { text: '我这边也卖保险，重疾险一年才几百块，给您孩子配一份？', severity: 'block' },
    { text: '有兴趣学炒股吗？我有个老师带单，最近收益很好。', severity: 'block' },
    { text: '我们还代办签证和留学申请，价格优惠，有需要告诉我。', severity: 'block' },
    { text: '另外我们也接代写论文，本科硕士都可以。', match: '代写论文' },
    { text: '驾照代考、四六级包过，有需要联系我。', severity: 'block' },
    { text: '可以帮忙办各类证件，学历证、资格证都能做。', severity: 'block' },
    { text: '需要刷粉丝的话找我，快手号一周涨一万粉。', severity: 'block' },
    { text: '顺便问下您需要办理移民吗？我们有渠道。', match: '办理移民' },
    { text: '我还做游戏代练，王者荣耀上分很快。', severity: 'block' },
    { text: '我们也可以代开发票，各种行业的都能开。', match: '代开发票' },
    { text: '我朋友是做装修的，您家要装修可以找他。', severity: 'block' },
    { text: '家里老人看病难的话，我们能帮忙挂专家号。', match: '挂专家号' },
  ],
});
