// 2.8: sentences that imply the goods are fake without the trade words: saying they are not genuine
// (不是正品, 不保真, 不保证是正品), that nobody can tell them from the real thing (跟正品放一起分不出来,
// 拿去专柜也验不出来, 只有内行看得出), that the brand or the counter would not accept them (品牌方不认,
// 不能拿去专柜验), that genuine costs more (这个价还想要正品？), or that they come off the same line
// (和专柜同一个工厂出来的). Not breaches: guarantees (不是正品假一赔十), hypotheses (鉴定不是正品全额退款),
// rhetorical denials (怎么可能不是正品), questions (是不是正品可以扫码), and honest notes about
// packaging or accessories.

import { cueRule, type Cue } from '../detect/cue-rule';

const MESSAGE = '暗示商品不是正品（规则 2.8）';
/** A guarantee or remedy in the sentence turns "not genuine" into a promise: 不是正品假一赔十. */
const REMEDY = /假一赔|退一赔|包退|全额退|赔三|赔十|赔付|承担鉴定|鉴定费|退款并/;
/** Genuine goods named in the sentence. */
const GENUINE = /正品|真品|真货|专柜|原版|正版|大牌|品牌|原装|官方/;
/** Advice on telling real from fake is service, not a claim. */
const ADVICE = /建议|溯源|扫码|防伪|鉴别方法|认准|谨防|小心|注意|识别|查询|可以对比|留意/;

const cues: Cue[] = [
  {
    // 跟正品用的同一条生产线，只是没授权 / 和专柜无差别，就是没有小票，价格才这么低.
    words: ['没授权', '没有授权', '未授权', '非授权', '没品牌授权', '无差别', '没差别', '没区别', '没有区别', '没有小票', '没小票', '没有专柜小票'],
    severity: 'block',
    message: MESSAGE,
    sentence: [GENUINE, /同一|一样|一模一样|无差别|没差别|没区别|没有区别|价|便宜|生产线|工厂|流水线/],
    sentenceSkipsAnchor: true,
    notSentence: [REMEDY, ADVICE, /正品保证|保证正品|就是正品|都是正品|官方授权|品牌授权书|可以提供授权|授权书|授权经销|授权店|不保证|物流|快递/],
    deniable: false,
  },
  {
    // 我这个是“同款”，你知道的 / 这个价您懂 — the wink that it is not the real thing.
    words: ['你知道的', '您知道的', '看着就懂', '您懂', '你懂', '您也懂', '你也懂', '大家都懂', '这个价您懂', '这个价你懂', '懂我意思'],
    severity: 'block',
    message: MESSAGE,
    sentence: [/专柜|正品|大牌|原版|同款/, /价|便宜|不是专柜|不是正品|同款|公司货/],
    notSentence: [REMEDY, /保证正品|正品保证|都是正品|就是正品|授权/],
    deniable: false,
  },
  {
    // Repacked or unauthorised goods passed off: 平替厂出的，批号照着印, 自己灌装的, 国内分装, 不走品牌授权, 查无此码是正常的.
    words: ['平替厂', '照着印', '自己灌装', '我们灌装', '国内分装', '自己分装', '不走品牌授权', '查无此码', '华强北出的', '您细品', '你细品', '您品', '您懂我意思', '你懂我意思', '您明白的', '你明白的', '价格摆在这'],
    severity: 'block',
    message: MESSAGE,
    notSentence: [REMEDY, /溯源码可查|正品保证|品牌授权书|可以提供授权/],
  },
  {
    words: [
      '不是正品', '并非正品', '不算正品', '不算是正品', '不是真品', '不是真货', '不是专柜货', '不是专柜的货', '不是专柜正品', '不是品牌正品', '不是品牌的正品',
      '不是原厂正品', '不保真', '不包真', '不保证是正品', '不保证正品', '不能保证是正品', '不能保证正品', '不敢保证是正品', '不敢保证正品', '没法保证是正品',
      '无法保证是正品', '不一定是正品', '不是正版', '不是官方正品', '不是zp', '不是zhengpin', '并非zp',
    ],
    severity: 'block',
    message: MESSAGE,
    hypothetical: true,
    // 是不是正品, 担心不是正品, 说我们不是正品.
    notBefore: /(?:是|会|担心|怕|怀疑|以为|说|觉得|认为|质疑|万一|若|如果|要是|鉴定|检测)$/,
    notAfter: /^(?:的话|就|吗|么|嘛|呢|全额|包退|假一|退一|空|我们(?:全额|包退|负责|赔|退))/,
    notSentence: [REMEDY, ADVICE, /是不是|是否|会不会|怎么可能|哪会|不可能|有人说|听说|质疑|怀疑|以为/],
  },
  {
    // "Nobody can tell": 跟正品放在一起根本分不出来, 拿去专柜也验不出来, 只有内行才看得出来.
    words: [
      '分不出来', '看不出来', '验不出来', '看不出区别', '看不出差别', '分辨不出', '辨别不出', '认不出来', '鉴定不出', '查不出来', '看不出真假', '以假乱真',
      '只有内行', '内行才', '行家才', '懂的都懂', '懂得都懂', '你懂的', '您懂的', '验不了真假', '一般人看不出', '肉眼看不出', '几乎没区别', '几乎没有区别',
      '没什么区别', '鉴定师都看不出', '专家都看不出', '专柜都看不出', '柜姐都看不出',
    ],
    severity: 'block',
    message: MESSAGE,
    sentence: /正品|真品|真货|专柜|原版|正版|大牌|品牌|原装|官方|鉴定|奢侈品/,
    sentenceSkipsAnchor: true,
    notSentence: [ADVICE, REMEDY, /同一(?:批|个批次|批次)|都是正品|就是正品|保证正品|正品保证|官方授权|品牌授权|授权/],
    deniable: false,
  },
  {
    // The brand or the counter would not accept the goods: 品牌方不认我们的货, 不能拿去专柜验, 验了不保真.
    words: [
      '品牌方不认', '品牌不认', '专柜不认', '官方不认', '品牌不承认', '专柜不给验', '专柜验不了', '不能拿去专柜验', '别拿去专柜验', '不要拿去专柜验', '不能去专柜验',
      '不要去专柜验', '专柜验不过', '验不过', '不能专柜验', '不支持专柜验', '不支持验货', '不能验货', '验了不保', '不能拿去验', '别拿去验', '不能送检', '别送检',
    ],
    severity: 'block',
    message: MESSAGE,
    deniable: false,
    notSentence: /可以|支持专柜|欢迎|随时/,
  },
  {
    // Not the counter's thing: 跟专柜那种不是一个东西 / 和正品不是一回事, said of what is sold.
    words: ['不是一个东西', '不是一回事', '不是同一个东西', '不是同一种东西', '不是一个货', '不是一路货'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:和|跟|与|同)(?:专柜|正品|真品|原版|正版|大牌|官方)(?:的|那种|那个|那边的?|卖的)?(?:货|款)?(?:是|都|可|肯定|当然)?$/,
    notSentence: [REMEDY, /保证正品|都是正品|就是正品|授权|包装|赠品|小样|试用装|说明书|中文标签|批次|生产日期/],
    asked: true,
    deniable: false,
  },
  {
    // Passes the counter: 过得了专柜柜姐那关, 内行都买这个版本 — a copy good enough to fool an inspection.
    words: ['过得了专柜', '过得了柜姐', '柜姐那关', '专柜那关', '鉴定那关', '过得了鉴定', '骗得过柜姐', '骗过专柜', '内行都买这个', '懂行的都买这个', '内行都选这个'],
    severity: 'block',
    message: MESSAGE,
    notSentence: [REMEDY, ADVICE],
    deniable: false,
  },
  {
    // Made after a big brand with the logo altered: 照着大牌的版型做的，logo换了一个字母 — a knock-off (山寨).
    words: ['照着大牌', '仿照大牌', '照大牌', '照着大牌子', '参照大牌', '照着专柜', '换了一个字母', '换了个字母', '改了一个字母', '改了个字母', '差一个字母', '少一个字母', 'logo改了一点', 'logo换了'],
    severity: 'block',
    message: '说商品照大牌仿制或改了商标，暗示是山寨货（规则 2.8）',
    sentence: /大牌|品牌|logo|商标|标志|版型|设计|款式|一样|像|做的|细看/,
    notSentence: [REMEDY, ADVICE, /谨防|假冒|举报|投诉|维权/],
    deniable: false,
  },
  {
    // Genuine costs more: 这个价格你还想要正品？ / 要正品得去专柜买.
    words: ['还想要正品', '想要正品', '还要正品', '要什么正品', '要正品去专柜', '要正品得去专柜', '正品得去专柜', '要正品的话去专柜', '买正品去专柜', '正品去专柜买'],
    severity: 'block',
    message: MESSAGE,
    sentence: /价|钱|块|元|便宜|贵|专柜/,
    deniable: false,
  },
  {
    // Off the same line as the real thing: 和专柜是同一个工厂出来的, 和正品一条流水线.
    words: [
      '同一个工厂', '同一家工厂', '同一工厂', '同个工厂', '同厂', '一条流水线', '同一条流水线', '同条流水线', '工厂同款', '代工厂出', '同一个厂', '一个厂出',
      '工厂直接出', '工厂直出', '厂家直接出', '厂里直接出', '一个厂', '一家厂', '同一家厂', '同一个厂家', '一个工厂', '工厂货', '代工厂货', '厂货', '代工厂流出', '工厂流出', '厂里流出', '厂流出', '工厂出来的', '厂里出来的', '同料', '同款同料', '代工厂',
    ],
    severity: 'warn',
    message: '暗示商品与正品出自同一工厂而非正品渠道（规则 2.8）',
    sentence: GENUINE,
    sentenceSkipsAnchor: true,
    // 授权 vouches for the goods unless denied: 没有品牌授权但是一个厂出的 stays a claim.
    notSentence: [/(?<!(?:没|无|未|非|不是)[^，。]{0,4})授权|报关|溯源|(?<!不)(?:是|都是|保证)正品|品牌直供|官方直供/],
  },
  {
    // No authorisation said of goods being sold cheap: 没有正品授权的，是工厂直接出的货，所以便宜.
    words: ['没有正品授权', '没有品牌授权', '没有授权', '无品牌授权', '未经品牌授权', '没有官方授权', '没拿到授权', '没授权'],
    severity: 'warn',
    message: '说商品没有品牌授权却在售卖，暗示不是正品（规则 2.8）',
    sentence: /便宜|价格|货|专柜|质量|效果|一样|差不多/,
    notSentence: /不卖|不能卖|不做|下架|不销售|不代理|不上架|举报|侵权|所以不/,
    deniable: false,
  },
  {
    // Priced as a fraction of the genuine article: 正品价格的零头, 正品的五分之一价格. (专柜价的一半 is an
    // honest cross-border price comparison and is not matched: only 正品/真品/正版 are.)
    words: ['正品', '真品', '正版', '原版', '真货'],
    severity: 'block',
    message: '以“正品价格的零头/几分之一”作比，暗示商品不是正品（规则 2.8）',
    after: /^(?:的)?(?:价格?|价钱|售价)?(?:的)?(?:零头|[0-9一二三四五六七八九十几]+分之一|一折|几折|半价)/,
    grow: true,
    deniable: false,
  },
  {
    // Cheaper than the genuine article: 比正品便宜一大半.
    words: ['比正品', '比真品', '比正版', '比原版', '比真货'],
    severity: 'warn',
    message: '与“正品”比价，暗示自家商品不是正品（规则 2.8）',
    after: /^(?:便宜|还便宜|实惠|划算|低|少)/,
    grow: true,
  },
  {
    // Same as the real thing, only cheaper: 和专柜一样但便宜, 跟正品一模一样才三百.
    words: ['一样', '一模一样', '没区别', '没有区别', '没差别', '无差别', '差不多', '没两样', '一个样'],
    severity: 'warn',
    message: '说商品和专柜/正品一样却便宜很多，暗示不是正品（规则 2.8）',
    before: /(?:和|跟|与|同)(?:专柜|正品|真品|原版|正版|大牌|原装|品牌)(?:的|货|款|的货)?(?:是|都)?(?:几乎|基本|基本上|完全|都|看起来|用起来)?$/,
    sentence: /便宜|零头|分之一|白菜价|一折|半价|价格低|低价|价格美丽|才[0-9一二两三四五六七八九十几]+|只要[0-9一二两三四五六七八九十几]+/,
    notSentence: /(?:是|都是|保证|百分百|绝对)正品|正品保证|的正品|(?<!(?:没|无|未|非|不是)[^，。]{0,4})授权|同一批|关税|免税|跨境|保税|直邮|进口|活动|优惠|补贴/,
  },
];

const rule = cueRule({
  meta: {
    id: 'counterfeit-implied',
    clause: '2.8',
    severity: 'block',
    title: { zh: '暗示不是正品', en: 'Implying the goods are not genuine' },
    description: {
      zh: '规则 2.8 也禁止暗示商品为假货：说“不是正品、不保真”，说和正品“分不出来、专柜验不出来、懂的都懂”，说品牌或专柜不认、不能拿去验，或说和正品出自同一工厂。带有赔付承诺、假设或反问（假一赔十、鉴定不是正品全额退款、怎么可能不是正品）的不算。',
      en: 'Rule 2.8 also forbids implying the goods are fake: "not genuine", "no one can tell them from the real thing", "the counter would not pass them", "same factory as the brand". Guarantees, hypotheses and rhetorical denials are fine.',
    },
    hint: { zh: '如实说明来源与凭证，例如“品牌授权正品，支持专柜验货，假一赔十”。', en: 'State the real source and proof, e.g. "authorised genuine goods, counter inspection welcome".' },
  },
  cues,
  regexes: [REMEDY, GENUINE, ADVICE],
});

export default rule;
