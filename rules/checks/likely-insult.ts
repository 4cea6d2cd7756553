// 2.4 by the statistical second opinion (rules/model/): sarcasm, slang and put-downs the insult rules have
// no words for.
import { likelyRule } from '../model/likely-rule';
import { APOLOGY, AT_BUYER, OWN_SHORTFALL } from '../detect/own-shortfall';
import { BUYER_KIND, KIND_PRAISE } from '../detect/kind-praised';
import { warnsOffScam, warnsOffUnlawful } from '../detect/warning-frame';
import { costumeProp } from '../detect/costume-prop';
import { ownCopyChecked } from '../detect/read-back';
import { otherShopFair, othersUntried, packGapTold } from '../detect/other-shop-fair'; // round 48 (t48e): packGapTold
import { ideaPraised } from '../detect/idea-praised';
import { elderAilmentKindly } from '../detect/elder-ailment';
import { claimDeclined } from '../detect/claim-declined';

// Round 45 (t45k): the buyer's basket of our goods cheered with a warm forecast (您这是要把厨房武装到牙齿啊，三样都拍了，年夜饭您掌勺没跑了;
// 一口气全套都入了，这个夏天稳了): ribbing that weighs like sarcasm to the model. Not with a put-down, waste or a fool's buy in it (败家,
// 钱多, 冤大头, 智商税, 乱买, 白买).
const BASKET_TOLD = /(?:[两三四五六七八九十几]样|[两三四五六七八九十几]件|[两三四五六七八九十几]个|全套|一整套|一套)(?:都|全|全都|一起)?(?:拍|下单|买|入|带走|安排|拿)(?:了|齐了|上了|齐)|(?:都|全都|一口气|一次)(?:拍|下单|买|入|带走|安排)(?:齐了|齐|上了|全了)/;
const WARM_FORECAST = /没跑了|稳了|妥了|安排上了|有口福|大显身手|露一手|掌勺|武装到牙齿|全副武装|装备齐了|齐活|一步到位|满满当当|幸福感/;
const FOOLS_BUY = /败家|乱花|乱买|白买|钱多|人傻|冤大头|韭菜|智商税|浪费|后悔|用不上|吃灰/;
const basketCheered = (s: string): boolean => BASKET_TOLD.test(s) && WARM_FORECAST.test(s) && !OTHERS_PUT_DOWN.test(s) && !FOOLS_BUY.test(s);

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
// Round 39 (t39j): …and 连 as the verb that connects a device (Pro手柄连电脑用蓝牙或有线都行, 连手机, 连蓝牙, 连wifi): read 接.
const NOT_PUT_DOWN = /连衣裙|不如意|(?<!还)不如(?=试试|先试|先看|换|选|考虑|再等)|(?<![你您他她就都])连(?=(?:上|接)?(?:电脑|笔记本|手机|平板|ipad|主机|电视|蓝牙|wifi|无线|网络|热点|路由|显示器|投影|音箱|音响|耳机|车机|switch|ns|ps[0-9]|xbox|steam|app|充电器|电源|插座|usb|typec|数据线|线))/g;
const PLAIN_WORD: Record<string, string> = { 连衣裙: '半身裙', 不如意: '不顺心', 不如: '还是', 连: '接' };
// Round 24 (t24b): Cantonese (唔好意思要你等咗咁耐，啱啱查到你个包裹喺海关抽检紧) weighs like rudeness too: 唔, and 你个 — a 你个X
// insult in Mandarin, "your" in Cantonese. Read plain unit for unit (唔 → 不, 咗 → 了, 咁耐 → 很久, 你个包裹 → 你的包裹); only in a window
// with a word only Cantonese writes, and 你个 only before the buyer's parcel, order or goods (你个衰人 stays as it is).
const CANTONESE = /[咗喺嘅㗎哋啱冇佢睇搵啲唔]/;
const CANTONESE_WORD = /啱啱|咁耐|你个(?=包裹|快递|订单|单号|货|件|地址|电话|退款|包|箱|号码|账户|问题|申请|评价|留言)|[唔咗喺嘅㗎喇哋佢冇俾睇搵咩啲嘢咁]/g;
const CANTONESE_PLAIN: Record<string, string> = {
  啱啱: '刚刚', 咁耐: '很久', 你个: '你的', 唔: '不', 咗: '了', 喺: '在', 嘅: '的', 㗎: '的', 喇: '了', 哋: '们', 佢: '他', 冇: '没', 俾: '给', 睇: '看', 搵: '找',
  咩: '啥', 啲: '些', 嘢: '物', 咁: '这',
};
// Round 34 (t34a): the agent's modest word for themself (我就是个卖奶粉的客服, 我只是个小客服, 我也就是个打工的): 是个 weighs like 你是个… to the
// model. Read 个 as 一 after a first person (same length); what still reads as a put-down is one.
const SELF_HUMBLE = /(?<=(?:我|本人|咱)(?:就|只|也|也就|只不过|不过|其实|真的|就只)?是)个/g;
const FEELING_GUAI = /(?<=[还也真倒挺])怪(?=(?:心疼|可惜|难受|难过|舍不得|不好意思|过意不去|想|累|辛苦|麻烦|可怜|可爱|好看|有意思)的)/g;
function plainRegister(window: string): string {
  if (CANTONESE.test(window)) window = window.replace(CANTONESE_WORD, (w) => CANTONESE_PLAIN[w] ?? w);
  if (window.includes('是个')) window = window.replace(SELF_HUMBLE, '一');
  // Round 38 (t38j): 怪 as a northern adverb of degree before a feeling (还怪心疼的, 怪不好意思的) reads 很, not 怪 (blame).
  if (window.includes('怪')) window = window.replace(FEELING_GUAI, '很');
  if (!/俺|立马|玩意|连|不如/.test(window)) return window;
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

// Round 35 (lead, after the retrain): advice not to waste something (这张券今晚过期，别浪费了哦; 冻太久吃不出鲜味，别浪费了) and a help
// prepared for what the buyer may find hard (怕您看不懂英文说明书，我们附了一份中文版) read like the new put-downs the model learnt
// (goods wasted on the buyer, the buyer unable to follow): not with the buyer's taste, level or wits in the sentence, nor a put-down word.
// (Not someone's time or breath wasted — 别浪费我时间 is a brush-off — nor money: 您这个阶段就别浪费钱了 writes the buyer off.)
const WASTE_ADVISED = /(?:别|不要|免得|以免|省得|千万别)(?:白白)?浪费(?!(?:我|我们|大家|彼此|人家|你|您)?(?:的)?(?:时间|口舌|精力|感情|表情|功夫|工夫|力气|钱|银子|票子))/;
const WORRY = /(?:怕|担心|万一)(?:您|你)(?:看不懂|不会用|不清楚|搞不懂|找不到|不方便|记不住|用不惯)/g;
const HELP_PREPARED = /(?:怕|担心|万一)(?:您|你)(?:看不懂|不会用|不清楚|搞不懂|找不到|不方便|记不住|用不惯)[^。！？]{0,24}?(?:我们|我|店里|小店)(?:这边)?(?:已经|特意|专门|都|还)?(?:附|准备|配|放|加|写|录|贴|打印|翻译)/;
const BUYER_TRAIT = /(?:您|你)(?:这|的|这个)?(?:品味|水平|舌头|嘴|审美|脑子|眼光|智商|岁数|年纪)/;
// (The window the model flags may end before the help: its next clause is read with it.)
const adviceOrHelp = (s: string, next: string): boolean => {
  const span = s + next.slice(0, 24);
  // The worry itself names what the buyer may not follow (看不懂, 不会用: put-down words elsewhere): read without it.
  const rest = span.replace(WORRY, '');
  return (WASTE_ADVISED.test(s) || HELP_PREPARED.test(span)) && !BUYER_TRAIT.test(rest) && !OTHERS_PUT_DOWN.test(rest) && !PUT_BELOW_STRICT.test(rest);
};

// Round 24 (t24b): the buyer's care praised for a careful act (您真是太细心了，连批号都核对了 / 您太认真了，连说明书都看完了): 您真是太…了，连…都
// weighs like ironic praise to the model. It is praise when the 连…都 act is a careful one and nothing in the sentence is a blunder or a
// skipped check (连地址都能填错, 连尺码表都不看就买了 stay: rude-dismissal blocks those). 没错 / 没问题 answer, they are no blunder.
const CARE_WORD = /细心|仔细|认真|用心|专业|严谨|懂行|内行|有心|记性(?:真|太|可真)?好|火眼金睛|眼尖|眼力(?:真|太|可真)?好/;
const CAREFUL_ACT = /连[^，。！？]{1,10}?(?:都|也)(?:仔细|认真|专门|特意|提前|先|亲自)?(?:要)?(?:核对|对过|对了|对一下|对照|注意到|留意到?|查过|查了|查到|看过|看了|看完|看到了|研究|比对|检查|发现|记得|记住|扫了|扫过|算好|算过|量过|量好|问到)/;
const BLUNDER_OR_SKIP = /错|漏|反了|弄反|搞反|丢|忘|坏了|不(?:看|问|量|查|核对|注意)|没(?:看|问|量|查|核对|注意|发现)|就(?:下单|买|拍|付款|申请)|居然|竟然|还(?:问|要|来|敢|好意思)|呵呵|服了|佩服/;
const carePraised = (s: string): boolean => {
  if (!CARE_WORD.test(s) || !CAREFUL_ACT.test(s)) return false;
  return !BLUNDER_OR_SKIP.test(s.replace(/没错|没问题|不错/g, '对的')) && !OTHERS_PUT_DOWN.test(s);
};

// Round 24 (t24b): the buyer's kind praised (像您这样爽快的顾客我们最欢迎了; 老顾客都是您这样懂货的) — 您这样的顾客 weighs like filing the buyer.
// (the kind's own nouns are no put-down here: OTHERS_PUT_DOWN is read without them)
const kindPraised = (s: string): boolean =>
  BUYER_KIND.test(s) && KIND_PRAISE.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/顾客|买家|客人|客户/g, '')) && !/伺候|见多了|少见|头一回|爱买不买|别来/.test(s);

// Round 31 (t31d): the buyer's skill, look or words praised to the skies, with a favourable effect on us told as a joke (您这砍价功力了得，
// 老板听了都得鼓掌; 您这嘴太甜了，老板听了都要笑开花了) or the buyer set above a standard of ours (拍照技术比我们的主图还好看; 搭配得比模特
// 还有范儿) or the question praised (您真是个人才，这个问题问到点子上了). Hyperbole weighs like sarcasm to the model; it is praise only when
// the effect is a favourable one — not 笑死/报警/哭 — and nothing in the sentence turns it (a blunder, a skipped act, 还想, 呵呵, 服了,
// a put-down word): 您可真是个人才，这种问题都问得出来 stays.
const FACULTY_PRAISED = new RegExp(
  '(?:您|你)(?:这|的|这个|这份|这手)?(?:砍价|讲价|还价|拍照|搭配|穿搭|说话|挑货|选品)?(?:的)?(?:功力|功夫|本事|水平|技术|眼光|眼力|品味|口才|嘴|审美|手艺|身材|气质)' +
    '|(?:您|你)(?:真是|可真是|简直是|就是|绝对是|妥妥的)(?:个|一个|位)?(?:人才|高手|行家|内行|专家|砍价高手|火眼金睛|大神|宝藏买家)' +
    '|(?:您|你)(?:这|的)?[^，。！？]{0,8}?(?:得|的)?(?:太|真|好|超|特别|绝了)(?:好看|漂亮|会说|会聊|会挑|会砍|甜|厉害|专业|上镜|有眼光)',
);
const FAVOURABLE_EFFECT = new RegExp(
  '(?:老板|我们|我|店里|全店|同事|小编|客服)[^，。！？]{0,6}?(?:都|也)?(?:得|要|想|忍不住|直)?(?:鼓掌|点赞|竖大拇指|甘拜下风|认输|投降|服气|招架不住|松口|心动|感动|开心|高兴|乐开花|笑开花|合不拢嘴|笑得合不拢|依您|依了您|听您的|让步)' +
    '|被您(?:搬空|砍空|说服|打动|逗乐|夸)|(?:问|说)到(?:了)?点子上|问得(?:好|专业|到位)' +
    '|比(?:我们|店里|咱们)?(?:的)?[^，。！？]{1,6}?还(?:好看|漂亮|专业|有范儿?|上镜|出片|会拍|会穿|会搭|厉害)|一眼就(?:挑|看|选)中',
);
const PRAISE_TURN = /但|不过|可惜|就是|只是|呵呵|服了|居然|竟然|还(?:问|来|敢|好意思|想|要|不)|怎么|这种问题|这都|都能|脸皮|抠|小气|计较|难伺候|事多|没见过|头一回|少见|想得美|做梦|门都没有|别想|白嫖|占便宜|薅|亏本|笑死|报警|哭/;
const praisedToTheSkies = (s: string): boolean =>
  FACULTY_PRAISED.test(s) && FAVOURABLE_EFFECT.test(s) && !PRAISE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !BLUNDER_OR_SKIP.test(s.replace(/没错|没问题|不错/g, '对的'));

// Round 31 (t31f): …and the bow to the buyer's bargaining (这都能砍下来，我们老板都要甘拜下风了): 这都 / 都能 marvel at the haggling there, when
// the sentence is about the price and is no dispute (退款, 差评, 不退, 歪理) and no put-down.
const HAGGLED = /砍价|讲价|还价|议价|砍下|砍到|能砍|会砍|砍得|讲下来|谈下来|压价/;
const HAGGLE_DISPUTE = /退款|退货|差评|投诉|不退|不换|不赔|没门|不可能|歪理|胡搅|无理|碰瓷|讹|敲诈|闹|脸皮|抠|小气|白嫖|占便宜|薅|笑死/;
const haggleBowed = (s: string): boolean => HAGGLED.test(s) && FAVOURABLE_EFFECT.test(s) && !HAGGLE_DISPUTE.test(s) && !OTHERS_PUT_DOWN.test(s);

// Round 31 (t31d): the buyer's trouble regretted with an apology (您受累了，这么热的天还跑去驿站，真是不好意思; 辛苦您白跑一趟，抱歉):
// 还跑去 weighs like a dig to the model, but the effort is ours to regret — not with a put-down, a blunder or a "should have" beside it
// (这么简单的事还跑去驿站问, 谁让您非要自己去).
const BUYER_TROUBLE = /受累|辛苦(?:您|你)|(?:您|你)辛苦|(?:让|害|叫)(?:您|你)(?:白)?(?:跑|等|折腾|操心|费心)|白跑|跑一趟|折腾(?:您|你)|麻烦(?:您|你)了/;
const TROUBLE_TURN = /这么简单|自己(?:不|没)|非要|偏要|谁让|活该|早(?:说|看|知道)|本来就|明明/;
const troubleRegretted = (s: string): boolean =>
  BUYER_TROUBLE.test(s) && APOLOGY.test(s) && !TROUBLE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !BLUNDER_OR_SKIP.test(s.replace(/没错|没问题|不错/g, '对的'));

// Round 35 (t35a): the trouble of the buyer or their family acknowledged with thanks rather than an apology (您家人辛苦了，这么远还要跑一趟
// 取件; 辛苦您了，还特意跑去驿站): 还要跑一趟 weighs like a dig, the 辛苦了 makes it sympathy — not with a put-down, a blunder, a "should have"
// or 连…都 beside it (辛苦了，这么简单的事还要跑一趟问).
const THANKED_FOR_TROUBLE = /(?:您|你|您家人|你家人|家里人|您家里人|您爱人|您先生|您太太|老人家|叔叔阿姨)?(?:也)?(?:辛苦|受累)(?:了|啦|您了|你了|大家了)/;
const THANKS_TURN = /但|不过|可惜|呵呵|服了|居然|竟然|还(?:问|敢|好意思|想)|怎么|这种问题|这都|都能|脸皮|抠|小气|计较|难伺候|事多|没见过|笑死|活该/;
/** 还要跑一趟, 还得来回跑: the effort itself (read as 又), not 还要 of a demand. */
const EFFORT_STILL = /还(?:要|得)(?=(?:专门|特意|亲自)?(?:跑|来回|去|走|等|取|搬|扛))/g;
const troubleThanked = (s: string): boolean =>
  THANKED_FOR_TROUBLE.test(s) && !TROUBLE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !THANKS_TURN.test(s) && !/连[^，。！？]{0,8}都/.test(s) && !BLUNDER_OR_SKIP.test(s.replace(/没错|没问题|不错/g, '对的').replace(EFFORT_STILL, '又'));

// Round 31 (t31f): the buyer told not to blame themselves, the fault taken by the shop (别什么都怪自己，是我们写得不清楚; 您别自责，是我们
// 发错了): consolation — not with a put-down or a blunder of the buyer's beside it (别怪自己了，谁让您不看, 是您自己没看).
// Round 38 (t38j): …also 不能怪您 / 怪不得您 / 跟您没关系, the fault put on the packing or the carrier (这不能怪您，是包装的问题).
const BUYER_CONSOLED = /(?:别|不要|不用|无需|不必|千万别)(?:再)?(?:什么都|啥都|都|总|老|总是|老是)?(?:怪|责怪|怨|埋怨)(?:您|你)?自己|(?:别|不要|不用|不必|千万别)(?:太)?自责|不怪(?:您|你)|(?:不能|不该|怎么能|哪能)怪(?:您|你)|怪不(?:得|了|着)(?:您|你)|不是(?:您|你)的(?:错|问题|责任)|(?:跟|和|与)(?:您|你)(?:没|没有|无)关系/;
const FAULT_OURS = /(?:是|怪|都怪|赖)(?:我们|本店|店里|咱们|我)|(?:我们|本店|店里|咱们|我)(?:的|这边的)(?:错|问题|失误|疏忽|责任|锅)/;
const CONSOLE_TURN = /谁让|活该|本来就|明明|早(?:说|看|知道)|自己(?:不|没)|(?:您|你)(?:自己)?(?:也|还)?(?:有|要)?(?:不看|没看|没注意|不注意|粗心|马虎)/;
// Round 35 (lead, after the retrain): the slip called a common one instead of ours (这一步很多客户第一次都会漏掉，不怪您) consoles as well.
const COMMON_SLIP = /(?:很多|不少|好多|大部分|大多数)(?:客户|顾客|买家|人|朋友|家长|新手)(?:第一次|刚开始|一开始|刚上手)?(?:都|也)?(?:会|容易|常)(?:漏|忘|搞错|弄错|弄反|装反|没注意|忽略)|(?:谁都|人人都)(?:会|可能)(?:漏|忘|搞错|弄错)|常有的事/;
const FAULT_OF_SERVICE = /是(?:我们的?|店里的?)?(?:包装|打包|快递|物流|运输|仓库|发货|厂家|工厂|系统|质检)(?:的|那边的|环节的?)?(?:问题|原因|错|责任|锅|失误|疏忽)/;
const buyerConsoled = (s: string): boolean => BUYER_CONSOLED.test(s) && (FAULT_OURS.test(s) || COMMON_SLIP.test(s) || FAULT_OF_SERVICE.test(s)) && !CONSOLE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/不怪/g, ''));

// Round 32 (t32f): who the goods are for, asked to advise (这罐奶粉是给家里老人买的吧？; 是给长辈用的吗): 老人家 weighs like an age jibe
// to the model, but here it names the recipient, not the buyer — not with a put-down word in the sentence (这么大年纪, 不识货…).
const RECIPIENT_ASKED = /(?:是|应该是|主要是)?(?:给|帮|替)(?:家里|您家|您家里)?(?:的)?(?:老人家|老人|长辈|老年人|爸妈|父母|爸爸|妈妈|孩子|宝宝|小朋友|家人|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷)(?:们)?(?:买|用|喝|吃|穿|选|挑|准备|囤)的?(?:吧|吗|呢|呀|嘛|对吧|是吗)/;
const AGE_JIBE = /这么大年纪|这把年纪|这个年纪|老糊涂|老不|老东西|倚老|为老不尊/;
const recipientAsked = (s: string): boolean => RECIPIENT_ASKED.test(s) && !OTHERS_PUT_DOWN.test(s) && !AGE_JIBE.test(s);

// Round 34 (t34a): the buyer's own harsh words about us reported, then an apology and the fault owned (您说我们脑子有病，我先给您道个歉，是我们
// 发错颜色了): the put-down is the buyer's, ours is the apology — not with a word aimed back at the buyer (您也…, 您这…, 你).
const BUYER_WORDS_ABOUT_US = /(?:您|亲)(?:刚才|刚刚|之前|在评价里|在评论里)?(?:说|骂|讲|嫌|觉得)(?:我们|我|客服|店里|本店|小店)/;
const AMENDS = new RegExp(`${APOLOGY.source}|道歉|道个歉|赔不是|赔个不是`);
const ownedAfterReport = (s: string): boolean => BUYER_WORDS_ABOUT_US.test(s) && AMENDS.test(s) && FAULT_OURS.test(s) && !AT_BUYER.test(s.replace(BUYER_WORDS_ABOUT_US, ''));

// Round 34 (t34a): a heated remark let pass and the talk steered back to the order (那些话我们就当没听见，先说回您的退货吧): no one put down.
const BACK_TO_ORDER = /(?:说回|聊回|回到|拉回|还是说|先说|先聊|先处理)(?:您的?|咱们的?|这个|这单的?)?(?:订单|正题|正事|售后|退换|换货|退货|物流|尺码|问题)/;
const steeredBack = (s: string): boolean => BACK_TO_ORDER.test(s) && !AT_BUYER.test(s) && !OTHERS_PUT_DOWN.test(s) && !PRAISE_TURN.test(s);

// Round 34 (t34a): an elder's worry named and understood (您婆婆说进口奶粉都是假的，老人家担心能理解): 老人家 weighs like an age jibe to
// the model, as in recipientAsked — not with a jibe or a put-down beside it.
const ELDER_UNDERSTOOD = /(?:老人家|长辈|老人|家里老人)(?:的|们)?(?:担心|顾虑|谨慎|小心|操心|不放心|多虑)[^]{0,6}?(?:能理解|可以理解|理解|很正常|正常|是好事|是应该的)/;
// Round 41 (t41m): …and an elder's failing hearing or sight explained kindly (detect/elder-ailment.ts).
const elderUnderstood = (s: string): boolean => ELDER_UNDERSTOOD.test(s) && !AGE_JIBE.test(s) && !OTHERS_PUT_DOWN.test(s) && !AT_BUYER.test(s);

// Round 36 (t36g): the goods' ease told by an audience who needs it most (说明书全是图示，不识字的小朋友也能照着做; 零基础新手也能上手):
// no buyer in the sentence, so nobody is set below that audience — not when the buyer is named (…您怎么还不会) or put down.
const EASY_FOR = /(?:小朋友|孩子|小孩|宝宝|儿童|新手|小白|零基础|初学者|老人|长辈|老年人)[^，。！？]{0,4}(?:也|都)(?:能|会|可以|可)(?:轻松|自己|独立)?(?:照着做|照做|上手|学会|看懂|看得懂|操作|用|使用|拼|装|做|玩)/;
const easeTold = (s: string): boolean => EASY_FOR.test(s) && !/[您你]/.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
// Round 37 (t37f): the buyer's level named as what a choice depends on (上黑道要看您的水平，建议先请教练带几次; 选几号杆根据您的挥速来定):
// 您的水平 weighs like a jibe at the buyer's skill to the model; it is a fitting advice when the level is the criterion (看/根据/按/取决于) and
// a suggestion follows — not 您这水平 (the level judged), nor with a put-down, 不如, 省着, 都一样 or 白花 beside it.
/**
 * Round 37 (t37g): the buyer's own show praised and thanked for (笑死，您这买家秀也太好看了吧 谢谢您的认可; 晒图拍得真美，感谢支持): a laugh of
 * delight, not a jeer, when the sentence thanks the buyer for the approval or the photo — and nothing turns it (PRAISE_TURN but the laugh).
 */
const SHOW_PRAISED = /(?:买家秀|晒图|晒的图|照片|图片|拍得|拍的|上身|穿上|穿着|戴上|戴着)[^。！？]{0,10}?(?:好看|漂亮|美|绝|好美|惊艳|太赞|好赞|上镜|有气质)/;
const THANKED_FOR_SHOW = /(?:谢谢|感谢|多谢)(?:您|你|亲|宝|宝子|姐妹)?(?:的)?(?:认可|支持|喜欢|好评|夸奖|肯定|晒图|分享|返图|捧场)/;
const SHOW_TURN = new RegExp(PRAISE_TURN.source.replace('|笑死', ''));
function showPraisedAndThanked(s: string): boolean {
  return SHOW_PRAISED.test(s) && THANKED_FOR_SHOW.test(s) && !SHOW_TURN.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/买家秀/g, ''));
}
/**
 * Round 37 (t37g): patience declared with the buyer's worry understood (您问了三遍，我一点都不嫌烦，换我也会担心; 多问几次不麻烦，谨慎是应该的):
 * the repeat named to say it is welcome — not said with a turn (呵呵, 还问, 到底, 有完没完).
 */
const PATIENCE_DECLARED = /(?:一点|一点儿|丝毫|完全|真的|从来|也|都)(?:都|也)?不(?:会)?(?:嫌|觉得)?(?:烦|麻烦|嫌烦|厌烦)|不嫌(?:烦|麻烦)/;
const WORRY_UNDERSTOOD = /理解|换(?:我|成我|作我|谁|做是?我)|担心|谨慎|应该的|很正常|放心不下/;
const PATIENCE_TURN = /呵呵|服了|居然|竟然|还(?:问|来|敢|好意思|想|要)|就是|只是|到底要|有完没完|烦死|第[0-9一二三四五六七八九十几]+遍了|不过|但是|可是/;
function patienceDeclared(s: string): boolean {
  return PATIENCE_DECLARED.test(s) && WORRY_UNDERSTOOD.test(s) && !PATIENCE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/买家/g, ''));
}
const LEVEL_CRITERION = /(?:要看|得看|看|根据|按照?|取决于|视|结合)(?:您|你)(?:自己)?的(?:水平|程度|经验|基础|技术|体能|身体情况|挥速|力量|需求|情况)(?:来)?(?:定|选|决定|挑)?/;
const ADVICE_AFTER = /建议|可以|推荐|最好|先|慢慢|循序渐进|不用急|请教练|跟着教练/;
const LEVEL_JUDGED = /(?:您|你)这(?:个)?(?:水平|技术|程度)|不如|省着|都一样|白花|浪费|换多少|不配|配不上|就别|算了吧|呵呵/;
const levelAsCriterion = (s: string): boolean => LEVEL_CRITERION.test(s) && ADVICE_AFTER.test(s) && !LEVEL_JUDGED.test(s) && !OTHERS_PUT_DOWN.test(s);
// Round 38 (t38j): the platform's crackdown on other sellers reported (平台严厉打击售假，一堆假货商家都被封了): the sellers punished are
// nobody in this chat — not with the buyer addressed, a put-down word, or a seller named beside it (那家, 隔壁).
const SELLERS_SANCTIONED = /(?:平台|快手|官方|监管|海关)[^，。！？]{0,8}?(?:打击|整治|严查|清理|清退|处罚|处理|查处|严打)|(?:商家|卖家|店铺|店家|网店)[^，。！？]{0,4}?(?:都|全|也)?(?:被)(?:封|封号|封店|关店|清退|处罚|下架|查|罚)/;
const SELLER_NAMED = /那家|隔壁|他家|他们家|对面|同行/;
const sellersSanctioned = (s: string): boolean =>
  SELLERS_SANCTIONED.test(s) && /商家|卖家|店铺|店家|网店/.test(s) && !/[您你]/.test(s) && !SELLER_NAMED.test(s) && !OTHERS_PUT_DOWN.test(s);
// Round 38 (t38j): the buyer's show praised, an eyesore word only denied (您这买家秀一点都不辣眼，拍得很好看): litotes, then plain praise —
// not with the praise itself denied (拍得不好看), a turn or a put-down left once the denied words are taken out.
const EYESORE_DENIED = /(?:一点(?:儿)?|丝毫|完全|根本|真的|并|也)?(?:都|也)?不(?:辣眼睛?|丑|土|难看|俗气?|low|尴尬)/g;
const PRAISE_DENIED = /不(?:太|怎么|是很|够)?(?:好看|漂亮|美|上镜|惊艳)/;
const showPraisedPlainly = (s: string): boolean => {
  const rest = s.replace(EYESORE_DENIED, '');
  return SHOW_PRAISED.test(rest) && !PRAISE_DENIED.test(rest) && !SHOW_TURN.test(rest) && !OTHERS_PUT_DOWN.test(rest.replace(/买家秀/g, '')) && !/辣眼|丑|土|难看|俗/.test(rest);
};
// Round 40 (lead): the buyer talked into a smaller size for light use (您就偶尔煮一次，买这么大一口锅有点浪费，22cm的就够了): 有点浪费
// weighs like "wasted on you" to the model; it is advice when a smaller size or model is named as enough — not with the buyer's means or
// worth doubted (买不起, 省着, 不配, 就别, 算了吧) or a put-down word.
const SMALLER_ENOUGH = /(?:[0-9]+(?:cm|mm|ml|l|升|寸|码|号|克|g|人份|片|粒)|小(?:号|一号|一点|的|款|尺寸|容量|瓶|罐|盒|包)|中号|基础款|入门款|单人)的?(?:就|也)?(?:够了?|足够|够用|合适|刚好|正好)/;
const MEANS_DOUBTED = /买不起|省着|白花|不配|配不上|就别|算了吧|呵呵|穷|舍不得/;
const smallerAdvised = (s: string): boolean => SMALLER_ENOUGH.test(s) && !MEANS_DOUBTED.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
// Round 41 (t41j): buying advice said to hold at any shop (买之前留意一下烘焙日期，不管在哪家买都一样): 都一样 weighs like "nothing helps
// you" to the model; here it makes the advice general — not with the buyer addressed with a put-down, a smear of other shops or a
// put-down word (不管在哪家买都一样，您这水平也喝不出来).
const ANY_SHOP_ALIKE = /(?:不管|无论|不论)(?:您|你)?(?:在|去|从|找)?(?:哪家|哪里|哪儿|哪个店|哪个平台|哪个牌子|谁家|什么地方)(?:买|购买|入手|选|挑|下单)?(?:都(?:一样|是这样|适用|通用|要|得|建议|该))/;
const anyShopAlike = (s: string): boolean => ANY_SHOP_ALIKE.test(s) && !AT_BUYER.test(s) && !OTHERS_PUT_DOWN.test(s) && !/坑|假|骗|黑心|智商税|割韭菜|不如|套路/.test(s);
// Round 43 (t43a): what the goods hold told against what they are not (学习机里的课程是机器自带的，不是真人家教上门辅导): 不是真人… weighs like a
// jibe to the model; it is a fact of the goods when their content is said to be built in — with no buyer addressed and no put-down.
const BUILT_IN_TOLD = /(?:是|都是|属于)(?:机器|设备|本机|系统|出厂|原机)?(?:自带|内置|预装|出厂自带|出厂预装)的?/;
const builtInTold = (s: string): boolean =>
  BUILT_IN_TOLD.test(s) && /不是|并非|而不是|不含|不包括/.test(s) && !/[您你]/.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s) && !PRAISE_TURN.test(s);
// Round 43 (t43b): a crowd heads-up (周末店里人太多了，您别来挤了，工作日来更方便; 节假日人挤人，就别来凑热闹了): the buyer spared a queue, the
// crowd told first — not with a put-down, a brush-off or the buyer called a nuisance (添乱, 嫌, 烦, 穷人别来).
const CROWD_TOLD = /人(?:太|很|特别|比较|超|非常)?多|人挤人|人满|爆满|排(?:长)?队|挤不(?:进|下|动)|忙不过来/;
const STAY_AWAY = /(?:就|先|还是|您|你|可以|最好)*(?:别|不要|不用|不必)(?:特意|专门)?(?:过来|来|跑)(?:挤|凑热闹|排队|跑一趟|一趟)?/;
const CROWD_TURN = /添乱|捣乱|碍事|碍眼|烦|嫌|丢人|丢脸|掉价|档次|买不起|看不起|不欢迎|别再来|永远|滚|穷|这种人|你这样|您这样/;
const crowdHeadsUp = (s: string): boolean => {
  const crowd = CROWD_TOLD.exec(s);
  return crowd !== null && STAY_AWAY.test(s.slice(crowd.index)) && !CROWD_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
};
// Round 44 (t44a): the shop owning it is puzzled by a rare fault (我们做了这么多年还不懂这个问题，真是少见; 这种故障我们也是头一回遇到): 还不懂 and
// 少见 weigh like a jibe, but the ignorance is ours and the rarity the fault's — no one addressed, no person put down.
const OWN_PUZZLED = /(?:我们|我|本店|店里|咱们)[^，。！？]{0,10}?(?:还|也|都|真)?(?:不懂|不清楚|没见过|没遇到过?|没碰到过?|搞不懂|弄不明白|说不准|拿不准|头一回|第一次)/;
const FAULT_CASE = /问题|情况|故障|现象|毛病|报错|状况|案例/;
const RARE_CASE = /少见|罕见|头一回|第一次|没遇到过|没碰到过|没见过|稀奇|奇怪|特殊/;
const PUZZLE_TURN = /难缠|事多|挑剔|奇葩|这种人|这样的人|这么(?:难|能|会|多事)|还有人|有人|客人|顾客|买家/;
const ownPuzzled = (s: string): boolean =>
  OWN_PUZZLED.test(s) && FAULT_CASE.test(s) && RARE_CASE.test(s) && !/[您你]/.test(s) && !PUZZLE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s.replace(OWN_PUZZLED, '')) && !PUT_BELOW_STRICT.test(s);
// Round 45 (t45f): the words of a custom engraving or print quoted as goods (爱你，因为你是你，这句话刻在手链内侧; 刻字内容“平安喜乐”已备注):
// the 你 is the buyer's own text to a loved one, not the agent's address — not with a put-down word in the sentence.
const ENGRAVING_QUOTED = /(?:这句话|这句|这段话|这几个字|这行字|这些字|刻字|定制文字|字样|文字|内容)[^，。！？]{0,6}?(?:刻|印|绣|烫|雕|写|打)(?:在|到|上)|(?:刻字|印字|绣字|定制文字|刻的字|印的字)(?:内容)?[^，。！？]{0,4}?(?:已|我们已经?|帮您)?(?:备注|确认|记下|登记)/;
const engravingQuoted = (s: string): boolean => ENGRAVING_QUOTED.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s) && !PRAISE_TURN.test(s);
// Round 45 (t45f): the buyer's show praised with a quoted title of honour and thanked (您把买家秀拍得这么好，真是个“种草达人”，谢谢您; 晒图
// 拍得真好，妥妥的“带货小能手”，感谢): 真是个“…” weighs like an ironic label to the model; a title of praise (达人, 小能手, 高手) beside
// the show praised and a thanks is praise — not with a turn or a put-down word.
const SHOW_DONE_WELL = /(?:买家秀|晒图|晒的图|返图|照片|图片|视频)[^。！？]{0,6}?(?:拍|晒|拍摄|修)得(?:这么|真|太|好|超|特别|非常)?(?:好|棒|用心|专业|出彩)(?!笑|玩)/;
const HONOUR_TITLE = /(?:达人|小能手|能手|高手|大神|博主|摄影师|模特)[”"」』]?/;
const THANKED = /(?:谢谢|感谢|多谢)(?:您|你|亲|宝|宝子|姐妹)?/;
// Round 45 (t45f): the buyer's claim or hearsay about another shop asked back and declined (detect/claim-declined.ts): the rival named beside a
// harm is the buyer's word, not our sneer.
const RIVAL = /那家|别家|隔壁|他家|他们家|人家|其他(?:店|家|商家)|别的(?:店|商家)|同行|对面/;
const rivalClaimDeclined = (s: string, next: string): boolean => claimDeclined(s, next) && RIVAL.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/那家店的?|那家/g, ''));
const showTitledAndThanked = (s: string): boolean =>
  SHOW_DONE_WELL.test(s) && HONOUR_TITLE.test(s) && THANKED.test(s) && !SHOW_TURN.test(s) && !OTHERS_PUT_DOWN.test(s.replace(/买家秀/g, ''));
// ---- round 46 (t46k) ----
// Round 46 (t46k): the buyer spared a question by pointing to where the answer is written (产地您别问了，详情页写着呢; 成分不用问啦，包装背面都
// 印着): 别问了 weighs like a brush-off to the model, but the pointer answers it — not with contempt beside it (问了也白问, 还问, 说了多少遍,
// 不会看吗, 睁眼, 烦) or a put-down word.
const ROUND46K_ASK_SPARED = /(?:别|不用|不必|无需|甭)(?:再)?(?:问|操心|纠结)(?:了|啦|哈|啊|呀)?/;
const ROUND46K_WHERE_WRITTEN = /(?:详情页|商品页|宝贝页|页面|主图|详情图|说明书|包装|标签|背标|外盒|瓶身|吊牌|参数表)(?:上|里|背面|底部)?(?:第[一二三四五六七八九十0-9]+(?:张|页|屏)(?:图)?)?(?:都|已经|早就|也)?(?:写着|印着|标着|写了|印了|标了|写明了?|标明了?|注明了?|有写|有标)/;
const ROUND46K_POINT_TURN = /白问|问了也|还问|还要问|又问|老问|一直问|反复问|几遍|多少遍|说了|讲了|不会看|自己看去|看不懂|不识字|认字|眼瞎|睁|瞎|烦|懒得|不长眼|脑子|长点心|能不能|到底|真是|服了|呵呵|无语|[?？]/;
const askSparedByPointer = (s: string): boolean => {
  const spared = ROUND46K_ASK_SPARED.exec(s);
  return spared !== null && ROUND46K_WHERE_WRITTEN.test(s.slice(spared.index)) && !ROUND46K_POINT_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
};
// ---- end round 46 (t46k) ----
// ---- round 47 (t47e) ----
// Round 47 (t47e): the buyer's skin or health told plainly and a doctor advised before any product (您现在是皮肤屏障受损，说实话什么面霜都救不了急，
// 建议先去医院皮肤科看看): 救不了 and 说实话 weigh like a sneer, but the advice is care — not with a put-down, blame or a turn in it.
const DOCTOR_ADVISED = /(?:建议|最好|还是|赶紧|尽快|先)(?:您)?(?:先|尽快|及时)?(?:去|到)?(?:医院|皮肤科|门诊|诊所|药房|看(?:一下|下)?医生|就医|就诊|问(?:一下)?医生|咨询(?:一下)?医生|找医生)/;
const CARE_TURN = /活该|自找|自己作|怪谁|怪不得|早(?:就)?说|谁让|不听|瞎|乱用|乱涂|折腾|蠢|笨|傻|作的|呵呵|智商|脑子|有病|神经/;
// (the body's trouble named — skin, a symptom, a wound — and never the eyes, the mind or the brain, the usual mock: 建议去医院看看眼科)
const CONDITION_TOLD = /皮肤|屏障|过敏|红肿|发炎|炎症|湿疹|痘|疹|咳|发烧|烧伤|烫伤|伤口|症状|刺痛|瘙痒|痒|溃烂|破皮|脱皮|起皮|拉肚子|腹泻|呕吐/;
const MOCKED_ORGAN = /眼科|眼睛|眼神|视力|脑|精神|心理|神经|耳|智力|智商|五官科/;
const doctorAdvised = (s: string): boolean => DOCTOR_ADVISED.test(s) && CONDITION_TOLD.test(s) && !MOCKED_ORGAN.test(s) && !CARE_TURN.test(s) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
// ---- end round 47 (t47e) ----
// ---- round 49 (t49d) ----
// Round 49 (t49d, dev IJ FA): the buyer's own sneer reported (您说这种环保牌都是智商税) and taken calmly right after it (我不生气哈, 我理解您的心情),
// the rest plain facts: the put-down is the buyer's word quoted, not ours. Not with a put-down or a turn (但, 不过) of ours after the calm word;
// not 我理解 (too often the lead of a retort).
const BUYER_WORDS_CALM_T49D = /(?:您|你)(?:刚才|之前)?(?:说|觉得|吐槽|评价说)[^]{1,30}?(?:我|我们)(?:一点)?(?:都|也)?(?:不生气|没生气|不介意)/;
function buyerWordsTakenCalmlyT49d(s: string): boolean {
  const m = BUYER_WORDS_CALM_T49D.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index + m[0].length);
  return !OTHERS_PUT_DOWN.test(rest) && !FOOLS_BUY.test(rest) && !/(?:你|您)(?:也|就|才|真|可|还|自己|这种|这样|这点)|见识|素质|眼光|水平|怪谁|反正|活该|但|不过|可是|只是/.test(rest);
}
// Round 49 (t49d, dev IJ FA): the buyer's hobby or plan cheered in its fans' own idiom (果然养花人的盆永远少一个; 您这是要把懒人做饭进行到底啊;
// 慢炖锅就是为打工人发明的): ribbing that puts the buyer inside a happy crowd, with no fool's buy or put-down in the sentence.
const HOBBY_CHEER_T49D = /[\u4e00-\u9fff]{1,4}(?:人|党|族|控|爱好者|玩家)的[^]{0,6}?永远(?:少一个|缺一个|少一盆|少一件|不嫌多|不够)|就是为(?:了)?[\u4e00-\u9fff]{1,6}?(?:人|党|族)(?:而)?(?:发明|设计|准备|打造|生)的|要把[^]{1,10}?进行到底/;
const hobbyCheeredT49d = (s: string): boolean => HOBBY_CHEER_T49D.test(s) && !OTHERS_PUT_DOWN.test(s) && !FOOLS_BUY.test(s);
// ---- end round 49 (t49d) ----

// ---- round 51 (fa51) ----
// Round 51 (fa51): the goods judged wrong for the buyer's own stated need, the buyer talked out of buying them (说句实话这款不适合您，您要大容量，
// 这个才200ml，别浪费钱; 这台对您来说不太合适，您要带出门，它太重了，别白花这个钱): 不适合您 and 别浪费钱 weigh like a write-off to the model, but
// the shortfall is the goods' and the need the buyer's — the need named (您要…, 您需要…, 您是要…) and the goods' limit told (才, 只有, 太小…).
// Not with the buyer's means, taste or wits doubted (买不起, 您这水平, 就别买了 alone), nor a put-down word.
const UNSUITED_51 = /(?:这款|这个|这台|这件|这只|这瓶|这支|这套|它)(?:可能|确实|真的|其实)?(?:对(?:您|你)来说)?(?:不(?:太|是很|怎么)?(?:适合|合适)(?:您|你)?|(?:不|没)(?:太|是很)?(?:满足|符合)(?:您|你)的?(?:需求|要求))/;
const NEED_NAMED_51 = /(?:您|你)(?:是)?(?:要|需要|想要|想找|平时要|经常要|主要是要|主要要)(?!不)/;
const GOODS_LIMIT_51 = /(?:才|只有|只|就)[0-9一二两三四五六七八九十几半]+|太(?:小|大|重|短|薄|厚|少|窄|紧|松|软|硬)|偏(?:小|大|重|短|薄|少)|不够|容量小|不带|没有/;
const unsuitedToNeed51 = (s: string): boolean =>
  UNSUITED_51.test(s) && NEED_NAMED_51.test(s) && GOODS_LIMIT_51.test(s) && !MEANS_DOUBTED.test(s) && !BUYER_TRAIT.test(s) && !LEVEL_JUDGED.test(s.replace(/浪费/g, '')) && !OTHERS_PUT_DOWN.test(s) && !PUT_BELOW_STRICT.test(s);
// ---- end round 51 (fa51) ----
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
  // Round 35 (t35c): …and a costume prop named as goods (detect/costume-prop.ts) or the agent's own copy of the buyer's text read back for
  // a check (detect/read-back.ts), with no put-down in it.
  // Round 33 (t33a): …and the buyer warned off an unlawful act (千万别赌钱，赌博违法; detect/warning-frame.ts) with no put-down in it.
  // Round 37 (t37f): …and the buyer's level as the criterion of an advice (levelAsCriterion above).
  // Round 37 (t37g): …and the buyer's show praised and thanked for, and patience declared with the worry understood (above).
  // Round 39 (t39n): …and another shop spoken of fairly, its kind told or praised (detect/other-shop-fair.ts), with no put-down in it.
  // Round 40 (lead): …and a smaller size advised for light use (smallerAdvised above).
  // Round 41 (t41a): …and another shop's goods never tried and so not judged (othersUntried in detect/other-shop-fair.ts).
  // Round 41 (t41j): …and buying advice said to hold at any shop (anyShopAlike above).
  // Round 43 (t43a): …and the goods' built-in content told against what they are not (builtInTold above).
  // Round 43 (t43b): …and a crowd heads-up (crowdHeadsUp above).
  // Round 44 (t44a): …and a rare fault that puzzles the shop itself (ownPuzzled above).
  // Round 45 (t45f): …and a custom engraving's words quoted, and the buyer's show praised with a title and thanked (above).
  // Round 45 (t45k): …and the buyer's basket of our goods cheered with a warm forecast (basketCheered below).
  // Round 46 (t46k): …and a question spared by pointing to where the answer is written (askSparedByPointer above).
  unless: (s, next) => unsuitedToNeed51(s) || // round 51 (fa51)
    buyerWordsTakenCalmlyT49d(s) || hobbyCheeredT49d(s) || // round 49 (t49d)
    packGapTold(s) || // round 48 (t48e)
    doctorAdvised(s) || askSparedByPointer(s) || // round 47 (t47e): doctorAdvised
    rivalClaimDeclined(s, next) || engravingQuoted(s) || showTitledAndThanked(s) || ownPuzzled(s) || builtInTold(s) || crowdHeadsUp(s) || anyShopAlike(s) || othersUntried(s) || ideaPraised(s) || smallerAdvised(s) || (otherShopFair(s) && !OTHERS_PUT_DOWN.test(s)) || levelAsCriterion(s) || showPraisedAndThanked(s) || showPraisedPlainly(s) || sellersSanctioned(s) || patienceDeclared(s) || ((costumeProp(s) || ownCopyChecked(s)) && !OTHERS_PUT_DOWN.test(s)) || elderUnderstood(s) || elderAilmentKindly(s) || troubleThanked(s) || ownedAfterReport(s) || steeredBack(s) || ((warnsOffUnlawful(s) || warnsOffScam(s)) && !OTHERS_PUT_DOWN.test(s)) || petTalk(s) || recipientAsked(s) || buyerConsoled(s) || haggleBowed(s) || carePraised(s) || praisedToTheSkies(s) || troubleRegretted(s) || kindPraised(s) || helpOffered(s) || adviceOrHelp(s, next) || easeTold(s) || basketCheered(s) || (SLANG_PRAISE.test(s) && !AT_BUYER.test(s) && !OTHERS_PUT_DOWN.test(s)) || ((WE_REFUSE_THIS.test(s) || (SELF_BLAME.test(s) && APOLOGY.test(s))) && !AT_BUYER.test(s)),
});
