// 2.9 by the statistical second opinion (rules/model/): posing as the platform or its staff in words the
// 2.9 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';
import { SHOP_OUT_OF_REACH } from '../lexicon/conduct';

const DISOWNED_OFFICIAL = /(?:不是|并非|并不是|不属于|不代表)(?:快手|平台|kuaishou|platform)?(?:的)?(?:官方|平台|小二|official|platform|工作人员)/;
const CLAIMED_OFFICIAL = /(?<!不|并不|非)是(?:快手|平台|kuaishou)?(?:的)?(?:官方|平台|小二|official|专员)|我们(?:就是|代表)(?:快手|平台|官方)/;

// Round 23 (t23a): the checkout's own escrow told (货款全程由平台担保，确认收货后才会打给商家; 平台担保交易，货不对板可以申请退款): the
// platform's service described in the third person, no voice of its own — not with a claim to be it or a ruling in its name.
const ESCROW_TOLD = /(?:款项|货款|资金|钱款|付款|钱)[^，。！？]{0,6}?(?:由|是|在)(?:快手)?平台(?:那边|那里)?(?:担保|托管|监管|保管)|平台担保(?:交易|的交易|支付)|(?:担保|托管)交易/;
const RULING = /判定|判责|审核|驳回|处罚|封号|最终答复|三倍赔付|官方|小二|我们平台|本平台/;

// Round 24 (t24b): the shop's own badge told (本店为快手官方认证的进口商家; 我们店是平台认证过的跨境店铺): the shop speaks as a merchant the
// platform vouches for, not as the platform — not when what it claims to be is a platform role (认证的客服, 指定的售后处理中心) or it rules,
// reviews or acts in the platform's name (由我们审核, 受官方委托).
const SHOP_BADGE = /(?:本店|我们店?|我们家|小店|我家|咱家|店铺)(?:是|为|属于|已是)?(?:经过?|通过)?(?:快手|平台|kuaishou)(?:官方|平台|进口|跨境|电商|海外|国际|全球|上|里|的)*(?:认证|认证过|授权|审核通过|入驻)的?[^，。！？]{0,6}?(?:商家|店铺|店|卖家|品牌方?|旗舰店|专营店|跨境店|进口商|经销商)/;
const PLATFORM_ROLE = /客服|小二|专员|工作人员|审核|判定|判责|驳回|处罚|封号|委托|代为|代表|指定|中心|仲裁|决定|冻结/;

// Round 31 (t31d): the buyer's own claim to be the platform or its staff reported back (您说您是快手官方的？…请通过平台工单; 您自称是平台
// 客服，…): the identity is the buyer's, not ours — not when we claim it too, in the sentence or the next (我才是官方, 我们也是平台的).
const BUYER_CLAIM_REPORTED = /(?:您|你)(?:刚才|刚刚|之前)?(?:说|自称|讲|提到|表示)(?:您|你|自己)?(?:是|为)|(?:您|你)?自称(?:是|为)?|(?:如果|要是|假如)(?:您|你)(?:真的?|确实)?是/g;
const OUR_CLAIM = /我(?:们)?(?:这边)?(?:才|就|也|可|正|本身|其实)?是(?:快手|平台|官方|小二|kuaishou)|代表(?:快手|平台|官方)|(?:快手|平台)(?:官方)?(?:派|委托|授权)(?:我|我们)/;
const buyerClaimReported = (s: string, next: string): boolean => {
  if (s.search(BUYER_CLAIM_REPORTED) < 0) return false;
  const rest = (s + '。' + next).replace(BUYER_CLAIM_REPORTED, '，');
  return !OUR_CLAIM.test(rest) && !CLAIMED_OFFICIAL.test(rest);
};

// Round 31 (t31g): the platform or its staff smeared (快手的审核都是随便瞄一眼就驳回; 平台小二根本没人认真看) — a sentence defame-platform
// already names speaks about the platform in the third person, against it, not as it: not when we claim to be it too.
const SMEAR_NOT_VOICE = (found: ReadonlySet<string>, s: string): boolean => found.has('defame-platform') && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s);

// Round 33 (t33a): a platform programme the goods or the order enjoy, told in the third person (这款享受快手官方价格保护，平台自动退差;
// 本商品支持平台极速退款; 订单有平台运费险): what the platform gives every buyer, no voice of its own — not with a claim to be it, a ruling,
// or the shop wielding the programme itself (我给您开通, 由我们审核).
const PROGRAMME_TOLD = /(?:享受|享有|支持|参加了?|参与了?|加入了?|带|有|属于|适用)(?:快手|平台|kuaishou)(?:官方|平台)?(?:的)?(?:价格保护|价保|保价|极速退款|运费险|退货运费险|七天无理由|7天无理由|正品保障|假一赔[三四十]|先行赔付|破损包退|坏果包赔|过敏包退|晚发即赔|延误必赔|退货包运费|上门取件)/;
const PROGRAMME_WIELDED = /判定|判责|审核|驳回|处罚|封号|最终答复|小二|我们平台|本平台|(?:我|我们|本店|这边)(?:来|帮您|给您|替您|为您)?(?:开通|操作|审批|批准|决定)|由(?:我|我们|本店)/;
// Round 34 (t34a): the shop's own title, a brand's store on the platform (【花王快手官方旗舰店】客服小美为您服务, 快手进口·爱他美官方旗舰店,
// 快手上的XX海外旗舰店): a brand stands before the store word once the platform's words are set aside, so the shop names itself as a
// merchant. The platform's name alone before it (快手进口官方旗舰店, 我们是快手官方旗舰店) claims the platform's own store and stays.
const STORE_WORD = /(?:官方|海外|国际|全球|品牌)*(?:旗舰店|专营店|专卖店)/g;
const PLATFORM_TAIL = /(?:快手|kuaishou|进口|平台|电商|跨境|国际|海外|全球|官方|上的|里的|上|里|的|·)+$/;
const NO_BRAND_TAIL = /(?:^|是|为|于|光临|来到|进入|欢迎|这里|这边|本店|我们|咱们|咱家|店铺|小店|叫|名叫|就是|属于)$/;
const STAFF_OR_RULING = /判定|判责|审核|驳回|处罚|封号|小二|专员|工作人员|我们平台|本平台|平台方|委托|代表|仲裁|冻结/;
function brandStoreTitle(s: string): boolean {
  STORE_WORD.lastIndex = 0;
  for (let m = STORE_WORD.exec(s); m; m = STORE_WORD.exec(s)) {
    const lead = s.slice(Math.max(0, m.index - 12), m.index).replace(PLATFORM_TAIL, '');
    if (lead.length > 0 && !NO_BRAND_TAIL.test(lead)) return true;
  }
  return false;
}
// Round 35 (t35a): the buyer sent to the platform's own service for what only it handles (退款被冻结的情况需要联系平台客服处理; 账号的问题
// 建议您咨询快手官方客服): a referral speaks of the platform in the third person — not with a claim to be it, a ruling in its name, or the
// shop standing in for it (联系平台客服也就是联系我们).
const REFERRED_TO_PLATFORM = /(?:需要|请|可以|建议|麻烦|得|要|只能|您)?(?:您)?(?:自己)?(?:去|先)?(?:联系|咨询|找|询问|问问|问一下|拨打|通过)(?:一下)?(?:快手|平台)(?:官方)?(?:的)?(?:人工)?(?:客服|小二|工作人员|客服中心|热线)/;
const STANDS_IN = /(?:也|就)(?:是|等于)(?:联系|找)?(?:我们|我|本店)|判定|判责|驳回|处罚|封号|我们平台|本平台|(?:我|我们|本人)(?:就|也|才)?是/;
// (a referral waved off — 不用再找平台客服了 — is the shop standing in for the platform: no referral)
const REFERRAL_WAVED = /(?:不用|不必|无需|别|不要|没必要|用不着|不需要|省得|免得)(?:再|去|您|专门)*(?:联系|咨询|找|询问|问|拨打|通过)/;
// Round 39 (t39a): …the platform pointed to over there (那边才是快手官方, 平台客服那里才是官方) and the agent named as the shop's own (我是店铺
// 这边的客服, 我们只是商家客服) set us apart from it: struck out before the tests of a claim — not our own claim beside them (我们这边也是官方).
const PLATFORM_OVER_THERE = /(?:那边|那里|那儿|他们|对方)(?:才|就)?是(?:真正的)?(?:快手|平台|kuaishou)?(?:的)?(?:官方|平台)(?:客服)?/g;
const SELF_AS_SHOP = /(?:我|我们|本人)(?:这边)?(?:只|就|只是|是)?(?:是|为)(?:本店|我们店|店铺|店里|商家|店家|小店|咱家|本店铺)(?:这边|这里)?(?:的)?(?:客服|售后|员工|工作人员|人)/g;
const referredToPlatform = (s: string): boolean => {
  const t = s.replace(PLATFORM_OVER_THERE, '，').replace(SELF_AS_SHOP, '，');
  return REFERRED_TO_PLATFORM.test(t) && !REFERRAL_WAVED.test(t) && !STANDS_IN.test(t) && !CLAIMED_OFFICIAL.test(t) && !OUR_CLAIM.test(t);
};

// Round 36 (t36g): the buyer's own path through the platform told in the third person (申请平台介入后，平台会安排专员为您处理; 发起仲裁后
// 快手那边会有专员联系您): the buyer applies, the platform acts — not with a claim to be it, a ruling in its name, or the shop as its hand.
const PLATFORM_PATH = /(?:申请|发起|提交|点击|选择|点)(?:了)?(?:快手|平台)?(?:官方)?(?:客服)?(?:介入|仲裁|申诉|售后|工单)/;
const PLATFORM_ACTS = /(?:快手|平台)(?:官方)?(?:那边|方面)?(?:会|将|就会|随后|稍后|后续)/;
const platformPathTold = (s: string): boolean => PLATFORM_PATH.test(s) && PLATFORM_ACTS.test(s) && !STANDS_IN.test(s) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s) && !/由(?:我|我们|本店)|我们平台|本平台/.test(s);
// Round 36 (t36g): the agent introduced as the shop's own staff (我是本店售后专员小美，接下来由我为您服务): the role is the shop's, named as such —
// not with any word of the platform's in the sentence.
const SHOP_STAFF_SELF = /(?:我|本人)(?:是|为|乃)(?:本店|我们店|我们家|咱家|小店|店铺|店里|本店铺)(?:的)?(?:售后|客服|专属|金牌|资深)?(?:专员|客服|顾问|店长|掌柜|售后)/;
const PLATFORM_WORD = /快手|平台|官方|小二|kuaishou|platform|official|仲裁|判定|判责|驳回|处罚|封号|冻结/;
const shopStaffSelf = (s: string): boolean => SHOP_STAFF_SELF.test(s) && !PLATFORM_WORD.test(s);
/**
 * Round 37 (t37g): a withdrawal said to be no condition of the refund (撤回投诉不会影响您的退款，平台那边会照常处理): the buyer's rights
 * told as they are, no ruling made in the platform's name — not with a condition (才能, 只有, 不撤的话), a turn, or a title claimed.
 */
const WITHDRAWAL_NO_CONDITION = /撤(?:回|销|掉|了)?(?:投诉|申诉|举报|维权|介入)(?:的话)?(?:也|并|都|完全)?(?:不会|不|并不|不用担心会?)(?:影响|耽误|妨碍)(?:到)?(?:您|你)?(?:的)?(?:退款|退货|售后|赔付|理赔|处理|权益)/;
const WITHDRAWAL_TURN = /才能|才会|才可以|只有|必须|不撤|否则|不然|除非|但|不过|可是|专员|官方|小二/;
function withdrawalNoCondition(s: string): boolean {
  return WITHDRAWAL_NO_CONDITION.test(s) && !WITHDRAWAL_TURN.test(s);
}
// Round 40 (t40c): the platform's thing told as the platform's and out of the shop's hands (平台补贴券是快手发的，我们改不了面额; 这个是平台
// 的规则，我们也处理不了): the shop sets itself apart from the platform — not with a claim to be it, a ruling in its name, or its staff.
const PLATFORMS_OWN = /(?:是|由|归)(?:快手|平台|kuaishou)(?:官方)?(?:的|发的|出的|定的|管的|发放的|负责的|统一)/;
const outOfReachTold = (s: string): boolean =>
  PLATFORMS_OWN.test(s) && SHOP_OUT_OF_REACH.test(s) && !STAFF_OR_RULING.test(s) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s);
// Round 42 (t42a): the shop's people told as the platform's users, buyers or fans (我们店的客服同时也是快手上的老用户; 我自己也是快手十年的老粉):
// a customer's place on the platform, not its staff's — unless, the user phrase set aside, the sentence still names the platform, its staff
// or a ruling (我是快手老用户，也是平台专员).
// (a person's place: after 是/作为/当, and the noun not the head of an office's name — 这里是快手消费者保护中心, 快手会员服务部)
const PLATFORM_USER = /(?:是|作为|当了?|成为|做了?)(?:快手|平台|kuaishou)(?:上|里|平台)?(?:的)?(?:老|资深|忠实|普通|多年的?|[0-9一二三四五六七八九十几]+年的?)*(?:用户|买家|老粉|粉丝|会员|顾客|消费者|玩家)(?!保护|权益|服务|中心|协会|热线|部|处|组|团队|专线|委员|保障|之家|体验官|代表)/g;
const platformUserTold = (s: string): boolean => {
  if (s.search(PLATFORM_USER) < 0) return false;
  const t = s.replace(PLATFORM_USER, '，');
  return !PLATFORM_WORD.test(t) && !STAFF_OR_RULING.test(t) && !CLAIMED_OFFICIAL.test(t) && !OUR_CLAIM.test(t);
};
// Round 43 (t43m): the shop saying what it cannot do for the platform (我们无法代平台作出承诺; 本店不能替快手给您保证; 这个我们没办法代表平台
// 答复): the shop sets itself apart from the platform's voice — not with a claim to be it, a ruling in its name, or its staff beside it.
// (the badge above also reads the platform's channel between the platform and the settling word: 本店为快手进口电商入驻商家)
const CANNOT_SPEAK_FOR = /(?:无法|不能|没法|没办法|不可以|不便|无权|没有权限|不好|不敢)(?:替|代|代替|代表|替代)(?:快手|平台|kuaishou)(?:官方)?(?:方面)?(?:作出|做出|做|给|给出|下|来|表态|回复|答复)?(?:任何)?(?:的)?(?:承诺|保证|答复|表态|决定|判断|回复|许诺|担保)/;
const cannotSpeakFor = (s: string): boolean =>
  CANNOT_SPEAK_FOR.test(s) && !STAFF_OR_RULING.test(s.replace(CANNOT_SPEAK_FOR, '，')) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s);
// Round 44 (t44i): the platform's written rule cited (平台规则写明这种情况不予退款，您可以去看看; 快手的条款里注明了…) and the platform's
// channel or list said to pick the goods (这款零食是快手进口频道推荐的爆款; 入选了平台的年度好物榜): the platform in the third person, its text or
// its pick reported — not with a claim to be it, its staff, or a ruling in its name.
const RULE_CITED = /(?:快手|平台|kuaishou)(?:官方)?(?:的)?(?:规则|规定|条款|协议|政策|公告|说明)(?:里|上|中|页面?)?(?:面)?(?:都|也|有)?(?:明确|清楚|明文)?(?:写明|写着|写了|注明|标明|载明|列明|规定)/;
const PLATFORM_PICKED = /(?:快手|平台|kuaishou)(?:进口|电商|官方|商城)*(?:的)?[^，。！？我]{0,6}?(?:频道|榜单|榜|首页|会场|专区|栏目|直播间|活动页?)(?:里|上|中)?(?:都|也|曾经?|之前)?(?:推荐|力荐|精选|主推|推荐过|上过|收录)(?:过|了)?(?:的)?/;
const thirdPersonPlatform = (s: string): boolean =>
  (RULE_CITED.test(s) || PLATFORM_PICKED.test(s)) && !STAFF_OR_RULING.test(s.replace(/规定/g, '')) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s);
// ---- round 47 (t47e) ----
// Round 47 (t47e): the platform's service or event named as the platform's, in the third person (快手先用后付是平台提供的服务; 这个“跨境好物节”是
// 快手电商官方的活动): what the platform runs, reported — not with a claim to be it, its staff or a ruling in its name.
// (not a self-introduction — 这里是快手进口电商服务质量回访, 我是平台活动运营 — so never after 这里/我, and a noun only after 的)
// Round 69 (engfa69): …也 的 before 官方 (这个满减是平台的官方活动), and what the platform pays for or hands out, told with 由 (由快手补贴, 由平台
// 出资, 由平台发放): the platform's offer reported in the third person, as the t47e kinds are.
const PLATFORM_RUNS = /(?<!这里|这边|此处|我|我们|本人|咱|咱们)(?:是|由|属于)(?:快手|平台|kuaishou)(?:电商|进口|跨境)*(?:的)?(?:官方)?(?:(?:提供|推出|开通|运营|主办|举办|发起|组织|上线|核准过?|核定|设定|设置|补贴|出资|发放|承担)的|(?<=官方)的?(?:活动|补贴|优惠券?|红包|满减)|的(?:活动|服务|功能|玩法|大促|会场|节日?|补贴|优惠券?|红包|满减))|(?<!这里|这边|此处|我|我们|本人|咱|咱们)由(?:快手|平台|kuaishou)(?:电商|进口|跨境)*(?:官方)?(?:补贴|出资|发放|承担)/;
// (the phrase set aside before the claim test: CLAIMED_OFFICIAL reads any 是平台, this phrase's own copula included)
const PLATFORM_RUNS_ALL = new RegExp(PLATFORM_RUNS.source, 'g');
const platformRunsTold = (s: string): boolean => {
  if (!PLATFORM_RUNS.test(s)) return false;
  const t = s.replace(PLATFORM_RUNS_ALL, '，');
  return !STAFF_OR_RULING.test(s) && !CLAIMED_OFFICIAL.test(t) && !OUR_CLAIM.test(t);
};
// …the shop's badge, then the platform's staff disowned (我们是快手官方认证的进口商家，不是平台客服): the badge says what the shop is on the platform,
// the rest denies being its staff — read with both set aside, nothing else may speak for the platform.
const STAFF_DISOWNED = /(?:不是|并非|并不是|不属于|不代表)(?:快手|平台|kuaishou)?(?:的)?(?:官方|平台)?(?:的)?(?:客服|小二|工作人员|专员|人员|官方|平台)/g;
const badgeThenDisowned = (s: string): boolean => {
  if (!SHOP_BADGE.test(s) || s.search(STAFF_DISOWNED) < 0) return false;
  const t = s.replace(SHOP_BADGE, '，').replace(STAFF_DISOWNED, '，');
  return !PLATFORM_ROLE.test(t) && !CLAIMED_OFFICIAL.test(t) && !OUR_CLAIM.test(t) && !PLATFORM_WORD.test(t);
};
// …the shop keeping the case itself (这个问题您不用找平台，我这边就能处理): the buyer spared a trip to the platform, the shop acting as the shop —
// not with a claim to be the platform, its staff or its ruling.
const SHOP_HANDLES = /(?:不用|不必|无需|没必要|用不着)(?:再)?(?:去)?(?:找|联系|麻烦|投诉|申请)(?:快手|平台)(?:客服|官方|介入)?[^。！？]{0,6}?(?:我|我们|这边|店里|本店)(?:这边|店里)?(?:就|直接|马上|可以|能)*(?:处理|解决|办|帮(?:您|你)|给(?:您|你)(?:退|补|换|处理))/;
const shopHandles = (s: string): boolean => SHOP_HANDLES.test(s) && !STAFF_OR_RULING.test(s) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s);
// ---- end round 47 (t47e) ----
// ---- round 48 (t48e) ----
// Round 48 (t48e): the shop says it never speaks in the platform's name (我们商家不会以平台名义联系您), the platform's own messages told as the
// platform's (平台有时会发“购物体验回访”的短信，那是快手官方发的): a scam warning that sets the shop apart — not with a claim to be the platform,
// its staff or a ruling (OUR_CLAIM, STAFF_OR_RULING), nor an exception (但…, 除非, 只有…才).
const PLATFORM_NAME_DISOWNED = /(?:我们|我|商家|店铺|本店|小店|店家|客服)(?:商家|店铺|这边|客服)?(?:都|也|是|从来|绝对|一律)*(?:不会|从不|不能|绝不|决不|不可能|没有|不)(?:以|用|借|冒用|打着|冒充)(?:快手|平台|官方|kuaishou)(?:官方)?(?:的)?(?:名义|身份|旗号|口吻)/;
const NAME_DISOWNED_TURN = /但|不过|可是|除非|只有|才会|才能|例外|我们就是|我就是|代表/;
const platformNameDisowned = (s: string): boolean => PLATFORM_NAME_DISOWNED.test(s) && !NAME_DISOWNED_TURN.test(s) && !STAFF_OR_RULING.test(s) && !OUR_CLAIM.test(s);
// ---- end round 48 (t48e) ----
// Round 55 (eng55a): the platform in the third person and the shop told as a party under it (平台小二之前给我们发过通知…所以我们多做了一次抽检;
// 仓库是平台指定的，我们负责备货和售后; 需要平台来判定，我这边是商家客服，没有权限): the platform acts on the shop or decides, the shop keeps its own
// part — not with a claim to be the platform, a ruling made by us, or the platform's staff speaking through us.
const SHOP_UNDER_PLATFORM = [
  // the agent told as the shop's, out of the platform's reach (我这边是商家客服，没有权限)
  /(?:我|我们)(?:这边)?(?:只是|是)(?:商家|店铺|店家|本店)(?:的)?(?:客服|售后)[^。！？]{0,8}?(?:没有权限|没权限|无权|管不了|做不了主|处理不了)/,
  // the platform's part told as the platform's, the shop keeping its own (仓库是平台指定的，我们负责备货和售后)
  /(?:是|由)(?:快手|平台)(?:官方)?(?:指定|合作|统一安排)的[^。！？]{0,10}?(?:我们|商家|本店)(?:这边)?(?:只|主要)?负责(?:备货|发货|售后|打包|客服)/,
  // a notice to the shop, and what the shop did because of it (平台小二之前给我们发过通知…所以这批货我们多做了一次抽检)
  /(?:快手|平台)(?:官方|小二)?[^，。！？]{0,6}?(?:给我们发|通知我们|要求我们)[^。！？]{0,24}?所以(?:这批|这款|我们)[^。！？]{0,10}?(?:多做|加做|加强|补充|补做|暂时下架|下架|暂停)/,
];
const RULED_BY_US = /由(?:我|我们|本店)|我们平台|本平台|(?:我|我们)(?:这边)?(?:已经?|来|会)?(?:判定|判责|驳回|审核|处罚|封号|冻结|仲裁)|代表(?:快手|平台|官方)|(?:平台|官方)(?:派|委托|授权)(?:我|我们)|转告|转达|让我|叫我|分配给我|交给我|授权给|委托|裁定|结论|等于|就是平台|官方供货|直接管|直接跟平台|改不了|复查|回访|打分/;
const shopUnderPlatform = (s: string): boolean => SHOP_UNDER_PLATFORM.some((re) => re.test(s)) && !RULED_BY_US.test(s) && !CLAIMED_OFFICIAL.test(s.replace(/是(?:快手|平台)(?:官方)?(?:指定|合作|安排)/g, '')) && !OUR_CLAIM.test(s);
export default likelyRule({
  id: 'likely-impersonation',
  clause: '2.9',
  title: { zh: '疑似冒充平台或平台工作人员（统计判断）', en: 'Likely posing as the platform or its staff (statistical)' },
  forbids: {
    zh: '禁止冒充平台或平台工作人员',
    en: 'forbids posing as the platform or its staff',
  },
  hint: {
    zh: '请以店铺客服身份说话；平台的决定请让买家在平台页面查看。',
    en: "Speak as the shop's agent; point the buyer to the platform's own pages for its decisions.",
  },
  message: '这句话读起来像以平台身份说话（统计判断，可能误判）',
  // Round 20 (t20bt): the agent setting the shop apart from the platform (这边是店铺客服，不是快手官方哈; we are the store's service, not
  // Kuaishou official) disowns the platform's identity — unless the sentence also claims it (我不是普通客服，是快手官方专员).
  unlessFound: SMEAR_NOT_VOICE,
  // Round 37 (t37g): …and a withdrawal said to be no condition of the refund (withdrawalNoCondition above).
  unless: (s, next) =>
    platformNameDisowned(s) || // round 48 (t48e)
    shopUnderPlatform(s) || // round 55 (eng55a)
    buyerClaimReported(s, next) ||
    withdrawalNoCondition(s) ||
    outOfReachTold(s) ||
    referredToPlatform(s) ||
    platformPathTold(s) ||
    shopStaffSelf(s) ||
    platformUserTold(s) ||
    cannotSpeakFor(s) ||
    thirdPersonPlatform(s) ||
    platformRunsTold(s) || badgeThenDisowned(s) || shopHandles(s) || // round 47 (t47e)
    (brandStoreTitle(s) && !STAFF_OR_RULING.test(s) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s)) ||
    (PROGRAMME_TOLD.test(s) && !PROGRAMME_WIELDED.test(s) && !CLAIMED_OFFICIAL.test(s) && !OUR_CLAIM.test(s)) ||
    ((DISOWNED_OFFICIAL.test(s) || (ESCROW_TOLD.test(s) && !RULING.test(s))) && !CLAIMED_OFFICIAL.test(s)) || (SHOP_BADGE.test(s) && !PLATFORM_ROLE.test(s)),
});
