import rule from '../../../rules/checks/bank-account';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 45 (t45c): the ask denied with a pretext or a call before it, or the buyer told to hang up
    '我们不会打电话要您的银行卡号和密码。',
    '本店绝不会以返现为名发短信索要您的银行卡号和开户行。',
    '平台和本店都不会以“退款异常”为由打电话要您的银行卡号，接到这种电话直接挂断。',
    '提醒：有人冒称快递理赔要您的卡号和验证码，请直接挂断电话。',
    // round 42 (t42k): the buyer's company account for the invoice on the platform page, a refusal
    '对公账户开票请在订单页申请，我们这边不单独给对公账户。',
    // round 39 (t39r): the platform's rule kept and the buyer warned
    '平台不允许私下交易，只能走平台，请不要把银行卡号发给任何人。',
    '平台不允许私下转账，请勿把开户行和卡号发给别人。',
    // round 38 (t38j): a picture the buyer sent, the buyer's own card, a service's card sent as a picture
    '您发的图片里卡号看不清',
    '您的卡号我截图发您核对一下',
    '充值卡卡号我拍照发你',
    '会员卡号我用图片发您了',
    // round 36 (t36d): a SIM card's ICCID read out (telecom prefix 89, no bank word)
    'SIM卡号是89860012345678901234，这个是卡的编号，不是手机号。',
    '卡托背面的卡号8986 0012 3456 7890 1234是ICCID，不用发给任何人。',
    // round 33 (t33e): a scheme told at length, judged a scam by the next sentence
    "最近有人冒充快手客服给买家打电话，说商品有质量问题可以理赔，然后让您下载会议软件共享屏幕，再提供银行卡号和验证码。\n这些全都是骗局，我们不会通过电话处理任何售后。",
    // round 29 (t29a): the invoice's own fields filled into the platform's invoice form (专票还要填开户行、账号…填在发票申请页面里)
    '开专票需要填开户行和账号，在订单页申请发票里填就行。',
    '企业开票请填写开户行和账号，在订单详情的开票申请里提交。',
    '专票需要填写公司的开户行，都在订单页的发票申请里填好提交。',
    // round 27 (t27a): a device's own code (IMEI, 串号, 设备号) is no card
    '您的手机IMEI是356938035643809，保修查询以这个为准。',
    '这台平板的串号490154203237518，保修期一年，可以在官网查。',
    '设备号 356938035643809 已登记，维修完会寄回给您。',
    // round 24 (t24a): the card named, then the sending refused in its clause
    '收银台里选银行卡支付，绑卡后输入验证码就行，银行卡号和验证码都不用发给我们。',
    '银行卡号不需要告诉我们，退款原路返回。',
    '卡号和密码千万别发给任何人。',
    // round 20 (t20bt): the buyer's question quoted to open the reply and answered with a can't (rebut.ts); answered with a yes
    "“能不能走对公账户付款”——海外直邮的订单没法开专票，也不能对公付款，抱歉啦。",
    // round 19 (t19bs): orders counted right before the number, and a number listed after an order number
    "您这两单 6222 0212 3456 7890 128 和 6222 0212 3456 7890 129 已经合并发货了。",
    "这几单：4367 4200 1234 5678 901、4367 4200 1234 5678 902 都在路上了。",
    // round 14 (fa14b): probes by phenomenon (batch-by/bz, clean-bi; see the comments marked fa14b)
    "您说的意思我明白，想私下交易省点手续费，但我们真的不能这么做。",
    "我理解您想走线下转账省点钱，但平台不允许，还请在页面下单。",
    "跨境商品必须走平台申报，私下付款的订单海关是不认的，货根本发不出来。",
    "站外转账的钱平台不受理售后，出了问题没人能帮您追回。",
    "如果已经把卡号或者验证码给出去了，请尽快联系发卡银行冻结，并且报警。",
    "万一您把银行卡号告诉了对方，请立刻打银行电话挂失止付。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    // round 13 (t13a): the ask restated with the asker named without 有 (买家问, 很多人问) or as 您要我的…, then declined
    "买家问能不能给个银行账号直接汇款，我们统一答复：不可以，请在商品页下单付款",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "银行卡信息请不要发给任何人，退款会原路退回您付款的账户。",
    "请把您的银行卡照片上传到订单页，退款原路退回。",
    // round 10 (t10b)
    '退款已原路退回您尾号1234的银行卡，请注意查收。',
    '您手机尾号8899对吗？我们核对一下收货信息。',
    '付款时可以选尾号3344的银行卡，都在平台收银台完成。',
    '快递单号尾号5566的包裹已经签收了。',
    // round 9 (fa9)
    "请您不要在聊天里发银行卡号和密码，我们不需要这些信息，退款是平台自动处理的。",
    "我们不会在任何地方向您索要银行卡号，退款原路返回。",
    '对公转账的话需要走平台的企业采购，在订单页选择开票就行。',
    // fa-deny: a denial/refusal governing a later item, others' asks warned about, the buyer's question echoed and refused, the system pushing, refusing to speak for the platform.
    '如果有人打电话说要给您“退税”，让您报银行卡号或验证码，请直接挂掉。',
    '如果有人自称快递员，让您提供银行卡号办理理赔，请直接挂断，那是诈骗。',
    '要是有人私信说退款失败，让您报一下银行卡号，您别理他，退款都是原路返回的。',
    '万一有人打电话让您告诉他银行卡号和密码，请直接挂掉并拨打110报警。',
    '如有人冒充店铺客服，叫您发银行卡号过去，千万不要给，直接挂掉就行。',
    '若有人短信通知您补税，要您填写银行卡号，请忽略这条短信。',
    '退款会退到您的银行卡里。',
    '我们这边退款打到您银行卡。',
    '订单号 6228 4800，物流单号 1234 5678 911。',
    '您用农行卡付款的话，满 200 减 30，再叠加 1234 张券。',
    '清关只需要身份证，请提供一下户口本首页也可以。',
    '发一下户口本照片我们帮您办实名。',
    '型号 DE89 3704 0044 是德国版。',
    '您买的Bose QC45已从香港仓发出，顺丰单号SF1638204719352，预计明天送达。',
    '我们在汇丰开的户，收款走平台。',
    '订单号 4001 2345 6789 0123 已经发货。',
    '如果微信支付提示限额，可以换银行卡支付，都是在平台收银台里操作。',
    '退款会原路退回到您付款的银行卡，一般 1-3 个工作日到账。',
    '招商银行信用卡支付满 200 减 20，是平台收银台的活动。',
    '订单编号 6217001234567890122 已经完成退款。',
    '您的订单号是2305121845367201849，已经发出。',
    '会员卡号在店铺会员中心查看。',
    '银行那边入账可能有延迟，请耐心等一下。',
    '平台不会让您提供银行卡号，请不要告诉任何人。',
  ],
  invalid: [
    // round 45 (t45c): the same ask, not denied
    '退款走不了，我打电话要您的银行卡号和开户行，直接打给您。',
    '我们要您的银行卡号和开户行，发我一下。',
    // round 42 (t42k): a corporate account handed over with the money to arrive in it
    { text: '这款大包装页面没上，您要的话我给您个对公账户，款到了单独安排发货。', severity: 'block' },
    { text: '批发量的话我发您一个公司账户，钱到账就给您发货。', severity: 'block' },
    { text: '我给你个对公账户，款到了我们当天安排。', severity: 'block' },
    { text: '大桶装没上架，给您对公账号，到账后直接发。', severity: 'block' },
    // round 39 (t39r): the platform's rule named as the reason to go round it
    { text: '因为平台不允许这种补偿，只能走银行转账，您把开户行、卡号和户名发我，我让财务打过去。', severity: 'block' },
    { text: '平台禁止返现，所以我们就只能走网银，您把卡号和开户行发我。', severity: 'block' },
    // round 38 (t38j): our card or account number sent to the buyer as a picture, the payment left unsaid
    { text: '卡号我用图片发您', severity: 'block' },
    { text: '银行账号我截图发你', severity: 'block' },
    { text: '对公账户我拍照发您', severity: 'block' },
    { text: '卡号我以图片形式发给您，看图就行', severity: 'block' },
    // round 36 (t36d): …but the same shape as an account to pay into
    { text: '收款账号89860012345678901234，户名张三，转这里。', severity: 'block' },
    // round 33 (t33e): a scheme told at length, judged a scam by the next sentence
    { text: "加我微信，把银行卡号发我，我直接退给您。这种都是套路？不是的，您放心。", severity: "block" },
    // round 29 (t29a): the invoice's own fields filled into the platform's invoice form (专票还要填开户行、账号…填在发票申请页面里)
    { text: '开专票的话把开户行和账号发我，我私下给您开。' },
    { text: '专票要填开户行和账号，填好发我微信。' },
    { text: '开发票需要您的开户行和卡号，发给我就行，我们转账退税费。' },
    // round 27 (t27a): a device's own code (IMEI, 串号, 设备号) is no card
    '付款转到这张卡 6222021234567890128，转好截图给我。',
    '定金打到我的卡号 6228480402564890018 就行。',
    '卡号 6228480402564890018，工行的，转好告诉我。',
    // round 24 (t24a): …but a request with a waved worry or wait after it still asks
    { text: '把银行卡号发我，不用担心。', severity: 'block' },
    { text: '银行卡号和户名发我一下，不用等平台了。', severity: 'block' },
    { text: '银行卡号和开户行发我，我给您转退款。', severity: 'block' },
    // round 20 (t20bt): the buyer's question quoted to open the reply and answered with a can't (rebut.ts); answered with a yes
    "“能不能打到对公账户”——可以，对公账户：6222021234567890123",
    // round 19 (t19bs): no order counted right before, the cards listed for payment
    "钱打到 6222 0212 3456 7890 123 和 6222 0212 3456 7890 124 都行。",
    "这单您打款到 6222 0212 3456 7890 123 就行。",
    // round 14 (fa14b): the violations that share the words stay caught
    "想私下交易的话，把银行卡号发我，我给您打折。",
    "把您的银行卡号发我，我们直接退款到卡上。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "买家问能不能给个银行账号直接汇款，可以的，卡号私发给您。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "银行卡号我拍照发您，转好截图回我，今天就能出库。",
    "卡号在图片里，工行的，汇完款告诉我一声。",
    "我发您一张银行卡照片，钱转那里就行。",
    // round 9 (fa9): the violations sharing the words stay caught
    "不用在平台退款了，把银行卡号发我，我直接转您。",
    '退款要走人工，麻烦您把银行卡号发我一下，我给您转过去。',
    '如果有人问起，您就说是朋友转账，银行卡号发我一下。',
    '您报一下银行卡号和开户行，我这边直接打款给您。',
    '亲，把您的银行卡号告诉我，差价我私下退给您。',
    '要退税的话请留个银行卡号给我，我们财务直接转。',
    '这边下单要等审核，你直接把钱打我银行卡，今天就发。',
    '货款转到我的建设银行卡就行。',
    '钱汇进我们这张工行卡。',
    { text: '您直接往农行卡转，卡号我拆开发：6228 4800，后面是 1234 5678 911，户名陈。', severity: 'block' },
    { text: '卡号前八位6228 4800，后十一位1234 5678 911。', severity: 'block' },
    { text: '我们汇丰户口收港币，转账后截图。', severity: 'block' },
    { text: 'HSBC香港户口：808-123456-838，港币转账也可以。', severity: 'block' },
    { text: 'IBAN：DE89 3704 0044 0532 0130 00，德国药房直接收欧元。', severity: 'block' },
    { text: 'GB82 WEST 1234 5698 7654 32 是我们英国公司的账户。', severity: 'block' },
    { text: '六二二五 八八零一 二三四五 六七八九，招商银行，收到就发货。', severity: 'block' },
    { text: '银行卡号：陆贰贰捌 肆捌零零 壹贰叁肆 伍陆柒捌，农行。', severity: 'block' },
    { text: '差价您直接转到我们工行卡 6222 0212 3456 7890 123，户名王某。', severity: 'block', fix: '' },
    '退款走平台太慢了，您把银行卡号和开户行发我，我直接打给您。',
    '建设银行 6217 0012 3456 7890 123 户名李四，转了发截图。',
    '对公账户：招商银行深圳分行 755912345610801，转账后联系我。',
    '货款可以汇到我们公司账户，账号 4367 4200 1234 5678。',
    '银行卡号给我，差价我直接退给您。',
    '麻烦提供一下您的银行账号和开户支行，我们线下退款。',
    '卡号：6228480402564890018，户名张敏。',
    '工行卡号 六二二二 零二一二 三四五六 七八九零 一二三，转账备注订单号。',
    '农行 622848 0012 3456 7890 转账就可以。',
    // round 10 (t10b): an account told by its tail number for a payment
    '定金您先付200到这个账户：工商 尾号4471 李*明，剩下的货到付款。',
    '运费您转到这个卡上：建行 尾号5520 户名陈*',
    '货款先打进我们账户，农行尾号0913，收款人王*华。',
  ],
});
