import rule from '../../../rules/checks/contact-other-im';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 49 (t49d): the shop's own office tool in a list of steps, no account after it
    '仓库流程：\n· 钉钉打卡\n· 8点前出库',
    '1、飞书文档里记录\n2、20件一箱',
    // round 47 (t47b): "is" after a messenger with no handle, or not ours
    'my Line is broken today, sorry, reply here please',
    'Line is busy at the moment, we answer in this chat',
    'The Line Friends collab is sold out',
    // round 39 (t39l): 傾 spelt in traditional — the chat there refused or not reachable
    'WhatsApp傾唔到呀，喺呢度講就得',
    '我哋冇用Line，唔好喺Line度傾，喺呢度傾就得',
    '您喺WhatsApp同人傾過嘅價，我哋呢度唔認㗎',
    // round 39 (t39e): a handle not found, a print, a refusal — in Cantonese
    '我哋IG搵唔到你嘅帳號，麻煩喺度留言',
    '呢款手機殼有IG同款圖案',
    '有問題可以喺呢度搵我哋，唔好加IG',
    // round 38 (t38j): a device's apps listed, a feature, a payment list — no reach-me ask
    '这款手机WhatsApp和Telegram都支持，双卡双待',
    '这款手表WhatsApp和Line都支持，有问题联系我',
    '手表支持WhatsApp和Line消息提醒，有问题联系我',
    // round 33 (t33a): the shop's own meeting, a product that works with the app, a meeting refused
    '仓库明天开个钉钉会议盘点库存',
    '这款摄像头支持腾讯会议和钉钉，即插即用',
    '不用开腾讯会议，在这里视频就行',
    // round 32 (t32e): a meeting app refused, a lens's zoom, a meeting that is not a chat
    '我们不用腾讯会议，验货视频直接发在这个聊天窗口',
    '这款镜头支持3倍zoom，拍远景很清楚',
    '腾讯会议的会员不是我们卖的哈，我们只卖跨境美妆',
    // round 29 (t29d): the gram / insta as names, and an English act without a handle between verb and messenger
    'the gram of protein per serving is 12，这款蛋白粉每勺含量写在罐子上。',
    'I posted the photos on my insta yesterday, 亲可以在这里看实拍图。',
    '亲，这款 instant 咖啡粉 search 不到的话，在店铺里搜“速溶”就有。',
    // round 24 (t24a): a messenger as a verb only with me as its whole object closing the clause
    '您WhatsApp我们这边没开通，在这里聊就行。',
    '你WhatsApp我是看不到的，请在这里留言。',
    '亲WhatsApp我这边没有装，就在这里聊吧。',
    // round 22 (t22bz): a quantity after 飞机 (carry-on rules), not an account
    '您问的面霜能不能带上飞机：100ml以内可以随身带，超过要托运。',
    '充电宝上飞机：20000mah以内的可以带，放随身行李哦。',
    // round 20 (t20bt): the buyer's 提到 restated and declined (answered.ts BUYER_ASKS; 联系我们 / 订单号发我 are no turn back); our id after it
    "你提到想用Telegram沟通，我们这边不用的哦，有问题在这里留言就行。",
    // fa16
    "我们用 dingtalk 通知仓库",
    "这个line是直线的意思",
    "soul是灵魂",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "Sorry, we can't share WhatsApp or any outside contact, please chat here.",
    // round 41 (t41f): the talk there refused in English (can't chat on / don't talk over / cannot add you on)
    "Sorry, we don't talk over Telegram，平台聊天就好。",
    "We cannot add you on Line，订单问题在这里说。",
    "I can't message you via WhatsApp, 平台规定哦。",
    "您说的facebook主页不是我们的。",
    '丁丁今年三岁了，穿小码正好。',
    '这款包在IG上很火，明星同款。',
    '这款是Line Friends联名款，订单号是 ks2024030188。',
    'Line Friends 联名款的水杯已经卖完了。',
    '纸飞机造型的发夹是赠品，随单发出。',
    '充电宝可以带上飞机，20000mAh 以内。',
    'ins风的杯子很受欢迎。',
    '我们家的小红书同款粉底液也在店里。',
    '钉钉通知我们仓库了，今天下午出库。',
    '这款是 line 系列的第二代。',
    '这款是飞机模型，加一下购物车就可以。',
    '您的包裹已上飞机，正在空运中。',
    '加购飞机抱枕送挂件。',
    // round 9 (t9c)
    '我们不会通过其他聊天软件联系您',
    '这款耳机连聊天软件语音也很清楚',
    '鹅厂出的游戏手柄',
    '用聊天软件发图片会压缩画质，建议在这里直接发',
    '✈️空运直邮，三天到',
    '已经上✈️了，明天到',
    // round 11 (t11a, after probe 2)
    'line的贴纸很可爱，我们有同款周边。',
    // round 41 (t41m): the English act negated
    "Please don't talk to me on Telegram, 我们只在快手沟通",
    'no need to message us on WhatsApp, 这里就能处理',
  ],
  invalid: [
    // round 49 (t49d, red team): the messenger as a list item, the account as the next item
    { text: '· 钉钉\n· garden_tools88', severity: 'block' },
    { text: '1、Telegram\n2、lamp_outlet2024', severity: 'block' },
    { text: '⑴ 飞书\n⑵ wine_club_777', severity: 'block' },
    { text: '一、WhatsApp\n二、85291234567', severity: 'block' },
    // round 47 (t47b): our own account given by English "is" (moved from likely-off-platform)
    'Not on WeChat, but my Line is shop123',
    'our Telegram is amy_88shop, message us there',
    'my WhatsApp id is hk_mall2024, faster reply',
    'Sorry for the wait — my Line is tokyo_kaori7',
    // round 42 (t42a): English prose after the token is no handle: the span is the messenger (or the handle before the prose)
    { text: 'Reach us on WhatsApp for a better price', severity: 'block', match: 'WhatsApp' },
    { text: 'message us on Telegram for the full catalogue 哦', severity: 'block', match: 'Telegram' },
    { text: 'WhatsApp kaori_88 for the photos', severity: 'block', match: 'WhatsApp kaori_88' },
    { text: 'WhatsApp t o m 8 8 加我', severity: 'block', match: 'WhatsApp t o m 8 8' },
    // round 41 (t41m): the agent reached there in other English verbs
    { text: 'If not, talk to me on Telegram 吧', severity: 'block' },
    { text: 'ping me on Line 哈，回得快', severity: 'block' },
    { text: 'speak with us via Skype 吧', severity: 'block' },
    { text: '有问题 reach us on WhatsApp', severity: 'block' },
    // round 41 (t41f): …but a question or a condition before the English act is no refusal
    { text: 'Why not chat on WhatsApp? 方便些', severity: 'block' },
    { text: 'If not, chat on Telegram 吧', severity: 'block' },
    { text: "Can't reach us here? Chat on WhatsApp 就好", severity: 'block' },
    // round 39 (t39l): …傾 in traditional script (WhatsApp度傾, Line上傾, Telegram嗰度傾)
    { text: '有咩問題Line度傾，快啲', severity: 'block' },
    { text: '想睇實物相嘅話WhatsApp度傾啦', severity: 'block' },
    { text: '批發價Telegram嗰度傾，呢度唔方便講', severity: 'block' },
    { text: '想要其他尺寸可以IG上傾', severity: 'block' },
    // round 39 (t39e): the messenger with a Cantonese or chat-English call to reach us there
    { text: '想一次過買成箱，可以IG搵我哋 @tokyopantry.hk', severity: 'block' },
    { text: '團購價喺IG上揾我就有', severity: 'block' },
    { text: 'FB inbox我就得，平過平台', severity: 'block' },
    { text: 'IG pm我啦，有折', severity: 'block' },
    // round 38 (t38j): the apps offered, alone or listed, then a reach-me ask
    { text: 'WeChat或者Telegram都支持，联系我。', severity: 'block' },
    { text: 'WhatsApp、Line都可以，找我就行', severity: 'block' },
    { text: 'Line和WhatsApp都能用，私聊我', severity: 'block' },
    // round 33 (t33a): a meeting app opened for the buyer, or the buyer told to enter it, with no meeting number
    '我建个钉钉会议带您看实物',
    '明早约个zoom会议跟你过一下细节',
    '飞书会议您到时候直接进来就行，我在里面等',
    // round 32 (t32e): a meeting app as a private video line, with its meeting number
    { text: '下午三点开个zoom会议，会议ID 8812 3341 20，我给您视频验货', severity: 'block' },
    { text: '您搜一下会议号幺二三四五六七八九，我在里面等您', severity: 'block' },
    { text: '您进一下钉钉会议，号码是 552 019 873，我给您看实物', severity: 'block' },
    // round 24 (t24a): the messenger used as a verb (你WhatsApp我啦)
    { text: '您tg我一下就行，发您实拍。', severity: 'block' },
    { text: '直接line我，我发你图。', severity: 'block' },
    { text: '您可以kakao我 12345678', severity: 'block' },
    '飞机：abc_1688 私聊我',
    // round 20 (t20bt): the buyer's 提到 restated and declined (answered.ts BUYER_ASKS; 联系我们 / 订单号发我 are no turn back); our id after it
    "你提到想用Telegram沟通，这边不用的，联系我Telegram：kk_2024",
    // fa16
    "加我 d i n g d i n g",
    "加我feishu",
    "我的tg是abc123",
    "我的 ins 是 abc_123",
    "加我 t e l e g r a m",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "Follow our FB page 'Bangkok Beauty Mall' for flash sale, 这里不一定有",
    "Like our page on FB, 下单走messenger更便宜",
    "亲，我们的facebook主页‘Kiwi Health NZ’有更多优惠，去那边私信我。",
    "亲，我们IG上更便宜：@tokyo.beauty.select ，直接DM我",
    { text: '在丁丁上找我也行，名字同店名。', severity: 'block' },
    { text: 'DM me on Instagram, same name 亲', severity: 'block' },
    // round 29 (t29d): the handle between the English verb and the messenger (search “x_y” on the gram)
    { text: '链接下架了，search “lily_cosme” on the gram，私我就行。', severity: 'block' },
    { text: '亲 add kiko.tokyo88 on Line for restock news', severity: 'block' },
    { text: '补货了告诉您：follow @hk.mama.shop on insta 哈', severity: 'block' },
    { text: 'you can DM me on IG, same name as our shop', severity: 'block' },
    { text: '小飞机上搜 @hk_amy88 就能找到我。', severity: 'block' },
    { text: '我人在日本，国内聊天软件不太方便，您有Line吗？ID 是 tokyo_kaori，拍照给您看。', severity: 'block' },
    { text: '用telegram吗？账号 hk_beauty88。', severity: 'block' },
    { text: '加我 Telegram：@hkdeals88', severity: 'block' },
    '飞机号 hkbuyer2023，纸飞机上聊。',
    'WhatsApp +852 9123 4567 有问题联系',
    'Line ID: jpshop_tokyo，日本的货都能找我。',
    '钉钉搜 13988776655 加我。',
    '加我 KakaoTalk：kbeauty_seoul',
    '小红书号 9348271，关注后私信我拿折扣。',
    '抖音号 hkmy888，直播间下单有赠品。',
    '飞书联系我更方便。',
    '加我skype：live:hkbuyer',
    'TG：@jp_cosme，新品都在频道里。',
    '加我line：tokyo_mall88',
    { text: '加一下我的飞机，账号和店名一样。', severity: 'block' },
    { text: '搜一下我飞机，名字就是店名。', severity: 'block' },
    { text: '关注我们飞机，每天有福利。', severity: 'block' },
    // round 9 (t9c)
    { text: '这边系统老卡，您可以去✈️上找我 @hk_tina_mall，秒回。', severity: 'block' },
    { text: '鹅厂那个聊天软件搜 二八六五 五一九 零七三，备注订单号。', severity: 'block' },
    { text: '🛩上搜 @ozmall_hk', severity: 'block' },
    { text: '在那个社交软件上加我 vivi_2288', severity: 'block' },
    // round 11 (t11a, after probe 2)
    { text: 'line的id是 osaka_mama，日本现场直播都在那边。', severity: 'block' },
    { text: 'telegram的账号是 hk_amei88', severity: 'block' },
    { text: 'skype的id为 amei_shop', severity: 'block' },
  ],
});
