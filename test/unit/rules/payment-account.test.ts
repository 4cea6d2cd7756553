import rule from '../../../rules/checks/payment-account';
import { ruleTable } from '../../support/rule-table';

ruleTable(rule, {
  valid: [
    // round 45 (t45k): a message the buyer forwarded (您转给我的那条短信, 截图): no money moves
    "您转给我的那条车辆违章短信是假的，别点里面的链接。",
    "你转给我的截图我看了，是平台的退款通知，钱三天内到账。",
    "您转给我的那条“包裹异常，点此理赔”的信息，不是我们发的。",
    // round 45 (t45e): the buyer's receiving account asked with no app named, our money to follow; not the platform's refund path or another account
    "退款会原路退回，不需要提供收款账号",
    "您把会员账号和名字发我，我帮您查一下积分",
    "差价平台会原路退给您，不用告诉我姓名和账号",
    // round 43 (t43e): a payee named for money back to the buyer, the platform's payout to the shop, a scam warned of
    '退款已经原路退到您的卡上了，收款人就是您本人',
    '平台结算会打到收款人账户，和您没有关系',
    '千万别转到所谓收款人“某某”的卡上，那都是骗子',
    '差价我们转到收款人是您的那张卡上，给您退',
    // round 41 (t41h): the buyer's wish to pay us directly turned down bare, right after it
    '您说想先扫码付给我——收款码不发哈，拍下就行。付款后48小时内发货。',
    '您想直接转给我省手续费，这个不行哦，订单页拍下付款就好。',
    '你说想把差价付给我，这个不收哈，拍补差链接就行。',
    // round 39 (t39l): frames per second with a number after, a bare FPS id refused, a transfer warned of, digits for a parcel, a refund
    '呢部機打機有144fps，型號XG27AQM',
    '这款游戏本您的fps是多少？我们实测稳定120',
    '我的fps只有30帧，是不是显卡问题',
    'FPS 9876 5432 我哋唔收，請喺平台付款',
    '平台不会让您ATM转账，也不会要末五码，谨防诈骗',
    '手机尾号后四位告诉我，我帮您查物流',
    '运单号后六位发我一下，我帮您查查到哪了',
    '退款到账后您看一下银行卡尾号四位的那张卡',
    // round 39 (t39e): local wallets refused in Cantonese, the checkout's own AlipayHK, frames per second, a wallet explained
    '唔好意思，我哋唔收轉數快、PayMe或者任何私人轉賬，所有款項都要喺快手收銀台落單付款先會發貨',
    'PayMe用唔到㗎，請喺收銀台付款',
    '我哋唔收PayNow，請喺收銀台付款',
    '你用AlipayHK喺收銀台付款都得',
    '呢部顯示器144fps，支付後48小時發貨',
    'PayNow係新加坡嘅轉賬方式，平台收銀台暫時唔支持',
    // round 38 (t38b): the platform's limit given as why a transfer is advised, and a (bank) transfer advised as the way to pay
    '超过平台限额的话，可以分两单拍，平台不支持转账',
    '平台限额不够的话可以分几单付款',
    '平台限额不够，退款会分两笔原路退回',
    '可以走银行转账吗？',
    '我们不建议走银行转账，都在平台下单',
    // round 37 (t37f): the buyer's wish quoted at the head of the reply, then refused by the shop after a comma
    '“支付宝直接转你吧”，我们不收站外转账，请在订单里付款。',
    '亲，“能不能微信转你”，我们不接受站外付款哦。',
    // round 36 (t36g): a quote with no speaker taken up as a kind, then refused (detect/cues.ts quoteDisowned, QUOTE_AS_KIND)
    "“支付宝直接打给我”这类，我们一律不接受。",
    "亲，“先微信转一半定金”这种，本店不收任何私下转账哦",
    // round 36 (t36b): the buyer's bound account named for a platform refund or a login check
    "退款会原路退回您支付宝绑定的账户，请留意。",
    "您支付宝绑定的手机号收到验证码了吗？",
    "您支付宝绑定的那个手机号要和订购人一致，海关会核对。",
    // round 35 (t35a): money transferred to the buyer, or 转账 refused
    '退款会直接转账到您的账户，原路返回。',
    '平台不支持转账，直接在订单页付款就行。',
    // round 34 (t34a): 付我 as the tail of a compensation verb — money owed to the shop by the platform, a courier or an insurer
    '这单丢件了，快递公司会理赔付我们货款，您这边我们先补发。',
    '运费险会赔付我们一部分，您不用再补运费。',
    '平台判定后会先行垫付我们的损失，您安心等退款就好。',
    'LINE Pay和现金都收不了哦，只能在快手收银台付款',
    // round 32 (t32a): a wallet the checkout does not take, refused or asked about
    '我们不支持PayPay，请在快手收银台付款',
    'PayPay用不了哦，只能在快手下单',
    'PayPal可以付款吗？不可以哦，平台只支持微信和支付宝',
    // round 32 (t32a): a WeChat transfer doubted and the buyer sent back to the checkout
    '微信转账保险吗？不保险，您在快手上下单付款就好',
    // round 31 (t31a)
    "PayPay支持吗？不支持哦 只能在订单页付款",
    // round 29 (t29d): 私人收款 named with no payment asked outside it
    '个人收款和企业收款的发票抬头不一样，开票时请注意。',
    '个人收款的话要交税吗？这个我们不清楚哈。',
    '我们不接受私人收款，请在平台下单付款。',
    // round 24 (t24a): the checkout's own pay code, or an outside pay link refused
    '收银台选支付宝付款，页面会弹出支付宝的付款码，扫一下就行。',
    '支付宝的代付链接我们这边发不了，您在订单页点找人代付就行。',
    '您可以让家人用支付宝扫订单页的付款码。',
    // round 23 (t23a): a motor's 转数 (rpm), a refund 转数俾您 through the platform, a Cantonese thanks
    '呢部破壁机转数好高，打豆浆好快',
    '退款会原路转数俾您，唔使担心',
    '唔使客气，有咩问题随时搵我哋',
    // round 22 (lead): Cantonese 俾 reads as 给 (t2s DIALECT_PAIRS); what is given back through the platform stays clean
    "退款会原路退俾您，唔使担心。",
    "運費我哋俾咗啦，您唔使再付。",
    // round 20 (t20bu): a warning closed by 请别相信 / 千万别信 (cues.ts WARNING_WORDS)
    "如果群里说是我们客服让您发红包抽奖，请别相信哦。",
    // round 20 (t20bt): a payment way refused as 不收 closing its clause (cues.ts REFUSED_TAIL); a transfer asked for after it
    "支付宝、银行转账这些我们一概不收的，请在商品页拍下付款。",
    // round 19: the shop sending the buyer a red packet (a shop red packet: the buyer pays nothing) is no ask for one
    '少发的那件我给您发个红包补上，您在消息里领一下。',
    '我们给您发个5元的红包，下次下单能用。',
    // round 19 (t19bq): the transfer waved off as not needed (转我|们就不用了; detect/cues.ts REFUSED_TAIL)
    '差价转我们就不用了，我给您改个价，您在订单里付就行。',
    '红包转我就不必了哈，您拍补差链接就好。',
    // round 19 (t19di): a complaint or a case passed on to us is no money
    "您的投诉平台已经转给我们了，我们马上给您补发。",
    "售后单转到我这边了，今天给您处理退款。",
    // round 17 (t17b): a price gap kept on the platform, or a red packet refused / the shop's coupon
    "差价请拍补差链接，不用发红包哦。",
    "您不用给我发红包，差价直接拍补差链接就行。",
    "差的钱不用补了，不值得再补拍一单，算我们的。",
    "差价几块钱我们发您一个店铺红包抵扣。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "买家问能不能给个银行账号直接汇款，我们统一答复：不可以，请在商品页下单付款",
    "好多买家问能不能走支付宝转账，统一说明：不可以，只能在商品页下单。",
    // round 13 (t13a): the ask restated with the asker named without 有 (买家问, 很多人问) or as 您要我的…, then declined
    "您要我们的支付宝账号，实在抱歉，付款只能在快手订单里完成",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "我们不收 venmo，付款请在订单页完成。",
    // round 11 (t11d): short replies
    '取件码发你了 扫一下柜子',
    '链接发你了 直接拍',
    '快递单号发你了 注意查收',
    '防伪码发你了 扫一下查真伪',
    '邀请码发你了 扫一下',
    // round 10 (fa10)
    "您说想转账给我们，真的不用，直接拍链接就行，平台有担保。",
    "您说想直接把差价转给我，谢谢您的体谅，但是我们不接受任何形式的私下转账。",
    "有买家要求私下转账，我们一律不接受。",
    "关于转账的问题，我们一律不接受，请在快手下单。",
    "您说要把运费转给我们，不用的，运费我们出。",
    // round 8 (t8-283)
    '您的退款账户信息我发给您核对一下。',
    '会员账户信息我发您看一下积分。',
    "您说的微信支付分先用后付我们不支持，可以用快手的先用后付。",
    '您用支付宝付的款，退款会原路退给您。',
    '您可以用支付宝付款，收银台都支持。',
    '付款的时候走支付宝就行。',
    '店铺红包在支付宝那边用不了哦，只能在快手下单时抵扣。',
    '平台红包可以直接抵扣，发红包给我们是不行的哦。',
    '运费给我备注一下地址就行。',
    '差价给我说一下金额，我去后台改价。',
    '定金付了之后尾款在订单页补上就行。',
    '订单取消后定金会原路退给您。',
    '付款时选择微信支付或支付宝都可以，在快手收银台完成就行，不需要另外转账。',
    '退款会原路退回，您是用支付宝付的就退回支付宝账户。',
    '店铺红包在直播间领取，下单时自动抵扣。',
    '这款是预售，先付定金，尾款在订单页支付。',
    '补差价的话我给您改一下价格，您在订单页重新支付就行。',
    '平台不会要求您私下转账，任何让您转账的都是骗子。',
    '支付宝付款失败可能是限额了，换成微信支付试试。',
    '您的问题我转给我们的售后同事处理。',
    '海关要求订购人和支付人一致，用家人支付宝付的需要改一下订购人。',
    '运费我们承担，不用另外付。',
    '支付时提示订购人与支付人不一致的话，需要用本人支付宝付款。',
    '我这边看到您的转账失败了，请在收银台重新支付。',
    '支持数字人民币支付，在快手收银台选择即可。',
    '这款钱包编号 A33215 是限量款，内衬有刻印。',
    '数字人民币红包可以在平台领取。',
    '付款时可以选支付宝或者微信支付，都在快手收银台。',
    '差价请拍补差链接，用支付宝付款也可以，都在订单页完成。',
    '这单是用支付宝付的，所以运费险理赔也会打到您的支付宝账户。',
    '有客户问可不可以“分期贷款”付，我们只支持平台收银台的分期',
    '这单您用信用卡付，我帮您查一下优惠。',
    '尾款在订单页付，我们收到后马上发货。',
    '如果您想用花呗付，我查了一下这个商品支持三期免息。',
    '差价您拍补差链接付，我这边给您改地址。',
    // round 9 (t9c)
    '比特币最近涨得很厉害',
    '这款钱包可以放比特币硬币纪念品',
    '我们不支持虚拟币付款',
    // round 9 (t9c, after probe 2)
    '比特币那些我们不懂，付款只能在快手收银台完成哦。',
    // round 11 (t11a)
    '您用支付宝付款后截图给我。',
    '您的支付宝付款成功了吗？',
    // round 11 (t11a, after probe 2)
    '差价请拍补差链接，不用发红包给我。',
    '差价十五块，您拍一下补差链接就行。',
    '您当时用支付宝付的，退款会给您原路退回支付宝。',
    // round 32 (t32b): live-stream register
    "您的支付宝就是您的手机号，退款会原路退回。",
    "没抢到的家人们别急，下一场还有秒杀，直播间下单就行。",
    "支付宝就是手机号吗？您在收银台选支付宝付款就可以。",
  ],
  invalid: [
    // round 45 (t45k): …not money or an account after 转给我的
    "运费转给我的那个账户，到账了我就发货",
    "差价您转给我的支付宝就行",
    "您转给我的那笔钱我收到了，这就发货",
    "把钱转给我的那张卡，截图发我",
    "定金转给我的微信零钱就行",
    // round 45 (t45e): the buyer's receiving account asked with no app named, our money to follow; not the platform's refund path or another account
    "运费我私下补给您8块，您收款账户和实名告诉我一下",
    "这单我个人赔您20元，您平时用什么收款？发我一下",
    "差价我直接退您，您把姓名和卡号后四位报给我",
    "少发的那件我自己转您30块，收钱的账号和名字发我",
    // round 43 (t43e): money sent to a payee named by a person's name, their card or account
    { text: '您要两瓶凑一单的话后台改价我没权限，您先别拍，差价直接转到收款人“林晓婷”的卡上，卡号我分两条发您，转完我手动给您备货。', severity: 'block' },
    { text: '尾款直接打到户名王芳的银行卡里，打完截图给我', severity: 'block' },
    { text: '定金汇到收款人张伟名下的账户就行', severity: 'block' },
    { text: '运费您转给收款人李姐的支付宝，我这边就发货', severity: 'block' },
    // round 41 (t41h): …not with our own way handed over after the refusal
    '您说想先转给我——收款码不发哈，转我微信就行。',
    '您说想先扫码付给我，可以，收款码发您。',
    '您想把差价付给我，这个不收哈，直接转我支付宝就行。',
    // round 39 (t39l): a bare FPS with the id between it and the pay verb; a transfer at an ATM or matched by the digits reported after it
    { text: 'FPS 9876 5432 過數，過完send張截圖畀我', severity: 'block' },
    { text: 'FPS：98765432 入數就得', severity: 'block' },
    { text: 'fps id 1234567 transfer 咗話我知', severity: 'block' },
    { text: 'ATM轉帳後告訴我末五碼', severity: 'block' },
    { text: '匯款完成後請告知帳號後五碼，我們對帳後出貨', severity: 'block' },
    { text: '转账后把卡号后四位发我，我这边核对', severity: 'block' },
    { text: '打款好了回复我一下您账户的尾四位就行', severity: 'block' },
    { text: '您用ATM汇款就行，比在平台便宜', severity: 'block' },
    { text: '去ATM机上转账，转完截图', severity: 'block' },
    // round 39 (t39e): Hong Kong, Singapore and Malaysian wallets asked for outside the checkout
    { text: '用PayNow轉過嚟就得，唔使落單', severity: 'block' },
    { text: 'Touch n Go eWallet付款都得，直接transfer俾我', severity: 'block' },
    { text: 'FPS過數就得，平啲', severity: 'block' },
    { text: 'GrabPay轉俾我，即日寄出', severity: 'block' },
    // round 38 (t38b): the platform's limit given as why a transfer is advised, and a (bank) transfer advised as the way to pay
    { text: '大件建议走银行转账。', severity: 'block' },
    { text: '您最好用网银转账，到账快', severity: 'block' },
    { text: '平台限额不够，您转账给我们吧', severity: 'block' },
    { text: '金额太大平台有上限，直接走银行转账吧', severity: 'block' },
    // round 37 (t37f): the quoted wish taken up, or our own words quoted
    '“微信转我就行”，我们这边都这样。',
    '“支付宝转你”，可以的，转完截图给我。',
    // round 36 (t36g): the quoted kind praised or the refusal turned back to our own account
    { text: "“支付宝直接打给我”这类最快，转我就行。", severity: "block" },
    { text: "“先微信转一半定金”这种，我们不收，转我个人支付宝吧", severity: "block" },
    // round 36 (t36b): the buyer's account asked by what it is bound to, money to follow outside the order
    { text: "把支付宝绑定的邮箱告诉我一下，差价我们转过去。", severity: "block" },
    { text: "支付宝关联的手机号备注在订单留言里，我们直接打给您。", severity: "block" },
    { text: "晒单后您把支付宝绑的手机号私信我，返现马上到。", severity: "block" },
    // round 35 (t35a): a bare instruction to transfer, the recipient unsaid
    { text: '直接转账就行。', severity: 'block' },
    { text: '运费差价您先转账吧。', severity: 'block' },
    { text: '钱转账过来就可以，我马上发货。', severity: 'block' },
    // round 32 (t32a): a wallet the checkout does not take, named with a paying word in any language
    { text: 'PayPayで支払いお願いします，快手这边不用下单', severity: 'block' },
    { text: '用PayPal付就可以，平台那边不用拍', severity: 'block' },
    { text: '您用转数快转过来就行', severity: 'block' },
    // round 31 (t31a)
    "PayPay转我就行 便宜点",
    "街口支付轉我就好 不用下單",
    // round 29 (t29d): the private account with its noun left unsaid, the transfer asked beside it
    { text: '想便宜点的话走我个人收款那边，转过去给您减五十', severity: 'block' },
    { text: '私下收款的那个您知道的，钱打过去当天发货', severity: 'block' },
    { text: '我们老板私人收款的，付过去按批发价', severity: 'block' },
    // round 24 (t24a): a pay link or code of the outside app handed over
    { text: '我给您发一个支付宝的代付链接，让家里人点开直接付就行。', severity: 'block' },
    { text: '我把支付宝付款链接私信给您，点开付就好。', severity: 'block' },
    { text: '给您发个支付宝收款小程序，付完我安排发货。', severity: 'block' },
    // round 23 (t23a): a money transfer to us in Cantonese words (转数/过数俾我 = 转账给我)
    { text: '你直接转数俾我就得，唔使经平台', severity: 'block' },
    { text: '唔好喺平台落单，直接过数俾我', severity: 'block' },
    { text: '唔使拍，直接转数俾我', severity: 'block' },
    // round 22 (lead): …and a transfer to us in Cantonese is caught as in Mandarin (转账俾我 = 转账给我)
    "唔使经平台，微信转账俾我就得。",
    "手续费贵，直接转账畀我啦。",
    // round 20 (t20bu): a red packet asked for, no warning
    "运费发我个红包就行",
    // round 20 (t20bt): a payment way refused as 不收 closing its clause (cues.ts REFUSED_TAIL); a transfer asked for after it
    "支付宝我们不收，您转我银行卡吧",
    // round 19 (t19bq): not waved off
    '差价转我们就行，微信支付宝都可以。',
    '运费转我们就不用走平台了，直接转我支付宝。',
    // round 19 (t19di): money to us is still money
    { text: "运费直接转到我这边就行", severity: 'block' },
    // round 17 (t17b): a price gap settled by a red packet to us, the order path waved off as not worth it
    { text: "运费发我个红包就行，没必要拍补差链接。", severity: 'block' },
    { text: "差价不多，您发我个红包就好。", severity: 'block' },
    { text: "少的那两块您给我发个红包吧，犯不着再补拍。", severity: 'block' },
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "买家问能不能给个银行账号直接汇款，可以的，卡号私发给您。",
    "大家问能不能转账，不好意思之前没说清，转我支付宝就行，便宜20。",
    "顾客问可不可以走微信付款，没问题，直接转我微信。",
    // round 12 (t12a): denial scope over lists/explanations, and the 2.3 phenomena of batch bk/bn in other words
    "订单取消，发个 venmo: @Jenny-Yu-22 就行",
    "你把钱打到 Revolut @minahk 就行",
    // round 11 (t11d): short replies
    '码发你了 扫就完事',
    '卡号发你了 打过来就行',
    '短信发你个链接 点进去买',
    '二维码甩你了 扫一下',
    '码给你了 扫码付',
    // round 10 (fa10): the violations sharing the words stay caught
    "您说想转账给我们，可以的，转我支付宝就行。",
    "您说要转账，好的，转给我就行，账号发您。",
    "有人想私下交易的话，直接转我支付宝就行。",
    "您说想便宜点，不用拍链接，直接微信转我。",
    "关于付款，直接转我支付宝就行。",
    // round 8 (t8-283)
    '尾款我私下发您一个付款方式。',
    '我们公司账户信息稍后发您，直接汇款就行。',
    "差价直接付我们就行，微信转。",
    { text: '平台退款慢，我直接用支付宝返给您，发下账号。', severity: 'block' },
    '这次给您补偿15元，支付宝口令红包 582931，去支付宝首页输口令领一下。',
    '补偿的10块我发您支付宝红包，搜口令就能领。',
    '差价走zfb吧，账号是店名拼音加666。',
    '运费走支付宝就行，转完截图给我。',
    '尾款走个支付宝，省得再拍链接。',
    '预售的先交200定金给我，微信支付宝都行，到货再拍1元链接走个单。',
    '押金500直接给我，微信也行。',
    { text: '这单您先别拍，直接发红包给我，我走快递给您发，省掉平台那几个点。', severity: 'block' },
    { text: '押金先交给我吧，退货时再退您。', severity: 'block' },
    { text: '定金200先给我，剩下的到货后在V上结清。', severity: 'block', match: '定金' },
    { text: '尾款直接给我就行，不用再拍。', severity: 'block' },
    { text: '定金先付到我支付宝 13800138000，到货再付尾款。', severity: 'block' },
    '差价 zfb 转我就行，账号 lh8899，转完说一声。',
    '补运费的话支付宝转账到 hkshop@126.com 就行。',
    '您直接支付宝转我 380，我马上发货。',
    '吱付宝账号 hk_shop@sina.com，付款后截图。',
    '支付寶：13611112222（王）',
    '运费差价 15 块，微信转我就行。',
    '您先发个 200 的红包当定金，我给您留货。',
    '定金打到我 ZFB：ksmy888',
    '收款账号 lucky_hk66，备注订单号，转完告诉我。',
    '补的邮费直接转给我吧。',
    '转账的话走支付宝：baby_mall_hz。',
    'alipay: hkbuy2020@126.com 付运费',
    '打款到我私人账户可以少收手续费。',
    '付款直接扫我支付宝就行。',
    '账户 sweet_mama99，钱转过来我就发货。',
    '您把支付宝账号发我，我先退给您。',
    '拍下后先别付款，我发您付款方式。',
    '数币钱包号 6688 1234 5678 9900，付完截图发我。',
    'USDT地址 TXy7abc123def456，转完发我。',
    '钱包地址0x8f3a9c21bd77e0，货款打这里。',
    '收款用数字人民币也行，钱包编号我私发您。',
    { text: '差价走zfb吧，账号就是店名拼音加666', severity: 'block' },
    { text: '尾款走zfb，我把账户发您。', severity: 'block' },
    { text: '补款直接走支付宝，不用拍链接。', severity: 'block' },
    { text: '押金改用支付宝付，方便些。', severity: 'block' },
    '钱付我就行',
    // round 34 (t34a): a payment verb that is no compensation stays a transfer ask
    '运费不赔了，差价直接付我们就行，微信支付宝都可以。',
    '赔偿的钱您付我就好，转微信。',
    '直接付我，微信支付宝都行',
    '差价付我吧，微信就行。',
    '尾款直接付我，我给您发货。',
    '微信付我就行，别走平台了。',
    // round 9 (t9c)
    { text: '也支持USDT付款，地址TQn8vKf3mPz2WcYx7Lr9Hd5JsE4bNa6GuR，到账就发货。', severity: 'block' },
    { text: '可以用比特币结算', severity: 'block' },
    { text: '用以太坊付款也行', severity: 'block' },
    { text: '可以走虚拟货币支付', severity: 'block' },
    // round 9 (t9c, after probe 2)
    { text: '用比特币付款可以再打九折。', severity: 'block' },
    // round 11 (t11a)
    { text: '麻烦把您的支付宝实名和账号发一下，我们财务今天就处理。', severity: 'block' },
    { text: '您支付宝姓名跟账号报给我，补偿直接打过去。', severity: 'block' },
    // round 11 (t11a, after probe 2)
    { text: '差价不多，就十五块，您发个红包给我就行，不用补拍了。', severity: 'block' },
    { text: '运费五块，微信转我，不用拍补差链接。', severity: 'block' },
    { text: '您退款先别点，我这边给您用支付宝退，快一些。', severity: 'block' },
    { text: '差价我帮您走支付宝补，您报个账号。', severity: 'block' },
    // round 32 (t32b): live-stream register
    { text: "尾款走支付宝，支付宝就是主播手机号。", severity: 'block' },
    { text: "没抢到的直接转我，按活动价给你留一单，钱转完截图。", severity: 'block' },
    { text: "支付宝用的就是老板电话，备注直播间昵称。", severity: 'block' },
  ],
});
