import rule from '../../../rules/checks/contact-wechat';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "亲您留的微信号我看到了，不过我们不能加买家微信，建议您撤回，我们在这里继续沟通。",
    "您要我加您wx：lily_0808，这个不行哈，我们只在平台上服务您。",
    // round 65 (engfa65): the buyer's bidding in the causative (您让我加…) declined
    "您让我加个微信私聊，不好意思，按平台规定我们只能在这里沟通。",
    // round 60 (eng60b): a same-name account warned of or the buyer's own, no search of ours
    '微信同名的那个号不是我们的，别加',
    '您微信同名的话，可以在快手搜',
    // round 60 (eng60b): 我们 after V我 / 微我, then what we do or lack (WE_SUBJECT_AFTER)
    'V我们不加的，有事这里说',
    '微我们不用的，平台聊就行',
    // round 52 (il52): V owned by the agent with an add or a note asked (我的V，备注一下)
    "我的V领毛衣到了吗？",
    // round 49 (t49d): numbered and dotted lists of payment ways, steps or order numbers are no channel + id
    '付款方式：\n1、微信\n2、支付宝\n3、银行卡 都可以',
    '· 微信支付\n· 云闪付\n· 20240518 之前下单有优惠',
    '退货步骤：\n① 微信扫码进小程序不行的话\n② 在订单页点申请售后',
    // round 48 (t48f): typed list bullets before a value are skipped like '-' — payment lists and denials stay clean
    '• 微信支付\n• 支付宝\n• 花呗 都能用',
    '• 不要加微信\n• 订单号 2024051233 在这里查就行',
    '付款方式：\n• 微信\n• 支付宝\n• cards 2024 都支持',
    // round 48 (t48d): a lone one-character line next to an ordinary line stays apart; a stacked word read whole keeps its denial
    '我\n手机是什么型号的亲？',
    'V\n领毛衣和圆领都有货哦',
    '加\n扣1 给你留一单',
    'W\nXbox手柄这款不支持',
    '我们不加\n微\n信，有事这里说就行',
    '好的\n微信支付可以用的',
    // round 47 (t47b): the wxid_ format named in a warning or a denial, a placeholder, an order code
    '谨防诈骗：陌生人发来 wxid_abc12345 这类微信号让您加的，千万别加',
    '我们的客服不会发 wxid_xxxxxx 这种账号给您，请在平台内沟通',
    '订单号 20240611wxid3 已发货',
    // round 44 (t44e): a refusal shown through an override still reads as a refusal; an Arabic product name in an isolate
    '我们不加\u202e信微\u202c哦，有问题这里说',
    '这款香水的阿拉伯语名字是\u2067عطر الورد\u2069，正品保证',
    '尺码表：S\u2800M\u2800L\u2800XL 都有',
    // round 43 (t43a): the buyer's wish asked back and waved off as needless in the next clause (ECHO_NEEDLESS)
    '想加微信看实拍？不用加哈，视频我直接发这里～',
    '想加个vx方便问售后？没必要加哦，订单页点联系客服就能找到我们。',
    '要加微信拿说明书？不需要加的，电子版我这边直接发您。',
    '想加薇信看细节图？用不着加呀，高清图都在详情页第三张。',
    // round 42 (t42f): 微号 in a warning
    '不要相信自称客服给的微号，我们不会私下联系。',
    // round 40 (t40n): the buyer's id refused by us a few units after it, a subject between
    '你留的vx我这里加不了哦，退货地址在售后页面能看到。',
    '您给的微信客服这边是不加的，照片直接发这个窗口就行。',
    '买家发来的威信号我们一律不添加，有事平台上说。',
    // round 38 (t38h): Greek and Cyrillic in their own sense
    '这款挪威鱼油每粒含 Ω-3 脂肪酸600mg，EPA和DHA都标在背标上。',
    '俄罗斯 Алёнка 巧克力，包装上的小女孩就是品牌标志。',
    'κ-卡拉胶是常用的增稠剂，这款布丁里也有。',
    // round 38 (t38j): paying by WeChat at checkout, a payment list
    '付款方式微信也可以，联系我',
    '微信支付宝都支持，联系我改价',
    // round 37 (t37c): the buyer's message quoted with its speaker label (「买家：…」) and answered otherwise: the buyer's words (detect/quoted.ts buyerQuoted)
    "「买家：有微信吗 加一下聊」 不加个人联系方式哈，有问题在这个窗口随时找我。",
    "「顾客：方便留个vx吗」 这边只能在快手上沟通，您有啥直接留言就行。",
    // round 36 (t36g): someone else's wish reported, then refused by us in the next clause (detect/cues.ts reportedWishRefused)
    "有顾客问能不能加个微信，这边一律不加的",
    "不少买家想要我们的vx，我们都不给哦",
    "老客常说想加微信好友，我们从来不加。",
    // round 36 (t36h): a denial wrapped from its words by a line break (normalize.ts joinWrappedLines)
    "平台有规定，我们这边不能\n加微信的，有事在这里说",
    "抱歉哦亲，我们不会\n加您vx的",
    // round 36 (t36c): a line wrap joins a term only inside a word; a denial or a payment word across it stays clean
    "满299减30，结算时还可以叠加\n微信支付立减",
    "这边建议您先看一下说明书再联系，加\n微信是不可以的哦",
    // round 36 (t36c): a pasted FAQ — the buyer's question labelled Q/问, our refusal after an answer label (detect/cue-rule.ts nextSentenceStart)
    'Ｑ：能不能加个微信聊？\nＡ：不好意思，我们只在平台内联系哦。',
    '问：你们店能加微信吗？\n答：不方便哈，有问题直接在这里留言就行',
    'Q: 可以加客服微信吗?\nA: 不可以的，售后都在快手对话框处理',
    // round 35 (t35c): a scope denied over everything (detect/cues.ts DENIED_ANY: 不涉及/不包含/不包括 + 任何)
    '售后流程不涉及任何加微信或转账的步骤。',
    '包裹里不包含任何加微信的卡片，有人让您加请别理。',
    // round 33 (t33e): a scheme told at length, judged a scam by the next sentence (这些全部是骗局, 以上都是诈骗套路)
    "最近有人冒充平台工作人员给买家打电话，说您的订单异常要退款，接着让您加微信、扫码进群，再让您提供银行卡号和验证码。\n以上都是诈骗套路，请直接挂断。",
    "您好，先提醒您一下：近期有人假扮物流客服，发短信说您的包裹丢了要理赔，然后让您加微信领赔偿，或者下载一个会议软件开屏幕共享。\n这些都是骗局，我们的理赔只在订单页处理，不会私下联系您。\n您这单的包裹今天已经派送，请留意签收。",
    // round 32 (t32a): the checkout's WeChat Pay asked about and called safe; the doubt confirmed
    '微信支付安全吗？很安全的，在快手收银台选微信支付就行',
    '加微信有风险吗？有风险，咱们还是在这里聊',
    '微信安全吗？放心，我们不加微信，这里聊',
    // round 32 (t32a): replies spaced into clauses; a denial still governs its object across a space
    '好的 亲 我们不加微信的 有问题这里说',
    '亲 不能 加微信 哈 平台上聊',
    '您别担心 不需要加微信 这里就能退',
    // round 31 (t31f): the act judged unsafe — told, or asked back and confirmed
    "私下加微信不靠谱的，有事就在这里说",
    "加微信不安全吗？是的，所以还是在平台沟通",
    "加客服微信不安全？对，站外没保障，咱们就在这里聊",
    // round 31 (t31a)
    "为心爱的人挑一份礼物吧",
    "以收据为信，我们马上处理",
    // round 29 (lead): a bracketed label followed by no account
    '我们支持【微信支付】和支付宝，在快手收银台付款就行',
    '[微信]2024年的新款礼盒已经到货啦',
    '【微信】请勿添加陌生人，谨防诈骗',
    // round 29 (t29a): the buyer told not to add it (卡片上的微信号别加); a belief corrected by a denial (以为退款要加微信，其实不需要)
    '那张卡片上的微信号别加哦，我们店没有私人号。',
    '很多人误以为退款要加微信，其实不需要，在订单页申请就行。',
    // round 29 (t29a): a contact's penalty told after it (平台查到会按违规处理), the rule explained
    '留微信号给买家，平台查到会按违规处理，店铺会被扣分，所以这里不能给。',
    '客服发微信号会被平台处罚，有问题在这里说就行。',
    '给您微信号的话平台会判违规，店铺要扣分，见谅哈。',
    // round 26 (t26a): WX/VX as the head of a product code glued to its digits, a code noun (款号, 型号, 货号) in the sentence
    '款号WX2208-P是加绒版，WX2208是普通版。',
    '型号VX3308-B是黑色款，现货当天发。',
    '款号后面带“-L”的是长款，比如WX1029-L。',
    // round 25 (t25a): the first item of a comma list whose next item is refused with 都 (refusedWithNext, now shared in cues.ts)
    "加微信，私下转账都不行哦",
    "微信号，QQ号我们都不能给，有事这里说",
    "加vx的话，私下付款这边都不支持",
    // round 25 (t25a): a dingbat cross is x only as a letter; dimensions keep ×; the buyer's request named then refused; 不管…都 refusing every way
    "尺寸35✖28cm，能放下A4文件夹",
    "您要的微信号，抱歉没法给。这个聊天窗口的消息我手机上也能收到。",
    "你要的vx，不好意思不能提供哈，有事这里说",
    "您想要的那个微信，抱歉我们不方便给，售后都在这里处理",
    "无论微信还是QQ都不行哦，有事这里说",
    "不管是加微信还是加好友，都请在平台上沟通",
    "不论您要微信还是电话，一律不提供的哈",
    // round 24 (t24a): 绿色的 + an app noun is the nickname only with a call or an id (a package colour or a refusal is not)
    '这款是绿色的软件包装盒，里面有说明书。',
    '绿色的软件图标是我们的品牌色。',
    '我们不用绿色的那个软件联系客户，有问题在这里说。',
    // round 23 (t23c): the act itself denied after the token stays a refusal
    "加微信不行哦，有事这里说",
    "加微信不太合适，平台聊天就可以",
    "加微信不用了，这里都能处理",
    "加微信不需要的，订单页就能退",
    // round 23 (t23cd): a V after a number is volts, not V我
    '这款滚筒洗衣机是日本国内版，电压100V，我们随单送一台变压器。',
    '国内是220V我们这款是110V，需要配变压器哦。',
    '电池是12V，我这边帮您确认过型号了。',
    '吹风机是美版120V的，我们建议您搭配转换器使用。',
    // round 41 (t41f): volts then a space and English prose is no V: id
    'Voltage is 220-240V so it works fine in mainland China，放心用。',
    'The charger outputs 12V and 2A, works with any car socket，有问题这里说。',
    '这款是 110V only, please use a step-up transformer 哦。',
    // round 23 (t23a): an emoji closing the refusal of a later list item, not only the first (refusedAfter's emojiCut per item)
    '私下转账、加微信、站外下单都不行🙅 有问题平台会处理',
    '扫码付款、加微信都免了🙏 直接在这里拍就行',
    '私下转账、加vx这些都没必要😊 售后我在这里全程跟进',
    '站外下单、加微信真不可以哦🙅‍♀️ 您在订单页申请就好',
    // round 22 (t22cc): a courier's ask echoed as a question, brushed off in the next sentence
    '骑手说要加您微信确认地址？这不是我们安排的，陌生人千万别随便加',
    // round 22 (t22ds): refused with a modal and a verb of doing, the way or the request named
    '加微信发红包返现这种方式本店不能做的，谢谢理解',
    '微信转账这个要求我们不能答应，还是走平台吧',
    '您提的加微信私聊这种办法我们没法操作哈',
    // round 22 (t22by): the act waved off or refused closing its clause before an emoji, or called a trick (都是套路)
    "加微信这个真没必要😊 售后我在这里全程跟进。",
    "您给的微信我就不添加啦🙏 这边聊一样能处理。",
    "外面有人叫你加“小绿”领红包的，那都是套路，我们店没有这种活动。",
    // round 22 (t22ca)
    "建议您别在评论区发自己的微信号，防止泄露隐私。",
    "您问可唔可以加微信，唔好意思，我哋只喺呢度沟通。",
    // round 21 (t21bx): the report debunked with certainty (answered.ts DEBUNK: 那肯定是冒充的)
    "有人冒充我们在微信上加您？那肯定是冒充的，我们不在站外联系。",
    // round 21 (t21bw)
    "您说要把钱退到朋友卡上，或者我们加您微信再转，这两样都不行哈。",
    // round 21 (t21bv): the paying account's real-name identity — not with an id
    "下单时用的微信账号认证的姓名和收件人要一致哦。",
    // round 20: a message someone sent privately or a buyer passed on, quoted to warn (detect/quoted.ts ATTRIBUTED)
    "有人私信您“加我微信xyz789领红包”，那是冒充的，千万别加。",
    "顾客转来的“加V领券”截图不是我们店发的哦。",
    // round 19 (t19di): the meme named as a meme; V号 that is no account, or not asked for
    "这款泡泡机吹出来是绿色泡泡，小朋友很喜欢。",
    "“V我50”这个梗我知道😂，不过店里的优惠只有平台券哦。",
    "您的V号领毛衣要选哪个尺码呀？",
    "我们不会问您要V号的，售后都在这里办。",
    // round 17 (fa17b): a programme named with 这个 and disowned (加微信领小样这个活动我们没有哦) — not when our own ask follows
    "加微信送赠品这个活动我们店没有哦，赠品都是随单发的。",
    "扫码加好友返现这个福利我们是没有的，优惠都在商品页领。",
    "加V领券那个活动我们从来没搞过，券在店铺首页。",
    // round 17 (fa17b): WeChat refused right after the word (微信就不加了, 微信号不用留啦); a number given after it still blocks
    "微信就不加了哈，退换货在这个窗口办就行。",
    "您的微信号不用留啦，发货后物流会在订单里更新。",
    "vx我这边就不给啦，售后都在平台上走更有保障。",
    // round 17: sizes and memberships spelled in letters are no add-command
    "这款有 W X L 码",
    "加vip会员更划算",
    "加wxl码的话要补差价",
    // round 17 (t17): 威/薇 closing a word of their own (权威, 示威, 蔷薇) before 我 is no 威我/薇我 command
    "鉴定结果以检测中心为准，那边更权威，我们会把报告同步给您。",
    "这家实验室挺权威我们合作好几年了",
    "看球的时候大家给主队助威，我们店也送了应援棒。",
    "蔷薇我们这周补货，紫薇我们暂时没有。",
    // round 16 (t16): our name searched, the app named after it
    "绿色软件包装的那款是薄荷味的，蓝色是海盐味",
    // fa16
    "这款有 W X L 码",
    "X L 码有货",
    "我们有 S M L X L",
    "a b 两款都有",
    "您好，I will check 一下",
    "A B 两面都能用",
    "V I P 会员优先发货",
    // round 15 (fa15): a named third party's ask brushed off (clean) / our own ask after it
    "如果快递员让您加微信签收，您可以拒绝，直接按正常流程签收就行。",
    "要是骑手让你扫码加群才给送，直接拒绝并投诉他。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "您要我的微信，实在不好意思，客服这边只能在快手里沟通，有问题随时在这儿找我就行。",
    // round 13 (t13a): 微 going on into another word stays clean
    "这款加了微量元素的配方",
    "我们加了老板的微笑服务",
    "加热后的微波炉要小心",
    "添加剂是天然的，微甜",
    // round 13 (t13a): the ask restated with the asker named without 有 (买家问, 很多人问) or as 您要我的…, then declined
    "您要我的微信，实在不好意思，客服这边只能在快手里沟通，有问题随时在这儿找我就行。",
    "粉丝问能不能加个微信拉群，不好意思，我们没有站外群",
    "客户问能不能把钱直接转到我们微信上，统一回复：不可以，请走平台付款",
    // round 12 (t12e): an id by reference to a visible name
    '微信支付的收款名和店名一致吗',
    '你的v是店名吗',
    '微信昵称同店名 防骗认准',
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "您发的💬消息我看到了，🟢色那款有货",
    "您朋友说加了我们微信？我们没有对外的微信，那个不是我们。",
    "亲，加微信这个真不行，平台会处罚的，有啥您直接在这说。",
    "您想要我的微信方便以后联系，真的谢谢您，不过平台规定不能给站外联系方式。",
    "加微信、私下转账这些我们都不做的哦。",
    // round 12 (fa12): answered, explained, listed or refused, not said — 二维码付款？不存在的, 仿版是违法的, 不卖任何非正品
    "加微信这个确实不可以，平台有规定，您在这里说就行。",
    "加您微信发实拍？不存在的哦，实拍图都在详情页。",
    // round 11 (fa11): the app as a product's feature (detect/contact.ts appFeature)
    "这款蓝牙耳机支持微信语音和QQ通话，单次续航8小时。",
    "这款儿童电话手表支持4G通话和微信聊天，家长用APP能看定位。",
    "这款儿童手表可以微信视频通话，还能定位。",
    "扫地机器人支持用微信小程序控制，也能连天猫精灵。",
    "这款门铃支持微信视频对讲，有人按门铃手机就能看到。",
    // round 10 (fa10)
    "您说的那个微信号我们不认识，千万别给对方转钱。",
    "您加了一个叫\"某某海淘客服\"的微信？那是冒充的，请马上删除。",
    // round 10 (fa10)
    "您加的那个“客服微信”是假的，我们从来没有微信客服。",
    "短信里的“退款专员微信”不是我们的，请忽略。",
    // round 10 (fa10)
    "加我薇薇安，她会帮您处理售后。",
    "有问题可以加我薇薇安哦，我们轮班。",
    "有事找客服薇安就行，她今天值班。",
    // round 9 (fa9)
    "您问我们有没有微信群，没有的，所有活动都在快手店铺里。",
    "您问有没有微信，没有哦，有事就在这里说。",
    "在微信里搜不到我们的，我们只有快手这一个店，请认准。",
    '您问可以加微信吗？抱歉平台规定不可以，有事这里说。',
    '付款时可以选微信支付或支付宝。',
    '支持薇信支付吗？支持的，收银台选就行。',
    // fa-deny: a denial/refusal governing a later item, others' asks warned about, the buyer's question echoed and refused, the system pushing, refusing to speak for the platform.
    '能加微信吗？抱歉亲，我们只能在平台内联系，这样您的售后权益平台也能保障。',
    '可以加个微信吗？不好意思亲，我们只在快手里沟通，这样有记录对您也有保障。',
    '方便加微信聊吗？抱歉，不能加哦，有问题在这里说就行。',
    '能不能加下微信？实在抱歉，店铺不支持站外联系，您在这留言就好。',
    '加微信吗？亲，这边只能在平台内沟通的，请理解。',
    '能加您微信吗？不好意思，我们不加私人联系方式，在这里随时找我。',
    '微信支付的时候我名字是张三，搜一下订单就有。',
    '您前面问“能不能加个微信聊”，不好意思哈，平台规定只能在这里沟通。',
    '您刚刚写的“加您微信”我们这边没法操作，售后都在这里。',
    '请别通过任何私下发来的微信联系我们，官方只在快手客服窗口。',
    '不要相信任何陌生人给您的微信号，我们不会私下联系您。',
    '微信上您问过的那单，订单号是 ks20240301，已经发货了。',
    '您的微信绑定了吗？型号是 abc12345。',
    '您说的“微信号”是指付款时绑定的微信吗？退款会原路退回那个微信零钱。',
    '抱歉之前同事让您加微信，这是不合规的，后续售后都在这里为您处理。',
    '您刚才提到的微信是指微信支付吗？我们这边支持的。',
    '这件V领的毛衣在V上很火吗？',
    '付款时选择微信支付或支付宝都可以，在快手收银台完成就行。',
    '您的微信支付已经扣款成功，保税仓 48 小时内出库。',
    '退款会原路退回到您的微信零钱。',
    '售后问题都在这个聊天窗口处理就行，不需要加微信。',
    '平台不会让您加微信退款，有陌生人联系请不要理会。',
    '最近有骗子冒充客服让买家加微信，请一律不要理会。',
    '薇姿的温泉喷雾是法国直邮的。',
    '薇诺娜特护霜适合敏感肌。',
    '挪威进口的鱼油胶囊，饭后服用。',
    'V领羊绒衫版型偏大，建议拍小一码。',
    'VC和VE可以一起用。',
    '这款 V 型枕适合坐车用。',
    '220V 电压，国行版本。',
    '维C泡腾片一天一片。',
    'VIP会员每个月有专属券。',
    '您是在微信里看到别人转发的链接吗？我们只在快手上卖。',
    '稍微我再确认一下库存。',
    '添加微量元素的配方更适合宝宝。',
    '小绿瓶精华适合熬夜肌。',
    '用微信扫一扫罐底的溯源码就能查真伪。',
    '您微信里的聊天记录可以截图给我看看。',
    '卫生巾是日本进口的，棉柔表层。',
    'WeChat Pay 也支持，在收银台选择就行。',
    '请不要添加任何自称客服的微信，我们只在快手客服工具里为您服务。',
    '请不要联系任何自称退款专员的微信号。',
    '不要轻易添加其他人给的vx，有问题就在这里问我。',
    '自称店铺客服让您加微信的都是骗子。',
    // round 9 (t9c, false alarms)
    '加微信这种事我们从来不做',
    // round 11 (t11a)
    '这款蓝牙耳机支持微信语音和QQ通话，单次续航8小时。',
    '这款儿童电话手表支持4G通话和微信聊天，家长用APP能看定位。',
    '这款打印机支持邮件打印和微信小程序远程打印。',
    '这台平板兼容微信视频通话，屏幕10寸。',
    '您想加我微信看实拍？这边直接点对话框的图片按钮就能发给您。',
    'V领上衣搜一下就能找到我们店。',
    // round 11 (t11a, own probe 3)
    '微信是手机号注册的吗？我们这边看不到。',
    '微信是我手机号绑定的，登录不了。',
    '她的微信是我手机号吗？',
    // round 18 (fa18bp)
    "“方便加个VX聊吗？”——抱歉亲，平台不允许加私人联系方式，有问题在这里说就好。",
    // round 19 (DJ): a meme quoted and labelled as one (这个梗), not an ask
    "“疯狂星期四V我50”这个梗我们也爱玩，优惠券在商品页领哦。",
    // round 56 (eng56a): 微 / 威 / 薇 inside a word or a name, no id after a bare one
    '这款微波炉是2023款',
    '权威是iso9001认证',
    '细微的差别在于x100型号',
    '薇薇安是我们的设计师',
    '微是一款app的简称',
  ],
  invalid: [
    // round 60 (eng60b): the WeChat id said to bear the same name, the buyer left to search it (NAME_REF_AFTER)
    { text: '微信同名，搜一下就有', severity: 'block' },
    { text: '绿泡泡也同名的，搜我们店名', severity: 'block' },
    { text: 'V号名字一样，搜店铺名就能找到', severity: 'block' },
    { text: '卫星同名，备注订单号', severity: 'block' },
    // round 60 (eng60b): 我们 as the object, no predicate after it
    { text: '有事微我们', severity: 'block' },
    { text: '尺码拿不准的话V我们', severity: 'block' },
    // round 52 (il52): V owned by the agent with an add or a note asked (我的V，备注一下) — still caught:
    "我的v加的时候备注一下订单号就行。",
    "头像里那串字母就是我的V，添加时写上快手。",
    // round 49 (t49d, red team): the channel as one list item, the id as the next, under any list marker
    { text: '有事找我：\n1、vx\n2、tea_garden2024', severity: 'block' },
    { text: '· 绿泡泡\n· knit_lady77', severity: 'block' },
    { text: '⑴ 微信\n⑵ petshop_zz9', severity: 'block' },
    { text: '一、wx\n二、camping_gear88\n三、备注订单号', severity: 'block' },
    { text: '1. 威信\n2. lamp_store365', severity: 'block' },
    { text: 'b) 微信号\nc) yoga_mat_2023', severity: 'block' },
    // round 47 (t47b): WeChat's own id format, bare or with our word (WXID); an emoji splitting 微信 taken whole with the id after
    '亲，wxid_abc12345',
    '亲，我的号 wxid_abc12345',
    '有事找我 wxid_k9f3h2m1q8，看到秒回',
    '退款的事不方便这里说，wxid_7h2kq9m3 备注订单号',
    { text: '亲，加我薇❤️信 wxid_abc12345', severity: 'block', match: '加我薇❤️信 wxid_abc12345' },
    { text: '亲，加我薇❤信 wxid_abc12345', severity: 'block', match: '加我薇❤信 wxid_abc12345' },
    { text: '加我V💚信 lily_88shop 发您实拍', severity: 'block', match: '加我V💚信 lily_88shop' },
    { text: '亲，wxid_abc12345', severity: 'block', match: 'wxid_abc12345', fix: '' },
    // round 44 (t44e): a WeChat ask stored reversed inside an override (shown in order), and spelled with blank-looking spacers
    { text: '想看实拍图的话\u202e信微我加\u202c', severity: 'block' },
    { text: '\u202e号信微我加\u202c 拿优惠券', severity: 'block', fix: '在这里直接沟通号' },
    { text: '砂锅粥外卖下单前先\u202e信微我加', severity: 'block' },
    { text: '加我V\u2800X发图', severity: 'block' },
    { text: '加\uffa0微\uffa0信，给您优惠', severity: 'block' },
    // round 43 (t43a): …not a detail of the add waved, an id given after it, or the add granted
    '想加微信看实拍？不用加好友验证，直接加我就行',
    '想加微信看实拍？不用加哈，我把号发您：wx12345',
    '要加vx拿优惠？不用加了，直接搜我vx号lily888领券',
    '想加个微信问尺码？不需要加群，加我个人微信就行',
    '想加微信看视频？可以的，加我吧',
    // round 42 (t42f): the WeChat id called 微号 / 薇号, its digits in Chinese
    '刻字服务平台上没法下单，您直接给我们店长转88，她的微号是 candle一一520（一一就是数字11），刻好跟蜡烛一起发。',
    '我的薇号：lily_0808，加我发图',
    // round 40 (t40n): a limit or a condition on adding is no refusal
    '您留的微信我们这边不能加太多人，您加我个人微信聊吧',
    '您发的微信我这边加不了的话，就搜我们店名那个vx',
    // round 38 (t38h): Greek and Cyrillic look-alikes in the label (rules/lexicon/fold-table.ts)
    { text: '想要套装价的，ν χ：kορea_mall01，私聊给您算便宜点。', severity: 'block' },
    { text: 'Ѵх：hk_shop88 加一下', severity: 'block' },
    { text: '加 ԝχ：milk_tw2024', severity: 'block' },
    // round 38 (t38j): WeChat offered among channels, then a reach-me ask
    { text: '微信或者QQ都支持，联系我。', severity: 'block' },
    { text: 'QQ微信都行，直接加我', severity: 'block' },
    // round 37 (t37c): …but a bare yes to the quoted ask adopts it, and words of our own after the quote stay ours
    { text: "「买家：能加个微信吗」 可以的亲", severity: "block" },
    { text: "「顾客：加你vx方便吗」 行 搜一下店名就能找到我", severity: "block" },
    // round 36 (t36g): the reported wish granted, or refused then turned back to our own account
    { text: "有顾客问能不能加个微信，我们不加店铺的，加我个人的吧", severity: "block" },
    { text: "不少买家想加微信，可以的，搜一下店名就行", severity: "block" },
    // round 36 (t36h): a denial that closed its line, then the ask on the next
    { text: "这边电话说不清楚\n加我微信发视频给您看", severity: "block" },
    { text: "这个问题我也没办法\n加个vx聊吧", severity: "block" },
    // round 33 (t33e): a scheme told at length, judged a scam by the next sentence (这些全部是骗局, 以上都是诈骗套路)
    { text: "退款的事加我微信说，我直接给您转过去。这些都是套路？不是的，您放心。", severity: "block" },
    // round 32 (t32a): the safety doubt waved off with a degree word or as riskless, then our ask
    { text: '用vx聊不安全吗？很安全的，加我就行', severity: 'block' },
    { text: '加微信有风险吗？没风险，加一下吧', severity: 'block' },
    { text: '微信靠谱吗？放心，加我就行', severity: 'block' },
    // round 32 (t32a): a chat reply spaced into clauses: the denial of one clause does not govern the next
    { text: '亲 这里说话不方便 加我vx 细说', severity: 'block' },
    { text: '平台上聊不清楚 加我微信 发您视频', severity: 'block' },
    { text: '好的亲 这边不好讲 加个V吧', severity: 'block' },
    // round 31 (t31f): the worry about adding asked back, then waved off (放心 / 没事 / 不会的) and the act urged
    { text: "加我微信不靠谱？放心，加了给您发实拍", severity: 'block' },
    { text: "加个微信不安全？没事的，加一下我拉您进群", severity: 'block' },
    { text: "加我vx不保险？不会的，直接加就行", severity: 'block' },
    // round 31 (t31a)
    "语音打字的哈 加我为心 号码就是手机号",
    "加我维心，上新第一时间通知",
    // round 29 (lead, red team 6): the token as a bracketed label, the account right after it (an emoji image whose alt is [微信])
    '亲，[微信]abc12345',
    '【微信】hk_shop8899 联系我',
    '有事找我（vx）kaori_2024',
    // round 29 (t29a): the buyer told not to add it (卡片上的微信号别加); a belief corrected by a denial (以为退款要加微信，其实不需要)
    { text: '微信号别加那个旧的，加我新的abc12345。' },
    { text: '有人以为退款要加微信，其实加我vx就能秒退。' },
    // round 29 (t29a): a contact's penalty told after it (平台查到会按违规处理), the rule explained
    { text: '加我微信吧，平台查到会处罚，我们悄悄聊。' },
    { text: '微信号发您了，平台会处罚的话我们担着，您加就行。' },
    { text: '加微信不受平台保护，但方便，我的微信是abc12345。' },
    // round 26 (t26a): a code noun in the sentence does not cover an act, a mobile or a long id glued to the token
    { text: '款号WX2208，wx13800138000', severity: 'block' },
    { text: '款号在详情页，有问题加我WX2208-P', severity: 'block' },
    { text: '型号VX300，vx123456789', severity: 'block' },
    // round 25 (t25a): only the next clause, refused with 都, and no ask of ours after it
    { text: "加微信，加QQ都可以，电话都不行" },
    { text: "加微信，私下转账都不行，加我QQ 283746519" },
    { text: "加我微信，私下转账都行" },
    // round 25 (t25a): ✕ ✖ ✗ ✘ for the letter x; the refusal not given after the request named, or every way allowed
    { text: "v✖️ ming_0908 加了秒回", severity: 'block' },
    { text: "w✕ abc_123 秒通过", severity: 'block' },
    { text: "加v✗ 领券", severity: 'block' },
    { text: "V✘：lucky_shop88，加我发实拍", severity: 'block' },
    { text: "您要的微信号，抱歉刚才发错了，是abc12345", severity: 'block' },
    { text: "不管加微信还是QQ都行，加我微信 abc12345", severity: 'block' },
    // round 24 (t24a): the green-app nickname spelt with a particle (我那个绿色的软件号是…)
    { text: '我那个绿色的软件号是 hk_mall_0917，加的时候备注快手。', severity: 'block' },
    { text: '在小绿那个app上搜我名字就能找到。', severity: 'block' },
    { text: '绿色的聊天软件加我：bj_daigou88', severity: 'block' },
    // round 23 (t23c): a denial after the act that waves a detail of it (verification, a note, a fee, worry) leaves the act standing
    { text: "加我微信不需要验证", severity: 'block' },
    { text: "加我微信不用备注", severity: 'block' },
    { text: "加我微信不收费", severity: 'block' },
    { text: "加微信不用担心，我这边帮你", severity: 'block' },
    // round 23 (t23cd): …but V我 after a number with an id, or a bare V我, is still the command
    { text: '满100V我：shop_7788，给您返现', severity: 'block' },
    // round 41 (t41f): …and volts followed by ：or 号 still introduce the id
    { text: '充电器是12V：volt_shop88 有事找我', severity: 'block' },
    { text: '220V 号 jp_mall_007，加了发您实拍', severity: 'block' },
    { text: '电压没问题，V我，号码是 jp_mall_007。', severity: 'block' },
    '要优惠就V我，我给您算便宜点。',
    '加我vx 220V那款给您便宜，号是 volt_shop88',
    // round 23 (t23a): …but the refusal of a later item, then our own ask
    { text: '私下转账、加微信都不行🙅 那你加我vx: abc12345', severity: 'block' },
    { text: '扫码、加微信都免了🙏 直接加我微信 hk_mall88 就行', severity: 'block' },
    { text: '私下转账、加微信都方便😊 加我微信就行', severity: 'block' },
    // round 22 (t22cc): …but the brush-off turned into our own ask
    { text: '快递员说要加您微信？别理他，加我微信 abc_12345 就行', severity: 'block' },
    // round 22 (t22ds): the refusal turned into an ask
    { text: '加微信这种方式我们不能做，但您可以加我个人微信', severity: 'block' },
    // round 22 (t22by): the refusal before an emoji, then our own ask
    "加微信群没必要🙅 加我微信 hk_mall88 就行",
    // round 22 (t22ca)
    "别在评论区发您自己的微信号了，直接加我微信就行。",
    "您问可唔可以加微信，可以呀，加我微信啦。",
    // round 21 (t21bx): …but not when the answer owns it
    "有人在微信上加您？那肯定是我们同事，放心加。",
    // round 21 (t21bv): the paying account's real-name identity — not with an id
    { text: "付款的微信号是abc12345，加一下。", severity: 'block' },
    // round 20: our own private message quoted is still ours
    "我私信您“加我微信mm520”了，记得通过一下",
    // round 19 (t19di): the buyer's own id on the app asked for (您V号告诉我); V我50 still a command outside the meme
    { text: "绿色泡泡搜我们店名拼音就能找到我。", severity: 'block' },
    { text: "小绿泡上聊，那边发实拍。", severity: 'block' },
    { text: "补偿的钱我发您，把您的V号告诉我一下", severity: 'block' },
    { text: "您的卫星号留个给我，回头联系您", severity: 'block' },
    { text: "麻烦把你的小绿号发我一下", severity: 'block' },
    { text: "周四啦，V我50给您发优惠", severity: 'block' },
    // round 17 (fa17b): a programme named with 这个 and disowned (加微信领小样这个活动我们没有哦) — not when our own ask follows
    { text: "加微信领小样这个活动我们有哦，加我微信abc12345。", severity: 'block' },
    "加微信领小样这个活动还在，加一下微信：wxid_abc888。",
    // round 17 (fa17b): WeChat refused right after the word (微信就不加了, 微信号不用留啦); a number given after it still blocks
    "微信就不加了，您加我vx：qwe778899吧。",
    // round 17: the add-command glued to a latin id, or spelled out letter by letter
    "加 v x a b c",
    "加vxlinda",
    "加 v x l i n d a 聊",
    "有问题加wxtommy88",
    // round 17 (t17): the command itself still fires after a word break or a plain lead
    { text: '想要实拍的威我：tw_shop2024', severity: 'block' },
    { text: '有问题薇我，我在线', severity: 'block' },
    { text: '活动详情加我威，我发你', severity: 'block' },
    // round 16 (t16): our name searched, the app named after it
    "物流这块我这边看不全，您直接搜我名字那个绿色软件，头像是只柯基的就是我，实时给您同步哈",
    "您搜我们店名那个绿色软件，头像是店标的就是我们",
    "搜我名字那个你知道的绿色软件，我发您实拍",
    // fa16
    { text: "加我 w e i x i n", match: "加我 w e i x i n" },
    "加我 W E I X I N 聊",
    "w x：abc123",
    "V 信：abc12345",
    "加我 w / x",
    "加我 wei xin",
    "加 v x a b c 1 2 3",
    "这款有 W X L 码，加 w x 详聊",
    "加我 w e c h a t",
    // round 15 (fa15): a named third party's ask brushed off (clean) / our own ask after it
    "我们不会收任何费用，加我微信就行。",
    "如果快递员让您加微信，您可以拒绝，加我的就行。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "您要我的微信，不好意思刚看到，我的微信是 abc12345，加一下。",
    "您要我微信？不好意思这里不方便说，私下加我vx：kk2288。",
    // round 13 (t13a): 微 closed by a mark (no 微店 read across a bracket) and someone of ours' 微 to add
    { text: '好评返现5元，加我微（店铺名拼音）发截图', severity: 'block' },
    { text: '加采购经理的微 —— 就是快手号那串数字前面加个w', severity: 'block' },
    { text: '有事加一下老板的薇，名字就是店名', severity: 'block' },
    { text: '批发加我们业务员的微，发您报价', severity: 'block' },
    { text: '加小助理的微。她会拉您进群', severity: 'block' },
    // round 13 (t13a): the ask restated and accepted
    { text: '买家问能不能加微信，可以的，加我 wx123456', severity: 'block' },
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "💚💬上搜我手机号加我",
    "加微信、私下转账这些真的不行，那加我QQ吧，微信号 abc12345。",
    "加微信不行的话，就加我vx: abc12345",
    // round 12 (fa12): the same words said — no rebuttal, a turn after the label, a list that is no denial, a real copy
    "加微信这个真不行，但是你可以加我微信小号 wx556677。",
    "加微信？可以呀，我的微信号是abc12345。",
    // round 11 (t11d): short replies
    '溦x:mm_0909',
    '徽x: mm_0909',
    '嶶x mm0909',
    // round 11 (fa11): an invitation sharing the words stays caught
    "我们可以微信视频给您看实物。",
    "支持微信语音，加我试试。",
    "下单前有问题可以微信聊天，更方便。",
    "可以微信聊，号是abc123。",
    // round 10 (fa10): the violations sharing the words stay caught
    "您说的那个微信号我们不认识，加我这个微信 abc12345 吧",
    "您加了我的微信？是的，有事微信上说",
    "加我微信，您说的那个号我们不认识，这个才是 wx_7788",
    "您收到的那个微信号不是我们的，加我微信 shop_123 才对",
    "您看到的那个微信？对，就是我们，加我微信吧",
    // round 10 (fa10): the violations sharing the words stay caught
    "加我“私人微信”abc123，优惠更多",
    "我的“工作微信”是 kefu_889，加一下",
    "“客服微信”是真的，加一下 wx_5566 就行",
    "那个“客服微信”就是我，加吧",
    "“店长微信”发您了，加上聊",
    // round 10 (fa10): the violations sharing the words stay caught
    "加我薇 abc12345",
    "加我薇，安心下单有优惠。",
    "加我薇薇安：vv_8899",
    "加我薇，安排发货更快。",
    "加薇薇，备注快手。",
    "加我薇薇，给您发实拍。",
    "加我薇安 vivian2024",
    // round 9 (fa9): the violations sharing the words stay caught
    "您问能不能加微信，没有问题，我的微信是abc12345。",
    "您问有没有微信，有的，加我vx：abc12345。",
    "不用在平台下单加我微信就行，便宜二十。",
    "卫星同号，就是您下单留的手机号，加的时候备注订单。",
    "微信上搜我们店名就有，价格更低。",
    { text: '您别退了，我直接微信上补您五十。', severity: 'block' },
    { text: '运费我出，钱走薇信转就行。', severity: 'block' },
    { text: '直接威信红包发我也可以。', severity: 'block' },
    '平台有人找您的话直接忽略，加我微信详聊。',
    '能加微信吗？可以的亲，加我微信abc12345，发您实拍。',
    '要不要加个微信？不好意思这里说话不方便，加我微信细聊。',
    '加微信吗？加了给您便宜二十块。',
    '能加微信吗？当然，您加微信kk_shop88就行。',
    '亲加微信吧？不好意思刚看到，您直接加微信hk7788。',
    '那个你知道的绿色软件，我名字叫小鹿海淘，搜一下。',
    '微信上我昵称是鹿岛海淘，您搜我就行。',
    '威信里我们的名称是澳洲小仓，一搜就有。',
    { text: '详情页最后一张图右下角有行小字，那个就是我们私人号，加了有惊喜。', severity: 'warn' },
    { text: '包裹卡背面印着我的工作号，加一下领售后礼。', severity: 'warn' },
    { text: '主图第三张角落是我们小号，搜一下就能找到。', severity: 'warn' },
    '库存紧张，担心买不到的话加个威信：tina_0817，我帮您留货。',
    '要是急的话加下vx：hk_mall88，回得快。',
    '图片在这儿传不出来，您加我微信 lucky_886 我发您。',
    '语音这边听不清，加我绿泡泡 xyz_2233 说吧。',
    '怕找不着的话就加薇❤️ ms_linda9，有货提醒您。',
    { text: '这款安瓶现货不多了，wei xin 上我给您发仓库实拍，号是 anpin_hz77。', severity: 'block' },
    { text: '实拍图在微信里，号是 beauty_hk2024，您自己看。', severity: 'block' },
    { text: '尾款走V就行，到了再付。', severity: 'block' },
    { text: '定金200先给我，剩下的到货后在V上结清。', severity: 'block', match: 'V' },
    { text: '剩下的细节我们V上聊，这里不方便。', severity: 'block' },
    { text: '您说的微信号我已经加了，稍后联系您。', severity: 'block' },
    { text: '剩下的运费去小绿上补给我。', severity: 'block' },
    { text: '想要的话加我微信 hk_muying2023，我单独给您留货。', severity: 'block', match: '加我微信 hk_muying2023', fix: '在这里直接沟通' },
    { text: '加个微信吧，我拉您进老客户群。', match: '加个微信', fix: '在这里直接沟通' },
    '微信号 ks_beauty2024，备注快手。',
    '亲，VX：meimei_0618，晚上也能回复。',
    'v x 搜 lamer_dg 有内部价哦。',
    '加下wx吧，这边消息太多。',
    '加薇信 mysh0p88，有进度第一时间告诉您。',
    '加威信 ysk_8899 我直接给您处理退款。',
    '徽信搜一下 tmall_hk88 就能找到我。',
    '补发的事情您加我V信聊吧。',
    '有事➕V：aoz_baby99，随时在线。',
    '可以+v详聊。',
    '＋Ｖ细聊，这里不方便。',
    '卫星：lux_shop520，加的时候说是快手的。',
    '加卫星，我发你资料。',
    '您搜一下绿泡泡 tyhw666，拉您进会员群。',
    '我微信同手机号，您下单留的那个号就能搜到。',
    '电话微信同号 15677889900。',
    '微 信 号 是 h k 8 8 9 9，您记一下。',
    '薇❤：babycare_hk，加我发您实拍。',
    '加薇❤️聊，发您视频。',
    '以后买奶粉直接微我，价格比店里低。',
    'V我，号码是 jp_mall_007。',
    'WeChat: hk-mall-88，加好友备注订单号。',
    '您加一下我们客服的企业微信。',
    '加我weixin：lyh13800。',
    '加 V 信 mm_5566，发您小样的图。',
    '微x：coco_kr，韩国那边的货都有。',
    '我的微訊是 sunnyhk99。',
    '加我微\u200b信 hk_baby77，售后找我。',
    'ＷＸ：ｍａｍａ＿ｓｈｏｐ９',
    '这边说不清楚，我们微信上聊吧。',
    '您微信号多少？我发您细节图。',
    '不好意思加我微信吧，这里消息太多。',
    '加V领取新人优惠。',
    '加🛰️：sat_shop66',
    '💚泡泡：lvpao_88，有事找我。',
    '想要优惠券的话加微聊。',
    { text: '别加别人了，加我微信，我给您最低价。', severity: 'block' },
    { text: '不要犹豫了，加我vx领券。', severity: 'block' },
    // round 9 (t9c)
    { text: '我们不会在快手给您发，加我微信发您', severity: 'block' },
    // round 9 (t9c, after probe 3)
    { text: '加我薇：au_buyer66，朋友圈天天上新。', severity: 'block' },
    { text: '+我溦 ozbuy88', severity: 'block' },
    // round 11 (t11a)
    { text: 'jia wo wei xin ba, hao shi baoshui_666, 在这说话不方便哈', severity: 'block' },
    { text: 'add my wechat pls: milkbaby_au，这边消息我经常看不到。', severity: 'block' },
    { text: '支持微信视频验货，您加我一下。', severity: 'block' },
    { text: '快递面单上印的寄件人手机号就是我本人的，您用那个号搜v就能加到我。', severity: 'block' },
    { text: '这个号搜卫星就可以加到我们。', severity: 'block' },
    { text: '您要加我微信的话备注订单号。', severity: 'block' },
    // round 11 (t11a, own probe 3)
    { text: '麻烦您加一下我们的售后专员，她的微信是我手机号。', severity: 'warn' },
    { text: '我微信就是我电话，有事直接加。', severity: 'warn' },
    // round 12 (t12e): an id by reference to a visible name
    { text: 'v同店名全拼 加的时候备注订单号', severity: 'block' },
    { text: 'vx跟主页名一样 搜就行', severity: 'block' },
    { text: '微信是店名首字母 加我', severity: 'block' },
    { text: 'wx同快手号 备注下单号', severity: 'block' },
    { text: '卫星同店铺名 搜一下', severity: 'block' },
    // round 18 (fa18bp)
    { text: "“加个V聊呗”——好的亲，加我微信abc12345", severity: "block" },
    // round 21 (t21bw)
    { text: "要么加我微信，要么打我电话，这两种都行。", severity: 'block' },
    // round 35 (t35c): …but not over an ask in the next clause
    { text: '价格不包含任何税费，加我微信另算。', severity: 'block' },
    { text: '这个价不涉及任何运费，加个微信发你链接。', severity: 'block' },
    // round 36 (t36c): …an FAQ answer that says yes still asks
    { text: 'Ｑ：能加微信吗？\nＡ：可以的，加我微信abc12345', severity: 'block' },
    { text: '问：可以加微信吗？\n答：行，加我vx kefu8899 发您实拍', severity: 'block' },
    // round 48 (t48d, red team): the word stacked one character per line (typed, or table cells / list items read as lines)
    { text: '威\n信 haitao_mall88', severity: 'block' },
    { text: '看这里\n微\n信\nbeauty_hk2024', severity: 'block' },
    { text: 'W\nX：kids_shop666', severity: 'block' },
    { text: '添\n加\n薇\n信 ：lulu20231', severity: 'block' },
    { text: '- 徽\n- 信\n- tea_farm555', severity: 'block' },
    { text: '微\r\n信  18812345678', severity: 'block' },
    // round 48 (t48f): the value after a typed list bullet (•, ●, ・, ◆), as after '-'
    { text: '• 微\n• 信\n• abc12345', severity: 'block' },
    { text: '• 薇\n• 信\n• shoe_fans01', severity: 'block' },
    { text: '● 微信\n● tea_lover88', severity: 'block' },
    { text: '加我 ・ vx ・ beauty8866', severity: 'block' },
    { text: '◆ 添加微信 ◆ hk_shop2023', severity: 'block' },
    // round 56 (eng56a): 微 / 薇 / 威 alone as the app's name, an id with a digit right after
    { text: '我薇是lucy8866，你加下', severity: 'block', match: '薇是lucy8866' },
    '有问题找我，威：hk_2021',
    '我的微 mm0909 备注快手',
    '微的话lucy8866',
    '微：l-u-c-y-8-8-6-6',
    // round 56 (eng56a): 信 split into 亻言
    { text: '威亻言 lucy8866', severity: 'block' },
    // round 65 (engfa65): …but the bidding taken up, or 您让我们 in another sense
    "您让我加个微信？行，加吧",
    "您让我加个微信，可以的，微信号abc123。",
    "您让我们久等了，加我微信吧",
  ],
});
