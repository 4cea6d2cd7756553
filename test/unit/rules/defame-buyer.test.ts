import defameBuyer from '../../../rules/checks/defame-buyer';
import { ruleTable } from '../../support/rule-table';

ruleTable(defameBuyer, {
  valid: [
    // round 68 (eng27-68): the buyer as a crime's victim, a scam call named, the buyer as the victim of fraud
    "您这是遇到诈骗了，请马上报警。",
    "你这是诈骗电话吧，千万别理。",
    "您这是诈骗的受害者，平台会帮您处理。",
    // round 66 (engfa66): a fraud word ending its clause before 退款 (诈骗，退款…): no 骗退款
    "任何让您下载其他APP才能退款的都是诈骗，退款只在平台内处理。",
    "这种短信是电信诈骗，退款只会原路退回您的账户。",
    // round 51 (t51): the accusation aimed at the shop as its target
    "以防运输途中被人碰瓷，我们都拍了出库视频，您放心",
    // round 38 (t38i): the buyer's 骗子 set as the heading and answered by naming their worry
    '“你们就是骗子”……您是担心收到假货吧，每件都附检测证书。',
    '“一帮骗子”——我们理解您的着急，物流卡在海关了，单号发您了。',
    // round 38 (t38d): the buyer's labelled question about the shop adopted by a bare yes: the shop called so, not the buyer
    '「买家：你们是不是骗子」 是的',
    '「买家：你们是骗子吧」 对',
    '「买家：商家是不是老赖」 是的',
    // round 35 (t35f): the buyer warned off a third party, then that party judged a scam
    '千万别信那些说能帮您解封的人，全是骗钱的。',
    '不要扫陌生人发的码，那都是骗钱的。',
    // round 30 (t30b): our own team, a warning, a garment's waste
    '我们有专业退货团队，您放心',
    '谨防职业打假的',
    '这件衣服不穿真可惜了',
    '您这么用心挑礼物，真是有心了',
    // round 29 (t29a): the buyer fearing or suffering the swap (担心被掉包), no agent but 被
    '您怕东西被掉包的话，收货时可以开箱验货。',
    '您担心收到的东西被调包，可以录个开箱视频，有问题我们负责。',
    '您害怕会被掉包，我们可以视频验货再发。',
    // round 20: the buyer's message as the reply's heading after 亲～ (detect/quoted.ts REPLY_HEAD)
    "亲～“你们是不是骗子”——这个担心很正常，营业执照在店铺首页。",
    // round 20: the buyer's words in an IME's full-width quote marks
    "您说的＂你们都是骗子＂我们理解，包裹明天到。",
    // round 20: the buyer's words quoted in traditional characters (您講“…”) are still theirs (LintContext.text reads simplified)
    "您講“你們這群騙子”，我們理解您著急，包裹還在海關。",
    // round 19 (t19bq): the act as the object of a rule, its manner named; suffered from someone unnamed or guarded against; 以讹传讹
    '平台对恶意勒索商家的行为有专门的处罚规则，您正常申请售后就好。',
    '店里对故意碰瓷的情况也有记录，不过您这单我们直接给您退。',
    '发货全程录像，防止运输中被人碰瓷，您也更放心。',
    '寄件前我们会拍开箱视频，就是为了避免被人讹诈，也方便您核对。',
    '以讹传讹的说法您别信，以订单页的物流为准。',
    // round 15 (fa15): the verdict on a party pointed at with 那个/这位 who acted on the buyer (clean) / the buyer labelled
    "您说的那个“官方客服”让您加QQ，那肯定是骗子，平台客服不会让人加QQ。",
    "那个自称快递理赔的人让您先交保证金，那绝对是骗子，别转账。",
    "这位“客服经理”叫您下载会议软件，明显是骗子，请直接拉黑。",
    // round 13 (fa13b): clean probes by phenomenon (see the rule comments marked fa13b)
    "您说有人让您扫二维码退款，那肯定是骗子，退款只在订单页点“申请退款”。",
    "有人叫您先付押金才能退款？那绝对是骗子，我们从不这样。",
    "如果有人打电话给您说快递丢了要理赔，那一看就是骗子。",
    "对方要求您下载会议软件共享屏幕，这明显是骗子的套路之外还会转走钱，那肯定是骗子。",
    "陌生人加您说是店铺客服，还要验证码，那肯定是骗子。",
    // round 13 (fa13): clean lines by phenomenon (detect/answered.ts, cues.ts, rebut.ts, quoted.ts, straddle.ts; see the rule header)
    "您刚才发的“你们就是一群骗子”我们已截图，按平台规定提交平台客服处理，后续沟通请保持文明，谢谢。",
    "买家发来“你们这些骗子等着被投诉吧”，我们已截图交给平台处理。",
    "有人以“帮店铺刷单返佣金”为名找您的话，一定是骗子，我们店从来不找买家刷单。",
    "有人打着“海关补税”的旗号联系您的话，肯定是骗子，您放心，清关税费都在订单里。",
    // round 13 (t13b)
    "您刚才发的“你们就是一群骗子”我们已截图，按平台规定提交平台客服处理。",
    "有人以“帮店铺刷单返佣金”为名找您的话，一定是骗子，我们店从来不找买家刷单。",
    // round 11 (t11b)
    "有人让你加v退款 是骗子 别信",
    "有人加你说退款，那是骗子，别理",
    // round 11 (t11b)
    "您说的欺诈记录是指哪一笔？我们帮您查",
    // round 11 (t11b)
    "小样送您，白拿不要钱",
    // round 11 (t11b)
    "您家附近小偷多，快递记得及时取",
    "快递被小偷偷了，我们给您补发",
    "最近冒充客服的骗子很多，这套话术大家小心",
    // round 11 (t11b)
    "您这边恶意差评的话，我们会通过平台的申诉通道提交证据，其他的我们不会做什么",
    // round 11 (fa11): a report told and debunked, abuse reported unquoted, a quoted message disowned
    "对方骂您是骗子，这个我们会向平台反映。",
    '寄回的商品已经使用过了，不符合无理由退货的条件，真的抱歉。',
    '关于您说的恶意差评，我们不会骚扰您，只是想了解一下问题出在哪。',
    // round 7 (fa7): generic false alarms
    '亲，仓库反馈寄回的商品已经使用过了，不符合无理由退货的条件，所以这边没法全额退款。',
    // round 7 (fa7): generic false alarms
    '关于您说的恶意差评，我们不会骚扰您，也不会反复打电话，只是想了解一下问题出在哪。',
    '针对您提到的恶意退款，我们核实过了，是系统误判，已经恢复。',
    '平台会对恶意差评进行核实，您如实评价就好',
    '针对恶意退款，平台有专门的处理规则，正常退货不受影响',
    '“你们是不是骗子”——不是的亲，我们是快手认证的跨境店铺。',
    '有些买家会问是不是骗子，我们是快手认证店铺，资质可查。',
    '“你们是骗子吧？”——当然不是，报关单都能查。',
    '“你们是不是骗子”——这个担心很正常，跨境买东西谁都会犹豫。',
    '“你们家是不是卖假货的骗子”——这样的疑问我们经常收到，所有商品都能在平台申请鉴定。',
    '“骗子店”——这是您昨天留言里的原话，我们很抱歉让您有这样的感受。',
    '这个是故意做旧的设计，不是质量问题。',
    '别装了太多东西，箱子会压坏。',
    '这一招是我们仓库的打包方法，减少破损。',
    '网上的说法是以讹传讹，这款不含酒精。',
    '如果您不方便说理由，退货原因选“其他”就行。',
    '这种情况我们见得多了，一般是物流压坏的，给您补发。',
    '这个价格是真实的，不是套路，您可以放心。',
    '吊牌剪了、穿过了再退是不支持的，请您收到后先试穿。',
    '最近有骗子冒充我们客服要求退款转账，请一定不要相信。',
    '我们不是骗子，每一单都有海关报关单可以查。',
    '职业打假人的投诉我们也会按流程认真处理。',
    '提醒您谨防骗子，平台不会要求您私下转账。',
    '如遇敲诈勒索请及时报警，也可以联系平台客服。',
    '如果您是职业打假人，我们也欢迎监督。',
    '碰到磕碰的情况请拍照，我们给您补发。',
    '您遇到骗子了吗？可以把聊天记录截图给平台。',
    '一看就是骗子发的短信，请勿点击链接。',
    '我们不会说您是老赖，只是按流程核实。',
    '您那句“你们是不是骗子”我听着挺难受的，但我理解。',
    '您说“你们这群骗子”，我们能理解您的着急。',
    '这本书叫“别做职业打假人”。',
    '防范老赖，平台有信用分机制。',
    '这只小猫装可怜的样子太可爱了。',
    '罐装奶粉和袋装的配方一样。',
    '遇到碰瓷的快递员可以直接拒收。',
    '快递途中被调包的话，我们负责补发。',
    '如果是您自己摔坏的，我们也可以付费维修。',
    '我们从不怀疑您，同行派来的说法是误会。',
    '我们不会骗您，物流信息都能查。',
    // round 9 (t9c)
    '最近有骗子冒充我们客服，这个人是骗子，大家小心',
    '提醒您谨防骗子，这位自称快手客服的人不是我们',
    '这位顾客不是骗子，是物流的问题。',
    '该用户反映有人冒充客服骗钱，请大家警惕。',
    '该买家的订单已经退款完成。',
    '这位客服同事是新来的，不熟悉业务。',
    // round 9 (t9c, false alarms)
    '有买家反馈说有人冒充快手客服骗钱，请您注意，我们只在这个对话框里和您沟通。',
    // round 10 (t10e, false alarms)
    '温馨提示，恶意差评平台会核实后删除，我们只是告知规则。',
    '根据平台规定，恶意退款将被记入账户信用，这条对所有买家都一样。',
    '亲，碰瓷行为一经查实会被平台处罚，这是平台的公告内容，和您无关。',
    '跟您说明一下，恶意退款会影响账号的信用分，这是平台统一的规定。',
    '提醒您，故意差评会被平台判定为无效评价，正常评价不受影响。',
    '提醒您，恶意退款会被平台记录，我们只是说明规则。',
    // round 18 (fa18bp)
    "提醒下，骗子一般会说“您的快递丢了要理赔”，让您点链接，千万别点。",
    "碰瓷这种行为本店一律不接受，正常售后我们都会处理。",
    // round 32 (t32b): live-stream register
    "说自己是店长来加你的都是骗子，请直接举报。",
    "私信找你的都是骗子，别理他们。",
    "称自己是主播本人的小号来加您的人，一律是骗子。",
  ],
  invalid: [
    // round 68 (eng27-68): the buyer's act called a crime by a copula aimed at them
    "你这就是诈骗，收了货还说没收到。",
    "您这是在骗保，我们会向平台举报。",
    "你这是盗窃行为。",
    // round 66 (engfa66): …but 骗退款 said of the buyer, with or without a comma
    "你就是想骗退款",
    "您这是想骗，退款没门",
    // round 51 (t51): the accusation aimed at the shop as its target
    "讹钱讹到我们头上了",
    "碰瓷找到我们店里来了？当我们是软柿子",
    // round 38 (t38i): the quote answered by turning the word on the buyer
    '“你们这帮骗子”……您就是个骗子，还好意思说我们。',
    // round 38 (t38d): …but not when the buyer speaks of themselves in it
    '「买家：你们是不是把我当骗子」 是的',
    '「买家：我是不是羊毛党」 是的',
    // round 35 (t35f): the buyer judged, after a 别 that warns off nothing
    '别装了，你就是来骗钱的。',
    '别找借口了，就是想骗钱',
    { text: '您这种专业挑刺的，我们见多了。', severity: 'block' },
    // round 30 (t30b): the buyer's trade guessed; a fault-finding trade wished on them as wasted talent
    { text: '专业退货的吧？', severity: 'warn' },
    { text: '您是专业差评的吧', severity: 'warn' },
    { text: '您这么能挑，不去当质检员真是屈才', severity: 'warn' },
    { text: '您这眼力不去搞鉴定可惜了', severity: 'warn' },
    // round 29 (t29a): the buyer fearing or suffering the swap (担心被掉包), no agent but 被
    { text: '明明是你自己掉包了再寄回来的。', severity: 'block' },
    { text: '您收到货调包了再寄回来，当我们傻？', severity: 'block' },
    { text: '你把东西掉包了还想退款？', severity: 'block' },
    // round 20: …and the agent's own words in traditional characters still block
    "您就是個騙子，別再來了。",
    // round 19 (t19bq): still accused
    '您这就是对商家恶意勒索，别以为我们不知道。',
    '你被人碰瓷了？别想拿这套来讹我们。',
    // round 15 (fa15): the verdict on a party pointed at with 那个/这位 who acted on the buyer (clean) / the buyer labelled
    "一看您就是骗子，收到货就想退。",
    "您这种明显就是职业打假的，我们见多了。",
    "那个快递员让您签收，您肯定是骗子吧。",
    // round 13 (fa13b): the violations sharing the words of the clean frames above, still caught
    "一看您就是骗子，还说有人让您退款。",
    "您肯定是骗子，收到货还说没收到。",
    "有人让我们查了您的记录，您明显是职业打假的。",
    "别装了，你绝对是个老赖，有人都跟我们说了。",
    "这种人一看就是骗子，三番五次要退款。",
    // round 13 (fa13): the violations sharing the words of the clean frames above, still caught
    "您说“你们是骗子”？我看您才是骗子，天天白嫖。",
    "你刚才发的“你们就是一群骗子”，说的就是你自己吧，骗子。",
    "您以“商品破损”为名找我们退款，一看就是骗子。",
    "有人以您的名义找过我们吗？没有吧，您就是骗子。",
    "你打着质量问题的旗号来要钱，你才是骗子。",
    { text: '这位买家怕不是来碰瓷的吧。', severity: 'block' },
    // round 7 (fa7): generic false alarms
    '您这差评的理由就是编的吧，找的借口太假了。',
    // round 7 (fa7): generic false alarms
    '关于您的恶意差评，我们已经向平台投诉了。',
    '您这就是恶意差评，我们会起诉。',
    '你说的没错，这就是恶意差评，想讹钱。',
    '您说的恶意差评就是您自己写的，别装了。',
    '您这是敲诈，我们会报警。',
    '您这就是恶意差评，别以为我们看不出来',
    '我们会对您这种恶意差评进行投诉',
    { text: '“骗子”说的就是你，别再来烦我们了。', match: '骗子' },
    { text: '你这种人就是“骗子”，我们不欢迎你。', severity: 'block' },
    { text: '您这是故意的吧，每次都说少发了。', match: '故意的吧' },
    { text: '别装了，您明明收到货了。', match: '别装了' },
    { text: '又是这一招，上回也这么说。', match: '这一招' },
    { text: '您这演技可以去拿奥斯卡了。', severity: 'block' },
    { text: '这借口上个月就用过了，换个新的吧。', match: '借口' },
    { text: '又来讹运费险了？', match: '讹' },
    { text: '又来了，这次又打算编什么借口退款？', match: '借口' },
    { text: '您这套说辞我们见得多了，别演了。', match: '说辞' },
    { text: '您就是那种穿完了再退的人吧。', match: '穿完了再' },
    { text: '编个理由就想退，想得挺美。', match: '理由' },
    { text: '这种先用后退的把戏我们早就看穿了。', severity: 'block' },
    { text: '我看你就是职业打假的骗子，故意来讹钱的吧。', severity: 'block' },
    { text: '你就是个职业差评师，专门来敲诈商家的吧。', severity: 'block' },
    { text: '我看你是想碰瓷，瓶子是你自己摔坏的。', match: '碰瓷' },
    { text: '你这种人就是专门骗退款的。', match: '骗退款' },
    { text: '一看就是同行派来的托，故意来捣乱。', severity: 'warn' },
    { text: '别装了，你就是个老赖。', match: '老赖' },
    { text: '您这是敲诈，我们不会给钱的。', match: '敲诈' },
    { text: '你 是 骗 子 吧', match: '骗 子' },
    { text: '一看就是个老赖，三单都仅退款。', match: '老赖' },
    { text: '明显是职业打假的，别理。', severity: 'block' },
    { text: '妥妥的羊毛党，专挑满减券下单。', severity: 'block' },
    { text: '你就是个“骗子”，别装了。', severity: 'block' },
    { text: '老赖一个，别理他。', match: '老赖' },
    { text: '典型的羊毛党。', match: '羊毛党' },
    { text: '羊毛党的嘴脸真难看。', severity: 'block' },
    { text: '别在这装可怜了，监控都拍到了。', severity: 'block' },
    { text: '一看你就是那种收到货就退的惯犯。', severity: 'block' },
    { text: '讹人也找个像样点的借口吧。', severity: 'block' },
    { text: '东西明明是你自己摔坏的，还想赖到我们头上。', severity: 'block' },
    { text: '收到货调包了再寄回来，你真干得出来。', severity: 'block' },
    { text: '你就是想空手套白狼。', severity: 'block' },
    { text: '都签收三天了才说少件，骗谁呢你。', severity: 'block' },
    { text: '您一看就是那种专门薅羊毛的人，别来我们店了。', severity: 'block' },
    { text: '自己摔坏的还有脸来找客服，给您颁个奖吧。', severity: 'block' },
    { text: '说我们是骗子？你才是骗子吧。', severity: 'block' },
    // round 9 (t9c)
    { text: '大家都来看看，这位就是专门薅羊毛的惯犯，退了七八次了，人品有问题。', severity: 'block' },
    { text: '我们已经在评论区置顶说明了，这位顾客有偷换货的前科，请其他买家注意。', severity: 'block' },
    { text: '这位顾客惯会讹人，上次也是收了货说没收到。', severity: 'block', match: '讹人' },
    { text: '这位客户是出了名的老赖，各位同行小心', severity: 'block' },
    { text: '此人有调包前科', severity: 'block' },
    { text: '该买家多次恶意退款，大家注意', severity: 'block' },
    // round 10 (t10e): the violation sharing the words stays caught
    { text: '您这就是恶意退款，会被平台记录的。', severity: 'block' },
    { text: '你这种恶意退款会被平台处罚，别以为我们不知道。', severity: 'block' },
    { text: '提醒您，您这次恶意差评会被平台核实的。', severity: 'block' },
    { text: '您这是碰瓷，一经查实会被平台处罚。', severity: 'block' },
    { text: '您又来恶意退款，会被平台记录。', severity: 'block' },
    // round 11 (t11b)
    { text: "您这就是恶意差评", severity: 'block' },
    // round 11 (t11b)
    { text: "这买家是个惯偷，收到货就说没收到，大家小心", severity: 'block' },
    { text: "你就是个小偷吧，东西拿了还说没收到", severity: 'block' },
    { text: "一看就是惯偷，专门偷换配件", severity: 'block' },
    { text: "少跟我来这套，骗子见多了", severity: 'block' },
    { text: "骗子见多了，您这招不新鲜", severity: 'block' },
    // round 11 (t11b)
    { text: "您就是想白拿东西吧，我看透你了", severity: 'block' },
    { text: "你又想白要", severity: 'block' },
    // round 11 (t11b)
    { text: "该用户有欺诈记录，请各位商家拒绝接单", severity: 'block' },
    // round 11 (t11b)
    { text: "你这种骗子我见多了", severity: 'block' },
    // round 13 (t13b)
    { text: "我给你发的“你就是个骗子”你看到了吗", severity: 'block' },
    // round 18 (fa18bp)
    { text: "您这就是恶意退款，我们不接受", severity: "block" },
    { text: "你就是骗子，一般会说自己没收到货", severity: "block" },
    // round 32 (t32b): live-stream register
    { text: "说自己买到假货的，你就是骗子。", severity: 'block' },
  ],
});
