// 2.6: selling services that have nothing to do with the shop's goods (代写论文, 代考, 办证, 刷粉, 代办签证,
// 移民, 游戏代练, 代开发票). Traps: customs services the shop really provides (代办清关, 跨境税由平台代缴),
// gift services (代写贺卡), buyers who happen to be students abroad (留学生也可以下单). Also car/life insurance, exam
// materials (考研资料全套便宜出), selling on one's own account (我自己闲鱼有卖) and personal favours (帮我看看孩子作业) —
// not 我自己也在用, not a desk lamp for homework. Errands asked of the buyer (帮我问问专家号, 帮我捎两罐奶粉回来, 帮我点一下
// 助力) — not service asks (帮我确认收货地址, 帮忙转发物流截图); donations (帮忙捐点) — not the shop's per-order pledge;
// the agent's / boss's / company's / relatives' other business with a pitch (公司还做代理记账, 下班还接美甲的单, 我表哥在做
// 民宿托管，收益不错，介绍给您) — not 还做直邮,
// 也做礼品包装, 兼职客服; courses (少儿编程班, 运营课) — not a product's bundled course; personal resale (演唱会的票原价转您,
// 自家酿的酒卖给你) — not 退款转给您; wealth surveys (家庭年收入, 有没有房) — not the customs quota; fortune telling
// (报个生辰帮您看财运) — not lucky charms sold as goods. Skill favours (帮我翻译下合同, 帮我改一下作文) and asks the
// agent marks as private (私人问题, 跟订单无关); spreading for us (转发到你的小区群拉点人气, 发条推广给你报酬) — not
// 把商品链接分享给朋友; fees for tasks (跑腿费, 有偿) — not 辛苦费 for a return; buying from the buyer (闲置名牌包高价回收)
// — not 包装可回收, 以旧换新; paperwork sold by the piece (开完税证明报销用，一张50) — not the order's invoice; renting
// the buyer's cards and accounts (银行卡租给我们跑流水) — not refunds to the card; tutoring (名师一对一辅导，试听免费)
// — not a product's bundled course, and lessons by subject (少儿英语外教一对一，试听免费); the buyer's expertise asked then a favour (您懂电脑吗？能帮我看看) — not 您会用吗？我帮您;
// B2B pitches (我们公司专业做商标注册，可以合作一下) — not the shop's couriers.
// Also: a relative's or friend's trade pitched (我老公是拍婚纱照的…报我名字打七折; 我表姐在做月嫂…可以找她) — kin + trade verb
// + pitch, not 我老公也在用这款; admin paperwork (社保代缴, 公积金提取帮您办, 落户有渠道) — not the import tax; property let or sold
// (我家有间单间出租, 学区房在卖); earning pitches (搬砖项目一天两三百, 跟着我们投项目分红); the buyer's account priced (卖不卖？我出500收);
// posting for a per-piece reward (发小红书一篇给50, 拉满十个人给您返二十); consignment (寄卖). Courses only when sold: 适合私教课学员用 is
// a product's audience. An acquaintance offered as a provider (我认识的保险经纪人可以给您做方案); the boss's other business
// (老板还有个茶园，需要的话我帮您留); home-made goods priced (二十块一块，单独给您寄); the agent's own account promoted (关注我的个人
// 快手号，冲粉丝); paid app sign-ups (拉新奖励分您一半); gambling and lottery schemes (彩票群带着买, 棋牌充值送); ghost-work
// (简历代写、PPT代做找我) — not 代写贺卡; per-piece side work (兼职做翻译，千字八十); a card opened for the agent's commission;
// partnerships (跟我合伙开个奶茶店) — not 合伙人联名款; connections (孩子择校可以帮您打个招呼); selling to the agent (旧家电卖给我);
// telecom plans (装宽带我帮您办); care workers, traffic buying, labour export (护工我们可以介绍, 投流包上热门, 劳务派遣也能办) — not
// goods named after them (护工鞋); renting the buyer's unused account (不用的 is no denial there).
// Round 7: engagement asked for the agent's own content or goal (给我抖音作品点个赞转发一下，冲业绩呢; 求个赞，我发的视频在冲热门) —
// not for the shop's goods, store or live room.
// Round 8: proselytising (信主, 福音, 教会), data or accounts sold or used to move money (万条宝妈手机号, 走个账), social groups for
// chat (宝妈群…聊聊八卦，进来玩) — not the shop's fan group, pets and own things given (一窝英短，送你一只), per-piece jobs (接了一批翻译的活，
// 一千字八十，做不做), ETC and charity drives (募捐冬衣), medical papers to read (帮我看看化验单), family income (一个月挣得多不多), lessons by
// the hour or at home (上门一对一，一小时150), and a flat let on or the buyer's asked for a relative (两居室要转租, 您家有没有房子出租).
// Warnings and refusals that name the bait (别信“日结兼职”, 这类问题我们回答不了) are cancelled by detect/warning-frame.ts.
// Round 11 (t11b): 贷款买手机不划算 (borrowing to buy advised against) offers nothing.
// Then (t11b): civil paperwork (港澳通行证, 护照, 落户, 社保), tickets (演唱会门票, 黄牛票) and résumé writing offered.

// Round 13 (t13c): a household trade by its provider (搬家师傅, 保洁阿姨), produce of the agent's home (老家还养了土鸡…两块一个),
// a price before 出 (全皮肤，1500出).
// Round 12 (t12d): a trade's institution or package pitched (合作的月子中心有特价套餐, 机构的奥数班, 宠物寄养, 婚礼跟拍, 中介, 游戏账号);
// stock/forex/coin tip groups (推牛股, 喊单); another service offered besides the shop's own (除了清关我们还代办签证) — 除了 makes the
// own-service word no cancel; investment and card pitches (有没有兴趣投资…年化, 高额信用卡…下卡).
import { platformCreditDeclinedT49d } from '../detect/credit-declined'; // round 49 (t49d)
import { goodsTopicAt } from '../detect/goods-topic'; // round 54 (eng54c)
import { VPN_CONTEXT, VPN_INNOCENT, VPN_NOT_AFTER, VPN_WORDS } from '../lexicon/conduct';
import { cueRule, endsAsQuestion, sentenceOf, type Cue } from '../detect/cue-rule';
import type { LintContext } from '../context';
import { framed, WARNING_FRAME_REGEXES } from '../detect/warning-frame';

/** The shop offering something: 我们也可以…, 有需要找我, 需要…吗. */
/** A logistics act right after 包过 (你的包过已经到海关了, 包过还在路上): 包裹 mistyped, not an exam passed. */
const PARCEL_SLIP = /^(?:已经|已|还|还在|正在|在路上|今天|明天|到|到了|发出|发了|寄出|寄到|被|清关|签收|派送|派件|揽收|出库|丢|破|运)/;
// fa16: the offer verb not under a denial (我们店不提供代开发票、代办签证等服务, 我们也不做代练): a denied offer is no offer.
// (round 38, t38i: 可能 is "may", no ability offered — 出了事故保险也可能不赔 warns of a claim refused)
const OFFER = /(?:我们|我|另外|顺便|还|也|同时|专业)(?:(?!不|没|别|无法|从未|可能)[^]){0,3}(?:可以|(?<!可)能|接|做|提供|帮|代|办|有)|有需要[^]{0,6}(?:找我|联系我|跟我说|告诉我|私聊|说一声)|需要[^]{0,4}(?:可以)?(?:找我|联系我|私聊|私我|吱一声|说一声|问我)|(?:we|i)(?:also|can)+(?:do|offer|provide|help)|要的话|需要的话|便宜出|低价出|吱一声|需要[^]{0,10}吗|找他|找她|介绍给你|介绍给您|给您介绍|给你介绍|推荐给您|(?<!官方|正规|官网|购票|售票)渠道|包过|价格优惠|收费|(?:我|我们)(?:认识|有)(?:一个|个|几个)?[^]{0,6}(?:中介|渠道|朋友|熟人|靠谱)|(?:我|我们)(?:认识|有)(?:人|关系|门路)(?![^，。！？]{0,2}(?:说|讲|反映|推荐|在用|买过|用过))|(?:的事|这事|这块|的事情|这方面)(?:都|也)?(?:可以|就|直接)?(?:找我|问我|交给我)|的话(?:找我|联系我|私聊|私我|说一声)|有没有兴趣|有兴趣的话|要不要(?:了解|考虑|试试|办|买|配|加|做)/;
/** A personal errand asked of the buyer right after 帮我 / 帮忙. */
const FAVOUR = /^[^]{0,10}(?:问问|问一下|问下|打听|留意|捎|(?:带|买)(?:两|几|一|点|个|些|回|上)|代购|寄|填|点赞|点个赞|点(?:一下|个|下)(?!关注|收藏|好评|评价)|助力|砍|投|捐|转发|介绍|抢|挂号|挂个|看房|排队|找个|找找|翻译|发(?:条|个|篇)(?:朋友圈|视频|推广|动态)|分享到|拉(?:点|几个|些)?人|改(?:一下|下|改)?(?:作文|简历|论文|作业|文章|方案)|写(?:一份|份|个|篇|一篇)|做(?:一份|份|个|张)(?:ppt|表|简历|方案|设计|logo|海报|图|视频|网站|小程序)|修(?:一下|下)?(?:电脑|手机|电视|冰箱)|看(?:看|一下|下)?[^]{0,6}?(?:合同|简历|作文|论文|化验单|检查单|体检报告|报告单|病历|片子|处方|试卷|账单)|办(?:张|个|一张|一个|下)?(?:信用卡|卡|宽带|套餐|保险)|开(?:张|个|一个)(?:卡|户|账户))/;
/** Asking the buyer to spread something for us: 转发到你的小区群, 发条推广, 拉点人气 — read with a favour or a reward. */
const ASK_OR_REWARD = /帮我|帮帮|帮个忙|帮忙|拜托|求求|求你|麻烦你|麻烦您|给(?:你|您)(?:返|发)?(?:报酬|钱|红包|好处|[0-9一二三四五六七八九十百两]+)|返(?:你|您)?[0-9一二三四五六七八九十百两]+(?:块|元)|(?:一|每)(?:篇|条|次)[^]{0,2}[0-9一二三四五六七八九十百两]+|有偿|酬劳|报酬|发红包|好处费|呗/;
/** A price per piece or a fee cut: 一张50, 30一张, 六个点 — paperwork sold, not issued with the order. */
const PER_PIECE = /(?:一|每)(?:张|份|本|个)(?:收)?[0-9一二三四五六七八九十百两]|[0-9一二三四五六七八九十百两]+(?:元|块)?(?:一|每)(?:张|份|本)|[0-9一二三四五六七八九十两]+个点|点数|税点|价格私聊|私聊价格/;
/** Asks that belong to the service itself: 帮我确认收货地址, 帮我拍一下外箱 — not 跟订单无关 (the agent admitting it is off-topic). */
const SERVICE_ASK = /订单(?!无关|没关系|没有关系|没啥关系)|单号|快递|物流|包裹|收货|地址|签收|售后|退|换货|评价|截图|照片|拍|核实|确认|商品|宝贝|发货|客服|仓库|补货|这款|型号|尺码/;
/** A pitch that makes a side business an offer: a price, an invitation, a visit. */
/**
 * Round 13 (fa13b): the trade's provider as the doer of a mishap in the buyer's story (搬家公司把箱子压坏了，我们给您补发; 被保洁阿姨
 * 摔碎了; 装修师傅不小心把灯罩碰裂了) — an event told, not a service offered. Per hit: a pitch of another provider in the same
 * sentence still fires on its own word.
 */
const MISHAP = /^(?:公司|师傅|工人|的人|阿姨|队|的)?[^，,。！!？?]{0,10}?(?:压|摔|弄|碰|打|磕|搬|划|刮|挤|砸|撞|摔|踩)(?:坏|碎|破|丢|伤|花|变形|瘪|裂|烂|掉)/;
function providerMishap(ctx: LintContext, start: number, end: number): boolean {
  const [from, to] = ctx.toOriginal(start, end);
  const after = ctx.text.slice(to, to + 20);
  if (MISHAP.test(after)) return true;
  return /被$/.test(ctx.text.slice(Math.max(0, from - 6), from).replace(/(?:搬家|保洁|家政|装修|维修)$/, '')) && /^[^，,。！!？?]{0,6}?(?:压|摔|弄|碰|打|磕|划|刮|挤|砸|撞|踩)(?:坏|碎|破|丢|伤|花|变形|瘪|裂|烂|掉)/.test(after);
}

/**
 * Round 43 (t43k): the buyer's own stay as a time frame (出门住酒店时也可以检查一下插座; 入住酒店的时候记得带上转换插头) — advice for a trip,
 * no booking offered. Not with a pitch beside it (住酒店时报我名字打折; 入住酒店的时候找我订更便宜).
 */
/**
 * Round 45 (t45h): 装修 as the state of the buyer's own home, given as a reason for timing the order (房子还在装修，可以晚点再约安装;
 * 新房装修好了再送货也行; 家里装修期间先放我们仓库) — the home's stage told, no renovation offered. Not with a pitch anywhere in the
 * sentence (做装修, 装修队, 找我, 我认识师傅, 报价, 优惠): 您家在装修吗？我们也接装修 stays a sale.
 */
const HOME_BEFORE = /(?:房子|新房|新家|老房|家里|您家|你家|屋里|屋子|房间|家)(?:这边|那边|目前|现在|最近|这阵子|这段时间)?(?:还|正|刚|才|也)?(?:在|正在|还在|没|还没|刚|刚刚)?$/;
const HOME_STAGE_AFTER = /^(?:中|好|完|期间|没完|还没完|没好|结束|的时候|阶段|好了|完了|好再|完再|好后|完后|之后|以后)/;
const ORDER_TIMING = /安装|装机|送货|配送|发货|签收|收货|预约|约|备注|延期|延后|晚点|推迟|暂存|存放|仓库|到时候|什么时候|上门|有效|天内|保修|质保/;
const RENOVATION_PITCH = /(?:做|接|承接|包|干|搞|帮您|帮你|给您|给你)装修|装修(?:公司|队|团队|师傅|工人|报价|方案|设计|材料|建材|服务|业务)|找我|我(?:们)?(?:这边)?(?:认识|有)(?:人|朋友|熟人|师傅|团队|关系)|介绍|优惠|便宜|打折|报价|私聊|加我|量房|设计费|价格好/;
function ownRenovation(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '装修') return false;
  if (!HOME_BEFORE.test(ctx.before(start, 10)) && !HOME_STAGE_AFTER.test(ctx.after(end, 4))) return false;
  const sentence = sentenceOf(ctx, start, end, 60);
  return ORDER_TIMING.test(sentence) && !RENOVATION_PITCH.test(sentence);
}

function ownStay(ctx: LintContext, start: number, end: number): boolean {
  if (!/(?:住|入住|住进|住在)$/.test(ctx.before(start, 3)) || !/^(?:时|的时候|期间|的话也)/.test(ctx.after(end, 4))) return false;
  return !/找我|报我|我(?:们)?(?:这边)?(?:能|可以)?(?:帮|给)(?:您|你)(?:订|定|安排)|折扣|打折|优惠|便宜|内部价|私聊/.test(sentenceOf(ctx, start, end));
}

/**
 * Round 36 (t36f): a price or terms left open for a private deal (价钱好商量, 费用好说, 时间地点都好商量, 价格可以谈): what an agent says of
 * a side business, never of the listed goods (their price is on the page). Read only with a personal owner (PERSONAL_SIDE).
 */
const NEGOTIABLE = /(?:价钱|价格|费用|钱|价|报酬|租金|房费|学费|课时费|时间地点)(?:方面)?(?:都|也|绝对|肯定)?(?:好商量|好说|好谈|可以谈|可以商量|能商量|随您定|您定)/;
/** Round 36 (t36f): the agent's own time or person, or kin and friends, as the owner of an offer (我周末在家…, 我姐…, 我正好认识…). */
const KIN = '(?:老公|老婆|爱人|先生|媳妇|男朋友|女朋友|表姐|表哥|表妹|表弟|堂哥|堂姐|堂妹|堂弟|舅舅|舅妈|舅|叔叔|婶婶|姑姑|小姨|姨|哥|姐|弟|妹|爸|妈|朋友|闺蜜|同学|邻居|亲戚|发小|室友|嫂子|姐夫|妹夫)';
const PERSONAL_SIDE = new RegExp(`我(?:自己|个人|本人|私人|私下|平时|周末|下班|业余|晚上|在家|家里|老家)|我${KIN}|我(?:正好|刚好|恰好|碰巧)?认识`);

/** Round 36 (t36f): side lessons (SIDE_LESSON cues): the owner personal, the buyer invited or a fee named; not the shop's tutorials. */
const SIDE_LESSON_MESSAGE = '客服或亲友推销私人授课、培训，与客户服务无关（规则 2.6）';
const SIDE_LESSON_SENTENCE = [PERSONAL_SIDE, new RegExp(`想学|要学|学的话|来学|跟我学|跟着学|一起学|一起练|来凑|凑个班|拼个班|报名|名额|学费|收费|费用|[0-9一二两三四五六七八九十百]+(?:元|块)|一次[0-9一二两三四五六七八九十半]+(?:个)?(?:小时|钟头)|一节|有兴趣|感兴趣|要不要|想不想|跟我说|说一声|帮(?:您|你)(?:说|问|约|报)|${NEGOTIABLE.source}`)];
const SIDE_LESSON_NOT = /说明书|视频教程|教学视频|图文教程|直播间|赠送|配套|随货|适合[^，。！？]{0,10}(?:老师|教练|学生|学员)|(?:老师|教练)[^，。！？]{0,4}(?:用|在用|都用)/;

/** Round 37 (t37e): speculation tips (two cues). */
const SPECULATION_MESSAGE = '向买家推荐炒币、炒股、炒卡等投机，与客户服务无关（规则 2.6）';
const SPECULATION_NOT = /不(?:做|对|会)[^，。！？]{0,10}(?:预测|承诺|推荐)|谨防|骗局|诈骗|不建议|别信|不要相信|风险很大|菜|锅|火候|翻炒|翻几下/;
/**
 * Round 37 (t37e): a private side business offered (PRIVATE_* for the private-time cue): something done for, let to or kept for the buyer…
 */
// (round 44, t44c: …or a ride booked with the agent in person — 下班后开网约车，去机场提前跟我约; 周末跑顺风车可以捎您)
const PRIVATE_OFFER = /帮(?:您|你)|给(?:您|你)(?:做|出|改|弄|办|留|拍|剪|调|看|算|定|安排)|(?:可以|能)租|租给|(?:您|你)(?:要是|如果)?(?:想|要|需要|考虑)|(?:接|做|带|开)[^，。！？]{0,8}?(?:活|单|营|班|课|咨询|服务|生意|训练|陪练|私教)|名额|找我|约我|跟我(?:练|学|做)|跟我说|寄到我|寄给我|留(?:一个|个|给)|(?:可以|欢迎)?(?:来|过来)(?:玩|坐坐|参加|凑)|(?:跟|和|找)我(?:提前)?(?:约|预约|订)|提前约|(?:接|送|拉|载)(?:您|你)(?!的|们的)/;
/** …with a price, a fee, terms left open or places counted. */
const PRIVATE_PRICE = new RegExp(`收费|费用|油费|车费|路费|便宜一半|给一半|收一半|门票|入场费|场地费|aa|价格|价钱|一口价|[0-9一二两三四五六七八九十百千几]+(?:元|块)|(?:一|每)(?:个)?(?:天|次|小时|期|节|套|支|个|张|条|单|晚|台|件|位|人|副|组|场|月|周|年|季)[0-9一二两三四五六七八九十百千]+|[0-9一二两三四五六七八九十百千]+(?:一|每)(?:个)?(?:支|个|次|天|套|张|条|单|期|节|晚|台|件|位|人|副|组|场)|名额|不贵|便宜|优惠|${NEGOTIABLE.source}`);
/** Round 42 (t42k): a personal owner of something offered on the side — PERSONAL_SIDE, or the agent's hand or home (我手上, 我手里, 我家金毛). */
const OWNED_SIDE = new RegExp(`${PERSONAL_SIDE.source}|我(?:手上|手里|手头|手边)|我(?:家|们家)(?:的|养的|那只|那条)?(?:猫|狗|金毛|泰迪|柯基|布偶|英短|比熊|柴犬|哈士奇|拉布拉多|边牧|鹦鹉|兔)|${KIN}(?:手上|手里|手头|那边|家)`);
/** …with a price or terms: a sum, cheaper than elsewhere, half price, a token fee (收个疫苗钱就行), a sum in Chinese numerals (两千八). */
const OWNED_PRICE = new RegExp(`${PRIVATE_PRICE.source}|比[^，。！？]{0,8}?(?:低|便宜|少|划算|实惠)|一半|半价|打[0-9一二三四五六七八九]折|[0-9一二三四五六七八九]折|(?:疫苗|成本|辛苦|路费|运费|饲料|手续|工本)钱|钱就行|[一二两三四五六七八九十][千百万][一二两三四五六七八九]?(?![克斤米毫升度])`);
/** …and not the shop's own paid service on the order, a refund or the goods the agent uses (round 40: nor the agent out of the
 * shop's live room, its cart named — 我本人不在直播间出镜…小黄车里还有货). */
const PRIVATE_NOT = /这款|商品|宝贝|订单|下单|拍下|链接|店里|店铺|本店|我们店|咱们店|售后|退款|退货|补偿|差价|赔|运费|也在用|在用|用过|自用|不(?:提供|做|接|卖|收)|小黄车|(?:不在|没在|不进|不去)直播间/;

// (round 36, t36f: …a price per set or shoot, 一组两百, and a price left open, NEGOTIABLE)
const SIDE_PITCH = new RegExp(`${NEGOTIABLE.source}|` + /找他|找她|介绍给|收益|回报|内部价|[0-9]+元|(?:千字|一千字|每千字|一篇|一张|一次|一小时|每小时|一单|一组|一套|一场)[0-9一二三四五六七八九十百两]+|[0-9一二三四五六七八九十百两几]+块|一年|折|优惠|便宜|实惠|免费|不收钱|报名|找我|找我们|联系我|跟我说|上门|要不要|需要的话|有需要|了解一下|感兴趣|有兴趣|几岁|几年级|划算|报价|价格/.source);
/** Service words cancel a favour only when no topic switch (另外, 顺便, 对了, 想麻烦您个事) comes first: a long reply often
 * finishes the order (包裹已签收～) before the off-topic ask. */
// Round 25 (t25a): the favour announced as one (帮个小忙, 求您个事, 有个不情之请; round 34: plain 帮个忙 too) switches the topic too; then only service words AFTER the
// last switch cancel (包裹今天派送～帮个小忙，我侄女…给她投个票 — but 帮个忙，确认下收货地址 is the service).
const TOPIC_SWITCH = '另外|顺便|对了|冒昧|想麻烦|还有个事|还有件事|私人|题外话|帮个小?忙|帮我个小?忙|求(?:您|你)个事|拜托(?:您|你)个事|有个不情之请|不情之请|有个小请求';
const serviceUnlessSwitched = (r: RegExp) =>
  new RegExp(`^(?![^]*(?:${TOPIC_SWITCH}))[^]*(?:${r.source})|(?:${TOPIC_SWITCH})(?:(?!${TOPIC_SWITCH})[^])*(?:${r.source})`);
/** SERVICE_ASK, counted only after the last topic switch, if any (serviceUnlessSwitched); built once for the four cues. */
const SERVICE_ASK_UNSWITCHED = serviceUnlessSwitched(SERVICE_ASK);

/** The shop's own goods and ways of shipping them. */
const OWN_GOODS = /直邮|包装|正品|同款|这款|替换装|商品|产品|店里(?!便宜|贵|要价|收费)|店铺|旗舰店|现货|售后|退换|开票|发票|保税|海外仓|专柜/;
/** The shop's own import-service talk. */
/**
 * Round 23 (t23dz): the goods themselves weighed as an investment (不建议把它当投资品, 这款表的投资价值不大, 别拿它当理财): advice
 * about what we sell, no service offered. Not when a return or a scheme is pitched in the sentence (当投资品年化能有8个点).
 */
const AS_INVESTMENT_BEFORE = /(?:当|当作|当成|作为|用作|用来|拿来|拿它|把它|把酒|把表)(?:当|当作|当成|作为)?(?:一种|一个|个)?$/;
const AS_INVESTMENT_AFTER = /^(?:品|价值|属性|意义|收藏|用途)/;
const RETURN_PITCHED = /年化|收益率|回报率|本金|稳赚|保本|入股|分红|项目|带你|带您|跟着我|群/;
function goodsAsInvestment(ctx: LintContext, start: number, end: number): boolean {
  if (!/^(?:投资|理财)$/.test(ctx.compact.slice(start, end))) return false;
  if (!AS_INVESTMENT_BEFORE.test(ctx.before(start, 8, 'soft')) && !AS_INVESTMENT_AFTER.test(ctx.after(end, 4, 'soft'))) return false;
  return !RETURN_PITCHED.test(ctx.before(start, 40, 'hard') + '\u0000' + ctx.after(end, 40, 'hard'));
}

const OWN_SERVICE = /清关|报关|关税|税费|缴税|代缴|实名|订购人|身份证信息|快递|下单|收货|地址|贺卡|留言卡|包装|订单|发票抬头|开票信息|电子发票/;

/**
 * Round 14 (fa14): the insurer of the order's own cover (运费险是平台和保险公司理赔的, 退货险由保险公司赔付): who pays a claim on this
 * order, nothing sold — not when we sell or arrange a policy (我们也卖保险, 帮您办份保险, 推荐您买个意外险).
 */
function orderInsurer(ctx: LintContext, start: number, end: number): boolean {
  if (!ctx.compact.startsWith('保险', start)) return false;
  const s = ctx.before(start, 30, 'hard') + ctx.compact.slice(start, end) + ctx.after(end, 30, 'hard');
  const sold = /卖|代理|办(?:个|份|张|一份)?保险|买(?:个|份|一份)|推荐|介绍|给您上|帮您上|帮您买|投保/.test(s);
  // Round 35 (t35f): …or the insurer named as who settles a claim (理赔都由保险公司处理, 赔付找保险公司, 保险公司负责定损), the cover named
  // further back or not at all: the one paying a claim on this order sells nothing.
  if (/^(?:公司|方)/.test(ctx.after(end, 4)) && !sold && (/(?:理赔|赔付|赔偿|定损|索赔|报案|赔款)[^，。！？]{0,6}(?:由|归|找|走|交给|交由|是)$/.test(ctx.before(start, 12, 'hard'))
    || /^(?:公司|方)(?:那边|来|会|统一|直接|负责)*(?:处理|赔付|理赔|定损|核定|审核|承担|赔)/.test(ctx.after(end, 10, 'hard')))) return true;
  return /运费险|退货险|退换货险|运费保险|保价|破损险|延误险/.test(s) && /^(?:公司|方)/.test(ctx.after(end, 4)) && !sold;
}

/**
 * Round 37 (t37g): 家教 that is no tutor — 家 the measure word of a shop or household before it (这家/那家/哪家/每家) and 教 a verb or
 * a word of its own after (这家教我们做人, 那家教育机构): the words are split 家|教, nothing about tutoring.
 */
const JIA_CLASSIFIER_BEFORE = /(?:这|那|哪|每|某|同一)$/;
function jiajiaoSplit(ctx: LintContext, start: number, end: number): boolean {
  return ctx.compact.slice(start, end) === '家教' && (JIA_CLASSIFIER_BEFORE.test(ctx.before(start, 2)) || /^(?:育|训|学|会|导)/.test(ctx.after(end, 1)));
}
/**
 * Round 44 (t44c): the buyer's (or someone's) trade named as who they are (卖保险的天天打领带也不奇怪; 您是做微商的吧，这款包很多人背): a
 * person described, nothing offered — no first person selling it, no pitch in the sentence.
 */
const TRADE_AS_PERSON = new Set(['卖保险', '微商', '房产中介']);
const TRADE_PITCH = /我(?:们)?(?:也|还|是|在|自己|平时|兼职)|找我|联系我|加我|私聊|需要的话|有需要|要的话|方案|了解一下|咨询|推荐|介绍|代理|加盟|收益|赚/;
function tradeAsPerson(ctx: LintContext, start: number, end: number): boolean {
  if (!TRADE_AS_PERSON.has(ctx.compact.slice(start, end))) return false;
  const asPerson = /^的(?!话)/.test(ctx.after(end, 2)) || /(?:您|你)(?:是|是不是|也是|应该是)?(?:做|干|搞)?$/.test(ctx.before(start, 6));
  return asPerson && !TRADE_PITCH.test(sentenceOf(ctx, start, end));
}
/**
 * Round 43 (t43f): the service named as a topic, then said to be none of the shop's, closing its clause (私教课这块没有, 辅导这一块我们不做哈,
 * 陪练的话本店暂时不提供) — a refusal, unless the reply turns back to an offer after it (…不过我朋友那有, 私聊).
 */
const TOPIC_NONE_AFTER =
  /^(?:课|班|服务|业务)?(?:这块|这一块|这一项|这项|这个|这种|这类|的话|方面)?(?:我们|本店|我们店|店里|咱们|这边|我们这边)?(?:这边)?(?:暂时|目前|现在|是|都|也|一直|从来|确实|真的)*(?:没有|没|不做|不提供|不开|不接|不卖|不搞|不办)(?:的|哦|哈|呢|啊|呀|喔)*$/;
// (round 43, t43j: the buyer's own friend or their friend's pick is no turn of ours — 您朋友推荐的那家机构可以问问)
const TOPIC_NONE_TURN = /但|不过|可是|(?:我|我们|我这边)(?:也)?(?:可以|能)(?:帮|带|教|给|安排)|(?<![您你](?:的|那个|那位)?)朋友|找我|加我|私聊|私信|联系我|介绍|(?<![您你](?:的|那个|那位)?朋友)推荐|[0-9一二三四五六七八九十百两]+(?:元|块)/;
/** Round 43 (t43j): a refusal turned into a referral (…不过我朋友那里有，加我介绍给您): someone of ours who offers it, or our introduction. */
const REFERRAL_TURN = /(?:介绍|推荐|引荐)(?:给)?(?:您|你)|(?<![您你](?:的|那个|那位)?)(?:朋友|熟人|认识的人|同学|亲戚|表姐|表哥|姐妹|哥们)[^，。！？]{0,5}(?:有|开|做|在教|能教|会教|带)|加我|私聊|私信我/;
function topicNone(ctx: LintContext, end: number): boolean {
  const clause = ctx.after(end, 24);
  return TOPIC_NONE_AFTER.test(clause) && !TOPIC_NONE_TURN.test(ctx.after(end, 60, 'hard').slice(clause.length));
}
/**
 * Round 37 (t37g): a care worker of the buyer's household as the subject of a care act (月嫂阿姨晚上也能陪宝宝睡, 保姆白天可以帮您带孩子):
 * the 也能/可以 is theirs, not the shop's offer — no shop, price, referral or contact in the sentence.
 */
const CARE_WORKER_ACTS = /^(?:阿姨|大姐|姐姐|师傅)?[^，。！？我]{0,6}?(?:也|还|都|就)?(?:能|可以|会)(?:帮(?:忙|您|你)?)?(?:陪|照顾|看护|照看|看着|带|哄|喂|抱|守|做饭|洗)/;
const SHOP_OFFERS_CARE = /我们|我这|我家|本店|咱们|介绍|推荐|找我|联系|私聊|私信|费|[0-9一二三四五六七八九十百两]+(?:元|块)|价|钱|需要|有兴趣|要不要|派/;
function careWorkerActs(ctx: LintContext, start: number, end: number): boolean {
  return CARE_WORKER_ACTS.test(ctx.after(end, 16, 'soft')) && !SHOP_OFFERS_CARE.test(sentenceOf(ctx, start, end));
}
/** OWN_SERVICE, unless it is what another service is offered besides (除了清关, 清关之外还…; round 12). */
// (round 19, DL: …nor when the other thing comes 顺便 / 顺带 with the order: 奶粉下单后可以顺便给宝宝做个教育储蓄)
const OWN_SERVICE_NOT_BESIDES = new RegExp(`^(?![^]*(?:除了|除去)[^，。]{0,4}(?:${OWN_SERVICE.source})[^]*(?:还|也|另外))(?![^]*(?:顺便|顺带))[^]*(?:${OWN_SERVICE.source})`);
/** Institutions and packages of a trade the shop is not in (月子中心, 奥数班, 驾校, 旅行社; round 12). */
const TRADE_PLACES = ['月子中心', '月子会所', '早教中心', '早教班', '托管班', '培训班', '培训机构', '兴趣班', '辅导班', '补习班', '奥数', '夏令营', '冬令营', '研学营', '驾校',
  '旅行社', '旅游团', '跟团游', '婚纱摄影', '婚纱照', '写真馆', '美容院', '美甲店', '健身房', '游泳馆', '全屋定制', '装修公司', '家装', '整形医院', '医美', '体检套餐', '口腔诊所', '种植牙',
  '游戏号', '游戏账号', '满皮肤', '全皮肤', '满级号', '王者号', '吃鸡号', '原神号', '宠物寄养', '宠物托管', '代遛狗', '上门喂猫', '婚礼跟拍', '婚庆', '婚礼策划', '移民中介', '留学中介', '中介',
  // round 40 (t40k): study tours and stage gigs (英国游学营, 接婚礼现场演奏和婚庆主持, 商演)
  '游学', '婚礼主持', '婚庆主持', '司仪', '婚礼演奏', '现场演奏', '商演', '驻唱', '接演出'];
/** Stock, forex and coin tips sold in groups (牛股, 喊单, 外汇黄金; round 12). */
// (round 36, t36f: …and coin arbitrage between exchanges — 币安和欧易之间的搬砖套利, usdt搬砖)
/**
 * Round 45 (t45k): a quoted name opening inside the word and running past it (标题带“单耳”两个字, 选“单人版”): the word is read across
 * the quote's edge, 带 + “单耳…”, and is not said. Not the word quoted whole or its tail quoted alone (老师带“单”).
 */
const OPEN_QUOTES = '“「『‘"\'';
const CLOSE_FOR: Record<string, string> = { '“': '”', '「': '」', '『': '』', '‘': '’', '"': '"', "'": "'" };
function quoteOpensMidWord(ctx: LintContext, start: number, end: number): boolean {
  const [s0, e0] = ctx.toOriginal(start, end);
  for (let q = s0 + 1; q < e0; q++) {
    const open = ctx.text[q]!;
    if (!OPEN_QUOTES.includes(open)) continue;
    const close = ctx.text.indexOf(CLOSE_FOR[open]!, q + 1);
    return close > e0;
  }
  return false;
}
const TIP_WORDS = ['牛股', '荐股', '推股', '股票群', '炒股群', '喊单', '带单', '外汇', '期货', '黄金期货', '现货黄金', '数字货币', '虚拟币', '币圈', '合约交易',
  '币安', '欧易', '火币', 'usdt', '泰达币', '套利', '搬砖套利', '搬u', 'u商'];

/** Services with no tie to the shop's goods, blocked when offered (the denied or warned ones are cancelled by the cue rule). */
const SERVICE_WORDS = [
  '代写论文', '论文代写', '代写作业', '作业代写', '代写毕业', '代写报告', '代考', '替考', '考试包过', '四六级包过', '驾照包过', '包过', '办假证', '办证件', '办各类证',
  '做假证', '刻章', '假文凭', '买学历', '办学历', '学历提升', '代练', '游戏代练', '上分', '陪玩', '刷粉', '买粉', '涨粉', '刷粉丝', '刷流量', '刷播放', '刷赞',
  '刷评论', '刷点赞', '代开发票', '开票点数', '挂专家号', '代挂号', '黄牛号', '黄牛票', '代抢票', '抢票服务', '代办签证', '签证代办', '办签证', '留学申请', '留学中介',
  '办留学', '代办留学', '办理移民', '移民中介', '私家侦探', '查开房', '手机定位', '定位手机', '代驾', '算命', '看风水', '塔罗占卜', '转运符',
  '代运营', '直播代运营', '卖号', '收号', '租号', '代充', '刷信誉', '刷销量', '婚介', '征婚', '相亲介绍', '代孕',
];

/**
 * fa16: a hit that is the tail of a longer word of the same cue (办签证 in 代办签证, 代练 in 游戏代练, 包过 in 考试包过) defers to that
 * word, which is judged on its own: 我们店不提供代开发票、代办签证等服务 denies the list item 代办签证 (the 、 list shares the denial), and
 * its tail 办签证, read alone, would not see the denial and fired.
 */
function tailOfLonger(words: readonly string[]): (ctx: LintContext, start: number, end: number) => boolean {
  return (ctx, start, end) => {
    const hit = ctx.compact.slice(start, end);
    for (const w of words) {
      if (w.length <= hit.length || !w.endsWith(hit)) continue;
      const from = end - w.length;
      if (from >= 0 && ctx.compact.startsWith(w, from)) return true;
    }
    return false;
  };
}

const serviceTail = tailOfLonger(SERVICE_WORDS);

/**
 * Round 61 (eng61b): a 代- service word whose 代 closes a word of its own — a generation or an era (一代充电盒, 第二代练习册, 初代充电头,
 * 新一代写字板, 迭代, 年代, 时代), or 代 as "replace" (替代, 取代) — names no errand done for the buyer (和一代充电盒不通用).
 */
const DAI_CLOSES_WORD = /(?:[0-9一二三四五六七八九十两]|第[0-9一二三四五六七八九十]+|初|首|新|老|旧|上|下|前|末|迭|换|年|时|世|现|近|古|历|当|后|替|取|交|几)$/;
function daiClosesWord(ctx: LintContext, start: number): boolean {
  return ctx.compact.charAt(start) === '代' && DAI_CLOSES_WORD.test(ctx.compact.slice(Math.max(0, start - 3), start));
}

// Round 32 (t32c): a designated driver as road-safety advice after drink (喝完别开车，叫代驾或者打车回家; 酒后记得找个代驾) — the buyer
// calls one, we offer none. Not with a pitch of one in the sentence (找我, 我们也提供, 我朋友开的, a price, 合作的, 推荐给您).
const DRIVER_CALLED = /(?:叫|找|请|喊|约|用)(?:个|一个|一下|上)?$/;
const DRINK_TALK = /喝|酒|别开车|不要开车|不能开车|不开车|酒驾|醉驾/;
const DRIVE_WARNED = /(?:别|不要|不能|千万别|千万不要|切勿|勿)(?:自己)?(?:开车|驾车|开了)|酒驾|醉驾|酒后驾/;
const DRIVER_PITCHED = /找我|联系我|私我|加我|跟我说|告诉我|说一声|吱一声|需要的话|有需要|我们(?:这边|店里)?(?:也|还)?(?:提供|有|可以|能)(?:帮|安排|叫|派)?|我(?:朋友|表哥|表姐|亲戚|老公|老婆|哥|姐|弟|家)|合作的|认识的|推荐(?:给)?(?:您|你)|介绍|[0-9一二两三四五六七八九十百]+(?:元|块|公里)|优惠|便宜|打折|兼职/;
function driverAdvised(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '代驾') return false;
  const s = sentenceOf(ctx, start, end, 40);
  // (…or offered as one safe way home beside the warning, with no call verb: 喝了酒千万别开车，代驾或者打车都行)
  return (DRIVER_CALLED.test(ctx.before(start, 4)) ? DRINK_TALK.test(s) : DRIVE_WARNED.test(s)) && !DRIVER_PITCHED.test(s);
}

// Round 46 (t46j): 手机定位 as the buyer's own phone's positioning — a tool named beside GPS, a map, navigation or a compass (要看坐标得配
// GPS或者手机定位; 用手机定位找到目标点), not a service to locate someone's phone: nobody else's phone, no price, no offer in the sentence.
const POSITIONING_TOOLS = /gps|北斗|导航|地图|指南针|罗盘|经纬度|坐标|方位|户外|轨迹|定位功能|定位信号/;
const LOCATE_OFFERED = /帮(?:您|你|忙)|[0-9一二三四五六七八九十百两]+(?:元|块)|价|找我|联系我|服务|别人|他人|老公|老婆|对象|男朋友|女朋友|出轨|任何人|查|办/;
function ownPhonePositioning(ctx: LintContext, start: number, end: number): boolean {
  if (ctx.compact.slice(start, end) !== '手机定位') return false;
  const s = sentenceOf(ctx, start, end, 40);
  return POSITIONING_TOOLS.test(s) && !LOCATE_OFFERED.test(s);
}

// Round 46 (t46j): a trade-in (以旧换新) explained, the old unit collected and valued by the platform or its partner recycler (旧机由平台
// 合作的回收商上门收…估价以他们为准): the buyer's old unit is no purchase of ours — only with the trade-in named in the draft, someone
// other than us doing the buying in the sentence, and no 卖给我/找我/我们收 in it.
const TRADE_IN = /以旧换新|换新补贴|旧换新|trade-?in/;
const OTHER_BUYER = /平台|快手|官方|回收商|回收公司|回收方|合作方|合作的|第三方|品牌方|厂家|他们/;
const WE_BUY = /卖给我|卖我|找我|我们收|我收|我们回收|我们上门|我们估|我来估|我给您估|加我/;
function platformTradeIn(ctx: LintContext, start: number, end: number): boolean {
  if (!TRADE_IN.test(ctx.compact)) return false;
  const s = sentenceOf(ctx, start, end, 40);
  return OTHER_BUYER.test(s) && !WE_BUY.test(s);
}

/**
 * Round 40 (t40k): the buyer asked to refer people they know who need the trade (您身边有要结婚的朋友可以推荐一下, 周围有需要的朋友帮忙介绍) —
 * business sought through the buyer, not word of mouth for our shop (身边朋友可以推荐我们店).
 */
const REFERRAL_ASK = /(?:身边|周围|认识的人|朋友圈)[^，。！？]{0,10}(?:可以|欢迎|麻烦|帮忙|帮我)?(?:推荐|介绍)(?!(?:一下|下)?(?:给)?(?:(?:我们|咱们|咱|我|本)?(?:店|家)|这款|链接|宝贝|商品|产品))/;

/** Round 37 (t37f): the goods on sale as the subject of a description (卖的是, 这款是, 详情页写明是, 这批属于). */
const GOODS_SUBJECT = /(?:卖的|售卖的|上架的|这款|这个|这批|这台|这副|这只|这些|这种|链接|标题|详情页?|商品页|写明|注明|标明)(?:也|都)?(?:是|属于|来自)[^，。！？]{0,4}$/;
// Round 44 (t44g): a kind of training advised to the buyer for the goods' safe use, nobody's class sold (有条件的话参加一次正规的急救培训; 建议您去
// 红十字会上一次急救课) — not with us, a price, a place or a sign-up of ours in the sentence (我们也开急救培训，报名找我).
const TRAINING_ADVISED = /(?:建议|推荐|最好|有条件(?:的话)?|有空(?:的话)?|有机会(?:的话)?|可以考虑|不妨)(?:您|你)?(?:也)?(?:去|到)?[^，。！？]{0,8}?(?:参加|上|报|学|接受)(?:一次|一下|一个|个|一期|一些)?(?:正规|专业|系统|官方|权威|线下|当地)?(?:的)?[^，。！？]{0,6}$/;
const OURS_SOLD = /我们|本店|店里|咱们|咱家|我家|我这|找我|私我|联系我|加我|[0-9]+(?:元|块)|学费|名额|报名|优惠|特价|折|送/;
function trainingAdvised(ctx: LintContext, start: number, end: number): boolean {
  if (!TRAINING_ADVISED.test(ctx.before(start, 24))) return false;
  const at = ctx.toOriginal(start, end);
  const s = ctx.text.slice(0, at[1]).split(/[。！？!?\n]/).pop()! + ctx.text.slice(at[1]).split(/[。！？!?\n]/)[0];
  return !OURS_SOLD.test(s);
}

// Round 45 (t45j, T45J_CUES): the buyer drawn into the agent's private life — paid private work asked of the buyer and marked as none of
// the shop's business (想请您帮我个人画一套头像，我自己出钱，一张500…跟店里没关系哈), and the buyer invited to the agent's own circle's meal or
// outing (我们几个收藏的朋友每个月聚一次，AA吃饭喝茶…下回带您一起呀).
const T45J_PRIVATE_GATHERING = /聚一次|聚一聚|聚聚|聚会|聚餐|饭局|吃饭|喝茶|喝酒|喝一杯|撸串|烧烤|爬山|钓鱼|打球|唱歌|k歌|打牌|搓麻|徒步|露营/;
const T45J_OWN_CIRCLE = /我们(?:这)?(?:几个|一帮|一群|几位)|我(?:和|跟)(?:几个)?(?:朋友|同好|球友|钓友|驴友|牌友)|我(?:的)?(?:几个)?(?:朋友|圈子|同好|球友|钓友|驴友|牌友)|老(?:朋友|伙计|哥们)|同好/;
// Round 45 (t45m): the marker in its general form — a relation denied (没关系, 无关, 没有任何关系, 不相干) with the shop or the job named before
// it (和店铺无关, 与本店无关, 跟咱们店没有关系, 跟工作没啥关系); t45j's other markers (不是店里的事, 不走店里) kept as they were.
const T45J_NOT_SHOPS = /(?:跟|和|与|同)(?:我们|咱们|咱|我|本|这个|这家)?(?:店里|店铺|小店|网店|店|家店|公司|工作|单位|门店|平台)(?:这边|那边|的事|的生意|的业务)?(?:都|也|完全|根本|一点|一点儿|半点|真的)?$/;
const T45J_PRIVATE_JOB = {
  severity: 'block',
  message: '以个人名义请买家做有偿私活，与客户服务无关（规则 2.6）',
  window: 40,
  // (t45m: a request to the buyer and a payment both, now that the marker is general — a disclaimer of the shop with a sum in it, 优惠券是平台发的，
  // 跟本店没关系，我个人建议您领满200减20元的, asks the buyer for nothing)
  sentence: [/我(?:个人|自己|私人|私下)/, /帮我|请(?:您|你)(?:帮|给|做|画|写|拍|设计|教|翻译)|麻烦(?:您|你)|拜托(?:您|你)/, /出钱|付钱|付费|报酬|酬劳|稿费|辛苦费|[0-9一二三四五六七八九十百千]+(?:元|块)|(?:出|给|付)(?:您|你)?[0-9一二三四五六七八九十百千]+/],
  notSentence: /退|换货|补偿|赔|快递|物流|运费|订单|差价|色差|质量/,
} as const;
const T45J_CUES: Cue[] = [
  {
    ...T45J_PRIVATE_JOB,
    words: ['没关系', '无关', '没啥关系', '没什么关系', '没有关系', '没任何关系', '没有任何关系', '没一点关系', '没半点关系', '不相干', '不相关', '扯不上关系', '不沾边'],
    before: T45J_NOT_SHOPS,
    grow: true,
  },
  {
    ...T45J_PRIVATE_JOB,
    words: ['不是店里的事', '不走店里'],
  },
  {
    // (not the shop's own event — 门店品鉴会, 直播间活动 — nor a customer's plans wished well)
    words: ['带您一起', '带你一起', '叫上您', '叫上你', '带上您', '带上你', '拉您一起', '拉你一起', '约您一起', '约你一起', '您也来', '你也来', '带您去', '带你去', '带您过去', '带你过去', '您也一起', '你也一起'],
    severity: 'block',
    message: '邀请买家参加客服个人的聚会或私人活动，与客户服务无关（规则 2.6）',
    window: 60,
    sentence: [T45J_PRIVATE_GATHERING, T45J_OWN_CIRCLE],
    notSentence: /直播间|门店|品鉴会|发布会|线下店|展会|试吃会|官方|取件|订单|售后|退货|快递|说明书|教程/,
  },
];

// Round 46 (t46i, T46I_CUES): the chat used for the agent's own life, casually — no trade word, the breach is who it is for.
// The agent's own celebration with the buyer asked to come and fill it (我下个月结婚…还差一桌，您有空来凑个热闹，红包随意): an invitation
// to a private event. Not the buyer's own wedding wished well, nor goods for one (喜糖盒, 请柬).
const T46I_OWN_EVENT = /我(?:下个月|下周|下礼拜|月底|月初|年底|国庆|五一|过年|这周|周末|[0-9一二三四五六七八九十]+(?:月|号|日))*(?:就|也)?(?:要)?(?:结婚|订婚|办酒|摆酒|办喜事|乔迁)|我(?:的|家|们家)(?:婚礼|婚宴|喜酒|满月酒|乔迁宴|生日宴|寿宴|升学宴|酒席)|我(?:儿子|女儿|孩子|闺女|宝宝)(?:的)?(?:满月酒|百日宴|周岁宴|升学宴|婚礼)/;
const T46I_COME_FILL = /(?:您|你)[^，。！？]{0,10}(?:来|参加|过来|赏光)|来(?:凑|喝|吃|玩|捧场)|凑(?:个)?(?:热闹|人数|桌)|(?:差|缺|空)(?:一|两|几)?桌|红包随意|随(?:个)?份子|喝(?:杯)?喜酒/;
// The agent in person at the buyer's door on private time (我下班可以上门帮您…; 我下个月搬家，顺路去您那拿): a private visit, not the shop's
// installer or courier (师傅上门安装, 上门取件) sent on the order.
const T46I_OWN_TIME = /我(?:下班|下了班|周末|休息|业余|私下|晚上|自己|个人)|私活|私单|我(?:下个月|下周|最近|月底|这周)?(?:要)?搬家/;
const T46I_VISIT_NOT = /师傅|安装|取件|快递|物流|售后|退货|换货|补发|送货|配送|发货|维修|工程师|检测|上门服务(?:是|由)|平台|同事|不(?:方便|能|会|用|提供|做)(?:[\u4e00-\u9fff]{0,2})(?:上门|过去|去)/;
// The agent's own deal named as such (纯属我个人的小买卖, 我自己的小生意, 接上门的私活): a side business declared, then pitched.
const T46I_PITCH = new RegExp(`(?:您|你)|量大|价优|长期|供货|给(?:您|你)供|要不要|${PRIVATE_PRICE.source}`);
const T46I_DENIED = /不(?:接|做|允许|让|能|可以|搞)|禁止|严禁|违规|谨防|诈骗|骗/;
const T46I_CUES: Cue[] = [
  {
    words: ['结婚', '订婚', '婚礼', '婚宴', '喜酒', '办酒', '摆酒', '喜事', '满月酒', '百日宴', '周岁宴', '乔迁', '生日宴', '寿宴', '升学宴', '酒席'],
    severity: 'block',
    message: '邀请买家参加客服个人的婚宴、酒席等私人活动，与客户服务无关（规则 2.6）',
    window: 60,
    sentence: [T46I_OWN_EVENT, T46I_COME_FILL],
    notSentence: /(?:您|你)(?:要|快|马上|就要|下个月|也要)?(?:结婚|办酒)|恭喜|新婚快乐|这款|商品|宝贝|喜糖盒|伴手礼|请柬|适合|送礼|直播间|门店/,
  },
  {
    words: ['上门', '过去', '去您家', '去你家', '到您家', '到你家', '去您那', '去你那', '到您那', '到你那', '上您家', '上你家', '去府上'],
    severity: 'block',
    message: '客服以个人身份私下上门，与客户服务无关（规则 2.6）',
    window: 60,
    sentence: [T46I_OWN_TIME, /帮(?:您|你)|给(?:您|你)|方便|可以|要不要|[0-9一二两三四五六七八九十百]+(?:块|元)|(?:一|每)(?:双|次|位|个)[0-9一二两三四五六七八九十百]+|便宜|拿|取/],
    notSentence: T46I_VISIT_NOT,
  },
  {
    // 私活 / 私单 taken on by the agent (我下班在接上门擦鞋的私活) — not a rule told (我们不接私活).
    words: ['私活', '私单'],
    severity: 'block',
    message: '客服私下推销自己的生意或私活，与客户服务无关（规则 2.6）',
    window: 60,
    sentence: [/我(?!们)/, T46I_PITCH],
    notSentence: [T46I_DENIED, /店铺|本店|我们店|咱们店|订单号|退款|售后/],
  },
  {
    // 买卖 / 生意 owned by the agent alone (纯属我个人的小买卖, 我自己的小生意) — not 做生意 said of the buyer, nor 我们店的生意.
    words: ['小买卖', '小生意', '买卖', '生意'],
    severity: 'block',
    message: '客服私下推销自己的生意或私活，与客户服务无关（规则 2.6）',
    before: /(?:^|[^们])我(?:自己|个人|私人|家)?(?:的|自己的)(?:一点|一个|个|点)?(?:小)?$|(?:个人|私人)的(?:小)?$/,
    window: 60,
    sentence: T46I_PITCH,
    notSentence: [T46I_DENIED, /店铺|本店|我们店|咱们店|订单号|退款|售后|(?:您|你)(?:的|家的)(?:小)?(?:买卖|生意)/],
  },
  {
    // The agent's own used things let go cheap (我去年上岸了，笔记都还在，便宜转您): personal resale — not a refund or a price gap paid back.
    words: ['便宜转', '低价转', '半价转', '折价转', '便宜让', '低价让', '便宜出给', '低价出给', '打包转'],
    severity: 'block',
    message: '向买家转卖个人物品，与客户服务无关（规则 2.6）',
    sentence: [/我(?!们)/, /(?:您|你)/],
    notSentence: [PRIVATE_NOT, T46I_DENIED],
  },
];

// ── Round 47 (t47d, T47D_CUES), by mechanism: the chat turned to the agent's own life, each a pair of cues — a private matter asked outright
// (问您个私事) or the agent's family trouble put to the buyer for advice (我婆婆…您说我该怎么开口), the buyer's trade guessed and picked for a
// relative (您是跑网约车的吧？我小舅子也想跑), the buyer's name asked about for naming the agent's child, the buyer taken for the agent's
// classmate, a drama's plot chatted about from the buyer's avatar, and the agent's second-hand things sold cheap.
const T47D_KIN = '(?:老公|老婆|爱人|媳妇|男朋友|女朋友|婆婆|公公|丈母娘|岳母|小舅子|大舅子|小姑子|妯娌|表姐|表哥|表妹|表弟|堂哥|堂姐|舅舅|舅|叔叔|姑姑|小姨|姨|哥|姐|弟|妹|爸|妈|儿子|女儿|闺女|孩子|朋友|闺蜜|同学|邻居|亲戚|发小|室友|嫂子|姐夫|妹夫|老二|老大)';
const T47D_ORDER_TALK = /款|码|颜色|下单|订单|发货|物流|快递|退|换货|售后|尺寸|型号|送给|礼物|适合/;
const T47D_CUES: Cue[] = [
  {
    // A private matter asked of the buyer outright (问您个私事，您也是当儿媳的人吧; 冒昧问你件私事). Not a refusal to pry (不方便问您私事).
    words: ['私事', '私人问题', '私人的事', '私人事情', '家事', '题外话'],
    severity: 'block',
    message: '向买家打听或倾诉私事，与客户服务无关（规则 2.6）',
    before: /(?:问|请教|打听|咨询|跟|和)(?:一下)?(?:您|你)(?:一)?(?:个|件|点|些)?$|(?:冒昧|顺便|偷偷)(?:问|请教|打听)(?:您|你)?(?:一)?(?:个|件|点)?$/,
    notSentence: /不方便|不会|不该|不能|不问|不打听|隐私/,
  },
  {
    // The agent's family trouble put to the buyer for advice (我婆婆非让我们每周末回她家住…您说我该怎么跟他开口？). Not a gift asked for (我老公
    // 生日送他哪款好).
    words: ['我该怎么', '我该咋', '我该不该', '我要不要', '我应不应该', '我怎么跟他', '我怎么跟她', '我咋跟他', '我咋跟她', '我该怎么办', '我咋办'],
    severity: 'block',
    message: '把客服个人的家事拿来向买家讨主意，与客户服务无关（规则 2.6）',
    before: /(?:您|你)(?:说|看|觉得|帮我想想)$/,
    sentence: new RegExp(`我(?:家|的)?${T47D_KIN}`),
    notSentence: T47D_ORDER_TALK,
    window: 60,
  },
  {
    // The buyer's trade guessed, then their inside knowledge asked for the agent's relative (您是跑网约车的吧？我小舅子刚提了辆车也想跑，您觉得
    // 哪家抽成低？). Not a use asked to fit the goods (您是做餐饮的吧？这款围裙耐油).
    words: ['您是跑', '你是跑', '您是做', '你是做', '您是干', '你是干', '您是开', '你是开', '您也是', '你也是', '您是当', '你是当'],
    severity: 'block',
    message: '打听买家的职业并请教私人问题，与客户服务无关（规则 2.6）',
    after: /^[^，。？！]{1,8}的(?:人)?(?:吧|吗|呀|啊|呢|嘛)/,
    sentence: [new RegExp(`我(?:家|的)?${T47D_KIN}|我自己也想|我也想`), /您觉得|你觉得|您说|你说|跟我说说|说说|请教|哪家|多少|怎么样|靠谱|该怎么|转告/],
    notSentence: T47D_ORDER_TALK,
    window: 80,
  },
  {
    // The buyer's name asked about for naming the agent's child (我在给我家老二起名，能问问是谁给您起的、有啥讲究). Not a naming book sold
    // (这本起名字典适合新手爸妈) nor a name to engrave.
    words: ['给您起的', '给你起的', '给您取的', '给你取的', '起名', '取名', '起名字', '取名字'],
    severity: 'block',
    message: '借买家的名字聊给自家孩子起名，与客户服务无关（规则 2.6）',
    sentence: [/(?:我家|我们家|家里)(?:的)?(?:老二|老大|老三|孩子|宝宝|儿子|女儿|闺女|娃|小孩|二胎)|给我(?:家)?(?:老二|老大|孩子|宝宝|儿子|女儿|闺女|娃)/, /谁|讲究|寓意|啥意思|什么意思|能问问|问问|请教/],
    notSentence: /字典|刻字|定制|刻名|印名|书|服务|款|下单/,
    window: 60,
  },
  {
    // The buyer taken for the agent's classmate (收货人名字跟我高中同桌一模一样，是不是九几年在宜宾念过高中呀). Not a classmate's use told (我同学也在用).
    words: ['同桌', '高中同学', '初中同学', '大学同学', '小学同学', '老同学', '同班同学', '校友', '老乡'],
    severity: 'block',
    message: '把买家认作同学、老乡攀交情，与客户服务无关（规则 2.6）',
    before: /我(?:的)?(?:高中|初中|大学|小学)?$|(?:您|你)(?:跟|和)我(?:是|算)?$/,
    sentence: /是不是|是您吗|是你吗|念过|读过|上过|咱们班|我们班|聚会|同一个|一模一样/,
    notSentence: /也在用|也买过|推荐|回购/,
    window: 40,
  },
  {
    // A drama's plot chatted about from the buyer's avatar (您头像是那部剧女主吧！她最后跟谁了？). Not the drama's merchandise (女主同款发夹).
    words: ['最后跟谁', '最后和谁', '跟谁了', '和谁在一起', '跟谁在一起', '结局是什么', '结局怎么样', '大结局', '后来怎么样', '第几集', '更新到哪', '最后谁赢', '谁赢了'],
    severity: 'block',
    message: '跟买家闲聊电视剧等与订单无关的话题，与客户服务无关（规则 2.6）',
    sentence: /剧|女主|男主|主角|头像|番|小说|综艺/,
    notSentence: /同款|周边|款|下单|商品|宝贝|链接|库存|发货/,
    window: 40,
  },
  {
    // The agent's own second-hand things sold cheap (二手苹果要不 便宜出; 闲置的平板便宜转你). Not the shop's clearance (临期款清仓便宜出).
    words: ['便宜出', '低价出', '便宜转', '低价转', '亏本出', '白菜价出', '便宜卖你', '便宜卖您', '出给你', '出给您', '转给你', '转给您'],
    severity: 'block',
    message: '向买家兜售客服个人的二手、闲置物品，与客户服务无关（规则 2.6）',
    sentence: [/二手|闲置|自用|成新|我的|我自己|我家/, /要不|要吗|要不要|有需要吗|需要吗|感兴趣/],
    notSentence: /本店|店里|清仓|临期|活动|链接|拍下|库存|店铺|退款|差价|订单/,
    window: 30,
  },
];

const cues: Cue[] = [
  {
    // Round 12, GENERAL: a trade's institution or package pitched (我们合作的月子中心有特价套餐 / 我们机构暑假有奥数班，报名送教材 /
    // 我朋友开的驾校现在报名打八折 / 王者满皮肤的号，低价出): the place plus an offer or a price. Not goods for it (月子期间也能用,
    // 适合健身房用), nor the shop's own goods.
    words: TRADE_PLACES,
    severity: 'block',
    message: '向买家推销与店铺无关的机构、服务，客服工具仅限客户服务（规则 2.6）',
    window: 30,
    // Round 13 (t13c): also a price before 出/卖 (全皮肤，1500出).
    sentence: new RegExp(`${OFFER.source}|${SIDE_PITCH.source}|${REFERRAL_ASK.source}|想不想|合作|套餐|特价|报名|名额|低价出|出了|转让|[0-9一二两三四五六七八九十百千万]+(?:元|块)?(?:就)?(?:出|卖|转)(?![了去来现售库口门])`),
    notSentence: [OWN_GOODS, /适合|使用|用的|期间|可以用|能用|也能|都能|推荐给(?!您|你)|不(?:做|接|提供|卖|办)|没有|联名|图案|印花|周边/],
  },
  {
    // Round 13 (t13c), by shape: a household trade named by its provider (搬家师傅, 保洁阿姨, 维修师傅, 家政公司, 代驾师傅) — trade +
    // provider noun — pitched by the agent (我们合作的, 我认识, 找我, 便宜, 打八折). Traps: 快递师傅说明天派送; 这款扫地机的维修请联系
    // 品牌售后，维修师傅会上门; 安装师傅三天内上门.
    words: ['师傅', '阿姨', '公司', '工人', '队'],
    severity: 'block',
    message: '向买家推销与店铺无关的机构、服务，客服工具仅限客户服务（规则 2.6）',
    before: /(?:搬家|保洁|家政|开锁|换锁|维修|修空调|空调|家电|管道|疏通|通下水道|装修|刷墙|月嫂|育儿嫂|保姆|护工|代驾|跑腿|回收|清洗油烟机|除甲醛|甲醛治理|搬运|货运|拉货)的?$/,
    sentence: [/合作的|认识(?:的|个|一个)|我(?:朋友|表哥|表姐|亲戚|老公|老婆|家|哥|姐|弟)|找我|介绍|推荐(?:给)?(?:您|你)|报我|我们(?:这边)?有/, new RegExp(`${SIDE_PITCH.source}|按车算|按小时|上门费|新客|比[^，。]{1,6}(?:便宜|划算)`)],
    window: 40,
    notSentence: [OWN_GOODS, /快递|物流|派送|配送|安装|售后|品牌方|退|订单/],
    unless: providerMishap,
  },
  {
    // Round 12: stock, forex or coin tips offered (gu票群了解一下，老师每天推牛股 / 外汇黄金喊单，跟着老师操作一周回本).
    words: TIP_WORDS,
    severity: 'block',
    message: '向买家推荐荐股、喊单等投资群，与客户服务无关（规则 2.6）',
    window: 30,
    sentence: /群|老师|跟着|跟我|操作|回本|收益|赚|免费|扣1|进群|了解一下|感兴趣|带你|带您|稳/,
    notSentence: /谨防|骗局|诈骗|骗子|不要相信|别信|不会|没有/,
    unless: (ctx, start, end) => quoteOpensMidWord(ctx, start, end),
  },
  {
    // Selling on one's own account elsewhere: 我自己闲鱼有卖, 我个人也在卖, 我朋友开了家店.
    words: ['我自己', '我私人', '我个人', '我私下', '我朋友', '我家亲戚', '我老婆', '我老公'],
    severity: 'block',
    message: '客服私下推销自己或亲友的生意，与店铺服务无关（规则 2.6）',
    after: /^[^]{0,8}(?:有卖|在卖|也卖|有得卖|卖这个|开了家|开了个|开的店|的店|小店|搜我|私下卖)/,
    notAfter: /^[^]{0,8}(?:买的|用的|也在用|在用)/,
  },
  {
    // Engagement asked for the agent's own things, in any words: 麻烦您给我抖音作品点个赞转发一下，冲业绩呢, 顺便求个赞，我发的那条
    // 视频在冲热门, 给我小红书笔记点个赞收藏一下. Every wording has an engagement act (赞, 投票, 收藏, 转发, 关注, 助力), something
    // of the agent's (给我, 我的, 我发的) and personal content or a personal goal (作品, 视频, 笔记, 评选, 冲业绩, 冲粉). Not the
    // shop's own (给商品点个赞, 关注一下我们店铺, 直播间) nor service asks (把物流截图转发给我).
    words: ['点赞', '点个赞', '求赞', '求个赞', '赞一下', '投票', '投一票', '投个票', '收藏一下', '转发一下', '点个关注', '关注一下', '点个在看', '助力一下', '一键三连', '三连', '拉票', '拉拉票', '拉个票'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    sentence: [
      /给我(?!们)|我(?:的|发的|拍的|写的|做的|自己的|个人的)(?!店|们)|帮我(?!们)|我(?:在|正在)(?:参加|参赛|冲)/,
      /作品|视频|笔记|动态|朋友圈|个人号|小号|主页|文章|评选|比赛|参赛|选手|冲(?:业绩|热门|粉|榜|量|人气|排名|kpi|[0-9一二三四五六七八九十百千万]+)|人气|排名|业绩|kpi/,
    ],
    notSentence: /店铺|本店|我们店|商品|宝贝|这款|直播间|评价|晒图|截图|物流|订单/,
    window: 30,
  },
  {
    // Round 41 (t41g): a vote or engagement asked for a contest or an election, whoever's (我们老板在竞选商会理事，麻烦您去他作品下面点个赞;
    // 我们店在参加年度好店评选，帮投个票，投完截图给我) — a task for the buyer unrelated to the order, even for the shop itself. Not the
    // shop's award told (我们店评上了年度好店，谢谢支持), nor a warning (有人找您拉票是骗局).
    // Round 44 (t44f): …the vote as a bare verb with a count or an ability (搜店名就能投，一天能投三票) for a title being judged (在评“年度人气老店”).
    words: ['点赞', '点个赞', '赞一下', '留个言', '留言', '评论一下', '投票', '投一票', '投个票', '投上一票', '帮投', '投一下', '拉票', '拉个票', '助力一下',
      '能投', '可以投', '去投', '帮忙投', '帮着投', '投两票', '投三票', '投几票', '投五票', '投十票'],
    severity: 'block',
    message: '请买家为评选、比赛或竞选投票点赞，与客户服务无关（规则 2.6）',
    notAfter: /^(?:诉|保|放|递|资|入|产|标|喂|币)/,
    sentence: [
      /竞选|选举|参选|换届|理事|人大代表|评选|评比|比赛|参赛|选手|大赛|海选|决赛|冲榜|打榜|参评|在评|年度[^，。！？]{0,6}?(?:店|奖|人物|品牌|餐厅)|人气(?:奖|王|老店|店铺|餐厅)/,
      /麻烦|帮(?!助)|求|拜托|请(?:您|你)|您去|你去|去(?:他|她|我|我们)|给(?:他|她|我|我们)|截图|投完|支持一下/,
    ],
    notSentence: /诈骗|骗局|谨防|警惕|小心|不会(?:让|要|找)|不用|不需要|别(?:信|理|点|投)|不要(?:信|理|点|投)|获奖作品|得奖/,
    window: 40,
  },
  {
    // Round 44 (t44f): a seat in the agent's own car sold to the buyer (过年我开车回老家，顺路的话可以拼个车，一位150): a private ride for money,
    // nothing to do with the order. Not goods shipped together (拼车发物流, 拼单) or a courier's van.
    words: ['拼车', '拼个车', '拼下车', '顺风车', '搭我的车', '坐我的车', '捎您一程', '捎你一程', '带您一程', '带你一程', '搭个车', '蹭车'],
    severity: 'block',
    message: '向买家兜售与店铺无关的私人服务（拼车、顺风车），与客户服务无关（规则 2.6）',
    sentence: [
      /开车|自驾|顺路|回老家|回家|老家|过年|放假|座位|上车|出发/,
      /[0-9]+(?:元|块)?|(?:一|每)(?:位|人|个人|座)|人均|油费|车费|路费|分摊|aa/,
    ],
    notSentence: /快递|物流|货车|发货|包裹|拼单|(?:不|别|没法|不能)(?:拼车|搭车|带)|骗子|诈骗/,
    window: 40,
  },
  {
    // Round 44 (t44f): a language exchange proposed with the buyer (能不能每天晚上跟您在这儿练几句俄语？我教您中文当交换): the chat turned into
    // the agent's lessons. Not the product's language (说明书是俄语的) or a translation offered for the order.
    words: ['练几句', '练口语', '练练口语', '练一练', '练练', '语言交换', '互相学习', '当交换', '作为交换', '做交换', '互教', '教您中文', '教你中文'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（语言交换、陪练），与客户服务无关（规则 2.6）',
    sentence: [
      /(?:跟|和|陪|同)(?:您|你)|(?:您|你)(?:教|陪)我|我(?:可以|来)?教(?:您|你)/,
      /俄语|英语|日语|韩语|法语|德语|西班牙语|泰语|越南语|阿拉伯语|中文|汉语|普通话|粤语|外语|口语|语言|单词|发音/,
    ],
    notSentence: /说明书|翻译(?:一下)?(?:说明|标签|成分|订单)|商品|产品|标签|包装上|使用方法/,
    window: 40,
  },
  {
    // Round 44 (t44f): the buyer asked for local tips for the agent's own trip (我下周去成都玩，有啥本地人才知道的苍蝇馆子推荐一下): a personal
    // favour. Not the goods recommended, nor the buyer's own trip served (您去日本玩的话，这款转换插头用得上).
    words: ['推荐一下', '推荐推荐', '推荐几家', '推荐个', '推荐家', '有啥好吃', '有什么好吃', '好吃的', '好玩的', '馆子', '苍蝇馆子', '攻略', '必去', '必吃'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（求推荐本地吃喝玩乐），与客户服务无关（规则 2.6）',
    sentence: [
      /我(?:下周|下个月|下礼拜|过几天|过两天|月底|月初|周末|最近|这周|明天|后天|国庆|五一|春节|过年|暑假|寒假)?(?:打算|准备|要|计划|想)?(?:去|来|到)[^，。！？]{0,6}?(?:玩|旅游|旅行|出差|度假|逛|耍)/,
      /本地|当地|馆子|好吃|好玩|景点|美食|攻略|必去|必吃|推荐/,
    ],
    notSentence: /(?:您|你)(?:去|来|到)[^，。！？]{0,6}?(?:玩|旅游|旅行|出差)|这款|这个产品|商品|宝贝|链接|带上|用得上/,
    window: 50,
  },
  {
    // Round 44 (t44f): the buyer signed as a paid creator by the agent's agency (我们是正规MCN，正在签舞蹈类达人，签约费只要1999): a sale of an
    // influencer contract, nothing to do with the goods. Not the shop's own creator programme told without a fee.
    words: ['mcn', '签约费', '签达人', '签主播', '签约达人', '签约主播', '孵化达人', '孵化主播', '起号', '带您起号', '带你起号', '包流量', '包上热门'],
    severity: 'block',
    message: '向买家兜售与店铺无关的服务（MCN 签约、孵化起号），与客户服务无关（规则 2.6）',
    sentence: [
      /签约|签(?:您|你)|签(?:达人|主播|网红)|孵化|起号|流量|培训/,
      /费|[0-9]+(?:元|块)?|只要|包(?:流量|培训|上热门)|收益|分成/,
    ],
    notSentence: /诈骗|骗局|骗子|谨防|警惕|小心|不会(?:收|要)|别信|不要信/,
    window: 50,
  },
  {
    // Money put into the agent's scheme (我们在做个小项目，投两千进来每周分红，稳赚不赔) and app sign-ups for the agent's reward (扫一下
    // 我这个拉新码注册个APP) — not a product's yield (这款理财…) or warnings.
    words: ['稳赚不赔', '稳赚', '保本保息', '分红', '高回报', '回报率', '年化收益', '拉新码', '拉新'],
    severity: 'block',
    message: '向买家推销投资项目或拉新任务，与客户服务无关（规则 2.6）',
    sentence: /投(?!诉|递|保)|投资|入股|本金|进来|跟着|项目|注册|下载|扫一下|扫码|帮我|我这个|我的/,
    notSentence: /诈骗|谨防|骗局|警惕|不存在|没有|不做|不搞|违法|平台活动|官方活动/,
    window: 30,
  },
  {
    // Round 44 (t44h, dev HM): the buyer's trade put to work on the shop's own affairs, with a reward (您是做会计的？我们店的账有点乱，能不能帮忙看看，
    // 给您包个红包; 您是学设计的吧，帮我们店改个logo，有酬劳): the chat used to get work done, not to serve the buyer. Not goods suited to the
    // trade (您是做设计的？这款数位板很适合) nor the buyer's own paperwork (您是会计的话，发票可以开专票).
    words: ['会计', '财务', '审计', '律师', '法务', '设计师', '做设计', '学设计', '程序员', '写代码', '翻译', '摄影师', '做税务', '报税', '做账', '记账', '懂电脑', '懂法律', '懂财务', '懂设计'],
    severity: 'block',
    message: '请买家凭专业帮店里做事，与客户服务无关（规则 2.6）',
    before: /(?:您|你)(?:是|也是|以前是|之前是|本身是|原来是)?(?:做|干|学|当|搞|在做|从事)?$/,
    window: 80,
    sentence: [/(?:我们|咱们|我|店|公司|老板)(?:店|家|公司)?(?:里|的)?[^，。！？]{0,8}(?:账|报表|税|合同|官司|纠纷|logo|海报|网站|程序|系统|资料|文件|材料)/,
      /帮忙|帮(?:我们|我|咱们)|麻烦(?:您|你)|拜托|请教|指点/,
      /红包|报酬|酬劳|好处费|辛苦费|有偿|请(?:您|你)吃饭|给(?:您|你)[^，。！？]{0,4}(?:钱|[0-9一二两三四五六七八九十百]+(?:块|元))|包个|表示一下/],
    notSentence: /发票|专票|普票|开票|抬头|适合|这款|推荐|订单/,
  },
  {
    // Personal favours: 有空帮我看看孩子作业吗, 帮我辅导一下孩子.
    words: ['孩子作业', '看看作业', '辅导作业', '辅导孩子', '辅导一下', '帮我带孩子', '帮我接孩子', '帮我看孩子', '帮我看看孩子'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    sentence: /帮我|帮忙|有空|能不能|可以|吗|老师/,
    notSentence: /学习桌|台灯|文具|书包|点读|学习机|商品|这款|适合/,
  },
  {
    // Round 45 (t45l, dev HR): the buyer asked to coach, mind or spend time with the agent's own child (能不能周末顺便带带我儿子？我管饭;
    // 有空教教我女儿游泳呗; 麻烦您陪我侄子练两局) — the chat used for a personal favour. Not the agent doing it (我周末也教教我儿子), the buyer's
    // own child (您带带您儿子), nor goods fitted to the child (这款滑板带带我儿子那样的新手正合适).
    words: ['我儿子', '我女儿', '我孩子', '我闺女', '我家孩子', '我家小孩', '我家娃', '我家儿子', '我家女儿', '我家闺女', '我小孩', '我侄子', '我侄女', '我外甥', '我外甥女', '我弟弟', '我妹妹', '我孙子', '我孙女', '我家老大', '我家老二'],
    severity: 'block',
    message: '请买家帮忙带、教、陪客服自己的孩子或亲戚，属于与客户服务无关的个人请求（规则 2.6）',
    before: /(?:带带|带一带|带一下|帮我带|帮忙带|教教|教一教|教一下|帮我教|帮忙教|陪陪|陪一陪|陪一下|帮我陪|帮忙陪|指点指点|指点一下|指导指导|指导一下|帮我看着|帮忙看着|帮我照看|帮忙照看)$/,
    notBefore: /(?:我|我们|咱)(?:也|就|会|来|去|先|都|经常|平时|周末)*(?:带带|带一带|带一下|教教|教一教|教一下|陪陪|陪一陪|陪一下|指点指点|指点一下|指导指导|指导一下)$/,
    sentence: /能不能|能否|可不可以|可以吗|行不行|行吗|好不好|好吗|麻烦(?:您|你)|拜托|帮(?:我|忙)|有空|有时间|呗|？|\?|吗/,
    notSentence: /这款|这个款|适合|正合适|尺码|码数|型号|新手款|入门款/,
    deniable: false,
  },
  {
    // Round 34 (t34c): someone's research fed by the buyer's answers — a thesis, a graduation project, a course paper (我朋友在写毕业论文，
    // 想请您答几道题; 表妹做毕设要收数据，五分钟就好，填完送券): the chat tool used to collect data for a third party. Not goods for study
    // (这款台灯适合写论文熬夜用) nor a paper the buyer needs printed with the order.
    words: ['毕业论文', '论文', '毕业设计', '毕设', '课题', '调查报告', '社会实践', 'thesis', 'dissertation'],
    severity: 'block',
    message: '请买家为他人的论文、调查答题或提供数据，与客户服务无关（规则 2.6）',
    window: 50,
    sentence: [/填|答(?:几|一些|些|个|一下|下)?(?:道|个)?题|(?:几|[0-9一二三四五六七八九十]+)道题|收(?:集)?(?:数据|样本|问卷)|做(?:个|一下|下)?(?:调查|调研|访谈)|采访(?:您|你|一下)|questionnaire|survey/,
      /帮|麻烦|拜托|能不能|可以吗|好吗|行吗|送(?:您|你)|给(?:您|你)|吗/],
    notSentence: /台灯|键盘|电脑|书桌|打印|装订|这款|这本|教材|指南|模板|格式|商品|适合|查重服务/,
  },
  {
    // Round 34 (t34c): the agent's own child's schoolwork put to the buyer (我儿子有道数学题不会，拍给您看看; 我闺女的作文您帮忙改改) — the
    // child is the agent's (我儿子, 我家孩子), the ask is to look, explain or teach. Not goods for study (我儿子也用这款学习机做题) nor the
    // buyer's child (您孩子的作业本尺寸).
    words: ['数学题', '物理题', '化学题', '英语题', '语文题', '奥数题', '应用题', '几何题', '道题', '这题', '难题', '作业', '作文', '功课', '试卷', '卷子', '习题', '错题'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    window: 40,
    sentence: [/我(?:家)?(?:的)?(?:儿子|女儿|孩子|闺女|小孩|娃|侄子|侄女|外甥|外甥女|弟弟|妹妹|孙子|孙女|小外孙)|我家(?:那)?(?:个|位)?(?:小的|小朋友|宝贝|老大|老二)/,
      /不会|不懂|卡住|卡了|写不好|做不出|做不来|解不出|怎么做|咋做|怎么解|讲讲|讲一下|讲下|教教|教一下|辅导|指点|改改|改一下|帮(?:她|他)改|请教|拍给(?:您|你)|发给(?:您|你)|给(?:您|你)(?:看|瞅)/],
    // (goods the child uses, however praised: 我女儿用这支笔写作业挺顺手, 作业本也是这个牌子, 同款的错题打印机)
    notAfter: /^(?:本|纸|灯|桌|盒|袋|打印机)/,
    notSentence: /学习桌|台灯|文具|书包|点读|学习机|练习册|教辅|词典|这款|这个牌子|同款|这支|这种|打印机|详情|链接|买家秀|商品|适合|用了|在用|用的|护眼|坐姿|顺手|好用/,
  },
  {
    // Personal favours asked of the buyer: 帮我女儿投个票, 帮我砍一刀, 转发水滴筹, 填一份问卷, 能借我两百块吗.
    words: ['投个票', '投一票', '帮忙投票', '砍一刀', '帮我砍', '助力一下', '水滴筹', '轻松筹', '填个问卷', '填一下问卷', '填一份关于', '问卷', '借我', '领养', '帮忙转发', '帮我转发',
      // (round 34, t34c: the questionnaire named in English inside Chinese, 帮忙填个 questionnaire / 收 survey)
      'questionnaire', 'questionaire', 'survey'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    notSentence: [/售后问卷|满意度|satisfaction|平台的|评价|feedback(?:survey|form)|感谢(?:您的)?(?:填写|反馈|参与)/, serviceUnlessSwitched(/订单(?!无关|没关系|没有关系|没啥关系)/), SERVICE_ASK_UNSWITCHED],
  },
  {
    // A favour asked of the buyer about their own life, not the order: 帮我问问专家号, 帮我捎两罐奶粉回来,
    // 帮我留意房子, 帮我点一下助力, 帮忙捐点. Not 帮我确认一下收货地址 / 帮我拍一下外箱 (service asks).
    words: ['帮我', '帮帮我', '帮个忙', '帮忙', '替我'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    after: FAVOUR,
    scope: 'clause',
    notSentence: SERVICE_ASK_UNSWITCHED,
    // Round 40 (t40k): the help refused with a bare 不 (电子烟我们店不卖，也不帮忙代购; 我们不帮忙跑腿) — not a question put to the buyer (你不帮我砍一刀吗).
    unless: (ctx, s, e) => /不$/.test(ctx.before(s, 2, 'soft')) && !endsAsQuestion(ctx, e) && !/[吗嘛呢]/.test(ctx.after(e, 24, 'hard')),
  },
  {
    // Round 45 (t45d): a companion's role asked of the buyer for the agent's own trip or leisure (您给我当两天地陪呗, 帮我当个导游, 你来做我的
    // 饭搭子): a personal favour, nothing to do with the order. Not the role as the goods' use (导游旗, 适合导游带团用) or a service denied.
    words: ['地陪', '导游', '向导', '陪游', '陪玩', '伴娘', '伴郎', '搭子', '饭搭子', '旅游搭子', '旅行搭子', '游伴', '旅伴'],
    severity: 'block',
    message: '请买家为客服个人当导游、陪同等，属于与服务无关的个人请求（规则 2.6）',
    before: /(?:(?:给|帮|替|陪|带)(?:我|我们|咱|咱们)|(?:您|你)(?:来|去)?(?:当|做|作)(?:我|我们|咱)(?:的)?)(?:当|做|作|充当)?(?:个|一个|一回|一次|几天|两天|一天|[0-9一二两三几]+(?:天|日|晚))*(?:的)?$/,
    notSentence: /不提供|不做|不接|没有这|不卖/,
    scope: 'clause',
  },
  {
    // Spreading something for us on the buyer's own channels: 把这条转发到你的小区群里，给我们拉点人气; 帮我们另一个项目发条推广，给你报酬.
    // Not 把商品链接分享给朋友 or 把物流截图转发到这里 (service).
    words: ['人气', '推广', '宣传', '转发到', '分享到', '发到你', '发朋友圈', '发个朋友圈', '发条朋友圈', '发个视频', '发条视频', '拉几个人', '拉人进群', '拉点人', '群里', '小红书', '朋友圈', '拉满', '拉够', '写笔记'],
    severity: 'block',
    message: '请买家替自己转发、推广或拉人，与客户服务无关（规则 2.6）',
    // A channel of the buyer's own or a reward: 帮我们宣传一下，满意的话推荐给朋友 is only word of mouth.
    sentence: [ASK_OR_REWARD, /你|您|帮/, /群|朋友圈|粉丝|视频|抖音|小红书|微博|动态|人气|拉[^]{0,3}人|项目|报酬|酬劳|红包|好处|给你[0-9一二三四五六七八九十百两]/],
    window: 28,
    // 把商品链接分享给朋友 is service; a reward for posting it (发一次给你五块红包) is not.
    notSentence: [/^(?![^]*(?:给(?:你|您)[^]{0,4}(?:[0-9一二三四五六七八九十百两]|红包|钱|报酬)|报酬|酬劳|有偿|好处费))[^]*(?:商品|链接|优惠券|这款|宝贝|订单|售后|截图|物流|快递)/, /好评|评价|平台(?:的)?活动|活动页|官方/],
  },
  {
    // A fee offered to the buyer for a task: 给你报酬, 有偿, 跑腿费, 好处费 — not compensation for a return (辛苦费补偿).
    words: ['报酬', '酬劳', '好处费', '跑腿费', '辛苦费', '有偿', '感谢费', '付你钱', '付您钱', '给你钱', '给您钱'],
    severity: 'block',
    message: '付费请买家办与订单无关的事（规则 2.6）',
    sentence: /帮|发|转|推广|宣传|跑|带|拉|做|写|翻译|租|借/,
    window: 28,
    notSentence: /退|换货|寄回|补偿|赔|售后|订单|运费|差价|商品|宝贝|验货/,
  },
  {
    // The agent owning up that the ask is off-topic: 能帮我翻译下合同吗，跟订单无关; 私人问题，您会修电脑吗 — a request
    // marked as private. Not a refusal (跟订单无关的问题我这边回答不了, handled by the warning frame).
    words: ['跟订单无关', '和订单无关', '与订单无关', '跟订单没关系', '和订单没关系', '跟订单没啥关系', '不聊售后', '私人问题', '私人请求', '私事', '题外话', '私人的忙', '跟购物无关', '和购物无关'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    // (round 36, t36f: …or a question put to the buyer's expertise, 我有点私事想咨询一下，离婚财产怎么分)
    sentence: /帮|能不能|可以|吗|呗|请你|麻烦你|会不会|会[^]{0,6}吗|懂|咨询|请教|想问|问问/,
    window: 30,
    // (round 41, t41f: …nor the off-topic part declined in other words — 和订单无关的文件翻译我们就帮不上了, 就不接了, 做不了)
    notSentence: /回答不了|答不了|不方便|无法|没法|不能回答|不会过问|只负责|只处理|帮不了|帮不上|帮不到|爱莫能助|做不了|办不了|(?:就|都|一律|暂时|暂)?(?:不接|不提供|不做|不帮)(?!吗|么|呢|是吧|吧|也|的话|没关系)|不聊|您的私事|隐私/,
  },
  {
    // Buying from the buyer: 闲置名牌包我们高价回收, 旧手机上门估价, 金银首饰按金价收购 — not packaging recycled
    // (包装盒可回收), the shop's trade-in on the order page (以旧换新), or no such service (我们店没有这项服务).
    // Round 43 (t43e): …also the short 卖我 and a price per unit before 收 (钓的鱼吃不完可以卖我，野生鲈鱼三十一斤收; 自家鸡蛋两块一个收) — the
    // buyer's own catch or harvest bought by the agent. Not 专卖我们家的 (a shop's line) nor 卖我们的货 (ours sold).
    words: ['回收', '收购', '高价收', '上门收', '收二手', '收闲置', '也收', '还收', '估价', '折收', '价收', '卖给我', '卖我', '寄卖', '代卖', '代售', '帮您卖', '帮你卖'],
    severity: 'block',
    message: '向买家收购物品，属于与店铺服务无关的生意（规则 2.6）',
    // Round 17 (fa17b): money collected at the door (有人上门收钱请直接拒绝) buys nothing; a firm bought by a group (被雅诗兰黛集团收购) is history.
    // Round 47 (t47e): …nor a provenance paper of our own stock (收购凭证, 收购许可证 on the detail page): a document noun right after 收购.
    notAfter: /^(?:取|到|货|件|款|钱|费|运费|快递费)|^们|^(?:凭证|凭据|单据|票据|证明|许可证?|资质|台账|记录|合同)/,
    notBefore: /被[^，。！？]{0,12}(?:集团|公司|品牌|企业|资本|巨头|母公司)$|(?:专|在|售|直|热|贩|义|拍|变|叫|出|甩|贱|倒|零|批|好|难|能)$/,
    // (round 31, t31b: …or sold for the buyer on commission — 帮藏家做二级市场代卖，抽成百分之十，您有想出手的交给我们)
    sentence: [/高价|上门|估价|收购|金价|给得多|比[^]{0,6}(?:高|多)|价格|闲置|二手|旧|不用的|[0-9一二三四五六七八九十两]+(?:元|块)|卖给我|卖我|抽成|提成|佣金|扣点|二级市场|想出手|要出手|转手|[0-9一二三四五六七八九十两百]+(?:元|块)?(?:一|每)?(?:斤|公斤|个|只|条|头|箱|筐)(?:我)?(?:都|全)?收(?!到|货|件|款|好)/, /我|找|吗|要出|卖/],
    window: 24,
    // (round 40, t40k: …nor the shop's own paid service added to the order — 加购我们店的付费回收服务，下单时勾选)
    notSentence: /没有这项|不提供|不做|不回收|不收|包装|环保|垃圾|回收站|回收利用|以旧换新|可回收|材质|下单页|回收箱|加购|下单(?:时|的时候)?(?:勾选|选|备注)|勾选|(?:我们|咱们|本)店的[^，。！？]{0,8}服务/,
    // Round 14 (fa14b): the goods' own provenance told (这款手表是二手寄卖的, 属于回收翻新的机器): what we sell, not what we buy from the buyer.
    // Round 37 (t37f): …or the goods on sale named by it (这个链接卖的是二手回收练习球, 详情页写明是回收球): the listing is the subject, a goods
    // noun right after, nothing bought from the buyer.
    // Round 38 (t38j): …or the old unit disposed of, not bought (我们会把旧机拆了回收, 旧电池统一回收处理): a disposal word before it or
    // 处理 after, and no price or pay for the buyer in the sentence.
    // Round 43 (t43a): …or a dealer named as where our stock came from (日本回收商那边收来的): sourceDealer below.
    // Round 54 (eng54c): …or the goods' source told (来源是海外回收, 货源都是回收的): what we sell, no price or sale asked of the buyer.
    unless: (ctx, start, end) => (/(?:来源|货源|来路|渠道)(?:是|为|于|都是|主要是)?[^，。！？]{0,4}$/.test(ctx.before(start, 10)) && !/您|你|找我|卖给|高价|上门|估价/.test(ctx.after(end, 16, 'hard'))) || disposedOf(ctx, start, end) || sourceDealer(ctx, start, end) || platformTradeIn(ctx, start, end) || (/(?:是|属于|来自)[^，。！？]{0,4}$/.test(ctx.before(start, 8)) && /^(?:的|品|商品|货)(?![^，。！？]{0,6}(?:您|你|找我|卖给))/.test(ctx.after(end, 12))) ||
      (GOODS_SUBJECT.test(ctx.before(start, 12)) && !/(?:我们|我|咱们|咱|本店|店里|小店)[^，。！？]{0,6}$/.test(ctx.before(start, 12)) && /^[\u4e00-\u9fff]{0,3}?(?:的|品|货|球|机|件|料|书|瓶|鞋|衣|表|包|杆)(?![^]{0,8}(?:您|你|找我|卖给|高价|上门|估价))/.test(ctx.after(end, 12))),
  },
  {
    // Paperwork made for the buyer's outside use and sold by the piece: 开海关完税证明，报销用的，一张50; 收入证明一百块一份.
    // Not the order's own invoice (发票在订单详情页申请) or a certificate looked up for free (在单一窗口查询).
    words: ['证明', '发票', '收据', '流水', '病假条', '假条', '小票', '合同', '在职证明', '收入证明'],
    severity: 'block',
    message: '代开证明、发票或收据并收费，与店铺服务无关（规则 2.6）',
    sentence: [PER_PIECE, /开|出|做|办|弄/],
    window: 24,
    notSentence: /订单详情|申请开具|电子发票|查询|下载|免费|不收费|不能开|开不了|不开/,
  },
  {
    // Renting or buying the buyer's cards and accounts: 银行卡闲着可以租给我们跑流水, 收手机卡一张两百, 快手号租给我们.
    // Not a refund to the card (原路退回到您的银行卡) or the customs ID check (不能借用别人的身份证).
    // Also the buyer's account priced (您这个快手号等级挺高，卖不卖？我出500收).
    words: ['银行卡', '手机卡', '电话卡', '对公账户', '营业执照', '支付宝账号', '微信号', '快手号', '抖音号', '账号', '身份证', '信用卡', '这个号', '你的号', '您的号', '你这号', '您这号', '你这个号', '您这个号'],
    severity: 'block',
    message: '向买家租用或收购银行卡、账号等，与客户服务无关（规则 2.6）',
    notAfter: /^码/,
    // 您手里要是有不用的快手账号: 不用的 denies nothing; refusals are in notSentence.
    deniable: false,
    // (round 66, engfa66: not a card refused as a way to pay — 也不收银行卡汇款)
    sentence: /租给|出租|借给我|借我们|借给我们|卖给我|(?<!不)收(?:手机卡|银行卡|电话卡|号|卡)|跑(?:几笔)?流水|刷流水|租金|给(?:你|您)(?:[0-9一二三四五六七八九十百千两]|好处|提成|钱)|一个月给|按天给|每笔给|一张给|卖不卖|出不出|收不收|我出[0-9一二三四五六七八九十百千两]|[0-9]+(?:元|块)?收(?!到|货|件)|多少钱(?:出|卖)|(?<!不用|无需|不必)转给我/,
    window: 24,
    // (round 27, t27a: the platform's checkout where the card pays — 在快手收银台选“银行卡”就行，不用转给我们)
    notSentence: /退款|原路|退回|实名认证|清关|订购人|付款|支付方式|收银台|结算页|支付页|不能|不要|请勿|别|额度|不会|不需要|从不|禁止/,
  },
  {
    // A relative's or friend's trade pitched to the buyer: 我老公是拍婚纱照的，您要办婚礼的话报我名字打七折; 我表姐在做月嫂，可以找她
    // — kin + a trade verb + a pitch. Not 我同事在处理您的售后, 我老公也在用这款.
    words: ['我老公', '我老婆', '我爱人', '我先生', '我媳妇', '我男朋友', '我女朋友', '我表姐', '我表哥', '我表妹', '我表弟', '我堂哥', '我堂姐', '我舅舅', '我舅', '我叔叔', '我姑姑', '我小姨', '我姨', '我哥', '我姐', '我弟', '我妹', '我爸', '我妈', '我朋友', '我闺蜜', '我同学', '我邻居', '我亲戚', '我家亲戚', '我兄弟', '我发小', '我室友', '我家里'],
    severity: 'block',
    message: '客服推销亲友的生意，与店铺服务无关（规则 2.6）',
    // (round 36, t36f: …or kin owning a place, a boat or a car let by the day — 我爸在海边有条船，出海钓一天一千二)
    after: /^[^]{0,2}(?:是|在|也是|也在|自己)?(?:做|开|干|搞|拍|卖|教|修|接|当|跑)|^[^，。！？]{0,6}?有(?:条|套|间|栋|艘|辆|片|座|处)/,
    sentence: [new RegExp(`报我|提我|找他|找她|折|优惠|便宜|实惠|介绍给|有需要|需要的话|要的话|可以去|去找|上门|内部价|(?:一天|一晚|一次|每天|每晚|一小时)[^，。！？]{0,3}[0-9一二两三四五六七八九十百千]+|${NEGOTIABLE.source}`), /你|您/],
    window: 40,
    notSentence: [OWN_SERVICE, OWN_GOODS, /也在用|也用|用过|在用|也买/],
  },
  {
    // A referral discount at someone else's business: 报我名字打七折, 说是我介绍的便宜点.
    words: ['报我名字', '报我名', '报我的名字', '提我名字', '提我的名字', '说是我介绍', '说我介绍', '报我名号'],
    severity: 'block',
    message: '为亲友或别家生意拉客，与店铺服务无关（规则 2.6）',
    sentence: /折|减|优惠|便宜|免|送|价|打/,
  },
  {
    // Paperwork and admin services: 社保断缴了可以找我们代缴，外地户口也能办; 公积金提取我们可以帮您办; 落户积分我们有渠道 —
    // not the import tax the shop really pays (跨境税由平台代缴).
    words: ['社保', '公积金', '医保', '户口', '落户', '入户', '居住证', '暂住证', '征信修复', '修复征信', '职称', '学位证', '毕业证', '资格证', '上牌', '年审', '过户'],
    severity: 'block',
    message: '代办社保、户口、证件等与店铺无关的业务（规则 2.6）',
    notAfter: /^(?:袋|盒|夹|柜|本|卡套)/,
    sentence: /(?:我们|我|这边|我这)[^]{0,6}(?:可以|能|有渠道|帮)|找我|找我们|帮(?:您|你)办|能办|可以办|也能办|代缴|代办|代交|补缴|挂靠|渠道|包办|保证|收费|[0-9]+(?:元|块)|手续费|加分|能加/,
    notSentence: /清关|报关|关税|跨境|订购人|实名|不能|不提供|不办|谨防|诈骗|骗|冒充|违法/,
  },
  {
    // Personal property let or sold: 我家有间单间出租，拎包入住押一付一; 我家有套学区房在卖，有人要买介绍一下.
    // Round 25 (t25a): …also listings by the estate agent's words (房源, 一手房, 二手房, 楼盘) and a viewing offered (要看不, 带您看房, 看看不).
    words: ['出租', '租房', '转租', '合租', '单间', '押一付', '房租', '招租', '学区房', '房子', '铺面', '商铺', '门面', '车位', '房源', '一手房', '二手房', '楼盘', '新盘', '现房', '期房'],
    severity: 'block',
    message: '向买家出租或出售个人房产，与客户服务无关（规则 2.6）',
    notAfter: /^车/,
    // Also let on (我手上有套两居室要转租…有需要吗) and the buyer's own asked for a relative (您家有没有闲置的房子出租？我表哥在找房).
    sentence: [/我|我家|我们|您家|你家/, /出租|在卖|转让|出售|租给|招租|押一付|拎包入住|要买|要租|转租|找房|有需要吗|需要吗|考虑吗|考虑一下|卖房|[0-9]+(?:元|块|万)|要看|看不看|看看不|看一下不|看房|带(?:您|你)(?:去)?看|有兴趣|感兴趣|了解一下/],
    window: 24,
    // (round 33, t33c: the buyer's address as the segue to a pitch — 您地址在滨江那边，那边新楼盘…帮您约看房 — is no delivery context)
    notSentence: /这款|商品|宝贝|适合|装修|搬家|收纳|新房|除醛|家具|订单|快递|(?:收货)?地址(?![^。？！]{0,24}(?:楼盘|新盘|房源|售楼|看房|置业))|收货(?!地址)|出租车/,
  },
  {
    // Round 38 (t38g): a letting or sale notice posted as a slogan, no speaker named (有 房 出 租，离 地 铁 近 / 旺铺转让，价格面议 / 车位出租): a
    // property ad in the chat. Not a product for landlords (这款智能锁适合房屋出租，房东远程发密码) nor the buyer's question told back.
    words: ['有房出租', '有房招租', '有房转租', '有房出售', '有房转让', '有铺出租', '有铺转让', '有店转让', '旺铺出租', '旺铺转让', '旺铺招租', '吉房出租', '房屋出租', '房屋出售',
      '门面出租', '门面转让', '店面出租', '店面转让', '商铺出租', '商铺转让', '车位出租', '车位出售', '车位转让', '单间出租', '整套出租', '房子出租', '房子出售', '公寓出租'],
    severity: 'block',
    message: '在客服对话里发布房屋出租、出售信息，与客户服务无关（规则 2.6）',
    notSentence: /适合|用于|专为|房东|租客|房客|门锁|智能锁|密码锁|这款|商品|宝贝|产品|订单|快递|收货|您问|你问|您说|你说|诈骗|骗局|谨防|冒充|有没有|吗/,
  },
  {
    // An earning pitch: 您要是想赚点外快，我这有个搬砖项目，跟着我操作一天两三百; 跟着我们投个项目，每个月分红.
    words: ['外快', '搬砖', '项目', '副业', '躺赚', '稳赚', '分红', '带你赚', '带您赚', '跟着我', '跟着我们', '跟我做', '一起赚'],
    severity: 'block',
    message: '向买家推销赚钱项目或投资，与客户服务无关（规则 2.6）',
    // (round 36, t36f: …a rough sum run up, 一天能跑出几百)
    sentence: [/(?:一天|每天|日|一个月|每个月|每月|月)[^]{0,4}(?:[0-9一二三四五六七八九十两百千几]+(?:块|元|百|千|万)|入|赚|跑出)|[0-9一二三四五六七八九十两百千]+(?:块|元)?一天|分红|收益|回报|赚|利润|翻倍/, /你|您|想|要不要|有兴趣|跟着|带/],
    window: 30,
    notSentence: /诈骗|骗局|谨防|违法|不要相信|冒充|举报|这款|商品/,
  },
  {
    // An acquaintance offered as a provider: 我认识的儿童保险经纪人可以给您做方案; 我有个朋友做装修，找他便宜 — not 我朋友也在用这款.
    // Round 36 (t36f): …also met by chance or one by one (我正好认识一位退休教师，周末带小班，想报名的话我帮您说一声; 我有位老同学是钢琴老师),
    // the pitch a word put in for the buyer (帮您说一声, 帮您约, 报名) or a price left open (价钱好商量).
    words: ['我认识的', '我认识一个', '我认识个', '我认识几个', '我有个朋友', '我有个亲戚', '我有个同学', '我有个熟人', '我有熟人', '我有朋友',
      '我正好认识', '我刚好认识', '我恰好认识', '我碰巧认识', '我认识一位', '我认识位', '我认识几位', '我有位朋友', '我有位', '我有个老同学', '我有个老朋友'],
    severity: 'block',
    message: '为熟人的生意或服务拉客，与店铺服务无关（规则 2.6）',
    sentence: new RegExp(`可以给(?:您|你)|给(?:您|你)(?:做|办|弄|介绍|推)|找他|找她|介绍给|推给|有需要|需要的话|要的话|便宜|内部价|优惠|折|报我|报名|名额|帮(?:您|你)(?:说一声|说声|问问|问一下|约|联系|牵线|搭线|引荐|打听)|${NEGOTIABLE.source}`),
    window: 40,
    notSentence: [OWN_SERVICE, OWN_GOODS, /也在用|也用|用过|在用|也买|单身|对象/],
  },
  {
    // Another business of the shop or boss pitched: 我们公司还有企业团建服务，价格可以谈; 老板还有个茶园，需要的话我帮您留 —
    // not 我们还有个赠品活动, 还有一个颜色.
    words: ['还有个', '还有家', '还有一个', '还有一家', '还有项', '也有个', '另外还有'],
    severity: 'block',
    message: '客服推销自己、老板或公司的其他生意，与店铺服务无关（规则 2.6）',
    before: /(?:我|我们|咱们|老板|公司|我家|朋友|老公|老婆|店长|亲戚)[^]{0,3}$/,
    notAfter: /^[^]{0,4}(?:颜色|色|尺码|码|款|赠品|活动|优惠|券|库存|现货|仓|链接|问题|订单|包裹|同事|客服)/,
    sentence: [SIDE_PITCH, /您|你|需要|有需要|价格/],
    window: 40,
    notSentence: [OWN_SERVICE, OWN_GOODS],
  },
  {
    // The agent's own account promoted to the buyer: 帮忙关注一下我的个人快手号，点点赞，我在冲粉丝.
    words: ['我的个人', '我个人的', '我的小号', '我自己的号', '我自己的账号', '我的账号', '我的直播间', '我的主页', '我的作品', '冲粉丝', '涨点粉', '冲粉'],
    severity: 'block',
    message: '请买家关注、点赞客服个人账号，与客户服务无关（规则 2.6）',
    sentence: /关注|点赞|点点赞|粉丝|涨粉|支持|互粉|刷/,
    notSentence: /店铺|本店|官方|订单|好评|评价/,
  },
  {
    // Round 42 (t42f): a craft of the agent's, the owner's or kin's taken on commission from anyone (店主是书法老师，平时也帮人写婚帖、寿联，一幅
    // 三百起，我单独给您报价; 我老公也给人画肖像，一张两百) — 帮人 / 给人 is for people at large, not this buyer's order (帮您刻字 is the shop's
    // service); priced by the piece, quoted or offered. Not a past favour told (以前帮人写过), nor a warning.
    words: ['帮人写', '帮人画', '帮人刻', '帮人拍', '帮人设计', '帮人做', '帮人修', '帮人裱', '帮人题', '给人写', '给人画', '给人刻', '给人拍', '给人设计', '给人题', '给人裱'],
    severity: 'block',
    message: '客服推销自己、老板或亲友的其他手艺生意，与店铺服务无关（规则 2.6）',
    before: /(?:我|我们|咱们|老板|店主|店长|掌柜|公司|我家|朋友|老公|老婆|同事|亲戚|表哥|表姐|哥|姐|弟|妹|老师|师傅)[^，。！？]{0,8}?(?:也|还|平时|平常|业余|周末|下班|私下|经常|一直|专门|偶尔)[^，。！？]{0,2}$/,
    notAfter: /^[^，。！？]{0,2}(?:过)/,
    sentence: /(?:一|每)(?:幅|张|副|个|套|件|次|单|组|对|字|平尺|尺)[^，。！？]{0,2}[0-9一二三四五六七八九十百两千]+|[0-9一二三四五六七八九十百两千]+(?:元|块)?(?:起|一(?:幅|张|副|对|个|平尺))|报价|有需要|需要的话|要的话|价格|价钱|找我|找他|找她|联系我|私聊/,
    window: 60,
    notSentence: /诈骗|骗局|冒充|不要相信|举报|不接|不做|没有这项|不提供/,
  },
  {
    // An app sign-up the agent is paid for: 下载这个APP注册一下，我能拿到拉新奖励，也给您分一半; 填我的邀请码 — not the platform's own app.
    words: ['拉新', '邀请码', '推荐码', '注册一下', '下载这个', '帮我注册', '新人奖励', '填我的', '扫我的'],
    severity: 'block',
    message: '请买家注册下载其他应用为客服赚奖励，与客户服务无关（规则 2.6）',
    sentence: [/奖励|分(?:您|你)|给(?:您|你)|红包|返|赚|拿到|佣金/, /我|帮/],
    window: 40,
    notSentence: /快手|订单|物流|官方|店铺|本店|会员卡|积分|海关|清关|实名/,
  },
  {
    // Gambling and lottery schemes: 有个彩票群天天带着买，中了分你; 玩不玩棋牌？我这有个平台，充值送一倍 — not a mahjong table sold.
    words: ['彩票', '棋牌', '博彩', '下注', '押注', '时时彩', '六合彩', '百家乐', '网赌', '赌球', '菠菜', '充值送', '带着买', '跟单买'],
    severity: 'block',
    message: '向买家推销博彩、彩票或赌博平台，与客户服务无关（规则 2.6）',
    sentence: /群|带|中了|分(?:你|您)|充值|送|稳|赚|平台|玩不玩|要不要|来玩|私我/,
    window: 30,
    notSentence: /违法|诈骗|谨防|(?<!要)不要|举报|活动|直播间|店铺|本店|我们店|棋牌桌|棋盘|象棋|围棋|麻将机|扑克牌|这款|商品|宝贝|套装|包邮/,
  },
  {
    // Ghost-work offered for anything: 简历代写、PPT代做都可以找我; 代画头像一张二十 — not the shop's gift card (可以代写贺卡).
    words: ['代写', '代做', '代画', '代剪', '代修', '代填', '代排队', '代抢'],
    severity: 'block',
    message: '推销代写、代做等与店铺无关的服务（规则 2.6）',
    sentence: /找我|找我们|可以|能|价格|收费|[0-9一二三四五六七八九十百两]+(?:元|块)|需要|私我|接/,
    notSentence: [OWN_SERVICE, /贺卡|留言卡|卡片|祝福|刻字|不(?:提供|做|接)|无法|违规|谨防|诈骗/],
  },
  {
    // A partnership pitched to the buyer: 要不要跟我合伙开个奶茶店？我出技术您出钱 — not 品牌合伙人联名款.
    words: ['合伙', '入伙', '一起开', '合开', '入股'],
    severity: 'block',
    message: '拉买家合伙做生意，与客户服务无关（规则 2.6）',
    notAfter: /^人/,
    sentence: [/开|店|生意|出钱|投资|分成|股|项目/, /你|您|要不要|想不想|有兴趣/],
    window: 30,
    notSentence: /联名|品牌方|这款|商品|违法|诈骗|谨防/,
  },
  {
    // Connections offered (我舅舅在教育局，孩子择校的事可以帮您打个招呼; 医院有熟人能走关系) — a favour through an institution.
    words: ['打招呼', '打个招呼', '走关系', '找关系', '托关系', '走后门', '疏通', '有熟人', '内部关系'],
    severity: 'block',
    message: '为买家托关系、走后门，与客户服务无关（规则 2.6）',
    sentence: [/帮(?:您|你)|可以|能|找我/, /孩子|择校|入学|上学|工作|编制|医院|手续|审批|局|单位|领导|学校|床位|号/],
    window: 40,
    notSentence: /快递|物流|仓库|客服|订单|售后|包裹/,
  },
  {
    // Telecom plans sold on the side: 您要装宽带吗？我可以帮您办，免费送路由器 — not a router sold as goods.
    words: ['宽带', '靓号', '话费', '流量卡', '套餐办理'],
    severity: 'block',
    message: '推销宽带、话费等与店铺无关的业务（规则 2.6）',
    sentence: OFFER,
    window: 30,
    notSentence: [OWN_SERVICE, OWN_GOODS],
    // Round 36 (t36d): the card that comes inside the device sold (翻译机卡槽里自带一张全球流量卡, 随身WiFi内置的流量卡): a part of the goods,
    // no plan sold on the side.
    notBefore: /(?:自带|内置|附带|附赠|随机附?送?|随机器|预装|装有|插着|装着|配有|配了|带有|带了|带着)(?:了)?(?:的)?(?:一张|张|一个|个)?(?:全球|国际|境外|海外|当地|本地|国内|[0-9]+g|esim|sim|物联网)?(?:的)?(?:通用)?(?:的)?$/,
  },
  {
    // Care workers, traffic buying and labour export offered (家里有老人需要护工，我们这边可以介绍; 我们有投流团队包上热门; 劳务派遣
    // 我们也能办) — not goods named after them (护工鞋, 月嫂推荐这款奶瓶, 这款在快手上热门了).
    words: ['护工', '保姆', '月嫂', '育儿嫂', '钟点工', '陪护', '陪诊', '跑腿代办', '上热门', '投流', '劳务派遣', '出国打工', '出国务工', '劳务输出'],
    severity: 'block',
    message: '推销与店铺无关的服务，客服工具仅限客户服务',
    sentence: OFFER,
    window: 30,
    // 服 for clothes (护工服), not 服务 (我们有陪诊服务).
    notSentence: [OWN_SERVICE, OWN_GOODS, /推荐(?:这|款|的)|款|鞋|服(?!务)|现货|包邮/],

    unless: careWorkerActs,
  },
  {
    // Tutoring offered: 名师一对一辅导，试听免费; 老师上门陪练 — not the app course bundled with a product, not 一对一专属客服.
    // 私教课 / 减肥课 sold, not a product's audience (适合健身教练和私教课学员用, 适合私教课和团课使用).
    words: ['一对一辅导', '一对一教学', '一对一上课', '一对一补课', '一对一课程', '名师辅导', '名师指导', '名师', '补课', '补习', '辅导', '陪练', '上门教', '家教', '私教', '早教', '私教课', '减肥课'],
    severity: 'block',
    message: '推销与店铺商品无关的辅导或课程（规则 2.6）',
    // (round 41, t41g: …or priced by the day or the session, no unit — 我私教一天八百)
    // (round 43, t43j: …or a refusal turned into a referral — 私教课这块没有，不过我朋友那里有，加我介绍给您)
    sentence: /试听|免费|报名|[0-9一二三四五六七八九十百两]+(?:元|块)|一节|课时|(?:一|每)小时|(?:一|每|半)(?:天|节|次|堂|课)[0-9一二三四五六七八九十百两千]|线上|上门|可以|包过|八折|九折|打折|优惠|名额|我们|我这|我有|机构|要不要|有兴趣|(?:瘦|涨|提高|提升)[^]{0,3}[0-9一二三四五六七八九十两]|(?:介绍|推荐|引荐)(?:给)?(?:您|你)|(?:朋友|熟人|认识的人|同学|亲戚|表姐|表哥|姐妹|哥们)[^，。！？]{0,5}(?:有|开|做|在教|能教|会教|带)|加我|找我|私聊|私信我|联系我/,
    notSentence: /这款|配套|使用|说明书|安装|app|学习机|点读|产品|商品|宝贝|台灯|书包|文具|适合[^]{0,12}(?:用|穿|戴|练)|学员(?:用|穿|都)/,
    // (round 43, t43f: …nor refused as a topic — 私教课这块没有, 辅导我们不做哈; topicNone)
    unless: (ctx, start, end) => jiajiaoSplit(ctx, start, end) || topicNone(ctx, end),
    // (round 43, t43j: …unless the refusal turns into a referral — 家教我们没有，不过我朋友那里有，加我介绍给您)
    refusalTurn: REFERRAL_TURN,
  },
  {
    // Hiring by what is missing: 我们公司还缺仓库理货员，包住，一个月六千 — a lack followed by a worker noun, read with job terms.
    // Not 还缺您的收货地址, 还缺一个零件.
    words: ['还缺', '正缺', '缺个', '缺几个', '缺一个', '缺两个', '缺些', '缺一批', '急缺'],
    severity: 'block',
    message: '利用客服工具招聘，与客户服务无关（规则 2.6）',
    after: /^[^，。！？]{0,6}?(?:员|工|师|手|助理|主播|模特|小妹|小哥|人手)(?![^，。]{0,2}(?:证|服|资料|号))/,
    sentence: /底薪|提成|工资|月薪|时薪|日薪|薪资|包吃|管吃|包住|管住|面试|上班|上岗|五险|一个月[0-9一二三四五六七八九十两]|[0-9一二三四五六七八九十百两]+(?:元|块|千|万)|有意向|感兴趣|有兴趣|要不要|推荐/,
    notSentence: /诈骗|谨防|违规|不招|不缺/,
  },
  {
    // Paid shill work in a live room: 有空来我们直播间当个托，帮忙刷刷热度，一晚上给您五十.
    words: ['当托', '当个托', '做托', '做个托', '当托儿', '刷热度', '刷刷热度', '刷人气', '冲人气', '刷流量', '刷数据', '撑场子', '暖暖场'],
    severity: 'block',
    message: '利用客服工具招人当托、刷人气，与客户服务无关（规则 2.6）',
    sentence: /[0-9一二三四五六七八九十百两]+(?:元|块)|给(?:您|你)|报酬|有偿|红包|佣金|结算|要不要|有空|来(?:我们)?直播间/,
    notSentence: /诈骗|谨防|违规|严禁|禁止|不做|不需要|不用/,
  },
  {
    // Home piecework for us: 有没有兴趣在家帮我们贴标签？按件计钱 — not 运费按件算.
    words: ['按件', '计件', '一件五毛', '一件一块', '一个五毛', '一个一毛'],
    severity: 'block',
    message: '请买家做计件活，与客户服务无关（规则 2.6）',
    sentence: /帮我们|帮我|在家|有没有兴趣|要不要|有空|想不想/,
    window: 40,
    notSentence: /运费|快递|邮费|物流|退货|诈骗|谨防|骗局/,
  },
  {
    // Round 44 (t44a): a service of another trade given as the purchase's bonus (买满三百送留学咨询, 下单就送一次家政保洁, 拍两件赠风水
    // 指导): the chat used to sell another business. Not the goods' own after-sales or bundled use (送运费险, 送安装, 送三节钢琴课 with a piano):
    // only trades no import shop's goods come with.
    words: ['留学咨询', '留学申请', '留学规划', '留学中介', '留学服务', '签证办理', '签证咨询', '代办签证', '移民咨询', '移民服务', '家政', '家政服务', '保洁',
      '上门保洁', '搬家服务', '算命', '看风水', '风水指导', '八字', '塔罗', '法律咨询', '律师咨询', '婚介', '相亲', '婚恋', '代驾', '体检', '理财规划', '理财咨询', '贷款咨询',
      '驾校', '学车', '月嫂', '育儿嫂', '宠物寄养', '婚纱照', '写真'],
    severity: 'block',
    message: '以赠送无关服务招揽买家，与客户服务无关（规则 2.6）',
    before: /(?:买|满|下单|拍|消费|购|入手|订)[^，。！？]{0,8}?(?:送|赠|加送|附赠|赠送|免费送|还送|就送|再送|多送)(?:您|你)?(?:一次|一份|一节|一个|一年|一套|[0-9一二两三四五六七八九十]+(?:次|节|份|小时|个月|年))?(?:免费的?|价值[0-9一二两三四五六七八九十百千]+(?:元|块)?的?)?(?:的)?$/,
    notSentence: /诈骗|骗局|谨防|冒充|不送|没有送|不提供|骗子|假的/,
  },
  {
    // Round 44 (t44a): piecework for us paid per unit with no number (帮我们打字，按字数结钱; 在家帮我们剪视频，按条给钱): a unit of pay
    // then the payment itself, a favour asked for us in the sentence. Not charges the buyer pays (运费按件算, 租金按天算, 按小时计费的场地).
    words: ['按字数', '按字', '按篇', '按条', '按张', '按个', '按单', '按小时', '按天', '按量', '按数量'],
    severity: 'block',
    message: '请买家做计件活，与客户服务无关（规则 2.6）',
    after: /^[^，。！？]{0,4}?(?:结钱|结账|结算|结给|结工资|算钱|给钱|计钱|计酬|付钱|发钱|拿钱|算工钱|算工资|算报酬|算佣金|给报酬|给佣金|给工钱|开工资|付工资|付酬)/,
    sentence: /帮我们|帮我(?!们)|替我们|给我们(?:做|干|打|录|剪|写|贴|装|拍|刷|发)|在家|有没有兴趣|要不要|有空|想不想|愿不愿意|兼职|副业|接活|接单/,
    window: 40,
    notSentence: /运费|快递|邮费|物流|退货|退款|诈骗|谨防|骗局|骗子|租金|租期|押金|会员|套餐|收费标准|计费标准|不招|不需要/,
  },
  {
    // The shop's other trade taken on: 另外我们还承接婚庆策划，您家里有办喜事的可以找我 — not the shop's own customs or packing.
    words: ['还承接', '也承接', '另外承接', '承接各类', '承接各种', '还接婚庆', '还接装修'],
    severity: 'block',
    message: '客服推销自己、老板或公司的其他生意，与店铺服务无关（规则 2.6）',
    sentence: /找我|联系我|需要|可以|优惠|价格|有[^]{0,6}的/,
    notSentence: /快递|物流|直邮|包装|定制|刻字|礼盒|清关|报关|批发|团购/,
  },
  {
    // The agent asking the buyer for a job: 您那边招不招人？我想换份工作，您给我介绍介绍.
    words: ['换份工作', '换个工作', '想找工作', '介绍个工作', '介绍份工作', '给我介绍', '招不招人'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    sentence: /(?:我|本人)(?:想|要|在|正在)|给我|帮我|(?:您|你)(?:那边|公司|单位)/,
    notSentence: /(?:您|你)(?:想|要)(?:换|找)|诈骗|谨防|商品|这款|订单/,
  },
  {
    // A shop or premises handed on to the buyer: 我们门店在转让，位置好，您有兴趣接手吗 — not goods.
    words: ['门店转让', '店面转让', '门面转让', '铺面转让', '在转让', '要转让', '接手吗', '盘下来'],
    severity: 'block',
    message: '向买家转让店铺或房产，与客户服务无关（规则 2.6）',
    sentence: /门店|店面|门面|铺|位置|房|有兴趣|要不要|接手|盘/,
    notSentence: /商品|这款|宝贝|订单|不转让|诈骗|谨防|二手/,
  },
  {
    // Financial products pitched: 推荐下我们的理财产品，年化8%, 我们有个基金收益不错，要不要了解 — not the checkout's instalments.
    words: ['理财', '理财产品', '年化', '收益率', '基金', '荐股', '股票群', '炒股', '外汇', '比特币', '数字货币', '虚拟币', '投资项目', '定投'],
    severity: 'block',
    message: '向买家推销理财投资，与客户服务无关（规则 2.6）',
    sentence: [/推荐|要不要|想不想|了解|带您|带你|进群|加入|稳赚|保本|有兴趣|感兴趣|我们的|我们有|我这有|我这边有|比银行/, /年化|[0-9]+(?:\.[0-9]+)?(?:%|％|个点)|百分之|收益|回报|利息|赚|翻倍|高|稳/],
    notSentence: /这款|诈骗|谨防|警惕|骗局|不做|不推荐|冒充|违法|违规|不要相信|别信/,
  },
  {
    // Round 30 (t30d): currency exchange offered as a side service (要换汇找我，汇率比银行好; 换美元我这边也能帮您换) — not a price
    // converted at the day's rate, the bank named as where to go, nor a refusal.
    words: ['换汇', '兑换外币', '换外币', '换美元', '换美金', '换港币', '换日元', '换欧元', '换澳元', '换澳币', '换韩元', '换英镑', '换泰铢', '代换汇'],
    severity: 'block',
    message: '向买家提供换汇等与店铺无关的服务（规则 2.6）',
    sentence: /找我|找我们|我(?:们)?(?:这边|这里|这儿)?(?:也|还)?(?:可以|能|帮)|帮(?:您|你)(?:换|兑)|私下|比(?:去)?银行|汇率[^，。]{0,4}(?:比|更好|优惠|划算|高|低|好)|要不要|需要的话|有需要/,
    window: 30,
    notSentence: /换算|请咨询银行|以银行|(?:您|你)(?:可以|需要|得|要)?(?:去|到)银行|不提供|不做|不能|不可以|不帮|标价|结算|支付时|付款时|按当日|只收人民币|不支持|诈骗|谨防|警惕|别信|不要相信|自动/,
  },
  {
    // Property let or managed for the buyer: 家里有闲置的房子可以托管给我们，每月稳定收租.
    words: ['托管给我们', '托管给我', '房屋托管', '房子托管', '包租', '收租', '代租', '帮您出租', '帮你出租'],
    severity: 'block',
    message: '向买家推销房屋托管或租赁，与客户服务无关（规则 2.6）',
    sentence: /房|屋|租|闲置|每月|稳定/,
    notSentence: /诈骗|谨防|警惕|骗局|不做|冒充/,
  },
  {
    // Lessons by subject offered: 我们这边有少儿英语外教一对一，试听免费; 钢琴一对一网课，一节80 — a subject or a teacher read with
    // a pitch. Not 一对一专属客服, not a product's bundled lessons (这款点读笔送外教课).
    words: ['外教', '一对一', '网课', '陪读', '少儿英语', '少儿编程', '少儿美术', '少儿舞蹈', '钢琴课', '口语课', '英语课', '数学课'],
    severity: 'block',
    message: '推销与店铺商品无关的辅导或课程（规则 2.6）',
    sentence: [
      /英语|数学|语文|钢琴|编程|口语|美术|舞蹈|外教|作文|奥数|少儿|网课|课|老师/,
      /试听|免费|报名|[0-9一二三四五六七八九十百两]+(?:元|块)|(?:一|每)(?:小时|节|次|节课)[0-9一二三四五六七八九十百两]+|上门|都能教|能教|一节|课时|要不要|有兴趣|感兴趣|约个|帮您约|名额|优惠|机构|我们这边有|我们有|我这有/,
    ],
    notSentence: /这款|配套|使用|说明书|安装|app|学习机|点读|产品|商品|宝贝|台灯|书包|文具|客服|赠送|送[^]{0,4}课|适合/,
  },
  {
    // Business-to-business pitch: 您是做外贸的吧？我们公司专业做报关代理和商标注册，可以合作一下.
    // Not the shop's own partners (我们和顺丰长期合作, 品牌方合作的仓库).
    words: ['合作一下', '合作吗', '合作呀', '合作吧', '谈合作', '谈谈合作', '寻求合作', '长期合作', '合作机会', '商标注册', '注册商标', '工商注册', '公司注册', '注册公司', '代理记账', '记账报税', '货代', '代运营'],
    severity: 'block',
    message: '向买家推销公司的其他业务，与客户服务无关（规则 2.6）',
    sentence: [/我们|我司|公司|团队|工作室|我这/, /您|你|贵司|有兴趣|可以|找我|价格|谈/],
    window: 30,
    notSentence: /快递|顺丰|物流|品牌方|官方|授权|仓库|保税|平台|海关|这款|商品/,
  },
  {
    // The buyer's expertise asked, then a favour: 您懂电脑吗？我家路由器连不上网，能帮我看看吗; 你是学设计的吧，帮我做个logo.
    // Not 您会安装吗？不会的话我帮您 (the shop helping) nor 您会拍照吗，帮我拍一下外箱 (a service ask).
    words: ['您懂', '你懂', '您会', '你会', '您是学', '你是学', '您是老师', '你是老师', '您学过', '你学过', '您是律师', '你是律师', '您是医生', '你是医生'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    // (round 36, t36f: …的话 is no 您会的: 您是医生的话，我妈最近老头晕，能帮忙看看吗)
    notAfter: /^(?:的(?!话)|得|用|安装|操作|使用)/,
    sentence: /帮我|帮帮我|帮个忙|帮下我|请教|帮忙看|能不能帮|咨询/,
    window: 40,
    notSentence: SERVICE_ASK_UNSWITCHED,
  },
  {
    // Round 22 (t22dw): the buyer asked to find someone for the agent's own need (顺便问下，您认识会修电脑的人吗？我家电脑开不了机了 / 你身边有
    // 懂装修的朋友吗，我的新房想找人看看). Not the shop's service (您认识会安装的人吗？没有的话我们师傅上门).
    words: ['您认识', '你认识', '您身边有', '你身边有', '您有认识', '你有认识', '您有没有认识', '你有没有认识'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    after: /^[^，。！？]{0,12}(?:的人|的朋友|的师傅|的老师|的医生|的律师|的熟人)/,
    sentence: /我家|我的|我(?:这|那)?(?:台|部|辆|套)|我(?:老公|老婆|孩子|儿子|女儿|妈|爸|朋友)|帮我|帮个忙|请教|顺便问/,
    window: 40,
    notSentence: SERVICE_ASK_UNSWITCHED,
  },
  {
    // Donations: 手术费还差一点，能不能帮忙捐点 — not the shop's own charity pledge (每卖出一单捐一元).
    words: ['捐点', '捐一点', '捐些', '捐款', '捐助', '医药费', '手术费', '救命钱', '爱心筹', '好心人', '筹钱', '凑钱', '众筹'],
    severity: 'block',
    message: '向买家募捐或求助，与客户服务无关（规则 2.6）',
    sentence: /您|你|帮|能不能|可以|吗|求|好心/,
    notSentence: /每(?:一|卖出|售出)?[一1]?(?:单|笔|件)|本店|我们将|公益|已捐|订单/,
  },
  {
    // The agent's, boss's or company's other business: 我们公司还做代理记账, 老板还开了个编程班, 我下班还接美甲的单,
    // 我兼职办宽带套餐 — with a pitch (price, 找我们, 上门, 报名). Not the shop's own services (还做直邮, 也做礼品包装).
    // (round 36, t36f: …also work taken on in the agent's own time — 我平时周末接人像约拍，一组两百; 我下班做美甲 — and a price left open)
    words: ['是做', '在做', '是开', '开了家', '开了个', '还开了', '也开了', '另外开了', '还开', '还做', '也做', '另外做', '还接', '也接', '兼职', '业余', '下班还', '周末还', '平时还', '还卖', '也卖', '还办', '也办', '还教', '也教', '副业',
      '周末接', '平时接', '下班接', '业余接', '私下接', '晚上接', '偶尔接', '也在接', '还在接', '周末做', '下班做', '业余做', '私下做', '下班后接', '下班后做',
      // (round 45, t45c: …work taken at home — 我晚上在家接私房蛋糕单，六寸168)
      '在家接', '家里接', '在家也接', '在家还接', '在家里接'],
    severity: 'block',
    message: '客服推销自己、老板或公司的其他生意，与店铺服务无关（规则 2.6）',
    before: /(?:我|我们|咱们|老板|公司|我家|朋友|老公|老婆|店长|同事|亲戚|表哥|表姐|表弟|表妹|堂哥|堂姐|哥|姐|弟|妹|舅|叔|姨|同学|闺蜜|兄弟)[^]{0,5}$/,
    // (round 19: …nor the buyer's matter being worked on — 这个问题我们也在做跟进, 补发的事我们也在做，有进展找我就行)
    notAfter: /^(?:不|了|完|好|过|客服|的客服|人员|店员|主播|跟进|处理|核实|核查|安排|调查|排查|登记|统计|协调|对接|准备|打包|补发|复核|确认|记录|反馈|整理|催|查|沟通|有事|有问题|有进展|有消息|有结果|呢|中|着)/,
    sentence: SIDE_PITCH,
    // (round 37, t37e: …nor the agent's own pastime and the goods in their own use — 我业余也打球，这支杆我自己在用，价格算便宜)
    notSentence: [OWN_SERVICE, OWN_GOODS, /(?:我|自己)(?:也|一直|平时)?(?:在用|用过|也用|用的)/],
  },
  {
    // Courses and classes that are not the product's own tutorial: 少儿编程班, 跨境电商课程, 私域运营课, 训练营.
    // (round 38, t38c: …a live-selling crash course, 我们有个带货7天速成课899，包教包会起号)
    words: ['培训', '讲座', '公开课', '培训班', '编程班', '兴趣班', '辅导班', '补习班', '早教班', '训练营', '编程营', '夏令营', '冬令营', '研学营', '暑期班', '寒假班', '速成班', '速成课', '起号课', '带货培训', '直播培训', '包教包会', '陪跑营', '课程', '运营课', '带货课', '开店课', '电商课', '副业课', '试听课', '体验课', '报班', '学费', '学做'],
    severity: 'block',
    message: '推销与店铺商品无关的课程或培训（规则 2.6）',
    // Round 32 (t32f): …not 学费 owed by the agent's own family (家里孩子学费还等着交, 我女儿下学期的学费): a hardship told, no class
    // sold (学费 itself no longer counts as the pitch; 学费只要999 still does, by the price).
    // Round 39 (t39g): …nor the courses a device carries as its own content (学习机的课程是和出版社签约授权的, 点读笔里的课程随教材更新).
    notBefore: /(?:孩子|小孩|儿子|女儿|闺女|娃|宝宝|弟弟|妹妹|我家|家里|自己|老大|老二|我们家)(?:的)?(?:[^，。！？]{0,5}的)?$|(?:学习机|学习平板|平板|点读笔|点读机|早教机|词典笔|翻译笔|故事机|机器|本机|设备|app)(?:里|里面|上|内|自带|内置|预装)?(?:的)?$/,
    sentence: /报名|参加|来吗|保过|原价|今天|特价|手把手|教(?!材|辅)|要不要|想不想|有兴趣|感兴趣|了解|学会|名额|试听|几岁|几年级|[0-9]+元|块|优惠|折|送/,
    // (round 40, t40k: …nor a course that comes with the goods bought, found with the order — 买琴送的入门视频课在订单页“我的课程”里)
    notSentence: /这款|配套|使用|说明书|安装|app|免费看|赠送|视频教程|产品|商品|宝贝|订单(?:页|详情)|我的课程|买(?!课)[^，。！？]{0,4}(?:送|赠|附)的/,
    // Round 43 (t43a): …nor 课程 said again of a device's own courses named earlier in the sentence (学习机里的课程是机器自带的，…，课程目录在详情页).
    unless: (ctx, start, end) => (ctx.compact.slice(start, end) === '课程' && /^(?:这些|那些|其中|所有|全部|里面的?|机器里的?|它的)?$/.test(ctx.before(start, 6, 'soft')) && DEVICE_COURSE_EARLIER.test(ctx.before(start, 40, 'hard')) && !/报名|学费|[0-9]+元|试听|名额/.test(ctx.after(end, 30, 'hard'))) ||
      trainingAdvised(ctx, start, end),
  },
  {
    // Round 13 (t13c), by shape: produce of the agent's home or kin (老家还养了土鸡, 我妈自己腌的, 乡下爸妈种的, 村里酿的) — a home
    // before a produce verb — sold with a price or an offer. Traps: 我家里也养了猫，这款猫粮我们也在喂; 我爸种了一辈子地.
    // (round 33, t33c: more produce verbs — 摇的 honey, 榨的 oil, 摘的 fruit, 炒的 tea, 挖的 roots, 熏的 meat)
    words: ['养了', '种了', '养的', '种的', '酿的', '做的', '晒的', '腌的', '采的', '磨的', '熬的', '摇的', '割的', '榨的', '摘的', '炒的', '挖的', '熏的', '灌的', '烤的'],
    severity: 'block',
    message: '向买家转卖个人物品，与客户服务无关（规则 2.6）',
    // (round 31, t31a: …or kin named with 我 — 我表姐自己熬的, 我舅妈做的)
    before: /(?:老家|我家|家里|自家|爸妈|我妈|我爸|我奶奶|我外婆|我姥姥|我婆婆|我们村|村里|乡下|自己|我(?:表|堂)?(?:姐|哥|妹|弟)|我(?:姑姑|姑|姨|阿姨|舅舅|舅妈|舅|叔叔|叔|婶婶|婶|嫂子|亲戚|闺蜜|老公|老婆))(?:家)?(?:还|也|都|今年|自己|亲手)*$/,
    sentence: [/(?:转|出|卖|让)(?:给)?(?:您|你)|卖给|原价|半价|便宜(?:出|卖|给|转)|低价(?:出|转)|要不要|要的话|需要的话|来[一两几二三四五六七八九十百0-9]+[个斤箱瓶罐袋包只]|[0-9一二三四五六七八九十百两]+(?:块|元)钱?(?:一|每)(?:块|斤|瓶|个|盒|箱|份|罐|包|袋|壶|只)|[0-9一二三四五六七八九十百两]+(?:斤|个|只)?一(?:箱|壶|包|袋)|单独(?:给)?(?:您|你)?(?:寄|发)|帮(?:您|你)留/],
    // (round 31, t31a: …the shop named only to say it is not sold there — 店里没上架, 店里不卖 — is no shop context)
    notSentence: /退款|单号|订单|退货|无理由|七天|库存|现货|下单|拍下|这款|商品|本店(?!(?:里|铺)?(?:还|也|都|暂时)?(?:没|不))|店里(?!(?:还|也|都|暂时)?(?:没|不))/,
  },
  {
    // Personal resale: 两张演唱会的票去不了了原价转您, 闲置婴儿车便宜出给您, 自家酿的酒两百一瓶卖给你.
    words: ['自家种', '自家做', '自家酿', '自己酿', '自己种的', '家里种的', '自己做的', '在家做的', '自己在家做', '茶园', '果园', '自己养的', '自家养', '家里养的', '门票', '演唱会', '音乐节', '球票', '电影票', '闲置', '用不上了', '用不了了', '用不完', '健身卡', '会员卡', '年卡', '转让', '去不了', '多买了', '九成新', '二手',
      // (round 38, t38c: the agent's own car or gear to let go — 我自己有台一八年的飞度想出手，车况很好，要代步车可以跟我说)
      '想出手', '要出手', '打算出手', '准备出手', '想转手', '车况', '代步车'],
    severity: 'block',
    message: '向买家转卖个人物品，与客户服务无关（规则 2.6）',
    sentence: [/(?:转|出|卖|让)(?:给)?(?:您|你)|卖给|原价|半价|便宜(?:出|卖|给|转)|低价(?:出|转)|要不要|要的话|需要的话|[0-9一二三四五六七八九十百两]+(?:块|元)钱?(?:一|每)(?:块|斤|瓶|个|盒|箱|份|罐)|单独(?:给)?(?:您|你)?寄|帮(?:您|你)留|(?:您|你)[^，。！？]{0,8}?(?:要|需要|想要|想买)[^，。！？]{0,8}?(?:可以)?(?:跟我说|找我|联系我|告诉我|私聊我)/, /我/],
    notSentence: /退款|单号|订单|退货|无理由|七天|库存|现货|下单|拍下|这款|商品/,
  },
  {
    // Round 33 (t33c): a paid group or community sold to the buyer (育儿付费群，入群99; 进群费一年199，营养师答疑) — a service the shop
    // does not sell here. Not the shop's free fan group (进群领券) nor an order's threshold (满99元可以入群领福利).
    words: ['付费群', '收费群', '付费社群', '收费社群', '知识星球', '入群', '进群', '入群费', '进群费', '会员群', 'vip群', '付费的', '收费的'],
    severity: 'block',
    message: '向买家推销付费社群或咨询服务，与客户服务无关（规则 2.6）',
    window: 30,
    // (…or the group named between: 付费的孕妈群, 收费的育儿社群)
    sentence: [/付费群|收费群|付费社群|收费社群|(?:付费|收费)的[^，。！？]{0,5}(?:群|社群|圈)|(?:入|进)群费?(?:要|需要|需|只要)?(?:交|付)?[0-9一二三四五六七八九十百两]+(?:元|块)?|[0-9]+(?:元|块)(?:就能|即可|可)?(?:入|进)群|年费|月费/, /答疑|坐镇|医生|专家|老师|营养师|顾问|课程|直播课|名额|指导|陪跑|打卡/],
    notSentence: /领券|优惠券|免费|粉丝群|售后群|满[0-9]+|订单|不收费|诈骗|谨防/,
  },
  {
    // Round 33 (t33c): market intelligence asked of the buyer (做个调研：您还在哪几家店买？各家多少钱？截图发我，有红包) — other shops'
    // prices and where the buyer buys, for a reward: not the service of the order. Not a satisfaction survey on our own goods.
    words: ['调研', '调查', '问卷', '摸个底', '做个统计'],
    severity: 'block',
    message: '打听买家在其他店铺的购买和价格信息，与客户服务无关（规则 2.6）',
    window: 40,
    // The ask is the buyer's to answer, for something in return: not our own price compared (您可以调查一下，其他店都比我们贵).
    sentence: [/哪几家|哪些店|哪家店|别家|别的店|其他店|其他家|各家|别的平台|其他平台|同行/, /红包|返现|奖励|有礼|送(?:您|你)|截(?:个)?图(?:发|给)|发(?:给)?我|告诉我/],
    notSentence: /诈骗|谨防|冒充|不是我们/,
  },
  {
    // Round 37 (t37e): a survey on some topic of the buyer's life, for a reward (帮我们做个关于睡眠习惯的小调查，填完给您发个红包; 答几道关于通勤方式的
    // 问卷，送您五块): the chat used to collect answers for someone's research or marketing. Not the shop's survey on the order, goods or service.
    words: ['调研', '调查', '问卷', '小调查', '小问卷'],
    severity: 'block',
    message: '请买家填与订单无关的问卷、调查，与客户服务无关（规则 2.6）',
    window: 40,
    sentence: [/红包|返现|奖励|有礼|送(?:您|你)|给(?:您|你)(?:发|返|转)|[0-9一二两三四五六七八九十]+(?:块|元)/, /帮(?:我|我们|忙)|麻烦(?:您|你)|耽误(?:您|你)|(?:您|你)(?:填|答|做)|填(?:一下|个|完)|答(?:几|一下|完)/],
    notSentence: /订单|商品|产品|这款|宝贝|售后|满意|服务|体验|评价|使用|物流|快递|包装|店铺|本店|诈骗|谨防|冒充/,
  },
  {
    // Round 51 (t51): a cemetery plot or funeral service pitched to the buyer (我们还有公墓的渠道，位置好、价格低一半，需要跟我说; 墓地可以帮您
    // 留一个): a trade that is no goods of the shop. Not condolences, a bereavement told, nor goods for a memorial the shop sells (祭扫用的
    // 鲜花, 这款香).
    words: ['公墓', '墓地', '墓位', '墓穴', '陵园', '殡葬服务', '殡葬一条龙', '白事一条龙'],
    severity: 'block',
    message: '向买家推销墓地、殡葬服务，与客户服务无关（规则 2.6）',
    window: 40,
    sentence: /渠道|门路|关系|内部价|价格|便宜|低一半|打折|优惠|帮(?:您|你)(?:留|订|选|买|办|联系|问)|提前备|备着|需要(?:的话)?(?:跟我说|找我|联系我|私我|说一声)|有需要|介绍给(?:您|你)|我们(?:还|也)(?:有|能|可以|做)/,
    notSentence: [/节哀|保重|吊唁|慰问|鲜花|这款|商品|宝贝|下单|订单|物流|快递|诈骗|谨防|冒充/],
  },
  {
    // Round 51 (t51): the buyer's data collected for another company (我们在帮一家手机厂商收集用户信息，回答有小礼品; 替合作的机构收集一下您的使用
    // 习惯): the chat used for a third party's research or marketing. Not the shop's own after-sales or the order's details, nor a promise not to
    // collect (不会收集, 不会泄露).
    words: ['收集用户信息', '收集用户数据', '收集用户资料', '收集信息', '收集数据', '收集资料', '收集一下您的', '收集您的', '收集一些信息', '收集点信息', '收集问卷'],
    severity: 'block',
    message: '替其他公司收集买家信息，与客户服务无关（规则 2.6）',
    window: 50,
    sentence: /(?:帮|替|给|为)(?:一家|一个|某|某家|几家|合作的?|别的|其他)?[^，。！？]{0,6}?(?:厂商|厂家|公司|机构|品牌方?|合作方|第三方|调研公司|广告商|商家|平台方)/,
    notSentence: [/不会|不收集|不泄露|不外泄|保密|隐私|订单|售后|退款|退货|物流|快递|质量|这款|本店|我们店|我们家的|改进|诈骗|谨防|冒充/],
  },
  {
    // Surveys about the buyer's wealth and life: 家庭年收入多少、有没有房 — nothing the order needs.
    words: ['挣多少', '赚多少', '挣得多', '赚得多', '挣得少', '挣不少', '赚不少', '一个月挣', '一个月赚', '月薪多少', '工资高', '收入高', '年收入', '月收入', '家庭收入', '工资多少', '收入多少', '收入大概', '有没有房', '有房吗', '有车吗', '有没有车', '几套房', '存款多少', '有多少存款', '婚姻状况', '有房有车'],
    severity: 'block',
    message: '打听买家收入、房产等与订单无关的隐私（规则 2.6）',
    sentence: /您|你|方便|透露|问下|调查|调研|问卷|吗|多少|多不多|呀|啊|呢/,
    notSentence: /额度|清关|海关|实名|限值/,
  },
  {
    // Fortune telling offered to the buyer: 您报个生辰我帮您看看财运, 免费帮您算算姻缘 — not charms sold as goods.
    words: ['紫微斗数', '八字', '生辰', '出生时辰', '星盘', '运势', '财运', '姻缘', '看相', '面相', '手相', '卜卦', '占卜', '周易', '塔罗'],
    // Round 54 (eng54c): 手相 read across 二手 + 相机 (二手相机, 二手相框) is no palm reading.
    notBefore: /二$/,
    severity: 'block',
    message: '为买家算命看相，与客户服务无关（规则 2.6）',
    sentence: /帮您|帮你|给您|给你|免费|算算|算一|看看|测|报个|发我|不收钱/,
    notSentence: /手串|手链|吊坠|摆件|这款|寓意|款式|商品|宝贝/,
  },
  {
    // Round 39 (t39r): a vehicle pitched to the buyer mid-service (退款处理中。顺便问下，要买二手车吗？ / 我表哥那有几台准新车，要不要看看 /
    // 摩托车我们也卖，有兴趣吗) — a sale asked, not the buyer's own car (您的二手车也能装这款支架) nor a car accessory's fit.
    words: ['二手车', '准新车', '新车', '买车', '卖车', '换车', '豪车', '电动车', '摩托车', '房车', '平行进口车'],
    severity: 'block',
    message: '向买家推销车辆等与店铺无关的商品，客服工具仅限客户服务（规则 2.6）',
    // (round 41, t41g: …or sold on the side with the price open — 我在卖二手车，价格好商量)
    after: /^[^，。！？]{0,6}?(?:吗|不|么|没|嘛|？|\?|要不要|考虑一下|有兴趣|感兴趣|便宜出|低价出|找我|私聊)|^[^。！？]{0,8}?(?:价格|价钱|价)(?:都|可以)?(?:好商量|好说|好谈|可谈|可议|能谈|可以谈)/,
    sentence: /要(?:不要)?(?:买|换|看看|考虑)|买(?:不买|吗)|换(?:不换|吗)|需要吗|需不需要|有(?:没有)?兴趣|感兴趣|考虑(?:一下|下)?|顺便问|便宜出|低价出|(?:我们|我|店里)(?:也|还)(?:卖|有|做)|(?:我|我家|我老公|我哥|我朋友)(?:也|还|现在|平时|一直)?(?:在|正在)(?:卖|倒|收)|找我/,
    notBefore: /(?:您|你)(?:的|家|家的|那辆|这辆)?$|(?:车载|车用)$/,
    notSentence: /车载|车用|支架|脚垫|座套|充电桩|适配|适用|兼容|装(?:在|到)|这款|宝贝|链接|下单/,
  },
  {
    // Selling something else: 保险, 驾校, 家教, 炒股老师带单, 入股, 二手房, 私教课, 微商代理, 梯子.
    words: ['重疾险', '医疗险', '卖保险', '也卖保险', '驾校', '家教', '英语老师', '带单', '炒股', '入股', '年化收益', '二手房', '房产中介', '买房', '微商', '招分拣', '招带货主播', '主播底薪'],
    notAfter: /^(?:城|品牌)/,
    // (round 25: the buyer's own home described before product advice, 您家是二手房装修的话，建议选低甲醛的)
    notBefore: /(?:您家|你家|家里|您住的|你住的|如果|要是|若)(?:是|住的是|买的是)?$/,
    severity: 'block',
    message: '推销与店铺无关的服务或招揽，客服工具仅限客户服务（规则 2.6）',
    notSentence: /运费险|退货险|不招|不做|不卖|没有/,
    // Round 54 (eng54c): …nor the subject of goods we sell (这本《房贷一本通》讲的是买房贷款的知识; detect/goods-topic.ts).
    unless: (ctx, start, end) => goodsTopicAt(ctx, start, end) || jiajiaoSplit(ctx, start, end) || tradeAsPerson(ctx, start, end) || quoteOpensMidWord(ctx, start, end),
  },
  {
    words: SERVICE_WORDS,
    severity: 'block',
    message: '推销与店铺无关的服务，客服工具仅限客户服务',
    notAfter: /^(?:敏|期)/,
    // (round 13, fa13: 包过 as a slip for 包裹 — 你的包过已经到海关了 — the buyer's parcel with a logistics act after it)
    unless: (ctx, s, e) => (ctx.compact.slice(s, e) === '包过' && PARCEL_SLIP.test(ctx.after(e, 10))) || serviceTail(ctx, s, e) || daiClosesWord(ctx, s) || driverAdvised(ctx, s, e) || ownPhonePositioning(ctx, s, e),
  },
  {
    // Round 15 (fa15): someone's chat records looked into as a service (帮你查老公的聊天记录，两百一次) — offered, priced or aimed at
    // another person — not the shop reviewing its own chat with the buyer (核查聊天记录后确实是我们的问题, 主管查聊天记录发现是发错了).
    words: ['查聊天记录', '调聊天记录', '恢复聊天记录', '查微信记录', '查通话记录'],
    severity: 'block',
    message: '推销与店铺无关的服务，客服工具仅限客户服务',
    window: 30,
    sentence: /帮(?:你|您|忙)|可以|能|代|专业|[0-9一二三四五六七八九十百两]+(?:元|块)|价|找我|联系我|需要|服务|私家|老公|老婆|对象|男朋友|女朋友|另一半|出轨|别人|他人|任何人|都能|办/,
    notSentence: /道歉|抱歉|我们的问题|我们的责任|是我们|核实|发现|确认|判定|判责|责任|备注|订单|售后|平台|客服(?:说|发|回)|同事|之前的|当时/,
  },
  {
    // A VPN sold beside the goods: 想上外网我们这有梯子 — not a ladder (铝合金梯子) or a climbing cat (猫咪爱翻墙).
    words: VPN_WORDS,
    severity: 'block',
    message: '推销翻墙工具，与客户服务无关（规则 2.6）',
    sentence: VPN_CONTEXT,
    window: 24,
    notAfter: VPN_NOT_AFTER,
    notSentence: [/不做|违法|谨防|请勿/, VPN_INNOCENT],
  },
  {
    // Round 8: the agent's own medical papers shown to the buyer for a reading (能帮我看看我妈这个化验单吗，我拍给你) — not the
    // goods' test reports (这款的检测报告在详情页).
    words: ['化验单', '检查单', '体检报告', '体检单', '病历', '片子', 'ct报告', 'b超单', '彩超单'],
    severity: 'block',
    message: '请买家帮忙看私人病历报告，与客户服务无关（规则 2.6）',
    sentence: [/帮|看看|看一下|看下|懂|给(?:我|俺)/, /我妈|我爸|我家|我的|我老公|我老婆|我孩子|我儿子|我女儿|我奶奶|我爷爷|我婆婆|我这个|我这/],
    notSentence: /这款|商品|宝贝|检测报告|质检|订单|清关|详情页/,
  },
  {
    // Round 8: proselytising (您信主吗？这周日有个聚会，一起来听听福音吧) — faith invited, not goods named after it (佛珠手串).
    words: ['信主', '福音', '信教', '信佛', '信基督', '教会', '主日', '礼拜', '查经', '受洗', '传教', '皈依', '入教', '团契'],
    severity: 'block',
    message: '向买家传教或邀请参加宗教活动，与客户服务无关（规则 2.6）',
    sentence: /吗|一起|来|聚会|听听|参加|欢迎|带(?:您|你)|拉(?:您|你)|了解一下/,
    window: 30,
    notSentence: /这款|商品|宝贝|手串|佛珠|挂件|摆件|饰品|发货|订单/,
  },
  {
    // Round 38 (t38c): a religious rite offered to the buyer's family as a service (我师父在寺里做超度法事，可以帮您家里人报个名，随喜就行 / 下个月有场
    // 祈福法会，给您留个牌位) — not goods named after faith (沉香手串, 佛珠) nor the buyer's own practice spoken of.
    words: ['超度', '法事', '法会', '牌位', '道场', '供灯', '消灾', '随喜', '放生'],
    severity: 'block',
    message: '为买家安排宗教法事、法会，与客户服务无关（规则 2.6）',
    sentence: /报(?:个)?名|帮(?:您|你)|给(?:您|你)|替(?:您|你)|(?:您|你)(?:家|的)?(?:家里人|家人|父母|爸妈|孩子|先人|老人)|随喜|[0-9一二三四五六七八九十百两]+(?:元|块)|要不要|名额|安排|登记|留(?:个|一个)?位/,
    window: 30,
    notSentence: /这款|商品|宝贝|手串|佛珠|挂件|摆件|饰品|发货|订单|不做|不提供|骗/,
  },
  {
    // Round 8: the buyer's data or money moved for someone (10万条宝妈手机号+住址打包便宜出; 帮个忙走个账，钱进你卡里你再转到我们给的卡).
    words: ['走账', '走个账', '过个账', '过账', '跑分', '洗钱', '刷流水', '代收款', '帮忙收款', '万条', '千条', '条数据', '条资料', '客户资料', '客户名单', '宝妈资源', '精准粉', '手机号+住址', '手机号加住址'],
    severity: 'block',
    message: '向买家兜售个人数据或借用账户转账，与客户服务无关（规则 2.6）',
    sentence: /出|卖|便宜|打包|要|价|抽|给你|给您|转|卡|帮/,
    notSentence: /订单号|您的订单|物流|快递单/,
  },
  {
    // Round 8: a social group the buyer is asked into for chat, not for the shop's deals (我们有个宝妈群，平时聊聊育儿、八卦…进来玩呀).
    words: ['进群', '进来玩', '拉你进', '拉您进', '加群', '入群', '有个群', '个群', '交流群', '聊天群', '群里玩'],
    severity: 'block',
    message: '拉买家进与店铺服务无关的社交群聊天，与客户服务无关（规则 2.6）',
    sentence: /聊聊|聊天|八卦|交友|认识|玩呀|玩吧|进来玩|人都很好|姐妹|交流育儿|吐槽/,
    window: 30,
    notSentence: /售后群|粉丝群|福利|优惠|券|秒杀|新品|上新|发货|订单|客服|抽奖|预告/,
  },
  {
    // Round 8: the agent's own things given away or sold (我家母猫刚生了一窝英短，送你一只，你出个路费就行) — not the shop's gifts.
    words: ['一窝', '小猫', '小狗', '猫崽', '狗崽', '幼猫', '幼犬', '想养猫', '想养狗', '想养只'],
    severity: 'block',
    message: '向买家送出或出售个人物品、宠物，与客户服务无关（规则 2.6）',
    sentence: [/我家|我养的|我们家|我这/, /送(?:你|您)|卖(?:你|您)|给(?:你|您)一只|路费|要不要|想养|领养|出个|[0-9]+(?:元|块)/],
    window: 30,
    notSentence: /这款|商品|宝贝|猫粮|狗粮|猫砂|罐头|玩具|下单|订单|适合/,
  },
  {
    // Round 8: work jobs handed out by the piece (我们接了一批翻译的活，一千字八十，做不做).
    words: ['的活', '个活', '批活', '接活', '活儿', '私活', '零活'],
    severity: 'block',
    message: '向买家派发与店铺无关的零活，与客户服务无关（规则 2.6）',
    sentence: [SIDE_PITCH, /做不做|接不接|干不干|要不要|有兴趣|感兴趣|来做|你做|您做|帮忙做|做吗/],
    notSentence: [OWN_SERVICE, OWN_GOODS],
  },
  {
    // Round 8: car and road paperwork offered (ETC免费办理，还送行车记录仪) and charity drives (我们在给山区孩子募捐冬衣，您愿意出份爱心吗).
    words: ['etc', '募捐', '爱心捐赠', '义卖', '捐冬衣', '捐衣服', '捐物', '份爱心', '点爱心'],
    severity: 'block',
    message: '向买家推销无关业务或募捐，与客户服务无关（规则 2.6）',
    sentence: /办|免费|找我|有车|吗|愿意|多少都行|一起|可以/,
    notSentence: /每(?:一|卖出|售出)?[一1]?(?:单|笔|件)|本店将|订单/,
  },
  {
    // (round 11: civil paperwork — 港澳通行证, 护照, 落户, 社保, 营业执照 — offered with the same OFFER test)
    words: ['签证', '留学', '移民', '机票', '酒店', '装修', '家政', '保洁', '搬家', '证件', '学历', '驾照', '考试', '论文', '作业', '代办', '开锁', '跑腿', '贷', '保险', '理财', '投资', '股票', '炒股', '基金', '彩票',
      '代写简历', '简历代写', '简历优化', '简历包装', '通行证', '护照', '户口', '落户', '社保', '公积金', '居住证', '营业执照', '签注', '门票', '演唱会', '火车票', '车票', '黄牛票', '球票',
      '高额信用卡', '下卡', '提额', '年化', '入股',
      // round 19 (DL): savings and education policies sold as planning (给宝宝存一份教育金，我们老板也做这块)
      '教育金', '教育基金', '教育储蓄', '储蓄险', '年金险', '分红险', '增额寿', '理财规划', '资产配置',
      '车险', '寿险', '意外险', '养老险', '商业险', '交强险', '考研', '考公', '考编', '网课', '题库', '真题', '资料全套', '课程资料', '学习资料',
      // round 38 (t38j): a licence got through us (考证的事找我，我认识人; 办执照我们有门路) — not 执照 alone (我们有执照, 发射需要执照)
      '考证', '拿证', '办执照', '考执照', '拿执照', '弄执照', '搞执照',
      // round 40 (t40k): the buyer's card debts paid off or bridged for them (逾期了我这边可以帮您代还; 养卡, 套现, 垫资)
      '代还', '代还款', '垫还', '养卡', '套现', '垫资', '过桥资金'],
    severity: 'block',
    message: '疑似推销与店铺无关的服务，客服工具仅限客户服务',
    sentence: OFFER,
    // 没有任何借贷业务，也不会私下给您办贷款: the service refused, not offered.
    // Round 12: the shop's own service named as the thing besides which another is offered (除了清关我们还代办日本签证、代订酒店机票)
    // cancels nothing.
    // Round 17: the shop's own licence shown as its credentials (我们有跨境电商备案，店铺首页的资质栏里能看到营业执照).
    notSentence: [OWN_SERVICE_NOT_BESIDES, /不会[^]{0,4}(?:给您|给你|帮您|帮你)?(?:办|做|提供|介绍|代办)|没有任何[^]{0,4}(?:业务|服务)/, /(?:资质|备案|公示|亮照)[^，。]{0,12}营业执照|营业执照[^，。]{0,8}(?:能看到|可以看|可查|公示|在店铺)/],
    // (round 11: 贷款买手机不划算 — borrowing to buy advised against, nothing offered)
    notAfter: /^(?:生|页|局|复印件|照片|风格|材料|箱|公司地址|了)|^款?(?:来|去)?买[\u4e00-\u9fff]{0,4}?(?:不划算|不值|不合算|没必要|不建议|不推荐)/,
    unless: (ctx, s, e) => goodsTopicAt(ctx, s, e) || providerMishap(ctx, s, e) || orderInsurer(ctx, s, e) || goodsAsInvestment(ctx, s, e) || examGoods(ctx, s, e) || ownStay(ctx, s, e) || ownRenovation(ctx, s, e) || platformCreditDeclinedT49d(ctx, s, e), // round 49 (t49d): platformCreditDeclinedT49d
  },
  {
    // Round 35 (t35e): a paid club, group or camp the buyer is asked to join (加入我们的跑团？每月会费一百; 来我们茶友会，年费五百): a membership
    // sold beside the order (要不要加入 asks: detect/warning-frame.ts no longer reads its 不要加入 as a warning). Not a free brand event (免费参加品牌跑团活动), the platform's fan group (粉丝团), or a club that merely uses the goods.
    words: ['跑团', '俱乐部', '车友会', '茶友会', '琴友会', '读书会', '训练营', '社团', '协会', '学习群', '打卡群', '付费群', '会员群', '私教群', '骑行团', '登山队', '户外队'],
    severity: 'block',
    message: '向买家推销与订单无关的付费社团、会员或课程，客服工具仅限客户服务（规则 2.6）',
    window: 40,
    sentence: [/加入|参加|入会|入团|报名|进群|进来|进(?:我们|咱们|咱)|来我们|拉(?:您|你)|要不要|想不想/, /会费|年费|月费|入会费|入团费|报名费|学费|团费|群费|收费|(?:每月|每年|一个月|一年|每期|一期)[^，。！？]{0,4}?(?:元|块|百|千)/],
    notSentence: /免费|不收费|不收钱|粉丝团|不用交|无需缴纳|冒充|骗子/,
  },
  {
    // Round 35 (t35e): the agent's own errand asked of the buyer, on the buyer's home or local knowledge (看到您地址在滨江，我下周要去那边面试，想跟您打听
    // 一下哪里租房方便): the chat used for the agent's life. Not service asks (打听一下小区快递能不能进, 您那边有没有顺丰网点).
    words: ['打听', '请教', '问问', '问一下', '咨询一下'],
    severity: 'block',
    message: '向买家提出与服务无关的个人请求（规则 2.6）',
    before: /(?:跟|向|和)(?:您|你)(?:们)?(?:顺便|私下|私人)?$/,
    after: /^(?:一下|下|个事|件事)?[^。！？]{0,14}?(?:租房|房租|房价|合租|找工作|工作机会|招聘|面试|学校|幼儿园|补习班|医院|好吃的|好玩的|景点|饭店|餐厅|美食|对象|相亲)/,
    sentence: /我[^，。！？]{0,8}?(?:要|打算|准备|考虑|计划)[^，。！？]{0,4}?(?:去|搬|过去|面试|租|找|来|上学)|我(?:自己|个人|家里|朋友|亲戚|女儿|儿子|孩子|老婆|老公|爸|妈)/,
    // (收货 is left out: the buyer's delivery address is how the agent knows where they live)
    notSentence: /快递|物流|网点|驿站|派送|配送|送货|订单|包裹|售后|退货|商品|宝贝|这款/,
  },
  {
    // Round 36 (t36f): lessons the agent or kin give on the side (我周末正好在家带几个学生，您想学的话随时跟我说; 我自己周末在家带几个人练拉花，
    // 您也想学可以来凑个班; 我表姐晚上开小班教烘焙): a class held in person, the buyer invited or a fee named. Not the shop's own tutorial
    // (说明书, 教学视频) nor goods for a teacher (这款适合带学生的老师用).
    words: ['带几个人练', '带几个人学', '收徒', '开班', '开小班', '开个班', '开了个班', '带小班', '小班', '凑个班', '凑班', '拼个班', '拼班', '教人', '教几个人', '一对一教'],
    severity: 'block',
    message: SIDE_LESSON_MESSAGE,
    window: 60,
    sentence: SIDE_LESSON_SENTENCE,
    notSentence: SIDE_LESSON_NOT,
  },
  {
    // Round 43 (t43l, dev HG): a subject the agent teaches on the side, priced or offered (我晚上教雅思口语，一节一百五; 我周末在家教吉他，一次两小时;
    // 我表妹教钢琴的，想学找她): 教 + subject with the personal owner and a fee or an invitation. Not the agent's child taught with the goods
    // (我晚上教孩子英语，用的就是这款点读笔), nor a product's bundled lessons.
    words: ['雅思', '托福', '口语', '英语', '日语', '韩语', '法语', '数学', '物理', '化学', '作文', '钢琴', '吉他', '古筝', '小提琴', '尤克里里', '架子鼓', '声乐', '唱歌',
      '书法', '素描', '画画', '国画', '游泳', '围棋', '象棋', '编程', '舞蹈', '瑜伽', '烘焙', '拉花', '化妆', '摄影', '考研', '会计'],
    severity: 'block',
    message: SIDE_LESSON_MESSAGE,
    before: /(?:教|带|辅导|陪练|代课|上)(?:点|些|一下|下|人|学生|小孩|孩子们)?$/,
    window: 60,
    sentence: SIDE_LESSON_SENTENCE,
    notSentence: [SIDE_LESSON_NOT, /这款|点读|学习机|用的就是|在用|配合|赠送|送[^，。]{0,4}课/],
  },
  {
    // Round 43 (t43l, dev HG): a household chore done by the agent for a fee (您出差的话我可以上门帮您喂猫铲屎，一次五十块，比寄养便宜; 我下班顺路能帮您遛狗，
    // 一天三十): pet-sitting and the like offered by the piece. Not a feeder or litter box described (一次能装五天的粮), nor feeding advice.
    words: ['喂猫', '喂狗', '遛狗', '铲屎', '铲猫砂', '换猫砂', '照看宠物', '照顾宠物', '看猫', '看狗', '上门喂', '浇花', '看家', '看孩子', '带孩子', '接孩子', '接送孩子'],
    severity: 'block',
    message: '客服私下向买家推销有偿上门服务，与客户服务无关（规则 2.6）',
    window: 50,
    sentence: [
      new RegExp(`上门|我(?:可以|能|来|也能|也可以|顺路|顺便)|${PERSONAL_SIDE.source}|找我`),
      /(?:一|每)(?:次|天|回|趟|小时|晚)[0-9一二两三四五六七八九十百]+|[0-9一二两三四五六七八九十百]+(?:块|元)(?:钱)?(?:一|每)(?:次|天|回|趟|小时|晚)|比寄养便宜|比[^，。]{0,6}便宜|收费|价格好说|给点(?:辛苦|跑腿)费/,
    ],
    notSentence: [/这款|自动|喂食器|猫砂盆|饮水机|定时|粮|克|说明书|建议(?:您)?每|不(?:提供|做|接)/],
  },
  {
    // Round 43 (t43l, dev HG): money lent by the agent at interest (按摩椅钱不够？我这能借，三分息; 差多少我借您，月息两分; 手头紧可以找我周转，利息好说).
    // Not the platform's instalments or interest-free periods (花呗分期，三期免息), nor a loan advised against.
    words: ['分息', '分利', '厘息', '月息', '日息', '年息', '利息', '高息', '低息', '能借', '可以借', '借给您', '借给你', '借您', '借你', '周转'],
    severity: 'block',
    message: '客服私下向买家放贷，与客户服务无关（规则 2.6）',
    window: 40,
    sentence: [
      /我(?:这|这边|这儿|手上|手里)?(?:能|可以|有)|找我|我借|借(?:给)?(?:您|你)|私下/,
      /贷|周转|放款|息|利(?!用)|[0-9一二两三四五六七八九十百千万]+(?:块|元|万|千)|钱|差多少|手头紧/,
    ],
    notBefore: /(?:免|无|零|0)$/,
    notSentence: [/免息|花呗|白条|分期|信用卡|平台|官方|银行|不(?:建议|推荐|提供|放|借)|别借|不要借|借(?:您|你)?吉言|借(?:个|一下)(?:光|地方|位置)|充电器|试用|借用/],
  },
  {
    // …and the pupils one takes on (带几个学生, 收了两个徒弟, 教一批学员): not 学生党, 我带的学生都在用.
    words: ['学生', '学员', '徒弟', '新手'],
    severity: 'block',
    message: SIDE_LESSON_MESSAGE,
    before: /(?:带|收|教|招)(?:了|过)?(?:几个|一些|一批|些|两个|三个|个|几位|[0-9一二两三四五六七八九十]+个)?$/,
    window: 60,
    sentence: SIDE_LESSON_SENTENCE,
    notSentence: SIDE_LESSON_NOT,
  },
  {
    // Round 36 (t36f): the buyer asked to teach the agent's kin (我表妹今年高考，数学一直上不去，要是您周末有空…您考虑考虑; 我儿子英语太差，您是老师的话
    // 能不能帮忙补补): the kin's studies, then the buyer's time asked. Not kin who use the goods (我儿子高考也用这款台灯) nor the buyer's child.
    words: ['我表妹', '我表弟', '我堂妹', '我堂弟', '我妹妹', '我弟弟', '我妹', '我弟', '我儿子', '我女儿', '我闺女', '我孩子', '我家孩子', '我侄子', '我侄女', '我外甥', '我外甥女', '我小孩', '我家小孩', '我家老大', '我家老二'],
    severity: 'block',
    message: '请买家为客服的亲属辅导功课，与客户服务无关（规则 2.6）',
    after: /^[^。！？]{0,10}?(?:高考|中考|考研|考公|小升初|升学|期末|成绩|分数|数学|英语|物理|化学|语文|功课|学习|偏科)/,
    window: 60,
    sentence: /(?:您|你)(?:周末|平时|晚上|这几天|暑假|寒假)?(?:有空|有时间|方便)|(?:您|你)考虑(?:考虑|一下)|帮(?:忙|我)?(?:带带|辅导|补补|补一补|讲讲|教教|指导)|能不能(?:帮|给|带)(?:她|他|忙)|给(?:她|他)(?:补|辅导|讲|上课|上几节)|当(?:个)?家教/,
    notSentence: /这款|台灯|学习机|练习册|教辅|文具|书包|商品|宝贝|下单|订单|链接|详情|同款|在用|用的|用了|适合/,
  },
  {
    // Round 36 (t36f): lodging the agent's kin own offered for the buyer's trip (我姐在那边正好有套海景房空着，您要是还没订酒店跟我说一声，价钱好商量;
    // 我家在大理有个民宿，去玩的话住我那): a place to stay, owned by someone of the agent's, for a price or an invitation. Not goods for a home
    // (民宿老板也常买这款床品) nor the buyer's own house.
    words: ['空着', '闲着', '空出来', '没人住', '民宿', '海景房', '度假屋', '农家乐', '客栈', '别墅', '小院', '公寓'],
    severity: 'block',
    message: '向买家推销客服亲友的住宿、房产，与客户服务无关（规则 2.6）',
    window: 50,
    sentence: [new RegExp(`我(?:家|自己|老家|们家)|我${KIN}`), new RegExp(`(?:订|定)(?:酒店|房间|民宿)|住(?:几天|几晚|一晚|两晚|我|她|他|那|这)|来住|过去住|可以住|给(?:您|你)留|跟我说|找我|说一声|要不要|便宜|打折|优惠|[0-9一二两三四五六七八九十百]+(?:元|块)(?:一晚|一天|一夜)|一晚[0-9一二两三四五六七八九十百]+|${NEGOTIABLE.source}`)],
    notSentence: /这款|商品|宝贝|适合|床垫|家具|收纳|装修|下单|订单/,
  },
  {
    // Round 36 (t36f): a price left open (价钱好商量, 费用好说) on something of the agent's own or kin's: a private deal, whatever is sold (我自己周末
    // 也接拍摄，价格好说; 我表哥跑长途货运，费用好商量). Not the shop's bulk or custom orders (批量的话价格好商量, 定制刻字费用好说).
    words: ['好商量', '好说', '好谈', '可以谈', '可以商量', '随您定'],
    severity: 'block',
    message: '客服或亲友私下谈价推销，与客户服务无关（规则 2.6）',
    before: /(?:价钱|价格|费用|钱|价|报酬|租金|房费|学费|课时费|时间地点)(?:方面)?(?:都|也|绝对|肯定)?$/,
    window: 60,
    sentence: PERSONAL_SIDE,
    notSentence: /这款|商品|宝贝|批量|批发|团购|定制|刻字|订单|下单|链接|店里|店铺|本店|我们店|咱们店|也在用|在用|用过|退|换货|补发|运费/,
  },
  {
    // Round 40 (t40k): a class the agent or kin holds on the side, named by the class itself (我周末开私房烘焙课教戚风，198一位，来玩吗; 我晚上办了个
    // 插花课，一人一百五): 开/办 + a class, a personal owner, a price or an invitation. Not the shop's tutorials nor school starting (开学, 开课了).
    words: ['课', '课程', '工作坊'],
    severity: 'block',
    message: SIDE_LESSON_MESSAGE,
    before: /(?:开|办|搞|组织)(?:了)?(?:个|一个|门|一门|几节|几场|一期|期)?[\u4e00-\u9fff]{1,6}$/,
    window: 60,
    sentence: [PERSONAL_SIDE, new RegExp(`${SIDE_LESSON_SENTENCE[1]!.source}|${PRIVATE_PRICE.source}|来玩|来吗|来不来|一起来`)],
    notSentence: [SIDE_LESSON_NOT, PRIVATE_NOT],
  },
  {
    // Round 40 (t40k): the agent enrolling pupils for an institution (我在帮机构招生; 我兼职给一家培训学校招学员) — recruiting for another
    // business through the buyer. Not school admissions told (学校招生季) nor the shop's goods.
    words: ['招生', '招学员', '招学生', '拉生源', '招生源'],
    severity: 'block',
    message: '客服帮机构招生、拉学员，与客户服务无关（规则 2.6）',
    window: 30,
    sentence: /我[^，。！？]{0,4}(?:帮|给|替|为|兼职|负责|在做|在)/,
    notSentence: /不(?:帮|做|负责|招)|诈骗|谨防|骗|冒充|这款|商品|宝贝|订单|下单|适合/,
  },
  {
    // Round 40 (t40k): the agent selling for a friend or kin on the side (我还在帮朋友推一款国货面膜，她们厂里出的，一盒39; 帮我表姐卖点自制辣酱，
    // 要的话跟我说): goods not in the shop pushed for someone of the agent's. Not the buyer's purchase for a friend (帮朋友买), nor 推荐 of our shop.
    words: ['帮朋友', '帮我朋友', '替朋友', '替我朋友', '帮亲戚', '帮我亲戚', '帮闺蜜', '帮我闺蜜', '帮同学', '帮我同学', '帮熟人', '帮老乡', '帮家里',
      '帮我姐', '帮我哥', '帮我妹', '帮我弟', '帮我表姐', '帮我表哥', '帮我表妹', '帮我妈', '帮我爸', '帮我老公', '帮我老婆', '帮我舅', '帮我姨'],
    severity: 'block',
    message: '客服私下为亲友推销商品，与店铺服务无关（规则 2.6）',
    after: /^[^，。！？]{0,3}(?:推(?!荐)|卖|带货|带一|代理|代卖|出货|清货|清库存|推广|分销)/,
    window: 60,
    sentence: new RegExp(`${PRIVATE_PRICE.source}|感兴趣|有兴趣|要的话|需要的话|跟(?:您|你)说说|跟我说|找我|私聊|要不要|想要`),
    notSentence: /也在用|用过|在用|退款|退货|换货|订单|下单|拍下|诈骗|谨防|骗|不(?:卖|推|做|帮)/,
  },
  {
    // Round 37 (t37e): the agent's own side business on private time, priced to the buyer (我私下在做调理咨询，可以帮您出方案，收费不贵; 我家里
    // 有整套装备可以租，一天八十; 下班后私下帮您改，五十一支; 我业余在带线上训练营…名额还剩三个，给您留一个): a private-time marker, something
    // done for or let to the buyer, and a price, a fee or a place kept. Not the shop's own paid services on the order (店里的付费刻字，下单备注),
    // nor the agent's own use (我私下也在用这款; 我业余也打球，这支杆很顺手).
    words: ['私下', '业余', '下班后', '下班以后', '下班之后', '下班了', '我本人', '我家里有', '我家有', '我自己家有', '我副业', '副业', '在我家', '来我家', '到我家'],
    severity: 'block',
    message: '客服私下推销自己的收费服务或物品，与客户服务无关（规则 2.6）',
    window: 60,
    sentence: [PRIVATE_OFFER, PRIVATE_PRICE],
    notSentence: PRIVATE_NOT,
  },
  {
    // Round 42 (t42k): something of the agent's or kin's own put up for the buyer on the side (我手上有张球会会员卡想转让，比新办便宜一半; 我家
    // 金毛刚下崽，想养的话收个疫苗钱就行; 我朋友手里有几箱茅台，比市面低不少，要的话我帮您问问; 我周末接婚礼跟拍，全天两千八): an offer
    // (转让, 出, 收个…钱, 接单, 要的话, 有兴趣) with a personal owner and a price or terms. Not the shop's goods or paid services on the order,
    // the agent's own use, nor a refusal.
    words: ['转让', '转给您', '转给你', '让给您', '让给你', '低价出', '便宜出', '出掉', '想出', '收个', '收点', '只收', '就收', '接单', '接活', '接私单', '档期',
      '要的话', '想要的话', '想养的话', '有兴趣', '感兴趣', '帮您问问', '帮你问问', '帮您问一下', '帮你问一下', '帮您留', '帮你留', '给您留', '给你留'],
    severity: 'block',
    message: '客服私下推销自己或亲友的物品、服务，与客户服务无关（规则 2.6）',
    sentence: [OWNED_SIDE, OWNED_PRICE],
    notSentence: [PRIVATE_NOT, /不(?:转|出|卖|接)|诈骗|谨防|骗|冒充|官方|品牌方|正品/],
  },
  {
    // Round 45 (t45c): a kin's or friend's trade named, then their service offered to the buyer with a price (我爸是退休老中医，可以私下给您号个脉开个
    // 方子，一副药80; 我表姐是律师，可以帮您看看合同，一次200; 我老公是装修师傅，上门量房300): the chat used to sell a relative's work. Not
    // the buyer pointed to a hospital or a lawyer in general, the kin's trade told with no offer (我妈也是医生，也在用这款), nor a refusal.
    words: ['中医', '老中医', '医生', '大夫', '律师', '会计', '教练', '老师', '设计师', '摄影师', '裁缝', '理发师', '按摩师', '推拿师', '针灸师', '营养师', '心理咨询师', '装修师傅', '师傅', '风水师', '算命先生'],
    severity: 'block',
    message: '客服私下推销亲友的服务，与客户服务无关（规则 2.6）',
    before: new RegExp(`我${KIN}(?:以前|原来|退休前|之前)?(?:就|也)?(?:是|当)(?:个|一个|一位|名|一名)?[^，。！？]{0,6}$`),
    window: 60,
    sentence: [/(?:可以|能|能够|会|帮|愿意)(?:私下|单独|免费|顺便)?(?:给|帮|为|替)(?:您|你)|需要(?:我|的话)|要不要|找(?:他|她)|跟(?:他|她)说|联系(?:他|她)|上门/,
      // (the price may name the unit's goods between: 一副药80, 一次推拿120)
      new RegExp(`${PRIVATE_PRICE.source}|(?:一|每)(?:个)?(?:副|次|剂|小时|节|位|套)[\\u4e00-\\u9fff]{0,2}[0-9]{2,}`)],
    notSentence: [/不(?:接|看|收|给|帮)|冒充|骗|去医院|正规医院|咨询医生|遵医嘱|问问医生/],
    grow: true,
  },
  {
    // Round 37 (t37e): a trip, team or club the agent (or a circle of customers) got up outside the shop, the buyer invited (我和同事组了个滑雪团，
    // 一口价…想一起的话给您留个床位; 几个老客户组了个球队，费用AA…下次活动叫上您): the chat used to recruit for a private outing. Not the shop's
    // own group-buy (拼团, 团购), fan group (粉丝团) or the brand's event.
    // Round 43 (t43e): …also one being got up (我们几个在组周末模特约拍局…要来的话我给您留个位; 正在攒一个露营团) — not 在组装 or 组合.
    words: ['组了个', '组了一个', '组个', '组织了个', '组织了一个', '拉了个', '拉了一个', '搞了个', '搞了一个', '办了个', '凑了个', '攒了个', '攒了一个', '建了个',
      '在组', '正组', '正在组', '在攒', '正在攒', '在组织', '正在组织'],
    severity: 'block',
    message: '拉买家参加客服或他人私下组织的活动、团队，与客户服务无关（规则 2.6）',
    after: /^[^，。！？]{0,10}?(?:团|队|局|营|俱乐部|社|小组|圈|会)/,
    notAfter: /^(?:装|合|件|图|照|织(?:架构|结构))/,
    window: 60,
    sentence: /一起|叫上(?:您|你)|带上(?:您|你)|喊上(?:您|你)|拉上(?:您|你)|给(?:您|你)留|有兴趣|感兴趣|想来|要来|来玩|加入|参加|报名|要不要|想不想|(?:您|你)(?:有|要是|如果)?(?:想|要|需要)(?:带|买|去|来|参加)/,
    notSentence: /拼团|团购|团长|成团|粉丝团|粉丝群|店铺|本店|我们店|直播间|优惠券|领券|福利|品牌方|官方活动|售后|订单|下单/,
  },
  {
    // Round 37 (t37e): a speculation tip given as a favour (有个币我们几个都上车了，代码告诉您; 这一弹的卡肯定涨，您想一起炒的话我告诉您什么时候
    // 出手): the buyer drawn into a trade the agent is riding, coins, stocks or collectibles. Not the shop declining to forecast prices (我们不对
    // 市场价格做预测) nor a cooking 一起炒.
    words: ['一起炒', '跟着炒', '跟我炒', '带您炒', '带你炒', '一起囤', '跟着囤', '什么时候出手', '何时出手', '什么时候抛', '什么时候卖出', '什么时候进场', '代码我', '代码告诉', '代码发'],
    severity: 'block',
    message: SPECULATION_MESSAGE,
    window: 60,
    sentence: [/涨(?!价)|出手|抛|翻(?:了)?[0-9一二两三四五六七八九十几]+倍|翻倍|赚|收益|行情|币|股|代码|囤了|进场|割/, /您|你/],
    notSentence: SPECULATION_NOT,
  },
  {
    // …getting in on it (上车, 进场) or selling out through the agent (到时候我帮您找买家出手), read with a coin, a stock or a multiple named —
    // not a sales rush (赶紧上车，明天涨价) nor 出手 for a gift.
    words: ['上车', '上车了', '进场', '建仓', '出手', '转手'],
    severity: 'block',
    message: SPECULATION_MESSAGE,
    window: 60,
    sentence: [/币|股票|个股|这只股|代码|k线|庄家|翻(?:了)?[0-9一二两三四五六七八九十几]+倍|翻倍|割韭菜|肯定涨(?!价)|稳涨/, /(?:您|你)(?:要|想|也|多|赶紧|趁早)|(?:帮|带|告诉)(?:您|你)|趁早|一起/],
    notSentence: [SPECULATION_NOT, /涨价|库存|下单|拍下|秒杀|优惠|活动|积分|满减|券|福利|包邮|拼团|直播间|快递|包裹|司机/],
  },
];

// ── Round 56 (eng56a, A56_CUES): the advance-fee prize — the buyer told of a win (恭喜您被抽中为幸运用户, 您中奖了, 获得免费领取资格, 给您留了
//一份奖品) and asked to pay a fee first to receive it (只需缴纳99元手续费即可领取, 先交个38元的运费就给您寄, 交完个税马上到账). Read by its
// shape — a win, a fee paid by the buyer, the prize then handed over — in any order within a few sentences, not by the prize or the fee
// named. Not the shop's own draw shipped free (福袋抽中了，包邮寄出，不收任何费用), a trial bought at the checkout (拍下只需付邮费), a postage
// supplement through the platform's link, nor a warning (中奖需要先交钱的都是诈骗).
const PRIZE_WON = /恭喜|中奖|中了|抽中|抽到|幸运(?:用户|顾客|粉丝|买家|观众|儿)|大奖|奖品|奖金|[一二三特]等奖|获得[^，。！？]{0,10}(?:资格|名额|奖|礼包|礼品)|免费(?:领|送|拿)|大礼包|被选为|入选|给(?:您|你)留了/;
const PRIZE_HANDED = /领取|领奖|兑换|兑奖|发货|发出|寄|到账|打到|拿到|到手|激活|提现|给(?:您|你)(?:发|送)/;
const PRIZE_FEE_SHOP_FLOW = /包邮|不收(?:任何|您|你)?(?:费用|钱)|免费寄|诈骗|骗子|骗局|不要相信|别信|拍下|下单|订单|购物车|补差价链接|(?:平台|链接)(?:里|上|内)?(?:补|付|支付)/;
const A56_CUES: Cue[] = [
  {
    words: ['手续费', '邮费', '运费', '税费', '个人所得税', '所得税', '个税', '保证金', '激活费', '工本费', '押金', '认证费', '解冻费', '服务费', '包装费', '快递费', '物流费', '领奖费', '公证费'],
    severity: 'block',
    message: '以中奖、领奖为由向买家索要费用，属于与客户服务无关的诈骗内容（规则 2.6）',
    before: /(?:只需|仅需|只要|先|缴纳|缴|支付|交|付|转|收(?:您|你))[^，。！？]{0,9}$/,
    sentence: [PRIZE_WON, PRIZE_HANDED],
    notSentence: PRIZE_FEE_SHOP_FLOW,
    window: 50,
  },
];

const rule = cueRule({
  skipQuoted: true,
  meta: {
    id: 'unrelated-service',
    clause: '2.6',
    severity: 'block',
    title: { zh: '推销与店铺无关的服务', en: 'Offering unrelated services' },
    description: {
      zh: '规则 2.6 规定客服工具只能用于客户服务。代写论文、代考、办证、刷粉、代办签证或移民、游戏代练、代开发票等与店铺商品无关的服务会被拦截；清关代办、跨境税代缴、代写贺卡等店铺自身服务不算。',
      en: 'Rule 2.6 limits the chat tool to customer service. Offering essay writing, exam proxies, fake certificates, follower farming, visa or migration services and similar is blocked; the shop\'s own customs and gift services are fine.',
    },
    hint: { zh: '删除与店铺无关的服务推销，只处理买家的订单和商品问题。', en: 'Remove the unrelated offer and deal with the buyer\'s order or product question.' },
  },
  cues: framed([...cues, ...T45J_CUES, ...T46I_CUES, ...T47D_CUES, ...A56_CUES]), // round 47 (t47d): T47D_CUES; round 56 (eng56a): A56_CUES
  regexes: WARNING_FRAME_REGEXES,
});

/** Round 43 (t43a): a device's own courses named (学习机里的课程, 点读笔自带的课程): a later 课程 opening a clause of the sentence is the same,
 * with no enrolment or fee after it. */
const DEVICE_COURSE_EARLIER = /(?:学习机|学习平板|平板|点读笔|点读机|早教机|词典笔|翻译笔|故事机|机器|本机|设备)(?:里|里面|上|内)?(?:自带|内置|预装)?(?:的)?课程/;
/**
 * Round 43 (t43a): a recycling dealer as the source of the goods we sell (日本回收商那边收来的, 从二手回收行进的货): 回收 names the trade we bought
 * from, nothing is bought from the buyer — not with the buyer offered a price or asked to sell in the sentence.
 */
const DEALER_SOURCE_AFTER = /^(?:商|公司|行|店|机构|平台|站)(?:那边|那里|那儿|手里|手上)?(?:收来|收的|收过来|进来|进的|进货|拿来|拿的|拿货|买来|买的|来的|采购|拍来|拍的|淘来|淘的)/;
function sourceDealer(ctx: LintContext, start: number, end: number): boolean {
  return DEALER_SOURCE_AFTER.test(ctx.after(end, 10)) && !/(?:您|你)[^，。！？]{0,8}(?:卖给|出给|寄给|转给)|卖给我|找我|高价收|上门收|估价/.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'));
}

/** Round 38 (t38j): an old unit taken apart, scrapped or sent to recycling (拆了回收, 统一回收处理), with no price or pay in the sentence. */
// Round 47 (t47e): …or left to the buyer's local rules (旧锅不用寄回，按当地规定回收就行; 按小区垃圾分类要求回收): disposal, not a purchase.
const DISPOSED_BEFORE = /(?:按|按照|根据)(?:当地|本地|所在地|小区|社区|您那边|您那里)?(?:的)?(?:规定|要求|政策|垃圾分类(?:要求|规定)?)(?:自行)?$|(?:拆了|拆掉|拆下来?|拆解|拆机|拆完|报废|销毁|粉碎|送去|拿去|统一|集中)(?:后|以后|之后)?(?:再|就|会)?$/;
const DISPOSED_AFTER = /^(?:处理|再利用|利用|销毁|报废|拆解)/;
const PAID_FOR = /价|成色|钱|按斤|按克|[0-9一二三四五六七八九十两百千]+(?:元|块|折)|给(?:您|你)(?:钱|补|[0-9一二三四五六七八九十两百千])|折现|换钱|卖给|收购|抽成|给我们|给我/;
function disposedOf(ctx: LintContext, start: number, end: number): boolean {
  if (!DISPOSED_BEFORE.test(ctx.before(start, 8)) && !DISPOSED_AFTER.test(ctx.after(end, 6))) return false;
  return !PAID_FOR.test(ctx.before(start, 30, 'hard') + ctx.after(end, 30, 'hard'));
}

/** Round 38 (t38j): goods for an exam sold as goods (考证用的教材我们店里也有, 考研需要的书我们店也有卖): the shop's own listing, no service. */
const EXAM_GOODS_AFTER = /^(?:需要|要用|要|用|备考|复习)?(?:的|用的)?(?:书|教材|辅导书|习题册|真题卷|试卷|文具|笔|计算器|台灯|书桌|书架)/;
function examGoods(ctx: LintContext, start: number, end: number): boolean {
  return /^考/.test(ctx.compact.slice(start, end)) && EXAM_GOODS_AFTER.test(ctx.after(end, 10)) && !/包过|保过|代考|替考|找我|认识|门路|关系|渠道/.test(ctx.after(end, 40, 'hard'));
}

export default rule;
