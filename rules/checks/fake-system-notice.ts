// 2.9: a reply dressed as a platform or system notice — 【系统消息】您的账户存在风险…, 快手官方通知：您的订单
// 因违规已被冻结…, 快手安全中心提醒您：您的账号存在异常…. A merchant's chat message must never look like
// the platform speaking. Also: office or staff labels (平台客服 工号kf8823：, Kuaishou Official：, ㊟官方提示：),
// symbol-framed labels (🔔快手官方🔔), and a platform office signing off on the last line or after a dash
// (…\n快手进口电商 消费者权益保障部, …——快手售后审核组, or on the same line before 敬上/谨启), a platform or system
// voice label speaking to the buyer whatever it says ([系统消息] 您的退款申请已进入复核…, 平台消息：您的评价…), and
// the platform's name alone as an SMS sign at the start (【快手进口】尊敬的用户…), the bare system detecting what only
// the platform sees (系统检测到您的评价含不实信息…). Round 5: office labels with a courtesy verb (快手进口电商客服部温馨
// 提醒您：, 快手电商服务部友情提示：), spaced or long labels (快 手 進 口 … 提 醒 您：, 【KS-IMPORT Service Center】), the
// platform's own 快手小店官方运营, desks only the platform has as bare labels over a sanction (审核员提醒：您的评价含违规…),
// a system label over the chat being handed on (【系统消息】该会话已转接至平台人工客服), and a numbered platform announcement
// cited to take a right away (根据《快手进口电商平台公告》第17号，…价格保护已取消), the buyer told they were sanctioned
// by the platform (您已被快手平台列为高风险用户), and a platform ruling closed with a notice's formula (根据平台裁决，…不予
// 支持，如有异议请于3日内回复本消息). Round 6: a platform rule cited to dock the buyer's credit or account (根据平台最新规定，
// …将自动扣除您的信用分), a numbered article of a platform 条例/办法 taking a right away (根据《快手进口电商消费者保障条例》第12条，
// 定制类商品一律不退), English labels (Kwai official reminder:), and a bare 官方 framed by symbols over a body naming the platform
// (🔔官方🔔 恭喜您成为快手进口VIP会员). Not: 根据平台规定，超时未寄回的售后单会自动关闭; a law's article; 🌟官方🌟 本店新品上架.
// Round 7: a notice word with the platform as sender in brackets (温馨提示（来自快手电商官方）：, 友情提示（快手官方）：; the bare system
// as sender only over a sanction), latin and pinyin voice labels over the buyer's account or order (System notice: refund failed due
// to risk control, xitong tongzhi: nin de zhanghao yichang), and 官方客服温馨提醒您 (温馨 after an official voice is no shop label).
// Not: 温馨提示（来自仓库）：, 温馨提示（品牌官方）：, System message: your parcel has arrived.
// Not breaches: mentioning notices the buyer got
// (收到系统通知了吗？退款已原路退回, 快手安全中心的提醒是平台发的), the system's prompts (系统提示您已签收),
// pointing to an office (请联系：\n快手官方客服中心), the shop's own sign-off (——宝贝海外购客服部), a rule cited
// (【平台规则】跨境商品不支持七天无理由), a list of steps (买家申请\n平台审核\n退款到账), a brand's bare 【官方回复】, a
// relayed notice that addresses no one (系统通知：明天起仓库搬迁), a shop label (【快手同款】), the shop's order system
// (系统检测到您的地址不完整), 快手小店客服提醒您 (the shop's desk), 平台公告说春节物流会延迟 (no number, no right taken).
// Round 11 (t11b): a notice label over the platform's money or guarantee (【官方公告】本店订单由平台全额担保); platform desks named by
// a desk word + suffix (快手安全团队提醒：, 快手信用中心通知：; not 快手安全提示：).
// Then (t11b): 结果/决定 before the notice word (快手售后处理结果通知：).
// Round 12 (t12b): returns refused outright under a notice label (🔔平台公告🔔 …擅自寄回的包裹平台仓将一律拒收).
// Late (t11b): 风险提醒 / 安全警告 labels; 服务台 / 窗口 / 热线 as desk suffixes (KS电商服务台：).
// Round 13 (t13d): a bracketed or framed label relayed after a colon (转给您一条：【系统消息】…; not when the lead asks 是这个吗：); the
// system's finding as a label (系统检测：, 系统判定：); persona and desk labels (平台小秘书提醒您：, 平台智能助手温馨提示：, 快手消费者权益部回访：);
// a sanction label on the buyer's account, order or money with no sender (【账户安全警告】, 【订单异常通知】…锁定); a verification tag
// after an office label (快手客服（官方认证）：, 快手官方客服｜认证账号：); latin refusals and removals (bohui, shanchu, rejected). Not: 【发货异常通知】, 【物流异常提醒】.
// Round 15 (t15a): a whole system line wrapped in brackets (（系统提示：买家已同意关闭售后）): a bracketed label never holds a colon, the
// label is what comes before it. Not: （温馨提示：我们周末也发货）.
// Then (batch db): review desks as labels over a sanction (审核组通知：…售后单已关闭; not 仓库审核组), and a verification tag after a signer
// (Ks官方客服 ✓已认证).

import { alt, cueRule, re, type Cue } from '../detect/cue-rule';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { PLATFORM_NAMES, PLATFORM_OR_OFFICIAL, SHOP_OUT_OF_REACH, SHOP_RELAYS_ONLY } from '../lexicon/conduct';
import { foldTerm } from '../normalize';
import { deskPointed } from '../detect/desk-pointed';

/** Only a greeting or the platform's name may precede the notice label. */
const LEAD = re`^[（(\[【〔]?\s*(?:亲|亲爱的|您好|你好|尊敬的(?:用户|买家|客户|会员)|温馨提示)?${PLATFORM_NAMES}?(?:平台|官方|电商)?$`;
/** What such notices are about: the buyer's account or order at risk. */
const SUBJECT = /账户|账号|帐户|帐号|订单|支付|资金|信用|店铺|会员|实名|退款|退货|申请|评价|差评|投诉|申诉|售后/;
// Round 12 (t12b): also returns refused outright (…擅自寄回的包裹平台仓将一律拒收).
const THREAT = /拒收|一律不|锁定|暂停|风险|违规|不实|恶意|冻结|限制|封号|封禁|处罚|涉嫌|解冻|解除|验证|注销|扣除|扣分|停用|失效|关闭|受限|驳回|隐藏|删除|不成立|拒绝|黑名单|判定|不予|不支持|无效|作废|撤销|撤回|撤诉/;
/** The strong half of THREAT: what a rule citation (【平台规则】…不支持七天无理由) does not say. */
const SANCTION = /异常|风险|违规|冻结|限制|封号|封禁|处罚|涉嫌|解冻|解除|验证|注销|扣除|扣分|停用|失效|关闭|受限|驳回|隐藏|删除|不成立|拒绝|黑名单|判定|不予/;
/** A label that announces (公告, 提示, 官方…) rather than cites a rule. */
const ANNOUNCING = /提示|通知|公告|提醒|消息|警告|官方|notice/;

/** Labels of a platform or system notice (【系统消息】, 官方公告：, 快手安全中心…). */
const NOTICE_LABELS = [
  '系统消息', '系统通知', '系统提醒', '系统公告', '官方通知', '官方公告', '官方提醒', '平台通知', '平台公告', '平台提醒', '安全中心', '风控中心', '违规通知', '处罚通知',
  '封号通知', '冻结通知', '账户通知', '账号通知', '安全提醒', '风险提示', '重要通知', '平台提示', '官方提示', '快手通知', '快手提醒', '平台警告', '官方警告',
  '风控通知', '违规提醒', '风险提醒', '风控提醒', '安全警告', '异常提醒', '冻结提醒',
];

const cues: Cue[] = [
  {
    // Round 32 (t32e): a platform-only desk as the notice's label, the platform unnamed (【评价管理组】您发布的评价含不实信息…逾期将由平台删除;
    // 内容审核中心：您的评论涉嫌违规，已被隐藏). Only the platform manages reviews, content, accounts or credit; the shop's own desks (售后组,
    // 仓储部) label no such notice. Like the labels above: at the sentence's start, over the buyer's account or review and a sanction.
    words: ['管理组', '管理中心', '管理部', '管理小组', '审核组', '审核中心', '审核部', '审核小组', '治理组', '治理中心', '治理部', '监管组', '监管中心', '安全组', '安全部'],
    severity: 'block',
    message: '把回复伪装成平台或系统通知，属于冒充平台（规则 2.9）',
    before: re`^[（(\[【〔]?\s*(?:亲|您好|你好)?${PLATFORM_NAMES}?(?:平台|官方|电商)?(?:评价|评论|内容|账号|账户|帐号|信用|交易安全|交易|社区|违规|规则)$`,
    sentence: [new RegExp(`${SUBJECT.source}|评论|内容`), THREAT],
    notAfter: /^(?:的|是|说|里|上|中|了吗|吗|没|有没有|已经说|显示|会|那边|这边)/,
    reach: 24,
    deniable: false,
  },
  {
    // The buyer told they were sanctioned by the platform: 您已被快手平台列为高风险用户, 你已被平台标记为恶意用户.
    words: [...PLATFORM_NAMES, '平台', '官方', '系统'],
    severity: 'block',
    message: '以平台名义宣布对买家的处理，属于冒充平台（规则 2.9）',
    before: /(?:您|你)(?:的账号|的账户|的帐号|的评价|的订单|的差评|的评论|的投诉|的申请|的退款)?(?:已|已经|现已|目前已)?被$/,
    // A favourable label (已被系统判定为优质评价) sanctions no one.
    after: /^(?:官方|平台|系统)?(?:(?:列为|列入|判定为|认定为|标记为|定为)(?:了)?(?:恶意|违规|风险|高风险|异常|虚假|无效|失信|黑名单|不实|刷单|职业|骗|限制|风控|可疑)|限制|封禁|封号|冻结|处罚|降级|拉黑|禁止)/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // A ruling closed with a notice's formula: 根据平台裁决，本单退款申请不予支持，如有异议请于3日内回复本消息.
    words: ['回复本消息', '回复此消息', '回复本通知', '特此通知', '特此告知', '逾期视为', '逾期未回复'],
    severity: 'block',
    message: '以平台通知的格式宣布平台的裁决，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: re`(?:根据|依据|按照|经)${PLATFORM_OR_OFFICIAL}(?:官方)?(?:的)?(?:裁决|判定|裁定|审核|处理结果|决定|核实)`,
    deniable: false,
  },
  {
    // A numbered platform announcement cited to take a right away: 根据《快手进口电商平台公告》第17号，本类商品价格保护已
    // 取消, 依据快手进口电商平台第23号公告，本店商品不再支持退货. The shop invents the platform's rule-making; the
    // platform's announcements cited without a number or a withdrawn right (平台公告说春节物流会延迟) invent nothing.
    words: ['公告', '通告', '公示', '文件'],
    severity: 'block',
    message: '援引编号的平台公告宣布取消买家权益，属于冒充平台（规则 2.9）',
    sentence: [
      re`${PLATFORM_OR_OFFICIAL}`,
      /第?[0-9一二三四五六七八九十百]+号|[0-9]{4}第?[0-9]+号|编号[0-9]+/,
      /取消|不再|不支持|不予|作废|失效|停止|暂停|下线|关闭|废止|无效|不能|不可/,
    ],
    notSentence: /假|骗|冒充|不是平台|没有这个|没有这条|不存在/,
    asked: true,
  },
  {
    // 您已被列入平台黑名单 — only the platform keeps such lists; a shop announcing one poses as it.
    words: ['黑名单', '失信名单', '风险名单', '限制名单'],
    severity: 'block',
    message: '以平台口吻称买家被列入黑名单，属于冒充平台（规则 2.9）',
    before: /(?:您|你)(?:的账号|的账户)?[^，。！？]{0,8}?(?:已|已经)?(?:被)?(?:我们|本店|商家|店铺)?(?:列入|加入|拉入|拉进|纳入|列进|放入)(?:了)?(?:平台|快手|官方|系统)(?:的)?$/,
    reach: 28,
    deniable: false,
  },
  {
    // Round 11: the same label over the platform's own money or guarantee given for the shop (【官方公告】本店订单由平台全额担保，…由快手
    // 官方先行赔付; 系统通知：本次活动由平台补贴): the platform's promises are announced by the platform. 【平台规则】 cites, it promises nothing.
    words: NOTICE_LABELS,
    severity: 'block',
    message: '把回复伪装成平台或系统通知，属于冒充平台（规则 2.9）',
    before: LEAD,
    sentence: /由(?:平台|快手|官方|系统)[^，。]{0,6}?(?:担保|赔付|兜底|承保|补贴|承担|负责|保障|发放|赔)|(?:平台|快手|官方)(?:全额|先行|负责|兜底|担保|承保|补贴|包赔)(?:赔付|担保|兜底|补贴|赔偿|承担)?/,
    notAfter: /^(?:的|是|说|里|上|中|了吗|吗|没|有没有|已经说|显示|会)/,
    reach: 24,
    deniable: false,
  },
  {
    words: NOTICE_LABELS,
    severity: 'block',
    message: '把回复伪装成平台或系统通知，属于冒充平台（规则 2.9）',
    before: LEAD,
    sentence: [SUBJECT, THREAT],
    notAfter: /^(?:的|是|说|里|上|中|了吗|吗|没|有没有|已经说|显示|会)/,
    reach: 24,
    deniable: false,
    // Round 14 (fa14b): over an anti-scam warning (安全提醒：凡是自称平台工作人员说您账号被冻结…的，都是骗子) — see SCAM_WARNED below.
    unless: (ctx, _start, end) => {
      const body = ctx.after(end, 80, 'hard');
      return (SCAM_WARNED.test(body) && !OWN_SANCTION.test(body)) || SHOP_RELAYS.test(body);
    },
  },
  {
    // Round 40 (t40c): a platform notice label in brackets heading the message over an order step the buyer is told to take by a deadline
    // (【官方通知】请于今日内确认收货, 【系统通知】请在24小时内完成实名验证, 【平台提醒】务必尽快签收): the bracket makes it the platform's
    // notice, whatever it is about. Not a label unbracketed or over news (【官方通知】春节期间暂停发货), nor the step without a deadline.
    words: NOTICE_LABELS,
    severity: 'block',
    message: '把回复伪装成平台或系统通知，属于冒充平台（规则 2.9）',
    before: LEAD,
    sentence: [
      /确认收货|签收|付款|支付|补款|补缴|缴纳|验证|认证|实名|激活|绑定|解绑|授权|登录|好评|评价|(?:撤销|撤回|取消)(?:投诉|申诉|退款|售后|差评)/,
      /(?:于|在)[^，。！？]{0,8}?(?:内|前|之前)|尽快|立即|立刻|马上|务必|逾期|过期|超时/,
    ],
    notAfter: /^(?:的|是|说|里|上|中|了吗|吗|没|有没有|已经说|显示|会)/,
    reach: 24,
    deniable: false,
    unless: (ctx, start, end) => !bracketedLabel(ctx, start, end),
  },
  {
    // The shop announcing a platform sanction on the buyer: 根据平台处罚决定，您的评价将被删除 / 接到快手通知，您的账号
    // 将被限制下单. Only the platform sanctions a buyer, and it tells the buyer itself. Questions, conditions and
    // reassurance (平台不会限制您的账号) are not announcements.
    words: ['您的账号', '你的账号', '您的账户', '你的账户', '您的帐号', '你的帐号', '您的评价', '你的评价', '您的差评', '你的差评', '您的购买权限', '你的购买权限', '您的下单权限'],
    severity: 'block',
    message: '以平台名义宣布对买家账号或评价的处理，属于冒充平台（规则 2.9）',
    after: /^[^，。！？]{0,12}?(?:将被|会被|已被|已经被|将会被|马上被|即将被)(?:平台|快手|官方|系统)?(?:限制|删除|封|冻结|清除|隐藏|注销|处罚|扣|拉黑|列入|禁止|屏蔽|(?:判定|认定|判)为(?:恶意|违规|无效|虚假|异常))/,
    asked: true,
    sentence: /平台|快手|官方|系统|小二/,
    notSentence: /如果|若|假如|万一|是否|会不会|吗|不会|没有|怎么|申诉|联系(?:快手|平台|官方)|查看|核实|消息中心/,
    deniable: false,
  },
  {
    // The bare system detecting something only the platform sees, at a sentence's start: 系统检测到您的评价含不实
    // 信息…, 系统识别到您的差评含违规内容. A shop's order system sees addresses and parcels, not accounts and reviews.
    words: ['系统'],
    severity: 'block',
    message: '以平台系统的口吻通知买家账户或评价异常，属于冒充平台（规则 2.9）',
    // Round 40 (t40c): …also after a word of time (刚才系统检测到您的账号存在异常退货行为, 今天系统监测到…).
    before: /^(?:亲|亲亲|您好|你好|尊敬的(?:用户|买家|客户|会员))?(?:刚才|刚刚|方才|今天|今日|近期|最近|目前|现在|昨天|此前)?$/,
    after: /^(?:已经?|已)?(?:检测到|监测到|识别到|识别|监测|发现|判定|认定)(?:您|你)(?:的|当前)?(?:账号|账户|帐号|帐户|评价|差评|评论|信用|购物信用|实名|会员)/,
    sentence: THREAT,
    asked: true,
  },
  {
    // The system acting on the buyer's complaint or review at a sentence's start: 系统已自动为您撤销投诉. Only the
    // platform's system touches complaints; 平台系统会自动撤销超时未处理的投诉 explains the rule.
    words: ['系统'],
    severity: 'block',
    message: '以平台系统的口吻宣布已处理买家的投诉或评价，属于冒充平台（规则 2.9）',
    before: /^(?:亲|亲亲|您好|你好|尊敬的(?:用户|买家|客户|会员))?$/,
    after: /^(?:已经?|已|现已)(?:自动)?(?:为|给|帮)?(?:您|你)?(?:撤销|撤回|关闭|取消|删除|隐藏|驳回)(?:了)?(?:您|你)?(?:的)?(?:投诉|申诉|售后|退款|评价|差评|评论)/,
    grow: true,
    asked: true,
  },
  {
    // The platform's system as the speaker: 快手系统检测到您的账号存在违规行为 (any label before it).
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: '以平台系统的口吻通知买家账户或订单异常，属于冒充平台（规则 2.9）',
    after: /^(?:的)?(?:官方)?(?:系统|风控系统|风控|安全中心|风控中心|大数据|后台)(?:已经?|已)?(?:检测到|监测到|识别到|发现|判定|显示)(?:您|你)/,
    grow: true,
    sentence: [SUBJECT, THREAT],
    notBefore: /(?:如果|若|会|可能|说|问|是否)$/,
    reach: 24,
  },
  {
    // A platform rule cited to dock the buyer's own standing: 根据平台最新规定，收货后48小时内不评价将自动扣除您的信用分,
    // 依照平台新出的规定，…会扣除买家积分. The platform tells buyers its own penalties; a shop citing one against the buyer's
    // credit or account speaks for it. Rules about orders and refunds (根据平台规定，超时未退货售后会关闭) dock no one.
    words: ['规定', '规则', '新规', '政策', '要求'],
    severity: 'block',
    message: '以平台规定的名义宣布扣除买家信用或限制账号，属于冒充平台（规则 2.9）',
    before: re`(?:根据|依照|按照|依据|遵照|按)${PLATFORM_OR_OFFICIAL}(?:官方|平台)?(?:的)?(?:最新|新出的|新出台的|刚出的|刚出台的|新|最近的|今年的|新版)?(?:的)?$`,
    sentence: /(?:扣除|扣掉|扣减|扣|降低|冻结|限制|封禁|封|拉黑|清零)(?:您|你|买家|用户)?(?:的)?(?:账号)?(?:信用分|信用|积分|账号|账户|帐号|会员|购买权限|下单权限|等级|评价权限)/,
    notSentence: /假|骗|冒充|不会|不是平台|没有这|恶意|刷单|虚假/,
    asked: true,
    hypothetical: true,
  },
  {
    // A numbered article of a platform regulation cited to take a right away: 根据《快手进口电商消费者保障条例》第12条，
    // 定制类商品一律不退. The platform issues rules and norms, not 条例 and 办法 with articles a shop can quote.
    words: ['条例', '办法', '细则', '法规'],
    severity: 'block',
    message: '援引平台条例条款宣布取消买家权益，属于冒充平台（规则 2.9）',
    sentence: [
      re`${PLATFORM_OR_OFFICIAL}`,
      /第[0-9一二三四五六七八九十百]+条/,
      /不退|不换|不支持|不予|取消|不再|一律|作废|无效|不能|不可|不接受|不受理/,
    ],
    notSentence: /假|骗|冒充|不是平台|没有这|不存在/,
    asked: true,
  },
];

/** Round 13: the lead of a relayed label asks about a notice the buyer got (是这个吗：【系统消息】…). */
const RELAY_ASKS = /(?:吗|么|是不是|是否|有没有|[?？])[^。!?\n]{0,2}[：:]$/;
/** Round 13: a label naming a sanction on the buyer's account, order or money, with no sender (【账户安全警告】, 【订单异常通知】,
 * 【退款冻结通知】); the shop's own shipping labels (【发货异常通知】, 【物流异常提醒】) name no such subject. */
const SANCTION_LABEL = /^(?:订单|账户|账号|帐号|帐户|退款|售后|交易|支付|资金|评价|会员|实名)(?:安全|风险|异常|违规|冻结|封禁|处罚|锁定|限制|风控)(?:处理|处罚)?(?:通知|提醒|提示|警告|告知)$/;
/** Symbols that frame a label in place of brackets: 🔔快手官方🔔, ⭐平台通知⭐. */
// Written with surrogate pairs so NOTICE_HEAD needs no 'u' flag (slower in V8 on long drafts).
const FRAME = '(?:(?:[\\ud83c-\\ud83e][\\udc00-\\udfff]|[\\u2600-\\u27bf\\u2b00-\\u2bff\\u25a0-\\u25ff\\u203b])\\ufe0f?)+';
/**
 * A notice header at the start of a sentence (also after a chat tilde, 看您喜欢哪个～【系统消息】…: round 22), in the FOLDED view (brackets and colons survive there):
 * 【快手官方】…, [系统通知]…, 系统提示：…, 快手安全中心：…, 🔔快手官方🔔 …. Group 1 is a bracketed label,
 * group 2 a label before a colon, group 3 a symbol-framed label. Bounded: labels are at most 14 units
 * (24 before a colon, room for a staff id) and cannot contain a break.
 */
// Round 44 (t44f): a colon label stops at ~ as a label's start does (叮咚～快手小助手提醒您：…): the interjection before it opens its own
// unit, so the label is 快手小助手提醒您, not 叮咚～快手小助手提醒您.
const NOTICE_HEAD = new RegExp(
  `(?:^|[。!?；;\\n~～]|(?<=[：:])(?=\\s*(?:[【\\[〖〔]|${FRAME})))[\\s]*(?:(?:亲爱的|尊敬的)?(?:亲|您好|你好|用户|买家|客户|会员)[，,!\\s]*)?(?:[【\\[〖〔(（]\\s*([^】\\]〗〕)）。!?\\n：:]{1,40}?)\\s*[】\\]〗〕)）]|([^，,。!?：:；;\\n~～]{1,40}?)\\s*[：:]|${FRAME}\\s*([^，,。!?：:；;\\n]{1,14}?)\\s*${FRAME})`,
  'g',
);
/**
 * The last line, or what follows a dash up to the line's end, read as a signature: …请回复本消息。\n快手进口电商
 * 消费者权益保障部, …退货条件。——快手售后审核组 (2–24 units, no sentence punctuation). Only the last line: a
 * middle line of a list (买家申请\n平台审核\n退款到账) is a step, not a sign-off.
 */
const SIGNATURE_TEXT = /^[ \t]*([^\n，,。!?：:；;—]{2,24}?)[ \t]*$/;
/** A closing courtesy that ends a message: 敬上, 谨启. */
const COURTESY_END = /(?:敬上|谨启|谨上)$/;
/** A signature's closing courtesy: 敬上, 谨启. */
const SIGN_OFF = /(?:敬上|谨启|谨上|启|宣|发)$/;
/** A signature names an office or a person, not a step (平台审核): it ends in 部, 组, 中心, 客服, 官方 or a staff id. */
const SIGNER = /(?:专员|中心|部|部门|团队|组|员|处|委员会|办公室|客服|小二|官方|guanfang|official|team|support|service|[0-9])$/;
/** The line before points the buyer elsewhere: 如有问题可以联系\n快手官方客服. */
const POINTS_TO = /(?:联系|找|咨询|拨打|致电|问问|反馈给|提交给|转给|转接|向|到|[：:])\s*$/;
/** A label in the platform's or the system's voice (not a shop's own 【店铺公告】 or 温馨提示：). */
// Round 15 (t15a): review desks too (审核组通知：…售后单已关闭).
const PLATFORM_LABEL = new RegExp(`${alt([...PLATFORM_NAMES, '平台', '官方', '系统', '安全中心', '风控', '客服中心', '纠纷中心', '违规', '处罚', '审核员', '审核专员', '稽查', '仲裁', '监管', '审核组', '审核部', '审核中心', '审核团队', '审核小组'])}`);
const PLATFORM_NAME = new RegExp(alt(PLATFORM_NAMES));
/** Latin spellings inside a squeezed label (no word boundaries left): Platform Notice → platformnotice. */
const EN_PLATFORM = /platform|official|guanfang|pingtai|kuaishou|kwai/;
/** Shop-side labels are never the platform speaking (温馨 only when no platform or official voice comes before it:
 * 官方客服温馨提醒您 is not the shop's 温馨提示). */
const SHOP_LABEL = /店铺|本店|小店|店长|客服小|物流|发货|快递|售后说明|^温馨|^(?:(?!官方|平台|系统).)*温馨/;
/**
 * A courtesy or notice word with the platform named as its sender in brackets: 温馨提示（来自快手电商官方）：, 友情提示（快手官方）：,
 * 重要提醒（系统自动发送）：. Group 1 is the sender, squeezed. The shop's own system (（系统自动回复）) needs a sanction in the body.
 */
const ATTRIBUTED = /^(?:温馨|友情|特别|重要|紧急)?(?:提示|提醒|通知|消息|公告)(?:来自|由|发自)?(.{1,12}?)(?:自动)?(?:发送|发出|推送|发布)?$/;
/**
 * A latin label in the platform's or the system's voice: System notice:, [Platform Notice], xitong tongzhi:, Official reminder
 * from Kuaishou: (squeezed, lowercased).
 */
const LATIN_VOICE = /^(?:kuaishou|kwai|ks)?(?:platform|official|system|pingtai|guanfang|xitong)(?:notice|notification|message|alert|reminder|warning|tongzhi|xiaoxi|gonggao|tishi|tixing)(?:from(?:the)?(?:kuaishou|kwai|platform|pingtai))?$/;
/** A latin body about the buyer's account or order at risk (folded view keeps the spaces). */
const LATIN_ADDRESSED = /\b(?:you|your|nin|ni)\b/;
const LATIN_SUBJECT = /\b(?:account|order|refund|payment|zhanghao|zhanghu|dingdan|tuikuan)/;
// Round 13: refusals and removals too (rejected, deleted, bohui, shanchu, fengjin, jujue).
const LATIN_THREAT = /\b(?:risk|frozen|freez|suspend|restrict|flagged|verif|fail|violat|abnormal|banned|blocked|reject|declin|delet|remov|yichang|fengxian|dongjie|xianzhi|weigui|yanzheng|fenghao|fengjin|bohui|shanchu|jujue|kouchu|guanbi)/;
/** Platform names as whole-label prefixes: labels are compacted (spaces gone), so no word boundaries here. */
const NAME_PREFIX = `(?:${[...new Set([...PLATFORM_NAMES, '平台', 'platform'].map(foldTerm))].sort((a, b) => b.length - a.length).join('|')})`;
const OFFICIAL = '(?:官方|guanfang|official)';
/** Offices and staff roles, in a row: 售后审核组, 纠纷处理组, 消费者权益保障部, 审核员. */
const OFFICE_WORD = '(?:小秘书|小助手|智能助手|小助理|助手|助理|机器人|消费者权益|用户服务|客服小二|客服|小二|工作人员|售后|审核|专员|仲裁|安全中心|风控|纠纷|运营|客服中心|售后中心|服务中心|服务|消费者权益保障|权益保障|消费者保障|保障|消保|维权|调解|质检|监管|处理|治理|法务|判定|kefu|shenhe|zhongcai|shouhou|xiaoer)';
const OFFICE_SUFFIX = '(?:专员|中心|部门?|团队|小组|组|人员|员|处|委员会|办公室|服务台|台|窗口|热线)';
/** Round 11: platform desks that are offices only with a desk suffix (快手安全团队, 快手信用中心, 平台反诈小组; not 快手安全提示：). */
const DESK_WORD = '(?:安全|信用|诚信|反诈|风险|商家服务|商家管理|交易|技术|数据)';
const EN_OFFICE = '(?:(?:customerservice|customersupport|support|service|cs|team|admin|helpdesk|safetycenter|securitycenter|security|review|arbitration)(?:center|centre|desk|dept|department)?)';
/** A staff name or id after the office: 小林工号3321, 阿杰, no0917, 工号kf8823. */
const STAFF_TAG = '(?:(?:小|阿|老)\\p{Script=Han})?(?:(?:工号|编号|no|id)?[a-z]{0,4}[0-9]{2,10})?';
/**
 * A whole label that signs the message as a platform office or its staff: KS官方售后组：, 快手小二：,
 * 筷手官方客服提醒您：, 平台审核专员：, 平台客服 工号kf8823：, Kuaishou Official：, 快手售后审核组 (signature).
 * Whatever follows, the platform is the speaker. Bare 官方客服： is left out (a brand's flagship shop signs
 * like that), and so is any label pointing elsewhere (联系快手客服：).
 */
// Round 37 (t37e): …also with a category or trade between the platform's name and the desk (——快手进口电商·高尔夫品类服务中心, 快手进口电商数码行业售后组).
// Round 39 (t39h): …or a goods word bare before a desk with its suffix (快手官方发品质检中心：, 平台数码售后组：); not 指定/授权 (a desk pointed to).
// Round 43 (t43e): …or an appraisal or testing desk with no goods word (【快手鉴定中心】, 平台检测部：, 快手官方验货组).
const OFFICE_LABEL = new RegExp(
  `^${NAME_PREFIX}(?:平台|${OFFICIAL}|电商|进口电商|进口|platform|import|ecommerce|global)*(?:的)?(?:\\p{Script=Han}{1,6}?(?:品类|类目|行业|事业部|业务线)(?:的)?)?(?:${OFFICE_WORD}{1,3}${OFFICE_SUFFIX}?|${DESK_WORD}${OFFICE_WORD}{0,2}${OFFICE_SUFFIX}|(?!指定|授权|认证|合作)\\p{Script=Han}{0,3}?(?:${OFFICE_WORD}|检测|鉴定|检验|验货){1,2}${OFFICE_SUFFIX}|${OFFICIAL}|${EN_OFFICE}{1,2})${STAFF_TAG}(?:已|已经)?(?:官方认证|认证账号|官方账号|认证|官方)?(?:已|已经)?(?:介入|处理|审核|核实|判定|裁定)?(?:结果|决定|意见)?(?:(?:温馨|友情|特别|郑重|重要)?(?:提醒|通知|告知|提示)|回访|通报|公告|消息|声明|警告|notice|reminder|alert|warning|message|notification)?(?:您|你)?$`,
  'u',
);
/**
 * A label in the platform's or the system's voice: 系统消息, 平台通知, 快手官方回复, 系统提示. Group 1: a noun that
 * announces even after a colon (消息, 通知, 公告, 回复); 提示/提醒 only count in brackets (系统提示：… relays).
 */
const VOICE_LABEL = new RegExp(`^(?:${NAME_PREFIX})?(?:平台|${OFFICIAL}|系统|电商|进口)*(?:平台|${OFFICIAL}|系统)(?:自动)?(?:(消息|通知|公告|回复|推送|检测|监测|判定)|提示|提醒)$`);
/** A bracketed label that is only the platform's name, like the sign of a platform SMS: 【快手进口】. */
const NAME_ONLY = new RegExp(`^${NAME_PREFIX}(?:平台|${OFFICIAL}|电商|进口电商|进口)*$`);
/**
 * Round 45 (t45c): a bracketed notice of a platform section or category (【快手进口·校服专区公告】, 【快手进口母婴频道通知】): the platform's name,
 * perhaps a section, and a notice word — the header of a platform announcement.
 */
const SECTION_NOTICE = new RegExp(`^${NAME_PREFIX}(?:平台|${OFFICIAL}|电商|进口电商|进口)*(?:的)?(?:\\p{Script=Han}{1,6}?(?:专区|频道|会场|品类|类目|行业|板块|馆|频道))?(?:公告|通知|通告|快讯|公示|声明)$`, 'u');
/** …whose body speaks of this shop to its buyers (本店, 我们店 — the platform announces no single shop's sale in a shop's chat). */
const SHOP_IN_BODY = /本店|我们店|我店|我们家|小店/;
const BUYERS_ADDRESSED = /您|你|亲|用户|买家|会员|家长|各位|大家|顾客|消费者|客户/;
/** A label that is only 官方, perhaps with a notice word: 官方, 官方通知, official. */
/** The buyer told to forgo the platform's dispute path (round 11, t11d): 请勿申请介入, 不要投诉, 撤销申诉. */
const FORGO = /(?:请勿|请不要|不要|别|禁止|不得|无需|不必|不用)(?:再)?(?:去)?(?:申请|发起|提交|找)?(?:平台|官方)?(?:介入|投诉|申诉|仲裁|维权|举报)|(?:请勿|请不要|不要|别|禁止|不得)(?:再)?申请(?:退款|退货|售后|赔付)|(?:撤销|撤回|取消)(?:平台)?(?:介入|投诉|申诉)/;
const BARE_OFFICIAL = /^(?:官方|guanfang|official)(?:提醒|通知|消息|公告|提示|notice)?$/;
/** How a platform SMS opens after its sign: 尊敬的用户, 您的订单…, 恭喜您…. */
const SMS_OPENING = /^(?:尊敬的|亲爱的|您好|你好|亲|恭喜|您|你)/;
/** The body speaks to the buyer. */
const ADDRESSED = /您|你|亲|用户|买家|会员|会话|对话|转接|接入/;
/** A shop signs (店): 快手小店客服 is the shop's desk, but 快手小店官方运营 is the platform's office. */
const namesShop = (label: string) => label.replace(/^快手小店(?=官方|平台)/, '').includes('店');
/** A label squeezed to letters and digits: 快手客服 小林（工号3321） → 快手客服小林工号3321. */
const squeeze = (label: string) => label.replace(/[^\p{L}\p{N}]/gu, '');

const SCAM_WARNED = /(?:自称|冒充|假冒|假扮)[^]{0,36}?(?:都是|全是|就是|一律是|均为|是)(?:诈骗|骗子|骗局|假的|冒充的)/;
const OWN_SANCTION = /(?<!说|称|以为|骗|告诉)(?:您|你)(?:的)?(?:账号|账户|帐号|订单|店铺|快手号)[^，。！？]{0,6}?(?:已|被|将|因|存在|涉嫌|异常)/;
/**
 * Round 15 (fa15): the shop speaks about the platform's message as a shop — the notice said to be sent by the platform's system and out of
 * the shop's reach (平台提示您的账号有风险，这个是平台安全系统发的，我们店铺看不到也处理不了): it names the notice, it does not pose as it.
 */
const SHOP_RELAYS = new RegExp(
  `(?:是|由)(?:平台|快手|官方|系统)[^，。！？]{0,8}?(?:发|推送|弹|下发|通知)(?:出)?的[^]{0,30}?${SHOP_OUT_OF_REACH.source}|${SHOP_OUT_OF_REACH.source}[^]{0,24}?(?:建议|麻烦|请)?(?:您)?(?:联系|咨询|找)(?:一下)?(?:平台|快手|官方)`,
);
/**
 * Round 16 (t16): a notice quoted inside a sentence about it (您收到的那条“系统通知：订单已冻结”不是我们发的，请不要点; 截图里的“系统通知：…”
 * 不是平台发的): the label's lead opens a quote, and names the message received or seen, or the sentence disowns it after the quote —
 * a notice spoken of, not posed as. Not a quote opening the sentence (“系统通知：您的账户已冻结”).
 */
const QUOTE_OPEN = /[“「『"]/;
const MENTION_LEAD = /(?:您|你)[^“「『"]{0,6}(?:收到|看到|接到|截图|说)|截图里|所谓/;
const DISOWNED = /不是(?:我们|本店|店铺|平台|官方|快手)|并非|别(?:点|信|理|回)|不要(?:点|信|理|回|登录|填)|勿(?:点|信|理)|诈骗|骗子|骗局|假的|冒充|钓鱼/;
function quotedMention(text: string, labelStart: number, label: string): boolean {
  const q = label.search(QUOTE_OPEN);
  if (q <= 0 || !/\p{Script=Han}/u.test(label.slice(0, q))) return false;
  const from = labelStart + label.length;
  const close = text.slice(from, from + 80).search(/[”」』"]/);
  if (close === -1) return false;
  const rest = text.slice(from + close + 1, from + close + 61);
  return MENTION_LEAD.test(label.slice(0, q)) || DISOWNED.test(rest);
}

/**
 * Round 29 (t29b): the "label" is the shop's own lead into a quoted notice it passes on (平台的公告我原样转给您看：“…”), or the quote is
 * followed by the shop saying it only relays it (…”。以上是快手平台发布的通知，不是我们店写的，只是转告一下): a notice relayed in quotes, with
 * the shop speaking as itself — not a bracketed label posed after a colon (转给您一条：【系统消息】…, round 13).
 */
const OWN_RELAY_LEAD = /(?:我|我们|小店|本店|这边)(?:这边)?(?:把|给您|给你)?(?:原样|原文|直接|照原文|完整)?(?:转给|转发|转告|贴给|发给|发您|复制给|截给|念给)/;
function relayedInQuotes(text: string, bodyAt: number, label: string): boolean {
  if (!QUOTE_OPEN.test(text.slice(bodyAt, bodyAt + 2))) return false;
  const close = text.slice(bodyAt + 1, bodyAt + 121).search(/[”」』"]/);
  if (close === -1) return false;
  // A sanction on the buyer's own account or order inside the quote is the platform's voice posed, whoever is said to relay it.
  if (OWN_SANCTION.test(text.slice(bodyAt + 1, bodyAt + 1 + close))) return false;
  return OWN_RELAY_LEAD.test(squeeze(label)) || SHOP_RELAYS_ONLY.test(text.slice(bodyAt + close + 2, bodyAt + close + 62));
}

/** Reports a notice label or signature (folded view) as posing as the platform. */
function reportLabel(ctx: LintContext, rule: RuleModule, labelStart: number, label: string, message: string): void {
  ctx.report(rule, { start: labelStart, end: labelStart + label.length, view: 'folded', severity: 'block', message });
}

/** Bracketed, colon-headed or symbol-framed notices, and signatures, in the platform's voice. */
function checkNoticeHeaders(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.folded;
  // A header needs a bracket, a colon or a framing symbol; a signature needs a line break, a dash or a courtesy.
  if (!/[【\[〖〔(（：:\n—-]|[\ud800-\udbff]|[\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff\u203b]/.test(text) && !COURTESY_END.test(text.trimEnd())) return;
  const signed = new Set<number>();
  NOTICE_HEAD.lastIndex = 0;
  for (let m = NOTICE_HEAD.exec(text); m; m = NOTICE_HEAD.exec(text)) {
    const label = m[1] ?? m[2] ?? m[3] ?? '';
    // Round 13: a bracketed or framed label right after a colon is a notice relayed in full (转给您一条：【系统消息】…, 发您看下：📢平台公告📢…);
    // not when the lead asks the buyer about a notice they got (您收到的是这个吗：【系统消息】…).
    if (m.index > 0 && /[：:]/.test(text[m.index - 1]!) && RELAY_ASKS.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const labelStart = m.index + m[0].lastIndexOf(label);
    if (quotedMention(text, labelStart, label)) continue;
    if (relayedInQuotes(text, m.index + m[0].length, label)) continue;
    const compactLabel = squeeze(label);
    // Round 39 (t39n): the office's name as a heading over where to find it (快手官方客服中心：在APP「我的-客服」里可以找到): the shop points to
    // the platform's desk, the platform does not speak — not over a sanction or the buyer's account said at risk.
    if (m[2] !== undefined && deskPointed(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    if (OFFICE_LABEL.test(compactLabel) && !namesShop(compactLabel)) {
      signed.add(labelStart);
      reportLabel(ctx, rule, labelStart, label, '以平台部门或平台工作人员的名义署名发消息，属于冒充平台（规则 2.9）');
      continue;
    }
    // A latin label in the platform's or the system's voice over the buyer's account or order: System notice: refund failed due
    // to risk control…, xitong tongzhi: nin de zhanghao yichang….
    if (LATIN_VOICE.test(compactLabel)) {
      const bodyAt = m.index + m[0].length;
      const latinBody = text.slice(bodyAt, bodyAt + 120);
      if (LATIN_THREAT.test(latinBody) && (LATIN_ADDRESSED.test(latinBody) || LATIN_SUBJECT.test(latinBody) || SUBJECT.test(ctx.after(ctx.compactIndexOfFolded(bodyAt), 60, 'hard')))) {
        reportLabel(ctx, rule, labelStart, label, '以平台或系统通知的格式发消息，称买家账户或订单异常，属于冒充平台（规则 2.9）');
        continue;
      }
    }
    // Longer colon labels only count as an office's signature above; as a notice title they are prose.
    if (compactLabel.length > 14) continue;
    const bodyStart = ctx.compactIndexOfFolded(m.index + m[0].length);
    const body = ctx.after(bodyStart, 60, 'hard');
    // The platform's or the system's voice speaking to the buyer, whatever it says: 【系统消息】您的退款申请已进入
    // 复核…, 平台消息：您的评价已提交…; or the platform's name alone as an SMS sign at the start: 【快手进口】尊敬的用户….
    // 【系统升级】今晚店铺客服系统升级 and 平台通知：春节物流停运 (relayed, not addressed to the buyer) are not.
    // Round 45 (t45c): the platform's section notice over the shop's own pitch to its buyers (【快手进口·校服专区公告】…平台仅允许本店销售…，
    // 请家长尽快在本店下单): the shop dresses its message as the platform's announcement. Not a notice relayed with no shop in it
    // (【快手进口公告】春节期间物流停运).
    if (m[1] !== undefined && SECTION_NOTICE.test(compactLabel) && SHOP_IN_BODY.test(body) && BUYERS_ADDRESSED.test(body)) {
      reportLabel(ctx, rule, labelStart, label, '以平台公告的格式发消息，为本店招揽买家，属于冒充平台（规则 2.9）');
      continue;
    }
    const voice = VOICE_LABEL.exec(compactLabel);
    const sms = m[1] !== undefined && m.index === 0 && NAME_ONLY.test(compactLabel) && SMS_OPENING.test(body);
    // Bare 【官方回复】 is how a brand's own flagship shop labels its answers: the platform or the system must be named.
    const platformVoice = voice !== null && (PLATFORM_NAME.test(compactLabel) || /平台|系统/.test(compactLabel));
    if (sms || (platformVoice && (m[1] !== undefined || voice[1] !== undefined) && ADDRESSED.test(body))) {
      reportLabel(ctx, rule, labelStart, label, '以平台或系统消息的格式给买家发消息，属于冒充平台（规则 2.9）');
      continue;
    }
    // A notice word sent by the platform: 温馨提示（来自快手电商官方）：您已获得平台补贴资格…. The platform or 官方 named as sender
    // and the body addressed; the bare system as sender only over a sanction (the shop's order system sends auto-replies).
    const attributed = ATTRIBUTED.exec(compactLabel);
    if (attributed !== null && ADDRESSED.test(body)) {
      const sender = attributed[1]!;
      const platformSender = (PLATFORM_NAME.test(sender) || /平台|官方/.test(sender)) && !namesShop(sender) && !/品牌|旗舰/.test(sender);
      if (platformSender || (/^系统/.test(sender) && SUBJECT.test(body) && SANCTION.test(body))) {
        reportLabel(ctx, rule, labelStart, label, '以平台或系统名义发送的通知格式给买家发消息，属于冒充平台（规则 2.9）');
        continue;
      }
    }
    // A bare 官方 label framed by symbols (🔔官方🔔 恭喜您成为快手进口VIP会员…), or bracketed over an SMS greeting
    // (【官方】恭喜您…), with the platform named in what follows: the platform's voice. A brand's 【官方回复】 names no platform.
    if ((m[3] !== undefined || (m[1] !== undefined && /^(?:恭喜|尊敬的|亲爱的)/.test(body))) && BARE_OFFICIAL.test(compactLabel) && SMS_OPENING.test(body) && PLATFORM_NAME.test(body)) {
      reportLabel(ctx, rule, labelStart, label, '以平台官方消息的格式给买家发消息，属于冒充平台（规则 2.9）');
      continue;
    }
    // 【快手小店】 is the platform's product speaking; 【本店公告】 is the shop's own.
    if (!PLATFORM_NAME.test(compactLabel) && !EN_PLATFORM.test(compactLabel) && (!PLATFORM_LABEL.test(compactLabel) || SHOP_LABEL.test(compactLabel)) && !SANCTION_LABEL.test(compactLabel)) continue;
    // Round 11 (t11d): the label telling the buyer to forgo the platform's own dispute path (【官方】请勿申请介入, 【平台通知】不要再投诉了,
    // 【系统】请撤销申诉): only the platform's voice can rule on that. Not a shop's or brand's own label (【官方旗舰店】).
    const forgo = FORGO.test(body) && !/店|旗舰|品牌|规则/.test(compactLabel);
    if (!forgo && (!SUBJECT.test(body) || !(ANNOUNCING.test(compactLabel) ? THREAT : SANCTION).test(body))) continue;
    // Round 14 (fa14b): the header over an anti-scam warning (账号安全提示：任何自称“快手客服”让您点链接解冻账户的都是诈骗) — the sanction is
    // the scammer's lure, not said to the buyer: not when the buyer's own account is said sanctioned (您的账号已被冻结…谨防诈骗).
    if (!forgo && SCAM_WARNED.test(body) && !OWN_SANCTION.test(body)) continue;
    reportLabel(ctx, rule, labelStart, label, '以平台或系统通知的格式发消息，称买家账户或订单异常，属于冒充平台（规则 2.9）');
  }
  checkSignatures(ctx, rule, text, signed);
}

/**
 * A platform office signing off on a line of its own or after a dash: …\n快手进口电商 消费者权益保障部,
 * …——快手售后审核组. A line introduced by a colon (请联系：\n快手官方客服中心) points elsewhere.
 */
function checkSignatures(ctx: LintContext, rule: RuleModule, text: string, signed: Set<number>): void {
  const end = text.trimEnd().length;
  // A closing courtesy (敬上, 谨启) marks a sign-off even on the same line: …。快手官方售后中心 谨启.
  if (COURTESY_END.test(text.slice(Math.max(0, end - 4), end))) {
    let from = end;
    while (from > 0 && end - from <= 30 && !/[。!?！？\n]/.test(text[from - 1]!)) from--;
    signature(ctx, rule, text, signed, Math.max(0, from - 1), from, end);
  }
  if (!/[\n—-]/.test(text)) return;
  const lastBreak = text.lastIndexOf('\n', end - 1);
  if (lastBreak >= 0) signature(ctx, rule, text, signed, lastBreak, lastBreak + 1, end);
  // Dashes: bounded look to the line's end after each one (— and -- both count).
  for (let i = text.indexOf('—'), seen = -1; i >= 0; i = text.indexOf('—', i + 1)) {
    if (i <= seen) continue;
    let from = i + 1;
    while (text[from] === '—') from++;
    seen = from - 1;
    signature(ctx, rule, text, signed, i, from, dashedEnd(text, from));
  }
  for (let i = text.indexOf('--'); i >= 0; i = text.indexOf('--', i + 2)) signature(ctx, rule, text, signed, i, i + 2, dashedEnd(text, i + 2));
}

// checkSignatures()'s helpers (module functions, not closures made on every draft: see likely-rule.ts unreadUnits).
/** Where a dashed sign-off ends: the line's end, or (round 22) a sentence end on the line when more talk follows it (——平台客服中心。海关的…). */
function dashedEnd(text: string, from: number): number {
  const lineEnd = text.indexOf('\n', from);
  const to = lineEnd < 0 ? text.length : lineEnd;
  const stop = text.slice(from, Math.min(to, from + 31)).search(/[。!?！？]/);
  return stop > 0 ? from + stop : to;
}

/**
 * Round 44 (t44f): a sign-off as the platform's own returns or inspection warehouse (——快手进口·跨境退货集运仓): the platform named before a
 * facility that handles returns, so the verdict above it reads as the platform's. Signatures only; not the shop's own warehouse (no platform
 * name), nor a bonded warehouse merely named (保税仓, no returns or inspection word).
 */
const PLATFORM_FACILITY = new RegExp(`^${NAME_PREFIX}(?:平台|${OFFICIAL}|电商|进口电商|进口)*(?:的)?\\p{Script=Han}{0,4}?(?:退货|退换|售后|集运|质检|验货|仲裁)\\p{Script=Han}{0,3}?(?:仓|仓库)$`, 'u');
/** The text at [from, to) after the mark at `mark` (a line break or a dash), reported when it signs off as a platform office. */
function signature(ctx: LintContext, rule: RuleModule, text: string, signed: Set<number>, mark: number, from: number, to: number): void {
  if (to - from > 30) return;
  const m = SIGNATURE_TEXT.exec(text.slice(from, to));
  if (!m) return;
  const label = m[1]!;
  const labelStart = from + m[0].indexOf(label);
  if (signed.has(labelStart)) return;
  const compactLabel = squeeze(label).replace(SIGN_OFF, '');
  // Round 15 (t15a): a verification tag after the signer (Ks官方客服 ✓已认证) is part of the sign-off.
  const office = OFFICE_LABEL.test(compactLabel) && SIGNER.test(compactLabel.replace(/(?:已|已经)?(?:官方认证|认证账号|官方账号|认证)$/, ''));
  if (!(office || PLATFORM_FACILITY.test(compactLabel)) || namesShop(compactLabel)) return;
  if (POINTS_TO.test(text.slice(Math.max(0, mark - 8), mark + 1))) return;
  signed.add(labelStart);
  reportLabel(ctx, rule, labelStart, label, '以平台部门的名义落款，属于冒充平台（规则 2.9）');
}

const rule = cueRule({
  meta: {
    id: 'fake-system-notice',
    clause: '2.9',
    severity: 'block',
    title: { zh: '伪造平台或系统通知', en: 'Fake platform or system notice' },
    description: {
      zh: '规则 2.9 禁止冒充平台：以“【系统消息】”“快手官方通知：”“快手安全中心提醒您”等开头，称买家账户或订单异常、违规、被冻结的消息，会被拦截。提到买家收到的平台通知、说明系统提示，不算。',
      en: 'Rule 2.9 forbids posing as the platform: a message opening like a system or official notice ("【系统消息】", "快手官方通知：") about the buyer’s account or order being at risk is blocked. Mentioning notices the buyer received is fine.',
    },
    hint: { zh: '以店铺客服身份说明情况，并请买家在快手 App 的消息中心核实平台通知。', en: 'Speak as the shop’s agent and ask the buyer to check platform notices in the Kuaishou app.' },
  },
  cues,
  check: checkNoticeHeaders,
  regexes: [SECTION_NOTICE, SHOP_IN_BODY, BUYERS_ADDRESSED, RELAY_ASKS, SANCTION_LABEL, ATTRIBUTED, LATIN_VOICE, LATIN_ADDRESSED, LATIN_SUBJECT, LATIN_THREAT, BARE_OFFICIAL, EN_PLATFORM, NOTICE_HEAD, VOICE_LABEL, NAME_ONLY, SMS_OPENING, ADDRESSED, SIGNATURE_TEXT, SANCTION, ANNOUNCING, SIGN_OFF, SIGNER, PLATFORM_FACILITY, POINTS_TO, OFFICE_LABEL, PLATFORM_NAME, PLATFORM_LABEL, SHOP_LABEL, SUBJECT, THREAT],
});

export default rule;

/** Round 40 (t40c): the label at `start`–`end` (compact) stands in brackets in the draft: 【官方通知】, [系统通知], 〔平台提醒〕. */
function bracketedLabel(ctx: LintContext, start: number, end: number): boolean {
  const [a, b] = ctx.toOriginal(start, end);
  return /[【\[〔［]\s*$/.test(ctx.text.slice(Math.max(0, a - 3), a)) && /^\s*[】\]〕］]/.test(ctx.text.slice(b, b + 3));
}
