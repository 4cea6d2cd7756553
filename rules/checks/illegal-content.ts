// 2.7: illegal or prohibited content — gambling, drugs, pornography, pyramid schemes, political agitation,
// banned substances added to goods, smuggling and customs fraud, weapons, fake documents. Every word with a
// food, cosmetic or logistics sense is tied to context: 菠菜粉, 大麻籽油, 成人奶粉, 裸妆, 已下线, 子弹杯, 手枪钻,
// 笑气奶油弹, 激素脸, 政府补贴, 推翻了之前的配方, 不属于管制刀具. Also slang and evasions: 来点叶子, 🍃自种的懂的都懂,
// 冰糖不是吃的那种, 麻将群一块起底, 铅弹/气狗, 避开海关限额, 写成礼品, 拆成多个包裹, 走水货不用交税, 用别人的额度,
// 想开多少开多少/帮你抵税, 代开完税证明, 加了点特别成分, 少儿不宜/尺度很大 — traps: 鸦片香水, 冰糖雪梨膏, 麻将凉席,
// 钢珠按摩器, 额度内不用交关税, 如实申报不会写成礼品, 专利特殊成分, 美女直播间上新.
// Also: fake papers as a service (学信网查不到的那种, 检疫证明现做, 海关的章能盖), VPN/梯子, agitation in initials
// (zf…团结起来对着干) and cult slogans (三退保平安), 冰…溜一口, duty-free cigarettes resold, personal-data lists
// for sale, account theft and 开盒, 日息/拉三个人就回本, under-declared value (报关单写成三百块), lent identities,
// 电棍/弹簧刀, prescription drugs (西di那非), game cheats (外guà), porn slang (片资源, LSP), 🔫 and 盘口/竞猜 — traps:
// 18K彩金项链, 冰美式, 铝合金梯子, 开盒后检查配件, 中奖名单, 外挂式晾衣架, 答题竞猜赢优惠券, 🔫水枪玩具,
// a denied practice verb governing its object (不招兼职刷单, 从不搞刷单; but 不招正式工，只招刷单 is caught).
// Round 3 mechanisms: official papers offered by the shop or priced by the copy (能帮您开完税证明，一张50), someone
// else's identity beside the quota (拿亲戚的身份证下单), drug euphemisms by effect or by what they are not (一颗嗨一晚上,
// 不是冰箱的冰), porn slang in pairs (老司机群+发车) and hints (一个人看的那种), surrogacy and sex selection, renting out
// bank cards (租给我们跑流水), weapons past security (过安检没问题), adulterants by verb family (掺/混/兑 + 类固醇),
// declaring goods as something cheaper (按配件报的关+省), prescription drugs without a prescription, contraband hidden in
// a parcel, knock-out drops by effect (让人睡得特别死，无色无味), travel papers sold (出售港澳通行证), second-hand SIM
// cards bought (收二手手机号和实名卡), doping (兴奋剂+查不出), 成人+medium, 代考/代写论文, 加了点料+上头, gun parts
// shipped apart, coaching a false answer to customs (海关问起来您就说是自用的) — traps: 不含兴奋剂, 成人款, 奶茶加料,
// 玩具枪的配件分开发货, 请如实说明是自用, 睡眠喷雾无色无味喷在枕头上, 通行证需本人去出入境办理, 完税证明由海关出具, 用家人的身份证下单会清关失败, 冰糖雪梨膏, 每天四点发车（快递）, T恤男女可选,
// 退款回到银行卡, 分装瓶过安检没问题, 重金属检测报告, 香水属于航空违禁品, 超限额需要拆成两单, 非处方的维生素.
// Every cue yields to a warning or refusal frame (REFUSAL_FRAME in detect/warning-frame.ts): 那是诈骗，请直接举报 / 本店从不… /
// 这个我们不能做 / 会被认定为走私 / 也不走水客.
// Round 5 mechanisms (each an anchor family plus a second family in the sentence): gambling by its deposit bonus and
// cash-out (充五十送五十，赢了随时能提; 🎰 beside 首充); porn named outright or sold as company (无码片, 露点的, 寂寞…陪你，
// 尺度你定); violence against a person (拿刀捅他, 打断他的腿, 血溅当场; 🔪 beside 差评/你试试); pyramid schemes by recruits
// and levels (拉三个人进来+升级/分成, 发展的下级+分红); credit cashed out (额度+现金/手续费/个点); fake orders (不用发货+
// 辛苦费); goods declared as something else (面单写“水果糖”就行, 标成玩具+税); dates rewritten (临期/过期+重新打/贴日期);
// banned imports got in anyway (海关不让进+走灰关/(?<![没无])有渠道); invoices to order (品名随便写, 票点); gaming platform
// coupons (换个新号+新人券, 薅); a fee before a refund (先交199才能走退款); a VPN to see censored 真相; drug effects
// (抽两口飘飘的, 让人兴奋的药粉, 上头烟油, K fen). Traps: 储值卡充500送50, 露点温度, 砍一刀, 打断您一下, 拉您进粉丝群,
// 花呗免手续费, 缺货不发货自动退款, 申报成功, 生产日期是今年, 不让进所以暂停发货, 押金归还后才能退, 蛋白粉.
// Also covert surveillance gear (针孔摄像头…看不出来, 定位器偷偷装在对方车底), other people's records looked up or accounts
// cracked (查别人开房记录, 破解对方微信), counterfeit money, cruelty videos (打人的视频合集), bought traffic (刷粉+一个粉五毛)
// and lent accounts (账号借我们用+给您两百), agitation against officials (当官的…割韭菜…站出来). Traps: pet GPS tags,
// chat logs sent to us, 这个国家的奶粉, 开箱视频合集, 点赞满一万送福袋, 账号借给家人用.
// Third pass: ID kits bought as a set (身份证银行卡手机卡U盾一整套收), fake medical papers (假病历…医院章都有), live animals
// without quarantine, 全套 beside 上门/按摩, 涩图, separatist slogans, 押大押小 — traps: 试色图, 按摩仪全套配件, 毛绒鹦鹉.
// Fourth pass: licence points sold (找人消分，一分两百), drone limits removed (解除禁飞), explosives made at home (教你自己做爆竹),
// 灌了铅, women offered for the night (包你一晚上，妹子随便挑); 入会费 needs recruiting context (not a member card's fee).
// Also 玩牌+一块钱一局, 吃一粒能蹦一整晚, 让兄弟们去他家里砸东西, 每发展一个人你拿一千五, 假流水.
// Round 6 (blind batch U): football betting by its trade words (外围盘口, 水位, 坐庄, 跟单, 比分能押) beside a match and a
// stake across sentence ends; pc蛋蛋/幸运飞艇 and quick-money games (一局几分钟，小投入大回报 + 赢了; 一注两块，中了翻四十倍); nudity
// or adult video offered as media (都是没穿的那种, 不可描述的视频, 日本老师的作品合集); a drug named as an ingredient (加了…精神类药，
// 所以效果才这么快); identity papers made to order with the paper named first (身份证…帮您P一张, 护照…弄一本); one order split under
// several names (拆成三个订单、分三个人名申报…看不出来); goods smuggled or unquarantined and sold cheap (偷运过来的，没过检疫，但便宜);
// 这种政府早该倒台, 国家就是一帮吸血的; the victim before the blow (把那几个分拣的腿打断, 把他揍一顿); 金额随您填. Traps: 加湿器水位,
// 跟单员, 直播间开奖, 桌游一局, 宝宝没穿衣服, 没穿的那件可以退, 不含药物成分, 本人名字拆成两单, 包裹还没报关, 国家规定/国家黑名单,
// 仿真枪…跨境不能卖的，我们店也没有, 您说有人用我们店名招刷单？那是诈骗.
// Also a match and a minimum stake (今晚皇马对拜仁，我这开了盘，五十起押), private photos sold (私密照，露脸的，五十一套), an insider
// at customs (朋友在海关…不用查直接放), a stranger's phone and address looked up, 稳赚不亏, officials to be shot (贪官…拉出去枪毙).
// After probe 2: odds on a derby (主胜一赔二点五), 欧美无删减 by the G, 穿得很少的那种…私发, a secret additive (偷偷加了安眠的成分), declared as
// one thing and really another (写的是日用品，实际是保健品，税少很多), 私下带下来的…没走检验检疫, 内部关系…捞出来, 品名金额您说了算, 妹子陪聊陪玩.
// Round 7 (fa7): the practice named as what a check looks for (平台也有刷单检测, 刷单监控) — not 刷单检测不到.
// Round 7 (blind batch X): a game of chance paid per go with a money prize (转盘十块钱转一次，转中现金直接提; 两块钱一张 + 现金),
// lottery games by name (快三/快3 + 一把翻倍; our own printed 彩票 + 开奖), violence glorified, advised or hinted (打进了医院，大快人心;
// 直接动手，打了也就赔几百; 让你出不了门; 给差评的后来住院了), gore shown (血流了一地 + 视频/哈哈), porn initials (sq视频合集) and
// 私房照 + 尺度/加送, 迟早要倒台, praise for attacking the state, IDs lent (帮您借几张), an invoice in another company's name,
// a doubled stake (保底翻倍), personal records priced by the record (五毛一条), a refund coached while the goods are kept
// (申请仅退款，平台一般都会退，货您留着用), order brushing by count (拍十单+每单再给). Traps: 满99可以转一次（奖品优惠券）, 盲盒59元一个,
// 快三天, 自己动手组装, 千万别动手, 先报警, SQ系列/sq-200, 您公司的抬头, 我们已经同意仅退款, 刮开盒子, 报关单给您看, 平台也有刷单检测.
// Round 8 (blind batch AC): a check said to be blind to the scheme beside an order, customs or invoice step (平台识别不出来,
// 海关不会细查/也不会管, 系统不会发现, 没人查, 差价不体现); receipt confirmed before the goods go (先点确认收货，我们再发货); someone
// else's identity or quota at customs (用他们的额度清关, 用我们准备的身份信息报关); a refund on a false ground (选'未收到货'，平台会自动退;
// 就说包裹丢了); junkets and red-packet minesweeper (洗码, 叠码仔, 扫雷+红包+赔); THC by dose and hallucinations (THC 10mg, 裸盖菇,
// 看见小人, 眼前全是彩色的, 整个人都软了); prescription drugs sold privately (曲马朵…私下配, 米非司酮…不用去医院); cure claims by
// verb or by disease (能治高血压…把降压药停了, 能把癌细胞饿死); home injections (玻尿酸/溶脂针 + 自己在家打/送针头/注射器); rumours
// (内部消息…人民币要暴跌, 抽检结果都是假的，上面压着, 存款要冻结); gore offered (砍人/碎尸现场 + 视频/照片 + 要看吗); people's records
// in bulk (10万条宝妈手机号…打包出); money passed through the buyer's account (走个账…转到我们给的卡，每笔抽1%); a thing banned at home
// renamed, split or still in stock (国内不让寄+改个名, 过不了关+拆成配件, 查得严+分成小包当茶叶寄). Traps: 瑕疵肉眼看不出来,
// 系统查不出物流原因, 海关会查的请如实申报, 请用本人身份证, 退款原因按实际情况选, 不含THC, 不能替代药物, 涂抹型请勿注射, 米非司酮…
// 我们不卖, 内部消息：店庆满减, 国内不让寄所以暂停发货, 手机号我们会保密, 车祸现场拍了照片（理赔）, 减少一点数量, 有没有报关信息.
// After probe 2: 让对方睡得沉, 用她的名字拍+税省了, a purchase limit got round with more accounts (多注册几个号), 血糖就正常了+可以不吃,
// 童颜针+对着教程扎, waybills sold by the copy (几千份面单…便宜处理). Traps: 她本人实名认证, 限购是品牌方要求, 新注册首单优惠, 面单隐藏电话.
// Round 9 (t9a), general tests: a ban at home stated, the goods supplied anyway (国内禁止进口，我们是从边境人肉背过来的; 国内禁用的成分，
// 我们这边还有现货 — the ban's own 禁止 is no warning); inspection or declaration skipped with what it buys (没有走检验检疫，所以便宜; 不走报关
// 直接邮过去); declared or listed as one thing, another sent (报关单上写成玩具，实际发的是电击器; 拍袜子链接，其实发给您的是电子烟); an
// official body fixed (找人在海关打个招呼…放行; 质检那边我们打点过了); invoices inflated (金额高一点的发票，报销用) and reports to order
// (按您要的结果出, 模板改); phone cards without real-name registration; sex drugs by effect (助兴药水); an import ban announced to make
// buyers hoard; 彩票代购; restricted classes hidden in a parcel (电子烟油混在香水包裹里); old goods redated as new; 过境+没人管.
// Traps: 包裹还没走检验检疫, 周六日海关不清关, 有没有报关信息, 实际发的也是奶粉, 发错了, 没法找人打招呼, 发票金额按实付开, 结果我们改不了,
// 评价可以匿名, 国内禁用所以不卖, 膳食补充剂…不需要处方；如果您在吃处方药，建议先问医生.
// Second pass: a customs contact (熟人), a doctor's visit waved off (不用您去医院开), 收拾一顿, everyday objects modified into
// weapons (打火机改装…喷火两米), gear sold by what it secretly does (能偷拍的眼镜), gifts bought back with cash (刷礼物+返现), drugs by a
// sleepless night (一整晚不睡都精神); 走私的？不是哦 is the buyer's question denied. Traps: 熟人推荐的客户, 车载打火机改装成USB接口,
// 刷礼物是自愿的，我们不返现, 摄像头不能偷拍.
// Round 10 (t10c), general tests: a gate at home stated missing (没批, 没在国内注册, 没有备案, 限制卖) with the goods supplied anyway (悄悄发,
// 从泰国直接带, 走个人物品, 还压着一批便宜出, 拆成小包当零食寄); a doctor or prescription waived beside a medicine (类固醇针剂，不需要医生开;
// 不需要您提供任何处方，直接拍); listed as one thing, really a drug (挂的名字是维生素，实际里面加了处方成分); currency changed privately
// (换美元…比银行划算/私下转/私人账户); brushing by its fee (刷一单+本金+佣金, 帮店里下三单+每单十块); a made-up or borrowed tracking number
// (填个假单号, 别的包裹的单号挂上去); resale said to be fine (转卖/挂闲鱼/加价卖 + 没问题); VPN accounts and nodes (梯子账号一年有效, 稳定的节点);
// goods packed into another product's container past a restriction (海关不让带，装进洗发水瓶里寄); adult media by wink or by 尺度 with a
// private send; a false claim put in the buyer's mouth (您就说…盒子是空的，平台肯定判我们赔; 先别点确认); another person's name at customs.
// Traps (product facts): 不在管制刀具范围内 / 管制刀具以外的, 改成与支付账户一致的姓名, 还没有的话平台会自动退款, 不要轻信…走私货,
// 不影响二次销售就可以退, 已经完成配方注册, 物流节点, 有问题您就说, 泳装尺度大, 港币价按汇率换算.
// Round 12 (t12b), by mechanism: a label, paper or invoice field filled as the buyer likes (原产地想写哪写哪, 生产日期可以按您要求改,
// 内容写办公用品就行); someone else's personal data looked up, sent or sold (帮您看看他寄到哪个地址, 能查任意手机号的实名, 地址电话卖给商家);
// uncensored or explicit media sent (买家秀没打码…打包发您, 视频尺度那叫一个大); goods carried across the border (从边境那边“走”过来的);
// a gambling lure by a quick win (玩玩…一天赚回好几罐奶粉钱); something slipped into a parcel on the quiet (罐里夹点“糖”…没出过事);
// papers with the seal complete (医院的章都齐); declared as other goods on the cross-border leg (海外直邮报成手电筒); customs promised
// no obstacle with a way round it ((?<![没无])有门路…过海关没问题), the ban itself stated being the gate, not a warning (国内是禁止进口的…不过).
// After probe 2: a field's choice given as alternatives (产地写意大利也行，写法国也行), where someone lives found out (已经查到她住哪了;
// not 查到您的包裹在哪了), goods carried in as luggage (随身带进来, 走个人行李). Traps: a rumour about
// us asked back (有人说我们家是走私货？…报关单), YSL黑鸦片 Black Opium, 快递员的电话, 身份证填成了7, 包裹里夹点小样.

// Round 12 (fa12): refusals of customs fraud written as lists or with their purpose (更不能不经过海关直接发, 不能把商品报成“礼品”来避税)
// and denials in parallel clauses (不收入会费，也没有拉人头返利, detect/cue-rule.ts deniedParallel) are no offer.
// Round 14 (t14): the platform's desks squared to remove a review or complaint (平台审核那边有关系，删个评论分分钟的事; 我跟平台的审核认识，
// 您的投诉他一句话就撤了), and drug euphemisms told by who uses them and how they change hands (夜场朋友都在用, 同城闪送不走快递, 不留记录).
// Then: fire, smashing or bombs threatened at a party (一把火烧了他们仓库), a false refund reason coached with the platform said not to check
// (退款原因选“商品破损”…平台审核不看的), the government scorned with a verdict or grab (zf就知道收税，迟早要完), a sit-in rallied at a government door
// (一起去省政府门口坐着). Traps: 火锅底料放火上煮, 请如实选择原因, 政府补贴活动, 仓库在海关门口对面.
// Then: the declared name set down beside a check said blind (报关的时候我们写的普通软糖，海关不查), abortion named as the goods' use (就是打胎用的，
// 不用去医院), hs (黄色) before a medium, the buyer's body photos asked for with a lewd qualifier (拍张照给我看看，越少越好). Traps: 孕妇慎用，可能导致
// 流产, hs编码, 拍张照看看尺码合不合适; and two false alarms fixed: 把订购人改成付款人, an invoice asked in the order page's form.
// Round 15 (t15a): invoices as a service (代开/虚开, 各种发票都能开, 别的公司抬头, 按面额收点) — not the shop's own invoice with its tax
// points; gun slang 短狗/长狗 given away or carried past checks (送一把仿真短狗，过安检没问题).
// Then (batch db): small bribes and acquaintances at customs, what cannot be broadcast, a VPN offered against brainwashing (翻qiang),
// inspection evaded (绕开检验检疫), prescriptions written to order, restricted goods split for shipping, a cult euphemism (那个功), special
// consumables by their effect, sex services (同城可约); 别信新闻 is no warning (warning frames).
// Then: ❄ (ice) and 🍁 (weed) read in the original text beside dealer talk, not the season, the cold or maple syrup.
// After probe 2: gambling anchored on the cash-out too (网站充值100送50，每天都能提现). Trap: 佣金满100就能提现.
// Round 38 (t38f, batches FR/FT): regulated gear and safety defeated (radios given police or aviation bands or made into jammers,
// battery protection and speed limiters removed, lock-bypass tools for others' doors), goods without their permit hidden or sent as
// something else, wild-caught animals, fossils split to ship, hazmat past the courier, powder added to fireworks, cameras hidden where
// others sleep, precursors without registration, vehicle papers made, fake base stations, tobacco to minors, loose 3C marks, drug
// street names (开心水), dates ground off and reprinted.
// Round 39 (t39c, batch FV): hidden compartments a customs X-ray cannot see, goods a carrier refuses (快递不收) disguised by label or
// waybill, wedding pyrotechnics (冷焰火) past the courier, reef species (砗磲, 红珊瑚) off the listing, 无圣光, wild-dug protected plants
// (兜兰, 石斛, 红豆杉), gates missing with the goods kept for regulars or relabelled, lock tools given away, the opium poppy by its slang
// (大烟花, 米囊花) grown for its pods, drugs in someone else's drink by effect. Traps: a substance's ban told (大麻二酚列入禁用原料目录),
// smuggling as the verdict a check brings (海关查到会按走私处理), 组培苗, 大烟花礼盒点燃, 狗狗变得很听话.
// Round 39 (t39g, batch GA): customs said never to have checked (一直没查过), blades kept off the listing and declared as crafts, modified
// drone firmware, jammers that knock out others' devices, drugged darts sold to dog thieves, stored value of a shady source (来路比较“特殊”,
// 原卡主一申诉就被冻), paid games or courses cracked onto a device, an adult's account past the anti-addiction limit, real police and army
// uniforms, exam-cheating gear, a minor's tattoo hidden from the parents, devices said to end medication. Traps: 海关还没查验完, 防偷狗项圈,
// 原号主申诉就能找回，我们不卖, 免费游戏, 家长端开启防沉迷, 仅限拍照的cos警服, 考场禁止携带, 纹身贴, 不能代替降压药.
// Round 40 (t40e, batch GG): a licence check patched out (补丁…官方验证就被屏蔽了), accounts washed from their owner (原主找不回), pirated e-books
// given away (网上弄来的资源…打包送您), goods carried as personal use undeclared (当自用背在身上，不走申报), reviews brushed by a team of accounts,
// blades told by edge or opening past the subway check (过得去), room jammers (方圆二十米手机全都没信号), plate flippers (过电子眼不怕拍), a bet on
// the next case (押中翻三倍), uncensored photobooks, a sharpened blade waybilled as crafts, receipts printed to order, practice notes spent,
// emissions controls defeated for the annual check, IMEIs rewritten on locked phones, goods stopped at home sent under another name, a minor
// sent to either parent's ID, a car opened and driven off without its key. Traps: 安全补丁, 原号主申诉能找回, 没有授权所以不提供PDF, 如实申报,
// 从不刷好评, 地下室没信号, 钥匙屏蔽袋, 押题, 正版引进的无删减版, 补打小票, 练功券仅供培训, 别自己屏蔽尿素, 串号官网查询, 您的车一键启动.
// Round 40 (t40a, batch GE): a vaccine mailed home and given by a nurse one knows, a listening device planted on another adult, cream chargers
// breathed for a high, protected live animals (红龙) without papers sent privately, tobacco ordered under another listing with the goods in the
// note, explicit media in an innocent cover (and 成人 + print media), an insurer's payout split over a coached false claim. Traps: 社区预约接种,
// 宝宝打完疫苗, 儿童手表单向聆听需同意, 监听耳机, 裱花用气弹, 带CITES证和芯片, 红龙果, 普洱茶饼拍链接备注, 雪茄剪, 漫画封皮折痕, 退货运费一人一半.
// Round 43 (t43c, batch HB): illegal goods in trade slang with no keyword — tobacco without the monopoly mark sold on its price, electrofishing
// by its battery kit or belly-up fish, bows for hunting hares off the listing, trade kept off the books to skip tax, 小针 cycles for muscle, 加料
// with a slimming result and a cover name, PDE5 by street name, freshly dug antiquities, hidden-icon spy apps, cracked software installed; a
// missing gate given as the reason for the price (所以才这个价) and goods carried down off a ship count as supplied anyway.

import { NO_PRESCRIPTION_GOODS_TOLD, NOT_A_DRUG, WAIVER_NEGATED } from '../detect/prescription-kept';
import { VPN_CONTEXT, VPN_INNOCENT, VPN_NOT_AFTER, VPN_WORDS } from '../lexicon/conduct';
import { alt, cueRule, sentenceOf, type Cue } from '../detect/cue-rule';
import { REFUSAL_FRAME, WAY_IN_AFTER } from '../detect/warning-frame';
import { imitationByNature } from '../detect/imitation';
import { ALLOWANCE_TOLD } from '../detect/allowance-told';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { HOME_RECORDS_ONLY } from '../detect/market-records';
import {
  CHANCE_CLEAN_61, CHANCE_GOODS_61, CONDITIONS_61, DOCUMENTS_61, FALSIFY_61, HARM_SOLVED_61, HIDDEN_IN_61, IDENTITY_SWAPPED_61, MEDICINES_61, NICOTINE_CLEAN_61,
  NICOTINE_GOODS_61, NICOTINE_OFFER_61, ORIGIN_CLAIMED_61, ORIGIN_RELABEL_61, PRESCRIPTION_DRUGS_61, REVERSALS_61, STAKE_PAYOUT_61, WILDLIFE_EUPHEMISMS_61,
  WILDLIFE_SOURCE_61, BODY_TARGETS_61, DATE_MARKS_64, DOCTOR_BYPASSED_64, GAMBLING_GEAR_64, INTIMATE_PHOTOS_64, PAID_COMPANY_64, PAPERS_64, REALLY_IS_64,
  RECIPIENTS_SWAPPED_64, RECRUIT_COUNTS_64, SCHEME_TIERS_64, BLOCKED_SERVICES_66, CLAIM_PAYERS_66, CREDIT_OR_FAKE_ORDER_66, GATE_SKIPPED_66, HIDDEN_ABOUT_66,
  ORDER_IDENTITY_66, OTHERS_PLACES_66, BRUSHED_ORDERS_66, PRIVATE_ROOMS_66, REPACKED_66, TRACKING_NUMBERS_66, UNDECLARED_LANE_66,
  CLAIM_GOODS_67, CONTROLLED_DEVICES_67, GUN_PARTS_67, ILLNESSES_67, SUPPRESSORS_67,
} from '../lexicon/restricted-trade';
import {
  ANIMAL_FORMS_62, ANIMAL_SALE_62, CASH_BACK_62, CHANCE_PRIZES_62, COVERT_USE_62, DATA_ACT_62, DRUG_AMBIGUOUS_62, DRUG_SIGNAL_62, DRUG_SLANG_62, FALSIFY_ACTS_62,
  GOODS_HARM_62, ISSUE_ACTS_62, MEDICINE_SUPPLY_62, MONEY_GAMES_62, MONEY_IN_GAME_62, NOT_OURS_PAPERS_62, OURS_PAPERS_62, PERSONAL_DATA_62, PROTECTED_SPECIES_62,
  RIVAL_62, SCHEME_ENTRY_62, SCHEME_JARGON_62, SCHEME_PAY_62, SPY_DEVICES_62, TOBACCO_62, TOBACCO_SALE_62, UNAPPROVED_MEDICINE_62,
} from '../lexicon/prohibited-catalogue';

// Round 47 (t47g): the down trade's words around 毛片 (feather pieces), with no film, site or wink beside them.
const DOWN_TRADE_47 = /羽绒|含绒|充绒|绒子|绒朵|鹅绒|鸭绒|羽毛|蓬松|填充/;
const FILM_TIE_47 = /看|视频|资源|网站|网址|链接|下载|日本|欧美|岛国|成人|福利|懂的|懂得|私发|私聊|一部|[0-9]+部|av/;
function downFeatherContext(ctx: LintContext, start: number, end: number): boolean {
  const near = ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard');
  return DOWN_TRADE_47.test(near) && !FILM_TIE_47.test(near.replace(/看(?:充绒量|含绒量|蓬松度|面料|标签|吊牌)/g, ''));
}
// ---- round 48 (t48h) ----
// Round 48 (t48h): 毛片 of a shuttlecock — the goose or duck feather pieces set in its cork head (每个球16根毛片, 毛片受潮变形, 毛片等级和软木
// 球头). The shuttle's parts or grades near it, no film, site or wink beside; 看 is a tie only right before 毛片 (看毛片, 看过毛片), not a look
// at the feathers (看到毛片上有黑点) nor 看您 further off; 毛片 handed over (送你毛片, 毛片要不要) is one too.
const SHUTTLE_48 = /羽毛球|羽球|鹅毛|鸭毛|羽毛|球头|毛杆|毛梗|软木|断毛|球筒|养球|球速|[0-9]{2}速|比赛级|训练级/;
const FILM_TIE_48 = /视频|资源|网站|网址|链接|下载|日本|欧美|岛国|成人|福利|懂的|懂得|私发|私聊|[0-9一两三四五六七八九十几多]部|av|看(?:了|过|的|个|点|部)?$|(?:送|发|给)(?:你|您)?(?:几|一些|点|些)?$|^(?:要不要|要吗|要么|发你|发您|给你|给您)/;
// The buyer's own evidence for after-sales (拍段视频, 拍个视频发我们) is no film.
const EVIDENCE_SHOT_48 = /拍(?:一)?[段个条张]?(?:视频|照片)/g;
function shuttleFeatherContext48(ctx: LintContext, start: number, end: number): boolean {
  // The shuttle's words may sit a sentence away (…羽毛蒸汽消毒…。要是看到毛片上有黑点…); the ties are read in the sentence itself.
  if (!SHUTTLE_48.test(ctx.compact.slice(Math.max(0, start - 60), end + 60))) return false;
  const before = ctx.before(start, 40, 'hard').replace(EVIDENCE_SHOT_48, '');
  const after = ctx.after(end, 40, 'hard').replace(EVIDENCE_SHOT_48, '');
  return !FILM_TIE_48.test(before) && !FILM_TIE_48.test(after);
}
// Round 48 (t48h): 包夜 read across two words — 包 a measure word after a number, a demonstrative or a verb of getting (一包, 那包, 补包), 夜
// the first unit of goods for the night (夜用, 夜宵, 夜灯, 夜光): 补一包夜用, 两包夜宵. Both sides needed: 包夜用的房间 stays a hire.
const PACK_BEFORE_48 = /(?:[一两二三四五六七八九十几半整每这那哪同多]|[0-9]|买|拿|补|送|换|拆|带|装|备|再来)$/;
// …and no sex trade in the sentence (妹子一包夜用不了多少钱).
const SEX_TIE_48 = /妹子|小姐(?!姐)|美女|姑娘|小妹|技师|嫩模|学生妹|上门|过夜|一晚|陪|价格好说|价钱好说|懂的|懂得|你懂|私聊|私我|全套|服务/;
const packOfNight48 = (ctx: LintContext, start: number, end: number): boolean =>
  ctx.compact.slice(start, end) === '包夜' && PACK_BEFORE_48.test(ctx.before(start, 2)) && /^(?:用|宵|灯|光)/.test(ctx.after(end, 1)) &&
  !SEX_TIE_48.test(sentenceOf(ctx, start, end, 40));
// Round 48 (t48h): 三聚氰胺 as the foam of a cleaning sponge (三聚氰胺海绵, 三聚氰胺擦块, 密胺海绵): the tool's material, nothing added to
// food — the sponge word right after it in the same clause (not 加了三聚氰胺，海绵状…), and no adding, passing a test or wink beside it.
const SPONGE_AFTER_48 = /^(?:海绵|魔力擦|清洁擦|清洁块|擦块|擦片|纳米海绵|泡棉)/;
const ADDED_TIE_48 = /加了|加到|加进|加入|加点|添加|掺|放了|混进|混入|奶粉|饲料|蛋白|检测能过|过检|查不出|懂的|懂得/;
const melamineSponge48 = (ctx: LintContext, start: number, end: number): boolean =>
  ctx.compact.slice(start, end) === '三聚氰胺' && (end >= ctx.norm.breakBefore.length || ctx.norm.breakBefore[end]! === 0) &&
  SPONGE_AFTER_48.test(ctx.after(end, 6)) && !ADDED_TIE_48.test(sentenceOf(ctx, start, end, 40));
// Round 48 (t48h): the grey route the buyer asked for, refused, then its drawbacks told to them (您想让我们人肉带回来——这个做不了…。人肉带回来
// 的东西既没有报关记录，出了问题也没法售后，对您也不划算): the practice and its missing papers named as why not. Needs both: a refusal in the
// sentence or the one before (做不了, 不做, 没法帮), and a drawback to the buyer (没法售后, 维权难, 不划算); a seller's own disclosure (我们是人肉带的，
// 没有报关，出了问题没法售后，介意勿拍) has no refusal, and a turn (但, 私下, 要的话, 便宜) keeps it read.
const ROUTE_REFUSED_48 = /(?:做不了|办不了|帮不了|(?:没法|不能|无法|没办法)(?:帮|给|替)?(?:您|你)?(?:做|弄|带|代购|办)|(?:我们|本店|店里|咱们)?(?:不做|不接|不提供|不帮|从不)(?:个人|私人)?(?:代购|代带|代买|这个|这种)?|不支持)/;
const DRAWBACK_48 = /(?:出(?:了)?问题|坏了|丢了|被扣)(?:也|都|就)?(?:没法|无法|不能|没办法|做不了)(?:售后|退换|退货|维权|保修|理赔|处理)|维权(?:很|比较|会|就)?难|(?:对|给)(?:您|你)(?:来说)?(?:也|都)?不划算|不值得冒险|(?:没有?|无)(?:售后)?保障/;
const DRAWBACK_TURN_48 = /但|不过|可是|私下|偷偷|悄悄|要的话|需要的话|介意|懂的|懂得|便宜|价格|找我|私聊|老客/;
function routeRiskAfterRefusal48(ctx: LintContext, start: number, end: number): boolean {
  const sentence = sentenceOf(ctx, start, end, 60);
  if (!DRAWBACK_48.test(sentence) || DRAWBACK_TURN_48.test(sentence)) return false;
  const from = Math.max(0, start - ctx.before(start, 60, 'hard').length);
  const prev = ctx.compact.slice(Math.max(0, from - 80), from);
  return ROUTE_REFUSED_48.test(sentence) || (ROUTE_REFUSED_48.test(prev) && !DRAWBACK_TURN_48.test(prev));
}
// ---- end round 48 (t48h) ----

/** The word asked back and denied at once: 走私的？不是哦 (as counterfeit-terms reads 复刻？不是的亲). */
/**
 * Round 14 (fa14b): a customs offence named with what happens when it is caught (夹带未申报的药品，海关查到会整包退运甚至销毁, 瞒报被查出来要罚款):
 * a warning of the penalty — not the penalty made light of (查到也就退运, 大不了没收, 一般查不出来).
 * (round 54, eng54a: …or the trouble named as the penalty — 少报被查到的话对您对我们都有麻烦, 低报被查出来要补税)
 */
const PENALTY = /(?:查到|查出来?|被查|抽查到|抽到|发现)[^。！？!?]{0,8}?(?:会|要|就|将)?[^。！？!?]{0,6}?(?:退运|销毁|没收|罚款|罚没|处罚|追责|扣留|扣押|拘留|判刑|坐牢|留存|退回|补税|补缴|麻烦|后果|法律责任|违法)/;
/**
 * Round 39 (t39c): a substance's or a goods class's ban told as the rule (列入化妆品禁用原料目录, 所有正规渠道都不能销售, 国内禁止添加) — with
 * no turn back to a supply after it (但我们私下有, 要的话找我).
 */
const SUBSTANCE_BAN_TOLD =
  /^(?![^]*(?:但|不过|可是|私下|偷偷|悄悄|(?<![没无])有货|(?<![没无])有渠道|要的话|需要的话|找我|私聊|私我|老客))[^]*(?:列入[^，。！？]{0,12}(?:禁用|禁止|管制|违禁|目录|名录|清单)|(?:不能|不得|不可以|不允许|禁止|严禁)(?:在国内|在境内)?(?:销售|售卖|出售|添加|使用|买卖|进口))/;
const PENALTY_LIGHT = /没什么|不会有|没多大|也就|最多|顶多|大不了|没事|不怕|不要紧|放心|查不到|查不出|很少查|一般不查|概率|运气/;
function penaltyWarned(ctx: LintContext, start: number, end: number): boolean {
  const s = ctx.after(end, 40, 'hard');
  return PENALTY.test(s) && !PENALTY_LIGHT.test(ctx.before(start, 30, 'hard') + s);
}

/**
 * Round 39 (t39c): smuggling or tax evasion named as the verdict a practice brings (海关查到会按走私处理, 会被认定为走私, 一律以逃税论处) — the
 * consequence told, not an offer; unless a turn or a make-light follows in the sentence (但我们有办法, 也就罚点钱).
 */
const VERDICT_BEFORE = /(?:会|就会|将|将会|可能|都会|一律|均|要)(?:被)?(?:按|以|当作?|当成|视为|认定为?|定性为|算作?|判为?|定为)(?:是)?$/;
const VERDICT_TURNED = /但|不过|可是|私下|偷偷|(?<![没无])有办法|(?<![没无])有渠道|也就|最多|顶多|大不了|没事|不怕|运气|很少/;
function verdictTold(ctx: LintContext, start: number, end: number): boolean {
  return VERDICT_BEFORE.test(ctx.before(start, 12, 'soft')) && !VERDICT_TURNED.test(sentenceOf(ctx, start, end, 40));
}
/**
 * Round 52 (il52): the weapon class named as a rule the goods must keep within, the buyer warned off a change that would break it
 * (改装后可能不符合管制刀具规定, 私自加装会违反枪支管理规定): a warning, no supply — not with a wink or a way in in the sentence.
 */
const RULE_BROKEN_BEFORE = /(?:不符合|违反|违背|触犯|超出|不合|违规|不满足)[^，。！？]{0,3}$/;
const RULE_AFTER = /^(?:的)?(?:相关|有关)?(?:管理)?(?:规定|法规|标准|条例|要求|法律)/;
function classRuleWarned(ctx: LintContext, start: number, end: number): boolean {
  return RULE_BROKEN_BEFORE.test(ctx.before(start, 8, 'soft')) && RULE_AFTER.test(ctx.after(end, 6, 'soft'))
    && !/私聊|私我|找我|加我|联系我|有货|门路|路子|懂的|能帮您|可以帮您|帮您改/.test(ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard'));
}

/**
 * Round 44 (t44c): a slip taken back at once, the right word given (这款气枪…哦不是，是“气泵”; 说成弓弩了，不对，是“弓锯”): the banned
 * word named no goods. Not when the reply still winks at the real thing (你懂的, 威力, 能打穿, 私聊, 有货).
 */
const SLIP_TAKEN_BACK = /^\s*(?:…+|\.{2,}|——|—|-|~|～)?\s*[，,]?\s*(?:哦|噢|喔|啊|呃|额|哎|诶|嗯)?\s*[，,]?\s*(?:不是不是|不是|不对不对|不对|说错了|打错了|口误|写错了)[，,！!。～~…\s]*(?:我是说|应该是|我说的是|是)/;
const SLIP_WINK = /你懂|您懂|懂的|懂得都懂|威力|杀伤|穿透|射程|打穿|打得死|打鸟|打猎|私聊|私下|私我|(?<![没无])有货|真家伙|其实就是|实际上是|改装|钢珠|铅弹|火药/;
function slipTakenBack(ctx: LintContext, start: number, end: number): boolean {
  const [, to] = ctx.toOriginal(start, end);
  return SLIP_TAKEN_BACK.test(ctx.text.slice(to, to + 16)) && !SLIP_WINK.test(ctx.text);
}
const MEDICINE_DIRECTIONS = /遵医嘱|医嘱|医生指导|药师|说明书|处方|外用|内服|口服|药膏|软膏|乳膏|药品|用药|孕妇|儿童慎用|慎用|禁用|不可长期|不宜长期|疗程|适应症|不良反应/;
const HIDDEN_OR_ADDED = /偷偷|悄悄|没标|不标|未标|没写|不写|未注明|没注明|隐瞒|别告诉|不告诉|加了|添加了|掺|见效快|效果快|立马见效|三天见效/;
function labelledMedicine(ctx: LintContext, start: number, end: number): boolean {
  if (!/含有?[^，。、]{0,4}$/.test(ctx.before(start, 8))) return false;
  const s = ctx.before(start, 30, 'hard') + ctx.after(end, 40, 'hard');
  return MEDICINE_DIRECTIONS.test(s) && !HIDDEN_OR_ADDED.test(s);
}

/**
 * Round 44 (t44c): an over-the-counter medicine's declared active ingredient with its dose and cautions (感冒药含伪麻黄碱，高血压不建议服用，
 * 成人每次3粒): a label read out, not a banned additive — unless the reply turns to bulk buying, extraction or dodging the register.
 */
const DOSAGE_TOLD = /(?:每次|一次)[0-9一二两三四五六七八九十半]+(?:粒|片|袋|包|毫升|ml|滴|支|丸)|(?:一天|每天|每日|一日)[0-9一二两三四五六]+次|(?:不建议|不宜|禁止|请勿|不要|别)(?:自行)?(?:服用|吃|使用)|饭后|饭前|遵医嘱|医生或药师|咨询医生|药师/;
const PRECURSOR_TURN = /提炼|提取|提纯|制毒|冰毒|溜冰|原料|化工|量大|批量|不限量|不限购|不用登记|不登记|不实名|没人查|私下|偷偷|多拿|囤|几十盒|上百盒|整箱/;
function medicineDosageTold(ctx: LintContext, start: number, end: number): boolean {
  if (!/含有?[^，。、]{0,4}$/.test(ctx.before(start, 8))) return false;
  const s = ctx.before(start, 30, 'hard') + ctx.after(end, 80, 'hard');
  return /药|胶囊|颗粒|片剂|糖浆/.test(s) && DOSAGE_TOLD.test(s) && !HIDDEN_OR_ADDED.test(s) && !PRECURSOR_TURN.test(ctx.text);
}

/** Round 36 (t36d): a hazardous ingredient of the goods disclosed with a safety warning (see the additive cue). */
const SAFETY_WARNING = /别入口|请勿入口|勿入口|不可入口|不能入口|别吃|勿食|不可食用|不能食用|误食|远离儿童|儿童勿|放在儿童|别让孩子|洗手|戴手套|别用手|勿用手|避免接触|避免皮肤接触|通风|回收|别扔|按有害垃圾/;
function labelledHazard(ctx: LintContext, start: number, end: number): boolean {
  if (!/含有?[^，。、]{0,4}$/.test(ctx.before(start, 8))) return false;
  const s = ctx.before(start, 30, 'hard') + ctx.after(end, 40, 'hard');
  return (SAFETY_WARNING.test(s) || CARRIAGE_BARRED.test(s)) && !HIDDEN_OR_ADDED.test(s) && !ON_BODY_OR_EATEN.test(s);
}
/** Round 37 (t37f): …or named as why such goods may not be shipped or sold across the border (体温计含汞，不能进跨境包裹; 含铅的釉料禁止空运). */
const CARRIAGE_BARRED = /(?:不能|不可以|不可|不允许|不让|禁止|严禁|不得|没法|无法|进不了|过不了)(?:走(?:跨境|国际)?(?:快递|物流|邮政|空运|海运)|(?:跨境|国际|个人)?(?:进|寄|邮寄|寄递|运输|托运|空运|海运|入境|进口|上飞机|过安检|发))|禁寄|禁运|违禁品|不卖(?:这种|这类|这款)/;
/** Goods put on the skin or eaten, where the hazard itself is the offence (美白霜里含汞), and an effect claimed. */
const ON_BODY_OR_EATEN = /霜|面膜|精华|乳液|护肤|化妆|美白|祛斑|淡斑|口红|唇膏|粉底|食品|零食|奶粉|保健|胶囊|药丸|茶|酒|糖|效果|见效|变白|用了|吃了|喝了|抹|涂在脸/;

// Round 25 (t25c): …or refused as a practice the shop does not do (刷单？不做哈; 代开？我们不搞的; 走私？从来不碰) — not a refusal that
// is a premise (刷单？不做不行 / 不做的话销量上不去).
/**
 * Round 42 (t42h): the trade named, then refused as what it brings (水客的货我们不收，每台相机都有报关单; 走私货我们一律不碰) — the goods of the
 * trade turned away, unless a turn follows in the sentence (不收…但老客可以).
 */
const TRADE_REFUSED_AFTER =
  /^(?:的|带的|带来的|带进来的|过来的)?(?:货|东西|商品|单子?|生意|渠道)?(?:我们|我们店|本店|店里|咱们|咱家|我家|这边|我这边)?(?:一律|从来|从|都|也|坚决|绝对|一概|一直)*(?:不收|不要|不拿|不进|不卖|不做|不接|不碰|不走|不用|不沾)(?![^。！？]*(?:但|不过|可是|除非|老客|私下))/;
function tradeRefusedAfter(ctx: LintContext, _start: number, end: number): boolean {
  return TRADE_REFUSED_AFTER.test(ctx.after(end, 30, 'hard'));
}
/**
 * Round 63 (engfa63): the trade's goods told as lacking the papers ours carry (走私货没有报关单，我们家每一单都有; 水客带的货查不到溯源码，我们的
 * 都能查): the trade is the foil our proof is set against, no offer of it — not with a turn in the reply (但, 不过, 私下, 也有水客…).
 */
const TRADE_LACKS_PROOF_AFTER = /^(?:的|带的|带来的|带进来的|进来的)?(?:货|东西|商品)?(?:是|都|也|根本|肯定|一般|通常|往往)*(?:没有|没|不会有|拿不出|查不到|扫不出|无)(?:任何)?(?:报关单|报关记录|报关|溯源码|溯源|检验检疫|检疫证明|完税证明|清关记录|进口凭证|中文标签)/;
const OURS_HAVE_PROOF = /(?:我们|我家|本店|咱家|咱们|店里)(?:家|店)?(?:的)?(?:货|商品)?(?:每一?单|每一?件|每一?批|每瓶|全部|都|均)*(?:有|能查|可以查|能提供|可以提供|附|附带|带)(?!不)/;
const PROOF_SET_AGAINST_TURN = /但|不过|可是|私下|偷偷|也有水客|也走|也能带|渠道/;
function tradeLacksOurProof(ctx: LintContext, _start: number, end: number): boolean {
  if (!TRADE_LACKS_PROOF_AFTER.test(ctx.after(end, 20, 'hard'))) return false;
  return OURS_HAVE_PROOF.test(ctx.compact.slice(end)) && !PROOF_SET_AGAINST_TURN.test(ctx.compact);
}
/** The same from the papers' side (水客带的货一般没有报关单，我们的每一件都附报关单): the papers' lack said of the trade's goods, ours carrying them. */
const TRADE_GOODS_LACK_BEFORE = /(?:走私|水客|水货|私带|偷运)[^，。！？我咱]{0,8}?(?:是|都|也|根本|肯定|一般|通常|往往)*(?:没有|没|不会有|拿不出|查不到|无)(?:任何)?$/;
function tradeGoodsLackOurPapers(ctx: LintContext, start: number, end: number): boolean {
  return TRADE_GOODS_LACK_BEFORE.test(ctx.before(start, 20, 'hard')) && OURS_HAVE_PROOF.test(ctx.compact.slice(end)) && !PROOF_SET_AGAINST_TURN.test(ctx.compact);
}
/**
 * Round 43 (t43i): the buyer's question told as theirs and answered no after a colon or a question mark (您问会不会是走私货：不是的，我们所有订单都走
 * 正规申报; 你担心是不是水客带的？当然不是) — not a yes (…：是的), nor a turn back to the practice after the no (不是的，不过另有水客渠道).
 */
const QUESTION_TOLD = /(?:您|你|买家|客人|顾客|有人|很多人|不少人)(?:刚才|之前|刚刚|也|是)?(?:问|想问|担心|怀疑|想知道|疑惑|顾虑)(?:一下|的是|我们)?[^，。！？]{0,10}$/;
const ANSWERED_NO = /^[^，,。！!？?：:\n]{0,4}?[\s"'”’」』）)]*[：:？?][\s，,、]*(?:不是|当然不是|并不是|绝对不是|肯定不是|不会|当然不会|没有)(?:的|哦|哈|呢|啦|啊|呀)*(?=[，,。！!\s～~]|我们|本店|所有|全部|都)/;
const ANSWER_TURNED = /但|不过|可是|私下|偷偷|悄悄|另外有|也有|还有(?:别的|其他)?渠道/;
function questionToldDenied(ctx: LintContext, start: number, end: number): boolean {
  if (!QUESTION_TOLD.test(ctx.before(start, 16, 'soft'))) return false;
  const at = ctx.toOriginal(end - 1, end)[1];
  const tail = ctx.text.slice(at, at + 60);
  const m = ANSWERED_NO.exec(tail);
  return m !== null && !ANSWER_TURNED.test(tail.slice(m[0].length).split(/[。！!？?\n]/)[0]!);
}
function echoDenied(ctx: LintContext, _start: number, end: number): boolean {
  const at = ctx.toOriginal(end - 1, end)[1];
  return /^[^？?，,。！!\n]{0,3}?[\s"'”’」』）)]*[？?][\s，,、!！~～]*(?:不是|不不|没有|当然不|并不是|并非|哪里|怎么会|(?:我们|本店|咱们|咱|小店|店里)?(?:也|都|从来|从|绝|坚决|一律)?(?:不做|不搞|不干|不碰|不接|不弄|不参与|不卖|没做过|没搞过)(?!不|就|的话|怎么|哪|会|肯定|销量|流量))/.test(ctx.text.slice(at, at + 18));
}

/** The practice asked back and refused (echoDenied), with no offer after it (…不做哈，但您帮忙拍一单返十块). */
const REFUSAL_TURNED = /但|不过|可是|返现|返您|返你|返款|佣金|拍一单|拍几单|帮忙拍|私聊|私我/;
function echoRefused(ctx: LintContext, start: number, end: number): boolean {
  if (!echoDenied(ctx, start, end)) return false;
  const at = ctx.toOriginal(end - 1, end)[1];
  return !REFUSAL_TURNED.test(ctx.text.slice(at, at + 40).split(/[。！!\n]/)[0]!);
}

/**
 * Round 12 (t12b): a rumour about the shop itself said back as a question (有人说我们家是假货、走私货？我们每批都有报关单; 网上说本店的货是
 * 走私进来的？): someone else's words about us, asked back — the rebuttal follows. Not the shop's own offer asked (要走私的货吗？).
 */
function rumourAskedBack(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  if (!/^[^，,。！!？?\n]{0,8}?[？?]/.test(ctx.text.slice(to, to + 12))) return false;
  return /(?:有人|网上|别人|外面|谁|听说|据说|传言|评论里|您|你)(?:都)?(?:说|讲|传|怀疑|以为|觉得|反映)[^。！!？?\n]{0,10}?(?:我们|我家|本店|咱家|咱们|我们家|我们店|你们|你们家)[^。！!？?\n]{0,12}$/.test(ctx.text.slice(Math.max(0, from - 30), from));
}

/**
 * Round 32 (t32c): another shop's practice heard of and asked back (听说别家可以低报？ / 别的店都帮人少报货值？), the next sentence setting
 * the shop's own conduct against it (我们都如实申报 / 本店不做这种事 / 我们没法评价别人) — not a turn to doing it too (我们也行, 也可以帮您).
 */
const OTHERS_LEAD = /(?:隔壁(?:店|家|那家)?|别家|别的店|别的商家|其他店|其他家|其他商家|有的店|有些店|有的商家|有些商家|人家店|同行|别人家)[^。！!？?\n]{0,12}$/;
const OWN_CONDUCT_SET_AGAINST = /^[^。！!\n]{0,24}?(?:我们|本店|咱们|我家|店里|小店|这边)[^。！!\n]{0,20}?(?:如实|按实际|实际(?:成交)?价|真实价|照实|按规定|正规申报|不做|不搞|不会|不能|不帮|不接受|没法评价|不评价|不予评价)/;
/** …or the next sentence opening on a debunk of it (这个您别信, 那是违法的, 不靠谱). */
const OTHERS_DEBUNKED = /^[\s，,]*(?:这个|那个|这种|那种|这|那)?(?:您|你)?(?:千万|可)?(?:别信|不要信|不能信|不可信|别听|不靠谱|(?:是|属于)?违法的?|(?:是|属于)?违规的?|是骗人的|风险(?:很|非常)?大)/;
const OWN_TURN_TO_IT = /也(?:可以|能|行|一样)|一样(?:可以|能)|帮(?:您|你)(?:低报|少报|报低|写低)|私聊|私我|备注/;
function othersPracticeAskedBack(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  const q = /^[^，,。！!？?\n]{0,8}?[？?]/.exec(ctx.text.slice(to, to + 12));
  if (!q || !OTHERS_LEAD.test(ctx.text.slice(Math.max(0, from - 24), from))) return false;
  const next = ctx.text.slice(to + q[0].length, to + q[0].length + 60);
  return (OWN_CONDUCT_SET_AGAINST.test(next) || OTHERS_DEBUNKED.test(next)) && !OWN_TURN_TO_IT.test(next.split(/[。！!\n]/)[0]!);
}

/**
 * Round 41 (t41a): the buyer's claim about the goods asked back for its source (您说的含汞是哪里看到的？我们有检测报告; 你说含甲醛，是在哪看到
 * 的呢？) — someone else's words queried, not an ingredient owned. Not with an admission after it (…？确实含一点, 是加了一点).
 */
const CLAIM_LEAD = /(?:您|你|亲)(?:刚才|刚刚|之前)?(?:说|讲|提到|看到|听说|担心|怀疑|反映)(?:的)?(?:这个|那个)?[^，,。！!？?\n]{0,6}$/;
const SOURCE_ASKED = /^[^。！!？?\n]{0,10}?(?:是)?(?:在)?(?:哪里|哪儿|哪|什么地方|哪个(?:平台|网站|地方|渠道)|谁)(?:看到|看的|听到|听的|听说|说|查到|测的|测出)[^。！!？?\n]{0,6}[？?]/;
const CLAIM_ADMITTED = /确实(?:含|有|加)|是(?:含|加)了|有加|加了(?:一点|点|少量)|含(?:一点|少量|微量)/;
function claimAskedBack(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  if (!CLAIM_LEAD.test(ctx.text.slice(Math.max(0, from - 12), from))) return false;
  const q = SOURCE_ASKED.exec(ctx.text.slice(to, to + 24));
  return q !== null && !CLAIM_ADMITTED.test(ctx.text.slice(to + q[0].length, to + q[0].length + 40));
}

/** Round 41 (t41m): a parcel's outer name given for privacy alone — no customs, tax, declaration or check in the sentence. */
const PRIVACY_WRAPPER = /^(?![^]*(?:海关|关税|税|清关|报关|申报|查验|检疫|查不|不查|没查|安检|过关|入境|监管|拦|扣))[^]*(?:隐私|保密|不被(?:别人|家人|旁人)?(?:看|知道)|别人看不(?:到|出))/;
/**
 * Round 41 (t41m): the ingredient asked as a question and answered with a plain denial right after (大家的刷头都含铅吗？不会的。; 里面有加激素吗？
 * 没有，放心) — the shop denying it, not owning it. Not an answer that only says it will not be found (不会被查出来, 测不出来), a condition (没有的话…),
 * nor a denial with an admission after it (没有…不过加了一点).
 */
const INGREDIENT_QUESTION = /^[^，,。！!？?\n]{0,8}?(?:吗|么|嘛|没有|不|呢)?[？?]/;
const QUESTION_DENIED = /^[\s，,]*(?:亲|哈)?[，,]?(?:当然|肯定|绝对|放心|请放心|完全|都|并|从来)?[，,]?(?:不会(?:的|有)?|没有|没加|不含|都不含|不是|不存在|不可能|哪有|没的事)(?:的|哦|哈|呢|啦)?(?:[。！!，,\s]|$)/;
const DENIAL_UNDONE = /(?:查|测|检测|验)不(?:出|到)|不会被|看不出|发现不了|的话|不过|但是?|其实|确实(?:含|有|加)|加了(?:一点|点|少量)|含(?:一点|少量|微量)|只(?:含|加)/;
function ingredientQuestionDenied(ctx: LintContext, start: number, end: number): boolean {
  const [, to] = ctx.toOriginal(start, end);
  const q = INGREDIENT_QUESTION.exec(ctx.text.slice(to, to + 12));
  if (!q) return false;
  const next = ctx.text.slice(to + q[0].length, to + q[0].length + 40);
  const d = QUESTION_DENIED.exec(next);
  return d !== null && !DENIAL_UNDONE.test(next);
}

const RX_PRESCRIPTION_OFFERED = new RegExp(
  '不用医生|不需要医生|无需医生|不用开|不用处方|不需要处方|无需处方|免处方|没有处方也|搞到|弄到|夹在|藏在|私聊|不用(?:您|你)?(?:再)?去医院|不用(?:您|你)?(?:去)?(?:医院)?(?:开|挂号)' +
    `|(?:不让|不能|不给|不允许|没法)(?:上|挂|上架|卖|发)[^]{0,12}?(?:${WAY_IN_AFTER.source})`,
);

/** Round 32 (t32c): 违禁品 as the class of a thing the reply refuses to sell (弓弩我们没有，这个是违禁品; 那类东西不卖，属于违禁品). */
const CONTRABAND_REFUSED = /没有|没得卖|不卖|不售|不能卖|不可以卖|不提供|不经营|不做|不上架|下架|不能买|别买|不要买|买不了|不建议/;
function refusedAsContraband(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '违禁品' || !/(?:是|属于|算|算是|都是|都属于|属)$/.test(ctx.before(start, 4))) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return CONTRABAND_REFUSED.test(s) && !/私下|找我|加我|(?<![没无])有货|(?<![没无])有渠道|门路|但|不过/.test(s);
}

/**
 * Round 13 (fa13b): the practice itself plainly negated as the shop's own conduct (我们小店不刷单, 我们也不刷单，销量少一点) — not
 * a premise (不刷单的话销量起不来, 不刷单哪来的流量), a suggestion (要不刷单试试, 何不刷单), nor a denial followed by the offer
 * (…，您拍一单我们返现).
 */
function practiceDenied(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  if (!/(?:^|[^要何还])(?:也|都|并|绝|决|从|从来|一直|坚决|向来|绝对)?不$/.test(ctx.text.slice(Math.max(0, from - 4), from))) return false;
  const rest = ctx.text.slice(to, to + 40).split(/[。！!？?\n]/)[0]!;
  if (/^(?:的话|就|哪|怎么|根本|很难|没|是不行|不行|肯定|活不|起不|上不|做不|销量|流量|排名)/.test(rest)) return false;
  return !/返现|返款|返还|佣金|退给您|退款|全额|好评返|拍一单|拍下|帮忙|帮我们|刷|冲/.test(rest);
}

/** Round 35 (t35a): the stake denied (不赌钱, 从不玩钱, 不带彩, 不赌博) in a sentence with no group, stake, cash-out or way in. */
const STAKE_DENIED = /^(?![^]*(?:群|起底|底分|上分|下分|块起|元起|块一局|元一局|一局[一二两三五十0-9]|私聊|私我|加我|找我|积分|换现金|提现|红包|押|彩头|但|不过|只是|的话|没意思|不好玩|不刺激|没劲))[^]*(?:^|[^要何还])(?:也|都|并|绝|决|从|从来|一直|坚决|向来|绝对)?不(?:赌博|赌钱|玩钱|带钱|带彩|赌)/;
/** What turns a denied gambling word back into an offer: a group, a stake, a cash-out or a way in later in the sentence. */
const GAMBLING_OFFER_AFTER = /群|起底|底分|上分|下分|一局|块起|元起|私聊|私我|加我|找我|积分|换现金|兑现|提现|兑换|充值|返水|赔率|押|下注|彩头|带彩|玩点|玩两把|来玩|一起玩|但|不过|只是|就是玩/;
// Round 37 (t37f): …or the shop denied running it, by a verb of running or taking part (不组织任何押注, 从不开设赌局, 没有搞过下注活动).
const RUN_DENIED_BEFORE = /(?:^|[^要何还])(?:也|都|并|绝|决|从|从来|一直|坚决|向来|绝对)?(?:不|没有?|从没)(?:组织|搞|做|参与|提供|开展|举办|支持|开设|开|接受|设|玩)(?:过)?(?:任何|什么)?(?:的)?$/;
// Round 41 (t41c): …or the word the last of two things denied together, joined by 和/或 (街机只有娱乐模式，没有投币兑现和上下分): the first
// item a short noun phrase with no subject, turn or copula.
const COORDINATE_DENIED_BEFORE = /(?:没有|没|无|不(?:设|带|提供|支持|搞|做|开|能|可以))(?:任何)?(?:(?![我你您他她咱但就只是才会能可却而])[^，,。！!？?、\n\s]){1,8}(?:和|与|及|以及|或|或者|跟)$/;
// Round 41 (t41i): …or the buyer advised against using the goods for it (筹码是桌游道具…也不建议拿来赌钱).
const ADVISED_AGAINST_BEFORE = /(?:不建议|不推荐|建议不要|建议别|最好别|最好不要|请勿|切勿|千万别|请不要|请别)(?:您|你|大家)?(?:拿(?:它|来|去)?|用(?:它|来|于|作)?)?(?:来)?$/;
function gamblingDenied(ctx: LintContext, start: number, end: number): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.toOriginal(start, end)[0] - 14), ctx.toOriginal(start, end)[0]);
  if (!practiceDenied(ctx, start, end) && !RUN_DENIED_BEFORE.test(before.slice(-10)) && !COORDINATE_DENIED_BEFORE.test(before) && !ADVISED_AGAINST_BEFORE.test(before)) return false;
  const [, to] = ctx.toOriginal(start, end);
  return !GAMBLING_OFFER_AFTER.test(ctx.text.slice(to, to + 40).split(/[。！!？?\n]/)[0]!);
}

/** 不过 ("but") opening a clause right before the anchor, not 不过 ("not pass"): …，不过清关时间我们没法加快. */
function clauseOpeningBuGuo(ctx: LintContext, start: number, end: number): boolean {
  const at = ctx.toOriginal(start, end)[0];
  return /(?:^|[，,。！!？?~～、；;\s])不过\s*$/.test(ctx.text.slice(Math.max(0, at - 4), at));
}

/**
 * Round 29 (t29b): the anchor 不过海关 read as 不过 ("but") opening a clause whose subject is customs (…，不过海关退税的流程慢一些;
 * 不过海关这两天放假) — not 不过 ("not pass") with the goods (这批货不过海关, 不过海关的渠道, 不过海关也能发).
 */
const CUSTOMS_AS_SUBJECT = /^(?:的(?:退税|清关|查验|审核|流程|系统|时效|规定|政策)|那边|这边|方面|退税|清关|审核|查验|检查|抽检|抽查|流程|系统|放假|休息|节假日|一般|通常|最近|现在|目前|这两天|这几天|会|要|需要|规定|政策|申报|放行)(?![^，。！？]{0,6}(?:查不|不查|不会查|不管|发现不))/;
function butThenCustoms(ctx: LintContext, start: number, end: number): boolean {
  const at = ctx.toOriginal(start, end)[0];
  return /(?:^|[，,。！!？?~～、；;\s])$/.test(ctx.text.slice(Math.max(0, at - 1), at)) && CUSTOMS_AS_SUBJECT.test(ctx.after(end, 14));
}

/** A sentence that forbids, warns against or reports these things is compliant. */
// …or urges the buyer to keep out of it (那是传销，请别参与; 是骗局，千万别信; round 11, t11e).
/**
 * fa16: the invoice service denied, by shape: a denial, a few helper verbs or a beneficiary, then 代开/虚开 (我们不帮人代开发票, 没有代开
 * 发票的业务, 不负责代开, 从不给别人虚开, 不提供代开) — was a list of exact phrases (不代开, 不提供代开). Not when the sentence turns to
 * someone who does (我们不代开，但我朋友公司可以代开).
 */
// Round 29 (t29b): …or the service denied as bought in from someone else (我们不找第三方代开发票, 从不让中介帮忙代开, 不会通过第三方公司代开).
const INVOICE_SERVICE_DENIED =
  /(?:不|没有?|从不|从来不|从没|绝不|决不|拒绝)(?:会|能|可以|敢|再|也|都|给|帮|替|为|找|让|请|托|通过){0,3}(?:人|别人|他人|任何人|外人|公司|客户|其他公司|别的公司|第三方|中介|外面的?)?(?:公司|机构|平台)?(?:帮忙|帮)?(?:提供|做|接|办|办理|负责|承接|支持|开展|经营|搞){0,2}(?:任何)?(?:的)?(?:代开|虚开)(?![^。！？!?]*(?:但|不过|可是|然而)[^。！？!?]*(?:代开|虚开|帮(?:人|别人|公司)开))/;
/** fa16: a travel or civil paper service denied by shape: 不办签证, 不提供代办护照, 没有办理通行证的业务, 从不卖证件. */
const PAPER_SERVICE_DENIED =
  /(?:不|没有?|从不|从来不|绝不|决不)(?:会|能|可以|也|都|帮|给|替|为){0,3}(?:人|别人|他人|客户)?(?:提供|做|接|办|办理|代办|负责|卖|出售|经营){1,2}(?:任何)?(?:的)?(?:通行证|护照|签证|居住证|社保卡|证件)(?![^。！？!?]*(?:但|不过|可是)[^。！？!?]*(?:办|卖|出证))/;
/** Round 20 (t20bt): signs that a refund reason is false — the goods kept, the platform said to side with the buyer, 就说 / 随便. */
const FALSE_GROUND = '平台[^，。]{0,4}会(?:自动)?(?:退|判|支持)|判(?:你|您)赢|(?:不用|不必|无需)(?:退|还|寄回|退回)|留着|白拿|白嫖|不亏|不查|不看|看不出|反正|随便|就说|其实(?:收到|到了|已经)';
// Round 22 (t22ca): …or the shop disowning the kind as a whole (我们没有任何拉人头、发展下线返利的玩法, 本店从不搞这类拉新返利).
// (round 33, t33a: 违法 / 犯罪 denied or made light of — 不违法, 不算违法, 别怕违法 — warns of nothing: 麻将玩点小钱没事，不违法，来我们群)
// (round 33, t33e: …or the act given its verdict, 用他人的身份信息购买属于违规行为，严重的还涉及偷逃税款 — the rule explained; not with a turn after it,
// 属于违规行为，但我们可以帮您)
// (round 40, t40l: 别碰 as a warning off the trade, not a use caution — 涂的时候别碰到眼睛)
// Round 68 (engfa68): …or a misuse of the goods warned off (麻将是家用娱乐的，请不要用于赌博; 切勿用于非法用途): the use refused, not offered;
// or the buyer told, with nothing after the verb, not to buy or try it (听说那种加了违禁成分，千万别买) — not steered to buy elsewhere.
const WARNING = /(?:我们|本店|店里|我们店|咱们|小店)(?:这边)?(?:从来|也|都|根本|从)?(?:没有|不做|不搞|没搞过?|不参与)(?:任何|这种|这类)[^]{0,14}?(?:玩法|活动|模式|机制|制度|项目|做法|套路)|(?:也|都|并|从来|从|绝)?不(?:组织|举办|开展|搞|参与)(?:任何|这种|这类)[^]{0,14}?(?:玩法|活动|模式|机制|项目)|禁止|严禁|拒绝|远离|打击|举报|抵制|(?<!不|没|不算|算不上|并不|不会|不构成|别怕|不怕|不用怕)(?:违法|犯罪)|不得|谨防|警惕|不涉及|不存在|不允许|杜绝|防范|轻信|(?:别|不要|切勿|勿|千万别)(?:去)?(?:参与|参加|加入|相信|信|上当|理会|掺和|碰(?!到|水|眼|伤口))(?!新闻|电视|官媒|媒体|报道|宣传)|骗局|(?<!不用|不必|别)小心(?:被骗|上当|受骗)|(?<![不没])(?:属于|算是|算|构成|涉嫌|是)(?:严重|明显)?(?:的)?违规(?:行为|操作|的)(?![^。！？]*(?:但|不过|可是|照样|也能|也可以|没关系|没事|无所谓))|严重(?:的|的话|时)(?:还|甚至|可能|会|就)*(?:涉及|涉嫌|构成|属于)(?![^。！？]*(?:但|不过|可是|没关系|没事|无所谓))|(?:不要|勿|切勿|别|千万别|不能|不可以?)(?:将其|把它|拿它|将它|把它们)?(?:用于|用来|用作|拿去|拿来)[^，。！？]{0,6}?(?:赌博?|赌钱|违法|非法|犯罪|吸食)(?:用途|活动|行为|的事)?(?=$|哦|哈|啊|呀|呢|了|吧|。|！)|(?:千万别|千万不要|切勿|请勿|请不要|别|不要)(?:去)?(?:买|购买|乱买)(?=[，。！？!?~～]|$|哦|哈|啊|呀|呢)/;
/**
 * Round 34 (t34b): women offered as part of a service — described by youth, looks or 'quality' (姑娘都年轻, 技师个个漂亮, 妹子质量高, 二十出头的小妹), or named
 * beside an arrangement or an open price (安排几个妹子, 妹子…价格好说). 美女 / 小姐 are also ways to address the buyer, so only their
 * described form counts; 小姐姐 never does.
 */
const WOMEN = '(?:姑娘|妹子|小妹|美女|小姐(?!姐)|嫩模|学生妹|技师)';
const OFFERED_WOMEN = new RegExp(
  `(?:姑娘|妹子|小妹|嫩模|学生妹|技师)(?:们)?(?:的)?(?:都|个个|全|全都|很|超|特别|非常|绝对|也)?(?:年轻|漂亮|水灵|身材好|身材棒|嫩|十八|十九|二十|[12][0-9]岁|随便挑|任你挑|随你挑|可以挑|陪|质量|素质|颜值)` +
    `|(?:年轻|漂亮|水灵|十八岁|二十出头)(?:的)?${WOMEN}` +
    `|(?:姑娘|妹子|小妹|嫩模|学生妹)[^。！？]{0,20}(?:安排|价格好说|价钱好说|好商量|包夜|过夜|一晚|懂的|你懂)` +
    `|(?:安排|价格好说|价钱好说|包夜|过夜)[^。！？]{0,20}(?:姑娘|妹子|小妹|嫩模|学生妹)`,
);

// Round 32 (t32c): the line between play and gambling drawn as a caution — a stake named, then 就是/就算/属于 赌博 (涉及大额输赢就是赌博了,
// 带彩头就算赌博) — not 不算赌博 (the stake excused as no gambling), nor with a game offered for money beside it (群, 起底, 上分).
const GAMBLING_LINE = /^(?![^]*(?:群|起底|底分|上分|下分|一局|块起|元起|私聊|加我|找我))[^]*(?:涉及|带|有|玩|赌)[^，。！？]{0,8}?(?:输赢|彩头|彩|钱|赌注|筹码)[^，。！？]{0,4}?(?:那)?(?:就|便)?(?<!不)(?:是|算|算是|属于|成了|变成了?|构成|涉嫌)(?:违法)?(?:的)?赌博/;

// Round 32 (t32c): chips said to hold no money (没有面值, 不能兑换, 计分用) — the game props sold as such — with no cash-out in the
// sentence that is not itself denied (…计分用，结束后一比一换现金 still cashes out).
const CHIPS_FOR_SCORE = /^(?![^]*(?<!(?:不能|不可|不可以|无法|没法|不|别|不会|不涉及)(?:兑|换|兑换|换成|兑成)?)(?:换现金|兑现金|换成现金|兑成现金|兑换现金|换钱|折现|抽水|回收|一比一|1比1|1:1|结算|转账|红包|上分|下分|押))[^]*(?:没有面值|无面值|(?:不能|不可|不可以|无法|没法)(?:兑换|兑现|换钱|换成钱|折现|回收)|计分(?:用|道具|工具)|(?:只|仅|纯)(?:是|用于|作为|供|作)?(?:游戏)?计分|不涉及(?:任何)?(?:金钱|钱|现金))/;

// (round 17, fa17b: 小心被骗 closing a scheme told back and denied — 说拉人头有返利，我们店没有代理制度…小心被骗)

/** Round 12 (t12b): WARNING without a ban that is the gate the shop then gets round (国内是禁止进口的…不过我们有门路). */
// Round 22 (t22cb): the risk of unlawful goods told to steer the buyer to a lawful channel (代购水货没有报关，万一出问题维权很难，建议走正规
// 跨境渠道; 没报关的奶粉出了问题没保障，您慎重).
const UNLAWFUL_RISK = /(?:出(?:了)?问题|坏了|丢了|被扣)(?:也|都|就)?(?:没人管|没人负责|找不到人|没处说理)|维权(?:很|比较|会|就)?难|(?:没有?|无)(?:售后)?保障|风险(?:很|比较)?(?:大|高)|建议(?:您)?(?:走|选|通过|认准)(?:正规|官方)|(?:您|你)?(?:要)?慎重|慎买|谨慎购买/;
const WARNING_NO_GATE = new RegExp(WARNING.source.replace('禁止|', '禁止(?!进口|入境|邮寄|携带|销售|带入|寄)|'));
/** Round 36 (t36a): WARNING without a ban on trade or publication that is the gate the shop then gets round (国际上禁止交易，所以页面只写…). */
const WARNING_TRADE_GATE = new RegExp(WARNING.source.replace('禁止|', '禁止(?!交易|买卖|贸易|销售|进口|出口|入境|出版|发行)|'));
/**
 * Round 36 (t36a): the ban on a wildlife product told as the rule (象牙制品不能买卖，我们这把梳子用的是牛角; 穿山甲不准交易) — not with the
 * product still supplied past it (WILDLIFE_GATE: 不过仓库还有一只, 页面写的是骨雕).
 */
// (round 38, t38f: …or the shop's own refusal of the trade — 没有CITES证的象牙制品我们一律不收不卖)
const WILDLIFE_BAN = /(?:不能|不可以|不准|不许|不允许|不让|禁止|严禁|不得)(?:买卖|交易|出售|销售|售卖|贩卖|进口|卖)|是违禁(?:品|的)|属于(?:国家)?保护|是国家(?:一级|二级)?(?:重点)?保护(?:动物|野生动物|物种)|不(?:收|卖|碰|经营)(?:也)?不(?:收|卖|售|碰)|一律不(?:卖|收|碰|经营)/;
function wildlifeBanTold(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 40);
  return WILDLIFE_BAN.test(s) && !WILDLIFE_GATE.test(s);
}
/**
 * Round 36 (t36a): a wildlife product supplied past its gate: a listing or waybill hiding its name, a wink, a private or last piece still
 * offered. A ban stated alone is the rule told (象牙制品禁止交易，我们这款是牛角的), not the gate.
 */
// (round 40, t40i: …or the title set down as another material, the platform said not to find it — 标题写的是“白玉骨”，平台搜不到)
const WILDLIFE_GATE =
  /不(?:写|标|敢写)(?:真实)?(?:品名|名字|真名)|只写|写成|(?:标题|页面|链接|品名|单子|面单|单据|报关单|申报单|商品页|详情页|上架)(?:上|里|时)?(?:我们|都|就|只|一律)?(?:写|标|报)(?:的是|的|成|作)|(?:平台|系统|别人|外人|审核)(?:上)?(?:也|就|都)?(?:搜|查|识别)不(?:到|出)|(?:您|你)懂(?:的|得)|懂的都懂|私下|(?:但|不过)(?:是)?(?:我们|仓库|这边|店里)?(?:还|仍然|依然)?有(?:货|一|几|存)|(?<![没无])有货|最后一(?:条|件|只|个|批|套)|要的话|喜欢的话/;

/**
 * Round 39 (t39p) / 41 (t41i): beside goods declared as something else, a sign the carrier's or customs' check was got past or dodged.
 * Round 41 (t41i): …also the carrier said to take it anyway (快递也照收), the check called lax (那边查得松), the goods barred from the
 * carrier (充着气不能快递), or the receiver told to keep it from other eyes (收到别拆给外人看).
 */
// Round 42 (t42b): …also the carrier said to take it (快递能收, 物流也收), the goods flown fast past the ground route (走空运，两天就到; not
// an honest class on a special line — 申报成带电货物，要走空运特货线) or split into several orders
// (拆成琴身和琴颈分两单寄), or the licence or registration the goods need said to be missing (要许可证，我们没有; 没有医疗器械注册证).
const DECLARED_PAST_CHECK =
  /(?:快递|物流|邮政|顺丰|航空|空运)(?:那边|公司)?(?:(?:也|都|就)?(?:能|会|肯|可以)|也|都)(?:收|走|寄|发|运)|不用(?:等|走)(?:陆运|海运)|(?:走|发)(?:普通)?空运(?!特货|专线|特种|危)[^。]{0,10}?(?:快|就到|[0-9一二两三四五]天(?:就)?到)|拆成[^，。]{1,10}(?:分)?(?:两|二|几|三|多|[0-9])(?:单|个包裹|个包|包)|分(?:两|三|几|多|[0-9])(?:单|个包裹)(?:寄|发)|(?:许可证?|证书|证明|注册证|批文)[，,]?(?:我们|我|这边|店里)(?:都|也)?没有|没有?[^，。]{0,6}(?:注册证|许可证|批文|准字号)|过得去|过得了|没出过(?:事|问题)|没被(?:查|拦|扣)|不会被?(?:拦|查|扣)|查不(?:到|出)|(?:一直|都是|向来)(?:都)?这么(?:发|寄)|心里有数|(?:您|你)懂(?:的|得)|懂的都懂|别(?:在网上|到处)?晒|别声张|不让(?:寄|运|带|发|加|进|卖)|不能(?:寄|运|带|快递|邮寄)|(?:航空|空运|飞机|快递|物流|邮政|海运)(?:那边)?(?:是)?(?:不能|不让|不给|不肯|不收|不接)(?:走|发|运|寄|收)?|(?:航空|空运)[^，。]{0,3}走不了|过不了|没有?(?:证书|证明|许可)|不带证|没证|(?:走|用)普通快递|别(?:跟|和|对|告诉)[^，。]{0,4}(?:快递员|快递小哥|快递|物流|司机|安检)|不(?:按|走|报|当)(?:作)?(?:危险品|危化品|危险物品|危货)|夹层|暗格|塞(?:在|进|到)|处方药|安检(?:过|能过|查不)|过安检|躲过|避开|(?:快递|物流|安检|海关|邮政|航空|机场)[^，。]{0,3}照(?:样)?(?:收|寄|发|过|走|放)|查得(?:松|不严|不紧)|(?:不怎么|很少|基本不)(?:查|看|管)|别(?:拆|打开|拿)(?:给|让)?[^，。]{0,3}(?:外人|别人|旁人)(?:看|知道)/;

/** Round 41 (t41i): a dosing schedule in injections (一周两针, 隔天一针), the anchor of an injectable offered unnamed. */
const INJECTION_SCHEDULES = ['一周', '每周', '一星期', '每星期', '一礼拜', '每礼拜', '一天', '每天', '隔天', '两天', '三天', '每月', '一个月'].flatMap((p) => ['一针', '两针', '二针', '三针'].map((c) => p + c));

/** Round 38 (t38a): a meter's reading tampered with (改电表读数, 里程调回去, 走慢, 倒转, 窃电). */
// (round 40, t40l: …or the meter itself "moved" for the buyer, or the utility said blind to it — 帮您把电表“动”一下…供电局查不出来)
const METER_TAMPERED =
  /(?:电|水|气)?表(?:动|调|改|弄)(?:一下|一动|了|过)|(?:供电局|供电所|电力局|电网|国网|自来水公司|水务|燃气公司|煤气公司)(?:那边)?(?:都|也)?(?:查|看|发现|测)不(?:出|到)|(?:改|调|(?<![电自手启运移振转滚])动|刷|控|遥控|篡改)[^，。！？]{0,6}?(?:读数|度数|走字|里程|公里数|示数|计量)|(?:读数|度数|示数|里程|公里数|计量)(?:能|可以|就|都)?(?:往回|往下|往少)?(?:改|调|动|拨)(?:低|小|少|慢|掉|回)?|(?:调|改|倒)(?:回去|回来|低|少|小|慢)|走(?:得)?慢|少走|倒转|倒着走|不走字|停走|窃电|偷电|白用(?:电|水|气)|不(?:用|花)(?:电|水|燃气)费/;
/** Round 38 (t38a): what a jammer or a plate cover defeats (定位失灵, 电子眼拍不到, 测速测不到, 躲过抓拍). */
// (round 40, t40e: …or the camera not feared — 过电子眼不怕拍)
const ENFORCEMENT_DEFEATED =
  /失灵|失效|(?:定位|信号|gps|北斗)[^，。！？]{0,4}?(?:不到|没了|不上|丢|断)|(?:查|追踪|跟踪|监控|拍|照|抓拍|识别|测|扫)不(?:到|出|清|了)|(?:躲|避|逃|绕)(?:过|开)?[^，。！？]{0,4}?(?:电子眼|摄像头|测速|抓拍|监控|交警|检查|查车|定位|违章)|(?:电子眼|摄像头|测速|抓拍|监控|交警|探头)[^，。！？]{0,6}?(?:看不|拍不|照不|抓不|测不|识别不|发现不)|(?:扣分|罚款|违章)[^，。！？]{0,4}?(?:不了|没事|不怕|找不到)|不(?:被|会被)(?:拍|抓拍|定位|追踪|查到)|(?:电子眼|摄像头|测速|抓拍|监控|探头)[^，。！？]{0,4}?不怕|不怕(?:被)?(?:拍|抓拍|电子眼|扣分|罚)/;

/** Round 39 (t39g): another person's device knocked out by a jammer (对手车直接失控, 别人的无人机掉下来, 对方手机没信号). */
const JAMMED_OTHERS =
  /(?:对手|对方|别人|他人|邻居|隔壁|旁人|其他人|人家)[^，。！？]{0,8}?(?:失控|失联|断联|掉下来|炸机|没(?:了)?信号|连不上|用不了|打不了电话|断(?:网|线|连))/;

/** Round 38 (t38f): goods sold to adults only, the age check dodged for them, and the age rule told. */
// Round 39 (t39o): …every kind of wine and spirit by name (葡萄酒, 香槟 — not the colour, 白兰地, 朗姆酒, 金酒, 龙舌兰, 干邑, 果酒, 起泡酒) and
// bottles named by brand only (茅台, 五粮液, 拉菲 — not 拉菲草, Hennessy, 人头马, 芝华士, 杰克丹尼), and cigarettes by brand (万宝路, 悦刻).
const TOBACCO_ALCOHOL = /雪茄|香烟|烟草|卷烟|电子烟|烟弹|烟油|白酒|啤酒|红酒|洋酒|威士忌|伏特加|清酒|烈酒|酒类|彩票|槟榔|葡萄酒|香槟(?!色|金|粉|银|玫瑰|蓝)|白兰地|朗姆酒|金酒|杜松子酒|龙舌兰|干邑|黄酒|果酒|梅酒|起泡酒|气泡酒|预调酒|鸡尾酒|利口酒|烧酒|米酒|干红|干白|茅台|五粮液|泸州老窖|剑南春|汾酒|拉菲(?!草)|hennessy|人头马|马爹利|芝华士|尊尼获加|杰克丹尼|百龄坛|麦卡伦|格兰菲迪|獭祭|百威|喜力|科罗娜|嘉士伯|万宝路|悦刻|iqos/;
// (round 39, t39k: …or an adult's account or papers used for the minor's order, 下单用您爸妈的账号和身份证就行, 拿家长的身份证实名一下)
const AGE_DODGED = /(?:别|不用|不要|不必|无需)(?:写|填|填写|提供|报|说)(?:真实)?(?:年龄|岁数|生日|身份证)|不(?:验|查|看|核)(?:年龄|身份证|身份)|不用实名|(?:实名|身份证|身份)(?:信息)?(?:就|都)?(?:填|用|写)(?:您|你)?(?:的)?(?:爸妈|父母|爸爸|妈妈|老爸|老妈|家长|家里人|大人|成年人)|(?:用|拿|借|填)(?:您|你)?(?:的)?(?:爸妈|父母|爸爸|妈妈|老爸|老妈|家长|家里人|大人|哥哥|姐姐|成年人|爸|妈)(?:(?:或者?|和|跟|、|或是)(?:您|你)?(?:的)?(?:爸妈|父母|爸爸|妈妈|老爸|老妈|家长|大人|哥哥|姐姐|爸|妈))?(?:的)?(?:账号|帐号|身份证|身份|名义|信息|名字|手机号)|(?:不会|不用|不)(?:打电话)?(?:核实|核对)(?:年龄|身份)?/;
// (round 40, t40e: …or two parents offered as alternatives, 用你爸或者你妈的手机号和身份证去实名, and the check said not to be made, 不会打电话核实)
/** Round 40 (t40l): the shop's age check said not to be made (我们不查年龄, 不核实年龄) — not a product's age range (不限年龄). */
const AGE_CHECK_WAIVED = /(?:不|不用|不会|无需|不需要)(?:验|查|看|核|核实|核对|问|管)(?:您|你)?(?:的)?(?:年龄|岁数)/;
// (round 51, t51: not an age short of 18 — 没满18, 不满十八, 还没成年 — which a 满18 or a 成年 inside it does not refuse)
const MINORS_REFUSED = /不向|不卖给|不能卖给|(?<![没不未])年满|需满|(?<![没不未])满18|(?<![没不未])满十八|不能买|不可以买|不能购买|买得起|大学生|(?<![未没])成年/;

/** Protected wildlife and its products, as the wildlife cues name them (round 38, t38a: sturgeons, sea turtles, the saiga). */
// Round 39 (t39c): also the protected reef species (大砗磲壳和一小枝红色老珊瑚，不能上架…夹在表盒里一起发).
// (round 45, t45g: …the kingfisher's feathers of 点翠 work, told real — 真点翠, 翠鸟羽毛; plain 点翠 is a craft name, usually dyed goose feather)
const WILDLIFE_PRODUCTS = ['翠鸟羽毛', '翠鸟毛', '翠鸟的羽毛', '真点翠', '象牙', '犀角', '犀牛角', '玳瑁', '虎骨', '虎皮', '豹皮', '穿山甲', '藏羚羊', '沙图什', '盔犀鸟', '鹤顶红', '熊掌', '中华鲟', '长江鲟', '达氏鲟', '白鲟', '海龟', '绿海龟', '赛加羚羊', '高鼻羚羊', '砗磲', '红珊瑚', '老珊瑚', '宝石珊瑚', '黑珊瑚', '唐冠螺'];

/** A shop offering to issue a paper, or pricing it by the copy: 能帮您开, 我们能做, 一张50, 五十一份, 报销用. */
// (round 52, cf52: not 可能 + 做 — 砸招牌的事怎么可能做呢，每单都有报关单 is no offer to make one)
const OFFER_TO_ISSUE =
  /(?:帮|给|替)(?:您|你)?(?:开|出具|出一|做|弄)|(?:(?<!可)能|可以|我们)(?:帮(?:您|你))?(?:开|出具|出一|做)|不用等海关|直接(?:给(?:您|你))?开|一[张份本][0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:元|块)?一[张份本]/;
/**
 * Round 25 (t25c): the batch's paper sent as a picture (检验检疫证明…我在这里发图片给您，报销用的话也可以盖章; 拍照发您) — a copy of what
 * customs issued, shown; not when the sentence also makes one (帮您做一张，拍照发您; 一张50).
 */
const PAPER_PICTURE = /(?:发|拍|传|截)(?:个|张|一张|几张|一下)?(?:图片|照片|图|截图|扫描件|电子版)(?:给|发)?(?:给)?(?:您|你)|(?:图片|照片|截图|扫描件|电子版)(?:发|传)(?:给)?(?:您|你)|拍(?:照|图|个照)?(?:发|给)(?:您|你)/;
const PAPER_MADE = /现做|伪造|做一[张份]|开一[张份]|(?:帮|给|替)(?:您|你)?(?:做|开|出具|弄|p)|p一[张份下]|一[张份本][0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:元|块)?一[张份本]|不用等海关/;
function paperShown(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 60);
  return PAPER_PICTURE.test(s) && !PAPER_MADE.test(s);
}
/**
 * Round 36 (t36g): a seal told as what a paper bears (报关单上盖的是海关的章, 盖着检疫章, 盖有海关章) — a description of the real paper,
 * not the shop stamping one; not when the sentence also makes or stamps one (我们能盖, 帮您盖, 刻一个, 跟真的一样).
 */
const SEAL_BORNE = /盖(?:的|着的)?(?:都)?是|盖着|盖有|上面的章是/;
const SEAL_MADE =
  /萝卜|刻|现做|做一|伪造|造假|假的|以假乱真|跟真的|(?:能|可以|会|帮|给|替|我们|我|这边|随便|照样|都)(?:(?:您|你)|都|来|给)?盖(?!的是|着|有)/;
function sealBorne(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 40);
  return SEAL_BORNE.test(s) && !SEAL_MADE.test(s);
}
/** Round 30 (t30c): advice against taking the goods as, or with, a prescription drug (不建议当安眠药吃, 不宜代替, 不要和…同服). */
const DRUG_ADVISED_AGAINST =
  /(?:不建议|不推荐|不宜|不适合|不适宜|不可以?|不应该?|不能|切忌|忌|避免|请勿|勿|别|不要)(?:您|你|大家)?(?:把(?:它|这款|这个|这瓶|这盒)?[^，。]{0,4}|拿(?:它|这款|这个)?)?(?:当|当作|当成|作为|代替|替代|取代|和|与|跟|同|搭配|配合)(?:成|作)?$/;
/** Round 30 (t30c): the buyer sent to a doctor (请去医院, 咨询医生, 遵医嘱, 医生开的) with no doctor waved off or stock offered after it. */
const DOCTOR_REFERRAL =
  /^(?![^]*(?:不用|不要|不需要|无需|免|别去|不必|麻烦|直接拍|直接发|我这|我们这|(?<![没无])有货|私聊|私我|代开|帮您开|帮你开))[^]*(?:(?:请|建议|最好|还是|需要|要|得|务必)(?:您|你)?(?:先|及时|尽快)?(?:去|到)?(?:医院|就医|看医生|咨询医生|问医生|问问医生)|遵医嘱|医生(?:开|指导|处方|评估))/;
/** Round 37 (t37f): the dose or the stop left to the doctor (减不减量必须由医生决定, 停不停药听医生判断), nothing waived or stocked beside it. */
const DOCTOR_DECIDES = /^(?![^]*(?:不用|不要|不需要|无需|免|别去|不必|直接拍|直接发|(?<![没无])有货|私聊|私我|代开|帮您开|帮你开))[^]*(?:由|听)(?:您的|主治|专业)?医生(?:来)?(?:决定|判断|评估|定|说了算)/;
/** What a drug euphemism does, or what it is not: 一颗嗨一晚上, 比咖啡猛多了, 一贴就飞, 不是冰箱的冰. Round 14 (t14): who uses it and
 * how it changes hands (夜场朋友都在用, 同城闪送不走快递, 不留记录). */
// Round 23 (t23dz): …or a drug test dodged (不怕尿检, 唔使惊验到, 验尿也验不出).
const DRUG_EFFECT =
  /(?:不怕|唔怕|唔使惊|唔惊|不用怕|不用担心|唔使担心|无惧)(?:被)?(?:尿检|验尿|药检|毛发检测|(?:验|查|测)(?:到|出)(?!来?(?:什么)?问题|假|不合格|毛病))|(?:尿检|验尿|药检|毛发检测)(?:也|都)?(?:验|查|测|检)(?:不|唔)(?:出|到)|自种|自己种的|吸一口就|(?:一|两|几)小?[口颗粒片包]就(?:能)?(?:飘|嗨)|飘起来|飘飘欲仙|一[颗粒片口包]嗨|嗨一(?:晚|整晚|夜|通宵)|嗨到天亮|嗨翻天|飞起来|一贴就飞|飞一下|比咖啡(?:还)?猛|蹦(?:一)?(?:整)?(?:晚|夜|通宵)|吃一[颗粒片]能(?:蹦|嗨|high|飞)|飘飘的|飘飘然|(?:抽|吸)(?:两|一|几)口[^]{0,3}(?:飘|嗨|飞|上头)|让人兴奋的(?:药|粉)|比红牛(?:还)?猛|看(?:见|到)小人|让(?:对方|他|她)(?:睡|昏|晕)|(?:对方|他|她)(?:一点)?(?:察觉|发觉)不到|眼前全是|出现幻觉|产生幻觉|能看到幻|整个人(?:都)?软|浑身(?:发)?软|不省人事|吃完别开车|劲儿?大[^]{0,6}别开车|通宵不困|(?:一|整)(?:整)?(?:晚|夜|宿)不睡(?:都|也)?(?:精神|不困)|(?:一|整)(?:整)?(?:晚|夜|宿)(?:上)?(?:都|也)?不困|不是[^]{0,4}(?:吃|喝|泡|冰箱|厨房|做菜|用来|小孩|店里|超市)[^]{0,4}的(?!问题|原因|错|毛病|责任|锅|缘故|关系)|(?:蹦迪|夜店|派对|酒吧|轰趴|嗨局)(?:专用|必备|神器|的时候(?:吃|来|嗑))|(?:吸|闻|嗑|溜)(?:一点|一下|一口|两口|一小口)(?:就)?(?:很|特别|超|巨)?(?:放松|舒服|飘|爽|嗨|上头|兴奋)|第一次别(?:吸|嗑|溜|吃)多|(?:夜场|夜店|蹦迪|酒吧|ktv|派对|轰趴|场子里)(?:的|里的)?(?:朋友|兄弟|姐妹|小姐姐|玩家|人)?(?:都在|都|常|必)(?:用|吃|嗑|来)|不留(?:聊天|交易|任何)?记录|同城(?:闪送|跑腿|自取)[^]{0,8}?不走快递/;

/**
 * Round 30 (t30c): a dose counted, then the high (吸两下整个人都飘了, 喷一下就嗨, 含一片就飘起来) — 飘 as a state, not a scent that drifts
 * (喷两下满屋飘香) nor the airy feel of a perfume or a dress (喷一下整个人都飘飘的，仙女感).
 */
const DOSE_HIGH =
  /(?:抽|吸|闻|嗅|喷|吃|喝|溜|嗑|舔|含|滴)(?:了|上)?(?:一|两|二|几|三|半)(?:下|口|次|颗|粒|片|泵|喷|滴|小口)[^。！？]{0,6}?(?:飘(?:了|起|一(?:整)?(?:晚|夜))|嗨(?!皮)|high|飞(?:了|起)|上头)/;
/** Round 30 (t30c): the goods kept back for those in the know (熟客我才拿出来, 不对外卖, 老客才有, 报暗号). */
const KEPT_FOR_INSIDERS =
  /(?:别|不要|不用)(?:在)?链接(?:上|里)?(?:拍|下单)|(?:熟客|老客|老顾客|熟人|老主顾|懂的人|自己人|信得过的)(?:我|我们)?(?:才|才会|只)|不对外|不上架|没上架|(?:不|没|没有)(?:放|挂|上)(?:出)?(?:来)?(?:的)?链接|不公开卖|私下(?:给|留|发|卖)|暗号|别问太细|懂的(?:都懂|来)|别跟别人说|别外传/;
/** Round 30 (t30c): the drink is alcohol or a soft drink, or the high is praise going to one's head (喝两口就飘了 of a whisky; 您一夸我都飘了). */
const INNOCENT_HIGH = /酒|度数|微醺|醉|夸|表扬|好评|谢谢|感谢|k歌|唱歌|音乐|汽水|气泡水|咖啡|奶茶|饮料|果汁/;

/** Round 23 (t23dz): consumed and high (食咗好high, 吃了很嗨, 抽完贼上头) — read only with a special thing named (特别的东西). */
const CONSUMED_HIGH = /(?:吃|食|喝|饮|吸|抽|溜|嗑)(?:了|咗|完|过|后|落去)(?:会|就|都)?(?:很|好|超|特别|巨|贼|老|非常)?(?:high|嗨|上头|飘|爽翻)/;

/**
 * The shop supplying the goods anyway (round 10, shared by the gate tests): stock on hand, brought in by hand or from abroad,
 * sent quietly, 走个人物品. Read in the sentence of a gate stated missing (国内禁售, 没批, 没注册, 不需要医生开).
 */
const SUPPLIED_ANYWAY =
  /(?:我们|我|这边|店里|咱)(?:这边|这里|手上|手里)?(?:还|也|照样|依然|一直)?有(?:现货|货|库存|存货|渠道|门路|办法|几|少量)|还(?:有|剩)(?:现货|货|库存|几|最后|一些|少量)|(?:背|带|运|弄|拿|搞|走|捎)(?:过来|进来|回来|下来|上岸)|所以(?:才|就)?(?:这个|这么|那么)?(?:价|便宜|[0-9一二两三四五六七八九十几]+(?:块|元))|人肉|想要的话|要的话|直接拍|私聊|私我|先到先得|量少|照样(?:发|卖|寄)|也能(?:发|寄|买|弄|带)|(?:悄悄|偷偷|私下|照常|低调)(?:地)?(?:可以|能)?(?:给(?:您|你))?(?:发|寄|卖|带|邮|出)|(?:直接|帮(?:您|你))(?:从[^，。]{1,6})?(?:带|拿货|进货|代购|寄过来|发过来)|从[^，。]{1,6}(?:直接)?(?:带|拿货|进货|人肉)|走(?:个)?(?:个人物品|私人物品|行李)|(?:按|以|当|当作|当成|作为)(?:个)?(?:个人物品|私人物品|个人自用物品|自用物品|行李)[^。！？]{0,12}?(?:再|然后|之后|又)(?:上架|卖|出售|销售|转卖|拿来卖)|(?:我们|我)(?:这边)?(?:可以|能|就)(?:从[^，。]{1,6})?(?:直接)?(?:发|寄|卖)|(?:但|不过|所以|可)(?:是)?[^，。]{0,6}(?:便宜|实惠|划算|效果一样|一样(?:用|有效)|是真的|是真货|货是真)|还(?:压着|囤着|存着)|便宜出|低价出|清仓出|出掉|拆成|当(?:成|作)?[^，。]{1,6}(?:寄|发|报)|改(?:个)?(?:名|品名)|换(?:个)?(?:名|品名|名字)|库存(?:还有|只剩|就剩|不多|最后)|最后(?:[0-9一二两三四五六七八九十几]+|一)(?:罐|盒|瓶|件|支|个|套|包|袋|份|批)|手慢(?:就)?(?:无|没)|卖完(?:就)?没(?:了|有)|只(?:给|对|卖给|发给|留给|供)(?:老客|熟客|老顾客|熟人|老客户|回头客|老主顾|自己人)|(?:瓶子|瓶身|罐子|盒子|包装|外包装|外盒)上?(?:贴|印)(?:的是|成)(?!中文|原厂|原装|品牌)[^，。]{1,8}?(?:的)?标/;
/** Where SUPPLIED_ANYWAY is the refusal or the shop's own compliance instead. */
const NOT_SUPPLIED = /严禁|拒绝|远离|举报|违法|犯罪|谨防|警惕|不卖|不做|不发|不能发|没法发|无法|暂停|下架|停售|取消|退款|所以不|不会|不能卖|请勿|没有(?:现货|货|渠道|库存|门路)|谣言|辟谣|会员|账号|用户/;

/** Round 12 (t12b): a field's content left to the buyer (想写法国写法国, 按您要求改, 写办公用品就行, 开多少您定, 随便填). */
// (round 39, t39a: …not a form filled in with no content named — 序列号在标签上，报修时在售后申请里填一下就行, 写清楚就行, 填好就行)
/**
 * Round 39 (t39m): a drug offered in any quantity (要几多支都得, 要多少有多少, 不限量, 管够, 整箱): the pharmacy's limit waived. Not 都得 as
 * "must" (要多少都得看医生开).
 */
const UNLIMITED_SUPPLY = /要(?:几多|多少|几)(?:支|瓶|盒|板|片|粒|箱|排)?(?:都|就)?(?:有|得(?!看|去|凭|经|问|听|遵|按|开|由|有处方|医生)|行|可以|给|卖|发)|要多少有多少|多少(?:支|瓶|盒|板)?都(?:有|行|可以|卖|发|给)|不限(?:量|购|数量)|随便(?:买|拿|要)|管够|整箱|成箱|几多都得/;
// Round 39 (t39m): the invoice-service cue's one clause-bound reading — any kind of invoice issuable (各种发票都能开, 什么类型的
// 发票都可以开). When the sentence holds no other service sign, the choice word must stand in the invoice's clause (the offer may
// follow after a comma).
const INVOICE_SERVICE_OTHER = /代开|虚开|帮(?:人|别人|公司)开|(?:别的|其他|任意|任何|别人)(?:公司|单位)(?:的)?(?:抬头|名义)|(?:餐饮|住宿|办公用品|会务|咨询|劳务|材料|运输|加油)(?:费)?(?:的)?(?:发票|票)(?:都|也)?(?:能|可以)?开|按(?:票面|面额)[^，。！？]{0,4}(?:收|点)/;
const ANY_KIND_ISSUABLE = /(?:各种|各类|各行业|任何|什么|啥)[^，。！？]{0,4}(?:发票|票)[^，。！？]{0,4}(?:都|也)?(?:能|可以)?开(?![吗么嘛])/;
function anyKindAcrossClause(ctx: LintContext, start: number, end: number): boolean {
  if (INVOICE_SERVICE_OTHER.test(sentenceOf(ctx, start, end, 40))) return false;
  // (the offer may follow in the next clause: 您要什么发票，我们都能开)
  return !ANY_KIND_ISSUABLE.test(ctx.before(start, 16, 'soft') + ctx.compact.slice(start, end) + ctx.after(end, 12, 'hard'));
}
const AT_WILL = /^[^。！？]{0,12}?(?:想写(?:什么|啥|哪|哪里|哪儿)?(?:就)?写|想写[^，。]{1,6}写|想填(?:多少|什么|啥)?(?:就)?填|随便(?:写|填|改|印|打|标|开)|随(?:您|你)(?:写|填|改|定|选)|按(?:照)?(?:您|你)(?:的)?(?:要求|意思|需要|说的|要的)(?:来)?(?:重新)?(?:改|写|填|印|标|打|开)|(?:您|你)(?:说|想|要)(?:写|填|改|印|开)(?:什么|啥|哪|多少)|(?:可以|能)(?:帮(?:您|你))?(?:改|换|重新打|重印|重新印|改成)|写(?:成)?(?!一下|下|好|清楚|完整|正确|准确|对|全|进|到|在|上就行)[^，。]{1,8}就行|按(?:您|你)的(?:需求|要求)定制|填(?:成)?(?!一下|下|好|清楚|完整|正确|准确|对|全|进|到|在|上就行)[^，。]{1,8}就行|(?:多少|什么)(?:您|你)定|(?:您|你)定|(?:您|你)说了算|任意(?:写|填|改))/;
/** Round 12 (t12b): a person other than the buyer, or anyone at all (前夫, 那个差评买家, 任意手机号, 他/她). */
// (round 15, fa15: 他 inside 其他/吉他 is no third person — 看不到您的其他信息)
// (round 23, t23b: 差评的 is the reviewer, not the review's matter — 差评的事/问题/内容 names no one)
const THIRD_PERSON = /(?:这个|那个|那位|这位|其他|别的|某个|有个)(?:买家|客户|顾客|人|女的|男的)|前夫|前妻|老公|老婆|男朋友|女朋友|对象|(?<![其吉利排])他|她|别人|他人|其他买家|别的买家|那个买家|差评买家|对方|任意|任何人|某人|那个人|仇人|同事|邻居|这个人|差评的(?!事|问题|内容|原因|情况|处理|理由|截图|图片|评价|订单|单子|商品|东西|那件事|这件事|部分|回复)/;
/** Round 12 (t12b): the shop offering to look up, send or sell such data (帮您看看, 可以查, 我都有, 发您, 卖给). */
const DATA_OFFERED = /(?:我|我们)(?:已经|都|早就)?(?:查到|查出|找到|摸清|打听到)|帮(?:您|你)(?:看看|查|查查|调|找|问)|(?:我|我们|本店|这边|咱们)(?:这边|这里)?[^，。]{0,4}?(?:可以|能|都能|还能|也能)(?:帮(?:您|你))?(?:查|调出|调取|查到|看到|弄到|搞到)|我(?:这边|们)?(?:都)?有|发(?:给)?(?:您|你)|给(?:您|你)(?:发|看)|卖给|额外服务|一次[0-9]+|[0-9]+一次|收费/;

/** Round 21 (t21bw): another's papers said to fail customs, the rule told (用别人的身份证会清关失败的，这是海关的要求; 订购人本人). */
// Round 22 (t22cb): …or a held declaration diagnosed and corrected (清关失败是因为订购人和支付人不一致, 申报被退回的原因是…, 付款人改成同一个人).
const CUSTOMS_FAILS = /清关失败|清不了关|(?:清关|审核|实名)(?:就|会|都)?(?:不通过|通不过|过不了|失败)|海关的?(?:要求|规定)|(?:订购人|下单人|收件人|支付人)本人|(?:失败|退回|被退|卡住|驳回|没过)(?:了)?(?:是因为|的原因)|(?:订购人|下单人|付款人|支付人|收件人)[^，。？！]{0,10}(?:不一致|对不上|不是同一(?:个)?人?)(?!也|都|没关系|没事|无所谓|照样|一样)|改(?:成|为)(?:同一|一致)/;
/**
 * Round 29 (t29b): the rule that the names must agree, told (订购人、支付人、收件人三个要一致; 需要订购人和实名信息一致; 下单人和付款人得是
 * 同一个) — not when the same sentence says what the borrowed name buys (额度就不算您的, 不占额度, 省税, 查不出).
 */
const NAMES_MUST_AGREE = /^(?![^]*(?:额度(?:就|也)?(?:不算|够|够用|不占|不受)|不占(?:您的?)?额度|不超(?:额度|限额)|避税|省税|少交|查不|不会查))[^]*(?:订购人|下单人|付款人|支付人|收件人)[^。？！]{0,16}?(?:要|需要|必须|得|应|应该|保持)?(?<!不)(?:一致|相同|是同一(?:个)?人?)(?!也|都|没关系|没事|无所谓|照样)/;
/** The buyer advised against another's account or papers (round 22: 也不要用别人的身份证信息; round 29: 也不建议用别人的账号多拍). */
const BORROW_DISCOURAGED = /(?:不要|别|请勿|切勿|千万别|不建议|不推荐|最好别|最好不要|劝您别)(?:您|你)?(?:再)?(?:用|拿|借)(?:用)?(?:别人|他人|家人|朋友|亲戚)/;

/**
 * Round 24 (t24c): a banned additive reported as found in goods by a check (很多所谓“进口减肥胶囊”被查出添加了违禁成分) — news of others'
 * goods, not the shop's own — unless the finding is made light of (被查出过也没事).
 */
/**
 * Round 60 (eng60a): someone else's sale of the thing reported as caught (新闻上说有人卖含西布曲明的减肥药被查了，所以我们家只卖正规备案的代餐): news
 * of others, with the shop on the lawful side — unless turned (…但我们的查不出来).
 */
const OTHERS_CAUGHT_60A = /(?:有人|有商家|有的商家|有些商家|有的店|有些店|别家|不法商家|黑心商家|一些商家|某些商家)[^。！？]{0,24}?被(?:查|抓|罚|处罚|判|判刑|封|封店|通报|曝光|处理)(?![^。！？]*(?:但|不过|可是|我们(?:也|还|照样)(?:有|卖|能)|查不(?:到|出)))/;
const REPORTED_FINDING = /被(?:查出|检出|检测出|抽检出|曝出|曝光|通报|发现)(?![^。！？]{0,12}(?:也|都|还|照样)(?:没事|不要紧|没关系|照样|无所谓|能卖|在卖|卖))/;
/**
 * Round 29 (t29b): the banned class named as what customs seizes, the buyer's goods cleared of it (被没收一般只会发生在违禁品上，您买的是
 * 维生素…不会被没收; 只有违禁品才会被扣下，您这罐是正常商品) — a rule explained; not the seizure made light of or the goods sent anyway
 * (海关查到也就没收，我们给您补发; 违禁品也能发).
 */
const SEIZURE = /没收|扣下|扣留|扣押|查扣|查没|罚没|销毁|退运|拦下/;
const GOODS_CLEARED = /不会被|不会有(?:任何)?问题|不受影响|正常(?:商品|物品|货物|个人|自用|申报|清关)|(?:不是|不属于|不算)违禁|别担心|不用担心|放心/;
const SEIZURE_SHRUGGED = /补发|包赔|赔您|重发|也就|大不了|顶多|最多|不怕|(?:也|都|照样|照常|正常|可以|能)(?:发|寄|卖)|(?<![没无])有货|私聊|私下|渠道|门路|查不|(?<![只没不])(?:有|含|加了?)(?:点|些|一点)?违禁/;
function seizureExplained(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 40);
  return SEIZURE.test(s) && GOODS_CLEARED.test(s) && !SEIZURE_SHRUGGED.test(s);
}

/**
 * Round 32 (t32c): smuggling told as news of a seizure or a bust (新闻里海关查获了一批走私的化妆品) with our goods set apart from it (我们的
 * 货都是正规报关的, 您可以放心) — not the seizure made light of or our goods sent anyway (SEIZURE_SHRUGGED).
 */
const BUST_NEWS = /查获|查处|破获|缉获|截获|抓获|打掉|通报|新闻|报道|曝光|媒体/;
const OURS_SET_APART = /(?:我们|本店|我家|咱们|店里)(?:的|家)?(?:货|商品|产品|东西)?[^，。！？]{0,8}?(?:都是|全是|均为|均|都)?(?:正规|正品|报关|如实申报|(?<![没无])有报关单|(?<![没无])有报关|正常清关|跨境正规)|放心|不用担心|别担心/;
function bustReported(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 40);
  return BUST_NEWS.test(s) && OURS_SET_APART.test(s) && !SEIZURE_SHRUGGED.test(s);
}

/** Round 24 (t24c): a toy or model shaped as the animal, with no real material, source or trade beside it. */
const TOY_FIGURE = /模型|玩具|玩偶|公仔|毛绒|绘本|拼图|积木|卡通|贴纸|认知卡|手办/;
const REAL_MATERIAL = /真的|天然|野生|正宗|原料|制品|私聊|私下|渠道|货源|整根|整只|雕|手串|手镯|吊坠|泡酒|入药/;
function animalFigure(ctx: LintContext, start: number, end: number): boolean {
  const s = sentenceOf(ctx, start, end, 40);
  return TOY_FIGURE.test(s) && !REAL_MATERIAL.test(s);
}

/**
 * Round 36 (t36d): the word said to be in a name only (颜料名字里有“象牙”而已, 这个色名只是带了玳瑁, 品名叫犀角但跟犀牛没关系): the name
 * is what carries it, the goods are not of it — with a limiter or a denial in the sentence (只是, 而已, 不含, 不是, 无关), not a name
 * that tells the material (品名里写着象牙，纯天然的).
 */
const NAME_ONLY_LEAD = /(?:名字|名称|色名|品名|叫法|颜色名|名儿|名)(?:里|中|上|里面|当中)?(?:只是|只|就|仅|只不过)?(?:有|带|带有|含有|含|用了|叫|是)(?:个|了|着)?$/;
const NAME_ONLY_SAID = /只是|只有|只不过|只带|仅|光是|不过是|而已|罢了|不含|不是|并非|没有|没用|不用|无关|没关系/;
function nameOnly(ctx: LintContext, start: number, end: number): boolean {
  if (!NAME_ONLY_LEAD.test(ctx.before(start, 12, 'soft'))) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return NAME_ONLY_SAID.test(s) && !/天然|野生|正宗|真的是|货源|渠道|私聊|私下/.test(s);
}

/** Round 41 (t41h): what before 包中 makes it packing or a bag's inside, not a promise to win (打包中, 封包中, 钱包中, 礼包中). */
const NOT_LOTTERY_BAO = /(?:打|封|装|备|拣|分|配|背|钱|书|礼|红|卡|手提|纸|塑料|快递|行李|包|拆|外|内|皮|腰|挎|胸|零食|福袋|盲)$/;
const BAO_ZHONG = '(?<!打|封|装|备|拣|分|配|钱|书|礼|红|拆)包中';
const LOTTERY_TIP_SENTENCE = new RegExp(`群|计划|跟着|跟单|中奖率|${BAO_ZHONG}|必中|稳中|能中|充值|平台|下注|投注|网站|app|链接|带你|导师|回本|翻倍|翻[0-9一二两三四五六七八九十几]+倍|私单|一注|赚|收益|开奖|中了|自己印|自制|代购|代买|代打|赢了|马会|内部(?:料|资料|消息)|特码|特马|买料`);
/** Round 23 (t23b): talk of a lottery draw, its numbers, odds and tips (开几号, 一期, 六合彩, 生肖, 赔率, 资料, 包中). */
const LOTTERY_TALK = /开奖|开(?:几|什么|啥|哪)|开出|期|六合|彩|生肖|[一二三四六]肖|波色|平码|赔率|一赔|[0-9一二两三四五六七八九十]+倍|下注|押|资料|玄机|香港|澳门|(?<!打|封|装|备|拣|分|配|钱|书|礼|红|拆)包中|必中|稳中|准|一注|几注|号码|几号|跟(?:我)?买|中了/;

/** Round 29 (t29e): what the gun-euphemism cues share (打响 as a start or fame, fireworks and cap toys, refusals excused). */
const GUN_EUPHEMISM = {
  severity: 'block',
  message: '用暗语售卖枪支，属于违法内容',
  window: 40,
  notSentence: [WARNING, /品牌|知名度|名气|口碑|第一枪|大战|战役|鞭炮|烟花|爆竹|礼花|礼炮|摔炮|砸炮|拉炮|发令枪|火药纸|儿童|宝宝|孩子|水枪|泡泡|不卖|不做|违法/],
  deniable: false,
} as const;

// Round 30 (t30c): the goods called special as a predicate, winking (这批鼻喷比较“特殊”), judged by the high the sentence tells.
const SPECIAL_PREDICATE = {
  words: ['特殊', '特别', '特制', '不一般', '不一样'],
  severity: 'block',
  message: '疑似涉及毒品（暗语）',
  before: /(?:比较|有点|有些|很|挺|非常|超|相当|可|都|是|更|有点儿)$/,
  after: /^(?:的|一点|一些|点|些)?$/,
  scope: 'clause',
  window: 30,
} as const;
// Round 30 (t30c): a high after a dose (吸两下整个人都飘了) — the words and the dose before them, shared by the block and the warn reading.
const HIGH_WORDS = ['飘了', '飘起来', '飘一', '嗨了', '嗨一', '嗨到', '嗨翻', '飞了', '飞起来'];
/** Round 37 (t37a): a smoked or sniffed dose that goes to the head (抽一口就上头) — not a snack or a song called addictive (辣条吃一口就上头). */
const SMOKED_DOSE_BEFORE = /(?:抽|吸|闻|嗅|溜|嗑)(?:了|上)?(?:一|两|二|几|三|半)(?:下|口|次|小口)[^]{0,4}$/;
const DOSE_BEFORE = /(?:抽|吸|闻|嗅|喷|吃|喝|溜|嗑|舔|含|滴)(?:了|上)?(?:一|两|二|几|三|半)(?:下|口|次|颗|粒|片|泵|喷|滴|小口)[^]{0,6}$/;

// Round 44 (t44g): 跑分 as a device's benchmark score (显卡跑分低, 安兔兔跑分, 换槽再跑一次分数就正常): hardware or a score around it and no
// payment-code laundering (收款码, 佣金, 码商, 代收, 流水, 押金, 日赚) anywhere near.
const BENCHMARK_WORDS = /显卡|cpu|gpu|处理器|芯片|主板|内存|硬盘|固态|ssd|pcie|插槽|槽|驱动|帧|fps|安兔兔|鲁大师|geekbench|3dmark|cinebench|鲁大|性能|分数|跑[一]?次|截图|测试|手机|电脑|笔记本|平板|主机|散热|温度|超频/;
const LAUNDERING_WORDS = /收款码|二维码|佣金|码商|代收|代付|流水|押金|保证金|日赚|日入|兼职|返点|点位|通道|车队|支付宝|微信|银行卡|上分|跑量|接单|派单|赚|收益|提成|工资|佣|回报|日结|一天[0-9一二三四五六七八九十百几]|每天[0-9一二三四五六七八九十百几稳]|帮(?:我们|我)跑|挂着跑|做单|任务/;
function benchmarkSense(ctx: LintContext, start: number, end: number): boolean {
  const near = ctx.before(start, 60, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 80, 'hard');
  const [s, e] = ctx.toOriginal(start, end);
  const around = ctx.text.slice(Math.max(0, s - 80), e + 120).toLowerCase();
  return BENCHMARK_WORDS.test(around) && !LAUNDERING_WORDS.test(around) && !LAUNDERING_WORDS.test(near);
}

// ---- Round 49 (t49f) ----
/**
 * Round 49 (t49f): 叶子 as the leaf of fruit or greens, told by its neighbours (果蒂带叶, 帮您挑带叶的, 叶子路上难免有点蔫; 橘子连枝带叶,
 * 粽叶, 菜叶子, 拜神的供果): a stalk, a wilt or an offering in the sentence reads the leaf — a fruit's name alone does not (a shop name
 * can be cover), and the slang offer has none of these (来点叶子，懂的).
 */
// (…and never beside the use or the wink: 蔫了也照样抽, 懂的, 一克)
const ROUND49_LEAF_OF_PRODUCE = /^(?![^]*(?:抽|嗨|上头|飞|克|懂的|懂得|你懂|您懂))[^]*(?:果蒂|带叶|连叶|枝叶|连枝|带枝|果形|果柄|果皮|打蔫|蔫|叶片|叶面|根须|菜叶|粽叶|箬叶|荷叶|艾叶|芭蕉叶|竹叶|包粽子|供果|上供|拜神|拜老爷|祭拜|摆供)/;
// ---- end round 49 (t49f) ----

// Round 61 (eng61a): clean uses of the cue words as classes — a scheme called by its name (其实就是传销模式, 那是骗局), a practice of others'
// set against ours (网上有人卖…，我们只卖…), the buyer warned off with the news behind it (新闻里说的…大家千万别买), a case and its sentence told
// (带象牙制品入境被判刑了), the shop unable (我们也没办法用别人的名额).
const SCHEME_CALLED_OUT_61 = /(?:其实|本质上|说白了|那|这|这种|那种|就)?(?<![不非])(?:就)?(?:是|属于|叫)(?:典型的|一种)?(?:传销|骗局|诈骗|非法集资|庞氏)|(?:我们|本店|咱们)(?:这边)?(?:从来)?没有(?:任何)?(?:代理|招募|招商|拉人|下线|层级)/;
const OTHERS_SOLD_61 = /(?:网上|外面|市面上|别家|别的店|有人|有些(?:店|商家|人)?)[^。！？]{0,4}(?:卖|在卖|搞|走|做)[^。！？]*(?:我们|本店|咱们|店里)(?:这边)?(?:只|都|全部|一律|从来只)(?:卖|走|发|用|做)/;
const WARNED_OFF_61 = /(?:千万|大家|一定|请|建议)(?:别|不要|勿|莫)(?:买|购买|用|碰|入)|新闻(?:里|上|中)?(?:说|报道|曝光)|被曝光|曝光的/;
const CASE_SENTENCED_61 = /新闻|报道|判刑|被判|坐牢/;
const SHOP_UNABLE_61 = /没(?:有)?办法|没法|做不到|办不到|帮不了/;
const cues: Cue[] = [
  {
    // Customs fraud, order brushing, relabelling, prescription drugs, smuggling, sex services, false invoices.
    words: [
      '别人的身份证', '别人身份证', '用不同人的名字', '不同人的名字', '拆成好几单', '拆单避税', '海关查不到', '填低一点', '低报', '报低', '货值写低', '往低了报', '往低报', '少报货值', '没走海关', '不走海关', '人肉背', '人肉带',
      '生产日期重新打', '重新打日期', '改生产日期', '换了新标签', '处方药也能', '不用处方', '禁售的成分', '禁售成分', '刷几单', '刷单', '冲一下销量', '冲销量', '下单再退款',
      '上门服务的妹子', '别的公司名头', '开别的公司', '举报竞争对手', '带点叶子',
    ],
    severity: 'block',
    message: '涉及违法违规内容（走私、逃税、刷单、违禁药品、色情等，规则 2.7）',
    // 平台也有刷单检测 / 刷单监控: the practice named as what a check looks for (round 7) — not 刷单检测不到.
    notAfter: /^(?:鞋|场|裤|系统)|^(?:行为)?(?:检测|监测|监控|识别|风控|稽查|排查|治理)(?!不|查不)(?![^，。]{0,3}(?:不到|不出|不了))/,
    // A denied practice verb governs its object (不招兼职刷单, 从不搞刷单, 也不接代刷单) unless 只/就/但 turns it round.
    // (平台对恶意刷单有严格的处罚措施: the practice named as the object of a process; round 6)
    notBefore: /(?:不|没|没有|从不|绝不|从来不|从没)(?:招|招收|招募|搞|做|接|参与|组织|帮人|帮别人|提供|找人)[^只就但而却]{0,4}$|(?:对|针对|对于|打击|严查|查处)(?:恶意|虚假|违规)?$/,
    // 您说有人用我们店名招刷单兼职？: someone else's scam reported back.
    // (round 21, t21bw: …or the practice said to fail customs, 用别人的身份证会清关失败的，这是海关的要求)
    notSentence: [/禁止|严禁|不会|不能|不允许|不可以|不支持|不提供|不做|请勿|谨防|违法|举报|杜绝|按规定|如实|必须本人|冒充|有人(?:用|打着|借|盗用)(?:我们|本店)|诈骗/,
      // Round 54 (eng54c): …or someone's claim to be us warned off (如果有人说是我们店找您刷单，请一定不要信).
      /有人(?:说|自称|声称|谎称|称)(?:是)?(?:我们|本店|店里|我们店|平台|客服)[^。！？]{0,24}?(?:不要(?:相)?信|别信|不要理|别理|别上当|不要上当)/, CUSTOMS_FAILS, NOT_A_DRUG, NAMES_MUST_AGREE, BORROW_DISCOURAGED, UNLAWFUL_RISK,
      // Round 65 (engfa65): …or the prescription waived for goods that need none (这个是保健品，不用处方; 氯雷他定是OTC，不用处方).
      NO_PRESCRIPTION_GOODS_TOLD],
    // (round 32, t32c: …or told with its penalty, as 走私 is — 低报被查到要补税还要罚款)
    // (round 48, t48h: …nor the grey route refused and its drawbacks told — routeRiskAfterRefusal48)
    // (round 60, eng60a: …nor the buyer's request named and refused — 您要的那个“不用处方的降压药”我们真的没有 — requestRefused60a)
    unless: (ctx, start, end) => practiceDenied(ctx, start, end) || echoRefused(ctx, start, end) || othersPracticeAskedBack(ctx, start, end) || penaltyWarned(ctx, start, end) || routeRiskAfterRefusal48(ctx, start, end) || requestRefused60a(ctx, start, end),
  },
  // Round 23 (t23b): lottery slang (买码, 特码: the Mark Six special number). Spelt in latin it is also a word or a brand (这个tema主题,
  // Tema款手表): only the lottery around it makes it the slang (今晚tema开几号, maima资料一期五十).
  {
    words: ['买码', '特码'],
    severity: 'block',
    message: '涉及私彩、赌博内容',
    latinSentence: LOTTERY_TALK,
    notSentence: WARNING,
  },
  // Gambling
  {
    words: ['赌博', '博彩', 'bo彩', '百家乐', '六合彩', '时时彩', '北京赛车', '下注', '押注', '投注', '赌球', '网赌', '赌钱', '娱乐城', '真人荷官', '老虎机', '炸金花', '上分下分', '上下分', '赌一把', '菠菜网', '菠菜平台', '跟投', '电子游艺', 'pc蛋蛋', 'pc28', '加拿大28', '幸运28', '幸运飞艇', '龙虎斗',
      // Round 20 (t20do): correct-score football betting by its trade name (玩玩我推荐的波胆 / 反波胆稳赚).
      '波胆', '反波胆',
      // Round 37 (t37a): the game set up for stakes (私下开个赌局，猜中一赔十).
      '赌局', '开赌局', '设赌局'],
    severity: 'block',
    message: '涉及赌博内容',
    // Round 31 (t31c): the game as a shape or a print on goods (老虎机造型的存钱罐, 百家乐图案的扑克收纳盒) — not with a stake, a payout
    // or a way in beside it (老虎机造型的app，充值就送).
    notAfter: /^(?:的)?(?:造型|形状|外形|外观|图案|印花|样式|款式|主题|元素)(?![^。！？]{0,16}(?:充值|首充|下注|押|提现|赢钱|赔率|返水|网址|链接|私聊|私我|加我|玩两把|上分))/,
    notSentence: [WARNING, GAMBLING_LINE],
    // Round 35 (t35a): the act itself negated as what we (or the buyer) do (不赌博, 我们从不赌钱, 绝不网赌), often with the small stake
    // refused too (小赌怡情也不行) — not a premise (不下注就没机会), nor with a game offered for money after it (不赌钱，来群里玩积分换现金).
    unless: gamblingDenied,
  },
  // Round 32 (t32b): a paid lottery run in the live room — 一元夺宝, 云购, a draw bought with 快币 where more paid entries win more and the
  // losers' stake is kept (一元夺宝模式，参与次数越多越容易中，没中的快币不退; 砸快币抽iPhone). Not the platform's free draws (福袋, 截屏抽奖,
  // 0元参与) nor a blind box sold as goods (盲盒随机发，拆开不退).
  {
    words: ['一元夺宝', '一元云购', '夺宝', '云购', '付费抽奖', '花钱抽奖', '充值抽奖', '快币抽奖', '快币夺宝', '砸快币抽', '刷快币抽', '快币抽'],
    severity: 'block',
    message: '付费夺宝、花快币抽奖，属于变相赌博（规则 2.7）',
    notAfter: /^(?:奇兵|者|记|大作战|游戏)/,
    window: 30,
    sentence: /中|抽|开奖|越多|概率|不退|参与|快币|元|块|钱|iphone|手机|金条|大奖/,
    notSentence: [WARNING, /免费|0元|零元|不用花钱|不花钱|不收费|不用付|不是|没有|不搞|不做|不参与|违规|禁止/],
  },
  {
    // Round 32 (t32b): …or said by its shape: the more paid entries, the likelier the prize (参与次数越多越容易中, 砸的快币越多中奖率越高).
    words: ['越容易中', '越容易抽中', '越容易出', '中奖率越高', '中奖概率越高', '中奖概率越大', '中奖率越大', '越有机会中', '越有希望中'],
    severity: 'block',
    message: '花钱越多越容易中奖的付费抽奖，属于变相赌博（规则 2.7）',
    before: /(?:参与|投入|投|押|砸|刷|充|花|抽|连抽)(?:的)?(?:次数|份数|快币|钻石|钱|金额|得)?越多(?:就)?$/,
    scope: 'clause',
    // (a stake in the sentence: a blind box sold as goods, 盲盒买得越多越容易出隐藏款, is a sales pitch, not a paid draw)
    sentence: /快币|钻石|币|元|块|钱|充值|夺宝|抽奖|下注/,
    window: 30,
    notSentence: [WARNING, /免费|0元|零元|不用花钱|不花钱|福袋|截屏抽奖|满减|满\d|积分/],
  },
  {
    // Round 33 (t33a): …or pushed as more stake for the win: 想中就多砸点, 要想抽中就多刷点快币, 多充点钻石才能中 — the buyer told to put in
    // more money to win a draw. Not the free ways in (想中奖就多来直播间蹲福袋, 多分享多点赞), nor more goods bought (多买几个盲盒: a sales pitch).
    words: ['多砸', '多刷', '多充', '多投', '多押', '多抽几', '多抽点', '砸多点', '刷多点', '充多点', '投多点', '多花点钱', '多花点快币'],
    severity: 'block',
    message: '劝买家多花钱多砸快币去抽奖，属于变相赌博（规则 2.7）',
    before: /(?:想|要|想要|要想|为了)(?:抽)?中(?:奖|大奖)?(?:的话)?(?:就|那就|得|要|需要|必须|只能)?$/,
    scope: 'clause',
    sentence: /快币|钻石|币|钱|元|块|充|福袋|抽|奖|夺宝|中/,
    notSentence: [WARNING, /免费|0元|零元|不用花钱|不花钱|不收费|分享|点赞|评论|关注|蹲|盲盒|好评|单|买/],
  },
  {
    words: ['多砸', '多刷', '多充', '多投', '多押', '多抽几', '多抽点', '砸多点', '刷多点', '充多点', '投多点', '多花点钱', '多花点快币'],
    severity: 'block',
    message: '劝买家多花钱多砸快币去抽奖，属于变相赌博（规则 2.7）',
    after: /^(?:点|些|几(?:个|次|轮|把|波)?)?(?:快币|钻石|币|钱|票|礼物)?(?:才|就|更)(?:能|会|容易|有机会|有希望)?(?:抽)?中/,
    scope: 'clause',
    sentence: /快币|钻石|币|钱|元|块|充|福袋|抽|奖|夺宝/,
    notSentence: [WARNING, /免费|0元|零元|不用花钱|不花钱|不收费|分享|点赞|评论|关注|蹲|盲盒|好评|单|买/],
  },
  {
    // Round 35 (t35a): …or the higher odds told in the next clause (福袋多刷几次快币，中奖率就高了; 多充点钻石，抽中的概率会大很多): more stake,
    // then the win rate up — with a stake named; not the free ways in (多分享, 蹲) nor more goods bought.
    words: ['多砸', '多刷', '多充', '多投', '多押', '多抽几', '多抽点', '砸多点', '刷多点', '充多点', '投多点', '多花点钱', '多花点快币'],
    severity: 'block',
    message: '劝买家多花钱多砸快币去抽奖，属于变相赌博（规则 2.7）',
    sentence: [/快币|钻石|币|钱|充/, /(?:中奖率|中奖概率|中奖几率|抽中(?:的)?(?:概率|几率)|中(?:的)?(?:概率|几率)|出货率|爆率)(?:就|会|才|也|肯定|自然)?(?:更|越|会)?(?:高|大|提升|提高|上去)/],
    notSentence: [WARNING, /免费|0元|零元|不用花钱|不花钱|不收费|分享|点赞|评论|关注|蹲|盲盒|好评|单|买|不会|不是|没用|一样/],
  },
  {
    // 彩金 is a gambling bonus, and also coloured gold in jewellery (18K彩金项链).
    words: ['彩金'],
    severity: 'block',
    message: '涉及赌博内容',
    notBefore: /(?:k|足金|镶|玫瑰|白)$/,
    notSentence: [WARNING, /项链|戒指|手链|手镯|耳钉|耳环|耳饰|吊坠|首饰|饰品|克重|镀金|工艺|链长|金饰/],
  },
  {
    // Lottery tips: 彩票群, 内部计划, 跟着买就能中 — not a prize draw (抽奖不是彩票).
    words: ['彩票', '私彩', '网彩', '购彩', '彩民', '内部计划', '必中', '稳中', '跟着买就能中', '跟着买必中', '跟单必中', '带单', '导师带'],
    severity: 'block',
    message: '疑似赌博或非法彩票内容',
    // …or bought on the buyer's behalf, online sales being banned (彩票代购…赢了分您七成; round 9).
    sentence: LOTTERY_TIP_SENTENCE,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不是彩票|抽奖|体育彩票站|福利彩票站|不代买|不代购|国家专营/],
  },
  {
    // Round 41 (t41h): 包中 the promise, not the tail of a packing word (订单在仓库打包中, 正在封包中, 配包中) nor a bag's inside
    // (钱包中, 书包中, 礼包中有…).
    words: ['包中'],
    severity: 'block',
    message: '疑似赌博或非法彩票内容',
    notBefore: NOT_LOTTERY_BAO,
    sentence: LOTTERY_TIP_SENTENCE,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不是彩票|抽奖|体育彩票站|福利彩票站|不代买|不代购|国家专营/],
  },  // Round 24 (t24c): a state lottery by name with numbers sold as insider tips (双色球的内部号码我这边有，是开奖中心的朋友给的; 大乐透
  // 计划号包中). Not the lottery talked of (昨晚双色球开奖了, 送您一张刮刮乐).
  {
    words: ['双色球', '大乐透', '七星彩', '排列三', '排列五', '排列3', '排列5', '福彩', '体彩', '快乐8', '刮刮乐'],
    severity: 'block',
    message: '兜售彩票“内部号码”，属于赌博诈骗内容',
    window: 40,
    sentence: /内部(?:号码|消息|资料|计划|渠道)|内幕|包中|必中|稳中|计划号|开奖中心的?(?:朋友|熟人|关系|人)|(?:朋友|熟人|关系|人)(?:给|透露|提供)的?(?:号|号码)|提前(?:知道|拿到)(?:号码|结果)|号码[^，。！？]{0,8}(?:发|给)(?:您|你)/,
    notSentence: [WARNING, /谣言|不存在|没有(?:什么)?内部|都是假的|别信/],
  },
  // Round 25 (t25c): Hong Kong Jockey Club betting and Mark Six tips by their trade words — the club (马会) and the tip sold as 料 (内部料,
  // 一手料, 买料) beside a promise or a draw (马会内部料 包中, 今晚特马的料私发). Not the club as a racecourse visited or a tip on a product's
  // material (面料, 内部料子).
  {
    words: ['马会', '内部料', '内幕料', '一手料', '独家料', '买料', '卖料', '跟料'],
    severity: 'block',
    message: '兜售马会、六合彩“内部料”，属于赌博内容',
    notAfter: /^(?:子|理|酒|件|斗|想)/,
    window: 40,
    sentence: /包中|必中|稳中|准|内部|内幕|资料|料|特码|特马|平码|码|生肖|[一二三四六]肖|开奖|期|赔率|心水|跟(?:着)?买|下注|押|中了|赢|吱一声|私发|私聊|要的/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /谣言|不存在|没有(?:什么)?内部|都是假的|别信|面料|布料|材料|原料|用料|赛马场|观赛|马术|博物馆|景点|门票/],
  },

  {
    words: ['押大押小', '买大买小', '押大', '押小', '牌九', '推牌九', '梭哈', '德州扑克', '押大小', '骰宝', '番摊', '捕鱼游戏', '斗牛', '菠菜', '棋牌', '赌场', '返水', '赔率', '庄家', '开盘', '计划群', '稳赚不赔', '包赢', '盘口', '竞猜', '赢了秒提', '秒提', '押一百', '押100', '押一把',
      // Round 40 (t40e): a stake on what the next box, case or draw holds (押下一箱出不出隐藏，押中翻三倍).
      '押中', '押多少', '押下一', '赌下一'],
    severity: 'block',
    message: '疑似赌博内容',
    sentence: /网站|平台|充值|首充|推荐|带你|注册|台子|下注|稳赚|回本|一把|玩|娱乐|app|赢|提现|上分|下分|押|投注|彩|赌|跟着买|链接|群|充[0-9一二两三五十百]|送[0-9]|翻[0-9一二两三四五六七八九十几]+倍|世界杯|球赛|足球|欧冠/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:粉|面|汁|泥|叶|种|汤|苗|籽|饼|馅|鸡蛋|炒)/,
    notSentence: [WARNING, /色号|色名|眼影|口红|香水|配色|限定色|辅食|宝宝|造型|冰箱贴|文创|玩具|桌游|纪念品|斗牛犬|西班牙|优惠券|积分|答题|免费参与|退款|押题|考题|试题|考点|押韵|韵脚|押金/],
  },  // Round 24 (t24c): a card game run for money by its rake or its chips cashed (线上德州局，积分一比一换现金，老板抽水很少; 麻将局上下分).
  // Not water pumped (抽水马桶, 抽水泵) nor a shop's points (积分换优惠券).
  {
    words: ['抽水', '换现金', '兑现金', '换成现金', '兑成现金', '兑换现金', '折现', '回收积分', '积分回收', '筹码'],
    severity: 'block',
    message: '组织牌局赌博（抽水、积分换现金），属于赌博内容',
    // (…nor a voucher: 积分可以换现金券)
    notAfter: /^(?:马桶|泵|机|器|式|蓄能|管|站|烟|券|抵用|红包|卡)/,
    window: 30,
    sentence: /德州局|德州扑克|打德州|玩德州|德州桌|牌局|麻将局|扑克|斗地主|掼蛋|炸金花|牌九|凑一桌|开一桌|组局|开局|一局|上分|下分|桌(?:子)?上|房卡/,
    // Round 32 (t32c): …nor chips said to hold no money (没有面值, 不能兑换, 只是计分用) — the game props sold as such.
    notSentence: [WARNING, /桌游|比赛奖品|娱乐(?:一下|而已)|不涉及|不赌|不带钱|纯娱乐/, CHIPS_FOR_SCORE],
  },
  // Round 40 (t40l): a card or mahjong game played for real money, told by the money and a buy-in (打真钱的德州，五千起带; 玩钱的麻将，两百起).
  // Not the game said to be played for nothing (不玩真钱, 不打钱的, 纯娱乐), nor the shop's board game.
  {
    words: ['打真钱', '玩真钱', '赌真钱', '来真钱', '真钱局', '真钱的局', '打钱的', '玩钱的', '带彩的', '带点彩'],
    severity: 'block',
    message: '组织或邀约赌博（真钱牌局），属于赌博内容',
    sentence: /德州|扑克|麻将|牌|掼蛋|炸金花|斗地主|局|(?:[0-9]+|[一二两三四五六七八九十百千万]+)(?:块|元)?起(?:带|押|步|底)?|来不来|输赢|上桌|一把/,
    notSentence: [WARNING, /不(?:玩|打|赌|来|碰)(?:真)?钱|不是真钱|不用真钱|没有真钱|纯娱乐|道具|练习|不(?:组织|参与|搞|开|玩|参加)/],
  },

  // Drugs
  {
    words: ['冰毒', '海洛因', 'k粉', '摇头丸', '麻古', '麻果', '可卡因', '罂粟壳', '冰du', '吸毒', '毒品', '嗑药', '迷幻药', '迷幻蘑菇', '听话水', '迷药', '迷奸药', '催情药', '春药', '依托咪酯', '太空油', '上头电子烟', '大麻糖', '大麻烟', '大麻电子烟', '飞叶子', 'lsd', '氯胺酮', 'kfen', 'cbd油', 'cbd软糖', 'cbd电子烟', '上头烟油', '上头烟弹', '上头烟',
      // Round 37 (t37a): the laced vape by more of its street names (太空烟弹, 太空烟油).
      '太空烟弹', '太空烟油', '迷幻烟油'],
    severity: 'block',
    message: '涉及毒品或违禁药物',
    notSentence: WARNING,
    // Round 37 (t37a): 太空油画 is a painting of space, not the laced vape oil.
    unless: (ctx, start, end) => ctx.compact.charCodeAt(end) === 0x753b && ctx.compact.slice(start, end) === '太空油',
  },
  {
    words: ['大麻', '笑气', '白粉', '吗啡', '鸦片', '罂粟'],
    severity: 'block',
    message: '疑似涉及毒品',
    // 蛋白粉, 美白粉: 白粉 inside a product name.
    notBefore: /(?:蛋|美|漂|增)$/,
    // (round 39, t39c: 所有 holds no 有 — 所有正规渠道都不能销售)
    sentence: /吸|嗨|上头|克|搞到|带|私聊|懂的|货|卖|(?<!所)有|需要|要|来点|整点|弄点|兄弟/,
    sentenceSkipsAnchor: true,
    // (round 68, engfa68: …nor a print or a shape on goods, the flower or the leaf named — 罂粟花图案的丝巾, 大麻叶印花 — with no supply after it)
    notAfter: /^(?:籽|子|仁|纤维|布|绳|哈|底|病|饼|状|色|弹|奶油|瓶|类止痛|止痛)|^(?:花|叶|叶子)?的?(?:造型|图案|印花|纹样|花纹|刺绣|元素)(?![^。！？]{0,16}(?:私聊|私信|懂的|有货|现货|来点|整点|吸|嗨|上头|真的|货源))/,
    // Round 12: a perfume named for it (YSL黑鸦片Black Opium 50ml).
    // Round 39 (t39c): …or the substance's ban told, with no turn back to a supply (大麻二酚已经列入化妆品禁用原料目录，所有正规渠道都不能销售).
    notSentence: [WARNING, /奶油枪|裱花|烘焙|护肤|成分表|不含|thc|处方|香水|香型|香调|香氛|淡香|战争|历史|opium|ysl|圣罗兰|[0-9]+ml|毫升|edp|edt/, SUBSTANCE_BAN_TOLD],
  },
  {
    // Street names: 叶子 (cannabis), 溜冰 (meth); 糖果/邮票 left out (too many honest senses).
    words: ['叶子', '溜冰'],
    notAfter: /^(?:鞋|场|服|护具|头盔|裤)/,
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /渠道|懂的|懂得|懂吧|懂吗|懂$|单独包裹|单独发|味儿的也有|私聊|私我|要的话|需要的话|(?<![没无])有货|货源|货好|抽|嗨|飞|上头|克|一起玩|带你|(?:想要|要|来|整|弄|搞|拿)点\u0000|自种|自己种/,
    sentenceSkipsAnchor: true,
    // (round 39, t39o: …or a tea named by its kind without 茶 — 明前龙井，叶子嫩，喝了很上头; the slang offer past the tea is the cue below)
    notSentence: [WARNING, /茶|植物|绿植|盆栽|蔬菜|叶子边|形状|树|花|发黄|枯|卷|图案|印花|造型|面霜|精华|护肤|航班|机长|汽车|加油|燃油|龙井|普洱|铁观音|大红袍|碧螺春|毛尖|金骏眉|正山小种|乌龙|岩茶|肉桂|水仙|单丛|白毫|银针|寿眉|六堡|滇红|祁红|抹茶|绿萝/, ROUND49_LEAF_OF_PRODUCE], // (round 49, t49f)
  },
  {
    // Round 39 (t39o): 叶子 followed at once (a few units on) by the wink of a supply or by its effect (这批新到的茶叶，叶子懂的来; 茶树精油也有，
    // 叶子懂的私我; 店里还有叶子，卷一根嗨起来): the tea or the plant named elsewhere in the sentence is cover — only a tea or plant right before
    // it (茶叶子, 茶叶的叶子) makes it a leaf. Not the tea's leaves described (叶子很完整，懂的都懂 names no supply), nor a leaf of a named plant.
    words: ['叶子'],
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    after: /^[^]{0,4}?(?:(?:懂的|懂得|你懂的)(?:来|私|找|联系|滴滴|戳|扣|要|直接拍)|带你飞|飞一下|飞起来|一口就飞|嗨一下|嗨起来|嗨翻|抽一口|抽两口|抽起来|卷着抽|卷一根|卷烟抽)/,
    notSentence: [WARNING, /植物|绿植|盆栽|蔬菜|形状|图案|印花|造型|叶子边|发黄|枯/],
    // (the leaf of a tea or plant right before it, in its own clause: 茶叶子, 茶叶的叶子, 茶树的叶子)
    unless: (ctx, start) => /(?:茶|树|菜|烟|荷|桑|枫|杏|竹|苗|花|草|叶|的)$/.test(ctx.before(start, 2, 'soft')),
  },
  {
    // Round 36 (t36d): 溜冰 with the gear it is smoked with (需要溜冰的家伙什也可以问我，壶都是进口的) — it had no sentence gate in the
    // first cue, so skating itself was stopped (室外溜冰也耐磨); not skates, rinks or wheels.
    words: ['溜冰'],
    notAfter: /^(?:鞋|场|服|护具|头盔|裤)/,
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /(?<!冰)壶|家伙|锡纸|吸管|烫吸|器具/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /轮滑|旱冰|滑冰|冰刀|冰场|轮子|护膝|护具|头盔|刹车|速滑|花样/],
  },
  // Pornography
  {
    words: [
      '黄片', '黄色视频', '黄色网站', '黄色小说', '成人视频', '成人电影', '成人小电影', '成人网站', '成人资源', '成人影片', '成人片', '裸聊', '裸照', '裸体视频', '约炮', '一夜情', '援交',
      '包夜', '楼凤', '外围女', '卖淫', '嫖娼', '嫖', 'av女优', 'av资源', '三级片', '毛片', '黄网', '偷拍视频', '走光视频', '迷奸', '色情', '性服务', '大保健', '性交易',
      '睡一晚', '啪啪视频', '露点视频', '情色', '涩图', '瑟图', '色色的图',
      // Round 39 (t39c): the censoring glare left off (私房无圣光套图).
      '无圣光', '去圣光', '无遮挡版', '无遮挡套图',
      // Round 14 (t14): 黄色 as its initials hs before the medium (hs视频, hs片, hs网站); not hs编码 (the customs tariff code).
      'hs视频', 'hs片', 'hs网站', 'hs小说', 'hs资源', 'hs电影', 'hs图',
    ],
    severity: 'block',
    message: '涉及色情内容',
    // Round 47 (t47e): 嫖 of 白嫖 is slang for "free of charge" (试用装0元领，真·白嫖福利) — no sex trade.
    notBefore: /白$/,
    notSentence: WARNING,
    // Round 47 (t47g): 毛片 is the down trade's "feather pieces" (羽绒里90%是绒子、10%是羽毛片; 含绒量低的毛片多) — not with a film or a wink.
    // (round 48, t48h: …nor the feather pieces of a shuttlecock — shuttleFeatherContext48)
    // (…nor 一包 + 夜用 — packOfNight48)
    unless: (ctx, start, end) => (ctx.compact.slice(start, end) === '毛片' && (downFeatherContext(ctx, start, end) || shuttleFeatherContext48(ctx, start, end))) || packOfNight48(ctx, start, end),
  },
  // Round 36 (t36a): 陪睡 as company sold — not a plush toy, a pillow or a child's night named for it (陪睡玩偶, 宝宝陪睡神器, 哄娃陪睡).
  {
    words: ['陪睡'],
    severity: 'block',
    message: '涉及色情内容',
    notAfter: /^(?:玩偶|娃娃|公仔|抱枕|熊|兔|小熊|毛绒|玩具|神器|枕|安抚|宝宝|系列|款|小伙伴|布偶|伙伴)/,
    notSentence: [WARNING, /小朋友|宝宝|孩子|儿童|婴儿|娃|抱枕|毛绒|玩偶|公仔|安抚|布偶|填充|pp棉/],
  },
  {
    words: ['小电影', '福利视频', '福利资源', '特殊服务', '全套服务', '上门服务', '你懂的资源', '外围', '外围资源', '学生妹', '兼职妹', '约妹', '小姐姐资源', '陪玩陪睡'],
    severity: 'block',
    message: '疑似色情内容',
    // (round 11, t11d: the adults-only mark spelled out: 下单送小电影 18禁, 送个小电影 成年人都懂)
    // Round 25 (t25c): …or a site or group of them handed over, or a stock of them (送你个福利站 全是小电影, 福利网址发你，小电影随便看).
    sentence: /成人|资源|合集|懂的|懂吧|私发|私聊|美女|小姐|按摩|全套|特殊|刺激|一部|[0-9]+部|高端|模特|包夜|过夜|上门|约|咨询|价格|颜值|身材|片子|那种片|日本|欧美|日韩|岛国|lsp|18禁|十八禁|r18|成年人|福利(?:站|网|网站|网址|群|链接|app|社区)|(?:全|都)是(?=小电影|福利视频)|海量|随便看|无限看|免费看|看个够/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /安装|维修|取件|送货|清洗|保养|外围尺寸|外围直径|外围长度|包装外围|瓶身外围|外围的/],
  },
  // Political agitation
  {
    words: ['反动', '暴动', '台独', '港独', '藏独', '疆独', '法轮功', '法轮大法', '六四事件', '颠覆政权', '颠覆国家', '推翻政府', '推翻政权', '推翻共产党', '打倒共产党', '打倒政府', '起来反抗', '推翻这个政权', '台湾独立', '香港独立', '西藏独立', '新疆独立', '支持台独', '支持港独'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    notSentence: WARNING,
  },
  {
    words: ['推翻', '颠覆', '打倒', '上街', '静坐', '示威', '游行', '抗议', '联合起来', '反抗'],
    severity: 'block',
    message: '煽动性政治内容',
    sentence: /政府|政权|共产党|党|国家|制度|统治|上街|静坐|示威|游行|抗议|闹事|讨说法|反对|政策|关税/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /配方|说法|之前的|方案|设计|记录|纪录/],
  },
  {
    // Also 这种政府早该倒台了, 国家就是一帮吸血的: a verdict that the state should fall or bleeds its people.
    // Round 13 (t13c): the regime under any name (政权, 当局, 朝廷, 体制) and its fall in other verbs (早该翻篇, 迟早要垮掉, 变天,
    // 被推翻, 气数已尽). Traps: 当局已经放开了进口限制, 体制内的客户, 政府补贴活动已经结束了.
    words: ['政府', '共产党', '国家', '政权', '当局', '朝廷', '体制'],
    severity: 'warn',
    message: '对政府的煽动性言论，与客户服务无关',
    notAfter: /^(?:是|就是)?黑(?:名单|色|龙江)/,
    after: /^(?:也|还)?(?:就是|真是|都是|全是|太|简直|纯属|根本|是|早该|早就该|就该|迟早|早晚)?(?:要|得|会|该)?(?:被)?(?:一帮|一群|个)?(?:害的|搞的鬼|无能|腐败|黑|垃圾|黑心|骗人|骗子|不作为|坑人|废物|狗屎|一坨|吸血|倒台|垮台|下台|完蛋|没救|烂透|翻篇|变天|改朝换代|垮掉|垮了|滚蛋|推翻|气数已尽)/,
  },
  // Round 14 (t14): the government (also zf) scorned with a verdict or grab in the same sentence (zf就知道收税，这届不行，迟早要完; 政府那帮人…早晚
  // 得翻天; 这破国家的税收制度就是抢钱), and a sit-in or blockade at a government door rallied (有种的周末跟我一起去省政府门口坐着，人多了他们就怕了).
  // Traps: 政府补贴活动已经结束了, 国家规定的跨境额度是26000元, 海关门口的仓库.
  {
    words: ['政府', 'zf', '国家', '当局', '政权', '体制', '朝廷', '当官的', '官老爷'],
    severity: 'warn',
    message: '对政府的煽动性言论，与客户服务无关',
    window: 30,
    sentence: /就知道(?:收税|收钱|抢钱|搜刮|压榨|割韭菜|罚款|吃拿卡要|捞钱|贪)|吃拿卡要|(?:就是|纯属|简直是)(?:抢钱|抢劫|强盗|割韭菜|吸血)|(?:迟早|早晚)(?:要|得|会)?(?:完|垮|倒|翻天|变天|玩完)|这届不行|有本事去闹|别惯着(?:他们|它)?|那帮(?:人|当官的)/,
    notSentence: [WARNING, /补贴|规定的|额度|政策(?:是|规定|要求)|备案|许可/],
  },
  {
    words: ['门口'],
    severity: 'block',
    message: '煽动聚集、静坐等群体性事件，属于违法内容',
    before: /(?:政府|市政府|省政府|区政府|县政府|信访局|信访办|海关|税务局|市场监管局|工商局|派出所|公安局|法院|大楼|zf)(?:的)?(?:大)?$/,
    window: 40,
    sentence: [/坐着|静坐|堵|围|闹|拉横幅|拉条幅|举牌|聚集|讨说法|喊|躺/, /一起|大家|人多|组团|有种|兄弟们|都去|咱们|叫上/],
    notSentence: [WARNING, /仓库在|对面|附近|停车|取件|快递|排队|报关|办事/],
  },
  // Banned substances in goods, smuggling and customs fraud
  {
    words: ['西布曲明', '酚酞', '芬氟拉明', '麻黄碱', '安非他命', '违禁成分', '违禁药', '违禁品', '禁用成分', '禁药', '瘦肉精', '苏丹红', '三聚氰胺', '氢醌', '氯倍他索', '地塞米松'],
    severity: 'block',
    message: '在商品中添加违禁成分，属于违法违禁内容',
    // Round 29 (t29b): the class named as what a test screens for (每批都做过违禁成分检测, 违禁药筛查报告) — not 检测不出来.
    notAfter: /^(?:的)?(?:检测|检验|筛查|测试|抽检|药检|排查)(?!不|查不|出)(?![^，。！？]{0,12}(?:不到|不出|不了|绕|躲|避开|糊弄|搞定|打点))|^(?:的)?(?:饰面|贴面|面板|板材|板(?!子)|材质|浸渍纸|浸渍|树脂|覆膜|餐具|碗|盘|盘子|杯|台面|门板|柜门|泡沫)/,
    // Round 31 (t31a): the class word after an example the denial already governs (没有西布曲明这类违禁成分, 不含酚酞之类的禁用成分,
    // 绝不加麻黄碱那种违禁药): the denial reaches the class through the example.
    notBefore: /(?:不含|没有(?!人)|没(?!人)|无|未|不会有|不会加|不加|没加|没添加|不添加|未添加|绝无|绝不加|零)(?:任何)?(?:添加)?[^，。！？查测检验看发现出得人]{1,10}?(?:这类|这种|这些|那类|那种|那些|等|之类的?|一类的?|类)(?:的)?$/,
    // Round 47 (t47e): 三聚氰胺 as a board or tableware material (E0级颗粒板+三聚氰胺饰面, 三聚氰胺板, 密胺/三聚氰胺餐具): the resin the
    // goods are made of, nothing added to food (the second alternative of notAfter above).
    // 香水属于航空违禁品: a shipping class, not an additive.
    notSentence: [WARNING, /不含|未检出|检测合格|没有添加|不添加|零添加|下架|停售|不卖了|航空|空运|海运|邮寄|托运|寄不了|不能寄|安检|物流|运输/, REPORTED_FINDING, OTHERS_CAUGHT_60A],
    // (round 32, t32c: …nor 违禁品 as the class a refused thing belongs to — 弓弩我们没有，这个是违禁品)
    // (round 44, t44c: …nor a medicine's declared ingredient read out with its dose — medicineDosageTold)
    // (round 48, t48h: …nor the melamine-foam cleaning sponge — melamineSponge48)
    unless: (ctx, start, end) => seizureExplained(ctx, start, end) || refusedAsContraband(ctx, start, end) || medicineDosageTold(ctx, start, end) || melamineSponge48(ctx, start, end),
  },
  {
    words: ['激素', '荧光剂', '重金属', '汞', '铅', '硼砂', '甲醛', '泻药', '类固醇', '兴奋剂', '雌激素', '生长激素', '利尿剂', '西药', '抗生素'],
    severity: 'block',
    message: '在商品中添加违规成分',
    before: /(?:加了|添加了?|加入了?|含有?|放了|有加|掺了?|掺入|混了|混入|兑了|灌了|塞了|注了|里面有|偷偷加|偷偷放)[^]{0,3}$/,
    // 重金属检测报告 is the test, not the additive.
    notAfter: /^(?:检测|检验|报告|含量检测|指标|残留检测|测试|超标检测)/,
    // 我们不会在商品里添加任何激素: a denial further back in the clause than the usual window.
    notBefore: /(?:不|没|未|无|绝不|从不|从没|决不)(?:会|曾|有)?[^]{0,8}(?:加|添加|含|放|掺)[^]{0,4}$/,
    // (round 39, t39p: …nor the hazard given as why it is not sold or sent — 水银体温计含汞，快递不收，我们只卖电子款)
    notSentence: [WARNING, WARNED_OFF_61, /标准|合格|安全范围|微量|限值|未检出|不含|别家|其他家|隔壁/, /快递不收|(?:快递|物流|航空)(?:也|都)?(?:不让|不能|不给)寄|寄不了|(?:我们|本店|店里)(?:只卖|不卖)|停售|下架/],
    // Round 14 (fa14b): a medicine's declared ingredient with its directions (本品为含激素的外用药膏，请严格遵医嘱使用) — a label, not an additive
    // slipped in; not 偷偷加/没标/别告诉 (hidden) nor 加了 (the shop adding it).
    // Round 36 (t36d): …nor a hazard of the goods' own nature disclosed with its safety warning (镉黄是真镉颜料，含重金属，别入口; 体温计含汞，
    // 打碎了别用手碰): the label, not an additive.
    // (round 41, t41a: …nor the buyer's claim asked back for its source — 您说的含汞是哪里看到的？)
    // (round 41, t41m: …nor the question answered with a denial — 大家的刷头都含铅吗？不会的。)
    unless: (ctx, start, end) =>
      labelledMedicine(ctx, start, end) || labelledHazard(ctx, start, end) || claimAskedBack(ctx, start, end) || ingredientQuestionDenied(ctx, start, end),
  },
  {
    // Round 12 (t12b): also carried in as personal luggage (走个人行李带进来的).
    words: ['走私', '水客带货', '水客', '行李带进来', '行李带过来', '行李箱带进来', '随身带进来', '走个人行李', '没过海关', '不过海关', '绕过海关', '绕关', '逃关', '逃税', '偷税', '瞒报', '拆单逃税', '伪报', '夹带', '海关也查不出', '海关查不出来', '海关也查不到', '躲过海关', '过海关不用报',
      // Round 37 (t37a): the tax dodged with a measure word between (就是为了逃个税), the value left off the declaration (不填货值).
      '逃个税', '逃点税', '逃些税', '偷个税', '偷点税', '逃掉税', '不填货值', '不报货值', '不写货值', '货值不填', '货值不写', '不申报货值'],
    severity: 'block',
    message: '涉及走私、逃税或逃避海关监管',
    // Round 13 (t13c): the practice set against the shop's own (和水客带货完全不同) or reported as someone's question or
    // suspicion (有顾客问我们是不是走私货) is no offer.
    // (round 38, t38a: a ban on the trade told before it is the gate got round, not a warning — 这个木料国际上早就禁止贸易了，正常报关过不去，
    // 我们是跟着别的货一起夹带进来的: WARNING_TRADE_GATE)
    notSentence: [WARNING_TRADE_GATE, /(?:和|跟|与|同)[^，。]{0,8}(?:完全|根本|截然|是)?(?:不同|不一样|不是一回事|两回事|有区别|区别很大)(?![^。！？]*(?:但|不过|可是|只是))|(?:问|怀疑|担心)[^，。]{0,6}(?:是不是|是否)/, OTHERS_SOLD_61],
    // 您问是不是走私的？不是哦: the buyer's question said back and denied (round 9); 有人说我们家是走私货？… (round 12).
    // Round 14 (fa14b): the practice told with its penalty (夹带未申报的药品，海关查到会整包退运甚至销毁) — unless the penalty is made light of.
    // Round 39 (t39c): …or the verdict a practice brings (用箱子帮别人带货，海关查到会按走私处理; 会被认定为走私).
    // Round 43 (t43i): …or the buyer's question told as theirs and answered no (您问会不会是走私货：不是的，…有报关单号).
    // Round 63 (engfa63): …or the trade's goods told as lacking the papers ours carry (走私货没有报关单，我们家每一单都有; tradeLacksOurProof).
    unless: (ctx, start, end) => echoDenied(ctx, start, end) || questionToldDenied(ctx, start, end) || rumourAskedBack(ctx, start, end) || penaltyWarned(ctx, start, end) || butThenCustoms(ctx, start, end) || bustReported(ctx, start, end) || verdictTold(ctx, start, end) || tradeRefusedAfter(ctx, start, end) || tradeLacksOurProof(ctx, start, end),
  },
  {
    words: ['低报', '少报', '海关查不到', '查不出来', '检测不出来', '测不出来', '验不出来'],
    severity: 'block',
    message: '疑似逃避海关或检测监管',
    sentence: /货值|价格|申报|少交|税|加了|添加|掺|混了|兑了|送检|抽检|成分|药|偷偷|夹带|包装好|海关|效果/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /信息|暂时|系统|单号|申报中|有害物质|重金属|任何问题|专柜|正品/],
    unless: (ctx, start, end) => othersPracticeAskedBack(ctx, start, end) || penaltyWarned(ctx, start, end),
  },
  // Weapons
  {
    words: ['枪支', '枪械', '气枪', '猎枪', '步枪', '仿真枪', '钢珠枪', '火药枪', '麻醉枪', '电击枪', '真枪', '弓弩', '弩', '弹药', '炸药', '雷管', '甩棍', '军刺', '管制刀具', '催泪瓦斯', '子弹', '手枪'],
    severity: 'block',
    message: '涉及枪支弹药或管制器具',
    // 扫码枪支持二维码: 枪 + 支持 (round 11).
    // Round 22 (t22bz): the word as a shape or a print on goods (膏体是子弹造型, 手枪形状的开瓶器, 子弹图案的卫衣).
    notAfter: /^(?:杯|头|笔|咖啡|型|钻|式|握|弓造型|以外|之外|范围(?:以外|之外|外)|持(?!有)|的?(?:造型|形状|外形|图案|印花|元素)(?![^。！？]{0,12}(?:私聊|私我|(?<![没无])有货|逼真|能打|威力|找我|加我)))/,
    // The class named as a boundary the goods stay out of (不在管制刀具范围内, 管制刀具以外的厨房刀具; round 10).
    notBefore: /(?:不在|不属|不算|非)$/,
    // 弹弓、仿真枪这类商品跨境不能卖的，我们店也没有: a refusal, not an offer.
    // (round 40: …unless the refusal is kept for outsiders, a way in left for insiders — 一般人我们不卖，熟客可以私聊)
    notSentence: [WARNING, /^(?![^]*(?:一般人|外人|生人|熟客|熟人|老客|私聊|私我|找我|加我|门路))[^]*(?:不属于|玩具水枪|水弹|不是管制|不能卖|不让卖|不可以卖|不卖|不能寄|我们(?:店)?(?:也)?没有|没上架|不上架|下架)/,
      // Round 15 (fa15): the class as the subject of a prohibition on trade or carriage (管制刀具不能跨境进口，我们这款是厨房用刀; 枪支弹药禁止邮寄) —
      // with no turn back to a supply (私下, 找我, 有货, 门路).
      /^(?![^]*(?:私下|找我|加我|联系我|(?<![没无])有货|搞到|搞得到|门路|路子|渠道|另外|偷偷))[^]*(?:不能|不可以|不允许|不准|不得|禁止|严禁)(?:跨境|国际|私自|随意|个人)?(?:进口|入境|出境|邮寄|寄递|运输|携带|销售|出售|买卖|上架|清关|过关|带入)/,
      // Round 63 (engfa63): …or barred from dispatch in the shop's everyday words (管制刀具是不能发的，我们只卖厨房用的普通刀具; 枪支弹药快递不让寄):
      // the carriage bar the hazard cue reads (CARRIAGE_BARRED), with no way round it after (私聊, 可以, 拆开, 改走别的物流, 写成, 拍另一个链接就行…).
      new RegExp(`^(?![^]*(?:私下|找我|加我|联系我|(?<![没无])有货|搞到|搞得到|门路|路子|渠道|另外|偷偷|但|不过|私聊|私我|可以|拆开|分开|拆散|拆成|换个|换成|改走|走别|走货|(?:别的|其他)(?:物流|快递|方式|渠道|办法)|写成|标成|夹在|藏在|链接|备注|下单|就行|就可以|照样|也能|还是能))[^]*(?:${CARRIAGE_BARRED.source})`),
      // Round 32 (t32c): …or the class told to carry a legal risk (弩和弹弓这类东西有法律风险; 买这类东西涉及违法风险), with no supply after it.
      /^(?![^]*(?:私下|找我|加我|联系我|(?<![没无])有货|搞到|搞得到|门路|路子|渠道|另外|偷偷|但|不过))[^]*(?:有|存在|涉及|担)(?:一定的|很大的|较大的)?(?:法律|违法|法规|刑事)(?:上的)?(?:风险|责任)/,
      // Round 45 (t45c): the word in the name of a band or a record sold as music (性手枪那张专辑, 黑胶现货, 封套, 歌词): a title, not a
      // weapon — not with a supply wink or a real-gun word beside it.
      /^(?![^]*(?:私聊|私我|找我|加我|联系我|真枪|实弹|能打|威力|火药|钢珠|射程|门路|路子))[^]*(?:黑胶|唱片|专辑|(?<![a-z])cd(?![a-z])|磁带|卡带|乐队|乐团|封套|歌词|单曲|原声带|曲目)/,
      // Round 55 (eng55a): the weapon a part of a toy, a model or a prop, made of a soft or plastic stuff (机甲手办带的枪械配件都是塑料的, 兵人模型附带
      // 的步枪是软胶做的, 积木里的手枪零件是ABS塑料的): a toy's accessory — not with metal, a way to fire it, a supply wink or 仿真枪 (itself regulated).
      /^(?![^]*(?:私聊|私我|找我|加我|联系我|真枪|实弹|能打|威力|火药|钢珠|射程|门路|路子|金属|改装|改一下|改造|仿真枪|(?<![不])能发射|(?<![不])可以发射|(?<![不])可发射|杀伤|气动|弹簧))(?=[^]*(?:手办|模型|玩具|兵人|积木|拼装|道具|机甲|高达|公仔|娃娃|cos))[^]*(?:塑料|树脂|软胶|pvc|abs|泡沫|eva|木质|木头|纸质|装饰(?:配件|用)|不能发射|无法发射|发射不了)/],
    unless: (ctx, start, end) => slipTakenBack(ctx, start, end) || classRuleWarned(ctx, start, end),
  },
  {
    words: ['匕首'],
    severity: 'block',
    message: '疑似售卖管制刀具',
    // Round 36 (t36a): …or listed under a harmless name and usable on arrival (页面挂的是装饰刀，到手直接能用). Traps: 匕首造型的开瓶器, 未开刃的道具匕首.
    sentence: /卖|(?<![没无])有货|能发|可以发|私下|联系|便宜|页面|挂的是|写的是|标的是|到手|开刃|链接/,
    notSentence: [WARNING, /造型|形状|开瓶器|钥匙扣|巧克力|玩具|道具|模型|书签|挂件|饰品|未开刃|不开刃|没开刃|塑料|木质|cos/],
  },
  // Round 15 (t15a): invoices as a service — issued for someone else or for goods never sold (可以帮忙代开增值税发票，几个点就行; 虚开专票;
  // 各种发票都能开; 开别的公司抬头). Not the shop's own invoice for the order (电子发票在订单页申请, 开票加收6个点税).
  {
    words: ['发票', '专票', '普票', '增值税票', '开票'],
    severity: 'block',
    message: '代开、虚开发票，属于违法内容',
    sentence: /代开|虚开|帮(?:人|别人|公司)开|(?:各种|各类|各行业|任何|什么|啥)[^，。！？]{0,4}(?:发票|票)[^，。！？]{0,4}(?:都|也)?(?:能|可以)?开(?![吗么嘛])|(?:别的|其他|任意|任何|别人)(?:公司|单位)(?:的)?(?:抬头|名义)|(?:餐饮|住宿|办公用品|会务|咨询|劳务|材料|运输|加油)(?:费)?(?:的)?(?:发票|票)(?:都|也)?(?:能|可以)?开|按(?:票面|面额)[^，。！？]{0,4}(?:收|点)/,
    notSentence: [WARNING, INVOICE_SERVICE_DENIED, /违法|严禁|禁止|举报|骗子|诈骗|不支持|冒充/],
    deniable: false,
    // Round 39 (t39m): any kind of invoice offered is read in the invoice's own clause — the compact sentence has no commas, so a
    // choice left in another clause ran into it (生日卡上您想写什么都行，发票按实际开: 什么 is the card's words).
    unless: anyKindAcrossClause,
  },
  // den16: an invoice service offered without the word 发票 (不管啥票都能代开, 票可以帮您代开, 代开各种票): 代开/虚开 with a 票 in its
  // clause that is no ticket (车票, 门票, 机票, 电影票 are booked or refused, never issued for someone). Not denied (不能代开, 代开不了).
  {
    words: ['代开', '虚开'],
    severity: 'block',
    message: '代开、虚开发票，属于违法内容',
    before: /(?:^|[^车门机船球影彩邮股钞支汇])票[^车门机船球影彩邮股钞支汇]{0,8}$/,
    notAfter: /^(?:不了|不出)/,
    notSentence: [WARNING, INVOICE_SERVICE_DENIED, /违法|严禁|禁止|举报|骗子|诈骗|不支持|冒充|不能|不可以|无法/],
    asked: true,
  },
  {
    words: ['代开', '虚开'],
    severity: 'block',
    message: '代开、虚开发票，属于违法内容',
    after: /^(?:各种|各类|任何|什么|啥)?(?:的)?票/,
    notSentence: [WARNING, INVOICE_SERVICE_DENIED, /违法|严禁|禁止|举报|骗子|诈骗|不支持|冒充|不能|不可以|无法/],
    asked: true,
  },
  // den16: any paper offered as issuable (什么票都能开, 啥票都可以帮您开, 各种票都能代开) — not 什么票都开不了, 任何票都不能开, nor the
  // buyer's question echoed (什么票都能开吗？我问一下财务; round 17).
  {
    words: ['什么票', '啥票', '各种票', '各类票', '任何票', '啥样的票', '什么样的票'],
    severity: 'block',
    message: '代开、虚开发票，属于违法内容',
    after: /^(?:都|也|我们|我|这边)*(?:能|可以|会)(?:帮(?:您|你))?(?:给(?:您|你))?(?:代|虚)?开(?!不|吗|么|嘛)/,
    notSentence: [WARNING, INVOICE_SERVICE_DENIED, /违法|严禁|禁止|举报|骗子|诈骗|不支持|冒充/],
    asked: true,
  },
  // Round 15 (t15a): prescriptions written to order (没有处方没关系，我们合作医生可以给您补开一张，5块钱). Not the buyer asked for one.
  {
    words: ['处方', '处方单', '药方'],
    severity: 'block',
    message: '代开处方，属于违法内容',
    sentence: [/补开|代开|现开|帮(?:您|你)开|给(?:您|你)(?:补)?开|开一[张个份]/, /没有?(?:处方)?(?:也)?(?:没关系|没事|不要紧|不用|无所谓)|[0-9一二两三四五六七八九十几]+(?:块|元)|不用(?:看|问诊|面诊)|直接开/],
    notSentence: [WARNING, /需要医生|请提供|上传|问诊后|遵医嘱|凭处方|医院开/],
    deniable: false,
  },
  // Round 15 (t15a): restricted goods split or disguised to get through shipping checks (管制刀具…但我们把刀柄和刀片分开发, 弩不让寄，可以把弓和
  // 弩臂分开寄). Not a parcel split for size (超重了分两个包裹发).
  {
    words: ['分开发', '分开寄', '拆开发', '拆开寄', '分开邮', '拆散发', '拆散寄', '拆开邮', '分两个包裹', '分几个包裹', '分批寄', '分批发'],
    severity: 'block',
    message: '拆分寄递管制物品以逃避查验，属于违法内容',
    window: 40,
    sentence: /管制|刀具|刀片|刀柄|枪|弩|弓|违禁|禁寄|不能寄|不让寄|寄不了|过不了安检|安检/,
    notSentence: [WARNING, /超重|超大|体积|尺寸|重量|缺货|先发|补发|玩具|水枪|模型|积木|拼装|说明书/],
  },
  // Round 15 (t15a): a euphemism for that cult (我们老板信那个功，送你本小册子). Not 那个功能/功效/功夫.
  {
    words: ['那个功', '这个功', '那种功', '那门功'],
    severity: 'block',
    message: '涉及邪教或反动宣传',
    notAfter: /^(?:能|效|夫|劳|课|率|德|绩|臣|底|力|耗|用|放|过)/,
    sentence: /信|练|学|小册子|传单|资料|光盘|保平安|大师|师父|师傅/,
    notSentence: WARNING,
  },
  // Round 15 (t15a): a special or laced consumable told by its effect (店里还有“特殊茶叶”，喝完飘飘的; 加料的糖果一颗嗨一晚).
  {
    // Round 23 (t23dz): …or a bare thing (我哋仲有啲「特别」嘅嘢，食咗好high), told by the high it gives once eaten or smoked.
    words: ['特殊', '特别', '特制', '加料', '加了料'],
    severity: 'block',
    message: '疑似涉及毒品（暗语）',
    after: /^(?:的|嘅)?(?:茶叶?|烟丝?|糖果?|软糖|饼干|巧克力|咖啡|酒|蘑菇|蛋糕|烟油|烟弹|东西|嘢|货|玩意儿?|好东西|好嘢|好货|药丸?|粉)/,
    window: 30,
    sentence: new RegExp(`${DRUG_EFFECT.source}|${CONSUMED_HIGH.source}`),
    // (a treat children enjoy is no drug: 特制的糖果孩子吃了好嗨)
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/],
  },
  // Round 30 (t30c): …or the goods called special as a predicate, winking (这批鼻喷比较“特殊”，吸两下整个人都飘了), told by the high it gives.
  {
    ...SPECIAL_PREDICATE,
    sentence: new RegExp(`${CONSUMED_HIGH.source}|${DOSE_HIGH.source}`),
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH],
  },
  {
    // …or by a softer effect (闻一下就飘飘的) only when also kept for insiders (不上架的): 飘飘的 alone is a perfume's or a dress's feel.
    ...SPECIAL_PREDICATE,
    sentence: [DRUG_EFFECT, KEPT_FOR_INSIDERS],
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH],
  },
  // Round 30 (t30c): a dose and its high with no special word (这款鼻喷吸两下整个人都飘了): warned; blocked when kept for insiders (熟客才有).
  {
    words: HIGH_WORDS,
    severity: 'block',
    message: '疑似涉及毒品（用后效果＋只给熟客）',
    before: DOSE_BEFORE,
    window: 40,
    sentence: KEPT_FOR_INSIDERS,
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH],
  },
  {
    words: HIGH_WORDS,
    severity: 'warn',
    message: '用后“飘”“嗨”的描述，疑似涉及毒品',
    before: DOSE_BEFORE,
    window: 40,
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH, KEPT_FOR_INSIDERS],
  },
  // Round 15 (t15a): what cannot be broadcast or shown, given or sent (下单备注“VIP视频”，送你一份不能播的内容; 买两件送你一部播不了的片子). Not a live room's rules.
  {
    words: ['不能播的', '播不了的', '不能播出', '过不了审的', '不能公开的'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /视频|片|资源|内容|刺激|私发|懂的|送(?:你|您)|福利/,
    notSentence: [WARNING, /直播间|带货|讲解|规则|遵守|违规|审核|平台|广告法|敏感词/],
  },
  // Round 15 (t15a): sex services (还有真人服务，同城可约). Not an appointment for a fitting or a repair.
  {
    words: ['同城可约', '同城约', '真人服务', '可约可上门', '上门可约', '全套服务', '包夜'],
    severity: 'block',
    message: '涉及色情服务',
    sentence: /成人|妹子|美女|小姐|服务|约|上门|😘|💋|全套|快餐|包夜|私聊|私我/,
    notSentence: [WARNING, /安装|维修|保洁|家政|验光|量体|取件|快递|自提|预约时间|门店/],
    unless: packOfNight48, // round 48 (t48h): 补一包夜用 (一包 + 夜用)
  },
  // Fake documents, money laundering, stolen cards
  {
    words: ['假证', '假发票', '假流水', '假银行流水', '假工资条', '假合同', '假病历', '假币', '洗钱', '黑钱', '盗刷', '买卖银行卡', '出租银行卡', '收购银行卡', '收银行卡', '跑分', '身份证买卖', '卖身份证', '象牙制品', '犀牛角', '穿山甲', '虎骨'],
    severity: 'block',
    message: '涉及违法交易内容',
    // Round 66 (engfa66): …nor the dealing verb the term opens with refused by a bare 不 (我们不收支付宝转账，也不收银行卡汇款; 不买卖银行卡):
    // DENIALS holds 不会 / 不卖 but not a bare 不, which here binds the term's own verb.
    notBefore: /不$/,
    notSentence: [WARNING, CASE_SENTENCED_61],
    // Round 24 (t24c): an animal's name as a toy's or a model's figure (仿真动物模型，有大象、犀牛、穿山甲), as the wildlife cue below reads it.
    unless: (ctx, start, end) =>
      (/^(?:犀牛角|穿山甲|虎骨)$/.test(ctx.compact.slice(start, end)) && (imitationByNature(ctx, start, end) || animalFigure(ctx, start, end))) ||
      (/^(?:象牙制品|犀牛角|穿山甲|虎骨)$/.test(ctx.compact.slice(start, end)) && wildlifeBanTold(ctx, start, end)) ||
      (ctx.compact.slice(start, end) === '跑分' && benchmarkSense(ctx, start, end)),
  },
  // Protected wildlife products: 象牙手串, 犀角杯, 玳瑁梳子 — not the colours and patterns (象牙白, 玳瑁色镜框) or imitations (仿象牙).
  {
    // Round 38 (t38a): also wild sturgeons and sea turtles (野生中华鲟苗也有，帮您留两条？).
    words: [...WILDLIFE_PRODUCTS],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    // (round 43, t43k: …nor a plant named for it or a likeness told — 植物象牙 the tagua nut, 质感很像象牙; 好像象牙… still counts)
    // (round 62, eng62a: …nor mammoth ivory, a fossil lawfully traded — 猛犸象牙)
    notBefore: /(?:仿|人造|树脂|塑料|亚克力|植物|(?<!好)像|猛犸)$/,
    // (round 36, t36d: …nor a pigment's or colour's name — 象牙黑, 象牙灰, 玳瑁棕)
    // (round 38, t38a: …nor a likeness of it — 象牙质感, 海龟形状, 海龟汤 the puzzle game)
    notAfter: /^(?:白|黑|灰|棕|褐|蓝|绿|紫|金|银|色|黄|红|塔|果|瓷|纸|米|纹|框|花纹|款镜|眼镜|板材|图案|造型|皮纹|形状|样式|印花|刺绣|质感|触感|手感|汤|鹦鹉|蛋糕|青椒|尖椒|辣椒|凤爪|鸡爪|鸡蛋|猫|卷|兰)/,
    // Round 38 (t38a): …or said to be the real material or an old stock (弓根那块是真象牙的，老料), or kept back for the buyer off the listing
    // (藏羚羊绒的线也有，不上架的; 帮您留两条).
    sentence: /卖|(?<![没无])有货|出货|收|手串|手镯|手链|吊坠|摆件|雕|制品|杯|梳|原料|货源|渠道|私聊|私下|要的话|真的|真(?:象|犀|玳瑁|虎|豹|穿山甲|藏羚|沙图什|熊|鲟|海龟)|正宗|天然|野生|整根|整只|片|粉|酒|泡|老料|真料|也有|还有|不上架|没上架|不能上架|上不了架|帮(?:您|你)留|留(?:[一两二三几]|个)/,
    // Round 13 (t13c): a paper said missing (证书没有，但货是真的) is the gate, not a denial.
    notSentence: [WARNING, CASE_SENTENCED_61, /保护|不卖|不出售|不收|(?<!证书|证|手续|发票)没有(?!证|手续|发票|票)|仿制|仿品|合成|替代|人工(?:繁殖|养殖|繁育)|驯养/],
    // Round 24 (t24c): the animal as a toy's or a model's figure (儿童仿真动物模型，有大象、犀牛、穿山甲).
    // (round 36, t36d: …or the animal said to be in the goods' name only, 名字里只是带“玳瑁”两个字; nameOnly)
    unless: (ctx, start, end) => imitationByNature(ctx, start, end) || animalFigure(ctx, start, end) || wildlifeBanTold(ctx, start, end) || nameOnly(ctx, start, end),
  },
  // Fake documents as a service: 学信网查不到的那种更便宜, 检疫证明没有也能现做一张, 海关的章我们都能盖.
  // Personal certificates are never the shop's to make, so any making service counts; papers a shop
  // may really issue (证明, 报关单, 检测报告) count only with a forging word.
  {
    // Round 22 (t22dt): …or a copy praised as passing for real (做得跟真的一样, 以假乱真).
    // Round 44 (t44b, dev HI): …also the papers of a visa file (银行流水和在职证明都能做出来，包过签), and a clinic's paper issued by the shop with its
    // seal and a price per copy (我们能出“三甲”的诊断证明，带章带病历号…50一张).
    words: ['学历证书', '毕业证', '学位证', '学历', '驾驶证', '驾照', '资格证', '职称证', '结婚证', '离婚证', '房产证', '户口本', '病假条', '假条', '四六级证书', '健康证', '病历', '假病历', '诊断证明', '病假证明', '体检报告', '健康证明',
      '银行流水', '在职证明', '收入证明', '存款证明', '工资证明', '工资流水', '资产证明',
      // Round 44 (t44h, dev HM): a child's vaccination record re-made by the shop, its seals complete (接种本…我们能帮您补一本，章都是齐的).
      '预防接种本', '预防接种证', '接种本', '接种证', '疫苗本', '疫苗接种证', '出生医学证明', '入园体检表'],
    severity: 'block',
    message: '代办或伪造证件，属于违法内容',
    deniable: false,
    // (round 52, cf52: not 可能 + 做 — 砸招牌的事怎么可能做呢，每单都有报关单 is no offer to make one)
    sentence: /(?:我们|这边|店里|我这|我)(?:都|也)?(?:能|可以)(?:帮(?:您|你))?出(?!具体|货|库|发票|收据|小票)|章(?:都|也)?是?(?:齐|全)的|(?:我们|这边|店里|我这)(?:都|也)?(?:能|可以)?(?:帮|给|替)(?:您|你)补(?:一本|一张|一份|个|办)|带(?:公)?章|[0-9一二两三四五六七八九十百]+(?:元|块)?一[张份]|做出来|做流水|包过签|医院(?:的)?章|章都有|章都齐|找我|帮(?:您|你)弄|(?<!可)能弄|弄一[张个份本]|假病历|代办|现做|(?<!可)能做|可以做|帮你做|帮您做|做一[张个份本]|做[张份本]|办一[张个份本]|(?<!可)能办|可以办|包过|免考|不用考|直接拿证|伪造|造假|刻章|学信网查不到|查不到的那种|p一[张份]|p图|更便宜|(?:跟|和|与)真的?(?:一样|一模一样|没区别|没两样|差不多)|以假乱真/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /官方|原件|如实|请提供|需要提供|上传|核验|实名|(?:去|到)(?:医院|银行|公司|单位)(?:开|打印|出具)/],
  },
  {
    // Round 44 (t44b): …or the paper asked about first and the issue offered in the next sentence, with its seal or its price per copy
    // (需要体检报告吗？我们能出三甲医院的，带章，80一份). Not a paper the buyer is told where to get.
    words: ['诊断证明', '病假证明', '病假条', '体检报告', '健康证明', '健康证', '病历', '银行流水', '在职证明', '收入证明', '存款证明', '工资证明', '资产证明'],
    severity: 'block',
    message: '代办或伪造证件，属于违法内容',
    window: 30,
    sentence: /(?:我们|这边|店里|我这)(?:都|也)?(?:能|可以)(?:帮(?:您|你))?(?:出|做|开)(?!具体|货|库|发票)[^。！？]{0,12}(?:带(?:公)?章|盖(?:好)?章|[0-9一二两三四五六七八九十百]+(?:元|块)?一[张份]|一[张份][0-9一二两三四五六七八九十百]+)/,
    notSentence: [WARNING, /官方|原件|如实|请提供|需要提供|上传|核验|实名|(?:去|到)(?:医院|银行|公司|单位)(?:开|打印|出具)/],
  },
  {
    // Round 22 (t22dt): the cards that earn a discount or entry (学生证, 工作证, 老年证, 残疾证, 教师证, 记者证) made to order — only with a
    // making or forging word: a buyer may well show the real card for a discount (有学生证的可以找我登记学生价, 上传学生证照片).
    // (round 45, t45g: …and the disability card by its full name, 残疾人证, 残疾军人证, and the veterans' and seniors' cards)
    words: ['学生证', '学生卡', '工作证', '老年证', '残疾证', '残疾人证', '残疾军人证', '优待证', '老年卡', '敬老卡', '教师证', '记者证', '军官证', '警官证'],
    severity: 'block',
    message: '代办或伪造证件，属于违法内容',
    deniable: false,
    sentence: /(?:跟|和|与)真的?(?:一样|一模一样|没区别|没两样|差不多)|以假乱真|伪造|造假|现做|刻章|p一[张份]|p图|(?:帮|给|替)(?:您|你)(?:办|做|弄|搞|p)|代办|做一[张个份本]|办一[张个份本]|弄一[张个份本]|查不到的|能过(?:验|检|闸)|刷得过/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /官方|原件|如实|请提供|需要提供|上传|核验|实名|本人|补办|挂失/],
  },
  {
    // Round 45 (t45g): a lock-opening tool sold for any door — its speed or stealth praised, or whose door left unasked (市面上九成的锁三秒就开，
    // 不留痕迹；拿去开谁家的门我们不过问). A locksmith's own kit or a smart lock's emergency entry (应急开门：外接充电宝供电) is not.
    words: ['开锁工具', '开锁器', '开锁神器', '开门工具', '开门小工具', '开门神器', '万能钥匙', '万能开锁', '技术开锁', '锡纸开锁', '锡纸开门'],
    severity: 'block',
    message: '出售可随意开启他人门锁的工具，属于违法内容',
    window: 60,
    sentence: /不留(?:任何)?痕迹|没有痕迹|无痕|谁家|别人家|别人的(?:门|锁|车)|不过问|不问(?:您|你)?(?:开|用)|(?:[0-9一二两三四五六七八九十几]+)秒(?:钟)?(?:就|能|即可|都)?(?:开|打开)|九成|大部分的?锁|绝大多数|所有的?锁|各种锁|什么锁都|不上架|单独(?:说|拍|买|联系|发)|私聊|私下/,
    notSentence: [WARNING, /开锁公司|锁匠|公安|备案|物业|本人|自家|自己家|忘带钥匙|骗|假宣传|别信|不要信|说明书|外接|充电宝|供电|机械钥匙/],
  },
  {
    words: ['检疫证明', '检疫证', '原产地证', '卫生证书', '报关单', '营业执照', '检验报告', '检测报告', '完税证明', '证明', '证书', '单据', '流水', '质检报告', '中文标签', '合格证'],
    severity: 'block',
    message: '伪造证明、单据，属于违法内容',
    // 没有原产地证也能现做一份: the 没有 is about the buyer's paper, the forging word decides.
    deniable: false,
    // Round 12 (t12b): also the seal said complete or the copy said as good as real (医院的章都齐, 章盖上去跟真的没区别, 按您要的日期重新做一张).
    // (round 42, t42c: …or a paper got through someone we know, skipping the wait — 狂犬抗体检测报告，我们认识的人能直接出一份，不用等180天，入境照样过)
    // (round 55, eng55b: …or made to order for the buyer with a lab's letterhead and every seal, to pass a third party's check unnoticed —
    // 质检报告给您做一份，SGS抬头的，盖章齐全; 检疫证明我们都能配一套，超市验收不会露馅)
    sentence: /(?:都|也)能(?:配|做|弄)(?:一套|齐)|配(?:一|上)套|盖章齐全|章(?:子)?(?:也)?齐全|(?:不会|不怕|保证不)露馅|露不了馅|(?:sgs|cti|谱尼|华测|第三方|检测机构|检测中心)(?:的)?抬头|(?:验收|检查|查验|抽查)[^，。！？]{0,4}?(?:保过|照样过|没问题|能过|稳过)|现做|伪造|造假|刻章|没有也能|(?:认识的人|熟人|有关系|找关系|托关系|门路|路子|内部的人|里面的人)[^，。！？]{0,6}?(?:直接|帮(?:您|你))?(?:出|开|做|弄)(?:一份|一张|一个|个|份|张)|不用等[^，。！？]{0,12}(?:照样|也能|一样|直接)(?:过|通过|入境|通关|能用)|没有也可以|查不到的那种|p一[张份]|p图|p一下|假的也|以假乱真|章我们|章都能|章都(?:齐|有|全)|盖好章|章盖上|看不出(?:是)?假|重新做一[张份]|顺手做|按(?:您|你)要的|(?:日期|金额|抬头|数字)[^，。]{0,4}按(?:您|你)(?:的)?(?:需要|要求|意思)(?:的)?(?:填|写|开|改|做|出)|改(?:一下|一改|个|掉|了)(?:上面的)?(?:日期|批号|编号|抬头|名字|数字|金额|品名)|(?:看起来|看着|看上去)(?:跟真的)?(?:一模一样|和真的一样)/,
    sentenceSkipsAnchor: true,
    // (round 39, t39p: …or another batch's paper with its date and lot changed — 拿上一批的证明改一下日期和批号给您，看起来一模一样)
    notSentence: [WARNING, /官方出具|海关出具|官网可查|可以查询|扫码查|如实|改不了|不能改|没法改|不可以改|无权|重新出具|重新开具/],
  },
  {
    // Round 44 (t44h, dev HM): an official inspection or approval got through connections with the test itself skipped (消防验收…合格的章我们有门路，
    // 不用真的去检测; 年检找人打点一下，车不用开去检). Not a report already in hand that spares a re-test (自带检测报告，不用再送检).
    words: ['验收', '年检', '年审', '检测', '检验', '送检', '环评', '消防', '质检', '安检', '审批', '评审'],
    severity: 'block',
    message: '通过关系免检拿合格章，属于违法内容',
    window: 60,
    sentence: [/门路|路子|关系|熟人|打点|找人|内部的人|里面的人|认识的人/, /不用(?:真的?|实际|亲自|专门)?(?:去|开去|送去|拿去)?(?:检测|检验|检|测|验收|验|考|审|查|送检|上线|做)/],
    notSentence: [WARNING, /没有门路|没门路|没关系|没有关系|不认识|找不到人|无法|不能|不可以|如实|正规/],
  },
  {
    // Round 44 (t44h, dev HM): a medical procedure sent to a provider said to lack the licence, the price the draw (居民楼里的工作室做激光脱毛，没有医疗资质，
    // 但价格只要医院三分之一). Not the shop saying it cannot diagnose, nor a warning against such places.
    words: ['医疗资质', '行医资格', '行医资质', '医师资格', '执业资格', '执业医师证', '医疗许可', '行医执照', '医疗执照', '医美资质'],
    severity: 'block',
    message: '推荐无医疗资质的机构做医疗项目，属于违法内容',
    // the 没有 before the licence is the offence itself, not a denial
    deniable: false,
    before: /(?:没有|没|无|不具备|不需要|不用)(?:什么|啥)?$/,
    sentence: /介绍(?:您|你)去|推荐(?:您|你)去|带(?:您|你)去|合作的|价格只要|价钱只要|只要[0-9一二两三四五六七八九十百几半]|便宜|三分之一|一半的?价|上门|工作室|私人|家里做|居民楼/,
    notSentence: [WARNING, /千万别|不要去|别去|不建议|不推荐|谨慎|小心|正规医院|去医院|没法|无法|不能|风险|不安全|不正规/],
  },
  {
    words: ['海关的章', '海关章', '检疫章', '公安的章', '政府的章', '官方的章', '萝卜章'],
    severity: 'block',
    message: '伪造印章，属于违法内容',
    sentence: /盖|刻|现做|做一/,
    notSentence: [WARNING, /已盖|官方出具|原件/],
    // Round 36 (t36g): the seal told as what a real paper bears (报关单上盖的是海关的章, 检疫证明上盖着检疫章), not one the shop makes.
    unless: sealBorne,
  },
  // Getting round the Great Firewall: 想上外网的话我们这有梯子, 翻墙软件, 科学上网.
  {
    words: VPN_WORDS,
    severity: 'block',
    message: '提供翻墙（非法跨境上网）工具，属于违法内容',
    sentence: VPN_CONTEXT,
    window: 24,
    notAfter: VPN_NOT_AFTER,
    notSentence: [WARNING, VPN_INNOCENT],
  },
  // A VPN offered to see what is censored: 送你一个梯子，能看墙外那些“真相”.
  {
    words: VPN_WORDS,
    severity: 'block',
    message: '提供翻墙工具浏览境外敏感内容，属于违法内容',
    window: 24,
    sentence: /墙外|墙那边|墙内外|真相|新闻联播|敏感|被屏蔽|禁掉的|封掉的|洗脑|看看就知道|教(?:你|您)/,
    notAfter: VPN_NOT_AFTER,
    notSentence: [WARNING, VPN_INNOCENT],
  },
  // Political agitation with initials or cult slogans: zf变着法子抢钱…团结起来跟他们对着干, 三退保平安, 天灭那个党.
  {
    words: ['团结起来', '联合起来', '对着干', '站出来反抗', '起来反抗', '一起反抗'],
    severity: 'block',
    message: '煽动性政治内容',
    sentence: /政府|zf|zhengfu|gcd|当局|共产党|党|国家|体制|制度|关税|领导|上面的人|他们/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /团队|同事|家人|班级|邻居|一起努力|加油|抗疫/],
  },
  {
    words: ['zf', 'zhengfu', '当局', 'gcd', '土共', '共匪'],
    severity: 'block',
    message: '对政府的煽动性言论，与客户服务无关',
    sentence: /抢钱|骗|坑|黑心|腐败|吸血|土匪|强盗|对着干|反抗|推翻|打倒|无能|垃圾|害的|搞的鬼|变着法子/,
    sentenceSkipsAnchor: true,
    notSentence: WARNING,
  },
  {
    words: ['三退', '退党保平安', '天灭', '灭共', '九评', '大法好', '真善忍', '全能神', '退党', '退团退队'],
    severity: 'block',
    message: '涉及邪教或反动宣传',
    notSentence: [WARNING, /退货|退款|退换/],
  },
  // Drug slang: 我这有“冰”，溜一口通宵不困 — not 冰美式, 加冰, 冰箱.
  {
    words: ['溜一口', '溜两口', '溜几口', '溜一下', '呼一口', '嗨一口', '整一口', '飞一口', '溜个冰', '冰妹', '冰壶'],
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /冰|叶子|草|粉|货|通宵|不困|提神|嗨|上头|飞|纯度|壶/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /冰壶运动|冬奥|比赛|滑冰场|冰场/],
  },
  {
    words: ['冰'],
    severity: 'block',
    message: '疑似涉及毒品（黑话）',
    sentence: /溜|吸一|嗨|上头|通宵不困|不困|纯度|[0-9一二两半]克|飞一|比咖啡猛|比咖啡还|私聊|懂的/,
    sentenceSkipsAnchor: true,
    notBefore: /(?:冷|结|滑|破|储|制|加|去|南|北|冰|放|藏|降|刨|溜|碎|凉|冻)$/,
    notAfter: /^(?:箱|块|淇淋|激凌|糖|沙|袋|镇|凉|川|岛|山|美式|拿铁|咖啡|水|饮|柜|晶|丝|皮|爽|感|敷|格|品|过|一下|着|的|柠|酒|可乐|棍|棒|粉|鞋|刀|场|雕|球|面|块|点|冻|爪|乐)/,
    notSentence: [WARNING, /冰箱|冷藏|冷冻|冰袋|冰敷|饮品|咖啡|奶茶|果汁|啤酒|口感|溜冰鞋|滑冰/],
  },
  // Cigarettes and alcohol resold from duty-free or smuggled: 日本免税烟整条出，没中文标的那种.
  {
    words: ['免税烟', '免税香烟', '免税的烟', '免税店的烟', '免税店烟', '外烟', '走私烟', '水货烟', '港烟', '免税酒', '整条出', '整条卖'],
    severity: 'block',
    message: '倒卖免税或走私烟酒，属于违法内容',
    sentence: /整条|整箱|出|卖|(?<![没无])有货|便宜|没中文|中文标|批发|渠道|私聊|要的话|一条|[0-9]+条|烟/,
    sentenceSkipsAnchor: true,
  },
  // Personal data for sale: 两万条母婴用户名单，姓名电话地址齐全，打包卖你.
  {
    words: ['用户名单', '客户名单', '会员名单', '买家名单', '用户数据', '客户数据', '买家数据', '用户资料', '客户资料', '买家资料', '买家信息', '用户信息', '公民信息', '个人信息', '名单'],
    severity: 'block',
    message: '买卖个人信息，属于违法内容',
    sentence: [/卖|打包|出售|出给|转让|要的话|便宜|[0-9]+块|[0-9]+元/, /[0-9一两二三四五六七八九十几百千万]+条|齐全|精准|推广|引流|姓名电话|电话地址|手机号/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /保护|泄露|保密|加密|隐私政策|不会外传|中奖名单|获奖名单|名单公布|白名单|黑名单/],
  },
  // Account theft and doxxing: 给我他手机号，帮你把他的快手号盗过来 / 给个ID，我们能开盒到真实姓名和住址.
  {
    words: ['盗号', '盗过来', '盗走', '盗他', '盗她', '盗取', '黑进', '黑掉他', '撞库', '破解密码', '破解他', '破解她'],
    severity: 'block',
    message: '盗取他人账号，属于违法内容',
    sentence: /号|账号|密码|微信|快手|qq|抖音|邮箱|手机/,
    notSentence: [WARNING, /被盗|防盗|以防|小心|注意|安全/],
  },
  {
    words: ['开盒', '人肉搜索', '人肉出', '人肉到', '查开房', '开房记录', '查户籍', '户籍信息', '行程轨迹', '查行踪', '查底细', '真实姓名和住址', '真实姓名住址', '家庭住址和电话', '查个人信息'],
    severity: 'block',
    message: '查询、泄露他人隐私信息（开盒），属于违法内容',
    sentence: /真实姓名|住址|底细|身份证|户籍|开房|家庭|查谁|人肉|手机号|id|账号|给个|给我|帮你|帮您|能查|可以查|查到/,
    sentenceSkipsAnchor: true,
    // 刮开盒子上的涂层: a box scratched open (round 7).
    notBefore: /(?:刮|打|拆|撕|掀|剪|割|揭)$/,
    notSentence: [WARNING, /开盒即|开盒后|开盒视频|盲盒|开盒有|开箱/],
  },
  // Under-declaring value: 报关单上给您写成三百块，税能省一大截 / 申报价值写低一点.
  {
    // Round 64 (eng27-64): the value slot by its other names (价格写五十, 货值填三百) and the declaration as 报的是 — not 金额填, a refund's
    // amount (申请仅退款，金额填15元).
    words: ['写成', '报成', '填成', '申报成', '申报为', '标成', '写低', '报低', '填低', '少写', '写少', '价值写', '金额写', '价格写', '价钱写', '货值写', '单价写', '价值填', '货值填'],
    severity: 'block',
    message: '虚报货值以逃税，属于违法内容',
    sentence: /报关|申报|海关|税|清关|面单|货值|报的是/,
    // (round 39, t39k: …or a bare sum, the currency sign dropped by the compact view: 申报价值写成 ¥4,800, 报成 480)
    after: /^[^]{0,3}(?:[0-9一二两三四五六七八九十几百千]+(?:块|元|刀|美元|美金|日元|百|千)|(?<![0-9])[0-9]{3,6}(?![0-9]|件|个|份|箱|瓶|盒|包|单|克|g|kg|ml|号|次|天|月|年|位|码|岁|周|开头|打头|结尾)|低|少|便宜|一点|点|些|[一二两三四五六七八九十几百千]{2,4}(?![一二两三四五六七八九十几百千万亿件个份箱瓶盒包单克号次天月年位码岁周倍]))/,
    // (…a code written, not a value: 商品编码写成 8525 开头的)
    notBefore: /(?:编码|编号|单号|税号|商品码|条码|hs码|型号|批号|代码|归类)[^]{0,6}$/,
    // Round 13 (t13c): the check's own 不会 (反正海关不会一件件拆开核) is no refusal by the shop.
    // Round 31 (t31f): a claim of honesty turned after it (我们都如实申报，但是价值会写低一点; 按实际填的，不过金额写低些) clears nothing.
    notSentence: [WARNING, /(?<!海关|平台|系统|税务|那边|根本|一般|反正|基本)不会|不能|不可以|(?:如实|按实际|实际金额|实际价格)(?![^]*(?:但|不过|可是|只是|就是)[^]*(?:写|报|填|标)(?:低|少|成|为))|不得|(?:我们|本店|这边|咱们)(?:从来|绝对|坚决|也)?(?:不干|不做|不搞)/],
  },
  {
    words: ['税能省', '能省税', '省税', '省一大截税', '逃掉税', '躲税', '避税'],
    severity: 'block',
    message: '帮买家逃避税费，属于违法内容',
    // The act refused with its purpose: 我们不能把商品报成“礼品”来避税 (round 12, fa12).
    notBefore: /(?:不能|不会|不可以|没法|无法|不可能|绝不|决不|不帮|不会帮)(?:帮您|给您|替您|帮你|给你)?把[^，。]{1,14}$/,
    sentence: /报关|申报|海关|写成|报成|填成|拆|别人|低报|少报|面单|货值/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /额度内|限额内|以内|政策|免税额|如实|按规定/],
  },
  // Lending or selling identities: 我这有现成的身份证信息借您下单，一个收十块.
  {
    // Round 13 (t13c): also the other way, the buyer's papers borrowed by the shop (借用下您的身份证信息帮其他客户清关; 身份证借我们下几单;
    // 护照能借我们用一下吗) and travel papers (通行证可以借您用). Traps: 护照丢了的话…订购人要和身份证一致.
    words: ['身份证信息', '身份证号', '身份信息', '身份证', '实名信息', '护照', '通行证', '户口本'],
    severity: 'block',
    message: '出借或买卖他人身份信息，属于违法内容',
    sentence: /借(?:您|你|给)[您你]?(?:用|下单|清关|买|报关|一下)|借用(?:一?下)?(?:您|你)(?:家人)?的|借(?:给)?(?:我们|我)(?:用|下|填|清|报)|(?:可以|能)借(?:给)?(?:您|你)|帮(?:您|你)(?:借|找|弄|搞|凑)|借(?:几|[0-9一二两三四五])张|现成的|租给|出租|(?<![只仅不])卖给|有的是|一个收|一个[0-9一二两三五十几]+块|换一个用|换着用|多个身份|别人的/,
    sentenceSkipsAnchor: true,
    // 不能借用别人的身份证: 别人 is no denial (cue-rule masks it), so the refusal is read here.
    // (能不能借用…？ asks for the papers: its 不能 is no refusal; round 13.)
    // Round 51 (fa51): the shop's goods sold only to some buyers (酒类只卖给年满18周岁的用户) is no papers sold — 只/仅/不 before 卖给; and the
    // platform or customs checking the real-name papers (下单时平台会核验实名信息) lends none.
    notSentence: [WARNING, /本人|请提供|请填写|填写|实名认证|核对|不会泄露|保密|加密|必须|(?<!能)不能|不可以|不要(?!紧)|请勿|不支持|无法|不允许|不需要|无需|不用提供/, CUSTOMS_FAILS, NAMES_MUST_AGREE, BORROW_DISCOURAGED, /(?:平台|系统|海关|官方)(?:那边|这边)?(?:会|都会|将|要)?(?:核验|核实|校验|验证|审核)(?!不)/],
  },
  // Controlled weapons: 高压电棍, 弹簧刀, 蝴蝶刀, 指虎; a gun emoji is judged in `check`.
  {
    words: ['电棍', '电警棍', '高压电棍', '弹簧刀', '蝴蝶刀', '三棱刀', '三棱刺', '跳刀', '指虎', '手指虎', '开山刀', '砍刀', '防身刀', '伸缩棍', '警棍', '电击棍', '电击器', '电击手电', '防身电击', '防狼电击', '防身棍'],
    severity: 'block',
    message: '涉及管制器具',
    notSentence: [WARNING, /不属于|玩具|造型|道具|cos|不是管制/],
  },
  // Prescription drugs and game cheats, often half in pinyin: 西di那非, 透视外guà.
  {
    words: ['西地那非', '地那非', '他达拉非', '达拉非', '伐地那非', '伟哥', '万艾可', '希爱力', '艾力达', '曲马多', '安眠药', '三唑仑', '艾司唑仑', '佐匹克隆'],
    severity: 'block',
    message: '售卖处方药或违禁药物，属于违法内容',
    // Round 30 (t30c): the drug named in advice on the goods — what they must not be taken as or with (不建议当安眠药吃, 不宜代替安眠药,
    // 别和安眠药同服), or the buyer sent to a doctor for it (长期失眠请去医院，医生开的安眠药才对症) — not the doctor waved off
    // (医院开安眠药麻烦，我们这里不要处方).
    notBefore: DRUG_ADVISED_AGAINST,
    notSentence: [WARNING, DOCTOR_REFERRAL, DOCTOR_DECIDES],
  },
  {
    words: ['外挂', '透视挂', '自瞄', '辅助挂', '透视外挂', '科技号', '免封', '不封号'],
    severity: 'block',
    message: '售卖游戏外挂，属于违法内容',
    sentence: /游戏|王者|荣耀|吃鸡|和平精英|透视|封号|送|卖|一个月|天卡|周卡|月卡|自瞄|辅助/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:式|架|机|空调|钩|篮|箱|包)/,
    notSentence: [WARNING, /晾衣|空调|挂钩|挂件|车载|书包|行李/],
  },
  // Pornography named by slang: 🈲片资源, LSP懂的, 都是日本那种片子.
  {
    words: ['片资源', '片子资源', '片源', '岛国片', '岛国资源', '岛国', 'lsp', '老色批', '那种片子', '那种片', '日本片', '欧美片', '小黄片', '福利片'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /资源|懂|送|有|发|看|欧美|日韩|福利|私|满|合集|片/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:直邮|发货|代购|进口|零食|化妆品|品牌)/,
    notSentence: [WARNING, /电影院|正版影视|纪录片|动画片|宣传片|广告片|教学|快递单号|车牌号码/],
  },
  // Disguised goods named by what they are not: 冰糖有需要吗，不是吃的那种 / 🍃自种的，懂的都懂.
  {
    words: ['冰糖', '糖果', '冰块', '冰', '草', '叶子', '粉', '邮票', '奶茶'],
    severity: 'block',
    message: '疑似涉及毒品（暗语）',
    after: /^[^]{0,12}(?:不是(?:吃|喝|泡|用来吃|用来喝)的那种|懂的都懂|懂的来|懂得都懂|懂的私|自种|自己种|纯度高|纯度好)/,
    notAfter: /^(?:雪梨|膏|模|箱|袋|淇淋|沙|晶|皮|丝|底|饼|条|莓|坪|帽|鞋|药|刷|扑)/,
    // Round 25: the word's tail of a food or cosmetic powder (这款奶粉懂的都懂，销量第一; 这个蜜粉懂的都懂) is the product.
    notBefore: /(?:奶|蛋白|米|藕|淀|面|葛根|代餐|益生菌|胶原|酵素|蜜|散|定妆|腮红|珍珠|红糖|白砂|棉花|绿茶|抹茶|乳清)$/,
    notSentence: [WARNING, /茶|绿植|盆栽|蔬菜|菜园|花园|有机|农家|水果|果园|零食|冲泡|泡水|煲|炖|做菜|甜品|食谱|护肤|化妆/],
  },
  // Round 34 (t34a): a gambling saying used to invite a game (小赌怡情，来两把; 搏一搏单车变摩托，要不要跟一把) — not the saying as a caution
  // (小赌怡情大赌伤身，理性消费) nor with no game asked of the buyer.
  {
    words: ['小赌怡情', '小赌怡心', '小赌养家', '搏一搏单车变摩托', '单车变摩托', '赌一赌', '博一博', '搏一搏'],
    severity: 'block',
    message: '用赌博俗语邀请买家赌博',
    sentence: /(?:来|玩|打|搓|开|整|搞|押|跟|赌)(?:个)?(?:两|几|一|俩)(?:把|局|圈|盘|手|注)|(?:一起|要不要|陪(?:你|您)|带(?:你|您)|咱们?)(?:玩|来|赌|押|搓|打)|下注|押注|上桌|开局|走一个|群|庄/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /伤身|理性|别赌|不赌|远离|戒赌|违法/],
  },
  // Mahjong and card games for money: 麻将群一块起底 — not a mahjong mat or table (麻将凉席, 麻将机).
  {
    // Round 35 (lead): mahjong's own jargon (血战到底, 三缺一, 搓麻) priced per fan or per win (一番十块, 五块一炮) — the retrained model had
    // caught it alone.
    words: ['麻将', '斗地主', '跑得快', '扎金花', '牛牛', '玩牌', '打牌', '三缺一', '血战到底', '血流成河', '搓麻', '打麻'],
    severity: 'block',
    message: '疑似赌博内容（带彩棋牌）',
    sentence: /群|起底|底分|带彩|玩钱|输赢|上分|下分|红包|[一二两三五十0-9]+块起|[一二两三五十0-9]+元起|块一局|元一局|(?:一|每)(?:番|炮|把|底)[一二两三四五六七八九十百0-9]+(?:块|元|毛)|[一二两三四五六七八九十百0-9]+(?:块|元|毛)(?:一|每)(?:番|炮|把|底)|押|赌/,
    sentenceSkipsAnchor: true,
    notAfter: /^(?:机|桌|席|凉席|牌$|块|套装|垫|造型|图案|抱枕|挂件|玩具)/,
    // (round 35, t35a: …or the stake denied in a sentence that offers no game for money — 斗地主不玩钱，纯娱乐; 我们不赌博，小来来也不行)
    notSentence: [WARNING, GAMBLING_LINE, STAKE_DENIED, /凉席|麻将机|麻将桌|麻将块|麻将牌|麻将垫|包装|尺寸|材质|发货/],
  },
  // Weapons in parts and slang: 铅弹, 钢珠弹, 气狗, 气q.
  {
    words: ['铅弹', '钢珠弹', '气狗', '火狗', '气q', '猎弹', '弹弓枪', '狗粮弹', '钢珠', '短狗', '长狗', '仿真狗'],
    severity: 'block',
    message: '疑似售卖枪支弹药',
    // Round 15 (t15a): also given away or carried past checks (加单送一把仿真短狗，过安检没问题).
    sentence: /(?<![没无])有货|发货|货|卖|出|私聊|私我|渠道|要的话|需要|都有|配件|打|威力|射|送|一把|安检/,
    notAfter: /^(?:轴承|滑轨|按摩|笔)/,
    // (round 40: …nor a game's small parts with their choking warning — 派对游戏配件里有小钢珠，别让小朋友放嘴里)
    notSentence: [WARNING, /玩具|按摩|轴承|滚珠|滑轨|钓鱼|铅坠|滚轮|桌游|派对游戏|弹珠|迷宫|误吞|放(?:进)?嘴里|吞(?:下|进)/],
  },
  // Round 31 (t31c): goods carried across the border by people, a few at a time, to save the tax (让我们朋友从香港那边一趟趟帮您带进来，每次过关
  // 带两瓶，税就省下了; 找人从澳门分几次背回来，不用交税) — the 水客 trade without its name. Not the buyer's own trip told its duty (您自己从
  // 香港带回来超了免税额要交税) nor our shipping through a bonded route: a carrier on our side, a crossing and the tax saved, all three.
  {
    words: ['带进来', '带过来', '带回来', '背进来', '背过来', '背回来', '拎进来', '拎过来', '提进来', '带入境', '带过关', '带过境'],
    severity: 'block',
    message: '找人分批携带入境以逃避税费，属于走私',
    window: 60,
    sentence: [
      /过关|通关|口岸|关口|边境|入境|海关|香港|澳门|罗湖|福田口岸|深圳湾|拱北|一趟趟|每次过/,
      /税[^，。]{0,4}(?:省|免|不用|不交|少交|没了)|省(?:下|了|掉)?[^，。]{0,6}税|(?:不用|不必|无需|免)(?:交|缴|补|上)?税|逃税|避税/,
      /(?:帮|替|给)(?:您|你)|我们|朋友|同事|熟人|水客|找人|有人|一趟趟|每次|分几次|分批/,
    ],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /如实申报|需要(?:交|缴)税|要(?:交|缴)税|超(?:出|过|了)?免税额|不建议|不能|不可以|不要|别|会被/],
  },
  // Round 35 (t35b): the 水客 trade told by its trips — people crossing back and forth many times a day with goods (我哋有人喺罗湖一日来回几次
  // 带货; 我们有兄弟天天过关，每次背几罐回来; 阿姨们一天跑好几趟口岸帮我们拎货). Three parts: the repeated crossing (the anchor), a person on our side
  // doing it, and goods carried. Not freight (货车每天过关两趟, 物流专线每日通关), nor the buyer's own trip.
  {
    words: ['一天来回', '一日来回', '当天来回', '即日来回', '来回几趟', '来回几次', '来回好几趟', '来回好几次', '来回十几趟', '来回走几趟', '一天几趟', '一日几趟',
      '一天好几趟', '一日好几趟', '一天跑几趟', '一日跑几趟', '一天跑好几趟', '一天过几次关', '一日过几次关', '天天过关', '日日过关', '每天过关', '每日过关',
      '每天都过关', '天天跑香港', '天天跑澳门', '日日返香港', '每天来回', '每日来回', '跑单帮', '一趟一趟', '一趟趟', '天天跑', '每天跑', '日日跑', '每日跑',
      '一趟背', '一趟带', '一趟拎', '每趟', '每次背', '每次带', '每次拎', '一次背', '一次带',
      '来回带', '来回背', '来回拎', '来回运'],
    severity: 'block',
    message: '找人多次往返口岸携带货物（水客）以逃避监管和税费，属于走私',
    window: 60,
    sentence: [
      /过关|通关|口岸|关口|边境|入境|过境|海关|香港|澳门|罗湖|福田|深圳湾|拱北|皇岗|文锦渡|莲塘|落马洲|上水|关税|税/,
      /有人|我们的人|我哋|朋友|同事|熟人|兄弟|伙计|阿姨|大妈|师傅|水客|自己人|人手|帮手|人肉|找人|搵人|(?:我们|我哋|我)(?:自己|亲自)/,
      /带货|带(?:进|过|回|入|啲|些|点|几|两|一)|背(?:进|过|回|货|几|两|一)|拎(?:进|过|回|货|几|两|一)|来回(?:带|背|拎|运)|扛|运货|夹带|水货|随身|行李|身上/,
    ],
    notSentence: [WARNING, /货车|货柜|车队|物流|快递|专线|集运|清关公司|报关行|保税|如实申报|正规(?:报关|清关)|(?:您|你)自己|直播|主播/],
  },
  // Round 31 (t31c): a lower price for going without an invoice (发票您需要开吗？不开的话价格还能再低一点，这部分钱本来就是要交上去的) —
  // the sale kept off the books to skip its tax. Not the buyer simply not needing one (不需要发票的话不用勾选), nor an invoice that costs
  // nothing extra (开不开发票价格都一样).
  {
    words: ['不开的话', '不开票', '不开发票', '不要发票', '不要票', '不带票', '不含票', '无票', '不用开票', '不用开发票', '不需要发票', '不开的', '不开呢'],
    severity: 'block',
    message: '以不开发票换取优惠，涉嫌偷逃税款',
    window: 40,
    sentence: [
      /发票|开票|票/,
      /(?:低|少|减|让|省)(?:一点|一些|点|些|了|下来|掉)|(?:减|让|打)[0-9一二两三四五六七八九十几百]+|少[0-9一二两三四五六七八九十几百]+(?:块|元|个点|%)|便宜|优惠|划算|折扣|少收|少算|减免|省下|交上去|上交|税点|几个点/,
    ],
    deniable: false,
    notSentence: [WARNING, /(?:价格|价钱|都)一样|不影响价格|价格不变|同价|不加价|不收费|免费开|开不开都/],
  },
  // Getting round customs: 避开海关限额, 拆成多个包裹寄, 报成礼品少交税, 走水货不交税, 用别人的额度清关.
  {
    words: ['避开', '绕开', '规避', '躲开', '躲过', '逃避', '绕过', '瞒过', '骗过'],
    severity: 'block',
    message: '涉及逃避海关监管或税费',
    // (round 45, t45g: a road checkpoint, 检查站/检查点, is the protected-area cue's below, which lets a rush hour be avoided — 避开检查站高峰时段)
    after: /^[^]{0,4}(?:海关|关税|限额|额度|查验|监管|缉私|报关|税|检查(?!站|点)|抽检|检验|检疫|商检|质检|安检)/,
    notSentence: [WARNING, /不会|不能|无法|没法|不可以|正规|合规|如实/],
  },
  {
    words: ['写成', '报成', '填成', '申报成', '申报为', '写作', '改成', '标成', '伪装成', '当成'],
    severity: 'block',
    message: '虚假申报货物以逃税，属于违法内容',
    after: /^(?:礼品|礼物|赠品|自用|样品|旧物|二手|个人物品|文件|日用品|杂物)/,
    // Round 41 (t41m): …nor a plain outer name given for the buyer's privacy with no customs, tax or check in the sentence (包裹外面写成'日用品'
    // 是为了保护您的隐私) — still caught beside 海关/税/查 (写成日用品，海关不查，也保护隐私).
    notSentence: [WARNING, /不会|不能|不可以|如实|按实际|不得/, PRIVACY_WRAPPER],
  },
  {
    words: ['拆成多个包裹', '拆成几个包裹', '拆成好几个包裹', '分成几个包裹', '拆开寄', '分开寄', '分几次寄', '拆包寄', '分多个包裹', '拆成多单', '拆成几单', '分几单寄'],
    severity: 'block',
    message: '拆分包裹以逃避海关限额或税费，属于违法内容',
    sentence: /海关|限额|额度|关税|税|查|避开|逃|免检|不用交/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不会|不能|不可以|无法/],
  },
  {
    // …the duty named (拆成几个小包寄，这样就不用交关税了; round 11).
    // (round 35, t35b: …and in Cantonese — 唔使交税, 唔洗俾税, 唔使过关税, 免咗税 — told with a carrier or a crossing, 我哋有人喺罗湖带货)
    words: ['走水货', '水货渠道', '走水路', '不用交税', '不交税', '免交税', '不用交关税', '不交关税', '不用缴税', '不用缴关税', '不用上税', '关税就不用交', '税就不用交', '不用交shui', '不交shui', '逃shui', '偷shui', '漏shui', '避shui', '少交很多税', '少交点税', '少交税',
      '唔使交税', '唔使给税', '唔使缴税', '唔使交关税', '唔使过关税', '唔使上税', '唔洗交税', '唔洗给税', '唔洗交关税', '唔洗过关税', '唔使报关', '唔洗报关', '唔交税', '冇税交', '使乜交税'],
    severity: 'block',
    message: '涉及走私或逃税',
    sentence: /帮|可以|能|便宜|省|比报关|不报关|不走|走|渠道|写成|报成|拆|有人|我哋|带货|带(?:进|过|回)|水客|来回|过关|平啲|抵/,
    // Round 22 (t22cb): …nor the shop refusing such goods (只有水货渠道有，我们不进水货; 走私那种我们从不碰).
    notSentence: [WARNING, /额度内|以内|限额内|政策|免税额|跨境综合税|不会|不能|不可以|如实|按规定|(?:不|从不|绝不|从来不|一律不)(?:进|卖|做|碰|收|走|接|售)(?:任何)?(?:水货|走私|这种|这类|那种|这样的)/],
  },
  {
    words: ['别人的额度', '别人额度', '借别人的', '用别人的', '借用别人', '冒用', '借个身份证', '借身份证', '买个身份证', '别人的名义', '他人的身份'],
    severity: 'block',
    message: '冒用他人身份或额度通关，属于违法内容',
    sentence: /身份|证件|实名|额度|名字|名义|清关|海关|报关|帮你找|帮您找|我帮|我找|能多买/,
    notSentence: [WARNING, /不能|不可以|不要|请勿|必须本人|需本人|本人实名|不支持|无法/, CUSTOMS_FAILS, NAMES_MUST_AGREE, BORROW_DISCOURAGED],
    // Round 10 (t10e): the shop as the victim of impersonation (有仿冒账号冒用我们的名字, 有人冒用本店名义发链接): 冒用 of
    // ourselves is no one's identity borrowed for customs. 冒用别人的身份 / 冒用您朋友的名字去清关 still count.
    notAfter: /^(?:了)?(?:我们|我家|本店|咱们|咱家|我司|本公司|我店|店铺|本品牌|官方|平台|快手)/,
  },
  // False invoices and documents: 想开多少开多少, 帮你抵税, 代开完税证明.
  {
    words: ['想开多少开多少', '开多少都行', '要多少开多少', '发票随便开', '票随便开', '金额随便开', '金额随便填', '虚开', '多开点发票', '帮你抵税', '帮您抵税', '拿去抵税'],
    severity: 'block',
    message: '虚开发票或用于抵税，属于违法内容',
    notSentence: [WARNING, /不能|不可以|无法|不支持|按实际|如实/],
  },
  {
    words: ['代开', '代办', '伪造', '做一份', '做一张', 'p一张', 'p一份', '改一份'],
    severity: 'block',
    message: '代开或伪造证明、单据，属于违法内容',
    after: /^[^]{0,6}(?:完税证明|证明|报关单|单据|检验报告|检疫证|原产地证|卫生证书|流水|收入证明|病假条|合同|证书|学历|驾照|执照)/,
    notAfter: /^[^]{0,6}(?:清关|发票抬头)/,
    notSentence: [WARNING, /不能|不可以|无法|不支持|不提供|官方|海关出具|平台出具/],
  },
  // Banned additives hinted at: 加了点“特别成分”，别问是什么.
  {
    words: ['特别成分', '特殊成分', '神秘成分', '秘密成分', '秘方成分', '不能说的成分', '别问是什么', '别问加了什么', '不能说是什么'],
    severity: 'block',
    message: '暗示在商品中添加违禁成分',
    // Round 24 (t24c): …or shipped apart and labelled as something else (里面有点“特殊成分”，所以我们是分开寄的，包装写的是维生素): a
    // vitamin written on the pack is the disguise, not the ingredient.
    sentence: /加|添加|放|掺|效果|立竿见影|见效|快|别问|懂的|分开(?:寄|发)|单独(?:寄|发)|写的是|写成|标的是|标成/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /专利|配方表|成分表|玻尿酸|胶原|(?<!写的是|写成|标的是|标成|写着|标着|当成|当作|挂的是|名字是|报成)维生素|益生菌|详情页|检测报告/],
  },
  // Round 32 (t32b): a late or gated show with a scantily dressed host, winked at (零点后的午夜专场，主播穿得很少，灯牌满级才能进;
  // 十级粉丝团才能看的福利场，小姐姐很性感，懂吧). Not a night sale or a fitting of summer wear (深夜场上新冰丝睡衣，主播现场试穿).
  {
    words: ['深夜场', '午夜场', '深夜专场', '午夜专场', '深夜档', '午夜档', '夜场', '福利场', '私密场', '私享场', '会员场', '粉丝专场', '小黑屋'],
    severity: 'block',
    message: '以“深夜场/福利场”暗示色情直播内容（规则 2.7）',
    window: 40,
    sentence: [
      /清凉|性感|暴露|露(?!营|天|台|水|脸)|穿得(?:很|比较|特别|超|非常)?少|没穿|不穿|火辣|擦边|尺度|少儿不宜|诱惑|刺激|放得(?:很|特别|比较)?开/,
      /你懂的|懂的都懂|懂得都懂|你懂得|懂吧|懂的来|懂我意思|(?:才能|才可以|才)(?:进|看|进入|观看)|门槛|私密|只对[^，。]{0,8}开放|少儿不宜|尺度|擦边/,
    ],
    notSentence: [WARNING, /试穿|上新|款式|尺码|面料|冰丝|凉感|防晒|链接|下单|秒杀|优惠券|睡衣|泳衣|夏装|汗|风扇|空调|凉席/],
  },
  {
    // Round 32 (t32b): …or the host's scanty dress winked at with no show named (今晚主播穿得特别清凉，你懂的).
    words: ['你懂的', '懂的都懂', '懂得都懂', '你懂得', '懂我意思', '懂吧'],
    severity: 'block',
    message: '暗示主播色情表演（规则 2.7）',
    window: 40,
    sentence: /(?:主播|小姐姐|美女|妹子|她)[^，。]{0,8}(?:穿得?(?:很|比较|特别|超|非常)?(?:清凉|少|性感|暴露|火辣)|清凉|性感|暴露|不穿|擦边)/,
    notSentence: [WARNING, /试穿|上新|款式|尺码|面料|冰丝|凉感|防晒|链接|下单|秒杀|优惠券|睡衣|泳衣|夏装|衣服|裙/],
  },
  // Pornography hinted at: 少儿不宜的小视频, 想看美女直播吗？尺度很大的那种.
  {
    words: ['少儿不宜', '尺度很大', '尺度大', '大尺度', '尺度够大', '没有尺度', '无尺度', '私密视频', '私房视频', '福利直播', '美女直播', '美女视频', '看美女'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /视频|直播|片|图|照|资源|私发|私聊|想看|看吗|那种|懂的|福利|刺激/,
    notSentence: [WARNING, /衣|裙|泳|睡|内衣|款式|上身|直播间|带货|讲解|试穿|上新|优惠|下单|儿童|宝宝|年龄|岁以下|玩具|图书|书/],
  },  // Official papers offered as a service: 能帮您开海关完税证明，一张50 / 原产地证五十一份. Only customs or an
  // inspection body issues these; a shop offering to issue them, or pricing them by the copy, is forging.
  {
    words: ['完税证明', '检疫证明', '检疫证', '原产地证', '卫生证书', '报关单', '入境证明', '海关证明', '入境货物检验检疫证明', '报关证明'],
    severity: 'block',
    message: '代开海关、检疫等官方证明，属于伪造证明',
    sentence: OFFER_TO_ISSUE,
    // 需要检疫证明吗？我们可以帮你开一份: the offer answers the question.
    window: 30,
    // 我们能做的就是把进货单、报关单这些都给您看: papers shown, not made (round 7).
    notSentence: [WARNING, /海关出具|官方出具|官网|自行打印|自行下载|海关总署|单一窗口|申请|查询|不能|无法|没法|不提供|复印件|扫描件|原件|能做的就是|(?:给|发)(?:您|你)看/],
    unless: paperShown,
  },
  // Someone else's identity for the yearly quota: 拿你家亲戚的身份证下单, 借同事身份证清关, 换个朋友的名字实名.
  // Round 31 (t31c): …or the orders moved under their names (把单子拆到亲戚朋友的名下，每单都卡在额度内; 挂在您爸妈名下分开下).
  {
    words: ['身份证', '身份信息', '名字', '实名', '名义', '账号', '账户', '名下'],
    severity: 'block',
    message: '冒用他人身份或额度通关，属于违法内容',
    // Round 13 (t13c): every kin term (您妈, 您爸, 婆婆, 儿子), not only the two-character ones.
    before: /(?:亲戚|亲友|熟人|家人|家里人|朋友|闺蜜|老公|老婆|爸妈|爸爸|妈妈|父母|同事|同学|邻居|别人|他人|兄弟|姐妹|室友|[表堂](?:哥|姐|弟|妹)|舅|姨|叔|婶|姑|爷爷|奶奶|外公|外婆|(?:您|你)(?:妈|爸|哥|姐|弟|妹)|婆婆|公公|岳母|岳父|丈母娘|儿子|女儿|对象)[^]{0,3}$/,
    sentence: /额度|限额|超额|超了|不够|用完|满了|交税|不用交|避税|省税|分开|拆|多买|再下一单|再买|清关/,
    // Round 22 (t22cb): …or a failed clearance diagnosed and corrected (CUSTOMS_FAILS: 清关失败是因为订购人和支付人不一致).
    notSentence: [WARNING, /本人|必须|需要|需|会失败|不能|不可以|无法|不支持|请用/, CUSTOMS_FAILS, NAMES_MUST_AGREE, BORROW_DISCOURAGED],
  },
  // Round 33 (t33c): one order over the quota spread across several people's names (挂到三个人名下, 分到几个人的名字上, 拆给两个不同的人报):
  // a count of people (two or more) rather than a kin term. Not the quota per person stated (每个人名下一年26000额度) nor the buyer's own name.
  {
    words: ['名下', '名字', '名义', '身份证', '身份', '账号'],
    severity: 'block',
    message: '冒用他人身份或额度通关，属于违法内容',
    before: /(?:[2-9]|[两三四五六七八九几多]|十几)(?:个|位)(?:不同的?)?(?:人|家人|亲戚|朋友|人的|家人的|亲戚的|朋友的)$/,
    window: 30,
    sentence: [/额度|限额|超额|超了|交税|避税|省税|海关|清关|报关|申报|卡不住|查不/, /挂|拆|分(?:到|在|成|给|开)|放到|转到|报|下单|拍/],
    notSentence: [WARNING, /本人|必须|需要|需|会失败|不能|不可以|无法|不支持|请用/, CUSTOMS_FAILS, NAMES_MUST_AGREE],
  },
  // Round 33 (t33c): a leaf or herb left unnamed with a wink (那个叶子, 那种草) as what the goods contain or are made from (含那个叶子的提取物,
  // 加了点那种草的成分): cannabis by its street name. Not a named plant (茶叶, 银杏叶, 草本) nor a leaf's look or shape.
  {
    words: ['叶子', '草'],
    severity: 'block',
    message: '疑似涉及毒品（暗语）',
    before: /(?:那个|那种|某种|某个|那类|特殊的|特别的|你懂的|懂的)$/,
    after: /^(?:的)?(?:提取|萃取|成分|精华|油|粉|汁|浓缩)/,
    notAfter: /^(?:本|药|莓|酸|坪|帽|鞋)/,
    notSentence: [WARNING, /茶|绿植|盆栽|蔬菜|形状|图案|印花|造型|积雪草|银杏|芦荟|薄荷|艾草|迷迭香|薰衣草|鼠尾草|紫草|甘草|益母草|马齿苋|枇杷|桑叶|荷叶|不含|无添加/],
  },
  // Drug euphemisms told by their effect or by what they are not: 有种「糖果」一颗嗨一晚上, 要冰吗？不是冰箱的冰.
  {
    words: ['糖果', '糖', '邮票', '奶茶', '跳跳糖', '冰', '叶子', '草', '药丸', '小药丸', '神仙水', '聪明药', '蘑菇', '粉', '水', '药粉', '烟油', '烟弹', '电子烟'],
    severity: 'block',
    message: '疑似涉及毒品（暗语）',
    window: 30,
    sentence: DRUG_EFFECT,
    notAfter: /^(?:雪梨|膏|模|箱|袋|淇淋|沙|晶|皮|丝|底|饼|条|莓|坪|帽|鞋|药|刷|扑)/,
    // Round 17: a food or cosmetic powder (成人奶粉不是给宝宝喝的, 蛋白粉, 定妆粉) — the word names what it is made of.
    // Round 30 (t30c): …or a toiletry or soft drink named by its 水 (香水, 爽肤水, 汽水): 香水喷一下整个人都飘飘的 is its feel.
    notBefore: /(?:香|爽肤|化妆|卸妆|花露|润肤|柔肤|汽|奶|米|面|藕|葛根|蛋白|乳清|咖啡|可可|抹茶|果|椒|痱子|爽身|定妆|散|珍珠|淀粉|苏打|酵素|营养|配方|钙|胶原|代餐|青汁|豆)$/,
    // Round 17 (fa17): a dietary supplement's gummy (褪黑素软糖是膳食补充剂).
    notSentence: [WARNING, /膳食补充剂|保健(?:品|食品)|褪黑素|益生菌|叶黄素|鱼油|钙片|蓝帽|咖啡因|咖啡糖|能量|牛磺酸|维生素|电解质|(?<!奶)茶|有机|农家|蔬菜|水果|零食|冲泡|泡水|煲|炖|做菜|甜品|食谱|护肤|化妆|绿植|盆栽/],
  },
  // Porn slang in pairs: 老司机群 + 发车, 车牌私发 + 资源管够; a gift 晚上一个人看的那种.
  {
    words: ['老司机', '车牌号', '车牌', '种子', '磁力', '磁链'],
    severity: 'block',
    message: '疑似色情内容（黑话）',
    sentence: /发车|开车|上车|资源|福利|合集|车牌|种子|磁力|群|管够|私发|懂的|懂得|你懂|番号|岛国|欧美|日韩|老色批|lsp|片源|小黄片/,
    sentenceSkipsAnchor: true,
    // (round 35, t35c: …nor seeds as plants — 猫草种子, 种子包需要检疫许可, 草籽, 育苗)
    // (round 35, t35f: …nor a real plate — the plate number for a plate frame or a car sticker, 车牌框, 上牌, 违章; 车牌号 left the
    // 片资源 list above, whose cues 发/有/看 are in any sentence: 您的车牌号发我一下 is an order detail)
    notSentence: [WARNING, /车载|驾驶|汽车|车险|挪车|停车|快递|物流|揽收|送货|配送|发货|蔬菜|花种|发芽|播种|园艺|种植|号码查询/,
      /车牌(?:框|架|托|照|灯|贴|支架|边框|底座|螺丝|套)|牌照|上牌|违章|车管所|行驶证|车辆|车主|定制|刻字|印字/,
      // (round 39, t39a: …nor a licensed seed company — 有资质的种业公司进口后分装)
      /检疫|植物|猫草|草籽|育苗|种苗|盆栽|花盆|土壤|营养土|作物|农作物|果树|花卉|草坪|宠物草|(?:蔬菜|花|草|果|树|麦|稻)种子|种子(?:盒|袋|罐)|种业(?:公司|集团|企业)/],
  },
  {
    // Round 39 (t39m): the slang pair beside a plant's words (这批种子发芽率高，老司机都懂，资源私发): 老司机 with a medium and its private
    // delivery is the porn trade whatever the goods — the plant words above spare only 种子 itself. Not a driver's or a veteran grower's
    // 老司机 (种过的老司机都懂), nor a seed bank's 种质资源 with no private delivery.
    words: ['老司机', 'lsp', '老色批'],
    severity: 'block',
    message: '疑似色情内容（黑话）',
    sentence: [/资源|番号|片源|磁力|磁链|合集|车牌|小黄片|岛国/, /私发|私聊|私信|管够|发车|开车了|上车|加群|进群|拉群|网盘|云盘|链接私/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /车载|驾驶|汽车|行车|记录仪|导航|车险|挪车|停车|快递|物流|揽收|送货|配送|驾校|驾照|种质资源/],
  },
  {
    // Round 29 (t29c): a medium in a wink's quotes or words, for private viewing (送一份“学习资料”，晚上一个人看的那种，懂吧): viewing alone
    // at night and a wink (那种, 懂吧, 😏) together — not a film for a projector (晚上一个人看电影很有氛围) nor a how-to video (一个人看着也能装).
    words: ['学习资料', '资料', '学习视频', '视频', '小视频', '片子', '小片', '影片', '电影', '教学片', '珍藏', '私藏'],
    severity: 'block',
    message: '疑似色情内容（暗示）',
    sentence: [/一个人(?:偷偷|悄悄|躲着|关起门)?看|(?:晚上|半夜|深夜|夜里)(?:一个人|偷偷|悄悄|躲着|关灯)[^，。！？]{0,3}看|躲(?:在)?被窝(?:里)?看|(?:关|锁)(?:上|好)?门看|别让(?:老婆|女朋友|家人|爸妈|对象|孩子|家里人)[^，。！？]{0,4}(?:看|知道|发现)/,
      /(?:看|用)的那种(?![^，。！？,.!?~～…\s😏🤭懂])|懂吧|懂的|你懂|您懂|懂得|懂我|😏|🤭|嘿嘿|[🔞]|男人都|男生都/],
    window: 30,
    notSentence: [WARNING, /安装|组装|说明书|操作|教程|使用方法|网课|学习机|考试|题库|孩子|宝宝|投影|纪录片|追剧/],
  },
  {
    words: ['福利', '小福利', '资源包', '资源', '午夜福利'],
    severity: 'block',
    message: '疑似色情内容（暗示）',
    sentence: /懂的都懂|男生都懂|男人都懂|你懂的|懂得都懂|一个人看|晚上看|半夜看|深夜看|躲被窝|午夜|成人/,
    sentenceSkipsAnchor: true,
    // (round 32, t32b: …nor a live room's perk in coupons or gifts winked at — 灯牌亮到5级才能领专属券，你懂的; 福袋)
    notSentence: [WARNING, /券|小样|赠品|直播间抽|免单|试用装|福袋|红包|秒杀|手慢无/],
  },
  // Round 51 (t51): a partner's cries in bed promised to the buyer (保证让您老婆叫得整栋楼都听得见😏; 让女朋友叫到邻居来敲门) or the act offered
  // in detail (要不要我给您详细描述一下过程): sexual talk — not a pet's, a child's, an alarm's or a speaker's sound.
  {
    words: ['叫得整栋楼', '叫得全楼', '叫得邻居', '叫到邻居', '叫得隔壁', '叫到隔壁', '叫得楼上楼下', '叫得整层楼', '叫一晚上', '叫一整晚', '叫到天亮'],
    severity: 'block',
    message: '涉及色情内容（性暗示）',
    window: 30,
    sentence: /老婆|媳妇|女朋友|女友|对象|老公|男朋友|她|😏|🤭|懂的|懂得|你懂|您懂|过程|床/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /宝宝|孩子|小孩|狗|猫|鸟|鹦鹉|闹钟|闹铃|铃声|音量|喇叭|音箱|音响|警报|门铃|哨|蝉|知了/],
  },
  {
    words: ['描述一下过程', '描述过程', '描述一下细节', '讲讲过程', '说说过程', '细说过程'],
    severity: 'block',
    message: '涉及色情内容（性暗示）',
    window: 40,
    sentence: [/详细|具体|细细|慢慢|要不要|想不想|想听/, /老婆|媳妇|女朋友|女友|对象|老公|男朋友|叫得|床|😏|🤭|懂的|你懂|您懂|刺激|爽|脸红|面红耳赤|心跳加速|受不了/],
    notSentence: [WARNING, /安装|组装|操作|使用|冲泡|烹饪|做法|退货|退款|售后|物流|快递|破损|故障|问题/],
  },
  // Surrogacy, sex selection and organ or egg trade: 代孕包成功，男女可选 / 寄血查胎儿性别 / 有偿捐卵.
  {
    words: ['代孕', '代怀', '借腹生子', '借腹', '卖卵', '卖肾', '卖器官', '器官买卖', '买卖器官'],
    severity: 'block',
    message: '涉及代孕或器官、卵子买卖，属于违法内容',
    notSentence: WARNING,
  },
  {
    words: ['男女可选', '包生男', '包生女', '生男孩', '生男宝', '胎儿性别', '查性别', '鉴定性别', '性别鉴定', '测性别', '捐卵', '供卵', '试管婴儿'],
    severity: 'block',
    message: '涉及非法鉴定胎儿性别、代孕或卵子买卖',
    sentence: /试管|孕|胎|寄血|验血|包成功|有偿|一次[0-9一二两三五十几]+|价格|私聊|b超|泰国|美国|男女可选|包生/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /尺码|款式|衣|裤|鞋|颜色|不能|不可以|不提供/],
  },
  // Renting out bank cards or payment accounts: 银行卡闲着可以租给我们跑流水, 收款码出租.
  {
    words: ['银行卡', '对公账户', '收款码', '支付宝', '微信号', '电话卡', '手机卡', '实名卡', '手机号', 'u盾', '银行账户'],
    severity: 'block',
    message: '出租、收购银行卡、电话卡或支付账户，属于违法内容',
    sentence: /一整套|四件套|一套(?:给|收)?[0-9一二两三五六七八九十百]+|收[^]{0,2}一套|收(?:二手|闲置|旧)|回收|租给|出租|租用|借给我|借我们|收购|跑流水|刷流水|走账|过账|过下账|过一下账|一个月给|一天给|每天给|一张[0-9一二两三五六七八九十百]+/,
    notSentence: [WARNING, /不会|不能|不要|请勿|原路|退回|退款/],
  },
  {
    words: ['跑流水', '刷流水', '走流水', '几笔流水', '走账', '过账', '过下账'],
    severity: 'block',
    message: '出租、收购银行卡或支付账户，属于违法内容',
    sentence: /卡|账户|支付宝|微信|收款码|租|借|给你|给您|一个月|一天|每天/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不会|不能|不要|请勿|会计|财务软件|对账/],
  },
  // Doping for sport: 搞到进口的兴奋剂，比赛查不出来.
  {
    words: ['兴奋剂', '禁用药物', '促红素', 'epo'],
    severity: 'block',
    message: '售卖兴奋剂等违禁药物',
    sentence: /搞到|弄到|渠道|查不出|测不出|比赛|(?<![没无])有货|私聊|卖|要的话/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不含|没有|无|未检出|放心吃|可以放心|认证/],
  },
  // Porn: 成人 followed by a medium (成人小视频, 成人动漫) — not 成人款, 成人奶粉.
  {
    words: ['成人'],
    severity: 'block',
    message: '涉及色情内容',
    // Round 40 (t40a): …or print and disc media (成人杂志, 成人画报, 成人写真, 成人光盘).
    after: /^(?:小|短|的)?(?:视频|影片|片|电影|资源|网站|直播|动漫|漫画|内容|杂志|画报|写真|画册|书刊|刊物|光盘|光碟|碟片)/,
    grow: true,
    notSentence: [WARNING, /教育|课程|教程|学习|英语|网课/],
  },
  // Academic fraud: 代写论文、代考四六级，包过.
  {
    words: ['代考', '替考', '代写论文', '论文代写', '代写毕业论文', '枪手代考', '考试答案', '考前答案', '代上网课', '代刷网课'],
    severity: 'block',
    message: '代考、代写论文等违法违规内容',
    notSentence: WARNING,
  },
  // Something unnamed added: 烟油里加了点料，抽了特别上头，懂的来 — not toppings (奶茶加料).
  {
    // …offered in the future tense too (可以给您加点“料”，懂的都懂; round 11).
    words: ['加了点料', '加了料', '加料', '加了点东西', '加了东西', '加了点好东西', '加点料', '加些料', '加一点料', '加点东西', '加点好东西', '加点特别的'],
    severity: 'block',
    message: '暗示在商品中添加违禁成分',
    // 加了点「好东西」，医院开的那种精神类药…别跟别人说: a drug named or a secret kept.
    // Round 43 (t43c): …or a slimming result a hospital could not give, or the waybill naming something else (多加了点料，医院都开不到，一个月能掉十五斤，
    // 快递单上写的是果蔬粉).
    sentence: /上头|懂的|嗨|飞|抽了|吸了|烟油|电子烟|特别猛|查不出|药|别(?:跟|和|对)?别人说|别外传|别告诉|(?:医院|药店)(?:都|也)?(?:开不到|开不出|买不到)|(?:掉|瘦|减)(?:了)?[0-9一二两三四五六七八九十几]+斤|(?:快递单|面单|单子|外包装)上?(?:写|标|印)(?:的是|成|着)/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /火锅|奶茶|加料区|配料|小料|珍珠|椰果|芝士|布丁|免费加/],
  },
  // Round 40 (t40d): …in a cream or skin product, told by the quick result and the rebound once stopped (祛斑霜见效快是因为“加了料”…别长期用，
  // 停了会反黑) — a steroid or mercury in a cosmetic. The user's own care (孕妇千万别碰) is no refusal. Traps: 我们没加料，所以见效慢;
  // 面膜里加了玻尿酸; 不含激素，停用也不会反黑.
  {
    words: ['加了点料', '加了料', '加料', '加了点东西', '加了东西', '加了点好东西', '加了猛料', '加了点猛料', '下了猛料', '猛料', '加了点特别的'],
    severity: 'block',
    message: '暗示化妆品中添加违禁成分（如激素、汞）',
    window: 60,
    sentence: [
      /霜|膏|精华|面膜|乳液|护肤|化妆品|祛斑|淡斑|美白|祛痘|痘|斑|脸|皮肤|脱毛|生发|睫毛/,
      /反黑|反弹|停(?:了|用|掉)[^，。]{0,4}(?:就|会)?(?:反|更|烂|红|黑|长)|激素脸|依赖|(?:别|不能|不要|不可以|不宜)长期(?:用|涂|抹)|只能短期/,
    ],
    notSentence: [/不加|没加|没有加|不含|未添加|无添加|零添加|没有激素|不含激素|不会反|不反黑|不反弹|谣言|不卖|违法|举报/],
    // (the user's care note, 孕妇和哺乳期千万别碰, is no refusal: only a refusal of the goods or the scheme cancels)
    refusal: /诈骗|骗局|举报|冒充|不卖|不售|不做|不提供|拒绝|(?<!不|没)(?:违法|犯法)|谣言/,
  },
  // Gun parts shipped apart: 枪的配件分开发，收到自己组装 — not a toy gun.
  {
    words: ['配件', '零件', '部件', '散件'],
    severity: 'block',
    message: '疑似拆分邮寄枪支部件',
    // …or the gun named earlier in the sentence (想买枪的话私信我，零件分开寄; round 11).
    before: /(?:枪|弩|枪械|枪支)[^]{0,3}$|(?:买|要|卖|有)(?:真)?(?:枪|弩|枪支|枪械)[^。！？]{0,12}$/,
    sentence: /分开|拆开|组装|散件|分几次/,
    notSentence: [WARNING, /玩具|水枪|软弹|水弹|模型|cos|道具|喷枪|胶枪|焊枪|热熔|钉枪|气枪式/],
  },
  // Coaching a false statement to customs: 海关问起来您就说是自用的，别说是代购.
  {
    words: ['就说是', '你就说', '您就说', '就说', '就讲是'],
    severity: 'block',
    message: '教唆向海关作虚假陈述',
    // Round 41 (t41b): …or at the border crossing itself (出关就说是普通禽蛋).
    // Round 45 (t45m): a bare 问起来 asked by the buyer's own circle is no customs check (朋友问起来您就说是在我们店买的; 同事要是问起来):
    // what to tell a friend is no statement to an authority.
    sentence: /海关|查验|清关|缉私|(?<!(?:朋友|好友|同事|同学|家人|家里人|家里|亲戚|亲友|邻居|老公|老婆|爱人|对象|男朋友|女朋友|闺蜜|孩子|爸妈|父母|婆婆|丈母娘|领导)(?:们)?(?:要是|如果|万一|真)?)问起来|抽查|报关|出关|过关|入关|入境|边检/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /如实|实际|按实/],
  },
  // Knock-out drops told by effect: 能让人睡得特别死的药水，无色无味 — not a sleep spray for your own pillow.
  {
    words: ['无色无味', '无色无味的', '喝了就晕', '让人睡死', '睡得特别死', '不省人事'],
    severity: 'block',
    message: '疑似迷药等违禁药物',
    sentence: /让人|让她|让他|对方|迷|晕|昏|听话|睡得(?:特别|很)?死|睡死|下在|放进|饮料里|酒里|私聊|药水|药粉/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /枕头|香薰|加湿器|精油|香氛|喷在|水杯|杯子|白开水|矿泉水/],
  },
  // Travel papers made or sold: 出售港澳通行证，办不下来的找我，三天出证 — not the buyer's own application.
  {
    words: ['通行证', '护照', '签证', '居住证', '社保卡'],
    severity: 'block',
    message: '买卖或伪造证件，属于违法内容',
    sentence: /出售|卖|办不下来|[0-9一二两三五七十]+天出证|出证|包过|不用本人|免面签|假的|现做/,
    sentenceSkipsAnchor: true,
    deniable: false,
    // fa16: …nor the paper service denied (我们不办签证，只卖奶粉: the 卖 is our goods).
    notSentence: [WARNING, /本人去|本人到|出入境|官方|使馆|领馆|帮不了|办不了|不能/, PAPER_SERVICE_DENIED],
  },
  // Declaring one order as several to dodge tax: 分开报就不用交税 — not splitting an order over the single limit (需要拆成两单).
  {
    words: ['分开报', '分开申报', '拆开报', '分开报关', '分开清关', '分两单报', '分几单报', '分开下单', '拆开下单'],
    severity: 'block',
    message: '拆分申报以逃避税费，属于违法内容',
    sentence: /不用交|免税|逃|避|省税|少交|查不到|税就没了|不交税/,
    notSentence: [WARNING, /不会|不能|不可以|无法|如实|按规定/],
  },
  // An order split into parcels so that customs will not tax it (round 11): 帮您拆成几个包裹寄，海关就不会按一般贸易征税了; 分成三个小包发，
  // 关税就收不到您头上. Traps: 超过限额系统会自动拆成两单, 拆成两个包裹是因为仓库不同, 拆单后每单都会如实征税.
  {
    words: ['拆成', '拆开', '分成', '拆单', '分开寄', '分开发', '分几个', '分几次', '拆给', '分给不同', '分别寄给', '分到几个'],
    severity: 'block',
    message: '拆分包裹以逃避海关征税，属于违法内容',
    sentence: [/包裹|单|件|箱|小包|寄|发/, /(?:不会|不用|就不|免|避|逃|少)[^，。]{0,8}(?:征税|交税|缴税|收税|关税|税)|税(?:就)?(?:收不到|没了|省了|免了)/],
    // (round 60, eng60a: …nor the split said to save nothing — 多单也会合并计算额度，所以拆开下不会省税的)
    // (round 69, eng27-69: …nor the split's own reason told, the tax purpose denied — 分成两个包裹是因为货在两个不同的保税仓，不是为了避税)
    notSentence: [WARNING, /超过?限额|超额|需要拆|必须拆|系统(?:会)?(?:自动)?拆|会被拆|自动拆|如实|仓库不同|不同仓|按规定|不能拆|不可以拆/,
      /不是(?:为了)?(?:避|逃|省|少交)[^，。]{0,2}税|不同(?:的)?(?:保税)?仓|(?:因为|由于)[^，。]{0,12}(?:仓|发货地|库存|批次)/,
      /(?:不会|不能|没法|无法|并不能|也不会)(?:帮(?:您|你))?(?:省|少交|少缴|避|逃|免)(?:掉)?(?:税|关税)|省不了(?:税)?|合并计算|合并征税|一样(?:要|会)?(?:交|征|收|缴)(?:税|关税)/],
  },
  // Controlled drugs got through an inside channel (round 11): 我们有内部渠道，可以弄到医院才有的管制药. Traps: 管制药品需凭处方到医院购买.
  {
    words: ['管制药', '管制类药', '管制的药', '精神类管制', '一类精神药'],
    severity: 'block',
    message: '私下提供管制药品，属于违法内容',
    sentence: /弄到|渠道|内部|私下|能买|(?<![没无])有货|可以|能搞|能拿|帮(?:您|你)/,
    notSentence: [WARNING, /处方|(?:去|请到|需到|前往|只能到)医院|不能|不可以|无法|不卖|不提供|请勿/],
  },
  // Official papers missing and made by us (round 11): 这批燕窝没有检疫证，但我们可以做一个. Traps: 检疫证明由海关出具，我们无法提供.
  {
    words: ['检疫证', '检疫证明', '原产地证', '完税证明', '卫生证书', '入境证明', '检验检疫证'],
    severity: 'block',
    message: '伪造检疫、原产地等官方证明，属于违法内容',
    sentence: [/没有|没/, /(?:可以|能|帮(?:您|你)?)(?:给(?:您|你))?(?:做|弄|补|搞|办|出)(?:一|个|张|份)/],
    notSentence: [WARNING, /不能|无法|不会|海关出具|官方出具|如实|不可以|办不了/],
    deniable: false,
  },
  // A prescription stated and waived by us (round 11): 这种药国内买要处方，我们这不用，直接发. Traps: 这种药需要处方，请到医院开具.
  {
    words: ['要处方', '需要处方', '得处方', '凭处方', '要医生处方', '需处方'],
    severity: 'block',
    message: '无处方售卖处方药，属于违法内容',
    sentence: /(?:我们|我这|这边|咱)[^，。]{0,4}(?:不用|不需要|免)|直接(?:发|拍|下单)/,
    notSentence: [WARNING, /请|需凭|必须|不卖|不发|无法|不能/, NOT_A_DRUG],
    deniable: false,
  },
  // Protected animals sold privately (round 11): 这种鹦鹉是保护动物，我们有渠道私下卖. Traps: 保护动物及其制品我们一律不卖.
  {
    words: ['保护动物', '保护鸟类', '国家保护', '一级保护', '二级保护', '濒危动物', '保护野生动物'],
    severity: 'block',
    message: '买卖国家保护野生动物，属于违法内容',
    sentence: new RegExp(`${SUPPLIED_ANYWAY.source}|私下卖|私下出|(?<![没无])有渠道|能弄到|可以卖|出售|出手`),
    notSentence: [WARNING, NOT_SUPPLIED, /一律不|不卖|不出售|不收/],
    deniable: false,
  },
  // Cannabis extracts added (round 11): 这款精油加了大麻提取物. Traps: 不含大麻成分, 大麻籽油是食用油.
  {
    words: ['大麻提取物', '大麻提取', '加了大麻', '含大麻', '大麻成分', '大麻素'],
    severity: 'block',
    message: '商品含大麻成分，属于违法内容',
    notSentence: [WARNING, /不含|没有|无|籽油|种子|火麻/],
  },
  // A false 'not received' refund with the goods kept (round 11): 您下单时选“未收到货”，钱退了货也不用还. Traps: 如果确实未收到货，可以申请退款.
  {
    words: ['未收到货', '没收到货', '未收到', '没收到'],
    severity: 'block',
    message: '教唆买家以虚假理由退款，扰乱平台秩序',
    before: /(?:选|勾|点|填|写|就说)[^，。]{0,2}$/,
    sentence: /货(?:也)?不用(?:还|退|寄回)|东西(?:也)?不用(?:还|退|寄回)|留着用|白拿|钱退了|钱照退/,
    notSentence: [WARNING, /如果|确实|真的没|核实|如实/],
  },
  // An edged weapon sold by what it can do to a person, or past the checks (round 11): 这套刀具刃口开过的，能砍能刺，快递不查. Traps:
  // 开过刃的菜刀切肉很快, 开刃的刀具需要实名寄送.
  {
    words: ['开过刃', '刃口开过', '开刃', '开了刃', '开锋', '开过锋', '开好锋', '开好刃', '开个刃', '开个锋'],
    severity: 'block',
    message: '涉及管制刀具',
    // Round 39 (t39g): …or kept off the listing and declared as something else (开刃的唐刀，不上架，发货按工艺品报，快递那边不会查).
    // Round 39 (t39j): an edge said to be absent (cos道具刀不开刃也不是金属，漫展安检能过; 未开锋的练习刀) — the blade's own state, not a
    // cut offered; the generic denial test reads no bare 不 before a verb. Not when it cuts anyway (不开刃也能捅伤人).
    unless: (ctx, start, end) => /(?:不|没|未|没有|无|并未|并没有|从不|不会|不能|无法|不可)$/.test(ctx.before(start, 4, 'soft')) && !/^[^，。]{0,2}?(?:也|照样|照|一样|都)(?:能|可以|会)/.test(ctx.after(end, 8, 'soft')),
    // Round 40 (t40e): …or the waybill written as something else (快递单就写“工艺品”).
    sentence: /能砍|能刺|捅|伤人|防身|快递不查|不查|安检|查不出|杀伤|见血|放血|不会(?:细)?查|不上架|没上架|私下(?:拍|发|卖|聊|交易)|(?:按|当|当成|当作)[^，。]{0,6}(?:报|寄|发)|报成|写成|(?:快递单|面单|运单|品名|报关单|单子)上?(?:就|都|只)?写(?:的是|着)?(?:工艺品|装饰品|摆件|礼品|玩具|道具|饰品|收藏品)/,
    notSentence: [WARNING, /厨房|切菜|切肉|水果|菜刀|实名|不能寄|不发|不卖/],
  },
  // Fake parcels for order brushing (round 11): 可以提供空包服务，物流轨迹真实. Traps: 空包装盒可以回收.
  {
    words: ['空包服务', '空包代发', '代发空包', '发空包', '空包单号', '空包网', '空包快递', '礼品代发单号'],
    severity: 'block',
    message: '提供空包、虚假物流服务，属于违法内容',
    notSentence: WARNING,
  },
  // Goods that never went through customs, sold cheap for it (round 11): 这批货是走“海上小路”过来的，没过关，所以比别人便宜一半.
  // Traps: 质量不过关的我们不发, 包裹还没过关请耐心等, 考试没过关.
  {
    words: ['没过关', '没有过关', '没走关', '没经过海关', '没走海关'],
    severity: 'block',
    message: '走私商品（未经海关），属于违法内容',
    sentence: /便宜|价|省|所以|渠道|小路|水路|带过来|过来的|直接|懂的/,
    notSentence: [WARNING, /质量|质检|考试|审核|还没|暂时|扣|稍等|耐心|正在|退回|不卖|不发/],
    deniable: false,
  },
  // Round 29 (t29e): a gun offered under a euphemism and known by what it does — it fires, it feels like the real thing
  // (防身的“玩具”我们也有渠道，能打响的那种，真家伙手感; 那个东西打得响，要的私聊). Not 打响 as a start or fame (打响品牌, 大战打响),
  // fireworks or cap toys, nor 真家伙 as the real deal of a camera or a wine.
  {
    words: ['能打响', '打得响', '一打就响'],
    ...GUN_EUPHEMISM,
    sentence: /防身|(?<!打)枪|子弹|钢珠|铅弹|射程|威力|杀伤|真家伙|渠道|私聊|私我|别在这|老客才有|懂的|懂得/,
  },
  {
    // …真家伙 only beside a weapon's trait (not 这台相机是真家伙，渠道正规).
    words: ['真家伙'],
    ...GUN_EUPHEMISM,
    sentence: /防身|(?<!打)枪|子弹|钢珠|铅弹|射程|威力|杀伤|打响|打得响|一打就响/,
  },
  // 防身用的电击棍: the 防 of 防身 would read as a denial (防高仿) before the weapon, so 防身 anchors it.
  {
    words: ['防身'],
    severity: 'block',
    message: '涉及管制器具',
    after: /^(?:用|专用)?(?:的)?(?:电击棍|电棍|电警棍|电击器|电击手电|甩棍|伸缩棍|刀|军刺|弹簧刀|蝴蝶刀|指虎|警棍)/,
    grow: true,
    notSentence: [WARNING, /不属于|玩具|造型|道具|cos|不是管制/],
  },
  // Round 39 (t39p): a weapon in another object's shape told by its trait (那款“登山杖”一甩就出来，钢的，防身用; 手电那款长按开关是电击的，别声张).
  // Traps: 防身报警器一拉就响, 防身术课程, 电蚊拍是电击的, 防狼喷雾我们不卖.
  {
    words: ['防身', '防狼'],
    severity: 'block',
    message: '涉及管制器具',
    window: 30,
    sentence: /一甩|甩出|甩开|一按就弹|弹出来|钢的|钢制|开刃|电击|电人|放电|万伏|别声张/,
    // (round 40, t40d: …nor a shop's lawful list with the weapons called controlled — 防身类的我们只有求救哨、强光手电…电击器属于管制物品)
    notSentence: [WARNING, /报警器|口哨|求救哨|哨子|警报|不属于|玩具|道具|课程|防身术|不是管制|(?:属于|是)管制|不卖|没有|蚊|虫/],
  },
  {
    words: ['是电击的', '带电击', '能电人', '可以电人', '电击功能', '会放电'],
    severity: 'block',
    message: '涉及管制器具',
    window: 30,
    sentence: /手电|雨伞|伞|口红|手机壳|钥匙扣|笔|别声张|防身|防狼|长按|隐藏/,
    notBefore: /(?:不|没|没有|无)(?:带|含|具备|具有|支持|设)?$/,
    notSentence: [WARNING, /蚊|虫|苍蝇|不属于|不卖|玩具|宠物|项圈|静电|报警器/],
  },
  // Round 39 (t39p): a way round customs or quarantine claimed with the parcel said to get through (检疫那边我们有办法，包裹不会被拦).
  // Traps: 海关扣了的话我们有办法帮您申请退运, 检疫没办法加急.
  {
    words: ['有办法', '有门路', '有路子', '能搞定', '搞得定', '摆得平', '有渠道'],
    severity: 'block',
    message: '声称疏通海关或监管部门、逃避查验，属于违法内容',
    window: 30,
    sentence: [/海关|检疫|商检|安检|查验|缉私|边检/, /不会被(?:拦|查|扣|退)|拦不住|查不(?:到|出)|包过|过得去|照样(?:发|寄|过)|放心下单/],
    notSentence: [WARNING, /扣了|退运|申请|补发|退款|协助|如实|正规(?:报关|清关)/],
  },
  // Carrying weapons or contraband past security: 外观就是个手电筒，过安检没问题.
  {
    words: ['过安检', '安检'],
    severity: 'block',
    message: '教唆携带管制器具或违禁品逃避安检',
    // Round 40 (t40e): …or 过得去 (地铁安检也过得去), of a blade told by its edge or its opening (刃长18公分，甩一下就开).
    after: /^[^]{0,4}(?:没问题|查不出|发现不了|能过|随便过|照样过|测不出|过得去|过得了|查不到|不会查)/,
    window: 40,
    // Round 19 (DJ): …or the parcel disguised as something else (包装成普洱茶过安检没问题, 藏在玩偶里安检查不出来): the disguise
    // says there is something to hide, whatever the goods are called.
    // Round 37 (t37a): …or a spray that blinds (香水瓶其实是防狼喷雾，辣椒水的…安检查不出来).
    sentence: /防身|防狼|辣椒水|催泪|电击|管制|刀具|甩棍|伸缩棍|枪|弹|药|粉|(?:包|伪|假)装成|冒充成?|(?:混|藏|夹|塞)(?:在|进)|刃长|出刀|匕首|(?:折叠|弹簧|蝴蝶|跳|砍|军|猎|水果)刀|甩(?:一下)?就开/,
    notSentence: [WARNING, /充电宝|液体|化妆品|[0-9]+ml|托运规定|民航规定|保温杯|分装|剃须刀|刮胡刀|指甲刀|修眉刀|卷笔刀/],
  },
  // The order remarked as a gift so customs will not tax it (round 11): 您下单备注写“礼品”，海关就不会收税. Traps: 备注写礼物包装的话我们免费包装,
  // 礼品也需要如实申报.
  {
    words: ['礼品', '礼物', '自用', '样品'],
    severity: 'block',
    message: '虚假申报货物以逃税，属于违法内容',
    before: /(?:备注|写成|写上|写|标成|标注|填成|填|注明)(?:为|是)?$/,
    sentence: [/海关|税|清关|申报|报关/, /不会(?:收|征|交|缴)?税|不收税|不用交|免税|省|少交/],
    notSentence: [WARNING, /如实|按实际|请勿|不要这样|不能|不可以/],
  },
  // Declaring goods as something cheaper: 这批手表按“配件”报的关，关税省了一大截.
  {
    words: ['报的关', '报关', '申报', '报的'],
    severity: 'block',
    message: '虚假申报货物以逃税，属于违法内容',
    // …or 报的是 (海关那边报的是样品，不值钱，就不用交税; round 11).
    // …or a remark written as a gift (备注写“礼品”，海关就不会收税; round 11).
    sentence: [/按[^]{1,8}报|当[^]{1,6}(?:报|申报)|报成|申报成|作为[^]{1,6}申报|报的是|申报的是|报关(?:单)?(?:上)?写的是|备注[^，。]{0,4}写|写(?:成|上)?(?:礼品|礼物|自用|样品)/, /省|少交|不用交|没交|免税|便宜|税少|不会(?:收|征|交|缴)税|不收税|税[^，。！？]{0,3}?(?:就|也|都)?(?:免了|省了|省下|没了)|不(?:会)?按[^，。！？]{0,6}?(?:征|收|交|缴)税/],
    // Round 64 (eng27-64): …or the tax said gone or not levied as the goods are (酒类要交的税就免了, 海关不会按新品征税).
    // Round 40 (t40b): …nor the declaration told as what it is, a personal item, and the tax waived by the allowance (ALLOWANCE_TOLD).
    notSentence: [WARNING, /如实|按实际|实际货值|实际价格|按规定|不会|不能|不可以/, ALLOWANCE_TOLD],
  },
  // Prescription drugs without a prescription: 处方减肥药我能搞到，不用医生开; hidden in a parcel.
  {
    words: ['处方药', '处方减肥药', '处方', '处方的'],
    severity: 'block',
    message: '无处方售卖处方药，属于违法内容',
    // …or the doctor's visit waved off (不用您去医院开; round 9).
    // Round 41 (t41a): …or kept off the listing with a bare way in left for some (处方药平台不让上，熟人另说; 店里不挂，老客找我单独发).
    sentence: [RX_PRESCRIPTION_OFFERED],
    sentenceSkipsAnchor: true,
    // 不用处方 is the offence, not a denial of it.
    deniable: false,
    // 膳食补充剂，不是药品，不需要处方；如果您在吃处方药，建议先问医生: a non-drug, and advice (round 9).
    notSentence: [WARNING, WAIVER_NEGATED, /请去医院|需要医生|需凭|凭处方|必须|不能卖|不卖|不销售|非处方|不需要处方的|无需处方的|不是药品?|非药品|膳食补充剂|保健食品|问医生|咨询医生|遵医嘱/],
  },
  {
    words: ['夹在', '藏在', '塞在', '混在'],
    severity: 'block',
    message: '夹带违禁物品邮寄，属于走私',
    after: /^[^]{0,8}(?:里|中|内)(?:面)?[^]{0,2}(?:寄|发|带|过关|邮)/,
    // 处方降压药？可以塞在钙片罐子里一起寄过去: the contraband is named in the question before.
    window: 30,
    // …or a class carriers restrict (电子烟油混在香水包裹里一起寄; round 9).
    sentence: /处方|违禁|海关|安检|查不到|查不出|不被发现|避开|药|烟油|电子烟|烟弹|香烟|电池|粉末|刀|喷雾|打火机|酒精|易燃/,
    notSentence: [WARNING, /说明书|小样|赠品|发票|保修卡|贺卡/],
  },
  // Round 5 mechanisms (blind batch N): each pairs an anchor family with a second family in its sentence.
  // Gambling told by its deposit bonus and cash-out: 充五十送五十，赢了随时能提 / 首充100送100，日赚几千 — not a
  // shop's top-up card (储值卡充500送50) or a prize draw.
  {
    // Round 15 (t15a): also anchored on the cash-out (网站充值100送50，每天都能提现，玩的人都赚了).
    words: ['首充', '充值送', '充多少送多少', '日赚', '赢了', '赢钱', '能赢', '赢的钱', '输了', '玩两把', '玩几把', '来两把', '提现', '能提现', '秒提现'],
    severity: 'block',
    message: '疑似赌博内容（充值送分、赢钱提现）',
    sentence: [/首充|充值?[0-9一二两三五十百千]+送[0-9一二两三五十百千]+|充值送|网址|网站|链接|平台|下注|押|能提|可提|秒提|随时提|提现|提款|日赚|玩两把|玩几把|来两把/, /赢|输|提|赚|翻倍|回本|玩/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /储值卡|会员卡|余额|话费|游戏机|手柄|比赛|抽奖|活动规则|优惠券|积分|答题|店铺/],
  },
  // Porn named outright (无码片, 露点的图) or sold as company: 开视频陪你，尺度你定 / 寂寞的话…陪你.
  {
    words: ['无码', '露点', '尺度你定', '尺度随你', '尺度自己定', '尺度可以谈', '尺度随便', '妹子资源', '美女资源', '找人陪', '陪你过夜', '寂寞'],
    severity: 'block',
    message: '疑似色情内容',
    // (round 36, t36a: …or a figure or doll sold so: 成人手办…露点的，单独包装)
    // (round 39, t39e: …or a disc given away with an order — 买满三百送无码DVD一只, 加购送無碼光碟)
    // (round 42, t42c: …or a photo set or pack given with an order — 满299送无码写真包，懂的都懂)
    sentence: /片|视频|资源|网盘|合集|种子|高清|私发|几张|照片|图|欣赏|陪(?:你|您|聊|睡)|尺度|过夜|价格|好商量|先看|手办|人偶|娃娃|雕像|dvd|vcd|碟|光盘|蓝光|u盘|写真|套图|图包|懂的都懂|你懂的/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /露点温度|除湿|湿度|空调|温度计|打码|二维码|条码|编码|尺码|码数|均码|歌|电影院|区码|全区|区域码|region|播放机|影碟机/],
  },
  // Violence against a person: 拿刀捅他, 打断他的腿, 让他血溅当场, 找几个兄弟堵他 — not 砍价, 打断您一下, 血压.
  {
    words: ['捅', '砍', '揍', '弄死', '打死', '剁了', '废了', '收拾', '堵'],
    severity: 'block',
    message: '涉及暴力内容',
    after: /^(?:死|残|废|伤|了|一顿)?(?:他|她|你|他们|你们|对方|那人|这人|丫)(?!们家)(?:一刀|几刀|一顿|的腿|的手|个半死|了)?/,
    sentence: /刀|棍|兄弟|找人|叫人|血|弄死|打死|腿|半死|上门|门口|一顿/,
    notSentence: [WARNING, /砍价|砍一刀|收拾(?:好|一下|东西|房间|屋)|堵车|堵住|堵塞|打死也不|笑死/],
  },
  {
    words: ['打断', '血溅', '见红', '放他血', '放你血', '泼硫酸', '泼油漆'],
    severity: 'block',
    message: '涉及暴力内容',
    after: /^[^]{0,4}(?:腿|手|胳膊|骨头|肋骨|当场|五步|他|她|你|家)/,
    notSentence: [WARNING, /打断一下|打断您|不好意思|血压|血糖/],
  },
  {
    // The victim before the blow: 带人去快递站把那几个分拣的腿打断, 找几个人去网点把他揍一顿.
    words: ['打断', '揍', '打一顿', '打残', '打废', '打死', '弄死', '打骨折', '收拾一顿', '修理一顿', '收拾了', '修理了', '教训一顿'],
    severity: 'block',
    message: '涉及暴力内容',
    before: /把[^]{0,10}?(?:腿|手|胳膊|骨头|牙|头|他|她|你|他们|你们|对方|那人|这人|那几个|几个人)$/,
    notSentence: [WARNING, /打断一下|打断您|不好意思|抱歉/],
  },
  {
    words: ['砸东西', '砸他', '砸你', '砸了他', '砸了你', '砸店', '砸场子', '砸他家', '砸你家'],
    severity: 'block',
    message: '涉及暴力内容',
    sentence: /兄弟|找人|叫人|他家|你家|去|让/,
    notSentence: [WARNING, /砸价|砸金蛋|不会/],
  },
  // Credit cashed out through a fake order: 额度用不完的话下个单，我这边走退款把现金给您，手续费只收8个点.
  {
    words: ['套现', '提现金', '现金给', '提出来', '手续费', '个点'],
    severity: 'block',
    message: '帮助信用卡、白条等额度套现，属于违法内容',
    sentence: [/额度|白条|花呗|信用卡|借呗|月付|分期/, /现金|提出来|到账|走退款|退款|下个单|下单|手续费|[0-9一二三四五六七八九十几]+个点/],
    sentenceSkipsAnchor: true,
    // Round 24 (t24a): the checkout's own instalment fee (如果页面有分期选项就可以选分期，手续费以收银台显示为准) — unless cash comes out.
    notSentence: [WARNING, /分期免息|免手续费|没有手续费|不收手续费|原路退回/, /^(?![^]*(?:现金|走退款|提出来|套现|个点|转给您|转给你|给您转))[^]*收银台/],
  },
  // Fake orders: an order with nothing shipped and a fee for it (您再拍一单不用发货，钱原路退您再加8块辛苦费).
  {
    words: ['不用发货', '不发货', '不用真发货', '空包', '空单', '不用收货'],
    severity: 'block',
    message: '虚假交易（刷单），扰乱平台秩序',
    sentence: [/拍一单|再拍|下一单|下个单|下单|拍下|拍个|刷|(?:拍|下|刷)[0-9一二两三四五六七八九十几]+单/, /辛苦费|每单(?:再)?给|(?:给(?:您|你))?每单[0-9一二两三四五六七八九十几]+(?:块|元)|佣金|好处费|报酬|加[0-9一二三四五六七八九十两]+块|另给|再给|额外给|多给|长期合作/],
    notSentence: [WARNING, /自动退款|缺货|无货|取消订单/],
  },
  // Goods declared as something else on the label, or the date rewritten: 面单写“水果糖”就行, 把奶粉标成婴儿玩具寄出去，
  // 税就免了, 临期的重新打一下生产日期, 过期的换了个外包装重新贴了日期.
  {
    words: ['写成', '报成', '填成', '标成', '申报成', '写', '填', '标'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    before: /(?:面单|品名|申报|报关单|快递单|包裹上|单子上)(?:上|里)?(?:就|直接|可以|给您|给你)?$/,
    after: /^(?:成|为)?[^]{0,8}(?:就行|就好|就可以|没事|不会查|查不到|免税|省税)/,
    // (round 68, engfa68: …not the buyer's own order number or name written on the return waybill — 面单上写上您的订单号就可以了)
    notAfter: /^(?:上|好|明|清楚|清)?(?:您的|你的|您|你)?(?:订单号|订单编号|售后单号|退货单号|售后编号|退款编号|单号|名字|姓名|手机号|手机尾号|id|账号|昵称)/,
    notSentence: [WARNING, /如实|按实际|实际品名|不能|不会(?:写|报|填|标)|不可以|不得/],
  },
  // Round 39 (t39p): the declaration slot filled with another name and the check said got past (面单只写塑料配件，安检过得去; 申报写冷冻肉，
  // 一路都没出过问题; 报关写的是牛皮压纹，您心里有数就行; 外箱写纺织品，一直都这么发的; 都报“调味品”) or the real goods sent as another
  // (切片真空当饼干发，一直没被查过). Traps: 面单写的是您的名字, 申报写的是奶粉，如实申报, 面单写日用品保护隐私, 外箱写着易碎品.
  {
    // Round 41 (t41b): also the shipping papers (单据上一律写'茶叶'，价格您懂的), the name in single quotes, and a wink as the check's blindness.
    words: ['面单', '申报', '报关', '品名', '外箱', '发货单', '快递单', '运单', '外包装', '单据'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    // (round 40, t40i: …or the slot named with its moment, 报关时写的是饼干)
    // Round 42 (t42b): …or the class the goods go under, in quotes (报关按'饰品'走的).
    after: /^(?:单)?(?:上|里|那栏|那里|时|的时候)?(?:我们|都|就|只|会|给您|给你|统一|一律|直接|也){0,3}(?:(?:写|填|报|标)(?:的是|成|为|作|着)?[“"「『'‘]?[一-龥]{2,}|(?:是)?按(?:照)?[“"「『'‘]?(?!规定|流程|实际|要求|正常|标准|程序|政策|海关|规矩|一般贸易|个人|跨境|如实|真实)[一-龥]{2,5}[”"」』'’]?(?:类)?(?:走|报|申报|发))/,
    window: 40,
    // Round 40 (t40i): …or the carrier said not to stop it, with or without 被 (快递单写“工艺摆件”，物流就不会扣).
    // Round 40 (t40d): …or beside the carrier kept in the dark (用普通快递寄，外包装写洗衣粉，别跟快递员说里面是什么; 面单写“运动器材”，不按危险品寄),
    // the goods hidden under the declared name (塞在奶粉箱的夹层里…报关单上只写奶粉), or a prescription drug or an ingredient barred at home.
    sentence: DECLARED_PAST_CHECK,
    notSentence: [WARNING, /如实|按实际|实际品名|一致|名字|姓名|电话|地址|单号|易碎|隐私|保密|不会(?:写|报|填|标)|不能(?:写|报|填|标)|不可以|不得/],
  },
  // Round 41 (t41i): the goods themselves declared as another named thing (电池包我们报成'塑料配件'走空运，那边查得松; 琴盒标签会写成'练习琴'
  // beside 没证的) with the same signs of a check got past — no slot word before the verb. Traps: 名字写成拼音, 地址写成公司, 如实报成锂电池.
  {
    words: ['报成', '写成', '标成', '填成', '申报成', '申报为', '伪装成'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    after: /^[“"「『'‘]?[一-龥]{2,}/,
    notAfter: /^(?:功|绩|本|员|交|熟|立|英文|中文|拼音|大写|小写|了?[0-9a-z]|(?:了|的)?(?:实际|真实|正确|准确|如实))/,
    window: 40,
    sentence: DECLARED_PAST_CHECK,
    notSentence: [WARNING, /如实|按实际|实际品名|一致|名字|姓名|电话|地址|单号|收件人|隐私|保密|不会(?:写|报|填|标)|不能(?:写|报|填|标)|不可以|不得|核对|填错|写错|搞错|弄错|更正|纠正|不小心|备注|贺卡|留言/],
  },
  {
    words: ['都报', '统一报', '一律报', '全报', '就报', '全都报'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    // 都报关缴税, 统一报销: 报 starts another word; the name given must follow in quotes or after 成/为.
    after: /^(?:成|为|作|的是)?[“"「『]?[一-龥]{2,}/,
    notAfter: /^(?:关|销|税|价|告|警|修|道|名|备|到|废|账|考|案|表|复|送|批|社|纸|刊|酬|应|答|恩|喜|忧|效|信|单|给|了|过|上|完|错|一|个|这|那|我|您|你|的)/,
    window: 40,
    sentence: /拆|包裹|过得去|没出过(?:事|问题)|没被(?:查|拦|扣)|查不(?:到|出)|过不了|放心|海关|检疫|税/,
    notSentence: [WARNING, /如实|按实际|一致|不会(?:报|写)|不能(?:报|写)/],
  },
  {
    words: ['当饼干', '当零食', '当食品', '当日用品', '当杂物', '当普通货'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    after: /^(?:发|寄|报|运|走)/,
    window: 40,
    sentence: /拆|包裹|过得去|没出过(?:事|问题)|没被(?:查|拦|扣)|查不(?:到|出)|过不了|放心|海关|检疫|税/,
    notSentence: [WARNING, /如实|按实际|一致|不会(?:报|写)|不能(?:报|写)/],
  },
  {
    words: ['标成', '写成', '报成', '填成', '伪装成', '当成', '改成'],
    severity: 'block',
    message: '虚假申报货物以逃避监管或税费，属于违法内容',
    // 申报成功, 写成功: 成 starts another word.
    // Round 14 (fa14): …nor the order's declarant corrected to the payer (把订购人改成付款人就行): the customs check's own fix.
    notAfter: /^(?:功|绩|本|员|品|交|熟|立|英文|中文|拼音|大写|小写|了?[0-9a-z]|(?:了|的)?(?:实际|真实|正确|准确|如实))|^(?:了)?(?:付款人|支付人|付款的人|下单人|实际付款人|支付宝实名人|付款账户|支付账户)(?:的(?:名字|姓名|信息|身份证))?(?![^]{0,12}(?:税|报成|申报成|写成|标成|品名|礼品))/,
    // Round 12 (t12b): also the cross-border leg named (海外直邮报成手电筒, 清关时申报成日用品).
    // Round 42 (t42a): 申报 counts only as a word of its own, not as the anchor's own head (申报成锂电池走专线: the declaration is the
    // verb itself, and a name of the goods that makes the trip harder is no evasion); other signs still count (清关时申报成日用品).
    sentence: /税就免|不用交税|免税|省税|少交|税少|税(?:就)?(?:低|没了|省)|查不到|查不出|躲过|避开|海关|直邮|清关|过关|入境|申报(?![成为])|报关|面单|快递单/,
    // …nor details corrected to match the truth (改成与支付账户一致的姓名, 改成本人的名字; round 10; 把订购人改成付款人, round 14).
    // Round 22 (t22by): …nor the buyer's slip asked about to be checked and fixed (您核对一下是不是填成了家人的证件号, 可能不小心写成了旧地址).
    // Round 24 (t24c): …nor two names made to agree (在订单页改成同一个名字，不然清关过不了).
    // (round 54, eng54a: …nor buyers' mistake of one kind for another told — 有些买家把平行进口当成水货, 很多人误以为…)
    notSentence: [WARNING, /(?:有些|有的|很多|不少|一些|部分)?(?:人|买家|顾客|客户|朋友|大家|网友)(?:会|常|容易|总|都|经常|往往|常常)?把[^。！？，]{1,12}当成|误以为|误认为/, /如实|按实际|不会(?:写|报|填|标|伪装|改)|不能|不可以|不得|改成(?:今年|新的|别的颜色|红色|白色|黑色)|改成(?:同一|相同|一样)(?:个|的)?(?:名字|姓名|人|证件|身份)|地址|收件人|一致|本人|实名|正确|真实|准确|付款人|支付人|订购人|购买人/, /核对|填错|写错|搞错|弄错|更正|纠正|是不是(?:填|写|报|标)成|不小心(?:填|写|报|标)成/],
  },
  {
    words: ['生产日期', '日期', '保质期', '效期', '有效期', '批号'],
    severity: 'block',
    message: '篡改生产日期或保质期，属于违法内容',
    window: 24,
    // …or old goods passed off as new (改个生产日期就能当新货卖; round 9).
    // (round 38, t38f: …or the old date ground or wiped off and printed again — 罐底的日期我们打磨了重印过，看着跟新的一样)
    // Round 41 (t41b): …or the date pushed later by the reprint (罐底那个日期可以重新喷一遍，往后延一年).
    sentence: [/临期|过期|快到期|到期|旧货|老货|库存|当新货|当新的|当新品|新货卖|当成新|(?:跟|和|像)新的一样|往后(?:延|推|挪)|(?:延|推)(?:后|迟|长)?(?:了)?(?:一|半|两|几|[0-9]+)(?:个)?(?:年|月)/, /重新(?:打|贴|印|喷|标|写|改)|重打|重印|重喷|改成|改了|改一下|改个|篡改|涂改|覆盖|新标签|贴了新|重贴|撕了|撕掉|打磨|磨掉|磨了|擦掉|抹掉|刮掉|洗掉|换了?个?(?:外)?包装|换个标|(?:换|贴|印)(?:了|上)?(?:个|一个|张|一张)?新(?:的)?(?:日期)?(?:贴纸|标签|贴标|标贴)/],
    notSentence: [WARNING, /不会|不能|不可以|绝不|如实|请以|为准|格式/],
  },
  // Goods customs keeps out, got in anyway: 海关不让进的，我们走灰关，包您收到.
  {
    words: ['灰关', '灰色清关', '走灰', '不让进', '禁止入境', '禁止进口', '进不来', '不准进', '不让带'],
    severity: 'block',
    message: '规避海关监管寄递禁止入境的物品，属于走私',
    sentence: /灰关|包(?:您|你)?(?:收到|到手|过关|清关)|也能(?:发|寄|进|带|到)|照样(?:发|寄|进|到)|(?<![没无])有办法|(?<![没无])有渠道|走[^]{0,3}渠道/,
    // Not WARNING: its 禁止 is the anchor's own (禁止入境的…我们有渠道也能发).
    // Round 13 (t13c): 不走保税/不走正规 names the legal route skipped, not a refusal.
    notSentence: [/严禁|拒绝|举报|违法|不走(?!保税|正规|一般贸易|正常)|所以|无法|没法|不能|发不了|寄不了|抱歉|不好意思|不卖|下架|暂停/],
  },
  // Invoices written to order: 能开专票，品名随便写，点数好商量.
  {
    words: ['随便写', '随便填', '随便开', '想写什么', '想填什么', '点数', '开票点', '票点', '随您填', '随你填', '随您开', '随你开', '说了算'],
    severity: 'block',
    message: '虚开发票，属于违法内容',
    // 减少一点数量: 点数 across two words (round 8).
    // Round 39 (t39a): …nor the words of a card or an engraving left to the buyer (贺卡想写什么也可以备注，我们手写; 刻字随便写): the buyer's
    // own message to a friend, no paper's field — even beside a shopping slip (购物小票) in the sentence.
    notBefore: /一$|(?:贺卡|卡片|小卡|祝福卡|心意卡|留言卡|感谢卡|生日卡|明信片|祝福语|祝福|寄语|刻字|刻的字|手写卡|签名|留言)(?:上|里|上面|里面|的内容|内容)?(?:您|你|亲)?(?:还|要是|如果)?$/,
    sentence: /发票|专票|普票|开票|票|品名|报销|抬头|金额/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不能|不可以|无法|不支持|按实际|如实|积分|点数卡/],
  },
  // A fee demanded before a refund: 这个保证金是平台收的，您先交199才能走退款，退完一起返.
  {
    words: ['保证金', '解冻费', '激活费', '手续费', '认证费', '验证金'],
    severity: 'block',
    message: '以退款为由索要费用，涉嫌诈骗',
    sentence: [/先(?:交|付|转|缴)|交了?[0-9一二两三五六七八九十百]+|转[0-9一二两三五六七八九十百]+/, /才(?:能|可以|给(?:您|你)?)(?:走|申请|办理)?(?:退款|理赔|赔付|解冻)|退完一起返|一起返还|一起退给/],
    notSentence: [WARNING, /不会|不需要|无需|不用|不收|从不|不要/],
  },
  // Covert surveillance gear sold: 针孔摄像头装在插座里看不出来, 定位器偷偷装在对方车底, 窃听器 — not a home camera in plain view.
  {
    // …or any gear sold by what it secretly does (能偷拍的眼镜…别人根本发现不了; round 9).
    // Round 36 (t36a): …偷拍 as the use of a camera dressed as something else (装成烟雾报警器，装在房间里偷拍没人发现). Traps: 反偷拍检测仪, 防偷拍贴纸.
    words: ['针孔摄像头', '针孔摄像机', '针孔相机', '窃听器', '监听器', '窃听', '偷听器', '定位器', '追踪器', '偷拍神器', '隐形摄像头', '隐藏摄像头', '能偷拍', '可以偷拍', '偷拍的', '偷拍', '偷录', '能偷录', '偷听'],
    severity: 'block',
    message: '售卖偷拍、窃听、秘密追踪设备，属于违法内容',
    sentence: /看不出|发现不了|察觉不到|没人发现|不会被发现|偷偷|隐蔽|藏在|藏进|装在|装成|伪装|对方|别人|他的|她的|老公|老婆|录|(?<![没无])有货|也有|私聊|要的话/,
    sentenceSkipsAnchor: true,
    // (round 38, t38a: …nor a tracker on one's own vehicle against theft — GPS定位器装在电动车上，车丢了能查到位置)
    // (round 41, t41c: …nor the covert use refused by the shop — 偷拍别人的装法我们不教，请只拍自家)
    notSentence: [WARNING, /反偷拍|防偷拍|检测仪|探测|显眼|告知|防丢|宠物|老人|儿童|钥匙|行李箱|自己的车|家用监控|防盗|丢了|被偷|找回|(?:我们|本店|这边|客服)?(?:也|都|从|从来|一律)?(?:不教|不卖|不提供|不支持|不帮)|只拍自(?:家|己)|(?<![不无])(?:需要|须|必须|得)(?:经过?)?(?:对方|本人|被定位的人)(?:手机)?(?:的)?(?:授权|同意)|(?:不能|无法|没法|不可以)偷偷/],
    // Round 40 (t40j): the buyer accused of it by somebody, the accusation told back (对方说您偷偷录音侵犯隐私？我们这款录音笔录音时会亮灯提示;
    // 同事怀疑你偷拍): the act is the buyer's alleged one, no gear is sold for it.
    notBefore: /(?:说|讲|觉得|认为|怀疑|投诉|举报|告|指责|怪|误会|冤枉)(?:您|你)(?:在|是|有)?偷?$/,
  },
  // Other people's records looked up or accounts cracked: 查别人开房记录，一条200 / 帮你破解对方的微信聊天记录.
  {
    // Round 43 (t43l, dev HG): …or any number's live location looked up (顺便能帮您查任何一个手机号的实时位置和通话记录; 随便给个号码就能定位).
    words: ['开房记录', '聊天记录', '通话记录', '行踪', '出行记录', '定位对方', '查手机定位', '实时位置', '号码定位', '手机号定位', '定位到人'],
    severity: 'block',
    message: '非法查询、获取他人隐私信息，属于违法内容',
    // Round 29 (t29b): 一条 prices a record (一条200), but 一条都不会删 / 一条也没删 is "not a single one" kept back.
    // Round 41 (t41c): …or a number's owner looked up with them, priced by the number (顺带能查机主和近三月通话记录，一个号两百).
    sentence: [/查|调|破解|恢复|拿到|弄到|找我|帮你|帮您|一条(?![都也](?:不|没))|[0-9]+元|[0-9]+块/, /别人|对方|他人|老公|老婆|男朋友|女朋友|对象|另一半|(?<![其吉利排])(?:他|她)(?:的|删|手机)|伴侣|前任|前男友|前女友|丈夫|妻子|任何人|一条(?![都也](?:不|没))|找我|出结果|机主|一个号(?:码)?[0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:块|元)一个号|(?:任何|任意|随便)(?:一个|哪个|一)?(?:人的)?(?:手机)?(?:号|号码|手机)|(?:别人|他人|对方|陌生人)的(?:手机)?(?:号|号码)/],
    // Round 20 (t20dm): the chat kept on the platform as the buyer's safeguard (聊天记录平台都能查到, 平台可以调取聊天记录).
    // (round 43, t43l and t43k: …nor the lookup of others said impossible — 不能查询其他任何人或其他号码的位置和通话记录; 无法查看别人的聊天记录)
    notSentence: [WARNING, /(?:不能|无法|没法|不可以|不可能|不支持|不提供|查不了|查不到|看不到)(?:查询|查看|查|调取|获取|定位|看)?[^，。！？]{0,12}(?:其他|任何|别人|他人|对方)/, /(?:不能|无法|没法|不可以|不可能|不会|不支持)(?:帮(?:您|你))?(?:查询|查|调取|查看|看到|获取)(?:其他|别人|他人|任何)|您的订单|本人|自己的|客服聊天记录|我们的聊天记录|与客服|(?:平台|快手|官方)(?:上|那边|方)?(?:也|都|随时)?(?:能|可以|可|会)(?:调取|调出|查到|看到|查看|保存|留存)/,
      // Round 41 (t41l): the buyer kept in this chat window, its record their safeguard (有问题直接在这个对话框找我就行，聊天记录也方便您以后
      // 维权): 找我 is where to reach us here, not a lookup offered.
      /(?:这个|在这个?|就在|直接在)(?:对话框|聊天框|聊天窗口|窗口|会话)|方便(?:您|你)(?:以后|日后|之后|后续)?维权|(?:您|你)(?:以后|日后|之后|后续)?维权(?:的)?(?:凭证|依据|证据)/],
  },
  {
    words: ['破解'],
    severity: 'block',
    message: '破解他人账号或设备，属于违法内容',
    after: /^[^]{0,6}(?:微信|qq|账号|密码|聊天|手机|wifi|邮箱|相册|云盘|支付)/,
    notSentence: [WARNING, /防破解|难以破解|无法破解|不会被破解|保护/],
  },
  // Counterfeit money: 高仿人民币，跟真的一样能花.
  {
    words: ['假钞', '假钱', '假人民币', '高仿人民币', '仿真人民币', '仿真钞', '高仿钞', '假美元', '假美金'],
    severity: 'block',
    message: '涉及假币，属于违法内容',
    notSentence: [WARNING, /练功券|道具|影视|识别|验钞/],
  },
  // Violence or cruelty as goods: 打人的视频合集, 虐猫视频.
  {
    words: ['视频', '合集', '片子', '录像'],
    severity: 'block',
    message: '涉及暴力、血腥内容',
    before: /(?:打人|虐猫|虐狗|虐待|虐杀|血腥|杀人|砍人|斩首|自残|分尸)的?$/,
    grow: true,
  },
  // Gifts or rankings bought back with a cash rebate: 给我们的直播间刷点礼物，返您一半现金 (not 感谢您刷礼物, 刷礼物是自愿的，我们不返现).
  {
    words: ['刷礼物', '刷点礼物', '刷个礼物', '刷些礼物', '刷火箭', '刷榜', '打榜'],
    severity: 'block',
    message: '刷礼物、刷榜返现等虚假流量，扰乱平台秩序',
    sentence: /返(?:您|你)?[^，。]{0,4}(?:现金|钱|红包)|返现|退(?:您|你)?[^，。]{0,3}(?:钱|一半|现金)/,
    notSentence: [WARNING, /不返|不会|不能|不做|自愿|感谢|谢谢|违规|封号/],
  },
  // Fake traffic and lent accounts: 在平台上刷一下粉，一个粉五毛 / 把账号借我们用几天，给您两百块.
  {
    words: ['刷粉', '刷一下粉', '刷点粉', '刷赞', '刷点赞', '刷播放', '刷关注', '刷人气', '刷浏览', '买粉', '刷在线'],
    severity: 'block',
    message: '刷粉、刷量等虚假流量，扰乱平台秩序',
    sentence: /[0-9一二两三四五六七八九十几]+(?:毛|块|元|分钱)|一个粉|帮|平台|直播间|佣金|报酬|一小时|每天/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不会|不能|不要|不做|会被|违规|封号/],
  },
  {
    words: ['借我们用', '借我用', '账号借', '借账号', '租号', '租账号', '账号出租', '出租账号', '号借给'],
    severity: 'block',
    message: '租借他人平台账号，扰乱平台秩序',
    sentence: [/账号|号/, /给(?:您|你)|[0-9一二两三五六七八九十百]+(?:块|元)|一天|一个月|报酬|好处/],
    notSentence: [WARNING, /不会|不能|不要|不做|请勿|会被|违规|封号/],
  },
  // Agitation against officials: 当官的在割老百姓韭菜，大家都该站出来 / 领导人都是一帮贪官，这国家没救了.
  {
    words: ['当官的', '贪官', '领导人', '狗官', '官老爷', '这国家', '这个国家', '官员', '当权的', '当权者'],
    severity: 'block',
    message: '煽动性政治内容',
    sentence: /割[^]{0,4}韭菜|没救|贪官|狗官|站出来|反抗|推翻|一帮|腐败|烂透|完蛋|吸血|设的局|倒台|垮台|下台|枪毙|拉出去|该死|不得好死/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /的水果|的奶粉|的商品|的产品|进口|海关|关税|原产/],
  },
  // Live animals brought in without quarantine: 活体的鹦鹉也能从国外带进来，不用检疫.
  {
    words: ['不用检疫', '不检疫', '免检疫', '没检疫', '不过检疫', '逃避检疫', '活体'],
    severity: 'block',
    message: '逃避检疫携带活体动植物入境，属于违法内容',
    sentence: /不用检疫|不检疫|免检疫|没检疫|不过检疫|带进来|带进|偷运|走私|藏在/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /需要检疫|必须检疫|不是活体|玩具|毛绒|模型|不能|无法|不卖/],
  },
  // Sex services as 全套 beside a visit or a massage: 上门按摩有全套的，晚上十点以后.
  {
    words: ['全套'],
    severity: 'block',
    message: '疑似色情服务',
    sentence: /上门|按摩|过夜|包夜|小妹|妹子|技师|会所|足浴|spa/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /配件|说明书|工具|餐具|护肤|套装|一整套|化妆刷|流程|安装|按摩仪|按摩器|按摩椅|按摩枪/],
  },
  // Round 34 (t34b): sex services as a massage or a bath house offered with young women (来我们城市玩我能安排“特殊按摩”，姑娘都年轻 /
  // 足疗店的小妹都是二十出头，想放松跟我说 / 会所按摩，技师年轻漂亮，价格好说). The massage word needs the women and a
  // sign of the offer (young, pretty, to choose, arranged for the night, the price open) in the sentence; a massager, a foot bath
  // or a salon visit for our goods is not this (按摩仪, 足浴盆, 小姐姐 as the agent's address).
  {
    // (…or a night venue with hostesses: KTV陪唱, 陪酒, 夜场)
    words: ['按摩', '推拿', '足疗', '足浴', '洗浴', '桑拿', 'spa', '会所', '洗脚城', '按脚', 'ktv', '陪唱', '陪酒', '夜总会', '夜场'],
    severity: 'block',
    message: '疑似色情服务',
    sentence: OFFERED_WOMEN,
    notSentence: [WARNING, /按摩仪|按摩器|按摩椅|按摩枪|按摩棒|按摩头|按摩梳|按摩垫|按摩枕|按摩膏|按摩油|按摩霜|足浴盆|足浴桶|泡脚桶|档位|模式|充电|[0-9]+档|发货|快递|订单|下单|尺码|售后/],
    window: 40,
  },
  // …the same offer as a massage marked special (特殊按摩, 特别的按摩, 私人按摩, 特殊服务 is above) beside an arrangement or the women.
  {
    words: ['特殊按摩', '特殊的按摩', '特别的按摩', '特殊推拿', '特殊足疗', '特殊spa', '特别服务', '特色按摩', '成人按摩', '私人按摩', '私密按摩', '男士按摩', '夜间按摩'],
    severity: 'block',
    message: '疑似色情服务',
    sentence: /安排|姑娘|妹子|小妹|美女|小姐(?!姐)|技师|年轻|漂亮|过来玩|来玩|来找我|到店|上门|价格好说|价钱好说|好商量|懂的|懂吧|你懂|包夜|过夜|晚上/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /按摩仪|按摩器|按摩椅|按摩枪|按摩棒|按摩头|按摩垫|按摩膏|按摩油|按摩霜|档位|模式|充电|[0-9]+档|发货|快递|订单|下单|功能/],
    window: 40,
  },
  // Driving-licence points bought and sold: 能帮你找人消分，一分两百.
  {
    words: ['消分', '买分', '卖分', '代扣分', '替人扣分', '销分', '帮人扣分', '分消掉', '分消了', '把分消', '分给消'],
    severity: 'block',
    message: '买卖驾驶证记分，属于违法内容',
    sentence: /驾照|驾驶证|扣分|一分|[0-9一二两三五十百]+(?:块|元)|找人|帮(?:你|您)/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /12123|交管|帮不了/],
  },
  // Drone no-fly limits removed: 刷机解除禁飞，想飞哪飞哪.
  {
    words: ['解除禁飞', '破解禁飞', '解禁飞', '解除限高', '破解限高', '去限高', '解除限飞', '破解限飞'],
    severity: 'block',
    message: '破解无人机禁飞限制，属于违法内容',
    notSentence: [WARNING, /遵守|不能|不可以|不支持/],
  },
  // Round 42 (t42b): …or the no-fly zone named apart from the verb, with cracked firmware or a limit said all gone (刷一个破解固件，把禁飞区和限高都
  // 解除，刷完飞多高都不会报警). Not the maker's own unlock applied for (禁飞区解禁需要在官方app申请), nor the limit told.
  {
    words: ['禁飞区', '禁飞', '限高', '限飞'],
    severity: 'block',
    message: '破解无人机禁飞限制，属于违法内容',
    window: 50,
    sentence: /破解|越狱|(?:刷|改)(?:个|一个|了)?(?:破解)?(?:固件|机)|(?:都|全|全部)(?:解除|去掉|取消|解开|关掉)|不会报警|想飞哪|飞多高都/,
    notSentence: [WARNING, /遵守|不能|不可以|不支持|不提供|不帮|无法|官方(?:app|申请|渠道)|申请解禁|报备|审批/],
    // 不会报警 is the drone's alarm kept quiet, not the police called: the refusals of the goods alone cancel.
    refusal: /诈骗|骗局|举报|不卖|不售|不做|不提供|不帮|拒绝|(?<!不|没)(?:违法|犯法)/,
  },
  // Round 42 (t42b): electrofishing gear offered, by name (电鱼用的逆变器也有) or by its euphemism with the fish stunned in the water (您问的'逆变器'
  // …配上抄网往水里一放，河里的鱼一下麻翻一片). Not an inverter for a car fridge or a camp, nor electrofishing warned against.
  {
    // (round 43, t43l: …or the booster that makes the battery's current, 升压器加电瓶往水里一放整片鱼都翻白)
    words: ['逆变器', '电鱼机', '电鱼器', '电鱼设备', '电鱼神器', '电鱼用', '电鱼的', '电打鱼', '打鱼机', '升压器', '升压机', '升压包', '高压包', '升压模块'],
    severity: 'block',
    message: '售卖电鱼等非法捕捞器具，属于违法内容',
    window: 60,
    sentence: [/鱼/, /电鱼|电打鱼|打鱼机|麻翻|麻倒|麻晕|电晕|电翻|电倒|电死|晕(?:了|倒|翻)|翻白|一大片|一片|整片|往水里|放水里|下水|抄网/],
    notSentence: [WARNING, /不能|不卖|不提供|不要|别(?:用|拿)|请勿|车载|冰箱|露营|太阳能|光伏|房车|充电|供电|鱼缸|水族|增氧|氧气泵/],
  },
  // …or the fish said stunned in bulk by a thing put in the water, whatever the gear is called (往水里一放，河里的鱼一下麻翻一片) — the euphemism
  // itself is often the buyer's word quoted back. Not a spicy fish dish (麻辣鱼把人麻翻了): the water or the net must be there.
  {
    words: ['麻翻', '麻倒', '麻晕', '电晕', '电翻', '电倒'],
    severity: 'block',
    message: '售卖电鱼等非法捕捞器具，属于违法内容',
    window: 60,
    sentence: [/鱼/, /往水里|放水里|下水|水里一|抄网|河里|塘里|湖里|水库|逆变器|电鱼/],
    notSentence: [WARNING, /不能|不卖|不提供|不要|别(?:用|拿)|请勿|麻辣|花椒|辣椒|烤鱼|酸菜鱼|水煮鱼/],
  },
  // Explosives made at home: 教你自己做爆竹，威力比买的大多了.
  {
    words: ['爆竹', '鞭炮', '炸弹', '火药', '黑火药', '爆炸物', '土炸弹', '炸药包'],
    severity: 'block',
    message: '涉及自制爆炸物',
    sentence: /教你|自制|自己做|自己配|配方|威力|做法/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /禁止燃放|不能|不可以|口红|色号|香水|爆款|爆炸头|糖|蛋糕|浴球|沐浴/],
  },
  // Women offered for the night: 一千块包你一晚上，妹子随便挑.
  {
    words: ['包你一晚', '包您一晚', '陪一晚', '包一晚', '随便挑', '任你挑', '随你挑', '妹子陪', '美女陪', '陪聊陪玩'],
    severity: 'block',
    message: '疑似色情服务',
    sentence: /妹子|小姐|美女|小妹|嫩模|学生|一晚|过夜|包夜|房间|价格好说/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /颜色|款式|尺码|口味|赠品|酒店|民宿/],
  },
  // Round 46 (t46h): a glitch in the platform's pricing or coupons to be milked before it is fixed (应该是系统出岔子了，趁还没修赶紧多拍几单，
  // 平台亏的又不是您; 这个漏洞平台还没补上，赶紧多领几张券): the glitch and a window before the fix, or the platform's loss, in one sentence.
  // Not a fault owned and orders cancelled (页面价格标错了，这是系统故障，订单我们会取消), nor a buyer told to wait for the fix.
  {
    words: ['bug', '漏洞', '出岔子', '出错', '出问题', '设置错', '设错', '标错', '显示错', '系统故障', '抽风', '故障', '没设好', '没设置好'],
    severity: 'block',
    message: '怂恿买家趁平台系统漏洞未修复套利，扰乱平台秩序',
    sentence: /趁[^，。！？]{0,8}?(?:没|未)(?:修|改|补|发现|反应过来|察觉|调整|堵)|(?:修复|修好|改回来|补上|发现|堵上)(?:之前|以前|前)(?:赶紧|抓紧|快|多)|(?:还|没|未)(?:没)?(?:修|补|堵|改)(?:好|上|复)?[^，。！？]{0,3}(?:赶紧|快|抓紧)|等[^，。！？]{0,4}(?:修好|修复|改回来|补上|发现)(?:了)?(?:就)?(?:没|不行|用不了)|(?:亏|赔)的(?:是|又不是|都是)平台|平台亏|反正(?:是)?平台(?:出|掏|买单|亏)/,
    sentenceSkipsAnchor: true,
    window: 60,
    notSentence: [WARNING, /不要|别(?:拍|下单|买|领)|请勿|暂停|取消|不能用|无法|不可以/],
  },
  // Gaming the platform's own mechanisms: 换个新号再下一单，把平台新人券也薅了.
  {
    words: ['换个新号', '换新号', '换个号', '注册个新号', '注册新号', '开小号', '用小号', '薅'],
    severity: 'block',
    message: '教唆买家套取平台优惠、扰乱平台秩序',
    // Round 27 (t27a): the coupons suffered it (优惠券昨晚被薅秃了, 被羊毛党薅光了) — a past loss told, no one urged to take.
    notBefore: /被[^，。！？]{0,5}$/,
    sentence: /新人券|新人|优惠券|券|补贴|红包|平台|羊毛|仅退款|货(?:您|你)留着/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不能|不可以|不允许|违规|会被|风控|封号/],
  },
  // Round 6 mechanisms (blind batch U), each an anchor family plus a second family nearby.
  // Football betting by its trade words (外围盘口, 水位, 坐庄, 跟单, 比分能押) beside a match and a stake, across sentence ends:
  // 世界杯快开始了，要不要跟单？我这边外围盘口水位高 — not a kettle's 水位, a shop's 跟单员, 球迷周边.
  {
    words: ['外围盘', '水位', '坐庄', '开庄', '让球', '大小球', '跟单', '比分', '串关', '买球', '开了盘', '起押', '押比赛', '押球', '主胜', '客胜', '德比战'],
    severity: 'block',
    message: '疑似赌球（外围盘口、坐庄）',
    window: 40,
    sentence: [
      /世界杯|欧冠|欧洲杯|英超|西甲|意甲|德甲|nba|cba|球赛|足球|篮球|比赛|赛事|硬仗|开赛|主队|客队|球队|体育|比分|买球|押球|主胜|客胜|德比|今晚[^]{1,6}对|开了盘(?!点)/,
      // (round 31, t31c: …or the guess paid out by multiples, 猜比分，猜中了按倍数结算，比上班来钱快)
      /下注|押|投注|想下|下多少|下的话|回本|回来了|就回来|赚|赢|当天结|报上去|跟单|想跟|水位|盘口|坐庄|开庄|充[0-9一二两三五十百千]+送|翻倍|赔|倍数|按[^，。]{0,3}倍|猜中[^，。]{0,6}(?:结算|给钱|返钱|拿钱|发钱)|来钱/,
    ],
    notSentence: [WARNING, /加湿器|水箱|水壶|热水|鱼缸|跟单员|物流|周边|球衣|门票|优惠券|积分|免费参与/],
  },
  // Games of chance sold as quick money: 老客户群在玩pc蛋蛋，一局几分钟，小投入大回报，我上周赢了小两千 / 群里天天开奖，一注两块，中了翻四十倍.
  {
    words: ['小投入大回报', '以小博大', '一局', '一注', '开奖'],
    severity: 'block',
    message: '疑似赌博内容（押注赢钱）',
    // …or the stake multiplied (一百变一千, 压中了一赔十, 押中翻倍; round 11, t11e).
    sentence: [/赢|输|回报|回本|翻[^]{0,3}倍|[0-9一二两三四五六七八九十几]+倍|中了|[0-9一二两三五六七八九十百千万]+(?:块|元)?变[0-9一二两三五六七八九十百千万]+|一赔[0-9二三四五六七八九十百]+|[压押猜]中/, /玩|群|拉(?:您|你)|一局|一注|押|下注|[0-9一二两三四五六七八九十]+(?:块|元)/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /抽奖|直播间|粉丝|福袋|优惠券|积分|赠品|免费|游戏机|手柄|桌游|不涉及|答题/],
  },
  // Nudity or adult video offered as media: 福利图，都是没穿的那种 / 不可描述的视频，想看我这边发给您 / 日本老师的作品合集.
  {
    words: ['没穿的', '没穿衣服', '不穿衣服', '一丝不挂', '不可描述', '18禁', '十八禁', '日本老师', '苍老师', '无删减'],
    severity: 'block',
    message: '疑似色情内容',
    // Round 40 (t40e): …or a printed photobook (无删减版写真集有，全露的，懂的来).
    sentence: /图|照|视频|片|私发|发给|发(?:你|您)|合集|作品|网盘|u盘|资源|想看|学习资料|写真|画册|影集|本子|全露|露点|[0-9一二三四五六七八九十几]+个?g(?![a-z])/,
    sentenceSkipsAnchor: true,
    // 没穿的那件可以退，拍个照片给我们: clothes not worn, returned.
    notAfter: /^(?:衣服|鞋|那件|那双|裤子|袜子|外套|过)/,
    notSentence: [WARNING, /宝宝|婴儿|儿童|孩子|洗澡|试穿|教材|课程|日语|网课|退|换货|吊牌|尺码|洗过/],
  },
  // A drug named as an ingredient of the goods: 減肥茶裡面加了…精神類藥，所以效果才這麼快 / 掺了点处方的减肥药成分，所以掉秤快.
  {
    // Round 40 (t40i): …or a drug said added with no name (里面加了点药, 掺了点西药) — not herbs or medicinal food (加了药材, 药膳).
    words: ['精神类药', '精神类的药', '精神药物', '处方药成分', '减肥药成分', '药物成分', '医院开的那种', '医院开的药',
      '加了点药', '加了药', '加了些药', '加了一点药', '加了西药', '加了点西药', '加了处方药', '掺了药', '掺了点药', '掺了西药', '放了点药', '放了药', '兑了药'],
    severity: 'block',
    message: '在商品中添加药物或违禁成分，属于违法内容',
    notAfter: /^(?:材|草|膳|引|酒|枕|浴|包|皂|箱|盒|店|房|师|妆|水|膏|贴|丸|物|的?剂量)/,
    window: 30,
    sentence: [/加了|加入|添加|掺|混了|兑了|里面有|里面是|含有|放了/, /效果|见效|快|瘦|掉秤|别(?:跟|和|对)?别人说|别外传|别告诉|所以/],
    notSentence: [WARNING, /不含|没有添加|不添加|未添加|零添加|无添加|不会加|可以一起|同时服用|遵医嘱|咨询医生/],
  },
  // Identity papers made to order, the paper named before the offer: 身份证信息对不上的话，我们可以帮您P一张 / 护照…能给您弄一本新的.
  {
    words: ['p一张', 'p一份', '做一张', '做一本', '弄一张', '弄一本', '办一本', '弄个假的', '做个假的'],
    severity: 'block',
    message: '伪造证件，属于违法内容',
    window: 30,
    sentence: /身份证|证件|护照|驾照|驾驶证|通行证|户口本|学生证|结婚证|签证/,
    deniable: false,
    notSentence: [WARNING, /不能|不可以|无法|不支持|不提供|官方|本人(?:去|到|办理|申请)|请提供|请上传|补办|挂失|证件照/],
  },
  // Round 38 (t38k): a refusal turned covert (拆单用家人身份证报关，这个我们不能明着做，但私下可以帮您拆; 低报我们明面上不行，不过偷偷可以给您
  // 写低点): the 但/不过 then 私下/偷偷/悄悄 turns the refusal into the offer — not a refusal kept (私下也不行, 不会私下帮您拆), nor the
  // buyer sent to ask on their own (但您可以私下咨询海关).
  {
    words: ['私下', '私底下', '偷偷', '悄悄', '暗地里', '背地里', '私下里'],
    severity: 'block',
    message: '表面拒绝、私下帮买家规避海关监管，属于违法内容',
    before: /(?:但|不过|可是|只是|但是)(?:我们|我|咱们|这边|我这边|我们这边)?(?:还是)?$/,
    after: /^(?:地|里)?(?:还是|倒是|是)?(?:可以|能|给|帮|替|操作|弄|安排)/,
    deniable: false,
    window: 40,
    sentence: /拆(?:成|开|单|分)|分(?:成|开)[^，。]{0,4}(?:单|包裹)|身份证|别人的?名|家人(?:的)?名|额度|限额|低报|少报|报低|写低|逃税|避税|不交税|走私|水货|报关|申报|清关|海关|关税/,
    notSentence: [WARNING, /私下(?:里)?(?:也|都)(?:不|没)|偷偷(?:也|都)(?:不|没)|(?:不会|不能|不可能|绝不|不可以|没法)(?:私下|偷偷|悄悄|暗地里|背地里)|谣言|骗子|冒充/],
  },
  // One buyer's order split under several names to pass customs unseen: 拆成三个订单、分三个人名申报…海关看不出来是同一个人 /
  // 分成四单，每单换个家里人的名字报 — not a split over the single-order limit (超限额需要拆成两单).
  {
    words: ['拆成', '分成'],
    severity: 'block',
    message: '拆单并冒用他人名义申报以逃避监管，属于违法内容',
    after: /^[^]{0,3}[0-9一二两三四五六七八九十几多]+个?(?:订单|单|包裹|个包)/,
    window: 40,
    // (round 22, t22ca: not the identity match customs requires — 拆成两单，收件人和支付人要是同一个人; 如果这单超了)
    sentence: /看不出|查不出|查不到|发现不了|认不出|(?<!要是|必须是|需要是|得是|应该是|应是|应为|需为|须为|必须为|一定要是)同一个人|[0-9一二两三四五六七八九十几多]个人(?:的)?名|人名|名字(?:报|申报)|换个?[^]{0,4}名字|不同(?:的)?人的?名|别人的名/,
    notSentence: [WARNING, /如实|不能|不可以|无法|会被|退回|不支持|(?:这单|订单|金额|单次)(?:已经)?超(?:了|出|过)/],
  },
  // Goods brought in past customs or quarantine, sold cheap: 從越南那邊偷運過來的，沒過檢疫，但便宜啊 / 沒有報關，價格才這麼低 /
  // 检疫不合格的肉也能弄进来 — not a parcel still waiting (还没报关，请稍等).
  {
    // 偷偷运/偷偷带 hold 偷运/偷带.
    words: ['偷运', '偷带', '私下带', '私带', '没走检验检疫', '没走检疫', '没经检疫', '没过检疫', '没经过检疫', '没报关', '没有报关', '不报关', '未报关', '检疫不合格', '没有检疫', '没检疫', '未检疫', '未经检疫', '没做检疫', '没有检验检疫', '没有经过检疫'],
    severity: 'block',
    message: '走私或逃避检疫、报关，属于违法内容',
    // 有没有报关信息: a question about the papers (round 8).
    notBefore: /有$/,
    window: 40,
    // Round 22 (t22cb): not the buyer steered to a lawful channel, the risk of the unlawful one told (代购水货没有报关，万一出问题维权很难，
    // 建议走正规跨境渠道; 没报关的货出了问题没保障).
    // Round 42 (t42b): …or brought in a traveller's bag and mailed on past an unopened check (托朋友用行李箱带回来的…海关一般不会开箱).
    sentence: /偷|便宜|价格(?:才|低|这么低)|才(?:这个|这么)?价|低价|省税|懂的|懂吧|也能|照样|弄进来|运进来|带进来|带回来|行李箱|托(?:朋友|熟人|人)|不会开箱|不开箱|门路|(?<!正规|官方|合规|正规跨境|正规进口)渠道/,
    notSentence: [WARNING, /暂时|还没有?(?:报关|检疫)|正在|稍等|等待|不能发|无法|请耐心|所以暂停|不卖|下架|退回|销毁/, UNLAWFUL_RISK],
  },
  // Round 45 (t45e): goods that failed a safety test sold on anyway, said fit to eat or use (韩国那边退回来的，说是检测没过，其实能吃，所以才半价;
  // 抽检不合格的那批面霜，其实照样能用，便宜处理). Not a batch told as destroyed, recalled or withheld, nor a refund for it.
  {
    words: ['检测没过', '检测不合格', '检验没过', '检验不合格', '抽检不合格', '抽检没过', '质检没过', '质检不合格', '没通过检测', '没通过检验', '没通过抽检', '没过检测', '检测不达标', '检测超标', '检验不达标'],
    severity: 'block',
    message: '把检测不合格的商品当作可用商品出售，属于违法内容',
    window: 50,
    sentence: /其实(?:能|可以|也能|照样)?(?:吃|喝|用|涂|抹)|照样(?:能|可以)?(?:吃|喝|用)|(?:能|可以|放心)(?:吃|喝|用)|吃(?:了)?(?:没|不会有)(?:啥|什么)?(?:问题|事)|(?:没|不会有)(?:啥|什么)?(?:问题|事|影响)|不影响(?:吃|喝|用|使用|食用)|半价|便宜|低价|(?:打|[0-9一二三四五六七八九])折|处理价|清仓|甩卖|内部价/,
    notSentence: [WARNING, /销毁|召回|下架|不(?:卖|发|上架|出售)|不能(?:卖|发|吃|喝|用)|退款|退货|赔|换一批|新批次|重新(?:检测|送检)|补发|如果|万一|已经(?:处理|封存)|封存|暂停/],
  },
  // Round 45 (t45e): a protected area's checkpoint evaded (带您绕开保护站的卡点直接进无人区; 避开林业站的检查偷偷进山): entry past the
  // control, not a traffic jam or a crowd avoided. Not when warned against, nor with a permit or a registration.
  {
    words: ['避开', '绕开', '躲开', '躲过', '绕过', '避过', '甩开'],
    severity: 'block',
    message: '规避保护区或检查站管控、非法进入禁区，属于违法内容',
    after: /^[^]{0,6}(?:保护站|管护站|保护区|检查站|检查点|卡点|关卡|哨卡|岗哨|巡护|巡山|护林员|林业站|管理站|管理处|边防|边检|执法)/,
    notSentence: [WARNING, /不会|不能|不可以|无法|不要|别|禁止|严禁|请勿|切勿|合法|报备|审批|许可证|登记|高峰|堵车|拥堵|排队|排长队|人多的|时段/],
  },
  // Round 31 (t31d): …or the customs papers named as a later item of a denied list (没有中文标签和报关单，价格才这么低; 没有检验检疫证明跟报关
  // 单据，懂的拍): the same goods with the same price or wink. Not a question (有没有中文标签和报关单) nor a parcel still waiting.
  {
    words: ['报关单', '报关单据', '报关手续', '报关记录', '报关', '检验检疫证明', '检验检疫', '检疫证明', '入境检疫'],
    severity: 'block',
    message: '走私或逃避检疫、报关，属于违法内容',
    before: /(?<!有)(?:没有|没|无|不带|缺|缺少|没给|不提供|拿不出)[^，。！？]{1,10}?(?:和|跟|与|及|以及|还有|或|或者|也没有|也没|、)$/,
    window: 40,
    sentence: /偷|便宜|价格(?:才|低|这么低)|才(?:这个|这么)?价|低价|省税|懂的|懂吧|也能|照样|弄进来|运进来|带进来|门路|(?<!正规|官方|合规|正规跨境|正规进口)渠道/,
    notSentence: [WARNING, /暂时|还没有?(?:报关|检疫)|正在|稍等|等待|不能发|无法|请耐心|所以暂停|不卖|下架|退回|销毁/, UNLAWFUL_RISK],
  },
  // Private photos sold: 她的私密照，露脸的，五十一套.
  {
    words: ['私密照', '私房照', '艳照', '大尺度照', '穿得很少', '穿得少'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: /露脸|露点|一套|[0-9一二三四五六七八九十]+(?:块|元)|私发|发给|发(?:你|您)|要的话|加钱|想看|有(?:她|他)的|尺度|(?:加|赠|附|免费)送|解锁/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /泄露|被盗|删除|保护|隐私安全|摄影|写真服务|婚纱/],
  },
  // An insider at customs waving goods through: 我有朋友在海关，您的东西不用查直接放.
  {
    words: ['朋友在海关', '熟人在海关', '亲戚在海关', '海关有人', '海关那边有人', '海关有朋友', '海关有熟人', '认识海关的', '海关有关系', '内部关系', '捞出来'],
    severity: 'block',
    message: '声称疏通海关关系、逃避查验，属于违法内容',
    window: 30,
    // (round 45, t45k: 扣 as goods held — 被扣, 扣了, 扣货, 扣在 — not a teat or a cup set upside down to dry, 倒扣晾干, 扣过来)
    sentence: [/海关|查验|被扣|扣(?:了|下|货|押|留|住|着|在|的货|的件|的包裹)/, /不用查|不查|直接放|放行|免检|打(?:个)?招呼|不用排队|快速过|包过|不会扣|捞出来|不用补税|内部关系/],
    notSentence: [WARNING, /如实|正常查验|按规定/],
  },
  // Someone's phone and address looked up for money: 给我五百块，我帮您把对方的手机号和住址都查出来.
  {
    words: ['查出来', '查到', '挖出来'],
    severity: 'block',
    message: '非法查询他人隐私信息，属于违法内容',
    sentence: [/对方|别人|他人|仇人|前任|前男友|前女友|那个人|这个人|她的|他的/, /住址|手机号|电话号|身份证|家庭|工作单位|开房|户籍|老家/],
    notSentence: [WARNING, /订单|物流|快递|单号|包裹|运单|收件|您的地址|您自己/],
  },
  // Goods declared as one thing and really another, tax saved: 报关单上我们写的是日用品，实际是保健品，税少很多.
  {
    words: ['实际是', '实际上是'],
    severity: 'block',
    message: '虚假申报货物以逃避税费，属于违法内容',
    sentence: [/报关单|申报|面单|品名/, /税(?:少|低|省)|少交|省税|免税|不用交|省了/],
    notSentence: [WARNING, /如实|一致|不会|不能|按实际/],
  },
  // A secret additive: 这个口服液我们偷偷加了安眠的成分.
  {
    words: ['偷偷加', '偷偷放', '偷偷掺', '悄悄加', '悄悄放'],
    severity: 'block',
    message: '在商品中暗中添加药物或违禁成分，属于违法内容',
    sentence: /成分|药|激素|粉/,
    notSentence: [WARNING, /不会|没有|绝不|从不|小样|赠品|礼物/],
  },
  // Round 7 (blind batch X). A game of chance paid per go with a money prize: 转盘十块钱转一次，转中现金直接提 / 花20抽一次
  // 盲盒红包，能开出两百块现金 — not a draw that costs nothing extra (满199可以参加一次幸运转盘，奖品是小样).
  {
    words: ['转盘', '抽奖', '抽一次', '转一次', '摇一次', '抽一把', '盲盒', '刮刮乐', '金蛋', '福袋', '开一次', '九宫格', '摇奖'],
    severity: 'block',
    message: '付费抽奖、转盘赢现金，属于变相赌博',
    sentence: [
      // A price per go: 十块钱转一次, 花20抽一次, 抽奖一次20元, 两块钱一张.
      /(?:[0-9一二两三四五六七八九十百几]+)(?:块|元)(?:钱)?(?:[^]{0,2}(?:转|抽|摇|玩|开|砸|刮))?(?:一|1)(?:次|把|局|回|张)|(?:花|交|付|充|投)[0-9一二两三四五六七八九十百几]+(?:块|元)?(?:钱)?[^]{0,3}(?:转|抽|摇|玩|开|砸|刮)|(?:转|抽|摇|玩|开|砸|刮)(?:奖)?(?:一|1)(?:次|把|局|张)[^]{0,2}[0-9一二两三四五六七八九十百几]+(?:块|元)/,
      /现金|提现|直接提|能提|可提|秒提|翻[^]{0,2}倍|[0-9一二两三四五六七八九十百千]+(?:块|元)(?:的)?(?:现金|红包)|回本|赢/,
    ],
    notSentence: [WARNING, /免费|不用(?:额外)?花钱|不收费|不花钱|满[0-9一二两三四五六七八九十百千]+(?:元|块)?/],
  },
  // Lottery games by name: 来玩把快三，一把翻倍 — not 快三天, 快三点.
  {
    words: ['快三', '快3', '分分彩', '时时乐', '11选5', '十一选五'],
    severity: 'block',
    message: '疑似赌博或非法彩票内容',
    notAfter: /^(?:天|个|点|年|周|十|百|千|万|小时|分钟|次|单|件|斤|公斤|倍|成|号|月)/,
    sentence: /玩|一把|翻倍|下注|押|开奖|中了|赢|群|充/,
    sentenceSkipsAnchor: true,
    notSentence: WARNING,
  },
  // Violence against a person glorified, advised or hinted: 把一个碰瓷的打进了医院，哈哈大快人心 / 快递员态度差就直接动手，打了也就
  // 赔几百块 / 你敢去12315，我就敢让你出不了门 / 上次有个给差评的后来听说住院了 — not 自己动手组装, 我们把晕倒的顾客送进医院.
  {
    words: ['打进医院', '打进了医院', '打住院', '打到住院', '打得住院', '打进icu', '打骨折了', '打断了腿', '打残了', '打了也就', '打了也才', '打了顶多', '打了最多'],
    severity: 'block',
    message: '宣扬或教唆暴力',
    notSentence: [WARNING, /不会|不能|不要|别(?![的家人处])|违法|报警/],
  },
  {
    // Round 51 (t51): …beaten to within an inch (往死里揍他, 往死里打) or the blame taken on (出了事算我的, 出事我兜着).
    words: ['动手', '动粗', '上手打', '揍他', '揍一顿', '揍她', '往死里揍', '往死里打', '打他一顿', '揍他一顿'],
    severity: 'block',
    message: '教唆暴力',
    sentence: /打了|揍|赔|出气|教训|怕什么|没事|大不了|直接|往死里|出了?事(?:都)?(?:算|找)(?:我|我们)|出了?事(?:我|我们)(?:来)?(?:兜|担|负责|扛)|(?:我|我们)(?:给(?:您|你))?兜着/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /自己动手|动手能力|动手做|动手组装|动手安装|动手操作|diy|组装|安装|不会|不要|别(?![的家人处])|千万别|报警/],
  },
  // Round 51 (t51): another person's car or property smashed, slashed or punctured on the buyer's side, then the getaway or "no harm" told
  // (钢杯直接往他挡风玻璃上砸，砸完一脚油门走人，没事的; 划他车，反正没监控): road rage and vandalism advised. Not a product's toughness test
  // (砸不坏, 随便砸) nor a warning.
  {
    words: ['往他挡风玻璃', '往他车上砸', '往他车窗', '砸他车', '砸他的车', '砸他玻璃', '砸他车窗', '砸他挡风', '划他车', '划他的车', '扎他轮胎', '扎他车胎', '扎他的轮胎', '砸完', '划完', '扎完'],
    severity: 'block',
    message: '教唆暴力或毁坏他人财物（规则 2.7）',
    window: 40,
    sentence: [/他|她|对方|人家|那人|加塞|别车|插队|邻居/, /走人|就跑|开走|溜|没事|怕什么|大不了|出气|教训|活该|没监控|拍不到|查不到|谁知道/],
    // (别 before 您车 / 你车 is cutting in, 别车, no warning)
    notSentence: [WARNING, /不要|千万别|别(?![的家人处您你他车])|违法|报警|犯法|砸不坏|砸不烂|随便砸|抗砸|耐砸|测试|演示|实验/],
  },
  {
    words: ['出不了门', '出不去门', '走不出', '横着出去', '竖着进来', '住院了', '进医院了', '进了医院', '进icu', '腿断了'],
    severity: 'block',
    message: '以人身伤害暗示或恐吓',
    sentence: /(?:敢|就敢|让(?:你|您|他|她)|信不信|试试)|给(?:了|过)?(?:我们)?差评的|投诉(?:过)?(?:我们)?的|退款的|举报(?:过)?(?:我们)?的|找事的|作对的|硬刚的/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /吃了|喝了|用了|过敏|疫情|下雨|隔离|生病|身体|不会|早日康复|保重/],
  },
  // Gore shown or offered: 要看看我们处理那个偷货的视频吗，血流了一地哈哈.
  {
    words: ['血流了一地', '血流一地', '流了一地血', '满地是血', '一地血', '一地的血', '血肉模糊', '头破血流', '打得半死', '打个半死', '满脸是血'],
    severity: 'block',
    message: '涉及暴力、血腥内容',
    sentence: /视频|录像|照片|图|看看|哈哈|活该|处理|收拾|教训|解气|爽/,
    notSentence: [WARNING, /番茄|果汁|酱|饮料|颜料|道具|特效|万圣节|化妆/],
  },
  // Porn by initials or as a free gift: 满299送sq视频合集.
  {
    words: ['sq', 'seqing', '色q', 'huang色', 'h漫', 'h图', 'h视频'],
    severity: 'block',
    message: '疑似色情内容',
    notAfter: /^(?:-|[0-9])/,
    sentence: /视频|资源|片|图|合集|网站|直播|小说|漫|照|懂的|私发|福利/,
    sentenceSkipsAnchor: true,
    notSentence: WARNING,
  },
  // A beating arranged: 您就找几个人去网点教训他一下. Odds or evens staked: 猜单双…押得越多赢得越多.
  {
    words: ['教训他', '教训她', '教训他们', '教训一下', '教训教训'],
    severity: 'block',
    message: '教唆暴力',
    sentence: /找(?:几个|些)?人|兄弟|去(?:他|她|网点|家|门口)|上门|堵/,
    notSentence: [WARNING, /不要|别(?![的家人处])|不会|不能|报警/],
  },
  {
    words: ['猜单双', '押单双', '买单双', '押得越多', '下得越多'],
    severity: 'block',
    message: '疑似赌博内容',
    sentence: /押|赢|下注|猜|玩|游戏/,
    notSentence: WARNING,
  },
  // Personal records priced by the record: 宝妈群的手机号和地址，五毛一条.
  {
    words: ['一条', '每条'],
    severity: 'block',
    message: '买卖个人信息，属于违法内容',
    sentence: [/手机号|电话|地址|姓名|身份证|名单|资料|信息|数据|微信号/, /[0-9一二两三四五六七八九十几]+(?:毛|分|块|元)(?:钱)?(?:一|每)条|(?:一|每)条[0-9一二两三四五六七八九十几]+(?:毛|分|块|元)/],
    notSentence: [WARNING, /好评|评价|评论|短信费|保护|泄露|保密/],
  },  // Round 24 (t24c): a list of people with their contacts sold (一批宝妈名单，带手机号、收货地址。做推广特别精准，一千条三百块): the list and its
  // price may sit a sentence apart. Not a prize or block list (中奖名单, 黑名单) nor the buyer's own data kept safe.
  {
    words: ['名单', '客户资料', '买家资料', '客户数据', '买家数据', '用户数据', '会员数据'],
    severity: 'block',
    message: '买卖个人信息，属于违法内容',
    // (a group-buy or sign-up list is the buyers' own: 团购名单已经统计好了)
    notBefore: /(?:中奖|获奖|抽奖|白|黑|获赠|入选|公示|发货|预售|排队|报名|候补|参与|团购|拼团|接龙|订货|预订|购买)$/,
    window: 60,
    // The records counted or the list sold or put to others' use — not a price per buyer (每人一百块).
    sentence: [/手机号|电话|住址|地址|身份证|微信号|姓名/, /[0-9一二两三四五六七八九十几百千万]+万?条|打包|出售|便宜出|卖(?:给|您|你)|做推广|精准|导(?:个|出|成)?(?:表|excel)/],
    notSentence: [WARNING, /保密|泄露|保护|隐私|您的|本人|不会(?:卖|给|提供)/],
  },

  // A refund claimed while the goods are kept, coached by the shop: 先别确认，申请仅退款，平台一般都会退，货您留着用 /
  // 就说没收到. Not the shop's own goodwill refund (仅退款的申请我们已经同意了，货不用寄回).
  {
    words: ['仅退款', '申请退款', '退款'],
    severity: 'block',
    message: '教唆买家恶意退款，扰乱平台秩序',
    // Round 10: any ground put in the buyer's mouth (您就说是质量问题) and 先别点确认.
    sentence: /说(?:没收到|是假|破损|少件|质量有问题)|(?:就|只要|直接)说(?:是|成)?(?!一声|一下|明)|(?:先)?别(?:点)?确认(?:收货)?|先不(?:要)?(?:点)?确认|平台(?:一般|肯定|基本)?(?:都)?会(?:退(?!.{0,8}?(?:券|积分|红包|原路|原账户|原支付|余额|钱包))|判|支持)|白拿|白嫖|薅/, // (round 18, fa18bp: not the platform returning a coupon: 优惠券那部分平台会退回您的卡券包)
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /我们(?:已经)?同意|已同意|如实|不要(?!(?:点)?确认)|请勿|不能|不可以|恶意/],
  },
  // Praise for attacking the state: 那些在网上骂政府的才是真英雄，我们都该支持.
  {
    words: ['骂政府', '反政府', '对抗政府', '反对政府', '骂国家', '反共'],
    severity: 'block',
    message: '煽动性政治内容',
    sentence: /英雄|支持|站出来|加入|跟着|一起|该|好样的|佩服/,
    sentenceSkipsAnchor: true,
    notSentence: WARNING,
  },
  // An invoice under another company's name: 可以开别家公司抬头的专票，6个点.
  {
    words: ['专票', '普票', '发票', '增值税票', '开票'],
    severity: 'block',
    message: '虚开或借用他人名义开具发票，属于违法内容',
    sentence: /(?:别家|别的|其他|其它|别人(?:家|的)?|第三方|不相干的|外面的|朋友的?)公司(?:的)?(?:抬头|名头|名义|名字)?|抬头随便|抬头随你|抬头随您/,
    notSentence: [WARNING, INVOICE_SERVICE_DENIED, /不能|不可以|不支持|无法|只能|本公司|您公司|您的公司|你公司|你的公司/],
  },
  // Round 8 (blind batch AC): a check said to be blind to the scheme — the platform, the system or customs will not see it, or
  // nobody checks (平台那边看不出我们超时了, 换个小号再拍，平台识别不出来, 海关不会细查, 也没人查的, 差价不体现) — beside an order, customs
  // or invoice step. Traps: 瑕疵肉眼看不出来, 系统查不出物流原因, 海关会查的，请如实申报.
  {
    words: ['看不出', '识别不出', '查不出', '检测不出', '发现不了', '不会发现', '发现不了的', '不会细查', '不会仔细查', '不细查', '不怎么查', '基本不查', '一般不查', '很少查', '一般不会查', '不太查', '不会查', '不查的', '不会管', '不怎么管', '没人查', '没人管', '不体现'],
    severity: 'block',
    message: '教唆规避平台或海关监管，属于违法违规内容',
    // 不会看不出 / 不会发现不了: a double negative says the check works.
    notBefore: /(?:不会|不可能)$/,
    notAfter: /^不了/,
    sentence: [
      /平台|系统|海关|审核|官方|风控|税务|监管|没人/,
      // …or something put in the parcel (包裹里我们放了几盒烟，海关一般不查; round 11).
      /拍|下单|单|报关|清关|申报|征税|税|发票|报销|退款|确认收货|点(?:一下)?(?:确认|已)?收货|额度|小号|换(?:个)?号|进货|零售|批量|超时|发货|品名|限购|过境|入境|过关|边境|包裹里|放了|夹带|夹在|塞了|塞(?:在|进|到)?[^，。]{0,4}(?:箱|包|盒|罐|瓶)|藏(?:在|进|到)|混在|包着|垫了|转手|转卖|开[^，。]{0,4}店|写少|写低|填低|货值/,
    ],
    notSentence: [WARNING, /如实|会被|都能查|(?<!不)会查|请勿|不要这样|原因|物流信息|轨迹|瑕疵|肉眼|色差|划痕|痕迹|修补|补过/],
  },
  // Round 13 (t13c), by shape: an inspecting body (海关, 安检, X光, 税务, 平台…) followed by a negated inspection verb (不会开箱,
  // 根本不查, 不会一件件核, 照不出来, 不会追溯) beside the scheme it lets through (something hidden in the parcel, the goods resold,
  // the value written low). Traps: 海关会随机抽检, 平台不会泄露您的信息, 海关不会额外收费, 系统看不出地址问题.
  {
    words: ['海关', '安检', 'X光', 'x光', '税务', '工商', '质检', '缉私', '边检', '平台', '系统'],
    severity: 'block',
    message: '教唆规避平台或海关监管，属于违法内容',
    // Round 39 (t39g): …or never having checked (海关一直没查过, 安检从来没拆过): 没 with 一直/从来 or 过, not a check still to come (海关还没查).
    after: /^(?:那边|那里|方面|机器?|仪器|的人)?(?:X光|x光)?(?:也|都|根本|一般|基本|肯定|反正|压根|通常|很少|就)*(?:(?:不会|不|没法|没办法|不可能|没空)(?:去|一件件|一个个|一件一件|一个一个|仔细|细|挨个)*(?:查|核|拆|开箱|开包|追|管|抽(?!成|佣|水|点)|照|扫|发现|识别)|(?:查|照|扫|看|识别|检测|核)不(?:出|到)|(?:一直|从来|从|向来|压根|根本)(?:都|也)?没(?:有)?(?:查|开箱|开包|拆|管|扣)|没(?:有)?(?:查|开箱|开包|拆|管|扣)过)/,
    // Round 14 (t14): …or the declared name set down by the shop (报关的时候我们写的普通软糖，海关不查; 面单上写的是玩具，海关不会开箱).
    // Round 39 (t39c): …or a hidden compartment the goods come with, and what it brings back (隐藏夹层…过海关X光照不出来，一趟能多带不少).
    sentence: /塞|藏(?:在|进|到)|混在|夹层|暗格|隔层|暗袋|暗仓|暗兜|多带|夹在|夹带|包着|垫了|放了|箱子?里|包裹里|转手|转卖|开[^，。]{0,4}店|拿去卖|写少|写低|填低|少写|货值|报关价|申报价|省|带进|运进|弄进|私下|刷|(?:报关|申报|面单|品名|快递单)[^，。]{0,8}?(?:写的|报的|填的|标的|写成|报成|填成|标成)(?!是?(?:实际|真实|您的|你的|收件|地址))/,
    notSentence: [WARNING, /如实|会被|请勿|不要这样|原因|物流信息|轨迹|瑕疵|肉眼|色差|泄露|隐私|个人信息|放心下单|额度内|限额内/],
  },
  // Round 13 (t13c), by shape: goods stated restricted (管制, 禁寄, 不让寄, 过不了安检, 禁止进口, 进不来) and a disguise for them in the
  // same sentence (备注“厨具”, 面单写成指甲剪, 塞在洗面奶盒子里, 换了标签, 当保健品卖, 拍“蓝牙音箱”那个链接，发的是烟弹).
  // Traps: 航空违禁品，只能走陆运，备注一下地址; 管制刀具我们不卖; 快递不让寄液体的话，我们会换成海运.
  {
    // Round 39 (t39c): …or the carrier refusing them (快递不收, 快递不接) — and the label torn off or the waybill naming another product
    // (把标签撕了…面单上也写洗衣液).
    // (round 40, t40d: …or an ingredient the rules keep out of such goods, 国内化妆品不让加…报关单上写“眼部护理液”)
    words: ['管制', '违禁', '禁寄', '禁运', '不让寄', '不能寄', '寄不了', '不让带', '过不了安检', '过不了关', '禁止进口', '禁止入境', '不让进', '进不来', '上不了架', '不让卖', '不让上架', '快递不收', '快递不接', '快递不揽', '快递拒收', '快递不给寄', '物流不收',
      '不让加', '不准加', '不许加', '禁止添加'],
    severity: 'block',
    message: '以伪装品名或夹带方式寄递违禁或限制物品，属于违法内容',
    // Round 40 (t40d): …or billed under another name (只能按“树脂手串”出单), put in another product's outer packaging (换成普通洗发水的外包装寄),
    // or the customs form's slot filled (报关单上只写奶粉).
    sentence: /备注(?!一下|下)|写成|标成|报成|按[^，。]{1,10}(?:出单|开单|走单)|换(?:成|了)[^，。]{0,10}(?:外包装|包装盒|外盒|盒子|瓶子)|撕(?:了|掉|下)?[^，。]{0,3}标签?|标签?(?:撕|刮|去)(?:了|掉)|(?:面单|快递单|运单|品名|报关单|申报单|外包装)(?:上)?(?:也|就|都|只)?(?:写|填|标)(?:的)?(?:是|成)?(?!地址|收件|电话|您的|你的|清楚|明白|实际|真实|如实|危险|易碎|腐蚀|液体)|申报(?:成|为)|当(?:成|作)?[^，。]{1,6}(?:寄|发|报|卖)|拍[^，。]{0,10}(?:链接|那款|那个)[^。]{0,12}(?:发的是|寄的是|其实|实际)|塞(?:在|进|到)|塞[^，。]{0,3}(?:箱子?|盒子?|包裹|快递|袋子?|货)里|藏(?:在|进|到)|夹(?:在|进)|混在|(?:用|拿)[^，。]{1,6}包着|换(?:了|个)?[^，。]{0,4}标签|贴[^，。]{0,4}标签|改(?:个)?(?:名|品名)/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING_NO_GATE, /不卖|不做|不发|不能发|没法发|无法|暂停|下架|停售|所以不|请勿|如实|只能走|换成海运|改走|地址|颜色(?![^，。]{0,3}(?:持久|保持|维持))|尺码|[红白黑蓝绿粉灰紫黄]色|不会(?:写|报|标|夹|塞)/],
    deniable: false,
  },
  // …or the platform said not to find out, closing the clause (round 11): 撤掉退款申请…我们私下给您补回来，平台那边就查不到了; 系统根本不知道.
  // Traps: 平台查不到的话我们再帮您申诉, 平台那边也查不到，可能是物流没更新.
  {
    words: ['查不到', '查不出来', '看不到', '发现不到', '不知道', '查不着', '不会知道'],
    severity: 'block',
    message: '教唆规避平台或海关监管，属于违法违规内容',
    before: /(?:平台|系统|官方|风控|海关|快手)(?:那边|那里|方面|后台)?(?:就|也|根本|肯定|都|压根|完全)?(?:是)?$/,
    after: /^(?:了|的|啦|哦|呢|滴)?$/,
    scope: 'clause',
    sentence: /私下|撤|退款|确认收货|收货|补|返|下单|拍|报关|申报|税|发票|小号/,
    window: 60,
    notSentence: [WARNING, /如实|请勿|不要这样|原因|物流|轨迹|申诉|反馈|核实|如果|的话/],
  },
  // Round 14 (t14): a false refund reason coached with the platform said not to check (退款原因选“商品破损”，不用拍照，平台审核不看的; 仅退款
  // 就选没收到货，快手客服不查的; 您就说少发了，平台后台看不出来). Traps: 平台审核会看凭证，请如实选择原因; 如果选错了原因可以修改.
  {
    words: ['不看', '不查', '不会查', '不审', '看不出来', '看不出', '不核实', '不会核实', '不细看', '不会看', '不管', '不核对', '不会核对', '不会去核对', '不去核对', '不会去查', '不去查', '不会去看', '不去看', '不会去核实'],
    severity: 'block',
    message: '教唆买家编造售后理由骗过平台审核，扰乱平台秩序',
    before: /(?:平台|系统|官方|风控|快手)(?:的)?(?:审核|客服|小二|那边|那里|方面|后台)?(?:就|也|根本|肯定|都|压根|完全|一般|反正)*(?:是)?$/,
    window: 40,
    sentence: /(?:原因|理由)(?:就|直接|随便)?(?:选|填|写|勾)|(?:就|随便|直接)(?:选|填|写|说|勾)(?:个|一个)?[^，。]{0,6}?(?:破损|质量问题|没收到|未收到|少发|错发|漏发|假货|过敏)|(?:就|您就|你就)说[^，。]{0,6}?(?:破损|没收到|少发|错发|漏发|坏了)/,
    notSentence: [WARNING, /如实|请勿|不要|别这样|如果|可以修改|(?<!不)会(?:看|查|核实)/],
    hypothetical: true,
  },
  // Receipt confirmed before the goods leave, coached: 您先点一下确认收货，我们再发货; 签收前先在系统里点已收货，我们再安排补发.
  // Traps: 收到货检查没问题再确认收货, 确认收货后我们再给您返积分.
  {
    words: ['确认收货', '已收货', '点收货', '确认签收'],
    severity: 'block',
    message: '教唆买家虚假确认收货，扰乱平台秩序',
    // Round 51 (t51): …the purpose told as our shipping record (系统就不算我们超时发货了, 帮我们把发货时效冲上去) or the goods said to leave
    // only later (货过两天一定给您发, 东西其实下周才发).
    // Round 67 (eng27-67): …asked as a favour (您帮忙点个确认收货吧) with the goods said still on the way or to go at once, or the money
    // promised by another route (货其实还在路上; 我们这边马上安排发货; 退款我们另外转您).
    sentence: [/先[^，。]{0,8}(?:确认收货|已收货|点收货|确认签收)|(?:签收|收到货?)(?:之)?前[^，。]{0,8}(?:确认|点)|帮(?:忙|我们|个忙)?点(?:个|一下)?(?:确认)?收货/, /(?:马上|立刻|这就|随后)(?:给(?:您|你))?(?:安排)?(?:发货|发出|寄出)|(?:货|包裹|东西)(?:其实|实际上?)(?:还)?(?:在路上|没到|没发|没寄)|退款[^，。]{0,6}另外转|另外转(?:给)?(?:您|你)|再(?:给(?:您|你))?(?:安排)?(?:发货|发|寄|补发)|不会被判|看不出|不算(?:我们|店铺|商家)?(?:超时|延迟|延时|晚)|(?:超时|延迟|延时)发货|发货(?:时效|时间|率|速度)|(?:过|等)(?:两|几|一|[0-9])(?:天|周)[^，。]{0,6}?(?:发|寄)|(?:其实|实际上?)?(?:下周|下个月|月底|过几天|过两天|明后天)才(?:能)?(?:发|寄)|才(?:发货|发出|寄出)/],
    notSentence: [WARNING, /检查|没问题再|请勿|不要|千万别|不用先|先别|别(?:先)?(?:点)?确认/],
  },
  // A purchase limit got round with more accounts: 一个号限购一件的话，您多注册几个号下单. Traps: 新号首单有优惠, 每个账号限两件，多拍的订单会取消.
  {
    words: ['小号', '几个号', '多注册', '换个号', '别的号', '家里人的号', '多开几个号', '新注册'],
    severity: 'block',
    message: '教唆买家多开账号规避限购，扰乱平台秩序',
    sentence: [/限购|限[一二两三0-9]+(?:件|罐|个|单|盒)|只能(?:买|拍)[一二两三0-9]|每个(?:账)?号|一个号/, /拍|下单|买/],
    notSentence: [WARNING, /取消|不要|请勿|不能|不可以|会被|无效|首单/],
  },
  // …or new-user coupons farmed with accounts we open (我们可以帮您注册几个小号来领新人券; round 11). Traps: 新人券每个账号限领一次.
  {
    words: ['注册几个', '几个小号', '注册小号', '多注册', '开几个小号', '多开几个号', '开小号', '注册新号'],
    severity: 'block',
    message: '帮买家多开账号套取新人券，扰乱平台秩序',
    sentence: [/新人|首单|优惠券|券|红包|薅|补贴/, /帮|可以|能|来|去|再/],
    notSentence: [WARNING, /不要|请勿|不能|不可以|会被|无效|限领|只能领/],
  },
  // Someone else's identity or quota used to clear customs: 用他们的额度清关, 用我们这边准备的身份信息报关, 用好几个不同买家的身份信息.
  // Traps: 请用本人信息下单, 用家人的身份证下单会清关失败.
  {
    words: ['额度', '身份信息', '身份证号', '身份证', '名字', '名义'],
    severity: 'block',
    message: '冒用他人身份或额度通关，属于违法内容',
    sentence: [
      /清关|报关|通关|避税|免税|税就|不用交税|省(?:了)?税|税[^，。]{0,6}省|海关/,
      // …or the name swapped for another person's after customs held it (换个人的名字重新再寄一次就过了; round 10).
      /(?:用|拿|借)(?:他们|她们|他|她|别人|他人|老人|家里|亲戚|朋友|我们(?:这边)?准备|准备好|不同|好几个|几个|多个)|(?:他们|她们|别人|他人|老人|亲戚|朋友)的(?:额度|身份)|换(?:一?个)?人的|借(?:给)?(?:我们|我|咱们|店里)|借用(?:一?下)?(?:您|你)|(?:帮|给|替)(?:别人|他人|其他人|其他客户|其他买家|别的客户|别的买家|朋友)(?:报关|清关|通关|下单)/,
    ],
    sentenceSkipsAnchor: true,
    // Round 22 (t22by): …nor the buyer told not to use another's identity (也不要用别人的身份证信息下单，那样不合规).
    notSentence: [WARNING, /本人|失败|不能|不可以|无法|不支持|请用|会被/, SHOP_UNABLE_61, BORROW_DISCOURAGED, /不合规|不合法|违规|违法/, CUSTOMS_FAILS, NAMES_MUST_AGREE],
  },
  // A refund claimed on a false ground, coached: 退款原因选'未收到货'，平台会自动退 / 申请退款说包裹丢了. Not our own goodwill refund.
  {
    words: ['退款'],
    severity: 'block',
    message: '教唆买家以虚假理由退款，扰乱平台秩序',
    // The platform's own automatic refund is a fact, not coaching: it counts only after a ground told to the buyer
    // (就说/理由选/原因填…平台会自动退), not in 还没有的话平台会自动退款 (round 10).
    // Round 20 (t20bt): the reason picked (原因选“未收到货”) is coaching only with a sign that it is false — the goods kept, the
    // platform said to side with the buyer, a 就说 / 随便 (…，货您留着; …，东西不用退) — not the after-sales steps for a parcel that did
    // not come (点“申请售后”，选“仅退款”，原因选“未收到货”就行).
    sentence: new RegExp('说(?:包裹|快递|东西|货)?(?:丢了|丢件|没收到|未收到)|(?:就说|理由|原因)[^。]{0,16}平台[^，。]{0,4}会(?:自动)?(?:退|判|支持)' +
      `|选[^，。]{0,3}(?:未收到|没收到|丢件)[^。]{0,30}(?:${FALSE_GROUND})|(?:${FALSE_GROUND})[^。]{0,30}选[^，。]{0,3}(?:未收到|没收到|丢件)`),
    notSentence: [WARNING, /我们(?:已经)?同意|已同意|如实|实际情况|不要|请勿|不能|不可以|恶意|核实/],
  },
  // Casino junkets and red-packet minesweeper: 洗码返4个点, 叠码仔; 拉你进扫雷红包群，踩雷赔1.5倍.
  {
    words: ['洗码', '叠码', '叠码仔', '踩雷赔', '红包扫雷', '扫雷群', '扫雷红包'],
    severity: 'block',
    message: '涉及赌博内容',
    notSentence: WARNING,
  },
  {
    words: ['扫雷', '踩雷'],
    severity: 'block',
    message: '涉及赌博内容',
    sentence: [/红包|群/, /赔|倍|起包|[0-9一二两三五十]+(?:块|元)/],
    sentenceSkipsAnchor: true,
    notSentence: WARNING,
  },
  // Cannabis edibles by THC dose and hallucinogens by name: THC 10mg那版的，劲儿大; 裸盖菇，吃了能看见小人跳舞.
  {
    words: ['thc', '四氢大麻酚', '裸盖菇', '裸盖菇素', '赛洛西宾', '神奇蘑菇', '魔法蘑菇', '致幻蘑菇', '致幻', '见手青生吃'],
    severity: 'block',
    message: '涉及毒品或致幻物质',
    notBefore: /(?:不含|无|零|0)$/,
    notAfter: /^(?:含量为?0|为0|检测不出)/,
    notSentence: [WARNING, /不含|无thc|0thc|零thc|检测报告|已去除/],
  },
  // Cannabis edibles by their THC content (THC 10mg那版的): the latin anchor cannot take a number straight after it.
  {
    words: ['软糖', '巧克力', '饼干', '电子烟', '烟油', '烟弹', '糖果', '蛋糕'],
    severity: 'block',
    message: '涉及毒品或致幻物质',
    sentence: /thc[0-9]|thc含量[^0零]|含thc|大麻(?:素|成分)/,
    notSentence: [WARNING, /不含|无thc|0thc|零thc|检测报告|已去除|cbd/],
  },
  // A banned or prescription-only medicine sold privately: 曲马朵我也能私下配, 米非司酮…不用去医院登记, 安眠酮我有路子.
  {
    // Round 14 (t14): also the goods' use named (就是打胎用的, 喝了能打胎, 药流的药, 吃这个就能流产) beside the same private sale.
    words: ['打胎', '堕胎', '药流', '流产', '曲马朵', '安眠酮', '米非司酮', '米索前列醇', '打胎药', '堕胎药', '可待因', '芬太尼', '羟考酮', '奥施康定', '右美沙芬', '阿普唑仑', '地西泮', '安定片', '利他林', '莫达非尼', '芬特明', '西布曲明', '减肥药', '处方药',
      // Round 33 (t33c): more prescription-only drugs sold by name (isotretinoin, Adderall, GLP-1 injections, finasteride).
      '异维a酸', '异维甲酸', '阿德拉', '司美格鲁肽', '替尔泊肽', '非那雄胺'],
    severity: 'block',
    message: '私下售卖处方药或违禁药物，属于违法内容',
    sentence: /私下|单独配|能配|可以配|直接配|帮(?:您|你)配|(?<![没无])有路子|(?<![没无])有渠道|不用(?:去|跑)?医院|不用(?:去)?登记|不要(?:医生|处方|单子|方子)|不用(?:医生|处方|单子|方子|开单)|没(?:有)?处方|免处方|别跟别人说|提神|一周掉|一个月掉|掉[0-9一二两三四五六七八九十]+斤|最后几|一板|[0-9]+片起/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, WAIVER_NEGATED, /遵医嘱|凭处方|需要处方|医生指导|我们不卖|不卖|不提供|不能卖|下架|不能私下|(?:我们|本店|店里|我们店)(?:也)?没有|孕妇(?:禁用|慎用|忌用|不宜)|慎用|禁用|可能导致|风险/, NO_PRESCRIPTION_GOODS_TOLD],
  },
  // Round 19 (t19dk): a prescription stimulant by its street name (聪明药, 学霸药, 专注药), offered for a child's exams with the doctor's
  // gate said to be shut (医院一般开不出来, 不用处方) or the buyer told to come to us. Not a warning (所谓“聪明药”都是处方药，千万别给孩子乱吃)
  // nor a supplement said to be none (DHA不是聪明药).
  {
    words: ['聪明药', '学霸药', '专注药', '提分药', '聪明丸', '考试药', '益智药'],
    severity: 'block',
    message: '私下售卖处方类精神兴奋药物（“聪明药”），属于违法内容',
    window: 40,
    // Round 33 (t33c): …or by the sleepless night it buys a student (提神一整夜, 熬夜不困, 考研的都在我们这拿).
    sentence: /医院(?:一般|通常|都|也|根本|基本)?(?:开不出|开不到|不给开|不开|买不到)|开不出来|不用处方|不要处方|没(?:有)?处方|免处方|可以找我|找我|私我|私聊|(?<![没无])有渠道|(?<![没无])有路子|注意力|考试前|考前|吃一粒|一粒|提分|集中|提神|通宵|熬夜|整夜|整晚|不困|考研|备考|(?:在|找)(?:我们|我)这?(?:边|里)?(?:拿|买)/,
    notSentence: [WARNING, /不是|并非|不属于|千万别|不要(?:给|乱|随便)|别(?:给|乱|随便)|乱吃|副作用|遵医嘱|医生指导|不卖|不提供|没有这种|不存在/],
  },  // Round 24 (t24c): a named prescription-only drug with the doctor's gate said shut or waved off a sentence away (我们这有美国带回来的利他林，
  // 国内医院很难开到。不用看医生，按体重吃就行). Not a warning or the doctor's advice (利他林是处方药，需要医生评估).
  {
    // Round 36 (t36a): …安定片 too, and sent apart with its name kept out of the chat (单独发，别在聊天里说药名).
    words: ['曲马朵', '安眠酮', '米非司酮', '米索前列醇', '可待因', '芬太尼', '羟考酮', '奥施康定', '阿普唑仑', '地西泮', '安定片', '三唑仑', '佐匹克隆', '唑吡坦', '利他林', '哌甲酯', '专注达', '莫达非尼', '芬特明', '安非他酮'],
    severity: 'block',
    message: '私下售卖处方药或精神类药物，属于违法内容',
    window: 60,
    // (round 39, t39m: …or offered without limit — 仲有可待因止咳水，要幾多支都得😏; not a pharmacy's limit or its advice)
    sentence: new RegExp(String.raw`单独(?:发|寄|包)|(?:别|不要|不)(?:在聊天里|在这里|在对话里)?(?:说|提|写|打)(?:出)?药名|医院[^，。！？]{0,4}(?:很难|难|不好|不给|不|没法)(?:开|买)|开不(?:到|出)|不用(?:去)?(?:看)?医生|不(?:用|要|需要)(?:医生|处方|开方)|没(?:有)?处方|免处方|(?:带|背|弄|捎)(?:回来|过来|进来)|私下|一板|[0-9一二两三四五六七八九十]+(?:片|粒|板|盒)[0-9一二两三四五六七八九十百]+|按体重吃|(?:考试|考前|熬夜)[^，。！？]{0,4}吃|数量不多|要的话|${UNLIMITED_SUPPLY.source}`),
    notSentence: [WARNING, /遵医嘱|凭处方|需要处方|须凭|医生(?:评估|指导|诊断)|不卖|不提供|下架|千万别|不要(?:给|乱|随便)|别(?:给|乱|随便)|乱吃|(?:我们|本店)(?:店|这边)?(?:也|都)?没有|(?<!不)限购|每人限|不含|未添加|无添加|不添加/],
    // (the waiver's own 不用看医生 in the next clause is no denial of the drug)
    deniable: false,
  },

  // Cure claims for food or supplements: 这款鱼油能治高血压，吃一个月就能把降压药停了; 吃三个疗程胰岛素都不用打了.
  {
    // Round 39 (t39g): …the medicine said to be dropped with a modal between (降压药都能停, 胰岛素也可以停了), and the claim made for a device
    // used for a while (按摩椅…坚持用三个月降压药都能停).
    // Round 40 (t40d): …the prescribed drug named or said to come from the hospital (停了医院开的药改吃这个, 先把阿司匹林停了试试), and a clot
    // said to dissolve (坚持吃三个月就能把血栓溶掉).
    words: ['能治', '可以治', '可治', '能根治', '根治', '治好', '治愈', '药停了', '停药', '不用打了', '不用吃药', '不用吃了',
      '药都能停', '药就能停', '药也能停', '药能停', '药可以停', '药都可以停', '药都停了', '药就停了', '素都能停', '素也能停', '素可以停',
      '停了医院开的', '停掉医院开的', '停了医生开的', '停掉医生开的', '医院开的药停', '医生开的药停', '医院开的药都能停', '医院开的药不用吃',
      '阿司匹林停', '华法林停', '二甲双胍停', '他汀停', '阿司匹林都能停', '阿司匹林不用吃', '血栓溶掉', '把血栓溶', '血栓都能溶', '溶掉血栓', '血栓化掉', '血栓都化了'],
    severity: 'block',
    message: '宣称食品、保健品或器械能治病，属于违法宣传',
    // Round 51 (t51): …and the chronic skin and allergy conditions (宝宝湿疹能根治, 鼻炎喝一个疗程就治好了).
    sentence: [
      /高血压|糖尿病|血糖|血压|降压|降糖|胰岛素|癌|肿瘤|心脏病|冠心病|痛风|乙肝|肝病|肾病|脑梗|心梗|血栓|中风|抑郁|关节炎|三高|不孕|阿司匹林|华法林|二甲双胍|他汀|湿疹|皮炎|银屑病|牛皮癣|白癜风|荨麻疹|鼻炎|哮喘|过敏体质/,
      /鱼油|胶囊|保健|营养|补充剂|软糖|片|粉|海参|蜂胶|益生菌|酵素|茶|奶粉|这款|吃|喝|疗程|坚持|(?:用|按|泡|贴|戴|躺)(?:了)?[0-9一二两三四五六七八九十几半]+(?:个)?(?:月|周|星期|天|年|次)|按摩|理疗|仪|椅|床垫|枕|手环|贴/,
    ],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不能|不可以|不是药|不能代替|遵医嘱|请咨询|咨询医生|辅助|无法|没法/],
  },
  // The same claim anchored on the disease: 这个蛋白粉能把癌细胞饿死，好多病人吃了都好了.
  {
    words: ['癌', '癌细胞', '肿瘤', '高血压', '糖尿病', '心脏病', '冠心病', '痛风', '乙肝', '脑梗', '抑郁症', '关节炎', '三高', '血糖', '血压', '血脂', '尿酸'],
    severity: 'block',
    message: '宣称食品或保健品能治病，属于违法宣传',
    sentence: [
      // (round 51, t51: …or the reading said to come down — 糖尿病人喝了血糖都能降下来, 血压就降了)
      /能治|可以治|可治|根治|治好|治愈|痊愈|都好了|全好了|饿死|杀死|杀灭|消失了|停药|药停|不用(?:再)?(?:吃药|打针|打胰岛素|化疗)|就正常了|恢复正常|(?:可以|就能|就可以)(?:不吃|停)|(?<!价格?|价钱)(?:都|就|也|马上)?(?:能|会)?降(?:下来|下去|到正常|了(?![0-9一二两三四五六七八九十几百块元]))/,
      /鱼油|胶囊|保健|营养|补充剂|软糖|蛋白粉|粉|片|海参|蜂胶|益生菌|酵素|茶|奶粉|这款|这个|吃了|喝了|疗程/,
    ],
    // (round 51, t51: nor a meter's price come down — 血压计降价了)
    notSentence: [WARNING, /不能|不可以|不是药|不能代替|遵医嘱|请咨询|咨询医生|辅助|无法|没法|医院|治疗方案|血压计|血糖仪|试纸|降价|价格|价钱/],
  },
  // Fetal sex told from the mother's blood: 怀孕七周就能寄血去香港测男女.
  {
    words: ['测男女', '验男女', '查男女', '看男女', '鉴定男女', '测胎儿', '寄血'],
    severity: 'block',
    message: '涉及非法鉴定胎儿性别',
    sentence: /怀孕|孕|胎|周|寄血|验血|准确|香港|b超|对接/,
    notSentence: [WARNING, /尺码|款式|衣|裤|鞋|颜色/],
  },
  // Round 40 (t40d): …or told by a scan at home or for hire, the sex as the object of a verb of seeing (掌上B超在家就能看宝宝男女; 怀孕十周
  // 就能照出是男是女). Traps: 宝宝男女都能穿, 四维彩超看宝宝发育，不能看性别, the buyer asking.
  {
    words: ['男女', '性别', '是男是女', '男孩女孩', '男孩还是女孩', '男宝女宝', '男宝还是女宝', '生男生女'],
    severity: 'block',
    message: '涉及非法鉴定胎儿性别',
    before: /(?:看|测|验|查|照|鉴定|分辨|辨别|看出|测出|照出|查出|验出|知道)(?:出|到)?(?:宝宝|胎儿|肚子里(?:的)?(?:宝宝|孩子)?|孩子|bb|娃|胎宝)?(?:的)?(?:是)?$/,
    window: 40,
    sentence: /b超|彩超|超声|孕|胎|宝宝|肚子|[0-9一二两三四五六七八九十]+周/,
    notSentence: [WARNING, /衣|裤|鞋|尺码|款式|颜色|不能|不可以|不提供|不做|不看|违法|不允许|没法|无法/],
    asked: true,
  },
  // Round 46 (t46i): a cosmetic tattoo or injection done privately at the buyer's home, with a numbing shot or needle brought along (我下班可以上门帮您
  // 纹眼线，自带针和打了就不疼的那一针，比去医院便宜): unlicensed medical beauty. Not aftercare goods for a salon's tattoo (纹眉后用这款修护膏).
  {
    words: ['纹眼线', '纹眉', '绣眉', '雾眉', '纹唇', '漂唇', '纹美瞳线', '美瞳线', '半永久', '纹绣', '打针', '打一针', '那一针', '麻药', '麻醉针', '局麻'],
    severity: 'block',
    message: '私下上门做纹绣、注射等医美操作，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/上门|到(?:您|你)家|去(?:您|你)(?:家|那)|在家|我(?:下班|私下|自己|周末)|私下|比(?:去)?(?:医院|医美|美容院|机构)[^，。！？]{0,4}便宜|不用去(?:医院|机构)|别(?:跟人|告诉)|不要(?:跟人|告诉)/,
      /针|麻药|麻醉|注射|打了就?不疼|(?:不疼|不痛)的那/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /请勿|千万别|不建议|正规(?:医院|机构)|不提供|不做|不上门|修护|护理膏|修复膏|这款|商品/],
  },
  // Injectables for home use: 玻尿酸原液您自己在家打就行，我们送针头; 肉毒素…买回去自己对着镜子打.
  {
    words: ['玻尿酸', '肉毒', '肉毒素', '水光针', '溶脂针', '瘦脸针', '美白针', '胶原蛋白针', '童颜针', '少女针', '嗨体', '熊猫针', '针剂'],
    severity: 'block',
    message: '售卖注射类医美产品供自行注射，属于违法内容',
    // Round 41 (t41c): …or the needle packed in and the shot pushed at home (盒子里附针头，在家对着镜子自己推就行).
    sentence: /自己[^，。]{0,6}(?:打|注射|扎|推)|在家[^，。]{0,3}(?:打|注射|扎)|送针头|送针|配针头|带针头|附(?:带|赠|送)?针头|针头和|注射器|针管|学着打|跟着视频|对着教程|对着镜子[^，。]{0,4}(?:打|推|扎)/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /请勿|不要|千万别|不建议|不是注射|不能注射|涂抹的|涂抹型|外用/],
  },
  // Rumours about the state, the currency or food safety: 内部消息，下个月人民币要暴跌30%，银行要冻结取款; 国家抽检结果都是假的，
  // 上面压着不让公布; 小道消息…国家已经定了，赶紧囤. Traps: 内部消息说下周有折扣, 网上说…是谣言.
  {
    words: ['内部消息', '小道消息', '压着不让', '不让公布', '不让报道', '封锁消息', '结果都是假', '冻结取款', '要暴跌', '会暴跌', '要崩盘', '要贬值', '收归国有', '要冻结', '都要冻结', '要没收', '要充公'],
    severity: 'block',
    message: '散布涉及国家、金融或食品安全的谣言',
    sentence: /国家|政府|银行|人民币|存款|房子|上面|官方|抽检|全都|全部|禁售|赶紧|囤|暴跌|冻结|崩盘|贬值/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /谣言|辟谣|不实|不要信|别信|假消息/],
  },
  // Gore offered: 昨天那个砍人现场视频，血喷得老高，要看吗; 车祸现场那个脑袋都压扁了的视频我存了.
  {
    words: ['砍人', '杀人', '血喷', '喷血', '脑浆', '压扁了', '尸体', '碎尸', '分尸', '凶杀', '凶案', '断手断脚', '跳楼现场', '车祸现场', '命案现场', '案发现场'],
    severity: 'block',
    message: '涉及暴力、血腥内容',
    // The scene offered to look at, not a parcel's accident photographed for a claim.
    sentence: [/视频|录像|照片|图|现场/, /看吗|要看|想看|要不要看|给(?:您|你)看|私发|劲爆|分享|存了|吓人|刺激|血|哈哈/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /番茄|道具|特效|万圣节|化妆|游戏|电影|剧|新闻|报警/],
  },
  // People's records sold in bulk: 10万条宝妈手机号+住址，打包便宜出; 一批车主的姓名电话和车牌，一千条两百.
  {
    // Round 42 (t42h): …or the records named as the shop's customer data (三万多条宝妈的收货信息…打包便宜给您; 买家资料, 会员信息, 客户数据).
    words: ['手机号', '电话号', '的电话', '电话号码', '住址', '姓名电话', '身份证号', '联系方式', '微信号', 'qq号', '面单', '收件人', '电话地址',
      '收货信息', '收件信息', '买家信息', '买家资料', '买家数据', '买家名单', '客户信息', '客户资料', '客户数据', '客户名单', '顾客信息', '顾客资料', '会员信息', '会员资料', '会员数据'],
    severity: 'block',
    message: '买卖个人信息，属于违法内容',
    // Round 44 (t44b, dev HI): …or bought away to be called (二十万条本地宝妈的姓名电话，买回去直接能打; 都找我们拿).
    sentence: [/[0-9一二两三四五六七八九十几百千万]+万?多?(?:条|个|份)|一批|数据包|名单|整理好|按(?:省|城市|地区|小区)/, /出售|便宜出|打包|低价出|出给|卖|便宜|转让|处理掉|出手|[0-9一二两三四五六七八九十百]+(?:块|元)|好用|推销|买(?:回去|过去|走)|找(?:我们|我)拿|直接(?:能|就能|可以)?(?:打|加|用)/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /保密|泄露|保护|隐私|您的|本人/],
  },
  // The buyer's account lent to pass money on for a cut: 走个账，钱进你卡里你再转到我们给的卡，每笔抽1%; 借你支付宝收一下款…每一万给你一百.
  {
    words: ['走个账', '过个账', '走一下账', '过一下账', '收一下款', '帮忙收款', '帮我收款', '帮我们收款', '指定的账户', '指定账户', '我们给的卡', '转到我们给的'],
    severity: 'block',
    message: '出借账户帮他人转移资金，属于违法内容',
    sentence: /每笔|每一?万|抽|个点|[0-9]+%|给(?:您|你)[0-9一二两三四五六七八九十百]+|好处费|辛苦费|佣金|手续费|转给|转到/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /退款|原路|不会|不要|请勿/],
  },
  // Something banned at home sent anyway, renamed, split or still in stock: 辣椒水…国内不让寄，我们改个名叫'驱蚊喷雾'给您发; 整枪过不了关，
  // 我们拆成配件分三个包裹寄; 减肥药国内查得严，我们还剩最后几十瓶. Traps: 国内不让寄，所以暂停发货; 过不了关的我们不卖.
  {
    words: ['不让寄', '不让发', '不能寄', '过不了关', '过不了海关', '查得严', '查得很严', '国内禁', '国内禁止', '国内不让', '国内不允许', '禁止进口', '禁止邮寄'],
    severity: 'block',
    message: '规避监管寄递违禁物品，属于违法内容',
    sentence: /改(?:个)?名|换(?:个)?(?:名|品名|名字)|改(?:个)?品名|拆成|拆开|分(?:成)?[0-9一二两三几小]+(?:个)?(?:包裹|单|次|箱|包)|当(?:成|作)?[^，。]{1,6}(?:寄|发|报)|标(?:的|成|为)|还剩|还有(?:货|几|最后)|照样|照发|(?<![没无])有办法|(?<![没无])有渠道|也能寄|也能发|一样的东西/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /暂停|不发|不能发|没法发|无法|下架|停售|取消|退款|所以不|不卖|不做/],
  },
  // Round 9 (t9a), general tests.
  // A ban at home stated as a fact, then the goods supplied anyway: 这个猫粮国内禁止进口，我们是从边境人肉背过来的; 其实里面是国内禁用的
  // 成分，我们这边还有现货; 这款减肥药国内已经禁了，我们还有几盒库存. The ban's own 禁止 is no warning here. Traps: 国内禁用，所以我们不卖.
  {
    // Round 10: restricted as well as banned (国内限制卖的，我们私下可以发给您), and sent quietly (国内禁售，我们悄悄发).
    // Round 38 (t38a): …or a ban on the trade itself (巴西玫瑰木国际上早就禁止贸易了…夹带进来的).
    // (round 40, t40d: …禁掉 and an ingredient kept out, 国内化妆品不让加，所以我们走个人物品申报)
    words: ['禁止进口', '禁止入境', '禁止销售', '国内禁', '国家禁', '禁用', '禁售', '禁了', '禁掉', '不让加', '不准加', '禁止添加', '不让进口', '不准进口', '不让卖', '不准卖', '限制卖', '限制销售', '限售', '不许卖',
      '禁止贸易', '禁止交易', '禁止买卖', '不能交易', '不能买卖', '不准交易', '不准买卖', '不许交易', '不许买卖',
      // (round 45, t45g: …a material the state no longer lets be used, 国家不让用了所以不上架，要的话单独拍)
      '国家不让用', '国内不让用', '不让用了', '不准用了', '禁止使用'],
    severity: 'block',
    message: '明知国内禁止仍提供或带入，属于违法内容',
    sentence: SUPPLIED_ANYWAY,
    sentenceSkipsAnchor: true,
    deniable: false,
    // (round 37, t37a: …nor the banned thing said to be left out of ours: 国内禁用的成分我们都不含，库存还有)
    notSentence: [/严禁|拒绝|远离|举报|违法|犯罪|谨防|警惕|不卖|不做|不发|不能发|没法发|无法|暂停|下架|停售|取消|退款|所以不(?!上架|挂|放)|不会|不能卖|请勿|没有(?:现货|货|渠道|库存|门路)|谣言|辟谣|不含|不添加|没添加|没有添加|无添加|零添加|新配方/],
  },
  // Round 40 (t40d): …or the banned ingredient said to be in the goods themselves (它是日本那边的“老配方”，就是含那个国内早就禁掉的成分，所以一周
  // 掉五斤很正常) — the sale is the supply. Traps: 不含任何国内禁用的成分; 国内禁用的成分我们一律不加; 有人说含禁用成分？谣言.
  {
    words: ['禁掉的', '禁用的', '禁止的', '禁止添加的', '禁售的', '禁了的', '不让加的', '不准加的', '不让用的', '违禁的'],
    severity: 'block',
    message: '宣称商品含国内禁用成分仍在销售，属于违法内容',
    before: /(?:含|有|加|用|放|添加)(?:了|着|的是)?[^，。不没无未]{0,10}$/,
    notBefore: /(?:不|没|没有|无|未|零|绝不|从不|并不|都不|也不|一律不)(?:含|有|加|用|放|添加)(?:了|着)?[^，。]{0,10}$|(?:是否|有没有|是不是|会不会)(?:含|有|加|用|添加)[^，。]{0,10}$/,
    after: /^(?:那个|那种|这个|这种|那些|一种)?(?:成分|东西|药|料|原料|物质|添加剂|西药|药物)/,
    window: 40,
    sentence: /所以|效果|见效|掉|瘦|白|快|猛|回购|懂的|老配方|好用|才|[0-9一二两三四五六七八九十几]+(?:斤|天|周)/,
    notSentence: [/严禁|拒绝|远离|举报|违法|犯罪|谨防|警惕|不卖|不做|不发|无法|下架|停售|谣言|辟谣|不含|不添加|没添加|没有添加|无添加|零添加|检测合格|假的|别买|千万别/],
    asked: true,
  },
  // Inspection or declaration skipped, with what it buys: 咱这个奶粉没有走检验检疫，所以便宜; 不走报关直接邮过去; 没经过商检，价格低.
  // Traps: 包裹还没走检验检疫，请耐心等待; 没有经过检疫的商品我们不卖.
  {
    // Round 41 (t41b): …or the port's inspection not waited for (没排队等查验), or the import steps not taken (不走进口手续).
    // Round 41 (t41i): …or the port of entry itself not entered (跟渔船过来的，不进口岸，所以价格只有超市一半).
    words: ['检验检疫', '检疫', '报关', '海关', '清关', '商检', '质检', '查验', '进口手续', '入境手续', '报关手续', '清关手续', '检疫手续', '口岸', '港口'],
    severity: 'block',
    message: '走私或逃避检疫、报关，属于违法内容',
    // (round 40, t40i: …the inspection named by its leg, 没办进口检疫)
    before: /(?:没有?|不|未|没经过?|没有经过?|绕过?|跳过|逃过?|躲过?|避开)(?:排队)?(?:等|走|经过?|过|做|办|用|进|靠)?(?:进口|入境|出入境)?(?:指定|正规|正常|官方)?$/,
    // 有没有报关信息 (a question), 海关周末不清关 (customs' own schedule).
    notBefore: /(?:有|海关|周末|周六日|周日|节假日|是)(?:没有?|不)(?:走|经过?|过|做|办|用)?$|(?:不能|不会|不可以|不允许|不得|绝不|决不|从不|从来不|严禁|禁止)(?:没有?|不|未|没经过?|没有经过?|绕过?|跳过|逃过?|躲过?|避开)(?:走|经过?|过|做|办|用)?$/,
    // …nor 不过 the conjunction opening a clause (不过清关时间我们没法加快; round 11).
    // (round 48, t48h: …nor the grey route refused and its drawbacks told — routeRiskAfterRefusal48)
    // (round 63, engfa63: …nor the trade's goods said to lack the papers ours carry — tradeGoodsLackOurPapers)
    unless: (ctx, start, end) => clauseOpeningBuGuo(ctx, start, end) || routeRiskAfterRefusal48(ctx, start, end) || tradeGoodsLackOurPapers(ctx, start, end),
    sentence: /便宜|价|省|直接|寄|邮|发|带|快|现货|包到|所以|懂|渠道|门路|也能|照样|没人/,
    // (国内仓发货不用清关: goods already in the country; round 11.)
    // (round 17, fa17b: customs refusing the goods — 没下单就没有清关信息，海关也放不了行: the reason it cannot be done.)
    notSentence: [WARNING, /暂时|还没|尚未|正在|稍等|等待|请耐心|暂停|不卖|下架|退回|销毁|如果|万一|要是|不能发|无法|需要|必须|会被|查验中|所以不|不会|个人物品|自用|额度内|限额内|免征|跨境电商|顺延|有没有|建议|国内仓|国内发货|国内现货|国内直发|一般贸易|放不了行|不给放行|不放行/, UNLAWFUL_RISK],
    deniable: false,
  },
  // Round 41 (t41i): the inspection skipped said short (泰国榴莲冻肉，不过检，冷链直发) — with the goods sent or priced. Not 不过 ("but")
  // opening 检测/检查 (…，不过检测报告要等两天), nor goods held for it (没过检的批次我们不发).
  {
    // …or the port of entry not entered (跟渔船过来的，不进口岸，所以价格只有超市一半: 口岸 alone straddles 进口).
    words: ['不过检', '没过检', '不用过检', '免过检', '没有过检', '不走检', '不送检', '没送检', '没有送检', '不进口岸', '没进口岸', '不进港', '没进港', '不靠港', '不经口岸', '不经过口岸', '没经过口岸'],
    severity: 'block',
    message: '走私或逃避检疫、报关，属于违法内容',
    notAfter: /^(?:测|查|验|修|察|索|讨|举|阅|票|定|疫|讨)/,
    sentence: /便宜|价|省|直发|直接|现货|要(?:几|多少)|发|寄|渠道|门路|懂|照样|也能/,
    notSentence: [WARNING, /暂时|还没|尚未|正在|稍等|等待|请耐心|暂停|不卖|下架|退回|销毁|不能发|不发|无法|所以不|不会|需要|必须|会被|查验中/, UNLAWFUL_RISK],
  },
  // Goods declared as one thing, another sent: 报关单上我们会写成玩具，实际发的是电击器; 下单选维C那个链接，备注加强版，我们实际发的是处方
  // 激素药膏; 拍那个袜子链接就行，其实发给您的是电子烟. Traps: 实际发的也是奶粉; 下单的是红色，实际发的是蓝色，是我们发错了.
  {
    words: ['实际发', '实际寄', '实际上发', '实际上寄', '其实发', '其实寄', '真正发', '真正寄', '实际装', '实际给您发', '实际给你发', '里面装的是'],
    severity: 'block',
    message: '以虚假品名申报或下单、实际寄发其他物品，属于违法内容',
    window: 40,
    // Round 40 (t40l): …or the listing's ingredient list made to pass the platform's review (详情页的成分表我们是按过审的版本放的，实际发的还是原来那个配方).
    sentence: /报关单|申报|面单|品名|写成|写的是|标成|标的是|链接|备注|下单选|拍(?:那个|这个)?|过审|(?:平台|审核)[^，。]{0,8}(?:查|审|严)|(?:详情页|商品页|页面)(?:的|上的)?(?:成分表|成分|配方|配料表)/,
    notSentence: [WARNING, /错|抱歉|不好意思|补发|换货|退|一致|也是|同样是|缺货|断货|颜色|尺码|升级|新款|如实/],
  },
  // Round 40 (t40d): a regulated item sent under another listing — the buyer told to order a harmless link and the shop sending the real thing
  // (您直接拍“收纳袋”那个链接，我们改发血糖仪; 直接拍“男士复合维生素”那个链接，我们就给您发这个) beside the gate it gets round (没有注册证, 不上架,
  // 不用去医院开单子, 处方, 不让卖). Traps: 缺货的话改发同款白色; 拍这个链接，我们给您发顺丰; 改发京东快递.
  {
    words: ['改发', '改寄', '换发', '换成发', '给您发这个', '给你发这个', '发这个给您', '发这个给你', '给您发它', '给您发那个', '给你发那个', '就发这个'],
    severity: 'block',
    message: '以其他商品链接下单、实际寄发受管制物品，属于违法内容',
    notAfter: /^(?:顺丰|京东|中通|圆通|韵达|申通|邮政|ems|极兔|德邦|快递|物流|其他快递|别的快递|同款|颜色|[红白黑蓝绿粉灰紫黄]色|尺码|新款|升级)/,
    window: 50,
    sentence: [
      /拍[^，。]{0,12}(?:链接|那款|那个)|(?:链接|那款)[^，。]{0,4}(?:下单|拍)/,
      /没有?[^，。]{0,8}(?:注册证|批文|备案|许可|资质)|没(?:在国内)?(?:注册|批)|不(?:放|在)[^，。]{0,6}上架|不上架|没上架|不能上架|上不了架|不用[^，。]{0,3}(?:医院|医生|处方)|(?:医院|医生)[^，。]{0,3}(?:开单|开方|处方)|处方|不让卖|不能卖|禁|管制|药片|小药丸/,
    ],
    notSentence: [WARNING, /缺货|断货|发错|抱歉|不好意思|补发|如实|不卖|不做|不能发/],
  },
  // Round 40 (t40l): a regulated item kept off the listing and sent on the quiet (一按就弹出来、单手就能开的…店里不挂链接，下单时备注“配件B”，一起发;
  // 带扳机、有箭槽的，店里不挂，但仓库有现货; 私下还有水果味的小烟弹…店里不挂链接; 荷兰带回来的…能飘一整晚，不在店里上架; 国内化妆品不让添加…
  // 只私下给老客户) — anchored on the listing withheld, read with the kind of goods (an automatic knife, a crossbow, vape pods, a drug's high, an
  // ingredient barred from the goods). Not a custom order off the listing (定制刻字不挂链接，私聊改价), a kind refused (电子烟我们不上架也不卖),
  // nor goods not yet listed (新款还没上架).
  {
    words: ['不在页面上卖', '不在页面卖', '页面上不卖', '不在页面上', '不在店里卖', '不在店铺卖', '不挂出来', '不挂链接', '没挂链接', '不放链接', '店里不挂', '店铺不挂', '不在店里上架', '不在店铺上架', '店里不上架', '不上架', '私下还有', '私下也有', '只私下', '私下给老', '私下卖', '老客户才有', '熟客才有', '不对外卖'],
    severity: 'block',
    message: '私下售卖管制或违禁物品，属于违法内容',
    window: 70,
    sentence: /一按就弹|弹出来|弹出式|单手(?:就)?(?:能|可以)?(?:开|甩开)|弹簧刀|跳刀|甩刀|开过刃|扳机|箭槽|弩|烟弹|烟油|电子烟|小烟|飘一(?:整)?(?:晚|夜)|能飘|嗨一(?:整)?(?:晚|夜)|(?:化妆品|护肤品|食品|保健品)?(?:不让|不准|不许|禁止)(?:添加|加)|禁用(?:的)?成分|违禁成分|过安检别带|海关看不出|海关查不出/,
    notSentence: [WARNING, /不卖|不做|不提供|不能卖|不可以卖|不代购|不帮(?:忙)?(?:找|买|代购)|没有这(?:类|种)|不建议|违法|管制的|还没上架|即将上架|马上上架|定制|刻字/],
  },
  // Bribing or fixing an official body: 找人在海关打个招呼，两千块包三天放行; 质检那边我们打点过了; 工商那边…也能摆平.
  // Traps: 海关查验是正常流程，我们没法找人打招呼.
  {
    // Round 15 (t15a): any small bribe or an acquaintance inside (塞个红包当天就放, 我认识海关的人).
    words: ['打个招呼', '打招呼', '打过招呼', '打好招呼', '打了招呼', '打点', '疏通', '摆平', '通融', '塞钱', '塞红包', '塞点钱', '走关系', '托关系', '找关系', '走后门', '送点礼', '塞个红包', '包个红包', '递个红包', '送个红包', '塞点好处', '给点好处', '塞个包', '认识海关', '海关有人', '海关有熟人', '海关里有人', '海关的熟人'],
    severity: 'block',
    message: '声称疏通海关或监管部门、逃避查验，属于违法内容',
    window: 30,
    // (round 53, eng53b: …or the port itself as the checking body — 口岸那边我们老板已经打过招呼了, 关口, 边检, 查验那边)
    sentence: /海关|质检|工商|监管|警察|派出所|税务|执法|检疫|商检|市场局|城管|法院|官方|上面|口岸|关口|边检|查验/,
    notSentence: [WARNING, /没法|不能|无法|不会(?:去|帮|找|做|给)|不可能|正常流程|如实|耐心|没有关系|找不了/],
  },
  // Round 14 (t14): the buyer asked for photos of their body with a lewd qualifier (穿上拍张照给我看看呗，越少越好; 试穿照发我，露多点更好;
  // 拍张身材照给我，返你红包). Traps: 穿上拍张照发我看看尺码合不合适, 晒单照片可以返积分.
  {
    words: ['拍张照', '拍个照', '拍照', '照片', '自拍', '身材照', '试穿照', '拍一张', '拍几张'],
    severity: 'block',
    message: '向买家索要暴露照片，涉及色情骚扰',
    window: 30,
    sentence: /越少越好|穿得?越少|露(?:多|点|一点|得多)|少穿(?:点|一点)?|不穿|光着|性感(?:点|一点)|只给我(?:一个人)?看|私下给我看|私发给我看|身材照|内衣照|泳装照|睡衣照/,
    notSentence: [WARNING, /尺码|色差|破损|质量|退货|售后|买家秀|晒单|评价/],
  },
  // Round 14 (t14): the platform's own desks squared to make a review or complaint go away (平台审核那边有关系，删个评论分分钟的事;
  // 我跟平台的审核认识，您的投诉他一句话就撤了; 快手运营里我有熟人，差评压下去不难): disrupting the platform's order (2.7; 2.9 reads the same
  // lines as posing). Three parts: a tie (有关系, 认识, 熟人, 打过招呼), a platform desk, and a review or complaint removed. Traps: 平台审核那边
  // 没有人认识我们, 删差评只能您本人操作, 平台客服会联系您撤销投诉.
  {
    words: ['有关系', '有熟人', '那边有人', '里面有人', '内部有人', '上面有人', '认识', '熟人', '打过招呼', '打好招呼', '打了招呼', '关系好', '关系很好', '关系铁', '关系很铁', '是朋友', '是哥们', '是同学', '是亲戚', '有个哥们', '有个朋友', '有个兄弟', '有个同学', '有个亲戚', '有哥们', '有兄弟'],
    severity: 'block',
    message: '声称买通或疏通平台审核、删除评价或撤销投诉，属于扰乱平台秩序',
    window: 40,
    sentence: [/平台|快手|官方|审核|小二|客服|运营|风控/, /(?:差评|评论|评价|投诉|举报|申诉|处罚|扣分)[^。！？]{0,16}?(?:删|撤|压|抹掉|消失|处理掉|搞定|分分钟|一句话)|(?:删|撤|压)[^。！？]{0,6}?(?:差评|评论|评价|投诉|举报)/],
    notSentence: [WARNING, /没有|没人|不认识|不会|无法|不能|没法|不可能|以平台为准|正常流程|只能(?:您|你)本人|本人操作/],
    hypothetical: true,
  },
  // An insider contact at customs or an inspection body: 在海关那边找个熟人，当天就能放. Traps: 熟人推荐的客户.
  {
    words: ['熟人', '自己人', '内部的人', '关系户', '内线'],
    severity: 'block',
    message: '声称疏通海关或监管部门、逃避查验，属于违法内容',
    window: 30,
    // …or what the contact gets in (检验检疫那边我们有熟人，进口肉干、火腿这种也能给您带进来; round 11).
    sentence: [/海关|质检|检疫|商检|工商|税务|监管|执法/, /放|不查|不用查|免检|过|当天|加急|快|搞定|摆平|带进|弄进|运进|进得来|也能(?:给(?:您|你))?(?:带|发|寄|运)/],
    notSentence: [WARNING, /没有|没法|不能|无法|不会|不可能|正常流程|如实|耐心|推荐|介绍|老客户/],
  },
  // An everyday object modified into a weapon: 打火机改装的那种也有，能喷火两米，防身很好用. Traps: 汽车改装, 包装改造.
  {
    words: ['改装', '改造', '改过的', '改装过', '魔改'],
    severity: 'block',
    message: '涉及管制器具或危险改装物品',
    // …or a spray that fells a person (对着人一喷就晕，防狼神器; round 11).
    // Round 37 (t37a): …or one that shocks (手柄里面改装过…按住两个键就能放电，几万伏) — not a mosquito swatter.
    sentence: [/打火机|喷雾|手电|弹弓|气|枪|刀|棍|电击|喷火|激光|弩|放电|高压电/, /喷火|射程|威力|打穿|伤人|防身|杀伤|能打|焦耳|[0-9一二两三四五六七八九十几]+米|就晕|晕倒|一喷|防狼|[0-9一二两三四五六七八九十几千]+万伏|上万伏|电人|电晕/],
    notSentence: [WARNING, /蚊|苍蝇|虫|汽车|车|电脑|房|装修|厨房|衣服|版型|配方|包装|升级|空调|燃气|灶|不卖|管制物品/],
  },
  // An invoice inflated or a report written to order: 开一张金额高一点的发票，报销用; 发票金额可以往高了开; 检测报告可以按您要的结果出;
  // 质检报告想要什么数据就填什么数据. Traps: 发票金额按实际支付金额开; 检测报告是第三方机构出的，结果我们改不了.
  {
    words: ['发票', '专票', '普票', '开票', '收据'],
    severity: 'block',
    message: '虚开发票或虚增金额，属于违法内容',
    window: 24,
    // …or amount and item name written as the buyer asks (金额、抬头、品名都能按您要求开; round 11 — not the 抬头 alone).
    // …or the item written as another category (把发票开成办公用品，公司好报账).
    // Round 41 (t41c): …or the other category given with the claim it serves (发票可以开“办公耗材”，公司能报).
    sentence: /(?:开成|写成|改成)(?!电子|纸质|普票|专票|增值|个人|公司抬头)[^，。]{0,6}(?:用品|费|服务|材料|礼品|餐饮|耗材|设备)|开[“"'‘「]?(?:办公|日用|劳保|耗材|礼品|会务|咨询|餐饮)[^，。]{0,4}(?:用品|耗材|材料|费|品)?[”"'’」]?[^。！？]{0,6}(?:报销|能报|好报|可以报|报账|入账|走账)|(?:金额|品名|数额)[^。！？]{0,8}?(?:都|也)?(?:能|可以)?按(?:您|你)的?(?:要求|需要|需求|意思|说的|想要的)|(?:金额|数额)[^，。]{0,3}(?:高一?点|大一?点|多一?点|往上|往高|高些|多些|随便|随您|随你|您定|你定)|比(?:实际|实付|实收|(?:您|你)(?:实际)?(?:付|支付|付款)的?)(?:的)?(?:金额|价格|价钱|支付|付款)?(?:金额)?(?:高|多|大)|往高(?:了)?(?:开|写|填)|开大|写高|抬高|多开|开高|多写|多填|虚开|虚高|虚增|加点金额|实际(?:只|就)?(?:要|需|用)?(?:付|给|收|转)(?:您|你|我们)?[0-9一二两三四五六七八九十百千万几.]+[^，。]{0,4}(?:就行|就好|就可以|即可)|差(?:价|额)[^，。]{0,8}(?:拿去|拿回去|去|自己|回去|回单位|回公司)(?:报|报销|报账)/,
    // Round 40 (t40i): …or the amount set above what is paid, the difference for the buyer to claim (开两万的发票，实际付一万二就行，差价您
    // 自己拿去报). Traps: 发票按实际付款金额开; 差价原路退回.
    // Round 24 (t24c): …or the amount actually paid (按实付金额开).
    // (round 25, t25c: the amount raised above what was paid, however that is named — 比实付多两百, 比您付的高一些)
    // Round 56 (eng56b): …nor the buyer's ask refused in any words of inability or law (这个我们真的做不到, 没办法改成办公用品, 办不到, 违反税务规定,
    // 只能按照实际购买的金额开) — the list held 不能/没法 only.
    notSentence: [WARNING, /按(?:照)?实际|(?<!比)实际支付|(?<!比)实际金额|(?:按|以|照)实(?:付|收|缴)(?:的)?(?:金额|款)(?![^，。]{0,3}不了)|如实|不能多开|不可以|不能|不会|没法|没办法|做不到|办不到|无法|不允许|(?<![不没])违反|不合规/],
  },
  {
    words: ['报告', '证书'],
    severity: 'block',
    message: '按需伪造检测报告或证书，属于违法内容',
    window: 24,
    // …or a passing result made to order (出一张体检合格的报告，二百块; round 11).
    // Round 41 (t41i): …or the date left to the buyer (补一张拍卖行的成交证书，您说写哪年都行).
    sentence: /(?:出|开|做|弄)一[张份本][^，。]{0,6}(?:合格|阴性|正常|达标|健康|通过)|(?:您|你)(?:说|想|要)(?:写|填|印|开|标)(?:哪|什么|啥)(?:年|一年|天|日期|时候)?(?:都|就)?(?:行|可以|成)|想(?:写|填|标|印)(?:哪|什么|啥)[^，。]{0,3}就(?:写|填|标|印)|(?:年份|日期|年代)(?:随便|随您|随你|您定|你定|任选)|按(?:您|你)(?:要|想要|说|需要)的(?:结果|数据|数值|内容)|想要什么(?:结果|数据|数值)|(?:结果|数据|数值)(?:随便|随您|随你|您说了算|你说了算|您定|你定)|模板改|改模板|套模板|改一下数据|改数据|改结果|p一下|p一份/,
    // Round 47 (t47e): …nor the change refused with the asked-for words between (没法按要求改数据, 不能帮您改结果) — not turned after (但可以…).
    notSentence: [WARNING, /改不了|不能改|没法改|不会改|无法|不可以/, /(?:没法|不能|不会|不可能|不敢|不帮|不给)[^，。！？]{0,6}?改(?:数据|结果|数值|报告|日期)(?![^]*(?:但|不过|可是|只要|加钱))/],
  },
  // A false paper of any kind offered (round 11): 开一张假的购物凭证，金额写高点; 需要假的病历证明吗？我们可以代办; 帮您刷个虚假的物流记录.
  // Every wording has a falsity word before a paper or record, and an offer. Traps: 我们不会开假的发票, 收到假的物流短信请别点,
  // 网上有人伪造的订单截图，请举报.
  {
    // …or blank ones to fill in (寄几张空白的医院收据，自己填就行).
    words: ['假的', '虚假的', '伪造的', '假造的', '造假的', '仿造的', '虚假', '伪造', '空白的', '空白'],
    severity: 'block',
    message: '提供虚假凭证、证明或记录，属于违法内容',
    after: /^[^，。！？]{0,4}?(?:购物凭证|凭证|证明|发票|收据|小票|病历|合同|记录|单据|流水|报告|截图|物流|单号|诊断书|诊断|证书|回执|签收|快递单|订单|病假条|假条|检测|质检|体检)/,
    sentence: /可以|能|帮|替|代办|代开|现做|给(?:您|你)(?:开|做|弄|出|刷|补)|要的话|需要的话|需要[^，。]{0,10}[吗么]|要[^，。]{0,8}[吗么]|要不要|需不需要|一[张份本]/,
    notSentence: [WARNING, /不会|不能|不可以|无法|不提供|不做|不开|(?<!要)不要(?!不)|请勿|别点|别信|诈骗|冒充|骗子|提防|识别|处罚|封号|违规|有人|网上|收到/],
  },
  // The same with 假 fused to the paper (帮您代开医院的假诊断书，公司请假用; round 11).
  {
    words: ['假诊断书', '假诊断', '假证明', '假收据', '假凭证', '假单据', '假报告', '假小票', '假单号', '假记录', '假截图', '假购物凭证', '假病假条', '假假条', '假体检报告', '假检测报告', '假质检报告'],
    severity: 'block',
    message: '提供虚假凭证、证明或记录，属于违法内容',
    sentence: /可以|能|帮|替|代办|代开|现做|给(?:您|你)(?:开|做|弄|出|刷|补)|要的话|需要的话|需要[^，。]{0,10}[吗么]|要[^，。]{0,8}[吗么]|要不要|需不需要|一[张份本]|请假|报销|理赔/,
    notSentence: [WARNING, /不会|不能|不可以|无法|不提供|不做|不开|(?<!要)不要(?!不)|请勿|别点|别信|诈骗|冒充|骗子|提防|识别|处罚|封号|违规|有人|网上|收到/],
  },
  // Goods disguised to skip the cross-border checks (round 11): 面单改成国内件的样子，不走跨境通道，您就不用做实名认证了. Traps:
  // 国内仓现货不走跨境，不用做实名认证 (no disguise), 跨境商品需要实名认证.
  {
    words: ['不用做实名认证', '不用实名认证', '不需要实名认证', '不用做实名', '不用再实名', '实名认证就不用', '不用清关', '不走跨境', '不用过海关', '不用报关', '不走清关'],
    severity: 'block',
    message: '伪装包裹以逃避跨境查验，属于违法内容',
    sentence: /改成|改为|做成|弄成|伪装|装成|假装|写成|报成|冒充|样子|换成|拆成|当成|当作/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /如实|不会|不能|不可以|无法/],
  },
  // A parcel held at customs re-declared under another name (round 11): 海关扣了也没事，我们换个收件人名字重新报一次，一般就过了.
  // Traps: 收件人和支付人要一致，请换成本人信息重新提交.
  {
    words: ['换个收件人', '换收件人', '换个名字', '换个人名', '换个身份', '换个人', '换个名义', '换一个收件人', '换个收货人', '换一个名字', '换个人的名字', '换个身份证', '换张身份证', '换个人报'],
    severity: 'block',
    message: '被海关扣留后换人重新申报，属于违法内容',
    sentence: /海关|清关|报关|扣|申报|过关|查验/,
    notSentence: [WARNING, /一致|本人|支付人|如实|信息有误|填错|写错|不会|不能|不可以|无法/],
    deniable: false, // 清关没过的话换个人名: the 没 is about the parcel
  },
  // Phone cards or accounts that skip real-name registration: 手机卡也有，不用实名的那种. Traps: 评价可以匿名, 下单不用实名.
  {
    words: ['不用实名', '免实名', '无需实名', '不需要实名', '不实名', '非实名', '不记名', '不用登记'],
    severity: 'block',
    message: '提供未实名的电话卡或账户，属于违法内容',
    sentence: /卡|号|账号|账户|手机|电话|银行|微信|支付宝/,
    notSentence: [WARNING, /下单|购买|清关|注册会员|会员卡|快递|收件|评价|匿名|保护隐私|购物卡|礼品卡|储值卡|公交卡|不能|不会/],
    deniable: false,
  },
  // A drug for sex, by its effect: 赠品是一小瓶助兴药水，效果您懂的. Traps: 助兴的小游戏.
  {
    words: ['助兴', '助性', '催情', '增加情趣', '提高兴致', '让她主动', '让他主动'],
    severity: 'block',
    message: '涉及催情类违禁药物',
    sentence: /药|药水|药粉|滴剂|粉末|无色无味|效果(?:您|你)懂/,
    notSentence: [WARNING, /国药准字|游戏|音乐|香薰|酒/],
  },
  // An import ban or a crackdown announced as coming, to make buyers hoard: 国家下个月要禁止进口日本奶粉了，赶紧囤.
  {
    words: ['要禁止', '将禁止', '要禁了', '马上禁', '全面禁止', '停止进口', '不让进口', '要封关', '要全面禁', '以后都不让'],
    severity: 'block',
    message: '散布涉及国家政策的谣言',
    sentence: [/国家|海关|政府|上面|官方|政策|内部消息|小道消息/, /赶紧|抓紧|囤|最后一批|再不买|以后买不到|趁|快买|手慢无|抢/],
    notSentence: /谣言|不实|辟谣|假的|别信|不要信|公告为准|没有这回事/,
    deniable: false,
  },
  // Round 10 (t10c), general tests.
  // A gate the goods must pass at home stated missing, the goods supplied anyway: 这款减肥药国内没批，我们从泰国直接带;
  // 这款奶粉没在国内注册，我们走个人物品帮您带回来; 国内没拿到配方注册，只能人肉带回来. The gate is a registration, an approval or
  // a filing (注册/批准/批文/备案/审批), negated before it. Traps: 您还没注册会员, 已经在国内完成配方注册, 没注册的我们不卖.
  {
    // Round 38 (t38a): …or a compulsory certification or licence (没有3C认证…按个人物品清关进来再上架; 没有进网许可).
    words: ['注册', '批准', '批文', '备案', '审批', '获批', '3c认证', '3c', 'ccc认证', 'ccc', '3c标', '3c标志', '进网许可', '入网许可', '注册证'],
    severity: 'block',
    message: '销售未经国内批准或注册的商品并规避监管，属于违法内容',
    before: /(?:没|未|没有|没能|未能|没拿到|未拿到|没获|未获|未经|没经|没经过|没通过|未通过|还没|尚未)(?:在|过)?(?:国内|中国|国家|药监局?)?(?:的)?(?:配方|药品|进口)?$/,
    // Round 41 (t41i): …or a medical device named (美瞳没注册证的那款更便宜，要吗？), sold on its lower price or offered by a question.
    sentence: [/国内|国家|中国|药监|进口|配方|药|奶粉|针|胶囊|保健|美瞳|彩片|隐形眼镜|接触镜|器械|血糖仪|血压计|助听器|呼吸机|制氧机|试纸/, new RegExp(`${SUPPLIED_ANYWAY.source}|(?:更|还|要|会)便宜|便宜(?:一半|不少|很多|[0-9一二两三四五六七八九十几百千万]+)|要吗|要不要|需要吗|来一(?:副|盒|个|台)`)],
    deniable: false,
    notSentence: [NOT_SUPPLIED, /已经(?:在国内)?(?:完成|通过|拿到)|已(?:注册|备案|获批)/],
  },
  {
    // …or the sale itself said barred at home (这款烟在国内不能卖，我们是从免税店带出来转卖的; round 11). Traps: 国内不能卖，所以我们也不卖.
    words: ['国内不能卖', '国内不让卖', '国内禁卖', '国内禁止销售', '国内不许卖', '国内不准卖', '国内不能销售', '国内禁售'],
    severity: 'block',
    message: '销售国内禁售的商品并规避监管，属于违法内容',
    sentence: new RegExp(`${SUPPLIED_ANYWAY.source}|带出来|转卖|倒卖|私下卖|私下出`),
    deniable: false,
    notSentence: /严禁|拒绝|举报|违法|谨防|不做|不发|不能发|暂停|下架|停售|所以不|不会|请勿|也不卖|我们不卖|所以我们|没有(?:现货|货|渠道|库存|门路)/,
  },
  {
    words: ['没批', '未批', '没被批', '不批'],
    severity: 'block',
    message: '销售未经国内批准或注册的商品并规避监管，属于违法内容',
    sentence: [/国内|国家|中国|药监|进口|配方|药|奶粉|针|胶囊|保健/, SUPPLIED_ANYWAY],
    deniable: false,
    notSentence: [NOT_SUPPLIED, /已经(?:在国内)?(?:完成|通过|拿到)|已(?:注册|备案|获批)|批发|批次/],
  },
  // A medicine's doctor or prescription waved off while the shop sells it: 健身的话我们还有类固醇针剂，不需要医生开; 这种抗生素需要
  // 处方，但您直接下单我们就发，不用提供处方. Traps: 您不用去医院开，这个是非处方的维生素; 吃点药就好，不用去医院.
  {
    words: ['不需要医生', '不用医生', '无需医生', '不用看医生', '不用去看医生', '不用去医院', '不用挂号', '不用开单', '不需要开单', '不用开方', '医生不开', '不用提供处方', '不需要提供处方', '不用出示处方', '无需提供处方', '不要处方', '不看处方', '不用处方单',
      // Round 33 (t33c): the prescription by its everyday names (方子, 药方) and the trip to hospital run (不用跑医院).
      '不用方子', '不要方子', '不需要方子', '不用药方', '不要药方', '不用开方子', '不用跑医院', '不用专门跑医院', '不用往医院跑',
      // Round 40 (t40i): …or a medical device's fitting waived (角膜塑形镜…不需要去医院验配，也不查处方，直接选度数拍).
      '不需要去医院', '不需要医院', '无需去医院', '不用验配', '不需要验配', '无需验配', '免验配', '不用去医院验配', '不查处方', '不用查处方', '不审处方', '不核处方'],
    severity: 'block',
    message: '无处方售卖处方药，属于违法内容',
    // Round 44 (t44b, dev HI): …or the drug told by its tablets and the sleep it brings, slipped into the parcel (多塞几片“小蓝精灵”，不用医生开，睡不着掰半片).
    sentence: [/类固醇|激素|抗生素|胰岛素|安眠|镇静|针(?!织|对|线|孔)|注射|处方|精神类|止痛|降压|降糖|消炎药|减肥药|药|塑形镜|角膜塑形|ok镜|硬性(?:角膜)?接触镜|rgp|(?:几|半|一|两)片|(?:小|白|蓝|黄)(?:色)?(?:药)?片|[0-9一二两三几]+板|掰(?:半|开)|睡不着|一觉到天亮/, /卖|发|有|拍|下单|买|寄|配|拿|带|开给|塞|给(?:您|你)/],
    sentenceSkipsAnchor: true,
    deniable: false,
    // (round 33, t33c: not a vitamin the drug is to be declared as — 单子上备注成维生素就行)
    notSentence: [WARNING, WAIVER_NEGATED, /非处方|(?<!备注成|备注|写成|报成|标成|当成|改成|填成|说是)维生素|保健|膳食|不是药|非药品|护肤|化妆|遵医嘱|建议(?:您)?(?:去|咨询|问)|不卖|(?:我们|本店)(?:也)?没有|下架/],
  },
  // Listed as one thing, really another with a drug or banned substance in it: 这款在平台上挂的名字是维生素，实际里面加了处方成分;
  // 链接上写的是护手霜，其实是带激素的药膏. Traps: 包装上写的是维生素C，实际上就是维生素C片; 说明书写的是饭后，其实饭前也可以.
  {
    words: ['挂的名字', '挂的是', '名字是', '名字叫', '写的是', '写着', '标的是', '标着', '上架的是', '链接上写', '链接写', '名义上', '表面上', '包装上写'],
    severity: 'block',
    message: '以虚假品名销售含药物或违禁成分的商品，属于违法内容',
    window: 30,
    sentence: [/实际|其实|真实|里面|本质/, /处方|激素|西药|药膏|类固醇|违禁|禁用|兴奋剂|泻药|安眠|精神类|电子烟|烟油|药物成分|药的成分/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /如实|一致|也是|错|误会|不含|没有(?:添加|加)|无添加|不是|并非/],
  },
  // Currency changed privately at a better rate than a bank: 我们还能帮忙换美元，汇率比银行划算，私下转就行; 港币现金我们也能换，
  // 比去银行换便宜. Traps: 换汇的问题请咨询银行，我们店只收人民币; 港币价格按当日汇率换算.
  {
    words: ['美元', '美金', '港币', '港元', '欧元', '日元', '韩元', '英镑', '澳元', '澳币', '加元', '泰铢', '外币', '外汇', '卢布', '新台币'],
    severity: 'block',
    message: '私下买卖外汇，属于违法内容',
    window: 20,
    sentence: [/换(?!算)|兑(?!现|换券|奖)/, /私下|私人账户|个人账户|比[^，。]{0,6}(?:省|划算|便宜)|比(?:去)?银行|汇率[^，。]{0,4}(?:比|划算|更好|优惠|高|低)|转(?:我|给我|我们|给我们)|现金|私聊|划算/],
    notSentence: [WARNING, /换算|请咨询银行|以银行|不提供|不做|不能|不可以|标价|结算|支付时|付款时|按当日|只收人民币|不支持/],
  },
  // An order placed for the shop and paid back with a fee (order brushing by what the buyer gets): 帮我们刷一单，本金加15块佣金当天返;
  // 拍一单空包，付款后我们把钱和五块辛苦费一起返给您. Traps: 邀请好友下单返佣金 (a referral), 您再拍一单补差价.
  {
    // …or paid by the order (帮店里下三单，钱我们先转您…再给您每单十块).
    words: ['佣金', '辛苦费', '好处费', '本金', '每单'],
    severity: 'block',
    message: '组织刷单（虚假交易），扰乱平台秩序',
    window: 24,
    sentence: [/(?:帮我们|帮我|给我们|替我们|帮店里|帮店)[^，。]{0,4}(?:拍|刷|下)|刷[^，。]{0,3}单|空包|拍[一两几0-9]+单/, /返|退给|退还|一起给|当天|垫付|本金|连本带|先转(?:您|你)|再给/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不会|不要|请勿|别信|不做|不招|诈骗|骗子/],
  },
  // A tracking number made up to beat the platform's shipping check: 我们先填个假单号，平台就不会判发货超时了; 随便填一个物流单号先点发货，
  // 平台查不出来. Traps: 如果物流单号查不到信息，可能是快递还没揽收; 单号填错了，我们马上更正.
  {
    words: ['单号', '物流单号', '快递单号', '运单号'],
    severity: 'block',
    message: '虚假发货（填写虚假物流单号），扰乱平台秩序',
    // …or another parcel's number hung on the order (先把别的包裹的单号挂上去; round 10).
    before: /(?:假|虚假|随便|乱|空|别人的|(?:别的|其他|其它)[^，。]{0,4}的|无效|废|编)(?:的)?(?:填|写|编|弄|搞|上传|录|给)?(?:一?个|一?下)?(?:的)?(?:物流|快递)?$/,
    sentence: /发货|超时|平台|查|先|考核|判|延迟|罚/,
    notSentence: [WARNING, /如果|可能|查不到信息|请勿|(?:我们|本店)(?:从|绝|也)?不会|不能|错了|更正|修改|核对/],
  },
  {
    // …the number named first (单号先随便写一个，反正平台不查).
    words: ['单号', '物流单号', '快递单号', '运单号'],
    severity: 'block',
    message: '虚假发货（填写虚假物流单号），扰乱平台秩序',
    after: /^(?:就|先|我们)?(?:随便|乱|瞎)(?:写|填|编|弄|搞|上传)/,
    sentence: /发货|超时|平台|查|先|考核|判|延迟|罚/,
    notSentence: [WARNING, /如果|可能|查不到信息|请勿|(?:我们|本店)(?:从|绝|也)?不会|不能|错了|更正|修改|核对/],
  },
  // Reselling cross-border goods (personal use only) said to be fine: 您拿回去转卖完全没问题，我们好多客户都是买了挂闲鱼再卖;
  // 跨境的货随便转手. Traps: 跨境商品不能二次销售，请自用; 我们不赚差价; 不影响二次销售就可以退.
  {
    // Not 二次销售: 不影响二次销售 is the return condition.
    words: ['转卖', '倒卖', '转手卖', '随便转手', '挂闲鱼', '挂咸鱼', '赚差价', '拿去卖', '拿出去卖', '加价卖', '二手平台', '卖给别人'],
    severity: 'block',
    message: '鼓励转售跨境个人自用商品，违反平台规则',
    sentence: /没问题|完全可以|可以的|随便|放心|都是这样|好多|很多|没事|都这么|尽管|都行|没人管|不管/,
    // (round 54, eng54a: …nor the secondhand market named as where copies abound or were bought — 二手平台上高仿很多, 在闲鱼上买的)
    notSentence: [WARNING, /不能|不可以|不允许|不建议|禁止|请自用|仅限自用|只能自用|不赚/, /(?:二手平台|闲鱼|咸鱼)(?:上)?(?:的)?(?:[^。！？，]{0,4}?)(?:高仿|假货|仿品|假的|a货|山寨)|在(?:二手平台|闲鱼|咸鱼)上?(?:买|看到|搜到|遇到)/],
  },
  // Goods a carrier or customs refuses, poured or packed into another product's container to pass: 这瓶酒精度高，海关不让带，
  // 我们把它装进洗发水瓶里寄给您; 烟油海关查，我们灌进香水瓶里寄过去. Traps: 面膜装进密封袋里寄，防止漏液.
  {
    words: ['装进', '装到', '灌进', '灌到', '倒进', '倒到', '换装到', '分装到', '装在'],
    severity: 'block',
    message: '伪装夹带违禁或受限物品邮寄，属于走私',
    after: /^[^，。]{0,8}(?:瓶|罐|盒|袋|包装|箱)(?:子)?(?:里|中|内)?[^，。]{0,3}(?:寄|发|带|过关|邮)/,
    window: 30,
    // Round 12 (t12b): also passing customs promised (分装到维生素瓶子里寄，过海关没问题), and the ban itself stated is the gate, not a
    // warning (国内是禁止进口的…不过我们有门路，会分装到…瓶子里寄).
    // Round 39 (t39c): …or the carrier refusing the goods (强酸一般快递不收，我们装进洗衣液瓶子里发的).
    sentence: /海关(?:不让|不准|不给|会扣|要扣|查得?(?:很)?严)|安检|不让(?:寄|带|进|发)|违禁|(?:快递|物流|快递公司|顺丰|邮政|航空)(?:一般|都|也|根本|是)?(?:不收|不接|不揽|拒收|不给寄|不给发)|不能(?:寄|带|发)|过不了|禁|查得?(?:很)?(?:严|紧)|查不出|看不出|过(?:海)?关(?:没问题|没事|稳)|(?<![没无])有门路/,
    notSentence: [WARNING_NO_GATE, /密封|防漏|漏液|保护|防碎|防压|气泡膜|不会|不能这样|请勿/],
  },
  // Round 31 (t31c): pictures kept off the listing, sent on the side once the buyer says they are an adult (“夜间版”，衣服可以拿下来的那种，详情页不方便
  // 放图。您确认自己成年了的话，我私下单独发几张给您看看): the age gate is the wink. Not the age check for alcohol or vapes (购买需年满18岁),
  // nor a size or colour photo sent (实拍图我单独发您).
  {
    words: ['成年', '满十八', '满18', '十八岁以上', '18岁以上', '18周岁', '十八周岁', '18+'],
    severity: 'block',
    message: '疑似私下发送色情图片（以成年为暗示）',
    window: 60,
    sentence: [/私下|单独|私发|偷偷|悄悄|另外发|小窗/, /(?:发|传)[^，。]{0,6}(?:看|图|照|张|视频|片)|[0-9一二两三几]+张/],
    notAfter: /^(?:人(?:用|款|尺码|码|装|鞋|服)|款|尺码|码)/,
    notSentence: [WARNING, /未成年|酒|烟|电子烟|身份证|实名|年满|彩票|尺码|色差|实拍|细节图|瑕疵|发货|快递/],
  },
  // Adult media offered with a wink and a private send: 兄弟你要的那种小视频我这有，懂的都懂，私聊发你. Traps: 价格懂的都懂，视频里有展示.
  {
    words: ['懂的都懂', '懂得都懂', '你懂的', '您懂的', '你懂得', '您懂得'],
    severity: 'block',
    message: '疑似传播色情内容（暗语）',
    window: 24,
    sentence: [/小视频|视频|片子|小电影|资源|福利|网站|那种图|写真|尺度/, /私聊|私发|发你|发您|私我|单独发|我这(?:儿|里)?有|有的是/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /价格|优惠|直播间|教程|开箱|测评|展示|使用方法/],
  },
  // Nodes to reach foreign sites, given away or sold: 想看国外的网站吗？我们有稳定的节点，买奶粉送一年. Traps: 物流节点更新.
  {
    words: ['节点', '国外的网站', '国外网站', '外国网站', '境外网站', '国外的app', '境外app'],
    severity: 'block',
    message: '提供翻墙工具，属于违法内容',
    window: 30,
    sentence: [/节点|加速|梯子|翻墙|科学上网/, /国外|外国|境外|外网|送|稳定|包月|包年|[一半两0-9]+(?:个)?(?:年|月)/],
    notSentence: [WARNING, VPN_INNOCENT, /物流|快递|包裹|清关|轨迹|运输|配送|中转|仓/],
  },
  // A false claim put in the buyer's mouth for the platform or the courier, the payout shared: 您就说快递送来的时候盒子就是空的，
  // 平台肯定判我们赔，钱咱俩分. Traps: 有问题您就说，我们马上处理; 您就跟客服说订单号.
  {
    // Round 40 (t40a): …or for an insurer, the damage said to be the carrier's (您就说收到的时候轮子就是裂的…跟保险公司说是运输破损，…赔下来，
    // 钱咱们一人一半). Trap: 您如实跟保险公司说明实际情况.
    words: ['您就说', '你就说', '就说是', '就跟平台说', '跟平台说', '就跟客服说', '跟客服说', '跟快递说', '跟保险公司说', '就跟保险公司说', '跟保险说'],
    severity: 'block',
    message: '教唆买家以虚假理由索赔或退款，扰乱平台秩序',
    window: 30,
    sentence: [/平台|客服|售后|审核|快递|理赔|保险|运费险|保价/, /(?:判|赔|退)(?:您|你|我们|全款)|钱[^，。]{0,4}分|空的|空盒|没收到|丢了|坏了|坏的|破了|裂的|碎了|碎的|摔坏|运输(?:中|途中|时)?(?:破损|损坏|摔)|赔(?:下来|出来|到手)|能赔|假的|少了|少件/],
    notSentence: [WARNING, /如实|实际情况|真实|不要|请勿|随时|有问题(?:您|你)?就说|订单号|单号/],
  },
  // Adult media by how far it goes: 要那种片吗？日本的，尺度大，加钱单独发网盘链接. Traps: 泳装尺度大的款式已下架.
  {
    words: ['尺度大', '尺度很大', '尺度不小', '尺度够', '大尺度', '尺度超大'],
    severity: 'block',
    message: '疑似传播色情内容',
    window: 30,
    sentence: [/片|视频|照片|图|写真|资源|电影|网盘/, /发|链接|网盘|私|加钱|要吗|有/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /泳装|泳衣|比基尼|下架|款式|设计|剪裁|优惠|折扣/],
  },
  // The prescription waived however it is worded: 我们这边不需要您提供任何处方，直接拍. Traps: 非处方药不需要处方.
  {
    words: ['处方'],
    severity: 'block',
    message: '无处方售卖处方药，属于违法内容',
    before: /(?:不需要|不用|无需|不要|免|不看)(?:您|你)?(?:再)?(?:提供|出示|上传|开|拿|给)?(?:任何)?(?:的)?$/,
    sentence: /拍|发|卖|寄|下单|买/,
    deniable: false,
    notSentence: [WARNING, WAIVER_NEGATED, /非处方|不是药|维生素|膳食|遵医嘱|不卖|下架|(?:我们|本店)(?:也)?没有|不需要处方的|无需处方的/, NOT_A_DRUG, NO_PRESCRIPTION_GOODS_TOLD],
  },
  // Property attacked at the buyer's home, the classic intimidation: 再给差评我就让人上你家门口泼油漆. Traps: 门口油漆未干请绕行, 泼水节.
  {
    // Round 14 (t14): fire, smashing or bombing in any verb form aimed at a party (我就去他们门口放把火, 一把火烧了他们仓库, 砸了他们的店,
    // 炸了他们办公室). Traps: 火锅底料放火上煮, 冬天注意防火.
    words: ['泼油漆', '泼红油漆', '泼红漆', '泼粪', '泼大粪', '砸玻璃', '砸窗户', '砸你家', '砸您家', '砸门', '堵你家', '堵门口', '放火烧', '放把火', '放一把火', '一把火烧', '点把火', '放火', '烧了他们', '烧了你', '砸了他们', '砸了你', '砸烂他们', '炸了他们', '炸了你', '把他们店砸', '把他们仓库烧'],
    severity: 'block',
    message: '以暴力或毁坏财物相威胁，属于违法内容',
    window: 24,
    notAfter: /^(?:锅|上|炉|机)/,
    sentence: /你家|您家|门口|家门|小区|找人|让人|叫人|派人|上门|差评|投诉|退款|他们|看谁|仓库|办公室|店|我就|老子/,
    notSentence: [WARNING, /未干|绕行|装修|物业|保险|消防|报警|防火|新闻|电视剧|电影|火锅|烧烤|烤箱|炉/],
  },
  // The VPN account given away with an order: 下单就送一个翻墙梯子账号，一年有效. Traps: 铝合金梯子送货上门.
  {
    words: VPN_WORDS,
    severity: 'block',
    message: '提供翻墙工具，属于违法内容',
    sentence: /账号|帐号|会员|有效期|[一半两0-9]+年有效|永久有效|激活码/,
    notAfter: VPN_NOT_AFTER,
    notSentence: [WARNING, VPN_INNOCENT],
  },
  // Round 14 (t14): not the invoice asked for in the order page's own form (在订单页申请发票时选“增值税专用发票”填公司信息就行).
  // Round 12 (t12b): a label or paper's field filled in as the buyer likes (原产地想写法国写法国，想写日本写日本; 生产日期可以按您要求改;
  // 发票内容写办公用品就行，开多少您定; 货值您说填多少就填多少). What every wording holds: a field only the maker, customs or the tax
  // office may fill (FILLED_FIELD) and the shop handing its content to the buyer's choice (AT_WILL). Not the buyer's own details
  // (发票抬头写公司名就行, 收货地址写您方便的) or a fact stated (生产日期印在罐底).
  {
    words: ['原产地', '产地', '生产日期', '保质期', '有效期', '批号', '品名', '背标', '中文标签', '标签', '货值', '申报价', '申报金额', '报关价', '内容', '金额', '发票'],
    severity: 'block',
    message: '按买家意愿伪造标签、单据或发票内容，属于违法内容',
    after: AT_WILL,
    // Round 14 (fa14): …nor the buyer's own company details asked for (申请发票时选“增值税专用发票”填公司信息就行, 写上单位名称和税号即可).
    notAfter: /^(?:抬头|地址|收货|备注|的?联系)|^[^，。]{0,16}?(?:填|写|输入|录入)(?:上|好|入|一下)?(?:您的?|你的?|贵)?(?:公司|单位|企业)(?:的)?(?:信息|名称|名字|全称|税号|资料|抬头)(?:和(?:税号|地址|电话|开户行))?(?:就行|就好|就可以|即可)/,
    sentence: /原产地|产地|生产日期|保质期|有效期|批号|品名|背标|标签|货值|申报|报关|发票|票|开票|fapiao|fp/,
    notSentence: [WARNING, /不能|不可以|无法|不支持|按实际|如实|以实际|真实|抬头|订单页|申请发票|公司信息|税号/],
    reach: 24,
    grow: true,
  },
  // …and, for origin, dates and declared value only, the choice given as alternatives (产地写意大利也行，写法国也行; 生产日期标今年也行).
  // An invoice's content may lawfully be itemised or grouped (发票内容写明细也可以，写大类也行), so not 内容/发票 here.
  {
    words: ['原产地', '产地', '生产日期', '保质期', '有效期', '批号', '货值', '申报价', '申报金额', '报关价'],
    severity: 'block',
    message: '按买家意愿伪造标签、单据或发票内容，属于违法内容',
    // Round 19 (fa19di): not a paper named by its field (原产地证, 产地证明) nor what it already says (原产地证上写得很清楚，报关单也可以提供:
    // 写得/写着/写明 state a fact, no choice is offered).
    after: /^[^。！？]{0,12}?(?:写|填|标|印)(?![得着明的了有])[^，。]{1,8}(?:也行|都行|也可以|都可以)/,
    notAfter: /^(?:证|证明|证书)/,
    notSentence: [WARNING, /不能|不可以|无法|不支持|按实际|如实|以实际|真实|抬头|订单页|申请发票|公司信息|税号/],
    reach: 24,
    grow: true,
  },
  // Round 12 (t12b): someone else's personal data looked up or handed over (我可以帮您看看他最近寄到哪个地址了; 能查任意手机号的实名、开房和出行
  // 记录; 那个差评买家的手机号和住址我都有), or any buyer's data sold (您留的地址和电话，我们可以卖给需要的商家). A data noun, a third person or
  // an open-ended 任意 in the sentence, and the shop offering to look, send or sell. Not a refusal (不能提供其他买家的信息) or the buyer's own
  // order (请核对您的收货地址和电话).
  {
    words: ['手机号', '电话号', '电话', '住址', '住哪', '住在哪', '家在哪', '地址', '身份证号', '身份证', '实名', '开房', '出行记录', '行程', '真实姓名', '联系方式', '个人信息', '聊天记录', '购买记录'],
    severity: 'block',
    message: '查询、泄露或出售他人个人信息，属于违法内容',
    window: 30,
    sentence: [THIRD_PERSON, DATA_OFFERED],
    // Round 23 (t23b): the addressee's own data (你手机号, 您的地址, 您留的手机号) is nobody else's: a menace with it is 2.5, not 2.7.
    // Round 29 (t29b): …nor a delivery form's field the buyer fills with a colleague's or friend's number (收件人填前台同事的名字和电话;
    // 收货人写朋友的电话): the data goes to the courier from the buyer, the shop offers nobody's.
    notBefore: /(?:你|您)(?:的)?(?:留的|预留的|填的|绑定的|收件|收货|下单|注册)?(?:的)?$|(?:收件人|收货人|联系人|收件信息|收货信息)(?:那里|那栏|一栏|这里|这一栏)?(?:就|直接|可以)?(?:填|填写|填上|写|写上|留|留下)(?!我|我们)[^，。！？]{0,10}$/,
    // Nor the courier's or the shop's own numbers given for the delivery (快递员的电话我发给您，您直接联系他).
    notSentence: [WARNING, /不能|不可以|无法|不会|不提供|不透露|不泄露|保护|隐私|保密|请(?:您)?(?:核对|确认|提供|填写|修改)|本人|签收|快递|派送|配送|骑手|师傅|物流|客服电话|售后电话|仓库|门店/,
      // Round 45 (t45k): a phone scam warned of — the shop never charging by phone, the call to hang up on, the caller posing as someone
      // (我们从不电话收费，遇到直接挂掉; 自称厂家回访的电话): the 电话 is the scammer's call, not someone's number offered.
      /(?:从不|从来不|绝不|不会)[^，。！？]{0,3}(?:打|用|通过)?电话|(?:遇到|接到|碰到)[^，。！？]{0,8}?挂(?:掉|断)|(?:有人|对方|骗子)[^，。！？]{0,12}(?:自称|冒充)/],
    hypothetical: true,
  },
  {
    words: ['手机号', '电话', '住址', '地址', '身份证号', '实名信息', '个人信息', '买家信息', '客户信息', '客户资料', '订单信息'],
    severity: 'block',
    message: '出售买家个人信息，属于违法内容',
    window: 30,
    // (round 51, fa51: not the shop's goods sold only to some buyers — 酒类只卖给年满18周岁的用户，平台会核验实名信息)
    sentence: /(?<![只仅不])卖给|出售给?|转卖|倒卖|打包卖|一条[0-9一二两三五十几]+(?:毛|块|元)|按条(?:卖|收费|算)/,
    notSentence: [WARNING, /不会|不能|绝不|从不|不得|保护|隐私|保密|泄露/],
  },
  // Round 31 (t31d): a "more thrilling" look at clothes or a model offered to the buyer (想看更刺激的穿搭效果; 还有更劲爆的上身图，想看吗): a hint
  // at sexual content, warned — the thrill names no garment's feature. Not a skin's or a food's 刺激 (刺激性, 不刺激皮肤, 辣), nor colours.
  {
    words: ['刺激', '劲爆', '露骨'],
    severity: 'warn',
    message: '疑似暗示色情内容',
    before: /(?:更|更加|再|还要|超|特别|最|很)(?:加)?$/,
    after: /^(?:一点|点|些|一些)?的?(?:穿搭|上身|买家秀|模特|真人|照片|图片|视频|内容|图|照)/,
    sentence: /想看|看看|要看|要不要|给(?:您|你)看|发(?:您|你)|私发|单独发|看的话|吗|懂的/,
    notSentence: [WARNING, /刺激性|过敏|敏感|皮肤|肌肤|面膜|护肤|成分|辣|口味|味道|游戏|过山车|运动|配色|颜色|撞色|色彩|销量|卖得|抢购|活动|优惠|折扣|价格/],
  },
  // Round 12 (t12b): uncensored or explicit media offered to the buyer (这款睡衣的买家秀都是没打码的，想看的话…我打包发您; 真人上手的视频我可以
  // 单独发您一份，尺度那叫一个大; 私房照尺度超大，加钱单独发): an explicitness word and the media sent on the side. Not a parcel's label or
  // a review's privacy (快递单没打码，请注意隐私), or 尺度 of a garment described (泳衣尺度不大).
  {
    words: ['尺度'],
    severity: 'block',
    message: '疑似色情内容',
    after: /^(?:那叫一个|是真的|真的|非常|特别|超级?|相当|巨|贼|绝对|可|够|很|太|极|有点|比较)?(?:大|猛|够|足|爆|惊人|劲爆|刺激)/,
    sentence: [/视频|照片|照|图|买家秀|片|合集|私房|真人/, /发(?:您|你)|私发|单独发|打包发|给(?:您|你)发|想看|看的话|加钱|另外发|备注|😉|懂的/],
    notSentence: [WARNING, /快递单|面单|隐私|地址|电话|手机号|订单号|车牌|隐藏|删除|投诉|儿童|宝宝/],
  },
  {
    words: ['没打码', '不打码', '未打码', '没有打码', '没马赛克', '无马赛克', '不打马赛克', '没有马赛克', '去码', '去马赛克'],
    severity: 'block',
    message: '疑似色情内容',
    sentence: [/视频|照片|照|图|买家秀|片|合集|私房|真人/, /发(?:您|你)|私发|单独发|打包发|给(?:您|你)发|想看|看的话|加钱|另外发|备注|😉|懂的/],
    notSentence: [WARNING, /快递单|面单|隐私|地址|电话|手机号|订单号|车牌|隐藏|删除|投诉|儿童|宝宝/],
    deniable: false,
  },
  // Round 12 (t12b): goods brought across the border off the books, said outright or with the verb in quotes (这批燕窝没有溯源码是因为从边境那边
  // “走”过来的; 货是边境小路背进来的; 从边境那边绕过来的，不用过海关). Not goods cleared at a border port (从边境口岸正规报关进来的).
  {
    words: ['边境', '边界', '边防', '国境'],
    severity: 'block',
    message: '暗示商品走私入境，属于违法内容',
    after: /^(?:那边|这边|小路|线|上|山路|那头)?[^，。]{0,6}?(?:“|"|『|「)?(?:走|带|背|运|绕|偷运|偷渡|扛|拎|捎|弄|过)(?:”|"|』|」)?(?:过来|进来|进|回来|过|来)/,
    notSentence: [WARNING, /报关|清关|口岸|检疫|正规|合法|海关监管|申报|旅游|旅行|风景/],
    hypothetical: true,
  },
  // Round 40 (t40d): …or carried over it by air with the watch said to miss it (无人机挂钩能吊两公斤，送东西过边境很方便，晚上飞雷达也看不到;
  // 挂个货过国境线，夜里飞没人发现). Traps: 边境地区禁飞; 无人机不能飞过边境; 送货到边境口岸正规报关.
  {
    words: ['边境', '国境', '边界', '边防线', '国境线', '边境线'],
    severity: 'block',
    message: '暗示以无人机等方式偷运货物出入境，属于违法内容',
    before: /(?:送|运|带|捎|吊|挂|飞|弄|偷运|偷送|投)(?:个|点|些)?(?:东西|货|货物|包裹|烟|人|过去)?(?:过|越过|飞过|穿过|翻过|到对面)$/,
    window: 40,
    sentence: /雷达|晚上|夜里|半夜|夜间|凌晨|看不到|看不见|查不到|发现不了|没人发现|没人管|躲开|避开|绕开|绕过|无人机|吊|挂钩|方便|悄悄|偷偷/,
    notSentence: [WARNING, /口岸|报关|清关|正规|合法|禁飞|不能|不可以|不要|别|违法|申报/],
  },
  // Round 12 (t12b): something slipped into a parcel on the quiet (奶粉罐里可以顺带夹点“糖”，之前帮好几个老客带过，都没出过事😏; 箱子里塞一点
  // 别的，查不到): a slipping verb and the hint that it must not be seen. Not samples or padding (包裹里夹点小样, 塞点泡沫纸).
  {
    words: ['夹点', '顺带夹', '夹一点', '夹几', '塞点', '塞一点', '塞几', '藏点', '藏一点', '藏几', '顺便带点', '顺带点', '捎点', '捎一点'],
    severity: 'block',
    message: '暗示在包裹中夹带违禁物品，属于违法内容',
    window: 40,
    sentence: /没出过事|出不了事|不会出事|查不到|查不出|不会被查|过得去|别声张|别提|别说|懂的|懂吧|😏|🤫|带过|(?:“|")[^”"]{1,4}(?:”|")/,
    notSentence: [WARNING, /小样|赠品|试用装|泡沫|气泡|防震|干燥剂|冰袋|说明书|贺卡|礼品卡|发票|纸巾|赠送/],
  },
  // Round 12 (t12b): customs promised no obstacle for goods that need a way round it (不过我们有门路…过海关没问题，您放心下单; 这种药我们有渠道，
  // 包过海关). A promise and a way round in the window. Not the shop's cleared goods (正规报关，过海关没问题).
  {
    words: ['过海关没问题', '过关没问题', '过海关没事', '过关没事', '海关不会查', '稳过海关', '包过海关', '包过关', '海关那关没问题', '海关那边没问题'],
    severity: 'block',
    message: '暗示规避海关监管运送受限物品，属于走私',
    window: 40,
    sentence: /门路|渠道|分装|装进|装到|瓶子|禁止进口|禁止入境|违禁|不让(?:进|带|寄)|过不了|别(?:多)?提|不要(?:在这里)?(?:多)?提|别声张|懂的/,
    notSentence: [WARNING_NO_GATE, /正规报关|如实申报|备案|完税|跨境电商渠道|保税/],
  },
  // Round 12 (t12b): a gambling lure by easy money from playing (可以玩玩我朋友做的“彩”，一天赚回好几罐奶粉钱不是梦; 押一把就能把运费赢回来;
  // 玩两局就回本): a play word and a quick win promised. Not a shop game for points (玩游戏赚积分) or a lucky draw.
  {
    words: ['赚回', '赢回', '回本', '一天赚', '日赚', '稳赚', '翻倍', '翻几倍', '翻番', '赚好几', '赚个'],
    severity: 'block',
    message: '疑似赌博内容',
    window: 30,
    sentence: [/玩(?:玩|两把|几把|一把|两局|几局|一局)?|押|下注|彩|买一把|搏一把|赌/, /朋友做的|群里|平台|网址|私聊|带(?:您|你)|一把|一局|几局|两把|几把|不是梦|包赚|稳|轻松|“彩”|彩票/],
    notSentence: [WARNING, /积分|优惠券|抽奖活动|金币|游戏币|会员|签到|理财|基金|股票|不是赌/],
  },  // Round 36 (t36a, batch FF): protected wildlife sold with its gate told — a trade ban stated, the listing or the waybill hiding the name, or
  // none to be had new at home (沙图什…国际上禁止交易，所以页面只写“高端羊绒”; 象牙的…页面不写品名) — where the plain wildlife cue above
  // wants a sale word in the same sentence. Traps: 藏羚羊是保护动物，沙图什禁止交易，请勿购买; 仿象牙的树脂手串.
  {
    words: [...WILDLIFE_PRODUCTS, '熊胆'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    notBefore: /(?:仿|人造|树脂|塑料|亚克力|猛犸)$/,
    // (round 62, eng62a: …nor the budgerigar or a dish named for the tiger's stripes — 虎皮鹦鹉, 虎皮蛋糕, 虎皮青椒, 虎皮凤爪)
    notAfter: /^(?:白|色|黄|红|塔|果|瓷|纸|米|纹|框|花纹|款镜|眼镜|板材|图案|造型|皮纹|鹦鹉|蛋糕|青椒|尖椒|辣椒|凤爪|鸡爪|鸡蛋|猫|卷|兰)/,
    window: 60,
    sentence: WILDLIFE_GATE,
    notSentence: [WARNING_TRADE_GATE, /保护动物|请勿|勿购|不要买|别买|切勿|不卖|不出售|不收|没有货|仿制|仿品|合成|替代|人造|树脂/],
    unless: (ctx, start, end) => imitationByNature(ctx, start, end) || animalFigure(ctx, start, end),
  },
  // Round 40 (t40i): …or the product named by the animal's body it comes from (料子是大象身上的那个，所以标题写的是“白玉骨”，平台搜不到) beside the
  // same gate. Not a print or a toy's part (大象身上的花纹, 老虎身上的条纹图案), nor the trade refused.
  {
    words: ['大象身上', '象身上的', '大象嘴里', '大象的牙', '犀牛身上', '犀牛头上', '犀牛鼻子上', '穿山甲身上', '老虎身上', '豹子身上', '玳瑁身上', '藏羚羊身上', '熊身上'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    notAfter: /^(?:的)?(?:花纹|图案|条纹|斑纹|纹|颜色|毛色|印花|刺绣|衣服|装饰|造型|扣子|口袋|毛|皮肤|泥|水)/,
    window: 60,
    sentence: [/料|材质|珠|手串|手镯|牌|雕|摆件|做的|制品|原料|那个|那种/, WILDLIFE_GATE],
    notSentence: [WARNING_TRADE_GATE, /保护动物|请勿|勿购|不要买|别买|切勿|不卖|不出售|不收|没有货|仿制|仿品|合成|替代|人造|树脂|玩具|玩偶|公仔|绘本/],
    unless: (ctx, start, end) => imitationByNature(ctx, start, end) || animalFigure(ctx, start, end),
  },
  // Round 36 (t36a): ivory or horn by its trade euphemism (老料, 白料, 象料, 牙料) told by its colour or grain and a wink or a ban at home
  // (刀柄是老料，白色的…您懂的，国内买不到新的了). Traps: 老料黄花梨的纹理, 老料沉香手串 (no white, no wink), 牙膏.
  {
    // Round 41 (t41b): also 白牙 (not 美白牙齿, 白牙膏), and the listing set down as another thing (没证，上架写白色手镯).
    words: ['老料', '白料', '象料', '牙料', '老象', '老牙', '白牙'],
    severity: 'warn',
    message: '疑似以暗语买卖象牙等野生动物制品',
    notBefore: /(?:美|洗|亮|护|一口|露出|小)$/,
    notAfter: /^(?:膏|刷|齿|医|科|贴|笔|仪|粉|剂|效果|神器|套装)/,
    window: 40,
    sentence: [
      /(?:您|你)懂(?:的|得|吧)|懂的都懂|懂行的|识货的|明白人|不好明说|不能明说|不方便说|国内(?:已经|现在)?(?:买不到|禁|不让|不能(?:卖|交易|买卖))|买不到新的|不能上架|不(?:写|标)(?:真实)?(?:品名|名字)|(?:上架|标题|页面|链接|品名|商品页|详情页)(?:上|里|时)?(?:我们|都|就|只)?(?:写|标|挂)(?:的是|的|成|作|着)?(?!清楚|明白|真实|实际)[一-龥]{2}/,
      /白(?:色|的|润|料)|象|(?<![刷膏])牙(?![膏刷齿])|犀|玳瑁/,
    ],
    notSentence: [WARNING, /仿|树脂|骨粉|牛骨|骆驼骨|猛犸|蜜蜡|琥珀|沉香|黄花梨|紫檀|檀木|玉/],
  },
  // Round 36 (t36a): a weapon told by what it pierces and kept from the open shop (气动的…能穿透两公分木板，一般人我们不卖; 弹弓…打穿铁皮，
  // 拆开发不会被查). Traps: 水弹枪打不穿纸, 这把刀能切穿冻肉, 手电能穿透雾.
  {
    words: ['穿透', '打穿', '击穿', '射穿', '射透', '打透'],
    severity: 'block',
    message: '疑似售卖枪支、弓弩等管制器具',
    window: 40,
    sentence: [
      /枪|弩|弓|箭|弹弓|钢珠|气动|气压|打气|焦耳/,
      /[0-9一二两三四五六七八九十几半]+(?:公分|厘米|毫米|mm|cm|寸)?(?:厚)?的?(?:木板|钢板|铁板|铁皮|玻璃|砖)|木板|钢板|铁板|铁皮|易拉罐|啤酒罐|铁罐|头盔|野猪|猎物|伤人/,
      new RegExp(`${KEPT_FOR_INSIDERS.source}|一般人(?:我们)?(?:都)?不(?:卖|给)|不会被查|查不出|查不到|拆(?:成|开)|分开(?:发|寄)|私下|防身|打猎|狩猎`),
    ],
    notSentence: [WARNING, /玩具|水弹|软弹|泡沫|吸盘|儿童|打不穿|穿不透/],
  },
  // Round 36 (t36a): a device said to fell a person with a shock or a spray (按住两秒灯头会放电，电压够把人放倒; 对着坏人一按就电晕) — a
  // stun gun however it is dressed. Traps: 电蚊拍能把蚊子电晕, 这款按摩仪电流很小不会电到人, 把人放倒的是酒.
  {
    words: ['放倒', '电晕', '电倒', '电趴', '击晕', '击倒'],
    severity: 'block',
    message: '疑似售卖电击器等管制器具',
    before: /(?:人|对方|坏人|歹徒|色狼|流氓|他|她|一个成年人|成年人)(?:直接|当场|瞬间|马上|一下)?$/,
    sentence: /电|放电|电压|伏|喷|防身|防狼/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /蚊|苍蝇|虫|酒|醉|拳击|游戏|电影|剧/],
  },
  // Round 36 (t36a): a range and the bolts for it (射程五十米左右，配钢箭, 拆成两个包裹发) — a crossbow or a bow sold as a weapon. Traps: 水枪射程十米,
  // 手电射程三百米, 反曲弓射箭馆用的碳素箭.
  {
    words: ['射程', '钢箭', '弩箭', '钢珠弹', '铅弹', '猎箭'],
    severity: 'block',
    message: '疑似售卖弓弩、枪支等管制器具',
    window: 50,
    sentence: [
      /射程|[0-9一二两三四五六七八九十几百]+米/,
      /钢箭|弩箭|猎箭|钢珠|铅弹|子弹|弹丸|打猎|狩猎|野猪|打鸟|不上架|没上架|不会被查|查不出|拆成|分开(?:发|寄)|一般人/,
    ],
    notSentence: [WARNING, /水枪|玩具|儿童|泡泡|水弹|软弹|吸盘|灭火|喷雾器|浇水|手电|照射|射灯|照明|靶场|射箭馆|俱乐部/],
  },
  // Round 36 (t36a): a stake pooled and taken whole by the winner, rolled over when nobody wins (每人押20块，抽到隐藏款的人拿走整个池子，没人抽到
  // 就滚到下一期). Traps: 直播间福袋奖池是平台出的，免费参与; 奖池里的优惠券.
  {
    words: ['池子', '奖池', '彩池', '滚到下一期', '滚到下期', '滚入下期', '滚存', '滚到下一轮'],
    severity: 'block',
    message: '组织押注分奖池，属于赌博内容',
    window: 50,
    sentence: [/押|下注|每人(?:出|交|凑|投)|凑钱|入池|本金/, /拿走|赢走|通吃|全拿|独得|全归|归(?:他|她|谁|赢家)|滚到|滚入|滚存|翻倍|赢/],
    notSentence: [WARNING, /免费|不花钱|不收费|平台(?:出|发)|官方|优惠券|积分|押金/],
  },
  // …or the whole stake taken with no pool named (一人凑五十，谁开出隐藏款谁全拿走; 每人押两百，赢家通吃). Traps: 凑单满减, 拼团每人出20，成团后平分.
  {
    words: ['全拿走', '全部拿走', '拿走全部', '都拿走', '通吃', '赢家通吃', '全归他', '全归她', '全归谁', '全归赢家', '独吞'],
    severity: 'block',
    message: '组织押注分奖池，属于赌博内容',
    window: 40,
    sentence: /押|下注|(?:每人|一人|每个人)(?:出|交|凑|投|押)|凑钱|凑(?!单)[0-9一二两三五十百]+/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /免费|不花钱|不收费|优惠券|积分|押金/],
  },
  // Round 36 (t36a): the declared value set by a figure below what the goods are worth (按两百块申报，实际值一千多; 报关填五十美元，其实要三千).
  // Traps: 按实付金额申报, 您付了299元就按299元申报, 超过五千要如实申报.
  {
    words: ['申报', '报关', '报价值', '报货值'],
    severity: 'block',
    message: '低报货值、逃避关税，属于违法内容',
    window: 40,
    sentence: [
      /(?:按|报|写成?|填成?|申报成?)[0-9一二两三四五六七八九十百千几]+(?:块|元|美元|刀|日元|欧|镑)/,
      /实际(?:上)?(?:值|价值|要|卖)|其实(?:值|要)|真实(?:价|价格|价值|货值)|原价(?:是|要)?[0-9一二两三四五六七八九十百千几]|别声张|少交|税少|省(?:了)?税|不用交税|不交税|避税/,
    ],
    notSentence: [WARNING, /如实|按实际|实付|成交价|不能低报|不会低报/],
  },
  // Round 36 (t36a): a drug test timed around (比赛尿检前停两周就行; 药检前三天停掉) beside a course of training drugs — doping coached. Traps: 做尿检前一天
  // 停用维C泡腾片，会影响结果 (a clinic's advice).
  {
    words: ['尿检', '药检', '血检', '兴奋剂检测', '赛前检测'],
    severity: 'block',
    message: '教唆规避药检，涉及兴奋剂等违禁药物',
    window: 40,
    sentence: [
      /前[^，。！？]{0,4}?(?:停|断)(?:药|用|掉|针)?|(?:停|断)(?:药|用|掉|针)?[一两三几0-9]+(?:天|周|个星期|星期)|躲过|避开|验不出|查不出|测不出/,
      /比赛|成绩|心肺|翻倍|车队|赛前|体能|耐力|爆发力|肌肉|打(?:一|两|几|[0-9])?(?:针|周|个疗程)|小针|针剂/,
    ],
    notSentence: [WARNING, /医生|医院|体检|影响结果|维c|维生素/],
  },
  // Round 36 (t36a): an invoice written as a service never bought (想开“培训费”还是“会务费”都行; 品目可以开成咨询费，不用按实际商品开) — the expense
  // category offered as a choice. Traps: 发票内容只能按实际商品开, 我们是培训机构，发票项目是培训费.
  {
    words: ['培训费', '会务费', '会议费', '咨询费', '劳务费', '餐饮费', '住宿费', '技术服务费', '办公费'],
    severity: 'block',
    message: '发票品目与实际商品不符（虚开发票），属于违法内容',
    window: 30,
    sentence: [
      /发票|开票|专票|普票/,
      /(?:还是|或者|或是?)[^，。！？]{0,5}费|费(?:都|也)(?:行|可以)|想开|随(?:您|你)|(?:不用|不必|不需要|无需|可以不|不)按实际|金额[^，。！？]{0,8}(?:预算|上限)/,
    ],
    notSentence: [WARNING, /(?:只能|必须|都是|一律|只)按实际/],
  },
  // Round 36 (t36a): the item or amount on an invoice freed from what was bought (不用按实际商品开, 可以不按实际金额开). Traps: 发票只能按实际商品开,
  // 不按实际开的话有税务风险，我们不做.
  {
    words: ['按实际', '按实付', '按实际商品', '按实际金额'],
    severity: 'block',
    message: '发票不按实际交易开具（虚开发票），属于违法内容',
    before: /(?:不用|不必|不需要|无需|可以不|用不着)$/,
    // (the 不用 before it frees the invoice from the facts; it denies no offer)
    deniable: false,
    window: 30,
    sentence: /发票|开票|专票|普票|开|报销/,
    notSentence: [WARNING, /风险|不行|不可以|不能|不允许|不做|没法/],
  },
  // Round 36 (t36a): a kickback to the one who buys for an employer, from the price difference (单位采购…差额部分我们私下返给您个人; 公司报销的话
  // 回扣打您私人卡上). Traps: 差价原路退回, 多付的差额退到您的账户, 降价补差价给您（平台价保）.
  {
    words: ['差额', '差价', '回扣', '好处费'],
    severity: 'block',
    message: '私下返还差额或回扣（商业贿赂），属于违法内容',
    // (paid to the person who buys for an employer: a price difference refunded to the buyer's own account is not it)
    window: 60,
    sentence: [
      /私下(?:返|给|退|打|转)|(?:返|给|退|打|转)(?:给)?(?:您|你)(?:的)?(?:个人|私人)|回扣|好处费/,
      /单位|公司|采购|团建|报销|预算|发票|公款|公家|集采|老板/,
    ],
    notSentence: [WARNING, /原路|平台退|不给|不收|不搞|不做/],
  },
  // Round 36 (t36a): a figure's clothes taken off for the nude underneath, winked at (衣服可以拆，拆完就是“全里版”，绅士都懂) — adult goods sold as a
  // hint. Traps: 娃娃的衣服可以拆下来洗, 可换装的手办.
  {
    words: ['绅士都懂', '绅士懂的', '绅士们都懂', '绅士们懂的', '绅士向', '全裸', '全luo', '裸体版', '全裸版', '脱衣版', '无衣版'],
    severity: 'block',
    message: '疑似色情内容',
    window: 50,
    sentence: /手办|模型|娃|人偶|玩偶|公仔|雕像|版|图|视频|拆|脱|衣服|细节|看不出|包装/,
    notSentence: [WARNING, /宝宝|婴儿|新生儿|洗澡|艺术|雕塑课|美术/],
  },
  {
    words: ['拆完', '脱完', '脱掉', '可脱', '拆掉衣服', '脱了衣服', '脱下'],
    severity: 'block',
    message: '疑似色情内容',
    window: 50,
    sentence: [/手办|模型|娃|人偶|玩偶|公仔|雕像|衣服/, /绅士|lsp|老司机|(?:你|您)懂的|懂的都懂|懂的人|福利|18禁|r18|成人|看不出来/],
    notSentence: [WARNING, /宝宝|婴儿|洗|换装|清洗/],
  },
  // Round 36 (t36a): cream chargers sold to be breathed from a balloon (奶油气弹…打进气球吸一口就行) — nitrous oxide as a drug. Traps: 奶油气弹配裱花枪
  // 做蛋糕, 气球不能吸氦气.
  {
    words: ['气球'],
    severity: 'block',
    message: '疑似涉及笑气（吸入）',
    window: 40,
    // (round 40, t40l: …or the cream named near, the chargers bought by those who bake nothing — 不做蛋糕也能买的，好多年轻客人是买来打进气球里吸着玩的)
    sentence: [/(?:吸|嘬|嗦|闻)(?:一|两|几)?口|吸着|吸了|吸完|一吸|吸进|吸才|吸起来|拿来吸|来吸|气球[^，。！？]{0,4}吸/, /气弹|奶油弹|笑气|钢瓶|气瓶|气罐|奶油枪|一氧化二氮|n2o|淡奶油|打发|不做蛋糕/],
    notSentence: [WARNING, /氦|不能吸|别吸|不要吸|勿吸|禁止吸/],
  },
  {
    // Round 40 (t40a): …or bought to be breathed for a high (好多人买来直接吸着嗨, 夜场拿来吸着high) — a verb of inhaling with its aspect, or the
    // high itself. Traps: 吸管, 严禁吸食.
    words: ['奶油气弹', '气弹', '奶油弹', '发泡气弹', '一氧化二氮', 'n2o'],
    severity: 'block',
    message: '疑似涉及笑气（吸入）',
    window: 40,
    // Round 42 (t42b): not the balloon as an accessory the shop will not sell (也不单卖气球之类的配件).
    sentence: /(?<!不(?:单独|单)?(?:卖|售|配|送|提供|附|带|附赠)|没有|不含)气球|吸(?:一|两|几)?口|一吸|吸(?:着|了|完|起来|一下|上)|(?:直接|拿来|买来|用来|专门)吸|飘|上头|嗨|high|爽翻|不是(?:用来|拿来)?(?:做|打)(?:奶油|蛋糕|裱花)/,
    // Round 42 (t42b): …nor the inhalation warned against (请勿吸入气弹里的气体).
    notSentence: [WARNING, /不能吸|别吸|不要吸|严禁吸|勿吸|禁止吸/],
  },
  // Round 36 (t36a): something unnamed added, told apart from the goods (加了点国外的“料”，不是咖啡因那么简单) with its effect or a secret kept (一杯能顶三天
  // 不困; 别告诉别人从哪买的) — the 料 with a word between, where the cue above wants 加了点料 whole. Traps: 加了点进口的香料, 奶茶加了点好喝的小料.
  {
    words: ['料'],
    severity: 'block',
    message: '暗示在商品中添加违禁成分',
    before: /加(?:了)?(?:点|些|一点|一些)[^，。！？]{0,5}的$/,
    window: 60,
    sentence: /上头|懂的|嗨|不困|不用睡|精神|别告诉|别跟别人|别外传|别超过|不是咖啡因|查不出|药|从哪买/,
    notSentence: [WARNING, /火锅|奶茶|配料|小料|珍珠|椰果|芝士|布丁|免费加|香料|调料|辅料|面料|原料/],
  },
  // Round 36 (t36a): days without sleep from one cup or pill (一杯能顶三天不困, 吃一粒两天两夜不用睡) — a stimulant's effect. Traps: 孩子三天不睡好,
  // 失眠三天不睡.
  {
    words: ['不困', '不用睡', '不睡觉', '不想睡'],
    severity: 'block',
    message: '疑似涉及毒品或违禁兴奋类药物（效果）',
    before: /(?:顶|撑|熬|连)?[两二三四五六七几0-9]+(?:天|夜|晚|宿)(?:[两二三四五六七几0-9]+(?:天|夜|晚))?(?:都|也)?$/,
    sentence: /一(?:杯|包|袋|颗|粒|片|口|支)|半包|喝|吃|吸/,
    notSentence: [WARNING, /失眠|睡不着|睡眠|孩子|宝宝|小朋友|婴儿/],
  },
  // …or nights without sleep from one dose (吃一粒能熬三个通宵). Traps: 这款咖啡陪您熬过两个通宵的加班 (no single dose that does it).
  {
    words: ['通宵'],
    severity: 'block',
    message: '疑似涉及毒品或违禁兴奋类药物（效果）',
    before: /(?:熬|撑|顶|连)[两二三四五六七几0-9]+个?$/,
    sentence: /一(?:杯|包|袋|颗|粒|片|口|支|针)(?:就|能|可以)/,
    notSentence: [WARNING, /失眠|孩子|宝宝|小朋友|婴儿/],
  },
  // Round 36 (t36a): a banned book or film offered, hidden in a parcel (海外出版的纪实摄影集，国内是禁的，夹在说明书里一起寄). Traps: 这本书是海外出版的
  // 原版，国内有引进版; 这款成分国内被禁，我们不卖.
  {
    words: ['禁书', '国内是禁的', '国内禁的', '国内被禁', '在国内是禁', '大陆禁', '被禁的', '禁止出版', '禁止发行', '禁版', '国内禁止出版', '国内不让出版', '国内不让卖'],
    severity: 'block',
    message: '涉及违禁出版物',
    window: 50,
    sentence: [/书|画册|摄影集|影集|杂志|刊|出版|纪实|碟|光盘|影片|纪录片|回忆录/, /卖|有|寄|夹|藏|拆|封面|私|要的话|感兴趣|手上有|一本/],
    notSentence: [WARNING_TRADE_GATE, /不卖|没有|不提供|不出售|不经营|下架/],
  },
  // Round 36 (t36a): the events of 1989 by their euphemisms (那年夏天广场上的事, 五月三十五日, 坦克人) offered or dwelt on. Traps: 六四分成, 六四开.
  {
    words: ['广场上的事', '广场的事', '广场那件事', '广场上那件事', '五月三十五', '5月35', '坦克人', '八九年的事', '89年的事', '八九那年', '六四'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    notAfter: /^(?:分|开|比|折|成|年|号|%)/,
    window: 50,
    sentence: /天安门|广场|学生|坦克|真相|禁|纪实|八九|89|那年|夏天|五月|感兴趣|分量|历史/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /广场舞|跳舞|促销|活动/],
  },
  // Round 36 (t36a): protest slogans of 2019 (光复香港，时代革命; 五大诉求，缺一不可) in any script. Traps: 本店所有商品由香港发货, 掀起一场护肤的时代革命 (no slogan pair).
  {
    words: ['光复香港', '五大诉求', '揽炒', '港人建国', '香港民族'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    notSentence: WARNING,
  },
  {
    words: ['时代革命'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    window: 40,
    sentence: /光复|港独|抗争|五大诉求|手足|攬炒|揽炒|黑警/,
    notSentence: WARNING,
  },
  // Round 37 (t37a, batch FJ): a drone's no-fly or height limit unlocked by other verbs (远程刷个固件，禁飞区和限高都能解开; 限飞区域帮您破解掉，
  // 收两百) — not the official unlock applied for (在官方App申请自定义解禁) nor the limit said to stay (禁飞区无法解锁).
  // (round 38, t38d: …or 解禁 done for the buyer — 禁飞区别去，我们帮您解禁就能飞)
  {
    words: ['禁飞区', '禁飞', '限飞区', '限飞', '限高', '限远', '电子围栏', '地理围栏', '飞行限制'],
    severity: 'block',
    message: '破解无人机禁飞限制，属于违法内容',
    notAfter: /^(?:杆|架|门)/,
    window: 30,
    sentence: [
      // Round 39 (t39g): …or a modified firmware flashed and the closed places said flyable (刷个改过的固件，机场边上、市区限高都能飞).
      // Round 40 (t40l): …or 解掉, and a third-party firmware flashed (帮您刷个第三方固件，把禁飞区和限高都解掉).
      /解开|解锁|解掉|破解|解除|(?<!官方|申请|自定义)解禁|去掉|去除|取消掉|关掉|屏蔽|绕开|绕过|刷(?:个|一下|一个|上)?(?:第三方|非官方|民间)?(?:的)?(?:固件|机)|改固件|无视|(?:改|魔改|破解)(?:过|好)?的固件|刷(?:个|一下|一个|上)?(?:改|魔改|破解)(?:过|好)?的/,
      /都能飞|随便飞|想飞哪|哪都能飞|随便|能飞|远程|固件|刷|收(?:您|你)?[0-9一二两三四五六七八九十百几]+|[0-9一二两三四五六七八九十百几]+(?:块|元)|服务/,
    ],
    // (round 41, t41c: …nor the buyer told not to get round it — 也不要改装固件绕开限制)
    notSentence: [WARNING, /申请|报备|审批|官方解禁|授权|(?:不能|无法|没法|不可以|不会|不支持|不提供|不做|不帮)[^，。]{0,4}(?:解|破解|刷|改)|(?:不要|别|不准|禁止|不得)(?:私自|擅自|自己|去|再)?(?:改装|改固件|刷机|刷固件|绕开|绕过|破解|解除)|请勿|切勿|千万别|遵守/],
  },
  // Round 37 (t37a): a drone flown at a place closed to it, told as safe from notice (军事禁区旁边…飞过去绕基地拍一圈没人管; 机场附近…离跑道近一点没事，
  // 雷达扫不到). Not the rule told (机场附近是禁飞区，起飞前在App里查一下) nor shipping by air.
  {
    words: ['军事禁区', '军事管理区', '军事基地', '军事区', '军营', '部队大院', '跑道', '机场', '核电站', '政府大院'],
    severity: 'block',
    message: '鼓励在禁飞区域飞行无人机，属于违法内容',
    window: 40,
    sentence: [
      // Round 39 (t39o): …the place said flyable with an adverb between (机场附近也照样能飞, 基地边上一样可以飞), or a modified firmware
      // flashed for it (刷上破解的固件，机场附近也照样能飞; 换了改过的固件，军事区旁边照飞) — the limit word left unnamed.
      /飞过去|飞到|飞近|飞进|飞一圈|飞一趟|飞着|飞过|飞去|起飞|航拍|拍一圈|绕着?(?:基地|机场|跑道)|(?:旁边|附近|周边|边上|上空|上面|外面)(?:也|都|照样|照|一样|还是|还|偷偷|随便)*(?:能|可以|敢)?(?:飞|拍)/,
      /没人管|没人查|没人发现|没人注意|扫不到|测不到|查不到|发现不了|不会被发现|没事|没关系|不要紧|问题不大|随便飞|照样(?:能|可以)?飞|照飞|(?:也|一样|都)(?:能|可以)飞|大胆飞|偷偷|(?:改|魔改|破解)(?:过|好)?的固件|刷(?:了|上|个|一下|一个)?(?:改|魔改|破解)(?:过|好)?的|破解(?:版)?固件/,
    ],
    notSentence: [WARNING, /禁飞|限飞|不能飞|不可以飞|别飞|不要飞|别去|不要去|远离|避开|飞不了|无法起飞|自动(?:返航|限制|降落)|报备|申请|审批|合规|遵守|法规|接送|航班|托运|登机|安检|快递|物流|发货|到货|清关|值机|行李/],
  },
  // Round 37 (t37a): a drone's payload release used to drop fireworks or fire on others (抛投器…装自制的“小烟花”，定点投到别人院子里，吓唬人特别管用).
  // Not fishing bait or rescue gear dropped (钓鱼打窝, 救生圈), nor the misuse warned against.
  {
    words: ['抛投器', '抛投', '空投', '投放器', '投放', '挂载', '投掷器', '投弹'],
    severity: 'block',
    message: '教唆用无人机投掷危险物品扰人伤人，属于违法内容',
    window: 50,
    sentence: [/烟花|鞭炮|爆竹|炮仗|火药|炸|燃烧|汽油|酒精|点燃|着火|砖头|石头/, /别人|人家|邻居|院子|头上|人群|吓唬|吓人|整人|报复|捣乱|砸/],
    notSentence: [WARNING, /(?:请勿|切勿|不要|别|千万别|不能|不可以|严禁)(?:用来|用它|拿来|拿它|去)?(?:投|抛|扔|挂)|钓鱼|打窝|救援|救生|消防|灭火|农药|播种|送餐/],
  },
  // Round 37 (t37a): a drug test said to be beaten (毛发检测基本查不出来; 尿检前喝这个能排干净; 药检稳过) — not a supplement certified clean
  // (有知情体育认证，药检能过), nor a pregnancy or a health test.
  {
    words: ['毛发检测', '头发检测', '验毛发', '测毛发', '毛发检验', '尿检', '验尿', '尿液检测', '药检', '吸毒检测', '涉毒检测'],
    severity: 'block',
    message: '帮助规避涉毒检测，属于违法内容',
    window: 40,
    sentence: /查不出|验不出|测不出|检不出|查不到|验不到|测不到|检测不到|检测不出|过检|能过|稳过|包过|蒙混|洗掉|洗干净|代谢掉|排掉|排干净|清除|稀释|干扰/,
    notSentence: [WARNING, /孕|排卵|hcg|血糖|尿酸|尿蛋白|尿糖|尿常规|酮|不含|没有(?:任何)?(?:违禁|兴奋剂)|查不出(?:任何)?(?:问题|异常)|认证|知情体育|informed|nsf|检测报告|第三方|不能保证|无法保证|如实/],
  },
  // …and a smoked dose that goes to the head (抽一口就上头): warned; blocked when kept off the open listing (风声紧不放链接, 熟客才有).
  {
    words: ['上头'],
    severity: 'block',
    message: '疑似涉及毒品（用后效果＋只给熟客）',
    before: SMOKED_DOSE_BEFORE,
    window: 40,
    sentence: KEPT_FOR_INSIDERS,
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH],
  },
  {
    words: ['上头'],
    severity: 'warn',
    message: '用后“上头”的描述，疑似涉及毒品',
    before: SMOKED_DOSE_BEFORE,
    window: 40,
    notSentence: [WARNING, /孩子|小朋友|宝宝|儿童|小孩|娃/, INNOCENT_HIGH, KEPT_FOR_INSIDERS, /烟草|雪茄|香烟|卷烟|尼古丁|薄荷|香薰|香水|精油/],
  },
  // Round 37 (t37a): young women sent to the buyer's door at night, the rest left to him (晚上安排年轻女孩子上门一对一，怎么试由您定，费用另算).
  // Not an installer, a cleaner or a nanny visiting.
  {
    words: ['上门'],
    severity: 'block',
    message: '疑似色情服务',
    window: 40,
    sentence: [
      /(?:年轻|漂亮|水灵|身材好|十八岁|二十出头|[12][0-9]岁)(?:的)?(?:女孩子|女孩|小姑娘|姑娘|妹子|小妹|美女|小姐(?!姐)|嫩模|学生妹|女生|小女生|少妇)|(?:女孩子|女孩|姑娘|妹子|小妹|美女|女生)(?:们)?(?:都|个个)?(?:很|超|特别)?(?:年轻|漂亮|水灵|身材好)/,
      /晚上|夜里|过夜|包夜|一对一|由(?:您|你)定|随(?:您|你)|怎么(?:玩|试|弄|服务)|费用另算|另外收费|另收费|时长|懂的|(?:您|你)懂/,
    ],
    notSentence: [WARNING, /安装|维修|保洁|家政|验光|量体|取件|快递|测量|调试|售后|回收|月嫂|育儿嫂|保姆|护工|陪护|宝宝|(?<!女)孩子|老人|体检/],
  },
  // Round 37 (t37a): company offered for the night with a wink (贴身球童…晚上也能陪，具体陪什么您到了就知道了). Not a nanny, a coach or a plush toy.
  {
    words: ['晚上也能陪', '晚上还能陪', '晚上也可以陪', '晚上可以陪', '陪什么', '怎么陪', '陪过夜', '陪一晚上', '陪一晚', '陪一夜', '陪到天亮'],
    severity: 'block',
    message: '疑似色情服务',
    window: 40,
    sentence: /(?:就|都)知道了|懂的|懂得|(?:您|你)懂|懂吧|随(?:您|你)|由(?:您|你)|另算|另外(?:收费|算)|过夜|包夜|一对一|私密|贴身|年轻|漂亮|妹子|美女|姑娘|女孩/,
    notSentence: [WARNING, /宝宝|(?<!女)孩子|娃|小朋友|老人|玩偶|公仔|安抚|陪练|陪跑|教练|陪诊|陪护|护工|客服|在线/],
  },
  // Round 37 (t37a): the square on the June anniversary, to stand and remember (六月初那个日子穿着它去广场“站一站”，纪念一下，您懂我说的是哪天).
  // Not a square dance, a mall or a 618 sale.
  {
    words: ['广场'],
    severity: 'block',
    message: '涉及反动或煽动性政治内容',
    window: 50,
    sentence: [
      /六月初|六月四|6月初|6月4|六四|五月三十五|5月35|八九年|89年|那个日子|那一天|那天/,
      /纪念|悼念|站一站|站站|站一会|点蜡|默哀|(?:您|你)懂|懂(?:的|得|吧)|人越多越好/,
    ],
    notSentence: [WARNING, /广场舞|跳舞|促销|活动|快闪|开业|店庆|618|年中|购物节|大促|直播|市集|集市|演出|音乐节|地铁|商场|购物广场|停车/],
  },
  // Round 37 (t37a): ivory told by the grain only ivory has (对着光能看到交叉的施雷格纹，懂行的一眼就知道…国内不能交易). Not the grain explained
  // to tell real from resin.
  {
    words: ['施雷格纹', '施雷格线', '施氏纹'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    window: 60,
    sentence: /懂行|识货|明白人|(?:您|你)懂|懂的|不能交易|不能买卖|禁止交易|国内(?:买不到|不让|禁)|老藏家|收的|收来|货(?:很)?少|挂的是|拍那个|私下|要的话|老料/,
    notSentence: [WARNING_TRADE_GATE, /仿(?!佛)|没有施雷格|不是象牙|不是真|鉴别|辨别|区分|科普/],
  },
  // Round 37 (t37a): natural musk from the musk deer (从林麝身上取的原麝香，国内严管，没挂链接，您要的话单独改价). Not the synthetic musk perfumes use.
  {
    words: ['原麝香', '天然麝香', '麝香仁', '林麝', '马麝', '麝香囊', '当门子', '野生麝香', '真麝香', '麝香原料'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    sentence: /严管|管控|管制|拿不到|买不到|(?:不|没|没有)(?:放|挂|上)(?:出)?(?:的)?链接|不上架|单独(?:给(?:您|你))?(?:改|拍|发|报)?(?:个)?价|改个价|私下|要的话|懂行|渠道|货源|存货|一小批|最后/,
    notSentence: [WARNING_TRADE_GATE, /(?:人工|合成|人造)麝香|不含|没有用|不用|未添加|替代|仿/],
  },
  // Round 38 (t38a): a meter made to under-read (刷我们这个固件能改电表读数，一个月电费省一半; 水表装这个磁铁能走慢; 里程表能调) — theft of
  // power or water, or an odometer rolled back. Not the reading taken or compared (电表读数拍照发我们, 插座计的度数比电表少一点), a bike
  // computer's units or reset (码表能调公里/英里, 清零), nor a meter calibrated.
  {
    // Round 41 (t41c): …or a car's odometer named as its reading (它还能改仪表里程，卖车前调回去几万公里) — not a range or a ride log (续航里程,
    // 骑行里程, 导航).
    words: ['电表', '水表', '燃气表', '煤气表', '天然气表', '电能表', '智能电表', '里程表', '计价器', '窃电', '仪表里程', '表显里程', '里程数', '公里数'],
    severity: 'block',
    message: '教唆或协助篡改计量器具（窃电、调表），属于违法内容',
    sentence: METER_TAMPERED,
    notSentence: [WARNING, /单位|英里|清零|归零|小计|亮度|背光|时间|精度|校准|检定|如实|抄表|改不了|不能(?:修)?改|无法(?:修)?改|不支持|不会改|报修|换表|续航|导航|骑行|跑步|运动|记录仪/],
  },
  // Round 38 (t38a): a device sold to defeat tracking or enforcement, told by what it defeats (GPS信号屏蔽器…让公司车队的定位失灵; 车牌遮挡架也有，
  // 电子眼拍不到; 反测速的…测速拍不到). Not a key pouch against relay theft (钥匙信号屏蔽袋，防盗), a shield can (屏蔽罩), nor the device refused
  // (反测速的电子狗我们不卖，屏蔽设备也不卖，都是违法的).
  {
    words: ['屏蔽器', '干扰器', '干扰仪', '屏蔽仪', '信号屏蔽', '反定位', '防定位', '反追踪', '防追踪', '反测速', '防测速', '车牌遮挡', '遮挡车牌', '挡车牌', '遮车牌', '遮牌', '挡牌', '翻牌器', '变牌器', '隐形车牌', '车牌隐形', '牌照就翻', '车牌就翻', '牌照翻', '车牌翻', '号牌翻', '翻转车牌', '车牌翻转', '牌照翻转', '自动翻牌', '遥控翻牌', '防拍', '防抓拍', '反抓拍', '防电子眼', '反光车牌'],
    severity: 'block',
    message: '售卖干扰定位、规避执法的违法器材',
    window: 30,
    // Round 39 (t39g): …or what it does to other people's devices (比赛时对手车直接失控, 邻居的无人机直接掉下来, 对方手机没信号).
    sentence: new RegExp(`${ENFORCEMENT_DEFEATED.source}|${JAMMED_OTHERS.source}`),
    notSentence: [WARNING, /不卖|不做|不提供|不支持|没有这类|钥匙|防盗|屏蔽袋|屏蔽盒|屏蔽罩|屏蔽层|电磁|辐射|考场|考试|会被(?:罚|扣|拍|查)|请勿|不要(?:遮|挡)|别(?:遮|挡)/],
  },
  // Round 41 (t41i): a speed-radar detector sold by what it makes the radar miss (电子狗能让测速雷达测不出数，装上后超速也拍不到). Not one that
  // warns of cameras ahead (电子狗提醒前方测速，提前减速).
  {
    words: ['电子狗', '雷达狗', '测速狗', '雷达探测器', '反雷达', '雷达干扰'],
    severity: 'block',
    message: '售卖干扰定位、规避执法的违法器材',
    window: 30,
    sentence: /(?:雷达|测速)[^，。]{0,6}(?:测不|失灵|失效|干扰|屏蔽)|测不(?:出|到)(?:数|速度|车速)?|超速(?:也|都)?(?:拍|抓|测|罚|查)不(?:到|了|出)/,
    notSentence: [WARNING, /提醒|提示|预警|播报|减速|不卖|不能|不提供|不支持|会被(?:罚|扣|拍|查)/],
  },
  // Round 40 (t40l): …or a plug-in gadget, unnamed, sold by whom it hides the car from (插点烟器的小玩意儿，插上以后公司、家里谁都查不到你车在哪了).
  // Not a charger or a tracker of one's own (点烟器充电器; 插上以后手机上就能查到车在哪).
  {
    words: ['点烟器', '点烟口', '点烟孔', 'obd口', 'obd接口', '车充口'],
    severity: 'block',
    message: '售卖干扰定位、规避监管的违法器材',
    window: 50,
    sentence: /(?:谁|公司|老板|车队|单位|家里|老婆|老公|媳妇|平台|警察|交警)[^。！？]{0,8}?(?:都|也)?(?:查|看|找|追|定位|搜)不(?:到|出|着)|(?:车|人)在哪(?:都|也)?(?:查|看|找)不(?:到|出)|(?:定位|gps|北斗)(?:信号)?(?:就|都)?(?:没了|失灵|失效|屏蔽)|跑私活/,
    notSentence: [WARNING, /不卖|不做|不提供|请勿|违法/],
  },
  // Round 45 (t45b): a copy plate told by its likeness to the official one and by the cameras it passes (配一块备用牌，样式跟车管所发的一模一样，
  // 摄像头识别没问题). Not the plate applied for at the vehicle office (去车管所办, 临时号牌), nor a plate frame or a toy.
  {
    words: ['车管所', '交管所', '交警队发的', '官方发的牌'],
    severity: 'block',
    message: '涉及伪造、套用机动车号牌，属于违法内容',
    window: 50,
    sentence: [/牌/, /(?:跟|和|与|同)[^，。！？]{0,8}(?:一模一样|一样|没区别|没两样|分不出)|以假乱真|(?:摄像头|电子眼|探头|抓拍|交警)[^，。！？]{0,6}(?:识别|认|查|拍)(?:得|的)?(?:出来)?(?:没问题|没事|正常|照样|不出)|加[0-9一二两三四五六七八九十百]+(?:元|块)/],
    notSentence: [WARNING, /(?:去|到|在)车管所(?:办|申领|领|补|上|登记)?|车管所(?:办理|申领|补办|登记)|临时号牌|临牌|牌照框|车牌框|牌照架|玩具|模型|摆件|装饰牌/],
  },
  // Round 45 (t45b): a school or work paper made for a visa or an application (帮着弄一份“在读证明”，带红章的，去办签证特别好使). Only the school or
  // the employer issues these. Not the buyer told to ask the school for one, nor a paper the school issued shown.
  {
    words: ['在读证明', '在校证明', '在职证明', '收入证明', '录取证明', '录取通知书', '学籍证明', '工作证明', '实习证明', '学历证明'],
    severity: 'block',
    message: '代办、伪造学校或单位证明，属于违法内容',
    // (没拿到录取通知书也没关系，能帮着出一张: the paper the buyer lacks is what is offered — refusals are read by notSentence)
    deniable: false,
    window: 40,
    sentence: [/(?:帮|给|替)(?:着|您|你)?(?:弄|做|开|办|搞|出)|(?:能|可以)(?:帮(?:您|你|着))?(?:弄|做|开|办|搞|出)(?:一)?[份张]|红章|盖章|带章|公章|(?:一)?[份张][0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:元|块)(?:一)?[份张]/, /签证|使馆|领事馆|面签|留学|申请|入学|报名|办理|好使|管用|能过|没问题/],
    notSentence: [WARNING, /(?:学校|校方|教务|学院|单位|公司|人事|hr)(?:那边|处)?(?:开|出具|盖|申请|办)|(?:找|向|问)(?:学校|校方|教务|单位|公司|人事|hr)|自己(?:去|找)|不能|无法|没法|不提供|不代办|不办|学信网/],
  },
  // Round 45 (t45b): goods taken out of the country and brought back to pass as imports (托人从国内带出去再“洗”回来的，手续上就是进口): origin fraud
  // by a round trip. Not a return shipped back to us, nor goods exported and sold abroad.
  {
    words: ['带出去', '运出去', '寄出去', '发出去', '拉出去', '洗回来', '洗进来', '洗成进口'],
    severity: 'block',
    message: '国产货出境再入境冒充进口，属于违法内容',
    window: 40,
    sentence: [/(?:再|又|然后)[^，。！？]{0,3}(?:洗|带|运|寄|发|倒|报|进)(?:回来|回国|进来)|洗(?:回来|进来|成进口)|出境再入境|转一圈|绕一圈/, /进口|回流|海外|报关|手续|清关|原装/],
    notSentence: [WARNING, /退货|退回|寄回|返修|售后|维修|换货|不做|不搞|如实/],
  },
  // Round 45 (t45b): a scale made to over-read for selling by weight (“生意版”，拨一下每斤自动多显示一两多，摊主都抢着要): cheating on weight. Not
  // the tare, a calibration or a display's units.
  {
    words: ['多显示', '自动多', '多称', '多出一两', '多出几两', '虚重', '加重显示', '鬼秤', '作弊秤', '黑心秤', '遥控秤', '短斤少两'],
    severity: 'block',
    message: '售卖作弊计量器具（缺斤短两），属于违法内容',
    window: 40,
    sentence: /斤|两|克|公斤|重量|称重|秤|摊主|摆摊|菜市场|做生意|生意版|顾客看不出/,
    notSentence: [WARNING, /去皮|校准|砝码|误差|归零|单位|切换|不会|谨防|小心|举报|别买到/],
  },
  // Round 45 (t45b): a fine scale sold for portioning tiny packets, with a wink or covert shipping (很多人买它回去分“小包”，一包零点几克那种，懂行的都说
  // 称得准，发货用无字快递袋) — the drug dealer's scale by what it is used for. Not saffron, tea, gold or a lab's samples weighed.
  {
    words: ['零点几克', '零点零几克', '一包零点', '分小包', '分成小包', '分装小包', '包小包', '分小份'],
    severity: 'block',
    message: '暗示用于分装毒品的精密秤，属于违法内容',
    window: 60,
    sentence: [/秤|称/, /懂行|懂的|(?:您|你)懂|看不出|无字|没字|不写品名|不显示品名|低调|不声张|隐秘/],
    notSentence: [WARNING, /藏红花|香料|茶|咖啡|烘焙|首饰|黄金|金|银|钻|宝石|珠宝|实验|试剂|样品|药品|中药|燕窝|酵母/],
  },
  // Round 45 (t45b): a laser pointer boosted past the legal power, told by what it burns or reaches (改过功率的，照到纸上会冒烟，几公里外的飞机都照得到).
  // Not the safety warning (请勿照射飞机、眼睛), nor a stage or a pointer within the standard.
  {
    words: ['激光笔', '指星笔', '绿光笔', '激光手电', '镭射笔', '激光灯', '红光笔'],
    severity: 'block',
    message: '售卖超功率激光器（可伤人、干扰航空），属于违法内容',
    window: 50,
    sentence: /改(?:过|了|大)?(?:的)?功率|功率(?:改|加|调)(?:过|大|高)|加大功率|超功率|大功率|冒烟|点燃|点火|烧(?:穿|焦|着|气球|纸)|照(?:得)?到飞机|飞机(?:都)?(?:照|打)(?:得)?到|几公里|正规(?:店|渠道)?买不到/,
    notSentence: [WARNING, /请勿|不要|不能|别(?:照|对)|切勿|严禁|国标|符合|安全|不卖|不改|不提供/],
  },
  // Round 45 (t45b): a coin's or an item's mark altered to pass a grader as rarer (字口年份改成稀缺那一年，做完评级公司也认): forgery for a grading
  // slab. Not a grader's own check told, nor alteration warned against.
  {
    words: ['评级公司', '评级机构', '鉴定机构', '鉴定公司', '送评', '评级'],
    severity: 'block',
    message: '篡改藏品年份、版别以骗过评级鉴定，属于伪造（规则 2.7/2.8）',
    window: 60,
    sentence: [/改(?:成|了|过|为)?[^，。！？]{0,6}(?:年份|年号|字口|版别|编号|日期|铭文|底款)|(?:年份|年号|字口|版别|编号|底款)[^，。！？]{0,4}(?:改成|改为|改了|改过|重刻|挖补|加刻)|重刻|挖补|移花接木/, /(?:也|都|照样)(?:认|过|能过|给分)|看不出|查不出|认不出|能过|包过|翻(?:好几|几|一)?倍/],
    notSentence: [WARNING, /改不了|不能改|无法|辨别|识别|鉴别|谨防|小心|警惕|不做|不接|不提供|会被(?:查|识别|退)/],
  },
  // Round 38 (t38a): a plate that is not the car's own, made or fitted (套牌的也能做, 假车牌…挂上就能跑). Not a victim (被套牌了，建议报警).
  {
    words: ['套牌', '假车牌', '假牌照', '克隆车牌', '套牌车'],
    severity: 'block',
    message: '涉及伪造、套用机动车号牌，属于违法内容',
    sentence: /卖|做一|办一|弄一|定做|订做|能做|可以做|能办|可以办|(?<![没无])有货|也有|还有|要的话|私聊|挂上|包过|拍不出|查不出/,
    notSentence: [WARNING, /被套|遇到|小心|谨防|报警|举报|查处|交警处理/],
  },
  // Round 38 (t38a): a working firearm made at home — its parts or files offered with what it fires (能打实弹的枪管和扳机组件，图纸我们有完整版，
  // 打出来装上就能用). Not a glue gun's or a water gun's barrel, nor the request refused (抱歉这类模型我们不提供也不指导).
  {
    words: ['枪管', '扳机组件', '击针', '枪机', '机匣', '实弹', '枪械图纸', '枪支图纸', '枪的图纸', '自制枪', '土枪', '自制猎枪'],
    severity: 'block',
    message: '涉及自制枪支或提供枪支图纸，属于违法内容',
    window: 40,
    sentence: [
      /图纸|模型文件|打印|打出来|3d|自制|自己(?:做|造|组装|装|车)|组装|装上(?:就)?(?:能|可以)?用|发(?:给)?(?:您|你)|有(?:完整|全套)|车床|铣/,
      /实弹|真枪|子弹|火药|底火|能打|杀伤|威力|击发|弹匣|膛线|口径|猎枪|土枪/,
    ],
    notSentence: [WARNING, /玩具|水弹|软弹|水枪|模型枪|道具|cos|胶枪|热熔|胶棒|喷枪|焊枪|钉枪|油枪|洗车|高压|喷漆|测温|扫码枪|螺丝|打气|按摩枪|筋膜枪|不提供|不指导|抱歉|管制物品/],
  },
  // Round 38 (t38a): a master's work copied to pass as the original — signed and sealed as his, sent to auction (代画服务：照着齐白石的画临一幅，
  // 落款盖章都做成原作的，拿去拍卖行没问题). A copy and a passing-off both in the sentence. Not a reproduction sold as one (高清复制品，不是真迹),
  // a copybook for practice, nor an auction house named alone.
  {
    words: ['代画', '代笔', '真迹', '原作', '原画', '拍卖', '拍卖行', '拍卖会', '送拍', '上拍', '落款'],
    severity: 'block',
    message: '伪造名家作品冒充真迹出售或送拍，属于违法内容',
    sentence: [
      /临(?:摹|一[幅张副]|了|的|画|写)|仿(?:画|作|制|写|的|一[幅张副])|照着[^，。！？]{0,12}(?:画|临|写|仿)|复制|代画|代笔|做旧|高仿/,
      // Round 43 (t43j): a likeness to the original (跟原作一模一样) is a reproduction's quality boast, not a passing-off — the copy must be
      // sold, sent or told as the original (当真的卖, 说是真迹, 送拍).
      /做成(?:原作|原画|真迹|原件|真品)|当(?:成|作)?(?:真迹|原作|原画|真品|真的)(?:卖|出|拍|送|收)|(?:说|讲|就说|告诉[^，。！？]{0,4})(?:是|成)(?:真迹|原作|原画|真品|真的)|冒充|以假乱真|拍卖|送拍|上拍|鉴定(?:不出|也看不出|能过|没问题)|(?:专家|行家)(?:也|都)?看不出|捡漏/,
    ],
    notSentence: [WARNING, /不是(?:真迹|原作|原画)|复制品|印刷|装饰画|字帖|练习|习作|不能|不可以|请勿|注明|标注|临摹作品|不(?:参加|参与|送|拿去|用于)(?:拍卖|送拍|上拍)/],
  },
  // Round 38 (t38a): anabolic agents and other sport-controlled drugs offered (我们这边还有进口的增肌针，就是蛋白同化那一类的，平台不让上架，您要的话
  // 我给您备注一下塞箱子里). Not the buyer's ask refused (增肌类药物我们店不卖), nor supplements said free of them (不含任何蛋白同化制剂).
  {
    words: ['蛋白同化', '同化激素', '同化类固醇', '合成类固醇', '增肌针', '类固醇针', '诺龙', '康力龙', '司坦唑醇', '美雄酮', '群勃龙', '勃地龙', 'sarms', '睾酮类', '睾酮针', '丙酸睾酮', '庚酸睾酮', '十一酸睾酮'],
    severity: 'block',
    message: '售卖蛋白同化制剂等管制药品，属于违法内容',
    sentence: /(?<![没无])有货|还有|也有|卖|要的话|需要的话|私(?:下|聊|我)|塞|夹|备注|一起(?:寄|发)|不上架|不让上架|不能上架|平台不让|渠道|代购|打一针|一针|周期|搞到|弄到|给(?:您|你)(?:发|寄|备注|留)/,
    notSentence: [WARNING, /不卖|不能|不提供|不推荐|不含|没有|未添加|零添加|检测|医生|处方|遵医嘱|副作用|伤肝|危害|风险/],
  },
  // Round 41 (t41i): …or an injectable offered by its schedule for muscle, unnamed (备赛想快速出肌肉…也能配'小绿瓶'，一周两针，欧洲药厂的，
  // 跟蛋白粉一起发不显眼). Not a doctor's course (遵医嘱), insulin or a vaccine, nor the shop refusing it.
  {
    words: INJECTION_SCHEDULES,
    severity: 'block',
    message: '售卖蛋白同化制剂等管制药品，属于违法内容',
    window: 40,
    sentence: [/肌肉|增肌|备赛|围度|撸铁|健身|块头|长肉|出肌|爆肌|力量|体脂|减脂|比赛|健美/, /配|(?<![没无])有货|还有|也有|卖|发|寄|药厂|针剂|小瓶|一起|不显眼|塞|夹|备注|要的话|需要的话|私(?:下|聊|我)|周期/],
    notSentence: [WARNING, /不卖|不能|不提供|不推荐|不建议|医生|医院|处方|遵医嘱|副作用|伤肝|危害|风险|胰岛素|疫苗|狂犬|破伤风|门诊|诊所/],
  },
  // Round 37 (t37a): identity papers forged (我这能办假身份证，换个名字接着买) — not a forged paper warned of.
  {
    words: ['假身份证', '假的身份证', '假护照', '假驾照', '假驾驶证', '假户口本', '假学历', '假毕业证', '假学位证', '假结婚证', '假离婚证', '假房产证', '假营业执照', '假证件'],
    severity: 'block',
    message: '涉及伪造证件，属于违法内容',
    notSentence: [WARNING, /识别|核验|查验|会被|无法通过|不要用|别用|诈骗|骗子|小心/],
  },
  // Round 38 (t38f, batches FR/FT): regulated radio gear made to reach bands it may not (写频把警用和航空的频段也加进去, 能听交警调度和塔台) —
  // not a public-band radio said to be locked (出厂已锁定频段，不能写入其他频率), nor the request refused (这个属于违法改装，我们不提供).
  {
    words: ['警用', '公安', '警方', '警察', '航空', '民航', '塔台', '军用', '军队', '部队', '铁路调度', '交警调度'],
    severity: 'block',
    message: '改装无线电设备接入警用、航空等专用频段，属于违法内容',
    window: 40,
    sentence: [
      /写频|频段|频率|频点|信道|对讲|车台|手台|电台|扫频/,
      /加(?:进去|进|上|入)|写(?:进|入|上)去?|扩(?:频|展)|解锁|破解|开通|偷听|听(?:到|得到)?(?:交警|警察|公安|塔台|调度|军)/,
    ],
    notSentence: [WARNING, /违法改装|属于违法|不提供|不能写入|无法写入|锁定|改不了|不支持|请勿|不可以|不能改|没法改|无线电管理|执照(?:才|要|需要)/],
  },
  // Round 38 (t38f): a radio or a phone turned into a jammer of others' signals (改成大功率干扰模式，考场里屏蔽别人的信号) — not interference
  // avoided (抗干扰, 不会干扰他人).
  {
    words: ['干扰模式', '干扰功能', '干扰别人', '干扰他人', '干扰周围', '干扰周边', '屏蔽别人', '屏蔽他人', '屏蔽周围', '屏蔽周边', '屏蔽掉别人', '屏蔽掉周围', '压制别人', '大功率干扰'],
    severity: 'block',
    message: '改装或售卖干扰他人无线电信号的设备，属于违法内容',
    window: 40,
    sentence: /信号|对讲|手机|通讯|通信|频|考场|wifi|gps|定位|改|好用|帮(?:您|你)/,
    notSentence: [WARNING, /不提供|不做|不卖|不支持|抗干扰|防干扰|避免|防止|不会干扰|不受/],
  },
  // Round 38 (t38f): goods lacking the permit or approval their trade needs (没有型号核准, 没有驯养繁殖和运输证明, 没有CITES证), supplied anyway —
  // hidden, stripped or sent as something else (拆了包装当配件寄, 藏在箱子里一起发, 按普通皮包寄，海关认不出来). Not the permit shown (附CITES
  // 证书), nor goods without it refused (没有证书的…我们不收也不卖, 没有相关许可，不卖也不代找).
  {
    words: ['型号核准', '核准证', '进网许可', '入网许可', 'cites', '濒危物种证明', '允许进出口证明', '驯养繁殖', '人工繁育许可', '人工繁育证', '经营利用许可', '运输证明', '准运证'],
    severity: 'block',
    message: '无许可证明仍隐匿或伪装寄递受管制物品，属于违法内容',
    before: /(?:没有|没|无|不带|没办|没做|没过|未办|未取得)(?:任何|相关|正规|合法)?$/,
    deniable: false,
    // Round 40 (t40i): …or carried in on someone's person past the regular import, kept out of sight after (没走正规进口，没有CITES证明，是朋友
    // 从香港身上背进来的…收到后就别到处晒了).
    sentence: /(?:当|按|作为|当作|当成)(?:普通|一般)?[^]{0,6}(?:寄|发|报)|拆(?:了|掉|成|开)|藏(?:在|进|到)|夹(?:在|进)|混在|塞(?:在|进)|一起(?:给(?:您|你))?(?:发|寄)|认不出|查不(?:到|出)|看不出|发现不了|(?:也|照样)能用|照样(?:发|卖|寄)|(?<![没无])有货|要的话|私下|不能挂|不挂|不上架|(?:背|带|捎|揣|拎|扛|提)(?:了)?(?:进来|过来|回来|进关|过关|入境)|没走正规|不走正规|别(?:到处|在网上|出去)?(?:晒|炫|显摆)/,
    notSentence: [WARNING, /不卖|不收|不代找|不发|不能发|所以不|无法|暂停|下架|不提供|不接|不属于|不在(?:cites)?(?:附录|名录|保护)|非(?:保护|濒危)/],
  },
  // Round 38 (t38f): a wild-caught animal or its parts sold as such (活体我们有野外抓的，比人工繁殖的壮; 老虎牙标本有货，野生的，不带证) — not a morph
  // name (野生型豹纹守宫, 野生色), nor wild animals told to be off limits (不卖野生的, 都是人工繁殖的).
  {
    words: ['野外抓', '野外捉', '野外捕', '野捕', '野外采集', '山里抓', '山上抓', '河里抓', '野生抓', '野生的', '野生个体', '野生货'],
    severity: 'block',
    message: '买卖野生动物或其制品，属于违法内容',
    notBefore: /(?:像|是不是|不是|并非|非)$/,
    notAfter: /^(?:型|色|品系|配色|原色|形态)/,
    window: 30,
    sentence: [
      /活体|守宫|壁虎|蛤蚧|陆龟|龟|蛇|蟒|蜥|鹦鹉|画眉|八哥|鸟|猴|蛙|鳄|大鲵|娃娃鱼|蝾螈|标本|牙|爪|骨|角|鳞|熊|虎|豹|穿山甲/,
      /(?<![没无])有货|有(?:几|一|两)|(?:我们|这边|店里)(?:这)?(?:也|还)?有|要的话|需要的话|备注|不带证|没有?证|无证|私聊|私下|比人工|正宗/,
    ],
    notSentence: [WARNING, /人工(?:繁殖|繁育|养殖)的?(?:才|都|为主|个体)|都是人工|全是人工|不卖|不收|不抓|没有野生|不是野生|违法|保护|放生|不能卖|仿|模型|玩具/],
  },
  // Round 39 (t39c): a protected plant dug from the wild and sold as such (兜兰…山上直接挖下来的野生老桩…不上架，要的话下单备注) — the wild
  // orchids, yews, cycads and wild ginseng the state protects. Not a cultivated plant (都是组培苗, 人工栽培的), wild food (野生菌), nor wild
  // plants refused (不卖野生的, 野生的不能挖).
  {
    // Round 40 (t40d): …freshly dug (山里刚挖的，带根寄; 现挖现发), posted off with its roots.
    words: ['山上挖', '山上直接挖', '山里挖', '山里直接挖', '野外挖', '野外采', '野采', '野挖', '挖下来的野生', '挖的野生', '野生老桩', '野生下山', '下山桩', '原生地挖', '野生的', '野生苗', '野生株', '野生原种',
      '山里刚挖', '山上刚挖', '野外刚挖', '刚挖的', '刚挖出来', '现挖', '新挖的', '刚从山上', '刚从山里'],
    severity: 'block',
    message: '买卖野外采挖的国家保护植物，属于违法内容',
    notBefore: /(?:像|是不是|不是|并非|非)$/,
    notAfter: /^(?:的)?(?:土|泥|腐叶|腐殖|笋|冬笋|春笋|菜|红薯|土豆|山药|花生|人工|组培)/,
    window: 60,
    sentence: [
      /(?:兜|蝴蝶|杓|独蒜|石斛|春|蕙|建|墨|寒|野|莲瓣|虾脊|白及)兰|兰花|兰草|石斛|红豆杉|苏铁|铁树|崖柏|野山参|野人参|桫椤|金线莲|重楼|珙桐|金花茶|绿绒蒿|雪莲|肉苁蓉|发财树王/,
      /(?<![没无])有货|有(?:几|一|两)|(?:我们|这边|店里)(?:这)?(?:也|还)?有|要的话|需要的话|备注|单独发|私下|私聊|不上架|没上架|不能上架|别提|别说|别写|不写|数量少|老桩|开花大|便宜|带根|带土|现挖现发|包邮/,
    ],
    notSentence: [WARNING, /人工(?:栽培|种植|繁育|繁殖|培育)的?(?:才|都|为主|苗)|都是(?:组培|人工|大棚|种植)|全是(?:组培|人工)|只(?:卖|有|发)(?:组培|人工|家养|大棚)|不卖野生|不收野生|没有野生|不是野生|不挖|不能挖|违法|保护植物|不能卖|模型|仿真|假花|绢花|图案|印花/],
  },
  // Round 39 (t39c): the opium poppy by its slang, grown for its pods (还有'大烟花'的种子，结的果壳能熬水喝，自己院子里种不犯法的) — not the
  // corn poppy (虞美人) alone, nor fireworks (大烟花 as a big firework has no seeds or pods).
  {
    words: ['大烟花', '大烟', '鸦片花', '米囊花', '米壳', '阿芙蓉', '罂粟花', '罂粟果', '罂粟籽', '罂粟种子'],
    severity: 'block',
    message: '涉及罂粟等毒品原植物的种植或买卖',
    notAfter: /^(?:囱|斗|袋|味|雾|筒|瘾(?:君子)?的历史)/,
    window: 40,
    sentence: /种子|(?:果|蒴)壳|果实|果子|熬水|煮水|泡水|熬汤|煮汤|种(?:植|几棵|一点|点|了|下|在)|院子里|阳台上?种|盆里种|发芽|播种|自己种/,
    notSentence: [WARNING, /不能种|禁止种植|不准种|不卖|不提供|没有|虞美人(?:不是|和|跟|与)[^，。]{0,8}(?:区别|不同|不一样)|(?:不是|并非|不含)(?:罂粟|大烟|鸦片)|礼花|燃放|点燃|引线|烟花爆竹|发射/],
  },
  // Round 39 (t39c): a drug slipped into someone else's drink, by its effect (滴两滴在对方饮料里，人会变得很听话，第二天什么都不记得) — not a
  // flavour drop in one's own water, a pet trained, nor a drink too strong (度数高，喝多了断片).
  {
    words: ['什么都不记得', '啥都不记得', '都不记得了', '不记得发生', '变得很听话', '会很听话', '变得听话', '特别听话', '任人摆布', '任你摆布', '任由摆布', '不会反抗', '没法反抗', '无力反抗'],
    severity: 'block',
    message: '疑似迷药等违禁药物（下在他人饮品里）',
    window: 40,
    sentence: /对方|她|他(?!们店)|女生|女孩|妹子|饮料|酒里|水里|杯里|杯子里|奶茶里|咖啡里|滴(?:两|一|几)?滴|下在|放进|加在|倒进|掺/,
    notSentence: [WARNING, /狗|猫|宠物|孩子|宝宝|小孩|学生|训练|项圈|牵引|度数|喝多|酒量|醉|失忆症|阿尔茨海默|老人|记性/],
  },
  {
    words: ['饮料里', '酒里', '杯子里', '水杯里', '茶里', '咖啡里', '奶茶里', '饮料中', '酒中', '水里'],
    severity: 'block',
    message: '疑似迷药等违禁药物（下在他人饮品里）',
    before: /(?:滴|下|放|倒|加|掺|混|撒|兑|喷)[^，。]{0,6}(?:对方|她|他(?!们店|自己)|别人|女生|女孩|妹子|女伴|男伴|约会对象|同事)(?:的)?$/,
    window: 40,
    sentence: /听话|不记得|断片|晕|昏|睡(?:着|死|过去)|迷|没(?:有)?(?:反抗|知觉|意识)|摆布|主动|察觉|发觉|兴奋|助兴|无色无味|神不知鬼不觉/,
    notSentence: [WARNING, /狗|猫|宠物|孩子|宝宝|小孩|训练/],
  },
  // Round 38 (t38f): protected fossils offered, split or sent by ordinary post (恐龙蛋化石我们手里有一窝…拆成几件分开寄) — not the rule told
  // (属于重点保护化石，个人不能买卖，所以我们店没有也不代找), a toy egg or the plum called 恐龙蛋.
  {
    words: ['恐龙蛋', '恐龙化石', '恐龙骨', '恐龙骨骼', '恐龙牙', '恐龙爪', '古生物化石', '重点保护化石', '古人类化石', '脊椎动物化石'],
    severity: 'block',
    message: '买卖国家重点保护古生物化石，属于违法内容',
    window: 40,
    sentence: [
      /化石|挖|出土|原石|一窝|整窝|河源|西峡|内蒙/,
      /(?<![没无])有货|手里有|我们有|(?:也|还)有|有(?:几|一|两)(?:枚|颗|窝|个|块|件)|要的话|确定要|拆(?:成|开)|分开寄|分(?:几|多|[0-9]+)(?:次|包|件|个包裹)|私下|不上架|不挂|渠道|普通快递|改价/,
    ],
    notSentence: [WARNING_TRADE_GATE, /不卖|没有也|不代找|不收|不碰|模型|复制品|仿制|树脂|玩具|石膏|孵化|泡水|巧克力|糖|水果|李子|博物馆|挖掘套装|考古|盲盒|儿童|孩子/],
  },
  // Round 38 (t38f): hazardous goods sent past the carrier's check (氢气球充好直接发，快递查不出是氢气还是氦气) — not shipped by the rules
  // (含丁烷属于危险品，只能空机单独走陆运).
  {
    // Round 39 (t39c): also stage and wedding pyrotechnics (冷焰火…拆散了塞在礼服箱里，快递查不出来).
    words: ['氢气球', '氢气', '充氢', '丁烷', '液化气', '煤气罐', '气罐', '高压气瓶', '锂电池', '酒精', '汽油', '煤油', '烟花', '鞭炮', '爆竹', '火药', '打火机', '辣椒水', '防狼喷雾', '电击器', '冷焰火', '冷烟花', '冷烟火', '焰火', '礼花弹', '烟雾弹', '发令纸'],
    severity: 'block',
    message: '隐瞒危险品寄递，规避快递或安检查验，属于违法内容',
    sentence: /(?:快递|安检|航空|机场|快递员|驿站|揽收|寄件|过机|x光)[^]{0,6}?(?:查不出|看不出|认不出|发现不了|测不出|分不出|分辨不出|(?:也|都|根本|一般)?不(?:会)?查(?!询))|(?:查不出|看不出|认不出|分不出|分辨不出)(?:来)?(?:是|里面)/,
    notSentence: [WARNING, /如实|不能寄|不让寄|不发|只能|会被|请勿|不会(?:瞒|藏|夹)/],
  },
  // Round 38 (t38f): powder added to fireworks to make them bigger (自己往烟花里加点火药改大一号) — not a firework said to hold none.
  {
    words: ['火药', '黑火药', '炸药', '烟火药', '硝石', '硝酸钾', '镁粉', '铝粉', '闪光粉'],
    severity: 'block',
    message: '教唆自制或改装烟花爆竹，属于违法内容',
    window: 30,
    sentence: [/烟花|鞭炮|爆竹|炮仗|礼花|二踢脚|仙女棒|焰火|烟火|引线|炮/, /(?:往|在)[^]{0,6}(?:里|中)?(?:加|灌|填|掺|塞)|加(?:点|些|一点|一些)|自己(?:做|配|加|装|灌|填|改|搓)|改(?:大|装|猛)|灌(?:点|些|进|满)|填(?:点|些|进|满)|掺(?:点|些|进)|自制|diy/],
    notSentence: [WARNING, /不含|无火药|不使用|不要|请勿|切勿|千万别|不建议|不能|不可以/],
  },
  // Round 38 (t38f): a lock opened without its owner — tools that open others' locks (对着别人家同款锁也能一键开) — not the buyer's own lock
  // opened by its app (手机APP一键开锁), a lock that resists them (防小黑盒), nor the buyer sent to a licensed locksmith.
  {
    // Round 39 (t39c): …or any door, whoever's it is (不管是不是自己家的门).
    words: ['别人家', '别人的', '他人', '邻居家', '邻居的', '同款锁', '任何锁', '所有锁', '各种锁', '不管是不是自己', '是不是自己家', '不管谁家', '谁家的门', '谁家的锁'],
    severity: 'block',
    message: '提供破解他人门锁的工具或方法，属于违法内容',
    window: 30,
    sentence: [
      /锁|门禁|车门/,
      /(?:也|都|照样|一样|随便)(?:能|可以)?[^]{0,3}(?:开|打开|解锁|破解)|一键(?:开|打开|解锁)|随便开|技术开锁|开锁工具|万能钥匙/,
      /工具|神器|小黑盒|万能|要的话|私聊|私我|加[0-9一二两三四五六七八九十百几]+|[0-9一二两三四五六七八九十百几]+(?:块|元)|(?<![没无])有货|教(?:您|你)|不留痕迹|没人知道/,
    ],
    notSentence: [WARNING, /不提供|不卖|不教|公安备案|正规开锁|报警|防(?:小黑盒|技术开锁|破解|撬)|不怕|打不开|开不了/],
  },
  {
    words: ['万能钥匙', '开锁工具', '开锁器', '开锁神器', '开锁教程', '小黑盒', '锡纸开锁', '技术开锁', '解码器', '破解器'],
    severity: 'block',
    message: '提供破解门锁的工具或方法，属于违法内容',
    notBefore: /(?:防|抗|不怕|防御|防止)$/,
    window: 30,
    // Round 39 (t39c): …or given away with the goods, a modified pick, a door opened in minutes (送一套开锁教程和一把改过的钩子，防盗门五分钟就能打开).
    // Round 40 (t40e): …or a car opened and driven off without its key (解码器…一键启动的车就能打开开走，不用原车钥匙).
    sentence: [/锁|门禁|车门|开门|房门|大门|防盗门|开走|(?:不用|不需要|无需|没有)(?:原车|车主的?)?钥匙/, /(?<![没无])有货|要的话|加[0-9一二两三四五六七八九十百几]+|[0-9一二两三四五六七八九十百几]+(?:块|元)|私聊|私我|卖|教(?:您|你)|一键|都能开|随便开|别人|他人|邻居|送(?:一套|一把|您|你)|改(?:过|装过?)的|[0-9一二两三四五六七八九十几]+(?:分钟|秒)(?:钟)?(?:就|内)?(?:能|可以)?(?:打开|开)/],
    notSentence: [WARNING, /不提供|不卖|不教|公安备案|正规开锁|报警|防(?:小黑盒|技术开锁|破解|撬)|不怕/],
  },
  // Round 38 (t38f): a safety device taken out for more range or speed (保护板拆掉跑更远; 黄绿两根线短接就能解除限速，交警也看不出来) — not
  // the limit told and the change refused (国标限速25km/h…我们不提供解除限速的改装).
  {
    words: ['保护板', '限速', '限速器', '限流', '限流器', '温控', '保险丝', '安全阀', '泄压阀', '过充保护', '过放保护', '漏电保护', '断电保护', '限位器'],
    severity: 'block',
    message: '教唆拆除或破解安全保护装置，属于违法违规内容',
    window: 40,
    sentence: [
      /拆掉|拆了|拆下|去掉|去除|剪掉|剪断|短接|跳线|绕过|跳过|解除|破解|改掉|拿掉|摘掉|废掉/,
      /跑(?:得)?更远|续航更(?:长|久)|更(?:快|猛|热|远|有劲|给力|带劲)|提速|码以上|(?:[4-9][0-9]|[1-9][0-9]{2})(?:码|公里每小时|km)|能跑(?:到|上)?(?:[4-9][0-9]|[四五六七八九]十|一百)|交警|看不出|查不出|(?:很多|不少)(?:客户|人|师傅|车主)(?:都)?这么(?:改|弄|干|搞)|都这么改/,
    ],
    notSentence: [WARNING, /不提供|不建议|(?:不要|别|请勿|切勿|千万别)(?:自己|私自|随意|擅自)?(?:拆|改|短接|去掉|剪)|不能|不可以|保修|违规|违法|国标要求|出厂设置/],
  },
  // Round 42 (t42c): a stake put on match results for cash (积分可以押比分，猜中返三倍现金，猜错不退，最低押五百; 押胜负赢了翻倍提现) — not a free
  // guessing game with no stake or cash (竞猜送优惠券, 猜中送贴纸), nor a warning.
  {
    words: ['押比分', '押胜负', '押输赢', '押冠军', '押结果', '押大小球', '押球', '押比赛', '押场次', '押哪队', '押哪个队', '最低押', '竞猜'],
    severity: 'block',
    message: '以比赛结果押注赢取现金，属于赌博内容',
    sentence: /(?:返|赔|翻|赢)[^，。！？]{0,3}(?:倍|现金)|现金|提现|换钱|猜错不退|输了不退|不中不退|最低押|赔率|盘口|下注|押注/,
    notSentence: [WARNING, /不涉及现金|不能兑换现金|不可提现|不兑现|不押钱|免费参与|不收费/],
  },
  // Round 42 (t42c): optics sold to see into others' homes or through their clothes unseen (红外滤镜晚上能透过薄窗…看清屋里的人…买去“观察”邻居，对方
  // 不会发现) — voyeurism. Not privacy film (防窥膜) nor a warning.
  {
    // (窗 for the window or its curtain — 透过薄窗… — the curtain's own character is left out: its traditional form is in the model's training text.)
    words: ['透过窗', '透过薄窗', '穿透窗', '隔着窗', '透过衣服', '穿透衣服', '透视衣服', '偷窥', '偷看邻居', '观察邻居', '拍邻居', '看邻居', '盯着邻居'],
    severity: 'block',
    message: '售卖或教唆用于偷窥他人的器材，属于违法内容',
    sentence: [/镜头|滤镜|长焦|望远镜|夜视|红外|摄像|相机|单筒|双筒/, /屋里|家里|房间里|屋内|室内的人|里面的人|不会发现|发现不了|察觉不到|没人知道|(?:在)?(?:干|做)(?:什么|啥)/],
    notSentence: [WARNING, /防偷窥|防窥|隐私膜|不能用来|不要用来|别用来|禁止|违法|侵犯/],
  },
  // Round 38 (t38f): a hidden camera set on others where they sleep or wash (放在出租屋卧室里看租客…伪装成烟雾报警器…租客完全看不出来; 针孔款放酒店
  // 房间里拍) — not a camera placed with care for privacy (不要对着卫生间和卧室), nor one watching the buyer's baby or pets.
  {
    // Round 41 (t41i): …or any hotel, a changing room, a dorm or a bathhouse (迷你镜头藏在充电头外壳里，酒店、更衣间放着都不显眼…对方完全不会察觉).
    words: ['出租屋', '卧室', '酒店房间', '宾馆', '民宿', '更衣室', '卫生间', '浴室', '厕所', '女厕', '试衣间', '房间里', '酒店', '更衣间', '宿舍', '洗手间', '澡堂'],
    severity: 'block',
    message: '教唆在他人私密场所偷拍，属于违法内容',
    window: 50,
    // Round 42 (t42a): …the device named only as a camera (这个小相机放宿舍里没人发现得了; 迷你相机塞更衣室柜顶，谁注意得到) and the
    // rhetorical who-would-notice (谁发现得了, 谁注意得到). Not a camera stowed (塞在宿舍书包里, 放宿舍柜子里不占地方: no one watched).
    sentence: [
      /摄像|镜头|录像|监控|针孔|偷拍|偷录|录音|相机|摄影机/,
      /偷偷|偷拍|偷录|看不出|发现不了|发现得了|注意不到|注意得到|察觉不到|伪装|藏(?:在|进)|(?:租客|房客|住客|客人|对方|别人|他人|室友)(?:都|也|完全|根本)?(?:不知道|看不出|发现不了|不会发现|察觉不到|不会察觉|没法察觉)|看(?:租客|房客|住客|客人|别人|对方)/,
    ],
    notSentence: [WARNING, /隐私|不要对着|别对着|避免|侵犯|告知|同意|宝宝|孩子|老人|宠物|猫|狗|检测|检查|排查|反偷拍|防偷拍/],
  },
  {
    words: ['针孔款', '针孔版', '针孔型', '针孔的', '针孔镜头', '微型摄像头', '隐蔽摄像头', '伪装摄像头', '伪装成烟雾报警器', '伪装成插座', '伪装成充电器'],
    severity: 'block',
    message: '售卖偷拍设备，属于违法内容',
    sentence: /看不出|发现不了|发现得了|察觉不到|没人发现|不会被发现|偷偷|隐蔽|藏在|装在|放(?:在)?[^]{0,4}(?:房间|卧室|酒店|宾馆|卫生间|浴室|更衣)|对方|别人|租客|房客/,
    notSentence: [WARNING, /反偷拍|防偷拍|检测仪|探测|告知|隐私|宝宝|老人|宠物/],
  },
  // Round 38 (t38f): precursor and controlled chemicals sold past their registration (高锰酸钾和浓硫酸，不用登记，量大也行) — not a kit said to hold
  // none (不含任何需要登记的危险化学品).
  {
    words: ['高锰酸钾', '浓硫酸', '浓盐酸', '丙酮', '甲苯', '乙醚', '三氯甲烷', '氯仿', '醋酸酐', '麻黄碱', '麻黄素', '羟亚胺', '易制毒', '易制爆', '硝酸铵', '氰化钾', '氰化钠'],
    severity: 'block',
    message: '违规售卖易制毒、易制爆等管控化学品，属于违法内容',
    window: 30,
    sentence: /(?:不用|不需要|无需|免|不必)(?:登记|备案|实名|审批|许可|证明|资质|购买证|手续)|不登记|不备案|不实名|私下|不走(?:登记|备案)|没有?(?:资质|许可|购买证)(?:也|都)?(?:能|可以|行)/,
    notSentence: [WARNING, /需要(?:登记|备案|实名|资质|许可)|必须|不卖|不含|不提供|不单独/],
  },
  // Round 38 (t38f): a vehicle's papers made by the shop (上牌用的合格证我们能帮您做一张，不用原厂的) — not the maker's certificate sent again
  // (合格证在包装盒里, 原厂合格证丢了我们补寄).
  {
    words: ['合格证', '车辆合格证', '出厂合格证', '行驶证', '机动车登记证书', '登记证书', '车辆一致性证书', '一致性证书', '大绿本', '车辆铭牌'],
    severity: 'block',
    message: '伪造机动车证件，属于违法内容',
    deniable: false,
    sentence: [
      /上牌|挂牌|过户|年检|车管所|交警|车辆|机动车|电动车|摩托|汽车/,
      /现做|伪造|造假|(?:帮|给|替)(?:您|你)(?:做|弄|p)|能做|可以做|做一[张个份本]|弄一[张个份本]|p一[张份]|不用原厂|非原厂|不是原厂的也|(?:跟|和|与)(?:真的|原厂)(?:的)?(?:一样|一模一样|没区别)|以假乱真|查不出/,
    ],
    notSentence: [WARNING, /补寄|补发|补办|代办上牌|厂家|原厂(?:的)?(?:合格证)?(?:丢|补)|官方|如实|随车|包装盒/],
  },
  // Round 38 (t38f): fake base stations and pirate broadcast gear (伪基站设备也有，群发短信用) — not a warning about their texts.
  {
    words: ['伪基站', '黑广播', '短信轰炸', '电话轰炸', '呼死你'],
    severity: 'block',
    message: '售卖伪基站、黑广播等非法设备，属于违法内容',
    notSentence: [WARNING, /诈骗|谨防|小心|防范|警惕|冒充|收到|拦截|识别|打击|查处|骚扰/],
  },
  // Round 38 (t38f): tobacco or alcohol sold to minors, the age left off (学生也能买雪茄，备注里别写年龄就行) — not the age rule told (本店不向未成年人
  // 销售，收货人需满18周岁).
  {
    words: ['未成年', '未成年人', '未满18', '未满十八', '初中生', '高中生', '中学生', '小学生', '没满18', '没满十八', '不满18', '不满十八', '不到18', '不到十八', '没成年', '还没成年', '没到18', '没到十八'],
    severity: 'block',
    message: '向未成年人售卖烟酒等限售商品，属于违法内容',
    window: 30,
    sentence: [TOBACCO_ALCOHOL, new RegExp(`(?:也|都|照样|一样)(?:能|可以)买|卖给|照卖|也卖|${AGE_DODGED.source}`)],
    notSentence: [WARNING, MINORS_REFUSED],
  },
  // Round 39 (t39p): …or, the goods unnamed, a minor told to buy with a parent's papers on the real-name check (未成年也能买，实名填你爸妈的就行):
  // the check is there only for goods barred to minors.
  // Round 51 (t51): …the age short of 18 in other words (没满18, 不满十八, 不到18, 还没成年) and the goods still shipped (照样给您发, 照发).
  {
    words: ['未成年', '未成年人', '未满18', '未满十八', '初中生', '高中生', '中学生', '没满18', '没满十八', '不满18', '不满十八', '不到18', '不到十八', '没成年', '还没成年', '没到18', '没到十八'],
    severity: 'block',
    message: '帮未成年人规避实名年龄核验购买限售商品，属于违法内容',
    window: 30,
    sentence: [/(?:也|都|照样|一样)(?:能|可以)(?:买|下单|拍)|照样(?:给(?:您|你))?(?:发|卖|寄)|照(?:发|卖|寄)不误|照发|照卖/, AGE_DODGED],
    notSentence: [WARNING, MINORS_REFUSED],
  },
  // Round 39 (t39k): …or the buyer's age told under 18 with the check dodged (您说您今年 16 岁？没关系的，下单用您爸妈的账号和身份证就行，我们
  // 这边不查年龄; 十七岁也能买), the tobacco or alcohol anywhere in the draft (a long reply names the bottle lines before) — not the age rule
  // told (未满18岁不能购买), an age above it, a limit (16岁以上), nor other goods judged fine for the age (孩子16岁用没关系).
  {
    words: ['岁'],
    severity: 'block',
    message: '向未成年人售卖烟酒等限售商品，属于违法内容',
    before: /(?:(?<![0-9])(?:1[0-7]|[5-9])|(?<![一二三四五六七八九十百两])(?:十[一二三四五六七]?|[五六七八九]))(?:周)?$/,
    notAfter: /^(?:以上|以下|及以上|起|半|之前|以前|前|时|的时候|那年)/,
    window: 40,
    sentence: new RegExp(`(?:也|都|照样|一样)(?:能|可以)(?:买|下单|拍|抽)|${AGE_DODGED.source}`),
    notSentence: [WARNING, MINORS_REFUSED, /无酒精|不含酒精|零度|0度|宝宝|婴儿|儿童款/],
    grow: true,
    // Round 40 (t40l): …or, the goods unnamed, the age check itself said not to be made (十六岁没事，我们不查年龄，直接给你发): an age is
    // checked only for goods barred to minors.
    unless: (ctx, start, end) =>
      !ctx.memo('tobacco-alcohol-draft', () => TOBACCO_ALCOHOL.test(ctx.compact)) && !AGE_CHECK_WAIVED.test(sentenceOf(ctx, start, end, 40)),
  },
  // …a student or a child (often of age: 大学生, 学生党也能买得起) only with the age check dodged.
  {
    words: ['学生', '小孩', '孩子'],
    severity: 'block',
    message: '向未成年人售卖烟酒等限售商品，属于违法内容',
    window: 30,
    sentence: [TOBACCO_ALCOHOL, AGE_DODGED],
    notSentence: [WARNING, MINORS_REFUSED],
  },
  {
    words: ['年龄', '岁数', '出生年'],
    severity: 'block',
    message: '教唆隐瞒年龄购买限售商品，属于违法内容',
    before: /(?:别|不用|不要|不必|无需)(?:写|填|填写|提供|报|说)(?:真实)?(?:的)?$/,
    window: 30,
    sentence: TOBACCO_ALCOHOL,
    notSentence: [WARNING, MINORS_REFUSED],
    deniable: false,
  },
  // Round 38 (t38f): certification marks sold apart from the certification (头盔的3C标我们可以单独卖您几张贴纸…查车时就算合格了) — not the label's
  // place told (证书编号印在内衬的白色标签上) nor loose labels refused (我们不单独出售任何认证贴纸).
  {
    words: ['3c标', '3c标志', '3c贴', '3c贴纸', '3c标签', '3c认证标', 'ccc标', 'ccc标志', '认证贴纸', '认证标签', '认证标志', '合格标签', '检验合格标', '年检标'],
    severity: 'block',
    message: '单独售卖认证标志冒充合格产品，属于违法内容',
    sentence: /单独(?:卖|出|给)|单卖|卖(?:给)?(?:您|你)|[0-9一二两三四五六七八九十几]+(?:块|元)(?:钱)?一张|一张[0-9一二两三四五六七八九十几]+|就算合格|当(?:成|作)?合格|糊弄|应付|蒙混|自己贴/,
    notSentence: [WARNING, /不单独|不出售|不卖|不提供|补寄|复印件|证书编号|已经通过|已通过/],
  },
  // Round 38 (t38f): a drug by a cheerful street name (从泰国带回来的“开心水”，聚会必备，喝了特别嗨，只给老客户) — not a juice or a soda.
  {
    words: ['开心水', '开心粉', '快乐粉', '快乐丸', '听话水', '听话药', '迷情水', '迷情药', '失身水', '乖乖水'],
    severity: 'block',
    message: '疑似涉及毒品或迷药（暗语）',
    notAfter: /^(?:色|红|蓝|系)/,
    window: 40,
    sentence: /嗨|high|飘|上头|飞|聚会|派对|蹦迪|夜场|酒吧|老客|熟客|懂的|私|备注|暗号|带回来|一起(?:给(?:您|你))?发|不上架|喝了|一口|一滴|听话|没反应|不省人事/,
    notSentence: [WARNING, /果汁|汽水|可乐|气泡水|苏打水|动画|玩偶|公仔|卡通/],
  },
  // Round 39 (t39g): a projectile loaded with a drug to drop an animal (空心箭头…里面能灌药，射到狗身上走不了几步就倒; 毒镖一吹就倒), and the
  // dog thieves it is sold to (村里收狗的都在我们这拿货). Not a pet's medicine (喂药针, 驱虫药) nor the theft warned of (防偷狗项圈).
  {
    words: ['灌药', '装药', '抹药', '涂药', '带药', '注药', '灌麻药', '抹麻药', '涂麻药', '毒镖', '药镖', '麻醉镖', '毒针', '吹针', '毒箭', '药箭', '麻醉箭'],
    severity: 'block',
    message: '售卖毒箭、药镖等用于毒杀或偷盗动物的器具，属于违法内容',
    window: 50,
    sentence: [
      /箭|镖|针|弩|吹管|弹弓|弹丸/,
      /(?:射|打|扎|中|吹)[^。！？]{0,10}?(?:倒|晕|不动|走不了|麻翻|放倒|趴)|放倒|麻倒|麻翻|(?:狗|猫|鸟|羊|猪|牛)[^。！？]{0,8}?(?:倒|晕|不动|走不了)|收狗|偷狗|药狗|毒狗|狗贩/,
    ],
    notSentence: [WARNING, /兽医|宠物医院|驱虫|喂药|滴耳|疫苗|驱蚊|治疗|伤口|消毒/],
  },
  {
    words: ['偷狗', '毒狗', '药狗', '收狗的', '狗贩子', '偷猫', '毒鸟', '药鸟'],
    severity: 'block',
    message: '售卖毒箭、药镖等用于毒杀或偷盗动物的器具，属于违法内容',
    window: 40,
    sentence: /拿货|(?<![没无])有货|卖|箭|镖|针|弩|吹管|药|好用|管用|一打一个|回头客/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /防(?:止)?(?:偷|被偷|盗)|被偷|丢了|报警|小心|谨防|不卖|不做|不提供/],
  },
  // Round 39 (t39g): stored value or accounts of a shady source, cheap and to be spent before the real owner claims them back (港服点卡六折是因为来路
  // 比较“特殊”…过几天原卡主一申诉就被冻了). Not an account's own recovery told (原号主申诉可以找回, 我们不卖二手号).
  {
    words: ['原卡主', '原号主', '原持卡人', '原机主', '原主人', '原账号主'],
    severity: 'block',
    message: '售卖来路不正的卡券、账号（盗刷、黑卡），属于违法内容',
    window: 50,
    sentence: [
      /申诉|冻结|被冻|冻了|封号|被封|找回|追回|挂失/,
      /[0-9一二两三四五六七八九]折|便宜|低价|特殊|来路|别多问|别问|(?:当天|尽快|马上|赶紧|早点)(?:就)?用|用掉|别囤|不要囤/,
    ],
    notSentence: [WARNING, /官方|正规渠道|授权|不卖|不收|谨防|小心|骗子|诈骗/],
  },
  {
    words: ['来路'],
    severity: 'block',
    message: '售卖来路不正的卡券、账号（盗刷、黑卡），属于违法内容',
    // (the wink, not 来路不明 — that is mostly a warning: 来路不明的东西我们不建议买)
    after: /^(?:比较|有点|不太|不是很|有些)?(?:特殊|不好说|(?:您|你)懂|懂的|别问)/,
    window: 40,
    sentence: /卡|充值|点卡|礼品卡|账号|号|券|[0-9一二两三四五六七八九]折|便宜|用掉|别囤|别多问/,
    notSentence: [WARNING, /不卖|不收|不进|不碰|谨防|小心|警惕|不建议|别买|不要买|(?:那家|别家|隔壁|他们|有些|有的)/],
  },
  // Round 39 (t39g): paid content got free on a tampered device — a console "upgraded" so cartridges need not be bought (几千个游戏随便下), a
  // tablet preloaded with the big course sites' paid lessons (付费课全在里面…白拿，千万别联网升级). Not free-to-play games, a member's own
  // library, nor the crack pack refused (破解资源包我们不提供，也劝您别装).
  {
    words: ['不用再买', '不用买了', '不用再花钱', '不用花钱买', '白拿', '白嫖', '白看', '白玩', '随便下', '随便玩', '免费下', '免费玩', '免费看', '全免费', '都免费'],
    severity: 'block',
    message: '在设备里装破解、盗版的付费游戏或课程，属于侵权违法内容',
    window: 50,
    sentence: [
      /卡带|付费|收费|正版|会员|vip|网校|网课|卖(?:几|上)?[千百万]|几千个|几百个|上千个|上万个/,
      /破解|资源包|刷机|(?:机器|主机|系统|平板|学习机|设备|机子|掌机)[^，。！？]{0,3}(?:升级|刷|改)|(?:别|不要|千万别|千万不要)(?:联网|升级|更新)|一(?:联网|升级|更新)就|被(?:删|封|ban)|封机|大气层|软破|硬破/,
    ],
    notSentence: [WARNING, /不提供|不装|别装|不要装|不建议|病毒|正版授权|官方(?:活动|赠送|会员)|限免|试玩|首月/],
  },
  // Round 39 (t39g): a child's game time limit got round with an adult's account (登的是成年人的号，不受防沉迷限制，孩子想玩多久都行). Not the limit
  // set up or recommended (家长端可以开启防沉迷).
  {
    words: ['防沉迷'],
    severity: 'block',
    message: '帮未成年人规避防沉迷限制，属于违法违规内容',
    window: 40,
    sentence: /不受|绕(?:过|开)|躲(?:过|开)|避开|跳过|解除|破解|关掉|去掉|(?:成年人|成人|大人|家长|爸妈)的?(?:号|账号|身份证|身份|实名)|想玩多久|玩多久都|随便玩/,
    notSentence: [WARNING, /开启|打开|建议|记得|保护|守护|请(?:家长)?|不要|不能|别/],
  },
  {
    words: ['成年人的号', '成人的号', '大人的号', '大人的账号', '成年人的账号', '成人账号', '成年人账号', '家长的号', '家长账号', '大人的身份证', '成年人的身份证', '家长的身份证', '大人的实名', '成年人实名'],
    severity: 'block',
    message: '帮未成年人规避防沉迷限制，属于违法违规内容',
    window: 40,
    sentence: [/游戏|防沉迷|孩子|小孩|学生|宝宝/, /不受|没有限制|没限制|不限|想玩多久|玩多久都|随便玩|绕(?:过|开)|躲(?:过|开)|避开|解除/],
    notSentence: [WARNING, /不能|不要|别用|不建议|违规|家长端|管控|监督/],
  },
  // Round 39 (t39g): real police or army uniforms and insignia sold as such, good enough to pass in the street (不是cos版，是真的制式警服，肩章警号
  // 都齐，穿出去没人分得出来). Not a costume told as a prop (印的警号，不是制式的，仅限拍照).
  {
    words: ['警服', '军服', '警装', '军装', '武警服', '作训服', '警用', '警号', '警衔', '警徽', '警察制服', '制式服装', '制式警', '制式军'],
    severity: 'block',
    message: '售卖制式警服、军服或警用标志，属于违法内容',
    window: 40,
    sentence: /制式|真(?:的|正的)?(?:警服|军服|警装|军装|制服)|部队(?:流出|出来|内部)|内部(?:渠道|流出|货)|(?:穿出去|上街|出门|穿着出去)[^。！？]{0,10}?(?:分不出|分得出|看不出|认不出|唬|好使|管用|没人)|没人分得出|分不出真假|以假乱真|冒充|肩章警号|警号(?:都)?(?:齐|全|是真)/,
    notSentence: [WARNING, /不是真的|不是制式|非制式|仅限拍照|只能拍照|不能穿出去|别穿出去|不要穿出去|不卖|不能卖|不提供|不做/],
  },
  // Round 39 (t39g): recording gear taken into an exam to cheat, told as unseen (墨镜…微型摄像头…戴它进考场，配合耳机用，监考根本看不出来). Not the
  // exam's rule told (考场禁止带智能设备).
  {
    // Round 42 (t42b): …or the exam itself named (隐形耳机配答案发送器，驾照和职称考试都有人用，金属探测查不出来).
    words: ['考场', '监考', '作弊', '考试'],
    severity: 'block',
    message: '售卖或教唆使用考试作弊器材，属于违法内容',
    window: 50,
    sentence: [
      /摄像|镜头|耳机|耳麦|眼镜|墨镜|手表|接收器|对讲|答案|设备/,
      /看不出|发现不了|查不出|察觉不到|没人发现|不会被(?:发现|查)|偷偷|配合耳机|传答案|小秘密|(?:根本|完全|都|也)?(?:看不到|看不见|注意不到|察觉不了|发觉不了|瞧不见)|念答案|报答案/,
    ],
    notSentence: [WARNING, /不能带|别带|不要带|请勿|会被|取消|违规|作弊(?:是|属于)|不支持|不提供|不卖|不建议|不适合|摘下|摘掉|要求/],
  },
  // Round 39 (t39g): a tattoo for a minor, hidden from the parents (才14岁？没事…在家自己纹，纹在衣服能遮住的地方，家长看不到的). Not the age rule
  // told (未成年不能纹身) nor a wash-off sticker.
  {
    words: ['纹身', '文身', '刺青', '自己纹', '纹在', '纹个', '纹一个', '去纹'],
    severity: 'block',
    message: '为未成年人纹身并教其瞒着家长，属于违法内容',
    window: 60,
    sentence: [
      /(?:1[0-7]|十[一二三四五六七]|[六七八九])岁|未成年|初中|小学|初[一二三]|中学生|小学生|初中生|高中生/,
      /(?:家长|父母|爸妈|家里人|老师|学校)[^。！？]{0,6}?(?:看不到|看不见|不会(?:发现|知道)|发现不了|不知道)|(?:瞒着|别告诉|别让)[^。！？]{0,4}?(?:家长|父母|爸妈|家里|老师)|没人知道|不会有人知道|遮住|遮得住|能遮|偷偷/,
    ],
    notSentence: [WARNING, MINORS_REFUSED, /不给|不能纹|不可以纹|不建议|纹身贴|贴纸|水洗|临时/],
  },
  // Round 40 (t40e, batch GG): software's licence check defeated by a patch or key tool the shop hands over (装完把我们发的补丁放进去，官方验证就被
  // 屏蔽了; 注册机跑一下就永久激活). Not a security update, a fabric patch, nor the tool refused (破解补丁我们不提供).
  {
    words: ['补丁', '破解补丁', '激活补丁', '激活工具', '注册机', '破解工具', 'kms激活', '免激活', '激活器'],
    severity: 'block',
    message: '提供破解补丁、注册机绕过正版软件授权验证，属于侵权违法内容',
    window: 40,
    sentence: [
      /验证|激活|授权|正版|订阅|弹窗|序列号|许可|license|会员/,
      /屏蔽|绕过|绕开|跳过|破解|永久|不会再?弹|不再弹|去掉|拦截|失效|检测不到|查不到|免费用|白用/,
    ],
    notSentence: [WARNING, /安全补丁|系统补丁|官方补丁|系统更新|漏洞|不提供|不建议|别装|不要装|病毒|正版授权|官方渠道购买|衣服|裤子|布|熨|缝/],
  },
  // Round 40 (t40e): an account or a card that was taken from its owner, sold on with the owner said to be unable to get it back (游戏号是“洗”来的，
  // 原主找不回). Not the account's own recovery told (原主申诉能找回，所以我们不收).
  {
    words: ['原主', '原号主', '原卡主', '原机主', '原主人', '原账号主'],
    severity: 'block',
    message: '售卖盗取、洗白的账号或物品，属于违法内容',
    after: /^(?:也|都|就|根本|再也|永远)?(?:找不回|追不回|拿不回|要不回|申诉不回|找不到|追不到)/,
    window: 40,
    notSentence: [WARNING, /不收|不卖|不做|谨防|小心|被盗|报警|丢了|申诉|别买|不要买|不建议|(?:千万|一定)(?:别|不要)/],
  },
  {
    words: ['洗来的', '洗过来的', '洗白的号', '洗出来的号', '洗号', '洗白了的'],
    severity: 'block',
    message: '售卖盗取、洗白的账号或物品，属于违法内容',
    window: 30,
    sentence: /号|账号|装备|皮肤|游戏|手机|车|卡|[0-9一二两三四五六七八九十百千]+(?:块|元)|拿走|出|卖/,
    notSentence: [WARNING, /不收|不卖|不做|谨防|小心|被盗|报警|衣服|洗衣|洗过的衣|车身|洗车/],
  },
  // Round 40 (t40e): paid books or courses copied off the net and handed out with an order (全套电子档，网上弄来的资源，下单任意一本就打包送您).
  // Not an e-book refused for want of a licence (电子版我们没有授权，所以不提供PDF), nor a publisher's own bonus copy.
  {
    words: ['电子档', '电子版', '电子书', 'pdf', '扫描版', '电子资源', '网盘资源', '资源'],
    severity: 'block',
    message: '传播盗版电子书、课程等侵权资源，属于违法内容',
    window: 40,
    sentence: [
      /网上(?:弄|下|找|扒|搞|搜|拿|淘)|盗版|破解|扒(?:下来|的)|来路/,
      /送|免费|白送|打包|不用(?:再)?(?:花|买)|私发|发(?:您|你)|拿去/,
    ],
    notSentence: [WARNING, /没有授权|未授权|没授权|不提供|不能提供|正版授权|出版社授权|官方授权|不卖|不发|不送|不能送/],
  },
  // Round 40 (t40e): goods for sale carried through customs on the person as personal belongings, the declaration skipped (过关时当自用背在身上，
  // 不走申报，省下来的…就是差价). Not the buyer's own purchase said free of duty within the allowance, nor a declaration made.
  {
    words: ['当自用', '按自用', '作为自用', '说是自用', '装作自用', '假装自用', '当成自用', '不走申报', '没走申报', '不申报', '没申报', '没有申报', '不去申报'],
    severity: 'block',
    message: '将商品伪装为自用物品、不申报带入境销售，属于走私违法内容',
    notBefore: /(?:还|尚|暂时|如果|要是)$/,
    hypothetical: true,
    window: 40,
    sentence: [
      /过关|海关|入境|过境|口岸|通关|机场|飞回来|带回|随身|背回|拎回|背在身上|带在身上|穿在身上|戴在身上/,
      /差价|省|便宜|税|卖|给您|给你|价格|发货|出单/,
    ],
    notSentence: [WARNING, /如实|(?:缴|交|补)(?:了|过)?税|按规定|需要申报|要申报|必须申报|应当申报|会被(?:查|罚|扣|没收)|罚款|没收|本人自用/],
  },
  // Round 40 (t40e): reviews posted by a team or a pool of accounts on the buyer's order (评价团队…用几十个号在商品下面刷带图好评，费用我们出).
  {
    words: ['刷'],
    severity: 'block',
    message: '组织他人账号刷虚假好评，属于违法违规内容',
    after: /^(?:带图|晒图|图文|五星|5星|真人|追加)?(?:的)?(?:好评|评价|评论|买家秀)/,
    window: 40,
    sentence: /团队|水军|工作室|小号|[0-9几十百千]+个(?:账号|号)|几十个号|找人|请人|安排人|(?:我们|店里)出(?:钱|费用)|费用我们出|订单号给我/,
    notSentence: [WARNING, /不刷|不会|不能|不可以|检测|处罚|封|从不|没有|骗子|冒充|别信|不要信|诈骗/],
  },
  // Round 40 (t40e): a jammer that blanks every phone around it, sold for exam rooms or meetings (方圆二十米手机全都没信号，考试季卖得好). Not a
  // pouch for one's own key or phone, nor a dead zone told (地下室没信号).
  {
    words: ['没信号', '没有信号', '收不到信号', '断信号', '信号全无', '打不了电话', '上不了网', '信号全断', '信号全没'],
    severity: 'block',
    message: '售卖干扰屏蔽他人通信信号的设备，属于违法内容',
    window: 40,
    sentence: [
      /方圆|周围|周边|范围内|附近|[0-9一二两三四五六七八九十几百]+米(?:内|以内|之内|范围)?|全场|整(?:个|间)(?:房间|会议室|考场|教室|楼层|屋)/,
      /考场|考试|会议室|开会|教室|别人|他人|周围的人|所有人|(?:手机|电话)(?:全|都)/,
    ],
    notSentence: [WARNING, /屏蔽袋|信号袋|法拉第|钥匙|防盗|地下室|电梯|山里|山区|信号不好|基站|运营商|不卖|不提供|考场禁止/],
  },
  // Round 40 (t40e): a paper that only a store or a bank may issue printed to the buyer's order (专柜小票…按您想要的日期和门店重新打一张，跟真的一模一样;
  // 练功券…晚上在小卖部用没人看得出来). Not the shop's own receipt reprinted from the order, nor practice notes kept to practice.
  {
    words: ['小票', '购物小票', '专柜小票', '收据', '购物凭证', '水单', 'pos单', '刷卡单'],
    severity: 'block',
    message: '按买家要求伪造购物小票、凭证，属于违法内容',
    window: 40,
    sentence: /(?:按|照)(?:您|你)(?:想|需)?要的?[^，。]{0,6}(?:日期|门店|店|时间|金额|价格)|(?:日期|门店|金额|时间|店名)(?:您|你)?(?:随便|任意|想|自己)(?:填|写|选|定|挑)|任意(?:日期|门店|店铺|金额)|想要(?:哪|什么)(?:天|家|个店)|(?:跟|和)真的?(?:一模一样|一样|没区别)|以假乱真|现做|代打|做一张|伪造|看不出(?:是)?假/,
    notSentence: [WARNING, /原件|补打|订单详情|电子发票|如实|不能|不可以|无法|不提供|不做/],
  },
  {
    words: ['练功券', '练功钞', '道具币', '道具钞', '道具钱', '影视币', '样币', '点钞练习'],
    severity: 'block',
    message: '教唆把练功券、道具币当真钱使用，属于违法内容',
    window: 40,
    sentence: [
      /(?:用|花|花出去|买东西|找零|付款|付钱|付账|结账)|小卖部|商店|店里|夜市|摊|晚上/,
      /看不出|没人(?:看|发现|认|注意)|发现不了|认不出|分不出|(?:跟|和)真(?:钱|的|币|钞)(?:一样|一模一样|没区别)|以假乱真|当真钱/,
    ],
    notSentence: [WARNING, /仅供|只能用于|只用于|培训|拍摄|教学|不能流通|不能当|不可以当|不能用于|别拿去|不要拿去/],
  },
  // Round 40 (t40e): a vehicle's emissions control defeated, put back for the annual check (模块插上就能屏蔽尿素检测，不加尿素也不限扭，年检时拔掉就好;
  // 三元催化掏空…年检前装回去). Not a fault told with a repair, nor the part said to fail the check once removed.
  {
    words: ['尿素', '三元催化', '颗粒捕集', 'dpf', 'egr', '后处理', '排放', '尾气', '国六', '国五'],
    severity: 'block',
    message: '教唆屏蔽或拆除机动车排放控制装置，属于违法内容',
    window: 40,
    sentence: [
      /屏蔽|拆掉|拆了|去掉|掏空|绕过|短接|模拟器|不用加|不加|骗过|关掉|删掉|刷掉|拔掉/,
      /年检|环检|尾检|检测站|限扭|不限扭|超标|没人查|查不出|交警|装回|插上/,
    ],
    notSentence: [WARNING, /不提供|不建议|(?:别|不要|请勿|切勿|千万别)(?:自己|私自|擅自)?(?:屏蔽|拆|去掉|掏空|短接)|过不了|通不过|不合格|按时加|正规/],
  },
  // Round 40 (t40l): …or the test itself fixed, the data "adjusted" for a pass (有个师傅能帮您把检测数据“调”一下，保证一次过). Not data read or
  // explained (检测数据可以在检测站查), nor a car tuned before the test (年检前调一下怠速).
  {
    words: ['检测数据', '尾气数据', '排放数据', '年检数据', '环检数据', '检测结果', '检测报告', '检测的数据'],
    severity: 'block',
    message: '篡改机动车检测数据，属于违法内容',
    window: 40,
    sentence: [
      /(?:数据|结果|报告)[^，。！？]{0,3}?(?:调|改|动|做|弄|修改|处理)(?:一下|一调|了|好|过|低|掉|成)/,
      /年检|尾气|排放|环检|检测站|车检|过检|保证(?:一次)?(?:过|通过)|包过|一次过|稳过/,
    ],
    notSentence: [WARNING, /不能|无法|没法|不提供|不做|不会|改不了|调不了|如实|正规|维修/],
  },
  // Round 40 (t40e): a car opened and driven off without its key by a device (站在车旁边按一下，一键启动的车就能打开开走，不用原车钥匙) —
  // anchored on the key's absence, since the device is often named in the buyer's words ('解码器'). Not the buyer's own keyless car
  // (您的车钥匙放包里就能解锁), nor a theft warned of.
  {
    words: ['不用原车钥匙', '不需要原车钥匙', '无需原车钥匙', '没有原车钥匙', '不用车钥匙', '不需要车钥匙', '无需车钥匙', '没有车钥匙', '不用钥匙', '不需要钥匙', '无需钥匙', '没钥匙也', '没有钥匙也'],
    severity: 'block',
    message: '提供破解他人车辆门锁和启动的工具，属于违法内容',
    deniable: false,
    window: 50,
    sentence: [
      /车/,
      /开走|开跑|打开|启动|开门|解锁/,
      /解码器|破解器|中继|信号放大|小盒子|按一下|一键|站在(?:车)?旁边|靠近车|贴近车|别人的?车|他人的?车|任何车|谁的车|停着的车|都能开|都在用|(?<![没无])有货|也有|要的话/,
    ],
    notSentence: [WARNING, /防盗|被盗|被偷|屏蔽袋|报警|谨防|小心|(?:您|你)的(?:爱)?车|自己的车|车主本人|指纹|密码|蓝牙|app|nfc|感应|数字钥匙/],
  },
  // Round 40 (t40e): a phone's identity rewritten so a lost or locked set can be sold (串号我们能改，挂失的、有锁的都能刷成新的). Not the IMEI
  // checked or told (串号可以在官网查询), nor the shop refusing locked sets.
  {
    words: ['串号', 'imei', '改串', '刷串', '改码'],
    severity: 'block',
    message: '篡改手机串号（IMEI）洗白挂失、锁机设备，属于违法内容',
    window: 40,
    sentence: [
      /(?:改|刷|换|重写|写)(?:成|掉|个|一个)?(?:新|别的|其他|正常)?(?:的)?(?:串号|imei|码)|(?:串号|imei)[^，。]{0,6}?(?:能|可以|都能|帮您|给您)?(?:改|刷|换|重写)|刷成新|洗白|改串|刷串|改码/,
      // Round 41 (t41i): …or the set found or locked (捡到的、锁了的机器也能重新激活用).
      /挂失|有锁|锁机|黑名单|丢失|丢的|捡的|捡到|捡来|偷|被盗|id锁|监管锁|网络锁|报失|黑机|锁了|被锁|来路不明/,
    ],
    notSentence: [WARNING, /查询|核对|查一下|验机|不能改|改不了|不改|不提供|无法|不收|不回收|不卖/],
  },
  // Round 40 (t40l): …or a locked phone "washed" with no question asked where it came from (有锁的苹果我们能帮您“洗”干净，来路不用跟我说) — handling
  // stolen goods. Not the buyer's own set unlocked by the maker with its receipt, nor the shop refusing sets of unknown origin.
  {
    words: ['来路不用', '来路不问', '来路不管', '不问来路', '不管来路', '不问哪来的', '不管哪来的', '哪来的不用', '哪来的不问', '来源不用', '不问来源', '来源不问'],
    severity: 'block',
    message: '帮助处理来路不明（疑似盗抢）的物品，属于违法内容',
    window: 40,
    // (the shop's refusal of another trade in the sentence before — 二手机回收这块我们不做。不过有锁的苹果… — governs nothing here; the
    // refusals of this one stand in notSentence)
    refusal: /(?:不收|不回收)[^，。]{0,4}(?:有锁|来路|黑机|赃|偷|盗)|来路不明[^，。]{0,4}(?:不收|不回收)/,
    sentence: /有锁|id锁|监管锁|锁机|洗|解锁|刷机|去锁|手机|iphone|电脑|车|收|卖|出|回收|变现/,
    notSentence: [WARNING, /不收|不回收|不卖|不提供|官方|凭证|发票|本人|小心|谨防|别卖|不要卖|报警/],
  },
  // Round 40 (t40e): goods withdrawn from sale at home, sent anyway under another name (果味的小棒子也有，国内已经停售了，我们备注“香薰”给您发出去).
  // The shop's own stop (我们已停售) is no gate; nor the stop told with no supply (国内停售了，所以我们也不卖了).
  {
    words: ['国内停售', '国内已经停售', '国内已停售', '国内早就停售', '国内早停售', '国内都停售', '国内全面停售', '国内已经下架', '国内下架了', '国内都下架'],
    severity: 'block',
    message: '明知国内停售仍以其他品名寄发，属于违法内容',
    window: 40,
    sentence: new RegExp(`${SUPPLIED_ANYWAY.source}|备注[^，。]{0,8}(?:发|寄|报)|(?:面单|运单|快递单|报关单)[^，。]{0,4}写`),
    deniable: false,
    notSentence: /严禁|拒绝|举报|违法|谨防|不卖|不做|不发|不能发|没法发|无法|暂停|所以不|所以我们(?:也)?不|请勿|没有(?:现货|货|渠道|库存|门路)|(?:我们|本店|店里)(?:也)?(?:已经)?(?:停售|下架)/,
  },
  // Round 40 (t40a): a vaccine sold to the buyer and given outside a vaccination site — mailed cold-chain to the home, jabbed by a nurse one
  // knows, a small clinic or the buyer (九价…冷链寄到家…找个小诊所或者认识的护士帮忙打): vaccines go only to the disease-control sites. Not a
  // shot booked at the community clinic, a pet's at the vet, the baby's care after its shots, nor a cool box or a test kit sold.
  {
    // (九价 alone is the HPV vaccine; 二价/四价 are also iron's and lead's valences, HPV also an infection: they wait for 疫苗)
    words: ['疫苗', '九价', '狂犬针', '流感针', '乙肝针'],
    severity: 'block',
    message: '私下售卖、寄递疫苗或在非接种单位注射，属于违法内容',
    notAfter: /^(?:冷藏|保温|收纳|本|接种本|接种证|证|卡|贴|包|箱|袋|检测|自检|筛查|采样|试剂)/,
    window: 60,
    sentence:
      /寄(?:到|给)?(?:家|您|你)|到家|冷链(?:寄|发|运|配送|包邮|直发)|包邮|现货|(?<![没无])有货|(?:找|让|请)[^。！？]{0,8}(?:护士|诊所|医生|朋友|熟人|村医|卫生室|美容院)[^。！？]{0,6}(?:打|注射|扎)|小诊所|私人诊所|(?:自己|在家)[^。！？]{0,4}(?:打|注射|扎)|不用(?:排队|摇号|预约|等号)/,
    notSentence: [
      WARNING,
      /(?<!不用|不必|无需|别|不需要)(?:去|到|在|预约|联系|咨询)(?:当地|附近|就近|您所在的?)?(?:的)?(?:社区|疾控|接种|卫生院|卫生服务|防疫站|正规医院)|不卖|不售|不能(?:寄|邮|卖)|宠物|猫|狗|兽|打完|接种后|打过|(?:宝宝|孩子|小孩|婴儿|宝贝|老人)(?:刚|已经|要|准备)?打(?:了|过|完)?疫苗|疫苗(?:前|后|期间|当天|反应)/,
    ],
  },
  // Round 40 (t40a): a listening device set on another adult without their knowledge — a remote silent microphone put in a spouse's bag, a
  // charger heard from a boss's office (远程静默开麦…对方一点察觉不到，放老公包里也一样好使). Not a child's watch that listens with a prompt or
  // the child's consent, a recorder used openly, nor monitoring refused.
  {
    // (not a bare 开麦, a headset's or a live room's mic; nor 监听耳机 / 监听音箱, studio monitors)
    // Round 40 (t40i): …or a small recorder sold by whose talk it picks up (能录到隔壁说话), hidden in another thing and bought to check on a
    // spouse (能塞进耳机盒里…很多人买来查老公). Traps: 隔音棉装上就听不到隔壁说话了; 会议录音笔放桌上，记得告知对方.
    words: ['远程开麦', '静默开麦', '偷偷开麦', '远程监听', '监听', '远程聆听', '单向聆听', '远程拾音', '远程录音', '后台录音', '静默录音', '偷偷录音', '偷录音', '远程收音',
      '录到隔壁', '录得到隔壁', '能录隔壁', '录隔壁', '听到隔壁', '听得到隔壁', '听得见隔壁', '能听隔壁', '录到别人', '录别人说话', '录到对方', '录对方说话', '听到对方说话',
      '录到老公', '录到老婆', '录到同事', '录到领导', '录到老板'],
    severity: 'block',
    message: '售卖用于秘密监听他人的设备，属于违法内容',
    notAfter: /^(?:耳机|耳返|音箱|音响|级|声卡|效果|器材|功放)/,
    window: 60,
    sentence: [
      /察觉不到|发现不了|发现不到|不会发现|不知道|没人知道|听不到提示|无提示|神不知|(?:放|塞|藏|装|插|粘|贴|夹)(?:在|进|到)?[^。！？]{0,4}(?:老公|老婆|丈夫|妻子|对象|男朋友|女朋友|男友|女友|对方|别人|同事|领导|老板|上司)(?:的)?(?:包|车|口袋|办公室|工位|房间|卧室|枕头|衣服|外套|桌)|(?:塞|藏|缝|夹)(?:在|进|到)[^。！？]{0,8}(?:盒|壳|包|笔|充电|插座|玩偶|娃娃|抽屉|柜|里)|查(?:老公|老婆|丈夫|妻子|对象|男朋友|女朋友|男友|女友|岗)/,
      /老公|老婆|丈夫|妻子|对象|男朋友|女朋友|男友|女友|对方|别人|他人|同事|领导|老板|上司|员工|婆婆|小三|情人|前任|前夫|前妻|隔壁/,
    ],
    notSentence: [WARNING, /同意|授权|告知|提示音|(?<![不没])会(?:提示|显示|响|亮)|亮灯提示|指示灯|公开|明示|侵犯|隐私|检测|不卖|不提供|不做|不支持|(?:不能|不要|别|请勿)用(?:来|于)/],
  },
  // Round 40 (t40a): a protected live animal sold without its papers, privately (红龙幼鱼有，没证的，活体私下发) — the Asian arowana, the
  // CITES tortoises and parrots. Not one sold with its CITES papers and chip, 红龙果 the fruit, nor one refused for want of papers.
  {
    words: ['红龙', '过背金龙', '红尾金龙', '亚洲龙鱼', '金龙幼鱼', '辣椒红龙', '血红龙', '巨骨舌鱼', '苏卡达', '辐射陆龟', '缅甸陆龟', '亚达伯拉', '金刚鹦鹉', '非洲灰鹦鹉', '葵花凤头', '蜂猴', '懒猴'],
    severity: 'block',
    message: '无证买卖国家保护或濒危野生动物，属于违法内容',
    notAfter: /^(?:果|虾|茶|酒|造型|模型|图案|玩偶|公仔|摆件)/,
    window: 40,
    sentence: /(?:没|无|不带|没有|没办|缺)(?:任何|相关)?(?:证|证书|证件|手续|芯片|许可|cites|文件)|私下(?:发|卖|交易|出|给)|私发|不上架|不挂(?:链接|出来)|别声张|走私|偷运|(?:当|按|作为|写成)[^。！？]{0,6}(?:观赏鱼|普通|锦鲤|金鱼|草龟|巴西龟)/,
    // (round 41, t41b: …nor a comparison with the papered fish — 不带证的，比带证便宜三分之二)
    notSentence: [WARNING, /(?<![没无不比])(?:带|有)(?:cites)?(?:证|芯片)|证书齐|手续齐|芯片齐|不卖|不收|不出|违法|所以不|暂时没有|(?:不是|并非|没有)走私|(?:等|办好|打好|办完|之后|以后)[^。！？]{0,8}(?:再发|才发|发货)/],
    asked: true,
  },
  // Round 40 (t40l): …the CITES I tortoises and lorises, barred from private trade, offered outright with no paper named (刚到一批辐射陆龟苗，
  // 有意向的跟我说). Not a print or a model (辐射陆龟造型), one refused, nor one sold with its papers.
  {
    words: ['辐射陆龟', '射纹龟', '缅甸陆龟', '马达加斯加陆龟', '蛛网陆龟', '安哥洛卡', '犁头龟', '蜂猴', '懒猴'],
    severity: 'block',
    message: '无证买卖国家保护或濒危野生动物，属于违法内容',
    notAfter: /^(?:造型|模型|图案|玩偶|公仔|摆件|图片|科普|保护)/,
    window: 40,
    sentence: /刚到|到了一批|一批|(?<![没无])有货|现货|出苗|苗子|龟苗|幼体|有意向|要的话|想要的|跟我说|私聊|私我|数量不多|量少|便宜|出售|转让|出几只|[0-9]+(?:块|元)|包活/,
    notSentence: [WARNING, /(?<![没无不])(?:带|有)(?:cites)?(?:证|芯片)|证书齐|手续齐|芯片齐|不卖|不收|不出|不做|违法|保护动物|所以不|暂时没有/],
    asked: true,
  },
  // Round 41 (t41b): shahtoosh by its fibre — the Tibetan antelope's down (藏区那种小羚羊的绒做的披肩…量少只接熟客预订) taken on order. Not a
  // goat's cashmere sold as fine as a ring shawl, an antelope print, nor the trade refused.
  {
    words: ['羚羊绒', '羚羊的绒', '羚羊毛', '羚羊的毛', '羚羊底绒', '小羚羊'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    notAfter: /^(?:图案|印花|造型|公仔|玩偶|模型|刺绣|纹)/,
    window: 40,
    sentence: [/披肩|围巾|绒|沙图什|戒指|毯/, /订|(?<![没无])有货|现货|接|卖|要的话|熟客|私|量少|渠道|留/],
    notSentence: [WARNING_TRADE_GATE, /保护动物|不卖|不接|不做|不收|仿|替代|山羊绒(?:的|做的)?(?:就|也)?(?:能|可以)/],
  },
  // Round 41 (t41b): pangolin scales by their trade names (甲片, 炮山甲) ground or made up as medicine (甲片磨粉装胶囊发，外包装不写名字). Not
  // press-on nail tips (穿戴甲片, 粉色甲片), nor a substitute told.
  {
    words: ['甲片', '山甲片', '炮甲', '炮山甲', '山甲粉', '甲珠', '鲮鲤甲'],
    severity: 'block',
    message: '涉及买卖国家保护野生动物制品',
    notBefore: /(?:穿戴|美|指|假|贴|光疗|延长|手|脚|足|装)$/,
    window: 30,
    sentence: /磨粉|打粉|磨成粉|研(?:成)?粉|粉末|胶囊|入药|炮制|下奶|通乳|催乳|发奶|煲汤|泡酒|不写名|不标名|不写品名/,
    notSentence: [WARNING, /美甲|穿戴|指甲|甲油|贴片|光疗|不卖|替代|代用|已(?:经)?(?:从药典)?(?:删除|移除|禁用)/],
  },
  // Round 41 (t41b): poppy husk in food by its wink — a shell nobody names, ground into a seasoning that makes eaters come back (懂行的都知道是
  // 什么壳磨的，吃了会惦记). Not eggshell or shrimp-shell powder, a phone case, nor a denial (不加任何壳粉).
  {
    words: ['什么壳', '啥壳', '那个壳', '那种壳', '大烟壳', '烟壳', '米壳', '御米壳', '壳磨', '壳粉'],
    severity: 'block',
    message: '在食品中添加罂粟壳等毒品原植物，属于违法内容',
    notBefore: /(?:蛋|虾|蟹|贝|核桃|椰|果|花生|手机|外|硬|甲|龟|螺|瓜子|稻|谷|豆|可可|咖啡|坚果)$/,
    window: 40,
    sentence: [/磨|粉|加|配|放|料|汤|锅|卤|调|酱|吃|喝/, /惦记|上瘾|成瘾|回头|戒不掉|离不开|老想|念念不忘|吃了还想|想再来/],
    notSentence: [WARNING, /不含|不加|没有加|没加|检测|谣言|蛋壳|虾壳|蟹壳|贝壳|手机壳|外壳/],
  },
  // Round 41 (t41b): the origin on the label set down as another place because the real one is barred at home (工厂在福岛县，国内不让进，所以
  // 中文标签上的产地我们贴成了静冈; 和牛确实是日本原产的，国内不让进，所以商品页我们写的产地是澳洲). Not the ban told as why we do not sell, nor
  // the origin stated truly.
  {
    words: ['产地', '原产地', '产区'],
    severity: 'block',
    message: '篡改产地标识以规避进口禁令，属于违法内容',
    window: 60,
    sentence: [/(?:贴|写|标|改|印|换|填|报)(?:成|为|作)了?|写的(?:产地)?(?:是)?|标的(?:产地)?(?:是)?/, /不让进|不让卖|进不来|禁止进口|禁止入境|不能进口|不准进|不让进口|国内不让|国内禁|进口不了|过不了关|不许进/],
    notSentence: [/严禁|拒绝|举报|违法|不卖|所以不|暂停|下架|如实|真实产地|实际产地|(?:不是|并非|没有)(?:福岛|日本)/],
  },
  // Round 41 (t41b): goods with no licence at home supplied anyway (这款彩片国内没证，走行李带的) — as the registration cue reads 没注册.
  {
    words: ['国内没证', '国内没有证', '国内无证', '国内没证书', '国内没有证书', '国内没许可', '国内没有许可', '国内没牌照', '国内没注册证', '国内没有注册证', '国内没批号', '国内没有批号'],
    severity: 'block',
    message: '销售未经国内批准或注册的商品并规避监管，属于违法内容',
    sentence: SUPPLIED_ANYWAY,
    deniable: false,
    notSentence: [NOT_SUPPLIED],
    // Not REFUSAL_FRAME: an invoice we cannot issue (开不了票) refuses nothing of the sale.
    refusal: WARNING,
  },
  // Round 40 (t40a): tobacco ordered under another listing, the real goods in the order note (古巴雪茄有，拍“普洱茶饼”备注型号; 烟弹…拍充电宝
  // 链接，备注口味) — tobacco may not be sold online. Not a cigar cutter or humidor, a scent note (雪茄香调), nor tobacco refused.
  {
    words: ['雪茄', '香烟', '卷烟', '烟丝', '烟叶', '电子烟', '烟弹', '烟油', '万宝路', '中华烟', '悦刻', 'iqos'],
    severity: 'block',
    message: '以其他商品链接下单售卖烟草制品，属于违法内容',
    notAfter: /^(?:剪|刀|钻|盒|柜|保湿|打火机|火机|烟灰缸|灰缸|架|袋|套|托|夹|配件|香|味|风味|色|纸盒|木盒)/,
    window: 50,
    // Round 40 (t40i): …or the box or waybill labelled as another product (古巴雪茄可以发，箱子上我们写茶叶; 烟弹面单写“香薰”) — not the
    // carrier's marks (易碎, 向上), the buyer's details, nor the cigars' own facts (盒子上写着产地和年份).
    sentence: /拍(?!照|摄|视频|图|个?照片|卖)[^。！？]{1,12}(?:备注|留言)|(?:下单|拍)[^。！？]{0,3}选[^。！？]{1,10}(?:备注|留言|写)|挂(?:在|到)[^。！？]{1,10}(?:链接|下面|名下)|(?:换个|换了|改个)名(?:字)?(?:上架|挂)|(?:箱子|盒子|外箱|纸箱|外盒|外包装|包装|面单|快递单|运单|单子|品名)(?:上|里)?(?:我们|就|都|只|会|统一|直接|一律|给您|给你){0,3}(?:写|标|填|报)(?:的是|成|作)?(?!了|有|着|地址|收件|电话|姓名|名字|您的|你的|清楚|明白|实际|真实|如实|易碎|小心|轻放|防潮|向上|产地|年份|型号|规格|日期|保质期|雪茄|香烟|烟)[一-龥]{2}/,
    notSentence: [WARNING, /不卖|不售|没有|不经营|不做|下架|如实/],
  },
  // Round 40 (t40a): explicit media dressed in an innocent cover so others cannot tell (成人杂志…外面套少年漫画的封皮发，家里人看不出来;
  // 不打码的写真集套个教辅书皮). Not a comic's own cover, nor a racy cover warned of.
  {
    words: ['封皮', '书皮', '封面', '外皮', '外封', '外壳'],
    severity: 'block',
    message: '伪装寄递色情出版物，属于违法内容',
    window: 50,
    sentence: [
      /成人(?:杂志|画报|写真|画册|书刊|光盘|光碟|碟|视频|片|漫画|小说|读物|本子|内容)|不打码|没打码|无码|无删减|18禁|r18|十八禁|色情|h漫|工口|露点|全裸|裸体/,
      /看不出|发现不了|认不出|不知道|没人知道|察觉不到|瞒着?(?:家|父母|爸妈|老婆|老公|室友)/,
    ],
    notSentence: [WARNING, /不卖|不售|别让|不要让|不适合|不宜|勿|慎|分级|成人教育|成人自考|成人高考/],
  },
  // Round 41 (t41c, batch GM): an emissions fluid said not to be needed any more because a device fools the check (插上以后就不用再加尿素了，
  // 年检线上也查不出来): the 不 belongs to the scheme, so the cue is not deniable. Not the fluid's own use told (不加尿素会限扭，请及时补充).
  {
    words: ['不用加尿素', '不用再加尿素', '不加尿素', '不需要加尿素', '不用尿素', '无需加尿素', '不再加尿素', '省了尿素', '省掉尿素'],
    severity: 'block',
    message: '教唆屏蔽或拆除机动车排放控制装置，属于违法内容',
    deniable: false,
    window: 40,
    sentence: /模拟器|屏蔽|插上|插个|装上|短接|查不出|查不到|看不出|检测不到|不报警|不报故障|不限扭|也能过|照样过|年检/,
    notSentence: [WARNING, /会限扭|会报警|及时(?:补充|添加|加)|请(?:按时|及时|定期)|过不了|通不过|不合格|正规|别(?:自己)?屏蔽/],
  },
  // Round 41 (t41c): a game table or dice rigged by a hidden remote (可以加装我们的“遥控”模块，想摸什么牌就来什么牌，打牌的朋友都察觉不到) — a cheating
  // device. Not a table's own features (自动洗牌, 想打什么玩法都能选), nor the brand of cards (要什么牌子).
  {
    words: ['想摸什么牌', '要什么牌来什么牌', '要什么牌就来什么牌', '想要什么牌', '想拿什么牌', '想抓什么牌', '想起什么牌', '想开什么点', '想要几点就', '要几点来几点', '控牌', '控点', '遥控骰', '遥控色子', '遥控麻将', '出千', '千术'],
    severity: 'block',
    message: '售卖赌博作弊器材，属于违法内容',
    notAfter: /^(?:子|号|型)/,
    window: 40,
    sentence: /遥控|模块|装置|设备|芯片|机关|加装|装好|改装|看不出|察觉不到|发现不了|没人发现|不会被发现|牌友|打牌的|桌上的人|稳赢|赢钱|朋友/,
    notSentence: [WARNING, /防作弊|防出千|反作弊|不卖|不提供|不做|玩法|魔术道具|魔术表演/],
  },
  // Round 41 (t41c): a tracker stuck under someone else's car, followed without their knowing (很多姐姐买回去是吸在老公车底盘下面的…他自己根本发现不了)
  // — the device may be named a sentence before. Not a tracker on one's own car against theft, nor the chassis of goods (鸟笼底盘).
  {
    words: ['车底盘', '车底下', '车底', '底盘下面', '底盘下', '轮毂里', '保险杠里', '后备箱夹层'],
    severity: 'block',
    message: '售卖秘密追踪他人的设备，属于违法内容',
    window: 40,
    sentence: [
      /老公|老婆|丈夫|妻子|男朋友|女朋友|男友|女友|对象|前任|情人|小三|对方|别人|他人|他的车|她的车|员工/,
      /发现不了|察觉不到|(?:他|她|对方)(?:自己)?(?:都|也|根本|完全)?(?:不知道|发现不了|看不出)|去了哪|去过哪|去哪了|停了多久|行踪|一清二楚|(?:吸|贴|粘|藏|装)在/,
    ],
    notSentence: [WARNING, /防盗|被偷|丢了|找回|自己的车|自家车|告知|同意|底盘装甲|护板|异响|保养|维修|洗车/],
  },
  // Round 41 (t41c): stun and baton weapons told by what they do, not named (一甩就开的钢棍, 一按就放电的“小黑”，放帐篷里很安心，备注“配件”就行).
  // Not a battery's discharge or a telescopic pole for camping (一甩就开的天幕杆).
  {
    words: ['一甩就开', '一甩就出', '一甩就伸', '甩开的钢棍', '一按就放电', '一按就电', '按一下就放电', '一碰就放电', '会放电的小', '能电人', '一按就冒电', '电弧'],
    severity: 'block',
    message: '售卖电击、甩棍等管制器具，属于违法内容',
    window: 40,
    sentence: /钢棍|铁棍|棍|防身|安全|坏人|歹徒|防狼|电人|电晕|小黑|备注|配件|私聊|私发|防卫|怕/,
    notSentence: [WARNING, /天幕杆|帐篷杆|登山杖|自拍杆|鱼竿|晾衣|伞|打火|点火|电弧打火|焊|充电宝|电池|静电|不卖|管制/],
  },
  // Round 41 (t41c): a pill or powder kept off the order because of what it is, sold by its effect (朋友从泰国带的“小白片”，口服的，三周涨围度，
  // 这个不能走订单，备注里也别提). Not an item out of stock or a custom item arranged with the service desk.
  {
    words: ['不能走订单', '不走订单', '别走订单', '不走平台', '不能走平台', '不能在平台', '备注里也别提', '备注里别提', '备注别提', '备注里也别写', '备注里别写', '别写备注', '不能写在订单', '不能写备注'],
    severity: 'block',
    message: '私下售卖来路不明的药物，属于违法内容',
    deniable: false,
    window: 60,
    sentence: [/片|粉|丸|针剂|药|胶囊|口服|打的|水剂/, /涨|增肌|长肌|减肥|掉秤|瘦|见效|效果|围度|变大|变白|嗨|兴奋|提神|助眠|壮阳|持久/],
    notSentence: [WARNING, /保健食品备案|蓝帽|处方|医生|说明书|(?<!不能|不|别)走订单|下单备注/],
  },
  // Round 41 (t41c): a test report issued without a test (按学校要的项目出一份，章都盖好，不用真的送检) — the paper made to order. Not a report
  // already on hand sparing the buyer a test (这批已有检测报告，您不用再送检).
  {
    words: ['不用送检', '不用真的送检', '不用真送检', '无需送检', '不送检', '免送检', '不用真的检测', '不用真检测', '不用真的测', '不用拿去检测', '不用真的拿去测', '不用寄样'],
    severity: 'block',
    message: '按需伪造检测报告或证书，属于违法内容',
    deniable: false,
    window: 50,
    sentence: [/报告|证书|证明|检测单|质检单/, /出一份|出一张|做一份|做一张|开一份|开一张|盖好|盖上|盖章|章都|按[^，。]{0,10}(?:要|需要)的|想要什么|随便|[一二两三四五六七0-9]天(?:就能|就)?拿到/],
    notSentence: [WARNING, /已经有|已有|现成的?|官网可查|扫码可查|第三方机构出具|如实/],
  },
  // Round 40 (t40a): an insurance or platform payout split over a false ground the shop coaches (您就说收到的时候就是裂的…赔下来，钱咱们一人一半;
  // 帮您报成运输破损，保价赔下来咱俩分). Not the return postage shared (退货运费一人一半), nor an honest claim.
  {
    // The split closes its clause (钱咱们一人一半。 — not 我们分两个包裹发), and the ground is put in the buyer's mouth or written for them.
    words: ['一人一半', '五五分', '对半分', '平分', '分您一半', '分你一半', '给您一半', '给你一半', '咱俩分', '咱们分', '我们分', '对半'],
    severity: 'block',
    message: '教唆买家虚假索赔骗取保险或平台赔付，属于违法内容',
    scope: 'clause',
    notBefore: /(?:运费|邮费|快递费|差价|来回运费|寄回运费)(?:的话)?(?:咱们|咱俩|我们|您我|就|也)?$/,
    after: /^(?:了|吧|哈|呗|啊|呀|怎么样|如何|就行|就好|行不行|好不好|可以吗|行吗)?$/,
    window: 60,
    sentence: [/保险|理赔|运费险|破损险|退货险|保价|赔(?:下来|出来|到|的钱|款|付)/, /(?:您|你)(?:就)?(?:说|跟[^。！？]{0,6}说)|就说|说成|报成|谎称|假装|装作|编个|编一个/],
    notSentence: [WARNING, /如实|实际情况|真实/],
  },
  // Round 42 (t42h, batch GY): goods and services past the law, each by its mechanism rather than its words.
  // A protected catch or wild product with its trade ban stated, supplied anyway (羚羊角丝…国家不让私下卖，退烧一次泡两克; 金钱鳘肚，国际上禁捕的那种，
  // 渔民私下卖给我们的). Not the ban told with nothing supplied (金钱鳘是禁捕物种，我们不卖; 长江十年禁捕，我们的鱼是养殖的).
  {
    words: ['禁捕', '禁猎', '禁采', '禁挖', '禁止捕捞', '禁止捕猎', '禁止猎捕', '不让私下卖', '不让私下买卖', '不让私下交易', '不许私下卖', '不准私下卖', '不让买卖', '不准买卖', '禁止交易', '禁止买卖', '禁止贸易', '国家保护的', '保护动物', '国家一级', '国家二级'],
    severity: 'block',
    message: '售卖国家保护或禁捕禁猎的野生动植物制品，属于违法内容',
    window: 60,
    deniable: false,
    sentence: /私下|偷偷|悄悄|渠道|门路|(?:我们|我|这边|店里)(?:这里|这儿|手上)?(?:还|也)?有(?:货|点|几|一些|少量|老货|存货)?|还有|要的话|想要的话|单独谈|价格(?:得|要)?单独|私聊|私我|卖给我们|弄来|收来|带过来|过来的|混在|一次泡|泡[^，。]{0,3}克|吃法|炖|泡水|磨粉|退烧|一年就出|量少|没有标识|没标识|不上架/,
    notSentence: [WARNING_TRADE_GATE, /不卖|不出售|不收|不碰|不做|没有货|没货|所以(?:我们)?(?:店)?(?:里)?(?:没有|不)|养殖|人工(?:繁殖|养殖|繁育)|驯养|仿制|替代品|请勿购买|别买|不要买|去医院/],
  },
  // Goods a check would stop hung under another listing or category (链接类目挂的是“美妆工具”…别在评价里提隐形眼镜; 一按就弹出来那款挂在开信刀
  // 链接里) beside the gate it gets round or the restricted thing it is. Not a colour or size in the same link, nor the honest category.
  {
    words: ['链接', '类目', '分类', '宝贝'],
    severity: 'block',
    message: '把需要许可或受管制的商品挂在其他类目或链接下售卖以规避监管，属于违法内容',
    window: 60,
    sentence: [
      /(?:链接|类目|分类)(?:的)?(?:类目)?(?:我们|都|就|是)?(?:挂|放|选|写|上|标)(?:的是|在|成|到|了|的)|(?:挂|放|上|藏)(?:在|到|进|成)[^，。！？]{1,12}?(?:的)?(?:链接|类目|分类|名下|宝贝)/,
      /没有?[^，。]{0,10}(?:注册证|许可证?|资质|备案|批文|批号|准字号)|(?:注册证|许可证?|资质|批文)[^，。]{0,6}没有|不让(?:卖|上架|发)|不能(?:上架|卖)|上不了架|(?:会|要|就)被(?:查|封|下架|删)|(?:不然|否则)[^，。]{0,8}(?:查|封|下架|删)|评价里?[^，。]{0,4}(?:别|不要|不能)(?:提|写|说|晒)|(?:别|不要)在评价|一按就弹|弹出来|弹开|自动弹|开刃|管制|甩棍|电击|防身|电子烟|烟弹/,
    ],
    notSentence: [WARNING, /如实|不会挂|不能挂|不挂|(?<!没有|没)(?:有|已拿到|已取得)(?:医疗器械)?注册证|已注册|已备案|不卖|不做|不提供/],
  },
  // A game console cracked with pirated games put on it (Switch到手可以帮您破解，装好两百个游戏再发，不用买卡带，别登正版账号). Not the refusal
  // (破解、装盗版游戏我们都不做) nor a console sold with its own games.
  {
    words: ['破解', '硬破', '软破', '改机', '改好的机', '破解机', '破解版', '刷破解'],
    severity: 'block',
    message: '破解游戏机并预装盗版游戏出售，属于侵犯著作权的违法内容',
    window: 50,
    sentence: [
      /switch|ns|ps[0-9]|psp|psv|3ds|xbox|主机|游戏机|掌机|游戏|卡带/,
      /装好|预装|内置|装满|塞满|灌好|[0-9一二两三四五六七八九十百几]+多?(?:个|款|部)(?:游戏|大作)|游戏随便(?:装|玩|下)|不用(?:再)?买(?:卡带|正版|游戏)|免费玩|随便玩|(?:别|不要|不能)(?:登|联网|登录|连网|更新)|正版账号|全解锁|都能玩/,
    ],
    notSentence: [WARNING, /不做|不提供|不支持|不帮|不能破解|无法破解|不会破解|防破解|不破解|会被封/],
  },
  // A declared value set low with the tax it saves (整套球杆我们申报价格会写八百，按个人物品走，税基本就没了; 申报价值填三百美金).
  {
    words: ['申报价值', '申报价格', '申报金额', '申报价', '货值', '报关价', '报关金额', '报关价值', '价格', '价值', '金额'],
    severity: 'block',
    message: '虚报货值以逃税，属于违法内容',
    window: 40,
    after: /^(?:我们|这边|会|就|都|给(?:您|你)|帮(?:您|你)|只|统一|一律|上)*(?:写|填|报)(?:成|为|个|的是)?[^，。！？]{0,2}?(?:[0-9一二两三四五六七八九十几百千]+(?:块|元|刀|美元|美金|澳元|日元|欧|百|千)|(?<![0-9])[0-9]{2,6}(?![0-9]|件|个|份|号|次|天|月|年)|低|少)/,
    // (not a refund's or a compensation's sum filled on the order page: 申请“仅退款”，金额填15元，作为延迟补偿)
    sentence: [/报关|申报|海关|清关|个人物品|自用/, /税|个人物品|自用|礼物|礼品|省/],
    notSentence: [WARNING, /如实|按实际|实际(?:成交|支付|金额|价格)|实付|不能|不会(?:写|填|报)|不可以|退款|补偿|赔付|赔偿|退差/],
  },
  // A grading or appraisal paper made for the buyer's own piece, its number said to check out (钻石证书这边可以给您做一份GIA的，编号官网查得到，
  // 配您这颗石头没问题). Not the lab's paper sent with the goods or applied for, nor a reissue the shop cannot do.
  {
    words: ['证书', '鉴定书', '鉴定证书', '鉴定报告', '评级卡', '证'],
    severity: 'block',
    message: '伪造或冒用鉴定证书，属于违法内容',
    window: 40,
    sentence: [
      /(?:给|帮|替)(?:您|你)?(?:做|弄|配|补|造|搞|p)(?:一|个)?(?:份|张|本|个)?|(?:能|可以|这边|我们)(?:给(?:您|你))?(?:做|弄|配|补|p)(?:一)?(?:份|张|本)|(?:我们|这边|店里|我这)(?:也|都)?(?:能|可以)(?:做|弄|p)|现做|代做/,
      /编号[^。！？]{0,8}(?:查得到|能查|可以查|查得出|可查)|官网[^。！？]{0,4}(?:查得到|能查|可以查|可查)|扫码[^。！？]{0,4}(?:能查|可查|查得到)|配(?:您|你)(?:这|那|的)|gia|igi|hrd|ngtc|国检|ngc|pcgs|psa|跟真的一样|和真的一样|以假乱真|别(?:人|的)[^，。]{0,6}编号|借(?:用)?[^，。]{0,6}编号/,
    ],
    notSentence: [WARNING, /不能做|做不了|弄不了|不做|不提供|不会做|没法做|无法|送检|实验室出具|机构出具|随货|随附|自带|原证|补办/],
  },
  // A device's activation or account lock removed on a set that is not the buyer's (捡来的苹果也能解ID锁，寄过来两天搞定). Not the owner sent to the
  // maker with the receipt, nor the shop refusing locked sets.
  {
    words: ['id锁', 'icloud锁', '激活锁', '账号锁', '监管锁', '网络锁', '云锁'],
    severity: 'block',
    message: '帮助解除他人设备的激活锁或账号锁（疑似处理拾得或盗抢物品），属于违法内容',
    window: 40,
    sentence: [
      /解|去掉|去除|去锁|绕(?:过|开)|破|刷|搞定|激活|当新机/,
      /捡(?:来|到|的)|别人(?:的|丢)|丢的|来路|偷|被盗|挂失|原(?:机)?主|不用(?:原)?(?:机主|购机)?(?:的)?(?:发票|凭证|密码)|没有?(?:发票|凭证|密码)也|不管[^，。]{0,4}(?:哪|谁)|黑机|朋友给的|秒解|包解|[0-9一二两三]+天搞定/,
    ],
    notSentence: [WARNING, /官方|凭(?:购机)?(?:发票|凭证)|本人|不能解|解不了|不提供|不做|不收|无法|报警|归还|还给|警察|失主|不解/],
  },
  // A foreign or state lottery bought on the buyer's behalf (澳洲那边的强力球我们也能帮您代买…中了奖金我们帮您兑回来).
  {
    words: ['强力球', '威力球', '超级百万', '欧洲百万', '乐透', '大乐透', '双色球', '六合彩', 'powerball', 'megamillions', '超级大乐透', '七星彩', '排列三', '福彩', '体彩'],
    severity: 'block',
    message: '代购彩票（含境外彩票），属于违法内容',
    window: 60,
    sentence: /代买|代购|代下单|代投|帮(?:您|你)(?:们)?(?:买|下注|投注|兑|领|购)|兑回来|帮(?:您|你)兑|备注号码|号码(?:您|你)?(?:自己)?(?:选|备注)|奖金[^，。]{0,8}(?:打|转|兑)(?:到|给|回)/,
    notSentence: [WARNING, /不代|不能代|不提供|不做|不帮|去线下|彩票站|图案|印花/],
  },
  // Live exam papers sent for a date and a venue (雅思词汇书拍这本，备注考点和日期，发您当场的写作题和口语卡). Not past papers, predictions or
  // the venue looked up.
  {
    words: ['写作题', '口语卡', '口语题', '作文题', '试题', '考题', '真题', '原题', '试卷', '卷子', '答案', '题目', '阅读题', '听力题'],
    severity: 'block',
    message: '泄露或售卖考试试题答案，属于违法内容',
    window: 50,
    sentence: [
      /当场的?|当天的|这场的|本场|开考[^，。]{0,6}(?:发|给)|考前[^，。]{0,6}(?:发|给|拿到)|提前(?:拿到|发|给|泄)|内部(?:渠道|流出)|流出的|泄露的|现场的/,
      /考点|考场|场次|日期|准考证|考试时间|哪天考|哪场/,
    ],
    notSentence: [WARNING, /押题|预测|模拟|历年|往年|回忆|机经|不提供|不能提供|不是当场|查询|官网|不卖|不做|请勿|不要带/],
  },
  // Card or mahjong games with the money settled after (晚上我们店主自己开房间打，一块一分，输赢当天结清). Not a game's result told, nor points.
  {
    words: ['输赢'],
    severity: 'block',
    message: '组织或邀约赌博（带彩棋牌），属于赌博内容',
    window: 40,
    sentence: [
      /(?:当天|当场|当晚|每天|打完|散场|月底|周末|最后|统一)(?:就)?(?:结清|结算|清账|转账|结|转)|(?:微信|支付宝|红包)(?:当场|直接)?(?:结|转)|一块一分|一分一块|[一二两三五十0-9]+(?:块|元|毛)(?:一|每)(?:分|番|炮|局|把|底|张)/,
      /打|玩|局|牌|麻将|房间|一桌|开台/,
    ],
    notSentence: [WARNING, GAMBLING_LINE, STAKE_DENIED, /不玩钱|不带彩|纯娱乐|不赌|积分|比赛结果|胜负/],
  },
  // Tickets printed or copied by the shop (票是我们这边自己打印的，二维码是复制的真票). Not the buyer printing an e-ticket, nor a warning not to copy.
  {
    words: ['门票', '票', '入场券', '电子票', '二维码', '年卡', '手环'],
    severity: 'block',
    message: '伪造或复制门票出售，属于违法内容',
    window: 40,
    sentence: /(?:我们|这边|店里|我这)(?:这边)?(?:自己)?(?:打印|印|做|p)的|票是[^，。]{0,6}(?:自己)?(?:打印|印|做|p)(?:的|出来)|复制的(?:真票|正票|票|码)?|(?:码|二维码)(?:是)?(?:从)?[^，。]{0,6}(?:复制|拷贝|翻拍|截)(?:的|来|下来)|复制(?:了)?[^，。]{0,4}(?:份|张)|(?:能|可以)(?:给(?:您|你))?(?:p|做|印)(?:一)?张|一码(?:多|几)(?:人|个人)|假票/,
    notSentence: [WARNING, /官方|请勿|不要复制|别复制|不复制|不能复制|无法复制|一码只能|不翻印|不卖|不做|不提供/],
  },
  // A gun silencer sold by name or in quotes beside the gun or the scope (瞄准镜可以配一个“消音管”一起发，螺纹通用，装上去基本没声). Not a car's or
  // a motorbike's exhaust muffler, nor an air compressor's.
  {
    words: ['消音管', '消音器', '消声器', '消声管', '消音筒', '消声筒', '抑制器', '消音'],
    severity: 'block',
    message: '售卖枪支消音器等枪支配件，属于违法内容',
    window: 50,
    sentence: /瞄准镜|瞄具|枪|膛|口径|打鸟|狩猎|打猎|pcp|秃鹰|猎/,
    notSentence: [WARNING, /不卖|不提供|不做|不能卖|排气|摩托|汽车|空压机|发电机|音箱|耳机/],
  },  // Round 43 (t43c, batch HB): tobacco without the monopoly's mark, sold on the price that buys (这盒古巴雪茄没有专卖的标，是船上的朋友带下来的，
  // 所以才这个价; 没有税标的洋烟，朋友从免税店捎回来的). Not a shop without a 专卖店, nor the mark told present or the unmarked refused.
  {
    words: ['专卖的标', '专卖标', '专卖标识', '专卖标志', '专卖许可', '烟草专卖', '专卖局的标', '税标', '中免标', '免税标', '专卖'],
    severity: 'block',
    message: '销售无烟草专卖标识的走私烟草，属于违法内容',
    before: /(?:没有?|无|不带|不是|没贴|不贴|没走|不走|不经)(?:贴)?(?:烟草)?$/,
    notAfter: /^(?:店|柜|区)/,
    deniable: false,
    sentence: [/雪茄|香烟|烟草|卷烟|烟丝|烟斗丝|洋烟|电子烟|烟弹|(?:一|两|几|这|那)(?:条|盒)烟|烟(?:是|都|也)/, new RegExp(`${SUPPLIED_ANYWAY.source}|便宜|价格|这个价|划算|(?<![没无])有货|私聊`)],
    notSentence: [WARNING, /不卖|不收|不做|不能卖|所以不|下架|都有专卖|带专卖|(?<![没无])有专卖|正规渠道|违法/],
    // (没有专卖 holds 卖 but refuses no sale: only a refusal of the goods cancels)
    refusal: /诈骗|骗局|举报|不卖|不售|不做|不提供|拒绝|(?<!不|没)(?:违法|犯法)/,
  },
  // Round 43 (t43c): the PDE5 drug by its street name said to be in the goods or sold (里面加的就是蓝色小药丸那个成分，包装上没写而已; 小蓝片有货).
  // Not the name quoted back unknown (“蓝色小药丸”是什么我们不清楚), nor said absent.
  {
    words: ['蓝色小药丸', '蓝色药丸', '小蓝片', '蓝色小药片', '小蓝丸'],
    severity: 'block',
    message: '售卖处方药或在商品中添加处方药成分，属于违法内容',
    window: 40,
    sentence: /加|含|成分|就是|一样|同款|效果|见效|(?<![没无])有货|私聊|私我|要的话|给(?:您|你)发|便宜/,
    notSentence: [WARNING, /不清楚|不知道|不了解|不含|没有?加|没有?含|不是|不卖|不提供|医生|处方/],
  },
  // Round 43 (t43c): electrofishing by its battery kit or its result — the fish floating belly up (电瓶套装，下水一按一片白肚皮; 电瓶一接，整片河都翻白肚).
  // Not a fish tank's dead fish, nor a boat's or a bait boat's battery.
  {
    // (round 43, t43l: …or the fish just 翻白 in the whole stretch, 整片鱼都翻白)
    words: ['白肚皮', '翻白肚', '翻肚皮', '翻了肚', '肚皮朝上', '漂一片', '浮一片', '翻白'],
    notAfter: /^眼/,
    severity: 'block',
    message: '售卖电鱼等非法捕捞器具，属于违法内容',
    window: 50,
    sentence: [/电瓶|电鱼|逆变器|一按|一电|通电|一接|套装|设备|机器|神器|家伙/, /下水|水里|野河|河里|河|塘|湖|水库|溪|鱼/],
    notSentence: [WARNING, /鱼缸|缸里|水族|氧气|增氧|换水|水质|不能|不卖|不提供|别(?:用|拿)|请勿|违法/],
  },
  {
    words: ['电瓶套装', '电瓶机', '电瓶组', '电瓶'],
    severity: 'block',
    message: '售卖电鱼等非法捕捞器具，属于违法内容',
    window: 50,
    sentence: [/路亚|钓|竿|鱼|野河|河里|塘里|水库|下水/, /白肚|麻翻|麻晕|电晕|一按|一电|通电就|效率高|一片|一大片|最好使|好使/],
    notSentence: [WARNING, /电动车|电瓶车|船|推进器|打窝船|钓箱|灯|增氧|氧气泵|充电|续航|不能|不卖|不提供|别(?:用|拿)|请勿|违法/],
  },
  // Round 43 (t43c): a bow or crossbow offered for hunting wild animals (带箭槽的“横弓”…打野兔一打一个准; 弹弓配钢珠打野鸡一打一个). Not a target
  // bow with its range, a photographer's 打鸟, nor hunting warned against.
  {
    words: ['打野兔', '打兔子', '打野鸡', '打山鸡', '打野鸭', '打麻雀', '打野味', '打猎', '狩猎', '打獐子', '打狍子', '射兔子', '射野鸡', '打野猪', '打山猪'],
    severity: 'block',
    message: '售卖用于非法狩猎的器具，属于违法内容',
    window: 60,
    // Round 45 (t45b): …or a sight for a gun named by its mount or by a euphemism (燕尾底座加红点，装到那种“长管子”上), its accuracy said any way
    // (特别准, 贼准), or the waybill naming it as something else (物流单写的是望远镜配件).
    sentence: [/弓|弩|箭|弹弓|钢珠|气枪|猎枪|铅弹|吹箭|红点|瞄准镜|瞄具|瞄镜|夜视|长管|枪管|枪/, /一打一个准|一打一个|打得准|一箭一个|准得很|(?:很|特别|超|非常|贼|巨|挺|老)准|威力|穿透|射程|不在页面|不上架|按配件|(?:写|报|填|申报)(?:的是|成|为)[^，。！？]{0,8}配件|私下|私聊|(?<![没无])有货|仓库里有|给(?:您|你)发|要的话|想要/],
    notSentence: [WARNING, /不卖|不提供|不建议|违法|保护动物|不能(?:用来|拿来)?(?:打猎|狩猎)|禁止|请勿|只(?:能|用于|适合)(?:射靶|打靶|靶场)|靶/],
  },
  // Round 43 (t43c): trade kept off the books on both sides to skip tax (这批我们不入账也不开票，您那边也别入库，两边都省一道税). Not a refund not yet
  // booked, nor the books kept as the law asks.
  {
    words: ['不入账', '不走账', '不进账', '不过账', '不走公账', '别入账', '不记账', '别入库', '不入库', '账外', '体外循环'],
    severity: 'block',
    message: '隐瞒收入、逃避税款，属于违法内容',
    window: 40,
    sentence: [/税|开票|发票|票/, /省|便宜|让|点|划算|少交|不交/],
    notSentence: [WARNING, /如实|依法|正常入账|都会入账|都入账|照常开票|正常开票|到账|退款|未付款|暂不/],
  },
  // Round 43 (t43c): an injectable cycle for muscle by its slang (要不要配一个周期的“小针”？德国货，药店买不到; 练块头的都打一个周期). Not a syringe
  // for feeding a pet, protein taken for a cycle, nor injections warned against.
  {
    words: ['小针', '小针剂', '一个周期', '一周期', '打周期', '上周期', '两个周期'],
    severity: 'block',
    message: '售卖类固醇等违禁药物用于增肌，属于违法内容',
    notAfter: /^(?:管|筒|织|脚|眼|头|孔|线)/,
    window: 40,
    sentence: [
      /肌肉|增肌|蛋白粉|健身|备赛|块头|力量|体脂|撸铁|练|围度|健美/,
      /针|打|药店|药厂|买不到|开不到|类固醇|睾酮|激素|德国货|欧洲货|要不要|配(?:一|个|上)|(?<![没无])有货|私聊/,
    ],
    notSentence: [WARNING, /不建议|别打|不要打|伤肝|不卖|不提供|违法|兴奋剂检测(?:呈)?阳性|喂药|喂奶|宠物|猫|狗/],
  },
  // Round 43 (t43c): antiquities freshly dug from the ground (这枚古钱是生坑的，刚出来不久，正规渠道出不来; 刚从地里挖出来的青铜器). Not a replica
  // aged to look dug up, nor digging refused.
  {
    words: ['生坑', '刚出土', '新出土', '刚挖出来', '刚从地里', '墓里出来', '坑口货', '盗墓', '刚出坑', '新出坑'],
    severity: 'block',
    message: '买卖出土文物，属于违法内容',
    window: 40,
    sentence: [/古|钱|币|玉|瓷|文物|器|陶|银锭|佛像|墓|坑/, /刚|不久|新|正规渠道|渠道|没有证|没证|没有证书|私下|出不来|地里|墓|挖|便宜|(?<![没无])有货|收/],
    notSentence: [WARNING, /仿|做旧|工艺品|复刻|复制|不收|不卖|违法|文物局|不能买卖|禁止|熟坑/],
  },
  // Round 43 (t43c): a spy app that hides itself on another person's phone and mirrors their chats (装上以后他那边不显示图标，聊天、定位、通话录音
  // 都同步到您手机上). Not a family or child app with consent, nor an icon hidden in one's own settings.
  {
    words: ['不显示图标', '隐藏图标', '图标隐藏', '没有图标', '看不到图标', '图标不显示', '无图标', '不显示软件', '看不出装了', '看不出来装了'],
    severity: 'block',
    message: '提供偷窥他人通讯隐私的软件，属于违法内容',
    window: 50,
    sentence: [/同步|聊天|定位|通话|录音|微信|短信|记录|监控|监听|看到/, /(?<![其吉利排])他|她|对方|老公|老婆|男朋友|女朋友|对象|员工|别人|前任/],
    notSentence: [WARNING, /同意|知情|授权|不会|(?<!能)不能|不提供|不支持|不卖|孩子|儿童|宝宝|女儿|儿子|老人|家长|手表/],
  },
  // Round 43 (t43c): software installed for the buyer cracked, with a key shared by all (远程帮您装好，都是破解过的，激活码大家共用). Not the shop's
  // refusal, nor genuine licences.
  {
    words: ['破解过的', '破解版', '破解好的', '破解了的', '盗版的', '盗版软件', '激活码大家共用', '激活码共用', '共用激活码', '共享激活码', '共享账号激活'],
    severity: 'block',
    message: '安装或提供破解、盗版软件，属于侵权违法内容',
    window: 50,
    sentence: [/装|安装|软件|office|ps|photoshop|final cut|cad|激活|系统|windows|win|游戏|剪辑|设计/, /帮(?:您|你)|给(?:您|你)|远程|我们|到手|送|免费|省|共用|共享/],
    notSentence: [WARNING, /(?:都是|只装|只提供|预装|装的是)正版|不(?:装|提供|帮|送|做)(?:任何)?(?:破解|盗版)|防破解|无法破解|难以破解|不会被破解|不建议|别装|不要装|病毒|正版授权/],
  },
  // Round 43 (t43g, blind batch HE): goods brought in past customs or tax, in the trade's slang (海上来的，没走正关，所以便宜; 这批雪茄不走税;
  // 手上还压着一点没报关的，不上架). Not a parcel still waiting to be declared (包裹还没报关，明天申报), nor a refusal.
  {
    words: ['没走正关', '不走正关', '没过正关', '不过正关', '走灰关', '走偏关', '不走税', '没走税', '没上税', '不上税', '逃了税', '没交关税', '不交关税'],
    severity: 'block',
    message: '走私或逃税（不经海关正常申报），属于违法内容',
    notSentence: [WARNING, /如实|额度内|限额内|免税额度|跨境电商零售|行邮|会被|要补税|被查/],
  },
  {
    words: ['没报关的', '没报关', '没有报关的', '没走报关', '没清关的', '没过海关的', '没经过海关'],
    severity: 'block',
    message: '售卖未经报关的货物（走私），属于违法内容',
    window: 40,
    sentence: /压着|手上|手里|现货|还有|还剩|不上架|没上架|单独|私下|报个数|要的话|便宜|比[^，。]{0,6}便宜|熟客|老客/,
    notSentence: [WARNING, /包裹|订单|物流|申报中|等待|明天|预计|正在|还没(?:有)?(?:开始)?报关|尚未/],
  },
  // A thing the law lets in only in one form, the other got in from abroad and repacked (国内现在只让卖烟草味，这批是从香港那边带过来的，外包装会换成
  // 普通的盒子; 国内不让进的，我们手上还压着一点). Not the rule told to explain why a flavour is out of stock.
  {
    words: ['只让卖', '只允许卖', '只准卖', '只能卖', '国内不让进', '国内不让卖', '国内禁售', '国内禁止销售', '国内不让', '不让进的', '国内不许'],
    severity: 'block',
    message: '国内禁售或限制的商品经私带、改包装出售，属于违法内容',
    window: 40,
    sentence: /带过来|带进来|背过来|捎过来|运过来|偷运|(?:换|改)(?:成|为)?(?:普通|别的|其他|没字|空白|素)的?(?:盒|包装|箱|袋|罐)|压着|手上|手里还|不上架|私下|单独跟我|报个数|没报关/,
    notSentence: [WARNING, /所以(?:没有|不卖|不做|停售|下架|暂停)|我们(?:也)?(?:只|不)(?:卖|做|进)|只能(?:给您|推荐)|没有(?:货|这个|那种)|缺货/],
  },
  // Goods declared or labelled as something else to pass a carrier or customs (丁烷气罐航空和快递都不收，我们贴的是“化妆品”面单，您收快递时别说
  // 里面是什么; 抓得最严的那个品种…报关走的是普通鱼肚的单子). Not the waybill filled honestly.
  {
    words: ['面单', '快递单', '运单', '报关单', '的单子', '申报品名', '品名'],
    severity: 'block',
    message: '伪报品名以逃避运输或海关监管，属于违法内容',
    window: 40,
    sentence: [
      /(?:贴|写|填|打|报|走)(?:的|了)?(?:是|成|为|的是)/,
      /(?:航空|快递|物流|邮政)[^，。！？]{0,4}(?:都)?(?:不收|不让寄|不给寄|不能寄|寄不了)|禁寄|违禁|危险品|抓得(?:最)?严|查得(?:最)?严|不能明着|别说(?:里面|里头|是什么|是啥)|别告诉[^，。]{0,4}(?:里面|是什么)|(?:不|别)(?:要)?(?:说|讲)(?:里面|是什么|是啥|实话)/,
    ],
    notSentence: [WARNING, /如实|实际品名|真实|按实际|写清楚|不能(?:写|填|贴|报)/],
  },
  // Botulinum and skin boosters by their street or brand names, for home use (绿毒到了，100单位，冷链发，自己在家就能打; 水光用的小气泡…没注册证的
  // 版本，针头也给您配好). Not a warning that only clinics may inject them.
  {
    words: ['绿毒', '白毒', '粉毒', '紫毒', '衡力', '保妥适', '水光', '小气泡', '瑞蓝', '乔雅登', '伊婉', '海薇', '艾莉薇', '润百颜', '双美', '爱贝芙', '少女针', '嗨体'],
    severity: 'block',
    message: '售卖注射类医美产品供自行注射，属于违法内容',
    window: 40,
    sentence: [
      /自己[^，。]{0,6}(?:打|注射|扎|推)|在家[^，。]{0,3}(?:打|注射|扎)|针头[^，。]{0,6}(?:配|送|带|附|给)|(?:送|配|带|附)(?:好)?针头|注射器|针管|[0-9一二两三五十百]+(?:单位|u\b)|没(?:有)?注册证|无注册证|没(?:有)?批文|冷链发/,
    ],
    notSentence: [WARNING, /请勿|千万别|不建议|医疗机构|医院|医生|不卖|不代购|外用|涂抹|面膜|精华|喷雾|水乳|不是注射/],
  },
  // A slimming pill whose racing heart is told as normal (泰国来的小蓝，吃了不饿，心跳会快一点是正常的，停了就好): the side effect of a banned
  // appetite suppressant. Not a caffeine warning, nor advice to see a doctor.
  {
    words: ['心跳会快', '心跳快', '心跳加速', '心跳有点快', '心慌', '心悸', '手抖', '失眠'],
    severity: 'block',
    message: '售卖含违禁成分的减肥药（不良反应被说成正常），属于违法内容',
    window: 40,
    sentence: [/减肥|瘦|掉[0-9一二两三五十几]+斤|[0-9一二两三五十几]+斤|不饿|食欲|没胃口|掉秤/, /正常|没事|停了就好|停(?:药)?(?:了)?就(?:好|没事)|别担心|不要紧|不用管|过几天就好|说明(?:在|有)效/],
    notSentence: [WARNING, /就医|医生|停用|立即停|暂停(?:服用|使用)|咖啡因|不适合|慎用|禁用|孕妇/],
  },
  // A steroid cycle by the gym's words (加强版，里面加了口服的那个，一个周期吃完记得接着做PCT). Not a protein powder's serving plan.
  {
    words: ['pct', '口服的那个', '加了口服', '一个周期', '吃完一个周期', '上周期', '开周期'],
    severity: 'block',
    message: '售卖类固醇等违禁药物（健身暗语），属于违法内容',
    window: 50,
    sentence: [/增肌|出块|练的人|健身|撸铁|肌肉|蛋白|加强版|练完/, /pct|口服的|周期|懂的|加了/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不含|不添加|无添加|兴奋剂检测合格|药检合格|材料|塑料|降钙素/],
  },
  // A dose of something that goes to the head, kept off the listing (荷兰带回来的“蘑菇”…吃一小格就上头，别在链接上拍，直接跟我说要几盒). Not a
  // snack called addictive, nor alcohol.
  {
    words: ['上头', '飘了', '嗨了', '飞了'],
    severity: 'block',
    message: '疑似涉及毒品（用后效果＋不走链接私下交易）',
    before: /(?:吃|喝|抽|吸|闻|含|舔|嗑)(?:了|上)?(?:一|两|二|几|半)(?:小)?(?:格|块|颗|粒|片|口|小口|下|点)(?:就|都)?[^，。]{0,3}$/,
    window: 40,
    sentence: /(?:别|不要|不用|不能|不)(?:在)?(?:链接|店里|店铺)(?:上|里)?(?:拍|下单|买)|直接跟我说|私下|不上架|不能明着|熟客|老客|懂的/,
    notSentence: [WARNING, INNOCENT_HIGH, /辣|麻|香|好吃|零食|辣条|酸/],
  },
  // Protected wildlife by the carver's slang (白料老象的，截面有纹，不开票不给证). Not the chess set (老象棋).
  {
    words: ['老象', '象料', '象牙料', '白料老象', '老牙料', '象牙白料'],
    severity: 'block',
    message: '售卖象牙等濒危野生动物制品（暗语），属于违法内容',
    notAfter: /^(?:棋|鼻|腿)/,
    window: 40,
    sentence: /截面|纹|不开票|不给证|没证|私下|料|手镯|牌子|雕|吊坠|手串|把件|老货/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /仿|树脂|骨|塑料|象牙果|不卖|禁止/],
  },
  // Live animals without papers, sold under another listing (辐射苗子现在有三只，没证，只能走活体专线，您在店里拍一个加热灯链接). Not papers held,
  // nor a refusal to sell live animals.
  {
    words: ['苗子', '活体', '幼体', '龟苗', '蛇苗', '鹦鹉苗', '辐射龟', '辐射陆龟', '豹龟', '苏卡达', '星龟', '蜘蛛龟'],
    severity: 'block',
    message: '无证售卖野生或保护动物活体（借其他商品链接下单），属于违法内容',
    window: 40,
    sentence: [
      /没证|无证|没有(?:证|手续|检疫|许可)|不带证|证件不全|不能明着|不能挂/,
      /拍(?:一个|个)?[^，。]{0,6}链接|链接[^，。]{0,4}拍|专线|私下|单独|安排|现在有[0-9一二两三四五六七八九十几]+只|有[0-9一二两三四五六七八九十几]+只/,
    ],
    notSentence: [WARNING, /不卖|不售|不做|不提供|有(?:人工)?繁育证|有证|证件齐全|合法/],
  },
  // A toy gun upgraded to hurt (水弹枪…换管子和铁疙瘩的另外找我，升级完初速上去了，打易拉罐一枪一个洞). Not the speed told as within the standard.
  {
    words: ['初速', '焦耳', '换管子', '换枪管', '铁疙瘩', '钢管升级', '升级件', '改枪', '改装件'],
    severity: 'block',
    message: '改装玩具枪提升威力（枪支配件），属于违法内容',
    window: 40,
    sentence: [
      /升级|改装|改完|换(?:了|上)?(?:管子|钢管|铁管|枪管|弹簧|铁疙瘩|金属)|加强|另外找我|私聊|私我/,
      /上去|提升|提高|翻倍|一枪一个洞|打穿|穿透|打易拉罐|破罐|威力|打鸟/,
    ],
    notSentence: [WARNING, /国家标准|国标|符合|不能改|不可改|不改装|不提供|不卖|不做|请勿|不支持/],
  },
  // A grading paper borrowed from another stone (我们可以配一张GIA的，编号在官网能查到，其实就是借了别的钻的号).
  {
    words: ['gia', 'igi', 'hrd', 'ngtc', '国检', '证书', '编号'],
    severity: 'block',
    message: '伪造或冒用鉴定证书，属于违法内容',
    window: 40,
    sentence: [
      /(?:给|帮|替)(?:您|你)?(?:做|弄|配|补|搞|p)|(?:能|可以|这边|我们)(?:给(?:您|你))?(?:做|弄|配|补|p)(?:一)?(?:份|张|本)/,
      /(?:借|套|用)(?:了|的)?(?:别的|其他|别人|另一)[^，。！？]{0,6}(?:号|编号|证)|(?:不会|不会去|很少)(?:对|核对|查|比对)(?:腰码|编号|钢印|镭射)/,
    ],
    notSentence: [WARNING, /不能做|做不了|不做|不提供|无法|送检|实验室出具|原证|补办/],
  },
  // A tracker stuck under someone else's car (吸车底就行，他去哪您手机上都看得到，车主不会知道). Not one's own car found again.
  {
    words: ['车底', '车下面', '底盘', '车身下', '车里藏', '车上藏'],
    severity: 'block',
    message: '教唆偷装定位器跟踪他人，属于违法内容',
    window: 40,
    sentence: [
      /吸|贴|装|藏|放|粘|塞/,
      /车主不(?:会)?知道|(?:对方|他|她|人家)(?:不会|都不|完全不)?(?:知道|发现|察觉)|不会被发现|发现不了|神不知|偷偷|(?:他|她|对方|人家)(?:去|在)哪|行踪/,
    ],
    notSentence: [WARNING, /自己的车|您的车|你的车|自家车|防盗|丢了|被偷|找回|违法|隐私/],
  },
  // Pirated streams flashed onto a box (出货前给您刷一个“全家桶”，几大视频平台的会员片和体育直播都能免费看，正版那些会员就不用开了). Not a box that
  // runs the licensed apps, the memberships bought by the buyer.
  {
    words: ['免费看', '全家桶', '直播源', '破解版', '越狱'],
    severity: 'block',
    message: '提供盗版影视或破解付费内容，属于违法内容',
    window: 40,
    sentence: [
      /会员|付费|正版|vip|体育直播|院线|大片|电视剧|影视|直播/,
      /刷(?:一个|个|机|入|好|上)|破解|全家桶|直播源|越狱|(?:会员|正版|vip)[^，。！？]{0,6}(?:不用|不必|用不着|没必要)(?:再)?(?:开|买|充)|不用(?:开|买|充)(?:会员|vip)/,
    ],
    notSentence: [WARNING, /正版授权|需要(?:您)?(?:自己)?(?:开通|购买|充值)|请勿|不提供|不刷|不装|不破解|官方应用/],
  },
  // Round 43 (t43l, dev HG): a plug-in or fitted gadget, unnamed, sold by the speed check it blinds (这款插上后，测速雷达一律测不出来; 贴在车牌上，
  // 电子眼一律拍不清; 装好以后区间测速就测不到您). Not a radar detector that only warns ahead (插上后前方有测速会提前播报，请减速), nor a dash
  // camera recording what the road cameras miss.
  {
    words: ['测速雷达', '雷达测速', '测速仪', '测速枪', '区间测速', '固定测速', '流动测速', '测速', '电子眼', '抓拍', '超速拍照', '测速探头'],
    severity: 'block',
    message: '售卖干扰测速、规避执法的违法器材',
    window: 40,
    sentence: [
      /插上|装上|装好|贴上|贴好|挂上|接上|一插|一开|一通电|开着|打开(?:后|以后|之后)?|插(?:在|到)|贴(?:在|到)|装(?:在|到)|这款|这个|这套|本款/,
      /(?:测|拍|照|抓拍|识别|测速)不(?:到|出|清|了)|一律(?:测|拍|照)不|(?:测|拍)出来的?(?:都是|全是)?(?:零|0)|失灵|失效|(?:雷达|测速)[^，。]{0,4}(?:干扰|屏蔽|致盲|瞎)/,
    ],
    notSentence: [WARNING, /提醒|提示|预警|播报|减速|记录仪|行车记录|录下|录到|不卖|不能|不提供|不支持|会被(?:罚|扣|拍|查)|限速|遵守/],
  },
  // Round 43 (t43l, dev HG): an aim or recoil cheat sold inside the hardware (手柄内置了“辅助芯片”，自动压枪锁头，系统检测不出来; 鼠标刷了宏，一键压枪
  // 不封号; 转换器插上自动瞄准，官方查不到). Not a controller's plain buttons, recoil practised by hand, nor the cheat denied (没有任何宏，不会封号).
  {
    words: ['自动压枪', '一键压枪', '压枪宏', '无后座', '自动锁头', '锁头', '自动瞄准', '自动瞄', '辅助芯片', '外挂芯片', '宏芯片', '压枪芯片', '作弊芯片', '转换器', '宏'],
    severity: 'block',
    message: '售卖游戏外挂或作弊硬件，属于违法内容',
    window: 50,
    sentence: [
      /游戏|枪战|吃鸡|和平精英|穿越火线|cf|apex|瓦罗兰特|无畏契约|使命召唤|cod|fps|对局|排位|上分|敌人|对手|打枪/,
      // (round 45, t45e: …or the aid told in other words — 压枪全自动, likened to a cheat 跟开挂一样, the ban waved off as the buyer's risk 封号不关我们事)
      /(?:检测|查|识别|发现|封)不(?:到|出|了)|不(?:会)?(?:被)?(?:检测|封号|封|查)(?:到|出)?|防封|免封|不封号|自动(?:压枪|锁头|瞄准|瞄|开枪|射击)|一键(?:压枪|锁头)|锁头|(?:压枪|瞄准|锁头|开枪)(?:都是|全|全都)?(?:自动|全自动)|(?:跟|和|像|等于|相当于)(?:开了?挂|开外挂)|开挂|封(?:号|了)(?:的话)?(?:不关|与|跟|和)(?:我们|我|本店|店里)(?:的)?(?:事|无关|没关系)|封(?:号|了)(?:我们|本店)?(?:不管|不负责|不包|自负|自己负责)/,
    ],
    notAfter: /^(?:观|图|大|伟|定义|命令|录制功能说明|观经济)/,
    notSentence: [WARNING, /(?<!就)不(?:带|含|支持|提供|卖)(?:任何)?(?:宏|辅助|压枪|外挂)|没有(?:任何)?(?:宏|辅助|压枪|外挂|自动)|靠(?:手感|练习|练|自己)|官方授权|宏观|会被封/],
  },
  // Round 43 (t43l, dev HG): snares and traps set for wild game (这个套子下在山上，野鸡野兔一个都跑不掉; 钢丝套往林子边一放，獐子狍子一晚上能套好几只;
  // 捕兽夹埋在田埂，野猪一踩就夹住). Not rat or mouse traps, nor trapping warned against.
  {
    words: ['野鸡', '山鸡', '野兔', '野猪', '獐子', '狍子', '野鸭', '斑鸠', '麻雀', '果子狸', '刺猬', '黄鼠狼', '野味', '猎物', '竹鼠', '野鸟', '鸟'],
    severity: 'block',
    message: '售卖或教唆使用非法猎捕野生动物的工具，属于违法内容',
    window: 50,
    sentence: [
      /套子|钢丝套|绳套|活套|下套|套住|套到|套了|夹子|兽夹|捕兽|地弓|踩夹|鸟网|粘网|雾网|捕鸟|陷阱|笼子|地笼|诱捕|电猫|吊杆/,
      /下在|下到|埋在|放在|布在|挂在|往[^，。]{0,6}(?:一放|一下|一挂)|山上|林子|树林|田里|田埂|地头|野外|一个都跑不掉|跑不掉|跑不了|一晚上|一夜|一抓一个|一套一个|一夹一个|逮|抓|夹住|套住|能套/,
    ],
    notAfter: /^(?:蛋|笼|食|粮|饲料|叫声|哨|图案|造型|玩偶|摆件|标本|毛)/,
    notSentence: [WARNING, /老鼠|耗子|鼠|蟑螂|苍蝇|蚊子|保护动物|不能|不卖|不提供|请勿|禁止|家养|养殖场|养的|鸡舍|鸟笼|宠物|鹦鹉/],
  },
  // Round 44 (t44b, dev HI): a camera hidden in an everyday object and pointed at others who cannot tell (鞋头装饰孔里藏了镜头，走在人后面拍;
  // 袖扣的“宝石”其实是个镜头…对方完全察觉不到). Not a dash camera or a home or pet camera, nor a camera whose use needs consent.
  {
    words: ['镜头', '摄像头', '摄像机', '微型相机', '小相机'],
    severity: 'block',
    message: '售卖伪装偷拍设备或教唆偷拍他人，属于违法内容',
    window: 50,
    sentence: [
      /藏(?:了|在|着|进|个)|其实是(?:个|一个|颗|一颗)?|伪装成?|做成|装饰孔|看不出(?:来)?是|根本看不出/,
      /(?:对方|别人|他人|人家|同事|客户|老板|女生|女孩|路人)[^，。！？]{0,6}(?:察觉不到|察觉不了|不知道|发现不了|看不出|不会发现|不会察觉)|走在(?:人|别人|女生|女孩|她)[^，。]{0,2}后面|楼梯(?:下面|底下|下)|裙(?:底|子底下|下)|抓把柄|偷拍|偷录|懂的都懂/,
    ],
    notSentence: [WARNING, /反偷拍|防偷拍|检测仪|探测|宝宝|宠物|行车记录|记录仪|家用监控|自家|门铃|告知|同意|隐私|侵犯|不要对着|别对着/],
  },
  // Round 44 (t44b, dev HI): a veterinary drug sold for people or past the vet (兽用的抗菌粉…不用兽医开方子…人感冒了也有人冲着喝; 绝育前打的那一针“K”
  // 兽用的…人用了也挺嗨). Not a vet drug kept to animals (兽用驱虫药，人不能吃; 需要兽医开处方).
  {
    words: ['兽用', '兽药', '动物用药', '宠物用药', '给猫狗用的药', '兽医用', '宠物医院用的', '动物医院用的'],
    severity: 'block',
    message: '将兽药当人用药出售或绕过兽医处方，属于违法内容',
    window: 40,
    sentence: /人(?:感冒|发烧|头疼|头痛|拉肚子|咳嗽|失眠)[^，。！？]{0,8}(?:吃|喝|用|冲)|人[^，。！？不别勿]{0,6}(?:吃|喝|用|冲)(?:了|着|的话)?[^，。！？]{0,4}(?:也|都|一样|管用|有效|好使|见效)|人(?:也|都)?(?:能|可以|照样)?(?:吃|喝|用)(?:了|着|的话)?(?:也|都|一样|效果|挺|更|很)|(?:有人|人)(?:也)?(?:冲着|拿来|买来|买去)(?:喝|吃|用)|人用(?:了|着|的话)?(?:也|都)?(?:挺|很|一样|效果|嗨|爽|飘)|(?:不用|不需要|无需|不要)(?:兽医|医生)?开(?:方|处方|单)|(?:嗨|上头|飘飘|爽翻)|人用了?[^，。！？]{0,4}睡得(?:特别|很|超|巨)?(?:沉|死|香)/,
    notSentence: [WARNING, /消毒液|清洁|沐浴|香波|洗护|安全无毒|人(?:不能|不可|不宜|禁用|勿用|切勿|别)|(?:切勿|禁止|不可|请勿|不能)(?:给)?人(?:用|吃|服)|仅限(?:动物|宠物|兽用)|遵(?:兽)?医嘱|(?:需要|须|必须|得)(?:兽医|医生)(?:开|处方)/],
  },
  // Round 44 (t44b, dev HI): an injection sold for the buyer to give themselves, whatever it is for (小瓶“止汗针”，自己对着腋窝打一圈…医院打要两千，
  // 我们这三百一支). The needle word with a cosmetic or body target; not sewing, clock or knitting needles, nor an injection refused.
  {
    words: ['针'],
    severity: 'block',
    message: '售卖注射类产品供自行注射，属于违法内容',
    notBefore: /(?:别|指|时|分|秒|毛衣|缝衣|缝|钩|绣|顶|大头|回形|安全|胸|松|避雷|探|方|打|扎|一|两|几|这|那|织|磁|银|金|钢)$/,
    notAfter: /^(?:织|线|脚|眼|孔|尖|法|对|灸|头|管|剂|筒|叶|扣)/,
    sentence: [
      /自己[^，。！？]{0,6}(?:打|注射|扎|推)|在家[^，。！？]{0,3}(?:打|注射|扎)|对着[^，。！？]{0,6}(?:打|扎|推)(?:一|几|两)?(?:针|圈|下)/,
      /医院|诊所|医美|一支|[0-9一二两三四五六七八九十百]+支|注射|一圈|腋|脸|额|鼻|唇|肚子|大腿|胳膊|皮下|不出汗|瘦/,
    ],
    notSentence: [WARNING, /请勿|不要|千万别|不建议|不是注射|不能注射|涂抹的|涂抹型|外用|针织|缝|毛线|绣/],
  },
  // Round 44 (t44b, dev HI): pirated software suites preinstalled or handed over free of activation (预装“全家桶”，PS、CAD、Office都是免激活的…
  // 官方一套好几千). Not an OEM system that activates itself, nor the licence said to be the buyer's to buy.
  {
    words: ['全家桶', '免激活', '不用激活', '激活好的', '已激活', '预激活'],
    severity: 'block',
    message: '预装或提供盗版、免激活的付费软件，属于侵权违法内容',
    window: 40,
    sentence: [
      /\bps\b|photoshop|\bcad\b|autocad|office|adobe|\bpr\b|premiere|3dmax|maya|solidworks|matlab|设计软件|办公软件|剪辑软件|绘图软件/,
      /免激活|不用激活|激活好|已激活|预激活|开箱(?:就能|即可|直接)?用|官方[^，。！？]{0,6}(?:好几千|几千|要钱|收费|贵)|正版[^，。！？]{0,6}(?:好几千|几千|要钱|贵)|省(?:了|下)?[^，。]{0,4}钱|白用|免费用/,
    ],
    // (the anchor is no software by itself: 全家桶套装 of shampoo and lotion)
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /正版授权|正版(?:激活码|序列号|密钥|许可)|(?:请|需要|需)(?:您)?(?:自行|自己)?(?:到官网)?购买|无法提供|不提供|不预装|不装|oem|出厂(?:自带|预装)(?:的)?(?:正版)?windows|官方授权/],
  },
  // Round 44 (t44b, dev HI): contraband hidden so that a scan shows it as something harmless (领带礼盒夹层藏五十克“黄的”，过X光看着就是金属扣; 安检机照出来
  // 就像充电宝). Not a parcel's honest contents told for a scan.
  {
    words: ['x光', '安检机', '过机', '扫描仪', '透视'],
    severity: 'block',
    message: '教唆藏匿夹带物品逃避海关、安检查验，属于走私违法内容',
    after: /^(?:机|下|里)?(?:看着|看起来|照出来|照着|扫出来|显示|看)(?:就|也|只)?(?:是|像|跟|成)/,
    window: 50,
    sentence: /藏|夹层|夹带|夹在|带(?:点|些|了)?[^，。]{0,6}(?:出境|入境|过关|出关|回来|出去)|出境|入境|[0-9一二两三四五六七八九十百]+克|发过好多次|没出过事/,
    notSentence: [WARNING, /如实|申报|不能|不可以|不建议|禁止|违禁品清单/],
  },
  // Round 44 (t44b, dev HI): women sent to accompany the buyer, with the hour extended or the "full" price told in private (约我们家“陪逛”的小姐姐…逛完还能加钟，
  // 全套价格私聊). Not a spa or massager's extra time on its own, nor the agent's own 小姐姐 address.
  {
    words: ['加钟', '陪逛', '陪玩', '陪游', '陪吃', '陪看', '陪睡', '陪过夜'],
    severity: 'block',
    message: '疑似色情或陪侍服务',
    window: 40,
    sentence: [/小姐姐|妹子|美女|姑娘|小妹|女孩|嫩模|学生妹|技师/, /加钟|全套|包夜|过夜|私聊|价格私|私下|尺度|陪(?:逛|玩|游|吃|睡|您|你)/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /游戏陪玩平台|导游|按摩仪|按摩椅|不提供|不做/],
  },
];

/** Leaf emoji stand for cannabis beside dealer talk (🍃🍃自种的，懂的都懂); emoji never reach the compact view. */
// Round 15 (t15a): the maple leaf too (🍁自己种的，懂的来); 枫/秋/加拿大 around it are the season or the country.
const LEAF_EMOJI = ['🍃', '🌿', '🍁'];
const LEAF_CONTEXT = /懂的|懂得|自种|自己种|私聊|私我|货好|(?<![没无])有货|要的话|需要的话|嗨|飞|上头|克/;
const LEAF_INNOCENT = /茶|绿植|盆栽|蔬菜|菜园|有机|农家|水果|果园|清新|薄荷|香氛|护肤|面膜|枫|秋|加拿大|红叶|糖浆|书签|贴纸/;

// Round 47 (t47a): …or the leaf itself offered as the goods, asked whether wanted (要🍁吗，新到的) — the emoji is the object, no other word near.
const T47A_LEAF_OFFERED = /要(?:点|些|一点)?[🍃🌿🍁]+(?:吗|么|不|嘛)/u;
function leafEmoji(ctx: LintContext, rule: RuleModule): void {
  const text = ctx.text;
  const starts = ctx.norm.compact.start;
  for (const leaf of LEAF_EMOJI) {
    const at = text.indexOf(leaf);
    if (at < 0) continue;
    // The compact unit right after the first such emoji anchors the sentence test.
    let k = 0;
    while (k < starts.length && starts[k]! < at) k++;
    const sentence = sentenceOf(ctx, k, k);
    if (!(LEAF_CONTEXT.test(sentence) || T47A_LEAF_OFFERED.test(text)) || LEAF_INNOCENT.test(sentence) || WARNING.test(sentence) || REFUSAL_FRAME.test(sentence)) continue;
    ctx.report(rule, { start: at, end: at + leaf.length, view: 'original', severity: 'block', message: '疑似涉及毒品（暗语）' });
  }
}

/** Every cue also yields to a warning or refusal frame around it (REFUSAL_FRAME in rules/detect/warning-frame.ts). */
// Round 17: as a cue's `refusal`, so that a refusal governs its own clause (我们不卖烟，我们可以帮您代开发票 is an offer).
// (round 40, t40d: a cue may name its own narrower frame — a cosmetic's care note, 孕妇千万别碰, is no refusal of the scheme)
// (round 41, t41a: …unless a bare way in follows the refusal — 仿真枪我们店不卖，老客找我单独发: WAY_IN_AFTER)
// Round 45 (t45j, T45J_CUES), each a pair of word families: a hiding place offered with a scare-quoted stand-in for drugs and a
// wink (小暗格…拿来装"糖"出门…帮您"装好"再寄😉; not a stash box for keys or real sweets); an official paper forged as identical, its seal
// named (跟民政局发的一模一样，钢印都有; not an invoice checked on the tax site); an adult booklet slipped in on the quiet (夹了本"大人专属"的小册子，
// 平台上不能写出来😏; not an age notice); a fertiliser pitched for blasting rock, or its legally required registration waived (高氮那款…
// 拉去山里开石头用; 登记表我们这边可以不填，您懂的; not a membership form).
// (read in the compact view, which drops the scare quotes: the stand-in put in or carried out of the hiding place)
const T45J_STAND_IN = /(?:装|藏|放|塞|带)(?:点|些|上|着)?(?:糖|糖果|面粉|白面|叶子|草|冰|冰糖|粉|白粉|好东西|小零食|邮票)(?!罐|盒|纸|果盘)/;
const T45J_CONTROLLED = /高氮|硝酸|硝铵|化肥|氮肥|尿素|农药|剧毒|火药|黑火药|烟花|鞭炮|雷管|导火索|危化|危险品|易制毒|易制爆|管制|弩|氰化|散装汽油|汽油|硫磺|氯酸钾/;
const T45J_CUES: Cue[] = [
  {
    words: ['暗格', '夹层', '暗仓', '暗盒', '隔层', '夹心层', '暗袋', '藏东西', '藏点东西'],
    severity: 'block',
    message: '以隐藏夹层暗示夹带毒品等违禁品，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [T45J_STAND_IN, /过安检|安检|发现不了|查不出|看不出|懂的|帮(?:您|你)装|[😉😏🤫]/u],
    notSentence: /钥匙|证件|现金|首饰|备用|防丢|收纳|真的糖|真糖|喉糖|口香糖|润喉|干燥剂|受潮|防潮|储物/,
  },
  {
    words: ['钢印', '公章', '红章', '骑缝章', '印章', '防伪水印', '防伪码', '水印'],
    severity: 'block',
    message: '暗示可伪造与官方一样的证件、文书，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [/民政局|派出所|公安|户籍|政府|机关|学校|学信|医院|法院|街道|居委会|单位|官方|原版|正规/, /一模一样|没区别|没差别|看不出|以假乱真/, /能做|也能做|可以做|能办|可以办|能刻|可以刻|(?:我们|帮您|帮你|给您|给你)(?:来)?做|要的话/],
    notSentence: /发票|税务|验真|查询|订单|报关单|质检报告|合格证|说明书|包装盒|印章材料|刻章机|印泥|印台|橡皮章|手账|纪念章|文创/,
  },
  {
    words: ['大人专属', '成人专属', '少儿不宜', '不可描述', '小黄书', '小黄本', '成人读物', '大人看的', '大人才能看'],
    severity: 'block',
    message: '私下附赠或暗示色情内容，属于违法内容（规则 2.7）',
    window: 50,
    sentence: /偷偷|悄悄|夹了|夹着|夹在|塞了|塞在|送(?:您|你)|一个人的时候|晚上|不能写|不能说|不能明说|不方便写|[😏😉🤫]/u,
    notSentence: /未成年|适龄|年龄提示|家长|分级|不卖|不提供|举报/,
  },
  {
    words: ['开石头', '炸石头', '开山', '崩石头', '炸石', '炸鱼', '炸树桩', '爆破', '开矿'],
    severity: 'block',
    message: '推荐把化肥、化学品用于爆破，属于违法内容（规则 2.7）',
    window: 60,
    sentence: T45J_CONTROLLED,
    notSentence: /钻头|凿|电镐|风镐|破碎锤|膨胀剂|劈石|不能用于|严禁|禁止|违法/,
  },
  {
    words: ['登记表', '实名登记', '购买登记', '备案表', '登记手续', '实名'],
    severity: 'block',
    message: '提出免去管制物品购买所需的登记手续，属于违法内容（规则 2.7）',
    after: /^[^，。！？]{0,8}?(?:可以|能|就|也)?(?:不(?:用|必|需要)?(?:填|登记|登|做|走|弄)|免(?:填|登记|了)|省了|跳过|略过)/,
    window: 60,
    sentence: T45J_CONTROLLED,
  },
];

// Round 46 (t46g, dev HV/HW: subtle 2.7), each a pair (or three) of word families rare together in honest replies:
// - a shielded lining sold for carrying things out past a shop's exit gate unheard (帽子里揣点小东西，从商场门口…走过去不会叫; not a tag
//   removed at the till, 结账后消磁);
// - meat that skipped the slaughterhouse or quarantine, or of beasts that died of themselves (不走屠宰场那道手续; not 都经过检疫);
// - a structural cut at home hidden from the building's management (把顶着楼上的那截墙凿掉…物业查不出来; not 需要先报备物业);
// - a "stay-awake" powder or pill offered under the counter, hidden or past a security check (提神的粉…安检一般不查; 一般人买不到…塞包裹里;
//   not caffeine tablets sold with their directions);
// - a recalled, hazardous batch bought up and resold (因为会冒烟给叫回去了，我们从回收商手里低价收的; not the recall told with a refund);
// - a grade or licence certificate without the exam (直接拿证，不用去考场; not a legal exemption told);
// - cash or cards hidden in a gift for an official or a boss (礼盒夹层里放好购物卡，外面看就是一罐鱼子酱; not a voucher sold as the gift).
const T46G_MEAT = /肉|牛|猪|羊|鸡|鸭|鹅|驴|兔|腊|卤|熟食|香肠|火腿|肉干|肉脯|肉松|丸子/;
const T46G_CUES: Cue[] = [
  {
    words: ['不会叫', '不会响', '不叫', '不响', '不报警', '不会报警', '不会滴', '不滴', '没反应', '不会有反应', '感应不到', '检测不到'],
    severity: 'block',
    message: '宣传商品可躲过商店防盗门检测，暗示用于盗窃，属于违法内容（规则 2.7）',
    // (the gate right before the silence: a lined cooler bag 装些东西也不响 is no theft aid)
    before: /(?:门口|出口|防盗门|防盗器|报警门|检测门|柱子)[^。！？]{0,14}$/,
    window: 40,
    sentence: [
      /(?:揣|藏|塞|装|放|夹)(?:点|些|几件|一些|了|着|进|在)?(?:小)?(?:东西|物件|玩意|货)|(?:揣|藏|塞)(?:进|在|到)/,
      /内衬|衬里|夹层|隔层|锡纸|锡箔|铝箔|屏蔽|特殊布|金属布|银纤维/,
    ],
    notSentence: [WARNING, /消磁|结账|结完账|付款|买单|收银|防盗扣已/],
    deniable: false,
  },
  {
    words: ['屠宰场', '屠宰', '定点屠宰', '检疫', '检验检疫', '动检', '屠宰手续', '宰杀手续', '检疫手续'],
    severity: 'block',
    message: '销售未经屠宰检疫的肉品，属于违法食品内容（规则 2.7）',
    // (不过 is also 'but': 冻肉已经发出，不过检疫还在排队)
    before: /(?:不走|没走|没过|没经过?|不经过?|绕过|绕开|跳过|省了|省去|免了|不用走|不用过|不需要走|没进|不进)(?:正规|那道|那个|那些|定点)?$/,
    sentence: T46G_MEAT,
    // (the skipping is itself the negation the cue reads, so a denial before it cancels nothing; a refusal still does)
    deniable: false,
    // (the buyer's worry asked back, 为什么没走检疫？, or the risk warned of — 风险很大，建议认准正规进口的)
    asked: true,
    notSentence: [WARNING, UNLAWFUL_RISK, /不能卖|不卖|不敢卖|不收|拒收|必须|规定|都经过|均经过|如实/],
  },
  {
    words: ['病死', '死因不明', '自然死亡', '自己死的', '自己死了', '自己躺下', '死掉的', '瘟死'],
    severity: 'block',
    message: '销售病死、死因不明畜禽的肉品，属于违法食品内容（规则 2.7）',
    sentence: [T46G_MEAT, /便宜|价|卖|做成|加工|煮|炖|卤|腌|香|内部|不对外|好吃|一样吃|照样/],
    notSentence: [WARNING, /不卖|不收|不用|绝不|不会|从不|没有|检测|无害化|销毁|深埋|宠物|猫|狗|鱼缸|观赏/],
  },
  {
    words: ['物业', '房东', '燃气公司', '城管', '监理', '业委会', '楼管'],
    severity: 'block',
    message: '教唆擅自拆改房屋结构并隐瞒物业，属于违法内容（规则 2.7）',
    after: /^(?:那边|也|都|根本|一般|肯定)?(?:查不出|查不到|看不出|发现不了|不会发现|不会知道|不知道|管不着|查不了|察觉不了)/,
    sentence: /(?:凿|砸|拆|打掉|打穿|开洞|切掉|锯掉|截掉|掏)[^，。！？]{0,10}(?:墙|梁|柱|楼板|承重|烟道|燃气管)|(?:墙|梁|柱|楼板|承重)[^，。！？]{0,8}(?:凿|砸|拆|打掉|打穿|切掉|锯掉|截掉)/,
    notSentence: [WARNING, /报备|审批|申请|同意|不建议|不能|不可以|千万别|别凿|别拆|不凿|不拆/],
  },
  {
    words: ['提神的粉', '提神粉', '提神的小药片', '提神小药片', '提神的药片', '提神药片', '提神的小白片', '提神小白片', '提神的药丸', '提神药丸', '提神丸', '提神的小药丸', '醒神粉',
      '小白片', '小药片', '小药丸', '白色小药片'],
    severity: 'block',
    message: '暗中提供“提神”药片、药粉并教唆藏匿夹带，疑似毒品（规则 2.7）',
    window: 60,
    sentence: [
      /提神|tishen|不困|通宵|熬夜|一宿|一整夜|一夜|顶一夜|嗨|high|话特别多|兴奋/,
      /藏|夹层|空仓|暗格|暗仓|塞(?:进|到|在)?(?:包裹|盒|夹层|袋)|安检|不查|查不|(?:一般人|普通人|外人)(?:买|拿)不到|不对外|柜台(?:底下|下面)|私下|单独(?:给|塞|发|备)|蹦迪|蹦的|夜店|懂的/,
    ],
    notSentence: /咖啡因片|咖啡因含量|维生素|b族|薄荷|口香糖|润喉|风油精|清凉油|说明书|每日|每次|孕妇|遵医嘱|药店|处方|不卖|没有卖|拒绝|举报/,
  },
  {
    words: ['召回', '被召回', '叫回去', '叫回', '给叫回', '收回去'],
    severity: 'block',
    message: '明知是召回的缺陷产品仍低价收购转卖，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /冒烟|起火|着火|自燃|爆炸|漏电|过热|缺陷|隐患|故障|出事|烫伤/,
      /(?:低价|便宜|从[^，。]{0,8})收(?:的|来|过来|回来|了)|回收商|没人管|管不着|别走开|别离人|人别离开|别离开|看着点用/,
    ],
    notSentence: [WARNING, /退款|退货|下架|销毁|不在[^，。]{0,4}范围|不涉及|不属于召回|不受影响|免费更换|免费维修|登记/],
  },
  {
    words: ['直接拿证', '免考拿证', '不考拿证', '不用考就能拿', '不用考试', '不用去考场', '不去考场', '不用考', '免考', '不参加考试', '包拿证'],
    severity: 'block',
    message: '提供免考直接拿证的服务，属于买卖证书的违法内容（规则 2.7）',
    // (直接拿证据说话 is evidence, not a certificate; 考过了直接拿证 is the exam passed)
    notAfter: /^(?:据|明|件|人)/,
    notBefore: /(?:考过|考完|考试通过|通过(?:考试|考核)?|合格|过了)[^，。]{0,4}$/,
    window: 40,
    sentence: [
      /证|证书|执照|驾照|等级|资格/,
      /(?:拿|出|发)证(?!据|明|件|人)|(?:编号|证号|证书)[^，。]{0,6}(?:能|可以|可)查|(?:我们|这边|店里|我)[^，。]{0,6}(?:能|可以)?(?:帮|给|替)(?:您|你)/,
    ],
    notSentence: [WARNING, /报名|报考|准考证|考点|需要(?:本人)?(?:参加|去)|必须|政策|规定|符合条件|申请免考|结业|纪念|参与证书|参赛证书|荣誉证书|收藏证书|鉴定证书|品质证书/],
  },
  {
    words: ['领导', '上级', '局长', '处长', '科长', '厅长', '书记', '考官', '评委', '官员'],
    severity: 'block',
    message: '协助在礼品中夹藏购物卡、现金送给领导或公职人员，涉嫌行贿（规则 2.7）',
    window: 60,
    sentence: [
      /购物卡|礼品卡|储值卡|消费卡|加油卡|超市卡|提货卡|充值卡|现金|钞票|红包|金条|金币|金砖|卡券/,
      /夹层|暗格|不显眼|看不出|外面看(?:着|起来)?(?:就|只)?是|藏(?:在|进|好)|偷偷|悄悄|不被发现|别人看不/,
    ],
    notSentence: [WARNING, /不能|不可以|不建议|违规|违纪|廉洁/],
  },
];

// Round 47 (t47a, dev HZ: subtle 2.7), each a pair (or three) of word families rare together in honest replies:
// - a certificate or test report that belongs to other goods (借另一家的证书编号, 拿另一批样品送去测的; not the same batch's own report);
// - test data produced to order for an inspection (想要E0的就出E0的，拿去验收没问题; not a report shown as it is);
// - a waybill or customs line that names something else, where the carrier or customs would refuse it (快递不收…面单写的杯具;
//   海关那边不写品名，懂的; not a privacy waybill);
// - new goods sent as "used, for own use" to dodge the duty (按旧的、自用的寄回来…贵在税上);
// - a paid guess whose stake is kept when wrong (猜中五倍返货…没猜中的不退; 猜错押金不退) — a wager, not a free live game;
// - a gadget that shows another person's typing on the buyer's phone (对方打什么字您手机上都能实时看到);
// - a good that cures what a drug or glasses would (比贴膏药管用, 视力表往上走…比戴眼镜省事; 结节复查都小了);
// - a safety device defeated (泄压阀拧到底就不会自动停), a gas cylinder refilled with a tyre pump, a load limit waved off (按规定必须那么印的…
//   别被那个数吓到), police-like red-blue lights sold for being taken for a patrol car (以为后头跟着执勤的，主动让道);
// - children's goods without the children's safety test sold under an adult size (没做儿童检测…挂成人码卖).
const T47A_OTHER_GOODS = /(?:借|用|套|拿|挂|蹭|冒用)(?:了|的|着)?(?:(?:另一|另外一?|别的|别人|其他|人家|隔壁)(?:家|批|款|个|厂|型号|牌子)|别家)/;
const T47A_ADULT_SIZE = /成人(?:码|款|尺码|的码|号)/;
const T47A_CUES: Cue[] = [
  {
    words: ['证书编号', '认证编号', '证书号', '认证号', '质检报告', '检测报告', '检验报告', '送检', '送去测', '送测', '认证证书'],
    severity: 'block',
    message: '用别的商品的证书、检测报告冒充本商品，属于伪造检测认证的违法内容（规则 2.7）',
    window: 60,
    sentence: [T47A_OTHER_GOODS, /没(?:去)?做|没有做|没过|薄|差|不一样|对得上|抽查|查不出|照样|放心|够用|完全够/],
    notSentence: [WARNING, /同一(?:批|款|型号|配方)[^，。]{0,8}(?:一样|相同)|每批都|本批|这批的报告|不会借|不用别人/],
  },
  {
    words: ['检测数据', '检测报告', '质检报告', '检测结果', '检验报告', '检测证明'],
    severity: 'block',
    message: '按需出具检测数据或报告（伪造检测结果），属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /想要[^，。！？]{0,8}就(?:出|给|做|开|写)|(?:要|想要)(?:多少|什么|啥|哪种)(?:的)?[^，。！？]{0,6}都(?:能|可以)(?:出|做|开|写)/,
      /验收|过检|审核|抽检|检查|交差|应付|招标|没问题|放心/,
    ],
    notSentence: [WARNING, /实测|如实|真实|第三方|官网可查|可以查/],
  },
  {
    words: ['面单', '快递单', '运单', '报关单'],
    severity: 'block',
    message: '在面单或报关单上写成别的物品以逃避快递、海关检查，属于违法内容（规则 2.7）',
    // (写的/写成 naming the goods — not 面单打印模糊, a waybill reprinted)
    after: /^(?:上)?(?:就)?(?:写|填|标)(?:的|成|着)(?!(?:是|上)?(?:您|你|收件|地址|电话|姓名|名字|清楚|单号|正确|完整|实际|真实))/,
    window: 60,
    sentence: /(?:快递|物流|安检|海关|邮局)[^，。！？]{0,6}(?:不收|不让寄|不让发|不给寄|不给发|要查|(?<!不)会查|(?<!不)会扣)|懂的|当着[^，。！？]{0,6}拆|一路(?:都)?没问题|不会被(?:查|发现|拆)/,
    notSentence: [WARNING, /隐私|保密|私密|保护/],
  },
  {
    words: ['品名'],
    severity: 'block',
    message: '对海关、快递隐瞒品名，暗示夹带违禁品，属于违法内容（规则 2.7）',
    before: /(?:不写|不填|不标|不报|没写|不打|不用写|不用填|隐去|去掉)$/,
    window: 40,
    sentence: /海关|安检|快递|懂的|查/,
    notSentence: [WARNING, /隐私|保密|私密|保护|退回|清关失败|必须|需要写|要写|如实/],
  },
  {
    words: ['旧的', '自用的', '二手的', '用过的', '自用品', '旧货'],
    severity: 'block',
    message: '把新货当作旧的自用物品寄递以逃避关税，属于走私逃税（规则 2.7）',
    before: /按(?:照)?(?:是)?$/,
    window: 60,
    sentence: [/寄|发|报|邮|走/, /税/],
    notSentence: [WARNING, /缴纳|如实|需要(?:缴|交)|超过/],
  },
  {
    words: ['猜中', '猜错', '没猜中', '猜对', '猜不中', '猜不对', '没猜对'],
    severity: 'block',
    message: '付费押注猜数、猜价，猜错不退，属于赌博（规则 2.7）',
    window: 60,
    sentence: [/不退|押金|押[0-9一二两三四五六七八九十百]|一把|下注|押注|拍[^，。！？]{0,8}(?:份|链接)/, /倍|返|带走|赢|奖/],
    notSentence: [WARNING, /免费|不收费|不花钱|无门槛|评论区|留言/],
  },
  {
    words: ['打什么字', '打的字', '打了什么字', '键盘记录', '聊天内容', '聊天记录', '输入的内容', '屏幕内容', '在干嘛'],
    severity: 'block',
    message: '售卖偷看他人输入、聊天的窃密设备，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:您|你)(?:的)?手机(?:上)?(?:都|就)?(?:能|可以)|实时(?:看到|同步|传)|远程(?:看|查)/,
      /对方|别人|另一半|老公|老婆|男朋友|女朋友|对象|同事|插在/,
    ],
    notSentence: [WARNING, /自己的|本人|孩子|宝宝|防沉迷|家长|不能|无法|不支持/],
  },
  {
    words: ['膏药', '吃药', '打针', '眼镜', '止疼药', '止痛药', '药片', '降压药'],
    severity: 'block',
    message: '宣称普通商品比药品、医疗器械更能治病，属于虚假的疗效宣传（规则 2.7）',
    before: /比(?:贴|吃|打|戴|用)?(?:那种|那些|这种)?$/,
    after: /^(?:还|都|更)?(?:管用|有用|好使|见效|灵|省事|强|好)/,
    window: 80,
    sentence: /不疼了|不痛了|视力[^，。！？]{0,10}(?:往上|提高|恢复|涨|好)|往上走|好了|消了|小了|降下来|治好|根治|断根/,
    notSentence: [WARNING, /不能代替|不能替代|不是药|遵医嘱|请就医/],
  },
  {
    words: ['结节', '肿瘤', '囊肿', '息肉', '肌瘤', '增生'],
    severity: 'block',
    message: '宣称普通商品能让肿块缩小，属于虚假的疗效宣传（规则 2.7）',
    window: 80,
    sentence: [/复查|检查|b超|体检/, /(?:都|就|也)?(?:小了|变小|消了|没了|缩小|不见了)/],
    notSentence: [WARNING, /医生|就医|医院治疗|不能代替|不能替代|不是药|手术/],
  },
  {
    words: ['泄压阀', '安全阀', '限压阀', '保险阀', '溢流阀', '自动停', '过压保护'],
    severity: 'block',
    message: '教人拆除或废掉安全装置超压使用，属于危险的违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /拧到底|拧死|堵死|堵上|拆掉|去掉|短接|调到最大/,
      /不会(?:自动)?(?:停|泄|跳)|一直(?:顶|打|冲|充)|顶到|打到|冲到|上百|[0-9两三四五六七八九十几百]+(?:公斤|kg|bar|mpa|兆帕)/,
    ],
    notSentence: [WARNING, /千万别|不要|请勿|禁止|会爆|危险|不建议|清理|清洗|更换/],
  },
  {
    words: ['煤气罐', '液化气罐', '液化气瓶', '燃气罐', '钢瓶', '潜水瓶', '气瓶', '氧气瓶', '丁烷罐', '卡式气罐'],
    severity: 'block',
    message: '教人用打气筒给燃气罐、高压气瓶充气，属于危险的违法内容（规则 2.7）',
    window: 60,
    sentence: [/(?:也)?(?:能|可以)充|充(?:气|满)|打气|补气/, /说明书|其实|转接头|试过|省得|不用跑|省了|便宜/],
    notSentence: [WARNING, /不能|不可以|千万别|请勿|禁止|不支持/],
  },
  {
    words: ['承重', '限重', '载重', '限载'],
    severity: 'block',
    message: '劝买家无视标注的承重上限，属于危险的违法内容（规则 2.7）',
    window: 80,
    sentence: [
      /按规定|规定必须|必须那么|(?:别|不用)被[^，。！？]{0,6}吓|(?:两|几|三)个(?:人|大老爷们|大男人|胖子)[^，。！？]{0,8}(?:站|坐|踩|上)/,
      /没事|没问题|放心|随便/,
    ],
    notSentence: [WARNING, /不要超过|别超过|勿超|请勿|不能超|按标注|按标示|请按|安全起见|不建议超/],
  },
  {
    words: ['红蓝', '警灯', '红蓝爆闪', '红蓝交替'],
    severity: 'block',
    message: '宣传灯具可冒充警车、执勤车辆，属于违法内容（规则 2.7）',
    window: 60,
    sentence: /执勤|警车|警察|特勤|公务车|让道|让路|开道/,
    notSentence: [WARNING, /违法|不能|禁止|请勿|玩具|儿童|cos|演出|舞台/],
  },
  {
    words: ['成人码', '成人款', '成人尺码', '成人的码'],
    severity: 'block',
    message: '未做儿童用品检测的商品改挂成人码卖给孩子，属于规避强制检测的违法内容（规则 2.7）',
    window: 80,
    sentence: [/没做|没有做|没过|没去做|没检测|没认证|不符合/, /检测|认证|标准|3c|质检/, /儿童|童|孩子|小孩|宝宝/],
    notSentence: [WARNING, /已通过|都做了|有检测/],
  },
  // Round 47 (t47a, older dev lines): wild plants dug on the hill sold without the purchase station's papers (上山挖的，没走收购站那一套手续，
  // 票啊证啊都没有); an official paper "re-issued" identical to the original (认识医院的人能补一张，跟原件一模一样); a street-named drug got
  // through a friend (朋友弄得到开心水); a nude photo book slipped in (全裸写真集，别让家里人看见); a cough syrup gulped for the high (灌半瓶图那个
  // 飘的劲儿); a thing smoked for a kick passed through security as something else (过安检都按鞋油走).
  {
    words: ['上山挖', '山上挖', '山里挖', '野外挖', '自己挖', '上山采', '山上采'],
    severity: 'block',
    message: '售卖私自采挖、无合法手续的野生植物药材，属于违法内容（规则 2.7）',
    window: 80,
    sentence: /(?:没|不|没有)(?:走|办|有)[^，。！？]{0,10}(?:手续|证|票)|票[^，。！？]{0,4}证[^，。！？]{0,4}(?:都)?没有|无证/,
    notSentence: [WARNING, /都有|齐全|可以提供|人工种植|种植基地/],
  },
  {
    words: ['跟原件', '和原件', '与原件', '同原件'],
    severity: 'block',
    message: '暗示可补办、伪造与原件相同的官方证明文件，属于违法内容（规则 2.7）',
    after: /^(?:一模一样|一样|没区别|没差别|看不出)/,
    window: 60,
    sentence: [/证明|证件|户口|出生|执照|证书|毕业证|结婚证|病历|诊断/, /补|办|做|弄|出/, /认识|不用跑|不用排队|不用走|关系|内部|单独说|私聊/],
    notSentence: [WARNING, /复印|扫描|打印|彩印|高清|翻拍|副本|相框|装裱/],
  },
  {
    words: ['开心水', '开心粉', '快乐粉', '快乐水', '听话水'],
    severity: 'block',
    message: '疑似涉及毒品或迷药（暗语）',
    window: 40,
    sentence: /弄得到|搞得到|弄到|搞到|有门路|有渠道|朋友(?:那)?(?:有|能)|懂吧|懂吗|你懂|管用多了|比[^，。！？]{0,6}管用/,
    notSentence: [WARNING, /可乐|汽水|果汁|饮料|气泡|肥宅/],
  },
  {
    words: ['全裸写真', '裸体写真', '无码写真', '写真集', '裸照集'],
    severity: 'block',
    message: '私下附赠色情出版物，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [/全裸|裸体|无码|露点/, /附赠|送(?:您|你)|别让|偷偷|悄悄|国内买不到|夹/],
    notSentence: [WARNING, /不卖|不提供|举报|艺术|雕塑/],
  },
  {
    words: ['止咳糖浆', '止咳水', '咳嗽糖浆', '止咳露', '咳水'],
    severity: 'block',
    message: '宣传滥用含成瘾成分的止咳药水“图飘”，属于涉毒内容（规则 2.7）',
    window: 100,
    sentence: [/飘|嗨|high|上头|劲儿|迷糊/, /灌|一口气|半瓶|一瓶|整瓶|囤|不限购|多少瓶/],
    notSentence: [WARNING, /请勿|遵医嘱|滥用|成瘾|不能多喝|按说明/],
  },
  {
    words: ['过安检', '安检'],
    severity: 'block',
    message: '教人把吸食之物伪装成别的东西过安检，涉嫌毒品（规则 2.7）',
    window: 60,
    sentence: [/按[^，。！？]{0,6}走|没人拆|没人查|没人看|不会查|查不出|看不出/, /吸一口|抽一口|点着|带劲|嗨|飘|上头/],
    notSentence: [WARNING, /充电宝|电池|打火机|液体/],
  },
  // Round 47 (t47a): something hidden under or inside the packing, winked at or said to pass a check (加了硬纸板…藏在底下的东西懂的都懂) — not
  // a gift placed under the tray (赠品放在底下，拆的时候注意).
  {
    words: ['藏在底下的东西', '藏在下面的东西', '藏在里面的东西', '藏在夹层的东西', '藏着的东西', '藏的东西', '底下藏的', '里面藏的', '夹层里的东西'],
    severity: 'block',
    message: '暗示在包裹里藏匿夹带违禁物品，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/包装|纸箱|箱子|盒|袋|垫|纸板|泡沫|气泡膜|包裹/, /懂的|查不|安检|海关|发现不了|看不出|不会被/],
    notSentence: [WARNING, /赠品|小礼物|说明书|干燥剂|惊喜|彩蛋/],
  },
  // Round 47 (t47a, older dev lines): a prescription drug bought abroad for the buyer with no prescription (降压药…帮您从海外代购，不需要处方);
  // a kickback to the buyer's official with the invoice disguised (负责老师那份“心意”按8个点走，发票做成培训费); a girl sent to a hotel room
  // (同城安排“上门放松”，小姐姐都很年轻，懂的扣1); a porn site's accounts (黄站的终身会员号); duty-free cigarettes resold (带几条烟？免税店渠道的);
  // a customs "deposit" demanded under threat of a case (缉私盯上您的包裹，不补5000保证金就要立案).
  {
    words: ['不需要处方', '不用处方', '无需处方', '不要处方', '免处方', '不用开处方', '不需要开处方'],
    severity: 'block',
    message: '无处方代购、销售处方药，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /降压药|降糖药|降脂药|安眠药|抗生素|消炎药|激素|处方药|抗抑郁|精神类|止痛药|镇静/,
      /代购|帮(?:您|你)[^，。！？]{0,8}(?:买|带|弄|代购)|能弄|弄得到|走另外|单独发|另外的包裹|另外发|量大/,
    ],
    notSentence: [WARNING, /(?<![不无])需要处方|(?<!不)凭处方|医院开|药店买|不卖|不代购|不能代购/, NO_PRESCRIPTION_GOODS_TOLD],
  },
  // Round 56 (eng56b): a prescription-only drug named and sold with its gate skirted, whatever the words — the doctor's slip waived (不需要医生
  // 开单子, 不用去医院开), no approval for the market (国内没有批文, 个人渠道带的, 不走正规进口) or the parcel relabelled (备注成维生素) — with
  // the shop's sale beside it (有货, 直接拍, 给您发). The list entry above wanted 处方 spelt out. Not a drug sent to the doctor, refused, or sold
  // with its prescription asked for.
  {
    words: ['阿莫西林', '头孢', '青霉素', '阿奇霉素', '左氧氟沙星', '抗生素', '消炎药', '处方药', '处方级', '米诺地尔', '非那雄胺', '生发药', '降压药', '降糖药',
      '安眠药', '助眠药', '激素药', '西地那非', '他达拉非', '伟哥', '减肥药', '奥利司他', '异维a酸', '司美格鲁肽', '玻尿酸针', '肉毒'],
    severity: 'block',
    message: '绕过处方或批文销售处方药，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:不需要|不用|无需|不要|免|没有|没)(?:去)?(?:医生|医院|大夫)?(?:的)?(?:开|给)?(?:单子|处方|方子|医嘱)|(?:不需要|不用|无需)(?:去)?(?:医生|医院|大夫)(?:开|看)?|(?:国内|这边)?(?:没有|没|无)(?:批文|批号|准字号)|个人渠道|私人渠道|不走正规|不走海关|(?:备注|写|标)成(?:维生素|保健品|食品|化妆品|日用品)/,
      /有货|有卖|现货|直接拍|拍下|拍就|下单|(?:给|帮)(?:您|你)(?:发|寄|带)|发货|带的|带回|代购|渠道|卖/,
    ],
    notSentence: [WARNING, /(?<![不无])需要(?:医生)?(?:的)?处方|(?<![不无])(?:凭|需|要)(?:医生)?处方|上传[^，。！？]{0,8}处方|(?:没法|不能|无法)不(?:要|用|需要)|不卖|不售|不代购|不能代购|(?:不能|不可以|没法|无法)(?:卖|售|销售|购买|发)|不建议|遵医嘱|及时就医|尽快就医|去医院看|带(?:去|到)医院|看医生/],
  },
  {
    words: ['心意', '回扣', '好处费', '返点', '辛苦费', '红包'],
    severity: 'block',
    message: '向采购经办人输送回扣并做假账，涉嫌商业贿赂（规则 2.7）',
    window: 60,
    sentence: [
      /老师|负责人|采购|经办|领导|主任|校长|科长|处长|对接人/,
      /[0-9一二三四五六七八九十]+个点|按[^，。！？]{0,6}点(?:走|算|给)|发票做成|做成[^，。！？]{0,4}费|账面上?看不出|账上看不出|走账|不留痕/,
    ],
    notSentence: [WARNING, /拒绝|不收|不给|廉洁|违规|不做这种/],
  },
  {
    words: ['上门放松', '上门按摩', '特殊服务', '全套服务', '上门陪', '陪睡', '上门服务'],
    severity: 'block',
    message: '暗示提供色情服务，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/小姐姐|妹子|美女|姑娘|嫩模|学生妹/, /懂的|扣1|酒店|一个人|寂寞|闷|放松|私聊/],
    notSentence: [WARNING, /安装|维修|保洁|家电|测量|回收|师傅/],
  },
  {
    words: ['黄站', '黄网', '小黄站', '成人网站', '福利站'],
    severity: 'block',
    message: '出售色情网站会员账号，属于违法内容（规则 2.7）',
    window: 50,
    sentence: /会员|账号|号|资源|链接|要的话|便宜|[0-9]+(?:块|元)/,
    notSentence: [WARNING, /举报|屏蔽|拦截|防沉迷|过滤|家长/],
  },
  {
    words: ['几条烟', '两条烟', '一条烟', '三条烟', '条烟', '免税烟'],
    severity: 'block',
    message: '私下转卖免税、走私香烟，属于违法内容（规则 2.7）',
    window: 60,
    sentence: /免税|渠道|比外面便宜|便宜[0-9两一二三四五六七八九十几百]+|顺便带|帮(?:您|你)带|要不要(?:顺便)?带/,
    notSentence: [WARNING, /不能带|不卖|不代购|限带|限购|禁止|违法|自用/],
  },
  {
    words: ['立案', '缉私', '冻结', '拘留', '抓人', '上门查'],
    severity: 'block',
    message: '冒用海关、执法机关名义恐吓买家缴纳“保证金”，属于诈骗恐吓内容（规则 2.7）',
    window: 60,
    sentence: [
      /保证金|押金|罚款|手续费|解冻费|补[0-9一二三四五六七八九十百千万]+|交[0-9一二三四五六七八九十百千万]+|转[0-9一二三四五六七八九十百千万]+/,
      /不补|不交|不转|不缴|否则|的话就|不然/,
    ],
    notSentence: [WARNING, /诈骗|骗子|不会要求|不会让|别信|不要信|报警|提醒|吓唬|冒充|有人会|真正的|截图/],
  },
];

// Round 47 (t47f, blind set IB, subtle 2.7): each a pair of cues a reviewer reads, rare in honest replies —
// - a food or drink said to mend a medical reading or replace the drug (体检…血管那块的报告好看多了…比吃了一年药还管用; 脂肪肝的指标就能降下来;
//   一周就不用再抹激素药膏了);
// - a certificate made up in the proper form, number and seal complete, the checker said not to verify (按正规格式做一份，编号、章都齐);
// - a neighbour's locked Wi-Fi joined without its password; a transmitter turned up to drown others' radios (把对讲机的频段盖掉);
// - a paid draw whose odds the shop sets (中奖率是我们后台设的); a judge or examiner squared (评委那边我们每年都打过招呼);
// - a label written false on purpose to dodge a mandatory warning, or goods that fail a standard or lack a licence listed under another
//   category (故意写'全年龄'; 标准过不去…挂在'成人画材'下面; 没有卖酒的证…挂的是'调味品'类目);
// - a banned material sold off while it lasts (已经不让用了，我们是之前囤的货; 国内还没人查，趁现在还能卖);
// - new goods declared as a relative's old clothes to dodge duty (按'海外亲戚寄的旧衣服'报的…不会有任何税费);
// - a hidden point sold to stab with, unseen at security; a drink sold as passing the breath test before driving;
// - a protected animal's fur under a vague label (受保护的大🐈身上的…页面上只写'天然毛领').
const T47F_CURED = /好看多了|正常了|降下来|降了|下来了|不用(?:再)?(?:吃|抹|涂|打|用)(?:药|[^，。！？]{0,4}药膏)|停(?:了)?药|(?:医生|大夫)[^，。！？]{0,6}问[^，。！？]{0,6}(?:吃了?什么|用了?什么|怎么)|比(?:吃|抹|涂|打|用)?了?[^，。！？]{0,6}药[^，。！？]{0,4}(?:还|都|更)?(?:管用|有用|好使|灵)|比去医院[^，。！？]{0,8}(?:省事|管用|强)/;
const T47F_COURSE = /坚持|每天|天天|(?:[一两三四五六七八九十几半0-9]+)(?:个)?(?:天|周|星期|礼拜|月)/;
const T47F_REFUSED = /不能代替|不能替代|不是药|遵医嘱|请就医|建议就医|咨询医生|以医生|不能治/;
const T47F_CUES: Cue[] = [
  {
    words: ['血管', '血压', '血糖', '血脂', '胆固醇', '尿酸', '脂肪肝', '转氨酶', '湿疹', '皮炎', '痛风', '三高', '指标'],
    severity: 'block',
    message: '宣称普通食品、日用品能改善病情指标或代替药物，属于虚假的疗效宣传（规则 2.7）',
    window: 60,
    // (told as a course of use — 坚持三个月, 喝两周, 每天泡一颗 — not a meter's reading or a price that came down)
    sentence: [T47F_CURED, /体检|复查|报告|指标|医生|医院|激素|药/, T47F_COURSE],
    notSentence: [WARNING, T47F_REFUSED, /血压计|血糖仪|仪器|试纸|读数|测量|价格|降价/],
  },
  {
    words: ['证书', '认证书', '检测报告', '合格证', '许可证', '证明'],
    severity: 'block',
    message: '代为制作认证证书、证明并称验收不会核查，属于伪造证件的违法内容（规则 2.7）',
    window: 60,
    // (the checker said blind — 验收…不会打电话去核 — not the shop's own receipt with its seal)
    sentence: [/(?:做|出|弄|开)(?:一份|一张|一个|份|张)|按[^，。！？]{0,6}格式(?:做|出|弄)/, /(?:编号|章|公章|钢印)[^，。！？]{0,6}(?:都|也)?(?:齐|有|全)|不会(?:打电话)?(?:去)?(?:核|查|验)|查不出|看不出/,
      /验收|评标|投标|年检|(?:不会|不用|没人)[^，。！？]{0,6}(?:核|查|验)|查不出|看不出/],
    notSentence: [WARNING, /官网可查|可以查询|如实|原件|官方出具|机构出具/],
  },
  {
    words: ['无线网', 'wifi', 'wi-fi', '热点', '网络'],
    severity: 'block',
    message: '宣传蹭用、破解他人加密网络，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [/隔壁|邻居|别人|人家|楼上|楼下|对门/, /带密码|加密|有密码|密码/, /不用(?:问|要|输|知道)|破解|直接连|蹭/],
    notSentence: [WARNING, /自己家|您家的|授权|共享给您/],
  },
  {
    words: ['中奖率', '中奖概率', '爆率', '出货率', '抽中率'],
    severity: 'block',
    message: '付费抽奖的中奖率由商家后台暗中控制，属于赌博、欺诈性质的违法内容（规则 2.7）',
    window: 60,
    sentence: [/后台|我们|店里/, /(?:设|调|控|定|改)(?:的|好|了)|(?:说了|说的)算|您懂|懂的|多抽几次/],
    notSentence: [WARNING, /公示|公开|公证|透明|随机|系统随机|100%|百分之百/],
  },
  {
    words: ['评委', '考官', '阅卷', '监考', '裁判', '评审'],
    severity: 'block',
    message: '宣称已打点考级、比赛评委保证通过，属于行贿舞弊的违法内容（规则 2.7）',
    window: 60,
    sentence: [/打(?:过|了)?招呼|打点|疏通|关系|塞(?:了|过)?红包|意思意思/, /稳拿|稳过|包过|保过|必过|稳了|基本(?:都)?(?:能)?过|证书[^，。！？]{0,4}拿|放心/],
    notSentence: [WARNING, /公正|公平|没法打招呼|不能打招呼|不可能|凭实力|靠实力/],
  },
  {
    words: ['故意写', '故意标', '故意不写', '故意不标', '故意挂', '故意填', '故意没写', '故意没标'],
    severity: 'block',
    message: '故意错标适用年龄、警示信息以逃避抽检和强制标注，属于违法内容（规则 2.7）',
    window: 60,
    sentence: /按理|按规定|本该|应该|要标|抽检|检测|警示|认证|标准|禁用|不然|否则/,
    notSentence: [WARNING, /不会故意|没有故意|不是故意/],
  },
  {
    words: ['类目', '下面', '分类', '名义'],
    severity: 'block',
    message: '商品过不了标准或没有经营许可，改挂别的类目销售，属于违法内容（规则 2.7）',
    before: /挂(?:的是|在|成|到)[^，。！？]{0,8}$/,
    window: 60,
    sentence: [/过不去|过不了|不达标|不合格|不符合|没有[^，。！？]{0,8}(?:证|许可|资质)|没办[^，。！？]{0,6}证|不让卖/, /所以|因此|只能|才/],
    notSentence: [WARNING, /请勿给|不适合(?:儿童|孩子|小朋友)|不建议|不需要|无需|要求/],
  },
  {
    // (a material named — 防腐处理, 染料 — not a dorm's ban on appliances; 禁止使用/禁了 stay with the round 9 cue)
    words: ['不让用了', '不让用', '不让放', '已经禁用', '不让加'],
    severity: 'block',
    message: '明知某种材料、成分已被禁用仍在销售，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/(?:之前|以前|早)(?:就)?囤的|囤的货|存货|库存|趁(?:现在)?还(?:能|没|有)|还能卖|量不多|最后一批|没人查|多囤/, /料|剂|成分|处理|材料|工艺|物质/],
    notSentence: [WARNING, /不含|不添加|没添加|没有添加|无添加|不用|没用|已经换|换成|新配方|所以不卖|下架|停售/],
    deniable: false,
  },
  {
    words: ['旧衣服', '旧东西', '旧物', '二手衣服', '自用衣物', '礼物', '礼品', '亲戚寄'],
    severity: 'block',
    message: '把新货按旧物、礼品申报以逃避关税，属于走私逃税（规则 2.7）',
    window: 60,
    // (the duty said dodged — 不会有任何税费, 吊牌剪了 — not a gift wrap beside a tax-inclusive price)
    sentence: [/按[^，。！？]{0,12}(?:报|申报)|报(?:的|成)|申报(?:的|成)/, /不(?:会)?(?:有|用|收|交|缴)[^，。！？]{0,4}税|没有[^，。！？]{0,3}税|免税|税(?:费)?(?:都)?(?:没有|不用|省)|避税|逃税|省税|吊牌剪|剪(?:了)?吊牌/],
    notSentence: [WARNING, /如实|缴纳|需要(?:缴|交)|超过|不能|不可以/],
  },
  {
    words: ['过安检', '安检'],
    severity: 'block',
    message: '售卖可藏匿的利器并称能躲过安检，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/扎人|捅|刺人|划人|尖头|刀片|刀刃|利刃|锥/, /不会被(?:认|查|发现|看)|认不出|查不出|看不出|发现不了|测不出/],
    notSentence: [WARNING, /不能带|请勿|没收|托运/],
  },
  {
    words: ['开车前', '开车', '酒驾', '酒测', '吹的仪器', '吹气'],
    severity: 'block',
    message: '教人饮酒后躲避酒精检测、酒后驾车，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/吹不出|测不出|查不出|检不出|吹不到/, /度数|酒|喝|发酵/],
    notSentence: [WARNING, /请勿|不要|别|千万|不能|酒后不|喝酒不开车/],
  },
  {
    words: ['受保护', '保护动物', '保护级', '一级保护', '二级保护', '国家保护'],
    severity: 'block',
    message: '售卖受保护野生动物的皮毛制品并隐瞒来源，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/身上|皮|毛|骨|角|牙|羽|壳|鳞/, /只写|不写|没写|页面上|懂货|抢疯|数量很少|稀少|稀有|私下/],
    notSentence: [WARNING, /人造|仿(?:生|真)?|合成|不涉及|不是|并非|养殖|有证|证件齐/],
  },
  {
    words: ['频段', '对讲机', '信号', '无线电'],
    severity: 'block',
    message: '售卖超功率发射设备干扰他人无线电通信，属于违法内容（规则 2.7）',
    window: 60,
    // (offered as a feature — 顺带能把…盖掉 — not a neighbour's complaint of interference troubleshot, 功率调到低档试试)
    sentence: [/(?:能|可以|顺带|顺便|还能|直接)[^，。！？]{0,12}(?:盖掉|盖住|压住|压掉|屏蔽掉|干扰掉|干掉|占掉)/, /调大|加大|改大|开到最大|整栋|一栋|楼里|隔壁|邻居/],
    notSentence: [WARNING, /不会干扰|不干扰|不影响|抗干扰|防干扰|被干扰|排查|调到低|调低/],
  },
];

// Round 48 (t48a, blind set ID/IC, subtle 2.7): each a pair of cue families a reviewer reads, rare together in honest replies —
// - a home licence or filing said to be missing (or skipped) with the goods listed or declared as something else (批文我们没有，所以页面上写的是
//   '保湿水'; 嫌流程长，申报写的是按摩油; not a filing done or a listing corrected);
// - an everyday good said to clear a medical condition with the medical treatment displaced (医生开的量减了一半, 皮肤科的膏都停了, 比药膏/比打针强)
//   or the condition's loss made good (疗程后睫毛全没了…重新长密); not the doctor deferred to;
// - a substance the state bars from a goods class said to be in ours, its benefit or a secret told (国内不让用在儿童用品里的…所以特别持久，别跟别人说);
// - an official sticker or mark sold as identical to the issued one and unseen by the police (跟车管发的一模一样…交警看不出来);
// - goods taken apart or renamed so a required import check does not apply (拆开分开寄…就不算成品，不用检测);
// - goods slipped into other goods or other buyers' parcels past customs (夹在别的货里带的; 塞进别的客人的包裹里一起过关);
// - a pharmacist-only medicine sent with no consultation (要药剂师问过才给拿的…不用问诊直接发);
// - a paid draw for a cash prize pitched at minors or at winning back the stake (抽到金卡换现金…初中生都在抽，回本);
// - residents' photos and phone numbers offered for a price (小区业主的照片加手机号…要的话加50);
// - goods of a doubtful source with the buyer told not to ask (来路您就别细问了);
// - 大麻 in pinyin initials (dm糖) beside an order note or a parcel; the duty "saved" for the buyer beside a wink or the declaration.
const T48A_GATE = /批文|备案|特证|特殊用途|注册证|许可证|生产许可|进口许可|卫生许可|医疗器械(?:注册|备案)?/;
// (both needed: the condition reversed and the treatment displaced or the condition medical — a price or a reading 降下来 alone is none)
const T48A_REVERSED = /不(?:疼|痛|痒)了|(?:重新|又)长(?:出来|密|回来|齐|满)?|长回来|毛囊(?:就|都)?(?:醒|活)|冒出来|不红了|(?:红|疹子?|斑)(?:就|都|也)?(?:退|消|下去)了|(?:血糖|血压|血脂|尿酸)[^，。！？]{0,6}(?:往下|降)/;
const T48A_DISPLACED = /(?:药|膏|针)(?:都|也|就)?停了|停(?:了)?(?:药|膏)|(?:量|药量|剂量)(?:都|也|就)?减(?:了|掉|少)|比(?:去)?[^，。！？]{0,4}(?:药膏|打针|针|吃药|药|医院|激素)[^，。！？]{0,4}(?:强|好|管用|温和|有用|灵)|(?:疗程|化疗|放疗)[^，。！？]{0,8}(?:全没了|掉光|掉完|没了)/;
const T48A_CURE_DEFERRED = /不能代替|不能替代|不是药|遵医嘱|请就医|建议就医|及时就医|咨询医生|听医生|问医生|以医生|不能治|不治病|先去医院|去医院看/;
const T48A_CUES: Cue[] = [
  {
    words: ['批文', '备案', '特证', '特殊用途', '注册证', '许可证'],
    severity: 'block',
    message: '缺少国内批文、备案等许可却改名上架或申报（规避监管），属于违法内容（规则 2.7）',
    // (the missing gate is the cue's own denial: 没有批文, 没走医疗器械那套)
    deniable: false,
    window: 60,
    sentence: [
      /(?:页面|链接|标题|详情|面单|申报|报关|品名|包装)(?:上|里|时|的时候)?(?:我们|都|就|只)?(?:写|标|挂|报)(?:的是|的|成|作)|(?:页面|链接|详情)(?:上)?(?:没|不)(?:写|标|敢写)/,
      /(?:我们|店里|这边|咱们)(?:都)?没有|没(?:有)?(?:去)?(?:办|批|拿到|下来)|嫌(?:流程|麻烦|贵|慢|周期)|懒得|不想(?:办|走|等)|绕(?:开|过)|(?:您|你)懂|懂的|懂吧/,
    ],
    notSentence: [WARNING, /已经(?:办|拿到|完成|备案|注册)|已(?:办|备案|注册|取得)|(?:备案|批文|注册证)号[^，。]{0,4}(?:是|可查|为)|可以查到|官网(?:可)?查|改正|写错/],
  },
  {
    words: ['药膏', '皮肤科', '医生', '大夫', '打针', '那个针', '疗程', '医院', '降糖药', '降压药'],
    severity: 'block',
    message: '宣称化妆品、日用品能治病、代替药物或医疗，属于违法的疗效宣传（规则 2.7）',
    window: 60,
    sentence: [T48A_REVERSED, T48A_DISPLACED],
    notSentence: [WARNING, T48A_CURE_DEFERRED],
  },
  {
    words: ['医疗器械', '械字号', '医用级', '医用的'],
    severity: 'block',
    message: '未取得医疗器械资质的商品宣称可作医疗用途，属于违法内容（规则 2.7）',
    // (the missing gate is the cue's own denial: 没有批文, 没走医疗器械那套)
    deniable: false,
    window: 60,
    sentence: [/没(?:走|有|做|办|拿|过)|不是|虽然|不算|没那个/, /伤口|肚脐|创面|术后|破皮|溃疡|(?:跟|和)医院[^，。！？]{0,12}(?:一样|同样)|直接(?:往|用在|上)/],
    notSentence: [WARNING, /不能用于|不可用于|请勿|不建议|别用在|不要用在|请(?:用|选|购买|使用)(?:正规|专门的)?医用|需要(?:用)?医用|建议(?:用|选)?医用/],
  },
  {
    words: ['不让用', '不允许用', '不准用', '禁用', '禁止添加', '不让加', '不准加', '禁止使用'],
    severity: 'block',
    message: '商品中使用国家禁用的成分并隐瞒，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [
      /(?:用|拿)[^，。！？]{0,16}(?:调|做|加|配|泡|熏)(?:的|成)|加(?:了|的)(?:是)?|(?:含|有)(?:这|那)?(?:种|个)/,
      /所以(?:特别|才|更|效果)|效果(?:才|更|特别)|别(?:跟|和|对)(?:别人|外人|人)说|别告诉|别声张|(?:您|你)懂|懂的|悄悄|偷偷/,
    ],
    notSentence: [WARNING, /不含|没有(?:添加|加)|未添加|无添加|绝不|从不|不会(?:加|用)|都换成|已经换/],
  },
  {
    words: ['车管', '交管', '年检', '检验合格', '交警队', '公安局', '派出所', '海关'],
    severity: 'block',
    message: '售卖仿冒官方标志、标贴以蒙混检查，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:跟|和|与|同)[^，。！？]{0,14}(?:一模一样|没区别|没两样|分不出|真的一样)|以假乱真/,
      /看不出|认不出|查不出|分不出|发现不了|蒙混|过期(?:了)?的?(?:也|就)?(?:贴|能|照样)|没年检|不用年检/,
    ],
    notSentence: [WARNING, /(?:去|到|在)车管所(?:办|申领|领|补)|补领|补办|玩具|模型|装饰|贴纸款|周边/],
  },
  {
    words: ['不用检测', '不用检验', '不用认证', '不用做检测', '不用报检', '不用商检', '不算成品', '不用3c', '免得检测', '就不用检'],
    severity: 'block',
    message: '拆分、改名商品以规避进口检测或认证，属于违法内容（规则 2.7）',
    window: 60,
    sentence: [/分开(?:寄|发|运|报)|分(?:几|两|三)(?:次|批|个包裹)(?:寄|发|运)?|写成|报成|换个名|改个名|不算(?:成品|整机)/, /进口|海关|入境|要做|需要做|得做|要(?:过|走)/],
    notSentence: [WARNING, /退货|返修|维修|售后|已经(?:检|做|通过|过)/],
  },
  {
    words: ['夹在', '塞在', '混在', '藏在', '塞进', '混进', '夹进', '藏进', '夹带'],
    severity: 'block',
    message: '把商品夹藏在其他货物或他人包裹里过关（走私），属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:别的|其他|别人的?|其它)(?:客人|买家|顾客|人)?(?:的)?(?:货|包裹|东西|快递|箱子|商品)/,
      /进不来|不让进|不能进|进不了|过不了|被拦|拦下|不会被(?:查|拦|发现|扣)|按说|不让带|查不(?:到|出)|(?:一起|混着|顺便|跟着)过关/,
    ],
    notSentence: [WARNING, /赠品|小样|合并发货|拼单|如实申报|干燥剂|说明书|防震|混在一起了|弄混|搞混|放错|发错/],
  },
  {
    words: ['不用问诊', '无需问诊', '不用面诊', '免问诊', '不需要问诊', '不用开方', '不用看医生'],
    severity: 'block',
    message: '处方或药师管控的药品免问诊直接售卖，属于违法内容（规则 2.7）',
    window: 60,
    sentence: /药剂师|药师|处方|柜台|问过才|才(?:给|能)(?:拿|买|开)|含药|医药品|药局/,
    notSentence: [WARNING, /非处方|otc|乙类|不含药/],
  },
  {
    words: ['换现金', '兑现金', '抵现金', '换成现金', '兑换现金', '折现'],
    severity: 'block',
    message: '面向未成年人或以回本为诱饵的付费抽奖换现金，属于赌博内容（规则 2.7）',
    window: 60,
    notAfter: /^券/,
    sentence: [/抽(?:到|中|出)|开(?:到|出)|拆(?:到|出)|刮(?:中|到|出)|盲盒|卡包/, /初中生|小学生|中学生|孩子|小朋友|未成年|回本|手气|一张抵|翻倍/],
    notSentence: [WARNING, /不能换现金|不可(?:兑换|换)现金|不兑现|不折现|不能折现/],
  },
  {
    words: ['业主', '住户', '车主', '宝妈', '家长', '居民'],
    severity: 'block',
    message: '出售他人个人信息（照片、手机号等），属于违法内容（规则 2.7）',
    window: 60,
    sentence: [
      // (the people's data named as a list — 业主的照片加手机号, 车主的姓名 — not a greeting, 业主您好)
      /(?:业主|住户|车主|宝妈|家长|居民)(?:们)?(?:的)?(?:照片|手机号|电话|姓名|名单|信息|资料|联系方式|门牌)/,
      /一份|一批|打包|名单|[0-9]+条|要的话|需要的话|加[0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:元|块)|导进去|卖/,
    ],
    notSentence: [WARNING, /保密|不会(?:泄露|外泄|给)|隐私保护|不提供|不卖|自己录入|您家人/],
  },
  {
    words: ['来路', '来历'],
    severity: 'block',
    message: '暗示货物来路不正（赃物）并让买家别问，属于违法内容（规则 2.7）',
    window: 40,
    sentence: /(?:就|也)?别(?:细|多)?问|别打听|不(?:方便|好)(?:细)?说|不能(?:细)?说|别管|不太干净|说不清/,
    notSentence: [WARNING, /来路不明的(?:货|东西)?(?:我们)?(?:不|从不|一律不)|正规|可查|溯源/],
  },
  {
    words: ['dm糖', 'dm软糖', 'dm饼干', 'dm巧克力', 'dm油', 'dm烟', 'dm叶'],
    severity: 'block',
    message: '疑似涉及毒品（拼音缩写暗语）',
    window: 40,
    sentence: /备注|私聊|私我|一起发|夹|混|要的话|懂|有货|克/,
  },
  {
    words: ['帮您省', '帮你省', '给您省', '给你省', '替您省', '都省了'],
    severity: 'block',
    message: '帮买家逃避关税，属于违法内容（规则 2.7）',
    before: /税(?:费|钱)?(?:我们|这边|也|都)?$/,
    window: 40,
    sentence: /懂的|懂得|报关|申报|清关|海关|写成|报成|低报|少报|不报/,
    notSentence: [WARNING, /包税|承担|我们出|补贴|如实/],
  },
];

// ---- Round 48 (t48g): a safety check dodged by moving its label; a knock-out effect sold in an everyday treat (2.7) ----
/** A test or certification label (检测贴, 3C标, 合格证) — the mark a safety check or a referee reads. */
const CERT_LABEL_T48G = ['检测贴', '检测标', '检测标签', '检测贴纸', '检验贴', '检验标', '认证贴', '认证标', '认证标签', '认证贴纸', '合格贴', '合格标', '合格证', '质检贴', '质检标', '安检贴', '3c标', '3c贴', 'ccc标', 'ce标', '认证标志', '检测标志', '年检标', '防伪贴', '防伪标',
  // Round 64 (eng27-64): the import trade's trace and anti-fake codes, handed out loose for other goods.
  '溯源码', '溯源贴', '溯源标', '中检码', '防伪码'];
/** …peeled off one item and stuck on another (揭下来贴过来, 撕下来贴到新的上面, 换贴到). */
// (round 64, eng27-64: …or a spare one stuck on other goods, 溯源码贴纸…贴到别的货上就显示正品了)
const LABEL_MOVED_T48G = /(?:揭|撕|抠|取|拆|剪|刮)(?:下来|下|掉)[^，。！？]{0,8}?(?:贴|粘|换|移)(?:过来|过去|到|上|在|在这|回)|(?:换|移|挪|转)(?:贴|粘)(?:到|在|过来|过去)|(?:贴|粘|挂)(?:到|在|上)(?:别的|其他|其它|任何|别人的?|另外的?)(?:货|商品|东西|产品|瓶|罐|盒|包|件)/;
/** An everyday treat or drink, not a sleep aid (软糖, 奶茶, 饼干, 果汁). */
const TREAT_T48G = /软糖|糖果|奶糖|棒棒糖|巧克力|饼干|果冻|奶茶|果汁|饮料|汽水|酸奶|蛋糕|零食|糖|口香糖|小熊糖/;
/** …said to make one sleep like the dead (睡得特别沉, 一觉睡死, 倒头就睡, 叫都叫不醒). */
const KNOCKOUT_SLEEP_T48G = /睡得(?:特别|很|超级?|巨|贼|可)?(?:沉|死)|睡(?:得)?跟死(?:了)?一样|一觉睡死|倒头就睡|叫都叫不醒|叫不醒|怎么叫都不醒|晕晕乎乎|昏昏沉沉|昏睡/;
const T48G_CUES: Cue[] = [
  {
    // Round 48 (t48g): a test or certification label peeled off one item and stuck on another so a safety rule or a referee is passed (全罩上那张
    // 检测贴揭下来贴过来就行，裁判看不出来; 旧头盔的3C标撕下来贴到新的上，交警查不出). Not a label's place told or a damaged one replaced by the shop
    // (合格证在包装盒里; 检测贴掉了我们补寄一张).
    words: CERT_LABEL_T48G,
    severity: 'block',
    message: '教人把检测、认证标志揭下来转贴到别的商品上以逃避安全检查，属于违法内容（规则 2.7）',
    window: 50,
    sentence: LABEL_MOVED_T48G,
    notSentence: [WARNING, /补寄|补发|重新寄|不要(?:把|将)?[^，。！？]{0,6}?(?:揭|撕)|请勿|禁止|不能(?:揭|撕|转贴)|无效|作废/],
  },
  {
    // Round 48 (t48g): an everyday treat said to knock one out for the night (这款软糖酸酸甜甜的，吃了整晚都睡得特别沉; 这奶茶喝了叫都叫不醒) — a
    // sedative hidden in food. Not a sleep aid sold as one (褪黑素软糖, 助眠, 酸枣仁) nor a child's calm night or a late coffee warned of.
    words: ['睡得特别沉', '睡得很沉', '睡得超沉', '睡得沉', '睡得特别死', '睡得很死', '睡得死', '一觉睡死', '叫都叫不醒', '叫不醒', '怎么叫都不醒', '睡得跟死了一样', '睡得跟死一样', '昏睡', '昏昏沉沉'],
    severity: 'block',
    message: '暗示普通食品里加了让人昏睡的成分，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [TREAT_T48G, /吃了|喝了|吃完|喝完|一颗|一粒|一杯|一块|一口/],
    notSentence: [WARNING, /褪黑|助眠|睡眠|安神|酸枣仁|gaba|氨基丁酸|茶氨酸|洋甘菊|薰衣草|保健|膳食补充|宝宝|孩子|小朋友|婴儿|娃|咖啡|失眠|困|不好|影响/],
  },
];

// ---- round 49 (t49a): subtle 2.7 — prohibited goods and services told by what they do ----
const T49A_CUES: Cue[] = [
  {
    // Round 49 (t49a): a licence the work needs said not to be held, then waved off (师傅没有行医的证但手法很熟; 食品生产的证我们没去办，太麻烦了，
    // 不过卫生您放心): unlicensed medical work or food production sold. Not a licence said not to be needed (普通按摩仪不需要) nor the work refused.
    words: ['行医', '执业', '医师证', '医生证', '食品生产', '生产许可', '卫生许可', '食品经营', '经营许可', '健康证', 'sc证', '营业执照'],
    severity: 'block',
    message: '承认没有行医、食品生产等法定资质仍提供服务或生产销售，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [
      /没(?:有|去|来得及|顾上)?办|没有?[^，。！？]{0,6}?(?:证|资质|执照|许可)|(?:证|资质|执照|许可证?)[^，。！？]{0,4}?没(?:有|去办|办|考|拿)|懒得办|不想办|没(?:考|拿|领)(?:到|下来)?(?:证|资质)?/,
      /(?:但|不过|可是)[^，。！？]{0,10}?(?:手法|技术|经验|卫生|干净|放心|没问题|一样|熟|安全)|太麻烦|嫌麻烦|懒得|没必要|不影响|照样|(?:手法|技术)(?:很|特别|超|挺)?(?:熟|好|专业)/,
    ],
    deniable: false,
    notSentence: [WARNING, /不需要|不用办|无需|不属于|普通(?:的)?(?:按摩|日用|护理)|建议(?:您)?(?:去|到)(?:正规|医院)|(?:我们|本店)?(?:不做|不接|不提供|做不了)/],
  },
  {
    // Round 49 (t49a): a safety label called a formality for the inspectors (写“3岁以上”就是为了应付检查的，一岁多的宝宝玩也没事): the warning
    // waved off. Not the label said to be no formality (这不是为了应付检查，请一定遵守).
    words: ['应付检查', '应付抽检', '应付监管', '应付上面', '应付质检', '应付审核', '应付工商', '糊弄检查', '对付检查', '做给检查', '写给检查', '做做样子', '走个形式', '走个过场'],
    severity: 'block',
    message: '称安全警示、适用年龄等标注只是应付检查、可以无视，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [
      // (the label a safety one: an age, a group at risk, a dose, a ban)
      /岁以上|岁以下|个月以上|个月以下|儿童|孩子|宝宝|孕妇|老人|成人|慎用|禁用|勿|不超过|警示|警告|用量|每日|过敏|小零件|误吞/,
      /没事|没关系|不要紧|照样|也能|也可以|放心|不用(?:管|理|在意|当真|紧张)|别(?:管|理|当真|在意)|无所谓/,
    ],
    notSentence: [WARNING, /不是(?:为了)?(?:应付|做做|走)|并非|务必|一定要(?:遵守|注意|按)|请(?:遵守|注意|按照)/],
  },
  {
    // Round 49 (t49a): a marking peeled off so a check passes the goods (把标容量的那张贴纸撕掉，安检一般就当普通灯过了; 铭牌刮掉海关就查不出来):
    // dangerous goods hidden from a security or customs check. Not the buyer told to keep the label (请勿撕掉标签，否则安检过不了).
    words: ['安检', '海关', '过检', '机场', '查验', '邮检'],
    severity: 'block',
    message: '教人撕掉、遮盖标识以蒙混过安检或海关查验，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [
      /(?:撕|揭|刮|抠|去|剪|涂|磨)(?:掉|了|下来|下)|遮(?:住|掉)|盖住|抹掉/,
      /贴纸|标签|标贴|铭牌|参数|容量|标识|型号|字样|瓦时|毫安|wh|mah/,
      /(?:就|能|会|可以|一般|都)[^，。！？]{0,10}?(?:过(?:了|去)?|当(?:成|作)?[^，。！？]{0,6}?过|看不出|查不出|发现不了|认不出)/,
    ],
    notSentence: [WARNING, /(?:不要|请勿|别|切勿|千万别|不能|不可以)(?:把|将|自行)?[^，。！？]{0,8}?(?:撕|揭|刮|去掉|遮)|否则|过不了|会被(?:扣|没收)/],
  },
  {
    // Round 49 (t49a): the shop diagnosing or prescribing from a photo (耳朵里拍的画面发给我们，我们帮您看是什么毛病、该用什么药，比去医院排队挂号快):
    // medical practice without a licence. Not a photo asked for after-sales nor the buyer sent to a doctor.
    words: ['什么毛病', '什么病', '啥毛病', '啥病', '用什么药', '用啥药', '吃什么药', '吃啥药', '开什么药', '开药', '开方子', '开个方'],
    severity: 'block',
    message: '商家客服替买家看病、诊断或开药，属于违法行医内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:我们|这边|我|咱们|店里|我们这边)[^，。！？]{0,6}?(?:帮|给|替)(?:您|你)(?:看|诊断|判断|开|配|处理|治)|(?:帮|给|替)(?:您|你)(?:看|诊断|判断)(?:看)?(?:是)?(?:什么|啥)/,
      /比去医院|不用去医院|不用(?:去)?挂号|排队挂号|(?:直接|都)(?:就)?(?:给|帮)(?:您|你)?(?:处理|治|解决)|省得(?:去)?(?:医院|挂号)|不用看医生/,
    ],
    notSentence: [WARNING, /建议(?:您)?(?:及时)?(?:去|到)(?:医院|正规)|请(?:及时)?就医|遵医嘱|咨询医生|我们不是医生|不能(?:替|代替)(?:医生|诊断)/],
  },
  {
    // Round 49 (t49a): an everyday product said to end a condition for good or replace the clinic (用三次毛囊就死了，一辈子不用再脱，比去医院打激光还
    // 彻底; 坚持每天洗，一个月后鼻喷就能扔了，换季也不会再犯): a cure or permanent medical effect claimed for a cosmetic or a wash.
    words: ['一辈子不用', '永远不用', '再也不用', '不会再犯', '再也不犯', '不再复发', '不会复发', '断根', '就能扔了', '可以扔了', '都能扔了', '就能扔', '比去医院'],
    severity: 'block',
    message: '宣称日用品、化妆品有根治或替代医疗的效果，属于违法宣传（规则 2.7）',
    window: 50,
    sentence: [
      /比去医院|打激光|医院|鼻喷|喷剂|激素|药|换季|过敏|鼻炎|湿疹|毛囊|复发|犯病|发作|脚气|灰指甲|狐臭|痘|脱发/,
      /(?:用|泡|洗|喝|吃|敷|涂|喷|擦)(?:了|完)?[0-9一二两三四五六七八九十几]+(?:次|回|瓶|罐|盒|个月|周|天)|坚持|每天|一个月|几次|用完|洗(?:了)?[0-9一二两三四五六七八九十几]+/,
    ],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不能|不可以|不是药|不能代替|遵医嘱|请咨询|咨询医生|辅助|无法|没法|因人而异|不保证|不敢保证/],
  },
  {
    // Round 49 (t49a): a shaming object made against a named person and brought to their door (印着他照片加“欠钱不还”的垫子…送到他家门口):
    // a public smear of a third person sold as a service. Not a photo print for one's own family or pet.
    words: ['欠钱不还', '欠债不还', '老赖', '赖账', '小三', '渣男', '渣女', '不要脸', '负心汉', '骗子'],
    severity: 'block',
    message: '为人制作印有他人照片和侮辱字样的物品并送到对方门口，属于侮辱诽谤、骚扰他人的违法内容（规则 2.7）',
    window: 60,
    sentence: [
      /(?:他|她|对方|仇人|前任|前男友|前女友|人家|谁)(?:家)?的?(?:照片|头像|名字|姓名|电话|手机号|大头照|相片)/,
      /门口|家门|楼下|单位|公司门|小区|送到|放在|挂在|贴在|摆在|寄到/,
    ],
    notSentence: [WARNING, /不接|不做|不能|不可以|涉及(?:侮辱|诽谤)|侵权|肖像权/],
  },
];
// ---- end round 49 (t49a) ----

// ---- round 53 (eng53b): unseen 2.7 — fake orders with another account, an age limit waived or hidden from parents, a blade sold by the wound ----
// A fake order placed from someone else's account to write a review (用您家人的号再下一单，写个长点的好评把它压下去，东西我们不用发): actor the
// shop, act an order from another's account, object a review — with the goods not sent or a review pushed down. Not the rule explained
// (不能用家人的号下单刷好评), nor an honest gift order (用您家人的号下单也可以，地址填他们的).
const T53_OTHER_ACCOUNT = /(?:用|拿|借|换|找|让|叫)(?:个|一个)?(?:您|你)?(?:的)?(?:家人|家里人|朋友|亲戚|同事|老公|老婆|爸妈|别人|其他人|另一个|另外一个|别的|他|她|他们)?(?:的)?(?:号|账号|小号|手机号)/;
const T53_ORDER = /(?:再|重新|另)?(?:下|拍|买)(?:一|个|几)?单/;
const T53_REVIEW_PUSHED = /(?:压|顶|盖|冲|刷)(?:下去|过去|掉|没了)|(?:东西|货|商品)(?:我们)?(?:就|也)?(?:不用|不会|不)(?:发|寄)|不用(?:真)?发货|空包/;
// An age limit waived for a restricted good (未成年没关系的，我们不看年龄) or the parcel disguised so a parent won't know (备注成饮料发过去，家长
// 也不知道). Not the limit kept (未成年不能购买, 下单要验证年龄), nor a gift note (备注成生日礼物).
const T53_CHECK_WAIVED = '不(?:看|查|问|验|管|核)(?:年龄|身份证|岁数)';
const T53_AGE_WAIVED = `(?:未成年|未满(?:十八|18))(?:也)?(?:没关系|没事|无所谓|也(?:能|可以)(?:买|喝|抽|用))|${T53_CHECK_WAIVED}`;
const T53_RESTRICTED = '酒|烟|电子烟|烟弹|烟油|槟榔|彩票|成人用品|情趣|管制|打火机|能量饮料';
const T53_DISGUISED = '(?:备注|写|标|伪装|包装|假装)成(?:饮料|零食|文具|玩具|日用品|衣服|书|化妆品)';
const T53_PARENTS_UNAWARE = '(?:家长|父母|爸妈|老师)(?:也|都)?(?:不知道|发现不了|看不出|查不到)';
const T53_HIDDEN = new RegExp(`${T53_DISGUISED}[^]{0,20}${T53_PARENTS_UNAWARE}|${T53_PARENTS_UNAWARE}[^]{0,20}${T53_DISGUISED}`);
const T53_AGE_KEPT = /不能(?:购买|买|卖)|不卖|不售|禁止|严禁|需要(?:实名|验证)|要(?:实名|验证)|年满|成年人才/;
// A blade sold by the wound it makes on a person, with a wink at using it (捅一下就是一个窟窿，真遇到事了特别适合“解决问题”，懂吧). Not a
// kitchen cut or a safety warning (切肉一刀一个口子, 刀很锋利请小心).
const T53_BLADE = /刀|匕首|军刺|刺刀|刃|血槽/;
const T53_WOUND = /(?:捅|扎|刺|砍)(?:一下|一刀|进去|人)[^，。！？]{0,6}?(?:窟窿|一个洞|见血|放血|就倒|进去)/;
const T53_WINK = /懂吧|你懂的|您懂的|懂的都懂|懂得都懂|解决问题|摆平|对付人|教训人|遇到事/;
const T53_CUES: Cue[] = [
  {
    words: ['好评', '五星', '评价'],
    severity: 'block',
    message: '让买家用他人账号下单刷好评（虚假交易、刷单），属于违法违规内容（规则 2.7）',
    window: 50,
    sentence: [T53_OTHER_ACCOUNT, T53_ORDER, T53_REVIEW_PUSHED],
    notSentence: [WARNING, /(?<!能)不能(?!不)|不可以|不允许|不要|(?<!特)别(?!人|的)|严禁|违规/],
    // (能不能帮个忙 asks a favour, it refuses nothing: the refusals are read by notSentence above)
    refusal: /(?!)/,
    hypothetical: true,
  },
  {
    words: ['未成年', '未满十八', '未满18', '不看年龄', '不查年龄', '不问年龄', '不验年龄', '不看身份证', '不查身份证', '家长也不知道', '家长不知道', '爸妈也不知道', '父母也不知道'],
    severity: 'block',
    message: '向未成年人售卖限售商品或伪装包裹瞒过家长，属于违法内容（规则 2.7）',
    window: 50,
    // A minor or a parent named, the limit waived or the parcel hidden, and a restricted good named — or the check itself waived or the parcel hidden.
    sentence: [/未成年|未满(?:十八|18)|家长|父母|爸妈/, new RegExp(`${T53_AGE_WAIVED}|${T53_HIDDEN.source}`), new RegExp(`${T53_RESTRICTED}|${T53_CHECK_WAIVED}|${T53_HIDDEN.source}`), /(?:发|寄|卖|买|下单|送)/],
    notSentence: [WARNING, T53_AGE_KEPT],
    deniable: false,
  },
  {
    words: ['捅', '扎人', '刺人', '砍人', '血槽', '扎进去', '刺进去', '扎一下', '刺一下', '扎一刀', '砍一刀'],
    severity: 'block',
    message: '以伤人效果推销刀具并暗示用来“解决问题”，属于暴力违法内容（规则 2.7）',
    window: 50,
    sentence: [T53_BLADE, T53_WOUND, T53_WINK],
    notSentence: [WARNING, /小心|注意安全|请勿|不要(?:对|拿|用)|千万别|别(?:对着|拿|用来|玩)|管制/],
  },
  {
    // Goods declared under another, lawful kind (这个烟我们按茶叶报关，海关一般不拆): the declared kind set against the goods. Not the true kind
    // (按实际品名报关) nor a lawful category (按个人物品申报).
    words: ['报关', '申报', '清关'],
    severity: 'block',
    message: '把商品按其他品类报关以逃避监管，属于违法内容（规则 2.7）',
    before: /(?<!实际|如实|真实)(?:按|按照|当|当成|当作|冒充)(?:成)?(?:茶叶|食品|零食|日用品|样品|礼品|工艺品|衣服|服装|配件|零件|玩具|文具|化妆品|保健品|饰品|杂物|普通货|普货)(?:的名义)?(?:来|去)?$/,
    notSentence: [WARNING, /(?<!海关|一般|反正)不能|不可以|不会(?:按|帮|给)|如实|按实际|实际品名|不得/],
  },
  {
    // The cross-border quota dodged by opening several accounts or identities (帮您多注册几个跨境账户分着买). Not the quota told (每个账户每年有额度).
    words: ['分着买', '分开买', '分着下', '分开下单', '分着下单', '拆开买'],
    severity: 'block',
    message: '用多个账户或身份拆分购买以规避跨境限额和税费，属于违法内容（规则 2.7）',
    window: 40,
    sentence: /(?:注册|开|用|借|弄)[^，。！？]{0,4}?(?:几个|多个|好几个|两个|三个)(?:跨境)?(?:账户|账号|号|身份证|身份)/,
    notSentence: [WARNING, /不能|不可以|不允许|不建议|违规/],
  },
  {
    // A product said to shrink or dissolve a tumour or cancer (这款精油抹在肚子上能消肿瘤). Not the condition named as a caution (肿瘤患者遵医嘱).
    words: ['肿瘤', '癌', '结节', '囊肿', '息肉', '增生'],
    severity: 'block',
    message: '宣称普通商品能治疗肿瘤等疾病，属于虚假医疗宣传（规则 2.7）',
    before: /(?:能|可以|可|会|就能|还能)(?:把)?(?:消|化|溶|去|治好?|缩小|打散|化掉|消掉|溶掉)(?:掉)?$/,
    notSentence: [WARNING, /不能|不可以|无法|不是药|不具有|没有(?:治疗|药用)|遵医嘱|就医/],
    deniable: false,
  },
  {
    // A sprayer or blade praised for attacking people (能让人几分钟睁不开眼，对付人特别好用). Not self-defence against an attacker
    // (遇到坏人保护自己) nor a warning.
    words: ['对付人', '教训人', '收拾人', '整人'],
    severity: 'block',
    message: '推销用来伤害他人的器具，属于暴力违法内容（规则 2.7）',
    window: 40,
    sentence: /喷雾|辣椒水|电棍|电击|甩棍|指虎|弹弓|弩|刀|匕首|棍/,
    notSentence: [WARNING, /小心|注意安全|请勿|不要(?:对|拿|用)|千万别|别(?:对着|拿|用来)|管制/],
  },
  {
    // An adult doll made in a real person's likeness (充气娃娃加钱可以定制成明星的脸).
    words: ['定制成', '做成', '照着'],
    severity: 'block',
    message: '按真人相貌定制成人用品，侵犯肖像权，属于违法内容（规则 2.7）',
    after: /^[^，。！？]{0,4}?(?:明星|网红|真人|照片上的人|前任|女神|主播|同事|熟人)[^，。！？]{0,2}?(?:的)?(?:脸|样子|长相|模样)/,
    window: 30,
    sentence: /娃娃|充气|硅胶|成人|情趣/,
    notSentence: [WARNING, /不能|不可以|不提供|不接/],
  },
  {
    // People's data held and offered for marketing (我们有本地好几所学校的家长群名单; 想要学生的联系方式做推广吗). Not the shop's own customers
    // told of their privacy (您的联系方式我们不会外泄).
    words: ['名单', '联系方式', '手机号', '电话号码'],
    severity: 'block',
    message: '买卖他人个人信息，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [/(?:学校|家长|学生|业主|住户|宝妈|患者|病人|车主|老人)(?:群)?(?:的)?(?:名单|联系方式|手机号|电话)/, /推广|营销|精准|按条|打包|要吗|需要的话|想要|做生意|引流/],
    notSentence: [WARNING, /不会(?:外泄|泄露|给|卖)|保密|保护|不能|不可以|不提供/],
  },
  {
    // A product said to replace a prescribed drug (配着我们的偏方吃，不用吃降压药了). Not the doctor's word kept (药要遵医嘱).
    words: ['不用吃', '不用打', '不用再吃', '不用再打', '可以停', '能停掉', '可以停掉', '停了'],
    severity: 'block',
    message: '宣称普通商品可替代处方药物，属于虚假医疗宣传（规则 2.7）',
    after: /^(?:掉)?(?:降压药|降糖药|胰岛素|激素|抗生素|化疗|透析|药)/,
    window: 40,
    sentence: /保健品|偏方|茶|精油|配方|产品|配着|配合|这个|这款|我们的/,
    notSentence: [WARNING, /医生|遵医嘱|不能|不要|不可以|咨询|就医/],
    deniable: false,
  },
  {
    // A tool offered to track or watch another person (用我们的软件可以看到对方的定位，查老公很方便). Not finding one's own lost device.
    words: ['定位', '行踪', '聊天记录', '开房记录', '通话记录'],
    severity: 'block',
    message: '提供窥探他人位置或隐私的手段，属于违法内容（规则 2.7）',
    before: /(?:看到|看|查|查到|监控|获取|拿到|调出|偷看)(?:对方|老公|老婆|男朋友|女朋友|别人|他人|前任|孩子|员工|他|她)(?:的)?(?:实时)?$/,
    window: 40,
    sentence: /软件|app|程序|设备|插件|我们|帮(?:您|你)/,
    notSentence: [WARNING, /自己的(?:手机|设备)|丢了|找回|不能|不可以|无法|没法|没办法|做不到|不会|侵犯|不提供/],
  },
];
// ---- end round 53 (eng53b) ----
// ---- round 54 (eng54b): unseen 2.7 by act — a substance slipped into someone's drink, goods passed unseen through a check, real-name evaded ----
// A powder or drops offered to go into another person's drink unnoticed (这个粉加到酒里对方尝不出来): actor the buyer, act slipping in, object
// someone else who cannot taste it. Not a seasoning or a supplement one takes oneself (加到牛奶里孩子尝不出来苦味 — the child's own medicine).
const T54B_SLIP_IN = /(?:加|放|倒|兑|掺|混|下|滴)(?:到|进|在)?(?:对方|他|她|别人|人家)?(?:的)?(?:酒|饮料|水|茶|咖啡|奶茶|果汁|杯子|汤|饭)(?:里|中)/;
const T54B_UNNOTICED = /(?:对方|他|她|别人|人家)[^，。！？]{0,4}?(?:尝不出|喝不出|察觉不到|发现不了|不会发现|不会察觉|没感觉|闻不出|看不出)/;
// Goods said to pass a security, customs or x-ray check unseen (这个东西过安检查不出来, X光照不出来): the check named, then not finding it.
const T54B_CHECK = /安检|x光|机场|地铁|高铁|火车站|海关|快递(?:站|公司)?(?:的)?(?:检查|检测|扫描)|过检/;
// Real-name checks evaded for the buyer (不用实名也能买，我们有办法). Not the rule told (需要实名认证).
const T54B_CUES: Cue[] = [
  {
    words: ['尝不出', '喝不出', '察觉不到', '发现不了', '不会发现', '不会察觉', '闻不出'],
    severity: 'block',
    message: '教人把东西偷偷加进他人饮食、不让对方察觉，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [T54B_SLIP_IN, T54B_UNNOTICED],
    notSentence: [WARNING, /(?:孩子|宝宝|小朋友|老人|爸妈|自己)[^，。！？]{0,6}?(?:药|苦|腥|味道)|不能|不要|千万别|调料|调味|提味|香精|苦味|腥味/],
    deniable: false,
  },
  {
    words: ['查不出来', '查不出', '检测不出', '检查不出', '扫不出', '照不出', '测不出'],
    severity: 'block',
    message: '教人把物品藏过安检、海关或快递检查，属于违法内容（规则 2.7）',
    window: 30,
    sentence: [T54B_CHECK, /(?:过|经过|走|带|寄|邮|通过)/],
    notSentence: [WARNING, /(?:可以|能)(?:正常)?(?:过|通过)[^，。！？]{0,4}?安检|符合|合规|不属于(?:违禁|危险)|放心带|允许携带|可以携带|能带上|充电宝容量/],
    deniable: false,
  },
  {
    words: ['不用实名', '不需要实名', '不要实名', '免实名', '绕过实名', '不走实名', '不实名', '不用身份证', '不需要身份证'],
    severity: 'block',
    message: '帮买家绕过实名或身份核验，属于违法违规内容（规则 2.7）',
    window: 40,
    sentence: /(?:也|照样|一样|都)(?:能|可以)|我们(?:有|能|可以|会)(?:办法|渠道|搞定|处理)|有办法|帮(?:您|你)(?:搞|弄|处理|办)/,
    notSentence: [WARNING, /(?:查询|查看|咨询|浏览|看|逛|加购|收藏|领券|问)(?:物流|商品|详情)?[^，。！？]{0,4}?(?:不用|不需要)|收货|签收|取件|快递柜|驿站|代收|浏览|逛逛|加购|收藏|(?:才|还是)(?:需要|要)(?:实名|认证|身份证)/],
    deniable: false,
  },
  // Pass 2 (x54 misses, grouped by act; rows in new wordings):
  {
    // A loophole in the platform's system offered or recommended to the buyer (这个漏洞好多人在用; 系统有漏洞，能帮您超期退款). Not a fault reported or fixed.
    words: ['漏洞', 'bug'],
    severity: 'block',
    message: '教买家利用平台系统漏洞获利，扰乱平台秩序（规则 2.7）',
    window: 50,
    sentence: /(?:好多人|很多人|大家|不少人)(?:都)?在(?:用|钻|薅)|(?:能|可以|帮(?:您|你))[^，。！？]{0,12}?(?:退|改|刷|领|拿|薅|免|省|不用)|东西不用寄|钱照退|超期|白拿|白嫖/,
    notSentence: [WARNING, /修复|修好|已修|反馈|上报|不存在|没有漏洞|防止|堵上|补上|被(?:人)?利用|小心/],
    deniable: false,
  },
  {
    // A check said to be skipped, with a cheat riding on it (仓库不拆的，随便放点东西寄回来钱照退; 换个店名重新上，平台查不过来; 标签自己印的，跟备案不一样也没人查).
    words: ['仓库不拆', '不会拆开', '查不过来', '没人查', '不会有人查', '没人管', '管不过来', '不会查'],
    severity: 'block',
    message: '借平台或监管查不到来作弊（虚假退货、换名重开、标签与备案不符），扰乱平台秩序（规则 2.7）',
    window: 50,
    sentence: /随便(?:放|塞|装)|(?:换|改)(?:个|一个)?(?:店铺名|店名|名字|马甲)|重新(?:上|开|上架)|自己(?:印|贴|做)|(?:跟|和|与)[^，。！？]{0,6}?备案[^，。！？]{0,4}?不一样|钱照退|东西不用寄|空包|过期|假(?:单|货|证)/,
    notSentence: [WARNING, /隐私|放心收|保护|不会拆您的|不会泄露/],
    deniable: false,
  },
  {
    // Tax dodged by a false statement (备注“礼品”清关按礼品走，不用交跨境税; 有人打电话问您就说是朋友送的，省一道税). Not the duty explained (额度内免税).
    words: ['省一道税', '省税', '省关税', '省掉税', '不用交税', '不用交跨境税', '不用交关税', '不用缴税', '不交税', '免交税', '逃税', '避税', '税就免了', '不用上税'],
    severity: 'block',
    message: '教买家虚报申报内容逃避税款，属于违法内容（规则 2.7）',
    window: 50,
    sentence: /礼品|礼物|朋友送的|自用|样品|备注|就说|说是|写成|报成|按[^，。！？]{0,4}?走|少报|低报/,
    notSentence: [WARNING, /无法|(?<!能)不能|不可以|必须|如实|按实际|额度(?:内|以内)|限额|政策规定|免税店|不会|不做|从不|绝不|没有|不帮/],
    deniable: false,
  },
  {
    // An official record the buyer is told not to look up, the paper borrowed or made up (批文是借别家的号，编号您别在官网查).
    words: ['别在官网查', '别去官网查', '不要在官网查', '不要去官网查', '别上官网查', '官网查不到', '别去查', '别查了', '不要去查'],
    severity: 'block',
    message: '承认资质、批文或备案是借用或编造的，并劝买家别去查，属于违法内容（规则 2.7）',
    window: 50,
    sentence: /批文|批号|编号|备案|注册证|许可证|检测报告|证书|资质/,
    // (round 68, engfa68: …nor a code explained as another market's, looked up there — detect/market-records.ts)
    notSentence: [WARNING, /物流|快递|运单|订单|还没(?:上传|更新|录入)|更新|同步/, HOME_RECORDS_ONLY],
    deniable: false,
  },
  {
    // Expired goods re-dated and sold on (过了期，我们重新换了底部日期). Not the date policy told (绝不改日期).
    words: ['过期', '过了期', '过保质期', '临期'],
    severity: 'block',
    message: '篡改过期商品的日期继续销售，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [/(?:换|改|重新(?:打|印|贴|喷)|涂掉|刮掉|盖掉|覆盖)(?:了)?[^，。！？]{0,4}?(?:日期|生产日期|保质期|批号|喷码)/, /我们|本店|咱们|我这边|店里/],
    notSentence: [WARNING, /绝不|从不|不会|没有|不存在|如实|如果|网上|有些|别家|提醒|注意|小心|辨别|对一下|对不上|怎么(?:看|辨|验)/],
    deniable: false,
  },
  {
    // A certificate obtained for the buyer without the buyer (无犯罪记录证明我们也能代办，不用本人去派出所).
    words: ['代办'],
    severity: 'block',
    message: '代办需本人办理的证明或证件，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [/证明|证件|驾照|驾驶证|学历|毕业证|资格证|健康证|身份证|护照|户口|派出所|公安|车管所/, /不用本人|不需要本人|本人不用|本人不需要|不用(?:您)?(?:亲自|本人)?去|不用到场|免考|包过|三天出|加急/],
    notSentence: WARNING,
    deniable: false,
  },
  {
    // A restricted blade or substance shipped with a wink at getting past inspection (开完刃锋利得能削纸，放心发不会被扣的; 有点麻黄类的东西，就是不能说太明白).
    words: ['不会被扣', '扣不了', '不会被查', '不能说太明白', '不能说太清楚', '不好明说', '不方便明说', '不能明说', '不敢写出来'],
    severity: 'block',
    message: '暗示违禁物品可以躲过检查寄出或不便明说的违禁成分，属于违法内容（规则 2.7）',
    window: 50,
    sentence: /开刃|刀|匕首|管制|麻黄|兴奋剂|提神|劲大|违禁|处方/,
    notSentence: [WARNING, /不能发|发不了|不能寄|寄不了|无法|不开刃|未开刃(?:的)?(?:才|就)/],
    deniable: false,
  },
  {
    // A review written with a false fact or a fixed word for a reward (就算没到也写“物流很快”; 五星带图截图发这里，我给您推8块; 差评我们会定期“清理”).
    words: ['没到也写', '没收到也写', '没用也写', '没用过也写', '没到也这么写', '截图发这里'],
    severity: 'block',
    message: '让买家写不实评价或凭好评截图领钱，属于虚假交易、操纵评价（规则 2.7）',
    window: 50,
    sentence: [/评价|好评|五星|带图/, /权重|推(?:您|你)?\d|返(?:您|你)?\d|红包|\d+(?:块|元)/],
    notSentence: [WARNING, /物流(?:单号|信息)|退款(?:凭证|记录)|破损|问题|质量/],
    deniable: false,
  },
  {
    words: ['清理差评', '清差评', '删差评', '处理掉差评', '差评清理'],
    severity: 'block',
    message: '声称能清理、删除买家差评，操纵评价，扰乱平台秩序（规则 2.7）',
    window: 40,
    sentence: /定期|专门|有人|渠道|给差评也没用|没用的/,
    notSentence: [WARNING, /无法|不能|不会|没办法|不可以|平台不允许/],
    deniable: false,
  },
  {
    // A credit score pushed up through an inside way (内部渠道能帮您把信用分刷上去，刷完可以开先用后付).
    words: ['刷上去', '刷上来', '刷高', '刷到'],
    severity: 'block',
    message: '帮买家刷信用分骗取额度，属于违法内容（规则 2.7）',
    window: 40,
    sentence: /信用分|芝麻分|信用|征信|额度|先用后付|白条|花呗/,
    notSentence: WARNING,
    deniable: false,
  },
  {
    // A ritual sold with a guaranteed fortune (转运水晶配合师傅做的法事，包您生意红火，不灵全退).
    words: ['法事'],
    severity: 'block',
    message: '以法事、开光等迷信手段承诺转运发财，属于违规内容（规则 2.7）',
    window: 50,
    sentence: /不灵(?:全退|退款|包退|退钱)/,
    notSentence: [WARNING, /做法(?:简单|是|如下|很|步骤)|(?:的|种)做法/],
    deniable: false,
  },
];
// ---- end round 54 (eng54b) ----
// ---- round 55 (eng55b, B55): a blessed or ritual object sold as a cure ----
/**
 * A talisman, a blessing or a ritual said to heal an illness (平安符放在枕头下面黄疸退得快, 寺院加持的精油把子宫肌瘤消掉, 大师开过光的手镯戴上高血压
 * 就能停药, 符水喷雾抽动症一个疗程就能好): superstition sold as medicine (2.7), whichever object carries it. Needs the illness and the cure
 * both; not a blessing as a wish (寓意平安), nor one told apart from treatment (不能代替治疗, 有病还是要及时就医).
 */
const T55_ILLNESS = /夜哭|惊吓|受惊|积食|黄疸|肌瘤|囊肿|结节|肿瘤|癌|高血压|血压|糖尿病|血糖|抽动症|多动症|自闭症|抑郁|失眠|哮喘|湿疹|痛风|风湿|关节炎|胃病|肝病|肾病|不孕|心脏病|中风|偏瘫|癫痫|发烧|咳嗽|(?:心|肝|肾|胃|皮肤|妇科|慢性|老)病|(?:鼻|胃|肠|皮|咽|肺|宫颈|乳腺)炎/;
const T55_CURED = /退(?:得|了|掉)|消(?:掉|了|下去|得)|停药|(?:自己|慢慢|很快|马上|也|[天周月次])(?:就)?(?:能|会)?好(?:了|起来|得快)?(?!看|用|评|吃|闻|处|的|多|像|在|好|意思|几)|治好|治愈|根治|痊愈|除根|去根|断根|不用(?:做)?(?:手术|吃药|打针|去医院|看医生|照蓝光)|比(?:去)?(?:医院|吃药|打针|看医生|照蓝光|做手术)[^。！？]{0,6}?(?:省事|管用|强|好使|快)|一个疗程/;
const T55_CURE_NOT = /不能(?:代替|替代|治|当药)|(?:及时|尽快|还是要|还是得|请|务必)[^。！？]{0,4}?(?:就医|看医生|去医院|遵医嘱)|只是(?:个)?(?:寓意|心意|祝福|纪念)|没有(?:任何)?(?:治疗|医疗|药用)|迷信/;
/** The origin relabelled to skip an inspection or a duty (原产地标签换掉，换成日本的，这样就不用做那个检测了). */
const T55_RELABEL_CUES: Cue[] = [
  {
    words: ['原产地', '产地标签', '产地'],
    severity: 'block',
    message: '更换原产地标签以逃避检验检疫或税费，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [/换掉|换成|撕掉|撕了|改成|贴成|改为|改写|重新贴|换个标|换标/, /(?:不用|免得|省得|躲过|逃过|绕过|避开|避免|就能免|可以免)(?:再)?(?:做|交|走|过|报)?(?:那个|那道|这个|那些)?(?:检测|检验|检疫|查验|报检|抽检|关税|税|申报|准入)/],
    notSentence: [WARNING, /不能|不会|不可以|不允许|如实|按实际/],
    deniable: false,
  },
  {
    // A review asked to claim what did not happen (五星评价写成“已经回购第三次”，虽然您是第一次买; 评论里说用了一个月，其实您还没拆): a fake review (2.7).
    words: ['评价', '好评', '五星', '评论', '追评', '买家秀'],
    severity: 'block',
    message: '让买家在评价里写与事实不符的内容，属于虚假评价（规则 2.7）',
    window: 50,
    sentence: [/写成|写上|写个|写一句|就写|说成|改成|写(?:您|你)|(?:麻烦|请|帮忙|帮我们|帮着|您就|你就)写/, /(?:虽然|其实|哪怕|即使|就算|尽管)(?:您|你)(?:是|还|才|都)?(?:第一次|头一次|没(?:用过|用|收到|拆|试|吃过|穿过|开封)|还没|刚)/],
    notSentence: [WARNING, /如实|真实(?:评价|感受|体验)/],
    deniable: false,
  },
];
const T55_CURE_CUES: Cue[] = [
  {
    words: ['开光', '开过光', '画过符', '画符', '加持', '加持过', '符水', '平安符', '护身符', '符咒', '灵符', '驱邪', '辟邪', '法事', '念过经', '诵经', '请过神', '神水', '圣水', '仙水', '法师', '大师加持'],
    severity: 'block',
    message: '以开光、加持、符水等迷信物品宣称能治病，属于违规内容（规则 2.7）',
    window: 60,
    sentence: [T55_ILLNESS, T55_CURED],
    notSentence: [WARNING, T55_CURE_NOT, /(?:的|种)做法|做法(?:简单|是|如下|很|步骤)/],
    deniable: false,
  },
];
// ---- end round 55 (eng55b) ----
// ---- round 60 (eng60a, A60): health claims as a class — an illness and an outcome, a medicine replaced ----
/**
 * A good said to cure, shrink or prevent an illness (葡萄籽胶囊吃了血压就稳了, 化疗期间吃肿瘤能缩小, 宝宝喝了不会得自闭症, 秃顶100%治好,
 * 失眠抑郁都能好): the illness named from a wide list and an outcome on it, with the goods used (吃, 喝, 涂, 戴…) in the sentence. Not
 * comfort for the buyer's illness with no goods in it (您的失眠慢慢会好的), nor a claim told apart from treatment (辅助, 遵医嘱, 不能代替, 就医).
 */
const T60A_ILLNESS_WORDS = ['癌症', '癌细胞', '肿瘤', '肌瘤', '结节', '囊肿', '高血压', '糖尿病', '心脏病', '冠心病', '脑梗', '中风', '痛风', '关节炎', '风湿',
  '颈椎病', '腰椎间盘', '腰间盘突出', '骨质增生', '骨质疏松', '肝硬化', '脂肪肝', '乙肝', '肾病', '肾结石', '结石', '胃病', '胃溃疡', '哮喘', '鼻炎', '湿疹',
  '银屑病', '牛皮癣', '白癜风', '荨麻疹', '斑秃', '秃顶', '脱发秃', '失眠', '抑郁', '焦虑症', '自闭症', '多动症', '抽动症', '老年痴呆', '阿尔茨海默', '帕金森',
  '癫痫', '不孕', '不育', '阳痿', '早泄', '前列腺', '白血病', '近视', '青光眼', '白内障', '甲亢', '甲减', '贫血', '三高'];
const T60A_OUTCOME =
  /治好|治愈|根治|痊愈|除根|断根|去根|能治|可以治|可治|(?:100|百分之百|百分百|保证|包|肯定|一定|全|都|就|也|慢慢|自然|很快|马上)(?:能|会|可以)?(?:好|治好|好转|康复|消失|消掉|没了)(?!看|用|评|吃|闻|处|的|多|像|在|意思|几|不好)|(?:能|会|可以|就)(?:慢慢)?(?:缩小|变小|消失|消掉|逆转|康复|好转)|(?:不会|不再|再也不|就不)(?:得|患|长|犯)|(?<!不)(?:能|可以|可|会)(?:有效)?(?:预防|防止)|(?<![不没])消失|(?:预防|远离|防止|杜绝|抗|防)(?:癌|肿瘤|自闭|抑郁|老年痴呆|糖尿病|高血压)|不用(?:再)?(?:吃药|打针|手术|做手术|化疗|去医院|看医生)|(?:不吃|停了?|戒了?)(?:西药|药)|比(?:吃|打)?(?:药|西药|针|手术)(?:还)?(?:安全|管用|强|好使|有效|快)/;
const T60A_GOODS_USED =
  /吃|喝|服|涂|抹|擦|戴|穿|用|泡|贴|喷|洗|摆|坚持|疗程|胶囊|片|粉|茶|油|霜|膏|液|水|手环|仪|垫|枕|这款|这个|我们的|我们家|我家|本品|产品/;
// (round 69, eng27-69: …or the claim told back as false — 网上说这款能治失眠是夸大宣传)
const T60A_CLAIM_TOLD_APART =
  /夸大(?:宣传|其词)|虚假宣传|不实(?:宣传|信息)|(?:都是|是)(?:骗人|忽悠人?|谣言)|辅助|遵医嘱|医生(?:指导|建议|说)|(?:请|及时|尽快|还是要|还是得|建议)[^。！？]{0,4}?(?:就医|看医生|去医院|咨询医生)|不能(?:代替|替代|治|当药)|不是药|没有(?:任何)?(?:治疗|医疗|药用)|不具(?:有|备)?(?:治疗|疗效)|无法(?:治|替代|代替)|不能保证|不保证|因人而异|祝(?:您|你)|早日康复|保重|(?:不能|不敢|不可以)(?:说|宣传|承诺|讲)|(?:要|得|请|建议|还是|及时|尽快)(?:去)?(?:医院|看医生|就医|看大夫|[^\s，。！？]{1,3}科)/;
const T60A_CURE_CUES: Cue[] = [
  {
    words: T60A_ILLNESS_WORDS,
    severity: 'block',
    message: '宣称商品能治好、消除或预防疾病，属于虚假的疗效宣传（规则 2.7）',
    sentence: [T60A_OUTCOME, T60A_GOODS_USED],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART],
    // 不会得 is the claim itself (喝了不会得自闭症); the outcome test and the frames judge the negation.
    deniable: false,
    asked: true,
  },
  {
    // The goods said to take a medicine's place (能代替降压药, 可以替代胰岛素, 取代安眠药): not 不能代替药物 (a denial), nor advice on taking them together.
    words: ['代替', '替代', '取代', '顶替', '顶得上', '比得上'],
    severity: 'block',
    message: '宣称商品能代替药物或治疗，属于虚假的疗效宣传（规则 2.7）',
    before: /(?:能|可以|可|完全|直接|就能|都能|足以)(?:完全)?$/,
    after: /^(?:掉)?(?:(?:降压|降糖|降脂|安眠|抗抑郁|消炎|止痛|抗生素|激素|处方|西|中)?药(?!店|房|师|盒|箱)|胰岛素|化疗|放疗|手术|透析|治疗)/,
    scope: 'clause',
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART],
  },
];
/**
 * Recruiting for a scheme as a class (传销, 2.7): a team or a downline built, or an entry fee paid, with income promised for it (靠发展团队，
 * 一个月几万，你要不要一起; 交个入门费3680，每月保底收入过万，不需要会卖货). A fee alone is a membership (会员费99元一年包邮), a team alone is staff
 * (我们客服团队); it is the promise of income without selling, or the buyer invited to join the team for it, that makes the scheme.
 */
const T60A_INCOME = /收入|收益|月入|日入|年入|赚|挣|过万|上万|几万|[0-9一二两三四五六七八九十]+万|分红|提成|回本|翻倍|被动|躺/;
const T60A_SCHEME_PROMISE = /保底|稳(?:赚|拿|定)|躺|不(?:用|需要|必)(?:会)?(?:卖货|囤货|上班|出门|推销|压货)|不用干活|轻松|(?:要不要|想不想|愿不愿意)(?:也)?(?:一起|跟|加入|来)|(?:你|您)也(?:来|可以|能)|一起(?:干|做|赚|发财)|跟(?:着)?我(?:干|做|混)|带(?:你|您)(?:赚|做|干|飞)|拉(?:你|您)进/;
/**
 * Restricted goods got to the buyer off the listing, as a class (2.7): a prescription drug, a slimming shot, a vape, tobacco, a banned blade or
 * an endangered animal's part, beside a way past the shop's own listing — taken in private chat, not hung on the shelf, ordered under another
 * link with the real thing in the note, slipped into the parcel (雾化杆…货架上没挂，私聊拿; 抗生素…拍链接里的维C，备注“阿莫”，单独给你塞进去).
 * Not the goods refused or warned of (电子烟我们不卖; 处方药需凭处方), which the refusal frames read.
 */
const T60A_RESTRICTED = /抗生素|消炎药|处方药|安眠药|镇静|精神类|激素|减肥药|减肥针|瘦身针|溶脂针|西布曲明|伟哥|万艾可|壮阳药|春药|催情|迷药|电子烟|雾化杆|雾化棒|烟弹|烟杆|烟油|小烟|悦刻|香烟|烟草|免税烟|管制刀|弹簧刀|甩棍|电击器|象牙|玳瑁|犀牛角|穿山甲|砗磲|红珊瑚|大麻/;
const T60A_OFF_LISTING = /私聊(?:拿|发|买|要|下单|找我)|私下(?:给|发|卖|出|拿|安排)|(?:货架|店里|链接|页面)(?:上)?(?:没|不)(?:挂|上架|放)|没(?:挂|上架)(?:出来)?|(?:拍|下)(?:链接里|别的|其他|那个)?[^，。！？]{0,6}链接[^。！？]{0,12}备注|备注[^。！？]{0,10}(?:就行|就可以|即可|就好)|(?:单独|偷偷|悄悄)(?:给(?:你|您))?(?:塞|夹|放|发)|塞(?:进|在|到)|夹(?:在|进)/;
const T60A_RESTRICTED_CUES: Cue[] = [
  {
    words: ['私聊拿', '私聊发', '私聊买', '私下给', '私下发', '私下卖', '货架上没', '没挂', '没上架', '备注', '塞进', '塞在', '塞到', '夹在', '夹进', '单独给'],
    severity: 'block',
    message: '把违禁或限售商品绕开商品链接私下售卖、夹带发货，属于违规内容（规则 2.7）',
    window: 40,
    sentence: [T60A_RESTRICTED, T60A_OFF_LISTING],
    notSentence: [WARNING, /不卖|不售|没有卖|不能卖|不提供|凭处方|需(?:要)?处方|遵医嘱|违禁品/],
    // Round 61 (eng61a): 没上架 / 没挂 alone is the shop's refusal (雪茄和烟草我们都没上架，店里只有配件); it is a way past the listing only with
    // a way in beside it (私聊拿, 备注, 塞进去, 找我).
    unless: (ctx, start, end) =>
      /^(?:没挂|没上架|货架上没)$/.test(ctx.compact.slice(start, end)) &&
      !/私聊|私下|私我|备注|塞|夹|单独|找我|另外|链接|拍/.test(ctx.before(start, 40, 'hard') + ctx.after(end, 40, 'hard')),
  },
  {
    // A male-performance drug told by its effect (吃一粒顶一晚, 半小时起效…懂的都懂, 硬度没话说): the effect with something taken and the couple
    // or the wink beside it. Not a lipstick that lasts (持久不脱妆), a perfume, nor endurance at the gym.
    words: ['持久', '硬度', '延时', '顶一晚', '一整晚', '一晚上', '起效', '雄风', '金枪不倒', '壮阳', '助勃', '勃起', '一柱擎天'],
    severity: 'block',
    message: '以性功能效果暗示售卖壮阳药等违禁药品，属于违规内容（规则 2.7）',
    window: 40,
    sentence: [/男士|男人|男性|老哥|兄弟|哥们|老公|嫂子|老婆|夫妻|房事|床上|那方面|懂的都懂|你懂的|(?:男人|兄弟)都懂/, /吃|服|粒|片|丸|胶囊|糖|药|喷雾|喷剂|口服/],
    notSentence: [WARNING, /训练|健身|运动|跑步|续航|电池|留香|香水|保湿|不脱妆|脱妆|持妆|口红|粉底|耐磨|不卖|不售|需(?:要)?处方|遵医嘱/],
  },
  {
    // A formula said to be the banned one, or a strong secret additive, still sold for its stronger effect (被禁那批配方，效果比新版猛多了; 里面有
    // “猛料”，官方版的没效果). Not a ban told as the reason we do not sell (被禁的配方我们早就下架了).
    words: ['被禁', '禁掉', '禁用', '违禁', '不让加', '不让卖', '猛料', '加了料'],
    severity: 'block',
    message: '暗示商品含被禁成分或违禁配方仍在售卖，属于违规内容（规则 2.7）',
    window: 40,
    sentence: [/配方|成分|版本|批|料|货/, /(?<![没无])(?:还有|有)(?:库存|货|现货|存货|几盒|一批)|猛|劲大|效果(?:更|最|特别)?(?:好|强|快)|见效快|掉秤|瘦得快|掉[0-9一二两三四五六七八九十几]+斤|会拉|拉肚子|私货|私下|(?:官方|正规|新)版(?:的)?(?:没|不)/],
    notSentence: [WARNING, /下架|停售|不卖|不再卖|没有卖|召回|退款|不含|不添加|无添加|检测报告|合规|奶茶|火锅|小料|配料表/],
  },
];
/**
 * Customs evasion as acts on the declaration and on customs itself (2.7): the declared or invoiced value moved down to get through (让仓库把发票价
 * 改低一点，过关就行; 申报价我们压低点就过去了), the grey route by name (灰关, 灰色清关), and customs said to be fixed by a tie of ours (我们有关系
 * 私下就能处理掉; 海关那边我们有办法). Not the shop's refusal to move a value (我们按实际成交价申报，不能改低), nor a delay we cannot help.
 */
const T60A_CUSTOMS_CUES: Cue[] = [
  {
    words: ['改低', '压低', '写低', '调低', '往下调', '改小', '写少', '报少', '压一压', '压低点', '改便宜', '写便宜'],
    severity: 'block',
    message: '压低申报或发票金额以逃税过关，属于违法内容（规则 2.7）',
    window: 30,
    // The declaration's own nouns, not a price cut (商品价格已经调低，税费也相应减少).
    sentence: [/申报|报关|发票|货值/, /过关|清关|海关|关税|税|额度|超额|超了|查|过去/],
    notSentence: [WARNING, /不能|不会|没办法|无法|如实|按实际|实际成交|不可以|不允许|不帮/],
  },
  {
    // (not 走灰 — a shade that turns grey, 粉底不会走灰 — nor 灰清 inside 除灰清洁)
    words: ['灰关', '灰色清关', '灰色通关', '灰色渠道'],
    severity: 'block',
    message: '走灰色清关渠道逃避监管，属于违法内容（规则 2.7）',
    // The shop's own goods sent that way (走的是“灰关”，所以便宜), not the route explained or warned of (灰色清关的货没有保障, 我们只走正规清关).
    sentence: /走|便宜|省|价格|价钱|划算|我们|这批|整箱|放心/,
    notSentence: [WARNING, UNLAWFUL_RISK, /不|没|别|避免|保障|正规|如实|违法|走私|风险|查处|打击|小心|担心|什么是|是指|意思/],
  },
  {
    words: ['海关', '清关', '过关', '报关', '海关那边', '清关这块'],
    severity: 'block',
    message: '宣称能私下打通海关、免去清关手续，属于违法内容（规则 2.7）',
    window: 30,
    sentence: /(?:我们|我|咱们|店里)(?:这边)?(?:都|也)?(?<![没无])(?:有关系|有熟人|有门路|有办法(?=[，。！？～~哈的啦呢嘛]|$))|私下(?:就)?(?:能|可以)?(?:处理|搞定|摆平|解决)|(?:不用|不需要|不要|免)(?:您|你)?(?:的)?(?:身份证|实名)/,
    // (round 66, engfa66: …nor the real-name rule held up in any modal — 跨境商品必须实名清关, 都得用身份证)
    notSentence: [WARNING, /没办法|没有办法|无法|不能|不可以|如实|按规定|(?:需要|必须|一定要|都要|都得|得要|得)(?:您|你)?(?:本人)?(?:的)?(?:身份证|实名)|本人|一致|耐心|查验/],
  },
];
/**
 * The buyer's request named and refused (您要的那个“不用处方的降压药”我们真的没有; 你问的不用处方那种，本店没有): the words are the buyer's ask, what
 * follows the shop's no. Not a no turned into a way in (…我们没有，但可以私下帮您找).
 */
const REQUEST_LEAD_60A = /(?:您|你|亲)(?:刚才|之前|刚刚)?(?:要的|想要的|说的|问的|找的|提的|问到的|要找的)(?:那个|那种|这个|这种|那款)?["“「『]?[^，。！？]{0,10}$/;
const REQUEST_REFUSED_60A = /^[^。！？]{0,14}?["”」』]?[^。！？]{0,6}?(?:我们|本店|店里|这边|咱们)?(?:真的|确实|实在|是|也)?(?:没有|没得卖|不卖|不提供|不做|卖不了|做不了|不能卖|不能给)(?![^。！？]*(?:但|不过|可是|私下|私聊|找我|备注|另外|其他渠道))/;
function requestRefused60a(ctx: LintContext, start: number, end: number): boolean {
  return REQUEST_LEAD_60A.test(ctx.before(start, 20, 'hard')) && REQUEST_REFUSED_60A.test(ctx.after(end, 30, 'hard'));
}
/**
 * Goods sold by sex or by violence (2.7): the wearer's partner aroused or the act hinted (老公直接把持不住，腿一张就…你懂的; 骚到骨子里), an adult toy
 * shown on a live body for a fee (加钱发你看真人版的); the goods' edge or hardness measured on a person hurt (锋利到能割喉, 砸人脑袋都不会凹,
 * 砍人脖子一样利索). Not a safety caution (小心别割伤), nor hardness measured on things (摔了也不凹).
 */
const T60A_SELLING_CUES: Cue[] = [
  {
    words: ['把持不住', '腿一张', '骚到骨子', '骚到爆', '骚得不行', '直接扑倒', '扑倒你', '扑倒您', '欲火焚身', '滚床单', '让他硬', '让老公硬'],
    severity: 'block',
    message: '以性暗示用语推销商品，属于色情低俗内容（规则 2.7）',
    window: 30,
    sentence: /穿|涂|用|喷|戴|这款|这件|这个|睡裙|睡衣|内衣|丝袜|口红|香水|老公|男朋友|男人|你懂|懂的|😏/,
    notSentence: [WARNING, /不是|不做|不用这种|低俗|不雅/],
  },
  {
    words: ['真人版', '真人演示', '真人示范', '真人视频', '真人试用'],
    severity: 'block',
    message: '以真人演示情趣用品的色情视频推销，属于色情内容（规则 2.7）',
    window: 30,
    sentence: [/情趣|成人|玩具|按摩棒|跳蛋|飞机杯|内衣|睡衣/, /加钱|发(?:你|您)|私发|私聊|看|视频|演示/],
    notSentence: [WARNING, /不提供|没有|不发|不能发/],
  },
  {
    // (not 杀人 — 秒杀人气款, 杀人鲸 — nor 爆头 of a game mouse)
    words: ['割喉', '砍人', '砸人', '捅人', '砍死', '砸死', '捅死', '打死人', '割人', '人脖子', '人脑袋', '人头骨'],
    severity: 'block',
    message: '以伤人的暴力场景形容商品效果，属于暴力内容（规则 2.7）',
    window: 20,
    sentence: /锋利|利索|利|快|硬|结实|质量|好用|试过|都不会|一样|能|凹|断|穿透|威力/,
    notSentence: [WARNING, /小心|注意|别|勿|当心|防止|安全|伤到|割伤|划伤|新闻|报道|电影|剧|小说|游戏/],
    deniable: false,
  },
  {
    // An object sold with a supernatural power promised (能量水晶能挡灾转运，还能保佑孩子考上重点; 摆上就能镇宅化煞): superstition as the goods' effect.
    // Not a customary meaning told as such (转运珠寓意好运, 图个吉利), nor a wish (保佑您一路平安 has no 能 before it).
    words: ['挡灾', '消灾', '避灾', '化煞', '转运', '改运', '催财', '镇宅', '辟邪', '驱邪', '保佑', '招来好运', '带来好运'],
    severity: 'block',
    message: '宣称商品能消灾转运、保佑考试等迷信效果，属于违规内容（规则 2.7）',
    before: /(?:能|可以|可|保证|包|一定|就能|还能|都能|真能|确实能)(?:帮(?:您|你|家里|孩子))?(?:的)?$/,
    scope: 'clause',
    notSentence: [WARNING, /寓意|图个|吉利|祝福|心意|象征|传统|文化|装饰|摆件造型|不能保证|不保证|迷信/],
    deniable: true,
  },
  {
    // Our sale's invoice issued by a company that did not sell it (你要票的话我们找朋友公司代开; 用别的公司给您开): a false invoice (虚开).
    words: ['朋友公司', '朋友的公司', '别的公司', '其他公司', '第三方公司', '外面的公司', '外面公司', '关系公司', '合作公司'],
    severity: 'block',
    message: '找其他公司代开发票，属于虚开发票的违法内容（规则 2.7）',
    window: 30,
    sentence: [/票/, /代开|帮(?:您|你)?开|给(?:您|你)开|开出来|来开|去开|走(?:他们|朋友)/],
    notSentence: [WARNING, /不(?:能|会|可以|帮|找|提供)|没法|无法|只能(?:由|开)|本公司|我们公司(?:开|出)/],
  },
  {
    // A lottery run by the shop with a money prize (拍两件送一张刮刮乐，最高中一万，我们店自己组织的彩; 十块钱一注，中了翻十倍): gambling.
    // Not the state lottery told of, nor a free draw for coupons.
    // (not 彩头 — 图个好彩头 — nor 摇奖 of a free draw)
    words: ['刮刮乐', '自己组织的彩', '自己开的彩', '店里开的彩', '私彩', '一注'],
    severity: 'block',
    message: '商家自行组织带现金奖的彩票抽奖，属于赌博内容（规则 2.7）',
    window: 40,
    sentence: [/最高中|中(?:了)?[0-9一二两三四五六七八九十百千万]+|奖金|现金|翻[0-9一二两三四五六七八九十]+倍|大奖|头奖|一万|万元/, /送|买|拍|自己|我们店|店里|一注|一张|块钱|元/],
    notSentence: [WARNING, /不卖彩票|福利彩票|体育彩票|正规|不花钱|免费|优惠券|不设|没有|不组织|不搞/],
  },
];
// ---- end round 60 (eng60a) ----
// ---- round 61 (eng61a, A61): 2.7 as category tables (rules/lexicon/restricted-trade.ts) paired inside a window, with veto tables ----
const RE_61 = (words: readonly string[]) => new RegExp(alt(words));
/**
 * A health claim as a reversal told on a condition (脂肪肝能逆转回去, 小三阳转阴, 近视度数往回降, 斑秃长满, 脑梗后遗症溶血栓, 多动注意力就正常了),
 * or a child's height guaranteed in centimetres: the condition from a wide table, the reversal from another, with the goods used. Not comfort
 * (您的脱发会慢慢长回来的 has no goods), nor a claim told apart from treatment (辅助, 遵医嘱, 就医).
 */
const REVERSAL_61 = new RegExp(`${alt(REVERSALS_61)}|(?:保底|保证|至少|起码|包|能|就能)(?:再)?长(?:高)?[0-9一二两三四五六七八九十]+(?:cm|厘米|公分)|不用(?:再)?(?:去)?(?:看医生|吃药|打针|去医院|医院)|(?:就|都|也)(?:退|消|好)了|全(?:退|消|好|没)(?:了|光)?`);
/** A named medicine stopped or swapped for the goods (优甲乐可以停了，换成我们的海藻碘片). */
const MED_STOPPED_61 = /(?:可以|能|就能|直接|都|也|就)?(?:停|停掉|断掉|戒掉|扔了|减半|减量)|不用(?:再)?吃|别吃了|不吃了|换成(?:我们|这款|这个|咱们|咱家|本店)|(?:代替|替代|取代)/;
const MED_KEPT_61 = /(?:不要|别|不能|不可以|千万别|不建议|切勿|勿)(?:自行|自己|擅自|随便)?(?:停|减|换)|自行停药|同时(?:吃|服用)|一起(?:吃|服用)|间隔|分开吃|相互作用|冲突|(?:替代|代替|取代)不了|必须由医生|听[^，。！？]{0,6}医生|不能回答|没有(?:任何)?治疗作用|膳食补充剂/;
/** A prescription medicine supplied: in stock, bought for the buyer, mailed by us, priced per box, the prescription waived, the dose self-set. */
const RX_SUPPLIED_61 =
  /(?<![没无])有(?:存货|现货|货|库存)|存货|代拍|代购|帮(?:您|你)(?:买|带|拍|寄|弄|代购)|直接(?:寄|发)(?:给)?(?:您|你)?|一盒[0-9一二两三四五六七八九十百]+|[0-9]+(?:元|块)?一盒|不用(?:医生)?(?:处方|开方|开单)|不要处方|免处方|(?:自己|按体重)(?:算|调|加|减)|剂量自己/;
const RX_REFUSED_61 = /凭(?:医生)?处方|需(?:要)?(?:医生)?(?:的)?处方|(?:要|得|请|建议)(?:先)?(?:遵医嘱|就医|去医院|问医生|咨询医生)|不卖|不售|不代购|不提供|没有卖|不能卖|卖不了|不能寄|寄不了|禁止|不含|不能代拍|没法|残留|检测|添加|无添加|成分表/;
const NICOTINE_CLEAN_RE_61 = new RegExp(`${alt(NICOTINE_CLEAN_61)}|香烟糖|烟糖|巧克力|造型|图案|玩具|摆件|模型|道具|味的香水|香调`);
const T61A_HEALTH_CUES: Cue[] = [
  {
    words: [...CONDITIONS_61, ...T60A_ILLNESS_WORDS],
    severity: 'block',
    message: '宣称商品能逆转、治好疾病或保证长高等疗效，属于虚假的疗效宣传（规则 2.7）',
    sentence: [REVERSAL_61, T60A_GOODS_USED],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART],
    deniable: false,
    asked: true,
  },
  {
    words: MEDICINES_61,
    severity: 'block',
    message: '劝用户停用或换掉药物、以商品代替药物，属于虚假的疗效宣传（规则 2.7）',
    sentence: [MED_STOPPED_61, /我们|这款|这个|本品|咱们|咱家|天然|吃这|喝这|用这|换成/],
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART, MED_KEPT_61],
  },
  {
    words: PRESCRIPTION_DRUGS_61,
    severity: 'block',
    message: '私下出售或代购处方药、让用户自行用药，属于违规内容（规则 2.7）',
    window: 30,
    sentence: RX_SUPPLIED_61,
    notSentence: [WARNING, RX_REFUSED_61],
  },
  {
    // Goods medical only in a clinic sold for home use: needles, injectables, micro-needles (水光套盒里是真针头，在家就能做).
    words: ['真针头', '针头', '注射器', '微针', '水光针', '溶脂针', '肉毒', '瘦脸针', '玻尿酸针', '童颜针', '美白针', '滚针', '针剂', '注射'],
    severity: 'block',
    message: '把需医疗机构操作的针剂、针头类项目卖给用户居家自行操作，属于违规内容（规则 2.7）',
    window: 40,
    sentence: /在家(?:就|也|自己)?(?:能|可以)?(?:做|打|用|操作)|自己(?:在家)?(?:打|扎|滚|注射|操作)|不用去(?:医院|医美|美容院)|医美级/,
    notSentence: [WARNING, /(?:去|到)(?:正规)?(?:医院|医美机构|机构)(?:打|做|注射)|由医生|医生操作|专业机构|无针|不含针|非注射|涂抹型|不是针|请勿|不能自己|不可以自己|不要自己/],
  },
  {
    // A children's cosmetic with a claim forbidden on children's products (给宝宝用的美白霜…白的比大人快).
    words: ['美白霜', '美白', '嫩白', '变白', '白的比', '白得比', '白得快', '祛斑', '淡斑'],
    severity: 'block',
    message: '儿童化妆品宣称美白、祛斑等功效，属于违规宣传（规则 2.7）',
    sentence: [/宝宝|小孩|儿童|孩子|婴儿|小朋友|幼儿|娃/, /给|用|涂|抹|擦|吸收|配方/],
    notSentence: [WARNING, /不(?:含|建议|适合|能|要|可以|宜)|没有|禁止|成人|大人用的|别给|不要给/],
  },
  {
    // A domestic gate missed and the goods supplied anyway (染发膏国内没拿到批文，帮您单独走; 没按国内标准改，喝了会飘，懂的来).
    words: ['没拿到批文', '没有批文', '没批文', '没拿到备案', '没备案', '没有备案', '没按国内标准', '不符合国内标准', '国内没批', '国内不批', '国内没拿到', '没有特证',
      '没拿到特证', '没有注册证', '没注册证', '没有许可', '国内标准不允许', '国内不让卖', '国内不让进'],
    severity: 'block',
    message: '商品未取得国内批文或不符合国内标准仍私下售卖，属于违规内容（规则 2.7）',
    window: 40,
    sentence: /单独(?:走|发|寄|给)|帮(?:您|你)(?:单独)?走|私下|照样|照卖|也能(?:买|发|寄)|一样(?:卖|发|能)|(?<![没无])有货|现货|懂的|懂得|效果(?:跟|和)正规|飘|上头|劲大|猛|便宜/,
    notSentence: [WARNING, /所以(?:我们)?(?:不|没|暂停|下架|停售|暂时)|不卖|不上架|下架|停售|不能卖|无法(?:销售|发货)|暂不|等(?:批文|备案)|正在办|申请中/],
    deniable: false,
  },
];
/** Nicotine and tobacco goods offered (尼古丁小袋到了新口味; yan弹有货，拍“香薰配件”的链接; 雾化杆改名叫“便携香氛”上的架). */
const T61A_GOODS_CUES: Cue[] = [
  {
    words: NICOTINE_GOODS_61,
    severity: 'block',
    message: '在客服对话中售卖电子烟、尼古丁或烟草制品，属于违规内容（规则 2.7）',
    window: 30,
    sentence: RE_61(NICOTINE_OFFER_61),
    notSentence: [WARNING, NICOTINE_CLEAN_RE_61],
  },
  {
    // Protected or smuggled animal products by name or euphemism, with the sourcing that sells them (熊胆粉是活取的，越南那边过来的; “海里的软骨”干货，原翅).
    words: WILDLIFE_EUPHEMISMS_61,
    severity: 'block',
    message: '买卖国家保护野生动物制品或来源不明的动物制品，属于违法内容（规则 2.7）',
    window: 30,
    sentence: RE_61(WILDLIFE_SOURCE_61),
    notBefore: /(?:仿|人造|树脂|塑料|亚克力|植物|(?<!好)像|素)$/,
    // (a colour named for it: 红珊瑚色的泳衣)
    notAfter: /^(?:色|红|粉|橘|绒|纹|款式)/,
    notSentence: [WARNING, /仿|人造|人工养殖|合法|许可证|不卖|不售|没有卖|保护动物|颜色|色系|纹理|图案|造型|素鱼翅|植物|被判|判刑|坐牢/],
  },
  {
    // A device dressed as something harmless so a teacher, parent or boss cannot tell (外观像U盘，上课放桌上老师看不出来).
    words: ['外观像', '外形像', '伪装成', '看起来像', '长得像', '造型像', '做成了', '外观是'],
    severity: 'block',
    message: '把商品伪装成普通物品以躲避老师、家长等察觉，属于违规内容（规则 2.7）',
    window: 30,
    sentence: /(?:老师|监考|考官|家长|爸妈|父母|老板|安检)(?:也|都|根本)?(?:看不出|发现不了|认不出|察觉不到|不知道|查不出)/,
    notSentence: [WARNING],
  },
  {
    // Chance goods with a stake and a cash payout (福袋可以“加注”，多付200进大奖池，中了直接折现).
    words: CHANCE_GOODS_61,
    severity: 'block',
    message: '付费抽奖、盲盒加注并折现兑奖，属于赌博内容（规则 2.7）',
    window: 40,
    sentence: [/加注|下注|押注|追加|加码|多付|多交|加钱|每注|一注|押/, RE_61(STAKE_PAYOUT_61.filter((w) => !/注|码/.test(w)))],
    notSentence: [WARNING, RE_61(CHANCE_CLEAN_61)],
  },
  {
    // Selling talk by the partner's body in bed (今晚保证让您老公腿软😏 具体姿势我就不细说了).
    words: ['腿软', '下不了床', '起不来床', '姿势', '体位', '一夜七次', '欲罢不能', '喊停', '求饶', '扶墙', '折腾一晚'],
    severity: 'block',
    message: '以性暗示推销商品，属于色情低俗内容（规则 2.7）',
    window: 30,
    sentence: [/老公|老婆|男朋友|女朋友|男人|女人|对象|另一半|今晚|床上/, /保证|让|今晚|😏|不细说|自己体会|你懂|您懂|懂的/],
    notSentence: [WARNING, /运动|健身|瑜伽|爬山|跑步|坐姿|睡姿|宝宝|孩子|腰|颈椎|拍照|喂奶|哺乳|护腰|枕头/],
  },
  {
    // A blade tried on a person's neck or heart (户外刀…遇到坏人往脖子上一抹就解决了): violence as the selling point.
    words: BODY_TARGETS_61,
    severity: 'block',
    message: '以伤人的暴力场景形容刀具等商品的效果，属于暴力内容（规则 2.7）',
    window: 30,
    sentence: [/刀|刃|匕首|斧|锯|军刺|剪|棍|锤|钉/, /往|朝|对着|照着|一抹|一划|一割|一捅|一刺|一扎|一刀|一下/, RE_61(HARM_SOLVED_61)],
    notSentence: [WARNING, /小心|注意|别|勿|当心|防止|安全|伤到|割伤|划伤|新闻|报道|电影|剧|小说|游戏|剃须|刮胡|修眉|按摩|刮痧|护理|眼霜|面膜|颈霜/],
  },
];
/** Customs and papers as acts (2.7): a paper falsified, an identity swapped, a parcel split or hidden, an origin relabelled. */
const DATE_CHANGED_61 = /(?:日期|有效期|批次|批号)[^，。！？]{0,6}改|改[^，。！？]{0,4}(?:日期|有效期|批号)/;
const T61A_CUSTOMS_CUES: Cue[] = [
  {
    words: DOCUMENTS_61.filter((w) => w !== '发票'),
    severity: 'block',
    message: '伪造、篡改或按需出具证书报告等文件，属于违法内容（规则 2.7）',
    window: 30,
    sentence: new RegExp(`${alt(FALSIFY_61)}|${DATE_CHANGED_61.source}`),
    notSentence: [WARNING, /不能|不会|不可以|不帮|不做|没法|无法|如实|官方出具|海关出具|只能由|不可能|怎么可能|送检|实验室|改不了|不能改|改不动/],
  },
  {
    words: IDENTITY_SWAPPED_61,
    // (not the shop's own name misused by an impostor: 仿冒账号冒用我们的名字)
    notBefore: /冒$/,
    severity: 'block',
    message: '用他人或商家提供的身份信息清关、实名，属于违法内容（规则 2.7）',
    window: 40,
    sentence: /清关|报关|海关|身份证|实名|认证|订购人|收件人|支付人|名字|号码|身份|名额|额度/,
    notSentence: [WARNING, /不能|不可以|不行|必须本人|需(?:要)?本人|本人实名|一致|不支持|无法|没办法|失败|风险|不建议|别|不要|请勿|过不了|优惠|券|包装|快递/],
  },
  {
    words: ['蚂蚁搬家', '化整为零', '分不同日子', '分不同地址', '不同地址寄', '不同日子寄', '分几个地址', '分几个人名', '拆成几个包裹', '分成小包', '小包裹混', '混进去', '跟着别的货'],
    severity: 'block',
    message: '拆分包裹、混装夹带以逃避海关查验或限额，属于走私违法内容（规则 2.7）',
    window: 40,
    sentence: /个人物品|自用|抽到|抽不到|查不到|不会查|不会被查|限购|超额|额度|检疫|过关|过海关|免税|交税|少交|超限|批量|一次要|[0-9一二两三四五六七八九十]+台|几十|报关/,
    notSentence: [WARNING, /会被(?:认定|查|退运|扣|没收|处罚)|属于走私|如实申报|(?:不能|不可以|不会|不帮|不做)(?:帮(?:您|你))?(?:这样|这么|拆|分)|行邮税|需要交|要交税/],
  },
  {
    words: HIDDEN_IN_61,
    severity: 'block',
    message: '把限购或未检疫的商品夹带在其他货物中寄送，属于走私违法内容（规则 2.7）',
    window: 30,
    sentence: [/(?:塞|夹|藏|混|放)(?:在|进|到)?/, /限量|限购|超(?:额|量|限)|额度|海关|过关|查|检疫|多的|多出来的/],
    notSentence: [WARNING, /赠品|小样|不能|不会|不可以|如实/],
  },
  {
    words: ['国内灌装', '国内分装', '国内生产', '国内产的', '国产的', '国内做的', '国内加工', '国内包装', '国内组装', '国内贴牌'],
    severity: 'block',
    message: '把国内生产的商品包装标成进口原装，属于虚假标注的违法内容（规则 2.7）',
    window: 40,
    sentence: new RegExp(`(?:${alt(ORIGIN_RELABEL_61)}|冒充|当成|当作)[^，。！？]{0,6}${alt(ORIGIN_CLAIMED_61)}`),
    notSentence: [WARNING, /如实|标明|标注|注明|写明|没有|不会|不是|不能|不可以/],
  },
];
// ---- end round 61 (eng61a) ----
// ---- round 62 (eng62a): 2.7 from the platform's catalogue (rules/lexicon/prohibited-catalogue.ts), an item paired with an act ----
// Every cue is an ITEM table × an ACT table inside the anchor's sentence (or a short window), vetoed by the refusal frame (framed below), the
// WARNING table and each kind's own lawful or everyday readings. Written from the catalogue, measured on test/unit/rules/round62-eng62a-rows.ts.
const RE_62 = (words: readonly string[], extra?: string) => new RegExp(extra ? `${alt(words)}|${extra}` : alt(words));
/** A drug offered: stock, a price, a dose, a way to get it to the buyer, the high itself. */
const DRUG_OFFER_62 = /(?<![没无])有货|现货|[0-9一两二三四五六七八九十半]+(?:克|粒|颗|包|瓶|箱|盒)|价格|私聊|私下|私发|发您|发你|同城|闪送|量大|(?<!正规)渠道|搞到|弄到|带回来|代购|懂的|试试|嗨|飘|上头|飞|兴奋|吸着|加在|加到|听话|工具|配齐|壶|纯度/;
/** Lawful readings of drug-like words: hemp seed food, cream chargers for baking, wall putty, a refusal or the law told. */
const DRUG_LAWFUL_62 = /禁用|列入|不能(?:销售|售)|不售|香水|香氛|历史|战争|不含|无thc|籽油|火麻|大麻籽|汉麻|工业大麻|奶油枪|裱花|气弹|腻子|墙面|粉刷|面粉|石灰|违禁|违法|禁止|不卖|不能卖|不提供|戒毒|缉毒|禁毒/;
/** Everyday senses of the ambiguous drug names (冰糖雪梨, 挂耳咖啡包, 春茶新叶子, 溜冰鞋, SK-II 神仙水, gold of a purity). */
const DRUG_EVERYDAY_62 = /落叶|飘落|枫叶|秋天|图案|印花|冰袋|冰贴|冰垫|冰枕|冰丝|冰淇淋|冰激凌|冰格|冰球|冰沙|冰柜|冰糖葫芦|保温|保冷|雪梨|炖|泡茶|煮|冲泡|冲调|挂耳|速溶|冷萃|美式|拿铁|奶茶店|精华|护肤|sk|面霜|鞋|轮滑|冰场|滑冰|冰箱|冰块|冰镇|冰爽|冰凉|冰感|茶叶|新叶|春茶|绿叶|树叶|叶子形|水果|零食|坚果|香菇|口蘑|平菇|菌菇|火锅|足金|金|银|铂|纯银|精油|酒精|蜂蜜|乙醇|氧气|纯净/;
/** A medicine carried past approval: the medicine's own words in the sentence. */
const MEDICINE_WORD_62 = /药|针|疫苗|胶囊|片(?!刻)|注射|口服/;
const MEDICINE_LAWFUL_62 = /正规(?:医院|药店|渠道)|(?:去|到)(?:医院|社区|接种点|药店)|预约接种|凭(?:医生)?处方|需(?:要)?处方|不(?:卖|售|代购|能卖|提供|能代购|帮)|没有卖|国药准字|已在国内上市|原研|类肉毒|肽|医保/;
/** A protected species sold: its form and the sale, with no toy, pattern, figure or permit beside it. */
const SPECIES_LAWFUL_62 = /玩偶|毛绒|公仔|图案|印花|造型|模型|玩具|积木|饲料|鸟粮|卡通|刺绣|颜色|色系|纹|仿|树脂|塑料|陶瓷|合成|人工繁育|人工养殖|驯养|许可证|合法|保护动物|不卖|不售|不收|照片|绘本|贴纸|摆件是|雕塑|金属|木雕|石雕/;
/** Tobacco talk that is lawful: accessories, quitting, the law, flavour names, kitchen hoods. */
const TOBACCO_LAWFUL_62 = /专卖|正规|不会(?:帮|给)|没有|模型|发烟|蒸汽机车|报关单|原产地证|防伪|网上说|担心|雪茄剪|保湿盒|烟灰缸|打火机|戒烟|烟酰胺|烟熏|烟机|油烟|烟嘴清洁|烟雾报警|不卖|只卖|不在|不属于|清单外|不含|无尼古丁|造型|巧克力|糖|香型|香调|未成年|违法|禁止/;
/** A game of chance's prize or currency bought back for cash, not refused and not a coupon or trade-in. */
const CASH_BACK_CLEAN_62 = /没有(?:任何)?|计分|只用来|不能|不可|不支持|不回收|不提供|不做|不折现|不兑现|以旧换新|积分商城|抵扣|兑换(?:商品|礼品|优惠)|旧衣|环保|回收(?:包装|纸盒|纸箱|快递盒)/;
/** A money game's lawful readings: a toy or a board game, the classic computer game, rules told. */
const GAME_LAWFUL_62 = /游戏机|桌游|扑克牌|牌桌|麻将机|玩具|益智|windows|电脑自带|经典游戏|规则说明|拆弹|排雷|地雷|扫雷车|扫雷艇|兵人|军事/;
/** Sexual media and company: the lawful senses (baby photos, a tutorial, a game companion) and the law told. */
const SEX_LAWFUL_62 = /宝宝|儿童|孩子|婴儿|亲子|全家福|婚纱|证件照|教程|安装|使用说明|说明书|开箱|测评|不提供|不发|文明|违法|禁止/;
/** Pyramid pay that is a platform promotion or honest wages. */
const SCHEME_LAWFUL_62 = /平台(?:的)?(?:活动|官方|规则)|优惠券|各得|快分销|团购|成团|不收(?:任何)?(?:费|钱)|没有(?:任何)?(?:代理|加盟|层级|下线)|底薪|工资|传销|骗局|不做|不搞|不参与/;
/** A false declaration's lawful talk: the truth declared, the risk told. */
const DECLARED_TRUE_62 = /无法|必须按实际|按实际|申报成功|如实|不能|不会(?:帮|这样|这么)|不可以|会被(?:认定|查|退运|扣|没收|处罚)|属于走私|不帮|不做|别(?!人)|不要/;
/** A paper issued by its rightful issuer, shown, applied for, or refused. */
const PAPER_LAWFUL_62 = /医生|真实|随货|不代办|不办|代办不了|服务范围|哪里能|正反面|实名认证|不是(?:我们)?自己|去医院|医院开|由医院|医生开|由海关|海关出具|官方出具|机构出具|第三方|本人(?:去|到|办)|出入境|派出所|公安|车管所|不能|不会|不提供|不可以|没法|无法|办理流程|需要(?:您)?提供|请(?:您)?提供|上传|凭|查看|可以查|主页|详情页|如实|正规|申请开具|套|夹|相框|打印机/;
/** Personal data talked about lawfully: the buyer's own, kept safe, used for customs, a device's lawful use. */
const DATA_LAWFUL_62 = /不能|不可以|无法|做不到|没有权限|不会|不要|别(?!人)|退款|退回|原路|到账|账单|绑定|(?:您|你)(?:的|自己)|保密|不会(?:泄露|提供|向|外传)|加密|修改|核对|请不要|不提供|不卖|仅用于|清关|物流|订单详情|卡托|卡套|卡包|充电|数据线|宠物|项圈|儿童手表|孩子知道|人民银行|人行|本人|自己(?:去|在)?(?:查|申请)|填写|填错|是否/;
/** Surveillance gear used openly: told to others, in plain sight, for a pet, a child who knows, or anti-spy detection; a monitor speaker. */
const SPY_LAWFUL_62 = /自己的|自己车|(?:您|你)自己|车丢|处分|取消成绩|违纪|不能|不可以|不要|别(?!人)|授权|绑定|告知|显眼|提示|同意|孩子知道|宠物|狗狗|猫咪|防偷拍|反偷拍|检测(?:偷拍|摄像头|针孔)|探测|违法|不卖|不是透视|降噪|入耳|家长可以看|行车记录|门铃|看家|婴儿|老人|监听耳机|监听音箱|监听级|听力|四六级|调频|透视装|透视款|网纱|蕾丝|上衣|裙|绘画|画画|素描|透视关系|防作弊|防盗/;
/** A rival's goods denied a harm (其实不是), asked about, or the shop declining to judge. */
const RIVAL_LAWFUL_62 = /网上说|有人说|听说|我们是|如果|假如|万一|担心|怕|是不是|是否|不清楚|不评论|不方便|不能说|不好说|其实不是|不是的|谣言|不实|我们(?:家)?(?:的)?(?:海外店|旗舰店)|本店|自家|咱家/;
const T62A_CUES: Cue[] = [
  {
    words: DRUG_SLANG_62,
    severity: 'block',
    message: '涉及买卖毒品、迷药或致幻物质，属于违法内容（规则 2.7）',
    sentence: DRUG_OFFER_62,
    sentenceSkipsAnchor: true,
    notBefore: /(?:蛋|美|乳清)$/,
    notAfter: /^(?:鞋|场|馆|护具|籽|仁)/,
    notSentence: [WARNING, DRUG_LAWFUL_62],
  },
  {
    words: DRUG_AMBIGUOUS_62,
    severity: 'block',
    message: '以暗语售卖毒品或迷药（纯度、克数、吸食或下药），属于违法内容（规则 2.7）',
    // (no gram count here: a weight is everyday for sugar, tea or ice; round 62 held-out set db)
    sentence: RE_62(DRUG_SIGNAL_62),
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, DRUG_LAWFUL_62, DRUG_EVERYDAY_62],
  },
  {
    words: ['飞一下', '飞一会', '飘一下', '飘一会', '嗨一下', '嗨一晚', 'high一下', '溜一口'],
    severity: 'block',
    message: '以“飞、飘、嗨”等暗语推销致幻或成瘾物质，属于违法内容（规则 2.7）',
    sentence: /试试|带劲|比酒|私下|私发|懂的|(?<![没无])有货|要不要|想要|来一|这个/,
    notSentence: [WARNING, /飞机|航班|快递|物流|无人机|风筝|飞盘|飞行|蹦床|秋千|滑梯|过山车|音乐|歌/],
  },
  {
    words: UNAPPROVED_MEDICINE_62,
    severity: 'block',
    message: '代购或私下供应未经国内批准的药品、疫苗或针剂，属于违法内容（规则 2.7）',
    sentence: [RE_62(MEDICINE_SUPPLY_62), MEDICINE_WORD_62],
    notSentence: [WARNING, MEDICINE_LAWFUL_62],
  },
  {
    words: ['不用问医生', '不用看医生', '不用找医生', '不需要医生', '不用医生开', '医生开不了', '成人的减半', '大人的减半', '成人药减半', '大人的药减半'],
    severity: 'block',
    message: '售药时让用户不经医生自行用药或给儿童减量服用成人药，属于违规内容（规则 2.7）',
    sentence: [MEDICINE_WORD_62, /卖|发|拍|下单|买|吃|给(?:您|你|孩子|宝宝)/],
    // (round 65, engfa65: …nor goods that need no prescription — 维生素片不用看医生，直接拍就行)
    notSentence: [WARNING, /非处方|otc|不卖|不售|不建议|遵医嘱|建议(?:就医|看医生|咨询)|请(?:咨询|就医)|儿童剂型|说明书/, NO_PRESCRIPTION_GOODS_TOLD],
  },
  {
    words: PROTECTED_SPECIES_62,
    severity: 'block',
    message: '买卖国家重点保护或濒危野生动物（活体、标本、蛋、皮骨等），属于违法内容（规则 2.7）',
    sentence: [RE_62(ANIMAL_FORMS_62), RE_62(ANIMAL_SALE_62, '[0-9一两二三四五六七八九十]+(?:个|只|对)')],
    notAfter: /^(?:色|纹|绒|图|款|造型|形|玩偶|公仔|钳|口|体|桃)/,
    notSentence: [WARNING, SPECIES_LAWFUL_62],
  },
  {
    words: TOBACCO_62,
    severity: 'block',
    message: '在客服对话中售卖烟草、雪茄或烟油，属于违规内容（规则 2.7）',
    // Round 67 (eng27-67): …or the listing it is ordered under and the cartons counted (在“零食大礼包”链接里，拍两份就是两条).
    sentence: RE_62(TOBACCO_SALE_62, '[0-9]+(?:毫升|ml|元|块)|[0-9一二两三四五六七八九十几]+(?:条|包|盒|支)|链接|备注|拍(?:一|两|几)?(?:份|单)'),
    notBefore: /发$/,
    notAfter: /^(?:剪|盒|柜|刀|保湿|架|灰缸|味的香|香型|造型)/,
    notSentence: [WARNING, TOBACCO_LAWFUL_62, NICOTINE_CLEAN_RE_61],
  },
  {
    words: ['催泪喷雾', '催泪弹', '辣椒水', '辣椒喷雾', '防狼喷雾', '防身喷雾', '催泪剂'],
    severity: 'block',
    message: '售卖催泪、辣椒喷射器等管制器具，属于违规内容（规则 2.7）',
    sentence: /写成|包装成|包装写|伪装|改名|备注成|标成|当成/,
    notSentence: [WARNING, /不让寄|暂停|不能带|辣椒(?:酱|油|面|粉)|做菜|调味|不卖|不售|禁寄|禁运|没(?:有)?上|不能(?:卖|寄|发)|快递不收|违禁|禁售|管制/],
  },
  {
    words: CHANCE_PRIZES_62,
    severity: 'block',
    message: '盲盒、福袋奖品或游戏币由商家折现回收，属于变相赌博（规则 2.7）',
    sentence: RE_62(CASH_BACK_62, '按[0-9一两二三四五六七八九十百千]+(?:元|块)?回收'),
    notSentence: [WARNING, RE_61(CHANCE_CLEAN_61), CASH_BACK_CLEAN_62],
  },
  {
    words: MONEY_GAMES_62,
    severity: 'block',
    message: '组织押注、扫雷红包、棋牌换钱等赌博玩法，属于违法内容（规则 2.7）',
    sentence: RE_62(MONEY_IN_GAME_62, '[0-9]+(?:元|块)'),
    sentenceSkipsAnchor: true,
    notAfter: /^(?:拍|鞋|衣|裤|包|杆|袜|服|具|网|场)/,
    notSentence: [WARNING, GAME_LAWFUL_62],
  },
  {
    words: ['小视频', '小电影', '福利视频', '福利图', '私房照', '私密照', '写真'],
    severity: 'block',
    message: '随商品赠送或售卖色情视频、图片，属于色情内容（规则 2.7）',
    sentence: /情趣|成人|尺度|裸|露点|福利|懂的|私密发|不穿|没穿/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, SEX_LAWFUL_62],
  },
  {
    words: ['学生妹', '外围女', '外围模特', '嫩模', '陪睡', '约炮', '援交', '楼凤'],
    severity: 'block',
    message: '介绍色情服务或陪侍人员，属于色情内容（规则 2.7）',
    sentence: /您挑|你挑|随便挑|任挑|价格|价钱|私聊|上门|包夜|过夜|一晚|照片|颜值|懂的|资源|安排/,
    notSentence: [WARNING, SEX_LAWFUL_62],
  },
  {
    words: ['按旧物', '按旧货', '当旧物', '报成旧', '写成旧', '按样品', '当样品', '写成样品', '报成样品', '按礼品', '当礼品', '报成礼品',
      '按日用品', '写成日用品', '报成日用品', '写成配件', '按配件', '报成配件', '按自用申报', '发票拿掉', '拿掉发票', '去掉发票', '撕掉吊牌'],
    severity: 'block',
    message: '把商品按旧物、样品、礼品等虚假申报以少交税或逃避查验，属于走私违法内容（规则 2.7）',
    // What the false declaration buys: a lower tax or a check dodged (not a free sample declared as one: 申报时按样品处理，没有货值).
    sentence: /税|省|便宜|划算|查不|不会查|不会被查|少交|旧物/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, DECLARED_TRUE_62],
  },
  {
    words: ['塞在', '藏在', '夹在', '混在', '塞进', '藏进', '夹进', '缝在', '缝进'],
    severity: 'block',
    message: '把商品夹藏在其他物品中寄送以躲避海关查验或缴税，属于走私违法内容（规则 2.7）',
    sentence: [/寄|发|带|快递|包裹/, /不会被查|查不出|查不到|不会查|抽不到|过安检|免税|不交税|逃税|躲/],
    notSentence: [WARNING, /赠品|小样|防震|防摔|气泡|泡沫|如实|不能|不会(?:帮|这样)|别(?!人)|不要/],
  },
  {
    words: NOT_OURS_PAPERS_62,
    severity: 'block',
    message: '商家出具或伪造证件、病历、处方、报关单等他人才能出具的文件，属于违法内容（规则 2.7）',
    sentence: RE_62([...ISSUE_ACTS_62, ...FALSIFY_ACTS_62]),
    notSentence: [WARNING, PAPER_LAWFUL_62],
    asked: true,
  },
  {
    words: OURS_PAPERS_62,
    severity: 'block',
    message: '随意印制或伪造合格证、检测报告、标签、小票等文件，属于违法内容（规则 2.7）',
    sentence: RE_62(FALSIFY_ACTS_62),
    notSentence: [WARNING, PAPER_LAWFUL_62],
  },
  {
    words: PERSONAL_DATA_62,
    severity: 'block',
    message: '买卖、查询或导出他人的个人信息、实名卡号，属于违法内容（规则 2.7）',
    sentence: RE_62(DATA_ACT_62, '[0-9一两二三四五六七八九十百千万]+条|一张[0-9]+'),
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, DATA_LAWFUL_62],
  },
  {
    words: SPY_DEVICES_62,
    severity: 'block',
    message: '售卖偷拍、窃听、偷装定位或考试作弊器材，属于违法内容（规则 2.7）',
    sentence: RE_62(COVERT_USE_62),
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, SPY_LAWFUL_62],
  },
  {
    words: [...CONDITIONS_61, ...T60A_ILLNESS_WORDS, '肝病', '乳腺结节', '近视度数'],
    severity: 'block',
    message: '宣称商品能让疾病好转、指标降回或免于手术，属于虚假的疗效宣传（规则 2.7）',
    sentence: [/降下来|降低度数|度数降|都好了|全好了|消下去|消失了|不用(?:做)?手术|不用开刀|包生|包怀|包治/, T60A_GOODS_USED],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART],
    deniable: false,
    asked: true,
  },
  {
    words: RIVAL_62,
    severity: 'block',
    message: '诋毁其他商家或其商品（称其有害、假冒、过期等），属于违规内容（规则 2.7）',
    sentence: RE_62(GOODS_HARM_62),
    notSentence: [WARNING, RIVAL_LAWFUL_62],
    asked: true,
  },
];
// ---- end round 62 (eng62a) ----
// ---- round 64 (eng27-64): 2.7 by class, each a table (rules/lexicon/restricted-trade.ts, round 64) with a second family in the
// sentence and vetoes for the lawful readings ----
/** Written or filled at will: any counter, any sum, the buyer's pick (写哪个专柜的都可以, 金额写多少都行, 日期您定), or made as a fake (开张假的). */
const AT_WILL_64 = /(?:写|填|开|盖|印|标|打)(?:成)?(?:哪个|哪家|哪里|什么|啥|多少|几)[^，。！？]{0,8}?(?:都可以|都行|都能|都成|随(?:您|你)|(?:您|你)(?:定|说了算))|(?:金额|日期|时间|内容|地点|专柜|医院|机构|结果)(?:随(?:您|你|便)|(?:您|你)(?:定|说了算|来定))|(?:开|做|补|弄|出|办|印)(?:一)?(?:张|份|个|本)?假的/;
/** The shop making or supplying the paper. */
const SHOP_ISSUES_64 = /(?:我们|这边|咱们|店里|我)[^，。！？]{0,6}?(?:能|可以|会|给|帮)|(?:给|帮|替)(?:您|你)(?:开|做|补|出|弄|写|填|办)|能补|可以补/;
/** A declaration slot filled with a name (报的是果汁, 申报单上写的是旧衣服, 面单标成日用品). */
// (a bare 报 only as 报的是 / 报成: 报价为, 汇报成 are no declaration)
const DECLARED_SLOT_64 = /(?:报关|申报|面单|快递单|运单|申报单|报关单|品名|外箱|外包装|单子|单据)[^，。！？]{0,4}?(?:写|填|报|标)?(?:的是|成|为|作|着)|(?<![预汇情简电警海画日回举])报(?:的是|成)/;
/** A parcel split into several. */
const SPLIT_ORDER_64 = /分(?:成)?[0-9一二两三四五六七八九十几]+(?:单|个单|个订单|个包裹|包|次|批|个快递)|拆(?:成|开)?[0-9一二两三四五六七八九十几]*(?:单|包|个包裹|个订单)|分开(?:寄|发|下单|拍)|分批/;
/** What a split dodges: the tax, the allowance, the limit, customs. */
const LIMIT_DODGED_64 = /税|额度|限额|限购|超过|超了|海关|查|罐|个人物品|自用/;
/** Money paid on recruits (分成, 日入过千, 回本). */
const RECRUIT_PAY_64 = /分成|提成|抽成|返佣|返利|佣金|奖金|分红|拿钱|日入|日赚|月入|月赚|年入|躺赚|回本|过千|过万|上万|被动收入|睡后收入/;
/** Tier words in their everyday senses: hospitals, certificates, energy labels, markets, wind, disability, exams, ratings. */
const TIER_EVERYDAY_64 = /医院|甲等|建造师|能效|市场|台阶|风力|风|地震|噪音|噪声|防水|伤残|考试|证书|职称|英语|计算机|片|警报|响应|预警|公路|分类|过滤|净化|精度|硬度|保护|文物/;
/** A medicine's identity: its own words, a prescription drug by name, a generic of a foreign make (印度版, 仿制药). */
// (not a bare 片 or 胶囊: vitamins and supplements need no doctor)
const MEDICINE_IDENTITY_64 = new RegExp(`药(?!妆|膳|食同源)|针剂|疫苗|注射|处方|${alt(PRESCRIPTION_DRUGS_61)}|(?:印度|孟加拉|老挝|土耳其|巴基斯坦|越南|泰国)版|仿制`);
/** The medicine supplied: got, in stock, straight to the buyer by number. */
const MEDICINE_GOT_64 = /(?:能|可以|都能|也能)(?:拿到|搞到|弄到|买到|带|帮)|(?<![没无])有(?:渠道|货|现货)|直接(?:报|拍|发|下单|寄)|报(?:个)?数量|要几盒|一盒|私下|代购|帮(?:您|你)(?:买|带|拿|弄)/;
/** Gear rigged: tampered, the outcome chosen, cheating named. */
// (the outcome chosen is a point or a card: 想开几局 of a mahjong table is play, 想要什么牌子的牌 a brand)
const RIGGED_64 = /(?:做|动)(?:过|了)?手脚|想(?:开|摇|要|出)(?:几|什么|啥)(?:点|牌(?!子)|张)|控点|听骰|出千|千术|透视(?:眼镜|牌|扑克|隐形)|灌(?:了)?(?:铅|水银)|作弊|稳赢|必赢|换牌|记号牌/;
/** Asked to send the photos to the agent. */
const SENT_TO_ME_64 = /发(?:给)?我|给我看|让我看|我看看|私发|发过来|传给我/;
/** A re-dating act: the mark changed or printed anew. */
const REDATED_64 = /(?:可以|能|帮(?:您|你)|我们)[^，。！？]{0,4}?(?:改|重新印|重新打|重印|重打|换)|重新(?:印|打|喷|贴)|改(?:成|到)?(?:今年|新的|最近)/;
/** …so the goods pass as fresh. */
const PASSED_AS_NEW_64 = /新货|今年的|看不出|发现不了|跟新的一样|当新的|临期|过期/;
const T64_CUES: Cue[] = [
  {
    // Class: a paper (receipt, repair or medical paper, warranty, certificate) made by the shop to the buyer's wish or called fake
    // (保修卡和原厂证书我们都能补，写哪个专柜的都可以; 给您开张假的维修单，金额写多少都行). Not a paper told as issued by whom it
    // should be, the buyer's own invoice title, nor a refusal.
    words: [...PAPERS_64, ...DOCUMENTS_61.filter((w) => w !== '发票')],
    severity: 'block',
    message: '按买家需要伪造或随意开具凭证、证书、单据，属于违法内容（规则 2.7）',
    sentence: [AT_WILL_64, SHOP_ISSUES_64],
    notSentence: [WARNING, /抬头|如实|按实际|实际(?:金额|支付)|不能|不可以|不会|无法|没法|官方出具|出具的|收件人|姓名|本人|谨防|小心|识别/],
  },
  {
    // Class: the declared goods belied by the real ones (申报单上写的是旧衣服，其实是新的羊绒大衣). Not the same goods under another
    // name (an English name, the brand's short name), a slip corrected, nor privacy wrapping.
    words: REALLY_IS_64,
    severity: 'block',
    message: '申报品名与实际货物不符，属于虚假申报的违法内容（规则 2.7）',
    window: 40,
    sentence: DECLARED_SLOT_64,
    notSentence: [WARNING, /如实|按实际|一致|同一|一样|英文|中文|拼音|翻译|学名|简称|名字|姓名|地址|电话|不能|不会(?:写|报|填|标)|不可以|隐私|保密|写错|填错|搞错|弄错|更正/],
  },
  {
    // Class: one buyer's parcel split and sent under several names to pass a limit (分三单发，收件人写不同名字). Not the buyer's own name on
    // each order, nor the rule told.
    words: RECIPIENTS_SWAPPED_64,
    severity: 'block',
    message: '拆单并用不同收件人规避海关限额或税费，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [SPLIT_ORDER_64, LIMIT_DODGED_64],
    notSentence: [WARNING, /本人|同一个人|一致|如实|不能|不可以|会被|退运|清关失败/],
  },
  {
    // Class: a medicine supplied with the doctor, the hospital or the prescription waved off (印度版的格列卫我们能拿到…不需要走医院).
    // Not an over-the-counter medicine, nor advice to see a doctor.
    words: DOCTOR_BYPASSED_64,
    severity: 'block',
    message: '绕开医生和处方供应药品，属于违法内容（规则 2.7）',
    sentence: [MEDICINE_IDENTITY_64, MEDICINE_GOT_64],
    notSentence: [WARNING, /非处方|otc|遵医嘱|不卖|不售|不代购|建议(?:就医|看医生|咨询)|请(?:咨询|就医)|说明书|保健/, NO_PRESCRIPTION_GOODS_TOLD],
  },
  {
    // Class: gambling gear rigged (骰子是做过手脚的，想开几点就几点). Not a magic trick deck, nor gear that detects cheating.
    words: GAMBLING_GEAR_64,
    severity: 'block',
    message: '售卖作弊赌具（出千、控点），属于赌博违法内容（规则 2.7）',
    sentence: RIGGED_64,
    // (…nor the rigging denied: 不是灌铅骰, 没有动过手脚)
    notSentence: [WARNING, /魔术|魔法|表演|防作弊|识别|举报|不卖|不售|(?:不是|没有?|并非|绝不|从不|从来没)[^，。！？]{0,3}(?:灌|做过手脚|动过手脚|做手脚|动手脚|出千|作弊|透视)/],
  },
  {
    // Class: the agent asking the buyer for intimate photos (拍点私房照发我看看效果). Not a studio's shoot told, nor a warning.
    words: INTIMATE_PHOTOS_64,
    severity: 'block',
    message: '向买家索要私密照片，属于色情低俗内容（规则 2.7）',
    sentence: SENT_TO_ME_64,
    notSentence: [WARNING, /不要|请勿|谨防|诈骗|泄露|保护|不会/],
  },
  {
    // Class: paid company by chat or video at night, priced (陪聊服务，视频那种，价格好商量). Not a game partner, a care robot, nor a refusal.
    words: PAID_COMPANY_64,
    severity: 'block',
    message: '提供付费陪聊、裸聊等色情服务，属于违法内容（规则 2.7）',
    sentence: [/视频|晚上|深夜|一对一|私密|尺度|寂寞|单身|包夜|过夜|裸/, /价格|价钱|收费|[0-9]+(?:元|块)|好商量|面议|包月|一小时|一次/],
    notSentence: [WARNING, /游戏|上分|开黑|王者|吃鸡|机器人|ai|老人|儿童|不提供/],
  },
  {
    // Class: goods re-dated to pass as fresh (日期可以改，我们把批号重新印一遍，看起来就是今年的新货). Not a date told as on the goods,
    // nor a refusal.
    words: DATE_MARKS_64,
    severity: 'block',
    message: '篡改商品生产日期或批号，属于违法内容（规则 2.7）',
    sentence: [REDATED_64, PASSED_AS_NEW_64],
    notSentence: [WARNING, /不能|不会|不可以|如实|为准|原厂|品牌方|不允许/],
  },
];
// ---- end round 64 (eng27-64) ----
// ---- round 66 (eng27-66): 2.7 by class, each a table (rules/lexicon/restricted-trade.ts, round 66) with families in the sentence
// and vetoes for the lawful readings ----
/** Someone other than the buyer: kin, staff, friends, anyone, or an identity the shop keeps or hands over. */
const OTHER_HOLDER_66 =
  /别人|他人|换个人|换一个人|找个人|家里(?:的)?(?:老人|人)|老人|老公|老婆|爸妈|父母|亲戚|朋友|同事|员工|店员|他(?:的|名下)|她(?:的|名下)|自己囤的|(?:我们|我|店里|这边)[^，。！？]{0,3}(?:囤|备|准备|收)(?:的|好的)|(?:我们|我|店里|这边)(?:来)?出|我(?:们)?给(?:您|你)的|现成的/;
/** …put on the buyer's order or clearance. */
const PUT_ON_ORDER_66 = /清关|报关|下单|拍(?:一|这|两)?单|订购人|挂在|名下|收件人|过关|海关/;
/** …to get round the allowance or the check. */
const LIMIT_GOT_ROUND_66 =
  /额度(?:不够|用满|用完|超|还没用|不受影响)|(?:超出|超过|超了)|限额|(?:不会|不用|不)(?:核对|核验|查|被退)|系统那边|(?:我们|这边)(?:会)?(?:处理|搞定|来出)|(?:两|双)份|手续费|囤|凑/;
/** The buyer's own identity or their kin buying for themselves: no one else's on this order. */
const OWN_IDENTITY_66 = /(?<!是不是|不是|核对|核验|不用|不一定要|不一定是)本人|同一个人|一致|自己的(?:账号|身份证|名字)|各自|为自己|给自己买/;
/** An order's money turned into cash for the buyer, or dirty money made clean. */
const CASHED_66 =
  /(?:退|转|打|返|给)(?:回)?(?:您|你)?[^，。！？]{0,6}?(?:现金|现钱|卡上|账上|账户)|变成现钱|套(?:出来|现)|提现|取现|回收|扣[^，。！？]{0,4}(?:点|手续费)|来源[^，。！？]{0,3}干净|返本金|本金加/;
/** A refund or a payment told as it is: the money's lawful way back. */
const MONEY_LAWFUL_66 = /原路|原(?:支付)?账户|退款|退单|退款(?:会|将|已|到账)|取消订单|缺货|自动退|免息|免手续费|分期付款|分期手续费|优惠|不能(?:提现|套现|回收)/;
/** The way round a missing gate: the goods supplied, packed tight, sent as something else, said past the check. */
const GATE_WAY_ROUND_66 = new RegExp(
  `${SUPPLIED_ANYWAY.source}|包得(?:很|特别|比较)?(?:严实|严)|不会被(?:扣|查|拦|没收|发现)|(?:海关|过机|安检|查验|x光)[^，。！？]{0,6}(?:看不出|查不出|发现不了|扫不出)|按[^，。！？]{0,4}(?:礼品|个人物品|食品|零食|样品|日用品|普通货|玩具|衣服|茶叶)(?:寄|发|报|走)|挂(?:的)?(?:是)?[^，。！？]{0,8}(?:链接|类目)|(?:您|你)懂的|懂的都懂|直接(?:到|送到|寄到)(?:您|你)手上|(?:我们|这边)(?:先|抢先|提前)(?:拿到|到货)|在我们(?:这儿|这里|这边)(?:进|拿)|但(?:是)?[^，。！？]{0,8}(?:放心|正品|能用|好用|没问题)|(?:我们|我)(?:直接)?从[^，。！？]{1,8}(?:拿货|调货|进货|调)|(?:我们|可以|能)[^，。！？]{0,4}(?:寄|发)(?:过来|给您|给你)`,
);
/** The gate kept: the goods withheld, the paper there, the rule told as why not (NOT_SUPPLIED without its bare 不会, which 不会被扣 holds). */
const GATE_KEPT_66 = /所以(?:我们)?(?:不|没|暂停|下架|停售|暂时)|不卖|不做|不发|不上架|下架|停售|取消|退款|谣言|辟谣|不会(?!被)|没有(?:现货|货|渠道|库存|门路)|不能(?:卖|寄|帮|发)|没法(?:卖|寄|帮|发)|无法|不提供|已经|已(?:备案|注册|获批)|是正常的|正常现象|会附|请(?:勿|不要)|建议|不建议|正规|合法/;
const WARNING_GATE_66 = new RegExp(WARNING.source.replace('禁止|', '禁止(?!进口|入境|进境|邮寄|携带|销售|带入|寄)|'));
/** A check said blind to what is hidden. */
const CHECK_BLIND_66 = /(?:海关|过机|安检|查验|x光|机器|快递)[^，。！？]{0,6}(?:看不出|查不出|发现不了|扫不出|不查|不会查|查不到)|不会被(?:扣|查|拦|没收|发现)|(?:过|过得了|过得去)(?:海关|安检)|(?:不交|不用交|免)(?:税|关税)/;
/** Access to a blocked service: a line, a card, a tool, or the block said not to bite. */
const BLOCK_PASSED_66 = /代理(?:线路|节点|ip|服务器)?|专用(?:的)?线路|专线|节点|漫游卡|不用翻墙|翻墙|梯子|加速器|不会被封|不掉线/;
/** Watching or recording someone. */
const RECORDS_OTHER_66 = /录(?:下来|音|像|到)|偷拍|拍(?:到|下来)|监听|监控|定位|同步(?:到)?(?:您|你)|传到|实时(?:看|听|画面)|听到|聊天记录/;
/** The watching or the device kept lawful: consent, one's own things, or warned against. */
const WATCH_LAWFUL_66 = /征得|同意|告知|知情|自己(?:的)?(?:车|家|房间|店|手机)|防丢|防盗|检测|防偷拍|被偷拍|不要|请勿|不能|不可以|违法|侵犯/;
/** Shooting unnoticed. */
const UNNOTICED_66 = /(?:不会|没人会?|没有人会?)(?:去)?(?:注意|发现|察觉)|看不出|发现不了|察觉不到|隐蔽|伪装|藏|偷拍|偷偷|拍(?:到|下)?(?:人|女生|别人)/;
/** A parcel said never sent behind the tracking number. */
const NEVER_SENT_66 = /(?:其实|实际|根本|压根)(?:上)?(?:还)?没(?:有)?(?:发|寄)|空包|假单号|虚假(?:发货|物流)|签收了?(?:我们)?再(?:补|发)/;
/** The buyer coached to tell a payer a claim for more money, the shop agreeing beforehand. */
const COACHED_CLAIM_66 = /(?:您|你)(?:就)?(?:在|跟|和|向|对|找)[^，。！？]{0,8}(?:说|讲|反映|报|填)/;
const CLAIM_GAIN_66 = /多赔|多退|多拿|赔(?:得|的)?(?:更)?多|白拿|不用(?:退货|寄回)|(?:我们)?不会(?:反驳|否认|申辩|拆穿)/;
const T66_CUES: Cue[] = [
  {
    // Class: someone else's identity or allowance put on the buyer's order to pass the limit (超出年度限额的部分我们用店里员工的身份证帮您
    // 清关; 订购人填我给您的名字…系统那边我们会处理). Not the buyer's own or kin's own order, nor the rule told.
    words: ORDER_IDENTITY_66,
    severity: 'block',
    message: '用他人身份或额度为买家下单清关以规避限额，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [OTHER_HOLDER_66, PUT_ON_ORDER_66, LIMIT_GOT_ROUND_66],
    notSentence: [WARNING, OWN_IDENTITY_66, /不能|不可以|不行|必须|需(?:要)?本人|不支持|无法|没办法|失败|风险|建议|要求|不要|别用|合规|请勿|过不了|(?<!不)会被退|违规/],
  },
  {
    // Class: credit or an order that ships nothing turned into cash, or money washed through orders (您拍一单五千的，我们不发货，退您四千七
    // 现金; 用白条拍高价商品，我们回收再转给您). Not a refund the order's own way, nor an instalment plan.
    words: CREDIT_OR_FAKE_ORDER_66,
    severity: 'block',
    message: '以虚假交易套现或洗钱，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [CASHED_66, /拍|下单|订单|单|商品|链接|交易/],
    notSentence: [WARNING, MONEY_LAWFUL_66],
  },
  {
    // Class: a gate the goods need at home (a filing, a registration, a label, quarantine, the tobacco monopoly, an entry ban) stated missing,
    // pending or skipped, and the goods supplied anyway (没有蓝帽子也没有进口备案，挂的链接是食品类目; 本来土不能进境，我们包得很严实).
    // Not the goods withheld for it, nor the gate told as met.
    words: GATE_SKIPPED_66,
    severity: 'block',
    message: '商品未过国内准入（备案、注册、检疫、专卖）仍设法供货，属于违法内容（规则 2.7）',
    window: 40,
    sentence: GATE_WAY_ROUND_66,
    notSentence: [WARNING_GATE_66, GATE_KEPT_66],
    deniable: false,
  },
  {
    // …or the paper named as needed, then said missing here (需要注册证的，我们没有，但货是正品，放心用).
    words: ['注册证', '许可证', '批文', '备案', '检疫证', '蓝帽子', '进口许可'],
    severity: 'block',
    message: '商品未过国内准入（备案、注册、检疫、专卖）仍设法供货，属于违法内容（规则 2.7）',
    after: /^(?:的|呢)?[，,、]?(?:我们|这边|咱们|店里|这批|这款)(?:都|也|暂时|还)?(?:没有|没|没办|没拿到)/,
    window: 40,
    sentence: GATE_WAY_ROUND_66,
    notSentence: [WARNING_GATE_66, GATE_KEPT_66],
    deniable: false,
  },
  {
    // Class: orders placed to lift the shop's sales or rank, the buyer's money returned with a cut (我们帮您下单冲店铺等级，您先垫钱，三天内
    // 返本金加百分之十利息). Not a courier fee advanced.
    words: BRUSHED_ORDERS_66,
    severity: 'block',
    message: '组织虚假交易（刷单）并返还本金佣金，扰乱平台管理秩序（规则 2.7）',
    window: 40,
    sentence: [/本金|佣金|利息|提成|辛苦费/, /下单|拍|单|冲/],
    notSentence: [WARNING, /不招|不做|不搞|不刷|不会|检测|举报|诈骗|骗局/],
  },
  {
    // Class: goods hidden on a body, in luggage or in other goods, the check said blind to them (塞进衣服里带回来，海关过机看不出).
    words: HIDDEN_ABOUT_66,
    severity: 'block',
    message: '夹带藏匿商品逃避海关或安检查验，属于走私违法内容（规则 2.7）',
    window: 30,
    sentence: CHECK_BLIND_66,
    notSentence: [WARNING_GATE_66, /不能|不可以|不会(?:夹|塞|藏)|请勿|如实|申报/],
  },
  {
    // Class: the packing swapped for another product's so the goods pass (外盒换成茶叶包装寄给您，不会被扣).
    words: REPACKED_66,
    severity: 'block',
    message: '伪装包装逃避海关或快递查验，属于违法内容（规则 2.7）',
    after: /^[^，。！？]{0,8}(?:包装|外盒|盒子|袋子|箱子|瓶子|罐子)|^[^，。！？]{0,4}(?:零食|茶叶|日用品|玩具|衣服|礼品)/,
    window: 30,
    sentence: CHECK_BLIND_66,
    notSentence: [WARNING_GATE_66, /不能|不可以|不会(?:换|装)|请勿|如实|环保|礼盒/],
  },
  {
    // Class: goods walked through customs' lane without a declaration (货是绿色通道直接走出来的，没申报). Not a parcel's declaration pending.
    words: UNDECLARED_LANE_66,
    severity: 'block',
    message: '不申报携带货物入境销售，属于走私违法内容（规则 2.7）',
    window: 30,
    sentence: [/走出来|带(?:回来|进来|出来)|背(?:回来|进来)|拎(?:回来|进来)|人肉|行李|随身/, /货|代购|卖|拍|收到|价格|便宜/],
    notSentence: [WARNING_GATE_66, /还没|尚未|正在|等待|需要申报|应当申报|要申报|请申报|如实|红色通道|会(?:尽快)?申报|不能|不可以/],
  },
  {
    // Class: a service blocked at home reached by a line, a card or a tool the shop gives (配一个专用的代理线路，国内直接看，不会被封;
    // 香港漫游卡…不用翻墙也能上谷歌和脸书). Not a brand's page named, nor a refusal.
    words: BLOCKED_SERVICES_66,
    severity: 'block',
    message: '提供翻墙或访问境外被封网站的服务，属于违法内容（规则 2.7）',
    notAfter: /^(?:翻译|地图|浏览器|商店|play|像素|pixel|手机)/,
    window: 30,
    sentence: [BLOCK_PASSED_66, /送|卖|代开|开通|配|给(?:您|你)|我们|有/],
    notSentence: [WARNING, /不提供|不卖|不支持|不能|无法|别信|不要信|不需要访问/],
  },
  {
    // Class: a device planted in another person's car, bag, phone or room to record them (这个小东西放他车里，声音都能录下来传到您手机;
    // 监控软件装到对方手机上…对方不会有提示). Not one's own car or home, nor with their consent.
    words: OTHERS_PLACES_66,
    severity: 'block',
    message: '在他人车辆、手机或住处放置设备偷录偷拍、监听定位，属于违法内容（规则 2.7）',
    window: 30,
    sentence: [/放|装|藏|塞|贴|吸|插|安/, RECORDS_OTHER_66],
    notSentence: [WARNING, WATCH_LAWFUL_66],
  },
  {
    // Class: a camera for someone else's private room, shooting unnoticed (想拍女生宿舍或者更衣室的话，这个挂钩款最合适，谁都不会去注意).
    words: PRIVATE_ROOMS_66,
    severity: 'block',
    message: '推荐在他人私密场所偷拍的设备，属于违法内容（规则 2.7）',
    window: 30,
    sentence: [/拍|录|摄像|镜头|监控/, UNNOTICED_66],
    notSentence: [WARNING, WATCH_LAWFUL_66],
  },
  {
    // Class: a tracking number for a parcel never sent, the platform left to show it signed (您用我们给的运单号填进去就行，其实没发).
    words: TRACKING_NUMBERS_66,
    severity: 'block',
    message: '虚假发货、填写虚假运单号，扰乱平台管理秩序（规则 2.7）',
    window: 40,
    sentence: NEVER_SENT_66,
    notSentence: [WARNING, /揽收|不会|不能|请勿|如实|异常|核实|查询|填错|重新发|马上发|尽快发|今天|明天|上午|下午|稍后/],
  },
  {
    // Class: the buyer coached to tell the platform, the insurer or the carrier a claim that pays more, the shop pledged not to contest it
    // (您就在平台客服那里说我们发错货了，这样运费险能多赔一点，我们不会反驳的).
    words: CLAIM_PAYERS_66,
    severity: 'block',
    message: '教唆买家向平台或保险虚假索赔，扰乱平台管理秩序（规则 2.7）',
    window: 40,
    sentence: [COACHED_CLAIM_66, CLAIM_GAIN_66],
    notSentence: [WARNING, /如实|实际情况|真实/],
  },
];
// ---- end round 66 (eng27-66) ----
// ---- round 67 (eng27-67): 2.7 by class (rules/lexicon/restricted-trade.ts, round 67) ----
/**
 * A label the goods are shipped or listed under that is not what they are: written on the waybill, declared, listed in another
 * category (发货写的是五金件, 按“钓鱼竿配件”发, 挂的是“汽车尾喉”的链接, 链接挂在户外用品里, 拆开按“自行车零件”寄).
 */
const COVER_NAME_67 =
  /(?:写|报|填|标|当)(?:的|成|为|作)?(?:就)?(?:是)?[^，。！？]{0,4}?(?:配件|零件|用品|工具|五金|玩具|模型|礼品|工艺品|器材|饰品|日用品|服装|装饰|延长段)|按[^，。！？]{0,10}?(?:配件|零件|用品|工具|五金|玩具|模型|礼品|工艺品|器材|延长段|链接)[^，。！？]{0,2}?(?:发|寄|报|走)|挂(?:的是|在)[^，。！？]{0,10}?(?:链接|类目|用品|配件|里)|(?:发货单|快递单|面单|报关单|运单)[^，。！？]{0,6}写|名义|拆(?:开|成)[^，。！？]{0,8}(?:发|寄)/;
/** A car, motorbike or exhaust word that is the goods' own (not behind a waybill's, a declaration's or a listing's verb). */
const VEHICLE_OWN_67 = /(?<!(?:写|报|按|挂|叫|当|名义|标)[^，。！？]{0,4})(?:汽车|排气|摩托|尾喉|汽修)/;
/** What a silencer on a gun does or needs: a calibre, a muzzle thread, a shot made quiet, hunting, a kit finished at home. */
const SILENCER_USE_67 =
  /口径|管口|打出去|打猎|狩猎|打鸟|气枪|枪|膛|没打孔|钻一下|自己(?:组装|装)|拆开|分[两三四几]段|别问|(?:您|你)懂|懂的|螺纹[^，。！？]{0,6}(?:对得上|管口)/;
/** The device turned on someone else's lock, signal, camera or trust. */
const DEVICE_DEFEATS_67 =
  /(?:[0-9]+|十几|几)秒(?:钟)?(?:就)?(?:能)?开|不用钥匙|都能开|(?:查|拍|定位|测)不到|不会被(?:拍|查|测)|没(?:有)?信号|跟真的一样|(?:都|就)让(?:你|您)|真家伙|其实是/;
const SALE_REFUSED_67 = /不卖|不售|不提供|不做|不能卖|不能寄|不销售|一律不|请勿|违法的|是违法|需要公安备案|开锁公司|开锁师傅|报警/;
/** A cure, a prevention or a treatment made needless, said of the goods. */
const CURE_CLAIM_67 = new RegExp(
  `${T60A_OUTCOME.source}|(?:这款|这个|本品|它)[^，。！？]{0,12}?(?<![不没无法])(?:预防|防止)|(?:吃|喝|服|涂|用)(?:了|完)?[^，。！？]{0,4}?(?:就)?(?:能|可以|会)?(?:预防|防止)|` +
    `(?:能|可以|就能|都能|专)(?:治|治疗)|(?:[天周月]|很快|马上)(?:就)?(?:能)?(?:退|消|好)(?:了|掉)?(?!款|货|钱|换)|` +
    `不用(?:再)?(?:去)?(?:吃|打|做|照|输|住)?(?:西药|中药|药|针|手术|蓝光|液|院|医院|看医生|看病)|(?:都)?不(?:用)?去医院了`,
);
// (round 68, engfa68: …or the cure denied of the goods, the illness fronted — 脚气不是我们这款洗剂能治的; not of a hospital or another medicine,
// 湿疹不是医院能治好的)
const CURE_TOLD_APART_67 = /不是(?:我们|咱们|本店)?(?:的|家|店)?(?:这款|这个|这种|这瓶|这支|这盒|本品|它)?(?:(?![医院药])[^，。！？]){0,4}?(?:能|可以)治(?:好|愈)?的|听[^，。！？]{0,6}医生|不能(?:退|消|治|预防|防)|没有(?:任何)?(?:预防|治疗)(?:的)?(?:作用|效果|功效)?|还是要|该[^，。！？]{0,4}还是|说明书|适应症|非处方|otc|药品|感冒药|退烧药/;
/** A disposable vape told by its puff count (一次性的五千口, 能抽六千口, 要几口的) — not a mouth, a lipstick or a taste. */
const PUFF_COUNT_67 =
  /(?:[0-9]{3,}|[一二三四五六七八九两几]+[千万])口(?!罩|腔|红|服|香|味|感|袋|杯|径|子|碑|号|气|水|头)|要几口/;
/** An air gun by its trade names, with what only a gun has: a whole one or in parts, shots per fill, a calibre, a scope. */
const AIRGUN_TOLD_67 =
  /整把|散件|打[^，。！？]{0,4}[0-9一二三四五六七八九十几]+发|一打一个|瞄准镜|(?<![0-9.])[45]\.5(?![0-9]|斤|kg|公斤|千克|克|磅|元|块|折|l|升|寸|码|米)|口径|拆开|拆成|自己拼|自己装/;
/** Round 68 (eng27-68): the buyer's (or a relative's) condition pointed at, not named: 您说的那个, 您那个, 宝宝这样的, 您老公那方面的. */
const CONDITION_POINTED_68 =
  /(?:(?:(?:您|你)(?:家)?(?:的|家的)?(?:宝宝|孩子|小孩|老人|老公|老婆|妈妈|爸爸|家人)?|宝宝|孩子|小孩|老人|家里老人)(?:说的|提到的|讲的|的)?(?:那个|这个|那种|这种|这样的|那样的|那方面的|这方面的)|(?:说的|提到的|讲的)(?:那个|这个|那种|这种|这样的)?)$/;
/** …said to go away or stop for good, or the treatment made needless (就好了, 能根治, 不用复查, 药可以停了, 比吃药强). */
const CURE_UNNAMED_68 = new RegExp(
  `${T60A_OUTCOME.source}|就好(?:了|啦)|(?:\\u0000|症状|问题|毛病|病)(?:就|都|也)?(?:彻底)?没了|(?:特别|非常|很)有效|(?:保证|永不|再也)?不(?:会)?复发|就正常了|` +
    `比(?:吃药|打针|医院)(?:还)?(?:强|管用|好使)|药(?:就)?(?:可以|能|都)?(?:停了|别吃了|不用吃了)|不用(?:再)?(?:去)?(?:复查|医院|吃药|看医生)`,
);
/** The goods taken or applied. */
const TAKEN_68 = /吃|喝|服|涂|抹|擦|喷|泡|疗程/;
/** The goods named (a product word, not a bare 这个 that may point at a button or a form). */
const CURE_GOODS_68 = new RegExp(`这款|我们这款|本品|${alt(CLAIM_GOODS_67.filter((w) => !['这个', '这种', '我们的', '我们家', '咱家'].includes(w)))}|喷剂|药膏|汤剂|红参|人参|口服液|冲剂|药丸|羊奶粉|保健品`);
/** The condition sent to a doctor or the effect left open (因人而异, 看医生, 不是药). */
const CURE_KEPT_APART_68 = /因人而异|看医生|问医生|就医|去医院看|不是药|不能治|不保证|没法保证/;
const T67_CUES: Cue[] = [
  {
    // Class: an illness a food, a formula, a cosmetic or a supplement is said to cure, prevent or make treatment needless for (这款牙膏能治
    // 牙周炎; 麦卢卡蜂蜜每天一勺能预防新冠; 宝宝黄疸…三天就退，不用照蓝光; 三高人群喝它就行，不用吃西药). The goods named as the subject;
    // not a medicine's own indication, nor the claim told apart from treatment (奶粉不能退黄，该照蓝光还是要照).
    words: [...ILLNESSES_67, ...T60A_ILLNESS_WORDS],
    severity: 'block',
    message: '宣称食品、奶粉、化妆品或保健品能治疗、预防疾病或代替治疗，属于虚假的疗效宣传（规则 2.7）',
    sentence: [CURE_CLAIM_67, new RegExp(alt(CLAIM_GOODS_67))],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART, CURE_TOLD_APART_67],
    deniable: false,
    asked: true,
  },
  {
    // …or the goods said to take the place of a medicine by its class or of a hospital's own preparation (能替代抗生素, 能代替医院的强化剂).
    words: ['代替', '替代', '取代'],
    severity: 'block',
    message: '宣称商品能代替药物或治疗，属于虚假的疗效宣传（规则 2.7）',
    before: /(?:能|可以|可|完全|直接|就能|都能|足以)(?:完全)?$/,
    after: /^(?:掉)?(?:抗生素|激素|消炎药|降压药|降糖药|胰岛素|(?:医院|医生)(?:开)?的[^，。！？]{0,6}?(?:药|剂|针|治疗))/,
    scope: 'clause',
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART],
  },
  // Round 68 (eng27-68), the cure class without an illness named: the buyer's own condition pointed at (您说的那个情况, 您那个毛病, 宝宝这样的
  // 情况, 您老公那方面的问题) and said to go with named goods taken or applied (吃我们这款益生菌一周就好了; 喝这个日本的汤剂能根治; 吃完就不用复查了),
  // or a relapse said to stop (这款德国的胶囊吃了就好，我妈吃了两盒再没犯过). Not the condition sent to a doctor or the claim told apart.
  {
    words: ['情况', '症状', '毛病', '问题', '那个病', '这个病', '那种病', '老毛病'],
    severity: 'block',
    message: '宣称商品能治好买家所说的病症或代替治疗，属于虚假的疗效宣传（规则 2.7）',
    before: CONDITION_POINTED_68,
    sentence: [CURE_UNNAMED_68, TAKEN_68, CURE_GOODS_68],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART, CURE_TOLD_APART_67, CURE_KEPT_APART_68],
    deniable: false,
    asked: true,
  },
  {
    words: ['再没犯过', '再也没犯过', '没再犯过', '再没犯', '再也没犯', '再没复发', '没复发过', '再也没复发'],
    severity: 'block',
    message: '宣称商品能治好病症、不再复发，属于虚假的疗效宣传（规则 2.7）',
    sentence: [TAKEN_68, CURE_GOODS_68],
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART, CURE_TOLD_APART_67, CURE_KEPT_APART_68],
    deniable: false,
    asked: true,
  },
  {
    // Class: a firearm's part shipped or listed under a harmless trade name (击针和扳机组…发货写的是五金件; 膛线管…按“钓鱼竿配件”发).
    words: GUN_PARTS_67,
    severity: 'block',
    message: '以其他品名发货或挂链接售卖枪支零部件，属于违法内容（规则 2.7）',
    window: 40,
    sentence: COVER_NAME_67,
    notSentence: [WARNING, SALE_REFUSED_67, /水弹|软弹|水枪|胶枪|热熔|喷枪|焊枪|钉枪|油枪|按摩枪|筋膜枪|扫码枪|测温枪/],
  },
  {
    // Class: a silencer sold for a gun, the car or exhaust name only its cover (打猎用的减音器…挂的是“汽车尾喉”的链接; “油滤转接头”接到管口上).
    // Not a car's or a motorbike's muffler told as one (排气消音器…装上以后车子噪音小很多).
    words: SUPPRESSORS_67,
    severity: 'block',
    message: '以汽车配件等名义售卖枪支消音器，属于违法内容（规则 2.7）',
    window: 50,
    sentence: SILENCER_USE_67,
    notSentence: [WARNING, SALE_REFUSED_67, VEHICLE_OWN_67, /空压机|发电机|音箱|耳机/],
  },
  {
    // …or no silencer named: a calibre or a muzzle with the cover name and a second sign (“汽车配件”…内螺纹…拧到管口上声音能小一大半，发货单上
    // 写的就是排气配件; 这个管子不是给车用的，您懂，口径9毫米的，发货按“排气管延长段”报).
    words: ['口径', '管口'],
    severity: 'block',
    message: '以汽车配件等名义售卖枪支消音器或枪支配件，属于违法内容（规则 2.7）',
    window: 50,
    sentence: [COVER_NAME_67, /螺纹|管口|口径|声音(?:能)?小|没声|听不到|不是给车用|打出去/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, SALE_REFUSED_67, /镜头|相机|管道|水管|统一口径/],
  },
  {
    // Class: a controlled device (a jammer, lock bypass, police gear, a plate flipper) listed under a harmless name or told by what it
    // defeats (信号屏蔽器我们挂的是“路由器”链接; 警服…挂的是“cosplay服装”，穿上出去跟真的一样; 开锁用的…十几秒就开).
    words: CONTROLLED_DEVICES_67,
    severity: 'block',
    message: '以其他品名售卖信号屏蔽器、开锁工具、警用装备等管制器具，属于违法内容（规则 2.7）',
    window: 40,
    sentence: new RegExp(`${COVER_NAME_67.source}|${DEVICE_DEFEATS_67.source}`),
    notSentence: [WARNING, SALE_REFUSED_67, /仅限拍照|检测仪|防偷拍|自己家/],
  },
  {
    // Class: a vape told by its puff count (雾化杆和弹都有，要几口的？一次性的能抽六千口; 一次性的五千口，盒子上没印字).
    words: [...NICOTINE_GOODS_61, '一次性'],
    severity: 'block',
    message: '在客服对话中售卖电子烟、尼古丁或烟草制品，属于违规内容（规则 2.7）',
    window: 30,
    sentence: PUFF_COUNT_67,
    notSentence: [WARNING, NICOTINE_CLEAN_RE_61, /口罩|纸杯|手套|餐具|筷子|牙刷|拖鞋|床单|马桶/],
  },
  {
    // Class: an air gun by its trade names (PCP的，一次打气能打四十发，按“潜水气瓶”发货; 狗粮…4.5的和5.5的都有; 喷子要整把的还是散件的).
    // Not dog food by weight, a paint sprayer, nor the bird.
    words: ['pcp', '打鸟神器', '喷子', '秃鹰', '黑豹', '狗粮', '大狗', '小狗现货'],
    severity: 'block',
    message: '以暗语售卖气枪等枪支或弹药，属于违法内容（规则 2.7）',
    window: 40,
    sentence: AIRGUN_TOLD_67,
    notSentence: [WARNING, SALE_REFUSED_67, /漆|喷漆|喷壶|浇花|洗车|农药|幼犬|成犬|猫|宠物|狗狗|毛孩子|动物园|电影|漫威/],
  },
  {
    // Class: the buyer coached to pick the reason that spares the shop's penalty (售后原因选成“七天无理由”，别选质量问题，不然我们店分会扣;
    // 取消订单的时候选“我不想要了”，别选“商家缺货”，不然平台会罚我们). Not a reason left to the buyer (按实际情况选).
    words: ['别选', '不要选', '千万别选', '不用选'],
    severity: 'block',
    message: '教唆买家选择不实的售后或取消原因以规避平台处罚，扰乱平台管理秩序（规则 2.7）',
    deniable: false,
    window: 40,
    sentence: [/选/, /(?:不然|否则|要不然|要不)[^，。！？]{0,8}(?:扣|罚|处罚|处理|查|判|影响|降)/],
    notSentence: [WARNING, /如实|实际情况|真实|都可以|都行/],
  },
  {
    // Class: the buyer coached to tell the platform a false account for the shop's sake (平台来电回访的话，您就说是您自己要求延迟发货的，帮我们
    // 个忙; 在平台客服问的时候说已经收到货了，其实我们下周才补发), or a complaint withdrawn for a private payment (您撤销一下投诉，我们私下给您补偿).
    words: ['回访', '平台客服', '平台问', '平台审核', '投诉'],
    severity: 'block',
    message: '教唆买家向平台作不实陈述或私下补偿撤销投诉，扰乱平台管理秩序（规则 2.7）',
    window: 40,
    sentence: new RegExp(
      '(?:(?:您|你)就说|(?:的话|时候|问起来?)[^，。！？]{0,4}说|说(?:是|已经))[^，。！？]{0,16}(?:其实|实际上?|帮(?:我们|个忙|忙))|' +
        '撤(?:销|回|掉)?[^，。！？]{0,6}投诉[^，。！？]{0,8}(?:私下|补偿|红包|返现|给(?:您|你)[^，。！？]{0,4}(?:钱|元|块))',
    ),
    notSentence: [WARNING, /如实|实际情况|真实|配合平台|请勿|不要/],
  },
];
// ---- end round 67 (eng27-67) ----
// ---- round 68 (eng27-68): 2.7 by class ----
/** Round 68: what a drug slipped into someone's drink is for — the other person made compliant, senseless or aroused, or never to notice. */
const SPIKED_EFFECT_68 =
  /主动|睡过去|睡得(?:很|特别)?(?:沉|死)|断片|失去(?:判断|意识|知觉|反抗)|不省人事|任(?:你|您)|随便(?:你|您)|听话|没(?:有)?反抗|不记得|醒来|尝不出|喝不出|察觉不到|(?:她|他|对方)(?:都|也)?不知道|催情|迷(?:药|晕|倒)|晕(?:过去|倒|乎乎)|(?:药|粉|那种)[^，。！？]{0,6}(?:给|对)(?:女朋友|男朋友|女生|女孩|妹子|对方|她|他)/;
/** …not a supplement or flavour hidden in a child's or a patient's drink (宝宝不爱吃就放在奶里), nor a recipe. */
const SPIKED_LAWFUL_68 = /宝宝|孩子|小孩|儿童|老人|病人|冲调|冲泡|一勺|[0-9]+(?:毫升|ml|克|g)|维生素|益生菌|蛋白粉|胶原|电解质|蜂蜜|柠檬|冰块|糖浆|风味|调味|口感|鸡尾酒|做法|配方|食谱/;
/** Round 68: the shop's money passed through the buyer's account — received for the shop, then passed on or paid for. */
const RECEIVED_FOR_US_68 = /(?:帮|替|给)(?:我们|我们店|店里|忙)[^，。！？]{0,10}?(?:收|过|走)|(?:用|拿|借)(?:您|你)(?:的)?[^，。！？]{0,6}?(?:收|过|走)(?:几|一)?(?:笔|下)?|(?:收|过|走)(?:一下|几笔|一笔)(?:款|账|钱|流水)|(?:钱|款|账)(?:需要|要)?(?:走|过)一下/;
const PASSED_ON_68 = /转(?:给|到|出来|出去|回)|提成|好处费|佣金|个点|分红|百分之|抽成/;
/** Round 68: the buyer's identity or phone card lent or bought to register accounts or shops in their name, for money. */
const REGISTERED_68 = /注册|开(?:个|几个|一个)?(?:店|店铺|账户|账号|户)|挂(?:在)?(?:您|你)(?:的)?名下|办(?:几|一|两|个)张/;
const PAID_FOR_68 = /一张[0-9一二两三四五六七八九十百几]+|给(?:您|你)(?:[0-9一二两三四五六七八九十几]*(?:百|千|万|[0-9]{2})(?![个条次句点])|[^，。！？]{0,6}?(?:钱|元|块|分红|租金|提成|好处))|分红|租金|好处费|提成|每个月|[0-9一二两三四五六七八九十百几]+(?:块|元)一张/;
/** Round 68: printed or recorded media (a book, a magazine, a map, a disc). */
const PRINT_MEDIA_68 = /书|回忆录|杂志|画册|期刊|报纸|刊物|小册子|宣传册|光碟|光盘|dvd|地图|地球仪|版本|港版|台版/;
/** …with a supply: copies in stock, sent, sold cheap or few left. */
const PRINT_SUPPLIED_68 = /(?<![没无])有(?:货|现货|几本|原版|的)?|限量|几本|[0-9一两三四五六七八九十]+本|寄|发(?:您|你)|私(?:下|聊|发)|便宜|收藏|拷给|挂(?:的是|在)/;
/** A map that leaves out the country's claimed lines or colours Taiwan or South Tibet as another country's. */
const MAP_BORDERS_68 =
  /(?:没有|没|不带|缺|少了)[^，。！？]{0,4}(?:九段线|南海诸岛|审图号)|台湾[^，。！？]{0,10}(?:国家|单独(?:一个|的)?(?:国|颜色)|另一个颜色|不同(?:的)?颜色)|藏南[^，。！？]{0,8}(?:印度|划给|别的国家)/;
const T68_CUES: Cue[] = [
  {
    // Class: a publication banned or kept out at home, offered (这本回忆录在大陆被禁了，港版正体字，限量几本; 这批杂志…里面有些内容大陆不让看，所以便宜).
    // Not a ban told as the reason we do not sell it, nor a book merely not sold at home (这本书国内买不到，是英国原版的).
    words: ['被禁', '禁书', '禁了', '不让看', '不让卖', '不让进'],
    severity: 'block',
    message: '售卖国内禁止出版、传播的书刊音像制品，属于违法内容（规则 2.7）',
    sentence: [PRINT_MEDIA_68, PRINT_SUPPLIED_68],
    notSentence: [WARNING, /所以(?:我们)?(?:不|没)|不卖|不售|没有卖|没卖|下架|召回|质量问题|印刷问题|安全问题|审图号(?!都没|也没)|正版引进|引进版/],
    window: 40,
  },
  {
    // …or a map or globe without the country's lines or with Taiwan coloured as a state of its own (没有南海九段线，国内买不到; 台湾是单独一个国家的颜色).
    words: ['地图', '地球仪', '世界地图', '中国地图'],
    severity: 'block',
    message: '售卖国界线错误的地图（问题地图），属于违法内容（规则 2.7）',
    sentence: MAP_BORDERS_68,
    notSentence: [WARNING, /不卖|不售|下架|退|换|所以(?:我们)?(?:不|没|只)|问题地图|规定|不能(?:在国内)?(?:卖|销售|出售)|只(?:卖|进|有)(?:国内|这)/],
    hypothetical: true,
    window: 40,
  },
  {
    // …or the exiled lama's images or texts offered (达赖的画像和经书都有，挂的是“佛教用品”链接).
    words: ['达赖'],
    severity: 'block',
    message: '售卖宣扬分裂国家的人物画像、书籍，属于违法内容（规则 2.7）',
    sentence: /画像|照片|像|经书|书|(?<![没无])有|链接|私|发|寄/,
    notSentence: WARNING,
  },
  {
    // Class: a substance slipped into someone else's drink to make them compliant or senseless (催情水滴在饮料里，她喝了就主动了; 放酒里尝不出来;
    // 给女朋友用的话，放在奶茶里效果最好; G水倒进酒里就行). Not a child's supplement stirred into milk, nor a drink's recipe.
    words: ['饮料里', '酒里', '奶茶里', '咖啡里', '果汁里', '水里', '杯子里', '酒杯里', '茶里', '啤酒里'],
    severity: 'block',
    message: '教人把药物偷偷放进他人饮品，涉及迷药、催情药等违法内容（规则 2.7）',
    before: /(?:滴|放|倒|加|下|掺|混|兑|撒)(?:在|进|到|入)?$/,
    sentence: SPIKED_EFFECT_68,
    notSentence: [WARNING, SPIKED_LAWFUL_68],
    window: 40,
  },
  {
    // …or the drug named by its street names (失身粉, 西班牙苍蝇水) offered. (Not G水: as a term it spans a list's 、 — 酵母3g、水195g.)
    words: ['失身粉', '迷魂粉', '西班牙苍蝇', '苍蝇水', '听话粉', '迷情粉'],
    severity: 'block',
    message: '涉及迷药、催情药等违法药物（规则 2.7）',
    notSentence: WARNING,
  },
  {
    // Class: the shop's money passed through the buyer's account for a cut (您帮我们收一笔款，收到后转给我们，每笔给您百分之三的提成; 用您的支付宝收
    // 几笔货款，再转出来; 您开个对公账户帮我们过一下，有好处费) — money laundering's running of funds. Not a refund told.
    words: ['收款', '收一笔', '收几笔', '货款', '对公账户', '帮我们收', '帮忙收'],
    severity: 'block',
    message: '让买家用自己的账户替店铺收款、转账（跑分、洗钱），属于违法内容（规则 2.7）',
    sentence: [RECEIVED_FOR_US_68, PASSED_ON_68, /(?:您|你)/],
    notSentence: [WARNING, /退款|退货|退回|原路|订单页|平台(?:会|已)|运费险|发票/],
    window: 40,
  },
  {
    // Class: the buyer's identity or phone cards lent or bought to register accounts or shops (实名的手机卡…帮忙办几张吗？一张一百; 您身份证借我们注册
    // 个店铺，挂您名下，每个月给您分红). Not the buyer's own real-name check.
    words: ['实名的手机卡', '实名手机卡', '实名卡', '手机卡', '身份证借', '身份证借给', '挂您名下', '挂你名下', '挂在您名下', '挂在你名下'],
    severity: 'block',
    message: '收买或借用他人身份证、实名手机卡注册账户，属于违法内容（规则 2.7）',
    sentence: [REGISTERED_68, PAID_FOR_68],
    notSentence: [WARNING, /本人|实名认证|注销|挂失|补办|营业厅/],
    window: 40,
  },
];
// ---- end round 68 (eng27-68) ----
// ---- round 69 (eng27-69): classes the sealed sets still missed — body changes promised, schemes by their levels and head money,
// other people's records handed over, alcohol sold to minors, vapes disguised or named in English, a declared value set beside the real one ----
/** The goods taken, applied or used over a course (吃三个月, 每天按摩, 敷一个月, 喝了). */
const COURSE_69 = /吃|喝|服|涂|抹|擦|敷|贴|喷|按摩|用(?:满|完|了)|疗程|(?:[0-9一二两三四五六七八九十几半]+|一个)(?:个)?(?:天|周|星期|月|暑假|寒假)/;
/** A change said to be certain, total or measured (保证, 全部, 都能, 5到8厘米, 一个罩杯): the promise, not a hope. */
const PROMISED_69 = /保证|包(?![装邮括裹])|一定|肯定|百分百|100%|都能|全部|彻底|完全|不反弹|无效退|没长退|没效果退|[0-9一二两三四五六七八九十几]+(?:到[0-9一二两三四五六七八九十]+)?(?:公分|厘米|cm|个罩杯|度)/;
/** The claim kept within what the goods can say, or sent to a doctor (因人而异, 不能承诺, 遗传决定, 遵医嘱). */
const BODY_CLAIM_KEPT_69 = /因人而异|不能承诺|不承诺|无法承诺|不保证|没法保证|不能保证|遗传|不能代替|不能替代|不是药|遵医嘱|咨询医生|就医|去医院|看医生|不能治/;
/** A height, a bust, grey hair, a scar, intelligence or a virus said to change with the goods — not shoes, insoles, a bra's cut or a hair dye. */
const BODY_NOT_GOODS_69 = /鞋|鞋垫|垫|文胸|内衣|胸贴|聚拢|视觉|显(?:高|大|瘦)|穿上|染|遮盖|盖白|一次性|洗掉|假发|发片|智商税/;
const BODY_CHANGE_CUES_69: Cue[] = [
  {
    // Class: a body change no food, supplement or cosmetic may promise (增高素…保证长高5到8厘米; 钙片…一个暑假窜了十公分; 丰胸霜…升一个罩杯,
    // 不反弹; 白发转黑丸…满头白发都能变黑; 面膜…痘印疤痕全部消掉; 奶粉…喝了的孩子都比别人聪明). Not shoes or a bra's look, not a dye, nor the
    // claim kept within bounds (身高主要由遗传决定，我们不能承诺长高).
    words: ['长高', '增高', '窜了', '蹿了', '窜高', '蹿高', '长个', '丰胸', '罩杯', '白发', '白头发', '转黑', '变黑', '疤痕', '痘印', '痘坑', '妊娠纹', '智商', '变聪明', '更聪明', '比别人聪明'],
    severity: 'block',
    message: '宣称食品、保健品或化妆品能改变身高、胸围、白发、疤痕或智力，属于虚假的功效宣传（规则 2.7）',
    window: 30,
    sentence: [COURSE_69, new RegExp(`${PROMISED_69.source}|提高|升|变|长出|消掉|消失|没了|都能`)],
    notSentence: [WARNING, BODY_CLAIM_KEPT_69, BODY_NOT_GOODS_69, T60A_CLAIM_TOLD_APART],
    deniable: false,
    asked: true,
  },
  {
    // Class: an illness said to stop hurting, to return to normal or its marker to fall with the goods (痛风发作…一杯就不疼了，尿酸也降; 前列腺…
    // 不尿频，性功能也恢复了; 心脏搭桥的老人都能恢复正常). The outcomes the cure class (T60A_OUTCOME) has no word for.
    words: [...T60A_ILLNESS_WORDS, '搭桥', '放过支架', '性功能'],
    severity: 'block',
    message: '宣称商品能让疾病症状消失或身体恢复正常，属于虚假的疗效宣传（规则 2.7）',
    sentence: [/恢复(?:正常|如初|了|到)|(?:就|都|也|马上)?不(?:疼|痛|尿频|发作|犯)了|(?:尿酸|血压|血糖|血脂)(?:也|就)?(?:降|正常)/, T60A_GOODS_USED],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, T60A_CLAIM_TOLD_APART, BODY_CLAIM_KEPT_69],
    deniable: false,
    asked: true,
  },
  {
    // Class: the goods said to beat a vaccine (比疫苗还管用, 不用打疫苗了) — a public-health claim no product may make.
    words: ['比疫苗', '不用打疫苗', '代替疫苗', '替代疫苗', '顶得上疫苗'],
    severity: 'block',
    message: '宣称商品比疫苗更能防病，属于虚假的疗效宣传（规则 2.7）',
    notSentence: [WARNING, BODY_CLAIM_KEPT_69],
  },
];
/** A scheme's pay by levels or by the head (每层都返, 返七层, 一个人头奖励500, 他们交的钱一半归你). */
const SCHEME_LEVEL_PAY_69 = /返利|返佣|返现|返|提成|分成|抽成|分红|奖励|奖金|佣金|归(?:你|您)|给(?:你|您)|[0-9]+(?:元|块|%)/;
const SCHEME_RECRUIT_69 = /推荐|拉|发展|邀请|介绍|加入|入会|会费|会员|下线|下级|新人|代理|人头|[一二三四]人?[带推][二三四八九]|裂变|(?:市场|资本)运作/;
/** A scheme refused in so many words (我们不做拉人头, 没有任何代理层级): narrower than REFUSAL_FRAME, which reads the scheme's own boast
 * 不卖货也能赚钱 as a sale refused. */
const SCHEME_REFUSED_69 = /不(?:做|搞|参与|收|招|发展)|没有(?:任何)?(?:代理|层级|下线|返利|分销)|拒绝/;
/** Someone else's records: a buyer, a customer, him or her, the person who complained, the buyer's spouse. */
const OTHERS_69 = /买家|客户|顾客|用户|别人|他人|他的?|她的?|某个人|那个人|其他|同行|老公|老婆|对象|(?:所有|全部)的?人/;
/** …handed over, sold, looked up or posted (导出给你, 转给你, 调出来, 截图给你, 发到群里). */
const RECORDS_HANDED_69 = /导出|转给|发给|发(?:你|您)|卖给|卖(?:你|您)|截图给|调出来|查出来|发到[^，。！？]{0,8}群|打包|辛苦费|[0-9]+条|一批|可以给/;
const RECORDS_KEPT_69 = /保密|不会(?:泄露|提供|外传|给|把|透露)|不能|不可以|无法|不会把|严禁|违法|不得|没有权限|(?:您|你)本人|(?:您|你)自己的|(?:您|你)的(?:收货|订单|手机|信息|地址|身份|购买)|订单页|订单详情/;
const RECORDS_CUES_69: Cue[] = [
  {
    // Class: other people's personal records handed over, looked up or posted (后台能看到所有买家的真实姓名，可以导出给你; 海淘客户的身份证号和照片…
    // 可以转给你; 投诉我们的买家叫什么住哪…发到群里; 你老公买了什么…截图给你). Not the buyer's own records, nor privacy promised.
    words: ['真实姓名', '身份证号', '身份证照片', '订单记录', '购买记录', '买过什么', '买了什么', '住哪', '住在哪', '收货信息', '客户名单', '客户信息', '买家信息'],
    severity: 'block',
    message: '向他人提供、查询或公开买家的个人信息，属于违法内容（规则 2.7）',
    window: 40,
    sentence: [OTHERS_69, RECORDS_HANDED_69],
    notSentence: [WARNING, RECORDS_KEPT_69],
  },
];
/** A drink with alcohol (not 酒店, 酒精棉, 料酒, a banquet or a chocolate). */
const ALCOHOL_DRINK_69 = /啤酒|红酒|白酒|洋酒|威士忌|伏特加|果酒|起泡酒|烈酒|酒类|鸡尾酒|米酒|清酒|葡萄酒|香槟(?!色|金|粉|银|玫瑰|蓝)|白兰地|朗姆|龙舌兰|梅酒|预调酒|(?:买|喝|卖|发)(?:点|瓶|些)?酒(?!店|精|心)|烟酒/;
// …nor the drink a flavour or a colour of other goods (朗姆酒口味的冰淇淋, 香槟色的书包).
const ALCOHOL_MINOR_LAWFUL_69 = /不得|禁止|不能|不可以|不卖|不售|年满|请确认|须|拒绝|违法|法律规定|不向|无酒精|不含酒精|0度|零度|满月酒|喜酒|酒心|料酒|口味|味的|风味|冰淇淋|雪糕|蛋糕|巧克力|糖果|色的/;
const MINOR_CUES_69: Cue[] = [
  {
    // Class: alcohol sold to a minor, the age check waived (未成年也能买酒，我们不查年龄; 学生党买酒打八折，不用验证身份证; 中学生聚会…方便藏书包里;
    // 十六岁可以喝这个起泡酒). Not the age rule told (未成年人不得购买酒类), nor a drink without alcohol.
    words: ['未成年', '没成年', '不满十八', '不满18', '未满十八', '未满18', '学生党', '中学生', '高中生', '初中生', '小学生', '小孩', '孩子', '十五岁', '十六岁', '十七岁', '15岁', '16岁', '17岁'],
    severity: 'block',
    message: '向未成年人销售酒类，属于违法内容（规则 2.7）',
    window: 30,
    sentence: [ALCOHOL_DRINK_69, /也能|也可以|可以喝|照样|不查|不验|不用验|不核对|不管|不会看|没关系|没事|放心|打[0-9一二三四五六七八九]折|小瓶|藏|偷偷|卖(?:给)?(?:了)?很多/],
    notSentence: [WARNING, ALCOHOL_MINOR_LAWFUL_69],
    deniable: false,
  },
];
/** A vape or its liquid named in English, by brand, or called something else (能量棒, 香氛笔, 口香笔). */
const VAPE_CUES_69: Cue[] = [
  {
    // Class: a vape offered under another name or in English, or its parcel labelled as something else (Elf Bar和Vuse都有现货，进口的vape; 雾化棒
    // 就是电子烟…快递写的是香薰; e-cig…外包装写充电宝; “口香笔”就是电子烟，隐蔽好藏). Not a refusal, a crackdown warned, nor quitting aids.
    words: ['vape', 'ecig', 'e-cig', 'elfbar', 'vuse', 'juul', '就是电子烟', '其实是电子烟', '实际是电子烟', '尼古丁'],
    severity: 'block',
    message: '以别名、英文或伪装包装销售电子烟，属于违规内容（规则 2.7）',
    window: 40,
    sentence: /现货|有货|都有|口味|齐全|写(?:的是|成)?|包装|隐蔽|好藏|换(?:了)?(?:个)?名字|学生|[0-9]+%|含量高|烟油|烟弹/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, TOBACCO_LAWFUL_62, /贴片|戒烟|尼古丁贴|口香糖/],
  },
];
/** The declared value set beside the real one (按两百块报，实际货值三千; 按每罐80块申报，实际价格您付我们就行). */
const DECLARED_VALUE_CUES_69: Cue[] = [
  {
    words: ['实际货值', '实际价格', '实际价值', '实际金额', '实际付', '实际卖', '实际是', '真实价格'],
    severity: 'block',
    message: '申报价低于实际货值以少交税款，属于违法内容（规则 2.7）',
    // Not the declaration stating the real value (报关单上写的是实际价格三百块).
    notBefore: /(?:写|报|填|申报|报关)(?:的是|的就是|的为|为)$/,
    window: 40,
    sentence: [/(?:按|报|写)[^，。！？]{0,6}[0-9一二两三四五六七八九十百千几]+(?:块|元|美元|刀|欧)/, /报|申报|报关|清关|税/],
    notSentence: [WARNING, DECLARED_TRUE_62],
  },
];
const SEX_CUES_69: Cue[] = [
  {
    // Class: private photos or chat company sold as a thrill (不露脸私照，很刺激; 陪聊服务，小姐姐可以视频，加钱可以更深入). Not the buyer's own
    // photos kept private, nor the service refused.
    words: ['私照', '裸照', '陪聊服务', '陪聊', '视频陪'],
    severity: 'block',
    message: '提供私照或陪聊等色情服务，属于色情内容（规则 2.7）',
    window: 30,
    sentence: /刺激|尺度|加钱|深入|不露脸|露脸|小姐姐|小妹|美女|私发|发(?:你|您)|裸|福利/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, SEX_LAWFUL_62, /(?:您|你)的(?:照片|私照)|泄露|保护|隐私/],
  },
];
// ---- end round 69 (eng27-69) ----
// ---- pyramid schemes (传销) and unlawful fund-raising (非法集资), gathered (round 69, eng27-69): every cue of the class in one place, in the
// order the rounds wrote them, each with its own notes (rounds 1–60 from the main list, 61, 62, 64, 69); their constants stay where they were
// written (SCHEME_CALLED_OUT_61, T60A_INCOME, T60A_SCHEME_PROMISE, SCHEME_LAWFUL_62, RECRUIT_PAY_64, SCHEME_LEVEL_PAY_69…). First in `framed`,
// so that a tie on one span (稳赚 read by a scheme cue and a gambling cue) keeps the message it had. Behaviour unchanged. ----
const SCHEME_CUES: Cue[] = [
  // Pyramid schemes and fraudulent investment
  {
    words: [
      '传销', '发展下线', '拉人头', '拉下线', '三级分润', '三级分销', '多级分销', '二级分润', '分润', '资金盘', '躺赚', '躺着赚', '躺着就能赚', '躺着赚钱', '人头费',
      '推荐一人返', '拉一个人奖励', '拉一人返', '团队越大', '被动收入', '静态收益', '动态收益', '零风险高回报', '保本高收益', '稳赚不亏', '只赚不亏', '原始股', '拉新返利', '下线消费',
    ],
    severity: 'block',
    message: '涉及传销或非法集资类内容',
    notSentence: [WARNING, SCHEME_CALLED_OUT_61],
  },
  {
    words: ['入会费', '入门费', '拉够', '下线', '拉人进来', '拉人', '投资项目', '理财项目', '高回报', '虚拟币', '数字货币', '区块链项目'],
    severity: 'block',
    message: '疑似传销或非法集资',
    sentence: /返利|返现|返佣|佣金|返你|返您|提成|奖励|赚|收益|回报|分润|升级|总代|层级|团队|入会|保本|翻倍|月入|拉人|再拉|分红|回本/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /已下线|停产|下架|售罄|品牌方/],
  },
  // Ponzi and pyramid talk: 日息1.5%本金随时提, 拉三个人就回本，下面的人再拉人你还有分红.
  {
    words: ['日息', '日利息', '日收益', '日化收益', '日返', '天天返', '理财盘', '投资盘', '海外盘', '本金随时提', '保本保息', '稳稳跑了'],
    severity: 'block',
    message: '涉及非法集资或投资骗局',
    sentence: /[0-9]%|百分之|本金|收益|理财|投资|提现|秒提|分红|回报|利息|返/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /贷款利率|分期|手续费|信用卡|花呗|积分/],
  },
  {
    words: ['下面的人', '下级', '就回本', '能回本', '拉三个人', '拉两个人', '拉五个人', '拉十个人', '拉几个人', '拉够', '拉满', '再拉人'],
    severity: 'block',
    message: '疑似传销或非法集资',
    sentence: /拉|回本|分红|返|提成|佣金|奖励|入会|交[0-9一二两三五十百千]|[0-9]+元|赚/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /拉链|拉杆|拉面|拉伸|拉力|快递|发货|配送|退货|退款/, SCHEME_CALLED_OUT_61],
  },
  // Pyramid schemes by recruitment and levels: 拉三个人进来就升金牌会员 / 每拉进一个会员奖励两百，层层都有提成 /
  // 做下级代理，你发展的人买货你拿分红 — not 拉您进粉丝群, 邀请好友领券.
  {
    words: ['每发展', '发展一个', '拉进', '拉一个', '拉两个', '拉三个', '拉五个', '拉十个', '拉几个', '拉满', '发展的人', '发展下级', '下级代理', '下级', '层层', '越往下', '上线', '下线'],
    severity: 'block',
    message: '疑似传销（拉人头、层级返利）',
    sentence: [/[0-9一二两三四五六七八九十几每]个?(?:人|会员|朋友|好友|代理)|人头|下线|下级|层层|越往下|发展|团队/, /返利|返现|返佣|佣金|提成|奖励|分润|分成|分红|升级|升[^]{0,2}(?:会员|代理|级)|拿钱|拿[0-9一二两三五六七八九十百千]+|躺赚|赚/],
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /已下线|停产|下架|售罄|品牌方|粉丝群|进群领|优惠券|群里/],
  },
  {
    // The reward as anchor: 介绍两个朋友来买就升级成钻石会员，他们买的你都有提成.
    words: ['提成', '分成', '分红', '返佣', '升级成'],
    severity: 'block',
    message: '疑似传销（拉人头、层级返利）',
    sentence: /[0-9一二两三四五六七八九十几每]个?(?:人|会员|朋友|好友)(?:来|进|加入|注册|下单)|下线|下级|发展[^]{0,3}(?:人|下级|会员)|拉人|人头|(?:他们|她们|朋友们?)买的/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /已下线|粉丝群|优惠券|平台活动/],
  },
  // Money doubled on a pooled stake: 每天投一百进我们的理财群，一个月保底翻倍.
  {
    words: ['保底翻倍', '保底收益', '保底回报', '保底利息', '稳赚', '包赚', '躺赚', '一个月翻倍', '月月翻倍', '本金翻倍'],
    severity: 'block',
    message: '疑似非法集资、资金盘',
    sentence: /投|理财|群|本金|入金|充|收益|回报|利息|翻倍|参与/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, /不是|没有|不存在|骗局|诈骗|谨慎|风险提示/],
  },
  // Round 36 (t36a): people recruited under the recruits, paid on (他们的拿货额您抽20%，他们下面的人您还能抽5%): a pyramid by its second tier.
  // Traps: 下面的人会联系您, 仓库下面的人抽检过了.
  {
    words: ['下面的人', '下面的代理', '下面的会员', '底下的人', '下下级', '下面的下面', '下一层', '下下层', '他们下面', '她们下面'],
    severity: 'block',
    message: '疑似传销（多层级提成）',
    window: 40,
    sentence: /抽(?:[0-9一二两三四五六七八九十几百]|成|佣|提)|提成|分成|返佣|返利|佣金|分润|[0-9]+%|百分之|个点|拿货额/,
    notSentence: [WARNING, /抽检|抽查|抽奖/],
  },
  {
    words: ['发展团队', '带团队', '做团队', '建团队', '组团队', '拉团队', '团队长', '发展会员', '发展代理', '发展下面', '招下线', '带下线', '入门费', '加盟费', '门槛费',
      '报单费', '启动资金', '入伙费', '会员费', '创业群', '创业团队'],
    severity: 'block',
    message: '以入门费或发展团队许诺收入，疑似传销（规则 2.7）',
    window: 40,
    sentence: [T60A_INCOME, T60A_SCHEME_PROMISE],
    notSentence: [WARNING, /不收(?:任何)?(?:费|钱|加盟费|入门费|会员费)|免(?:收)?(?:加盟费|入门费|会员费)|传销|骗局|诈骗|违法/],
  },
  {
    // A scheme's rank bought with a fee and paid on the downline (交2980升钻石，能拿下面两代的业绩).
    words: ['升钻石', '升到钻石', '升金卡', '升皇冠', '升董事', '升总代', '升合伙人', '升联创', '两代', '三代', '下两代', '下三代', '下面两代', '下面三代', '伞下', '团队业绩', '见点奖', '对碰', '拿业绩'],
    severity: 'block',
    message: '交费升级、按下线层级拿业绩提成，疑似传销（规则 2.7）',
    window: 40,
    sentence: [/交|缴|充|拿货|进货|入门|门槛|[0-9]+(?:元|块)?升|业绩|提成|分红/, T60A_INCOME],
    notSentence: [WARNING, /传销|骗局|不收(?:任何)?费|没有(?:任何)?(?:层级|代理|下级|下线)|不搞|第[0-9一二三四五六七八九十]+代(?:产品|机|款)|产品|升级版|迭代/],
  },
  {
    words: SCHEME_ENTRY_62,
    severity: 'block',
    message: '交费入会、靠拉人或层级返利赚钱，疑似传销（规则 2.7）',
    sentence: RE_62(SCHEME_PAY_62),
    notSentence: [WARNING, SCHEME_LAWFUL_62],
  },
  {
    words: SCHEME_JARGON_62,
    severity: 'block',
    message: '使用双轨、碰对、报单中心等传销术语招揽，疑似传销（规则 2.7）',
    sentence: /奖|收益|赚|挣|月入|名额|加入|做起来|提成|业绩|分红|模式|拿/,
    sentenceSkipsAnchor: true,
    notSentence: [WARNING, SCHEME_LAWFUL_62],
  },
  {
    // Class: a chain of tiers paid on recruits (一级经销商，再找两个二级，二级再找三级，您都有分成). Not a hospital grade, an energy label,
    // an exam, a wind force, nor a platform's own promotion.
    words: SCHEME_TIERS_64,
    severity: 'block',
    message: '按层级发展下线并分成，属于传销内容（规则 2.7）',
    window: 50,
    sentence: [/(?:一|二|两|三)级[^。！？]{0,24}?(?:二|三|四|五)级/, RECRUIT_PAY_64, /找|拉|发展|招|推荐|邀请|带/],
    notSentence: [WARNING, SCHEME_LAWFUL_62, TIER_EVERYDAY_64],
  },
  {
    // Class: people brought in by a head count for money (每天拉两个人入群，日入过千). Not a group buy, a coupon for inviting friends, nor
    // a haggle.
    words: RECRUIT_COUNTS_64,
    severity: 'block',
    message: '以拉人头数量许诺收入，属于传销内容（规则 2.7）',
    after: /^(?:人|朋友|好友|下线|会员|代理|新人|进来|入群|进群|加入)/,
    sentence: RECRUIT_PAY_64,
    notSentence: [WARNING, SCHEME_LAWFUL_62, /拼团|助力|砍价|邀请有礼|拉新有礼|优惠|券|积分|红包|免单/],
  },
  {
    // Class: pay on every level of recruits (只要推荐人加入，每层都给你返利，一共返七层; 再往下也有) and per head recruited (靠拉新人交会费，一个人头
    // 奖励500; 邀请三个新会员，他们交的钱有一半归你). Not a platform's own invite coupon, nor the scheme refused.
    words: ['每层', '每一层', '层都', '返七层', '返三层', '返五层', '返九层', '往下也有', '越往下越多', '一个人头', '每个人头', '一人头', '人头奖',
      '交的钱', '交的会费', '他们交的', '一带二', '二带四', '一人推三', '三人推九', '九九归一', '层层裂变'],
    severity: 'block',
    message: '按层级或人头发展下线并返利，属于传销内容（规则 2.7）',
    window: 40,
    sentence: [SCHEME_RECRUIT_69, new RegExp(`${SCHEME_LEVEL_PAY_69.source}|财富自由|发财|分红|坐等|躺`)],
    notSentence: [WARNING, SCHEME_LAWFUL_62, /拼团|助力|砍价|邀请有礼|拉新有礼|优惠券|积分/],
    refusal: SCHEME_REFUSED_69,
  },
  {
    // Class: a regional agency bought with stock or a fee, paid on the agents beneath it (先囤货一万块，拿到区域代理权，下面代理的进货你都有分成;
    // 区域代理费八万…下面的县级代理都归你管，他们的货款你抽成). Not an authorised dealer told, nor agencies refused.
    words: ['区域代理', '县级代理', '市级代理', '省级代理', '下面代理', '下面的县', '下面的市'],
    severity: 'block',
    message: '以代理费或囤货换取层级代理并从下级进货中抽成，属于传销内容（规则 2.7）',
    window: 50,
    sentence: [/囤货|拿货|进货|货款|代理费|代理权|[0-9一二两三四五六七八九十]+万/, /分成|抽成|提成|返利|返佣|分红|归(?:你|您)管/],
    notSentence: [WARNING, SCHEME_LAWFUL_62],
  },
  {
    // Class: a sum put in for a multiple back by a date (投入3万，两年后返你50万; 入股五千，一年翻三倍): an unlawful fund-raise dressed as a project.
    words: ['投入', '投资', '入股', '认购', '存入'],
    severity: 'block',
    message: '以高额返还许诺招揽投资，属于非法集资内容（规则 2.7）',
    window: 40,
    sentence: [/[0-9一二两三四五六七八九十百千万]+(?:万|元|块)/, /(?:后|年|月|天)(?:就|能)?(?:返|还|给|拿回)(?:你|您)?[0-9一二两三四五六七八九十百千万]+|翻[0-9一二两三四五六七八九十几]+倍|稳赚|保本|保息|名额有限/],
    notSentence: [WARNING, SCHEME_LAWFUL_62],
  },
];
const framed: Cue[] = [...SCHEME_CUES, ...cues, ...T45J_CUES, ...T46G_CUES, ...T47A_CUES, ...T47F_CUES, ...T48A_CUES, ...T48G_CUES, ...T49A_CUES, ...T53_CUES, ...T54B_CUES, ...T55_CURE_CUES, ...T55_RELABEL_CUES, ...T60A_CURE_CUES, ...T60A_RESTRICTED_CUES, ...T60A_CUSTOMS_CUES, ...T60A_SELLING_CUES, ...T61A_HEALTH_CUES, ...T61A_GOODS_CUES, ...T61A_CUSTOMS_CUES, ...T62A_CUES, ...T64_CUES, ...T66_CUES, ...T67_CUES, ...T68_CUES, ...BODY_CHANGE_CUES_69, ...RECORDS_CUES_69, ...MINOR_CUES_69, ...VAPE_CUES_69, ...DECLARED_VALUE_CUES_69, ...SEX_CUES_69].map((cue) => ({ ...cue, refusal: cue.refusal ?? REFUSAL_FRAME, refusalTurn: cue.refusalTurn ?? WAY_IN_AFTER }));

/** A gun emoji beside weapon-dealer talk: 🔫那种仿真度很高的也有，能打穿易拉罐 — not a water pistol. */
// Round 38 (t38f): …or the real thing's parts, the toy reading denied (🔫不是玩具，是真家伙的配件，懂的私聊).
const GUN_CONTEXT = /仿真|打穿|威力|射程|焦耳|钢珠|铅弹|子弹|(?<![没无])有货|私聊|私我|发图|实弹|能打|真枪|真家伙/;
const GUN_INNOCENT = /水枪|(?<!不是|并非|可不是|才不是|绝不是)玩具|儿童|泡泡|水弹|软弹|cos|道具|打水仗/;

function gunEmoji(ctx: LintContext, rule: RuleModule): void {
  const at = ctx.text.indexOf('🔫');
  if (at < 0) return;
  const starts = ctx.norm.compact.start;
  let k = 0;
  while (k < starts.length && starts[k]! < at) k++;
  const sentence = sentenceOf(ctx, k, k);
  if (!GUN_CONTEXT.test(sentence) || GUN_INNOCENT.test(sentence) || WARNING.test(sentence) || REFUSAL_FRAME.test(sentence)) return;
  ctx.report(rule, { start: at, end: at + 2, view: 'original', severity: 'block', message: '疑似售卖枪支（表情暗语）' });
}

/** Knives or a slot machine as emoji beside menace or deposit talk: 差评？🔪🔪🔪 你试试 / 推荐个🎰，首充100送100. */
const EMOJI_CUES = [
  { emoji: '🔪', context: /差评|试试|等着|小心|找你|上门|投诉|信不信|敢|弄死|捅|砍/, innocent: /刀具|菜刀|厨房|切|水果刀|牛排|刀架|磨刀/, message: '以刀具表情暴力恐吓' },
  // Round 15 (t15a): the snowflake as ice (要❄️吗？溜一口通宵不困) — not the cold, the season or a cooling product.
  { emoji: '❄', context: /溜|嗨|飞一|飘|通宵|不困|上头|纯度|一克|[0-9一二两三五十]+克|懂的|懂得|私聊|私我|来点|整点|要吗|要不要|(?<![没无])有货|货好/, innocent: /冬|雪|冷|凉|空调|冰箱|冰淇淋|冰激凌|冰爽|清凉|冰感|降温|圣诞|冰丝|凉感|防晒|夏|冷藏|冷冻|冰袋|冰镇|饮料|奶茶|咖啡|冰块|滑雪/, message: '疑似涉及毒品（表情暗语）' },
  // Round 18 (fa18dh): the pill as a party drug (💊一颗就嗨, 一小口就飘了💊) — not medicine taken as directed.
  { emoji: '💊', context: /飘|嗨|飞一|飞起|上头|蹦迪|通宵|不困|懂的|懂得|私聊|私我|来点|整点|(?<![没无])有货|货好|high/, innocent: /药店|药房|处方|医生|医嘱|药师|维生素|感冒|退烧|发烧|止痛|布洛芬|保健|钙|鱼油|叶黄素|说明书|用量|用法|每日|一日|饭后|饭前|复诊|过敏|疗程/, message: '疑似涉及毒品（表情暗语）' },
  // Round 25 (t25c): the adults-only sign beside media or a site offered (送你个站 全是片🔞, 资源私发🔞) — not the age notice on alcohol or vapes
  // (未满18岁禁止购买🔞).
  { emoji: '🔞', context: /小电影|片|视频|资源|福利|网站|网址|链接|站|合集|私发|私聊|懂的|懂得|老司机|发车|上车|lsp|尺度/, innocent: /未满|未成年|禁止|不得|不售|不卖|年满|年龄|酒|烟|电子烟|彩票|身份证|实名/, message: '疑似色情内容（表情暗语）' },
  // Round 67 (eng27-67): the cigarette as a vape or tobacco offered (🚬口味弹到了，拍“香薰补充液”那个链接; 我发您的就是🚬用的) — not a refusal.
  { emoji: '🚬', context: /口味|弹|一次性|[0-9一二三四五六七八九两千万]+口|链接|备注|拍|到了|(?<![没无])有货|现货|同款|私聊|尼古丁|主机|发(?:您|你)/, innocent: /不卖|不售|禁|戒烟|有害|未成年|违法|不要|请勿|不提供|不能/, message: '疑似售卖电子烟或烟草（表情暗语）' },
  // Round 69 (eng27-69): the syringe as a shot for the high (💉，打了很爽) and the herb rolled and smoked (🌿…卷着抽) — not a vaccine, a plant or tea.
  { emoji: '💉', context: /爽|嗨|飘|飞|上头|新人|优惠|来一针|一针|懂的|懂得|私聊|(?<![没无])有货/, innocent: /疫苗|医院|医生|胰岛素|护士|体检|献血|宝宝|接种|美容院|针头|采血/, message: '疑似毒品（表情暗语）' },
  { emoji: '🌿', context: /卷|抽|吸|嗨|飘|上头|货源|懂的|懂得|私聊|(?<![没无])有货/, innocent: /绿植|盆栽|植物|薄荷|茶|香草|清新|天然|草本|精油|中药|艾草|艾条/, message: '疑似毒品（表情暗语）' },
  { emoji: '🎰', context: /首充|充[0-9一二两三五十百千]+送|充值|日赚|赢|输了|提现|下注|网址|入口|注册(?:就)?送|平台|玩两把/, innocent: /游戏机|玩具|扭蛋|抽奖活动/, message: '疑似赌博内容（表情暗语）' },
] as const;

function emojiCues(ctx: LintContext, rule: RuleModule): void {
  for (const cue of EMOJI_CUES) {
    const at = ctx.text.indexOf(cue.emoji);
    if (at < 0) continue;
    const starts = ctx.norm.compact.start;
    let k = 0;
    while (k < starts.length && starts[k]! < at) k++;
    // The emoji often stands between two sentences (差评？🔪 你试试): read both sides.
    const around = ctx.before(k, 30, 'hard') + '\u0000' + sentenceOf(ctx, k, k) + (k > 0 ? sentenceOf(ctx, k - 1, k - 1) : '');
    if (!cue.context.test(around) || cue.innocent.test(around) || WARNING.test(around) || REFUSAL_FRAME.test(around)) continue;
    ctx.report(rule, { start: at, end: at + cue.emoji.length, view: 'original', severity: 'block', message: cue.message });
  }
}

/**
 * Round 69 (eng27-69): several drug emoji offered side by side (❄️🍃💊都有，要哪种直接说数量): one alone may be the weather, a leaf or a pill,
 * two kinds in a run beside a stock or an amount are a menu — not a refusal or a warning, nor emoji each heading its own goods.
 */
const DRUG_EMOJI_69 = ['❄', '🍃', '💊', '🌿', '💉', '🍄'] as const;
/** The emoji side by side, nothing but a variation selector, a space or a list mark between (not ❄️冰丝凉席💊药盒, each naming goods). */
const DRUG_EMOJI_RUN_69 = /(?:(?:❄|🍃|💊|🌿|💉|🍄)\uFE0F?[\s、,，/]*){2,}/u;
const DRUG_MENU_TRADE_69 = /都有|(?<![没无])有货|现货|要哪种|数量|价格|私聊|私我|几克|[0-9一二两三五十]+克|一包|懂的|懂得/;

function drugEmojiMenu(ctx: LintContext, rule: RuleModule): void {
  const run = DRUG_EMOJI_RUN_69.exec(ctx.text);
  if (!run) return;
  const kinds = new Set(DRUG_EMOJI_69.filter((e) => run[0].includes(e)));
  if (kinds.size < 2) return;
  const starts = ctx.norm.compact.start;
  let k = 0;
  while (k < starts.length && starts[k]! < run.index) k++;
  const sentence = sentenceOf(ctx, k, k);
  if (!DRUG_MENU_TRADE_69.test(sentence) || WARNING.test(sentence) || REFUSAL_FRAME.test(sentence)) return;
  ctx.report(rule, { start: run.index, end: run.index + run[0].trimEnd().length, view: 'original', severity: 'block', message: '疑似售卖毒品（多个表情暗语并列）' });
}

const rule = cueRule({
  // Words quoted from someone else (您提到收到一封“…起诉您”的邮件, 您提到的“违禁成分”, 您看到的“这家店卖高仿”的评论).
  skipOthersQuoted: true,
  // What happens in a film, a book or a game the reply tells (这部港片讲的是讨债公司泼油漆的故事; detect/mention.ts, round 11).
  skipDepicted: true,
  // Round 65 (engfa65): a class word inside its 非- compound names the class's complement (布洛芬是非处方药; detect/negated-compound.ts).
  skipNegatedCompound: true,
  pinyin: true,
  check: (ctx, self) => {
    leafEmoji(ctx, self);
    gunEmoji(ctx, self);
    emojiCues(ctx, self);
    drugEmojiMenu(ctx, self);
  },
  regexes: [LEAF_CONTEXT, LEAF_INNOCENT, GUN_CONTEXT, GUN_INNOCENT, REFUSAL_FRAME, DRUG_MENU_TRADE_69, ...EMOJI_CUES.flatMap((c) => [c.context, c.innocent])],
  meta: {
    id: 'illegal-content',
    clause: '2.7',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '违法违禁内容', en: 'Illegal or prohibited content' },
    description: {
      zh: '规则 2.7 禁止发送涉及反动、色情、赌博、毒品、传销、暴力等违法违禁内容。在商品里添加违禁成分、走私逃税、售卖枪支刀具、假证假发票等同样会被拦截；成人奶粉、裸妆、菠菜粉、不含激素、已下线等正常用语不算。',
      en: 'Rule 2.7 forbids illegal content: political agitation, pornography, gambling, drugs, pyramid schemes, violence; also banned additives, smuggling, weapons and fake documents. Ordinary words such as adult formula milk, nude makeup or spinach powder are fine.',
    },
    hint: { zh: '删除相关内容。客服沟通只涉及本店商品和订单。', en: 'Remove the content; keep to the shop\'s goods and orders.' },
  },
  cues: framed,
});

export default rule;
