import rule from '../../../rules/checks/contact-email';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    '您的邮箱是 abc123 开头的那个QQ邮箱吗？发票已经发过去了。',
    'Gmail账号登录不上的话可以用手机号注册快手。',
    'outlook 2019 版本的发票我们开不了。',
    '这款前半截是奶油味，后半截有点酸，连起来吃很香。',
    '电子发票开好后会发送到您下单时预留的邮箱，请注意查收。',
    '国际段是日本邮政 EMS，到国内转中国邮政派送。',
    '邮费我们承担，退回时选到付就行。',
    '@客服小美 这位买家的补发单麻烦跟进一下。',
    '发票在订单页下载，也会发到您绑定的邮箱。',
    '我们不会通过邮箱索要您的证件信息。',
  ],
  invalid: [
    { text: '邮箱是 lucky88 那个QQ的，照片发过来。', severity: 'block' },
    { text: '邮箱前缀 lucky88，后缀是QQ的，照片发过来我看看。', severity: 'block' },
    { text: '邮箱用户名是 hkbaby2023，后缀是163的。', severity: 'block' },
    { text: 'Gmail账号 swisswatch.repair，维修报价我用邮件发您。', severity: 'block', match: 'Gmail账号 swisswatch.repair' },
    { text: '我们的163邮箱 tokyo.drug.jp 每天都看。', severity: 'block' },
    { text: '您把身份证照片发到 service@hkbeauty-shop.com。', match: 'service@hkbeauty-shop.com', fix: '' },
    '发票抬头发到 mygo2019 艾特 163 点 com。',
    '检测报告太大，您留个QQ邮箱，我发给您。',
    '把发票抬头发我邮箱：kf_hk(at)gmail.com',
    '邮箱 sales艾特hkgo点net，我发您合同。',
    '您的邮箱留一下，我把保修卡发您。',
    '2839471023qq.com 发这里。',
    '发到我QQ邮箱 3847261950 就行。',
    '联系邮箱 service [at] aumall [dot] com',
    '发个邮件到 hello＠kbeauty．cn。',
    '邮箱：mygo 艾特 一六三 点 com',
    'lisa.w@outlook.com 是我的工作邮箱。',
    '把您邮箱告诉我，我把券码发过去。',
    '发到 二八三七四六五一九零@qq.com',
    '邮箱：shop_hk（艾特）outlook（点）com',
  ],
});
