// 2.6: selling services that have nothing to do with the shop's goods (代写论文, 代考, 办证, 刷粉, 代办签证,
// 移民, 游戏代练, 代开发票). Traps: customs services the shop really provides (代办清关, 跨境税由平台代缴),
// gift services (代写贺卡), buyers who happen to be students abroad (留学生也可以下单). Also car/life insurance, exam
// materials (考研资料全套便宜出), selling on one's own account (我自己闲鱼有卖) and personal favours (帮我看看孩子作业) —
// not 我自己也在用, not a desk lamp for homework.
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.

import { cueRule, type Cue } from '../detect/cue-rule';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';

/** The shop offering something: 我们也可以…, 有需要找我, 需要…吗. */
const OFFER = /(?:我们|我|另外|顺便|还|也|同时|专业)[^]{0,3}(?:可以|能|接|做|提供|帮|代|办|有)|有需要[^]{0,6}(?:找我|联系我|跟我说|告诉我|私聊|说一声)|需要[^]{0,4}(?:可以)?(?:找我|联系我|私聊|私我|吱一声|说一声)|要的话|需要的话|便宜出|低价出|吱一声|需要[^]{0,10}吗|找他|找她|介绍给你|介绍给您|给您介绍|给你介绍|推荐给您|渠道|包过|价格优惠|收费/;
/** The shop's own import-service talk. */
const OWN_SERVICE = /清关|报关|关税|税费|缴税|代缴|实名|订购人|身份证信息|快递|下单|收货|地址|贺卡|留言卡|包装|订单|发票抬头|开票信息|电子发票/;

const cues: Cue[] = [
  {
    // Selling on one's own account elsewhere: 我自己闲鱼有卖, 我个人也在卖, 我朋友开了家店.
    words: ['我自己', '我私人', '我个人', '我私下', '我朋友', '我家亲戚', '我老婆', '我老公'],
    severity: 'block',
    message: '客服私下推销自己或亲友的生意，与店铺服务无关（规则 2.6）',
    after: /^[^]{0,8}(?:有卖|在卖|也卖|有得卖|卖这个|开了家|开了个|开的店|的店|小店|搜我|私下卖)/,
    notAfter: /^[^]{0,8}(?:买的|用的|也在用|在用)/,
  },
  {
    // Personal favours: 有空帮我看看孩子作业吗, 帮我辅导一下孩子.
    words: ['孩子作业', '看看作业', '辅导作业', '辅导孩子', '辅导一下', '帮我带孩子', '帮我接孩子', '帮我看孩子', '帮我看看孩子'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    sentence: /帮我|帮忙|有空|能不能|可以|吗|老师/,
    notSentence: /学习桌|台灯|文具|书包|点读|学习机|商品|这款|适合/,
  },
  {
    // Personal favours asked of the buyer: 帮我女儿投个票, 帮我砍一刀, 转发水滴筹, 填一份问卷, 能借我两百块吗.
    words: ['投个票', '投一票', '帮忙投票', '砍一刀', '帮我砍', '助力一下', '水滴筹', '轻松筹', '填个问卷', '填一下问卷', '填一份关于', '问卷', '借我', '领养', '帮忙转发', '帮我转发'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    notSentence: /售后问卷|满意度|平台的|评价|订单/,
  },
  {
    // Selling something else: 保险, 驾校, 家教, 炒股老师带单, 入股, 二手房, 私教课, 微商代理, 梯子.
    words: ['重疾险', '医疗险', '卖保险', '也卖保险', '驾校', '家教', '英语老师', '带单', '炒股', '入股', '年化收益', '二手房', '房产中介', '买房', '私教课', '减肥课', '微商', '梯子', '外网', '招分拣', '招带货主播', '主播底薪'],
    notAfter: /^(?:城|品牌)/,
    severity: 'block',
    message: '推销与店铺无关的服务或招揽，客服工具仅限客户服务（规则 2.6）',
    notSentence: /运费险|退货险|不招|不做|不卖|没有/,
  },
  {
    words: [
      '代写论文', '论文代写', '代写作业', '作业代写', '代写毕业', '代写报告', '代考', '替考', '考试包过', '四六级包过', '驾照包过', '包过', '办假证', '办证件', '办各类证',
      '做假证', '刻章', '假文凭', '买学历', '办学历', '学历提升', '代练', '游戏代练', '上分', '陪玩', '刷粉', '买粉', '涨粉', '刷粉丝', '刷流量', '刷播放', '刷赞',
      '刷评论', '刷点赞', '代开发票', '开票点数', '挂专家号', '代挂号', '黄牛号', '黄牛票', '代抢票', '抢票服务', '代办签证', '签证代办', '办签证', '留学申请', '留学中介',
      '办留学', '代办留学', '办理移民', '移民中介', '私家侦探', '查开房', '手机定位', '定位手机', '查聊天记录', '代驾', '算命', '看风水', '塔罗占卜', '转运符', '翻墙',
      '科学上网', '代运营', '直播代运营', '卖号', '收号', '租号', '代充', '刷信誉', '刷销量', '婚介', '征婚', '相亲介绍', '代孕',
    ],
    severity: 'block',
    message: '推销与店铺无关的服务，客服工具仅限客户服务',
    notAfter: /^(?:敏|期)/,
  },
  {
    words: ['签证', '留学', '移民', '机票', '酒店', '装修', '家政', '保洁', '搬家', '证件', '学历', '驾照', '考试', '论文', '作业', '代办', '开锁', '跑腿', '贷', '保险', '理财', '投资', '股票', '炒股', '基金', '彩票',
      '车险', '寿险', '意外险', '养老险', '商业险', '交强险', '考研', '考公', '考编', '网课', '题库', '真题', '资料全套', '课程资料', '学习资料'],
    severity: 'block',
    message: '疑似推销与店铺无关的服务，客服工具仅限客户服务',
    sentence: OFFER,
    notSentence: OWN_SERVICE,
    notAfter: /^(?:生|页|局|复印件|照片|风格|材料|箱|公司地址|了)/,
  },
];

const rule = cueRule({
  meta: {
    id: 'unrelated-service',
    clause: '2.6',
    severity: 'block',
    title: { zh: '推销与店铺无关的服务', en: 'Offering unrelated services' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于客户服务。代写论文、代考、办证、刷粉、代办签证或移民、游戏代练、代开发票等与店铺商品无关的服务会被拦截；清关代办、跨境税代缴、代写贺卡等店铺自身服务不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Offering essay writing, exam proxies, fake certificates, follower farming, visa or migration services and similar is blocked; the shop\'s own customs and gift services are fine.',
    },
    hint: { zh: '删除与店铺无关的服务推销，只处理买家的订单和商品问题。', en: 'Remove the unrelated offer and deal with the buyer\'s order or product question.' },
  },
  cues: framed(cues),
  regexes: WARNING_FRAME_REGEXES,
});

export default rule;
