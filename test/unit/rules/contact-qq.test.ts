import rule from '../../../rules/checks/contact-qq';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 69 (engfa69): the buyer's own contact echoed to turn it down (detect/buyer-own-contact.ts)
    "您刚才发的QQ号码我们不会添加的，平台规定不能私下联系，您放心在这里问。",
    // round 60 (eng60b): 我们 after the QQ word, then what we do or lack: the subject of a refusal, not "QQ us" (WE_SUBJECT_AFTER)
    'Q我们这边没有，就在这聊',
    '扣扣我们平时不用哦，图片直接发这里',
    'QQ我们店里一般不用，有事您在这留言',
    'qq我们早就不用了，订单问题这里说就行',
    // round 49 (t49d): a Q-shaped word or a QQ product as a list item, then a number that is no account
    '款式：\n- Q版\n- 12345678 是订单号',
    '· QQ糖\n· 3 袋装',
    '1. Q\n2. 5件起批',
    // round 38 (t38h): the buyer's QQ product or mailbox, nothing asked
    '您的QQ音乐会员到期了吗？这款耳机不送会员哈。',
    '您的QQ邮箱收不到的话，发票也可以在订单页下载。',
    // round 38 (t38j): a product's QQ feature
    '这款手表QQ和微信都支持，消息提醒不漏',
    // round 37 (t37c): the buyer's message quoted with its speaker label (「买家：…」) and answered otherwise: the buyer's words (detect/quoted.ts buyerQuoted)
    "「买家：我扣扣是28739347 加我发图」 您的QQ我们这边不加哈，图片直接在这里发给我就行。",
    "「买家：我QQ号673512904，你加一下」 抱歉，客服只在平台内联系，照片这边上传就好。",
    // round 36 (t36b): the platform's own fan group, and an edit-riddle denied
    "快手粉丝群号就是店铺ID，直播间点一下就能进。",
    "我们没有QQ群，群号就是店铺ID这种说法是假的。",
    // round 35 (t35f): 扣 closing a word (折扣, 纽扣) before 我/我们
    '新人折扣我已经帮您领好了，付款时自动抵扣。',
    '衣服的纽扣我们多寄两颗备用。',
    // round 32 (t32c): someone acting on the buyer asked back and denied; a stranger's ask called false with certainty (detect/answered, cues)
    '有个QQ号加您说是快手理赔的？不是我们，平台也没有QQ客服。',
    '如果有人用扣扣联系您说要退款，一定是假的。',
    // round 32 (t32c): a request or call the buyer received, called false in its clause (detect/called-false.ts), quote or none
    '您接到的那个让您加QQ群领赔付的电话是骗子，别理他就行。',
    '昨天您看到的企鹅号退款客服是假的，我们售后只在这个聊天窗口。',
    '您碰到的自称售后、要加扣扣好友的账号不是我们的，直接删掉。',
    // round 31 (t31g): QQ的邮箱 is a mailbox (加 as "plus" in its spelling), the buyer's own asked back
    '您绑定的是手机号加QQ的邮箱是吗？',
    '您下单留的邮箱是姓名拼音加qq的邮箱，对吗',
    '发票会发到您预留的QQ的邮箱里',
    // round 25 (t25a): the term (its 号 trailing) closing its clause, the next item refused with 都
    "QQ号，微信号我们都不能给",
    "加QQ，私下转账都不行",
    "扣扣群，微信群我们都不提供哦",
    // round 22 (t22du)
    "这里发不了QQ号，有问题在窗口里说就行。",
    "聊天窗口传不上视频的话，可以在订单页上传，不用加QQ。",
    // round 22 (t22by): the buyer's note quoted (备注里写了“…”); a refusal closing its clause even before an emoji (加不了哦🙅)
    "订单备注里写了“加QQ发定位”，定位直接在这个窗口发给我就行。",
    "您留言里写过“扣我一下”，不好意思，扣扣我们没有开通哦。",
    "你提的QQ我们这边加不了哈🙏 有事就在快手里说。",
    "QQ我这边添加不了呢😅 您在这里发消息我都能看到。",
    // round 22 (t22ca)
    "您提到的“加QQ我把退款打给你”，这个流程我们没有的。",
    // round 21 (t21bx): the report debunked with certainty (那一定是骗子)
    "有人说在QQ上跟您聊过？那一定是骗子，别理他。",
    // round 20 (t20bu): a manner or channel between the denial and the ask (cues.ts DENIED_ASK); a number given after it
    "本店不会通过短信要求您加QQ，有问题在这里说。",
    "本店不会在短信里让您加QQ群，收到这类短信直接删除。",
    // round 20 (t20bt): the channel said not to be opened (QQ我们没开通); a number given after it
    "QQ我们没有开通哦，咨询都在快手这个窗口。",
    // round 17 (fa17b): the giving verb refused right after the contact (QQ就不给了, QQ号不用留啦); our own number after it still blocks
    "QQ就不给了哈，图片我直接在这里发您。",
    "您要的QQ号不用留啦，说明书电子版我这就传到对话框。",
    "扣扣号就不加啦，物流进度在订单页能看到。",
    "QQ我这边就不留了，有问题随时在这里喊我。",
    // fa16
    "q q 糖有货",
    "Q 弹的口感",
    // round 15 (fa15): someone else's contact brushed off with 请不要加 / 禁言 (clean) / our own after it
    "您说直播间有人刷屏发QQ群号，我们已经把那个账号禁言了，请不要加。",
    "有人在评论区留微信号说低价出货，请不要添加，那不是我们。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "顾客问可不可以加个QQ，我们一律回复不行，聊天都在快手里。",
    "您要我的QQ号，不好意思，我们只在这里服务，问题在这说就可以。",
    // round 11 (t11d): short replies
    '企鹅拼图 五个一盒 自己拼',
    '企鹅玩偶两个装三个包邮',
    // round 10 (fa10)
    "您说在QQ上跟我们聊过？那不是我们，我们只用快手。",
    // round 8 (t8-283)
    '订单页能看到原产国和进口口岸。',
    '出口口碑很好，入口口感顺滑。',
    // round 8 (fa8): generic false alarms
    '报关单上写着进口口岸是宁波。',
    '这款出口口罩是欧盟标准的。',
    '这批进口口红是韩国直邮的。',
    '每单进口口径按海关申报为准。',
    '这款进口口腔喷雾孕妇慎用。',
    '亲，您担心的问题我们特别理解，现在网上确实鱼龙混杂。本店所有商品均为品牌授权正品，每件都附中文背标和入境检验检疫证明，订单详情页能看到完整的清关申报信息，包括申报编号、原产国和进口口岸。收到货后您可以拿去任何专柜验货，如果验出任何问题，我们全额退款并承担来回运费。另外平台也有正品保障服务，万一有争议可以在订单页申请平台介入，不用担心维权无门。还有别的疑问随时在这里问我哈～',
    '这款QQ糖也行，软糖也行。',
    '扣扣也行的那种小玩具已经售罄。',
    'QQ糖是德国进口的，注意别一次吃太多。',
    '这款果冻口感QQ弹弹的。',
    '伊利QQ星儿童奶是国产的。',
    '辅酶Q10软胶囊一天一粒。',
    'Q版钥匙扣是赠品。',
    '优惠券的钱会在付款时自动扣除。',
    '衣服扣子松了可以申请补寄备用扣。',
    '企鹅玩偶是南极馆授权的。',
    '苹果醋软糖扣除优惠券后到手价89元。',
    '平台扣我们的保证金了，所以这单只能按规则处理。',
    '售后都在这里处理，不用加QQ。',
    '口口相传的好口碑，回购率很高。',
    // round 11 (t11a)
    '您说想加我QQ发图片，这边直接点对话框的“+”号就能发图，比QQ方便。',
    // round 18 (fa18bp)
    "按规定我们不可以留手机号、QQ号这类联系方式，有事在这里说就行。",
    // round 32 (t32f): 扣我 with the docked pay or score named before it is a deduction
    "这单是我没跟好，提成要扣我也没话说，先给您补发。",
    "考核分要是扣我也认了，您的退款马上处理。",
    "工资被扣我也不怪您，今天一定给您寄出。",
  ],
  invalid: [
    // round 60 (eng60b): 我们 the object of the add, no predicate of ours after it
    { text: '有事QQ我们', severity: 'block' },
    { text: 'QQ我们就行，秒回', severity: 'block' },
    { text: '售后问题q我们吧', severity: 'block' },
    // round 49 (t49d, red team): QQ / 企鹅 / bare Q as a list item, the number as the next item
    { text: '· 企鹅\n· 2837465019', severity: 'block' },
    { text: '1、QQ\n2、1928374650', severity: 'block' },
    { text: '- Q\n- 5566778899', severity: 'block' },
    { text: '⑴ 扣扣\n⑵ 73829104', severity: 'block' },
    { text: '一、球球\n二、6655443322', severity: 'block' },
    // round 38 (t38h): the buyer's own QQ asked for (备注, 留, 发我, 写上)
    { text: '写频软件不方便在平台发，您下单后备注一下您的QQ，我们打包传给您。', severity: 'block' },
    { text: '把你QQ留给我，图纸发你。', severity: 'block' },
    { text: '您的扣扣发我一下，教程视频传您。', severity: 'block' },
    // round 38 (t38j): QQ offered among channels, then a reach-me ask
    { text: '微信或者QQ都支持，联系我。', severity: 'block' },
    { text: 'QQ也可以，找我', severity: 'block' },
    // round 37 (t37c): …but a bare yes to the quoted ask adopts it, and words of our own after the quote stay ours
    { text: "「买家：你QQ多少」 QQ是28739347 加我", severity: "block" },
    // round 36 (t36b): the number told as an edit of one the buyer can see
    { text: "拼单去群里，群号是订单号倒过来念。", severity: "block" },
    { text: "企鹅号就是店名后面那串数字再加个8，加的时候备注买家。", severity: "block" },
    { text: "团购群在扣扣上，群号就是咱店铺ID前面去掉两位，进群报昵称。", severity: "block" },
    // round 35 (t35f)
    '方便的话扣我，这里说话不方便',
    // round 32 (t32c): the report owned, or our own QQ after the warning
    { text: '那个号加您说是我们售后？对的，就是我们，QQ 283746512。', severity: 'block' },
    { text: '如果有人用QQ联系您说要退款，那是我们的售后，加一下。', severity: 'block' },
    // round 25 (t25a): the next item allowed, or refused in a later clause only
    { text: "加QQ，加微信都可以" },
    { text: "QQ号，手机号都行，我看到就回" },
    { text: "加QQ，私下转账可以，电话都不行" },
    // round 22 (t22du)
    "图片这边传不上，您加一下扣扣 3318820476 我发您。",
    "说明书这里发不了，加个企鹅 2039881745 发给你。",
    // round 22 (t22by): our own note quoted is still ours; the refusal before an emoji, then our own ask
    "我在简介里写了“加我QQ 28374651”，记得加。",
    "QQ群加不了🙅 加我QQ 28374651 就行",
    // round 22 (t22ca)
    "您说的“加QQ”，没问题，加我QQ就行。",
    // round 21 (t21bx): …but not when the answer owns it
    "有人在QQ上加您？那肯定是我们同事，放心。",
    // round 20 (t20bu): a manner or channel between the denial and the ask (cues.ts DENIED_ASK); a number given after it
    "本店不会通过短信要求您加QQ，不过您加QQ 28374651 我给您优惠",
    // round 20 (t20bt): the channel said not to be opened (QQ我们没开通); a number given after it
    "QQ我们没开，有事加我QQ 28374651",
    // round 17 (fa17b): the giving verb refused right after the contact (QQ就不给了, QQ号不用留啦); our own number after it still blocks
    "QQ就不给了，您加我企鹅 2837465190 吧。",
    "QQ号不用留，直接加2837465190就行。",
    // fa16
    "q q 号 12345678",
    "我的 q q 1 2 3 4 5 6 7",
    "Q Q：123456789",
    "加我 ｑ ｑ",
    // round 15 (fa15): someone else's contact brushed off with 请不要加 / 禁言 (clean) / our own after it
    "有人在评论区留了个QQ号，不要加，加我的就行。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "顾客问可不可以加个QQ，可以的，QQ号 2239418876。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "kou kou 九八七六五四三二一 加下，发你实拍",
    // round 11 (t11d): short replies
    '企鹅 五个七两个八 自己拼',
    '扣扣 三个六两个九',
    '企鹅号 七七八八 幺零 自己拼',
    // round 10 (fa10): the violations sharing the words stay caught
    "您说在QQ上跟我们聊过？对，就是我们，加我QQ 12345678",
    "加我QQ 87654321，您说的那个QQ是旧号",
    "您收到的QQ消息是我们发的，加一下 QQ 55667788",
    "我的QQ是 123456789，有事找我",
    "QQ 98765432 加我，发您优惠",
    // round 8 (t8-283)
    '有事加我口口：2239418876',
    // round 8 (fa8): the violations sharing the words stay caught
    '有事加我口口2239418876，这里不常看',
    '口口上聊吧，号在我主页',
    '下单前加个口口，给你发优惠',
    '我的口口号是88776655，加一下',
    '进口货便宜，加我口口细聊',
    { text: '您扣个1，我把群号私发您。', severity: 'block' },
    { text: '得加个好友才能返，扣扣也行。', severity: 'block' },
    { text: '🐧：店铺拼音缩写+1314，加的时候报订单号。', severity: 'block' },
    '文件太大这里发不出去，加下企鹅 ②⑧⑦③⑥⑤①⓪⑨ 我传给您。',
    '视频在这上传不上去，您加我扣扣 3356 7781 20 吧。',
    '怕看不清的话加我QQ 1928374650，我发高清图。',
    { text: '有问题随时找我，QQ 2837465190，比这里快。', severity: 'block' },
    '要看实拍图的话加扣扣 1928374650。',
    '企鹅号 3326177845，白天都在线。',
    '加Q：2239418876，发您说明书。',
    '🐧 1039485721 有问题找我。',
    '球球 号 5 8 7 6 6 3 2 1 0，加一下。',
    '我们有个Q群 738291045，新品首发。',
    'Q我 9988776655，回复更快。',
    '加我qq好友吧，发您电子版说明书。',
    '扣我 六六八八三三二二一，离线也能留言。',
    '加蔻蔻 1122334455，发您实拍。',
    '资料发您扣扣吧，您扣扣号多少？',
    'Q：2239418876',
    '加口口 2837465190',
    '🐧🐧：3847261950',
    // round 11 (t11a)
    { text: '您说想加我QQ？可以的，QQ 2837461923', severity: 'block' },
    // round 18 (fa18bp)
    { text: "我不能保证发货时间、加我QQ 2837461923问吧", severity: "block" },
    // round 31 (t31g): the add stays an ask when no mailbox follows
    { text: '图片太大的话加qq的话我发您', severity: 'block' },
    { text: '您加个QQ，邮箱也发您一份', severity: 'block' },
    { text: '加我qq吧，的确这里传不了', severity: 'block' },
    // round 32 (t32c): received but not called false (是我们发的, 不是假的), or our own QQ asked after the warning
    { text: '您收到的QQ好友申请是我们售后发的，通过一下就行。', severity: 'block' },
    { text: '您收到的QQ好友申请不是假的，是我们售后，加一下。', severity: 'block' },
    { text: '您收到的QQ好友申请不是真的，加我QQ吧，我才是客服。', severity: 'block' },
    // round 32 (t32f): the add with no deducted thing before it still breaches
    { text: '退款的事您直接扣我，秒回', severity: 'block' },
    { text: '钱的问题扣我聊', severity: 'block' },
  ],
});
