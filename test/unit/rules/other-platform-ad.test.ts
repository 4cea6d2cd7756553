import rule from '../../../rules/checks/other-platform-ad';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): where the buyer already bought, named to turn down our after-sales for it
    "没有官网下单这种说法，您在快手以外的网站买到的我们没法售后。",
    "您在其他网站买的我们没法售后。",
    "您在别的网站买的东西我们不负责退换。",
    // round 62 (eng62b): the shop's own words for itself (本店 / 小店 / 咱店 / 敝店) with a denial, a warning or our own platform — still clean
    '京东上本店没有开店，只在快手',
    '拼多多上本店没有同款，只在快手卖',
    '淘宝上搜到的小店都不是我们',
    '抖音上叫本店名字的账号是冒充的，别去关注',
    '别去围脖上搜本店，那些号都是假的',
    '某宝上本店同款的链接是盗图的，不是我们',
    '小店的同款只在快手有，别的平台没有',
    '本店只在快手开店，其他平台没有分店',
    '其他平台上用本店名字的都不是我们',
    '抖音上有人冒充本店，请不要相信',
    '京东上的那家店跟本店没有关系',
    '您在拼多多买的那单不是本店发的货',
    '本店在快手上每晚直播，欢迎来看',
    '围脖上说本店卖假货的帖子是造谣，我们已经报警',
    // round 54 (eng54c): a namesake there asked back bare and disowned at the next sentence's start
    "拼多多上也有个一样名字的店？那不是我们家，本店只在快手开",
    // round 52 (cf52/il52): a code on the goods checked on a brand's site; masked platform names (小X书, 抖x) and 孔夫子旧书网; an account seen there said to be ours
    "包装盒侧面的序列号可以去品牌官网搜一下，对不上的话联系我们。",
    "您在小红书看到的那个博主不是我们家的哦，我们只在这里卖。",
    // round 49 (t49d): a setting or feature opened in an app, nothing bought there
    '这款台灯在App里开启护眼模式就不闪了',
    '打印偏暗的话，App里打开“亮度补偿”功能再试一次',
    // round 48 (t48f): a neighbouring shop named in quotes with no one sent there
    '旁边那家“便利蜂”晚上关门早，快递建议放驿站',
    '我们对面那家“肯德基”中午排队，骑手取餐会慢一点',
    // round 48 (t48f): a relative's quoted shop with no referral or go-there, or our own name's story
    '“小鹿童装”是我朋友开的，不过跟我们店没关系，您在这边下单就好',
    '“安心药房”是我姑姑开的，她说这个药要遵医嘱服用',
    // round 48 (t48f): a delivery app named by the buyer's story or as somewhere we are not, nothing to order there
    '您用那个蓝色外卖软件下的单，是那边的售后，我们这边查不到',
    '我们店不上外卖平台，只在快手卖，您放心',
    '外卖平台的订单我们这边看不到，麻烦您联系那边的客服',
    // round 47 (t47e): a device's companion app bound by scanning the device's own code
    "应用商店搜“HomeCam”下载App，扫设备背面的码就能配网，全程两分钟。",
    "下载“PetFeed”App后，扫机器底座上的二维码即可绑定，喂食时间在App里设。",
    // round 47 (t47b): our brand's history or a price named there, no shop of ours to go to
    '我们自家品牌是在天猫起家的，后来才来快手',
    '我们自家品牌在天猫的价格是参考价，这边更优惠',
    // round 44 (t44c): a software licence the goods come without, sent to its maker's site to buy — unless a lure or our own site
    "电脑不带系统，Windows激活码请去微软官网购买，我们这边不提供。",
    "修图软件需要您自己去官网买授权，笔记本本身不附带。",
    "显卡不送游戏，游戏本体请到官网购买正版序列号。",
    // round 44 (t44d): a namesake disowned with us as the subject; what goes on there beyond our knowledge (outOfView)
    '本店和淘宝上那家同名店铺没有任何关系，那边的售后我们管不了。',
    '我们家跟拼多多上那个同名的店不是一家，没有关联，那边的售后得找他们。',
    '京东那边的活动价我们这边也不了解，以这里页面为准。',
    '抖音那边的直播福袋我们不知道，我们没在那里开过店。',
    // round 44 (t44f): our own avatar or name told; the buyer's question about a shop's avatar answered with no redirect
    '点我们头像进店铺，就能看到新到的花生酱。',
    '我们店名四个字，头像是一只橙色小熊，别认错了哦。',
    // round 43 (t43a): the word inside a quoted shop name searched for in Kuaishou itself (nameSearchedInKuaishou)
    '最省事的办法是在快手里搜店名“北欧母婴严选”，或者点我们头像进店铺首页关注一下。',
    '下次回购直接在快手上搜“山野茶园严选”就能找到我们店。',
    '您在快手app里搜索店铺名称「宠物粮严选铺」，进店就能看到这款。',
    // round 43 (t43e): 抖 and 淘 as words, or the buyer's quoted 抖
    '手别抖，上次那个就是摔的',
    '拿稳了别抖，淘米水洗一下就干净',
    '您说的“抖”是指包装摇晃吗？正常运输会有点抖动',
    // round 42 (t42f): 围脖 as a scarf, 海鲜市场 as a market, a namesake there disowned, the buyer's report
    '冬天送您一条围脖当赠品，颜色随机。',
    '您织的围脖很好看，我们也去看看毛线。',
    '这批三文鱼是海鲜市场进的货，当天到店。',
    '抖音上那家店名跟我们一样，但和我们没有关系。',
    '围脖上有人冒充我们，别信，我们只在快手卖。',
    '在店铺首页搜我家围脖就有链接',
    '喜欢的话可以关注我家围脖的上新，链接在小黄车',
    '别去我们围脖看，那个号被盗了',
    // round 41 (t41l): the described place only as the buyer's story, our main page here
    "您说在那个黄色图标的二手软件上看到过我们的同款？那不是我们开的。",
    "我们的店只在快手开，去我们的主页看看就行，在快手小店里。",
    // round 39 (t39i): YouTube and JD by their nicknames (油管, 东东) — a tip, a thing, the buyer's own order
    "油管上有很多测评视频，您可以参考一下。",
    "这个小东东很好用，孩子都喜欢。",
    "您在东东上买的那单不是我们店的，售后需要联系那边的商家。",
    // round 39 (t39l): the buyer's own account not found on the other app, the talk kept here
    '抖音上搜不到您的账号，有事在这里说就行',
    '小红书上搜不到您的号，麻烦在这里留言',
    // round 39 (t39d): the buyer's search there told back, others' posts there
    '您在那本红色的书上搜“小林家居”看到的测评是别家的。',
    '那本红色小书上有人晒了这款的测评，挺真实的。',
    // round 38 (t38i): 拍 of a camera filming beside its app, not a purchase
    '邻居担心被拍到的话，可以在App里把他家那块设成隐私区域',
    '镜头拍不到别人家，想再缩小范围可以在App里调角度',
    // round 38 (t38b): a device's app that connects it (APP也能连) is no shop, even beside a brand whose name holds 拍
    '记录仪的APP也能连，功能都一样，盯盯拍那边贵三百',
    // round 37 (t37f): a device's companion app registered to set the device up, no buying there
    '手表的配套App要用手机号注册，注册后能看睡眠数据。',
    '扫地机的App注册一下就能设置清扫区域，这是厂家的正常流程。',
    '音箱品牌App需要注册账号，注册完可以调音效。',
    // round 36 (t36b): the buyer's story on another app, a courier app with its tracking number
    "您在那个二手App上看到的同款不是我们家的。",
    "下载那个物流App，输入快递单号就能查。",
    // round 36 (t36c): a namesake on another platform disowned (和我们没有关系, 跟本店无关, 不是我们开的), not one sent to
    "抖音上同名的号跟本店无关，请认准快手店铺",
    "小红书上那个同名的店不是我们开的，别上当",
    "拼多多、淘宝上的同名店铺和我们没有任何关系",
    '品牌在天猫有官方旗舰店，跟我们店没有关系。',
    // round 35 (t35a): one search there reported by the buyer, or a search engine for an answer
    '您在淘宝一搜就有，是吧？我们这是保税仓直发的正品。',
    '这个用法在百度一搜就有答案。',
    // round 33 (t33c)
    "手表连不上的话，先在手机蓝牙里忽略旧设备，再从app里重新配对。",
    "耳机固件要在品牌app里升级，升级完重新搜一下就能连。",
    // round 32 (t32e): a storefront there disowned or only content there; the bonded warehouse is no tax utility
    '您在B站看到的橱窗不是我们开的，我们只在快手卖',
    '我们B站的账号只发开箱视频，不卖货',
    // round 32 (t32c): the price gap there given its reason
    '拼多多上那家便宜是因为是内贸版，跟我们这款不是同一个。',
    // round 32 (t32c): the redirect itself disowned, and the cheaper one there told apart as another version
    '淘宝上的价格我们管不了，也没必要去那边比，这款在我们店是保税仓直发。',
    '别的平台卖多少我们不清楚，不会叫您去别处买，喜欢就在这拍。',
    '京东那款便宜是国内版，跟我们这款不是一个版本，您看需求选。',
    '天猫上那个便宜些的配方有区别，我们这款是日本本土版。',
    // round 31 (t31b, probe): someone else's shop there; the search there said to find nothing of ours
    '品牌官方会在其他平台开店，跟我们店没有关系。',
    '有的商家也在其他平台开店，价格我们不评价。',
    '您在别的购物平台搜不到我们的，我们只在快手开店。',
    '您在那个二手平台搜我们店名搜到的不是我们，我们只在快手开店。',
    // round 31 (t31b): a platform told by a word of its name or a site by its icon, with no shop of ours sent to; a built thing not a shop
    '您说在名字里带“多多”的平台看到更便宜的，那不是我们家，别人的价格我们不评价。',
    '那个视频网站上的测评是博主自己做的，跟我们没关系。',
    '我们自己建了个小仓库，发货更快。',
    '您在那个红色图标的视频网站上看到的同名号不是我们的，请注意辨别。',
    // round 30 (t30d): another platform's escrow described, compared or refused; our other account warned of
    '我们不支持走淘宝担保，请在快手下单',
    '闲鱼担保交易的规则是买家确认收货后才打款',
    '淘宝担保交易和我们平台的保障差不多，都在平台内完成，放心',
    '有人冒充我们小号私信您，请别信',
    '我们小号已经封了，以这个店为准',
    '您是不是用小号下的单？',
    // round 30 (t30a, probe 3): a mascot that is a product, our own mall, the buyer's report or an impostor there
    "那只狗的玩具我们也有卖，在店铺第二页。",
    "我们的商城里有旗舰店专属券。",
    "您说那本红色的书上我们店的测评不好，我们会改进。",
    "那个红色的书上我们店被人冒充了，请认准快手店铺。",
    // round 30 (t30a, probe 2): food and chores, not nicknames; our stream there stolen or denied, or a report disowned; a described app in someone's words
    "红薯上锅蒸二十分钟就软了。",
    "烤红薯里加点黄油更香。",
    "抖抖上面的灰再穿，面料不会起球。",
    "您那个小红本上记的尺码不对，以这边为准。",
    "抖音上我们直播的视频被人盗用了，已经投诉。",
    "抖音上我们没直播，只在快手播。",
    "您说抖音上我们每晚直播？那不是我们。",
    "快手上我们每晚八点直播，记得来。",
    "您说在那个二手软件上看到有人挂了同款，不是我们。",
    // round 30 (t30a): a nickname that is an ordinary word here, the buyer's report disowned, a place run down, a brand's site
    "优惠多多，上新不断，欢迎常来店里逛逛。",
    "多多关照，有问题随时在这里找我。",
    "多多少少有点色差，您介意可以退。",
    "小黄鱼上锅蒸十分钟就好，这款酱汁配海鲜正合适。",
    "这首歌的音符上有个小错，我们改好再发您。",
    "您说在“多多”上看到更便宜的，那不是我们家，我们只在快手开店。",
    "去闲鱼买二手的没保障，还是在这下单吧。",
    "品牌官网更便宜，但不发国内，地址在品牌简介里。",
    "官网更便宜是因为不含税，我们这是含税价。",
    "您说的那本红色的书上的测评我们也看过，那边有人说偏干。",
    // round 23 (t23dy): a shop named in quotes — the buyer's words, our own shop, a courier's counter, a namesake disowned
    "您说的“贝贝乐母婴”门店我们不太了解，这款在本店有现货。",
    "本店“日淘小铺”今天上新了，关注一下店铺就能看到。",
    "寄回时可以去附近的“顺丰”门店寄，运费我们承担。",
    "网上有个“悉尼优选”店冒充我们，请认准本店。",
    // round 23 (t23dy): a discount by 折 over there, with the comparison declined (NEUTRAL 没法)
    "其他平台的八折我们没法比，这边是保税仓直发。",
    // round 21 (t21bw)
    "我们只在快手开店，您要是在别处见到同名店铺，下单前先核实一下。",
    // round 20 (t20do): other platforms sell it too, this shop's page set as the measure (HERE_STANDARD)
    "这款精华在别的平台也有卖，以本店链接价格为准哈",
    // round 20 (t20bt): how they sell there left unjudged (NEUTRAL 不评价); the buyer still sent there
    "唯品会上也有这款，那边怎么定价我们不评价，这边是保税仓直发。",
    // round 17 (fa17b): 有的店 (some shops) on another platform compared, no shop of ours there (天猫国际有的店卖的是中文版)
    "我们是日本本土版，京东国际有的店卖的是中文标签版，两种都是正品。",
    "天猫国际有的店卖港版，包装不一样，成分相同。",
    "淘宝上有的商家卖的是国内分装的，我们是原装进口。",
    // round 17: presence there denied
    "我们没有实体店，也不在其他平台开店，只在快手小店卖",
    "本店没在别的平台上架，认准这家就行",
    // round 17 (t17b): a friend's ad refused, asked about, or our own listing shared by the buyer
    "我们不帮朋友打广告哦，您放心，这款就在本店买。",
    "您说帮朋友宣传一下？可以把我们店的链接转给朋友。",
    "您可以帮朋友推广一下我们的链接，有优惠哦。",
    "这是给朋友打的广告吗？不是哦，就是我们自己的新品。",
    // round 17: a ticket or booking the shop does not sell, sent to its own official site
    "机票代订我们不做，您去官网买",
    "火车票请您在12306官网购买哦",
    "签证我们办不了，您去使馆官网预约就行",
    // round 16 (t16): an @handle there with an ask / the platform named neutrally
    "您说在微博上看到的活动不是我们店的，请以本店页面为准",
    "品牌在微博上发过声明，我们这批货的批次不受影响",
    "您可以@我们客服，我会第一时间回复",
    "微博上的活动是品牌方做的，和本店无关",
    // round 13 (fa13b, clean-bg): clean probes by phenomenon
    "淘宝上的价格我也看了，确实比我们便宜十几块，主要是我们含税包邮，您可以自己算一下哈。",
    "拼多多上确实比我们便宜一些，因为我们是保税仓发货，价格含税。",
    "京东自营比我们低二十块，差价主要是关税和运费。",
    "有的淘宝店比我们这边便宜，那是因为不含税，我们的价格包含跨境税。",
    // round 13 (fa13b): clean probes by phenomenon (see the rule comments marked fa13b)
    "同款在京东也有卖，但我们这边是保税仓直发",
    "这款面霜在天猫也有售，我们家是海外直邮的，包装略有不同。",
    "这个型号在拼多多上也有卖，不过我们是品牌授权店，售后有保障。",
    "您问的这款在淘宝也有货，我们这边发的是日本本土版。",
    "这套玩具在京东上也在卖，我们这边是从澳洲仓直接发出的。",
    // round 13 (t13a): "there" as the buyer's own past purchase or a place warned against
    "您说在淘宝看到更便宜的，您在那边买的那单我们查不到",
    "有人让您去闲鱼拍，您别去那里买，没保障",
    // round 13 (t13a): the ask restated with the asker named without 有 (买家问, 很多人问) or as 您要我的…, then declined
    "经常有人问能不能去拼多多买，我们不推荐，售后没法保证",
    "有买家问能不能去闲鱼买便宜的，我们不建议，那边货源没法保证",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "您去您常用的淘宝对比一下，我们这是正品保税。",
    "您在淘宝搜“悉尼直邮小铺”买的那单，不是我们家的。",
    "网上那个同名小红书号跟我们没有关系，请以快手店铺为准。",
    "亲，您可以在快手APP内搜索店铺名进店，其他平台同名店铺与我们无关。",
    "您说抖音上有同名的店？那不是我们。",
    "别的平台用我们店名开的店都是冒充的。",
    // round 11 (fa11b): held-out false-alarm phenomena, own wordings
    // round 41 (t41f): the buyer's question about our channel answered by denying we have one
    "您问能不能去我们官网买更便宜？我们没有独立官网，快手小店是唯一的店。",
    "您问小程序是不是更便宜？我们没有小程序，只在快手卖。",
    "你说想去我们的独立站下单——我们从来没有过独立站，就这一家店。",
    "别去官网下单了哈，官网上买还要排队，我们这有现货。",
    "官网买要排队，还是在我们这拍吧，有现货。",
    "去官网下单还得等，别去了，我们这有现货。",
    "官网上买要两周才发，我们这边有现货，直接拍就行。",
    "小程序那边下单要预约，还是在快手拍吧，我们店里有货。",
    "官网上买太慢，咱这现货，今天就发。",
    // round 11 (t11d): short replies
    '淘宝上有假货 别去那买',
    '您在淘宝上有订单吗 去查一下',
    // round 10 (t10b)
    '三文鱼上桌前再撒点盐，口感更好。',
    '鳕鱼上市季节到了，新货已到，您可以下单。',
    '金枪鱼上面的油花就是新鲜的标志，您放心。',
    // round 10 (fa10)
    "跟某宝比我们贵是因为我们含税包邮，您算一下总价其实差不多。",
    "和淘宝比，我们价格高一点，因为都是空运直邮，有优惠券可以抵。",
    "相比京东，我们的优势是日本直邮，包邮到家。",
    // round 8 (t8-283)
    '您说的另一个号不是我们的，请注意辨别。',
    '新号段的手机也能收到验证码。',
    '百度搜“过敏怎么办”能看到很多建议，但最好还是看医生。',
    // round 8 (fa8): generic false alarms
    '这单改走京东了，顺丰那边停发，单号晚点更新。',
    '您那边圆通不派送，我们换成京东发，时效一样。',
    '京东的快递员会先打电话，单号在订单页。',
    '邮政到不了的地址我们用京东发，揽收后有单号。',
    '您的包裹已经转成京东派送，运单号不变。',
    '原本是走顺丰的，但是您的地址顺丰那边这几天停派，仓库改成了京东，时效差不多。单号我发您：JD0012345678901，今天晚上就能看到揽收记录了。京东的派送员一般会提前打电话，记得留意一下来电哈。',
    // round 7 (fa7): generic false alarms
    '听说我们在别的平台也开了店？没有的，我们只在快手开店。',
    "您在购物平台上看到的同款可能不是我们家的。",
    "说明书上写着每天两次。",
    "我们在快手平台上有店，认准店名。",
    "这款在种草平台上很火，不过我们只在这个店铺卖。",
    "您说的那个红色的书上的测评我们也看到了，和我们家没关系。",
    '我们也有网店吗？没有的，只有快手这一家。',
    '我们的App在应用商店搜不到，只能用快手下单哦。',
    '您可以下载快手app，在里面搜我们店名。',
    '下载海关app可以查询清关进度。',
    '您在别的app上看到更便宜的，我们没法比。',
    '淘宝上我们这款卖3个色。',
    '您说淘宝上我们同款只要99？那不是我们的店。',
    '用相机app扫一下瓶身的溯源码就能查。',
    '您复制的那个口令是淘宝的，我们这边用不了哦，快手的店铺券在商品页“领券”里领取。',
    '京东的优惠券在我们这边不通用哈，快手有自己的店铺券。',
    '您在淘宝搜“澳洲小仓”搜到的是别家店，跟我们无关。',
    '您说的淘宝订单号 2023112912345 我们查不到，这边只能查快手订单。',
    '您走淘宝那个链接买的我们这边查不到订单哦。',
    '这款小红书上很火，很多人在🍠上发过测评。',
    '您可以在抖音上搜一下这个牌子的测评视频。',
    '您在📕上看到的测评是真实的。',
    '本单使用京东快递发货，京东物流时效稳定。',
    '您说在别的平台看到更便宜的，我们没法比价。',
    '我们是品牌官方旗舰店，只在快手开了店。',
    '您在淘宝买的那单不是我们店的，售后需要联系那边的商家。',
    '抖音上的测评视频仅供参考。',
    '天猫国际和我们一样都是跨境保税发货。',
    '小红书上很多人推荐这款，确实是爆款。',
    '拼多多上的低价货我们不清楚来源。',
    '这款是独立包装的，一片一袋。',
    '品牌官网上也能查到防伪信息。',
    '我们家的小红书同款粉底液也在店里。',
    '您在快手搜索我们的店铺名就能找到。',
    '多多关照，有问题随时问我。',
    '我们没有在淘宝开店，其他平台的都不是我们。',
    '您提到“拼多多有同款”，可能是不同批次，我们是保税仓直发。',
    '您提到淘宝更便宜，可能是不同规格，我们这边已经是活动价了。',
    '我朋友也在淘宝买过这个牌子，反馈挺好。',
    '我朋友在京东上班，说他们物流很快。',
    '您在淘宝上搜我们店名是搜不到的，我们只在快手开店。',
    '您在抖音上搜到的同名店不是我们，请认准快手小店。',
    // round 9 (t9c)
    '您在小红书聊天记录里看到的',
    '您是在小红书聊过的那款吗',
    // round 9 (t9c, third pass)
    '朋友家的狗也爱吃这款',
    '隔壁仓库今天盘点，发货晚一天',
    '您说隔壁家更便宜，我们这边也可以申请价保',
    '他家的东西我们不清楚',
    // round 11 (t11a)
    '我们自己的app在应用商店搜不到，只能用快手下单。',
    '我们1号店和2号店都是同一个仓库发货。',
    '我们还有个新店在筹备，开业了会通知大家。',
    '我们家没有分店，只有这一家，认准本店。',
    // round 11 (t11a, after probe 2)
    '品牌的防伪查询可以搜资生堂小程序，输入防伪码验真。',
    '您搜快手小店小程序也能看到订单。',
    // round 11 (t11a, own probe 3)
    '您说的那个红色图标的购物软件上也有我们的店？那不是我们开的。',
    // round 41 (t41g)
    '您在别的平台找不到我们的，我们只在快手开店。',
    // round 41 (t41m): a namesake or lookalike on a described platform disowned, nothing to send the buyer there
    '那个砍价的软件上有同款，但店名不一样，跟我们没关系',
    '那个红色的书上有家同名的店，不是我们开的，请认准快手小店。',
    '那个音符图标的平台上有人用我们的图卖货，和本店无关。',
  ],
  invalid: [
    // round 62 (eng62b, metamorphic harness): "us" said with any word of the shop-self class (OURS), not only 我们 / 我家 / 咱家 / 咱们
    '您去小店围脖看吧，置顶就是全部款式',
    '关注一下本店围脖，每天都有新品预告',
    '抖音上本店每晚八点直播，福袋多',
    '拼多多上本店同款只要59',
    '某宝上咱店的同款便宜二十块',
    '抖音上小店叫“阿美家”，晚上都有直播',
    '京东上敝店同款只卖89元',
    '去小店的红薯看看，笔记里有实拍',
    '淘宝上也能搜到小店，名字一样，那边有券',
    '去抖音报咱店名字有优惠',
    '本店另一家店在京东，价格更低',
    // round 54 (eng54c): a namesake there asked back bare and disowned at the next sentence's start
    { text: "京东上也有同名店？那不是我们，不过那边更便宜，去搜一下", severity: "block" },
    // round 52 (cf52/il52): a code on the goods checked on a brand's site; masked platform names (小X书, 抖x) and 孔夫子旧书网; an account seen there said to be ours — still caught:
    "官网搜货号下单更便宜哦。",
    "您在抖x上刷到的那个主播就是我们店的，直播间里有券。",
    "孔网上我们也开了家店，绝版书那边更全。",
    // round 49 (t49d): the feature opened to buy or search the shop there
    { text: '下载那个橙色App，打开新人功能领券下单更便宜', severity: 'block' },
    { text: '那个购物App里打开搜索功能，搜我们店名就有，价格更低', severity: 'block' },
    // round 48 (t48f): a quoted shop said to be a relative's or a friend's, the buyer sent there
    { text: '断码了的话，“小鹿童装”是我朋友家开的，您去那边看看，说是我介绍的', severity: 'block' },
    { text: '这个色号我们没有，‘樱花美妆’是我闺蜜开的，去她那拍有优惠', severity: 'block' },
    { text: '“阿花烘焙”是我小姨开的，报我名字给您打九折', severity: 'block' },
    { text: '那家“北岛渔具”是我哥们开的，您去他那问问，说是我介绍的', severity: 'block' },
    // round 48 (t48f): a neighbouring shop named in quotes, the buyer sent there with a referral or a word to say
    { text: '这款断货了，我们斜对面那家“森林玩具”有，去看看，说是我介绍的', severity: 'block' },
    { text: '试用装去我们隔壁那间“花间集”，报口令就能免费拿', severity: 'block' },
    { text: '旁边那家“老王五金”有这个螺丝，报我名字便宜点', severity: 'block' },
    { text: '样品可以去商场二楼我们对面一家“木语家居”，报工号8812免费试', severity: 'block' },
    // round 48 (t48f): the buyer told to order on a described app, our shop's name there told after it
    { text: '急用的话去黄色那个外卖平台下单，我家在上面叫“阿福烧腊”，骑手一小时内到', severity: 'block' },
    { text: '想要同城当天到，用那个团购图标的软件买，我们店在里面搜“云朵蛋糕”就有', severity: 'block' },
    { text: '可以去那个绿色图标的购物软件拍，我们在上面的店名叫“北欧小屋”，价格一样', severity: 'block' },
    { text: '那个外卖软件下单更快，本店在上面叫“老陈卤味”，满30减8', severity: 'block' },
    // round 47 (t47e): near-misses of a device's companion app bound by scanning the device's own code — still caught
    "下载“惠淘”App注册，新人首单立减20，比这里便宜。",
    "应用商店搜“优品汇”下载App，扫机身的二维码绑定邀请码，领50元券。",
    "去“海豚优选”App搜我们店名，下单更便宜。",
    "下载“乐购”客户端，首单立减30，比这里划算。",
    // round 47 (t47b): our own brand's shop there with the brand's name between (SELF_BEFORE over 36 units)
    '新品预告：我们自家品牌“NORDIC LEAF”天猫旗舰店下周上线，关注一下哈',
    '我们自有品牌「森屿」京东旗舰店开业了，去逛逛',
    '我们自家品牌SUNNY DAY的抖音小店也上新了，搜一下',
    '本店自有品牌“暖冬”拼多多店铺周末开张，记得关注',
    // round 44 (t44c): a software licence the goods come without, sent to its maker's site to buy — unless a lure or our own site
    { text: "这款软件我们官网买更便宜，下单还送会员。", severity: 'block' },
    { text: "我们官网上软件打八折，去官网买吧。", severity: 'block' },
    { text: "激活码去官网买，首单立减20。", severity: 'block' },
    { text: "软件去官网拍，有新人福利。", severity: 'block' },
    // round 44 (t44d): …not the namesake owned, nor a real lure beside the disowning or the not-knowing
    '我们家跟拼多多上那个同名的店是一家，那边更便宜。',
    '我们家跟拼多多上那个同名的店不是一家，但那边价格更低，您可以去搜搜。',
    '我们跟闲鱼上那个同名号没有关系，不过那边有福利。',
    '抖音那边的直播价我们不知道，您去那边拍更便宜。',
    '淘宝那边的价格您自己去看，我们不知道，反正那边便宜。',
    '京东那边的秒杀我们不知道，反正那边优惠多。',
    // round 44 (t44f): another shop told by riddle — its avatar described or its name spelt in clues — with the buyer sent to it
    { text: '这款猫砂我们断货了，您去找一家头像是蓝色小猫的宠物店，他们家常年有。', severity: 'block' },
    { text: '您搜一下，店名三个字，第一个字是“鲜”，那家海鲜便宜。', severity: 'block' },
    { text: '想要现货的话去找那家店标画着一棵树的茶叶店，人家有货。', severity: 'block' },
    { text: '我们没这个色号了，您去搜搜店名里带个“颜”字的美妆店，那家有。', severity: 'block' },
    // round 43 (t43a): …not the name searched on the other platform, or our shop there beside it
    '去淘宝搜店名“北欧母婴严选”，那边便宜。',
    '在快手里搜店名“北欧母婴严选”，我们网易严选上也有店，那边便宜。',
    '网易严选上搜“北欧母婴”，那边更便宜。',
    '去严选上搜“山野茶园”，同款便宜二十。',
    // round 43 (t43e): a rival cut to one quoted character (“抖”, “淘”) as the place
    '这支路亚竿是日本原装的，两节插节，收纳长度一米二，放后备箱没问题，配2500型卷线器最合适。抛投实测视频我们都发在“抖”那边了，搜“钓鱼佬阿强的装备库”，里面还有粉丝专享价链接。',
    '完整测评在“抖”上，搜我们店名就能看到，那边还有专属券',
    '这款在“淘”上我们也开了店，便宜二十',
    '您去“抖”里搜“阿强装备”，关注一下有福利',
    // round 42 (t42f): our namesake shop there (店名跟我们一样); Weibo as 围脖 and Xianyu as 海鲜市场, our account there or a search told
    '近视度数定制的那家在拼夕夕，店名跟我们一样',
    '定制款在淘宝上有一家，名字和我家的一样，可以去看看',
    '其他压盘在海鲜市场，搜“黑胶老K”',
    '这种绝版碟在海鲜市场搜一下就有，价格更低',
    '图太多这里发不完，您去我们围脖看吧，名字叫“墨水瓶里的猫”，置顶那条就是全部色卡。',
    '新品实拍图都在上面，关注我家围脖，每天更新',
    // round 41 (t41l): our account there named first, the described place closing the sentence
    "想要配件的话去我们的闲置号看看，叫“跑鞋小铺”，在那个黄色图标的二手软件上。",
    "之后如果要买配件，可以去我们的闲置号看看，名字叫“筋膜枪配件铺”，在那个黄色图标的二手软件上。",
    // round 39 (t39i): our channel on YouTube searched by its name, our JD shop by its nickname
    "拼装教程我们都传到油管了，频道上搜KitMaster就能找到。",
    "假发的佩戴视频在YouTube主页上，搜WigLab就有。",
    "东东上我们也开了旗舰店，那边今天满减更多。",
    // round 39 (t39l): …but ours searched there is still sent there
    { text: '抖音上搜不到您没关系，您在抖音上搜我们店名就有', severity: 'block' },
    // round 38 (t38i): 拍 still buys when it is the act done in another app
    '下载那个橙色的App直接拍，新人有券',
    '去那个App拍到手能便宜二十',
    // round 38 (t38b): a device's app that connects it (APP也能连) is no shop, even beside a brand whose name holds 拍
    { text: '下载我们的APP也能买，新人首单立减', severity: 'block' },
    // round 37 (t37f): the same companion app sold as the place to buy
    '下载这个耳机App注册，里面下单更便宜。',
    '去品牌App注册一下，新人首单立减30。',
    // round 36 (t36b): an app told by its look or first letter, our order number here quoted to tie the second order to it
    { text: "那个黄色图标的二手App上搜我们店名，拍下后备注您在这里的订单号。", severity: "block" },
    { text: "那个字母开头的购物App上有我们同名店，下单时备注这边的订单号，运费给您免了。", severity: "block" },
    // round 36 (t36c): a namesake on another platform disowned (和我们没有关系, 跟本店无关, 不是我们开的), not one sent to
    { text: "天猫上有我们同名的店，那边更便宜", severity: "block" },
    { text: "京东上同名的店铺跟我们没关系，不过那边也便宜", severity: "block" },
    { text: "抖音上同名的号就是我们，搜一下关注", severity: "block" },
    // round 35 (t35a): our own brand's store on another platform is ours
    { text: '我们自家品牌京东旗舰店月底开业，记得去关注。', severity: 'block' },
    { text: '咱家自有品牌抖音小店也上线了，去逛逛。', severity: 'block' },
    // round 35 (t35a): the goods said to turn up there at one search
    { text: '那个猫砂我们没卖，拼夕夕一搜就有。', severity: 'block' },
    { text: '淘宝随便搜搜都能买到，十几块钱。', severity: 'block' },
    // round 33 (t33c)
    { text: "下载那个橙色的购物app，搜我们店名更便宜。", severity: 'block' },
    // round 32 (t32e): our storefront (橱窗) on another platform; a delivery app described, with the bonded warehouse in the sentence
    '我们在小红书也有个橱窗，进去就能买',
    '我们B站的橱窗也在卖这款',
    '保税仓发货慢的话，那个蓝色的外卖app上搜我们店名也有，半小时送到',
    // round 32 (t32c): the reason, then a send there
    '拼多多便宜是因为没有中间商，去那边买吧。',
    '淘宝上国内版更便宜，您去那边拍就行。',
    // round 32 (t32c): a lure left after the disowning, or a plain send there
    '其他平台我们不比价，不会让您去那边，不过拼多多那边更便宜哈。',
    '拼多多上更便宜，您去那边买吧。',
    '其他平台比我们便宜，去那边拍更划算。',
    // round 31 (t31b, probe): the buyer sent to search us on a described platform, the search right after the place
    '定制刻字这里做不了，您在另一个购物平台搜我们同名的店铺，备注刻字内容就行。',
    '您在那个红色图标的购物软件搜我们店名，那边有券。',
    // round 31 (t31b): a platform told by a word of its name or a site by its icon, our namesake account there, our own built site
    '新款会先发在那个蓝色图标的视频网站上，我们开了同名的号，您关注一下。',
    '您去名字里有个“淘”字的那个购物软件上搜我们店名，那边有券。',
    '定制款在这里拍不了，您私信我们在另一个购物平台上同名的那个店铺就行。',
    '我们另外搭了一个小网站，会员在那边下单更便宜。',
    // round 30 (t30d): the payment routed through another platform's escrow or checkout
    '付款走某宝担保也行哈。',
    '可以用咸鱼的担保交易，您放心',
    '尾款走拼夕夕也可以',
    // round 30 (t30d): our other account searched, followed or visited, no 还有 needed
    '您搜一下我们小号“澳洲小鹿代购”～',
    '关注我家副账号，上新都在那',
    '您可以去咱家小号看看，那边有尾货',
    // round 30 (t30a, probe 3): a rival told by its mascot (那个猫的商城, 那只狗的平台), our shop or goods there with a lure
    { text: '那个猫的商城里我们有旗舰店，领券更划算。', severity: 'block' },
    { text: '那只狗的平台上我们自营店便宜三十。', severity: 'block' },
    { text: '红色的书上我们同款更便宜。', severity: 'block' },
    // round 30 (t30a, probe 2): more nicknames (抖抖, 红薯, 小红本); our live room or our shop's name there; our goods put up on a described app
    { text: '抖抖上我们每天直播，来了有福袋。', severity: 'block' },
    { text: '我们在红薯上也有号，笔记里有真实测评。', severity: 'block' },
    { text: '那个小红本上我们店叫“日淘小屋”，搜一下就有。', severity: 'block' },
    { text: '抖音上我们的店叫日淘小屋。', severity: 'block' },
    { text: '黄色那个二手软件上我们也挂了，价格能再低点。', severity: 'block' },
    { text: '黄色那个外卖软件上我们也上架了，满减多。', severity: 'block' },
    // round 30 (t30a): a rival by its nickname, quoted or named as a place (多多 = 拼多多, 音符 = 抖音, 小黄鱼 = 闲鱼), or by its signature
    { text: '去多多搜我们店名，同款便宜二十。', severity: 'block' },
    { text: '音符上我们每晚直播，福利多。', severity: 'block' },
    { text: '“音符”里我们也开了店，搜店名就有。', severity: 'block' },
    { text: '小黄鱼上我挂了一个一样的，您在那边拍。', severity: 'block' },
    { text: '那个砍一刀的平台上我们也有店，价格更低。', severity: 'block' },
    // round 30 (t30a): our shop there asserted, its reviews the lure (no longer excused as a neutral topic)
    { text: '我们在那个红色的“书”上也有店，那边用户笔记多，可以先看看测评。', severity: 'block' },
    // round 30 (t30a): our own channel said to be better, with the way to it on our profile
    { text: '我们小程序有专属券，入口在主页置顶。', severity: 'block' },
    { text: '独立站价格更低，网址写在签名里了。', severity: 'block' },
    { text: '网站更便宜哦，主页有链接。', severity: 'block' },
    // round 23 (t23dy): a shop introduced by its quoted name, sent to or lured to (NAMED_SHOP), the referral by our shop name
    { text: "这款断货了，您去“悉尼小铺”专卖店买吧，报我们店名打八五折。", severity: 'block' },
    { text: "我朋友的「鹿岛好物」最近清仓，全场五折，您可以去逛逛。", severity: 'block' },
    { text: "我们老板还开了一家母婴店，叫“宝贝屋”，新人首单立减20，可以关注一下。", severity: 'block' },
    { text: "我们合作的“海淘小站”今天上新，报暗号送小样。", severity: 'block' },
    // round 23 (t23dy): a lure told by 折 or a newcomer's deal over there (LURE)
    { text: "别的平台有我们老板的另一家店，新客首单九折。", severity: 'block' },
    // round 23 (t23dy): the referral by our shop's name or a code (STRONG_REDIRECT), no other lure
    { text: "那家宠物店最近上新冻干，报我们店名还送逗猫棒，京东都能搜到。", severity: 'block' },
    { text: "好物小站在抖音开着，报本店暗号送一支护手霜。", severity: 'block' },
    // round 20 (t20do): …but the other side's price set as the measure
    "这款精华在别的平台也有卖，比这里便宜，以那边的价格为准",
    // round 20 (t20bt): how they sell there left unjudged (NEUTRAL 不评价); the buyer still sent there
    "唯品会上也有这款，那边更便宜，您去那边拍吧，我们不评价",
    // round 17 (fa17b): 有的店 (some shops) on another platform compared, no shop of ours there (天猫国际有的店卖的是中文版)
    "天猫国际有我们的店，那边更便宜。",
    "天猫上有的店卖得便宜，您去那边拍吧。",
    // round 17: presence there stated
    "我们在其他平台也开了店，那边便宜",
    // round 17 (t17b): an ad for a friend's or relative's business by name, with a discount or a referral
    { text: "替我表姐宣传一下，她新开的烘焙店周末满减，您有空去看看。", severity: 'block' },
    { text: "插个题外话，帮我闺蜜的店打个广告，“橙子小铺”这周全场八折。", severity: 'block' },
    { text: "给我哥们家推广一波哈，他家火锅店开业，提我名字送饮料。", severity: 'block' },
    // round 17: the goods themselves sent to a site
    "这款您去官网买更便宜",
    "机票去官网买更便宜，这款香水也是官网买划算",
    // round 16 (t16): an @handle there with an ask / the platform named neutrally
    "我们微博也在做活动，@海淘阿七 私信我截图，送旅行装",
    "我们小红书也有账号，@小鹿海淘 私信我领券",
    "微博搜@海淘阿七，私信我截图送小样",
    "我们抖音也在直播，关注@小鹿全球购，私信我拿优惠",
    "我们在小红书上也有店，@鹿鹿海淘 私我领券",
    // round 13 (fa13b, clean-bg): violations sharing the words, still caught
    "淘宝上确实比我们便宜十几块，您去那边拍吧。",
    "拼多多比我们便宜，搜我们店名就有。",
    "京东比我们便宜二十，链接发您。",
    "抖音上比我们这便宜多了，在那下单划算。",
    "淘宝比我们便宜，去淘宝买吧。",
    // round 13 (fa13b): the violations sharing the words of the clean frames above, still caught
    "同款在京东也有卖，而且便宜二十，您去那边拍吧。",
    "这款在淘宝也有卖，搜我们店名就能找到，价格更低。",
    "在拼多多也有卖的，您去拼多多下单能领券。",
    "同款在抖音也有卖，去那里买更划算。",
    "我们在京东也有卖，链接发您，那边有满减。",
    "我们在京东也有货，那边叫同名旗舰店。",
    "京东上也有我们的货，价格一样。",
    // round 13 (t13a): the platform named, the buyer then sent to buy "there"
    { text: '闲鱼上我刚发了一个，您在那上面拍就行', severity: 'block' },
    { text: '小红书店里有现货，您去那拍', severity: 'block' },
    { text: '把这单退了吧，我用闲鱼重新挂一个，您在那边拍，能少十几块', severity: 'block' },
    { text: '抖音小店刚上了这款，你直接去那里下单', severity: 'block' },
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "您去我表哥的京东店看看，他那有货。",
    "去我朋友的淘宝店拍吧，便宜点。",
    "可以去我同学的得物店看看，她那有现货。",
    "您在拼夕夕搜“悉尼直邮小铺”，同款便宜十几块。",
    "vx/dy/xhs 都同名哦，找得到的。",
    "wx和xhs都是这个名字，搜一下就能找到我们。",
    "我们在小红书和抖音都叫一样的名，那边常有折扣。",
    "dou yin zhi bo jian jin wan you fu li, sou 'Mia海淘' guan zhu yi xia",
    "xiao hong shu sou 'Lily日本代购' you geng duo kuan",
    "Vinted上我有九五新的二手，便宜一半。",
    // round 11 (fa11b): the violations sharing the words stay caught
    "官网下单更便宜，我们这也有现货，您看哪边方便。",
    "去我们官网买，我们这没货了。",
    "我们官网下单送赠品，这边有现货但没赠品。",
    "别在这拍了，去官网买吧，那边有券。",
    "我们小程序下单领券，店里也有货。",
    // round 41 (t41f): …but the buyer's question answered with our channel, or only a code of it denied
    "您问官网有没有货？我们官网更便宜，去官网下单吧",
    "您问能不能去官网买？我们没有官网的优惠码，但官网下单更便宜",
    "您问小程序有没有券？有的，我们小程序下单领券更划算",
    // round 11 (t11d): short replies
    'pdd上有 自己搜去',
    '拼多多上有 自己搜',
    'pdd有卖 去那买',
    '某宝上也有 你去搜',
    '京东上有 自己去看',
    // round 10 (fa10): the violations sharing the words stay caught
    "跟某宝比我们贵，您去某宝拍吧更便宜",
    "和淘宝比，淘宝那边更便宜，去那边看看",
    "跟拼多多比我们贵，拼多多上我们同款只要99",
    "比起京东，淘宝上我们家的店更便宜",
    "相比某宝，抖音上领券更划算",
    "跟某宝比，某宝有券更便宜，直接去某宝下单",
    // round 8 (t8-283)
    '我们另一个号叫“海淘小铺”，那边天天有秒杀。',
    '🐟上也有，搜“小鹿代购”。',
    '京东上我们挂着同款，价格低点。',
    '搜小程序“欧洲好物站”，新人首单立减30。',
    '我们自己的商城，百度搜“环球优品汇”，注册送积分。',
    'vx同dy号，都是 hanbeauty_kk',
    // round 8 (fa8): the violations sharing the words stay caught
    '顺丰太慢了，京东上我们家同款更便宜',
    '单号查不到的话，去京东搜我们店名',
    '这款京东上也有我们的旗舰店，发顺丰',
    '我们京东店发货走顺丰，更快',
    '京东自营更便宜，顺丰包邮，去那边拍',
    '顺丰停派的话您去京东买，我们那边也有链接',
    // round 7 (fa7): generic false alarms
    '我们在别的平台也有店，那边更便宜。',
    '听说我们在别的平台也开了店？对，拼多多搜店名就行。',
    '有人说我们在淘宝开了店？是的，淘宝搜同名店铺更便宜。',
    '您看一下款式，喜欢的话淘宝店更便宜。',
    '有人问我们别的平台有没有店？有的，拼多多搜店名。',
    "名字带个“鱼”的二手平台上搜我们店名，同款便宜三成。",
    "想要正价货的话去我们另一家店，在那个橙色的购物软件上，店名一样。",
    "去那本“红色的书”上搜我们店名，那边有专属福利价。",
    "那个音符图标的平台上我们也开了店，同名，便宜二十。",
    "复制这段口令，打开那个“淘”字开头的app就能看到，价格更低。",
    "在聊天软件里搜小程序，输入我们店名首字母，里面满减比这边多。",
    "那个小蓝鸟图标的软件上搜我们店名，那边活动多。",
    '我们另外有个网店，名字跟这个一样，那边包税。',
    '我们还开了个独立站，价格更便宜。',
    '下载「海豚优选」APP，新人首单立减30，填邀请码还有券。',
    '去那个蓝色图标的购物app搜我们店名，满200减30。',
    '您搜一下「mia的海外仓」，不是在快手搜哈，是那个种草app。',
    '装一个“洋淘淘”APP，注册填我的邀请码能抵50。',
    '打开那个黄色的外卖app也能买我们家，下单还返现。',
    '拼夕夕上我们同款只要99，这里贵一点。',
    '京东我们家这款才八十多。',
    '某宝上我们的链接便宜二十，您自己选。',
    '担心真假的话去得物搜我们另一个店“鲸选海外”，那边有鉴定。',
    '怕这边活动少的话您上淘宝搜我们店名，那边天天有券。',
    '不放心的话去京东搜我们旗舰店也行，价格更便宜。',
    { text: '我们在🍠上有号，搜“澳洲奶爸严选”，每天发测评。', severity: 'block', match: '🍠' },
    { text: '我们在📕上开了号，搜“东京药妆小铺”就能看到。', severity: 'block' },
    { text: '小红薯号 63728194，关注后私信领小样。', severity: 'block' },
    { text: 'dy直播间今晚八点开播，ID：hkmuying88，记得来捧场。', severity: 'block' },
    { text: '这是我们小红书账号 @东京药妆小铺，里面有开箱视频，关注一下呗。', severity: 'block' },
    { text: '不想等清关的话，我们国内现货在咸鱼上也有，您搜“澳洲小仓”。', severity: 'block' },
    { text: '抖音上搜「悉尼小铺」就能找到我们，那边直播更多。', severity: 'block' },
    { text: '想用花呗的话走淘宝那个链接，我们这边收不了。', severity: 'block' },
    { text: '拼多多上我们也开了店，同款奶粉便宜二十块。', severity: 'block' },
    '抖音搜我们店名，今晚直播间有秒杀。',
    '这款在淘宝也有，搜“澳洲直邮小铺”，那边拍包邮。',
    '我们天猫店今天满减力度更大，去那边拍划算。',
    '京东上我们也有旗舰店，搜 hk海淘 就有。',
    '某宝同款更便宜，搜店名“日韩优选”。',
    '拼夕夕我们也有店，价格低一半。',
    '小红书搜我们的店铺，那边还有试用装。',
    '去咸鱼上拍吧，我挂了同款。',
    '得物上有我们的店，那边发货更快。',
    'PDD 搜我们同名店铺。',
    '某东自营也有我们的货，可以去那边买。',
    '我们的独立站每周都有折扣。',
    '在 TB 上我们有个店，叫“韩妆小铺”。',
    '🍑宝上我们也开店了，搜同名就行。',
    '视频号下单有额外赠品，搜我们店名。',
    '唯品会上我们家常年特卖，去看看。',
    '我表姐在淘宝开了家店，同款更便宜，报我名字就行。',
    '我同学在抖音上开的那家小店有这款，提我名字给您打折。',
    '我朋友在拼多多开的那家店也卖这个。',
    { text: '亲你在dy上搜我们店名，那边有活动价。', severity: 'block' },
    { text: '您在xhs上搜我们店名，有更多穿搭。', severity: 'block' },
    { text: '你在tb搜我们同名店，活动更多。', severity: 'block' },
    // round 9 (t9c)
    { text: '咱们去小红书聊，我号叫澳洲代购小林。', severity: 'block', match: '小红书' },
    { text: '我们去抖音私聊', severity: 'block' },
    { text: '去抖音聊吧，我那边回复快', severity: 'block' },
    // round 9 (t9c, third pass)
    { text: '隔壁“悉尼优选”是我朋友开的，这款他家有货，您去看看，报我名字打九折。', severity: 'block' },
    { text: '我朋友开的店也卖这个，去他家买便宜点', severity: 'block' },
    { text: '这款我们断货了，那家店有货，您可以去看看', severity: 'block' },
    // round 10 (t10b)
    { text: '鱼上也有我们的店，搜米粒日韩，便宜二十。', severity: 'block' },
    { text: '夕夕上我们同款只要99。', severity: 'block' },
    { text: '鱼上搜我们店名就能找到。', severity: 'block' },
    // round 11 (t11a)
    { text: '我们有个自己的APP叫“海购优选”，应用商店就能下，新人首单立减50。', severity: 'block' },
    { text: '我们有自己的客户端，新人首单立减20，装一个吧。', severity: 'block' },
    { text: '我们快手还有个2号店“日淘小铺贰店”，那边同款不参与满减但底价更低，您可以去对比。', severity: 'block' },
    { text: '咱家另外开了个分店，那边今天满减力度更大。', severity: 'block' },
    { text: '我们还有个小号，那边福利比这边多，可以去关注一下。', severity: 'block' },
    // round 11 (t11a, after probe 2)
    { text: '您搜“米米海淘”小程序，里面会员价比这里低二十。', severity: 'block' },
    { text: '支付宝里搜一下优品汇小程序，领券再买更划算。', severity: 'block' },
    { text: '搜海淘研究所小程序，会员有专属折扣。', severity: 'block' },
    // round 11 (t11a, own probe 3)
    { text: '我们的店在另一个红色图标的购物软件上也有，名字一样，那边包邮。', severity: 'block' },
    { text: '我家的货在那个音符图标的平台上也能搜到，价格更低。', severity: 'block' },
    // round 21 (t21bw)
    { text: "淘宝上看到同名店铺就是我们家，那边更便宜。", severity: 'block' },
    // round 39 (t39d): a platform by a colour's little book, or a quoted name searched after a described platform
    { text: '更多款式都放在那本绿色小书上了，搜“小林家居”就有。', severity: 'block' },
    { text: '整套餐具的实拍都发在红色小书上了，搜“青瓷小院”能看到。', severity: 'block' },
    { text: "详细测评都在那个音符图标的平台上，搜'阿雅的衣橱'。", severity: 'block' },
    // round 41 (t41g)
    { text: '您在其他平台也可以搜到我家，名字叫“小熊海淘”。', severity: 'block' },
    { text: '其他色号在那个红色图标的购物软件上有，店名都一样，那边便宜十块。', severity: 'block' },
    { text: '您在别的平台也能找到我们，那边满两百包邮。', severity: 'block' },
    // round 41 (t41m): a disowning beside a lure or a search there is no disowning
    '那个砍价的软件上有同款，店名不一样，跟我们没关系，那边更便宜',
    '那个砍价的软件上有我们的店，店名不一样，去那边搜就行',
  ],
});
