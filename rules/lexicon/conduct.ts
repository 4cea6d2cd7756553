// Word lists shared by the conduct rules (2.4–2.9): whom a phrase is aimed at, how agents and evaders
// name the platform, and the words that turn a mention into a denial, a warning or a hypothesis.
// Plain words (simplified Chinese, any case); rules fold them like drafts through `alt()`.

/** The platform and the spellings evaders use for it (K手 筷手 块手 ks). */
export const PLATFORM_NAMES = [
  '快手', 'k手', '筷手', '块手', '快首', '快shou', 'kshou', 'kuai手', 'kuaishou', 'ks', 'kwai', 'pt', 'pingtai', 'ping台', '快手电商', '快手平台', '快手进口电商', '快手进口', '快手进口平台', '快手小店',
];

/** The platform by name, or as 平台 / 官方. */
export const PLATFORM_OR_OFFICIAL = [...PLATFORM_NAMES, '平台', '官方'];

/** How a reply can point at the platform without naming it. */
export const PLATFORM_REFS = [...PLATFORM_NAMES, '平台', '这个平台', '这平台', '该平台', '这个app', '这app', '平台方', '官方'];

/** The buyer addressed directly (insult and threat targets). */
// Round 22 (t22ds): 侬 is Wu (Shanghai) for 你 (侬十三点伐, 侬脑子坏特了).
export const SECOND_PERSON = ['你', '您', '你们', '您们', '你丫', '买家', '这位买家', '这人', '这种人', '你这人', '你这种人', '客户', '阁下', '侬'];

/** Other shops (not the platform, not this shop). Vague groups (有的店, 市面上) are left out on purpose: no one is named. */
export const OTHER_SHOPS = [
  '别家', '别人家', '别的店', '别的商家', '别的店铺', '其他家', '其他店', '其他店铺', '其他商家', '其它家', '其它店', '其它店铺', '其它商家',
  '隔壁', '隔壁店', '隔壁家', '那家', '那家店', '那个店', '那个商家', '那个网红店', '网红店', '同行', '友商', '某某家', '他们家', '他家', '人家店',
];

/**
 * A denial, refusal or warning right before a term: 不卖高仿, 谨防高仿, 担心买到仿品, 平台严禁刷单.
 * Stricter than the engine's NEGATIONS: bare 不/非/无 are left out, they hide in 不错/非常/无敌.
 */
export const DENIALS = [
  '不是', '并不是', '才不是', '可不是', '绝不是', '并非', '绝非', '不卖', '不售', '不做', '不出', '不会', '不可能', '不存在', '不提供', '不接受', '不接',
  '不支持', '不允许', '不涉及', '不含', '不加', '不添加', '零添加', '未添加', '无添加', '不属于', '不等于', '不代表', '不意味着', '不同于', '区别于', '不能', '不敢', '不要', '不得',
  '不用', '不必', '无需', '无须', '不需要', '别', '勿', '莫', '没', '没有', '从没', '从不', '从来不', '从来没', '从未', '绝不', '决不', '绝没有', '绝无', '并无',
  '拒绝', '杜绝', '严禁', '禁止', '谨防', '警惕', '防止', '提防', '小心', '避免', '反对', '打击', '抵制', '远离', '举报', '防范', '以免', '防',
  '担心', '担忧', '害怕', '怕', '顾虑', '怀疑', '质疑', '以为', '识别', '辨别', '鉴别', '分辨', '区分', '区别', '对比', '揭秘', '科普',
  // Round 22 (t22ca): the Cantonese ones (唔系非正品, 我哋唔卖高仿, 冇高仿).
  '唔系', '并唔系', '绝对唔系', '唔会', '唔卖', '唔做', '唔接受', '唔好', '唔使', '冇',
  // Round 23 (t23dz): the colloquial and northern verbs of dealing refused (压根不碰高仿, 咱可不整那些假货, 不搞A货, 仿品一概不沾).
  '不碰', '不沾', '不搞', '不整', '不弄',
];

/**
 * A copy's making denied, up to its verb (不是扫描版再…, 并非电子档…): the shared head of counterfeit-implied's PRINTING_DENIED_BEFORE
 * and likely-counterfeit's COPY_DENIED (round 21), a regex source.
 */
export const COPY_MAKING_DENIED_HEAD = '(?:不是|并非|绝非|而非|并不是|绝不是|也不是|绝对不是|不属于)(?:什么)?(?:pdf|扫描|电子|复印|影印|盗印)?(?:版|件|档|文件)?(?:再|后)?';

/** Rhetorical denials: 怎么可能不是正品, 谁说我们卖高仿. */
export const RHETORICAL = ['怎么可能', '怎么会', '哪会', '哪能', '哪里会', '难道', '谁说', '谁告诉', '说我们', '说我家', '不可能', '绝不可能', '绝对不会', '绝对不是', '保证不是'];

/** A hypothetical: 如果鉴定不是正品…, 万一是仿品…. */
export const CONDITIONALS = ['如果', '若', '若是', '倘若', '假如', '假若', '万一', '一旦', '如有', '如发现', '如经', '如果是', '要是', '鉴定', '经鉴定', '检测', '经检测', '凡是', '只要', '如'];

/** A question rather than a statement: 是不是正品, 会不会买到高仿. */
export const QUESTION_LEADS = ['是不是', '是否', '会不会', '有没有', '是真是假', '真假'];

/** Tools for getting round the Great Firewall (梯子, 翻墙) — 2.6 as an unrelated service, 2.7 as illegal. */
export const VPN_WORDS = ['梯子', '翻墙', 'vpn', '科学上网', '上外网', '外网', '翻出去', '翻qiang', 'fanqiang'];
/**
 * What makes 梯子/翻墙/外网 a VPN: foreign sites, nodes, a subscription price, the unambiguous names. Not the
 * ambiguous anchors themselves (海外网购 holds 外网, a ladder is a 梯子); read across sentence ends.
 */
export const VPN_CONTEXT =
  /上外网|科学上网|翻出去|vpn|油管|推特|youtube|twitter|谷歌|google|ins|脸书|facebook|节点|机场|线路|加速器|软件|不掉线|随便上|随便刷|一个月|包月|包年|[0-9十百]+块/;
/** A ladder, a climbing cat, a renovation, or the shop denying it: the same words selling nothing. */
export const VPN_INNOCENT = /误会|谣言|不实|只卖|不卖|不提供|铝合金|加厚|[0-9.]+米|这款|人字梯|折叠梯|爬梯|攀爬|宠物|猫|狗|装修|阁楼|高处|承重|墙头|院墙/;
/** After the anchor: 梯子凳, 梯子架, 梯子铝… are furniture. */
export const VPN_NOT_AFTER = /^(?:凳|架|子?铝|扶手)/;

/**
 * Round 15 (fa15): the speaker places itself on the shop's side of the platform — the thing is out of the shop's reach (我们店铺看不到也处理不了,
 * 本店没有权限处理, 商家这边查不到) — so a platform notice it names is relayed, not posed as (2.9).
 */
/**
 * Round 29 (t29b): the shop owning up to relaying what the platform wrote — the authorship disowned (不是我们店写的), the relay said (只是转告一下,
 * 原样转给您), or the speaker named as the shop's desk (我是店铺客服): a notice passed on, not posed as. Round 29 (lead, CLEAN-CM): 转述 and 复述 too.
 */
export const SHOP_RELAYS_ONLY =
  /不是(?:我们|本店|店铺|我们店|咱们|小店)(?:店|家)?(?:自己)?(?:写|发|编|出|拟|做)的|只是(?:在)?(?:转告|转达|转述|复述|转发|传达|帮您转|替平台转)|原样(?:转|贴|发)|我(?:是|们是)(?:店铺|本店|商家|店里|小店)(?:的)?客服/;
export const SHOP_OUT_OF_REACH =
  /(?:我们|本店|店铺|商家|小店|卖家)(?:店铺|这边|商家)?(?:都|也|是)?(?:看不到|查不到|处理不了|没法处理|无法处理|没有权限|没权限|管不了|干预不了|改不了|操作不了|解不了|无权)/;
