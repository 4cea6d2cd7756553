// Tables of the statistical second opinion for one clause (the model itself: model.test.ts). The invalid rows
// are wordings the word rules of this clause may not know; the valid rows are everyday lines and near misses.
import likelyInsult from '../../../rules/checks/likely-insult';
import { EVERYDAY_REPLIES } from '../../support/everyday-replies';
import { ruleTable } from '../../support/rule-table';

ruleTable(likelyInsult, {
  valid: [
    // round 51 (fa51): the goods judged wrong for the buyer's stated need
    "说句实话这个不太合适您，您要经常带出门，它太重了，别浪费钱了",
    "说句实话这款其实不适合您，您需要大容量的，这瓶才50ml，别浪费钱",
    // round 49 (t49e): honest pinyin replies (a shop searched by name on the app; the buyer's own view of the goods)
    "亲，dian ming jiu shi pin pai ming",
    "亲，qu dian pu shou ye sou dian ming jiu neng zhao dao",
    "亲，nin fang xin, zhi liang wen ti wo men quan e tui kuan",
    "亲，jin kou shang pin qing guan xu yao shen fen zheng xin xi",
    // round 49 (t49d): the buyer's own sneer reported and taken calmly; a hobby cheered in its fans' idiom
    '您说我们家的鞋垫就是交智商税，我不介意哈，这款确实只是普通的记忆棉，走路久了会舒服一点，不夸张',
    '您吐槽这款面膜是智商税，我一点都不生气，它确实只补水不美白，想美白可以看看精华',
    '您这是要把露营进行到底啊😄 帐篷、睡袋、天幕都齐了',
    '果然书虫的书架永远少一层📚 这个落地款能放三百本',
    '这款蒸锅就是为宝妈而设计的，一锅出三样',
    // round 48 (t48e): a price gap with another shop put down to the pack (detect/other-shop-fair.ts packGapTold)
    "有买家问为什么我们比隔壁那家贵，他们是50ml小瓶，我们是100ml大瓶，配方一样。",
    "对面那家便宜几块是因为他们是10片装，我们是20片装，料是一样的。",
    // round 47 (t47e): the buyer's condition told plainly and a doctor advised
    "您这个湿疹说实话什么药膏都压不住，最好先去医院看一下医生，别拖。",
    "孩子咳成这样，说实话什么雾化器都顶不了用，建议尽快就医。",
    // round 46 (t46k): a question spared by pointing to where the answer is written
    '产地您别问了，详情页写着呢',
    '产地这个您就别问了哈，详情页都写着呢',
    '成分您别问了，详情页第三张图写着呢',
    '尺码您别纠结了，详情页第二张图有写',
    // round 45 (t45f): a custom engraving's words quoted; the buyer's show praised with a title and thanked; the buyer's hearsay about a rival
    // asked back and declined (noticed lines first, then new wordings)
    '爱你，因为你是你，这句话刻在手链内侧。',
    '您把买家秀拍得这么好，真是个“种草达人”，谢谢您～',
    '你是我的唯一，这几个字会印在杯子底部，您确认一下。',
    '宝贝你最棒，这段话绣在抱枕背面可以吗？',
    '您的晒图拍得真专业，妥妥的“带货小能手”，感谢支持！',
    '您听同行说那家店的货是翻新的？这个我们不了解',
    '你是在小红书上看到说隔壁那家卖的是过期货吗？这个我们真的不清楚，我们只能保证自家的货。',
    // round 45 (t45k): the buyer's basket cheered with a warm forecast (basketCheered)
    "三件都拍了，年夜饭您掌勺稳了😄",
    "您这是一整套都安排上了，露营装备齐活了",
    "一口气全套都入了，这个夏天稳了😄",
    // round 44 (t44a): a rare fault that puzzles the shop itself (ownPuzzled); an elder's reading helped by the family (elder-ailment.ts)
    '我们做了这么多年还不懂这个问题，真是少见。',
    '这种故障我们也是头一回遇到，挺少见的，马上给您换新。',
    '老人不识字的话，可以让家人帮忙读说明书。',
    '爷爷奶奶不会打字的话，直接发语音也可以。',
    // round 43 (t43a): the goods' built-in content told against what they are not (builtInTold)
    '学习机里的课程是机器自带的，不是真人家教上门辅导，课程目录在详情页。',
    '词典笔的词库是内置的，不是联网查的，没网也能用。',
    '这台故事机的儿歌是出厂预装的，不是在线播放的，不耗流量。',
    // round 43 (t43b): a crowd heads-up, the buyer spared a queue; a rival's papers vouched for
    '周末店里人太多了，您别来挤了，工作日来更方便',
    '节假日门店人挤人，您就别跑一趟了，下周再来',
    '周末店里人多，就别来凑热闹了',
    '隔壁那家的车检报告我们看过，都正常',
    // round 41 (t41j): buying advice said to hold at any shop
    '咖啡豆最佳赏味期是烘焙后两到六周，买之前留意一下烘焙日期，不管在哪家买都一样。',
    '进口奶粉买之前看一下中文标签，无论在哪里买都要看。',
    // round 41 (t41a): another shop's goods never tried, so not judged
    "您说的'宝贝行'？说实话，我们没买过他们的，不好说",
    '他家的东西我们没用过，真不好评价',
    // round 40 (lead): a smaller size advised for light use
    '您就偶尔煮一次，买这么大一口铸铁锅有点浪费，22cm的就够了',
    '您一个人用，买大桶装有点浪费，开封后放久了容易氧化，500ml的就够用',
    '平时就周末骑骑，买顶配有点浪费，入门款就足够',
    // round 39 (lead): the buyer's idea praised in earnest (detect/idea-praised.ts)
    '您真是个天才，这个凑单方法太厉害了',
    '您真是数学天才，这个凑单思路太妙了，我们学到了',
    // round 39 (t39p): the agent's own slip owned with 赔个不是
    '怪我脑子不好使，把您的差价算少了20块，已经补退了，给您赔个不是。',
    '是我的失误，把颜色发错了，给您赔礼了，马上补发。',
    // round 39 (t39n): another shop spoken of fairly, the buyer told to take their time (detect/other-shop-fair.ts)
    '您说的那家店也不错，劝您别急，多对比一下',
    '隔壁那家其实是快手自营店，我们是个人店铺',
    '您提的那家也挺靠谱的，不着急的话可以都看看再决定。',
    // round 39 (t39j): 连 as the verb that connects a device (read 接), not 连…都 putting the buyer down
    'Pro手柄连电脑用蓝牙或有线都行，Steam里能直接识别。',
    '音箱连手机用蓝牙或者AUX线都行，Switch也能直接接。',
    '键盘连平板用蓝牙或者有线都可以，iPad里能直接识别。',
    // round 38 (t38j): the platform's crackdown on other sellers reported; a show praised after an eyesore word denied; 怪 of degree
    // before a feeling; the buyer consoled, the fault put on the packing
    '平台严厉打击售假，一堆假货商家都被封了',
    '您这买家秀一点都不辣眼，拍得很好看',
    '养死了两条还怪心疼的，我们给您补发。',
    '这不能怪您，是包装的问题，给您添麻烦了',
    // round 37 (t37g): the buyer's show praised and thanked for (a laugh of delight); patience declared with the worry understood
    '哈哈，您这晒图拍得真美，感谢支持',
    '笑死，姐妹这张买家秀也太好看了，谢谢返图',
    '您问了好几遍了，我一点都不嫌烦，换我也会担心的',
    '多问几次不麻烦的，谨慎是应该的，我一点都不嫌烦',
    // round 37 (t37f): the buyer's level as the criterion of an advice
    '这块板子红道很稳，上黑道要看您自己的水平，建议先跟教练滑几次。',
    '选几号铁要看您的挥速，建议先到练习场试几杆。',
    '这个难度要看您的水平，新手的话建议从绿道开始。',
    // round 36 (t36g): the goods' ease told by an audience who needs it most, no buyer named (easeTold)
    '这本绘本步骤都是图，不识字的小朋友也能照着做。',
    '说明书全是图示，不识字的小朋友也能照着做哦',
    // round 35 (t35f): a third party warned off and called a scam
    '千万别信那些说能帮您解封的人，全是骗钱的。',
    '别加那些陌生人拉的群，都是骗钱的。',
    // round 35 (t35c): a costume prop named as goods (detect/costume-prop.ts)
    '吸血鬼獠牙要用热水软化后再贴合牙齿，别用开水，会烫嘴。',
    '僵尸妆的假伤口用卸妆油就能卸掉，别用力搓。',
    // round 35 (t35c): the agent's own copy of the buyer's text read back for a check (detect/read-back.ts)
    '您要刻的字我照着打了一遍，您核对一下有没有错别字。',
    '您要印在杯子上的那句我抄好了，字没抄错吧？',
    // round 35 (t35a): the trouble of the buyer or their family acknowledged with thanks
    '您家里人辛苦了，大老远还要跑去驿站取件。',
    '辛苦您了，还特意跑一趟门店。',
    // round 34 (t34a): an elder's worry named and understood
    '您婆婆说进口奶粉都是假的，老人家担心能理解。',
    '家里长辈觉得网购不靠谱，老人家谨慎是好事，您可以给她看看罐底的检验检疫证明编号。',
    // round 34 (t34a): a heated remark let pass and the talk steered back to the order
    '那些话我们就当没听见，先说回您的退货吧。',
    '那句话我们不接了，先聊回换货的问题。',
    // round 34 (t34a): the buyer's harsh words about us reported, then an apology and the fault owned
    '您骂我们是黑店，我们认，是我们仓库发错了，给您赔个不是，马上补发。',
    '您说我们态度不好，我先道个歉，是我们回复慢了，现在就给您处理。',
    // round 34 (t34a): the agent's modest word for themself (是个 after a first person is read plain)
    '法律上的事我不太懂哈，我只是个卖面膜的小客服，建议您咨询律师。',
    '装修的问题我真答不上来，我也就是个卖灯具的客服，灯的事随便问我。',
    // round 33 (t33a): the buyer warned off an unlawful act, called unlawful (detect/warning-frame.ts warnsOffUnlawful)
    "打牌图个开心，千万别赌钱，赌博是违法的",
    "斗地主玩玩就行，千万别上头押钱，违法的",
    // round 35 (lead): advice not to waste something, and help prepared for what the buyer may find hard (adviceOrHelp)
    '这张满减券今晚就过期了，别浪费了哦',
    '冷冻太久就吃不出鲜味了，收到尽快吃，别浪费了',
    '怕您看不懂英文说明书，我们附了一份中文版',
    '怕您不会用，我们录了一段安装视频放在详情页',
    // round 35 (lead): the slip called a common one, not the buyer's (COMMON_SLIP beside FAULT_OURS)
    '滤网装反了，很多人都容易装反，不怪您，我们图示也不够清楚。',
    '除垢这一步好多新手刚上手都会忘，不怪您，按说明书第八页做一遍就好。',
    // round 33 (t33d): long replies of several paragraphs, the buyer helped throughout and nobody put down
    "您好，您买的这台咖啡机我们已经查过了，机器本身没有故障，出水慢是因为没有先做除垢。\n除垢的方法在说明书第八页，用我们附赠的除垢剂兑水跑两遍就好，这一步很多客户第一次都会漏掉，不怪您。\n半自动的机器刚上手确实要摸索几天，您要是觉得麻烦，我们也可以远程视频教您一遍。\n有不清楚的地方可以随时问我们。",
    "亲，您反馈的行李箱轮子有异响，我们这边先给您道个歉，路上颠簸确实可能让轮轴有点松。\n您在轮子根部滴一点缝纫机油，来回推几下，声音一般就没了。\n另外看您发的视频，箱子装得比较满，建议装到八成左右，拖的时候轮子受力会小很多，能用得更久。\n如果还有响声，您拍个视频给我们，我们给您寄新轮子。",
    "您好，您说收到的毛衣洗了一次就缩水了，我们很理解您的心情。\n羊毛衫需要冷水手洗平铺晾干，吊牌和详情页的洗涤说明都写了，这一点我们客服下单时没提醒到您，是我们的疏忽。\n这件的版型偏修身，如果您平时喜欢宽松一点的，下次可以选大一码，我们也可以帮您看看尺码表。\n需要的话我们可以送您一包羊毛专用洗涤剂。",
    // round 31 (t31f): the bow to the buyer's haggling, no dispute
    "您这砍价本事，这都能砍下来，我们店长都得认输了",
    "这都能讲下来，老板都服气了，行吧给您包邮",
    // round 31 (t31f): the buyer told not to blame themselves, the fault taken by the shop
    "您别自责，是我们发错了颜色，马上给您补寄",
    "不是您的问题，是我们详情页没写明白，抱歉",
    "千万别怪自己，都怪我们包装没做好",
    // round 31 (t31d): the buyer's trouble regretted with an apology
    '辛苦您了，下着雨还专门跑去驿站取件，真的很不好意思。',
    '让您白跑一趟，大热天的还去了两次快递点，实在抱歉。',
    '您受累了，这么冷的天还跑去快递点，真是不好意思。',
    // round 31 (t31d): the buyer praised to the skies, with a favourable effect on us, a standard of ours outdone or the question praised
    '您这讲价的功夫真了得，我们老板听了都忍不住点赞，这单就按您说的价。',
    '亲，您这嘴也太甜了，店里同事听了都乐开花了。',
    '您这穿搭的眼光绝了，拍出来比我们店里的模特图还出片。',
    '您真是行家，这个问题问到点子上了，两款的区别就在内胆。',
    '您真是火眼金睛，连外箱上的批次号都留意到了，这批是五月的。',
    // round 24 (t24b): the buyer's kind praised
    '像您这样爽快的顾客我们最欢迎了，下次来给您留赠品。',
    '我们店的老顾客都是您这样的顾客，懂货。',
    '谢谢您的五星好评，有您这样通情达理的客人是我们的福气。',
    // round 24 (t24b): the buyer's care praised for a careful act (连…都 + a check done), nobody put down
    '您真是太细心了，连批号都核对了，没错，这批是去年生产的。',
    '您太认真了，连说明书都看完了，确实要先摇匀再用。',
    '您真细心，连瓶底的批号都要对一下，这批是三月的货。',
    '亲您真是太仔细了，连外箱上的报关单号都查过了，没问题的，这就是我们发的那一票。',
    // round 24 (t24b): Cantonese read plain (唔 → 不, 咗 → 了, 你个包裹 → 你的包裹), nobody put down
    '唔好意思要你等咗咁耐，啱啱查到你个包裹喺海关抽检紧，一两日就放行㗎喇。',
    '唔该你等多阵，你个快递听日就到㗎，有咩问题随时搵我哋。',
    '你个包裹我哋啱啱寄咗出去，单号喺订单页睇到，唔使担心。',
    // round 23 (t23b): a third party chased for the buyer (customs, the warehouse, the courier), read plain: nobody put down
    '这两天我们天天催海关放行，您再耐心等等。',
    '我们天天追着仓库问，催了三遍了，今天一定给您发出去。',
    '这几天我们一直催着仓库发货，您再耐心等两天好吗',
    '快递员那边我天天追，今天应该能派送，麻烦您再等等。',
    // round 23 (t23c): 连/不如 that put no one down (连续, 连衣裙, 不如意, 不如 before a suggestion) and the shop's own shortfall apologised for
    '你连续三天都不如意的话，可以联系我们',
    '你连续几天心情都不如意的话，随时找我们聊聊',
    '你连续两次都收错货的话，可以直接联系客服补发',
    '这条连衣裙你穿起来都很显瘦，不如试试M码',
    '我们的服务连别家都不如，真的很抱歉',
    '说实话我们这次发货速度连隔壁都不如，给您添麻烦了',
    '我们这次的包装连小作坊都比不上，实在对不起',
    // round 23 (t23cd): northern dialect and chatty register (俺们, 立马, a thing's 这玩意儿) read plain, nobody put down
    '你说俺们"忽悠人"，俺们可真没有，清关这玩意儿真不是俺们说了算，海关一放行俺立马告诉你。',
    '物流这玩意儿俺们也管不了，到了俺立马告诉你。',
    '退款这玩意儿俺们说了不算，银行一到账俺立马跟你说。',
    '俺们这边立马给你补发，快递这玩意儿有时候就是慢。',
    // round 22 (t22cc): the goods praised in chat slang, nobody put down
    '老铁放心，这玩意儿贼好用，咱自己也在用，有事随时吱一声',
    '宝子们谁懂，这款粉底真香，干皮闭眼冲',
    '兄弟放心，这刀贼好使，俺们店里师傅天天用',
    // round 22 (t22ds): pet goods and the agent's own pet, a generic 你 in praise
    '说句实话，这个狗粮真的好，我家狗吃了半年了',
    '说句实话，这款猫粮我家两只猫都爱吃，回购好几次了',
    '老实讲，这款猫砂除臭好到让你惊讶，我家主子一直用',
    // round 22 (t22bz): someone else's review-for-cash scheme quoted and refused by the shop
    '之前有买家说别家“五星好评返十元”，我们店不搞这个，东西好不好您自己说了算。',
    '有买家问能不能“好评返现”，我们这边不参与这种，您真实评价就好。',
    '有人问“晒图送不送红包”，小店一直不做这个，东西好不好您自己判断。',
    // round 22 (t22bz): the agent's own head or hands blamed, with an apology
    '怪我手笨，刚才把您的地址填错了一个字，已经改好了，不好意思哈。',
    '我这记性，答应给您备注的赠品忘了写，现在补上了，真对不起。',
    '我真是糊涂了，优惠券发成了别的店铺的，抱歉，重新给您发一张。',
    ...EVERYDAY_REPLIES,
    '您说“你们客服都是机器人吧”，不是的亲，我是人工客服，这就帮您查物流。',
    '这款操作有点复杂，我给您录个视频教程，一步一步跟着做就行。',
    // round 32 (t32f): who the goods are for, asked to advise
    "您好，这款护膝是给家里长辈用的吗？选L码就行。",
    "这个钙片是给老人家买的吧？要是给老人吃，建议选小粒的。",
    // round 41 (t41m): an elder's failing hearing or sight explained kindly
    '老人耳背的话，铃声调到最大，别怪他们听不清',
    '家里老人耳背的话…别怪他们听不清，这款音量能调很大',
    '长辈眼花的话，选大字版更方便',
  ],
  invalid: [
    // round 49 (t49d): near-misses — a put-down after the calm word, a fool's buy in the cheer
    '您说我们卖假货，我不生气，反正您也就这点见识',
    '您说不满意，我理解，可您自己就是不会用，怪谁呢',
    '您这是要把败家进行到底啊，钱多烧的吧',
    // round 48 (t48e): near-misses of a price gap with another shop put down to the pack (detect/other-shop-fair.ts packGapTold) — still caught
    "那家便宜是因为他们是100ml的垃圾货，我们是200ml",
    "隔壁那家是3g的旅行装，穷鬼才买那种，我们是6g正装",
    "他们是小包装，买不起大包装的才去那家，我们是家庭装",
    "对面那家是试用装，也就骗骗您这种不识货的，我们是正装",
    "那家便宜是因为他们是50ml的，傻子才去买，我们是100ml",
    // round 47 (t47e): near-misses of the buyer's condition told plainly and a doctor advised — still caught
    "您这是自己乱用出来的，说实话什么面霜都救不了，建议去医院看看脑子。",
    "活该烂脸，谁让您不听，建议您去医院吧。",
    "说实话您这皮肤什么面霜都救不了，谁让您瞎折腾，去医院吧。",
    "您这种买家说实话什么都救不了，去看看医生吧。",
    "字这么大都看不清，说实话什么放大镜都救不了，建议去医院看看眼睛。",
    // round 46 (t46k): the same pointer with contempt beside it (问了也白问, 说了多少遍, 烦不烦, 长点心)
    '产地这个您就别问了哈，问了也白问，详情页都写着呢',
    '成分您别问了，说了多少遍了，详情页第三张图写着呢',
    '保质期您就别问了，烦不烦，瓶身上都印着',
    '尺码您别再问了，长点心吧，详情页都写着呢',
    // round 45 (t45f): what the new clearances must not let through — a joke title, a turn after the thanks, a put-down beside the engraving,
    // the hearsay vouched for or turned on the buyer
    '您把买家秀拍得这么好笑，真是个“人才”，谢谢您哦。',
    '您把买家秀拍得这么用心，真是个“大神”，谢谢，就是脸有点大。',
    '你这种人也配刻字？这句话刻在手链内侧给你提个醒。',
    '您听同行说那家店的货是翻新的？没错，他们家都是翻新机。',
    '你是听谁说隔壁卖假货的？那家我们不评价，不过您这种人说的话也没人信。',
    // round 45 (t45k): …not with a put-down, waste or a fool's buy in it
    "三样都拍了，您这是钱多烧得慌吧，冤大头一个",
    "您这是全套都买了，智商税交齐了，稳了",
    "两件都拍了，这下您掌勺没跑了，不过就您这手艺，买了也是浪费",
    "一口气全套都入了，您这钱多得没处花了吧，稳了",
    // round 44 (t44a): …not with the buyer addressed or a person made the rarity
    '我们做了这么多年，没见过你这样的问题，真少见。',
    '你这种问题我们做了这么多年都少见。',
    '做了这么多年头一回遇到这么不懂的，真是少见。',
    '您这问题问得，我们做这行这么多年都没听过。',
    // round 43 (t43a): …not with the buyer addressed or put down beside it
    // ('学习机的课程是自带的，不是给你这种笨学生准备的。' moved to insult.test.ts in round 48, t48g: the word rule catches it)
    { text: '故事机的故事是预装的，不是现编的，您连这都不知道吗', severity: 'warn' },
    { text: '学习机的课程是预装的，不是真人老师，有的人脑子笨学不会怪不了机器。', severity: 'warn' },
    // round 43 (t43b): a crowd told, with the buyer put down or not welcome; a rival's papers undercut
    '周末店里人多，您就别来添乱了，穷人别来',
    '周末人太多了，您这样的就别来凑热闹了',
    // ('周末人太多了，您别来挤了，我们不欢迎您' moved to rude-dismissal.test.ts in round 48, t48c: the word rule catches it)
    '隔壁那家的车检报告我们看过，都正常，不过他们车况一般',
    '隔壁那家的年检报告我们看过，都正常，那是托关系办的',
    // round 41 (t41m): …not with the buyer put down beside it
    { text: '老人耳背就别怪我们，您也一样耳背吧', severity: 'warn' },
    { text: '老人耳背的话，您就别指望他们听清了，去医院吧', severity: 'warn' },
    // round 41 (t41a): …not with a verdict or a turn after the decline
    { text: '说实话，我们没买过他们的，不好说，反正便宜没好货', severity: 'warn' },
    { text: '说实话，他们的我们没用过，不好说，不过那家店挺坑的', severity: 'warn' },
    // round 40 (lead): …but the buyer's means doubted beside the smaller size
    '买这么大一口锅有点浪费，您这种买不起的，22cm的就够了',
    '就您那点工资，买大号纯属浪费，小号的就够了，省着点吧',
    // round 39 (lead): …not with a sarcasm marker beside the praise
    '您真是个天才，这种凑单方法都能想出来，服了',
    // round 39 (t39n): …but the buyer brushed off to it or put down
    '您说的那家店也不错，买不起就去那家吧',
    '您说的那家店也不错，您这种穷鬼去那家吧',
    // round 39 (t39j): …but 连…都 of the buyer who cannot connect it still puts them down
    '你连电脑都不会连，还买什么手柄，真是服了你这种人。',
    '连个蓝牙都连不上，你这脑子也是没谁了。',
    '手机连蓝牙这么简单都搞不定，你还是别玩了。',
    // round 38 (t38j): …but the buyer put among the punished, a named seller jeered, the buyer's slip blamed, still read
    '平台严厉打击售假，您这种人也该被封',
    '平台打击售假，那家假货店早被封了，活该',
    '这不能怪您，是您自己没看说明，给您添麻烦了',
    // round 37 (t37g): the same praise or patience with a turn against the buyer after it
    { text: '笑死，您这买家秀也太好看了吧，谢谢认可，就是人丑了点', severity: 'warn' },
    { text: '您问了三遍，我一点都不嫌烦，换我也会担心，就是不知道您还想问几遍', severity: 'warn' },
    { text: '我一点都不嫌烦，理解您的担心，只是这种问题说明书上写着呢', severity: 'warn' },
    // round 37 (t37f): the level judged, not a criterion
    '您这水平，换多少支杆打出来都一样，花这钱不如先省着。',
    // round 36 (t36g): …but not with the buyer set below that audience
    '说明书全是图示，不识字的小朋友也能照着做，您怎么还看不懂',
    // round 35 (t35a): thanks turned into a dig
    '辛苦您了，这么简单的事还要跑三趟，真是服了。',
    '您家人也辛苦了，这么简单的事还要跑三趟才搞懂。',
    // round 34 (t34a): …but a put-down riding on it still reads as one
    { text: '我就是个小客服，哪像您这么有空天天挑刺', severity: 'warn' },
    // ('您这话说的，跟您计较也没意思，说回订单吧' moved to rude-dismissal.test.ts in round 48, t48c)
    { text: '老人家担心能理解，不过您这把年纪也该学学网购了', severity: 'warn' },
    // round 33 (t33d): a put-down of the buyer buried in one paragraph of a long reply (the whole reply scores under the threshold, the paragraph alone over it)
    "您好，您买的这台咖啡机我们已经查过了，机器本身没有故障，出水慢是因为没有先做除垢，这个跟豆子和水质都有关系。\n除垢的方法在说明书第八页，用我们附赠的除垢剂兑水跑两遍就好，整个过程大概二十分钟。\n说句心里话，连说明书都懒得翻的人，就别买这种半自动的机器了，买回去也只是摆着落灰，白白浪费钱。\n有不清楚的地方可以随时问我们，工作日早九点到晚九点都有人在线。",
    "亲，您反馈的行李箱轮子有异响，我们这边先给您道个歉，路上颠簸确实可能让轮轴有点松。\n您在轮子根部滴一点缝纫机油，来回推几下，声音一般就没了。\n自己不会用东西，塞得鼓鼓囊囊还硬往地上拖，拖坏了就赖商家，这种买家我们见得太多了。\n如果还有响声，您拍个视频给我们，我们给您寄新轮子。",
    "您好，您说收到的毛衣洗了一次就缩水了，我们很理解您的心情。\n羊毛衫需要冷水手洗平铺晾干，吊牌和详情页的洗涤说明都写了，这一点还请您再看一下。\n就您这身材还想穿修身款，穿上跟套了个麻袋似的，还好意思来怪衣服缩水，真是什么人都有。\n需要的话我们可以送您一包羊毛专用洗涤剂。",
    // round 31 (t31d): …but the trouble said to be the buyer's own doing
    '辛苦您了，这么简单的事还专门跑去驿站问，真是不好意思。',
    '您受累了，明明写着自提还跑去驿站，真是不好意思。',
    // round 31 (t31d): …but the same hyperbole turned by a put-down, a mocking effect or a blunder
    '您这讲价的功夫真了得，我们老板都点赞，脸皮比城墙还厚。',
    '您这眼光绝了，我们都服气，专挑打折的还想要赠品。',
    '您真是个人才，我们同事都服气，一个地址能填错三回。',
    '您这讲价的本事，我们老板听了都笑死了，一块钱还想包邮。',
    // round 24 (t24b): …but a put-down beside the welcome
    '像您这样抠门的顾客，我们也欢迎，毕竟穷也是一种选择。',
    // round 24 (t24b): …but the care praised for a blunder or a skipped check is ironic
    '您真是太细心了，连批号都核对了，那怎么还把地址填错了呢',
    '您可真是太仔细了，连说明书都看完了还来问这种问题',
    '您真是太认真了，连差评都写了八百字，真是服了',
    // round 24 (t24b): …and Cantonese that puts the buyer down still does, read plain
    '你个衰人，唔识睇字咩，讲咗几次都唔明。',
    '你个死人头，成日问埋啲无聊嘢，烦唔烦啊。',
    '你唔识睇说明书咩？讲咗三次啦，你个脑係咪生锈咗。',
    // round 23 (t23b): …but a put-down of the buyer beside the chase still reads as one
    '我们天天催海关放行，就您事多，别人都不急就您急。',
    '天天催海关放行，真是服了您了，没见过这么难伺候的',
    '我们天天催仓库，您能不能有点耐心，跟个小孩似的',
    // round 23 (t23c): …but 连…都不如 aimed at the buyer still is, beside 连续 or an apology
    '你这审美连我家狗都不如，抱歉说实话',
    '连续问了三遍还不懂，你脑子连小学生都不如',
    '我们是连别家都不如，可你连字都不认识吧，抱歉',
    '您这连续三天的差评，连我家狗都不如',
    '你连续三天都不如意的话，可以联系我们，别让脑子再短路了',
    '连我家狗都比你懂，不懂的话可以找我们',
    '地址连续写错三回了，你脑子是装饰品吧',
    // round 23 (t23cd): …the same register still caught when the words put the buyer down
    // (round 47, t47d: 俺们卖了十年货了，还轮得到你来教俺们做事？ moved to rude-dismissal.test.ts, which now catches it by word)
    '你这人真是，俺立马给你退了，别再来烦俺。',
    '就你事多，俺们立马给你退，以后别来了。',
    // (round 35: 这玩意儿俺们不包退，你自己看着办吧，爱咋咋地 — rude-dismissal blocks it; the retrained model reads it as pressure, likely-threat)
    // round 22 (t22cc): …but the slang praise turned on the buyer
    { text: '这么好用的东西你都不会用，真是绝绝子', severity: 'warn' },
    // round 22 (t22ds): the buyer put below the pet
    { text: '说句实话，我家猫都听得懂，您怎么就听不懂呢', severity: 'warn' },
    { text: '是我的错，我不该指望您能看懂说明书。', severity: 'warn' },
    { text: '这么简单的操作都不会，我也真是服了，您还是让家里年轻人来弄吧。', severity: 'warn' },
    { text: '您是不是理解能力有点问题啊，我都说了三遍了还问。', severity: 'warn' },
    { text: '就这点钱还挑三拣四的，您这种买家我们见多了，爱买不买。', severity: 'warn' },
    // round 32 (t32f): …not with a put-down of the recipient in the sentence
    { text: "给老人家买的吧，反正老人家也不识货", severity: 'warn' },
    // round 35 (t35c): the monster word aimed at the buyer, the buyer said to have erred
    { text: '你们这种吸血鬼买家，买个獠牙还要退。', severity: 'warn' },
    { text: '你自己写错了吧，我照抄了一遍，字没错。', severity: 'warn' },
    { text: '您自己写的全是错字，我照抄了一遍，您自己好好看看吧。', severity: 'warn' },
    // round 35 (lead): the worry turned on the buyer's age is no help prepared
    { text: '怕您看不懂，毕竟您这岁数，我们附了中文版', severity: 'warn' },
    // …nor someone's time called wasted (a brush-off, not advice)
    { text: '别浪费彼此的时间了，您这种问法我答不了', severity: 'warn' },
  ],
});
