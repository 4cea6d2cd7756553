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
// Round 5, by mechanism (MOCKERY_CUES and the cues after them; each pairs two word families): the buyer's mind or
// senses + a fault or a mock cure (脑子不够用, 脑袋里装的是浆糊, 祝您早日康复（指脑子）, 语文补一补, 把眼睛带上; not
// 宝宝补脑, 眼睛干涩, 我这脑子); 听不懂中国话; the buyer's face/body + a drastic remedy (得整容才救得回来, 穿什么都像麻袋);
// an ironic title + a dare (原来您是专家呀，那您自己去清关好了); the buyer's act as unheard of (全网…就您一位, 给您鼓掌);
// 您可真是个250; means + a sneer (月薪三千就别学人家, 看看您的钱包再来砍价); vicarious shame (替您家里人累得慌); shame
// words (也不害臊, 脸皮比城墙还厚, 丢人现眼); a person type + a brush-off (像您这种…干脆别网购了); 别网购了 after a
// sneer; someone lowly beats the buyer (要饭的都比你讲究); 爬 as 滚; can't afford even the least (智商税都交不起的人);
// madness (冲我发什么疯, not 系统抽风); tantrum (要死要活, 至于吗); idleness (闲得发慌); 没见过世面/没见过进口货 + a sneer;
// 没文化真可怕; regional contempt as a sweeping claim with any group trait (你们东北人是不是都这么爱较真).
// Also: 也配 + a verb (你这德性也配用…), 不敢恭维 (taste), pity for whoever has the buyer (摊上您这样的妈也是倒霉), sent away to
// grow up (回去再修炼几年再来), 你咋不上天, 哪凉快哪待着去, 长没长心/脑子, age (老眼昏花), looks run down (长得不咋地; not
// plants or toys), aping others (这么抠还学人家), contempt idioms (对牛弹琴, 给脸不要脸; an echoed question denied is not).
// 欠收拾/欠揍, 阴阳怪气 said of the buyer, 穷疯了, 爱买买, the buyer's home as a cave (您家是住在山洞里吗), 宁可不做您的生意.
// Round 9: pity for whoever lives with the buyer (孩子跟着您也是遭罪), the buyer's family said to shun them (怪不得你老公不给你买，原来是
// 这种脾气), 穷人才最爱算计 (才最 sweeps), number slang aimed (你这种250, 你个38, 你是不是三八啊), 阁下 as a target (阁下的审美),
// 你这人咋这么虎; sarcasm by a sneer emoji read in the folded view (您是懂护肤的😅, 您这脑回路真是清奇😅), 748 + a brush-off, age + futility
// (大妈就别跟小姑娘抢…), 闭上你的臭嘴. Not 呵呵，不好意思刚才看错了 (the agent's own slip), 您是38吗 (a size).
// After probe 2: 您这种…的人 + a brush-off, offering to scold (非得骂你两句才舒服), 呸 as a clause (not 呸呸呸), memory as a
// goldfish's, 这点智商也敢…, 揭不开锅, 良心被狗吃, 我劝你善良.
// Contempt labels (PERSON_LABELS: 妈宝男, 绿茶婊, 要饭的, 神金 for 神经) aimed, or said as a clause of their own (妈宝男吧，…), and a
// third person's verdict ending the clause on a label (平台那个小二就是个饭桶) — here, not in insult.ts, to compile no pinyin variants.
// Round 6, each a pair of word families: the buyer's wits (MIND, SENSES, 情商, IQ, 脑容量) + condescension (最简单的话再说一遍,
// 就不多解释了, 有限, 难怪, 装不下; not praise, not 老人家的理解能力); the buyer's means as a level (消费水平, 经济条件) + goods
// above it (不太适合您, 高攀, 拼团区; not 您的经济条件允许的话); the buyer's age + futility or a brush-off (用了也是白用, 就别凑热闹;
// not 您这个年纪用刚好, 就别用太刺激的); an animal or a wall easier than the buyer (跟狗讲道理都比跟你讲容易) or knowing what the
// buyer doesn't (猪都知道, 傻子都明白; not 狗狗都爱吃, 猫都能学会); 素质/教养 + low; an unheard-of customer for a fault
// (这么难伺候的客户真是少见; not 这种过敏少见, 这么细心的顾客少见); envy of idleness (羡慕您不用上班, 闲得可以); know-how turned into
// a dare (这么懂行怎么不自己开店); a swear word as the opening clause (干，又是你; not 偏干，干的话…); English insults aimed or
// alone (loser, so dumb, such a moron). Also: ironic praise + any 连…都 failure, wasted agent time or a night-time visit
// (您这么聪明，怎么连快递都签收不明白; 恭喜你又成功浪费了我半小时); staff stunned by the question; 没有常识 asked of the buyer;
// 嫌你麻烦; 一看就知道是什么样的人 (not 适合什么样的人); cheap goods + 还指望/想得美; 来搞笑的吧; likened to a scorned type
// (跟个老太婆似的; not 像个小公主一样); 什么玩意 as a clause; the buyer's taste scorned (审美一言难尽); pity for the buyer's family
// over the buyer's temper; 野鸡客户; 小家子气; more idioms (狗改不了吃屎, 闪了舌头). 您不是来找茬的 clears the buyer.
// Third pass: a fish's memory (您是金鱼吗, 属鱼的); 又闹笑话; ironic awe (叹为观止, 刷新认知; not the goods' craft); behind the
// times (都2026年了还有人…); talking to the buyer a burden (跟您说话真费劲); 有您这样的家长真可怜; 低端客户; 什么人都能网购;
// 脸皮 + 城墙; 人丑就别怪衣服; 没见过这么能作的; net-slang labels as a clause (铁憨憨); glasses put on next time; the mind
// as a box of nothing (脑子里装的都是啥), 用用你那小脑袋瓜, 记性这么差.
// After probe 2: 不是你家保姆/呼来喝去, 还有理了, 装什么贵妇, 占便宜 + 去别家/慈善, 像您这么…的人 + 活得累, 是真闲/刷存在感,
// 第一次用智能手机吧, 眼睛用来出气, idioms 大尾巴狼 / 发不了财 / 心眼比针尖还小 (not 大尾巴狼玩偶: LABEL_GOODS).
// Round 7 (each a pair of word families, the buyer as target): a mock superlative of the buyer's wits (全世界最懂…的人;
// not 全网最低价, not praise with thanks); 来当祖宗/大爷 (not 把顾客当上帝); ironic 这么能耐 + 您来当客服; X成您这样; a mock
// diagnosis (有什么大病; not 大病医保); upbringing (没人教过您怎么说话); the buyer's teacher called in (语文老师知道吗);
// sent to learn the basics (先去学一下识字再来); complaint + ironic title (差评大师, 退货专业户); 格局小了; dialect swearing
// (丢雷老母, 册那, 信球, 瓜兮兮); shown the door (出门左转/慢走不送/拜拜了您嘞; not directions); troll labels (键盘侠, 喷子);
// the mind as a broken machine (CPU烧了吧您; not a computer); 蠢到家; 小丑竟是你; a blunder shown off as unheard of
// (第一次见有人把单号看成手机号); 压根不识数; platform staff smeared (小二拿了好处, 平台客服啥也不懂; 2.4 names 平台客服人员).
// Round 20 (t20dn): staff called blind however the eyes are placed (审核的小二眼睛长在脚底板上, 判责的人没长眼; not 小二眼睛很尖).
// Second pass: the shop does not need the buyer (不差您这一单, 少您一个也饿不死, 另请高明, 没空跟您耗); net-slang jabs (我真的会谢,
// 这就破防了, 太下头了, 你礼貌吗, 教我们做事, 你是懂退货的; not 您是懂行的); a dialect word for stupid aimed (你咋这么虎, 你系咪傻㗎);
// 网购不适合您; the buyer's account as fiction (想象力不去写小说可惜了; not a toy's 想象力); more ironic praise (聪明绝顶, 勇气可嘉, 真讲究).
// Third pass: a sneering interjection opening the reply + the buyer's fault or pettiness (呵呵，又是你; 啧啧，两块钱的差价也要…; not
// 好家伙，太划算了); the buyer a burden (白费口舌, 消受不起); 就凭你也想…; contempt idioms aimed (人穷志短, 占了便宜还卖乖); 没出过门;
// 心里没点数吗; 不会自己百度吗; 您平时怎么上班的; 爱去哪去哪 (爱XX + the same XX); 毕竟您最懂; 大忙人终于…; 掂量自己几斤几两;
// 怎么不去当质检员 (not 当地门店); 过过脑子.
// After probe 2: ironic praise (真羡慕您的自信, 真会过日子, 宝藏买家) + a hyperbolic 都 (尺码表都不看就敢下单, 一包纸巾都要申请售后).
// Round 8: a contempt label opening the clause as the subject of a sneer (小趴菜还想跟我们讲条件？, nc才会…), 擦/我擦/卧槽 as the
// opening exclamation (not 擦干, 擦拭 in care steps).
// Round 8 (fa8): 系统刚才抽风了 (a time word between the system and the verb); a colleague's words quoted back to apologise
// (刚才同事回复您“事儿多”非常不妥; detect/quoted.ts) are not the agent's.

// Round 10 (frames): an animal's reaction to the buyer's words (狗看了都摇头, 猪听了都笑了), the buyer mocked as lying (您继续编，我听着呢),
// number slang said of the buyer after it (250说的就是你), 什么货色 / 你算什么东西 of a person, the buyer's character judged low
// (可惜人品不怎么样), too inept for the plain act (看图都不会看, 字都不会写), called mentally ill (这位顾客有精神病吧). Not pets and
// food, numbering or weaving, sizes, goods asked about (您收到的是什么东西？), our staff's character, a baby's first steps, health talk.
// Round 11 (t11b): 要点脸 (shame asked for; not 脸部); likening as a clause with no subject (别嚎了，跟个要饭的似的; not 跟个礼盒似的);
// a contempt attribute filing a kind of customer + a brush-off (没素质的人我们一律不伺候; not 没素质的快递员); sayings calling the buyer
// a fool (傻人有傻福, 人傻钱多; not of oneself); 栓Q as sincere thanks for a good review is no jab.
// Then (t11b): inability + 就别买 (not advice naming another product); 嘴巴放干净; 什么素质 as a clause; 哪个山沟里出来的; 吃相难看;
// 心里没点数; a type + 懂啥; 也就配用; 动动你的小脑瓜; 更年期 as a mock diagnosis; 废话真多; 不X拉倒 as a clause.
// After probe 2 (t11b): 臭毛病 / 谁惯的你 / 心眼真小 / 真能折腾 / 没读过几年书 aimed (not 我这臭脾气); objects as scorned likenesses (复读机, 苍蝇,
// 木头); 活宝 as a label; 我刚才脑子短路了 is the agent's own slip.
// Late (t11b): 谁怕谁 as a dare; the buyer told to find someone literate (找家里识字的帮您看看).
// Round 12 (t12d): the buyer's ask called robbery (你咋不去抢, 干脆去打劫) or begging (来要饭的吧); something likened to the buyer's
// person in a bad quality (跟你本人一样拿不出手); 连…都看不懂的人 + acting or judged; schooling mocked (义务教育的漏网之鱼); 手欠;
// origin as the reason (乡下人没见过…); stubbornness (有点轴, 犟, 一根筋); demands above a master's (比皇帝还多); mock wonder (你这逻辑…
// 开了眼); people made to bear the buyer (怎么忍受您, 没人愿意搭理你, 难缠的主); 全世界都欠你的, 白活; 带点脑子, 智商余额已不足.
// Round 31 (t31e, ROUND31_CUES): veiled put-downs with no swear word — the buyer filed among those who never read, body named
// then trailed off (您这肤色嘛……) or judged poor, age read off a picture, know-how turned into a mock job offer, feedback sent to the
// bin, 真会挑时候, 下次能先想想吗, typing mocked, 其实是不会用吧, 别什么都怪…, a price tier 接触得少, cheap habits blamed, Cantonese
// 睇唔明…咩, 您这操作我服, 闭着眼睛点的吗, 您最有理, 才配得上您的要求, a small spend's 期待值, 常识问题, 审美独特 with a sneer, 欣赏不来.
// Round 45 (t45a, HQ's put-downs with no swear word): eyes told to open to what is written (麻烦睁眼看看), a lacking virtue prescribed like the
// goods (给耐心也充个电, 把常识这味药也炖进去), a mock well-wish (祝您早日看清自己), 不会因为您是您就…, a luck ritual before blame (先去拜拜锦鲤，再来怪
// 我们), plain numbers asked as 超纲, a refusal to repeat (不讲第三遍了), a craft given up over a mix-up (都分不清…还是别纹了), ironic thanks for misuse
// (提供了新思路 beside 放的是鸡蛋不是水), 喝不惯可以不喝, expectations laughed down (期待值调低 + 😂), the hobby called fake (玩币十年…您玩的怕是游戏币吧),
// Shanghainese/Cantonese jabs (寻事体, 搞七捻三, 冇眼睇), and a scare-quoted title laid on the buyer (亲爱的'大师'您好; scareTitleSneer).

import { cueRule, re, sentenceOf, type Cue } from '../detect/cue-rule';
import { AIMED, echoedThenDenied } from '../detect/targets';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { READ_HELP, usableUnread } from '../detect/read-help';
import { AIMED_WORDS, CONTEMPT_LABELS, PERSON_LABELS, REGIONS, RURAL, withSplitBody } from '../lexicon/insults';

/** What is said of people from somewhere that makes it contempt (东北人都这么能闹); praise and tastes are not. */
const REGIONAL_CONTEMPT =
  /(?<![不没])(?:事多|事儿多|难搞|难缠|素质|能闹|爱闹|闹事|占便宜|抠门|抠搜|抠|穷|不讲理|刁|德行|德性|毛病多|奇葩|没见过世面|没见识|矫情|烦人|难伺候|小气|土气|土鳖|野蛮|粗鲁|没文化|没教养|赖皮|耍赖|白嫖|嫌慢|嫌贵|事儿精|麻烦|一个样|不识货|买不起|精明过头|精过头|斤斤计较|小家子气|爱算计|没礼貌|不讲究)/;

/**
 * Round 69 (engfa69): a buyer's nuisance said to be the group's habit (女的就是爱退货, 老年人都爱砍价) or the group said not to understand
 * (男人哪懂护肤, 大妈懂什么): with a sweeping word or a group, contempt like the traits below. Not a taste (女生都爱这款颜色).
 */
const T69_NUISANCE_HABIT = /(?:爱|喜欢|就会|只会)(?:退货|退款|砍价|讲价|给差评|差评|投诉|挑刺|找茬|挑毛病|唠叨|占小便宜|白嫖|薅羊毛|闹)|哪懂|懂什么|懂个|懂啥|哪会用|会用什么/;
/** What are put on a group to make contempt of it (老年人就是麻烦): the regional words plus a few of manner. */
// (round 15, fa15: a product sense is no trait — 傻瓜相机 / 傻瓜式操作 (foolproof), 笨重 (heavy): 老人孩子都会用)
const GROUP_CONTEMPT = new RegExp(`${REGIONAL_CONTEMPT.source}|算计|磨叽|磨磨唧唧|墨迹|啰嗦|笨(?!重|拙的设计)|蠢|傻(?!瓜式|瓜相机|瓜机|瓜操作|瓜模式)|小心眼|爱计较|爱占便宜|事儿|没耐心|沉不住气|玻璃心|娇气|脾气大|不懂事|没脑子|较真|认死理|固执|倔|眼高手低|自以为是|指手画脚|爱指点|瞎指挥|好高骛远|爱显摆|爱面子|死要面子|说话(?:都)?(?:这么|那么|太)?(?:冲|横|凶|难听|粗鲁)|脾气(?:都)?(?:这么|那么)?(?:冲|爆|暴)|暴躁|凶巴巴|${T69_NUISANCE_HABIT.source}`);
/** A sweeping claim about the group (就是 / 都这么 / 一个个), not a fact about some of them (学生党比较穷). */
// (穷人才最爱算计: 才 + a superlative sweeps too; round 9)
const SWEEPING = /就是|都是|都这|都那|都爱|都一|都事|一个个|哪个不|全是|全都|总是|就爱|天生|才最|才会|最爱/;
/**
 * Round 57 (eng57a, A57): a group said to be all alike, with no trait named (河南人是不是都这样，一收到货就说少了; 你们老年人都一个样; 上海人都这德行):
 * the likeness is the contempt, the buyer's act before or after stands for the trait. Only at a clause's end (四川人都这样吃辣吗 asks a habit).
 */
// (the cue sentences are read in the compact view, punctuation gone: a bare 都这样 counts only asked or concluded — 是不是 / 果然 / 难怪 —
// and never going on to a habit's verb)
const ALL_ALIKE = /(?:是不是|是否|果然|难怪|怪不得)(?:都|全都|全)(?:是)?(?:这样|这个样|这个样子|这副样子)(?!吃|喝|用|穿|做|搭|戴|叫|说|过|买|选|的)|(?:都|全都|全)(?:是)?(?:一个样|一个样子|这德行|这德性|这个德行|这副德行|一个德行|一路货色?)|一个德行|一路货色/;
/** Regional contempt: a contempt word, or a group trait said sweepingly (你们东北人是不是都这么爱较真). */
const REGION_CONTEMPT_OR_SWEEP = new RegExp(`${REGIONAL_CONTEMPT.source}|${ALL_ALIKE.source}|^(?=.*(?:${SWEEPING.source}))(?=.*(?:${GROUP_CONTEMPT.source}))`);
/** Who a group-contempt remark can be about (gender, age, roles, other groups). */
const GROUPS = ['女人', '女的', '男人', '男的', '老人', '老年人', '老头', '老太太', '老太婆', '大妈', '大爷们', '中年人', '中年妇女', '宝妈', '学生党', '学生',
  '年轻人', '小年轻', '上了年纪的人', '老一辈', '中老年人', '00后', '90后', '80后', '外国人', '穷人', '胖子', '这些人', '这帮人', '这群人', '你们这些', '你们这种'];

/** A place called a backwater, when it is the buyer's (你们那种十八线小县城, 您那儿还没通网, 那一片全是骗子). */
const BACKWATER = /山洞|深山老林|原始森林|火星|月球|外星|无人区|石器时代|原始社会|十八线|小山村|山旮旯|连[^，。]{1,6}都没有吧|(?:乡下|农村|山里|山沟|小|穷|偏)地方|能送到就不错|穷乡僻壤|鸟不拉屎|山沟|穷山|穷地方|破地方|小破|犄角旮旯|乡旮旯|荒郊野|没通网|不通网|还没通|没通电|没有网|出了名的(?:穷|乱|差|脏|骗|刁|难|赖|抠|野|落后|偏)|全是骗子|都是骗子|骗子窝|难怪(?:您|你)/;
const PLACE_OF_BUYER = ['你们那种', '你们这种', '你们那个', '你们那儿', '你们那边', '你们那里', '您那个', '你那个', '您那儿', '您那边', '您那里', '你那儿', '你那边', '你那里',
  '您那地方', '你那地方', '您住的', '你住的', '您住那', '你住那', '那一片', '那片区', '您家是', '你家是', '您家住', '你家住', '您住在', '你住在', '您是住在', '你是住在'];

/** The buyer's means mocked: a brush-off or a cheap alternative after 嫌贵 / 买不起 (across the next sentence). */
// (round 33, t33a: …or the buyer told no one forces the purchase, 可以不穿, 没人逼您, 就去拼多多)
const MEANS_BRUSH_OFF =
  /档次|不是我们的(?:目标)?(?:客户|客群|顾客)|不配|别看了|别问了|别在这|没必要在这|不用在这|可以不买|可以不(?:穿|用|拍|要)|就别(?:穿|用|拍|要)|没人逼|没人拦|没人求|没人强迫|去拼多多|就别买|别买了|不买就|直说|去(?:楼下|路边|菜市场|夜市|地摊|小卖部|批发市场|拼夕夕|二手)|临期货|地摊货|便宜货|九块九|浪费(?:我的?)?时间|不是给(?:您|你)|消费水平|更适合(?:您|你)的|便宜(?:的)?地方|(?:超市|地摊|夜市|小卖部|菜市场|批发市场|两元店|十元店|路边摊|拼夕夕)[^，。]{0,12}(?:更|最|挺|很|蛮|倒是|才)?(?:适合|配)(?:您|你)/;
/** The buyer's purse said to fall short, in other words than 没钱 / 买不起 (预算不够, 手头紧, 囊中羞涩): round 24. */
const BUDGET_SHORT = ['预算只够', '预算就够', '预算也就够', '钱只够', '工资只够', '预算不够', '预算不足', '预算有限', '预算不多', '钱不够', '钱不太够', '钱不多', '手头紧', '手头不宽裕', '手头不富裕', '囊中羞涩', '兜里没钱', '兜里没几个钱', '钱包瘪', '钱包扁', '口袋空'];
/** Goods called cheap or fake, which a sneer then says suit the buyer (跟您挺配). */
const SHODDY = /勾兑|假货|山寨|便宜|地摊|临期|劣质|垃圾|次品|杂牌|贴牌|洋标|三无|仿|过期|九块九|小卖部/;
/** A failure the ironic praise is about (这么大的字都能看错). */
const FAILURE = /(?:都|也|还)能(?:无视|视而不见|没看见)|连[^，。]{1,8}(?:都|也)(?:找不到|不会|看不懂|搞不定|看不到|分不清|不知道|弄不明白)|成功(?:错过|避开|忽略|无视|看漏|绕过|漏掉)|(?:都|也|居然|竟然|还)能(?:看漏|看错|看反|漏看|看不见|看不到|搞错|弄错|弄反|搞反|拍错|选错|买错|填错|写错|忽略|忘|弄丢|弄坏|用坏|搞坏|玩坏|弄断|用断|拧断|弄破|用错|装反|问出)|(?:都|也)(?:看不到|没看到|看不见|不会|看不懂)/;

/** 拉倒吧 opening an exclamation at the deal (拉倒吧，这么划算的价格哪里找 / 拉倒吧，这价也太香了): no 不X before, no buyer after. */
function dealExclaimed(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '拉倒吧') return false;
  if (/(?:不|没)[\u4e00-\u9fff]{1,2}(?:就)?$|那就?$|就$/.test(ctx.before(start, 4))) return false;
  const after = ctx.after(end, 20, 'hard');
  return /^(?:这么|那么|这|这个价|这价|这价格)[^]{0,6}(?:划算|便宜|实惠|值|香|好)/.test(after) && !/你|您|嫌|还要|还想|挑|不识货|爱买|不买/.test(after);
}

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
  '我劝你善良', '我劝您善良', '白吃白拿', '穷就直说', '没钱就直说', '您是祖宗', '你是祖宗', '懂不懂啊你', '懂不懂啊', '懂不懂你', '会不会看啊', '长没长眼', '识不识字', '憋着吧', '就憋着', '忍着吧', '就忍着', '受着吧', '认了吧', '以为您是谁', '以为你是谁', '您以为您是', '你以为你是',
];

// ── Mockery by mechanism (round 5): each cue pairs a word family with a second family in its sentence, so new
// wordings of the same move are caught without listing them.

/** The buyer's mind (脑子, 智商). */
const MIND = ['脑筋', '脑子', '脑袋', '脑瓜', '脑瓜子', '脑壳', '脑仁', '脑仁儿', '脑回路', '智商', '智力', '脑细胞'];
/** The buyer's senses and schooling (眼睛, 语文, 理解能力). */
const SENSES = ['眼睛', '眼神', '眼神儿', '眼珠子', '耳朵', '语文', '中文水平', '语文水平', '文化水平', '理解水平', '理解能力', '理解力', '阅读理解', '阅读能力', '记性', '记忆力'];
/** A fault put on a faculty, or a mock cure for it (不够用, 进水, 浆糊, 摆设, 补一补, 配副眼镜, 回炉重造, 带上眼睛). */
// (round 23, t23dx: the water measured — 是进了多少水, 灌了几斤水, 进的水还没干; or the mind full of it, 里面全是水)
const FACULTY_FAULT =
  /不够用|不够使|不好使|不太好使|不灵光|不太灵光|进水|进了水|(?:进|灌)(?:了|的)?(?:多少|几斤|几吨|几升|几桶|几瓢|一缸|一桶|一盆|一池|一瓢|半斤|半桶|不少|太多|很多|好多|那么多|这么多)(?:的)?水|进的水|灌了水|(?:里|里面|里头)(?:装的)?(?:全是|都是|装的是|装满了?|灌满了?)水(?!果|杯|壶|乳|龙头|管|泵|费|电|平|分|温|质|垢|渍|印|性|洗)|驴踢|门夹|夹了|浆糊|糨糊|豆腐渣|稻草|摆设|装饰品|瓦特|短路|生锈|秀逗|欠费|余额不足|余额(?:已|都|严重)?不足|充值|续费|掉线|带点|带一点|带个|堪忧|感人|捉急|离家出走|出走|驴毛|塞了|没带|忘带|忘了带|带上|带好|带出门|带着|长哪|白长|可以捐|捐了|补一补|补补|补一下|补习|回炉|重造|重修|重读|再读|读几年|配副眼镜|配个眼镜|配眼镜|配副|用来喘气|用来出气|出气的|出气用|当摆设|是个好东西|不太好|不好用|有坑|有泡|有问题|有毛病|没发育|发育不|缺根弦|少根筋|不在线|没开机|宕机|死机|显高|凑数|当装饰|摆着看|长着玩|也就配|只配|也就适合|只适合|但凡|(?:要是|如果|若是)[^，。]{0,6}在线|(?<!佩)服了|无语|有包|金鱼|七秒|转世|装的(?:都是|全是)?(?:啥|什么)|(?:这么|那么|太|也太)差|用用|使使|戴上|戴好|坏(?:特|掉|了)|过过|过一下|过一过|有(?:点|些)(?:问题|毛病)|(?:让|令|叫)人(?:着急|担忧|担心|堪忧|捉急|绝望|头大)|(?:不够|不行|不好)(?:的话)?就别|(?:让|被|叫|给)[^，。？！]{0,5}?(?:粘|糊|堵|踢|吃|偷|锈|冻|泡|烧|挤)(?:住|上|坏|了|掉|走|傻|成)/;
/** Mock cures only the mind gets (祝您早日康复（指脑子）, 该治治了). */
const MIND_CURE = /也敢|还敢|还网购|还上网|勇气可嘉|也好意思|这点|那点|(?:低|差|不高)(?!价|调|糖|脂|敏|温|端|碳|卡|评|额|异|距|不多|于)|为零|负数|康复|治治|治一治|看看医生|看医生|去医院|挂个号|挂号|吃点药|吃药|换一个|换个|升级/;
/** Honest talk about eyes, brains and ears: symptoms, children, brain food, the agent's own head. */
// (round 38, t38c: …and a lens's specs and effect — 直径14.5的戴上眼睛会显大一圈, 日抛, 基弧)
const FACULTY_HONEST =
  /宝宝|孩子|小朋友|儿童|婴儿|老人|长辈|补脑|急转弯|健脑|益智|dha|核桃|鱼油|视力|近视|远视|老花|度数|验光|干涩|疲劳|红肿|发炎|过敏|眼药|滴眼|护眼|眼罩|墨镜|护目|手术|症状|耳鸣|耳机|耳塞|耳道|中耳|掏耳|耳屎|面膜|眼霜|不舒服|按摩|头疼|头痛|头晕|失眠|焦虑|抑郁|压力|遵医嘱|医生建议|说明书上|帽子|头盔|保护|防晒|美瞳|隐形眼镜|镜框|镜片|直径|着色|基弧|含水量|[日月年季]抛|半年抛|(?:显|放)大|显小|好看|漂亮|有神|我(?:这|的|这个)?(?:脑子|脑袋|脑瓜|眼睛|眼神|耳朵|记性|语文)|怪我|是我|我们的|同事|快递员|小哥/;

/** Round 45 (t45d): the senses of smell and taste, and the plain mockeries of a sense as useless (鼻子是摆设, 舌头白长了). */
const SMELL_TASTE_T45 = ['鼻子', '嗅觉', '舌头', '味觉', '味蕾'];
const SENSE_USELESS_T45 = /摆设|装饰品|当装饰|白长|长着好看|长着玩|摆着看|出气用|出气的|用来喘气|用来出气|可以捐|捐了吧|不好使|不太好使|不灵光|失灵了吧|瓦特|短路|欠费|离家出走/;
/** Round 45 (t45d): mock advice to give up an activity (建议您先别出去露营了, 您还是别化妆了, 在自家阳台搭着玩玩). */
const GIVE_UP_ADVICE_T45 = /(?:建议|劝|奉劝)(?:您|你)(?:还是)?(?:先)?(?:别|不要|甭)[^，。！？]{1,8}?了|(?:您|你)?还是(?:先)?(?:别|不要|甭)[^，。！？]{1,8}?了|在(?:自家|自己家|家里)[^，。！？]{0,6}?(?:玩玩|玩一玩|过过瘾|练练手)/;

/** Condescension tied to the buyer's wits (用最简单的话再说一遍, 就不多解释了, 难怪…, 装不下): round 6. */
const CONDESCEND =
  /最简单|最慢|一个字一个字|掰开揉碎|大白话|再说一遍|再说一次|说慢点|慢慢说|换个说法|说得再简单|通俗点|就不多解释|不多解释|解释了(?:您|你)?也|说了(?:您|你)?也|有限|装不下|跟不上|理解不了|难怪|怪不得|不太够用|不大够用|够用吗|够不够用/;
/** Praise of the buyer's wits (情商真高, 理解能力很强): not condescension. */
const WITS_PRAISE = /(?:真|很|挺|超|太|这么|那么|特别|非常)(?:高|好|强|棒|快)|厉害|不错|赞/;
/** More faculties for CONDESCEND (情商, IQ, 脑容量) beside MIND and SENSES. */
const WITS_MORE = ['情商', 'iq', 'eq', '脑容量', '认知水平', '智力水平', '理解水平', '文化程度'];

/** The buyer's means as a level (您的消费水平, 你这经济条件): round 6. */
const MEANS_LEVEL = ['消费水平', '消费能力', '消费档次', '消费层次', '经济条件', '经济实力', '经济能力', '经济水平', '购买力', '收入水平'];
/** The shop's goods said to be above the buyer's level (不太适合您, 高攀不起, 建议去拼团区). */
const ABOVE_YOU = /超出|超过|小样玩玩|拼夕夕|拼多多|地摊|夜市|批发市场|不(?:太|大)?适合(?:您|你)|可能不适合|高攀|配不上|够不着|够不上|档次|拼团|低价区|便宜(?:的|点)|别看了|就别|理解(?:您|你)的/;

/** The buyer's faults that make an unheard-of customer (这么难伺候的客户真是少见): round 6. */
const CUSTOMER_FAULT = /难伺候|难缠|难搞|事多|事儿多|奇葩|极品|素质|不讲理|胡搅蛮缠|矫情|挑剔|抠门|抠(?!图)|小气|离谱|脸皮|胡闹|无理|刁钻|刁蛮|难沟通|难说话|计较|磨叽|能作|能闹/;

/** A blunder an unheard-of customer makes (把单号看成手机号): round 7. */
const BLUNDER = /看成|当成|搞混|看错|填错|写错|弄反|看反|装反|装错|插反|放反|(?<!不)用反|能把[^，。]{1,8}(?:看|当|弄|搞|写|填)/;

/** A hyperbolic 都 after ironic praise (尺码表都不看就敢下单, 一包纸巾都要申请售后): round 7. */
const HYPERBOLIC_DOU = /(?:都|也)(?:不看|不问|不量|不查|没看|没问|没量|没查|要|敢|能)[^，。]{0,8}(?:就|还|申请|售后|退|下单|骂|投诉|问|整出|花样|差评)|专(?:挑|门)[^，。]{0,6}(?:来|骂|投诉|退|差评)|才怪/;

/** The buyer's face or body (您这张脸, 你那身材). */
const BODY = ['脸', '脸蛋', '长相', '身材', '五官', '颜值', '模样', '样貌', '外貌', '这张脸', '那张脸', '大脸', '身板', '体型'];
/** Only drastic measures would help it (得整容才救得回来, 用啥抗老都来不及, 长得着急, 穿什么都像套麻袋). */
const BODY_DOOM =
  /整容|整整容|动刀|投胎|回炉|重造|救不回|救得回|救不了|救回来|没救|没得救|来不及|都晚了|长得(?:太|有点|挺|这么|那么|比较|真|可真)?着急|麻袋|白搭|白费|白用|白抹|白涂|都一样|辣眼|吓人|吓到|不忍直视|对不起观众|有碍观瞻|影响市容|丑|寒碜|磕碜/;

/** Ironic titles for the buyer (原来您是专家呀). */
const IRONIC_TITLES = ['专家', '大专家', '大师', '行家', '内行', '懂哥', '懂王', '砖家', '教授', '博士', '大佬', '大神', '高人', '学霸', '能人', '权威', '百事通', '万事通', '活百科'];
/** What turns a title ironic: a dare to do it oneself, a mock bow (那您自己去清关好了呢, 失敬失敬, 您行您上). */
const IRONIC_TURN = /那(?:您|你)(?:就)?(?:自己|来|去|干脆|倒是)|(?:您|你)自己(?:去|来|弄|搞|办|处理|清关|发货|查)|好了呢|好了吧|呗|失敬|佩服|呵呵|您行您上|你行你上|您来教|你来教|请您指教|那还问|还问我|干嘛问/;

/** The buyer's act as unheard of (全网…就您一位, 您是头一个). */
const UNIQUE_ACT = /全网|全世界|全国|天底下|史上|这么多年|这辈子|开店[^，。]{0,4}年|头一回|第一次|能把|都能|居然|竟然|鼓掌|佩服|服了|开眼|长见识|厉害|人才|奇才/;
/** The buyer's bargaining, or the price conceded to it, in a sentence that is no dispute (for the mock bow; round 31, t31f). */
const BARGAIN_BOW = /^(?![^]*(?:退款|退货|差评|投诉|不退|不换|不赔|没门|不可能|歪理|胡搅|无理|碰瓷|讹|敲诈|闹))[^]*(?:砍价|讲价|还价|议价|砍到|砍下|会砍|能砍|砍得|讲到|谈价|包邮|成交|给您便宜|给你便宜|便宜(?:点|些|[一二三四五六七八九十两几0-9]+)|少收|让利|依您|依你|按您说的|听您的)/;
/** Luck or thanks, not mockery (本次抽奖就您一位中奖). */
const LUCKY = /中奖|抽中|幸运|获奖|免单|福利|赠品|感谢|谢谢|恭喜您获得|唯一一位|vip|会员|名额/;

/** The buyer's means (月薪三千, 看看自己的钱包). */
const MEANS = ['月薪', '工资', '收入', '存款', '家底', '底薪', '月入', '年薪', '您的钱包', '你的钱包', '自己的钱包', '您钱包', '你钱包', '您兜里', '你兜里', '您的腰包', '你的腰包', '您的余额', '你的余额', '自己的余额'];
/** A brush-off or a sneer tied to the buyer's means (就别学人家, 掂量掂量, 再来砍价). */
// Round 34 (t34a): …or the buyer told to give up on a purchase for it (您这收入还是先别想买房了, 以您的工资这款还是算了吧).
const MEANS_SNEER = /留着吃饭|留着买菜|省着花|省着点|那点(?:工资|收入|存款|钱)|就别|别学人家|学人家|别硬撑|硬撑|打肿脸|别装|装什么|装啥|掂量|几斤几两|看看自己|看看您|看看你|低头看|摸摸|配不上|配得上|还(?:想|敢|学|要)|省省|再来|够不够|撑不起|消费不起|买不起|用不起|别逛|别看|(?:还是|就|先)(?:先)?别(?:想|惦记|打|买|看|碰|要|凑)|(?:还是|就)算了|别想(?:着)?(?:买|要|入手|这|那)/;
const MEANS_HONEST = /退到|退回|原路|支付|到账|零钱|工资卡|发工资|分期|优惠|券|活动|预算(?:有限|不多)的话|预算内|理解|送礼/;

/** Vicarious shame for the buyer (真替您家里人累得慌, 替你害臊). */
const VICARIOUS_AFTER =
  /^(?:的)?(?:家里人|家人|家里|老公|老婆|孩子|爸妈|父母|对象|男朋友|女朋友|男友|女友|同事|朋友|快递小哥|快递员|身边的人|身边人|周围的人|旁边的人|路人|看到的人)?(?:感到|觉得|都)?(?:累得慌|心累|累|丢人|丢脸|害臊|臊得慌|脸红|尴尬|难为情|捏把汗|悲哀|可悲|害羞|不好意思|汗颜)/;

/**
 * Round 26 (t26b): the shop calling its OWN slip shameful (这个失误挺丢人的，我们把您的单和别人的搞混了 / 说出来都丢人，这次是我们仓库发错了):
 * a slip named in the shame word's clause with no 你/您 in it, and the sentence owning the slip as ours. Not the buyer's slip
 * (您这个失误挺丢人的), nor ours blamed on the buyer (这个错挺丢人的，您自己填错了还怪我们).
 */
const SLIP_NAMED = /失误|疏忽|差错|错误|纰漏|乌龙|出错|搞混|弄混|搞错|弄错|发错|寄错|写错|贴错|漏发|漏寄|打错/;
const SLIP_OURS =
  /(?:我们|我|本店|店里|小店|咱们|咱|仓库|同事|客服)(?:这边|自己)?(?:这次|这回|又|不小心|一时)?(?:把[^，。你您]{0,3}(?:您|你)?[^，。你您]{0,8})?(?:搞混|弄混|搞错|弄错|发错|寄错|写错|贴错|漏发|漏寄|打错|看错|出错|疏忽|失误|没做好|没核对|没检查)|(?:我们|本店|店里|小店|咱们|咱|仓库)(?:的|这边的|自己的)(?:失误|疏忽|错|问题|责任|锅)|都怪我们|怪我们自己|是我们(?:的)?(?:错|问题|失误|疏忽|不对|没做好)/;
function ownSlipShamed(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 12, 'soft');
  return SLIP_NAMED.test(clause) && !/你|您/.test(clause) && SLIP_OURS.test(sentenceOf(ctx, start, end, 50));
}
// Round 49 (t49d, dev IH FA): …or the shop's fault owned in the clause just before, the shame clause with no buyer in it (是我们质检没把好关，太
// 丢人了; 我们仓库打包没检查，真丢脸): the shame is ours.
const OWN_FAULT_T49D = /(?:是|都怪|怪)(?:我们|我|本店|咱们|店里)(?:这边)?(?:的)?[^你您，。！？]{0,8}?(?:没把好关|没把关|没做好|没检查|没注意|没核对|没看好|失误|疏忽|大意|粗心|出错|搞砸)|(?:我们|本店|咱们)(?:的)?(?:质检|品控|仓库|打包|客服|工作)[^你您，。！？]{0,6}?(?:没把好关|没把关|没做好|没检查|失误|疏忽|出错|大意)/;
function ownFaultShamedT49d(ctx: LintContext, start: number, end: number): boolean {
  const clause = ctx.before(start, 12, 'soft');
  return !/你|您/.test(clause) && !/^(?:的|了)?(?:你|您)/.test(ctx.after(end, 8, 'soft')) && OWN_FAULT_T49D.test(ctx.before(start, 40, 'hard'));
}

/** Shame put on the buyer (也不害臊, 脸皮比城墙还厚, 丢人现眼). */
// (round 51, t51: 脸皮 thick with a degree word between — 脸皮是真的厚, 脸皮也太厚)
const SHAME = ['害臊', '知羞', '羞耻', '丢人', '丢脸', '丢不丢人', '丢不丢脸', '要不要脸', '知不知羞', '知不知道羞', '脸皮厚', '脸皮真厚', '脸皮够厚', '脸皮是真的厚', '脸皮真的厚', '脸皮是真厚', '脸皮可真厚', '脸皮也太厚', '脸皮太厚', '脸皮也够厚', '脸皮真够厚', '脸皮挺厚', '脸皮好厚', '脸皮这么厚', '脸皮那么厚', '厚脸皮', '脸皮比', '没脸没皮', '不要脸皮', '没羞没臊', '不嫌丢人', '害不害臊', '羞不羞', '臊不臊', '脸都不要'];

/** A type of person the buyer is filed under (像您这种, 你这样的顾客). */
const PERSON_TYPE = ['像您这么', '像你这么', '像您这种', '像你这种', '像您这样的', '像你这样的', '像您这类', '像你这类', '您这种人', '您这样的人', '你这样的人', '您这号人', '你这号人', '您这类人', '你这类人', '您这种买家', '你这种买家', '您这样的顾客', '你这样的顾客', '您这种顾客', '你这种顾客', '你这种客户', '您这种客户'];
/** What follows filing the buyer: a brush-off or a sneer (下回干脆别网购了, 真是少见, 脸皮比城墙还厚). */
const TYPE_SNEER = /宁可不|宁愿不|不做(?:您|你)?(?:的)?(?:这)?(?:生意|买卖)|不卖给|不欢迎|请便|别网购|别上网|别买东西|别买了|别来了|少网购|少买|干脆别|省得|省省|也配|别想|想得美|见多了|少见|罕见|头一回|开眼|不伺候|伺候不起|惹不起|拉黑|脸皮|丢人|活该|难怪|怪不得|就是麻烦|就是事多|真是服|服了|(?:过得|活得)[^，。]{0,4}累/;
/** Round 29 (t29c): 你 also written 妳 (the feminine form in Taiwan, which no fold maps: the model's training texts keep it). */
const withFeminineNi = (words: readonly string[]): string[] => words.flatMap((w) => (w.includes('你') ? [w, w.replace(/你/g, '妳')] : [w]));
/** Round 29 (t29c): the buyer's senses said too coarse to tell (也尝不出区别, 估计看不出好坏): the buyer filed, then their palate mocked. */
const SENSE_FUTILE = /(?:估计|肯定|反正|也|根本|压根|哪)[^，。！？]{0,3}(?:尝|喝|品|看|分|闻|听|吃|穿)不(?:出|懂)(?:来)?[^，。！？]{0,4}?(?:区别|差别|好坏|差异|不同|门道|名堂|高低|好歹|优劣)/;
/** …or the buyer called a nuisance outright (你这种客人真的很烦); not a nuisance they suffer (像您这种情况确实很烦，抱歉). */
const BUYER_NUISANCE = /(?:真的?|很|好|太|超|特别|实在|非常)+烦(?!恼|心|闷|躁|琐|请)|烦人|烦死/;
const TYPE_KIND = /老顾客|老客户|回头客|新顾客|新客户|情况|问题|需求|皮肤|肤质|体质|宝宝|孩子|身高|体重|尺码|爱好|细心|认真|喜欢|适合/;

/** A low-status being said to beat the buyer (要饭的都比你讲究, 三岁小孩都比您懂). */
const BEATEN_AFTER = /^(?:强|懂|聪明|讲究|明白|有礼貌|体面|大方|会|有文化|有素质|识字|懂事|懂礼貌|有脑子|机灵|灵光|利索|讲理|好说话|上道|有眼力|知道|清楚|干净|像样)/;

/** Goods or the word itself after a label (铁公鸡存钱罐, 戏精这个词). */
// Round 33 (t33c): …or the word is the head of a longer goods noun (柠檬精油, 柠檬精华, 喷子头/喷子瓶 of a sprayer).
const LABEL_GOODS = /^(?:造型|款|存钱罐|玩偶|公仔|系列|牌|这个词|这词|一词|的意思|套餐|套装|组合|专区|油|华|粹|萃|华液|头|嘴|瓶|壶)/;

/** A style skill (会搭配, 会穿, 会打扮, 会拍照) and the style trade it could have been (当模特真可惜了, 当博主太浪费了): praise. */
const STYLE_SKILL = /^(?:搭配|穿搭|穿|打扮|化妆|拍照|拍|修图|保养|配色)/;
const STYLE_CALLING_MISSED = /(?:模特|博主|穿搭博主|设计师|造型师|搭配师|化妆师|摄影师|美妆博主|网红)[^，。！？]{0,4}(?:真|太|都|也|就|有点|实在)?(?:可惜|浪费|屈才)/;
/** Smears on platform staff (拿了好处, 啥也不懂, 外包的, 吃干饭): round 7. */
// (round 30, t30d: …paid and doing nothing — 拿钱不干事的, 白拿工资, 光拿钱不办事)
const STAFF_SMEAR =
  /(?:看|扫|瞄|瞅)(?:一|两|几|了一|了两)眼[^，。]{0,4}就(?:判|结|处理|驳回|定|结案)|根本没人(?:认真|仔细|好好)?(?:看|管|理|查)|没人(?:认真|仔细|好好)(?:看|查)|拿钱不(?:干|办|做|管)(?:事|活|实事)|光拿钱|白拿(?:钱|工资)|拿(?:着)?工资不(?:干|办|做|管)(?:事|活|实事)|拿了?[^，。]{0,6}好处|收了?[^，。]{0,4}(?:钱|红包|好处|黑钱)|黑钱|受贿|回扣|黑幕|勾结|串通|(?:啥|什么)(?:也|都)不(?:懂|会)|一问三不知|吃干饭|不作为|外包的|摆设|偏袒|打压|和稀泥|混日子|没用的|废物|饭桶|不靠谱|瞎搞|乱判|瞎判|脑子|傻|蠢|笨|眼睛[^，。]{0,4}长在|长在(?:头顶|脚底|脚后跟|屁股|后脑)|没长眼|不长眼|眼瞎|瞎了眼|睁眼瞎|眼睛(?:是)?(?:摆设|出气|装饰)/;

/** Honest talk of illness (大病医保, 家里有人得了大病): not a mock diagnosis (round 7). */
const MEDICAL_TALK = /医保|保险|治疗|住院|医院|病史|家里人|家人|老人|父母|爸妈|孩子|宝宝|手术|康复|体检|保健/;

/** Dialect swearing and name-calling (round 7): Cantonese 丢雷老母 顶你个肺 老嘢 死开 收皮, Shanghainese 册那, Henan 信球,
 * Sichuan 瓜兮兮 哈戳戳, Beijing 孙贼 二五眼, Northeast 完犊子 彪乎乎. None has an honest sense in a service chat. */
const DIALECT_INSULTS = ['丢雷老母', '屌雷老母', '丢雷', '屌雷', '顶你个肺', '顶你个', '仆你个街', '扑你个街', '个老嘢', '你个老嘢', '死老嘢', '死开', '收皮', '食屎啦',
  '衰仔', '死衰仔', '衰婆', '痴孖根', '冇脑', '扑街仔', '册那', '触那', '戳那', '信球', '瓜兮兮', '哈戳戳', '瓜戳戳', '瓜不兮兮', '孙贼', '二五眼', '完犊子', '彪乎乎', '虎了吧唧'];

/** A swear word said as the whole opening clause of the reply (干，又是你), unless the sentence is care talk (`notSentence`). */
function openingSwear(words: string[], notSentence: RegExp): Cue {
  return {
    words,
    severity: 'block',
    message: '粗口感叹词，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    after: /^(?:了|啊)?$/,
    unless: (ctx, start) => ctx.before(start, 2, 'hard') !== '',
    notSentence,
    deniable: false,
  };
}

/**
 * Round 9: a sneer marker near the hit — an emoji the compact view drops (😅 🙃 🙄 😏 🤭 😒; not the plain smile 🙂, which agents
 * use kindly) or 呵呵 — read in the folded view. Used as `unless: noSneer` (the cue holds only with a sneer).
 */
const SNEER_MARK = /[😅🙃🙄😏🤭😒]|呵呵/u;
function noSneer(ctx: LintContext, start: number, end: number): boolean {
  const c2f = ctx.norm.compactToFolded;
  const from = c2f[start]!;
  const to = c2f[end - 1]! + 1;
  return !SNEER_MARK.test(ctx.folded.slice(Math.max(0, from - 12), to + 40));
}
/** A fault put right after an ironic compliment (您是懂护肤的，水乳霜顺序倒着抹). */
/** Round 45 (t45a): like noSneer, but a laugh at the buyer counts too (😂 🤣 after an absurd expectation); for cues whose words are already a jab. */
const MOCK_LAUGH = /[😂🤣😅🙃🙄😏🤭😒]|呵呵|哈哈哈/u;
function mockLaughNear(ctx: LintContext, start: number, end: number): boolean {
  const c2f = ctx.norm.compactToFolded;
  const from = c2f[start]!;
  const to = c2f[end - 1]! + 1;
  return MOCK_LAUGH.test(ctx.folded.slice(Math.max(0, from - 40), to + 30));
}
/**
 * Round 48 (t48c): the row's sneer words near the anchor, across sentence ends, in the folded text. Not a laugh alone: 这款辣酱不是谁都能吃的😂
 * and 您心里有数就好😂 are friendly.
 */
function sneerNearT48C(ctx: LintContext, start: number, end: number, words: RegExp): boolean {
  const c2f = ctx.norm.compactToFolded;
  const near = ctx.folded.slice(Math.max(0, c2f[start]! - 60), c2f[end - 1]! + 1 + 40);
  return words.test(near);
}
const IRONY_FAULT = /倒着|反着|搞反|弄反|反了|都分不清|都不知道|都不会|都不懂|都看不懂|都搞不清|都能搞错|都能弄错|都能看错/;

const MOCKERY_CUES: Cue[] = [
  {
    // Round 9: 您是懂护肤的😅 / 你是懂穿搭的🙃 — mock expertise with a sneer marker (an ironic compliment, the nasty core in the emoji).
    words: ['你是懂', '您是懂', '你可真懂', '您可真懂', '你真懂', '您真懂', '你是真懂', '您是真懂', '您可太懂', '你可太懂', '您太懂', '你太懂'],
    severity: 'block',
    message: '反话式的“夸奖”（带嘲讽表情），嘲讽买家（规则 2.4）',
    after: /^[\u4e00-\u9fffa-z]{1,6}的?/,
    unless: noSneer,
    deniable: false,
  },
  {
    // Round 9: 您是懂护肤的，水乳霜顺序倒着抹 — the ironic compliment followed by the buyer's blunder.
    words: ['你是懂', '您是懂', '你可真懂', '您可真懂', '你真懂', '您真懂', '你是真懂', '您是真懂', '您可太懂', '你可太懂', '您太懂', '你太懂'],
    severity: 'block',
    message: '反话式的“夸奖”，嘲讽买家（规则 2.4）',
    after: /^[\u4e00-\u9fffa-z]{1,6}的/,
    sentence: IRONY_FAULT,
    window: 20,
    deniable: false,
  },
  {
    // Round 9: 您老人家眼神不好就戴个眼镜再下单吧，呵呵 — the buyer's faculty faulted with a sneer marker (advice turned to mockery).
    words: [...MIND, ...SENSES],
    severity: 'block',
    message: '带嘲讽地说买家的眼力、智力不行，属于不文明用语（规则 2.4）',
    before: /(?:您|你|阁下)(?:老人家|老)?(?:的|这|那|这个)?$/,
    // (您这脑回路真是清奇😅: with the sneer mark the remark itself mocks, whatever it says; honest talk about eyes aside)
    notSentence: /宝宝|孩子|老人家眼睛|干涩|疲劳|红肿|过敏|眼药|护眼|视力|近视|老花|度数|医生|补脑|dha|核桃/,
    unless: noSneer,
    deniable: false,
  },
  {
    // Round 9: 大妈就别跟小姑娘抢玻尿酸精华了，皱纹救不回来的 / 人老了眼也花了是吧 — the buyer's age mocked with futility or a jeer.
    words: ['大妈', '大婶', '老太太', '老太婆', '老阿姨', '人老了', '一把年纪', '这把年纪', '这个岁数', '这岁数', '老眼昏花', '眼也花了', '人老珠黄'],
    severity: 'block',
    message: '嘲讽买家的年龄、外貌，属于人身攻击（规则 2.4）',
    sentence: /救不回来|救不了|没救|白搭|白费|白用|别抢|就别跟|别跟小姑娘|别跟年轻人|装嫩|放大镜|眼也花|是吧|还学人家|还想着|省省吧|别折腾|没用的|人老珠黄/,
    notSentence: /适合|推荐|建议|送给|孝敬|长辈|爸妈|父母|中老年|抗衰|保养|不用担心|也能用|都能用|放心|温和|没问题|也可以/,
    window: 24,
    deniable: false,
  },
  {
    // Round 43 (t43f): the mouth-tape product thrown at the buyer to stop them asking (闭嘴贴你自己买一个，省得天天问东问西): the goods' name
    // spared as a product (DISMISSALS notAfter) is a jibe when the sentence aims it at the buyer's talk — not the tape sold for sleep.
    words: ['闭嘴贴', '闭嘴胶带', '封口贴', '封嘴贴'],
    severity: 'block',
    message: '让买家“闭嘴”或骂买家嘴臭，属于不文明用语（规则 2.4）',
    sentence: [/你|您/, /(?:省得|免得|就不会|就不用|别再|少)[^，。！？]{0,6}(?:问|说|啰嗦|唠叨|吵|叨叨|叭叭|bb|烦)|问东问西|问个不停|问题(?:太|这么|那么)多|话(?:太|这么|那么)多|嘴(?:太|这么|那么)碎/],
    notSentence: /睡|打鼾|呼吸|张嘴|口呼吸|口干/,
    deniable: false,
  },
  {
    // Round 9: 闭上你的臭嘴 / 管好你的嘴 / 把你那张嘴放干净点 — the buyer's mouth ordered shut or called foul.
    words: ['你的嘴', '您的嘴', '你的臭嘴', '您的臭嘴', '你那张嘴', '你那张臭嘴', '你这张嘴', '你这张臭嘴', '你那臭嘴', '臭嘴'],
    severity: 'block',
    message: '让买家“闭嘴”或骂买家嘴臭，属于不文明用语（规则 2.4）',
    sentence: /闭上|闭|管好|管住|放干净|干净点|放尊重|臭嘴/,
    notSentence: /口腔|牙|唇|口红|口气|清新|口香糖|宝宝|孩子|漱口|溃疡|嘴角|嘴巴干/,
    deniable: false,
  },
  {
    // Round 9: 您可真行啊😏 / 你真厉害🙃 — ironic praise of the buyer with a sneer emoji (the nasty core is the emoji).
    words: ['真行', '真厉害', '真棒', '真聪明', '真能干', '真有本事', '真会', '真牛', '太厉害了', '真是个人才', '真是人才', '真有才', '可以啊'],
    severity: 'block',
    message: '反话式的“夸奖”（带嘲讽表情），嘲讽买家（规则 2.4）',
    before: /(?:您|你|阁下)(?:可|也|还|是)?$/,
    unless: noSneer,
    deniable: false,
  },
  {
    // Round 9: 一看你就是那种占便宜没够的人 — a verdict on the buyer's kind, with a contempt trait.
    words: ['一看你就是', '一看您就是', '一看你就', '一看您就'],
    severity: 'block',
    message: '给买家下“那种人”的结论并贬低，属于不文明用语（规则 2.4）',
    after: /^(?:是)?(?:那种|这种|个|一个|那号|这号)/,
    sentence: GROUP_CONTEMPT,
    notSentence: /懂行|内行|识货|有品味|有眼光|专业|爱美|会过日子|细心|讲究/,
    deniable: false,
  },
  {
    // Round 9: 748，别来了 — number slang for 去死吧 as a clause of its own, with a brush-off (not 748元, not a price alone).
    words: ['748', '七四八'],
    severity: 'block',
    message: '用数字黑话（748=去死吧）辱骂买家，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: /(?:^|你|您|你就|你赶紧|赶紧)$/,
    after: /^(?:吧|啊|呀|去吧|你|$)/,
    sentence: /别来|滚|死|拜拜|再见|走开|不送|别烦|闭嘴|别再来|别买了|爱买不买/,
    deniable: false,
  },
  {
    // 亲您是金鱼吗，刚说完就忘 / 你是属鱼的吧 — the buyer's memory as a fish's (round 6); 金鱼造型的玩具 is goods.
    words: ['金鱼', '属鱼', '鱼的记忆', '七秒记忆', '七秒钟记忆'],
    severity: 'block',
    message: '讽刺买家的记性，属于不文明用语（规则 2.4）',
    sentence: [/(?:您|你)/, /忘|记性|记忆|刚说|说过|又问|转头/],
    notSentence: /造型|玩具|鱼缸|鱼食|饲料|宝宝|孩子/,
    window: 24,
    deniable: false,
  },
  {
    // 下次下单前能不能先把眼镜戴上 — the buyer told to put glasses on next time (round 6); 戴上眼镜看小字更清楚 is help.
    words: ['眼镜'],
    severity: 'block',
    message: '讽刺买家的眼力，属于不文明用语（规则 2.4）',
    after: /^(?:戴上|戴好|带上|擦擦|擦亮)/,
    sentence: /下次|以后|下回|能不能|出门|拜托/,
    notSentence: /小字|更清楚|老人|长辈|宝宝|孩子|老花/,
    deniable: false,
  },
  {
    // 不是你家保姆，别呼来喝去的 / 自己拍错还有理了 — the buyer ordering staff about, or in the wrong and proud of it (probe 2).
    words: ['呼来喝去', '呼来唤去', '你家保姆', '您家保姆', '你家佣人', '你家丫鬟', '还有理了', '还挺有理', '还理直气壮'],
    severity: 'block',
    message: '讥讽买家，态度恶劣（规则 2.4）',
    notSentence: /不是说您|别误会|我们(?:也)?(?:有|是)/,
    deniable: false,
  },
  {
    // 想占便宜去别家 / 不是慈善机构 — the buyer sent off as a freeloader (probe 2).
    words: ['占便宜', '贪便宜', '白拿', '白要'],
    severity: 'block',
    message: '嘲讽买家贪便宜，态度恶劣（规则 2.4）',
    sentence: /去别家|找别家|别处|慈善|不是开善堂|想得美|就别来|别来/,
    notSentence: /骗子|冒充|诈骗|谨防|小心/,
    deniable: false,
  },
  {
    // Round 19 (t19dk): the buyer sent off to plague another shop (您可以去别家祸害一下, 去祸害别人吧, 换个店霍霍去) — called a pest.
    // Not the goods or a habit said to harm (劣质化妆品祸害皮肤, 熬夜最祸害身体).
    words: ['祸害', '霍霍', '祸祸', '坑害'],
    severity: 'block',
    message: '把买家说成祸害、打发去别家，属于不文明用语（规则 2.4）',
    before: /(?:去|找|到|换|上)(?:个)?(?:别家|别处|别人家|别人|别的店|别的商家|别的地方|其他家|其他店|其他商家|其它店|其它家|隔壁|下一家|人家)(?:店)?(?:家)?(?:那|那里|那儿|那边)?(?:去)?(?:再)?$|(?:换|去|找)(?:个|一个|一)(?:家)?(?:店|地方)(?:去)?(?:再)?$/,
    deniable: false,
  },
  {
    words: ['祸害', '霍霍', '祸祸', '坑害'],
    severity: 'block',
    message: '把买家说成祸害、打发去别家，属于不文明用语（规则 2.4）',
    before: /去$/,
    after: /^(?:一下)?(?:别家|别处|别人家|别人|别的店|别的商家|其他家|其他店|其他商家|其它店|隔壁|下一家)/,
    deniable: false,
    grow: true,
  },
  {
    // 还装什么贵妇 — the buyer's airs mocked (probe 2).
    words: ['装什么', '装啥'],
    severity: 'block',
    message: '嘲讽买家装阔，态度恶劣（规则 2.4）',
    after: /^(?:贵妇|名媛|大款|有钱人|土豪|大小姐|富婆|阔太|白富美|大爷|大佬|老板)/,
    deniable: false,
  },
  {
    // 免得又闹笑话 / 别再出洋相了 — the buyer's past blunders as a joke (round 6).
    words: ['闹笑话', '出洋相', '丢人现眼', '闹出笑话'],
    severity: 'block',
    message: '嘲讽买家出丑，态度恶劣（规则 2.4）',
    before: /(?:又|再|别再|总|老|老是|总是|尽)$/,
    sentence: /您|你|亲/,
    deniable: false,
  },
  {
    // 您这操作真是让人叹为观止 / 刷新了我的认知 — ironic awe at the buyer's act (round 6); the goods' craft (工艺叹为观止) is praise.
    words: ['叹为观止', '大开眼界', '刷新了我的认知', '刷新认知', '刷新我的认知', '刷新三观', '毁三观', '世界奇迹', '第九大奇迹', '瞠目结舌', '目瞪口呆'],
    severity: 'block',
    message: '反话式地嘲讽买家，态度恶劣（规则 2.4）',
    sentence: /操作|问题|脑回路|想法|要求|说法|逻辑|理由|您|你/,
    notSentence: /效果|价格|优惠|颜值|设计|工艺|口感|做工|品质|风景|宝宝/,
    deniable: false,
  },
  {
    // 不会吧不会吧，都2026年了还有人不会用手机下单 — the buyer behind the times (round 6).
    words: ['不会吧不会吧', '年了还有人', '年代了还有人', '世纪了还有人', '年头了还有人', '年了还不会', '世纪了还不会', '年代了还不会'],
    severity: 'block',
    message: '嘲讽买家落伍，态度恶劣（规则 2.4）',
    notSentence: /长辈|老人家|家人帮|别担心|不用担心|没关系/,
    deniable: false,
  },
  {
    // 跟您说话真费劲 / 和你沟通太累了 — talking to the buyer called a burden (round 6); 跟您沟通很愉快 is not.
    words: ['说话', '沟通', '聊天', '讲话', '交流', '讲道理', '解释', '打交道'],
    severity: 'block',
    message: '抱怨与买家沟通费劲，态度恶劣（规则 2.4）',
    before: /(?:跟|和|同|给)(?:您|你)$/,
    after: /^(?:真是|是真|可真|也太|太|真|好|实在|是真的|真的|简直)?(?:费劲|累|心累|头疼|要命|折磨|费事|痛苦|受罪|对牛弹琴|浪费时间|是浪费)/,
    deniable: false,
  },
  {
    // 您这种低端客户我们服务不起 — a low-class label on the buyer (round 6); 低端机型 is goods.
    words: ['低端', '低档', '底层', '廉价', '低级'],
    severity: 'block',
    message: '给买家贴侮辱性标签，属于人身攻击（规则 2.4）',
    after: /^(?:客户|买家|顾客|客人|人口|人群|的人|货色)/,
    deniable: false,
  },
  {
    // 这年头什么人都能上网买东西了 — contempt for the buyer as riff-raff (round 6); 什么肤质都能用 / 什么人都买得起 are not.
    words: ['什么人都', '啥人都', '什么样的人都', '阿猫阿狗都'],
    severity: 'block',
    message: '贬低买家，态度恶劣（规则 2.4）',
    after: /^(?:能|敢|可以)(?:上网|网购|买东西|来|开店|当)|^有(?:啊|呀|哈)?$/,
    notSentence: /适合|得起|平价|实惠|都能用|都可以用|都合适/,
    deniable: false,
  },
  {
    // 您这脸皮，城墙都自愧不如 — the buyer's cheek called thick (round 6); 脸皮薄 skin care is not.
    words: ['脸皮'],
    severity: 'block',
    message: '嘲讽买家脸皮厚，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|那|这个|那个)?(?:张)?$/,
    sentence: /城墙|厚|刀枪不入|子弹|够硬|不要了/,
    notSentence: /护肤|保湿|敏感|薄|角质|面膜|补水/,
    window: 20,
    deniable: false,
  },
  {
    // 人丑就别怪衣服了 — the buyer's looks blamed for the goods (round 6).
    words: ['人丑', '长得丑', '脸丑', '长得不好看'],
    severity: 'block',
    message: '嘲讽买家的相貌，属于不文明用语（规则 2.4）',
    sentence: /别怪|就别|怪不得|怪衣服|怪镜子|怪灯光|怪色号|怪产品|多读书|作怪|还挑|白挑/,
    deniable: false,
  },
  {
    // 没见过这么能作的 — the buyer unheard of for making a fuss (round 6).
    words: ['没见过这么', '没见过这种', '没见过你这么', '没见过您这么', '没见过像您这么', '没见过像你这么'],
    severity: 'block',
    message: '嘲讽买家“少见”，态度恶劣（规则 2.4）',
    after: /^[^，。]{0,4}(?:能作|作的|会作|作精|难伺候|难缠|事多|事儿多|奇葩|极品|抠|小气|不讲理|能闹|爱闹|胡搅蛮缠|无理取闹|没素质|离谱|能折腾)/,
    deniable: false,
  },
  {
    // 鉴于您的理解能力，我用最简单的话再说一遍 / 您这智力水平我就不多解释了 / 您这情商，难怪… / 您的IQ不太够用 —
    // the buyer's wits met with condescension (round 6); 考虑到老人家的理解能力 and praise (情商真高) are not.
    words: [...MIND, ...SENSES, ...WITS_MORE],
    severity: 'block',
    message: '讽刺买家的智力或理解力，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|那|这个|那个)?(?:个|种|点)?$/,
    sentence: CONDESCEND,
    notSentence: [FACULTY_HONEST, WITS_PRAISE],
    window: 24,
    deniable: false,
  },
  {
    // Round 31 (t31c): even a trivial act said to need a little of a faculty (看图也需要一点点阅读能力，这个我们理解的; 看个尺码表也得有点理解能力):
    // the buyer's misreading mocked as a want of wits. Not a product's honest demand (这本原版需要一定的阅读能力，建议有基础的读者购买).
    words: [...MIND, ...SENSES, ...WITS_MORE],
    severity: 'block',
    message: '讽刺买家连简单的事都缺乏能力，属于不文明用语（规则 2.4）',
    before: /(?:看|读|填|点|选|拍|找|认|查)[^，。]{0,6}?也(?:是)?(?:需要|得有|要有|得|要)(?:那么)?(?:一点点|一丢丢|一点儿?|点儿?|些)$/,
    notSentence: [FACULTY_HONEST, WITS_PRAISE],
    deniable: false,
  },
  {
    // Round 31 (t31c): the buyer's own trait said to waste any purchase (照这个耐心，其实什么保健品对您来说都差不多，买了也是白买; 您这种用法买什么都是
    // 白花钱). Not advice on a mismatch (不对症的话买了也是白买，建议先问医生).
    words: ['白买', '白花钱', '白花了钱', '浪费钱'],
    severity: 'block',
    message: '嘲讽买家买东西也是浪费，态度恶劣（规则 2.4）',
    window: 30,
    sentence: [/(?:对|给)(?:您|你)来说|(?:您|你)这(?:个|种|样)?(?:耐心|性子|脾气|用法|样子|水平|态度)|照(?:您|你)?这(?:个|种|样)(?:耐心|性子|脾气|用法|速度|态度)?|什么(?:都|也)(?:差不多|一样|没用)/],
    notSentence: /不对症|如果|要是|的话|建议|咨询|医生|过期|保存|放心|不会|避免|以免|免得/,
    deniable: false,
  },
  {
    // 理解您的消费水平，…我们家进口线可能不太适合您 / 看您这消费能力，…高攀不起 — the buyer's means as a level
    // the shop's goods are above (round 6); 根据您的消费习惯推荐 or 您的经济条件允许的话 are not.
    words: MEANS_LEVEL,
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    before: /(?:您|你)(?:的|这|那|这个|那个)?(?:种|点)?(?:日常|平时|平常|一贯|整体)?(?:的)?$/,
    sentence: ABOVE_YOU,
    notSentence: /允许|充足|很高|不错|宝宝|孩子/,
    window: 40,
    deniable: false,
  },
  {
    // 不适合您这个年纪的脸，用了也是白用 / 您这岁数就别凑热闹了 — the buyer's age as beyond help or out of place (round 6);
    // 您这个年纪用刚好 / 您这个年纪就别熬夜了 (care) are not.
    words: ['年纪', '岁数', '年龄'],
    severity: 'block',
    message: '嘲讽买家的年龄，态度恶劣（规则 2.4）',
    before: /(?:您|你)(?:的|这|那|这个|那个|这把|那把)?$/,
    sentence: /白用|白抹|白涂|白搭|白费|都没用|也没用|没啥用|来不及|都晚了|别折腾|瞎折腾|凑热闹|就别(?:折腾|想了|瞎|浪费|费劲|费那劲|指望|惦记|看了|挑了|买了|学)|还学|还(?:买|穿|想|要)[^，。]{0,6}(?:年轻|少女|嫩)|省省|装嫩|扮嫩/,
    notSentence: /刚好|正好|推荐|宝宝|孩子|熬夜|保养|注意身体|多休息|别累着|别担心|不用担心/,
    window: 30,
    deniable: false,
  },
  {
    // 跟狗讲道理都比跟你讲容易 — an animal or a wall easier to deal with than the buyer (round 6).
    words: ['比跟你', '比跟您', '比和你', '比和您', '比对你', '比对您', '比同你'],
    severity: 'block',
    message: '拿动物贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:都|也|还)$/,
    sentence: /狗|猪|牛|驴|猴|墙|木头|石头|鹦鹉|机器人|ai|三岁|小孩|空气|鱼/,
    notSentence: /我们|我这边|客服|同事/,
    deniable: false,
  },
  {
    // Round 23 (t23a): the buyer put below anything at all, the 连…都不如 frame closing the clause (你连我家猫都不如, 您这脑子连三岁
    // 小孩都不如, 你连条狗都不如啊). Not the goods or the shop compared (这款效果连普通款都不如？, 我连你家猫都不如), nor 不如 going on
    // to advise (您连运费都不如直接退).
    words: ['不如'],
    severity: 'block',
    message: '说买家“连…都不如”，贬低买家，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:你|您)(?:这个?人|这种人|这样的人|这[^，。！？]{0,3})?(?:可|真|真的|简直|简直是|怕是|怕不是|还)?连[^，。！？]{1,10}?(?:都|也)$/,
    after: /^(?:了|啊|呢|吧|呀|哦|啦|嘛|哈)*$/,
    notSentence: /款|产品|商品|效果|质量|价格|性价比/,
    deniable: false,
  },
  {
    // Round 23 (t23a): …or told they are worse than a beast or a fool (你还不如一头猪, 您真不如条狗, 你还不如我家猫懂事). Not advice
    // (你还不如直接退货) nor pet food or toys compared (您还不如买狗粮大包装).
    words: ['不如'],
    severity: 'block',
    message: '拿动物或傻子贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:你|您)(?:这个?人|这种人|这样的人)?(?:可|真|真的|简直|简直是|怕是|怕不是|还|都|倒|就)*$/,
    after: /^(?:一|我家的?|我们家的?|人家的?)?(?:头|条|只|个|匹)?(?:猪|狗(?!粮|狗|绳|窝|链)|驴|猴子|畜生|牲口|猫(?!粮|砂|抓板|窝)|鸡(?!蛋|肉|翅)|木头|石头|机器人|三岁小孩|傻子|白痴)/,
    deniable: false,
  },
  {
    // 猪都知道要先看说明书 / 傻子都看得懂 — an animal or a fool said to know what the buyer does not (round 6);
    // 狗狗都爱吃 / 狗都能学会的指令 (pets and training) are not.
    // Round 20 (t20dm): any name for a fool in the same frame (饭桶都知道吃饭前看看碗, 草包也懂, 笨蛋都看得懂).
    words: ['猪都', '狗都', '驴都', '猴都', '猴子都', '猪也', '狗也', '傻子都', '傻子也', '瞎子都', '瞎子也', '白痴都', '白痴也',
      ...['饭桶', '草包', '笨蛋', '蠢货', '蠢猪', '蠢驴', '呆瓜', '傻瓜', '憨货', '二货', '废物', '废柴', '猪头', '文盲', '弱智', '智障', '脑残'].flatMap((n) => [`${n}都`, `${n}也`])],
    severity: 'block',
    message: '拿动物或傻子贬低买家，属于不文明用语（规则 2.4）',
    notBefore: /狗$|猪$|小$|宠物/,
    after: /^(?:知道|懂|明白|看得懂|看懂|听得懂|听懂|看得出|会看|会查|认得|晓得|能看懂|能懂|能明白|能看出|比你|比您)/,
    // (round 20: ease of use praised in the goods' own words, 文盲也能看懂的图解说明书)
    notAfter: /^[^，。！？]{0,6}的(?:说明书|图解|教程|操作|设计|界面|步骤|版本|款)(?![^，。！？]{0,8}(?:您|你))/,
    notSentence: /狗粮|猫|宠物|训练|指令|萌|狗狗|猪肉|喜欢|爱吃|爱玩|玩具|零食/,
    deniable: false,
  },
  {
    // 素质这么低的买家还是头回见 / 您这教养也太差了 — the buyer's manners called low (round 6); 素质教育, our staff's faults are not.
    words: ['素质', '教养', '修养'],
    severity: 'block',
    message: '贬低买家的素质，属于不文明用语（规则 2.4）',
    after: /^(?:也|可|都)?(?:这么|那么|真|太|也太|实在|可真|怎么这么|如此|极其|特别|是真|真是|也是)?(?:低|差|烂|堪忧|感人|不咋地|不怎么样)/,
    sentence: /你|您|买家|顾客|客户|客人|的人|这种人|头回见|少见|骂人|张口|开口/,
    notSentence: /我们|我这边|本店|员工|同事|快递员|快递小哥|司机|骑手|素质教育/,
    deniable: false,
  },
  {
    // 像您这么难伺候的客户真是少见 / 这么奇葩的买家头回见 — a customer unheard of for a fault (round 6).
    words: ['少见', '罕见', '头回见', '头一回见', '第一次见', '第一回见', '头一次见', '开了眼', '开眼界', '长见识了'],
    severity: 'block',
    message: '嘲讽买家“少见”，态度恶劣（规则 2.4）',
    sentence: [CUSTOMER_FAULT, /您|你|买家|顾客|客户|客人|的人/],
    notSentence: /不是说您|别误会|我们(?:也)?(?:很|挺)?(?:抱歉|理解)/,
    window: 30,
    deniable: false,
  },
  {
    // 好羡慕您这种不用上班的人生 / 真羡慕您每天有这么多时间来找茬 — envy of the buyer's idleness (round 6);
    // 羡慕您有时间陪宝宝 / 去日本玩 are not.
    words: ['羡慕您', '羡慕你'],
    severity: 'block',
    message: '嘲讽买家“闲”，态度恶劣（规则 2.4）',
    sentence: /不用上班|不上班|不用工作|这么多时间|那么多时间|时间真多|时间多|时间(?:这么|那么|可真|真是)多|这么闲|那么闲|清闲|闲得|找茬|挑刺|没事干|没事做/,
    notSentence: /宝宝|孩子|家人|陪|旅游|旅行|度假|出国|假期/,
    window: 30,
    deniable: false,
  },
  {
    // 您这么懂行怎么不自己开店呢 — the buyer's know-how turned into a dare (round 6).
    words: ['这么懂', '那么懂', '这么厉害', '那么厉害', '这么能干', '这么专业', '那么专业', '这么会', '那么会', '这么在行', '能说会道', '这么能说', '这么能编', '这么能演', '这么能扯'],
    severity: 'block',
    message: '反话式地夸买家“懂行”，嘲讽买家（规则 2.4）',
    sentence: /怎么不自己|干嘛不自己|咋不自己|何不自己|还来问|还问我|问我们干嘛|问我干嘛|还用问|那您自己来|那你自己来|怎么不去|咋不去|干嘛不去|不去当|不去说相声/,
    deniable: false,
    // Round 30 (t30d): a flair for style praised as a calling missed (您这么会搭配，不去当模特真可惜了, 这么会拍照不当博主太浪费了) — not
    // the dare: a style skill right after the hit and an admired style trade called a pity or a waste.
    unless: (ctx, _start, end) => STYLE_SKILL.test(ctx.after(end, 6, 'soft')) && STYLE_CALLING_MISSED.test(ctx.after(end, 30, 'hard')),
  },
  {
    // Round 8, a contempt label as the subject of a sneer, opening the clause: 小趴菜还想跟我们讲条件？/ nc才会把精华当卸妆油用 /
    // 穷鬼也配用大牌 — the buyer named by the label, no 你 needed. Not 垃圾 (才会乱扔 is about rubbish).
    words: [...new Set([...PERSON_LABELS, ...CONTEMPT_LABELS.filter((w) => !['垃圾', '辣鸡', '极品', 'low', '傻', '蠢'].includes(w)), '小趴菜', '冤种', '大冤种', '老六', '显眼包', '憨憨', '饭桶', '弱鸡', '废柴', 'loser', '小丑'])],
    severity: 'block',
    message: '用蔑称指代买家并加以嘲讽，属于不文明用语（规则 2.4）',
    before: /(?:^|[，。！？])$/,
    after: /^(?:还想|还敢|也配|也想|还好意思|还有脸|才会|才干得出|才这么|才能干出|就是事多|懂什么)/,
    deniable: false,
  },
  // 擦，又是你 / 我擦，又退 — the same exclamation (round 8); 擦 in care talk (擦干, 擦拭, 擦屏幕) is not.
  openingSwear(['擦', '我擦', '卧槽', '我靠'], /油|湿|混合|中性|肤质|皮肤|发质|洗|晒|烘|刷|干净|擦拭|擦干|擦掉|眼镜|镜片|屏幕|涂|抹|步骤|然后|再/),
  // 干，又是你 / 靠，烦死了 — a swear word said as the whole opening clause (round 6); 油皮，干皮 lists are not.
  openingSwear(['干', '草', '操', '艹', '靠'], /油|湿|混合|中性|肤质|皮肤|发质|洗|晒|烘|刷|擦/),
  {
    // 退款流程在订单页，loser / you are so dumb — English insults aimed or said as a clause (round 6).
    words: ['loser', 'dumb', 'moron', 'retard', 'dumbass', 'jerk', 'idiot', 'stupid'],
    severity: 'block',
    message: '英文辱骂，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:^|you|u|ur|youre|youare|uare|so|such|a|an|是个|真是个|你个|你|您|真|太|一个)$/,
    notAfter: /^(?:phone|bell|waiter|down|款|版)/,
    deniable: false,
  },
  {
    // 脑子不够用就少网购 / 您的脑袋里装的是浆糊吗 / 祝您早日康复（指脑子） — the buyer's mind faulted or mock-cured.
    words: MIND,
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    // (round 11: 我刚才脑子短路了 — the agent's own mind, owning a slip)
    notBefore: /(?:我|我这|我的|我自己|本人|小的|我们)(?:刚才|刚刚|刚|今天|也|真是|这|这个|的)?$/,
    // (round 23, t23dx: a head-shaped or head-care product is no mind — 脑袋造型的水杯, 脑袋护理仪进了水)
    notAfter: /^(?:造型|形状|形的|护理|按摩|模型|玩偶|公仔|抱枕|靠枕|灯|仪|帽|套)/,
    sentence: new RegExp(`${FACULTY_FAULT.source}|${MIND_CURE.source}`),
    notSentence: FACULTY_HONEST,
    window: 16,
    deniable: false,
  },
  {
    // 先把小学语文补一补 / 记得把眼睛带上 / 您这理解水平建议回炉重造 — the buyer's senses or schooling faulted.
    words: SENSES,
    severity: 'block',
    message: '讽刺买家的眼力、理解力或文化水平，属于不文明用语（规则 2.4）',
    // (阁下 / 您老人家: the buyer addressed by a mock-honorific, round 9)
    sentence: [FACULTY_FAULT, /您|你|亲|买家|阁下|这位|这(?:个|种)?(?:理解|阅读|语文|眼神|记性|中文|文化)/],
    notSentence: FACULTY_HONEST,
    window: 16,
    deniable: false,
  },
  {
    // Round 45 (t45d): the buyer's nose or palate called useless (这都闻不出来？鼻子是摆设吧; 您这舌头白长了) — the senses' row above for smell
    // and taste, with a hyperbolic 这都/连 before it standing for the address. Only the plain mockeries (摆设, 白长, 不好使…): a blocked nose,
    // a cold or a nose-pad is honest talk.
    words: SMELL_TASTE_T45,
    severity: 'block',
    message: '讽刺买家的嗅觉或味觉，属于不文明用语（规则 2.4）',
    notBefore: /(?:我|我的|我这|我自己|本人|我们|宝宝|孩子|狗|狗狗|猫|猫咪|小狗|小猫)(?:的)?$/,
    sentence: [SENSE_USELESS_T45, /您|你|亲|买家|阁下|这位|(?:这|那)(?:么)?(?:都|也)|连/],
    notSentence: [FACULTY_HONEST, /鼻炎|鼻塞|感冒|通气|洗鼻|鼻贴|鼻夹|黑头|鼻翼|鼻梁|鼻托|鼻垫|眼镜|口罩|新冠|阳了|味觉(?:丧失|减退|恢复)/],
    window: 16,
    deniable: false,
  },
  {
    // Round 45 (t45d): the buyer's muddle (内帐外帐都还分不清) made the reason to give up the hobby, as mock advice (建议您先别出去露营了，
    // 在自家阳台搭着玩玩): a put-down dressed as care. Not a muddle met with help (我发您视频, 别急) or honest safety advice with no muddle.
    words: ['分不清', '分不出', '搞不清', '搞不懂', '弄不懂', '弄不清', '弄不明白', '搞不明白', '不会用', '不会搭', '不会装', '都不会', '都不懂', '还不会', '还不懂'],
    severity: 'block',
    message: '以买家“不会、分不清”为由讽刺其放弃使用或爱好，属于不文明用语（规则 2.4）',
    before: /(?:都|也|还|都还|也还)$/,
    window: 40,
    sentence: GIVE_UP_ADVICE_T45,
    notSentence: /视频|教程|图解|说明书|步骤|我(?:给|帮|教|来)(?:您|你)|发(?:您|你|给您|给你)|别急|不着急|慢慢来|没关系|很正常|正常的|新手|第一次|不用担心|别担心|客服|售后|可以选|建议选|建议您选|推荐|换成|更适合|更合适|这款更|那款|入门款|入门级|简单款|自动款|孩子|宝宝|小朋友|儿童|老人|色盲|色弱/,
    // (a child's or an elder's muddle with a fitting choice is advice, not a jab: 孩子颜色都分不清的话，还是先别买这款了，选认知卡更合适 — t45a's row)
    // (nor a simpler model advised for a beginner: 手动对焦都不会用的话，建议您还是别买专业款了，入门款更适合)
    deniable: false,
  },
  {
    // 听不懂中国话 / 看不懂汉字 — the buyer said not to understand their own language.
    words: ['听不懂', '看不懂', '不懂', '听不明白', '看不明白'],
    severity: 'block',
    message: '讽刺买家“听不懂人话”，属于不文明用语（规则 2.4）',
    after: /^(?:人话|中国话|中文|汉语|普通话|汉字|中国字|人类的语言|人类语言|话)(?:吗|么|嘛|啊|呀|是吧|是不是|$)/,
    sentence: /您|你|买家|这人/,
    notSentence: /说明书|英文版|翻译|外国|海外|外籍|老人|长辈|方言|没关系|不用担心|别担心|帮您|给您/,
    hypothetical: true,
    deniable: false,
  },
  {
    // 您这张脸怕是得整容才救得回来 / 您这身材穿什么都像套麻袋 — the buyer's face or body beyond help.
    words: BODY,
    severity: 'block',
    message: '嘲讽买家的相貌、身材，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|那|这个|那个)?(?:张|副|个|身)?$/,
    sentence: BODY_DOOM,
    notSentence: /好看|漂亮|适合|显瘦|显白|修饰|不用担心|别担心|放心|宝宝|孩子|天生丽质|底子好|上镜|过敏|就医|医生|停用|红肿|痒|刺痛|泛红|烂脸|爆痘/,
    deniable: false,
  },
  {
    // 原来您是专家呀，那您自己去清关好了呢 — an ironic title with a dare.
    words: IRONIC_TITLES,
    severity: 'block',
    message: '反话式地称买家为“专家”，嘲讽买家（规则 2.4）',
    before: /(?:(?:原来|看来|敢情|合着|既然)(?:您|你)(?:才)?(?:是|就是|这么)?|(?:您|你)(?:可)?(?:真是|真|才是|是)|大)(?:个|位|一位|一个)?(?:大)?$/,
    sentence: IRONIC_TURN,
    window: 30,
    deniable: false,
  },
  {
    // 全网能把冻干粉干抹在脸上的就您一位 / 您是我开店五年见过的头一个 — the buyer's act as unheard of.
    words: ['就您一位', '就您一个', '就你一个', '就你一位', '只有您一位', '只有您一个', '只有你一个', '只有你一位', '您是第一个', '你是第一个', '您是头一个', '你是头一个', '您是第一位', '您是头一位', '您独一份', '你独一份', '您是唯一', '你是唯一'],
    severity: 'block',
    message: '反话式的“夸奖”，嘲讽买家（规则 2.4）',
    sentence: UNIQUE_ACT,
    notSentence: LUCKY,
    window: 30,
    deniable: false,
  },
  {
    // 给您鼓掌👏 / 我给您跪了 — a mock bow after a blunder.
    words: ['给您鼓掌', '给你鼓掌', '为您鼓掌', '为你鼓掌', '给您跪了', '给你跪了', '给您磕一个', '给你磕一个', '甘拜下风', '五体投地', '自愧不如'],
    severity: 'block',
    message: '反话式的“夸奖”，嘲讽买家（规则 2.4）',
    sentence: new RegExp(`${UNIQUE_ACT.source}|这都|也能|还能|真行|就您|就你`),
    // Round 31 (t31f): …nor the bow to the buyer's bargaining, granted (这都能砍下来，我们老板都要甘拜下风了，给您包邮): the shop's
    // self-mockery as praise — unless the sentence is a dispute (退款, 差评, 不退, 歪理).
    notSentence: new RegExp(`坚持|努力|加油|成功了|康复|恭喜您获得|感谢|谢谢|${BARGAIN_BOW.source}`),
    window: 30,
    deniable: false,
  },
  {
    // Round 9: 你是不是三八啊 / 你是250吗 — the number slang as the predicate of a question or a verdict, closing its clause.
    // (not the digits 38: 您是38吗 asks a shoe size)
    words: ['250', '三八', '十三点', '13点'],
    severity: 'block',
    message: '用数字黑话（250、38）辱骂买家，属于人身攻击（规则 2.4）',
    scope: 'clause',
    notSentence: /码|尺|鞋|穿|脚|岁|号|节|毫升|ml/,
    before: /(?:您|你)(?:就|可|也|真)?(?:是不是|是|就是|真是|简直是)$/,
    after: /^(?:啊|吧|吗|呀|呢|么|咩|嘛|吧你|啊你)?$/,
    deniable: false,
  },
  {
    // 您可真是个250 / 跟你这种250 / 你个38 / 你是不是十三点 — number slang for a fool or a shrew (250 二百五, 38 三八,
    // 13点 十三点), aimed: a pronoun and a link before it (round 9: 这种, 这个 and 是不是 too), no unit or date after it.
    words: ['250', '38', '三八', '13点', '十三点'],
    severity: 'block',
    message: '用数字黑话（250、38）辱骂买家，属于人身攻击（规则 2.4）',
    before: /(?:您|你)(?:可|也|还)?(?:真|真是|就是|是|是不是|简直是|简直|纯纯的|纯纯|像|跟)?(?:个|一个|这种|这个|这号|那种|这样的)$/,
    notAfter: /^(?:ml|g|克|毫升|元|块|[0-9]|斤|kg|号|节|妇女|码|岁|度|天|cm|mm|米|分|期|款|件|个|折|%|包|盒|片|支|瓶|块钱|万|k|的(?!人|家伙|东西|玩意))/,
    // 您这个250的规格 / 这个38的尺码: a size or a volume talked about
    notSentence: /规格|尺码|码数|容量|型号|款式|装的|毫升|ml|克重|价格|多少钱|优惠|活动|妇女节|女神节/,
    deniable: false,
  },
  {
    // 月薪三千就别学人家用海蓝之谜了 / 低头看看自己的钱包再来砍价 — the buyer's means mocked.
    words: MEANS,
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    // (round 34: a document or a record named by the means is no means — 收入证明, 工资流水, 存款证明)
    notAfter: /^(?:证明|流水|明细|来源|凭证|单|条)/,
    sentence: MEANS_SNEER,
    notSentence: MEANS_HONEST,
    window: 24,
    deniable: false,
  },
  {
    // 真替您家里人累得慌 / 替你害臊 — vicarious shame for the buyer.
    words: ['替您', '替你'],
    severity: 'block',
    message: '讽刺、羞辱买家，属于不文明用语（规则 2.4）',
    after: VICARIOUS_AFTER,
    notSentence: /抱歉|对不起|理解|着急|心疼|高兴|开心|感动|庆幸|骄傲|自豪/,
    deniable: false,
  },
  {
    // Round 20 (t20dp): worry for the buyer's child or family put down to the buyer's own questions or wits (看您问的这些问题，我都替您家
    // 宝宝担心; 就您这理解力，真替孩子捏把汗). Not sympathy over symptoms or a delay (看您说的症状，我们也替宝宝担心，建议尽快就医).
    words: ['替您家', '替你家', '替您孩子', '替你孩子', '替您宝宝', '替你宝宝', '为您家', '为你家'],
    severity: 'block',
    message: '借担心买家家人来嘲讽买家，属于不文明用语（规则 2.4）',
    after: /^(?:的)?(?:里人|人|宝宝|孩子|娃|小孩|老人|老公|老婆)?(?:感到|觉得|真|都|很|挺)?(?:担心|担忧|捏把汗|捏一把汗|发愁|犯愁|揪心)/,
    sentence: /(?:您|你)(?:问的|说的|提的|这些?问题|这种问题|这操作|这水平|这智商|这理解|这脑子|这记性|这样当)|(?:就|看|瞧|凭)(?:您|你)这/,
    notSentence: /症状|就医|医生|医院|过敏|发烧|生病|不舒服|受伤|延误|延迟|耽误|抱歉|对不起|尽快|赶紧|立即|马上/,
    deniable: false,
  },
  {
    // Round 11: the buyer told to have some shame (要点脸行不行, 做人要点脸, 您还要脸吗, 能不能要点儿脸) — 要 + a little + 脸;
    // not face care (要点脸部精华, 要敷脸).
    words: ['要点脸', '要点儿脸', '要些脸', '要点面子', '还要脸', '要脸吗', '要脸么', '要脸不', '要不要点脸', '要不要点儿脸'],
    severity: 'block',
    message: '羞辱买家“不要脸”，属于不文明用语（规则 2.4）',
    notAfter: /^(?:部|颊|型|盆|蛋|霜|膜|上|皮|的)/,
    notSentence: /(?:我|我们|本店|小店|客服|商家)[^，。]{0,4}(?:还|也|得|要)要/,
    deniable: false,
  },
  {
    // Round 32 (t32b): the buyer's face asked after as a clause of its own (脸呢？, 你的脸呢, 脸面何在, 脸往哪放) — shamelessness put as a
    // question. Not face care or a part of a product (洗脸呢, 这款面霜用在脸呢还是身上, 小脸呢会更显瘦).
    words: ['脸呢', '脸面呢', '脸皮呢', '脸何在', '脸面何在', '脸哪去了', '脸去哪了', '脸往哪放', '脸往哪儿放'],
    severity: 'block',
    message: '反问买家“脸呢”，羞辱买家不要脸，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^(?:(?:你|您|你们|您们)(?:的)?(?:老)?)?$/,
    after: /^(?:啊|呀|哪|嘞|哈|了|了呢|呢)?$/,
    notSentence: /(?:我|我们|本店|小店|客服|商家)(?:的)?脸/,
    deniable: false,
  },
  {
    // Round 11 (late): the buyer told to find someone literate (就找家里识字的帮您看看吧, 让身边识字的人帮你读一下) — implied illiteracy.
    words: ['识字的', '认字的', '识字人', '会认字的'],
    severity: 'block',
    message: '暗讽买家不识字，属于不文明用语（规则 2.4）',
    before: /(?:家里|身边|找个|找家里|让家里|叫家里|请家里|旁边|周围)(?:有|的|人|人里)?(?:个|哪个|谁)?$/,
    sentence: /您|你/,
    notSentence: /老人家|长辈|老人|爷爷|奶奶|外公|外婆|视力|眼睛不好|不方便/,
    deniable: false,
  },
  {
    // Round 11: the buyer's inability made the reason to stay away (不会用就别买, 看不懂说明书就别买, 怕麻烦就别网购) — not advice that
    // names another product (不会用的话就别买这款，选自动款更方便).
    // Round 25 (t25b): …or the buyer's empty purse in slang (没米就别来逛进口店了, 兜里没子儿就别看了) or their eye for the real thing
    // (连正品都认不出来，就别学人家买奢侈品了), and imitating others or browsing as what is waved off.
    words: ['就别买', '就别用', '就别来', '就别问', '就别网购', '就别下单', '就不要买', '就别拍', '别买了', '就别学人家', '就别跟人家学', '就别逛'],
    severity: 'block',
    message: '嫌弃买家能力、打发买家，态度恶劣（规则 2.4）',
    before: /(?:不会用|不会弄|不会装|不会|看不懂|不懂|学不会|搞不懂|弄不明白|不识字|用不来|玩不转|嫌麻烦|怕麻烦|嫌这嫌那|这也不会|那也不会|认不出|分不清|看不出|辨不出|不识货|(?:没|没有)(?:米|钱|money|子儿|票子|银子|闲钱|那个钱|几个钱)|穷)[\u4e00-\u9fff]{0,6}?$/,
    // (round 25, t25b: …or another way offered, 看不懂就别硬看了，我发视频给您 / 直接问我)
    notSentence: /可以选|建议选|建议您选|推荐|换成|更适合|这款更|那款|自动款|过敏|孕|介意|敏感|我们可以|教您|帮您|视频教程|发视频|直接问我|问我就行|直接选/,
    deniable: false,
  },
  {
    // Round 45 (t45f): the blame turned from the goods onto the person using them (挂不住…要么就是挂东西的人有问题; 不是锅的问题，是做饭的人
    // 有问题; 说明用的人不行) — the buyer put down as the fault. Not a user's condition asked about in earnest (使用的人有问题可以联系我们).
    words: ['的人有问题', '的人不行', '的人的问题', '的人不会用', '的人水平有问题', '的人脑子有问题'],
    severity: 'block',
    message: '把问题推到“用的人”身上，暗中贬低买家（规则 2.4）',
    before: /(?:要么|要不|那就|那|就|肯定|说明|分明|其实|而)?(?:就)?是?[^，。！？]{0,2}?(?:用|挂|贴|装|拿|穿|戴|洗|刷|骑|开|做|操作|使用|买|拼|调|弄|搞|拍|煮|吃)[^，。！？]{0,4}$/,
    sentence: /要么|要不|说明|肯定|分明|不是[^，。！？]{0,8}(?:的)?问题|而是|就是|那就|只能是|😅|😂|🙂|🤣|呵/,
    notSentence: /可以联系|请联系|随时|帮您|为您|如果|如有|建议/,
    deniable: false,
  },
  {
    // Round 45 (t45f): the buyer's clumsiness joked into a call-out for the rescue or emergency services (下水我劝您慎重，救援队也挺忙的; 这点
    // 小事都装不好，120也很忙的) — mock safety advice, a put-down. Real safety advice (遇险请拨打救援电话) says no one is busy.
    words: ['也挺忙的', '也很忙的', '也挺忙', '也很忙', '也够忙的', '都挺忙的', '也忙得很', '也不闲'],
    severity: 'block',
    message: '拿救援、急救人员“也很忙”挖苦买家，属于嘲讽（规则 2.4）',
    before: /(?:救援队|救援人员|救生员|消防员?|消防队|120|急救|急诊|110)(?:那边|的同志)?$/,
    // (a real delay told: 最近急诊也很忙，建议提前预约)
    notSentence: /预约|排队|提前|耐心|稍等|可能会/,
    deniable: false,
  },
  {
    // Round 11: the buyer's speech called dirty (嘴巴放干净点, 嘴上积点德, 把嘴闭上) — a retort at the buyer.
    words: ['嘴巴放干净', '嘴放干净', '把嘴放干净', '嘴巴干净点', '嘴巴积点德', '嘴上积点德', '嘴下留德', '把嘴闭上', '把嘴巴闭上', '嘴巴闭上', '闭上嘴', '嘴巴放尊重', '说话放干净'],
    severity: 'block',
    message: '呵斥买家，态度恶劣（规则 2.4）',
    notSentence: /我们(?:也)?(?:会|要|应该)|员工|同事|主播/,
    // Round 45 (t45f): a step in using the goods (冲牙器嘴巴闭上再开机, 闭上嘴再按喷头, 嘴巴闭上用鼻子呼吸): the mouth closed before an action
    // on the device, not the buyer silenced.
    notAfter: /^(?:再|后再|后|然后|之后|以后|以免|免得)?[^，。！？]{0,3}?(?:开机|开关|启动|按|打开|喷|冲|刷|漱|吹|含|咬|通电|用鼻子|鼻子呼吸|鼻呼吸|呼吸)/,
    deniable: false,
  },
  {
    // Round 11: the buyer's manners or character asked about in scorn as a clause of its own (什么素质，张口就骂人; 啥教养啊你).
    words: ['什么素质', '啥素质', '什么教养', '啥教养', '什么人啊', '什么人呐', '什么人呀', '什么鬼人', '素质呢', '教养呢'],
    severity: 'block',
    message: '贬低买家素质，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^(?:这|你|您|你这|您这|真是|这是|这叫|这都是)?(?:是)?$/,
    after: /^(?:啊|呀|嘛|呢|吧|你|您|啊你|的人|的人啊)?$/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // Round 11: greed scorned by its look (吃相真难看, 为了几块钱吃相也太难看了) — not a child's or a pet's eating.
    words: ['吃相'],
    severity: 'block',
    message: '讥讽买家贪小便宜，属于不文明用语（规则 2.4）',
    // (round 39, t39q: hedged, 吃相多少有点难看了)
    after: /^(?:多少|多多少少|确实|实在|未免|真的)?(?:真|太|也太|很|好|可真|实在|未免太|有点|有些|也)?(?:难看|丑陋|不好看|太难看)/,
    notSentence: /宝宝|孩子|小朋友|狗|猫|宠物|餐具|辅食|围兜/,
    deniable: false,
  },
  {
    // Round 11: no sense of oneself (心里没点数吗, 有点自知之明好吗) asked of the buyer.
    words: ['心里没点数', '心里没数吗', '没点数吗', '心里没点b数', '没点逼数', '没有自知之明', '有点自知之明', '没点自知之明', '心里有没有点数', '心里有点数'],
    severity: 'block',
    message: '讥讽买家没有自知之明，属于不文明用语（规则 2.4）',
    notSentence: /我(?:们)?(?:心里)?(?:有数|有点数)|放心|别担心/,
    deniable: false,
  },
  {
    // Round 11: the buyer's kind dismissed as knowing nothing (您这种只看价格的懂啥, 你一个外行懂什么) — a person or a type, then 懂啥;
    // not a real question (您懂什么是敏感肌吗).
    words: ['懂啥', '懂什么', '懂个啥', '知道啥', '知道个啥'],
    severity: 'block',
    message: '贬低买家“懂什么”，态度恶劣（规则 2.4）',
    before: /(?:您|你)(?:们)?(?:这种|这样|一个|这些|那种)[\u4e00-\u9fff]{0,10}?(?:的|人|外行|买家|顾客)?(?:又|还|能)?$/,
    notAfter: /^(?:是|叫|意思|原因|区别|成分|情况)/,
    deniable: false,
  },
  {
    // Round 11: the buyer said to deserve only the cheapest (您这水平也就配用九块九包邮的, 你只配买地摊货) — 配 + a use verb, aimed.
    words: ['也就配', '只配', '就只配', '不配用', '不配买', '不配穿', '不配拥有', '也只配'],
    severity: 'block',
    message: '嘲讽买家不配，态度恶劣（规则 2.4）',
    // (round 41, t41j: 也就配拿个老年机, 只配玩…, 只配听…)
    after: /^(?:用|买|穿|吃|拥有|喝|戴|逛|拿|玩|听|看|开|骑)/,
    sentence: /你|您|买家/,
    notSentence: /型号|机型|尺寸|接口|适配|兼容/,
    deniable: false,
  },
  {
    // Round 11: the buyer told to work their brain (动动你的小脑瓜, 用用您的脑子好吗) — not puzzles for children.
    words: ['动动', '用用', '转转', '开动'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    after: /^(?:你|您)(?:的|那|那个)?(?:小)?(?:脑瓜|脑袋瓜|脑子|脑袋|脑仁|脑细胞|脑筋)/,
    notSentence: /宝宝|孩子|小朋友|益智|积木|拼图|游戏|补脑/,
    deniable: false,
  },
  {
    // Round 11: a mock diagnosis of the buyer's temper (怕是更年期到了吧，火气这么大; 您是更年期了吗) — not goods for menopause care.
    words: ['更年期'],
    severity: 'block',
    message: '嘲讽买家“更年期”，属于不文明用语（规则 2.4）',
    sentence: /吧|吗|么|火气|脾气|这么冲|暴躁|提前|怕是|该不会/,
    notSentence: /保健|调理|大豆|异黄酮|产品|这款|适合|女性健康|症状|服用|妈妈|缓解|补充/,
    deniable: false,
  },
  {
    // Round 11: 废话 counted (废话真多, 哪来这么多废话) and 不X拉倒 (不退拉倒, 不换拉倒) — the take-it-or-leave-it brush-off in any verb.
    words: ['废话'],
    severity: 'block',
    message: '嫌买家话多，态度恶劣（规则 2.4）',
    after: /^(?:真|这么|那么|太|好|也太|咋这么|怎么这么|可真)多/,
    deniable: false,
  },
  {
    words: ['拉倒'],
    severity: 'block',
    message: '“不X拉倒”打发买家，态度恶劣（规则 2.4）',
    scope: 'clause',
    before: /^(?:(?:不|没)[\u4e00-\u9fff]{1,2}(?:就)?|那就|那)$/,
    notSentence: /划算|便宜|优惠|(?:我们|我)(?:不|没)|不可能|没关系/,
    deniable: false,
  },
  {
    // Round 11 (probe 2): the buyer's habits called rotten or spoilt (谁惯的你这臭毛病, 你这臭脾气), petty (心眼真小), fussy (您可真能折腾),
    // or unschooled (没读过几年书) — each aimed at the buyer by a pronoun in the sentence; not the agent's own (我这臭脾气).
    words: ['臭毛病', '臭脾气', '臭德行', '谁惯的你', '谁惯你的', '惯的毛病', '惯出来的毛病', '心眼真小', '心眼太小', '心眼这么小', '心眼也太小', '心眼可真小', '真能折腾', '可真能折腾', '真会折腾', '真能作', '可真能作', '真能闹', '够能折腾', '真够能折腾', '够能作', '够能闹', '真够能闹', '也太能折腾', '太能折腾了', '这么能折腾', '真够作的', '没读过书', '没读过几年书', '没念过书', '没念过几年书', '书都白读', '书白读了'],
    severity: 'block',
    message: '贬低买家的品行、气量或教养，属于不文明用语（规则 2.4）',
    sentence: /你|您|这人|买家|顾客/,
    notBefore: /(?:我|我这|我的|我们|我们这)(?:这|这个|的)?$/,
    notSentence: /孩子|宝宝|小朋友|狗狗|猫|(?:我|我们)(?:也|都)?(?:没读过|没上过)|老人家/,
    deniable: false,
  },
  {
    // Round 69 (engfa69): the child's fault laid on the buyer's parenting (孩子这么挑食，肯定是您惯的; 都是被你惯坏的): the buyer mocked as a
    // parent. A denial before it reassures (挑食很正常，不是您惯的).
    words: ['是您惯的', '是你惯的', '您惯出来的', '你惯出来的', '被您惯坏', '被你惯坏', '让您惯坏', '让你惯坏', '您给惯坏', '你给惯坏', '您惯坏的', '你惯坏的', '怪您惯', '怪你惯', '您惯的吧', '你惯的吧'],
    severity: 'block',
    message: '把孩子的问题归咎于买家的教养、嘲讽买家，属于引起他人不满的用语（规则 2.4）',
    notBefore: /(?:不|并不|并非|没|未必|不一定|不见得|别以为)(?:都|就|全)?$/,
  },
  {
    // 一把年纪了还…也不害臊 / 脸皮比城墙还厚 / 别在这丢人现眼 — shame put on the buyer.
    words: SHAME,
    severity: 'block',
    message: '羞辱买家（不害臊、丢人、脸皮厚），属于不文明用语（规则 2.4）',
    notAfter: /^(?:家|的东西|东西|了东西|件)/,
    // Round 20 (t20dp): the shop as the object of 跟/和/在 (别在这儿跟我们磨嘴皮子，丢人) owns no shame.
    notSentence: /(?<![跟和与对找在])(?:我|我们|本店|小店|客服|商家)[^，。]{0,6}(?:丢人|丢脸|害臊)|(?<!丢)不丢人|(?<!丢)不丢脸|没什么丢人|不用觉得|别觉得|不必觉得|不要觉得|害羞|抱歉|对不起|角质|面膜|护肤|保湿|补水/,
    // (round 51, t51: the skin's thickness in care advice — 角质, 面膜, 护肤 — as the 脸皮 cue below)
    deniable: false,
    unless: (ctx, start, end) => ownSlipShamed(ctx, start, end) || ownFaultShamedT49d(ctx, start, end), // round 49 (t49d): ownFaultShamedT49d
  },
  {
    // 像您这种连地址都能填错的，下回干脆别网购了 — the buyer filed under a type, then brushed off.
    words: PERSON_TYPE,
    severity: 'block',
    message: '把买家归为“这种人”并加以嘲讽，属于不文明用语（规则 2.4）',
    sentence: TYPE_SNEER,
    notSentence: TYPE_KIND,
    window: 40,
    deniable: false,
  },
  {
    // Round 29 (t29e): the buyer filed under a type by a 连…都 failure, then their trouble called no surprise (像您这样连罐子都盖不好的，冲出什么来
    // 都不奇怪; 像你这种连说明书都不看的，用坏了也不意外) — not a first-timer's reaction called normal (像您这样第一次用的，有点刺痛也不奇怪).
    words: withFeminineNi([...PERSON_TYPE, '像您这样', '像你这样']),
    severity: 'block',
    message: '把买家归为连小事都做不好的人并嘲讽其遭遇，属于不文明用语（规则 2.4）',
    sentence: [/连(?!续|锁|衣|接|带|夜|忙|同)[^，。！？]{1,8}?都[^，。！？]{0,4}?(?:不|没)/, /不奇怪|不意外|不稀奇|不新鲜|难怪|怪不得|活该|意料之中/],
    notSentence: TYPE_KIND,
    window: 40,
    deniable: false,
  },
  {
    // Round 29 (t29c): the buyer filed under a type, then their palate or eye scorned (像您这种喝惯了散装酒的舌头，估计也尝不出区别;
    // 就您这眼光，反正也看不出好坏) — not advice to a beginner (像您这样刚入门的，建议先从入门款喝起).
    words: withFeminineNi([...PERSON_TYPE, '您这舌头', '你这舌头', '您这品味', '你这品味', '您这眼光', '你这眼光', '您这鼻子', '你这鼻子', '就您这', '就你这']),
    severity: 'block',
    message: '把买家归为“这种人”并嘲讽其品味，属于不文明用语（规则 2.4）',
    sentence: SENSE_FUTILE,
    notSentence: [TYPE_KIND, /入门|新手|刚开始|第一次|初次|盲测|专业|建议|其实|差别不大|区别不大|没什么区别/],
    deniable: false,
  },
  {
    // Round 29 (t29c): the buyer filed as a kind of customer and called a nuisance (你这种客人真的很烦耶, 您这样的买家太烦人了) — not the
    // trouble the buyer suffers (像您这种情况确实很烦, 您这样的老顾客遇到延误肯定很烦，抱歉).
    words: withFeminineNi([...PERSON_TYPE, '你这种客人', '您这种客人', '你这样的客人', '您这样的客人', '你这类客人', '您这类客人', '你这样的买家', '您这样的买家']),
    severity: 'block',
    message: '把买家归为“这种人”并说其烦人，属于不文明用语（规则 2.4）',
    sentence: BUYER_NUISANCE,
    notSentence: [TYPE_KIND, /抱歉|不好意思|理解|辛苦|耽误|让您|让你|给您添|给你添|遇到|碰到|一定|肯定|换谁/],
    deniable: false,
  },
  {
    // Round 29 (t29c): the buyer told to check their purse before coming back (先看看钱包再来问, 摸摸腰包再来砍价) — not a balance
    // checked before paying (看看钱包余额再付款).
    words: ['钱包', '腰包', '荷包'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    before: /(?:看看|看一下|看下|瞅瞅|瞧瞧|摸摸|翻翻|掂量掂量|掂量|数数|掂掂)(?:自己的?|您的?|你的?)?$/,
    after: /^(?:里的?[^，。！？]{0,4}?)?(?:再来|再问|再砍|再挑|再开口|再逛|再说话|再谈)/,
    notSentence: MEANS_HONEST,
    deniable: false,
  },
  {
    // 脑子不够用就少网购 / 下回干脆别网购了 — the buyer told to stop shopping; not 不要网购来路不明的奶粉 (a warning).
    words: ['网购', '上网买东西', '买东西'],
    severity: 'block',
    message: '让买家“别网购了”，嘲讽买家（规则 2.4）',
    before: /(?:别|少|不要|甭|别再|少点|不如别|还是别|干脆别|就别|就少|以后别|下回别|下次别|这辈子别)(?:再)?$/,
    sentence: /干脆|省得|省省|就少|就别|折腾|丢人|累|脑子|眼神|智商|像您这种|像你这种|这辈子|吧|算了|更适合(?:您|你)|菜市场|出门左转/,
    notSentence: /来路不明|假货|骗|风险|安全|陌生|私下|站外|链接|处方|违禁|保健/,
    hypothetical: true,
    deniable: false,
  },
  {
    // 要饭的都比你讲究 / 三岁小孩都比您懂 — someone lowly said to beat the buyer.
    words: ['比你', '比您'],
    severity: 'block',
    message: '拿他人贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:都|也|还|都要|都还|可都)$/,
    after: BEATEN_AFTER,
    notSentence: /我们|我这边|客服|着急|早|快|先/,
    deniable: false,
  },
  {
    // 智商税都交不起的人，就别来问 / 连运费都付不起还… — the buyer as one who cannot afford even the least.
    words: ['交不起', '付不起', '买不起', '用不起', '花不起', '消费不起', '玩不起', '穿不起', '养不起', '出不起'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    before: /(?:都|也|连[^，。]{0,8}都|连[^，。]{0,8}也)$/,
    sentence: /的人|的主|这种人|那种人|就别|别来|别问|别看|还想|还来|还问|还要|还敢|还好意思|你|您/,
    notSentence: /(?:谁|人人|大家|谁都|学生党|普通人|一般人|老百姓|很多人)[^，。]{0,4}(?:都|也)|让更多|放心|不会|别担心|理解|很多/,
    deniable: false,
  },
  {
    // 你冲我发什么疯 / 抽什么风 / 神经兮兮的 — the buyer's conduct called madness; not 系统又抽风了.
    words: ['发疯', '发什么疯', '发啥疯', '抽风', '抽什么风', '抽啥风', '撒泼', '撒什么泼', '撒野', '发神经', '发什么神经', '犯什么病', '犯啥病', '疯疯癫癫', '神经兮兮', '神神叨叨', '魔怔'],
    severity: 'block',
    message: '说买家“发疯、抽风”，属于不文明用语（规则 2.4）',
    sentence: /你|您|冲我|跟我|对我|买家|这人|一天到晚|天天/,
    // (系统刚才抽风了: a time word may stand between, round 8)
    notBefore: /(?:系统|网络|app|软件|手机|电脑|机器|快递|物流|平台|页面|网页|信号|猫|狗|宝宝|孩子|天气|后台|服务器|网站|程序|打印机|扫码枪)(?:又|老是|总是|有点|一直|经常|偶尔|今天|刚才|刚刚|刚|昨天|昨晚|早上|上午|下午|晚上|突然|这两天|这几天|最近|好像|可能|也){0,2}(?:在)?$/,
    notSentence: /我(?:们)?(?:也|都)?(?:快)?(?:要)?(?:被)?(?:逼)?(?:得)?(?:发疯|抽风|疯)/,
    deniable: false,
  },
  {
    // 这么点小事就要死要活的 / 至于吗您 — the buyer's complaint called a tantrum.
    words: ['要死要活', '寻死觅活', '大惊小怪', '小题大做', '上纲上线', '至于吗', '至于么', '至于嘛', '至于这样', '至于这么', '一哭二闹', '哭天抢地', '鬼哭狼嚎'],
    severity: 'block',
    message: '嘲讽买家小题大做，态度恶劣（规则 2.4）',
    sentence: /你|您|这么点|这点|一点小事|点小事|芝麻|多大点|多大的事|至于/,
    notSentence: /不是|不算|不会|别觉得|不用觉得|不必|我们|我这边|理解|应该的|抱歉/,
    deniable: false,
  },
  {
    // 我看您就是闲得发慌 / 吃饱了撑的 — the buyer's questions put down to idleness.
    words: ['是真闲', '刷存在感', '闲得可以', '闲得很', '闲得不行', '闲成这样', '闲得发慌', '闲得慌', '闲得无聊', '闲得蛋疼', '闲得没事', '闲的没事', '闲的慌', '闲出屁', '闲出病', '闲出毛病', '闲出病来', '吃饱了撑的', '吃饱撑的', '吃饱了没事干'],
    severity: 'block',
    message: '说买家“闲得慌”，态度恶劣（规则 2.4）',
    notSentence: /我(?:们)?(?:也|都|最近|这几天)?(?:闲|吃饱)/,
    deniable: false,
  },
  {
    // 没见过世面 / 没见过好东西吧 / 没见过钱 — the buyer as one who has seen nothing.
    words: ['没见过', '没见识过', '没用过', '没买过', '没吃过', '没穿过', '没摸过'],
    severity: 'block',
    message: '嘲讽买家没见过世面，属于不文明用语（规则 2.4）',
    after: /^(?:什么|啥)?(?:世面|好东西|好货|市面|大场面|钱)/,
    sentence: [/您|你|买家/, /吧|吗|么|这辈子|怕是|一看就|难怪|怪不得|就是|是不是/],
    notSentence: /我(?:们)?(?:也|都|还)?没见过/,
    deniable: false,
  },
  {
    // 您怕是这辈子没见过进口货吧 — imported goods with a sneer (怕是, 这辈子); not 您可能没见过这种新包装.
    words: ['没见过', '没见识过', '没用过'],
    severity: 'block',
    message: '嘲讽买家没见过世面，属于不文明用语（规则 2.4）',
    after: /^(?:什么|啥)?(?:进口货|进口东西|进口的东西|大牌|外国货|洋货|这么贵的|贵的东西|好的)/,
    sentence: [/您|你|买家/, /怕是|这辈子|一看就|难怪|怪不得|土包子|乡下|农村/],
    notSentence: /我(?:们)?(?:也|都|还)?没见过|新款|新包装|新版|不用担心|别担心/,
    deniable: false,
  },
  {
    // 没文化真可怕 / 没常识真吓人 — a deficiency declared frightening.
    words: ['没文化', '没常识', '没见识', '无知', '没脑子', '没素质', '没智商'],
    severity: 'block',
    message: '讽刺买家无知，属于不文明用语（规则 2.4）',
    after: /^(?:真|太|是真的|真的|可真|好)?(?:可怕|吓人|要命|可悲|可怜)/,
    deniable: false,
  },
  {
    // 这位亲是不是没有常识？/ 您是一点常识都没有吗 — the buyer asked whether they lack common sense (round 6).
    words: ['没有常识', '没常识', '没点常识', '常识都没有', '常识也没有', '没有脑子', '没有文化', '没文化', '没有素质', '没素质', '没有教养', '没教养'],
    severity: 'block',
    message: '讽刺买家无知，属于不文明用语（规则 2.4）',
    before: /(?:您|你|亲|买家|顾客|客户|这位|这人)[^，。]{0,4}(?:是不是|是|真|真是|怎么|咋|就是|也太|太|可真|一点)?$/,
    notSentence: /不是说您|别误会|宝宝|孩子|小朋友|我们|我这边/,
    deniable: false,
  },
  {
    // 就你这样的，白送都嫌你麻烦 — the agent's disgust at the buyer (round 6); 不会嫌您麻烦 is denied.
    words: ['嫌你', '嫌您', '烦你', '烦您'],
    severity: 'block',
    message: '表达对买家的嫌弃，态度恶劣（规则 2.4）',
    after: /^(?:麻烦|烦|事多|事儿多|丢人|啰嗦|啰嗦|墨迹|磨叽|穷|脏|丑|碍眼|掉价)/,
    notBefore: /(?:不会|不|没|别|怎么会|哪会|从不|绝不)$/,
    deniable: true,
  },
  {
    // 看您头像就知道是什么样的人了 — the buyer's kind judged from a glance (round 6); 适合什么样的人 asks about fit.
    words: ['什么样的人', '啥样的人', '什么人了', '哪种人', '哪路货色', '什么货色', '啥货色'],
    severity: 'block',
    message: '以貌取人地贬低买家，态度恶劣（规则 2.4）',
    sentence: /就知道|一看就|就明白|就猜到|看(?:您|你)的?(?:头像|名字|昵称|主页|照片|作品)/,
    notSentence: /适合|推荐|人群|肤质|送给|送礼|不管|无论|都可以|都能/,
    deniable: false,
  },
  {
    // 这么便宜的东西您还指望有多好 — cheap goods and the buyer's hopes scorned (round 6); 这么便宜品质也很好 is praise of the goods.
    words: ['这么便宜', '那么便宜', '这个价', '这价格', '这点钱', '白送的', '白给的', '九块九'],
    severity: 'block',
    message: '嘲讽买家贪便宜，态度恶劣（规则 2.4）',
    sentence: /还指望|还想要(?:正品|专柜|大牌|什么|啥|多好)|还想着|还挑|想啥呢|想什么呢|想得美|做梦|别做梦|醒醒/,
    notSentence: /不用担心|放心|我们|品质|也能|也有|保证/,
    window: 30,
    deniable: false,
  },
  {
    // 你是来搞笑的吧 / 您是来找茬的吧 — the buyer's request called a joke or a provocation (round 6).
    words: ['来搞笑的', '来捣乱的', '来闹事的', '来找事的', '来逗我的', '来搞事的', '来找乐子的', '来砸场子的', '来挑事的', '来抬杠的'],
    severity: 'block',
    message: '嘲讽买家是来捣乱的，态度恶劣（规则 2.4）',
    notBefore: /(?:不是|没有|不会|并非|绝不是)$/,
    deniable: true,
  },
  {
    // 你咋这么磨叽，跟个老太婆似的 — the buyer likened to a scorned type (round 6); 像个小公主一样 is fond.
    // Anchored on the scorned nouns (rare), not on 似的 / 一样 (common).
    words: ['老太婆', '老太太', '老娘们', '娘们', '泼妇', '孙子', '傻子', '要饭的', '乞丐', '叫花子', '疯子', '神经病', '精神病', '流氓', '无赖', '土匪', '强盗', '文盲', '老古董', '山顶洞人', '原始人', '白痴'],
    severity: 'block',
    message: '拿他人贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:跟|像|和|同)(?:个|一个|那|那种|那些)?$/,
    after: /^(?:似的|一样|一般)/,
    sentence: /你|您|买家|顾客/,
    notSentence: /宝宝|孩子|小朋友|可爱|萌|宠/,
    deniable: false,
  },
  {
    // Round 11: the same likening as a clause of its own, no subject named (别嚎了，跟个要饭的似的; 像个泼妇一样，吵什么) — said
    // to the one spoken to. Scorned nouns only (PERSON_LABELS and the list above); 跟个礼盒似的 names no person.
    words: [...new Set([...PERSON_LABELS, '老太婆', '老娘们', '泼妇', '孙子', '傻子', '乞丐', '叫花子', '疯子', '神经病', '精神病', '流氓', '无赖', '土匪', '强盗', '文盲', '山顶洞人', '原始人', '白痴', '讨债的', '要债的', '讨饭的', '疯婆子', '疯狗', '泼皮', '骗子', '小丑', '复读机', '祥林嫂', '唐僧', '苍蝇', '无头苍蝇', '木头', '榆木疙瘩', '跳梁小丑', '泼猴', '催命鬼', '讨命鬼'])],
    severity: 'block',
    message: '拿他人贬低买家，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^(?:就|真|简直|简直就|活|活像|活脱脱|整个|整个一|还|又)?(?:跟|像|和)(?:个|一个|那|那种|只|条)?$/,
    after: /^(?:似的|一样|一般)/,
    notSentence: /宝宝|孩子|小朋友|可爱|萌|宠|我(?!们)/,
    deniable: false,
  },
  {
    // Round 22 (t22du): the buyer, or the buyer wearing the goods, likened to an animal (您手腕戴这个像猴子戴了个锅盖, 你穿上跟狗熊似的,
    // 您这脸戴这副墨镜像只蛤蟆). Not a print, a toy or a child's fond likening (宝宝穿上像小猴子一样可爱, 图案像猴子).
    words: ['猴子', '猴', '猩猩', '大猩猩', '狒狒', '猪', '肥猪', '母猪', '狗熊', '河马', '蛤蟆', '癞蛤蟆', '王八'],
    severity: 'block',
    message: '拿动物比买家的样子，属于人身攻击（规则 2.4）',
    before: /(?:像|跟|活像|好像|就像|简直像|跟个|像个)(?:个|一个|只|一只|头|一头)?$/,
    sentence: [/你|您/, /戴|穿|背|套|拎|手腕|手臂|脸|腿|腰|身材|个子|头|长得|看着|看起来|上身|上脸|效果/],
    notSentence: /可爱|萌|宝宝|孩子|小朋友|儿童|图案|印花|玩偶|公仔|造型|卡通|生肖|属|猴年|猪年|宠物|狗狗|猫咪|表情包|佩奇|悟空|灵动|活泼|不会|不是|并不|别担心|放心/,
    deniable: false,
  },
  {
    // Round 11: a contempt attribute filing a kind of customer, then a brush-off (没素质的人我们一律不伺候, 素质低的顾客本店不欢迎,
    // 胡搅蛮缠的买家一律拉黑) — said in a reply to the buyer it files them; not 有素质的顾客, 没素质的快递员.
    words: ['没素质', '素质低', '素质差', '低素质', '没教养', '没家教', '没文化', '没礼貌', '不讲理', '胡搅蛮缠', '无理取闹', '难伺候', '事多', '事儿多', '爱占便宜', '蛮不讲理', '斤斤计较'],
    severity: 'block',
    message: '把买家归为“没素质的人”并加以嘲讽，属于不文明用语（规则 2.4）',
    // (round 19, t19dk: also with no 的 — 小店不接待低素质客户哦)
    after: /^(?:的)?(?:人|顾客|买家|客户|客人|主|家伙)/,
    sentence: new RegExp(`${TYPE_SNEER.source}|一律不|一概不|概不|恕不|不接待|不服务|不招待|别来|滚`),
    notSentence: /快递|物流|员工|同事|司机|小哥/,
    window: 40,
    deniable: false,
  },
  {
    // 什么玩意儿，退个货跟要命似的 — 什么玩意 as a clause of its own (round 6).
    words: ['什么玩意', '啥玩意', '什么东西'],
    severity: 'block',
    message: '辱骂性用语（什么玩意）',
    scope: 'clause',
    before: /^(?:这|你|你这|真是)?(?:是)?$/,
    after: /^(?:儿)?(?:啊|嘛|呀)?$/,
    unless: echoedThenDenied,
    notSentence: /快递|包裹|里面|收到/,
    deniable: false,
  },
  {
    // 您这审美我是真的看不懂 / 你的眼光一言难尽 — the buyer's taste scorned (round 6); 您的眼光真好 is praise.
    words: ['审美', '品味', '品位', '眼光', '口味'],
    severity: 'block',
    message: '嘲讽买家的审美，态度恶劣（规则 2.4）',
    // (阁下的审美: the mock honorific, round 9)
    before: /(?:您|你|阁下)(?:的|这|那|这个|那个)?(?:种)?$/,
    // Round 33 (t33a): …or called one of a kind in a backhanded way (您这审美也是独一份, 你这眼光也是没谁了, 您这品味我头一回见).
    sentence: /看不懂|不敢恭维|一言难尽|也就(?:您|你)|辣眼|土得|俗气|堪忧|不咋|不怎么样|有问题|清奇|感人|独特得|独一份|没谁了|头一回见|第一次见|(?:也是|真是|可真是|还真是|够)(?:少见|罕见)|开了眼|开眼界|大开眼界|长见识/,
    notSentence: /真好|很好|不错|独到|厉害|专业|高级|好眼光|适合|推荐|爆款|小众|卖得/,
    window: 30,
    deniable: false,
  },
  {
    // Round 33 (t33a): mock sympathy — the buyer pitied for a trivial task (这么简单的步骤都不会，真是难为您了; 看个说明书而已，难为你了;
    // 点一下按钮的事，也是难为您了). Not sympathy for a real burden, often of our making (让您等这么久，真是难为您了; 大热天跑一趟，难为您了).
    words: ['难为您了', '难为你了', '难为您', '难为你', '为难您了', '为难你了'],
    severity: 'block',
    message: '假装同情，暗讽买家连简单的事都做不好（规则 2.4）',
    sentence: /而已|就这|这么简单|这点(?:小事|事)|点一下|一个按钮|按钮的事|一步的事|都不会|都不懂|都看不懂|都搞不定|都弄不明白|都找不到|都学不会|小学生|三岁|谁都会|都会的|动动手指|识字/,
    notSentence: /让您等|久等|我们的(?:问题|失误|错|疏忽)|我们(?:没|写得|搞错|发错)|添麻烦|抱歉|不好意思|对不起|跑一趟|大热天|大冷天|这么晚|辛苦/,
    window: 30,
    deniable: false,
  },
  {
    // 这位亲，您这脾气在家里也这样吗？家里人真不容易 — pity for those who live with the buyer (round 6).
    // Round 34 (t34b): …the buyer's nagging or fuss borne by them (真心疼您老公，天天听您这么念叨 / 您家那位摊上您这脾气也是辛苦), 心疼 as
    // the pity. Not care for a family member's own hardship (心疼您老公天天加班，这款护肝片…): the buyer's temper or nagging must be named.
    words: ['家里人', '家人', '您老公', '你老公', '您老婆', '你老婆', '您对象', '你对象', '您同事', '你同事', '您家那位', '你家那位', '您先生', '您爱人', '身边的人', '周围的人'],
    severity: 'block',
    message: '借同情买家家人来贬低买家，态度恶劣（规则 2.4）',
    sentence: [
      /(?:您|你)(?:这|的|这个)?(?:脾气|性格|嘴|态度|德行|毛病)|(?:听|受|忍|伺候|陪|摊上)(?:着)?(?:您|你)(?:这么|这样|天天|整天|一直|成天)?(?:念叨|唠叨|叨叨|数落|挑剔|折腾|闹|抱怨|发脾气|挑刺)/,
      /不容易|受得了|受不了|辛苦|真难|可怜|倒霉|遭罪|同情|心疼|摊上|受罪|受累|忍受|熬/,
    ],
    window: 40,
    deniable: false,
  },
  {
    // 哪来的野鸡客户 — a contempt label on the buyer (round 6).
    words: ['野鸡', '野路子'],
    severity: 'block',
    message: '给买家贴侮辱性标签，属于人身攻击（规则 2.4）',
    after: /^(?:客户|买家|顾客|客人|玩意)/,
    deniable: false,
  },
  {
    // 瞧您那小家子气 — meanness put on the buyer (round 6); 小家子气系列 names goods.
    words: ['小家子气', '穷酸气', '抠搜样', '穷酸相', '小气吧啦', '小里小气'],
    severity: 'block',
    message: '嘲讽买家小气，态度恶劣（规则 2.4）',
    sentence: /你|您|买家|计较|运费|几块|五块|一块/,
    notAfter: LABEL_GOODS,
    notSentence: /系列|茶杯|款式|设计/,
    deniable: false,
  },
  {
    // 你这德性也配用… / 您也配跟我谈条件？ — the buyer said not to deserve something; not 也配了赠品.
    words: ['也配'],
    severity: 'block',
    message: '说买家“不配”，属于不文明用语（规则 2.4）',
    after: /^(?:用|买|穿|拥有|跟|和|说|谈|讲|提|当|做|享受|戴|吃|喝|要|来|问|在这|进|上|评价|给差评|叫|称)/,
    sentence: /你|您|这种人|这号人|这德|什么东西/,
    deniable: false,
  },
  {
    // Round 39 (t39h): 也配 closing a question at the buyer (cos这个角色？您也配？ / 就你也配吗). Not an accessory matched (您也配一个吗, 也配了赠品).
    words: ['也配'],
    severity: 'block',
    message: '说买家“不配”，属于不文明用语（规则 2.4）',
    before: /(?:你|您|阁下|就你|就您|你们|您们|你这种人|您这种人)$/,
    after: /^(?:吗|么|嘛|啊|呀|吧|呢)?$/,
    deniable: false,
  },
  {
    // Round 13 (t13b): 不配 said of the buyer (你不配用我们家的东西, 你的问题不配得到回答, 你们这样的人不配被好好对待) — the buyer or
    // their words in the clause before it and a deserving verb (or the clause's end) after. Not 不配送, a colour that does not
    // match (跟您的裙子颜色不配), a part that does not fit (您的型号不配这个接口).
    words: ['不配'],
    severity: 'block',
    message: '说买家“不配”，属于不文明用语（规则 2.4）',
    before: /(?:你|您)[^，。？！]{0,8}$/,
    after: /^(?:用|买|穿|拥有|跟|和|说|谈|讲|提|当|做|享受|得到|拿到|收到|被|让|我们|来|问|在这|进|上|评价|叫|称|吃|戴|[吧啊呀！!。]|$)/,
    notBefore: /(?:颜色|色|搭配|风格|款式|尺码|尺寸|型号|版本|配件|接口|插头|系统|机型|裙子|裤子|衣服|鞋子?|包包?)[^，。]{0,3}$/,
    notAfter: /^(?:送|套|件|色|对|合|置|货|方|料|额|备|菜|音|乐|角|偶|型)/,
    deniable: false,
  },
  {
    // Round 13 (t13b): the buyer's character + a consequence it explains (就你这人品，难怪没人愿意跟你做生意; 就你这脾气，怪不得没朋友;
    // 您这性格，难怪老公不要你) — a trait aimed by 你这/就你这 and 难怪/怪不得/活该 or being shunned. Not praise (您这性格真好，难怪人缘好).
    words: ['人品', '脾气', '性格', '德行', '德性', '素质', '为人', '做派', '脾性', '性子'],
    severity: 'block',
    message: '把买家的遭遇归咎于其人品、脾气，属于人身攻击（规则 2.4）',
    before: /(?:就|像)?(?:你|您)(?:这|那)(?:种|个|副|样的)?$/,
    sentence: /难怪|怪不得|活该|没(?:人|商家|店|谁|哪家)(?:敢|愿意|要|理|喜欢|搭理)|谁(?:还)?(?:敢|愿意)|没朋友|被嫌弃|不要(?:你|您)|嫁不出|娶不到|注定/,
    notSentence: /真好|很好|人缘好|这么好|好评|棒|赞|夸|喜欢您|欢迎|谢谢|感谢|佩服|羡慕|随和|爽快|大方|温柔|耐心/,
    deniable: false,
  },
  {
    // Round 13 (t13b): buyers as a group ranked down one by one (这届买家真难带，一个比一个蠢; 今天的客户一个比一个抠; 买家一个赛一个的奇葩).
    // Not goods (这批货一个比一个好看).
    words: ['一个比一个', '一个赛一个', '一个更比一个', '一届不如一届', '一个不如一个', '一拨比一拨', '一批比一批'],
    severity: 'block',
    message: '成批贬低买家，属于不文明用语（规则 2.4）',
    after: /^(?:的)?(?:还|更|都|真)?(?:蠢|笨|傻|奇葩|抠|难缠|难伺候|难搞|难带|事多|矫情|极品|low|穷|没素质|不讲理|能作|作|烦|恶心|离谱|刁|无语|没脑子|会闹|能闹|难沟通|小气|$|[，。！!…])/,
    sentence: /买家|顾客|客户|客人|你们|这届|这些人|这帮|这拨|消费者|粉丝/,
    notSentence: /好看|好用|漂亮|划算|便宜|好吃|热情|友好|可爱|好评|喜欢/,
    deniable: false,
  },
  {
    // Round 13 (t13b): regional contempt by innuendo — a province or the countryside, its buyers or orders, and a knowing hint
    // (四川那边的买家素质嘛……呵呵，不说了; 河南的单子我们都要多检查一遍，你懂的). Not shipping notes (新疆的单要补运费，您懂的).
    words: ['你懂的', '您懂的', '懂的都懂', '懂得都懂', '你们懂的', '呵呵', '不说了', '不多说了', '不多说', '心里有数', '都懂', '就不说了', '我就不说了'],
    severity: 'block',
    message: '影射某地买家，属于地域歧视（规则 2.4）',
    sentence: re`(?:${REGIONS})(?:那边|那儿|那里|这边|地区|省|的|来的|人)?[^，。]{0,4}(?:买家|顾客|客户|客人|人|单子|单|订单|朋友|老铁|家长)`,
    notSentence: /运费|偏远|物流|发货|快递|时效|停发|包邮|配送|派送|清关|仓|不发|暂停|疫情|天气|下雨|下雪|好评|推荐|喜欢|爱吃|好吃|回购|夸|热情|支持|感谢|谢谢|福利|优惠|活动/,
    deniable: false,
  },
  {
    // Round 13 (t13b): sent away to learn a basic skill before being served again (等您学会识字再来咨询, 先学会用手机再来网购,
    // 回去把拼音学会了再来跟我说话) — a learning verb and a basic skill before 再来/再问; not a product step (学会调温度再用).
    // (round 42, t42g: …or before 再说, the skill the alphabet — 您先把二十六个字母认全了再说)
    words: ['再来', '再问', '再咨询', '再网购', '再下单', '再买', '再跟我', '再找我', '再聊', '再沟通', '再说话', '再说'],
    severity: 'block',
    message: '让买家“先去学会识字/用手机”再来，嘲讽买家的能力（规则 2.4）',
    before: /(?:等|先|回去|去|回家|重新)[^，。]{0,8}(?:(?:学会|学好|认全|认识|学学|学一下|练好|搞懂|弄懂|学明白)[^，。]{0,3}(?:字|拼音|字母|音标|说话|人话|用手机|手机|上网|网购|打字|中文|普通话|算数|识数|数数|看图|看字|读书|认字|识字)|(?:字|拼音|字母|音标|说话|用手机|上网|网购|打字|中文|普通话|算数)[^，。]{0,2}(?:学会|学好|认全|认清|学明白|练好))了?[^，。]{0,2}$/,
    notSentence: /宝宝|孩子|小朋友|儿童|学生|点读|早教|启蒙|教材|课本|学习机|老人|长辈|子女/,
    deniable: false,
  },
  {
    // 您的审美我实在不敢恭维 — mock deference about the buyer's taste.
    words: ['不敢恭维', '不敢苟同您的审美', '实在不敢恭维'],
    severity: 'block',
    message: '讥讽买家的品味，属于不文明用语（规则 2.4）',
    sentence: /您|你|买家|阁下/,
    notSentence: /我们|本店|小店|自家|包装|物流|快递|平台/,
    deniable: false,
  },
  {
    // Round 9: 孩子跟着您也是遭罪 / 老公跟着你真是受罪 — pity for whoever lives with the buyer.
    words: ['跟着您', '跟着你', '跟了您', '跟了你', '跟您过', '跟你过'],
    severity: 'block',
    message: '讥讽买家，说家人跟着买家“遭罪”，属于不文明用语（规则 2.4）',
    before: /(?:孩子|宝宝|娃|老公|老婆|家人|家里人|男朋友|女朋友|对象|爱人|狗|猫)(?:们)?(?:天天|每天|真是|也是)?$/,
    sentence: /倒霉|倒了八辈子|八辈子霉|可怜|不容易|遭罪|受罪|受苦|吃苦|心累|命苦|造孽|作孽|真惨|活受罪|遭殃/,
    notSentence: /幸运|幸福|福气|享福|开心|放心|安心|健康/,
    deniable: false,
  },
  {
    // Round 9: 怪不得你老公不给你买，原来是这种脾气 — the buyer's family said to shun them, as the reason for their temper.
    words: ['怪不得', '难怪', '活该'],
    severity: 'block',
    message: '借买家的家人、感情生活讥讽买家，属于人身攻击（规则 2.4）',
    sentence: [/(?:你|您)(?:的|家)?(?:老公|老婆|男朋友|女朋友|对象|男人|女人|家里人|婆婆|孩子)|(?:你|您)(?:嫁不出去|单身|没人要|没朋友|离婚)/,
      /不给(?:你|您)|不要(?:你|您)|不理(?:你|您)|嫌弃|受不了|跑了|离婚|脾气|这种人|德行|这样的人|性格|嫁不出去|单身|没人要|没朋友/],
    notSentence: /喜欢|好看|夸|推荐|回购|满意|送给|礼物|惊喜|合适|适合/,
    window: 30,
    deniable: false,
  },
  {
    // 您家孩子摊上您这样的妈也是倒霉 — pity for whoever has the buyer.
    // 有您这样的家长真是可怜 (round 6) too
    words: ['摊上', '遇上', '碰上', '遇到', '赶上', '嫁给', '娶了', '有您', '有你'],
    severity: 'block',
    message: '讥讽买家，让人“倒霉”，属于不文明用语（规则 2.4）',
    // (round 30, t30b: …or the buyer's kind told by a trait, 摊上您这么会挑刺的妈, 娶了你这么较真的人)
    after: /^(?:(?:您|你)(?:这样的|这种|这号|这么个|这么一个|这样一个|(?:这么|那么|这样)[^，。的]{1,6}的)|(?:这样的|这种|这号|这么个|这么一个|这样一个)(?!(?:客户|顾客|买家|朋友|粉丝)))/,
    sentence: /倒霉|可怜|不容易|倒了八辈子|不幸|可怜|造孽|遭罪|受罪|心累|命苦|也是够|上辈子|造了什么孽|作孽|真惨/,
    notSentence: /幸运|幸福|福气|骄傲|开心|高兴|感谢|谢谢/,
    deniable: false,
  },
  {
    // Round 30 (t30b): our concession to the buyer called alms (差十块早说嘛，我当做慈善补您 / 这五块就当施舍给你了 / 就当扶贫了): the buyer
    // as a beggar. Not the shop's real giving (每单捐一元做慈善, 扶贫助农产品, 慈善义卖).
    words: ['当做慈善', '当作慈善', '当慈善', '做慈善', '就当施舍', '当施舍', '施舍给', '施舍您', '施舍你', '就当扶贫', '当扶贫', '就当救济', '当救济', '就当捐', '打发叫花子', '打发要饭的', '赏您的', '赏你的', '赏给您', '赏给你', '发善心', '发发善心', '行善积德', '积德', '积点德', '日行一善', '行个善'],
    severity: 'warn',
    message: '把给买家的补偿说成“施舍”“做慈善”，讥讽买家（规则 2.4）',
    window: 20,
    // The buyer as the one given to (补您, 退给你, 施舍给您, 您拿去吧): a low price boasted to all (这个价就是在做慈善) mocks no one.
    sentence: /(?:补|退|赔|给|送|转|返|贴|赏|施舍)(?:给)?(?:您|你)|(?:您|你)(?:就)?(?:拿去|拿着|收着|收下)/,
    notSentence: /公益|基金|义卖|助农|每(?:单|件|卖)|捐赠|捐款给|红十字|希望工程|慈善机构|慈善组织|慈善活动|爱心/,
    deniable: false,
  },
  {
    // 回去再修炼几年再来跟我讲道理 — sent away to grow up first.
    words: ['几年', '两年', '三年', '十年', '几年书', '几天书'],
    severity: 'block',
    message: '让买家“回去修炼几年再来”，嘲讽买家（规则 2.4）',
    before: /(?:修炼|学|练|读|深造|进修|历练|长|多活|再活|念|上)(?:个|上|了)?$/,
    after: /^(?:书)?(?:再来|再说|再跟|再问|再找|再和|再买|吧)/,
    sentence: /您|你|回去|先/,
    notSentence: /宝宝|孩子|小朋友|老师傅|师傅|工艺|传承/,
    deniable: false,
  },
  {
    // 你咋不上天呢 — the meme that mocks a demand as too much.
    words: ['上天'],
    severity: 'block',
    message: '“你咋不上天”，嘲讽买家（规则 2.4）',
    before: /(?:你|您)(?:咋|怎么|为啥|干嘛|咋就|怎么就)不$/,
    deniable: false,
  },
  {
    // 哪凉快哪待着去 / 一边凉快去 — sent away.
    words: ['凉快'],
    severity: 'block',
    message: '打发买家“哪凉快哪待着去”，态度恶劣（规则 2.4）',
    sentence: /哪凉快哪|一边凉快|凉快去|凉快着吧|凉快凉快去/,
    deniable: false,
  },
  {
    // 长没长心 / 长没长脑子 — an A-not-A question whether the buyer grew an organ.
    words: ['长没长', '有没有长', '长了没'],
    severity: 'block',
    message: '反问买家“长没长脑子/心”，属于不文明用语（规则 2.4）',
    after: /^(?:眼|心|脑|耳|手|记性)/,
    sentence: /你|您|啊|呀|吧|？|么|吗/,
    notSentence: /宝宝|孩子|牙|头发|个子|身高|猫|狗|植物|苗|芽|痘/,
    deniable: false,
  },
  {
    // 老眼昏花就让家里年轻人来 — age mocked; not the agent's own 我老眼昏花.
    words: ['老眼昏花', '老糊涂', '老年痴呆', '老年痴呆症', '老不正经', '为老不尊'],
    severity: 'block',
    message: '嘲讽买家的年龄，属于不文明用语（规则 2.4）',
    // (round 29, t29a: …or the disease named in a health claim, 不能治疗老年痴呆，还是要去医院看)
    notSentence: /我|本人|宝宝|孩子|预防|改善|症状|营养|补充|适合|推荐|缓解|调理|医生|药|治疗|治愈|医治|医院|就医|功效|疗效|患有|患者|病人|阿尔茨海默|保健品/,
    deniable: false,
  },
  {
    // 长得不咋地要求还挺多 — the buyer's looks run down.
    words: ['长得', '长的'],
    severity: 'block',
    message: '嘲讽买家的相貌，属于不文明用语（规则 2.4）',
    after: /^(?:也|又|还|就|真|可真)?(?:不咋地|不咋样|不怎么样|不好看|磕碜|寒碜|歪瓜裂枣|抽象|随意|潦草|丑|难看|一般般|对不起|吓人|辣眼|寒酸|猥琐|着急|挺着急|有点着急|太着急|这么着急|那么着急)/,
    notSentence: /宝宝|孩子|猫|狗|植物|花|苗|头发|指甲|胡子|草|菜|果|树|痘|我|包装|logo|图案|多肉|盆栽|叶|模特|娃娃|玩偶/,
    deniable: false,
  },
  {
    // 这么抠还学人家买进口奶粉 — the buyer aping others beyond their means or age.
    words: ['学人家', '学别人', '跟人家学', '学人'],
    severity: 'block',
    message: '嘲讽买家“学人家”，属于不文明用语（规则 2.4）',
    before: /(?:还|就别|别|也想|还想|还要|也学|也敢)$/,
    sentence: /抠|穷|没钱|月薪|工资|收入|这么|那么|年纪|岁数|胖|丑|土|几十块|几块钱|笑死/,
    notSentence: /宝宝|孩子|学习|榜样|小朋友/,
    deniable: false,
  },
  {
    // Round 11: a saying that calls the listener a fool, said to the buyer even as a blessing (毕竟傻人有傻福嘛, 人傻钱多说的就是您,
    // 无知者无畏) — not of oneself (我这人傻人有傻福).
    words: ['傻人有傻福', '傻人傻福', '人傻钱多', '无知者无畏', '头发长见识短', '傻得可爱', '憨人有憨福', '不懂装懂', '自作聪明'],
    severity: 'block',
    message: '用俗语讥讽买家傻，属于不文明用语（规则 2.4）',
    sentence: /您|你|毕竟|祝|亲/,
    notSentence: /我(?!们)|自己|宝宝|孩子|狗狗|猫/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // 对牛弹琴 / 朽木不可雕 / 给脸不要脸 — an idiom that calls the listener a beast, a blockhead or ungrateful.
    words: ['对牛弹琴', '朽木不可雕', '烂泥扶不上墙', '狗嘴里吐不出象牙', '鸡同鸭讲', '井底之蛙', '孺子不可教', '癞蛤蟆想吃天鹅肉', '给脸不要脸', '蹬鼻子上脸', '不知好歹',
      '良心被狗吃', '狼心狗肺', '丧良心', '好心当成驴肝肺', '好心当驴肝肺', '狗咬吕洞宾', '不识好人心', '贪得无厌', '得寸进尺', '穷山恶水', '刁民', '人丑多作怪', '丑人多作怪', '敬酒不吃吃罚酒', '死猪不怕开水烫',
      '狗改不了吃屎', '闪了舌头',
      // round 41 (t41d): the buyer as one who cannot taste the fine thing given (纯属猪八戒吃人参果, 牛嚼牡丹)
      '猪八戒吃人参果', '八戒吃人参果', '猪吃人参果', '牛嚼牡丹', '大尾巴狼', '发不了财', '心眼比针尖', '小心眼', '针尖还小', '不知天高地厚', '给你脸了', '给您脸了', '蹬鼻子上脸'],
    severity: 'block',
    message: '用成语、俗语贬低买家，属于不文明用语（规则 2.4）',
    unless: echoedThenDenied,
    notAfter: LABEL_GOODS,
    notSentence: /成语|典故|绘本|故事书|寓言|课本|作文|我们不|不是说您|别误会/,
    deniable: false,
  },
  {
    // 我看你是欠收拾 / 欠揍 — the buyer said to deserve a beating.
    words: ['欠收拾', '欠揍', '欠抽', '欠骂', '欠打', '欠扁', '欠教育', '欠修理', '皮痒', '找抽', '找揍', '找骂'],
    severity: 'block',
    message: '说买家“欠揍、欠收拾”，挑衅买家（规则 2.4）',
    sentence: /你|您|这人|买家/,
    notSentence: /我(?:们)?(?:真是|真|也)?(?:欠|找)|宝宝|孩子|猫|狗|宠物/,
    deniable: false,
  },
  {
    // 少在这儿阴阳怪气 — the buyer's tone called snide; 我们不会阴阳怪气 is not.
    words: ['阴阳怪气', '阴阳人', '冷嘲热讽', '夹枪带棒', '含沙射影'],
    severity: 'block',
    message: '指责买家阴阳怪气，态度恶劣（规则 2.4）',
    sentence: /你|您|少|别|在这|在这儿|说话/,
    notSentence: /我(?:们)?(?:不|没|没有|不会|绝不)|抱歉|对不起|如果我|是我/,
    deniable: false,
  },
  {
    // Round 16 (t16): pity or charity mocked over a small sum (差这点钱的话我自己掏给你好了，真可怜; 就这几块钱也要计较？怪可怜的; 几十块钱的
    // 东西折腾半天，真替你心酸) — the buyer's means sneered at. Not our own apology for a small sum (差价几块钱我们直接给您补，给您添麻烦了).
    words: ['可怜', '心酸', '真惨', '寒碜', '寒酸', '掏给你', '掏给您', '替你出', '替您出', '补给你好了', '红包给你'],
    severity: 'block',
    message: '嘲讽买家计较小钱、装作施舍或可怜买家，态度恶劣（规则 2.4）',
    sentence: [/这点钱|这么点钱|这点差价|差这点|这几块|几块钱|几毛钱|几十块|[0-9]+块钱?(?:的东西)?|这么点/, /也值得|也要计较|还要计较|都舍不得|也来闹|也要闹|也闹|至于吗|犯得着|值得闹|折腾半天|穷|可怜|心酸|打发|施舍/],
    window: 40,
    notSentence: /(?:我们|我)(?:也|真|都)?(?:很|挺|好)?可怜|小猫|小狗|宠物|流浪|捐|抱歉|不好意思|对不起|添麻烦|辛苦您|感谢/,
    deniable: false,
  },
  {
    // 穷疯了吧 / 想钱想疯了 — the buyer's want of money called madness.
    words: ['揭不开锅', '穷疯了', '穷疯', '想钱想疯', '穷怕了', '穷得叮当响', '穷到这份上', '穷成这样', '掉钱眼里', '钻钱眼里'],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    notSentence: /我(?:们)?(?:也|都|真)?(?:穷|想钱)/,
    deniable: false,
  },
  {
    // 您这种素质的人，我们店不欢迎 — the buyer filed under a described type, then brushed off.
    words: ['您这种', '你这种', '您这样', '你这样', '您这类', '你这类'],
    severity: 'block',
    message: '把买家归为“这种人”并加以嘲讽，属于不文明用语（规则 2.4）',
    after: /^[^，。]{0,6}的(?:人|顾客|客户|买家|客人)/,
    sentence: TYPE_SNEER,
    notSentence: TYPE_KIND,
    window: 40,
    deniable: false,
  },
  {
    // 非得骂你两句才舒服是吧 — the agent offering to scold the buyer.
    words: ['骂你', '骂您', '挨骂', '挨顿骂', '挨两句骂'],
    severity: 'block',
    message: '扬言要骂买家，态度恶劣（规则 2.4）',
    sentence: /非得|非要|才舒服|才甘心|才老实|欠|想|找|逼我/,
    notSentence: /不会骂|不是骂|没有骂|没骂|谁骂|有人骂|抱歉|对不起|不敢/,
    deniable: false,
  },
  {
    // 呸，… — spitting at the buyer; not 呸呸呸 said against bad luck.
    words: ['呸'],
    severity: 'block',
    message: '“呸”，对买家表示唾弃，态度恶劣（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    after: /^$/,
    deniable: false,
  },
  {
    // 平台那个小二就是个饭桶 — a verdict on a third person (staff, courier, another buyer) ending the clause on the label.
    words: [...AIMED_WORDS, ...PERSON_LABELS],
    severity: 'block',
    message: '辱骂他人，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: /(?:就是个|就是一个|简直是个|简直就是个|纯属|纯纯的|纯纯|真是个|真是一个|妥妥的|活脱脱一个|活脱脱的|整个一|(?:就知道|一看就|一听就|一开口就|肯定|准|八成|铁定)(?:是)?(?:个|一个))$/,
    after: /^(?:的)?(?:吧|啊|呀|嘛|一个|而已|罢了|无疑|嘛)?$/,
    deniable: false,
  },
  {
    // 老铁你是真的铁，铁憨憨 — net-slang name-calling said as a clause of its own (round 6).
    words: ['铁憨憨', '憨憨', '大冤种', '冤种', '显眼包', '小趴菜', '饭桶', '老六', '蠢驴', '呆瓜', '憨货', '山炮', '二货', '废柴', '菜鸡', '傻狍子', '憨批'],
    severity: 'block',
    message: '辱骂他人，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    after: /^(?:吧|啊|呀|嘛|一个|一枚)?$/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // 你这个妈宝男 / 您真是个铁公鸡 — a contempt label aimed at the buyer.
    words: PERSON_LABELS,
    severity: 'block',
    message: '给买家贴侮辱性标签，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: AIMED,
    notAfter: LABEL_GOODS,
    deniable: false,
  },
  {
    // 妈宝男吧，… / 神金，… — a label as the whole clause is a verdict on the buyer.
    words: PERSON_LABELS,
    severity: 'block',
    message: '给买家贴侮辱性标签，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    // (round 52, il52: …or its arrival announced — 普信男来了，…, 杠精又来了, 巨婴上线了)
    after: /^(?:吧|啊|呀|吗|么|嘛|了吧|了吗|了|你|你们|吧你|啊你|呀你|吗你|了你|么你|一个|一枚|本精|(?:又)?(?:来了|上线了|出现了|驾到)(?:啊|呀|哈)?)?$/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // Round 52 (il52): a sneer as a clause of its own, asked (就这？, nbcs，…): the buyer's words or wants waved off as nothing — not
    // 就这 naming an item (就这款, 就这个) nor a plain answer (就这样).
    words: ['就这', 'nbcs', 'nobody cares', 'nobodycares'],
    severity: 'block',
    message: '用“就这？”“nbcs”等嘲讽买家，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    after: /^(?:啊|呀|吗|么|嘛|吧)?$/,
    unless: (ctx, start, end) => ctx.compact.slice(start, end) === '就这' && !/^\s*[？?]/.test(ctx.text.slice(ctx.toOriginal(start, end)[1], ctx.toOriginal(start, end)[1] + 3).replace(/^[啊呀吗么嘛吧]/, '')),
    deniable: false,
  },
  {
    // 爬🐛 / 给我爬 / 爬远点 — 爬 as an order to get lost; not 爬楼梯 / 宝宝会爬了.
    words: ['爬'],
    severity: 'block',
    message: '让买家“爬”（滚），属于辱骂（规则 2.4）',
    scope: 'clause',
    before: /(?:^|你|给我|快|赶紧|都|就|马上|麻溜|麻利|都给我|你给我)$/,
    after: /^(?:吧|啊|呀|开|远点|远一点|出去|一边|回去|$)/,
    unless: (ctx, start) => start > 0 && ctx.before(start, 4, 'hard') !== '' && ctx.before(start, 4, 'soft') === '',
    deniable: false,
  },
  // ── Round 7, by mechanism (ROUND 7 block): each cue pairs two word families with the buyer as target.
  {
    // 毕竟您是全世界最懂清关的人呢 / 您真是我见过最有才的顾客 — a mock superlative about the buyer's wits or know-how;
    // 全网最低价 / 您是我见过最细心的顾客，谢谢 (praise of care, with thanks) are not.
    words: ['全世界最', '全网最', '全宇宙最', '全中国最', '全国最', '史上最', '地球上最', '宇宙第一', '天底下最', '我见过最', '见过最'],
    severity: 'block',
    message: '反话式的“最懂/最有才”，阴阳怪气地嘲讽买家（规则 2.4）',
    after: /^(?:懂|会|聪明|有才|能|厉害|牛|精明|专业|内行|有文化|有学问|博学|机智|英明|难伺候|难缠|抠|挑剔|能折腾|能作)/,
    sentence: /您|你|买家|顾客|客户|客人/,
    notSentence: /谢谢|感谢|辛苦|细心|认真|贴心|负责|可爱|好的顾客|好的客户|低价|便宜|优惠|划算|正品|好评/,
    deniable: false,
  },
  {
    // 你是来买东西的还是来当祖宗的 / 真想来当大爷 — the buyer said to come to be waited on like a lord; 把顾客当上帝 (our service) is not.
    words: ['祖宗', '大爷', '上帝', '皇上', '皇帝', '老佛爷', '太上皇', '主子', '太后', '老祖宗'],
    severity: 'block',
    message: '嘲讽买家“来当祖宗/大爷”，阴阳怪气（规则 2.4）',
    before: /(?:来|想|要|就是来|是来|专门来)(?:当|做)(?:个|我们的|我的|人家的)?$/,
    sentence: /你|您|买家|顾客|客户/,
    notSentence: /把(?:顾客|客户|买家|您|你|每位|每一位)|服务|宗旨/,
    deniable: false,
  },
  {
    // 您这么能耐，要不您来当这个客服 / 这么懂那你来卖 — ironic praise of the buyer's ability turned into "do it yourself".
    words: ['这么能耐', '那么能耐', '这么有能耐', '这么有本事', '那么有本事', '这么聪明', '那么聪明', '这么能', '这么牛', '那么牛', '这么行', '那么行', '能耐大', '本事大'],
    severity: 'block',
    message: '反话式地夸买家“能耐”，再让买家自己来做，嘲讽买家（规则 2.4）',
    sentence: /(?:要不|干脆|那|不如|怎么不|咋不|干嘛不)(?:您|你)(?:自己)?(?:来|去)(?:当|做|干|卖|开|管|清关|发货|处理)|(?:您|你)(?:来|去)当(?:这个|我们的)?(?:客服|老板|店长)|换(?:您|你)来|(?:您|你)行(?:您|你)上/,
    window: 30,
    deniable: false,
  },
  {
    // 皮肤差成您这样的用什么都会过敏 / 抠成你这样 — the buyer held up as the measure of a fault.
    words: ['成您这样', '成你这样', '成您那样', '成你那样', '成您这个样', '成你这个样', '成您这副', '成你这副'],
    severity: 'block',
    message: '把买家当成反面例子嘲讽，属于不文明用语（规则 2.4）',
    // (round 42, t42g: …or the buyer's role done so badly — 当妈当成您这样, 做家长做成你这样)
    before: /(?:差|胖|丑|矮|黑|肥|老|笨|蠢|抠|懒|穷|糙|粗|烂|土|傻|黄|油|瘦|作|闹|磨叽|小气|难看|难缠|难伺候|不讲理|(?:当|做)(?:妈|爸|妈妈|爸爸|家长|父母|顾客|买家|客户|老婆|老公|媳妇|男人|女人|人)(?:当|做))$/,
    deniable: false,
  },
  {
    // 你是不是有什么大病 / 有大病吧 — mock diagnosis of the buyer; 家里有人有大病 / 大病医保 (honest talk of illness) are not.
    words: ['大病', '什么病', '啥病', '大毛病'],
    severity: 'block',
    message: '讽刺买家“有病”，属于不文明用语（规则 2.4）',
    before: /(?:有|有点|有啥|有什么|得了|犯了|得什么|怕不是有|是不是有)$/,
    sentence: [/你|您/, /是不是|怕不是|吧|吗|么|真是|绝对|肯定|一样|同一个|问题|遍/],
    notSentence: MEDICAL_TALK,
    deniable: false,
  },
  {
    // 您家里是没人教过您怎么好好说话吗 / 爹妈没教你做人 — the buyer's upbringing faulted.
    words: ['没人教', '没教过', '没教好', '没教会', '不教你', '不教您', '没人管教', '缺管教', '缺少管教', '缺教育'],
    severity: 'block',
    message: '贬低买家的家教，属于人身攻击（规则 2.4）',
    after: /^(?:过)?(?:您|你)?(?:怎么|如何)?(?:好好)?(?:说话|做人|讲话|礼貌|规矩|尊重人|讲理|懂事)|^(?:吗|么|吧|啊|$)/,
    sentence: /你|您|家里|家长|爹妈|爸妈|父母/,
    notSentence: /宝宝|孩子|小朋友|儿童|操作|使用|安装|怎么用/,
    deniable: false,
  },
  {
    // 您小学语文老师知道吗 / 你数学老师要哭了 — the buyer's teacher called in to shame their schooling.
    words: ['语文老师', '数学老师', '体育老师', '英语老师', '小学老师', '班主任', '启蒙老师'],
    severity: 'block',
    message: '嘲讽买家的文化水平，属于不文明用语（规则 2.4）',
    after: /^(?:要是|看到|看了|听了|见了|会|得|都|该|肯定|估计)?[^，。]{0,5}(?:知道吗|知道么|知道不|哭|气|脸红|欣慰|晕|吐血|棺材|连夜|退休|伤心|失望)/,
    sentence: /你|您/,
    notSentence: /宝宝|孩子|小朋友|学生|教师节|送老师|礼物/,
    deniable: false,
  },
  {
    // 建议您先去学一下识字再来问 / 回去把拼音学会再来 — the buyer sent away to learn the basics.
    words: ['识字', '认字', '拼音', '汉字', '语文', '中文', '阅读理解', '九年义务教育', '义务教育', '小学', '文化课', '识数'],
    severity: 'block',
    message: '让买家“先去学识字”，嘲讽买家的文化水平（规则 2.4）',
    before: /(?:先|回去|去|回家|重新)[^，。]{0,4}(?:学|读|上|补|练|念|修)[^，。]{0,3}$/,
    sentence: /再来|再问|再说|再买|再下单|再聊|再找|您|你/,
    notSentence: /宝宝|孩子|小朋友|儿童|学生|点读|早教|启蒙|教材|课本|学习机/,
    deniable: false,
  },
  {
    // 差评大师又来了 / 退货专业户 / 投诉小能手 — an ironic title made from the buyer's complaints.
    words: ['大师', '专业户', '达人', '小能手', '狂魔', '钉子户', '战神', '王者', '惯犯', '选手', '一哥', '一姐', '专家'],
    severity: 'block',
    message: '给买家起“差评大师”之类的讽刺称号，属于不文明用语（规则 2.4）',
    before: /(?:差评|退货|退款|仅退款|投诉|白嫖|薅羊毛|羊毛|找茬|挑刺|抬杠|杠|碰瓷|索赔|维权|举报|打假)$/,
    notSentence: /不是说您|别误会|活动|奖励|领取|榜单/,
    deniable: false,
  },
  {
    // 格局小了亲 / 格局打开 — net slang sneering at the buyer's pettiness; a flat's or a shop's 格局 is not.
    words: ['格局小了', '格局太小', '格局打开', '格局小啦', '格局放大', '格局大点', '格局大一点', '小格局'],
    severity: 'block',
    message: '“格局小了”之类的网络用语嘲讽买家，属于不文明用语（规则 2.4）',
    notSentence: /户型|房子|房间|店面|布局|装修|客厅|卧室|空间/,
    deniable: false,
  },
  {
    // 丢雷老母 / 顶你个肺 / 册那 / 信球 / 瓜兮兮 — dialect swearing and name-calling (Cantonese, Shanghainese, Henan, Sichuan).
    words: DIALECT_INSULTS,
    severity: 'block',
    message: '方言粗口或骂人话，属于不文明用语（规则 2.4）',
    deniable: false,
  },
  {
    // 键盘侠请出门左转 / 慢走不送 / 拜拜了您嘞 — showing the buyer the door.
    words: ['出门左转', '出门右转', '慢走不送', '好走不送', '走好不送', '恕不远送', '拜拜了您嘞', '拜拜了您内', '拜了个拜', '哪来回哪去', '哪儿来回哪儿去', '从哪来回哪去', '请回吧'],
    severity: 'block',
    message: '把买家“请出门”，态度恶劣（规则 2.4）',
    notSentence: /(?:就是|就到|就能看到|有(?:个|家))[^，。]{0,6}(?:店|馆|站|柜|口|梯|门|楼|街|路|厅)|电梯|地铁|驿站|快递柜|门店|柜台|[0-9一二三两几百]+米|路口|超市|停车/,
    deniable: false,
  },
  {
    // 键盘侠 / 喷子 / 杠精 — an online-troll label put on the buyer (as a clause of its own or before a brush-off).
    words: ['键盘侠', '喷子', '网络喷子', '黑粉', '柠檬精', '巨婴', '事逼'],
    severity: 'block',
    message: '给买家贴“键盘侠/喷子”之类的标签，属于人身攻击（规则 2.4）',
    sentence: /你|您|请|别|出门|去别|滚|走|又来|买家|顾客|吧/,
    notAfter: LABEL_GOODS,
    notSentence: /不是说您|别误会|网上有些|网络上|评论区/,
    deniable: false,
  },
  {
    // CPU烧了吧您 / 您大脑宕机了 — the buyer's mind as a machine that broke.
    words: ['cpu', '大脑', '脑cpu', '处理器', '内存', '脑内存', '脑容量'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    after: /^(?:是不是|怕不是|是|又|都|直接)?(?:烧了|烧坏|干烧|过载|冒烟|宕机|死机|短路|不够|欠费|爆了|卡了|掉线|离线|不在线|没开机|转不过来|满了)/,
    sentence: /吧(?:您|你)|(?:您|你)(?:的|这|那)?(?:cpu|大脑|处理器|内存|脑)|(?:您|你)[^，。]{0,3}$|都说了|说了|几遍|怎么/,
    notSentence: /电脑|手机|主板|显卡|笔记本|平板|散热|风扇|保修|维修|配置|型号|我(?:的|这)/,
    deniable: false,
  },
  {
    // 真是蠢到家了 / 抠到家 — a fault said to go all the way.
    words: ['到家了', '到家'],
    severity: 'block',
    message: '嘲讽买家“蠢到家”，属于不文明用语（规则 2.4）',
    before: /(?:蠢|笨|傻|抠|懒|丑|穷|土|二|憨|作|贱|磨叽|小气|没救)$/,
    deniable: false,
  },
  {
    // 第一次见有人把快递单号看成手机号的，佩服佩服 — a blunder shown off as unheard of, in the same sentence; 地址填错了没关系 is not.
    words: ['少见', '罕见', '头回见', '头一回见', '第一次见', '第一回见', '头一次见', '开了眼', '开眼界', '长见识了'],
    severity: 'block',
    message: '嘲讽买家“少见”，态度恶劣（规则 2.4）',
    sentence: [BLUNDER, /您|你|买家|顾客|客户|客人|有人/],
    notSentence: /没关系|不要紧|没事|别担心|正常|常见|客气|细心|谢谢|抱歉|我们|快递(?:员|公司|小哥)|小哥|系统/,
    deniable: false,
  },
  {
    // 你这是没睡醒还是压根不识数 — the buyer said not to read or count at all.
    words: ['识数', '识字', '认字', '会算数', '会数数'],
    severity: 'block',
    message: '嘲讽买家的能力或教育，属于不文明用语（规则 2.4）',
    before: /(?:压根|根本|完全|压根儿|怕是|怕不是|是不是)(?:就)?(?:不|没)$/,
    sentence: /你|您/,
    notSentence: /老人|长辈|宝宝|孩子|小朋友|儿童/,
    deniable: false,
  },
  {
    // 平台那些小二都拿了大商家的好处 / 平台客服都是外包的，啥也不懂 — platform staff smeared (2.4 names 平台客服人员及其他工作人员).
    words: ['小二', '平台客服', '平台的客服', '官方客服', '审核员', '审核人员', '平台工作人员', '平台的工作人员', '平台人员', '平台那些人', '平台的人', '平台那帮人'],
    severity: 'block',
    message: '诋毁平台客服或工作人员，属于不文明用语（规则 2.4）',
    sentence: STAFF_SMEAR,
    notSentence: /(?:不会|不存在|没有|绝不|并不|从不)[^，。]{0,6}(?:偏袒|打压|收|拿|黑)|公平|公正|谣言|误会|别信/,
    window: 30,
  },
  {
    // Round 21 (t21dq): a courier or rider smeared as a thief on a hunch (那个快递员一看就手脚不干净, 八成是派件的骑手把东西顺走了) —
    // 2.4 bans defaming others. Not a check or a condition (如果是快递员私拿，我们会向快递公司追责; 我们会核实是否在运输中丢失).
    words: ['快递员', '快递小哥', '小哥', '派件员', '送货员', '配送员', '骑手', '快递师傅', '司机师傅', '驿站的人', '驿站老板'],
    severity: 'block',
    message: '无凭据地说快递员等他人偷拿财物，属于诋毁他人（规则 2.4）',
    window: 30,
    sentence: /手脚不干净|手不干净|手脚不老实|贼眉鼠眼|(?:一看|看着|一瞅)就(?:不是好人|像贼|像小偷|不老实|手脚)|(?:八成|肯定|准|铁定|十有八九|多半|绝对|百分百)是(?:他|她|他们|那个|这个|快递|小哥|骑手)[^，。！？]{0,10}(?:偷|私吞|私拿|顺走|顺手|拿走|吃了)|(?:就是个|是个|一个)(?:贼|小偷)|监守自盗|惯偷|手欠/,
    notSentence: /如果|若是|要是|万一|假如|是否|核实|调查|排查|追责|谨防|(?:不是|并非|不会)(?:他|她|快递|小哥|骑手)/,
    deniable: false,
  },
  {
    // 我们店不差您这一单 / 不缺你这样的客人 — the shop tells the buyer it does not need them.
    words: ['不差', '不缺', '不稀罕', '不在乎', '不在乎多'],
    severity: 'block',
    message: '对买家说“不差您这一单”，态度恶劣（规则 2.4）',
    after: /^(?:您|你)(?:这|这一|一|这个|这种|这样的|这位)?(?:一单|单|个|位|点|顾客|客户|买家|客人|生意|钱|样的)/,
    deniable: false,
  },
  {
    // 少您一个顾客我们也饿不死 / 您另请高明吧 / 没空跟您耗 — the buyer dismissed as not worth keeping.
    words: ['饿不死', '另请高明', '您请便', '你请便', '那您请便', '伺候不来', '跟您耗', '跟你耗', '陪您耗', '陪你耗', '和您耗', '和你耗', '少您一个', '少你一个', '少了您一个', '少了你一个'],
    severity: 'block',
    message: '打发买家“另请高明/请便”，态度恶劣（规则 2.4）',
    sentence: /您|你|买家|顾客|客户|客人/,
    notSentence: /(?:如果|要是|若)[^，。]{0,8}(?:不满意|需要)|抱歉|不好意思/,
    deniable: false,
  },
  {
    // 我真的会谢 / 这就破防了？/ 您这操作也太下头了 / 你礼貌吗 / 又来教我们做事 — net-slang jabs at the buyer.
    words: ['会谢', '这就破防', '就破防了', '破防了吧', '破大防', '这就急了', '急了急了', '急眼了', '你礼貌吗', '您礼貌吗', '礼貌吗你', '教我们做事', '教我做事', '教我们卖货', '教我卖货'],
    severity: 'block',
    message: '用网络梗嘲讽买家，属于不文明用语（规则 2.4）',
    notBefore: /(?:不|别|没|不会)$/,
    deniable: false,
  },
  {
    // 栓Q — as a sneer (栓Q，又来这套); not sincere thanks for a good review (收到您的五星好评啦，栓Q栓Q～, round 11).
    words: ['栓q', '拴q'],
    severity: 'block',
    message: '用网络梗嘲讽买家，属于不文明用语（规则 2.4）',
    notBefore: /(?:不|别|没|不会)$/,
    // Round 21 (t21dq): …nor thanks for the buyer's patience or understanding (栓Q亲的耐心等待, 栓Q您的理解和配合).
    notSentence: /好评|五星|5星|夸|支持|认可|回购|喜欢|下单|惠顾|关注|收藏|谢谢|感谢|么么|爱你|耐心|等待|久等|理解|配合|包容/,
    deniable: false,
  },
  {
    words: ['下头'],
    severity: 'block',
    message: '用网络梗嘲讽买家，属于不文明用语（规则 2.4）',
    before: /(?:太|真|好|也太|很|超|挺|巨|贼|有点|真是)$/,
    sentence: /您|你|买家|这操作|这种操作/,
    deniable: false,
  },
  {
    // 你是懂退货的 / 您是懂白嫖的 — mock expertise in the buyer's complaints (not 您是懂行的, praise).
    words: ['你是懂', '您是懂', '你可真懂', '您可真懂', '你真懂', '您真懂', '你是真懂', '您是真懂'],
    severity: 'block',
    message: '反话式地说买家“懂”退货、白嫖，嘲讽买家（规则 2.4）',
    after: /^(?:退货|退款|仅退款|差评|投诉|白嫖|砍价|薅羊毛|占便宜|省钱|折腾|维权|索赔|碰瓷|找茬|挑刺)/,
    deniable: false,
  },
  {
    // 你咋这么虎呢 / 你系咪傻㗎 / 侬戆伐 — a dialect word for stupid aimed at the buyer.
    // Round 12: stubbornness said the same way (您这人有点轴, 你咋这么犟呢, 你这人真杠).
    // Round 33 (t33b): Sichuan 咋个这么 and 扯拐 (你这个人咋个这么扯拐哦), Shanghainese 侬个人 / 老 (侬个人老戆额), 莽 and 倔 the same way
    // (not 作 or 夯: a typo for 做, Taiwanese 'popular').
    words: ['虎', '彪', '憨', '瓜', '苕', '楞', '傻', '蠢', '癫', '戆', '二', '轴', '犟', '杠', '拧巴', '死心眼', '一根筋', '扯拐', '宝气', '莽', '倔'],
    severity: 'block',
    message: '方言骂人话，属于不文明用语（规则 2.4）',
    scope: 'clause',
    // (你这人咋这么虎: the buyer named as 这人 between, round 9)
    // (round 12: 你这人一根筋 — the person named, no adverb needed)
    // (round 34, t34b: …with 可/也/还 and 够 before the degree — 您可真够轴的, 你也够犟的, 您还真倔)
    before: /(?:你|您)(?:这人|这个人)$|(?:你|您|侬|恁)(?:这人|这个人|个人|这家伙)?(?:可|也|还|倒是|倒)?(?:系咪|系唔系|系|是咪|是伐|是不是|咋这么|咋那么|咋个这么|咋个那么|咋个|怎么这么|怎么那么|这么|那么|真系|真够|可真够|真是够|够|真|好|太|也太|有点|是真|老|交关|忒)$/,
    after: /^(?:㗎|嘎|架|啊|呀|吗|咩|伐|呢|吧|嘅|了|的|啦|哦|额|嘞|哩|噻|撒|嘛|$)/,
    deniable: false,
  },
  {
    // Round 12: the buyer's origin as the reason for their ignorance (乡下人没见过瑞士表正常 / 农村人不懂这个也难怪 / 小地方的人就这样).
    // Not goods for the countryside (送给农村老人, 适合乡下用) nor the shop's own roots.
    words: ['乡下人', '农村人', '山里人', '村里人', '小地方的人', '小地方来的', '县城人', '小县城的人', '外地人', '土包子', '乡巴佬', '村姑', '土老帽'],
    severity: 'block',
    message: '以出身、地域贬低买家，属于不文明用语（规则 2.4）',
    window: 20,
    sentence: /没见过|见识|不懂|不识货|不认识|不会用|正常|难怪|怪不得|素质|就这样|就是这样|一个样|穷|土|配不上|用不起|买不起|舍不得/,
    notSentence: /送给|送老人|孝敬|父母|爸妈|老家|适合|实用|下乡|农村市场|我们也是|我也是|我是/,
    deniable: false,
  },
  {
    // Round 12: the buyer's demands said to outdo a spoilt master's (您这要求比皇帝还多 / 比老佛爷还难伺候 / 比祖宗还难伺候).
    words: ['皇帝', '太上皇', '老佛爷', '慈禧', '祖宗', '大爷', '少爷', '大小姐', '公主', '皇上', '娘娘'],
    severity: 'block',
    message: '讥讽买家难伺候，态度恶劣（规则 2.4）',
    before: /比$/,
    after: /^(?:还|都)(?:多|难伺候|难搞|讲究|挑剔|麻烦|事多|事儿多|能作|作|难缠|娇气|金贵|矫情|难打发|大)/,
    sentence: /你|您|要求|事/,
    deniable: false,
  },
  {
    // Round 12: a reaction of mock wonder at the buyer's reasoning or asks (你这逻辑，我真是开了眼了 / 您这操作让我大开眼界 / 您这要求我也是
    // 长见识了). The buyer's 这 + a faculty or an ask, then the wonder.
    // (round 24, t24b: more mock reactions — 您这操作，真是秀得我头皮发麻 / 您这审美，我们只能说尊重 / 惊掉下巴)
    words: ['开了眼', '开眼了', '大开眼界', '长见识', '涨见识', '刷新三观', '刷新了我的三观', '开眼界', '叹为观止', '服气了',
      '头皮发麻', '秀得我', '秀到我', '太秀了', '惊掉下巴', '下巴都掉', '下巴掉了', '五体投地', '大为震撼', '只能说尊重', '只能表示尊重', '只能尊重', '尊重祝福', '看呆了', '看傻了', '无话可说'],
    severity: 'block',
    message: '讥讽买家，态度恶劣（规则 2.4）',
    window: 16,
    sentence: /(?:你|您)(?:这|的)(?:逻辑|操作|要求|脑回路|思路|想法|理解|问题|脑洞|说法|理由|解释|审美)/,
    notSentence: /产品|这款|设计|工艺|效果|风景|景色|做工/,
    deniable: false,
  },
  {
    // Round 12: the buyer said to be unbearable to the people around them (您家里人平时是怎么忍受您的 / 谁受得了你 / 难怪没人愿意搭理你)
    // or labelled a hard customer (看您头像就知道是个难缠的主).
    words: ['忍受您', '忍受你', '受得了您', '受得了你', '忍得了您', '忍得了你', '没人愿意搭理', '没人搭理你', '没人搭理您', '没人愿意理你', '没人待见', '难缠的主', '难伺候的主', '难搞的主', '不好伺候的主', '事儿多的主', '事多的主', '不好惹的主'],
    severity: 'block',
    message: '贬低买家为人，属于人身攻击（规则 2.4）',
    sentence: /你|您|谁|怎么|咋|难怪|怪不得|就知道|是个/,
    notSentence: /快递|物流|包裹|产品|这款|质量/,
    deniable: false,
  },
  {
    // Round 12: the buyer's grievance said to be the world's debt (你是不是觉得全世界都欠你的) or their life wasted (白活这么大).
    words: ['都欠你', '都欠您', '欠你的', '欠您的', '白活'],
    severity: 'block',
    message: '讥讽买家，态度恶劣（规则 2.4）',
    sentence: /全世界|所有人|谁都|大家都|别人都|白活(?:了|这么|这些|几十)|这么大|你|您/,
    notSentence: /退款|差价|补偿|运费|我们欠|本店欠|欠您一个|欠你一个|欠着|补给|还给/,
    deniable: false,
  },
  {
    // Round 12: the buyer told to go and rob (就这点钱还要退，你咋不去抢银行呢 / 您怎么不直接去抢 / 这么砍价干脆去抢好了): a demand
    // called robbery. Not 抢购 / 抢单 / 去抢优惠券 (a sale), nor the shop of itself (我们又不是去抢).
    words: ['去抢', '来抢', '抢银行', '明抢', '抢钱', '打劫', '抢劫'],
    severity: 'block',
    message: '讥讽买家的要求是“抢劫”，态度恶劣（规则 2.4）',
    scope: 'clause',
    sentence: /(?:你|您)[^]{0,4}(?:咋|怎么|为啥|为什么|干嘛|干吗|何不)[^]{0,3}不(?:直接)?(?:去|来)?抢|干脆[^]{0,3}(?:去|来)?抢|(?:你|您)(?:这|这是|这不是|是)[^]{0,3}(?:明抢|抢钱|抢劫)|(?:还不如|不如)(?:直接)?(?:去|来)?(?:抢|打劫)|干脆[^]{0,3}(?:去|来)?打劫/,
    notSentence: /抢购|抢单|抢券|优惠券|名额|秒杀|手慢|库存|限量|先到先得|我们|本店|咱们/,
    deniable: false,
  },
  {
    // Round 12: the buyer's errand named a beggar's or a swindler's (你是来买东西的还是来要饭的 / 您这是来讨饭的吧 / 来碰瓷的吧).
    words: ['要饭', '讨饭', '乞讨', '化缘', '打劫', '抢劫', '碰瓷', '白嫖', '讹钱', '讹人'],
    severity: 'block',
    message: '嘲讽买家是来要饭、讹钱的，态度恶劣（规则 2.4）',
    scope: 'clause',
    before: /(?:是|就是|专门|纯属|分明是)?(?:来|跑来|过来)(?:这|这儿|这里|我们这|我这|店里)?(?:儿)?$/,
    sentence: /你|您|的吧|的吗|的吧|的还是|还是来|的？/,
    notSentence: /我们|本店|不是来|谨防|骗子|诈骗/,
    deniable: false,
  },
  {
    // Round 12, GENERAL: something likened to the buyer's own person in a bad quality (你拍的这图跟你本人一样拿不出手 / 这评价跟你人一样
    // 刻薄 / 颜色跟您一样土): the buyer named as the standard of the fault. Not praise (跟您一样漂亮) nor sameness (跟您一样的款).
    words: ['你本人一样', '您本人一样', '你人一样', '您人一样', '你一样', '您一样', '你这人一样', '你长得一样', '您长得一样'],
    severity: 'block',
    message: '拿买家本人作比贬低，属于人身攻击（规则 2.4）',
    before: /(?:跟|和|像|同)$/,
    after: /^(?:都|也|那么|这么)?(?:拿不出手|丑|难看|土|low|上不了台面|没品|廉价|磕碜|寒碜|不上档次|差劲|烂|糟糕|难搞|麻烦|矫情|事多|事儿多|不靠谱|笨|蠢|没用|刻薄|难伺候|小气|抠|没脑子|没谱|没素质|不讲理|粗糙|俗|俗气|油腻|丢人|不入流|登不了台面|见不得人)/,
    deniable: false,
  },
  {
    // Round 12: a person who cannot do even the least, pointed at (一个连英文标签都看不懂的人来点评进口红酒，挺搞笑的 / 连快递单都不会填
    // 的人还来提意见): 连 + a trifle + 都/也 + cannot + 的人, with the buyer acting or judged after it. Not 第一次用的人也能学会.
    // (anchored on the incapacity + 的人, not on 连: 连英文… reads as a language gloss to detect/mention.ts)
    words: ['不会的人', '不懂的人', '看不懂的人', '搞不懂的人', '分不清的人', '认不全的人', '听不懂的人', '弄不明白的人', '学不会的人', '读不懂的人', '不会用的人', '不会填的人', '不会看的人', '用不明白的人', '不认识的人'],
    severity: 'block',
    message: '贬低买家的能力，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /连[^，。]{1,12}?(?:都|也)$/,
    after: /^(?:[^，。]{0,4})(?:来|还|也|就|居然|竟然|好意思|评价|点评|提意见|指点|讲|教|搞笑|可笑|好笑|别)/,
    notSentence: /新手|正常|没关系|别担心|不要紧|第一次|也能|都能|也可以|都可以|放心|教程|视频教|手把手/,
    deniable: false,
  },
  {
    // Round 12: the buyer's schooling mocked (九年义务教育的漏网之鱼吧你 / 义务教育白上了 / 九年义务教育没教过你吗).
    words: ['义务教育'],
    severity: 'block',
    message: '讽刺买家的文化水平，属于不文明用语（规则 2.4）',
    window: 12,
    sentence: /漏网|白上|白读|白念|没教|没学|没上|没读|没念|白受|毕业了吗|毕业了没|落下|没毕业|喂狗/,
    notSentence: /孩子|学生|教材|课本|学习用品|书包|文具/,
    deniable: false,
  },
  {
    // Round 12: the buyer's order put down to itchy hands (你当初下单是手欠吗 / 手贱点的吧 / 您是手滑还是手欠).
    words: ['手欠', '手贱', '手痒'],
    severity: 'block',
    message: '嘲讽买家“手欠”，态度恶劣（规则 2.4）',
    sentence: /你|您|下单|买|拍|点/,
    notSentence: /我|我们|客服|小编|防|治|痒痒|湿疹|过敏|皮肤|止痒|护手/,
    deniable: false,
  },
  {
    // 网购不适合您 / 我们家不适合你 — the buyer declared unfit for shopping itself.
    words: ['不适合您', '不适合你'],
    severity: 'block',
    message: '说买家“不适合网购”，嘲讽买家（规则 2.4）',
    before: /(?:网购|上网|网上购物|用手机|智能手机|玩手机|买东西|进口货|进口的东西|我们家|我们店|本店)(?:可能|真的|确实|实在)?$/,
    deniable: false,
  },
  {
    // 您这想象力不去写小说可惜了 — the buyer's account called fiction.
    words: ['想象力', '脑洞', '编故事', '讲故事', '编剧'],
    severity: 'block',
    message: '讽刺买家编故事，属于不文明用语（规则 2.4）',
    sentence: [/您|你/, /写小说|当编剧|去当编剧|拍电影|写剧本|可惜了|屈才|真丰富|太丰富|够丰富|真大|不去/],
    notSentence: /宝宝|孩子|小朋友|儿童|积木|绘本|玩具|激发|培养/,
    deniable: false,
  },
  {
    // 呵呵，又是你 / 啧啧，两块钱的差价也要追着问三天 / 好家伙，一个问题能问一下午 — a sneering interjection opening the
    // reply, then the buyer's fault, repetition or pettiness (round 7); 好家伙，这价格太划算了 is an advert.
    words: ['呵呵', '呵呵哒', '呵呵呵', '啧啧', '啧啧啧', '啧', '好家伙', '哎哟喂', '哟呵', '哟', '切'],
    severity: 'block',
    message: '阴阳怪气的语气词加上挑买家的错，嘲讽买家（规则 2.4）',
    scope: 'clause',
    before: /^$/,
    after: /^$/,
    sentence: /又是(?:你|您)|又(?:想|来|要|是)|问了?[^，。]{0,4}(?:遍|次|天|下午|小时|晚上)|能问|追着问|差价|[几两一三][块毛]钱|几毛|白嫖|抠|终于|大忙人|想起来|看错|看漏|填错|拍错|选错|扫错|都不会|都不懂|这都|都能|也能|还敢|好意思/,
    // (呵呵，不好意思刚才看错了: the agent's own slip, with an apology; round 9)
    notSentence: /欢迎|感谢|谢谢|开心|惊喜|恭喜|划算|优惠|便宜|好评|喜欢|漂亮|好看|不好意思|抱歉|对不起|是我|我(?:刚才|刚刚)?看错|给您改|马上改/,
    window: 40,
    deniable: false,
  },
  {
    // 跟您解释等于白费口舌 / 您这样的买家我们消受不起 — talking to the buyer or having them as a customer called a waste or a burden.
    words: ['白费口舌', '浪费口舌', '费口舌', '白费唇舌', '浪费唇舌', '消受不起', '无福消受', '高攀不起您', '招待不起', '服务不起'],
    severity: 'block',
    message: '嫌弃买家，态度恶劣（规则 2.4）',
    sentence: /您|你|买家|顾客|客户|客人/,
    deniable: false,
  },
  {
    // 就凭你也想砍价 — the buyer said to be unworthy of asking.
    words: ['就凭你', '就凭您', '凭你', '凭您', '就你', '就您'],
    severity: 'block',
    message: '“就凭你也想…”，贬低买家（规则 2.4）',
    after: /^(?:这|那|这样|那样)?[^，。]{0,3}?(?:也想|还想|也敢|还敢|也配|也要|还要|也好意思)/,
    deniable: false,
  },
  {
    // Round 24 (t24b): an idiom for nitpicking or wanting it both ways put on the buyer (鸡蛋里挑骨头也没您这么挑的 / 您这是又要马儿跑又要马儿不
    // 吃草); not the shop's own strict checks (我们质检是鸡蛋里挑骨头，您放心).
    words: ['鸡蛋里挑骨头', '鸡蛋里面挑骨头', '吹毛求疵', '又要马儿跑', '既要马儿跑', '马儿不吃草', '无理搅三分', '既要又要还要', '又当又立'],
    severity: 'block',
    message: '用俗语指责买家挑刺，属于不文明用语（规则 2.4）',
    sentence: /您|你|买家|顾客|客户/,
    notSentence: /我们|我这边|本店|店里|质检|品控|检查|把关|验货|不是说您|别误会|谨防/,
    unless: echoedThenDenied,
    deniable: true,
  },
  {
    // Round 24 (t24b): the buyer's ability made an impossibility (您要是能看懂说明书，太阳都能从西边出来 / 你肯好好量尺码，母猪都能上树); the
    // platform's or courier's (defame-platform) and our own are not the buyer put down.
    words: ['西边出来', '母猪都能上树', '母猪能上树', '母猪会上树', '铁树开花', '铁树都能开花', '公鸡下蛋', '公鸡都能下蛋'],
    severity: 'block',
    message: '用反话挖苦买家的能力，属于不文明用语（规则 2.4）',
    sentence: /(?:您|你)[^，。]{0,10}(?:要是|如果|若是|能|会|肯)|除非(?:您|你)/,
    notSentence: /平台|快手|物流|快递|海关|仓库|我们|我这边|本店|店里|天气/,
    deniable: false,
  },
  {
    // Round 24 (t24b): explaining called wasted on the buyer (说了您也不懂，您就等着收货吧 / 跟你解释了你也听不懂); not 说了您也不信 (sales hype).
    words: ['说了您也', '说了你也', '跟您说了也', '跟你说了也', '解释了您也', '解释了你也', '讲了您也', '讲了你也', '跟您说您也', '跟你说你也', '解释您也', '解释你也'],
    severity: 'block',
    message: '说买家“说了也不懂”，贬低买家（规则 2.4）',
    after: /^(?:不懂|不会懂|听不懂|看不懂|搞不懂|弄不懂|不明白|不理解|理解不了|记不住|白搭|是白说|没用)/,
    notSentence: /我们(?:也|都)?(?:说不清|不懂)/,
  },
  {
    // 人穷志短说的就是您这种 / 占了便宜还卖乖 — a contempt idiom put on the buyer.
    words: ['人穷志短', '小肚鸡肠', '鼠目寸光', '得了便宜还卖乖', '占了便宜还卖乖', '占便宜还卖乖', '得便宜还卖乖', '小人之心', '倚老卖老', '恶人先告状', '倒打一耙', '蛮横无理', '贪小便宜', '爱占小便宜'],
    severity: 'block',
    message: '用贬义成语指责买家，属于不文明用语（规则 2.4）',
    sentence: /您|你|买家|顾客|客户/,
    notSentence: /不是说您|别误会|我们不|不会|谨防/,
    deniable: true,
  },
  {
    // 一看您就是没怎么出过门的 — the buyer as one who has been nowhere.
    words: ['出过门', '出过国', '出过远门', '出过村', '进过城', '坐过飞机', '见过钱', '出过县城'],
    severity: 'block',
    message: '嘲讽买家没见过世面，属于不文明用语（规则 2.4）',
    before: /(?:没|没有|没怎么|从没|从来没|不曾)$/,
    sentence: [/您|你/, /一看|就是|吧|吗|难怪|怪不得|怕是|这辈子/],
    notSentence: /我(?:们)?(?:也|都|还)?没/,
    deniable: false,
    // Round 46 (t46b): the goods as the one that never travelled (这箱牛肉干这辈子没坐过船也没坐过飞机): the clause opens on the goods, the
    // buyer not in it before the anchor — no taunt (the 2.8 sense is read by counterfeit-implied).
    unless: (ctx, start) => GOODS_SUBJECT_46.test(ctx.before(start, 20, 'soft')) && !/您|你/.test(ctx.before(start, 20, 'soft')),
  },
  {
    // 你自己心里没点数吗 — the buyer told to know their own place.
    words: ['心里没点数', '没点逼数', '没点b数', '心里没个数', '心里没点儿数', '心里没数', '没点数'],
    severity: 'block',
    message: '“心里没点数吗”，嘲讽买家（规则 2.4）',
    sentence: [/你|您/, /吗|么|嘛|自己|还|？|[?]/],
    notSentence: /的话|如果|要是|不确定|可以先|建议先|量一下/,
    deniable: false,
  },
  {
    // 不会自己百度吗 — the buyer sent to a search engine.
    words: ['不会百度', '不会自己百度', '自己百度去', '百度一下不会', '不会上网查', '不会自己搜', '自己搜去', '自己查去'],
    severity: 'block',
    message: '让买家“自己百度去”，态度恶劣（规则 2.4）',
    notSentence: /如果|要是|的话|我来|帮您/,
    deniable: false,
  },
  {
    // 您平时怎么上班的 / 怎么毕业的 — the buyer's whole life doubted over a small failure.
    // Round 34 (t34b): …or the schooling named instead of 你 (九年义务教育是怎么毕业的？ / 这大学咋考上的 / 书是怎么读完的); not a child's, a
    // student's or a story shared (您孩子是怎么考上的？, 学长分享他是怎么毕业的).
    words: ['怎么上班的', '怎么工作的', '怎么毕业的', '怎么考上的', '怎么当上', '怎么混的', '怎么长大的', '咋上班的', '咋毕业的', '咋长大的', '怎么考的驾照', '怎么找到工作的',
      '怎么毕的业', '咋毕的业', '咋考上的', '怎么念完的', '怎么读完的', '咋念完的', '咋读完的', '怎么上完的', '怎么混毕业的', '怎么混过来的', '怎么拿的毕业证'],
    severity: 'block',
    message: '嘲讽买家的能力，属于不文明用语（规则 2.4）',
    sentence: /你|您|义务教育|小学|初中|高中|中学|大学|学历|文凭|书/,
    notSentence: /孩子|宝宝|儿子|女儿|闺女|学生|考生|同学|学长|学姐|论文|毕业季|毕业照|毕业礼|毕业典礼|招聘|分享|经验|攻略|课程|故事|纪录片/,
    deniable: false,
  },
  {
    // 您爱去哪去哪 / 爱干嘛干嘛 / 爱怎么想怎么想 — the buyer waved off.
    words: ['爱'],
    severity: 'block',
    message: '“爱去哪去哪”式的打发，态度恶劣（规则 2.4）',
    after: /^(去哪|干嘛|干啥|怎么样|咋样|上哪|怎么想|咋想|怎么说|咋说|怎么评|咋评|怎么办|咋办|找谁|去哪儿)\1/,
    grow: true,
    deniable: false,
  },
  {
    // 毕竟您最懂 / 反正你最有理 — a mock concession that the buyer knows best.
    words: ['您最懂', '你最懂', '您最有理', '你最有理', '您最聪明', '你最聪明', '您最厉害', '你最厉害', '您说了算', '你说了算', '您最专业', '你最专业'],
    severity: 'block',
    message: '阴阳怪气的“服软”，嘲讽买家（规则 2.4）',
    before: /(?:毕竟|反正|谁让|谁叫|谁让您|行吧|行|好吧|对对对|是是是|得)$/,
    deniable: false,
  },
  {
    // 大忙人终于想起来确认收货了 — the buyer mocked as too grand to reply.
    words: ['大忙人', '贵人', '大老板', '大人物'],
    severity: 'block',
    message: '阴阳怪气地称呼买家，嘲讽买家（规则 2.4）',
    sentence: /终于|舍得|想起|总算|难得|赏脸|百忙之中/,
    notSentence: /感谢|谢谢|辛苦/,
    deniable: false,
  },
  {
    // 先称称自己几斤几两 / 掂量掂量自己 — the buyer told to weigh their own worth.
    words: ['几斤几两', '掂量掂量', '掂量一下自己', '掂量下自己', '称称自己'],
    severity: 'block',
    message: '让买家“掂量自己几斤几两”，贬低买家（规则 2.4）',
    sentence: /自己|掂量|称称/,
    deniable: false,
  },
  {
    // 这么爱较真，您怎么不去当质检员 — a dare to take up a trade (not 您怎么不去当地门店).
    words: ['怎么不去当', '咋不去当', '干嘛不去当', '怎么不自己去当', '怎么不去做', '咋不去做', '怎么不去说相声', '怎么不去当演员', '不去当个'],
    severity: 'block',
    message: '反话式地让买家“去当…”，嘲讽买家（规则 2.4）',
    notAfter: /^(?:地|面|天|场|时|日|晚)/,
    sentence: /您|你/,
    deniable: false,
  },
  {
    // 小丑竟是你自己 / 你才是小丑 — the buyer called the clown (meme).
    words: ['小丑竟是', '小丑是你', '小丑原来是', '你才是小丑', '您才是小丑', '跳梁小丑'],
    severity: 'block',
    message: '嘲讽买家是“小丑”，属于人身攻击（规则 2.4）',
    notSentence: /小丑鱼|玩偶|面具|公仔|服装|万圣节|表情包|贴纸/,
    deniable: false,
  },
];

// Round 31 (t31e), veiled put-downs with no swear word, each a pair of word families:
/** No ellipsis right after the hit (您这肤色嘛……): the silence is the sneer. */
function noTrailOff(ctx: LintContext, _start: number, end: number): boolean {
  const to = ctx.norm.compactToFolded[end - 1]! + 1;
  return !/^[嘛呢啊吧么]?\s*(?:…|\.{2,}|。{2,}|・{2,}|⋯)/u.test(ctx.folded.slice(to, to + 6));
}
const ROUND31_CUES: Cue[] = [
  {
    // 每天都碰到几个不看说明的，今天轮到您了 — the buyer counted among a scorned kind of customer (not 轮到您的单子了).
    words: ['轮到您了', '轮到你了', '轮到您啦', '轮到你啦', '又来一位', '又来一个', '今天的名额'],
    severity: 'block',
    message: '把买家归入“不看详情页的那种人”来嘲讽（规则 2.4）',
    sentence: /不看|不读|没看|不会看|看不懂|不认真|不仔细|没读/,
    window: 30,
    deniable: false,
  },
  {
    // 您这皮肤底子本来就一般 / 您这肤色嘛…… / 您这脚型……还是算了吧 — the buyer's body judged, or trailed off after in silence.
    words: ['皮肤底子', '底子', '肤质', '肤色', '脚型', '脚形', '腿型', '身材', '脸型', '长相', '身形', '体型', '皮肤'],
    severity: 'block',
    message: '贬低买家的外貌、身体条件（规则 2.4）',
    before: /(?:您|你)(?:这|那|的|这个|这种)$/,
    after: /^[^，。]{0,6}(?:本来就|本身就|天生就)(?:一般|不怎么样|差|不好|不行|粗糙)|^[^，。]{0,4}(?:就算了|还是算了|别折腾)/,
    notSentence: /是我|我们的|偏[^，。]{0,2}的话|的话|如果|适合|建议(?:选|拍|试)/,
    deniable: false,
  },
  {
    // 您这肤色嘛……还是换个深的吧 — the buyer's body named, then a silence that says the rest.
    words: ['皮肤底子', '肤质', '肤色', '脚型', '脚形', '腿型', '身材', '脸型', '长相', '身形', '体型', '皮肤', '脸蛋', '颜值', '五官'],
    severity: 'block',
    message: '说到买家的外貌、身体就欲言又止，暗中贬低（规则 2.4）',
    before: /(?:您|你)(?:这|那|这个)$/,
    unless: noTrailOff,
    notSentence: /是我|我们的|羡慕|漂亮|好看|真好|太好|很好|超好|白皙|水嫩|完美|绝了|赞|天生丽质|底子好/,
    deniable: false,
  },
  {
    // 看您头像也有点年纪了，这款抗老霜跟您挺配 — the buyer's age read off their picture, or goods for the old said to suit them.
    words: ['有点年纪', '上了年纪', '年纪不小', '岁数不小', '有年纪了', '上岁数', '不年轻了', '有些年纪'],
    severity: 'block',
    message: '拿买家的年龄说事，贬低买家（规则 2.4）',
    sentence: [/(?:您|你)/, /头像|照片|自拍|买家秀|视频里|挺配|很配|正配|蛮配|真配|跟(?:您|你)(?:挺|很|正|蛮|真)?配/],
    notSentence: /猫|狗|宠物|爸|妈|长辈|父母|老人|爷爷|奶奶|外公|外婆/,
    deniable: false,
  },
  {
    // 您懂这么多，要不来我们这当质检员 / 这么懂，店铺干脆让您来管 — know-how turned into a mock job offer.
    words: ['懂得这么多', '懂这么多', '这么懂', '这么专业', '您最专业', '你最专业', '您最懂', '你最懂', '您最内行', '你最内行', '这么内行', '这么懂行', '那么懂', '这么会说', '这么能说', '这么有经验'],
    severity: 'block',
    message: '反话式“夸奖”买家懂行，再让其来当员工，属于嘲讽（规则 2.4）',
    sentence: /(?:来|让(?:您|你)来?|请(?:您|你)来?)(?:我们这|我们店|店里|店铺|我们公司|我们)[^，。？]{0,4}(?:当|管|做|上班|应聘)|(?:来|让(?:您|你)来?)(?:当|管)[^，。？]{0,6}(?:好了|算了|得了)|干脆让(?:您|你)|要求本科|招人|学历|(?:这|那)?(?:店|铺子|店铺)(?:给)?(?:您|你)来(?:开|管|当)|要不(?:您|你)来(?:开|管|当|做)/,
    window: 30,
    deniable: false,
  },
  {
    // 您的宝贵意见已转交给垃圾桶 — the buyer's feedback said to go into the bin.
    words: ['垃圾桶', '垃圾箱', '废纸篓', '回收站', '碎纸机', '纸篓'],
    severity: 'block',
    message: '说买家的意见被扔进垃圾桶，嘲讽买家（规则 2.4）',
    before: /(?:意见|的建议|评价|反馈|投诉|差评|留言|诉求|心声)[^，。]{0,12}(?:转交|交给|交由|扔|丢|送|放|转给|转发给|递给)(?:了|到|给|进)?$/,
    scope: 'clause',
    deniable: false,
  },
  {
    // 您可真会挑时候 — ironic praise of when the buyer chose to ask (not 您真会挑，这款是爆款).
    words: ['会挑时候', '会挑时间', '会选时候', '会选时间', '会挑日子', '会挑点'],
    severity: 'block',
    message: '反话讽刺买家“真会挑时候”（规则 2.4）',
    before: /(?:真|可真|是真|太|可太|也太|还真|可)$/,
    sentence: /专门|加班|半夜|凌晨|零点|深夜|大促|最忙|忙的时候|高峰|下班|休息|吃饭/,
    notSentence: /赶上|正好|刚好|碰上|优惠|活动价|划算|福利|省了|捡到|运气/,
    window: 40,
    deniable: false,
  },
  {
    // 下次不想要之前能先想想吗 / 下单前就不能先看看吗 — a rhetorical lesson in thinking first.
    words: ['能先想想', '能不能先想想', '就不能先想想', '可以先想想吗', '能先动动脑', '能不能先动动脑', '就不能先看看', '就不能先看清楚', '能不能先看清楚'],
    severity: 'block',
    message: '用反问教训买家“先想想”，属于嘲讽（规则 2.4）',
    sentence: [/吗|呢|？|\?|行不行|好不好|能不能|就不能|可不可以/, /下次|以后|之前|下单前|买之前|拍之前|就不能/],
    notSentence: /我们|我这边|是我/,
    deniable: false,
  },
  {
    // 那么多错别字还坚持写完，辛苦您了 / 拼音都打不对 / 您这打字跟发电报似的 — the buyer's typing mocked.
    words: ['错别字', '拼音都', '字都打', '打字都', '错字都'],
    severity: 'block',
    message: '嘲讽买家打字、错别字，属于不文明用语（规则 2.4）',
    sentence: /(?:多|一堆|满屏|全是|都是|满篇)[^，。]{0,4}(?:还坚持|还能|还好意思|也敢|还敢)|(?:都|也)(?:打不对|打不好|打错|写不对|写不好|不会打|不会写|拼不对|拼不来)/,
    notSentence: /很正常|没关系|不要紧|没事|我们的|我打|我这边|是我|详情页|说明书|包装上|指出|找出|发现|提醒|纠正|谢谢/,
    deniable: false,
  },
  {
    words: ['打字', '打的字', '发消息', '发的消息', '说话方式'],
    severity: 'block',
    message: '嘲讽买家打字、说话的方式（规则 2.4）',
    before: /(?:您|你)(?:这|的|这个|这种)?$/,
    sentence: /似的|跟[^，。]{1,6}(?:一样|似的)|像(?:发电报|挤牙膏|密码|天书|火星文)|猜都猜|天书|火星文|密码本/,
    notSentence: /是我|我这边|我网络|我们/,
    deniable: false,
  },
  {
    // 您说的不好用，其实是不会用吧 — the complaint turned back into the buyer's incompetence.
    words: ['其实是不会用', '其实是您不会用', '其实是你不会用', '是不会用吧', '是您不会用吧', '是你不会用吧', '怕不是不会用', '是没用对吧'],
    severity: 'block',
    message: '把买家的投诉反说成买家自己不会用，属于嘲讽（规则 2.4）',
    deniable: false,
  },
  {
    // 别什么都怪奶粉 / 真不能怪到产品头上吧 — blame turned back on the buyer (not 别什么都怪自己, 这不能怪您).
    words: ['什么都怪', '啥都怪', '什么都赖', '啥都赖', '怪到产品头上', '怪到商品头上', '怪在产品头上', '赖到产品头上', '怪到我们头上', '赖到我们头上', '算到产品头上', '怪到东西头上'],
    severity: 'block',
    message: '把问题推回给买家、说买家乱怪人，属于嘲讽（规则 2.4）',
    // (round 37, t37d: …nor the buyer cleared, 不能什么都怪您)
    notAfter: /^(?:自己|您自己|你自己|您(?!们)|你(?!们))/,
    sentence: [/(?:您|你|自己)/, /别|不要|不能|不该|怎么能|吧[？?]|吗/],
    window: 40,
    deniable: false,
  },
  {
    // 这个价位的红酒您可能平时接触得少 — the buyer's inexperience with a price tier (a belittling comparison).
    words: ['接触得少', '接触的少', '接触少', '很少接触', '没怎么接触', '不常接触', '没接触过', '见得少', '见的少'],
    severity: 'block',
    message: '暗示买家消费档次低、没见过好东西（规则 2.4）',
    sentence: [/(?:您|你)/, /价位|档次|价格|这个价|级别|高端|贵的|好东西|奢侈|大牌/],
    notSentence: /刚接触|第一次接触|很多人|大家|不少人|正常的|我们也|我也|宝宝|孩子|低|便宜|实惠|划算|优惠|性价比/,
    window: 30,
    deniable: false,
  },
  {
    // 可能是平时速溶喝太多了，真正的手冲就是这个味 — the buyer's cheap habits blamed for the complaint.
    words: ['喝太多', '喝惯了', '用惯了', '吃惯了', '穿惯了', '用太多', '吃太多'],
    severity: 'block',
    message: '拿买家平时用便宜货来贬低买家的品味（规则 2.4）',
    sentence: [/速溶|地摊|便宜货|便宜的|廉价|低端|杂牌|山寨|劣质|勾兑|香精|工业/, /真正的|正宗的|这才是|就是这个味|不是[^，。]{0,4}问题|不懂/, /(?:您|你)|平时|平常|估计|可能|怕是/],
    window: 30,
    deniable: false,
  },
  {
    // 你睇唔明说明书咩 / 识唔识睇㗎 — Cantonese "can't you read" asked of the buyer.
    words: ['睇唔明', '睇唔清', '唔识睇', '识唔识睇', '识唔识字', '唔识字', '睇唔到'],
    severity: 'block',
    message: '用反问嘲讽买家看不懂（规则 2.4）',
    sentence: [/你|您|佢/, /咩|呀嘛|啊嘛|㗎|仲要问|仲问|？|\?|识唔识/],
    window: 20,
    notSentence: /我睇|我都|我哋|我們|帮你|幫你|翻译|翻譯/,
    deniable: false,
  },
  {
    // 您这操作我是服的 / 你这操作真秀 — sarcastic awe at the buyer's move.
    words: ['您这操作', '你这操作', '您这个操作', '你这个操作', '您这波操作', '你这波操作', '这波操作'],
    severity: 'block',
    message: '反话讽刺买家的“操作”（规则 2.4）',
    after: /^[^，。]{0,6}(?:服|秀|牛|666|6|绝|佩服|开眼|看呆|惊呆|叹为观止|长见识|涨知识)/,
    notAfter: /^[^，。]{0,6}(?:没问题|正确|对的|没错|完全对)/,
    deniable: false,
  },
  {
    // 下单的时候是闭着眼睛点的吗 — the buyer asked if they ordered blind (not 闭眼入, 闭着眼睛都能选对).
    words: ['闭着眼睛', '闭着眼', '蒙着眼'],
    severity: 'block',
    message: '反问买家是否“闭着眼睛下单”，属于嘲讽（规则 2.4）',
    after: /^(?:睛)?(?:点|选|拍|买|下单|下的单|填|看|签收|付款)[^，。？]{0,3}(?:的吗|的吧|的啊|的呀|吗|的？|的\?)/,
    deniable: false,
  },
  {
    // 好的好的您最有理 — sarcastic capitulation (as 您最大, 您说什么都对).
    words: ['您最有理', '你最有理', '您最有道理', '你最有道理', '您有理您有理', '你有理你有理', '您永远是对的', '你永远是对的'],
    severity: 'block',
    message: '反话式地“认输”，嘲讽买家（规则 2.4）',
    notSentence: /确实|抱歉|对不起|是我们|我们的问题|没写清|谢谢/,
    deniable: false,
  },
  {
    // 那边的服务才配得上您的要求 — the buyer's demands mocked as too grand for the shop.
    words: ['配得上您的要求', '配得上你的要求', '配得上您的身份', '配得上你的身份', '配得上您的标准', '满足得了您的要求', '伺候得了您', '入得了您的眼'],
    severity: 'block',
    message: '讽刺买家要求高、身份贵，把买家往外推（规则 2.4）',
    sentence: /才|去|别家|专柜|线下|别的店|只有/,
    deniable: false,
  },
  {
    // 两百块的包要求跟大牌一个做工，您的期待值还挺高 — ironic remark on a small spend's high hopes.
    words: ['期待值', '期望值', '要求还挺高', '要求挺高', '要求真高', '要求可真高', '要求还真高', '要求不低', '要求还不低'],
    severity: 'block',
    message: '讽刺买家花钱少还要求高（规则 2.4）',
    sentence: [/(?:您|你)/, /[0-9一二两三四五六七八九十几百]+(?:块|元)|这点钱|这个价/],
    notSentence: /理解|可以理解|正常|我们|确实/,
    window: 30,
    deniable: false,
  },
  {
    // 这种常识问题真的不用专门来问客服 — the buyer's question called common knowledge not worth asking.
    // (round 36, t36e: …or the buyer's slip said to follow of course, as common sense — 外帐内帐贴在一起，雨水当然会渗进来，这是基本常识 /
    // 七月寄巧克力肯定会化，常识嘛; not a rule told plainly, 锂电池不能托运是基本常识，我们走陆运)
    words: ['常识问题', '常识性问题', '基本常识', '这种常识', '这点常识', '生活常识', '常识都', '常识嘛', '这是常识', '属于常识', '常识啊', '常识吧'],
    severity: 'block',
    message: '说买家问的是“常识问题”，贬低买家（规则 2.4）',
    sentence: /不用|没必要|不需要|还要问|还问|也问|也要问|都不知道|都不懂|都没有|专门来问|当然会|当然要|肯定会|自然会|(?:您|你)[^，。！？]{0,8}(?:贴|放|晒|洗|泡|压|折|砍|摔|拽|用反|装反|看反)/,
    notSentence: /很多人|不少人|正常|不怪|没关系|不是常识/,
    deniable: false,
  },
  {
    // 呵呵，您这审美真独特 — the buyer's taste called 'unique' with a sneer (not 您眼光真独特，这款很小众).
    words: ['审美', '品味', '品位', '眼光', '口味'],
    severity: 'block',
    message: '带嘲讽地说买家的审美“独特”（规则 2.4）',
    before: /(?:您|你)(?:这|的|这个)?$/,
    after: /^(?:真|可真|还真|是真|也太|太|挺|很|蛮)?(?:独特|清奇|别致|与众不同|特别|别具一格|感人|新颖)/,
    unless: noSneer,
    deniable: false,
  },
  {
    // 您估计欣赏不来，别浪费钱了 — the buyer said to lack the taste for the goods.
    words: ['欣赏不来', '欣赏不了', '品不出来', '品不来', '领略不了', '体会不到', 'get不到', '消受不了'],
    severity: 'block',
    message: '断言买家品味不够、欣赏不来，贬低买家（规则 2.4）',
    sentence: [/(?:您|你)/, /别浪费|浪费钱|讲究|品味|品位|档次|懂行|懂的人|识货/],
    notSentence: /我们|我也|说明/,
    window: 30,
    deniable: false,
  },
  {
    // 您这口音我实在听不懂，要不找个会说普通话的家人 — the buyer's accent mocked (not 语音我这边听不清，是我网络的问题).
    words: ['口音', '普通话', '方言', '塑料普通话', '乡音'],
    severity: 'block',
    message: '嘲讽买家的口音、普通话（规则 2.4）',
    before: /(?:您|你)(?:这|那|的|这个|那个|这口)?$/,
    sentence: /听不懂|听不明白|没听明白|没听懂|听了[一二两三四五几好多]+遍|会说普通话|翻译一下|外星语|鸟语|猜/,
    notSentence: /是我|我这边|网络|信号|麻烦您打字|抱歉|不好意思|没关系|正常/,
    window: 30,
    deniable: false,
  },
  {
    // 谢谢您百忙之中来给我们找茬 — the buyer's complaint called fault-finding with us as the object (DISMISSALS skip 我们找茬).
    words: ['找茬', '找碴', '挑刺', '挑毛病'],
    severity: 'block',
    message: '说买家是来“找茬”的，嘲讽买家（规则 2.4）',
    before: /(?:来|专门|特意|特地|抽空|百忙之中)[^，。]{0,4}(?:给|跟|找|帮)我们$/,
    deniable: false,
  },
  {
    // 您这么有钱，还在乎这几块运费 — ironic wealth over a trifle.
    words: ['这么有钱', '那么有钱', '这么富', '那么富', '这么阔', '大款', '土豪', '富婆', '富豪'],
    severity: 'block',
    message: '反话讽刺买家“有钱”还计较小钱（规则 2.4）',
    sentence: [/(?:您|你)/, /还在乎|还计较|还差|还心疼|还舍不得|还要退|还砍价|还讲价|几块|这点钱|这点运费|几毛/],
    window: 30,
    deniable: false,
  },
  {
    // 这款是给有品位的人准备的，您可以看看别的 — goods kept for a kind of people the buyer is said not to be.
    words: ['有品位的人', '有品味的人', '懂行的人', '识货的人', '有眼光的人', '懂的人', '有格调的人', '有身份的人', '有钱人'],
    severity: 'block',
    message: '暗示买家不配这款商品，贬低买家（规则 2.4）',
    sentence: /(?:您|你)[^，。]{0,6}(?:看看别的|看别的|别的款|不适合|就算了|别看了|可以不买|不用看|去别家)/,
    window: 30,
    deniable: false,
  },
  {
    // 您的智商让我们很感动 — the buyer's wits said to move or stun us (irony).
    words: MIND,
    severity: 'block',
    message: '反话讽刺买家的智商（规则 2.4）',
    before: /(?:您|你)(?:的|这|这个)?$/,
    after: /^[^，。]{0,4}(?:让|令|叫)(?:我|我们|人|大家)[^，。]{0,3}(?:感动|震撼|震惊|叹服|折服|开眼|大开眼界|自愧不如|望尘莫及|无话可说)/,
    deniable: false,
  },
  {
    // 您这品味，我们店可能满足不了 — the buyer's taste said to be beyond the shop (irony).
    words: ['品味', '品位', '审美', '眼光', '要求'],
    severity: 'block',
    message: '反话讽刺买家的品味、要求，把买家往外推（规则 2.4）',
    before: /(?:您|你)(?:这|的|这个|这么高的)$/,
    after: /^[^。]{0,12}(?:满足不了|伺候不了|伺候不起|高攀不起|配不上|入不了)/,
    notSentence: /抱歉|不好意思|缺货|没有货|断货/,
    deniable: false,
  },
  {
    // 您还是去看看九块九包邮的吧 — the buyer sent to the cheapest stalls.
    words: ['九块九', '9块9', '9.9包邮', '两元店', '十元店', '地摊', '路边摊', '拼夕夕', '批发市场', '小卖部'],
    severity: 'block',
    message: '把买家打发去地摊、九块九，嘲讽买家的经济条件（规则 2.4）',
    before: /(?:还是|不如|要不|干脆)(?:去|到)?(?:看看|逛逛|找找|买|淘|瞅瞅)?(?:那种|那些)?$/,
    sentence: /您|你/,
    deniable: false,
  },
  {
    // 您一个月工资够买几瓶 — the buyer's pay measured against the goods.
    words: ['工资够', '月薪够', '收入够', '工资够不够', '工资买得起', '工资买几', '工资能买'],
    severity: 'block',
    message: '拿买家的收入说事，嘲讽买家（规则 2.4）',
    sentence: [/(?:您|你)/, /几|吗|够不够|？/],
    notSentence: /分期|免息|我们|我的/,
    deniable: false,
  },
  {
    // 您的退货理由我们全店都传阅了，大家笑了一下午 — the buyer's words passed round the shop as a joke.
    words: ['传阅', '笑了一下午', '笑了半天', '乐了半天', '笑翻了', '笑疯了', '截图发群', '发到群里', '当笑话'],
    severity: 'block',
    message: '把买家的话当笑话在店里传看，嘲讽买家（规则 2.4）',
    sentence: [/(?:您|你)的?[^，。]{0,6}(?:理由|评价|留言|差评|消息|语音|照片|问题|投诉|要求|买家秀)/, /全店|大家|同事|我们都|群里|传阅|当笑话/],
    // Round 32 (t32f): …nor the buyer invited to post their own photo in the shop's group for a reward (您的照片发到群里参加抽奖就能
    // 领券): a shop event, no one laughing.
    notSentence: /可爱|到位|太有才|谢谢|感动|温暖|好评|夸|抽奖|领券|返图|晒图|晒单|有奖|(?:参加|参与)[^，。！？]{0,6}?活动/,
    window: 30,
    deniable: false,
  },
  {
    // 您这个年纪还追这种潮牌，挺有勇气的 — the buyer's age set against a bold taste (not 您这个年纪用这款刚好).
    words: ['这个年纪', '这把年纪', '这岁数', '这个岁数', '这年纪', '这个年龄', '这把岁数'],
    severity: 'block',
    message: '拿买家的年龄嘲讽买家的选择（规则 2.4）',
    before: /(?:您|你)$/,
    sentence: /勇气|胆子(?:真|挺|可)?大|装嫩|还追|还学人家|老来俏|还穿这么|还想穿|还好意思/,
    deniable: false,
  },
  {
    // 建议您先补补基础知识再来咨询 — the buyer sent to catch up on the basics before asking (not 先了解一下成分再选).
    words: ['补补基础', '补一补基础', '补补常识', '补一补常识', '恶补一下', '补补课', '补一下课', '补补知识', '补一补知识', '补习一下基础'],
    severity: 'block',
    message: '居高临下地让买家“先补补基础”，贬低买家（规则 2.4）',
    sentence: /再来|再问|再咨询|再找|再说/,
    notSentence: /我们|我也|我自己|宝宝|孩子/,
    deniable: false,
  },
  {
    // 祝您找到更有耐心的商家 — a closing wish that another shop bear the buyer.
    words: ['更有耐心', '脾气更好', '受得了您', '受得了你', '忍得了您', '忍得了你', '伺候得了您', '伺候得了你', '更能忍'],
    severity: 'block',
    message: '阴阳怪气的结束语，暗讽买家难缠（规则 2.4）',
    sentence: /祝|希望|找到|遇到|碰到|商家|店|客服/,
    notSentence: /我们会|我会|我们也|我也|培训|改进/,
    deniable: false,
  },
];

/** A yes-or-no choice right before 随您: 评不评都, 传不传都, 要不要带图都 (round 10, t10e). */
const A_NOT_A_CHOICE = /(\p{Script=Han})(?:[没不])\1[^，。！？]{0,5}(?:都|全|就)?$/u;
/** What makes that choice a shrug at the buyer's complaint: a complaint word or a shrug. */
// A dare riding with an inspection vouched for (有本事去告，我们不怕查; 尽管去，我们不怕查).
const INSPECTION_DARE = /有本事|有能耐|有种|尽管|随便|随您|随你|呗|去吧|等着|无所谓|反正|爱(?:告|查|投|去)|看谁/;
const SHRUG_AT_COMPLAINT = /差评|投诉|举报|告|曝光|12315|消协|无所谓|反正|爱(?:写|评|怎|咋|干|买|要|投)|懒得|不在乎|不怕|没人|随便|怎么(?:评|写)|管不着|关我|关我们/;

// Round 23 (t23cd): the complaint met with a remedy already under way (您说的漏液问题我们已经安排补发，评价改不改都随您): the choice is left
// to the buyer with no pressure — a shrug only with a shrug word (无所谓, 反正, 没人看…), not the complaint's name alone.
const REMEDY_GIVEN = /补发|重发|重新发|退款|退货|换货|赔付|补偿|退差价|(?:已经|已|马上|这就|立即|尽快)(?:给您|为您|帮您)?(?:安排|处理|退|补|换|寄|重新)/;
const SHRUG_WORD = /无所谓|反正|爱(?:写|评|怎|咋|干|买|要|投)|懒得|不在乎|不怕|没人|随便|怎么(?:评|写)|管不着|关我|关我们|吓唬|威胁/;

/** A friendly notice to the buyer (亲爱的女王大人，您的包裹到啦; 订单已经打包好啦; 生日快乐). */
const FRIENDLY_NOTICE = /亲爱的(?:女王|公主)|(?:包裹|快递|宝贝|礼物|新品|货|订单|单子)(?:已经|已|都|马上|正在|明天|今天|下午|上午|就|也){0,2}(?:到|发|签收|送达|上架|打包|揽收|出库|派送|寄出|安排)|请查收|福利|专属|感谢|谢谢|祝(?:您|你)|生日快乐|节日快乐/;
/** …and what turns it into mockery: impatience or mock servility (还催什么, 别再催了, 遵命, 伺候, 哪敢怠慢, 满意了吧). */
const MOCK_SERVICE = /催|急什么|急啥|烦不烦|遵命|伺候|哪敢|怠慢|吩咐|小的|奴才|满意了吧|行了吧|够了吧|还有什么要求|还想怎样|还要怎样|什么就是什么/;

/** The sentence around an A-not-A choice left to the buyer holds no shrug at a complaint — or a remedy under way and no shrug word. */
const choiceLeftFreely = (s: string): boolean => !SHRUG_AT_COMPLAINT.test(s) || (REMEDY_GIVEN.test(s) && !SHRUG_WORD.test(s));

/** Round 30 (t30b): the buyer's words reported in the clause (您说…, 您刚才说…, 您提到…), not agreed with (您说得对). */
const BUYER_SAID = /(?:您|你|亲)(?:刚才|刚刚|之前|上次|刚|也)?(?:说|讲|提到|表示|留言说|留言)(?!的对|得对|的没错|得没错)/;
/** …and the shop's yes to it: the buyer's right granted, or the way shown. */
const BUYER_RIGHT_GRANTED = /可以的|没问题|当然可以|是您的权利|您的权利|您有权|有权利|(?:投诉|申诉|维权)入口|入口在|我们接受|我们配合|我们尊重/;

// Round 33 (t33b, ROUND33_CUES): veiled put-downs by frame — a mock congratulation on money "saved" by a refund (not a coupon
// or a price-protection refund), staff said to laugh or groan at the sight of the buyer's order, the buyer's question called
// unforeseen by our manuals, ironic self-abasement before a "noble" buyer (我们不配…您这么高贵的), reading aids for adults
// (带拼音的版本; not children's books), schooling asked (初中毕业了吗), a garment pitied for the buyer's body (别为难这件衣服),
// a child who manages what the buyer failed at (我家五岁闺女都会…您再试试; not ease of use in a pitch), the buyer's fussiness
// told with a degree word (您这人事儿特别多), our own repeat counted out (我再说第四遍), 您跟得上吗 after slow typing, and the
// buyer's taste likened to a low place (您这口味有点菜市场那个路子).
const CHILD_KIN = ['闺女', '女儿', '儿子', '小孩', '孩子', '娃', '侄子', '侄女', '孙子', '孙女', '外甥', '小朋友', '幼儿园小朋友', '小学生'];
const ROUND33_CUES: Cue[] = [
  {
    // 退款给您退了，恭喜您又省下二十九块九 — a refund mocked as the buyer's saving (not 价保退差价，恭喜您省了20元, not a coupon).
    words: ['恭喜您', '恭喜你', '恭喜亲', '恭喜'],
    severity: 'block',
    message: '用“恭喜省钱”嘲讽买家退款，属于阴阳怪气（规则 2.4）',
    after: /^[^，。]{0,3}?(?:又|成功|再次|再一次|终于)?(?:省下|省了|省回|省到|挽回|赚回|保住|守住|拿回)/,
    sentence: /退款|退货|退了|退回|退您|退你|取消订单|拒收|仅退|退单/,
    window: 40,
    notSentence: /差价|价保|保价|补差|优惠券|满减|用券|领券|活动|会员|折扣|红包|补贴|返现|积分|抽中|秒杀|运费险/,
    deniable: false,
  },
  {
    // 仓库同事一看到您的单号就开始笑 / 一听到您的名字就头疼 — staff said to laugh or groan at the sight of the buyer.
    words: ['一看到您', '一看到你', '一看见您', '一看见你', '一听到您', '一听到你', '一听您', '一看您', '一收到您', '一收到你', '一提到您', '一提起您', '一说起您', '一说到您', '一见到您', '一见您',
      '看到您的名字', '看到你的名字', '看到您的单号', '看到你的单号', '看到您的订单', '看到你的订单', '看到您的头像', '看到你的头像', '看到您的消息', '看到你的消息'],
    severity: 'block',
    message: '说店员一见到买家就发笑、头疼，嘲讽买家（规则 2.4）',
    after: /^[^，。]{0,8}?(?:就|都)(?:开始|忍不住|直接|立马|马上)?(?:笑|乐|头疼|头大|头痛|发愁|发怵|害怕|躲|崩溃|哆嗦|发抖|叹气|翻白眼|摇头|犯愁|想辞职|想跑|想哭|绕着走|皱眉)/,
    notSentence: /好评|夸|表扬|感谢|开心|高兴|暖心|感动|贴心|亲切|喜欢|惊喜|可爱|老朋友|老顾客|熟悉|回头客|笑开了花|乐开了花/,
    deniable: false,
  },
  {
    // 培训手册写了两百页都没料到有人能问出来 — the buyer's question shown off as unheard of.
    words: ['有人能问出', '有人会问出', '有人问得出', '有人能问这', '有人会问这', '有人能想出', '有人想得出', '有人能提出', '有人提得出', '有人能说出', '有人说得出', '有人能想到', '有人会想到'],
    severity: 'block',
    message: '把买家的问题说成“闻所未闻”，属于嘲讽（规则 2.4）',
    sentence: /没料到|没想到|想不到|料不到|从没|从来没|头一回|第一次|都没|竟然|居然|手册|培训|开了眼|开眼|长见识|大开眼界|服了|佩服/,
    window: 40,
    notSentence: /好问题|问得好|问得很好|专业|细心|谢谢|感谢|宝贵|建议/,
    deniable: false,
  },
  {
    // 您这个问题很有创意，…都没料到 — the buyer's question praised ironically, with the wonder beside it.
    words: ['有创意', '有想象力', '很新颖', '真新颖', '挺新颖', '很别致', '真别致', '很独特', '真独特', '很清新', '真清新', '脱俗', '出人意料', '超出想象', '超乎想象'],
    severity: 'block',
    message: '反话式“夸奖”买家的问题，属于嘲讽（规则 2.4）',
    before: /(?:您|你)(?:的|这个|这|这种|提的|问的)?(?:问题|问法|提问|想法|操作|理解|思路|脑回路|逻辑|用法)(?:真|很|太|挺|好|可|可真|倒是|也|是|还真|还挺|实在)?(?:是)?$/,
    sentence: /没料到|没想到|想不到|料不到|都没|竟然|居然|手册|培训|开了眼|开眼|长见识|大开眼界|服了|佩服|头一回|第一次见|从没见|我们全体|全组|同事们都/,
    window: 40,
    notSentence: /谢谢|感谢|采纳|反馈给|转达|会考虑|建议很好/,
    deniable: false,
  },
  {
    // 是我们不配把东西卖给您这么高贵的客人 — ironic self-abasement before a "noble" buyer.
    words: ['这么高贵', '如此高贵', '这样高贵', '这么尊贵', '如此尊贵', '这样尊贵', '这么金贵', '这么高级', '这么了不起', '这么有身份', '这么有地位', '这么大牌'],
    severity: 'block',
    message: '以“我们不配”的反话嘲讽买家（规则 2.4）',
    before: /(?:您|你|阁下|您老)$/,
    sentence: /不配|配不上|高攀|伺候不起|惹不起|服务不起|招待不起|够不上|供不起|入不了|不敢卖|卖不起|不敢接/,
    window: 40,
    deniable: false,
  },
  {
    // 我们不配服务您这样的贵客 / 小店不配 — the same irony, anchored on the shop's 不配 beside a noble title for the buyer.
    words: ['我们不配', '小店不配', '本店不配', '我们哪配', '小店哪配', '我们高攀不起', '小店高攀不起', '我们伺候不起', '小店伺候不起'],
    severity: 'block',
    message: '以“我们不配”的反话嘲讽买家（规则 2.4）',
    sentence: /高贵|尊贵|贵客|大人物|大小姐|少爷|上帝|大佛|贵人|金贵|了不起|说的都对|说得都对|您最大|你最大/,
    window: 40,
    deniable: false,
  },
  {
    // 要不我给您出个带拼音的版本 — a reading aid for a child offered to an adult buyer (not a children's book with pinyin).
    words: ['带拼音', '拼音版', '注音版', '加拼音', '标拼音', '配拼音', '拼音的版本', '标上拼音', '加上拼音', '注上拼音', '配上拼音', '拼音对照'],
    severity: 'block',
    message: '暗示买家不识字，嘲讽买家（规则 2.4）',
    sentence: /(?:给|帮|为)(?:您|你)|(?:您|你)(?:看|读|需要|要)/,
    notSentence: /宝宝|孩子|小朋友|儿童|绘本|识字|早教|学前|点读|读物|卡片|课本|字帖|图书|故事|儿歌|输入法|键盘|外国|留学|老外|华裔|汉语学习|学中文/,
    deniable: false,
  },
  {
    // 初中毕业了吗亲？ — the buyer's schooling asked about (not a child's: 孩子初中毕业了吗).
    // (round 57, eng57a: 幼儿园毕业了吗 too — the lowest school asked about is the sharpest jab)
    words: ['幼儿园毕业', '幼儿园毕没毕业', '初中毕业', '高中毕业', '小学毕业', '初中毕没毕业', '小学毕没毕业', '义务教育读完', '九年义务教育读完', '初中读完', '小学读完', '小学上完', '初中上完'],
    severity: 'block',
    message: '用反问嘲讽买家的文化水平（规则 2.4）',
    after: /^(?:了)?(?:吗|么|没|没有|了没|了吧|没啊)/,
    notBefore: /(?:孩子|宝宝|小孩|儿子|女儿|闺女|学生|弟弟|妹妹)[^，。]{0,2}$/,
    notSentence: /孩子|宝宝|儿子|女儿|闺女|学生|考生|礼物|学历|招聘|报名/,
    deniable: false,
  },
  {
    // 尺码往上拿两个码，就别为难这件衣服了 — a garment pitied for the buyer's body.
    words: ['为难这件', '为难这条', '为难这双', '难为这件', '难为这条', '难为这双', '委屈这件', '委屈这条', '折磨这件', '折磨这条', '折磨这双', '放过这件', '放过这条', '放过这双',
      '饶了这件', '饶了这条', '饶了这双', '为难衣服', '为难裤子', '为难裙子', '为难拉链', '为难扣子', '为难鞋子', '难为拉链', '难为扣子', '难为衣服', '难为裤子', '放过拉链', '放过扣子',
      '心疼这件', '心疼这条', '心疼拉链', '心疼扣子', '心疼衣服', '心疼裤子'],
    severity: 'block',
    message: '借衣物“受罪”暗讽买家身材（规则 2.4）',
    sentence: /别|不要|就别|饶了|放过|何必|省得|别再|心疼|可怜|受罪|撑|尺码|码|胖|身材/,
    notSentence: /洗衣机|烘干|暴晒|熨|漂白|机洗|手洗|干洗|烫/,
    deniable: false,
  },
  {
    // 这个操作我家五岁闺女都会…您再试试 — a child said to manage what the buyer failed at (not 简单到孩子都会用 in a pitch).
    words: CHILD_KIN,
    severity: 'block',
    message: '拿小孩比买家，嘲讽买家的能力（规则 2.4）',
    after: /^[^，。？]{0,4}?(?:都|也)(?!会自己|能自己)(?:会|能|懂|学会了|搞得定|弄得好|弄明白|会弄|会用|会扫|会操作|知道怎么)/,
    sentence: /(?:您|你)(?:再|还是|怎么|咋|居然|竟然|就|都)?(?:再)?(?:试试|试一下|试一次|弄不|搞不|学不|不会|没弄|没搞|操作不|看不)|(?:您|你)[^，。]{0,4}(?:怎么|咋)(?:就|还)?不/,
    window: 40,
    // (help offered beside it is reassurance: 步骤很简单…您再试一次，不行我截图给您)
    notSentence: /适合|推荐|礼物|送给|简单好用|上手快|放心|不用担心|别担心|别着急|别急|我来|我帮|远程|视频教|很简单|挺简单|非常简单|步骤|不行(?:的话)?我|我(?:截图|发|教|录)|图解|教程/,
    deniable: false,
  },
  {
    // 说您这人事儿特别多 — the buyer's fussiness told with a degree word between (事儿多 is covered; not 最近店里事儿特别多).
    words: ['事儿特别多', '事特别多', '事儿太多', '事太多', '事儿真够多', '事儿可多', '事可多', '事儿挺多', '事挺多', '事儿非常多', '事非常多', '事儿比较多', '事比较多', '事儿贼多', '事贼多',
      '事儿超多', '事超多', '事儿巨多', '事巨多', '毛病特别多', '毛病太多', '毛病挺多', '毛病真多', '毛病贼多', '屁事多', '屁事儿多'],
    severity: 'block',
    message: '说买家“事儿多”，贬低买家（规则 2.4）',
    before: /(?:您|你|(?:这|那|该)(?:个|位)?(?:人|买家|客人|顾客|亲|主|客户))(?:这人|这个人|这种人|这位)?(?:是|就是|可是|真是|也是)?$/,
    deniable: false,
  },
  {
    // 不行我再说第四遍，第五遍也行 — our repeat counted out to the buyer (not 抱歉让您说了第三遍, not a rinse count).
    words: ['第三遍', '第四遍', '第五遍', '第六遍', '第七遍', '第八遍', '第九遍', '第十遍', '第n遍', '第一百遍', '第八百遍', '第一千遍', '第一万遍', '第十八遍', '第二十遍'],
    severity: 'block',
    message: '数着遍数重复解释，表达不耐烦，属于引起不满的字句（规则 2.4）',
    sentence: /(?:我|再|已经|都)[^，。]{0,4}(?:说|讲|解释|重复|回答|强调|告诉|念|打)/,
    // (the agent's own fault owned: 我已经解释第三遍了，应该是我没说清楚，我换个方式讲)
    window: 40,
    notSentence: /抱歉|不好意思|对不起|让您|辛苦您|麻烦您|没说清|没讲清|没解释清|没表达清|换个方式|换种方式|换个说法|换种说法|换个角度|我的问题|我表达|洗|冲|漂|涂|擦|抹|刷|喷|揉|按|敷|拍打|搅|过滤|煮|泡/,
    deniable: false,
  },
  {
    // 我打字慢点，您跟得上吗 — the buyer asked if they can keep up with plain text.
    words: ['跟得上吗', '跟得上么', '跟得上不', '能跟上吗', '跟上了吗', '跟上没', '跟得上嘛', '反应得过来吗', '反应过来了吗', '消化得了吗', '听得明白吗', '看得明白吗'],
    severity: 'block',
    message: '暗示买家反应慢、理解力差，属于嘲讽（规则 2.4）',
    before: /(?:您|你)(?:能|还|都)?$/,
    sentence: /慢点|慢一点|慢慢|打字|一个字一个字|放慢|简单点|说简单|大白话/,
    notSentence: /物流|发货|库存|进度|课程|训练|配送|产能|补货|体力|抱歉|不好意思/,
    deniable: false,
  },
  {
    // 您这口味有点菜市场门口那个路子 — the buyer's taste likened to a low place or a scorned type.
    words: ['口味', '品味', '品位', '审美', '眼光', '穿搭', '风格', '喜好', '格调'],
    severity: 'block',
    message: '贬低买家的品味，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:这|的|这个|这种)$/,
    after: /^[^。]{0,10}?(?:菜市场|地摊|城乡结合部|乡镇|土味|农家乐|夜市|广场舞|发廊|洗浴|洗脚城|县城|村口|乡下|农村|大妈|老太太|土里土气|土气|暴发户|小镇|路边摊|批发市场|网吧|杀马特|非主流)/,
    notSentence: /推荐|可以看看|可以试试|同款|风味|特产|口碑/,
    deniable: false,
  },
  {
    // 这位顾客爱挑刺 / 您这人特别难缠 / 那个买家是出了名的难伺候 — the buyer's character judged, to the buyer or told to a third party
    // (a courier, the warehouse). Not praise (这位顾客很细心), not 这位顾客麻烦您… (a request), not the buyer's problem (这位顾客的问题很麻烦).
    words: ['您这人', '你这人', '您这个人', '你这个人', '这位顾客', '这位买家', '这位客人', '这个买家', '这个顾客', '这个客人', '这买家', '这顾客', '这客人', '该买家', '该顾客',
      '那个买家', '那位买家', '那个顾客', '那位顾客', '那位客人', '那个客人', '这位亲', '恁这人', '侬这人', '侬个人', '你个人', '这家人', '那家人', '这户人家', '那户人家', '这一家子', '这家子'],
    severity: 'block',
    message: '评判买家“难缠、爱挑刺”等人品脾性，贬低买家（规则 2.4）',
    after: /^(?:是|就是|真是|可是|也是|实在|确实|本来就)?(?:个|出了名的)?(?:咋个|咋|怎么)?(?:这么|那么|恁|介|老|特别|非常|太|很|挺|超|贼|巨|有点|有些|比较|真|真的|相当|格外|极其)?(?:爱|喜欢|就爱|总爱|老爱|专门)?(?:挑刺|挑毛病|找茬|找碴|找事|难缠|难伺候|难搞|事儿多|事多|矫情|刁钻|刁蛮|抠门|抠搜|小气|难说话|难沟通|不讲理|胡搅蛮缠|无理取闹|能作|能闹|爱闹|斤斤计较|磨叽|墨迹|事儿精|事精|不好惹|不是善茬|不好打发|难打发)/,
    deniable: true,
  },
  {
    // 算了算了，跟您说不明白 / 跟你讲不通 — the buyer written off as beyond explaining (not 电话里说不清，我发图给您).
    words: ['跟您说不明白', '跟你说不明白', '跟您说不清', '跟你说不清', '跟您讲不通', '跟你讲不通', '跟您讲不明白', '跟你讲不明白', '跟您说不通', '跟你说不通', '和您说不明白',
      '和你说不明白', '和你讲不通', '和您讲不通', '跟您解释不清', '跟你解释不清', '跟您解释不通', '跟你解释不通', '跟您掰扯不清', '跟你掰扯不清', '跟您沟通不了', '跟你沟通不了'],
    severity: 'block',
    message: '说“跟您说不明白”，放弃沟通并贬低买家（规则 2.4）',
    sentence: /算了|反正|懒得|根本|真是|实在是|怎么|咋|就这样|随便|爱咋|拉倒/,
    window: 30,
    notSentence: /图|截图|视频|链接|文字|打字|电话里|语音|发您|发给您|发你|抱歉|不好意思|我这边|我表达|我没/,
    deniable: false,
  },
  {
    // 您家是不是没有镜子 / 先照照镜子再下单 — the buyer told to look in a mirror (not a mirror sold or given).
    words: ['没有镜子', '没镜子', '没照过镜子', '照照镜子', '照下镜子', '照一下镜子', '照过镜子', '不照镜子', '买面镜子', '买个镜子'],
    severity: 'block',
    message: '让买家“照照镜子”，嘲讽买家的外貌（规则 2.4）',
    sentence: /(?:您|你)/,
    notSentence: /的话|送|赠|附|配|款|尺寸|安装|挂|化妆镜|镜面|试衣镜|全身镜|浴室|镜柜|对着镜子|照镜子的时候|照镜子时|效果/,
    deniable: false,
  },
  {
    // 这味道您闻不出来？鼻子还好吧 — the buyer's senses doubted over a dispute (not care after use: 用了以后眼睛还好吧？有不适请停用).
    words: ['鼻子还好吧', '鼻子没问题吧', '鼻子还行吗', '鼻子还好吗', '耳朵还好吧', '耳朵没问题吧', '眼睛还好吧', '眼睛没问题吧', '鼻子失灵', '鼻子不灵', '嗅觉有问题', '味觉有问题',
      '鼻子有问题', '舌头有问题', '舌头没问题吧', '味觉还好吧', '嗅觉还好吧'],
    severity: 'block',
    message: '怀疑买家的感官有毛病，嘲讽买家（规则 2.4）',
    sentence: /闻不出|看不出|听不出|尝不出|看不见|闻不到|看不到|尝不到|听不到|这都|这么明显|这么大|这么浓|这么重|都闻|都看|都尝/,
    window: 30,
    notSentence: /用了|使用|停用|不适|刺激|过敏|红肿|疼|痒|涂|滴|敷|医生|就医|鼻炎|感冒|症状|抱歉/,
    deniable: false,
  },
  {
    // 你们那边的人是不是都不太会网购 / 果然是那个地方的人，一点小事就闹 — people of the buyer's place swept together (not tastes,
    // weather or delivery: 你们那边的人都爱吃辣, 你们那边冬天冷).
    words: ['你们那边的人', '你们那里的人', '你们那儿的人', '你们那的人', '您那边的人', '您那里的人', '那个地方的人', '那地方的人', '你们那地方的人', '你们当地人', '你们老家的人',
      '你们那片的人', '你们那一带的人', '你们那块的人', '你们那疙瘩的人'],
    severity: 'block',
    message: '地域歧视、贬低买家所在地的人（规则 2.4）',
    sentence: [/果然|难怪|怪不得|都|就是|一个个|全是|总是|就爱|天生/, new RegExp(`${GROUP_CONTEMPT.source}|不太会|不会|不懂|闹|吵|土|没见过|落后|没文化|素质|骗|赖`)],
    window: 30,
    notSentence: /热情|好客|淳朴|实在|厚道|能吃辣|爱吃|喜欢|口味|习惯|气候|天气|冷|热|包邮|偏远|运费|派送|快递|送货|时效|物流|方言|口音|节日|风俗/,
    deniable: false,
  },
  {
    // 您这个年纪还用这么嫩的色号，挺勇敢的 — the buyer's age against their choice, praised ironically (not 您这个年纪用刚好).
    words: ['这个年纪', '这把年纪', '这岁数', '这个岁数', '这年纪', '这个年龄', '这年龄', '这么大年纪', '这么大岁数', '这个年龄段'],
    severity: 'block',
    message: '拿买家的年龄说事，暗讽买家（规则 2.4）',
    before: /(?:您|你)$/,
    after: /^[^。]{0,12}?还/,
    sentence: /勇敢|胆子|有勇气|敢穿|敢用|敢买|敢涂|敢尝试|装嫩|扮嫩|心态(?:真|挺|可|是)?年轻|挺敢|真敢|不服老|老来俏|返老还童|勇气可嘉/,
    window: 30,
    notSentence: /适合|推荐|刚好|正合适|完全可以|没问题|放心|羡慕|保养得|状态真好|看着年轻/,
    deniable: false,
  },
  {
    // 您是来买东西还是来当甲方的 — a mock choice that files the buyer as a boss, an inspector or a troublemaker.
    words: ['还是来当', '还是来挑', '还是来考', '还是来视察', '还是来审', '还是来教', '还是来找茬', '还是来找事', '还是来找麻烦', '还是来指导', '还是来抬杠', '还是来吵架',
      '还是来闹事', '还是来消遣', '还是来逗', '还是来寻开心', '还是来上课', '还是来砸场子'],
    severity: 'block',
    message: '反问买家“是来买东西还是来找茬”，嘲讽买家（规则 2.4）',
    sentence: /来买|来购物|来下单|来咨询|来问|来看/,
    deniable: false,
  },
  {
    // 这点小钱也要来回折腾，您时间真不值钱 — the buyer's time called worthless.
    words: ['时间真不值钱', '时间不值钱', '时间这么不值钱', '时间可真不值钱', '时间也太不值钱', '时间太不值钱', '时间那么不值钱', '时间也不值钱', '时间很不值钱', '时间挺不值钱'],
    severity: 'block',
    message: '说买家的时间不值钱，嘲讽买家（规则 2.4）',
    before: /(?:您|你)(?:的)?$/,
    deniable: false,
  },
  {
    // 您都快五十了，这款少女心的就算了 — the buyer's age as the reason to give up on the goods (not a parent's age, not fit advice).
    words: ['都快四十', '都快五十', '都快六十', '都快七十', '都四十', '都五十', '都六十', '都七十', '奔四', '奔五', '奔六', '快四十了', '快五十了', '快六十了', '四十多了', '五十多了',
      '六十多了', '一把年纪', '都这岁数', '都这个岁数', '都这把年纪', '都这个年纪'],
    severity: 'block',
    message: '拿买家的年龄说事，劝其别买，贬低买家（规则 2.4）',
    sentence: [/(?:您|你)/, /就算了|就别|算了吧|还是算了|别凑|别跟着|省省|别折腾|别装|装嫩|扮嫩|不合适了|用不上了|穿不了|不配/],
    window: 30,
    notSentence: /孩子|宝宝|妈妈|爸爸|父母|婆婆|公公|长辈|老人家|爷爷|奶奶|推荐|更适合|建议(?:选|拍|试|用)|保养|关节|骨密度|钙|体检|医生/,
    deniable: false,
  },
  {
    // 您这水平也就适合逛逛地摊 — the buyer fit only for a low place.
    words: ['也就适合', '只适合', '就只适合', '也只适合', '就适合', '只配去', '也就配去'],
    severity: 'block',
    message: '说买家只配去地摊、菜市场，贬低买家（规则 2.4）',
    before: /(?:您|你)[^，。]{0,6}$/,
    after: /^[^，。]{0,6}(?:地摊|夜市|菜市场|拼夕夕|路边摊|批发市场|二手市场|九块九|小卖部|两元店|十元店|天桥)/,
    deniable: false,
  },
  {
    // 您这种一看就是没怎么网购过的 — the buyer filed as someone who never shopped or saw good things.
    words: ['没怎么网购过', '没网购过', '没怎么用过智能手机', '没用过智能手机', '没出过远门', '没见过好东西', '没用过好东西', '没吃过好东西', '没穿过好衣服', '没用过好的',
      '没买过好东西', '没怎么上过网', '没上过网', '没用过进口'],
    severity: 'block',
    message: '暗讽买家没见识，贬低买家（规则 2.4）',
    sentence: /一看(?:您|你)?就|肯定|怪不得|难怪|果然|(?:您|你)(?:这种|这样|这类)|估计(?:您|你)|(?:您|你)(?:是不是|是)?(?:从来|压根|根本)/,
    notSentence: /第一次|首次|新手|不用担心|没关系|别担心|放心|教您|指导|步骤|我们会|我帮/,
    deniable: false,
  },
  {
    // 您那点钱我们也不稀罕 — the buyer's money scorned.
    words: ['不稀罕', '稀罕您', '稀罕你', '看不上', '瞧不上', '不缺您', '不缺你', '不差您', '不差你'],
    severity: 'block',
    message: '轻蔑买家的消费金额，贬低买家（规则 2.4）',
    sentence: /(?:您|你)(?:那|这)点(?:钱|小钱|订单|生意|差价|运费)|那几个钱|那几块钱|这几个钱|那仨瓜俩枣|仨瓜俩枣/,
    window: 30,
    deniable: false,
  },
  {
    // 您平时都在哪买衣服，菜市场吗 — a low place guessed as where the buyer shops.
    words: ['菜市场', '地摊', '夜市', '批发市场', '路边摊', '小商品市场', '两元店', '天桥底下', '天桥下'],
    severity: 'block',
    message: '反问买家是不是在地摊、菜市场买东西，嘲讽买家（规则 2.4）',
    after: /^(?:上|里|买的|淘的|来的|上买的|上淘的)?(?:吗|吧|么|嘛|呀|啊)/,
    sentence: /(?:您|你)[^。]{0,12}(?:买|逛|穿|用|淘|在哪|哪儿|哪里)/,
    window: 30,
    notSentence: /骑手|快递|配送|送到|附近|位置|地址|门口|到了|驿站|取件|定位/,
    deniable: false,
  },
  {
    // 我跟您说话就像对着墙 — talking to the buyer likened to talking to a wall.
    words: ['对着墙', '跟墙说话', '对墙说话', '和墙说话', '跟木头说话', '对着空气', '对空气说话', '跟空气说话', '对着木头', '跟石头说话'],
    severity: 'block',
    message: '把跟买家沟通比作对墙说话，贬低买家（规则 2.4）',
    sentence: /(?:跟|和|对|给)(?:您|你)(?:说|讲|聊|沟通|解释)|(?:您|你)/,
    notSentence: /墙贴|墙面|挂墙|贴墙|上墙|安装|壁挂|墙壁|靠墙|投影|音箱|麦克风|测试|试音|练习/,
    deniable: false,
  },
  {
    // 要是都像您这样，我们早关门了 — the buyer as the shop's ruin.
    words: ['早关门了', '早就关门了', '早倒闭了', '早就倒闭了', '得关门', '得倒闭', '早晚关门', '早晚倒闭', '早饿死了', '早就饿死了', '喝西北风', '关门大吉'],
    severity: 'block',
    message: '说买家这样的顾客会让店铺关门，贬低买家（规则 2.4）',
    sentence: /像(?:您|你)|都(?:像|跟)(?:您|你)|(?:您|你)这样的|(?:您|你)这种/,
    notSentence: /支持|照顾|捧场|感谢|谢谢|好评|回头客|老顾客/,
    deniable: false,
  },
  {
    // 您的情况我们在客服群里分享了，大家都觉得很离谱 — the buyer's case passed round the staff for a laugh (not sympathy: 大家都觉得您的
    // 遭遇很离谱，一定帮您讨个说法; not the goods or the courier).
    words: ['都觉得很离谱', '都觉得离谱', '都觉得好笑', '都觉得很好笑', '都觉得很奇葩', '都觉得奇葩', '都觉得无语', '都觉得很无语', '都觉得搞笑', '都觉得可笑', '都笑了', '都无语了',
      '都笑疯了', '都看笑了', '都笑喷了', '都乐了', '笑成一片', '笑得不行'],
    severity: 'block',
    message: '把买家的事拿去给同事取笑，贬低买家（规则 2.4）',
    sentence: [/群|同事|大家|全店|店里|分享|发到|截图|转发|传/, /(?:您|你)/],
    window: 40,
    notSentence: /商品|质量|物流|快递|价格|包装|遭遇|一定|讨个说法|帮您|替您|为您|抱歉|心疼|委屈|好评|可爱|暖心|感动|开心|谢谢/,
    deniable: false,
  },
  {
    // 这种话也就您说得出口 — the buyer's words as shameless.
    words: ['说得出口', '说的出口', '开得了口', '开的了口', '好意思说', '好意思开口', '好意思问'],
    severity: 'block',
    message: '嘲讽买家的话说得出口，贬低买家（规则 2.4）',
    before: /(?:也就|只有|亏|亏得|难为|真亏)(?:您|你)(?:能|还|也)?$|(?:您|你)(?:也|还|居然|竟然|真)$/,
    deniable: false,
  },
  {
    // 您这工资也就够买个小样 — the buyer's income said to fall short.
    words: ['工资', '月薪', '收入', '薪水', '月入', '工资条', '那点钱', '那点工资'],
    severity: 'block',
    message: '嘲讽买家的收入，贬低买家（规则 2.4）',
    before: /(?:您|你)(?:这|的|那|这点|那点)?$/,
    after: /^[^，。]{0,6}?(?:也就|只够|就够|够买|买不起|够呛|不够|够不上|撑不起|配不上|够您|够你)/,
    deniable: false,
  },
  {
    // 您这么大人了还不会… — the buyer's age against a simple failure (not a child: 孩子这么大了还不会说话).
    words: ['这么大人了', '这么大的人了', '这么大个人', '多大的人了', '都多大了', '都多大的人了', '这么大岁数了', '都是成年人了', '都成年了'],
    severity: 'block',
    message: '拿买家的年龄嘲讽其不会操作，贬低买家（规则 2.4）',
    sentence: /还不会|还不懂|还不知道|还搞不|还弄不|还分不清|还要人教|还看不懂|连[^，。]{1,8}都|还用问/,
    notSentence: /孩子|宝宝|小朋友|儿子|女儿|闺女|老人|长辈|弟弟|妹妹|老公|老婆|我家|我们家|我也|我自己/,
    deniable: false,
  },
  {
    // 别人都会，就您不会 — the buyer singled out as the only one who fails.
    words: ['就您不会', '就你不会', '就您不懂', '就你不懂', '就您看不懂', '就你看不懂', '就您搞不懂', '就你搞不懂', '就您弄不明白', '就你弄不明白', '就您事多', '就你事多',
      '就您事儿多', '就你事儿多', '就您毛病多', '就你毛病多', '就您要求多', '就你要求多', '就您问题多', '就你问题多', '就您不满意', '就你不满意', '只有您不会', '只有你不会',
      '只有您看不懂', '只有你看不懂', '偏偏您不会', '偏偏你不会'],
    severity: 'block',
    message: '说别人都行就买家不行，贬低买家（规则 2.4）',
    sentence: /别人|其他人|人家|大家|别的顾客|其他顾客|别的买家|其他买家|都会|都懂|都没问题|都满意|都能/,
    window: 30,
    deniable: false,
  },
  {
    // 一天到晚就知道退退退 — the buyer's refunds or complaints scorned as all they know (not 看完视频您就知道退货流程了).
    words: ['就知道退', '只知道退', '光知道退', '就知道投诉', '只知道投诉', '光知道投诉', '就知道差评', '只知道差评', '就知道给差评', '只知道给差评', '就知道要补偿',
      '只知道要补偿', '就知道占便宜', '只知道占便宜', '就知道白嫖', '退退退', '就知道找茬', '只知道找茬', '就知道骂', '只知道骂'],
    severity: 'block',
    message: '说买家“就知道退、就知道投诉”，贬低买家（规则 2.4）',
    notAfter: /^(?:货|款)?(?:流程|步骤|方法|入口|怎么|规则|政策|地址|的流程|的方法|的入口|进度)/,
    notSentence: /看完|看了|点开|查看|打开|视频|说明|指引|教程|我们/,
    deniable: false,
  },
  {
    // 每次都是你，真是服了 — exasperation at the buyer (not net-slang praise: 这个颜色真的服了，太美了).
    words: ['真是服了', '真服了', '服了你', '服了您', '我服了', '真的服了', '服气了', '我是服了', '真是醉了', '我也是醉了', '我真是醉了'],
    severity: 'block',
    message: '对买家表示“服了”，不耐烦的嘲讽（规则 2.4）',
    sentence: /每次都是(?:您|你)|又是(?:您|你)|(?:您|你)又|怎么又是|又来了|服了(?:您|你)|(?:您|你)(?:这|的)?(?:问题|操作|要求|逻辑|理解)/,
    window: 30,
    notSentence: /好看|太美|漂亮|划算|好用|绝了|厉害|牛|好吃|香|值|便宜|五体投地|佩服|眼光|品味|欢迎|谢谢|感谢/,
    deniable: false,
  },
];

/**
 * Round 35 (t35d): veiled put-downs in the import verticals, each a pair — the buyer (or the buyer's kin, place, home, job or body)
 * as the target, and the put-down turn (futility, waste, mock rarity, mock sympathy, a calling "missed", blame sent home). Plain talk
 * about size, budget, age or a place (您手指偏粗的话选宽版更舒服, 预算有限可以看入门款, 县城也能送到) names the trait and no turn.
 */
// The buyer's senses or level named as too low for the goods: 品不出区别, 以您现在的水平, 你们县城, 平时喝的都是袋泡茶.
const BUYER_LIMIT = /[品喝尝听闻吃]不出|(?:您|你)们?(?:那个|那种)?(?:小)?(?:县城|县里|村里|村子|镇上|乡下|农村|山区|山沟)|以(?:您|你)(?:现在|目前)?的(?:水平|程度|level)|(?:您|你)(?:现在|目前)的(?:水平|程度)|(?:平时|一般)(?:喝|用|穿|戴|吃)的(?:应该|估计|可能)?(?:都是|就是)|(?:您|你)们[^，。！？]{1,4}人[^，。！？]{0,4}(?:都是|就是|都爱|都)/;
const WASTE_HONEST = /过期|放久|太久|受潮|剩下|剩的|用剩|券|优惠|名额|机会|时间|电|水|纸|粮食|食材|折扣|活动|运费|冷冻|冷藏|解冻|化冻|保质期|尽快|新鲜|变质|回潮|串味|温度|火候/;
const ROUND35_CUES: Cue[] = [
  {
    // Round 35 (t35d): the goods said to be wasted on the buyer, whose palate, level, habits or place are named as too low for them
    // (您估计品不出区别，就别浪费了; 你们村那种路，装好的也是白瞎). Not waste of a coupon, a leftover or a product stored badly (别浪费了
    // 这张券, 水温太高有点糟蹋这茶了), nor goods no one can tell apart (两款其实品不出区别，别浪费钱买贵的 — no one's level is named).
    words: ['别浪费了', '也是浪费', '就是浪费', '纯属浪费', '都是浪费', '太浪费了', '白瞎了', '也是白瞎', '糟蹋了', '糟蹋这', '糟践', '暴殄天物', '可惜了这', '也白搭', '也是白搭', '也是摆设'],
    severity: 'block',
    message: '说好东西给买家用是浪费，暗中贬低买家的品味、水平或出身（规则 2.4）',
    sentence: [/(?:您|你)|有些人|这种人/, BUYER_LIMIT],
    notSentence: WASTE_HONEST,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's level named, then the goods' finer points called lost on them (以您现在的水平，这把琴跟两百块的也听不出
    // 区别). Not advice to start with a beginner's model (以您现在的水平，建议先从入门款练起).
    words: ['以您现在的水平', '以你现在的水平', '以您的水平', '以你的水平', '就您的水平', '就你的水平', '就您现在的水平', '就你现在的水平', '以您目前的水平', '以你目前的水平', '按您现在的水平', '按你现在的水平', '以您的段位', '就您这水平', '就你这水平'],
    severity: 'block',
    message: '说买家水平太低、用好东西也是白搭，贬低买家（规则 2.4）',
    sentence: new RegExp(`${SENSE_FUTILE.source}|白瞎|浪费(?!不)|糟蹋|用不出|发挥不出|(?:也|都)[^，。！？]{0,2}(?:听|看|品|喝|尝|分)不出[^，。！？]{0,3}(?:区别|差别|好坏|差异|不同|门道|名堂|高低|来)`),
    notSentence: /建议|推荐|入门款|进阶|循序渐进|可以先|老师/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer (or someone the buyer speaks for) said to be unable to taste a good thing at all (有些人的嘴就是尝不出
    // 好东西, 您这耳朵反正也听不出好赖). Not a brewing fault (泡法不对的话，再好的茶也喝不出好味道).
    words: ['喝不出好东西', '尝不出好东西', '品不出好东西', '吃不出好东西', '听不出好东西', '喝不出好赖', '尝不出好赖', '品不出好赖', '听不出好赖', '吃不出好赖', '分不出好赖', '喝不出好歹', '品不出好歹', '尝不出好歹', '听不出好歹'],
    severity: 'block',
    message: '说买家“品不出好东西”，贬低买家的品味（规则 2.4）',
    before: /(?:嘴|舌头|耳朵|鼻子|就是|天生|反正|根本|压根|本来就)[^，。]{0,3}$/,
    notSentence: /泡法|水温|方法|醒茶|冲泡|刚开始|新手|入门|多喝|慢慢|习惯/,
    deniable: false,
  },
  {
    // Round 35 (t35d): "some people just can't…" said right after the buyer's (or their family's) complaint — the buyer veiled as "some people"
    // (有些人就是用不明白, 有的人天生品不出好坏). Not a taste or a condition some people have (有些人就是喜欢浓一点的, 有的人天生对酒精过敏).
    words: ['有些人就是', '有的人就是', '有些人天生', '有的人天生', '有些人根本', '有的人根本', '有些人压根', '有的人压根', '有些人的嘴', '有的人的嘴'],
    severity: 'block',
    message: '用“有些人就是……”影射买家无能或不识货（规则 2.4）',
    after: /^[^，。！？]{0,6}(?:[用看喝品听学尝搞弄吃闻]不(?:明白|懂|会|出|来)|不识货|没品味|没眼光|不懂(?:行|货|欣赏)?|分不清|识不得)/,
    notSentence: /过敏|体质|敏感|喜欢|偏爱|习惯(?:喝|用)|口味|我们(?:在|会|已经|特意|专门|都|也)|所以我们|为此|为了方便/,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's age as the reason they cannot follow (您那岁数看不明白这些数字的). Not patience offered for it (您这个年纪看不清
    // 小字很正常，我给您发大图).
    words: ['看不明白', '看不懂', '搞不明白', '弄不明白', '搞不懂', '学不会', '用不明白', '整不明白', '玩不明白', '玩不转'],
    severity: 'block',
    message: '拿买家的年龄说事，说买家“看不明白”，贬低买家（规则 2.4）',
    before: /(?:您|你)(?:这|那)(?:个|把)?(?:岁数|年纪|年龄|把年纪)(?:了)?[^，。]{0,4}$/,
    notSentence: /正常|没关系|我(?:们)?(?:给|帮|来)|放大|大字|大图|语音|视频|慢慢/,
    deniable: false,
  },
  {
    // Round 35 (t35d): means mocked as not everyone's (退就退吧，不是每个人都消费得起的). Not a shop's reason for a cheaper line (不是每个人都买得起
    // 正价，所以我们出了平价款).
    // (round 36, t36e: …or every household, 毕竟不是每家都装得起轻奢风)
    words: ['不是每个人都', '不是人人都', '并非人人都', '不是谁都', '不是所有人都', '不是每家都', '不是家家都', '不是每户都', '不是谁家都'],
    severity: 'block',
    message: '暗讽买家买不起，属于嘲讽（规则 2.4）',
    after: /^[^，。！？]{0,4}(?:消费|买|用|穿|戴|养|玩|装|住|吃|喝)得起/,
    sentence: /(?:您|你)|退|理解|懂|嘛|呗/,
    notSentence: /所以我们|我们(?:推出|做了|出了|也有)|平价|入门款|分期|活动/,
    window: 40,
    deniable: false,
  },
  {
    // Round 43 (t43d): a faculty mock-politely said to be not everyone's (味觉这东西也不是人人都有的; 审美可不是谁都有的; 品味这种东西，
    // 不是每个人都具备): the buyer told they lack it. Not a gift encouraged or taught (乐感不是人人都有，多练就好; 天赋不是人人都有的，我们的
    // 课从零教起), nor a rare feature of the goods.
    words: ['不是人人都', '不是每个人都', '不是谁都', '并非人人都', '不是所有人都', '可不是谁都', '不是人人天生'],
    severity: 'block',
    message: '暗讽买家没有味觉、审美等能力，属于嘲讽（规则 2.4）',
    before: /(?:味觉|嗅觉|品味|品位|审美|审美力|眼光|眼力|鉴赏力|鉴赏能力|脑子|智商|情商|常识|悟性|理解力|理解能力|阅读能力|素质|教养|见识|舌头|味蕾)(?:这东西|这种东西|这玩意儿?|这个东西|这回事|这事儿?)?[，,]?(?:也|可|毕竟|确实|本来就|本来|真的|到底)?$/,
    after: /^(?:有|具备|拥有|长|配)/,
    notSentence: /练|学|培养|慢慢|没关系|别担心|不用担心|课程|教程|孩子|宝宝/,
    window: 30,
    deniable: false,
  },
  {
    // Round 35 (t35d): the goods pitied for carrying the buyer's weight (鞋也很无奈, 椅子也遭罪). Not wear told plainly (鞋子穿了一年，也该换了).
    words: ['也挺累', '也很累', '也够累', '也很无奈', '也挺无奈', '也遭罪', '也受罪', '也挺辛苦', '也很辛苦', '也扛不住', '也顶不住', '也吃不消', '也受不了'],
    severity: 'block',
    message: '拿买家的体重说事，说商品“也受罪”，嘲讽买家（规则 2.4）',
    before: /(?:鞋|鞋子|跑鞋|鞋底|车|车子|推车|椅子|凳子|床|床垫|秤|体重秤|垫子|沙发|座椅|缓震|它)$/,
    sentence: /体重|胖|瘦下|没瘦|减肥|斤|身材|块头|分量|压/,
    notSentence: /磨损|一年|两年|多年|该换|超载|承重[^，。]{0,4}(?:以内|以下|范围)/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): futility — whatever is done, the buyer will not understand it anyway (反正说了您也看不懂, 教了你也学不会). Not a fear
    // we act on (怕您看不懂，我们附了中文说明) nor a difficulty owned (说明书写得太绕，您看不明白很正常).
    words: ['看不明白', '看不懂', '搞不明白', '弄不明白', '搞不懂', '学不会', '用不明白', '听不懂', '整不明白'],
    severity: 'block',
    message: '说买家“反正也看不懂”，贬低买家的能力（规则 2.4）',
    before: /(?:反正|横竖|说了|讲了|教了|解释了|测了|看了|给了|用了|学了)[^，。]{0,6}(?:您|你)(?:也|都|还是)$/,
    notSentence: /怕|担心|以防|写得|太绕|太专业|很正常|不怪|我们(?:的|没)/,
    deniable: false,
  },
  {
    // Round 35 (t35d): a blunder called rare, with the buyer as the rare one (装反这种事一年碰不到一个，您也算稀有了). Not a lucky draw or a
    // rare edition (您抽到的是隐藏款，也算稀有了).
    words: ['算稀有', '真稀有', '够稀有', '稀有物种', '稀有动物', '算奇葩', '算个奇葩', '算少见', '算罕见', '真少见', '真罕见', '也是少见', '也是罕见', '独一份'],
    severity: 'block',
    message: '反话说买家“稀有”“少见”，嘲讽买家出错（规则 2.4）',
    before: /(?:您|你)(?:也|可|倒|还|真|可真|真是|也是|是)?(?:算是|算|是)?$/,
    sentence: new RegExp(`${BLUNDER.source}|${UNIQUE_ACT.source}|这种事|这种情况|这种问题|一年|碰到|遇到|见过|出错|弄错|搞错`),
    notSentence: new RegExp(`${LUCKY.source}|补发|换新|抱歉|不好意思|退款|赔`),
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): mock sympathy for the buyer's means on a return (退了也好，量力而行嘛，我们都理解). Not advice on instalments or training
    // (分期请量力而行, 跑量要量力而行).
    words: ['量力而行', '量入为出', '别硬撑', '不要硬撑', '没必要硬撑', '别勉强自己'],
    severity: 'block',
    message: '借“量力而行”暗讽买家买不起，属于嘲讽（规则 2.4）',
    sentence: [/退|差价|贵|价格|价钱|钱|[买用]不起|消费不起/, /理解|也好|嘛|呗|都懂|没关系的|不丢人|正常|笑话/],
    notSentence: /分期|花呗|白条|贷|还款|跑|训练|运动|锻炼|健身|配速|强度|体力|负重|重量|登山|徒步|骑行|游泳/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's job set against the goods with a sneer (送外卖的车装这么多灯不太合适吧，别太讲究了). Not advice for the work
    // (送外卖的车建议装防水款, 跑外卖的电压不一样，直接装不合适).
    words: ['送外卖的', '跑外卖的', '送快递的', '跑快递的', '开滴滴的', '跑滴滴的', '搬砖的', '摆摊的', '种地的', '打工的', '扫大街的', '当保安的', '干保洁的'],
    severity: 'block',
    message: '拿买家的职业说事，暗讽买家不配用好东西（规则 2.4）',
    // (round 42, t42g: …or wondered at as able to afford it, a question or a scoff — 送外卖的也用得起这个色号？别逗了)
    sentence: /也(?:用|买|穿|戴|开|吃|喝|玩)得起[^，。！]{0,10}[？?]|别逗了|别搞笑了|开什么玩笑|不(?:太|大|怎么)?合适吧|别太讲究|讲究什么|讲究啥|有什么好讲究|没必要(?:这么|那么)|没必要吧|不必吧|用不着(?:这么|那么)|用不着吧|也是浪费|白瞎|也配|还想|还用|花这钱|整这么|装这么多[^，。]{0,6}(?:干嘛|干啥|吧)|够用就行吧/,
    notAfter: /^(?:活儿?|工作|时候|话|师傅|朋友|小哥|骑手)/,
    notSentence: /建议(?!您还是别)|推荐|防水|电压|续航|耐用|安全|保险|辛苦|选这|可以选/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's body named and the buyer told not to "try" and to hide it (您手指偏粗，就别挑战了，戴宽版遮一遮). Not a fit
    // suggestion (手指偏粗的话宽版戴着更舒服) nor a slimming cut praised (这款A字裙可以遮一遮小肚子).
    words: ['别挑战了', '就别挑战', '还是别挑战', '不要挑战了', '别挑战这', '别为难自己了', '就别为难'],
    severity: 'block',
    message: '拿买家的身材说事，劝其“别挑战”，贬低买家的外貌（规则 2.4）',
    sentence: [/(?:您|你)(?:这|那|的)?(?:个|种|双|条)?(?:手指|手腕|手|腿|脚|腰|脸|肚子|胳膊|身材|体型|个子|脖子|皮肤)|粗|胖|肥|矮|壮|黑|短/, /遮|藏|显得更|更显|越[戴穿]越|衬得|暴露|放大/],
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): a long complaint or review mocked as a calling missed (写得真有文采，不去写小说可惜了, 这口才不去当律师屈才了) — the
    // buyer's complaint as the occasion. Not praise of a look or a photo (您身材这么好，不去当模特可惜了).
    words: ['可惜了', '屈才了', '太屈才', '埋没了', '真屈才', '浪费人才', '浪费才华'],
    severity: 'block',
    message: '反话“夸”买家的投诉或差评写得好，嘲讽买家（规则 2.4）',
    before: /不去(?:写|当|做|演|干|说|参加|考|读|念|上|搞)[^，。]{0,6}(?:真是|真|太|都|就|也)?$/,
    sentence: /差评|评价|投诉|反馈|留言|挑刺|找茬|举报|[0-9一二两三四五六七八九十百千几]+字/,
    window: 50,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's free time mocked over a small complaint (您平时工作挺清闲的吧，这么有空研究标点). Not our own lull or an invitation
    // (您这么有空的话可以来直播间看看).
    words: ['挺清闲', '很清闲', '比较清闲', '蛮清闲', '这么清闲', '这么有空', '这么闲', '挺闲的', '真闲', '闲得慌', '闲得', '这么有时间', '真有空', '时间真多', '真够闲', '有闲工夫', '有闲心', '这么有闲', '真有闲'],
    severity: 'block',
    message: '嘲讽买家“太闲”才来挑毛病（规则 2.4）',
    sentence: [/(?:您|你)/, /研究|琢磨|挑|抠|较真|计较|找茬|盯着|数|标点|错字|一个字|细节|毛病|投诉|差评|也要|都要|还要/],
    notSentence: /行家|专业|厉害|佩服|细心|认真|懂行|感谢|谢谢|(?:我们|我这边|店里|仓库)[^，。]{0,4}(?:清闲|闲|有空)|欢迎|直播间|活动/,
    deniable: false,
  },
  {
    // Round 35 (t35d): the fault sent home — the buyer or the buyer's family told to look for the cause in themselves (是不是该从家里找找原因,
    // 建议您从自己身上找原因). Not the shop's own resolve (我们会从自身找原因).
    words: ['从家里找找原因', '从家里找原因', '在家里找找原因', '从自己身上找', '从您自己身上', '从你自己身上', '在自己身上找', '找找自己的原因', '找找自身原因', '从自身找找原因', '从自身找原因', '反思一下自己', '自己反思一下', '找找您自己的原因', '找找你自己的原因', '检讨一下自己'],
    severity: 'block',
    message: '把问题推给买家本人或其家庭“找原因”，暗中指责买家（规则 2.4）',
    notBefore: /(?:我们|我|本店|店铺|客服|咱们)[^，。您你]{0,6}$/,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's family singled out against everyone else's (别人家宝宝都坐得好好的，就您家宝宝一坐就哭).
    words: ['就您家', '就你家', '只有您家', '只有你家', '偏偏您家', '偏偏你家'],
    severity: 'block',
    message: '拿买家的家人和别人比，暗中贬低买家（规则 2.4）',
    sentence: [/别人家|别家的|其他(?:宝宝|孩子|买家|顾客|人)|别人[^，。]{0,6}(?:都|也)/, /哭|闹|不行|毛病|问题|不适应|坐不住|不听话|事多|难伺候|出事|老是|总是|偏偏|一[^，。]{1,3}就/],
    notSentence: /有货|发货|幸运|中奖|福利|恭喜|优先/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's rented home mocked against the goods (您租的房子估计也放不下吧，等以后有自己的房子再买). Not a size tip for a
    // small flat (您租的房子如果空间小，推荐20升的).
    words: ['租的房子', '租的房', '出租屋', '合租房', '租的小房子'],
    severity: 'block',
    message: '拿买家租房说事，暗讽买家买不起（规则 2.4）',
    before: /(?:您|你)(?:们)?(?:那|这)?(?:个|种)?$/,
    sentence: /(?:估计|肯定|怕是|八成)(?:也|都)|(?:估计|肯定|怕是|八成)?(?:也|都)?(?:没地方|放不下|塞不下|摆不下|没处放)|等以后|有自己的房|买了房|有了房|再买也不迟|别买了|就别/,
    notSentence: /如果|的话|推荐|建议(?:选|您选|买|看)|可以选|小户型款/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's body blamed for the goods' "failure", with the goods pitied (穿了仨月还没瘦，真不是鞋的问题，鞋也挺累的).
    words: ['还没瘦', '没瘦下来', '瘦不下来', '没见瘦', '也没瘦', '没减下来', '减不下来', '一点没瘦', '没怎么瘦'],
    severity: 'block',
    message: '拿买家的体重说事，把问题推到买家身上并加以嘲讽（规则 2.4）',
    sentence: /(?:鞋|车|椅子|凳子|床|秤|垫子|它)(?:子)?也(?:挺|很|蛮|够|怪)?(?:累|辛苦|遭罪|受罪|不容易|扛不住|顶不住)|(?:真|可能真|确实)不是[^，。]{1,5}的问题|怪不了[^，。]{1,4}|赖不着[^，。]{0,4}/,
    notSentence: /饮食|配合|坚持|正常|需要时间|周期|慢慢/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): hesitation over a price difference read as a sign the goods are "not for the buyer's household" (还在纠结这几百块，说明它
    // 本来就不适合您家). Not a plain pointer to a cheaper model (如果预算有限，入门款也够用).
    words: ['不适合您', '不适合你', '不太适合您', '不太适合你', '不大适合您', '不大适合你', '不是给您', '不是给你'],
    severity: 'block',
    message: '把买家纠结价格说成“本来就不适合您”，暗讽买家买不起（规则 2.4）',
    sentence: [/纠结[^，。]{0,10}(?:差价|价格|价钱|几百|几十|几千|块|钱)|嫌贵|舍不得|差价|心疼钱/, /说明|本来就|注定|就证明|足以说明/],
    notSentence: /尺码|尺寸|肤质|过敏|年龄段|月龄|体重|身高|功能|需求|推荐|建议|性价比|入门款|可以看看|可以选/,
    window: 50,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's place belittled against the goods (你们县城那种路，装这么好的也是浪费 / 你们村全是坑). Not the place told plainly
    // (你们县城也能送到, 您那边路况不好的话选减震好的).
    words: ['你们县城', '您那县城', '你们县里', '您那小县城', '你们小县城', '你们村', '您那村', '你们镇上', '你们乡下', '你们山区', '你们农村', '你们山沟'],
    severity: 'block',
    message: '贬低买家所在的地方，暗中嘲讽买家（规则 2.4）',
    sentence: /浪费|白瞎|白搭|摆设|全是坑|都是坑|破路|烂路|也配|用不上吧|没必要吧|能送到就|穷|落后|土|没见过/,
    notSentence: /送达|配送|能送|可以送|包邮|发货|快递|网点|驿站/,
    window: 40,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's own photo trailed off in silence after a "only the slim/young/tall suit it" (要腿细的穿才好看。您发的上脚照片……).
    words: ['上脚照片', '上身照片', '试穿照片', '全身照片', '上脚照', '上脚图', '上身照', '上身图', '试穿照', '全身照', '买家秀', '上脚的照片', '上身的照片'],
    severity: 'block',
    message: '说到买家的照片就欲言又止，暗中贬低买家的外貌（规则 2.4）',
    before: /(?:您|你)(?:发的|发来的|的|这)?$/,
    unless: noTrailOff,
    sentence: /挑人|细|瘦|胖|粗|高|矮|年轻|显|身材|腿|脚型/,
    notSentence: /(?:真|很|挺|超|太|好)(?:好看|漂亮|美|帅|有型)|好评|返现|感谢|谢谢|收到了|看不清|模糊/,
    window: 40,
    deniable: false,
  },
];

/**
 * Round 36 (t36e): veiled put-downs in ten more import verticals (cameras, camping, tackle, knives, toys, coffee, frames, bikes, bedding,
 * snacks), each a pair again — the fault moved off the goods onto the buyer's body, hand, palate or age; basics we "cannot teach"; the buyer
 * sent away until they "really" understand; cheap goods that "suit" the buyer's level; savings "worn on the face"; a hobby set against
 * the buyer's age; weight prescribed as the cure. Honest use advice (不是镜框的问题，是镜腿需要调, 不是豆子的问题，是水温太高), fit advice
 * by shape (脸型偏宽选大一号) and a product that suits a need said kindly stay clean.
 */
/** The buyer's body, hand or faculty (not a technique, a shape or a size): 脸, 那只手, 脑子, 眼睛, 口味. */
const BUYER_PART = '(?:脸|头|脑子|脑袋|手|那只手|这只手|那双手|这双手|眼睛|眼神|眼力|耳朵|舌头|嘴|口味|味蕾|审美|品味|年纪|岁数|身材|屁股|腿|脚|肚子|体重|(?:拍照|拍|骑车|骑|用|开车|操作|钓鱼|做饭|切菜|抛竿|冲|泡|戴|穿|搭)的人)';
/** The goods (or its use) named as not at fault in the same sentence: 不是镜框的问题, 跟轮子关系不大, 问题不在镜头. */
const GOODS_CLEARED = /不是[^，。！？]{1,8}的(?:问题|毛病|锅)|跟[^，。！？]{1,8}(?:关系不大|没(?:啥|什么|多大)?关系|无关)|问题(?:可能|应该|估计)?不在[^，。！？]{1,8}|(?:镜头|相机|机身|鞋|刀|锅|竿|鱼竿|轮|渔轮|车|帐篷|被子|镜框|镜片|豆子|咖啡|零食|手办|东西|产品|商品|货|它)(?:本身|完全|根本|真|真的)?(?:没毛病|没问题|没事|好好的)|不(?:能)?怪[^，。！？您你我]{1,6}/;
const ROUND36_CUES: Cue[] = [
  {
    // Round 36 (t36e): the fault moved off the goods onto the buyer's body or faculty (那可能是脸的问题，不是镜框的问题 / 是您那只手的问题，
    // 跟竿子没关系). Not fit or use advice by a shape or a technique (可能是脸型的问题，选宽版; 不是刀的问题，是手法要调一下).
    words: ['的问题', '的毛病', '的锅'],
    severity: 'block',
    message: '把问题从商品推到买家的身体、能力上，暗中贬低买家（规则 2.4）',
    // (round 37, t37d: …or the person bare, 说白了不是杆的问题，是人的问题 — not 是个人的问题, a matter of personal taste)
    before: new RegExp(`(?:是|在|出在)(?:(?:您|你)?(?:的|这|那)?(?:张|只|双|个)?${BUYER_PART}|人)$`),
    sentence: GOODS_CLEARED,
    notSentence: /我们的问题|我们的锅|是我们|抱歉|不好意思|医院|就医|医生|过敏/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the same turn with 关系: the goods cleared, the buyer's hand or head to blame (跟轮子关系不大，跟抛竿那只手关系比较大 /
    // 跟镜头没关系，跟拿相机的手关系大). Not a technique or a setting (跟手法关系比较大, 跟水温关系更大).
    words: ['关系比较大', '关系更大', '关系很大', '关系挺大', '关系大一些', '关系大点', '关系大得多', '关系最大'],
    severity: 'block',
    message: '把问题从商品推到买家的身体、能力上，暗中贬低买家（规则 2.4）',
    before: new RegExp(`跟[^，。！？]{0,8}${BUYER_PART}$`),
    sentence: GOODS_CLEARED,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's palate or level said to lag behind the goods (不是豆子的问题，是口味还没跟上 / 您的审美还跟不上这个系列).
    // Not our own capacity or a courier (我们的产能跟不上, 物流跟不上) nor a palate that needs time said kindly (口味需要慢慢适应).
    words: ['还没跟上', '没跟上', '跟不上', '还跟不上', '没跟上来', '还没上来', '还不到位', '还没到位'],
    severity: 'block',
    message: '说买家的口味、水平“还没跟上”，暗中贬低买家（规则 2.4）',
    before: /(?:口味|味蕾|舌头|品味|审美|眼光|耳朵|水平|认知|见识|段位|鉴赏力|欣赏水平)(?:还|可能|估计|暂时|明显)?$/,
    notSentence: /我们的|咱们的|宝宝|孩子/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's age as the end of the matter — whatever is worn or used looks the same (到了这个年纪戴什么都差不多，心态放平就好 /
    // 年纪大了穿啥都一样). Not praise (这个年纪戴什么都好看) nor care (上了年纪选什么都要注意护眼).
    words: ['这个年纪', '这把年纪', '这岁数', '这个岁数', '这年纪', '这个年龄', '这把岁数', '年纪大了', '岁数大了', '上了年纪', '年龄大了', '上年纪'],
    severity: 'block',
    message: '拿买家的年龄说“用什么都一样”，暗中嘲讽买家（规则 2.4）',
    sentence: /(?:戴|穿|用|抹|涂|吃|喝|买|选|换|配)(?:什么|啥|哪个|哪款|哪副|哪双|哪件)(?:都|也)(?:差不多|一样|没用|白搭|那样|没区别|显老|没差)|心态放平|认命|服老吧|认了吧/,
    notSentence: /好看|漂亮|合适|舒服|年轻|显年轻|注意|护眼|保护|宝宝|孩子|爸|妈|父母|长辈|老人家/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's complaint put down to their age and left there (您说薯片太咸，可能是…年纪大了口味会变，正常). Not age named
    // with help (年纪大了对盐敏感的话，可以选低盐款; 看不清小字很正常，我给您发大图) nor an elder's taste told by the buyer.
    words: ['年纪大了', '岁数大了', '上了年纪', '年龄大了', '人老了'],
    severity: 'block',
    message: '把买家的反馈归到买家年龄上敷衍了事，暗中贬低买家（规则 2.4）',
    sentence: [/(?:您|你)(?:说|觉得|反映|反馈)/, /正常|难免|没办法|就这样|很自然|不奇怪|可以理解/],
    notSentence: /建议|可以|推荐|给您|帮您|为您|换|退|选|试试|低盐|大字|放大|老人|爸|妈|父母|长辈|家里|婆婆|公公|爷爷|奶奶|外婆|姥姥/,
    window: 40,
    deniable: false,
  },
  {
    // Round 41 (t41a): the fault taken off the goods and put on the buyer's age (有问题的不是耳机，是您年纪大了听力下降，建议去医院看看; 不是
    // 屏幕暗，是你岁数大了眼神不好) — a put-down even with advice after it (建议 does not cancel). Not the age denied (不是您年纪大了，是音量
    // 默认偏小), nor someone else's age (是老人家年纪大了), nor age named only as a fact the goods allow for (年纪大了的话可以选大字版).
    words: ['年纪大了', '岁数大了', '上了年纪', '年龄大了', '人老了', '老了'],
    severity: 'block',
    message: '把商品的问题推到买家年龄上，暗中贬低买家（规则 2.4）',
    before: /(?:不是|并不是|并非|不在)[^]{1,14}?(?<![不非])是(?:您|你)(?:自己)?(?:的)?$/,
    notAfter: /^的话/,
    deniable: false,
  },
  {
    // Round 36 (t36e): a basic the shop "cannot teach" or "need not teach" (数学这东西，我们也没法教 / 这种事不用客服教吧 / 看尺码还要我们教吗):
    // the buyer's error put down as a lack of basic sense. Not a skill we show another way (这个手法文字教不了，我给您发视频).
    words: ['没法教', '教不了', '不用客服教', '不用我们教', '还要客服教', '还要我们教', '还用客服教', '还用我们教', '用不着客服教', '用不着我们教', '不需要客服教', '还得客服教', '还得我们教', '不用人教', '还要人教', '还用人教'],
    severity: 'block',
    message: '说这种基本的事“不用教”“没法教”，暗讽买家缺乏常识（规则 2.4）',
    before: /(?:我们|客服|我|咱们)?(?:也|可|真|实在|就)?$/,
    sentence: /数学|算术|加减|乘除|换算|常识|识字|认字|小学|基础|知识|这种事|这种|这东西|这个道理|这点事|这都|这也|吧|吗|么/,
    notSentence: /视频|教程|图解|演示|发您|给您发|我们(?:可以|会|来)|建议您?(?:看|参考)|手艺|技巧|师傅/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer sent off to sort out a basic before coming back to complain (AF-C和AF-S先分清楚了再来说也不迟 / 先把尺码搞明白
    // 再来投诉). Not a step before we help (您先确认清楚型号，我们再来帮您查) nor a step before ordering (量清楚尺寸再下单).
    words: ['再来'],
    severity: 'block',
    message: '让买家“先搞清楚再来说”，居高临下地贬低买家（规则 2.4）',
    before: /(?:先|等|回去)[^，。！？]{0,14}(?:分清楚|搞清楚|弄清楚|弄明白|搞明白|学会|看懂|看明白|学明白|分清|搞懂|弄懂|读懂|学清楚|想清楚|研究明白|研究清楚)(?:了)?[^，。！？]{0,10}$/,
    after: /^(?:跟|和|找|向)?(?:我们|客服|我|商家)?(?:说|讲|理论|投诉|评价|问|反馈|谈|差评|退|找我们|找客服|计较|挑刺|吵)/,
    notSentence: /我们(?:马上|立刻|再|会|帮|一定)|帮您|替您|随时|欢迎/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer told to come back once they "really" understand the goods (等真看得懂焦外了再回来看看 / 等您真正会用了再来买).
    // Not an upgrade path said plainly (等您熟悉了入门款，再回来升级也不迟).
    words: ['再回来看看', '再回来买', '再回来', '再来看看', '再来买', '再来考虑', '再考虑它', '再买它'],
    severity: 'block',
    message: '让买家“等真懂了再来”，暗讽买家不配用这件商品（规则 2.4）',
    before: /(?:等|先)[^，。！？]{0,10}(?:真|真正|真的)(?:能)?(?:看得懂|看懂|懂|会用|学会|用明白|看明白|玩明白|玩得转|用得好|拍得好|懂行|懂得欣赏|欣赏得了)[^，。！？]{0,8}$/,
    deniable: false,
  },
  {
    // Round 36 (t36e): cheap goods said to "suit" the buyer's level, budget or habits with 配 (买把几十块的不锈钢刀，更配您家的做饭频率 / 地摊货
    // 才配您的消费水平). Not a colour that suits (这条丝巾更配您的肤色) nor a budget pick said plainly (几十块的入门刀更适合您的预算).
    words: ['更配您', '更配你', '才配您', '才配你', '正配您', '最配您', '配您家', '配你家', '更配得上您', '更配得上你'],
    severity: 'block',
    message: '说便宜货“更配”买家，暗讽买家的水平或消费能力（规则 2.4）',
    after: /^(?:家|们)?(?:的)?(?:做饭|消费|生活|使用|用|吃|穿)?(?:水平|档次|身份|收入|预算|品味|层次|段位|频率|经济|条件|钱包|能力|习惯|级别)/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's saving mocked as worn on the body (省下来的钱都戴在脸上了 / 省的那点钱全穿在身上了). Not a saving spent
    // (省下的钱可以再买副墨镜).
    words: ['省下来的', '省下的', '省的钱', '省的那点钱', '省下那点钱'],
    severity: 'block',
    message: '嘲讽买家省钱，暗中贬低买家的外貌或消费（规则 2.4）',
    after: /^[^，。！？]{0,6}(?:戴|穿|写|长|挂|堆|吃|用)在(?:了)?(?:脸|身|头|嘴|鼻梁|眼睛)上/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's age set against a hobby, with a sneer (三十多岁还买奥特曼，家里人不说您啊？ / 四十岁了还玩手办，开个玩笑哈).
    // Not a collector's age told plainly (三十多岁还在收奥特曼的客户很多).
    words: ['多岁还', '多岁了还', '岁了还', '岁的人还', '岁的人了还', '多岁的人还', '多岁的人了还'],
    severity: 'block',
    message: '拿买家的年龄嘲讽买家的爱好，属于嘲讽（规则 2.4）',
    before: /[0-9一二三四五六七八九十几]$/,
    after: /^(?:在)?(?:买|玩|追|收|穿|喜欢|迷|学|看|集)/,
    sentence: /不说(?:您|你|啥|什么)|不嫌|不笑话|开个?玩笑|逗(?:您|你)|哈哈|幼稚|长不大|精神可嘉|勇气|不害臊|好意思|不怕人笑|返老还童/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's family invoked against the buyer's purchase as a rhetorical question (家里人不说您啊？ / 您买这么多，老婆不说你吗).
    words: ['家里人不说', '家人不说', '老婆不说', '媳妇不说', '爱人不说', '老公不说', '爸妈不说', '家里不说', '对象不说'],
    severity: 'block',
    message: '拿买家的家人说事，反问嘲讽买家（规则 2.4）',
    after: /^(?:您|你|啥|什么)(?:啊|吗|吧|么|呀|呢|嘛)/,
    deniable: false,
  },
  {
    // Round 36 (t36e): weight prescribed as the cure for the buyer's complaint (骑了一周屁股疼…等瘦下来就好了 / 裤子紧的话，瘦一点就好了).
    // Not a weight-loss product's own promise (坚持用代餐，等瘦下来再换小一号) nor the buyer's own plan.
    words: ['等瘦下来', '等您瘦下来', '等你瘦下来', '等您减下来', '等你减下来', '瘦下来就好', '瘦了就好', '减下来就好', '等您瘦了', '等你瘦了', '瘦一点就好', '瘦点就好', '瘦下来就不', '减肥就好了', '减减肥就好', '减个肥就好'],
    severity: 'block',
    message: '把买家的问题推给买家的体重，暗中贬低买家的身材（规则 2.4）',
    sentence: /疼|痛|勒|紧|挤|累|窄|小|穿不上|坐不住|撑|响|塌|扛不住|压/,
    notSentence: /减肥(?:产品|茶|餐)|代餐|燃脂|塑身|瘦身|体脂|跑步机|饮食|坚持|(?:您|你)(?:说)?(?:打算|计划|想|要|在|正在)+(?:减|瘦)/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): an activity said to be "for those who do their homework", after the buyer's slip (露营这件事吧，还是适合肯做功课的人).
    // Not goods placed by a trait (这款手冲壶适合有耐心的人慢慢冲).
    words: ['适合肯', '适合愿意', '适合爱', '适合有耐心', '适合细心', '适合懂', '适合会', '适合动手能力', '适合有基础'],
    severity: 'block',
    message: '暗示买家不配做这件事，贬低买家（规则 2.4）',
    before: /还是$/,
    after: /^[^，。！？]{0,8}的人/,
    sentence: /这件事|这事|这种事|这东西|这活|这门|这个爱好|这项/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's hometown belittled against the goods (您老家那边估计也用不上这么好的帐篷，随便搭个棚子就够了). Not the
    // hometown told plainly (您老家那边冬天冷，这款加厚的更合适; 寄到您老家也包邮).
    words: ['您老家', '你老家', '您那老家', '你们老家', '您们老家'],
    severity: 'block',
    message: '贬低买家的家乡，暗中嘲讽买家（规则 2.4）',
    sentence: /用不上这么|用不着这么|随便[^，。！？]{0,6}就(?:够|行)|也配|浪费|白瞎|穷|落后|没见过|估计也(?:没|不|用不)/,
    notSentence: /送达|配送|能送|可以送|包邮|发货|快递|网点|驿站|合适|推荐|建议/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer or the buyer's elders said to be unable to tell good goods from cheap, so the money is "wasted" (您家老人估计也
    // 分不出好咖啡和速溶，别浪费这钱了). Not goods no one can tell apart (两款其实喝不出区别，别浪费这个钱买贵的).
    words: ['别浪费这钱', '别浪费这个钱', '浪费这钱', '别花这冤枉钱', '别花冤枉钱', '也是浪费钱', '别浪费钱了', '钱别浪费'],
    severity: 'block',
    message: '说买家或其家人分不出好坏、买了也是浪费，暗中贬低买家（规则 2.4）',
    sentence: /(?:您|你)(?:家|们家)?(?:的)?(?:老人|老人家|爸妈|父母|老爷子|老太太|爷爷|奶奶|家人|老公|老婆|孩子)?(?:估计|肯定|反正|根本|压根|八成)(?:也|都)?[分品喝尝听吃看]不(?:出|懂)/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's body named and the buyer told to give up the goods (您这个身高骑这台车确实勉强，别硬撑了，换儿童车吧 / 这么胖就
    // 别逞强了). Not care for the body (您腰不好的话别硬撑，及时休息).
    words: ['别硬撑了', '别勉强了', '别逞强了', '认命吧', '死心吧', '别硬凹了', '别硬撑', '别逞强'],
    severity: 'block',
    message: '拿买家的身材说事，劝其“别硬撑”，贬低买家（规则 2.4）',
    sentence: /(?:您|你)(?:这个|这|的)?(?:身高|个子|个头|身材|体重|体型|块头|腿|肚子)|(?:这么|太|那么)(?:矮|胖|壮|肥)|儿童|童装|童鞋|大码/,
    notSentence: /休息|就医|医院|注意身体|保重|缓解|护腰|疼的话|受伤|安全|量力/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's complaint or review put on show as a joke or a bad example (您这条投诉我们打印出来当反面教材 / 差评写得这么有
    // 创意，建议去参加段子大赛). Not a show or a comedian's goods the buyer asked about (您说的相声专场门票, 脱口秀演员同款周边).
    words: ['反面教材', '反面典型', '段子大赛', '段子', '脱口秀', '说相声', '讲相声', '去演小品', '喜剧大赛', '贴墙上', '贴在墙上', '裱起来'],
    severity: 'block',
    message: '把买家的投诉、评价当笑料或反面教材，嘲讽买家（规则 2.4）',
    sentence: [/差评|评价|投诉|退货理由|退款理由|理由|反馈|留言|追评/, /(?:您|你)/],
    notSentence: /门票|演出|节目|专场|演员|周边|同款|书|碟|直播间|活动/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer said to "look older than their years" (您长得比较着急，戴这副确实显老). Not a hurry (您比较着急的话选顺丰).
    words: ['长得着急', '长得比较着急', '长得有点着急', '长得挺着急', '长得太着急', '长相着急', '长得比较急', '长得有点急', '长得急了点', '长得着急了点'],
    severity: 'block',
    message: '说买家“长得着急”，嘲讽买家的相貌（规则 2.4）',
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's clumsy hands named and the goods put out of reach (您手比较笨的话，这种拼装模型还是别碰了 / 你手这么笨就别玩
    // 手冲了). Not reassurance (手笨也没关系，我们有视频教程) nor the buyer's own word answered kindly.
    words: ['手笨', '手比较笨', '手有点笨', '手太笨', '手这么笨', '手那么笨', '手拙', '手比较拙'],
    severity: 'block',
    message: '说买家“手笨”劝其别碰，贬低买家（规则 2.4）',
    before: /(?:您|你)(?:的|这)?$/,
    sentence: /别碰|别买|别玩|别折腾|别试|算了吧|还是算了|不适合(?:您|你)|就别|趁早/,
    notSentence: /没关系|不要紧|视频|教程|我们(?:教|帮|来)|慢慢来|不怪/,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's taste or logic named, then comment withheld (您这个审美，我们也不好说什么 / 您这逻辑，我们无话可说). Not a
    // competitor we will not judge (别家的产品我们不便评价).
    words: ['不好说什么', '不便评价', '不予评价', '无话可说', '没法评价', '不好评价', '不敢评价', '没什么好说的', '就不评价了', '不做评价', '不发表意见', '说不出话'],
    severity: 'block',
    message: '点出买家的审美、逻辑后欲言又止，暗中贬低买家（规则 2.4）',
    sentence: /(?:您|你)(?:这个?|的|那个?)(?:审美|品味|眼光|水平|逻辑|脑回路|操作|理解|要求|想法)/,
    notSentence: /别家|同行|其他(?:店|品牌)|竞品|平台/,
    window: 30,
    deniable: false,
  },
  {
    // Round 36 (t36e): the same turn told as where the fault lies (镜头没毛病，问题出在您那双手上 / 鞋没问题，毛病出在您脚上). Not a part of
    // the goods (问题出在卡口上).
    words: ['出在'],
    severity: 'block',
    message: '把问题从商品推到买家的身体、能力上，暗中贬低买家（规则 2.4）',
    after: new RegExp(`^(?:您|你)(?:的|这|那)?(?:双|只|张|个)?${BUYER_PART}(?:上|身上)`),
    sentence: GOODS_CLEARED,
    window: 40,
    deniable: false,
  },
  {
    // Round 36 (t36e): …or as whom to blame (这不怪锅，得怪炒菜那只手). Not ourselves (得怪我们包装太薄).
    words: ['得怪', '要怪', '该怪', '只能怪', '就怪', '只怪'],
    severity: 'block',
    message: '把问题从商品推到买家的身体、能力上，暗中贬低买家（规则 2.4）',
    after: new RegExp(`^(?:您|你)?[^，。！？我]{0,6}${BUYER_PART}`),
    sentence: GOODS_CLEARED,
    window: 40,
    deniable: false,
  },
];

/** Round 37 (t37d): the buyer's job named in the belittling 您一个…的 frame (您一个跑外卖的, 你一个打工的). */
const BELITTLED_JOBS = ['跑外卖', '送外卖', '外卖员', '骑手', '快递员', '送快递', '跑快递', '打工', '打工仔', '打工妹', '搬砖', '保安', '保洁', '农民', '种地', '摆摊', '摆地摊',
  '开出租', '跑滴滴', '开滴滴', '开网约车', '干工地', '工地', '服务员', '收银员', '工人', '打零工', '卖菜', '小职员', '送水', '看大门', '扫大街', '跑腿'];
const ROUND37_CUES: Cue[] = [
  {
    // Round 37 (t37d): a failure of the buyer's praised as a gift (玩了三年还分不清尺寸，也算是一种天赋 / 说明书看了三遍还装反，也是一种本事) — irony
    // that needs a failure beside it. Not a knack praised (三岁就能分清颜色，也算是一种天赋) nor comfort (不会也没关系).
    // (anchored on the frame, the gift word after it: 天赋/天分/天才 as 天…, so no new character enters the t2s table and the second
    // opinion's training digest stays as trained)
    words: ['也算是一种', '也是一种', '也算一种', '也算是', '也是种', '也算种', '也是个', '真是个', '也算一', '也是一'],
    after: /^(?:天(?!然|气|数|内|后|前|的)[\u4e00-\u9fff]?|本事|能力|才能|人才|奇才|绝技|特长|绝)/,
    grow: true,
    severity: 'block',
    message: '把买家的失误反说成“天赋”“本事”，暗中嘲讽买家（规则 2.4）',
    // (round 44, t44c: …or a thing put on crooked or inside out — 您能把创可贴贴歪成这样也是一种天赋呢)
    sentence: /[贴装摆画戴穿缝]歪|歪成|[贴戴穿缝]反|看反|(?:弄|搞|装|贴)成这样|分不清|搞不清|弄不清|分不出|认不出|看不懂|还不知道|都不知道|还没搞懂|还没弄明白|还搞不懂|看不明白|搞不懂|学不会|没学会|不会用|还不会|都不会|搞错|弄错|看错|记错|选错|买错|装反|搞反|弄反|拿反|装错|用错|弄坏|搞坏/,
    notSentence: /没关系|不要紧|没事的|别担心|别着急|慢慢来|很正常|常有的|我们也|我也|宝宝|孩子|小朋友/,
    window: 40,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's body read off their photo, then told to stop eating (从您发的照片看，建议先管住嘴 / 看您晒的图，还是少吃点吧) —
    // a judgement of the person, not of the goods. Not diet advice to anyone (减脂的关键是管住嘴) nor a size read off a photo (从照片看选L码).
    words: ['管住嘴', '管管嘴', '少吃点', '少吃一点', '少吃两口', '少吃几口', '先减肥', '先减减肥', '减减肥', '该减肥', '该减减', '先瘦下来', '先瘦瘦', '嘴别太馋', '别那么馋', '少吃多动'],
    severity: 'block',
    message: '从买家的照片、身材评判买家该少吃、减肥，属于人身攻击（规则 2.4）',
    // (round 38, t38g: …or the measurement the buyer gave — 您报的这个腰围，XXL都够呛…要不您先少吃点再来看)
    sentence: /(?:从|看|瞧|照)(?:您|你)(?:发|晒|传|上传|拍)?(?:的|来的|过来的)?(?:照片|图片|图|自拍|视频|买家秀|头像|全身照)|(?:您|你)(?:报|说|给|填|量|发)?(?:的)?(?:这|的|这个)?(?:身材|体型|体重|肚子|块头|身板|腰围|臀围|胸围|三围|大腿围|小肚子|啤酒肚)/,
    notSentence: /宝宝|孩子|小朋友|狗|猫|宠物|医生|医嘱|孕|产后/,
    window: 40,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's complaint mocked as sweeping (什么事都能拿来投诉 / 啥都要退 / 什么东西都想差评). Not an open door (有什么问题都可以
    // 找我们, 什么问题都能帮您处理).
    words: ['什么事都', '什么事情都', '什么东西都', '什么都', '啥事都', '啥都', '啥东西都', '什么破事都', '一点小事都', '芝麻大的事都', '屁大点事都'],
    severity: 'block',
    message: '嘲讽买家“什么事都拿来投诉”，态度恶劣（规则 2.4）',
    after: /^(?:能|要|得|想|非得|非要|爱|喜欢|拿来|拿出来)(?:拿来|拿出来|用来)?(?:投诉|差评|打差评|退款|退货|退|说事|闹|找茬|维权|索赔|要赔偿|举报|给差评|申请售后)/,
    notBefore: /有$|如果|要是|若|(?:我们|我|客服|这边)(?:这边)?$/,
    notAfter: /^[^，。！？]{0,10}的话/,
    notSentence: /随时|欢迎|都会|帮您|为您|替您|给您处理|放心|认真|第一时间/,
    deniable: false,
  },
  {
    // Round 37 (t37d): blame turned back with a plain imperative (不能什么都怪尿布 / 别啥都赖产品) — the earlier cue wants 您 in its window; the
    // denial opening the anchor is enough. Not the buyer comforted (不能什么都怪您 / 别什么都怪自己).
    words: ['什么都怪', '啥都怪', '什么都赖', '啥都赖', '什么都怨', '啥都怨', '什么都推给', '啥都推给'],
    severity: 'block',
    message: '把问题推回给买家、说买家乱怪人，属于嘲讽（规则 2.4）',
    before: /(?:别|不要|不能|可不能|也不能|总不能|不该|不可以|哪能)$/,
    notAfter: /^(?:在)?(?:自己|您|你)(?!们)/,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's grasp of their own body or level called off (是您对自己身材的认知偏差有点大 / 你对自己的水平认识不太清楚) — a
    // judgement of the person. Not our own misjudgement, nor a general note (很多人对自己的尺码估计有偏差，建议量一下).
    words: ['认知', '认识'],
    severity: 'block',
    message: '说买家对自己的身材、水平认识有偏差，暗中贬低买家（规则 2.4）',
    before: /(?:您|你)[^，。！？]{0,4}?对(?:自己|自身|您自己|你自己)(?:的)?[^，。！？]{0,6}$/,
    after: /^(?:上)?(?:可能|明显|确实|还是|实在)?(?:有|存在)?(?:点|些|一点|一些|很大的|较大的|不小的)?(?:偏差|误差|有误|不准|不足|不清|不太清楚|不清楚|不到位|太乐观|太自信)/,
    // (sizing help beside it is advice: 您对自己的腰围可能认识不太清楚，建议量一下再对照尺码表)
    notSentence: /我们(?:对|的判断|估计|搞错|弄错|看错)|抱歉|不好意思|很多人|大家|不少人|常见|正常|建议(?:您)?(?:先)?(?:量|测|参考|对照)|可以(?:先)?(?:量|测)|尺码表|帮您|给您推荐/,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's use belittled as petty, after telling them the better model is wasted on them (专业航拍您也用不上，毕竟也就拍拍自家小区 /
    // 高端款您用不着，反正也就随便玩玩). Not a light use named to help choose (如果主要是拍拍风景，入门款就够用).
    words: ['也就', '也不过', '无非', '顶多', '最多也就', '不过就'],
    severity: 'block',
    message: '说买家“毕竟也就…”，贬低买家的用途、水平（规则 2.4）',
    before: /(?:毕竟|反正|横竖|说到底|说白了)(?:您|你)?(?:平时|平常|每天|一般)?$/,
    after: /^(?:是|在)?[^，。！？]{0,3}?(?:随便|凑合|瞎|([\u4e00-\u9fff])\1)/,
    sentence: [/(?:您|你)/, /用不上|用不着|用不到|没必要|犯不着|浪费|糟蹋|白瞎|不需要专业|够您用|够你用/],
    window: 40,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's level made the reason no goods can help, with the effort named (您这水平，换多少支杆都一样 / 你这技术，练十年也没用 /
    // 您这脸型，买再贵的也白搭). Not honest advice about practice (新手用什么杆差别都不大，稍微练练挥杆会更稳).
    words: ['都一样', '也一样', '都没用', '也没用', '都白搭', '也白搭', '都是白搭', '也是白搭', '都白练', '也白练', '也是白练', '都是白费', '也是白费', '都白费', '也白费', '都没救', '也没救', '都那样', '也那样', '都是一样'],
    severity: 'block',
    message: '说买家的水平、外貌再怎么换商品也没用，贬低买家（规则 2.4）',
    before: /(?:换|买|用|练|学|打|试|抹|涂|戴|穿|吃|喝)(?:了|上|个)?(?:多少|再多|再久|再贵|再好|多久|几年|十年|八年|一辈子|一百|一千|几百|几千|几十|几|什么|啥)[^，。！？]{0,10}$/,
    sentence: /(?:您|你)(?:这|这个|的|那)?(?:水平|技术|球技|技术水平|手法|手艺|基础|天分|资质|悟性|段位|实力|脑子|脑袋|身材|脸|脸型|长相|颜值|体型|皮肤|底子|条件|发量|头发|发际线|个子|身高|嗓子|嗓音|五音)/,
    // (care advice beside it is honest: 您这肤质用什么粉底都一样容易卡粉，建议先做好保湿)
    notSentence: /我们|宝宝|孩子|新手|刚开始|入门阶段|没关系|放心|别担心|建议|推荐|可以(?:试试|先|配合|搭配)|搭配/,
    window: 40,
    deniable: false,
  },
  {
    // Round 37 (t37d): 装嫩 of the buyer or buyers of their age (成熟一点的女士用上去多少有点装嫩的感觉) — a scorn word. Not denied (不会显得装嫩,
    // 完全没有装嫩感).
    words: ['装嫩', '扮嫩', '装年轻', '老黄瓜刷绿漆', '老来俏'],
    severity: 'block',
    message: '说买家“装嫩”，嘲讽买家的年龄（规则 2.4）',
    sentence: /(?:您|你)|女士|阿姨|大姐|大妈|姐姐|年纪|岁数|年龄|成熟|上了年纪|中年|奔四|奔五/,
    notSentence: /不会[^，。]{0,4}(?:装嫩|扮嫩|装年轻)|不显|没有[^，。]{0,4}(?:装嫩|扮嫩)|不用担心|放心/,
    window: 40,
  },
  {
    // Round 37 (t37d): the buyer told to save up first (建议先攒攒钱 / 您还是多存点钱再来) — their means judged. Not a piggy bank nor points (攒钱罐, 攒积分).
    words: ['攒攒钱', '攒点钱', '先攒钱', '多攒钱', '多攒点钱', '存存钱', '多存点钱', '先存点钱', '攒够钱', '攒够了钱', '存够钱', '先攒攒', '攒一攒钱'],
    severity: 'block',
    message: '让买家“先攒攒钱”，暗讽买家买不起（规则 2.4）',
    before: /(?:建议|还是|先|您|你|回去|多|再|等)(?:先|还是|多|回去)?$/,
    notSentence: /攒钱罐|存钱罐|储钱罐|储蓄罐|小猪|积分|金币|我们也|我们都|我也|我都|孩子|宝宝|零花钱/,
    window: 30,
    deniable: false,
  },
  {
    // Round 37 (t37d): a cheap price set against a costly result the buyer wants (一百多块的耳机想要几千块的效果) — the buyer's expectations mocked by
    // their spend. Not a value claim (一百多块能有上千块的效果，性价比很高).
    words: ['的效果', '的品质', '的体验', '的质量', '的音质', '的水准', '的手感', '的待遇', '的服务'],
    severity: 'block',
    message: '拿买家花的钱少来嘲讽买家的要求，态度恶劣（规则 2.4）',
    before: /(?:想要|要|指望|期待|还想|想|图|盼着|奢望)(?:个|有|出|得到)?(?:几千|上千|好几千|几万|上万|千元|万元|[0-9]+千|大牌|专业级|旗舰|顶级|高端)(?:块|元|块钱)?(?:级|级别)?$/,
    sentence: /(?:一|几|两|三|四|五|六|七|八|九)?(?:十|百)(?:多)?(?:块|元)|[0-9]+(?:多)?(?:块|元)|便宜|平价|这个价|这点钱|这价/,
    notSentence: /性价比|物超所值|媲美|堪比|不输|超值|划算/,
    window: 30,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's job in the belittling 您一个…的 frame, with goods said good enough for them (您一个跑外卖的，用个几十块的就够了 /
    // 你一个打工的，买这么贵的干嘛). Not a job named for goods that suit it (您是跑外卖的话，推荐防水款).
    words: BELITTLED_JOBS,
    severity: 'block',
    message: '拿买家的职业贬低买家“只配用便宜货”，属于人身攻击（规则 2.4）',
    before: /(?:您|你)(?:就|只是|不过是|也就是|就是)?一个(?:天天|每天|成天|整天)?$/,
    after: /^(?:的|仔|妹)?(?:而已)?/,
    sentence: /就够了|够用了|就行了|就可以了|用不着|用不上|没必要|犯不着|凑合|也就|配不上|不配|别买|省省|何必|干嘛|干什么|浪费|糟蹋|白瞎/,
    window: 40,
    // (sympathy with the job is no sneer: 您一个打工的也不容易，这款几十块就够用了)
    notSentence: /不容易|辛苦|心疼|理解您|省心|实惠/,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's upbringing "experienced" (这家教我们算是领教了 / 您的素质我们见识了). Not a tutor (家教老师).
    words: ['家教', '教养', '素质', '人品', '为人', '德行', '德性', '修养'],
    severity: 'block',
    message: '讥讽买家的家教、素质“领教了”，属于人身攻击（规则 2.4）',
    after: /^[^，。！？]{0,6}?(?:算是|可算是?|真是|总算|也算|真的|彻底|今天)?(?:领教|见识)(?:了|到了|过了)/,
    notBefore: /(?:我们|我|员工|客服|店员|团队)(?:的)?$|老师$/,
    notSentence: /老师|辅导|补习|课程|专业素质|业务素质/,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer who cannot follow plain rules sent to a child to have them explained (规则书写得很清楚了，这款推荐12岁以上。您要是看不懂，
    // 可以让家里孩子给您讲讲) — the buyer set below a child. Not help with an app (不会下载的话可以让家里年轻人帮您，或者我们发视频).
    words: ['给您讲讲', '给你讲讲', '给您讲', '给你讲', '给您解释', '给你解释', '教教您', '教教你', '教您', '教你', '给您念', '给你念', '给您读', '给你读', '帮您看看', '帮你看看', '带带您', '带带你'],
    severity: 'block',
    message: '让孩子给买家讲解，暗讽买家理解力不如孩子（规则 2.4）',
    before: /(?:让|叫|找|请|问问)(?:您|你)?(?:家里|家|身边)?(?:的)?(?:上小学的|读小学的|上学的|上初中的|小)?(?:孩子|小孩|小孩子|娃|儿子|女儿|孙子|孙女|外孙|外孙女|小朋友|小学生|初中生|学生)(?:帮忙|来)?$/,
    sentence: [/看不懂|不懂|不明白|搞不懂|弄不懂|学不会|还不会|都不会|不会(?:看|拼|玩|用|装|弄|操作|写|算|读)|理解不了|看不明白/, /写得(?:很|挺|非常|特别|够)?清楚|写清楚了|清清楚楚|明明白白|(?:[0-9]+|十[一二三四五六七八九]?|[六七八九])岁以上|小学生|小孩子都|孩子都|小朋友都|一看就懂|很简单/],
    notSentence: /视频|教程|图解|我们(?:可以|来|给您|帮您)|客服/,
    window: 60,
    deniable: false,
  },
  {
    // Round 37 (t37d): the buyer's place as the reason they cannot use the goods (你们那边可能接触得少，不会用也正常 / 您那儿估计没见过，难怪) — regional
    // condescension. Not a market note with help (这款国内接触得少，我们附了中文说明) nor a place's climate.
    words: ['接触得少', '接触的少', '接触少', '很少接触', '没怎么接触', '不常接触', '没接触过', '见得少', '见的少', '没见过', '没怎么见过', '少见', '不常见', '用得少', '没用过'],
    severity: 'block',
    message: '拿买家的地域说买家没见识、不会用，属于地域歧视（规则 2.4）',
    before: /(?:你们|您们|您|你)(?:家|们家)?(?:那边|那儿|那里|那地方|那种地方|老家|当地|那块|那片|那一片)(?:的人)?(?:可能|估计|应该|平时|一般|大概|怕是)?(?:都|也|比较|还)?$/,
    sentence: /正常|难怪|不奇怪|情有可原|可以理解|不怪(?:您|你)|也就|土|落后|没见识|见识/,
    notSentence: /视频|教程|说明书|我们(?:给|帮|来|可以|附)|发您|第一次/,
    window: 30,
    deniable: false,
  },
];

/** Round 38 (t38c): the buyer's own failure told just before (养死三缸鱼了, 画成这样, 摔坏了, 连…都不会): what makes blaming the goods a jibe. */
const BUYER_WRECKED =
  /(?:养|用|弄|搞|玩|画|做|修|装|烤|煮|炒|洗|穿|骑|开|摔|砸|拆|剪|写|拍|练|种|烧|烫|泡|染|刷|喂)(?:死|坏|断|烂|废|糊|焦|碎|裂|残|歪|花|丢|没了|成这样|成那样|得一塌糊涂)|成(?:这样|那样|这副样子|这个样子)|(?:都|也)(?:不会|不懂|搞不定|整不明白|弄不明白)|连[^，。！？]{1,8}(?:都|也)|死了?[一二两三四五六七八九十几0-9]+(?:缸|条|只|盆|棵|批|次|个|回)/;
/** What 怪 also says as an adverb (还怪好看的, 还怪心疼的): no blame. */
const GUAI_ADVERB = /^(?:好|不错|可爱|漂亮|舒服|有意思|有趣|不好意思|可怜|可惜|心疼|难受|伤心|舍不得|难为情|辛苦|累|麻烦|贵|香|甜|冷|热|难|烦|吓人|沉|重|大|小|多|少|快|慢|乖|别扭|想|喜欢)/;
const ROUND38_CUES: Cue[] = [
  {
    // Round 38 (t38c): the buyer's own failure, then the goods blamed mocked (养死三缸鱼了还好意思怪过滤器？ / 画成这样怪马克笔？ / 自己摔坏了还赖
    // 手机壳) — the failure named right before and the blame thrown back. Not 怪 as an adverb (用了一周还怪好用的) nor our own fault owned.
    words: ['好意思怪', '好意思赖', '好意思怨', '好意思说', '还怪', '还赖', '还怨', '倒怪', '反倒怪', '反而怪', '就怪', '怪起', '赖起', '就赖', '去怪', '来怪', '这样怪', '这样赖'],
    severity: 'block',
    message: '先说买家自己弄坏、做不好，再嘲讽买家怪商品，属于挑衅（规则 2.4）',
    before: new RegExp(`(?:${BUYER_WRECKED.source})[^，。！？]{0,6}$`),
    notAfter: GUAI_ADVERB,
    notSentence: /抱歉|不好意思|对不起|是我们|我们的(?:问题|错|责任|失误)|不能怪|不怪(?:您|你)|别怪自己|理解|心疼|宝宝|孩子|小朋友/,
    deniable: false,
  },
  {
    // (…the failure and the blame in one breath: 画成这样怪马克笔？, 烤成这样还赖烤箱)
    words: ['成这样怪', '成那样怪', '成这样赖', '成这样还怪', '成这样还赖', '成这样也怪', '成这样就怪', '成这个样子还怪', '成这样还好意思', '成这样也好意思', '成这样还有脸'],
    severity: 'block',
    message: '先说买家自己弄坏、做不好，再嘲讽买家怪商品，属于挑衅（规则 2.4）',
    before: /(?:养|用|弄|搞|玩|画|做|修|装|烤|煮|炒|洗|穿|骑|开|摔|砸|拆|剪|写|拍|练|种|烧|烫|泡|染|刷|喂|织|缝|绣|拼|涂|描)$/,
    notAfter: GUAI_ADVERB,
    notSentence: /抱歉|不好意思|对不起|是我们|我们的(?:问题|错|责任|失误)|不能怪|不怪(?:您|你)|别怪自己|理解|心疼|宝宝|孩子|小朋友/,
    deniable: false,
  },
  {
    // Round 38 (t38c): 连…都不会…还… — too inept for the plain act, yet at the hobby (连焊台都不会开还玩开发板，笑死 / 连鱼竿都不会甩还想钓大鱼). Not
    // comfort or help after it (连螺丝都不会拧也没关系，我们上门装), a child or a pet.
    words: ['都不会', '也不会', '都搞不定', '都不懂', '都分不清', '都看不懂', '都弄不明白', '都整不明白', '都用不明白', '都玩不明白', '都拿不稳', '都装不上'],
    severity: 'block',
    message: '说买家“连…都不会还…”，嘲讽买家的能力（规则 2.4）',
    before: /连[^，。！？]{1,10}$/,
    // (round 38, t38g: …or keep, ride, use — 连公母都分不清还养什么蜥蜴)
    after: /^[^，。！？]{0,4}?(?:还|就)(?:想|敢|玩|学|买|搞|好意思|怪|嫌|折腾|来|挑|评|跟|学人家|当|要玩|要学|要买|养|要养|骑|开|用|做|种|拍)/,
    notSentence: /没关系|不要紧|没事的|别担心|正常|很多人|我们(?:可以|来|帮|给|上门)|视频|教程|宝宝|孩子|小朋友|婴儿|狗狗|猫咪|宠物/,
    deniable: false,
  },
  {
    // Round 38 (t38c): the buyer said to lack the gift for it, as the reason for a failure (画成这样…自己没天赋吧 / 您可能就是没这个天分). Anchored on
    // the frame, the gift word after it as 天 + any unit but a common compound's (天然, 天气, 天猫…), so no new character (賦) enters the t2s
    // table and the second opinion's training digest stays as trained (see the round 37 gift cue). Not comfort (没天赋也能学会,
    // 不需要天赋) nor weather (没天晴).
    words: ['没天', '没有天', '没啥天', '没什么天', '没那个天', '没这个天', '没这天', '缺乏天', '缺点天'],
    after: /^(?:分|份|(?!然|气|晴|亮|黑|理|良|日|空|线|窗|下|上|内|后|前|的|都|天|猫|花|地|数|使|堂|桥|鹅|蓝|真|平|际|生|台|边|冷|热|长|才|津|安|涯)[\u4e00-\u9fff])/,
    grow: true,
    severity: 'block',
    message: '说买家“没天赋”，嘲讽买家的能力（规则 2.4）',
    sentence: /自己|您|你|吧|就是|真是|果然|难怪|怪不得|画成|弄成|搞成|做成|这水平/,
    notSentence: /也能|也可以|也行|都能|都可以|不需要|不用|无需|没关系|不要紧|别担心|练|慢慢|零基础|新手|入门|谁都|人人|我(?:也|自己)?(?:没|不)/,
    deniable: false,
  },
  {
    // Round 38 (t38c): a parent shamed over their child (当妈的这点都不懂？真替孩子担心 / 做父母的连这个都不知道). Not a parent's plight shared
    // (当妈的都不容易, 当妈的都知道孩子长得快).
    words: ['当妈的', '当爹的', '当爸的', '做妈的', '做爸的', '当妈妈的', '当爸爸的', '做妈妈的', '做父母的', '当父母的', '当家长的', '做家长的', '为人父母', '为人母', '当妈', '做妈'],
    severity: 'block',
    message: '拿买家“当妈的”身份嘲讽其不懂，贬低买家（规则 2.4）',
    after: /^(?:的)?(?:连)?(?:这点|这个|这些|这都|这么简单的|这种)(?:事|东西|常识|道理|基本的)?(?:都|也)?(?:不懂|不知道|不会|搞不清|分不清|弄不明白|看不懂|不清楚|做不到)/,
    deniable: false,
  },
  {
    // Round 40 (t40n): the buyer's fitness as a parent mocked after a failure (连段数都分不清还当妈 / 这都不懂也敢当爹 / 奶粉都冲不好还做父母):
    // a plain failure, then 还/也敢 + the parent's role. The child may be named (it is the point), unlike the 连…都不会还… rule.
    words: ['当妈', '当爹', '当爸', '做妈', '做爸', '当妈妈', '当爸爸', '做妈妈', '做父母', '当父母', '当家长', '做家长', '为人父母', '为人母', '当娘', '做娘'],
    severity: 'block',
    message: '说买家连小事都做不好还“当妈”，嘲讽买家为人父母的资格（规则 2.4）',
    before: /(?:都|也)(?:不会|不懂|分不清|搞不清|搞不懂|弄不明白|整不明白|看不懂|不知道|记不住|认不清|算不清|冲不好|喂不好|带不好|做不好|顾不好|管不好)[^，。！？]{0,3}(?:还|也敢|还敢|还好意思|就敢|就)$/,
    deniable: false,
  },
  {
    // Round 40 (t40n): pity for the buyer's child or pet for having the buyer (孩子跟着您也是挺难的 / 摊上你这样的主人，这猫也是倒霉 / 宝宝跟着你真遭罪):
    // the child or animal, 跟着/摊上 the buyer, then a hardship word. Not an outing or care told (宝宝跟着您出门…, 狗狗跟着你跑步很开心).
    words: ['跟着您', '跟着你', '摊上您', '摊上你', '碰上您', '碰上你', '遇上您', '遇上你', '有您这样的', '有你这样的', '有您这么个', '有你这么个'],
    severity: 'block',
    message: '替买家的孩子、宠物“叫苦”，嘲讽买家不配为人父母或主人（规则 2.4）',
    before: /(?:孩子|宝宝|娃|小孩|儿子|闺女|女儿|猫|狗|猫咪|狗狗|毛孩子|宠物|鹦鹉|鱼|兔子|仓鼠)(?:也|真|可|就)?(?:是)?$/,
    after: /^(?:这样的|这种)?(?:妈|爹|爸|家长|主人|铲屎官)?[^，。！？]{0,4}?(?:也|真|可|就)?(?:是)?(?:挺|够|太|真|怪|蛮|有点|真是)?(?:难|遭罪|受罪|倒霉|倒了霉|可怜|命苦|造孽|受苦|遭殃|活受罪|惨)/,
    notSentence: /出门|外出|旅行|散步|跑步|玩|开心|快乐|幸福|舒服|放心|安心/,
    deniable: false,
  },
  {
    // Round 40 (t40n): the buyer told to give up keeping an animal or a plant after a failure (自己都养不明白就别养了 / 这样都照顾不好还是别养了 /
    // 花都养不活就别种了). Not care advice for a breed (新手养不好的话，建议先选好养的品种), a warning about a species, or where to keep it (您别养在阳台).
    words: ['别养', '别再养', '不要养', '不要再养', '别种', '别再种'],
    severity: 'block',
    message: '说买家“养不明白就别养了”，嘲讽买家不配养宠物（规则 2.4）',
    before: /(?:(?:都|也)(?:养|照顾|喂|管|带|种|伺候)(?:不明白|不好|不活|不了|不来)|都不会(?:养|照顾|喂|种))[^，。！？]{0,2}(?:就|那就|还是|干脆|趁早|最好)?$/,
    notSentence: /建议|推荐|可以选|新手|入门|好养的|品种|这种(?:鱼|虾|猫|狗|鸟|花)|不适合|如果|要是/,
    deniable: false,
  },
  {
    // Round 40 (t40n): 鸡毛 as a crude "nothing" after a demand or verb (退个鸡毛款 / 赔个鸡毛 / 懂个鸡毛 / 投诉个鸡毛啊): the buyer's request waved off
    // in a vulgar frame. Not the goods (买个鸡毛掸子, 鸡毛毽子), the idiom 鸡毛蒜皮, or feathers in a material list.
    words: ['个鸡毛', '什么鸡毛', '啥鸡毛'],
    severity: 'block',
    message: '用“退个鸡毛款”这类粗话打发买家，属于不文明用语（规则 2.4）',
    before: /(?:退|换|赔|补|要|懂|管|问|说|急|吵|闹|催|投诉|差评|申请|售后|维权|退款|退货|找|算|图|看|知道|叫|嚷|喊|哭)(?:了)?$/,
    notAfter: /^(?:掸|蒜皮|毽|信|令箭|扇|笔|菜|秤|毛|绒|羽)/,
    deniable: false,
  },
  {
    // Round 40 (t40n): the fault turned on the buyer's body after the goods are cleared (耳机没问题，有问题的是您耳朵 / 出毛病的是你眼睛 /
    // 该治的是您的脑子). Not the buyer's device or setting (有问题的是您手机的蓝牙设置) nor a condition to tell apart (如果…是眼睛还是镜片).
    words: ['有问题的是', '有毛病的是', '出问题的是', '出毛病的是', '该治的是', '该看医生的是', '该检查的是', '不好使的是', '不行的是'],
    severity: 'block',
    message: '把问题推到买家的耳朵、眼睛、脑子上，贬低买家（规则 2.4）',
    after: /^(?:您|你)(?:的|自己的|自己|这)?(?:对)?(?:耳朵|眼睛|眼神|眼|脑子|脑袋|脑瓜|听力|视力|记性|智商|理解力|理解能力|手(?![机表环柄链套绳工腕])|鼻子|舌头|味觉|嗅觉|审美|眼光|牙口)/,
    notSentence: /如果|要是|的话|万一|是否|还是|我的|我这/,
    deniable: false,
  },
  {
    // Round 38 (t38c): the buyer judged unable to keep it up, as the reason a refund is just as well (反正您也不像是能坚持下来的人 / 你看着就不像能练下去的).
    // Not a reassurance that the buyer will not do harm (您不像是会乱给差评的人).
    words: ['不像是能', '不像能', '不像是会', '不像会', '不像是那种能', '不像那种能', '不像是个能', '不像个能'],
    severity: 'block',
    message: '断言买家“不像能坚持的人”，贬低买家（规则 2.4）',
    before: /(?:您|你)(?:也|就|本来就|一看就|看着就?|看起来就?|怎么看都|压根|根本)?$/,
    after: /^[^，。！？]{0,4}?(?:坚持|练下|练成|练出|学会|学得会|学成|做到|读完|用完|瘦下|瘦得|自律|早起|长久|吃苦|动手|用得上|用得好|玩得转)/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the buyer's chosen taste likened to a scorned kind or place (那种花里胡哨的风格一看就是乡镇暴发户的口味 / 就您挑的这几样配色，跟
    // 农村大集上的摊子差不多) — a taste word, the buyer, and a likening, with the scorned kind as the anchor. Not a style offered (乡村风的
    // 桌布, 适合农家乐), goods for a place (农村也能送到), nor the buyer's own word told back.
    words: ['暴发户', '土大款', '土老板', '土财主', '乡镇', '农村大集', '大集上', '赶集', '城乡结合部', '菜市场', '地摊', '路边摊', '夜市摊', '村口', '乡下', '农村', '县城', '土包子', '杀马特', '洗脚城', '农家乐'],
    severity: 'block',
    message: '把买家的品味比作“暴发户”“农村集市”，贬低买家（规则 2.4）',
    notAfter: /^(?:风|款|系列|主题|元素|美学)/,
    sentence: [
      /(?:您|你)/,
      /口味|品味|品位|审美|风格|配色|搭配|眼光|喜好|挑的|选的|看中的|看上的|想要的|要的那种|喜欢的/,
      /一看就是|就是|像|差不多|一样|似的|一个样|一个路子|一个档次|那挂|那一挂|那种|的口味|的审美|的品味|的水平|的档次|味儿/,
    ],
    window: 40,
    notSentence: /乡村风|田园风|复古风|民族风|(?:乡村|田园|复古)(?:风格|款)|适合(?:在)?(?:农村|乡下|县城|农家乐|夜市|摆摊|地摊)|送(?:到|达|货)|配送|快递|物流|包邮|发货|特产|推荐|流行|卖得|您觉得|你觉得|您嫌|觉得[^，。！？]{0,6}土/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the buyer's taste said to deserve only a cheap freebie (您这品味，也就配个加油站送的打火机了 / 你这审美只配个地摊货) — 配个 with
    // the taste or level named. Not goods paired (这款也就配个充电线, 给您配个收纳袋).
    words: ['也就配个', '只配个', '就配个', '也就配点', '只配点', '也就配得上', '只配得上', '就配得上', '也只配个'],
    severity: 'block',
    message: '嘲讽买家的品味只配用便宜货，贬低买家（规则 2.4）',
    sentence: /(?:您|你)(?:这|的|这个|那)(?:个|种|点)?(?:品味|品位|审美|眼光|水平|档次|身份|层次|段位|消费水平|格调|口味)/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the goods said to "pick people" after the buyer's body is named (您这身材穿古着？古着也挑人的 / 你那腿型穿紧身裤？这条很挑身材的).
    // Not a plain fit note with no body of the buyer's judged (这款比较挑身材，建议看尺码表) nor praise (您这身材穿很合适).
    words: ['挑人', '挑身材', '挑身形', '挑体型', '挑腿型', '挑脸型', '挑个子', '挑人穿'],
    severity: 'block',
    message: '先说买家的身材，再说商品“挑人”，暗中贬低买家的外貌（规则 2.4）',
    sentence: /(?:您|你)(?:这|那|的|这个|那个)(?:个|种|双|条)?(?:身材|体型|身形|身板|块头|腿型|腿|腰|肚子|脸型|脸|个子|体重|屁股|胳膊)/,
    window: 40,
    notSentence: /(?:很|挺|特别|非常|刚好|正好|都)?(?:合适|适合您|适合你|好看|显瘦|漂亮|标准|匀称|完美|羡慕)|身材(?:真|很|挺|超|太)?好|推荐|建议(?:选|看|参考|量)|尺码表|参考/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the buyer's home scorned as shabby, then the purchase mocked (住老破小还装智能锁？/ 住城中村还买这么贵的灯). Not the home's kind
    // named to fit it (老破小也能装, 老破小的门框建议先量一下).
    words: ['老破小', '破房子', '破屋', '破房', '危房', '贫民窟', '棚户区', '城中村', '筒子楼', '鸽子笼', '出租屋', '地下室', '群租房'],
    severity: 'block',
    message: '嘲讽买家的住处寒酸，贬低买家（规则 2.4）',
    before: /(?:住|住着|住在|住的|住的是|住个|住这|住那|您家是|你家是|您那|你那|就您那|就你那)[^，。！？]{0,2}$/,
    after: /^(?:里|的)?(?:还|也|居然|竟然|都)(?:想|要|装|买|用|配|整|搞|学人家|挑|嫌|讲究|敢)/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the buyer's schooling mocked as the reason they don't know (初中课本里就有，您上学时没学吗？ / 你读书的时候老师没教过吗 / 学校没
    // 教过您吗). Not comfort (您上学时没学过也正常，我给您讲一下), a child or a student.
    words: ['上学时', '上学的时候', '上学那会', '上学时候', '读书时', '读书的时候', '读书那会', '念书时', '念书的时候', '念书那会', '上课时', '上课的时候'],
    severity: 'block',
    message: '反问买家“上学时没学吗”，嘲讽买家的学识（规则 2.4）',
    before: /(?:您|你)(?:当年|以前|小时候|那时|那时候)?$/,
    after: /^(?:儿)?(?:老师|学校)?(?:没|没有|都没|都没有|不)(?:学|学过|教|教过|听|听讲|听课|好好学|认真学|认真听|好好听)(?:过)?(?:这个|这些|吗|么|嘛|吧|啊|呀|$)/,
    notSentence: /正常|没关系|不要紧|很多人|我(?:来|给您|给你|帮您|再)|孩子|宝宝|小朋友|学生|同学/,
    deniable: false,
  },
  {
    words: ['学校没教', '老师没教', '课本上没教', '课上没学', '学校没学', '老师没讲', '课本没教'],
    severity: 'block',
    message: '反问买家“老师没教过吗”，嘲讽买家的学识（规则 2.4）',
    after: /^(?:过)?(?:您|你)?(?:吗|么|嘛|啊|呀|吧)/,
    notSentence: /正常|没关系|不要紧|很多人|我(?:来|给您|给你|帮您|再)|孩子|宝宝|小朋友|学生|同学/,
    deniable: false,
  },
  {
    // Round 38 (t38g): the buyer presuming to teach the experts (什么时候轮到您来教我们怎么烘木头了 / 还用你教我们？/ 用不着您来指点我们) — the shop's
    // craft set against the buyer's say. Not a child taught with a product (学完就轮到你来教孩子啦).
    words: ['轮到您', '轮到你', '轮得到您', '轮得到你', '轮不到您', '轮不到你', '用得着您', '用得着你', '用不着您', '用不着你', '还用您', '还用你', '哪用得着您', '哪用得着你', '还轮得到您', '还轮得到你'],
    severity: 'block',
    message: '讥讽买家“轮不到您来教我们”，态度恶劣（规则 2.4）',
    // Round 47 (t47d): …also in dialect (还轮得到你来教俺们做事).
    after: /^(?:来)?(?:教|指点|指导|教育|说教|指教)(?:我们|我|咱们|咱|行家|师傅|俺们|俺|阿拉|我哋|额们)/,
    notSentence: /孩子|宝宝|小朋友|学生|课程|学会|学完/,
    deniable: false,
  },
];

// Round 45 (t45j, T45J_CUES): veiled put-downs of the buyer's competence or body dressed as advice, each a pair of word families:
// a minder or a child to consult before using or asking (家里有个明白人在旁边再用, 下次先问问家里小朋友再来找我们); school basics to
// revise before buying (先把初中地理课本翻出来温习一下); the buyer's body blamed for the failure and mocked as nothing the shop sells
// (可能跟肺活量有关系吧，这个我们店是真卖不了); the buyer's device called junk (老古董还指望它…, 我们这儿不回收电子垃圾); a load limit's
// scare word aimed at the buyer's weight (单人款怕"扛不住"，我们真的是为您好).
const T45J_CONSULT_TRIVIAL = /下次|以后|这种问题|这类问题|这种事|这么简单|这个问题|这都|这点事|常识/;
const T45J_ASK_OTHERS_OK = /喜欢|尺码|鞋码|码数|身高|体重|颜色|款式|想要|意见|口味|型号|生日|礼物|确认一下(?:地址|收件)|(?:我|我们)(?:帮|给|来)/;
const T45J_CUES: Cue[] = [
  {
    // a competent minder wished on the buyer (建议您家里有个明白人在旁边再用机器, 最好找个明白人陪着): 明白人 is the buyer's lack. Not the shop's
    // own expert offered (我帮您找个明白人（技术师傅）回复).
    words: ['明白人', '脑子清楚的人', '头脑清醒的人', '靠谱的大人', '懂事的大人'],
    severity: 'block',
    message: '暗示买家需要“明白人”在旁看着，嘲讽买家的能力（规则 2.4）',
    before: /(?:家里|身边|旁边|您那边|你那边|家人里)?(?:有|找|叫|请|让|喊)(?:个|一个|位|一位)?$/,
    window: 30,
    sentence: /建议|最好|还是|下次|以后|得|麻烦|再用|再来|在旁边|陪着|看着|盯着/,
    notSentence: /(?:我|我们)(?:帮|给|替)(?:您|你)?(?:找|请|安排)|师傅|技术|工程师/,
    deniable: false,
  },
  {
    // a child to ask before the buyer asks us (这种问题，下次建议先问问家里小朋友再来找我们): the question called child's play. Not the child's
    // own wishes to check (先问问孩子喜欢哪个颜色再来下单).
    words: ['小朋友', '小孩', '孩子', '儿子', '女儿', '闺女', '孙子', '孙女', '小学生'],
    severity: 'block',
    message: '让买家“先问问小孩再来”，嘲讽买家的能力（规则 2.4）',
    before: /问问(?:您|你)?(?:家里|家)?(?:的)?(?:上小学的|上幼儿园的)?$/,
    after: /^(?:们)?(?:再|然后再)(?:来)?(?:找|问|咨询|联系|麻烦)/,
    window: 40,
    sentence: T45J_CONSULT_TRIVIAL,
    notSentence: T45J_ASK_OTHERS_OK,
    deniable: false,
  },
  {
    // school basics to revise before buying or asking (建议买地球仪之前先把初中地理课本翻出来温习一下, 下单前先回去把小学数学补一补). Not a study
    // aid's pitch (配合初中地理课本复习使用, 适合初中生温习).
    words: ['小学', '初中', '中学', '高中', '九年义务教育', '义务教育'],
    severity: 'block',
    message: '让买家先回去温习中小学课本，嘲讽买家的文化水平（规则 2.4）',
    before: /(?:先|回去|之前|以前|前)(?:把|将)?$/,
    after: /^(?:的)?(?:地理|数学|物理|化学|语文|英语|历史|生物|科学|自然|常识)?(?:的)?(?:课本|教材|课|书|知识)?[^，。！？]{0,6}?(?:温习|复习|重温|补一补|补补|补一下|回炉|重修|再学|重新学|学一遍|学一下)/,
    window: 40,
    sentence: /建议|最好|还是|先|之前|再买|再来|再问|再下单|再退/,
    notSentence: /配合|搭配|适合|辅导|同步|教辅|学生|孩子|宝宝|小朋友|学习机|点读|(?:我们|本店)(?:可以|有|提供)/,
    deniable: false,
  },
  {
    // the buyer's body blamed for the failure and mocked as nothing the shop sells (可能跟肺活量有关系吧，这个我们店是真卖不了😊; 拧不开是手劲的问题，
    // 手劲我们可卖不了). Not the skill taught or a tool offered (需要一定肺活量，可以先练长音; 手劲小可以用开瓶器).
    words: ['肺活量', '力气', '手劲', '手劲儿', '臂力', '体力', '腕力', '握力', '腿劲', '脚力', '气力'],
    severity: 'block',
    message: '把故障归咎于买家的身体条件并加以讽刺，属于挑衅（规则 2.4）',
    window: 30,
    sentence: [/(?:跟|和|与)[^，。！？]{0,6}?有关|的问题|不够|不太够|太小|太弱|差了点|不行/, /(?:卖|买|补|配|送|换)不了|没得卖|没法卖|不卖这个|(?:店|我们)(?:里|这)?(?:也|可|是真|真)?(?:没有卖|不卖|没卖)/],
    notSentence: /练|训练|教程|开瓶器|辅助|省力|电动|助力|推荐|建议(?:您|你)?(?:选|换|用)/,
    deniable: false,
  },
  {
    // the buyer's device or belongings called junk (2016年的老古董还指望它支持压感？…我们这儿不回收电子垃圾哈). Not a retro style, a collectible
    // or a trade-in offer (复古老古董造型, 旧机以旧换新回收).
    words: ['老古董', '电子垃圾', '破烂', '老爷机', '古董机', '老掉牙的', '破玩意'],
    severity: 'block',
    message: '把买家的设备或物品称作“老古董/电子垃圾”并加以嘲讽，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: /还指望|还想|还要求|还要|指望|不回收|扔了吧|扔掉吧|该扔|该淘汰|进博物馆|送博物馆|捐给博物馆|先换台|先换个|换台|换个/,
    notSentence: /以旧换新|环保|回收价|旧机回收|回收服务|抵扣|复古|造型|收藏|文玩|古董店|古玩|仿古|做旧|我们(?:家|的|这)?(?:老|旧)/,
    deniable: false,
  },
  {
    // a load limit's scare word aimed at the buyer's weight, with nothing else to carry (看了您备注的情况…单人款怕"扛不住"，我们真的是为您好😊). Not a
    // load named (两个人一起用怕扛不住, 装满书会撑不住).
    words: ['扛不住', '撑不住', '承受不住', '吃不消', '顶不住', '受不住', '架不住', 'hold不住', '托不住', '兜不住'],
    severity: 'block',
    message: '借承重“扛不住”暗讽买家体重，属于不文明用语（规则 2.4）',
    window: 40,
    sentence: [/承重|载重|kg|公斤|斤|双人|加宽|加固|加厚|大号|大码/, /为(?:您|你)好|(?:您|你)懂的|懂的都懂|(?:您|你)(?:备注|的情况|这情况|这体重|的体重|的身材|的体型|这体型|这身材|这身板)|[“"「][^”"」]{0,3}$/],
    notSentence: /两个人|两人|一家|多人|全家|带孩子|孩子|宝宝|放东西|装满|重物|行李|书|货|宠物|狗|猫|风|雪|雨|水/,
    deniable: false,
  },
];

// Round 46 (t46c, T46C_CUES): contempt and mockery with no swear word, each a pair of word families with the buyer as target: a
// picture offered after counting the buyer's repeats (第四遍了亲，要不我给您画个图); a part of the goods "no ornament" after the buyer's omission
// (没加水…它不是装饰品); the buyer's schooling in a counterfactual about their life now (上学的时候要有这劲头，现在也不至于…); a basic
// blunder read as proof the buyer is easily cheated (这都能量错，没少被人坑吧); the buyer's looks set against a flattered group and steered
// to the least visible choice (适合五官立体的姐妹，您嘛…最不显眼); someone else in the home to operate it (建议家里换个人来操作); fiction-writing
// advised over the buyer's reasons (理由挺有创意，建议去写小说); whatever the buyer wears likened to a lowly look (戴哪顶都像刚从工地下班).
/** The agent's count of the buyer's repeats (第四遍了, 说了三遍, 第五次问了). */
const T46C_REPEAT_COUNT = /第(?:[2-9]|[二三四五六七八九十几n]+)(?:遍|次)(?:问|说|解释|咨询)?了|(?:说|讲|解释|问|教)了(?:[2-9]|[二三四五六七八九十几n好多]+)(?:遍|次)/;
/** The buyer's omission or mistake before a part is called "no ornament" (没加水, 忘了插电, 没打开). */
const T46C_OMISSION = /(?:没|没有|忘了|忘记|不)(?:加|放|装|插|打开|开|按|拧|接|注|倒|灌|充)|是因为/;
/** Our own staff as the subject (我们打包的同事, 我们仓库的师傅): blaming them is self-criticism, not a jab at the buyer (HV-068's kind). */
const T46C_OWN_STAFF = /(?:我们|我们的|我们家|我们店|本店|咱们|我这边)[^，。！？]{0,6}(?:同事|员工|师傅|小哥|伙计|小伙伴|打包员|仓管|客服|新人|实习生)/;
const T46C_CUES: Cue[] = [
  {
    // A drawing offered to the buyer after the agent counts their repeats (第四遍了亲，要不我给您画个图？; 说了三遍了，我画张图给您吧) — the buyer
    // called too slow for words. Not a diagram offered on a first question (我给您画个图标一下位置).
    words: ['画个图', '画张图', '画幅图', '画一张图', '画个示意图', '画张示意图', '画个简笔画', '画出来给您', '画出来给你', '画给您看', '画给你看', '画个图给您', '画个图给你'],
    severity: 'block',
    message: '数着买家问了几遍，再说“要不我给您画个图”，嘲讽买家理解能力（规则 2.4）',
    sentence: T46C_REPEAT_COUNT,
    window: 30,
    notSentence: /同事|师傅|设计|图纸|定制|效果图|刻字|logo|草图确认/,
    deniable: false,
  },
  {
    // A part of the goods called "no ornament" after the buyer's omission (没加水…侧面那个小水箱，它不是装饰品; 没插电…这个开关不是摆设) — the buyer
    // mocked for not seeing it. Not the part's function explained (散热孔不是装饰，是用来散热的).
    words: ['不是装饰品', '不是装饰', '不是摆设', '不是摆着看的', '不是当摆设的', '不是装饰用的', '不是用来看的', '不是画上去的'],
    severity: 'block',
    message: '说产品部件“不是装饰品”挖苦买家没用上它，态度恶劣（规则 2.4）',
    sentence: T46C_OMISSION,
    window: 50,
    notSentence: /是用来|用来|用于|作用是|功能是|负责|散热|通风|防滑|装饰性|(?<!装)饰品|挂件|摆件/,
    notAfter: /^(?:哦|哈|呢|啊|呀)?(?:是|而是|它是|用来|用于)/,
    deniable: false,
  },
  {
    // The buyer's schooling in a counterfactual about their life now (上学的时候要有这劲头，现在也不至于天天蹲直播间等券了; 读书时要是这么认真，也不会
    // 只能…) — their diligence at bargains turned into a jab at their lot. Not a nostalgic wish (上学的时候要是有这款台灯就好了).
    words: ['也不至于', '就不至于', '也不会沦落', '也不用天天', '早就考上', '早考上', '也不会只能', '就不会只能'],
    severity: 'block',
    message: '借“上学时要有这劲头，现在也不至于…”挖苦买家的学历与处境（规则 2.4）',
    sentence: /(?:上学|读书|念书|当年|年轻|考试|高考)(?:的)?(?:时候|时|那会|那阵)?[^，。！？]{0,4}(?:要|要是|如果|若|能|肯)(?:有|拿出|用)?(?:这|这股|这份|这么|这般|一半)/,
    window: 50,
    notSentence: /就好了|多好|早点遇到|早点用上|孩子|宝宝|学生党|小朋友/,
    deniable: false,
  },
  {
    // A basic blunder read as proof the buyer is easily cheated (这么简单的东西都能量错，装修的时候没少被人坑吧？; 连这都看错，平时没少交智商税吧)
    // — the buyer called a mark. Not sympathy for a buyer once cheated elsewhere (您之前没少被坑吧，我们家保证正品).
    words: ['被人坑', '被坑', '被人骗', '被人忽悠', '被人宰', '被骗', '交智商税', '交学费', '被宰', '挨宰', '当冤大头', '当韭菜', '被割韭菜', '被忽悠'],
    severity: 'block',
    message: '由买家的小失误推断其“没少被人坑”，嘲讽买家（规则 2.4）',
    before: /(?:没少|经常|常常|总是|肯定|一定|估计|怕是|不少)(?:被人|被)?$/,
    after: /^(?:了)?(?:吧|吗|哦|啊|呀)/,
    sentence: /这么简单|这么基础|这都|这也|连[^，。！？]{1,8}都|都能[^，。！？]{0,3}(?:错|反|漏)|都(?:量|看|填|选|装|拍)(?:错|反)/,
    window: 50,
    notSentence: /放心|保证|正品|假一赔|不会让您|不会让你|我们家/,
    deniable: false,
  },
  {
    // The buyer's looks set against a flattered group, then steered to the least visible choice (适合五官立体的姐妹，您嘛……就选黑色吧，最不
    // 显眼; 适合皮肤白的美女，您就选最不起眼的灰吧). Not a quiet colour for a purpose (黑色最不显眼，放车里防盗).
    words: ['最不显眼', '不显眼', '最不起眼', '不起眼', '不引人注意', '没人注意', '没人看', '藏拙', '遮丑'],
    severity: 'block',
    message: '把买家与“五官立体/皮肤白的姐妹”对比后劝选“最不显眼”的，暗讽买家长相（规则 2.4）',
    sentence: /适合[^，。！？]{0,10}(?:五官|脸|皮肤|肤|身材|腿|颜值|长相|气质|骨相)[^，。！？]{0,6}的(?:姐妹|姐姐|妹妹|人|美女|女生|男生|顾客|宝宝|小仙女|帅哥)/,
    window: 60,
    notSentence: /防盗|防脏|耐脏|不显脏|停车|车里|户外|安全|低调奢华/,
    deniable: false,
  },
  {
    // Someone else at home told to operate the goods (机器没问题，建议家里换个人来操作; 要不换个人来装) — the buyer called inept. Not the shop's
    // own staff changed (我给您换个同事来跟进) nor help offered for a heavy job (搬不动可以叫家人帮忙).
    words: ['换个人', '换一个人', '换个人来', '换一个人来', '换别人来', '换个家人', '换位家人'],
    severity: 'block',
    message: '建议买家“换个人来操作”，暗讽买家无能（规则 2.4）',
    before: /(?:建议|最好|要不|还是|不如|干脆|可以)(?:您|你|亲)?(?:家里|家)?$/,
    after: /^(?:来)?(?:操作|做|用|弄|试试|试|装|安装|搞|使用|组装|调|煮|烤|蒸)/,
    notBefore: /(?:我|我们|给您|给你|帮您|帮你|客服)(?:这边)?(?:给您|给你|帮您|帮你)?$/,
    notSentence: /同事|客服|专员|售后|师傅|上门|搬|抬|扛|重/,
    deniable: false,
  },
  {
    // Fiction-writing advised over the buyer's reasons or stories (理由都挺有创意的，建议去写小说，别浪费才华; 您这借口不去当编剧可惜了) — the buyer
    // called a liar. Not goods for writers (适合写小说的机械键盘) nor a child's creative writing.
    words: ['写小说', '当编剧', '当作家', '写剧本', '当小说家', '去写书', '出本书', '拍电视剧', '拍电影'],
    severity: 'block',
    message: '讽刺买家的理由是编的、劝其“去写小说”，态度恶劣（规则 2.4）',
    before: /(?:建议|应该|可以|不如|干脆|怎么不|干嘛不|咋不|不去)(?:您|你|亲)?(?:去)?$/,
    sentence: /理由|借口|说法|故事|创意|想象|才华|编|剧情|浪费/,
    window: 50,
    notSentence: /键盘|笔记本|本子|电脑|软件|课程|孩子|宝宝|小朋友|作文|投稿|书架|台灯|适合/,
    deniable: false,
  },
  {
    // Whatever the buyer wears likened to a lowly look (戴哪顶都像刚从工地下班; 穿哪件都像村口大妈) — a jab at their looks. Not praise (戴哪顶都像明星).
    words: ['哪顶都像', '哪件都像', '哪个都像', '哪款都像', '哪条都像', '哪双都像', '哪副都像', '哪套都像', '什么都像', '啥都像', '哪身都像'],
    severity: 'block',
    message: '说买家穿戴什么都像“刚从工地下班”，贬低买家外貌（规则 2.4）',
    before: /(?:戴|穿|背|用|涂|抹|拿|围|套|配)$/,
    sentence: /工地|搬砖|下班|下地|种地|农民工|逃荒|逃难|要饭|乞丐|保安|大妈|大爷|老头|老太|村口|没睡醒|刚睡醒|麻袋|土|就算了|算了吧|别拍|不拍/,
    notSentence: /明星|模特|好看|漂亮|帅|美|气质|仙|精神|洋气|高级|显白|显瘦|可爱/,
    deniable: false,
  },
];

// ---- Round 48 (t48g): blame turned on the buyer with a smirk, no swear word (2.4); each a pair of cue families ----
/** The buyer's capacity named curtly (这酒量, 这点力气, 这手劲) — the anchors of the mock-cure cue below. */
const CAPACITY_T48G = ['这酒量', '这个酒量', '这点酒量', '这饭量', '这力气', '这点力气', '这手劲', '这点手劲', '这体力', '这点体力', '这胆子', '这点胆子', '这胆量', '这肺活量', '这车技', '这球技', '这厨艺', '这牙口', '这臂力', '这腕力', '这耐力', '这脚力', '这腰力', '这技术', '这水平'];
/** A childish or trivial stand-in prescribed instead (还是喝果汁吧, 就别喝了, 用儿童款吧): the buyer sent down to a child's level. */
const CHILD_CURE_T48G = /(?:还是|就|只能|干脆|不如|建议|要不)[^，。！？]{0,8}?(?:喝|吃|玩|用|买|选|换|拿|骑|开)[^，。！？]{0,4}?(?:果汁|牛奶|奶粉|旺仔|ad钙|养乐多|白开水|汽水|儿童|小孩|宝宝|幼儿|婴儿|小朋友|玩具|滑板车|扭扭车|学步)|就别(?:喝|玩|用|买|练|碰|骑|开|下厨)(?:了|吧)?(?![^，。！？]{0,6}(?:这款|高度|烈|刺激))/;
/** The goods cleared in the sentence, or the fault pinned on the buyer (不是产品的问题, 怪不了面膜, 别赖…). */
const FAULT_OFF_GOODS_T48G = /不是[^，。！？]{0,8}?的(?:问题|锅|毛病|错)|怪不了|赖不着|别(?:怪|赖)[^，。！？]{0,6}?(?:产品|东西|面膜|我们|商品)/;
const T48G_CUES: Cue[] = [
  {
    // Round 48 (t48g): the buyer told to fix their own body, hygiene or skill first and only then judge the goods (建议您先把头洗勤快点，再来评价
    // 梳子好不好用; 先把手练稳了再来说刀不快; 先减减肥再来挑裤子). Not a use step before judging (先用满一周再来评价效果, 先把头发吹干再来使用).
    words: ['再来评价', '再来评论', '再来评判', '再来说', '再来挑', '再来怪', '再来吐槽', '再来差评', '再来投诉', '再来质疑', '再来找我们', '再来嫌', '再来抱怨', '再来打分'],
    severity: 'block',
    message: '要买家先“把自己收拾好”再来评价，把问题推给买家并加以嘲讽（规则 2.4）',
    before: /先[^，。！？]{0,10}?(?:勤快|勤洗|洗勤|洗洗|勤换|练练|练好|练稳|练熟|多练|学好|减减|减肥|瘦下来|瘦点|瘦一点|锻炼|收拾收拾|收拾干净|把自己)[^，。！？]{0,6}?$/,
    notSentence: /宝宝|孩子|小朋友|使用|用满|疗程|吹干|擦干|说明书|教程/,
    deniable: false,
  },
  {
    // Round 48 (t48g): the buyer's capacity named curtly and a child's stand-in prescribed (一瓶西打就醉了？这酒量，还是喝果汁吧; 这点力气，
    // 还是玩儿童款吧; 这车技就别骑公路车了). Not a need met kindly (这款酒量小的朋友也能喝, 力气小的话选电动款).
    words: CAPACITY_T48G,
    severity: 'block',
    message: '嘲笑买家的酒量、力气或技术，让买家去用“小孩的东西”，属于嘲讽（规则 2.4）',
    after: /^(?:呀|啊|嘛|的话)?(?:[，。！？…~]|$)|^(?:还是|就别|就|不如|干脆|建议)/,
    sentence: CHILD_CURE_T48G,
    notSentence: /大的朋友|小的朋友|也能|都能|适合|推荐|的话|如果|放心|不用担心|宝宝(?:的|用)|孩子(?:的|用)/,
    window: 30,
    deniable: false,
  },
  {
    // Round 48 (t48g): the fault moved off the goods onto the hand that used them (不是球的问题，是用球的手的问题; 是拿刀的那只手的问题). The bare
    // 用…的人 reads in t45f; a technique (是用刀的手法问题) is use advice, not the buyer.
    words: ['的问题', '的毛病', '的锅'],
    severity: 'block',
    message: '把问题从商品推到“用它的手”上，暗中贬低买家（规则 2.4）',
    before: /是(?:您|你)?(?:自己)?(?:用|拿|握|使|刷|开|骑|端|抹|涂|搓|扫|拖|切|抛|甩|挥|捏|拧|穿|戴|拍)[^，。！？的]{0,4}?的(?:那只|这只|那双|这双|那两只)?(?:手|爪子|脑子|脑袋|眼睛)$/,
    sentence: FAULT_OFF_GOODS_T48G,
    notSentence: /我们的问题|我们的锅|是我们|抱歉|不好意思|手法|姿势|角度|力度|方法/,
    window: 40,
    deniable: false,
  },
  {
    // Round 48 (t48g): the buyer's natural looks called beyond saving, the goods cleared (面膜只能补水，救不了底子，真不是产品的问题; 再贵的粉底也
    // 救不回这张脸，怪不了粉底). Not a limit of the goods told kindly (面膜救不了熬夜的伤害，要早点休息哦) — no body, no cleared goods.
    words: ['救不了', '拯救不了', '挽救不了', '救不回', '救不回来', '救不活', '没法救', '救不过来'],
    severity: 'block',
    message: '说买家的“底子”“长相”没救了，把问题推给买家，属于嘲讽（规则 2.4）',
    after: /^[^，。！？]{0,3}?(?:底子|颜值|长相|这张脸|那张脸|您的脸|你的脸|您这脸|你这脸|五官|脸型|基因|先天|天生|身材|老脸)/,
    sentence: FAULT_OFF_GOODS_T48G,
    notSentence: /我们的问题|是我们|抱歉|医院|就医|医生|过敏|熬夜|作息|晒伤/,
    window: 40,
    deniable: false,
  },
];

// ---- Round 49 (t49d): the goods' shortfall turned into the buyer's own body or mind, or their care mocked (2.4) ----
/** Round 49 (t49d): the buyer's body part or mind named bare, as the real fault (您假牙, 您的脑子, 你眼神): not a condition told (牙齿敏感). */
const BUYER_FAULT_PART_T49D = /(?:是|因为|怕是|估计|大概|应该是)(?:您|你)(?:的|自己的|自己)?(?:假牙|牙口|脑子|脑袋|智商|眼神|眼光|审美|品味|心眼|心态|心理|心里|内心|舌头|手残|手笨)$/;
const T49D_CUES: Cue[] = [
  {
    // Round 49 (t49d): the fault moved off the goods onto the buyer's dentures, brain, eyes or taste (年糕粘牙？可能是您假牙的问题，不是我们年糕的
    // 问题; 是你审美的问题，不是衣服的问题). The pair: a bare body part or mind of the buyer's as the 问题, and the goods cleared (不是…的问题).
    // Not a condition or a device told kindly (可能是您牙齿敏感的问题, 可能是您手机屏幕的问题).
    words: ['的问题', '的毛病', '的原因', '的锅'],
    severity: 'block',
    message: '把商品的问题说成买家自己身体或脑子的问题，暗中贬低买家（规则 2.4）',
    before: BUYER_FAULT_PART_T49D,
    sentence: /不是[^，。！？]{0,8}?的(?:问题|锅|毛病|原因|错)|别(?:怪|赖)|怪不(?:了|着)|赖不(?:了|着)|别人[^，。！？]{0,6}?(?:都没事|都没问题|都好好的|都正常)/,
    notSentence: /(?<!不)是我们(?:的)?(?:问题|错|不好|失误|疏忽)|抱歉|不好意思|医生|医院|过敏|敏感/,
    window: 40,
    deniable: false,
  },
  {
    // Round 49 (t49d): the goods' weakness answered with the buyer's dark or small inner self (灯不够亮？可能是您心里太暗了吧; 不是音箱声小，是你心眼太
    // 小). The anchor names the inner fault; before it, the buyer as its owner.
    words: ['心里太暗', '心太暗', '内心太暗', '心灵太暗', '心里太黑', '心太黑', '内心太黑', '心理太阴暗', '心理阴暗', '心里阴暗', '内心阴暗', '心眼太小', '心眼小', '心胸太窄', '脑子不够用', '脑子转不过来', '智商不够', '智商跟不上'],
    severity: 'block',
    message: '把商品的问题说成买家“心里暗”“脑子不够”，属于嘲讽（规则 2.4）',
    before: /(?:您|你)(?:的|自己的|自己)?$/,
    notSentence: /(?<!不)是我们(?:的)?(?:问题|错|不好|失误|疏忽)|抱歉|不好意思/,
    deniable: false,
  },
  {
    // Round 49 (t49d): the buyer's care for the goods mocked with an absurd cure (您要是沾点泥都心疼，建议以后进门直接飘进去; 要是坐一下都舍不得，
    // 干脆供起来). The pair: the buyer's care as fuss (要是…都心疼/舍不得/嫌) and a cure no one can do. Not a tip (都心疼的话可以加购保护套).
    words: ['飘进去', '飘进来', '飘着走', '飘着进', '飞进去', '飞着进', '供起来', '供着吧', '裱起来', '挂墙上看', '放保险柜', '锁柜子里', '别下脚', '踮着脚'],
    severity: 'block',
    message: '把买家对商品的爱惜说成矫情，用荒唐的“建议”挖苦买家（规则 2.4）',
    sentence: /(?:您|你)(?:要是|如果|若是|要|连)[^，。！？]{0,12}?都(?:心疼|舍不得|嫌|怕|受不了|接受不了|介意)/,
    notSentence: /保护套|保护膜|防尘罩|脚垫|加购|可以选|推荐/,
    window: 40,
    deniable: false,
  },
];
// ---- end round 49 (t49d) ----

// ---- round 54 (eng54b): unseen 2.4 — condescension without a swear word: age, class, a gift named in irony ----
const T54B_BLUNDER = /(?:能|会|竟然|居然|还能)(?:问|说|想|做|搞|弄|用|拆|穿|洗|装|把|给|看|读|理解)[^，。！？]{0,8}?(?:这种|这样的|这么(?:离谱|奇葩|简单)|反|错|坏|丢|歪|砸|糊|漏)|都能[^，。！？]{0,6}?(?:反|错|坏|丢|歪|砸|糊|漏)/;
const T54B_PRAISE = /谢谢|感谢|好评|点赞|漂亮|好看|美|棒|优秀|学习|我们(?:的)?(?:师傅|同事|设计师)|孩子|宝宝|小朋友/;
const T54B_CUES: Cue[] = [
  {
    // The buyer's age set against the goods (阿姨，这款是年轻人用的，您用不太合适; 这都是小姑娘穿的，您这个岁数穿不出来): the goods claimed for the
    // young, the buyer ruled out. Not a gift asked about (给孩子买的话可以), nor a size or a use (年轻人用的多，您也可以试试).
    words: ['年轻人用的', '年轻人穿的', '年轻人戴的', '年轻人玩的', '小姑娘用的', '小姑娘穿的', '小姑娘戴的', '小年轻用的', '小年轻穿的', '年轻女孩用的', '年轻女孩穿的'],
    severity: 'block',
    message: '以年龄把买家排除在外，暗中贬低买家（规则 2.4）',
    window: 40,
    sentence: /(?:您|你)[^，。！？]{0,8}?(?:不太|不怎么|不)(?:合适|适合|搭|配)|(?:您|你)(?:这个|这)?(?:年纪|岁数|年龄)|(?:您|你)(?:就)?(?:别|不用)(?:看|买|凑热闹)|穿不出|用不出|驾驭不了|撑不起/,
    notSentence: /送|给(?:孩子|女儿|儿子|孙|家里|晚辈|闺女)|礼物|也(?:可以|能|适合)|都(?:可以|能|适合)|不分年龄|推荐|试试/,
    deniable: false,
  },
  {
    // A blunder praised as a gift (能问出这种问题，也是一种天赋; 能把它装反也是种本事): irony about the buyer's wits. Not thanks for a real feat
    // (能拍得这么好看，也是一种本事，谢谢您).
    words: ['也是一种本事', '也是种本事', '也是本事', '也算本事', '也算一种本事', '也是一种才华', '也是人才', '真是人才', '也是个人才', '也算个人才', '也是一种能力', '也是种能力'],
    severity: 'block',
    message: '把买家的失误反讽成“天赋”“本事”，属于嘲讽（规则 2.4）',
    window: 40,
    sentence: T54B_BLUNDER,
    notSentence: T54B_PRAISE,
    deniable: false,
  },
  {
    // The same irony with 天赋 (也是一种天赋): 赋 is written as an escape so that the t2s table, and so the model's fold, stay as they are.
    words: ['也是一种天', '也是种天', '也算一种天', '也算是天'],
    severity: 'block',
    message: '把买家的失误反讽成“天赋”，属于嘲讽（规则 2.4）',
    after: /^\u8d4b/,
    window: 40,
    sentence: T54B_BLUNDER,
    notSentence: T54B_PRAISE,
    deniable: false,
    grow: true,
  },
  {
    // The shop's own clientele ranked above the buyer (我们的客人一般都比较有品位，您可以看看别家): class snobbery that shows the buyer out. Not
    // the goods described for a taste (有品位的人都会喜欢这款 — no buyer sent away).
    words: ['有品位', '有品味', '有档次', '有身份', '有格调', '有层次', '有经济实力', '不差钱', '有消费能力', '舍得花钱'],
    severity: 'block',
    message: '暗示买家不配做本店顾客、把买家打发走，属于歧视性贬低（规则 2.4）',
    before: /(?:我们|我们家|本店|店里|咱家|我家)(?:的)?(?:客人|客户|顾客|买家|用户|老客|会员)(?:一般|基本|大多|大部分|通常)?(?:都|也)?(?:是|比较|挺|很|算)?(?:比较)?$/,
    window: 50,
    sentence: /(?:您|你)[^，。！？]{0,6}?(?:看看|去|逛逛|考虑|找找)[^，。！？]{0,3}?(?:别家|别的店|其他店|其他家|便宜的|平价|拼多多|地摊|批发市场)|不(?:太)?(?:适合|是)(?:您|你)|(?:您|你)(?:可能|大概|应该)?(?:不是|不属于)/,
    notSentence: /抱歉|不好意思|感谢/,
    deniable: false,
  },
  // Pass 2 (x54 misses, grouped; rows in new wordings):
  {
    // The buyer asked whether they are new to being human (您是第一天当人类吗？; 刚来地球吧).
    words: ['第一天当人', '第一次当人', '刚当人', '刚来地球', '第一天来地球', '刚从外星', '外星来的'],
    severity: 'block',
    message: '讽刺买家“不像正常人”，属于人身攻击（规则 2.4）',
    notSentence: /外星人(?:玩具|模型|手办|图案|款)|星球|宇宙|动画|电影/,
    deniable: false,
  },
  {
    // The argument given up with mock applause (OK fine，你赢了👏👏; 行行行，您说得都对，您赢了). Not a prize or a game (恭喜您赢了抽奖).
    words: ['你赢了', '您赢了', '你说了算', '您说了算', '你开心就好', '您说的都对', '你说的都对', '您说得都对', '你说得都对'],
    severity: 'block',
    message: '敷衍认输、阴阳怪气地打发买家（规则 2.4）',
    window: 30,
    sentence: /👏|行行行|好好好|ok|fine|得得得|是是是|对对对|随便|算了|服了|懒得/,
    notSentence: /恭喜|抽奖|中奖|奖品|活动|比赛|游戏|竞猜|红包|退款(?:申请)?(?:已|会)/,
    deniable: false,
  },
  {
    // The buyer's complaint called a show or a fantasy, the agent bowing out (您继续脑补，我们不打扰您表演了).
    words: ['继续脑补', '慢慢脑补', '接着脑补', '自己脑补', '继续表演', '慢慢表演', '接着表演', '不打扰您表演', '不打扰你表演', '表演结束', '戏真多', '戏精', '加戏'],
    severity: 'block',
    message: '把买家的诉求说成“脑补”“表演”，属于嘲讽（规则 2.4）',
    notSentence: /演出服|舞台|表演服|演员|话剧|舞蹈|节目|戏服/,
    deniable: false,
  },
  {
    // The buyer's motive questioned as a gamble or trouble-making (您是来买东西的还是来碰运气的？).
    words: ['碰运气的', '找茬的', '来闹的', '来搞事的', '找事的', '来讹的', '来薅羊毛的', '来白嫖的', '来捣乱的'],
    severity: 'block',
    message: '质疑买家是来“碰运气”“找茬”的，属于挑衅（规则 2.4）',
    before: /还是(?:来)?$/,
    deniable: false,
  },
  {
    // The buyer said to be good only at nagging (反正您也不会别的，只会催; 您就知道催).
    words: ['只会催', '就会催', '只知道催', '就知道催', '只会抱怨', '就会抱怨', '只知道抱怨', '就知道抱怨', '只会投诉', '就知道投诉'],
    severity: 'block',
    message: '说买家“只会催”“只会抱怨”，属于贬低（规则 2.4）',
    window: 30,
    sentence: /(?:您|你)/,
    notBefore: /(?:我|我们|快递|物流|系统|小哥)(?:也)?$/,
    deniable: false,
  },
  {
    // The buyer's pet said to take after its owner in a fault (猫吃不惯可能是随主人，比较挑). Not a kind likeness (性格随主人，很温顺).
    words: ['随主人', '像主人', '随它主人', '跟主人一样', '随了主人', '像它主人'],
    severity: 'block',
    message: '借宠物暗讽买家挑剔、懒、笨，属于人身攻击（规则 2.4）',
    window: 30,
    sentence: /挑|笨|懒|胖|馋|傻|脾气|难伺候|难搞|矫情|事多/,
    notSentence: /温顺|乖|可爱|聪明|漂亮|好看|亲人|粘人/,
    deniable: false,
  },
  {
    // A buyer sent back to homework (小朋友，大人的东西不要乱买，回去写作业吧). Not an age limit told politely (未成年人请在家长陪同下购买).
    words: ['回去写作业', '去写作业', '写作业去', '回家写作业', '做作业去', '回去做作业'],
    severity: 'block',
    message: '把买家当小孩打发，属于嘲讽（规则 2.4）',
    notSentence: /孩子(?:的)?作业|作业本|文具|练习册|辅导|台灯|书桌/,
    deniable: false,
  },
];
// ---- end round 54 (eng54b) ----

const cues: Cue[] = [
  ...MOCKERY_CUES,
  ...ROUND31_CUES,
  ...ROUND33_CUES,
  ...ROUND35_CUES,
  ...ROUND36_CUES,
  ...ROUND37_CUES,
  ...ROUND38_CUES,
  ...T45J_CUES,
  ...T46C_CUES,
  ...T48G_CUES, // round 48 (t48g)
  ...T49D_CUES, // round 49 (t49d)
  ...T54B_CUES, // round 54 (eng54b)
  {
    // Round 57 (eng57a, A57): a gender or age group said to be all alike (你们老年人是不是都这样, 女人都一个德行) — ALL_ALIKE above.
    words: GROUPS,
    severity: 'block',
    message: '对某类人群（性别、年龄等）的贬低，属于不文明用语（规则 2.4）',
    sentence: ALL_ALIKE,
    notSentence: /热情|好客|辛苦|不容易|心疼|理解|我们也|我也|适合|推荐|专用|喜欢|爱买|选这款|都这样用|都这样穿|都这样搭/,
    deniable: false,
  },
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
    // (round 33, t33a: …any 'cannot afford' verb, 消费不起就去拼多多, 穿不起可以不穿)
    words: ['嫌贵', '觉得贵', '嫌价格高', '嫌这嫌那', '买不起', '买不了', '没钱', '舍不得花钱', '舍不得钱', '消费不起', '用不起', '穿不起', '花不起', '负担不起', '掏不起'],
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
      '第一次用手机', '第一次用智能手机', '头一回用手机', '头一次用手机', '第一次上网', '头一回上网'],
    severity: 'block',
    message: '用反问嘲讽买家的能力或教育，属于不文明用语（规则 2.4）',
    after: /^(?:吗|么|嘛|吧|不|没|没有|了吗|了没|啊|呀)/,
    notSentence: /识字卡|宝宝|孩子|小朋友|儿童|长辈|老人/,
    deniable: false,
  },
  {
    // 建议找个识字的帮您看 (round 6) — someone who can read sent for.
    words: ['找个识字的', '找个认字的', '找个识字', '找个认字', '找个读过书的', '找个有文化的'],
    severity: 'block',
    message: '用反问嘲讽买家的能力或教育，属于不文明用语（规则 2.4）',
    notSentence: /老人|长辈|宝宝|孩子|小朋友|儿童/,
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
    after: /^[^，。？]{0,4}?(?:都|也)(?:知道|懂|明白|晓得|清楚|比(?:您|你)|不会问|不用问|不问)/,
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
    words: ['火眼金睛', '真厉害', '可真厉害', '太厉害了', '真聪明', '可真聪明', '真行', '可真行', '真有本事', '了不起', '佩服佩服', '真是佩服', '厉害了', '好眼力', '眼神真好', '眼神可真好', '真棒', '真是人才', '高手', '聪明人', '真聪明', '学霸', '能人', '人才', '真是个人才', '恭喜您成功', '恭喜你成功', '恭喜您', '恭喜你',
      '这么聪明', '那么聪明', '太有水平', '真有水平', '好有水平', '可真会', '真会挑', '这么有才', '真有才', '太有才', '好有才', '可真有才', '真是有才', '聪明绝顶', '勇气可嘉', '真讲究', '可真讲究', '真能耐', '可真能耐',
      '真羡慕您', '真羡慕你', '羡慕您的', '羡慕你的', '宝藏买家', '宝藏顾客', '真会过日子', '可太会', '也是绝了', '真是绝了', '您可真是', '你可真是',
      // round 24 (t24b): the buyer's care praised for a careless act (您可真仔细，连尺码表都不看就买了)
      '真细心', '太细心', '好细心', '真仔细', '太仔细', '好仔细', '真认真', '太认真', '真用心', '太用心', '真专业', '太专业', '真严谨', '太严谨'],
    severity: 'block',
    message: '反话式的“夸奖”，嘲讽买家（规则 2.4）',
    // round 6: any failure after 连…都 (连快递都签收不明白), the agent's time wasted, staff stunned, an hour picked to bother
    // (round 7: or a hyperbolic 都 — 尺码表都不看就敢下单, 一包纸巾都要申请售后, 每次下单都能整出花样)
    sentence: new RegExp(`${FAILURE.source}|${HYPERBOLIC_DOU.source}|怎么连|连[^，。]{1,8}(?:都|也)[^，。]{0,4}(?:不明白|不清楚|不会|不懂|不到|不见|不了)|浪费了?我|耽误了?我|都震惊|都惊呆|震惊了|惊呆了|挑时候|(?:凌晨|半夜|深夜|大半夜)[^，。]{0,6}(?:来|问|找)`),
    window: 40,
    notSentence: /宝宝|孩子|小朋友|我们|我这边|客服/,
    // (round 39, t39p: …nor the weather's timing rued — 这台风可真会挑时候，仓库封了两天)
    notBefore: /(?:台风|天气|老天爷?|暴雨|大雨|下雨|雨|暴雪|大雪|雪|寒潮|冷空气|疫情)(?:可|也|还|是|可是)?$/,
    deniable: false,
  },
  {
    // 您这个问题问得太有水平了，我们全体客服都震惊了 — staff said to be stunned by the buyer's question (round 6);
    // a price or an effect that stuns (价格惊呆了) is an advert.
    words: ['都震惊', '都惊呆', '震惊了', '惊呆了', '都看呆', '都看傻', '都笑了', '笑死'],
    severity: 'block',
    message: '反话式地嘲讽买家的问题，态度恶劣（规则 2.4）',
    sentence: [/问得|问题|操作|脑回路|想法|要求|说法/, /您|你/],
    notSentence: /价格|优惠|效果|便宜|低价|活动|折扣|销量|宝宝|孩子|好评|喜欢/,
    window: 30,
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
    words: ['当自己是', '把自己当', '拿自己当', '真当自己', '还当自己', '当自个儿是', '以为自己是'],
    severity: 'block',
    message: '嘲讽买家“把自己当回事”，属于不文明用语（规则 2.4）',
    after: /^(?:个|成|一个)?(?:上帝|皇帝|皇上|太后|公主|女王|大爷|老佛爷|vip|土豪|富婆|大款|大佬|老板|祖宗|少爷|大小姐|主子|贵宾|回事|根葱|什么|谁|天王|宇宙中心)/,
    deniable: false,
  },
  {
    words: ['想当', '就想当', '还想当'],
    severity: 'block',
    message: '嘲讽买家“把自己当回事”，属于不文明用语（规则 2.4）',
    after: /^(?:个|成|一个)?(?:上帝|皇帝|皇上|太后|公主|女王|大爷|老佛爷|vip|土豪|富婆|大款|大佬|老板|祖宗|少爷|大小姐|主子|贵宾|回事|根葱|什么|谁|天王|宇宙中心)/,
    // Round 41 (t41m): 想当什么 as a free choice or a costume asked about (您想当什么角色都可以，cos服有全套; 想当谁都行), not a put-down.
    notAfter: /^(?:什么|谁|哪个)(?:样的)?(?:角色|人物|英雄|公主|造型|风格|款)|^(?:什么|谁|哪个)(?:都|也)(?:可以|行|能|没问题|ok|成)/,
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
    // Round 10 (t10e): a neutral yes-or-no choice left to the buyer (评不评都随您, 晒图传不传都随您, 问卷填不填都随您): the
    // A-not-A question right before 随您, no complaint word (差评, 投诉, 告) and no shrug (无所谓, 反正, 爱…) in the sentence.
    // Round 22 (t22cb): …nor our papers vouched for (您说要去12315告，我们不怕查，就怕您等急了; 我不怕鉴定): 不怕 + an inspection, no dare near.
    // Round 29 (t29a): …nor the review left to the buyer's own wish (评价随您心意，差评也可以，我们都会看): 随您 + 心意/意愿, no shrug word.
    unless: (ctx, start, end) =>
      (/^随(?:便)?(?:您|你)$/.test(ctx.compact.slice(start, end)) && /^(?:的)?(?:心意|心愿|意愿|意思|喜好|自愿|真实感受)/.test(ctx.after(end, 6)) && !SHRUG_WORD.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'))) ||
      (/^随(?:便)?(?:您|你)$/.test(ctx.compact.slice(start, end)) && A_NOT_A_CHOICE.test(ctx.before(start, 10)) && choiceLeftFreely(ctx.before(start, 40, 'hard') + ctx.after(end, 30, 'hard'))) ||
      (/^我(?:们)?不怕$/.test(ctx.compact.slice(start, end)) && /^(?:被)?(?:查|检查|检测|鉴定|核查|抽检|验货|比对|对比)/.test(ctx.after(end, 4)) && !INSPECTION_DARE.test(ctx.before(start, 24) + ctx.after(end, 24))),
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
    // (round 24, t24b: the means named as a budget or a purse that falls short — 预算不够就别来看大牌了, 手头紧就别惦记进口货;
    // honest advice on a budget offers something instead: 小样, 小瓶, 活动, 分期)
    words: ['经济实力', '消费能力', '舍不得花', '舍不得', '这点钱都', '这么点钱都', '连这点钱', '心疼钱', ...BUDGET_SHORT],
    severity: 'block',
    message: '嘲讽买家的经济条件，态度恶劣（规则 2.4）',
    sentence: new RegExp(`${MEANS_BRUSH_OFF.source}|就别|别逛|别来|别惦记|别硬撑|还(?:逛|买|看|要|问|挑|想|来)`),
    notSentence: /活动|优惠|券|降价|平价|分期|理解|宝宝|孩子|小样|试用|小瓶|小规格|旅行装|先买|试试|性价比|入门/,
    // the shop's own purse (我们预算有限，就别指望每单都送赠品了)
    notBefore: /(?:我|我们|本店|店里|咱们|小店|这边)(?:的|这边)?(?:也|都|确实|实在|今年)?$/,
    deniable: false,
  },
  {
    // 几十块钱的东西还要求这么多 / 花两百块就想当大爷 — scorn for how little the buyer spent.
    words: ['几十块', '几块钱', '十几块', '这点钱', '这么点钱', '几十块钱', '百来块', '一百块', '两百块', '三十块', '二十块', '五十块'],
    severity: 'block',
    message: '嘲讽买家花钱少，态度恶劣（规则 2.4）',
    after: /^[^，。]{0,6}?(?:还(?:要求|挑|想要|要这要那|计较|闹|嫌|敢|好意思|要[^，。]{0,6}(?:鉴定|报告|证书|赔偿|索赔|专柜))|就想当|就当自己|的官司)/,
    deniable: false,
  },
  {
    // 您的眼睛是装饰品吗 / 脑子是摆设 — the buyer's eyes or brain called useless.
    words: ['装饰品', '摆设', '白长的', '白长了', '长着好看', '出气用的', '用来喘气'],
    severity: 'block',
    message: '讽刺买家“眼睛/脑子是摆设”，属于不文明用语（规则 2.4）',
    // Round 13 (t13b): any body part that should do the job (手是摆设, 嘴巴白长了, 手指头是装饰品); not a rail or handle (扶手是摆设).
    before: /(?:眼睛|眼|脑子|脑袋|耳朵|眼珠子|(?<![扶把拉抓])手|手指|手指头|嘴|嘴巴)(?:是|就是|只是|都是|难道是)?(?:个|用来|当)?$/,
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
    // (round 11: 你是哪个山沟里出来的 — asked where in the backwoods, no 从 needed)
    words: [...RURAL.flatMap((r) => [`从${r}出来`, `从${r}来`]), ...RURAL.flatMap((r) => [`哪个${r}出来`, `哪个${r}来`, `哪个${r}里出来`, `哪个${r}里来`, `哪个${r}里跑出来`])],
    severity: 'block',
    message: '地域歧视、贬低买家，属于不文明用语（规则 2.4）',
    sentence: [/您|你/, /是不是|刚|吧|吗|难怪|怪不得|没见过|哪个|连[\u4e00-\u9fff]{0,6}(?:都|也)/],
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
    // a contempt word of its own, or a sweeping claim (是不是都这么 / 就是) with any group trait (较真, 磨叽)
    sentence: REGION_CONTEMPT_OR_SWEEP,
    notSentence: /热情|好客|豪爽|实在|不嫌|也是|我们也|我也|我老家|土蜂蜜|土鸡|特产|农家|纯天然|原生态/,
    deniable: false,
  },
  {
    // 你爱投诉就去投诉，怕你不成 / 没空伺候你 / 老娘… — provoking or brushing off the buyer.
    words: ['谁怕谁', '怕你不成', '怕你啊', '怕你呀', '就去投诉', '随便投诉', '随你投诉', '有本事去投诉', '有本事投诉', '你去投诉啊', '投诉去吧', '尽管投诉', '没空伺候', '懒得伺候', '伺候不起', '不伺候', '老娘', '老子'],
    severity: 'block',
    message: '挑衅、打发买家，态度恶劣（规则 2.4）',
    notSentence: /不会|可以通过|平台投诉入口|请您|欢迎|理解|抱歉|老子号|老子牌|老娘舅|老娘家/,
    deniable: false,
    // Round 30 (t30b): the buyer's own ultimatum told back (您说不给退就去投诉) and met with a yes (可以的, 这是您的权利, 入口在…).
    unless: (ctx, start, end) => BUYER_SAID.test(ctx.before(start, 14, 'soft')) && BUYER_RIGHT_GRANTED.test(sentenceOf(ctx, start, end)),
  },
  {
    // 行行行，您最大，您说什么都对，满意了吧大小姐 — sarcastic capitulation: giving in to mock the buyer.
    words: ['您最大', '你最大', '说什么都对', '说啥都对', '怎么说都对', '说什么就是什么', '说啥就是啥', '说啥是啥', '说什么是什么', '满意了吧', '这下满意了', '这回满意了', '现在满意了', '惹不起您', '惹不起你', '惹不起还躲不起', '伺候不了您',
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
  // Round 56 (eng56b): the goods' failure laid on the buyer's body, in either of its two grammars —
  // (1) the body named as "the problem" (可能真的是身材的问题, 那就是嘴唇底子的问题了, 那是您脚型太宽了的问题): a body word, then 的问题;
  // (2) the body past saving whatever is bought (底子就这样，再好的粉底也救不了, 这个年纪的皱纹再贵的眼霜也救不回来).
  // Both only where the goods' look or effect on the buyer is the matter or the contempt is plain. Not fitting advice (胯宽的宝宝建议拍大一码),
  // a skin type told with a remedy (肤质不同…可以申请退货), nor the fault taken back (问题不在您).
  {
    words: ['身材', '底子', '脸型', '脚型', '腿型', '体型', '肤质', '皮肤', '肤色', '长相', '颜值', '气质', '唇色', '骨架', '脸盘', '五官', '发质', '年纪'],
    severity: 'block',
    message: '把商品效果不好归咎于买家的身材长相，贬低买家（规则 2.4）',
    after: /^(?:本身|天生)?(?:太[^，。！？]{1,3}|不行|不好|不太行|太差|差|偏[^，。！？]{1,2}|就这样)?(?:了)?(?:的)?问题/,
    sentence: /不好看|显黑|显老|显胖|显矮|难看|不显瘦|挤脚|没效果|效果不|丑|土|多运动|减肥|天生|没办法|救不|就这样|真的是|就是|建议(?:您|你)?(?:先)?(?:去)?(?:做做|管理|保养)/,
    notSentence: /不是(?:您|你)|不在(?:您|你)|(?:我们|本店|店铺|商品|产品|衣服|尺码表|色号)(?:的|自身的?)?(?:问题|责任)|换(?:一|个)|退货|退款|运费|过敏|敏感|刺痛|红肿|停用|皮试|医生/,
    deniable: false,
  },
  {
    words: ['救不了', '救不回来', '救不回', '拯救不了', '挽救不了', '没救了', '没得救', '救不过来'],
    severity: 'block',
    message: '说买家的身材长相“没救了”，贬低买家（规则 2.4）',
    sentence: [/底子|身材|皮肤|肤色|肤质|脸|长相|颜值|皱纹|年纪|五官|腿|腰|肚子|体型|气质|发际线|头发/, /再(?:好|贵|高级|厉害|牛|大牌)的|底子|天生|就这样|(?:您|你)这/],
    notSentence: /晒伤|烫伤|受伤|过敏|医院|医生|手机|电脑|衣服|鞋|包|屏幕|数据|缩水|进水/,
    deniable: false,
  },
  {
    // 大小姐 / 大少爷 / 姑奶奶 as an address to the buyer — mockery; not a product (大小姐款连衣裙).
    words: ['大小姐', '大少爷', '姑奶奶', '小祖宗', '我的祖宗', '祖宗您', '大爷您', '您是大爷', '你是大爷', '您是上帝', '上帝您', '老佛爷', '太上皇', '少爷您'],
    severity: 'block',
    message: '用“大小姐/大少爷”之类称呼讥讽买家（规则 2.4）',
    // Round 56 (eng56b): …nor a title inside a store's or a brand's name (法国老佛爷百货的购物小票, 老佛爷商场, 大小姐牌).
    notAfter: /^(?:款|风|系列|同款|裙|套装|礼服|连衣裙|包|鞋|造型|发型|人设|百货|商场|商店|购物中心|门店|专柜|旗舰店|酒店|广场|大厦|品牌|牌)/,
    notSentence: /宝宝|孩子|女儿|儿子|小朋友|公主|角色|剧|漫画|游戏/,
    deniable: false,
  },
  {
    // 女王大人 / 公主殿下 are also shops' flattering addresses (亲爱的女王大人，您的包裹到啦): mockery only outside a
    // friendly notice — 遵命，女王大人 still is.
    words: ['女王大人', '公主殿下'],
    severity: 'block',
    message: '用“女王大人/公主殿下”之类称呼讥讽买家（规则 2.4）',
    notAfter: /^(?:款|风|系列|同款|裙|套装|礼服|连衣裙|包|鞋|造型|发型|人设)/,
    notSentence: /宝宝|孩子|女儿|儿子|小朋友|角色|剧|漫画|游戏/,
    // Round 19 (t19bq): …or the order's progress told as good news (女王大人的订单已经打包好啦, 公主殿下的快递明天就到) — unless
    // impatience or mock servility rides along (女王大人，订单已经发了，还催什么催).
    unless: (ctx, start, end) => {
      const s = sentenceOf(ctx, start, end);
      return FRIENDLY_NOTICE.test(s) && !MOCK_SERVICE.test(s);
    },
    deniable: false,
  },
  {
    // Round 18 (fa18dh): the buyer hailed as a lord in mock deference (亲爱的“上帝”, 尊敬的皇上您好, 我的老佛爷) — not our motto
    // (顾客就是上帝, 把您当上帝) nor a prayer or a figure's name.
    words: ['上帝', '皇上', '陛下', '老佛爷', '祖宗', '主子', '太后', '老爷'],
    severity: 'block',
    message: '用“上帝/皇上”之类称呼讥讽买家（规则 2.4）',
    before: /(?:亲爱的|尊敬的|伟大的|敬爱的)$/,
    notAfter: /^(?:款|风|系列|同款|裙|套装|礼服|图案|造型|手办|摆件|周边|人设|保佑|啊保佑)/,
    notSentence: /把(?:顾客|客户|买家|您|你|每位|每一位)|顾客(?:就)?是|宗旨|服务理念|保佑|祈祷|信仰|教堂|剧|电影|角色|游戏|小说/,
    deniable: false,
  },
  {
    // Round 18 (fa18dh): the buyer's requests mocked as imperial decrees (还有什么圣旨要下, 您的懿旨我们照办, 皇上还有何吩咐).
    words: ['圣旨', '懿旨', '御旨', '口谕', '有何吩咐', '有什么吩咐', '还有啥吩咐', '有何指示'],
    severity: 'block',
    message: '把买家的要求说成“圣旨、吩咐”，阴阳怪气（规则 2.4）',
    // …圣旨 said outright, a 吩咐/指示 only beside a lordly address.
    sentence: /圣旨|懿旨|御旨|口谕|上帝|皇上|陛下|老佛爷|祖宗|主子|娘娘|太后|大小姐|大少爷|大爷|少爷|女王|公主/,
    // A replica scroll or a drama (圣旨卷轴摆件, 剧里的圣旨) or our own pledge (您的需求就是我们的圣旨).
    notSentence: /卷轴|复刻|仿制|摆件|道具|文创|剧|电视|电影|小说|游戏|cos|就是(?:我们的)?(?:圣旨|命令)|当(?:作|成)?圣旨/,
    deniable: false,
  },
  {
    // Round 32 (t32a): the buyer's body judged, 这 pointing at it (恕我直言，您这体重穿S码有点勉强; 说实话您这身材撑不起这款) — not the
    // fitting advice that names it plainly (您的体重穿S码可能偏紧，建议拍M码), nor the body praised.
    words: ['您这体重', '你这体重', '您这身材', '你这身材', '您这体型', '你这体型', '您这身板', '你这身板', '您这块头', '你这块头', '您这吨位', '你这吨位',
      '您这肚子', '你这肚子', '您这腰', '你这腰', '您这大腿', '你这大腿', '您这胳膊', '你这胳膊', '您这个体重', '你这个体重', '您这个身材', '你这个身材'],
    severity: 'block',
    message: '评价、贬低买家的身材体重，属于侮辱或挑衅（规则 2.4）',
    notAfter: /^(?:围|线|身|带|部|臀比|的尺寸|的数据)/,
    sentence: /勉强|撑不起|塞不进|塞不下|穿不下|穿不进|挤不进|扣不上|为难|够呛|悬|别想|算了|减肥|减减|太胖|太肥|太壮|胖|肥|月半|月巴|壮|粗|吨|难为|不配|拉不上|就别/,
    notSentence: /建议|推荐|可以(?:选|拍|换|考虑)|拍大|换大|选大|大一码|大一号|更合适|适合(?:您|你)|标准|苗条|好身材|身材(?:真|很|挺)?好|显瘦|遮肉|不显胖|刚好|正合适/,
    deniable: false,
  },
  {
    // Round 32 (t32a): …or called fat outright (不是衣服的问题，是您太胖了).
    words: withSplitBody(['太胖', '太肥', '胖了点', '有点胖', '这么胖', '那么胖', '太壮', '肥了点', '胖成这样']),
    severity: 'block',
    message: '评价、贬低买家的身材体重，属于侮辱或挑衅（规则 2.4）',
    before: /(?:您|你)(?:本人|自己)?(?:是|就是|实在|确实|真的|有点|也)?$/,
    notAfter: /^(?:的话|吗|么|嘛|了吗)/,
    notSentence: /宝宝|孩子|狗|猫|宠物|不胖|一点也不|一点都不|哪里胖|不会胖|会不会|怕|担心|显/,
  },
  {
    // Round 32 (t32a): the buyer's bargaining mocked with an idiom of awe (您还想砍到退款，我们老板都要甘拜下风了; 您这算盘打得…都听见了).
    words: ['甘拜下风', '自愧不如', '算盘打得', '算盘珠子', '算盘声', '算盘都', '算盘响'],
    severity: 'block',
    message: '挖苦、嘲讽买家讨价还价，属于挑衅（规则 2.4）',
    sentence: [/您|你/, /砍|退款|价|便宜|白嫖|白拿|免单|薅|赔|补偿|钱|优惠|退一半|全退|听见|听到|噼里啪啦|蹦|响/],
    // (…not the awe of a concession — 您还能砍到这个价，我们店长都自愧不如，就按您说的来: the price granted)
    notSentence: /我们老板的算盘|我们的算盘|我的算盘|商家的算盘|自嘲|哈哈我们|按您说的|按你说的|给您(?:改|便宜|优惠|拍|发)|成交|答应您|同意|就这个价|依您|听您的/,
    deniable: false,
  },
  {
    words: ['开心就好', '高兴就好', '随你便', '随您便', '随便你吧', '您随意吧', '你随意吧'],
    severity: 'warn',
    message: '敷衍、阴阳怪气的回复，容易激怒买家',
    before: /(?:^|您|你|行|好|反正)$/,
    // (round 32, t32a: …nor a warm wish with help offered — 只要您开心就好，有问题随时找我们)
    notSentence: /收到|喜欢|用得|穿得|吃得|满意|祝|只要|随时|有问题|有需要/,
  },
  {
    // Round 35 (t35b): the buyer's request called a dream (退款？做梦呢; 梦里啥都有; 想赔钱？白日做梦; 发梦啊你; 做你的春秋大梦) — sarcasm
    // that mocks the buyer instead of answering. Not a child or a sleeper dreaming (宝宝睡着了在做梦呢), a dream the product helps (戴上眼罩
    // 一觉睡到做美梦), 做梦都没想到 (surprise), or the agent's own wish (我做梦都想…).
    words: ['做梦呢', '做梦啦', '做梦了吧', '做梦了你', '做梦吧你', '在做梦吧', '是在做梦', '是不是在做梦', '做白日梦', '白日做梦', '做什么梦', '做啥梦', '做咩梦',
      '春秋大梦', '别做梦了', '别做梦啦', '别做梦', '发梦', '梦里啥都有', '梦里什么都有', '梦里乜都有', '梦里应有尽有', '梦里都有', '梦里啥都', '梦里什么都',
      '梦里退', '梦里赔', '梦里给', '梦里拿', '梦里领', '梦里去', '梦里找', '醒醒吧', '还没睡醒', '没睡醒吧', '睡醒了再', '洗洗睡吧', '白日梦',
      // …and its cruder and slang kin (想屁吃, 想桃子吃, 想peach: "dream on")
      '想屁吃', '想屁呢', '想桃子吃', '想桃子呢', '在想桃子', '想peach', '想得挺美', '想得倒美', '想得真美', '想得倒挺美',
      '做梦去', '发啥梦', '发啥子梦', '发什么梦', '发咩梦', '做啥子梦', '是没睡醒', '没睡醒还是'],
    severity: 'block',
    message: '讥讽买家的诉求是“做梦”，属于挑衅、嘲讽（规则 2.4）',
    deniable: false,
    notBefore: /(?:宝宝|孩子|小朋友|娃|猫|狗|狗狗|我|我们|本人|小编|客服|晚上|夜里|睡着了?|睡觉(?:时|的时候)?|像|如同|好像|仿佛)(?:今天|今早|早上|刚才|刚|刚刚|昨晚|还|也|都|正|在|正在|真的|简直|感觉|有点)*$/,
    notAfter: /^(?:都没想到|都想不到|都不敢想|一样|似的|般|成真|的感觉|工厂|系列|款|香|之|家|色|盘|眼影|罐头)/,
    notSentence: /宝宝|孩子|小朋友|婴儿|睡眠|失眠|眼罩|枕头|助眠|香薰|安眠|多梦|梦游|梦想|美梦成真|绘本|歌词|罐头|水果|鲜桃|蟠桃|水蜜桃|黄桃/,
  },
  {
    words: DISMISSALS,
    severity: 'block',
    message: '态度恶劣、挑衅或嘲讽买家',
    deniable: false, // most carry their own 不/别 (不买拉倒, 别在这叽叽歪歪, 能不能长点脑子)
    // Round 43 (t43f): …nor a product named by the words (闭嘴贴 mouth tape, 关你屁事T恤, a 少废话 mug): goods, not said to the buyer.
    notAfter: /^(?:情|项|务|款|贴(?!心|着|在|上|到|给|点)|胶带|胶布|胶贴|贴纸|唇贴|口贴|止鼾|防张嘴|[Tt]恤|卫衣|文化衫|抱枕|手机壳|马克杯|水杯|表情包|钥匙扣|徽章|冰箱贴|盲盒|挂件)/,
    // 您不是来找茬的 (round 6): the agent clears the buyer of it
    notBefore: /(?:让您|害您|您一定|给您添|最近|这几天|今天|年底|店里|我们|节日|月底|这阵子|好|不|(?:不是|并非|并不是|没有)(?:来|在|要|想))$/,
    // Round 11 (fa11b): 拉倒吧 as the agent's own exclamation at the deal (拉倒吧，这么划算的价格哪里找), not aimed at the buyer;
    // and a supposition about someone who cannot read, with help offered (老人家不识字的话，您可以帮他语音下单).
    // (round 36, t36d: …or the goods said usable even so, 图示说明书，不识字也能照着拼; detect/read-help.ts usableUnread)
    unless: (ctx, start, end) => dealExclaimed(ctx, start, end) || (/不识字|看不懂字/.test(ctx.compact.slice(start, end)) && (READ_HELP.test(ctx.before(start, 12, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 24, 'hard')) || usableUnread(ctx, end))),
  },
  {
    // 爱买不买 / 爱要不要 / 爱退不退 / 爱投诉不投诉.
    words: ['爱'],
    severity: 'block',
    message: '“爱X不X”式的打发，态度恶劣',
    // 爱买不买, and its short form 爱买买 (said before 不买滚)
    after: /^(买|要|退|信|用|拍|来|等|看|收|换|评|投诉|给|咋|理|回|签)(?:不\1|\1(?![\u4e00-\u9fff]))/,
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
    // (难怪你老公送你这款: 难怪 is "no wonder", no blame; round 9)
    notBefore: /(?:不|别|没|该|不能|也不|难|奇)$/,
  },
  {
    words: ['无理取闹', '胡搅蛮缠', '蛮不讲理', '不可理喻', '矫情', '玻璃心'],
    severity: 'warn',
    message: '指责买家无理取闹，容易激化矛盾',
  },  // Round 10 (by mechanism: a frame that puts the buyer below something, whatever the words in it).
  {
    // An animal's reaction to the buyer's words (您这退货理由，狗看了都摇头 / 你这借口，猪听了都笑了 / 这种理由狗都不信):
    // the buyer's reasoning put below an animal's. Not pets and food (狗狗看了都想吃).
    words: ['狗看了', '猪看了', '狗听了', '猪听了', '狗见了', '猪见了', '驴看了', '驴听了', '猫看了', '猫听了', '狗都不', '猪都不', '驴都不'],
    severity: 'block',
    message: '拿动物贬低买家，属于不文明用语（规则 2.4）',
    notBefore: /小$|宠物$/,
    after: /^(?:都|也)?(?:摇头|直摇头|笑|笑了|乐|不信|信|不看|不听|嫌弃|不理|懂|知道|明白|无语|叹气|皱眉|捂脸|翻白眼|想吐|吐了|服了|觉得离谱|会|能)/,
    sentence: /你|您|买家|顾客|客户|理由|借口|说法|要求|评价|逻辑|操作/,
    notSentence: /狗粮|猫粮|宠物|训练|指令|萌|狗狗|猫咪|猪肉|喜欢|爱吃|爱玩|玩具|零食|想吃|抢着|毛孩子/,
    deniable: false,
  },
  {
    // The buyer mocked as lying (您继续编，我听着呢 / 接着编 / 这故事编得挺圆啊). Not numbering, weaving or editing.
    words: ['继续编', '接着编', '再编', '编得挺', '编得不错', '编得真', '编得好', '编故事', '慢慢编', '编吧', '使劲编', '编得跟真的'],
    severity: 'block',
    message: '讥讽买家说谎，态度恶劣（规则 2.4）',
    notAfter: /^(?:号|码|织|辑|写|排|制|程|一条|一根|长|绳|手链)/,
    notSentence: /编号|编码|编织|编辑|小编|主编|编发|编绳|手链|手工|绳|辫|毛衣|篮|竹|藤/,
    window: 20,
    sentence: /你|您|哈哈|听着|看着|呵呵|笑|信|圆|像|故事|真的/,
  },
  {
    // Number slang said of the buyer after it (250说的就是你吧 / 三八说的就是您 / 十三点就是你这样的).
    words: ['250', '二百五', '三八', '十三点', '13点'],
    severity: 'block',
    message: '用数字黑话（250、38）辱骂买家，属于人身攻击（规则 2.4）',
    after: /^(?:说的|指的|讲的)?(?:就是|就|是|正是|说的是)(?:你|您)/,
    notSentence: /码|尺|鞋|穿|脚|岁|号|节|毫升|ml|元|块|克|价/,
    deniable: false,
  },
  {
    // The buyer called a low sort of thing (大家都知道她是什么货色 / 你算什么东西 / 她算个什么玩意): 货色 of a person, 东西 / 玩意
    // as the predicate of a person. Not goods (您收到的是什么东西？, 这批货色泽均匀).
    words: ['什么货色', '啥货色', '哪路货色', '哪种货色', '一路货色'],
    severity: 'block',
    message: '贬低买家的人品，属于人身攻击（规则 2.4）',
    before: /(?:你|您|她|他|这人|那人|买家|顾客|客户|这位|那位|这种人|这号人|你们|他们|她们)[^，。？]{0,8}$/,
    notAfter: /^泽/,
    deniable: false,
  },
  {
    words: ['什么东西', '啥东西', '什么玩意', '啥玩意', '个什么东西', '个什么玩意', '个啥'],
    severity: 'block',
    message: '贬低买家的人品，属于人身攻击（规则 2.4）',
    before: /(?:你|您|她|他|这人|那人)(?:算|又算|是|又是|算是)(?:个)?$/,
    notAfter: /^(?:呀|啊)?(?:[，,。]?(?:拍|寄|发|买|收|退|给))|^(?:的|呢？)/,
    notSentence: /收到|寄|快递|包裹|里面|买的|拍的|订单|型号|商品|照片|图片|产品/,
    deniable: false,
  },
  {
    // The buyer's character judged low (文笔挺好，可惜人品不怎么样 / 您这为人真不咋地 / 你的人品我不敢恭维): 人品, 为人, 品行 +
    // a low verdict, the buyer's. Not our staff's (我们客服人品都很好).
    words: ['人品', '为人', '品行', '人格'],
    severity: 'block',
    message: '贬低买家的人品，属于人身攻击（规则 2.4）',
    // (after probe 2: the buyer named earlier in the sentence, 这女的专门骗退款，人品烂透了)
    sentence: /你|您|她|他|买家|顾客|客户|这位|这人|这种人|这女的|这男的|这家伙/,
    after: /^(?:也|可|都|就|真|实在|确实|是真)?(?:是)?(?:烂|败坏|极差|恶劣|低劣|不怎么样|不咋地|不咋样|一般|堪忧|太差|真差|很差|差|低|有问题|不行|不敢恭维|欠佳|令人|让人|我不敢|不太行|不敢苟同|有待|呵呵|值得怀疑|成问题)/,
    notSentence: /我们(?:的)?(?:客服|员工|同事|主播|店员|团队)|我们人品|说我们|本店|员工|同事|快递员|司机|骑手|主播|厂家|品牌|创始人|明星|艺人/,
    deniable: false,
  },
  {
    // The buyer too inept for the plain act (看图都不会看 / 字都不会写 / 话都不会说): a verb, its object, 都不会 and the verb again.
    // Not a baby (宝宝路都不会走) or ourselves.
    words: ['都不会', '也不会'],
    severity: 'block',
    message: '嘲讽买家连简单的事都不会，态度恶劣（规则 2.4）',
    before: /[看写说读用认查点拍填算选找听][^，。？！]{1,3}$/,
    after: /^[看写说读用认查点拍填算选找听]/,
    notBefore: /我们?[^，。]{0,3}$/,
    notSentence: /宝宝|孩子|小朋友|婴儿|老人|狗|猫|机器|系统|屏幕|手机|不会坏|不会掉/,
    deniable: false,
    unless: (ctx, start, end) => !ctx.compact.slice(Math.max(0, start - 4), start).includes(ctx.compact[end] ?? '\u0000'),
  },
  {
    // …or the plain object opening the clause (字都不会写还给差评？ / 话都不会说 / 图都不会看吗).
    words: ['都不会', '也不会'],
    severity: 'block',
    message: '嘲讽买家连简单的事都不会，态度恶劣（规则 2.4）',
    scope: 'clause',
    // Round 25 (t25b): the shopper's own basics too — tracking, the order, the size chart (家里网线被拔了？物流都不会查, 订单都不会点), not
    // what the tracking will not show (国内段物流都不会查到更新).
    before: /^(?:你|您|连|你连|您连)?(?:字|汉字|中文|话|人话|图|说明书|拼音|数|钱|物流|快递|单号|订单|详情页?|尺码表?|链接|页面)$/,
    after: /^(?:写|认|看|说|听|读|数|查|点|填|找)(?!到|得到|出|询到|不到)/,
    notSentence: /宝宝|孩子|小朋友|婴儿|老人|机器|系统|不会坏|不会掉|不会褪|不会脱|不会晕|不会花/,
    deniable: false,
  },
  {
    // Round 25 (t25b): "if you had eyes / a brain, you would not…" — the buyer's faculties doubted in a counterfactual (但凡长了眼睛看一下，
    // 也不至于问第三遍 / 但凡有点脑子也不会买错 / 要是识字就不会来问了). Not a product's plainness boasted (但凡长了眼睛都能看出做工好).
    words: ['长了眼睛', '长眼睛', '有眼睛', '带了眼睛', '带眼睛', '长了眼', '有点脑子', '有脑子', '长了脑子', '带了脑子', '带点脑子', '有点常识', '有常识', '识字', '认字', '有点眼力', '有眼力见'],
    severity: 'block',
    message: '以“但凡长了眼睛/有点脑子”讥讽买家，态度恶劣（规则 2.4）',
    before: /(?:但凡|凡是|要是|如果|哪怕|只要|稍微)(?:你|您)?(?:稍微|多少|但凡)?$/,
    window: 30,
    sentence: /不至于|也不会|就不会|就不用|也不用|何必|还用|还至于|早就|何至于|还来问|还问/,
    notSentence: /都能看出|都看得出|一眼就能看出|做工|质量|品质|宝宝|孩子|小朋友/,
    deniable: false,
  },
  {
    // Round 25 (t25b): the buyer's grasp of a plain word doubted (您是不是对'正品'两个字有什么误解 / 你对“包邮”这个词理解有问题吧):
    // a sneer at their understanding of the word itself, not a process explained (您可能对退款流程有些误解，我给您解释下).
    words: ['误解', '误会', '理解有问题', '理解有误', '理解错了', '理解偏差', '不太理解', '不理解'],
    severity: 'block',
    message: '讥讽买家不懂字面意思，态度恶劣（规则 2.4）',
    before: /对[^]{1,8}?(?:[两二三四俩几]个字|这几个字|这个字|俩字|两字|这个词|这词|这两个词|字面意思|字面上的意思)(?:的意思)?(?:是不是)?(?:有|存在)?(?:什么|啥|点|些|一点|一些|很大的|很深的|天大的)?$/,
    // (the apology may follow in the next sentence: …有点误会？抱歉是我们没写清楚)
    window: 30,
    sentence: /你|您/,
    notSentence: /解释|说明一下|为您|给您讲|抱歉|不好意思|我们的问题|我们没写清|表述不清/,
    deniable: false,
  },
  {
    // Round 42 (t42g): too inept for the plain act (字都打不利索, 话都说不清楚), yet talking shop or mocked for it (还跟我聊车架几何，笑死).
    // Not the agent's own slip (我字都打不利索了，抱歉), comfort (话都说不清楚也没关系，发语音就行), a child or an elder helped.
    words: ['都打不利索', '都说不利索', '都写不利索', '都打不清楚', '都说不清楚', '都写不清楚', '都打不明白', '都说不明白', '都写不明白', '都打不对', '都写不对', '都念不对', '都认不全', '都读不通', '都说不利落', '都打不利落'],
    severity: 'block',
    message: '说买家“字都打不利索还…”，嘲讽买家的能力（规则 2.4）',
    before: /(?:字|话|句子|拼音|名字|地址|中文|普通话|英文|字母)$/,
    notBefore: /(?:我|我们|本人|客服|小编)[^，。！？]{0,3}$/,
    sentence: /还(?:跟我|和我|想|敢|好意思|聊|谈|讲|教|来|学|要|挑|评|嫌)|笑死|呵呵|就别|别(?:买|玩|聊|问)了/,
    notSentence: /没关系|不要紧|没事的|别担心|别着急|慢慢|语音|抱歉|不好意思|宝宝|孩子|小朋友|老人|长辈/,
    deniable: false,
  },
  {
    // Round 42 (t42g): the buyer hailed by age (大爷, 大妈, 老人家), told the goods are not for them and sent to an old man's toy or off with a
    // brush-off (大爷，这耳机不适合您，买个收音机吧，别为难自己了). Not advice for an elder (大爷，这款按键小，建议您选老人机，字大声音大).
    words: ['大爷', '大妈', '老大爷', '老大妈', '老爷子', '老太太', '老人家', '大叔', '大婶'],
    severity: 'block',
    message: '拿买家的年龄说事，劝其“别为难自己”，态度恶劣（规则 2.4）',
    sentence: [/不(?:太|大)?适合(?:您|你)|(?:您|你)(?:用|玩|戴|穿)不(?:来|了|明白)|不是给(?:您|你)/, /收音机|老人机|老年机|广场舞|别为难自己|别凑热闹|凑什么热闹|省省|别折腾|瞎折腾|别费劲|别浪费|白瞎/],
    notSentence: /建议|推荐|字大|声音大|操作简单|一键|方便|送长辈|孝敬|给(?:您)?(?:爸|妈|父母|家里老人)/,
    deniable: false,
  },
  {
    // Round 42 (t42g): the buyer's budget sneered at as a type — 连一瓶酒都要拆着买的人，还是别碰威士忌了 — a 连…都 of thrift filing the buyer, then a
    // brush-off or cheaper goods said to suit them. Not an offer of a smaller size (连一瓶都喝不完的话，可以选50ml的小样).
    words: ['的人', '的主', '的顾客', '的买家', '的客户'],
    severity: 'block',
    message: '拿买家的预算说事，讥讽买家“不配”，态度恶劣（规则 2.4）',
    before: /连[^，。！？]{1,10}都(?:要|得|想|舍不得|买不起|嫌贵|嫌|还价|砍价|讲价)[^，。！？]{0,8}$/,
    sentence: /别碰|别买|别玩|别喝|别用|别学|就别|还是别|更适合(?:您|你)|才适合(?:您|你)|省省|配不上|高攀|不配/,
    notSentence: /没关系|很多人|不少人|推荐|小样|分装|可以选|建议您?选|也很正常/,
    deniable: false,
  },
  {
    // Round 42 (t42g): the buyer's worry for their data called paranoia and sent to a doctor (被害妄想症就去看病), or their data as worth nothing
    // (您的信息值几个钱？). Not reassurance (这不是被害妄想，保护信息是应该的) nor a trade-in price (您这台旧手机能值几个钱，我们帮您估).
    words: ['被害妄想', '迫害妄想', '妄想症'],
    severity: 'block',
    message: '讥讽买家有“被害妄想”，属于人身攻击（规则 2.4）',
    sentence: /你|您|顾客|买家|客户|这位|看病|吃药|治治|去医院|就医|挂个号/,
    notBefore: /(?:不是|并非|不算|别说|不叫|谈不上|算不上)[^，。！？]{0,3}$/,
    notSentence: /患者|治疗|家属|病史|护理|康复|症状|诊断|药/,
    deniable: false,
  },
  {
    words: ['值几个钱', '值几毛钱', '值几块钱', '能值几个钱', '值个屁', '一文不值'],
    severity: 'block',
    message: '讥讽买家的东西“不值钱”，态度恶劣（规则 2.4）',
    before: /(?:您|你)(?:的|这|那)?[^，。！？]{0,4}(?:信息|隐私|资料|身份证|名字|电话|号码|账号|照片|时间|脸面|面子)(?:能|又|才|还|也)?$/,
    notSentence: /回收|估价|二手|折旧|换新|以旧换新/,
    deniable: false,
  },
  {
    // The buyer called mentally ill (这位顾客有精神病吧 / 你是不是有神经病). Not health talk (精神病患者的家属, 治疗).
    words: ['有精神病', '有神经病', '是精神病', '是神经病', '精神病吧', '神经病吧', '精神有问题', '精神不正常', '精神失常', '脑子有问题'],
    severity: 'block',
    message: '辱骂买家有精神病，属于人身攻击（规则 2.4）',
    sentence: /你|您|顾客|买家|客户|这位|这人|那人|她|他/,
    notSentence: /药|治疗|患者|医院|医生|家属|病史|护理|康复|症状|诊断/,
    deniable: false,
  },  {
    // After probe 2: the buyer's existence called worthless (活着也是浪费空气 / 白活了这么多年 / 浪费粮食).
    words: ['浪费空气', '浪费粮食', '活着浪费', '白活了', '白活这么', '活着有什么用', '活着也是浪费'],
    severity: 'block',
    message: '贬低买家的人格，属于人身攻击（规则 2.4）',
    sentence: /你|您|这种人|买家|顾客/,
    notSentence: /剩饭|光盘|节约|食物|吃不完|保质期|过期|空气净化|净化器/,
    deniable: false,
  },
  {
    // After probe 2: the buyer's act called stupid (问题问得这么蠢 / 这操作真蠢 / 蠢到家了).
    words: ['这么蠢', '那么蠢', '真蠢', '太蠢', '好蠢', '蠢到', '这么笨', '那么笨', '真笨', '太笨了', '这么傻', '真够傻', '蠢得'],
    severity: 'block',
    message: '辱骂买家愚蠢，属于人身攻击（规则 2.4）',
    sentence: /你|您|问|问题|买家|顾客|说|做|操作|评价|投诉|退/,
    // (round 46, t46c: our own staff blamed in an apology is self-criticism — 是我们打包的同事手太笨了，把锅盖压变形了)
    notSentence: [/宠物|狗|猫|萌|可爱|呆萌|憨憨|玩偶|公仔|表情包|小熊|我(?:真|太|好)?(?:蠢|笨|傻)|我们(?:真|太|好)?(?:蠢|笨|傻)/, T46C_OWN_STAFF],
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer's taste called brave — irony with no sneer mark needed (您这审美挺勇敢的, 你的搭配真有勇气, 您这眼光胆子
    // 够大). Not praise beside it (您的搭配很大胆，很好看): 大胆 alone is left out, and a compliment in the sentence cancels.
    words: ['审美', '品味', '品位', '眼光', '穿搭', '搭配'],
    severity: 'block',
    message: '反话式地说买家的审美“勇敢”，嘲讽买家（规则 2.4）',
    before: /(?:您|你|阁下)(?:的|这|这个|那)?$/,
    after: /^(?:是)?(?:真|可真|还真|是真|也太|太|挺|很|蛮|够|也是|真是|可是|相当|属实)?(?:勇敢|有勇气|够勇|胆子(?:真|挺|很|够|也|太|也太|可真|是真)?大|胆儿(?:真|挺|够|太|也太)?大|够胆)/,
    notSentence: /好看|漂亮|推荐|适合|喜欢|赞|厉害|佩服|欣赏|有个性|显白|时髦|高级|大方|夸/,
    window: 30,
    deniable: false,
  },
  {
    // Round 34 (t34b): courage put on the buyer's body or age for wearing something (您这肤色穿这个颜色，挺有勇气的 / 您这身材还敢穿紧身的 /
    // 这把年纪了胆子真大，敢穿超短) — the irony of 勇敢 taken from taste to the body. Not encouragement with praise (您身材这么好，大胆穿，
    // 敢穿就美; 勇敢尝试新风格，很适合您).
    words: ['有勇气', '勇气可嘉', '够勇敢', '挺勇敢', '真勇敢', '很勇敢', '好勇敢', '胆子挺大', '胆子真大', '胆子够大', '胆子也太大', '胆子不小', '还敢穿', '也敢穿', '还真敢穿', '都敢穿', '还敢买', '也敢买'],
    severity: 'block',
    message: '反话式地说买家穿衣“有勇气”，借身材、年龄嘲讽买家（规则 2.4）',
    sentence: /(?:您|你)(?:这|的|这个|那|这把)?(?:身材|肤色|皮肤|体型|体重|年纪|岁数|腿|腰|肚子|脸|个子|块头|身板)|这把年纪|这个年纪|这岁数|这么胖|这么黑|这么矮|这么壮/,
    notSentence: /好看|漂亮|美|身材好|身材很好|身材这么好|身材不错|皮肤白|白皙|显瘦|适合|推荐|气质|显年轻|年轻|放心穿|大胆穿|尽管穿|支持|鼓励/,
    window: 30,
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer's age set against childish conduct (一把年纪了还这么不懂事 / 这么大的人了还这么斤斤计较) — not a child's
    // (孩子这么大了还这么任性, 宝宝…) nor the agent's own (我一把年纪了还…).
    words: ['一把年纪', '这把年纪', '这么大岁数', '这么大年纪', '这么大的人', '这么大人了', '老大不小', '都成年人了', '都是成年人了'],
    severity: 'block',
    message: '拿年龄讥讽买家不懂事，态度恶劣（规则 2.4）',
    after: /^[^。！？]{0,4}?还(?:这么|那么|这样|是)?(?:不懂事|幼稚|任性|胡闹|无理取闹|不讲理|斤斤计较|计较|不明事理|不讲道理|撒泼|耍赖|胡搅蛮缠)/,
    notSentence: /孩子|宝宝|儿子|女儿|小朋友|娃|我(?:都|也)?一把年纪|我(?:都|也)?这把年纪|宠物|狗|猫/,
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer's child pitied for taking after the buyer (您家孩子要是随您，那可就麻烦了 / 宝宝以后像你可就惨了). Not a
    // likeness praised (宝宝随您，肯定漂亮).
    words: ['随您', '随你', '像您', '像你'],
    severity: 'block',
    message: '借买家的孩子讥讽买家，态度恶劣（规则 2.4）',
    before: /(?:孩子|宝宝|小孩|儿子|女儿|闺女|娃|下一代)(?:以后|将来|长大|要是|如果|万一|真|了|也|都){0,3}$/,
    after: /^[^。！？]{0,8}?(?:麻烦|完了|可怜|遭殃|惨了|就惨|造孽|倒霉|愁人|没救|不得了了|操心)/,
    notSentence: /漂亮|好看|聪明|可爱|懂事|优秀|有福气|乖/,
    window: 30,
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer told off for contending with us (跟我这儿较什么劲呢, 您较哪门子真, 和客服抬什么杠) — a rhetorical jab, not
    // a kind word against fretting over oneself (别跟自己较劲) or a courier (犯不着跟快递较劲).
    words: ['较什么劲', '较啥劲', '较哪门子劲', '较个什么劲', '较个啥劲', '较的什么劲', '较什么真', '较啥真', '较哪门子真', '抬什么杠', '抬啥杠', '抬哪门子杠', '杠什么杠', '杠什么呢'],
    severity: 'block',
    message: '用反问斥责买家“较什么劲”，态度恶劣（规则 2.4）',
    scope: 'clause',
    before: /(?:跟|和|同)(?:我|我们|咱|咱们|客服|小店|店里|本店|小编)(?:这儿|这里|这边|这)?(?:在|瞎|非要|非得|老|总)?$|^(?:您|你)(?:这|又|还|在|瞎|非要|非得|老|总|到底|究竟)?(?:是)?(?:在)?$/,
    notSentence: /自己|犯不着|不值得|别生气|消消气|理解/,
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer's time called idle and sent to a chore (有那闲工夫多看两眼说明书 / 有这工夫不如自己查查物流 / 有那闲心早
    // 就装好了). Not our own time (有那工夫我们早就给您发出去了) nor free time offered kindly (您有空的时候再看).
    // (…or 有这个时间 + 不如, the buyer's fuss named: 有这个时间纠结五块钱，不如多赚点.) Not a sales push (有这工夫纠结，不如直接拍下来).
    words: ['有那闲工夫', '有这闲工夫', '有那个闲工夫', '有那工夫', '有这工夫', '有那个工夫', '有那功夫', '有这功夫', '有那闲功夫', '有那闲心', '有这闲心', '有那个闲心', '有那精力', '有这精力',
      '有这个时间', '有那个时间', '有这时间', '有那时间', '有这个功夫', '有这个工夫'],
    severity: 'block',
    message: '讥讽买家“有那闲工夫”，态度恶劣（规则 2.4）',
    // (时间 is plain time — 有这个时间的话可以先看看视频 — so it needs 不如; a 的话 makes any of them a kind condition)
    after: /^(?!的话)[^，。！？]{0,6}?(?:不如|还不如|倒不如|多|去|先|早就|早|赶紧|自己|好好|学|查|看)/,
    unless: (ctx, start, end) => /时间$/.test(ctx.compact.slice(start, end)) && !/^[^，。！？]{0,8}?(?:不如|还不如|倒不如)/.test(ctx.after(end, 12, 'hard')),
    notBefore: /(?:我|我们|咱|咱们|客服|小编|店里|仓库)(?:要是|如果)?(?:真)?$/,
    notAfter: /^[^，。！？]{0,4}?(?:我|我们|咱|咱们|客服|小编)/,
    notSentence: /下单|拍下|拍了|直接拍|入手|囤|抢购|加购|买下|直接买|先买|锁价|付款|领券|休息|睡/,
    deniable: false,
  },
  {
    // Round 34 (t34b): a taunt that the buyer will be the one to lose (投诉呗…看最后谁哭 / 你闹吧，到时候看谁后悔 / 等着看谁丢人). Not a baby or
    // a film (看看是谁哭了，原来是宝宝醒了).
    words: ['谁哭', '谁后悔', '谁丢人', '谁难堪', '谁下不来台', '谁笑到最后', '谁笑在最后', '谁先哭'],
    severity: 'block',
    message: '挑衅买家“看最后谁哭”，态度恶劣（规则 2.4）',
    before: /(?:看|瞧|等着看|看看|咱们看|咱看|我们看|走着瞧)(?:最后|到时候|到底|结果|回头|最终|到最后|究竟)?(?:是)?$/,
    notSentence: /宝宝|孩子|小朋友|婴儿|娃|电影|剧|小说|绘本|故事|游戏/,
    window: 30,
    deniable: false,
  },
  {
    // Round 34 (t34b): schooling called wasted on the buyer (大学白读了吧 / 书都白念了 / 高中算是白上了) — the schooling named right before
    // 白读/白念/白上/白学. Not our own (我这书算白读了) nor a child's (孩子的网课别白上了).
    words: ['白读了', '白念了', '白上了', '白学了', '白读', '白念', '白上'],
    severity: 'block',
    message: '嘲讽买家“书白读了”，属于不文明用语（规则 2.4）',
    before: /(?:大学|高中|初中|小学|中学|本科|研究生|硕士|博士|专科|大专|义务教育|九年|书|学|学校)(?:都|也|算是|真是|怕是|是不是|可能|估计)?$/,
    notBefore: /我(?:的|这|这个)?[^，。]{0,4}$/,
    notSentence: /孩子|宝宝|儿子|女儿|学生|网课|课程|补习|辅导|报班|学费|教材/,
    window: 30,
    deniable: false,
  },
  {
    // Round 34 (t34b): shame the buyer should feel, said as the agent's own in the buyer's place (我要是您，早就不好意思再来问了 / 换我是你，
    // 没脸再来要赔偿). Not empathy in the buyer's place (换作是我也会生气, 我要是您也会着急).
    words: ['不好意思再来', '不好意思再问', '不好意思开口', '不好意思再提', '没脸再来', '没脸再问', '没脸再找', '没脸提', '没脸要', '没脸开口', '臊得慌', '不敢再来'],
    severity: 'block',
    message: '借“我要是您”暗讽买家不知羞，态度恶劣（规则 2.4）',
    sentence: /我要是(?:您|你)|换(?:我|作我|成我|做我)是(?:您|你)|要是我是(?:您|你)|我如果是(?:您|你)/,
    deniable: false,
  },
  {
    // Round 34 (t34b): the buyer's recourse dared with a curt 呗 (投诉呗, 那就差评呗, 想告就去告呗) — it says "go ahead, we don't care". Not a
    // route offered (您可以联系平台投诉), which uses no 呗, nor the buyer's words told back.
    words: ['投诉呗', '差评呗', '举报呗', '告呗', '曝光呗', '投诉去呗', '告去呗', '去告吧', '12315呗'],
    severity: 'block',
    message: '用“投诉呗”之类的话挑衅买家，态度恶劣（规则 2.4）',
    scope: 'clause',
    notBefore: /(?:可以|能|申请|联系|通过|帮您|帮你|如果|您说|你说|说要|要求)[^，。]{0,6}$/,
    deniable: false,
  },
  // ── Round 43 (t43k), HG's last-line jabs: the grown-up's reading asked beside a child's book, a label's taste, a 歇后语's sting.
  {
    // The grown-up's own reading asked as a jab, even beside a child's goods (绘本是给孩子看的，家长识字吗？; 拼音卡是给娃的，大人认字不？; 当妈的
    // 识字吧？). The cue above spares a child in the sentence; here the reader asked is the adult. Not a grandparent's reading asked to fit the
    // goods (家里老人识字吗？不识字可以选有声版) nor a reading level advised.
    words: ['识字', '认字', '认识字', '识几个字'],
    severity: 'block',
    message: '用反问嘲讽买家（家长）的识字能力，属于不文明用语（规则 2.4）',
    before: /(?:家长|大人|当妈的|当爸的|当家长的|做家长的|孩子他妈|孩子他爸|孩子妈|孩子爸|宝妈|宝爸)(?:自己|本人)?(?:是不是|难道|到底|总|也|该)?(?:不)?$/,
    after: /^(?:吗|么|嘛|吧|不|没|没有|了吗|了没|啊|呀|[？?])/,
    notSentence: /老人|长辈|爷爷|奶奶|外公|外婆|姥姥|姥爷|有声|点读|音频|不多|的话|推荐|建议|可以选|适合/,
    deniable: false,
  },
  {
    // A contempt label's taste or wits laid on the buyer (普信男的审美我们实在满足不了; 妈宝男的脑回路我们跟不上; 作精的标准谁都伺候不了).
    // Not the label named as a word or a meme (“普信男”这个词) nor a character in a story.
    words: PERSON_LABELS,
    severity: 'block',
    message: '用侮辱性标签指代买家并嘲讽，属于人身攻击（规则 2.4）',
    after: /^(?:的)(?:审美|品味|眼光|脑回路|逻辑|标准|要求|自信|操作|思路|世界|想法|脑子|智商)/,
    sentence: /(?:您|你)|满足不了|伺候不了|跟不上|理解不了|我们|实在/,
    notSentence: /这个词|网络用语|网友|评论区|段子|小说|剧里|电视剧|什么意思|不是说(?:您|你)/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // A 歇后语 whose tail mocks the buyer, said with or without the tail (癞蛤蟆打哈欠——好大的口气; 猪鼻子插葱——装象; 茅坑里的石头——又臭又硬;
    // 狗拿耗子，多管闲事). Not a lesson or a story (歇后语课本, 绘本).
    words: ['癞蛤蟆打哈欠', '癞蛤蟆打呵欠', '蛤蟆打哈欠', '蛤蟆打呵欠', '猪鼻子插葱', '茅坑里的石头', '茅坑里的臭石头', '狗拿耗子', '王八看绿豆', '猪八戒照镜子',
      '黄鼠狼给鸡拜年', '屎壳郎打喷嚏', '屎壳郎戴花', '屎壳郎搬家', '癞蛤蟆上脚面', '癞蛤蟆跳上脚面', '脱裤子放屁', '驴粪蛋子表面光', '驴粪球外面光', '狗坐轿子', '耗子扛枪',
      '老鼠舔猫鼻', '猴子称大王', '瞎子点灯', '秃子头上的虱子', '麻袋绣花', '擀面杖吹火'],
    severity: 'block',
    message: '用歇后语挖苦买家，属于不文明用语（规则 2.4）',
    notSentence: /歇后语(?:大全|课|书|集)|成语|典故|绘本|故事书|寓言|课本|作文|语文|我们(?:也|自己)?(?:是|就是|真是)|我(?:也|自己)?(?:是|就是|真是)/,
    unless: echoedThenDenied,
    deniable: false,
  },
  // ── Round 45 (t45a), HQ's put-downs with no swear word, by mechanism (each pairs two word families, the buyer as target).
  {
    // The buyer told to open their eyes to what is written (说明书第一行红字，麻烦睁眼看看; 详情页写着呢，您睁大眼睛瞧瞧) — it calls them blind.
    // Not the goods shown off (睁大眼睛看看这做工) nor a warning to look out (擦亮眼睛).
    words: ['睁眼看看', '睁眼瞧瞧', '睁开眼看看', '睁开眼睛看看', '睁开眼瞧瞧', '睁大眼睛看看', '睁大眼看看', '睁大眼睛瞧瞧', '睁大双眼看看', '睁大眼睛看清楚', '睁开眼睛看清楚', '睁眼看清楚'],
    severity: 'block',
    message: '叫买家“睁眼看看”，暗讽买家眼瞎，属于不文明用语（规则 2.4）',
    sentence: /说明书|详情页|页面|标签|包装|写着|写的|写了|标着|标的|标了|印着|印在|印的|红字|字|图|提示|注意事项|规格|参数|清清楚楚|明明白白/,
    notSentence: /做工|细节|质感|品质|对比|效果|成色|惊喜|新品|上新|谨防|小心|骗子|假货/,
    window: 30,
    deniable: false,
  },
  {
    // A virtue or faculty the buyer lacks prescribed like the goods (顺便给耐心也充个电; 把常识这味药也一起炖进去; 把脑子也带上一起充值) — the
    // cure is the jab. Not the shop's own patience, a child's, nor a fact shared (给您补充个常识).
    words: ['常识', '耐心', '眼力', '眼力见', '脑子', '智商', '情商', '记性', '悟性', '理解力', '判断力', '自知之明'],
    severity: 'block',
    message: '把买家缺的“常识/耐心”当成药或电来“补一补”，暗讽买家，属于不文明用语（规则 2.4）',
    after: /^(?:这味药|这副药|这剂药|这一味)?(?:也|一起|一块|一并|顺便|顺带)+(?:一起|一块)?(?:充(?:个|一下|点|一点|充)?(?:电|值)|补(?!充)|炖|熬|煮|煲|泡|续个?费|升个?级)/,
    notBefore: /(?:我|我们|咱们|本店|客服|孩子|宝宝|小朋友|狗狗|猫咪)(?:的|这)?$/,
    notSentence: /孩子|宝宝|小朋友|儿童|学生|老人|狗狗|猫咪|宠物/,
    deniable: false,
  },
  {
    // A mock well-wish for the buyer's self-knowledge (祝您早日看清自己; 祝你早点认清现实; 祝您早日长点心) — not a recovery wished (祝您早日康复)
    // nor the goods' fit (认清自己的肤质).
    words: ['看清自己', '认清自己', '认清现实', '看清现实', '有自知之明', '有点自知之明', '开窍', '长点心', '长点脑子', '长脑子', '找回智商', '找回脑子'],
    severity: 'block',
    message: '用“祝您早日看清自己”之类的假祝福挖苦买家，属于不文明用语（规则 2.4）',
    before: /祝(?:您|你|亲|阁下)?(?:早日|早点|早点儿|尽早|尽快|能|能够|可以|终有一天|有朝一日)?$/,
    notAfter: /^的(?:肤质|肤色|肤况|皮肤|体质|尺码|脸型|需求)/,
    deniable: false,
  },
  {
    // The buyer's self-importance mocked: the world does not bend because they are who they are (概率不会因为您是您就开后门; 快递不会因为你是你
    // 就飞过来). Not a gift slogan (爱你，因为你是你).
    words: ['因为您是您', '因为你是你'],
    severity: 'block',
    message: '用“不会因为您是您就…”嘲讽买家自以为特殊，态度恶劣（规则 2.4）',
    before: /(?:不会|不能|不可能|又不会|并不会|可不会|才不会|不至于)$/,
    after: /^就/,
    deniable: false,
  },
  {
    // The buyer sent off to a ritual for luck before blaming the shop (建议先去拜拜锦鲤，再来怪我们; 先烧烧香再来找我们算账) — their bad luck,
    // not our fault, said as a jab. Not a playful wish for luck with no blame (抽之前可以先拜拜锦鲤哦).
    words: ['锦鲤', '烧香', '烧烧香', '拜佛', '拜拜佛', '求神', '拜神', '转发锦鲤', '洗洗手', '洗个手', '许个愿', '算一卦', '算个命', '去去晦气', '去晦气'],
    severity: 'block',
    message: '让买家“先去拜锦鲤再来怪我们”，嘲讽买家，态度恶劣（规则 2.4）',
    before: /先(?:去|回去)?(?:拜拜|拜一拜|拜|转发|转|求求|求|烧|洗|许|算|去)?(?:个|一下|一拜)?$/,
    sentence: /再来(?:怪|怨|骂|找|投诉|说|问)|别怪我们|怪不到我们|怪不着我们|赖我们|再怪我们/,
    deniable: false,
  },
  {
    // Plain numbers asked as beyond the buyer's schooling (是两粒不是两瓶，这个数字应该不超纲吧？; 这几个字没超纲吧) — not an exam or a syllabus.
    words: ['不超纲', '没超纲', '不算超纲', '没有超纲', '超纲了吗', '超纲了吧', '超纲吗', '超纲吧'],
    severity: 'block',
    message: '反问买家“这不超纲吧”，暗讽买家文化水平，属于不文明用语（规则 2.4）',
    after: /^(?:了)?(?:吧|吗|么|嘛|呀|啊)?/,
    notSentence: /试卷|卷子|课标|考试|考题|题目|习题|真题|课程|课本|教材|大纲|考纲|孩子|宝宝|学生|年级|小学|初中|高中|中考|高考|老师/,
    deniable: false,
  },
  {
    // A refusal to repeat something called basic (这么基础的操作我就不讲第三遍了; 这么简单的事不说第二遍了哈) — the buyer called slow. Not a promise
    // that the buyer need not repeat (您不用说第二遍).
    words: ['二', '三', '四', '五', 'n'].flatMap((n) => ['讲', '说', '教', '解释', '重复', '演示'].map((v) => `不${v}第${n}遍`)),
    severity: 'block',
    message: '以“我就不讲第三遍了”打发买家，态度恶劣（规则 2.4）',
    notBefore: /(?:让|叫|要|用|需要|麻烦)(?:您|你)?$/,
    deniable: false,
  },
  {
    // The buyer's craft or hobby given up over a basic mix-up (皮和木板都分不清的话，咱还是先别给人纹了; 生熟都分不清，还是别下厨了吧; 公母都分不出，
    // 建议改行) — not a child, nor a choice advised (分不清的话可以先买试用装).
    words: ['都分不清', '都分不出', '都认不出', '都搞不清', '都分不明白', '都不认识', '都认不清'],
    severity: 'block',
    message: '说买家连基本的东西都分不清、劝其“别干了”，属于嘲讽（规则 2.4）',
    sentence: /(?:还是|就|先|那就|那还是|咱还是|建议)(?:先)?别(?!担心|急|着急|慌|客气|怕|生气)[^，。！？]{1,8}(?:了|吧)|改行|转行|别干了|别做了|别玩了|别练了|别碰了|别学了|洗手不干/,
    notSentence: /孩子|宝宝|小朋友|儿童|老人|新手|刚入门|初学|色盲|色弱|视力|我们|我也|本店/,
    deniable: false,
  },
  {
    // Ironic thanks for the buyer's misuse as product research (您往里放的是鸡蛋不是水…感谢您为产品开发提供了新思路) — the correction beside it marks
    // the thanks as a jab. Thanks for a real suggestion carries no such correction.
    words: ['提供了新思路', '提供新思路', '开辟了新思路', '开发了新用法', '开发新用法', '开发了新功能', '解锁了新用法', '解锁新用法', '解锁了新功能', '发现了新用法', '开拓了新用途', '开发了新用途'],
    severity: 'block',
    message: '反讽买家误用产品是“提供新思路”，属于嘲讽（规则 2.4）',
    sentence: /(?:您|你)[^，。！？]{0,8}(?:放|加|倒|装|用|拿|泡|煮|烧|插|塞)的是[^，。！？]{1,10}不是|是用来[^，。！？]{1,12}的不是用来|不是用来[^，。！？]{1,10}的|是[^，。！？]{1,8}的不是[^，。！？]{1,8}的/,
    window: 80,
    deniable: false,
  },
  {
    // A take-it-or-leave-it on the buyer's palate or habit (喝不惯可以不喝; 用不惯可以不用哦) — 爱喝不喝 said politely. Not an alternative offered
    // (吃不惯辣可以不放辣包, 喝不惯可以申请退货).
    words: ['喝', '吃', '用', '穿', '戴', '闻', '抹', '看'].map((v) => `${v}不惯可以不${v}`),
    severity: 'block',
    message: '对买家说“喝不惯可以不喝”，打发买家，态度恶劣（规则 2.4）',
    scope: 'clause',
    after: /^(?:哦|哈|啊|呀|嘛|呢|的|了|哈哈|喔|噢)*$/,
    deniable: false,
  },
  {
    // An absurd expectation laid on the buyer with a laugh, and advice to lower it (您期待的是NASA画质吧😂 建议先把期待值调低) — an emoji laughing at the
    // buyer marks it. Not honest advice on what the goods can do.
    words: ['期待值调低', '期待值降低', '期待值放低', '期望值调低', '期望值降低', '期望值放低', '期待值降一降', '期望值降一降', '期待值调一调', '把期待调低', '把期望调低', '降低期待值', '降低期望值', '调低期待值', '调低期望值', '放低期望值'],
    severity: 'block',
    message: '笑着让买家“把期待值调低”，嘲讽买家，属于不文明用语（规则 2.4）',
    unless: (ctx, start, end) => !mockLaughNear(ctx, start, end),
    deniable: false,
  },
  {
    // A hobbyist's years against a beginner's miss, then the hobby called fake (玩币十年不认识样币？那您玩的怕是游戏币吧; 钓鱼二十年分不清鱼线？您钓的
    // 怕不是塑料鱼吧) — the retort after the years. Not a hobbyist's long habit praised.
    words: ['玩的怕是', '玩的怕不是', '钓的怕是', '钓的怕不是', '喝的怕是', '喝的怕不是', '用的怕是', '用的怕不是', '买的怕是', '买的怕不是', '学的怕是', '学的怕不是', '开的怕是', '开的怕不是', '抽的怕是', '抽的怕不是', '养的怕是', '养的怕不是', '玩的恐怕是', '玩的估计是'],
    severity: 'block',
    message: '借“您玩的怕是…吧”嘲讽买家外行，属于不文明用语（规则 2.4）',
    before: /(?:那|那么|所以)?(?:您|你)(?:这|那)?(?:[0-9一二两三四五六七八九十几]+年)?$/,
    after: /^[^，。！？]{1,8}(?:吧|哦|啊|呀)/,
    // the fake kind named, or the years claimed in the lead-in question
    sentence: /游戏|假|塑料|玩具|山寨|盗版|模拟|过家家|冒牌|纸|泥|空气|[0-9一二两三四五六七八九十几]+年|多年|老玩家|老手|老司机/,
    leadIn: /[^]*(?:[0-9一二两三四五六七八九十几]+年|多年|老玩家|老手|老司机)[^]*/,
    deniable: false,
  },
  {
    // Put-downs in Shanghainese and Cantonese: picking a quarrel (就晓得寻事体), fooling around (覅再搞七捻三), a shop that is no charity
    // (阿拉店里又勿是开善堂), too shameful to watch (咁都唔识，真係冇眼睇).
    words: ['寻事体', '寻吼势', '搞七捻三', '冇眼睇', '咁都唔识', '乜都唔识', '咁都唔会', '开善堂'],
    severity: 'block',
    message: '方言里的挖苦、打发买家的话，属于不文明用语（规则 2.4）',
    // our own denial (阿拉店从来勿会搞七捻三) is no jab
    notBefore: /(?:勿会|不会|唔会|勿|唔|冇|没有|没)(?:再|去)?$/,
    deniable: false,
  },
  // ---- Round 48 (t48c): mockery and rejection with no swear word (recovered from the retrained likely-insult) ----
  {
    // Round 48 (t48c): the buyer told they are not welcome (您别来挤了，我们不欢迎您): a flat rejection of the buyer as a person. Not a rule on what
    // may come in (不欢迎您携带宠物入店), nor its denial (不是不欢迎您).
    words: ['不欢迎'],
    severity: 'block',
    message: '对买家说“不欢迎您”，属于引起他人不满的字句（规则 2.4）',
    after: /^(?:您|你)(?![^，。！？]{0,6}?(?:携带|带|抽烟|吸烟|宠物))/,
    notSentence: /不是不欢迎|并不是|哪有|怎么会|没有不|刷单|黄牛|宠物|吸烟|抽烟|携带/,
  },
  {
    // Round 48 (t48c): arguing with the buyer called not worth it (跟您计较也没意思): the buyer talked down to as beneath a reply. Not our own promise
    // not to mind (我们不会跟您计较的).
    words: ['计较'],
    severity: 'block',
    message: '说“跟您计较没意思”，居高临下地贬低买家，属于引起他人不满的字句（规则 2.4）',
    before: /(?:跟|和|同)(?:您|你)(?:这种人|这样的人)?$/,
    after: /^(?:也|都|就|真|实在|确实|其实)?(?:没(?:什么)?意思|没意义|没必要|犯不上|犯不着|不值得|划不来|掉价|浪费时间)/,
    deniable: false,
    grow: true,
  },
  {
    // Round 48 (t48c): "not everyone can …" said to a buyer's complaint with a sneer (5mm的都嫌冷？…海不是谁都能下的): the buyer called unfit for the
    // goods. The pair: the phrase and a sneer beside it (都嫌, 连…都, a smirking emoji). Not a plain caution (这款不是谁都适合，敏感肌先试用).
    words: ['不是谁都', '不是人人都', '不是每个人都'],
    severity: 'block',
    message: '用“不是谁都能…”挖苦买家能力不行，属于引起他人不满的字句（规则 2.4）',
    after: /^(?:能|可以|会|配|玩得|用得|穿得|下得|吃得|受得|敢|hold)/,
    unless: (ctx, start, end) => !sneerNearT48C(ctx, start, end, /都嫌|连[^，。！？]{1,8}都|(?:您|你)[^，。！？]{0,6}?(?:更|只)适合(?:在|去|待|呆)/),
    notSentence: /敏感|过敏|孕妇|儿童|建议先|试用|医生/,
    deniable: false,
  },
  {
    // Round 48 (t48c): the fault hinted to lie with the buyer and left unsaid, with a smirk or a "where's the problem" (问题在哪儿……您心里应该比我们清楚哈):
    // an insinuation the buyer is to blame. Not a choice left to the buyer (怎么选您心里最清楚，我们只给参考).
    words: ['清楚'],
    severity: 'block',
    message: '暗讽“问题在哪您心里清楚”，把责任甩给买家，属于引起他人不满的字句（规则 2.4）',
    before: /(?:您|你)(?:自己)?心里(?:应该|肯定|估计|大概|其实|可能)?(?:比(?:我们|我|谁)(?:都|还|更)?|最|也)?$/,
    unless: (ctx, start, end) => !sneerNearT48C(ctx, start, end, /(?:问题|毛病|错|卡)(?:在哪|出在|到底在)|哪一步|怪谁|谁的问题|还没(?:配|装|弄|搞)/),
    notSentence: /选|喜欢|需求|参考|偏好|口味/,
    deniable: false,
  },
];

/**
 * Round 29 (t29e): an honorific drawn out with a tilde between its characters (大~客~户~, 尊~贵~的~会员) — a sneer when a trifle or a
 * mock solemnity stands beside it (您这五块钱的运费险我们一定当成头等大事来办). Not the tilde of a friendly 亲~ alone, nor a cutesy title
 * beside a price that is not the buyer's trifle (亲~爱~的~，这款五块钱的小样送您).
 */
const TILDE_TITLE = /(?:[^\s~～〜，。！？,.!?][~～〜]+){2,4}/g;
const MOCKED_TITLES = new Set(['大客户', '贵宾', '尊贵的', '上帝', '亲爱的', '大老板', '老板', '大小姐', '大少爷', '大宝贝', 'vip', '尊贵', '大金主', '金主']);
const MOCK_SOLEMNITY = /头等大事|天大的事|重中之重|伺候|供着|不敢怠慢|怠慢不起|惹不起|得罪不起|区区|(?:您|你)(?:这|那)(?:点|么)?[0-9一二两三四五六七八九十几]+(?:块|元|毛)钱?的/;
function tildeTitleSneer(ctx: LintContext, rule: RuleModule): void {
  if (!/[~～〜]/.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(TILDE_TITLE)) {
    const title = m[0].replace(/[~～〜]/g, '').toLowerCase();
    if (!MOCKED_TITLES.has(title)) continue;
    const at = m.index ?? 0;
    const around = ctx.text.slice(Math.max(0, at - 40), at + m[0].length + 60);
    if (!MOCK_SOLEMNITY.test(around)) continue;
    ctx.report(rule, { start: at, end: at + m[0].length, view: 'original', severity: 'block', message: '用拖长的尊称反讽买家，属于不文明用语（规则 2.4）' });
  }
}

/**
 * Round 45 (t45a): an ironic title in scare quotes laid on the buyer — addressed (亲爱的'大师'您好, 尊敬的“专家”你好) or given for the
 * buyer's blunder (这操作我愿称之为'校服杀手'🙃, 您这波操作堪称“退货鬼才”). The quotes mark the title as a sneer; the cue rules skip quoted
 * words, so this reads the original text. Not the shop's nicknames for its goods or itself (这款堪称“油污杀手”, 我们的“除螨小能手”).
 */
const SCARE_TITLE = /['‘“"「『]([^'’”"」』，。！？\s]{0,6}(?:大师|专家|砖家|教授|博士|大神|大佬|杀手|鬼才|天才|达人|高手|学霸|行家|懂哥|懂王|王者|选手|小能手|能手|艺术家|科学家|发明家|战神|狂魔|终结者|克星|破坏王|破坏神))['’”"」』]/gu;
const TITLE_ADDRESS = /(?:亲爱的|尊敬的|敬爱的)\s*$/;
const TITLE_GREETING = /^\s*(?:您好|你好|您|你|阁下)/;
const TITLE_NAMING = /(?:我愿称之为|我愿称你为|我愿称您为|称之为|堪称|不愧是|真不愧是|封(?:您|你)为|(?:您|你)(?:真|可真|简直|真的|果然)?是(?:个|位|一位|一个)?)\s*$/;
const BUYER_ACT = /(?:这|这波|您这|你这|您这波|你这波)(?:个)?操作|(?:您|你)(?:拿|把|用|往)/;
const TITLE_GOODS = /这款|这个产品|这瓶|这支|本品|它|我们的|我们家|本店|小店|性价比|价格|优惠/;
// A title given in thanks or praise (您把买家秀拍得这么好，真是个“种草达人”，谢谢您) is a playful compliment.
const TITLE_PRAISE = /谢谢|感谢|好评|夸|点赞|棒|赞|优秀|厉害|太会|会挑|眼光|好看|漂亮|专业/;
function scareTitleSneer(ctx: LintContext, rule: RuleModule): void {
  if (!/['‘“"「『]/.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(SCARE_TITLE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const before = ctx.text.slice(Math.max(0, at - 12), at);
    const after = ctx.text.slice(end, end + 6);
    const addressed = TITLE_ADDRESS.test(before) && TITLE_GREETING.test(after);
    let named = false;
    if (!addressed && TITLE_NAMING.test(before)) {
      const s = ctx.text.lastIndexOf('。', at) + 1;
      const around = ctx.text.slice(Math.max(s, at - 40), at);
      named = BUYER_ACT.test(ctx.text.slice(Math.max(0, at - 80), at)) && !TITLE_GOODS.test(around) && !TITLE_PRAISE.test(ctx.text.slice(Math.max(0, at - 60), end + 30));
    }
    if (!addressed && !named) continue;
    ctx.report(rule, { start: at, end, view: 'original', severity: 'block', message: '给买家安上加引号的反讽头衔，属于嘲讽（规则 2.4）' });
  }
}

// Round 46 (t46b): a clause opening on the goods themselves (这箱牛肉干, 这批货, 这款茶叶).
const GOODS_SUBJECT_46 = /(?:这|那|咱家|我家|我们家)(?:一)?(?:箱|包|盒|批|件|款|瓶|罐|袋|台|些|只|双|把|套)|^(?:这|那)?(?:货|东西|商品|产品)/;
const rule = cueRule({
  check: (ctx, r) => {
    tildeTitleSneer(ctx, r);
    scareTitleSneer(ctx, r);
  },
  regexes: [TILDE_TITLE, MOCK_SOLEMNITY, SCARE_TITLE, TITLE_ADDRESS, TITLE_GREETING, TITLE_NAMING, BUYER_ACT, TITLE_GOODS, TITLE_PRAISE],
  meta: {
    id: 'rude-dismissal',
    clause: '2.4',
    severity: 'block',
    severities: ['block', 'warn'],
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
