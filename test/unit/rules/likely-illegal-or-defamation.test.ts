// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyIllegalOrDefamation from '../../../rules/checks/likely-illegal-or-defamation';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyIllegalOrDefamation, {
  valid: [
    // round 67 (engfa67): a fraud noun after a bare 是 with the buyer warned off; a controlled thing's sale said impossible
    '所谓的彩票内部消息是骗局，不要上当。',
    '防身用的甩棍是管制器具，不能卖给您。',
    // round 67 (engfa67): a scam called out and the buyer sent to report it (请报警, 96110, 请举报)
    '网上说稳赚不赔的彩票群都是骗人的，遇到请举报。',
    // round 66 (engfa66): the shop's own goods said to come in through customs lawfully, a grey trade denied beside it
    '我们的货都是海关报关进来的，不是水货',
    // round 65 (engfa65): a practice held at a distance (所谓, 那种, 网上卖的), called a risk, the buyer sent the safe way
    "所谓不用处方就能买的降压药风险很大，请一定遵医嘱用药。",
    "所谓不用处方的安眠药风险很大，请一定遵医嘱。",
    "网上卖的那种不用处方的减肥药风险很大，千万别买。",
    "那些说不用处方就能拿到的激素药膏伤身，千万不要用。",
    // round 65 (engfa65): a home health monitor and the hospital trip it spares; an over-the-counter medicine with its directions
    "这款血压计在家就能测，平时监测不用去医院，数值异常还是要找医生。",
    "血糖仪配的试纸是50片装，在家扎手指就能测，不用每次跑医院。",
    "血压计买回去不用去医院校准，出厂已经校准过了，一年后可以寄回售后检测。",
    "这款电子血压计老人自己在家就能用，不用去医院排队量，大屏语音播报。",
    "雾化器在家就能做雾化，不用天天跑医院。",
    "有了这个血氧仪，不用去医院也能测血氧。",
    "家里备个血压计，就不用总往医院跑了。",
    "布洛芬是非处方药，头疼的话按说明书吃，超过三天不缓解要去医院。",
    // round 54 (eng54c): the shop's own loyalty gift handed out by the system
    "我们店在做会员回馈活动，满三单送一支试用装，系统会自动发放",
    // round 54 (eng54c): the market warned of and ours declared; 原单 as the buyer's original order split
    "现在网上假冒这款的不少，买的时候多留意一下，我们家的货都是正规报关进口的",
    "这两件是从您原订单里拆出来的子订单，会一起发货",
    // round 51 (fa51): 烂 of ripe produce
    "牛油果捏着软到快烂的那种才好吃，到了先放几天",
    "柿子要熟到快烂的那种才甜，收到别急着吃",
    // round 48 (t48h): 中了 of a pick (挑中了, 选中了, 看中了), read plain — not a win
    '您一眼就选中了我们家最经典的那件，眼光真好',
    '您看中了的那双鞋还有货，38码明天就能发',
    '挑中了哪个颜色备注一下，我们按备注发',
    // round 48 (t48e): a wearable stand-in for a body change (not past a check, not with an unlawful tie)
    "不想打耳洞的话可以戴我们的无耳洞耳夹，戴上跟真打的耳洞一样，看不出来。",
    "这款纹身贴贴上像真纹的一样，洗澡也不容易掉，三天后用卸妆油擦掉就行。",
    // round 47 (t47g): another shop's item told apart from ours as another grade or use, asked about, no verdict
    "您问的隔壁那家是十年陈的黄酒，我们这款是三年的，不同等级的东西，喝法也不一样",
    "他们家那款是专业级的相机包，跟我们这款用途不同，您看需要",
    "您说的那家卖的是有机认证的大米，比我们的贵一倍，定位不一样",
    "那家的是礼盒装的茶，我们是口粮茶，喝法不同",
    // round 47 (t47e): grey goods of unknown origin refused by the shop; another shop's pack or size set beside ours, no side taken
    "没报关的那种货我们一律不进，您放心。",
    "您提到的那种没检疫的进口牛肉我们从来不碰，还是建议您走正规渠道买。",
    "对面那家是200克装的，我们是500克装，单价算下来差不多，看您需要。",
    "他们家是30片装，我们是60片装的同款，折算单价一样，看您用量。",
    // round 45 (t45k): padding put in the parcel against damage (packingPadded)
    "已发出📦 箱子里垫了两层气泡膜，摔不坏，放心～",
    "快递盒里垫了珍珠棉，摔不坏的",
    "瓷碗每只都裹了气泡膜，四角加了护角，路上磕不到",
    // round 44 (t44d): another platform's service named as theirs beside our own route (theirServiceToldApart)
    '您问的是闲鱼那种验货担保吧？那是他们平台的服务，我们这边有问题的话走快手的售后流程。',
    '您说的是京东那种价保吗？那是他们平台的规则，我们这边价格问题走快手的售后流程处理。',
    '那是人家那边的做法，我们这边退款走平台的流程就行。',
    // round 43 (t43b): a rival's papers vouched for as checked and sound
    '隔壁那家的车检报告我们看过，都正常',
    '隔壁店的质检报告我们也看过，没问题',
    '对面那家的检测报告我看了，数据都合格',
    // round 42 (t42h): the grey trade's goods turned away (greyTradeRefused)
    '水客的货我们不收，每台相机都有报关单。',
    '走私货我们一律不碰，全部一般贸易进口。',
    '水客带的东西我们从来不要，都是正规清关。',
    // round 42 (t42f): a blade's own upkeep told (bladeCareTold)
    '开刃服务我们店没有，包装里附了一根磨刀棒，每次用之前轻轻拉三到五下就行。',
    '刃口钝了用磨刀石修一下就行，别进洗碗机。',
    // round 42 (t42c): the buyer's charge against the shop denied with its cause
    "您问我们是不是在'割韭菜'——不是的，这次涨价是因为日元汇率变了，进货成本涨了百分之八，老订单还按原价发。",
    '您问我们是不是在坑人——不是的，这次涨价是因为关税调整了，老订单按原价发。',
    '你说我们是不是故意涨价，不是的，是因为进价涨了。',
    // round 41 (t41a): another shop's goods never tried and not judged; the shop's own import papers; jade told by its trade grade
    "您说的'宝贝行'？说实话，我们没买过他们的，不好说",
    '他家的东西我们没用过，真不好评价',
    '亲，顺便说一下，我们的奶粉都有报关单，放心',
    '顺便说一下，我们的奶粉都有报关单哦',
    '这只镯子是老坑的高货，冰种飘花，价格贵一些',
    '我们家的高货，种水都很好',
    // round 40 (t40i): a kind called controlled or banned and refused by the shop (detect/warning-frame.ts controlledRefused)
    '蝴蝶刀、弹簧刀属于管制刀具，我们店不卖，只有厨房用刀。',
    '甩棍、指虎属于管制器具，我们店不卖，只有登山杖。',
    '气枪属于违禁品，本店不卖，只有积木枪。',
    // round 40 (t40j): a controlled item named and refused; goods kept from children; the buyer's claim about a rival declined
    '防身用品我们只有防狼报警器和求救哨，甩棍、电击器属于管制器具，店里不卖',
    '国内禁止添加的成分我们一律不加，有检测报告',
    '蝴蝶刀、弹簧刀属于管制刀具，我们店不卖，只有厨房用刀。',
    '这本写真集封面尺度有点大，不适合孩子看',
    '您说隔壁那家全是假货？这个我们不好评价。',
    // round 40 (t40b): a personal-item declaration told, the tax waived within the allowance (detect/allowance-told.ts)
    '报关单写的是个人物品，额度内不用交税',
    '申报的是个人自用物品，在年度限额以内不用交税。',
    // round 39 (t39n): another shop's kind told fairly (detect/other-shop-fair.ts); 资源 as a seed or plant stock
    '隔壁那家其实是快手自营店，我们是个人店铺',
    '对面那家属于品牌官方旗舰店，我们是授权的小店，价格会有点差别。',
    '我们是种业公司，种质资源丰富，品种多',
    '这批番茄种子发芽率高，资源有限，私信下单',
    '多肉种苗资源不多了，喜欢的在链接里直接拍。',
    // round 39 (t39l): the buyer's report against another shop passed to the platform's channel, no verdict on it
    '您举报的那家店我们可以帮您联系平台',
    '投诉那个卖家的话可以走快手的举报入口',
    '您要投诉的那家商家，可以在快手的投诉入口提交，我们也可以帮您反馈给平台',
    // round 38 (t38j): the registration the goods' use needs, told as a fact (detect/use-needs-paper.ts)
    '无人机户外飞需要实名登记，室内飞不需要，您先买来玩玩也完全可以',
    // round 38 (t38i): beads resized or re-strung as after-sales service, whatever the material
    '手串圈口小了可以寄回来，我们给您加一颗珠重新穿好。',
    '手串绳子旧了寄回来给您免费换绳重穿。',
    // round 37 (t37g): the flight kept away from a restricted site, an open place allowed beside it
    '小区空地飞一飞没问题，禁飞区一定不要飞',
    '郊外随便飞，军事管理区附近别靠近就行',
    '楼下广场随便飞，机场附近千万别靠近',
    // round 37 (t37f): the prescription kept as the condition of the sale
    '这个药我们不可能不看处方就卖，麻烦您上传一下处方。',
    '处方药需要凭医生处方购买，请先上传处方照片。',
    // round 36 (t36g): beads of a lawful wood or stone praised by their look; a gift card written for the order
    '小叶紫檀的手串，纹理很清晰，很好看。',
    '贺卡上想写的话备注给我们，手写好随包裹寄出。',
    // round 36 (t36a): another shop's goods left unjudged, the buyer sent to compare
    '那家的蚕丝被我们没用过，您可以对比一下检测报告。',
    '别家的鱼线我们不了解，您按需要选就好。',
    '隔壁的咖啡豆我们没喝过，不好评价，您可以比较一下产地和烘焙日期。',
    // round 36 (t36d): a device's stick, pointer or picture said to drift (飘 of a device, not a high)
    '摇杆的死区调到百分之五左右，手柄就不会乱飘了。',
    '鼠标光标一直发飘的话，换个鼠标垫试试。',
    '云台没校准的话镜头画面会飘，开机前放平就好。',
    // round 35 (t35f): a third party warned off and called a scam
    '千万别信那些说能帮您解封的人，全是骗钱的。',
    '别加那些陌生人拉的群，都是骗钱的。',
    // round 35 (t35c): a costume prop named as goods (detect/costume-prop.ts)
    '吸血鬼獠牙要用热水软化后再贴合牙齿，别用开水，会烫嘴。',
    '万圣节的假血是食用色素做的，沾到衣服上用清水就能洗掉。',
    // round 34 (t34a): plain service sentences whose score was their function words alone (minGram)
    '老顾客就是懂货，一眼就挑中了我们家最好卖的那款',
    '扣子要是掉了，我们再给您寄一颗同色的。',
    // round 34 (t34a): a courier's service fact, and another shop told apart by its line (no verdict on either)
    '那个物流周末不派送，我们给您改成京东了。',
    '原来的快递这两天停收，我们改发中通，单号晚点同步。',
    '那家店专门做欧美彩妆，我们这边主做日韩护肤，侧重点不一样，您看需要选。',
    // round 33 (t33a): the buyer warned off an unlawful act, called unlawful (detect/warning-frame.ts warnsOffUnlawful)
    "打牌图个开心，千万别赌钱，赌博是违法的",
    "斗地主玩玩就行，千万别上头押钱，违法的",
    // round 31 (t31d): the goods declared truly and their duty paid
    '澳门带回来的这批我们都如实申报了，该交的关税都交了。',
    '从韩国带过来的货都是正规报关，增值税一分没少交，完税证明可以给您看。',
    // round 31 (t31c): the buyer's orders merged into one parcel
    '您下的两单地址一样，我们合成一个包裹寄出可以吗？',
    '这两单我们合在一起寄，运费只收一份，您看行吗？',
    // round 24 (t24c): a wink at a hardship shared with the buyer
    "懂的都懂，夜奶太熬人了，这款奶粉冲得快",
    "姐妹们懂的都懂，熬夜带娃太辛苦了，这款眼霜夜里省事",
    "新手妈妈懂的都懂，夜里喂奶太熬人了，这个温奶器很省事",
    // round 23 (t23c): the shop's own shortfall apologised for; food praised for its taste
    '我们的服务连别家都不如，真的很抱歉',
    '说实话我们这次发货速度连隔壁都不如，给您添麻烦了',
    '这款辣条特别的香，吃了很上头，回购的人特别多',
    '牛肉干很有嚼劲，吃了停不下来，追剧必备哦亲',
    '这款软糖酸酸甜甜的，吃了心情都变好了呢亲',
    // round 22 (t22cc): a freebie or free gift-wrap with nothing asked back; review bait refused by rule and practice
    '打包的小哥手快多放了一支小样，就当送您的小惊喜😄',
    '给您爸爸的礼物我们可以包成礼盒哦，备注一下就行，不额外收费',
    '平台禁止商家刷单，我们也不搞这些，放心评',
    // round 20 (t20bt): Kuaishou's own share text (unless OWN_SHARE); the invalid rows below still warn
    "复制此消息，打开【快手】即可查看：南山小铺 新品合集",
    ...EVERYDAY_REPLIES,
    '跨境商品每年有两万六千元的个人额度，超出的话海关会退单，钱会原路退回。',
    '别家的情况我们不了解，不方便评价，我们家的货都有海关报关单可以查。',
    // round 41 (t41m): the buyer sent to a hospital or pharmacy for a prescription drug the shop does not sell; an elder's hearing explained kindly
    '处方药平台不让上，需要的话请到医院开',
    '这类药我们不卖，建议您去药店买',
    '老人耳背的话，铃声调到最大，别怪他们听不清',
    // round 46 (t46h)
    "那家我们也尝过，他们是偏辣的川式做法，我们是偏鲜的粤式，没有谁好谁坏，看个人口味。",
    "我们和那家的工艺不同，他们是手工缝的，我们是机器锁边，每家工艺不同，您按喜好选。",
    "隔壁的香薰走的是木质调，我们家偏花香，各有各的风格，您可以都闻闻。",
  ],
  invalid: [
    // round 67 (engfa67): …but ours set apart as the real one, or a private way left open
    '别人说的彩票内部消息是骗局，不要上当，但我们的内部消息是真的，跟着买稳赚。',
    '防身用的甩棍是管制器具，不能公开卖，私聊给您发。',
    // round 67 (engfa67): …but the scheme's promise passed on with a way in
    '赌博平台说稳赚不赔，我这有个群，您来试试。',
    // round 66 (engfa66): …but with a turn or a smear beside it
    { text: '我们的货都是海关报关进来的，不是水货，别家那些不好说', severity: 'warn' },
    // round 51 (fa51): 烂 of ripe produce
    "他家卖的都是快烂的那种芒果，吃了拉肚子",
    // round 48 (t48h): a pick (看中了) read plain still warns with a customs dodge beside it
    '看中了哪款就私聊我，海关那边我们有人，不用交税',
    '您挑中了的那几件，我们拆成几个包裹按礼品报关，懂的',
    '相中了这款的话跟我说，我们拆开分批寄，海关查不到',
    '您看中了这几瓶，我们找人随身带进来，省关税',
    '看中了这只表的话我们这边走水客带回来，不用过海关',
    // round 48 (t48e): near-misses of a wearable stand-in for a body change (not past a check, not with an unlawful tie) — still caught
    "假睫毛戴上跟真睫毛一样看不出来，胶水是那种国内禁用的强力胶，粘得特别牢",
    "纹身贴贴上像真纹的，颜料里加了点国家不让用的东西，所以颜色特别正",
    "隐形耳夹戴上跟真打了耳洞一样，我们是从海关那边夹带进来的，没报关",
    "假发戴上跟自己的头发一样，发丝是从医院那边弄来的，来路您别问",
    "双眼皮贴贴上跟割的一样看不出来，里面的胶是没批文的三无产品，效果特别猛",
    // round 47 (t47g): near-misses of another shop's item told apart by grade or use — a verdict beside it, still caught
    "他们家那款跟我们用途不同，而且来路不明，小心上当",
    "那家卖的燕窝跟我们定位不一样，他们那种都是糖水泡的，坑人",
    "别家的跟我们等级不同，他们那种是翻新货",
    "对面那家的和我们的用法不一样，他们那是智商税",
    "那家的蜂蜜跟我们不同等级，他们那种是糖浆兑的，吃了对身体不好",
    // round 47 (t47a): seven rows moved to illegal-content and defame-merchant, whose word rules now catch them
    // round 47 (t47e): near-misses of grey goods of unknown origin refused by the shop; another shop's pack or size set beside ours, no side taken — still caught
    "隔壁那家是60粒装的，我们是120粒装，他们那种都是假货，吃了没用。",
    "他们是50片装的，我们是100片装，单价一样，但他们家的来路不明。",
    "他们是30包装的，我们是60包装，单价差不多，不过他们那家货都是翻新的。",
    // round 45 (t45k): …not with something hidden, customs or a wink beside the padding
    "包装里加了气泡膜防震，里面藏了点别的，安检查不出来",
    // round 44 (t44d): …not with a verdict on them beside it
    '得物的鉴定就是骗钱的，那是他们平台的服务，我们这边走快手售后。',
    '那是他们平台的服务，假货一堆，我们这边走快手的售后就好。',
    '那是他们平台的规则，说白了就是割韭菜，咱们这边按快手的流程来。',
    '那是对方平台的服务，跑路是迟早的事，我们这边走快手售后。',
    '那是他们家的活动，其实都是骗人的，我们这边按平台的规则来。',
    // round 43 (t43b): a rival's papers named, then undercut or found false
    // Round 56 (lead, retrain): the model no longer flags 对面那家的检测报告我看了，数据都是编的 and no word rule does: lost (the retrain's
    // held-out net: +13 caught, −4 false alarms).
    '隔壁那家的车检报告我们看过，都正常，不过他们车况一般',
    '隔壁那家的年检报告我们看过，都正常，那是托关系办的',
    // round 41 (t41a): …not with a verdict after the decline, nor the rival's goods called refurbished, nor another shop beside the papers
    { text: "您说的'宝贝行'？说实话，他们的都是翻新货", severity: 'warn' },
    { text: '顺便说一下，我们的奶粉都有报关单，别家那些不好说', severity: 'warn' },
    // round 40 (t40j): …but a content advisory with more offered on the side, or a claim vouched for, still warns
    '写真集尺度有点大，不适合孩子看，想要无删减版的私聊',
    '您说隔壁那家全是假货？说实话，确实是，他们进的都是仿的',
    // round 39 (t39n): …but a verdict on the other shop, or seeds smuggled past quarantine
    '隔壁那家其实是快手自营店，但他们家卖的东西来路不明',
    '隔壁那家是快手自营店，我们是个人店铺，他们那边坑人',
    '这批种子是国外带回的资源，不用检疫，私信下单',
    '这批种子资源是夹带回来的，私信下单',
    // round 39 (t39l): …but with a verdict on the other shop beside it
    '您举报的那家店我们帮您联系平台，那家套路多，别去买',
    '投诉隔壁那家的话走快手举报入口，他家东西割韭菜',
    // round 38 (t38j): …but with the way around it beside
    '无人机户外飞需要实名登记，不登记也没人查，您先买来玩玩',
    // round 38 (t38i): …but not with the parcel's name hidden from customs beside the restringing
    // round 37 (t37g): the restricted site warned off, with a way around it beside
    { text: '机场旁边千万别去，不过晚上偷偷飞也没人查', severity: 'warn' },
    { text: '禁飞区最好别去，懂的都懂，晚上没人查', severity: 'warn' },
    // round 36 (t36g): …but not with the parcel's name hidden from customs
    '老料黄花梨的手串，海关那边不写品名，懂的。',
    // round 36 (t36a): …not with hearsay against them beside it
    '那家的蚕丝被我们没用过，但听说里面是化纤的。',
    // round 36 (t36d): …but a person's high beside a device word still warns
    '打游戏前闻一下这个，摇杆都不想碰，整个人飘飘的。',
    '玩手柄累了抽两口这个，人都飘起来了，懂的。',
    // round 31 (t31d): …but not with an evasion, a wink or another's name beside the declaration
    '从澳门带过来的货我们都按礼品报，需要交税的都交了。',
    '香港带过来的货我们都如实申报，需要交税的都交了，懂的都懂。',
    '香港带过来的货我们一般都拆开分批寄，需要交税的都交了。',
    // round 24 (t24c): …but not with a hint, customs, tax or a private deal beside it
    "懂的都懂，海关那边太操心了，我们有办法",
    "懂的都懂，带娃太累，我私下给您便宜点",
    "懂的都懂，熬夜太辛苦，特殊的那种提神的我也有",
    // (round 48, t48a: "懂的都懂，报关太操心，税我们帮您省了" moved to illegal-content.test.ts — the duty-saved word cue catches it)
    // round 23 (t23c): …but others smeared beside the apology, or the food's effect or harm told, still warn
    { text: '我们服务是不如别家，可别家卖的都是过期货，抱歉直说', severity: 'warn' },
    { text: '我们虽然发货连隔壁都不如，但隔壁那家全是假货，不好意思', severity: 'warn' },
    { text: '这款糖果特别的香，吃了整个人都飘了，懂的来', severity: 'warn' },
    // ('这款软糖酸酸甜甜的，吃了整晚都睡得特别沉' moved to illegal-content.test.ts in round 48, t48g: the word rule catches it)
    { text: '我们还准备了特别的东西送您，吃了很开心哦', severity: 'warn' },
    { text: '我们家老板认识海关的人，有些东西走我们这边就不用交税，价格能便宜一大截。', severity: 'warn' },
    { text: '快手这平台就是坑商家的，规则天天变，您也别太信平台的那一套。', severity: 'warn' },
    // round 35 (t35c): the monster word naming other merchants
    { text: '吸血鬼商家才卖这么贵的獠牙，我们家良心价。', severity: 'warn' },
    // round 46 (t46h)
    // round 65 (engfa65): …but a drug given with the monitor, a cure claimed, or the supplement as a cover
    "这个血压计送的降压药不用去医院开，直接拍就行。",
    "血糖仪我们送胰岛素针，不用去医院开处方，在家自己打。",
    "有了这个血压计，降压药可以停了，不用去医院。",
    "这个血氧仪能治好肺病，不用去医院了。",
    "没处方也行，拍“维生素C”那个链接，发您要的那个",
    "那个药我们能发，不用去医院开，装在维生素瓶子里寄，收到按我说的顿数吃，一般三天就下来了。",
    "保健品吃两盒肿瘤会自己缩小，医院都不敢说的，我们家好多客户验证过。",
    // round 65 (engfa65): …but made light of or turned back to an offer
    "那种不用处方的降压药风险很大，不过我们这款没事，放心买。",
    "所谓不用处方的安眠药风险很大，但要的话私聊我。",
  ],
});
