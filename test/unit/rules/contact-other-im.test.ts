import rule from '../../../rules/checks/contact-other-im';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    '这款是Line Friends联名款，订单号是 ks2024030188。',
    'Line Friends 联名款的水杯已经卖完了。',
    '纸飞机造型的发夹是赠品，随单发出。',
    '充电宝可以带上飞机，20000mAh 以内。',
    'ins风的杯子很受欢迎。',
    '我们家的小红书同款粉底液也在店里。',
    '钉钉通知我们仓库了，今天下午出库。',
    '这款是 line 系列的第二代。',
    '这款是飞机模型，加一下购物车就可以。',
    '您的包裹已上飞机，正在空运中。',
    '加购飞机抱枕送挂件。',
  ],
  invalid: [
    { text: '我人在日本，国内聊天软件不太方便，您有Line吗？ID 是 tokyo_kaori，拍照给您看。', severity: 'block' },
    { text: '用telegram吗？账号 hk_beauty88。', severity: 'block' },
    { text: '加我 Telegram：@hkdeals88', severity: 'block' },
    '飞机号 hkbuyer2023，纸飞机上聊。',
    'WhatsApp +852 9123 4567 有问题联系',
    'Line ID: jpshop_tokyo，日本的货都能找我。',
    '钉钉搜 13988776655 加我。',
    '加我 KakaoTalk：kbeauty_seoul',
    '小红书号 9348271，关注后私信我拿折扣。',
    '抖音号 hkmy888，直播间下单有赠品。',
    '飞书联系我更方便。',
    '加我skype：live:hkbuyer',
    'TG：@jp_cosme，新品都在频道里。',
    '加我line：tokyo_mall88',
    { text: '加一下我的飞机，账号和店名一样。', severity: 'block' },
    { text: '搜一下我飞机，名字就是店名。', severity: 'block' },
    { text: '关注我们飞机，每天有福利。', severity: 'block' },
  ],
});
