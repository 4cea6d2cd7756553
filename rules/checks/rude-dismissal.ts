// 2.4: rude provocation — dismissing or mocking the buyer without a swear word (爱买不买, 买不起别买,
// 自己不会看吗, 说了八百遍, 烦死了). The rule bans "任何引起他人不满的字句". Apologies and self-criticism
// (抱歉让您说了好几遍, 包装太差了, 您一定烦死了吧) are the traps. Sarcastic capitulation (行行行您最大, 满意了吧
// 大小姐) provokes too; a product called 大小姐款 does not. Regional contempt (东北人就是事多, 山沟里出来的) too, not
// 四川人爱吃辣 (here, not in insult.ts: this rule has no pinyin variants, so the many region words stay cheap).

import { cueRule, type Cue } from '../detect/cue-rule';
import { AIMED } from '../detect/targets';
import { REGIONS, RURAL } from '../lexicon/insults';

/** What is said of people from somewhere that makes it contempt (东北人都这么能闹); praise and tastes are not. */
const REGIONAL_CONTEMPT =
  /(?<![不没])(?:事多|事儿多|难搞|难缠|素质|能闹|爱闹|闹事|占便宜|抠门|抠搜|抠|穷|不讲理|刁|德行|德性|毛病多|奇葩|没见过世面|没见识|矫情|烦人|难伺候|小气|土气|土鳖|野蛮|粗鲁|没文化|没教养|赖皮|耍赖|白嫖|嫌慢|嫌贵|事儿精|麻烦|一个样|不识货|买不起|精明过头|精过头|斤斤计较|小家子气|爱算计|没礼貌|不讲究)/;

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
];

const cues: Cue[] = [
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
