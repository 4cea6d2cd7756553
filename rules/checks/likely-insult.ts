// 2.4 by the statistical second opinion (rules/model/): sarcasm, slang and put-downs the insult rules have
// no words for.
import { likelyRule } from '../model/likely-rule';
import { APOLOGY, AT_BUYER, OWN_SHORTFALL } from '../detect/own-shortfall';

// Round 22 (t22ds): animal words in their pet-goods sense (猫砂, 狗粮) or the agent's own pet (我家猫, 我家主子) weigh like an animal
// insult to the model, the more so after a candour lead-in (说句实话，这个猫粮真的好，我家猫吃了半年了). Such a sentence is no insult when
// it addresses no one (a generic 你 in praise, 好用到让你…, does not count) and puts no one below the animal (我家猫都懂, 不如).
const PET_SENSE = /猫砂|猫粮|狗粮|猫条|猫罐|狗罐|冻干|宠物|主子|毛孩子|铲屎|我家(?:的)?(?:猫|狗|喵|汪)/;
const GENERIC_YOU = /(?:到|得)(?:让|叫|使)?你/g;
const PUT_BELOW = /都(?:会|懂|知道|比|能|明白|听得懂|看得懂)|不如|比(?:人|你|您)/;
const petTalk = (sentence: string): boolean =>
  PET_SENSE.test(sentence) && !PUT_BELOW.test(sentence) && !/你|您|买家/.test(sentence.replace(GENERIC_YOU, ''));
// Round 22 (t22bz): the agent blames their own head or hands and apologises (我这个脑子真是……刚把单号复制错了，抱歉; 怪我手笨，
// 不好意思) — self-mockery, no one else is put down. Not when the buyer is compared or addressed with a put-down (比你强, 你这脑子).
const SELF_BLAME = new RegExp(
  `我(?:这个?|这人|的)?(?:脑子|记性|脑袋|猪脑子|手|眼神|眼睛)|(?:怪我|是我的?(?:错|问题|失误|疏忽|锅))|我(?:真|太|真是|也太)?(?:笨|粗心|糊涂|马虎|迷糊|眼瞎|手残)|${OWN_SHORTFALL.source}`,
);
// Round 22 (t22bz): someone else's scheme quoted and refused by the shop (别家“五星好评返十元”，我们店不搞这个) — the quote is not read,
// the refusal left alone reads like a snub; it turns down an offer and puts no one down.
const WE_REFUSE_THIS = /(?:我们|本店|我们店|咱们|咱家|我家|小店|这边)(?:店|家|这边)?(?:也|从来|一直|向来)?(?:都)?(?:不搞|不做|不参与|不玩|不弄|不接受|不提供)(?:这个|这种|这套|这些|这类)/;
// Round 22 (t22cc): the goods praised in chat slang (这玩意儿贼好使, 这个色号绝绝子, 闭眼冲): the words are rough, their object is ours.
const SLANG_PRAISE = /好使|好用|绝绝子|yyds|真香|闭眼(?:入|冲|买)|(?:也|都|放心|直接)冲|回购|必入|种草|(?:色号|颜色|效果|质量|味道)(?:真的?|是真的?|贼|超|巨)(?:好|绝|香|赞|正)/;
const OTHERS_PUT_DOWN = /买家|顾客|客人|这种人|有些人|有的人|某些人|智商|脑子|眼瞎|不识货|不会用|不懂|不配|配不上|穷|土|蠢|笨|傻|丑|垃圾|废物|活该/;

// Round 23 (t23cd): northern dialect and chatty register (俺们可真没有，清关这玩意儿真不是俺们说了算，海关一放行俺立马告诉你) weigh like
// rudeness to the model. Read plain (俺 → 我, 立马 → 马上, a thing's 这玩意 → 这东西): what still reads as a put-down is one. 玩意 of a
// person (你这玩意儿, 什么玩意, 算个玩意) stays as it is.
const THING_WANYI = /(?<=[\u4e00-\u9fff](?<![你您他她们么啥算个的])[这那])玩意/g;
// Round 23 (t23c): …and 连/不如 in words where they put no one down, read plain too: 不如意 (你连续三天都不如意的话…), 连衣裙, and
// 不如 before a suggestion (不如试试M码). 连…都不如 itself is left as it is, and so is 连续 (退货单号连续填错两次 blames the buyer).
const NOT_PUT_DOWN = /连衣裙|不如意|(?<!还)不如(?=试试|先试|先看|换|选|考虑|再等)/g;
const PLAIN_WORD: Record<string, string> = { 连衣裙: '半身裙', 不如意: '不顺心', 不如: '还是' };
function plainRegister(window: string): string {
  if (!/俺|立马|玩意|连衣裙|不如/.test(window)) return window;
  return window
    .replace(/俺/g, '我')
    .replace(/立马/g, '马上')
    .replace(THING_WANYI, '东西')
    .replace(NOT_PUT_DOWN, (w) => PLAIN_WORD[w] ?? w);
}

// Round 23 (t23c): a hard time of the buyer's met with an offer of help (你连续几天心情都不如意的话，随时找我们聊聊): 连…都 weighs like the
// put-down. Not with a put-down word or 连…都不如 anywhere in it (脑子不好使的话可以联系我们).
const HELP_OFFERED = /的话[^]{0,4}?(?:可以|随时|欢迎|请|直接|记得)?(?:联系|找|来找|私信|告诉|跟)(?:我们|客服|小店|本店|店里)/;
const PUT_BELOW_STRICT = /连[^]{0,8}都(?:不如(?!意)|比不上)|还不如|比不上/;
const helpOffered = (s: string): boolean => HELP_OFFERED.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);

export default likelyRule({
  id: 'likely-insult',
  clause: '2.4',
  title: { zh: '疑似辱骂、讽刺或挑衅买家（统计判断）', en: 'Likely insulting or provoking the buyer (statistical)' },
  forbids: {
    zh: '禁止辱骂、讽刺、挑衅买家或使用让人不快的言语',
    en: 'forbids insults, sarcasm, provocation and words that offend the buyer',
  },
  hint: {
    zh: '请改成平和、尊重的说法，只说事实和处理办法。',
    en: 'Rephrase calmly and respectfully; state the facts and what you will do.',
  },
  message: '这句话读起来像在讽刺或贬低买家（统计判断，可能误判）',
  plain: plainRegister,
  unless: (s) => petTalk(s) || helpOffered(s) || (SLANG_PRAISE.test(s) && !AT_BUYER.test(s) && !OTHERS_PUT_DOWN.test(s)) || ((WE_REFUSE_THIS.test(s) || (SELF_BLAME.test(s) && APOLOGY.test(s))) && !AT_BUYER.test(s)),
});
