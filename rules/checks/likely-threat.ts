// 2.5 by the statistical second opinion (rules/model/): veiled menace and pressure with no threatening word
// (what the shop knows about the buyer, "a friendly reminder", contact that will not stop).
import { likelyRule } from '../model/likely-rule';
import { GUARD_OWN_DATA, ULTIMATUM } from '../detect/data-guard';
import { GOODS_USER_REVIEW } from '../detect/goods-user';
import { addressNotedForDelivery } from '../detect/address-noted';
import { accountNotFoundKeptHere } from '../detect/account-not-found';
import { goodsEffectTeased } from '../detect/goods-effect'; // round 48 (t48e)

// Round 20 (t20bu): a bad review taken as feedback (没关系的亲，差评也是对我们的提醒，我们会改进; 您的批评我们虚心接受): the shop owns it,
// nothing is asked of the buyer — not with a turn, a demand or what the shop knows or will do to them (但…, 删, 记住您, 找您, 后果).
const REVIEW_TAKEN = /(?:差评|中评|批评|意见|吐槽|投诉)[^]{0,12}?(?:是对我们的|给我们的)?(?:提醒|鞭策|督促|动力|建议)|(?:差评|中评|批评|意见|吐槽)[^]{0,10}?(?:虚心接受|我们接受|都接受|认真听取|会改进|会改正|会反思)/;
// Round 24 (t24b): …or read and answered with a remedy (您给的差评我们认真看了，会根据您的意见改进; 评价我们看过了，物流慢的问题会跟快递反馈).
const REVIEW_READ_AND_MENDED = /(?:差评|中评|评价|批评|意见|留言|反馈)[^]{0,12}?(?:认真|仔细|都|已经)*(?:看了|看过|看到|收到|读了)[^]{0,20}?(?:改进|改善|优化|整改|调整|反馈给|跟[^]{0,4}反馈|补寄|补发|重发|退款|换货|处理)/;
// …or taken to the platform's own appeal, its ruling abided by (差评我们会申诉，平台判了以后我们按结果处理).
const REVIEW_APPEALED = /(?:差评|中评|评价)[^]{0,10}?(?:申诉|提交(?:给)?平台|交给平台|平台(?:介入|审核|判|裁定|处理|核实))[^]{0,20}?(?:按|以|听|尊重|接受|服从)[^]{0,6}?(?:结果|为准|判|决定)/;
const REVIEW_TURN = /但|不过|可是|如果|要是|否则|除非|删|撤|改掉|改成|改一下|追评|记住|记着|记下|记得您|记得你|找您|找你|上门|地址|电话|家人|后果|小心|等着|看着办|走着瞧|别怪|不客气|骚扰/;

// Round 23 (t23cd): our follow-up kept up until a service milestone reaches the buyer (这个包裹我们会一直盯着，直到您签收为止; 退款我们
// 一直跟，直到钱退到您账户为止): "until" ends our work, asks nothing — not when the buyer is the one pursued or a demand is the end
// (一直给您打电话，直到您删掉差评为止; 盯着您; 直到您确认收货).
// Round 31 (t31d): …the goods in the buyer's hands said in words (直到东西安全到您手上, 直到交到您手里).
const UNTIL_MILESTONE = /直到(?:您|你)?(?:的)?[^，。！？]{0,8}?(?:签收|收到|到货|到手|到账|退到|退回|送达|放行|清关|解决|处理好|修好|满意|(?:到|交到|送到)(?:您|你)(?:的)?手(?:上|里|中))/;
// (跟您保持联系 keeps in touch, it follows no one; round 31, t31d)
// (round 39, t39j: 等着 of the buyer's own good — 安心等着收货, 等着好消息 — waits for the parcel, not for us: WAIT_FOR_GOOD)
const WAIT_FOR_GOOD = '(?!收货|收件|收包裹|签收|到货|拿货|收快递|收到|退款到账|到账|好消息|我们的?(?:好消息|通知|消息)|开箱|发货)';
const BUYER_PRESSED = new RegExp(`(?:给|跟|和|向)(?:您|你)(?:打|发|说)|联系(?:您|你)|找(?:您|你)|上门|(?:盯|跟|缠|催|追)着?(?:您|你)(?!保持联系)(?<!着您(?=安心|放心|耐心))|删|撤|改(?:评|成|掉|一下|了)|追评|好评|差评|确认收货|付款|补款|补钱|道歉|同意|答应|记住|记着|后果|小心|家人|地址|电话|短信|等着${WAIT_FOR_GOOD}|看着办|(?:您|你)(?:家|单位|公司)|楼下|门口|住处`);

// Round 23 (t23dx): the shop watching the ORDER for the buyer (这单我会一直盯着，直到您签收为止; 物流我们全程跟进): the parcel is watched,
// not the buyer — unless the sentence turns to the buyer's review, person or home (REVIEW_TURN and the rest), or presses the
// buyer as t23cd's milestone frame does (这单我们会一直跟着您，直到您确认收货为止).
// (round 39, t39j: …or until it arrives, said as a condition — 包裹不到我们就一直跟着, 货没到手我们就天天盯着; the compact view has no comma,
// so 跟着，您安心等 reads 跟着您安心: 您 then 安心/放心/耐心 opens the next clause, it is not the one followed)
const ORDER_WATCHED = /(?:这单|订单|单子|包裹|快递|物流|进度|清关|这件)(?:我们这边|我这边|我们|我|这边|小店)?(?:会|都会|就|也会)?(?:帮您|替您|给您)?(?:一直|全程|时刻|随时|每天)?(?:盯着|盯紧|跟着|跟进|关注|看着)|(?:盯着|盯紧|跟进|关注)(?:您的?|这个|这)?(?:订单|单子|包裹|物流|进度|清关)|(?:这单|订单|单子|包裹|快递|货|东西)(?:一天)?(?:不到|没到|没送到|没签收|不到手|没到手)(?:您手上|您手里|手)?(?:我们这边|我这边|我们|我|这边|小店)(?:就|都|会)*(?:一直|全程|天天|每天)?(?:盯着|盯紧|跟着|跟进|关注|看着)(?!你|您(?!安心|放心|耐心))/;
const WATCH_TURN = new RegExp(`${REVIEW_TURN.source.replace('等着', `等着${WAIT_FOR_GOOD}`)}|差评|评价|投诉|举报|曝光|您家|你家|孩子|住哪|单位|公司|老实|识相`);
/** Our follow-up of the order (kept up until a milestone, or the parcel watched), with the buyer pressed nowhere in the sentence. */
const ourFollowUp = (s: string): boolean => !BUYER_PRESSED.test(s) && (UNTIL_MILESTONE.test(s) || (ORDER_WATCHED.test(s) && !WATCH_TURN.test(s)));

// Round 23 (t23c): advice to guard one's own data when posting a review or complaint (写评价时别晒出手机号，保护好个人信息，小心被人盯上):
// the buyer is warned of strangers, not of us — not with an ultimatum or dare in the sentence (差评不删，保护好你的个人信息…).
const dataGuardAdvice = (s: string): boolean => GUARD_OWN_DATA.test(s) && !ULTIMATUM.test(s);

// Round 25 (t25b): the buyer's address read back as a question to confirm it, the parcel's whereabouts told right after (您的地址是幸福
// 小区3栋吧？快递已经到您楼下的驿站了): a delivery check — not with a review, a demand or a menace in either (您的地址是…吧？差评删了没).
const ADDRESS_READ_BACK = /(?:地址|收货地址|收件地址|住址|小区|收件人|手机号|电话)(?:是|在|写的是|填的是)[^]{1,24}?(?:吧|对吧|对吗|是吗|没错吧|没错吗|是不是|对不对)$/;
const DELIVERY_NEXT = /^[^]{0,24}?(?:快递|包裹|驿站|派送|配送|签收|取件|快递柜|菜鸟|丰巢|发货|寄出|送到|送达|改地址|修改地址)/;
const CHECK_TURN = /差评|评价|投诉|举报|曝光|删|撤|后果|小心|等着|看着办|记住|记着|找您|找你|上门|拜访|好找|知道您|知道你|熟/;
const addressCheck = (s: string, next: string): boolean => ADDRESS_READ_BACK.test(s) && DELIVERY_NEXT.test(next) && !CHECK_TURN.test(s + next);
// Round 25 (t25b): an apology for our silence (很抱歉一直没回您, 不好意思这么久没联系您): contact that did not happen presses no one.
const SILENCE_REGRETTED = /(?:抱歉|不好意思|对不起|久等|见谅)[^]{0,6}?(?:一直|这么久|好久|这两天|昨天|昨晚)?(?:都)?(?:没|未|没有)(?:及时)?(?:回|联系|回复|答复|跟进)/;

// Round 31 (t31f): whether a review can be removed, told as the platform's call alone (有买家问差评删不删得掉，这个只能平台处理; 评价能不能撤
// 由平台决定): nothing asked of the buyer — not with the buyer told to remove it, an if, or a menace (您删了吧, 如果不删…, 后果).
const REVIEW_PLATFORMS_CALL = /(?:差评|中评|评价|评论)[^]{0,14}?(?:删|撤|改|去掉)[^]{0,16}?(?:只能|只有|都得|得|要|都是|全凭|全看|归|由)(?:快手|平台|官方)(?:来|去|那边|方面)?(?:处理|决定|判断|审核|判定|说了算|管|定夺|裁定)/;
const PLATFORM_CALL_TURN = /(?:您|你)(?:帮|给)?(?:我们)?(?:删|撤|改)|(?:删|撤)(?:了|掉)?吧|删一下|(?<![删撤改])不(?:删|撤|改)|如果|要是|否则|除非|记住|记着|后果|小心|等着|看着办|走着瞧|找您|找你|上门|地址|电话|家人|骚扰/;

// Round 32 (t32f): the courier or its depot pressed by the shop on the buyer's behalf (快递员一直不回我们消息，我们已经投诉到网点了;
// 物流那边我们天天在催): a complaint against the carrier, the buyer pressed nowhere — not with the buyer's review, person or home, or a
// menace, in the sentence (找您, 您的差评, 后果…).
const CARRIER_PRESSED = /(?:投诉|催|追|反馈|举报|施压)(?:了)?(?:到|给|去|向)?(?:了)?(?:快递员?|快递公司|物流(?:公司)?|网点|驿站|派送员|配送员|派件员|快递小哥|承运商|总部)|(?:快递员?|快递公司|物流(?:公司)?|网点|驿站|派送员|配送员|派件员|快递小哥|承运商)(?:那边|这边)?[^]{0,16}?(?:我们|我|小店|店里)(?:已经|已|都|也|一直|天天|每天)*(?:在)?(?:投诉|催|追|反馈|举报)/;
const CARRIER_TURN = /(?:您|你)(?:的)?(?:差评|评价|投诉|家|单位|公司)|差评|中评|好评|改评|要是|如果|再不|否则|(?:给|跟|和)(?:您|你)(?:打|发)|找(?:您|你)|(?:盯|跟|缠|催|追)着?(?:您|你)|上门|后果|小心|等着|看着办|走着瞧|别怪|记住|记着|删|撤|不客气/;
const carrierPressed = (s: string): boolean => CARRIER_PRESSED.test(s) && !CARRIER_TURN.test(s);

// Round 34 (t34a): the review left to the buyer's own choice (评价随您心意，差评也可以; 打几星您自己决定，我们都尊重): nothing is asked of
// the buyer — not with a turn, a demand, the buyer's person or home, or a dare in the sentence (差评随您，反正您家我们知道; 随您，试试看).
const REVIEW_LEFT_FREE = /(?:评价|评论|差评|中评|好评|评分|打分|打几星|几星)[^]{0,8}?(?:随您|随你|您随意|你随意|随意|随心|看您(?:心情|意愿|自己|的意思)|看你(?:心情|意愿|自己)|(?:您|你)自己(?:决定|定|拿主意|选)|您说了算|你说了算|您来定|自由|都可以|都行|也可以|也行|没关系|都接受|都尊重|不强求|不勉强|不强迫)/;
// …or the platform's ruling relayed and abided by (平台介入以后的结果我们都会配合; 平台判退多少我们就退多少; 以平台的裁定为准): the shop
// bows to the platform and presses no one.
const RULING_ABIDED = /(?:平台|快手|官方|小二|客服介入)[^]{0,10}?(?:介入|判|裁定|裁决|审核|处理|决定|结果|核实)[^]{0,16}?(?:我们|本店|店里|这边|我这边|我)(?:这边)?(?:都|也|就|一定|肯定|全|全部|完全|会)*(?:配合|照办|执行|服从|接受|尊重|遵守|照着|按|认|退|赔|补)|(?:按|以|听|尊重|接受|服从|配合)(?:快手|平台|官方)[^]{0,8}?(?:结果|为准|判|决定|裁定|处理)/;
const FREE_TURN = new RegExp(`${REVIEW_TURN.source}|(?:您|你)家|住哪|单位|孩子|反正|试试|没用|不怕|大不了|奉陪|尽管|随便告|(?:留意|关注|注意|盯|看着|记|惦记|联系|问候|拜访)着?(?:您|你)|信用|账号|记录|档案|名单`);
const leftFreeOrAbided = (s: string): boolean => (REVIEW_LEFT_FREE.test(s) || RULING_ABIDED.test(s)) && !FREE_TURN.test(s);
// Round 34 (t34a): a heated remark let pass and the talk steered back to the order (您刚才那句话我们就不回了，咱们还是说回订单的事), or the
// order's care promised whatever the buyer does next (不管您以后还买不买，这一单我们都会负责到底): the shop's own conduct, nothing asked of
// the buyer — not with a turn to the buyer's person, review or home (FREE_TURN).
const BACK_TO_ORDER = /(?:说回|聊回|回到|拉回|还是说|先说|先聊|先处理)(?:您的?|咱们的?|这个|这单的?)?(?:订单|正题|正事|售后|退换|换货|退货|物流|尺码|问题)/;
// (round 39, t39j: …or the agent's own rest staked on it — 今天不把您这事解决我不下班, 不处理好我不睡)
const CARE_PROMISED = /负责到底|(?:一定|肯定)(?:会)?(?:给您|帮您)?(?:处理好|解决好|处理到底)|(?:处理|解决)到(?:您)?满意(?:为止)?|不(?:把|给)(?:您|你)?(?:的)?(?:这事|这件事|这个问题|问题|事情|这单|订单)?(?:给)?(?:解决|处理好|处理完|搞定|弄好|办好)[^，。！？]{0,4}?(?:我|我们|这边)(?:今天|今晚)?(?:就)?(?:不下班|不休息|不睡|不走|不吃饭|不收工|不回家)/;
const ownConduct = (s: string): boolean => (BACK_TO_ORDER.test(s) || CARE_PROMISED.test(s)) && !FREE_TURN.test(s);

// Round 38 (t38d): our own tone owned and apologised for (刚才我语气不太好，跟您道个歉; 我刚刚说话冲了点，对不起): the agent's fault taken
// back, nothing asked of the buyer — not with a turn, a demand, the buyer's person or home, or a dare in the sentence (FREE_TURN), nor
// the buyer's tone blamed (您语气这么冲).
const OWN_TONE_OWNED = /(?:我|我们|我这边|客服)(?:刚才|刚刚|之前|方才|前面)?(?:的)?(?:语气|口气|态度|说话|话说得|回复)(?:确实|是|有点|有些|太|真的|也)*(?:不太好|不好|不对|冲|急|重|硬|生硬|不耐烦|欠妥|不妥|过分|有问题)/;
const APOLOGISED = /道歉|道个歉|抱歉|对不起|不好意思|赔不是|赔个不是|见谅|向您认错|给您认错/;
const ownToneApologised = (s: string): boolean => OWN_TONE_OWNED.test(s) && APOLOGISED.test(s) && !FREE_TURN.test(s) && !/(?:您|你)(?:的)?(?:语气|口气|态度)/.test(s);
// Round 38 (t38j): the buyer's fairness trusted, a remedy offered with it (您不像是会乱给差评的人，有问题我们一起解决): goodwill, nothing asked of the
// buyer — not with a turn, a demand, the buyer's person or home, or a dare in the sentence (FREE_TURN), nor as a question (…的人吧？).
const FAIRNESS_TRUSTED = /(?:您|你)(?:一看就|肯定|应该|看着)?(?:不像|不是|不会是)(?:是)?(?:那种)?(?:会)?[^，。！？]{0,10}?的人(?!吧|吗|嘛|对吧)|(?:您|你)(?:一看就|肯定)是(?:个|位)?(?:讲理|讲道理|明事理|通情达理|好说话|厚道|实在)的人(?!吧|吗|嘛|对吧)/;
const REMEDY_OFFERED = /一起(?:解决|想办法|处理|商量)|(?:给|帮|为)(?:您|你)(?:处理|解决|安排|补发|退|换|重发)|(?:我们|我|这边)(?:来|会|马上|一定|肯定)?(?:处理|解决|负责|补发|退|换)/;
const fairnessTrusted = (s: string): boolean => FAIRNESS_TRUSTED.test(s) && REMEDY_OFFERED.test(s) && !FREE_TURN.test(s);
// Round 39 (t39l): the buyer's account on another app not found, the talk kept here (detect/account-not-found.ts) — not with a turn, a demand
// or the buyer's person or home (REVIEW_TURN).
const accountNotFound = (s: string): boolean => accountNotFoundKeptHere(s) && !REVIEW_TURN.test(s);
// Round 39 (t39n): the review the buyer keeps waived (您不撤差评也没关系, 不改评价也不要紧) with the service still promised (明天师傅上门把锁修好):
// nothing asked of the buyer, the visit is the repair's — not with a turn, a demand, the buyer's person or home, or a dare left once the
// waiver and the repair visit are taken out (FREE_TURN), nor a visit with no repair to it (明天师傅上门).
const REVIEW_KEPT_WAIVED = /(?:您|你)?(?:不|没)(?:撤|删|改|撤回|删掉|改掉|追评|给好评)(?:差评|中评|评价|评论|好评)?(?:也|都)?(?:没关系|没事|不要紧|不碍事|可以|行|不影响|无所谓)/g;
const REPAIR_VISIT = /(?:师傅|工程师|安装师傅|维修师傅|技师|技术员|售后)(?:会|就|也|都|明天|今天|后天|周末|下午|上午|马上)*上门(?:来)?(?:帮您|给您|为您)?(?:把[^，。！？]{1,6})?(?:修|装|安装|维修|检修|调试|更换|换|测|量|处理|保养|清洗)/g;
const reviewKeptWaived = (s: string): boolean =>
  s.search(REVIEW_KEPT_WAIVED) >= 0 && s.search(REPAIR_VISIT) >= 0 && !FREE_TURN.test(s.replace(REVIEW_KEPT_WAIVED, '').replace(REPAIR_VISIT, ''));
// Round 41 (t41a): wordiness excused before advice for the buyer's own good (别怪我们啰嗦，签收前请当面验货; 不好意思多唠叨一句，拆封前请先拍照):
// the 别怪 is for being wordy, nothing is asked of the buyer but to look after their parcel — not with a turn, a demand, the buyer's person or
// home, or a dare left once the excuse is struck out (FREE_TURN).
const WORDY_EXCUSED = /(?:别怪|不要怪|请原谅|原谅|不好意思|抱歉|见谅)(?:我们|我|小店|客服)?(?:这边)?(?:的)?(?:多)?(?:啰嗦|罗嗦|唠叨|多嘴|话多|多说|多提醒|多唠叨)(?:一句|两句|几句|了|哈|啊|呀)*/g;
const OWN_GOOD = /验货|验收|检查|核对|开箱|拆开|拆封|拍照|录像|视频|签收|保存|留好|保管|注意|确认|看一下|看看/;
const wordyExcused = (s: string): boolean => s.search(WORDY_EXCUSED) >= 0 && OWN_GOOD.test(s) && !FREE_TURN.test(s.replace(WORDY_EXCUSED, ''));
// Round 41 (t41f): the buyer taken off our marketing list, our messages stopped at their wish (已经把您从店铺的短信营销名单里去掉了，以后不会
// 再收到活动短信; 已为您退订推送): contact ended, not threatened — not with a turn, a blacklist, the review, or the buyer's person or home.
const UNSUBSCRIBED = /(?:把|将)(?:您|你)?(?:的)?(?:号码|手机号|手机|电话|账号|邮箱)?从[^，。！？]{0,14}?(?:名单|列表|名录|推送|群发|订阅)(?:里|中|上)?(?:面)?(?:去掉|移除|删除|删掉|撤下|剔除|拿掉|移出)|(?:已经|已|帮您|为您|给您)(?:为您|帮您)?(?:退订|取消订阅|取消推送|关闭推送)/;
const UNSUBSCRIBE_TURN = /黑名单|差评|中评|评价|投诉|举报|但|不过|可是|如果|要是|否则|除非|记住|记着|记下|后果|小心|等着|看着办|走着瞧|找您|找你|上门|地址|家人|(?:您|你)家|单位|住哪/;
const unsubscribed = (s: string): boolean => UNSUBSCRIBED.test(s) && !UNSUBSCRIBE_TURN.test(s);
// Round 69 (engfa69): our reminders offered to stop at the buyer's word (您要是不想我们再提醒，回复一下就好，我们就不再发了; 不需要的话说一声，
// 以后就不打扰您了): contact given up, not pressed — not with a review, a menace or the buyer's home beside it.
const OPT_OUT_OFFERED = /(?:我们|我|这边|小店|本店)?(?:就|会|以后|之后|后面)*(?:不再|不会再|再也不|就不)(?:给您|给你|跟您|跟你)?(?:发|提醒|打扰|联系|推送|打电话|通知|发消息)/;
const OPT_OUT_ASKED = /(?:不想|不需要|不用|不希望|嫌烦|觉得烦|觉得打扰)[^，。！？]{0,10}?(?:提醒|消息|通知|推送|打扰|联系|打电话)?|回复[^，。！？]{0,6}?(?:一下|一声|退订|TD|td)|说一声|告诉我们一声/;
const OPT_OUT_TURN = /黑名单|差评|中评|好评|评价|投诉|举报|后果|小心|等着|看着办|走着瞧|找您|找你|上门|地址|家人|(?:您|你)家|单位|住哪|否则|不然|除非|改|确认|收货|签收|撤|删|付款|下单|赶紧|一直|天天|每天/;
const optOutOffered = (s: string): boolean => OPT_OUT_OFFERED.test(s) && OPT_OUT_ASKED.test(s) && !OPT_OUT_TURN.test(s);
// Round 43 (t43b): the buyer's address noted for the next parcels — detect/address-noted.ts (shared with threat's 记住了 cue).
// Round 43 (t43b): where to find the order's page asked, the answer an in-app place (您知道去哪儿找订单详情吗？在我的订单里): app help, the
// buyer sought by no one — not with the buyer's home, family or review, a visit or a menace in the question or the answer.
const PAGE_WHERE_ASKED = /(?:知道|清楚|会)(?:去|在|上|到)?(?:哪儿|哪里|哪)(?:找|看|查|打开|点)(?:到)?(?:您的?|你的?)?(?:订单|物流|快递|退款|售后|发票|评价入口|优惠券|详情|进度|记录|入口)/;
const IN_APP_PLACE = /^(?:就|都)?(?:在|点|点开|打开|进入|进|去)?[^]{0,6}?(?:我的|订单|首页|个人中心|主页|页面|右上角|右下角|下方|底部|详情|售后|app|快手|设置)/;
const PAGE_TURN = /(?:您|你)家|住|地址|单位|孩子|家人|学校|公司|差评|评价|删|撤|小心|后果|等着|看着办|走着瞧|上门|派人|(?:找|盯|跟|记住|记着)(?:您|你)/;
const pageWhereAsked = (s: string, next: string): boolean =>
  PAGE_WHERE_ASKED.test(s) && IN_APP_PLACE.test(next) && !PAGE_TURN.test(s) && !PAGE_TURN.test(next.split(/[。！？!?]/)[0] ?? '');
// ---- round 47 (t47e) ----
// Round 47 (t47e): a soft invitation to tell how the goods went, when the buyer has time (用了一段时间了吧，有空的话来评价区聊聊感受呗): 评价区 and 来
// weigh like a summons, but nothing is pressed — not with a turn to the buyer's review, person or home (REVIEW_TURN), a must or a deadline.
const REVIEW_INVITED_SOFTLY = /(?:有空|方便|有时间|得空|闲了)(?:的话|时|了)?[^。！？]{0,8}?(?:评价区?|评论区?|追评|晒单|买家秀)[^。！？]{0,6}?(?:聊聊|说说|分享|讲讲|唠唠)(?:一下|下)?(?:感受|体验|心得|使用感|用后感)?/;
const INVITE_PRESSED = /必须|一定要|务必|赶紧|马上|立刻|今天之内|不然|否则|要不然|好评|五星|差评|删|改/;
const reviewInvitedSoftly = (s: string): boolean => REVIEW_INVITED_SOFTLY.test(s) && !REVIEW_TURN.test(s) && !INVITE_PRESSED.test(s);
// ---- end round 47 (t47e) ----
// ---- round 48 (t48e) ----
// Round 48 (t48e): the complaint or review explicitly not asked back, the service granted anyway (退货申请已经同意了，不需要您撤投诉，两件事互不
// 影响): the waiver weighs like a demand (撤投诉), but it releases the buyer — not with a turn, an if, a menace or the buyer's person or home
// left once the waiver is struck out (a return address — 寄回地址 — is the parcel's).
const COMPLAINT_NOT_ASKED = /(?:不需要|不用|无需|不必|用不着|没必要)(?:您|你)?(?:去|再|专门)?(?:撤|删|撤回|撤销|改|取消)(?:掉|回)?(?:投诉|差评|中评|评价|评论|举报|申诉)|(?:投诉|差评|中评|评价|举报)(?:您|你)?(?:不用|不需要|无需|不必)(?:撤|删|撤回|撤销|改)/g;
const WAIVER_TURN = /但|不过|可是|如果|要是|否则|除非|前提|条件|只要|记住|记着|后果|小心|等着|看着办|走着瞧|别怪|找您|找你|上门|家人|(?:您|你)家|住哪|单位|孩子|删|撤|改评|好评|五星/;
const complaintNotAsked = (s: string): boolean => s.search(COMPLAINT_NOT_ASKED) >= 0 && !WAIVER_TURN.test(s.replace(COMPLAINT_NOT_ASKED, ''));
// Round 48 (t48e): the buyer's floor or home asked as a question, the next sentence noting it for the delivery (您住几楼？几楼我们记下了，没电梯的话
// 师傅帮您搬上去): the question is the delivery's — addressNotedForDelivery read on the answer, and the question itself plain.
const HOME_ASKED = /^(?:请问|麻烦问下|问一下)?(?:您|你)(?:家)?(?:住|在)?(?:几楼|几层|哪栋|哪个小区|几单元|哪个单元|住哪|住在哪)(?:呀|啊|呢|哈)?[?？]?$/;
const homeAskedForDelivery = (s: string, next: string): boolean => HOME_ASKED.test(s) && addressNotedForDelivery(next.split(/[。！？!?]/)[0] ?? '');
// Round 48 (t48e): the goods' strong effect teased before 别怪我 (detect/goods-effect.ts) — not with a turn to the buyer's review, person or home.
const effectTeased = (s: string): boolean => {
  const at = s.search(/别怪我/);
  return at > 0 && goodsEffectTeased(s.slice(Math.max(0, at - 24), at)) && !FREE_TURN.test(s.replace(/(?:可|就)?别怪我(?:们)?/, ''));
};
// ---- end round 48 (t48e) ----
// ---- round 57 (eng57a) ----
// Round 57 (eng57a, A57): the buyer's choice on the review or complaint left free and our service or treatment promised unchanged whatever it is
// (您撤不撤投诉都可以，是您的权利，我们不会因此区别对待; 不管您怎么评价，我们都会按流程把退款给您办好): the complaint words weigh like pressure, but the
// buyer is released — not with a turn, an if, a menace or the buyer's person or home left once the freedom is struck out (WAIVER_TURN).
const CHOICE_LEFT_FREE = /(?:不管|无论|不论)(?:您|你)(?:怎么|如何|是否|给不给|评不评|撤不撤|删不删|改不改|投不投诉|打几星)?(?:给|写|打)?(?:我们)?(?:评价|评|投诉|打分|反馈|差评|好评)|(?:撤不撤|删不删|改不改|评不评|投不投诉)(?:投诉|差评|评价|举报)?(?:都|全)(?:可以|行|没关系|没问题|随您|由您)|是(?:您|你)的(?:权利|自由)/g;
const SERVICE_UNCHANGED = /(?:都|也|照样|依然|仍然|照常|一样)(?:会)?(?:按流程|正常|照常|一样|尽心|认真|及时|好好)?[^，。！？]{0,10}?(?:办好|办|处理|退款|发货|服务|售后)|(?:不会|绝不会|也不会)(?:因此|因为这个|因为这|为此)?(?:对您|对你)?(?:区别对待|差别对待|为难|刁难|另眼相看|有什么不同|有影响|影响)/;
const choiceLeftFree = (s: string): boolean =>
  s.search(CHOICE_LEFT_FREE) >= 0 && SERVICE_UNCHANGED.test(s) && !WAIVER_TURN.test(s.replace(CHOICE_LEFT_FREE, ''));
// ---- end round 57 (eng57a) ----
export default likelyRule({
  id: 'likely-threat',
  clause: '2.5',
  title: { zh: '疑似威胁、恐吓或骚扰买家（统计判断）', en: 'Likely threatening or harassing the buyer (statistical)' },
  forbids: {
    zh: '禁止恐吓、威胁买家，或以反复联系等方式骚扰买家',
    en: 'forbids threatening or intimidating the buyer, and harassing them by repeated contact',
  },
  hint: {
    zh: '删除让人感到被威胁的话；有争议请走平台申诉，并说明处理方案。',
    en: 'Remove what reads as a threat; take disputes to the platform and say how you will resolve them.',
  },
  message: '这句话读起来像在威胁或施压买家（统计判断，可能误判）',
  // Round 37 (t37g): …and a review asked on the buyer's family liking the goods (detect/goods-user.ts).
  // Round 41 (t41a): …and wordiness excused before advice for the buyer's own good (wordyExcused); t41f: the buyer taken off our marketing list (unsubscribed).
  unless: (s, next) => choiceLeftFree(s) || // round 57 (eng57a)
    complaintNotAsked(s) || homeAskedForDelivery(s, next) || effectTeased(s) || // round 48 (t48e)
    reviewInvitedSoftly(s) || wordyExcused(s) || // round 47 (t47e): reviewInvitedSoftly
    addressCheck(s, next) || (SILENCE_REGRETTED.test(s) && !REVIEW_TURN.test(s)) || dataGuardAdvice(s) || ((REVIEW_TAKEN.test(s) || REVIEW_READ_AND_MENDED.test(s) || REVIEW_APPEALED.test(s)) && !REVIEW_TURN.test(s)) || ourFollowUp(s) || (REVIEW_PLATFORMS_CALL.test(s) && !PLATFORM_CALL_TURN.test(s)) || carrierPressed(s) || leftFreeOrAbided(s) || ownConduct(s) || fairnessTrusted(s) || ownToneApologised(s) || GOODS_USER_REVIEW.test(s) || accountNotFound(s) || reviewKeptWaived(s) || unsubscribed(s) || optOutOffered(s) || addressNotedForDelivery(s) || pageWhereAsked(s, next),
});
