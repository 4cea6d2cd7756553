// 2.5 (and 2.7 for violence): threats and intimidation — 后果自负 (后果自付, 后guo自负, hgzf), 你等着, 有的是办法
// (办fa) 让你后悔, 收拾你 (收拾ni), 把你信息发到网上, 我知道你住哪, 上门找你, 砍了他; held data (你的订单信息全在
// 我后台躺着呢，小心点), the buyer's home, child's school or workplace named beside a dispute (even a sentence
// away), publicising their photos with the review, mob incitement (让粉丝去你作品下面评论), industry blacklisting
// (圈子里的店都会知道你是谁), account trouble hinted (以后下单不太顺利，懂的都懂), time as menace (有的是时间陪您
// 慢慢玩), settling accounts privately (私下算这笔账), menace closers (好自为之, think twice) after a dispute;
// kind words in scare quotes (天天来“问候”您, 等我们的“惊喜”), the buyer's data handed to strangers (把您的手机号挂到推销群),
// whereabouts known in any order (您住哪我们都知道), 评价前想清楚, 最好别乱评价, a precedent (上一个给差评的后来挺后悔的),
// service held hostage (清不清关就看您怎么评价, 不给五星就别想理赔, 再投诉单子保证到不了), 让你知道什么叫售后, dares
// (你退一个试试), 路上小心 a sentence after a dispute, English and whole-pinyin threats, blacklists however named (报进
// 恶意买家库), 我们也不是吃素的, the buyer's workplace called (打电话到你们科室), purchases shown to all (全晒出来), 看看身后;
// every cue in the 您 form too. A violence word done to a thing (把塞子“弄死”) is no threat.
// Round 5 (by mechanism): a dare opening the sentence after the dispute was dared or asked (你敢打12315？试试看, 差评？你
// 试试), a bad outcome promised (保证/一定 + 让你 + 后悔/不好过/吃苦头), trouble or bad luck foretold after a review (以后…
// 没那么顺, 运气不会太好, 遇到各种麻烦), somebody sent to the buyer (有人找你, 派人去看看, 兄弟们去你那儿, 亲自去您那), 您最好
// 在家等着/出门看着点 in a dispute, the buyer remembered object-first (你这个人我们记住了) or told 你记着, connections
// boasted (认识的人多得是), the buyer's account watched (在关注您的账号), delete-or-else sanctions (否则将限制下单), a
// child's school beside a dispute, held data widened (快递单号, 购买记录, 有登记, 系统里都有; with 三思, 换个方式联系, 不给
// 好评), whereabouts by workplace (在哪个公司上班). A threat named as words and disowned (后果自负这种话我们绝不会说) is none.
// Also ironic care (重点关照对象), nobody left to serve the buyer (以后没人敢接您的单), 别怪我们 + another way (换一种方式跟你
// 沟通), the buyer's child watched (孩子挺可爱的，朋友圈照片我们都看到了) beside a dispute, local people or numbers boasted
// (在您那片熟人挺多的, 我们这边人多), a ledger kept on the buyer (记一笔, 记在本子上, 账迟早要算回来), people known at the
// buyer's workplace (认识你们单位的人), English held data (Your address is on our system. Think carefully…), the buyer's
// number made to appear in ads (出现在各种贷款广告上); data named a clause before it is spread (你的聊天记录我都截图保存了…
// 我就全发到你的朋友圈里), the address the buyer left (你下单留的那个地址) as a private sphere, 出门多注意点/治安.
// Round 6 (by mechanism, menace with no threat word): a visit or our people near the buyer's home (顺路过去拜访, 我们的人天天
//都去), the buyer easy to find (窗外那栋楼挺显眼, 同一个昵称挺好认), their other accounts or posts watched by us (您在别家店的
// 评价我们都翻了, 淘宝抖音我们都找到了), something in their parcels (箱子里都有什么, 回寄点别的东西, 一箱垃圾), their parcels made
// uncertain by us (以后的包裹能不能顺利到就不好说了), shown to their people (让你们领导知道, 别让她看到), their family called by
// us (跟您先生聊聊, 我们打过去她接得可快了), their child's school named (在实验小学几年级来着), their groups entered (家长群我也进
// 得去), a precedent (上次有个顾客也这样，后来…不想在那片住了; 上一个这么干的人后来怎么样了), travel time + dispute (你家→我们
// 20min), service held until the review changes (评价改了咱们再聊发货), friends in their city, fate (留一线, 山不转水转, 报应),
// their routine (每天七点半出门), signing them up for loans, connections inside the platform, made famous (让你出名), the price
// (代价…慢慢会知道), meeting offline (线下见，地址我有), knocking at their door, a letter to their 保安/公告栏, data compiled
// (整理成表), more scare-quoted kind words (“关注”, “整理”, “回复”, “回寄”, “有关朋友”, “特别的快递”, “用心”).
// Also: the buyer's affair told to their group, moving in nearby, fear promised (提心吊胆), the courier told to withhold
// delivery, 别以为…找不到您, 别说我们没提醒, data learnt by heart (滚瓜烂熟), 跟你家里人过不去, an ultimatum with an uncertain
// outcome (不给的话…就难说了), people sent to the address (派同事…蹲点), and (warn) the buyer's home, pet, child or family photo
// named beside a review or complaint with nothing of the order around it (您家阳台上晾的那件外套挺好看的，评价的事您再琢磨琢磨).
// Also: 什么都干得出来, lock your door after an ultimatum, 有人跟着…那就对了, 您家的WiFi名字我们都知道了, 小心你那辆电动车…懂吧,
// 跟阿姨沟通评价的事, the people around the buyer are ours (物业经理是我们老板的表哥), the buyer's lonely path (一个人走的那条小路),
// 迟早要去一趟, 下次包裹里就不是面膜了, 由不得你, “讲讲道理”/“大礼包”.
// Round 7, a GENERAL leverage test (LEVER_*; replaces the warn-only juxtaposition): one anchor family for the buyer's sphere
// (home, address, 老家, balcony, family, child, school, workplace, routine, photos, account) that must be the buyer's (你/您/宝/亲
// just before), then, in a 50-unit window and with no order process around it (LEVER_ORDER): a dispute → warn; a dispute and a
// menace or ultimatum word (打声招呼, 迷路, 熟人, 车程/离我们, 看紧, 考公/受影响, 忍心…) → block; or, with no dispute at all,
// signs that the shop watches the buyer's life (每天四点半放学对吧, 那盆绿萝该浇水了, 一个人住…我们都很关心你, 我们有您老家的地址…
// 顺便去打声招呼) → warn. Also: 出门不迷路吧 beside a dispute or the buyer's home (not 关注一下不迷路), a precedent that ended
// badly (上一个跟我们硬刚的…号都没了, 给差评的后来住院了), 社会上/道上有人, the platform cannot protect the buyer (管不了线下),
// an ultimatum and a future disclaimed (…前不取消退款，后面发生什么我们就管不了了), the buyer recognised from listed data (收货人…
// 手机138开头，我们心里有数), exposure offered (不介意帮您“曝光”), the door number or face in their video, a weapon emoji beside
// a dispute (差评🔪🔪🔪, found in the original text), English held data (your home address is in our system…please cancel),
// the vehicle harmed one of these days, the parcel's safe arrival traded for the review, 仲裁 as a dispute for 告你, 不会顺.
// The buyer's data (收货信息, 手机号, 车牌, 账号, 回放; LEVER_DATA) anchors the block cue only: held verbs (备份, 存档, 记下) and
// ultimatums (私了, 就当没这回事, 传出去) join the menace words there.
// After probe 2: parcels to open with care after a dispute (以后每个包裹都要小心拆了), delivery left to luck after an ultimatum
// (能不能平安到家…看运气了), 把自己搭进去, 绕道走 in a precedent, 试一试 as a dare, English your daughter/son/wife/husband.
// Traps: 报告，您可以 (告 across a break), 宝子，退货地址在售后页面, a second address at 老家, 一个人住 for a rice cooker, 班级团购…评价的事,
// 水壶…评价很好, 寄个替换装…试试 after 我们有您的地址.
// Traps: 包裹送到您公司前台 (a courier; 你公司前台 is no longer an anchor), the shop's own review read (您的评价我们都认真看了),
// a post thanked for, gifts in the box, customs news, family as receiver, a school for a product, 做人留一线 as a motto,
// a button in quotes (点击“回复”), the buyer's words echoed (您说老板认得您家？).
// Traps: safety advice (小心烫, 不良后果, 后果自负 after an overdose warning), couriers (上门取件, 送到你家门口),
// promotions (不买会后悔, 懂的都懂这个价, 送您“惊喜”小样), purchases (想清楚再下单), advice (最好别空腹吃, 可以先申请退款试试), idioms (打死我也想不到), service talk about the same facts (身份证信息仅用于
// 清关, 您家孩子多大了, 地址再核对一下, 运费这笔账我帮您算了), toys (陪你慢慢玩), a try suggested after a question (退款申请提交了吗？
// 您再提交一次试试), couriers who come in person, 认识的人很多都在用, 关注您的订单, 您的尺码我们记住了.
// Round 7 (fa7): an anchor read across a word boundary is none (检测报告，您可以 is not 告您; detect/straddle.ts, all cue rules).
// Round 8 (by mechanism): the buyer's people told — someone in their life (family, partner, friends, boss, HR, address book,
// the parcel's receiver) named as theirs, the shop offering to call, send to or tell them, and a dispute, secret or consequence
// (THIRD_PARTY*); a policy of publishing reviewers' data (恶意差评者的个人信息将在直播间公示); what the buyer depends on (account,
// parcels, clearance) put at the shop's mercy through its power or connections (STAKE + SHOP_POWER: 一句话就能让你这个号封禁,
// 跟你们当地快递站长很熟…就不好说了, 到付件…我保证); the shop going to the buyer's place in an ultimatum (不给的话我们就到你小区);
// our relatives placed at the buyer's end (我表哥就在你们那片派出所); watched or remembered for good (一直在看着你的主页); a caution
// about the buyer's way outside with no weather, goods or trip around it (warn: 晚上走夜路小心点); funeral goods sent; reviewers
// visited offline as a policy; papers sent to the buyer's workplace or hometown in an ultimatum; held data with 别忘了 / 整理成档案;
// the buyer's data without 的 (你手机号我会挂到…) and 我们买家群 as an audience.
// Traps: family who called us (您老公打电话来问过退款进度), the buyer telling family, an address check with the receiver, a
// guarantee (收不到我们全额退款), platform rules (因违规被平台限购), a fitter or courier at the door, 发票寄到您单位, a referral by a
// relative, 一直盯着您这单的清关进度, 一直记得您这位老顾客, 买家秀 shared with thanks, 平台发给商家的通知, weather and trip wishes.
// Round 9 (by mechanism): violence to the buyer after 小心/当心 (小心俾人斬你 — 小心 is no denial there), a group of us coming
// to the buyer (哥几个…上去唠唠, 喊几个兄伙过来, 搵幾個人上門), Sichuan and Cantonese whereabouts (认得到你屋头那条街, 知道你喺边度
// 返工, 屋企), the buyer's data read out to an audience (把你全名和电话在评论区念一遍) or said to be liable to leak (身份证照片…
// 哪天不小心流出去), the buyer's own safety or life set against a dispute (多尊重一下自己的人身安全, 你條命好長咩), a fall or
// accident hinted after an ultimatum (你再係咁，小心出街行路跌親), "don't say I didn't warn you" with any negation (莫怪我没
// 提醒你), whole-pinyin dares and visits with a pinyin dispute (ni zai tousu … shi shi, qu ni jia zhao ni), photos and chat
// screenshots hung out over any dispute act, our big group as an audience (发到我们两千人的福利群), and an unanswered ultimatum
// as the lever for telling family (您要是还不回，我们就联系您妈妈). Not: 几个师傅上门安装, 地址我读一遍您核对, 我们不会外泄,
// 注意人身安全不要转账, 雨天路滑小心别摔, 收件人写的是您妈妈…联系她确认地址.
// Round 10 (by mechanism: something held over the buyer + a consequence): regret promised in any future form (不然您会后悔找我们的,
// 你迟早会后悔), the buyer shut out of shopping from now on (以后你在哪家都买不到东西), injury foretold in a dispute (你自己去医院的钱
// 准备好了吗, 医药费先备着), the shop able to find the buyer (顺着网线都能找到你, 别以为换了号就找不到你), the buyer placed near us
// (您的IP显示在…挺近的嘛), a negative ultimatum dared (不改你试试看), 删评 as a dispute, 你妈/你爸 as the buyer's people.
// Also the buyer's photo doctored by us (你的自拍我们存了，P成什么样就看你表现了; no dispute word needed). Also 有你好果汁吃 (the idiom's frame), the buyer seen in person by our people (…的样子我们同事看到了) beside a dispute, 侬 as 你 in
// every test, 住啥地方. Also service words in scare quotes (专人「回访」, “看望”, “慰问”), the buyer's data said to be kept (都记下来了, 都存着呢) with a veiled
// ultimatum near it (您懂的, 做人留一线, 三思).
// Not: 不会让您后悔选择我们, symptoms and the hospital's invoice, an order found, a delivery time (离我们仓库挺近，明天就能到), family
// who called us about the order (您妈妈打电话来问退货进度).
// Round 12 (t12d): leverage in the anchor's own sentence of a long reply (order talk sentences before no longer cancels it); an
// ultimatum with its consequence unsaid (不改的话……你懂的, 自己掂量, 后面的事就不好讲了); data simply had (我这都有…你自己想清楚); the
// buyer's peace denied (日子不会太清净, 别指望…安安稳稳); a score kept for later (来日方长, 走着瞧); fate (人在做天在看); our people in
// the buyer's area with a caution (你以后的件自己注意点); 我们知道您 + commute or building passed; 想想您的孩子 after 确定要这么做.
// Traps: the buyer's words quoted (您的原话是“…店门口闹”; detect/quoted.ts), a button in quotes (点“关注”), 来日方长 as a farewell.
// Round 14 (t14b, by shape): the shop reporting the buyer to an authority or register over a dispute (上报海关和征信系统, 向海关
// 申报你走私, 提交给征信中心…您贷款买房都受影响); an A-not-A question about finding the buyer (你猜我知不知道你在哪上班？, 您说我们找不
// 找得到您？) or ignorance denied (以为匿名评价我们就查不到你是谁？, 我们又不是查不到); the fate of a class of disputers (恶意差评是什么下场
// 您上网搜搜); a picture of the buyer's home or face kept (门口那张照片我还留着，门牌号拍得清清楚楚); a crime pinned on the dispute with a
// penalty (您这就是敲诈，判个一两年); an ultimatum whose consequence is left unsaid (给你三天时间删评，第四天你就知道了).
// Not: a customs declaration of the goods, a scam warning, a proof of delivery kept for a claim, a product's effect (一个疗程您就知道了).
// Round 15 (t15b, by shape): the buyer's superiors and local bodies told (科室主任, 人事, 工作单位, 村委会; 发函, 同步给, 打到您公司) with
// the buyer's conduct as the lever (你这些操作, 你的人品, 退了十几单); no shop left to serve the buyer (几百家店都不会再给你发货, 看以后
// 谁还敢卖给你, 哪家…都别想买到); the buyer's name spread through the trade (圈里传开了, 同行群里都在传你的名字); 阁下 as 你 in every
// test; watching emoji beside a dispute (🏠📍👀 差评删了没); any crime, even a made-up one, or the penal code as the penalty (您已构成
// “虚假评价罪”…最高可判三年); our manner changing as the consequence (我们就不是这个态度了, 可就没这么客气了); whereabouts known with 清楚/
// 有数/盯着 or in pinyin with a pinyin menace (ni zhu na…bie luan lai); our people frequenting or visiting the buyer's places (你公司楼下那
// 家咖啡店我常去, 我们昨天刚去过); 难堪 / 查到您 as menace; the receiver as the buyer's (收货人写的是孩子名字吧); the mob set on an unnamed
// buyer (让网友人肉一下); 勿谓言之不预; 不然/否则 before an uncertain outcome; boards of complainers with their names (黑榜, 耻辱墙); not
// saying it twice; the buyer's accusations (污蔑, 造谣) as a dispute; kind adverbs in scare quotes (“好好”); our people on their way
// (兄弟们已经在路上了); English regret; no guarantee for the buyer's account, data or parcels after a dispute; held data kept for a use to
// come (派上用场); the buyer's kind met before (您这样的买家…最后都挺后悔的). Every cue's context tests leave out others' quoted words
// (detect/cue-rule.ts): 您说有人发消息说“知道你住哪” is no whereabouts threat, 您说“我就要差评”，…你住哪我们都知道 still is.
// Not: a price boast (这个价您在哪家都买不着), a product's fame in the trade, a scam warning's 安全账户, a pick-up code said twice, a
// second reminder, a delivery time we cannot promise, our own donations, a courier or fitter on the way.
import { GOODS_USER_REVIEW } from '../detect/goods-user';
import { goodsEffectTeased } from '../detect/goods-effect'; // round 48 (t48e)
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { cueRule, re, sentenceOf, type Cue } from '../detect/cue-rule';
import { addressNotedForDelivery } from '../detect/address-noted';
import { insideQuotes } from '../detect/quoted';
import { GUARD_OWN_DATA, ULTIMATUM } from '../detect/data-guard';

/** Round 39 (t39j): the shop's pledge to see the buyer's problem through, or a remedy started for them (我们一定跟到底, 先给您申请换货). */
const OWN_PLEDGE = /(?:我们|我|这边|咱们|本店|小店)(?:这边)?(?:一定|肯定|会|都会|必须|绝对|也|都|保证)*(?:跟|负责|处理|管|跟进|追|查|陪您)到底|(?:给|帮|替|为)(?:您|你)(?:申请|换|退|补|处理|解决|重发|查|安排|联系)/;
const PLEDGE_TURN = /等着|给我等|找(?:你|您)(?!处理|解决)|上门|(?:你|您)(?:家|单位|公司)|差评|中评|投诉|举报|曝光|后果|小心|删|撤|算账|没完没了|跟你没完|放过|好过|好看|走着瞧/;

/** A complaint, review or refund dispute in the sentence: what turns 后果自负 / 你等着 into a threat. */
/** A purchase weighed: price, a saving, the choice between items (round 22, t22ca). */
/** Round 32 (t32f): the buyer invited to share for a shop reward (参加返图抽奖, 晒图领券, 发群里有奖). */
const BUYER_SHARES_FOR_REWARD = /抽奖|领券|领(?:取)?(?:优惠券|红包|奖品|礼品|小礼物)|返图|晒图|晒单|有奖|(?:参加|参与)[^，。！？]{0,6}?活动/;
const PURCHASE_WEIGH = /差价|价差|便宜|划算|性价比|满减|优惠|领券|价格|价钱|同款|哪款|哪个|选哪|买不买|要不要(?:买|入|拍|囤)|值不值|预算/;
const DISPUTE = /刁难|无理取闹|找茬|找事|污蔑|诬陷|造谣|诋毁|抹黑|瞎写|瞎说|差评|中评|删评|改评|撤评|投诉|举报|维权|退款|退货|不删|不撤|不改|撤销|撤诉|曝光|闹|乱说|敢|不然|否则|不听|不配合|不确认|不回复|再不回|坚持退|非要退|真要退|评价|信不信|劝你|别逼|老实|识相|给我|一星|1星|一颗星|低分|介入|申诉|12315|12345|消协|工商|不给(?:五星|5星|好评|全五星)/;
/** The same dispute in English, for threats written in English (u r dead if u don't delete that review). */
/** Round 35 (t35a): the buyer invited to join an event (参加/参与…活动) for a reward (领红包, 券, 礼品), with no dispute or audience judging them in the sentence. */
const SHARES_FOR_REWARD_NO_DISPUTE = new RegExp(`^(?![^]*(?:${DISPUTE.source}|评评理|评理|讲道理|谁对谁错|让大家看|让大家评|示众))(?=[^]*(?:参加|参与)[^]{0,8}?(?:活动|抽奖))[^]*(?:领|红包|奖|券|礼品|小礼物|返现|积分)`);
const DISPUTE_EN = /review|complain|refund|rating|report|delete|remove|[1-5]stars?|fivestars?|onestar|差评|投诉/;
const DISPUTE_ANY = new RegExp(`${DISPUTE.source}|${DISPUTE_EN.source}`);
/** The buyer's acts a threat is about. */
// (round 15, t15b: the buyer's public accusations too, 你再污蔑我们试试看)
const DISPUTE_ACT = /污蔑|诬陷|造谣|诋毁|抹黑|瞎写|评价|差评|中评|一星|1星|投诉|举报|曝光|维权|退款|退货|退一|退个|介入|申诉|撤诉|闹|乱说/;
/**
 * Round 40 (t40b): the buyer's dispute act echoed back as a sentence of its own, and nothing else in it (非要投诉？ 还要给差评！ 想退款是吧。
 * 要曝光我们？ 差评？): the menace that answers it in the next sentence is about that act (…行，后果你自己扛着 / …那你看着办 / …到时候别怪我们).
 * Lets the dispute-gated cues (sentence: DISPUTE, DISPUTE_ANY, DISPUTE_ACT) see it (Cue.leadIn). Not a question with more in it
 * (退款已经到账了吗？您看着办就好 — the buyer's act is not what is echoed), nor a denial (不投诉？).
 */
const LEAD_IN = /^(?:那|那么)?(?:你|您|亲)?(?:就|真的?|还|又|再|非|硬|偏|一定|执意|坚持|这么|都|还是)*(?:要|得|想|想要|敢|准备|打算)?(?:给|去|找|打|发|写|点|申请|上|跑)?(?:我们|我|个|一个|了|平台|客服)*(?:差评|中评|一星|1星|低分|投诉|举报|曝光|维权|退款|仅退款|退货|介入|申诉|仲裁|12315|12345|消协|工商|告我们|告我)(?:我们|我|了)?(?:是吧|是吗|对吧|对吗|是不是|啊|呢|吗|么|呀|哈|哦|咯)*$/;
/**
 * Round 25 (t25b): "hold on" followed by our own quick service — looking it up, answering, refunding (你等着啊 马上查好回你 / 你等着哈，我
 * 这就去问仓库 / 你等着，我现在给你退). Not a visit, a search for the buyer or a menace after it (你等着，马上去你家 / 马上查你住哪).
 */
// Round 38 (t38i): the buyer's home as what a lens or a link reaches, in camera and door-viewer privacy or security advice — 它只拍您家门口
// 这一段走廊 / 我们客服也看不到您家的画面 / 初始密码不改，别人有可能连上您家的画面: the anchor's 到/上 completes a verb of seeing or
// connecting (看不到, 连上, 拍到), nobody goes there. Only with a device or its picture named near, no dispute or menace in reach, and the
// shop as the one who sees only when it says it cannot (我们能看到你家的画面，差评删了吧 stays a threat).
const LENS_VERB_TAIL = /(?:拍|照|看|录|摄|监控|监视|连|接入|登录|对着|朝着|覆盖)(?:得|不)?(?:到|上|着)?$/;
const LENS_DEVICE = /摄像|监控|猫眼|门铃|镜头|画面|录像|云存储|云台|隐私|密码|app|wifi|视角|抓拍|可视|对讲/;
const LENS_MENACE = new RegExp(`${DISPUTE_ACT.source}|信不信|识相|老实|别逼|小心|当心|等着|掂量|看着办|后果|好看|随时盯|盯着|天天|每天|一直`);
const LENS_SHOP = /我|咱|本店|客服|店里|商家|老板/;
function lensReachesHome(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.before(start, 16, 'soft');
  if (!LENS_VERB_TAIL.test(before)) return false;
  const near = sentenceOf(ctx, start, end, 30);
  if (!LENS_DEVICE.test(near) || LENS_MENACE.test(near)) return false;
  return !LENS_SHOP.test(before) || /不|没|无法|没法/.test(before);
}
// Round 46 (t46j): the buyer's home as where a link or a scan lands — 您家 "your shop" of a page (扫一下确认能跳到您家的点单页, 链接到你家的
// 小程序): the anchor's 到 completes a link verb and a page follows; nobody goes there. Not with a dispute or menace in the sentence.
const LINK_VERB_TAIL = /(?:跳|跳转|链接|链|连接|导|扫|打开|进)(?:得|不)?$/;
const LINK_PAGE_AFTER = /^(?:的)?[^，。！？]{0,4}?(?:页|页面|主页|首页|网页|网站|官网|小程序|公众号|店铺|商城|菜单)/;
function linkReachesHome(ctx: LintContext, start: number, end: number): boolean {
  if (!LINK_VERB_TAIL.test(ctx.before(start, 8, 'soft')) || !LINK_PAGE_AFTER.test(ctx.after(end, 10, 'soft'))) return false;
  return !LENS_MENACE.test(sentenceOf(ctx, start, end, 30));
}
const WAIT_FOR_SERVICE =
  /^(?:啊|哈|哦|喔|呀|哟|昂|嗷|噢|吧)*(?:一下|下|一会儿?|片刻)?(?:我|我们|这边|小的)?(?:马上|立刻|立马|这就|现在|这会儿?|稍后|很快)(?:就|去|帮你|给你|帮您|给您)*(?:查|看|问|核实|处理|回|确认|安排|退|补发|发货|催)(?![^]{0,16}(?:住哪|住址|你家|您家|单位|公司|上门|收拾|好看|厉害|后悔|找你|找您))/;
/** What the veiled-warning cue's sentence must not hold: a denial, weather, pests, a delivery, a scam warning. */
const VEILED_NOT = /不会|谨防|请勿|注意安全哦|祝您|天气|下雨|路滑|防疫|快递|配送|送货|取件|安装|螨|虫|菌|病毒|蟑螂|蚊|倒车|停车|自称|冒充|假冒|不要相信|别相信|从不上门/;
/** The market's urgency in a sales pitch (round 10, fa10): a price rise, stock running out, an offer ending. */
const SALES_URGENCY = /涨价|就涨|要涨|会涨|涨回|恢复原价|回原价|原价|没货|断货|缺货|卖完|卖光|抢光|抢完|售罄|补货|库存|最后[一两二三几]|活动|优惠|折扣|券|截止|过期|结束|赠品|预售|下单|拍下|手慢无/;
/** Promotions, where 后悔 is a sales line (不买会后悔的). */
/**
 * Round 30 (t30b): what follows 别想 in "don't worry about it" — a topic, then the clause ends (先别想这些, 别想那件事了, 退货的事
 * 别想太多哦, 别想那些烦心事): comfort, not a service denied (别想收到货, 别想这单能到).
 */
const WORRY_TOPIC = /^(?:太多|多了|多|那么多|这么多|歪|复杂|(?:这|那)(?:些|个|件事|事|种事)|别的|其他的?|其它的?|[^]{0,6}(?:的事|的事情|烦心事|不开心的))(?:了|啦|哈|啊|呀|哦|喔|吧|咯)*$/;
/** …and its lead inside a longer after-pattern, where the clause end cannot be seen. */
const WORRY_LEAD = '太多|多了|多想|那么多|这么多|这些|那些|这件事|那件事|烦心事|别的|其他|其它';
const SALES_REGRET = /错过|不买|没买|不入|不囤|不抢|不试|买了|入手|回购|值得|不会后悔|不后悔|保证满意/;
/** Personal data an agent can hold over a buyer. */
const PERSONAL_DATA = '(?:手机号|手机|电话|地址|住址|身份证|信息|照片|家人|家里人|单位|公司|聊天记录|个人信息|名字|姓名|订单信息|address|号码)';
/** The buyer's private life named by the agent: home, family, workplace, papers, photos. */
const SPHERE =
  /(?:你|您)(?:的|们|家的)?(?:那个|那|这个)?(?:家|住|单位|公司|孩子|女儿|儿子|小孩|老公|老婆|爱人|父母|爸|妈|家人|身份证|手机号|电话|号码|地址|收货地址|订单信息|个人信息|照片|自拍|朋友圈)|(?:你|您)[^]{0,6}(?:留的|填的|写的)(?:那个)?(?:收货)?(?:地址|电话|手机号)|(?:你|您)(?:工作|上班|上学|住)的|(?:你|您)(?:家)?(?:那辆|那台)[^]{0,4}车|(?:你|您)(?:的)?(?:那张)?证件|身份证|小区|在哪上班|上班的地方|address/;
/** Words that turn a held fact or a hint into menace. */
const MENACE =
  /吃素|不客气|好惹|别逼|劝你|想一想|考虑|小心|等着|看着办|乱来|老实|识相|最好|后果|敢|曝光|网上|试试|上门|找你|后悔|过分|注意点|悠着|想清楚|想想|清楚|有数|闹大|乱说|懂的都懂|掂量|好自为之|thinktwice|becareful|watchout|别怪/;
/** Data an agent holds over a buyer, for the held-data cues: PERSONAL_DATA and the buyer's orders and parcels. */
// Round 35 (t35d): …and the buyer's plate number or birthday (车牌号我们都有记录的，您开车注意点).
const HELD_DATA = `(?:${PERSONAL_DATA.slice(3, -1)}|快递单号|物流单号|单号|购买记录|下单记录|收货信息|订单记录|买过的|车牌号|车牌|生日|出生日期|实名信息)`;
/** A review ultimatum or a veiled escalation beside held data: 你不给好评, 评价前请三思, 只能换个方式联系您. */
// (round 15, t15b: a use to come, 谁知道以后会不会派上用场呢)
const HELD_MENACE = new RegExp(`${MENACE.source}|派上用场|用得上|用得着|有用处|总有用|三思|有办法|换个方式|换种方式|别的方式|解决不了|不给好评|不删|不撤|不改|不希望|奇怪的地方|整理成|做成表|建了档|发(?:你|您)看看|别忘了|别忘记|提醒(?:你|您)一句|档案|回访`);
/** Service talk around the same words: checking an address, choosing a size. */
/** Goods and offers that make a school or a child's name ordinary shop talk (书包 for 上学, 奶粉 for 宝宝). */
// (round 22, t22cc: …or a parcel routed round the school's rules, 学校不让收快递的话可以寄到附近驿站)
const SCHOOL_GOODS = /书包|文具|水杯|校服|适合|尺码|(?<!退)款|送给|礼物|开学季|优惠|奶粉|辅食|快递柜|收(?:零食|外卖)?快递|驿站|代收|改(?:成|寄|地址)/;
const SERVICE = /填写|填错|写错|核对|确认一下|是否正确|修改|改成|选|挑|尺码|颜色|款式|型号|段数|发货|补发|放心|保密|清关用|用于清关/;
/** Buyer data an agent could hand to strangers (their number, address, papers, chat or order screenshots). */
// Round 32 (t32d): …and the buyer's selfies, avatar and life photos, also as posted with their review (您晒单那张自拍, 你晒图里的照片).
const BUYER_DATA = `(?:${PERSONAL_DATA.slice(3, -1)}|截图|订单|聊天|视频|评价|差评|作品|账号|资料|购买记录|记录|买家秀|自拍|头像|生活照|晒(?:单|图)?(?:的|那张|那个|那些|里的?)?(?:自拍|照片|图片?|视频))`;
/** The buyer's accounts and posts, here or elsewhere (您的淘宝, 你小红书那篇笔记, 您在别家店留的评价). */
const ONLINE =
  /(?:你|您|她|他)(?:的|在)?(?:那个|那篇|那条|这个)?(?:淘宝|拼多多|抖音|小红书|微博|快手号|账号|主页|作品|朋友圈|头像|笔记|视频|别家|其他店|别的店|其他平台|别的平台|b站|知乎)/;
/** Where the buyer lives, works or studies (the agent's 那/那个 before it too: 您那地址). */
const WHEREABOUTS = /(?:你|您)(?:的|们|家的|家)?(?:那个|那)?(?:屋头|屋里头|屋企|住那条街|那条街|(?:喺|在)?边度(?:返工|住|返学|上班)|住哪|住在哪|住的地方|住的那(?:栋|幢|个|片)|住(?:啥|什么)地方|住址|家在哪|家住|在哪上班|在哪工作|在哪住|在哪个(?:公司|单位|小区|学校|地方)|[^]{0,4}(?:几点|什么时候)(?:下班|放学|出门|回家|到家)|在哪家|哪个小区|小区|单位|公司|收货地址|地址|孩子在哪|在哪上学)/;

/** The buyer's private sphere, for the general leverage cues: home, family, workplace, school, routine, photos, account. */
const LEVER_WORDS = [
  // (round 12: the buyer's commute, 您每天在哪个地铁站下车)
  '地铁站', '公交站', '下车', '那栋楼', '那幢楼', '那个楼', '住的楼',
  '阳台', '窗户', '窗台', '窗外', '门口', '家门', '楼下', '楼道', '院子', '老家', '小区', '门牌', '地址', '住址', '住处', '家里',
  '狗', '猫', '全家福', '女儿', '儿子', '闺女', '孩子', '宝宝', '小孩', '老人', '老公', '老婆', '爱人', '家里人', '家人', '爸妈', '父母', '婆婆', '公公',
  '单位', '公司', '学校', '幼儿园', '小学', '初中', '中学', '上学', '放学', '上班', '下班', '出门', '回家', '一个人住', '独居',
  '尾号', '自拍', '照片', '脸', '快手号', '朋友圈', '同事', '领导', '母亲', '父亲', '丈夫', '妻子', '亲戚', '邻居', '找工作',
];
/**
 * The buyer's data the shop holds (收货信息, 手机号, 车牌, 账号…): asked about in every complaint, so these count for the
 * block cue only, where a menace, a held-data verb or an ultimatum must join the dispute.
 */
const LEVER_DATA = ['收货信息', '个人信息', '手机号', '电话', '身份证', '车牌', '账号', '购买记录', '聊天记录', '回放'];
/** The sphere is the buyer's: 你/您 a few units before (您家, 您这地址, 您应该也不希望家里老人, 我们有您老家的地址) or 宝/亲 addressed. */
// (round 15, t15b: the parcel's receiver named as the buyer's, 收货人写的是孩子名字吧)
const LEVER_OWNER = /(?:你|您|宝|亲)[^]{0,9}$|(?:收件|寄件)$|收货人(?:写的|填的)?(?:是)?$/;
/**
 * Round 14 (fa14b): the buyer as the SPEAKER right before the word (您说朋友圈那种“内部渠道货”…, 您提到的小区快递柜): what they talk
 * about, not their sphere held over them — 您说您家… keeps its second 您 as the owner.
 */
// Round 44 (t44d): …or a stranger named as the owner right before it (麻烦您把群名和对方账号截图举报, 把骗子的电话和聊天记录发给平台): the scammer's
// data, the buyer asked to report it — not theirs held over them.
// Round 29 (t29a): …or as the RECIPIENT of what the shop offers (可以给您提供订单的购买记录截图, 帮您导出聊天记录): proof handed over, not held.
const SPEAKER_NOT_OWNER =
  /(?:您|你)(?:刚才|之前|刚刚)?(?:说|提到|问|讲|看到)(?:的)?(?:那个|那种|这个)?[^，。！？您你我]{0,4}$|(?:给|帮|为|替)(?:您|你)(?:提供|出具|开具|调取|调出|导出|截|截图|发|打印|补|补开|准备|查|查询)[^，。！？您你我]{0,6}$|(?:对方|骗子|那个人|那人|此人|陌生人|群主|冒充者|冒充的人|诈骗分子|冒充(?:我们|本店|平台|快手|官方)的人)(?:的)?(?:[^，。！？您你我]{1,8}(?:和|、|跟|及|以及))?$/;
/**
 * Round 15 (fa15): the owner 你/您 is someone else's, inside the quotation marks of words the reply reports (您说有人发消息说“知道你住哪”，
 * 请问是哪个账号？): every 你/您/宝/亲 within LEVER_OWNER's reach is quoted while the held word is not. The quoted menace is not the shop's.
 */
/**
 * Round 29 (t29a): 上班 / 下班 / 同事 of the shop's staff, their shifts told in the sentence (您好，小雨已经下班了，我是晚班客服): a colleague's
 * hours, not the buyer's routine — unless the buyer owns the word in its own clause (你每天几点下班，我们晚班客服都知道).
 */
const STAFF_SHIFT = /(?:早|晚|夜|白|中)班(?:的)?(?:客服|同事)|值班(?:的)?客服|(?:客服|同事|店员)[^，。]{0,4}(?:已经|先|刚)(?:下班|上班)|交接班|换班/;
function staffShift(ctx: LintContext, start: number, end: number): boolean {
  const word = ctx.compact.slice(start, end);
  if (word !== '下班' && word !== '上班' && word !== '同事') return false;
  // (接待您的同事 is ours: the buyer is the one served, not the owner)
  const lead = ctx.before(start, 8, 'soft');
  if (/(?:你|您)[^]{0,4}$/.test(lead) && !/(?:接待|服务|负责|对接|招待)(?:过)?(?:你|您)的$/.test(lead)) return false;
  return STAFF_SHIFT.test(ctx.before(start, 30, 'hard') + word + ctx.after(end, 30, 'hard'));
}
function leverExempt(ctx: LintContext, start: number, end: number): boolean {
  return ownerQuoted(ctx, start, end) || staffShift(ctx, start, end);
}
function ownerQuoted(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 10, 'hard');
  let seen = false;
  for (let i = lead.length - 1; i >= 0; i--) {
    const c = lead[i];
    if (c !== '你' && c !== '您' && c !== '侬' && c !== '宝' && c !== '亲') continue;
    const at = start - lead.length + i;
    if (!insideQuotes(ctx, at, at + 1)) return false;
    seen = true;
  }
  return seen && !insideQuotes(ctx, start, end);
}
/**
 * A review, complaint or refund dispute the leverage is about. Round 20 (t20dm): a review about to be given whatever its grade, as
 * emoji leave it in the compact view (给💩评之前 → 给评之前, 打👎评前, 写评前).
 */
// (round 34, t34c: …or the buyer who will not let the matter go, 还揪着这事不放, 不依不饶, 没完没了)
// (round 37, t37f: not 评价 as "judge", declined of another brand — 那个牌子我们没卖过，不好评价)
const LEVER_DISPUTE = /(?:揪|抓|咬|缠|扯)(?:着|住)[^]{0,6}不放|不依不饶|没完没了|死缠烂打|纠缠不休|关系搞僵|搞僵|闹僵|撕破脸|(?<!不好|不便|不方便|不予|不作|不做|没法|无法|难以|不敢|不能|不|客观)评价|差评|中评|一星|投诉|举报|撤诉|介入|曝光|闹|过不去|作对|较劲|12315|仲裁|硬刚|申诉|事情变|事情搞|把事情|(?:给|打|写|发)(?:个|了)?评(?:之前|前|以前)/;
// (round 37, t37g: not 看到了 said of the buyer's complaint or message — 您的投诉我已经看到了, 我们看到了您的留言 — an acknowledgment, not eyes on them)
/** Menace beside the buyer's sphere: a visit or a greeting, distance, people who know them, eyes on them, harm to their people. */
// (round 34, t34c: …a festive call paid on the buyer in a dispute, 去您老家拜个年, 登门 — not a greeting sent, 给您家人拜个晚年; the address told as known to the letter, 写得清清楚楚)
const LEVER_MENACE =
  /(?:去|到|上|来|过去|过来)[^，。？]{0,10}拜(?:个)?(?:早|晚)?年|登门|清清楚楚|一清二楚|难堪|(?:已经|都)?查(?:到|出|清)(?:了)?(?:你|您)|(?:我们|我)(?:也|都)有|大家都难看|闹得难看|闹得不愉快|打声招呼|打个招呼|打招呼|迷路|不太平|看紧|看好|管不了|不好说|难说|熟人|有人|见过|看见|(?<!(?:投诉|留言|消息|反馈|评价|申请|诉求|问题|信息|私信|来信|意见|工单)(?:我|我们|这边|客服|小店)?(?:已经|都|也|早就)?)(?:都看到|我们看到|看到了)(?!(?:了)?(?:您|你)?(?:的)?(?:投诉|留言|消息|反馈|评价|申请|诉求|问题|信息|私信|来信|意见|工单))|坐坐|拜访|串门|顺路|车程|离我们|多带|小心|当心|安全|关心|惦记|可爱|存着|都有|我们有|我们这有|(?:都|还|会|一直|我们|我)记得|记得(?:你|您)|认得|找得到|跑一趟|接到我们|我们的电话|受影响|不希望|忍心|心里有数|留案底|考公|政审|几点|每天|备份|存档|截图|存了|记下|私了|没这回事|搞太僵|搞僵|传出去|联系得上|找得到|问问她|问问他|很熟|都熟|不太好吧|(?:对|对您|对你)(?:孩子|家里|工作)?不好/;
/** The shop watching the buyer's life with no dispute: hours, a school named, things on their balcony, living alone, our care. */
const LEVER_WATCHED =
  /(?:我|我们|老板|店员|同事|我们的人)[^]{0,6}(?:常去|经常去|天天去|每天去|每周都去|都去|常来|经常来|常逛|经常逛|天天路过|常路过|经常路过|每天路过|天天都去|去过好几次)|(?:说不定|没准|保不齐|指不定)哪天|碰上|碰到(?:你|您)|碰个面|顺路[^]{0,3}经过|(?:会|都)经过|(?:我们|我)(?:也|都)知道|(?:我们|我)知道(?:你|您)|不想让[^]{0,6}知道|每天[^]{0,6}(?:[0-9一二三四五六七八九十]+点|早上|晚上)[^]{0,6}(?:放学|下班|上班|出门|回家|到家|接|送|遛|出来|经过|路过|走|吧)|(?:放学|下班|出门|回家)[^]{0,2}对吧|上学吧|该浇水|那盆|晾的|晾着|一个人住|独居|我们都很关心|我们都关心|我们一直关心|我们会一直关心|我们都在看|我们都看到|我们都看见|看见了|路过|我们的人|都见过|见过好几|每天都能看|进出|打声招呼|打个招呼|拜访一下|去坐坐|串个门|顺便去|顺路去/;
/** An order around the same words: delivery, receiving, products for the family, service. */
// …or the review conceded, left as it is (评价您不用改，那是您的真实感受; round 11, t11e).
// (round 22, t22cc: …or the fault owned with a step of the work named, 是我们打包没做好, 是我们的疏忽)
// (round 17, fa17b: the buyer's evidence photos sent on to the platform — 您上传的三张破损照片我也同步提交了)
// Round 19 (t19br): …or the buyer asked to send photos as evidence (您可以上传皮肤状况的照片, 麻烦您拍一下外箱的照片) — not 您上传的照片我们都存着 (held).
// (round 19, t19bs: …or asked for to settle the claim — 破损照片发我一下, 问题部位的图片拍一下)
// (round 34, t34c: …or a new-year greeting sent to them, 给您家人拜个晚年 — not a visit to do it, 去您家给您全家拜个年; and 已经处理)
// (round 20: …or a festive wish for the family, 祝您和家人中秋团圆 — not 平安 or 健康, which a menace can wear — or a welcome back)
// (round 26, t26b: …the photo asked for with an urgency or courtesy word between, 麻烦您尽快拍一下外箱照片 before an appeal's deadline)
// (round 25, t25b: …or contact details the shop declines to give, 微信、QQ、手机号这些我们都不方便给哦 — the shop's own, not the buyer's)
const LEVER_ORDER =
  /(?:不方便|不能|没法|没办法|无法|不可以|不允许)(?:给|提供|留|透露|加|告知)|(?:节日|中秋|新年|春节|元旦|端午|国庆|生日)快乐|团圆|(?<!(?:去|到|上|来)[^，。？]{0,8})给(?:您|你)(?:和)?(?:家人|全家|家里人|一家|一家人)?拜(?:个)?(?:早|晚)?年|万事如意|新春(?:快乐|愉快|大吉)|欢迎(?:再来|回购|常来|下次)|(?:破损|开箱|瑕疵|质量问题|凭证)(?:的)?(?:照片|图片|视频)[^]{0,8}(?:提交|转交|同步给|交给平台)|(?:可以|请|麻烦|劳烦|需要|辛苦)(?:您|你)?(?:先|再|尽快|赶紧|抽空|及时|马上|今天|现在|方便时|有空时?|帮忙|帮我们)?(?:再)?(?:拍|上传|提供|补充|发)[^，。；]{0,10}?(?:照片|图片|视频)|(?:破损|开箱|瑕疵|质量问题|问题|实物|商品|包装|外箱|故障)(?:的|处|部位|部分)?(?:照片|图片|视频)(?:麻烦|请|您)?(?:发|拍|传|上传|提供)(?:我|给我|过来|一下|一张|几张|下)|适合|尺码|代收|签收|收货(?!信息|人|地址)|发货|快递|包裹|物流(?![^]{0,4}上班)|发票|礼物|送给|喜欢|推荐|用的|穿|吃|喝|奶粉|帮您|谢谢(?!配合|您的配合)|感谢(?!配合|您的配合)|抱歉|不好意思|理解|尊重|放心|(?:已|已经|会|帮您|为您|尽快|马上|正在|及时)处理|收到|反馈|宠物|猫粮|狗粮|晒|返图|好评返|不会|过敏|用了|停用|接受|效果|副作用|修改|改成|填写|核对|驿站|配送|派送|清关|冒充|假冒|冒名|自称|骗子|(?:是|谨防|防范|小心)诈骗|诈骗(?:电话|短信|信息|分子)|不是我们|报警|退货地址|寄回|单号|页面|详情|优惠|团购|下单|价格|折扣|这款|款式|型号|替换装|样品|试用|小样|赠品|补寄|评价很好|评价不错|评价挺好|好评如潮|加密|(?:明天|后天|今天|次日)(?:就)?(?:能|可以)?(?:到|送达|发出|收到)|(?:不用|不需要|不必|无需|用不着)(?:您)?(?:改|删|修改|撤)|真实(?:感受|体验|评价)|说得(?:对|没错|在理)|虚心接受|我们的问题|是我们没做好|是我们[^，。；]{1,4}没(?:做好|弄好|包好|检查好)|(?:我们|店里)的(?:失误|疏忽|责任)/;

/** The buyer's people, for the third-party cue (round 8): family, partner, friends, work, the address book, the receiver. */
const THIRD_PARTY = ['妈妈', '爸爸', '妈', '爸', '老妈', '老爸', '母亲', '父亲', '爹妈', '爸妈', '父母', '老婆', '老公', '媳妇', '对象', '男朋友', '女朋友', '男友', '女友',
  '爱人', '丈夫', '妻子', '家人', '家里人', '亲戚', '朋友', '同事', '领导', '上司', 'hr', '人事', '通讯录', '紧急联系人', '收件人', '邻居', '同学', '班主任', '先生', '太太',
  // Round 15 (t15b): the buyer's superiors and local bodies (科室主任, 校长, 工会, 村委会, 居委会, 工作单位, 所在社区).
  '主任', '校长', '院长', '经理', '老板', '工会', '村委', '村委会', '居委会', '社区', '街道办', '工作单位', '单位', '公司', '学校', '辅导员'];
/** The shop calling, sending to or telling them, or the buyer not wanting them to know. */
const THIRD_PARTY_TOLD =
  /(?:我|咱)[^，。？]{0,12}(?:打给|打个电话|打电话|打过去|发给|发到|转给|寄给|告诉|反映|聊聊|问问|说说|通知|联系|发函|寄函|同步给|通报|私信|评评理)|(?:给|跟|向|和|找)(?:你|您)(?:的|们|家|所在的?)?[^]{0,8}(?:打个?电话|打过去|聊|说说|谈谈|反映|发函|寄函|通报|同步)|(?:同步给|发函给|通报给|反映给|告诉|通知|发给|转给|寄给)(?:你|您)(?:的|们|家|所在的?)|(?:打|找|闹|寄|送|追)到(?:你|您)(?:的|们|家)?|要不要(?:我们|我)?(?:发给|转给|寄给|告诉|拿给)|(?:不想|不希望|不愿|别)让[^]{0,8}知道|(?:不想|不希望|不愿|别)[^，。？]{0,6}被[^，。？]{0,8}(?:知道|看到|发现)|(?:会|就|要|都会)让(?:他们|她|他|她们)(?:都)?知道|卷进来|被卷|牵连|连累|(?:不想|不希望|不愿意?)(?:他们|她们|她|他|大家)(?:都)?(?:知道|看到|晓得)|(?:联系方式|电话|手机号|号码|微信|通讯录)[^，。？]{0,4}(?:我们|我)(?:这边)?(?:都|已经|也|早就)*(?:拿到|查到|找到|弄到|存着|存了|有)/;
// Round 41 (t41g): …the wish without 让 (您要不想他们知道…) and their contacts said to be in our hands (您同事的联系方式我们都拿到了).
// Round 17 (t17): …the passive too (您也不想这些被家里人知道吧, 不希望购买记录被您爱人看到吧): the secret the shop holds, with the buyer's people.
/** What makes the telling leverage: a dispute, a secret, a consequence asked about. */
const THIRD_PARTY_LEVER = new RegExp(`${LEVER_DISPUTE.source}|${/不(?:接|回|理)(?:是吧|的话)|(?:操作|人品|习惯|所作所为|德行|为人|行为|好事|(?:干|做)的[^]{0,3}事|退了|薅|羊毛|白嫖|职业|前途|影响)|(?:还|再)不(?:回|接|理|删|改|撤|确认|给|签)|不然|否则|评价|差评|投诉|举报|曝光|退款|退货|删|撤|会怎样|会怎么样|怎么看|干的事|做的事|知道(?:你|您)买|(?:别|不要|不准)再(?:申请|退)|用完就退|买这个|买过|对得起|这样做|购物记录|购买记录|聊天记录|卷进来|被卷|牵连|连累|不想让|不希望让|丢人/.source}`);

/** What the buyer depends on (round 8): their account, parcels, deliveries, customs clearance, shopping. */
const STAKE = /你[^，。？]{0,10}(?:号|账号|包裹|快递|件|货|清关|海淘|下单|购物|买东西)|封你|到付件/;
/** The shop's power or connections over it: 一句话, 关系很硬, 认识的人多, 很熟, 报给海关, 我保证. */
const SHOP_POWER = /(?:我们|我|咱)[^，。？]{0,12}(?:认识|关系|熟|有人|一句话|保证|能让|报给|举报给|让你)|一句话|分分钟|关系(?:很|挺|特别)?硬|很熟|挺熟|认识的人|我保证|说到做到/;

/**
 * Round 36 (t36g): a group led in an activity (带几个人去爬山, 带几个人去店里试喝) — unless the buyer, their home or a menace is named
 * in the same sentence (带几个人去你家, 带几个人过去收拾你).
 */
const GROUP_ACTIVITY =
  /^(?![^]*(?:你|您|他|她)(?:家|那|们家|公司|单位|门口|楼下|小区)|[^]*找(?:你|您|他|她)|[^]*收拾|[^]*算账|[^]*理论|[^]*讨说法|[^]*好看|[^]*等着)[^]*(?:练|学|上课|培训|教|爬山|徒步|跑步|骑行|露营|打卡|逛|旅游|团建|参观|体验|试吃|试喝|品鉴|拼单|团购|凑单|聚餐|吃饭|喝咖啡|看展|搬货|卸货|装货|帮忙|打包|盘点)/;
/** Violence done to the buyer or their people (also 2.7). */
const VIOLENCE = [
  '砍了他', '砍了你', '砍死', '砍你', '斩你', '斩死你', '劈死你', '弄死你', '弄死他', '打死你', '打死他', '揍你', '揍死你', '揍一顿', '打你一顿', '打断你的腿', '打断你腿', '打断腿',
  '捅死', '捅你', '杀了你', '杀你全家', '弄残', '打残', '废了你', '卸你', '找几个兄弟', '找人打', '找人弄', '找人收拾', '叫人打', '带人过去',
  '刀了你', '泼硫酸', '炸了你', '让你躺着', '让你住院', '剁了你', '干死你', '干掉你', '弄你一顿', '找人弄你', '我弄你', '削你',
];

/**
 * Round 56 (eng56a): characters of VIOLENCE written as their components side by side (石欠 = 砍, 歹匕 = 死, 扌丁 = 打, 亻尔 = 你), the
 * radical split a word list misses. Each violent word in every mix of whole and split characters (at least one split).
 */
const SPLIT_COMPONENTS: Record<string, string> = { 砍: '石欠', 死: '歹匕', 打: '扌丁', 你: '亻尔', 捅: '扌甬', 揍: '扌奏', 残: '歹戋', 剁: '朵刂', 削: '肖刂', 斩: '车斤', 劈: '辟刀', 杀: '乂木' };
const VIOLENCE_SPLIT = VIOLENCE.flatMap((word) => {
  let forms = [''];
  for (const c of word) forms = forms.flatMap((f) => (SPLIT_COMPONENTS[c] ? [f + c, f + SPLIT_COMPONENTS[c]] : [f + c]));
  return forms.filter((f) => f !== word);
});

/**
 * A crime pinned on the buyer's dispute (round 14; round 15: the buyer's act in a condition, 如您…不撤回, and a penalty the buyer
 * will face, 您将面临刑事拘留): a dispute act, a crime word, a penalty or police, the buyer addressed.
 */
const CRIME_SENTENCE = [new RegExp(`${DISPUTE_ACT.source}|仅退款|索赔|不撤|不删|撤回|撤销`), /罪|判|坐牢|拘留|立案|报案|报了案|警察|公安|派出所|吃官司|律师|刑事|蹲/,
  /(?:你|您)(?:这|的|这种|这样|已经|已|就是|属于|涉嫌|构成)|(?:你|您)[^，。？]{0,10}行为|(?:你|您)[^，。？]{0,4}(?:想想|等着|掂量|面临|承担)|(?:如|如果|若|要是)(?:你|您)|(?:你|您)$/];
/** A scam warning or the buyer's rights told (有人冒充客服说您涉嫌诈骗, 不构成诽谤). */
const CRIME_NOT = /冒充|自称|骗局|骗子|不要转账|谨防|提醒您|不构成|不会追究|权利|建议您|您可以|报警处理|遇到/;

/** Round 19 (fa19di): somebody asking the buyer for data or money, the buyer told not to give it or told it is a scam (either order). */
// Round 40 (t40j): …also somebody approaching the buyer with a job or a deal (有人找您刷评价请直接举报, 有人私信你做兼职返现，直接拉黑) and the
// buyer told to report, refuse or block it: the approach is the scam warned of.
const SCAM_ASK_REFUSED = /(?:有人|谁|陌生人|对方)(?:来)?(?:找|联系|问|向|私信|私聊|邀请|拉)(?:您|你)(?:要|索要|索取|借|刷|做|帮|代|改|删|加|兼职|返|买|下载|扫|进群|入群)[^]{0,14}?(?:(?:别|不要|勿|切勿|请勿|千万别|不用)(?:给|提供|告诉|透露|理|相信|信|转|汇|答应|参与|做|加|点|扫)|(?:请|请您|麻烦|务必|可以|欢迎|记得|直接|及时|立即|马上)(?:您|你)?(?:直接|及时|立即|马上|第一时间)?(?:举报|拒绝|拉黑|报警|投诉给平台|向平台|反馈给平台|联系平台|截图)|(?:都|就)?是(?:骗子|诈骗|骗局|骗人))|(?:别|不要|勿|切勿|请勿|千万别)(?:把)?[^]{0,8}?(?:给|提供给?|告诉|透露给?)(?:别人|任何人|陌生人|他人)[^]{0,8}?(?:有人|谁)(?:找|联系|问|向)(?:您|你)(?:要|索要|索取)/;

/**
 * Round 27 (t27b): a product's hazard told with its consequence (腐蚀性有点强 千万别喷到眼睛里…不然后果很严重, 远离火源否则后果不堪设想):
 * the 不然/否则 is about misuse of the goods, not the buyer's dispute. Not when a dispute act or a menace shares the sentence.
 */
const USE_HAZARD = new RegExp(String.raw`腐蚀|刺激性|(?:喷|溅|进|揉|沾|弄|碰)(?:到|进)?(?:了)?(?:眼睛|眼里|伤口|嘴里|口腔|黏膜)|入眼|误食|误服|误吞|吞下|够不到|够不着|(?:远离|避开|避免)(?:儿童|小孩|孩子|宝宝|小朋友|火源|明火|高温|热源)|明火|易燃|易爆|高温|烫伤|灼伤|触电|漏电|短路|通风|戴(?:好)?手套|稀释|过量|超量|剂量|窒息|混用|(?:不能|不要|别|勿)混(?:合|着用)|中毒|爆炸|起火|自燃`
  // Round 43 (t43i): …or a mechanical hazard of the goods in use (刹车踩到底，否则坡道上会溜车，后果很严重; 卡扣没扣紧会侧翻).
  + `|溜车|侧翻|翻倒|翻车|跌落|摔(?:伤|倒|下来)|坠落|夹(?:到|伤)(?:手|脚)?|松脱|倾倒|滑倒|卡扣|锁扣|安全带|刹车|护栏|承重`);
const HAZARD_NOT = new RegExp(`${DISPUTE_ACT.source}|你家|您家|找人|上门|收拾|等着|走着瞧|小心(?:你|您)(?:的|家)|删|撤`);
function hazardWarning(ctx: LintContext, start: number, end: number): boolean {
  const sentence = sentenceOf(ctx, start, end);
  return USE_HAZARD.test(sentence) && !HAZARD_NOT.test(sentence);
}

/**
 * Round 32 (t32d): the agent's own loss over the buyer's review or complaint — pay docked, a fine, the job, rent, a sick parent —
 * told to move the buyer (我这个月因为您的差评被扣了八百，房租都交不上了，您忍心吗 / 要是因为这个投诉被开除，我妈的药钱就没了，求您撤了吧).
 */
const OWN_LOSS = ['扣工资', '扣钱', '扣了', '被扣', '要扣', '扣我', '扣绩效', '绩效', '罚款', '罚钱', '被罚', '罚我', '开除', '辞退', '炒鱿鱼', '丢工作', '丢了工作', '饭碗',
  '下岗', '没工作', '被骂', '挨骂', '挨批', '点名', '奖金', '提成', '工资', '房租', '交不上', '药钱', '医药费', '学费', '住院', '一家老小'];
/** What the loss is told for: the review or complaint changed, withdrawn or turned good. */
const REVIEW_CHANGE_ASKED =
  /(?:改|删|撤|追评)[^，。？！]{0,4}(?:评|投诉|申诉|举报)|(?:差评|中评|评价|投诉|一星|举报)[^，。？！]{0,6}(?:改|删|撤|追)|改(?:成|为|回)?(?:个|一个|成个)?(?:好评|五星|5星)|(?:给|补|追加)(?:个|一个)?(?:好评|五星|5星)|(?:删|撤)(?:了|掉|除|回|销)(?:吧|呗|嘛|好不好|行不行|可以吗)|撤(?:了|掉|回|销)|高抬贵手|放我一马/;
/** The guilt or the plea that makes the loss pressure. */
const GUILT_PLEA =
  /忍心|求求|求(?:您|你)|救救|可怜|帮帮我|行行好|高抬贵手|放我一马|就因为(?:您|你)|因为(?:您|你)(?:的|这个|这条|那条)?(?:差评|评价|投诉|一星|举报)|(?:您|你)(?:的|这个|这条|那条)(?:差评|评价|投诉|一星|举报)(?:害|让|把)|没(?:什么|啥)?损失|又不(?:少|掉)(?:块肉|什么)|动动手指|举手之劳|一家老小|交不上|没着落|揭不开锅|活不下去/;

/** Round 47 (t47c2): the review's removal asked in whole pinyin (cp shan le ma, mei shan de hua, bu shan, shan diao, che le ma): compact, no spaces. */
const PINYIN_REMOVAL_T47C2 = /(?:^|[^a-z])cp|(?:mei|bu|hai|meiyou)(?:shan|che|gai)|shan(?:le|diao|chu)|chediao|chexiao/;
const cues: Cue[] = [
  {
    // Round 32 (t32d): guilt-tripping with the agent's own pay, job or family to get the review or complaint changed (OWN_LOSS +
    // REVIEW_CHANGE_ASKED + GUILT_PLEA across a short window). Warn: a plea, not a threat — but pressure the buyer did not ask for.
    // Not: the agent's own mistake owned with no ask (是我发错了，这个月绩效要扣我认，马上给您补发), a single polite review request, the
    // review left free (评价您如实写就好，跟我扣不扣钱没关系).
    words: OWN_LOSS,
    severity: 'warn',
    message: '以客服自己被扣钱、丢工作或家庭困难向买家诉苦，逼其删改差评或撤投诉，属于骚扰（规则 2.5）',
    window: 60,
    sentence: [REVIEW_CHANGE_ASKED, GUILT_PLEA],
    notSentence: /如实|随意|真实感受|不影响|不会影响|没关系|无关|不用(?:改|删|撤)|不必(?:改|删|撤)|自愿|冒充|骗子|诈骗/,
    deniable: false,
  },
  {
    // 号码我记下了 / 地址我记下了 as menace — not 您的问题我记下了 or 地址我记下了，明天发货.
    words: ['号码我记下', '电话我记下', '地址我记下', '我记下了', '都在我这', '我清楚得很', '我都存了', '我存下了'],
    severity: 'block',
    message: '以掌握买家个人信息相威胁',
    sentence: /你|您/,
    // (round 41, t41f: …nor the buyer's words noted and the detail asked at once — 您说的“垃圾产品”我记下了，具体是哪里不满意？)
    notSentence: /问题|需求|反馈|建议|回复|处理|发货|补发|寄|改地址|修改|备注|尺码|颜色|型号|订单|安排|尽快|马上|稍后|收到|好的|谢谢|放心|(?:您|你)(?:刚才|之前)?(?:说|提|讲|提到|反映|吐槽|骂)的[^，。！？]{0,14}我记下了[，,]?(?:具体|哪|是什么|什么|能不能|可以|麻烦|请)/,
  },
  {
    // 自己掂量 / 有的是办法 (said at the end) / 让你收不到快递 / 让你家里人也知道 / 等着收律师函.
    words: ['自己掂量', '掂量掂量', '你掂量', '好好掂量', '掂量一下', '有的是办法', '有的是手段', '让你收不到', '让你家里人', '让你家人', '告诉你家里人', '通知你家人', '让你老公', '让你老婆', '让你单位', '让你领导'],
    severity: 'block',
    message: '威胁、恐吓买家',
    // Round 8: the buyer asking family for help (您让您老公帮忙看看安装视频) threatens no one.
    notAfter: /^(?:帮|帮忙|一起|陪|试试|看看|来|代)/,
    // Round 11 (fa11b): the ways offered to the buyer (有的是办法，您别担心，我教您操作) — reassurance or teaching, in any wording.
    notSentence: /帮您|为您|解决|放心|不用担心|别担心|不要担心|别着急|别急|不用急|不用慌|别慌|教您|教你|带您|带你(?:操作|弄|办)|我来(?:弄|办|处理|操作)|一步步/,
    // Round 22 (t22ca): …nor a purchase left to the buyer to weigh (差价只有三块钱，您自己掂量哈; 两款价格差不多，您掂量一下选哪个),
    // unless a dispute or a menace is near.
    unless: (ctx, start, end) => {
      const near = ctx.compact.slice(Math.max(0, start - 40), end + 20);
      return /掂量/.test(ctx.compact.slice(start, end)) && PURCHASE_WEIGH.test(near) && !DISPUTE.test(near) && !/出事|小心|身后|上门|家门|你家|找人|后果|走着瞧|等着/.test(near);
    },
  },
  {
    words: ['律师函', '起诉书', '法院传票'],
    severity: 'block',
    message: '以法律手段威胁买家改评价或撤投诉',
    before: /(?:等着|准备|就等着|坐等)(?:收|接)?$/,
    sentence: new RegExp(`${DISPUTE.source}|改|删|撤`),
  },
  {
    // A legal paper sent to the buyer's door over a review (round 11): 差评我已截图，律师函下周寄到您家，到时候可不是几十块钱的事了;
    // 投诉不撤，传票直接送到你单位. Traps: 收到“律师函”短信是诈骗, 我们不会给您寄律师函.
    words: ['律师函', '起诉书', '法院传票', '传票'],
    severity: 'block',
    message: '以法律文书寄到买家家中、单位相威胁',
    after: /^[^，。！？]{0,8}?(?:寄到|送到|发到|寄去|送去|递到|寄给|送上门)[^，。！？]{0,3}(?:你|您)/,
    window: 30,
    sentence: DISPUTE_ACT,
    notSentence: /冒充|诈骗|骗子|假的|不要相信|别信|不会/,
  },
  {
    // 店长要跟你“好好聊聊”，他脾气不太好 — menace by a third party.
    words: ['好好聊聊', '好好谈谈', '聊聊人生', '脾气不太好', '脾气不好', '不好惹', '脾气可不好'],
    severity: 'block',
    message: '暗示会找人为难买家，属于威胁、恐吓',
    sentence: [/你|您/, /店长|老板|我们|兄弟|他|脾气|不好惹|聊聊|谈谈/, /脾气|不好惹|找你|上门|当面|好好聊|好好谈/],
    notSentence: /产品|商品|售后方案|退款方案|处理方案|电话沟通|客服/,
  },
  {
    // 小心哪天快递里多点什么东西 / 说不定哪天就有人找上门 — harm hinted at, one of these days.
    words: ['小心哪天', '当心哪天', '说不定哪天', '保不齐哪天', '指不定哪天', '没准哪天', '哪天'],
    severity: 'block',
    message: '暗示买家会遭遇不测，属于威胁、恐吓',
    after: /^[^，。]{0,10}(?:快递里多|(?:多|多出|多了)(?:点|些)?(?:什么|啥|东西)|出点什么事|出点事|出事|找上门|上门找|到你家|去你家|你家门口|家门口|被人|有人找|不太平|倒霉)/,
  },
  {
    words: [
      '吃不了兜着走', '不会让你好过', '别想好过', '有你好受', '有你好看', '让你好看', '给你点颜色', '让你知道厉害', '让你尝尝', '走着瞧', '等着瞧', '走着看', '管不了一世', '知道我们的厉害', '知道我的厉害', '我们的厉害', 'know where you live', 'watch your back', 'you have been warned', "you've been warned", '骑驴看唱本', '跟你没完', '咱们没完',
      '饶不了你', '不会放过你', '落到我们手里', '落在我们手里', '落到我手里', '落在我手里', '落到我们手上', '你最好祈祷', '绝不放过你', '没你好果子吃', '没好果子吃', '你死定了', '你完蛋了', '找你算账', '秋后算账', '跟你算账', '慢慢算', '让你混不下去',
      '身败名裂', '人肉你', '人肉搜索', '曝光你', '把你曝光', '别逼我', '别逼我们', '不要逼我', '逼我动手', '收拾你', '收拾ni', 'shoushi你', '整死你', '你给我等着', '给我等着', '你等着瞧',
      '劝你别乱来', '劝你识相', '识相点', '让你坐牢', '告死你', '去你单位', '去你们单位', '找你领导', '找你们领导', '告诉你领导', '查到你家',
      '你家里人的电话', '付出代价', '后果你承担', '后果你自己承担', '让你上黑名单', '把你拉黑名单', '拉进黑名单', '有的是办法让你', '有的是手段让你',
      '有的是办法整你', '给你点教训', '教训教训你', '教你做人', '夜路走多了',
      // Round 22 (t22ds): the same menaces in Cantonese (睇住嚟 = 走着瞧, 有你好睇 = 有你好看, 唔会放过你, 你死梗).
      '睇住嚟', '睇住黎', '有你好睇', '唔会放过你', '唔放过你', '你死梗', '你死硬',
    ],
    severity: 'block',
    message: '威胁、恐吓买家',
    notSentence: /不会放过你的(?:任何|每)|把我们|拉黑我们/,
  },
  {
    // Round 39 (t39j): 这事没完 is a menace — unless the sentence makes it the shop's own follow-up of the buyer's problem (这事没完，卡带读
    // 不出来的问题我们一定跟到底，今天先给您申请换货): we pledge to see it through or a remedy is started for the buyer, and nothing in the
    // sentence turns on the buyer (等着, 找你, 上门, 差评, 后果…).
    words: ['这事没完', '这事儿没完', '这件事没完', '这事还没完'],
    severity: 'block',
    message: '威胁、恐吓买家',
    unless: (ctx, start, end) => {
      const s = sentenceOf(ctx, start, end, 40);
      return OWN_PLEDGE.test(s) && !PLEDGE_TURN.test(s);
    },
  },
  {
    // 小心点 is a threat in a dispute, safety advice otherwise (你小心点拆，里面是玻璃).
    words: ['你小心点', '你最好小心', '最好小心点', '小心你的', '出门小心点', '出门注意安全', '注意你的安全', '小心点儿', '小心点'],
    severity: 'block',
    message: '以“小心点”恐吓买家',
    sentence: new RegExp(`${DISPUTE.source}|${PERSONAL_DATA}`),
    notSentence: /烫|玻璃|易碎|锋利|刀|拆|轻放|摔|滑|夹手|过敏|儿童|宝宝|包装|打包|寄回|压|下雨|天气/,
  },
  {
    words: ['记住你了', '我记住你', '记住你这个人'],
    severity: 'block',
    message: '威胁、恐吓买家',
    // Round 17 (t17): 留 (留货, 给您留着) is a kindness only with no dispute in the sentence — 差 评 留 着 吧 ， 我 们 记 住 您 了 dares it.
    notSentence: [/^(?![^]*(?:差评|中评|一星|1星|投诉|举报|曝光|维权|12315))[^]*留/, /优惠|老客|下次|福利|送|谢谢|感谢|喜好|尺码/],
  },
  {
    words: ['让你后悔', '你会后悔的', '会让你后悔', '后悔一辈子', '让你后悔一辈子', '后悔莫及', 'you will regret', "you'll regret", 'regret it'],
    severity: 'block',
    message: '以“让你后悔”威胁买家',
    // (round 10: 不会让您后悔选择我们 is a promise)
    notSentence: [SALES_REGRET, /miss|deal|buy|price|sale|offer|不会让(?:你|您)后悔/],
  },
  {
    words: ['后果自负', '后果自付', '后果自己负', '后果自己承担', '后果你清楚', '后果你自己清楚', '后果自己清楚', '后果你懂', '后果你知道的', 'hgzf', '后果很严重', '后果你知道', '后果不堪设想', '自己看着办', '你看着办', '看着办吧'],
    severity: 'block',
    message: '以“后果自负”威胁买家',
    sentence: DISPUTE,
    // Round 27 (t27b): a product's hazard warned of (腐蚀性强，别喷到眼睛里，不然后果很严重).
    unless: hazardWarning,
  },
  {
    // 后果 + 自负 however spelled (后guo自负, 后果zifu, houguo自付). Pinyin listed here rather than the rule's
    // pinyin option: that option costs about a third more time on a 1 MB paste for this many anchors.
    words: ['后果', '后guo', 'hou果', 'houguo'],
    severity: 'block',
    message: '以“后果自负”威胁买家',
    // Round 39 (t39r): also borne, however spelled (后果你自己扛, 后果自己抗着, 后果你担着).
    after: /^(?:自负|自付|zifu|自fu|zi负|zi付|自己负|自己承担|你承担|你自己承担|你自己清楚|你清楚|自己清楚|你懂|你知道|很严重|不堪设想|(?:你|您)?(?:自己)?(?:扛|抗|担着|兜着|受着))/,
    sentence: DISPUTE,
    // Round 27 (t27b): a product's hazard warned of (腐蚀性强，别喷到眼睛里，不然后果很严重).
    unless: hazardWarning,
  },
  {
    // 你等着 / 你就等着吧 at the end of a sentence about a dispute; not 您等着收货吧.
    words: ['等着', '等zhe', 'deng着', 'dengzhe'],
    severity: 'block',
    message: '以“你等着”威胁买家',
    before: /(?:你|ni|你就|ni就|你们|你们就|那你就|那你|你丫)$/,
    after: /^(?:吧|瞧|看|好了|吧你)?$/,
    sentence: re`(?:${['差评', '投诉', '举报', '住', '地址', '电话', '敢', '退款', '闹', '曝光', '记住']})`,
  },
  {
    // 你再给差评试试 / 给 差 评 试 试 / 敢投诉试试.
    words: ['试试', '试试看', '试一试'],
    severity: 'block',
    message: '挑衅威胁买家（“…试试”）',
    // A dare (敢…试试, 有本事…试试) or the buyer's dispute act dared (你退一个试试, 你再申请一次平台介入试试) — not
    // advice to try a refund or a reboot (可以先申请退款试试, 您再试试重启一下).
    before: re`(?:敢|有本事|有种)[^]{0,12}$|(?:你|再)[^]{0,8}(?:${DISPUTE_ACT.source})[^]{0,4}$|(?:${DISPUTE_ACT.source})(?:不删|不撤|不改)$|(?:${DISPUTE_ACT.source})[^]{0,12}(?:不删|不撤|不改)(?:你|您)(?:就)?$`,
    notSentence: /可以|不妨|建议|帮您|帮你|重新|刷新|登录|系统|清除|缓存/,
  },
  {
    // 敢投诉？/ 谁敢给差评.
    words: ['敢投诉', '敢给差评', '敢差评', '敢举报', '敢曝光', '敢乱说', '敢给中评', '敢退货'],
    severity: 'block',
    message: '威胁买家不许投诉或差评',
    before: /(?:你|谁|你们|你要是|要是|你再|再|还)$/,
  },
  // ---- round 56 (eng56a) ----
  {
    // Round 56 (eng56a): the buyer's home (or child's school, workplace) read out to them and said kept (你住朝阳路18号对吧，我记住了; 您家就在
    // 幸福小区吧，我们记下了): knowing where they live is the menace, no order step asked. Not an address read back for the parcel (收货地址是…
    // 对吧，我记下了，马上给您改) nor a delivery or return arranged.
    words: ['我记住了', '我们记住了', '我记下了', '我们记下了', '记住你了', '记住您了', '我记着呢', '我们记着呢', '我可记着呢', '我存下了', '我们存下了', '我们都记着', '我都记着', '我都记住了', '我们都记住了'],
    severity: 'block',
    message: '向买家点出其住处等私人信息并称已记下，属于威胁、恐吓（规则 2.5）',
    window: 40,
    sentence: /(?:你|您)家(?:就|也)?(?:住)?在|(?:你|您)(?:家)?(?:就|也)?住|(?:你|您)(?:的)?(?:孩子|小孩|儿子|女儿|老公|老婆|爱人|家人)[^，。？]{0,6}(?:在|上学|上班|读书)|(?:你|您)(?:的)?(?:单位|公司)(?:就)?(?:在|是)/,
    notSentence: /收货|收件|发货|(?:给|帮)(?:您|你)发|寄|快递|京东|顺丰|中通|圆通|韵达|申通|邮政|极兔|修改|改地址|改一下|更新|备注|安排|核对|订单|物流|派送|送货|配送|安装|退货|换货|补发|下次|以后都/,
    deniable: false,
  },
  {
    // Round 56 (eng56a): an ultimatum on the buyer's review or complaint — a deadline set for its removal (给你三天时间把差评撤掉, 限你今天之内
    // 删掉评价, 明天中午之前把投诉撤了): a term imposed on the buyer's own right. Not the buyer's own windows told (30天内可以追评, 请在24小时内确认收货).
    words: ['给你', '给您', '限你', '限您', '最多给你', '最多给您'],
    severity: 'block',
    message: '限期逼买家删改差评或撤投诉，属于骚扰施压（规则 2.5）',
    after: /^(?:[0-9一二两三四五六七八九十几半]+(?:天|小时|个小时|分钟|个钟头)|今天|今晚|明天|一天)(?:的)?(?:时间|之内|以内|内)?/,
    sentence: /(?:删|撤|改)(?:掉|了|除|回|销|成)?(?:个)?(?:差评|中评|评价|投诉|举报|好评)|(?:差评|中评|评价|投诉|举报)[^，。？]{0,6}(?:删|撤|改)/,
    notSentence: /可以|追评|确认收货|有效期|如实|自愿/,
  },
  // ---- end round 56 (eng56a) ----
  {
    // 你的手机号和地址我这都有，别逼我 — holding personal data over the buyer.
    // (round 42, t42k: …or remembered, kept, with a falling-out foreseen — 收货地址和电话我们都还记着呢，真闹起来谁脸上都不好看)
    words: ['都有', '全都有', '都知道', '都查到', '全有', '我这有', '早就有', '都掌握', '记下了', '存着', '记着', '记得', '留着'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: re`${PERSONAL_DATA}(?:和[^]{1,6})?(?:我|我们|我这|我这边|我们这边|我们这|这边)?(?:可|也|早|全|早就|都|还|一直|清清楚楚)*$`,
    sentence: /别逼|劝你|小心|等着|看着办|乱来|老实|识相|最好|后果|敢|曝光|网上|试试|上门|找你|后悔|闹大|吃素|不客气|好惹|闹起来|闹僵|闹翻|不好看|难看|脸上|走着瞧|掂量|想清楚|没好处|不好过/,
  },
  {
    // The same with the question first (那条差评是谁写的我们已经扒出来了 / 评论区的图是谁发的，我们都知道了).
    words: ['是谁'],
    severity: 'block',
    message: '声称已查出匿名评价或发帖者是谁，属于恐吓',
    after: /^(?:发|写|评|给|投诉|举报|拍|留)[^，。？]{0,3}的[^。？]{0,10}?(?:我们|我|这边)[^。？]{0,6}?(?:查到|查出|查清|查明|扒出|扒到|人肉|摸清|打听到|知道了|找到|找出|清楚了|一清二楚)/,
    window: 40,
    sentence: [/你|您|那条|那篇|那个|那些|那张|这条|评论区/, /评论|差评|中评|评价|帖|视频|笔记|留言|吐槽|曝光|投诉|举报/],
    notSentence: /诈骗|冒充|盗号|盗用|骗子|报警|发错|错发|漏发|少发|仓库|快递|物流|包裹|破损|处分|开除|不会/,
    deniable: false,
  },
  {
    // Round 23 (t23dx): the buyer's data said to MATCH what we traced (手机号和住址都对得上，您看着办吧 / 地址跟你留的一模一样，自己想想):
    // checked against the buyer, then a menace. Not an address check for a parcel (SERVICE, couriers).
    words: ['对得上', '都对得上', '全对得上', '对上了', '都对上了', '对上号', '对上号了', '都吻合', '完全吻合', '一模一样', '都一致', '完全一致'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: re`${PERSONAL_DATA}(?:和[^]{1,6})?(?:跟|和|与)?[^，。]{0,8}?(?:我们|我|这边)?(?:也|都|全|早就|已经)?$`,
    window: 40,
    sentence: /别逼|劝你|小心|等着|看着办|乱来|老实|识相|后果|敢|曝光|网上|试试|上门|找你|找您|后悔|闹大|吃素|不客气|好惹|掂量|想想|想清楚|好自为之|你懂的|您懂的/,
    notSentence: [SERVICE, /快递|派送|配送|签收|收件|驿站|物流|清关|实名|海关|订购人|支付人/],
  },
  {
    // Round 23 (t23dx): the author of the buyer's review or post unmasked (您在评论区发的那些图，我们已经找人查到是谁发的了 / 那条差评是谁写
    // 的我们扒出来了): an anonymous voice told it is known. Not a wrong parcel or a scam traced (查到是谁发错货了, 诈骗短信查到是谁发的，已报警).
    words: ['查到', '查出', '查清', '查明', '查清楚', '找到', '扒出', '扒到', '扒出来', '人肉到', '人肉出', '摸清', '打听到', '知道', '查出来', '找出来'],
    severity: 'block',
    message: '声称已查出匿名评价或发帖者是谁，属于恐吓',
    after: /^(?:了)?(?:到底)?(?:是谁(?:发|写|评|给|投|举报|拍|留|干|在|了|$)|(?:你|您)是谁|是哪位|(?:你|您)(?:本人|真名|真实身份)|发帖人|真实身份|真人|本人)/,
    window: 40,
    sentence: [/你|您/, /评论|差评|中评|评价|帖|视频|笔记|留言|吐槽|曝光|投诉|举报|发的(?:那些|图|照片|文字)?/],
    notSentence: /诈骗|冒充|盗号|盗用|骗子|报警|发错|错发|漏发|少发|仓库|快递|物流|包裹|破损|处分|开除|不会/,
    deniable: false,
  },
  {
    words: ['查到', '知道', '找到', '掌握了', '打听到'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    after: /^(?:了)?(?:你家|你家里人|你家人|你们家|你老婆|你老公|你孩子|你父母|你单位|你公司|你住|你在哪|你们在哪|你的(?:工作)?(?:单位|公司|住址|家))/,
    sentence: /别逼|劝你|小心|等着|看着办|乱来|老实|识相|最好|后果|敢|曝光|网上|试试|上门|找你|后悔|差评|投诉|寄一份|寄过去|购物记录|聊天记录/,
  },
  {
    // The same in the 您 form or by the workplace, beside a review (round 11): 上次那条评价，我们同事已经查到您上班的地方了，建议您
    // 尽快处理掉，免得大家都麻烦. Traps: 查到您的包裹在驿站, 查到您的地址填错了请修改.
    words: ['查到', '找到', '打听到', '摸清', '摸到', '查出'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    after: /^(?:了)?(?:您|你)(?:的|们|家的)?(?:家|家里人|家人|们家|老婆|老公|孩子|父母|单位|公司|住|在哪|上班|工作|老家|学校)/,
    window: 40,
    sentence: [DISPUTE_ACT, /处理掉|尽快处理|免得|麻烦|别逼|劝|小心|等着|看着办|最好|后果|后悔|上门|找(?:你|您)|建议(?:你|您)/],
    notSentence: /快递|物流|包裹|驿站|派送|配送|签收|发货|核对|修改|填错|写错|有误|补发|退款已|已退款/,
  },
  {
    // Round 41 (t41g): the buyer's person to be dug into, on a condition of the dispute (您要是还在群里带节奏，我们不介意多花点时间了解一下
    // 您这个人 / 再造谣的话我们就好好查查你的底细): not their needs or skin type (了解一下您的需求, 了解一下您的肤质) — the person, life or circle.
    words: ['了解一下', '了解了解', '好好了解', '研究一下', '研究研究', '打听一下', '打听打听', '查一查', '查查', '查一下', '摸一摸', '摸摸', '认识一下', '调查一下', '扒一扒', '扒扒'],
    severity: 'block',
    message: '暗示要调查、深挖买家本人或其社交圈，属于恐吓',
    after: /^(?:您|你)(?:这个人|本人|的为人|的?底细|的底|的(?:私)?生活|的朋友圈|的圈子|的社交|身边的人|周围的人|的家人|家里|住哪|在哪上班|的单位)/,
    window: 60,
    sentence: /带节奏|差评|投诉|举报|曝光|乱说|瞎说|造谣|抹黑|诋毁|群里|不介意|有的是时间|多花点时间|好找|找得到|等着|小心|后果|掂量|识相|别怪/,
    notSentence: /冒充|骗子|诈骗|不会|绝不|保密|隐私/,
  },
  {
    // Round 41 (t41g): the buyer's social account or whereabouts said easy to find, beside a dispute or a menace (您朋友圈挺好找的 after 还在群里
    // 带节奏 / 你的主页一搜就有，差评的事你自己掂量) — not the shop's page or a pickup point (我们店铺很好找, 您家小区好找，师傅直接送上门).
    words: ['挺好找', '很好找', '好找得很', '不难找', '好找', '一搜就有', '一搜就能', '一查就有', '一查就知道', '很容易找到', '轻松找到'],
    severity: 'block',
    message: '暗示能轻易找到买家的社交账号或行踪，属于恐吓',
    before: /(?:你|您)(?:的|家的?|的那个)?(?:朋友圈|主页|账号|快手号|抖音|小红书|微博|微信|社交账号|单位|公司|家|住址|小区|家人|本人)[^，。？]{0,4}$/,
    window: 60,
    sentence: /带节奏|差评|投诉|举报|曝光|乱说|瞎说|造谣|抹黑|诋毁|群里|不介意|了解(?:一下|了解)?(?:您|你)|有的是时间|等着|小心|后果|掂量|识相|别怪/,
    notSentence: /快递|师傅|配送|派送|送上门|送货|驿站|自提|冒充|骗子|诈骗|不会|绝不/,
  },
  {
    // A review or complaint equated with trouble at the buyer's door (round 11): 差评 = 麻烦上门; 给差评的话，麻烦很快就会找上门;
    // 投诉我们？那就等着麻烦上门吧. Traps: 上门取件不麻烦, 给您添麻烦了, 麻烦您上门自提.
    words: ['麻烦上门', '麻烦找上门', '找上门', '招来麻烦', '惹上麻烦', '麻烦就来了', '麻烦不断', '麻烦大了', '惹麻烦'],
    severity: 'block',
    message: '暗示评价、投诉会招来麻烦，属于恐吓',
    window: 24,
    sentence: DISPUTE_ACT,
    notSentence: /不会|不用|别担心|放心|抱歉|给您添|添麻烦|麻烦您|帮您|快递|取件|安装|服务|骗子|诈骗|冒充/,
  },
  {
    // Ironic hospitality for a disputing buyer (round 11): 这种买家要好好招待一下, 对这位客户我们会特别关照. Traps: 欢迎光临，我们会好好招待,
    // 老客户我们都会特别关照.
    // …or watched closely (你以后的包裹我们都会特别关注).
    words: ['好好招待', '好好关照', '好好伺候', '特别关照', '招待一下', '重点照顾', '好好照顾', '特别关注', '重点关注', '格外关注', '好好关注', '特别留意', '特别对待', '区别对待'],
    severity: 'block',
    message: '以“好好招待、关照”反讽暗示报复，属于恐吓',
    sentence: [/这种(?:买家|客户|人|顾客)|这位|你|您|这个(?:买家|人)/, /老板|我们|兄弟|这种|差评|投诉|退款|闹|说了/],
    notSentence: /欢迎|光临|到店|门店|老客户|老顾客|vip|会员|新客|新人|宝宝|孩子|老人|宠物|谢谢|感谢|不会|照样|放心/,
  },
  {
    // Worn down by delay (round 11): 退款申请我们会一直拒绝，拖到你没脾气; 耗到你撤为止. Traps: 物流拖到现在真抱歉.
    words: ['拖到你', '拖到您', '耗到你', '耗到您', '耗死你', '拖死你', '磨到你', '没脾气', '耗着你', '陪你耗', '陪您耗', '跟你耗', '跟您耗'],
    severity: 'block',
    message: '以拖延、消耗相要挟，属于威胁、恐吓',
    sentence: DISPUTE_ACT,
    notSentence: /抱歉|不好意思|物流|快递|延误|真对不起/,
  },
  {
    // Round 38 (t38h): endurance boasted without the buyer named, the dispute stalled on purpose (差评不撤，咱们慢慢耗，我有的是时间; 投诉就投诉，
    // 拖下去看谁耗得过谁; 退款我们就不点，慢慢磨). Not patience offered to the buyer (您慢慢挑，我们有的是时间; 退货期有的是时间，不用急).
    words: ['慢慢耗', '慢慢拖', '慢慢磨', '耗下去', '拖下去', '磨下去', '耗着吧', '拖着吧', '有的是时间', '有的是工夫', '有的是功夫', '时间多的是', '多的是时间',
      '看谁耗得过', '看谁熬得过', '看谁拖得过', '看谁先急', '看谁先撑不住', '看谁先扛不住', '耗到底', '拖到底', '磨到底'],
    severity: 'block',
    message: '以拖延、消耗相要挟，属于威胁、恐吓',
    sentence: new RegExp(`${DISPUTE_ACT.source}|不撤|不删|不改|不点|不同意|不处理`),
    notSentence: /抱歉|不好意思|对不起|物流|快递|延误|不着急|不急|不用急|别着急|不用着急|慢慢来|慢慢挑|慢慢选|慢慢看|慢慢考虑|(?:您|你)慢慢|等(?:您|你)|放心|考虑清楚|想清楚再/,
  },
  {
    // Round 38 (t38h): someone of ours sent to the buyer's home to talk about the review (安装师傅明天还会去您家一趟，专门聊聊差评的事，您最好在家;
    // 投诉的事我们派人上门当面谈谈). A service visit is no threat; one whose errand is the buyer's review or complaint is.
    words: ['去你家', '到你家', '上你家', '去您家', '到您家', '上您家', '上门', '登门', '家访'],
    severity: 'block',
    message: '为差评、投诉派人上门“聊聊”，属于威胁、恐吓',
    // (round 39, t39i: …or the visit set as the price of a review kept — 不撤差评，明天我们上门当面谈)
    sentence: /(?:聊聊|谈谈|说说|聊一下|谈一下|说一下|当面聊|当面谈|当面说|面谈|好好聊|好好谈|好好说|专门聊|专门谈|专门说|讨论|商量)[^，。！？]{0,6}(?:差评|中评|一星|评价|评论|投诉|举报)|(?:差评|中评|一星|评价|评论|投诉|举报)(?:的事|这事|那事|的问题)?[^，。！？]{0,4}(?:当面|上门|登门)(?:聊|谈|说|解决)|(?:不撤|不删|不改|不取消|再不撤|再不删|还不撤|还不删)(?:掉)?(?:的话)?(?:差评|中评|一星|评价|投诉|举报)?(?:的话)?[^。！？]{0,10}(?:上门|登门)(?:来)?(?:当面|跟(?:您|你))?(?:聊|谈|说|解决)/,
    notSentence: /不会上门|不用上门|不上门|回访满意度|征求|意见和建议|抱歉|不好意思|对不起|致歉|道歉/,
  },
  {
    // Round 38 (t38h): harm by others left unnamed in the passive, the buyer told to wait for it (再差评，等着被人堵; 投诉？小心被人找上门; 删不删随你，
    // 回头被人收拾可别怪我). Not traffic or a parcel held up (快递被堵在路上), nor the danger warned against (谨防被人…).
    words: ['被人堵', '让人堵', '叫人堵', '喊人堵', '被人蹲', '让人蹲', '找人蹲', '喊人蹲', '被人找上门', '被人收拾', '让人收拾', '叫人收拾', '喊人收拾', '被人揍', '让人揍', '被人打', '被人教训', '让人教训', '被人堵门', '被堵门'],
    severity: 'block',
    message: '暗示买家会被人堵截、收拾，属于威胁、恐吓',
    sentence: new RegExp(`${DISPUTE.source}|等着|小心|当心|走着瞧|别怪`),
    notSentence: /堵车|路上|交通|快递|包裹|物流|谨防|防止|报警|保护|监控|安全提醒|不会|骗子|冒充/,
  },
  {
    // Retaliation dressed as a favour, a false police report, a ban arranged, 'greetings' every day, precedents of buyers who gave in
    // (round 11): 我们也会让你开心开心; 我们已经报警说你诈骗了; 你的号我们有办法让它封掉; 以后你每天都会收到我们的问候短信; 你这种人我们见多了，
    // 最后都乖乖删了. Traps: 恶意退款可能会被平台封号，请注意; 节日会给您发问候短信; 报警了吗？我们配合提供单号.
    words: ['让你开心开心', '让您开心开心', '让你高兴高兴', '让你舒服舒服', '让你难忘', '让你印象深刻', '让你也开心', '让你爽爽', '报警说你', '报警说您', '说你诈骗', '告你诈骗', '报案说你',
      '让它封', '封掉你', '封你的号', '把你的号封', '号封掉', '问候短信', '问候电话', '天天问候', '每天问候', '乖乖删', '乖乖撤', '乖乖改', '最后都删了', '最后都撤了', '都乖乖',
      '吃亏的是你', '吃亏的是您', '倒霉的是你', '后悔的是你', '别以为平台', '别以为有平台', '给你挂', '给您挂', '把你挂', '挂你的名', '差评买家的名号', '想什么时候到就什么时候到', '都听我们的', '使绊子', '下绊子', '穿小鞋', '给你找麻烦', '给您找麻烦'],
    severity: 'block',
    message: '以报复、诬告、封号或“问候”相威胁，属于恐吓',
    window: 30,
    sentence: [/你|您|这种人/, new RegExp(`${DISPUTE_ACT.source}|申请|以后|每天|天天|有办法|见多了|这种人|平台|保护|名号|名单|包裹|快递|物流`)],
    notSentence: /平台会|被平台|请注意|提醒|冒充|骗子|节日|生日|祝福|会员|配合|谢谢|感谢|不会|放心/,
  },
  {
    // The next order held hostage to the review (round 11): 不删差评？那你的下一单就别想按时到了. Traps: 下一单可能要晚两天到.
    words: ['别想按时到', '别想准时到', '就别想收到', '就别想到', '下一单就别想', '以后的单就别想', '别想顺利收到', '别想收到货', '别想按时收到'],
    severity: 'block',
    message: '以耽误买家的订单、包裹相要挟，属于威胁',
    window: 30,
    sentence: DISPUTE,
  },
  {
    // Endurance boasted at the buyer (round 11): 我们跟你耗得起，你耗得起吗; 奉陪到底.
    words: ['耗得起', '耗不起', '陪你玩到底', '陪你玩', '奉陪到底', '跟你耗到底', '跟你慢慢耗'],
    severity: 'block',
    message: '以消耗、奉陪到底相要挟，属于威胁、恐吓',
    sentence: /你|您/,
    notSentence: /抱歉|游戏|玩具|陪(?:你|您)玩的|宝宝|孩子|宠物/,
  },
  {
    // Our way promised and not liked (round 11): 不sc的话我们的方式您可能不太喜欢; 再不撤投诉，我们的办法你可能吃不消. Traps: 这种处理方式
    // 您可能不太喜欢，我们换成全额退款吧.
    words: ['不太喜欢', '不会喜欢', '不喜欢', '吃不消', '受不了', '不好受', '承受不了', '扛不住', '招架不住'],
    severity: 'block',
    message: '暗示会用对方不喜欢的方式报复，属于恐吓',
    before: /(?:我们|我|咱们|我这边)的?(?:方式|办法|手段|做法|路子)[^，。！？]{0,6}$|接下来的(?:方式|办法|手段)[^，。！？]{0,6}$/,
    window: 30,
    sentence: new RegExp(`${DISPUTE.source}|sc|shanchu`),
    notSentence: /换成|改成|换一个|换个方案|方案|抱歉|不好意思|口味|味道|颜色|款式|尺码/,
  },
  {
    // Round 12 (t12e): doxxing named in the net's slang — 开盒 (open the box: dig up and post someone's identity), 人肉, 起底 —
    // done to the buyer in a dispute, however short (再投诉 开你盒, 信不信人肉你全家, 给你起底). Not an unboxing or a blind box
    // (开盒视频, 盲盒开盒), nor the act warned against (谨防被开盒).
    words: ['开盒', '开你盒', '开您盒', '开你的盒', '人肉', '起底', '扒你', '扒出你'],
    severity: 'block',
    message: '以人肉、开盒（公开买家身份信息）相威胁',
    // (round 15, t15b: the mob set on the buyer, who is left unnamed: 发到短视频上让网友人肉一下)
    sentence: [/你|您|网友|粉丝|大家|全网/, new RegExp(`${DISPUTE.source}|${PERSONAL_DATA}|全网|网上|全家|家人|发|挂|等着`)],
    notSentence: /盲盒|开盒视频|开箱|拆盒|手办|隐藏款|抽到|包装盒|鞋盒|礼盒|谨防|小心被|防止|保护|举报开盒|不会|代购|人肉带|人肉背|人肉运|人肉搬|人肉扛|人肉代|带回|背回|扛回|回国/,
  },
  {
    // Round 22 (t22ds): the buyer left unnamed in the passive, doxxing as what follows a dispute (不删评就等着被人肉, 再投诉小心遭开盒).
    // Not the act warned against or denied (谨防被开盒, 您的信息不会被人肉) nor goods carried by hand.
    words: ['人肉', '开盒', '起底'],
    severity: 'block',
    message: '以人肉、开盒（公开买家身份信息）相威胁',
    before: /(?:被|遭|遭到|挨)$/,
    sentence: DISPUTE,
    notSentence: /盲盒|开盒视频|开箱|拆盒|手办|隐藏款|谨防|防止|保护|举报|不会|不让|避免|以免|代购|带回|背回|扛回|回国|泄露|打码|隐私|注意安全/,
    // Round 23 (t23a): 小心 before it warns the buyer of what follows the dispute (差评挂着，小心哪天遭人肉), not a denial; advice to
    // guard their data (晒单小心被人肉，记得打码) is left out above.
    deniable: false,
  },
  {
    // Round 12 (t12e): harm hinted at the buyer's next parcel (小心你下个快递 / 快递站那边我熟 你下次包裹丢了别怪我 / 你以后的
    // 快递可就说不准了). Not service about the next parcel (下次您的快递我们加固包装, 您下个包裹明天到, 丢了我们补发).
    words: ['快递', '包裹'],
    severity: 'block',
    message: '暗示买家以后的包裹会出事，属于威胁、恐吓',
    // (小心 before it warns the buyer of us, not a denial)
    deniable: false,
    before: /(?:你|您)(?:的)?(?:下个|下次|下一个|下一次|以后的?|今后的?|后面的?)(?:的)?$/,
    window: 24,
    sentence: /小心|当心|别怪|丢了|丢件|出事|出点|说不准|说不好|不敢保证|保不齐|难说|可就|走着瞧|等着|我熟|认识人|有人/,
    notSentence: /补发|补寄|加固|保价|理赔|赔付|顺丰|预计|明天到|放心|提醒您|注意查收|包装|(?<!别)担心|我们会|会给您|免运费|优惠|发货|不会|轻放|易碎|玻璃|拆|开箱|签收|验货/,
  },
  {
    // Round 12 (t12e): a "gift" sent to the buyer, with their address held over them (给你寄点惊喜过去 地址反正有 / 地址我们
    // 都有 送你份大礼 / 准备了点好东西寄你家). A mock gift and the held address together; not a gift sent with the order
    // (惊喜小礼物随单寄过去) nor an address being checked.
    words: ['惊喜', '大礼', '好东西', '礼物', '特产', '好礼', '见面礼'],
    severity: 'block',
    message: '以给买家寄“礼物”、掌握地址相威胁',
    window: 30,
    sentence: [/寄|送|快递|上门|过去/, /地址(?:反正|我|我们|都|早就|早|可|还)(?:也|都)?(?:有|知道|记着|记得|存着|在)|知道(?:你|您)(?:家)?(?:住|在)哪|(?:你|您)家(?:在哪|地址)[^]{0,4}(?:有|知道)/],
    notSentence: /随单|随包裹|赠品|小样|核对|确认|填写|修改|生日|节日|感谢|谢谢|老客户|回馈|抽奖|中奖/,
  },
  {
    // 把你的地址电话发到网上 / 公开你的信息.
    words: ['发到网上', '发网上', '挂网上', '挂到网上', '传到网上', '发到朋友圈', '发朋友圈', '发到群里', '公开', '曝光', '挂出来', '贴出来', '发到抖音', '发到快手'],
    severity: 'block',
    message: '以公开买家个人信息相威胁',
    // Round 13 (t13b): or anything of the buyer's published on a dispute condition (要是差评我们就发到网上; 再投诉我就把截图发朋友圈).
    sentence: re`(?:你的|你|你家)(?:[^]{0,6})?${PERSONAL_DATA}|门牌|(?:你|您)的脸|(?:要是|如果|敢|再|不)[^，。]{0,6}(?:差评|投诉|退款|退货|举报|删|撤|改)[^]{0,12}(?:我们|我|咱)(?:就|便)`,
    // Round 32 (t32f): …nor the buyer invited to post their own photo or review for a reward (您的买家秀发到群里参加抽奖就能领券):
    // a shop event the buyer joins, nothing of theirs exposed.
    notSentence: [/(?:不会|不|从不|绝不|不能|不得|不予)(?:对外|向外|对外界|向外界|对任何人|向任何人|随便|轻易|擅自)?(?:公开|曝光|公布)|加密|保密|隐私保护|流程|规则|通知大家|说明/, BUYER_SHARES_FOR_REWARD],
  },
  {
    // Round 36 (t36c): the buyer's data put up on a wall for all to see, told with a smile (您的收货信息我们打印出来贴在仓库墙上了, 你的电话号码
    // 已经贴到店门口的公告栏上, 把您的照片挂在前台): no threat word needed — the buyer learns they are on show. Not a label on the parcel
    // (收货信息贴在箱子上, 面单贴在包裹外面), nor a notice that shows nothing of theirs.
    words: ['贴在', '贴到', '贴上', '挂在', '张贴', '钉在'],
    severity: 'block',
    message: '把买家个人信息张贴示众（骚扰、恐吓买家）',
    after: /^[^，。！？]{0,8}?(?:墙|门口|门上|大门|公告栏|告示栏|布告栏|宣传栏|黑板|白板|前台|收银台|橱窗|电梯|工位|显眼)/,
    sentence: re`(?:你|您)(?:的|家)[^]{0,6}${PERSONAL_DATA}`,
    notSentence: /面单|包裹|箱子|纸箱|快递单|外箱|袋子|不会|不贴|保密|隐私保护|打码|遮挡/,
  },
  {
    // Round 38 (t38h): …or put on a list of ours for all to read (您的名字和照片会挂到我们店的黑名单公告里, 把你的电话放进曝光名单, 列入店铺黑名单公示).
    // Not the buyer's data entered in a system (订单信息放进系统后自提点能查到) nor a list that shows nothing of theirs.
    words: ['挂到', '挂进', '挂上', '放到', '放进', '写进', '写到', '登到', '登在', '列进', '列入', '加进', '加到', '公示在', '公示到', '贴进'],
    severity: 'block',
    message: '把买家个人信息挂上黑名单、曝光公告示众（骚扰、恐吓买家）',
    after: /^[^，。！？]{0,8}?(?:黑名单|曝光台|曝光名单|曝光栏|曝光墙|公示栏|公告栏|公告里|公告上|公示|示众)/,
    sentence: re`(?:你|您)(?:的|家)[^]{0,6}${PERSONAL_DATA}`,
    notSentence: /不会|不公开|保密|隐私保护|打码|遮挡|系统|防骗|骗子|冒充/,
  },
  {
    // Round 13 (t13b): the buyer put on show before an audience (在粉丝群里挂你, 直播的时候把你挂出来让大家看看, 截图挂你朋友圈,
    // 发抖音挂您) — 挂 aimed at the buyer and an audience in the sentence, no dispute word needed. Not 挂号 / 挂电话 / 挂失,
    // our links (挂你们的链接).
    words: ['挂你', '挂您', '把你挂', '把您挂', '将你挂', '把你公开处刑', '公开处刑'],
    severity: 'block',
    message: '以把买家“挂”到群里、网上示众相威胁',
    notAfter: /^(?:们|号|的号|电话|的电话|失|上了?(?:号|电话)|念|心上|着急)/,
    sentence: /群|网上|全网|朋友圈|直播|抖音|快手|微博|小红书|大家|所有人|粉丝|公屏|评论区|出来|示众|截图|曝光/,
    notSentence: /不会挂|不挂|挂号|挂失|挂电话|挂断|挂件|挂钩|挂烫|挂饰|衣架|挂链接|挂车|小黄车|商品|上架|挂个链接|同意|授权|征得|可以吗|愿意|方便吗/,
  },
  {
    // Round 13 (t13b): the shop's people sent to "greet" the buyer's family (要不要让他们去问候一下你爸妈; 改天上门问候你家里人) — 问候 aimed
    // at the buyer's people with someone going there. Not a greeting passed on (替我问候您家人，新年快乐).
    words: ['问候'],
    severity: 'block',
    message: '以“问候”买家家人相威胁',
    after: /^(?:一下|问候|一番|下)?(?:你|您)(?:的|们)?(?:家里人|家人|爸妈|父母|爸|妈|老婆|老公|孩子|全家|家里|老家|爷爷|奶奶|媳妇|对象|儿子|女儿)/,
    sentence: /去|上门|让|找人|兄弟|亲戚|朋友|要不要|改天|派人|过去|登门/,
    notSentence: /节日|快乐|祝|健康|新年|春节|中秋|代我|替我|帮我问候|带个好|身体|平安|顺利/,
    deniable: false,
  },
  {
    // Round 13 (t13b): the buyer shut out of every shop (你这个号我们会标记，以后哪家店都不会卖给你; 全网商家都会拒绝你的订单) — all shops +
    // a refusal, and the shop's act (标记, 上报, 黑名单) or the dispute behind it. Not a price boast (您在哪家店都买不到这么便宜的).
    // (round 15, t15b: any 哪家 and 别想买到 / 买不着: 你孩子的奶粉以后在哪家进口店都别想买到)
    words: ['哪家店', '哪家都', '哪个店', '所有店', '所有商家', '所有的店', '全网商家', '全网店', '任何店', '任何商家', '任何一家', '别的店', '其他店', '其他商家', '别家店', '整个平台', '哪家', '哪个平台'],
    severity: 'block',
    message: '以让买家在所有店铺都买不到东西相威胁',
    after: /^[^，。]{0,8}(?:都|也)[^，。]{0,4}(?:不(?:会)?(?:卖给?|接|发)|买不到|买不着|买不了|拒绝|拉黑|不让(?:你|您)买|别想(?:买|下单|网购))/,
    sentence: [/你|您/, /标记|黑名单|拉黑|上报|记录|差评|投诉|退款|不确认|举报|通报|共享|同行|商家群|不收货|拒收|再闹|闹下去|别想/],
    notSentence: /这么便宜|这个价|低价|划算|正品|放心|价格/,
    deniable: false,
  },
  {
    // Round 13 (t13b): people of the shop's placed where the buyer lives or in power over them, then advice to stop (我认识你们那边派出所的人，
    // 劝你别折腾了; 你们小区保安我都认识，出门注意点; 我在你那边有朋友，劝你见好就收). Connections + the buyer's place or an authority +
    // a warning closer. Not a courier tip (我们在你们小区有合作驿站，取件注意时间).
    words: ['劝你', '劝您', '见好就收', '注意点', '别折腾', '识相', '悠着点', '出门的时候', '出门注意', '收手', '掂量'],
    severity: 'block',
    message: '以在买家身边、当地“有人”相恐吓',
    window: 40,
    sentence: [/认识|熟人|有人|有关系|关系|朋友|亲戚|兄弟|表哥|表姐|老乡|同学/, /你们那|你那边|你那儿|你们小区|你家|派出所|公安|警察|当地|你们村|你们单位|你们县|你们市|你们镇|你们学校|你们公司|所长|局长/],
    notSentence: /驿站|快递|物流|取件|派送|签收|代收|网点|门店|专柜|售后点|维修点/,
    deniable: false,
  },
  {
    // Round 13 (t13b): a block made useless by new accounts (你拉黑一个我就再换一个; 我有的是小号，你拉黑多少个我都能再加上; 拉黑也没用，
    // 我换个号照样加你). Not the buyer told how to block our notices (不想收到可以拉黑我们的推送).
    words: ['拉黑'],
    severity: 'block',
    message: '买家拉黑后换号继续联系，属于骚扰（规则 2.5）',
    window: 30,
    // (also someone else sent instead: 你拉黑我？没事，我让我同事加你)
    sentence: [/你|您|我/, /再加|再换|换个号|换号|换一个号|小号|新号|另一个号|都能加|照样加|还能加|还有号|还有[0-9一二两三四五六七八九十几百千好多]+个号|有的是号|号有的是|号多|多的是|加一个|再来|(?:同事|别人|其他客服|朋友|兄弟|老板)[^，。]{0,4}(?:加你|加您|找你|联系你|私信你)/],
    notSentence: /推送|通知|不想收到|屏蔽|骗子|诈骗|冒充|陌生|可以|如果您|抱歉|不会再/,
    deniable: false,
  },
  {
    // Round 13 (t13b): 小心 aimed at what the buyer owns, after an act of the buyer (敢申请仅退款，小心你家玻璃; 差评不删，当心你的车胎;
    // 再投诉，留神你们家窗户). Here the fragile words of the 小心点 cue (玻璃) are the target, not packing advice.
    words: ['小心你家', '当心你家', '小心您家', '当心您家', '小心你们家', '当心你们家', '当心你的', '留神你的', '留神你家', '当心您的'],
    severity: 'block',
    message: '以“小心你家…”恐吓买家',
    sentence: /敢|再(?:闹|投诉|差评|退|举报|找事)|不(?:删|撤|改|确认|给|收|签)|的话|不然|否则|差评|投诉|举报|退款|仅退款|退货|拒收|曝光|走着瞧/,
    notSentence: /拆|轻放|易碎|烫|锋利|夹手|儿童|宝宝|孩子|误食|摔|滑|过敏|包装|下雨|天气|签收时|验货|保修|说明书/,
  },
  {
    // Round 12 (t12e): the place first and the verb last, as a busy agent types it (信息全网发, 电话群里挂, 照片网上发). Not a
    // notice posted in our group (你的快递信息我们群里发了通知) nor goods shipped everywhere (全网发货).
    words: ['全网发', '全网挂', '全网曝', '网上发', '网上挂', '网上曝', '群里发', '群里挂', '朋友圈发', '朋友圈挂', '到处发', '到处挂', '满网发', '全网传', '网上传'],
    severity: 'block',
    message: '以公开买家个人信息相威胁',
    notAfter: /^(?:货|布|售|行|放|出货|红包|福利|券|链接)/,
    sentence: re`(?:你的|你|你家)(?:[^]{0,6})?${PERSONAL_DATA}|门牌|(?:你|您)的脸`,
    notSentence: /(?:不会|不|从不|绝不|不能|不得|不予)(?:对外|向外|对外界|向外界|对任何人|向任何人|随便|轻易|擅自)?(?:公开|曝光|公布)|加密|保密|隐私保护|通知|查收|发货|物流|快递|粉丝|福利|优惠|活动|抽奖/,
  },
  {
    // 你家门口 / 去你家 — a threat unless it is about a delivery.
    words: [
      '去你家', '到你家', '你家门口', '你家楼下', '上你家', '堵你', '蹲你', '等你下班', '门口等你', '上门找你', '找上门', '找你家人', '找你家里人', '知道你住哪', '认得你家', '认识你家',
      '知道你住在哪', '知道你家在哪', '知道你家住哪', '知道你家住在哪',
      // Round 9: Cantonese 搵 for 找 (你再鬧我哋就上門搵你).
      '上门搵你', '搵上门', '去你屋企', '上你屋企', '嚟你屋企',
      // Round 37 (t37c): Sichuan 屋头 and Shanghai 屋里 for home, Shanghai 侬 for 你 and 寻 for 找 (喊人到你屋头来, 寻到侬屋里向去); a bare 到你屋头
      // is a parcel arriving (后天就到你屋头了), so someone brought there or coming (人到你屋头, 到你屋头来).
      '人到你屋头', '到你屋头来', '去你屋头', '来你屋头', '上你屋头', '到你屋里头', '去你屋里头', '到侬屋里', '去侬屋里', '来侬屋里', '上侬屋里',
      '寻上门', '寻到侬屋', '寻侬屋',
    ],
    severity: 'block',
    message: '以上门或掌握住址相威胁',
    // 到您家人的账户: the buyer's people, not their home (round 22).
    notAfter: /^(?:人|属|长|里人)/,
    // The buyer's own words echoed (您说老板认得您家？那是我们之前送过货).
    notBefore: /(?:你|您)(?:说|问|提到|担心|觉得|以为)[^]{0,8}$/,
    // (如果有人自称本店客服上门找您，请不要相信: an impersonator warned of; round 8)
    notSentence: /快递|派送|送货|送过|配送|包裹|签收|取件|驿站|送到|送达|安装|上门服务|上门取|师傅|物流|运费|发货|寄|城市|省|仓|代收|误会|别的意思|自称|冒充|假冒|不要相信|别相信|从不上门/,

    // (round 46, t46i: …nor a visit declined — 也不方便去您家: visitDeclined)
    unless: (ctx, start, end) => lensReachesHome(ctx, start, end) || visitDeclined(ctx, start, end) || linkReachesHome(ctx, start, end),
  },
  {
    // A promised consequence for a review or complaint: 再给差评，我保证你以后在哪都买不到东西 / 让你再也下不了单.
    // Not a sales line (保证你以后买不到这么便宜的).
    words: ['保证你', '让你', '叫你', '包你'],
    severity: 'block',
    message: '以“让你以后…”威胁买家',
    after: new RegExp(`^[^，。！？]{0,16}(?:买不到|买不了|买不成|下不了单|收不到|别想(?!${WORRY_LEAD})|混不下去|不得安宁|没好日子|好过不了|开不了|用不了|出不了门|出不去门|回不了家|下不了床|走不了路|睡不着觉|不敢出门)`),
    // (round 30, t30b: an apology's 让您 — 让您久等了, 让您费心 — foretells nothing)
    notAfter: /^(?:久等|等久|多等|费心|操心|担心|受累|破费|跑一趟|失望|不愉快|不开心|添麻烦|麻烦)/,
    sentence: DISPUTE,
    // (我保证您的包裹明天能收到，收不到我们全额退款: a guarantee; round 8)
    notSentence: /这么便宜|这么好|这个价|更便宜|更划算|同款|正品|满意|放心|不会|全额退|退款给|给您退|赔付|包赔|补发|重发/,
  },
  {
    words: ['起诉你', '告你', '让你赔', '吃官司', '报警抓你', '让警察'],
    severity: 'warn',
    // 报告，您可以… / 广告，您… : 告 ends another word across a break.
    notBefore: /(?:报|广|公|警|预|通|转|忠|布|劝|宣|被|控)$/,
    message: '以法律手段恐吓买家，容易被认定为骚扰',
    sentence: new RegExp(`${DISPUTE.source}|仲裁`),
  },
  {
    // Violence: also prohibited content (2.7), reported here as a threat.
    words: VIOLENCE,
    severity: 'block',
    message: '暴力威胁（同时属于 2.7 暴力内容）',
  },
  {
    // Round 56 (eng56a): the same violence with its characters written as their split components (石欠你 = 砍你, 扌丁死你 = 打死你,
    // 弄歹匕亻尔 = 弄死你): a dodge of the word list, never the components' own sense in a shop's chat (VIOLENCE_SPLIT).
    words: VIOLENCE_SPLIT,
    severity: 'block',
    message: '暴力威胁（拆字写法；同时属于 2.7 暴力内容）',
  },
  {
    // Round 36 (t36g): people brought to the buyer (我带几个人过去, 明天带几个人上门找你) — not a class or a group led in an activity
    // (周末在家带几个人练拉花, 带几个人拼单): only with a going or a finding after it, and not an activity unless the buyer's place is named.
    words: ['带几个人', '带一帮人', '带一群人', '带几个兄弟'],
    severity: 'block',
    message: '暴力威胁（同时属于 2.7 暴力内容）',
    after: /^(?:一起)?(?:过去|过来|去|来|上门|找|到|堵|蹲|守)/,
    notSentence: GROUP_ACTIVITY,
  },
  {
    // Round 21 (t21dq): dialect and slang verbs of a blow aimed at the buyer (老子喊人来锤你, 捶死你, 信不信我扇你). Not a massage
    // tool on the body (按摩锤锤您的肩) or 实锤 (proof).
    words: ['锤你', '锤死你', '锤爆你', '锤扁你', '捶你', '捶死你', '捶爆你', '扇你', '扇死你', '抽死你', '揍扁你', '打扁你', '削死你', '干翻你', '撂倒你'],
    severity: 'block',
    message: '暴力威胁（同时属于 2.7 暴力内容）',
    notBefore: /(?:实|按摩|敲|小)$/,
    notAfter: /^(?:的)?(?:肩|背|腰|腿|脖|后背|肌肉|穴)/,
    notSentence: /按摩|筋膜|放松|理疗|扇子|风扇|扇风/,
  },
  {
    // Round 21 (t21dq): the buyer's data held, said with the verb first (老子有你电话，有你地址，你自己想想; 我们有您的住址，您掂量掂量), and an
    // ominous call to reflect beside it. Not the order's contact details used for the delivery (我们有您的电话，快递会联系您).
    words: ['有你', '手里有你', '这有你', '这里有你', '这边有你', '都有你', '早有你'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    after: new RegExp(`^(?:的)?(?:家里|家庭|详细|全部|所有)?${PERSONAL_DATA}`),
    // (想想 as the call itself, not a question to think over: 你好好想想是不是填错了门牌号)
    sentence: /(?:自己|好好)想(?:想|清楚)(?!是不是|是否|哪|什么|怎么|要不要|有没有|看是|还有|需要|方便|再)|掂量|看着办|好自为之|心里有数|别逼|识相|后果|小心|等着瞧|走着瞧|你懂的|您懂的|老实点|别乱来|别怪/,
    notSentence: new RegExp(`${LEVER_ORDER.source}|${VEILED_NOT.source}`),
  },
  {
    // Round 9: violence to the buyer after 小心/当心 is a warning of what will be done to them, not a denial: 小心俾人斬你 (俾 reads as 给: scripts/t2s-source.ts DIALECT_PAIRS),
    // 当心我找人揍你. (小心 is a negation word for the generic denial test, which cancelled these.)
    words: VIOLENCE.filter((w) => w.includes('你')),
    severity: 'block',
    message: '暴力威胁（同时属于 2.7 暴力内容）',
    before: /(?:小心|当心|提防|留神)(?:点|些|一点)?(?:我|我们|人|有人|被人|给人|叫人|老子)?[^，。]{0,3}$/,
    deniable: false,
  },

  {
    // Veiled warnings and menace: 有你受的, 你投诉之前最好想清楚, 可别怪我没提醒, 出门小心点，最近路上不太平.
    words: [
      '有你受的', '有你好受的', '有你好看', '让你好看', '给你点颜色', '别怪我不客气', '别怪我们不客气', '路上不太平',
      // Round 21 (t21dq): 你等着 half in pinyin (你deng着, 你等zhe, ni等着; full-width letters fold to these).
      '你deng着', '你等zhe', '你dengzhe', 'ni等着', '你给我deng着',
      '出点什么事', '出点事', '出什么事可别', '你等着', '你给我等着', '信不信我', '走着瞧', '咱们走着瞧', '找人上门', '找人去', '有人去找你', '上门找你', '上门跟你', '去你家',
      '去他家', '去您家', '在你家门口', '小区门口等', '泼油漆', '弄死', '收拾你', '废了你', '砍你', '揍你', '打你', '让你以后',
      '让你在快手', '让你买不了', '快递里多点', '哪天出事', '看看身后', '小心身后', '注意身后', '留意身后', '小心背后', '当心背后', '当心身后',
      // Round 15 (t15b): the classical "do not say you were not warned" (勿谓言之不预也), a war-time ultimatum.
      '勿谓言之不预', '勿谓言之不豫', '莫谓言之不预',
    ],
    severity: 'block',
    message: '以暗示、恐吓或暴力相威胁',
    // Done to a thing, not a person: 别用蛮力把塞子“弄死”在瓶颈里.
    notBefore: /把(?![你您他她])[^你您他她]{1,6}$/,
    // 派件员会打您电话: a phone call, not a blow (round 12, fa12; t12e: 打你的电话 too).
    // Round 22 (t22dw): …or the number on file named first (派件员会打您订单上留的电话, 打你下单时填的手机).
    // Round 40 (t40b): …or money paid into the buyer's account (差价我打您微信上, 补偿打你银行卡, 打您两百块): a transfer, not a blow.
    notAfter: /^(?:的)?(?:个|一个|一下|一通)?(?:电话|手机|座机|视频|语音)|^[^，。！？,!?]{0,10}?(?:留|填|预留|登记|绑定|写)(?:下|好)?的(?:电话|手机|号码|座机|联系方式)|^(?:的)?(?:微信|支付宝|zfb|银行卡|卡上|卡里|账户|账上|帐户|账号|零钱|[0-9一二三四五六七八九十两几百千]+(?:块|元|百|千|万))/,
    notSentence: VEILED_NOT,
    // Round 25 (t25b): 你等着 as "hold on" before our promise to look it up (你等着啊 马上查好回你, 你等着哈，我这就去问仓库).
    unless: (ctx, start, end) => (/等着$/.test(ctx.compact.slice(start, end)) && WAIT_FOR_SERVICE.test(ctx.after(end, 24, 'hard'))) || visitDeclined(ctx, start, end),
  },
  {
    // The same veiled warning (别怪我没提醒, 可别怪我), but the sales pitch's urgency is no menace (round 10, fa10):
    // 别怪我没提醒你，价格明天就涨 / 库存就剩三件了，卖完可别怪我 — the consequence is the market's, and no dispute is near.
    words: ['别怪我没提醒', '可别怪我'],
    severity: 'block',
    message: '以暗示、恐吓或暴力相威胁',
    notBefore: /把(?![你您他她])[^你您他她]{1,6}$/,
    notSentence: VEILED_NOT,
    unless: (ctx, start, end) => {
      const near = ctx.compact.slice(Math.max(0, start - 40), end + 40);
      return (SALES_URGENCY.test(near) || goodsEffectTeased(ctx.compact.slice(Math.max(0, start - 24), start))) && !DISPUTE.test(near) && !/出事|小心|身后|上门|家门|你家|找人|后果/.test(near); // round 48 (t48e): goodsEffectTeased
    },
  },
  {
    // The same veiled warning split off (round 10): 别怪我没提醒 over a price, stock or a sale is a sales line
    // (别怪我没提醒你，价格明天就涨 / 库存不多了，到时候可别怪我), unless a dispute is in it.
    words: ['别怪我没提醒', '可别怪我'],
    severity: 'block',
    message: '以暗示、恐吓或暴力相威胁',
    notSentence: [/不会|谨防|请勿|注意安全哦|祝您|天气|下雨|路滑|防疫|快递|配送|送货|取件|安装|自称|冒充|假冒|不要相信|别相信|从不上门/,
      new RegExp(`^(?![^]*(?:${DISPUTE_ACT.source}|删|撤))[^]*(?:价格|涨价|涨了|原价|活动|优惠|库存|断货|卖完|售罄|抢|错过|没货|限量|截止|结束|过期|尺码|偏小|偏大|补货|下架|手慢)`)],
    // Round 48 (t48e): the goods' strong effect teased (练完腿软可别怪我), as in the cue above.
    unless: (ctx, start, end) => {
      const near = ctx.compact.slice(Math.max(0, start - 40), end + 40);
      return goodsEffectTeased(ctx.compact.slice(Math.max(0, start - 24), start)) && !DISPUTE.test(near) && !/出事|小心|身后|上门|家门|你家|找人|后果/.test(near);
    },
  },
  {
    // Round 6: the body part first: 找人把他腿打断.
    words: ['打断', '打折', '打残', '打废'],
    before: /把(?:你|您|他|她)(?:的)?(?:[一两二三几]?[条根只个])?(?:腿|手|胳膊|骨头|肋骨|牙|鼻梁)$/,
    severity: 'block',
    message: '以暗示、恐吓或暴力相威胁',
    notSentence: /不会|谨防|请勿/,
  },
  {
    // 打断他一条腿, 打断你两根骨头: 打断 with a body part (alone it is "interrupt": 不好意思打断您一下).
    words: ['打断'],
    after: /^(?:你|您|他|她)?(?:的)?(?:[一两二三几]?[条根只个])?(?:腿|手|胳膊|骨头|肋骨|牙|鼻梁)/,
    severity: 'block',
    message: '以暗示、恐吓或暴力相威胁',
    notSentence: /不会|谨防|请勿/,
  },
  {
    // Round 16 (t16): the buyer's home or workplace said findable, as a taunt (你猜我能不能查到你公司在哪？, 你家在哪我打听一下就知道了吧) —
    // not a service question about a place (您公司在哪个城市？我查下运费, 开票需要你公司的税号).
    words: ['你公司', '你单位', '你家', '你们公司', '你们单位', '您公司', '您单位', '你上班的地方', '你住的地方'],
    severity: 'block',
    message: '暗示能查到买家住处或单位，属于恐吓',
    after: /^(?:在哪|在哪里|在哪儿|住哪|的地址|的位置|具体在哪|哪栋|哪个小区|几楼)/,
    sentence: [/(?:我|咱)[^，。]{0,10}(?:查|找|摸|打听|知道)/, /猜|信不信|能不能|能查|查得到|找得到|找不到|不难|容易|吗|[?？]|呢|吧/],
    notSentence: /发票|开票|抬头|税号|运费|派送|快递|网点|配送|发货|填写|城市|省|区域|包邮|时效|自提|门店/,
  },
  {
    // Reaching the buyer's family or workplace over a dispute: 你老公的电话我们也有，要不要我打给他.
    words: ['你老公', '你老婆', '你妈妈', '您妈妈', '你妈', '你爸', '你家人', '您家人', '你孩子', '你家孩子', '你领导', '你单位', '你公司', '你们领导', '你们老板', '你们单位'],
    severity: 'block',
    message: '以联系买家家人、单位相威胁或骚扰',
    // Round 8: the shop is the one who calls or holds the number (我打给他, 电话我们也有), not the buyer's husband who called us
    // (您老公打电话来问过退款进度) nor the buyer telling family (您可以告诉您家人不用担心); an address check is service.
    // Round 48 (t48e): 也有 as "carries a risk too" (改了就是造假了，对您单位验收也有风险): a risk or a benefit warned of, no number held.
    sentence: /(?:我|咱)[^，。？]{0,12}(?:电话|打给|找|告诉|说说|劝|上门|打过|联系)|也有(?!风险|隐患|好处|帮助|保障)|我们有|我有|都有/,
    // (round 10: 您妈妈打电话来问退款进度，我们已经告诉她了 — they called us)
    notSentence: /收货人|代收|签收|帮您收|快递|宝宝|奶粉|适合|送给|礼物|喜欢|用的|派送|备用|联系人|确认一下地址|确认地址|核实地址|核对|打(?:电话)?来|来电|来问|进度/,
    // Round 29 (t29a): the family member's choice or words naming goods (您老公说的那个型号我们有, 你妈妈看中的那款): they asked, we stock it.
    // (妈|爸 first: the shorter word 你妈 also anchors inside 你妈妈.)
    notAfter: /^(?:妈|爸)?(?:说|问|提|提到|要|想要|看中|看上|挑|选|指|找)(?:过)?的(?:(?:那|这)(?:个|款|种|件|双|瓶|罐|套|支|台|批)|型号|款式|颜色|尺码|色号|商品|产品|东西|宝贝|链接|口味|规格|版本)/,
    // Round 40 (t40j): the family member's papers or number used by the buyer for an order (用你爸或者你妈的身份证去实名, 拿你老公的手机号注册):
    // the buyer uses them, nobody is reached — not the shop holding them (你老公的电话我们也有).
    notBefore: /(?:用|拿|借|凭|以)(?:(?:你|您)(?:的)?(?:老公|老婆|妈妈?|爸爸?|家人|孩子|父母|爸妈)(?:或者|或是|或|还是|和|跟|、))?(?:你|您)?$/,
  },
  {
    // Holding the buyer's data: 你的订单信息全在我后台躺着呢，小心点 / 你的身份证号我们有存档，劝你说话注意点 /
    // 你的地址我们有file的，think twice再给一星. Not 您的身份证信息我们有存档，下次不用重复上传.
    // Also 您的手机号我们这边是有登记的…只能换个方式联系您, 快递单号都在我们手上，你不给好评…, 您的地址和电话都在我们系统里.
    words: ['有存档', '存档了', '都保存了', '保存着', '留着', '都留着', '存着', '都存着', '记下了', '都记下了', '全在', '躺着', '一清二楚', '都清楚', '清楚得很', '都知道', '门儿清', '摸清楚了', '都摸清了', '有备份', '有记录', '在我手上', '在我们手上', '在我手里', '我们有', '我有', '我们都有', '我这边有', '看得到', '看得见', '有登记', '登记了', '都登记', '在我们系统', '在系统里', '都在我们这', '系统里都有', '系统里有', '后台都有', '后台有', '留了底', '留底', '留着底', '备了份', '整理成表', '整理成册', '做成表', '整理了一份', '建了档', '都整理', '整理成档案', '做成档案', '建档', '存档案', '都在我们系统'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: re`${HELD_DATA}[^]{0,8}$`,
    sentence: HELD_MENACE,
    sentenceSkipsAnchor: true,
    // (round 25, t25b: …nor a fitter's or courier's visit, 上门 as the menace word — 师傅明天上门安装，地址我们有了)
    notSentence: /不会|保密|清关用|用于清关|不用重复|无需重复|放心|补发|发货(?!单)|寄出|安排|换货|到账|安装|维修|师傅|上门取件|取件|快递员|预约/,
  },
  {
    // Round 41 (t41c): the buyer's plate number said to be known with a meeting on the road hinted (车牌号您备注里有，路上见了我们会打招呼的;
    // 您的车牌我们记得，哪天街上碰到了…): eyes on the buyer's car, no dispute needed. Not plate goods (车牌框, 挪车牌), a delivery or pick-up
    // arranged by plate (送货师傅按车牌号找您), nor parking.
    words: ['车牌号', '车牌', '车牌号码'],
    severity: 'block',
    message: '点出掌握买家车牌、暗示路上见，属于威胁、恐吓',
    notBefore: /挪车?$|停车$/,
    notAfter: /^(?:框|架|托|套|照框|贴|螺丝|识别|灯|字体|字|款|定制|尺寸)/,
    window: 30,
    sentence: [
      /路上|街上|马路|开车|出门|停车场|小区|楼下|上下班/,
      /打(?:个|声)?招呼|认得|认出|(?:见|碰|遇|撞)(?:了|见|到|上)(?:了)?|跟着|盯着|注意点|小心点|当心/,
    ],
    notSentence: [SERVICE, /师傅|快递员|司机|配送|送货|自提|取货|停车费|停车位|车位|挪车|定制|违章|年检|上牌|过户|代驾/],
  },
  {
    // Round 43 (t43d): the buyer's vehicle described as watched where it stands every day, told back to them (您那辆车牌尾号37的白色车，
    // 天天停在小区东门吧？; 你那台黑色电动车每晚都停在3号楼下面对吧): eyes on the buyer's life, no dispute needed. Not car-care advice
    // (您的车天天停在露天的话，建议买个车衣), a delivery or a fitter, nor parking told by the buyer.
    words: ['停在', '停到', '停着', '停放在'],
    severity: 'block',
    message: '点出买家车辆每天停放的位置，暗示被盯梢，属于威胁、恐吓（规则 2.5）',
    window: 40,
    sentence: [
      /(?:您|你)(?:的|家)?(?:那辆|那台|那部|那个)?[^，。！？]{0,12}?(?:车|SUV|suv|摩托|电瓶车)|车牌/,
      /天天|每天|每晚|每天晚上|每天早上|平时|经常|总是|老是|一直|每次/,
      /尾号|车牌|(?:白|黑|红|银|灰|蓝|绿|黄|粉)色(?:的)?(?:车|电动车|SUV|suv|轿车|越野|摩托|宝马|奔驰|大众|丰田|本田|特斯拉)|(?:我|我们)(?:都|也|早就)?(?:知道|看到|见过|清楚|记得)|认得/,
      /吧|对吧|是吧|没错吧|对不对|知道|看到|见过|清楚|记得|认得/,
    ],
    notSentence: [SERVICE, /师傅|快递|配送|送货|安装|装在|充电桩|记录仪|取件|自提|停车费|车位费|代驾|挪车|违章|收货|驿站|门卫|建议|可以停|别停|不要停|车衣|遮阳|防晒|暴晒|露天|下雨|您说|你说|您提到|冒充|诈骗/],
  },
  {
    // Round 43 (t43d): the buyer's whereabouts said to be known, the person not the parcel (地址在这，人在哪我也清楚，别惹事; 您人在哪我们门儿清).
    // Not a courier or a parcel looked for (快递员人在哪我们也不清楚), nor a parcel's route.
    words: ['人在哪', '人在哪里', '人在哪儿', '人在什么地方', '人住哪', '人住在哪'],
    severity: 'block',
    message: '声称清楚买家本人的行踪，属于威胁、恐吓（规则 2.5）',
    after: /^[，,]?(?:我|我们|咱|咱们|这边|老子)?(?:也|都|早就|可|全|心里)*(?:清楚|知道|门儿清|有数|一清二楚|清清楚楚|摸清|摸得清|找得到|查得到|晓得)/,
    notBefore: /(?:快递员?|师傅|司机|骑手|配送员|包裹|货|件|小哥|客服|同事|老板)$/,
    notSentence: /快递|物流|配送|轨迹|包裹|自提|驿站|发货|诈骗|冒充|骗子|谨防|不知道/,
  },
  {
    // Round 43 (t43k): the buyer's building and floor said to be known to us, told back as a menace (您家住几栋几楼，我们心里有数; 你住哪个小区
    // 哪一栋，我们清楚得很; 您家门牌号我们都记着呢). Not a delivery or a fitting that needs the floor (请问您家住几楼？师傅送货上楼), nor an
    // address corrected on the order.
    words: ['几栋几楼', '几栋几单元', '几号楼几单元', '几号楼几楼', '几单元几楼', '几单元几号', '几楼几号', '哪栋哪户', '哪栋哪层', '哪个小区哪', '门牌号', '住几楼', '住几栋', '住哪栋', '住哪一栋', '住几号楼', '住哪个小区', '住在哪个小区', '住在哪栋'],
    severity: 'block',
    message: '点出买家住在哪栋哪楼并称“心里有数”，暗示上门，属于威胁、恐吓（规则 2.5）',
    sentence: [/(?:您|你)/, /(?:我|我们|咱|咱们|这边|老子)[^，。！？]{0,4}(?:心里有数|有数|清楚|知道|门儿清|一清二楚|清清楚楚|记着|记下了|记住了|摸清|摸得清|都有)/],
    notSentence: /送货|配送|上楼|安装|师傅|快递|电梯|搬运|楼层费|填写|填错|补充|确认|麻烦|请问|写错|改好|修改|改一下|更正|收货地址|地址栏|骑手|外卖|诈骗|冒充|骗子|谨防|不知道|不清楚/,
    deniable: false,
  },
  {
    // Round 35 (t35d): the buyer's private data read off the order (birthday, ID, real-name record) and tied to the review we will come and ask
    // for (实名信息里看到您的生日是…，到时候我们准时来提醒您写评价). Not a birthday treat or a customs check (生日当天有生日券; 实名信息需与支付人一致).
    words: ['您的生日', '你的生日', '您生日', '你生日', '出生日期', '身份证号', '实名信息', '身份证上', '实名认证信息'],
    severity: 'block',
    message: '拿买家的私人信息（生日、身份证）提醒评价，暗含施压（规则 2.5）',
    sentence: [/看到|查到|知道|记下|记住|留意到|注意到|发现/, /评价|好评|差评|追评|晒图|五星/],
    notSentence: /生日券|生日礼|优惠|福利|清关|海关|一致|核对|修改|更正|填写|上传|保密|不会/,
    window: 60,
  },
  {
    // 我们有你的身份证信息（清关用的），你要是乱说话，后果你自己清楚.
    words: ['我们有你的', '我有你的', '我们有您的', '我这有你的', '我们手上有你的', '我们手里有你的', '我手上有你的'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    after: re`^[^]{0,4}${PERSONAL_DATA}`,
    sentence: MENACE,
    // An offer (差评之前如果愿意，可以先寄个替换装过去给您试试): 试试 is a trial. Round 22 (lead): a time to call asked for
    // (我们有您的电话，您想想哪个时间段方便接听): the reflection picks a time.
    notSentence: /替换装|样品|试用|小样|赠品|补发|补寄|时间段|(?:哪个|什么|几点)(?:时间|时候)?[^，。？]{0,4}方便|方便(?:接听|接电话|通话)/,
  },
  {
    // 你单位在哪我们也查得到，别把事情闹大.
    words: ['查得到', '查得出', '查出来', '查的到', '能查到', '打听得到', '打听到', '找得到', '一查就知道', '查一下就知道', '打听一下就知道'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: /(?:你|您)(?:的|们)?(?:家|住|单位|公司|孩子|女儿|儿子|小孩|老公|老婆|父母|家人|在哪上班|上班)[^]{0,10}$/,
    sentence: new RegExp(`${MENACE.source}|${DISPUTE.source}`),
    notSentence: /快递|物流|自提|配送|发货|放心|保密/,
  },
  {
    // Vague menace closers after a dispute or a named private fact: 退不退货好好想想 (after naming the buyer's
    // address), 别把事情闹大, 懂的都懂, 好自为之, think twice再给一星. Reach spans sentences.
    words: [
      // (round 12: fate invoked, 人在做天在看)
      '人在做天在看', '天在看', '举头三尺', '善恶终有报', '因果报应', '自有报应',
      '好自为之', '自求多福', '由不得你', '由不得您', '少惹事', '别惹事', '少惹麻烦', '别给自己找麻烦', '别自找麻烦', '懂的都懂', '自己品', '你细品', '悠着点', '别把事情闹大', '别把事闹大', '不要把事情闹大', '不要把事闹大', '对你没好处', '对你没什么好处',
      // (round 24, t24b: the harm pointed at the buyer — 差评挂着对谁都不好，尤其是对您)
      '对您没好处', '对您没什么好处', '对谁都不好', '对谁都没好处', '尤其是对您', '尤其是对你', '特别是对您', '特别是对你',
      '别太过分', '说话注意点', '嘴巴放干净', 'think twice', 'be careful', 'watch out', 'think carefully', 'think again', '你心里有数', '自己心里有数', '您心里有数',
    ],
    severity: 'block',
    message: '以暗示相威胁',
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|${SPHERE.source}`),
    // …nor a scam warning (Be careful哦，有人冒充我们发“refund link”; round 11).
    notSentence: /烫|玻璃|易碎|拆|开箱|过敏|保质期|手慢无|这个价|优惠|折扣|便宜|全网最低|预计|到账|进度|放心|冒充|诈骗|骗子|scam|fraud|fake/,
  },
  {
    // Round 23 (t23dx): the same closer with a filler between (还是少惹点事为好, 劝您少惹些麻烦, 别去惹什么事) — 少惹事 padded is
    // still the warning. Same sentence test as the closers above.
    words: ['少惹', '别惹', '莫惹', '不要惹', '别去惹', '少去惹', '不要去惹'],
    severity: 'block',
    message: '以暗示相威胁',
    after: /^(?:点|些|点儿|什么|出|上|出什么)(?:事|麻烦|是非|祸)/,
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|${SPHERE.source}`),
    // (a pet's mischief is no warning: 您家狗狗少惹点事就好啦)
    notSentence: /烫|玻璃|易碎|拆|开箱|过敏|保质期|手慢无|这个价|优惠|折扣|便宜|全网最低|预计|到账|进度|放心|冒充|诈骗|骗子|scam|fraud|fake|狗狗|猫咪|宠物|牵引/,
  },
  {
    // Weighing words after naming where the buyer lives or works: 文三路那个小区是你家吧？退不退货好好想想 /
    // 你家小区门口那个快递柜挺方便的。我们有同事就住附近。要不你再想想那个差评？ Not 您的地址再核对一下.
    words: ['好好想想', '再想想', '想想清楚', '你自己想', '自己想想', '考虑考虑', '再考虑', '好好考虑', '你自己清楚', '自己看'],
    severity: 'block',
    message: '点出买家住址、单位或家人并施压，属于恐吓',
    window: 60,
    sentence: [SPHERE, DISPUTE],
    notSentence: SERVICE,
  },
  {
    // A child's school or a workplace named as a hint: 听说您家孩子就在收货地址附近那所小学上学？挺近的哈.
    // (round 23, t23dx: the school's level or the schooling itself named too — 听说您女儿在读初中？, 您儿子高三了吧, 在哪读书)
    words: ['小学', '幼儿园', '中学', '学校', '上学', '上班', '放学', '初中', '高中', '初一', '初二', '初三', '高一', '高二', '高三', '大学', '读书', '念书', '补习班', '兴趣班'],
    severity: 'block',
    message: '点出买家家人的学校、单位相威胁',
    window: 30,
    // Round 20 (t20dp): or the school said findable (您孩子在哪个学校我们也是能查到的，您还是好好配合吧).
    sentence: [/(?:你|您)(?:家|们家)?(?:的)?(?:孩子|女儿|儿子|小孩|宝宝|老公|老婆|爱人|家人|爸|妈)/, /听说|打听|知道|挺近|很近|附近|门口|就在|我们有人|同事|接送|查到|查得到|查的到|查得出|找得到|一查就/],
    // Round 20 (t20do): the goods read in the anchor's own sentence only — a baby-goods shop's next sentence (奶粉质量没问题，正规清关)
    // does not cancel 您孩子在哪个幼儿园我们打听得到的; the goods in the same sentence still do (这款书包适合您孩子上学用).
    // (round 23: …nor good wishes on a child's schooling, 听说您儿子考上大学了，恭喜)
    unless: (ctx, start, end) => SCHOOL_GOODS.test(sentenceOf(ctx, start, end)) || /恭喜|祝贺|考上|录取|金榜|学业有成|开学快乐/.test(sentenceOf(ctx, start, end)),
  },
  {
    // Publicising the buyer's own photos with the review: 你作品里那些自拍挺好看的，要不要我们帮你转发一下，配上你写的差评？
    words: ['转发', '发出去', '宣传', '扩散', '帮你发', '帮你转', '帮你挂', '挂出去', '配上'],
    severity: 'block',
    message: '以公开买家照片、作品相威胁',
    window: 40,
    // Round 9: also chat screenshots and buyer shows, and any dispute act (再闹就把你的聊天截图和买家秀一起挂出去).
    sentence: [/自拍|照片|作品|视频|朋友圈|主页|你的号|您的号|生活照|头像|截图|买家秀|聊天记录/, new RegExp(`${DISPUTE_ACT.source}|你写的|你说的|不改|不删|不撤`)],
    notSentence: /好评|晒单|授权|返现|抽奖|谢谢|感谢|分享/,
  },
  {
    // Mob incitement: 让直播间几百个粉丝去你作品下面评论 / 发动家人们去你主页 / 我们粉丝可不是吃素的.
    words: ['粉丝', '家人们', '水军', '兄弟们', '姐妹们', '铁粉', '网友', '几十个号', '一堆号', '好多号', '一群号', '几百个号', '小号们'],
    severity: 'block',
    message: '煽动他人围攻买家，属于骚扰、恐吓',
    sentence: [
      /(?:去|到|在|冲|刷|喷|骂|问候|评论|留言|私信|挂|围攻|找|回复)(?:你|您)|(?:你|您)的?(?:作品|主页|视频|评论区|直播间)|不是吃素/,
      /让|叫|发动|组织|号召|带|喊|动员|安排|不是吃素|都会|一起|会去|都去|招呼你|伺候你|问候你|教育你/,
    ],
    notSentence: /点赞|晒单|福利|抽奖|感谢|关注我们|欢迎/,
  },
  {
    // Industry blacklisting: 圈子里的店都会知道你是谁 / 同行群里都打过招呼了，以后谁都不卖你.
    words: ['标红了', '标黑了', '打上标签', '不会给你发货', '不给你发货', '都不会给你发', '知道你是谁', '知道您是谁', '记住你的名字', '知道你的名字', '都会认识你', '都会认识您', '都认识你', '都认识您', '通了气', '打过招呼', '打好招呼', '打了招呼', '谁都不卖你', '没人卖你', '没人会卖你', '都不卖你', '都不会卖你', '不卖给你', '不会接你的单', '不接你的单', '不卖你东西', '没人接你的单', '没人敢卖你', '没人敢接你', '没人会接你', '没人愿意接你', '都知道你的账号', '都认识你的账号', '都知道你的号', '都记住你的账号', '记住你的id', '记住你的账号', '记住你的号'],
    severity: 'block',
    message: '以同行拉黑、传播买家信息相威胁',
    // Round 6: also the people around the buyer told (物业那边我们已经打过招呼了，您看着办) and a dispute (继续闹).
    sentence: [/你|您/, /圈子|圈里|同行|商家|店|群|都会|以后|差评|投诉|退|黑名单|物业|保安|门卫|居委|社区|房东|小区|看着办|闹|转一圈/],
    notSentence: /匿名|物流|快递|海关|仓库|库存|缺货|售罄|限购/,
  },
  {
    // Round 15 (t15b), by shape: no shop left to serve the buyer — a quantifier over shops or sellers (几百家店, 所有成员店, 谁还敢,
    // 没人) refusing to sell, ship or take the buyer's order (你这种恶意退款的我截图发一圈，看以后谁还敢卖给你 / 发到进口商家联盟群了，两百多家
    // 店都会拒绝给你发货 / 所有成员店都会拒收你的订单). Not a price boast (这个价没人卖给你) nor stock run out.
    words: ['卖给你', '卖你', '给你发货', '给你发', '接你的单', '接你单', '接你的订单', '发你的货', '拒收你', '拒绝你', '卖东西给你', '做你的生意', '做你生意'],
    severity: 'block',
    message: '以同行拉黑、让买家买不到东西相威胁',
    before: /(?:谁|没人|没有人|没有店|没有哪家|哪家|所有|全部|全网|整个|各家|每家|[0-9一二三四五六七八九十几百千多]+家|成员店|店都|商家都|同行都|卖家都)[^]{0,10}$/,
    sentence: new RegExp(`${DISPUTE.source}|以后|再也|今后|圈|群|同行|联盟|黑名单|截图|传`),
    notSentence: /这么便宜|这个价|价格|低价|划算|正品|放心|缺货|断货|库存|限购|售罄|海关|清关|物流|快递停|停发|偏远|(?:我们|本店|我们店)(?:也|都|绝|从来)?不会/,
    // (the refusal is the threat: 都不会再给你发货)
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: the buyer's name or deed spread through the trade — a circle (圈里, 同行群, 业内, 卖家联盟) where it
    // spreads (传开了, 在传, 传遍) and the buyer or their account named (这事已经在我们代购圈里传开了，以后你想在哪家买东西都难了 / 同行群里都在传
    // 你的名字了 / 业内都在传你这个ID). Not a product's fame (这款精华在代购圈里传开了，好评不断).
    words: ['传开', '传遍', '在传', '传出去了', '传了个遍', '出名了', '都认得你', '都认识你了'],
    severity: 'block',
    message: '以在同行圈子里传播买家信息相威胁',
    window: 40,
    sentence: [/圈|群|同行|业内|行里|这行|联盟|商家|卖家|店主|代购/, /你|您/, /名字|名声|id|号|截图|以后|恶意|差评|投诉|退款|这事|事情|干的|做的/],
    // Round 44 (t44b, dev HI): …nor a rumour about the platform passed on (内部群都在传，这个月起平台退货要扣买家信用分): what spreads is the
    // platform's doing, not the buyer's name — a 2.7 rumour, unless the buyer's own name or account is said to go with it.
    notSentence: [/口碑|好评不断|好评如潮|这款|产品|新品|涨价|回购|好用|效果|货源|价格|优惠|活动|爆款|正品/,
      /(?:在传|传开|传遍)[^。！？你您]{0,8}?(?:平台|快手|官方)(?![^。！？]{0,12}(?:你|您)(?:的|这个)?(?:名字|名声|号|账号|id|截图))/],
  },
  {
    // Round 15 (t15b), by shape: an ultimatum whose consequence is our manner changing — after a review or complaint left standing,
    // we will no longer be this kind (这差评要是明天还在，我们就不是这个态度了 / 评价明天还不改，我们可就没这么客气了 / 不撤的话我就换个
    // 态度跟你聊 / 以后就别怪我们不好说话). Not an apology for a manner (态度不好的地方向您道歉).
    words: ['态度', '客气', '好说话', '好脾气', '脾气好', '耐心'],
    severity: 'block',
    message: '以“就不是这个态度了”暗示报复，属于威胁',
    before: /(?:就|可就|可|那就|便|也就)(?:不是|没|没有|不会|不会再|不再|不会有)(?:这个|这么|现在这个|现在这样|现在这么|那么|这样|这种)?$|换(?:个|一个|种|一种)$|(?:别怪|休怪)(?:我|我们|本店)[^]{0,2}不$/,
    window: 40,
    sentence: DISPUTE,
    notSentence: /道歉|抱歉|服务态度|改进|态度问题|态度不好|不客气哦|不用客气|别客气|太客气/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: a demand closed by "I will not say it twice" (删评，拿钱，走人。别让我说第二遍 / 把差评删了，我只说一遍).
    // Not a pick-up code repeated (我再说一遍：1234) nor 重要的事情说三遍.
    words: ['第二遍', '第二次', '第三遍', '第三次', '只说一遍', '只说一次', '只说这一次', '只说这一遍'],
    severity: 'block',
    message: '以“别让我说第二遍”威胁买家，属于恐吓',
    window: 40,
    sentence: [/别让我|别逼我|不想再?说|不会再?说|只说|不说|不再说/, DISPUTE],
    notSentence: /再说一遍|重复一遍|取件|验证码|说三遍|让您说|抱歉|不好意思|下单|购买|第二次购买|第二次下单|回购|第二次来/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: our people already on their way (兄弟们已经在路上了😊 / 哥几个已经出发了，你在家等着 / 我叫的人已经
    // 过去了，你开门吧) — a gang word or people we sent, and a journey under way. Not a courier or a fitter (师傅已经在路上了).
    words: ['兄弟们', '兄弟几个', '哥几个', '哥们几个', '弟兄们', '我叫的人', '我们叫的人', '我找的人', '我们找的人', '我的人', '我们的人', '几个兄弟'],
    severity: 'block',
    message: '暗示派人找买家，属于恐吓',
    after: /^[^，。]{0,6}(?:在路上|出发|动身|过去了|过去找|上门|到(?:你|您)|快到|马上到|马上就到|堵)/,
    notSentence: /快递|师傅|安装|维修|送货|配送|派送|取件|发货|仓库|包裹|订单|补发/,
    deniable: false,
  },
  {
    // Round 15 (t15b), by shape: our people frequent a place the buyer showed or goes to, beside a review or complaint (看您快手作品昨天在
    // 万达三楼吃火锅…我们同事也常去那附近。差评的事要不再考虑下？ / 您打卡的那家咖啡店我们同事经常路过，差评还是改了吧).
    words: ['常去', '经常去', '天天去', '每天去', '每天都去', '常来', '常逛', '经常逛', '常路过', '经常路过', '天天路过', '每天路过', '去过', '刚去过', '也去过'],
    severity: 'block',
    message: '暗示常在买家出没的地方，并以评价施压，属于恐吓',
    before: /(?:我|我们|同事|老板|店员|我们的人|兄弟|朋友)[^，。]{0,4}$/,
    window: 60,
    sentence: [/你|您/, LEVER_DISPUTE],
    notSentence: /进货|专柜|门店|价格|快递|发货|物流|驿站|取件|送货|配送|评价(?:一直|都)?(?:很|挺|不错)|好评如潮|谢谢|感谢|抱歉|不好意思|(?:不用|不需要|不必|无需)(?:您)?(?:改|删|修改|撤)|真实(?:感受|体验|评价)/,
    deniable: false,
  },
  {
    // Round 15 (t15b): regret promised in English over a dispute (差评不删 u will regret, remove the 1 star review or u'll regret).
    // Not a purchase praised (You won't regret buying) nor an apology (We regret the delay).
    words: ['regret'],
    severity: 'block',
    message: '威胁、恐吓买家（英文）',
    window: 40,
    sentence: [/(?:you|u|ya)(?:will|ll|gonna|wil|shall)?(?:be)?(?:sorry|regret)|(?:will|ll|gonna)regret|regret(?:it|this|that)/, DISPUTE_ANY],
    notSentence: /won'?t|wont|not|never|buy|purchase|order|weregret|delay|sorry for|apolog/,
  },
  {
    // Round 15 (t15b), by shape: after a dispute, we cannot vouch for what the buyer holds dear — their account, data, parcels, family
    // (再闹下去，我可不敢保证你这个号还能用多久 / 退了之后您的个人信息会怎么样，我们就没法保证了). Not a delivery time or a colour
    // (海外直邮的时效我们不敢保证, 不能保证100%无色差).
    words: ['不敢保证', '没法保证', '无法保证', '不能保证', '不保证', '保证不了', '不好保证', '难保'],
    severity: 'block',
    message: '暗示买家的账号、信息或家人会出事，属于威胁',
    window: 40,
    sentence: [DISPUTE, /(?:你|您)(?:的|这个|家|那个)?[^，。]{0,4}(?:号|账号|信息|包裹|快递|安全|家人|家里|地址|手机|电话|孩子|照片|身份证)|会怎么样|会怎样|发生什么|出什么事/],
    notSentence: /时效|色差|清关|发货时间|到货时间|效果|过敏|尺码|质量|库存|价格|正品|百分百|100%|以实物为准|个体差异/,
    deniable: false,
  },
  {
    // 看我们怎么对付你 / 有一百种办法让你难受 / 先打听打听我们是谁 / or else — menace after a dispute.
    words: ['对付你', '怎么对付你', '办法让你', '方法让你', '法子让你', '我们是谁', '我是谁', 'or else'],
    severity: 'block',
    message: '威胁、恐吓买家',
    window: 30,
    sentence: DISPUTE_ANY,
    notAfter: /^(?:满意|放心|省心|开心|舒服|早点|尽快|收到|用上|吗|呢)/,
    notSentence: /帮您|为您|解决|油污|污渍|顽固|客服|品牌|旗舰店|官方/,
  },
  {
    // Shaming in a group: 您的差评我已经截图发到我们的买家黑名单群了 / 把你挂到商家群里.
    words: ['黑名单群', '买家黑名单', '商家群', '同行群', '行业群', '店主群', '卖家群', '挂到群', '发到群', '发群里', '挂群里', '曝光群', '避雷群', '挂出来'],
    severity: 'block',
    message: '把买家信息、评价发到群里示众，属于骚扰',
    sentence: [/你|您/, /差评|评价|投诉|截图|名字|账号|号|信息|头像|照片|聊天记录|退款|退货/],
    // (round 32, t32f: …nor the buyer invited to post in the shop's group for a reward — 照片发群里参加抽奖领券)
    // (round 44, t44b: …nor the group as where talk comes from, not where the buyer is posted — 这是我们商家群里内部说的, 同行群里都在传，快手下周起…;
    // 同行群里都在传你的名字 still posts the buyer)
    notSentence: [/不会|骗子|诈骗|谨防|冒充|假客服/, BUYER_SHARES_FOR_REWARD, /群(?:里)?(?:内部)?(?:都|也|有人)?(?:在)?(?:传(?!遍|开)|说|讲|聊)(?:的|过)?(?![^。！？]{0,6}(?:你|您))/],
  },
  {
    // Someone near the buyer's home, and a meeting: 您住的那个小区我们有同事就在附近，要不要当面聊聊？
    words: ['当面聊', '当面谈', '当面说', '见个面', '见一面', '会会你', '会一会', '登门拜访', '上门拜访', '拜访一下', '同事就在附近', '同事就住附近', '有同事住', '就在你家附近', '就住你附近', '离你家不远', '离您家不远', '过去聊', '过来聊', '上门聊', '去你那聊'],
    severity: 'block',
    message: '点出买家住址并暗示上门，属于恐吓',
    window: 60,
    sentence: [SPHERE, DISPUTE],
    notSentence: /门店|专柜|体验店|自提点|售后网点|维修点/,
  },
  {
    // Hinting at trouble with the buyer's account: 你这个快手号以后下单可能都会不太顺利，懂的都懂.
    words: ['不太顺利', '不顺利', '不会太顺', '都不会顺', '不会顺', '都不顺', '顺不了', '会遇到什么', '有点麻烦', '会有麻烦', '会很麻烦', '麻烦不断', '处处受限', '不好下单', '下单困难', '被我们标记', '我们标记了', '被我们记录', '被我们拉黑'],
    severity: 'block',
    message: '暗示买家账号会遭遇麻烦，属于威胁',
    // (round 24, t24b: or a dispute in a short form put as a condition — 这单您要是退了，下次下单可能会有点麻烦)
    sentence: [/号|账户|以后|下单|购物|买东西/, /差评|投诉|举报|维权|退款|退货|坚持|撤|懂的都懂|心里有数|你懂|自己品|好自为之|再闹|一星|被我们|我们标记|拉黑|(?:要是|如果|非要|真要|敢|执意)[^，。]{0,4}(?:退|投诉|举报|申诉|取消|闹)/],
    // (round 24, t24b: nor a procedure said to be fiddly on a return — 退货的话优惠券可能会有点麻烦，需要重新领; 赠品处理起来有点麻烦)
    notSentence: /实名|认证|系统升级|网络|建议您|绑定|物流|清关|海关|天气|疫情|优惠券|券|赠品|运费险|运费|积分|发票|手续|流程|(?:处理|操作|办理|退|换)起来|需要(?:重新|一起|先|再)(?:领|寄|申请|下单|拍|提交|填|付|激活|绑定)/,
  },
  {
    // Round 20 (t20dn): the same trouble foretold with the trade told or the buyer marked instead of a dispute word (您这种买家我们都
    // 记下来了，商家之间有群的，以后您在哪家进口店买东西都不会太顺利 / 同行圈里都打过招呼了，您往后网购怕是不会太顺). The buyer's own
    // shopping must be the one in trouble. Not logistics news told by the trade (商家群里说最近清关不太顺利，您的单可能慢一点).
    words: ['不太顺利', '不顺利', '不会太顺', '都不会顺', '不会顺', '都不顺', '顺不了', '会有麻烦', '会很麻烦', '麻烦不断', '处处受限', '处处碰壁', '不好下单', '下单困难'],
    severity: 'block',
    message: '以同行通气、买家被记下暗示其以后购物受阻，属于威胁',
    sentence: [
      /(?:你|您)[^，。]{0,12}(?:买|下单|购物|网购|退货|售后)|(?:以后|今后|往后)(?:你|您)/,
      /同行|商家之间|商家们|(?:商家|卖家|店主|店家)[^，。]{0,4}群|圈里|圈子|联盟|打过招呼|通过气|(?:都|已经|早就)记(?:下|住)(?:来)?了|(?:你|您)这(?:种|样的|号)(?:买家|人|顾客)/,
    ],
    notSentence: /实名|认证|系统|网络|建议您|物流|清关|海关|天气|疫情|快递|仓库|缺货|断货|如果|的话|祝|找我|联系我|帮您|帮你|随时|有人说|听说|反馈|吗/,
  },
  {
    // Time as menace: 有的是时间陪您慢慢玩 / 时间多得是，陪您耗到底. Not 有的是耐心陪您慢慢挑.
    words: ['陪你玩', '陪您玩', '陪你慢慢玩', '陪您慢慢玩', '陪你耗', '陪您耗', '跟你耗', '跟您耗', '和你耗', '跟你慢慢耗', '陪你斗', '跟你斗', '奉陪到底', '陪你玩到底', '陪你磨', '陪你折腾', '陪您折腾', '跟你慢慢玩', '跟您慢慢玩'],
    severity: 'block',
    message: '以“陪你慢慢玩”暗示报复，属于恐吓',
    sentence: /有的是|多得是|多的是|大把|尽管|随便|继续|投诉|差评|退款|退货|举报|介入|申诉|行啊|没关系|好啊/,
    notSentence: /玩具|积木|游戏|桌游|宝宝|孩子|宠物|猫|狗/,
  },
  {
    // Settling accounts privately later: 介入完了咱们再私下好好算这笔账. Not 差价这笔账我们核对后退给您.
    // Also the ledger kept on the buyer: 你退一次我们就记一笔，账迟早要算回来的 / 你给一星我记在本子上了.
    words: ['算账', '算这笔账', '这笔账', '算清楚', '把账算', '记一笔', '算回来', '讨回来', '找补回来', '记在本子上', '记小本本', '记在小本本', '记在账上'],
    severity: 'block',
    message: '以“私下算账”威胁买家',
    sentence: new RegExp(`私下|私底下|回头|以后|之后|完了|记着|记下|记住|跟你|和你|找你|咱们|好好算|慢慢算|迟早|早晚|下次|${DISPUTE_ACT.source}`),
    notSentence: /账单|对账|核对|运费|多收|少收|差价|到账|金额|发票|余额|补差|结算|优惠|赠品|多退少补|退给您|退还/,
  },
  {
    // 有的是办fa治ni: 有的是 + a way to deal with the buyer, however spelled.
    words: ['有的是', '多的是', '多得是'],
    severity: 'block',
    message: '威胁、恐吓买家',
    after: /^(?:办|ban)(?:法|fa)[^]{0,6}(?:治|zhi|收拾|对付|整|让|弄)|^(?:方法|fangfa|法子|手段|shouduan|招儿?)[^]{0,6}(?:治|zhi|收拾|对付|整|让|弄)/,
    notSentence: /帮您|为您|解决|放心|不用担心/,
  },
  {
    // Blacklisting as a threat, however the list is named: 再申请的话，我们只能把您拉进店铺黑名单，同步给其他十几家店 /
    // 把您报进“全网恶意买家库”. Not a promise (不会把您拉进任何黑名单) or blocking a scammer.
    words: ['黑名单', '名单', '买家库', '黑库', '数据库'],
    severity: 'block',
    message: '以拉黑名单、同行共享相威胁',
    before: /(?:拉进|拉入|加入|加进|报进|报到|放进|列入|列进|拉到|加到|放到|记入|上报|录入|同步到)[^]{0,10}$|上了[^]{0,8}(?:黑|恶意|失信|风险|违规|骗|问题)[^]{0,4}$/,
    // (a list that serves the buyer: 白名单, 发货名单, 中奖名单, 优先/会员/福利名单; round 6)
    notBefore: /(?:白|发货|中奖|获奖|优先|会员|vip|福利|赠品|抽奖|补发|预约|预售|到货|通知|粉丝|老客|老顾客|报名|活动|幸运|回访|免单|候补|试用|试吃|保价|礼品)[^]{0,2}$/,
    sentence: /你|您/,
    notSentence: /不会|骗子|诈骗|冒充|假客服|把我们|拉黑我们|来电|骚扰电话|屏蔽/,
  },
  {
    // 真要闹大了，我们也不是吃素的 / 我们可不是好惹的 after a dispute.
    words: ['不是吃素的', '不是吃素', '不是好惹的', '不好惹的', '也不是软柿子', '不是软柿子'],
    severity: 'block',
    message: '威胁、恐吓买家',
    window: 40,
    sentence: DISPUTE,
    notSentence: /猫|狗|宠物|猫粮|狗粮|肉/,
  },
  {
    // The buyer's workplace or school reached over a dispute: 要不要我们打个电话到你们科室，问问领导知不知道您在网上这么闹.
    words: ['单位', '科室', '领导', '老板', '学校', '上班', '公司'],
    severity: 'block',
    message: '以联系买家单位、领导相威胁',
    window: 40,
    sentence: [
      /(?:你|您)(?:们|的)?[^]{0,6}(?:单位|科室|领导|老板|公司|学校|上班)|在[^]{0,6}上班/,
      /打(?:个)?电话|打给|打到|闹到|联系|找|告诉|问问|通知|寄|上门|反映|认识|熟|评评理|请(?:你|您)/,
      DISPUTE,
    ],
    notSentence: /发票|抬头|采购|填写|收货|地址|寄回|对公|报销|快递|团购|福利|批量|取件|签收|前台|送到|物流公司|我们公司|本公司/,
  },
  {
    // Round 17 (t17b): a letter or notice sent to the buyer's workplace or home for the people there to judge the buyer (给您公司寄一封
    // '感谢信'，让您同事都看看您是怎么对商家的; 贴到你小区门口，让邻居都瞧瞧你的为人): exposure as a threat. The people are shown the BUYER
    // (看看您是…, 您的为人, 评评理), not a product (让同事看看您的新包), and something of ours goes to the buyer's place.
    words: ['同事', '邻居', '街坊', '左邻右舍', '领导', '同学', '家里人', '亲戚'],
    severity: 'block',
    message: '以向买家单位、住处寄信张贴、让同事邻居围观相威胁',
    before: /让(?:您|你)?(?:的|们)?(?:全部|所有|全体|那些)?$/,
    after: /^(?:们)?(?:都|也|全|一起)?(?:好好)?(?:看看|看一看|看一下|瞧瞧|知道|了解一下|评评理|见识一下)(?:(?:您|你)(?!的)|(?:您|你)的(?:为人|所作所为|嘴脸|行为|素质|做法|真面目|德行|人品)|$)/,
    window: 50,
    sentence: /(?:寄|送|发|贴|递|交)(?:一封|一份|封|份|个|一张|张)?[^，。]{0,8}?(?:到|去)?(?:您|你)(?:们)?(?:的)?(?:公司|单位|家|小区|学校|楼下|门口)|(?:您|你)(?:们)?(?:的)?(?:公司|单位|家|小区|学校)[^，。]{0,6}?(?:寄|送|贴|发|递)/,
    notSentence: /欢迎|买家秀|好评返|礼品|下午茶|伴手礼/,
  },
  {
    // Round 39 (t39r): exposure to the buyer's own people as the price of a dispute (不撤我让你全家都知道, 差评不删就让你亲戚朋友都晓得,
    // 再投诉我让你身边的人都知道你是什么人). Not a product praised to the buyer's family (好用到让您全家都知道), nor a notice the buyer asks
    // for (让您家人也知道怎么取件): a dispute must be in the sentence and it is the shop who makes them know.
    words: ['全家', '家人', '家里人', '一家人', '亲戚', '朋友', '亲戚朋友', '亲朋好友', '身边的人', '身边人', '周围的人', '所有人', '街坊邻居', '全村', '全小区', '父母', '爸妈'],
    severity: 'block',
    message: '以让买家家人、熟人知道相威胁',
    before: /(?:我|我们|就|会|马上)[^，。？！]{0,3}让(?:您|你)(?:的|们)?(?:全部|所有|全体|那些)?$/,
    after: /^(?:们)?(?:和[^，。]{1,4})?(?:都|也|全|全都|统统)(?:知道|晓得|清楚|看到|看看|认识(?:你|您))/,
    sentence: DISPUTE,
    notSentence: /好用|推荐|分享|安利|放心|取件|签收|收货|福利|优惠|礼物/,
  },
  {
    // Round 39 (t39r): a precedent told as a warning — those who crossed the shop came to grief (得罪了我们的人，后来都过得不太顺;
    // 跟我们作对的人没一个有好下场; 惹过我们店的，后来都倒了霉). Not our apology for staff who offended the buyer.
    words: ['得罪我们', '得罪了我们', '得罪过我们', '得罪我的', '得罪了我的', '得罪本店', '得罪我们店', '跟我们作对', '和我们作对', '跟我作对', '惹我们', '惹了我们', '惹过我们', '惹我们店', '惹了我们店', '惹过我们店'],
    severity: 'block',
    message: '以前人遭遇暗示买家会倒霉，属于威胁、恐吓',
    after: /^[^。！？]{0,14}?(?:(?:过得|过的|日子)(?:都|也)?(?:不太|不怎么|不大|不)(?:顺|好|舒服|安生)|不太?顺|没(?:有)?(?:一个|几个)?(?:有)?好(?:下场|结果|果子吃|日子过)|(?:都|也)?倒(?:了)?霉|出(?:了)?事|后悔)/,
  },
  {
    // The buyer's purchases or chats shown to everyone: 再打12315，我们就把您这半年买过的东西全晒出来，让大家看看.
    // Not an invitation (欢迎把您的买家秀晒出来).
    words: ['晒出来', '晒出去', '全晒', '晒到网上', '公之于众', '让大家看看', '让大家都看看', '让所有人看看', '给大家看看', '让大家评评理'],
    severity: 'block',
    message: '以公开买家购买记录、隐私相威胁',
    sentence: [/把(?:你|您)|(?:你|您)的/, DISPUTE, /我们就|我就|我们会|就把/],
    notSentence: /欢迎|买家秀|晒单|好评|返现|抽奖/,
  },
  {
    // A euphemism in scare quotes aimed at the buyer: 天天来“问候”您, 让他上门跟你“聊聊”, 等我们的“惊喜”, 发一百封“问候信”.
    // The quotes say the kind word means harm. Not a quoted product name or a gift (送您一份“惊喜”小样).
    // Round 6: also “关注”, “整理”, “回复”, “回寄”, “有关朋友”, “特别的快递” aimed at the buyer's posts or parcels.
    words: ['问候', '惊喜', '聊聊', '谈谈', '拜访', '照顾', '关照', '关心', '喝茶', '喝杯茶', '礼物', '大礼', '教育', '伺候', '招待', '款待', '做客', '见见面', '意外', '关注', '整理', '回复', '回寄', '回礼', '朋友', '特别', '串门', '用心', '贴心', '热情', '周到', '讲讲道理', '讲道理', '评评理', '大礼包',
      // Round 10: service words made menace by the quotes (后续会有专人「回访」的呢, 安排人“看望”您).
      '回访', '看望', '探望', '慰问', '走访', '跟进', '沟通', '上门服务',
      // Round 15 (t15b): kind adverbs too (下次他会“好好”把东西送到你家门口的, 我们的人会“亲自”送到).
      '好好', '好生', '亲自', '温柔', '轻轻', '稳稳'],
    severity: 'block',
    message: '用加引号的“好话”暗示报复，属于威胁、恐吓',
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|${SPHERE.source}|${ONLINE.source}|上门|派人|找人|兄弟|表哥|让他|等我们|等着|天天|每天|(?:去|来)(?:你|您)|作品|评论|每个|每条|以后|送货|认识(?:你|您)`),
    // Also a button or a page label in quotes (点击“回复”, 点“关注”).
    notSentence: /小样|赠品|下单就送|满减|活动|礼盒|系列|新品|优惠|点击|按钮|点一下|页面|入口|栏|问卷|满意度|评分|打分|安装|预约|维修|下单后|点(?:关注|收藏|订阅|回复)|首页|上新/,
    // 特别“关照” reads as a denial (别) to the shared test; a real one is 不会/不.
    deniable: false,
    notBefore: /(?:不会|不|没有|绝不)[^]{0,2}$/,
    unless: (ctx, start, end) => !scareQuoted(ctx, start, end),
  },
  {
    // The buyer's data handed to strangers: 把您的手机号挂到几个推销群里, 把你的订单截图发你朋友圈, 把你的电话卖给贷款中介.
    // Not the data sent where service needs it (发给快递员, 发给平台客服, 发给您确认).
    words: ['挂到', '挂在', '发到', '发在', '发给', '发你', '交给', '同步给', '传到', '贴到', '贴在', '卖给', '转给', '转发到', '散布到', '公布到', '公布在', '泄露给', '曝光到', '挂进', '发进', '填到', '填进', '登记到', '注册到', '出现在', '上报给', '转给了', '发各个', '发各种', '发遍', '群发'],
    severity: 'block',
    message: '以把买家个人信息发给他人、公开相威胁',
    // The data may be named a clause before (你的聊天记录我都截图保存了，敢去平台乱说，我就全发到你的朋友圈里).
    // Round 8: the data with or without 的 (你手机号我会挂到各种网站注册上), the buyer's show-off photos (买家秀).
    before: re`(?:把(?:你|您)[^]{0,16}${BUYER_DATA}[^]{0,6}|(?:你|您)的?${BUYER_DATA}[^]{0,24})$`,
    reach: 28,
    // Someone else sends it (您截图里的那条通知是平台发给商家的; round 8).
    notBefore: /(?:平台|系统|快递|物流|官方|他们|对方)(?:已经|已|会|将|自动)?$/,
    after: /^[^，。]{0,8}(?:群|网上|网络|朋友圈|抖音|快手|微博|小红书|贴吧|论坛|中介|推销|贷款|网贷|借贷|平台上|广告|同行|商家|小区|单位|公司|老公|老婆|家人|家里人|父母|领导|同事|邻居|大家|全网|公众号|直播间|黑名单|朋友|保险|陌生人|外人|闲鱼|转转|同城|婚介|交友|征婚|各种|各个|几十|店里|店门口|墙上|橱窗|附近|老板|店主|几家店)/,
    // (收到您的视频了，我转给技术同事看一下: handed to our own staff for a service check; round 7)
    // (我们的买家群 is an audience: 你的订单信息已经发到我们买家群里了; round 8)
    notAfter: /^(?:了)?(?:平台|客服|快递|物流|海关|仓库|师傅|售后|我们(?![^，。]{0,10}群)|本店(?![^，。]{0,4}群)|店里|办公室|内部)|^(?:了)?(?:我们的?)?(?:技术|售后|质检|品控|维修|工程师|主管|经理|同事)[^，。你您]{0,4}(?:看一下|看下|看看是|检查|处理|核实|检测|鉴定|评估|跟进|确认|排查|分析)/,
    // (您的买家秀我们发到店铺群里了，谢谢您的分享: shared with thanks; round 8)
    // (round 32, t32d: …or with the buyer's consent or a mask, for a draw: 征得您同意, 打码后, 抽奖)
    // (round 35, t35a: …or the buyer invited to post their own selfie or show-off photo for a reward, 您的自拍发到买家秀群里参加返图活动就能领红包 —
    // as the 发到群里 cue reads it — with no dispute in the sentence)
    notSentence: [/不会|不得|绝不|保密|加密|隐私|谢谢|感谢|分享|征得|授权|打码|马赛克|抽奖/, SHARES_FOR_REWARD_NO_DISPUTE],
  },
  {
    // Round 20 (t20dn): the buyer's data or photos put or shown before a public audience in a dispute, with verbs of placing
    // (坚持要退的话，我们会把您发来的试穿照片放到直播间给粉丝们看看 / 你的聊天截图我晒到同城群, 投到直播间大屏上). Those verbs also
    // serve the order (您的照片我们放到质检群里, 订单信息放进系统), so the audience must be the public and a dispute or a show be named.
    // Not with the buyer's consent (展示在直播间前会先征得您同意).
    words: ['放到', '放进', '晒到', '晒在', '晒进', '投到', '展示到', '展示在', '公开到', '公开在', '播到'],
    severity: 'block',
    message: '以把买家个人信息、照片公之于众相威胁',
    before: re`(?:把(?:你|您)[^]{0,16}${BUYER_DATA}[^]{0,6}|(?:你|您)的?${BUYER_DATA}[^]{0,24})$`,
    reach: 28,
    after: /^[^，。]{0,8}(?:直播间|粉丝|朋友圈|网上|网络|抖音|快手|微博|小红书|贴吧|论坛|评论区|公告栏|大屏|同城|公众号|全网|店门口|橱窗|墙上|买家群|粉丝群|业主群|家长群|小区群|曝光)/,
    sentence: new RegExp(`${DISPUTE.source}|退|给(?:粉丝|大家|网友|家人们|所有人)(?:们)?(?:看|评|瞧|品)`),
    notSentence: /不会|不得|绝不|保密|加密|隐私|谢谢|感谢|分享|征得|经(?:您|你)同意|(?:您|你)同意(?:后|之后|以后)|授权|打码|马赛克/,
  },
  {
    // Round 12 (t12e): the same with the preposition dropped, as chat types it (把你聊天截图跟电话发业主群 / 你手机号挂小区群):
    // the buyer's data, a verb of posting, then a group straight after.
    words: ['群'],
    severity: 'block',
    message: '以把买家个人信息发给他人、公开相威胁',
    before: re`(?:把(?:你|您)[^]{0,16}${BUYER_DATA}[^]{0,6}|(?:你|您)的?${BUYER_DATA}[^]{0,12})(?:发|挂|贴|甩|传|扔)(?:进|去|在|到)?[^，。]{0,4}$`,
    reach: 28,
    notBefore: /(?:平台|系统|快递|物流|官方|他们|对方)(?:已经|已|会|将|自动)?[^]{0,12}$/,
    // (round 32, t32f: …nor the buyer invited to post in the group for a reward — 照片发到群里参加抽奖领券)
    notSentence: [/不会|不得|绝不|保密|加密|隐私|谢谢|感谢|分享|粉丝群|福利群|买家秀/, BUYER_SHARES_FOR_REWARD],
  },
  {
    // Knowing where the buyer lives or works, said beside a dispute in any order: 反正您住哪我们都知道, 您的收货地址是
    // 滨江那个小区3栋吧？我们记得很清楚哦，评价前想清楚. Not 我们知道您住在北方，冬天发货会加保温袋.
    // Round 9: 认得到/晓得 (Sichuan) and 知 (Cantonese) — 老子认得到你屋头那条街, 我哋知道你喺边度返工.
    words: ['知道', '清楚', '一清二楚', '清清楚楚', '记得', '门儿清', '摸清', '有数', '查过', '查到了', '认得到', '认得', '晓得'],
    severity: 'block',
    message: '点出买家住址、单位并施压，属于恐吓',
    window: 40,
    // Round 15 (t15b): also the buyer's badmouthing (说我们坏话), 别再让我看到, and the menace in whole pinyin (ni zui hao xiang qing chu).
    sentence: [WHEREABOUTS, new RegExp(`${DISPUTE.source}|盯着|盯紧|坏话|别再让|别让我|别逼|小心|看着办|后果|最好|试试|掂量|想想|考虑|后悔|zuihao|xiangqingchu|xiaoxin|kanzheban|houguo`)],
    // (round 19, t19dk: …nor a scam warning that tells what impostors claim: 有人自称客服，说知道您的住址…都是诈骗)
    notSentence: new RegExp(`${SERVICE.source}|冬天|夏天|天气|运费|城市|省|配送|快递|自提|网点|仓|保温|冷链|诈骗|骗局|自称|冒充|谨防|警惕`),
  },
  {
    // Round 31 (t31c): the buyer's doings said to be watched by the shop, beside a return or a review (这台电脑的序列号是绑定的，您平时在哪儿联网、
    // 用它干什么，我们这边其实都看得到，所以还是希望咱们和和气气地解决; 您每天去哪儿、跟谁见面我们都清楚，差评的事您想想): surveillance as
    // menace. Not the goods' own app telling the buyer their data (您在app里能看到自己的定位记录), nor privacy assured (我们看不到).
    words: ['看得到', '看得见', '都知道', '一清二楚', '清清楚楚', '都清楚', '查得到', '都掌握', '有数'],
    severity: 'block',
    message: '声称掌握买家的行踪或使用情况并借此施压，属于恐吓',
    window: 50,
    sentence: [
      /(?:你|您)(?:平时|每天|天天|晚上|一般|都)?(?:在哪儿?|在什么地方|去哪儿?|去了哪|跟谁|和谁)(?:联网|上网|用|玩|出没|待着|呆着|见面|吃饭|逛)?|(?:用它|拿它|用这台|用手机|上网)(?:都)?(?:干什么|干嘛|做什么|看什么|在干)|(?:浏览|上网|定位|位置|行车)记录|(?:你|您)的(?:一举一动|行踪|动向|行程)/,
      new RegExp(`${DISPUTE.source}|和和气气|和气|客客气气|好聚好散|掂量|想想|考虑|后悔|小心|看着办|后果`),
    ],
    sentenceSkipsAnchor: true,
    notSentence: /不会|看不到|查不到|保密|加密|隐私保护|诈骗|谨防|冒充|自称|(?:您|你)(?:自己)?(?:可以|能|在app)/,
  },
  {
    // Round 19 (t19dk): the buyer's own life said to be known better than they know it (宝宝几个月、每月几号下单我们比您都清楚，差评就没必要了吧;
    // 您家住几楼、几点下班我们比你自己还清楚，投诉之前想想) — their data held up beside a review or complaint. Not knowledge of the goods
    // (这款的成分我们比您清楚，差评前可以先问问我们) nor a sincere offer of help.
    words: ['比您都清楚', '比你都清楚', '比您还清楚', '比你还清楚', '比您自己都清楚', '比你自己都清楚', '比您自己还清楚', '比你自己还清楚', '比您更清楚', '比你更清楚', '比您都了解', '比你都了解', '比您还了解', '比你还了解', '比您自己还了解', '比你自己还了解', '了如指掌'],
    severity: 'block',
    message: '点出对买家个人生活的掌握并借此阻止评价或投诉，属于恐吓',
    window: 60,
    sentence: [
      /(?:您|你)(?:家|的)?(?:宝宝|孩子|小孩|女儿|儿子|老公|老婆|家人|父母|爸|妈)|宝宝|孩子|几个月|几岁|几号|几点|几楼|每月|每周|每天|住|上班|下班|单位|公司|小区|作息|习惯|下单/,
      /差评|中评|评价|一星|1星|投诉|举报|曝光|维权|介入|申诉|12315|乱说/,
    ],
    notSentence: /成分|配方|原理|参数|规格|说明|功效|用法|用量|保质期|产地|流程|政策|规则|可以先问|欢迎问|随时问/,
  },
  {
    // Think twice before reviewing or complaining: 投诉之前您最好想清楚, 给差评前请考虑清楚后果. Not a purchase
    // (这款不退换，您想清楚再下单).
    words: ['想清楚', '考虑清楚', '想好了再', '三思', '想仔细', '想明白', '斟酌'],
    severity: 'block',
    message: '警告买家评价、投诉前“想清楚”，属于威胁',
    sentence: DISPUTE_ACT,
    notSentence: /下单|购买|买|拍|选|入手|付款|尺码|颜色|款式|这款|规格|型号|问我|咨询/,
  },
  {
    // Warned off reviewing: 您最好还是别乱评价, 我奉劝你别去投诉. Not advice (最好别空腹吃, 还是别用热水冲).
    words: ['最好', '还是'],
    severity: 'block',
    message: '警告买家不许评价、投诉，属于威胁',
    after: /^[^，。]{0,4}(?:别|不要|少)(?:乱|瞎)[^，。]{0,3}(?:评|说|讲|投诉|举报|写|发|点|打分)/,
  },
  {
    words: ['劝你', '奉劝', '我劝', '警告你'],
    severity: 'block',
    message: '警告买家不许评价、投诉，属于威胁',
    // Also told to behave: 劝你老实点，把投诉撤了.
    // Round 40 (t40b): read in the advice's own clause — the compact view has no comma for [^，。] to stop at, so 劝您别急，那家店的评价您自己
    // 看看再决定 (calm down, judge the other shop's reviews yourself) read 别急…评价 as "don't review". Not 劝你别，差评的事想清楚 either way.
    scope: 'clause',
    after: re`^[^，。]{0,4}(?:别|不要|少)[^，。]{0,6}(?:${DISPUTE_ACT.source})|^[^，。]{0,2}(?:老实|识相|安分|收敛|懂事)(?:点|些)`,
    notSentence: /换货更快|更快|更方便|先联系|先找我|我们帮|可以先/,
  },
  {
    // A precedent as menace: 上一个给差评的，后来挺后悔的 / 之前有个投诉我们的，现在还在后悔呢.
    words: ['后悔', '倒霉', '下场', '吃亏', '吃了亏', '吃苦头', '出事', '出了事', '惨'],
    severity: 'block',
    message: '以“之前给差评的人后来…”暗示报复，属于恐吓',
    // Round 15 (t15b): or the buyer's kind met before (您这样的买家我们见得多了，最后都挺后悔的 / 这种买家我们遇到过几个，结果都挺惨的).
    before: /(?:(?:差评|中评|一星|投诉|举报|曝光|闹|较劲|较真|作对|找茬|过不去)|(?:这样的|这种|这类|这号)(?:买家|人|顾客|客户|客人)?)[^]{0,14}(?:后来|最后|现在|结果|如今)[^]{0,6}$/,
    reach: 30,
    notSentence: [SALES_REGRET, /回购|用着|好用|效果|物流|快递|发货/],
  },
  {
    // Round 31 (t31d): the review demanded as an A-not-A question put to the buyer (好评给不给; 差评你到底删不删; 五星打不打啊): a yes-or-no
    // put as a demand, warned. Not the buyer's own question told back (您问好评给不给返现), a reward asked about (给不给返现 is review-bait's), nor the
    // choice left to the buyer (好评给不给都没关系, 给不给由您, 评价改不改完全由您决定; round 34: 改不改完全看您自己).
    words: ['给不给', '删不删', '改不改', '撤不撤', '打不打', '写不写', '追不追'],
    severity: 'warn',
    message: '用“好评给不给”一类的正反问向买家逼要评价，属于施压',
    before: /(?:好评|五星|5星|满分|差评|中评|一星|1星|评价|评论|追评)(?:你|您)?(?:到底|究竟|倒是|还|就|今天)?$/,
    notAfter: /^[^。！？]{0,4}?(?:都|也)(?:没关系|可以|行|没事|不影响|无所谓|随|看|由|是您|是你)|^(?:完全|全|都|就|还是|真的)?(?:是|由|看|随|听)(?:您|你)|^(?:返|送|有|会|能|可以|拿|领|退|换|得|的)|^[^，。！？]{0,4}?(?:由|看|随|听)(?:您|你)(?:自己)?(?:的)?(?:决定|定|来定|做主|说了算|意愿|心意|方便)/,
    unless: (ctx, start) => /(?:您|你|买家|顾客|客户|有人|朋友)(?:刚才|刚刚|之前|上次)?(?:问|说|想知道|咨询|提到|担心)/.test(ctx.before(start, 12, 'soft')),
  },
  {
    // The service made hostage to the review: 卡不卡在海关，就看您怎么评价了 / 退款能不能批，全看你的评价改不改.
    words: ['就看你', '全看你', '看你怎么', '取决于你', '看你表现', '就看你的', '全看你的'],
    severity: 'block',
    message: '以订单处理要挟买家改评价，属于威胁',
    after: /^[^，。]{0,6}(?:评|表现|态度|改不改|删不删|撤不撤|识不识相|配不配合|懂不懂事)/,
    sentence: /单|货|包裹|清关|海关|发货|退款|理赔|运费|售后|到|批|号|账号|保住|封/,
  },
  {
    // 不给五星就别想理赔运费险 / 再投诉就别想收到货.
    // Round 30 (t30b): 别想 + a topic (这些, 那件事, 别的, 退款的事) is "don't worry about it", not a service denied, and the
    // 不 of 不过 / 不用 / 不要 opens no condition (不过今天先别想这些，退款…; 不用急，这事您别想了).
    words: ['别想', '休想', '甭想'],
    severity: 'block',
    message: '以拒绝售后要挟买家，属于威胁',
    before: /(?:不(?!过|用|要|必|着急|急|好意思)|再|敢)[^]{0,12}$/,
    notBefore: /就[^，。]{0,4}$/,
    notAfter: /^(?:太多|多了|多|歪|复杂|那么多)/,
    sentence: DISPUTE,
    unless: (ctx, _start, end) => WORRY_TOPIC.test(ctx.after(end, 12, 'soft')),
  },
  {
    // …the same after 就, the consequence of a condition (不给好评，运费险你就别想那些了): only 别想太多 stays advice there.
    words: ['别想', '休想', '甭想'],
    severity: 'block',
    message: '以拒绝售后要挟买家，属于威胁',
    before: /(?:不|再|敢)[^]{0,12}就[^，。]{0,4}$/,
    notAfter: /^(?:太多|多了|多|歪|复杂|那么多|这么多)/,
    sentence: DISPUTE,
  },
  {
    // Orders sabotaged as a promised consequence: 要是再投诉一次，您在本店下的单保证永远到不了.
    words: ['到不了', '发不出', '发不了', '收不到', '出不了库', '清不了关', '过不了关', '卡在海关', '一直卡着'],
    severity: 'block',
    message: '以让订单出问题要挟买家，属于威胁',
    sentence: [/(?:再|敢|要是|如果|不删|不改|不撤|不给)[^]{0,8}(?:投诉|差评|闹|举报|退款|评价|五星|好评|一次)|不删|不改|不撤/, /保证|永远|一个都|一单都|别想|休想|绝对|统统/],
    notSentence: /抱歉|不好意思|预计|疫情|天气|抽检|原因/,
  },
  {
    // 让你知道什么叫售后 / 让你见识见识我们的手段. Not an advert (让你知道什么叫真正的保湿).
    words: ['让你知道', '让你见识', '让你明白', '让你尝尝', '让你领教', '让你体会', '叫你知道', '让你看看'],
    severity: 'block',
    message: '以“让你知道厉害”威胁买家',
    after: /^[^，。]{0,4}(?:什么叫|什么是|我们的|我的|厉害|手段|规矩|后果|滋味|代价|我们是|谁)/,
    window: 30,
    sentence: DISPUTE,
    notSentence: /保湿|品质|效果|口感|味道|真正的|正品|性价比/,
  },
  {
    // Care wished on the buyer's person after a dispute, a sentence on: 差评的事咱们不聊了，您晚上回家路上小心点哦.
    words: ['小心点', '小心些', '小心啊', '小心哦', '注意安全', '当心点', '当心些', '多加小心', '可要小心', '小心一点', '注意点', '多注意', '治安', '留意', '注意身边', '看看身边', '平平安安', '平安', '回头看看', '记得回头', '多回头', '看着点', '看紧点', '看紧', '看好了', '看牢'],
    severity: 'block',
    message: '争议之后提醒买家“路上小心”，属于恐吓',
    window: 50,
    sentence: [DISPUTE_ACT, /回家|路上|出门|夜路|走路|开车|晚上|夜里|天黑|下班|一个人|家人|孩子|身边|遛/],
    notSentence: /雨|路滑|天气|快递|取件|拆|玻璃|烫|降温|台风|疫情|包装|寄回/,
  },
  {
    // Near the buyer's address and a dispute: 您那地址离我们仓库才五公里，开车十分钟就到～
    words: ['离我们', '离我', '离你家', '离你那'],
    severity: 'block',
    message: '点出买家住址并暗示上门，属于恐吓',
    after: /^[^，。]{0,8}(?:不远|很近|挺近|就到|公里|分钟|站路|几步|一条街)/,
    window: 60,
    sentence: [SPHERE, DISPUTE],
    // (round 10: a delivery time, 离我们仓库挺近的，明天就能到)
    notSentence: /门店|专柜|自提|网点|维修|下单|到货|次日达|当天|配送|(?:明天|后天|今天|次日)(?:就)?(?:能|可以)?(?:到|送达|发出|收到)|快递|发货|包裹|物流/,
  },
  {
    // English and whole-pinyin threats: u r dead if u don't delete that review / ni deng zhe qiao.
    words: ['u r dead', 'ur dead', 'you are dead', "you're dead", "you'll be sorry", 'you will be sorry', 'we will find you', "we'll find you"],
    severity: 'block',
    message: '威胁、恐吓买家',
    sentence: DISPUTE_ANY,
  },
  {
    // A dare after the dispute was named in the sentence before: 你敢打12315？试试看 / 差评？🔪🔪🔪 你试试. The 试试 opens its
    // sentence and ends its clause; the sentence before holds 敢/有本事 or asks about the buyer's dispute act.
    words: ['试试', '试试看'],
    severity: 'block',
    message: '挑衅威胁买家（“…试试”）',
    scope: 'clause',
    before: /^(?:你|您|那你|你就|你倒是|有本事你|有种你)?(?:再|去|就)?[^]{0,6}$/,
    after: /^(?:看|呗|吧|啊)?$/,
    unless: (ctx, start) => !daredBefore(ctx, start),
  },
  {
    // A bad outcome promised to the buyer over a dispute: 你要是敢申请平台介入，我保证你这辈子都后悔 / 绝对让您不好过.
    words: ['后悔', '难受', '不好过', '倒霉', '吃亏', '吃苦头', '苦头', '好受', '不得安生', '不得安宁', '没好日子', '好日子'],
    severity: 'block',
    message: '以“保证让你后悔”威胁买家',
    before: /(?:保证|绝对|一定|肯定|准保|包)(?:会)?(?:让|叫)?你[^]{0,10}$/,
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: [SALES_REGRET, /回购|好用|效果/],
  },
  {
    // Trouble or bad luck foretold for the buyer after a review: 以后在这个平台买东西可能就没那么顺了 / 乱给差评的人，
    // 通常运气都不会太好. Not logistics news (最近物流不太顺) or a wish (祝您好运).
    words: ['没那么顺', '不那么顺', '不会太顺', '不会那么顺', '运气', '不会太好', '好不了', '没那么好过', '没那么容易', '难买到', '买不顺', '各种麻烦', '遇到麻烦', '不少麻烦', '很多麻烦', '麻烦事', '各种问题', '难熬', '日子不好过', '日子难过', '不好过'],
    severity: 'block',
    message: '暗示买家以后会遇到麻烦，属于威胁',
    window: 40,
    sentence: [/以后|今后|往后|将来|下次|通常|一般|从此|迟早|这辈子/, DISPUTE_ACT],
    notSentence: /物流|快递|天气|清关|海关|抽检|疫情|祝|好运|手气|抽奖|中奖|抢购|库存/,
  },
  {
    // Somebody sent to the buyer over a dispute: 今晚就有人找你 / 你家那边我们会派人常去看看 / 我老公说要亲自去您那取货 /
    // 店里的兄弟们去你那边转转. Not couriers or repairmen (师傅上门取件).
    words: ['有人找', '有人来找', '有人去找', '有人上门', '有人过去', '有人去你', '派人', '派个人', '叫几个人', '兄弟们', '亲自去', '亲自上门', '亲自过去', '亲自到', '派同事', '开车去', '开车过去', '亲自开车', '蹲点'],
    severity: 'block',
    message: '暗示派人上门找买家，属于威胁、恐吓',
    // (round 36, t36e: …or to meet the buyer face to face at work, 明天派人过去当面核实一下这单 after 您公司前台我们知道在几楼)
    after: /^[^，。]{0,12}(?:你|家|那边|那儿|那里|门口|楼下|上门|转转|看看|拜访|附近|聊聊|当面|前台|公司|单位)|^了/,
    window: 40,
    // Round 6: also sent to the buyer's address with no dispute (派同事去您收货地址附近蹲点了).
    sentence: new RegExp(`${DISPUTE_ACT.source}|${SPHERE.source}|蹲点`),
    // Round 19 (fa19di): nor a scam warning — somebody asking the buyer for a card number or a code, the buyer told not to give it
    // (有人找您要卡号一律别给; 别把验证码告诉别人，有人问您要就是骗子).
    notSentence: [/快递|取件|师傅|物流|派送|配送|安装|维修|网点|验货|质检|不会/, SCAM_ASK_REFUSED],
  },
  {
    // Round 9: a group of us coming to the buyer (哥几个路过顺道上去唠唠, 喊几个兄伙过来跟你当面摆一哈, 信唔信我搵幾個人上門同你傾下)
    // after a dispute, near their address, or with a dare (信不信) or a closer (到时候莫哭). Not couriers or fitters (几个师傅上门安装).
    words: ['哥几个', '哥儿几个', '兄弟几个', '几个兄弟', '几个兄伙', '兄伙', '几个人', '几个同事', '一帮人', '一群人', '一伙人', '弟兄们'],
    severity: 'block',
    message: '暗示派人上门找买家，属于威胁、恐吓',
    after: /^[^，。]{0,8}(?:上门|上去|过来|过去|来找|去找|找你|找您|搵你|到你|去你|来你|到您|去您|当面|门口)/,
    window: 40,
    sentence: new RegExp(`${DISPUTE_ACT.source}|${SPHERE.source}|信不信|信唔信|惹毛|惹急|惹火|到时候|莫哭|别哭|得寸进尺|嘴硬|多嘢讲`),
    notSentence: /快递|取件|师傅|物流|派送|配送|安装|维修|网点|验货|质检|不会|测量|搬运|送货|冒充|自称|骗/,
  },
  {
    // Round 9: the buyer's data read out or broadcast to an audience (要不要我把你全名和电话在评论区念一遍, 你的地址我在直播间读出来).
    words: ['念一遍', '读一遍', '念出来', '读出来', '念一念', '读一读', '念一下', '读一下', '播一遍', '喊一遍', '喊出来', '广播一下', '报一遍', '报出来', '说一遍', '讲一遍', '宣读', '晒一遍'],
    severity: 'block',
    message: '以公开买家个人信息相威胁',
    before: re`(?:把(?:你|您)[^]{0,16}${BUYER_DATA}|(?:你|您)的?${BUYER_DATA})[^]{0,16}$`,
    reach: 36,
    notSentence: /不会|不得|绝不|保密|加密|隐私|核对|确认|是否正确|对一下/,
  },
  {
    // Round 9: the buyer's papers or photos held and said to be liable to leak, beside an ultimatum: 您上传的身份证照片还在我们
    // 电脑里存着呢，这评价要是不改，哪天不小心流出去可就不好说了. Not a promise of care (我们不会外泄, 加密保存).
    words: ['流出去', '流出来', '传出去', '泄露出去', '外泄', '泄露', '漏出去', '流到网上', '流传出去', '泄漏'],
    severity: 'block',
    message: '以泄露买家个人信息相威胁',
    window: 60,
    sentence: [re`(?:你|您)[^]{0,12}${BUYER_DATA}|身份证|照片`, new RegExp(`${DISPUTE_ACT.source}|不改|不删|不撤|不小心|哪天|不好说|难说|保不齐|说不准`)],
    notSentence: /不会|绝不|不得|严禁|保密|加密|防止|避免|放心|担心|保护|以防|谨防|(?<!不)小心|骗|冒充|销毁|删除/,
    // (不小心 before the leak is the menace itself, not a denial)
    deniable: false,
  },
  {
    // Round 9: the buyer's own safety or life set against a dispute: 希望您多尊重一下自己的人身安全, 仲要退款？你條命好長咩？
    words: ['人身安全', '自身安全', '生命安全', '小命', '命好长', '命长', '条命', '性命', '有命'],
    severity: 'block',
    message: '以买家的人身安全施压，属于恐吓',
    window: 40,
    sentence: new RegExp(`${DISPUTE_ACT.source}|(?:你|您)再|不然|否则|不改|不删|不撤`),
    notSentence: /诈骗|骗|转账|交通|出行|防范|保障|保护(?:您|你|好)|注意(?:您|你)?的?(?:人身|自身|生命)|保险|说明书|医生|儿童|宝宝|误食|过敏/,
    asked: false,
  },
  {
    // Round 9: harm hinted after an ultimatum (你再係咁，小心出街行路跌親呀, 你再闹，当心出门被车撞): 小心 + a fall or accident.
    words: ['小心', '当心', '留神'],
    severity: 'block',
    message: '以“小心出事”恐吓买家',
    after: /^[^，。]{0,6}(?:跌|摔|出事|出意外|被车|撞|磕|滑倒|碰到坏人|遇到坏人|遇到什么|被人)/,
    deniable: false,
    window: 30,
    sentence: new RegExp(`(?:你|您)再|再这样|再闹|再吵|不然|否则|${DISPUTE_ACT.source}`),
    // (round 23, t23c: advice to guard one's own data while complaining anywhere — 网上维权时注意保护隐私，小心被人肉 — names the
    // dispute as the buyer's general activity, not an ultimatum; with an ultimatum or a dare it stays a menace)
    notSentence: new RegExp(`雨|雪|路滑|地滑|天气|快递|取件|拆|玻璃|易碎|烫|台风|冰|包装|楼梯|宝宝|孩子学步|使用|安装|^(?![^]*(?:${ULTIMATUM.source}))[^]*(?:${GUARD_OWN_DATA.source})`),
  },
  {
    // Round 9: whole-pinyin threats with a pinyin dispute (ni zai tousu yi ci shi shi, ni zai cha ping wo jiu qu ni jia zhao ni).
    // Round 15 (t15b): also a pinyin menace beside it instead of the dispute (wo men zhi dao ni zhu na, bie luan lai; ni deng zhe, … ni zhu nar).
    words: ['shishi', 'shishikan', 'qunijia', 'quninjia', 'dao ni jia', 'zhaoni', 'zhaonin', 'kanzheban', 'houguozifu', 'xiaoxindian', 'shoushini', 'dengzheqiao', 'zhidaonizhu', 'nizhuna', 'nizhuzaina', 'nizhunar', 'nizhunaer', 'nijiazaina',
      // Round 56 (eng56a): the stock menaces (你给我等着, 有你好看, 走着瞧, 不会放过你) written in whole pinyin (ni gei wo deng zhe, you ni hao kan de, rang ni hao kan, zou zhe
      // qiao, bu hui fang guo ni): the same idioms, the same pinyin dispute or menace beside them.
      'geiwodengzhe', 'nidengzhe', 'nidengzheba', 'younihaokan', 'rangnihaokan', 'younihaoguo', 'younihaoshou', 'zouzheqiao', 'raobuliaoni', 'bufangguoni', 'buhuifangguoni', 'nisidingle', 'duinimeihaochu'],
    severity: 'block',
    message: '威胁、恐吓买家',
    // (round 15, t15b: the dispute in characters, the threat in pinyin: gei差评ni shi shi, 退款？qu ni jia zhao ni)
    window: 30,
    // (round 47, t47c2: …or the review's removal asked in pinyin, 差评 as cp — cp shan le ma? mei shan de hua … guo qu zhao ni: PINYIN_REMOVAL_T47C2)
    sentence: new RegExp(`${PINYIN_REMOVAL_T47C2.source}|tousu|chaping|jubao|tuikuan|pingjia|weiquan|shanping|gaiping|12315|bieluanlai|luanlai|xiaoxin|dengzhe|kanzheban|houguo|zuihao|laoshidian|shixiang|haozizhi|zhuyidian|${DISPUTE_ACT.source}`),
    sentenceSkipsAnchor: true,
    notSentence: /xiexie|ganxie|qingwen|huanying/,
  },
  {
    // Round 9: "don't say I didn't warn you" with any negation, dialect ones too (莫怪我没提醒你哈, 莫说我没打招呼, 唔好怪我哋冇提醒你).
    // The negation is the closer's own, not a denial of it.
    words: ['怪我没提醒', '怪我们没提醒', '说我没提醒', '说我们没提醒', '怪我没打招呼', '说我没打招呼', '说我没打过招呼', '怪我冇提醒', '怪我哋冇提醒', '说我冇提醒', '怪我唔客气', '怪我哋唔客气', '怪我们唔客气'],
    severity: 'block',
    message: '以“别说我没提醒你”威胁买家',
    before: /(?:别|莫|不要|唔好|咪|可别|到时候别|到时别|到时候莫)$/,
    deniable: false,
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|(?:你|您)再|嘴硬|到时候|哭`),
    notSentence: new RegExp(`${SALES_REGRET.source}|尺码|价格|涨价|库存|活动|优惠|发货|天气|保质期|过敏`),
  },
  {
    // Round 23 (t23dx): the same closer with the speaker left out or the warning's timing said (别到时候说没提前打招呼, 到时候可别怪没
    // 事先提醒, 别回头说我们没提前告诉你) — the same warning. Same sentence tests as above.
    words: ['没提醒', '没有提醒', '没打招呼', '没打过招呼', '没有打招呼', '没提前提醒', '没提前打招呼', '没提前说', '没提前告诉', '没事先提醒', '没事先打招呼',
      '没事先说', '没事先告诉', '没预先提醒', '没早说', '没警告', '没有警告', '没有提前', '冇提醒'],
    severity: 'block',
    message: '以“别说我没提醒你”威胁买家',
    before: /(?:别|莫|不要|唔好|咪|可别)(?:到时候|到时|回头|以后|事后|之后)?(?:再)?(?:说|怪|讲|赖)(?:我|我们|我哋|咱|咱们|本店|小店|店里)?$/,
    deniable: false,
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|(?:你|您)再|嘴硬|到时候|哭`),
    notSentence: new RegExp(`${SALES_REGRET.source}|尺码|价格|涨价|库存|活动|优惠|发货|天气|保质期|过敏`),
  },
  {
    // 您最好在家等着 / 你最好看着点 after a dispute: a 最好 that tells the buyer to brace. Not a delivery (最好在家等快递).
    words: ['最好'],
    severity: 'block',
    message: '以“你最好等着”威胁买家',
    after: /^[^，。]{0,6}(?:等着|看着点|注意点|小心点|当心点|老实点|识相点)/,
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: /快递|派送|送货|签收|取件|师傅|物流|拆|玻璃|烫|下雨|天气/,
  },
  {
    // The buyer remembered, object first: 你这个人我们记住了 / 您的名字我们记下了; and 你记着 closing a clause in a dispute.
    words: ['记住了', '记下了', '记住'],
    severity: 'block',
    message: '以“记住你了”威胁买家',
    before: /(?:你|您)(?:这个人|这号人|这人|这个买家|的名字|的账号|的id|的号|这个号|这位)(?:我们|我|咱们)?(?:老板|店长|掌柜)?(?:都|可|已经|全|早就)?$/,
    notSentence: /优惠|老客|福利|送|谢谢|感谢|喜好|尺码|留货|下次给/,
  },
  {
    words: ['你记着', '你给我记着', '你记住', '你给我记住', '你记好了'],
    severity: 'block',
    message: '以“你记着”威胁买家',
    scope: 'clause',
    after: /^(?:了|啊|吧|哈)?$/,
    window: 40,
    sentence: DISPUTE_ACT,
  },
  {
    words: ['没那么容易过去', '没这么容易过去', '不会就这么算了', '没那么容易算了', '不会这么算了', '没这么简单', '这事不算完', '不会就这样算了'],
    severity: 'block',
    message: '威胁、恐吓买家',
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: /放心|一定给您|帮您|为您|负责到底|处理好/,
  },
  {
    // Connections boasted after a dispute: 你敢打12315？试试看，我们这边认识的人多得是.
    words: ['认识的人', '人脉', '关系网', '路子', '认识人', '熟人'],
    severity: 'block',
    message: '以人脉关系恐吓买家',
    // The boast ends its clause (认识的人多得是), not 认识的人很多都在用这款.
    scope: 'clause',
    after: /^[^]{0,2}(?:多得是|多的是|很多|不少|广|硬|野|挺多|可多|也多)(?:呢|的|啊|哦|了)?$/,
    window: 40,
    sentence: DISPUTE_ACT,
  },
  {
    // The buyer's account got banned over a review (round 6): 不删差评的话我们就向平台申诉封您的号. A truthful report of
    // process (我们已向平台申诉, 平台会对恶意差评进行核实) names no ban of the buyer.
    words: ['封您的号', '封你的号', '封您号', '封你号', '封了您的号', '封了你的号', '封掉您的号', '封掉你的号', '把您的号封', '把你的号封', '把您封号', '把你封号'],
    severity: 'block',
    message: '以封禁买家账号相威胁',
    window: 40,
    sentence: new RegExp(`${DISPUTE_ACT.source}|只能|让平台|叫平台|找平台|不然|否则|信不信|等着|小心|再`),
    notSentence: /不会|骗子|诈骗|冒充|谣言|假的|担心|放心/,
  },
  {
    // The buyer's account watched over a review: 平台监管组已经在关注您的账号，理性评价哦.
    words: ['关注', '盯着', '盯上', '监控', '留意', '注意到'],
    severity: 'block',
    message: '以监控买家账号施压，属于恐吓',
    after: /^(?:着|了)?(?:你|您)(?:的)?(?:账号|号|账户|一举一动|动态|主页|行为)/,
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: /订单|物流|包裹|进度|不会/,
  },
  {
    // Delete or change the review or else: 请于24小时内自行删除，否则将限制下单.
    words: ['否则', '不然', '要不然'],
    severity: 'block',
    message: '要求买家删改评价并以处罚相威胁',
    before: /(?:删|撤|改)[^]{0,12}$/,
    reach: 30,
    after: /^[^，。]{0,12}(?:限制|封号|封你|冻结|拉黑|黑名单|别想|后果|扣|起诉|追究|曝光|找你|上门|有你|没完|不客气|不退|不发|不给你)/,
    sentence: DISPUTE_ACT,
  },
  {
    // Round 36 (t36e): the buyer's child's school or the buyer's workplace named, then word of the dispute spreading there (您女儿在阳光幼儿园吧？
    // …家长群里要是传开了就不好了 / 您在税务局上班吧，单位群里要是有人看到这条差评…). Not a class group buying or praising our goods
    // (您孩子班级群要团购的话可以开团, 您说班主任在家长群推荐了我们的绘本).
    // (…or the buyer's job named and its people told: 您是医生吧…病人要是知道您在网上这样就不好了 / 您是公务员吧？这种事传到单位去可不好听 /
    // 收货地址写的是您公司，我们寄封信跟您领导说明一下情况)
    words: ['家长群', '班级群', '家长圈', '家长们', '班主任', '园长', '同事群', '单位群', '工作群', '公司群', '领导那边', '单位那边', '公司那边', '学校那边', '幼儿园那边', '同事们',
      '传到单位', '传到公司', '传到学校', '传到医院', '病人', '患者', '学生们', '学生家长', '您领导', '你领导', '您的领导', '你的领导', '您的客户', '你的客户'],
    severity: 'block',
    message: '拿买家孩子的学校、买家的单位说事，暗示把纠纷传开相威胁（规则 2.5）',
    window: 60,
    // (round 38, t38c: …or the buyer's own business named and its clients told — 您小区门口那家画室是您开的吧？…我们不介意去画室门口跟学生家长说道说道)
    sentence: [/(?:你|您)(?:家|们家)?(?:的)?(?:孩子|女儿|儿子|小孩|宝宝|闺女)|(?:你|您)(?:的)?(?:单位|公司)|(?:你|您)[^，。？]{0,8}(?:上班|上学|读书|工作)|(?:你|您)(?:是|当)(?:个|一名|一位|位)?(?:医生|护士|老师|教师|公务员|律师|警察|会计|主播|网红|干部|军人|记者|教授|大夫)|(?:是|由)(?:你|您)(?:自己|家)?(?:开|办|经营)的|(?:你|您)(?:自己)?开的(?:那家|那个|那间)?(?:店|画室|工作室|培训班|机构|琴行|舞蹈室|馆|诊所|学校|幼儿园|托管)/,
      /传开|传出去|传到|知道了?|看到|听说|议论|影响|不好|丢人|难看|尴尬|面子|不好听|说明一下情况|反映一下|说道|说说|聊聊|讲讲|念叨|唠唠/],
    notSentence: /团购|拼团|接龙|推荐|谢谢|感谢|分享|书包|文具|校服|适合|尺码|礼物|开学季|优惠|绘本|老师推荐|发票|抬头|报销|采购|对公|护理|术后|康复|用药|说明书|用着|用起来|使用|方便|喜欢|读数|测量|效果/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the buyer's records passed to other shops (您退货的记录我们会发到商家互助群里，让大家以后注意您 / 这些材料我们整理好发给
    // 同行们参考). Not our privacy promise (您的信息我们不会发给其他商家) nor a scam warning.
    words: ['商家群', '互助群', '同行群', '卖家群', '店主群', '商家联盟', '同行联盟', '卖家联盟', '同行们', '其他商家', '别的商家', '其他店铺', '别的店铺', '别家店铺', '其他卖家', '别的卖家'],
    severity: 'block',
    message: '以把买家的记录、信息传给其他商家相威胁（规则 2.5）',
    window: 50,
    sentence: [/(?:你|您)(?:的)?[^，。]{0,6}(?:记录|信息|订单|资料|材料|账号|名字|手机号|地址|情况|事|截图)|(?:你|您)这(?:样|种)的?买家|这些(?:记录|材料|资料|截图)/, /发到|发给|发在|共享|同步|报给|挂到|挂在|通报|提醒|注意(?:您|你)|参考|备案|拉黑|拒单|留意/],
    notSentence: /不会|绝不|从不|不可能|骗子|诈骗|冒充|隐私|加密|保护/,
    deniable: false,
  },
  {
    // Round 36 (t36e): the shop promising to comment under the buyer's own listings or videos over a dispute (差评不撤的话我们就去您闲鱼下面评论 /
    // 坚持退款的话，我们只好在您视频底下说说这件事). Not the buyer invited to comment under ours.
    words: ['下面评论', '底下评论', '下面留言', '底下留言', '下面说说', '底下说说', '下面讲讲', '底下讲讲', '评论区说说', '评论区讲讲', '下面科普', '底下科普', '下面曝光', '底下曝光'],
    severity: 'block',
    message: '以去买家的商品、作品下评论相威胁（规则 2.5）',
    before: /(?:你|您)(?:的)?[^，。我]{0,10}$/,
    // (a shop's public reply under the buyer's review is the platform's own channel: 我们会在您评价下面留言说明情况)
    notBefore: /(?:评价|差评|中评|追评|评论|留言|晒单)$/,
    sentence: DISPUTE_ACT,
    notSentence: /晒单|返图|好评返|抽奖|感谢|欢迎(?:您|你)/,
    deniable: false,
  },
  {
    // A child's school named beside a dispute: 你女儿在实验小学读三年级吧？差评的事我们好好商量一下.
    words: ['小学', '幼儿园', '中学', '学校', '上学', '年级', '放学'],
    severity: 'block',
    message: '点出买家家人的学校相威胁',
    window: 40,
    sentence: [/(?:你|您)(?:家|们家)?(?:的)?(?:孩子|女儿|儿子|小孩|宝宝|闺女)/, DISPUTE_ACT],
    notSentence: /书包|文具|水杯|校服|适合|尺码|(?<!退)款|送给|礼物|开学季|优惠|奶粉|辅食|快递柜/,
  },
  {
    // English: we know where to send someone / pay you a visit.
    words: ['know where', 'send someone', 'send somebody', 'pay you a visit', 'pay u a visit', 'find out where you', 'visit your home', 'visit your house', 'visit you', 'come to your home', 'come to your house', 'we have your address', 'your address'],
    severity: 'block',
    message: '威胁、恐吓买家',
    sentence: DISPUTE_ANY,
  },
  {
    // English held data beside a withdrawal asked: your home address is in our system，所以退款申请 please cancel 哦.
    words: ['home address', 'your home', 'in our system', 'on our system', 'on file', 'your family', 'your kids', 'your children', 'your daughter', 'your son', 'your wife', 'your husband', 'your workplace', 'your office', 'your parents'],
    severity: 'block',
    message: '以掌握买家个人信息施压，属于威胁',
    window: 50,
    sentence: [DISPUTE_ANY, /cancel|delete|remove|withdraw|change|撤|删|改|取消|thinktwice|careful|reminder|orelse|otherwise/],
    notSentence: /ship|deliver|courier|confirm|correct|update|verify|修改|核对|发货|快递|物流|签收/,
  },
  {
    // Our numbers as menace beside an ultimatum: 不撤的话我们这边人多，你自己看. Not 我们这边人多，发货很快.
    words: ['人多'],
    severity: 'block',
    message: '以人多势众恐吓买家',
    scope: 'clause',
    before: /(?:我们|我|咱们)(?:这边|这儿|这里|店里)?$/,
    after: /^(?:势众)?(?:呢|的|啊|哦|了)?$/,
    window: 40,
    sentence: /不撤|不删|不改|敢|再(?:投诉|差评|闹|举报)|你自己看|看着办|掂量|想想/,
  },
  {
    // Ironic care promised after a dispute, no quotes needed: 从今天起你就是我们重点关照对象 / 我们会特别照顾您的.
    words: ['重点关照', '特别关照', '好好关照', '重点照顾', '特殊照顾', '好好照顾', '重点关注对象', '关照对象'],
    severity: 'block',
    message: '以“重点关照”暗示报复，属于威胁、恐吓',
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: /老客|会员|vip|优惠|福利|宝宝|老人|孕妇|放心|补发|优先发货/,
    deniable: false,
  },
  {
    // Nobody will serve the buyer after a review is passed round: 以后恐怕没人敢接您的单了.
    words: ['没人'],
    severity: 'block',
    message: '以同行拉黑、传播买家信息相威胁',
    after: /^(?:敢|会|愿意|再)?(?:接|卖|发|理|搭理)(?:你|您)/,
    window: 40,
    sentence: /差评|投诉|举报|退款|以后|同行|商家|店铺|圈/,
    notSentence: /物流|快递|缺货|库存|售罄|限购|节假日|放假|值班/,
  },
  {
    // 别怪我们 with another way promised after a dispute: 那就别怪我们换一种方式跟你沟通了.
    words: ['别怪我们', '别怪我', '莫怪我们', '不要怪我们', '就别怪'],
    severity: 'block',
    message: '以“别怪我们”相威胁',
    after: /^[^，。]{0,8}(?:换|另|别的|其他|不客气|手段|翻脸|没提醒|没提前|提前说|没告诉|做出|来硬的)/,
    window: 40,
    sentence: new RegExp(`${DISPUTE_ANY.source}|好评|五星|返现`),
  },
  {
    // Round 40 (t40j): a bare 别怪我们 that answers the buyer's dispute act with a resigned yes and a time to come (差评？行，到时候别怪我们 /
    // 非要投诉是吧，好，以后可别怪我): what "we" will do is left unsaid. A bare 别怪我们 is usually a caveat with its cause before it (退款慢了
    // 别怪我们) or its matter after it (别怪我们啰嗦): here the sentence opens on the yes, or the later time, and ends on the anchor. The act is
    // echoed in the sentence or in a short one before it (LEAD_IN, added below for DISPUTE_ACT cues).
    words: ['别怪我们', '别怪我', '莫怪我们', '不要怪我们', '别怪咱们', '别怨我们'],
    severity: 'block',
    message: '以“别怪我们”相威胁',
    before: /(?:^|是吧|是吗|对吧|是不是|吗|呢|啊|呀|了)(?:那)?(?:(?:行|好|好吧|好的|可以|随你|随您|随便|没问题|那行|那好)(?:吧|啊|呀|哈|嘛)?(?:那)?(?:到时候?|以后|回头|事后|往后)?|到时候?|以后|回头|往后)(?:可|就|也|你|您)?(?:可|就|也)?$/,
    after: /^(?:了|哦|哈|啊|呀|喔|吧|啦|嗷)*$/,
    sentence: DISPUTE_ACT,
    notSentence: VEILED_NOT,
  },
  {
    // The buyer's child named and watched beside a dispute: 您的孩子挺可爱的，朋友圈照片我们都看到了，差评的事还请您多考虑.
    words: ['孩子', '女儿', '儿子', '小孩', '闺女'],
    severity: 'block',
    message: '点出买家的孩子并施压，属于恐吓',
    before: /(?:你|您)(?:家|们家)?(?:的)?$/,
    window: 50,
    sentence: [/照片|朋友圈|长得|可爱|看到|知道|学校|上学|放学|在哪/, /差评|中评|一星|投诉|举报|曝光|维权|撤|评价的事/],
    notSentence: /尺码|适合|奶粉|辅食|穿|(?<!退)款|送给|礼物|玩具|合身|试用|分享|晒/,
  },
  // ---- Round 6 (by mechanism): menace with no threat word. ----
  {
    // A visit promised to the buyer's home, no dispute needed: 哪天顺路过去拜访一下您 (after the address), 让他顺便上去坐坐.
    // Not a shop visit offered (欢迎来店里坐坐) or a repairman's call.
    words: ['迟早要去', '迟早会去', '早晚要去', '早晚会去', '迟早上门', '拜访', '坐坐', '串门', '登门', '顺路过去', '顺路去', '顺便过去', '顺便上去', '路过您', '路过你', '去看看您', '去看看你', '上门看看'],
    severity: 'block',
    message: '点出买家住址并暗示上门，属于恐吓',
    window: 50,
    // (round 16, t16: or the visitor left unsaid, a day to come — 哪天路过上去看看您)
    sentence: [new RegExp(`${SPHERE.source}|收货地址|住址|[0-9一二三四五六七八九十]+(?:单元|号楼|栋)`), /我们|我|同事|老板|店长|他|有人|哪天|改天|有空|有机会/],
    notSentence: /门店|专柜|体验店|自提|网点|维修|安装|师傅|回访|取件|快递员|欢迎|来店|到店|店里|售后|测量|检测/,
    // 要不让他顺便上去坐坐 holds 不 but denies nothing; a real denial (不会去拜访您) is tested here instead.
    deniable: false,
    notBefore: /(?:不会|绝不|不用|没有|不去|不必)[^]{0,6}$/,
  },
  {
    // Our people near the buyer's home: 您家楼下那个快递柜我们的人天天都去的 / 您留的那个收货地址，我们有个同事下班正好路过.
    words: ['我们的人', '我们有人', '我们同事', '我们有个同事', '我们的同事', '我们店员', '我们老板', '我们店长'],
    severity: 'block',
    message: '暗示有人在买家住处附近，属于恐吓',
    after: /^[^，。]{0,6}(?:天天|每天|经常|常|就|正好|刚好|顺便)?[^，。]{0,4}(?:去|过去|路过|在那|住|蹲|转|经过)/,
    window: 50,
    sentence: new RegExp(`${SPHERE.source}|(?:你|您)(?:每天|每周|天天|平时|经常)`),
    notSentence: /网点|收件|取件|快递员|派送|补货|门店|专柜|自提|维修|安装|不会/,
    deniable: false,
  },
  {
    // Round 42 (t42g): the buyer's home said to be memorised by the agent (您住的那栋楼我也记住啦，有空常联系呀). Not the address taken down for a
    // delivery (您住的小区我们记下了，以后走顺丰配送). Round 43 (t43j): nor noted for the next parcels with the carrier named after it (您住的小区
    // 我们记住了，以后都给您发京东) — detect/address-noted.ts, the same test likely-threat uses; a visit or menace in the sentence still counts.
    words: ['记住啦', '记住了', '记下啦', '记下了', '记着呢', '记着了', '记得清清楚楚', '都记得', '也记得'],
    severity: 'block',
    message: '暗示已记住买家住处，让买家感到被盯上，属于骚扰恐吓（规则 2.5）',
    before: /(?:您|你)(?:家)?住的(?:那|这)?(?:栋|幢|个|片|套)?(?:楼|小区|地方|房子|单元|楼层|门牌)[^，。！？]{0,6}$/,
    notSentence: /发货|顺丰|派送|配送|送货|改地址|偏远|运费|自提|驿站|快递柜|下单|备注/,
    unless: (ctx, start, end) => addressNotedForDelivery(sentenceOf(ctx, start, end)),
    deniable: false,
  },
  {
    // Round 42 (t42g): the buyer's clothes reported to the agent by the courier (您上次收货时穿的那件红外套挺好看的，快递小哥跟我说的): watched through
    // the delivery. Not the buyer's own show or photo (您晒图穿的那件红外套真好看) nor a size told (您穿的那件是M码).
    words: ['穿的那件', '穿的那身', '穿的那条', '穿的那双', '穿的那套', '穿的衣服', '穿的睡衣'],
    severity: 'block',
    message: '转述快递员看到的买家穿着，让买家感到被监视，属于骚扰（规则 2.5）',
    before: /(?:您|你)[^，。！？]{0,8}$/,
    sentence: [/快递(?:小哥|员|师傅)|骑手|配送员|派件员|送货的/, /(?:跟|和|告诉|给)(?:我|我们)(?:说|讲|描述|形容)|(?:我|我们)听(?:快递|骑手|配送)/],
    notSentence: /买家秀|晒图|晒的|照片|视频|直播|自拍|尺码|[smlx]码|换货|退货/i,
    deniable: false,
  },
  {
    // The buyer found easy to find: 照片里你家窗外那栋楼挺显眼的 / 视频里拍到了你们小区的名字，挺好找的嘛 / 您的淘宝、
    // 抖音我们都找到了，同一个昵称还挺好认的. Not a parcel or a product that stands out.
    words: ['好找', '好认', '显眼', '一找一个准', '一眼就认出', '认得出来', '一搜就', '一查一个准', '熟得很', '熟门熟路', '轻车熟路', '熟悉得很', '很熟'],
    severity: 'block',
    message: '暗示已找到买家住处、账号，属于恐吓',
    window: 50,
    // With what gave the buyer away (a photo's background, a nickname) or a dispute.
    sentence: [new RegExp(`${SPHERE.source}|${ONLINE.source}`), /找到|看了|看到|拍到|窗外|背景|照片|自拍|视频|昵称|头像|差评|投诉|评价|退款|退货|撤|删|闹|熟|天天|每天|停在|楼下/],
    // Round 27: the courier finding the way (快递小哥会送到楼下，小区挺好找的) — not the label read (快递单上看到你家小区了).
    notSentence: /快递员|快递(?:小哥|师傅)|配送员|骑手|派件|派送|门牌|导航|自提|门店|颜色|款式|包装|logo|标签|商品|这款|瓶身/,
  },
  {
    // The buyer's accounts and posts elsewhere watched by the shop: 您在别家店留的评价我们都翻了一遍 / 您的淘宝、拼多多、抖音
    // 我们都找到了 / 你抖音主页那几个视频我们都存下来了 / 您的快手号我们已经记下了. Not the shop's own reviews read
    // (您的评价我们都认真看了) or a post thanked for.
    words: ['找到了', '都找到', '翻了', '翻过', '翻遍', '看了', '看过', '看到了', '记下了', '记下', '存下', '存好', '都存', '关注了', '截图了', '收藏了', '都看'],
    severity: 'block',
    message: '翻查、记录买家的其他账号和作品施压，属于恐吓',
    before: re`${ONLINE.source}[^]{0,14}(?:我们|我|咱们)(?:已经|都|也|全|早就|早|已)*$`,
    reach: 30,
    // Round 22 (t22cc): …nor what the buyer saw there, a guide or a post we read too (您在小红书刷到的那篇攻略我们也看过).
    notSentence: /感谢|谢谢|晒单|好评|返现|拍得|好看|授权|认真看|反馈|新品|优惠|福利|通知您|解决|改进|(?:看到|刷到|搜到|看见)的(?:那个|那篇|那条|这个)?(?:教程|攻略|测评|视频|笔记|帖子|推荐|方法|用法)/,
  },
  {
    // Something unasked-for in the buyer's parcels: 下次快递到的时候，您记得仔细看看箱子里都有什么哦 / 以后你收到的每个快递
    // 都得检查一下里面有没有多出来的东西 / 我们也会“回寄”点别的东西给您 / 会收到一份“特别的快递”. Not gifts or a packing list.
    words: ['都有什么', '有没有多', '多出来', '别的东西', '点别的', '特别的快递', '特别的包裹', '什么东西', '就不是', '可就不是', '不一定是'],
    severity: 'block',
    message: '暗示在买家包裹里放东西，属于恐吓',
    window: 40,
    sentence: [/快递|包裹|箱子|寄|收到/, /你|您/, /以后|下次|下回|每个|每次|仔细|留神|记得|也会|回寄|特别|信不信|检查|谁知道/],
    notSentence: /赠品|小样|清单|配件|说明书|漏发|少发|缺|核对|发票|验货|破损|拆封|开箱视频|试用装|不会|放心/,
  },
  {
    // The buyer's parcels made uncertain by the shop: 快递这条线是我们合作的，您那个地址以后的包裹能不能顺利到，就不好说了.
    // Not customs or weather news.
    words: ['不好说', '难说', '说不准', '说不好', '不一定', '看运气', '就不知道了'],
    severity: 'block',
    message: '暗示让买家以后收不到包裹，属于威胁',
    window: 50,
    sentence: [/以后|今后|往后|下次/, /包裹|快递|到/, SPHERE, /我们|合作|咱们/],
    notSentence: /海关|清关|抽检|天气|疫情|节假日|偏|政策|暴雨|台风|大促|时效|准时|缺货|库存/,
  },
  {
    // Shown to the buyer's people: 让你们领导知道您在网上这么闹不太好吧 / 别让她看到你在网上跟人吵架.
    words: ['知道', '看到', '看见', '听说', '瞧瞧', '看看'],
    severity: 'block',
    message: '以让买家家人、单位知道相威胁',
    before: /(?:让|要是|如果|万一)(?:你|您)?(?:们)?(?:的|家|家的)?(?:新)?(?:领导|老板|同事|家人|家里人|老公|老婆|先生|太太|爱人|孩子|女儿|儿子|父母|爸妈|邻居|亲戚|朋友|同学|物业|公司|单位)(?:都)?$|别让(?:她|他|他们|孩子|女儿|儿子)(?:都)?$/,
    sentence: /网上|闹|吵|差评|投诉|评价|退款|这样|这么|聊天记录|截图|购物|买的/,
    notSentence: /礼物|惊喜|生日|纪念日|价格|价钱|多少钱|送给|效果|不会|绝不|不用担心/,
    // 别让她看到… is the threat itself, not a denial of it.
    deniable: false,
  },
  {
    // Review changed, then the service: 包裹还在我们手上呢，评价改了咱们再聊发货的事 / 什么时候评价改成五星，什么时候给您发.
    words: ['改了', '改成', '删了', '撤了', '改好', '删掉', '撤掉', '撤销了', '改完'],
    severity: 'block',
    message: '以扣住包裹、退款要挟买家改评价，属于威胁',
    before: /(?:评价|差评|中评|评|投诉|一星)[^]{0,3}$/,
    after: /^[^，。]{0,10}(?:再|才|什么时候)[^，。]{0,8}(?:发货|发|退款|退|处理|理赔|清关|安排|放行|寄)/,
    notSentence: /追评|系统|平台规定|不影响|照常|都会|一样/,
  },
  {
    // Friends in the buyer's city as menace: 我们店在您那个城市有不少朋友，都挺讲义气的，您好好考虑评价的事.
    words: ['讲义气', '朋友多', '不少朋友', '很多朋友', '朋友很多', '兄弟多', '兄弟不少', '朋友不少'],
    severity: 'block',
    message: '以人脉关系恐吓买家',
    window: 50,
    sentence: [/(?:你|您)(?:那个|那|那边|那儿|所在的?)?[^]{0,4}(?:城市|那边|那片|小区|附近|当地|区|县|镇)|在(?:你|您)那/, new RegExp(`${DISPUTE_ACT.source}|考虑|想想|掂量`)],
    notSentence: /老顾客|老客户|回购|推荐|好评如潮|口碑/,
  },
  {
    // The shop reaching the buyer's family: 您先生的电话订单里也留了吧，我们可以跟他聊聊您最近的购物情况 / 您家是不是住着
    // 老人？我们打过去她接得可快了 / 您老家那边的亲戚可能会接到我们的电话. Not family as receiver or user.
    words: ['老公', '老婆', '先生', '太太', '爱人', '老人', '亲戚', '孩子', '女儿', '儿子', '家人', '家里人', '老家', '对象', '父母', '爸妈', '婆婆', '公公', '岳母', '丈母娘', '女朋友', '男朋友'],
    severity: 'block',
    message: '联系买家家人施压，属于骚扰、恐吓',
    before: /(?:你|您)(?:的|家|们家|家里|老家)?[^，。]{0,6}$/,
    window: 40,
    // Round 27 (t27b): 加了 adds a contact, not an item to the parcel (我们在礼盒里加了一束干花: a measure word follows).
    sentence: /(?:我们|我|咱们)[^]{0,8}(?:打过去|打给|打电话|打了|打过|聊聊|聊一聊|谈谈|问问|告诉|加了(?![一两二三四五六七八九十几0-9]|个|束|份|张|件|些|点|条|支|朵|套|盒|瓶|包|袋|只))|接到我们|(?:跟|和|给|找)(?:他|她|他们)[^]{0,4}(?:聊|说|谈|打|沟通)|(?:会|好好|来)劝(?:你|您)|劝劝(?:你|您)/,
    // (您老公打电话来问过退款进度了，我已经跟他说明了: family who called us, answered; round 8)
    // (round 27, t27b: the family member as the gift's recipient, 送女朋友的 / 送老婆, with its card or gift box)
    notSentence: /代收|签收|收货人|送给|送(?:您|你)?(?:的)?(?:老公|老婆|先生|太太|爱人|老人|孩子|女儿|儿子|家人|对象|父母|爸妈|婆婆|公公|岳母|丈母娘|女朋友|男朋友)|礼盒|贺卡|卡片|礼物|适合|喜欢|尺码|奶粉|辅食|帮您|不会|一起用|推荐|包裹|快递|取件|派送|门卫|放在|转告|打电话来|打来|来问|问过|说明了|解释了|答复了/,
    // 要不我们打过去跟她聊聊 holds 不 but denies nothing (不会 is in notSentence).
    deniable: false,
  },
  {
    // A named school of the buyer's child beside a dispute: 你家孩子在实验小学几年级来着？奶粉退款的事… / 你闺女那件校服是育才中学的吧.
    words: ['小学', '中学', '幼儿园', '学校'],
    severity: 'block',
    message: '点出买家孩子的学校相威胁',
    before: /(?:在|是)[^你您在是，。]{2,5}$/,
    window: 50,
    sentence: [/(?:你|您)(?:家|们家)?(?:的)?(?:孩子|女儿|儿子|小孩|宝宝|闺女)/, new RegExp(`${DISPUTE_ACT.source}|年级|来着|几班`)],
    notSentence: /适合|尺码|送给|礼物|优惠|开学季|文具|书包|推荐/,
  },
  {
    // Inside the buyer's groups: 你孩子学校的家长群我也进得去 / 你们小区业主群我们有人.
    words: ['进得去', '进得了', '混进', '混得进', '能进去', '我们也在', '我也在', '有我们的人'],
    severity: 'block',
    message: '暗示能进入买家的家长群、业主群，属于恐吓',
    window: 40,
    sentence: [/(?:你|您)(?:家|们家|的|们)?[^]{0,6}(?:孩子|女儿|儿子|小孩|闺女|学校|小区|单位|公司)/, /群/],
    notSentence: /邀请|欢迎|福利|团购|拼团|优惠/,
  },
  {
    // A precedent told as a warning: 上次有个顾客也这样，后来人家都不想在那片住了 / 上回那个退货的大哥，后来车胎莫名其妙被扎了.
    words: ['后来'],
    severity: 'block',
    message: '以之前买家的遭遇暗示报复，属于恐吓',
    before: /(?:上次|上回|之前|以前|前阵子|前段时间|去年|前几天)[^]{0,20}$/,
    reach: 30,
    after: /^[^，。]{0,12}(?:不想|搬走|搬家|住不|被(?:人|扎|砸|堵|划|泼|打)|莫名|出事|出了事|倒霉|不敢|再也不敢|消失|住院|不太平)/,
    window: 50,
    sentence: [/顾客|买家|客人|大哥|大姐|哥们|姐妹|小伙|女士|先生|那位|有个人|这人/, /也这样|这样|退|差评|投诉|闹|较劲|找茬|介入/],
    notSentence: /快递员|物流|发现|回购|好评|满意|补发|换货|到账|我们帮|漏液|质量问题|没遇到/,
  },
  {
    // Travel time from the shop to the buyer's home beside a dispute: 📍你家🏠 ➡️ 我们🚗 20min 😉 差评删了吗.
    words: ['min', '分钟', '车程', '公里'],
    severity: 'block',
    message: '点出买家住址并暗示上门，属于恐吓',
    window: 40,
    sentence: [SPHERE, /我们|我/, DISPUTE_ACT],
    notSentence: /快递员|取件|门店|专柜|自提|网点|仓|发货|到货|送达|配送|售后点/,
  },
  {
    // Fate as menace after a dispute: 做人留一线，日后好相见 / 山不转水转 / 不怕遭报应吗 / 出来混迟早要还的. Not a motto
    // told as service (做人留一线是老板的口头禅，所以退款我们都爽快处理).
    words: ['留一线', '日后好相见', '好相见', '山不转水转', '风水轮流转', '报应', '迟早要还', '总有碰面', '总会碰面', '总有见面', '低头不见抬头见', '冤家路窄', '来日方长'],
    severity: 'block',
    message: '以“留一线”“报应”等暗示报复，属于恐吓',
    window: 40,
    // …the buyer left unnamed (给别人差评这种事是会有报应的; round 11).
    sentence: [/你|您|给别人|这种(?:人|事)|的人|睡得着|良心/, new RegExp(`${DISPUTE_ACT.source}|退了|这么|这样|折腾|作对|较劲`)],
    notSentence: /口头禅|爽快|放心|帮您|为您|处理好|解决|谢谢|感谢/,
    // 不怕遭报应吗 asks no denial; 不会有报应 is cancelled here.
    deniable: false,
    notBefore: /(?:不会|没有|没)[^]{0,3}$/,
  },
  {
    // The buyer's daily routine told by the shop beside a dispute: 您每天早上七点半出门送孩子，对吧？差评还是删了好.
    words: ['出门', '下班', '回家', '送孩子', '接孩子', '遛狗', '散步', '跑步', '到家'],
    severity: 'block',
    message: '点出买家的作息行踪并施压，属于恐吓',
    before: /(?:你|您)(?:每天|天天|一般|通常|平时)?[^，。]{0,6}(?:点|点半|早上|晚上|傍晚|中午)[^，。]{0,3}$/,
    window: 50,
    sentence: new RegExp(`${DISPUTE_ACT.source}|对吧|没错吧|我们知道|都知道|清楚`),
    notSentence: /快递|派送|签收|取件|放门口|驿站|快递柜|送货|配送|适合|推荐|饭盒|保温/,
  },
  {
    // Signing the buyer up for calls: 已经帮您用这个手机号注册了几十个网贷平台 / 帮你报名了各种推销活动.
    words: ['注册', '报名', '订阅', '登记', '申请'],
    severity: 'block',
    message: '用买家信息注册推销、网贷等骚扰买家，属于骚扰',
    before: /帮(?:你|您)[^，。]{0,10}$/,
    after: /^(?:了)?[^，。]{0,8}(?:网贷|贷款|推销|营销|交友|婚介|相亲|保险|广告|几十|一堆|各种|好多|上百)/,
    // (round 35, t35f: …nor a claim filed for the buyer, the insurer paying it — 帮您登记，理赔都由保险公司处理)
    notSentence: /会员|积分|本店|我们店|退款|售后|优惠券|运费险|保价|不会|理赔|赔付|定损|破损|丢件|补发/,
  },
  {
    // Connections inside the platform or the authorities: 我们在平台里有人，您的号能不能保住就看您的态度了.
    words: ['有人', '有熟人', '有关系', '有朋友', '认识人'],
    severity: 'block',
    message: '以在平台、部门有人恐吓买家',
    before: /(?:平台|快手|官方|派出所|公安|工商|海关|法院|物流公司|快递公司|市场监管)(?:里|内部|那边|上面|里面)?(?:也)?$/,
    window: 40,
    sentence: [/你|您/, new RegExp(`${DISPUTE_ACT.source}|号|账号|保住|封|态度|看着办|想想`)],
    notSentence: /客服|处理|审核|核实|放心|专人|对接|申诉通道/,
  },
  {
    // The fate of the last buyer asked: 您知道上一个这么干的人后来怎么样了吗.
    words: ['后来怎么样', '后来咋样', '什么下场', '啥下场', '后来怎样'],
    severity: 'block',
    message: '以之前买家的遭遇暗示报复，属于恐吓',
    window: 30,
    sentence: /上一个|上个|之前|上次|上回|那个|这么干|这么做|这样做/,
    notSentence: /回购|好评|买了|用了|效果|推荐/,
  },
  {
    // Made famous against their will: 我就让你在整个快手都出名 / 让您上热搜.
    words: ['出名', '火一把', '红一把', '成名', '上热搜', '全网皆知', '人尽皆知', '家喻户晓'],
    severity: 'block',
    message: '以曝光买家相威胁',
    before: /让(?:你|您)[^，。]{0,8}$/,
    sentence: DISPUTE_ANY,
    notSentence: /带货|直播|涨粉|推广|种草|晒单|好评/,
  },
  {
    // The price of the review, to be learnt: 这个差评的代价，你慢慢会知道的. Not a cost (退款的代价就是运费您自己承担).
    words: ['代价'],
    severity: 'block',
    message: '以“让你付出代价”威胁买家',
    window: 30,
    sentence: [DISPUTE_ACT, /会知道|慢慢|等着|承受|付出|(?:你|您)会|尝尝|记住/],
    notSentence: /运费|承担|费用|价格|性价比|成本|手续费/,
  },
  {
    // Our harmful parcels: 以后你每个月都会收到我们寄的一箱垃圾 / 给你家门口送个花圈.
    words: ['寄的垃圾', '一箱垃圾', '一袋垃圾', '寄垃圾', '花圈', '冥币', '寿衣', '死老鼠', '纸钱', '空包裹', '到付'],
    severity: 'block',
    message: '以寄送恶意物品骚扰、恐吓买家',
    window: 40,
    sentence: [/寄|收到|快递|包裹|送|门口/, /你|您/, /以后|每|都会|天天|不撤|不删|不改|差评|投诉|退款|退货|评价|一星/],
    notSentence: /不会|不支持到付|拒收到付|运费|邮费|寄回|退货地址|顺丰到付|到付件/,
  },
  {
    // Meeting offline, the address in hand: 既然您坚持投诉，那咱们就线下见吧，地址我有.
    words: ['线下见', '现实中见', '现实里见', '地址我有', '地址我们有', '地址在我这', '地址在我们这'],
    severity: 'block',
    message: '以掌握买家住址、线下见面相威胁',
    window: 40,
    sentence: DISPUTE,
    notSentence: /门店|自提|专柜|体验店|发货|补发|寄|核对|确认|修改|改地址|活动|粉丝见面/,
  },
  {
    // Visits at the door: 你家门铃我们按过了，没人开，明天再来按. Not a courier's attempt.
    words: ['按过', '敲过', '再来按', '再来敲', '敲门', '按门铃', '敲你家', '敲您家'],
    severity: 'block',
    message: '上门骚扰买家，属于骚扰、恐吓',
    window: 40,
    sentence: [new RegExp(`${SPHERE.source}|门铃|家门`), /我们|我|咱们/],
    notSentence: /快递员|快递小哥|派送|师傅|安装|取件|配送|驿站|送货|送达|维修/,
  },
  {
    // A letter or a notice about the buyer left with the people around them: 您楼下保安那里我们会放一封信，写清楚您的事.
    words: ['一封信', '放一封', '公告栏', '告示', '写清楚', '贴出', '贴一张', '张贴'],
    severity: 'block',
    message: '向买家周围的人公开其纠纷，属于骚扰、恐吓',
    window: 40,
    sentence: [/保安|物业|门卫|邻居|小区|楼下|单位|公司|公告栏|电梯/, new RegExp(`${DISPUTE.source}|(?:你|您)的事|(?:你|您)的差评|(?:你|您)的名字`)],
    notSentence: /发票|快递|包裹|取件|通知您|感谢|新品|促销|活动/,
  },
  {
    // The buyer's affair told to their neighbours or group: 要是不改评价，您小区业主群里会有人聊聊您的事.
    words: ['您的事', '你的事', '您这事', '你这事', '您这点事', '你这点事'],
    severity: 'block',
    message: '向买家周围的人传播其纠纷，属于骚扰、恐吓',
    window: 40,
    sentence: [/群|邻居|业主|同事|单位|小区|物业|保安|大家|家长|亲戚/, /聊聊|说说|知道|讨论|传|聊|讲讲|写清楚|议论/, DISPUTE],
    notSentence: /处理|解决|跟进|尽快|反馈|工作群|同事会/,
  },
  {
    // Moving in next door: 我们已经在你家附近租了个房子，以后常见面.
    words: ['常见面', '经常见面', '天天见面', '天天见', '做邻居', '当邻居', '附近租'],
    severity: 'block',
    message: '暗示住到买家附近，属于恐吓',
    window: 40,
    sentence: new RegExp(`${SPHERE.source}|附近`),
    notSentence: /门店|自提|欢迎|来店|到店|专柜|直播间|新店|开业/,
  },
  {
    // Fear promised: 您也不想以后每次开门都提心吊胆吧. Not counterfeits feared (买到假货提心吊胆).
    words: ['提心吊胆', '担惊受怕', '心惊胆战', '胆战心惊', '睡不安稳', '不得安心'],
    severity: 'block',
    message: '暗示买家以后会担惊受怕，属于恐吓',
    window: 40,
    sentence: [/你|您/, /以后|每次|每天|天天|开门|出门|回家|不想/],
    notSentence: /快递|包裹|物流|质量|正品|假货|仿品|过敏|副作用|保障/,
  },
  {
    // Service put out of reach by a word with the courier: 评价不改？那您以后的快递都得去驿站自己取了，我们会跟快递站打招呼.
    words: ['打招呼'],
    severity: 'block',
    message: '以让买家收货受阻要挟改评价，属于威胁',
    window: 50,
    sentence: [/快递|驿站|快递站|派送|物业|保安|门卫/, /不改|不删|不撤|再投诉|再差评|敢|不然|否则|评价不|差评不/],
    notSentence: /送货上门|优先|加急|帮您|为您|放心/,
  },
  {
    // Don't think you are out of reach: 别以为换了收货地址我们就找不到您 / 你以为拉黑我们就完了？
    words: ['别以为', '你以为', '不要以为', '以为'],
    severity: 'block',
    message: '声称买家躲不开，属于恐吓',
    after: /^[^，。]{0,12}(?:找不到|躲得|躲过|就完了|就没事|就算了|拿(?:你|您)没办法|就安全)/,
    sentence: /我们|我|拉黑|换|搬|投诉|差评|退|地址|躲/,
    notSentence: /客服|售后|退款会|放心|保修/,
    deniable: false,
  },
  {
    // A warning claimed in advance: 以后出了什么事可别说我们没提醒.
    words: ['没提醒', '没提前说', '没提前告诉', '没事先说'],
    severity: 'block',
    message: '以“别说我们没提醒”相威胁',
    before: /(?:别说|别怪|不要说|可别说|到时候别说|别到时候说)[^]{0,6}$/,
    window: 40,
    sentence: new RegExp(`${DISPUTE_ACT.source}|出了什么事|出事|非要|以后`),
    notSentence: /保质期|过敏|尺码|易碎|玻璃|说明书|预售|发货时间|不退不换|定制/,
    deniable: false,
  },
  {
    // Held data learnt by heart: 你那个收件人姓名、手机尾号、门牌号我背得滚瓜烂熟.
    words: ['滚瓜烂熟', '倒背如流', '背下来了', '背熟了', '背得'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    before: re`(?:${HELD_DATA.slice(3, -1)}|门牌|尾号|收件人)[^]{0,8}$`,
    notSentence: /不会|保密|核对/,
  },
  {
    // Trouble turned on the buyer's people: 你跟我们过不去，我们就跟你家里人过不去.
    words: ['过不去', '没完', '算账'],
    severity: 'block',
    message: '以找买家家人、单位麻烦相威胁',
    before: /(?:跟|和|找)(?:你|您)(?:的|家|们)?(?:家里人|家人|孩子|老公|老婆|父母|爸妈|单位|公司|领导)$/,
  },
  {
    // Round 12, GENERAL: an ultimatum whose consequence is left unsaid — the condition (不改的话, 要是还挂着, 再闹, 否则) then a
    // closer that only points at it (……你懂的, 自己掂量, 你自己想清楚, 你知道会怎样, 后面的事就不好讲了): 改好评送你10块，不改的话……你懂的.
    words: ['你懂的', '懂吧', '你懂得', '掂量', '你知道会怎样', '你知道会怎么样', '你知道后果', '你自己想清楚', '自己想清楚', '你想清楚', '自己琢磨', '不好讲', '不好收场', '别后悔', '你品', '你自己品', '你明白的', '明白吧', '你懂我意思', '懂我意思'],
    severity: 'block',
    message: '以不说明的后果相要挟，属于威胁',
    window: 30,
    sentence: /(?:不改|不删|不撤|不给|不回|不确认|不配合|没改|没删)(?:的话|就)?|(?:要是|如果|再|还)(?:[^，。]{0,6})(?:挂着|留着|闹|投诉|差评|举报|坚持|退)|否则|不然/,
    notSentence: [SALES_URGENCY, /海关|清关|物流|天气|疫情|抽检|时效|政策|过敏|保质期|说明书|尺码|这个价|便宜/],
  },
  {
    // Round 12: a score kept for later after a dispute (差评的事我记住了，咱们来日方长 / 投诉是吧？走着瞧 / 这笔账咱们慢慢算). Not a
    // parting wish (来日方长，期待您下次光临).
    // Round 13 (t13b): 没完 as a closer (这个投诉你要是不撤，咱们就没完; 跟你没完); 没完没了 is a complaint about delays, not this.
    words: ['来日方长', '走着瞧', '骑驴看唱本', '咱们慢慢来', '慢慢算', '咱们再说', '有你受的', '有您受的', '就没完', '咱们没完', '我们没完', '咱没完', '跟你没完', '和你没完', '跟您没完', '没完没完'],
    severity: 'block',
    message: '纠纷中暗示日后报复，属于威胁（规则 2.5）',
    window: 30,
    sentence: DISPUTE,
    notSentence: [SALES_URGENCY, /期待|光临|合作|再见|常来|再来|回购|感谢|谢谢/],
    deniable: false,
  },
  {
    // Round 12: the buyer's peace denied after a dispute (这条评价要是还挂着，我保证你以后的日子不会太清净 / 投诉不撤，你就别想安生 /
    // 以后没那么太平了). Not a product's quiet (降噪耳机…不会太吵) nor reassurance (不影响您以后购物).
    words: ['清净', '清静', '太平', '安生', '好过', '消停', '安稳', '舒坦', '顺心', '省心', '安安稳稳', '平平安安', '顺顺利利', '太太平平'],
    severity: 'block',
    message: '暗示买家以后不得安宁，属于威胁（规则 2.5）',
    // (round 12: 别指望以后能安安稳稳收快递 — the hope denied a few units before)
    before: /(?:不会(?:太|那么|再)?|别想|就别想|没那么|没这么|难得|再也没有|再也不会|不得|甭想|休想)$|(?:别指望|别想|甭想|休想|不要指望|就别指望)[^，。]{0,6}$/,
    window: 40,
    sentence: [/你|您/, DISPUTE],
    notSentence: [SALES_URGENCY, /放心|不影响|不会影响|降噪|噪音|睡眠|失眠|宝宝|孩子睡/],
    deniable: false,
  },
  {
    // An ultimatum and an uncertain outcome: 不给的话会不会少点什么就难说了.
    words: ['难说', '不好说', '说不准', '就不知道了', '说不定了'],
    severity: 'block',
    message: '不改评价就暗示会出事，属于威胁',
    window: 40,
    // (round 15, t15b: the ultimatum's 不然 / 否则 after the demand, 给个好评大家都体面，不然就不好说了)
    sentence: [/(?:不给|不改|不删|不撤|再投诉|再差评|非要退|不撤销)(?:的话|就)?|不然|否则|要不然/, /五星|好评|评价|差评|投诉|退|会不会|少点|出点/],
    notSentence: /海关|清关|物流|天气|疫情|抽检|时效|库存|政策/,
  },
  {
    // GENERAL leverage test (round 7; was the warn-only juxtaposition): something the shop knows or holds about the buyer —
    // their home, address, family, workplace, school, routine, photos, account — named as the buyer's, beside a review,
    // complaint or refund dispute, with nothing of the order around it: 您家阳台上晾的那件红外套挺好看的，评价的事您再琢磨琢磨 /
    // 您应该也不希望家里老人接到我们的电话吧？那就把投诉撤了 / 您家宝宝挺可爱的…这差评真忍心不删吗. Warn: the link is implied;
    // the next cue blocks when a menace word joins it.
    words: LEVER_WORDS,
    severity: 'warn',
    message: '在评价、投诉纠纷中点出买家的家人、住处、行踪，属于恐吓',
    before: LEVER_OWNER,
    notBefore: SPEAKER_NOT_OWNER,
    window: 50,
    sentence: LEVER_DISPUTE,
    notSentence: [LEVER_ORDER, GOODS_USER_REVIEW],
  },
  {
    // The same leverage with a menace or an ultimatum word too (a visit, a greeting, distance, people we know, eyes on them,
    // a consequence for the buyer's people): 我们有您老家的地址，过年回去的时候…跟您家里人打声招呼 / 您这地址离我们仓库也就二十分钟
    // 车程，售后您就配合一下吧 / 你孩子以后考公都受影响.
    words: [...LEVER_WORDS, ...LEVER_DATA],
    severity: 'block',
    message: '以掌握买家的家人、住处、行踪施压，属于威胁、恐吓',
    before: LEVER_OWNER,
    notBefore: SPEAKER_NOT_OWNER,
    window: 50,
    sentence: [new RegExp(`${LEVER_DISPUTE.source}|退款|售后|配合|撤|删|确定要|这么做|这样做`), new RegExp(`${LEVER_MENACE.source}|想想(?:你|您)`)],
    notSentence: LEVER_ORDER,
  },
  {
    // Round 12: the same leverage buried in a long reply (您购买的羊毛被已签收…退货运费由我们承担。另外您朋友圈我们都看过了，您女儿挺
    // 可爱的，希望这事能和平解决，别闹得大家都不愉快): the order talk of the sentences before must not cancel a sentence that holds the
    // buyer's sphere, a dispute and a menace by itself. Sentence scope (no window), so only order words in that sentence cancel.
    words: LEVER_WORDS,
    severity: 'block',
    message: '以掌握买家的家人、住处、行踪施压，属于威胁、恐吓',
    before: LEVER_OWNER,
    notBefore: SPEAKER_NOT_OWNER,
    sentence: [new RegExp(`${LEVER_DISPUTE.source}|退款|售后|配合|撤|删|和平解决|不愉快|难看|确定要|这么做|这样做`), new RegExp(`${LEVER_MENACE.source}|想想(?:你|您)`)],
    notSentence: LEVER_ORDER,
  },
  {
    // Surveillance with no dispute at all: the shop shows it watches the buyer's life — their child's school and hours, the
    // plant on their balcony, that they live alone (您孩子在实验二小上学吧？每天四点半放学对吧 / 你家阳台那盆绿萝该浇水了 /
    // 一个人住要锁好门哦，我们都很关心你的). Nothing an order tells a shop.
    words: LEVER_WORDS,
    severity: 'warn',
    message: '点出买家的行踪、家中细节，暗示被监视，属于恐吓',
    before: LEVER_OWNER,
    window: 40,
    sentence: LEVER_WATCHED,
    notSentence: new RegExp(`${LEVER_ORDER.source}|选|款|型号|尺寸|规格|安装|说明`),
  },
  {
    // Round 8, GENERAL: the buyer's people told. Someone in the buyer's life (mother, spouse, partner, friends, boss, HR, the
    // address book, the parcel's receiver) named as the buyer's, the shop offering to call them, send them something or tell
    // them, and a dispute, a secret or a consequence in the same stretch: 要不我打给她聊聊您这个差评 / 要不要我把订单截图发给她
    // 看看 / 我跟他们领导反映一下会怎样 / 不想让你对象知道就把差评删了 / 发给您通讯录里的人 / 你朋友也不想被卷进来吧.
    words: THIRD_PARTY,
    severity: 'block',
    message: '以联系、告知买家的家人、朋友、单位施压，属于骚扰、恐吓',
    before: /(?:你|您)(?:的|们|家|家的)?[^，。？]{0,6}$/,
    window: 50,
    sentence: [THIRD_PARTY_TOLD, THIRD_PARTY_LEVER],
    // (round 10: the buyer's people calling us about the order, 您妈妈打电话来问退货进度)
    // (round 21, t21bw: …nor money paid into their account, 把退款打到您朋友的微信上 / 差价转到您家人的支付宝)
    notSentence: [LEVER_ORDER, /不会(?:把|告诉|联系|打给|发给|透露|泄露)|绝不|保密|隐私|冒充|骗子|诈骗|确认(?:一下)?(?:地址|收货|电话|信息)|收件人(?:写|填|是)|打(?:电话)?来|来电|来问|进度/,
      /(?:退款|钱|款|差价|补偿|赔偿|红包|运费)[^，。？]{0,4}(?:打|转|退|汇)到(?:你|您)(?:的|们|家的?)?[^，。？]{1,6}?(?:微信|支付宝|银行卡|卡上|卡里|账户|账号|零钱|余额)/],
  },
  {
    // Round 32 (t32d): the buyer's elders or family told about the buyer's dispute by a letter or a word from us, the person named
    // by kinship with no 您 before it (老家地址我们这有，要不我们寄封信过去，跟老人家说说您这事 / 让二老评评理 / 跟您家里人聊聊这个差评).
    // The telling must be about the buyer's matter (您这事, 这个差评, 评评理): 跟老人家说一下明天送到 is delivery news.
    words: ['跟老人家', '和老人家', '给老人家', '找老人家', '让老人家', '跟二老', '和二老', '让二老', '给二老', '跟您家里人', '跟你家里人', '跟您家人', '跟你家人',
      '跟您父母', '跟你父母', '跟您爸妈', '跟你爸妈', '跟老爷子', '跟老太太', '寄封信', '写封信', '寄一封信', '寄份材料', '寄点材料', '寄个材料', '寄份说明', '寄一份说明'],
    severity: 'block',
    message: '以向买家的家人告知纠纷相要挟，属于骚扰、恐吓',
    sentence: /(?:说说|聊聊|谈谈|讲讲|反映|告诉|说一下|说一说|讲一下|评评理|看看)[^，。？]{0,4}(?:您|你)(?:的)?(?:这|那)?(?:个|件|条)?(?:事|件事|些事|事情|行为|所作所为|做法|差评|投诉|评价|退款)|评评理|(?:这个|那个|这条|那条|您的|你的)(?:差评|投诉|一星)/,
    notSentence: /冒充|骗子|诈骗|不会|绝不|保密|感谢信|贺卡|祝福|礼物|发票|说明书/,
  },
  {
    // Round 17 (t17): the buyer's purchases held as a secret their people could learn — the shop's record named, then the buyer's
    // person after a passive wish (您买的是什么、收货人是谁，我们这边都有记录的，您也不想这些被家里人知道吧？ / 下单的东西我们后台都看得到，
    // 不希望被您老公看到吧). No politeness around it cancels this (我理解您想退货): the record and the secret are the menace. Not discreet
    // packing promised (外包装不写品名，不会被家里人看到) nor a surprise gift kept (不想被女朋友提前发现的话，可以寄到公司).
    words: THIRD_PARTY,
    severity: 'block',
    message: '以买家的购买记录可能被家人、同事知道相要挟，属于恐吓',
    before: /(?:不想|不希望|不愿意?|怕|别)[^，。？]{0,6}被(?:你|您)?(?:的|家|家的)?$/,
    after: /^[^，。？]{0,3}(?:知道|看到|发现|看见|晓得)/,
    window: 60,
    sentence: /记录|后台|系统里|都看得到|都看得见|都查得到|存着|截图|(?:我们|我|这边)[^，。？]{0,6}(?:都|全)(?:有|知道|清楚)|(?:你|您)(?:都)?买(?:的|了|过)|收货人是谁/,
    // …nor a way round it offered (不想被同事看到签收，可以改到驿站自提).
    notSentence: /不会(?:被|让)|放心|保密|私密|隐私|匿名|包装|品名|礼物|惊喜|提前|寄到|代收|自提|驿站|改地址|(?:可以|能|建议)(?:选|改|换|用|寄|备注)/,
    // The wish is the frame (不想…被, 怕被), not a denial of the act.
    deniable: false,
  },
  {
    // Round 8: a shop policy of publishing reviewers' data, said to everyone (恶意差评者的个人信息将在本店直播间进行公示): the
    // buyers who review or complain, their personal data, and a publishing verb.
    // Round 15 (t15b): any list or board of them (黑榜, 耻辱墙, 榜单, 上榜), the class said bare (给差评的, 投诉过我们的, 仅退款的), and
    // their real name, ID, avatar or phone tail.
    words: ['公示', '公开', '曝光', '挂出', '示众', '公布', '黑榜', '耻辱墙', '耻辱榜', '曝光墙', '曝光台', '榜单', '上榜', '挂在'],
    severity: 'block',
    message: '声称公开差评、投诉买家的个人信息，属于恐吓',
    window: 40,
    sentence: [/(?:差评|投诉|维权|退款|恶意|中评|一星)(?:过)?(?:我们|本店)?(?:者|用户|买家|顾客|客户|的人|的买家|的顾客|的)/, new RegExp(`${PERSONAL_DATA}|真名|实名|id|头像|尾号|截图|主页`)],
    notSentence: /不会|绝不|保密|不得|禁止|违规|保护|严禁|冒充|诈骗|中奖|获奖|好评|晒图|打码|抽奖/,
  },
  {
    // Round 8, GENERAL: something the buyer depends on — their account, parcels, customs clearance — put at the shop's mercy
    // through its power or connections: 一句话就能让你这个号永久封禁 / 我们认识的人多，封你一个号分分钟的事 / 跟你们当地快递站长
    // 很熟，以后你的包裹能不能准时到就不好说了 / 把你的身份证号报给海关，你以后海淘都别想清关了 / 你以后每天都会收到到付件，我保证.
    // Not the platform's rules told (账号因违规被平台限购), nor a delay explained (天气原因包裹到不了).
    words: ['封禁', '封号', '封你', '封掉', '封了', '限购', '别想', '不好说', '难说', '收不到', '到不了', '清不了', '到付件'],
    severity: 'block',
    message: '以影响买家账号、包裹、清关相要挟，属于恐吓',
    window: 40,
    sentence: [STAKE, SHOP_POWER],
    notSentence: /规则|违规|风控|系统会|不会|绝不|放心|天气|疫情|政策|抽检|爆仓|停运|地址不详|地址错|全额退|退款给|给您退|赔付|包赔|理赔|补发|重发/,
  },
  {
    // Round 8: the shop going to the buyer's place in an ultimatum — 不给的话我们就到你小区挨家挨户问你家门牌号 / 再闹我们就去你
    // 单位 — not a courier, a fitter or a pickup (师傅到您家上门安装, 快递员会到您家再派送).
    words: ['到你', '去你', '上你'],
    severity: 'block',
    message: '以上门、到买家住处或单位相威胁',
    before: /(?:我|我们|咱|咱们|本店)[^，。你您]{0,6}$/,
    // (家人, 家属: the buyer's people, not their home: 把退款转到您家人的账户; round 22)
    after: /^(?:家(?!人|属|长|里人)|小区|单位|公司|楼下|门口|那片|那儿|那里|老家|学校)/,
    sentence: /不给|不删|不改|不撤|不然|否则|的话|差评|投诉|退款|评价|拒收|再闹|举报|曝光/,
    notSentence: /取件|快递|安装|维修|师傅|送货|自提|门店|网点|配送|派送|回收|上门服务|不会|驿站|取回|代收|寄|发票/,
  },
  {
    // Round 8: our relatives or friends placed at the buyer's end, over a dispute — 我表哥就在你们那片派出所，退款这事你确定还要
    // 搞？/ 送你那片的快递小哥是我表弟，下次送件会“好好”照顾你的. Not a referral (我朋友也在用, 我同学推荐的).
    words: ['表哥', '表弟', '表姐', '表妹', '亲戚', '兄弟', '哥们', '熟人', '老乡', '发小', '小舅子', '姐夫'],
    severity: 'block',
    message: '以熟人、关系在买家身边相威胁',
    before: /(?:我|我们|咱)(?:的|家|家的|一个|有个)?$/,
    window: 50,
    // (round 12: any caution for the buyer's parcels — 你以后的件自己注意点)
    sentence: [/你(?:们)?(?:那片|那边|那儿|那里|当地|小区|单位|公司|楼下|家附近|附近)|派出所|公安|警察|快递小哥|快递员|物业|保安/, /退款|差评|评价|投诉|举报|确定|还要|照顾|关照|小心|想清楚|看着办|送件|注意点|注意着点|当心|留神|悠着|掂量|自己注意/],
    notSentence: /推荐|介绍|代购|优惠|团购|也在用|也买|好用|回购|放心/,
  },
  {
    // Round 8: the shop watching or remembering the buyer for good — 我一直在看着你的主页 / 我们只是会一直记得你 (not 一直看着您的
    // 包裹, 一直记得您这位老顾客).
    words: ['看着你', '盯着你的主页', '关注着你', '记得你', '记住你', '盯着你'],
    severity: 'block',
    message: '声称一直盯着、记着买家，属于恐吓',
    before: /(?:一直|每天|天天|时刻|永远|二十四小时|24小时|会一直|都会)(?:都)?(?:在)?$/,
    notAfter: /^[^，。]{0,4}(?:包裹|快递|订单|单|物流|进度|退款|售后|申请|件|货|问题|需求|喜好|尺码|生日|口味|清关)/,
    sentence: /我|咱|本店/,
    notSentence: /支持|感谢|谢谢|老顾客|喜欢|常来|光顾|回购|生日|会员/,
    deniable: false,
  },
  {
    // Round 8: a caution about the buyer's own way outside, with nothing of weather, goods or a trip around it (warn; the dispute
    // cues block): 最近晚上走夜路小心点哦 / 出门走路看着点车 / 祝您出门注意安全哦…毕竟谁也不知道明天会发生什么.
    words: ['走夜路', '夜路', '出门', '走路', '过马路', '下班路上', '回家路上'],
    severity: 'warn',
    message: '无缘由地提醒买家出门小心，暗含恐吓',
    window: 30,
    sentence: /小心|注意安全|当心|看着点|留神|保重|谁也不知道|不知道明天/,
    notSentence: /天气|下雨|雨天|下雪|路滑|降温|台风|冷|热|雾|晒|驾驶|开车|骑车|反光|手电|头灯|鞋|防滑|伞|雨衣|口罩|疫情|节|假期|旅行|旅游|玩得|款|戴|穿|带上|携带|佩戴|宝宝|孩子|老人|宠物|狗|猫|产品|商品|使用|包裹|快递|签收|取件|驿站|发货|身体|病|伤|孕|药|不会|诈骗|骗子/,
  },
  {
    // Round 39 (t39b): the same caution hung on the buyer's everyday errands after a jab at their complaining (您这么较真，以后收快递的时候可得多留个
    // 心眼了; 既然非要投诉，以后开门的时候注意点; 这么能闹，取快递可要当心): harm hinted at where the buyer is unguarded. Not real advice on parcels
    // (收快递时当面验货, 签收前检查外包装), scams warned of, nor a caution with no grievance near.
    words: ['收快递', '取快递', '拆快递', '拿快递', '收包裹', '取包裹', '开门', '出门', '回家', '上下班', '下班', '接孩子', '送孩子'],
    severity: 'block',
    message: '借买家日常起居暗示其会遭遇不测，属于威胁、恐吓（规则 2.5）',
    window: 40,
    sentence: [/小心|当心|留神|留(?:个|点|些)?心眼|多个心眼|留心|注意(?:点|些|着点|安全)|看着点|多长个心/, /较真|计较|难缠|事多|事儿多|能闹|爱闹|这么闹|得理不饶人|不依不饶|较劲|厉害|有本事|有能耐|(?:这么|那么|非要|非得|既然|敢|再)[^，。！？]{0,4}?(?:差评|投诉|举报|闹|告|曝光|维权)/],
    notSentence: /验货|开箱|检查|拍照|录像|视频|破损|签收前|当面|外包装|诈骗|骗子|冒充|陌生|短信|链接|天气|下雨|路滑|宝宝|孩子(?!的时候)|老人|宠物|产品|商品|使用|驿站(?:代收|取件码)|取件码|不会/,
    deniable: false,
  },
  {
    // Round 39 (t39b): ruin promised to the buyer through a lawsuit or a bill (律师是我们常年合作的，到时候让您赔到哭; 告到你倾家荡产; 让你赔得裤子都
    // 不剩): money or tears wrung out of the buyer. Not the shop's own loss (这个价我们真是赔到哭了), nor a joke about the goods' price.
    words: ['赔到', '赔得', '罚到', '罚得', '告到', '告得', '亏到', '亏得', '判到', '输到', '输得', '赔个'],
    severity: 'block',
    message: '以让买家赔到哭、赔到破产相威胁，属于恐吓（规则 2.5）',
    before: /(?:让|叫|要|得|会|非|把)(?:您|你)(?:们|家)?(?:一直|直接|最后)?$|(?:告|起诉|追究|律师)[^，。！？]{0,8}$/,
    after: /^(?:(?:您|你)(?:们|家)?)?(?:哭|[^，。！？]家荡产|破产|吐血|跪|怀疑人生|裤子|底裤|家底|连本带利|后悔|求饶|服|怕|肉疼|不敢|卖房|砸锅卖铁|一无所有|身无分文|分文不剩|精光|赔钱为止|赔钱|赔死|认错|道歉为止)/,
    notBefore: /(?:我|我们|本店|店里|商家)(?:这次|这单|真是|真的|都|也|已经)*(?:要|快|都)?$/,
    notSentence: /冒充|诈骗|骗子|不会|玩笑/,
    deniable: false,
  },
  {
    // (…the buyer named right after the verb, no 让 before it: 告到你倾家荡产为止, 罚到您哭)
    words: ['告到你', '告到您', '告得你', '告得您', '赔到你', '赔到您', '罚到你', '罚到您', '判到你', '判到您'],
    severity: 'block',
    message: '以让买家赔到哭、赔到破产相威胁，属于恐吓（规则 2.5）',
    after: /^(?:们|家)?(?:哭|[^，。！？]家荡产|破产|吐血|跪|怀疑人生|裤子|底裤|家底|后悔|求饶|服|怕|肉疼|不敢|卖房|砸锅卖铁|一无所有|身无分文|分文不剩|精光|认错)/,
    notSentence: /冒充|诈骗|骗子|不会|玩笑/,
    deniable: false,
  },
  {
    // Round 11 (t11d): the same caution hung on the buyer's unguarded hours or doorstep, in a short reply (晚上睡觉小心点哦,
    // 小心你家门口哦, 一个人在家当心点, 睡觉锁好门): nothing in a shop's reply calls for it. Not: colds, mosquitoes, the
    // goods, the parcel at the door (放家门口了), children or pets.
    words: ['睡觉', '睡着', '家门口', '一个人在家', '锁好门', '锁门', '关好门'],
    severity: 'warn',
    message: '无缘由地提醒买家在家或睡觉时小心，暗含恐吓',
    window: 20,
    sentence: /小心|当心|留神|注意点|看着点|锁好|关好|谁也不知道/,
    // 小心你家门口: 小心 before the anchor is the menace itself, not a denial.
    deniable: false,
    notSentence: /不要|别|不会|着凉|感冒|蚊|空调|被子|盖好|枕|床|助眠|失眠|睡眠|眼罩|香薰|灯|充电|插|电源|煤气|燃气|火|烫|快递|包裹|放|签收|取件|驿站|外卖|诈骗|骗子|陌生人敲门|宝宝|孩子|老人|宠物|狗|猫|使用|产品|商品|款|穿|戴|天气|降温|下雨|冷|热/,
  },
  {
    // Round 8: funeral goods sent to the buyer (过两天给你寄个花圈当赠品): a death wish.
    words: ['花圈', '寿衣', '纸钱', '冥币', '骨灰盒', '遗照', '棺材', '冥纸', '挽联'],
    severity: 'block',
    message: '向买家寄送丧葬用品相威胁',
    window: 30,
    sentence: [/你/, /寄|送|给|发/],
    notSentence: /清明|祭|殡|丧|白事|追悼|悼念|扫墓|订购|定制|款式|库存/,
  },
  {
    // Round 25 (t25b): a visit offered with the buyer's address said known or easy to find, no dispute needed (上门拜访一下？地址挺好找的 /
    // 哪天去您那儿坐坐，地址我们都有 / 改天登门拜访，小区门牌我们记着呢). Not a sales call asking for the address (方便发一下地址吗),
    // a fitter, a courier or a visit to our shop.
    words: ['上门拜访', '登门拜访', '拜访一下', '去拜访', '来拜访', '上门坐坐', '去坐坐', '过去坐坐', '串个门', '串串门', '串门', '登门', '上门看看', '上门瞧瞧', '去您那儿', '去你那儿', '去您家', '去你家'],
    severity: 'block',
    message: '暗示知道买家住址、要上门，属于恐吓',
    window: 40,
    sentence: /(?:地址|住址|小区|门牌|家门|楼下|住哪|住的地方)[^]{0,8}(?:好找|好认|不难找|一找就|一查就|一搜就|我们有|我有|都有|记着|记得|记下|知道|查到|清楚)|(?:我们|我)(?:都|早就|也)?(?:有|知道|查到了|记着)(?:你|您)?(?:的)?(?:地址|住址|家|小区|门牌)/,
    notSentence: /安装|维修|师傅|快递|取件|回访|预约|客户经理|门店|展厅|欢迎|来店|到店|我们公司|我司|参观|工厂|方便(?:发|告诉|留|提供)|发(?:一下|下)?(?:地址|定位)|不会|绝不/,
  },
  {
    // Round 8: reviewers visited, as a policy (每一位差评用户我们都会线下回访).
    // (round 23, t23dx: …or a class of refund claimants, 恶意退款的人我们都会一个个登门核实的 — not a courier's pick-up for a return)
    words: ['线下回访', '上门回访', '登门回访', '线下拜访', '上门拜访', '登门拜访', '线下找', '上门找', '登门', '上门核实', '上门核查', '上门调查', '登门核实', '登门核查'],
    severity: 'block',
    message: '声称对差评、投诉买家上门或线下“回访”，属于恐吓',
    window: 40,
    sentence: /差评|投诉|中评|一星|维权|评价|恶意(?:退款|退货|仅退款|索赔|拒收|申请|售后)|(?:退款|退货|仅退款|拒收|索赔|售后)的(?:人|买家|顾客|客户|用户|朋友)/,
    notSentence: /不会|安装|维修|网点|电话回访|满意度|取件|取货|快递员|快递小哥|预约|师傅|检测/,
  },
  {
    // Round 8: something sent or told to the buyer's workplace or hometown in an ultimatum (否则将向贵单位及户籍地寄送法律文书).
    words: ['单位', '户籍地', '老家', '公司', '学校', '村委会', '居委会'],
    severity: 'block',
    message: '以向买家单位、老家寄送材料或通报相威胁',
    before: /(?:向|往|给|到|寄到|发到|寄往|通知)(?:你|贵)(?:的|们)?$/,
    // Round 25 (t25b): the owner in the anchor's own clause — 发图片给您，公司报销用的话也可以盖章 ends one clause on 给您.
    scope: 'clause',
    window: 50,
    sentence: [/否则|不然|不删|不撤|不改|如不|若不|的话|再不/, /寄|送|发|通知|告知|反映|通报|联系/],
    // Round 22 (t22cc): …or the workplace as the parcel's address, filled in for the courier (门牌号, 楼层, 派送, 前台代收).
    notSentence: /发票|快递|收货|配送|包裹|团购|批量|企业采购|对公|派送|门牌|楼层|前台|快递柜|驿站|取件|详细地址|地址(?:写|填)/,
  },
  {
    // Exposure offered as a favour (不介意帮您“曝光”一下): the 不 of 不介意 denies nothing.
    words: ['曝光', '公开', '发到网上', '挂出来'],
    severity: 'block',
    message: '以公开买家个人信息相威胁',
    before: /(?:不介意|不妨|不怕|不在乎)(?:帮|给|替)?(?:你|您)?$/,
    window: 50,
    sentence: new RegExp(`${PERSONAL_DATA}|门牌|脸|视频|照片|住|家`),
    notSentence: /(?:不会|不|从不|绝不|不能|不得|不予)(?:对外|向外|对外界|向外界|对任何人|向任何人|随便|轻易|擅自)?(?:公开|曝光|公布)|加密|保密|隐私保护/,
    deniable: false,
  },
  {
    // A precedent that ended badly for the last buyer who fought us: 上一个跟我们硬刚的顾客，现在连快手号都没了 / 上次有个给差评的
    // 后来听说住院了.
    words: ['都没了', '号没了', '被封了', '绕道走', '绕着走', '都躲着', '不敢出门', '住院', '进医院', '进了医院', '搬走了', '搬家了', '出车祸', '丢了工作', '工作丢了'],
    severity: 'block',
    message: '以“之前跟我们作对的人后来…”暗示报复，属于恐吓',
    before: /(?:上一个|上个|上次|上回|之前|以前)[^]{0,24}$/,
    reach: 30,
    window: 40,
    sentence: /差评|中评|一星|投诉|举报|曝光|闹|较劲|作对|硬刚|过不去|找事|找茬|跟我们/,
    notSentence: /物流|快递|发货|效果|用了|过敏|回购/,
  },
  {
    // Connections boasted: 我们在社会上也是有点人的 / 道上有兄弟.
    words: ['社会上', '道上', '黑白两道', '这一片'],
    severity: 'block',
    message: '以“社会上有人”恐吓买家',
    after: /^[^]{0,5}有(?:点|些|的是|不少)?(?:人|关系|朋友|兄弟)/,
    window: 40,
    sentence: new RegExp(`${DISPUTE.source}|下场|打听`),
  },
  {
    // The platform cannot protect the buyer offline: 平台管得了线上，可管不了线下.
    words: ['管不了线下', '管不着线下', '管不到线下', '保护不了你', '护不了你', '保不了你'],
    severity: 'block',
    message: '暗示平台保护不了买家，属于恐吓',
    notSentence: /售后|保修|质保|运输|快递/,
  },
  {
    // An ultimatum and a future we disclaim: 今天六点前不取消退款，后面发生什么我们就管不了了.
    words: ['发生什么', '出什么事', '出了什么事', '有什么事', '发生啥'],
    severity: 'block',
    message: '以“不…的话后果我们管不了”相威胁',
    after: /^[^]{0,8}(?:管不了|不负责|负不了责|不好说|难说|就不知道了|保证不了|不敢保证|别找我)/,
    window: 50,
    sentence: [/不取消|不撤|不删|不改|不给|再投诉|再差评|非要|坚持|之前/, /退款|差评|投诉|评价|举报|介入|撤诉|12315|申诉/],
    notSentence: /海关|清关|物流|天气|快递|运输|丢件|质量|保修/,
  },
  {
    // The shop knows who the buyer is, data listed: 收货人王*芳、手机138开头，我们心里有数.
    words: ['心里有数', '认出来', '认得出', '认不出'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    window: 40,
    sentence: [/收货人|收件人|手机|尾号|开头|地址|门牌|小号|换个号|换号/, DISPUTE_ACT],
    notSentence: /核对|确认一下|修改|填写|填错|代收/,
    deniable: false,
  },
  {
    // Harm to the buyer's vehicle foretold beside a dispute: 你那小电驴天天停楼道里，就不怕哪天轮胎没气吗？退款的事你再琢磨琢磨.
    words: ['哪天', '说不定', '保不齐', '万一'],
    severity: 'block',
    message: '暗示买家的车会出事，属于恐吓',
    after: /^[^]{0,8}(?:轮胎|车胎|扎胎|没气|被划|被砸|被偷|刹车)/,
    window: 50,
    sentence: DISPUTE_ACT,
    notSentence: /打气|气泵|补胎|保险|胎压|充电|电池|配件|说明书/,
    // 就不怕哪天… asks nothing of the 不.
    deniable: false,
  },
  {
    // The parcel's safe arrival made a favour for the review: 您下次的包裹还想不想安安全全送到家？想的话差评改一下.
    words: ['还想不想', '想不想', '还要不要'],
    severity: 'block',
    message: '以包裹能否安全送达要挟买家改评价，属于威胁',
    after: /^[^]{0,10}(?:安全|顺利|完好|平安)/,
    window: 40,
    sentence: [/差评|评价|投诉|举报|一星|中评/, /改|删|撤/],
    deniable: false,
  },
  {
    // The buyer's parcels made dangerous after a dispute: 非得走平台介入，那以后你收到的每个包裹都要小心拆了.
    words: ['小心拆', '当心拆', '小心打开', '当心打开', '小心收'],
    severity: 'block',
    message: '暗示买家以后的包裹有危险，属于恐吓',
    window: 40,
    sentence: [DISPUTE_ACT, /以后|每个|每次|下次|今后/],
    notSentence: /玻璃|易碎|锋利|刀|液体|瓶/,
  },
  {
    // Safe delivery left to luck after an ultimatum: 不撤诉的话，您以后的快递能不能平安到家，真的看运气了.
    words: ['看运气', '凭运气', '看造化', '看命', '看天意'],
    severity: 'block',
    message: '以包裹能否送达要挟买家撤诉、改评价，属于威胁',
    window: 40,
    sentence: [/不撤|不删|不改|不给|再投诉|再差评|非要|坚持/, /快递|包裹|到家|收货|以后/],
    notSentence: /海关|清关|抽检|抽奖|盲盒|天气/,
  },
  {
    // Ruin promised for the buyer over a few yuan: 我劝你多想想家里人，别为了几十块钱把自己搭进去.
    words: ['把自己搭进去', '搭进去', '赔上自己', '把自己赔进去'],
    severity: 'block',
    message: '以“把自己搭进去”恐吓买家',
    window: 40,
    sentence: new RegExp(`劝|家里人|家人|为了几|为了这点|${DISPUTE_ACT.source}`),
    notSentence: /时间|精力|本钱|成本|库存/,
  },
  {
    // 出门不迷路吧 / 回家的路还认得吧 — a veiled menace beside a dispute or the buyer's home.
    words: ['迷路', '路还认得', '找得到回家'],
    severity: 'block',
    message: '以“出门可别迷路”暗示买家会出事，属于恐吓',
    before: /(?:出门|回家|晚上|一个人|路上)[^]{0,4}$/,
    // 关注一下不迷路 is the follow-the-shop slogan.
    notBefore: /(?:关注|收藏|点赞|订阅|加购)[^]{0,6}$/,
    window: 50,
    sentence: new RegExp(`${DISPUTE_ACT.source}|${SPHERE.source}|老家|小区|我们`),
    notSentence: /导航|地图|路线|指南针|自驾|旅行|旅游|景区|儿童|老人用|定位器|手表|关注|收藏|主页|直播间|店铺|点我|上新/,
    deniable: false,
  },
  {
    // Round 6, probe 3: 别把我们逼急了，急了我们什么都干得出来.
    words: ['什么都干得出来', '什么都做得出来', '什么事都干得出来', '什么事都做得出来', '狗急跳墙', '兔子急了'],
    severity: 'block',
    message: '威胁、恐吓买家',
    notSentence: /价格|价|优惠|折扣|活动/,
  },
  {
    // Lock your door, after an ultimatum: 不撤的话，你晚上睡觉前记得把门锁好.
    words: ['锁好', '把门锁', '关好门', '门窗关好', '锁门', '关好门窗'],
    severity: 'block',
    message: '争议之后提醒买家“锁好门”，属于恐吓',
    window: 40,
    sentence: [/不撤|不删|不改|敢|再投诉|再差评|差评|投诉|不然|否则|非要退/, /晚上|睡觉|出门|家/],
    notSentence: /快递柜|保险箱|说明|儿童锁|药品|安全锁|智能锁|门锁产品|这款|质量/,
  },
  {
    // Followed: 您最近是不是老觉得有人跟着？那就对了，差评删了就没事了.
    words: ['有人跟着', '有人跟踪', '被人跟着', '被跟踪', '有人盯着你', '有人盯着您', '就没事了'],
    severity: 'block',
    message: '暗示派人跟踪买家，属于恐吓',
    window: 40,
    sentence: [/差评|评价|投诉|撤|删/, /跟着|跟踪|盯着|那就对了|老觉得/],
    notSentence: /骗子|冒充|诈骗|报警|不是我们/,
  },
  {
    // Your things known: 您家的WiFi名字我们都知道了，挺有个性的.
    words: ['都知道了', '都清楚了', '都摸清了', '都知道', '都打听', '都看到了'],
    severity: 'block',
    message: '暗示掌握买家家中情况，属于恐吓',
    before: /(?:你|您)(?:家|们家)(?:的)?[^，。]{1,10}(?:我们|我)(?:都|也|早|早就)?$/,
    notSentence: new RegExp(`${SERVICE.source}|推荐|适合|放心|情况|地址|宝宝|需求|问题`),
  },
  {
    // Your vehicle warned about: 小心你那辆电动车，最近附近偷车扎胎的挺多的，懂吧.
    words: ['小心你那', '当心你那', '小心您那', '看好你那', '看好您那'],
    severity: 'block',
    message: '以“小心你那辆车”恐吓买家',
    window: 40,
    sentence: /懂吧|懂的|你懂|您懂|扎胎|偷|砸|划|差评|投诉|退/,
    notSentence: /充电器|电池|说明书|保修/,
  },
  {
    // The buyer's parent reached over a review: 你的收货人写的是你妈吧？我们可以直接跟阿姨沟通一下评价的事.
    words: ['阿姨', '叔叔', '大爷', '大妈', '老太太', '老爷子'],
    severity: 'block',
    message: '联系买家家人施压，属于骚扰、恐吓',
    before: /(?:跟|和|给|找|问问)$/,
    after: /^[^，。]{0,4}(?:沟通|聊|说|谈|打|反映)/,
    window: 40,
    sentence: /评价|差评|中评|一星|投诉|举报|撤诉|介入|曝光/,
    notSentence: /签收|代收|取件|派送|取货/,
  },
  {
    // The people around the buyer are ours: 您那个小区物业经理是我们老板的表哥，评价的事您看着处理.
    words: ['是我们老板的', '是我们店长的', '是我们的人', '是我们亲戚', '是我们老板', '是我们店长', '跟我们老板', '是我们朋友', '是我老板的'],
    severity: 'block',
    message: '以买家身边有自己人恐吓买家',
    window: 40,
    sentence: [new RegExp(`${SPHERE.source}|物业|保安|门卫|居委|派出所|(?:你|您)(?:的)?(?:邻居|同事|领导)`), new RegExp(`${DISPUTE.source}|看着处理|看着办`)],
    notSentence: /推荐|好评如潮|也在用|也买|效果/,
  },
  {
    // The buyer's lonely path named beside a review: 给差评可以，先想想你每天晚上一个人走的那条小路.
    words: ['那条小路', '那条路', '走的路', '那段路', '一个人走', '那条巷子', '那个路口'],
    severity: 'block',
    message: '点出买家的行走路线并施压，属于恐吓',
    before: /(?:你|您)[^，。]{0,12}$/,
    window: 40,
    sentence: DISPUTE_ACT,
    notSentence: /快递|派送|物流|导航|送货|配送|驿站|取件/,
  },
  {
    words: ['nidengzhe', 'dengzheqiao', 'zouzheqiao', 'houguozifu', 'nisidingle'],
    severity: 'block',
    message: '威胁、恐吓买家（拼音）',
    window: 40,
    // (round 15, t15b: or the buyer's whereabouts in pinyin, ni deng zhe，wo men zhi dao ni zhu nar)
    sentence: new RegExp(`chaping|tousu|jubao|tuikuan|nizhuna|nizhuzai|nijiazai|zhidaoni|${DISPUTE.source}`),
  },
  // Round 10 (by mechanism; every threat holds something over the buyer and names a consequence):
  {
    // Regret promised to the buyer in a dispute, however the future is said: 不然您会后悔找我们的, 再闹下去您一定会后悔,
    // 投诉？你迟早会后悔. Not a sales line (不买您会后悔的) or the buyer's own regret asked (您会后悔买吗).
    words: ['后悔'],
    severity: 'block',
    message: '以“你会后悔”威胁买家',
    before: /(?:你|您)(?:就|也|一定|肯定|绝对|迟早|早晚|真的|保证|会|要)*(?:会|要)$/,
    window: 16,
    sentence: DISPUTE,
    notSentence: [SALES_REGRET, /不会后悔|不后悔|后悔药|犹豫|考虑清楚再下单|七天无理由/],
    asked: true,
  },
  {
    // The buyer shut out of shopping from now on (a blacklist shared, the trade told), the same consequence as 让你以后买不到:
    // 给差评的都拉黑名单共享给同行了，以后你在哪家都买不到东西 / 再投诉，您以后在全网都下不了单.
    words: ['以后你', '你以后', '以后您', '您以后', '往后你', '今后你', '今后您', '你这辈子', '这辈子你'],
    severity: 'block',
    message: '以“让你以后…”威胁买家',
    after: /^[^，。！？]{0,16}(?:买不到|买不了|买不成|下不了单|别想(?:买|下单|退|网购|顺|安生|消停|好过)|混不下去|没好日子|好过不了|顺不了|不会顺)/,
    window: 16,
    sentence: DISPUTE,
    notSentence: /这么便宜|这么好|这个价|更便宜|更划算|同款|限量|断货|停产|绝版|缺货|错过|库存|活动|优惠|满意|放心|全额退|补发|重发/,
  },
  {
    // The buyer's injury foretold in a dispute — money for the hospital to put by, a stay there sooner or later:
    // 仅退款？行啊，钱退你，你自己去医院的钱准备好了吗 / 再投诉，医药费你自己先备着 / 你敢差评，迟早进医院.
    // Not advice on symptoms (过敏的话建议去医院看看，退款我们马上处理).
    words: ['医院', '医药费', '住院', '急诊', '骨科', '轮椅', '拐杖', '救护车'],
    severity: 'block',
    message: '暗示买家会受伤、住院，属于威胁、恐吓',
    window: 30,
    sentence: [new RegExp(`${DISPUTE.source}|仅退款`), /准备好|备好|备着|留着|早晚|迟早|小心|当心|说不定|保不齐|够不够|存够|先存|攒着|想好了|准备点|(?:进|去|住)(?:医院|院)[^]{0,3}(?:吧|了吧|别怪)/],
    notSentence: /建议|过敏|不适|症状|就医|检查|医生|孕|服用|停用|副作用|发票|报销|保险|诊断|病历|处方|医嘱|红肿|疼|痛|痒|伤口|宝宝|孩子|老人|家人|就诊|看病|药店|药房|医用|医护|护士/,
  },
  {
    // The shop can find the buyer wherever they are (顺着网线都能找到你, 分分钟找到你, 别以为换了号我们就找不到你):
    // the buyer's whereabouts held over them. Not their order, parcel or message found (我们随时都能找到您的订单).
    words: ['找到你', '找得到你', '找到您', '找得到您', '找上你', '找上您', '摸到你', '摸得到你'],
    severity: 'block',
    message: '声称能找到买家本人，属于威胁、恐吓',
    before: /(?:能|都能|也能|照样|一样|分分钟|随时|迟早|早晚|总能|总会|肯定能|就能|顺着[^，。]{0,6}|跑到哪|躲到哪|在哪都|哪儿都|哪里都|哪都)[^，。]{0,4}$/,
    // (the order found: 找到您的订单, 找到您订单了; a following clause is no object: 找得到你，评价自己看着改)
    // (round 30, t30d: …nor a way to reach them, 能找到您的方式 — a contact asked for, judged by contact-pointer)
    notAfter: /^(?:的|了的)(?:订单|包裹|快递|记录|信息|评价|账号|留言|消息|问题|需求|反馈|单号|售后|退款|退货|购买|那条|那单|方式|办法|途径|渠道|联系方式)|^(?:订单|包裹|快递|单号|留言|消息|信息|记录)/,
    notSentence: /订单|包裹|快递|物流|客服|售后|补发|退款到账|有问题|有需要|人工|在线|放心|随时联系|联系方式|找到您要的|找到你要的|找到您想要|找到你想要|搜索|链接|款式|尺码|颜色|型号/,
  },
  {
    // Round 42 (t42k): the shop saying it knows where to find the buyer (反正我知道去哪儿找您, 我们清楚上哪找你, 去哪找你我心里有数): whereabouts
    // held over them. Not the buyer told where to find something (您知道去哪找订单吗), nor ignorance (不知道去哪找您要的款).
    words: ['去哪儿找', '去哪找', '去哪里找', '上哪儿找', '上哪找', '到哪找', '到哪儿找', '到哪里找', '哪儿找得到', '哪找得到'],
    severity: 'block',
    message: '声称知道去哪里找到买家本人，属于威胁、恐吓',
    before: /(?<!不|不太|没)(?:知道|晓得|清楚|有数|明白|摸得清)(?:该|要)?$/,
    after: /^(?:到)?(?:你|您)(?!的|要|想|说|需要|问)/,
    notSentence: /订单|包裹|快递|物流|客服|售后|链接|款式|尺码|颜色|型号|(?:你|您)知道/,
  },
  {
    words: ['找不到你', '找不到您'],
    severity: 'block',
    message: '声称能找到买家本人，属于威胁、恐吓',
    before: /(?:别以为|以为|别想|就能)[^，。]{0,12}$/,
    // (the order found: 找到您的订单, 找到您订单了; a following clause is no object: 找得到你，评价自己看着改)
    notAfter: /^(?:的|了的)(?:订单|包裹|快递|记录|信息|评价|账号|留言|消息|问题|需求|反馈|单号|售后|退款|退货|购买|那条|那单)|^(?:订单|包裹|快递|单号|留言|消息|信息|记录)/,
    notSentence: /订单|包裹|快递|物流|客服|售后|补发|退款到账|放心|联系方式|搜索|链接|款式|尺码|颜色|型号/,
  },
  {
    // The buyer placed near us in a dispute — their IP, location or home close to the shop (您的IP显示在杭州西湖区，挺近的嘛 /
    // 您住的小区离我们店挺近的，差评的事…). Not a delivery promise (您的地址离我们仓库挺近的，明天就能到).
    words: ['挺近', '很近', '不远', '离我们', '离得近', '就在附近', '同城', '隔壁', '几步路', '几公里'],
    severity: 'block',
    message: '点出买家离自己很近并施压，属于恐吓',
    window: 40,
    sentence: [/ip|IP|定位|位置|地址|住|家|小区|(?:你|您)(?:那|在|的)/, new RegExp(`${DISPUTE.source}|仅退款`)],
    notSentence: /发货|快递|包裹|物流|配送|送达|送到|到货|明天|后天|当天|次日|包邮|运费|自提|仓|门店|实体店|专柜|到店|驿站|网点|时效|隔壁店|隔壁家|隔壁那家|同城的店/,
    // (round 13, fa13 and t13b: 隔壁 as a rival seller, not a neighbour — 您说隔壁卖得便宜？, 隔壁直播间同款便宜二十 — places no one; not 店 after it: 离我们店挺近的 is the threat)
    notAfter: /^(?:卖|在卖|也卖|有卖|有的卖|卖的|卖得|直播间|同款|的同款|价格|的价格|价|便宜|更便宜|比我们|比咱们|的货|那边卖|家的|家卖)/,
  },  {
    // The buyer's data said to be kept, with a veiled ultimatum a sentence or two away (系统显示您共有3个收货地址，我们都记下来了，
    // 包括您老家那个。评价的事您懂的 / 你的身份证号和住址我们都存着呢，做人留一线). Not data kept for service (地址已保存，下次不用再填).
    // Round 12: data simply had (你的收件地址、电话我这都有，你自己想清楚).
    // Round 16 (t16): the number kept with a night call hinted (你留的手机号我存了，晚上睡觉记得静音哈), or the buyer said easy to find with
    // the data in the order (想找一个人其实不难，名字电话地址都在订单里).
    words: ['记下来了', '记下了', '都记下', '记下来', '存着', '都存', '保存', '存档', '备份', '存下', '记着呢', '都记着', '记在本', '这都有', '都有', '都在我这', '都在我们这', '一清二楚', '都知道',
      '我存了', '存好了', '都在订单里', '都在订单上', '全在订单里', '订单里都有', '订单上都有'],
    severity: 'block',
    message: '以掌握买家个人信息进行恐吓',
    window: 40,
    sentence: [
      new RegExp(`${HELD_DATA}|老家`),
      // (round 25, t25b: …or the data named by its role in the order, which makes it the buyer's with no 你 — 收货地址我可记着呢 好自为之)
      /你|您|买家|收货|收件|下单(?:时)?(?:留|填)/,
      /留一线|(?:你|您)懂的|懂的吧|懂吧|(?:你|您)懂|大家太平|好自为之|别逼|劝你|劝您|小心|后果|想清楚|三思|掂量|识相|老实点|看着办|别忘了|心里有数|有数吧|半夜|深夜|凌晨|睡觉|静音|别关机|有的是时间|找(?:一个|个)?(?:人|你|您)[^，。]{0,4}(?:不难|很容易|容易得很|简单得很)/,
    ],
    notSentence: [SERVICE, /下次|不用再填|默认|自动填|加密|清关|保密|隐私|仅用于|不会|售后回访|会员|方便|删除|过期|有效期|安全/],
  },  {
    // 有你好果子吃 however the fruit is spelt (有你好果汁吃, 没你好果子吃的, 有你好果吃): the idiom's frame, not its spelling.
    // Not 没你好看 (a compliment).
    words: ['有你好', '没你好', '有您好', '没您好'],
    severity: 'block',
    message: '威胁、恐吓买家',
    after: /^(?:果子|果汁|果纸|果吃|果子吃|guozi|苦头|受)/,
  },
  {
    // The buyer seen in person by our people, beside a dispute (您上周三晚上在小区门口拿快递的样子我们同事看到了，还挺面熟。
    // 希望您能撤销投诉): their looks or figure, our eyes. Not their photos or videos (买家秀里穿的样子我们看到了).
    words: ['看到了', '看见了', '见到了', '碰到了', '遇到了', '认出', '面熟', '眼熟', '看到过', '见过'],
    severity: 'block',
    message: '暗示见过买家本人并施压，属于恐吓',
    before: /(?:我们|我|同事|店员|老板|我们的人|员工|朋友|兄弟)[^，。]{0,3}$|(?:挺|很|有点|真)$/,
    window: 60,
    sentence: [/样子|身影|背影|穿着|穿的|长相|本人|长得|面熟|眼熟|模样/, new RegExp(`${DISPUTE_ACT.source}|撤销|撤了|删了`), /你|您/],
    notSentence: /照片|视频|截图|监控|录像|买家秀|直播|图片|返图|晒|好看|漂亮|谢谢|感谢|效果|上身|尺码|偏大|偏小/,
  },  {
    // The buyer's photo doctored by us, with no dispute word needed (你的自拍我们存了，P成什么样就看你表现了 / 你买家秀里的照片我们
    // P过了，要不要发出来给大家看看): the buyer's image, an editing verb, and showing it or their behaviour as the condition.
    // Not product pictures edited (详情页的图P过，有色差以实物为准) or a custom print (您的照片P成漫画头像做定制款).
    words: ['p成', 'p过', 'p一下', 'p了', 'p好', 'ps成', 'ps过', 'ps一下', 'ps了', '合成', '修一下', '恶搞', 'p图', 'p个图'],
    severity: 'block',
    message: '以篡改、公开买家照片相威胁',
    // (the buyer editing their own photo: 您可以P一下再发)
    notBefore: /(?:你|您)(?:可以|自己|也可以|先|再|想)?$/,
    window: 40,
    sentence: [/(?:你|您)[^]{0,6}(?:照片|自拍|头像|图|脸|视频|买家秀|样子)|(?:照片|自拍|头像|脸)/,
      /发|挂|公开|群|网上|大家|表现|看看|有意思|好玩|出名|传|朋友圈|评论区/],
    notSentence: /修图软件|美颜|滤镜|商品图|详情页|主图|实物|色差|实拍|拍摄|调色|未修|原图|定制|刻字|印|logo|漫画头像|证件照|教程|模板|海报/,
  },
  {
    // Round 14 (t14b), GENERAL: the shop reporting the buyer to an authority or a credit/risk register over a dispute — who: the
    // shop; to whom: customs, credit bureau, police, tax, bank risk, the buyer's employer's discipline office, a blacklist; on what:
    // the buyer (把您, 申报你走私) or with a consequence to them (影响您个人征信, 你的包裹都会被扣, 您的信用卡额度): 多次无理由退货我们会
    // 上报海关和征信系统 / 你坚持退货我们就向海关申报你走私 / 恶意退款我们会提交给征信中心，以后您贷款买房都受影响.
    // Not a customs declaration of the goods (跨境商品我们会如实向海关申报), nor data promised safe (不会上报给任何第三方).
    words: ['报给', '上报', '申报', '举报', '通报', '报送', '提交给', '移交', '列入', '拉进', '录入', '报到', '反映到', '反映给', '挂到', '挂上', '挂在'],
    severity: 'block',
    message: '以向海关、征信、公安等举报买家相要挟，属于恐吓',
    before: /(?:我们|我|本店|咱们|咱|店里|商家)[^，。？]{0,12}$/,
    window: 60,
    sentence: [/海关|征信|税务|公安|派出所|警方|警察|法院|检察|纪委|银行|风控|失信|黑名单|查验名单|工商|市场监管|信用(?:系统|中心|记录)/,
      new RegExp(`${DISPUTE_ACT.source}|仅退款|不删|不撤|不改|再闹|坚持`),
      /(?:把|将)(?:你|您)|(?:报给|上报|申报|举报|通报|报送|提交给|移交|列入|拉进|录入|报到)[^，。？]{0,10}(?:你|您)|(?:你|您)[^，。？]{0,10}(?:征信|信用|包裹|额度|贷款|出行|高铁|被扣|扣下|开箱|查验|收入|走私|逃税|诈骗|单位|工作)/],
    notSentence: /不会|绝不|不得|如实|依法纳税|保密|放心|清关需要|冒充|自称|诈骗电话|谨防|建议您|您可以|可以向/,
  },
  {
    // Round 34 (t34c), GENERAL: the shop telling an authority a story about the buyer over a dispute — not a report filed but words
    // put in the authority's ear (跟海关说这票货是您个人申报的, 告诉税务局您是在倒卖, 向派出所讲是您诈骗), with what falls on the buyer
    // (查到的是您, 征信, 罚款, 案底, 别怨我). Not the shop's own customs talk for the buyer (跟海关说明是退运，不影响您的额度).
    words: ['海关', '征信', '征信中心', '税务', '税务局', '公安', '派出所', '警方', '警察', '缉私', '缉私局', '工商', '市场监管', '市监局', '银行', '发卡行'],
    severity: 'block',
    message: '扬言向海关、征信、公安等诬告买家相要挟，属于恐吓',
    before: /(?:我们|我|本店|咱们|咱|店里|商家)[^，。？]{0,10}(?:跟|向|给|对|找|去|到|告诉|通知|联系)$/,
    after: /^(?:那边|方面|那儿|那里)?(?:说|讲|反映|反应|交代|证明|报|告|举报|指认|咬定|(?:这|那)(?!边|里|儿|头)|你|您|是)/,
    window: 60,
    sentence: [new RegExp(`${DISPUTE_ACT.source}|仅退款|不删|不撤|不改|再闹|坚持|非要|执意|(?:真|硬)要退|要退(?:就|的话)`),
      // (round 34: …or the buyer's card, quota or parcels made trouble, 以后您的信用卡可就难办了, 以后您的包裹都要开箱查)
      /(?:你|您)(?:个人|本人|自己)?(?:是|在|这是|这单是|这笔是)?(?:申报|报关|走私|逃税|偷税|倒卖|代购|诈骗|恶意拒付|拒付|套现|洗钱)|查(?:到|的)?(?:的)?(?:是)?(?:你|您)|征信|黑名单|罚款|罚的是|拘留|坐牢|案底|别怨|别怪|后果|走私|逃税|偷税|追究(?:你|您)|(?:你|您)的?(?:信用卡|额度|卡|包裹|快递|件)[^，。？]{0,6}(?:难办|麻烦|冻结|受影响|开箱|查验|扣|查)/],
    notSentence: /(?:绝|并|也|都|从)不会|不会(?:把|将|向|跟|上报|透露|泄露|影响|开箱|查验|扣|罚|有)|不影响|无关|没关系|如实|依法纳税|冒充|自称|诈骗电话|谨防|建议您|您可以|可以向|放心/,
  },
  {
    // Round 25 (t25b): deleting the review now said to save the buyer trouble (您要是现在删了会更省事 / 差评早点删了大家都省心 / 趁现在撤了投诉，
    // 免得麻烦): the trouble otherwise is left unsaid. Not a cart, an order or an app to delete (删了重新下单更省事).
    words: ['更省事', '省事', '省很多事', '省不少事', '省好多事', '省心', '省得麻烦', '免得麻烦', '少些麻烦', '少点麻烦', '少很多麻烦', '对大家都好', '对您更好', '对你更好', '大家都好'],
    severity: 'block',
    message: '暗示不删评价、不撤投诉会有麻烦，属于威胁',
    before: /(?:删|撤|改)(?:了|掉|除|销)?(?:这条|那条|这个)?(?:差评|评价|投诉|举报|中评|一星)?(?:的话)?(?:会|就|也|还|能|可以)?(?:更|比较|最|都|大家都|对大家)?$/,
    window: 30,
    // (round 31, t31c: …or advised, 建议您自己删掉，大家都省心 — with what the shop holds on the buyer said before it)
    sentence: [/(?:要是|如果|趁|现在|早点|早些|赶紧|最好|尽快|建议|劝)[^]{0,8}(?:删|撤|改)|(?:差评|评价|投诉|举报|中评|一星)[^]{0,8}(?:删|撤|改)/, /你|您|差评|评价|投诉/],
    notSentence: /(?:删|撤|改)(?:了|掉|除)?(?:这个|那个)?(?:订单|地址|购物车|收藏|缓存|app|软件|链接|备注|图片|照片|商品|尺码|颜色)|重新(?:下单|拍|申请|提交|填)|重拍|(?:取消|撤销)(?:订单|退款申请)/,
  },
  {
    // Round 14 (t14b), GENERAL: an A-not-A question about whether the shop can find or knows the buyer (你猜我知不知道你在哪上班？
    // / 您说我们找不找得到您？/ 你以为我不知道你在哪个厂上班？): the question is the menace. Not the buyer's parcel or product
    // (您说我们能不能找到您的包裹？, 您猜我们知不知道这款面霜的产地).
    words: ['知不知道', '找不找得到', '找不找得着', '找不找的到', '查不查得到', '能不能找到', '知道不知道', '找得到找不到', '找没找到', '能不能找着', '找不到'],
    severity: 'block',
    message: '以能找到买家本人暗示威胁，属于恐吓',
    before: /(?:我|我们|咱|咱们|本店)(?:到底|究竟|会)?$/,
    after: /^(?:你|您|你们|你家|您家)(?!的?(?:订单|包裹|快递|单号|单子|物流|需求|问题|意思|尺码|地址有误|货))/,
    sentence: [/(?:你|您)(?:猜|说|觉得|以为|想想|信不信|看)|[？?]|吗$/, /在哪|住哪|哪个|哪儿|家|单位|上班|小区|本人|学校|读书|定位|地址|位置|^[^，。]*(?:你|您)[？?]?$/],
    notSentence: /快递员|快递小哥|驿站|物流|派送|门牌号吗|补充|核对|确认一下|帮您|放心/,
    deniable: false,
  },
  {
    // (the same as ignorance denied: 你以为我不知道你在哪个厂上班？ / 以为匿名评价我们就查不到你是谁？/ 以为换了个昵称我们就认不出你了？)
    words: ['不知道', '查不到', '找不到', '认不出', '认不出来', '查不出', '找不着'],
    severity: 'block',
    message: '以能找到买家本人暗示威胁，属于恐吓',
    before: /(?:以为|当|觉得)[^，。？]{0,12}(?:我|我们|咱|咱们|本店)(?:就|会|真|便)?$/,
    after: /^(?:你|您)(?:[^，。？]{0,8}(?:在哪|住哪|哪个(?:小区|单位|厂|公司|学校|村)|住在|单位|上班|学校|读书|家在|地址|电话|手机号|是谁|本人)|了?[？?]|了?$)/,
    notSentence: /快递员|驿站|物流|派送|补充|核对|着急|急|质量|原因|问题/,
    deniable: false,
  },
  {
    // (and as a double negative: 你孩子在哪个幼儿园我们也不是查不到 / 你家在哪，我们又不是查不到 / 您单位叫什么我们也不是不知道)
    words: ['不是查不到', '不是找不到', '不是不知道', '不是打听不到', '不是问不到', '不是查不出'],
    severity: 'block',
    message: '以能找到买家本人暗示威胁，属于恐吓',
    window: 30,
    sentence: [/(?:你|您)/, /在哪|住哪|哪个|哪里|家|单位|公司|上班|学校|幼儿园|读书|老家|地址|电话|叫什么|是谁/],
    notSentence: /快递员|驿站|物流|派送|包裹|订单|原因|问题|成分|产地/,
    deniable: false,
  },
  {
    // Round 14 (t14b), GENERAL: the fate of a CLASS of disputers offered to be looked up (惡意差評是什麼下場您可以上網搜搜 / 乱投诉的
    // 下场你应该知道吧 / 跟我们对着干的买家都没有好下场): a fate word tied to a dispute act, the buyer addressed. Not a product's
    // result (这款精华是什么成分，您上网搜搜就知道), nor the platform's own ruling explained (恶意差评平台会判定处理).
    words: ['下场', '结局', '好果子', '怎么样了', '啥结果', '什么结果', '怎么收场'],
    severity: 'block',
    message: '以其他买家的下场暗示报复，属于恐吓',
    window: 40,
    sentence: [/差评|一星|1星|中评|投诉|举报|退款|仅退款|退货|维权|曝光|对着干|作对|闹|差评师|职业打假/, /你|您|自己/],
    notSentence: /平台会|平台判定|平台规则|审核|成分|效果|产品|商品|这款|物流|进度|处理结果|审核结果|退款结果|结果会|结果通知|查询/,
  },
  {
    // Round 20 (t20dp): the buyer's home made out in a picture the buyer sent, and said so (差评照片里露出了您家门牌号哦，我们都看清楚了，
    // 您说是吧 / 视频里您家窗外那栋楼我们看得一清二楚). Not a defect made out in a photo (照片我们看清楚了，外箱确实破损).
    words: ['看清楚了', '看清了', '看得清清楚楚', '看得一清二楚', '看得很清楚', '看得真真切切', '都看到了', '都看见了'],
    severity: 'block',
    message: '点明看清了买家照片里的住处，暗示威胁，属于恐吓',
    window: 50,
    sentence: [/照片|截图|监控|视频|图|拍/, /门牌|楼号|单元号|窗外|小区名|(?:你|您)家(?:的)?(?:门口|楼下|小区|窗外|门|楼)|(?:你|您)的(?:脸|长相)/, /我|我们|咱/],
    notSentence: /凭证|丢件|丢失|理赔|核实|派送|如有|如需|以便|用于|审核|证据|质量|破损|瑕疵|划痕|污渍|色差|感谢|谢谢|好看|快递员|签收/,
    deniable: false,
  },
  {
    // Round 20 (t20dp): the "让你以后…" consequence said of a kind of buyer the agent is talking to (恶意退货的人我们都有办法让他在快手上
    // 再也买不了东西, 乱给差评的我们能让他以后哪都下不了单). Not the platform's own policy told (平台会让恶意退货的人买不了东西).
    words: ['让他', '让她', '让他们', '让这种人', '叫他'],
    severity: 'block',
    message: '以“让他以后…”暗指买家相威胁',
    after: /^[^，。！？]{0,16}(?:再也买不|买不到|买不了|买不成|下不了单|别想|混不下去|不得安宁|没好日子|好过不了)/,
    sentence: [/(?:我|我们|咱|本店)[^，。]{0,8}(?:有办法|有的是办法|能|可以|会|就)/, /恶意|乱|故意|差评|投诉|退货|退款|索赔|举报|闹/],
    notSentence: /平台(?:会|将|规定|规则|有权)|不会|冒充|骗子|谨防|便宜|这个价|同款|断货|售罄|抢/,
    deniable: false,
  },
  {
    // Round 14 (t14b), GENERAL: a picture of the buyer's home or face kept by us (你的快递放你门口那张照片我还留着，门牌号拍得清清
    // 楚楚 / 开箱视频里客厅窗外那栋楼我们截图存着呢 / 快递柜那天拍到你的脸了，照片我们留着): the picture, the buyer's home or face in
    // it, our keeping it, no service purpose. Not a proof of delivery kept for a claim (签收照片…作为凭证), nor a photo passed on.
    words: ['留着', '存着', '保存了', '保存着', '存下来', '存下了', '留了一份', '存了一份', '保存了一份', '截图存着', '截图保存', '截下来', '还有一份'],
    severity: 'block',
    message: '以留存买家住处、相貌照片暗示威胁，属于恐吓',
    window: 50,
    sentence: [/照片|截图|监控|视频|图|拍/, /门牌|门口|家门|窗外|小区|楼道|楼下|客厅|阳台|脸|长相|(?:你|您)家/, /我|我们|咱/, /你|您/],
    notSentence: /凭证|丢件|丢失|理赔|作为|核实|转给|派送|如有|如需|以便|方便|用于|审核|售后|存档备查|证据|质量|破损|瑕疵|感谢|谢谢|好看/,
    deniable: false,
  },
  {
    // Round 14 (t14b), GENERAL: a crime pinned on the buyer's dispute with a penalty (您这种恶意仅退款就是诈骗…等着警察上门 / 投诉不撤
    // 那您这就是敲诈，判个一两年 / 恶意索赔是要坐牢的): a dispute act, a crime word, a penalty or police, the buyer addressed. Not a
    // scam warning (有人冒充客服说您涉嫌诈骗), nor the buyer's rights told (不构成诽谤).
    words: ['诈骗', '敲诈', '勒索', '诽谤', '寻衅滋事', '恶意索赔', '碰瓷'],
    severity: 'block',
    message: '以刑事责任恐吓买家，属于恐吓',
    window: 50,
    sentence: CRIME_SENTENCE,
    notSentence: CRIME_NOT,
    deniable: false,
  },
  {
    // Round 15 (t15b): the same with any crime, even a made-up one, or the penal code and its penalty as the anchor (您已构成“虚假评价罪”，
    // 依《刑法》最高可判三年，现在撤回还来得及 / 如您48小时内不撤回差评…届时您将面临刑事拘留).
    words: ['罪', '刑法', '有期徒刑', '刑事拘留', '刑事责任', '坐牢', '判刑', '行政拘留'],
    severity: 'block',
    message: '以刑事责任恐吓买家，属于恐吓',
    window: 50,
    sentence: CRIME_SENTENCE,
    notSentence: CRIME_NOT,
    deniable: false,
  },
  {
    // Round 14 (t14b), GENERAL: an ultimatum whose consequence is left for the buyer to find out (给你三天时间删评，第四天你就知道了 /
    // 今晚十二点前不撤诉，明天你就知道了 / 差评留着吧，下周你就知道厉害了): a dispute demand or deadline, then 你就知道/明白/懂.
    // Not a product's effect (一个疗程您就知道了), nor a refund proving us honest (到了您就知道我们没骗您了).
    words: ['就知道了', '就明白了', '就懂了', '就知道厉害', '自然就懂', '自然就知道', '自然就明白', '就知道后果', '就晓得了'],
    severity: 'block',
    message: '以不言明的后果要挟买家，属于恐吓',
    before: /(?:你|您)(?:自然|到时候|到时)?$|(?:你|您)$/,
    window: 40,
    sentence: new RegExp(`${DISPUTE_ACT.source}|删评|撤诉|不删|不撤|不改|留着吧`),
    notSentence: /效果|疗程|用完|体验|用了|试试|好处|质量|没骗|不骗|到账|查询|物流|进度|规则|流程/,
    deniable: false,
  },  {
    // Round 37 (t37d): a letter or "statement" sent to the buyer's workplace or home unless the buyer answers or yields (您要是还不回复，我们就寄一封
    // 情况说明到您公司，请前台转交 / 再不配合，我们就给您单位发一份函) — the address on the order turned into a lever. Not the goods or an invoice
    // sent there (您不在家的话，我们把发票寄到您公司).
    words: ['一封', '一份', '封信', '情况说明', '说明函', '说明信', '告知函', '通知函', '告知书', '公函', '信函', '书面材料', '书面说明', '材料'],
    severity: 'block',
    message: '以向买家单位、住处寄送材料相要挟，属于恐吓（规则 2.5）',
    window: 40,
    sentence: [/(?:到|去|给|往)(?:您|你)(?:的|们)?(?:公司|单位|学校|家里|家|老家|工作单位|领导|前台|小区)|(?:您|你)(?:的|们)?(?:公司|单位|学校|家里|老家|工作单位)[^，。]{0,4}(?:寄|送|发|递)/,
      /(?:要是|如果|若|再|还|一直|迟迟|仍|仍然|依旧)(?:还|再|一直|仍)?不(?:回复|回|理|接|配合|处理|撤|删|改|联系)|不然|否则|要不然|不回的话|不理的话/],
    notSentence: /发票|合同|感谢信|贺卡|礼品|赠品|小样|样品|说明书|保修卡|质保|退货地址|包裹|快递单|换货|补发/,
    deniable: false,
  },
  {
    // Round 37 (t37d): the refund or the service held until the buyer withdraws a complaint or review (您需要先撤回之前的投诉，系统才会自动打款 / 先把差评
    // 删了，退款才能到账) — pressure over complaints. Not the withdrawal said to change nothing (撤回投诉不影响退款) nor offered as the buyer's choice.
    words: ['投诉', '差评', '评价', '举报', '申诉', '中评', '一星', '维权', '工单'],
    severity: 'block',
    message: '以退款、发货要挟买家先撤回投诉、差评，属于施压（规则 2.5）',
    before: /(?:先|需要|必须|得|要|务必|请|麻烦)[^，。！？]{0,4}(?:撤回|撤销|撤掉|删除|删掉|删了|取消|撤了|关闭|改掉)(?:了|掉)?(?:之前|刚才|您|你|这个|那个|这条|那条)?(?:的)?(?:这个|那个|这条|那条)?$/,
    // (…or the service named first: 先撤掉差评，退款才会打给您)
    after: /^(?:[^。！？]{0,12}?(?:才|然后才|之后才|以后才|后才|再)(?:会|能|可以|给|帮)?[^。！？]{0,8}?(?:打款|退款|到账|退钱|处理|发货|补发|理赔|赔付|放款|返款|赔)|[^。！？]{0,6}?(?:打款|退款|到账|退钱|发货|补发|理赔|赔付|放款|返款|钱|款)(?:才|再)(?:会|能|可以))/,
    notSentence: /不影响|不会影响|照常|都会|由您决定|您自己决定|自愿|不强求|无论/,
    // (the buyer's worry asked back is no demand: 您需要先撤销投诉，退款才能处理吗？不需要)
    asked: true,
    deniable: false,
  },
  {
    // Round 37 (t37d): …the same with 把 before the review (先把差评删了，退款才能到账 / 您得先把投诉撤了，我们再给您发货).
    words: ['投诉', '差评', '评价', '举报', '申诉', '中评', '一星', '工单'],
    severity: 'block',
    message: '以退款、发货要挟买家先撤回投诉、差评，属于施压（规则 2.5）',
    before: /(?:先|需要|必须|得|要|务必|请|麻烦)(?:您|你)?(?:先)?把(?:之前|刚才|您|你|这个|那个|这条|那条)?(?:的)?(?:这个|那个|这条|那条)?$/,
    after: /^(?:给)?(?:撤回|撤销|撤掉|撤了|删除|删掉|删了|取消|改掉|改了|改成好评|改成五星|关了|关闭)(?:了|掉)?(?:[^。！？]{0,12}?(?:才|然后才|之后才|以后才|后才|再)(?:会|能|可以|给|帮)?[^。！？]{0,8}?(?:打款|退款|到账|退钱|处理|发货|补发|理赔|赔付|放款|返款|赔)|[^。！？]{0,6}?(?:打款|退款|到账|退钱|发货|补发|理赔|赔付|放款|返款|钱|款)(?:才|再)(?:会|能|可以))/,
    notSentence: /不影响|不会影响|照常|都会|由您决定|您自己决定|自愿|不强求|无论/,
    // (the buyer's worry asked back is no demand: 您需要先撤销投诉，退款才能处理吗？不需要)
    asked: true,
    deniable: false,
  },
  {
    // Round 37 (t37d): the shop following the buyer's own account and leaving comments under their posts, then asking for the review (已经关注您了，在您几个
    // 作品下面也留了言。麻烦把评价改一下) — reaching the buyer outside the chat over a review. Not the buyer invited to follow the shop.
    words: ['关注您了', '关注你了', '关注了您', '关注了你', '关注您的账号', '关注你的账号', '留了言', '留过言', '评论了', '点了赞', '点赞了', '私信了您', '私信了你', '给您私信', '给你私信'],
    severity: 'block',
    message: '到买家自己的账号、作品下找买家，为评价施压，属于骚扰（规则 2.5）',
    sentence: [/(?:您|你)(?:的)?(?:快手|抖音|小红书|微博)?(?:主页|作品|视频|动态|直播间|账号|朋友圈)|关注(?:了)?(?:您|你)/, /(?:我|我们|咱们|客服)|已经/],
    notSentence: /关注(?:我们|本店|店铺)|(?:您|你)(?:可以|也可以)|欢迎/,
    window: 60,
    deniable: false,
    unless: (ctx, start, end) => !/评价|好评|差评|中评|五星|5星|一星|投诉|追评|评分|删评|改评|撤诉|撤回|撤销/.test(ctx.compact.slice(Math.max(0, start - 80), end + 80)),
  },
  {
    // Round 38 (t38c): the buyer's goods wrecked by us if they press their claim (您敢点仅退款，我就让人把琴原地拆了寄还给您，一块一块的 / 再投诉就把
    // 您寄回的相机砸了再发回去) — the dispute dared or set as a condition, then our side destroying what is theirs. Not an inspection (收到退货后
    // 我们会拆开检查) nor the buyer told to discard a broken item (碎了的杯子您直接扔掉就行).
    words: ['拆了', '砸了', '拆成', '砸烂', '砸碎', '剪碎', '剪烂', '剪了', '劈了', '烧了', '拆散', '拆碎', '大卸八块', '一块一块', '稀巴烂', '拆烂', '摔烂', '摔碎', '掰断'],
    severity: 'block',
    message: '以毁坏买家的商品相威胁，逼买家放弃退款、投诉（规则 2.5）',
    notAfter: /^(?:检查|检测|查看|看看|验|验货|重新|包装|封|回收|清洗|保养|维修|修|装|组装|换)/,
    window: 40,
    sentence: [/(?:您|你)(?:敢|要是|如果|若|再|非要|非得|坚持|执意|硬要)[^。！？]{0,10}?(?:退款|退货|投诉|差评|举报|介入|仲裁|维权|曝光|12315)/, /(?:我|我们|本店|店里)(?:就|会|直接|马上|立马|便)|(?:让|叫|找|派)(?:人|师傅|同事|伙计)/],
    notSentence: /检查|检测|质检|维修|回收|抱歉|对不起|(?:不会|绝不|从不|怎么会)(?:把|去|拆|砸|毁|剪|烧)/,
    deniable: false,
  },
  // ---- Round 39 (t39i) ----
  {
    // Harassment promised back in kind: our calls or messages to wear the buyer down (您一天问了八遍…那我们也一天给您打八遍电话，看谁先受不了;
    // 天天给你打电话，让你也尝尝被烦的滋味). Not a call to confirm or deliver (每天给您打电话确认物流), nor patience offered.
    words: ['看谁先受不了', '看谁受得了', '看谁先崩溃', '看谁先烦', '看谁先扛不住', '让您也尝尝', '让你也尝尝', '让您也体验', '让你也体验', '也给您打', '也给你打', '天天给您打', '天天给你打',
      '每天给您打', '每天给你打', '一天给您打', '一天给你打', '轮流给您打', '轮流给你打', '半夜给您打', '半夜给你打', '不停给您打', '不停给你打', '打爆您的', '打爆你的', '打爆您', '打爆你'],
    severity: 'block',
    message: '扬言反复打电话、发消息骚扰买家，属于骚扰（规则 2.5）',
    window: 40,
    sentence: [/电话|打|消息|短信|发|call/, /(?:也|遍|次|个|天天|每天|一天|轮流|半夜|凌晨|不停|受不了|尝尝|体验|扛不住|崩溃|打爆)/],
    notSentence: /确认|物流|配送|快递|送货|安装|预约|回访|通知您|提醒您|核对|抱歉|不好意思|(?:不会|不再|绝不)[^，。！？]{0,4}(?:打|发|骚扰)/,
    deniable: false,
  },
  {
    // The buyer's own audience told about the dispute (您直播戴的是哪顶我们可都认得出来，评论区说一声，您的粉丝就都知道了): exposure to their
    // followers. Not the buyer thanked before them, nor a review shared with leave (您的粉丝也可以领券).
    words: ['您的粉丝', '你的粉丝', '您粉丝', '你粉丝', '您的观众', '你的观众', '您的关注者', '你的关注者', '评论区说一声', '评论区说一下', '评论区提一句', '评论区留个言', '直播间说一声', '弹幕说一声'],
    severity: 'block',
    message: '扬言把纠纷告诉买家的粉丝、观众，属于骚扰、恐吓（规则 2.5）',
    window: 60,
    sentence: [/(?:就|都|也|全|会)(?:都)?(?:会)?(?:知道|看到|晓得|认得|认出)|说一声|提一句|留个言|认得出|认出来|曝光/, new RegExp(`${DISPUTE.source}|戴过|穿过|用过|剪了|拆了`)],
    notSentence: /领券|福利|抽奖|感谢|谢谢|欢迎|关注我们|优惠|推荐给|分享给|(?:不会|绝不|从不)[^，。！？]{0,6}(?:说|告诉|曝光)/,
    deniable: false,
  },
  {
    // The buyer's place found out by asking around, in a dispute (您是哪个射箭馆的会员，我们问一圈就知道，教练馆主我们都熟): whereabouts as menace.
    // Not the buyer told to ask around themselves (口碑您问一圈就知道), nor our stock asked about.
    words: ['问一圈就知道', '问一圈就', '问一圈', '打听一下就知道', '一打听就知道', '打听打听就知道', '问问就知道', '一问就知道', '一查就知道', '查一圈'],
    severity: 'block',
    message: '暗示能打听到买家在哪、认识买家身边的人，属于恐吓（规则 2.5）',
    notBefore: /(?:您|你|大家|顾客|买家)[^]{0,4}$/,
    window: 80,
    sentence: [/(?:您|你)(?:是|在)?(?:哪个|哪家|哪所|哪里|哪儿|什么)[^，。！？]{0,8}(?:的|会员|上班|上学|工作|住|学员)/, new RegExp(`${DISPUTE.source}|熟|认识|见面|当面`)],
    notSentence: /库存|有货|仓|物流|快递|口碑|评价很好|好评/,
    deniable: false,
  },
  {
    // The device held hostage by remote control over a review (现在您不删差评的话，我们明天就远程锁机; 再投诉就远程停用您的账号): power over
    // what the buyer uses, set against the dispute. Not an anti-theft or parental feature (丢了可以远程锁机).
    words: ['远程锁机', '远程锁定', '远程锁', '锁机', '远程停用', '远程禁用', '远程关闭', '远程断网', '远程关机', '远程删除', '远程清空', '停掉您的', '停掉你的', '停用您的', '停用你的', '封掉您的', '封掉你的'],
    severity: 'block',
    message: '以远程锁定、停用买家设备或账号相要挟，逼买家删差评或撤投诉（规则 2.5）',
    window: 60,
    sentence: [new RegExp(`${DISPUTE_ACT.source}|不删|不撤|不改`), /(?:不删|不撤|不改|再|敢|要是|如果|否则|不然|的话|还不)/, /我们|我|就|明天|马上|立刻|直接/],
    notSentence: /丢失|丢了|被盗|防盗|找回|家长模式|家长控制|家长端|逾期|欠费|(?:不会|绝不|从不|不能|无法)[^，。！？]{0,4}(?:远程|锁|停用)/,
    deniable: false,
  },
  // ---- end round 39 (t39i) ----
  // ---- Round 47 (t47c): menace with no threat word — a caution on the buyer's life beside a dispute, trouble foretold for reviewers,
  // doxxing as the "or else", the review's removal demanded ----
  {
    // Round 47 (t47c): the buyer told to watch out in their own life outside the order (下次爬山您可得多留个心眼, 以后在外面吃海鲜可得多留个心眼)
    // beside their review or complaint: the caution is the menace. Not buying advice (下次网购多留个心眼，认准正规店), evidence kept (多留个心眼
    // 保留好截图), nor a caution with no dispute near.
    words: ['留个心眼', '留心眼', '长个心眼', '长点心眼', '多留心', '多长个心眼', '多个心眼'],
    severity: 'block',
    message: '争议之中提醒买家在生活中“多留个心眼”，属于恐吓（规则 2.5）',
    window: 60,
    sentence: [/差评|中评|投诉|举报|曝光|维权|申诉|介入|12315/, /以后|今后|往后|下次|在外面|出门|外出|路上|爬山|山路|晚上|夜里|一个人/],
    notSentence: /正规|认准|官方渠道|谨防|骗|假冒|假货|辨别|挑选|选购|验货|保留[^，。]{0,4}(?:证据|截图|凭证|记录)|截图|录音|商家|店家|卖家|网购|下单前|购买前|买之前/,
  },
  {
    // Round 47 (t47c): trouble foretold for those who write reviews, as a rule of life (差评写多了的人，往往会遇到一些意想不到的麻烦): the
    // Round 5 foretelling, with 往往/总会 for 以后 and the trouble unnamed. Not logistics or customs news.
    words: ['意想不到的麻烦', '意想不到的事', '意想不到的情况', '想不到的麻烦', '一些麻烦', '各种麻烦', '麻烦找上', '不太平'],
    severity: 'block',
    message: '暗示给差评、投诉的买家会遇到麻烦，属于威胁（规则 2.5）',
    window: 40,
    sentence: [/往往|常常|经常|总会|总是|难免|迟早|一般都|通常|大多|都会/, /差评|中评|投诉|举报|曝光|乱评|恶评/],
    notSentence: /物流|快递|天气|清关|海关|抽检|疫情|祝|好运|避免|以免|为了|建议|如果[^，。]{0,10}(?:有|遇到)问题|联系我们|找我们|随时/,
  },
  {
    // Round 47 (t47c): doxxing as the "or else" of a demand, the buyer unnamed (删评，不然开盒; 撤投诉，否则人肉). The Round 12 entry wants
    // 你/您 in the sentence. Not an unboxing (拆开盒子).
    words: ['开盒', '人肉', '起底'],
    severity: 'block',
    message: '以人肉、开盒（公开买家身份信息）相威胁（规则 2.5）',
    before: /(?:不然|否则|要不然|要不|不删就|不撤就|不改就)(?:的话)?(?:就|我们就|我就|直接|马上)*$/,
    sentence: DISPUTE,
    // (nor a box opened in its own time — 不然开盒后发现缺件: an unboxing)
    notAfter: /^(?:后|时|的时候|前|之前|之后|检查|验货|发现)/,
    notSentence: /盲盒|开盒视频|开箱|拆盒|手办|隐藏款|谨防|防止|不会|代购|带回|盒子|配件|缺件|验货|检查/,
  },
  {
    // Round 47 (t47c): the review's removal demanded of the buyer (但差评您得删了; 差评能不能删只能平台处理，您删了吧): the buyer's own review
    // ordered away — pressure, whatever came before (an apology, the platform named). Not a privacy tip (评价里有手机号，建议您删掉), a rewrite
    // the buyer asked about, a question, or the review left to the buyer (差评不用删, 删不删都行).
    words: ['删了吧', '删掉吧', '得删了', '得删掉', '必须删', '赶紧删', '快删', '给我删', '马上删', '立刻删', '删了它', '撤了吧', '撤掉吧', '得撤了', '得撤掉', '删了啊'],
    severity: 'warn',
    message: '要求买家删除差评或撤销投诉，属于施压骚扰（规则 2.5）',
    before: /(?:您|你)(?:就|还是|最好|赶紧|必须|也)?(?:把(?:这条|那条|这个|那个)?(?:差评|中评|评价|评论|投诉))?$/,
    reach: 12,
    scope: 'clause',
    window: 30,
    sentence: /差评|中评|评价|投诉/,
    notBefore: /(?:不用|不必|别|不要|无需|没必要|可以不|随便|愿意|想|要是|如果|可以)(?:您|你)?$/,
    notSentence: /隐私|手机号|电话|地址|姓名|照片|图片|晒图|重新|重写|重评|写错|不用删|不必删|不删也|删不删|随您|由您|自己决定|不会要求|不要求|不强求|骗|冒充/,
    hypothetical: true,
    asked: true,
  },
  // ---- Round 47 (t47c2): the buyer's home, family or papers said checked or kept by the shop, and a thing left at their door ----
  {
    // Round 47 (t47c2): the buyer's home, family or papers said verified, filed or kept by the shop (核实了您的门牌和家里几口人, 地址已备案·
    // 家人信息已留档, 您的身份证复印件我们会“保管”), beside the review pressed (配合修改评价, 差评必追究, 妥善对待评价). A plain "please review
    // us" does not count, nor papers kept for customs or returned.
    words: ['核实了', '核实过', '核对了', '查清了', '摸清了', '掌握了', '备案', '留档', '存档', '建档', '在案', '保管', '记下了', '记录下来'],
    severity: 'block',
    message: '以掌握买家住址、家人或证件信息施压评价，属于恐吓（规则 2.5）',
    window: 40,
    sentence: [
      /门牌|几口人|家人|家里人|家属|家庭成员|家里|住址|地址|身份证|户口|工作单位|单位/,
      /差评|中评|修改评价|改评价|删评|撤评|对待评价|(?:配合|考虑|想想)[^，。！？]{0,6}评价|评价[^，。！？]{0,4}(?:改|删|撤)|追究|投诉/,
    ],
    notSentence: /清关|海关|实名认证|报关|不会(?:外泄|泄露|泄漏|公开|外传)|不外泄|仅用于|只用于|加密|隐私保护|销毁|退还给您|寄回给您|冒充|骗子|谨防|填写|填错|核对一下|是否正确|修改地址|改地址|地址有误/,
    hypothetical: true,
  },
  {
    // Round 47 (t47c2): a thing the shop left at the buyer's door or car after a review (“道歉礼”已经挂您车门把手上了, 给您在门口放了点东西):
    // the shop at the buyer's home, with the dispute in view. Not a parcel delivered.
    words: ['门把手', '车门', '挡风玻璃', '雨刮', '车窗', '门缝', '门口', '门上', '信箱', '车上'],
    severity: 'block',
    message: '在差评后把东西放到买家家门口或车上，暗示已找上门，属于恐吓（规则 2.5）',
    before: /(?:你|您)(?:家|的|家的|车|的车|家车)?(?:的)?$/,
    reach: 8,
    window: 40,
    sentence: [/挂|放|塞|贴|插|夹|留|搁|摆/, DISPUTE_ACT],
    notSentence: /快递|包裹|驿站|快递柜|派送|配送|签收|物流|外卖|骑手|师傅|送货|上门取|取件|自提|丰巢|菜鸟|安装|维修|如果|注意|防盗|丢失|被偷|找不到/,
    hypothetical: true,
  },
  // ---- Round 47 (t47c2): pressure with no threat word — shame before the family, spam that cannot be stopped, an account's loss foretold,
  // the buyer's photo to be edited and spread, a location traced by IP, an intimate photo asked for ----
  {
    // Round 47 (t47c2): the buyer's return or review to be shamed before their family or neighbours (师傅上门取的时候会当着您全家人的面一项一项
    // “验”…您看要不要再考虑一下): an audience named, not the usual check at the door (师傅会当着您的面验货).
    words: ['的面'],
    severity: 'block',
    message: '以当着买家家人、邻居的面让其难堪来劝阻退货或评价，属于骚扰（规则 2.5）',
    before: /当着(?:您|你)?(?:的|家)?(?:全家人?|一家人|家人|家里人|老公|老婆|爱人|对象|孩子|父母|爸妈|公婆|邻居|同事|领导|朋友|亲戚|街坊|小区的人|楼里的人)(?:们)?$/,
    window: 50,
    sentence: [new RegExp(`${DISPUTE_ACT.source}|退`), /考虑|想想|再想|确定要|还要|要不要|念出来|说出来|一项一项|一样一样|挨个|当众|大声/],
    notSentence: /不会当着|不会让|保护(?:您的)?隐私|私密|包装好|密封/,
    // (a conditional is the threat's own shape here: 您要退的话…当着您家里人的面…)
    hypothetical: false,
  },
  {
    // Round 47 (t47c2): messages the buyer is told they cannot stop (退订回T也没用的，系统会一直推送; 拉黑了也没用，我们换号继续发): contact forced
    // on the buyer. Not unsubscribing explained or a failed unsubscribe fixed (退订无效的话我们帮您手动取消).
    words: ['退订', '拉黑', '屏蔽', '取消订阅', '关掉通知'],
    severity: 'block',
    message: '告诉买家退订、拉黑也无法停止推送，属于骚扰（规则 2.5）',
    after: /^(?:回T|回复T|回t|回复t|我们|我)?(?:了)?(?:也|都)(?:没用|没有用|无效|不管用|不好使|停不了|拦不住|挡不住)/,
    window: 50,
    sentence: /短信|推送|消息|电话|来电|私信|发|打/,
    notSentence: /帮(?:您|你)(?:手动)?(?:取消|关闭|退订|处理)|联系我们|请(?:您)?联系|投诉|12315|骗|诈骗|冒充|垃圾短信(?:不是|并非)/,
    hypothetical: true,
    asked: true,
  },
  {
    // Round 47 (t47c2): the buyer's account foretold lost, with 等着 or a dispute (你号没了，等着吧; 你这号废了，走着瞧): the shop menacing what only the
    // platform could take. Not the buyer's own report echoed (您说号没了), a question, or a hypothesis.
    words: ['号没了', '号就没了', '号要没了', '号废了', '号就废了', '号完了', '号保不住', '号就完了', '号没啦'],
    severity: 'block',
    message: '预告买家账号将被封，属于恐吓（规则 2.5）',
    before: /(?:你|您)(?:的|这个|那个|这|那)?(?:快手)?(?:账)?$/,
    window: 30,
    sentence: new RegExp(`等着|走着瞧|瞧好|看着吧|信不信|保证|肯定|迟早|${DISPUTE_ACT.source}`),
    notBefore: /(?:说|以为|担心|怕)(?:你|您)(?:的|这个|那个|这|那)?(?:快手)?(?:账)?$/,
    notSentence: /申诉|找平台|联系平台|平台客服|如果|要是|的话|担心|别担心|不会/,
    hypothetical: true,
    asked: true,
  },
  {
    // Round 47 (t47c2): the buyer's own photo to be retouched and spread (你买家秀那张自拍挺清楚的，要是P一P再发出去，效果会很炸哦): their face as
    // leverage. Not a retouch offered for the buyer's own use, asked with consent.
    words: ['p一p', 'p一下', 'p个图', 'p图', 'ps一下', 'p几下', '修一修', '改一改'],
    severity: 'block',
    message: '暗示篡改并传播买家的照片，属于恐吓骚扰（规则 2.5）',
    window: 40,
    sentence: [/自拍|买家秀|生活照|(?:你|您)(?:的|那张|这张)?(?:照片|头像|脸)|晒图/, /发出去|发到|传出去|挂出去|扩散|放出去|发网上|发群|效果|火|炸/],
    notSentence: /可以吗|行吗|好吗|同意|授权|允许|经(?:过)?(?:您|你)|征得|商品图|主图|详情页|修图服务|免费修/,
    hypothetical: false,
    asked: true,
  },
  {
    // Round 47 (t47c2): the buyer's location traced from their IP and the speaker placed nearby (呵呵，你IP在杭州西湖区吧，巧了我也在): being found.
    // Not the shop's warehouse or delivery near the buyer (我们仓库也在杭州，次日达).
    words: ['我也在', '我们也在', '我就在', '我们就在', '离你不远', '离您不远', '离你很近', '离您很近', '我也住', '咱们离得'],
    severity: 'block',
    message: '点出买家IP所在地并暗示自己就在附近，属于恐吓（规则 2.5）',
    window: 40,
    sentence: /ip|定位|属地|所在地|位置/i,
    notSentence: /仓|发货|到货|次日达|当日达|包邮|门店|实体店|自提|同城配送|快递|物流/,
    deniable: false,
  },
  {
    // Round 47 (t47c2): a photo of the buyer in intimate wear asked for, under cover of fitting advice (内衣穿上拍张照片发我看看嘛，私照我不外传😏).
    // Not a size asked in numbers, or a photo of the garment itself (把吊牌/标签拍给我).
    words: ['私照', '穿上拍', '穿着拍', '上身照', '穿给我看', '试穿照', '上身拍', '穿上发我', '穿上给我看'],
    severity: 'block',
    message: '以判断尺码为名索要买家穿着贴身衣物的照片，属于骚扰（规则 2.5、2.6）',
    window: 60,
    sentence: [/内衣|文胸|胸罩|内裤|泳衣|泳装|睡衣|丝袜|比基尼|吊带|打底|塑身|私照/, /发我|发给我|给我看|我看看|我瞅瞅|发过来|传给我/],
    notSentence: /吊牌|标签|水洗标|尺码表|量一下|测量|下胸围|上胸围|平铺|模特图|不需要|不用发/,
  },
  {
    // Round 47 (t47c2): the shop finding the buyer's door more easily next time, by a detail of their home it read off a photo (签收照片我这里有，
    // 您家门口那双红拖鞋挺显眼的，下次我们送货就更好认了): being watched. The Round 6 entry spares the courier's way; here the shop is the finder.
    // Not a delivery note asked for (麻烦备注一下门牌，下次更好找).
    words: ['更好认', '好认了', '更好找', '好找了', '一眼就能认出', '认得出来了'],
    severity: 'block',
    message: '借签收照片描述买家家门细节、暗示下次能找上门，属于恐吓（规则 2.5）',
    before: /(?:我们|我|咱们|咱)[^，。！？]{0,8}$/,
    window: 60,
    sentence: [/(?:您|你)(?:家)?(?:的)?(?:门口|家门|楼下|阳台|窗户|窗外|院子|门上)/, /显眼|那双|那个|那辆|那盆|那只|照片|拍的|拍到/],
    notSentence: /备注|门牌|地址|导航|定位|写清楚|写详细|麻烦您|如果/,
  },
  // ---- Round 48 (t48c) ----
  {
    // Round 48 (t48c): the buyer's bad review or name put up where passers-by see it (您的差评我们打印出来贴在仓库门口了，旁边写着您的收货名，来来往往
    // 的快递小哥都看得到): exposure as pressure over a review. The pair: the buyer's review or name, and a public place or audience. Not a shipping
    // label (收货名贴在外箱上), nor a good review shown with thanks.
    words: ['贴在', '贴到', '挂在', '挂到', '张贴', '贴出来', '挂出来', '打印出来', '公示在', '公布在'],
    severity: 'block',
    message: '把买家的差评或姓名公开张贴示众，属于骚扰、施压（规则 2.5）',
    window: 60,
    sentence: [/(?:您|你)(?:的)?[^，。！？]{0,4}?(?:差评|中评|投诉|名字|收货名|姓名|电话|手机号|聊天记录|地址|照片)/, /门口|墙上|店里|店门|公告栏|群里|朋友圈|都看得到|都能看到|都看见|都看得见|来来往往|路过|大家都|所有人/],
    notSentence: /面单|外箱|箱子|包裹|快递单|标签|不会|好评|感谢|谢谢|冒充|如果/,
    deniable: false,
  },
  // ---- Round 49 (t49d) ----
  {
    // Round 49 (t49d): the buyer's nickname, avatar or photo made into a public show of shame over a review (把您的昵称和头像做成“不讲理买家”海报挂在
    // 店铺首页; 您的ID我们置顶在粉丝群里让大家评评理): a pillory. The pair: the buyer's identity, and a shop page, feed or crowd where it is shown.
    // Not a winner list or a buyer show shared with consent (中奖名单公示在直播间，昵称已打码; 经您同意把买家秀放在首页).
    words: ['做成', '印成', '制成', '挂在', '挂到', '放在', '放到', '贴在', '置顶', '公示', '展示在', '曝光', '示众'],
    severity: 'block',
    message: '把买家的昵称、头像、照片公开“示众”，借此施压，属于骚扰（规则 2.5）',
    sentence: [
      /(?:您|你)(?:的)?[^，。！？]{0,4}?(?:昵称|头像|id|账号名|网名|照片|真名|主页|买家名)/,
      /首页|主页|橱窗|海报|公告|置顶|直播间|评论区|粉丝群|大家都|所有人|认识认识|示众|曝光|不讲理|黑名单/,
    ],
    notSentence: /中奖|获奖|恭喜|打码|同意|授权|买家秀|好评|感谢|谢谢|抽奖|如果您愿意|冒充|盗用|不会/,
    window: 40,
    deniable: false,
  },
  // ---- end round 49 (t49d) ----
];

/** The sentence before a sentence-opening 试试 dares the buyer: 敢/有本事 in it, or it asks about a dispute act (差评？). */
const DARE_BEFORE = /(?:敢|有本事|有种)[^。！!？?\n]{0,20}(?:[。！!？?\s]+[^。！!？?\n]{0,8})?$|(?:差评|中评|一星|投诉|举报|退款|退货|12315|曝光|介入)(?:我们|我)?(?:是吧|是吗|啊|呢|了)?[？?][^。！!？?\n]{0,12}$/;
function daredBefore(ctx: LintContext, start: number): boolean {
  const at = ctx.toOriginal(start, start + 1)[0];
  return DARE_BEFORE.test(ctx.text.slice(Math.max(0, at - 30), at));
}

/** Opening and closing quote marks around a scare-quoted word. */
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';

/** The compact range sits in quotes of its own (“问候”, “问候信”), at most a few units inside them. */
function scareQuoted(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  const text = ctx.text;
  let open = -1;
  for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
    if (OPEN_QUOTES.includes(text[i]!)) {
      open = i;
      break;
    }
    if (/[\s，。！？、,.!?]/.test(text[i]!)) return false;
  }
  if (open < 0) return false;
  for (let i = to; i < Math.min(text.length, to + 4); i++) {
    if (CLOSE_QUOTES.includes(text[i]!)) return true;
    if (/[\s，。！？、,.!?]/.test(text[i]!)) return false;
  }
  return false;
}

/** Regex source with every 你 outside a class also accepting 您 and 侬 (inside a class, both are added to it). */
function politeSource(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    // Round 10: Shanghainese 侬 (you) too, in the tests only (no anchor words added): 阿拉认得侬住哪里额，评价删脱.
    // Round 15 (t15b): the formal 阁下 (閣下) as well, outside classes: 阁下住新北那边吧, 閣下如此刁難…望好自為之.
    out += c === '你' ? (inClass ? '你您侬' : '(?:你|您|侬|阁下)') : c;
  }
  return out;
}
const politeRe = (r: RegExp) => (r.source.includes('你') ? new RegExp(politeSource(r.source), r.flags) : r);
const politeAll = <T extends RegExp | readonly RegExp[] | undefined>(r: T): T =>
  (r === undefined ? r : Array.isArray(r) ? (r as readonly RegExp[]).map(politeRe) : politeRe(r as RegExp)) as T;

/** Bare words whose polite form is service talk: 您等着收货吧 (the judged 等着 cue still takes 您等着 in a dispute). */
const POLITE_SERVICE = new Set(['你等着', '你deng着', '你等zhe', '你dengzhe']);

/**
 * Every cue also in the polite form: 后果您懂的, 以后哪家店都不卖您, 公开您的姓名. Threats are as often said with
 * 您 as with 你 and the compact view keeps the two apart.
 */
function polite(cue: Cue): Cue {
  const words = [...new Set(cue.words.flatMap((w) => (w.includes('你') && !POLITE_SERVICE.has(w) ? [w, w.replaceAll('你', '您')] : [w])))];
  return {
    ...cue,
    words,
    before: politeAll(cue.before),
    after: politeAll(cue.after),
    notBefore: politeAll(cue.notBefore),
    notAfter: politeAll(cue.notAfter),
    sentence: politeAll(cue.sentence),
    notSentence: politeAll(cue.notSentence),
    latinSentence: politeAll(cue.latinSentence),
  };
}

/** The threat named as words and disowned: 后果自负这种话我们绝不会说, “你等着”这类话不该对顾客讲. */
const DISOWNED = /^[^]{0,3}(?:这种|这样的|这类|之类的|这些|这句)(?:话|字眼|说法|词)[^]{0,8}(?:不会|绝不|从不|不说|不该|不应该|不能|不可能|没有)/;
function disownable(cue: Cue): Cue {
  const unless = cue.unless;
  return { ...cue, unless: (ctx, start, end) => DISOWNED.test(ctx.after(end, 20, 'hard')) || (unless?.(ctx, start, end) ?? false) };
}

/**
 * Round 35 (t35c): the buyer's own threat told back in the clause it is in — 您说要把我的个人信息挂出去, 您说明天要带人来我们公司讨说法:
 * the buyer says they will do it, to us. Not when the buyer is the object after the report (您说要差评我们就把您的信息挂出去) nor when
 * the shop acts in it (…我们就去…): that is our answer to their words.
 */
const BUYER_THREAT_LEAD =
  /(?:您|你|买家|对方|这位买家|顾客)(?:刚才|刚刚|之前|昨天|上次|一直|还|又)?(?:说|讲|扬言|威胁|声称|放话|留言说|表示|说过|说了)(?:明天|今天|马上|回头|下次|以后|等会儿?|晚上)?(?:要|会|想|准备|打算|就要|还要|也要)([^]{0,20})$/;
const SHOP_ACTS = /您|你|(?:我们|我|本店|咱们|咱|店里)(?:就|会|也|马上|立刻|直接|肯定|一定|只好|只能)+|(?:我们|我|本店|咱们|咱)(?:把|将|去|找|让)/;
function buyerThreatReported(ctx: LintContext, start: number): boolean {
  const m = BUYER_THREAT_LEAD.exec(ctx.before(start, 24, 'soft'));
  return m !== null && !SHOP_ACTS.test(m[1]!);
}
function buyersOwn(cue: Cue): Cue {
  const unless = cue.unless;
  return { ...cue, unless: (ctx, start, end) => buyerThreatReported(ctx, start) || (unless?.(ctx, start, end) ?? false) };
}

/** Weapon emoji (compact drops emoji, so these are found in the original text, once per reply). */
const WEAPON_EMOJI = ['🔪', '🗡', '💣', '🪓'];
/** Kitchen or product talk around a knife emoji. */
const WEAPON_INNOCENT = /刀具|菜刀|厨房|切|水果刀|牛排|刀架|磨刀|锋利|刀刃|剪刀|拆|开箱|烟花/;
/**
 * A weapon emoji beside a review, complaint or refund dispute: 差评🔪🔪🔪 你懂的😊. A threat against the buyer (2.5); illegal-content
 * reports the same emoji as violence (2.7).
 */
function weaponEmoji(ctx: LintContext, rule: RuleModule): void {
  for (const emoji of WEAPON_EMOJI) {
    const at = ctx.text.indexOf(emoji);
    if (at < 0) continue;
    const starts = ctx.norm.compact.start;
    let k = 0;
    while (k < starts.length && starts[k]! < at) k++;
    const around = ctx.before(k, 30, 'hard') + '\u0000' + sentenceOf(ctx, k, k) + (k > 0 ? sentenceOf(ctx, k - 1, k - 1) : '');
    if (!DISPUTE_ANY.test(around) || WEAPON_INNOCENT.test(around)) continue;
    ctx.report(rule, { start: at, end: at + emoji.length, view: 'original', severity: 'block', message: '纠纷中发送刀具等武器表情，属于威胁、恐吓' });
    return;
  }
}

/** Round 15 (t15b): emoji that watch (eyes) and emoji that place (a house, a pin, a map). */
const WATCH_EMOJI = ['👀', '👁'];
const PLACE_EMOJI = ['🏠', '🏡', '📍', '🏘', '🗺', '🚪'];
/** Shop talk around the same emoji: a shipping point, a pick-up, a new arrival, a promotion. */
const EMOJI_INNOCENT = /发货|收货|取件|驿站|仓|上新|新品|上架|欢迎|返现|活动|优惠|好评|居家|详情|链接|看这里|地址[:：]|客服|平台|门店|店铺地址|自提/;
/**
 * Round 15 (t15b), by shape: menace told in emoji alone — an eye that watches and a home or pin that places the buyer (🏠📍👀 差评删了没,
 * 投诉？🏡📍👀) beside a review, complaint or refund dispute, with no shop talk around (📍发货地：保税仓 👀 欢迎评价). Compact drops emoji,
 * so they are found in the original text, once per reply.
 */
function watchEmoji(ctx: LintContext, rule: RuleModule): void {
  let watch = -1;
  for (const e of WATCH_EMOJI) { const at = ctx.text.indexOf(e); if (at >= 0 && (watch < 0 || at < watch)) watch = at; }
  if (watch < 0) return;
  let place = -1;
  for (const e of PLACE_EMOJI) { const at = ctx.text.indexOf(e); if (at >= 0 && Math.abs(at - watch) <= 12 && (place < 0 || at < place)) place = at; }
  if (place < 0) return;
  const at = Math.min(watch, place);
  const starts = ctx.norm.compact.start;
  let k = 0;
  while (k < starts.length && starts[k]! < at) k++;
  const around = ctx.before(k, 30, 'hard') + '\u0000' + sentenceOf(ctx, k, k) + (k > 0 ? sentenceOf(ctx, k - 1, k - 1) : '');
  if (!DISPUTE_ACT.test(around) || EMOJI_INNOCENT.test(around)) return;
  ctx.report(rule, { start: at, end: Math.max(watch, place) + 2, view: 'original', severity: 'block', message: '纠纷中用“👀🏠📍”等表情暗示知道买家住处、在盯着买家，属于恐吓' });
}

const rule = cueRule({
  check: (ctx, rule) => {
    weaponEmoji(ctx, rule);
    watchEmoji(ctx, rule);
  },
  // Words quoted from someone else (您提到收到一封“…起诉您”的邮件, 您提到的“违禁成分”, 您看到的“这家店卖高仿”的评论).
  skipOthersQuoted: true,
  // What happens in a film, a book or a game the reply tells (这部港片讲的是讨债公司泼油漆的故事; detect/mention.ts, round 11).
  skipDepicted: true,
  meta: {
    id: 'threat',
    clause: '2.5',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '威胁、恐吓买家', en: 'Threatening or intimidating the buyer' },
    description: {
      zh: '规则 2.5 禁止恐吓、威胁他人，2.7 禁止发送威胁、暴力内容。“后果自负”“你等着”“我知道你住哪”“把你信息发到网上”“上门找你”以及暴力威胁会被拦截；安全提示（小心烫、不良后果）和快递上门不算。',
      en: 'Rules 2.5/2.7 forbid threats, intimidation and violence. "You\'ll bear the consequences", "just wait", "I know where you live", doxxing and violent threats are blocked; safety advice and courier visits are fine.',
    },
    hint: {
      zh: '删除威胁的话。对差评或投诉有异议，请通过平台申诉，并向买家说明处理方案。',
      en: 'Remove the threat. Dispute reviews or complaints through the platform and tell the buyer how you will resolve the issue.',
    },
  },
  // A cue judged on its words alone needs a dispute too when its anchor is all latin (or else, watch your back).
  // (The leverage cues also skip an owner quoted from someone else: ownerQuoted, round 15; and a colleague's shift, staffShift, round 29.)
  cues: cues
    .map((c) => (c.before === LEVER_OWNER ? { ...c, unless: c.unless ? (ctx: LintContext, s: number, e: number) => c.unless!(ctx, s, e) || leverExempt(ctx, s, e) : leverExempt } : c))
    // Round 40 (t40b): a dispute-gated cue also reads the buyer's act echoed in a short sentence before (LEAD_IN: 非要投诉？行，后果你自己扛着).
    .map((c) => (!c.window && (c.sentence === DISPUTE || c.sentence === DISPUTE_ANY || c.sentence === DISPUTE_ACT) ? { ...c, leadIn: LEAD_IN } : c))
    .map((c) => buyersOwn(disownable(polite(c.sentence || c.before || c.after ? c : { ...c, latinSentence: DISPUTE_ANY })))),
});

/**
 * Round 46 (t46i): a visit to the buyer's home declined (上门擦鞋我们没有这个服务，也不方便去您家; 我们不能去您家帮您装): the agent will not come,
 * so nothing menaces — not when a threat word is in the sentence besides (不方便去您家？那我找人去).
 */
const VISIT_DECLINED_BEFORE = /(?:不方便|不便|不能|不会|没法|没办法|无法|不可以|不好|不用|不需要|不必|没有办法)(?:再|亲自|专门|直接)?$/;
function visitDeclined(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:去|到|上)(?:您|你)家$/.test(ctx.compact.slice(start, end))) return false;
  if (!VISIT_DECLINED_BEFORE.test(ctx.before(start, 6, 'soft'))) return false;
  return !/找人|小心|后果|等着|走着瞧|别怪|收拾|出事|门口等|[？?]/.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'));
}

export default rule;
