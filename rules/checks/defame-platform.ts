// 2.7 (and 2.4): defaming the platform — 快手就是骗子平台, K手平台就是坑人, 垃圾平台, 块手的客服都是一群废物,
// 别在这买, 售后仲裁就是拉偏架, 这平台啥德行, 客服那帮人就是摆设, and sarcasm (快手的客服要是有用，母猪都能上树了).
// Neutral remarks (平台审核需要一点时间, 平台的退款流程有点慢, 平台严禁刷单) and scam warnings
// (有骗子冒充平台客服) are not.

import { alt, cueRule, re, type Cue } from '../detect/cue-rule';
import { PLATFORM_NAMES } from '../lexicon/conduct';

const PLATFORM_WORDS = [...PLATFORM_NAMES, '平台', '这个平台', '这平台', '该平台', '破平台', '这个app', '平台方'];
/** Contempt words: 垃圾 坑人 骗子 黑 割韭菜 …; 黑/坑/破 not in 黑色 坑位 破损. */
const CONTEMPT = [
  '垃圾', '辣鸡', '拉圾', '坑人', '坑爹', '坑钱', '坑商家', '坑买家', '骗子', '骗钱', '骗人', '黑心', '太黑', '真黑', '黑得', '割韭菜', '吸血', '无良', '流氓', '恶心',
  '废物', '摆设', '狗屁', '屁用', '没屁用', '不靠谱', '傻逼', '脑残', '智障', '饭桶', '早晚倒闭', '倒闭', '骗局', '霸王条款', '土匪', '强盗', '抢钱', '不管事', '不作为',
  '不要脸', '无耻', '吃人不吐骨头', '吃相难看', '奸商', '一坨', '有病', '黑店', '垃圾玩意', '饭桶', '蠢货', '蠢猪', '白痴', '智商低', '没脑子', '脑子有坑',
  '废柴', '一群猪', '猪脑子', '狗腿子', '吸血鬼', '吃干饭', '混饭吃', '瞎搞', '乱来', '瞎管', '瞎判', '乱判', '不讲理', '强盗逻辑', '就会罚钱', '只会罚款',
  '拉偏架', '偏袒', '和稀泥', '双标', '欺软怕硬', '看人下菜', '德行', '白搭', '白投', '跟墙说', '不如跟墙', '一丘之貉', '蛇鼠一窝', '官官相护',
  '就知道抽成', '只知道抽成', '就知道收钱', '只知道收钱', '就知道赚钱', '不管商家死活', '不管买家死活', '不管死活', '不管我们死活',
];
const CONTEMPT_ALT = `(?:${alt(CONTEMPT)}|黑(?!色|名单|科技|金|卡|标|五|马|猫|猪|珍珠|胡椒|头|白|框)|坑(?!位|洼|道|口|爹娘)|烂(?!脸|番茄)|破(?!损|了|洞|壁|碎|裂|包|箱|解|价|万|冰|费))`;
/** Between the platform and the contempt word: 的客服都是一群 / 就是个 / 这个平台太. */
const BRIDGE = '(?:很|会|只会|就会|平台|电商|官方|小店|app|的|这个|这|那|客服|小二|规则|审核|工作人员|管理|员工|人员|运营|都|就|真|太|简直|纯|纯纯|根本|就是|真是|完全|全是|全都|都是|是个|是|一群|一帮|那帮|那些|那群|这帮|这些|这群|帮|群|些|这么|那么|特别|非常|越来越|实在|也太|个|一个|现在|的人|那一套|这一套|系统|服务|售后|流程|监管|迟早|早晚|肯定|注定|根本|进口|进口电商|仲裁|判定|介入|处理|人|啥|什么|那帮人|这帮人)';

/** Sarcastic impossibilities said of the platform: 母猪都能上树, 太阳从西边出来, 铁树开花; 投诉也白投. */
const SARCASM = /母猪(?:都)?(?:能|会|要)?上树|太阳(?:都)?(?:能|会|要)?(?:从|打)西边出来|铁树(?:都)?(?:能|会|要)?开花|公鸡(?:都)?(?:能|会)?下蛋|投诉也白投|投诉也是白投|找他们也白找|不如跟墙说/;

const cues: Cue[] = [
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    after: new RegExp(`^${BRIDGE}{0,6}${CONTEMPT_ALT}`),
    grow: true,
    notAfter: /^(?:上有|上的|里有|里的|上也有|有些|有的|有不少)/,
  },
  {
    // 这破平台 / 垃圾平台 / 骗子平台 / 什么破快手.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '诋毁快手平台（同时属于 2.4 诋毁他人）',
    before: re`(?:${CONTEMPT_ALT}|什么破|这破|这烂|破|烂|垃圾的|骗人的|坑人的)(?:的)?$`,
    grow: true,
  },
  {
    // Sarcasm that the platform is useless: 快手的客服要是有用，母猪都能上树了 / 指望平台做主？太阳从西边出来.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: '讽刺贬损快手平台（同时属于 2.4 诋毁他人）',
    sentence: SARCASM,
    sentenceSkipsAnchor: true,
  },
  {
    words: ['别在这买', '别在这里买', '别在快手买', '不要在快手买', '别在这个平台买', '别在平台买', '千万别在这买', '以后别在这买', '别信平台', '别相信平台', '别信快手', '狗屁规则', '什么破规则', '破规则', '垃圾规则', '霸王条款'],
    severity: 'block',
    message: '劝买家别在平台购买或贬损平台规则，属于诋毁平台',
  },
];

const rule = cueRule({
  meta: {
    id: 'defame-platform',
    clause: '2.7',
    severity: 'block',
    title: { zh: '诋毁平台', en: 'Defaming the platform' },
    description: {
      zh: '规则 2.7 禁止诋毁快手进口电商平台形象，2.4 禁止诋毁平台及其工作人员。说平台是骗子、垃圾、坑人、割韭菜，或劝买家别在平台买，会被拦截（含 K手、筷手、ks 等写法）；中性地说明平台流程不算。',
      en: 'Rules 2.7/2.4 forbid defaming the platform and its staff. Calling it a scam, garbage or a rip-off, or telling buyers not to buy here, is blocked (K手/筷手/ks spellings included); neutral remarks about platform processes are fine.',
    },
    hint: { zh: '对平台规则有意见请通过商家后台反馈，对买家只说明处理流程。', en: 'Send feedback about the platform through the merchant console; tell the buyer the process only.' },
  },
  cues,
  regexes: [new RegExp(CONTEMPT_ALT), new RegExp(BRIDGE), SARCASM],
});

export default rule;
