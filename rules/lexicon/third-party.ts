// Clause 2.3 lexicon (third-party information): plain words, folded by the engine like drafts.
// Tags tell each rule's check how to judge a hit. Sources: notes/lint.md §4–§6.

import { terms, variants, type TermSpec } from '../define-rule';

// ── WeChat ────────────────────────────────────────────────────────────────────────────────────────
// 微信 and its look-alikes (薇信 威信 徽信 维信 围信 微伩 微讯…), latin names, nicknames.
export const WECHAT_TERMS: TermSpec[] = [
  ...terms([...variants('微信', { 微: '微薇威徽溦葳维围媺嶶崴', 信: '信伩讯锌' }), 'weixin', 'wechat', 'vx', 'wx', 'v信', 'vx信', 'wx信',
    '微x', '薇x', '威x', '微v', '薇v', 'wei信', '微xin', 'weix', '绿泡泡', '绿泡', '企业微信', '企微', '小绿书', '绿色软件', '绿色app', '绿软', '某信',
    '薇芯', '威芯', '唯信', '伟信', '韦信', '喂信', '微伈',
    // round 31 (t31a): voice input's 为 and 心 for 微 and 信 (加我为心, 加我维心)
    '为心', '为信', '维心', '威心', '薇心',
    // round 19 (t19di): the green-bubble nickname spelt out (绿色泡泡搜店名拼音就能找到我)
    '绿色泡泡', '绿色气泡', '绿气泡', '小绿泡',
    // round 11 (t11d): the look-alikes of 微 before a latin x as well (溦x:mm_0909, 徽x, 嶶x), as before 信.
    ...variants('微x', { 微: '徽溦葳媺嶶' }),
    // round 42 (t42f): the WeChat id called 微号 / 薇号 (她的微号是 candle一一520)
    '微号', '薇号',
    // round 56 (eng56a): 信 written as its split components 亻言 (威亻言 lucy8866, 加我微亻言)
    ...variants('微亻言', { 微: '微薇威徽溦葳维媺' })], { tag: 'token' }),
  // A personal account with no app named: 加我私人号, 加我个人号.
  ...terms(['私人号', '个人号', '私号', '工作号', '小号', '私人账号', '个人账号'], { tag: 'account' }),
  ...terms(['卫星', 'v', '小绿', '绿色'], { tag: 'weak' }),
  // Commands that are the channel and the call at once: 微我 (add me on WeChat), V我, ＋V / 加V.
  ...terms(['微我', '薇我', '威我', 'v我', 'vx我', 'wx我', '加v', '+v', '加个v', '加下v', '加我v', '加一下v', '+vx', '+wx', '加vx', '加wx',
    '扫v', '私v', '滴v', '➕v', '加微', '+微', '加薇', '+薇', '加威', '+威', '加个微', '加我微', '加下微', '加个薇', '+我v', '+我微', '加我个v', '+我vx', '+个v'], { tag: 'command' }),
  // …every add-command with a look-alike of 微 (加我薇：…, +我溦; round 9); 维 围 徽 崴 left out (加维生素, 加个围巾, 加徽章).
  ...terms([...new Set(['加', '加我', '加个', '加下', '加一下', '+', '+我'].flatMap((p) => [...'微薇威溦葳媺'].map((c) => p + c)))].filter((t) => !['加微', '+微', '加薇', '+薇', '加威', '+威', '加个微', '加我微', '加下微', '加个薇', '+我微'].includes(t)), { tag: 'command' }),
  { term: '+我', tag: 'command', severity: 'warn' },
  // "the WeChat id is my phone number": points to a number even without the number.
  ...terms(['微信同号', '手机同号', '电话同号', '同微', '同v', '同vx', '同微信', '同薇', '手机同v', '电话同v', '微信同手机', '微信同电话', '同手机号',
    'vx同号', 'wx同号', 'v同号', '微同号', '卫星同号', '小绿同号', '绿泡泡同号', '微信号同手机', '微信就是手机号', '微信是手机号', '微信号就是手机号', '号就是我手机号', '就是我手机号'], { tag: 'same' }),
];

// ── QQ ────────────────────────────────────────────────────────────────────────────────────────────
export const QQ_TERMS: TermSpec[] = [
  ...terms(['qq', '扣扣', '抠抠', '蔻蔻', '叩叩', '寇寇', '企鹅号', '企鹅', '球球', 'q号', 'qq号', 'q群', 'qq群', '扣扣群', '扣群', 'q q', '群号', '口口', 'qqqq', '扣口', 'koukou'], { tag: 'token' }),
  ...terms(['q'], { tag: 'weak' }),
  ...terms(['扣我', 'q我', 'qq我', '加q', '+q', '加扣', '加扣扣', '加企鹅', '加球球', '加个q', '加我q', '加qq', '+qq'], { tag: 'command' }),
];

// ── Other instant messengers ──────────────────────────────────────────────────────────────────────
export const OTHER_IM_TERMS: TermSpec[] = [
  ...terms(['telegram', '电报', '纸飞机', '小飞机', '飞机号', '飞机群', '飞机频道', 'whatsapp', 'whats app', 'kakaotalk', 'kakao', '카톡',
    '钉钉', '飞书', 'dingding', 'dingtalk', 'feishu', 'skype', '陌陌', '探探', '小红书号', '红书号', '抖音号', 'dy号', '微博号', 'ins号', 'instagram', 'facebook',
    'messenger', 'viber', 'signal', '企鹅群', '推特', 'twitter', '脸书', 'zalo', 'wechat号', '连我',
    // a messenger described, not named: 鹅厂那个聊天软件搜 二八六五… (round 9; judged like a name: an act or a value)
    '聊天软件', '社交软件', '通讯软件', '聊天工具', '社交app', '聊天app', '鹅厂',
    // round 32 (t32e): meeting apps as a private video line (您进腾讯会议，会议号 826 331 905; 开个zoom会议): judged like a name, an act or a value
    '腾讯会议', '钉钉会议', '飞书会议', 'zoom会议', '会议号', '会议id', '会议室号', 'teams会议', 'webex'], { tag: 'token' }),
  ...terms(['tg', 'line', 'ins', 'ig', 'fb', 'soul', 'wa', '飞机', '丁丁', '盯盯',
    // Instagram's nicknames (round 29, t29d): on the gram, my insta — weak, so a name alone (the gram of sugar) is fine
    'the gram', 'insta',
    // round 32 (t32e): Zoom, weak (a lens's zoom)
    'zoom'], { tag: 'weak' }),
];

// ── E-mail ────────────────────────────────────────────────────────────────────────────────────────
export const EMAIL_TERMS: TermSpec[] = terms(['邮箱', '电子邮箱', '电邮', 'email', 'e-mail', 'mail', '邮件', 'qq邮箱', '扣扣邮箱', '163邮箱', '网易邮箱', 'gmail', 'outlook',
  'hotmail', 'yahoo', 'icloud', 'foxmail', '126邮箱', '新浪邮箱', '谷歌邮箱'], { tag: 'token' });

// ── Other platforms (names and euphemisms) ────────────────────────────────────────────────────────
export const PLATFORM_TERMS: TermSpec[] = [
  ...terms(['淘宝', '淘宝网', '手机淘宝', '掏宝', '套宝', 'tao宝', '淘b', 't宝', '鲸东', '晶东', '京咚', '拼哆哆', '拼dd', 'p多多', '抖y', 'dou音', '小红树', '网易严选', '严选',
    '盒马', '猫超', '网易考拉', 'jingdong', 'pinduoduo', 'douyin', 'xiaohongshu', 'tianmao', '天猫', '天猫国际', '京东', '京东国际', '京东自营', '拼多多', '抖音', '抖店', '抖音商城', '小红书', '红书',
    '闲鱼', '咸鱼', '得物', '唯品会', '微店', '有赞', '1688', '阿里巴巴', '苏宁', '考拉海购', '亚马逊', '当当', '转转', '蘑菇街',
    '洋码头', '淘特', '聚划算', '美团', '饿了么', '快团团', '视频号', '微博', 'b站', '哔哩哔哩', '速卖通', '虾皮', 'shopee', 'temu',
    '某宝', '某东', '狗东', '拼夕夕', '某夕夕', '某多多', '并夕夕', '桃宝', '淘bao', '某猫', '某音', '抖荫', '斗音', '某书', '小红薯',
    '某鱼', '闲🐟', '某物', '马爸爸家', '东哥家', '猫店', '淘系',
    // round 39 (t39i): YouTube by its nickname (在油管频道上，搜…就有), judged by the same shop/search/lure tests
    '油管', 'youtube', '油土鳖',
    // round 10: bare short names (鱼上 = 闲鱼上, 夕夕 = 拼夕夕), judged by the same shop/search/lure tests
    '鱼上', '夕夕',
    'taobao', 'tmall', 'jd', 'pdd', 'tb', 'dy', 'xhs', 'wb', 'amazon', 'xianyu', 'dewu',
    // round 52 (il52): a platform's name with one unit masked by a letter or a star (小X书, 抖x, 拼x多, 闲x, 淘x), and the second-hand book
    // marketplaces (孔夫子旧书网, 多抓鱼), judged by the same shop/search/lure tests
    '小x书', '小*书', '小×书', '抖x', '抖*', '拼x多', '拼*多', '闲x', '淘x', '京x', '孔夫子旧书网', '孔夫子网', '孔网', '多抓鱼',
    // round 12 (t12a): marketplaces abroad
    'vinted', 'ebay', 'etsy', 'poshmark', 'mercari', 'carousell', 'shopee', 'lazada', 'depop'], { tag: 'platform' }),
  // Round 30 (t30a): a rival called by its nickname (“多多”上也有我们家 = 拼多多, 音符上 / 抖抖上 = 抖音, 小黄鱼上 = 闲鱼, 红薯上 / 小红本上 = 小红书): ordinary words too
  // (优惠多多, 小黄鱼), so judged as a platform only when quoted or named as a place (…上/里/app).
  ...terms(['多多', '音符', '小黄鱼', '抖抖', '红薯', '小红本',
    // round 39 (t39i): JD as 东东 (这款在东东上也有我们的旗舰店) — also "a thing" (这个东东很好用), so a nickname
    '东东',
    // round 42 (t42f): Weibo as 围脖 (您去我们围脖看吧) and Xianyu as 海鲜市场 (在海鲜市场，搜“…”) — a scarf and a fish market too
    '围脖', '海鲜市场',
    // round 43 (t43e): a rival cut to its first character and quoted (发在“抖”那边了, “淘”上搜) — a place only in quotes (other-platform-ad)
    '抖', '淘'], { tag: 'nickname' }),
  ...terms(['独立站', '官网', '官方商城', '小程序', '网店', '自营商城', '网站', 'app', '客户端'], { tag: 'own-channel' }),
  ...terms(['百度', '谷歌', '必应', 'google', 'baidu'], { tag: 'search-engine' }),
  // Another account of the shop (我还有个号叫…; round 8).
  ...terms(['还有个号', '还有一个号', '另一个号', '另外一个号', '另外个号', '新号', '副号'], { tag: 'other-account' }),
  // Another shop or account of ours named after 还有/另外开了 (我们快手还有个2号店…那边底价更低; round 11): judged by the lead and a lure there.
  ...terms(['号店', '分店', '二店', '新店', '副店', '小号', '子店', '姐妹店', '副账号', '小店号'], { tag: 'own-other-shop' }),
  // A platform described instead of named (音符图标的平台, 那本“红色的书”, 聊天软件): judged by the description and our presence there.
  // (round 30, t30a: …or its mall told by its mascot — 那个猫的商城里我们有旗舰店)
  // (round 31, t31b: …or a site told by its icon — 那个小电视图标的视频网站上开了同名的号)
  ...terms(['平台', '软件', '书', '商城', '视频网站', '购物网站'], { tag: 'described' }),
  ...terms(['同名店铺', '同名店', '同名小店', '同名账号', '同名号'], { tag: 'same-name' }),
  // Another person's shop the buyer is sent to (隔壁“悉尼优选”是我朋友开的…您去看看，报我名字打九折; round 9).
  ...terms(['朋友开的', '朋友家', '朋友的店', '朋友店里', '隔壁店', '隔壁家', '隔壁那家', '隔壁', '别家店', '另一家店', '他家', '那家店'], { tag: 'other-shop' }),
  ...terms(['其他平台', '其它平台', '别的平台', '外平台', '别的app', '其他app', '其它app', '别的软件', '其他软件', '别的渠道', '其他渠道'], { tag: 'elsewhere' }),
];

// ── Payment accounts and transfers ────────────────────────────────────────────────────────────────
export const PAYMENT_TERMS: TermSpec[] = [
  ...terms(['支付宝', '支付宝账号', '支付宝账户', 'zfb', '吱付宝', '支付包', '支付保', '支fu宝', '某付宝', '支护宝', '吱吱', 'zhifubao', 'alipay', '阿里支付',
    '支宝', 'zhi付宝', '支付bao', 'zhifu宝', '支付宝号', 'zfb号', '支付饱', '支付堡', '吱付包', '只付宝', '云闪付', 'paypal', '贝宝', '数字人民币',
    // round 12 (t12a): overseas wallets
    'venmo', 'cashapp', 'cash app', 'zelle', 'revolut', 'wise账户', 'payme', 'fps转数快', '转数快',
    // round 31 (t31a): Japanese, Korean and Taiwanese wallets (PayPayで払って, LINE Pay, 楽天ペイ, 카카오페이, 街口支付)
    'paypay', 'linepay', 'line pay', '楽天ペイ', '楽天pay', 'kakaopay', 'kakao pay', '카카오페이', '토스', '街口支付', '街口',
    // round 39 (t39e): Hong Kong, Singapore and Malaysian wallets (AlipayHK, PayNow, Touch 'n Go, GrabPay, DuitNow, 全支付; FPS only with a transfer
    // word — bare fps is frames per second)
    'alipayhk', 'alipay hk', 'paynow', 'touch n go', 'touchngo', 'tng ewallet', 'tngewallet', 'grabpay', 'duitnow', '全支付', 'jkopay', '悠游付', 'fps转账', 'fps过数', 'fps付款', 'fps入数',
    // round 39 (t39l): bare FPS, judged only with an id right after it and a paying word in its sentence (FPS 9876 5432 過數; not 144fps)
    'fps'], { tag: 'alipay' }),
  // Wallets outside the checkout (e-CNY, crypto): judged like an Alipay account; a bare 钱包 is a product.
  ...terms(['数字人民币钱包', '数币钱包', '数币', '数字钱包', '钱包编号', '钱包号', '钱包地址', '钱包账号', '钱包id', 'usdt', 'usdt地址', 'trc20', 'erc20', '泰达币', '比特币地址', 'btc地址',
    // crypto coins as a way to pay (round 9: 用比特币结算, 虚拟币支付)
    '比特币', '以太坊', '虚拟币', '虚拟货币', '加密货币'], { tag: 'alipay' }),
  ...terms(['微信转账', '微信转', 'vx转', 'wx转', '转微信', '转我微信', '微信红包', '微信付我', '微信给我', '微信转我'], { tag: 'wechat-transfer' }),
  ...terms(['转我', '转给我', '转给我们', '转到我', '转进我', '打到我', '汇给我', '汇到我', '付给我', '付到我', '打我卡', '打我账户', '转我卡',
    '打款', '汇款', '打钱', '转账', '转过来', '钱给我', '把钱给我', '直接付我', '付我', '转帐', '打给我', '打我卡', '打我微信', '打我支付宝', '支付给我', '付款给我', '付给我们', '转给本人'], { tag: 'transfer' }),
  ...terms(['红包', '定金', '订金', '押金', '尾款', '差价', '运费', '邮费'], { tag: 'money' }),
  ...terms(['私人账户', '个人账户', '私账', '私户', '私人账号', '个人账号', '私人卡', '收款账号', '收款账户', '收款人', '收款方式', '付款方式', '账号', '帐号',
    '账户', '帐户', '户名',
    // round 29 (t29d): the private account with its noun left unsaid (私人收款的那个…转过去; 走我个人收款那边)
    '私人收款', '个人收款', '私下收款'], { tag: 'account' }),
];

// ── Bank accounts ─────────────────────────────────────────────────────────────────────────────────
export const BANK_TERMS: TermSpec[] = [
  ...terms(['银行卡号', '卡号', '银行账号', '银行账户', '银行帐号', '开户行', '开户支行', '开户银行', '开户名', '户名', '对公账户', '对公账号', '对公转账',
    '公户', '公司账户', '公司账号', '收款账户', '汇款账户', '户口', '银行户口', 'iban', 'swift'], { tag: 'account' }),
  ...terms(['工行', '工商银行', '建行', '建设银行', '农行', '农业银行', '中行', '中国银行', '招行', '招商银行', '交行', '交通银行', '邮储', '邮政储蓄',
    '浦发', '民生银行', '兴业银行', '中信银行', '光大银行', '平安银行', '华夏银行', '广发银行', '银行卡', '储蓄卡', '借记卡', '信用卡', '银行',
    // Banks abroad (cross-border shops are paid there): Hong Kong, Australia, Japan, Europe, US.
    'hsbc', '汇丰', '恒生银行', '中银香港', '渣打', '花旗', 'citibank', '东亚银行', '星展', 'dbs', 'ocbc', '华侨银行', 'commonwealth', 'anz', 'westpac',
    '三菱ufj', '瑞穗', '三井住友', '邮储银行', 'barclays', 'lloyds', 'chase', 'wise', 'revolut'], { tag: 'bank' }),
  // Round 10: an account given by its tail number (工商 尾号4471 李*明) for a payment.
  ...terms(['尾号'], { tag: 'tail' }),
];

// ── Off-platform trade ────────────────────────────────────────────────────────────────────────────
// 私下 and its sound-alikes (思下 斯下 司下 丝下 厶下 si下).
const PRIVATE = { 私: '私思斯司丝厶' };
export const TRADE_TERMS: TermSpec[] = [
  ...terms([...variants('私下交易', PRIVATE), ...variants('私下付款', PRIVATE), ...variants('私下转账', PRIVATE), 'si下交易', '私xia交易', 'sixia交易',
    '走外面', '去外面', '外面走', '外面付', '外面交易'], { tag: 'trade' }),
  // A breach on their own (unless denied or warned about).
  ...terms(['私下交易', '私底下交易', '私下买卖', '私下成交', '私下付款', '私下转账', '私下支付', '私下给您', '私下给你', '私下补', '私下结', '私下退', '私下卖',
    '私下买', '私下拍', '私下出', '私下发', '线下交易', '线下付款', '线下转账', '线下支付', '线下结算', '线下退款', '线下给您', '线下给你', '线下补',
    '线下收款', '线下成交', '线下发', '当面交易', '当面付款', '当面付', '当面给钱', '当面拿货', '当面交货', '当面结', '面交', '不走平台', '不用走平台',
    '不经过平台', '不通过平台', '别走平台', '绕开平台', '绕过平台', '避开平台', '跳过平台', '脱离平台', '不走快手', '不用走快手', '绕开快手', '绕过快手',
    '站外交易', '站外付款', '站外下单', '站外购买', '场外交易', '走闲鱼', '走咸鱼', '走转账', '走私账', '走对公', '走个对公', '走个私账', '不在平台拍', '别在平台拍', '不用在平台拍',
    '别在平台上拍', '不在平台上拍', '不用在平台上拍', '别在快手拍', '不用在快手拍', '别在这里拍', '不用在这里拍', '不用在这里下单', '别在这里下单',
    '不用在平台下单', '别在平台下单', '找我拿货', '找我买', '找我订', '跟我订', '跟我买', '跟我拿货', '直接找我拿', '直接找我买', '直接跟我订', '直接跟我买',
    '直接联系我拿', '联系我拿货', '找我下单', '找我代购', '找我代拍', '直接把钱给我', '钱直接给我', '把钱给我', '平台外付款', '平台外交易', '平台外下单', '平台外支付',
    '私下走', '私下来', '私下操作', '私下转', '线下给', '私下给', '线下给您', '私下收', '直接付给我', '直接转给我', '私下找我', '私下联系我', '线下签', '线下签合同', '走公司转账', '走公司账户', '走公账', '线下结', '线下走', '不经平台', '不过平台', '不经过快手', '不过快手', '外面交易', '外面买', '外面拍', '站外买',
    '脱离快手', '不走系统', '不走后台', '不走订单', '不用走系统', '不用走订单', '不经过系统', '不走链接',
    'sixiajiaoyi', 'xianxiajiaoyi',
    // round 44 (t44f): the shop itself set aside as the way money goes (会费直接交给我就行，不走店铺)
    '不走店铺', '不走店里', '不经过店铺', '不用走店铺', // (not 不过店铺: 不过 is "but" — 不过店铺有满减券)
    // round 31 (t31b): paid where the goods are handed over (您来了直接拿，现场结清就行; 见面给钱)
    '现场结清', '当场结清', '见面结清', '现场结账', '当场结账', '见面结账', '现场付款', '当场付款', '见面付款', '现场交钱', '当场交钱', '见面给钱', '现场给钱', '到场付款',
    // round 32 (t32a): cash handed to the agent (约个地方见面，现金给我就行; 到时候付我现金)
    '现金给我', '给我现金', '现金付给我', '付我现金', '现金交给我', '现金直接给我', '现金转给我', '现金结给我',
    // round 35 (t35b): …in Cantonese order, the giver's 俾 read as 给 (你俾现金我就得)
    '给现金我', '现金交我', '付现金我', '交现金我',
    // round 31 (t31a): 私下 by its pinyin initials before a dealing verb (sx交易, sx转我, sx给你发; sxjy) — sx alone is too many things
    'sx交易', 'sx付款', 'sx转账', 'sx支付', 'sx成交', 'sx买卖', 'sx买', 'sx卖', 'sx付', 'sx转', 'sx结', 'sx拿货', 'sx走', 'sx给您', 'sx给你', 'sx发', 'sx退', 'sxjy',
    // round 12 (t12a): in English
    'offline deal', 'private deal', 'deal offline', 'deal privately', 'pay offline', 'off platform deal', 'outside the platform'], { tag: 'trade' }),
  // A breach only with a trade cue nearby (直接 / 转 / 私下 / 单独发 …).
  ...terms(['私下聊', '私下谈', '私下联系', '私下处理', '私下解决', '手动给您发', '手动发给您', '线下谈', '线下聊', '线下联系', '线下买', '线下拿', '平台外', '钱货两清', '单独给您发', '单独给你发', '单独发给您',
    '我单独发', '单独发货', '不用下单', '别下单', '不要下单', '先别付款', '先不要付款', '不用拍链接', '不用再拍链接', '不用拍了', '别拍了', '先取消',
    '取消订单', '订单取消', '订单先取消', '把订单取消', '把单取消', '这单取消', '这单先取消', '单子取消', '这个单取消', '别的方式', '其他方式', '其它方式', '别的渠道', '其他渠道',
    // round 44 (t44f): the balance collected by me apart from the order (剩下的钱发货前我找您单独收)
    '我单独收', '找您单独收', '找你单独收', '单独找您收', '单独找你收', '单独收您', '单独收你'], { tag: 'trade-weak' }),
  // Round 35 (t35b): cash and goods swapped by hand (一手交钱一手交货, 钱货两讫) — judged with a meeting place or time (see weakSeverity).
  ...terms(['一手交钱一手交货', '一手交钱', '一手交货', '钱货两讫', '钱货当面两清', '当面钱货两清', '一手钱一手货', '一手给钱一手交货',
    // …and the money counted or brought to the meeting (钞票当面点清, 你带钱我带货, 带埋现金, 钱当面给我)
    '当面点清', '当场点清', '当面点钱', '当场点钱', '钱当面给', '当面给我', '当场给我', '钞票当面', '带钱过来', '你带钱', '带上现金', '带埋现金', '带现金', '带够现金',
    '货到手再给钱', '拿到货再给钱', '见到货再给钱', '验完货给钱'], { tag: 'trade-weak' }),
  // The price left for a private talk: 走私下，价格另算 / 私聊细节，价格另说 (judged with a private cue).
  ...terms(['价格另算', '价格另说', '价钱另算', '价钱另说', '价格另议', '价格私聊', '私聊价格', '价格好商量', '价格可以谈', '价格单独谈', '另外算价'], { tag: 'price-aside' }),
  ...terms(['走私下', '走私底下', '来私下', 'sx聊', 'sx谈', 'sx联系', 'sx处理', 'sx解决', '走sx',
    // round 56 (eng56a): a measure word inside the same phrase (咱们走个私下，你转给我; 来一下私下)
    '走个私下', '走一下私下', '走下私下', '来个私下'], { tag: 'trade-weak' }),
  // Round 29 (t29c): the platform left unnamed, called "this side" (下回直接找我，不走这边) — judged with a direct or fee cue.
  ...terms(['不走这边', '不走这里', '不走这儿', '不经过这边', '不经过这里', '不从这边走', '不从这里走', '不用走这边', '别走这边'], { tag: 'trade-weak' }),
  // A buying channel sent in private: 评论区扣1，我私信把渠道发给您.
  ...terms(['渠道'], { tag: 'channel' }),
  ...terms(['省手续费', '省平台手续费', '省得被扣', '平台扣点', '平台抽成', '平台扣钱', '平台手续费', '扣手续费', '扣点太高', '抽成高', '抽成太高', '平台抽',
    '扣点高', '佣金高', '平台费'], { tag: 'fee' }),
  // Cheaper than here: points to buying elsewhere.
  ...terms(['比平台便宜', '比快手便宜', '比店里便宜', '比这里便宜', '比这里划算', '比平台划算', '比店里划算', '比链接便宜', '比拍下便宜', '比下单便宜',
    '比平台优惠', '比店铺便宜', '比直播间便宜', '比在这里拍便宜', '比在平台买便宜',
    // Round 30 (t30d): …than the listed price itself (我发您个付款链接，比页面价低不少): the page is the platform's price.
    '比页面价低', '比页面价便宜', '比页面便宜', '比页面低', '比页面上便宜', '比页面上低', '比页面划算', '比标价低', '比标价便宜', '比链接价低', '比链接价便宜',
    '比链接上便宜', '比挂的便宜', '比挂的价低', '比上架价低'], { tag: 'cheaper' }),
];

// ── QR codes and groups ───────────────────────────────────────────────────────────────────────────
export const QR_TERMS: TermSpec[] = [
  ...terms(['收款码', '收钱码', '赞赏码', '个人收款码', '付款码', '收款二维码', '付款二维码', '收钱二维码',
    // round 38 (t38h): the pay code sent as a picture and called by it (扫一下我刚发的那张收款图, 收款码截图发您了)
    '收款图', '收钱图', '收款码图', '收款码图片', '收款码截图', '收钱码截图'], { tag: 'pay-code' }),
  ...terms(['二维码', '二维吗', '二微码', '二唯码', 'qr码', 'qrcode', '扫码', '扫一扫', '扫一下', '扫这个', '扫上面', '扫下面', '扫图', '长按识别', '识别图中',
    '识别二维码', '群码', '小程序码', '二位码', '扫我的码', '扫我码', '扫这个码', '识别下图', '识别图片', '长按图片', '长按保存',
    'erweima',
    // round 12 (t12a): in English, and a code shown in a picture by its look (方块码)
    'scan the qr', 'scan qr', 'scan the code', 'scan this code', 'scan our code', 'scan my code', 'qr code', '方块码', '黑白码', '识别我发的图', '识别这张图', '识别一下图'], { tag: 'code' }),
  // A code pointed at rather than named (扫我发的码进, 付款用这个码): judged by a scan, pay or join verb in the sentence.
  ...terms(['我发的码', '发您的码', '发你的码', '给您的码', '这个码', '那个码', '这张码', '那张码', '图里的码', '图上的码', '图中的码', '截图里的码', '下面的码', '上面的码',
    // Round 10: a code placed in a picture (图片右下角有个码，扫一下直接联系我们仓库老板).
    '有个码', '有张码', '有一个码', '附了个码', '带了个码',
    // Round 38 (t38d): a code sent a moment ago (用我刚发的码付钱, 「买家：用你刚发的码付钱吧」 好的): whose it is, by the word before it.
    '刚发的码', '刚刚发的码', '刚才发的码', '之前发的码', '上面发的码',
    // Round 41 (lead, GS-103): a picture of ours to be scanned (扫我刚发的那张图片下单) — judged only with a scan in the sentence (qr-code.ts).
    '我发的图', '我发的那张图', '我刚发的图', '我刚发的那张图', '我刚刚发的图', '我刚刚发的那张图', '我刚才发的图', '我刚才发的那张图'], { tag: 'code-ref' }),
  ...terms(['进群', '入群', '加群', '拉群', '拉您进', '拉你进', '拉进群', '粉丝群', '福利群', '会员群', 'vip群', '老客户群', '客户群', '宝妈群', '内购群',
    '秒杀群', '社群', '交流群', '群聊', '微信群', '团购群',
    // round 12 (t12a): a group made for the buyer (建个群把大家拉进去)
    '建个群', '建群', '拉个群', '组个群', '拉进去'], { tag: 'group' }),
  ...terms(['公众号', '公号', '服务号', '订阅号', 'gzh'], { tag: 'official-account' }),
];

// ── Store addresses ───────────────────────────────────────────────────────────────────────────────
export const STORE_TERMS: TermSpec[] = [
  ...terms(['实体店', '门店', '线下店', '专卖店', '店面', '门面', '档口', '仓库', '工作室', '办公室', '公司', '自提点', '提货点', '展厅', '体验店', '铺子',
    '店里', '我们店', '我家店', '本店地址', '分店', '直营店', '线下门店', '实体门店', '总店', '样品间', '展示厅', '批发部', '商行',
    // a stall the shop runs somewhere for a day: 周末市集我们也出摊
    '出摊', '摆摊', '摊位', '市集', '集市', '快闪店', '展位',
    // Cantonese for the shop (我哋铺头; round 8)
    '铺头',
    // round 12 (t12a): 門市 (Hong Kong / Taiwan for a shop front)
    '门市', '门市部',
    // round 29 (t29d): the offline store room named by 线下 (我们老板在杭州滨江有个线下仓，路过直接来拿)
    '线下仓', '线下铺', '线下提货点', '线下自提点',
    // round 30 (t30a): the offline spot named loosely (我们上海也有线下的点，…地铁站2号口出来右手边)
    '线下的点', '线下点', '线下的店', '线下的铺', '线下的仓', '线下的门店',
    // round 41 (t41e): a factory outlet of the shop's (我们在清迈有自己的工厂店)
    '工厂店', '工厂直营店', '厂家直营店'], { tag: 'place' }),
  // Round 12 (t12a): the shop front seen from the street (红色招牌‘港货之家’, 黄色门头写着…), judged with a place to walk to.
  ...terms(['招牌', '门头', '门脸', '牌匾', '店招',
    // round 30 (t30a): the door told by what hangs there (门口挂澳洲国旗那家, 门上贴着熊猫的那间): judged with the shop deixis after it
    '门口挂', '门口插', '门上挂', '门口贴', '门上贴', '门口摆', '门口立'], { tag: 'sign' }),
  // …and the buyer told whom to ask for on arrival (来了找阿玲就行, 到了报我名字): judged with a place to walk to.
  ...terms(['来了找', '到了找', '过来找', '来了问', '到了问', '到了报', '来了报', '来了说', '到了说'], { tag: 'find' }),
  ...terms(['到店', '来店', '进店', '上门自提', '自提', '过来拿', '过来看', '过来取', '过来买', '过来选', '来拿', '来取', '来看货', '来试', '亲自来',
    '欢迎光临', '欢迎来', '欢迎到', '现场拿货', '现场看', '到我们', '来我们', '线下看', '线下体验', '当面验货', '您过来', '你过来', '可以过来',
    '直接过来', '欢迎过来', '过来玩', '过来坐', '来厂里', '到厂里', '来工厂', '到工厂', '厂里看货', '来公司', '到公司', '来店里', '来门店', '来仓库', '到仓库', '到门店', '到实体店', '来实体店', '过来可以', '过来试', '过来看看', '过来体验',
    // the goods taken on the spot, the buyer come to find us (round 9)
    '当场拿', '当场取', '当场提', '当面拿', '当面取', '来找我们',
    // picking the goods in person (round 11, t11d: 来义乌商贸城三区拿货 现场挑)
    '现场挑', '现场选', '现场试', '过来挑', '来挑',
    // round 39 (t39i): 去我们 + a located venue (去我们徐汇漕溪北路那家“明眸视光”): judged only with an address or a venue and landmark, never a warn alone
    '去我们'], { tag: 'invite' }),
  // A location handed over (定位我发您：…路588号): judged only with a street address in the sentence.
  ...terms(['定位', '位置', '地址', '详细地址', '具体地址', '导航'], { tag: 'where' }),
  ...terms(['店铺地址', '店址', '店地址', '公司地址', '仓库地址', '实体店地址', '门店地址', '工作室地址', '提货地址', '自提地址', '专柜',
    // round 40 (t40n): our counter in a mall (嘉里中心B1我们的柜台，报我名字打九折): judged only as ours, located, with a visit or a referral
    '柜台',
    // round 48 (t48f): a pickup point told in English (Pick-up 地址: Room 1205, …45 Chatham Rd South): judged only with an English street address
    'pickup地址', 'pickup点', 'pickupaddress', 'pickuppoint', 'pickuplocation', 'selfpickup', 'collectionpoint', 'collectionaddress'], { tag: 'place' }),
];

// ── Pointers off the platform ─────────────────────────────────────────────────────────────────────
export const POINTER_TERMS: TermSpec[] = [
  ...terms(['主页', '个人主页', '简介', '个人简介', '签名', '个签', '背景图', '背景墙', '头像', '暗号', '朋友圈', 'pyq', '票圈'], { tag: 'profile' }),
  ...terms(['联系方式', '联系方法', '私人联系方式', '个人联系方式'], { tag: 'contact-way' }),
  ...terms(['留个电话', '留个号', '留个号码', '留个手机', '留个手机号', '留下电话', '留下号码', '留一下电话', '留电话', '留号码', '留手机号', '留个联系',
    '电话多少', '手机多少', '手机号多少', '号码多少', '电话给我', '手机号给我', '号码给我', '电话发我', '号码发我', '电话是多少', '手机号是多少',
    '手机号发我', '手机号码发我', '电话号码发我', '手机号告诉我', '电话告诉我', '号码是多少', '联系电话多少'], { tag: 'ask-number' }),
  // Round 30 (t30d): a way to reach the buyer asked for by what it does, the channel unnamed (备注里留个能找到您的方式, 给个联系上你的办法).
  ...terms(['找到您的方式', '找到你的方式', '找得到您的方式', '找得到你的方式', '联系到您的方式', '联系到你的方式', '联系上您的方式', '联系上你的方式',
    '联系您的方式', '联系你的方式', '找您的方式', '找你的方式', '找到您的办法', '找到你的办法', '联系上您的办法', '联系上你的办法', '联系您的办法', '联系你的办法'], { tag: 'reach-way' }),
  // The number named first, the ask after it (你把手机号留一下): judged by the verb that follows.
  ...terms(['手机号', '手机号码', '电话号码', '电话', '号码', '联系电话'], { tag: 'number' }),
  ...terms(['外面聊', '站外聊', '换个地方聊', '换个地方说', '别的地方聊', '换个软件聊', '换个平台聊', '外边聊', '私我', '滴滴我', '戳我', '私戳',
    '加个好友', '加好友', '加我好友', '互加好友', '加一下好友', '加为好友', '打给您', '打给你', '给您打电话', '给你打电话', '给您打个电话', '电话联系您',
    '电话联系你', '电话沟通', '电话里说', '电话里聊', '来个电话', '打个电话', '回个电话', '电联', '打我手机', '打我电话', '打我的电话', '打我的手机', '打我私人电话', '打我的私人电话', '打我私人手机',
    '我手机号是', '我电话是', '我手机是', '我的手机号是', '我的电话是', '我私人号', '我的私人号码',
    // round 32 (t32a): the buyer sent to the agent's own messages for a link or the goods (私信我拿链接): the app's own DMs, but away from
    // the shop's chat and its product cards — a hint (warn), as 私我
    '私信我', '私信找我', '私信联系我', '私信我拿', '私信给我',
    // round 38 (t38j): 私聊 as the ask closing a clause of wants or details (要便宜的私聊, 有需要私聊, 详情私聊) or with things sent there (私聊发你)
    '私聊'], { tag: 'move' }),
  // Where a contact is written for the buyer to copy (公告最后一行那串数字, 第五张图的水印, 主播举的牌子, 包裹里的小卡片):
  // judged by a contact noun and an act (加/扫/搜/打过去/备注) around it.
  ...terms(['公告', 'banner', '横幅', '水印', '牌子', '小卡片', '卡片', '背景板', '封面', '海报', '详情页', '名片', '张图', '图片', '店招', '手卡', '贴纸', '包裹里', '昵称', '发货单', '快递单', '包装盒', '外箱', '板子', '展板',
    // the act of writing it somewhere, and the deictic string itself: 号码印在快递袋内侧, 画面角落那串字符就是售后号
    '印在', '写在', '贴在', '藏在', '标在', '那串', '这串', '那一串', '这一串'], { tag: 'carrier' }),
  // Talk moved elsewhere, the place unnamed: 换个地方我给您细讲, 换个软件说, 找个没人看的地方聊.
  ...terms(['换个地方', '换个地儿', '找个地方', '找个地儿', '挪个窝', '挪个地方', '换个窝', '换个软件', '换个app', '换个平台', '换个渠道', '换地方', '换个地', '别的地方', '别处', '其他地方', '的地方',
    // round 29 (t29d): the place both sides already know (老地方见, 老地方聊) — a venue only with a meeting or talk after it
    '老地方', '老位置'], { tag: 'elsewhere' }),
  // Why: this chat is watched (聊天记录都会被看, 这里说话不方便): a hint only with a move nearby.
  ...terms(['聊天记录', '说话不方便', '不方便说', '不好说', '不好多说', '不便多说', '不方便多说', '不方便聊', '被看到', '会被看', '被监控', '有记录'], { tag: 'watched' }),
  // Round 31 (t31d): our pinned post pointed at (看我置顶那条): a pointer only with a wink at what it holds (contact-pointer.ts).
  ...terms(['置顶'], { tag: 'pinned' }),
  // An app named by its look: 绿色泡泡上聊, 小蓝鸟软件上找我, 那个蓝色的鸟.
  ...terms(['泡泡', '鸟', '软件', 'app', '图标'], { tag: 'look' }),
  // A number described in parts: 手机号后四位就是店铺ID后四位，前面是138 / 店名后面那几位数字就是电话后半段.
  ...terms(['后四位', '前三位', '后几位', '前几位', '后半段', '前半段', '后半截', '前半截', '后三位', '前四位', '后五位', '中间四位', '区号',
    '最后两位', '最后三位', '最后四位', '最后一位', '最后几位', '后两位', '末两位', '末四位', '末位', '尾数', '前七位', '前两位', '前五位', '前六位', '中间几位', '中间三位',
    // the number told as an edit of another one, ending on whose it is: 客服热线前面加个1再去掉最后的0，就是我本人的手机
    '就是我的手机', '就是我本人的手机', '就是我手机', '就是我的电话', '就是我本人的电话', '就是我电话'], { tag: 'part' }),
  // Round 32 (t32e): a number carried by the parcel's sender field or an SMS, said to be ours to call or reply to (打快递面单上寄件人那栏的手机，
  // 那就是我本人; 给您手机发了条短信，您回复短信里那个号码就行): contact-pointer.ts 'side-note'.
  ...terms(['寄件人', '发件人', '寄件方', '发件方', '短信里', '短信上', '短信中', '短信里面', '短信内'], { tag: 'side-note' }),
  // The account is a name to search: 老板本名就是账号，搜 张 小 凡.
  ...terms(['本名就是', '名字就是', '昵称就是', '真名就是', '全名就是', '店名就是'], { tag: 'name-account' }),
  // An unnamed private account of ours handed over or to be added/called: 我会发个号，加上 / 我把号给您 / 打我小号 / 实拍在我另一个号上.
  ...terms(['我的号', '我小号', '我的小号', '我另一个号', '我另一个账号', '我们另一个号', '一串数字', '发个号', '把号给', '号给您', '号发您', '号发给您', '发您一串', '我那个号',
    '加我那个', '打我小号', '加我小号'], { tag: 'our-number' }),
  // …or the other way round: 我的号就是店名拼音，搜一下就能加.
  ...terms(['号就是店名', '号就是店铺名', '号是店名', '账号就是店名', 'id就是店名', '号就是我名字', '号就是我的名字', '号就是店名拼音'], { tag: 'account-name' }),
  // Round 30 (t30a): goods said not to be listed here (很多没上架到这里, 店里来不及上, 这边只挂了一小部分): a private sales channel
  // hinted only when the rest is said to be over there with someone (她那边动态每天更新, 我私下那边更全, 完整款式在我另一个地方).
  ...terms(['没上架', '没有上架', '没上到', '没挂到', '没放到', '没放上来', '来不及上', '不上架', '只挂了', '只上了', '只放了', '没上的'], { tag: 'unlisted' }),
];
