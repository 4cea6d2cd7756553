// 2.3 by the statistical second opinion (rules/model/): moving the buyer off the platform in words the
// third-party rules have no pattern for.
import { likelyRule } from '../model/likely-rule';
import { storeGone } from '../detect/store-gone';
import { doubtKeptHere } from '../detect/doubt-kept-here';
import { accountNotFoundKeptHere } from '../detect/account-not-found';
import { transitOnly } from '../detect/transit';
import { buyerChannelDeclined } from '../detect/buyer-own-contact';

// Round 23 (t23a): the shop's store told as closed, nothing else asked (之前我们在南京西路88号有家门店，疫情那年关门了) — not with a
// contact, a payment or a channel in the sentence.
const OTHER_ASK = /加|私|转|微|v|q|电话|号码|联系|搜|扫|付|钱|群/;

// Round 24 (t24a): the buyer's wish for another channel reported and met in this chat instead (您说想加个vx方便发图，其实这里就能直接发图片
// 和视频) — not with an id, a number or our own ask in the sentence.
const WISH_REPORTED = /(?:您|你)(?:刚才|之前|刚刚)?(?:说|提到|问)?(?:想|想要|希望|要)(?:加|用|通过|走)/;
const KEPT_HERE = /(?:这里|这儿|这边|对话框|聊天框|输入框|聊天窗口)(?:里|上)?(?:就|也|都)?(?:能|可以)?(?:直接)?(?:发|上传|传|说|聊|沟通)(?![^]{0,4}(?:不方便|不安全|不了|不行|麻烦))|在这(?:里|儿)?(?:发|说|聊|传)(?![^]{0,4}(?:不方便|不安全|不了|不行|麻烦))/;
const OUR_OFFER = /加我|私我|私聊|私下|号是|换个|别的地方|外面|细讲|细聊|[0-9a-z_]{5,}/;

// Round 31 (t31a): the buyer's own number read back to be checked (跟您核对下收件电话尾号幺叁捌捌对吧, 下单预留的手机是139开头的吗) — the
// order's own data, not ours: a check asked, no ask of ours or a channel in the sentence.
const BUYER_NUMBER = /(?:收件|收货|预留|下单|订单|您|你)(?:人)?(?:的|上的|里的|填的|留的)?(?:电话|手机|手机号|号码|联系电话|联系方式)/;
const CHECK_ASKED = /核对|核实|确认|对吧|对吗|对不对|对嘛|是吗|是吧|是不是|没错吧|没问题吧|有没有错|吗$|吧$/;
const BUYER_CHECK_OFFER = /加我|私我|私聊|私下|微信|vx|qq|扣扣|换个|别的地方|外面|打给我|联系我|我的(?:电话|手机|号)/;

// Round 31 (t31f): …or the buyer's own mailbox on the order asked back to confirm (您留的是名字拼音加163的那个邮箱吗): the buyer's leaving or
// filling it said, a check asked, nothing to be sent to us.
const BUYER_MAIL = /(?:您|你)(?:之前|当时|下单时|下单的时候|注册时)?(?:留|填|写|预留|绑定|注册|登记)(?:的|了)[^]{0,16}(?:邮箱|邮件地址|电邮)/;
const MAIL_TO_US = /加我|私我|私聊|私下|微信|vx|换个|别的地方|外面|发(?:给)?我|发到我|我的邮箱|我们的邮箱|公司邮箱/;

// Round 31 (t31g): the buyer's doubt about another channel asked back and answered by keeping the talk here (detect/doubt-kept-here.ts).
// Round 32 (t32a): …the answer read as a sentence of its own too (私下付款安全吗？不太安全，咱们在平台上付款: the model spoke on the answer).

// Round 34 (t34a): a channel of the buyer's waived (邮箱不用留哈，报告我直接发到聊天里; 电话不需要给我们，进度订单页都能看到): the talk stays
// here — not with our own ask, a channel of ours or an id in the sentence (邮箱不用留，加我微信发你; 电话不用留，直接打我的).
const CHANNEL_WAIVED = /(?:邮箱|邮件地址|电邮|电话|手机号?|号码|微信|vx|qq|联系方式)(?:号)?(?:就|也|都|真的|其实)?(?:不用|不需要|不必|无需|用不着|没必要)(?:再)?(?:留|给|发|加|填|提供|告诉)/;
const WAIVED_TURN = /加我|私我|私聊|私下|号是|换个|别的地方|外面|打我|找我|我的(?:邮箱|电话|手机|微信|号|qq)|我们的(?:邮箱|电话|微信|qq)|[0-9a-z_]{5,}/;

// Round 34 (t34a): the buyer told to wait for the platform's own sale (618平台有跨店满减，到时候叠券能便宜五六十，不着急的话可以等等): the saving
// is on the platform, named as the platform's or the shop's own (a bare 618 / 双十一 names no one) — not with another platform, a channel
// of ours or an off-platform deal in the sentence.
const PLATFORM_SALE = /(?:平台|快手|店铺|店里|直播间|本店|我们店)(?:的|上|里)?[^，。！？]{0,4}?(?:满减|大促|活动|优惠券|券|补贴|红包)/;
/** …and the wait or the saving told (到时候, 等等, 更划算, 能省, 先加购). */
const SALE_WAITED = /等等|等到|等平台|到时候|再买|再下单|再拍|更划算|划算|能省|省不少|省[0-9一二两三四五六七八九十几]|便宜[0-9一二两三四五六七八九十几]|先加购|加购|购物车|收藏/;
const SALE_ELSEWHERE = /加我|找我|不用在这|别在这|单独|直接找|拿货|内部|渠道|官网|链接|网址|app|小程序|下载|团|代购|返|现金|朋友圈|主页|头像|留言|短信|邮箱|地址|到店|自提|私下|私聊|私信|转账|微信|vx|qq|电话|号码|联系我|搜|扫码|群|淘宝|天猫|京东|拼多多|抖音|小红书|闲鱼|别家|其他平台|外面|线下|实体店|门店/;

// Round 43 (t43j): the shop's own bundle or member price told as the cheaper way (这个相机在组合套装里也有，会员价更低; 买两件的套餐更划算):
// a listing or price of this shop, named by the offer and a price word — not with another shop, platform, channel, group, card or top-up
// (SALE_ELSEWHERE, OWN_OFFER_TURN) in the sentence.
const OWN_OFFER = /组合套装|组合装|套装|套餐|礼盒装|搭配购|会员价|会员折扣|会员专享|粉丝价|多件优惠|第二件|两件装|满减/;
const OFFER_PRICE = /更低|更便宜|便宜|更划算|划算|优惠|实惠|能省|省[0-9一二两三四五六七八九十几]|[0-9一二三四五六七八九]折|打折|少[0-9一二两三四五六七八九十几]/;
const OWN_OFFER_TURN = /别的地方|别处|其他地方|其它地方|渠道|另一家|另外一家|另一个店|其他店|其它店|小号|副店|新店|会员卡|充值|储值|办卡|入会|注册|私|找我|问我|联系/;
const ownOfferTold = (s: string): boolean => OWN_OFFER.test(s) && OFFER_PRICE.test(s) && !SALE_ELSEWHERE.test(s) && !OWN_OFFER_TURN.test(s);

// Round 37 (t37c): the order's or parcel's own number read out, spelled in Chinese numerals as a voice transcript writes it (我帮您查了一下订单号是
// 二零二四零六一八…已经出库了): the long run is the order's, named as such, not a phone — not with a contact, a channel or a payment asked in the sentence.
const ORDER_NUMBER_READ = /(?:订单号|订单编号|单号|运单号|快递单号|物流单号|包裹号)(?:码)?(?:是|为|：|:)?[零〇一二三四五六七八九幺两0-9]{8,}/;
const ORDER_READ_ASK = /加(?!急|快)|私|转(?!运|到|寄)|微|v|q|电话|手机|号码|联系|搜|扫|付|钱|群|打给|找我/;

// Round 38 (t38d): a spec line in the maker's own Latin names (Wacom Intuos S，USB-C接口，Mac/Win都支持，免驱): a model, its ports and the
// systems it runs on, told by two or more spec words — no ask, no contact or channel word, no long number and no letters run into digits
// (an id such as lily_shop88).
// Round 39 (t39j): …or a battery's or a model kit's own spec line (1/10比例，2S 7.4V 5200mAh，T插头，原厂标配): a number with its unit
// (5200mah, 7.4v, 120hz) is no id; the scale, the plug and what comes in the box are spec words too.
const SPEC_WORD = /接口|支持|兼容|免驱|驱动|系统|分辨率|尺寸|续航|充电|功率|电压|容量|内存|存储|屏幕|压感|蓝牙|无线|有线|型号|芯片|处理器|像素|英寸|重量|材质|防水|快充|待机|比例|插头|标配|电池|电芯|转速|放电/g;
// (the compact view runs 2S 7.4V 5200mAh together, 2s74v5200mah: a run of numbers-with-units is taken whole, from a unit that is no
// letter — rc5200mah, letters run into digits, stays an id)
const UNIT_NUMBER = /(?<![a-z0-9])(?:\d+(?:mah|wh|ah|mm|cm|kg|hz|khz|mhz|ghz|gb|tb|mb|ml|dpi|fps|rpm|kv|mw|v|w|a|g|c|s|l|m|p))+/g;
const SPEC_ASK = /加|私|联系|搜|扫|号|群|微|vx|wx|qq|tg|telegram|whatsapp|line|ins|facebook|fb|电话|手机|邮箱|官网|网址|链接|下载|app|付|钱|转|找|聊|发/;
const specLine = (s: string): boolean =>
  /[a-z]{2}/.test(s) && new Set(s.match(SPEC_WORD) ?? []).size >= 2 && !SPEC_ASK.test(s) && !/\d{5,}|[a-z_]{2,}\d{2,}|\d{2,}[a-z_]{2,}|_/.test(s.replace(UNIT_NUMBER, ''));

// Round 39 (t39l): the buyer's account on another app not found, the talk kept here (detect/account-not-found.ts) — not with a channel,
// an ask or a handle of ours beside it (加我, 我的IG, @shop, 但…).
const NOT_FOUND_TURN = /加我|加一下|私信|私聊|dm|pm|inbox|转我|转账|我的|我哋嘅|我们的|@|[a-z_]*\d[a-z0-9_]{4,}|但|不过|不過|可是|或者|换个/;
// Round 41 (t41h): …or declined in English and the talk kept here (No WeChat please 🙏 everything can be handled right here in 快手 chat;
// no need for WhatsApp, just message us in this chat) — not with another channel, an id or an ask of ours left in the sentence.
// (round 42, t42a: also a talk verb and the messengers Line, Signal, Skype, Viber, Kakao — we don't talk via Line; not 'not online')
const CHANNEL_DECLINED_EN = /(?:no|not|dont|donot|never|without|noneed|cant|cannot|wont)(?!online)(?:need|needed|use|using|add|adding|talk|chat|message|contact|reply|communicate|do|work)?(?:with(?:you|customers|buyers)?)?(?:via|on|over|through|by|in)?(?:for|to)?(?:any|a|my|our|the)?(?:wechat|weixin|whatsapp|telegram|email|qq|instagram|facebook|line|signal|skype|viber|kakao(?:talk)?|messenger)(?:app)?(?:please|needed|required|necessary|pls|thanks)?/g;
const KEPT_HERE_EN = /righthere|(?:here|in|on|via)(?:in|on|via)?(?:this|the)?(?:快手|kuaishou|app|platform|chat|window)|快手(?:chat|app|里|上|聊天)|thischat/;
const EN_TURN = /wechat|weixin|whatsapp|telegram|email|qq|instagram|facebook|line|vx|wx|微信|电话|加我|私聊|addme|dmme|pmme|textme|callme|contactme|my(?:number|id|phone)|instead|[a-z_]*\d[a-z0-9_]{4,}|@/;
// Round 42 (t42a): a channel declined in English with nothing else in the sentence (Sorry we don't talk via Line) — no way out of the chat
// offered (but, elsewhere, dm, an id): a refusal, with or without the talk kept here. And an English line with no word of reaching, moving,
// paying or pricing at all (Faux fur trim, not genuine fur): a fact about the goods, nothing the model's off-platform grams can stand on.
const DECLINE_TURN_EN = /but|however|else|outside|privat|dm|pm|inbox|text|call|reach|find|number|link|http|www|com|site/;
const declinedOnlyEn = (s: string): boolean => {
  const rest = s.replace(CHANNEL_DECLINED_EN, '');
  return rest !== s && !/[^\x00-\x7f]/.test(s) && !EN_TURN.test(rest) && !DECLINE_TURN_EN.test(rest);
};
const OFF_EN = /dm|pm|inbox|text|call|phone|numb|contact|reach|mess|msg|chat|talk|add|follow|find|search|scan|link|http|www|site|web|com|app|group|channel|account|id|handle|privat|direct|outside|else|pay|transfer|bank|cash|venmo|zelle|price|deal|discount|cheap|order|buy|mail|wechat|whatsapp|telegram|line|ins|ig|face|fb|tiktok|youtube|twitter|signal|skype|kakao|viber|hmu|hit|ping|meet|offline|store|shop|me|us|[0-9]{3,}/;
const plainFactEn = (s: string): boolean => !/[^\x00-\x7f]/.test(s) && /[a-z]{12}/.test(s.replace(/[^a-z]/g, '')) && !OFF_EN.test(s);
// ---- round 47 (t47e) ----
// Round 47 (t47e): the buyer's ask to deal around the platform reported and closed on a bare refusal (您问我们是否可以把货直接从国外寄给您、不走平台
// 下单，这样能便宜一些——很抱歉，这个不可以): the off-platform words are the buyer's, the sentence ends refusing them — nothing after the refusal.
const ASK_REPORTED_REFUSED = /^(?:您好|你好|亲|亲亲)?(?:您|你)(?:刚才|之前)?(?:问|说|提到|想问|询问)[^。！？]{2,60}?(?:很抱歉|抱歉|不好意思|实在抱歉)?(?:这个|这样|这)?(?:是)?(?:不可以|不行|不能|没法|做不到|不支持|不允许)(?:的|哦|哈|呢|哈亲|的亲)?$/;
const askReportedRefused = (s: string): boolean => ASK_REPORTED_REFUSED.test(s) && !/加我|私聊|私下给|转我|找我/.test(s);
// …and the scanner app advised for the goods' own code (溯源码扫不出来…要用微信扫一扫或者手机自带相机扫，有的浏览器扫不了): WeChat or the camera is
// the tool, not the destination — with the code's failure named in the sentence or the one before, and nothing added, joined or paid.
const SCANNER_ADVISED = /(?:用|拿|换)(?:微信|支付宝|手机自带的?相机|手机相机|相机|浏览器)(?:的)?扫(?:一扫|码|一下)?/;
const GOODS_CODE_FAILED = /溯源码|防伪码|验真码|追溯码|扫不出|扫不了|扫不上|识别不了|识别不出/;
const SCAN_TURN = /加|好友|群|公众号|关注|付|转|私|号|链接|官网|下载/;
const scannerAdvised = (s: string, prev: string): boolean => SCANNER_ADVISED.test(s) && GOODS_CODE_FAILED.test(prev + s) && !SCAN_TURN.test(s.replace(/扫一扫/g, ''));
// Round 61 (eng61b): the same refusal in its wider class — the ask reported as made of us (您让我 / 要我 / 叫我 / 想让我 / 希望我), the no
// strengthened (真不行, 实在没法, 确实不可以), and closed either bare or on the rule that keeps it here (所有付款都要在平台完成, 只能走平台下单):
// 您让我发个收款码，这个真不行，所有付款都要在平台完成的. Not with an ask or channel of ours after the refusal (真不行，加我私聊).
const ASK_OF_US_61 = /^(?:您好|你好|亲|亲亲)?[，,]?(?:您|你)(?:刚才|之前|刚刚)?(?:问|说|提到|想问|询问|让我|要我|叫我|想让我|想要我|希望我|要求我|请我|让我们|要我们|想让我们)[^。！？]{2,40}?[，,]?(?:很抱歉|抱歉|不好意思|实在抱歉)?[，,]?(?:这个|这样|这|那个)?(?:是)?(?:真的?|实在|确实|恐怕|肯定|绝对)?(?:不可以|不行|不能|没法|做不到|办不到|不支持|不允许|不方便|不了)(?:的|哦|哈|呢|哈亲|的亲|呀|啊)?/;
const KEPT_ON_PLATFORM_61 = /^[，,~～\s]*(?:(?:所有|全部|一切|任何|咱们|我们|您的?)?[^，。！？]{0,6}?(?:都|只能|必须|需要|得|要|统一)(?:在|走|通过|用)(?:快手)?(?:平台|这里|这边|店铺|订单|官方|下单)[^，。！？]{0,14}|[^，。！？]{0,6}?(?:在)?(?:这里|这边|这儿|平台上?|对话框里?|聊天框里?)(?:直接)?(?:发|说|聊|沟通|传|上传)(?:给我们?)?(?:就|都)?(?:可以|行|好|能)?)?[的哦哈呢呀啊~～]*$/;
const askOfUsRefused61 = (s: string): boolean => {
  const m = ASK_OF_US_61.exec(s);
  return m !== null && KEPT_ON_PLATFORM_61.test(s.slice(m[0].length)) && !/加我|私聊|私下给|转我|找我|私信我/.test(s);
};
// ---- end round 47 (t47e) ----
// ---- round 51 (fa51) ----
// Round 51 (fa51): the goods told in the maker's own Latin names — model, what comes in the box, the colour — joined by a few Chinese words
// of make-up (Coach Tabby 26 配 dust bag 和 care card，颜色是 chalk 米白): Latin letter pairs (co, ht, lk) weigh like links and handles to the
// model. Cleared when the Chinese left once the Latin and digits are taken out is short, names the make-up (配, 附, 含, 颜色, 尺寸…) and
// holds no word of reaching, moving, paying or buying, and the Latin holds no channel, link or id (whatsapp, ig, www, com, letters run
// into digits or digits inside letters, a long number; and no tutorial, video or web word: 换表带教程看这个 youtu.be/Kx8qP2mWa1c stays).
const MAKEUP_51 = /配|附|含|包括|颜色|配色|色|尺寸|尺码|码|材质/;
const CN_OFF_51 = /加|私|联系|搜|扫|(?<![大中小])号|群|微|电话|手机|邮箱|官网|网|链接|下载|付|钱|转|找|聊|店|买|价|平台|外|站|关注|主页|头像|地址|发|寄|拍|单|优惠|便宜|代|渠道|货源|朋友圈|同款|教程|视频|看这|点开|打开|复制/;
const LATIN_OFF_51 = /wechat|weixin|whatsapp|telegram|insta|ig(?![a-z]*[aeiou])|facebook|fb|tiktok|mail|qq|vx|wx|http|www|com|net|org|paypal|venmo|zelle|alipay|taobao|tmall|shop|store|dm|pm|link|contact|call|text|phone|number|add|follow|line|id|me|us(?!t)|hmu|dhgate|ebay|amazon|xianyu/;
const mixedGoodsLine51 = (s: string): boolean => {
  const latin = s.match(/[a-z]{3,}/g) ?? [];
  if (latin.length < 2) return false;
  const cjk = s.replace(/[a-z0-9]+/g, '');
  return cjk.length > 0 && cjk.length <= 14 && MAKEUP_51.test(cjk) && !CN_OFF_51.test(cjk) && !LATIN_OFF_51.test(latin.join(' ')) && !/[0-9]{5,}|[a-z][0-9]{3,}|[0-9]{3,}[a-z]|[a-z][0-9]+[a-z]/.test(s);
};
// ---- end round 51 (fa51) ----
export default likelyRule({
  id: 'likely-off-platform',
  clause: '2.3',
  title: { zh: '疑似引导买家离开平台（统计判断）', en: 'Likely moving the buyer off the platform (statistical)' },
  forbids: {
    zh: '禁止发送第三方联系方式、链接、收款账户，或引导买家到站外沟通、交易',
    en: 'forbids third-party contacts, links and payment accounts, and moving the talk or the trade off the platform',
  },
  hint: {
    zh: '请只用平台内的聊天、下单和售后功能；不要暗示其他联系或付款方式。',
    en: "Keep the talk, the order and after-sales on the platform's own tools; do not hint at other channels or payment.",
  },
  message: '这句话读起来像在引导买家到平台外联系或交易（统计判断，可能误判）',
  unless: (s, next, prev) =>
    mixedGoodsLine51(s) || // round 51 (fa51)
    askReportedRefused(s) || askOfUsRefused61(s) || scannerAdvised(s, prev) || // round 47 (t47e)
    (storeGone(s) && !OTHER_ASK.test(s)) ||
    (WISH_REPORTED.test(s) && KEPT_HERE.test(s) && !OUR_OFFER.test(s)) ||
    (BUYER_NUMBER.test(s) && CHECK_ASKED.test(s) && !BUYER_CHECK_OFFER.test(s)) ||
    (BUYER_MAIL.test(s) && CHECK_ASKED.test(s) && !MAIL_TO_US.test(s)) ||
    (CHANNEL_WAIVED.test(s) && !WAIVED_TURN.test(s)) ||
    // Round 69 (engfa69): the buyer's own channel echoed and turned down (您说的邮箱…我们这边不会发邮件的; detect/buyer-own-contact.ts).
    buyerChannelDeclined(s) ||
    (PLATFORM_SALE.test(s) && SALE_WAITED.test(s) && !SALE_ELSEWHERE.test(s)) ||
    ownOfferTold(s) ||
    (ORDER_NUMBER_READ.test(s) && !ORDER_READ_ASK.test(s.replace(ORDER_NUMBER_READ, ''))) ||
    doubtKeptHere(s, next) ||
    doubtKeptHere(prev, s) ||
    specLine(s) ||
    (accountNotFoundKeptHere(s) && !NOT_FOUND_TURN.test(s)) ||
    // Round 39 (t39n): the goods' transit time to our place told, nothing asked (到我们仓库大概要三天，仓库在地铁站旁边; detect/transit.ts).
    transitOnly(s) ||
    // Round 41 (t41h): a channel declined in English, the talk kept here.
    (KEPT_HERE_EN.test(s) && s.replace(CHANNEL_DECLINED_EN, '') !== s && !EN_TURN.test(s.replace(CHANNEL_DECLINED_EN, ''))) ||
    // Round 42 (t42a): …or declined with nothing else in the sentence, or an English line with no word of reaching, paying or pricing.
    declinedOnlyEn(s) ||
    plainFactEn(s),
});
