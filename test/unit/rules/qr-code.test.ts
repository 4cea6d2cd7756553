import rule from '../../../rules/checks/qr-code';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "您提到的微信群我们不会去加的，优惠活动都在快手店铺首页公布。",
    "您刚才发了一个二维码图片，我们不会扫的，退款走平台原路退回。",
    // round 68 (engfa68): the shop denying it would have the buyer join, the act at the end of a causative
    "我们没有粉丝群，也不会发二维码让您加群。",
    // round 60 (eng60b): the code said not to be sendable, no subject (CODE_UNSENDABLE), the buyer sent to the platform's checkout
    '收款码发不了的，都在平台付',
    '二维码这里不方便发，您点商品链接就能买',
    '付款码不能发哦，直接在订单页付款就行',
    '二维码不可以在这发的，平台有规定，您小黄车下单',
    // round 47 (t47e): the aftermath of a scan the buyer may already have made, advice to report
    "万一您已经扫了那个码转了账，马上打96110或者报警。",
    "如果您已经扫码进群了，直接退群并举报就行。",
    // round 44 (t44a): the platform's warning heeded, or waved off about something else, beside an in-app group or a group refused
    '平台的安全提醒请您认真看，我们不会拉您进任何群。',
    '粉丝群在店铺主页可以加，平台的提示您照着操作就行。',
    // round 43 (t43i): a code on the goods' own label asked about, the platform the only place to pay; the rule's own list cited to refuse
    '您问鞋舌里那个二维码要不要扫——那是品牌的吊牌码，出厂就有的，不是收款码，我们付款都只在快手收银台完成。',
    '衣服领标上的二维码是品牌防伪用的，扫出来能看产地，付款统一在平台订单页完成。',
    '鞋垫背面印的二维码扫一下能看鞋码对照表，支付只走快手收银台。',
    '按《快手进口电商商家客户服务管理规则》第2.3条，客服不能在聊天里发站外链接、二维码、邮箱这类第三方信息，所以外部链接我这边没法发。',
    '平台规定客服不可以发微信号、二维码之类的站外信息，有问题直接在这里留言就好。',
    '根据平台要求，我们不能提供二维码、群号等联系方式，活动都在店铺主页。',
    // round 43 (t43m): someone else's ask supposed, the buyer told to pay it no heed (cues.ts ignoreFollows)
    '这套英语分级读物的配套音频，扫书后面印的码就能听，全部免费；扫码后如果让您付费或者拉您进什么群，那就不是随书的内容，别理它，直接跟我说。',
    '包装盒里的卡片要是让您扫码进群领红包，那不是我们放的，别理会，有问题在这里找我。',
    '如果有陌生号码打电话说要拉你进售后群退款，别搭理，订单问题都在快手里处理。',
    '說明書背面那個碼掃了如果叫您加群付費，不用理它，那不是品牌的內容。',
    // round 41 (t41h): a code the shop says it cannot send, the in-app way offered
    '二维码我这边不能发给您，想进粉丝团的话直播间左下角点“粉丝团”就行。',
    '二维码这边不方便发给你哈，有问题直接在这里说。',
    '收款码我们这边发不了，请在订单页付款。',
    // round 38 (t38i): a code printed on the device, scanned in the brand's app to pair it
    '配网时用品牌App扫一下机身侧面的二维码，不用加任何人',
    '打开App点添加设备，再扫摄像头底座上的二维码就能绑定',
    '门锁内侧贴的二维码用品牌App扫一下，指纹和密码就能在手机上管理',
    '路由器背面的二维码扫了可以直接连WiFi，不用手动输密码',
    // round 38 (t38h): a receipt screenshot, or the word asked back and refused
    '您付款成功的截图发我看看，我核对一下。',
    '收款图？我们没有的，都在平台付。',
    // round 38 (t38d): a code the buyer sent a moment ago, or the buyer's ask refused
    '您刚发的码我这边扫不出来，麻烦您在订单页申请退款',
    '「买家：用你刚发的码付钱吧」 不行哦，请在平台下单',
    '刚发的码是商品的溯源码，扫一下能查真伪',
    // round 38 (t38b): 我公众号 named as where the buyer gets a freebie or a download
    '我们没有公众号，教程在商品详情页免费领',
    '我公众号停更了',
    // round 37 (t37g): the buyer's labelled ask about the shop's code (你 = the shop) answered no, or the buyer's own code reported
    '「买家：我扫你发的那个码付款行不行」 不行的，请在平台下单',
    '「顾客：扫你们发的码付款可以吧」 不可以的亲，只能在订单页付款',
    '「买家：你发的那个码扫不出来」 好的我看看',
    // round 35 (t35c): a scan's scope denied, purposes listed after 不涉及/不包括 (a product feature, nothing off the platform)
    '扫包装上的码只是看安装动画，不涉及任何付款或加好友。',
    '说明书上的二维码扫出来是使用视频，不包括加群和关注，放心扫。',
    '扫码后只是在品牌页面看3D展示，不牵涉支付或者私聊。',
    // round 32 (t32d): an outside group denied, then the in-app fan group offered
    '我们不建微信群，快手粉丝群在店铺主页就能加，有活动会在群里发。',
    '亲，我们没有QQ群也没有微信群，想第一时间知道补货可以进店铺主页的粉丝群。',
    // round 32 (t32c): a list of outside apps denied
    '我们只有快手粉丝群，没有微信群和QQ群。',
    'QQ群我们没有建哈，新品都发在店铺粉丝群，在店铺主页点“粉丝群”申请加入。',
    '微信群这边暂时不开，想进群就在店铺主页加粉丝群。',
    // round 32 (t32c): the in-app fan group with an outside app named only to deny it
    '粉丝群在快手主页就能加，不用加微信，每周有专属券。',
    '我们的粉丝群就在快手上，没有微信群。',
    '进粉丝群点店铺主页的“粉丝团”就行，并非QQ群。',
    // round 29 (t29a): the buyer told not to act on it, closing the clause (图上的二维码千万别扫); a mistaken belief corrected by a denial (以为要扫码进群，其实我们没有群)
    '截图上那个二维码千万别扫，平台不会让您扫码退款。',
    '陌生人发来的收款码不要扫，有问题在这里问我们。',
    '有的买家以为要扫码进群才能领券，其实我们没有任何群，券在商品页领。',
    '您可能以为退款要扫二维码，其实不用扫任何码，平台原路退回。',
    // round 29 (t29a): a QR code's penalty told after it (发收款码会被平台处罚)
    '发收款码会被平台处罚，付款请走订单页。',
    '收款码我们发了会按违规处理，平台罚得很重，付款都在订单页。',
    '扫码付款不受平台保护，请直接在页面下单。',
    // round 26 (t26a): the buyer's code the shop says it cannot scan or use (a modal refusal after the code), nothing private after it
    '您的付款码我们这边没法帮您扫，退款会原路退回。',
    '您发来的收款码我们确实扫不了，差价会通过平台的部分退款退给您。',
    '亲，您那张收钱码这边不能帮您扫，补偿走售后申请就行。',
    '二维码我们不能扫哈，麻烦在订单页申请售后。',
    // round 25 (t25a): the act with its payment tail closing the clause, the next item refused with 都
    "扫码付款，私下转账都不接受",
    "扫码支付，加微信转账我们都不支持",
    "扫码转账，线下付款这边都不行",
    // round 22 (t22dv): declining to send a code, the app or group named before it
    '按平台规定没法给您发微信二维码，图片直接在这里发就行',
    '不能给您发QQ群二维码哦，活动都在店铺主页',
    '这边不方便给你发微信二维码，有问题直接留言',
    // round 22 (t22cb)
    "我们从来没有什么私人微信群，别加陌生人",
    "本店并没有什么“会员内购微信群”，领券请到店铺首页",
    // round 22 (t22ca)
    "防伪码在瓶身背面。如果扫不出来，试试用微信扫一扫或者手机相机扫。",
    // round 21 (t21bv): the buyer's ask declined as 我们就不扫了, a code the shop will not send
    "您说想扫个码加一下，这个码我们就不扫了，有问题在这里直接说。",
    "收款码我们这边不会发的，付款请走订单页。",
    // round 20: 是Ｐ的 in full-width letters (LintContext.text reads them as ASCII)
    "那张截图里“扫码进群领８８元券”是Ｐ的，我们没有发过。",
    // round 19 (t19br): a stranger's pitch quoted and disowned after the closing mark
    "您说的“进群拿内部价”那个群跟我们没关系，下单只在店铺里。",
    // round 19 (t19bs): a printed code's scanner named as one of a choice
    "瓶底有个防伪二维码，用支付宝或者手机自带相机扫都可以，能查到生产批次。",
    // round 17 (fa17b): a picture or message quoted and called false (那张图里的“扫码进群…”是P的) — not when our own ask follows
    "宝，那张截图里的“扫码加群送面膜”是P的，我们没有群。",
    "您收到的“扫码领取理赔金”是假的，千万别扫。",
    "海报上的“进群抢免单”是PS的，店里活动以商品页为准。",
    // round 17: scanning denied for our after-sales
    "亲，您发给我们的那个二维码我们不会扫，也建议您别扫，我们的售后不需要扫任何码。",
    "我们客服不会让您扫码，退款都走平台",
    // round 17 (t17b): a pay code described, but the platform's own or nothing handed over
    "我们收款的码是平台收银台生成的，您放心扫。",
    "收钱的那个码我们不会找您要，退款原路返回。",
    "您付款时用的码是平台收银台生成的，不用担心。",
    "退款已原路退回，收款记录您在支付宝账单里能看到。",
    // round 16 (t16): a code scanned into our own mini-program or site / the brand's, the goods', Kuaishou's
    "瓶身的二维码扫一下可以查溯源信息，是中检的官方页面",
    "包装上的二维码是品牌的会员注册，扫码积分归品牌",
    "扫一下包装上的防伪码，会跳到品牌官网验真",
    "我们的快手小程序也能查订单，在店铺主页点进去就行",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "这套识字卡片背面有点读二维码，扫了是每个字的读音。",
    "绘本封底有二维码，扫了可以听配套的儿歌音频。",
    "积木盒子里的卡片有二维码，扫了是组装视频。",
    "单词卡片右下角的二维码扫出来是发音，不用联网下载。",
    "英语卡片每张都有二维码，扫了播放标准发音。",
    "宝宝这个阶段模仿能力特别强，这套早教卡片背面有发音二维码，扫了是卡片配套的读音。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "大家问能不能发个收款码扫码付款，这里统一回复：不行，请直接拍链接。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "您可以加入快手粉丝团，团里秒杀更便宜。",
    "二维码是包装上的官方溯源码，扫了查询真伪，不是加群的码。",
    "包装上的二维码是防伪查询用的，不是加好友的。",
    "欢迎加入粉丝团，粉丝团里秒杀更便宜。",
    "我们没有任何群，拼单请直接在链接下单。",
    // round 12 (fa12): answered, explained, listed or refused, not said — 二维码付款？不存在的, 仿版是违法的, 不卖任何非正品
    "二维码付款？不存在的 只能平台下单付款",
    "扫码进群领红包？没有这回事，本店没有任何群。",
    "平台规则写得很清楚：客服不能通过聊天工具发布第三方信息，包括站外链接、银行账号、二维码、电子邮箱这些。",
    "提醒您防范以下诈骗手法：1.冒充客服让您加微信退款；2.发二维码让您扫码进群领补贴。本店不会这样做。",
    // round 10 (t10b)
    '瓶底有个码，扫一下可以查真伪。',
    '包裹面单上有个码，快递员扫一下就能取件。',
    '这款鞋有个码数偏小，建议拍大一码。',
    // round 10 (fa10)
    "收到的卡片印着\"扫码领红包\"，那是印刷厂的广告，我们没有这个活动，不用扫。",
    // round 10 (fa10)
    "也不会让您加微信、扫二维码或者转账，所有退款都由快手平台原路退回。",
    "请不要加陌生人微信、扫来路不明的二维码。",
    "我们从不主动打电话，也不会要求您下载软件、扫二维码付款。",
    "说到扫码，我们店从来不需要您扫任何码，领券、付款、售后都在快手里点。",
    "关于二维码，我们这边是不会发的，有事在这里说就行。",
    // round 9 (fa9)
    "这个码是电子保修卡，扫码登记后保修期从您收货那天开始算。",
    "这个码扫出来是一串数字，是商品的序列号，登记保修时用得到。",
    "保修卡上那个码扫一下就能登记保修，厂家负责。",
    "发票上的这个码是税务局的查验码，扫了能验发票真伪。",
    "扫码后显示“非正品”的话，麻烦您截图发在这个窗口，我们马上处理。",
    "扫码验一下真假，结果有疑问就在这里告诉我。",
    "您扫码显示的是正品，放心使用。",
    "鉴定结果出来前请别拆封，扫码记录我们这边也能查。",
    "扫一下瓶底的码就知道是不是正品了。",
    "我们不会在聊天里给您发二维码的，领券在店铺首页直接点就行。",
    "店铺不会用陌生号码给您发二维码，请放心。",
    "扫码加群领福利这种活动我们店是没有的，收到类似的卡片或者私信请直接忽略。",
    "扫码关注公众号领红包这类消息不是我们发的，我们店没有公众号。",
    "进群领券这种玩法本店没有，优惠都在店铺首页。",
    "收到类似的二维码私信请直接忽略，我们不会这样联系您。",
    "收到奇怪的二维码短信请直接删除，不要扫。",
    "退货时订单页会生成一个取件二维码，快递小哥上门扫一下就行。",
    "这个码是平台生成的退货二维码，快递员上门时出示给他扫就能取件，不用付钱。",
    "寄件码六位数，到驿站给工作人员扫码就能寄出，运费平台出。",
    "这个码是快递员上门时要扫的，请您出示手机屏幕给他。",
    "电子凭证二维码出示给前台扫一下，就能领取赠品。",
    "卡片背面的二维码是品牌的官网入口，扫了能看产品故事。",
    "这张小卡片上的二维码是品牌的会员注册，扫不扫都不影响售后。",
    "这个二维码是平台的活动页面，点开就是快手的会场。",
    "您可以关注顺丰的官方公众号，输入单号查派送进度。",
    "您可以关注中国海关的官方公众号，输入运单号查询通关进度。",
    // round 8 (t8-283)
    '这个码是溯源码，扫一下就能看产地。',
    "这个码是海关的跨境溯源码，您用快手或者微信扫一扫都能查到进口信息。",
    "微信扫码付款也是可以的，是在平台收银台里选的那种，不是扫个人码。",
    "您可以用微信扫码付款，也可以加入购物车以后一起结算。",
    "这个码数偏小，建议您拍大一码。",
    "您发的那个码我扫不出来，麻烦重新截个图。",
    "这个码扫出来是海关的进口信息。",
    '下次直播前会在粉丝群里发预告，您进群就能收到',
    '亲，下单后客服会拉您进我们的粉丝群，群里每周有专属优惠哦',
    '这款参加了团购，您可以在直播间进团购群一起拼单',
    '拉您进会员群了，记得在消息里点同意',
    '您关注一下，店铺群里每天都有秒杀',
    '进群后记得看群公告，里面有活动规则',
    '售后卡扫码可以关注店铺，领下次的优惠券。',
    '陌生人发来的二维码千万别扫，那是钓鱼链接。',
    '如果有人私信让您扫二维码领退款，请直接拉黑。',
    '您可以用微信扫一扫包装上的防伪码验证真伪。',
    '如果有人给您发二维码说扫码领赔偿，千万别扫，退款都是原路返回。',
    '要是有人让您扫码进群退款，那是骗人的，直接拉黑就好。',
    '瓶底的二维码是跨境商品溯源码，用手机扫一扫就能看到原产地。',
    '每瓶都有防伪码，刮开涂层扫码就能查真伪。',
    '扫描外箱上的追溯二维码可以查到入境检验信息。',
    '您可以用快手App的扫一扫扫商品包装上的码。',
    '二维码看不清的话，您在详情页看溯源信息。',
    '我们在快手的粉丝群是店铺群聊，在店铺主页就能申请加入。',
    '请勿扫描陌生人发来的二维码付款。',
    '宝妈群里很多人推荐这款。',
    '我们会在包裹里放一张售后卡，扫描卡片上的二维码进入快手店铺联系我们。',
    '本店粉丝群每周有福利，进群链接在主页。',
    '关注我们店铺就能进粉丝群，群里每天有秒杀。',
    '主页里有我们的粉丝群入口，进群领优惠券。',
    '点关注后可以申请加入粉丝群，直播开始会提醒您。',
    '包裹上的二维码是海关监管码，扫出来是清关信息，不是付款码，不用担心。',
    '快递单上的二维码是快递公司的，扫出来是运单信息。',
    '外箱二维码是监管码，不是付款码，扫到的是清关记录。',
    '千万不要扫别人发的收款码，我们不会这样收款。',
    // round 9 (t9c, false alarms)
    '我们不会在聊天里给您发二维码的，领券在店铺首页直接点就行。',
    '扫码加群领福利这种活动我们店是没有的，收到类似的卡片或者私信请直接忽略。',
    // round 11 (t11a, after probe 2)
    '商品的溯源码在罐底，用支付宝扫一扫能查到进口报关信息。',
    '瓶身的追溯码拿支付宝扫一下就能查。',
    // round 11 (t11a, own probe 3)
    '收款码是平台收银台生成的，您放心扫。',
    // round 11 (t11a, batches bh/bi/bj)
    '收款码？没有的 都在平台付',
    // round 40 (lead): the buyer's pay code declined after the word (收款码不用发我)
    '收款码就不用发我啦😂 我们不能私下收付款，多付的运费已经在后台给您发起部分退款了',
    '您的收款码别发了哈，差价走平台的部分退款。',
    // round 18 (fa18bp)
    "客服不允许发微信号、二维码、链接这些，请在平台内沟通。",
    // round 41 (t41e): a pay code on the packing or at the checkout, nothing of ours sent
    '大包装外箱上的付款码是给仓库扫的，您在平台收银台付款就行。',
    '付款码在平台收银台里出示，包装上的溯源码可以查原产地。',
    // round 41 (lead): a picture of ours looked at, not scanned
    '您看我刚发的那张图，这个颜色比图片浅一点。',
    '我发的图里能看到进口标签和中文背标。',
    '我刚才发的图是实拍，没有滤镜，您对比一下。',
    '您发的图我们扫不出来，麻烦在订单页上传清晰照片。',
    // round 46 (t46j): the buyer's own code printed, sewn or burnt on goods they order (customisation), and the same with our channel riding along
    "您想把自己工作室的预约二维码印在名片背面，可以的，原图在这个窗口发我，我们按原样印。",
    "你要把公司的公众号二维码绣在工服左胸，没问题，绣之前出效果图给您确认，码的尺寸建议不小于5cm。",
    "您是想把店里的点餐码烫在木牌上对吧，图发这里就行，做好后您拿手机扫一下试试。",
  ],
  invalid: [
    // round 68 (engfa68): …but the causative affirmed, or only a condition before it
    "我们会发二维码让您加群，群里有福利。",
    "不会的话我发个二维码让您加群。",
    // round 60 (eng60b): the code refused here but handed over elsewhere
    { text: '二维码不能发，加我微信发你', severity: 'block' },
    { text: '二维码不能发，你扫我头像里那个', severity: 'block' },
    { text: '二维码不能用了，扫这个新的付款', severity: 'block' },
    // round 47 (t47e): near-misses of the aftermath of a scan the buyer may already have made, advice to report — still caught
    "您扫码付了钱我就发货，比店里便宜。",
    "扫码加我微信，发您内部价。",
    "如果您已经扫码付款，我这边就给您发货，警方查不到的。",
    "如果您还没扫码，扫这个码付款，马上给您发货。",
    // round 44 (t44a): the platform's warning or reminder waved off, a group invite beside it (PLATFORM_WARNING_WAVED)
    { text: '平台那边的风险提示不用管，我拉你进我们的秒杀群。', severity: 'block' },
    { text: '快手弹出来的防骗提醒别当回事，进群我给您发。', severity: 'block' },
    { text: '系统的安全提醒不用理，您加入我们的会员群吧。', severity: 'block' },
    { text: '无视平台的警告，我拉您进交流群聊。', severity: 'block' },
    // round 43 (t43i): a code on a label used to add, join, follow or pay; the rule cited, then gone round
    { text: '鞋舌上那个二维码扫一下加我，付款都在快手。', severity: 'block' },
    { text: '领标上的二维码扫了进群，群里拼单更便宜。', severity: 'block' },
    { text: '吊牌上的二维码其实是我的收款码，扫码付款就行。', severity: 'block' },
    { text: '水洗标旁边的二维码扫一下关注公众号领券，付款只在快手收银台。', severity: 'block' },
    { text: '规则不让发二维码这类信息，我把码放图片里了，扫了进群。', severity: 'block' },
    { text: '按规定客服不能发二维码、微信号这类信息，您扫这个二维码加我吧。', severity: 'block' },
    { text: '虽然规则里说不能发二维码等站外信息，我们这个码扫了能领券，直接扫。', severity: 'block' },
    // round 43 (t43m): …not our own ask, nor a heed word before it
    '扫码后我拉您进福利群，别理那些说群是骗人的。',
    '别理别人怎么说，扫这个码我拉您进群，群里有优惠。',
    '系统提示别理它，扫我发的码我拉您进群。',
    '扫一下包装上的二维码，我拉您进粉丝群，别理快手上的价格。',
    // round 41 (lead, GS-103): a picture of ours to be scanned, to order, pay or join
    { text: '整箱的话，您扫我刚发的那张图片下单。', severity: 'block' },
    { text: '扫一下我发的图，里面有我们的会员入口。', severity: 'block' },
    { text: '您长按识别我刚刚发的图，付款后我这边直接发货。', severity: 'block' },
    // round 41 (t41h): …unless it is sent another way or handed over
    { text: '群二维码我这边发不了，我私发您吧', severity: 'block' },
    { text: '二维码我这边不能发给您，您加我微信我再发。', severity: 'block' },
    { text: '二维码我这边发给您，扫了进群', severity: 'block' },
    // round 38 (t38i): a code on the device still leading off the platform — a contact, a group, a reward
    '机身背面的二维码扫了加我微信，教您配网',
    '扫一下机器底部的二维码，进我们的售后群，有问题群里问',
    '设备背面的二维码扫一下就能领20元红包',
    // round 38 (t38h): the pay code called by its picture (收款图, 收款码截图)
    { text: '尾款不用再拍补差链接了，您扫一下我刚发的那张收款图就行，付完截个图给我。', severity: 'block' },
    { text: '退款我直接转您，把您的收款码截图发我。', severity: 'block' },
    { text: '收钱图发您了，转过来就行。', severity: 'block' },
    // round 40 (lead): a declined code with ours handed over instead
    { text: '您的收款码不用发我，我把我的码发您，您扫了转我。', severity: 'block' },
    // round 38 (t38d): a code sent a moment ago to pay by — ours, or the buyer's ask adopted by a bare yes
    '「买家：用你刚发的码付钱吧」 好的',
    '用我刚发的码付钱吧，比拍链接便宜',
    '刚才发的码扫一下，付款就行',
    // round 38 (t38b): 我公众号 named as where the buyer gets a freebie or a download
    { text: '织法视频在我公众号免费领', severity: 'block' },
    { text: '教程在我们公众号里可以下载', severity: 'block' },
    // round 37 (t37g): the buyer's labelled ask to pay by the shop's code (你发的码, 你们那个码), adopted by a bare yes with no ？
    { text: '「买家：扫你刚发的那个码付款可以吧」 可以的 付完截图给我', severity: 'block' },
    { text: '「顾客：用你发的那个码付款是吧」 是的', severity: 'block' },
    // round 32 (t32c): one app denied, another given
    '我们只有快手粉丝群，没有微信群，QQ群扫码进。',
    'QQ群我们没有建，微信群扫码进，码我发您。',
    '我们的粉丝群在微信和QQ上都有，加我拉您。',
    // round 32 (t32c): the fan group moved to an outside app, whatever is denied beside it
    '粉丝群在微信上，扫码进群就行，不是快手群。',
    '想进粉丝群加我微信，我拉您进，快手上不方便。',
    // round 29 (t29a): the buyer told not to act on it, closing the clause (图上的二维码千万别扫); a mistaken belief corrected by a denial (以为要扫码进群，其实我们没有群)
    { text: '二维码别扫错了，扫这个收款码付款。' },
    { text: '这个二维码不要扫了，直接转我支付宝吧。' },
    { text: '您以为要扫码进群？其实扫这个码就能直接进群领福利。' },
    { text: '很多人以为要扫码，其实加我微信更快。' },
    // round 29 (t29a): a QR code's penalty told after it (发收款码会被平台处罚)
    { text: '扫这个收款码付款，平台会处罚的话我们负责，便宜十块。' },
    { text: '收款码发您了，扫码付款就行，比平台便宜。' },
    { text: '我发个二维码给您，扫码转我更划算。' },
    // round 26 (t26a): the shop cannot scan the buyer's code — but moves the money privately, or sends its own code instead
    { text: '您的收款码我们不能扫，我直接微信转您。', severity: 'block' },
    { text: '收款码我们不能扫，您扫我的码付吧。', severity: 'block' },
    { text: '收款码我们不能扫，差价我现金退您。', severity: 'block' },
    { text: '您的收款码我们不能扫，换个码发我。', severity: 'block' },
    // round 22 (t22dv): a code sent, not declined
    { text: '我给您发微信二维码，扫一下加我', severity: 'block' },
    // round 22 (t22cb)
    { text: "我们没有什么秘密，您加我们微信群就知道了", severity: 'block' },
    // round 22 (t22ca)
    "防伪码在盒子底部。扫码加我微信领红包。",
    // round 21 (t21bv): the buyer's ask declined as 我们就不扫了, a code the shop will not send
    { text: "您说想扫码加好友，二维码这边我们就不扫了，但可以加我QQ 12345678。", severity: 'block' },
    // round 19 (t19br): the quoted word owned
    "您说的“扫码进群”，对，就是我们的福利群，扫我发的码。",
    // round 19 (t19bs): the same choice of scanners, into our group
    "包装上的二维码用微信或者相机扫，是我们的微信群。",
    // round 17 (fa17b): a picture or message quoted and called false (那张图里的“扫码进群…”是P的) — not when our own ask follows
    "群里那条“扫码进群返现”是假的，扫这个码进真群。",
    "海报上的“进群抢免单”是P的，进群请加我微信。",
    // round 17: a denial for after-sales, then a code to add us
    "售后不需要扫码，有问题扫这个二维码加我",
    // round 17 (t17b): a pay code described by what it does, handed over for money around the platform
    { text: "您把微信收款用的二维码发过来，差价我这边退您。", severity: 'block' },
    { text: "走退款太慢了，您收钱那个码截图给我，我马上还给您。", severity: 'block' },
    { text: "运费我补您，把您收款的码发我一下。", severity: 'block' },
    { text: "剩下的钱扫我收钱的这个码付就行。", severity: 'block' },
    // round 16 (t16): a code scanned into our own mini-program or site / the brand's, the goods', Kuaishou's
    "截图里那个二维码您扫一下，是我们的会员小程序，积分能换赠品",
    "包装盒上的二维码扫一下，进我们的官方商城，下次买更便宜",
    "图片里的码扫一扫就是我们家的小程序，新人领券",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "卡片背面有二维码，扫了加我微信领发音音频。",
    "绘本封底的二维码扫了进群，群里有配套音频。",
    "扫卡片上的二维码加好友，发音课免费送。",
    "点读音频在二维码里，扫码关注公众号领取。",
    "卡片上那个二维码是我私人号，发音问题扫了问我。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "大家问能不能发个收款码，可以的，扫码付款还便宜五块。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "您先别拍，我拉您进个小群，群里统一收款统一发。",
    "加入我们的内购群，群里价格更低哦，同意我就拉您。",
    "我拉您进我们的宝妈群吧？群里拼单更划算。",
    "想拼单的话我建个群把大家拉进去，一起团更便宜。",
    "要不要进我们的福利群？里面每天都有秒杀，你点头我就拉你。",
    "宝子 scan the QR on our 包装盒 to join VIP group, 会员价更低",
    "Scan the code on the card to join our members group for extra discount",
    "看图扫一扫即可，比拍链接便宜30。",
    "截图里那个方块码扫了就能领券，比这边便宜。",
    "识别我发的图片，会跳到我们商城，下单更划算。",
    "另外我们公众号『悉尼好物』每天发折扣码。",
    // round 12 (fa12): the same words said — no rebuttal, a turn after the label, a list that is no denial, a real copy
    "二维码付款？没问题，我现在把收款码发你。",
    "平台不让发二维码，比如这个码您扫一下加我就行。",
    "以下是骗子的常见套路：冒充客服。不过您扫我发的二维码进群，我给您退。",
    // round 10 (fa10): the violations sharing the words stay caught
    "扫码领红包，我们没有这个活动的限制，扫就行",
    "卡片上印着扫码加微信领红包，扫一下就行",
    "您收到的那个二维码我们没有，扫我这个码加我",
    "包裹里的卡片扫码加群，群里有福利",
    "扫码领红包这个活动我们有，扫卡片上的码加我微信",
    // round 10 (fa10): the violations sharing the words stay caught
    "我们不会让您加微信，扫二维码付款就行。",
    "不用加微信、扫这个二维码付款就行。",
    "我们不卖假货、扫码加我微信领券。",
    "说到扫码，您扫一下这个码就能加我。",
    "关于二维码，我们不会在这里发，您扫我主页的码加我就行。",
    "别去其他店买、扫我这个码付款更便宜。",
    // round 9 (fa9): the violations sharing the words stay caught
    "这个码是保修登记，扫码加我微信就能延保一年。",
    "这个码是我们的收款码，保修费扫这个付就行。",
    "保修的话扫这个码进群，群里登记。",
    "这个码扫了转账给我，发票我私下开。",
    "扫码显示非正品的话加我微信，我私下给您退。",
    "想验正品扫这个码加我好友，我发您鉴定报告。",
    "正品保证，扫码进群领优惠。",
    "扫我发的码付款，正品假一赔十。",
    "鉴定费扫这个码转账给我就行。",
    "吊牌上的码扫一下加我，返现五块。",
    "这个码出示给快递员扫完，再用微信扫一下加我好友返现。",
    "取件后扫这个码加我微信领返现。",
    "二维码是平台的，放心扫，扫完加我好友拿红包。",
    "寄件码我发您了，扫码付款给我就行，便宜十块。",
    "自提的话扫这个码转账给我，不用走平台。",
    "卡片上的二维码是品牌的福利群，扫码进群领红包。",
    "扫码加群领福利这种活动别家没有，加我微信我拉你。",
    "扫码进群这种福利我们店是没有的，只有我这里有，加我vx。",
    "收到类似的卡片扫码加我就行。",
    "收到类似的二维码，扫一下加我就行，别理其他的。",
    "别在评论区问了，扫码进群我发你。",
    "出库单背面有个二维码，扫码加我微信领返现。",
    // round 8 (t8-283)
    '这张码直接付就好，省手续费。',
    '支付宝扫一下就行，我把码截图发给您。',
    "发您的那个码扫了直接付就行，不用再走下单流程。",
    "这个群在微信，扫我发的码进就行，群里天天有秒杀。",
    "付款用这个码就行，我截图发您了，扫完截图给我。",
    "扫码付款更便宜，不用走收银台，码我发您。",
    '加一下我们的微信群，群里有内部价',
    '群号私发您，您加一下进群领券',
    '我们的群在微信上，我拉您进去',
    '福利群的码在图片上，长按识别进群',
    '扫这个二维码进我们的QQ群，群里返现',
    { text: '关注我们公号回复暗号领十元券。', severity: 'block' },
    { text: '卡片扫码关注店铺后加我微信，返现五元。', severity: 'block' },
    { text: '我把收款码发给您，扫码付款后安排发货。', severity: 'block' },
    '[图片] 扫上面这个二维码加入我们的VIP福利群。',
    '我给您发个二维码，扫一下就能进群。',
    '长按识别图中二维码，关注我们的公众号领券。',
    '扫码进群，群里每天有特价。',
    '关注公众号“澳洲奶粉直邮”回复 888 领取优惠。',
    '扫一下这个码加我好友，售后更方便。',
    '微信扫一扫下方二维码，下单立减20。',
    '入群二维码我私发给您。',
    { text: '粉丝群在主页，不过要先加我微信才能拉您进。', severity: 'block' },
    { text: '进群扫码就行，码在主页背景图上。', severity: 'block' },
    '视频下面那条留言里有我们的福利群，报暗号“奶粉”就能进。',
    '进群口令是店名缩写，群里天天有低价。',
    { text: '扫一下包裹里卡片上的二维码加我好友，返现5元。', severity: 'block' },
    { text: '图片上那个码扫一下就是我的个人号。', severity: 'block' },
    // round 9 (t9c)
    { text: '不会在这里拍，给你发二维码扫了付', severity: 'block' },
    { text: '扫码进群领福利，这种活动我们店天天有', severity: 'block' },
    // round 10 (t10b): a code placed in a picture
    '亲，库存截图我发您了，图片右下角有个码，扫一下直接联系我们仓库老板。',
    '截图最下面有个码，扫了加我。',
    '海报上有个码，扫进群领优惠。',
    // round 11 (t11a, after probe 2)
    { text: '用支付宝扫这个码付款，直接转我。', severity: 'block' },
    // round 11 (t11a, own probe 3)
    { text: '收款码是我自己的，您扫了付款就行。', severity: 'block' },
    // round 11 (t11a, batches bh/bi/bj)
    { text: '收款码？有的，我发您。', severity: 'block' },
    // round 18 (fa18bp)
    { text: "我们不能乱说、扫我的二维码加好友就行", severity: "block" },
    // round 32 (t32d): the outside group denied, but a code or private hand-over still rides along
    { text: "我们没有微信群，粉丝群在店铺主页，进群扫这个码。", severity: "block" },
    { text: "店铺主页有粉丝群，想进的话加我微信，我拉您。", severity: "block" },
    // round 35 (t35c): a scope denial for one purpose does not cover another asked beside it
    { text: '扫码看动画，顺便加我好友，不涉及任何付款。', severity: 'block' },
    { text: '扫这个码付款，不涉及任何手续费。', severity: 'block' },
    '扫码就能看动画，不涉及付款，还能进群领优惠。',
    // round 41 (t41e): our pay code handed over as a screenshot, whatever goods or packing the sentence names
    { text: '大包装还没上架，我先把付款码截图发您，扫完从仓库直接发。', severity: 'block' },
    { text: '这款瓶装的链接审核中，付款码私发你，付完就安排。', severity: 'block' },
    { text: '整箱包装平台不让卖，我给您发我们的付款码，扫了我这边发货。', severity: 'block' },
    // round 46 (t46j): the buyer's own code printed, sewn or burnt on goods they order (customisation), and the same with our channel riding along
    "您要把二维码印在杯子上？可以，顺便扫我的二维码加好友，有优惠。",
    "您想把自家的码印在围裙上的话，先扫这个码加我微信，我把原图发您。",
    "你想把店里的码印在卡片上？先扫这个二维码关注我们公众号领券。",
    "您要把码印在袋子上也行，付款的话扫我发的码转账就行。",
  ],
});
