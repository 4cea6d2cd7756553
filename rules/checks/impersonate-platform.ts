// 2.9: posing as the platform or its staff — 我是快手官方客服, 这里是筷手官方售后中心, 我们这边是平台小二,
// 本人是平台审核专员, 作为平台认证的仲裁员, 我代表快手平台, 我是平台派来的, 快手官方审核已通过您的退款,
// 本店属于快手平台自营, 我是快手官方的智能客服小K, 我是平台负责售后纠纷的, 我以平台的名义向您保证,
// 我们是跟快手官方直连的, 我的处理跟平台裁定一样有效, 官方客服已接管此会话.
// Also: where one sits in the platform (我是快手这边的审核专员, 我这边是平台那头的), being sent from or working at it
// (我是从平台那边调过来的, 我在快手总部上班, 本人就职于快手进口), offices only the platform has, named bare (这边是售后
// 仲裁组, 我是风控中心的), an office title beside a service greeting in either order (工号8812为您服务，快手进口平台专线
// 客服), 官方 misspelt (官放, 关方), pinyin and English (wo shi kuaishou guanfang de kefu, Kuaishou Official Support
// here, I am from Kwai), Cantonese (本人係快手進口平台嘅工作人員), the message called the platform's (此条为平台自动
// 回复), the platform vouching for the shop (快手进口郑重承诺：本店…, 快手官方帮我们把过关的), the platform's staff called
// colleagues (平台审核那边的同事跟我说了), platform powers wielded (我给您开通了“平台极速退款”权限, 这是平台给我们的特殊
// 通道), and, as warnings, 我们平台规定… and the platform's payout promised (出了问题平台兜底赔付).
// Not breaches: saying who one is not (我是店铺客服，不是平台客服), pointing to the platform (您可以联系
// 快手官方客服, 平台客服会联系您), the shop's own verified status (本店是快手官方认证的跨境商家, 品牌的快手
// 官方旗舰店, 我们是品牌自营的, 我是快手小店的客服), reporting the platform's process (平台审核通过后退款原路返回,
// 平台介入后会由平台客服接管), acting as the shop (我以店铺客服的身份), systems linked up (发货系统和快手后台直连),
// the shop's own desk (我是店铺这边的客服, 我是店铺售后组的), being on the platform (我在快手上开店, 我们在快手工作台上登记),
// the shop's own auto-reply (本消息为店铺自动回复), the platform's programme reported (快手平台承诺的七天无理由, 快手官方承诺
// 正品，本店也…), 我们平台上的商品, the buyer pointed to the platform (Please contact Kuaishou customer service, 可以申请
// 平台先行赔付), the shop's own colleagues and services (我们店的同事, 给您开通了退货通道), and 平台要求我们把好质量关.

import { alt, cueRule, re, type Cue } from '../detect/cue-rule';
import { PLATFORM_NAMES } from '../lexicon/conduct';

const MESSAGE = '以平台或平台工作人员的身份与买家沟通，属于冒充平台（规则 2.9）';
/** Who speaks: a self-introduction (我是, 这里是, 本人系; Cantonese 我哋系, 呢度系). */
const SELF_SRC = String.raw`(?:(?:我|我们|本人)(?:已经|已|现在|刚刚|刚才|刚|正在|特此|会|将|今天|这就|就|马上|直接|现)以|本店(?:是|就是|属于|系)|(?:我们|咱)(?:店|家)(?:是|就是|属于)|我们属于|我家是|小店是|我以|我们以|本人以|现以|本人|我是|我们是|本人是|这里是|这边是|我这边是|我们这边是|我就是|我们就是|作为|本人系|我乃|我系|我为|咱是|俺是|我哋系|我哋是|呢度系|呢度是|呢边系)(?:一名|一个|一位|名|位)?`;
const SELF = new RegExp(`${SELF_SRC}$`);
/** What comes after the platform's name in a self-introduction: a staff role or an office. */
/** Typos and homophones of 官方 (官放, 关方) as written to slip past a word list. */
const GUANFANG = '(?:官方|官放|馆方|关方|官芳|官坊)';
/** Where in the platform one sits: 快手这边的, 平台那头的, 快手总部 (Cantonese 嘅 for 的). */
const LOC = '(?:这边|那边|这头|那头|方面|内部|总部)';
const DE = '(?:的|嘅)';
const ROLE = new RegExp(`^${LOC}?${DE}?(?:指定|指派|委派|特派|安排|分配|授权|认证|合作|特约|签约)?${DE}?(?:电商平台|进口电商|进口|电商|平台|${GUANFANG}|商城){0,3}${DE}?(?:${GUANFANG})?${DE}?(?:热线|专线|金牌|资深|高级|首席|值班|专职)?(?:(?:小.|阿.)?(?:智能|在线|人工|ai|专属)(?:客服|助手|助理|机器人)|ai|机器人|智能助手|客服|小二|工作人员|员工|审核|专员|仲裁|售后|人员|管理员|安全中心|客服中心|售后中心|风控|(?:直接|专门|特意|特地|临时)?(?:派|调|借调|抽调|下派|派遣)(?:过来|来|下来|嚟|的)|派驻|驻店|驻场|指派|委派|的人|认证${DE}(?:仲裁|审核|客服|专员)|纠纷|投诉|处理中心|运营|质检|抽检|(?:(?:消费者)?(?:权益)?保障|消保|维权|治理|监管|法务|回访|调解)(?:专员|中心|部门?|小组|组|团队|委员会|员|人员|处)|(?:官方)?自营|(?:专门|专职)?负责[^，。]{1,12}?(?:的|工作)|(?:专门|专职)(?:管|处理|对接|跟进)[^，。]{1,12}?(?:的|工作))`);
const PLATFORM_WORDS = [...PLATFORM_NAMES, '平台', '官方', '平台方'];
/** A platform office or staff role, as in 快手官方售后 / 平台客服小二 / 快手安全中心. */
const OFFICE = `${DE}?(?:电商平台|进口电商|进口|电商|平台|${GUANFANG}){0,3}${DE}?(?:${GUANFANG})?${DE}?(?:热线|专线|金牌|资深|高级|首席|值班|专职|专属|在线|人工|智能)?(?:客服小二|客服|小二|工作人员|售后|审核|专员|仲裁|安全中心|风控|纠纷|运营|处理)(?:专员|中心|部门?|团队|小组|组|人员|专线|热线)?`;
/** The office speaking in the first person to the buyer: 快手官方售后这边通知您, 平台客服小二为您服务. */
const OFFICE_SPEAKS = new RegExp(
  `^${OFFICE}(?:这边|这里|在此)?(?:(?:小.|工号[0-9a-z]{1,6}|[0-9a-z]{1,5}号|(?:(?!会|将|也|可|能|都|们)[^，。]){1,3})?(?:竭诚|很高兴|乐意)?为(?:您|你)服务|竭诚为|很高兴为|(?:这边|这里|在此)(?:正式|郑重|特此)?(?:通知|提醒|告知|判定|裁定|为您)|(?:正式|郑重|特此)(?:通知|提醒|告知))`,
);
/** What the platform hands the speaker: 平台已授权我, 快手委托本店, 官方指派我来. */
const MANDATE_AFTER = /^(?:方|官方)?(?:已经|已|特别|正式|专门|特意)?(?:(?:授权|委托|委派|指派|派)(?:了)?(?:我|本人|我方|本店|小店|我们)|(?:让|叫|要|要求)(?:我|我们|本店)(?:转告|通知|告诉|传达|告知))/;
/** Speaking for the platform: 我说的话就是平台的意思, 我的决定就代表官方. */
/** What follows when the shop only describes its own standing: 我们就是快手官方认证的店铺. */
const OWN_STANDING = /^(?:电商|进口电商|平台|方)?(?:的)?(?:官方)?(?:认证|授权|入驻|审核通过|扶持|推荐|合作|签约|正规|品牌|旗舰|自营店铺|的商家|商家|的店铺|店铺|上的|里的|上面|里面|上卖)/;
const SPEAKS_FOR = /(?:我|我们|本人)(?:这边)?(?:处理了|处理的|判的|定的|答复的|决定的)(?:就|也)?(?:等于|就等于|等同于|相当于|代表)(?:了)?$|(?:我|我们|本人)(?:说的|的话|说的话|的意思|的决定|的答复|的处理|这边的答复)?(?:话)?(?:就是|就代表|等于|等同于|即是|相当于|就相当于|就等于)(?:了)?$/;

/** The platform and its offices in pinyin or English (compact view: words run together). */
const LATIN_NAMES = ['kuaishou', 'kwai', 'ks', 'pingtai'];
/** What the Latin self-introduction cues share: Latin words run long in the compact view (kuaishouimportofficialsupporthere). */
const LATIN_SELF_INTRO = { words: LATIN_NAMES, reach: 40, severity: 'block', message: MESSAGE, grow: true, scope: 'clause' } as const;
const LATIN_QUALIFIER = '(?:jinkou|dianshang|pingtai|guanfang|de|import|official|ecommerce|platform|global|china)';
const LATIN_ROLE = '(?:kefu|xiaoer|gongzuorenyuan|yuangong|shenhe|zhongcai|shouhou|customer(?:service|support|care)|support|service|staff|team|admin|agent|reviewer|arbitrat|employee|representative|helpdesk|cs)';

/** The platform named in any of its spellings, for patterns anchored on a later word. */
const PLATFORM_ALT = alt(PLATFORM_WORDS);
/** Not pointing the buyer to the platform or quoting them: 品牌, 说, 联系… right before the name. */
const NOT_POINTING = '(?<!品牌|店铺|本店|我们店|说|问|是否|以为|觉得|联系|找|请|向|申请)';
/** The platform or its system as the sender of a message: 平台自动回复, 快手官方, 系统消息. */
const SYSTEM_VOICE = `${alt([...PLATFORM_WORDS, '系统'])}(?:平台|官方|系统|电商|进口)*(?:的)?(?:(?:自动|统一|直接)?(?:回复|发送|推送|生成|发出|下发|发布|通知|消息|提醒|公告)|$)`;
const SELF_NOTICE = '把回复说成平台或系统发出的消息，属于冒充平台（规则 2.9）';

const cues: Cue[] = [
  {
    // Sent from or working at the platform: 我是从平台那边调过来的, 我在快手总部上班, 本人就职于快手进口.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|我这边)(?:是|就是|也是)?(?:从|在|由)$/,
    after: new RegExp(`^(?:进口|电商|平台|${GUANFANG})*${LOC}?(?:(?:直接|专门|特意|特地|临时)?(?:派|调|借调|抽调|下派|派遣|委派|指派)(?:过来|来|下来|嚟)|派驻|驻店|驻场|(?:上班|工作|任职|就职|供职|做事|打工)(?!台)|(?:做|干)(?:审核|客服|售后|运营|风控|仲裁|质检))`),
    grow: true,
    scope: 'clause',
  },
  {
    // 本人就职于快手进口: employed by the platform, said of oneself.
    words: ['就职于', '任职于', '供职于', '工作于', '受雇于', '就职在', '任职在', '效力于'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人)[^，。]{0,4}$/,
    after: re`^${[...PLATFORM_NAMES, '平台', '平台方']}`,
    grow: true,
    scope: 'clause',
  },
  {
    // Offices only the platform has, named without it: 这边是售后仲裁组, 我是风控中心的, 这里是消费者权益保障部.
    // A shop has its own 售后组 and 客服部; it has no arbitration, risk-control or consumer-protection office.
    words: ['仲裁', '裁定', '裁决', '风控', '消费者权益保障', '消费者保障', '权益保障', '消保', '纠纷处理', '纠纷调解', '申诉'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${SELF_SRC}(?:平台|${GUANFANG})?(?:售后|纠纷|争议|交易|投诉)?$`),
    after: /^(?:复核|处理|审核|审理|调解)?(?:专员|中心|部门?|小组|组|团队|委员会|员|人员|处|庭|官)/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office's title standing alone beside a service greeting, in either order: 工号KS-0231为您服务，
    // 快手进口平台专线客服 / 很高兴为您服务，快手进口官方售后专线.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /^(?:您好|你好|亲|亲亲|hi|hello)?$/,
    after: new RegExp(`^${OFFICE}(?:小.|阿.)?$`),
    window: 40,
    sentence: /为(?:您|你)服务|竭诚为|很高兴为|有什么可以帮|请问(?:您|你)?(?:有什么|需要|想|要)/,
    notBefore: /(?:联系|找|问|咨询|向|请|品牌|旗舰店|店铺|本店|店)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // Latin self-introductions: wo shi kuaishou guanfang de kefu, This is Kuaishou customer service.
    ...LATIN_SELF_INTRO,
    before: /(?:woshi|womenshi|wojiushi|womenjiushi|zhelishi|zhebianshi|wozhebianshi|benrenshi|thisis|hereis|iam|im|weare|were)(?:the|a|an)?$/,
    after: new RegExp(`^${LATIN_QUALIFIER}*${LATIN_ROLE}`),
  },
  {
    // I am from Kuaishou / I work at Kwai: belonging needs no role.
    ...LATIN_SELF_INTRO,
    before: /(?:iam|im|weare|were|i|we)(?:from|(?:work|worked)(?:for|at))(?:the)?$/,
  },
  {
    // Kuaishou Import Official Support here / Kwai team speaking: the sign-on of a phone or chat desk.
    ...LATIN_SELF_INTRO,
    after: new RegExp(`^${LATIN_QUALIFIER}*${LATIN_ROLE}(?:team|center|centre|desk)?(?:here|speaking)`),
  },
  {
    // The message itself declared the platform's or the system's: 此条为平台自动回复, 本消息由快手平台自动发送,
    // 本条通知来自快手官方. A shop's own auto-reply (本消息为店铺自动回复) names the shop, not the platform.
    // Anchored on the message's self-reference (rarer than the platform's name).
    words: ['此条', '本条', '这条', '此消息', '本消息', '该消息', '此通知', '本通知', '这个通知', '此信息', '本信息', '本短信', '此短信', '以上', '以下', '下面', '本回复', '此回复'],
    severity: 'block',
    message: SELF_NOTICE,
    after: new RegExp(`^(?:消息|通知|信息|内容|回复)?(?:为|是|系|由|来自|属于|乃)(?:快手|平台|官方)?${SYSTEM_VOICE}`),
    grow: true,
    scope: 'clause',
  },
  {
    // 此为官方系统消息: the same with the verb in the anchor.
    words: ['此为', '此乃', '此系'],
    severity: 'block',
    message: SELF_NOTICE,
    after: new RegExp(`^(?:快手|平台|官方)?${SYSTEM_VOICE}`),
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's voice vouching: 快手进口电商平台郑重承诺：本店…, 平台特此声明, 快手官方担保：本店…. Reporting
    // the platform's own programme (平台承诺的七天无理由, 平台承诺跨境商品正品保障) vouches for no shop.
    words: ['承诺', '保证', '声明', '担保', '宣布', '告知', '公告', '通知'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${NOT_POINTING}${PLATFORM_ALT}(?:平台|${GUANFANG}|电商|进口)*(?:郑重|特此|庄严|在此|正式)$`),
    notAfter: /^[的过了]/,
    asked: true,
    grow: true,
  },
  {
    // …and without the solemn word, when what follows is the shop: 快手官方担保：本店所有进口奶粉….
    words: ['承诺', '保证', '担保', '声明', '作保', '背书'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${NOT_POINTING}${PLATFORM_ALT}(?:平台|${GUANFANG}|电商|进口)*$`),
    after: /^(?:本店|我们店|我们家|我家|小店|该店|此店|本商家)/,
    asked: true,
    grow: true,
  },
  {
    // 我们平台规定… / 按照咱们平台的规定: the shop speaking as the platform that makes the rules. A warning:
    // sellers say 我们平台 loosely for "the platform we sell on"; 快手平台规定 says the same without posing.
    words: ['我们', '咱们', '咱', '我方', '本'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name)),
    severity: 'warn',
    message: '用“我们平台”的口吻宣布平台规定，容易被认定为冒充平台（规则 2.9）；请说“快手平台规定”',
    after: /^(?:这边|方面)?(?:的)?(?:有|也有)?(?:明确|统一|硬性)?(?:规定|要求|政策|规则|条款|不允许|不支持|决定|有权|判定|认定|说了算)/,
    grow: true,
  },
  {
    // The platform's staff called one's colleagues: 平台审核那边的同事也跟我说了, 快手审核部的同事说…. Only a
    // platform employee has colleagues there; the shop's own people (我们店的同事) stay the shop's.
    words: ['同事', '领导', '主管', '上级', '同僚'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!品牌|店铺|本店|我们店|我们家)${PLATFORM_ALT}(?:${GUANFANG}|平台|进口|电商)*(?:客服|审核|售后|仲裁|风控|运营|质检|纠纷|法务)?(?:部门?|组|中心|团队)?${LOC}?(?:的)?(?:几个|好几个|一个|一位|那位)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // The platform vouching for this shop's goods: 快手官方帮我们把过关的, 平台替我们做了质检, 平台给我们店背书.
    words: ['把关', '把过关', '把了关', '验过', '验了', '验货', '做了质检', '做过质检', '质检', '检测过', '审核过', '背书', '担保', '兜底', '作保', '认证过'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!要求|让|请|希望|如果|若)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:已经|都|也|亲自|专门)?(?:帮|替|给|为)(?:我们|本店|我家|咱家|小店|我们店|我们家)(?:店)?(?:的货|的商品|这批货)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // The shop promising what the platform pays: 出了问题平台兜底赔付, 有任何问题平台包赔. A warning: the platform
    // may run such a programme, but the shop cannot promise it; pointing the buyer to it (可以申请平台先行赔付) is fine.
    words: ['兜底', '包赔', '包退包赔', '全额赔付', '全赔', '三倍赔付', '十倍赔付', '负全责', '全权负责'],
    severity: 'warn',
    message: '替平台承诺赔付，容易让买家误以为是平台的保证（规则 2.9）；请说明以平台规则和处理结果为准',
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|让|要求)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:会|都|来|直接|全部|负责)?$`),
    sentence: /问题|假|坏|万一|如果|出事|瑕疵|破损|放心|担心/,
    notSentence: /(?:可以|能|需要)(?:申请|找|联系)|申请平台/,
    grow: true,
  },
  {
    // Platform powers wielded by the shop: 我这边直接给您开通了“平台极速退款”权限, 我给您解除了平台的下单限制.
    words: ['开通', '开启', '解除', '恢复', '解冻', '解封', '打开'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|这边|本店)(?:已经|已|刚刚|刚|直接|特意|专门)*(?:给|为|帮)(?:您|你)(?:把)?(?:的)?(?:账号|账户|帐号)?(?:的)?(?:平台|快手|官方)?[^，。]{0,8}?$/,
    after: /^(?:了)?(?:“|")?(?:(?:平台|快手|官方)[^，。]{0,6}?(?:权限|通道|特权|资格|限制|功能)|极速退款|闪电退款|秒退|绿色通道|vip通道|退款权限|下单权限|账号权限)/,
    sentence: /平台|快手|官方|极速退款|闪电退款|秒退|下单权限|退款权限/,
    grow: true,
    scope: 'clause',
  },
  {
    // The same with 把 first: 我帮您把账号的平台退款权限开通了.
    words: ['权限', '通道', '限制', '特权'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|这边|本店)[^，。]{0,4}?(?:给|为|帮)(?:您|你)把[^，。]{0,12}?(?:平台|快手|官方|极速退款|下单|退款)[^，。]{0,6}$/,
    after: /^(?:给您|给你)?(?:都)?(?:开通|开启|解除|恢复|打开|解冻)/,
    grow: true,
    scope: 'clause',
  },
  {
    // A private line from the platform: 这是平台给我们的特殊通道, 平台给了我们店特殊权限, 我们有平台给的内部通道.
    words: ['通道', '特权', '权限', '渠道', '接口', '后台'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:官方|平台)?(?:(?:特别|专门|单独)?(?:给|授予|开放给|开给)(?:了)?(?:我们|本店|我家|咱家|小店|我们店|我们家)?(?:店)?(?:的)?|给的|给我们的)(?:特殊|专属|内部|专门|独家|特别)(?:的)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // 平台让我转告您：不能退 — relaying a ruling the platform never sent through the shop.
    words: ['让我转告', '叫我转告', '要我转告', '让我通知', '让我告诉您', '让我告诉你', '让我传达', '委托我转告', '托我转告'],
    severity: 'block',
    message: MESSAGE,
    before: re`${[...PLATFORM_NAMES, '平台', '官方', '小二', '平台方']}(?:那边|方面|客服|审核)?$`,
    grow: true,
    deniable: false,
  },
  {
    // 小二已经帮您审核过了 — the shop's agent calling itself the platform's 小二 and ruling on the case.
    words: ['小二'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:这边|我)?(?:已经|已|会|正在|刚刚|刚)?(?:帮|为|给)?(?:您|你)?(?:审核|判定|裁定|介入|核实|核查|仲裁)/,
    // 平台小二介入后… reports the platform's staff; the agent speaking as 小二 names no platform.
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|等待|由|申请|转|转给|提交给|反馈给|会有|平台|快手|官方|客服)(?:的)?$/,
  },
  {
    // 快❤手❤官❤方提醒您，… — the platform's own voice addressing the buyer.
    words: PLATFORM_NAMES,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:平台|电商|进口|进口电商)?官方(?:特别|温馨)?(?:提醒|通知|告知|提示)(?:您|你)/,
    grow: true,
    notBefore: /(?:收到|看到|是|的|说|这条|那条|以|按|根据|请查看|查看)$/,
  },
  {
    // The platform's voice: 经快手平台审核…已被驳回, 快手官方已为您开通极速退款, 平台担保：…三倍赔付, 这是快手官方的最终答复,
    // 平台和我们是一体的, 找我就等于找官方, 快手平台客服在此, 我同时也是快手平台的审核员.
    words: [
      '经快手平台审核', '经平台审核', '经快手审核', '经平台核查', '经核查商家无违规', '平台已判定', '平台已驳回', '已为您开通极速退款', '为您开通极速退款', '退款通道关闭',
      '平台担保', '替店铺做了担保', '出了问题平台负责', '由平台直接负责', '官方三倍赔付', '平台三倍赔付', '官方的最终答复', '平台的最终答复', '不予受理', '平台和我们是一体', '和平台是一体',
      '等于找官方', '也就是快手的客服', '就是快手的客服', '客服在此', '也是快手平台的', '也是平台的审核', '官方自营店', '平台标记为恶意', '平台将对您', '对您的账号进行处理',
      '系统自动回复',
    ],
    severity: 'block',
    message: MESSAGE,
    notBefore: /(?:不|不会|无法|并不|不是|以|请以|可以申请|申请)$/,
    notAfter: /^(?:类|些|方面)/,
    notSentence: /申请平台介入|可以联系平台|联系快手官方|以平台为准|平台处理结果为准|您可以/,
  },
  {
    // 快手小店 is the shop's own storefront: 我是快手小店的客服 is the shop's agent speaking.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: SELF,
    after: ROLE,
    grow: true,
    scope: 'clause',
  },
  {
    // 我以平台的名义向您保证 / 我们已经以快手官方的名义驳回了: acting in the platform's own capacity.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: re`(?:我|我们|本人|本店)(?:已经|已|现在|刚刚|刚才|刚|正在|特此|会|将|今天|这就|就|马上|直接|现)?以$`,
    after: /^(?:官方|平台|方)?(?:的)?(?:名义|身份)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们是跟快手官方直连的 / 我这边的处理跟平台裁定一样有效: the shop's word passed off as the platform's.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家)(?:这边)?(?:是|就是|属于)(?:跟|和|与|同)$/,
    after: /^(?:官方|平台|后台)?(?:是)?(?:直连|直通|直接对接|一体|一家|内部|同一个|同一套|一个系统)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们跟平台是同一个系统: the same claim with 是 after the platform (我们和快手是合作关系 is not one).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家)(?:这边)?(?:跟|和|与|同)$/,
    after: /^(?:官方|平台|后台)?(?:是|就是)(?:直连|直通|一体|一家|内部|同一个|同一套|一个系统)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 本店由快手官方直营 / 我们属于平台自营: only the platform runs its own shops.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|本店|我们店|咱家|我家|小店|我们家|这家店)(?:是|就是|属于|由|系|为)$/,
    after: /^(?:平台|官方|电商|进口电商)*(?:的)?(?:自营|直营)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我是受快手委托的售后仲裁员: a mandate from the platform to rule on the case.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|本店)(?:是)?(?:受|由)$/,
    after: /^(?:官方|平台)?(?:委托|委派|指派|授权|派遣|派)(?:的|来)?[^，。]{0,4}?(?:仲裁|审核|客服|专员|处理|判定|裁定|调解|质检|核实|人员)/,
    grow: true,
  },
  {
    words: ['一样有效', '同样有效', '同等效力', '同样的效力', '一样的效力', '效力一样', '效力相同', '一样算数', '一样作数', '一样管用'],
    severity: 'block',
    message: MESSAGE,
    before: re`(?:跟|和|与|同)${[...PLATFORM_NAMES, '平台', '官方', '平台方']}[^，。]{0,8}$`,
    sentence: /我|本店|我们|咱/,
    notSentence: /凭证|截图|发票|电子|复印|纸质|原件/,
    grow: true,
  },
  {
    // 官方客服已接管此会话 / 此会话已由快手官方接管: announcing the platform has taken over the chat.
    words: ['接管', '接手', '接入本会话', '接入此会话', '接入会话', '接入本次会话', '接入对话', '接入本次对话'],
    severity: 'block',
    message: MESSAGE,
    before: re`(?:${[...PLATFORM_NAMES, '平台', '官方', '平台方']}(?:官方)?(?:客服|小二|审核|仲裁)?(?:中心|部门?|团队|组)?(?:已经|已|现已|现在|正式)+|(?:已经|已|现已|现在|正式)+由${[...PLATFORM_NAMES, '平台', '官方', '平台方']}(?:官方)?(?:客服|小二|审核|仲裁)?(?:中心|部门?|团队|组)?)$`,
    // The chat itself taken over; 平台已接手您的售后 may be a true report after the buyer asked for it.
    sentence: /会话|对话|聊天|窗口|咨询/,
    grow: true,
  },
  {
    // 我这边是快手官方的 / 我是快手的，不是商家: belonging to the platform, said of oneself. Bare 官方 is
    // left out: 我们是官方的 is what a brand's own flagship shop says.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: SELF,
    after: new RegExp(`^(?:官方|平台)?${LOC}?(?:${DE}|${DE}人)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    after: OFFICE_SPEAKS,
    grow: true,
    // 请联系平台客服 / 等平台客服通知您 point the buyer to the platform; 品牌官方客服为您服务 is the brand's own shop.
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|等待|由|申请|转|转给|提交给|反馈给|会有|品牌|旗舰店|店铺|本店|店|品牌方)$/,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    after: MANDATE_AFTER,
    grow: true,
    deniable: true,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: SPEAKS_FOR,
    notAfter: OWN_STANDING,
    grow: true,
  },
  {
    // Speaking for the platform: 我代表快手平台, 我说的就代表平台, 我们和快手官方是一家的.
    words: [
      '代表平台', '代表快手', '代表官方', '代表快手平台', '代表快手官方', '代表平台方', '和快手官方是一家', '跟快手官方是一家', '和平台是一家', '跟平台是一家', '和官方是一家',
      '我们就是平台', '我们就是官方', '我就是平台', '我就是官方', '我们就是快手', '平台授权我', '官方授权我', '平台委托我', '快手委托我', '平台让我来', '平台派我',
    ],
    severity: 'block',
    message: MESSAGE,
    notBefore: /(?:不|不能|无法|并不|不会|无权)$/,
    notAfter: OWN_STANDING,
  },
  {
    // The platform's decision announced in its own voice: 快手官方审核已通过您的退款, 平台这边已经判定您属于恶意退款.
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'warn',
    message: '以平台口吻宣布处理结果，容易被认定为冒充平台（规则 2.9）；请说明这是平台的处理结果并引导买家在平台查看',
    after: /^(?:的)?(?:官方)?(?:审核|客服|这边|方面|系统)?(?:已经?|现已|已被)(?:判定|认定|裁定|驳回|冻结)(?:您|你)|^(?:的)?官方(?:审核)?(?:已经?|已)通过(?:您|你)/,
    notBefore: /(?:向|请|让|等|申请|联系|问问|问)$/,
  },
];

const rule = cueRule({
  meta: {
    id: 'impersonate-platform',
    clause: '2.9',
    severity: 'block',
    title: { zh: '冒充平台或平台工作人员', en: 'Posing as the platform or its staff' },
    description: {
      zh: '规则 2.9 禁止冒充平台或平台工作人员与买家沟通：自称快手官方客服、平台小二、审核专员、仲裁员，说代表平台、受平台委派，或以平台口吻宣布判定结果（含 K手、筷手、ks 等写法）。说明自己是店铺客服、引导买家联系平台，不算。',
      en: 'Rule 2.9 forbids posing as the platform or its staff: claiming to be Kuaishou official support, platform staff, a reviewer or arbitrator, speaking for the platform, or announcing its rulings in its voice. Saying you are the shop’s agent and pointing to platform support is fine.',
    },
    hint: { zh: '表明店铺身份，例如“我是本店客服，平台的处理结果请在订单页查看，也可以联系快手官方客服”。', en: 'Say you are the shop’s agent and point to the platform: "I am this shop’s agent; see the platform’s ruling on the order page."' },
  },
  cues,
  regexes: [OFFICE_SPEAKS, MANDATE_AFTER, SPEAKS_FOR, OWN_STANDING],
});

export default rule;
