// Round 61 (eng61a): clause 2.7 as category tables (rules/lexicon/restricted-trade.ts) paired inside a window, in wordings of the tuner's own
// (none of them A61's lines): a reversal claimed on a condition, a named medicine stopped or swapped, a prescription drug supplied, clinic-only
// needles for home use, a children's cosmetic whitening, goods sold past a missing domestic approval, nicotine goods offered, wildlife by
// euphemism with its sourcing, a device disguised from a teacher, a stake and a cash payout on chance goods, a fee-bought rank paid on the
// downline, sexual or violent selling, papers falsified, an identity swapped at customs, parcels split or hidden, an origin relabelled.
// Beside them, the clean near misses the same tables must leave alone (referrals, refusals, the law told, colours and imitations, honest labels).
import { describe } from 'vitest';
import { catches, staysClean } from '../../support/lint-tables';

describe('round 61 (eng61a): 2.7 breaches caught as classes', () => {
  catches(([
    '这个深海鱼油吃半年，血管斑块能慢慢化掉，比支架强',
    '乙肝大三阳的朋友坚持喝我们的灵芝茶，三个月就能转阴',
    '这款护眼软糖孩子吃两个月，弱视就正常了，不用再做训练',
    '生发精华每天抹两次，脱发的地方半年长满，比植发省钱',
    '心衰的老人吃这个辅酶Q10，心脏功能能逆转回去',
    '个子矮的孩子喝这款牛初乳，一个寒假保证长3厘米',
    '老花眼吃了这款越橘胶囊，三个月眼镜都可以摘了',
    '高尿酸的吃我们的樱桃精华片，别嘌醇就可以停了',
    '甲状腺不好的，这款碘片吃上，赛治可以直接停掉',
    '糖尿病老人用我们的苦瓜胶囊，二甲双胍就不用吃了',
    '二甲双胍伤肝，换成我们的桑叶茶，天然降糖',
    '舍曲林我们有现货，不用处方，一盒260',
    '司美格鲁肽笔有存货，日本带回来的，直接寄您',
    '孩子发烧的话阿莫西林我们这边可以发，剂量按体重自己算',
    '非那雄胺帮您代购，国内要医生开，我们这直接发',
    '尼古丁袋新到三个口味，放嘴里就行，一盒15袋',
    '烟弹有现货，链接拍“香薰补充液”就行，口味备注',
    '小烟在店里改名叫“USB香氛”，拍那个发的就是',
    '日本加热烟有货，iqos烟支一条450',
    '熊胆是活取的，纯度高，老挝那边带过来的',
    '原只鱼翅量不多，印尼那边过来的，懂的私聊',
    '犀角粉是老货，早年收来的，就这点',
    '雾化杆货架上没挂，想要的私聊拿',
    '授权书我们可以帮您做一份，盖品牌的章',
    '检测报告想要什么结果都能出，不用送样',
    '原产地证上一批的改个日期就能用',
    '身份证不一定要您本人的，我们这边有能过的身份',
    '收件人填您，订购人用我们提供的，清关就没问题',
    '20台一次发肯定被查，我们化整为零，每个包裹按自用过',
    '奶粉超了限购没事，多出来的我们藏在玩具箱里寄给您',
    '这批是国内分装的，瓶身贴成新西兰原装',
    '盲盒可以追加押注，押中了现金回收',
    '交1980升金卡，伞下团队业绩都算您的，每月躺赚',
    '这款香水一喷，保证今晚男朋友下不了床😏',
    '这把折刀锋利，遇到坏人朝脖子一划就放倒了',
    '这支笔外观跟普通中性笔一样，考试时监考看不出来',
    '玻尿酸针剂在家自己打就行，附送针头',
    '这款祛痘膏国内没拿到批文，我们私下发，效果猛',
  ] as const).map((text) => [text, '2.7'] as const));
});

describe('round 61 (eng61a): the near misses stay clean', () => {
  staysClean([
    '您的脱发问题建议去医院皮肤科看看，我们的洗发水只是日常清洁',
    '这款鱼油是辅助保健，不能代替降压药，请遵医嘱',
    '优甲乐千万不要自己停，我们的碘片和药间隔两小时吃',
    '舍曲林是处方药，我们不卖，请去医院开',
    '阿莫西林需要凭医生处方，我们店不提供',
    '电子烟我们不卖，店里只有打火机和烟灰缸',
    '尼古丁对未成年人有害，我们不销售任何烟草制品',
    '这款香水有淡淡的烟草调，非常适合秋冬',
    '象牙白的手机壳有货，颜色很温柔',
    '素鱼翅是用魔芋做的，人造的，放心买',
    '授权书我们会如实提供品牌方出具的扫描件',
    '检测报告是第三方实验室出具的，送检编号可以查',
    '清关需要订购人本人身份证，信息必须一致',
    '超过限额的话需要拆成两单并如实申报',
    '赠品小样塞在纸尿裤箱里一起寄了哦',
    '盲盒明码标价，隐藏款概率公示，不能折现',
    '会员交99一年包邮，没有任何层级和下线',
    '这个瑜伽垫做完各种姿势都不滑，老公也说好用',
    '菜刀切骨头很利索，用的时候注意别伤到手',
    '这个充电宝外观像口红，小巧方便携带',
    '水光精华是涂抹型的，无针，在家就能用',
    '雪茄和香烟店里都没上架，我们只卖雪茄剪和烟灰缸',
    '之前有新闻说有人卖犀角杯被判刑了，我们这个是树脂仿的',
    '亲，额度超了我们也没办法用别人的名额清关',
    '给宝宝用的面霜不含美白成分，温和保湿',
    '孩子近视要去医院验光，我们的护眼灯只能辅助',
    '您说的那个小三阳的问题还是要听医生的，我们的东西不能治',
  ]);
});
