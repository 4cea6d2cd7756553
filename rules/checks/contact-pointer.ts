// 2.3: implicit pointers to a private channel — 看主页简介, 头像有V, 主页有惊喜, 留个联系方式, 留个号码,
// 您电话多少, 你把手机号留一下 (the number named first, the ask after it), 加个好友, 私我, 签名里有个号, 外面聊, 头像就是我的码(截图去扫) … The channel is not named, so these are
// usually a warning. An id to add after 加 + our named account (加一下我们的售后小助手 ks_help_007) blocks, as does an account id dictated in pieces (前半截 lucky，后半截 wine520，连起来就是我的号).
// Indirect pointers: a contact written on a carrier to copy and add (公告最后那串数字、第五张图的水印、主播举的牌子、包裹里
// 小卡片背面的码, 号码印在快递袋内侧, 那串字符就是售后号 — a contact noun and 加/扫/搜/打过去 in the sentence); talk moved elsewhere (换个地方我给您细讲, 找个没人看着的
// 地方聊), or this chat called watched (聊天记录都会被看，有些话不好说，您懂的) with a move nearby; an app named by its colour
// as a venue (绿色泡泡上聊, 小蓝鸟软件上找我); a phone number described in parts (手机号后四位就是店铺ID后四位) or as an
// edit of another number (客服热线前面加个1再去掉最后的0，就是我本人的手机; 把最后两位换成36就是); a name that is
// the account (本名就是账号，搜…, 我的号就是店名拼音); an id after 号是 in a sentence that asks to add; an unnamed private
// account of ours handed over or to add/call (我会发个号，加上 / 我把号给您 / 打我小号 / 加我那个，你知道的 / 一串数字…加一下);
// money handed back 从别的地方. Brand hotlines, anti-fake and traceability codes, courier sheets, sizes,
// the app's own scan (快手App扫海报进直播间) and the audit of chats (平台会审核聊天记录) are not, nor a place said to hold no
// contact or an act refused there (主页简介里写的是营业时间，没有其他联系方式; 说明书在详情页最后一张图，不用另外发邮箱).
// The app's own pages (点我们头像进店铺, 店铺主页有新品) and the order's contact details are fine, and so is the shop
// calling the buyer for a service step (稍后给您打电话确认地址; round 6) unless a number is given or asked for.
// Round 7 (fa7): a contact noun or act inside a clause that opens with a denial (不用另外发邮箱, 没有其他联系方式) counts
// for nothing, and the profile's content stated innocently (简介里写的是营业时间) is no hint.
// calling the buyer for a service step (稍后给您打电话确认地址; round 6) unless a number is given or asked for. The buyer's
// order number kept to add them or to call with a private deal (您下单留的手机号我存了，晚点用那个号加您) blocks.
// Round 8 (t8-283): a contact refused by the shop (不方便留私人联系方式) is no pointer; the number given as a riddle over digits
// the buyer holds (电话号码就是您订单号的最后11位) is.
// Round 8 (fa8): the 号 of a longer word (流水号给您, 发票号, 证件号, 箱号), the contact declined (不方便留私人联系方式, cues.ts), and the
// buyer's ask restated and declined (您问能不能留个电话，不好意思，我们只在这里沟通; detect/answered.ts via warningContext) are no pointer.
// Round 9 (fa9): a code the warehouse prints for itself (外箱贴的出库单二维码，仓库内部扫描用的) is an official place like a courier sheet,
// and so is the product's own print (说明书的二维码扫出来是英文视频，我们在详情页放了中文版本).
// Round 11 (t11a): a clause denying after a short lead (按平台规定不能给您发邮箱) counts for nothing; a carrier with the buyer sent
// to this chat's tool (这边直接点对话框的“+”号就能发图) is no pointer.

import { straddles } from '../detect/straddle';
import { deniedAfter } from '../detect/cue-rule';
import { defineRule, type RuleModule } from '../define-rule';
import { matchesOf, phraseRegex, type LintContext } from '../context';
import { compactRange, denied, hereInstead, listLead, sentence, Spans, warningContext } from '../detect/cues';
import { assemblies, PIECES_VOCABULARY } from '../detect/pieces';
import { POINTER_TERMS } from '../lexicon/third-party';
import { othersQuote, othersQuoteRanges, quotePair } from '../detect/quoted';
import { HIDDEN_READING_VOCABULARY, hiddenContacts } from '../detect/hidden-reading';
import { buyerOwnDeclined } from '../detect/buyer-own-contact';

/** The chat's record as the buyer's protection (更有保障, 靠谱, 留个底, 好处理): see the 'watched' branch. */
const RECORD_PROTECTS = /保障|靠谱|放心|安心|留底|留个底|有据可查|有据可依|好处理|方便处理|凭证|证据|维权|可追溯/;
/** Round 31 (t31b): the chat's record read by our own side (店长看过, 主管调取了, 我们核对了): see the 'watched' branch. */
const RECORD_REVIEWED = /(?:店长|主管|经理|老板|老板娘|质检|组长|我们|我|同事|售后)(?:这边)?(?:已经|都|也|刚刚?|已|仔细|认真|重新)*(?:看过|看了|查过|查了|调取了?|调出了?|调了|翻了|翻过|核对了?|核实了?|复盘了?|回看了?|过了)(?:一遍|一下|下)?(?:您的?|你的?|之前的?|当时的?|相关的?|全部的?|所有的?|完整的?|这段|那段)*$/;
const RECORD_SUBMITTED = /^(?:都|也|一并|一起|我们|我|这边)*(?:已经|已)?(?:提交|上传|上交|交给|发给|转给|附在|附上|作为(?:凭证|证据))(?:了|到|给)?(?:平台|审核|客服|小二|申诉|工单)?(?![^，。]{0,3}(?:没用|白搭|不管用))/;
const OUR_ASK = /加我|找我|私我|联系我|我的(?:微信|电话|号|手机)|打我|外面聊|换个地方/;
/** Our own pinned post (看我置顶, 去我们主页置顶, 翻小店的置顶) and a wink at what it holds (contact-pointer 'pinned'). */
const PINNED_OURS = /(?:看|去|翻|点|找|瞅|瞧|戳)(?:一下|下|一眼|看)?(?:我|我们|咱|咱们|俺|小店|本店|店铺)(?:的|家)?(?:主页|作品|视频)?(?:的|里|里的)?$/;
const PINNED_WINK = /懂的|懂得|你懂|您懂|都懂|心照|意会|自己悟|你知道的|您知道的|暗号|你想要的|您想要的|不方便说|不好说|不多说|不能说|私我|私信我/;
// Something hidden on the profile: a V, a contact, a surprise.
const PROFILE_HINT = /(?:有|上有|里有|写着|放了|挂着|留了|看|见|找)(?:个|一个)?(?:我的?)?(?:v|微|薇|vx|wx|联系|方式|号|惊喜|福利|暗号|彩蛋|好礼|q|扣|电话|手机)|联系方式|加我|私我|简介里|简介有|背景图|背景墙|(?:就是|是|有|里有|上有|放着|放了)(?:我的?|我们的?)?(?:码|二维码|名片)/;
// The profile picture is the code: 头像就是我的码，截图去扫.
const PROFILE_CODE = /^(?:里|上)?(?:就是|是|有|放着|放了)(?:我的?|我们的?)?(?:码|二维码|名片)/;
const IN_APP = phraseRegex(['店铺主页', '进店', '进入店铺', '关注', '上新', '全部商品', '商品', '橱窗', '直播', '作品', '快手', '小黄车', '链接', '店铺', '点一下', '点击']);
// The order's own contact data, the courier's call.
const ORDER_CONTACT = phraseRegex(['订单', '收件', '收货', '快递', '派送', '骑手', '物流', '海关', '修改', '正确', '核对', '确认', '只用于', '泄露', '保护', '页面', '填写', '预留',
  '系统', '平台']);
// 加一下这个号 hk_mall88 / 搜 lamer_dg: an account id to add, whatever the app.
// (round 13: …or after a bare @ that ends no e-mail's local part: ID是 @twjp_shop)
const ACCOUNT_ID = /(?<![a-z0-9_./-]|[a-z0-9_.\-]@)[a-z][a-z0-9_\-]{4,29}(?![a-z0-9_@.-])/g;
// Round 13 (t13a): an id labelled in any disguise (wēi❤️：hkxiaomei9, +∨：xl_good2024, 위챗 ID: seoul_oppa77, 🌸：lily_hk2024,
// ID是 @twjp_shop) — the label's own word need not be known: a colon, ID or @ right before an id with letters and a digit or _,
// and an act of reaching us in the sentence (加, 拉你进群, 聊, 联系我, 私, 通过, 备注). Codes and official handles are labelled by
// their own nouns (优惠码, 型号, 编号, 密码, 抬头, 官网: LABEL_NOT_CONTACT).
const LABEL_BEFORE = /(?:[:=@]|(?<![a-z])id)\s*(?:是|为)?\s*@?\s*$/;
const LABEL_ACT = /加(?!工|急|购|价|钱|热|厚|长|大|入购物车)|添加|搜|拉(?:你|您)|聊|联系我|找我|私(?!人|下)|通过|备注|好友|进群/;
const LABEL_NOT_CONTACT = /编号|编码|密码|口令|抬头|税号|尺码|色号|批号|官网|官方|品牌|sku|码[:：]?$/;
const ADD_BEFORE = /(?:加|添加|搜|搜索|扫)(?:一下|下|我|我的|这个|个|好友|的)*(?:号|账号|帐号|id)?(?:是|为)?$/;
// 加一下我们的售后小助手 ks_help_007: add + our named account + the id.
const ADD_OUR_NAMED = /(?:加|添加)(?:一下|下|上)?(?:我们|我)的?[\u4e00-\u9fff]{1,6}$/;
const ID_INTRO = /(?:(?<![单批型货编列工员房楼车码序手机话])号|账号|帐号|id)(?:是|为)?$/;
const ADD_IN_SENTENCE = /加(?:一下|下|个|我|上|他|她)|添加|搜一下|搜索/;
const TRACKING_LIKE = /^(?:sf|yt|jt|zto|sto|yd|jd|jdva|ea|lb|ems|dhl|ups|ks|lot|sku|no)\d/;
const COURIER_SUBJECT = /快递|骑手|配送员|派送员|司机|海关|物流|驿站|品牌方|厂家/;

// (round 44, t44g: …and a shade or size number, 色号/鞋号/字号, and a note the page carries, 详情页第3张有备注)
// Round 41 (t41g): …and a listing's ordinal (第12号链接, 3号色), and the order's remark written at checkout (刻的内容写在下单备注里) is no act.
// A contact written on a carrier (公告, 水印, 牌子, 小卡片, 头像…): codes that are not contacts are blanked first (round 15, fa15: also
// the masked number a courier sheet carries — 快递单上也是隐私号).
const NOT_CONTACT_CODE = /门牌号码|门牌号|房间号|房号|楼号|尺码|码数|色号|鞋号|字号|商品编码|编码|防伪码|条码|条形码|验证码|溯源码|追溯码|取件码|提货码|优惠码|兑换码|券码|激活码|充值码|礼品码|提取码|会员码|卡密|单号|订单号|运单号|货号|型号|批号|编号|序列号|起码|密码|号码牌|号型|发票号|流水号|证件号|箱号|隐私号|虚拟号|加密号|中间号|隐私号码|虚拟号码|加密号码|第[0-9一二三四五六七八九十百]+号|[0-9]+号(?=链接|商品|宝贝|款|色|产品|货架)/g;
// The place said to hold no contact, or the act refused (没有其他联系方式, 不用另外发邮箱): blanked before the carrier test.
const NO_CONTACT_RE = '(?:没有|没|不放|不留|不写|不含|不包含|不包括|不带|不印|不附|不用|不需要|无需|不必|别)(?:另外|再|单独|额外|任何|其他|别的)*(?:的)?(?:发|加|扫|搜|打|留|联系方式|联系|微信|电话|号|二维码|邮箱|邮件)[^，。！？]{0,6}';
const NO_CONTACT_ANY = new RegExp(NO_CONTACT_RE);
/** …the same refusal without its tail, the act and its channel only (the compact view has no commas to stop a tail). */
const NO_CONTACT_ALL = /(?:没有|没|不放|不留|不写|不含|不包含|不包括|不带|不印|不附|不用|不需要|无需|不必|别)(?:另外|再|单独|额外|任何|其他|别的)*(?:的)?(?:(?:发|加|扫|搜|打|留)(?:个|一下|下)?(?:我们|我|您|你)?(?:的)?(?:联系方式|微信|vx|电话|号码|号|二维码|邮箱|邮件|qq)?|联系方式|联系|微信|电话|号|二维码|邮箱|邮件)/g;
/** Round 35 (t35f): a carrier said to hold no contact (不包含任何联系方式, 没有印联系方式): its contact nouns count for nothing. */
const NO_CONTACT_HELD = /(?:不包含|不包括|不含|没有|没|不带|不印|不留|不写)(?:印|写|留|附)?(?:任何|其他|别的)?(?:的)?(?:联系方式|联系电话|电话|微信|二维码|号码)/g;
// (round 12: …or said to have nothing to do with a contact: 跟加好友无关, 和联系方式没关系)
const UNRELATED_ACT = /(?:跟|和|与)[^，。！？]{0,8}(?:无关|没关系|没有关系|不相关|没有任何关系)/g;
/** The buyer sent it (您刚才发的那串): the carrier is the buyer's own message (round 22, t22ca). */
const BUYER_SENT = /(?:您|你)(?:刚才|刚刚|之前|上次|刚)?(?:发|发来|发过来|留|给我发|私信)(?:的|了)$/;
/** …and the shop will not add or keep it. */
const SHOP_WONT_ADD = /^(?:号码|号|数字|字符|账号|id)?(?:我|我们|这边|我这边|客服)(?:就|也|这边|是|都)*(?:不|没|不会|不能|没法)(?:加|添加|存|保存|用|记)(?![^]{0,12}(?:加我|找我|联系我|私我|我的))/;
const CONTACT_NOUN = /号|那串|一串|这串|数字|字母|码|id|联系方式|电话|手机|邮箱|微信|vx|扣扣|qq/;
// (round 11: …or the contact said to be the string: 电话就是我们店铺简介里那串数字倒过来)
// (round 29, t29a: …nor the after-sale form's remark field — 情况写在售后申请的备注里)
// (round 27, t27a: 备注 as the remark an add carries, not the shop's note on the order — 帮您备注加急, 已备注, 订单备注)
const CARRIER_ACT = /(?:电话|手机|号码|微信|vx|qq|扣扣)(?:号码?)?(?:就)?是|短信|打(?:他|她|我)|加(?!密|工|急|班|热|价|量|重|快|强|厚|大|长|盟|油|速|成|倍|湿|固|购|入购物车)|扫|搜|打过去|打给|拨|(?<!帮您|给您|帮你|给你|已经|已|订单|单子|申请的|申请|售后的|售后|退款|退货|下单时?的?|拍的时候|(?<!没)有|附有|带有|标有|写有)备注|记下|发(?:到|给)?(?:我们|我)?的?邮|联系那|私聊|私信/;
// Round 29 (t29d): the contact put on the carrier by us (号码我写在您包裹里那张卡片背面了, 微信我们印在发货单上了): our own hand
// placing it there is the act, no 加/打 needed — the number goes to the buyer outside this chat.
const OUR_CONTACT_PLACED = /(?:(?<![单批型货编色尺码序工学房车牌快挂水票证件箱款期字座门楼床])号码?|电话|手机号?|微信号?|联系方式)(?:我|我们|我这边|我们这边|老板)(?:已经|都|也|就|提前|特意|偷偷)?(?:手)?(?:写|留|印|贴|夹|放|抄)(?:在|到)/;
/** Round 30 (t30a): the buyer told to keep the string (存一下, 存下来, 抄下来), and someone to reach by it (找她, 联系老板). */
const SAVE_IT = /存(?:一下|下来|下|好|起来|着)|抄(?:一下|下来|下)|记(?:一下|下来|好)/;
/** …or someone's number said to be on it (她号在店铺公告最后一行, 老板的电话写在简介里). */
const PERSON_NUMBER_AT = /(?:她|他|老板娘|老板|店长|我)(?:的)?(?:私人)?(?:号|号码|电话|手机号?|微信号?|联系方式)(?:就)?(?:在|写在|挂在|放在|印在)/;
const REACH_PERSON = /(?:找|联系|问|私|私信|call)(?:她|他|我|老板|老板娘|店长)(?!们的?(?:客服|店铺))/;
// Round 26 (t26a): typing the carrier's content out in this chat (我把数字直接打给您：…, 我手打出来给您：…): judged by typedHere().
const TYPED_OUT = /(?:直接|手)?打(?:出来)?(?:给|发给)?(?:您|你)(?:看)?|(?:直接|手)?打出来/g;
/** Round 43 (t43a): a text's content named right before 打给您, the typing verb's object (参数我直接打给您, 配料表我一条条打给你). */
// (round 44, t44c: …also a passage of a text, fronted by 把 and typed out alone or whole — 我在这里把那一段的文字单独打给您, 把译文完整打给你)
const TYPED_CONTENT_BEFORE = /(?:参数|配置|规格|尺寸|尺码|数据|内容|要点|文字|步骤|成分|配料表?|清单|型号|详情|说明|注意事项|用法|用量|信息|原文|译文|翻译|段落|那段|那一段|这段|这一段|那句|那几句|那页|那一页)(?:都|也)?(?:我|我们|我这边|这边)?(?:就|都|也|再|先)?(?:在这里|在这边|在这儿)?(?:直接|手|一条条|逐条|一个个|一项项|全部|都|单独|完整|逐字|一字一句|一句句|一段段|重新)?$/;
const TYPED_CONTENT_UNDONE = /号|电话|手机|联系|加|微|vx|wx|qq|扣|私|留|\d{5}/;
// Round 13 (t13a): this chat said to block or swallow what is typed (发字会被屏蔽, 文字发不出来, 平台不让打字发, 直接发会被吞).
const CENSORED = /屏蔽|被吞|被拦|被过滤|被系统|发不出|发不了|打不出|不让(?:打字|发|打)|敏感词|违禁词|会被删|被和谐/;
// Round 24 (t24a): the carrier sent in this chat itself, said before it (其实这里就能直接发图片，点输入框旁边的“+”号就能上传): the
// buyer kept here — unless this chat is said to censor it (这里发图片会被屏蔽).
const HERE_BEFORE = /(?:这里|这儿|这边|在这|对话框里?|聊天框里?|窗口里?)(?:就|也|都)?(?:能|可以)?(?:直接)?(?:发|上传|传)(?:给我)?$/;
const OFFICIAL_PLACE = /溯源|追溯|原产地|检验|查询|查到|快递员|快递小哥|快递公司|面单|骑手|派送员|派件员|送货员|配送员|快递师傅|品牌|厂家|海关|官网|防伪|验真|真伪|平台客服|快手客服|快手号|快手搜|快手(?:app|店铺|首页|小店|里|上|昵称)|直播间|进入店铺|关注店铺|店铺主页|进店|领券|优惠券|订单详情|物流|仓库|出库|入库|内部扫描|拣货|分拣|保税仓|快手扫/;
// The product's own print (round 9, fa9): official only while nothing of ours is said to be on it (罐底写着我的号 still points).
// Round 14 (fa14): …or the code said to hold the product's own content (卡片背面有发音二维码，扫了是卡片配套的读音; 绘本的点读音频).
// (round 35, t35f: …or the scan said to lead only to the instructions — 扫码只是看说明, 扫了是安装说明)
const PRODUCT_PRINT = /(?:看|查看|是|只是|就是|打开)(?:的)?(?:产品|商品|使用|安装|操作|保养|洗涤)?说明|说明书|吊牌|瓶身|罐身|瓶底|罐底|包装|机身|序列号|保修卡|发音|读音|点读|音频|儿歌|(?:教学|使用|安装|操作|演示|组装)视频/;
const OURS_ON_IT = /我的|我们的|是我|就是我|加我|找我|私|我们(?:的)?(?:售后|客服|号)/;
// Talk moved elsewhere: 换个地方我给您细讲, 别的地方聊.
// (round 38, t38c: not a claim made elsewhere — 其他地方说是我们店的都不是, 别处说自己是官方的都是假的)
const TALK_AFTER = /^(?:吧|的话|呗)?(?:再|去|来|上|里)?(?:我|我们|咱们|咱)?(?:再|来|去)?(?:给您|跟您|和您|给你|跟你|和你)?(?:细|详|慢慢|好好|单独|私下)?(?:聊|说(?!的|是(?!不是)|自己|成)|讲(?!的)|谈|沟通|联系|加)/;
/** What is had through the agent's DMs that makes 私信我 a move: a link, the goods, a price (round 32, t32a). */
const DM_GOODS = /链接|货|拿|买|下单|价|便宜|优惠|折扣|要的|想要|同款|私下|外面|渠道|没上架|资料|图/;
const MOVE_CUE = /换个|找个|别的地方|别处|外面|私聊|私下|您懂的|你懂的|上聊|上说|加我|私信我|细讲|细说|另外聊|小窗/;
const MOVE_CUE_ALL = new RegExp(MOVE_CUE.source, 'g');
/** A MOVE_CUE near the watched-chat hit that is not inside someone else's quote (detect/quoted.ts othersQuote; round 17, t17b). */
function movedOutsideQuotes(ctx: LintContext, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const w = ctx.compact.slice(from, end + 40);
  MOVE_CUE_ALL.lastIndex = 0;
  for (let m = MOVE_CUE_ALL.exec(w); m; m = MOVE_CUE_ALL.exec(w)) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (a < end && b > start) continue;
    // (round 41, t41f: …nor a move denied — 我们都不会私下联系您)
    if (denied(ctx, a)) continue;
    if (!othersQuote(ctx, a, b)) return true;
  }
  return false;
}
// An app named by its colour (not 小红书/红薯) used as a venue: 绿色泡泡上聊, 小蓝鸟软件上找我.
const COLOUR = /[绿蓝黄红粉紫橙青](?![书薯])/;
const LOOK_VENUE = /^(?:的)?(?:书|那个|软件|app|平台)?(?:上|里)(?:面)?(?:再|直接|来|去)?(?:跟我|和我|找我|给我|我给您|我给你|我|咱们|我们)?(?:再)?(?:聊|详聊|细聊|私聊|说|联系|沟通|找|搜|加|见|私|发|讲)|^(?:上|里)?(?:搜我|找我|加我)|^(?:上|里)(?:我|我们)?(?:也)?(?:开播|直播|有号|有店)|^(?:上|里)(?:我|我们)的?(?:id|号|账号|名字)/;
// A phone number described in parts, not the buyer's own data checked.
const PART_NOUN = /手机|电话|号码|座机|微信|vx|qq|扣扣/;
// (round 27, t27a: …or a number shown masked — 面单上的手机号中间四位是隐藏的, 打了星号, 脱敏显示)
// (round 32, t32c: …or the number's area or home town checked against the buyer's address — 手机区号对应的是上海，这个地址确认没问题吗)
const PART_NOT_OURS = /您的?(?:手机|电话|号码)|地址|归属地|你的?(?:手机|电话|号码)|收件|收货|预留|验证|核对|尾号|取件|订单|单号|快递|面单|银行卡|卡号|身份证|登录|绑定|填写|选择|隐藏|打码|星号|脱敏|遮住|遮挡|隐去|加密显示|不显示|看不到/;
// Round 23 (t23dy): a number elsewhere claimed as ours outright, the buyer then told to call it (快递单上的寄件人电话，那个就是我本人的
// 手机，有事直接打): where it is written (快递, 单号) excuses nothing then — only the buyer's own data checked (收件人电话, 您预留的号码)
// or a question does; with no call asked for it stays a reassurance (快递员说打的就是我的电话，您放心).
const PART_OWNED = /^就是我/;
const CALL_ASKED = /打|拨|联系|加|找我/;
const PART_BUYERS_DATA = /(?:您|你)的?(?:手机|电话|号码)|收件|收货|预留|验证|核对|取件|登录|绑定|填写|吗|么|[？?]/;
// Not an account: 单号, 型号, 色号… (the unit before 号), and order data around 一串数字.
// (流水号给您, 发票号给您, 证件号, 箱号: the 号 of a longer innocent word; round 8)
const NOT_ACCOUNT_UNIT = /[单批型货编色尺码序账工学房车牌快挂水票证件箱款期字座]$/;
/**
 * Round 61 (eng61b): the 号 of a date — a day of the month in digits or numerals (15号, 二十号, 三十一号, 下个月5号): one or two
 * digits, or a numeral up to 三十一, with no longer digit run (a number of ours is five digits and more).
 */
const DAY_OF_MONTH = /(?:^|[^0-9])(?:[1-9]|[12][0-9]|3[01])$|(?:^|[^一二三四五六七八九十])(?:[一二三四五六七八九十]|十[一二三四五六七八九]|[二三]十|二十[一二三四五六七八九]|三十一)$/;
const OUR_NUMBER_ACT = /加|添加|打|拨|搜|关注|名字|找我|联系/;
// The purpose of a call to the buyer that is a service step (确认地址, 核实情况), and what makes it private instead.
const SERVICE_CALL = /确认|核实|核对|地址|订单|收货|发货|送货|配送|退款|退货|换货|补发|售后|物流|回访|进度|结果/;
// Round 23 (t23cd): the number the buyer left on the order (快递会打您订单里留的手机号, 下单时填的电话): where a service call goes, nothing private.
const ORDER_NUMBER = /(?:您|你)?(?:在)?(?:订单|下单|收货|收件|地址)(?:里|上|中|时|信息里|页面上)?(?:留|填|预留|填写|登记)(?:的|了的)?(?:手机号码?|电话号码?|手机|电话|号码)/g;
/** Round 39 (t39d): a third person's number fronted by 把 (把教练的, 把你们领队的, 把负责人的) — not the courier's or the consignee's. */
const THIRD_PARTY_NUMBER = /把(?:您|你)?(?:们)?(?:的)?(?!收件|收货|快递|骑手|司机|配送|派送)[\u4e00-\u9fff]{1,5}的$/;
/** …with a deal or a call to be made off the platform. */
const THIRD_PARTY_DEAL = /谈|价|私下|打过去|打给|联系(?:他|她|对方)|对接|团购|批发/;
const PRIVATE_CALL = /私|小号|个人号|微信|vx|qq|细聊|细说|外面|不方便|加您|加你|号码是|号是|\d{3,}|[一二三四五六七八九零幺]{4,}|留一下|发我|多少|留个|把电话|您的电话|你的电话|手机号/;
// The profile's content stated (简介里写的是营业时间): a hint only with a contact word outside a denied clause.
const PROFILE_STATED = /^(?:的)?(?:简介|签名|介绍|背景)(?:里|上)?(?:面)?(?:写的是|写着的是|写的都是|放的是|只有|都是|是)/;
const CONTACT_HINT = /v|微|薇|vx|wx|号|电话|手机|q|扣|联系|惊喜|福利|暗号|码|私|加我/;
// A clause opened by a denial (没有其他联系方式, 不用另外发邮箱, 不会让您加微信): its words assert nothing.
// (round 11: …after a short lead naming the rule or the speaker: 按平台规定不能给您发邮箱, 我们这边不能…)
// (round 43, t43e: …or a channel declined as inconvenient — 也不方便走邮箱, 不便加私人号 — with the goods sent in this window instead)
const DENIED_CLAUSE_OPEN = /^(?:(?:按|根据|依照|按照)?(?:平台|快手)?(?:的)?(?:规定|规则|要求)|我们这边|我这边|我们|这边)?(?:也|都|并|就|再|还)?(?:没有|没|不用|无需|不需要|不必|不会|不要|不能|不方便|不便|别|无|从不|从来不|绝不)/;

/** The sentence around compact [start, end) with the clauses that open with a denial blanked out. */
function withoutDeniedClauses(ctx: LintContext, start: number, end: number): string {
  const from = start - ctx.before(start, 40, 'hard').length;
  const to = end + ctx.after(end, 40, 'hard').length;
  const bb = ctx.norm.breakBefore;
  let out = '';
  let k = from;
  while (k < to) {
    let e = k + 1;
    while (e < to && bb[e] === 0) e++;
    const clause = ctx.compact.slice(k, e);
    // the hit's own clause always counts
    out += DENIED_CLAUSE_OPEN.test(clause) && (e <= start || k >= end) ? '＿'.repeat(clause.length) : clause;
    k = e;
  }
  return out;
}

/** Round 20 (t20bu): `view` (compact from `from`) with someone else's quotes blanked, unless the hit [start, end) is inside one. */
function withoutOthersQuotes(ctx: LintContext, view: string, from: number, start: number, end: number): string {
  const q = othersQuoteRanges(ctx);
  let out = view;
  for (let i = 0; i < q.length; i += 2) {
    const a = Math.max(q[i]!, from);
    const b = Math.min(q[i + 1]!, from + view.length);
    if (a >= b || (q[i]! <= start && q[i + 1]! >= end)) continue;
    out = out.slice(0, a - from) + '＿'.repeat(b - a) + out.slice(b - from);
  }
  return out;
}

// A closing courtesy (有事随时戳我) and the words that would make it a pointer after all (a channel, a price, a deal).
const CLOSING_BEFORE = /(?:有事|有问题|有需要|有疑问|随时|需要的话|有什么)(?:的话)?(?:随时|再|就|您|你)?(?:都可以|可以|直接)?$/;
const DEAL_OR_CHANNEL = /微|薇|vx|wx|v信|号|主页|头像|简介|签名|价|便宜|线下|私下|福利|解锁|兼职|钱|款式|外面|别的地方|qq|扣|电话|手机|刺激|成年|贷|口子|招/;

// The buyer's number (from the order) kept or reused by us, and the lure that makes the call private.
// (round 31, t31b: …or handed to another of ours to reach the buyer — 我把您订单里留的号码转给他，让他主动找您，价格也好谈)
const BUYER_NUMBER_KEPT = /我(?:都|已经)?(?:存了|存下|记下|记了|保存了|留着|存着)|(?:用|拿)(?:那个|这个|您的?|你的?)(?:手机)?号|(?:把|将)(?:您|你)[^，。！？]{0,10}?(?:号码|手机号|电话|联系方式)(?:直接)?(?:转|推|给|发|交|报)(?:给)?(?:他|她|老板|掌柜|店长|同事|经理|师傅|我们)|(?:号码|手机号|电话)(?:我|我们)(?:已经|都|直接)?(?:转|推|给|发|交|报)(?:给)?(?:了)?(?:他|她|老板|掌柜|店长|同事|经理|师傅)/;
// 我们不会用您的手机号加您 (不会用 is masked as 'cannot use' by the shared denial test, so it is tested here).
const REUSE_DENIED = /(?:不会|不|没有|没|绝不|从不|不再|别)(?:再)?(?:用|拿|加|打|联系|私)/;
const OFF_LURE = /便宜|划算|优惠|法子|内部|私下|好价|折扣|福利|好谈|好商量|可以谈|能谈|面谈|单聊|另算/;
// Money handed back another way: 剩下的钱我从别的地方返给您.
const MONEY_ELSEWHERE = /^(?:再|直接|单独)?(?:返|退|转|打|补|赔|给)(?:钱|款)?(?:给|到)?(?:您|你)/;

const LOOSE_TAGS = new Set(['carrier', 'elsewhere', 'watched', 'look', 'part', 'name-account', 'account-name', 'our-number', 'unlisted', 'side-note']);
/** Round 32 (t32e): the number in the sender field or the SMS (寄件人那栏的手机, 短信里那个号码). */
const SIDE_NUMBER = /^(?:那栏|那一栏|一栏|栏|那里|那儿|那行|上面|里面|里|上|中)?(?:的|留的|写的|那个|这个|那串)*(?:手机号码|手机号|手机|电话号码|电话|号码|联系电话|号)/;
/** …said to be ours (那就是我本人, 是我私人的, 那是我们店私人售后线) or to be called or answered by the buyer (打, 拨, 回复, 加, 存). */
const SIDE_OURS = /(?:就是|是|为)(?:我|我们|咱|店里|本店|老板)(?:本人|自己|私人|个人|们?店)?(?:的)?(?:私人|个人|专属|直线|售后线|手机|电话|号|线)?|私人|私下|直接联系|直接找|不用(?:每次)?(?:都)?在这|不用在平台|平台(?:的)?(?:流程)?(?:太)?慢/;
const SIDE_ACT = /(?:打|拨|回复|回拨|加|存|联系|找|发到)[^，。！？]{0,8}$/;
/** The courier's, the platform's or a verification SMS: the ordinary delivery or checkout talk. */
const SIDE_ROUTINE = /快递员|快递小哥|快递师傅|骑手|派送员|配送员|取件码|验证码|提货码|驿站|物流公司|快递公司|平台客服|官方客服|退货地址|寄回|退回|退货|隐私面单|虚拟号/;

/** Round 38 (t38h): a feed said to be updated (朋友圈每天更新, 天天上新, 经常发新款): see the 'profile' branch. */
const MOMENTS_FRESH = /^(?:里|上|那边|这边)?(?:我们|我)?(?:每天|天天|每日|日日|经常|随时|一直|不定时|定期|会|都|也|随时都)*(?:更新|上新|发新|出新|有新|上货|晒新|晒货|发货图|发图)(?![^，。！？]{0,3}?的(?:那种|那些|这种|代购|人|店|号|账号))/;
/** Round 38 (t38h): a contact card pushed (名片推给您, 推个名片, 把老板的名片分享给你). */
const CARD_PUSHED = /名片(?:我)?(?:直接|这就|马上|等下|稍后)?(?:推|推送|分享|转发|转)(?:给|到)?(?:您|你)|推(?:个|一个|下|一下|给您|给你|您|你)?(?:他|她|我|老板|我们|店长|师傅|朋友)?(?:的)?(?:微信)?名片/;
const CARD_PRINTED = /印|包裹|卡片|盒子|快递|放在|夹在|随货|店铺名|纸质/;
/** Round 30 (t30a): the goods over there with someone (她那边动态每天更新, 我私下那边更全, 老板娘朋友圈都有, 完整款式在我另一个地方). */
const AVAILABLE_THERE = /(?:(?:她|他|老板|老板娘|店长)(?:那边|那里|那儿|私下|另一个地方|另外一个地方|别的地方|朋友圈|动态|小号)|我(?:私下|另一个地方|另外一个地方|别的地方|朋友圈|动态|小号|私人号)|(?<![您你的])(?:朋友圈|pyq|票圈))(?:那边)?(?:的)?(?:动态)?[^，。]{0,8}?(?:都有|更全|更多|全都有|每天更新|天天更新|有货|都在|全在|可以看|能看|就知道|看得到|能看到)|(?:完整|全部|所有|更多|其他|其余|剩下)的?(?:款式?|货|新款)(?:都|全)?在(?:我|她|他|老板)/;
/** …a restock here promised instead (到货了第一时间上, 上了告诉您, 关注店铺). */
const IN_APP_STOCK = /到货|上了(?:我|就)|上新|关注店铺|直播间|预售|补货|第一时间上|仓库|库存|备货|明天上|马上上|稍后上/;
const LOOSE_MESSAGE: Record<string, string> = {
  carrier: '疑似指引买家从图片/公告/卡片等处抄写站外联系方式',
  elsewhere: '疑似引导买家换到站外沟通',
  watched: '以“这里有记录、不方便说”暗示买家到站外沟通',
  look: '以颜色/外形代称其他通讯软件，引导买家到站外沟通',
  part: '分段描述电话号码（站外联系方式）',
  'name-account': '指引买家按名字搜索站外账号',
  'account-name': '指引买家按名字搜索站外账号',
  'our-number': '给出或指引添加未具名的私人账号（站外联系方式）',
  unlisted: '暗示未上架的商品在站外私下售卖（私人销售渠道）',
  'side-note': '指引买家拨打或回复面单寄件人栏、短信里的号码（站外联系方式）',
};

/**
 * Round 14 (fa14b): the buyer's own ask quoted (您说“把你们老板电话给我”，店铺负责人不对外留电话): their words, not our pointer — unless
 * the reply goes along with it right after the quote (…”，好的，加这个).
 */
const AGREED_AFTER_QUOTE = /^[\s，,。!！~～]*(?:好的|好滴|好嘞|可以|行|没问题|ok|嗯|对|是的|给您|发您|加吧|打吧|马上|这就|稍等)/i;
function buyerAskQuoted(ctx: LintContext, start: number, end: number): boolean {
  if (!othersQuote(ctx, start, end)) return false;
  const pair = quotePair(ctx, start, end);
  return pair !== undefined && !AGREED_AFTER_QUOTE.test(ctx.text.slice(pair[1] + 1, pair[1] + 12));
}

/** Round 42 (t42k): the buyer's wish told back right before a call term (您提到想约个时间, 你说希望, 您想). */
const BUYER_WISH_LEAD = /(?:您|你|亲)(?:刚才|之前|刚刚|上次)?(?:说|提到|提出|问|想|希望|要求|表示|留言说)(?:想|要|希望|能不能|可不可以|可否)?[^，。！？]{0,8}$/;
/** …and calls declined in the sentence: we don't call, only this window serves. */
const CALL_REFUSED = /不(?:打|接|提供|留|通|方便打)电话|(?:不|没法|无法|不能)(?:提供|安排|支持|做)?电话(?:沟通|联系|服务|客服)|只(?:能|在|通过)?(?:在)?(?:线上|这里|这个窗口|这边|在线|平台)(?:客服)?(?:窗口)?(?:服务|沟通|处理|联系)/;
/** …unless a call to us or a number of ours is offered after all. */
const CALL_OFFERED = /打我|我的(?:手机|电话)|我(?:私人)?(?:手机|电话)(?:是|号)|[0-9]{7,}|不过(?:可以|能)|但(?:可以|能)/;

/** The buyer's question restated right before the hit (您问, 你刚才问, 亲想知道). */
const ASKED_WHAT_LEAD = /(?:您|你|亲)(?:刚才|刚刚|之前)?(?:问|想知道|想问)(?:的|一下)?(?:我们|我们的|店铺)?$/;
/** …a what-is question after it, then an answer naming something innocent: no contact word in the sentence's rest. */
function answeredInnocently(ctx: LintContext, end: number): boolean {
  const rest = ctx.after(end, 60, 'hard');
  const q = /^[^]{0,12}?(?:是什么|是啥|什么意思|是干嘛的|是干什么的|指的是什么)/.exec(rest);
  if (!q) return false;
  const answer = rest.slice(q[0].length);
  return /^(?:那|这|那个|这个|那串|这串)?(?:是|就是|其实是|只是)/.test(answer) && !CONTACT_HINT.test(answer.replace(NOT_CONTACT_CODE, '')) && !/加|扫|搜|找我|私/.test(answer);
}

/** The draft goes on after compact `end` with a colon and words typed out, no digit run (round 22, t22cc). */
function typedHere(ctx: LintContext, end: number): boolean {
  const [, o] = ctx.toOriginal(end - 1, end);
  return /^\s*[:：]\s*[^\d\s]/.test(ctx.text.slice(o, o + 4)) && !/\d{5}/.test(ctx.text.slice(o, o + 40).replace(/[\s-]/g, ''));
}

const rule = defineRule({
  meta: {
    id: 'contact-pointer',
    clause: '2.3',
    severity: 'warn',
    severities: ['block', 'warn', 'info'],
    title: { zh: '暗示站外联系方式', en: 'Hint at an outside contact' },
    description: {
      zh: '“看主页简介”“头像有V”“留个联系方式”“您电话多少”等暗示站外联系的说法。站内页面说法不算。',
      en: 'Hints at an outside contact: see my profile, my avatar has the V, leave your number. In-app pages are fine.',
    },
    hint: { zh: '删除该说法，告诉买家有问题直接在这里留言。', en: 'Remove it; tell the buyer to leave a message here.' },
  },
  terms: POINTER_TERMS,
  vocabulary: [CENSORED.source, LABEL_ACT.source, LABEL_NOT_CONTACT.source, ...PIECES_VOCABULARY, PROFILE_CODE.source, ...HIDDEN_READING_VOCABULARY, MOMENTS_FRESH.source, CARD_PUSHED.source],
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    hiddenInThingT49d(ctx, rule, taken); // round 49 (t49d)
    // 前半截 lucky，后半截 wine520，连起来就是我的号: an account id dictated in pieces (detect/pieces.ts).
    for (const a of assemblies(ctx)) {
      if (a.kind !== 'account' || /快手|平台|店铺|订单/.test(sentence(ctx, a.start, a.end, 30))) continue;
      taken.add(a.start, a.end);
      const off = denied(ctx, a.start) || warningContext(ctx, a.start, a.end);
      ctx.report(rule, { start: a.start, end: a.end, severity: off ? 'info' : 'block', message: off ? '提到联系方式（否定或提醒语境）' : '分段报出了账号（站外联系方式）' });
    }
    // Round 38 (t38h): a contact spelt by a reading the draft asks for — line initials (竖着看第一个字, 藏头) or words written backwards
    // (倒着念：8866_ahs 号信微): detect/hidden-reading.ts.
    for (const h of hiddenContacts(ctx)) {
      if (taken.overlaps(h.start, h.end)) continue;
      taken.add(h.start, h.end);
      ctx.report(rule, { start: h.start, end: h.end, severity: 'block', message: h.kind === 'acrostic' ? '用藏头（每行首字）拼出站外联系方式' : '把站外联系方式倒着写并提示倒读' });
    }
    for (const m of matchesOf(ACCOUNT_ID, ctx.folded)) {
      const id = m[0];
      if (!/\d|_/.test(id) || TRACKING_LIKE.test(id)) continue;
      const [start, end] = compactRange(ctx, m.index!, m.index! + id.length);
      const before = ctx.before(start, 10);
      // 加一下我们客服小美的薇，号是 xm_hk2024: the id introduced by 号是 in a sentence that asks to add.
      const introducedToAdd = ID_INTRO.test(before) && ADD_IN_SENTENCE.test(ctx.before(start, 30, 'hard'));
      const labelled = /[a-z]/.test(id) && /\d|_/.test(id) && LABEL_BEFORE.test(ctx.folded.slice(Math.max(0, m.index! - 6), m.index!))
        && LABEL_ACT.test(ctx.before(start, 24, 'hard') + '\u0000' + ctx.after(end, 20, 'hard')) && !LABEL_NOT_CONTACT.test(ctx.before(start, 16, 'hard'));
      if (!(ADD_BEFORE.test(before) || ADD_OUR_NAMED.test(ctx.before(start, 14)) || introducedToAdd || labelled) || /快手|平台|店铺|订单|单号|优惠|券|型号|货号/.test(ctx.before(start, 16, 'hard'))) continue;
      taken.add(start, end);
      // Round 20: an id inside someone else's quoted message (有人私信您“加我微信abc123”，这是骗子) is theirs, shown to warn.
      const theirs = buyerAskQuoted(ctx, start, end);
      ctx.report(rule, {
        start, end,
        // (round 69, engfa69: …or the buyer's own id echoed to turn it down — 您要我加您wx：lily_0808，这个不行哈)
        severity: denied(ctx, start) || theirs || buyerOwnDeclined(ctx, start, end) ? 'info' : 'block',
        message: theirs ? '提到联系方式（引用他人的话）' : '发出让买家添加的账号（站外联系方式）',
      });
    }
    if (hits.length === 0) return; // what follows judges hits
    const hinted = new Set<number>();
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      // (为了您的隐私我们不会保存: 隐私 + 我们, not 私我 — a token read across two words, detect/straddle.ts; round 13)
      if (straddles(ctx, hit.start, hit.end)) continue;
      const tag = hit.spec.tag;
      const s = sentence(ctx, hit.start, hit.end, 30);
      const before = ctx.before(hit.start, 10);
      const after = ctx.after(hit.end, 12, 'hard');
      let severity: 'block' | 'warn' | undefined;
      if (tag === 'carrier') {
        // Round 27 (t27a): the buyer's own nickname (您这个昵称挺特别, 亲的昵称) is theirs, nothing of ours is written on it.
        if (hit.key === '昵称' && /(?:您|你|亲|买家|顾客|客人)(?:的|这个|那个|这|的这个)?$/.test(before)) continue;
        // 收到类似的卡片或者私信请直接忽略: a carrier the buyer received, to be ignored (round 9 fa); not when an ask of ours
        // comes first (收到卡片后扫码加我，别理别人).
        const brushedOff = /收到|看到|遇到|碰到/.test(before) && /^(?:(?!加我|找我|联系我|私我|扫码)[^]){0,8}?(?:忽略|别理|不要理|不用理|删掉|扔掉|举报)/.test(after);
        // (…or the buyer sent back to this chat's own tool for it: 这边直接点对话框的“+”号就能发图; round 11)
        // (round 22, t22ca: …or the buyer's own number, which the shop declines to add — 您刚才发的那串号码我就不加了哈; not 我加了)
        const ownDeclined = BUYER_SENT.test(before) && SHOP_WONT_ADD.test(after);
        const keptHere = HERE_BEFORE.test(before) && !CENSORED.test(s);
        severity = brushedOff || ownDeclined || keptHere || hereInstead(ctx, hit.end) ? undefined : carrierPointer(ctx, hit.start, hit.end);
        // Round 38 (t38h): a contact card pushed to the buyer (我把他名片推给您, 推个老板的名片给你, 名片分享给您): an IM's card is an account to add,
        // no number needed — not a card printed in the parcel or a business card shown (名片印的是店铺名).
        if (!severity && hit.key === '名片' && CARD_PUSHED.test(ctx.before(hit.start, 10, 'hard') + hit.key + ctx.after(hit.end, 8, 'hard')) && !CARD_PRINTED.test(ctx.before(hit.start, 10) + ctx.after(hit.end, 10))) severity = 'block';
      } else if (tag === 'elsewhere') {
        const a = ctx.after(hit.end, 12, 'hard');
        if (hit.key === '的地方' && !/(?:找|换|去|挑)个/.test(ctx.before(hit.start, 12, 'hard'))) continue;
        if (/^(?:说的|讲的|都|也)/.test(a)) continue;
        // (round 29, t29d: 老地方 as a meeting place — 老地方见, 老地方找我 — not where a parcel is left: 放在门口老地方了)
        const knownPlaceMet = /^老(?:地方|位置)$/.test(hit.key) && /^(?:哈|啊|呀)?(?:见|碰头|碰面|找我|等您|等你)/.test(a);
        if (!knownPlaceMet && !TALK_AFTER.test(a) && !(MONEY_ELSEWHERE.test(a.replace(/^我/, '')) && /钱|款|差价|返|退|赔|补/.test(s))) continue;
        severity = 'warn';
      } else if (tag === 'watched') {
        // 所有订单都在平台有记录: the platform's record as reassurance, not a watched chat.
        if (/(?:平台|订单|系统)[^，。]{0,3}$/.test(ctx.before(hit.start, 6))) continue;
        // Round 20 (t20bu): the chat kept as evidence (保留聊天记录并报警, 截图保存好聊天记录): a record the buyer holds, not one that watches us.
        if (/(?:保留|保存|留存|留好|存好|截图|截屏|保留好|保存好)(?:一下|下|好)?(?:相关|双方|和他的|跟他的|与对方的|的)?$/.test(ctx.before(hit.start, 8))) continue;
        // Round 41 (t41f): …or handed in as evidence (把物流截图和聊天记录提交了, 聊天记录已上传给平台): the record goes to the platform's review.
        if (RECORD_SUBMITTED.test(ctx.after(hit.end, 12, 'hard'))) continue;
        // Round 22 (t22by): the record named as the buyer's protection here (聊天记录平台也能看到，比私聊靠谱; 所有记录平台都能查到，对您更有
        // 保障; 有记录万一有纠纷更好处理): a reason to stay in this chat, not a watched one — no ask of ours after it.
        const next = ctx.after(hit.end, 30, 'hard');
        if (RECORD_PROTECTS.test(next) && !OUR_ASK.test(next)) continue;
        // Round 31 (t31b): the record read back by our own side to look into a complaint (店长已经看过聊天记录了, 主管调了您之前的聊天记录): an
        // inquiry of ours, not this chat called watched — unless an ask of ours to move follows (…这里不方便说，加我私聊).
        if (RECORD_REVIEWED.test(ctx.before(hit.start, 14, 'hard')) && !OUR_ASK.test(ctx.after(hit.end, 40, 'hard'))) continue;
        const w = ctx.compact.slice(Math.max(0, hit.start - 40), hit.end + 40);
        if (!MOVE_CUE.test(w.replace(hit.key, ''))) continue;
        // Round 17 (t17b): the move only in the buyer's words quoted and refused (您说的'加V私聊'我们不做，售后都在这个窗口，有聊天记录更有保障).
        if (!movedOutsideQuotes(ctx, hit.start, hit.end)) continue;
        severity = 'warn';
      } else if (tag === 'pinned') {
        // Round 31 (t31d): our pinned post pointed at with a wink at what it holds (看我置顶那条，懂的都懂; 去我们置顶翻翻，有惊喜): what it holds
        // is left unsaid on purpose. Not a pinned tutorial or notice with nothing winked at (看我置顶那条视频，有详细的使用教程), nor the buyer's.
        if (!PINNED_OURS.test(ctx.before(hit.start, 8, 'hard')) || !PINNED_WINK.test(s) || othersQuote(ctx, hit.start, hit.end)) continue;
        severity = 'warn';
      } else if (tag === 'look') {
        // (…or a riddle instead of the colour: 你懂的两个字母的软件上)
        if (!(COLOUR.test(ctx.before(hit.start, 9, 'hard')) || /懂的|字母/.test(ctx.before(hit.start, 9, 'hard'))) || !LOOK_VENUE.test(ctx.after(hit.end, 10, 'hard'))) continue;
        severity = 'warn';
      } else if (tag === 'part') {
        const w = ctx.before(hit.start, 14, 'hard') + ctx.after(hit.end, 10, 'hard');
        const ownedCall = PART_OWNED.test(hit.key) && !PART_BUYERS_DATA.test(s) && CALL_ASKED.test(ctx.after(hit.end, 16, 'hard'));
        if (!PART_NOUN.test(w + hit.key) || (PART_NOT_OURS.test(s) && !ownedCall)) continue;
        severity = 'warn';
      } else if (tag === 'name-account') {
        if (!/^(?:我的?|他的?|她的?|我们的?)?(?:账号|帐号|号|id|微信|vx|qq)/.test(ctx.after(hit.end, 8, 'hard')) || !/搜|加/.test(s)) continue;
        severity = 'warn';
      } else if (tag === 'unlisted') {
        // …with the rest said to be over there with someone, in this sentence or the one before or after: not a restock promised here
        // (还没上架，到货了第一时间上, 老板那边还没上架，上了告诉您) nor a brand's or a platform's side.
        const lead = ctx.before(hit.start, 60, 'hard');
        const prev = ctx.before(hit.start - lead.length, 60, 'hard');
        const rest = ctx.after(hit.end, 60, 'hard');
        const next = ctx.after(hit.end + rest.length, 60, 'hard');
        const around = prev + '。' + lead + hit.key + rest + '。' + next;
        if (!AVAILABLE_THERE.test(around) || IN_APP_STOCK.test(around) || /品牌|厂家|官方|平台|快手/.test(around.replace(/这里|这边/g, ''))) continue;
        severity = 'warn';
      } else if (tag === 'side-note') {
        // Round 32 (t32e): a number on the parcel's sender field or in an SMS, the buyer told to call or answer it and it said to be ours —
        // not the courier's call, a pickup or verification code, or the return address.
        const lead = ctx.before(hit.start, 24, 'hard');
        const tailSide = ctx.after(hit.end, 40, 'hard');
        if (!SIDE_NUMBER.test(ctx.after(hit.end, 10, 'hard')) || SIDE_ROUTINE.test(s) || !SIDE_ACT.test(lead) || !SIDE_OURS.test(tailSide)) continue;
        severity = 'warn';
      } else if (tag === 'our-number') {
        if (/^号/.test(hit.key) && NOT_ACCOUNT_UNIT.test(ctx.before(hit.start, 1))) continue;
        // (round 61, eng61b: …nor a day of the month, DAY_OF_MONTH — 推迟到20号，给您补偿一张券, 月底31号给您发货)
        if (/^号/.test(hit.key) && DAY_OF_MONTH.test(ctx.before(hit.start, 4))) continue;
        if (/订单|单号|快递|物流|验证码|取件|快手号|平台|直播间链接|型号|色号|货号|批号/.test(s)) continue;
        const a = ctx.after(hit.end, 6);
        if (/^码/.test(a)) continue;
        if (hit.key === '加我那个') {
          // 加我那个，你知道的: the channel left unsaid (加我那个链接 / 那个颜色 names a thing here).
          if (a !== '' && !/^(?:吧|就行|哈|呗|你知道|您知道|懂)/.test(a)) continue;
        } else if (!/^[加打]|给|发/.test(hit.key) && (OFFICIAL_PLACE.test(s) || !OUR_NUMBER_ACT.test(s.replace(hit.key, '')))) {
          // 我的号 / 一串数字 need an add, a call or a search (加上 / 搜 / 打过去); 发个号 / 把号给您 / 加我小号 carry it.
          continue;
        }
        // (on a carrier with 加/扫 it is the copy-and-add pointer: 背景板上有一串数字，截图直接加)
        severity = carrierPointer(ctx, hit.start, hit.end) ?? 'warn';
      } else if (tag === 'account-name') {
        // (our Kuaishou id being the shop name is fine: 快手号就是店名，搜一下)
        if (/快手|平台|店铺|直播/.test(ctx.before(hit.start, 6)) || !/搜|加/.test(s)) continue;
        severity = 'warn';
      } else if (tag === 'profile') {
        let fresh = false;
        // Round 15 (fa15): the buyer's question about our profile restated and answered with what it holds (您问主页简介里的数字是什么，那是
        // 我们的营业时间): identified, no contact in the answer.
        if (ASKED_WHAT_LEAD.test(ctx.before(hit.start, 8)) && answeredInnocently(ctx, hit.end)) continue;
        if (/朋友圈|pyq|票圈/.test(hit.key)) {
          if (/分享|转发/.test(before)) continue;
          // Round 14 (fa14): the buyer's own words quoted (您说的“朋友圈里有人卖更便宜的”): their feed, not ours.
          if (othersQuote(ctx, hit.start, hit.end)) continue;
          // Round 20 (t20bt): …or told back without quotes (您说朋友圈有人卖同款更便宜, 你提到在朋友圈刷到代购): the buyer's feed, unless ours is in it.
          if (/(?:您|你)(?:刚才|之前)?(?:说|提到|反映|讲)(?:在|您在|你在)?$/.test(before) && !/我|咱|本店/.test(ctx.after(hit.end, 12, 'soft')) && !/加|私聊|私信我|找我/.test(s)) continue;
          if (/我|我们/.test(before.slice(-3)) || /^(?:里|上)?(?:有|看|发|都有)/.test(after)) severity = 'warn';
          // Round 38 (t38h): our feed said to be fresh every day, the buyer asked to add or look (好料不上架，朋友圈每天更新，加一下？; 朋友圈天天上新，
          // 想看的加我) — the feed lives in another app; not the buyer's own (您朋友圈每天更新).
          else if (MOMENTS_FRESH.test(after) && !/(?:您|你|亲|买家|别人|他|她)(?:的)?$/.test(before) && /加|看|关注|来/.test(s.replace(hit.key, ''))) fresh = true;
        } else if (PROFILE_STATED.test(after) && !CONTACT_HINT.test(withoutDeniedClauses(ctx, hit.start, hit.end))) {
          // 主页简介里写的是营业时间和发货说明，没有其他联系方式: what the profile says, stated and innocent (round 7).
        } else if (PROFILE_HINT.test(after) || /看我|去我|我的?$/.test(before) && !IN_APP.test(after)) {
          severity = /v|微|vx|wx|联系|方式|号|电话|q|扣/.test(after.slice(0, 8)) || (PROFILE_CODE.test(after) && /扫|加|识别/.test(s)) ? 'block' : 'warn';
        }
        if (fresh) severity = 'warn';
        else if (severity && IN_APP.test(s) && !/v|微|vx|联系|号|惊喜|暗号|福利|简介|背景/.test(after)) severity = undefined;
        // 主页简介里写的是营业时间，没有其他联系方式: the profile said to hold no contact, and no channel named after it.
        if (severity && NO_CONTACT_ANY.test(s) && !/v|微|vx|wx|q|扣|电话|手机|码|暗号|惊喜|福利|彩蛋/.test(after)) severity = undefined;
        // 您看我头像，上面那串就是，加的时候备注…: the contact on the picture, the add in the next clause.
        if (!severity && /头像|简介|签名|背景/.test(hit.key)) severity = carrierPointer(ctx, hit.start, hit.end);
      } else if (tag === 'contact-way') {
        if (ORDER_CONTACT.test(s) || /^(?:是否|有误|不对|变了)/.test(after) || /品牌|厂家|官方|快递|海关|说明书/.test(before)) continue;
        // A contact refused by the shop (round 8): 我这边不方便留私人联系方式, 不能给您个人联系方式.
        if (/(?:不方便|不便|不能|不可以|不允许|不让|没法|无法|不会)(?:给|留|发|透露|提供|加)?(?:您|你)?(?:私人|个人)?的?$/.test(before)) continue;
        if (/(?:留|留个|留下|给|给个|发|发个|发我|告诉|加|私信|要|换个)(?:一下|个)?(?:您|你)?的?$/.test(before) || /^(?:在|发|给|私|加|是|写|放|留|见|看|详见)/.test(after) || /我的?(?:私人|个人)?$/.test(before)) {
          severity = /主页|头像|简介|私|加/.test(s) ? 'block' : 'warn';
        }
      } else if (tag === 'reach-way') {
        // Round 30 (t30d): the buyer asked to leave or give a way to be reached (留个能找到您的方式): warn — the channel is implied, and
        // an order's contact checked (收件人, 订单) or our own way offered (我们联系您的方式是站内信) is not it.
        if (!/(?:留|给|发|告诉|写|报)(?:个|一个|下|一下|下来)?[^，。！？]{0,4}$/.test(ctx.before(hit.start, 10, 'hard')) || ORDER_CONTACT.test(s) || /平台|站内|快手|这里|这边|在线/.test(s)) continue;
        severity = 'warn';
      } else if (tag === 'ask-number') {
        // Round 16 (t16): the shop declining to leave one (不方便留电话哈，有事在这里留言) — the giving verb is inside the term, so
        // cues.ts DECLINED_GIVE cannot see it; not asked back (不方便留个电话吗？).
        if (/^留/.test(hit.key) && /(?:不方便|不太方便|不便|没法|没办法|不能|不可以|不会|不允许)(?:在这里|在这儿|这边|对外|私下)?$/.test(before) && !/^[^，。]{0,6}?(?:吗|么|[？?])/.test(ctx.after(hit.end, 8))) continue;
        if (ORDER_CONTACT.test(s) && (!/打给您|打给你|联系您|加您|私下/.test(s) || COURIER_SUBJECT.test(s))) continue;
        severity = 'warn';
      } else if (tag === 'number' && BUYER_NUMBER_KEPT.test(s) && !REUSE_DENIED.test(s) && (/加(?:您|你)(?!的|购)/.test(s) || (/打过去|打给(?:您|你)|联系(?:您|你)|找(?:您|你)|发(?:您|你)|私下|私聊/.test(s) && OFF_LURE.test(s)))) {
        // 您下单留的手机号我存了，晚点我用那个号加您: the buyer's order number kept to reach them off the platform.
        severity = 'block';
      } else if (tag === 'number' && !/(?:您|你)的?$/.test(before) && !/吗|么|[？?]/.test(after) && /^(?:就是|是|即|就)[^，。]{0,12}?(?:最后|后|前|末尾?|开头)(?:\d+|[一二三四五六七八九十]+)位/.test(after)) {
        // The number given as a riddle over digits the buyer holds (电话号码就是您订单号的最后11位; round 8).
        severity = 'block';
      } else if (tag === 'number') {
        // 你把手机号留一下，我加你私聊: the buyer's number asked for, the verb after the noun.
        if (!/^(?:留|发|给|报|告诉|写|私)(?:一下|下|个|给我|我|过来|一个|出来)/.test(after)) continue;
        // …fronted by 把 / 您的, or opening the sentence (号码留给我，有货通知您).
        // Round 39 (t39d): …or someone else's number asked for, to deal with them off the platform (您把教练的电话留给我，我让老板直接打过去谈价).
        const thirdParty = THIRD_PARTY_NUMBER.test(before) && !COURIER_SUBJECT.test(before) && THIRD_PARTY_DEAL.test(s);
        if (!/(?:把|您的?|你的?)$/.test(before) && ctx.before(hit.start, 1, 'hard') !== '' && !thirdParty) continue;
        if (ORDER_CONTACT.test(s) && !/打给您|打给你|加您|加你|私下|私聊/.test(s)) continue;
        severity = /私聊|加您|加你|私下|微信|vx|外面/.test(s) ? 'block' : 'warn';
      } else if (tag === 'move') {
        // 有事随时戳我: a closing courtesy that points back to this chat, nothing to deal or find elsewhere in the reply (round 7).
        // Round 13 (t13a): 私 closing a word before it (为了您的隐私我们…, 自私, 走私) — the term straddles two words, no ask is made.
        if (/^私/.test(hit.key) && /[隐自无走公]$/.test(ctx.before(hit.start, 1))) continue;
        // Round 32 (t32a): 私信我 asks for the agent's own DMs only with goods, a link or a deal to be had there (私信我拿链接, 想要的私信我) —
        // not the buyer's past message (您私信我的截图, 您之前私信给我了), the shop's chat itself (在这里私信我们), nor a closing courtesy.
        if (/^私信/.test(hit.key) && (/^(?:的|了|过|们)/.test(ctx.after(hit.end, 2)) || /(?:这里|这儿|这边|店铺|店里|客服)(?:直接|随时|也可以|可以|也能)?$/.test(ctx.before(hit.start, 8)) || /(?:您|你)(?:刚才|之前|刚刚|昨天|已经)$/.test(ctx.before(hit.start, 6)) || (/(?:您|你)$/.test(ctx.before(hit.start, 6)) && /^(?:说|讲|问|提|发|给)/.test(ctx.after(hit.end, 2))) || !DM_GOODS.test(s))) continue;
        // (round 44, t44a: a bare 您/你 before it is the imperative — 别的地方下单能便宜五十，您私信我 — only a time word or a report after
        // it makes it the buyer's past message: 您之前私信我, 您私信我说…)
        // Round 38 (t38j): 私聊 only as an ask — closing a clause of wants, price or details (要便宜的私聊, 有需要私聊, 详情私聊) or with
        // things sent there (参数私聊发你) — not the buyer's or others' DMs (您私聊我的, 有人私聊您), 私聊客服, a denial (不用私聊).
        if (hit.key === '私聊' && !privateAsk(ctx, hit.start, hit.end)) continue;
        if (/^(?:戳我|私我|滴滴我|私戳)$/.test(hit.key) && CLOSING_BEFORE.test(ctx.before(hit.start, 8)) && /^(?:哦|哈|呀|啊|哈|就行|就好|就可以|哦亲|亲)?$/.test(ctx.after(hit.end, 6)) && !DEAL_OR_CHANNEL.test(ctx.compact)) continue;
        if (/电话|打给|打个|来个|回个|电联/.test(hit.key)) {
          // A call from the courier or the customs office is not a private channel.
          if (COURIER_SUBJECT.test(ctx.before(hit.start, 14, 'hard'))) continue;
          // 回个电话给快递员: the call goes to the courier.
          if (/^(?:给|打给)(?:快递|骑手|配送员|派送员|司机|网点|驿站|海关|物流)/.test(ctx.after(hit.end, 8, 'hard'))) continue;
          // (打我电话，平台消息我不常看: the buyer told to call us; 平台 there excuses nothing)
          const inward = /打我|我手机|我电话|我的手机|我的电话|我私人|我的私人/.test(hit.key);
          if (!/我|我们|客服|老板|店长/.test(s.replace(/您|你/g, '')) || (!inward && /平台|订单页|快手/.test(s))) continue;
          if (/给您打电话|给你打电话|电话联系您|电话联系你|打给您|打给你/.test(hit.key) && /快递|派送|签收/.test(s)) continue;
          // Round 22 (t22cc): 打 as typing — the text typed out right here after a colon (要点我直接打给您：早晚各一次), no number in it.
          if (/^打给(?:您|你)$/.test(hit.key) && typedHere(ctx, hit.end)) continue;
          // Round 43 (t43a): …or a text's content fronted as what is typed (您要的参数我直接打给您, 配料表我一条条打给你), nothing of a number,
          // a contact or an add in the sentence.
          if (/^打给(?:您|你)$/.test(hit.key) && TYPED_CONTENT_BEFORE.test(ctx.before(hit.start, 12)) && !TYPED_CONTENT_UNDONE.test(s.replace(hit.key, ''))) continue;
          // Round 11 (fa11b): the shop denying it will call (我们绝不会为了好评一直给您打电话, 不会因为差评给您打电话): a
          // denial in the clause with only a purpose or manner between it and the call — not 不会让您等我这就给您打电话.
          // (round 23, t23cd: …read across a 、 list of reasons — 不会因为中评、差评给您打电话)
          const callLead = ctx.before(hit.start, 16);
          if (!inward && /(?:绝不会|绝对不会|决不会|不会|从不|从来不|绝不|不再|不会再)(?:(?!我|马上|这就|现在|稍后|等下|待会)[^]){0,12}$/.test((listLead(ctx, hit.start - callLead.length) + callLead).slice(-16)) && !/微信|vx|qq|私人|私下|手机号|号码/.test(s)) continue;
          // 稍后给您打电话确认地址 / 回个电话核实一下: the shop calling the number on the order for a service step, no
          // number of ours given or asked for and nothing private (round 6).
          if (!inward && SERVICE_CALL.test(s) && !PRIVATE_CALL.test(s.replace(ORDER_NUMBER, ''))) continue;
          // Round 15 (fa15): our calls the buyer complained of, reported back with an apology or a stop (您说我们的客服一直给您打电话很烦，
          // 非常抱歉，…不再电话联系您): a past act owned, no call offered.
          if (!inward && /(?:您|你)(?:刚才|之前|刚刚)?(?:说|反映|提到|投诉|嫌|觉得)/.test(ctx.before(hit.start, 16, 'hard')) && /抱歉|对不起|不好意思|不再|不会再|停止|已经备注/.test(s) && !PRIVATE_CALL.test(s.replace(/(?:您|你)的电话/g, ''))) continue;
          // Round 42 (t42k): the buyer's wish for a call told back and declined in the sentence (您提到想约个时间电话沟通，我们这边只在线上客服窗口服务，
          // 不打电话; 您说想电话里聊，我们不提供电话服务): their ask, not our pointer — unless a number of ours or a call to us goes with it.
          if (!inward && BUYER_WISH_LEAD.test(ctx.before(hit.start, 16, 'hard')) && CALL_REFUSED.test(s) && !CALL_OFFERED.test(s)) continue;
          // Round 44 (t44i): the call itself declined, the refusal right before the call verb (电话我们这边不方便打给您，有问题在线上说;
          // 我们没法给您打电话) — no call offered: not with a number of ours, a call to us, a turn to another way (不过可以…) or an outside app.
          if (!inward && /(?:不方便|不太方便|不便|不能|不可以|没法|没办法|无法|不允许|不好)(?:直接|主动|私下|单独|电话)?(?:给(?:您|你))?$/.test(ctx.before(hit.start, 10, 'hard')) && !CALL_OFFERED.test(s) && !/微信|vx|qq|扣扣|加(?:我|您|你)|私聊|私下(?!打)/.test(s)) continue;
        }
        // 有事随时戳我: a ping in this chat, unless an outside channel or a move goes with it.
        if (/^(?:戳我|滴滴我)$/.test(hit.key) && !/v|微|薇|号|主页|头像|私聊|私下|外面|加|qq|扣|电话|手机|软件|app/.test(s.replace(hit.key, ''))) continue;
        // (the clause only: 退款走平台要等7天，…得加个好友 still asks for a friend add)
        if (/好友/.test(hit.key) && /分享|邀请|推荐给|转发|平台|活动页|快手/.test(ctx.before(hit.start, 16) + ctx.after(hit.end, 16))) continue;
        severity = 'warn';
      }
      if (!severity) continue;
      // One hint per sentence is enough for the looser pointers (公告…水印, 聊天记录…换个地方).
      if (tag && LOOSE_TAGS.has(tag)) {
        const sentenceStart = hit.start - ctx.before(hit.start, 200, 'hard').length;
        if (hinted.has(sentenceStart)) continue;
        hinted.add(sentenceStart);
      }
      taken.add(hit.start, hit.end);
      // 找个没人看着的地方聊: the denial inside the relative clause is not ours; test before 找个.
      const lead = hit.key === '的地方' ? /(?:找|换|去|挑)个[^]*$/.exec(ctx.before(hit.start, 12, 'hard')) : null;
      const at = lead ? hit.start - lead[0].length : hit.start;
      // Round 38 (t38d): …or the act declined right after it, closing its clause (加好友就不用啦，有问题在这里找我; detect/cue-rule.ts deniedAfter).
      if (denied(ctx, at) || warningContext(ctx, hit.start, hit.end) || buyerAskQuoted(ctx, hit.start, hit.end) || deniedAfter(ctx, hit.end)) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到联系方式（否定或提醒语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, severity, message: (tag ? LOOSE_MESSAGE[tag] : undefined) ?? '疑似暗示买家到站外联系（主页/头像/联系方式/电话）', fix: tag === 'move' ? movedHere(hit.key) : undefined });
    }
  },
});

/**
 * Round 30: the ask to move the talk (打我电话, 外面聊, 私我) has a mechanical fix — the same ask pointed at this chat
 * (有问题直接打我电话哦 → 有问题直接在这里给我留言哦). Only for the keys whose replacement reads right in place; the shop calling
 * the buyer (给您打个电话) or a friend add has no one-word rewrite, so the agent edits it.
 */
/** Round 38 (t38j): 私聊 as our ask (see the move branch). */
const PRIVATE_ASK_BEFORE = /(?:要|想要|需要|有需要|想|想买|想拿|感兴趣|有兴趣|喜欢|便宜|优惠|低价|底价|批发|量大|多要|详情|详细|细节|具体|价格|价钱)[^，。！？]{0,8}?(?:的话|的)?(?:亲|宝|朋友们?|姐妹们?)?(?:可以|请|就|直接|来|再)?$/;
const PRIVATE_ASK_AFTER = /^(?:我|哦|哈|呀|吧|呢|啊|亲|哈亲|哦亲|就行|就好|即可|～|~)?$/;
const PRIVATE_SEND_AFTER = /^(?:我)?(?:发|给|私发|单独发)(?:给)?(?:你|您)(?!的)/;
function privateAsk(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 14, 'soft');
  if (/(?:您|你|有人|别人|任何人|其他人|谁|骗子|对方|陌生人|冒充[^，。！？]{0,6})[^，。！？]{0,3}$/.test(lead)) return false;
  const tail = ctx.after(end, 8, 'soft');
  return (PRIVATE_ASK_BEFORE.test(lead) && PRIVATE_ASK_AFTER.test(tail)) || PRIVATE_SEND_AFTER.test(tail);
}

function movedHere(key: string): string | undefined {
  if (/^打我(?:的)?(?:私人)?(?:电话|手机)$/.test(key)) return '在这里给我留言';
  if (/^(?:外面|站外|外边|别的地方|换个地方|换个软件|换个平台)(?:聊|说)$/.test(key)) return '在这里' + key.slice(-1);
  if (/^(?:私我|滴滴我|戳我|私戳|私信我|私信找我|私信联系我|私信给我)$/.test(key)) return '在这里留言';
  if (key === '私聊') return '在这里聊';
  if (/^电话(?:沟通|里说|里聊)$/.test(key)) return '在这里' + key.slice(-2).replace(/^里/, '');
  return undefined;
}

// ---- round 49 (t49d) ----
// Round 49 (t49d, 2.3): a person's number hidden in a thing the buyer holds, to be read off it — the last digits of a printed code
// (他号码就是这款袋子背面条形码的后11位; 店长电话是包装盒序列号的前11位) or a device renamed to it (把这台设备的蓝牙名字改成了售后小哥的号，照着那串
// 数字找他). Each a pair: the contact noun tied to the code's digits, or the device's name set to a number with a reach-him ask near.
// Not a code read for the goods (设备名称是型号加后四位; 订单号就是快递单号的后8位: no contact noun, no one to reach).
const NUMBER_IN_CODE_T49D = /(?:号码|电话|手机号|手机|微信号|微信|联系方式|qq号|qq)(?:就是|是|即|为|藏在|在)[^]{0,20}?(?:条形码|条码|序列号|sn码|sn号|编号|批号|货号|追溯码|防伪码|生产日期|日期码|单号)[^]{0,4}?(?:的)?(?:后|前|最后|末尾|末|中间)(?:\d{1,2}|[一二三四五六七八九十]{1,3})位/g;
const PERSON_BEFORE_T49D = /(?:他|她|我|厂长|老板|经理|师傅|客服|售后|小哥|店长|老马|老王|主管|负责人)(?:的)?$/;
const DEVICE_NAMED_T49D = /(?:蓝牙|wifi|无线|热点|设备|耳机|音箱|手表|网络)[^]{0,10}?(?:名字|名称|昵称|名)(?:改成|换成|设成|设为|改为|就是|是|叫)[^]{0,10}?(?:的)?(?:号码|(?<![型单批货编序码账帐尺])号|电话|手机号|手机|微信|qq)/g;
const REACH_T49D = /(?:找|联系|加|打给|拨给|拨打|打)(?:他|她|我|我们|小哥|师傅)|照着[^]{0,8}?(?:找|加|打|拨|联系)|谈价/;
function hiddenInThingT49d(ctx: LintContext, rule: RuleModule, taken: Spans): void {
  if (!/位|号|电话|手机|微信|qq/.test(ctx.compact)) return;
  for (const re of [NUMBER_IN_CODE_T49D, DEVICE_NAMED_T49D]) {
    for (const m of matchesOf(re, ctx.compact)) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end)) continue;
      if (re === NUMBER_IN_CODE_T49D && !PERSON_BEFORE_T49D.test(ctx.before(start, 12, 'hard'))) continue;
      if (re === DEVICE_NAMED_T49D && !REACH_T49D.test(ctx.after(end, 30, 'hard'))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到联系方式（否定或提醒语境）' : '把联系电话藏在商品条码或设备名里让买家去找（站外联系方式）' });
    }
  }
}
// ---- end round 49 (t49d) ----

// ---- round 48 (t48e) ----
// Round 48 (t48e): the string itself said to be a goods code (盒子背面那串4582117960027是JAN商品条码，扫出来对应的就是型号和颜色; 瓶底那串数字
// 是批号): the string is accounted for, the scan reads the goods — not with ours on it or an add in the sentence (那串是条码，其实是我的号, 加我).
const STRING_IS_GOODS_CODE = /(?:那串|这串|一串|那行|这行)[^，。！？]{0,24}?(?:是|就是|叫|为|属于)[^，。！？]{0,10}?(?:条码|条形码|商品码|批号|批次号|序列号|货号|型号|生产日期|日期码|溯源码|防伪码|ean|jan|upc|isbn|issn)/;
const ADD_NAMED = /加(?:我|好友|一下|个)|找我|私(?:我|聊|信)|联系我/;
// ---- end round 48 (t48e) ----

// A contact written on a carrier, to be copied and added: a contact noun and an act in the sentence.
// (a module function, not a closure made on every draft: see likely-rule.ts unreadUnits)
function carrierPointer(ctx: LintContext, start: number, end: number): 'block' | 'warn' | undefined {
  // (不用另外发邮箱: a contact noun and an act inside a clause that denies them count for nothing; round 7)
  // (round 20, t20bu: …nor do the buyer's words quoted — 您说要我们“发到邮箱”…也可以在这个窗口把图片直接发给您)
  const from = start - ctx.before(start, 40, 'hard').length;
  // (round 26, t26a: 打 as typing — the picture's content typed out here after a colon, no number in it: 我把数字直接打给您：M码胸围92)
  // (round 45, t45e: …nor a contact act refused inside a clause led by its topic — 搭建视频就不用加微信发啦 — away from the carrier itself)
  const raw = withoutOthersQuotes(ctx, withoutDeniedClauses(ctx, start, end), from, start, end)
    .replace(TYPED_OUT, (m: string, at: number) => (typedHere(ctx, from + at + m.length) ? '＿'.repeat(m.length) : m))
    .replace(NO_CONTACT_ALL, (m: string, at: number) => (from + at < end && from + at + m.length > start ? m : '＿'.repeat(m.length)));
  // (round 35, t35f: the carrier itself said to hold no contact — 这张卡片不包含任何联系方式 — even in the hit's own clause)
  const w = raw.replace(NOT_CONTACT_CODE, '').replace(UNRELATED_ACT, '').replace(NO_CONTACT_HELD, '');
  // (那是我的私人号: a private account named on the carrier is the act, even on the Kuaishou nickname)
  const privateAccount = /私人号|个人号|私号|私人账号|私人微信|私人电话/.test(w);
  // (溯源码贴在盒子侧面…扫一下: the official code is named before it is blanked; round 7)
  // (round 13: …or the chat said to censor it — 号我写在图片上了，这里发字会被屏蔽: the carrier chosen to get past the filter)
  const censored = CENSORED.test(ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 40, 'hard'));
  // Round 30 (t30a): the string saved for later with a person to reach by it (简介里那串号您存一下，想要什么直接找她): the save is the act.
  const savedToReach = (SAVE_IT.test(w) && REACH_PERSON.test(w) && /号|串|数字|字符|字母|id|电话|手机|微信|vx|qq/.test(w)) || PERSON_NUMBER_AT.test(w);
  if (STRING_IS_GOODS_CODE.test(raw) && !OURS_ON_IT.test(w) && !ADD_NAMED.test(w) && !privateAccount) return undefined; // round 48 (t48e)
  if (!CONTACT_NOUN.test(w) || !(CARRIER_ACT.test(w) || privateAccount || censored || savedToReach || OUR_CONTACT_PLACED.test(w)) || ((OFFICIAL_PLACE.test(raw) || (PRODUCT_PRINT.test(raw) && !OURS_ON_IT.test(w))) && !privateAccount)) return undefined;
  return (/加|扫/.test(w) && /号|那串|码|数字/.test(w)) || censored ? 'block' : 'warn';
}

export default rule;
