// Round 60 (eng60a): clause 2.7 as classes, in new wordings of the tuner's own (not A60's lines), checked on the whole linter: a good said to
// cure, shrink or prevent an illness or to replace a medicine; a scheme recruiting by an entry fee or a team with income promised; restricted
// goods got to the buyer off the listing; a male-performance drug told by its effect; a banned formula or a strong secret additive still sold.
// Beside each, the clean near misses the same words must leave alone (comfort, a referral to a doctor, a membership fee, a refusal, a lipstick
// that lasts, a gift slipped into the parcel).
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

const linter = createLinter();
const raised = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info');
/** One table of [text, clause] rows that must raise that clause. */
const catches = (rows: readonly (readonly [string, string])[]) =>
  it.each(rows)('%s', (text, clause) => {
    expect(raised(text).map((f) => f.clause)).toContain(clause);
  }, 30_000);
/** One table of texts that must raise nothing. */
const staysClean = (rows: readonly string[]) =>
  it.each(rows)('%s', (text) => {
    expect(raised(text).map((f) => `${f.rule}:${f.match}`)).toEqual([]);
  }, 30_000);

describe('round 60 (eng60a): 2.7 breaches caught as classes', () => {
  catches([
    // health claims: an illness and an outcome on it, with the goods used
    ['这款益生菌宝宝喝了不会得自闭症', '2.7'],
    ['灵芝孢子粉化疗期间吃，肿瘤能缩小', '2.7'],
    ['这个精油涂了肿瘤会慢慢变小', '2.7'],
    ['用这个洗发水秃顶100%治好', '2.7'],
    ['鱼油吃了抑郁症自己就好了', '2.7'],
    ['这个鞋垫穿三个月糖尿病就好了', '2.7'],
    ['喝我们的酵素，癌症都能预防', '2.7'],
    ['这个按摩仪用一阵子颈椎病就没了', '2.7'],
    ['这个面霜能让白癜风消失', '2.7'],
    // …or a medicine replaced
    ['葡萄籽胶囊能代替降压药', '2.7'],
    ['这个茶可以替代降糖药，老人喝了就不用吃西药了', '2.7'],
    // schemes: an entry fee or a team, with income promised
    ['姐你也来做吧，交两千加盟费，躺着每月分红', '2.7'],
    ['我们在建团队，带你赚钱，前期交个启动资金就行，月入三万很轻松', '2.7'],
    ['不用囤货不用卖货，交998会员费做团队长，下面人越多提成越高', '2.7'],
    ['进我们的创业群一起干，一个月赚几万不是梦', '2.7'],
    ['我现在不上班了就靠发展团队，一个月几万，你要不要一起', '2.7'],
    // restricted goods off the listing
    ['韩国进口的那个雾化杆亲要吗？货架上没挂，私聊拿', '2.7'],
    ['小烟弹有的，链接拍充电宝，备注口味就行', '2.7'],
    ['抗生素那个啊，你拍链接里的维C，备注一下，我们单独给你塞进去', '2.7'],
    ['进口减肥针打一针管一个月，私下给你发', '2.7'],
    // a male-performance drug by its effect
    ['老哥要持久的话我给你推荐那款能量片，吃一粒顶一晚', '2.7'],
    ['这个男士糖果吃了以后硬度没话说，嫂子都夸', '2.7'],
    ['延时喷雾一喷能撑一个小时，男人都懂', '2.7'],
    // a banned formula or a secret additive still sold
    ['减脂胶囊后来被禁那批配方还有库存，效果比新版猛多了', '2.7'],
    ['这款减肥茶里面有猛料，官方版的没效果，我们这个是私货', '2.7'],
    // customs: the declared value moved down, the grey route, a tie at customs
    ['超额了没事，我让仓库把发票价改低一点，过关就行', '2.7'],
    ['额度超了也不怕，申报价我们压低点就过去了', '2.7'],
    ['报关价格我们帮你往下调一调，税就少了', '2.7'],
    ['这批货走灰色清关，便宜三成', '2.7'],
    ['清关这块您放心，我们有关系私下就能处理，不用您身份证', '2.7'],
    ['海关那边我们有人私下就能搞定，超额也没事', '2.7'],
    // the same frames do not hide a breach
    ['别家卖含西布曲明的被查了，但我们的查不出来', '2.7'],
    ['您要的不用处方的降压药我们没有，但可以私下帮您找', '2.7'],
  ]);
});

describe('round 60 (eng60a): clean near misses stay clean', () => {
  staysClean([
    '益生菌能调节肠道，但不能代替药物，生病请就医',
    '这款助眠喷雾辅助睡眠，失眠严重还是要看医生',
    '您的失眠慢慢会好的，注意休息',
    '祝您早日康复，糖尿病要听医生的',
    '这款茶不能代替降压药，请遵医嘱',
    '鱼油可以和降压药一起吃吗？建议咨询医生',
    '这款洗发水防脱效果不错，秃顶的话还是去医院看看',
    '有近视的话选这款镜框，可以配近视片',
    '老人有高血压，这款低钠盐比较合适',
    '我们的产品不能治癌症，请理性看待',
    '您问吃了会不会得糖尿病？正常吃不会的',
    '亲，我们不能保证这个能治好湿疹，它只是保湿面霜，严重的话要去皮肤科',
    '会员费99元一年，享受全年包邮',
    '我们客服团队会尽快帮您处理，月底前发货',
    '代理商需要公司审核资质，不收加盟费',
    '有人让您交入门费拉人头赚钱，那是传销，别信',
    '这款延时喷雾我们不卖，属于药品需要处方',
    '减肥茶里不含西布曲明等违禁成分，有检测报告',
    '电子烟不能在平台卖，我们店也没有',
    '这款口红持久不脱妆，男士送女朋友合适',
    '男士香水持久留香，一喷一整天',
    '男士蛋白粉吃了训练更持久',
    '礼品我们会单独给您塞进包裹，备注赠品就行',
    '您拍链接里的礼盒，备注颜色就行',
    '奶茶加料要另外拍哦',
    '这款老版本还有库存，包装不一样，成分一样',
    // customs: the rule explained, a delay we cannot help, our own paperwork done
    '海关要求同一订购人同一天多单也会合并计算额度，所以拆开下单也省不了税',
    '清关需要订购人身份证，和支付人一致才能过',
    '我们按实际成交价申报，不能改低',
    '海关那边是抽检的，我们没办法干预，请耐心等待',
    '清关的事我们已经帮您搞定了，包裹明天派送',
    '海关退运的包裹我们已经处理掉了，钱退您',
    '灰色清关的货没有保障，我们只走正规清关',
    '这款粉底液不会走灰，黄皮也能用',
    // a strap style is no loan, an appraisal told is no copy pitch, others caught is news, the buyer's ask refused
    '这条裙子有肩带款和无肩带款两种',
    '这款睡衣是吊带款，比较性感但不暴露',
    '二手表是经过鉴定的正品，附带鉴定证书',
    '新闻上说有人卖含西布曲明的减肥药被查了，所以我们只卖正规备案的代餐',
    '您要的那个“不用处方的安眠药”我们真的没有，必须医生开',
    '你问的不用处方那种安眠药，本店没有卖',
  ]);
});

describe('round 60 (eng60a): selling by sex or violence, a shop lottery, the platform\'s buyers called fools, a faculty jab', () => {
  catches([
    ['这件睡衣穿上男朋友绝对把持不住', '2.7'],
    ['这款香水一喷，他直接扑倒你', '2.7'],
    ['这口红涂上去骚到骨子里那种', '2.7'],
    ['按摩棒的真人演示视频加钱私发', '2.7'],
    ['这把斧头劈柴利索，砍人也一样', '2.7'],
    ['这个锤子硬到能砸死人', '2.7'],
    ['这款剃须刀锋利到能割喉，哈哈', '2.7'],
    ['买满两件送一张刮刮乐，最高能中一千块现金', '2.7'],
    ['买满三百送抽奖券，十块钱一注，中了翻十倍', '2.7'],
    ['在这平台买东西的都是韭菜', '2.7'],
    ['在快手买东西就是当冤大头', '2.7'],
    ['说实话在快手买东西就是冤种', '2.7'],
    ['我劝你去医院看看眼科，这么明显的生产日期都看不到', '2.4'],
    ['标签上写着呢，建议您配副眼镜', '2.4'],
    ['这个貔貅戴上就能转运，保证财源滚滚', '2.7'],
    ['八卦镜挂门口可以镇宅，小人都进不来', '2.7'],
    ['这串手链戴上能帮您改运，今年一定顺', '2.7'],
    ['水晶球摆在书桌上，还能保佑孩子考上重点', '2.7'],
    ['你要票的话我们找朋友公司代开，便宜', '2.7'],
    ['发票可以用别的公司给您开，金额随便填', '2.7'],
  ]);

  staysClean([
    '这款刀片很锋利，小心别割伤手',
    '新闻里说有人拿菜刀砍人，我们刀具都实名登记',
    '这条裙子穿上很显气质，男朋友肯定喜欢',
    '情趣睡衣有真人模特图，尺码请参考详情页',
    '保温杯很结实，摔了也不容易凹',
    '秒杀人气款，库存不多，快抢',
    '这款鼠标爆头率高，手感好',
    '新年图个好彩头，买两件送现金红包',
    '彩票我们不卖，刮刮乐请去彩票站买',
    '满三百送抽奖券，奖品是店铺优惠券，不花钱',
    '平台的韭菜盒子这款卖得最好',
    '别当冤大头去买那些没保障的代购',
    '在快手买东西不用担心当冤种，有七天无理由退货',
    '眼睛红肿的话建议去看看眼科',
    '这款眼霜适合眼周干纹，有问题可以咨询眼科医生',
    '转运珠手链寓意好运，图个吉利',
    '这个平安符是传统文化摆件，送长辈表心意',
    '祝您一路平安，老天保佑',
    '桃木梳子是装饰摆件，不能保证什么辟邪效果',
    '我们不找其他公司代开发票，只能开本店的',
    '发票由品牌方公司开具，和订单金额一致',
  ]);
});
