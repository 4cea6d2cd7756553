// 2.4: insults and vulgarity. A vulgar word counts on its own; a word with honest senses (猪 狗 垃圾 有病
// 傻) counts only when aimed at someone (你是猪吗, 你这种垃圾买家) or said as a clause by itself (有病吧).
// Evasions: symbol/space splits fold away (傻@#逼, 傻 X), digits inside (傻1逼), initials (sb cnm nmsl),
// homophones (煞笔 沙比 沙雕 伞兵), emoji (你🐴), slang initials aimed or alone (zz吧你, sjb, nc买家), dialect (你丫).
// Contempt without swear words: looks/taste/means (就你这审美, 这么胖还买, 也好意思, 寒碜), 啥德行, mock medical
// advice (挂个脑科, 药不能停 — not honest advice with symptoms), 交智商税 aimed at the buyer. Regional contempt
// lives in rude-dismissal.ts. Frames: 你个老六 (你个 + a clause-final noun; not 给你个建议 / 您个人信息), 你是zhu吗
// (pinyin of a one-character insult aimed), 您这智商 / 您这阅读理解, futility about the body (腿那么粗穿哪双都一样,
// 抹啥都白搭, 化妆品救不了你; not 您皮肤底子好用什么都好看), body nicknames aimed (您那张大饼脸; not 大饼脸救星),
// 胖成您这样, 您家太脏, age (这么大岁数了还学…), 你这人脑子是不是有点问题 (脑子 + fault, aimed). Dialect: 痴线 戆居
// 躝尸 哈麻批. Emoji: 🤡 at the buyer (not a clown toy), 穷🐔 / 菜🐔, 🖕. Quoted speech and quoted names (叫“疯狗357”) are someone else's words.
// Round 5 (person labels and third-person verdicts live in rude-dismissal.ts, which compiles no pinyin variants):
// pinyin + initial (sha b, sa x; not SA B级); nmd (not adidas NMD); a vice smelt 隔着屏幕 (绿茶味这么冲; not 茶香, 您的热情);
// animal emoji + 🧠 (🐷🧠). A quoted word named as a word (“sb”这类字眼) is mentioned, not said (detect/quoted.ts).
// The buyer's word echoed as a question and denied (白痴蘑菇？不是的亲…) is not an insult (detect/targets.ts echoedThenDenied).
// Round 6: more initials (mdzz cnmd mlgb); a style or bundle named with the word (沙雕风手机壳, 穷鬼套餐) is goods, not abuse.
// Round 7: pinyin links (ni shi zhen de sha); a model code (SB-200, SB是系列缩写) and the ™ sign (folds to tm) are not abuse.
// Round 7 (fa7): a latin anchor inside a model code (SB-200, SB是系列缩写 after it) is no insult (detect/codes.ts, all cue
// rules); the ™ sign counts as TM only after 你/他/真/我/这.
// Round 8 (fa8): 都救不了急/救不了场 (救急, 救场 split by 不了) leaves no one beyond help.
// Round 12 (t12d): Made in … (English, not 妈的 in pinyin); 也好意思拿出来问.
// Round 9: insult phrases of 4–6 characters spelt wholly in pinyin (nao zi jin shui le; lexicon INSULT_PINYIN).
// Round 8 (by mechanism): the buyer's upbringing attacked (爹妈没教过你, 没妈教的), the senses mocked as a question (聋了还是瞎了),
// the buyer's understanding put below a child's (幼儿园小朋友都能听懂, 咨询一下幼儿园老师; not 小学生都会用 of a product), a remedy
// for the buyer's faculties offered in mockery (补补脑，我看您挺需要的; 先买个放大镜再来看), the buyer put below an animal (比教我家狗
// 握手还难; not 狗都爱吃), the shop laughing at the buyer (都在笑你的语音), 您真是个🐷，; borrowed swears 西八 八嘎, 沙币, 你mother的,
// 草（一种植物）, initials fw lj. Not 救不了急 (no quick fix).
// Round 11 (t11b): 滚 + any final particle (滚啦, 滾咯); B written as 13 (S13, 傻13; not S13码/型号); 有病 + a cure ordered (有病就去治,
// not a pet or child); a clumsy body part pinned on the buyer (自己手残还怪产品; not 我手残, 手残党); a bare 样 (瞅你那样，买得起吗).
// Then (t11b): reduplicated 傻乎乎 / 笨手笨脚 as a clause or aimed (not 傻乎乎的小熊玩偶).
// Round 15 (t15b, by shape): schooling in reading prescribed before the buyer may speak (先把语文学好再来打字, 先去学学拼音吧; not a
// child's learning), Chinese beyond the buyer (又一个看不懂中文的), the buyer sent to a degraded living (建议直接去捡垃圾，比较适合您; not
// charity or goods), the face called big or thick over a claim (你脸怎么那么大，用了半罐还要全额退; not a size), the buyer's wits owned
// and found wanting (阁下的智商实在令人担忧; not a child's development), 还有脸 + a claim (还有脸申请退款; not 脸部, 脸书), the buyer's
// means mocked with charity or luxury (要不我给您捐点？, 还以为您买的是爱马仕呢; not our donations), rebirth prescribed (建议您回炉重造;
// not goods remade), a byword reborn (祥林嫂转世).
// Round 41 (t41d, by mechanism): the fault moved from the goods to the buyer's faculties (坏的是您的眼睛), the child taking after the
// buyer (孩子要是随您，还是…), the buyer as a ward (怎么放心让您一个人…), an animal outdone (猪都没您能吃), a cheap habit blamed for the palate
// (喝惯了散装啤酒，尝不出好坏), an age-and-class type (您这种四十多岁的阿姨), a type read from a sound (一听就是…的那种人), fine goods wasted
// (给您一支万宝龙也写不出人样, 弹棉花), means (您这条件就别…), diet for a fit (先管住嘴), wits to be supplemented (这智商需要补补);
// body futility takes 差成这样 / 又短又粗 / fingers, and 还非买 / 怪谁 / 才想起 join the body-shaming frame.
// Round 43 (t43d, by mechanism): regional names for a fool (瓷锤 瓜怂 哈怂 苕货; 真是个苕; 土狗 alone or aimed, not the dog breed), V个屁 (你买个屁;
// not 放个屁), the buyer's smell or body put above the goods' fault (您身上的味儿比它还大), the face or body told to give the goods up
// (您这张脸还是别戴了), wits below a child's, pet's or the goods' (他看起来比您聪明), the failure laid on how the buyer did it (自己养得烂).
// Round 43 (t43h, by mechanism): a purchase choice told back as an adult's missing faculty (成年人下单前先想清楚，也是一种能力), years at a
// pastime against a beginner's failure (钓了这么多年还打不好结的也挺少见), the question praised in scare quotes (问得很有“水平”), the body blamed
// instead of the goods (皮肤黑又有点胖…不是衣服的问题), a plain line the buyer cannot read (怎么就看不懂…这几个字), loneliness imputed (是不是没人陪
// 您聊天), parenting doubted (孩子交给您带我们都担心; 您装不上可能真得反思一下), means mocked over haggling (您家日子过得也挺不容易), a rustic palate
// (土一点的舌头), weight managed before buying (先管理一下体重再考虑), instant coffee as the cheap habit.

import { IDEA_PRAISED } from '../detect/idea-praised';
import { KIND_PRAISE } from '../detect/kind-praised';
import type { LintContext } from '../context';
import { cueRule, sentenceOf, type Cue } from '../detect/cue-rule';
import { symbolGlyph } from '../detect/codes';
import { links } from '../detect/urls';
import { AIMED, echoedThenDenied } from '../detect/targets';
import { READ_HELP, usableUnread } from '../detect/read-help';
import { AIMED_WORDS, CONTEMPT_LABELS, INSULT_NOUNS, INSULT_PHRASES, INSULT_PINYIN, MILD_VULGAR, SLANG_INSULTS, VULGAR, SPLIT_AIMED, withSplitBody, withSplitKin } from '../lexicon/insults';

// ---- round 48 (t48e) ----
// Round 48 (t48e): a latin swear's letters inside a link (v.kuaishou.com/3Fk9Qa, a short link's path, a host): the letters are the link's
// code, no word said to anyone. Only all-latin hits; a link is judged by external-link whatever its letters spell.
const latinInLink = (ctx: LintContext, start: number, end: number): boolean => {
  if (!/^[a-z0-9]+$/.test(ctx.compact.slice(start, end))) return false;
  const fs = ctx.norm.compactToFolded[start]!, fe = ctx.norm.compactToFolded[end - 1]! + 1;
  return links(ctx).some((l) => l.start <= fs && fe <= l.end);
};
// ---- end round 48 (t48e) ----

/** Honest continuations of aimed words: 猪肉 狗粮 垃圾袋 有病史 傻瓜式 蠢萌 贱卖 变态反应 神经酰胺…. */
/** Someone other than the buyer named right before 有病 (宝宝有病就去医院, 家里老人有病): honest advice, not contempt. */

/** Round 40 (t40j): a relative's papers, number or name, as an order uses them (你妈的身份证, 你爸的手机号): no swearing at the relative. */
const KIN_PAPERS = '身份证|证件|户口|手机号|手机|电话|号码|名字|姓名|名义|名下|账号|账户|银行卡|医保|社保|护照|驾照|实名|地址';
const THIRD_PARTY_ILL = /(?:宝宝|孩子|小孩|娃|小朋友|儿子|女儿|老人|老人家|爸妈|父母|爷爷|奶奶|外婆|姥姥|家里人|家人|狗狗|猫咪|宠物|狗|猫)(?:要是|如果|真|万一)?$/;
/** Our own side as the one described (老板平时挺“, 我这人比较, 店长出了名地): only modifiers between, no 您/你. */
const OWN_SIDE_TEASED = /(?:老板|老板娘|店长|掌柜|同事|主管|我们|我这人|我|本店|小店|咱们?)(?:家)?(?:平时|平常|一向|向来|一直|其实|本来|真的?|是|有点|有些|挺|太|比较|很|就|也|都|出了名地?|出名地?|可|超|特别|[“"'‘])*$/;
const HONEST_TAIL =
  /^(橘|柑|猪|肉|肝|蹄|鬃|排骨|骨|油|皮|仔|饲|侠|佩|血|肚|狗|粮|绳|链|窝|零食|爸|妈|主人|宝|袋|桶|分类|处理|短信|邮件|广告|清理|箱|站|萌|卖|重|拙|瓜式|瓜相机|瓜机|傻|史|症|情|变|菌|毒|患|例|害|虫|灶|的话|痛|酰胺|系统|末梢|元|营养|衰弱|调节|紧张|反应|发育|游|铅|兔|鱼|买|拍|用|搞|猜|操心|人士|儿童|人群|患者|理|学|科|性|医|利用|回收|类)/;
const CLAUSE_ALONE_TAIL = /^(?:吧|啊|呀|吗|么|嘛|了吧|了吗|了|你|你们|吧你|啊你|呀你|吗你|了你|么你|一个|一枚)?$/;
/** A name on a product (疯狗辣酱, 大聪明学习桌): the word names the goods, it calls no one anything. */
const PRODUCT_TAIL = /^(?:牌|品牌|系列|款|同款|辣酱|酱|辣椒|玩偶|公仔|玩具|儿童|学习|t恤|卫衣|贴纸|表情包)/;
/** The body's wind as a symptom or a digestive fact (round 15, fa15): 胀气, 排气, 益生菌, 放屁多, 容易放屁. */
const BODY_WIND = /胀气|排气|肠道|肠胃|消化|益生菌|便秘|腹泻|拉肚子|肚子胀|打嗝|新生儿|婴儿|儿科|屁多|放屁(?:多|臭|频繁|次数|增多|的情况)|(?:频繁|老是|总是|经常|容易|会)放屁/;
/** A medical context in which a clinic or a pill is honest advice, not 建议您挂个脑科. */
const MEDICAL = /疼|痛|晕|就医|误服|肿|痒|炎|视力|症状|不适|过敏|孕|服用|用药|副作用|医嘱|说明书|禁忌|保健|宝宝|孩子|老人|就诊|医生建议|处方|咨询医生|病史|剂量|漏服|补服|饭后|饭前|每日|每天|失眠|焦虑/;
/** Round 40 (t40c): where a psychiatric clinic is honest advice: the mind's troubles, a patient's care, a child or an elder in the talk. */
const MIND_CARE = /失眠|焦虑|抑郁|情绪|心理|压力|睡眠|幻觉|精神状态|医嘱|说明书|禁忌|处方|用药|服用|剂量|病史|孕|宝宝|孩子|老人|家人|就诊记录/;
/** Round 68 (engfa68): a trouble of the mind named, the words of the clinic's own field (MIND_CARE's 心理 would be the anchor itself). */
const MIND_TROUBLE_NAMED = /抑郁|焦虑(?:症|情绪|障碍)|失眠|睡不着|情绪(?:低落|问题|不稳)|心理(?:问题|压力|困扰|健康)|压力(?:很|太|特别)?大/;
/** Praise after 就您这身材 (就您这身材穿什么都好看) is a compliment, not mockery. */
const COMPLIMENT = /好看|漂亮|完美|绝了|没问题|没错|刚好|正好|合适|百搭|显瘦|优越|高级|出众|羡慕|天生|不用担心|(?<!反倒|反而|倒是|倒)放心|怎么穿都|推荐|适合|可以选|建议选|选这款|夸/;

/** What the body or looks cannot be helped with (穿哪双都一样, 抹啥都白搭); praise (都好看) is not futility. */
// (round 38, t38c: the flaw named bare, no 您 before it — 眼睛小戴什么美瞳都一样，别折腾了; not a size, 脸大选L码, nor a kind, 小脸的)
const BODY_JUDGED =
  /(?:您|你)(?:身上)?(?:这|的|那)?(?:个|副|股|张|双|条)?(?:味儿|味道|体味|臭味|汗味|口气|狐臭|身材|皮肤|肤色|肤质|底子|脸|腿|脚|腰|肚子|个子|发际线|发量|头发|长相|颜值|五官|体型|年纪|岁数|样子|身高|体重|嗓子|牙)|(?:人|长得|长相)丑|(?:胖|粗|肥|丑|矮|黑|老|差|糙|干|黄)成这样|(?:又|那么|这么)(?:短|粗|胖|肥|矮|黑|丑|塌)又(?:短|粗|胖|肥|矮|黑|丑|塌)|(?:那么|这么|太)(?:胖|粗|肥|丑|矮|黑|老)|底子(?:差|太差|不行)|皮肤底子|脸(?:那么|这么|太)大|腿(?:那么|这么|太)粗|(?<![的这那])(?:眼睛|眼|脸|腿|腰|个子|脖子|鼻子|嘴|脚|胳膊|屁股|额头|下巴|脸盘|手指|手指头)(?:本来就|本身就|天生|这么|那么|太|也太)?(?:小|大|粗|短|胖|肥|矮|塌|宽|圆|扁|肿)(?![号码型款的])/;
/** Round 30 (t30b): sizing advice or a good skin spared a purchase, beside a futility word (选M就行, 底子好…不用买). */
const BODY_ADVICE = /选[^]{0,3}(?:码|号|[smlx])|就行|就好|即可|都行|都可以|底子(?:好|不错|真好)|(?:皮肤|肤色|身材|气色)(?:很|挺|真|这么)?(?:好|白|不错)|不用买|用不着买|不需要买/;
/** Verbs of wearing or applying: the futility is about the buyer's body, not a broken part (修什么都没用). */
const WEAR_APPLY = /穿|抹|涂|用|戴|化|擦|敷|搽|吃|买|选|挑|贴|做|画|染|喷|洒/;

/** Round 15 (t15b): a child's or a school's context, where learning to read is honest (点读笔, 先学好拼音再认字). */
const SCHOOL_HONEST = /孩子|宝宝|小朋友|儿童|学生|点读|教材|课程|学习机|早教|绘本|字帖|老师推荐|我们客服|道歉/;

/** Round 23 (t23dx): 他妈 in whole pinyin between a subject and a verb (ni ta ma neng bu neng…), not the brand TAMA or the word tema. */
const LATIN_TAMA = /(?:ni|nin|wo|zhen|zhe)(?:ta|te)m(?:a|e)(?:neng|shi|jiu|hai|dou|zai|de|bie|kan|shuo|fan|you|zhen)/;

/** Round 22 (t22dv): an instruction to read the words before it backwards (逼傻是你（倒着念）, 蛋笨个是你 反过来读). */
const READ_BACKWARDS = ['倒着念', '倒着读', '倒过来念', '倒过来读', '倒过来看', '倒着看', '反着念', '反着读', '反过来念', '反过来读', '反着看', '从后往前读', '从后往前念',
  '从后往前看', '从右往左读', '从右往左念', '从右往左看', '倒序读', '倒序念', '倒序看'];
/** An insult aimed at the buyer, in the reversed words. */
// Round 44 (t44g): an aimed word denied of the buyer to comfort them (真不是您笨手笨脚，…很多人都这样; 这不是你笨，是说明书没写清) — not the
// rhetorical 还不是/可不是/难道不是你笨, nor 不是你笨是什么.
const INSULT_DENIED_BEFORE = /(?<![还可道要])(?:真的?|并|绝对|根本|其实|确实|倒|也|可能|应该)?(?:不是|并非)(?:因为)?(?:您|你)(?:太|有点|比较)?$/;
const RHETORICAL_TAIL = /^[^，。！？]{0,4}?(?:是什么|是啥|还能是|还是谁|又是什么|吗|么|嘛)/;
const REVERSED_INSULT = new RegExp(`(?:你|您|ni)[^，。！？]{0,4}?(?:${[...VULGAR, ...INSULT_NOUNS, ...CONTEMPT_LABELS, ...AIMED_WORDS].filter((w) => !/^[a-z]+$/.test(w)).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
/** The units before a read-backwards instruction, reversed, hold an insult at the buyer. */
function reversedInsult(ctx: LintContext, start: number): boolean {
  // (compact units, read across a comma: 猪是你，倒过来读; not past a sentence's end)
  const before = ctx.compact.slice(Math.max(0, start - 16), start).split(/[。！？!?]/).pop()!;
  return REVERSED_INSULT.test([...before].reverse().join(''));
}

/**
 * Round 45 (t45h): 2B as a pencil grade in a stationery sentence (铅笔建议HB写字、2B画画; 考试涂卡要用2B的; 素描用2B到6B): the lead's hardness,
 * called nobody anything. Not when the grade words frame a jibe right before it (涂卡笔都买错，真2B; 你个2B — the aimed cue catches 你…2B).
 */
const STATIONERY = /铅笔|铅芯|笔芯|涂卡|答题卡|机读卡|素描|速写|绘画|画画|美术|文具|橡皮|写字|书写|绘图|卷笔刀|削笔|自动笔|活动铅|hb|[3-9]b|[2-9]h/;
const JIBE_BEFORE = /(?:真|太|好|很|挺|纯|超|贼|真是|就是|简直|像|个|傻|大|死)$/;
function pencilGrade(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '2b') return false;
  if (/^(?:笔|铅|涂|画|芯|的笔|的铅|[到至和或与跟]|以上|以下)/.test(ctx.after(end, 4))) return true;
  if (!STATIONERY.test(sentenceOf(ctx, start, end)) || JIBE_BEFORE.test(ctx.before(start, 3))) return false;
  // …nor 2B alone as its clause, or thrown at 你 (铅笔都不会用，2B一个; 2B吗你; 2B！).
  const clauseAlone = ctx.before(start, 12) === '' && /^(?:一个|一枚|(?:吗|吧|啊|呀|么|嘛|了)?你)?$/.test(ctx.after(end, 6));
  return !clauseAlone && !/^(?:一个|一枚|(?:吗|吧|啊|呀|么|嘛|了)?你)/.test(ctx.after(end, 4));
}

// ── Round 46 (t46d), by mechanism: a joke at the buyer's person with no trigger word — their age, friends, face, wits, makeup, house,
// talent or safety made the punchline of a helpful-sounding reply. Each cue pairs the jab's frame with a second cue in the sentence.
const T46D_MOCKERY: Cue[] = [
  {
    // The buyer's own age given as why to give up on the goods (牙口到这个岁数了，别跟牛肉干较劲了; 您这把年纪了，别跟滑板较劲了). Not an
    // elder or a child cared for (家里老人牙口不好，别跟硬的较劲) nor a struggle with no age in it (别跟快递较劲了).
    words: ['较劲', '较什么劲', '较啥劲', '置气', '死磕', '硬磕'],
    severity: 'warn',
    message: '拿买家的年纪说事，劝其“别较劲”，属于嘲讽买家（规则 2.4）',
    before: /(?:别|不要|就别|何必|犯不着|没必要|甭)(?:再)?(?:跟|和|同)[^]{1,8}$/,
    sentence: /(?:到|这|这个|这把|那把|您这|你这)(?:个|把)?(?:岁数|年纪)|上了(?:年纪|岁数)|(?:岁数|年纪)(?:大了|到了|摆在)/,
    notSentence: /老人|长辈|爸|妈|爷爷|奶奶|外公|外婆|姥|宝宝|孩子|小朋友|婴儿/,
    deniable: false,
  },
  {
    // The buyer's friends guessed too few for the goods (一个人住还买13套…能一起吃饭的朋友也凑不齐吧; 玩伴怕是都凑不齐吧). Not a condition
    // (朋友凑不齐的话，四人份也合适) nor goods that cannot be matched (颜色凑不齐).
    words: ['凑不齐', '凑不够', '凑不出', '凑不出来', '凑不起来', '没几个'],
    severity: 'warn',
    message: '揣测买家没朋友来嘲讽，属于不文明用语（规则 2.4）',
    before: /(?:朋友|饭搭子|搭子|牌搭子|玩伴|对象|伴儿?|知己|闺蜜|哥们儿?|兄弟|客人)(?:们)?(?:怕是|估计|可能|八成|恐怕)?(?:也|都)?$/,
    after: /^(?:吧|啊|呢|哦|了吧|呀|咯)/,
    sentence: /(?:您|你)|一个人/,
    window: 40,
    deniable: false,
  },
  {
    // The buyer's photo said filtered beyond recognition, the real face doubted (您头像这滤镜开得，差点以为是模特图，本人应该没这么夸张吧).
    // Not a colour difference from a filtered photo (您照片有滤镜的话会有色差).
    words: ['滤镜'],
    severity: 'warn',
    message: '揶揄买家照片开滤镜、本人不如照片，属于嘲讽买家外貌（规则 2.4）',
    sentence: [
      /(?:您|你)(?:的|这|发的|这个|那)?(?:个|张)?(?:头像|自拍|照片|自拍照|美照|生活照|证件照)/,
      /本人(?:应该|估计|肯定|怕是|大概|可能|其实)?(?:没|没有|不)(?:这么|那么|是这样|是那样)|差点以为|还以为是|以为是(?:哪|明星|模特|网红)|判若两人|认不出/,
    ],
    notSentence: /色差|实物颜色|屏幕|以实物为准/,
    window: 40,
    deniable: false,
  },
  {
    // A trivial failure of the buyer's turned into the goods being too hard for them (两片吐司都能烤糊，三档旋钮对您来说可能有点复杂了). Not
    // simpler goods offered with no failure mocked (三档旋钮对您来说复杂的话，可以选单键款).
    words: ['对您来说', '对你来说'],
    severity: 'warn',
    message: '拿买家的小失误说商品“对您来说太复杂”，讥讽买家能力（规则 2.4）',
    after: /^(?:可能|怕是|估计|还是|确实|实在|也许)?(?:有点|有些|太|过于|稍微|略|还是)?(?:复杂|难|高级|超纲|烧脑|高深|费劲)/,
    sentence: /(?:都能|都会|也能)(?:烤|煮|弄|搞|洗|熨|炒|烧|做|拼|装|用|放|拧|按|插|接)?(?:糊|坏|砸|反|焦|错|丢|漏|炸|溢|歪)|连[^]{1,8}?都(?:能|会)?(?:烤|煮|弄|搞|做|拼|装|用|放|拧|按|插|接)?(?:不会|不好|不明白|糊|坏|错|反|歪)/,
    deniable: false,
  },
  {
    // The buyer's made-up face likened to a caricature (整体有点像京剧脸谱，下次收着点; 腮红打得跟猴屁股似的). Not the goods' colours
    // (这款眼影盘像调色盘一样丰富) nor a stage or costume look.
    words: ['京剧脸谱', '脸谱', '唱戏的', '猴屁股', '女鬼', '僵尸', '调色盘', '调色板', '如花'],
    severity: 'warn',
    message: '把买家的妆容比作脸谱、猴屁股等加以嘲笑，属于不文明用语（规则 2.4）',
    before: /(?:像|像是|好像|跟|活像|变成|成了|画成|化成|涂成)(?:个|是|了)?(?:打翻了?的?)?$/,
    sentence: /上妆|妆|化得|画得|涂得|抹得|打得|眼线|口红|腮红|眼影|粉底|(?:您|你)(?:的|这|那)?(?:张)?脸/,
    notSentence: /这款|眼影盘|腮红盘|配色|包装|图案|印花|面具|戏服|cos|万圣节|演出|舞台|戏曲|特效妆/,
    deniable: false,
  },
  {
    // The buyer's mishap jeered at as a feat and an absurd misuse guessed (熨斗能把衬衫熨出个洞来，我头一回见，您是拿它烙饼了吧). Not a real
    // question on the use (您是拿它当加湿器用了吗？) nor a rarity with no damage in it.
    words: ['拿它', '把它'],
    severity: 'warn',
    message: '把买家的使用失误当笑话、胡猜其拿商品乱用，属于嘲讽买家（规则 2.4）',
    before: /(?:您|你)(?:是|是不是|怕不是|该不会|莫不是|怕是|估计)$/,
    after: /^(?:当|来|去)?[^]{1,6}?(?:了吧|的吧|了是吧)/,
    sentence: [/头一回|第一次见|没见过|活久见|开眼|开了眼/, /能把|弄出|熨出|烧出|煮出|坏|破|洞|糊|裂|碎|冒烟|变形|着火|断/],
    deniable: false,
  },
  {
    // The buyer pictured as tomorrow's accident story (我真心建议您先别下水，我们可不想哪天在新闻上看到您). Not news the buyer saw
    // (您在新闻上看到的召回事件) nor the shop's own.
    words: ['新闻', '头条', '热搜'],
    severity: 'warn',
    message: '拿“在新闻上看到您”调侃买家会出事，属于嘲讽买家（规则 2.4）',
    sentence: [
      /(?:新闻|头条|热搜)(?:上|里)?(?:看到|见到|刷到|看见)(?:您|你)|(?:您|你)(?:就|可就|可别|别)?(?:上|登上)(?:了)?(?:社会)?(?:新闻|头条|热搜)/,
      /不想|可不想|别|免得|省得|不希望|可别/,
    ],
    deniable: false,
  },
  {
    // The buyer told to take up another hobby after failing at one (多少讲点天赋，有些人做一百次也是这样，您要不考虑换个爱好?). Not a
    // hobby change told as no need (天赋不重要，不用换个爱好).
    words: ['换个爱好', '换个兴趣', '换个兴趣爱好', '换一个爱好', '换项爱好', '换种爱好', '换个业余爱好'],
    severity: 'warn',
    message: '说买家没天赋、劝其换个爱好，属于嘲讽买家（规则 2.4）',
    sentence: /天分|不是[^]{0,4}的(?:事|问题)|有些人|有的人|一百次|多少次|多少年|手残|不适合/,
    deniable: true,
  },
  {
    // The buyer's home called too small for the goods, a bigger house prescribed (座圈放不下…那可能得先考虑换个大点的房子了). Not a move the
    // buyer plans (等您以后搬新家换大房子) nor a bigger house ruled out (不用换大房子，折叠款就能放下).
    words: ['大点的房子', '大一点的房子', '大点儿的房子', '大房子', '大点的房', '大一点的房', '大点的房间', '大点的卫生间', '大点的厨房', '大户型'],
    severity: 'warn',
    message: '嘲讽买家住房小，劝其“换个大房子”，属于不文明用语（规则 2.4）',
    before: /换(?:个|套|间|一套|一个|一间)?$/,
    sentence: /得先|先考虑|先换|只能|那就|要不|还是|建议/,
    notSentence: /搬家|乔迁|新房|新家|以后|等您|将来|装修/,
    deniable: true,
  },
];

// ── Round 47 (t47d), by mechanism: contempt with no trigger word — the buyer put below a baby or a pet, an absurd misuse guessed after
// a quick wear-out, a diet or a new car prescribed before buying, the buyer's device sent to a museum, 就您X金贵, a purchase dared in
// ignorance, a peasant's use against 城里人, the buyer's message hard to read, the buyer's means counted on fingers, the buyer's class
// below the goods' price, a toy for children told to an adult. Each cue pairs the jab's frame with a second cue.
const T47D_MOCKERY: Cue[] = [
  {
    // The buyer outdone by a baby or a pet at a plain act (您家宝宝出牙都比您做决定快; 我家猫学得都比你快). Not a comparison with what the
    // buyer expected (宝宝长得比您想象的快) nor goods compared (这款比您那款快).
    words: ['都比您', '都比你', '也比您', '也比你', '都要比您', '都要比你'],
    severity: 'block',
    message: '拿婴儿、宠物跟买家比，讥讽买家反应慢、能力差（规则 2.4）',
    before: /(?:宝宝|孩子|小孩|小朋友|婴儿|娃|狗|猫|乌龟|蜗牛|树懒|鹦鹉|仓鼠)[^，。！？]{0,8}$/,
    after: /^[^，。！？]{0,6}(?:快|强|利索|聪明|明白|灵光|灵活|懂事|果断|麻利|干脆|懂)/,
    notAfter: /^(?:想象|预想|预期|以为|估计|计划)/,
    sentence: /您|你/,
    deniable: false,
  },
  {
    // An absurd misuse guessed after a quick wear-out (才走两趟就磨成这样，您是拿它刨地种土豆了吧; 才穿三天就破了，你是穿着它去爬树了吧).
    // Not a real question about the use (您是拿它当加湿器用了吗？) with no wear-out scoffed at.
    words: ['拿它', '把它', '穿着它', '用它', '拿这', '戴着它', '背着它', '开着它'],
    severity: 'block',
    message: '买家反映商品损耗，却胡猜其拿商品乱用加以取笑，属于嘲讽买家（规则 2.4）',
    before: /(?:您|你)(?:是|是不是|怕不是|该不会|莫不是|怕是|估计|八成|这是)$/,
    after: /^(?:当|来|去)?[^]{1,8}?(?:了吧|的吧|了是吧|了不成)/,
    sentence: /才[^，。！？]{1,6}就|正常人|一般人|别人家?都|三五年|好几年/,
    window: 40,
    deniable: false,
  },
  {
    // Going hungry prescribed before buying (建议先少吃两顿再来考虑这款; 先饿几顿再来试这条裙子). Not a diet the buyer chose, nor food advice.
    words: ['少吃两顿', '少吃几顿', '少吃一顿', '少吃点', '少吃些', '饿两顿', '饿几顿', '饿一顿', '饿两天', '饿几天', '管住嘴', '戒戒口'],
    severity: 'block',
    message: '讽刺买家胖，劝其先少吃几顿再来买，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,4}(?:再|才)(?:来)?(?:考虑|买|穿|试|下单|拍|选|看|问|挑)/,
    notSentence: /(?:您|你)说[^，。]{0,4}(?:减肥|在减|节食)|医嘱|医生|术后|肠胃|胃|消化|宝宝|孩子|猫|狗|宠物|饭前|饭后|空腹/,
    deniable: false,
  },
  {
    // The buyer told to replace their own car, phone or house before they may buy (建议先换车再来挑支架; 先换个手机再来买这壳吧), or the goods
    // said to be for "proper" ones (我们这款是给正经车用的). Not a compatibility note (您的车型不适配，可以换这款支架).
    words: ['先换车', '先换辆车', '先换个车', '先换手机', '先换个手机', '先换台手机', '先换部手机', '先换电脑', '先换台电脑', '先换房', '先换个房子', '先换套房'],
    severity: 'block',
    message: '嘲讽买家的车、手机等配不上商品，劝其先换掉再来买，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,3}再来(?:挑|买|选|下单|考虑|看|问|拍)/,
    deniable: false,
  },
  {
    words: ['正经车', '正经手机', '正经电脑', '正经人家', '正经家庭', '正经用户', '正经客户', '正经买家', '正经人'],
    severity: 'block',
    message: '暗指买家的车、手机或人“不正经”，属于贬损买家（规则 2.4）',
    before: /给$|(?:是|只)给$|(?:适合|专供|专为)$/,
    after: /^(?:用|开|买|穿|戴)?的/,
    deniable: false,
  },
  {
    // The buyer's device sent to a museum (您那个手机型号该进博物馆了; 你这电脑可以捐博物馆了). Not goods shown in a museum (博物馆文创).
    words: ['进博物馆', '送博物馆', '捐博物馆', '捐给博物馆', '放博物馆', '进历史博物馆', '摆博物馆', '供起来', '进古董店'],
    severity: 'block',
    message: '嘲讽买家的设备老旧“该进博物馆”，属于不文明用语（规则 2.4）',
    sentence: [/(?:您|你)(?:那|这|的|家)/, /手机|电脑|车|型号|设备|机器|电视|相机|老款|系统|充电器|平板|冰箱|洗衣机/],
    notSentence: /文创|展品|藏品|展览|参观|门票|复刻/,
    window: 30,
    deniable: false,
  },
  {
    // "Only your nose is so precious" (腥？就您鼻子金贵; 就你嘴刁; 就您皮肤娇贵是吧). Not a care tip for delicate skin (您皮肤娇贵的话选敏感肌款).
    words: ['金贵', '娇贵', '矜贵', '高贵', '讲究', '矫情', '嘴刁', '挑剔', '精贵'],
    severity: 'block',
    message: '反讽“就您金贵”，挖苦买家挑剔，属于不文明用语（规则 2.4）',
    before: /就(?:您|你)(?:的|这|那)?(?:鼻子|舌头|嘴|眼睛|耳朵|皮肤|胃|肚子|脚|身子|身体|命|屁股|脸|家|孩子)?(?:最|特别|更|比较)?$/,
    notAfter: /^(?:的话|些|点|一点|所以|适合|建议|可以|要|需要|选)/,
    deniable: false,
  },
  {
    // A purchase dared in ignorance (C口和Lightning都分不清就敢下单; 尺码都看不懂也敢拍). Not a reassurance (不懂也没关系，可以问我们).
    words: ['就敢', '也敢', '还敢'],
    severity: 'block',
    message: '讥讽买家“什么都不懂就敢下单”，属于嘲讽买家（规则 2.4）',
    before: /(?:都|也|还)(?:分不清|不懂|不会|不知道|看不懂|搞不清|弄不清|认不全|不认识|没搞懂|没弄明白|没看明白|分不出)[^，。！？]{0,2}$/,
    after: /^(?:下单|买|拍|乱买|来买|付款|拍下|乱拍|来问|提|要|插|装|拆|用|开|接|通电)/,
    deniable: false,
  },
  {
    // The buyer told to ask a child or get the young to teach them (先问问家里的小学生; 建议先让儿女教教您怎么点确认收货). Not a gift's recipient
    // asked (问问孩子喜欢哪个颜色) nor our guide (说明书教您怎么装).
    words: ['教教您', '教教你', '教您怎么', '教你怎么', '问问家里的小学生', '问问家里小学生', '问问您家小学生', '问问小学生', '问问家里的小朋友', '问问家里的孩子'],
    severity: 'block',
    message: '讥讽买家连基本操作都要孩子教，属于嘲讽买家（规则 2.4）',
    sentence: [/儿女|子女|孩子|小孩|孙子|孙女|小学生|小朋友|年轻人|晚辈/, /第一次网购|第一次用|不会用|分不清|都不会|都不懂|看不懂|下次|先让|先问问|建议先/],
    notSentence: /喜欢|颜色|尺码|口味|款式|想要|礼物|生日|说明书|视频|教程|我们|客服|我来|我帮|我给/,
    window: 40,
    deniable: false,
  },
  {
    // A peasant's use wished on the buyer against 城里人 (下地干活挺合适，城里人一般都选黑的). Not workwear sold for the fields (这双胶鞋下地干活耐穿).
    words: ['城里人', '城里的人', '城市人', '城里姑娘', '城里小伙'],
    severity: 'block',
    message: '暗讽买家是“下地干活”的乡下人，属于地域、身份歧视（规则 2.4）',
    sentence: /下地|干农活|种地|种田|喂猪|放牛|插秧|土里土气|乡下人|农村人/,
    notSentence: /胶鞋|雨靴|劳保|手套|农用|草帽|工装|农具|园艺|耐磨|防滑/,
    window: 40,
    deniable: false,
  },
  {
    // The buyer's message read several times before it made sense (您发来的消息我看了好几遍才看明白). Not our own guide hard to read.
    words: ['看了好几遍才', '看了好多遍才', '看了半天才', '读了好几遍才', '读了半天才', '琢磨了半天才', '研究了半天才', '猜了半天才', '看了三遍才', '看了几遍才'],
    severity: 'block',
    message: '抱怨买家的话难懂、“看了好几遍才明白”，属于嘲讽买家（规则 2.4）',
    before: /(?:您|你)(?:发来|发|写|说|留|打)(?:的|了)?(?:消息|话|留言|描述|文字|内容|字|信息)?(?:我)?$/,
    after: /^(?:看|读|弄|搞|猜)?(?:明白|懂|清楚)/,
    deniable: false,
  },
  {
    // The buyer's means counted on fingers (发工资前那几天大家都这样，奶粉钱是得掰着指头算). Not a count of days told (掰着手指等到货).
    words: ['掰着指头算', '掰着手指算', '掰手指头算', '掰着指头过', '掰着手指头算', '掰指头算', '掰着指头花', '掰着手指过'],
    severity: 'block',
    message: '揣测买家手头拮据、“钱得掰着指头算”，属于嘲讽买家（规则 2.4）',
    sentence: /钱|工资|月底|手头|预算|穷|紧/,
    deniable: false,
  },
  {
    // The buyer's class put below the goods' price (那可能从一开始就不太适合戴这个价位的东西; 您可能配不上这个档次). Not a budget advice
    // (这个价位的表很适合送人).
    words: ['这个价位', '这种价位', '这个档次', '这种档次', '这个级别', '这种级别', '这个价格的'],
    severity: 'block',
    message: '暗指买家配不上这个价位的商品，属于贬损买家（规则 2.4）',
    before: /(?:不太|不大|不怎么|不)(?:适合|配|配得上|合适)(?:戴|用|穿|买|开|玩|拿|碰)?$|配不上$|(?:您|你)(?:还是|还|也)?(?:玩|买|用|戴|穿)不起$/,
    sentence: /(?:您|你)|从一开始|习惯|本来/,
    window: 40,
    deniable: false,
  },
  {
    // A toy for children told to an adult to shame the spend (一个大人花了这么多钱…毕竟这类小玩意儿本来都是给小朋友玩的). Not the age grading
    // of a toy (这款是给小朋友玩的，大人也可以).
    words: ['给小朋友玩的', '给小孩玩的', '给孩子玩的', '给小孩子玩的', '哄小孩的', '哄小孩子的'],
    severity: 'block',
    message: '讥讽成年买家玩“给小朋友玩的”东西，属于嘲讽买家（规则 2.4）',
    before: /(?:本来|本来都|本来就|原本|毕竟|说到底)(?:都|就)?(?:是)?$/,
    sentence: /一个大人|大人|成年人|这么大的人|这么大岁数|这把年纪/,
    window: 60,
    deniable: false,
  },
  {
    // The buyer assumed to know only identical, mass-made goods (可能您以前接触的多是那种每只都一模一样的款式，第一次拿到真皮的会不习惯).
    // Not a past product asked (您以前用的是哪种？).
    words: ['以前接触的', '以前用的', '以前买的', '平时接触的', '平时用的', '之前接触的', '之前用的', '平常用的'],
    severity: 'block',
    message: '暗指买家只用过廉价货、没见过好东西，属于贬损买家（规则 2.4）',
    before: /(?:您|你)$/,
    after: /^(?:多|大多|大都|基本|都|多半)(?:是|为)?那种/,
    sentence: /第一次|不习惯|没见过|便宜|一模一样|流水线|地摊|批量/,
    window: 40,
    deniable: false,
  },
  {
    // A pet's body joked on and the owner blamed (您家主子这身材，广角都装不下了，跟谁学的您心里有数). Not a trick taught (跟谁学的握手).
    words: ['跟谁学的', '随了谁', '随谁', '像谁'],
    severity: 'block',
    message: '拿宠物或孩子的身材影射买家，属于嘲讽买家（规则 2.4）',
    after: /^(?:您|你)?(?:自己)?(?:心里)?(?:有数|清楚|明白|知道)/,
    sentence: /身材|胖|能吃|体型|肚子|装不下|肉|体重/,
    window: 40,
    deniable: false,
  },
  {
    // English "Karen" thrown at the buyer (你这种 Karen 我们一天见八个). Not a person's name (收件人Karen).
    words: ['karen', 'karens'],
    severity: 'block',
    message: '用“Karen”等蔑称称呼买家，属于侮辱（规则 2.4）',
    before: /(?:你|您)(?:这种|这样的|这类|就是个?|是个|个|真是个?)$|(?:这种|又一个|又来个|典型的|标准的)$/,
    deniable: false,
  },
  {
    // Cantonese stingy (咁孤寒就唔好买进口嘢啦; 你咁孤寒). Not a word mentioned in a product name.
    words: ['孤寒', '孤寒鬼', '孤寒种'],
    severity: 'block',
    message: '用粤语“孤寒”（小气）骂买家，属于不文明用语（规则 2.4）',
    before: /(?:咁|噉|你|您|你咁|您咁|这么|那么|真系|真是|好|太|咪咁|唔好咁)$/,
    deniable: false,
  },
  {
    // The buyer told not to pester the service (别一天到晚来烦客服; 少来烦我们). Not our own apology (不好意思来烦您) nor a welcome (不会烦我们).
    words: ['烦客服', '烦我们', '烦我', '烦人家', '骚扰客服', '烦小二', '打扰客服'],
    severity: 'block',
    message: '叫买家“别来烦客服”，态度恶劣（规则 2.4）',
    before: /(?:别|不要|少|别再|甭|莫)(?:再|老|总|总是|老是|天天|一天到晚|整天|成天|没事)?(?:来|过来|跑来)?$/,
    notSentence: /不会烦|不烦|随时|欢迎|没关系|尽管/,
    deniable: false,
  },
  {
    // Latin slang "low" for the buyer's haggling (几十块的东西还砍价，low爆了). Not a low setting (low档, low模式).
    words: ['low'],
    severity: 'block',
    message: '用“low”嘲讽买家砍价，属于不文明用语（规则 2.4）',
    after: /^(?:爆了|爆|到家|穿地心|透了|死了|得很|得一批|到爆)/,
    sentence: /砍价|讲价|还价|议价|便宜点|几十块|几块钱|(?:您|你)/,
    window: 30,
    deniable: false,
  },
  {
    // The buyer left to puzzle it out while the agent serves others (您慢慢研究吧，研究明白了再来找我，我先接待别的顾客了). Not a calm hand-off
    // with our help (您慢慢看，有问题随时找我).
    words: ['慢慢研究', '自己研究', '自个研究', '自个儿研究', '慢慢琢磨', '自己琢磨', '慢慢折腾', '自己折腾'],
    severity: 'block',
    message: '让买家“自己慢慢研究”、转身去接待别人，态度恶劣（规则 2.4）',
    sentence: [/(?:研究|琢磨|弄|搞|想)(?:明白|懂|清楚|透)了?再(?:来)?(?:找|问|联系|说)/, /别的顾客|其他顾客|别的客人|其他客人|先忙|下一位|没空|不陪/],
    notSentence: /随时|欢迎|有问题|我帮|我来|我们帮/,
    window: 60,
    deniable: false,
  },
  {
    // The buyer's age made the reason they cannot work the goods, the young sent to do it for them (这类产品对年纪大一点的用户来说门槛高了点，
    // 家里有年轻人的话让他们帮您操作). Not goods for an elder (给家里老人用的话，让孩子帮忙设置一下) nor an elder-friendly model.
    words: ['年纪大一点的', '年纪大点的', '年纪大的', '年纪大些的', '上了年纪的', '岁数大的', '岁数大一点的', '年纪稍大的', '年龄大的', '年龄大一点的'],
    severity: 'block',
    message: '把买家不会操作归到年纪大、让年轻人代劳，属于贬损买家（规则 2.4）',
    sentence: [/门槛|不太会|不会用|难上手|跟不上|吃力|有点难|太复杂/, /(?:年轻人|孩子|子女|儿女|晚辈|小辈|孙子|孙女|他们)[^，。！？]{0,6}帮(?:您|你)/],
    notSentence: /老人用|给老人|父母用|爸妈用|长辈用|送老人|家里老人|孝敬|老人机|长辈/,
    window: 60,
    deniable: false,
  },
  {
    // The buyer's complaint answered with the obvious and nothing else (您说骑起来累，这是公路车，不是电动车，得自己蹬的; 嫌拖地累？这是拖把，
    // 不是扫地机器人，得自己推): the category lecture is the jibe. Not an explanation with help (…需要自己蹬，建议把档位调低).
    words: ['不是电动车', '不是电动的', '不是电瓶车', '不是自动的', '不是全自动', '不是扫地机器人', '不是机器人', '不是洗碗机', '不是洗衣机', '不是电动', '不是自动挡', '不是魔法', '不是神仙'],
    severity: 'block',
    message: '对买家的抱怨只回一句显而易见的“这不是电动的，得自己来”，属于挖苦买家（规则 2.4）',
    sentence: [/(?:您|你)(?:说|觉得|嫌|还嫌|抱怨)[^，。！？]{0,8}(?:累|费劲|费力|慢|麻烦|沉|重|酸|难推|难骑)|嫌[^，。！？]{0,6}累/, /(?:得|要|需要|只能|还得)(?:您|你)?自己/],
    notSentence: /建议|可以|调|试试|帮您|帮你|教您|推荐|换成|换个|助力|档位|如果|气压|胎压|润滑|上油/,
    window: 40,
    deniable: false,
  },
];

/**
 * Round 47 (t47d): a contemptuous tag the shop put on the buyer, told to them in quotes (已为您备注“巨婴客户”; 后台都给您备注了“事儿精”):
 * quoting makes the slur "mentioned" to the quote filter, but the shop is the one who said it. Not a label the buyer asked about
 * (您说的“奇葩”是指…).
 */
const T47D_TAG_VERB = /(?:备注|标注|标记|打上|打了|记为|列为|贴上|贴了|标签|标成|存为|设为)(?:了|为|成|上|的是)?\s*(?:个|一个)?\s*[‘'“"「『]([^’'”"」』]{1,10})[’'”"」』]/g;
const T47D_TAG_SLUR = /巨婴|事儿?精|事儿?多|奇葩|刁民|极品|杠精|戏精|作精|麻烦精|难缠|刺头|无赖|老赖|穷鬼|穷逼|白嫖|傻|蠢|脑残|神经|抠门|抠搜|小气鬼|铁公鸡|葛朗台|垃圾|low|乞丐|要饭|碰瓷|恶心|泼妇|刁蛮|奇葩/i;

// ---- Round 48 (t48g): a dullness word fused onto a person noun and aimed (2.4) ----
const T48G_CUES: Cue[] = [
  {
    // Round 48 (t48g): the buyer filed as a dull kind of person (不是给你这种笨学生准备的; 您这样的蠢客户; 像你这种呆家长) — 笨/蠢/傻/呆 fused onto a
    // person noun after 你这种. Not a cute or product word (你这样的呆萌宝宝, 傻瓜式操作, 笨鸟先飞) nor the agent's own (我这种笨人).
    words: ['你这种', '您这种', '你这样的', '您这样的', '像你这种', '像您这种', '你们这种', '您们这种', '你这类', '您这类', '你这号'],
    severity: 'block',
    message: '把买家叫作“笨学生”“蠢客户”一类的人，属于人身攻击（规则 2.4）',
    after: /^(?:又|这么|那么)?(?:笨|蠢|傻|呆|憨)(?!萌|瓜式|瓜相机|白甜|鸟先飞|重)[^，。！？]{0,2}?(?:学生|学员|孩子|人|客户|买家|顾客|客人|家长|老人|女人|男人|老板|玩家|新手|东西|货)/,
    grow: true,
    deniable: false,
  },
];

// ---- Round 61 (eng61b): the buyer's person (body, face, age, mind, purse) met by a contempt predicate (2.4) ----
/** The buyer's person: an aspect of body, looks, age, mind or purse, named as the buyer's (您这体型, 你照片里那种褶子, 您的智商). */
const T61B_PERSON_ASPECTS = ['体型', '身材', '身板', '块头', '吨位', '腰围', '膀子', '粗腿', '大腿', '肚子', '褶子', '皱纹', '长相', '颜值', '大脸', '脸盘', '脸型', '肤色', '年纪', '岁数', '智商', '脑子', '脑回路', '文化水平', '理解能力', '消费水平', '钱包', '口音'];
const T61B_BUYERS = /(?:您|你)(?:这|的|这种|那种|这样的|家|照片里|图里|自己)?[^，。！？您你]{0,6}?$/;
/**
 * …and the verdict on it that demeans: the buyer set against normal people (正常人), the fit failing as a matter of course (穿不上很正常),
 * surgery or a diet prescribed (去拉皮, 整容, 先减减肥), the goods beyond them (配不上, 驾驭不了, 用不起), or a lost cause (没救了, 神仙都救不了).
 * Not advice on size or care (建议选大一码, 这款眼霜能淡化细纹, 您这体型穿XL更舒服).
 */
const T61B_CONTEMPT_VERDICT = /正常人|普通人都|(?:穿|戴|塞|扣)不(?:上|进|下)(?:很|也|是)?(?:正常|难怪|不奇怪)|拉皮|整容|整形|动刀|回炉|(?:先|去|该|得|还是)减(?:减)?肥|少吃点|配不上|驾驭不了|hold不住|用不起|消费不起|没救|没治|救不了|(?:难怪|怪不得|可想而知)|认命|死心|别(?:折腾|浪费)了/;
const T61B_CUES: Cue[] = [
  {
    words: T61B_PERSON_ASPECTS,
    severity: 'block',
    message: '拿买家的身材、长相、年纪、脑子或钱包说贬低的话，属于人身攻击（规则 2.4）',
    before: T61B_BUYERS,
    sentence: T61B_CONTEMPT_VERDICT,
    notSentence: /我(?:这|的)(?:体型|身材|脸|年纪|脑子)|模特|宝宝|孩子|小朋友|狗狗|猫咪|宠物/,
  },
  {
    // the buyer filed as one too mean to pay a trifle (运费险都舍不得买的人, 几块钱都掏不起的主儿): the purse made the person's mark
    words: ['舍不得', '不舍得', '买不起', '掏不起', '花不起', '出不起', '付不起'],
    severity: 'block',
    message: '嘲讽买家舍不得花钱、买不起，属于人身攻击（规则 2.4）',
    before: /(?:都|也|连[^，。！？]{1,8}都)$/,
    after: /^(?:买|花|出|掏|付|买个|花个)?(?:的)?(?:人|主儿?|客户|买家|顾客|家伙|穷鬼)/,
    grow: true,
    deniable: false,
  },
  {
    // the buyer likened to something dull in dullness (跟快递一样蠢的人, 比木头还笨的买家, 和猪一样傻的客户)
    words: ['一样蠢', '一样笨', '一样傻', '一样呆', '还蠢', '还笨', '还傻', '一样没脑子', '还没脑子'],
    severity: 'block',
    message: '把人比作更蠢、更笨的东西，属于人身攻击（规则 2.4）',
    after: /^(?:的)?(?:人|客户|买家|顾客|家伙|主儿?|货|玩意)/,
    grow: true,
    deniable: false,
  },
];
/**
 * …and the buyer's feedback said thrown to a base use (您的“宝贵”意见打印出来垫桌脚了, 差评截图拿去擦屁股, 投诉留言当草稿纸了): read on the
 * original text, the scare quotes kept (the cue view takes a word right after a closing quote for a quoted name). Not feedback filed or
 * acted on (您的宝贵意见我们贴在培训墙上了).
 */
const T61B_FEEDBACK_DISPOSED = /(?:您|你)(?:的|这|这条|这些|那条|那个)?\s*[“”"'‘’「」『』]*\s*(?:宝贵|珍贵)?\s*[“”"'‘’「」『』]*\s*(?:的)?(?:意见|建议|差评|评价|投诉|反馈|留言)[^。！？\n]{0,20}?(?:垫(?:了)?(?:桌脚|桌子|桌腿|床脚|狗窝|鸟笼)|擦屁股|当(?:厕纸|手纸|草稿纸|笑话|柴火)|(?:扔|丢)(?:进|到)?(?:了)?垃圾桶|喂狗|引火)/gu;
// ---- end round 61 (eng61b) ----

const cues: Cue[] = [
  ...T61B_CUES, // round 61 (eng61b)
  ...T48G_CUES, // round 48 (t48g)
  // ── Round 44 (t44c), by mechanism: a remark about the buyer's person or ability dressed as praise, deference or a joke.
  {
    // 勇气可嘉 or a "unique taste" told beside an oddity or a bad fit of the buyer's (这个配色三年就您一个人下单，勇气可嘉; 您脚这么有福气，穿上估计
    // 勒得慌，不过勇气可嘉; 品味挺独特的，没见别人买过). Not a taste praised for the goods it suits (您品味独特，这款小众配色很适合您).
    words: ['勇气可嘉', '勇气可佳', '品味挺独特', '品味很独特', '品味真独特', '品味独特', '品位独特', '品位挺独特', '审美挺独特', '审美很独特', '审美独特', '口味挺独特', '口味真独特', '眼光挺独特', '眼光真独特'],
    severity: 'block',
    message: '用反语夸买家“勇气可嘉”“品味独特”，实为嘲讽，属于不文明用语（规则 2.4）',
    window: 40,
    sentence: /就(?:您|你)(?:一个|一位)?(?:人)?(?:下单|买|敢|选|拍)|就您一个|就你一个|只有您|只有你|就您一位|唯一一个|没人买|没人下单|没见(?:过)?别人|头一回|第一次见|估计|怕是|勒得|塞不进|穿不进|挑脚|挑人|不过|倒是|😏|😅|🙃|哈哈/,
    notSentence: /适合您|适合你|很配|百搭|推荐|小众款|限量/,
    deniable: false,
  },
  {
    // A buyer generous to a pet or a gift and said to be mean to themselves (您对狗是真舍得，对自己估计就没这么大方了吧): the buyer's means or
    // meanness jeered at. Not advice to treat oneself (您对自己也大方一点).
    words: ['没这么大方', '没那么大方', '没这么舍得', '没那么舍得', '舍不得花', '就没这么舍得'],
    severity: 'block',
    message: '嘲讽买家对自己抠门，属于不文明用语（规则 2.4）',
    sentence: [/对自己|对您自己|对你自己/, /估计|怕是|肯定|八成|吧|😂|哈哈/],
    notSentence: /也要|也该|多爱|犒劳|宠爱|照顾好/,
    deniable: false,
  },
  {
    // A plain question mocked as too deep, with a mock escalation (开罐器打开…这个问题问得好深奥，我得请示一下领导才能回答您): the buyer's
    // question called beyond the shop's grasp. Not a real escalation of a technical point (这个问题比较专业，我请教一下技术同事).
    words: ['问得好深奥', '问得太深奥', '问得真深奥', '问得这么深奥', '问得可真深奥', '问得好高深', '问得太高深', '问得真高深', '这么深奥的问题', '如此深奥的问题', '问得好有深度', '问得太有深度'],
    severity: 'block',
    message: '反讽买家的问题“深奥”，嘲笑其常识，属于不文明用语（规则 2.4）',
    notSentence: /技术|工程师|核实|稍后|确认一下|查一下/,
    deniable: false,
  },
  {
    // The buyer's age given as why they cannot use the goods, a grandchild sent for (您这岁数真要用，还是让孙子帮您弄吧). Not help offered
    // with setup (设置有困难的话可以让家里年轻人帮忙，或者我一步步教您).
    words: ['让孙子', '叫孙子', '让孙女', '叫孙女', '让您孙子', '让您孙女', '让你孙子', '让孙辈', '叫您孙子', '让小辈', '让家里年轻人', '叫家里年轻人', '让年轻人'],
    severity: 'block',
    message: '以年龄嘲讽买家不会使用商品，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: [/(?:您|你)(?:这|这个|这把|那)(?:岁数|年纪|年龄)|(?:这么|那么)大(?:岁数|年纪)|一把年纪|老糊涂|老眼昏花/, /真要用|还是|别折腾|就别|省得|算了|弄不明白|搞不懂|学不会|用不来|玩不转/],
    notSentence: /一步步|教您|教你|视频教程|我们可以|客服帮|远程/,
    deniable: false,
  },
  {
    // The buyer's palate or nose said pickled or ruined by where they come from (您这舌头怕是被大酱腌入味了; 你这鼻子早被烟熏坏了). Not care
    // advice (舌头被烫了的话先含口凉水).
    words: ['舌头', '味觉', '味蕾', '鼻子', '嗅觉'],
    severity: 'block',
    message: '嘲讽买家的味觉或地域口味，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|那)?(?:个|条|只)?$/,
    after: /^(?:怕是|估计|是不是|八成|多半|早就|怕不是|可能|肯定|都)?(?:早就|已经|早)?(?:被|让|给)?[^，。！？]{0,5}?(?:腌|熏|齁|入味|废了|失灵|麻木了|坏掉了|不灵了)/,
    notSentence: /烫|建议|缓解|喝点|注意|小心|过敏|医生|感冒|鼻塞/,
    deniable: false,
  },
  {
    // A futility laid on the buyer's looks (您皮肤这么黑，用这款美白身体乳也就图个心理安慰吧): the body judged beyond help. Not the effect
    // defended (不是心理安慰，是有临床数据的).
    words: ['心理安慰', '图个安慰', '自我安慰', '安慰剂'],
    severity: 'block',
    message: '说买家的相貌用什么都只是心理安慰，属于人身攻击（规则 2.4）',
    notBefore: /(?:不是|并非|并不是|不只是|不仅是|不光是|绝不是|别当|不算)(?:什么|个|一个|单纯的?)?$/,
    sentence: BODY_JUDGED,
    notSentence: /临床|数据|检测|坚持|周期|疗程/,
    deniable: false,
  },
  {
    // The buyer's job set below "proper" work (卖保险的天天打领带也不奇怪，不过这款是给正经上班的人设计的): the buyer's trade sneered at.
    words: ['正经上班的', '正经工作的', '正经上班族', '有正经工作的', '正经人穿', '正经人用', '体面人'],
    severity: 'block',
    message: '暗讽买家的职业“不正经”，属于人身攻击（规则 2.4）',
    window: 40,
    sentence: /卖保险|送外卖|跑外卖|送快递|跑快递|微商|中介|保安|摆摊|销售|卖房|搬砖|打零工|(?:您|你)(?:是|这)?(?:做|干)/,
    deniable: false,
  },
  {
    // Internet slang for a bot's or a deluded person's doing pinned on the buyer (属实是'人机'操作; 小仙女滤镜开太大了吧，实际量一下腰围).
    // Not a photo's filter owned by the shop (图片滤镜开太大了，实物颜色更深，抱歉).
    words: ['人机操作', '人机行为', '纯纯人机', '纯纯的人机', '人机一个'],
    severity: 'block',
    message: '用网络黑话（人机）嘲讽买家，属于不文明用语（规则 2.4）',
    notSentence: /游戏|对战|模式|关卡|交互|人机界面|人机工程|工学/,
    deniable: false,
  },
  {
    words: ['滤镜'],
    severity: 'block',
    message: '嘲讽买家对自己身材“自带滤镜”，属于不文明用语（规则 2.4）',
    after: /^(?:开|开得|也|是不是|可|真)?(?:太|有点|也太|过于|忒|这么|那么)?(?:大|厚|重|深)|^(?:戴|带)(?:得)?(?:太|有点)?(?:久|牢)|^(?:啊|吧|呀|吗|嘛|了吧)/,
    sentence: /仙女|xian女|尺码|报的|腰围|胸围|体重|身材|对自己|您自己|你自己|量一下/,
    notSentence: /图片|照片|主图|详情页|拍的|实物|模特|相机|我们|色差|屏幕/,
    deniable: false,
  },
  {
    // Shanghainese 戆 ("daft") said to the buyer (侬哪能搿能戆的啦; 侬戆伐). Not 戆 named as a word.
    words: ['戆'],
    severity: 'block',
    message: '用方言骂买家“戆”（傻），属于不文明用语（规则 2.4）',
    before: /(?:侬|你|您|伊)[^，。！？]{0,6}$/,
    deniable: false,
  },
  // ── Round 43 (t43h), by mechanism: the buyer's faculties, body, palate, loneliness, parenting or means mocked without swear words.
  {
    // A buyer's choice told back as an adult's missing faculty (成年人下单前先想清楚，也是一种能力; 买之前看清楚详情也算一种本事). Not
    // self-care talk with no purchase in it (学会休息也是一种能力).
    words: ['也是一种能力', '也是种能力', '也算一种能力', '也算种能力', '也是一种本事', '也是种本事', '也算一种本事', '也是本事', '也算本事', '也是一门学问'],
    severity: 'block',
    message: '讽刺买家连下单前想清楚都做不到，属于人身攻击（规则 2.4）',
    sentence: [/成年人|大人了|想清楚|想好|想明白|考虑清楚|看清楚|看仔细|动动脑|过过脑/, /下单|买|退|理由|申请|拍|付款/],
    notSentence: /我们|客服|本店|店里/,
    deniable: false,
  },
  {
    // Years at a pastime set against a beginner's failure (钓了这么多年还打不好结的也挺少见; 开了十年车还不会倒库的真是头一回见; 养了这么多年猫
    // 还不会剪指甲). Not the goods lasting years (用了这么多年还不会坏), nor the shop's own record (我们做了这么多年还没遇到过).
    words: ['这么多年', '好多年', '好几年', '几十年', '十几年', '这么些年', '这么久', '多年', '十年', '二十年', '三十年', '几年'],
    severity: 'block',
    message: '讽刺买家多年经验还不会基本操作，属于人身攻击（规则 2.4）',
    after: /^(?:了)?[\u4e00-\u9fff]{0,2}?还(?:是)?(?:不会|学不会|打不好|搞不懂|弄不好|弄不明白|分不清|不懂|没学会|做不好|装不好|[\u4e00-\u9fff]不(?:好|会|明白|懂|清))/,
    notAfter: /^(?:了)?[\u4e00-\u9fff]{0,2}?还(?:是)?不会(?:坏|掉|褪|变|生锈|过期|断|松|漏|裂|起球|掉色|发黄)/,
    notBefore: /(?:我们|我|咱们|本店|店里|产品|质量|机器|它)[^，。！？]{0,6}$/,
    sentence: /少见|罕见|头一回|第一次见|头一次见|第一回见|入门|新手教程|小学生|幼儿园|没谁了|服了|佩服|稀奇|难得一见/,
    deniable: false,
  },
  {
    // The buyer's question praised in scare quotes or as a first-ever wonder (您这个问题问得很有“水平”; 问得真有深度，我干客服十年头一回听到).
    // Not plain thanks for a good question (您问得很专业，这一点很多人会忽略).
    words: ['问得', '问的', '说得', '说的'],
    severity: 'block',
    message: '用反语讽刺买家的问题，属于不文明用语（规则 2.4）',
    after: /^(?:很|真|好|太|挺|非常|可真|真是|可|够)有(?:水平|水准|深度|文化|见识|创意|想法|学问|高度|内涵)/,
    sentence: /您|你/,
    unless: (ctx, start, end) => {
      if (/第一次(?:听|见|遇)|头一回|头一次|开眼|长见识|大开眼界|服了|佩服佩服|稀奇|没谁了/.test(sentenceOf(ctx, start, end))) return false;
      const [, to] = ctx.toOriginal(start, end);
      return !/^[^，。！？]{0,5}[“"‘「『][^”"’」』]{1,4}[”"’」』]/.test(ctx.text.slice(to, to + 14));
    },
    deniable: false,
  },
  {
    // Body blamed instead of the goods (皮肤黑又有点胖的话穿出来确实不如模特，这个不是衣服的问题; 腿短穿啥都不好看，不怪裤子). Not honest
    // colour or sizing advice without the blame (偏黄皮建议选米白色; 色差不是衣服的问题，是屏幕显示).
    words: ['不是衣服', '不是裙子', '不是裤子', '不是鞋子', '不是鞋', '不是帽子', '不是眼镜', '不是产品', '不是商品', '不是东西', '不是颜色', '不是版型', '不是口红', '不是色号',
      '不怪衣服', '不怪裙子', '不怪裤子', '不怪鞋', '不怪产品', '不怪颜色', '不怪版型', '怪不了衣服', '怪不得衣服'],
    severity: 'block',
    message: '把穿戴效果差归咎于买家的肤色、身材，属于人身攻击（规则 2.4）',
    sentence: [/(?:皮肤|肤色|脸|人)(?:比较|有点|太|又|偏)?(?:黑|黄|糙)(?!色)|(?:又|有点|比较|太|偏|矮)胖|胖的话|黑的话|矮的话|胖子|腿短|腿粗|脸大|水桶腰|五五身|身材(?:不行|一般|不好|走样)|长得/,
      /不如模特|没模特|撑不起|驾驭不了|穿不出|戴不出|不好看|难看|丑|挑人|土气|显老|显胖/],
    notSentence: /建议(?:选|换|试)|推荐|适合(?:您|你)|可以(?:选|换|试)|显示器|屏幕|灯光|拍摄/,
    window: 60,
    deniable: false,
  },
  {
    // The buyer told they cannot read a plain line (您表达能力这么强，怎么就看不懂“不支持7天无理由”这几个字呢？; 这么简单一句话咋就读不懂).
    // Not a foreign text or small print owned (日文说明您看不懂的话我们发中文版).
    words: ['看不懂', '读不懂', '看不明白', '读不明白', '理解不了', '看不清楚'],
    severity: 'block',
    message: '讽刺买家连几个字都看不懂，属于人身攻击（规则 2.4）',
    before: /(?:怎么|咋|为啥|为什么|怎的)(?:就|会|还|连|偏偏)?$/,
    sentence: [/这几个字|几个大字|这句话|这行字|这么简单|这么明显|大字|表达能力|文化|读过书|识字|上过学/, /您|你/],
    notSentence: /日文|英文|外文|韩文|德文|法文|翻译|中文版|字太小|模糊|看不清图|我们写得|写得不清楚|表述不清|我们的问题/,
    window: 30,
    deniable: false,
  },
  {
    // Loneliness imputed to a buyer who asks a lot (您每次都问这么多，是不是平时没什么人陪您聊天呀？). Not a companion product for an elder.
    words: ['没什么人陪', '没人陪', '没有人陪', '没啥人陪', '缺人陪', '找不到人陪', '没人跟您聊', '没人跟你聊', '没人和您聊', '没人和你聊'],
    severity: 'block',
    message: '嘲讽买家孤单没人陪，属于人身攻击（规则 2.4）',
    after: /^(?:(?:您|你)(?:聊天|说话|聊|唠嗑|说说话|唠)|天|说话)?/,
    sentence: [/您|你/, /问|聊|话多|啰嗦|消息|每次|天天|一直/],
    notSentence: /老人|爸妈|父母|长辈|宝宝|孩子|机器人|陪伴|音箱|宠物|猫|狗|玩偶|娃娃|独居/,
    deniable: false,
  },
  {
    // The buyer's fitness as a parent doubted over the goods (孩子交给您带我们都有点担心; 宝宝跟着你真让人捏把汗). Not care advice for the child.
    words: ['交给您带', '交给你带', '让您带', '让你带', '跟着您', '跟着你', '交给您', '交给你', '归您带', '归你带'],
    severity: 'block',
    message: '质疑买家带孩子的能力，属于人身攻击（规则 2.4）',
    after: /^[^，。！？]{0,8}(?:担心|不放心|捏把汗|捏一把汗|发愁|心疼|可怜|遭罪|受罪|悬)/,
    sentence: /孩子|宝宝|娃|小孩|孩儿/,
    notSentence: /不用担心|别担心|放心吧|请放心|可以放心|的话|建议|推荐|可以选|可以用|选这款/,
    deniable: false,
  },
  {
    // Reflection prescribed to a buyer who failed at what everybody manages (上千位宝妈都会装，您装不上可能真得反思一下). Not the shop owning a fault.
    words: ['反思一下', '反省一下', '反思反思', '反省反省', '好好反思', '好好反省', '检讨一下', '自我反思', '自我反省'],
    severity: 'block',
    message: '讽刺买家连别人都会的事都做不到、让其反思，属于人身攻击（规则 2.4）',
    before: /(?:您|你)(?!们)[^，。！？]{0,12}$/,
    notBefore: /(?:我们|我|本店|店里|咱们)[^，。！？]{0,6}$/,
    sentence: /都会|都能|都装|都学会|人人|大家都|别人都|上千|上万|几千|几百|宝妈|新手都|小孩都/,
    deniable: false,
  },
  {
    // The buyer's means mocked over haggling (买个面膜还要砍价，您家日子过得也挺不容易的哈). Not the shop's own sympathy with help given.
    words: ['日子过得', '日子也过得', '日子过的', '生活过得', '家里过得', '家境'],
    severity: 'block',
    message: '因买家还价而嘲讽其家境，属于人身攻击（规则 2.4）',
    before: /(?:您|你)(?:家|们家|家里)?(?:的)?$/,
    after: /^(?:也|真|挺|可|蛮|够|实在|确实|应该|一定)*(?:不容易|紧巴|艰难|苦|拮据|难|紧|辛苦|惨|不宽裕|困难|一般)/,
    sentence: /砍价|还价|讲价|便宜|还要|也要|都要|几块钱|抠/,
    notSentence: /补偿|补贴|帮您申请|给您申请|送您/,
    deniable: false,
  },
  {
    // A palate, ear or nose called rustic (土一点的舌头接受不了也不怪您; 粗糙的味蕾品不出来). Not a rustic flavour praised (乡土的口味).
    words: ['舌头', '味蕾', '嘴巴', '耳朵', '鼻子'],
    severity: 'block',
    message: '嘲讽买家的品味、味觉“土”，属于不文明用语（规则 2.4）',
    before: /(?:土|土气|土里土气|粗|粗糙|糙|低级|没见过世面|乡下|农村|村里)(?:一点|一些|点|了点)?的$/,
    notBefore: /(?:泥|水|本|乡|故|国|沃|黄|净)土(?:一点|一些|点|了点)?的$/,
    after: /^[^，。！？]{0,8}(?:接受不了|吃不惯|喝不惯|欣赏不了|欣赏不来|品不出|尝不出|受不了|不懂|体会不到|分不出|听不出|闻不出|适应不了)/,
    deniable: false,
  },
  // ── Round 43 (t43d), by mechanism: regional names for a fool said to the buyer, V个屁, and the buyer's body, smell, face or wits put
  // below the goods, a child or a pet.
  {
    // Regional names for a fool with no honest sense (Shaanxi 瓷锤 / 瓜怂 / 哈怂 / 碎怂 / 瓷马二楞, Hubei 苕货): 瓷锤，先把身上打湿再挤.
    // Not a ceramic hammer (陶瓷锤).
    words: ['瓷锤', '瓷怂', '瓜怂', '哈怂', '碎怂', '瓷马二楞', '苕货', '苕头', '苕里苕气'],
    severity: 'block',
    message: '方言骂人话，属于不文明用语（规则 2.4）',
    notBefore: /陶$/,
    deniable: false,
  },
  {
    // Hubei 苕 (a fool) as the clause's last word, said of the buyer (真是个苕, 你个苕, 太苕了). Not the sweet potato (苕皮, 苕粉, 红苕).
    words: ['苕'],
    severity: 'block',
    message: '方言骂人话，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:是个|是一个|你个|您个|你这个|您这个|你这|您这|你真|您真|真|好|太|也太|蛮|几)$/,
    after: /^(?:了|的|啊|呀|吧|嘛|哦|咯|撒|噻|啦)*$/,
    notSentence: /红苕|苕皮|苕粉|苕干|苕片|苕条|地瓜|红薯|番薯|粉条/,
    deniable: false,
  },
  {
    // 土狗 (net slang for a clod) said to the buyer as a clause of its own or aimed (回去喝奶茶吧，土狗; 你个土狗). Not the native dog breed,
    // in pet talk (土狗也能吃这款狗粮).
    words: ['土狗', '土狗子'],
    severity: 'block',
    message: '用蔑称称呼买家，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:^|(?:你|您)(?:才|就|才是|就是|是|真是|可真是)?(?:个|一个|这个|这种|这)|(?:你|您)(?:才|就是|才是|真是)|真是个|就是个|纯纯的?|妥妥的?|一群|一个)$/,
    after: /^(?:吧|啊|呀|嘛|们|一个|一枚|一只)*$/,
    notSentence: /狗粮|犬|宠物|狗狗|品种|柯基|泰迪|金毛|柴犬|喂|体重|幼|成年|田园|疫苗|驱虫|猫|牵引|狗窝|狗绳|毛发|掉毛/,
    unless: echoedThenDenied,
    deniable: false,
  },
  {
    // V个屁 — a vulgar "not at all" thrown at the buyer's act (你买个屁, 退个屁, 急个屁, 嫌贵还问个屁). Not wind passed (放个屁, 宝宝憋个屁),
    // a count (几个屁), nor the bottom (擦个屁屁, 拍个屁股).
    words: ['个屁'],
    severity: 'block',
    message: '“V个屁”属于粗俗不文明用语（规则 2.4）',
    before: /[\u4e00-\u9fff]$/,
    notBefore: /(?:放|打|憋|崩|排|一|两|几|这|那|每|整|哪)$/,
    notAfter: /^(?:屁|股|墩|眼|桃|兜|垫|孩|味)/,
    notSentence: BODY_WIND,
    deniable: false,
  },
  {
    // The buyer's smell or body said to outdo the goods' fault (您身上的味儿比它还大; 你那脸比这盘子还大; 你的脚比榴莲还臭). Not sizing
    // advice (您的脚比标准楦型宽，建议选大半码) nor the buyer's words.
    words: ['味儿比', '味道比', '体味比', '汗味比', '口气比', '狐臭比', '脚气比', '脚比', '脸比', '腿比', '腰比', '肚子比', '脸皮比', '嘴比', '屁股比', '头比', '脖子比'],
    severity: 'block',
    message: '拿买家的身体、气味与商品相比并嘲讽，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:身上|自己|本人)?(?:的|这|那)?(?:个|股|张|双|条|只|身)?$/,
    after: /^[^，。！？]{1,8}?(?:还|都|更)(?:要)?(?:大|臭|冲|重|难闻|粗|黑|丑|胖|肥|难看|厚|宽|油|脏|馊|花|糙|皱|松|垮)/,
    notSentence: /建议|选|码|号|尺寸|尺码|宽版|加大|楦|推荐|适合|合适|好看|漂亮|小巧|白皙|精致/,
    deniable: false,
  },
  {
    // The buyer's face or body told to give the goods up (您这张脸建议还是别戴墨镜了; 你这身材就别穿紧身的了; 您这腿还是算了吧). Not a face
    // shape advised (您这脸型适合圆框), praise (您这身材穿什么都好看), nor a skin type (您这皮肤建议别用酒精类).
    words: ['这张脸', '这张大脸', '这大脸', '这身材', '这体型', '这身肉', '这身膘', '这腿', '这大腿', '这粗腿', '这长相', '这颜值', '这身板', '这肚子', '这大肚子', '这水桶腰', '这五官', '这张嘴', '这脸盘'],
    severity: 'block',
    message: '拿买家的长相、身材说事并劝其别用，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的)?$/,
    notAfter: /^(?:型|形|线条|比例)/,
    after: /^[^，。！？]{0,6}?(?:别|不要|甭|没必要|算了|就算了|不配|省省|死心)/,
    notSentence: /(?<![不没])(?:好看|漂亮|完美|精致|小巧|上镜|优越|匀称|苗条|显瘦|标准)|天生丽质|羡慕|已经很好|很好|不错/,
    deniable: false,
  },
  {
    // The buyer's wits put below a child's, a pet's or the goods' (毕竟他看起来比您聪明; 扫地机都比你聪明; 我家猫都比您懂事). Not the goods
    // beyond expectations (比您想象的聪明) nor the buyer's own child praised to them without the comparison.
    words: ['比您', '比你'],
    severity: 'block',
    message: '贬低买家的智力，属于人身攻击（规则 2.4）',
    after: /^(?:都|还|更|要|可)?(?:聪明|机灵|懂事|有脑子|脑子好使|灵光|精明|智商高|会动脑|明白事理|懂道理|有常识|识字)/,
    notAfter: /^(?:想象|以为|预想|预期)/,
    notSentence: /想象|以为|预想|预期/,
    deniable: false,
  },
  {
    // The failure laid on how the buyer did it (鱼死了是您自己养得烂; 蛋糕塌了是你自己烤得菜; 拍糊了是您自己拍得太差). Not a maybe among
    // causes or the buyer cleared (不是您自己养得不好，是运输应激).
    words: ['得烂', '得太烂', '得稀烂', '得很烂', '得真烂', '得菜', '得太菜', '得很菜', '得太差', '得差劲', '得稀碎', '得一塌糊涂', '得跟屎一样'],
    severity: 'block',
    message: '把问题说成买家“自己养得烂、做得菜”，属于不文明用语（规则 2.4）',
    before: /(?:是|怪|就是|还是|纯粹是|明明是|那是|只能怪)(?:您|你)(?:们)?自己[\u4e00-\u9fff]{1,2}$/,
    notSentence: /不一定|未必|不是(?:您|你)|也可能|可能是|别担心|正常/,
    deniable: false,
  },
  // ── Round 41 (t41j), by shape: incompetence turned into unworthiness, a body part mocked by a rhetorical either-or, the buyer's senses
  // blamed instead of the goods, a mock offer of care, a fake connoisseur told off.
  {
    // A mock offer of care after a failure (挂耳咖啡都不会冲，要不要我顺便喂你喝？; 要不我上门喂您吃). Not a baby, a pet or an elder fed.
    words: ['喂你', '喂您', '喂到你嘴', '喂到您嘴', '喂到嘴边'],
    severity: 'block',
    message: '以“要不要我喂你”嘲讽买家不会用，属于不文明用语（规则 2.4）',
    before: /(?:要不要|要不|用不用|需不需要|需要|干脆|索性)(?:我|我们)(?:顺便|亲自|再|来|去|上门|过去|手把手|一口一口)*(?:帮)?$/,
    notSentence: /宝宝|孩子|婴儿|小朋友|老人|长辈|猫|狗|宠物|鸟|金鱼|喂鱼|鱼食|病人|术后/,
    deniable: false,
  },
  {
    // A fake connoisseur told off (喝不出好坏就别装懂茶; 少在这装内行; 装什么行家). Not 装 as to pack or fit (别装太满, 别装反了).
    words: ['别装', '少装', '甭装', '就别装', '别再装', '装什么', '还装', '在这装', '在这儿装', '跟我装'],
    severity: 'block',
    message: '讽刺买家“装懂、装内行”，属于不文明用语（规则 2.4）',
    after: /^(?:什么)?(?:懂|内行|行家|专家|大师|老手|大神|懂行|高手|老饕|品鉴师|发烧友|老司机|老玩家|有钱人|土豪|富婆|贵妇|文化人|明白人|懂哥|鉴赏家|品酒师|资深)/,
    notAfter: /^(?:懂事|专家版|大师版|大神版)/,
    deniable: false,
  },
  {
    // The buyer's senses or hands blamed instead of the goods (耳背就去医院，别赖耳机; 我看是您自己五音不全吧; 眼花了还怪屏幕). Not an elder's
    // or a child's hearing, nor the buyer consoled (不是您耳背，是固件的问题).
    words: ['耳背', '耳聋', '聋了', '眼瞎', '瞎了', '眼花', '眼神不好', '色盲', '五音不全', '手残', '手笨', '手抖', '路痴', '耳朵不好使', '眼睛不好使', '耳朵有问题', '眼睛有问题'],
    severity: 'block',
    message: '把问题推到买家的听力、视力等身体缺陷上并嘲讽，属于不文明用语（规则 2.4）',
    sentence: /别赖|别怪|少赖|少怪|赖不着|怪不着|还(?:赖|怪)|赖(?:耳机|屏幕|产品|我们|商品|东西|琴|调音器)|是(?:您|你)自己|(?:您|你)(?:是不是|怕不是|该不会)/,
    notSentence: /老人|长辈|爸妈|父母|爷爷|奶奶|外公|外婆|姥姥|宝宝|孩子|小朋友|别怪自己|不怪(?:您|你)|不是(?:您|你)|我们的问题|固件|故障|质量问题|我(?:自己)?(?:也|就是|是)?(?:耳背|眼花|手残|手笨|路痴|色盲|五音不全)/,
    deniable: true,
  },
  {
    // Round 42 (t42a): …or the ailment pinned on the buyer as its subject with a jab — 也 after someone else's (您家老人耳背，您也耳背，难怪听不清),
    // 难怪/怪不得, 活该, sent to a doctor — even beside an elder, whom the cue above spares. Not a condition (您耳背的话，可以调大音量), the
    // buyer consoled or the fault owned in the sentence (不是您眼花，是我们字印得太小了), nor the agent's own (我也耳背).
    words: ['耳背', '耳聋', '聋了', '眼瞎', '瞎了', '眼花', '眼神不好', '色盲', '五音不全', '手残', '手笨', '路痴', '耳朵不好使', '眼睛不好使', '耳朵有问题', '眼睛有问题'],
    severity: 'block',
    message: '把问题推到买家的听力、视力等身体缺陷上并嘲讽，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:自己|本人)?(?:也|肯定|怕是|估计|八成|多半|怕不是|该不会|就是|才)?(?:是|都|一样|跟着)?$/,
    notAfter: /^(?:了)?(?:的话|吗|么|嘛|不背|没|呢)/,
    sentence: /(?:您|你)(?:自己|本人)?也|难怪|怪不得|活该|去医院|去看看(?:耳朵|眼睛|医生)|配(?:个|副)?(?:助听器|眼镜)|遗传/,
    notSentence: /不是(?:您|你)|别怪自己|不怪(?:您|你)|如果|要是|万一|假如|建议|我们的问题|我们(?:的)?(?:字|声音|铃声|屏幕)?(?:印|做|调)?得?太|固件|故障|质量问题|我(?:自己)?(?:也|就是|是)?(?:耳背|眼花|手残|手笨|路痴|色盲|五音不全)/,
    deniable: true,
  },
  // ── Round 45 (t45l, dev HR), by mechanism: the buyer's nose, tongue or ears sent to a doctor instead of the goods, a person labelled by
  // a failure at a trifle with all goods futile for them, and the goods said to be made for "normal" people with the buyer set apart as a joke.
  {
    // The complaint about a smell, taste or sound answered by sending the buyer's sense to a doctor, the goods set aside (与其折腾机器，不如
    // 先去医院看看鼻子……我这是为您好; 耳机没问题，建议您去查查耳朵; 这么挑的话，先挂个号看看舌头吧). Not a symptom answered (鼻子一直不
    // 通气、流血的话去医院看看), nor an elder or a child taken to a doctor.
    words: ['鼻子', '耳朵', '舌头', '眼睛', '嗅觉', '味觉', '听力', '味蕾'],
    severity: 'block',
    message: '不谈商品问题，反讽买家的鼻子、耳朵等感官“有病”该去医院，属于不文明用语（规则 2.4）',
    before: /(?:看看|看一看|看一下|查查|查一查|查一下|检查一下|检查检查|瞧瞧|治治|治一治|测测|测一测|测一下)(?:您的?|你的?|自己的?)?$/,
    window: 60,
    sentence: [/医院|医生|大夫|挂(?:个)?号|门诊|耳鼻喉|五官科|眼科/,
      /与其|不如|别折腾|别纠结|别瞎折腾|(?:东西|机器|产品|商品|货|耳机|音箱|它|我们的)(?:本身)?(?:都)?没(?:有)?(?:任何)?问题|不是(?:机器|产品|东西|商品|我们|耳机|音箱|货)的问题|这么(?:敏感|挑|讲究|较真)|太(?:敏感|挑|讲究)|为(?:您|你)好|说(?:句)?实话|(?:您|你)(?:是不是|怕不是|该不会)/],
    notSentence: [MEDICAL, /不通气|鼻塞|出血|流血|耳鸣|流鼻涕|打喷嚏|咳嗽|刺激|呛|发炎|异物|感冒|我(?:自己)?(?:也|之前)?(?:去|上)(?:医院)?(?:看|查)/],
    deniable: false,
  },
  {
    // A person labelled by a failure at a trifle, then every purchase futile for them (刷牙都刷不明白的人，用什么冲牙器效果都一样; 鞋带都系不好
    // 的人，穿什么鞋都白搭). Not a beginner reassured (刷牙总刷不干净的人，用冲牙器会好很多), nor a child.
    words: ['不明白的人', '不会的人', '不好的人', '不利索的人', '不对的人', '不清楚的人', '不懂的人', '不来的人', '不干净的人', '不清的人', '不转的人'],
    severity: 'block',
    message: '把买家说成“连小事都做不好的人”，再说买什么都没用，属于不文明用语（规则 2.4）',
    before: /[\u4e00-\u9fff]{1,8}(?:都|也)[\u4e00-\u9fff]{0,2}$/,
    after: /^[^。！？]{0,16}?(?:什么|啥|哪(?:个|款|种|样|一款))[^。！？]{0,10}?(?:都|也)(?:是)?(?:一样|白搭|没用|白费|白瞎|浪费|救不了|不管用|没区别|差不多|一个样)/,
    notSentence: /新手|第一次|刚开始|没关系|别担心|放心|也能|都能|教程|视频教|小朋友|孩子|宝宝|老人|会好很多|更需要|正适合/,
    deniable: false,
  },
  {
    // The goods said to be made for "normal" people, the buyer set apart as a case, and the jibe laughed off (这款抓夹是按发量正常的人设计的，
    // 您这个情况嘛……要不看看帽子？😂 开个玩笑别介意; 我们的衣服是给身材正常的人做的，像您这样的……哈哈). Not sizing advice (按正常体型
    // 设计的，您这个情况建议选加大码).
    words: ['正常的人', '正常人'],
    severity: 'block',
    message: '暗示买家“不正常”并拿买家的身体开玩笑，属于不文明用语（规则 2.4）',
    before: /(?:按|按照|照|给|为|针对|专为|面向|适合)[^，。！？]{0,8}$/,
    window: 60,
    sentence: [/(?:您|你)(?:这|那)(?:个|种)?(?:情况|状况|条件|样子|情形|头|身材|体型)|像(?:您|你)这(?:样|种)|(?:您|你)(?:就|嘛)?(?:不算|不在此列|是例外|例外|属于特殊)/,
      /😂|🤣|😏|🙃|😅|哈哈|开个?玩笑|别介意|别当真|逗(?:您|你)/],
    notSentence: /建议(?:您|你)?(?:选|拍|换|买)|可以选|选大|加大|大一码|大一号|大码|加长|定制|尺码表|量一下/,
    deniable: false,
  },
  {
    // Incompetence read as the limit of the buyer's wits or worth (开车都这水平，脑子也就这样了; 你这智商也就那样). Not our own head (我这脑子也就这样).
    words: ['也就这样', '也就那样', '也就这水平', '也就这点', '就这水平', '也就这个水平'],
    severity: 'block',
    message: '贬低买家的智力或素质，属于不文明用语（规则 2.4）',
    before: /(?:脑子|智商|脑袋|脑瓜|脑仁|人品|素质|情商|悟性|理解力|理解能力)$/,
    sentence: /您|你|都这(?:水平|技术|德行|样)|都[^，。！？]{0,4}?(?:不会|不懂|不起来|不明白|不清楚|不好|不了)/,
    notSentence: /我(?:的|这|这个)?(?:脑子|智商|脑袋|记性)|宝宝|孩子|小朋友/,
    deniable: false,
  },
  {
    // The buyer's fitness for a role denied after a failure (奶粉都冲不明白，您当什么妈啊; 你还配当老师？; 算什么男人).
    words: ['当什么', '算什么', '配当', '也配当', '还配当', '还当什么'],
    severity: 'block',
    message: '否定买家当父母、身份的资格，属于人身攻击（规则 2.4）',
    after: /^(?:妈|爹|爸|妈妈|爸爸|家长|父母|爹妈|爸妈|老师|司机|老板|主妇|媳妇|老婆|老公|男人|女人|奶奶|爷爷)(?:啊|呀|吧|呢|的|呀你|啊你)?(?:[，。！？!?…]|$)/,
    before: /(?:您|你|还|也|就)$/,
    deniable: false,
  },
  {
    // A body part mocked by a rhetorical either-or (42码穿不进？您那是脚还是船啊; 你这是手还是熊掌). Not left or right, two body parts, nor a
    // fault asked after (您这是脚还是鞋磨的？).
    words: ['还是'],
    severity: 'block',
    message: '用“是脚还是船”之类的反问嘲讽买家的身体，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:您|你)(?:的)?(?:这|那)?(?:双|张|个|只|对|条|副)?(?:脚|手|脸|腿|头|腰|嘴|脖子|胳膊)?(?:是|到底是|确定是|真是)(?:脚|手|脸|腿|头|腰|嘴|肚子|屁股|脑袋|脑子|脖子|胳膊|手指|耳朵|鼻子|嗓子)$/,
    after: /^[^，。！？!?]{1,3}?(?:啊|呀|吧|呢|哇|啊你)?(?:[，。！？!?…]|$)/,
    notAfter: /^(?:左|右|脚|手|脸|腿|头|腰|嘴|肚子|屁股|脑袋|脖子|胳膊|手指|耳朵|鼻子|眼|鞋|袜|[^，。！？!?]{0,3}?(?:的问题|磨|疼|痛|过敏|不舒服|码|号|大|小|宽|窄))/,
    deniable: false,
  },
  {
    // The buyer's faculty told it does not deserve the goods, as a rhetorical 学什么 (这种耳朵学什么琴; 您这双手玩什么微单). Not a fit question
    // (您这身材穿什么都好看, 您这水平学什么课比较好, 您这双手用什么护手霜呢).
    words: ['学什么', '买什么', '用什么', '穿什么', '弹什么', '玩什么', '吃什么', '喝什么', '戴什么', '练什么', '拍什么', '开什么'],
    severity: 'block',
    message: '讽刺买家不配用这件商品，属于不文明用语（规则 2.4）',
    before: /(?:这种|这副|这双|这对|那双|那副|您这|你这|就这|您那|你那|就您这|就你这)(?:双|副|种|对|张)?(?:耳朵|手|爪子|脑子|脑袋|眼睛|眼神|嗓子|乐感|审美|品味|智商|德行|长相|颜值|家底|车技|球技|手艺)(?:还|也)?$/,
    // Round 42 (t42a): 款 is the fit question's only when it is the bare style asked (您这品味买什么款), not a tier named before it (你这审美
    // 买什么设计师款, 这双手用什么专业款, 你这家底买什么限量款): the goods' class the buyer is told not to deserve.
    notAfter: /^[^，。！？]{0,8}?(?:都|也|比较|更|最|合适|适合|好看|好|呢|吗|码|号|尺)|^(?:的)?款/,
    deniable: false,
  },
  {
    // The failure laid on the buyer's own poor play (打不远是您自己烂; 拍糊了是你技术太菜). Not a maybe among causes (不一定是您技术差).
    words: ['自己烂', '自己菜', '自己太烂', '自己太菜', '自己差劲', '自己不行', '技术烂', '技术菜', '技术太烂', '技术太菜', '技术太差', '水平烂', '水平太烂', '水平菜', '水平太菜', '水平太差', '球技烂', '车技烂', '手艺烂', '技术稀烂', '菜得很'],
    severity: 'block',
    message: '说买家“自己烂、技术菜”，属于不文明用语（规则 2.4）',
    before: /(?:是|怪|就是|还是|纯粹是|明明是|那是|只能怪)(?:您|你)(?:的)?$/,
    notSentence: /不一定|未必|不是(?:您|你)|也可能|可能是|别担心|正常/,
    deniable: false,
  },
  {
    // A contempt label pinned on the buyer as its very example (挖草皮的菜鸟就是您这样的; 冤大头说的就是你).
    words: ['就是您这样的', '就是你这样的', '说的就是您', '说的就是你', '就是您这种', '就是你这种'],
    severity: 'block',
    message: '把买家当作“菜鸟、冤大头”的典型，属于不文明用语（规则 2.4）',
    before: /(?:菜鸟|外行|门外汉|冤大头|韭菜|杠精|奇葩|铁公鸡|穷鬼|土包子|笨蛋|傻子|二愣子|棒槌|憨憨|巨婴|抠门的|事多的|难伺候的)$/,
    deniable: false,
  },
  // ── Round 41 (t41d), by mechanism: a helpful reply that ends with a jab at the buyer's body, kin, kind, means, palate or wits.
  {
    // The fault moved from the goods to the buyer's own faculties (望远镜没坏，坏的是您的眼睛和脑子; 有问题的是你的耳朵). Not a fault found in the
    // buyer's device or settings (有问题的是您的手机系统) nor a medical context (过敏的话先就医).
    words: ['坏的是', '有问题的是', '出问题的是', '有毛病的是', '该修的是', '要修的是', '该治的是', '该换的是', '毛病出在', '问题出在'],
    severity: 'block',
    message: '把问题归到买家的眼睛、脑子等身体或智力上，属于不文明用语（规则 2.4）',
    after: /^(?:您|你)(?:自己)?(?:的|那|这)?(?:双|对|个|副|颗|根)?(?:眼睛|眼神|眼|脑子|脑袋|脑瓜|耳朵|舌头|鼻子|智商|审美|品味|眼光|乐感|味觉|嗅觉|听力|嘴)/,
    notSentence: /就医|医院|医生|过敏|检查|视力下降|症状|不适|发炎|红肿|宝宝|孩子|老人/,
    deniable: false,
  },
  {
    // The buyer's child expected to take after the buyer, as the reason to buy down (您家孩子要是随您，还是买拼音版吧; 娃随你的话就别买原版了).
    // Not a trait the child may inherit told with fit advice (宝宝要是随您是敏感肌，选无香款; 孩子随您个子高，可以买大一码).
    words: ['随您', '随你', '像您', '像你', '随了您', '随了你', '随您的话', '随你的话'],
    severity: 'block',
    message: '借孩子“随您”贬低买家的能力，属于不文明用语（规则 2.4）',
    before: /(?:孩子|宝宝|娃|娃娃|儿子|女儿|闺女|小孩|孩儿)(?:要是|如果|万一|估计|肯定|多半|八成|真|也)?$/,
    notAfter: /^(?:的话)?(?:是|的|那样|这样|一样|有|也是|也有)/,
    sentence: /还是(?:买|选|拍|别|算)|就别|别买|别浪费|省省|算了|白买|浪费|可惜了|够呛|悬/,
    notSentence: /皮肤|敏感|过敏|体质|个子|身高|脚|头围|肤色|头发|胃口|口味|爱吃|喜欢|漂亮|聪明|好看|高|白/,
    deniable: false,
  },
  {
    // The buyer treated as a ward no one should leave alone with the goods (您家里人平时是怎么放心让您一个人碰电器的？; 家人真敢让你单独用刀).
    // Not reassurance that someone may use it alone (老人一个人用家里人也可以放心).
    words: ['放心让您', '放心让你', '敢让您', '敢让你', '放心您', '放心你', '放得下心让您', '放得下心让你'],
    severity: 'block',
    message: '讽刺买家连家电都不会用、需要人看着，属于不文明用语（规则 2.4）',
    after: /^(?:一个人|自己|单独|独自)/,
    sentence: /怎么|居然|竟然|还敢|真敢|心大|心真大|也是心大|胆子/,
    notSentence: /可以放心|完全可以|也能放心|不用担心|别担心|老人|孩子|宝宝/,
    deniable: false,
  },
  {
    // An animal said to be outdone by the buyer's appetite or sloth (猪都没您能吃, 比猪还能睡). Not a pet's appetite praised (狗狗都没它能吃).
    words: ['猪都没', '猪也没', '狗都没', '狗也没', '驴都没', '牛都没', '猪都不如', '比猪还', '比猪都'],
    severity: 'block',
    message: '拿猪狗与买家相比，属于不文明用语（规则 2.4）',
    notBefore: /小$|家$|的$|连$/,
    after: /^(?:您|你)?(?:能|会|这么|那么|还)?(?:吃|睡|懒|笨|胖|馋|蠢|能吃|能睡)/,
    notSentence: /狗狗|猫|宠物|猪肉|狗粮|猪饲料|饲料|它/,
    deniable: false,
  },
  {
    // The buyer's cheap habit blamed for a palate, ear or nose that cannot tell (您这舌头喝惯了村口小卖部的散装啤酒，尝不出好坏也正常;
    // 对您这种还在菜市场挑打折货的阿姨来说，香水和花露水确实分不太清). Not a general note on taste (很多人喝惯了甜酒，第一次喝会觉得酸) nor an
    // honest “no difference” (这两款您尝不出区别很正常，配方一样).
    words: ['尝不出', '分不清', '分不太清', '分不出', '喝不出', '品不出', '闻不出', '听不出', '吃不出', '分辨不出', '欣赏不了', '欣赏不来', '品不来', '懂不了'],
    severity: 'block',
    message: '嘲讽买家的品味、味觉或消费水平，属于不文明用语（规则 2.4）',
    sentence: [/您|你/, /(?:惯了?|常年|平时|平常|整天|天天|还在|只会|只喝|只吃|只用|只听)[^，。！？]{0,14}(?:散装|勾兑|地摊|小卖部|路边摊|廉价|便宜货|打折货|杂牌|劣质|山寨|三无|菜市场|十块钱|几块钱|白开水|土味|速溶|三合一|冲调|香精|糖水|色素水|工业)/],
    notSentence: /很多人|不少人|大部分人|一般人|新手|刚开始|第一次|配方一样|同一款|差别不大|区别不大|正常的/,
    deniable: false,
  },
  {
    // The buyer filed under an age-and-class type as the reason they cannot tell or use the goods (对您这种四十多岁的阿姨来说确实分不清; 你这种
    // 乡下大叔用不来). Not fit advice for an age (对您这种敏感肌的阿姨来说，这款很温和).
    words: ['您这种', '你这种', '您这样的', '你这样的', '您这个年纪的', '你这个年纪的'],
    severity: 'block',
    message: '以年龄、身份给买家贴标签并贬低，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,16}(?:阿姨|大妈|大婶|大叔|大爷|老头|老太|老太太|乡下人|农村人|土包子|中年人|老年人)/,
    sentence: /分不清|分不太清|分不出|不懂|搞不懂|用不来|玩不转|看不懂|尝不出|品不出|学不会|难怪|怪不得|也正常|就别|省省|还在菜市场|打折货/,
    notSentence: /温和|适合|推荐|建议选|放心|不用担心|很多|都能/,
    deniable: false,
  },
  {
    // The buyer's voice or manners typed from a glance or a sound (一听就是在车厢里外放短视频的那种人; 一看就是爱占便宜的那类人). Not praise
    // (一看就是懂行的那种人).
    words: ['那种人', '这种人', '那类人', '那号人', '这号人'],
    severity: 'block',
    message: '给买家下“那种人”的结论并贬低，属于不文明用语（规则 2.4）',
    before: /的$/,
    sentence: /一听就(?:是|知道)|一看就(?:是|知道)|听(?:您|你)(?:的)?(?:声音|语音|口音)|看(?:您|你)(?:的)?(?:头像|照片|主页|昵称)/,
    notSentence: /懂行|内行|识货|行家|讲究|有品位|有品味|有眼光|会过日子|细心|专业|爱干净|爱美|适合|推荐/,
    deniable: false,
  },
  {
    // The buyer's loud voice blamed for what the goods cannot silence (那可能是您自己的大嗓门降不掉吧). Not a child's or an elder's voice.
    words: ['大嗓门', '公鸭嗓', '大喇叭嘴'],
    severity: 'block',
    message: '嘲讽买家的嗓音，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:自己)?(?:的|这|那)?(?:副|个)?$/,
    notSentence: /宝宝|孩子|老人|耳背|长辈/,
    deniable: false,
  },
  {
    // The buyer's looks read from a photo as unfit for the task (看您头像那副样子也不像会做饭的; 瞧你照片也不像是会化妆的). Not fit advice.
    words: ['也不像会', '也不像是会', '不像是会', '也不像个会', '一看就不会', '看着就不会', '看着也不像'],
    severity: 'block',
    message: '凭买家的头像、长相贬低其能力，属于不文明用语（规则 2.4）',
    sentence: /(?:看|瞧|瞅|凭)(?:您|你)(?:的|发的)?(?:头像|照片|主页|视频|样子|那副|长相|打扮|自拍)/,
    notSentence: /适合|推荐|建议选|不用担心/,
    deniable: false,
  },
  {
    // The buyer's faculty told no fine goods can rescue it (您那一手字，给您一支万宝龙也写不出人样; 您这乐感，送您一把马丁也是在弹棉花).
    // Not a replacement said to share an honest fault (您这款，给您换一台也是一样的问题).
    words: ['给您', '给你', '送您', '送你'],
    severity: 'block',
    message: '讽刺买家的能力“给什么好东西都没用”，属于不文明用语（规则 2.4）',
    after: /^(?:一|个|支|把|台|双|件|瓶|套|块|只|架)*[^，。！？]{0,8}?也(?:是在|是|写不|弹不|唱不|画不|拍不|穿不|做不|救不|白搭|没用|一样|糟蹋|浪费)/,
    sentence: /(?:您|你)(?:这|那)(?:一手|副|个|种)?(?:乐感|字|手艺|水平|技术|嗓子|五音|脸|身材|审美|品味|舌头|底子|手|耳朵|眼光)|人样|弹棉花|死了这条心/,
    notSentence: /换一台|换一个|换新|同样的问题|一样的问题|故障|质量问题/,
    deniable: false,
  },
  {
    // 人样 denied to the buyer (给您一支好笔也写不出人样; 穿什么都没个人样). Not 活出个人样 as a motto.
    words: ['人样'],
    severity: 'block',
    message: '说买家“没个人样”，属于不文明用语（规则 2.4）',
    before: /(?:不出|没个|没有个?|不成|不像个?|没点)$/,
    sentence: /您|你/,
    notSentence: /活出/,
    deniable: false,
  },
  {
    // The buyer's playing or singing called fluffing cotton (送您一把马丁也是在弹棉花; 你那琴弹得跟弹棉花似的). Not a cotton quilt made by hand.
    words: ['弹棉花'],
    severity: 'block',
    message: '嘲讽买家的演奏水平，属于不文明用语（规则 2.4）',
    sentence: /您|你/,
    notSentence: /棉被|棉胎|被子|棉花被|手工|师傅|工艺|非遗|老手艺|弹棉花机/,
    deniable: false,
  },
  {
    // The buyer's means scorned as the bar to the goods (您这条件就别碰瑞士表了; 你这收入还是算了吧). Not a budget met with advice
    // (您这预算的话，建议看看入门款; 您这条件就别犹豫了).
    words: ['您这条件', '你这条件', '您这经济条件', '你这经济条件', '您这收入', '你这收入', '您这消费水平', '你这消费水平', '您这工资', '你这工资', '您这家底', '你这家底'],
    severity: 'block',
    message: '嘲讽买家的经济条件，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,4}(?:就别|别碰|别买|别想|还是别|还是算了|算了|配不上|不配|买不起|碰不起|够呛|还想|哪买得起|也就配)/,
    notAfter: /^[^，。！？]{0,4}别(?:犹豫|担心|客气|纠结|错过|着急|急|等)/,
    deniable: false,
  },
  {
    // The buyer's diet prescribed as the fix for a fit (腿粗真不是靴子能决定的，建议您先管住嘴; 裤子勒就少吃点). Not a slimming product's use.
    words: ['管住嘴', '管好嘴', '管好自己的嘴', '少吃点', '少吃两口', '少吃几口'],
    severity: 'block',
    message: '讽刺买家的身材，要求买家先节食，属于不文明用语（规则 2.4）',
    sentence: [/腿粗|胖|显粗|勒|紧|穿不上|塞不进|扣不上|拉不上|肉/, /鞋|靴|裤|裙|衣|码|版型|腰带|表带/],
    notSentence: /减脂|代餐|瘦身|燃脂|饮用|配合|运动|效果|宝宝|孩子|狗|猫|宠物/,
    window: 40,
    deniable: false,
  },
  {
    // The buyer's wits said to need a supplement (这智商确实需要多补补DHA; 你这脑子该补补核桃了). Not a child's development or an elder's.
    words: ['智商', '脑子', '脑袋', '脑瓜'],
    severity: 'block',
    message: '讽刺买家智商低，属于不文明用语（规则 2.4）',
    before: /(?:您|你|这|您这|你这|您的|你的)(?:个)?$/,
    after: /^[^，。！？]{0,6}?(?:需要|该|得|要|应该|可以)(?:多|好好|赶紧)?(?:补补|补一补|补一下|补点|补充|充值|充充值)/,
    notSentence: /宝宝|孩子|儿童|学生|小朋友|发育|孕|老人|长辈|爸妈|父母|备考|考试/,
    deniable: false,
  },
  // ── Round 39 (t39q), by mechanism: put-downs with no swear word, each a word family paired with a second.
  {
    // Vulgarity by homophone: 我去年买了个表 (= wqnmlgb) said as a clause of its own (退货？我去年买了个表。). Not an honest purchase
    // told with what followed (我去年买了个表，表带今年断了).
    words: ['去年买了个表', '去年买了块表', '去年买了个登山包', 'wqnmlgb'],
    severity: 'block',
    message: '谐音脏话（“我去年买了个表”），属于不文明用语（规则 2.4）',
    scope: 'clause',
    after: /^(?:啊|呀|吧|呢|哦|你|!|！|。|…)*$/,
    notSentence: /表带|表盘|表壳|表镜|走时|机芯|坏了|断了|保修|维修|换/,
    deniable: false,
  },
  {
    // A slang label said of whoever asks, closing the clause (问这种问题的是nt吧, 说这话的人就是sb吧). Not a unit or a version (亮度是500nt,
    // 这款是NT版).
    // (not nc, a foundation shade, nor fw, firmware: 您用的是NC吗, 您下的是fw吗; and a sneer's 吧, not an honest 吗)
    words: ['nt', 'zz', 'sjb', 'sb', 'nmsl'],
    severity: 'block',
    message: '辱骂性用语',
    scope: 'clause',
    before: /(?:的|人|你|您|他|她|们)(?:就|都|才|真|怕不)?是$/,
    after: /^(?:吧|啊|呀|嘛|了|吧你)?$/,
    deniable: false,
  },
  {
    // A lewd label pinned on the buyer with a brush-off (老色批就别在这打听了, 你个lsp少问); the agent's own joke (我这个lsp) is not.
    words: ['老色批', '老色胚', '色批', '色胚', 'lsp'],
    severity: 'block',
    message: '用“老色批”等下流称呼嘲讽买家，属于不文明用语（规则 2.4）',
    after: /^(?:就|也|还是|都)?(?:别|少|滚|一边|给我|省省)/,
    notBefore: /(?:我|我们|我这个|本)$/,
    deniable: false,
  },
  {
    // The buyer's parenting scorned (当爹妈的也太不上心了, 当妈的自己都挑成这样, 做父母的这么粗心). Not a parent's feeling shared
    // (当妈的都懂, 当爸妈的都希望孩子吃得安心).
    words: ['当爹妈的', '当爸妈的', '当妈的', '当爸的', '当爹的', '当父母的', '当家长的', '做妈的', '做爸妈的', '做父母的', '做爹妈的', '做家长的'],
    severity: 'block',
    message: '指责买家不会当父母，属于不文明用语（规则 2.4）',
    after: /^[^。！？]{0,8}?(?:不上心|不负责|不称职|不合格|心太大|心也太大|心真大|失职|怎么当的|粗心|马虎|糊涂|成这样|这德行|这样子|不像话)/,
    notBefore: /(?:我|我们|我也是|我也)$/,
    deniable: false,
  },
  {
    // The buyer's looks laid on their parents (长相的事还是去问您爸妈吧, 丑怪你爸妈去). Not a parent's advice asked (可以问问您爸妈的意见).
    words: ['问您爸妈', '问你爸妈', '问您父母', '问你父母', '找您爸妈', '找你爸妈', '怪您爸妈', '怪你爸妈', '怪您父母', '怪你父母', '问问您爸妈', '问问你爸妈', '问您爹妈', '问你爹妈', '怪你爹妈', '怪您爹妈'],
    severity: 'block',
    message: '把买家的长相归咎于父母，属于不文明用语（规则 2.4）',
    sentence: /长相|长得|颜值|丑|不帅|帅不|个子|太矮|身材|基因|天生|普信/,
    deniable: false,
  },
  {
    // 普信 said of the buyer (普信也要有个度, 您这就有点普信了). Not the agent's own (我有点普信哈哈) nor the word explained.
    words: ['普信'],
    severity: 'block',
    message: '用“普信”嘲讽买家，属于不文明用语（规则 2.4）',
    notAfter: /^(?:男|女)/,
    sentence: /您|你|长相|帅|颜值|度/,
    notSentence: /(?:我|我们|本人)(?:自己)?(?:就是|是|也|有点|这)*普信|什么意思|网络用语|这个词/,
    deniable: false,
  },
  {
    // Literacy doubted as a concession (学历不高能理解，但字总认识吧 / 字总该认得吧 / 总识字吧).
    words: ['字总认识', '字总认得', '字总会认', '字总该认识', '字总该认得', '字总能认识', '字总看得懂', '字总该看得懂', '总识字吧', '总该识字', '总认字吧', '总会认字', '字还是认识的吧', '字都认识吧', '字总归认识'],
    severity: 'block',
    message: '暗讽买家不识字，属于不文明用语（规则 2.4）',
    notSentence: [SCHOOL_HONEST, READ_HELP, /老人|长辈|爷爷|奶奶|外婆|姥姥|外公|姥爷/],
    deniable: false,
  },
  {
    // …or the buyer's schooling granted as the excuse (学历不高能理解, 没读过什么书可以理解, 文化不高我们理解).
    words: ['学历不高', '学历低', '学历不够', '没读过书', '没读过什么书', '没上过学', '文化不高', '文化程度不高', '读书少', '没文化'],
    severity: 'block',
    message: '嘲讽买家的学历，属于不文明用语（规则 2.4）',
    after: /^[，,]?(?:我们|咱们)?(?:也)?(?:能理解|可以理解|理解|不怪(?:您|你)|情有可原|难怪)/,
    notBefore: /(?:我|我们|本人|我自己)(?:也)?$/,
    deniable: false,
  },
  {
    // Help with reading refused with a sneer (我们客服不负责给您扫盲, 这里不是扫盲班). Not a friendly 给您扫个盲 nor a campaign.
    words: ['扫盲'],
    severity: 'block',
    message: '嘲讽买家文化水平，属于不文明用语（规则 2.4）',
    sentence: [/(?:给|帮|替)(?:您|你)扫盲|扫盲班/, /不负责|不是|没义务|不包|不管|不提供|呵呵|可不|又不/],
    deniable: false,
  },
  {
    // A child put above the buyer for a plain task (找家里上过小学的孩子帮帮您, 让您家小学生教教您). Not a child's own toy or lesson.
    words: ['上过小学', '上过幼儿园', '上过学', '读过小学', '小学生帮', '小学生教', '孩子教教', '孩子帮帮'],
    severity: 'block',
    message: '暗讽买家能力不如小孩，属于不文明用语（规则 2.4）',
    sentence: [/帮帮?(?:您|你)|教教?(?:您|你)|给(?:您|你)(?:看|读|讲)/, /看不懂|不会|实在|弄不明白|搞不懂|不明白/],
    notSentence: /宝宝|早教|点读|适合[^，。]{0,4}(?:孩子|小学生)|送给/,
    deniable: false,
  },
  {
    // The buyer stumbling on a plain word then told not to bother (连“蒙特梭利”四个字都念不利索，还买什么…, 连型号都读不对就省省吧).
    words: ['念不利索', '读不利索', '说不利索', '念不对', '读不对', '念不清楚', '念不出来', '读不出来', '念不全', '写不对', '写不全', '拼不对'],
    severity: 'block',
    message: '嘲讽买家的文化水平，属于不文明用语（规则 2.4）',
    before: /连[^，。！？]{1,14}(?:都|也)$/,
    sentence: /还(?:给|买|想|要|学)|省省|别买|买什么|就别|好意思/,
    notSentence: /宝宝|小朋友|孩子(?:都|也)?(?:念|读|说)|没关系|别担心|正常/,
    deniable: false,
  },
  {
    // Ironic genius or master titles for a blunder (哇，您可真是数学天才呢👏，下次数清楚再来 / 您真是福尔摩斯，三天了才发现).
    words: ['数学天才', '天才', '小天才', '福尔摩斯', '神算子', '大侦探', '学霸', '人才'],
    severity: 'block',
    message: '反话式“夸奖”嘲讽买家，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:可|也)?(?:真|真的|可真|简直|实在)(?:是)?(?:个|一个|位)?$/,
    sentence: /下次[^。！？]{0,10}再来|才发现|才想起|才看到|才来|呵呵|🙃|😅|🙄|(?:都|也)(?:能|会)(?:算|数|看|弄)错/,
    deniable: false,
  },
  {
    // Mock status for a modest demand (这么金贵的身子，怎么还亲自网购呀 / 建议您雇个管家呢). Not a baby's delicate skin.
    words: ['金贵的身子', '金贵身子', '千金之躯', '万金之躯', '金枝玉叶', '雇个管家', '请个管家', '雇个保姆', '请个佣人', '雇个佣人', '雇个丫鬟', '请个丫鬟'],
    severity: 'block',
    message: '反话嘲讽买家娇贵，属于不文明用语（规则 2.4）',
    sentence: /您|你/,
    notSentence: /宝宝|婴儿|孩子|家政|保洁服务|我们提供|推荐(?:您|你)/,
    deniable: false,
  },
  {
    // Taste said to be beyond the buyer (这种香对您来说确实有点超纲了, 这种设计对你来说欣赏不了). Not a beginner's note (对新手来说有点超纲),
    // nor honest overkill (这款对您来说太高端了，入门款就够).
    words: ['超纲', '欣赏不了', '理解不了', '消受不了', '高攀不起'],
    severity: 'block',
    message: '嘲讽买家品味、见识，属于不文明用语（规则 2.4）',
    before: /对(?:您|你)(?:来说|而言)?(?:确实|可能|真的|是|有点|有些|太|还是|估计|怕是|恐怕)*$/,
    deniable: false,
  },
  {
    // Fine work said beyond the buyer, someone competent sent for (精细活您估计干不了，还是找个明白人帮您吧). Not an honest referral to a shop.
    words: ['找个明白人', '找明白人', '找个懂的人', '找个会的人', '找个靠谱的人', '找个懂行的'],
    severity: 'block',
    message: '暗讽买家能力差，属于不文明用语（规则 2.4）',
    sentence: [/帮(?:您|你)|(?:您|你)(?:估计|肯定|大概|怕是)?(?:干不了|弄不了|搞不定|不会)/, /干不了|弄不了|搞不定|越弄越|看您|看你|估计|您这|你这|免得/],
    notSentence: /维修点|售后网点|师傅上门|我们安排/,
    deniable: false,
  },
  {
    // The buyer called a villager new to town (没进城吃过西餐吧, 刚进城吧, 没出过村吧). Not goods or a parcel outside the city.
    words: ['没进城', '没进过城', '刚进城', '头一回进城', '第一次进城', '没出过村', '没出过山', '刚出村'],
    severity: 'block',
    message: '嘲讽买家见识少、出身乡下，属于不文明用语（规则 2.4）',
    sentence: [/吧|吗|？|\?/, /都不知道|不知道|不会|不懂|这都|您|你/],
    notSentence: /快递|包裹|物流|仓库|车|货/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: rebirth prescribed to the buyer (亲亲，这边建议您回炉重造呢～ / 您还是重新投胎吧 / 你这种人赶紧回娘胎重造一下).
    // Not goods remade (这批瑕疵品已经回炉重造, 旧金回炉).
    words: ['回炉重造', '回炉', '重新投胎', '再投胎', '投胎', '回娘胎', '重新做人'],
    severity: 'block',
    message: '讽刺买家“回炉重造”“重新投胎”，属于不文明用语（规则 2.4）',
    before: /(?:建议|还是|赶紧|该|快|先|直接|最好)(?:你|您)?(?:直接|还是|赶紧)?(?:去)?$|(?:你|您)(?:还是|该|赶紧|最好|可以)?(?:去)?$/,
    window: 30,
    sentence: /你|您|亲|这种人|建议/,
    notSentence: /瑕疵|旧金|金饰|首饰|黄金|材料|原料|产品|批次|钢|铁|玻璃|塑料|工艺|旧衣|回收|熔/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer called a byword for a failing reborn (怎么又是你，祥林嫂转世啊？ / 葛朗台转世也没您这么抠 / 您是唐僧
    // 转世吧). Not a cute toy (像国宝转世).
    words: ['转世'],
    severity: 'block',
    message: '用“某某转世”讽刺买家，属于不文明用语（规则 2.4）',
    before: /(?:祥林嫂|唐僧|复读机|杠精|葛朗台|铁公鸡|周扒皮|猪八戒|林黛玉|窦娥|包租婆|严监生|老佛爷|慈禧|黄世仁|守财奴|事儿妈|话痨|戏精|奇葩)$/,
    notSentence: /玩偶|公仔|萌|可爱|手办/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer called shameless for a claim — 还有脸 / 有脸 + a claim, a review or a visit (用了一半还有脸申请退款,
    // 您还有脸给差评？, 你有脸说我们卖假货？). Not our own shame (我们都没脸见您了), a face part (还有脸部按摩) or Facebook (脸书).
    words: ['有脸'],
    severity: 'block',
    message: '讽刺买家“还有脸”，属于不文明用语（规则 2.4）',
    before: /(?:你|您|还|也|咋|怎么|居然|竟然|真)$/,
    after: /^(?!部|书|颊|型|盆|上|蛋)[^，。]{0,6}(?:退|要|申请|投诉|差评|评价|来|找|说|问|赔|讲|闹|提)/,
    notSentence: /我们都没脸|我们没脸|没脸见/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer's means mocked with charity offered (要不我给您捐点？, 我帮你申请个低保吧, 您家是揭不开锅了吗)
    // or a cheap order likened to luxury (不知道的还以为您买的是爱马仕呢). Not our donations (每卖出一单就给希望工程捐一元) nor a design
    // reference (参考了爱马仕的经典款).
    words: ['捐点', '捐款', '众筹', '募捐', '低保', '救济', '揭不开锅', '还以为'],
    severity: 'block',
    message: '嘲讽买家的经济条件，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: [/(?:给|帮|替)(?:你|您)|(?:你|您)(?:家)?(?:是)?揭不开锅|还以为(?:你|您)(?:买的是|在买|要买|买了)/, /块钱|几块|几十块|省|砍价|计较|穷|要求|这么多|问了|爱马仕|lv|奢侈品|钻戒|金条|黄金|买房|买车|低保|揭不开锅|捐/],
    notSentence: /希望工程|公益|慈善|每卖出|爱心|红十字|基金会|灾区|献爱心|义卖/,
    deniable: false,
  },
  {
    // Round 39 (t39k): a record low of wits said to be set by the buyer, in sarcasm (恭喜您，刷新了我对顾客智商下限的认识; 您让我见识了什么叫
    // 智商没有下限; 又一次突破了人类智商的底线). Not a test's or a child's range (这套测评只给出智力下限的估计, 宝宝的智力发育).
    words: ['下限', '底线', '新低', '地板'],
    severity: 'block',
    message: '讽刺买家智商低，属于不文明用语（规则 2.4）',
    before: /(?:智商|情商|智力|脑子)(?:的)?(?:又|再|还)?(?:没有|没|创|刷新|突破|到了|跌破)?$/,
    sentence: /刷新|认识|认知|见识|开眼|突破|跌破|拉低|挑战|重新定义|没有下限|没下限|创新低|更低|恭喜|佩服|服了|(?:您|你)(?:的|这)?(?:智商|情商|智力|脑子)/,
    notSentence: /宝宝|孩子|小朋友|儿童|发育|益智|测评|测试|量表|评估|研究|论文/,
    deniable: false,
    grow: true,
  },
  {
    // Round 39 (t39h), veiled put-downs dressed as advice or a joke. The buyer's wits called a flaw no goods can cover (戴什么帽子也挡不住智商上的
    // 短板, 您这情商方面的硬伤谁也救不了). Not a child's learning (弥补孩子智力上的短板) nor the agent's own (我的情商是短板).
    words: ['智商', '情商', '理解能力', '理解力', '脑回路', '智力', '脑子'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    after: /^(?:上|方面)?(?:的)?(?:短板|硬伤|缺陷|残缺|缺口|漏洞)/,
    notBefore: /(?:我|我的|我这|本人|我们|店里|客服)$/,
    sentence: /您|你|阁下/,
    notSentence: /宝宝|孩子|小朋友|儿童|学生|发育|益智|补脑|营养|课程|学习机|早教|训练营|(?:我|我的|我这)(?:智商|情商)/,
    window: 40,
    deniable: false,
  },
  {
    // …and the same flaw said to be beyond any cover (什么帽子也挡不住您的智商, 再好的面膜也救不了你的情商).
    words: ['智商', '情商', '脑回路', '智力'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    before: /(?:挡|遮|盖|掩|救|补|藏|治)(?:不住|不了|不回来)(?:您|你|阁下)?(?:的|这|那)?$/,
    sentence: /您|你|阁下/,
    notSentence: /宝宝|孩子|小朋友|儿童|学生|发育|益智|补脑|营养|核桃|鱼油|保健品|广告/,
    window: 40,
    deniable: false,
  },
  {
    // Round 39 (t39h): the buyer called made of something that breaks at a touch (这么点力度都嫌疼，您是豆腐做的吧 / 你是纸糊的吗 / 您是玻璃
    // 做的啊). Not the goods' material asked about (您的杯子是玻璃做的吗, 您是要豆腐做的那款吗).
    words: ['做的', '糊的', '捏的', '搓的', '吹的'],
    severity: 'block',
    message: '讽刺买家“是豆腐做的”，属于不文明用语（规则 2.4）',
    before: /(?:^|[^的])(?:你|您|阁下)(?:是|难道是|怕不是|莫非是|该不会是)(?:豆腐|纸|纸片|玻璃|泥|泥巴|瓷|陶瓷|棉花|面|面团|雪|糖|水|冰|蛋壳|鸡蛋)$/,
    after: /^(?:吧|吗|么|嘛|啊|呀|的吧|的吗|不成|呢)*$/,
    deniable: false,
  },
  {
    // Round 39 (t39h): the buyer's hands likened to an animal's foot or a clumsy tool (手跟猪蹄似的, 你这手像熊掌一样, 手指跟胡萝卜似的).
    // Not the agent's own hands (我这手跟猪蹄似的), a child's, nor goods (手套戴上像熊掌一样暖和).
    words: ['猪蹄', '猪蹄子', '熊掌', '熊爪', '鸡爪', '鸡爪子', '鸭掌', '蹄子', '猪爪', '胡萝卜', '萝卜', '棒槌'],
    severity: 'block',
    message: '把买家的手比作猪蹄一类，属于不文明用语（规则 2.4）',
    before: /(?:^|[^我])(?:手|手指|手指头|爪子|脚)(?:也|都|简直|就|真)?(?:跟|像|和|好像|活像|就像)$/,
    after: /^(?:似的|一样|一般|差不多|没两样|有什么区别)/,
    sentence: /您|你/,
    notSentence: /宝宝|孩子|小朋友|手套|袜|鞋|暖和|可爱|萌|造型|玩偶|公仔|我(?:这|的)?(?:手|爪子)/,
    window: 40,
    deniable: false,
  },
  {
    // Round 39 (t39h): weight loss prescribed before the buyer may buy or wear (建议先减个二十斤再来cos / 您还是先减减肥再来买吧 / 先瘦个十斤再穿).
    // Not the buyer's own plan (您说在减肥，等减完十斤再来买小一码也行) nor sizing advice.
    words: ['减个', '减掉', '减下', '减它', '减减肥', '减肥', '瘦个', '瘦掉', '瘦下来', '减下来', '瘦到', '管理一下体重', '管理体重', '管理好体重', '控制一下体重', '控制体重', '控制好体重', '控控体重', '管理一下身材', '管理身材', '管理好身材', '控制好身材', '控制身材'],
    severity: 'block',
    message: '讽刺买家的身材，要求买家先减肥，属于不文明用语（规则 2.4）',
    sentence: [/(?:建议|先|还是|最好|赶紧|不如|管住嘴[，,]?)(?:去)?(?:先)?(?:减|瘦|(?:管理|控制|控)(?:一下|一阵|好)?(?:体重|身材))[^，。？！]{0,8}?(?:斤|公斤|kg|肥)?[^，。？！]{0,2}(?:再|才)(?:来|买|穿|cos|试|下单|拍|考虑|谈|说|问|选)/, /您|你/],
    notSentence: /(?:您|你)说[^，。]{0,4}(?:减肥|在减|要减|想减|减完|减下)|计划|打算|正在减|在减肥|减肥期|减脂期|等您|等你|减肥茶|减肥餐|代餐|瘦身|塑身|燃脂/,
    window: 40,
    deniable: false,
  },
  {
    // Round 39 (t39h): the buyer's looks in the goods likened to a low-paid job or a beggar (您那肤色，棕色戴上像刚从工地下班 / 穿上跟挖煤的
    // 似的 / 涂这个色像要饭的). Not workwear praised (工装裤穿上像工地师傅一样耐磨) nor a style named.
    words: ['工地', '挖煤', '煤矿', '下矿', '搬砖', '要饭', '乞丐', '叫花子', '难民', '逃荒', '农民工', '扫大街'],
    severity: 'block',
    message: '把买家的样貌比作工地、要饭一类，属于不文明用语（规则 2.4）',
    before: /(?:戴上|穿上|涂上|抹上|用上|染上|一戴|一穿|一涂|一抹|看着|显得|整个人|活)?(?:就)?(?:像|跟|好像|活像|像是|跟个)(?:是)?(?:刚|刚刚|个|一个)?(?:从)?(?:在)?$/,
    sentence: [/您|你/, /肤色|皮肤|脸|黑|颜色|色号|戴上|穿上|涂上|抹上|长相|样子|气质|形象/],
    notSentence: /耐磨|结实|耐脏|专业|工装|劳保|安全帽|反光|我们(?:师傅|工人)/,
    window: 40,
    deniable: false,
  },
  {
    // Round 39 (t39h): a child's slowness laid on the parents' genes, the buyer put down through their child (有的孩子就是随爹妈，遗传的事机器管不了 /
    // 学不会那是基因问题). Not a body trait inherited (个子随爸妈, 过敏体质可能是遗传的).
    words: ['随爹妈', '随爸妈', '随父母', '随他爹', '随她妈', '随根', '像爹妈', '遗传的事', '遗传的问题', '遗传问题', '基因问题', '基因的事', '基因不行', '基因不好', '基因决定'],
    severity: 'block',
    message: '把孩子的学习问题归咎于买家遗传，暗讽买家，属于不文明用语（规则 2.4）',
    sentence: [/不会|学不会|教不会|笨|慢|帮不上|管不了|救不了|没用|没办法|智商|脑子|不开窍|开窍|数数|认字|说话晚|成绩/, /孩子|宝宝|娃|小朋友|儿子|女儿|您|你/],
    notSentence: /个子|身高|长相|皮肤|过敏|体质|近视|视力|头发|发质|眼睛|卷发|肤色|胖|瘦|骨骼|牙齿|疾病|病史/,
    window: 60,
    deniable: false,
  },
  {
    // Round 39 (t39h): the buyer's home or means looked down on, with a 能…就不错了 (住那种老破小的，能用上花洒就不错了，别要求太多 / 就您那
    // 点钱，能买到这个就烧高香了). Not the goods' value praised (这个价位能用上德国阀芯就很不错了).
    words: ['就不错了', '就很不错了', '就挺不错了', '就烧高香了', '就知足吧', '就该知足了', '就偷着乐吧', '就谢天谢地了'],
    severity: 'block',
    message: '嘲讽买家的住房或经济条件，属于不文明用语（规则 2.4）',
    sentence: [/老破小|穷|寒酸|破房子|破地方|城中村|那种地方|那种房子|那种小区|(?:您|你)(?:这|那)(?:条件|点钱|收入)|这点钱|那点钱|别要求|别挑|别嫌|要求(?:太多|别太高|那么多)/, /您|你|住/],
    notSentence: /我们(?:这|的)?(?:价位|价格)|性价比|这个价位|同价位/,
    window: 40,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer's wits owned and found wanting (阁下的智商实在令人担忧 / 您的理解能力有待提高啊 / 你这脑回路
    // 让人捉急). Not a child's development (宝宝的智商发育) nor the buyer's reading agreed with (您的理解没错).
    words: ['智商', '情商', '理解能力', '理解力', '阅读理解', '脑回路', '智力', '文化水平', '脑子'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    before: /(?:你|您|阁下)(?:的|这|这个|那)?$/,
    after: /^[^，。]{0,4}(?:令人担忧|堪忧|捉急|着急|欠费|下线|感人|不在线|为零|负数|不够用|有待提高|让人担心|令人担心|不太行|不行|有限|太低|告急|余额不足|掉线|不及格|堪比)/,
    notSentence: /宝宝|孩子|小朋友|儿童|发育|益智|补脑|营养/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: schooling in reading prescribed to the buyer before they may speak (先把语文学好再来打字 / 中文学明白了
    // 再来跟我理论 / 回去把小学语文补一补再来评价). Not a child's learning (先学好拼音再认字更轻松).
    words: ['语文', '中文', '拼音', '识字', '认字', '汉字', '阅读理解'],
    severity: 'block',
    message: '嘲讽买家的文化水平，属于不文明用语（规则 2.4）',
    after: /^(?:都|也)?(?:补一补|补补|学学|学好|学会|学明白|学清楚|练练|重修|没学好|没学明白|学得不好|不及格|是体育老师教的)/,
    notSentence: SCHOOL_HONEST,
    deniable: false,
  },
  {
    // The same prescription before the subject (先去学学拼音吧, 回去补补语文).
    words: ['语文', '中文', '拼音', '识字', '认字', '汉字', '阅读理解'],
    severity: 'block',
    message: '嘲讽买家的文化水平，属于不文明用语（规则 2.4）',
    before: /(?:先|回去|赶紧|重新|好好|建议)?(?:去|回去)?(?:把)?(?:小学)?(?:学学|学|补补|补|练练|练|重修)(?:一下|下)?(?:小学)?$/,
    notSentence: SCHOOL_HONEST,
    deniable: false,
  },
  {
    // Round 17 (t17), by shape: literacy set as the only condition for understanding what is written (认字的话应该不难理解吧, 但凡识字
    // 都看得懂, 会认字的人一看就明白): it implies the buyer cannot read. Not help for someone who cannot (READ_HELP: 老人家不识字的话…),
    // nor a child's reading (SCHOOL_HONEST: 宝宝认字以后就能自己看).
    words: ['认字', '识字', '认识字', '会看字', '认得字'],
    severity: 'block',
    message: '暗讽买家不识字，属于不文明用语（规则 2.4）',
    before: /(?:^|[^不没])(?:只要|但凡|凡是|稍微|是个|会|能)?(?:您|你)?(?:是)?$/,
    after: /^(?:的话|的人|就|都|的都|的应该)[^，。？]{0,8}?(?:不难|能|会|看得懂|看懂|懂|理解|明白|知道|看得明白|看得出)/,
    notSentence: [SCHOOL_HONEST, READ_HELP, /老人|长辈|爷爷|奶奶|外婆|姥姥|外公|姥爷|爸妈|父母|视障|盲人|盲文|语音|外国|外籍|留学生|学中文|汉语/],
    deniable: false,
  },
  {
    // Round 40 (t40c): the buyer's claim likened to begging or robbery in the saying "X也不是这么个X法" (用了大半瓶还想全额退，要饭也不是这么个
    // 要法; 讹人也没见过这么讹的; 碰瓷都没您这么碰的): the buyer called a beggar or a robber for asking. Not the saying about ourselves
    // (我们做生意也不是这么个做法) nor a price called robbery (抢钱也不是这么抢的 is said of prices) — the verb is begging or extorting.
    words: ['要饭', '讨饭', '乞讨', '讹人', '讹钱', '碰瓷'],
    severity: 'block',
    message: '把买家的诉求比作要饭、抢钱，属于不文明用语（规则 2.4）',
    after: /^(?:的)?(?:也|都|还)(?:不是|没有?|没见过|没看过|没)(?:(?:像)?(?:您|你)(?:这么|这样)|这么|这样|这种)(?:个)?(?:要|讨|乞讨|抢|讹|碰|敲|打劫|劫)(?:的|法|钱)?/,
    deniable: false,
  },
  {
    // Round 40 (t40c): the buyer's tongue, nose or eyes called a dog's or a pig's (您那舌头怕不是狗舌头吧; 你这鼻子是猪鼻子吗; 您长的是驴耳朵吧):
    // the buyer's sense mocked as an animal's. Not praise of a keen sense (您真是狗鼻子，这都闻得出来) nor a pet's.
    words: ['狗', '猪', '驴', '蛤蟆', '王八', '猴子', '猴'],
    severity: 'block',
    message: '把买家的舌头、鼻子等比作猪狗一类，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:那|这|的|那个|这个|家的)?(?:根|条|双|只|对|张|个)?(?:舌头|鼻子|耳朵|眼睛|眼|嘴|嘴巴|脑子|脑袋|脸|手|爪子|牙|味觉|嗅觉|胃)[^，。！？]{0,4}?(?:是|就是|怕不是|莫不是|难道是|莫非是|估计是|该不会是|像|跟|和|比)(?:个|一个|一条|一根|一只|一双|那)?$/,
    after: /^(?:的)?(?:舌头|鼻子|耳朵|眼睛|眼|嘴|嘴巴|脑子|脑袋|脸|爪子|蹄子|牙|胃)/,
    notSentence: /灵|厉害|好使|佩服|真行|尖|服了|宠物|狗狗|猫咪|喂|狗粮|猫粮/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer sent to a degraded living (建议直接去捡垃圾，比较适合您 / 去天桥底下要饭更适合你 / 干脆去捡破烂
    // 算了). Not goods or charity (捡垃圾用的夹子, 流浪乞讨人员救助站, 环卫工人扫大街很辛苦).
    words: ['捡垃圾', '捡破烂', '收破烂', '要饭', '讨饭', '乞讨', '扫大街', '当乞丐', '讨口子'],
    severity: 'block',
    message: '侮辱、贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:去|回去|干脆|不如|还是|建议|适合)[^]{0,6}$/,
    notSentence: /垃圾袋|垃圾桶|救助|环卫|工人|公益|捐|志愿|手套|夹子|工具|钳|老人家|流浪/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer's face called big or thick-skinned over a claim (你脸怎么那么大，用了半罐还要全额退 / 您好大的
    // 脸啊，运费也想让我们出 / 你这脸皮比城墙还厚). Not a size or a skin (脸大选L码口罩, 脸皮薄的宝宝先做皮试).
    words: ['脸'],
    severity: 'block',
    message: '讽刺买家“脸大”“脸皮厚”，属于不文明用语（规则 2.4）',
    after: /^(?:皮)?(?:可|也|咋|怎么|真|是|都)?(?:真|这么|那么|太|好|比城墙还|够)?(?:大|厚)/,
    window: 30,
    sentence: [/你|您|阁下|买家|客户|亲/, /退|要|白嫖|差评|好意思|运费|便宜|占|赔|全额|还想|也想|想让|第一次见/],
    notSentence: /码|尺寸|选|面膜|口罩|帽|头围|显|宝宝|皮试|修饰|遮|小脸|瘦脸|敏感|过敏|洗脸|护肤|上脸/,
    deniable: false,
  },
  {
    words: ['好大的脸', '多大的脸', '好大脸', '脸咋那么大', '好厚的脸皮'],
    severity: 'block',
    message: '讽刺买家“脸大”“脸皮厚”，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: [/你|您|阁下|买家|客户|亲/, /退|要|白嫖|差评|好意思|运费|便宜|占|赔|全额|还想|也想|想让|第一次见/],
    notSentence: /码|尺寸|选|面膜|口罩|帽|头围|显|宝宝|皮试|修饰|遮|小脸|瘦脸|敏感|过敏|洗脸|护肤|上脸/,
    deniable: false,
  },
  {
    // Round 22 (t22dv): an insult written backwards with the instruction to read it so (逼傻是你（倒着念）, 蛋笨个是你，反过来读) —
    // the instruction alone (倒着念是一首诗) or a reversed compliment is not.
    words: READ_BACKWARDS,
    severity: 'block',
    message: '把辱骂倒着写并提示倒读，属于人身攻击（规则 2.4）',
    unless: (ctx, start) => !reversedInsult(ctx, start),
    deniable: false,
  },
  {
    // Round 23 (t23dx): the buyer called a dull lump of matter (你是木头吗？, 您是块石头吧, 你是榆木疙瘩做的吗, 你就是个木头人) — the
    // word only as what the buyer is, closing the clause. Not a material asked about (您要木头的还是塑料的, 这是木头做的吗, 您是木头过敏吗).
    words: ['木头', '木头人', '石头', '石头人', '榆木脑袋', '榆木疙瘩', '木疙瘩', '木鱼', '木鱼脑袋', '呆头鹅', '木桩', '木桩子', '木头桩子', '电线杆', '木偶'],
    severity: 'block',
    message: '把买家说成木头、石头等呆物，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: /(?:你|您|阁下|ni)(?:是|就是|真是|真的是|简直是|简直就是|是不是|怕不是|莫不是|真)?(?:个|块|根|一块|一根|一个|尊|座|只)?$/,
    after: /^(?:做的|雕的|刻的|变的|成精了?|转世)?(?:吗|么|嘛|啊|吧|呀|啊你|吧你|哦|了|呢)?$/,
    notSentence: /游戏|一二三|123|玩具|过敏|材质|原木|实木|雕刻|摆件/,
    deniable: false,
  },
  {
    // 你个老六 / 你个显眼包 — 你个 + a noun closing the clause is name-calling; 给你个建议 / 您个人信息 / 退你个头 are not this cue.
    words: ['你个', '您个'],
    severity: 'block',
    message: '“你个X”式的骂人称呼，属于人身攻击（规则 2.4）',
    scope: 'clause',
    // (round 22, t22dv: the Cantonese possessive 你个 = 你的 before a plain noun: 你個樣幾靚, 你个仔几岁, 你个单到咗)
    // (round 39, t39n: …before a latin noun of the buyer's accounts and things too — 搵唔到你個page, 你个account, 你個IG)
    after: /^(?!样|仔|女(?!人)|老公|老婆|名|屋企|手机|单(?!细胞)|page|account|acc\b|ig|fb|instagram|facebook|id|app|post|profile|order|link|email|mail|name|shop|number|phone|address|size|photo|pic|video|case|parcel|package|包裹|订单|件|货|账号|地址|朋友|人|子|头|性|体|月|星期|礼拜|小时|工作日|准信|答复|回复|说法|交代|解释|方案|建议|链接|地址|电话|单号|号码|优惠|红包|券|小样|赠品|惊喜|面子|台阶|机会|时间|准)[\u4e00-\u9fffa-z]{1,4}(?:吧|啊|呀|哦|呢|的)?$/,
    // (round 25: a favour asked of the buyer, 求您个事 / 麻烦您个事儿 / 拜托你个忙)
    // (round 39, t39n: …or a Cantonese verb before it — 搵唔到你個page, 睇下你個單, 攞你個地址: 你個 is "your" there; 俾/畀 fold to 给, and 搵 is
    // kept as written, its simplified 揾 left out so the folding table and the model's digest stay as they are)
    notBefore: /(?:给|送|帮|告诉|问|教|留|发|回|打|找|寄|换|补|退|开|加|推荐|拿|请|借|提醒|选|挑|拍|让|跟|和|叫|算|分|透露|报|查|催|喊|答应|保证|承诺|安排|申请|约|要|欠|还|求|拜托|麻烦|劳驾|托|搵|搵唔到|睇|睇下|睇唔到|攞|同|喺|check|send)$/,
    deniable: false,
  },
  {
    // 你是zhu吗 — a one-character insult spelt in pinyin (too short for the generated pinyin variants).
    words: ['zhu', 'zhuzhu', 'gou', 'chun', 'ben', 'sha', 'shagua', 'chunzhu', 'bendan'],
    severity: 'block',
    message: '用拼音代替的辱骂',
    scope: 'clause',
    // (ni shi zhen de sha: the links in pinyin too, round 7)
    before: /(?:你|您|ni|nin)(?:是|就是|真是|真|跟|像|是不是|shi|shizhende|zhende|zhen|zhenshi|shibushi|jiushi)?(?:个|一头|一条|一只|只|头|条|ge)?$/,
    after: /^(?:吗|么|吧|啊|呀|一样|似的|头|脑子|ma|ba|a|$)/,
    deniable: false,
  },
  {
    // 您这智商 / 你这阅读理解 — the buyer's wits put up for scorn; 您这记性真好 is praise.
    words: ['您这', '你这', '您这个', '你这个'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    after: /^(?:个|种|点)?(?:智商|理解能力|理解力|阅读理解|脑回路|文化水平|文化程度|语文水平|中文水平|眼神|记性|脑子)/,
    notSentence: /(?:真|很|挺|特别|超|太)(?:好|强|快|不错|棒|灵)|不错|怪我|我这/,
    grow: true,
    deniable: false,
  },
  {
    // Round 42 (t42g): the goods cover a flaw but not the buyer's face or body (这款遮瑕膏遮得住黑眼圈，可遮不住您那张脸, 口罩挡得住风沙，挡不住您那张脸).
    // The body part right after the buyer; not the buyer's own words about a flaw (遮不住您说的那种深色斑) nor a garment's cut (盖不住您的脚踝).
    words: ['遮不住您', '遮不住你', '盖不住您', '盖不住你', '挡不住您', '挡不住你', '藏不住您', '藏不住你'],
    severity: 'block',
    message: '嘲讽买家的相貌，属于不文明用语（规则 2.4）',
    after: /^(?:这|那|的)?(?:张|副|个|股|身)?(?:脸|大脸|长相|颜值|五官|身材|体型|肚子|腰|粗腿|大腿|丑|胖|老|味儿|体味|狐臭)/,
    notAfter: /^(?:的)?(?:脸部|脸颊|脸上的|腰部)/,
    notSentence: /不用担心|别担心|放心|宝宝|孩子|狗狗|猫|显瘦|好看/,
    deniable: false,
  },
  {
    // 腿那么粗穿哪双都一样 / 就您这皮肤底子抹啥都白搭 — nothing will help the buyer's body.
    // (round 30, t30b: 都一个样 / 省省吧 after a polite lead — 您这肤色嘛……涂啥都一个样，省省吧)
    words: ['都一样', '都一个样', '也一个样', '一个样', '都白搭', '也白搭', '白搭', '都没用', '也没用', '没救了', '没得救', '都救不了', '浪费', '省省吧', '都差不多', '别折腾了', '白费劲', '白费力气',
      // (round 36, t36e: whatever is worn shows the flaw, 戴什么框都显脸大, 穿啥都显胖)
      '都显脸大', '都显胖', '都显老', '都显矮', '都显黑', '都显腿粗', '都显壮', '都显脸圆',
      // (round 41, t41j: nothing covers the buyer's smell, 您身上那味儿，喷啥都盖不住)
      '都盖不住', '也盖不住', '都遮不住', '也遮不住', '都压不住', '也压不住'],
    severity: 'block',
    message: '嘲讽买家的身材、相貌，属于不文明用语（规则 2.4）',
    sentence: [BODY_JUDGED, WEAR_APPLY],
    // (round 30, t30b: nor advice — sizes alike, money saved on a good skin: 您这身高穿哪个码都差不多，选M就行; 您这底子好，省省吧不用买遮瑕)
    unless: (ctx, start, end) => BODY_ADVICE.test(sentenceOf(ctx, start, end)),
    // (all alike in a good way: 您这肤质用啥都一样好, 穿啥都一样美)
    notAfter: /^(?:好|棒|美|出彩|显|亮|合适|适合|能用|好用|服帖|自然)/,
    notSentence: /好看|漂亮|合适|显瘦|显白|不用担心|别担心|放心|宝宝|孩子|狗狗|猫/,
    deniable: false,
  },
  {
    // Round 42 (t42j): whatever is worn shows the flaw, and the goods cleared so the buyer is left as the cause (戴啥都显老，不是耳环的问题 /
    // 穿什么都显胖，跟裙子没关系 / 涂哪支都显黑，别怪口红). Not a fault owned (戴哪副都显老的话是镜框颜色的问题，我们帮您换浅色).
    words: ['都显老', '都显胖', '都显矮', '都显黑', '都显脸大', '都显腿粗', '都显壮', '都显土', '都显憔悴', '都显脸圆', '也显老', '也显胖'],
    severity: 'block',
    message: '嘲讽买家的身材、相貌，属于不文明用语（规则 2.4）',
    before: /(?:戴|穿|用|抹|涂|配|换|选|拿|搭|化)(?:啥|什么|哪个|哪款|哪副|哪双|哪件|哪条|哪种|哪支|哪顶)[^，。！？]{0,3}$/,
    sentence: /不是[^，。！？]{0,8}?的?问题|问题不在|跟[^，。！？]{0,8}?没(?:啥|什么)?关系|(?:别|不能|怪不了|不用)怪|怪不得[^，。！？]{0,4}(?:耳环|衣服|裙子|口红|眼镜|帽子|鞋|包|款式|东西|产品)/,
    notSentence: /我们帮|帮您换|给您换|可以换|建议|推荐|好看|显年轻|显瘦|显白|宝宝|孩子/,
    window: 30,
    deniable: false,
  },
  {
    // 就您那张大饼脸 / 你那水桶腰 — a body-shaming nickname put on the buyer; product copy (大饼脸救星, 梨形身材友好) is not.
    words: ['大饼脸', '大脸盘', '大脸盘子', '水桶腰', '象腿', '大象腿', '萝卜腿', '麒麟臂', '小短腿', '飞机场', '太平公主', '猪蹄子', '肥肚腩', '游泳圈'],
    severity: 'block',
    message: '嘲讽买家的身材、相貌，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:这|那|的)?(?:张|双|条|个|副|身)?$/,
    notSentence: /救星|福音|友好|适合|推荐|显瘦|显脸小|遮|修饰|也能|宝宝|游泳|充气/,
    deniable: false,
  },
  {
    // Round 20 (t20do): an animal's face put on the buyer (看看自己那张狗脸, 就你这猪脸还想退). Not a pet's or a toy's face
    // (您家狗狗那张狗脸太可爱了 has no 您这/您那 before it; 猪脸面具).
    words: ['狗脸', '猪脸', '驴脸'],
    severity: 'block',
    message: '嘲讽买家的相貌，属于不文明用语（规则 2.4）',
    before: /(?:您|你|自己)(?:这|那)(?:张|副)?$/,
    notSentence: /面具|玩偶|公仔|抱枕|图案|印花|款|宠物|狗狗|猫咪|可爱|萌/,
    deniable: false,
  },
  {
    // 胖成您这样还… — the buyer's body as the measure of ugliness.
    words: withSplitBody(['胖成', '丑成', '矮成', '黑成', '肥成', '老成']),
    severity: 'block',
    message: '嘲讽买家的身材、相貌，属于不文明用语（规则 2.4）',
    after: /^(?:您|你)(?:这样|这个样|那样|这德行|这个样子)/,
    grow: true,
    deniable: false,
  },
  {
    // 你这人脑子是不是有点问题 — the buyer's brain said to be faulty; not 宝宝补脑 or 怪我这脑子.
    words: ['脑子', '脑袋', '脑壳'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    after: /^(?:是不是|是|真是|怕不是|可能|肯定|绝对)?(?:有点|有|进|出了|坏)(?:问题|毛病|病|坑|水|bug|掉)/,
    sentence: /你|您/,
    notSentence: /宝宝|孩子|补脑|健脑|我这|我的|怪我|是我|dha|核桃/,
    deniable: false,
  },
  {
    // 化妆品救不了你 — the buyer beyond help.
    words: ['救不了你', '救不了您', '救不回你', '救不回您', '都救不回来', '都救不了'],
    severity: 'block',
    message: '嘲讽买家的相貌或能力，属于不文明用语（规则 2.4）',
    // 什么面霜都救不了急: 救急 / 救场 / 救火 split by 不了 (round 8), advice, not futility about the buyer.
    notAfter: /^(?:急|场|火|灾|市)/,
    deniable: false,
  },
  {
    // 您家太脏太潮 / 你家里那么脏 — the buyer's home or hands called dirty; not 您家宝宝衣服太脏的话用这款.
    words: ['太脏', '那么脏', '这么脏', '真脏', '好脏', '脏兮兮', '邋遢', '不讲卫生', '不爱干净', '脏乱差', '脏得'],
    severity: 'block',
    message: '贬低买家的卫生习惯，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:们)?(?:家|家里|屋|屋里|房间|厨房|那里|那儿|住的地方|手|身上|本人)?(?:也|可|是|太|真)?$/,
    notSentence: /洗衣|清洁|去污|洗涤|湿巾|清洗|除菌|扫地|吸尘/,
    deniable: false,
  },
  {
    // Round 44 (t44h, dev HM): the buyer's own hygiene named as the cause to look into (止汗露帮不上…建议先从个人清洁习惯查起; 问题可能出在您的卫生习惯):
    // blame put on the body, after help was given. Not hygiene advice for using the goods (使用前注意个人卫生, 养成良好的卫生习惯).
    words: ['个人清洁习惯', '个人卫生习惯', '清洁习惯', '卫生习惯', '个人卫生', '个人清洁', '洗澡习惯', '洗澡频率'],
    severity: 'block',
    message: '暗示买家的卫生有问题，属于引起他人不满的字句（规则 2.4）',
    after: /^(?:上|方面)?(?:先)?(?:查起|查查|找原因|找找原因|找问题|反思|入手|开始查|改起|抓起|改善一下|检查一下|的问题|有问题|出了问题|不太好|不好|差)/,
    notSentence: /使用前|使用后|涂抹前|用前|宝宝|婴儿|孩子|预防|养成良好|有助于/,
    deniable: false,
  },
  {
    // Round 44 (t44h, dev HM): the buyer's means mocked as straining for the goods (预算有限的话…没必要硬撑着吃进口的; 钱不够就别打肿脸充胖子).
    // Not the body told to rest (生病了别硬撑着) nor a budget answered with a cheaper option kindly.
    words: ['硬撑着', '硬撑', '打肿脸', '充胖子', '死要面子', '硬着头皮买', '勉强自己买'],
    severity: 'block',
    message: '嘲讽买家的经济能力，属于引起他人不满的字句（规则 2.4）',
    sentence: /预算|钱不够|没钱|手头紧|经济|条件|收入|工资|穷|买不起|消费不起|用不起|吃不起|进口|贵|价格|价位|档次|高端|大牌/,
    notSentence: /生病|感冒|发烧|身体|疼|累|加班|熬夜|运动|跑步|别硬撑着等|坚持不住/,
    deniable: false,
  },
  {
    // 有病就去医院 / 你算哪根葱 / 乡下来的 / 先去照照镜子 — contempt without swear words.
    words: ['有病就去医院', '有病去医院', '有病就去看', '有病吃药', '有病就吃药', '脑子有病', '去看看脑子', '算哪根葱', '哪根葱', '算老几', '算什么东西', '你也配', '也配跟我',
      '乡下来的', '农村来的', '山里来的', '没见过正经', '土鳖', '穷酸样'],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    notSentence: /不是说您|别误会|产地|原产|农场|乡下土鸡|土鳖虫|中药|野生|特产|土蜂蜜|纯天然|原生态/,
    // Round 11 (fa11b): someone else is the one ill (宝宝有病就去医院, 孩子有病先去看医生, 家里老人有病就去医院).
    notBefore: THIRD_PARTY_ILL,
    deniable: false,
  },
  {
    // Round 11: 有病 + an order to get treated (有病就去治, 有病赶紧去看医生, 有病先治治再来) — the buyer called mad; honest
    // advice with symptoms or for a child or pet (宝宝有病就去医院) is not.
    words: ['有病'],
    severity: 'block',
    message: '讽刺买家“有病”，属于不文明用语（规则 2.4）',
    after: /^(?:就|就赶紧|赶紧|快|快点|那就|先|早点|得)?(?:去|回去)?(?:治|医|看医生|看病|看看病|吃药|挂号|就医|看看脑子|瞧瞧)/,
    notSentence: new RegExp(`${MEDICAL.source}|狗狗|猫咪|宠物|家人|身体`),
    notBefore: THIRD_PARTY_ILL,
    deniable: false,
  },
  {
    // Round 11: a clumsy or useless body part pinned on the buyer (自己手残装不上还怪产品, 你手残吧, 您自己眼残看错了尺码, 是不是手贱乱按的);
    // not the agent's own (我手残点错了) nor goods for the clumsy (手残党也能轻松上手).
    words: ['手残', '手笨', '眼残', '手贱', '脑残操作', '手欠'],
    severity: 'block',
    message: '嘲讽买家手笨、眼残，属于不文明用语（规则 2.4）',
    before: /(?:您|你|自己|您自己|你自己|是不是|买家)(?:是|就是|太|真|这么|那么|真是|自己)?$/,
    notBefore: /我(?:自己)?(?:是|就是|太|真|这么|那么|真是)?$/,
    notAfter: /^(?:党|星人|友好|福音|必备|也能|都能|也会|都会)/,
    deniable: false,
  },
  {
    // Round 39 (t39b): …or with no subject, the buyer told to give up buying or using the goods (这都养不活，手残就别买花了; 手笨就别碰电钻;
    // 眼残还网购). Not the agent's own slip (我手残点错了), goods for the clumsy (手残党也能轻松上手), nor advice on an easier model (手残党建议选
    // 自动款, 手笨的话可以选免安装的).
    words: ['手残', '手笨', '眼残', '手贱', '手欠'],
    severity: 'block',
    message: '嘲讽买家手笨、眼残，属于不文明用语（规则 2.4）',
    after: /^(?:的人|的话)?(?:(?:就|也|那就)(?:别|不要|甭|少)|还(?:敢|好意思|学人家?|想|要)?)(?:再)?(?:买|用|碰|玩|养|种|网购|下单|折腾|瞎|来|动手|装)/,
    notBefore: /我(?:自己)?(?:是|就是|太|真|这么|那么|真是)?$/,
    notSentence: /建议|推荐|可以选|选这款|免安装|教程|视频/,
    deniable: false,
  },
  {
    // Round 39 (t39b): the buyer's hands, eyes or head called borrowed or rented — unfit to use (玻璃杯都能摔碎，手是借来的吧？; 尺码表都看不到，
    // 眼睛是租来的吗; 脑子是借来的吧). Not a thing borrowed (工具是借来的, 手机是借的), nor the agent's own (我这手像借来的).
    words: ['借来的', '租来的', '借来用的', '捡来的', '借的', '租的'],
    severity: 'block',
    message: '嘲讽买家手笨、眼拙，属于不文明用语（规则 2.4）',
    before: /(?<![把扶拉握抓帮助歌选杀打])(?:手|双手|两只手|手指头?|眼睛|眼珠子|眼|脑子|脑袋|脑瓜子?|耳朵)(?:是|都是|是不是|难道是|怕不是|该不会是|也是)$/,
    notBefore: /我(?:的|这|这双|自己的)?(?:手|双手|眼睛|眼|脑子|脑袋|耳朵)(?:是|都是|是不是|难道是|怕不是|也是)$/,
    deniable: false,
  },
  {
    // Round 39 (t39b): the buyer's weakness put down with the job handed to a man (是您力气太小按不住，建议让家里男人来弄; 女生就是弄不明白
    // 这些机器，叫您老公来装吧): a gender put-down. Not help offered for a heavy job with no slight (安装需要两个人，可以请家人帮忙), nor the
    // buyer's own mention of a husband (您说您老公会装).
    words: ['男人', '男的', '老公', '爷们', '爷们儿', '男同志', '汉子'],
    severity: 'block',
    message: '以性别贬低、嘲讽买家，属于不文明用语（规则 2.4）',
    before: /(?:让|叫|找|喊|换|交给|得|要)(?:家里|您家|你家|您|你)?(?:的)?(?:个)?$/,
    after: /^(?:来|帮(?:您|你)?|去)?(?:弄|用|装|修|干|操作|搞|拧|打|上手|按|使|拿)/,
    sentence: /(?:您|你)[^，。！？]{0,6}(?:力气|手劲儿?|劲儿?|力量)(?:太|也太|这么|那么|不够|小|不行|弱)|(?:女人|女生|女的|女孩子|女同志|妇女|娘们|小姑娘)(?:就是|天生|本来|哪|都|嘛|家)?[^，。！？]{0,4}(?:不会|弄不|搞不|用不|干不|玩不|不懂|不行|力气小|没力气|拿不动)|(?:您|你)(?:就是|根本|压根|真是)(?:不会|弄不来|搞不定|用不来|干不了)/,
    notSentence: /(?:您|你)(?:说|提到)(?:您|你)?(?:的)?(?:老公|男朋友)|(?:不是|并不是)(?:说)?(?:您|你)/,
    deniable: false,
  },
  {
    // Round 22 (t22dw): poor eyesight pinned on the buyer with a mocking remedy or a "don't do it again" (下次眼神不好就戴上眼镜再下单,
    // 眼神这么差还怪我们发错); not the agent's own, an elder's, nor help offered (老人家眼神不好的话，可以把字体调大).
    words: ['眼神不好', '眼神不太好', '眼神不行', '眼神差', '眼神这么差', '眼神那么差', '眼神儿不好', '眼神真差', '眼神也太差'],
    severity: 'block',
    message: '嘲讽买家眼神差，属于不文明用语（规则 2.4）',
    sentence: /戴(?:上|副|个|好)?眼镜|配(?:副|个)眼镜|放大镜|别又|还(?:怪|赖|买|拍|下单|好意思)|就别|下次/,
    notSentence: /我(?!们)|老人|长辈|爷爷|奶奶|外婆|姥姥|父母|字体|大字|老花|的话|如果|可以|建议|不方便/,
    deniable: false,
  },
  {
    // Round 22 (t22dw): the buyer's own habit blamed with a sneer, the goods cleared (有些人自己不爱洗头就别赖产品，呵呵 / 自己不会保养还好意思
    // 怪东西); not the fault fairly placed (这种情况不能怪产品，也不怪您).
    words: ['赖产品', '怪产品', '赖东西', '怪东西', '赖商品', '怪商品', '赖我们产品', '怪我们产品'],
    severity: 'block',
    message: '讽刺、挑衅买家，属于不文明用语（规则 2.4）',
    sentence: [/有些人|某些人|有的人|自己/, /呵呵|就别|别再|还好意思|还(?:赖|怪)|别(?:赖|怪)/],
    notSentence: /不能(?:全)?(?:怪|赖)|不怪|不赖|不是(?:您|你)的|(?:我|我们)(?:自己)?的(?:问题|责任|锅|错)|怪我|是我/,
    deniable: false,
  },
  {
    // Round 11: 傻 / 笨 / 呆 / 蠢 in a reduplicated manner word, said as a clause of its own or aimed (傻乎乎的，东西都不会看; 你笨手笨脚的) —
    // not goods (傻乎乎的小熊玩偶).
    words: ['傻乎乎', '傻兮兮', '傻呵呵', '傻愣愣', '傻里傻气', '笨手笨脚', '笨头笨脑', '蠢兮兮', '呆头呆脑', '憨头憨脑', '呆里呆气', '蠢头蠢脑', '毛手毛脚', '笨手拙脚'],
    severity: 'block',
    message: '辱骂性用语',
    scope: 'clause',
    // (round 38, t38g: …or blamed for the damage — 我看是您自己笨手笨脚扯坏的吧, 你自己毛手毛脚摔碎的)
    before: /^(?:真|真是|你|您|你这|您这|你真|您真|你也太|您也太|看你|瞧你|(?:我看|明明|分明|肯定|就)?(?:是)?(?:您|你)(?:自己)?)?(?:是|这么|那么|太)?$/,
    after: /^(?:的)?(?:吧|啊|呀|吗|么|嘛|了|你|样|样子|的样子)?$|^(?:地|的)?(?:给|把[^，。！？]{0,4})?(?:扯|弄|搞|摔|碰|拆|拽|掰|拧|扭|撕|踩|压|砸|用|装|拉)(?:坏|断|破|碎|裂|歪|烂|丢|掉|变形)/,
    notSentence: /玩偶|公仔|娃娃|宝宝|孩子|小朋友|狗狗|猫|小熊|可爱|萌/,
    deniable: false,
  },
  {
    // 真是个大聪明 — internet sarcasm for a fool; not a product called 大聪明学习桌.
    words: ['大聪明', '卧龙凤雏'],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    notAfter: PRODUCT_TAIL,
    deniable: false,
  },
  {
    words: ['照照镜子', '照镜子'],
    severity: 'block',
    message: '讽刺买家的相貌，属于不文明用语（规则 2.4）',
    before: /(?:先去|先|回去|回家|去|自己)$/,
    notSentence: /试戴|试穿|上脸|效果|搭配|看看效果|镜子(?:款|尺寸|材质)/,
    deniable: false,
  },
  {
    // Round 20 (t20dn): the mirror the buyer lacks, asked in mockery (家里没镜子吗？衣服不好看不一定是衣服的问题 / 您家镜子都没有一面？
    // / 建议先买面镜子再来评价): the buyer's looks blamed. Not goods (化妆包里没有镜子哦, 这款没镜子, 镜子随包裹另发).
    words: ['没镜子', '没有镜子', '镜子都没', '没面镜子', '没一面镜子', '买面镜子', '买个镜子', '买块镜子', '缺面镜子'],
    severity: 'block',
    message: '讽刺买家的相貌，属于不文明用语（规则 2.4）',
    sentence: [/(?:你|您)|家里|家|自己/, /吗|么|嘛|呢|啊|再来|再说|不好看|难看|丑|显胖|显老|问题|怪|镜子都没|一面镜子都/],
    notSentence: /化妆包|化妆盒|收纳|梳妆台|款|配件|附赠|赠送|随包裹|另发|补发|漏发|少发|缺件|少了|镜面|安装|浴室|镜柜|化妆镜/,
    deniable: false,
  },
  {
    // 这么简单的操作都不会 / 连这个都看不懂 / 您家里就没个年轻人 — contempt for the buyer's competence.
    // (round 39, t39e: in Cantonese too — 咁简单都唔识用, 连呢个都睇唔明)
    words: ['这么简单', '这点小事', '连这个', '连这都', '连这点', '咁简单', '咁简单嘅', '连呢个', '连呢啲', '连咁'],
    severity: 'block',
    message: '贬低买家的能力，属于不文明用语（规则 2.4）',
    after: /^[^，。]{0,8}?(?:都|也)(?:不会|不懂|搞不定|看不懂|弄不明白|学不会|听不懂|做不好|办不好|唔识|唔会|唔明|唔懂|睇唔明|睇唔明白|听唔明|搞唔掂|搞唔定|整唔好)/,
    notSentence: /我们|我哋|我这边|客服|小二|本店|新手|正常|没关系|唔紧要|别担心|不要紧|第一次/,
    deniable: false,
  },
  {
    words: ['没个年轻人', '没有年轻人帮', '不识字', '不认字', '看不懂字', '是文盲', '文盲吗', '眼瞎', '瞎了吗', '眼睛不好使',
      // (round 15, t15b: Chinese itself beyond the buyer, 又一个看不懂中文的)
      '看不懂中文', '不懂中文', '看不懂汉字', '中文都看不懂', '中文看不懂', '不认识字'],
    severity: 'block',
    message: '贬低买家的能力，属于不文明用语（规则 2.4）',
    // Round 11 (fa11b): a supposition about someone who cannot read, with help offered (老人家不识字的话，您可以帮他语音下单).
    notSentence: [/老人家不方便|长辈|字体大|大字版|老花/, READ_HELP],
    deniable: false,
    // Round 36 (t36d): the goods usable even without reading (说明书是图示的，不认字也能拼; 不识字的小朋友也能看懂): a claim of the product's
    // ease, said of whoever uses it — not the buyer measured against it (不识字都能看懂，你还问).
    unless: (ctx, _start, end) => usableUnread(ctx, end),
  },
  {
    // Round 12 (t12e): the buyer called unlettered in a guess or a label, however short (文盲吧 / 法盲一个 / 你是半文盲啊 /
    // 纯纯文盲). Not the word in a statistic or a campaign (扫盲, 文盲率), nor said of someone with help offered (READ_HELP).
    words: ['文盲', '法盲', '半文盲', '睁眼瞎'],
    severity: 'block',
    message: '贬低买家的能力，属于不文明用语（规则 2.4）',
    scope: 'clause',
    notAfter: /^(?:率|人口|比例|教育|班|运动|工作)/,
    notBefore: /扫|脱|(?:老人家|老人|长辈|爷爷|奶奶|外婆|姥姥|他|她|以前|过去|古代)(?:是|都是)?$/,
    notSentence: [/老人家不方便|长辈|字体大|大字版|老花|普法|科普|扫盲/, READ_HELP],
    deniable: false,
  },
  {
    // 脑子是个好东西 / 出门记得带脑子 / 长点脑子 — mocking the buyer's brains; not puzzles or brain food (动动脑子拼积木, 补脑).
    words: ['脑子是个好东西', '带脑子', '带上脑子', '长点脑子', '长长脑子', '动动脑子', '有没有脑子', '没脑子', '脑子呢', '脑子不好使', '脑子不太好', '脑子坏了', '脑袋被门夹'],
    severity: 'block',
    message: '讽刺买家的智力，属于不文明用语（规则 2.4）',
    notSentence: /宝宝|孩子|小朋友|益智|积木|拼图|游戏|补脑|健脑|dha|核桃|鱼油|我这|我们这|我自己|怪我|是我/,
    deniable: false,
  },
  {
    // 你们那边的人是不是都这么事多 — contempt for where the buyer comes from; not 你们那边的人都喜欢这款.
    // Round 69 (engfa69): …the place the buyer's own, said in the singular or near (您这地方的人都这么难伺候吗, 你那边的人), and the traits of
    // the regional list (难伺候, 小气, 斤斤计较) as well.
    words: ['你们那边的人', '你们那里的人', '你们那儿的人', '你们那的人', '你们那地方的人', '你们那种地方', '你们外地人', '你们乡下人', '你们农村人',
      '你们这地方的人', '你们这边的人', '您那边的人', '您那里的人', '您那儿的人', '您那地方的人', '您这地方的人', '您们那边的人', '您们那里的人',
      '你那边的人', '你那里的人', '你那儿的人', '你那地方的人', '你这地方的人', '您老家的人', '你老家的人'],
    severity: 'block',
    message: '地域歧视、贬低买家，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,8}(?:事多|事儿多|难搞|难缠|难伺候|素质|爱占便宜|占便宜|抠|穷|不讲理|刁|一个样|一个德行|德行|毛病|奇葩|没见过|不懂事|矫情|烦人|小气|斤斤计较|爱计较|没礼貌|没教养|没文化|野蛮|粗鲁|赖皮|耍赖)/,
    deniable: false,
  },
  {
    // 您可真是个天才，…都能问出 — sarcasm aimed at the buyer.
    words: ['真是个天才', '可真是天才', '真是天才', '真是人才', '可真是个人才', '真有你的', '佩服您的脑回路', '脑回路清奇'],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    before: /(?:您|你)?(?:可)?$/,
    // Round 39 (lead): …nor sincere praise of the buyer's idea (您真是个天才，这个凑单方法太厉害了; detect/idea-praised.ts).
    notSentence: [/宝宝|孩子|小朋友|设计师|发明|设计/, IDEA_PRAISED],
    deniable: false,
  },
  {
    // Contempt for the buyer without swear words: 乡巴佬, 巨婴买家, 戏精, 您这理解能力, 你妈没教过你.
    words: [
      '乡巴佬', '土包子', '巨婴', '戏精', '奇葩', '没家教', '没教养', '你妈没教', '你爸妈没教', '没人教你', '小学读完', '回去读书', '脑子进水', '脑子有坑',
      '绕道走', '这种人', 'low到爆', '穷鬼', '穷酸', '买不起就别', '没见过世面', '事儿精', '事精', '杠精', '矫情',
    ],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    notSentence: /不是说您|别误会|没有说您|没说您|智商税|理解能力强|宝宝|儿童|益智/,
    // 奇葩造型的杯子 / 戏精这个词: goods or the word itself
    notAfter: /^(?:造型|款|设计|外观|系列|形状|口味|这个词|这词|一词|的意思|套餐|套装|组合|专区|福音)/,
    // 没出过国的乡巴佬 is still an insult: only the sentence-level excuses above cancel it.
    deniable: false,
  },
  {
    // Round 24 (t24b): the buyer filed as a kind (这种顾客我们见多了, 您这样的顾客真难伺候) — but the kind is praised as often (有您这样的顾客是
    // 我们的福气, 我们很喜欢这样的顾客, 都是您这样懂货的顾客): a welcome, thanks or a good word in the sentence, not turned (不欢迎), files no one.
    words: ['这样的顾客', '这种顾客', '这种买家', '这样的买家'],
    severity: 'block',
    message: '讽刺、贬低买家，属于不文明用语（规则 2.4）',
    notSentence: [
      /不是说您|别误会|没有说您|没说您|宝宝|儿童/,
      KIND_PRAISE,
    ],
    notAfter: /^(?:造型|款|设计|外观|系列|这个词|这词|一词|的意思)/,
    deniable: false,
  },
  {
    // 伞兵买家 / nc买家 / 你这种low买家 / 穷鬼客户 — a contempt label put on the buyer.
    words: CONTEMPT_LABELS,
    severity: 'block',
    message: '给买家贴侮辱性标签，属于人身攻击（规则 2.4）',
    after: /^(?:买家|客户|顾客|客人|玩意|东西|一个|一枚)/,
    notSentence: /不是说您|别误会/,
    grow: true,
    deniable: false,
  },
  {
    // 你丫 / 丫的 / 丫挺的 — Beijing-dialect vulgarity; not 你丫头 / 脚丫 / 丫鬟.
    words: ['你丫', '丫的', '丫挺', '丫头养的'],
    severity: 'block',
    message: '方言粗口（你丫），属于不文明用语（规则 2.4）',
    notBefore: /(?:脚|小|鸭|枝|树|丫)$/,
    notAfter: /^(?:头|鬟|环|杈|丫|蛋)/,
    deniable: false,
  },
  {
    // 就你这审美 / 凭您这身材还想… — mocking the buyer's looks, taste or means; praise (就您这身材穿什么都好看) is not.
    words: ['就你这', '就您这', '就你那', '就您那', '凭你这', '凭您这', '看你这', '瞧你这', '瞅你这', '就你这种', '你这副', '您这副'],
    severity: 'block',
    message: '嘲讽买家的相貌、品味或经济条件，属于不文明用语（规则 2.4）',
    after: /^(?:个|副|种|点|点儿)?(?:审美|品味|品位|眼光|身材|长相|脸|样子|模样|德行|德性|智商|水平|条件|收入|工资|经济条件|消费水平|消费能力|素质|脑子|理解力|颜值|体型|体重|穷样|穷酸样|土样|肤色|皮肤|肤质|底子|发际线|发量|头发|脚|手|脸型|五官|腿型|年纪|岁数|个子|腿|腰|肚子|身板|小身板|见识|能耐|本事|出息|眼界|学历|文化|脑瓜|脑袋)/,
    notSentence: COMPLIMENT,
    grow: true,
    deniable: false,
  },
  {
    // Round 20 (t20dp): the buyer's looks or taste given a bad verdict (是您这张脸底子太差了, 跟您的眼光一样不太行, 你的审美真不咋地);
    // not a condition met with advice (如果您的底子比较差的话建议先修护) nor praise (您的眼光真好).
    words: ['底子', '审美', '眼光', '品味', '品位', '颜值', '长相', '五官'],
    severity: 'block',
    message: '贬低买家的相貌或品味，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:这|的|那)?(?:张|个|副|种|身)?(?:脸|皮肤)?(?:的)?$/,
    after: /^(?:一样|也|是|真|实在|确实|本来就|就)?(?:太|也太|这么|那么|有点|真|就|可)?(?:差|烂|不行|不太行|不怎么样|不咋地|不咋样|堪忧|拉胯|感人|一言难尽|有问题)/,
    notSentence: /(?:如果|假如|万一|要是)(?:您|你)|(?:差|不行|一般|有问题)的话|建议|推荐|适合|不用担心|别担心|不用怕|不差|不会差|我的|我这/,
    deniable: false,
  },
  {
    // Round 20 (t20dp): the buyer's household means sneered at with a rhetorical 是有多… (家里日子是有多难啊, 您家是得有多穷啊);
    // not sympathy (大家日子都不容易，我们理解).
    words: ['有多难', '有多穷', '有多紧', '有多苦', '有多困难', '有多拮据', '多揭不开锅'],
    severity: 'block',
    message: '嘲讽买家的经济条件，属于不文明用语（规则 2.4）',
    before: /(?:日子|家里|家境|手头|生活|家底|您家|你家)(?:过得|过的)?(?:是|得|是得|该)$/,
    after: /^(?:啊|呀|吧|哦|哈|呢|啦)/,
    notSentence: /理解|不容易|辛苦|心疼|帮您|帮你|抱歉|对不起/,
    deniable: false,
  },
  {
    // Round 11: 瞅你那样，买得起吗 / 就你这样还想退款 — the buyer's whole bearing (a bare 样) closing the clause or met with a sneer;
    // not 就您这样操作就可以了 (do as you did) nor 样式.
    words: ['就你这', '就您这', '就你那', '就您那', '看你这', '瞧你这', '瞅你这', '看你那', '瞧你那', '瞅你那', '看您那', '瞧您那', '瞅您那'],
    severity: 'block',
    message: '嘲讽买家的相貌、品味或经济条件，属于不文明用语（规则 2.4）',
    after: /^样儿?(?:$|还|也|能|就|配|买得起)/,
    notSentence: COMPLIMENT,
    grow: true,
    deniable: false,
  },
  {
    // 这么胖还买修身款 / 穷成这样还网购 — shaming the buyer's body or means.
    words: withSplitBody(['长这样', '长那样', '这么抠', '那么抠', '这么小气', '那么小气', '这么胖', '那么胖', '这么肥', '那么肥', '太胖了', '这么矮', '那么矮', '这么丑', '那么丑', '这么黑', '胖成这样', '丑成这样', '矮成这样', '穷成这样', '长成这样', '这么穷', '那么穷', '脸这么大', '脸那么大', '脸大', '腿这么粗', '腿那么粗', '腿粗', '这么粗', '那么粗', '一把年纪', '年纪一大把', '这么大岁数', '那么大岁数', '这把岁数', '这个岁数', '这把年纪', '这么大年纪', '那么大年纪', '一大把年纪', '老大不小', '脚那么臭', '脚这么臭', '臭成这样', '老成这样', '这么老', '黑成这样', '没钱的主', '穷人一个',
      // round 35 (t35b): fat likened to a ball or a pig (胖成个球了还买XS)
      '胖成球', '胖成个球', '胖成猪', '胖成那样', '肥成猪', '肥成球', '胖得跟球', '胖得像球', '胖得像猪', '胖成个猪',
      // round 39 (t39b): the bald or the skinny mocked for buying (秃成这样还买理发器，剪空气吗？; 瘦成这样还买健身环)
      '秃成这样', '秃成那样', '这么秃', '那么秃', '秃了还', '头都秃了', '头发都没几根', '没几根头发', '瘦成这样', '瘦成那样', '瘦成猴', '瘦得跟猴',
      // round 41 (t41d): wide feet, poor skin (脚这么宽还非买意大利楦; 皮肤差成这样还…; 黑成这样了才想起防晒)
      '脚这么宽', '脚那么宽', '脚这么大', '脚那么大', '大脚板', '差成这样', '糙成这样',
      // round 41 (t41j): stinginess, shaky hands, clumsiness or sloth as the bar to the goods (抠成这样还吃什么麦卢卡; 手抖成这样还买微单)
      '抠成这样', '抠成那样', '抠门成这样', '手抖成这样', '抖成这样', '笨成这样', '懒成这样', '穷成那样']),
    severity: 'block',
    message: '嘲讽买家的身材、相貌或经济条件，属于不文明用语（规则 2.4）',
    // (round 41, t41d: 还非要买, 怪谁, 才想起 — too late for the buyer's body)
    sentence: /还(?:非要?|偏要?|硬要?)?(?:买|穿|想|要|敢|好意思|网购|问|来|挑|用|涂|装|学|吃|喝|玩)|就别|别买|别穿|先减|减减肥|减完肥|省省|配(?:穿|买|用)|不配|像个|一看就是|别怪|别赖|怪谁|怪不得|才(?:想起|想到|知道|来)|(?:什么|啥|哪[个双件款条]?)[^，。]{0,4}都(?:一样|白搭|没用|勒|紧|小|挤|穿不上|戴不上|救不|遮不住|盖不住)/,
    notSentence: /宝宝|孩子|狗狗|猫咪|宠物|不胖|不算胖|遮肉|不用担心|别担心|偏胖的|微胖|正常(?![吗么嘛])|朋友|我(?!们)|长辈|适合|显脸小|修饰|建议(?:选|拍|买|大|加|您选)/,
    deniable: false,
  },
  {
    // Round 38 (t38d): the buyer's own show, photo or look called an eyesore (笑死，您这买家秀太辣眼了; 你这自拍真没眼看; 您穿上这身简直不忍直视)
    // — not the goods or a model's photo (这个配色有点辣眼, 洗发水不辣眼), others' shows (网上好多买家秀辣眼睛), or a denial (一点都不辣眼).
    words: ['辣眼', '辣眼睛', '没眼看', '不忍直视', '伤眼睛', '惨不忍睹', '看吐了', '眼睛疼', '瞎眼'],
    severity: 'block',
    message: '嘲讽买家的照片或相貌，属于不文明用语（规则 2.4）',
    sentence: /(?:您|你)(?:这|的|那|发的|晒的|拍的)?(?:个|张|组|套|身)?(?:买家秀|照片|自拍|晒图|返图|上身|穿搭|造型|打扮|样子|长相|脸|视频|图)|(?:您|你)(?:穿|戴|涂|化|拍)(?:上|起来|出来|的)/,
    notSentence: /不辣眼|别人|网上|有些|很多|好多|一些|模特|实物|我们(?:的|家)(?:图|模特|照片)|配色|颜色|洗发|沐浴|泡泡|防晒|眼霜|不(?:会|要|用)|没有/,
  },
  {
    // Round 38 (t38k): the same show, photo or look called plain ugly (您这买家秀一点都不好看; 你的自拍真丑; 您这穿搭也太难看了): the word
    // right after the buyer's own show or look, only degree words between — not the goods (这款颜色不好看), others' shows (网上的买家秀
    // 都很丑), the camera's fault (光线问题拍出来不好看), or a denial (一点都不难看). Round 39: 图 counts only as the picture the
    // buyer sent or posted (你晒的图好丑), not any 图; 丑橘/丑柑 are fruit (HONEST_TAIL).
    words: ['不好看', '难看', '丑', '丑死', '好丑', '真丑', '太丑', '丑爆'],
    severity: 'block',
    message: '嘲讽买家的照片或相貌，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:这|的|那|(?:发|晒|拍)的(?:这|那)?|本人)?(?:个|张|组|套|身|几张)?(?:买家秀|照片|自拍|晒图|返图|穿搭|造型|打扮|长相|模样|颜值|素颜|脸蛋|妆容|(?<=(?:发|晒|拍)的(?:这|那)?(?:张|组|几张)?)图(?:片)?)(?:也|又|还|就|是|真|可真|真的|实在|简直|都|太|也太|好|很|挺|有点|有些|特别|一点(?:儿)?都|一点(?:儿)?也|怎么这么|这么|那么)*$/,
    notAfter: /^(?:橘|柑)/,
    notSentence: /(?:您|你)(?:说|觉得|担心|嫌|怕|提到|自己说)|别人|网上|有些|很多|好多|模特|实物|商品|产品|这款|颜色|配色|光线|角度|灯光|像素|拍摄|镜头|模糊|色差|瑕疵|破损|不(?:会|要|用)(?:难看|不好看|丑)|没有(?:难看|不好看|丑)|并不(?:难看|丑)/,
  },
  {
    words: ['先减肥', '先减减肥', '先去减肥', '减减肥再来', '减完肥再来', '减完肥再买', '减减肥再买', '回去减肥', '回家减肥', '先瘦下来'],
    severity: 'block',
    message: '让买家“先减肥”，嘲讽身材，属于不文明用语（规则 2.4）',
    notSentence: /不用|不必|无需|别担心|代餐|运动|健身|搭配|宝宝|狗狗|猫/,
  },
  {
    // Round 40 (t40c): the buyer sent to a psychiatrist over a bodily complaint or a claim (您说吃了头晕要我们赔十万，建议您先去挂个精神科; 过敏
    // 了还要精神损失费？先去精神病院看看吧): no dizziness or rash is a psychiatrist's, so the body's words are no honest context here — only
    // the mind's (失眠, 焦虑, 情绪) or a patient's care (医嘱, 用药) are.
    words: ['精神科', '精神病院', '精神病医院', '精神卫生中心', '心理医生', '看心理'],
    severity: 'block',
    message: '讽刺买家“有病”，属于不文明用语（规则 2.4）',
    sentence: MEDICAL,
    notSentence: MIND_CARE,
    deniable: false,
  },
  {
    // 建议您挂个脑科 / 药不能停 / 出门忘吃药了 — sarcasm that the buyer is mad; honest medical advice is not.
    words: ['脑科', '精神科', '神经科', '精神病院', '精神病医院', '脑外科', '神经内科', '精神卫生中心', '看看脑子', '查查脑子', '检查一下脑子', '挂个眼科', '挂眼科', '病得不轻', '有病得治', '得治治', '吃错药', '心理医生', '看心理', '药不能停', '药别停', '该吃药了', '忘吃药', '忘了吃药', '没吃药', '吃药了没', '吃药了吗', '又犯病', '犯病了'],
    severity: 'block',
    message: '讽刺买家“有病”，属于不文明用语（规则 2.4）',
    // (round 68, engfa68: …nor a trouble of the mind named as the reason for the clinic — 有抑郁情绪的话建议找专业的心理医生)
    notSentence: [MEDICAL, MIND_TROUBLE_NAMED],
    deniable: false,
  },
  {
    // Round 60 (eng60a): the buyer's eyes sent for a check-up as the jab for missing what is plain (我劝你去医院看看眼科，这么明显的生产日期都看不到;
    // 要不要去查查视力，颜色标得清清楚楚) — the plainness in the sentence. Not advice for a real eye problem (MEDICAL), nor a check before glasses.
    words: ['看看眼科', '看眼科', '查查眼科', '去眼科', '查查视力', '测测视力', '看看视力', '检查视力', '查一下视力', '配副眼镜', '配个眼镜', '换副眼镜'],
    severity: 'block',
    message: '讽刺买家眼睛“有病”，属于不文明用语（规则 2.4）',
    sentence: /这么明显|那么明显|这么大|那么大|清清楚楚|明明白白|写着呢|标着呢|都看不(?:到|见|清|出来)|看不见吗|看不到吗|没长眼|瞎/,
    notSentence: MEDICAL,
    deniable: false,
  },
  {
    // Round 36 (t36c): the buyer's memory or wits sent for a check-up, as the jab for asking again (建议先去医院查查记性哦, 您这记性该去
    // 医院看看了, 挂个号测测记忆力吧) — a hospital or a check-up in the sentence. Not honest advice for an elder or a symptom (MEDICAL:
    // 老人, 症状…), nor our own memory (我这记性该去查查了).
    words: ['记性', '记忆力', '记忆', '脑子', '脑袋', '智商', '脑回路'],
    severity: 'block',
    message: '讽刺买家记性或脑子“有病”，属于不文明用语（规则 2.4）',
    before: /(?:查查|查一查|查一下|查下|看看|看一看|看一下|检查一下|检查检查|检查|测测|测一测|测一下|瞧瞧|治治|治一治|修修)(?:您的?|你的?)?$/,
    sentence: /医院|医生|挂号|挂个|看病|体检|门诊|大夫/,
    notBefore: /(?:我|我们|自己|本人|小编|客服)(?:的)?(?:查查|查一查|查一下|查下|看看|看一看|看一下|检查一下|检查检查|检查|测测|测一测|测一下|瞧瞧|治治|治一治|修修)$/,
    notSentence: [MEDICAL, /(?:我|我们|小编|客服)(?:这|的)?(?:记性|脑子|记忆力)/],
    deniable: false,
  },
  {
    // Round 36 (t36c): …or the buyer's memory itself sent to hospital (您这记性该去医院看看了, 你的记性得去挂个号).
    words: ['记性', '记忆力', '脑子'],
    severity: 'block',
    message: '讽刺买家记性或脑子“有病”，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|这个)?$/,
    after: /^[^，。！？]{0,6}?(?:去医院|上医院|挂(?:个)?号|看(?:看)?医生|看大夫|去看看|去查查|去治治|去检查)/,
    notSentence: MEDICAL,
    deniable: false,
  },
  {
    // 交智商税 aimed at the buyer: 智商税交得很开心吧 / 您这是交了智商税; 不是智商税 / 别交智商税 are not.
    words: ['智商税'],
    severity: 'block',
    message: '讽刺买家“交智商税”，属于不文明用语（规则 2.4）',
    sentence: [/你|您/, /(?:交|缴|上|付)(?:了|过|的|个)?智商税|智商税(?:交|缴)/],
    // 很多人觉得保健品是交智商税 reports a worry to answer it; 不交点智商税都可惜 is still the sneer
    notSentence: /不是智商税|不算智商税|别交|不用交|不会交|不怕|(?:觉得|认为|以为|担心|怀疑|质疑|说|怕)[^，。]{0,8}智商税/,
  },
  {
    // Round 42 (t42j): the tax on fools paid with relish, the payer left unnamed (智商税交得挺开心啊 / 这智商税缴得真痛快 / 又交了一波智商税吧) —
    // 交得/又交 already aim it at whoever paid. Not the worry answered (有人说是智商税，其实…) nor advice (别交这种智商税).
    words: ['智商税'],
    severity: 'block',
    message: '讽刺买家“交智商税”，属于不文明用语（规则 2.4）',
    sentence: /智商税(?:又|也|倒是?|可)?(?:交|缴|上|付)(?:得|的)(?:挺|很|真|可|够|蛮|还挺|还真|倒是|那叫一个|是真)?(?:开心|爽|痛快|值|欢|乐呵|起劲|积极|勤|顺手|明白|心甘情愿|大方)|(?:又|再|还)(?:交|缴|上|付)(?:了)?(?:一波|一笔|一回|一次|点)?智商税/,
    notSentence: /不是智商税|不算智商税|别交|不用交|不会交|不怕|(?:觉得|认为|以为|担心|怀疑|质疑|说|怕)[^，。]{0,8}智商税|我们|本店|小店/,
    deniable: false,
  },
  {
    // Round 42 (t42j): the buyer's slip turned into a danger to others (这么点事都搞不定，开车可别也这么迷糊，别害了别人 / 就您这马虎劲，
    // 上路别祸害别人). A trait of the buyer's named beside the harm. Not a safety warning about the goods (改装电池会害了别人，请勿私改;
    // 过期药别转送，免得害了别人).
    words: ['害了别人', '害别人', '祸害别人', '祸害人', '坑了别人', '连累别人', '出去害人', '害了人家', '伤着别人', '撞了别人'],
    severity: 'block',
    message: '把买家的失误说成会害人，羞辱买家（规则 2.4）',
    sentence: /(?:这么|那么|这样|这种|这点|这副)(?:迷糊|糊涂|马虎|粗心|笨|蠢|傻|不靠谱|没脑子|毛手毛脚|丢三落四)|(?:这么|这)点(?:小)?事(?:都|也)|(?:这|您这|你这)(?:水平|技术|脑子|记性|马虎劲|迷糊劲|糊涂劲)|都搞不定|都弄不明白|都不会/,
    notSentence: /请勿|切勿|不要私自|禁止|以免|免得|安全起见|为了安全|宝宝|孩子|小朋友/,
    window: 40,
    deniable: false,
  },
  {
    // Round 42 (t42j): the gamer's put-down — bad at it, so practise, and don't blame the gear (菜就多练，手柄没坏 / 技术菜别怪鼠标 / 别甩锅给耳机).
    // Not the shop owning its own fault (我们不甩锅) nor food (菜就多放点盐).
    words: ['菜就多练', '菜就多练练', '菜就练', '菜就别怪', '技术菜', '技术太菜', '水平太菜', '手太菜', '自己菜'],
    severity: 'block',
    message: '嘲讽买家技术差，属于不文明用语（规则 2.4）',
    notSentence: /我们|本店|小店|我自己|我也菜|我比较菜|我很菜/,
    notAfter: /^(?:园|地|场|市|谱|单|品|籽|苗|刀|板|篮|系|汤|饭|色|式)/,
    deniable: false,
  },
  {
    words: ['别甩锅', '少甩锅', '甩什么锅', '甩啥锅', '不要甩锅', '别往我们身上甩', '甩锅给'],
    severity: 'block',
    message: '指责买家“甩锅”，态度恶劣（规则 2.4）',
    // the buyer's fault denied back at them: the gear is fine (手柄没坏, 鼠标好好的) or the buyer's skill named
    sentence: /没坏|好好的|没问题|没毛病|(?:您|你)(?:自己)?(?:的)?(?:问题|技术|水平|操作|不会)|菜|多练|自己(?:的)?(?:问题|操作)/,
    notBefore: /(?:我们|我|本店|小店|客服|快递|物流)(?:不会|绝不|从不|不|也不)?$/,
    notSentence: /我们(?:不会|绝不|从不|不)甩锅/,
    window: 30,
    deniable: false,
  },
  {
    // Round 42 (t42j): the buyer's cheap habit or class as a bar to the goods (喝惯二锅头的就别来凑这个热闹了 / 穿惯地摊货的就别看这个牌子了 /
    // 买不起的就别跟着掺和). Not advice for a habit (喝惯白酒的可以试试这款高度的; 穿惯平底鞋的先选低跟) nor a crowd (人多就别来凑热闹).
    words: ['凑这个热闹', '凑热闹', '凑啥热闹', '凑什么热闹', '掺和', '瞎掺和', '看这个牌子', '惦记了', '惦记这个'],
    severity: 'block',
    message: '拿买家的消费习惯、身份嘲讽买家“不配”，属于不文明用语（规则 2.4）',
    before: /(?:[喝吃穿用抽戴开住玩]惯了?|买不起|消费不起|用不起|舍不得花钱|没见过世面|不识货|地摊|拼多多|批发市场)[^，。！？]{0,10}?的(?:人|朋友|主儿|那种)?(?:就|还是|也)?(?:别|不要|甭|少)(?:来|跟着|在这)?(?:瞎)?$/,
    notSentence: /可以试试|建议|推荐|先选|不妨|人多|排队|高峰|错峰/,
    deniable: false,
  },
  {
    // 几十块的东西也好意思… / 真够寒碜的 — contempt for how little the buyer spent.
    words: ['也好意思', '还好意思', '真好意思', '倒好意思'],
    severity: 'block',
    message: '讽刺、羞辱买家，属于不文明用语（规则 2.4）',
    scope: 'clause',
    // what the buyer shamelessly does next; also keeps 您还好，意思是… (a break inside the anchor) out
    // (round 12: 这种低级问题也好意思拿出来问)
    after: /^(?:再|又|来|去|还|一直)?(?:拿出来|拿来|发出来)?(?:要|问|申请|说|来|找|退|换|投诉|给|提|让|催|开口|讲|计较|索赔|闹|砍价|讲价|嫌|挑|吗|啊|呢|$)/,
    notBefore: /(?:我|我们|咱|咱们|本店|小店|商家|客服)[^，]{0,6}$/,
    deniable: false,
  },
  {
    // Round 35 (t35a): stinginess or ignorance predicated on the buyer, with nothing but an intensifier between (您可真够抠的, 你也太小气了,
    // 你就是个不识货的, 您真是没见识) — not our side (我们老板小气), a denial (您一点都不抠), a hypothesis or a condition (您是外行的话…),
    // nor the buyer's own words about us (您嫌我们小气).
    words: ['抠', '抠门', '抠搜', '小气', '吝啬', '不识货', '不懂行', '没见识', '没见过世面', '穷酸'],
    severity: 'block',
    message: '说买家“抠门、小气、不识货”，贬低买家（规则 2.4）',
    before: /(?:你|您)(?:这人|这个人)?(?:可|也|真|就|还|又|实在|确实|本来|根本|简直|绝对|真的|真是|就是|也是|可是|实在是|是)*(?:个|一个)?(?:够|真够|这么|那么|好|挺|太|特别|超|贼|巨|忒|老)?$/,
    after: /^(?:了|的|啊|吧|呀|啦|哦|呢|人|鬼|的人|的主|$)/,
    notAfter: /^的话|^(?:的)?(?:地方|部分|问题|东西|时候)/,
    scope: 'clause',
    hypothetical: true,
    asked: true,
  },
  {
    words: ['寒碜', '寒酸', '穷酸', '穷得', '抠门', '抠搜', '抠抠搜搜'],
    severity: 'block',
    message: '嘲讽买家的经济条件，属于不文明用语（规则 2.4）',
    sentence: /你|您|买家|真够|好意思|几十块|几块钱|这点钱|这么点钱|[一二三四五六七八九十两几0-9]+(?:块|毛|分)钱?|不嫌/,
    notSentence: /包装|外观|盒|赠品|我们|小店|本店|不是说您|别误会|不寒碜|不抠/,
    // Round 22 (t22bz): our own side teased, not the buyer (老板平时挺“抠门”的😂, 我这人比较抠门; '抠门的' left the contempt list above).
    notBefore: OWN_SIDE_TEASED,
    deniable: false,
  },
  {
    // 纯纯的zz / 真是个sjb / 一群nc — slang insults after an intensifier, no pronoun needed.
    words: SLANG_INSULTS,
    severity: 'block',
    message: '辱骂性用语',
    scope: 'clause',
    before: /(?:真|真是|纯纯的?|纯|简直|简直是|就是|妥妥的?|一群|一帮|一伙|什么)(?:个|一个|的)?$/,
    // the clause ends on the insult (or its label noun): 就是NC色号 / 就是NT版 name goods
    after: /^(?:吧|啊|呀|吗|么|嘛|了|你|你们|吧你|一个|一枚|买家|客户|顾客|玩意|东西)?$/,
    deniable: false,
  },
  {
    // Round 27 (t27b): a slang label headed by the buyer's failing, 连…都…的zz (连这点时间都算不明白的zz我还是头一回见, 连说明书都看不懂的nc):
    // the 连…都 + a failure (不/没, or a verb's 不 complement: 问不清楚, 等不了) names a person by what they cannot do. Not 连续/连锁/连衣裙, nor a shade or model code (连遮瑕都盖不住的NC20色号).
    words: SLANG_INSULTS,
    severity: 'block',
    message: '辱骂性用语',
    before: /(?<![a-z])连(?!续|锁|衣|接|体|帽|带|同|夜|号|连)[^，。！？]{1,14}?(?:都|也)[^，。！？]{0,3}?(?:不|没)[^，。！？]{0,8}的$/,
    notAfter: /^(?:[0-9]|色号|色|版|系列|款|码|号|型|版本|积木|玩具)/,
    deniable: false,
  },
  {
    // 这平台啥德行 / 看你那德行 — contempt for anyone's character.
    words: ['啥德行', '什么德行', '那德行', '这德行', '啥德性', '什么德性', '那德性', '这德性', '那副德性', '这副德性', '那副德行', '这副德行', '一个德行', '那熊样', '这熊样', '那怂样', '那副嘴脸', '这副嘴脸'],
    severity: 'block',
    message: '贬损他人品行，属于不文明用语（规则 2.4）',
    notSentence: /品德|美德|修养/,
    deniable: false,
  },
  {
    words: withSplitKin(VULGAR),
    severity: 'block',
    message: '脏话/粗口，属于不文明用语',
    deniable: false,
    // 沙雕风手机壳 / 沙雕文案: the word names a style of goods
    notAfter: /^(拟|稿|莓|本|地|作|心|办|练|持|劳|狗|猫|牌|品牌|系列|同款|风|图案|文案|表情|手机壳|周边)/,
    // Round 17 (fa17): 沙雕 the sand sculpture (沙雕模具给小朋友在海边玩沙子用; 沙雕节) — beach and sand talk, nobody addressed.
    // Round 17: 为啥比专柜便宜 — 啥 "why" then 比 "than", no 啥比 at all.
    unless: (ctx, start, end) => latinInLink(ctx, start, end) || // round 48 (t48e)
      (ctx.compact.slice(start, end) === '啥比' && /(?:为|凭|干|咋|因为|是)$/.test(ctx.before(start, 2)) && /^(?:专柜|别|其他|外面|国内|官方|商场|实体|超市|免税|直播|他们|我们|平时|原价|之前|上次|以前|这|那|市场|[^，。！？]{0,6}(?:便宜|贵|低|高|好|差|快|慢|多|少))/.test(ctx.after(end, 10))) || // Round 42 (t42j): 西八 across a word edge — 东西八成新, 广西八角, 山西八月: a word ending in 西 then a number 八 with its unit.
      (ctx.compact.slice(start, end) === '西八' && /[东中山广陕江巴关泰兰辽]$/.test(ctx.before(start, 1)) && /^(?:成|折|个|件|块|十|百|千|万|点|号|毛|元|斤|两|年|月|日|天|小|分|岁|寸|米|公|角|宝|卦|方|音|爪|只|条|台|套|张|瓶|盒|包|袋|箱|种|样|款|次|位|人|克|升|层|[0-9])/.test(ctx.after(end, 2))) ||
      (ctx.compact.slice(start, end) === '沙雕' && /沙滩|海边|沙子|玩沙|沙雕(?:节|展|模具|工具|玩具|城堡|作品)|堆沙|沙堡|铲子|水桶/.test(sentenceOf(ctx, start, end)) && !/(?:你|您)(?:这个|真|就是|是个|个)?沙雕|沙雕(?:买家|玩意|东西|客户)/.test(sentenceOf(ctx, start, end))),
  },
  {
    words: ['卧槽', '我操', '我草', '我艹', '握草', '卧草', '沃日', '我靠'],
    severity: 'block',
    message: '粗口感叹词，属于不文明用语',
    deniable: false,
    notAfter: /^(拟|稿|莓|本|地|作|心|办|练|持|劳|谱|着|自|它|这|近|的|你们)/,
    fix: '',
  },
  {
    // 妈的 only as an interjection: 宝妈的首选 / 孕妈的营养 / 给妈妈的 are fine.
    words: ['妈的'],
    severity: 'block',
    message: '粗口感叹词，属于不文明用语',
    scope: 'clause',
    before: /(?:^|他|你|真|tm|特么|真他)$/,
    // Round 40 (t40j): 你妈的 as the second of two parents or before their papers (你爸或者你妈的身份证, 用你妈的手机号注册): see 你妈 below.
    notBefore: /(?:或者|或是|或|还是|以及|和|跟|、)你$/,
    // Round 12: the English verb spelt like its pinyin (Made in Germany, made by hand) is no interjection.
    notAfter: new RegExp(`^(?:in|by|of|for|with|from|to|up|it|out|sure|of|${KIN_PAPERS})`),
    deniable: false,
  },
  {
    // Round 23 (t23dx): 他妈 masked as 特么 / 他喵 / 踏马 and put in as an intensifier (特么能不能别催了, 真特喵烦, 你踏马看清楚): these
    // spellings have no honest sense. Not 么么哒 (特么么哒 is no word) nor a cat mewing (他喵喵叫).
    words: ['特么', '特喵', '他喵', '她喵', '踏马', '特马', '塔玛', '他么', '她么'],
    severity: 'block',
    message: '变形的脏话（“他妈”的谐音）',
    notBefore: /(?:叫|喊|给|跟|和|让|问|请)$/,
    notAfter: /^(?:么哒|喵|叫|一声|们|妈|儿|的话|哒)/,
    // Spelt in latin (tama, tema) it is a brand or a word (TAMA drums, tema) unless the sentence is whole pinyin abuse.
    latinSentence: LATIN_TAMA,
    deniable: false,
  },
  {
    // Round 34 (t34a): 他马 / 她马 are also a pronoun before a word that starts with 马 — 她马上联系您, 他马虎了, 她马甲线 —
    // so the masked 他妈 needs its 马 to stand alone (你他马能不能别催).
    words: ['他马', '她马'],
    severity: 'block',
    message: '变形的脏话（“他妈”的谐音）',
    notBefore: /(?:叫|喊|给|跟|和|让|问|请)$/,
    notAfter: /^(?:么哒|喵|叫|一声|们|妈|儿|的话|哒|上|虎|甲|桶|克|卡|丁|来|赛|拉|尾|蹄|油|鞍|达|路|铃|匹|戏|术|球|车|年|月|日|力)/,
    latinSentence: LATIN_TAMA,
    deniable: false,
  },
  {
    // Round 23 (t23dx): 他妈 itself as an intensifier after a subject or an adverb (你他妈能不能别催, 真他妈烦, 我他妈说了八遍) — not his
    // mother (给他妈买的, 他妈妈说, 收件人是他妈, 那他妈怎么说).
    words: ['他妈', '她妈'],
    severity: 'block',
    message: '脏话（“他妈”作骂人的加强语）',
    // (round 42, t42g: …or after 少 / 别 telling the buyer off — 少他妈废话, 别他妈催了; not 至少/多少, 特别/分别)
    before: /(?:你|您|我|老子|真|这|太|就|又|都|简直|实在|能不能|怎么|咋|什么|谁|(?<![至多减缺])少|(?<![特分区告级差识辨])别)$/,
    notBefore: /(?:给|跟|和|让|问|请|替|帮|为|是|找|对|叫)[^]{0,1}$/,
    notAfter: /^(?:妈|们|家|爸|和|跟|说了算|让|的(?:生日|礼物|身体|意见|话|年纪|电话|手机|地址|名字|账号))/,
    latinSentence: LATIN_TAMA,
    deniable: false,
  },
  {
    words: ['tm'],
    severity: 'block',
    message: '脏话缩写（TM=他妈）',
    before: /(?:你|他|真|我|这|能不能)$/,
    deniable: false,
  },
  {
    // Round 39 (t39h): …and after 自己 (是你自己tm摔的吧, 自己tm弄坏的). Not a trademark the shop marked itself (我们自己TM标注的是申请中的商标).
    words: ['tm'],
    severity: 'block',
    message: '脏话缩写（TM=他妈）',
    before: /自己$/,
    notSentence: /商标|注册|符号|标志|标识|r标|品牌|标注|申请/,
    deniable: false,
    unless: symbolGlyph,
  },
  {
    words: ['tm'],
    severity: 'block',
    message: '脏话缩写（TM=他妈）',
    after: /^(?:的|地|能|是|就|还|都|再)/,
    // 包装上的™是商标符号: the trademark sign folds to tm (round 7)
    notSentence: /商标|注册|符号|标志|标识|r标|品牌/,
    deniable: false,
    // 包装上的™是商标符号, XX™的设计: the ™ sign marks a trademark (你™的 / 真™ keep the cue above).
    unless: symbolGlyph,
  },
  {
    // Round 11: B written as 13 (S13, 傻13, 煞13) — the letter's lookalike digits; not a size or model (S13码, S13系列, 型号S13).
    words: ['s13', '傻13', '煞13', '沙13'],
    severity: 'block',
    message: '脏话缩写（13=B）',
    deniable: false,
    notBefore: /[a-z0-9]$/,
    notAfter: /^(?:[0-9a-z]|码|号|系列|款|型|版|pro|max|寸|英寸|mm|cm|毫米|厘米|尺码|plus)/,
    notSentence: /型号|缩写|款号|货号|编号|代号|简称|尺码|码数|手机|耳机|手表|镜头/,
  },
  {
    // SB, but not Nike SB (a skateboarding line).
    words: ['sb', '2b'],
    severity: 'block',
    message: '脏话缩写',
    deniable: false,
    notBefore: /(?:nike|耐克|dunk|铅笔|2b铅)$/,
    // SB-200 / SB是系列缩写: a model code (round 7)
    notAfter: /^(?:dunk|系列|款|板鞋|联名|滑板|铅笔|铅|[0-9])/,
    notSentence: /型号|缩写|款号|货号|编号|代号|简称/,
    unless: pencilGrade,
  },
  {
    // 傻1逼, 煞2笔: a digit or letter pushed into the word.
    words: ['傻', '煞', '沙'],
    severity: 'block',
    message: '拆字脏话',
    deniable: false,
    after: /^[0-9a-z]{1,2}(?:逼|比|屄|叉|屌|吊|缺|帽|笔)/,
    grow: true,
  },
  { words: MILD_VULGAR, severity: 'warn', message: '粗俗用语，客服沟通中请避免', deniable: false },
  {
    words: withSplitBody(INSULT_NOUNS),
    severity: 'block',
    message: '侮辱性称呼，属于人身攻击',
    unless: echoedThenDenied,
    // 白眼狼这个词 names the word, it calls no one anything
    // 二百五十毫升 is a volume
    // 穷鬼套餐 is the name of a budget bundle
    notAfter: /^(狗|猫|利用|回收|处理|箱|桶|袋|分类|人士|儿童|人群|患者|变|理|学|科|内科|性|医|症|片|牌|品牌|系列|款|同款|辣酱|酱|辣椒|玩偶|公仔|玩具|t恤|卫衣|贴纸|表情包|十|[0-9]|毫升|ml|克|元|块|g|这个词|这词|一词|这个成语|这个说法|的意思|套餐|套装|组合|专区|福音)/,
  },
  {
    // Round 35 (t35a): a name-calling noun as the reply's opening address, a clause of its own (傻鸟，地址自己填错了还怪我们？; 饭桶，说了三遍了):
    // the vocative is aimed at the buyer without 你 — not the word in a longer phrase (傻瓜式操作, 猪头肉) or a pet told about later.
    words: ['傻鸟', '傻驴', '蠢狗', '蠢驴', '猪头', '饭桶', '废柴', '傻瓜', '二货', '憨货', '呆瓜', '菜鸡', '憨憨', '冤种', '大冤种', '小趴菜', '显眼包', '老六'],
    severity: 'block',
    message: '用骂人的称呼招呼买家，属于人身攻击',
    scope: 'clause',
    before: /^(?:喂|哎|诶|嘿|哟|呦)?$/,
    after: /^(?:啊|呀|吧|哦|哈)?$/,
    sentence: /你|您|自己|怪|还|又|说了|几遍|听不懂|看不懂|不看|别/,
    deniable: false,
  },
  {
    words: AIMED_WORDS,
    severity: 'block',
    message: '辱骂买家，属于人身攻击',
    scope: 'clause',
    before: AIMED,
    notAfter: HONEST_TAIL,
    // Round 44 (t44g): the word denied of the buyer to comfort them (真不是您笨手笨脚，…很多人都这样; 这不是你笨，是说明书没写清) — not the
    // rhetorical 还不是/可不是/难道不是你笨, nor 不是你笨是什么.
    unless: (ctx, start, end) => INSULT_DENIED_BEFORE.test(ctx.before(start, 12)) && !RHETORICAL_TAIL.test(ctx.after(end, 10)),
    grow: true,
    deniable: false, // 你是不是有病 is not a denial
  },
  {
    // Round 39 (t39e): Taiwanese 87 (read bā qī, for 白痴) aimed at the buyer or closing the clause on them (你是87嗎, 妳真的很87耶, 有夠87).
    // A number everywhere else: 87折, 87號, 87元, 1987年, 87分, 你是87年的嗎.
    words: ['87'],
    severity: 'block',
    message: '用“87”（台湾用语，指白痴）骂买家，属于人身攻击（规则 2.4）',
    scope: 'clause',
    before: new RegExp(`${AIMED.source}|(?:有够|超级?|真的很|真的超)$`),
    after: /^(?:吗|嘛|么|啊|呀|喔|哦|欸|耶|吧|啦|了|喇|咩|哦你|吧你)?$/,
    notBefore: /[0-9.]$/,
    deniable: false,
  },
  {
    // Round 39 (t39e): 阿燦, the Hong Kong slur for a newcomer from the mainland, pinned on the buyer — addressed (你個阿燦, 正一阿燦) or with
    // contempt for their means or taste (阿燦就係阿燦，買唔起就唔好成日問價). Not a colleague or someone's name (我哋同事阿燦會跟進, 阿燦師傅),
    // nor the TV character (網中人嘅阿燦).
    words: ['阿灿'],
    severity: 'block',
    message: '用“阿燦”等地域歧视的称呼贬低买家，属于不文明用语（规则 2.4）',
    window: 40,
    sentence: new RegExp(`${AIMED.source.slice(0, -1)}阿灿|正一阿灿|成个阿灿|典型(?:嘅|的)?阿灿|阿灿(?:就|都)?(?:系|是)阿灿|买唔起|买不起|唔舍得|舍不得|穷|老土|土气|土包|冇见识|没见识|乡下|冇品味|没品味|大陆来|上嚟`),
    notSentence: /同事|师傅|经理|主管|店长|负责|跟进|处理|网中人|电视剧|剧集|角色|周润发|廖伟雄/,
    deniable: false,
  },
  {
    // Round 31 (t31a): Taiwanese put-downs with an honest sense elsewhere — 盧 (to pester; also a surname), 機車 (a pain; also a motorbike) —
    // said of the buyer with a degree word (你很盧, 有夠機車欸, 妳真的超盧) or 盧 told to stop (別再盧了, 一直在那邊盧). Not 騎機車, 機車夾克,
    // 盧小姐, 卢浮宫.
    words: ['卢', '机车'],
    severity: 'block',
    message: '用方言贬损买家（“很盧”“很機車”），属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /(?:很|超级?|好|有够|太|也太|真的|真|这么|那么|怎么这么|实在|蛮|挺|咁|就是)$|(?:不要|别|不要再|别再|一直|一直在|还在|又在|在那边|在那)(?:一直)?$/,
    notAfter: /^(?:风|夹克|外套|皮衣|靴|包|服|装|款|头盔|手套|车|党|族|行|店|驾照|牌|小姐|先生|老师|女士|总|经理|浮宫|森堡)/,
    // (someone else is the pest: 宝宝好盧, 我們老闆很龜毛, 海關有夠機車)
    notBefore: /(?:宝宝|宝贝|孩子|小孩|娃|儿子|女儿|老公|老婆|家人|快递|物流|海关|老板|同事|我|我们|他|她|他们|猫|狗)(?:真的|也|都|就|有时|有时候|最近)?(?:很|超级?|好|有够|太|也太|真的|真|这么|那么|实在|蛮|挺)$/,
    notSentence: /骑|摩托|电动|驾照|头盔|停车|车行|车位|油耗|排量|卢浮宫|卢森堡|姓卢/,
    grow: true,
    deniable: false,
  },
  {
    // Round 21 (t21dq): the buyer addressed in English before the Chinese word (Are you 有病, you are so 蠢, u r 垃圾) — code-switching
    // hides no target. Not "thank you" or a product's English name before an honest word.
    words: AIMED_WORDS,
    severity: 'block',
    message: '辱骂买家，属于人身攻击',
    scope: 'clause',
    before: /(?<![a-z])(?:are(?:you|u)|r(?:you|u)|(?:you|u)(?:are|r|re)|ur)(?:so|such|a|an|really|just|like|kind?of|totally)?$/,
    notAfter: HONEST_TAIL,
    grow: true,
    deniable: false,
  },
  {
    // Round 21 (t21dq): an aimed insult spelled as its two parts (犭者 for 猪, 犭句 for 狗, 目害 for 瞎, 贝戋 for 贱) — the split
    // character hides the word, not the target (你是犭者吗). Aimed like the whole character.
    words: SPLIT_AIMED,
    severity: 'block',
    message: '拆字辱骂买家，属于人身攻击',
    scope: 'clause',
    before: AIMED,
    grow: true,
    deniable: false,
  },
  {
    // Said as a clause of its own: 有病吧！/ 神经病啊 / 傻了吧你 / 神金，… / 妈宝男吧 — a label as the whole clause is a verdict on the buyer.
    // (round 39, t39e: the Cantonese 死蠢 too — 咁简单都唔识用，死蠢)
    words: ['有病', '神经病', '神经', '疯了', '傻', '蠢', '死蠢', '变态', '有毛病', ...SLANG_INSULTS],
    severity: 'block',
    message: '辱骂性用语',
    scope: 'clause',
    before: /^$/,
    after: CLAUSE_ALONE_TAIL,
  },
  {
    // Round 34 (t34b): stupidity as a whole clause with a degree complement (蠢死了，这都找不到 / 笨到家了吧 / 真是傻透了) — the verdict opens
    // the reply, so it lands on the buyer. Not the agent's own slip (笨死了，我又发错了; 我在 the sentence), a pet or a child (傻死了这只猫),
    // nor the complement of a thing or a name (笨重死了).
    words: ['蠢', '笨', '傻', '呆'],
    severity: 'block',
    message: '直接骂买家“蠢死了”“笨到家了”，属于不文明用语（规则 2.4）',
    scope: 'clause',
    before: /^(?:真是?|可真|太|也太|好)?$/,
    after: /^(?:死了?|死人了|透了?|到家了?|极了|得要命|得可以|得离谱|得不行|得没边了?|到没边了?|到极点了?|到姥姥家了?|成这样|哭了)(?:吧|啊|呀|哦|吧你|啊你|你)?$/,
    notSentence: /我|小编|客服|本人|自己|宝宝|孩子|小朋友|娃|猫|狗|鸟|鹦鹉|熊|玩偶|公仔|萌|可爱|哈哈/,
    deniable: false,
  },
  {
    words: ['垃圾', '辣鸡', '拉圾'],
    severity: 'block',
    message: '以“垃圾”辱骂他人',
    after: /^(?:买家|客户|人|玩意|货色|东西)/,
    grow: true,
  },
  {
    words: INSULT_PHRASES,
    severity: 'block',
    message: '侮辱性用语，属于人身攻击',
    // (round 39, t39p: …nor the agent's own failing owned — 怪我脑子不好使，把您的差价算少了)
    notBefore: /(?:狗|防)$|(?:怪我|是我|我这|我的)$/,
    notAfter: /^(部|颊|上|盆|型|皮|角|细胞|茧|肌|睛|药|屎|动|轮|筒|掉)/,
    // Round 15 (fa15): 放屁 as the body's wind, told as a symptom (宝宝肠胀气放屁多, 吃豆类容易放屁), not said to anyone.
    unless: (ctx, start, end) => ctx.compact.startsWith('放屁', start) && !/(?:你|您)(?:这|就|是|在|又|别|少)?$/.test(ctx.before(start, 4)) && BODY_WIND.test(ctx.compact.slice(Math.max(0, start - 16), end + 16)),
  },
  {
    // Round 9: a long insult spelt wholly in pinyin (nao zi jin shui, chou bu yao lian, ni suan lao ji).
    words: INSULT_PINYIN,
    severity: 'block',
    message: '用拼音拼写的辱骂',
    deniable: false,
  },
  {
    // 你妈 as abuse, not 你妈妈 / 给你妈买 / 你妈的生日礼物.
    words: withSplitKin(['你妈', '尼玛', '泥马', '你马', '你麻']),
    severity: 'block',
    message: '辱骂他人家人的脏话',
    scope: 'clause',
    after: /^(?:的|个|逼|b|了个|死|炸|蛋|$)/,
    // Round 40 (t40j): …nor a parent named as the other of two (你爸或者你妈的身份证, 你爸还是你妈), nor a parent's papers or number
    // used for an order (用你妈的身份证实名, 你妈的手机号也能注册).
    notBefore: /(?:给|帮|送|替|为|跟|和|陪|让|问|祝|是|到|找|告诉|叫|请|像|或者|或是|或|还是|以及|、)$/,
    notAfter: new RegExp(`^的(?:生日|礼物|身体|年纪|年龄|意见|话|需求|皮肤|口味|肤质|${KIN_PAPERS})`),
    deniable: false,
    grow: true,
  },
  {
    // nmd (你妈的), but not the adidas NMD shoe line.
    words: ['nmd'],
    severity: 'block',
    message: '脏话缩写',
    notBefore: /(?:adidas|阿迪|阿迪达斯|三叶草|椰子)$/,
    notAfter: /^(?:r1|r2|xr1|cs1|cs2|v2|系列|款|鞋|跑鞋|同款|城市|boost)/,
    notSentence: /adidas|阿迪|鞋|码|boost|三叶草/,
    deniable: false,
  },
  {
    // 你是不是 sha b 啊 — the first syllable in pinyin, the second as an initial (sha b, sa b, sha x).
    words: ['sha', 'sa', 'sha2', 'sa2'],
    severity: 'block',
    message: '拼音拆写的脏话',
    after: /^(?:b|bi|x|13)(?![a-z0-9])/,
    // SA B级 / sa b型 name grades and types
    notAfter: /^(?:b|bi|x)(?:级|类|款|型|版|面|座|档|号|码|端|区|栋|组|计划|方案|股)/,
    grow: true,
    deniable: false,
  },
  {
    // 绿茶味这么冲，隔着屏幕都闻到了 — a vice of the buyer's said to come through the screen; not 隔着屏幕都感受到您的热情.
    words: ['隔着屏幕', '隔着网线', '隔着手机', '隔着屏', '隔着网络'],
    severity: 'block',
    message: '隔着屏幕讥讽买家的人品或气质，属于不文明用语（规则 2.4）',
    sentence: /(?:味|气)(?:儿)?(?:这么|那么|太|好|真|可真|也太)?(?:冲|重|浓|大)|茶|酸|戾气|怨气|火药味|穷酸|土味|傻气|蠢|矫情|婊|油腻|普信|作|装|晦气|臭/,
    notSentence: /香|好闻|热情|喜悦|开心|真诚|温柔|善意|心意|抱歉|理解|着急|辛苦|期待/,
    window: 24,
    deniable: false,
  },
  {
    // Round 8, the buyer's upbringing attacked: 你爹妈没教过你怎么跟人说话 / 家里没教你礼貌吗 (parents, then 没/不 + 教/管).
    words: ['没教', '没管', '不教', '没好好教', '没教好', '没管好'],
    severity: 'block',
    message: '辱骂买家没有家教，属于人身攻击（规则 2.4）',
    before: /(?:爹|妈|爸|娘|父母|爹妈|爸妈|爹娘|家长|家里|家里人)(?:都|也|就|从来|从小)?$/,
    notSentence: /宝宝|孩子|儿童|小朋友|教程|视频|早教|育儿|绘本|说明书/,
    deniable: false,
  },
  {
    // 没妈教的就是这样 / 没人教的东西 — raised by no one, said of the buyer (not 没人教的话可以看视频).
    words: ['没妈', '没爹', '没娘', '没人'],
    severity: 'block',
    message: '辱骂买家没有家教，属于人身攻击（规则 2.4）',
    after: /^(?:教|养|管)(?:的|过|出来)(?!话)/,
    // Round 22 (t22cb): …not a problem nobody answers for (那种货出问题没人管的, 坏了也没人管): a thing's aftercare, not the buyer raised.
    notBefore: /(?:问题|出事|坏了|售后|维权|退换|丢件|丢了|破损|过期|扣了)(?:了)?(?:也|都|就|根本|基本)?$/,
    notSentence: /宝宝|孩子|儿童|小朋友|教程|视频|早教|育儿|绘本|说明书|安装|操作/,
    deniable: false,
  },
  {
    // Round 8, the senses mocked as a question: 聋了还是瞎了？/ 你是瞎了吗 / 眼瞎啊 (not 我眼睛都看瞎了).
    words: ['聋了', '瞎了', '哑了', '聋了还是瞎了', '瞎了还是聋了'],
    severity: 'block',
    message: '嘲讽买家的感官、残疾，属于人身攻击（规则 2.4）',
    after: /^(?:吗|吧|啊|么|还是|是吧|不成|呀)/,
    notBefore: /(?:我|看|忙|熬|哭|笑|累|快)[^]{0,2}$/,
    notSentence: /视力|听力|助听|老花|镜片|宝宝|孩子|老人|狗|猫|宠物|医院|医生/,
    deniable: false,
  },
  {
    // Round 8, the buyer's understanding put below a child's: 用幼儿园小朋友都能听懂的话说一遍 / 建议咨询一下幼儿园老师 / 三岁
    // 小孩都知道. Not a product said to be easy (操作简单，小学生都会用) nor goods for children.
    words: ['幼儿园', '三岁小孩', '三岁孩子', '三岁的孩子', '小学生', '三岁小朋友'],
    severity: 'block',
    message: '讥讽买家理解能力不如小孩，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: [/都(?:能|会|懂|知道|明白|听得懂|看得懂|听懂|看懂)|(?:能|会)(?:听懂|看懂|明白)|(?:咨询|请教|问问)(?:一下)?(?:幼儿园|小学)/, /你|您/],
    notSentence: /简单|方便|易|轻松|玩具|积木|绘本|书包|文具|游戏|适合|年龄|岁以上|宝宝|孩子|儿童|安全|益智|款|尺码|身高/,
    deniable: false,
  },
  {
    // Round 8, a remedy for the buyer's faculties offered in mockery: 补补脑，我看您挺需要的 / 建议您先买个放大镜台灯，再来看详情页 /
    // 拿放大镜找找. Not the goods sold (这款放大镜3倍高清，适合老人看报).
    // (老花镜, 助听器 are honest advice for the old: not anchors)
    words: ['补补脑', '补脑', '放大镜', '脑白金', '六个核桃'],
    severity: 'block',
    message: '借推荐讥讽买家的智力、视力，属于不文明用语（规则 2.4）',
    window: 30,
    sentence: [/你|您/, /挺需要|很需要|最需要|更需要|比较需要|真需要|再来看|再看|看清|找找|先买个|先配个|先去配/],
    notSentence: /倍|镜片|高清|便携|阅读|灯光|led|充电|优惠|价格|元|宝宝|孩子|学生|老人|父母|爸妈|款|型号|库存|发货|下单/,
    deniable: false,
  },
  {
    // Round 8, the buyer put below an animal: 教您冲奶粉比教我家狗握手还难 / 我家狗都听得懂了. Not pet goods (狗都爱吃这款).
    words: ['狗', '猫', '猪', '鹦鹉'],
    severity: 'block',
    message: '拿动物贬低买家，属于人身攻击（规则 2.4）',
    after: /^(?:都|也)(?:会了|学会|听懂|听得懂|懂了|明白了|知道了|记住了)|^[^，。]{0,6}还(?:难|费劲|费事|累)/,
    window: 30,
    sentence: [/你|您/, /比|都|也/],
    notSentence: /宠物|狗粮|猫粮|猫砂|牵引|玩具|训练|零食|罐头|驱虫|洗澡|疫苗|品种|喂食|饮水|喂|爱吃|毛|窝/,
    deniable: false,
  },
  {
    // Round 8, the shop laughing at the buyer: 我们客服都在笑你的语音 / 全店都在笑话您 (not 笑您太客气了).
    words: ['笑你', '笑话你', '嘲笑你', '在笑你'],
    severity: 'block',
    message: '嘲笑买家，属于不文明用语（规则 2.4）',
    before: /(?:都|在|一直|全|全都|正|大家)(?:在)?$/,
    sentence: /我|客服|同事|店里|大家|全店/,
    notSentence: /不会|没有|开心|可爱|客气|逗|玩笑|谢谢/,
    deniable: false,
  },
  {
    // Round 38 (t38g): 滚 spelt in pinyin as an order of its own clause (gun，不卖你了 / gun吧 / 给我gun) — not the English word (heat gun, glue gun,
    // gunmetal: latin letters on either side), nor a gun named among goods.
    words: ['gun', 'gunba', 'gundan', 'gunkai', 'gunchuqu', 'gunyuandian'],
    severity: 'block',
    message: '用拼音让买家“滚”，属于辱骂',
    scope: 'clause',
    before: /(?:^|你|ni|给我|geiwo|快|kuai|赶紧|ganjin|马上|麻溜)$/,
    after: /^(?:吧|啊|呀|啦|咯|ba|a|la|$)/,
    sentence: /你|您|ni|nin|不卖|别|烦|拉黑|走|出去|爱买不买|买不起|滚/,
    notSentence: /枪|玩具|水弹|筋膜|胶枪|热风|喷|glue|heat|massage|nerf|top/,
    deniable: false,
  },
  {
    // 滚 as an order (滚。/ 滚吧 / 给我滚), never 滚珠 滚筒 滚烫 滚动 滚开的水.
    words: ['滚'],
    severity: 'block',
    message: '让买家“滚”，属于辱骂',
    scope: 'clause',
    before: /(?:^|你|给我|快|赶紧|都|就|马上|麻溜|麻利|都给我|还问)$/,
    // (round 11: any sentence-final particle closes the order — 滚啦, 滚咯, 滚呗, 滾喇)
    // (round 60, eng60b: …or sent to another seller or an errand against us — 滚去别家买, 嫌贵滚到拼多多去, 滚别家去, 你滚去投诉吧; not a
    // thing rolling somewhere, 就滚到床底下了)
    after: /^(?:吧|啊|呀|啦|喇|咯|嘞|呗|哇|噢|哦|蛋|开|远点|出去|犊子|一边|回去|粗|了|$|(?:去|到|回)?(?:别家|别处|别的|别人家|其他家|其它家|隔壁|外面|一边|旁边|拼多多|淘宝|京东|天猫|抖音|闲鱼)|(?:去|到)[^，。！？]{0,3}?(?:买|投诉|告|闹|评|差评))/,
    notAfter: /^(?:珠|筒|轮|烫|动|水|开的|开水|开后|边|刀|圆|瓜|床单|雪球|落|滚|梳)/,
    deniable: false,
  },
  {
    // Round 60 (eng60b): a bare 滚 closing the reply after a clause that ended on a particle (去别家买吧 滚, 不买拉倒 爱咋咋地 滚): the order
    // said last, on its own — not a thing rolling (球一直滚, 往下滚) with no particle before it.
    words: ['滚'],
    severity: 'block',
    message: '让买家“滚”，属于辱骂',
    scope: 'clause',
    before: /(?:吧|啊|呀|啦|哦|哈|嘛|呢|呗|了|的|拉倒|地)$/,
    after: /^(?:吧|啊|呀|啦|咯|呗|!|！)*$/,
    deniable: false,
  },
  // ── Round 43 (t43k), HG's last-line jabs, by mechanism: the fault put on the person at the goods, a tent or a sack for clothes, the
  // goods' failure passed on to the buyer's head, a hopeless amount for the buyer's face.
  {
    // The fault placed on the person behind or in front of the goods (手柄没问题，问题在手柄后面那个人; 毛病出在键盘前面那位; 有问题的是屏幕前的人).
    // Not a part behind the goods (问题在手柄后面的电池仓) nor a person who did something named after (问题在前面那个人填错了地址).
    words: ['问题在', '问题出在', '毛病在', '毛病出在', '故障在', '问题是', '有问题的是', '有毛病的是', '坏的是', '该修的是', '要修的是', '该换的是', '锅在'],
    severity: 'block',
    message: '把问题归到“使用商品的那个人”身上，属于嘲讽买家（规则 2.4）',
    after: /^[^，。！？]{0,8}?(?:后面|前面|后边|前边|背后|跟前|面前|前|后头|对面)(?:的)?(?:(?:那个|这个|坐着的|拿着的|握着的|站着的)?(?:人|家伙|玩家|使用者|主人|操作的人)|那位|这位)(?:身上|自己)?(?:吧|啊|呀|了|哈|哦|嘛|呢)*(?:[，。！？!?…；]|$)/,
    notSentence: /快递|师傅|骑手|司机|排队|上一位|上一个/,
    deniable: false,
  },
  {
    // The buyer told to wear a tent, a sack or a sheet for their size (直接去户外频道买顶帐篷套身上更合适; 您这体型，买个麻袋套上得了; 还是拿床单
    // 裹身上吧). Not rain or emergency cover (下雨可以把雨布披身上) nor the goods' own cover (帐篷外帐套上).
    words: ['套身上', '套在身上', '披身上', '披在身上', '裹身上', '裹在身上', '罩身上', '罩在身上', '套上', '裹上', '披上'],
    severity: 'block',
    message: '用帐篷、麻袋等嘲讽买家的身材，属于不文明用语（规则 2.4）',
    before: /(?:帐篷|麻袋|床单|蚊帐|篷布|编织袋|被罩|桌布|垃圾袋|油布|化肥袋|蛇皮袋|沙发套|车衣)[^，。！？]{0,3}$/,
    sentence: [/(?:您|你)|身高|体重|体型|身材|胖|块头/, /合适|得了|算了|省事|就行|更好|别看|别买|别挑|穿不下|塞不下|套不进/],
    notSentence: /下雨|雨天|避雨|挡雨|防雨|应急|急救|失温|保暖|野外求生|露营时|外帐|防尘|遮阳|防晒/,
    deniable: false,
  },
  {
    // The goods' failure passed on to the buyer's head (巧克力化了怪天热，您脑子也化了吧; 手机进水了，你脑子也进水了?; 锅锈了，您脑袋也跟着锈了).
    // Not our own head (我脑子也糊了) nor the buyer consoled (您脑子也累了吧，早点休息 has no failure word).
    words: ['脑子', '脑袋', '脑瓜', '脑瓜子', '脑仁', '脑回路', '智商'],
    severity: 'block',
    message: '把商品的故障套到买家的脑子上嘲讽，属于不文明用语（规则 2.4）',
    before: /(?:您|你)(?:的|这|那)?(?:个)?$/,
    after: /^(?:是不是|怕不是|该不会|估计|八成|多半|可能)?(?:也|跟着|一起|一块儿?)+(?:被)?(?:化|坏|锈|短路|冻|霉|过期|漏|断电|死机|卡壳|卡住|烧|糊|掉线|欠费|进水|变质|融|秀逗|失灵|报废|没电|断线|受潮|烂|晒|停电|碎|裂|断|发霉|生锈|潮|堵|歪|馊)/,
    notSentence: /宝宝|孩子|小朋友|老人|医院|就医|摔|撞|外伤/,
    deniable: false,
  },
  {
    // A hopeless amount for the buyer's face or body (看您照片上这张脸，估计得买一箱才有点希望; 您这皮肤，抹一车都救不了; 就您这身材，吃一吨也没戏).
    // Not a course of use told as fact (一般用两盒才见效) nor a bulk offer (买一箱有优惠).
    words: ['一箱', '一整箱', '十箱', '一车', '一卡车', '一吨', '一缸', '一桶', '一百瓶', '一百盒', '一百支', '一麻袋', '一仓库'],
    severity: 'block',
    message: '说买家的长相、身材要用海量商品才有救，属于不文明用语（规则 2.4）',
    after: /^[^，。！？]{0,3}?(?:才|也|都)(?:有点|有|能有|可能有|算是)?(?:希望|戏|救|没戏|没救|救不了|没用|白搭|人样|起色|指望)/,
    sentence: [/(?:您|你)/, /脸|皮肤|身材|肚子|体型|颜值|长相|头发|发际线|照片|头像|五官|皱纹|斑|痘|胖|底子/],
    notSentence: /疗程|见效|优惠|折扣|划算|囤货|批发/,
    deniable: false,
  },
  // Round 46 (t46d): jokes at the buyer's person (T46D_MOCKERY above).
  ...T46D_MOCKERY,
  // Round 47 (t47d): contempt with no trigger word (T47D_MOCKERY above).
  ...T47D_MOCKERY,
];
/** Emoji insults survive only in the folded view (the compact view drops emoji): 你🐴, 🐶东西, 你是🐷吗, 您真是个🐷，(round 8);
 * round 20 (t20do): an animal's face put on the buyer (看看自己那张🐶脸, 你这🐷脸). */
const EMOJI_INSULT =
  /(?:你|尼|泥|ni)\s*[🐴🐎](?!\s*(?:年|上))|[🐷🐖🐶🐕🐴🐒🦙🐔]\s*(?:🧠|脑子|脑)|[🐶🐕]\s*(?:东西|日的|眼)|(?:你|您)\s*(?:是|就是|真是)?\s*[🐷🐖🐶🐕]\s*(?:吗|吧|啊|么|一样)|(?:你|您)\s*(?:是|就是|真是)\s*(?:个|一个|一只|一头)?\s*[🐷🐖🐶🐕]\s*(?:[，,。！!？?]|$)|(?:你|您|自己)\s*(?:这|那)\s*(?:张|副)?\s*[🐷🐖🐶🐕🐴]\s*脸|(?:穷|菜|弱|土|傻|垃圾|你个|一群|野)\s*[🐔🐓]|🖕|🤡/gu;
/**
 * Round 20 (t20dm): a contempt idiom spelt in emoji (跟您沟通真是🐮🎹 = 对牛弹琴, 🐔同🦆讲 = 鸡同鸭讲, 🐸想吃天鹅肉, 🐶嘴里吐不出🐘,
 * 🐶改不了吃💩, 井底之🐸): the rebus says the idiom. Not a toy or a print (奶牛🐮钢琴🎹玩具).
 */
const EMOJI_IDIOM =
  /(?:对\s*)?[🐮🐂🐄]\s*(?:弹\s*)?[🎹🎸🎻🎼🎵🎶]|对\s*[🐮🐂🐄]\s*弹琴|对牛\s*(?:弹\s*)?[🎹🎸🎻]|[🐔🐓]\s*同\s*(?:鸭|[🦆])\s*讲|鸡同\s*[🦆]\s*讲|[🐸]\s*想吃\s*(?:天鹅|[🦢])|[🐶🐕]\s*嘴里?\s*吐不出|[🐶🐕]\s*改不了\s*吃|改不了吃\s*💩|井底之\s*[🐸]/gu;
const IDIOM_GOODS = /音响|耳机|音质|玩具|早教|儿童|宝宝|音乐盒|八音盒|乐器|贴纸|图案|印花|款式|绘本|卡片|钢琴|键盘/;
/** Round 20 (t20dp): the buyer's brain as an emoji called useless (你这🧠是装饰品吧, 您的🧠白长了, 你🧠进水了吗); the compact view drops
 * the emoji, so the cue on 装饰品 never sees it. Not 🧠 as a product picture (补脑🧠, 🧠益智玩具 have no 你/您 before). */
const EMOJI_FACULTY = /(?:你|您)(?:这|的|那)?(?:个|颗)?\s*🧠\s*(?:是|就是|只是|难道是|怕不是)?\s*(?:个|用来|当)?\s*(?:装饰品|摆设|白长|长着好看|出气用|用来喘气|进水|进了水|不好使|不够用|欠费|短路|瓦特)/gu;
/** Round 22 (t22du): the addled-brain idioms with an emoji for the water, the donkey or the door (你是不是脑子进🌊了, 脑袋被🐴踢了,
 * 脑壳被🚪夹了): the rebus says 脑子进水 / 被驴踢 / 被门夹. Not a swimming or bath product (泳帽防止头发进💧). */
const EMOJI_BRAIN = /(?:脑子|脑袋|脑壳|脑瓜|脑瓜子|🧠)\s*(?:里)?\s*(?:是不是|是|怕不是|又|真)?\s*(?:进|灌|泡)\s*(?:了)?\s*(?:点|些)?\s*[🌊💧💦🚰🫗]|(?:脑子|脑袋|脑壳|脑瓜|脑瓜子|🧠)\s*(?:是|是不是)?\s*(?:被|让|给)\s*[🐴🫏🐎🐂]\s*(?:踢|踹)|(?:脑子|脑袋|脑壳|脑瓜|脑瓜子|🧠)\s*(?:是|是不是)?\s*(?:被|让|给)\s*🚪\s*(?:夹|挤)/gu;
/**
 * Round 44 (t44c): a flattering word for the buyer's body put in scare quotes (您脚这么'有福气'; 您这样“丰满”的腰带一系，倒也看不出肚子有多大):
 * the quotes turn the praise into a jibe. Not the buyer's own word quoted back (您说的“丰满”是指胸围吗), nor a style named (“丰满”版型).
 */
const SCARE_BODY =
  /(?:您|你)(?:的)?(?:这样|这么|那么|这|那)?(?:的)?(?:双|副|个|张|条|对|身)?(?:脚|腿|腰|身材|身形|体型|脸|肚子|胳膊|手|个子|身子|身板)?(?:这么|那么|真|可真|挺|很|太)?(?:是)?\s*[‘'“"「『]\s*(?:有福气|福气|丰满|富态|圆润|壮实|结实|敦实|苗条|骨感|娇小|有肉|肉感|可爱|福相|健壮|魁梧|珠圆玉润|有料|匀称|高挑|丰腴|富贵|喜庆|大气|饱满|秀气|精致)\s*[’'”"」』]/g;
const SCARE_KIND = /^\s*(?:是指|指的是|是什么意思|的意思|这个说法|版型|款|系列)/;
/**
 * Round 55 (eng55b, B55): the buyer's words or request likened to trash or an animal by emoji (您那个评价写得跟🗑️一样, 你这问题问得跟🐷似的),
 * or praised in scare quotes (您的要求很“合理”, 你这想法真“高明”): the emoji or the quotes turn the remark into contempt. Not the buyer's own word
 * quoted back (您说的“合理”是指…), nor goods (跟🐶一样可爱的公仔 has no 您/你 thing before it).
 */
const T55_EMOJI_LIKENED = /(?:您|你)(?:的|那个|这个|那|这)?(?:个|条|份|篇|段)?(?:评价|评论|问题|要求|想法|说法|操作|逻辑|文字|留言|消息|语音|字|话|脑子|审美|品味)[^。！？\n]{0,8}?(?:跟|像|和)\s*(?:个|一个|一只|一坨|一堆)?\s*[🗑💩🐷🐖🐶🐕🤡🐒🐴]\uFE0F?\s*(?:一样|似的|差不多|一个样|没区别)/gu;
const T55_SCARE_PRAISE = /(?:您|你)(?:的|这个|这|那个|那)?(?:个|条)?(?:要求|问题|想法|说法|建议|逻辑|操作|评价|主意|思路|理解|脑回路|标准)(?:可|真|是|很|挺|太|也|还真|真是|可真|实在)*(?:是)?\s*[‘'“"「『]\s*(?:合理|聪明|有道理|专业|厉害|高明|优秀|精彩|有创意|独特|清奇|周到|有水平)\s*[’'”"」』]/gu;
/**
 * Round 57 (eng57a, A57): an animal, drawn or named, said to know or do better what the buyer failed at (🐶都知道先看详情页再下单; 🐷的记性都比您好;
 * 🐒都会点确认收货了; 猪的脑子都比你灵): the compact view drops the emoji, so the word cues (猪都, 狗都) never see it. Not a pet's taste or use
 * (这款猫砂🐱都喜欢, 🐶都爱吃, 狗狗都会用这款饮水机) — knowing, telling and out-doing only.
 */
const T57A_ANIMAL_OUTDOES =
  /(?:[🐷🐖🐽🐶🐕🐒🐵🐴🫏🐔🐮🐂🐄🐸🐢]\uFE0F?|(?<![小])(?:猪|狗|驴|猴子?))\s*(?:(?:的|那)[^，。！？\s🐷🐖🐶🐕]{0,4}?)?\s*(?:都|也)\s*(?:知道|懂|明白|晓得|看得懂|听得懂|认得|记得住|会(?:看|查|点|算|记|认字|识字|打字)|比\s*(?:您|你))/gu;
/**
 * Round 57 (eng57a, A57): a snap verdict on the buyer's person from their look or name (一看您头像就知道没什么文化; 看你这名字就知道是个穷鬼;
 * 一看您这说话就知道素质不高): the verdict is the insult. Not a kind guess (一看您头像就知道是老顾客了).
 */
const T57A_SNAP_VERDICT =
  /(?:一看|看)(?:您|你)[^，。！？]{0,8}?就(?:知道|晓得|明白|猜到|看出来?)[^，。！？]{0,4}?(?:没(?:什么|啥|多少|点)?(?:文化|素质|教养|脑子|见识|常识)|不(?:识字|懂事|讲理|识货)|素质(?:不高|低|差|一般)|是个?(?:穷|土|傻|抠|刁|事儿?)|(?:文化|智商)(?:不高|低|有限))/g;
const T57A_PET_GOODS = /喜欢|爱吃|爱玩|爱喝|狗粮|猫粮|猫砂|宠物|零食|玩具|训练|指令|萌|可爱|饮水机|喂食/;
/**
 * Round 57 (eng57a, A57): a faculty jab put to the buyer as a question opening the reply (手残吗，点个确认收货都能点错; 瞎吗，这么大的字看不到;
 * 是不是傻啊，…): the question is the insult whoever it names. Not a self-mocking tag (手残党吗？这款很简单) nor the goods (笨重吗).
 */
const T57A_FACULTY_ASKED = /(?:^|[。！？!?\n])\s*(?:(?:您|你)\s*(?:是)?)?(?:是不是)?(?:手残|眼残|眼瞎|瞎|聋|脑残|傻|蠢|笨(?!重))(?:了)?(?:吗|么|嘛|是吧|啊|呀)\s*(?=[，,？?！!…])/g;
/**
 * Round 57 (eng57a, A57): 尼玛 / 泥马 (你妈 by sound) as an oath opening a clause (尼玛这都第三次改地址了, 泥马又改): the homophone swears like the
 * word. Not the Tibetan name 尼玛 addressed or named (尼玛，您的快递到了; 尼玛老师) — an oath runs straight on to 这 / 都 / 又 / 还 / 的.
 */
const T57A_NIMA_OATH = /(?:^|[，。！？,!?\s])(?:尼玛|泥马|尼马|泥玛)(?=这|都|又|还|的(?![^，。！？]{0,3}(?:快递|包裹|订单)))/g;
// ---- round 69 (engfa69) ----
/**
 * Round 69 (engfa69): a contempt emoji tagged on the buyer's own words, act or mind (您这问题问的🐷🐷🐷, 你这操作🤡, 您的逻辑🙄, 您这要求🤮) —
 * the emoji is the verdict, the compact view drops it. Only right after the buyer's thing with at most a short verb of saying or asking
 * between (问的, 写得, 也是); not after something done for the buyer (您的问题已经反馈给仓库啦🐷: a service verb or 我/已 in between).
 */
const T69_EMOJI_TAGGED = /(?:您|你)(?:这|的|那|这个|那个)?(?:个|次|条|种|番)?(?:问题|要求|操作|逻辑|脑子|脑回路|智商|理解能力|理解力|审美|品味|眼光|评价|差评|说法|想法|退货理由|理由|借口|脾气|砍价|讲价|发言|高见)(?:问|说|写|讲|提|砍|讲|选|挑)?(?:的|得|也是|真是|可真是|简直)?\s*[🐷🐖🐽🐶🐕🐒🐵🤡💩🤮🙄]/gu;
/** …or an eye-roll at the buyer coming back (收到🙄，又是您 / 又是你啊🙄): weariness of the person, not of a task. */
const T69_WEARY_ROLL = /[🙄😒🤮]\uFE0F?\s*[，,。!！~～]?\s*(?:怎么)?(?:又是|又来|又双叒是)(?:您|你)|(?:怎么)?(?:又是|又来|又双叒是)(?:您|你)(?:了|啊|呀|啦|哦)?\s*[🙄😒🤮]/gu;
// ---- end round 69 (engfa69) ----
const T57A_MESSAGES = new Map<RegExp, string>([
  [T57A_FACULTY_ASKED, '用“手残吗”“瞎吗”一类反问讥讽买家，属于不文明用语（规则 2.4）'],
  [T57A_NIMA_OATH, '用谐音脏话（尼玛＝你妈），属于不文明用语（规则 2.4）'],
  [T57A_SNAP_VERDICT, '凭头像、名字等对买家下贬低的断语，属于人身攻击（规则 2.4）'],
]);
/** 🤡 names a clown costume or toy here, it mocks no one. */
const CLOWN_GOODS = /面具|玩偶|公仔|小丑鱼|服装|衣服|万圣节|cos|道具|贴纸|表情|魔术|马戏|气球|派对|化妆/;

const rule = cueRule({
  pinyin: true,
  skipQuoted: true,
  meta: {
    id: 'insult',
    clause: '2.4',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '辱骂、脏话或人身攻击', en: 'Insult, vulgarity or personal attack' },
    description: {
      zh: '规则 2.4 禁止任何形式的人身攻击、侮辱性和不文明用语。脏话（含拆字、缩写、谐音、表情替代）直接拦截；猪、狗、垃圾、有病等词只有骂向他人时才算。',
      en: 'Rule 2.4 forbids personal attacks, insults and vulgar language in any form. Swear words (split, abbreviated, homophone or emoji forms included) are blocked; words like 猪/狗/垃圾/有病 count only when aimed at someone.',
    },
    hint: {
      zh: '删掉辱骂和粗口，平和地说明情况，例如“给您带来不便很抱歉，我帮您再查一下”。',
      en: 'Remove the insult and explain calmly, e.g. "Sorry for the trouble, let me check again for you."',
    },
  },
  cues,
  regexes: [T69_EMOJI_TAGGED, T69_WEARY_ROLL, T61B_BUYERS, T61B_CONTEMPT_VERDICT, T61B_FEEDBACK_DISPOSED, EMOJI_INSULT, EMOJI_IDIOM, EMOJI_FACULTY, EMOJI_BRAIN, SCARE_BODY, T47D_TAG_VERB, T55_EMOJI_LIKENED, T55_SCARE_PRAISE, T57A_ANIMAL_OUTDOES, T57A_FACULTY_ASKED, T57A_NIMA_OATH, T57A_SNAP_VERDICT],
  check(ctx, self) {
    const folded = ctx.folded;
    EMOJI_INSULT.lastIndex = 0;
    for (let m = EMOJI_INSULT.exec(folded); m; m = EMOJI_INSULT.exec(folded)) {
      if (m[0] === '🤡' && CLOWN_GOODS.test(folded.slice(Math.max(0, m.index - 30), m.index + 30))) continue;
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: '用表情代替的脏话或辱骂' });
    }
    EMOJI_IDIOM.lastIndex = 0;
    for (let m = EMOJI_IDIOM.exec(folded); m; m = EMOJI_IDIOM.exec(folded)) {
      if (IDIOM_GOODS.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20))) continue;
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: '用表情拼出贬损买家的成语（如对牛弹琴），属于不文明用语' });
    }
    EMOJI_FACULTY.lastIndex = 0;
    for (let m = EMOJI_FACULTY.exec(folded); m; m = EMOJI_FACULTY.exec(folded)) {
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: '用表情讽刺买家“脑子是摆设”，属于不文明用语（规则 2.4）' });
    }
    // Round 44 (t44c): a flattering body word in scare quotes, aimed at the buyer (SCARE_BODY).
    SCARE_BODY.lastIndex = 0;
    for (let m = SCARE_BODY.exec(ctx.text); m; m = SCARE_BODY.exec(ctx.text)) {
      if (/(?:说的|说|提到的|写的|问的|所谓的?|形容的?)\s*$/.test(ctx.text.slice(Math.max(0, m.index - 6), m.index + m[0].search(/[‘'“"「『]/))) || SCARE_KIND.test(ctx.text.slice(m.index + m[0].length))) continue;
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'original', message: '给买家身材的“夸奖”加引号，实为嘲讽，属于不文明用语（规则 2.4）' });
    }
    // Round 47 (t47d): a slur tagged on the buyer in quotes (T47D_TAG_VERB).
    T47D_TAG_VERB.lastIndex = 0;
    for (let m = T47D_TAG_VERB.exec(ctx.text); m; m = T47D_TAG_VERB.exec(ctx.text)) {
      if (!T47D_TAG_SLUR.test(m[1]!) || /(?:您说的|你说的|所谓的?|是指|不会|不是|没有|从不|绝不)\s*$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue;
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'original', message: '给买家备注、标记侮辱性标签并告诉买家，属于不文明用语（规则 2.4）' });
    }
    // Round 55 (eng55b): the buyer's words likened to trash by emoji, or praised in scare quotes.
    for (const [pattern, message] of [
      [T55_EMOJI_LIKENED, '用表情把买家的话或要求比作垃圾、动物，属于不文明用语（规则 2.4）'],
      [T55_SCARE_PRAISE, '给买家要求的“夸奖”加引号，实为嘲讽，属于不文明用语（规则 2.4）'],
    ] as const) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
        if (/(?:您说的|你说的|所谓的?|是指|不会|不是|没有|从不|绝不)\s*$/.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue;
        ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'original', message });
      }
    }
    // Round 61 (eng61b): the buyer's feedback said thrown to a base use (T61B_FEEDBACK_DISPOSED).
    T61B_FEEDBACK_DISPOSED.lastIndex = 0;
    for (let m = T61B_FEEDBACK_DISPOSED.exec(ctx.text); m; m = T61B_FEEDBACK_DISPOSED.exec(ctx.text)) {
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'original', message: '说把买家的意见、评价拿去垫桌脚、扔垃圾桶，属于侮辱性用语（规则 2.4）' });
    }
    // Round 57 (eng57a): an animal out-doing the buyer, a faculty jab asked, 尼玛 as an oath.
    T57A_ANIMAL_OUTDOES.lastIndex = 0;
    for (let m = T57A_ANIMAL_OUTDOES.exec(folded); m; m = T57A_ANIMAL_OUTDOES.exec(folded)) {
      if (T57A_PET_GOODS.test(folded.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20))) continue;
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: '拿动物跟买家比，讥讽买家不如动物，属于不文明用语（规则 2.4）' });
    }
    for (const pattern of [T57A_FACULTY_ASKED, T57A_NIMA_OATH, T57A_SNAP_VERDICT]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(ctx.text); m; m = pattern.exec(ctx.text)) {
        const lead = m[0].search(/[^。！？!?\n，,\s]/);
        ctx.report(self, { start: m.index + lead, end: m.index + m[0].length, view: 'original', message: T57A_MESSAGES.get(pattern)! });
      }
    }
    // Round 69 (engfa69): a contempt emoji tagged on the buyer's words or mind, or an eye-roll at the buyer coming back.
    for (const pattern of [T69_EMOJI_TAGGED, T69_WEARY_ROLL]) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
        ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: pattern === T69_EMOJI_TAGGED ? '用表情（猪、小丑、翻白眼等）嘲讽买家的话或想法，属于不文明用语（规则 2.4）' : '对再次来问的买家翻白眼，属于引起他人不满的不文明用语（规则 2.4）' });
      }
    }
    EMOJI_BRAIN.lastIndex = 0;
    for (let m = EMOJI_BRAIN.exec(folded); m; m = EMOJI_BRAIN.exec(folded)) {
      ctx.report(self, { start: m.index, end: m.index + m[0].length, view: 'folded', message: '用表情拼出“脑子进水”一类骂人的话，属于不文明用语（规则 2.4）' });
    }
  },
});

export default rule;