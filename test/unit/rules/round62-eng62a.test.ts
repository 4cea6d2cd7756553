// Round 62 (eng62a): clause 2.7 built from the platform's catalogue as item × act tables (rules/lexicon/prohibited-catalogue.ts, the
// "round 62" section of rules/checks/illegal-content.ts). Two measures:
// 1. The category table (round62-eng62a-rows.ts), written before the 2.7 rules were read: per kind, floors at the figures measured after
//    the change (before it: breaches 155/210, clean rows raised 8/210; after: 208/210 and 4/210 — the 4 are other rules' or the model's).
// 2. Rows written AFTER the mechanism, in new wordings (the mechanism never saw them: 26/39 caught before, 37/39 after, 0/39 clean raised; the rows below are the caught ones),
//    and the clean shapes the first version wrongly raised (申报成功, 蛋白粉, 发烟油, 不能查询…通话记录, 中文背标不是我们自己印的).
import { describe, expect, it } from 'vitest';
import { catches, raised, staysClean } from '../../support/lint-tables';
import { rows } from './round62-eng62a-rows';

/** Per kind: [breaches caught at least, clean rows raised at most] — the after-change figures. */
const FLOORS: Record<string, readonly [number, number]> = {
  drugs: [14, 0], rx: [14, 1], wildlife: [14, 2], tobacco: [14, 0], weapons: [14, 0], gambling: [14, 1], porn: [13, 0], pyramid: [14, 0],
  smuggling: [14, 0], fakedocs: [14, 0], privacy: [14, 0], surveillance: [14, 0], medical: [14, 0], defplatform: [13, 0], defmerchant: [14, 0],
};

describe('round 62 (eng62a): the catalogue table, per kind', () => {
  it.each(Object.keys(FLOORS))('%s', (kind) => {
    const { breach, clean } = rows[kind]!;
    const missed = breach.filter((t) => !raised(t).some((f) => f.clause === '2.7'));
    const alarmed = clean.filter((t) => raised(t).length > 0);
    const [caught, alarms] = FLOORS[kind]!;
    expect(breach.length - missed.length, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(caught);
    expect(alarmed.length, `raised:\n${alarmed.join('\n')}`).toBeLessThanOrEqual(alarms);
  }, 60_000);
});

describe('round 62 (eng62a): new wordings, each kind an item with an act', () => {
  catches(([
    '叶子是加州的，抽一口就飘了，私聊',
    'K仔还有两包，老价钱',
    '迷药无色无味，放她杯子里十分钟见效',
    '这个印度仿制的抗癌药我们能代购，一瓶八百',
    '九价疫苗我们从香港带回来给您打，不用排队',
    '减肥针一支六百，在家自己打',
    '金刚鹦鹉活体包邮，包活到家',
    '苏卡达陆龟苗子一只三百，野外抓的',
    '古巴雪茄一盒二十支，直邮不报关',
    '烟油三十毫升一瓶，芒果味',
    '万宝路一条一百八，免税店带的',
    '红包扫雷群每天都能挣点，进群先充值',
    '百家乐玩法很简单，押庄押闲，赢了随时提现',
    '盲盒抽到的隐藏款我们按八百回收',
    '交了入会费以后，每发展一个下线奖励三百',
    '投资一万每天返两百，推荐朋友还有奖',
    '我们是双轨制，左右两边业绩碰对就拿奖',
    '清关时按旧物申报，税就省了',
    '把奶粉藏在玩具包裹里寄，海关查不出',
    '病假条我们能开，医院章都有',
    '驾照可以帮您办一个，不用考试',
    '质检报告想要什么数据都能写',
    '买家数据一万条五百块，都是精准宝妈',
    '实名手机卡一张八十，不用本人',
    '偷拍眼镜戴上对方完全不知道',
    '定位器贴在她车底下，手机随时看位置',
    '考试用的隐形耳机，作弊神器',
    '这款茶喝三个月，乳腺结节不用做手术了',
    '隔壁那家的奶粉有激素，吃了孩子性早熟',
    '别的店的面霜重金属超标，用了烂脸',
  ] as const).map((text) => [text, '2.7'] as const));
});

describe('round 62 (eng62a): near misses of the same tables stay clean', () => {
  staysClean([
    '冰袋是保温用的，一克都不会漏',
    '叶子造型的发夹有金色和银色',
    '这款奶茶包是速溶的，热水冲泡',
    '摇头风扇静音，夜里也不吵',
    '抗癌药请在医院购买，我们只卖保健品',
    '疫苗请去社区医院接种',
    '减肥代餐一盒七袋，配合运动',
    '海龟图案的浴巾很可爱',
    '陆龟饲料和晒背灯有货',
    '鹦鹉饲料有货，虎皮鹦鹉和玄凤都能吃',
    '虎皮凤爪是卤味，一盒五百克',
    '猛犸象牙化石在合法渠道可以交易，我们有证明文件',
    '雪茄剪是不锈钢的',
    '我们不卖烟草，只有打火机',
    '模型火车的发烟油一瓶30ml，每次滴三滴',
    '扫雷游戏是电脑自带的，我们卖的是鼠标',
    '盲盒不支持回收，请理性购买',
    '我们没有代理，也不收入会费',
    '双轨滑轨的抽屉很顺滑',
    '清关时请如实申报',
    '您的订单已经申报成功，等海关放行',
    '我们没法帮您把商品报成礼品，必须按实际价格申报',
    '赠品塞在盒子里一起寄给您',
    '病假条要去医院开，我们只卖护腰',
    '原产地证和报关单都随货，都是真实的',
    '中文背标是海关要求贴的，不是我们自己印的',
    '身份证正反面请在实名认证页面上传，不要发在聊天里',
    '退款原路退回您的银行卡，可以查一下银行账单',
    '儿童手表只能看自家孩子的位置，不能查询别人的通话记录',
    '别人的收货地址我们做不到帮您查，这是个人隐私',
    '防偷拍检测仪可以发现针孔',
    '宠物定位器挂在项圈上',
    '定位器需要对方手机授权绑定，不能偷偷定位',
    '蛋白粉训练后喝一勺，乳清的',
    '乳腺结节请遵医嘱，这款茶只是日常饮品',
    '隔壁那款和我们的配方不一样，您可以对比',
  ]);
});
