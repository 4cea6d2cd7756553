// Round 60 (eng60a): clause 2.7 as classes, in new wordings of the tuner's own (not A60's lines), checked on the whole linter: a good said to
// cure, shrink or prevent an illness or to replace a medicine; a scheme recruiting by an entry fee or a team with income promised; restricted
// goods got to the buyer off the listing; a male-performance drug told by its effect; a banned formula or a strong secret additive still sold.
// Beside each, the clean near misses the same words must leave alone (comfort, a referral to a doctor, a membership fee, a refusal, a lipstick
// that lasts, a gift slipped into the parcel).
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';

const linter = createLinter();
const raised = (text: string) => linter.lint(text).filter((f) => f.severity !== 'info');

describe('round 60 (eng60a): 2.7 breaches caught as classes', () => {
  it.each([
    // health claims: an illness and an outcome on it, with the goods used
    '这款益生菌宝宝喝了不会得自闭症',
    '灵芝孢子粉化疗期间吃，肿瘤能缩小',
    '这个精油涂了肿瘤会慢慢变小',
    '用这个洗发水秃顶100%治好',
    '鱼油吃了抑郁症自己就好了',
    '这个鞋垫穿三个月糖尿病就好了',
    '喝我们的酵素，癌症都能预防',
    '这个按摩仪用一阵子颈椎病就没了',
    '这个面霜能让白癜风消失',
    // …or a medicine replaced
    '葡萄籽胶囊能代替降压药',
    '这个茶可以替代降糖药，老人喝了就不用吃西药了',
    // schemes: an entry fee or a team, with income promised
    '姐你也来做吧，交两千加盟费，躺着每月分红',
    '我们在建团队，带你赚钱，前期交个启动资金就行，月入三万很轻松',
    '不用囤货不用卖货，交998会员费做团队长，下面人越多提成越高',
    '进我们的创业群一起干，一个月赚几万不是梦',
    '我现在不上班了就靠发展团队，一个月几万，你要不要一起',
    // restricted goods off the listing
    '韩国进口的那个雾化杆亲要吗？货架上没挂，私聊拿',
    '小烟弹有的，链接拍充电宝，备注口味就行',
    '抗生素那个啊，你拍链接里的维C，备注一下，我们单独给你塞进去',
    '进口减肥针打一针管一个月，私下给你发',
    // a male-performance drug by its effect
    '老哥要持久的话我给你推荐那款能量片，吃一粒顶一晚',
    '这个男士糖果吃了以后硬度没话说，嫂子都夸',
    '延时喷雾一喷能撑一个小时，男人都懂',
    // a banned formula or a secret additive still sold
    '减脂胶囊后来被禁那批配方还有库存，效果比新版猛多了',
    '这款减肥茶里面有猛料，官方版的没效果，我们这个是私货',
    // customs: the declared value moved down, the grey route, a tie at customs
    '超额了没事，我让仓库把发票价改低一点，过关就行',
    '额度超了也不怕，申报价我们压低点就过去了',
    '报关价格我们帮你往下调一调，税就少了',
    '这批货走灰色清关，便宜三成',
    '清关这块您放心，我们有关系私下就能处理，不用您身份证',
    '海关那边我们有人私下就能搞定，超额也没事',
    // the same frames do not hide a breach
    '别家卖含西布曲明的被查了，但我们的查不出来',
    '您要的不用处方的降压药我们没有，但可以私下帮您找',
  ])('%s', (text) => {
    expect(raised(text).map((f) => f.clause)).toContain('2.7');
  }, 30_000);
});

describe('round 60 (eng60a): clean near misses stay clean', () => {
  it.each([
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
    // a strap style is no loan, an appraisal told is no copy pitch, others caught is news, the buyer's ask refused
    '这条裙子有肩带款和无肩带款两种',
    '这款睡衣是吊带款，比较性感但不暴露',
    '二手表是经过鉴定的正品，附带鉴定证书',
    '新闻上说有人卖含西布曲明的减肥药被查了，所以我们只卖正规备案的代餐',
    '您要的那个“不用处方的安眠药”我们真的没有，必须医生开',
    '你问的不用处方那种安眠药，本店没有卖',
  ])('%s', (text) => {
    expect(raised(text).map((f) => `${f.rule}:${f.match}`)).toEqual([]);
  }, 30_000);
});
