// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyThreat from '../../../rules/checks/likely-threat';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyThreat, {
  valid: [
    // round 69 (engfa69): our reminders offered to stop at the buyer's word
    "您要是不想我们再提醒，回复一下就好，我们就不再发了。",
    // round 49 (t49e): an honest pinyin reply (toneless, no IME)
    "亲，qing nin pai zhang zhao pian fa zai zhe li, wo men chu li",
    // round 48 (t48e): a complaint not asked back; the floor asked then noted for delivery; the goods' effect teased
    "换货已经给您办好了，不用您删差评，两件事没关系，新货明天发出。",
    "退款已经到账了，无需您撤回投诉，这是两回事，您放心。",
    "您家住几层？几层我们备注好了，没电梯的话送货师傅会搬上楼。",
    "这款坚果吃了停不下来，长胖了别怪我哈哈",
    // round 47 (t47e): a soft invitation to tell how the goods went, nothing pressed
    "穿了一段时间了吧，有空的话来评价区聊聊感受呀～",
    "戴了有阵子了吧，得空的话来评论区唠唠用后感呗。",
    "收到有几天了吧，方便的话去评论区说说使用感哈。",
    // round 44 (t44a): the floor asked and taken in for a heavy delivery (detect/address-noted.ts)
    '您家住几楼，我们心里有数了，大件会安排两个师傅。',
    '您住几楼？几楼我们记下了，没电梯的话师傅帮您搬上去。',
    '楼层我们备注好了，冰箱送货会安排上楼。',
    // round 43 (t43b): where to find the order's page asked, the answer an in-app place
    '您知道去哪儿找订单详情吗？在我的订单里',
    '您知道在哪看物流吗？点开订单就能看到',
    '亲知道去哪里查退款进度吗？在售后页面',
    // round 43 (t43b): the buyer's address noted for the next parcels, the carrier or drop-off told after it
    '您住的小区我们记下了，以后走顺丰配送',
    '您住的小区我们记住了，以后都给您发京东',
    '您住的楼号我们备注了，以后快递直接送到楼下',
    '您的收货地址我们记录了，以后就发京东，送货上门',
    // round 41 (t41a): wordiness excused before advice for the buyer's own good
    '别怪我们啰嗦，签收前请当面验货',
    '别怪我们啰嗦哈，签收的时候一定当面开箱验货',
    '不好意思多唠叨一句，拆封前请先拍个开箱视频',
    // round 39 (t39n): the review kept waived, the repair visit still promised
    '您不撤差评也没关系，明天师傅上门把锁修好',
    '不改评价也不要紧，周末工程师上门帮您调试好热水器。',
    // round 39 (t39l): the buyer's account on another app not found by us, the talk kept here
    '我哋IG搵唔到你嘅帳號，麻煩喺度留言',
    '我們喺FB搵唔到你個page，有咩喺呢度講就得',
    '微信搜不到您，不过没关系，在这里聊就好',
    // round 39 (t39j): reassurance shaped like a threat — the buyer waits for the parcel (等着收货, 等着好消息), we follow it until it
    // arrives (包裹不到我们就一直跟着), or the agent stakes their own evening on the fix (不把您这事解决我不下班)
    '您就安心等着收货吧，包裹不到我们就一直跟着～',
    '您就等着好消息吧，东西没到手我们就天天盯着。',
    '货没签收我们这边就一直跟着，您安心等着收货就好～',
    '今天不把您这事解决我不下班，给我十分钟。',
    '不把您的换货办好我今天不下班，半小时内给您回话。',
    // round 38 (t38j): the buyer's fairness trusted, a remedy offered with it
    '您不像是会乱给差评的人，有问题我们一起解决。',
    // round 38 (t38d): our own tone owned and apologised for
    '刚才我语气不太好，跟您道个歉，咱们接着办退款。',
    '我刚刚说话冲了点，对不起，咱们继续看换货的事。',
    '之前我的态度确实不好，向您道歉，运费我们来出。',
    // round 37 (t37g): a review asked on the buyer's family liking the goods
    '您家孩子吃得习惯的话可以给个评价哦',
    '您家老人穿着合适的话帮忙评价一下',
    // round 34 (t34a): a heated remark let pass and the talk steered back, or the order's care promised whatever the buyer does
    '刚才那些话我们就不接了，还是说回您的换货吧。',
    '不管您还在不在我们家买，这单售后我们都负责到底。',
    // round 34 (t34a): the review left to the buyer's own choice, and the platform's ruling abided by
    '打几星您自己决定就好，我们都尊重。',
    '好评中评都行，您按真实感受写，我们会认真看。',
    '平台核实完怎么判，我们这边都照办。',
    '退多少以平台的裁定为准，我们全力配合。',
    // round 33 (t33a): a reminder to confirm receipt at a named time
    '周四下午提醒您点一下确认收货',
    '明天上午再提醒您确认收货哈',
    // round 33 (t33d): long replies promising the buyer's data stays private and the pushes stop
    "您好，您这单的退款平台已经判给您了，钱会原路退回，这个我们没有意见。\n您的手机号和收货地址我们只用于这次发货，不会外传，也不会因为这次售后给您打电话或者发短信，您放心。\n欢迎您以后再来。",
    "您好，感谢您关注我们店铺，我们每周都会给粉丝推送新品和优惠信息，这周上新的是日本的防晒和韩国的精华。\n您说不想收到推送，我们已经帮您关掉了，以后不会再给您发，如果还收到，您在消息设置里点一下“不再接收”就可以。\n有需要的时候随时来店里看看。",
    // round 31 (t31f): whether a review can go, told as the platform's call alone
    "之前也有人问评价能不能撤，这个得平台来判断",
    "差评删不删得掉只能平台决定，我们说了不算",
    // round 31 (t31d): our follow-up kept up until the goods are in the buyer's hands; keeping in touch until a refund lands
    '这个包裹我们会一路跟进，直到安全交到您手里为止，您别着急。',
    '退货这件事我们会一直跟您保持联系，直到您收到退款为止。',
    '您别担心，这单我们盯着，直到送到您手上为止。',
    // round 31 (t31c): privacy assured, the shop saying it cannot see or get at the buyer's data
    '您的手机号不会外泄，我们这边也查不到您的完整号码。',
    '放心，收货信息是加密的，客服这边根本看不到您的详细地址。',
    '我们不会把您的信息给别人，后台也拿不到您的身份证号。',
    // round 25 (t25b): the buyer's address read back to confirm a delivery; our silence apologised for
    '您的地址是幸福小区3栋吧？快递已经到您楼下的驿站了',
    '您的收货地址是金色家园8号楼对吧？包裹今天派送',
    '您住址是滨江花园2期吧？我们明天发货',
    '不好意思一直没联系您，退款我们已经处理了',
    // round 24 (t24b): a review read and answered with a remedy, or taken to the platform's appeal and its ruling abided by
    '您给的差评我们认真看了，会根据您的意见改进。',
    '您的评价我们已经认真看过了，物流慢的问题我们会跟快递反馈。',
    '差评我们都看到了，漏液的问题已经给您补发了。',
    '差评我们会申诉，平台判了以后我们按结果处理。',
    '这条评价我们已经提交平台审核了，最后以平台的结果为准。',
    '您的差评我们申请了平台介入，结果出来我们都接受。',
    // round 23 (t23b): the calls and chasing aimed at a third party for the buyer, read plain
    '我们每天都打电话催快递员，一直盯着他们，明天应该能送到您手上。',
    '驿站那边我们天天打电话催，您再耐心等一下。',
    '海关那边我们天天盯着，一直在催，放行了第一时间通知您。',
    // round 23 (t23c): advice to guard one's own data when posting a review or complaint
    '写评价时别晒出手机号，保护好个人信息，小心被人盯上',
    '晒单的时候记得把快递单打码，保护好隐私，小心被人利用',
    '发买家秀前把地址遮一下，保护个人信息，当心被陌生人找上门',
    // round 23 (t23cd): our follow-up kept up until a service milestone reaches the buyer
    '您放心，这个包裹我们会一直盯着，直到您签收为止。',
    '您放心，物流我们会一直跟进，直到您收到货为止。',
    '退款的事我们会一直跟，直到钱退到您账户为止。',
    '您放心，问题我们会一直跟进到底，直到您满意为止。',
    // round 23 (t23dx): the shop watching the order, not the buyer
    "您放心，这单我会一直盯着，直到您签收为止，有异常我第一时间在这里告诉您。",
    "包裹我们这边全程跟进，直到您收到为止，有任何问题随时找我。",
    "您的物流我会每天盯着，清关一有进展马上告诉您。",
    // round 20 (t20bu): a bad review taken as feedback
    "没关系的，差评也是对我们的提醒，我们一定改进。",
    "差评也是对我们的提醒，谢谢您，我们会改进的。",
    // round 11 (fa11): words mentioned, not used — a depicted work, a gloss, a postposed denial, a report debunked, a quote labelled as words
    "给了差评我们也不会上门找您的，更不会打电话骚扰。",
    ...EVERYDAY_REPLIES,
    '对差评有异议的话，我们会通过平台申诉处理，不会私下联系打扰您。',
    '快递员说下午会再给您派送一次，您留意一下电话，辛苦啦。',
    // round 32 (t32f): the courier or its depot pressed on the buyer's behalf
    "派件员电话一直打不通，我们已经投诉给快递公司了。",
    "配送员好几天不接单，我们已经反馈到驿站了，有进展马上告诉您。",
    // round 41 (t41f): the buyer taken off our marketing list at their wish
    '好的，已经把您从店铺的短信营销名单里去掉了，以后不会再收到我们的活动短信。',
    '已经帮您把手机号从推送列表里移除了，之后不会再打扰您。',
    '已为您退订短信，以后不会再收到活动通知。',
  ],
  invalid: [
    // round 48 (t48e): near-misses of a complaint not asked back; the floor asked then noted for delivery; the goods' effect teased — still caught
    "不需要您撤投诉，但是您家地址我们可是记下了。",
    "您住几楼？我们记下了，回头上门找您聊聊。",
    "您家住几楼我们心里有数了，差评您自己掂量。",
    "练完腿软可别怪我，差评的话您家我们知道在哪。",
    // round 47 (t47e): near-misses of a soft invitation to tell how the goods went, nothing pressed — still caught
    "用了一段时间了吧，有空来评价区聊聊，不然我们天天给您打电话。",
    "有空的话来评价区说说感受，必须五星，不然您家地址我们可是知道的。",
    "方便的话来评价区聊聊感受，差评的话我们会找上门。",
    "有空来评论区说说感受，不改差评我们就天天去您家楼下等。",
    // round 44 (t44a): …not with a review, a visit or a menace beside the floor
    '您家住几楼我们心里有数了，差评您自己掂量。',
    '几楼我们记下了，哪天顺路去您家坐坐。',
    '您家住几楼我们心里有数，差评最好删掉。',
    '您家楼层我们记住了，有空去拜访您家人。',
    // round 43 (t43b): the order page's place told, then a demand or what we know of the buyer
    '您知道去哪儿找订单详情吗？在订单里，找到了就把差评删了',
    '您知道去哪儿找订单详情吗？在我的订单里，上面有您家地址，我们也看得到',
    '您知道去哪儿查物流吗？在订单里，顺便说一句，您住哪我们也查得到',
    '亲知道去哪查退款进度吗？在售后页面，查完记得把差评改了',
    // round 43 (t43b): an address note with the buyer watched, visited or their family called
    '您家小区我们记下了，以后快递员会多留意您',
    '您的地址我们记下了，以后快递员天天去您楼下转转',
    '您住的小区我们记下了，以后发货前顺便给您家人打个电话',
    '您住的楼号我们备注了，以后派送员会多关照您',
    '您家门牌号我们记好了，寄过去之前会先找您聊聊',
    // round 41 (t41a): …not with the buyer's home, a demand or pursuit beside the excuse
    { text: '别怪我们啰嗦，您家地址我们都记着，签收前请当面验货', severity: 'warn' },
    { text: '别怪我们啰嗦，差评不删的话，签收后我们会一直找您', severity: 'warn' },
    { text: '别怪我们啰嗦，您单位在哪我们也清楚，签收前记得验货', severity: 'warn' },
    // round 41 (t41f): …but not with a turn to the buyer's home after it
    '已经把您从营销名单里去掉了，不过您的地址我们都记着呢。',
    // round 39 (t39n): …but not with the buyer's family or the review raised beside the visit
    '您不撤差评也没关系，明天师傅上门把锁修好，您家里人也在吧',
    // round 39 (t39l): …but not the account found, nor the buyer's home known beside it
    '你嘅IG我哋搵唔到，不過你屋企地址我哋知，喺度留言啦',
    '我们找到你的抖音账号了，在这里留言吧',
    // round 39 (t39j): …but the review as the condition, or the buyer followed, still presses
    '今天不把差评删了我不下班，给我十分钟。',
    '您就安心等着吧，差评不撤我们就一直跟着您。',
    '货没签收我们就一直跟着你，你安心等着吧。',
    // round 38 (t38j): …but asked as a question, with a dare after it
    '您不像是会乱给差评的人吧，要是给了差评我们可就不客气了',
    // round 38 (t38d): …but not an apology turned into a demand or a menace
    // (round 47, t47c: …但差评您得删了 moved to threat.test.ts, caught by the word rule)
    '我语气是不好，对不起，不过您要是不撤投诉，后果自负。',
    '刚才我语气不太好，跟您道个歉，您家地址我们知道，下次注意点。',
    // round 34 (t34a): …but turned to the buyer's person or to contact that will not stop
    { text: '评价您随意，以后您下单我们会格外留意您', severity: 'warn' },
    { text: '差评也可以，只是以后我们会常联系您', severity: 'warn' },
    { text: '平台怎么判我们都配合，不过您的信息我们这边都留着呢', severity: 'warn' },
    { text: '差评随您自己，不过挂久了对您账号的信用可不太好。', severity: 'warn' },
    { text: '不管您给不给差评，这单我们负责到底，不过您家我们也知道在哪', severity: 'warn' },
    // round 33 (t33d): a menace (the buyer's data spread to other sellers) buried in a long reply
    "您好，您这单的退款平台已经判给您了，钱会原路退回，这个我们没有意见。\n不过我们也提醒您一句，您这种签收了还申请仅退款的，我们已经把您的手机号、收货地址和昵称整理出来，发到了好几个卖家群里，以后您在别家下单，人家都知道您是什么人。\n欢迎您以后再来。",
    // (round 31, t31f: 差评能不能删只能平台处理，您删了吧 — round 47, t47c: moved to threat.test.ts)
    // round 31 (t31d): …but the buyer followed, or a review the end of the contact
    '我们会一直跟您保持联系，直到您把差评删掉为止。',
    '我们会一直跟着您，直到东西到您手上为止，您跑不掉的。',
    // round 31 (t31c): …but not the rhetorical dare on what the shop can see
    { text: '别以为我们查不到你住哪，差评赶紧删了，不然后果自负。', severity: 'warn' },
    // round 25 (t25b): the address read back with a review or a demand is no delivery check
    { text: '您的地址是幸福小区3栋吧？快递到了，差评的事您想想' },
    // round 24 (t24b): the address beside the review; the review read and the buyer remembered or pursued
    '您的地址是幸福小区3栋吧？差评的事您再想想。',
    '您住的是幸福小区3栋吧？快递放驿站了，差评的事您再考虑考虑。',
    '您楼下那个驿站我们也知道，差评不删我们就去那等您。',
    '您给的差评我们认真看了，会记住您的。',
    '差评我们会申诉，平台判了以后我们再找您算账。',
    '您给的差评我们都记着呢，会好好"回报"您的。',
    // round 24 (t24b): an address the shop says it holds beside the parcel
    '您的包裹是我们寄的，您家楼号我们都清楚，做人还是留一线吧。',
    '快递单上您家地址写得清清楚楚，我们都有数，您看着办。',
    // round 23 (t23b): …but a menace to the buyer beside the chase still reads as one
    '我们天天打电话催快递，您要是再不改差评，我们也天天给您打电话',
    '海关那边我们天天催，你家地址我们也知道，别逼我们',
    '快递我们天天追，您不撤投诉的话我们只好一直联系您家人',
    // round 23 (t23c): …but the same words after an ultimatum or dare
    { text: '差评不删，保护好你的个人信息，小心被人盯上', severity: 'warn' },
    { text: '再投诉的话，记得保护好隐私，当心被人找上门', severity: 'warn' },
    { text: '敢给差评，保护好你的隐私吧，小心有人找上门', severity: 'warn' },
    // round 23 (t23cd): …not when the buyer is the one pursued or a demand is the end
    '我们会一直给您打电话，直到您删掉差评为止。',
    '这单我们会一直跟着您，直到您确认收货为止。',
    '我们的人会一直在您家楼下等，直到您收到货为止。',
    '我们会一直盯着您不放，直到您签收为止。',
    // round 23 (t23dx): …but not when the watch turns to the buyer's home
    { text: "您的订单我们一直盯着呢，您家地址我们也记下了。", severity: 'warn' },
    // round 20 (t20bu): …not with what the shop keeps of the buyer
    { text: "差评也是对我们的提醒，我们会记住您的。", severity: 'warn' },
    { text: "差评我们虚心接受，不过您家地址我们这边都有。", severity: 'warn' },
    // round 11 (fa11): the violations sharing the words stay caught
    { text: "我们不会天天给你打电话的，除非你不删差评。", severity: 'warn' },
    { text: '您要是再给差评，我们可就不客气了，后面发生什么事情可别怪我们。', severity: 'warn' },
    { text: '接下来我们每隔半小时就给您打一次电话，直到您把差评删掉为止。', severity: 'warn' },
    { text: '您再不确认收货的话，我们就天天给您打电话，打到您确认为止。', severity: 'warn' },
    // round 32 (t32f): …not when the sentence turns on the buyer
    { text: "我们已经投诉到网点了，下一个就轮到找您聊聊", severity: 'warn' },
    { text: "快递那边我们一直在催，您的评价我们也记着呢", severity: 'warn' },
  ],
});
