import rule from '../../../rules/checks/store-address';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 65 (engfa65): 店里 as the online shop whose agent the buyer comes back to; a parcel fetched at the carrier's own branch
    "谢谢您信任我们～不过微信我们不加的，下次想买直接来店里找我就行，我还是这个客服",
    "下次有需要直接来店里找我哈，还是这个客服。",
    "想回购的话直接来店里下单就行，客服都在。",
    "顺丰只能到县城网点自提，您看选哪个快递。",
    "您的地址是河南省周口市郸城县汲冢镇，EMS能送到，顺丰只能到县城网点自提，您看选哪个",
    // round 48 (t48f): the Nth door counted with no visit asked, or no entrance
    '货架从左数第二家是我们的同款，链接已发您',
    '快递员说您那栋楼门口进去第二家是菜鸟驿站，包裹放那了',
    // round 48 (t48f): a pickup word in English for the buyer's own address or a delivery
    'Pickup 时间是下单后3天，快递送到您家',
    'pickup 地址请填写您的 88 Pine Street 公寓地址，我们寄过去',
    '您的 pickup 地址 12 Oak Road 已经改好了',
    // round 48 (t48f): a shop front's words read with no named shop handed over, or the buyer's own door
    '原来天河路那家门头写着暂停营业，现在只在快手卖了',
    '门头写着的品牌名和包装一致，您收到可以核对一下',
    '您家的门头是黑色的吗？我们天河区的师傅说找不到',
    // round 47 (t47e): goods turned over (翻过来看看) and a toy / 用来 near 店里 are no visit
    "收到可以把杯子翻过来看看底部的编号，每只都不一样。",
    "我们工作室在杭州，您收到后翻过来看看底部印章就知道是正品。",
    "这款磁力片是塑料玩具，用来搭房子的，丢了也没事，店里有补充装卖。",
    // round 46 (t46i): a home visit named then refused, the shop's goods offered instead — no invitation to our place
    "上门安装我们没有这个服务哈，需要的话店里有配套的工具包，附视频教程。",
    "上门回收我们不提供，也不方便去您家，店里有以旧换新的链接可以看看。",
    // round 45 (t45g): a parcel fetched at a pickup point near the buyer
    '到学校南门的收发室找大爷取件就行',
    '去楼下超市旁边的丰巢找快递员要一下取件码',
    '包裹在小区东门的代收点，去了找老板取件就好',
    '去单位门口的传达室找保安取一下包裹',
    // round 45 (t45i): the courier waved off but no visit; a brand's counter; a word said in the live room or at checkout
    '不想等快递的话可以选顺丰加急，我们柜台只做线上，不支持自提',
    '品牌柜台在国贸商城地下一层，您可以去试色，我们这边线上发货',
    '下单时备注“老粉”就行，我们柜台统一在直播间发货',
    '专柜柜台在万象城二楼，报“会员”可以积分，那是品牌的活动',
    // round 45 (t45e): sent to a located spot to find a person and pay there; a word to say at a located spot for a price granted on the spot
    "商场一楼的专柜说是老客可以打九折，这是品牌的会员政策，我们这边线上没有",
    "直播间里说是老粉，下单备注暗号给您打九折",
    "去小区门口的快递柜取件，运费在那边付就行",
    "去品牌官方售后网点找工作人员检测，费用在那边结",
    // round 42 (t42f): a counter or a venue named by a verb of advising, the live room beside a road; a return or a repair posted to an
    // address and settled on the platform
    '我们建议去商场那个柜台试一下，也可以直接在链接拍。',
    '您可以去附近商场那个柜台看看，我们是同批货。',
    '退货请寄到我们文三路的工作室，地址在售后页面。',
    '退货请寄到苏州工业园区星湖街328号，收到后平台退款。',
    '保修期内寄到杭州西湖区文三路20号，不收钱，寄回运费我们出。',
    '您把相机寄到我们成都武侯区科华北路65号，检测后在平台补拍差价链接。',
    '您的地址是朝阳区望京街8号吧？寄到这里，师傅会联系您约时间签收。',
    // round 41 (t41l): a partner repairer with no place handed over, the goods sent to our after-sales
    '手柄寄回我们售后就行，我们合作的师傅修好再寄给您。',
    '我们合作的维修店在上海，您不用过去，寄回我们售后就行。',
    // round 40 (t40n): a brand's or a mall's counter, a counter price, a vitamin, a counter gone, the buyer's words refused
    '您可以去商场柜台试色，我们和柜台是同批货。',
    '这款在国贸商城二楼的品牌柜台也能买到，我们是代购。',
    '柜台价一千二，我们这边八折。',
    '维生素B1我们的柜台也有卖，您下单就行。',
    '我们的柜台以前在万达广场三楼，现在已经撤了，只做线上。',
    // round 39 (t39o): 从 as the parcel's origin beside our place, a courier's call to the buyer, the buyer's own address read back
    '我们仓库在东莞虎门镇，从广州发货，快递到了给我打电话。',
    '我们在杭州，从保税仓发货，到了给您打电话。',
    '我们仓库在解放路18号，包裹到了快递员会给您打电话。',
    '您的收货地址是人民路88号，从地铁站出来往北走那栋对吧？我核对一下。',
    // round 39 (t39n): a place closed to visitors, shipping only; the goods' transit time to our place
    '我们的工作室在地铁2号口对面，但不对外开放，只发快递',
    '我们的体验店在万达三楼，不接待到店，只走快递发货。',
    '到我们仓库大概要三天，仓库在地铁站旁边',
    '退货到我们仓库一般两个工作日，仓库签收就退款。',
    '您寄回的手表到我们店里最快一天，到了第一时间检测。',
    // round 39 (t39i): a return sent to the studio, the online shop, a stall disowned, the live room
    "退货寄来工作室就行，地址在售后页面。",
    "您可以去我们店铺看看其他款，链接在主页。",
    "漫展上B区23号摊位不是我们家的，我们只在快手卖。",
    "来我们直播间看看吧，每晚八点开播。",
    // round 39 (t39l): a name that opens a group, a process or nothing; the referral refused; a parcel let in
    '工厂不对外开放，报我名字也进不去，生产视频在直播间看',
    '报我的名字就可以进VIP群领券',
    '报我名字就能进会员专区领券',
    '说是我朋友介绍的也没用，工厂不接待外人',
    '您跟快递说是我朋友的件，他会放进快递柜',
    '您报订单号给客服就能查进度',
    // round 39 (t39a): a visit wished for, turned down by the place's own gate (detect/cues.ts wishRefused, GATE_CLOSED)
    '您想来仓库看货，保税仓是海关监管区，外人进不去的，实拍视频我在这发您。',
    '您要来工厂参观？厂区不对外开放的，生产视频可以在直播间看。',
    '您想到我们仓库自提，仓库在保税区里，个人进不去的，还是走快递稳妥。',
    // round 39 (t39d): a located warehouse closed to visits, goods shipped from it, the parcel arriving
    '我们在机场附近有个仓库，出了T2往停车场方向走，第三个路口右转那栋蓝色铁皮房就是，不对外开放，货都是从那里发顺丰，到了会通知您。',
    '我们在机场附近有个仓库，路口右转那栋就是，发货都从那里发，快递到了给您打电话。',
    // round 38 (t38j): …but 来源 opening the next sentence sends nobody; goods sent back to an address are a parcel
    '我们在深圳有个门店。来源都是正规渠道，华强北路108号是总部',
    '我们在杭州有个仓库。寄回华强北路108号就行，不用过来',
    // round 38 (t38d): a kind of place in the buyer's own area, named by no one's name (no address of ours)
    '活体观赏鱼我们不发，想买鱼的话建议去本地水族市场现场挑，我们没有合作的店。',
    '绿植我们不发活体，您家附近的花鸟市场就能现场挑，新鲜一些。',
    '这种大件家具建议您去当地的家具市场现场看看实物再决定。',
    // round 38 (t38b): the buyer asked to come and pick up, the place told in the same or the next sentence
    '您也可以来自提吗？不好意思，我们不支持。仓库在三楼。',
    '自提的话您来驿站取吧，快递放在驿站3楼。',
    '您来自提也行。您的地址是人民路88号对吧',
    // round 37 (t37b): an acquaintance or our town named with nobody sent there, where goods ship from, a visit refused
    '我朋友在商场三楼专柜买过，比我们贵不少。',
    '我同事在上海，也一直在用这款。',
    '我们在杭州西湖区文三路，发货用顺丰，一般两天到。',
    '我表姐在国外，帮我们看过这个品牌的专柜。',
    '我朋友在华强北那边，不过我们不推荐线下交易，您在店铺下单就好。',
    '我们就在地铁站旁边办公，但是不支持自提，都走快递。',
    '我们在科技园办公，发货很快，到了会短信通知您。',
    // round 35 (t35f): an inspector or a brand's staff at our place, on the spot — a visit told, not asked of the buyer
    '市场监管的工作人员上周在我们仓库抽查过，全部合格。',
    '品牌方的督导昨天来我们门店现场检查过了。',
    '检测机构的老师上周来我们工厂取样，报告下周出。',
    // round 33 (t33e): the buyer's ask restated, an explanation announced, then the visit refused further on
    "您问能不能到仓库自提，这个跟您解释一下：我们的仓库在保税区里，属于海关监管场所，不对外开放，也不支持自提。",
    "您好，您问能不能直接去仓库拿货，这个要跟您说明一下：货都存放在海关监管的保税仓里，所有包裹都得清关后由快递派送，个人没办法进去提货。\n您这单已经在清关了，明天上午就能发出。",
    // round 31 (t31c): where an earlier order went, and the buyer's address changed back
    '您上次那单寄到的是杭州市西湖区文三路的公司地址，这回要改回家里吗？',
    '这单送到的是您单位地址：南京市鼓楼区中山北路100号，对吗？',
    '上回发到的是您公司那边的写字楼，这次可以在订单页改回小区地址。',
    // round 31 (t31b): a word for a gate said about a parcel or the buyer's own building; a code said in the live room or to this chat
    '快递到了您跟门卫说一声放门卫室就行。',
    '派送的时候您跟小区保安说一下让快递小哥进去。',
    '您在直播间报暗号就能领券。',
    '报店名可以在快手搜到我们。',
    '您把订单号报给客服就行，我们马上查。',
    // round 30: a thing sent 来 us (送来, 邮来, 寄来), not the buyer invited
    '您把坏的那瓶送来我们店里的售后地址就行。',
    '发票原件邮来我们公司，我们给您重开。',
    '东西寄来我们仓库，收到就给您退款。',
    // round 30 (t30d): goods sent to our place and someone found for them on arrival — no visit
    '退货寄到我们仓库，到了我们找质检看一下',
    '您的货到了我们仓库，到了找主管确认后发出',
    '退回的商品到了工厂以后，到了找质检复核再退款',
    // round 30 (t30a, probe 2): our place located by a landmark but closed to visits (不对外开放自提, 谢绝到店自提)
    "我们的仓库在上海，地铁站附近，不对外开放自提。",
    "我们仓库在地铁站旁边，谢绝到店自提，都从平台发货。",
    "我们仓库不对外，谢绝自提。",
    "仓库在地铁站C口出来右手边，暂不接受上门自提，下单后两天内发出。",
    // round 30 (t30a): a landmark walk to the courier's station or our warehouse with no visit; a door marker of no shop of ours
    "快递员说包裹放在地铁站2号口出来右手边的驿站了，您顺路去取一下。",
    "我们没有线下的点，只在快手店铺卖，地铁站附近那家不是我们的。",
    "我们的仓库在地铁站旁边，发货很快，一般当天就能到快递手里。",
    "快递放您家门口挂的袋子里了，您下班记得拿。",
    "小区门口贴了通知说快递统一放驿站，在地铁站旁边。",
    // round 30: a crossing of roads that is the buyer's address or a courier's spot, not our place
    '您填的地址是人民路和解放路路口吗？我们核对一下。',
    '快递员说到了解放路路口会给您打电话。',
    '我们店上新了，常来逛逛。',
    // round 29 (t29d): the 线下仓 named with no visit asked, or denied
    '我们没有线下仓，所有货都从保税仓发出。',
    '线下仓的货和线上是同一批，都从保税仓发，您放心在店铺下单。',
    '我们的线下仓在宁波保税区，负责报关和出库，不对外开放。',
    // round 29 (lead, CLEAN-CM): browsing the online shop closing the sentence, no place named
    '再次感谢您选择我们店，祝您生活愉快，有空常来逛逛。',
    '谢谢您一直支持我们店，上新了再来逛逛哦',
    '感谢光临我们店铺，有空常来逛',
    // round 24 (t24a): the buyer's delivery address changed to a place of theirs
    '您刚才说要改成公司地址，我看到您在订单页已经改成“深圳市南山区科技园南区某大厦18楼”了。快递会送到前台。',
    '您把收货地址换成了公司地址，明天会派送到公司前台。',
    '您要寄到公司地址的话，在订单页改一下就行。',
    // round 23 (t23a): the shop's store told as gone, nothing live in the sentence
    '我们以前在中山路有个实体店，去年已经关了，现在只在快手卖',
    '我们的实体店开在万达广场三楼，前年已经撤了，现在只做线上',
    '我们在中山路88号的门店去年倒闭了，货都在快手店里',
    '以前的档口在白马服装城三楼，早就不做了',
    // round 22 (t22cb)
    "我们店里在售的都是保税仓发货的，您要的款我记下来反馈给采购",
    "店里已经下架的款暂时没有库存，您先收藏，回来上架了会提醒",
    // round 22 (t22dw)
    "我们在杭州有个仓库，发货比较快。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "您的地址要改到公司吗？改的话麻烦把新地址发我。",
    "包裹可以送到公司前台，也可以放驿站。",
    "需要寄到公司的话，请在订单页修改收货地址。",
    "跟您最后确认一次：地址要不要改到公司？不方便回复也没关系，我们按原地址发。",
    // round 12 (t12e): floor + stall number typed short
    '三楼2000平仓库 现货充足 下单就发',
    '一楼100元区 直播间挑',
    '品牌专柜在国贸三楼 您可以去试色',
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "这是我们家的招牌款，在直播间里卖得最好。",
    "点一下我们店铺头像进去，这款也在里面。",
    "去我们店铺首页看看，门店同款也有。",
    "有问题直接来找我们客服就行。",
    // round 10 (t10b)
    '我们绝不会因为您退货就拉黑您，以后欢迎继续来店里逛。',
    '谢谢亲的支持，以后常来店里逛逛哦。',
    '不用客气，随时来店里逛一逛，优惠券已经发您了。',
    // round 8 (t8-283)
    '我们店的直播间每晚8点开播，欢迎来看。',
    '仓库在保税区，我们从那里发货，不支持自提。',
    '品牌专柜在万象城，您可以去对比下。',
    // round 8 (fa8): generic false alarms
    '您问能不能到仓库自提，不好意思，我们只支持快递发货。',
    '您问可不可以来店里看货，抱歉，我们没有线下门店。',
    '您刚才问能不能上门自提，不好意思，仓库不对外开放。',
    '您问能否到我们仓库取货，抱歉哦，都是快递发出。',
    '亲问可不可以过来拿，不好意思，我们只在平台下单发货。',
    '我们店的直播间周五有秒杀，欢迎来看。',
    '欢迎光临本店～有问题随时问我，页面上都有发货地。',
    '您把照片拍过来，我转给仓库核对。',
    '货月底从韩国发出，到我们仓库大概下月初，到时候通知您。',
    '欢迎来到我们店，新客有10元券，在页面顶部领取。',
    '您把问题截图发过来，我马上让仓库查。',
    '我们店的直播间每晚8点开播，主播会现场演示这款卷发棒的用法，欢迎来看。',
    '您好呀，欢迎来到我们店～我们主要做日韩的护肤和母婴产品，保税仓和直邮都有，页面上都会标明发货地。有任何想了解的，比如成分、肤质、尺码，都可以问我。新客首单可以领一张10元新人券，在页面顶部，别忘了领哦😊。我们每件商品都标了原产国和发货仓，直邮一般7-15天，保税仓3-5天，拿不准的话下单前问我一句就行。',
    '地址填错了别着急，我看了下订单还没申报，现在可以改。您把正确的省市区、详细地址、收件人和电话一起发过来，我这边核对后备注给仓库，改好了截图给您看。如果已经申报了就改不了，只能到时候让快递员转寄，所以要尽快哦。',
    '日本那边说月中发货，到我们仓库大概下旬，到时候我通知您',
    "您拿不准颜色的话可以来看看再下单，直播间的价格和店里一样。",
    "这款在市集上很常见，我们是保税仓直发的正品。",
    "我们不摆摊，也没有实体店，只在快手卖。",
    '我们仓库就在地铁站旁边，所以发货很快。',
    '退货请寄到我们仓库：宁波北仑保税区3号库，订单页有地址。',
    '样品寄到我们公司就行，北京路168号，我们收到后在这里告诉您。',
    '发票会发到我们公司邮箱备份，您那边在订单页下载就行。',
    '退货寄到我们仓库就行，地址在订单页。',
    '麻烦您把地址改成上海市静安区南京西路88号，我们给您重新发。',
    '您说的地址广州市天河区体育西路100号我们已经备注了。',
    '我们这边系统显示的地址是杭州市西湖区文三路100号，您看对不对。',
    '物流位置更新到上海市浦东新区航头镇沪南路，预计明天给您送到。',
    '您的地址是广州越秀区一德路588号对吗？我核对一下。',
    '您的收货地址广州越秀区一德路588号已经改好了。',
    '包裹从广州白云区机场路1号保税仓发出。',
    '您把定位发我一下，我看看能不能送到。',
    '您的收货地址是江苏省南京市鼓楼区中山北路 30 号，对吗？',
    '已经按您填写的地址：广东省深圳市南山区科技园南区 2 栋发出了。',
    '我们是从宁波保税区的仓库发货的，全程海关监管。',
    '外箱上贴的韩文地址是海外仓的发货地址，属于正常情况。',
    '退货地址在售后申请通过后会显示在订单页，按页面地址寄回就行。',
    '品牌在上海有专柜，我们是海外直采。',
    '门店价格和线上不一样是正常的，以商品页为准。',
    '我们的实体店暂时不对外，所有订单都在快手店铺下单。',
    '您点一下我们头像就能进店铺。',
    '包裹到了驿站，您凭取件码去自提就行。',
    '快递到了请当面验货。',
    '线下专柜的价格比我们贵一些。',
    '帮您转发到仓库了，仓库会尽快处理。',
    '您的反馈已经同步到仓库，仓库今天会给您补发。',
    '退货件已到仓库，仓库验收后就退款。',
    '这个问题我报到公司了，公司会给您答复。',
    '货寄到仓库后我们第一时间处理。',
    '我们店欢迎所有顾客，有问题随时问',
    '我们店就在您所在的城市，但不支持到店自提哦，都是保税仓发货',
    '我们店欢迎大家多提意见，我们会不断改进。',
    '我们店虽然在杭州，但不接受到店自提，所有订单都走快递。',
    '我们店就在上海，不过暂不支持上门自提，下单后保税仓直发。',
    '我们店欢迎回头客，老顾客复购有店铺券可以领。',
    '我们店欢迎大家来快手直播间逛逛。',
    // round 9 (t9c)
    '品牌专柜在国贸商城三楼，您可以去试色后再来下单。',
    '我们的仓库在香港机场附近，清关后发出',
    '有问题随时来找我们客服',
    '快递到了可以当场拿给快递员验货',
    '我们店里在做活动，直播间里面有券',
    // round 11 (t11a)
    '我们在广州有仓库，一般24小时内发货。',
    '我们在日本有合作的药妆店，货都是从那边直采的。',
    '我们在香港有仓库，不过不支持自提，都是快递发出。',
    '我们在宁波保税区有仓库，所以发货比较快。',
    // round 11 (t11a, batches bh/bi/bj)
    '我们在深圳有门店的。不过不支持到店自提，都从保税仓发。',
    '我们在杭州有仓库。地址是余杭区仓前街道88号，发货很快。',
    // round 19 (t19dk): the place inside the words of the buyer said back
    "您说的“我知道你们仓库在哪，我要过来找你们”这个就不必了，有什么问题我们在线处理。",
    // round 32 (t32f): 来/到 closing the parcel's verb before a comma (寄回来，仓库…) is no 来仓库
    "衣服退回来，仓库签收后24小时内给您退款。",
    "您的包裹我们收到，仓库正在验，验完原路退款。",
    // round 41 (t41e): a brand's counter in a mall told without leading the buyer there as ours; a passphrase in the live room; a factory
    // outlet that ships only
    '品牌在太古里北区B1层有专柜，您可以去试穿再回来下单。',
    '直播间报暗号领券，报快手昵称打九折哦。',
    '我们店里的货和太古里北区B1层专柜同款，价格更低。',
    '我们的工厂店只做线上，货都是从保税仓发出。',
    // round 41 (t41m): a return address with a parcel sent there, the warehouse that ships
    '退货地址是上海市松江区林荫新路88号，寄来的话备注订单号',
    '仓库地址是嘉兴市南湖区某某路，现场打包发货',
    // round 42 (t42j): the live room invited to, the shop on the road told shut
    '来我们直播间看看，中山路的门店暂停营业了',
    '来我们直播间逛逛，解放路的实体店已经关了，以后只在线上卖。',
    '到我们店铺下单就行，人民路的门店停业装修了。',
    // round 46 (t46j): a day of the month (本月31号23:59) is no door number; a visit to the buyer's door (回收商上门收) invites nobody
    "我们店参加了平台的年货节，活动截止到下月5号24:00，下单记得领券。",
    "我们店的优惠到3月8号截止，旧机由快递员上门取件，您在家等着就行。",
    "我们店也支持以旧换新，安装师傅上门安装的时候顺便把旧机拉走。",
  ],
  invalid: [
    // round 48 (t48f): the way in from an entrance to the Nth door (村口进来第二家), with the buyer asked over
    { text: '想看实物可以来大理古城，巷口往里第三间就是，过来试当场拿', severity: 'block' },
    { text: '鱼竿周末来水库边试，路口右手边第二家，我在那，当场拿货比快手便宜', severity: 'block' },
    { text: '来我们镇上，街口进去第一家，现场挑', severity: 'block' },
    { text: '茶叶可以来茶山脚下尝，村口往里走第四家，当场拿', severity: 'block' },
    // round 48 (t48f): a pickup point told in English with an English street address
    { text: 'Pickup point：Shop 3, 18 Hillwood Road, Jordan，下午两点后可以来', severity: 'block' },
    { text: 'Self pickup 在 Unit 5, 200 Queen St West，提前一天说就行', severity: 'block' },
    { text: 'Collection address: Flat B, 9 King\'s Lane，周末全天', severity: 'block' },
    { text: 'Pick-up 地址：Suite 8, 33 Harbour Drive, Sydney，工作日9点到6点', severity: 'block' },
    // round 48 (t48f): a shop front named by what its sign reads (门头写着“…”), with a street address in the sentence
    { text: '需要现场调试的话，我们在南京鼓楼区中山北路108号，门头写着“声动音响”，周末也有人', severity: 'block' },
    { text: '修表可以去杭州拱墅区湖墅南路56号，门脸上写着“时光钟表”，说是我们店介绍的', severity: 'block' },
    { text: '我们西安有个服务点：雁塔区小寨东路十八号，门头写着“优家维修”，工作日都在', severity: 'block' },
    { text: '样品放在苏州工业园区星湖街99号，门头是“木间家居”，周六下午有人', severity: 'block' },
    // round 47 (t47e): near-misses of goods turned over (翻过来看看) and a toy / 用来 near 店里 are no visit — still caught
    "我们工作室就在文三路，您有空可以过来看看。",
    "我们店里有样品，欢迎过来试玩，就在万达三楼。",
    "店里有玩具样品，您可以过来玩玩。",
    "我们工作室在滨江，周末过来玩，顺便把货拿走。",
    // round 45 (t45g): a shop at the same kind of spot, goods fetched there
    { text: '去小区门口的小卖部找老板拿货就行', severity: 'block' },
    { text: '到地铁站旁边的水果店找阿强取就行，报我名字', severity: 'block' },
    { text: '来南门菜市场二楼找老周提货', severity: 'block' },
    { text: '去火车站对面的五金店找李师傅拿，他那有现货', severity: 'block' },
    // round 45 (t45i): our counter on a mall floor, the courier not wanted, a quoted word to say and the goods taken at once
    '不想等快递的话，国贸商城地下一层B215就是我们柜台，报“老粉”直接拿货',
    '懒得等物流可以来，龙湖天街三楼L3-08就是我们柜台，说“老客”直接提货',
    '等不及快递的话，万象城二层S231是我们柜台，过来直接拿走',
    '不想等快递，银泰负一楼B08就是我家柜台，报一句“快手粉丝”直接取货',
    // round 45 (t45e): sent to a located spot to find a person and pay there; a word to say at a located spot for a price granted on the spot
    "您去万达广场对面的奶茶店找阿杰，付款在他那结就行",
    "让你妈妈去汽车站旁边那家杂货铺找老李，钱当面给他，比网上拍还划算",
    "直接去东门市场二楼找阿芳，现场付款比这里便宜",
    "路过人民公园旁边那家花店，说是快手来的，给您打八折",
    "商场一楼的专柜说是老客直接给您打九折",
    "到了地铁站b口对面那家面包店，报暗号'老粉'，现场给你减二十",
    "高铁站旁边那个报刊亭，提一下是我介绍的，当场给您便宜十块",
    // round 42 (t42f): our counter located by its town (东门那个柜台) with a mall landmark and a referral; our venue told by its road
    { text: '表带可以免费换，不过来我们深圳东门那个柜台当面调更快，就在茂业百货对面二楼，报名字打九折。', severity: 'block' },
    { text: '去我们西湖区那个专柜试色吧，就在银泰对面，报名字送小样', severity: 'block' },
    { text: '周末直接来我们闵行七莘路那边的室内模拟器馆试打，进门报手机尾号就行，试完满意现场拿杆。', severity: 'block' },
    { text: '想试音的话到我们徐汇漕溪北路上的琴房，价格当面还能谈。', severity: 'block' },
    // round 42 (t42f): goods posted to a street address for a deal settled outside the order
    { text: '您想顺便调琴颈的话没法走平台下单，您把琴寄到我们工作室：广州越秀区海印琴行街B座112，到了师傅会联系您报价。', severity: 'block' },
    { text: '要开刃的话您直接把刀寄到“苏州工业园区星湖街328号3栋 刘师傅收”，磨好他会找您收钱，比走平台售后快多了。', severity: 'block' },
    { text: '表坏了可以寄到上海徐汇区漕溪北路88号老周钟表行，修好钱直接给他就行。', severity: 'block' },
    { text: '相框要装裱的话，寄到南京鼓楼区中山路120号，费用私下转给师傅，不用在平台拍。', severity: 'block' },
    // round 41 (t41m): an event at a venue address, the visit told by arrival, the spot or a word to say for a gift
    { text: '下周三我们有个试打日，地址是松江区林荫新路那边的练习场三楼，来的话报“快手来的”就有礼品。', severity: 'block' },
    { text: '周六有个品鉴会，地址是徐汇区漕溪北路那边的茶空间二楼，来了报“老客”就送小礼物', severity: 'block' },
    { text: '新品体验日地址在朝阳区望京街那边的展厅，现场都能试', severity: 'block' },
    // round 41 (t41l): a partner's stall located, our name the referral, walked to or posted to
    '耳机坏了可以找我们合作的维修店，在北京中关村鼎好大厦3层，去了报我们店名打八折。',
    '表带可以找我们熟悉的师傅，他在广州站西钟表城二楼，过去报我们店名就行。',
    '您把手柄寄给我们合作的师傅，他在深圳华强北赛格广场4楼4C18，寄过去报我们店名就行。',
    // round 40 (t40n): our counter in a mall with its floor, the buyer sent there or a referral discount
    '可以去深圳万象城B1我们的柜台，报我名字阿丽打九折。',
    '我们家专柜在成都IFS国金中心L3，过来试色报我名字送小样。',
    '我们自己的柜台在杭州大厦五楼，来看实物可以直接去。',
    '我家柜台开在武林银泰B2，提我名字打八八折',
    // round 39 (t39o): our place with the walk from a station told and the buyer to ring on arrival
    { text: '我们在人民路88号，从地铁站出来往北走200米，到了给我打电话。', severity: 'block' },
    { text: '我们工作室在人民路88号，从地铁站出来往北走200米，到了给我打电话。', severity: 'block' },
    { text: '我们仓库在解放路18号，从地铁2号口出来往北走，到了喊我。', severity: 'block' },
    { text: '我们就在中山路12号，从公交站下车往前走50米，到了联系我。', severity: 'block' },
    // round 39 (t39n): …but a closed door opened to the buyer, or a visit asked beside the transit time
    { text: '我们的工作室在地铁2号口对面，不对外开放，但老客可以来拿货', severity: 'block' },
    { text: '到我们仓库大概要三天，仓库在地铁站旁边，您也可以过来自提', severity: 'block' },
    { text: '我们的体验店在万达三楼，欢迎过来试', severity: 'block' },
    // round 39 (t39i): come to an unowned studio by a metro exit, our venue by what it faces, our shop on a named road, a stall to meet at
    "量尺寸直接来工作室，地铁B口出来对面那栋三楼。",
    "来我们道馆试试护具，体育中心西门对面就是。",
    "您直接去我们解放路那家门店，报手机号按会员价拿。",
    "漫展C区15号摊位见，现场买送徽章。",
    // round 39 (t39l): a closed place opened by the referral
    { text: '您想来工厂看看，工厂不对外开放，但您报我名字就能进', severity: 'block' },
    { text: '仓库平时不开放，说是我朋友门卫会放你进去', severity: 'block' },
    { text: '厂区不对外，提我名字门卫会让你进，样品随便挑', severity: 'block' },
    { text: '報我個名就入得，喺觀塘嗰邊', severity: 'block' },
    { text: '展厅只接待批发商，您说是我的客人就可以直接进', severity: 'block' },
    // round 39 (t39a): …but the visit welcomed, or a way in offered after the gate
    { text: '您想来仓库看货，随时过来，地址是东莞市虎门镇连升路88号。', severity: 'block' },
    { text: '您要来仓库看货？可以的，外人进不去但我带您进。', severity: 'warn' },
    { text: '您想来仓库自提，外人进不去，不过可以来门口找我拿。', severity: 'warn' },
    // round 38 (t38j): the visit word opens the next sentence, the address with it (its first character was skipped)
    { text: '我们在广州有个档口。来白云区三元里大道18号二楼拿货更快', severity: 'block' },
    { text: '我们在成都有家门店。来春熙路12号就能试穿', severity: 'block' },
    // round 38 (t38d): …but ours at such a market is still our place
    '我们就在本地水族市场，您过来现场挑。',
    '我们档口在本地商贸城，可以过来现场挑。',
    '欢迎来我们本地的花鸟市场档口现场挑，地址是花鸟市场二区18号。',
    // round 38 (t38b): the buyer asked to come and pick up, the place told in the same or the next sentence
    { text: '运费太贵了，您来建材城自提吧，市图书馆对面2楼。', severity: 'block' },
    { text: '您来自提吧。地址：人民路88号3楼。', severity: 'block' },
    // round 37 (t37b): an acquaintance's located spot with our name as the referral; our street or station walk with the buyer asked over
    { text: '我哥们在万达广场二楼有个档口，您去了说是我介绍的，能打八折。', severity: 'block' },
    { text: '我闺蜜在太古里旁边开了家店，去她那试，报我名字就行。', severity: 'block' },
    { text: '我朋友在电子城三楼 报我名字给你算便宜点', severity: 'block' },
    { text: '我们在南京西路地铁站2号口出来走五分钟，过来直接拿。', severity: 'block' },
    { text: '我哋喺旺角西洋菜南街 地铁E2出口行三分钟 嚟到报单号就得', severity: 'block' },
    // round 35 (t35f)
    { text: '您可以来我们仓库现场看货。', severity: 'warn' },
    { text: '有空来我们工厂现场挑。', severity: 'warn' },
    { text: '质检完了您可以来我们仓库现场提货。', severity: 'warn' },
    // round 33 (t33e): the buyer's ask restated, an explanation announced, then the visit refused further on
    { text: "您问能不能到仓库自提，这个跟您说明一下：可以的，仓库在义乌国际商贸城五区，您过来直接拿。", severity: "block" },
    // round 31 (t31c): …but our own place with a visit beside an earlier parcel still counts
    { text: '上次寄到的是我们仓库，您可以来我们公司自提，地址是天河路88号。', severity: 'block' },
    // round 31 (t31b): the word to say on arrival — our name at the door, a word for the guard, who one is said to be upstairs
    '样品在我们工作室，您报暗号过来就能拿。',
    '明天下午我在园区，您到门口跟门卫说找我拿货就行。',
    '进门就说是小林介绍来买酒的，老板会给您拿。',
    '我们品鉴间周末有人，报店名上楼就行。',
    // round 30: …but the buyer bringing it, or a visit beside the parcel, still counts
    { text: '有空来我们店里坐坐，就在中山路88号。', severity: 'block' },
    { text: '货寄来我们店里，您来店里自提也行，地址是中山路88号。', severity: 'block' },
    { text: '您带来我们店里，我们当面给您换，店在解放路66号。', severity: 'block' },
    // round 30 (t30d): a visit to our place arranged with whom to ask for on arrival
    { text: '想看实物可以来南沙保税区三期B栋我们仓库，到了跟门卫说找小何', severity: 'block' },
    { text: '周末可以过来我们工厂看看，到了找前台小李', severity: 'block' },
    { text: '来我们办公室坐坐，到了打电话找阿强', severity: 'block' },
    { text: '想看样品可以来工业园5号我们厂里，到了找老陈。运费您放心，我们包邮。', severity: 'block' },
    // round 30 (t30a, probe 2): one visit refused, another still asked for with the address
    { text: '门店不接受自提，但欢迎过来看看，地址中山路12号。', severity: 'block' },
    // round 30 (t30a): our offline spot located by a landmark walk (an exit, a turn) or a door marker, the buyer coming to take the goods
    { text: '我们广州有个线下的点，体育西路地铁站B口出来左手边第二家，过来直接拿就行。', severity: 'block' },
    { text: '深圳那边我们有个仓库，老街地铁站A口出来直走两百米，您来了就能提货。', severity: 'block' },
    { text: '徐家汇地铁站9号口出来右转，门口插着日本国旗那家就是，来了直接拿，省得等快递。', severity: 'block' },
    { text: '西湖银泰对面，门上贴着熊猫的那间就是我们，报我名字打九折。', severity: 'block' },
    // round 30: our shop located at a crossing of two roads or a road's corner, with a visit in passing
    { text: '我们店在人民路和解放路路口，路过常来逛。', severity: 'block' },
    { text: '我们门店就在中山路交叉口，欢迎过来试色。', severity: 'block' },
    { text: '店里就在建设大道与发展大道拐角，顺路进来看看。', severity: 'block' },
    // round 29 (t29d): the offline store room named by 线下, located, with the buyer asked to come
    { text: '我们在广州白云有个线下仓，您开车过来直接提货就行', severity: 'block' },
    { text: '老板在义乌国际商贸城旁边有个线下铺，路过进去看看，现货当场拿', severity: 'block' },
    { text: '着急的话我们在成都武侯有个线下仓，您路过可以直接来拿', severity: 'block' },
    // round 29 (lead): a place named beside the browsing stays an invitation
    '我们店在南京西路88号，有空常来逛逛',
    '我们店就在万达广场一楼，欢迎来逛逛',
    '我们店在解放路66号二楼，路过常来逛逛',
    // round 24 (t24a): …not our own company's address handed over
    { text: '我们公司地址是深圳市南山区科技园南区某大厦18楼，欢迎过来看货。', severity: 'block' },
    { text: '您把地址改成我们公司地址自提就行：深圳市南山区科技路18号。', severity: 'block' },
    { text: '您可以来我们公司地址自提：深圳市南山区科技园南区18楼。', severity: 'block' },
    // round 23 (t23a): …but a live place or a visit beside the closed one, or closing time (关门时间) is no closure
    { text: '老店关了，新店在解放路25号，欢迎过来', severity: 'block' },
    { text: '中山路那家门店关了，还有一家在人民路66号，可以来看看', severity: 'block' },
    { text: '实体店在中山路88号，关门时间是晚上九点', severity: 'block' },
    { text: '门店装修关门了，下个月在中山路88号重新开业，到时欢迎来', severity: 'block' },
    // round 22 (t22cb)
    { text: "我们店里上新很快，您有空直接过来拿货", severity: 'warn' },
    // round 22 (t22dw)
    "我们在广州天河区体育西路88号有家门店，工作日都开着。",
    "我们在成都武侯区科华北路66号有个展厅，平时都有人。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "您可以直接到公司来拿，地址是滨江区江南大道88号。",
    "到公司找我拿货，比网上便宜。",
    "欢迎到公司看货，我们在深圳南山科技园A座。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "就在罗湖东门步行街那块，红色招牌‘港货之家’，来了找阿玲就行。",
    "店面就开在万达对面，黄色门头写着‘澳洲好物’，周末都有人。",
    "你直接来观音桥步行街二楼找小美拿货，不用在网上拍。",
    "親，這款我們銅鑼灣崇光對面的門市有現貨，您來香港可以直接來取。",
    "我们门市在旺角地铁口旁边，您过来直接取货。",
    "亲可以去我们的shop看看：No. 88 Nathan Road, 门店现货更多。",
    // round 8 (t8-283)
    '仓库在义乌，您开车来提货更方便。',
    '门店在杭州湖滨银泰，周末可以来试。',
    '专柜在万象城B1，报我名字打九五折。',
    '可以直接去铜锣湾我哋铺头拿，地址係怡和街28号3楼。',
    // round 8 (fa8): the violations sharing the words stay caught
    '您问能不能到仓库自提？可以的，地址是白云区石井大道168号',
    '您问能不能到仓库自提，不好意思回复晚了，当然可以，欢迎直接过来拿',
    '您问可不可以来店里看货，当然可以，我们在天河路208号',
    '您刚才问能不能上门自提，可以的，仓库在白云区石井大道168号，直接过来拿',
    '亲问可不可以过来拿，可以的，地址是东莞市虎门镇连升路88号',
    '我们店的直播间看完，可以直接过来店里自提，地址是解放路120号',
    '欢迎来到我们店自提，就在天河路208号',
    '欢迎来到我们店里看货，我们店就在你们城市',
    '您直接到我们仓库来拿就行',
    '可以到我们仓库自提，省运费',
    '周末您可以到我们仓库看看货',
    '到我们仓库来，现场拿货更便宜',
    '您把定位发过来，我们店就在附近，欢迎直接过来拿',
    '我们店欢迎您随时过来看货。',
    "店里就在解放路120号，直播间看完可以过来自提。",
    "周末市集我们也出摊，就在体育中心北门，到时候现场拿更便宜。",
    "下周我们在展会有摊位，欢迎过来现场看货。",
    { text: '地址我发您，您自己过来取，店就在徐家汇地铁站旁边。', severity: 'block' },
    '您要是在成都，直接来春熙路我们店拿，银石广场5楼512。',
    '在杭州的话可以来文三路我们门店试色，文三路88号。',
    '来南京西路我们店里看，恒隆广场3楼。',
    { text: '定位我发您：广州越秀区一德路５８８号，进口食品批发城二楼。', severity: 'block' },
    { text: '我们的位置在深圳福田区华强北路1001号，导航过来就行。', severity: 'block' },
    { text: '地址给您：上海市静安区南京西路88号3楼，周末也开门。', severity: 'block' },
    { text: '不放心的话可以来我们实体店看货，地址是深圳市福田区华强北路1002号2楼。', severity: 'block' },
    '我们在广州白云区机场路有门店，您过来可以当面验货。',
    '可以到我们仓库自提，地址：东莞市虎门镇连升路88号B栋。',
    '实体店就在成都春熙路，来店里还能试用。',
    '欢迎到店选购，地址在厦门市思明区中山路168号。',
    '我们工作室地址：北京市朝阳区建国路93号万达广场8号楼1201室。',
    '广州的客户可以直接过来拿货，我们在白云区三元里大道。',
    '自提点：义乌国际商贸城二区H座3街20315号。',
    '公司在深圳市南山区科技园，您方便的话可以过来看看样品。',
    { text: '欢迎来我们门店坐坐，试用装都有。', severity: 'warn' },
    { text: '您直接到仓库来拿就行，地址是白云区石井大道168号。', severity: 'block' },
    { text: '欢迎到门店试戴，我们在天河路208号。', severity: 'block' },
    '直接来春熙路我们店拿',
    '我们店在XX路XX号，欢迎来店自提',
    { text: '我们店欢迎您随时过来看货。', severity: 'warn' },
    { text: '我们店就在你们城市，欢迎直接过来拿货。', severity: 'warn' },
    '不用提前约，欢迎直接来我们店里看看。',
    // round 9 (t9c)
    { text: '您人在杭州的话直接来武林广场银泰B座负一楼找我们，现货当场拿。', severity: 'block' },
    { text: '我们线下体验店在成都太古里旁边，报暗号“快手来的”送小样。', severity: 'block', match: '体验店' },
    { text: '我们门店在银泰三楼', severity: 'block' },
    { text: '我们档口在白马服装市场负一楼，来了直接拿货', severity: 'block' },
    { text: '我们工作室在望京SOHO T3 十二层，您来了前台报快手', severity: 'block' },
    // round 10 (t10b)
    { text: '欢迎来店里逛逛，我们门店在中山路18号，当面看货更放心。', severity: 'block' },
    // round 11 (t11a)
    { text: '我们在杭州武林银泰B座负一楼有专柜，周末您可以过来试色，现场买还送小样。', severity: 'block' },
    { text: '老板在深圳东门有家实体店，路过可以进去看看。', severity: 'block' },
    { text: '我们在厦门有工作室，您有空可以顺路来喝茶选货。', severity: 'block' },
    { text: '我们在义乌国际商贸城开了个档口，您来了直接找我拿货。', severity: 'block' },
    // round 11 (t11a, batches bh/bi/bj)
    { text: '换货不用寄来寄去这么麻烦。我们在深圳有门店的。地址就在福田区振华路华强广场3楼312，您有空直接拿过去，店员当场给您换。', severity: 'block' },
    // round 12 (t12e): floor + stall number typed short, the buyer sent there
    { text: '杭州四季青三楼3018 过来拿货便宜一半', severity: 'block' },
    { text: '香港铜锣湾时代广场B1有我们专柜 来港可以去看', severity: 'block' },
    { text: '白马二楼215 过来看货', severity: 'block' },
    { text: '我们在万达三层3021有档口 可以去逛', severity: 'block' },
    // round 19 (t19dk): the quoted ask of the buyer answered with the address
    { text: "您问“能不能去你们仓库自提”，可以的，地址是杭州市余杭区文一西路88号。", severity: 'block' },
    // round 32 (t32f): the buyer asked to come, across a comma or not
    { text: "您可以来，仓库就在虎门镇，到了找小何", severity: 'block' },
    { text: "周末有空来仓库挑货吧", severity: 'warn' },
    // round 39 (t39d): our place located by a long walk, the arrival told at the end of the sentence
    { text: '我们在万达广场旁边有个工作室，出了地铁站往北走，第二个路口左转那栋灰色小楼就是，三楼门口贴着我们的海报，到了喊小周。', severity: 'block' },
    { text: '您想先看看实物的话，我们在高铁站附近有个仓库，出站口往右直走，路口右转那栋白色厂房就是，门口停着我们的货车，到了喊老王。', severity: 'block' },
    // round 41 (t41e): our place in a mall by its zone and floor with the buyer asked over; our located outlet with a word to say there for a
    // better price
    { text: '想试穿就来我们成都店里，太古里南区L2层，到了直接试。', severity: 'block' },
    { text: '拿不准颜色可以来我们店里看，万象城东区3楼，报暗号打八折。', severity: 'block' },
    { text: '我们在清迈有自己的工厂店，您去旅游的话直接到宁曼路那家，报暗号“老客”按出厂价拿。', severity: 'block' },
    { text: '我们在越南胡志明市有自己的工厂直营店，就在范五老街那家，报快手昵称按拿货价。', severity: 'block' },
    // round 42 (t42j): the live room beside an open shop still invites a visit
    { text: '来我们直播间看看，中山路的门店也开着，欢迎到店试戴。', severity: 'block' },
    { text: '来我们中山路的门店看看，直播间暂停了。', severity: 'block' },
    { text: '来我们直播间领券，然后到中山路88号门店自提。', severity: 'block' },
    // round 46 (t46j): a day of the month (本月31号23:59) is no door number; a visit to the buyer's door (回收商上门收) invites nobody
    "我们店在人民路88号，欢迎上门自提。",
    "我们店在解放路18号，15号之前过来拿货打九折。",
    "我们店就在中山路25号，您有空过来看看。",
    "我们店在南京西路100号二楼，可以直接过来试。",
    // round 65 (engfa65): …but our place located, a visit word, or our own pickup beside a carrier's branch
    "下次想买直接来店里找我，店在解放路88号。",
    "想买的话来店里看货，我们店在步行街二楼。",
    "下次想买直接来店里自提，报我名字打九折。",
    "可以到我们仓库自提，就在顺丰网点旁边。",
    "您来我们店里自提吧，顺丰网点对面那家就是。",
  ],
});
