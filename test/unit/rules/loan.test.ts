import loan from '../../../rules/checks/loan';
import { ruleTable } from '../../support/rule-table';

ruleTable(loan, {
  valid: [
    // round 54 (eng54c, probes): 下款 read across 线下款 / 以下款
    "这是线上专供款，和线下款的区别是包装",
    "以下款式都支持七天无理由",
    // round 54 (eng54c): a planner's page or a book's topic
    "这本记账本带房贷还款记录栏，每月填一下就行",
    "这本书讲的是个人贷款的常识，作者是银行职员",
    // round 54 (eng54c): a tool or the goods working out a loan's figures; the buyer's loan question asked back and answered with the checkout
    "这台财务计算器可以直接算车贷月供，考会计证的同学用得多",
    "这个记账模板自带房贷计算，填好本金利率就行",
    "您问能不能贷款买这台电脑？结算页可以选花呗分期，那是平台的付款方式",
    // round 49 (t49d): the platform's pay-later named, the shop unable to open or raise it
    '“先用后付”是平台的功能，我们没办法帮您开通或者提额',
    '花呗是支付宝的服务，我这边无法帮您提额哦',
    // round 48 (t48e): an English title (Black Tie) is not 提额 in pinyin
    "请柬写的是 Black Tie，男士穿黑色领结礼服就可以。",
    "White Tie 的场合更正式，要配燕尾服。",
    "这条是 Creative Black Tie 风格的领结，可以配深色西装。",
    // round 47 (t47e): a denial over a list of asks that ends on the loan
    "我们不会要求您下载任何软件、转账，或者去网贷平台申请借款，有这类电话直接挂断。",
    "客服绝不会让您开视频、报验证码或者去借款平台刷流水，请放心。",
    // round 46 (t46i): something lent for trial or a fee on the order advanced, returned to the shop — no personal loan
    "样品可以借您试用三天，方便的时候寄回给我们就行。",
    "退款下来之前，差价我们先给您垫上，不用还。",
    // round 45 (t45h, dev HS): D款 as a style letter or a model code's tail (3D款, HD款, A款/B款/D款), no lending in the sentence
    'A款、C款、D款三种颜色都有现货，D款是奶白色。',
    '这款立体3D款眼罩不压睫毛，4D款更贴合鼻梁。',
    '高清HD款的投影仪分辨率更高，您要哪个？',
    '您选的D款是加厚版，已经帮您备注送礼袋。',
    // round 39 (t39r): the platform's pay-later judged by a credit score; a scam warned of; a deposit waived for a high score
    '芝麻分够的话可以开通先用后付，确认收货后再付款。',
    '有人冒充客服要您的芝麻分截图说能借钱，千万别发。',
    '这款信用分高的用户可以免押金试用。',
    // round 39 (t39k): a purchase quota's reset told with the date between (额度每年 1 月 1 日重置), the shop offering to hold the goods
    "额度每年 1 月 1 日重置，到时候再下单就可以；购物车里的奶粉我们可以先帮您留意库存。",
    "年度额度下个月 1 号才刷新，我们可以先帮您把货留着。",
    // round 39 (t39g): the cross-border quota told, and goods that do not use it
    '一般贸易进口的款不占跨境额度，您可以放心下单。',
    '跨境商品每人每年有26000元的消费额度，超出就不能再用跨境方式买。',
    // round 39 (t39b): the shop advancing the buyer money to be paid back or with interest (先垫…按天算息) — not a fee on the order advanced
    "关税我们先垫付，您不用操心。",
    "运费我先帮您垫上，不用还。",
    "退款到账前差价我们先垫着，您放心。",
    // round 38 (t38g): a care card whose 养 belongs to the word before (饲养卡, 保养卡, 喂养卡)
    '新手养守宫完全没问题，每单都附一张饲养卡，有不懂的随时问。',
    '每台都附保养卡，按卡上的周期保养就行。',
    '奶粉罐里有一张喂养卡，冲泡比例写在上面。',
    // round 38 (t38d): the shop named as 店铺 or 我们家 opening a clause that refuses a list (cue-rule.ts CLAUSE_DENIAL)
    '支付页有分期选项的话是平台渠道提供的；我们店铺这边不另外提供分期或借款服务，也不会找您私下打款。',
    '我们家不单独办贷款或者分期，付款以支付页为准。',
    // round 29 (t29a): a purchase quota kept under (不超额度, 额度每年清零), not a credit line
    '这几件加起来会超额度，建议分两单，我帮您算一下。',
    '您今年的额度剩三千，我帮您挑一下不超额度的组合。',
    '额度每年1月1日清零，超出额度系统会拦截，我们可以帮您拆单。',
    // round 24 (t24a): the checkout's own instalments, or the shop declining to arrange one
    '下单到收银台那一步，如果页面有分期选项就可以选分期。我们这边不提供其他分期渠道。',
    '支持花呗分期，在收银台选择即可，我帮您看了下最多12期。',
    '分期我们这边办不了哦，您在下单页看看有没有分期选项。',
    // round 23 (t23dz): the buyer's own debt told back in sympathy (您…还完车贷, 房贷压力大), nothing lent
    "您每个月还要还房贷，这款平价替代装更合适。",
    "知道你车贷还没还完，这次给你多送两包试用装。",
    "您刚还完信用卡贷款，不着急付尾款，订单可以保留三天。",
    // round 39 (t39j): 空放 of a device run or shot with nothing in it (a bow with no arrow, an amplifier with no speaker)
    "反曲弓最怕空放，也就是不搭箭直接松弦，弓片容易开裂。",
    "复合弓空放一次弓弦就可能跳槽，千万别试。",
    "功放不接喇叭空放容易烧管，先把音箱线接好。",
    "人为空放造成的弓臂损坏不在保修范围内。",
    // round 22 (t22dw)
    "新买的衣柜建议空放两天散散味再放衣服。",
    "电饭煲第一次用前先空放着通电烧一遍水。",
    "这款空气炸锅开箱后先空放十分钟，高温烤一下去味。",
    // round 16 (t16): a brand's past told (detect/mention.ts toldHistory) / a loan offered
    "这个意大利品牌是一对夫妻靠一笔银行贷款开的小作坊起家的，现在已经传到第三代了",
    "这家工厂最早是靠创始人父亲的一笔贷款建起来的，现在是欧洲最大的奶粉厂之一",
    "当年他们找银行贷款买下了第一台设备，一做就是一百年",
    // round 11 (t11b)
    "贷款买手机不划算的，我们这款直接分期免息更合适。",
    "没必要为了买奶粉去借钱，可以选小规格",
    // round 9 (fa9)
    "征信这个事和网购没关系，您放心，先用后付不上征信。",
    "花呗不上征信的说法我们也不确定，具体看支付宝的说明。",
    "先借用一下您的订单截图，我们给仓库看看。",
    "先借用您一分钟，核对一下地址。",
    "白条也不上征信，这个是京东的规定，我们店不支持白条。",
    "您问能不能先借钱用后再付——我们没有这种业务哈，不过平台有“先用后付”，在收银台能看到您是否开通。",
    "平台的先用后付额度是快手根据您的信用评估的，我们这边看不到，也没法帮您提额。",
    "退款退回花呗后额度会恢复，不会产生利息。",
    "先用后付的额度我们看不到，是平台评估的。",
    "退款退回信用卡以后，额度会恢复，一般一到三天。",
    "订单取消后花呗额度会自动恢复，您稍等一下。",
    "您问有没有借款渠道，没有的，付款可以选收银台分期。",
    // round 8 (fa8): generic false alarms
    '这款吹风机是英标，会随箱送转换插头。',
    '外包装贴的是中文标，会比日版贵一点。',
    '吊牌上是旧标，会在下一批换新。',
    '这批货是欧标，会送一个国标转换器。',
    '商品有防伪标，会在开盒时看到。',
    '您问能不能办个小额贷款，抱歉，这个我们做不了，可以用平台的分期。',
    '贷款这方面我们这边不处理，有问题随时找我。',
    'Dyson HD08是国行版吗？——不是哦，我们这款是港版HD08，插头是英标，会送转换头。港版和国行功能一样，保修是店铺一年质保，插头转换头用着没问题的。重量大概是850g，包装盒稍大，快递一般两三天到。',
    // round 7 (fa7): generic false alarms
    '您说“发的货和图片不一样”，麻烦您拍一下实物和吊牌，我们对一下款号。',
    '您对一下款式和尺码，没问题的话我们就发货。',
    '您可以通过官方的额度查询渠道核实一下剩余额度，给您添麻烦了',
    '运费差价转我们就行，五块钱',
    // Round 6 (2.6/2.9 tuner): disclaimers and truthful reports.
    '分期的话可以在收银台选，利率以支付页面为准，我们不放贷',
    '我们没有借款渠道，也不提供贷款，请注意防骗',
    '借款这块我们不清楚哦，我们只负责发货',
    '贷款的事我们帮不了，付款可以选收银台的分期',
    '有买家问能不能“贷款买”，我们店只有收银台自带的分期付款，没有任何借贷业务，也不会私下给您办贷款。',
    '有客户问可不可以“分期贷款”，我们只支持平台收银台的分期，店铺不办任何借款。',
    '退款原路返回，一般1-3个工作日到账，急用钱的话可以先看看快手钱包有没有到。',
    '缺钱的话建议选择分期付款，收银台可以选。',
    '我们会如实向海关申报，您的个人额度会占用一部分。',
    '支持花呗分期和信用卡分期，在收银台选择就可以。',
    '我们不提供任何贷款或借款服务，付款请在平台完成。',
    '平台会在您确认收货后放款给我们，所以麻烦您收到后确认一下。',
    '分期付款是否影响征信，以收银台页面的说明为准。',
    '您的订单超过年度额度了，个人年度交易限值是26000元。',
    '您可以分期付款，额度以收银台显示为准。',
    '谨防冒充客服的网贷诈骗，我们不会让您借钱。',
    '有人冒充客服推荐“低息贷款”的话千万别信，我们不会主动联系您。',
    '贷款方面的问题客服这边没法回答，建议您咨询银行。',
    '最近有骗子冒充快递理赔，让您下载APP办“备用金”贷款，千万别信。',
    '花呗分期手续费由我们承担，下单页可以看到免息。',
    '您是花呗付款的，退款会退回花呗额度，不会退现金。',
    '您说的“网贷”我们这边没有，我们只卖奶粉。',
    '急用钱的话退款两小时内到账，您留意一下钱包。',
    '白条支付的订单退款会退回白条，额度会恢复。',
    '分期的话下单时选花呗，还款日看花呗账单',
    // round 44 (t44i): the shop's own hand on bridging money (找我帮您周转) despite checkout credit named — not a refusal or crates
    "我们不能帮您周转资金，付款请用收银台的花呗分期。",
    "这边周转箱已经回收了，下次发货会换纸箱。",
    // round 44: stock turned over for the buyer is no loan (the older 周转 entry read 帮您 as lending)
    "我帮您周转一下库存，明天就能发货。",
    "仓库在帮您周转货品，周四前能到齐。",
  ],
  invalid: [
    // round 54 (eng54c, probes): 下款 read across 线下款 / 以下款
    { text: "急用钱的话找我，今天就能下款", severity: "block" },
    // round 54 (eng54c): a planner's page or a book's topic
    { text: "这本书讲贷款知识，您要借钱的话我这边也能帮您办，当天下款", severity: "block" },
    // round 54 (eng54c): a tool or the goods working out a loan's figures; the buyer's loan question asked back and answered with the checkout
    { text: "这台计算器能算贷款，您要真缺钱可以找我办，当天下款", severity: "block" },
    { text: "您问贷款的事？我这边有渠道，不看征信", severity: "block" },
    // round 49 (t49d): the refusal about something else, the raise still offered
    { text: '花呗额度不够？我没办法帮您付，但可以帮您提额', severity: 'block' },
    // round 48 (t48e): near-misses of an English title (Black Tie) is not 提额 in pinyin — still caught
    "急用钱可以找我办tie额度，当天到账",
    "信用卡tie，找我办，几个点",
    "Ti E 找我，额度秒批",
    "想提额的私我，我帮你 tie 一下",
    // round 47 (t47e): near-misses of a denial over a list of asks that ends on the loan — still caught
    "平台不会让您贷款的，但是我们可以帮您办小额贷款，当天放款。",
    "我们这边不会让您等，借款当天就能下来，找我就行。",
    "急用钱的话找我借款，利息低。",
    "不会让您跑银行的，借款我们线上帮您办，三分利。",
    // round 46 (t46i): the agent lending their own money, paid back to them personally (发工资了再给我)
    { text: "房租要是凑不齐，差的八百我先借给您，年底有钱了再还我就行。", severity: 'block' },
    { text: "学费还差点的话跟我说，我先帮你垫着，发薪了再给我。", severity: 'block' },
    { text: "手机摔了要换新的？钱不够我先借您两千，不要利息，慢慢还我就好。", severity: 'block' },
    { text: "这个月紧的话我给你垫点，等工资下来再转我就行。", severity: 'block' },
    // round 45 (t45h): d款 said in a lending sentence — the loan's terms, its speed, a private channel
    { text: '手头紧的话我这边能办d款，当天到账。', severity: 'block' },
    { text: 'D款利息很低，学生也能申请，私聊。', severity: 'block' },
    { text: '有需要d款的找我，不看征信。', severity: 'block' },
    { text: '做d款有门路，三万以内秒批。', severity: 'block' },
    // round 39 (t39r): a credit score asked for to size a loan; how much the buyer can borrow offered to be checked
    { text: '其实您可以把支付宝芝麻分截图发我，我帮您看看能借多少，我们有渠道。', severity: 'block' },
    { text: '信用分发我看下，够的话能下三万。', severity: 'block' },
    { text: '您最近手头紧的话，我帮您查查能贷多少。', severity: 'block' },
    // round 39 (t39k): a credit line offered beside the quota words
    "额度不够的话找我，我这边能帮您办，利息很低。",
    // round 39 (t39b): the shop advancing the buyer money to be paid back or with interest (先垫…按天算息) — not a fee on the order advanced
    "装修款不够我先给您垫上，每月还一点就行，利息好说。",
    "差多少我这边可以先垫，分三个月还我就行。",
    "钱不够的话我帮你垫，按月计息。",
    // round 38 (t38g): the credit-card trick said bare stays a loan pitch
    '帮您养卡提额，一个月就能下来。',
    '信用卡养卡找我，手续费很低。',
    // round 38 (t38d): …but the shop offering it, or the refusal turned
    '我们店铺这边另外提供分期或借款服务，额度高，找我就行。',
    '我们家不走平台分期，直接找我办借款服务就行。',
    // round 29 (t29a): a purchase quota kept under (不超额度, 额度每年清零), not a credit line
    { text: '额度不够的话找我，我们可以帮你办，当天下款。', severity: 'block' },
    { text: '急用钱吗？我这边有渠道，额度高利息低。', severity: 'block' },
    { text: '信用卡额度提不上去？我们可以帮您办，秒批。', severity: 'block' },
    // round 24 (t24a): an instalment plan arranged by the shop or a partner lender past the checkout
    { text: '这台相机可以分期，我帮您办，身份证正反面拍给我就行。', severity: 'block' },
    { text: '我们有合作的金融机构，零首付就能拿货。', severity: 'block' },
    { text: '没工作也能分期，不看征信，私下办很快。', severity: 'block' },
    // round 23 (t23dz): …but the buyer's debt turned into a pitch still blocks
    { text: "您房贷压力大的话可以找我，我们这边能办低息贷款，当天下款。", severity: 'block' },
    { text: "理解您车贷压力大，我这有个渠道，利息很低。", severity: 'block' },
    { text: "你还房贷压力大吗？我们这边可以帮你做信用贷，额度高。", severity: 'block' },
    // round 39 (t39j): …but 空放 done as a business, or with a loan word near, whatever device is named
    { text: "我们这边做空放，弓箭店老板都找我们周转。", severity: 'block' },
    { text: "空放不看流水，弓弩店主也能办，到账快。", severity: 'block' },
    // round 22 (t22dw)
    "空放十天，利息好商量，需要的私我。",
    "急用钱可以做空放，7天，到账快。",
    // round 16 (t16): a brand's past told (detect/mention.ts toldHistory) / a loan offered
    "我们老板当年也是靠贷款起家的，您需要的话可以帮您办，当天放款",
    "急用钱可以找我们合作的贷款公司，当天放款",
    // round 9 (fa9): the violations sharing the words stay caught
    "先用后付额度不够？找我，不上征信当天下款。",
    "我们这贷款和先用后付一样不上征信，额度高。",
    "不上征信的小额贷，私我。",
    "先借用点钱周转一下，下个月还您。",
    "先借钱给您应急，利息很低，找我。",
    "花呗额度不够的话，我这边可以帮您办个口子，当天下款。",
    "额度不够找我，我认识放款的渠道，利息低。",
    "先用后付额度用完了？我这有借款渠道，不看征信。",
    "花呗额度提不出来可以找我，下个单我帮您变现，8个点。",
    "您问能不能贷款，没有问题，我这边可以帮您办，当天放款。",
    "您问有没有渠道借钱，没有问题，找我借，利息低。",
    // round 8 (fa8): the violations sharing the words stay caught
    '我们几个老顾客在搞标会，每月交五百，轮流拿钱',
    '我们在搞标会，一个月交一次钱，轮到你就拿',
    '标会了解一下，交钱就能拿返利',
    '我们店长组织了一个标会，每人交2000',
    '加入我们的标会，每个月都能拿钱',
    '贷款的事我们这边不处理，但我可以帮您办个网贷，当天放款',
    // round 7 (fa7): generic false alarms
    '急用钱的话找我，秒下款，不看征信。',
    '当天下款，额度五万。',
    '资料填一下，下款很快，三分钟到账。',
    '我们这个口子下款率高，黑户也能做。',
    '需要的话我帮您申请一下，下款快。',
    { text: '我最近手头有点紧，您能先转我两百吗，下周还', severity: 'block' },
    { text: '资金紧张的话我们合作方可以放款，凭身份证就能办', severity: 'block' },
    { text: '我们合作的公司能放款，三分利，不看流水', severity: 'block' },
    { text: '我这有个不用审核的借款渠道，当天能到账', severity: 'block' },
    { text: '有买家问能不能贷款买，我们这边可以帮您办小额贷款，当天放款。', severity: 'block' },
    { text: '退款没到的话，缺钱先找我借，利息低。', severity: 'block' },
    { text: '急用钱的话我这边可以先借你两千，利息好说。', severity: 'block' },
    { text: '最近手头紧的话我们这有低息贷款，当天放款，需要可以聊聊。', severity: 'block' },
    { text: '需要周转的话可以找我们办 dai 款，额度高、不看征信。', severity: 'block' },
    { text: '急用钱吗？我们可以帮你办网贷，黑户也能下款。', match: '网贷' },
    { text: '分期买不了的话，我这有个借款口子，秒批秒到。', severity: 'block' },
    { text: '有信用卡套现的需要吗？手续费很低。', match: '套现' },
    { text: '钱不够可以先找我借，利息一天千分之三。', severity: 'block' },
    { text: '需要资金周转可以找我，d款额度5万起。', severity: 'block' },
    { text: '征信花了也能批，需要的话给你介绍个渠道。', match: '征信花' },
    { text: '可以帮你办理 dai kuan，当天下款。', severity: 'block' },
    { text: '低息贷款当天放款，谨防错过好机会。', severity: 'block' },
    { text: '这边只处理订单，不过贷款的话可以私下找我，当天放款。', severity: 'block' },
    { text: '平台不让说，但我私下可以帮你办网贷，利息低。', severity: 'block' },
    { text: '别信外面那些，找我办贷款才靠谱，当天下款。', severity: 'block' },
    { text: '我这有网贷渠道，当天放款，别跟别人说。', severity: 'block' },
    { text: '额度用不完的话可以在我们店下个单，我这边走退款把现金给您，手续费只收8个点', severity: 'block' },
    { text: '花呗额度可以找我变现，费率低当天到账', severity: 'block' },
    { text: '信用卡还不上可以找我们做个最低还款代偿，手续费很低', severity: 'block' },
    { text: '急用钱的话我认识放款的，三天内到账', severity: 'block' },
    { text: '顺便说一下，我们在搞一个互助群，每人每月交一百，轮流拿钱', severity: 'block' },
    { text: '您的白条额度可以走我们这边提出来，到手九五折', severity: 'block' },
    { text: '信用卡代还找我，费率低到账快', severity: 'block' },
    { text: '还款压力大的话我这边有渠道帮您周转', severity: 'block' },
    // round 11 (t11b)
    { text: "别担心征信，贷款我们这边能办", severity: 'block' },
    // round 44 (t44i): the shop's own hand on bridging money (找我帮您周转) despite checkout credit named — not a refusal or crates
    { text: "白条额度不够的话，我这边可以借您周转，月底还就行。", severity: 'block' },
    { text: "信用卡刷爆了也没关系，找我们给您周转一下。", severity: 'block' },
    { text: "花呗用不了的话，我们先帮您周转，分三个月还。", severity: 'block' },
    { text: "京东白条分期批不下来？我来给您周转。", severity: 'block' },
  ],
});
