// 2.5 (and 2.7 for violence): threats and intimidation — 后果自负, 你等着, 有的是办法让你后悔, 收拾你,
// 把你信息发到网上, 我知道你住哪, 上门找你, 砍了他. Traps: safety advice (小心烫, 不良后果, 后果自负 after
// an overdose warning), couriers (上门取件, 送到你家门口), promotions (不买会后悔), idioms (打死我也想不到).

import { cueRule, re, type Cue } from '../detect/cue-rule';

/** A complaint, review or refund dispute in the sentence: what turns 后果自负 / 你等着 into a threat. */
const DISPUTE = /差评|中评|投诉|举报|维权|退款|退货|不删|不撤|不改|撤销|撤诉|曝光|闹|乱说|敢|不然|否则|不听|不配合|不确认|不回复|评价|信不信|劝你|别逼|老实|识相|给我/;
/** Promotions, where 后悔 is a sales line (不买会后悔的). */
const SALES_REGRET = /错过|不买|没买|不入|不囤|不抢|不试|买了|入手|回购|值得|不会后悔|不后悔|保证满意/;
/** Personal data an agent can hold over a buyer. */
const PERSONAL_DATA = '(?:手机号|手机|电话|地址|住址|身份证|信息|照片|家人|家里人|单位|公司|聊天记录|个人信息|名字|姓名|订单信息)';

const cues: Cue[] = [
  {
    words: [
      '吃不了兜着走', '有你好受', '有你好看', '让你好看', '给你点颜色', '让你知道厉害', '让你尝尝', '走着瞧', '等着瞧', '骑驴看唱本', '这事没完', '跟你没完', '咱们没完',
      '饶不了你', '不会放过你', '绝不放过你', '没你好果子吃', '没好果子吃', '你死定了', '你完蛋了', '找你算账', '秋后算账', '跟你算账', '慢慢算', '让你混不下去',
      '身败名裂', '人肉你', '人肉搜索', '曝光你', '把你曝光', '别逼我', '别逼我们', '不要逼我', '逼我动手', '收拾你', '整死你', '你给我等着', '给我等着', '你等着瞧',
      '劝你别乱来', '劝你识相', '识相点', '让你坐牢', '告死你', '去你单位', '去你们单位', '找你领导', '找你们领导', '告诉你领导', '查到你家',
      '你家里人的电话', '付出代价', '后果你承担', '后果你自己承担', '让你上黑名单', '把你拉黑名单', '拉进黑名单', '有的是办法让你', '有的是手段让你',
      '有的是办法整你', '给你点教训', '教训教训你', '教你做人', '夜路走多了',
    ],
    severity: 'block',
    message: '威胁、恐吓买家',
    notSentence: /不会放过你的(?:任何|每)/,
  },
  {
    // 小心点 is a threat in a dispute, safety advice otherwise (你小心点拆，里面是玻璃).
    words: ['你小心点', '你最好小心', '最好小心点', '小心你的', '出门小心点', '出门注意安全', '注意你的安全', '小心点儿', '小心点'],
    severity: 'block',
    message: '以“小心点”恐吓买家',
    sentence: DISPUTE,
    notSentence: /烫|玻璃|易碎|锋利|刀|拆|轻放|摔|滑|夹手|过敏|儿童|宝宝/,
  },
  {
    words: ['记住你了', '我记住你', '记住你这个人'],
    severity: 'block',
    message: '威胁、恐吓买家',
    notSentence: /留|优惠|老客|下次|福利|送|谢谢|感谢|喜好|尺码/,
  },
  {
    words: ['让你后悔', '你会后悔的', '会让你后悔', '后悔一辈子', '让你后悔一辈子', '后悔莫及'],
    severity: 'block',
    message: '以“让你后悔”威胁买家',
    notSentence: SALES_REGRET,
  },
  {
    words: ['后果自负', '后果很严重', '后果你知道', '后果不堪设想', '自己看着办', '你看着办', '看着办吧'],
    severity: 'block',
    message: '以“后果自负”威胁买家',
    sentence: DISPUTE,
  },
  {
    // 你等着 / 你就等着吧 at the end of a sentence about a dispute; not 您等着收货吧.
    words: ['等着'],
    severity: 'block',
    message: '以“你等着”威胁买家',
    before: /(?:你|你就|你们|你们就|那你就|那你|你丫)$/,
    after: /^(?:吧|瞧|看|好了|吧你)?$/,
    sentence: re`(?:${['差评', '投诉', '举报', '住', '地址', '电话', '敢', '退款', '闹', '曝光', '记住']})`,
  },
  {
    // 你再给差评试试 / 给 差 评 试 试 / 敢投诉试试.
    words: ['试试', '试试看'],
    severity: 'block',
    message: '挑衅威胁买家（“…试试”）',
    before: /(?:差评|中评|投诉|举报|曝光|闹|乱说|退款|退货)[^]{0,4}$|(?:敢|再)(?:给|打|点|发|投诉|举报|差评|闹|退|说|乱说|写)[^]{0,8}$/,
  },
  {
    // 敢投诉？/ 谁敢给差评.
    words: ['敢投诉', '敢给差评', '敢差评', '敢举报', '敢曝光', '敢乱说', '敢给中评', '敢退货'],
    severity: 'block',
    message: '威胁买家不许投诉或差评',
    before: /(?:你|谁|你们|你要是|要是|你再|再|还)$/,
  },
  {
    // 你的手机号和地址我这都有，别逼我 — holding personal data over the buyer.
    words: ['都有', '全都有', '都知道', '都查到', '全有', '我这有', '早就有', '都掌握', '记下了', '存着'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: re`${PERSONAL_DATA}(?:和[^]{1,6})?(?:我|我们|我这|我这边|我们这边|我们这|这边)?$`,
    sentence: /别逼|劝你|小心|等着|看着办|乱来|老实|识相|最好|后果|敢|曝光|网上|试试|上门|找你|后悔/,
  },
  {
    words: ['查到', '知道', '找到', '掌握了', '打听到'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    after: /^(?:了)?(?:你家|你家里人|你家人|你们家|你老婆|你老公|你孩子|你父母|你单位|你公司|你住)/,
    sentence: /别逼|劝你|小心|等着|看着办|乱来|老实|识相|最好|后果|敢|曝光|网上|试试|上门|找你|后悔|差评|投诉/,
  },
  {
    // 把你的地址电话发到网上 / 公开你的信息.
    words: ['发到网上', '发网上', '挂网上', '挂到网上', '传到网上', '发到朋友圈', '发朋友圈', '发到群里', '公开', '曝光', '挂出来', '贴出来', '发到抖音', '发到快手'],
    severity: 'block',
    message: '以公开买家个人信息相威胁',
    sentence: re`(?:你的|你|你家)(?:[^]{0,6})?${PERSONAL_DATA}`,
    notSentence: /不会公开|不公开|不会曝光|加密|保密|隐私保护/,
  },
  {
    // 你家门口 / 去你家 — a threat unless it is about a delivery.
    words: [
      '去你家', '到你家', '你家门口', '你家楼下', '上你家', '堵你', '蹲你', '等你下班', '门口等你', '上门找你', '找上门', '找你家人', '找你家里人', '知道你住哪',
      '知道你住在哪', '知道你家在哪', '知道你家住哪', '知道你家住在哪',
    ],
    severity: 'block',
    message: '以上门或掌握住址相威胁',
    notSentence: /快递|派送|送货|配送|包裹|签收|取件|驿站|送到|送达|安装|上门服务|上门取|师傅|物流|运费|发货|寄|城市|省|仓|代收/,
  },
  {
    words: ['起诉你', '告你', '让你赔', '吃官司', '报警抓你', '让警察'],
    severity: 'warn',
    message: '以法律手段恐吓买家，容易被认定为骚扰',
    sentence: DISPUTE,
  },
  {
    // Violence: also prohibited content (2.7), reported here as a threat.
    words: [
      '砍了他', '砍了你', '砍死', '砍你', '弄死你', '弄死他', '打死你', '打死他', '揍你', '揍死你', '揍一顿', '打你一顿', '打断你的腿', '打断你腿', '打断腿',
      '捅死', '捅你', '杀了你', '杀你全家', '弄残', '打残', '废了你', '卸你', '找几个兄弟', '找人打', '找人弄', '找人收拾', '叫人打', '带人过去', '带几个人',
      '刀了你', '泼硫酸', '炸了你', '让你躺着', '让你住院', '剁了你', '干死你', '干掉你', '弄你一顿', '找人弄你', '我弄你', '削你',
    ],
    severity: 'block',
    message: '暴力威胁（同时属于 2.7 暴力内容）',
  },
];

const rule = cueRule({
  meta: {
    id: 'threat',
    clause: '2.5',
    severity: 'block',
    title: { zh: '威胁、恐吓买家', en: 'Threatening or intimidating the buyer' },
    description: {
      zh: '规则 2.5 禁止恐吓、威胁他人，2.7 禁止发送威胁、暴力内容。“后果自负”“你等着”“我知道你住哪”“把你信息发到网上”“上门找你”以及暴力威胁会被拦截；安全提示（小心烫、不良后果）和快递上门不算。',
      en: 'Rules 2.5/2.7 forbid threats, intimidation and violence. "You\'ll bear the consequences", "just wait", "I know where you live", doxxing and violent threats are blocked; safety advice and courier visits are fine.',
    },
    hint: {
      zh: '删除威胁的话。对差评或投诉有异议，请通过平台申诉，并向买家说明处理方案。',
      en: 'Remove the threat. Dispute reviews or complaints through the platform and tell the buyer how you will resolve the issue.',
    },
  },
  cues,
});

export default rule;
