import rule from '../../../rules/checks/off-platform-trade';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 54 (eng54b), pass 2: a messenger's nickname, a number in the parcel, a shop off this platform, a domain spelled out; the same words clean
    "我们的另一家店也在快手上，在平台搜店名就能找到",
    "发货单上印的是平台订单号，售后请在这里联系我们",
    "域名相关的问题请咨询平台客服",
    // round 54 (eng54b): a way off the platform described — a profile field holding a number, a group by my name, an unpaid order, our other account; the same words clean
    "店铺名后面那串数字是店铺编号，投诉时填这个就行",
    "店铺介绍里有退换货说明，您可以看一下",
    "公告里留了平台客服的电话，有问题可以打",
    "拍下后先别付款，等我改好运费您再付",
    "那个直播间也是我们的，在平台上搜店名就能看到，价格一样",
    // round 49 (t49d): a courier pickup with the platform refund kept; the buyer's own family-card payment
    '快递员会上门取件，退款原路退回，不用撤销申请',
    '我们支持亲属卡付款，亲属卡额度不够的话可以换其他方式',
    '您可以开通亲密付让家人帮您付款哦',
    // round 47 (t47e): 外面买的 as the yardstick of a comparison
    "自己烤的面包比外面买的香多了，这款烤箱新手也能上手。",
    "这款腊肠比在外面拍的新鲜，都是当天灌的。",
    // round 47 (t47b): a return or a refund with no step here
    '退货不用在这边操作，快递到付就行',
    '退款不用在这边操作，系统会自动退，短信会通知您',
    // round 46 (t46k): a stall named as advice, a parcel point's freight-collect, a referral with the goods still bought here
    '我们店里做不了刻字，您可以去附近的刻字铺自己刻，费用在那付。',
    '您去附近的快递驿站取件，运费在那付就行。',
    '刻字我们做不了，附近商场有个刻字铺，跟老板说是我们店的客户能打九折，锅在这边拍就行。',
    '您去小区门口的快递代收点，跟老板说一下您的取件码，到付的运费在那付。',
    // round 45 (t45g): a third party paid for their own service, or the cheaper way still on the platform
    '上门安装的师傅费用直接付给他就行，安装费我们这边不收',
    '这款比在这拍划算的是直播间的套装，领券更便宜',
    '比在店里单买划算的是组合装，两件一起拍更省',
    '半价活动是平台大促，在这儿拍就能用券',
    '我们自己的小程序只用来查防伪，下单还是在快手店铺',
    // round 45 (t45k): money said to be wasted, honest advice not to buy (MONEY_WASTED)
    "您这道用了也是白花钱，所以这次就先别拍了，等补完漆再用我们的蜡做保护就好。",
    "这双鞋您脚宽穿了也是浪费钱，先别下单，等宽楦版到了我通知您。",
    "狗狗才两个月，这款买了也是白花钱，先不用拍了，等它长大点再说。",
    // round 45 (t45i): an order held for a choice, a pickup through the platform; our own factory; the platform's fee named and the order kept here
    '这个单先不拍，等您确认颜色，到了当面验货没问题再签收',
    '到店自提请先在平台下单，现场出示订单号核销',
    '我们有自己的工厂，所以价格实在',
    '平台会收一点服务费，所以这个价格已经很低了，还是在这里拍哦',
    // round 44 (t44g): the buyer’s ask restated with a bare 问 and its own A-not-A tag (行不行), then declined — the tag’s 不行 answers nothing
    "你问少二十块私下转账给店里可不可以，抱歉，钱只能在订单里付。",
    "亲问运费能不能私下转给我们，不行哦，补运费请拍补差链接。",
    "您问定金直接打给我们行不行——不行的亲，定金也要在快手下单付。",
    // round 44 (t44b, dev HI): 平台抽 of an inspection or a draw (抽检, 抽奖, 抽样) is no fee; the platform's cut still is
    "平台抽检也是随机的，有问题您直接跟我说，我们负责到底。",
    "平台抽奖的结果跟我们店没关系，中奖名单以平台公布为准。",
    "平台抽样送检的报告出来了，跟我们自检的一致。",
    // round 44 (t44f): 不过 as "but" before the shop; a surcharge paid through the listing; online ordering waved off for a replacement
    '没法给您改价，不过店铺有满200减20的券。',
    '运费我们单独收您10元，在链接里补拍就行。',
    '不用再在网上拍了，已经给您补发了。',
    // round 43 (t43h): the goods sold off the platform called of unknown source, the buyer told off them (detect/cues.ts UNSAFE_NEXT)
    '您说的那种针剂只能在医疗机构注射，私下卖的这类东西来源不明，真的别碰。',
    '私下卖的药品大多来路不明，请在正规渠道购买。',
    '私下买的货来历不明，出了问题没人管，还是在店里拍。',
    // round 43 (t43a): the harm told with the buyer's cover as its subject (detect/cues.ts UNSAFE_NEXT)
    '理解您想再便宜点，不过私下转账交易我们不做，钱不经过平台的话您的售后就没保障了。',
    '不走平台的话您的权益就没保障了，还是在快手拍。',
    '线下付款的话您的退款也没保障，咱们就在订单里付。',
    // round 42 (t42k): the platform's own cash on delivery told, a courier's inspection at the door, the buyer told to pay online
    '这款支持平台的货到付款，下单时选就行，钱由平台代收。',
    '快递员送到后您可以当面开箱验货，有问题直接拒收。',
    '请在线上付款，钱不要给快递员或任何个人。',
    // round 40 (t40j): the platform or another shop as the one dealing on the side — a claim about others, nobody steered off
    '最近流量给得少，都是因为官方私下收了大商家的钱',
    '听说有的商家私下收红包，我们不会',
    // round 40 (t40b): the platform's refund into the buyer's WeChat (no payer, 原路), a private buyback or a transfer refused, a brand's recycling point
    '退款会原路退回到您的微信零钱，请留意查收。',
    '退款原路退回，钱会打到您微信。',
    '我们不会私下回收，也不会把钱转您微信，请走平台退货。',
    '空瓶可以送到品牌线下回收点，有积分兑换。',
    '我们不私下回收二手商品，退货请在订单页申请。',
    // round 39 (t39l): the platform found cheaper, the cash price denied or the same, the shop's own listing and live room compared
    '平台的价格比门店便宜，建议您直接在快手下单',
    '现金价不会比平台便宜哦，价格都一样，在这里拍就行',
    '门店和平台同价，您在快手下单就可以',
    '线下门店价格比平台贵一些，因为有租金',
    '我哋唔收現金，價錢同平台一樣',
    // round 38 (t38c): someone's ask for a private deal told to all, then answered by keeping the trade on the platform (我们只在快手小店卖货)
    "有粉丝问能不能私下转账便宜点，统一回复一下：我们只在快手小店卖货，私下转账没有任何保障。",
    "刚有人问可不可以线下交易，说明一下：我们只在直播间小黄车卖，其他渠道都不是我们。",
    // round 37 (t37c): the buyer's message quoted with its speaker label (「买家：…」) and answered otherwise: the buyer's words (detect/quoted.ts buyerQuoted)
    "「买家：能不能私下转账 便宜点」 这个不行哈，钱不走平台出了问题没保障，首页有优惠券可以领。",
    "「顾客：不走平台直接给你钱行吗」 抱歉，付款只能在快手下单，平台有售后保障。",
    "「买家：线下交易可以吗」 这个真做不了哦，下单在店铺里拍就行，包邮的。",
    // round 36 (t36d): the buyer's quoted ask to pay another way, refused by the kind of payment after the quote
    '买家发来的“线下直接付你省手续费行不”，我们不支持站外付款。',
    '您说的“不走平台省手续费”，我们不收任何私下转账。',
    '您说的“私下转账更便宜”，我们不接受私下付款，都在快手收银台付就好。',
    // round 36 (t36c): goods said to be unlisted (未上架, 链接没挂) and a price given privately for them (单独报价, 私聊报价); not a price to wait for, nor a dedicated link on the platform
    "这款暂时未上架，上架后通知您",
    "店里没上架，单独报价的话要等品牌方确认",
    "定制款店铺没上架，我们可以单独给您报价后再挂专属链接拍",
    "这款店铺还没上架，单独询价也没用哦，等上架后直接拍",
    // round 36 (t36c): a pasted FAQ, the answer's label before the refusal (detect/rebut.ts)
    "问：可以私下转账便宜点吗？\n答：不可以，必须走平台下单",
    "Q：能线下交易吗？\nA：不行的，都在快手下单有保障",
    // round 35 (t35f): no order needed for something free — watching or asking in the live room
    '这周日直播间教编织，不用拍也能进来学。',
    '不用下单也能来直播间问问题。',
    '快递员送货时请当面点清数量再签收',
    '收到货请当面点清，有问题联系我们',
    '我们不接受当面给钱，请在平台下单',
    '给现金我们不收的，请走平台付款',
    // round 35 (t35b): cash for goods by hand as a contrast, a refusal or the courier's hand-over
    '快递员派送时一手交货，请您当面签收',
    '我们是正规跨境店，不搞一手交钱一手交货那套',
    // round 35 (t35a): unlisted goods with the listing promised or a stock check; a lower price in the live room
    '店里没上架，您想要的话跟我说，我帮您申请上架。',
    '平台上没有卖这个颜色，您看中哪款我帮您查库存。',
    '这款平台上没有卖了，喜欢的话我帮您留意到货。',
    '直播间价格更低，有问题找我。',
    '链接上没挂这几款，看中哪款跟我说，我帮您问问仓库有没有货。',
    // round 35 (t35a): 不过 as the failed result of a check, the platform the subject of what follows
    '清关不过平台全额退款，税费也退。',
    '万一审核不过平台会提示您重新提交。',
    '实名验证不过平台会让您重新填写订购人信息。',
    // round 34 (t34b), probe 2: not yet in the shop, listed on arrival
    '这款暂时没放到店里，等到货了会上架，到时候通知您。',
    // round 34 (t34b): a new item not yet listed here, a restock promised; a catalogue of listed goods
    '这款新品店里还没上架，我先发您图片看看，上架了第一时间通知您。',
    '新款这边还没上架，预计下周上新，您可以先收藏店铺。',
    '我给您发一份产品目录，都是店里有链接的款，您对照着拍就行。',
    // round 33 (t33e): the buyer's ask restated, an explanation announced (我这边需要跟您说明一下), then declined further on
    "关于您问能不能以后直接找我拿货，我这边先跟您说明一下，店铺客服是不能私下卖货给买家的，下单还是在店里拍。",
    "您好，您问能不能以后直接找我买、省得每次都在店里拍，这个需要跟您解释一下：我们作为店铺客服，按平台规定是不可以私下交易的。\n私下买出了问题平台没法帮您处理，钱也不受保护。\n以后想买直接进店铺下单就行，有优惠券我会第一时间告诉您。",
    // round 33 (t33e): 当面 + 交 at delivery (the courier hands the parcel over) is no 面交; a hand-over with money to us still is
    "这台咖啡机比较重，顺丰师傅送货上门时会当面交给您，请您本人签收后再拆箱检查。",
    "贵重物品我们都要求快递员当面交付，签收前可以先看一下外包装有没有破损，有问题直接拒收。",
    "您好，您买的这套珐琅锅已经发出了，外箱我们多加了一层气泡膜，派送时快递员会当面交给您本人签收，家里没人的话可以约个时间再送。\n收到后先用温水洗一遍再用，第一次使用建议小火。\n平时不要干烧，也不要用金属铲子。",
    // round 32 (t32e): money handed back through the platform, or an in-person refund refused
    '您把货寄回来，仓库验完没问题就把钱给您退了，退款原路返回',
    '快递员上门取件时会当场验货，验完平台就把钱给您退了',
    '我们没有线下门店，不能当面把钱退给您，请走售后申请',
    // round 32 (t32a): cash refused, or routed back through the platform
    '我们不收现金，别把现金给我们的快递员',
    '线下退款也需要走平台售后流程',
    // round 32 (t32a): words spaced one by one keep their denial
    '我们 不会 让您 私下 转账',
    '亲 私下交易不安全 咱们还是平台下单',
    // round 31 (t31g): the buyer's doubt about a private payment asked back and answered by keeping the trade here
    '私下转账会不会不安全？是的，还是在店里拍稳妥',
    '站外付款靠谱吗？不靠谱，您走平台下单就行',
    '线下交易是不是有风险？对，咱们就在平台付款',
    // round 31 (t31b): paying where the goods are handed over, refused or warned of
    '我们不支持现场付款，所有订单都在快手拍。',
    '请勿与任何人见面付款，我们只在平台交易。',
    '海关查验后税费会在结算页结清。',
    // round 31 (t31a)
    "亲 sx交易没保障 还是走平台哈",
    "线下付款有风险哈 在订单页拍就行",
    "私下交易没保障的，还是走平台吧",
    "sx码偏大，建议拍小一码",
    "这个颜色店里没上架，上架了我通知您",
    "店里没上架的小样，我给您寄几包试用",
    "这个型号店里没上架，要的话跟我说，我帮您问问仓库",
    // round 30 (t30d): a price below the page's that is the platform's own (live room, coupon, what the buyer paid)
    '今天直播间价格比页面价低三十，记得来',
    '领券后比页面便宜十块，您直接拍就行',
    '您拍下的价格比页面价低是因为用了红包',
    '实付比标价低是平台补贴',
    // round 30: the platform's arbitration not needed because the shop agrees; the refund stays the order's own
    '我们直接给您退款，不用走平台介入了。',
    '这个问题我们认，您不用走平台仲裁，直接点申请退款我们马上同意。',
    '不需要平台介入，退货申请提交了我这边秒批。',
    // round 29 (t29c): the platform called "this side" and skipped, beside dealing with us directly or its cut saved
    "这单不走这边的仓库，从香港仓直接发，时效更快",
    "退货不走这里，直接在订单页点申请售后就行",
    "这个线路不走这边，快递会绕一下，所以晚一天",
    // round 29 (t29a): the platform's cover denied verb first (不受平台保护, 您没有平台的售后保障) or its penalty told after the act (罚得很重, 会被平台处罚): the rule explained
    '私下转账不受平台保护，钱出了问题没人管，还是在平台拍吧。',
    '私下交易平台罚得很重，我们不会做的，请在页面下单。',
    '线下付款的话您没有平台的售后保障，还是在这里拍比较稳。',
    // round 26 (t26a): the fee saving credited to the buyer's goodwill (thanked or acknowledged), no offer after it
    '知道您是好心想帮我们省手续费，不过付款还是得走订单。',
    '谢谢您替我们省手续费着想，下单还是直接在链接里拍就好。',
    '理解您想帮我们省平台手续费，我们还是按平台流程走。',
    // round 26 (t26a): the act under 的话, the buyer's money or order then said to have no cover at all (cues.ts IMPOSSIBLE_THEN)
    '线下付款的话您的钱没有任何保障，建议在平台下单。',
    '私下交易的话您买的东西就享受不到售后。',
    '不走平台的话您的订单没有任何保障，还是在快手拍吧。',
    // round 25 (t25a): the cover denied as a potential complement (保障不了, 赔不了, 负责不了) after a mishap
    "您说想走线下付款省点手续费，这个真不行，平台外的交易出了问题谁都保障不了您。",
    "私下转账出了问题我们也赔不了，还是在平台下单吧",
    "站外交易一旦出事谁也负责不了，建议走平台",
    "不论是私下转账还是线下付款，一律不接受",
    // round 24 (lead): the thing named, then another off-platform practice after a comma, and 都 refuses both
    '当面交易，私下转账都不行',
    '私下交易，私下转账这些我们都不做的',
    '线下交易，站外付款我们一律都不接受',
    '私下转账，当面交易这些都不可以哦，请在平台下单',
    // round 23 (t23c): a 、 list refused at its end with no 都 (真的没必要 / 没必要 / 确实不需要 / 真的不用)
    "私下转账、加微信真的没必要",
    "私下转账、加微信没必要，平台都能处理",
    "站外付款、加QQ确实不需要，订单页就能退",
    "线下交易、私下收款真的不用，直接在小黄车拍就行",
    // round 23 (t23dy): a link or the shop page skipped with nothing private after it; a link lacking a thing; English words refused
    "下次别跳过链接说明哦，店铺里都有写",
    "跳过店铺首页直接点链接下单就行",
    "赠品不在链接里，我给您发的时候一起放进去",
    "小样没挂链接，我给您发货时一起寄",
    "线下 payment 不支持哦，请在平台付款",
    "下单不用 through 客服，直接拍就行",
    // round 23 (t23a): Cantonese 落单 (= 下单) on the platform, 转数快 (FPS) named, 使唔使 asked
    '请喺快手落单，唔好私下过数俾任何人',
    '今日下午四点前落单，听日就寄出',
    '使唔使落单先？系呀，要喺快手落单',
    '唔使担心，落单之后平台会保障您嘅权益',
    // round 22 (t22dw)
    "私下转账是不行的，不过快手官方有先用后付，下单时可以选。",
    "我们不接受私下付款，不过快手收银台支持分期。",
    // round 22 (lead): the bare potential complement refuses too (私下联系不了哈)
    "抱歉亲，私下联系不了哈，有事这里说就行。",
    "线下交易不了哦，只能平台下单。",
    // round 22 (t22ds): refused with a modal and a verb of doing, the way or the request named
    '私下转账这种方式我们没法处理，请在订单页申请退款',
    '线下交易这个请求本店不能接受哈',
    '私下打款这种方式我们没法操作，请在订单页申请退款',
    // round 22 (t22ca)
    "我哋唔会叫您私下转账，所有付款都喺快手完成。",
    "线下交易这个咱真不做哈🙏 有需要直接在链接拍就行。",
    "您问可唔可以私下转账平啲，唔好意思，我哋只收平台付款。",
    "您问可不可以先在闲鱼上挂个链接再让您去拍，这个我们不做的哦。",
    "我们从来不会发短信要求您站外付款，请以订单页为准。",
    "您说想把货款直接转给我，谢谢体谅，但钱还是得走快手订单付。",
    // round 21 (t21bx): whoever asks it, the buyer told to believe none (谁让您…都别信)
    "谁叫你私下转账都不要信，付款只走平台。",
    // round 21 (t21bw)
    "如果有人私下找您卖会员卡，千万别买哈。",
    // round 20 (t20bu): the act followed at once by the platform's protection denied (cues.ts UNPROTECTED_NEXT); the quoted wish turned down by a must (WISH_REFUSED, quoted.ts TOPIC_HEAD)
    "私下付款平台没法保障您的权益，请在链接里拍。",
    "宝，对于“私下转账能不能便宜”，抱歉，付款只能走快手收银台哦。",
    "您说“想私下交易便宜点”，抱歉，付款都要在快手收银台完成哦。",
    // round 20 (t20bt): the buyer's payment already made out there, no way to recover it (cues.ts PAID_LEAD); a transfer to us asked after it
    "你之前付给对方的定金是私下转账的，这笔我们追不回来，请尽快联系银行止付。",
    // round 19 (t19br): an off-platform contact named as a noun, then refused
    "平台外联系的方式我们这边不方便留，在这里说就好。",
    "站外联系方式我们都不能加，有事在这里说一样快。",
    // round 19 (t19bs): the buyer's proposal reported with a bare 说/建议 and declined (不支持 too)
    "您说想线下见面交易省点邮费，这个我们不支持，还是在平台拍更有保障。",
    "您建议私下转账给我们，抱歉，付款只能走订单页。",
    // round 19 (t19bq): the buyer's question quoted with no question mark, rebutted right after (detect/rebut.ts quotedAskRebutted)
    '您问“私下付款能打折吗”，不可以的，所有订单都在平台结算。',
    '您问的“线下交易能便宜点吗”——不能哦，价格都以页面为准。',
    // round 19 (t19di): the private refund denied
    "我们从不私底下把钱退您，都走平台售后。",
    "请勿私下把钱转给陌生人，退款都走平台原路返回。",
    // round 17 (fa17b): the off-platform trade refused right after it, after 就 (面交就不行啦, 线下付款就不支持了)
    "面交就不行啦，货都在保税区仓库，只能走快递。",
    "当面交易就不支持了哈，下单后顺丰直发。",
    "线下付款就不行了哦，您在订单页付款更安全。",
    // round 17 (t17b): 不用再在这里… as "no need again" — the order already paid or placed
    "您不用再在这里付款了，订单已经付过了，钱不会重复扣。",
    "您别再在这边拍了，上一单已经付款成功，钱重复扣的话会自动退。",
    "不用再在这边下单了，之前的订单已经帮您补发了。",
    // round 17: the checkout kept, or paid to the courier on the platform's own cash-on-delivery
    "您先别付款，我问下仓库有没有货",
    "我们支持货到付款，收到再付给快递员",
    "订单先别付款，等我改好价您再在订单页付",
    // round 14 (fa14b): probes by phenomenon (batch-by/bz, clean-bi; see the comments marked fa14b)
    "您说的意思我明白，想私下交易省点手续费，但我们真的不能这么做。",
    "我理解您想走线下转账省点钱，但平台不允许，还请在页面下单。",
    "跨境商品必须走平台申报，私下付款的订单海关是不认的，货根本发不出来。",
    "站外转账的钱平台不受理售后，出了问题没人能帮您追回。",
    "如果已经把卡号或者验证码给出去了，请尽快联系发卡银行冻结，并且报警。",
    "万一您把银行卡号告诉了对方，请立刻打银行电话挂失止付。",
    "您留言说想让我们私下给您打个折，不好意思，我们只能用平台的优惠券。",
    "您希望我们私下给您返现，对不起，返现只能走平台的活动。",
    "您发消息说让我们私下给您退差价，不好意思，只能在订单页申请价保。",
    "您想让客服私下给您补运费，抱歉，只能通过平台售后补。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "私下交易我们这边做不了，下单付款都得在快手上。",
    "线下付款这个咱们店办不了哈，只能在订单里付。",
    "您说的“绕开平台直接转账”我们做不了哦，平台才有保障。",
    "不走平台的交易我这边真的弄不了，抱歉。",
    "私底下给您结账这种我们接不了，都按平台订单来。",
    "亲，私下交易我们这边搞不了的，请在店里下单。",
    "您说“以后直接找你们拿货，不走快手”，谢谢您的信任，不过这个真的不可以，我们只在平台卖。",
    "线下付款的话就没有售后保障了，还是建议您在订单里付。",
    "站外交易的话无法清关，跨境商品都必须走平台申报。",
    "直播间领券以后比私下买还便宜，您放心在店里下单。",
    "您留言说“私下转账能便宜点吗”，理解您想省钱，但是平台规定不能这么做。",
    "在店里下单比私下交易更有保障，出了问题平台能介入。",
    "您说的“私下交易便宜点”我们这边做不了哦，所有订单都只能在快手下单付款，这样您也有保障。",
    "不好意思哈，私下交易我们这边做不了，下单、付款、退款都得走快手，这样您的钱才有保障。",
    "您说“下次直接找你们买，别走平台，省点钱”，谢谢您这么信任我们～不过真的不行哈：一是跨境商品必须通过平台报关，私下买的话没法清关；二是走平台您有售后保障，出了问题平台能帮您维权。我们会经常在直播间放优惠券，您关注店铺就能第一时间领到，比私下买更划算。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "很多人问能不能线下交易，统一回复一下：不能，也不提供门店看货，请大家认准快手进口店铺下单",
    "私下转账出了问题平台是没法保障的，所以我们坚持只走平台订单，您放心",
    "您好，您问我们是否可以把货直接从国外寄给您、不走平台下单，这样能便宜一些——很抱歉，这个不可以。我们所有的交易都必须通过快手下单和支付，一方面是跨境商品需要平台推送三单信息才能正常清关，另一方面站外交易出了问题您也没有平台的售后保障。店铺现在有满减活动，我帮您算了一下，用券后和您说的价格只差十几块。",
    "站外付款出了问题，平台是无法帮您追回的，建议还是拍链接。",
    "私下交易一旦发生纠纷，平台没办法介入处理，所以我们只走订单。",
    "线下转账出问题的话没有任何保障，请在快手下单。",
    "绕过平台付款遇到问题您只能自己承担，不划算。",
    "经常有人问能不能私下交易便宜点，不能哦，都得走平台订单。",
    // round 13 (t13a): the act as the condition of a mishap nobody covers; the asker named without 有; an on-platform price the cheaper one
    "私下转账出了问题平台是没法保障的，所以我们坚持只走平台订单，您放心",
    "线下付款万一有纠纷，平台是没办法介入保障的，建议您走订单",
    "站外交易遇到问题没人给您负责，所以我们只走快手",
    "私下转账要是出了问题，钱是很难追回的，请务必在平台付款",
    "很多人问能不能线下交易，统一回复一下：不能，请大家认准快手店铺下单",
    "好多人问可不可以私下交易便宜点，抱歉，我们只在快手成交",
    "直播间的价格比店里便宜，今晚八点开播",
    "今天秒杀比店里便宜二十，手慢无",
    "活动价比店铺便宜，就这三天",
    "不用进店铺也能在直播间小黄车直接拍",
    "这款不在店里卖了，已经停产，您看看同系列的",
    "店里没上架的款可以关注直播间，上新会通知",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "私下转账风险很大，请您不要这样做。",
    "私下加微信、私下收款、线下发货，这几样我们一概不做。",
    "加个人微信交易可能会被骗，平台也没法介入。",
    "站外付款会让您的钱没有任何保障，出了问题也追不回。",
    "亲，私下加好友、私下转账、站外下单这些我们都不做，有问题就在这里说。",
    "付款请在订单页完成，我们不收任何形式的私下转账。",
    "不能私下退款，私下转账会导致您的申报额度对不上，反而对您不利。",
    "站外付款容易被骗，出了问题也很难维权，请在平台下单。",
    "您取消订单后重新下单就可以用券了。",
    "先别付款，我给您改个价再付。",
    "在我们自己的官网可以查到授权信息。",
    "We never do offline deal, please pay on the platform.",
    "付款请直接在快手订单页完成，我们不收任何形式的私下转账，包括红包。",
    // round 12 (fa12): answered, explained, listed or refused, not said — 二维码付款？不存在的, 仿版是违法的, 不卖任何非正品
    "很抱歉，我们无法按您的要求提供“不走平台的优惠价”，所有价格以商品页为准。",
    "私下转账？没有的事，我们只收平台订单的付款。",
    "私下交易是违规的，我们只在平台下单发货。",
    // round 11 (fa11b): held-out false-alarm phenomena, own wordings
    "我们不会私下转您钱让您删差评，有问题走平台售后。",
    "您要是想修改评价，在订单页点追评就行。",
    "补偿款我们通过平台小额打款转您，评价您随意。",
    "退款平台会原路退到您的账户，跟评价没有关系。",
    // round 10 (fa10)
    "之前有买家要求走私下交易省手续费，我们没同意，请您也放心在平台下单。",
    // round 10 (fa10)
    "有顾客想绕过平台直接找我们买，我们都拒绝了，因为这样出了问题没人保障。",
    "有客人想私下交易，我们没答应，这样对双方都没有保障。",
    "有买家要求线下交易，我们拒绝了，下单还是在快手。",
    "私下交易我们不做的，您放心，所有订单都在平台有记录。",
    "取消订单后我直接在后台给您退款，不用等。",
    "这单我先帮您取消订单，直接给您退款，货不用寄回。",
    '定制款价格另算，下单前跟客服确认规格。',
    '我们的货都是正规渠道进口，私信发您报关单。',
    // fa-deny: a denial/refusal governing a later item, others' asks warned about, the buyer's question echoed and refused, the system pushing, refusing to speak for the platform.
    '您订单上的手机号我们只用于发货，也不会有“店铺工作人员”私下找您做问卷、送礼品，这些说法都请直接忽略。',
    '不会有任何客服私下联系您退款，遇到这种请直接忽略。',
    '我们没有什么专员会私下找您补差价，这些都是骗子。',
    '店里绝不会有员工私下找您要钱，请放心。',
    '也不会有所谓的“售后专员”私下联系您办理退款，请直接忽略。',
    '没有哪个店员会私下找您交易，所有订单都在平台走。',
    '请勿加入任何所谓的私域群，谨防诈骗。',
    '您买的时候不用经过平台客服审核，直接拍就行。',
    '用平台券能减20，不用券就不减了。',
    '外面的价格可能便宜一些，但我们保证正品。',
    '线下门店价格会便宜一些吗？我们这边和线下同价。',
    '货到付款的订单取消了，运费退给您。',
    '退货运费到付就行，这边订单先取消。',
    '我们不支持货到付款，订单取消后款项原路退回。',
    '平台价格偏高是因为有运费险，不走运费险的话也不会便宜。',
    '线下门店的价格和这里一样，不会更便宜。',
    '私下交易没有保障，平台价格已经是最优惠的了。',
    '走平台有保障，不走平台出了问题没人管，请一定在这里下单。',
    '线下专柜的活动我们不清楚，以商品页价格为准。',
    '快递到了请当面验货，有破损可以拒收。',
    '请不要私下交易，脱离平台的交易没有售后保障。',
    '有问题直接找我就行，我一直在线。',
    '您直接在平台下单就行，我们优先发货。',
    '这款缺货，先不要下单哦，到货提醒您。',
    '先别付款，我给您改一下价格再拍。',
    '我单独给您发一份小样，随包裹寄出。',
    '平台外的商品我们无法保证品质。',
    '平台不会要求您线下付款，请注意。',
    '私下里跟您说，这批货是新到的。',
    '线下活动我们没有参加。',
    '其他渠道购买的我们没法提供售后。',
    '订单取消后钱会原路退回。',
    // round 9 (t9c)
    '是否有人冒充我们店加您好友？我们从不在站外联系顾客，请不要给对方转账。',
    '我们从来不在平台外收款',
    '线下门店也可以给您调货',
    '线下活动的礼品会给您寄过去',
    // round 9 (t9c, false alarms)
    '我们没有这种业务哈，不过平台有“先用后付”，在收银台能看到您是否开通。',
    // round 9 (t9c, after probe 3)
    '线下退款需要走平台售后，您在订单页申请就行。',
    // round 11 (t11a)
    '不用退回商品，退款会原路退回您的支付账户。',
    '不用寄回，补偿我们会通过平台小额打款转给您。',
    '不用退货，系统会自动把补偿转到您的快手账户。',
    '请不要撤销退款申请，审核通过后钱会原路退回。',
    '不用申请退款，我们直接给您补发一件。',
    // round 11 (t11a, after probe 2)
    '订单取消后可以进快手粉丝群领券重新下单。',
    '取消订单后退款原路返回，群里有售后说明。',
    '这单取消吧，我重新给您改个价再拍。',
    // round 11 (t11a, own probe 3)
    '退货请寄回我们仓库，售后单里有地址，不用另外联系。',
    '退货寄回我们仓库就行，运费险会自动理赔，不用您垫付。',
    '不用寄回，您留着用吧。',
    // round 11 (t11a, batches bh/bi/bj)
    '您说快手不靠谱，我理解您着急，不过平台介入后会公平处理的，我们也会配合。',
    '不过平台审核需要两天，请耐心等。',
    // round 32 (t32b): live-stream register
    "维修只走线下售后网点，您可以预约。",
    "这款品牌只走线下专柜渠道，网上没有卖。",
    "福袋不上小黄车，是主播口播抽的，中奖后平台发货。",
    "赠品不上小黄车，下单后随包裹一起发。",
    "我们不走线下，所有订单都在小黄车拍。",
    // round 41 (lead): the platform sold out, nothing private after it; cash on delivery refused; the courier paid the platform's fee
    '这个配色平台上断码了，到货后我们会在订单页通知您，钱都在平台付。',
    '平台上已经下架了，不支持货到付款，也不能私下发货哦。',
    '链接下架了，您已付的钱原路退回，快递员不会向您收钱。',
    // round 46 (t46j): the buyer's ask quoted after an apology and refused bare (detect/cues.ts); 私下聊|天 refused after the whole word
    "不好意思，“加个微信私下转账”这个真不行，钱只能在店里下单付。",
    "抱歉，“线下交易能不能便宜点”这种我们做不到，拍下后我给您备注优惠。",
    "私下聊天就不用了哈，有问题在这里问我就行。",
    "私下聊聊就不了，订单的事这边说就好～",
    // round 46 (t46j): a store card's PIN sent to us as payment of the order (卡密发我 + 尾款/差价/改不了价)
    "您买的游戏点卡如果卡密没收到，把订单号发我，我帮您查一下。",
    "卡密用不了的话，把卡密截图发我帮您核实，一般是已经被使用了，差价我们在平台退您。",
    "尾款请在订单页补拍，我们不收任何购物卡或者卡密抵扣。",
    // round 46 (t46j): the goods bought at a third party's counter, said to beat buying here
    "医院前台也有卖同款，不过我们这边的价格比那边便宜，还包邮。",
    "建议去医院做个体检，口粮在这边下单就行，券后比门店便宜。",
    // round 56 (eng56a): 私下 denied, 走个人快递 (no 私下)
    '我们不走私下交易，请在平台付款',
    '这批货是走个人快递发的',
  ],
  invalid: [
    // round 54 (eng54b), pass 2: a messenger's nickname, a number in the parcel, a shop off this platform, a domain spelled out; the same words clean
    "加我小绿号，那边方便发图",
    "我的私人号写在包裹里的售后卡背面了",
    "别的店有现货，店名叫暖暖家居，不在这个平台",
    "我们自己网站的域名是店名拼音，后缀是com",
    // round 54 (eng54b): a way off the platform described — a profile field holding a number, a group by my name, an unpaid order, our other account; the same words clean
    "昵称后面那串数字您懂的",
    "店铺介绍里留了方式，自己去看",
    "点我们店铺名，介绍那里有个号，加一下",
    "我们那个群，您报我名字就行",
    "进群的时候备注我的名字，我拉您",
    "拍下先别付款，我发个收款码给您",
    "隔壁那个号也是我们的，粉丝价更低",
    // round 49 (t49d): cash handed over with the platform request dropped; a family card opened to the agent
    { text: '差价我现金补您，订单您取消一下就行', severity: 'block' },
    { text: '您别走退货了，我们店员明天当面把钱还给您，售后申请撤销一下', severity: 'block' },
    { text: '开个亲密付给我，我这边直接扣款给您发货', severity: 'block' },
    { text: '用您的亲情卡把我绑上，额度设100，我来刷', severity: 'block' },
    // round 47 (t47e): near-misses of 外面买的 as the yardstick of a comparison — still caught
    "外面买的话找我，比店里便宜二十。",
    "您在外面买也行，我给您优惠。",
    "比外面买的便宜，直接转我就行。",
    "这款去外面买的更便宜，加我微信就行。",
    // round 47 (t47b): the order taken by text message or phone, no step here
    '短信发您了，回个“是”就算下单，钱到货再给，不用在平台操作',
    '您等下接个电话，电话里确认订购就行，不用在这里点',
    '回复短信“Y”确认下单，东西我们直接寄，不需要在链接里拍单',
    '我打电话给您下单，货到付现金，不用在快手上弄',
    // round 46 (t46k): sent to a third party's stall or shop front with a pass phrase, paying there
    { text: '锅底刻字店里做不了，您直接去义乌国际商贸城二区三楼H街那个刻字铺，跟老板说是“老陈的锅”，锅和刻字一起在那付就行。', severity: 'block' },
    { text: '手机壳贴钻这边弄不了，您去华强北赛格二楼那个贴膜摊位，跟摊主说是小李介绍的，壳子和手工费在那一起付。', severity: 'block' },
    { text: '布料您去柯桥轻纺城东区那家门面，跟老板娘说是“阿芳的单”，钱直接付给老板娘就好。', severity: 'block' },
    { text: '您去中关村海龙三层那个维修铺子，对个暗号“老王的单”，机器和维修费当面在那付。', severity: 'block' },
    { text: '鞋子改尺码您找东门老街那个修鞋摊子，报我的名字，鞋和改码的钱都在摊上结。', severity: 'block' },
    // round 45 (t45g): a third party paid directly, said to beat buying here
    { text: '我们合作的摄影师下周在杭州，场地费直接转给他，比在店里订便宜不少', severity: 'block' },
    { text: '这边有个合作的裁缝师傅，您找他定做，比在平台上买实惠多了', severity: 'block' },
    { text: '厂家那边的老师能上门调试，定金当面交给她，比在这下单省三百', severity: 'block' },
    { text: '找对方直接拿货，比在链接里拍划算，她会联系您', severity: 'block' },
    // round 45 (t45g): our own shop reached through a code or link, a half price to leave here
    { text: '包装盒内侧的码扫一下，点进我们自己的商城，滤芯半价，这里就不用再拍了', severity: 'block' },
    { text: '扫吊牌背面的图案会跳到我们自家小程序，全场半价', severity: 'block' },
    { text: '下次别在这里下单了，我们那边半价给您', severity: 'block' },
    { text: '以后不用在快手买了，进我们自己的网站半价', severity: 'block' },
    // round 45 (t45k): …not with a transfer, a channel or a private hand-over beside it
    "这款链接里买是白花钱，别拍了，直接转我八十我给您发",
    "别拍了，花冤枉钱，加我微信便宜一半",
    "先别拍了，白花钱，私下找我拿货",
    "不用下单了，浪费钱，钱直接给我就行",
    // round 45 (t45i): paid on the spot with the platform order left unplaced; our own shop elsewhere saving the platform's cut
    '大件自己来提更划算：仓库在码头往东第二个门，到了现场挑好直接付钱带走，这边的单就不用拍了',
    '您周末来我们车间，当面看中哪款直接结账，平台上的单先别拍',
    '来了现场直接买单提走，线上不用下单',
    '到店以后看好直接付款拿走，链接先别拍了',
    '配件我们另外有个自己的网店，在那边买免掉平台扣点',
    '我家还有个自己的小程序，那里下单不用被平台抽成',
    '我们其实开了家自己的商城，去那边买能省下手续费',
    '咱家还有个自家的小店，那边买没有平台佣金',
    // round 44 (t44b, dev HI): 平台抽 of an inspection or a draw (抽检, 抽奖, 抽样) is no fee; the platform's cut still is
    { text: "平台抽得太狠了，下次直接跟我买，便宜一成。", severity: 'block' },
    { text: "平台抽走的那部分省下来，您找我拿货更划算。", severity: 'block' },
    { text: "平台抽太多了，以后微信找我下单。", severity: 'block' },
    { text: "平台抽那么多，咱们下次线下交易吧。", severity: 'block' },
    // round 44 (t44f): the shop set aside as the way money goes; the balance collected apart from the order; ordering by phone, not online
    { text: '年卡198，钱微信给我就好，不走店铺，以后茶叶都按会员价。', severity: 'block' },
    { text: '定制费直接交给我本人，不经过店铺，我给您优先排期。', severity: 'block' },
    { text: '您先拍个5元的链接锁单，尾款到时候我单独找您收。', severity: 'block' },
    { text: '定金在链接里付，剩下的钱我单独收您，发货前结清。', severity: 'block' },
    { text: '这是我们的订货热线，以后直接打电话订，不用在网上下单了。', severity: 'block' },
    { text: '下回要的话电话下单就行，不必在线上买了，价格一样。', severity: 'block' },
    // round 43 (t43a): …not with a turn back to the deal, or the cover promised by us
    '不走平台的话您的售后就没保障了，不过便宜三十，直接转我。',
    '钱不经过平台的话能便宜二十，直接转我。',
    '不走平台的话您的售后我们另外保障，直接转我就行。',
    '私下转账的话您的钱也安全，放心转我。',
    // round 42 (t42k): the courier named first, the money then handed to him, the online payment set aside
    { text: '您要是不放心线上付，让快递员等一下，验完再把钱给他，这单我们就不走线上了。', severity: 'block' },
    { text: '线上先别付，送货师傅到了您当面把钱交给他就行。', severity: 'block' },
    { text: '这次就不走线上了，跑腿小哥上门时您把货款直接给他。', severity: 'block' },
    { text: '不用在线支付，骑手送到后现金给他就好。', severity: 'block' },
    // round 41 (lead, GS-121): no order at all — the goods gone from the platform, posted to the buyer, the money to the courier at the door
    { text: '这款平台上断码了，您给我个地址，我们直接寄，钱您到时候当面给快递员。', severity: 'block' },
    { text: '链接已经下架了，要的话留个收货地址，货款到时给送货的师傅就行。', severity: 'block' },
    // round 40 (t40j): …but our own side dealing privately, or joining the others, stays caught
    { text: '别家都私下交易，我们也可以', severity: 'block' },
    { text: '同行都私下交易，我们这边也行，您看', severity: 'block' },
    { text: '我们私下收就行，平台扣点太高', match: '私下收' },
    { text: '平台扣点高，咱们私下交易吧', match: '私下交易' },
    // round 40 (t40b): used goods bought back privately instead of returned (私下回收, 站外折价收), money sent by us into the buyer's own WeChat, Alipay or card
    { text: '鞋子退不了，我们私下回收吧，寄到仓库我按六折算给您。', severity: 'block' },
    { text: '这台相机您用过了，平台退不了，我们站外折价收，钱打你卡上。', severity: 'block' },
    { text: '差价我转你支付宝，平台那边就不用管了。', severity: 'block' },
    { text: '衣服穿过了退不了，款我直接转你微信，您把衣服寄回来就行。', severity: 'block' },
    { text: '包包有使用痕迹，售后审核过不了，钱我转您微信，按七折算。', severity: 'block' },
    // round 39 (t39l): the cash or in-person price set below the platform's
    '深圳的客人可以来找我们，现金价比平台还便宜',
    '到店付现比快手上少五十',
    '自提的话比在平台拍还划算，您考虑一下',
    '當面交易仲平過平台㖞',
    '門店價格低於網上，歡迎嚟睇',
    '现金买比直播间再优惠一点',
    // round 38 (t38c): the reported ask answered yes
    "有人问能不能私下交易便宜点，可以的，私下交易我给您九折",
    // round 37 (t37c): …but a bare yes to the quoted ask adopts it, and words of our own after the quote stay ours
    { text: "「买家：能不能私下交易 便宜点」 可以的亲", severity: "block" },
    { text: "“顾客：可以不走平台直接转你吗” 行 转完截个图", severity: "block" },
    // round 36 (t36d): …but not when the reply takes it up after all
    { text: '您说的“私下转账更便宜”，我们不接受私下付款，但可以加我微信转。', severity: 'block' },
    { text: '您发的“转你省手续费”，行，直接转我支付宝就好。', severity: 'block' },
    // round 36 (t36c): goods said to be unlisted (未上架, 链接没挂) and a price given privately for them (单独报价, 私聊报价); not a price to wait for, nor a dedicated link on the platform
    { text: "这几款链接没挂，私聊报价", severity: "block" },
    { text: "限量版店铺未上架，想要的亲一对一报价", severity: "block" },
    { text: "店里没上架的年份酒也有，单独给您报价", severity: "block" },
    // round 35 (lead, from likely-off-platform's table): an item list not refused — the word rule blocks it
    { text: '线下交易，手续费都不用，我给您便宜点，到时候当面给就行', severity: 'block' },
    // round 35 (t35a): unlisted goods picked and told to me; a lower price for taking them from me in person
    { text: '这几款平台上没有卖，看中哪款直接跟我说。', severity: 'block' },
    { text: '我们链接上没挂这几款，看上哪个直接发我。', severity: 'block' },
    { text: '大促那天平台价是划算，不过找我本人拿价格更低。', severity: 'block' },
    { text: '找我直接拿货会低一些。', severity: 'block' },
    // round 35 (t35a): 不过平台 as "not through the platform", also after a check named earlier
    { text: '清关的话不过平台，直接走我们自己的渠道给您发。', severity: 'block' },
    { text: '我们不过平台，直接转我便宜点。', severity: 'block' },
    // round 35 (t35f): no order, the money another way
    '不用下单了，直接转我就行，便宜五十。',
    '不用拍了，钱直接微信给我。',
    // round 34 (t34b), probe 2: kept out of the shop, paid by a bare transfer
    { text: '限量款没放进店铺，喜欢的话直接转账就行。', severity: 'block' },
    // round 34 (t34b): goods not listed here, a catalogue sent privately
    { text: '另外我们还有些日本带回来的包，这边没上架，我发你一份价目表。', severity: 'block' },
    { text: '有几款二手表快手上没挂，感兴趣我单独发您图册。', severity: 'block' },
    // round 33 (t33e): the buyer's ask restated, an explanation announced (我这边需要跟您说明一下), then declined further on
    { text: "您问能不能直接找我买，这个跟您说明一下，找我买可以便宜二十，转我就行。", severity: "block" },
    // round 33 (t33e): 当面 + 交 at delivery (the courier hands the parcel over) is no 面交; a hand-over with money to us still is
    { text: "东西我当面交给您，钱现场给我就行，订单不用拍了。", severity: "block" },
    { text: "明天地铁口见，我当面交给您，您直接给我现金。", severity: "block" },
    // round 32 (t32e): a meeting where the money is handed back by hand, the after-sales flow waved off
    { text: '您带着货过来，我当面把钱退给您，不用走售后', severity: 'block' },
    { text: '明天中午公司楼下碰个面，您带着鞋过来，款我当场还给您，售后申请就别提交了', severity: 'block' },
    { text: '您把东西带上，地铁站门口见，验完没问题钱直接给您，不用申请退款了', severity: 'block' },
    // round 32 (t32a): cash handed to the agent; the platform named as what is avoided (省得/免得走平台)
    { text: '周末找个地方见一面，现金给我就行', severity: 'block' },
    { text: '到时候付我现金，订单就不用拍了', severity: 'block' },
    { text: '当面结清，省得走平台还要扣点', severity: 'block' },
    // round 32 (t32a): the risk asked back and waved off (没风险), then the transfer asked for
    { text: '私下转账有风险吗？没风险，直接转我', severity: 'block' },
    { text: '线下付款会不会被骗？不会的，直接付给我就行', severity: 'block' },
    // round 32 (t32a): spaced clauses: a denial in the clause before does not govern the offer
    { text: '这边走不了 私下转我就行', severity: 'block' },
    { text: '平台手续费太高 我们私下交易吧', severity: 'block' },
    // round 31 (t31g): the doubt answered with a way around after all
    { text: '私下转账会不会不安全？不会的，在平台拍也行，不过私下便宜', severity: 'block' },
    { text: '私下转账靠谱吗？靠谱，您直接转我就行', severity: 'block' },
    // round 31 (t31b): paying where the goods are handed over
    '周六我们在公园有活动，会带几瓶过去，您来了现场结清就行。',
    '货我给您留着，您过来当场付款直接拿走。',
    // round 31 (t31a)
    "私下交易没保障 但是便宜三十",
    "私下转账不安全？不会的 直接转我就行",
    "咱俩sx交易，平台不抽成",
    "下次直接sx转我，便宜二十",
    "SX给你发，不用拍了",
    "这个口味店里没有卖，想要的话我直接寄你",
    "这款店铺里也没挂，要的话找我拿",
    "这款店里没上架，要的话我让我同事给你寄",
    // round 30 (t30d): a deal below the listed price itself, through us
    { text: '下次拍之前先找我对个暗号，我给您发个不一样的付款链接，比页面价低不少', severity: 'block' },
    { text: '这款找我买比页面便宜二十', severity: 'block' },
    { text: '私聊我，比标价低一半', severity: 'warn' },
    // round 30: …but not when the money goes another way
    { text: '不用走平台介入，我直接转您200。', severity: 'block' },
    { text: '别走平台投诉了，加我微信我私下赔您。', severity: 'block' },
    { text: '不用走平台介入，钱我用支付宝退您。', severity: 'block' },
    // round 29 (lead, red team 6): the payment's recipient goes with the fix, which says where to pay (在平台付款给我 was stopped again)
    { text: '私下转账给我，便宜二十', match: '私下转账给我', fix: '在平台下单付款' },
    { text: '亲，私下付款到我的账户就行', match: '私下付款到我的账户', fix: '在平台下单付款' },
    { text: '私下转账的话能便宜二十', match: '私下转账', fix: '在平台付款' },
    // round 29 (t29c): the platform called "this side" and skipped, beside dealing with us directly or its cut saved
    { text: "平台每单收咱们好几个点，下回直接找我，不走这边，不就两边都省了吗？", severity: 'block' },
    { text: "以后要货直接联系我，不经过这里，手续费能省一截", severity: 'block' },
    { text: "不从这边走的话，转我支付宝就行，便宜二十", severity: 'block' },
    // round 29 (t29a): the platform's cover denied verb first (不受平台保护, 您没有平台的售后保障) or its penalty told after the act (罚得很重, 会被平台处罚): the rule explained
    { text: '私下交易平台罚得很重的话我们也认，直接转我便宜点。' },
    { text: '私下转账平台会处罚，所以转我支付宝就行，便宜二十。' },
    { text: '私下交易不受平台保护，但我们信誉好，直接转我就行。' },
    // round 26 (t26a): the buyer thanked, then taken up on it; the cover denied, then a price after it
    { text: '谢谢您为我们省手续费着想，那您直接转我吧。', severity: 'block' },
    { text: '知道您想帮我们省手续费，可以的，微信转我就行。', severity: 'block' },
    { text: '理解您想帮我们省手续费，私下付我就给您少收二十。', severity: 'block' },
    { text: '私下转账的话您的钱没有任何保障，但是便宜二十。', severity: 'block' },
    // round 25 (t25a): the mishap covered by us, or a transfer asked after it
    { text: "私下转账出了问题我负责，您放心转我" },
    { text: "线下付款出了问题也不怕，我保障得了，转我就行" },
    { text: "私下转账出了问题找我就行，平台管不了的我来管" },
    // round 24 (lead): …but not when the refused second item is the platform's or 'the others'
    { text: '当面交易，其他方式都不行，只能当面', severity: 'block', match: '当面交易' },
    { text: '线下交易，您说平台付款都不行的话就只能这样了', severity: 'block', match: '线下交易' },
    { text: '私下交易吧，别的渠道都不行', severity: 'block', match: '私下交易' },
    // round 23 (t23c): …but a list praised, or 没必要 aimed at the platform, is still the offer
    { text: "私下转账、加微信真的方便多了", severity: 'block', match: '私下转账' },
    { text: "私下转账、加微信真的没必要走平台", severity: 'block', match: '私下转账' },
    { text: "私下转账、加微信，真的没必要走平台那么麻烦", severity: 'block', match: '私下转账' },
    { text: "私下转账不需要手续费", severity: 'block', match: '私下转账' },
    { text: "在平台拍要交税，私下转账就不用", severity: 'block', match: '私下转账' },
    { text: "平台下单还要运费，私下转账不需要", severity: 'block', match: '私下转账' },
    // round 23 (t23dy): the shop skipped and the order told to me (SHOP_SKIPPED + PRIVATE_HAND)
    { text: "以后复购就绕开店里吧，直接告诉我要几罐，我给您直寄。", severity: 'block' },
    { text: "回购的话跳过链接，报我数量就行，我给你直发", severity: 'block' },
    { text: "下次避开店铺，直接发我要几箱，按内部价给您直发", severity: 'block' },
    // round 23 (t23dy): code-switched — the verb or the way in English (PRIVATE_DEAL, WITHOUT_PLATFORM)
    { text: "以后 buy 不用 via 平台，直接找我", severity: 'block' },
    { text: "we can 私下 pay, 便宜 10 块", severity: 'block' },
    { text: "线下 order 也行，我给您发", severity: 'block' },
    { text: "next time purchase 别 go through 快手 了，我直接寄", severity: 'block' },
    // round 23 (t23a): Cantonese 唔使落单 = 不用下单, 转数/过数俾我 = 转账给我
    { text: '唔使落单，直接转数俾我', severity: 'block' },
    { text: '唔使落單，直接轉數畀我', severity: 'block' },
    { text: '私下过数俾我，我即刻寄', severity: 'block' },
    // round 22 (t22dw)
    "别走平台了，不过快手抽成高，微信转我便宜点。",
    // round 22 (lead): …but not when 不了 starts another word (不了解)
    "私下联系不了解一下吗？更便宜",
    // round 22 (t22ds): the refusal taken back
    { text: '私下转账这种方式我们平时不能做，这次可以，转我就行', severity: 'block' },
    // round 22 (t22ca)
    "私下转账这个可以的😊 转给我就行",
    "我哋可以私下转账，平啲。",
    "您说想直接转给我，可以呀，转完截图发我。",
    // round 21 (t21bx): …but the act offered
    "私下转账更便宜，转我就行。",
    // round 20 (t20bu): …but with a price and a transfer after it, or the topic taken up and agreed to
    "私下付款平台没法保障，不过便宜三十，转我就行",
    "亲，关于“私下交易”，我们私下交易可以便宜20",
    // round 20 (t20bt): the buyer's payment already made out there, no way to recover it (cues.ts PAID_LEAD); a transfer to us asked after it
    "您转给他的钱是私下转账，我们没收到，您重新转我支付宝就行",
    // round 19 (t19br): the contact noun with no refusal after it
    "站外联系方式我发您，加一下。",
    // round 19 (t19bs): the buyer agreed with, or the proposal accepted
    "您说得对，私下交易更便宜，不好意思刚才没说清楚。",
    "您说想当面交易，可以的，加我私聊。",
    // round 19 (t19bq): answered yes, or the rebuttal turned back
    '您问“线下交易能便宜吗”——可以呀，私下找我。',
    '您问“私下交易能便宜点吗”——不能直接说，您懂的，私下再聊。',
    // round 19 (t19di): money handed back privately (私底下把钱退您)
    { text: "退款我这边私下打给您，售后就别点了。", severity: 'block' },
    { text: "私底下把差价还你，链接不用补拍。", severity: 'block' },
    { text: "这单不用申请了，我私下把差价退给你。", severity: 'block' },
    { text: "东西寄回来就行，我私底下把货款转您。", severity: 'block' },
    // round 17 (fa17b): the off-platform trade refused right after it, after 就 (面交就不行啦, 线下付款就不支持了)
    "面交也行，地铁口见，现金给我。",
    "可以线下交易，到店付现金就好。",
    // round 17 (t17b): future purchases taken off the platform, with 再 between (以后不用再在这边下单，直接跟我说…钱到时候给我)
    { text: "下次回购不用再在这里拍了，跟我说一声我给您寄，钱您收到再转我。", severity: 'block' },
    { text: "以后别再在店里下单了，直接找我，价格便宜点。", severity: 'block' },
    { text: "宝，以后不用再在这边下单啦，要几瓶直接跟我讲，钱到时候给我就行。", severity: 'block' },
    // round 17: the checkout abandoned and the money paid to us after the goods arrive
    "这单您先别付款了，回头我把东西直接寄您，钱您收到再给我就行",
    "订单先取消吧，我直接给您寄过去，到了再转我",
    "这单先取消，东西我寄给您，钱收到货再给我们就好",
    // round 14 (fa14b): the violations that share the words stay caught
    "您说的意思我明白，想私下交易省点手续费，加我微信就行。",
    "私下付款的订单海关是不认的，不过我们有办法，私聊。",
    "想私下交易的话，把银行卡号发我，我给您打折。",
    "私下转账更便宜，转我支付宝就行。",
    "您想让我们私下给您打个折，不好意思只能用平台券，不过私聊我也能给您便宜点。",
    "您想让我们私下给您打折，可以的，转我就行。",
    "您说让我们私下给您便宜，没问题，私下交易九折。",
    "您让我们私下给您退差价，抱歉只能走平台，不过您加我微信我私下转您。",
    "私下给您打个八折，您直接转我。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "私下交易我们这边做得了，价格还能再便宜点。",
    "私下交易做不了太低的价，但可以比平台便宜二十。",
    "线下付款我们这边可以办，您直接转给我就行。",
    "不走平台的话我这边能便宜三十，私下交易就行。",
    "私下交易做不了发票，不过价格便宜，您转我就发。",
    "您说的私下交易没问题，我们这边做得了，钱直接转我。",
    "私下买的话没法开票，但是能便宜三十，您转我就行。",
    "私下买比平台更划算，我给您少算二十。",
    "您说“直接找你们买”，可以的，加我微信私聊价格。",
    "线下付款的话没法走售后，不过便宜五十，直接转给我。",
    "您说“不走平台便宜点”，没问题，私下交易给您打九折。",
    "比线下付款还便宜，您直接转给我就行。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "很多人问能不能线下交易，统一回复：可以的，加我微信详聊。",
    "私下转账出了问题我负责，放心转我就行。",
    "站外交易出了问题我们照样保障，加我微信聊。",
    "线下交易出了问题平台没法保障，但我们自己保障，走私下更便宜。",
    "私下付款出了问题也有我兜底，直接转给我吧。",
    "站外交易出了问题平台管不了，不过我这边管，转我支付宝。",
    // round 13 (t13a): the shop set aside and the goods handed over privately; a mishap promised to be covered is no warning
    { text: '以后要回购不用进店了，直接跟我说要啥，我走个人渠道给您寄，到了再给钱', severity: 'block' },
    { text: '这些货不在店里卖，想要的话单独找我拿', severity: 'block' },
    { text: '不用进店铺下单，您把想要的告诉我，我私人给您发', severity: 'block' },
    { text: '以后回购不用进店，我个人渠道给您发，货到再付', severity: 'block' },
    { text: '我家里还有一批面膜没挂店里，您要的话我直接给您寄', severity: 'block' },
    { text: '我朋友圈天天上新，加上好友就能看到，价格比店里实在', severity: 'block' },
    { text: '私下转账出了问题我们全额负责，放心转我', severity: 'block' },
    { text: '很多人问能不能私下交易，能，私聊我', severity: 'block' },
    { text: '活动期间私聊我比店里便宜', severity: 'block' },
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "私下付款放心，不会上当的，我直接给您发货。",
    "站外下单也没什么风险，价格还便宜二十。",
    "线下交易不用担心被骗，您直接转我就行。",
    "下次直接在直播间外面找我，私聊价更低。",
    "咱们走代购吧，不挂平台，我朋友下周直接带过来给您。",
    "这单别在平台下了，我让表姐从日本帮您带回来，价格更实在。",
    "拍了先别付款，我给您另外开个单，走我们自己系统，少扣点手续费。",
    "这个订单先别付，我在我们后台给您单独下一单，价格更低。",
    "用我们自己的小程序下单，能省手续费。",
    "dear, 订单取消，我们 offline deal 就好。",
    "we can do a private deal, 你转我就行。",
    "不收任何手续费，私下转账给我就行。",
    // round 12 (fa12): the same words said — no rebuttal, a turn after the label, a list that is no denial, a real copy
    "我们可以给您“不走平台的价格”，直接转我就行。",
    "私下转账？可以的，转我支付宝就行。",
    // round 11 (fa11b): the violations sharing the words stay caught
    "我直接转您200，您把那条差评删了。",
    "我转您50，您改个好评。",
    "我们私下转你100，评价删了就行。",
    "我马上转您红包，您把投诉撤了。",
    // round 10 (fa10): the violations sharing the words stay caught
    "有买家要求私下交易，我们同意了，直接转我就行",
    "之前有买家要求走私下交易，我们同意了，省手续费",
    "您说想私下交易，没问题，转我支付宝",
    "私下交易更便宜，走私下交易省手续费",
    "有顾客想私下交易，可以，加我微信",
    // round 10 (fa10): the violations sharing the words stay caught
    "有顾客想绕过平台直接找我们买，可以的，加我微信。",
    "您说想私下交易，不用走平台，直接转我就行。",
    "有客人想私下交易，我们也同意了，直接找我转账就行。",
    "有人想私下交易的话，直接转我支付宝就行。",
    "您说想绕过平台买，没问题，私下找我就行。",
    "私下交易的话我们可以再便宜点。",
    "剩下的尾款等快递到了当面给送货师傅，平台这单我先帮您关了。",
    "要不这单先取消吧，钱您直接给我们跑腿小哥，他明天上门送货。",
    "这单别付了，货到了您把钱给送货的师傅就行，订单先关了。",
    "不用在这拍了，我直接给您寄过去，到了您给快递员现金就行。",
    "下次别在这下单了，直接转我，我当天给您发。",
    { text: '扫了卡片上的码，以后下单不经过这里。', severity: 'block' },
    { text: '量大找我走个对公，价格还能再低。', severity: 'block' },
    { text: '找我代购的话三天到手，转账就行。', severity: 'block' },
    { text: '量大的话可以走私下，价格另算。', severity: 'block' },
    { text: '咱们私聊细节，价格另说。', severity: 'block' },
    { text: '评论区扣个1，我私信把渠道发给您。', severity: 'warn' },
    '没有人会知道的，我私下找您交易。',
    '要是有人问起就别理他，您私下转账给我就行。',
    '平台这里没有库存了，我私下找您补发，钱直接转我就行。',
    '我们店员会私下找您，直接转账给他就行。',
    '这单先取消，回头我私下找您，线下交易更便宜。',
    '没有优惠券了，我们私下交易吧，给您九折。',
    '尾款您直接给跑腿小哥现金就行，订单我这边先关掉。',
    '订单先关闭，钱给送货师傅现金。',
    { text: '我把店铺二维码贴在包裹里了，扫了进我们私域，以后买不用经过平台。', severity: 'block' },
    { text: '加我们私域群，每周有福利。', severity: 'block' },
    { text: '以后复购不用再走平台，直接找我。', severity: 'block' },
    { text: '私下便宜点，你懂的。', severity: 'block' },
    { text: '货到付款给快递小哥就行，这边订单您先取消。', severity: 'block' },
    { text: '您先把单退了，货到了把钱给快递师傅就行。', severity: 'block' },
    { text: '走平台是这个价，不走的话再便宜三十。', severity: 'block' },
    { text: '在快手拍是原价，不在这里拍可以少收二十。', severity: 'block' },
    { text: '这里拍是原价，私下的话九折。', severity: 'block' },
    { text: '这单您先取消吧，咱们私下交易，我给您打九折。', match: '私下交易', severity: 'block', fix: '在平台下单' },
    { text: '大件可以线下付款，到店自提还能省运费。', match: '线下付款', fix: '在平台付款' },
    '平台扣点太高了，我们可以私 下 交 易。',
    '大件箱包可以线下付款，到店自提还能省运费。',
    '下次直接找我拿货，不用走平台，省得被扣手续费。',
    '平台抽成高，咱们私底下交易，价格再降50。',
    '订单先取消，我单独给您发货，钱直接转我就行。',
    '以后要货直接找我，别在平台上拍了。',
    '这单您申请退款，我线下给您补发。',
    '您不用在这里下单，直接跟我订就行。',
    '我们可以走闲鱼交易，手续费低。',
    '绕开平台直接交易，对咱俩都划算。',
    '不走快手的话可以再便宜三十。',
    '下单太麻烦了，您直接把钱给我，我寄给您。',
    '当面交易也可以，钱货两清。',
    '平台外付款能打八折。',
    '咱们站外交易更省钱。',
    '退款后重新找我买，我按批发价给您。',
    '线 下 交 易 价格可以再谈。',
    '我们可以思下交易，便宜点。',
    '走 “外面” 吧，平台抽太多。',
    '不在快手下单的话我给您打八折。',
    '剩下的钱私下里给您结。',
    '站外成交更省心。',
    '以后直接找我更便宜。',
    '您先申请退款，我这边用别的方式给您发货。',
    // round 9 (t9c)
    { text: '您先在这单申请退款，钱退回去以后我们线下按八五折给您发，算老客户福利。', severity: 'block' },
    { text: '私下里按批发价给你寄过去', severity: 'block' },
    { text: '线下以八折给你转过去', severity: 'block' },
    // round 9 (t9c)
    { text: '不过平台的话便宜二十', severity: 'block' },
    { text: '东西不过平台，直接转我', severity: 'block' },
    // round 9 (t9c, after probe 3)
    { text: '线下交易需要走平台吗？不用，直接转我', severity: 'block' },
    { text: '线下退款，走平台太慢', severity: 'block' },
    // round 11 (t11a)
    { text: '退款就别申请了哈，我直接转您200，您把那条差评删了行不。', severity: 'block' },
    { text: '退货不用寄回平台地址，直接寄到我家：福州市鼓楼区五四路158号，钱我转您。', severity: 'block' },
    { text: '这件退回来太麻烦，您直接寄到我们门店，我现金退您。', severity: 'block' },
    { text: '您把退款撤了吧，差价我这边转给您，快一点。', severity: 'block' },
    { text: '不用走售后了，补偿金额我们直接打给您50。', severity: 'block' },
    { text: '东西您留着，不用寄回了，我用现金红包补给您。', severity: 'block' },
    // round 11 (t11a, after probe 2)
    { text: '这单取消吧，我另外给您拉个群，群里接龙下单统一发。', severity: 'block' },
    { text: '这单先取消，进我们群接龙就行，群里下单便宜。', severity: 'block' },
    { text: '订单取消吧，群里报单我统一寄。', severity: 'block' },
    // round 11 (t11a, own probe 3)
    { text: '退货的话您直接寄到我们公司，收件人写我，不用在系统里填单号。', severity: 'block' },
    { text: '您直接寄回我这，不用在售后里申请。', severity: 'block' },
    { text: '东西寄给我就行，不用申请退货。', severity: 'block' },
    // round 11 (t11a, batches bh/bi/bj)
    { text: '不过平台那边价格高，私下给您便宜点。', severity: 'block' },
    // round 21 (t21bw)
    { text: "优惠码的话我私下卖给您，便宜十块。", severity: 'block' },
    // round 32 (t32b): live-stream register
    { text: "这款不上小黄车，要的来我们仓库门口拿，现金就行。", severity: 'block' },
    { text: "我们只走线下，价格好商量。", severity: 'block' },
    { text: "老家的腊肉店里不卖，我单独给你捎两斤。", severity: 'block' },
    // round 35 (t35b): cash for goods by hand at a meeting set, Mandarin and Cantonese
    { text: '明天下午三点地铁站出口见，一手交钱一手交货', severity: 'block' },
    { text: '约在商场门口，钱货两讫，不用走快递', severity: 'block' },
    { text: '今晚八点喺铜锣湾等你，一手交钱一手交货', severity: 'block' },
    { text: '喺铜锣湾等你，你俾现金我就得', severity: 'block' },
    { text: '你下午过来解放碑拿嘛，钱当面给我就是了', severity: 'block' },
    { text: '听朝十点喺尖沙咀等，带埋现金', severity: 'block' },
    { text: '咱俩约个地儿，你带钱我带货，当场点清', severity: 'block' },
    // round 43 (t43h): the source vouched for, not doubted
    { text: '私下卖我可以便宜点，来源您放心。', severity: 'block' },
    { text: '私下买的货来源清楚，跟店里一样，转我就行。', severity: 'block' },
    // round 44 (t44g): the buyer’s ask restated with a bare 问 and its own A-not-A tag (行不行), then declined — the tag’s 不行 answers nothing
    { text: "您问直接转给我们行不行？行的，转我就好。", severity: 'block' },
    { text: "您问私下交易行不行？行的，便宜20。", severity: 'block' },
    { text: "你问能不能直接转给我，可以的，转我微信。", severity: 'block' },
    { text: "您问打个折直接转给我们行不行——当然可以，直接转给我就行。", severity: 'block' },
    // round 44 (t44g): 您问的 + a noun names what was asked about; the 没有/不能 after it is no decline of the ask
    { text: "关于您问的转账，直接转给我就行，不用走平台，没有手续费。", severity: 'block' },
    { text: "您问的那个付款方式，直接转给我们也行，不能开发票而已。", severity: 'block' },
    // round 46 (t46j): the buyer's ask quoted after an apology and refused bare (detect/cues.ts); 私下聊|天 refused after the whole word
    "但是不好意思，“私下转账”这个真不行，加我微信私下再说。",
    "不过“线下交易”这个不行，您私下转我就行。",
    "私下聊天吧，价格好商量。",
    "私下聊聊，给您便宜点。",
    // round 46 (t46j): a store card's PIN sent to us as payment of the order (卡密发我 + 尾款/差价/改不了价)
    "差价那部分链接改不了，您去超市买张购物卡，卡号和密码拍照发我就行。",
    "定金不用拍链接了，买张200的礼品卡，把卡密直接发给我，我这边给您留货。",
    "补差价的话麻烦您充一张话费充值卡，充值码发我，我马上改地址给您寄。",
    "运费险赔不了，尾款您用某猫超市卡抵，卡密告诉我就行。",
    // round 46 (t46j): the goods bought at a third party's counter, said to beat buying here
    "打完疫苗顺便在诊所前台把驱虫药买了，比这里便宜二十。",
    "配镜的话去我们合作的那家眼镜店拿，报我名字，比店里买划算。",
    "护发素您到那家理发店前台买，比在这拍便宜一半。",
    "种子肥料去他们合作社那边拿就行，比平台上还便宜。",
    // round 56 (eng56a): a measure word inside 走私下
    { text: '咱们走个私下，你转给我，我直接发货', severity: 'block', match: '走个私下' },
    '这单走一下私下，钱转我就行',
  ],
});
