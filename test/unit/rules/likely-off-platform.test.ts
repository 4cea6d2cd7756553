// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyOffPlatform from '../../../rules/checks/likely-off-platform';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyOffPlatform, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "您说的邮箱abc123@qq.com我们这边不会发邮件的，发票直接在订单里下载。",
    // round 51 (fa51): the goods told in the maker's Latin names, the box and the colour
    "Coach Tabby 20 附 dust bag，颜色是 chalk 白",
    "Longchamp Le Pliage 配 shoulder strap 和 dust bag，颜色是 chalk 米白",
    // round 49 (t49e): honest replies typed in toneless pinyin without the IME, a greeting their only Chinese (the model weighs the
    // letters where syllables join like handles: rules/detect/pinyin-body.ts)
    "您好，zhe kuan xie pian xiao, jian yi nin mai da yi ma",
    "亲，zhe ge yao ding ge ren shu zi, xie zai bei zhu li jiu xing",
    "亲，bao guo bei kuai di yuan fang zai men kou le, nin kan yi xia",
    "亲，nin de ding dan yi jing fa huo le, ming tian dao",
    "亲，tui kuan yi jing shen qing le, san tian nei dao zhang",
    "亲，ku cun zhi sheng san jian le, xi huan de hua jin kuai pai",
    "亲，chi ma biao zai shang pin xiang qing ye li mian",
    "亲，tui huo de hua qing zai ding dan ye mian dian shen qing tui huo",
    "嗯嗯，hao de, wo ma shang gei nin gai di zhi",
    "亲，wo men zhe bian gei nin bu fa yi jian, bu yong tui hui",
    // round 47 (t47e): the buyer's ask reported and closed on a bare refusal; the scanner app advised for the goods' own code
    "亲，您问能不能直接从日本仓寄给您、不在快手下单，这样能省点运费——实在抱歉，这个不行哦。跨境商品必须走平台下单才能正常清关，出了问题也有售后保障。",
    "您说防伪码扫不出来，先别着急。有时候是扫码工具的问题，换微信扫一扫或者用手机相机扫，有的浏览器识别不了。实在不行拍张照片给我，我帮您核对。",
    "亲，您问能不能加微信私下转账便宜点——抱歉，这个不行哦。",
    "防伪码扫不出来的话，换微信扫一扫试试，或者用手机相机扫。",
    // round 43 (t43j): the shop's own bundle or member price told as the cheaper way, nothing elsewhere
    '这个相机在组合套装里也有，会员价更低',
    '这款面霜在礼盒装里也有，买套餐更划算',
    '这款耳机的两件装更便宜，第二件半价',
    // round 42 (t42a): a channel declined in English with nothing else in the sentence; an English line with no word of reaching or paying
    "Sorry we don't talk via Line",
    "We don't do WhatsApp, sorry.",
    "Sorry, we can't chat on Telegram.",
    'Faux fur trim, not genuine fur',
    'Genuine leather upper, rubber sole, true to size.',
    'Cotton lining, machine washable at 30 degrees',
    // round 41 (t41h): a channel declined in English, the talk kept here
    'No WeChat please 🙏 everything can be handled right here in 快手 chat.',
    'No need for WhatsApp, just message us here in the app.',
    'No email needed, we can sort it out right here in this chat.',
    // round 39 (t39n): the goods' transit time to our place, nothing asked (detect/transit.ts)
    '到我们仓库大概要三天，仓库在地铁站旁边',
    '寄到我们店里一般两天，店里收到就安排检测。',
    // round 39 (t39k): a split parcel's tracking code with its courier named after it (JDVA…（京东物流）) or in a courier's prefix shape (model/grams.ts TRACKING_CODE)
    "📦 1 号：JDVA31884572016（京东物流，Swisse 护肝片 ×1）",
    "包裹一：JDVA40917726385（京东物流，a2 奶粉 ×3）",
    "1 号箱：JDVA27739184502（京东快递，爱他美 ×2）",
    "① JDVA90817263544（京东物流）：Swisse 葡萄籽 ×2",
    "仓库那边拆成了两箱：A 箱 JT5518273649901（极兔），B 箱 YT8820193746655（圆通），物流都在订单详情里能看到。",
    // round 39 (t39l): the buyer's account on another app not found, the talk kept here
    '我哋IG搵唔到你嘅帳號，麻煩喺度留言',
    '抖音上搜不到您的账号，有事在这里说就行',
    '我們喺FB搵唔到你個page，有咩喺呢度講就得',
    // round 39 (t39j): a battery's or a model kit's spec line, numbers with their units run together in the compact view
    '1/10比例，2S 7.4V 5200mAh，T插头，原厂标配。',
    '1/8比例，4S 14.8V 6500mAh，XT90插头，原厂标配。',
    '电池是3S 11.1V 2200mAh，XT60插头，放电倍率25C。',
    // round 38 (t38d): a spec line in the maker's own Latin names
    'Wacom Intuos S，USB-C接口，Mac/Win都支持，免驱。',
    'Logitech MX Keys，蓝牙和USB接收器都支持，兼容Mac和Windows。',
    'Sony WH-1000XM5，Type-C快充，续航30小时，支持蓝牙5.2。',
    // round 37 (t37c): the order's or parcel's own number read out in Chinese numerals, as a voice transcript writes it
    "嗯我看了下您这个单号是二零二四零五三一八八二七六五四三昨晚已经到杭州转运中心了",
    "好的亲运单号幺二三四五六七八九零一二三已经揽收了明天就到",
    // round 37 (t37b): the order's own number read out with the parcel's status (voice input, no stops)
    '好的我帮您看了订单号是二零二四一一零三五五八二七三六一已经从宁波保税仓发货了后天能到',
    '亲您的快递单号是七七三一二八五零九九六四二在途中明天派送',
    // round 34 (t34a): the buyer told to wait for the platform's own sale
    '双十一我们店里有满减，到时候领券更划算，您可以先加购。',
    '这款是贵了点，不着急的话等平台大促，叠券能省不少。',
    // round 34 (t34a): a channel of the buyer's waived, the thing sent here or through the order instead
    '电话不需要给我们，报关单我截图发在这里，您点开就能看。',
    '邮箱不用留了，质检报告我直接发在对话框里。',
    '手机号不必提供，退款进度订单里能查。',
    // round 33 (t33d): long replies that keep the buyer on the order page (no showroom, refund or return through the platform)
    "您好，这款面膜我们家是保税仓发货，每一盒都有溯源码，收到后扫一下就能看到进口信息。\n您问的敏感肌能不能用，这款是无香精配方，一般问题不大，第一次用建议先在耳后试一下。\n我们是纯线上店铺，没有线下门店，也不支持到店试用，您可以先拍单片装试试，不合适的话未拆封七天内都能退。",
    "您好，您的包裹还在广州的转运中心，我们已经催了快递公司好几次，对方说这两天件多。\n真是不好意思让您久等了。\n如果您不想再等，可以在订单页申请退款，我们这边马上同意；要是还想要，也可以先等两天，我们每天帮您盯着物流，有更新第一时间告诉您。\n其他问题随时找我。",
    "您好，您收到的台灯颜色和图片有点差别，这个我们会在详情页加一张实拍图，给您添麻烦了。\n如果您不想留，直接在订单页申请退货就行，运费险会补贴来回运费，不用您自己出钱。\n要是您愿意留下，我们也可以给您部分退款作为补偿，您看哪种方式更方便。",
    // round 32 (t32a): …the answer read as a sentence of its own after the doubt
    "线下付款靠谱吗？不靠谱的，还是在店里下单稳妥",
    "转账给你们安全吗？不太安全哦，在平台上拍就行",
    // round 31 (t31g): the buyer's doubt about another channel asked back, confirmed and the talk kept here
    "加我微信不靠谱吗？确实不靠谱，还是在这说吧",
    "加我vx不安全吗？是的，您在平台下单就行",
    "加我微信是不是不安全？对，咱们就在这里沟通",
    // round 31 (t31f): the buyer's own mailbox on the order asked back to confirm
    "您之前留的是姓名全拼加163的那个邮箱吗？",
    "您下单时预留的邮箱是拼音开头、后缀163的那个吗？",
    // round 31 (t31a)
    "跟您核对下收货手机尾号七七零幺对吗？快递会打这个号",
    "确认一下您预留的联系电话是139开头的吧？",
    "跟您核实下下单填的电话号码后四位是幺叁捌捌对吗",
    // round 25 (lead): off-platform ways named as a list, the last clause refusing them without a denial word of its own
    "线下付款，加微信转账我们都不接受哦",
    "私下交易，支付宝转账我们一律不支持",
    "加微信转账这种我们不接受的哦",
    // round 24 (t24a): an off-platform list closed by refusing it (deniedThroughout), the buyer's wish met in this chat
    '线下交易、私下收款真的不用，直接在小黄车拍就行',
    '当面交易、现金付款这些都不用，在直播间下单就好',
    '私下转账、站外交易我们不做，直接在店铺拍就行',
    '您说想加个vx方便发图，其实这里就能直接发图片和视频，点输入框旁边的“+”号就能上传',
    '您想用qq传视频的话，这边对话框里也能直接传视频',
    '您说想加微信问尺码，在这里说就行，我一直在',
    // round 23 (t23a): the shop's store told as gone (storeGone), nothing else asked
    '之前我们在南京西路88号有家门店，疫情那年关门了',
    '我们以前在中山路有个实体店，去年已经关了，现在只在快手卖',
    '我们在中山路88号的门店去年倒闭了，货都在快手店里',
    ...EVERYDAY_REPLIES,
    '售后问题您直接在订单页面点申请售后就可以，平台会全程跟进处理。',
    '付款请在快手下单页面完成，我们不会让您私下转账，也不会发收款码。',
    // round 23 (t23b): a tracking number after a courier's name (on a line of its own too) or a bare 单号 is not read either
    '提单号 MSKU 7730 2918 44，海运过来大概还要十天，到港后清关三到五天',
    '您的包裹明天到。\n物流：韵达 4318123456789\n有问题随时找我',
    '补发的那瓶走的极兔，\nJT5038291746352，\n这两天留意一下电话',
    '这是国际段：EMS EA123456789CN，国内段转中通 75310293847561，两边都能查',
    // round 29 (lead, CLEAN-CL): an international postal number in the UPU S10 shape, whatever its label, is the parcel's
    '国际段EA837261945JP已落地上海✈️',
    '日本那边发的是邮政小包RR551234889JP，到了国内转邮政，慢一点但很稳',
    '包裹号CP112233445DE，德国直邮，这周应该能清关',
    // round 17 (t17): an order, tracking or after-sales number after its label is the buyer's record, not a handle
    '退货单号RT20240512883，仓库签收后两天内退款，请留意',
    '转运单号是JD0098812234567，已经到了仓库，明天出库。',
    '快递单号SF1428836605512，目前还在东京等待航班。',
    '您的订单号 6021 3344 8817 2093 556，包裹追踪号UA123456789CN，预计周五到港。',
    // round 19 (CLEAN-BS): the agent's staff number on the platform, not a handle
    '我是客服小橙，工号0921，这个售后我全程跟进，您下次进来报工号就能直接转到我',
  ],
  invalid: [
    // round 51 (fa51): the goods told in the maker's Latin names, the box and the colour
    "Coach Tabby 26 配 dust bag，私聊我 chalk 米白",
    // round 49 (t49e): pinyin bodies that spell an off-platform word (si xia, wei xin, zhuan zhang, qun) — the model still judges them
    "亲，wo men si xia liao ba",
    // Round 56 (lead, retrain): the model alone no longer flags 亲，jia wo wei xin, wo gei nin pian yi dian (the whole linter still
    // blocks it: contact-wechat) nor 亲，zhi fu bao zhuan zhang gei wo jiu xing (no word rule does: lost).
    "您好，wo men ke yi si xia jiao yi, sheng dian shou xu fei",
    "亲，sao ma jia qun you you hui",
    "亲，ke yi jia ge wei xin liao",
    // round 47 (t47e): near-misses of the buyer's ask reported and closed on a bare refusal; the scanner app advised for the goods' own code — still caught
    "您问能不能不走平台下单，抱歉，这个不可以，但您加我微信可以私下便宜点。",
    "您问能不能不走平台，可以的，直接转我支付宝就行。",
    "溯源码扫不出来的话，用微信扫一扫加我好友，我发您验真链接。",
    "防伪码扫不了，用微信扫这个码关注公众号就能查。",
    // round 43 (t43j): a bundle or member price, but bought elsewhere or through a channel of ours
    '这个套装走我们自己的渠道，会员价更低',
    '会员价更低，您问我要个专属渠道就行',
    '套餐在其他店更实惠，您搜店名就能找到',
    '组合套装更便宜，不在这里卖，您搜我们店名',
    // round 41 (t41h): …not with another channel or an id
    // (round 47, t47b: Sorry no WeChat, but text me at 5551234567 / …my Line is shop123 moved to contact-phone / contact-other-im)
    // round 39 (t39n): …but with a visit or a channel asked beside it
    '到我们仓库大概要三天，急的话加我vx直接过来拿',
    // round 39 (t39l): …but not with a channel or a handle of ours beside it
    '抖音上搜不到您的账号，加我微信wx_88231聊',
    '小红书找不到你，可以在我的IG留言 @hkshop22',
    // round 39 (t39j): …but a spec line that sends the buyer elsewhere still does
    '2S 7.4V 5200mAh电池，T插头，外面买便宜一半，找我拿。',
    '电池7.4V 5200mAh，T插头，原厂标配，店里没货的话加我vx发你。',
    // round 38 (t38d): …but not with an ask or a channel word after the specs
    'Wacom Intuos S，USB-C接口，都支持，搜wacomshop加我。',
    'Wacom Intuos S，USB-C接口，Mac/Win都支持，免驱，加我vx便宜。',
    'Logitech MX Keys，蓝牙都支持，兼容Mac，私我发你链接。',
    // round 37 (t37c): …but with a call to us by phone in the sentence the model still speaks
    { text: "好的我帮您查了一下订单号是二零二四零六一八七七三五二九一零有事打这个电话找我", severity: "warn" },
    // round 33 (t33d): an offline meeting or showroom visit buried in a long reply
    "您好，这款面膜我们家是保税仓发货，每一盒都有溯源码，收到后扫一下就能看到进口信息。\n您问的敏感肌能不能用，这款是无香精配方，一般问题不大，第一次用建议先在耳后试一下。\n您要是住在南京，也可以直接来我们新街口那边的样品间试用，就在德基后面那栋写字楼十二层，周末都有人，来了报我名字，现场拿货还能便宜点。",
    "您好，您的包裹还在广州的转运中心，我们已经催了快递公司好几次，对方说这两天件多。\n真是不好意思让您久等了。\n要不这样，您别等这单了，直接把这单拒收退款，我明天下班后顺路给您送一份过去，晚上八点在您小区门口碰头，钱您当面给我或者转我都行。\n其他问题随时找我。",
    // round 31 (t31g): the doubt answered with an ask of ours after all
    "加我微信不安全吗？确实，在这里聊，有事加我",
    // round 31 (t31a)
    "跟您核对下我的电话尾号幺叁捌捌对吧？有事直接打给我",
    // round 25 (lead): the refusal aimed at the platform's own way, the outside one offered
    "加微信转账的话我们也可以，平台付款不行",
    "您平台拍不了的话，直接扫我码付也行",
    // round 24 (t24a): an item list not refused, or the wish met elsewhere, is still read
    // (round 35: 线下交易，手续费都不用…当面给就行 moved to off-platform-trade's table: the word rule blocks it, the retrained model no longer warns)
    { text: '您说想加个vx方便发图，那就加我吧，号是 lily_hk2024，私聊细说', severity: 'warn' },
    { text: '您想用别的软件聊？这边聊不方便，您搜一下我们老板的名字，通过一下验证，价格私聊给您更低。', severity: 'warn' },
    // round 23 (t23b): …but a handle or a mobile number after a courier's name is still read
    '中通快递的话加vx13812345678，直接找我发货',
    '顺丰到付也行，QQ 2938475612 联系我，私下发',
    '快递走韵达，\n有事打我手机 13912345678，\n不用在平台上问',
    { text: '这边聊不方便，您搜一下我们老板的名字，通过一下验证，价格私聊给您更低。', severity: 'warn' },
    { text: '我们在别的平台也有店，那边价格更实惠，您可以去搜一下同名的店铺看看。', severity: 'warn' },
    { text: '下次直接找我本人就行，不用在这里下单了，我给您算便宜点，货到付款。', severity: 'warn' },
    // round 17 (t17): the same code with no order label, or a move off the platform beside a masked number, is still read
    { text: '加一下LX305827164JP，物流的事我私下给您处理，不走平台', severity: 'warn' },
    { text: '国际段运单号LX305827164JP，您搜一下我这个号，私聊给您便宜', severity: 'warn' },
    { text: '您的订单号4027 1893 5520 6618 391，下次直接找我本人，不用在这里下单了', severity: 'warn' },
  ],
});
