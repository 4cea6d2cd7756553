// 2.4: rude provocation — dismissing or mocking the buyer without a swear word (爱买不买, 买不起别买,
// 自己不会看吗, 说了八百遍, 烦死了). The rule bans "任何引起他人不满的字句". Apologies and self-criticism
// (抱歉让您说了好几遍, 包装太差了, 您一定烦死了吧) are the traps. Sarcastic capitulation (行行行您最大, 满意了吧
// 大小姐) provokes too; a product called 大小姐款 does not. Regional contempt (东北人就是事多, 山沟里出来的) too, not
// 四川人爱吃辣 (here, not in insult.ts: this rule has no pinyin variants, so the many region words stay cheap).
// Groups get the same test (女人就是事多, 你们大妈都这么爱占便宜), and so does the buyer's place called a backwater
// (你们那种十八线小县城, 您那儿还没通网). Mockery by frame, each a pair of word families: the buyer's means
// (嫌贵/买不起 + a brush-off or 适合您的档次; 您确定买得起; 最后也就买个最便宜的; cheap goods + 跟您挺配); the
// buyer's competence (识字吗 / 上过学吗 / 第一天网购吗; 语文是体育老师教的; 三岁小孩都知道 / 写得跟小学生似的;
// ironic praise + 都能看漏; 怎么长这么大的); self-importance (当自己是上帝, 全世界都围着您转, 嗯嗯您说得都对);
// dares (再BB一句试试, 您去告呗, 有能耐去告 / 随您写反正没人看 — a dare word near a complaint word), scorn for a small
// spend (几十块钱的东西还要求这么多), 眼睛是装饰品吗, 初中生都能看懂您怎么就看不懂, 好啦好啦…行了吧. Traps: 平价款学生党也买得起, 三岁小孩都会用 (ease of use), 您的眼光真厉害,
// 女人就是要对自己好一点, 您再刷新一次试试, BB霜, 您可以在订单页投诉.

import { cueRule, type Cue } from '../detect/cue-rule';
import { AIMED } from '../detect/targets';
import { REGIONS, RURAL } from '../lexicon/insults';

/** What is said of people from somewhere that makes it contempt (东北人都这么能闹); praise and tastes are not. */
const REGIONAL_CONTEMPT =
  /(?<![不没])(?:事多|事儿多|难搞|难缠|素质|能闹|爱闹|闹事|占便宜|抠门|抠搜|抠|穷|不讲理|刁|德行|德性|毛病多|奇葩|没见过世面|没见识|矫情|烦人|难伺候|小气|土气|土鳖|野蛮|粗鲁|没文化|没教养|赖皮|耍赖|白嫖|嫌慢|嫌贵|事儿精|麻烦|一个样|不识货|买不起|精明过头|精过头|斤斤计较|小家子气|爱算计|没礼貌|不讲究)/;

/** What are put on a group to make contempt of it (老年人就是麻烦): the regional words plus a few of manner. */
const GROUP_CONTEMPT = new RegExp(`${REGIONAL_CONTEMPT.source}|磨叽|磨磨唧唧|墨迹|啰嗦|笨|蠢|傻|小心眼|爱计较|爱占便宜|事儿|没耐心|沉不住气|玻璃心|娇气|脾气大|不懂事|没脑子|较真|认死理|固执|倔`);
/** A sweeping claim about the group (就是 / 都这么 / 一个个), not a fact about some of them (学生党比较穷). */
const SWEEPING = /就是|都是|都这|都那|都爱|都一|都事|一个个|哪个不|全是|全都|总是|就爱|天生/;
/** Who a group-contempt remark can be about (gender, age, roles, other groups). */
const GROUPS = ['女人', '女的', '男人', '男的', '老人', '老年人', '老头', '老太太', '老太婆', '大妈', '大爷们', '中年人', '中年妇女', '宝妈', '学生党', '学生',
  '年轻人', '小年轻', '上了年纪的人', '老一辈', '中老年人', '00后', '90后', '80后', '外国人', '穷人', '胖子', '这些人', '这帮人', '这群人', '你们这些', '你们这种'];

/** A place called a backwater, when it is the buyer's (你们那种十八线小县城, 您那儿还没通网, 那一片全是骗子). */
const BACKWATER = /十八线|小山村|山旮旯|连[^，。]{1,6}都没有吧|(?:乡下|农村|山里|山沟|小|穷|偏)地方|能送到就不错|穷乡僻壤|鸟不拉屎|山沟|穷山|穷地方|破地方|小破|犄角旮旯|乡旮旯|荒郊野|没通网|不通网|还没通|没通电|没有网|出了名的(?:穷|乱|差|脏|骗|刁|难|赖|抠|野|落后|偏)|全是骗子|都是骗子|骗子窝|难怪(?:您|你)/;
const PLACE_OF_BUYER = ['你们那种', '你们这种', '你们那个', '你们那儿', '你们那边', '你们那里', '您那个', '你那个', '您那儿', '您那边', '您那里', '你那儿', '你那边', '你那里',
  '您那地方', '你那地方', '您住的', '你住的', '您住那', '你住那', '那一片', '那片区'];

/** The buyer's means mocked: a brush-off or a cheap alternative after 嫌贵 / 买不起 (across the next sentence). */
const MEANS_BRUSH_OFF =
  /档次|不是我们的(?:目标)?(?:客户|客群|顾客)|不配|别看了|别问了|别在这|没必要在这|不用在这|可以不买|就别买|别买了|不买就|直说|去(?:楼下|路边|菜市场|夜市|地摊|小卖部|批发市场|拼夕夕|二手)|临期货|地摊货|便宜货|九块九|浪费(?:我的?)?时间|不是给(?:您|你)|消费水平|更适合(?:您|你)的|便宜(?:的)?地方/;
/** Goods called cheap or fake, which a sneer then says suit the buyer (跟您挺配). */
const SHODDY = /勾兑|假货|山寨|便宜|地摊|临期|劣质|垃圾|次品|杂牌|贴牌|洋标|三无|仿|过期|九块九|小卖部/;
/** A failure the ironic praise is about (这么大的字都能看错). */
const FAILURE = /(?:都|也|还)能(?:无视|视而不见|没看见)|连[^，。]{1,8}(?:都|也)(?:找不到|不会|看不懂|搞不定|看不到|分不清|不知道|弄不明白)|成功(?:错过|避开|忽略|无视|看漏|绕过|漏掉)|(?:都|也|居然|竟然|还)能(?:看漏|看错|看反|漏看|看不见|看不到|搞错|弄错|弄反|搞反|拍错|选错|买错|填错|写错|忽略|忘|弄丢|弄坏|用错|装反|问出)|(?:都|也)(?:看不到|没看到|看不见|不会|看不懂)/;

const DISMISSALS = [
  '爱咋咋地', '爱咋咋滴', '爱咋地咋地', '爱找谁找谁', '不买拉倒', '不要拉倒', '不信拉倒', '不买就滚', '不买滚', '不要就滚', '不买就别', '不买别问', '不买别瞎', '不买别bb', '不要就别',
  '不要就走', '不买就走', '没人求着你', '没人求你', '没人逼你', '买不起别', '买不起就别', '买不起就直说', '买不起直说', '买不起还', '买不起就滚', '买不起就不要', '嫌贵别', '嫌贵就别', '嫌贵滚',
  '嫌贵就滚', '穷就别', '穷就不要', '穷还', '没钱就别', '没钱别买', '没钱还买', '没钱还问', '没钱装', '装什么大款', '穷酸',
  '别bb', '少bb', 'bb什么', '逼逼赖赖', '哔哔赖赖', '叽叽歪歪', '唧唧歪歪', '磨磨唧唧', '烦不烦', '烦死人', '别烦我', '别来烦我', '少烦我', '真烦人', '你真烦',
  '你好烦', '你很烦', '有完没完', '懒得跟你', '懒得理你', '懒得解释', '懒得回你', '懒得说', '懒得搭理', '关我屁事', '关我什么事', '关我们什么事', '关我啥事',
  '关我们啥事', '关你屁事', '关你什么事', '管得着吗', '要你管', '跟我有什么关系', '跟我们有什么关系', '跟我们有啥关系', '跟我有啥关系', '少废话', '废话少说',
  '别废话', '废什么话', '那么多废话', '一堆废话', '少啰嗦', '别啰嗦', '啰里啰嗦', '找茬', '找碴', '没事找事', '故意找事', '你懂什么', '懂个屁', '你懂个',
  '你以为你是谁', '以为自己是谁', '随便你投诉', '随便投诉', '投诉去吧', '去投诉啊', '有本事投诉', '有本事去投诉', '有种去投诉', '尽管去投诉', '差评随便给',
  '随便给差评', '随便差评', '差评就差评', '爱给不给', '想白嫖', '就想白嫖', '又想白嫖', '还想白嫖', '白嫖党', '白嫖怪', '听不懂人话', '听不懂中文', '说人话',
  '不识字', '看不懂字', '没长眼', '眼睛长哪', '眼睛是摆设', '眼睛不用可以捐', '长点脑子', '长点心', '动动脑子', '用脑子想', '带脑子', '自己不会看', '自己不会查',
  '自己不会搜', '自己不会找', '不会自己看', '不会自己查', '自己看去', '活该', '自作自受', '怪我咯', '能怪谁', '怪你自己', '你自己的问题', '你自己作的',
  '你自己用错', '事儿多', '事儿真多', '事真多', '这么多事', '那么多事', '怎么这么多事', '事儿精', '事儿妈', '事妈', '问题真多', '问题怎么这么多', '问题这么多', '一天到晚问', '问个没完', '别瞎问',
  '瞎问', '闭嘴', '什么破问题', '什么烂问题', '什么傻问题', '什么蠢问题', '什么鬼问题', '这种问题也问', '这都不懂', '这都不会', '这都看不懂', '没见识',
  '浪费我时间', '浪费我的时间', '别浪费我', '耽误我时间', '耽误我的时间', '别耽误我', '没空陪你', '没空理你', '没工夫陪你', '没时间陪你', '爱信不信',
  '你行你上', '八百遍', '拉倒吧', '无语死了', '服了你', '醉了你', '想多了吧你', '想得美', '做梦吧', '做梦去吧', '你配吗', '你也配',
  '谁理你', '谁管你', '没人理你', '没人管你', '少来这套', '别来这套', '别跟我来这套', '别演了', '演技不错', '戏真多',
  '白吃白拿', '穷就直说', '没钱就直说', '您是祖宗', '你是祖宗', '懂不懂啊你', '懂不懂啊', '懂不懂你', '会不会看啊', '长没长眼', '识不识字', '憋着吧', '就憋着', '忍着吧', '就忍着', '受着吧', '认了吧', '以为您是谁', '以为你是谁', '您以为您是', '你以为你是',
];

const cues: Cue[] = [
  {
    // 女人就是事多 / 你们大妈都这么爱占便宜 / 老年人就是麻烦 — sweeping contempt for a group; not 女人就是要对自己好一点.
    words: GROUPS,
    severity: 'block',
    message: '对某类人群（性别、年龄等）的贬低，属于不文明用语（规则 2.4）',
    sentence: [GROUP_CONTEMPT, SWEEPING],
    notSentence: /热情|好客|辛苦|不容易|心疼|理解|我们也|我也|适合|推荐|专用/,
    deniable: false,
  },
  {
    // 你们那种十八线小县城 / 您那儿还没通网 / 那一片出了名的全是骗子 — the buyer's place as a backwater.
    words: PLACE_OF_BUYER,
    severity: 'block',
    message: '地域歧视、贬低买家所在地（规则 2.4）',
    sentence: BACKWATER,
    window: 30,
    deniable: false,
  },
  {
    // 买不起可以不买 / 嫌贵…不是我们的目标客户 / 您也嫌贵？那您去小卖部买临期货吧 — the buyer's means mocked.
    words: ['嫌贵', '觉得贵', '嫌价格高', '嫌这嫌那', '买不起', '买不了', '没钱', '舍不得花钱', '舍不得钱'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    sentence: MEANS_BRUSH_OFF,
    window: 36,
    notSentence: /活动|优惠|券|降价|等等|小样试试|平价|替代|分期|理解/,
    deniable: false,
  },
  {
    // 您确定买得起？/ 你买得起吗 / 最后还不是只买得起小样; not 学生党也买得起.
    words: ['买得起', '买的起', '付得起', '消费得起', '用得起', '穿得起'],
    severity: 'block',
    message: '质疑买家的购买能力，属于嘲讽（规则 2.4）',
    before: /(?:(?:您|你)(?:确定|真的|真|能|可)?|确定|只|也就|就只|顶多|最多)$/,
    notSentence: /(?:都|也|人人|大家|学生党|每个人)(?:能)?(?:买|付|消费|用|穿)得起|让更多/,
    deniable: false,
  },
  {
    // 最后也就买个最便宜的试用装 — sneering at what the buyer will end up affording.
    words: ['最便宜', '便宜货', '试用装', '小样', '临期货', '地摊货'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    before: /(?:也就|还不是|最后还是|顶多|只能|只配|只买得起|就配)(?:只)?(?:买|挑|拿|配|用)?(?:个|一个|点|些)?(?:最便宜的)?$/,
    deniable: false,
  },
  {
    // 他家全是勾兑贴洋标的，跟您挺配 — shoddy goods said to suit the buyer; 这个颜色跟您挺配 is praise.
    words: ['挺配', '很配', '正配', '蛮配', '真配', '绝配', '最配', '配得上', '适合您的档次', '适合你的档次', '配您', '配你'],
    severity: 'block',
    message: '讽刺买家只配劣质货，属于嘲讽（规则 2.4）',
    sentence: SHODDY,
    window: 40,
    notSentence: /颜色|色号|肤色|气质|穿搭|搭配|好看|显白|适合的尺码/,
    deniable: false,
  },
  {
    // 识字吗？/ 您是没上过学吗 / 您是第一天网购吗 — a rhetorical question about the buyer's basic ability.
    words: ['识字', '认字', '认识字', '上过学', '读过书', '念过书', '读过小学', '上过小学', '小学毕业', '学过语文', '第一天网购', '第一天上网', '第一天用手机', '第一天用',
      '第一次用手机', '头一回用手机', '头一次用手机', '第一次上网', '头一回上网'],
    severity: 'block',
    message: '用反问嘲讽买家的能力或教育，属于不文明用语（规则 2.4）',
    after: /^(?:吗|么|嘛|不|没|没有|了吗|了没|啊|呀)/,
    notSentence: /识字卡|宝宝|孩子|小朋友|儿童/,
    deniable: false,
  },
  {
    words: ['上过学', '读过书', '念过书', '识字', '认字', '读过小学'],
    severity: 'block',
    message: '用反问嘲讽买家的能力或教育，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:是|是不是|难道|怕不是)?(?:没|没有|不)$/,
    notSentence: /老人|长辈|宝宝|孩子|小朋友|儿童|也能|也可以|方便/,
    deniable: false,
  },
  {
    // 您的中文是体育老师教的吧 — mocking the buyer's schooling.
    words: ['老师教的'],
    severity: 'block',
    message: '嘲讽买家的文化水平，属于不文明用语（规则 2.4）',
    before: /(?:语文|中文|汉语|数学|英语|阅读理解|理解能力|算术|文化)(?:是|都是)?(?:跟)?(?:体育|数学|美术|音乐|语文|英语|生物|化学|物理)?$/,
    deniable: false,
  },
  {
    // 三岁小孩都知道 / 小学生都比您强 — the buyer's question or grasp below a child's.
    words: ['三岁小孩', '三岁孩子', '三岁的孩子', '三岁小朋友', '幼儿园', '小学生', '小学一年级', '小孩子', '小孩', '小朋友', '孩子'],
    severity: 'block',
    message: '拿小孩比买家，嘲讽买家的能力（规则 2.4）',
    after: /^[^，。？]{0,4}?(?:都|也)(?:知道|懂|明白|晓得|清楚|比(?:您|你))/,
    // aimed at the buyer or the buyer's question; 这个道理小朋友都懂 in a toothbrush pitch is not
    sentence: /您|你|这种问题|这问题|这都/,
    notSentence: /绘本|玩具|积木|点读|读物|操作|上手|用法|怎么用|好用|适合|能用|会用/,
    deniable: false,
  },
  {
    // 你那条差评写得跟小学生作文似的 — the buyer's writing likened to a child's.
    words: ['三岁小孩', '三岁孩子', '小学生', '幼儿园', '小孩子', '小孩'],
    severity: 'block',
    message: '拿小孩比买家，嘲讽买家的能力（规则 2.4）',
    before: /(?:跟|像|和|如)$/,
    after: /^[^，。]{0,6}?(?:似的|一样|一般|水平|差不多)/,
    sentence: /(?:您|你)(?:的|这|那)?[^，。]{0,6}(?:写|评价|差评|字|文笔|画)|差评|评价/,
    deniable: false,
  },
  {
    // 您真是火眼金睛呢，…都能看漏，佩服佩服 — ironic praise for a blunder.
    words: ['火眼金睛', '真厉害', '可真厉害', '太厉害了', '真聪明', '可真聪明', '真行', '可真行', '真有本事', '了不起', '佩服佩服', '真是佩服', '厉害了', '好眼力', '眼神真好', '眼神可真好', '真棒', '真是人才', '高手', '聪明人', '真聪明', '学霸', '能人', '人才', '真是个人才', '恭喜您成功', '恭喜你成功', '恭喜您', '恭喜你'],
    severity: 'block',
    message: '反话式的“夸奖”，嘲讽买家（规则 2.4）',
    sentence: FAILURE,
    window: 40,
    notSentence: /宝宝|孩子|小朋友|我们|我这边|客服/,
    deniable: false,
  },
  {
    // 真不知道您是怎么平安长这么大的 — mock wonder that the buyer survives.
    words: ['长这么大', '长到这么大', '长到今天', '活到今天', '活到现在', '活这么大', '活到这么大', '怎么生活的', '怎么过日子的', '怎么活的'],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    sentence: [/怎么(?:平安|健康|顺利|安全|好好)?(?:地)?(?:长|活)/, /您|你/],
    notSentence: /宝宝|孩子|小朋友|狗|猫|植物|花|多肉|鱼/,
    deniable: false,
  },
  {
    // 就当自己是上帝了 / 全世界都该围着您转 — mocking the buyer's self-importance.
    words: ['当自己是', '把自己当', '拿自己当', '真当自己', '还当自己', '当自个儿是', '以为自己是', '想当', '就想当', '还想当'],
    severity: 'block',
    message: '嘲讽买家“把自己当回事”，属于不文明用语（规则 2.4）',
    after: /^(?:个|成|一个)?(?:上帝|皇帝|皇上|太后|公主|女王|大爷|老佛爷|vip|土豪|富婆|大款|大佬|老板|祖宗|少爷|大小姐|主子|贵宾|回事|根葱|什么|谁|天王|宇宙中心)/,
    deniable: false,
  },
  {
    words: ['围着您', '围着你', '绕着您', '绕着你', '围着您一个人', '围着你一个人'],
    severity: 'block',
    message: '嘲讽买家“把自己当回事”，属于不文明用语（规则 2.4）',
    after: /^(?:一个人)?转/,
    deniable: false,
  },
  {
    // 再BB一句试试 / 再废话一句试试看 — a dare to keep talking; not 您再刷新一次试试.
    words: ['试试', '试试看'],
    severity: 'block',
    message: '挑衅买家（“再说一句试试”），态度恶劣（规则 2.4）',
    before: /再(?:说|bb|逼逼|哔哔|叨叨|叨逼叨|啰嗦|废话|骂|嘴硬|顶嘴|吵|闹|嚷|叫唤|叫|哔|逼|比比){1,2}(?:一句|一遍|一声|一次|一下|个字)?$/,
    deniable: false,
  },
  {
    // 再BB / 别bb / 在这bb — bb as a verb (talk rubbish); not BB霜 / BB车.
    words: ['bb', '逼逼', '哔哔', '比比'],
    severity: 'block',
    message: '粗俗地打断买家（“别BB”），态度恶劣（规则 2.4）',
    before: /(?:再|别|少|还|瞎|一直|在这|在这里|乱|你|又|整天|天天)$/,
    notAfter: /^(?:霜|cream|车|装|衣|包|油|机|鞋|服|用品|护肤|乳|粉|棉|声|响|叫|的)/,
    deniable: false,
  },
  {
    // 您去告呗 / 有本事就去找消协 / 去举报啊，反正也没人管 — daring the buyer to complain.
    words: ['去告', '去投诉', '去举报', '去起诉', '去曝光', '去找消协', '去找12315', '去找平台', '去报警', '告去', '投诉去', '举报去', '告我', '告我们', '去找工商'],
    severity: 'block',
    message: '挑衅买家去投诉、起诉，态度恶劣（规则 2.4）',
    sentence: /^(?!.*(?:配合|理解|抱歉|协助|支持|入口|渠道|客服中心|点击|申请|权利|帮您))(?:.*(?:呗|去吧|有本事|有种|尽管|随便|看谁|谁理|谁管|没人(?:理|管)|理不理|管不管|怕你|等着|又怎样|又如何|无所谓|反正))/,
    deniable: false,
  },
  {
    // 有能耐您就去平台告 / 随您去哪儿告，我们不怕 / 差评随您写，反正也没人看 — a dare or a shrug at the buyer's complaint.
    words: ['有能耐', '有本事', '有种', '光说不练', '随您', '随你', '随便您', '随便你', '我们不怕', '我不怕', '不怕你', '没人看', '反正也没人', '又能怎样', '又能怎么样', '能把我怎样', '能把我们怎样'],
    severity: 'block',
    message: '挑衅买家去投诉、差评，态度恶劣（规则 2.4）',
    sentence: /告|投诉|举报|曝光|差评|评价|写|12315|消协|平台/,
    window: 24,
    notSentence: /随时|配合|理解|抱歉|协助|权利|(?<!不)帮您|欢迎|您便|随您挑|随您选|随你挑|随你选/,
    deniable: false,
  },
  {
    // 对对对，您永远是对的，我们都是错的，行了吧 — capitulation said to mock.
    words: ['永远是对的', '永远都是对的', '都是对的', '我们都是错的', '我们全错', '全是我们的错', '都是我们的错'],
    severity: 'block',
    message: '阴阳怪气的“服软”，嘲讽买家（规则 2.4）',
    sentence: /行了吧|好了吧|满意了|对对对|好好好|是是是|行行行|行吧|得了吧/,
    deniable: false,
  },
  {
    // 没那个经济实力就别看 / 一百块都舍不得花还逛什么进口店 — the buyer's means mocked.
    words: ['经济实力', '消费能力', '舍不得花', '舍不得', '这点钱都', '这么点钱都', '连这点钱', '心疼钱'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    sentence: new RegExp(`${MEANS_BRUSH_OFF.source}|就别|别逛|别来|还(?:逛|买|看|要|问|挑|想|来)`),
    notSentence: /活动|优惠|券|降价|平价|分期|理解|宝宝|孩子/,
    deniable: false,
  },
  {
    // 几十块钱的东西还要求这么多 / 花两百块就想当大爷 — scorn for how little the buyer spent.
    words: ['几十块', '几块钱', '十几块', '这点钱', '这么点钱', '几十块钱', '百来块', '一百块', '两百块', '三十块', '二十块', '五十块'],
    severity: 'block',
    message: '嘲讽买家花钱少，态度恶劣（规则 2.4）',
    after: /^[^，。]{0,6}?(?:还(?:要求|挑|想要|要这要那|计较|闹|嫌|敢|好意思)|就想当|就当自己|的官司)/,
    deniable: false,
  },
  {
    // 您的眼睛是装饰品吗 / 脑子是摆设 — the buyer's eyes or brain called useless.
    words: ['装饰品', '摆设', '白长的', '白长了', '长着好看', '出气用的', '用来喘气'],
    severity: 'block',
    message: '讽刺买家“眼睛/脑子是摆设”，属于不文明用语（规则 2.4）',
    before: /(?:眼睛|眼|脑子|脑袋|耳朵|眼珠子)(?:是|就是|只是|都是|难道是)?(?:个|用来|当)?$/,
    deniable: false,
  },
  {
    // 初中生都能看懂，您怎么就看不懂 — a child's ability set against the buyer's failure.
    words: ['三岁小孩', '三岁孩子', '小学生', '初中生', '中学生', '幼儿园', '小孩子', '小孩', '小朋友'],
    severity: 'block',
    message: '拿小孩比买家，嘲讽买家的能力（规则 2.4）',
    after: /^[^，。？]{0,4}?(?:都|也)(?:能)?(?:看懂|看得懂|听懂|听得懂|学会|会|弄明白|搞明白)/,
    sentence: /(?:您|你)[^，。]{0,4}(?:不懂|看不懂|不会|不明白|不知道|搞不懂|听不懂|弄不明白)/,
    window: 30,
    deniable: false,
  },
  {
    // 是不是刚从山里出来 — the buyer's upbringing as a put-down.
    words: RURAL.flatMap((r) => [`从${r}出来`, `从${r}来`]),
    severity: 'block',
    message: '地域歧视、贬低买家，属于不文明用语（规则 2.4）',
    sentence: [/您|你/, /是不是|刚|吧|吗|难怪|怪不得|没见过/],
    notSentence: /土蜂蜜|土鸡|特产|农家|纯天然|原生态|产地|直发|发货|寄/,
    deniable: false,
  },
  {
    // 您是不是不会用智能手机 — the buyer's basic skills doubted.
    words: ['不会用手机', '不会用智能手机', '不会上网', '不会网购', '不会打字', '不会看详情'],
    severity: 'block',
    message: '用反问嘲讽买家的能力，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:是不是|是|难道|怕不是|都)?$/,
    notSentence: /老人|长辈|家里人|没关系|可以|帮您|教您/,
    deniable: false,
  },
  {
    // 好啦好啦…给您退行了吧 — a grudging 行了吧 after a sarcastic lead or a mock title.
    words: ['行了吧', '总行了吧', '这下行了吧', '可以了吧', '满意了没'],
    severity: 'block',
    message: '阴阳怪气的“服软”，嘲讽买家（规则 2.4）',
    sentence: /好啦好啦|好好好|行行行|是是是|对对对|得得得|祖宗|大爷|大小姐|您最大|你最大|都依您|都依你/,
    deniable: false,
  },
  {
    // 像您这种一天问八遍的 / 一个色号能问八遍 — the buyer's questions counted in scorn; 抱歉让您问了八遍 is not.
    words: ['八遍', '八百遍', '一百遍', '八百次', '一万遍', '无数遍', '八十遍', '十八遍', 'n遍', '八百回'],
    severity: 'block',
    message: '嫌买家问得多、催得多，态度恶劣（规则 2.4）',
    before: /(?:问|催|说|找|发|打|叫|嚷|念叨)(?:个|了)?$/,
    notBefore: /让您|害您|抱歉|不好意思|对不起|辛苦您/,
    notSentence: /耐心|没关系|不厌其烦|随时|都可以|都行|没问题/,
    deniable: false,
  },
  {
    // 你们东北人是不是都这么能闹 / 乡下人就是事多 — contempt for where the buyer comes from; not 四川人爱吃辣.
    words: [...REGIONS.flatMap((r) => [`${r}人`, `${r}的人`]), ...RURAL.flatMap((r) => [`${r}出来的`, `${r}来的`])],
    severity: 'block',
    message: '地域歧视、贬低买家，属于不文明用语（规则 2.4）',
    sentence: REGIONAL_CONTEMPT,
    notSentence: /热情|好客|豪爽|实在|不嫌|也是|我们也|我也|我老家|土蜂蜜|土鸡|特产|农家|纯天然|原生态/,
    deniable: false,
  },
  {
    // 你爱投诉就去投诉，怕你不成 / 没空伺候你 / 老娘… — provoking or brushing off the buyer.
    words: ['怕你不成', '怕你啊', '怕你呀', '就去投诉', '随便投诉', '随你投诉', '有本事去投诉', '有本事投诉', '你去投诉啊', '投诉去吧', '尽管投诉', '没空伺候', '懒得伺候', '伺候不起', '不伺候', '老娘', '老子'],
    severity: 'block',
    message: '挑衅、打发买家，态度恶劣（规则 2.4）',
    notSentence: /不会|可以通过|平台投诉入口|请您|欢迎|理解|抱歉|老子号|老子牌|老娘舅|老娘家/,
    deniable: false,
  },
  {
    // 行行行，您最大，您说什么都对，满意了吧大小姐 — sarcastic capitulation: giving in to mock the buyer.
    words: ['您最大', '你最大', '说什么都对', '说啥都对', '怎么说都对', '说什么就是什么', '满意了吧', '这下满意了', '这回满意了', '现在满意了', '惹不起您', '惹不起你', '惹不起还躲不起', '伺候不了您',
      '错行了吧', '错还不行吗', '错总行了吧', '错好了吧', '怪我行了吧', '怪我们行了吧', '怪我还不行吗'],
    severity: 'block',
    message: '阴阳怪气的“服软”，嘲讽买家（规则 2.4）',
    notBefore: /(?:如果|若|要是|是否|请问|直到|让您|希望)[^，]{0,6}$/,
    deniable: false,
  },
  {
    // 嗯嗯您说得都对 / 好好好你说的全对 — a sarcastic lead (嗯嗯, 好好好) turns agreement into mockery; 您说得对 alone is not.
    words: ['说得都对', '说的都对', '说得全对', '说的全对', '说得都是对的', '说的都是对的', '都是您对', '都是你对', '全是您对', '您都对', '你都对'],
    severity: 'block',
    message: '阴阳怪气的“服软”，嘲讽买家（规则 2.4）',
    before: /(?:行|好|嗯|对|是|得|哦|噢|呵|啊)(?:您|你)?$/,
    deniable: false,
  },
  {
    // 大小姐 / 大少爷 / 姑奶奶 as an address to the buyer — mockery; not a product (大小姐款连衣裙).
    words: ['大小姐', '大少爷', '姑奶奶', '小祖宗', '我的祖宗', '祖宗您', '大爷您', '您是大爷', '你是大爷', '您是上帝', '上帝您', '女王大人', '老佛爷', '太上皇', '公主殿下', '少爷您'],
    severity: 'block',
    message: '用“大小姐/大少爷”之类称呼讥讽买家（规则 2.4）',
    notAfter: /^(?:款|风|系列|同款|裙|套装|礼服|连衣裙|包|鞋|造型|发型|人设)/,
    notSentence: /宝宝|孩子|女儿|儿子|小朋友|公主|角色|剧|漫画|游戏/,
    deniable: false,
  },
  {
    words: ['开心就好', '高兴就好', '随你便', '随您便', '随便你吧', '您随意吧', '你随意吧'],
    severity: 'warn',
    message: '敷衍、阴阳怪气的回复，容易激怒买家',
    before: /(?:^|您|你|行|好|反正)$/,
    notSentence: /收到|喜欢|用得|穿得|吃得|满意|祝/,
  },
  {
    words: DISMISSALS,
    severity: 'block',
    message: '态度恶劣、挑衅或嘲讽买家',
    deniable: false, // most carry their own 不/别 (不买拉倒, 别在这叽叽歪歪, 能不能长点脑子)
    notAfter: /^(?:情|项|务|款)/,
    notBefore: /(?:让您|害您|您一定|给您添|最近|这几天|今天|年底|店里|我们|节日|月底|这阵子|好|不)$/,
  },
  {
    // 爱买不买 / 爱要不要 / 爱退不退 / 爱投诉不投诉.
    words: ['爱'],
    severity: 'block',
    message: '“爱X不X”式的打发，态度恶劣',
    after: /^(买|要|退|信|用|拍|来|等|看|收|换|评|投诉|给|咋|理|回|签)不\1/,
    grow: true,
    fix: '您可以再考虑一下',
  },
  {
    // 烦死了 from the agent, not 您一定烦死了吧 (empathy).
    words: ['烦死了', '烦死'],
    severity: 'block',
    message: '对买家表现不耐烦',
    scope: 'clause',
    notBefore: /(?:您|一定|肯定|让|害|给|把|都)$|您/,
    notAfter: /^(?:人的|的)/,
    fix: '',
  },
  {
    // 说了八百遍还问 / 跟你说了多少遍了 — not 抱歉让您说了好几遍.
    words: ['说了', '讲了', '问了', '解释了', '强调了', '回复了'],
    severity: 'warn',
    message: '“说了N遍”式的责怪，容易激怒买家',
    after: /^(?:八百|一百|一千|一万|无数|n|多少|好多|好几|几十|几百|[0-9]+|十几|[三四五六七八九十])+(?:遍|次)(?:了)?(?:还|都|你|听不懂|记不住|也|怎么)/,
    notBefore: /(?:您|让|害|抱歉|不好意思|对不起)/,
    grow: true,
  },
  {
    words: ['事多', '多事'],
    severity: 'block',
    message: '嫌买家“事多”，态度恶劣',
    scope: 'clause',
    before: AIMED,
    notAfter: /^(?:情|项|务|磨)/,
  },
  {
    words: ['怪谁', '怪你', '怪我咯', '你的错', '是你的问题', '你自己的原因'],
    severity: 'warn',
    message: '把责任推给买家并带有嘲讽',
    sentence: /你/,
    notBefore: /(?:不|别|没|该|不能|也不)$/,
  },
  {
    words: ['无理取闹', '胡搅蛮缠', '蛮不讲理', '不可理喻', '矫情', '玻璃心'],
    severity: 'warn',
    message: '指责买家无理取闹，容易激化矛盾',
  },
];

const rule = cueRule({
  meta: {
    id: 'rude-dismissal',
    clause: '2.4',
    severity: 'block',
    title: { zh: '态度恶劣或挑衅买家', en: 'Rude, dismissive or provoking reply' },
    description: {
      zh: '规则 2.4 禁止使用任何引起他人不满的字句。爱买不买、买不起别买、自己不会看吗、说了八百遍、烦死了等打发或嘲讽买家的话会被拦截；道歉和自我检讨不算。',
      en: 'Rule 2.4 forbids any wording that provokes the buyer. Dismissals and mockery (take it or leave it, can\'t afford it then don\'t buy, can\'t you read) are blocked; apologies and self-criticism are fine.',
    },
    hint: {
      zh: '换成耐心的说法，例如“详情页第X张图有说明，我再帮您解释一下”。',
      en: 'Use a patient phrasing, e.g. "It is explained in the product page, let me explain again."',
    },
  },
  cues,
  skipQuoted: true,
});

export default rule;
