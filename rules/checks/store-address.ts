// 2.3: physical store addresses — the shop's store, counter, warehouse or office with a street address,
// a location handed over with a street address (定位我发您：…一德路588号), or an invitation to come over
// (欢迎到店, 来店里看货, 仓库自提; a stall for a day: 周末市集我们也出摊…现场拿更便宜), or a location handed over by a landmark with the visit (地址我发您，过来取，就在…地铁站旁边). The buyer's own shipping address read
// back for confirmation, the bonded/overseas warehouse the parcel ships from, and the return address in
// an after-sales flow (退货地址…, where the platform's return-address tool belongs) are not invitations:
// they get no block or warn; nor does a thing sent to the place (帮您转发到仓库了, 退货件已到仓库), nor the shop
// named with no address and no ask to come (我们店欢迎所有顾客, 我们店就在您的城市但不支持到店自提).
// Round 8 (t8-283): a place located in a named town or mall with the buyer asked to come (仓库在东莞虎门镇，您自己开车来提;
// 专柜在万象城B1，报我名字打九五折), the buyer sent to fetch it at a street address (去铜锣湾我哋铺头拿，地址係怡和街28号);
// 我们店的直播间 is the online shop.
// Round 9: the shop's place located by a landmark the buyer can walk to (体验店在成都太古里旁边, 门店在银泰B座负一楼), and the buyer
// asked to come and take the goods on the spot (直接来…找我们，现货当场拿).
// Round 8 (fa8): the online shop's own channels (我们店的直播间每晚8点开播…欢迎来看), the greeting 欢迎来到我们店, things sent over
// (您把地址发过来，我备注给仓库) and goods arriving (月中发货，到我们仓库大概下旬) invite nobody.
// Round 12 (t12a): a shop front located by what it faces (铜锣湾崇光对面的門市), a signboard or a person to ask for with a spot to
// walk to (红色招牌‘港货之家’…东门步行街那块; 来了找阿玲就行), come + a located place + find someone there (来…步行街二楼找小美拿货).
// Round 12 (t12e): a floor and a stall number with no 号/室 (四季青三楼3018 过来拿货), the buyer sent there (可以去看).
// Round 11 (t11a): the place located before its noun (我们在杭州武林银泰B座负一楼有专柜，…过来试色; 老板在深圳东门有家实体店，路过进去看看).

import { defineRule } from '../define-rule';
import { matchesOf, phraseRegex, type LintContext } from '../context';
import { denied, sentence, Spans, warningContext } from '../detect/cues';
import { STORE_TERMS } from '../lexicon/third-party';
import { othersQuote } from '../detect/quoted';
import { GONE, LIVE, storeGone } from '../detect/store-gone';
import { TRANSIT } from '../detect/transit';
import { SOFT } from '../normalize';

// A street address: 区/县 + road, 路/街/大道 + 号, 号楼/栋/层/室, malls and markets.
// (round 12: …or an English street with its number: No. 88 Nathan Road)
// (round 30: …or a crossing of two named roads, or a named road's corner: 人民路和解放路路口, 解放路交叉口)
const ADDRESS = /(?<!ab)[a-z]{2,20}(?:road|street|avenue|boulevard)|[\u4e00-\u9fff]{1,8}(?:路|街|大道)(?:和|与|跟|、)[\u4e00-\u9fff]{1,8}(?:路|街|大道)|[\u4e00-\u9fff]{1,8}(?:路|街|大道)(?:路口|街口|交叉口|十字路口|交汇处|拐角|转角)|(?:省|市|区|县|镇|乡)[\u4e00-\u9fff]{0,10}(?:路|街|大道|巷|弄|道|村|园|城|广场|大厦|中心|市场|商场)|[\u4e00-\u9fff]{1,8}(?:路|街|大道|巷|弄)(?:\d|[一二三四五六七八九十]|$|[，,。有的]|那(?:家|间|栋|幢|个店|个门店))|\d+(?:号|栋|幢|座|楼|层|室|号楼|单元|档口|铺)|[一二三四五六七八九十负\d]+(?:楼|层)[a-z]?\d{2,5}(?![0-9元块件个条次天%])|(?:广场|大厦|商场|市场|商贸城|步行街|购物中心|写字楼|科技园|工业园|产业园)|(?:村口|路口|巷口|街口|门口|入口|大门口?)(?:进来|进去|往里走?|直走|右手边?|左手边?|右边|左边)?(?:数)?第[一二三四五六七八九十\d]+(?:家|间|个门面|个铺)/;
// (round 48, t48f: …or the way in from an entrance to the Nth door — 村口进来第二家, 巷口往里第三间: a spot to walk to)
// Round 46 (t46j): a day of the month is no street number (截止到本月31号23:59, 下月5号发货, 3月8号之前, 15号当天): 号 after a month or
// before a clock time or a deadline word (not 下午…: 镗钯街19号，下午一点后有人 is a door number, the comma gone in the compact text) — cut before ADDRESS reads 31号 as a house number.
const DATE_DAY = /(?:(?:[0-9一二三四五六七八九十]{1,2}|本|下|上|这个|下个|上个|当|每)月(?:的)?[0-9一二三四五六七八九十]{1,3}(?:号|日))|[0-9]{1,2}号(?=[0-9]{1,2}[:：][0-9]{2}|(?:之前|以前|截止|到期|当天|那天))/g;
// Round 46 (t46j): a visit the other way — someone goes to the buyer's door (回收商上门收, 师傅上门安装, 快递员上门取件): 上门 there invites
// nobody to our place; cut from what counts as an invitation.
const VISIT_TO_BUYER = /(?:商|师傅|快递员?|小哥|人员|骑手|他们|对方|公司)(?:会|可以|负责|直接|免费)*上门(?:收|取|回收|安装|服务|维修|测量|拆|取件|拉走)?|上门(?:回收|收旧|取件|取货|安装|维修|服务|测量)/g;
// Whose address: the buyer's (confirmation), the parcel's origin, or the return flow.
const NOT_INVITATION_WORDS = phraseRegex(['您的', '您填', '收货', '收件', '寄到您', '发往', '派送', '配送', '修改地址', '核对', '确认一下', '发出', '发货',
  '出库', '海外仓', '保税仓', '保税区', '退货', '寄回', '退回', '换货', '售后', '退换', '驿站', '快递柜', '菜鸟', '丰巢', '发货地址', '报关', '清关',
  // Round 31 (t31c): where an order went, and the buyer's address changed back (上一单送到的是…的公司地址，这次要不要改回家里).
  '送到的', '寄到的', '发到的', '派送到的', '改回']);
// Round 39 (t39o): 从 as the parcel's origin (从保税仓发, 从日本直邮) — not the start of a walk told to the buyer (从地铁站出来往北走200米, 从B口出站
// 右转, 从公交站下车往前走): a place then a way out or a direction, with no sending verb between.
const WALK_FROM = '(?:(?![发寄运邮])[^]){1,10}?(?:出来|出站|下车|出去|进去|进来|下来|上来)?(?:后|以后|之后)?(?:往|向|朝|沿|顺着|直走|一直走|右转|左转|右拐|左拐|过马路|过天桥|步行|走(?!货|私|账|快递|物流)|[0-9一二三四五六七八九十两百几]+米)';
const NOT_INVITATION = new RegExp(`${NOT_INVITATION_WORDS.source}|从(?!${WALK_FROM})`);
const SELF = /我们|我家|本店|咱们|咱家|我|公司|店里|店铺/;
// Round 47 (t47e): a thing turned over or around (翻过来看看, 倒过来, 反过来, 转过来): a directional complement of handling the goods, no visit.
const TURNED_OVER_BEFORE = /(?:翻|倒|反|转|扭|调|掉)(?:个面|一下)?$/;
const TURNED_OVER = /(?:翻|倒|反|转|扭|调|掉)(?:个面|一下)?过来|玩具|玩偶|用来(?=[\u4e00-\u9fff])/g;
// (…and 玩具, 用来: a toy is no "come and play", "used to" no "come" — 玩具卡…用来开门的，店里有备用卡卖)
// …or a referral at the counter (报我名字打九五折) and a pickup by car (开车来提).
const INVITE = phraseRegex(['欢迎', '过来', '去我们', '来店', '到店', '进店', '来拿', '来取', '来提', '开车来', '报我名字', '报我的名字', '提我名字', '说是我介绍', '来看', '来试', '自提', '上门', '现场', '当面', '亲自', '可以来', '来我们', '到我们',
  '拿货', '看货', '看样', '体验', '选购', '逛逛', '提货', '坐坐', '玩',
  // (round 30: a visit in passing — 路过常来逛, 顺路进来看看)
  '来逛', '路过进来', '路过来', '顺路来', '顺路过来', '顺道来', '进来看看']);
// A physical place of the shop vs the online shop (店铺, 直播间, 主页 are on Kuaishou).
const PHYSICAL = /实体店|门店|线下店|线下仓|线下铺|线下提货点|线下自提点|仓库|工作室|公司|档口|店面|专卖店|体验店|展厅|店里|铺子|工厂|厂里|厂房/;
// (round 22, t22cb: 店里上架的商品 — a listing is online)
const ONLINE = /店铺|直播间|链接|快手|app|页面|主页|小黄车|橱窗|关注|上架|下架|在售/;
// A street address precise enough to walk to: a road and a number, or a district and a road or a building.
const STREET = /(?:路|街|大道|巷|弄|道)\d+号|(?:市|区|县)[\u4e00-\u9fff\d]{0,10}(?:路|街|大道|巷|弄|大厦|广场|市场|商场|批发城|商贸城)/;
// …or a landmark to walk to: 店就在徐家汇地铁站旁边, 万达广场对面.
// (round 30, t30a: …or the way from an exit — 南京西路地铁站2号口出来右手边, 地铁站b口出来直走)
// (round 39, t39i: …or a lettered or numbered metro exit — 江汉路地铁C口旁边, 地铁2号口对面)
const LANDMARK = /(?:地铁站|地铁口|地铁[a-z]\d?口|地铁\d+号口|公交站|火车站|高铁站|商场|广场|大厦|医院|学校|小区|路口|号线)(?:\d*号口|[a-z]\d?口|[a-z]出口|[东南西北]口)?(?:出来|出站)?(?:旁边|对面|附近|楼上|楼下|出口|边上|后面|斜对面|右手边|左手边|右边|左边|右拐|左拐|右转|左转|直走|往前)/;
// A located shop by a landmark (round 9): 在成都太古里旁边, 在银泰B座负一楼, 在万达三楼 — a spot to walk to, no street number needed.
const WALKABLE = /^(?:就)?在[\u4e00-\u9fffa-z0-9]{2,12}?(?:旁边|对面|斜对面|附近|隔壁|楼上|楼下|里面|边上|后面|负一楼|负二楼|地下一层|[0-9一二三四五六七八九]+(?:楼|层)|[a-z]座|[a-z][0-9]+)/;
// Where the parcel is, not the shop: 物流位置更新到…分拨中心.
const PARCEL = /物流|快递|包裹|分拨|中转|转运|派件|网点|运输/;
const SELF_PLACE = /(?:我们|我家|本店|咱们|咱家|店铺|店里|门店|档口|仓库|工作室|公司|我)(?:这边|那边)?的?$/;
// The buyer's address being changed or checked: 麻烦您把地址改成…, 系统显示的地址是…您看对不对.
const BUYER_SIDE = /改成|改为|更新|修改|备注|核对|系统|显示|对不对|对吗|是否|确认/;
/** The buyer changing the delivery address to the place named next (see check()). */
const BUYER_CHANGES_TO = /(?:您|你)[^，。！？]{0,8}(?:改成|改为|改到|换成|换到|填成|写成|填的是|填了|要寄到|要送到)(?:了)?(?:您|你)?(?:的)?$/;
// 直接来春熙路我们店拿: come to a named street or mall (the directive, with the shop's own place as the hit).
// 寄到我们仓库, 发到我们公司: goods or papers sent to us, not the buyer coming over.
// (…and 发过来, 拍过来: a message or a photo sent over, round 8)
// (round 30: …or sent 来 us — 送来我们店里的售后地址, 邮来我们公司, 寄来我们仓库)
const SENT_TO_US = /[发寄退转送传交邮运]到我们|[发寄退送邮运]来我们|[发寄传拍转送递截邮]过来/g;
// The online shop's own channel named with the shop: 我们店的直播间, 本店的橱窗 (round 8).
const OWN_CHANNEL_AFTER = /^的?(?:直播间|直播|店铺|主页|橱窗|小黄车|链接|快手号|账号|粉丝群|会员)/;
// A greeting to the online shop: 欢迎来到我们店, 欢迎光临本店 (round 8).
const GREETING = /欢迎(?:光临|来到|莅临|进入|进)(?:我们|本|我家|咱们|咱家|小)?(?:店|店铺)/g;
// A visit asked for besides the anchor itself (到我们仓库 alone may be goods arriving there).
const VISIT = /来|过来|自提|提货|拿货|看货|取货|到店|上门|当面|现场|欢迎|直接|可以|随时/;
const VISITOR_BEFORE = /(?:您|你|亲|大家|可以|直接|欢迎|随时|请)$/;
const COME_TO_PLACE = /(?:直接来|直接到|直接去|来|过来)[\u4e00-\u9fff]{2,6}?(?:路|街|广场|大厦|商场|市场|商城)/;
// A thing moved to the place (a message, a parcel, a return), so 到仓库 is no visit.
const SENT_THERE = /(?:转发|转交|转达|反馈|同步|提交|上报|汇报|报|交|递|传|转|发|寄|送|邮|退|返|运|调|拨|已|已经|货|件|包裹|快递|退货)$/;
// A visit refused or waved off: 不支持到店自提, 暂不接受上门自提, 不能来取货 (the words after it invite nobody).
// (round 30, t30a: …or closed to the public — 不对外开放自提, 谢绝到店)
const REFUSED_VISIT = /(?:不支持|不接受|不提供|不能|不可以|无法|暂不|没有|不对外开放|不对外|不开放|谢绝|不用|不需要|不必)(?:[\u4e00-\u9fff]{0,2}?)(?:到店|来店|上门|自提|过来|来|到|去)[\u4e00-\u9fff]{0,4}/g;
// Round 46 (t46i): a home visit named as the topic then denied (上门擦鞋我们没有这个服务, 也不方便去您家): the agent going to the buyer, refused — no
// invitation to our place. Stripped from the sentence before an invitation is looked for.
const REFUSED_HOME_VISIT = /上门[\u4e00-\u9fff]{0,4}?(?:我们|本店|这边|店里|咱们)?(?:暂时|目前|是|都|也)?(?:没有|不提供|不做|不接)(?:这个|这项|这类|此)?(?:服务|业务)?|(?:不方便|不便|没法|不能)(?:上门|去(?:您|你)(?:家|那))/g;
// Come to the online shop: 欢迎大家来快手直播间逛逛, 来店铺看看.
const ONLINE_VISIT = /(?:来|到|进|逛)[\u4e00-\u9fff]{0,3}?(?:店铺|直播间|快手|主页|橱窗|小黄车)[\u4e00-\u9fff]{0,3}/g;
// The buyer asked to come over (not 欢迎 alone, which also greets and thanks).
const COME = /来|到店|自提|过来|当面|现场|光临|上门|报我(?:的)?名字|提我名字/;
/** Round 35 (t35f): an inspector, an official or a brand's staff at our place (抽检员在我们仓库, 品牌方的人来我们工厂): the subject of the visit. */
const OTHERS_AT = /(?:检员|质检|抽检|检测|老师|检查员|稽查员|审核员|验货员|督导|工作人员|人员|专员|海关|关员|官方|平台|品牌方|厂家|机构|部门|记者|客户代表|第三方)(?:的人|们)?(?:已经|之前|上周|上个月|昨天|今天|前天|刚|刚刚|都|也|还|亲自|专门|特意)*(?:在|到|来|来到|进|进了|去了?)(?:了)?(?:我们|我家|本店|咱们|咱家|店里|公司|我们的|咱们的)?(?:的)?$/;
const OTHERS_SUBJECT = /(?:检员|质检|抽检|检测|老师|检查员|稽查员|审核员|验货员|督导|工作人员|人员|专员|海关|关员|官方|平台|品牌方|厂家|机构|部门|记者|客户代表|第三方)(?:的人|们)?(?:已经|之前|上周|上个月|昨天|今天|前天|刚|刚刚|都|也|还|亲自|专门|特意)*$/;
const BUYER_COMES = /(?:您|你|亲|大家)(?:也|都|随时|可以|如果|要是)*[^，。！？]{0,4}(?:来|过来|到店|自提|上门|当面)/;
const LOCATED_BEFORE = /(?:我们|我家|本店|咱们|咱家|我|老板)(?:在|于)[\u4e00-\u9fffa-z0-9]{2,16}?(?:有|开了|开有|设有|还有|开)(?:个|一个|家|一家|间|一间|自己的)?$/;
// The buyer going there: 过来, 来店, 进去看看, 路过, 顺路 (round 11).
/**
 * Round 40 (t40n): a counter in a named mall with its floor (上海静安嘉里中心B1我们的柜台, 万象汇三楼我家专柜): a venue name, then a basement
 * or mall level (B1, L2) or a numbered floor — a spot to walk to. Not a vitamin (维生素B1): a venue word must close the name first.
 */
const MALL_FLOOR = /(?:[\u4e00-\u9fff]{2,10}(?:中心|广场|商场|百货|天地|城|汇|荟|港|mall|奥莱|商厦|大楼)|银泰|万达|大悦城|来福士|太古里|天街|吾悦|恒隆|ifs)(?:[东南西北中][区座馆]|[a-z][区座馆])?(?:[bl]\d{1,2}|负?[一二三四五六七八九\d]+(?:楼|层))/;
// (round 42, t42f: …or with its town or district between, told by 那个 — 来我们深圳东门那个柜台; no verb of sending or advising there)
const OUR_COUNTER_BEFORE = /(?:我们|我家|本店|咱们|咱家|我|小店|我们店)(?:这边|那边|自己|自家)?(?:的|家|家的)?(?:在)?(?:(?:(?!去|到|建议|推荐|让|请|说|问|买|您|你|寄|发)[\u4e00-\u9fff]){2,6}?(?:那个|那家|这个|的))?$/;
/**
 * Round 41 (t41e): a word to say at our place for a better price (报暗号“快手老客”按出厂价拿, 报快手昵称直接打九折, 报口令便宜20): an offline deal
 * arranged, once our place is located. Not a code said in the live room or typed at checkout (直播间报暗号领券, 下单备注口令) — ONLINE decides.
 */
const PASSWORD_DEAL = /(?:报|提|说|出示)(?:一下|下)?(?:暗号|口令|(?:快手)?(?:昵称|id|用户名|账号名)|我(?:的)?名字)[^。！？]{0,14}?(?:[0-9一二三四五六七八九]折|打折|便宜|优惠|出厂价|成本价|内部价|批发价|拿货价|员工价|减|免单|送)/;
/** Round 41 (t41m): a visit told by its arrival, by what the buyer can do on the spot, or by a word to say there for a gift. */
const VISIT_TOLD = /(?<![寄发送邮退运转传交回])来(?:的话|了(?:以后|之后)?(?:直接|就|报|说|找))|现场(?:新款|样品|都|也|就)?(?:能|可以)?(?:看|摸|试|体验|挑|选|买|拿)|(?:报|说)(?:一下|一声)?[“"「『'‘][^”"」』'’]{1,12}[”"」』'’](?:就)?(?:有|送|领|拿)(?:礼品|礼物|小礼|赠品|伴手礼)/;
const GO_THERE = /过来|来|进去|路过|顺路|到店|现场|当面|自提|上门|报我|提我|(?:拿|去|送|走)过去/;
// Round 12 (t12a): a spot located by what it faces or neighbours (铜锣湾崇光对面, 万达对面, 东门步行街那块, 二楼): a place to walk to
// when a shop front, a signboard or a person to ask for goes with it.
/** Round 39 (t39i): a venue of the shop's after 来我们 (射箭馆, 工作室, 门店, 训练基地, 俱乐部, 影棚) — the online shop's channels aside. */
const VENUE_AFTER = /^(?:的)?(?:[\u4e00-\u9fff]{0,3}?(?:馆|工作室|门店|实体店|体验店|展厅|基地|俱乐部|会所|影棚|棚|道场|训练场|练习场|场馆|射箭场|店(?!铺))|[^，。]{0,8}?那家)/;
/** Round 42 (t42f): …or a venue of ours told by the road it is on (来我们闵行七莘路那边的室内模拟器馆, 到我们文三路的工作室): a road named, then the venue. */
const VENUE_ON_ROAD = /^(?:的)?(?:(?!直播|店铺|链接|主页|橱窗|快手|平台)[\u4e00-\u9fff]){1,7}?(?:路|街|大道)(?:那边|这边|那里|这里|附近|旁边|边上|上)?的?[\u4e00-\u9fff]{0,6}?(?:馆|工作室|门店|实体店|体验店|展厅|基地|俱乐部|会所|影棚|道场|训练场|练习场|场馆|琴房|画室|工坊|茶室|舞室|录音棚|教室|店(?!铺))/;
const PLACE_REL = /[\u4e00-\u9fffa-z0-9]{2,10}(?:对面|斜对面|旁边|隔壁|楼上|楼下|门口|附近|那块|那一块|那片|一带)|[一二三四五六七八九负\d]+(?:楼|层)(?!的?(?:东西|货))|步行街|商业街|美食街|地铁[a-z0-9]*口/;
const NOT_SIGN = /^(?:款|产品|菜|商品|单品|货|爆款|好物|系列|色号|口味|服务|项目|套餐|动作|笑容|表情|式)/;
// The buyer sent to a place to find a person there (你直接来观音桥步行街二楼找小美拿货): come + a place + find/ask someone + take.
const ARRIVE_FIND = /(?<![寄送发退运转邮])(?:来|过来)[\u4e00-\u9fffa-z0-9]{0,16}?(?:我们|我家|咱家|咱们|本店)?(?:的)?(?:仓库|店里|门店|实体店|公司|工厂|厂里|办公室|档口|工作室|展厅)[^。！？!?]{0,12}?到了(?:以后|之后)?[^。！？!?]{0,8}?找[\u4e00-\u9fff]/g;
const SENT_THERE_GOODS = /寄|退货|退回|包裹|快递|发货|运|邮/;
/** Round 45 (t45g): a parcel pickup point (驿站, 快递柜, 代收点): the buyer fetches their parcel there, nothing is sold. */
const COURIER_POINT = /驿站|快递柜|丰巢|菜鸟|代收点|快递点|取件点|自提柜|智能柜|收发室|传达室/;
/** Round 65 (engfa65): …or a carrier's own branch (顺丰只能到县城网点自提): the parcel waits at the carrier's, not at a place of ours. */
const CARRIER_BRANCH = /(?:快递|物流|顺丰|圆通|中通|申通|韵达|邮政|ems|京东|极兔|德邦|百世|跨越)[^，。！？]{0,8}?(?:网点|营业点|营业部|营业厅|站点|服务点)/;
/**
 * Round 65 (engfa65): 店里 as the online shop whose agent the buyer comes back to (下次想买直接来店里找我就行，我还是这个客服): the agent or a
 * purchase named, no place, way there or visit word beside it.
 */
const AGENT_OR_ORDER = /客服|想买|下单|拍下|回购/;
const VISIT_WORD = /实体|线下|门店|仓库|自提|地址|看货|试穿|试戴|试用|拿货|取货|提货|当面|现场/;
const COME_FIND = /(?:来|过来|到|去)(?:[\u4e00-\u9fffa-z0-9]{2,14}?)(?:找|问)[\u4e00-\u9fffa-z]{1,4}?(?:拿货|拿|取货|取|提货|买|看货|挑|试|就行|就好|就可以)/g;
/** Round 30 (t30a): the buyer coming to take the goods (您来了直接拿, 过来就能提), and the courier waved off (不用等快递). */
/** Round 39 (t39o): the buyer to ring or call the agent on arrival (到了给我打电话, 到了喊我, 到楼下联系我) — the buyer coming, not a parcel (给您). */
const ARRIVED_CALL = /到了(?:以后|之后|后)?(?:直接)?(?:给我|跟我|和我)(?:打(?:个)?电话|打个?招呼|说一声|发(?:个)?消息)|到了(?:以后|之后|后)?(?:直接)?(?:喊我|叫我|联系我|打给我|call我|微我)/;
const COME_TAKE = /来了?(?:直接|就|就能|就可以|随时|当场)?(?:拿|取|提|带走)|过来(?:直接|就|就能)?(?:拿|取|提|带走)/;
// (round 45, t45i: …or not wanted — 不想等快递的话, 懒得等物流)
const PARCEL_WAIVED = /(?:不用|不必|无需|省得|免得|省了|不想|不愿意?|懒得|等不及)(?:再)?(?:等|寄|发|走)?(?:快递|物流)(?:费)?/g;
/** Round 39 (t39n): the door closed to visitors (不对外开放，只发快递; 不接待到访): a place located by a landmark then invites nobody. */
const CLOSED_DOOR = /不对外|不开放|不接待|谢绝(?:到店|来访|参观|自提|上门)|不接受(?:到店|来访|参观|自提|上门)|不支持(?:到店|来访|参观|自提|上门)|暂停营业|停业|(?:只|仅|只能)(?:发|走)快递|只做线上|只接线上/;
const CLOSED = /不对外|不开放|暂停|暂未|未开通|不开通|没开通|关闭|没有|不支持|无法|不提供|取消了|停业|装修|不公开/;
/**
 * Round 39 (t39l): …or a closed place opened by the referral (工厂不对外开放，但您报我名字就能进; 说是我朋友门卫会放你进去; 报我个名就入得):
 * the visit arranged around the closed door. Not a group, a stage of a process or a live room joined (报我名字就能进群, 进入售后流程).
 */
/**
 * Round 31 (t31b): what the buyer is to say on arrival — our name given at the door (报店名过来直接带走), a word for the building's guard
 * (跟楼下保安说找老陈), or who they are said to be upstairs (上楼说是这边下单的客人): a visit arranged, whatever the place is called.
 * Not a parcel or a courier at the buyer's own gate (快递到了跟门卫说放门卫室), nor a code said in the live room (报暗号领券).
 */
const DOOR_WORD = /(?:报|提)(?:一下|下)?(?:我们|咱们|咱家|本店|我)?(?:的)?(?:店名|名字|暗号|口令|名号)(?:就)?(?:过来|来|上楼|上去|进去|进门|到店|直接(?:带走|拿|取|提|进)|带走|拿走|取走|提走)|(?:跟|和|对|找)(?:楼下|门口|大堂|一楼|楼里|大门口?|园区)?(?:的)?(?:保安|门卫|门岗|前台|物业)(?:大爷|师傅|小哥|小姐姐)?(?:说|讲|报)(?:一声|一下)?[^，。！？]{0,4}?(?:找|是|来|要|取|拿|修|买|订)|(?:上楼|进门|进去|到门口|到楼下)(?:以后|之后|后)?(?:就|直接)?(?:说|报)(?:一声|一下)?(?:是|找)[^，。！？]{0,10}?(?:客人|顾客|买家|下单|订的|买的|朋友|介绍|师傅|老板|[\u4e00-\u9fff]{1,3}(?:修|拿|取))|(?:报|提|说)(?:一下|下|一声)?(?:是)?(?:我|我们|本店|我哋)(?:的|嘅|个)?(?:名字|名|朋友|客人|介绍的?|亲戚|熟人)(?:的|嘅)?(?:就|都)?(?:门卫|保安|门岗|前台|看门的?|大爷|师傅|佢哋|佢|他们|他)?(?:就|都)?(?:能|可以|可|会)?(?:直接)?(?:放(?:您|你)?(?:进|入|行)|让(?:您|你)进|带(?:您|你)进|进(?!行|度|一步|展|货|价|入(?:售后|流程|系统)|[^，。！？]{0,6}?(?:群|直播|店铺|主页|链接|页面|会员|小程序|后台|系统))|入得|入去|入嚟)/g;
const DOOR_PARCEL = /快递|包裹|派送|派件|外卖|骑手|签收|代收|寄存|放在|放到|放门|丰巢|驿站|直播间|链接|领券|(?:您|你)(?:家|的|们)?(?:小区|楼下|公司|单位)/;

/**
 * Round 37 (t37b): a place handed over where the buyer is sent — ours located by its street or by the walk from a station with the buyer
 * asked over (我哋喺尖沙咀加连威老道 地铁B1出口行两分钟 嚟到报单号就得), or an acquaintance's located spot with our name as the referral
 * (我朋友在华强北赛格广场三楼 报我名字给你便宜; 我表姐在国贸地下一层开了家店，报我名字能免费试): an offline sale either way. Not a place with
 * nobody sent there (我朋友在商场三楼专柜买过), nor where the goods ship from (我们在杭州西湖区文三路，发顺丰).
 */
const SELF_AT = /(?:我们|我哋|咱们|咱家|我家|本店|我们店|我哋铺头?)(?:就|现在|目前)?(?:在|喺)(?=[\u4e00-\u9fffa-z0-9]{2})/g;
const ACQUAINTANCE_AT = /(?:我|我们|我哋)(?:的|嘅)?(?:朋友|表姐|表哥|表妹|表弟|堂姐|堂哥|堂妹|堂弟|姐姐|哥哥|妹妹|弟弟|亲戚|老乡|同学|哥们|闺蜜|发小|熟人|老同学|老朋友|同事|舅舅|姑姑|小姨|阿姨|叔叔|嫂子|姐夫|家人|家里人)(?:家)?(?:就|现在|也|正好)?(?:在|喺)(?=[\u4e00-\u9fffa-z0-9]{2})/g;
/**
 * Round 41 (t41l): a partner's stall located by its address, with our name as the referral (您把手柄寄给我们合作的师傅，他在深圳华强北赛格
 * 广场4楼4C18，寄过去报我们店名就行): a third party's place handed over, whether the buyer walks or posts the goods there.
 */
const PARTNER_AT = /(?:我们|我家|咱们|咱家|本店)?(?:的)?(?:合作的?|长期合作的?|认识的?|熟悉的?)(?:维修)?(?:师傅|老师傅|店|店铺|维修店|维修点|维修铺|修理铺|修理店|档口|老板|商家|工作室)(?:他|她|他们|她们)?(?:家)?(?:就|现在|也|正好)?(?:在|喺)(?=[\u4e00-\u9fffa-z0-9]{2})/g;
const STATION_WALK = /(?:地铁|站|出口|[a-z]\d?口|号口)[^，。！？]{0,6}?(?:走|行|步行)(?:路)?[一二两三四五六七八九十0-9几]+分钟/;
const COME_OVER = /过来|嚟|来了|来到|到了|来店|来拿|来取|来看|上来/;
const REFERRAL = /(?:报|提|说)(?:我|我的|我们|我们的|咱们|咱家|本店)(?:的|家)?(?:名字|名|店名|名号)|(?:报|提)(?:个|一下)?名字(?=[^，。！？]{0,4}(?:打|送|便宜|优惠|减|[一二三四五六七八九]折))|说是我(?:介绍|朋友)|(?:找|去|到|在)(?:她|他|佢)(?:那|那里|那儿|店里|铺头)|(?:她|他)那(?:里|儿)?(?:拿|买|试|看)/;
/**
 * Round 38 (t38d): a kind of place in the buyer's own area, named by no one's name (建议去本地水族市场现场挑, 您家附近的花鸟市场就能买到, 当地
 * 商场都有专柜): the buyer is pointed at a market where they live, not handed our address. Struck out before the address test — not when
 * it is ours (我们在本地商场三楼, 我们就在附近的市场).
 */
const GENERIC_PLACE = /(?:本地|当地|附近|就近|周边|周围|您那边|你那边|您那儿|你那儿|您那里|你那里|您当地|你当地|您家附近|你家附近|家附近|您所在的?城市|身边)(?:的)?(?:随便)?(?:哪个|哪家|任意|一家|一个|大一点的?|大点的?|正规的?)?[\u4e00-\u9fff]{0,4}?(?:市场|商场|购物中心|商贸城)/g;
const OURS_BEFORE = /(?:我们|我家|咱们|咱家|本店|我)(?:的|店|家|档口|门店|实体店|仓库|铺子|工作室|公司|摊位|就|也|都|现在)*(?:在|于|开在|设在)?(?:的)?$/;
const genericPlaceOut = (s: string): string =>
  s.includes('市场') || s.includes('商场') || s.includes('购物中心') || s.includes('商贸城')
    ? s.replace(GENERIC_PLACE, (m: string, off: number) => (OURS_BEFORE.test(s.slice(Math.max(0, off - 8), off)) ? m : ''))
    : s;
/**
 * Round 42 (t42f): the buyer told to post the goods to a street address for a service settled outside the order (您把琴寄到我们工作室：广州越秀区
 * 海印琴行街B座112，到了师傅会联系您报价，没法走平台下单; 把刀寄到“…星湖街328号3栋 刘师傅收”，磨好他会找您收钱): the address handed over for
 * an offline deal. Not a return or an exchange posted there, nor a repair paid through the platform (no such settlement told).
 */
const MAIL_TO = /(?:寄到|寄给|寄去|寄往|邮到|邮寄到|快递到|发到|送到)/g;
const OFF_ORDER_SETTLED = /(?:找|跟|向|和)(?:您|你)(?:收|要)(?:钱|费|款|费用|工钱|手工费)|(?:联系|找|跟|和|给)(?:您|你)(?:单独|另外|私下)?报价|(?:钱|费用|工钱|手工费|款)(?:直接|单独|另外|私下)?(?:给|付给|转给|结给)(?:他|她|师傅|老师傅|我们)|(?:直接|单独|私下)(?:付|给|转)(?:给)?(?:他|她|师傅)|(?:没法|不能|无法|不用|不必|别|不)(?:走|在|通过)平台(?:下单|拍|付|交易|售后)?|比(?:走|在)平台(?:售后|下单)?(?:快|便宜|省|划算)/;
const MAIL_RETURN = /退货|退回|寄回|退换|换货|退款|保修|质保/;
/**
 * Round 45 (t45e): someone sent to a located spot to find a person there and pay on the spot (让他去火车站对面那个眼镜店，找小周，钱在柜台
 * 交给我们; 去东门市场二楼找阿芳，现场付款比这里便宜): the sale moved offline, whatever the spot is called. Not a parcel, a courier point
 * or the platform's own staff.
 */
const COME_FIND_PAY = /(?:来|过来|到|去)([\u4e00-\u9fffa-z0-9]{2,16}?)(?:找|问)[\u4e00-\u9fffa-z]{1,4}?[^]{0,14}?(?:(?:钱|款|费用?)(?:直接|就)?(?:在|到)?[^]{0,6}?(?:交|付|给|结)|付钱|交钱|付款|结账|买单|比(?:在)?(?:这|这里|这边|网上|线上|平台|店铺|快手)(?:买|拍|下单)?(?:还|更|要)?(?:便宜|划算|实惠))/g;
const FIND_PAY_NOT = /快手|直播间|店铺|平台|客服|主页|订单|驿站|快递柜|丰巢|菜鸟|医院|银行|营业厅|售后网点|维修点|官方/;
/**
 * Round 45 (t45e): a spot located by a landmark, a word for the buyer to say there (说是老客, 报快手来的) and a price on the spot (现场打七折):
 * an offline sale arranged, whoever's counter it is. Not a code said in the live room or typed at checkout (ONLINE decides).
 */
const SAY_THERE_DEAL = /(?:报|提|说|出示)(?:一下|下|一声)?(?:自己)?(?:是)?(?:老客|老顾客|老客户|熟客|回头客|老粉|粉丝|快手(?:来的|过来的|粉丝|老粉|买家|客人)|我介绍的?|朋友介绍的?|暗号|口令)[^]{0,14}?(?:[0-9一二三四五六七八九]折|打折|便宜|优惠|出厂价|成本价|内部价|批发价|拿货价|员工价|免单|减[0-9一二三四五六七八九十几]+)/g;
/** Round 45 (t45i): a word to say at our counter, quoted (报“快手来的”, 说“老客”): the visit arranged. */
const COUNTER_WORD_SAID = /(?:报|说|提)(?:一下|一声|一句)?[“"「『'‘][^”"」』'’]{1,12}[”"」』'’]/;
/** …not a code said in the live room or typed at checkout (直播间报“老粉”领券, 下单备注“快手来的”). */
const ONLINE_SAY = /直播间|下单|备注|领券|优惠券|链接|拍下|小程序/;
/**
 * Round 48 (t48f): a street address written in English (45 Chatham Rd South, 88 Nathan Road, 12 Queen's St) — folded view, spaces kept: a number, one
 * to three words, a street type. Read only after a pickup word in English (Pick-up 地址, pickup point), whose hit names our place to collect from.
 */
const EN_STREET = /(?<![a-z0-9])\d{1,5}[a-z]?,?\s+(?:[a-z'’]+\s+){1,3}(?:rd|road|st|street|ave|avenue|blvd|boulevard|lane|ln|drive|dr|way|terrace)(?![a-z])/;
const EN_PICKUP = /^(?:pickup|selfpickup|collection)/;
const rule = defineRule({
  meta: {
    id: 'store-address',
    clause: '2.3',
    severity: 'block',
    severities: ['block', 'warn', 'info'],
    title: { zh: '实体店地址或引导到店', en: 'Physical store address' },
    description: {
      zh: '门店、仓库等的具体地址，或邀请买家到店、自提、当面看货。买家收货地址、发货仓、退货地址不算。',
      en: 'A store or warehouse address, or inviting the buyer over. The buyer\'s own address, the shipping warehouse and the return address are fine.',
    },
    hint: { zh: '删除地址和到店邀请；商品请在平台下单配送。', en: 'Remove the address and the invitation; goods are ordered and shipped on the platform.' },
  },
  terms: STORE_TERMS,
  vocabulary: [COURIER_POINT.source, TRANSIT.source, CLOSED_DOOR.source, STATION_WALK.source, COME_OVER.source, REFERRAL.source, DOOR_WORD.source, DOOR_PARCEL.source, GONE.source, LIVE.source, PLACE_REL.source, COME_FIND.source, NOT_SIGN.source, LOCATED_BEFORE.source, STREET.source, PARCEL.source, SELF_PLACE.source, BUYER_SIDE.source, SENT_THERE.source],
  check(ctx, hits) {
    const taken = new Spans(ctx.compact.length);
    // Round 12 (t12a): come to a located place and find a person there (来观音桥步行街二楼找小美拿货).
    for (const m of ctx.compact.includes('找') || ctx.compact.includes('问') ? matchesOf(COME_FIND, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const place = m[0].slice(1);
      // (round 45, t45g: …nor a parcel collected at a pickup point — 去小区门口的菜鸟驿站找工作人员取件; COURIER_POINT)
      if (!(ADDRESS.test(place) || LANDMARK.test(place) || PLACE_REL.test(place)) || PARCEL.test(m[0]) || /快手|直播间|店铺|平台|客服|主页|订单/.test(m[0]) || COURIER_POINT.test(m[0]) || /^件|^(?:快递|包裹)/.test(ctx.after(end, 2))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : '发出实体店地址或邀请买家到店（引导线下交易）' });
    }
    // Round 45 (t45e): sent to a located spot to find a person and pay there (COME_FIND_PAY).
    for (const m of ctx.compact.includes('找') || ctx.compact.includes('问') ? matchesOf(COME_FIND_PAY, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      const place = m[1]!;
      if (taken.overlaps(start, end) || ctx.spansHardBreak(start, end) || !(ADDRESS.test(place) || LANDMARK.test(place) || PLACE_REL.test(place)) || PARCEL.test(m[0]) || FIND_PAY_NOT.test(m[0])) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : '让买家到线下地点找人当面付款（引导线下交易）' });
    }
    // Round 45 (t45e): a word to say at a located spot for a better price (SAY_THERE_DEAL), the spot told in the sentence or the one before.
    for (const m of /[说报提示]/.test(ctx.compact) ? matchesOf(SAY_THERE_DEAL, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end)) continue;
      const lead = ctx.compact.slice(Math.max(0, start - 50), start);
      const s = lead + m[0];
      // (the price granted by us on the spot — 现场给您打七折 — not a brand's member policy at its own counter: 品牌专柜说是会员可以打九折)
      const granted = /给(?:您|你)|帮(?:您|你)|现场|当场|直接/.test(m[0]);
      const rest = ctx.after(end, 30, 'hard');
      if (!granted || !(LANDMARK.test(s) || PLACE_REL.test(lead) || ADDRESS.test(lead) || MALL_FLOOR.test(s)) || ONLINE.test(lead) || PARCEL.test(s) || CLOSED_DOOR.test(s) || /下单|备注|领券|优惠券|链接|拍下|品牌|官方|会员政策|会员价/.test(s + rest)) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : '约买家到线下地点报暗号拿优惠（引导线下交易）' });
    }
    // Round 30 (t30d): come to our place, and whom to ask for on arrival (来南沙…我们仓库，到了跟门卫说找小何): a visit arranged,
    // the address or not. Not goods sent there (退货寄到我们仓库，到了我们找质检看).
    for (const m of ctx.compact.includes('到了') ? matchesOf(ARRIVE_FIND, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || SENT_THERE_GOODS.test(m[0]) || SENT_THERE_GOODS.test(ctx.before(start, 6, 'hard'))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : '发出实体店地址或邀请买家到店（引导线下交易）' });
    }
    // Round 31 (t31b): the word to say at the door (see DOOR_WORD).
    for (const m of /[说报提]/.test(ctx.compact) ? matchesOf(DOOR_WORD, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end) || DOOR_PARCEL.test(sentence(ctx, start, end, 30))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : '约买家到线下地点（到了报店名、跟保安说…），引导线下交易' });
    }
    // Round 37 (t37b): our place by its street or station walk with the buyer asked over; an acquaintance's spot with a referral (SELF_AT).
    for (const [re, acquaintance, partner] of [[SELF_AT, false, false], [ACQUAINTANCE_AT, true, false], [PARTNER_AT, true, true]] as const) {
      for (const m of /[在喺]/.test(ctx.compact) ? matchesOf(re, ctx.compact) : []) {
        const [start, end] = [m.index!, m.index! + m[0].length];
        if (taken.overlaps(start, end)) continue;
        const place = ctx.after(end, 40, 'hard');
        const further = place + ctx.after(Math.min(end + place.length + 1, ctx.compact.length), 30, 'hard');
        if (PARCEL.test(further) || NOT_INVITATION.test(place) || /快手(?!单|订单)|直播间|店铺|平台|主页|链接/.test(place)) continue;
        const located = acquaintance
          ? ADDRESS.test(place) || LANDMARK.test(place) || PLACE_REL.test(place) || STATION_WALK.test(place)
          : ADDRESS.test(place) || LANDMARK.test(place) || STATION_WALK.test(place);
        // (round 39, t39d: the arrival may come after a long walk told in the same sentence — …第三个路口右转那栋蓝色铁皮房就是，门口挂着店名，到了喊老陈)
        if (!located || !(acquaintance ? REFERRAL.test(further) : COME_OVER.test(place) || arrivalFurther(ctx, end))) continue;
        taken.add(start, end);
        const off = denied(ctx, start) || warningContext(ctx, start, end);
        ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到门店（否定语境）' : partner ? '发出合作方的线下地址并让买家报店名过去（第三方实体地址），引导线下交易' : acquaintance ? '把买家介绍到熟人的线下店（报我名字…），引导线下交易' : '发出实体店地址或邀请买家到店（引导线下交易）' });
      }
    }
    // Round 42 (t42f): goods posted to a street address for a deal outside the order (MAIL_TO).
    for (const m of /[寄邮发送]/.test(ctx.compact) ? matchesOf(MAIL_TO, ctx.compact) : []) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (taken.overlaps(start, end)) continue;
      const place = ctx.after(end, 30, 'hard');
      const reach = sentence(ctx, start, end, 40) + nextSentence(ctx, end);
      if (!STREET.test(place) || !/\d|[一二三四五六七八九十]号/.test(place) || !OFF_ORDER_SETTLED.test(reach) || MAIL_RETURN.test(ctx.before(start, 12, 'hard')) || /(?:您|你)(?:的|家)?$/.test(ctx.before(start, 3))) continue;
      taken.add(start, end);
      const off = denied(ctx, start) || warningContext(ctx, start, end);
      ctx.report(rule, { start, end, severity: off ? 'info' : 'block', message: off ? '提到地址（否定语境）' : '让买家把商品寄到线下地址、在订单外结算（引导线下交易）' });
    }
    if (hits.length === 0) return; // what follows judges hits
    const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const hit of sorted) {
      if (taken.overlaps(hit.start, hit.end)) continue;
      const s = sentence(ctx, hit.start, hit.end, 40);
      // (round 39, t39n: a transit time to our place — 到我们仓库大概要三天 — is no invitation: detect/transit.ts)
      const others = s.replace(hit.key, '').replace(TRANSIT, '');
      const address = ADDRESS.test(genericPlaceOut(s).replace(/[a-z]+\d+|\d+(?:罐|件|个|天|元|号链接)/g, '').replace(DATE_DAY, ''));
      const notInvite = NOT_INVITATION.test(s) && !/欢迎|过来|来店|到店|自提|上门|来拿|来取|当面|来我们|到我们|来门店|可以来|来仓库/.test(s.replace(SENT_TO_US, ''));
      if (notInvite || CLOSED.test(ctx.after(hit.end, 8, 'hard'))) continue;
      // Round 30 (t30a): the visit refused right before it (谢绝到店自提, 不对外开放自提, 暂不接受上门): nobody is invited.
      if (/(?:谢绝|不对外开放|不对外|不接受|不支持|不提供|暂不|暂停)(?:接受|提供|开放)?[\u4e00-\u9fff]{0,2}$/.test(ctx.before(hit.start, 8)) && hit.spec.tag === 'invite') continue;
      // Round 19 (t19dk): the place named inside the buyer's words said back (您说的“我知道你们仓库在哪，要上门找你们”这种就不用啦): nobody is invited.
      if (othersQuote(ctx, hit.start, hit.end)) continue;
      // Round 10: browsing with no address and nothing physical besides (以后欢迎继续来店里逛, 常来店里逛逛): the online shop.
      // Round 29 (lead, CLEAN-CM): …also when the browsing closes the sentence (感谢您选择我们店，祝您生活愉快，有空常来逛逛).
      if (!address && (/^(?:里)?逛/.test(ctx.after(hit.end, 3)) || /(?:常来|再来|来)(?:店里|店铺)?逛逛?/.test(others)) && !PHYSICAL.test(others)) continue;
      // 看到店铺, 回到店铺: the online shop, not a visit.
      if (/^(?:到店|进店|来店)$/.test(hit.key) && (/^铺/.test(ctx.after(hit.end, 2)) || /[看找回收送达寄]$/.test(ctx.before(hit.start, 2)))) continue;
      // Something sent there, not the buyer invited: 帮您转发到仓库了, 退到仓库, 包裹已到仓库.
      if (/^到/.test(hit.key) && SENT_THERE.test(ctx.before(hit.start, 4))) continue;
      // (round 30: …or sent 来 us — 发票原件邮来我们公司: 来 after a verb of sending moves the thing, not the buyer)
      if (/^来/.test(hit.key) && /[发寄送邮退运]$/.test(ctx.before(hit.start, 1))) continue;
      // Round 32 (t32f): …and 来/到 closing a verb of moving or receiving a thing right before a clause break (您把货寄回来，仓库验完就退;
      // 包裹收到，仓库在验): the anchor is read across the break (来，仓库), the place only where the parcel goes.
      if (/^[来到]/.test(hit.key) && hit.end - hit.start > 1 && ctx.norm.breakBefore[hit.start + 1]! >= SOFT && /[回发寄送邮退运收拿带签]$/.test(ctx.before(hit.start, 1))) continue;
      // 直播间的价格和店里一样: 店里 is the online shop when the sentence is about the live room or the listing and names no place.
      // (round 41, t41e: …and no mall floor — 来我们三里屯店里试穿，太古里北区B1层，报快手昵称打九折 names 快手 and a place)
      if (/^(?:店里|我们店|我家店)$/.test(hit.key) && !address && ONLINE.test(s) && !PHYSICAL.test(others) && !/自提|到店|地址|线下|实体/.test(others) && !MALL_FLOOR.test(s)) continue;
      if (storeGone(s)) continue;
      // Round 24 (t24a): the buyer's delivery address changed to a place of theirs (您刚才说要改成公司地址, 您把收货地址换成了公司地址): the
      // parcel's destination, not our place.
      if (/地址$/.test(hit.key) && BUYER_CHANGES_TO.test(ctx.before(hit.start, 14, 'soft'))) continue;
      let severity: 'block' | 'warn' | undefined;
      // Round 12 (t12a): a signboard or a person to ask for, with a spot to walk to in the sentence (红色招牌‘港货之家’…东门步行街那块;
      // 来了找阿玲就行) — not a signature dish or product (招牌菜, 招牌款).
      if (hit.spec.tag === 'sign' || hit.spec.tag === 'find') {
        // (tested here only: the other tags never read it, and these regexes are pure)
        const located = ADDRESS.test(s) || LANDMARK.test(s) || PLACE_REL.test(others);
        if (!located || PARCEL.test(s.replace(PARCEL_WAIVED, '')) || (hit.spec.tag === 'sign' && NOT_SIGN.test(ctx.after(hit.end, 3))) || /快手|直播间|店铺主页|主页|平台/.test(others)) continue;
        // (round 30: a door told by what hangs there names a shop only with 那家/那间/就是我们 after it — not 门口挂了个牌子写着暂停营业)
        // (round 48, t48f: …or a shop front whose name is read off it — 门头写着“智安居” — with an address in the sentence: the sign names the shop)
        const signNamed = /^(?:门头|门脸)$/.test(hit.key) && /^(?:上)?(?:写着|写的是|写的|印着|挂着|就是|是|叫)/.test(ctx.after(hit.end, 6, 'hard')) && !/暂停|停业|转让|装修|关门|出租|拆/.test(ctx.after(hit.end, 16, 'hard'));
        if (/^门/.test(hit.key) && !signNamed && !/^[^，。]{0,10}?(?:那家|那间|那个店|的店|那个铺|就是我们|就是我家|是我们)/.test(ctx.after(hit.end, 16, 'hard'))) continue;
        severity = 'block';
      } else if (/实体店|门店|门市|线下店|店面|档口|专卖店|体验店/.test(hit.key) && PLACE_REL.test(others) && (SELF.test(ctx.before(hit.start, 12, 'hard')) || INVITE.test(others.replace(SENT_TO_US, '')) || /^(?:就)?(?:开|设|位于)?在/.test(ctx.after(hit.end, 4))) && !/您|你/.test(ctx.before(hit.start, 6, 'hard')) && !/不支持|不接受|不提供|不开放|不对外|暂不|暂停|没有|装修|关闭|停业/.test(s) && !CLOSED_DOOR.test(s)) {
        severity = 'block';
      } else if (hit.spec.tag === 'where') {
        // The buyer's address read back (您的地址, 您的定位) is excluded above (NOT_INVITATION).
        // Whose location: the shop's (我们的位置, 定位我发您, 导航过来) — not the buyer's address being fixed or checked.
        const selfBefore = SELF_PLACE.test(ctx.before(hit.start, 8));
        const handAfter = /^(?:我|我们)?(?:发|给|私信)(?:给)?(?:您|你)/.test(ctx.after(hit.end, 6));
        // …or the buyer sent to fetch it (去铜锣湾我哋铺头拿; round 8).
        // Round 41 (t41m): …or an event at the place with the visit told by arrival, what to do on the spot or a word to say there for a gift
        // (试打日…地址是松江区林荫新路那边的练习场三楼，来的话报“快手来的”就有礼品; 地址是…，现场都能试) — not a parcel sent there (寄来的话).
        const visit = hit.key === '导航' || /导航|过来|来找|到店|欢迎|去[^，。]{0,8}(?:拿|取|提货)|来[^，。]{0,8}(?:拿|取|提货)|自提/.test(others) || VISIT_TOLD.test(others);
        const buyerSide = /您|你/.test(ctx.before(hit.start, 10)) || BUYER_SIDE.test(s);
        if (!(STREET.test(s) || (LANDMARK.test(s) && (handAfter || visit))) || PARCEL.test(s) || buyerSide || !(selfBefore || handAfter || visit)) continue;
        severity = 'block';
      } else if (hit.spec.tag === 'place') {
        // Round 40 (t40n): a counter is a brand's or a store's unless ours is said right before it (我们的柜台, 我家专柜), located by an address,
        // a landmark or a mall floor, with the buyer sent there or a referral (报我名字打九折): then an offline sale. 柜台 alone goes no further
        // (去商场柜台试色, 柜台价).
        const ourCounter = /专柜|柜台/.test(hit.key) && OUR_COUNTER_BEFORE.test(ctx.before(hit.start, 14)) && !/(?:您|你)(?:们)?(?:这边|那边)?的?$/.test(ctx.before(hit.start, 8));
        // (round 45, t45i: …or the goods taken there at once, a word to say given — 报“快手来的”直接拿货 — with the courier waved off:
        // 不想等快递的话 is the reason to come, not a parcel)
        if (ourCounter && (address || LANDMARK.test(s) || PLACE_REL.test(others) || MALL_FLOOR.test(s)) && (REFERRAL.test(others) || /可以去|去看|去试|去拿|过来|来看|来试|到店|当面|现场|直接(?:拿货|取货|提货|拿走|带走)/.test(others.replace(SENT_TO_US, '')) || COUNTER_WORD_SAID.test(others)) && !CLOSED.test(s) && !CLOSED_DOOR.test(s) && !PARCEL.test(s.replace(PARCEL_WAIVED, '')) && !ONLINE_SAY.test(s) && !storeGone(s)) {
          const off = denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end);
          taken.add(hit.start, hit.end);
          ctx.report(rule, { start: hit.start, end: hit.end, severity: off ? 'info' : 'block', message: off ? '提到柜台（否定语境）' : '发出自家线下柜台的位置并邀请买家到店（引导线下交易）' });
          continue;
        }
        if (hit.key === '柜台') continue;
        // …or the place located in a named town, mall or district (仓库在东莞虎门镇, 专柜在万象城B1; round 8), no buyer's before it.
        // 我们店的直播间: the online shop, named by its channel.
        if (/^(?:我们店|店里|我家店)$/.test(hit.key) && !address && OWN_CHANNEL_AFTER.test(ctx.after(hit.end, 6))) continue;
        const located = /^(?:就)?在[\u4e00-\u9fff]{2,10}/.test(ctx.after(hit.end, 12, 'hard')) && !/您|你/.test(ctx.before(hit.start, 6, 'hard'));
        // …at a spot one can walk to: 体验店在成都太古里旁边, 门店在银泰负一楼 (round 9: a place + a landmark relation, no street number).
        const walkable = located && WALKABLE.test(ctx.after(hit.end, 20, 'hard'));
        // Round 11: the place located before its noun (我们在杭州武林银泰B座负一楼有专柜, 我们在义乌国际商贸城开了个档口) with the buyer asked over.
        const locatedBefore = LOCATED_BEFORE.test(ctx.before(hit.start, 24, 'hard'));
        const self = SELF.test(ctx.before(hit.start, 12, 'hard')) || /店里|我们店|我家店|本店地址/.test(hit.key) || located;
        // (round 39, t39o: …or the buyer told to ring us on arrival, the way there told — 从地铁站出来往北走200米，到了给我打电话)
        const invite = INVITE.test(others.replace(SENT_TO_US, '').replace(VISIT_TO_BUYER, '')) || COME_TO_PLACE.test(others) || (ARRIVED_CALL.test(others) && !PARCEL.test(s));
        // Round 39 (t39i): the buyer told to come to the place, whose owner goes unsaid, with the way there (试戴来工作室吧，江汉路地铁C口旁边那栋;
        // CP展B区23号摊位见，现场买): a visit arranged. Not a parcel sent there (寄来工作室), nor a place closed.
        const comeHere = /(?<![寄发送邮退运转传交])(?:来|过来|到)$/.test(ctx.before(hit.start, 3)) && (LANDMARK.test(s) || PLACE_REL.test(others) || address);
        const meetAtStall = /摊|展位|市集|集市|快闪/.test(hit.key) && address && (/^见/.test(ctx.after(hit.end, 2)) || /现场(?:买|拿|购|付|下单|交易)|来买|来拿/.test(others));
        if ((comeHere || meetAtStall) && !PARCEL.test(s) && !CLOSED.test(s) && !/您|你/.test(ctx.before(hit.start, 6, 'hard')) && !ONLINE.test(others)) severity = 'block';
        else if ((/自提点|提货点/.test(hit.key) || /地址$/.test(hit.key)) && address) severity = 'block';
        // (round 48, t48f: …or a pickup point in English with an English street address after it — EN_STREET)
        else if (EN_PICKUP.test(hit.key) && EN_STREET.test(ctx.folded.slice(ctx.norm.compactToFolded[hit.end - 1]! + 1, ctx.norm.compactToFolded[hit.end - 1]! + 100)) && !PARCEL.test(s) && !CLOSED.test(s)) severity = 'block';
        else if (/实体店|门店|线下店|店面|档口|专卖店|体验店|展厅/.test(hit.key) && address && (self || invite)) severity = 'block';
        // Round 30 (t30a): our offline spot located by a landmark walk (线下的点，南京西路地铁站2号口出来右手边…您来了直接拿): the way there
        // with the buyer coming, no street number needed.
        else if (/实体店|门店|线下|店面|档口|专卖店|体验店|展厅|仓库|工作室|铺/.test(hit.key) && self && LANDMARK.test(s) && (INVITE.test(others.replace(SENT_TO_US, '').replace(REFUSED_VISIT, '')) || COME_TAKE.test(others)) && !CLOSED.test(s) && !PARCEL.test(s.replace(PARCEL_WAIVED, ''))) severity = 'block';
        else if (address && self && invite) severity = 'block';
        // Round 41 (t41e): our place in a mall with its zone and floor (三里屯店里…太古里北区B1层) with the buyer asked over, or our located place with
        // a word to say there for a better price (宁曼路那家找我们，报暗号…按出厂价拿): the address alone (B1 strips out above) missed it.
        else if (self && ((MALL_FLOOR.test(s) && invite) || ((address || MALL_FLOOR.test(s)) && PASSWORD_DEAL.test(others))) && !PARCEL.test(s) && !CLOSED.test(s) && !CLOSED_DOOR.test(s) && !storeGone(s)) severity = 'block';
        // Round 12 (t12e): our own place (我们 before it, not a brand's counter) with the buyer sent there (时代广场B1有我们专柜 来港可以去看).
        else if (address && SELF.test(ctx.before(hit.start, 12, 'hard')) && /可以去|去看|去逛|去拿|去试/.test(others.replace(SENT_TO_US, ''))) severity = 'block';
        // (the shop's own place: 品牌专柜在国贸商城三楼，您可以去试色 sends the buyer to the brand, not to us)
        else if (walkable && !CLOSED_DOOR.test(s) && (SELF.test(ctx.before(hit.start, 12, 'hard')) || /店里|我们店|我家店/.test(hit.key)) && /实体店|门店|线下店|店面|档口|专卖店|体验店|展厅|店里|我们店|我家店|铺|工作室/.test(hit.key)) severity = 'block';
        else if (address && /地址/.test(s) && self) severity = 'block';
        // Round 22 (t22dw): our own place with its street address before the noun needs no visit word (我们在深圳福田区华强北路一百零八号有个
        // 体验店，周末都有人在): the address is handed over. Not a place closed or gone (以前…现在关了).
        else if (locatedBefore && /实体店|门店|线下店|店面|档口|专卖店|体验店|展厅|专柜|工作室/.test(hit.key) && ADDRESS.test(ctx.before(hit.start, 24, 'hard')) && !/以前|之前|曾经|关了|关门|关闭|停业|搬走|不开了|撤了/.test(s)) severity = 'block';
        // (…the visit may come in the next sentence, with the address: 我们在深圳有门店的。地址就在…3楼312，您有空直接拿过去)
        else if (locatedBefore && GO_THERE.test((others + (ADDRESS.test(nextSentence(ctx, hit.end)) ? nextSentence(ctx, hit.end) : '')).replace(SENT_TO_US, '').replace(REFUSED_VISIT, '').replace(ONLINE_VISIT, '').replace(/到时候|来源|来自|来的|以来|原来|后来|本来|看来|出来|起来|下来|回来/g, ''))) severity = 'block';
        else if (self && /实体店|门店|线下店|店面|档口|店里|我们店|仓库|工作室|展厅|专柜|摊|市集|集市|快闪|展位/.test(hit.key)) {
          // The shop named with no address: a warning only when the buyer is asked to come (来, 过来, 到店, 自提…);
          // 欢迎 alone greets (我们店欢迎所有顾客), a refused visit (不支持到店自提) and a visit to the live room invite nobody.
          // (round 22, t22cb: a directional complement is no visit — 款我先记下来)
          const asked = s.replace(TURNED_OVER, '').replace(GREETING, '').replace(hit.key, '').replace(REFUSED_HOME_VISIT, '').replace(VISIT_TO_BUYER, '').replace(SENT_TO_US, '').replace(REFUSED_VISIT, '').replace(ONLINE_VISIT, '').replace(/到时候|来源|来自|来的|以来|原来|后来|本来|看来|出来|起来|下来|回来/g, '');
          // Round 35 (t35f): someone else at our place, on the spot (质检员在我们仓库现场查验过了, 海关的人来我们仓库抽检): a visit told,
          // not asked of the buyer — unless the buyer is asked to come too (您也可以来).
          const othersThere = OTHERS_AT.test(ctx.before(hit.start, 20, 'hard')) && !BUYER_COMES.test(asked);
          if ((INVITE.test(asked) || COME_TO_PLACE.test(asked)) && COME.test(asked) && !othersThere) severity = 'warn';
        }
      } else {
        // An invitation: with an address, or to a place of the shop.
        // Round 47 (t47e): 过来 as the goods turned over (收到可以翻过来看看底部的编号): the object flipped, nobody comes.
        if (/^过来/.test(hit.key) && TURNED_OVER_BEFORE.test(ctx.before(hit.start, 2))) continue;
        if (/当面验货/.test(hit.key) && !/门店|店|仓库|过来|现场|拿货/.test(others)) continue;
        // Round 38 (t38b): …or the buyer asked to come and pick up with the place told right after (您来画材城自提吧，广州美院对面东方画材城2楼): the
        // next sentence a location only, no parcel nor the buyer's address in it.
        const placeNext = /^自提$/.test(hit.key) && /来/.test(others) && !PARCEL.test(s) && !NOT_INVITATION.test(s) ? address || pickupPlaceNext(ctx, hit.end) : false;
        if (/^自提$/.test(hit.key) && !/仓库|店|门店|工作室|公司|地址|过来|上门|到/.test(others) && !placeNext) continue;
        if (/^自提$/.test(hit.key) && (COURIER_POINT.test(s) || CARRIER_BRANCH.test(s)) && !SELF.test(ctx.before(hit.start, 12, 'hard')) && !/我们|我家|本店|咱们|咱家|店里/.test(others) && !placeNext) continue;
        // 发到我们公司邮箱, 寄到我们仓库: something sent to us, not the buyer coming.
        if (/^(?:到我们|来我们)$/.test(hit.key) && /[发寄退转送传交]$/.test(ctx.before(hit.start, 2))) continue;
        // Round 14 (fa14): the buyer's delivery address moved there (地址要不要改到公司, 送到公司还是家里): a parcel's destination, not a visit.
        if (/^到/.test(hit.key) && /[改发寄送派转邮]$|(?:改地址|地址改|换地址)$/.test(ctx.before(hit.start, 4)) && !/(?:我们|我家|本店|咱们|咱家)$/.test(ctx.before(hit.start, 4)) && !VISIT.test(others.replace(/[改发寄送派转邮]到/g, '').replace(/直接(?=发|寄|送)/g, ''))) continue;
        // 月中发货，到我们仓库大概下旬: goods arriving, nobody asked to come (no visit word around, no address).
        if (hit.key === '到我们' && !address && !VISITOR_BEFORE.test(ctx.before(hit.start, 6)) && !VISIT.test(others.replace(SENT_TO_US, '').replace(/到时候|来源|来自|来的|以来|原来|后来|本来|看来|出来|起来|下来|回来/g, ''))) continue;
        // Round 35 (t35f): an inspector or an official who came to our place (海关的人前天来我们仓库抽检了三箱): a visit told, not asked.
        if (!address && /^(?:来|到)/.test(hit.key) && OTHERS_SUBJECT.test(ctx.before(hit.start, 16, 'hard')) && !BUYER_COMES.test(others)) continue;
        // Round 39 (t39i): …or to our venue of any kind, located by what it faces or a station (来我们射箭馆试穿，奥体中心东门对面; 去我们
        // 漕溪北路那家“明眸视光”): not the online shop's channels (来我们直播间).
        const venue = /^(?:来我们|到我们|去我们)$/.test(hit.key) && ((VENUE_AFTER.test(ctx.after(hit.end, 8, 'hard')) && (LANDMARK.test(s) || PLACE_REL.test(others))) || VENUE_ON_ROAD.test(ctx.after(hit.end, 20, 'soft'))) && !ONLINE.test(others) && !PARCEL.test(s) && !/[发寄退转送传交邮运]$/.test(ctx.before(hit.start, 2));
        // Round 42 (t42j): come to our live room, the shop on the road named as closed (来我们直播间看看，中山路的门店暂停营业了): the
        // invitation is to the online channel, the place is told shut. Still a visit when the place is open or the live room is not the goal.
        if (/^(?:来我们|到我们|去我们)$/.test(hit.key) && /^(?:的)?(?:快手)?(?:直播间|店铺|主页|橱窗|小黄车|链接)/.test(ctx.after(hit.end, 8, 'hard')) && (CLOSED_DOOR.test(s) || storeGone(s)) && !/欢迎(?:到店|来店)|到店|来店|过来(?:看|试|拿|取)|上门|自提/.test(others)) continue;
        if (address || placeNext || venue) severity = 'block';
        else if (PHYSICAL.test(s) && !ONLINE.test(s) && !/^(?:进店|去我们)$/.test(hit.key) && !onlineShopAgent(s, others)) severity = 'warn';
      }
      if (!severity) continue;
      taken.add(hit.start, hit.end);
      if (denied(ctx, hit.start) || warningContext(ctx, hit.start, hit.end)) {
        ctx.report(rule, { start: hit.start, end: hit.end, severity: 'info', message: '提到门店（否定语境）' });
        continue;
      }
      ctx.report(rule, { start: hit.start, end: hit.end, severity, message: severity === 'block' ? '发出实体店地址或邀请买家到店（引导线下交易）' : '疑似邀请买家到店或到仓库（引导线下交易）' });
    }
  },
});

function onlineShopAgent(s: string, others: string): boolean {
  return /店里/.test(s) && AGENT_OR_ORDER.test(s) && !VISIT_WORD.test(s) && !LANDMARK.test(s) && !PLACE_REL.test(others) && !MALL_FLOOR.test(s);
}

/** Round 39 (t39d): the arrival told further on in the sentence of a located place of ours — no parcel, origin or closed door in it. */
function arrivalFurther(ctx: LintContext, end: number): boolean {
  const reach = ctx.after(end, 80, 'hard');
  return COME_OVER.test(reach) && !NOT_INVITATION.test(reach) && !CLOSED.test(reach) && !PARCEL.test(reach);
}

/** The sentence after the one ending at or after compact `end` (up to 60 units). (Not a closure in check(): see likely-rule.ts unreadUnits.) */
function nextSentence(ctx: LintContext, end: number): string {
  // (the compact view keeps no sentence mark: the next sentence opens right where this one's reach ends,
  // and after() from there stops at once on that break, so its first unit is taken by hand)
  const rest = end + ctx.after(end, 80, 'hard').length;
  return rest < ctx.compact.length ? ctx.compact.slice(rest, rest + 1) + ctx.after(rest + 1, 59, 'hard') : '';
}

/** Round 38 (t38b): the next sentence tells a place to walk to (a street, a floor, a landmark), and nothing of a parcel or the buyer's own address. */
function pickupPlaceNext(ctx: LintContext, end: number): boolean {
  const next = nextSentence(ctx, end);
  return (ADDRESS.test(next) || LANDMARK.test(next) || PLACE_REL.test(next)) && !PARCEL.test(next) && !NOT_INVITATION.test(next) && !/快手|直播间|店铺|平台|主页|链接/.test(next);
}

export default rule;
