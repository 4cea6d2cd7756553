// Scripted content for the simulated shop: an import (跨境) store on Kuaishou, its products and
// buyers. Plain data so the story is easy to read and extend. Every reply here is compliant with
// the platform rules: the demo's own content must never trip the guard.

export const SHOP_NAME = '海淘优选官方旗舰店';
export const AGENT_NAME = '小橙';

export interface Product {
  title: string;
  price: string;
}

export const PRODUCTS: readonly Product[] = [
  { title: '【保税仓直发】a2 Platinum 白金版婴幼儿奶粉 3段 900g', price: '229.00' },
  { title: '【海外直邮】La Mer 海蓝之谜精华面霜 60ml', price: '2180.00' },
  { title: '【保税仓】Swisse 钙+维生素D 迷你钙片 150片', price: '129.00' },
  { title: '【跨境】花王妙而舒纸尿裤 L54片 ×2包', price: '158.00' },
  { title: '【保税仓直发】爱他美卓萃 婴幼儿配方奶粉 3段 900g', price: '318.00' },
  { title: '【海外直邮】Blackmores 深海鱼油软胶囊 1000mg 400粒', price: '199.00' },
  { title: '【保税仓】SK-II 护肤精华露 神仙水 230ml', price: '1040.00' },
  { title: '【保税仓直发】Bio Island 婴幼儿乳钙 90粒', price: '139.00' },
];

export interface Persona {
  nickname: string;
  /** Index into PRODUCTS: what this buyer is interested in. */
  product: number;
  /** Where the buyer came from (the bizBuyerFromCard). */
  from: '商品详情页' | '店铺首页' | '直播间' | '搜索' | '活动页';
  /** Live questions, asked one after another by the simulation. */
  questions: readonly string[];
  /** An earlier, answered exchange shown as history: [buyer, agent] pairs. */
  history: readonly (readonly [string, string])[];
}

export const PERSONAS: readonly Persona[] = [
  {
    nickname: '小鹿妈妈',
    product: 0,
    from: '商品详情页',
    questions: [
      '你好，这款a2奶粉是保税仓发货吗？今天下单什么时候能发？',
      '生产日期是什么时候的呀，保质期还有多久',
      '需要提供身份证号清关吗？',
      '在吗？',
    ],
    history: [
      ['请问3段适合多大的宝宝', '您好，3段适合1-3岁的宝宝饮用，可以放心选购哦'],
      ['好的谢谢', '不客气，有问题随时联系我们'],
    ],
  },
  {
    nickname: '杭州张女士',
    product: 1,
    from: '直播间',
    questions: [
      '海蓝之谜面霜是正品吗，有没有溯源码可以查',
      '我昨天下单的面霜还没发货，麻烦帮忙看一下',
      '海外直邮大概要多少天能到杭州？',
    ],
    history: [
      ['直播间说的赠品会一起发吗', '您好，直播间下单的赠品会随订单一起发出，请放心'],
    ],
  },
  {
    nickname: '阿杰不吃香菜',
    product: 2,
    from: '搜索',
    questions: [
      '钙片老人可以吃吗？一天吃几粒',
      '订单显示清关中两天了，正常吗',
      '能开发票吗？',
    ],
    history: [
      ['支付人和收货人不一样可以吗', '您好，跨境商品需要支付人与订购人信息一致，收货人可以不同'],
    ],
  },
  {
    nickname: '用户3721489',
    product: 3,
    from: '活动页',
    questions: [
      '纸尿裤是日本本土版吗',
      '收到的一包外包装破了，怎么处理',
      '？？',
    ],
    history: [],
  },
  {
    nickname: 'momo酱',
    product: 4,
    from: '店铺首页',
    questions: [
      '爱他美卓萃现在有活动吗',
      '保税仓发货的话，物流能查到吗',
      '如果宝宝喝了不适应可以退吗',
    ],
    history: [
      ['奶粉是罐装还是盒装', '您好，这款是罐装900g，密封包装'],
      ['好的', '感谢您的支持，祝宝宝健康成长'],
    ],
  },
  {
    nickname: '爱吃橘子的猫',
    product: 5,
    from: '商品详情页',
    questions: [
      '鱼油孕妇能吃吗',
      '跨境商品每年有额度限制吗？',
    ],
    history: [['鱼油是什么味道的', '您好，这款鱼油胶囊几乎没有腥味，建议饭后服用']],
  },
  {
    nickname: '向日葵',
    product: 6,
    from: '直播间',
    questions: [
      '神仙水和专柜的一样吗',
      '为什么我的订单要实名认证',
      '什么时候能到货呀，急用',
    ],
    history: [],
  },
  {
    nickname: '晴天小王',
    product: 7,
    from: '搜索',
    questions: ['乳钙几个月的宝宝可以吃', '快递停在海关了，怎么回事'],
    history: [['有试用装吗', '您好，这款暂时没有试用装，您可以先购买小规格体验']],
  },
  {
    nickname: '北京李先生',
    product: 0,
    from: '店铺首页',
    questions: ['一次买6罐能便宜点吗', '需要身份证照片吗，还是只要号码'],
    history: [],
  },
  {
    nickname: '糖糖妈',
    product: 4,
    from: '活动页',
    questions: ['优惠券怎么用不了', '下单后能改地址吗？'],
    history: [],
  },
];

/** Follow-ups a waiting buyer sends when nobody answers. */
export const NUDGES: readonly string[] = ['在吗？', '有人吗', '？？', '麻烦快点回复一下，谢谢'];

/** What a buyer says after the agent answered. */
export const THANKS: readonly string[] = ['好的，谢谢', '明白了', '好的我知道了', '行，那我下单了'];

/** Canned system rows the simulation and the control panel can insert. */
export const SYSTEM_TEXTS = {
  accepted: `[系统消息] 会话已由客服${AGENT_NAME}接待`,
  autoReply: `[系统自动回复消息] 亲，欢迎光临${SHOP_NAME}，客服马上为您服务`,
  agentTimeout: '客服超时未回复，会话关闭',
  buyerTimeout: '买家超时未回复，会话关闭',
  antiFraud: '【防诈贴士】平台不会以任何理由要求您添加私人联系方式、点击链接退款或转账，请提高警惕',
  viewing: '买家正在查看商品',
} as const;

/** The rating row's text: 「用户已经评价：满意」, 「…：一般」 or 「…：失望」. */
export const RATING_LABELS = { satisfied: '满意', neutral: '一般', disappointed: '失望' } as const;
export type Rating = keyof typeof RATING_LABELS;
export const RATING_PREFIX = '用户已经评价：';

export const ORDER_STATES = ['待发货', '清关中', '已发货', '已签收'] as const;
