import defameMerchant from '../../../rules/checks/defame-merchant';
import { ruleTable } from '../../support/rule-table';

ruleTable(defameMerchant, {
  valid: [
    '那个旗舰店也是正品，您放心。',
    '我们是官方旗舰店，假一赔十。',
    '您如果在别家买到假货，可以向平台举报。',
    '恶意举报是违规的，我们不会让您去举报别家。',
    '其他店铺的价格我们不方便评价，我们只保证自己的货是正品。',
    '别家有更便宜的我们也理解，价格以页面为准。',
    '市面上假货比较多，建议认准品牌授权的店铺购买。',
    '别家的价格我们不清楚，我们这边保证正品。',
    '隔壁仓库今天也在发货，物流会快一些。',
  ],
  invalid: [
    '隔壁那个专卖店卖的全是贴牌货',
    '某某旗舰店的面霜用了烂脸，别买',
    '别家都是贴牌货，就我们家靠谱',
    { text: '隔壁那家进口母婴店老板人品很差，欠供货商钱不还。', severity: 'block' },
    { text: '帮忙举报一下竞争对手的链接呗，举报成功给您发个红包。', severity: 'block' },
    { text: '您去那家店下单然后投诉他们，我给您报销。', severity: 'block' },
    { text: '隔壁那家店卖的全是假货，千万别去。', severity: 'block' },
    { text: '别家的奶粉都是过期原料重新灌装的。', severity: 'block' },
    { text: '那家店老板就是个骗子，您别信他。', severity: 'block' },
    { text: '同行那些店都是黑心商家，以次充好。', severity: 'block' },
  ],
});
