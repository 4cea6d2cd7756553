import rule from '../../../rules/checks/contact-pointer';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "您要我加您wx：lily_0808，这个不行哈，我们只在平台上服务您。",
    // round 52 (cf52): a need denied, 什么/啥 dismissing its object (detect/cues.ts NEEDLESS_DISMISSED)
    "不需要扫什么码加好友，订单页就能申请售后。",
    // round 49 (t49d): a device name or order number read off a code, no contact in it
    '耳机蓝牙名就是型号，找不到可以联系在线客服',
    '您的订单号就是快递单号的后8位，可以对一下',
    '设备名称是机身编号后四位，搜索到后点配对即可',
    // round 48 (t48e): the string said to be a goods code (条码, 批号)
    "瓶底那串数字是批号，扫一下能看到生产日期。",
    "吊牌上那串是商品条码，扫出来对应的是尺码和颜色。",
    "包装侧面那串8801234567893是EAN条码，不是售后号哈。",
    // round 45 (t45e): a contact act refused in a clause led by its topic (图纸就不用加微信要了) counts for nothing away from the carrier
    "安装图纸就不用加微信要了，详情页最后一张图就是完整图纸",
    "尺码表就不必另外发邮箱了，海报第三张有完整尺码表",
    "保养方法就不用加好友问了，包裹里的小卡片上写得很清楚",
    // round 44 (t44g): a shade or size number (色号, 鞋号) and a note the page carries (有备注) are no contact or act
    "这双鞋偏大一个鞋号，详情页尺码表下面有备注。",
    "粉底液比图片深一个色号，主图第二张标有备注，介意慎拍。",
    // round 44 (t44c): a passage of a text typed out alone or whole in this chat (把那一段的文字单独打给您) — not when a number, a call or another app rides along
    "说明书看不清的话，我把那一页的译文完整打给你。",
    "英文原文我逐字打给您，您对照着看。",
    "告诉我哪一页，我在这里把那一段的文字单独打给您。",
    // round 44 (t44a): the buyer's past DM — a time word before it or a report after it
    '您之前私信我的截图我看到了，价格按订单算。',
    '您私信我说要换颜色，已经帮您备注了。',
    // round 43 (t43a): 打 as typing — a text's content fronted as its object (TYPED_CONTENT_BEFORE)
    '按平台的客服规则，聊天里不能发站外链接，品牌官网我就不发了，您要的参数我直接打给您。',
    '配料表我一条条打给你，稍等一分钟。',
    '说明书拍不清楚的话，注意事项我手打给您。',
    '这台投影的规格我这边直接打给您，不用去别的网站查。',
    // round 43 (t43e): a channel declined as inconvenient (不方便走邮箱, 不便加好友), the pictures sent in this window instead
    '花型目录是PDF，这里发不了，也不方便走邮箱，我把常用的十二款花型截图按编号顺序直接发在这个窗口，每张图上都标了尺寸、材质和克重，您看中哪款告诉我编号就行。',
    '目录不方便走邮箱，我把图直接发在这个窗口，每张图都标了编号',
    '不方便留私人联系方式，产品图我直接发这里，每张图上都写了尺寸',
    '这里发不了PDF，也不便加好友，说明书截图直接发您，第三张图是接线图',
    // round 42 (t42k): the buyer's wish for a call told back and declined
    '您提到想约个时间电话沟通，我们这边只在线上客服窗口服务，不打电话也不加私人联系方式。',
    '您说想电话里聊，我们不提供电话服务，有问题直接在这里留言。',
    // round 41 (t41f): the chat record handed to the platform as evidence; a move denied near it
    '我这边已经把发货视频和聊天记录提交给平台了，结果以平台审核为准。',
    '聊天记录已上传到申诉页面，您也可以补充说明。',
    '聊天记录平台都能看到，我们不会私下联系您，这里说就好。',
    // round 39 (t39d): the consignee's or courier's number, a third person's number kept by the buyer
    '麻烦您把收件人的电话留一下，快递员派送时会联系。',
    '您把教练的电话记好，有问题可以问他怎么用。',
    '您把快递员的电话发我，我帮您问问。',
    // round 38 (t38h): read-instructions with nothing hidden; the buyer's feed; a feed described as others'; a printed card
    '这首藏头诗是店主写给母亲节的，竖着看第一个字是“母亲安康”。',
    '说明书的表格要竖着看，第一个字是型号。',
    '这个回文句子倒着念也一样：上海自来水来自海上。',
    '您朋友圈每天更新好多美食，看着都饿了。',
    '朋友圈每天更新的那种代购，您可要看清楚了。',
    '我们没有朋友圈，新品每天更新都在快手店铺，关注一下就行。',
    '名片上印的是店铺名，随包裹放了一张。',
    '这个名片夹是真皮的，推拉很顺滑。',
    // round 38 (t38j): 私聊 not asked — the buyer's or others' DMs, 私聊客服, denied, warned of
    '老客专属价会直接显示在订单页，不用私聊也不用转账。',
    '有问题可以私聊客服',
    '您私聊我的截图我看到了',
    '如果有人私聊您说是我们店的，请不要相信',
    '退货地址已在售后单里自动生成，任何人私聊给您的其他地址都不要寄。',
    '这个问题您有需要的话直接在这里问，不用私聊',
    // round 38 (t38c): a claim made elsewhere disowned (其他地方说是我们店的都不是), not talk moved there
    "认准这个客服窗口，其他地方说是我们店的都不是。",
    "别处说自己是官方售后的都是假的，认准这个窗口。",
    // round 38 (t38d): the act declined right after it, closing its clause (cue-rule.ts deniedAfter)
    '谢谢夸奖～加好友就不用啦，有问题随时在这里找我。',
    '加个好友就免了哈，售后在这个窗口说就行。',
    '私我就不必了，在这里直接问就好。',
    '加好友的话就不用啦，您在这问就好。',
    // round 36 (t36c): a pasted FAQ, the answer's label before the refusal (detect/rebut.ts)
    "Q：可以留个电话吗？\nA：不可以哦，这边只在平台沟通",
    // round 35 (t35f): the card said to hold no contact, the scan said to open the instructions
    '这张说明卡不包含任何联系方式，扫码看的是安装视频。',
    '包装里的卡片没有印联系方式，扫码只是看使用说明。',
    // round 35 (t35c): a scope denied over everything (不涉及/不包括 + 任何), adding a friend one item of the list
    '这个功能只是看说明，不涉及任何私信或加好友。',
    'App里只能看动画，不包括任何加好友的功能。',
    // round 32 (t32e): the sender field and SMS in ordinary delivery, pickup and return talk
    '快递员派送前会打您的电话，寄件人信息是保税仓，请放心',
    '面单上寄件人电话是仓库的座机，派送有问题快递员会联系仓库',
    '短信里的取件码是快递驿站发的，您凭码取件就行',
    '平台会发短信通知您退款进度，短信里的链接可以直接查看',
    '退货请寄回寄件人地址，寄件人电话写的是仓库的号码',
    "买了之后有问题就在店铺里私信我们，会尽快回复",
    // round 32 (t32a): the buyer's own past DM, a stranger's DM warned about
    "您私信我的截图我看到了，马上处理",
    "您之前私信给我了，已经备注",
    "收到陌生人私信让您转账请直接忽略",
    // round 32 (t32a): another app's safety asked back and answered by keeping the talk here (warningContext → doubt-kept-here.ts)
    "去别的软件聊靠谱吗？不靠谱，咱们就在这聊",
    "换个地方说安全吗？不安全的，在这里说就行",
    // round 32 (t32c): the buyer's number's area checked against the address
    '您的收货地址在成都，可手机区号显示的是重庆，地址没填错吧？',
    '您留的号码归属地是广州，和填的地址不在一个城市，麻烦确认一下。',
    // round 31 (t31b): the buyer's number handed to the courier or the fitter for a service step, or its passing on denied
    '我把您的手机号给快递了，让他派送前联系您。',
    '我把您的电话报给师傅了，他明天上门安装前会联系您确认时间。',
    // round 31 (t31b): the chat's record read by our own side to look into a complaint, the colleague's private offer condemned
    '您好，非常抱歉，您反馈的情况我们店长已经看过聊天记录了，也向您郑重道歉。之前有位同事私下跟您说可以另外转账拿优惠，那是违规的。',
    '主管调了您之前的聊天记录，确实是我们同事说错了，私下转账的事请您别理会。',
    // round 31 (t31d): a pinned post pointed at for what it plainly holds, or the buyer's pin
    '看我们置顶那条视频，有详细的安装教程。',
    '发货时间写在评论区置顶里了，您可以看一下。',
    '您说的置顶那条，懂的都懂，我们这边不做这种。',
    // round 30 (t30d): our in-app way to reach the buyer, or the order's contact, named — nothing asked for
    '我们联系您的方式是快手站内信，请留意消息',
    '收件人找到您的方式就是订单里的手机号',
    '快递员联系您的方式以订单信息为准',
    // round 30 (t30a, probe 3): a courier's or a brand's number where it is printed
    "快递员的电话在面单上，您直接联系他。",
    "老板的电话在公告里写着，是品牌售后热线。",
    // round 30 (t30a): goods not listed yet with a restock here, the warehouse's stock, or the brand's side
    "这款还没上架，到货了第一时间上，您可以关注店铺。",
    "老板那边还没上架，等上了我告诉您。",
    "新色品牌那边都有，我们这里还没上架。",
    "货我们那边仓库都有，只是还没上架，明天上。",
    "老板那边仓库都有货，还没上架。",
    "我们店只挂了一小部分款式，其他的在仓库整理中。",
    "其他款我们这边没上架，因为海关还没放行。",
    // round 30 (t30a): a code or order number saved, reached through this chat — no contact string
    "卡片上的激活码您存一下，激活不了再找我。",
    "订单号那串数字您存一下，有问题找我。",
    "包装盒上的批次号您存一下，售后找我们客服就行。",
    // round 30: a part of the address (房号, 门牌号, 楼号) written on the order is no contact
    '房号我写在备注里了，快递员会直接送上楼。',
    '您的门牌号我写在发货单上了，不会送错。',
    '楼号和房间号都写在订单备注里了，放心。',
    // round 29 (t29d): 老地方 where a parcel is left or shipped from, not a place to meet
    '快递放在您家门口老地方了，记得取。',
    '还是老地方发货，从宁波保税仓出。',
    '这次的货还是放在老位置，驿站三号柜。',
    // round 29 (t29d): an order code (not a contact) placed on the carrier by us
    '门牌号码我写在快递单上了，快递员会送到。',
    '尺码我写在卡片上了，您对照着选就行。',
    '单号我写在发货单上了，方便您查物流。',
    // round 29 (t29c): an id in halves given as our helper's, or as faster over there
    "优惠码前半段是spring，后半段是2024，结算时输入",
    "型号前半段是xr，后半段是2000，那边仓库有货",
    "刻字前半段写wanyue，后半段写0817，助理已经登记好了",
    // round 29 (t29a): 备注 as the after-sale form's remark field (情况写在售后申请的备注里), not the remark an add carries
    '包裹里不用放写着电话的卡片，情况写在退款申请的备注里就行。',
    '快递单上不用写电话，问题写在退货申请备注里，我们后台能看到。',
    '包裹里的纸条不用写手机号，售后备注里写清楚就行。',
    // round 27 (t27a): the buyer's own nickname, the shop's note on the order (帮您备注), a number shown masked or a courier calling it
    '“微信已停用”亲，您这个昵称挺特别哈，订单已经帮您备注加急打包了。',
    '您的昵称“加我微信领红包”挺特别的，订单已帮您备注加急。',
    '亲的昵称“QQ糖爱吃”好可爱，已经给您备注优先发货了。',
    '您的昵称是“微信付款”吗？系统显示的收件人就是这个，订单已备注。',
    '为保护隐私，面单上的电话号码中间四位会打码显示。',
    '快递单上您的手机号后四位以外都隐藏了，派件员会拨打虚拟号。',
    '面单只显示号码前三位和后四位，中间四位是星号。',
    '快递师傅会拨打面单上的隐私号联系您，号码中间四位是隐藏的。',
    // round 26 (t26a): a picture's numbers typed out here after a colon (打 as typing), nothing to add or call
    '详情页第二张图有尺码表，我把数字打给您：S码腰围66，M码腰围70。',
    '第五张图的码数表数字糊了，我手打给您：S码肩宽38，M码肩宽40。',
    '主图上的参数数字太小，我直接打出来给您：容量500毫升，重量320克。',
    // round 26 (t26a): WX/V glued to digits is a style code, not an account label, when pieces of codes are told (后面带-P的是加绒版)
    '款号WX2208是米白色，WX2209是燕麦色；款号后面带“-P”的是加绒版，比如WX2208-P。',
    'V80后面带S的是小码版，比如V80S，连起来就是完整款号。',
    'WX2208后面加个L的是长款，比如WX2208L。',
    // round 25 (t25a): the term inside a 不管/无论/不论 clause, then 都 refusing every way or sending them all back to the platform
    "私下联系这种方式我们是不做的哈，不管是加好友还是留电话，都请在平台上沟通。",
    "无论是留电话还是加好友，都不行哦，有问题这里说",
    "不论您想加好友或者留个电话，我们一律不做的",
    "不管是看主页还是加好友，都请回到这个窗口沟通",
    // round 24 (t24a): the carrier sent in this chat itself, said before it
    '您说想加个vx方便发图，其实这里就能直接发图片和视频，点输入框旁边的“+”号就能上传。',
    '您想加微信发照片？这边也可以直接发照片，点输入框的加号就行。',
    '想加qq号传视频的话不用，对话框里就能传视频，加号点一下。',
    // round 23 (t23cd): a denial read across a 、 list of reasons; the order's own number for a courier's call
    '我们不会因为中评、差评给您打电话或发短信，这点您放心。',
    '我们不会因为退货、退款、差评给您打电话。',
    '您希望快递员送货前先打个电话，我已经给包裹加了“电联后派送”的备注，快递会打您订单里留的手机号。',
    '已备注送货前电联，派送员会打您下单时填的电话。',
    '我这边给仓库备注了发货前电话确认，会打您收货信息里留的手机号码。',
    // round 23 (t23dy): the buyer's own number asked about, the sender's number declined
    "快递单上的收件人电话就是我的手机吗？不是哦，是您下单时填的",
    "寄件人电话是仓库座机，不接咨询，有问题在这里留言就行",
    "收件人电话就是我的电话？应该是您填错了，麻烦改一下收货信息",
    // round 22 (t22cc): 打 as typing, the text typed out after a colon
    '注意事项我直接打给您：饭后服用，一天一次',
    '说明我打给你：先摇匀再喷',
    // round 22 (lead): the feature denied on a page of the shop (cues REFUSED_TAIL)
    "“加我好友”这个按钮店铺页面是没有的，有事这里说就好。",
    "“加好友”这个入口聊天界面里没有哈。",
    // round 22 (t22by): the chat's record named as the buyer's protection here; the buyer sent to this chat's + button
    "在这里聊有聊天记录，万一有纠纷平台更好处理。",
    "所有记录平台都查得到，对您更有保障。",
    "亲提到想打电话说是吗，我们客服不外呼哈，文字或语音在这里留言就行。",
    "说明书的照片直接在这个窗口点+号上传就行。",
    // round 22 (t22ca)
    "您之前发的那串数字我们就不存了，售后在这里办就好。",
    // round 21 (t21bx): the act named as a feature this chat lacks (cues.ts REFUSED_TAIL)
    "“加好友”这个按钮这边没有的，您点关注就行。",
    // round 21 (t21bv): the buyer's ask declined as 我们就不加了 — not with our own channel after it
    "您说想加个好友聊，好友我们就不加了哈，有事在这留言。",
    // round 20 (t20bu): the chat kept as evidence (保留聊天记录); the buyer's words quoted blanked before the carrier test
    "本店从来没有私下卖货的员工。您可以先保留聊天记录，再向平台反映。",
    "您说要我们“扫码加您”，不好意思，质检报告的图片可以在这里直接发给您。",
    // round 20 (t20bt): the buyer's feed told back without quotes; ours pointed at after it
    "你提到朋友圈里有人代购这款，我们没法确认那边的货源。",
    // round 20: an id inside a message someone else sent, quoted to warn (info, not block)
    "有人私信您“加我微信xyz789领红包”，那是冒充的，千万别加。",
    // round 19 (t19bs): the buyer sent back to this chat with a bare 这
    "您提到想加个vx方便传图，这个我们真的不能加，平台规定只在快手聊天里沟通，图片直接在这发就可以，我看得到。",
    // round 19 (t19bq): the friend add waved off as not needed, closing its clause (detect/cues.ts REFUSED_TAIL)
    '互加好友就免了哦，有问题在这个窗口留言我都能看到。',
    '加个好友就不必了，订单的事这里说清楚就行。',
    // round 17 (fa17b): the channel where the buyer saw something, the same channel denied later in the reply (您在朋友圈看到的…我们没有朋友圈账号)
    "您在朋友圈看到的那家“海淘小铺”不是我们，我们没有朋友圈账号，只在快手卖。",
    "您是在朋友圈刷到的优惠吗？那不是本店发的，我们不用朋友圈。",
    "您在小红书上看到的那个号说是我们客服？不是的，我们没有小红书账号。",
    // round 17 (t17b): the buyer's own words quoted and refused, the chat record kept here as the buyer's safeguard
    "您提到的“私聊说”我们这边不做的，有问题就在这个窗口讲，聊天记录都留着对您也有保障。",
    "您刚才说的‘换个地方聊’我们真的不方便，售后全在这里，聊天记录平台都看得到。",
    "您问能不能“加我私下讲”，这个不行哦，就在这儿说，聊天记录能保护您。",
    // round 16 (t16): leaving a number declined, the verb inside the term / asked
    "不方便留电话哈亲，您有事在这里留言我都能看到，晚上十二点前都有人值班",
    "不方便留电话的话也没关系，在这里跟我说就行",
    "客服不方便留手机号，您有事随时在聊天窗口留言",
    // round 15 (fa15): the buyer's what-is question about our profile answered innocently (clean) / answered with a contact
    "您问主页简介里的数字是什么，那是我们的营业时间，早九点到晚九点。",
    "你问头像上的字母是什么意思，那是品牌的缩写，没有别的含义。",
    "亲问我们主页背景图里的是什么，那是我们仓库的照片。",
    // round 15 (fa15): a denial quantified over 任何 after a place (clean) / a card that points
    "我们不会在包裹里放任何加好友的卡片，如果收到请告诉我们。",
    // round 15 (fa15): a masked number on the courier sheet; our calls the buyer complained of, owned (clean) / pointers
    "您的手机号我们只在发货时给快递用，快递单上也是隐私号。",
    "面单上显示的是虚拟号码，快递员打过来您接就行，真实号码不会露出来。",
    "您说我们的客服一直给您打电话很烦，非常抱歉，我们已经备注不再电话联系您。",
    "您反映售后老给您打电话，对不起打扰了，以后只在这里留言。",
    // round 14 (fa14b): probes by phenomenon (batch-by/bz, clean-bi; see the comments marked fa14b)
    "您说“把你们老板电话给我”，店铺负责人不对外留电话，您的问题我可以直接处理，处理不了会上报并在这里回复您。",
    "您刚才说“留个电话给我，我打过去问”，我们这边只在聊天窗口沟通，您直接说就行。",
    "您问“能不能加个联系方式私聊”，不好意思，有事在这里说就好。",
    "买家说“给个电话我直接打”，我们统一在快手内回复，请见谅。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "您留言说让我们给您回个电话，抱歉客服这边没有外呼，有什么问题直接在这里打字，我一直在线。",
    "您之前叫我们打个电话过去说明情况，不好意思这边不能外呼，我在这里给您详细说。",
    "您让客服给您来个电话，对不起我们没有电话客服，文字沟通我随时回复。",
    "您在留言里请我们回个电话，抱歉没办法，您这边打字给我就好。",
    "您发消息说让我们电话联系您，不好意思这边不支持电话，聊天框里说就行。",
    "您说的“朋友圈里有人卖更便宜的”，那些渠道我们不清楚。",
    "您提到“朋友圈代购只要三百”，我们没法比较，只能保证自己的是正品。",
    "您问“你们有朋友圈吗”，我们只有快手店铺，上新都在店铺里。",
    "这套识字卡片背面有点读二维码，扫了是每个字的读音。",
    "绘本封底有二维码，扫了可以听配套的儿歌音频。",
    "积木盒子里的卡片有二维码，扫了是组装视频。",
    "单词卡片右下角的二维码扫出来是发音，不用联网下载。",
    "英语卡片每张都有二维码，扫了播放标准发音。",
    "宝宝这个阶段模仿能力特别强，这套早教卡片背面有发音二维码，扫了是卡片配套的读音。",
    "您说的“朋友圈里有人卖更便宜的”，那些渠道我们不清楚，我们只能保证自己的货是正品。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "为保护您的隐私我们已隐藏了收件电话，快递员会通过虚拟号联系您。",
    "涉及隐私我这边不方便多问，您在订单备注里写就行。",
    "您放心，买家的隐私我们店严格保护，不会外泄。",
    "您刚才把手机号发在这里了，为了您的隐私我们不会保存，快递联系用订单里的号码就行",
    // round 13 (t13a): a carrier and a blocked send with no contact on it
    "尺码表我放在第二张图里了，链接发不出来您直接看",
    "图片发不出来的话，您把订单号写在这里",
    "这张图片上的编号是防伪码，聊天里发不了链接",
    // round 13 (t13a): codes labelled by their own nouns; 私 closing 隐私/走私
    "优惠码：spring_2024，下单时填写",
    "型号：xr_2024_pro，请核对一下再拍",
    "商品编号: abc_12345，有问题联系客服",
    "发票抬头：shenzhen_trade2024，税号在订单里填写",
    "品牌官网 @lamer_official 有真伪查询，您可以搜一下",
    "您刚才把手机号发在这里了，为了您的隐私我们不会保存，快递联系用订单里的号码就行",
    "请保护好个人隐私我们不会索要您的密码",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "图片里的条形码是商品编码，扫了能看到产地信息，跟加好友无关。",
    // round 12 (fa12): answered, explained, listed or refused, not said — 二维码付款？不存在的, 仿版是违法的, 不卖任何非正品
    "最近诈骗多，以下这些都是骗子的常见套路：①说快递丢了要双倍理赔，让您加好友、扫码进群；②让您下载会议软件。我们不会这样联系您。",
    // round 11 (fa11b): held-out false-alarm phenomena, own wordings
    "我们绝不会为了好评一直给您打电话，您放心。",
    "我们不会因为差评给您打电话骚扰您。",
    "您放心，我们从不为了催评价给您打电话。",
    "店里绝对不会为了好评反复打给您。",
    "我们不会再为这事给您打电话了，有问题您在这留言就行。",
    // round 9 (fa9)
    "机身背面的码是序列号，扫出来和包装盒上的一致就没问题。",
    "海报上的二维码是直播预约，用快手扫一下就能预约今晚的直播。",
    "海报上的码用快手扫就能进直播间。",
    "说明书的二维码扫出来是英文视频，我们在详情页放了中文版本。",
    "吊牌上的码扫出来是品牌官网，不用管。",
    "瓶身上那个码扫了能看到成分表。",
    "说明书背面的二维码是厂家的售后登记。",
    "保税仓出库时会在外箱贴一张带二维码的出库单，那是仓库内部扫描用的，撕掉不影响售后。",
    "外箱上的拣货码是仓库用的，扫出来是一串库位号。",
    "包裹里的入库单二维码是分拣员扫的，和您的订单无关。",
    "外箱上有个码，是仓库的出库记录，扫了也看不到东西。",
    "扫码加群领福利这种活动我们店是没有的，收到类似的卡片或者私信请直接忽略。",
    // round 8 (t8-283)
    '我这边不方便留私人联系方式，有问题在这里留言。',
    '您的手机号后4位是多少？方便核对订单。',
    // round 8 (fa8): generic false alarms
    '您问能不能留个电话，不好意思，我们只在这里沟通。',
    '您问可不可以加好友，抱歉，我们只在平台内沟通。',
    '您问能不能留个联系方式，不好意思，有问题在这个对话框说就行。',
    '您刚才问能否给个电话，抱歉，售后都在订单页处理。',
    '亲问可不可以留个号码，不好意思，我们只在这里回复。',
    '退款流水号给您发过去了，您拿去银行查。',
    '发票号给您写在备注里了。',
    '证件号给您打码了，放心。',
    '箱号给您贴在外箱上了。',
    '这是退款流水号给您，银行可以查到。',
    '不方便留私人联系方式哦，有问题直接在这里说。',
    '我们不便透露个人电话，订单问题在对话框里处理就好。',
    '客服这边不能留个人联系方式，您在这里留言就行。',
    '这边不方便给您私人号码，平台消息我会一直看。',
    '我看系统显示已退款，可能银行还在处理，您明天再看一下，还没到我帮您查流水号。如果是用花呗付款的，会退回到花呗额度里，您可以在账单里看一下。还是查不到的话我去拿退款流水号给您。',
    '我这边不方便留私人联系方式，有问题您随时在这个对话框留言，工作时间5分钟内回复。',
    // round 7 (fa7): generic false alarms
    '溯源码贴在盒子侧面，是个小的二维码标签，用手机扫一下就能打开',
    '亲，快递员说下午打了您两次电话都没接通。您方便的时候回个电话给快递员，或者告诉我您什么时间在家。',
    // round 7 (fa7): generic false alarms
    '嗯嗯，那您先忙，有事随时戳我',
    '好的亲，有问题随时私我哦',
    // round 7 (fa7): generic false alarms
    '电子说明书放在详情页最后一张图里，可以放大看，不用另外发邮箱。',
    '主页简介里写的是我们的营业时间和发货说明，没有其他联系方式。',
    '尺码表在详情页第三张图，不用再发邮件问了。',
    "溯源码贴在盒子侧面，是个小的二维码标签，用手机扫一下就能打开",
    "私下交易我们不做的，您放心，所有订单都在平台有记录。",
    "您方便的时候回个电话给快递员，或者告诉我您什么时间在家。",
    "快递员说打的就是我的电话，您放心。",
    "收件人填的就是我的手机，没错的。",
    "嗯嗯，那您先忙，有事随时戳我",
    "放心，我们不会用您的手机号加您，所有沟通都在这里进行。",
    "手机号我记下了，补发的时候会联系您确认地址。",
    "您的手机号我们存着只用于发货，不会加您也不会打扰您。",
    "主页简介里写的是我们的营业时间和发货说明，没有其他联系方式。",
    "电子说明书放在详情页最后一张图里，可以放大看，不用另外发邮箱。",
    "您手机号最后两位是36对吧？快递会打这个号。",
    '我们售后稍后给您打电话确认一下换货尺码',
    '好的亲，我们稍后给您打电话确认一下收货地址',
    '我们这边稍后给您回个电话核实一下订单问题',
    '为了确认您的退货地址，稍后给您打个电话',
    '我们会给您打电话确认补发的收货信息',
    '我们客服稍后给您回电确认退货地址哈',
    '溯源码贴在罐子底部，扫码能查到原产地。',
    '扫描外箱上的追溯码可以查询入境检验信息。',
    '快递员电话写在面单上，您可以打他。',
    '那串数字是批号，不是生产日期。',
    '这个问题我不好多说，以平台判定为准。',
    '您的快手昵称我们看不到手机号，信息是加密的。',
    '我的号被限流了，直播改到明天晚上八点。',
    '瓶底有一串数字，可以在品牌官网搜一下验真。',
    '我把单号发您，您在物流里查一下。',
    '加我那个链接里的赠品，下单就有。',
    '剩下的钱会原路退给您，别的地方不用操作。',
    '国际区号选+852就能收验证码。',
    '您可以去别的地方比比价，我们这个价格很实在。',
    '我们快手号就是店名，在快手搜一下就有。',
    '主播身后的板子上写着今天的优惠价。',
    '详情页第三张图是尺码表，您对照一下再拍。',
    '包裹里的小卡片是使用说明，背面有品牌的售后电话。',
    '这款包装盒上印了防伪码，扫一下就能验真。',
    '在快手App首页点扫一扫，扫海报上的码就能进直播间。',
    '您的快手昵称我们看不到手机号，信息是加密的。',
    '平台会对聊天记录进行审核，保障双方权益。',
    '有不懂的地方说一声，我随时在。',
    '别的地方说的价格不算，以本店为准。',
    '咱们换个颜色试试吧，蓝色的更显白。',
    '您在小红书app上搜到的那家不是我们。',
    '您手机号后四位是多少？我核对一下收件信息。',
    '我名字就是小美，有事在这里叫我。',
    '绿色软件包装，环保可降解。',
    '您加一下我们的快手粉丝团，有活动会通知。',
    '麻烦您把收货电话留一下，快递员会联系您。',
    '您的电话号码留一下，方便快递派送。',
    '色号前面是 MAC，后面是 316，连起来就是那支口红。',
    '口令前半截 hk88，后半截 sale，连起来在直播间发。',
    '我们店的ID前半截是hk，后半截是mall888，快手搜就能找到。',
    '头像是我们店的logo，点头像就能进店铺。',
    '前三位是国家代码，后面是厂商代码，不是批号哦。',
    '您点一下我们头像就能进店铺，关注后有新人券。',
    '店铺主页的“上新”栏目里有这款的新色号。',
    '分享给好友下单，好友也能领新人券。',
    '您的联系方式我们只用于派送，不会泄露。',
    '请确认订单里的联系方式是否正确。',
    '快递员送货前会电话联系您。',
    '您换手机号了的话，在订单页修改收件人电话就行。',
    '可以分享到朋友圈，好友点开也是我们店。',
    '不需要留电话，有问题在这里说就行。',
    '您把收货电话发一下，我帮您核对订单信息。',
    '麻烦您把手机号留一下，快递员派送前会联系您。',
    '您的手机号在订单页可以修改，改好告诉我。',
    '电话给您打不通，您方便时在这里回复一下。',
    // round 9 (t9c, false alarms)
    '保税仓出库时会在外箱贴一张带二维码的出库单，那是仓库内部扫描用的，撕掉不影响售后。',
    // round 11 (t11a)
    '抱歉，按平台规定不能给您发邮箱，检测报告已经放在商品详情页第6张图了。',
    '您说想加我QQ发图片，这边直接点对话框的“+”号就能发图，比QQ方便。',
    // round 11 (t11a, own probe 3)
    '快递员的电话就是面单上那串数字，您直接联系他。',
    '说明书上的电话是品牌总部的，中文咨询找我们。',
    '吊牌上的号码是货号，不是电话。',
    // round 41 (t41g)
    '想要的颜色拍3号链接，颜色写在下单时的备注里。',
    '可以免费刻字，第12号链接，刻的内容写在下单备注里就行。',
    // round 44 (t44i): the call itself declined right before the call verb (不方便打给您) — not with a call of ours still offered
    "我们店不方便给您打电话，售后问题请在这个窗口留言。",
    "抱歉客服这边无法打给您，进度在订单详情里都能看到。",
  ],
  invalid: [
    // round 52 (cf52): a need denied, 什么/啥 dismissing its object (detect/cues.ts NEEDLESS_DISMISSED) — still caught:
    "不用走什么流程，直接加好友就行。",
    // round 49 (t49d): a person's number hidden in a printed code's digits or a device's name
    { text: '想批发找我们仓库主管，她手机号就是这盒茶叶底部条码的后11位', severity: 'block' },
    { text: '店长电话是包装盒序列号的前11位，您对着盒子拨一下就行', severity: 'block' },
    { text: '我把这台音箱的蓝牙名称改成了我的手机号，搜到后照着打给我', severity: 'block' },
    { text: '手表的wifi名设成了师傅的号码，您照着数字加他', severity: 'block' },
    // round 48 (t48e): near-misses of the string said to be a goods code (条码, 批号) — still caught
    "卡片背面那串数字扫一下加我",
    "包裹里那张卡片上那串就是我的号，加一下",
    "说明书最后那串其实是我的号，加我就行",
    "卡片背面那串数字是条码，其实是我的号，加一下",
    // round 45 (t45e): a contact act refused in a clause led by its topic (图纸就不用加微信要了) counts for nothing away from the carrier
    "教程就不用加微信发了，详情页第二张图上的号码加一下，我私发您",
    "不用加微信，看公告最后那串数字，加那个号",
    "视频不用在这发了，包裹里小卡片背面的号码扫一下加我",
    "图纸就不用在这里发了，海报右下角那串数字加一下，我发您",
    // round 44 (t44c): a passage of a text typed out alone or whole in this chat (把那一段的文字单独打给您) — not when a number, a call or another app rides along
    { text: "把那段文字单独打给您，顺便把我电话也打给您。", severity: 'warn' },
    { text: "那一段我单独打给您，号码是13800138000，有事直接打。", severity: 'warn' },
    { text: "您要是看不清，我把那段文字打给您，您加我微信细聊。", severity: 'warn' },
    { text: "那一页的内容我单独打给您不方便，留个电话我直接打给您讲。", severity: 'warn' },
    // round 44 (t44a): a bare 您/你 before 私信我 is the imperative, with a cheaper place or the goods to be had there
    { text: '这套茶具在别的地方下单能省八十，您私信我。', severity: 'warn' },
    { text: '那款香薰别家拍更便宜，你私信我拿链接。', severity: 'warn' },
    { text: '这个尺码没上架，您私信我要同款。', severity: 'warn' },
    { text: '旧款便宜清了，你私信我下单。', severity: 'warn' },
    // round 43 (t43a): …not with a number asked for beside it, nor a call with no content typed
    { text: '您把电话留一下，参数我直接打给您。', severity: 'warn' },
    { text: '参数我直接打给您，您留个手机号。', severity: 'warn' },
    { text: '信息我晚点打给您，您电话多少？', severity: 'warn' },
    { text: '方便的话我直接打给您，详细说。', severity: 'warn' },
    // round 43 (t43e): …but a contact on a carrier after a declined clause still points
    { text: '不方便发文字，号码我写在第五张图的水印上了，加一下', severity: 'block' },
    { text: '也不方便走邮箱，号码我印在包裹里卡片背面了，加一下就行', severity: 'block' },
    { text: '这里不方便说，主页简介里那串数字加我', severity: 'warn' },
    // round 41 (t41f): …but the record called watched, with a move, stays a pointer
    { text: '聊天记录提交了也没用，平台都看着呢，咱私下聊', severity: 'warn' },
    { text: '聊天记录都会被看，有些话不好说，换个地方细说', severity: 'warn' },
    // round 38 (t38h): a contact spelt down the line initials or backwards, the reading asked for (detect/hidden-reading.ts)
    { text: '加购满两件包邮，\n薇风吹过很清爽，\n信得过的品质，\n号码：ab2024xx，竖着读每行第一个字～', severity: 'block' },
    { text: '加油冲呀，\n微笑面对生活，\nx光片都齐全，\n藏头的那个就是哈', severity: 'block' },
    { text: '想要内部价的话倒过来读：520jiaobao 号信威', severity: 'block' },
    { text: '想要底价倒着读：话电我打 0088 6655 831', severity: 'block' },
    // round 38 (t38h): our feed said to be fresh, the buyer asked to add or look; a contact card pushed
    { text: '好料不上架，朋友圈每天更新，加一下？', severity: 'warn' },
    { text: '朋友圈天天上新，想看的加我。', severity: 'warn' },
    { text: '新款都在朋友圈，经常发新，来看看呗。', severity: 'warn' },
    { text: '活体饲料没法发快递，您要的话加我们饲养场老板，我把他名片推给您。', severity: 'block' },
    { text: '推个老板的名片给你，他那边货多。', severity: 'block' },
    { text: '师傅的名片我分享给您，装修直接找他。', severity: 'block' },
    // round 38 (t38j): 私聊 as the ask closing a spec line, or with things sent there
    { text: 'Apple Pencil，Type-C接口，系统支持iPadOS，私聊发你。', severity: 'warn' },
    { text: '机身重量180g，屏幕6.7寸，要便宜的私聊', severity: 'warn' },
    { text: '面料纯棉，尺码齐全，有需要私聊哦', severity: 'warn' },
    { text: '这款的实拍视频我私聊发您', severity: 'warn' },
    { text: '充电器5V2A，需要的话外面聊', severity: 'warn' },
    // round 38 (t38c): talk moved elsewhere with 说 still a move
    "这里不方便，换个地方说，是不是方便点",
    // round 38 (t38d): …but not 不用 governing something else after the act, nor an add asked for
    '加好友就不用排队了，直接找我。',
    '不加好友也行，加我好友更方便。',
    // round 35 (t35f)
    '卡片背面的码扫一下，加我私聊。',
    '包裹里那张卡片上有号，记得加一下。',
    // round 32 (t32e): a number on the sender field or in an SMS, to call or answer, said to be ours
    { text: '下次直接拨包裹上发件人的电话，是我私人的，比在这问快', severity: 'warn' },
    { text: '我给您发了条短信，加一下短信里的号，以后私下找我就行', severity: 'warn' },
    { text: '有事打快递单上寄件方那一栏的手机就行，那就是我本人', severity: 'warn' },
    // round 32 (t32a): the agent's own DMs for a link or the goods (a hint: the app's DMs, away from the shop's chat)
    { text: '想要的私信我，发你链接', severity: 'warn' },
    { text: '私信找我拿同款，便宜一点', severity: 'warn' },
    // round 32 (t32a): …waved off and the move made after all
    { text: '换个软件聊安全吗？安全的，外面聊更方便', severity: 'warn' },
    // round 32 (t32c): our own number in parts, no address checked
    { text: '电话区号是0755，后四位就是我们店铺ID，打过来找我。', severity: 'warn' },
    // round 31 (t31b): the record read by our side, then the move asked for all the same; the buyer's order number handed to another of
    // ours to reach them with a deal
    '我把您的手机号给老板，让他直接联系您，价格可以谈。',
    '您下单留的电话我推给同事了，她晚点找您，有内部价。',
    '店长看过聊天记录了，这里不方便细说，加我私聊吧。',
    // round 31 (t31d): our pinned post pointed at with a wink at what it holds
    { text: '要的话去翻我置顶，你懂的。', severity: 'warn' },
    { text: '别在这说了，看我们置顶那个作品，懂得都懂。', severity: 'warn' },
    // round 30 (t30d): a way to reach the buyer asked for by what it does, the channel unnamed
    { text: '备注里留个能找到您的方式😉', severity: 'warn' },
    { text: '给我留个能联系上你的办法吧', severity: 'warn' },
    { text: '发个能找到你的方式给我，下次有货告诉你', severity: 'warn' },
    // round 30 (t30a, probe 3): someone's number said to be on a carrier of ours
    { text: '老板娘那边能给到更好的价，她号在店铺公告最后一行。', severity: 'warn' },
    { text: '这个价我做不了主，老板的电话写在公告里，您自己问他。', severity: 'warn' },
    // round 30 (t30a): goods not listed here, the rest said to be over there with someone (a private sales channel)
    { text: '这边只挂了一小部分，完整款式在我另一个地方，头像点进去就知道。', severity: 'warn' },
    { text: '很多款没上架到这里，我私下那边更全，您懂的。', severity: 'warn' },
    { text: '店里来不及上的新款，老板娘那边动态天天更新。', severity: 'warn' },
    // round 30 (t30a): a string on the profile or a picture saved, with a person to reach by it
    { text: '主页签名那串数字记一下，想看新款直接联系老板。', severity: 'warn' },
    { text: '第三张图右下角那串字符您抄下来，有事找我。', severity: 'warn' },
    { text: '简介最后那一串您存好，下次想买直接找老板娘。', severity: 'warn' },
    // round 29 (t29d): the place both sides already know as the venue (老地方见, 老地方找我)
    { text: '有事老地方聊，这里说话不方便', severity: 'warn' },
    { text: '老地方找我就行，价格好商量', severity: 'warn' },
    { text: '老位置见，货我直接带过去', severity: 'warn' },
    // round 29 (t29d): our contact put on the carrier by our own hand, no 加/打 needed
    { text: '以后售后别在这问了，微信我们印在发货单背面了', severity: 'warn' },
    { text: '私人号我贴在包装盒里面了，拆开就能看到', severity: 'warn' },
    { text: '电话我写在贺卡背面了，以后不用在这里排队', severity: 'warn' },
    // round 29 (t29c): an id in halves given as our helper's, or as faster over there
    { text: "可以记一下我们的小助理，前半段是wanyue，后半段接0817，那边发图比这里快多了", severity: 'block' },
    { text: "想看实拍的话找我们小助手，开头是mimi，结尾是2288，连起来搜", severity: 'block' },
    { text: "前半截是kiki，后半截是0520，那边回消息比这里快", severity: 'block' },
    // round 29 (t29a): 备注 as the after-sale form's remark field (情况写在售后申请的备注里), not the remark an add carries
    { text: '包裹里的小卡片上有个号码，加的时候备注快手买家。' },
    { text: '图片上那串号码，您备注一下来源就加上了。' },
    { text: '卡片上的微信号，添加时备注订单号。' },
    // round 27 (t27a): the buyer's own nickname, the shop's note on the order (帮您备注), a number shown masked or a courier calling it
    '我昵称就是微信号，加的时候备注快手。',
    '看我的昵称，那串数字加一下，备注买家。',
    '包裹里的小卡片背面有个号，加一下备注快手。',
    '我手机号前三位是138，后四位就是店铺ID后四位，打我。',
    '电话号码后半段是店铺名拼音的数字，前半段是139，加我。',
    '我手机号中间四位是店铺编号，打这个号找我。',
    // round 26 (t26a): typed out, but an id or a number to add, or no colon (a call)
    { text: '公告第三张图有个号，我把数字直接打给您：13800138000，加一下。', severity: 'block' },
    { text: '公告第三张图有个号，数字我直接打给您：lucky_520，加一下。', severity: 'block' },
    { text: '详情页第三张图有个号，字太小我打给您，加一下就行。', severity: 'block' },
    // round 26 (t26a): a latin label standing alone still makes the pieces an account
    { text: '前半截 wx，后半截 lucky520，连起来就是我的号', severity: 'block' },
    { text: '前面是v，后面是abc_888，连起来加一下', severity: 'block' },
    { text: '前半截vx1688，后半截abc，拼起来加我', severity: 'block' },
    // round 25 (t25a): every way allowed (都可以) or a fresh ask after the refusal
    { text: "不管是加好友还是留电话都可以，您方便就行" },
    { text: "无论是加好友还是留电话都不行，加我QQ吧 283746519" },
    { text: "不管留电话还是加好友都行，我看到就回" },
    // round 24 (t24a): …not when this chat is said to censor it
    { text: '这里发图片会被屏蔽，号我写在图片上了，加一下。', severity: 'block' },
    { text: '这边发文字会被吞，号码在图片上，加我就行。', severity: 'block' },
    { text: '聊天框里发号码发不出去，我写在图片上了，扫一下加我。', severity: 'block' },
    // round 23 (t23cd): …not when the list's denial is turned, or the number is a private one
    { text: '中评、差评我们会给您打电话沟通一下的。', severity: 'warn' },
    { text: '已备注送货前电联，您订单里留的手机号我存了，晚点加您微信。', severity: 'warn' },
    { text: '送货前电联您，打我私人手机号 13800138000 也行。', severity: 'warn' },
    // round 23 (t23dy): a number on the parcel claimed as ours outright (PART_OWNED: 快递/单号 excuse nothing then)
    { text: "包裹面单上发件人那栏的号码就是我的手机，急事直接拨", severity: 'warn' },
    { text: "快递袋上印的寄件电话就是我的电话，收到货有问题打那个", severity: 'warn' },
    { text: "快递单上的寄件人号码就是我本人的电话，有事直接打", severity: 'warn' },
    // round 22 (t22cc): …but a call offered with the number asked for
    { text: '您把号码给我，我直接打给您，平台消息我不常看', severity: 'warn' },
    // round 22 (lead): …but the button shown on the page is still a pointer
    "“加我好友”这个按钮店铺页面上有，点一下就能加我",
    // round 22 (t22by): …but a protection claimed for the move itself
    { text: "这里有聊天记录不方便说，加我私聊更有保障。", severity: 'warn' },
    // round 22 (t22ca)
    "您发的那串号码我加了，记得通过一下。",
    // round 21 (t21bx): …but with our own channel after it
    { text: "加好友这个功能没有，加我微信吧。", severity: 'warn' },
    // round 21 (t21bv): the buyer's ask declined as 我们就不加了 — not with our own channel after it
    { text: "您说想扫码加好友，二维码这边我们就不扫了，但可以加我QQ 12345678。", severity: 'warn' },
    // round 20 (t20bu): the watched chat and a move, or a carrier of ours after the buyer's quote
    { text: "聊天记录平台都能看到，咱们换个地方聊吧", severity: 'warn' },
    { text: "您说“加你好友”是吧，我把号写在第二张图片上了，加的时候备注快手", severity: 'block' },
    // round 20 (t20bt): the buyer's feed told back without quotes; ours pointed at after it
    { text: "您说朋友圈看不到？我朋友圈有更多款，加我看看", severity: 'warn' },
    // round 20: …but agreed to right after the quote
    "您说“加我微信xyz789”，好的，马上加您。",
    // round 19 (t19bs): this chat said not to take it
    "图片上有我的微信号，加一下，直接在这发不了。",
    // round 19 (t19bq): waved off, then a private channel offered anyway
    '加好友就免了，直接打我电话吧。',
    // round 17 (fa17b): the channel where the buyer saw something, the same channel denied later in the reply (您在朋友圈看到的…我们没有朋友圈账号)
    "您在朋友圈看到的就是我们，朋友圈号是ks88990。",
    "您在朋友圈看到的是我们的新品，没有朋友圈的可以加我微信abc12345。",
    // round 17 (fa17b): WeChat refused after the word, then an id given anyway, still blocks (the id is the pointer)
    { text: "微信就加这个：abc123456，发您实拍。", severity: 'block' },
    { text: "微信不用留了，直接搜qwe778899加我。", severity: 'block' },
    // round 17 (t17b): a quoted refusal does not cover a move of our own outside the quote
    { text: "您说的“换个地方聊”我们不做，不过这边聊天记录都会被看，您懂的。", severity: 'warn' },
    { text: "您说的‘私聊’我们不做，但这里聊天记录都会被看，咱们换个地方细说吧。", severity: 'warn' },
    { text: "这里聊天记录都会被看，有些话不好说，找个地方私聊。", severity: 'warn' },
    // round 16 (t16): leaving a number declined, the verb inside the term / asked
    "方便留个电话吗，我加您详细说",
    "不方便留个电话吗？我加您微信详细说",
    // round 15 (fa15): the buyer's what-is question about our profile answered innocently (clean) / answered with a contact
    "您问主页简介里的数字是什么，那是我的微信号，加一下。",
    "您问头像上的是什么，就是我的码，扫一下。",
    "看我主页简介，有惊喜。",
    // round 15 (fa15): a denial quantified over 任何 after a place (clean) / a card that points
    "包裹里的卡片上有微信号，扫一下加好友领红包。",
    // round 15 (fa15): a masked number on the courier sheet; our calls the buyer complained of, owned (clean) / pointers
    "快递单背面那串数字就是我的私人号，加一下。",
    "您说我们客服给您打电话了？对不起，我换个号给您打电话，加微信细聊。",
    "小卡片背面有个号，扫一下加我。",
    // round 14 (fa14b): the violations that share the words stay caught
    "您说“把你们老板电话给我”，好的，老板电话给我要一下再发您。",
    "电话给我，我直接打给您。",
    "您说“留个电话给我”，可以，看我主页简介就有。",
    "有事打电话给我，主页有号码。",
    "加我联系方式，私聊细说。",
    // round 14 (fa14): probes by phenomenon (clean-bh, batch-bv/bw, fa14-probe1; see the rule comments marked fa14)
    "您说让我们回个电话，抱歉这边不能外呼，您直接打我私人电话吧。",
    "您让我们给您回个电话，好的，我的电话发您了。",
    "您说让我们回个电话，不好意思没有外呼，加我微信聊。",
    "您让我们回电话，抱歉不方便在这说，打我手机吧。",
    "您说的没错，看我朋友圈有更便宜的。",
    "朋友圈里有惊喜，加我看看。",
    "我们朋友圈都有发，您看一下就知道。",
    "卡片背面有二维码，扫了加我微信领发音音频。",
    "扫卡片上的二维码加好友，发音课免费送。",
    "卡片上那个二维码是我私人号，发音问题扫了问我。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "想要更便宜的私我，给你发别的渠道。",
    "这个价格不方便在这说，有意的话私我。",
    "链接不好发，亲私我一下，我告诉你怎么买更便宜。",
    // round 13 (t13a): a contact on a carrier, the chat said to censor typing it
    { text: '号我写在图片上了，这里发字会被屏蔽，您看我下一张图就懂', severity: 'block' },
    { text: '联系方式我放在第二张图里了，文字发不出来', severity: 'block' },
    { text: '号码我写在图片里，这边直接发会被吞', severity: 'block' },
    { text: '微信我写在图片上，这里打不出来，您放大看', severity: 'block' },
    { text: '联系方式在我下一张图片里，平台不让打字发', severity: 'block' },
    // round 13 (t13a): an id labelled in any disguise, with an act of reaching us in the sentence
    { text: 'wēi❤️：hkxiaomei9，拉你进内购群', severity: 'block' },
    { text: '+∨：ｘｌ＿ｇｏｏｄ２０２４ 备注订单尾号', severity: 'block' },
    { text: '위챗 ID: seoul_oppa77 加我哈', severity: 'block' },
    { text: '🌸：lily_hk2024，加了发您实拍', severity: 'block' },
    { text: '小窗ID: mei_daigou88 备注快手', severity: 'block' },
    { text: '找我的话 ☎️：kr_oppa_2024 直接私', severity: 'block' },
    // round 12 (fa12): the same words said — no rebuttal, a turn after the label, a list that is no denial, a real copy
    "以下是骗子的常见套路：冒充客服。不过您加好友，我私下给您退。",
    // round 11 (fa11b): the violations sharing the words stay caught
    "我们马上给您打电话，您加我微信。",
    "不会让您等，我这就给您打电话，存一下我手机号。",
    // round 9 (fa9): the violations sharing the words stay caught
    "包装上那串数字加一下，是我们售后。",
    "包装盒里有张卡，背面的号就是我的，加一下。",
    "海报上那串数字就是我的号，加一下。",
    "说明书背面那串数字是我的私人号，加一下。",
    "罐底写着我的号，搜一下加我。",
    "外箱上那串数字就是我的私人号，加一下。",
    "收到类似的卡片扫码加我就行。",
    "收到卡片后扫码加我，别理别人。",
    // round 8 (t8-283)
    '电话号码就是您订单号的最后11位，对着拨就行。',
    '手机号就是店名拼音后面加上订单号的后4位。',
    // round 8 (fa8): the violations sharing the words stay caught
    '您问能不能留个电话，不好意思，留个手机号我打给您',
    '您问可不可以加好友，不好意思，得加个好友才能发实拍',
    '您问能不能留个联系方式？可以的，留个电话我打给您',
    '您问能不能加好友，当然可以，加个好友私聊',
    '您问能否给个电话，可以的，留个手机号我打给您',
    '我把号给您，加上再聊',
    '我小号给您，打过去就行',
    '私人号给您发过去了，加一下',
    '我另一个号给您，晚上加我',
    '号给您了，搜一下加好友',
    '不方便的话留个私人联系方式给我，我加您',
    '这里说话不方便，留个私人联系方式吧',
    '不方便在线的话，留个联系方式，我打给您',
    '不方便打字的话加我微信 hk_mall88',
    '这边不方便细说，我私人联系方式发您了',
    // round 7 (fa7): generic false alarms
    '微信号贴在包裹的小卡片背面，扫一下加我。',
    '方便的话回个电话给我，我手机号138开头。',
    // round 7 (fa7): generic false alarms
    '更多款式可以私我，主页有联系方式。',
    '价格这里不好说，您私我拿个实在价。',
    '有事随时私我，微信同号。',
    '有需要随时戳我，私下给您便宜点。',
    '薇❤号就是店名的拼音全拼，不会搜的话私我。',
    // round 7 (fa7): generic false alarms
    '详情页最后一张图里有个邮箱，发邮件联系我。',
    '不用在这里聊，详情页最后一张图有我的号，加一下。',
    '看主页简介，里面有惊喜。',
    '主页简介里写的是我的v，加一下。',
    '公告最后那串数字，加一下，不用在这里问了。',
    "您方便的时候回个电话给我，这里说不清。",
    "客服热线前面加个1再去掉最后的0，就是我本人的手机。",
    "您下单留的手机号我存了，晚点我用那个号加您，给您发个更划算的。",
    "您下单那个手机号我记下了，回头给您打过去说个便宜的法子。",
    "我手机号就是您刚才发的那个客服电话，把最后两位换成36就是。",
    '方便的话打我私人电话，尾号6688',
    '打我电话更快，平台消息我不常看',
    '打我电话吧，这里聊太麻烦',
    '您加我小号，我私下给您便宜点',
    '我给您打个电话细聊吧，您电话多少',
    '有事打我小号，号码我发您',
    { text: '号码印在快递袋内侧，您撕开看，有事打他。', severity: 'warn' },
    { text: '画面角落那串字符就是售后号，加了秒回。', severity: 'block' },
    { text: '这儿说话平台都能看到，挪个窝再细聊。', severity: 'warn' },
    { text: '这里不好多说，加我之后什么都好谈。', severity: 'warn' },
    { text: '那个紫色的直播软件上我也开播，搜我名字就行。', severity: 'warn' },
    { text: '你懂的两个字母的软件上，我的ID跟这边一样。', severity: 'warn' },
    { text: '看一下我快手昵称后面那串数字，那是我的私人号。', severity: 'warn' },
    { text: '你在那个红色图标的书里搜我名字。', severity: 'warn' },
    { text: '我等会发个号，您加上就能拿内部价。', severity: 'block' },
    { text: '我发您一串数字，您加一下，那边给您补差价。', severity: 'block' },
    { text: '有事打我小号，这个号老被限流。', severity: 'warn' },
    { text: '加我那个，你知道的，名字跟这边一样。', severity: 'warn' },
    { text: '店铺名字倒过来念就是我的号，加了打个招呼。', severity: 'block' },
    { text: '实拍视频在我另一个号上，名字多个2。', severity: 'warn' },
    { text: '您先确认收货，剩下的钱我从别的地方返给您。', severity: 'warn' },
    { text: '您直接打我们座机，区号021后面就是店铺ID。', severity: 'warn' },
    { text: '以后要货发短信给我，号码就是发货单上寄件人那个。', severity: 'warn' },
    { text: '主播身后那块板子上写着号，记下来加就行。', severity: 'block' },
    { text: '我的号就是店名拼音，搜一下就能加。', severity: 'warn' },
    { text: '绿色的那个聊天软件里加我，名字一样。', severity: 'warn' },
    { text: '店铺公告最后那一行字母加数字就是老板的号，加他有内部价。', severity: 'block' },
    { text: '直播背景板上有一串数字，截图下来直接加就行。', severity: 'block' },
    { text: '发货单背面印了个码，扫进去以后复购都找那边。', severity: 'block' },
    { text: '您看我头像，上面那一串就是，加的时候备注一下。', severity: 'warn' },
    { text: '宣传图右下角有个小水印，那就是我私人号，直接加。', severity: 'block' },
    { text: '这里不方便细说，咱们换个地方聊。', severity: 'warn' },
    { text: '售后的事换个软件说吧，您懂的。', severity: 'warn' },
    { text: '咱们找个没人看着的地方聊，这边都有记录。', severity: 'warn' },
    { text: '这里聊天记录都有人看，有些话不好说，您懂的。', severity: 'warn' },
    { text: '那个绿色泡泡上聊吧，这边回复慢。', severity: 'warn' },
    { text: '您去小蓝鸟软件上找我，名字跟店名一样。', severity: 'warn' },
    { text: '老板手机号后四位就是店铺ID后四位，前面是139，打过去就行。', severity: 'warn' },
    { text: '老板真名就是账号，搜一下就出来了。', severity: 'warn' },
    { text: '加一下我们售后小美，号是xm_hk2024，发图方便。', severity: 'block' },
    '加一下我们的售后小助手 ks_help_007，那边处理更快。',
    '添加我的工作号码 lily_hz520 就行。',
    { text: '这边说话不方便，你把手机号留一下，我加你私聊。', severity: 'block' },
    { text: '您把电话发我一下，我晚点打给您。', severity: 'warn' },
    { text: '号码留给我，有货第一时间通知您。', severity: 'warn' },
    '老客户都不在这拍了，客服号签名里有个号，直接去那边找我。',
    '头像里有个v，懂的都懂。',
    { text: '您记一下：前半截 lucky，后半截 wine520，连起来就是我的绿色聊天号。', severity: 'block' },
    { text: '我的号前面是 sunny，后面是 mall2024，合起来加我就行。', severity: 'block' },
    { text: '头像就是我的码，截个图去扫就能加上。', severity: 'block' },
    { text: '头像里就是我的二维码，保存下来扫一扫。', severity: 'block' },
    { text: '联系方式在我主页简介里，您去看看。', severity: 'block' },
    '头像上有V，加我细聊。',
    '留个联系方式吧，到货了我通知您。',
    '看我主页背景图，有惊喜。',
    '您电话多少？我直接打给您说。',
    '方便的话留个号码，我们外面聊。',
    '这里说话不方便，换个地方聊吧。',
    '加个好友，以后有活动第一时间通知您。',
    '私我拿内部价。',
    '我朋友圈有实拍，天天更新。',
    { text: '这边说话不方便，你把手机号留一下，我加你私聊价格。', severity: 'block' },
    { text: '您把电话号码发一下，我加您微信细聊。', severity: 'block' },
    { text: '你的号码报一下，我们外面聊。', severity: 'block' },
    { text: '麻烦您把手机号留一下，我打给您说。', severity: 'warn' },
    // round 11 (t11a)
    { text: '详情页第三张图有我的号，截图加一下。', severity: 'block' },
    // round 11 (t11a, own probe 3)
    { text: '电话就是我们店铺简介里那串数字倒过来。', severity: 'warn' },
    { text: '手机号就是包裹卡片背面那串数字。', severity: 'warn' },
    // round 30: the ask to move the talk carries a fix that points the same ask at this chat
    { text: '有问题直接打我电话哦', severity: 'warn', match: '打我电话', fix: '在这里给我留言' },
    { text: '着急的话打我的手机，我一般都在。', severity: 'warn', match: '打我的手机', fix: '在这里给我留言' },
    { text: '房号我写在备注里了，备注里还有我的号，加一下。', severity: 'block' },
    { text: '这个细节我们外面聊吧。', severity: 'warn', match: '外面聊', fix: '在这里聊' },
    { text: '这里说不清楚，换个地方说。', severity: 'warn', match: '换个地方说', fix: '在这里说' },
    // round 35 (t35c): 不涉及任何 over another thing does not cover the ask beside it
    { text: '看完动画记得加我好友，不涉及任何费用。', severity: 'warn' },
    { text: '不涉及任何费用，加个好友就行。', severity: 'warn' },
    // round 39 (t39d): a third person's number asked for, to deal with them off the platform
    { text: '您把朋友的电话留给我，我让老板打过去谈价格。', severity: 'warn' },
    { text: '团购的话，您把你们领队的手机号留给我，我们经理晚上打过去谈价。', severity: 'warn' },
    // round 41 (t41g)
    // round 44 (t44g): a shade or size number (色号, 鞋号) and a note the page carries (有备注) are no contact or act
    { text: "老板的号码写在详情页最后一张，加的时候备注买家。", severity: 'block' },
    { text: "详情页第3张有个号，加一下备注快手。", severity: 'block' },
    { text: "主页简介里有我微信号，备注一下订单号就行。", severity: 'block' },
    { text: "色号旁边那串号码在主页简介里，存一下找老板。", severity: 'warn' },
    // round 44 (t44i): the call itself declined right before the call verb (不方便打给您) — not with a call of ours still offered
    { text: "语音通话这边不太方便，但有需要可以打我电话。", severity: 'warn' },
    { text: "不方便打给您，您留个手机号我私下打过去。", severity: 'warn' },
    { text: "线上说不清，我私下打给您。", severity: 'warn' },
    { text: "现在不方便打给您，晚点我打给您。", severity: 'warn' },
  ],
});
