// 2.9: posing as the platform or its staff — 我是快手官方客服, 这里是筷手官方售后中心, 我们这边是平台小二,
// 本人是平台审核专员, 作为平台认证的仲裁员, 我代表快手平台, 我是平台派来的, 快手官方审核已通过您的退款,
// 本店属于快手平台自营, 我是快手官方的智能客服小K, 我是平台负责售后纠纷的, 我以平台的名义向您保证,
// 我们是跟快手官方直连的, 我的处理跟平台裁定一样有效, 官方客服已接管此会话. Not: refusing to speak for the platform
// (不方便替平台解释, 没有办法替平台解释结果).
// Also: where one sits in the platform (我是快手这边的审核专员, 我这边是平台那头的), being sent from or working at it
// (我是从平台那边调过来的, 我在快手总部上班, 本人就职于快手进口), offices only the platform has, named bare (这边是售后
// 仲裁组, 我是风控中心的), an office title beside a service greeting in either order (工号8812为您服务，快手进口平台专线
// 客服), 官方 misspelt (官放, 关方), pinyin and English (wo shi kuaishou guanfang de kefu, Kuaishou Official Support
// here, I am from Kwai), Cantonese (本人係快手進口平台嘅工作人員), the message called the platform's (此条为平台自动
// 回复), the platform vouching for the shop (快手进口郑重承诺：本店…, 快手官方帮我们把过关的), the platform's staff called
// colleagues (平台审核那边的同事跟我说了), platform powers wielded (我给您开通了“平台极速退款”权限, 这是平台给我们的特殊
// 通道), and, as warnings, 我们平台规定… and the platform's payout promised (出了问题平台兜底赔付, 假一赔十由平台承担).
// Round 5: 官方 as pinyin or initials (我是ks guanfang的, 我这边gf kf, 本人gf审核; kuai shou guan fang ke fu after 我是),
// who the buyer is talking to (这边已经是官方介入后的客服, 和您对接的是平台介入的专员), a mandate through an office or for the
// whole case (平台客服已授权我代为处理, 把工单交给我全权处理) or a favour singled out (官方特意让我们给您单独打八折), working there
// on the side (我同时也在快手做兼职审核), the review desks (我就是审核部门的), a platform desk watching the buyer (平台监管组
// 已经在关注您的账号), platform powers held (我们有平台内部权限) and platform money handed out (给您发了一张平台补偿券), the
// shop's account run by the platform (客服账号是快手总部直接管的), a platform charge on the buyer (保证金是平台收的，您先交),
// owning up to the platform's name (用平台名义发比较有效率), speaking as it (作为平台方我们, 我们以平台的立场), the last word
// on disputes (纠纷由我方最终裁定, 获快手官方授权为指定售后服务商), goods vouched for (质量由快手背书), a verdict written as a
// label (平台处理结果：驳回), an office's finding against the buyer (经平台鉴定中心检测…不予退款), and a ruling relayed from
// the platform's staff and turned on the buyer (小二已经跟我们确认过了，这单判给商家; 快手官方已经知会我们了，…作废).
// Then: the shop's desk as the speaker (我们这个客服是平台派驻在店里的), sent by arrangement (平台安排来调解的), an office
// answering the buyer (平台客服在线为您解答), one back office or company (我们和快手官方是一个后台的), run by the platform
// itself (我们店是快手自己开的), the platform's decision on the buyer's account (平台决定给您的账号降级, warn), the buyer's
// data opened to the shop (平台给我们开放了…您的订单), friends inside (快手内部的朋友…把差评撤掉了), and 出了问题快手负责 (warn);
// then: any platform desk named by an office word and a desk suffix (这里是快手跨境售后服务台, 快手官方合作的售后中心; the shop's
// own desk names the shop), 纠纷处理中心为您服务, the reply said to be sent by the platform's staff (本次回复由快手官方客服代为发出),
// 我们这边相当于快手的售后部门, 本店客服即平台客服, a ruling relayed by phone, a platform person's finding against the buyer
// (平台工作人员已经看过…认定是人为损坏), acting for the platform (我已经替平台批了, 代平台向您道歉), its people known and bent
// (平台的人我都熟…投诉压下来), its rule-making and prices claimed (本条由快手官方解释, 快手官方的内部价), and working its back
// office for the buyer (在快手后台撤销投诉记录); titles (值班经理, 主管, 督导), a relative clause before the platform (我就是负责这个
// 类目的快手小二), 快手官方售后在线, a colleague inside (我同事就在快手审核部…差评他能处理), and, as warnings, 快手官方已确认
// 您的投诉不成立 and 平台刚下了处罚决定.
// Round 6: posts held on the side (本人同时担任快手进口电商跨境合规审核员, 我同时也是平台的兼职审核, 我平时也在平台审核组帮忙),
// 本店即快手官方自营 and 平台直属, the shop's handling equated with the platform's (到我这就算平台处理完了), the platform's promise
// given to the shop (平台给我们家的承诺, 平台跟我们签了保证书, 这款假一赔十是快手官方承诺的), a platform desk withdrawing the buyer's
// request in the first person (平台客服这边已经帮您把退款申请撤回了), 小二我…加急, the mandate in pinyin (kuai shou guan fang 已经授权我),
// the chat said to be taken in hand (本次对话已由快手官方售后介入), and the platform's powers over the buyer's review or complaint
// claimed by the shop (差评我这边可以直接从系统里删掉). Not: 商家删不了评价, 您可以自己删除, 平台已受理您的投诉.
// Then: platform desks named as hotlines (这里是快手进口消费者服务热线), what only the platform sees about the buyer (您的信用分我这边
// 能看到, 调取您在快手的所有聊天记录), a staff credential (我有平台的工牌), the buyer put through a platform lane (帮您走平台的绿色
// 通道) or their platform account raised (升级成快手的VIP, 账号等级我帮您调高), the platform's sanction threatened in its voice
// (否则快手将冻结您的账户), the platform's people squared (平台那边我们有人, 我跟平台打过招呼了…投诉没用), 解释权归快手官方所有, and
// 平台已经把您列入了…名单. Not: the shop's own VIP and records, 平台不会冻结, 刷单会被封号, 平台活动的解释权归平台所有.
// Then: the platform's gift handed over by the shop (快手官方给您的补偿，我代发) or its lottery collected from the shop (被快手官方
// 抽中…联系本店领取), a platform role pointed at oneself (审核员就是我), the platform's work done by the shop (平台的审核我们也能做), 我方
// （快手进口电商）审核通过, reviews moderated by the shop (差评被我们屏蔽了, 评价需要经过我们审核), a platform data finding on the buyer
// (根据平台大数据…退货率过高, 平台系统显示您属于高风险买家), and the platform's verification run by the shop (配合我们完成官方验证). Not:
// 补偿自动到账不经过我们, 店铺客服就是我, 平台会屏蔽违规评价, 退货需要经过我们仓库审核, 平台系统显示您的包裹已签收.
// Then: 本客服同时是…调解员, 作为平台方的代表, 一个集团, power handed down (把售后处理权下放给我们店, 转交本店最终裁决, 给我们授权了),
// 快手消费者服务部…为您处理, and a lane asked of the platform inside (向平台内部申请了特殊补偿通道). Not: 平台已将申请转给我们处理.
// Round 10 (t10c): not the platform's process named as the shop's channel (我们走平台售后为您处理, 按照平台售后流程为您处理).
// Then: the shop's account called the platform's (我这个账号就是快手官方的客服号), the platform's rules claimed as the shop's (快手的审核
// 规则是我们定的), 先行赔付 run by the shop, 快手官方投资的, and a platform SMS greeting over a notice (尊敬的快手会员：…即将清零).
// Round 7: platform powers over the buyer's platform standing, in any words — the agent able to act, a remedy or sanction and a
// standing only the platform keeps (您被系统标记了，我帮您申诉解除, 我们可以直接封您的号, 平台给了我们封号的权限), the standing changed
// whatever the verb (给您的账号加白名单, 您的风控等级我已经给您调低了), a platform step taken inside the platform (我已经在平台那边给您
// 审批通过了, 在系统里给您判定为商家责任), and 服务窗口 as a platform desk. Not: 订单的限购, 本店积分, 我在后台给您同意退款了.
// Round 8: desk titles with any office word or handling clause (这边是平台介入组, 我是平台处理投诉的工作人员, 快手官方物流专员,
// 本人为…, 我这边就是…, 我本身也兼任…), 小二 as the speaker's title with no platform named (我是运营小二; not 店小二), a second post
// after the shop's (我是客服主管，也是快手认证的金牌仲裁员), the message headed by a platform persona (官方人员温馨提示：, 快手小助手：,
// 快手小二（官方）：), the chat put through to a platform desk (已为您转接至快手官方客服), platform powers had or used (我刚用平台的
// 权限…, 我们有平台给的判定权), a commission (受快手平台委托…回访), a sole designation (快手唯一指定的供应商), the platform vouching
// for the shop's quality, a platform coupon with its amount (平台无门槛50元券), a platform reply or fresh notice turned on the buyer
// (平台那边刚给我回了：“不支持退款”, 平台刚下发的通知：…一律不退, 他们让我转告：…), a platform office's finding against the buyer
// without 经 (平台质检报告显示您寄回的是空包裹, 平台仲裁委员会审理完毕…驳回), a verdict said to have come down (最终裁决已经下来了，判您
// 承担运费), desk-qualified persona headers (快手安全助手：), and (warn) a record put on the buyer's account.
// Not breaches: saying who one is not (我是店铺客服，不是平台客服), pointing to the platform (您可以联系
// 快手官方客服, 平台客服会联系您), the shop's own verified status (本店是快手官方认证的跨境商家, 品牌的快手
// 官方旗舰店, 我们是品牌自营的, 我是快手小店的客服), reporting the platform's process (平台审核通过后退款原路返回,
// 平台介入后会由平台客服接管), acting as the shop (我以店铺客服的身份), systems linked up (发货系统和快手后台直连),
// the shop's own desk (我是店铺这边的客服, 我是店铺售后组的), being on the platform (我在快手上开店, 我们在快手工作台上登记),
// the shop's own auto-reply (本消息为店铺自动回复), the platform's programme reported (快手平台承诺的七天无理由, 快手官方承诺
// 正品，本店也…), 我们平台上的商品, the buyer pointed to the platform (Please contact Kuaishou customer service, 可以申请
// 平台先行赔付), the shop's own colleagues and services (我们店的同事, 给您开通了退货通道), and 平台要求我们把好质量关;
// also promises not to use the platform's name, warnings about fees (平台退款从来不收钱), the shop's own coupons and
// channels, the platform's rulings reported (以平台处理结果为准, 平台的判定结果是…, 经平台审核通过后退款原路返回), and
// Round 11 (t11b): a platform desk as 这边 that checked the case for the buyer, with a verdict (平台客服这边帮您核实过了，商家发货没问题;
// not 平台那边会帮您核实); the shop's desk equated with the platform's (咱们店的客服就是官方客服; not 店铺客服就是我); the message as
// the platform's final word (处理结果以本消息为准); 已介入 + a ruling for the shop (小二已介入，本单按商家意见处理).
// the shop's own inspection of returns (是否影响二次销售由我们判定).
// Round 9 (by mechanism): posing as customs, tax, inspection or a carrier (我是海关总署12360热线的工作人员, 我是顺丰国际的理赔
// 专员, 这里是快手海关合作清关中心) or heading the message with such a body's voice over a charge or sanction (海关缉私科通知：…
// 涉嫌违规入境, 税务局…科通知您：…补缴关税), the message or order said to be sent or taken over by the platform's system or desk
// (本条消息由快手…系统自动发送, 本单由平台客服接管), acting in the platform's capacity (以平台身份驳回), a mandate or word relayed
// through one of its offices (消费者权益部已经委托我来回访, 审核组同事让我告诉您), the platform's rules said not to bind the shop
// (平台规则…对我们家不适用, 对我们有特殊豁免), platform powers held (有平台给的免审核绿色通道), a designated provider (快手官方
// 指定的服务商), desk heads (作为审核负责人), personas speaking to the buyer (快手官方小助手提醒您) and kf for 客服. Not: 海关备案的
// 商家, 海关通知：春节期间暂停清关 (no charge), 海关那边通知：, 平台介入后会由平台客服接管, 跨境商品不适用七天无理由, 我们有专门的退货通道.
// Then (t11b): a platform desk as 这边 reporting what it found on the buyer (平台这边查到您的账号…), kin or friends at the platform offered
// for the buyer's case (我哥在快手总部上班，您的投诉…), 审单员/稽核 as platform roles, 指定的官方服务商.
// Late (t11b): a platform desk as 这边 announcing its ruling (平台这边已经判了，不退); a platform persona 在此; 招商经理 as a platform role.
// Round 12 (t12b), by mechanism: an adverse platform ruling or penalty announced with the matter closed (平台已经判您败诉了，别再申请;
// 结论：证据不足，维持原处理结果; 平台已对您的账户作出扣6分处理; not a ruling relayed with recourse open or a favourable one); a platform
// rule invented to take a right, pressed as an ultimatum, a hard rule or with the blame shifted (平台要求您必须…否则平台无法受理; 官方统一
// 规定的，拆了封就不能退，不是我为难您); the speaker overseeing shops (这家店归我们部门监管); a platform desk named, then 我就是; 官方 half
// in pinyin or as gf beside a role or notice verb (ks官fang客服, gf客服这边通知您); a platform title as the speaker's name (平台审核员我…);
// the platform's assistant or bot serving the buyer (快手小助手为您服务; not 我是店铺的小助手). After probe 2: 举证不足/结案 as rulings, the
// rule pressed on 买家/顾客 by name, gf + a ruling act (gf这边已经给您的申诉结案了), a business line before the role (快手电商事业部的专员,
// 跨境业务线的运营), 也算是 (我这边也算是快手的工作人员; not 我们也算是快手上的老店了).
// Round 13 (t13d), by shape: a platform rule dictating the buyer's review (不得发表负面评价, 必须给好评, 差评需商家同意才能发布) or quota
// pressed with the blame shifted (最多只能申请三次…不是我们不给退); the platform's dispute path said to end with the shop (找平台也是转回到我这里,
// 最后也是我们来判); an office serving with a Latin staff name or announcing its presence (平台客服Jason为您服务, 快手客服小杨接入中, 介入专员
// 已上线); both parties addressed as by an arbiter (请买卖双方…上传凭证); 本 + a platform title ruling (本专员判定); the platform's side against
// the shop's (kf这边是平台的，不是店家); credentials issued by the platform (快手发的工作证, 平台的工号); appraisers (平台的鉴定员); part-time work
// with the act first (兼职做内容审核, 兼职当审核员); the platform's capacity taken at a clause's start (以平台鉴定师的身份告诉您);
// payout and inspection desks (平台赔付专员为您服务); the message called a platform desk's notice (这是快手风控部门的最后一次提醒). Not: 平台规定商家不得诱导好评, 转到我们这边处理 (the normal flow), 建议我们双方…, 我是店家的客服，不是平台的.
// Round 14 (t14), by shape: a platform party said to have spoken or ruled with an outcome against the buyer, any verb (平台说了不退, 快手的客服
// 主管，他说这个不能退, 平台那边回复说了…只能补偿3元); a platform rule putting a fee, deposit, payment to the shop, a sanction for ordinary acts,
// refused evidence or a wait on the buyer (取消要扣5%手续费, 先交20元押金, 差评超过两次…拉黑, 聊天截图不能作为凭证, 协商满15天才能申请介入);
// the platform's desks squared (审核那边有关系). Not: 平台会判定, 如果平台判定不退…复核, 理由在售后详情里可以看到, 平台规定商家…, 退货运费由买家承担.
// Then: the platform made guarantor of the shop (平台对此承担担保责任, 快手给我们店做背书), the shop run by it (本店由快手官方托管运营), an admin's
// header over an account sanction (管理员提示：…封禁您的账号), the buyer's platform credit said docked (信用分已经被扣到60分以下), 工号 of any length, and
// kshou (K-shou) as the platform's name. Not: 平台为消费者提供售后保障, 本店由品牌方授权运营, 群管理员提示, 正常评价不会影响您的信用分.
// Round 15 (t15a), by shape: reaching the speaker equated with reaching the platform (找我跟找快手是一样的, 您跟我说等于跟快手说); the
// platform glossed as the speaker (平台（也就是我这边）); a chat banner naming the platform as the other party (您正在与【快手官方】对话); a
// platform title after any short modifier (区域督导, 消费者权益保护专员, 外包客服, 小助理); an office's staff pointed at oneself (平台财务部的
// 同事就是我); pinyin rulings and desk sign-ons (ks guan fang yi jing he shi le, kefu zai ci). Not: 找平台和找我们都可以, 您可以与平台客服沟通.
// Then (batch db): colloquial spellings of I/we/of (偶是pt滴审核员, 窝是, 俺们和平台是一个后台的), a past post (我以前就是快手审核的), 内部规定
// after 咱K手 (warn), a platform ruling cited as the source of the buyer's loss (根据快手平台仲裁结果…您需承担运费), the complaint handled as
// a case (负责您案件的专员, 案号), a desk's review with its conclusion (风控中心已…复核，结论：…), a desk said to be ours to deal with and a
// favour after (风控那边是我们对接的，我跟他们打个招呼), a Chinese platform name in an English sign-on (This is 快手 official customer service),
// and the latin initials run into a tag (kszb官方运营). Not: 我以前是快手主播, 根据平台审核结果，退款会原路返回, 警方会立案.
// After probe 2: 干过 as working there (我在快手总部干过三年; not 干了三年直播), counted among its staff (算平台员工, 也算快手的人), the chat
// supervised or recorded by it (本会话已由快手官方全程监督), its gift collected here (在我这领), 咱们快手这边的处理结果 (warn), appraisal bodies
// as titles (指定的跨境商品鉴定机构), and its ruling in English (Kuaishou platform has reviewed your case: refund rejected).
// After probe 1: the platform's rules ours to interpret (平台的规定由我们来解释) and the shop ruling the case with the buyer's outcome (我直接在后台
// 给你判退款成功, 这单我帮您判胜诉). Not: 本店活动由本店解释, 平台会给您判退款.
// After probe 3: a platform lane opened for the shop (平台给我们店开了绿色通道), the shop's system called the platform's back office (我们的客服系统
// 就是快手官方后台), the shop's desk holding a second post (本店客服同时兼任…调解工作), 没法退 and the buyer's own damage as verdicts.
// Round 33 (t33f), by mechanism: a platform notice, policy, standard or reply template taking a right, pressed as uniform (平台刚下发的内部通知…一律
// 不退，所有店都一样); a ruling for the shop announced (结果已出：商家胜诉，买家需承担…); the platform's money paid or its ruling carried out by the shop
// (代平台打到您钱包, 由本店代平台执行); transfers to a platform desk about to happen; one team with its desks; admin or insider powers; the platform's
// lanes claimed or filed into; a mandate got or consented to (已获平台授权代办, 官方已同意由本店全权处理); bracketed desk or case headers over a charge or
// a ruling; case forms with a platform handler; money clawed back from the buyer's account; confirming receipt to collect a payout; a failed platform
// check with papers asked here; the platform's case taken in or closed by the shop; guarantees or promises for this shop alone, voiced to the buyer or
// called the platform's; the platform forbidding the buyer a remedy; refusals, decisions and set plans relayed. Not: the platform's real bans and rules
// on shops, its services for the shop's goods, its handler or data pointed to, escrow praised, favourable steps relayed, impostors warned of.
// Round 42 (t42e), by mechanism: the platform's capacity taken through any desk word (以平台售后的身份, 平台安全检测部, 作为平台授权代表); its
// approval owned (平台给您特批了…我就是审批人); its own-store tagline as a bare clause (平台自营，官方直发); an unpublished platform rule with the
// shop's word final (我们平台内部刚出的，外面查不到，以我说的为准); an official programme enrolled, paid or conditioned through the shop (已入选…官方计划，
// 我这边帮您登记); a platform desk's handling announced with the appeal shut (订单已由“…售后服务部”审核…无需再提交平台申诉). Not: its store asked
// about or pointed to, a brand's official shipping, its rules owned unknown, its real programmes pointed to, favourable handling reported.

import { alsoUnless, alt, cueRule, denied, re, sentenceOf, type Cue } from '../detect/cue-rule';
import { PLATFORM_NAMES, PLATFORM_OR_OFFICIAL, SHOP_OUT_OF_REACH, SHOP_RELAYS_ONLY } from '../lexicon/conduct';
import { adoptedBuyerAsks, othersQuote, quotePair } from '../detect/quoted';
import type { LintContext } from '../context';
import type { RuleModule } from '../define-rule';
import { deskPointed } from '../detect/desk-pointed';
import { FILLER as CLOSING_FILLER } from '../closing';
import { otherTradePlatform } from '../detect/platform-kind';

/** Round 17 (fa17b): the platform, in the word's own clause, as the one who fetches it (聊天记录平台也能调取). */
// Round 20 (t20dm): also 平台上 (聊天记录平台上都能查到).
/** Round 52 (il52): the platform, later in the sentence, as the one who sees or fetches the record when it steps in (平台介入的时候也能看到). */
const PLATFORM_SEES_LATER = /(?<!我们|我|本|咱们)(?:平台|快手|官方)(?:客服|小二)?(?:介入|处理|仲裁|核实|审核)?(?:的时候|时|后)?(?:也|都|随时)?(?:能|可以|会)(?:调取|调出|查到|看到|查看|看)/;
const SHOP_SEES_CLAUSE = /(?:我|我们|我这边|这边|我这里)[^，。！？]{0,6}?(?:看到|看得到|查到|查得到|调取|调出|调到|查看|查了|查过|看了)/;
// Round 56 (eng56b): …or keeps it, or stands by the buyer with it (聊天记录平台也能保障您的权益, 平台都有存档, 平台可以作为凭证): the record
// is the buyer's safeguard in the platform's hands, nothing the shop sees.
const PLATFORM_FETCHES = /^(?:平台|快手|官方)(?:上)?(?:也|都|方|那边|随时)?(?:能|可以|会|有)(?:调取|调出|查到|看到|查看|查|保障|保护|存档|留存|保存|保留|作为(?:凭证|依据|证据)|作证|为您作证|为您做主)/;
/**
 * Round 35 (t35a): the platform's automatic fast refund told in the third person, the platform its plain subject (平台已为您开通极速退款通道,
 * 系统显示快手平台会为您开通极速退款): the shop relays what the platform's programme did. The line: 平台 / 快手平台 named as the doer,
 * no 官方 self-styling, no notice heading (【…】, 通知, 提醒您), not 我们平台 / 本平台 (the shop calling itself the platform). Without
 * a subject (已为您开通极速退款) or with the shop as subject it is still the shop wielding the platform's power, and 快手官方已为您开通…
 * is the official notice's voice.
 */
function fastRefundRelayed(ctx: LintContext, start: number, end: number): boolean {
  if (!/为您开通极速退款$/.test(ctx.compact.slice(start, end))) return false;
  const before = ctx.before(start, 10);
  if (!/(?:^|[^我本咱们])(?:快手)?平台(?:那边|方面|系统)?(?:已经|已|会|将|也|都|自动)*$/.test(before) || /(?:我们|我|本|咱们|咱)(?:快手)?平台/.test(before)) return false;
  return !/官方|【|\[|通知|提醒您|特此|告知您/.test(sentenceOf(ctx, start, end, 40));
}

/**
 * Round 35 (t35a): the 七天无理由 exemption the law and the platform really give, named for its category (拆封后的食品, 定制商品, 已激活的数码产品,
 * 贴身衣物拆封后, 生鲜): only the no-reason return is withheld — not with 一律不退, 不能退款, 质量问题也不…, or a video or proof demanded.
 */
const EXEMPT_NO_REASON = /(?:拆封|开封|拆了封|拆过|已拆|已激活|激活后|定制|生鲜|鲜活|易腐|贴身|内衣|内裤|食品|保健品|化妆品|个人护理|音像|软件|报纸|期刊|虚拟|充值)[^。！？]{0,14}?(?:不支持|不适用|不享受|不参与|不能|无法)(?:七天|7天|七日|7日)(?:无理由)/;
// Round 55 (eng55a): …or cross-border goods, the exemption phrased as returns for a non-quality reason withheld (跨境商品签收后非质量问题不支持退货，
// 这个是平台统一规定的，我们也得遵守): the no-reason return is the only right named as withheld, quality returns untouched.
const EXEMPT_NON_QUALITY = /(?:跨境|保税|海外直邮|直邮|进口|拆封|开封|拆了封|已拆|已激活|激活后|定制|生鲜|鲜活|易腐|贴身|内衣|内裤|食品)[^。！？]{0,14}?非质量(?:问题|原因)(?:的)?(?:不支持|不适用|不能|无法|不可以?)(?:退货|退换货?|退换|无理由退货?)/;
const MORE_TAKEN = /一律不退|不能退款|不退款|不予退|质量问题也|什么情况都|任何情况|任何理由|必须|否则|视频|不管/;
function exemptNoReason(sentence: string): boolean {
  return (EXEMPT_NO_REASON.test(sentence) || EXEMPT_NON_QUALITY.test(sentence)) && !MORE_TAKEN.test(sentence);
}

/** Customs clearance failed (清关不过, 清关失败, 没能清关, 被海关退运), then the platform paying or refunding in full for it. */
// (not framed as our own promise, 我们的承诺：…清关不过平台全额赔付，您可以截图保存 — CLEARANCE_AS_OUR_PROMISE)
/** Round 54 (eng54c): the platform's consumer-protection page (or the shop's deposit there) pointed to for the buyer to check. */
const PROTECTION_PAGE_POINTED = /(?:在|到|去|进|打开|点开)(?:平台|快手|官方|商品|店铺)?(?:的)?(?:消费者保障|消费保障|消保|保障中心|保障服务|保证金|服务保障)(?:页面|页|专区|中心|栏目|说明|规则)?(?:里|上|中)?(?:查看|查询|看|了解|核实|确认)/;
const CLEARANCE_FAILED_PAID = /^(?![^]*(?:承诺|保证|担保|包您|包你|截图|为证|白纸黑字|我们说了算|我说了算))[^]*(?:(?:清关|通关)(?:不过|失败|没过|没通过|未通过|不成功|不了)|没(?:能)?清关|被(?:海关)?退运)(?:(?!问题|假|坏|质量|瑕疵|破损|没事)[^。！？]){0,8}?(?:平台|快手)(?:会|将|都|也)?(?:全额|足额)?(?:赔付|退款|退还|退回|退|赔)(?![^。！？]*(?:假|坏|质量|瑕疵|问题|破损))/;
const MESSAGE = '以平台或平台工作人员的身份与买家沟通，属于冒充平台（规则 2.9）';
/**
 * Round 66 (engfa66): a platform rule cited by the seller for the buyer's way through, not as the platform: the rule binds the shop (不允许商家私下
 * 改价, 商家必须48小时内发货, 我们不能要求您改评价), protects the buyer's choice (评价是买家自愿的), points the buyer to the way (您可以直接在订单页
 * 提交, 用平台的支付方式就可以了, 还在期限内), or is the cross-border real-name rule (订购人和支付人必须一致). A cancel of the 我们平台规定 warning
 * only: a rule wielded against the buyer or a ruling is read by its own cues.
 */
const RULE_FOR_WAY_THROUGH =
  /不允许(?:商家|卖家|店铺|店家|销售|卖|私下)|(?:商家|卖家|店铺|店家)(?:不得|不能|不可以|必须|需要|要|应当|都要)|(?:我们|本店)(?:也|都)?(?:不得|不能|不可以|无权)(?:要求|让|逼|强迫|干涉|干预|私下)|(?:买家|您|你)(?:的)?(?:自愿|自由|权利)|(?:您|你)(?:可以|可|能|也可以)(?:直接)?(?:在|到|去|通过|用|点)|(?:就|直接)(?:可以了|可以|行了|行)|还在(?:期限|时效|有效期)内|订购人|支付人|实名/;
/**
 * Round 44 (t44i): the platform's staff set apart from the shop (平台审核的同事不在我们这里，我们无法干预; 快手风控的同事不归我们管): the word
 * 同事 is the loose word for the platform's people, told to be out of the shop's reach — no word relayed from inside. Not with a word
 * passed on or a power claimed in the sentence (…跟我说了, 我已经打过招呼).
 */
const STAFF_APART_AFTER = /^(?:都|也|并|根本|可|其实)?(?:不在(?:我们|咱们|本店|店里|店铺|我这)|不归(?:我们|咱们|本店|店里|店铺|我)|不是(?:我们|咱们|本店)(?:店|家)?(?:的|这边|这里)|跟(?:我们|咱们|本店)(?:不是|没有|没)|和(?:我们|咱们|本店)(?:不是|没有|没)|我们(?:也)?(?:联系不上|联系不到|不认识|管不了|干预不了|左右不了|影响不了))/;
const STAFF_RELAYED = /跟我说|和我说|告诉我|让我|叫我|托我|说了|打过招呼|打了招呼|搞定|已经|我认识|关系/;
function staffSetApart(ctx: LintContext, start: number, end: number): boolean {
  const sentence = sentenceOf(ctx, start, end, 40);
  return STAFF_APART_AFTER.test(ctx.after(end, 20, 'soft')) && !STAFF_RELAYED.test(sentence);
}
/** An earlier message pointed back at, then a copula: 刚才是…, 上一条消息是…, 头先嗰条係… (the agent explaining what was sent before). */
const PAST_MESSAGE_TOLD =
  /(?:刚才|刚刚|方才|之前|前面|上面|上一条|上条|前一条|头一条|第一条|那条|那几条|那句|头先|啱先|嗰条|嗰句)[^，。！？]{0,6}?(?:是|都是|就是|属于|为|系|係|是由)$/;
// (round 38, t38c: …or our own account said to be the platform's staff's — 我这个号是快手电商客服经理兼着在看的)
/**
 * Round 40 (t40c): an earlier message pointed back at by its name and owned as the shop's (刚才那条“系统自动回复”是我们店铺设置的自动回复，
 * 不是平台发的): the agent explains the last message. Not the name with no earlier message before it, nor one owned by the platform.
 */
const PAST_MESSAGE_POINTED = /(?:刚才|刚刚|方才|之前|前面|上面|上一条|上条|前一条|那条|那几条|那句)(?:的|发的|那条|收到的|弹出的|那句)?$/;
const OWNED_BY_SHOP = /^(?:的)?(?:消息|提示)?(?:其实|只|只是|都|也)?(?:是|为|属于)(?:我们|本店|店铺|我们店|咱们|咱家|店里|商家|我)(?:店铺|店里|店|这边|这里|自己)*(?:设置|设定|设|开|弄|配置|发|编)/;
function pastMessageOwned(ctx: LintContext, start: number, end: number): boolean {
  return PAST_MESSAGE_POINTED.test(ctx.before(start, 8)) && OWNED_BY_SHOP.test(ctx.after(end, 16));
}
/** Who speaks: a self-introduction (我是, 这里是, 本人系; Cantonese 我哋系, 呢度系; round 22, t22dv: the Cantonese copula after an
 * adverb, 我就係 / 我其实係 — not 系统). */
const SELF_SRC = String.raw`(?:(?:我|我们|本人)(?:已经|已|现在|刚刚|刚才|刚|正在|特此|会|将|今天|这就|就|马上|直接|现)以|(?:我|我的|我们|咱们|本店|我们店)(?:这个|这|的)?(?:号|账号|帐号|快手号)(?:其实|本身|也|现在|目前)*(?:是|就是|属于|归)|本店(?:是|就是|属于|系|即)|(?:我们|咱)(?:店|家)(?:是|就是|属于|即)|(?:我们|咱们|咱|我家|本|我们家)(?:的)?(?:店铺|网店|门店|铺子)(?:其实|本身|也|现在|目前)*(?:是|就是|属于|即|算是)|(?:我|本人|我们|(?:本店|我们|店铺|我们店|咱们)(?:的)?客服)(?:这边)?(?:同时|也|还|目前|现在|其实|另外|平时|本身|自己|本来)*(?:兼任|担任|兼职做|身兼|挂职|兼着|兼做|兼管)|我们属于|我家是|小店是|我以|我们以|本人以|现以|本人|我是|我们是|本人是|这里是|这边是|我这边是|我们这边是|我就是|我们就是|(?:我|我们|这边|我这边|这里|我们这边|本人|俺|俺们|咱|咱们|偶|偶们|窝|窝们|我哋|阿拉)(?:已经|现在|目前|其实|同时|也|本身|都|全|全都|全部|个个|几个)*(?:是|就是|算是|也算是|就系|系(?!统|列|数))|(?:和|跟|与)(?:您|你)(?:对接|沟通|联系|聊天|聊|对话|交流)的(?:这位|那位|人|客服|对象)?(?:其实|现在)?(?:是|就是)|(?:您|你)(?:现在|目前|正在|此刻|当前|这会儿|眼下)?(?:对话|聊天|沟通|对接|交流)的(?:对象|人|客服)?(?:是|就是|其实是|其实就是|都是)|(?:为|给)(?:您|你)(?:服务|处理)的(?:是|就是)|(?:我们|本店|咱们|我们店|咱们店|咱店|我们家|咱家|小店|店里|店铺|我家)(?:这个|的|里的)?(?:客服|售后)(?:团队|部门?|组|小组|人员)?(?:其实|本身|也|都|同时|还|另外)*(?:是|就是|都是|即|也是|便是)|(?:我|我们|这边|我这边|我们这边)(?:就)?(?:相当于|等同于|等于)|作为|(?:本客服|本小二|我这个客服)(?:同时|也|其实|还)*(?:是|就是)|本人系|本人为|我乃|我系|我为|咱是|俺是|俺们是|偶是|偶们是|窝是|(?:我|本人)(?:以前|之前|原来|曾经|过去)(?:就|也|一直)?(?:是|在)|我哋系|我哋是|呢度系|呢度是|呢边系)(?:(?:本次|此次|这次|您的|你的|您这次的|您本次的)(?:的)?)?(?:一名|一个|一位|名|位)?`;
const SELF = new RegExp(`${SELF_SRC}$`);
/** Round 32 (t32e): spoken and dialect particles that may close a self-introduction (嘞, 咯, 嚟㗎, 噻, 的啦). */
const OWN_PARTICLES = '(?:嚟|来)?(?:嘞|咯|啦|嘛|哦|喔|呀|啊|哈|㗎|咧|噻|哟|呐|噢|哇|捏|滴|嘅){0,3}';
const SELF_WITH_CLAUSE = new RegExp(`${SELF_SRC}(?:(?:(?!店|商家|品牌|我们|本)[^]){1,10}?的)?$`);
/** What comes after the platform's name in a self-introduction: a staff role or an office. */
/** Typos and homophones of 官方 (官放, 关方) as written to slip past a word list. */
// (round 39, t39o: …or the English word written for it in a Chinese self-introduction — 我是快手official的客服)
const GUANFANG = '(?:官方|官放|馆方|关方|官芳|官坊|guanfang|gf|official)';
/** Where in the platform one sits: 快手这边的, 平台那头的, 快手总部 (Cantonese 嘅 for 的). */
const LOC = '(?:这边|那边|这头|那头|方面|内部|总部)';
const DE = '(?:的|嘅|滴)';
// Round 20 (t20dp): two designations stacked (快手指定的合作售后方, 平台授权的特约专员).
const ROLE = new RegExp(`^${LOC}?${DE}?(?:(?:指定|指派|委派|特派|安排|分配|授权|认证|认定|委托|合作|特约|签约)${DE}?){0,2}(?:电商平台|进口电商|进口|电商|平台|${GUANFANG}|商城|跨境|海外|国际|全球购|合规){0,3}${DE}?(?:业务线|事业部|事业群|业务部|业务中心)?${DE}?(?:${GUANFANG})?${DE}?(?:热线|专线|金牌|资深|高级|首席|值班|专职|兼职|全职|特聘|外聘|挂职)?(?:招商|商务|类目|行业|(?:(?!店|商家|卖家|品牌|主播|达人)[^，。！？、,.!?\s]){1,6}?(?:类目|品类|行业|类(?=售后|客服|小二|审核|质检|运营|专员))${DE}?)?(?:(?:小.|阿.)?(?:智能|在线|人工|ai|专属)(?:客服|助手|助理|机器人)|ai|机器人|智能助手|小助手|小助理|小秘书|(?:做|干|搞|跑|管)(?:售后)?(?:回访|审核|质检|仲裁|风控|调解|巡检|抽检|鉴定|介入|纠纷处理|投诉处理)(?:工作)?${DE}|(?!上|里|中|老|的)(?:(?!店|商家|卖家|品牌|主播|达人|直播|用户|买家|会员|粉丝|[a-z0-9])[^，。！？、,.!?\s]){0,8}?(?:督导|专员|主管|经理|工作人员|员工|外包客服|客服专员|仲裁员|审核员|调解员|鉴定员|稽查员|督察员?|负责人|理赔(?:审核员?|专员|员|人员|核查员?)|(?:鉴定|检测|质检|仲裁|审核|检验)(?:机构|单位)|(?:品控|审核|鉴定|督察|督查|仲裁|监察|稽查|稽核|质检|巡查|巡检|风控|合规|检验|监管)官)(?![^，。！？]{0,3}店)|客服|小二|工作人员|员工|审核|专员|仲裁|售后|人员|管理员|经理|主管|督导|审单员|审单|核单员|稽核|稽查员|督察|负责人|对接人|联络人|监督员|巡检员|安全中心|客服中心|售后中心|风控|(?:直接|专门|特意|特地|临时)?(?:派|调|借调|抽调|下派|派遣|委派|指派)(?:过来|来|下来|嚟|的)|安排(?:过来|来|下来)|派驻|驻店|驻场|指派|委派|的人|认证${DE}(?:仲裁|审核|客服|专员)|(?:指定|指派|委派|委托)${DE}?(?:${GUANFANG}${DE}?)?(?:售后|客服|服务|处理|理赔|仲裁|纠纷)?(?:服务商|服务方|处理方|代理商|代理人|代表|代理)|纠纷|投诉|处理中心|运营(?!推荐|扶持|活动|选品)|(?:介入|指派|派来|委派)(?:后|之后)?(?:的)?(?:客服|专员|人员|处理人员|工作人员)|质检|抽检|鉴定师|鉴定员|鉴定|检测员|检验员|评估师|(?:(?:消费者)?(?:权益)?保障|消保|维权|治理|监管|法务|回访|调解)(?:专员|中心|部门?|小组|组|团队|委员会|员|人员|处)|(?:官方)?自营|(?:(?!店|商家|品牌)[^]){0,8}?(?:售后|客服|服务|纠纷|审核|处理|仲裁|投诉|维权|质检|介入|物流|风控|安全|保障|监管|法务|稽查|巡查|评审|检测|检验|抽检)(?:中心|服务台|台|部门?|组|团队|处|热线|专线|窗口|专员|委员会|小组)|(?:专门|专职)?负责[^，。]{1,12}?(?:的|工作)|(?:处理|受理|审核|审理|裁定|仲裁|调解|判|管)[^，。]{1,10}?的(?:工作人员|人员|专员|同事|员工|人|客服|小二|部门|团队)|(?:专门|专职)(?:管|处理|对接|跟进)[^，。]{1,12}?(?:的|工作))`);
const PLATFORM_WORDS = [...PLATFORM_NAMES, '平台', '官方', '平台方'];
/** Round 40 (t40c): the buyer's case in a court's words (本案, 该纠纷, 本次争议), before a desk word: only the platform has such a case. */
const CASE_OF_BUYER = '(?:(?:(?:本|此|该)(?:案|纠纷|争议|起纠纷|宗纠纷|案件)|(?:这|那)(?:起|宗)(?:纠纷|争议|案子)|本次(?:纠纷|争议|申诉|仲裁|投诉纠纷))(?:的)?)';
/** Round 35 (t35e): professionals no platform staffs for buyers (平台药师, 平台质检员, 平台鉴定师): named as the platform's, a role invented. */
// (not 工程师, 技术员, 律师: the platform's own engineers and lawyers are real — 平台工程师正在修复, 平台律师函)
// (round 46, t46f: …and the animal doctors a pet-goods rule is pinned on — 平台的兽医审核通过了才能退款: PLATFORM_PROS_T46F; only after 的,
// since 官方兽医 bare is the state's official veterinarian on an import health certificate)
const PLATFORM_PROS_T46F = '(?<=的)(?:兽医师|兽医|宠物医生|宠物医师|执业兽医|动物医生)';
const PLATFORM_PROS = `(?:药师|医师|医生|营养师|质检员|质检师|抽检员|检验员|检测员|检测师|鉴定师|鉴定员|评估师|验货员|查验员|品控员|品控师|审核师|验光师|调音师|化验员|检疫员|${PLATFORM_PROS_T46F})`;
/** Round 17 (t17b): one with the platform: 是一起的, 是一家的, 都是自己人, 是一伙的, 是一个公司的. */
const ONE_WITH = /^(?:其实|本来|本身|实际上)?(?:就|都|也)?(?:是|算是|属于)(?:一起的|一家的|一伙的|一家人|自己人|一个公司的?|同一家公司|同一个公司|一个团队的?|一个系统的?|(?:同一个|同一套|一套)(?:系统|后台)(?:的)?(?![里上下中内])|一个后台的?|一个部门的?|一个单位的?|一边的|一回事)/;
/** A platform office or staff role, as in 快手官方售后 / 平台客服小二 / 快手安全中心. */
// (round 19, t19di: also vouched by the platform — 快手官方认证客服为您服务, 平台授权专员在线)
const OFFICE = `${DE}?(?:电商平台|进口电商|进口|电商|平台|${GUANFANG}|跨境|海外|国际|消费者|用户){0,3}${DE}?(?:${GUANFANG})?${DE}?(?:(?:认证|授权|指定|特约|签约)${DE}?)?(?:热线|专线|金牌|资深|高级|首席|值班|专职|专属|在线|人工|智能)?(?:客服小二|客服|kf|小二|工作人员|售后|审核|专员|仲裁|安全中心|风控|纠纷|运营|处理|服务|小助手|助手|智能助理|机器人|介入|调解|赔付|理赔|质检|鉴定){1,2}(?:专员|中心|部门?|团队|小组|组|人员|专线|热线|服务台|台)?`;
/** The office speaking in the first person to the buyer: 快手官方售后这边通知您, 平台客服小二为您服务.
 * (round 40, t40c: …or announcing a ruling against the buyer in a notice's words, 快手官方售后，已为您驳回 / 平台仲裁中心已给您判定)
 * (round 36, t36g: …not the office as a step of the process, 平台审核后专员为您处理 — a 后 in the name slot ends the office's clause) */
const OFFICE_SPEAKS = new RegExp(
  `^${OFFICE}(?:这边|这里|在此)?(?:(?:小.|[a-z]{2,10}|工号[0-9a-z]{1,12}|[0-9a-z]{1,8}号|(?:(?!会|将|也|可|能|都|们|后|之后|以后)[^，。]){1,3})?(?:竭诚|很高兴|乐意)?为(?:您|你)(?:服务|解答|答疑|效劳|处理)|(?:已经?|现已|已于)(?:为|给)(?:您|你)(?:驳回|冻结|判定|裁定|拒绝|否决|作废)|竭诚为|很高兴为|(?:这边|这里|在此)(?:正式|郑重|特此)?(?:通知|提醒|告知|判定|裁定|为您)|(?:正式|郑重|特此)(?:通知|提醒|告知)|(?:小.|[a-z]{2,10})?(?:正在|现已|已经?)?(?:接入中|已?上线(?:了|中)?)(?!新))`,
);
/** What the platform hands the speaker: 平台已授权我, 快手委托本店, 官方指派我来. */
/** Also power handed down (快手进口已经把售后处理权下放给我们店了, 快手已将您的退款申请转交本店最终裁决).
 * Also through one of its offices (平台客服已授权我代为处理), handing the case over whole (平台那边把工单交给我全权处理了),
 * or singling the buyer out for a favour through the shop (官方特意让我们给您单独打八折, 快手官方专门交代我们给您免运费). */
const MANDATE_AFTER = /^(?:方|官方)?(?:客服|小二|审核|那边|这边|方面)?(?:已经|已|特别|正式|专门|特意)?(?:(?:授权|委托|委派|指派|派)(?:了)?(?:我|本人|我方|本店|小店|我们)|(?:给|向)(?:我|本人|我方|本店|小店|我们)(?:店)?(?:授权|授了权|委托|委派)|(?:让|叫|要|要求)(?:我|我们|本店)(?:(?:跟|向|给|对)(?:您|你))?(?:转告|通知|告诉|传达|告知|保证|承诺|担保))|^(?:方|官方)?(?:那边|方面)?(?:已经|已)?把[^，。]{0,10}?(?:交给|委托给|转给|授权给)(?:了)?(?:我|我们|本店|本人)(?:来)?全权|^(?:进口|电商|进口电商)?(?:方|官方)?(?:那边|方面)?(?:已经|已)?(?:把|将)[^，。]{0,10}?(?:权[^，。]{0,2}?(?:交给|委托给|转给|授权给|转交给?|下放给|移交给|交由)(?:了)?(?:我|我们|本店|本人|小店)|(?:交给|委托给|转给|授权给|转交给?|下放给|移交给|交由)(?:了)?(?:我|我们|本店|本人|小店)(?:店)?(?:来)?(?:全权|最终|裁决|裁定|定夺))|^(?:方|官方)?(?:那边|方面)?(?:特意|专门|特地|特别|亲自)(?:让|叫|要|交代|吩咐|嘱咐|安排|指示)(?:了)?(?:我|我们|本店)(?:给|为|帮)(?:您|你)|^(?:方|官方)?(?:那边|方面)?(?:已经|已)?(?:交给|委托给|转给|授权给|交由)(?:了)?(?:我|我们|本店|本人)(?:来)?(?:全权|最终)|^(?:方|官方)?(?:那边|方面)?(?:已经|已)?(?:同意|允许|批准|准许)(?:了)?(?:由)?(?:我|我们|本店|本人|小店)(?:店)?(?:来)?(?:全权|最终|代为|代|直接裁定|直接判定)/;
/** Speaking for the platform: 我说的话就是平台的意思, 我的决定就代表官方. */
/** What follows when the shop only describes its own standing: 我们就是快手官方认证的店铺. */
const OWN_STANDING = /^(?:电商|进口电商|平台|方)?(?:的)?(?:官方)?(?:认证|授权|入驻|审核通过|扶持|推荐|合作|签约|正规|品牌|旗舰|自营店铺|的商家|商家|的店铺|店铺|上的|里的|上面|里面|上卖)/;
// Round 29 (t29e): …with 这边 after the speaker (我这边说的就等于平台说的, 我们这里的决定就等同于快手的).
/**
 * Round 32 (t32b): the host's or the owner's word set up as the platform's (我们主播说的就等于平台说的, 老板的意思就代表官方, 她的决定就是
 * 快手的决定, 她同意退就等于平台同意 — 她 for a host named in the sentence): the shop's people speaking as the platform. Not platform staff quoted (平台小二说的就是
 * 最终结果), nor the host's word denied that standing (主播说的不代表平台).
 */
const HOST_SPEAKS_FOR = /(?:(?:我们|咱们|咱家|我家|本店|店里|直播间)?(?:的)?(?:主播|老板娘|老板|店长|掌柜|场控)|她|他)(?:(?:的话|的意思|的决定|的答复)|(?:说|讲|判|定|批|同意|答应|处理|决定|认)[^，。！？]{0,4}?)(?:就是|就代表|代表|就等于|等于|等同于|即是|相当于|就相当于)(?:了)?$/;
const SPEAKS_FOR = /(?:我|我们|本人)(?:这边)?(?:处理了|处理的|判的|定的|答复的|决定的)(?:就|也)?(?:等于|就等于|等同于|相当于|代表)(?:了)?$|(?:我|我们|本人)(?:这边|这里)?(?:说的|的话|说的话|的意思|的决定|的答复|的处理|这边的答复)?(?:话)?(?:就是|就代表|等于|等同于|即是|相当于|就相当于|就等于)(?:了)?$/;

/** The platform and its offices in pinyin or English (compact view: words run together). */
const LATIN_NAMES = ['kuaishou', 'kwai', 'ks', 'pingtai'];
/** What the Latin self-introduction cues share: Latin words run long in the compact view (kuaishouimportofficialsupporthere). */
const LATIN_SELF_INTRO = { words: LATIN_NAMES, reach: 40, severity: 'block', message: MESSAGE, grow: true, scope: 'clause' } as const;
const LATIN_QUALIFIER = '(?:jinkou|dianshang|pingtai|guanfang|de|import|official|ecommerce|platform|global|china|dispute|refund|complaint|aftersales|safety|security|risk|trust)';
const ADMITTED_SHOP = new RegExp(`^(?:${GUANFANG})?(?:的)?(?:(?:审核|审批|认证|核准|资质审核)(?:通过|合格)(?:后|之后)?(?:的)?(?:正式|正规)?(?:入驻|准入|进驻|上架)?|(?:审核|审批|认证|核准|批准|资质审核)(?:后|之后|过)?(?:的)?(?:正式|正规)?(?:入驻|准入|进驻))(?:的)?[^，。！？、]{0,6}?(?:店铺|店|商家|卖家|商户|企业|品牌方?|公司)(?![^，。！？]{0,3}(?:的)?(?:专员|工作人员|人员|负责人|审核员?|客服|小二|主管|经理|督导|质检))`);
const LATIN_ROLE = '(?:kefu|xiaoer|gongzuorenyuan|yuangong|shenhe|zhongcai|shouhou|customer(?:service|support|care)|support|service|staff|team|admin|agent|reviewer|arbitrat|employee|representative|helpdesk|cs|center|centre|desk|department)';

/** The platform named in any of its spellings, for patterns anchored on a later word. */
const PLATFORM_ALT = alt(PLATFORM_WORDS);
/** Round 45 (t45j): a start date and the goods a platform charge falls on, between the platform and the charge (这个月起对这类退货统一收). */
const T45J_CHARGE_LEAD = '(?:(?:从|自)?(?:这个月|本月|下个月|下月|今年|明年|即日|今天|下周|本周|近期|最近|月初|年初)(?:起|开始)?)?(?:对|针对)?(?:(?<=对|针对)[^，。！？]{1,8}?)?';
// The platform (or 官方) as the one giving a rule, right before the rule word: 平台要求, 按快手最新规定, 官方这边统一规则.
// (round 44, t44f: …a time word between — 平台现在要求, 平台目前规定)
const PLATFORM_AS_RULE_GIVER = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:现在|目前|如今|最近|近期|今年)*(?:的)?(?:最新|统一|硬性|明确|新)?(?:的)?$`);
/** Round 33 (t33f): …or as the one that issued it, the rule a notice or reply template (平台刚下发的内部通知, 平台统一的答复模板). */
// Round 44 (t44f): …or with its business line before the 的 (按快手跨境的规矩, 按平台进口的规定), or a category's rule named (平台冷链政策,
// 依据平台《涂料类商品履约规范》).
const PLATFORM_RULE_SOURCE = new RegExp(`${PLATFORM_AS_RULE_GIVER.source.slice(0, -1)}(?:答复|回复|话术|售后|退换|退货|退款|跨境)?$|(?:${PLATFORM_ALT}|官方)(?:跨境|进口|电商|海外购|全球购)(?:这边|那边|方面)?(?:的)?$|(?:${PLATFORM_ALT}|官方)(?:的)?(?:冷链|生鲜|食品|保税|直邮|[^，。！？]{0,6}?(?:类|类目|品类))(?:的)?(?:商品|产品)?(?:的)?(?:最新|统一|硬性|新)?(?:的)?(?:履约|售后|退换|退换货|退货|退款|服务|管理|交易|配送|处理|质检|检测|验收|鉴定)?$|(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:的)?(?:质检|检测|验收|鉴定|判定|判责|审核)$|(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:今天|今早|昨天|前几天|最近|近期|刚|刚刚|刚才|已经|已|新|最新)*(?:下发|发布|出台|公布|更新|发下来|出)(?:了)?(?:的)?(?:内部|最新|统一|新|紧急)?(?:的)?$`);
/** Not pointing the buyer to the platform or quoting them: 品牌, 说, 联系… right before the name. */
const NOT_POINTING = '(?<!品牌|店铺|本店|我们店|说|问|是否|以为|觉得|联系|找|请|向|申请)';
/** The platform or its system as the sender of a message: 平台自动回复, 快手官方, 系统消息. */
const SYSTEM_VOICE = `${alt([...PLATFORM_WORDS, '系统'])}(?:平台|官方|系统|电商|进口)*(?:的)?(?:客服|小二|工作人员)?(?:代为|代)?(?:(?:自动|统一|直接)?(?:回复|发送|推送|生成|发出|下发|发布|通知|消息|提醒|公告)|$)`;
/** A persona header in the original text after the platform's name: 小助手：, 小二（官方）：, 官方人员温馨提示. */
const PERSONA_HEADER = /^\s*(?:平台|官方|電商|电商|进口|進口|跨境|安全|风控|風控|售后|售後|消费者|消費者)*(?:的)?(?:智能|人工|在线|在綫|AI|ai)?(?:人员|人員|工作人员|工作人員|小助手|助手|小秘书|小秘書|助理|小二|客服|客服中心|安全中心|服务中心|服務中心|系统|系統|机器人|機器人)?\s*(?:[（(](?:官方|平台)[)）])?\s*(?:(?:温馨|溫馨|特别|特別|重要)(?:提示|提醒)|[：:]|[\]】〕〗](?!\s*[的里上中]))/;
// ---- round 49 (t49d) ----
// Round 49 (t49d, dev II FA): the buyer's own claim about a platform charge reported back (您说的“平台下个月要收会员费”) and disputed — no notice
// seen, the platform's rule centre named as the word that counts (我们没看到任何公告，以规则中心为准): the shop announces nothing. The pair: the
// buyer as the claim's source right before the anchor, and a doubt or a pointer to the platform's own notice after it.
const BUYER_CLAIM_LEAD_T49D = /(?:您|你)(?:刚才|之前)?(?:说|提到|听说|看到|问)(?:的)?$/;
const CLAIM_DISPUTED_T49D = /没(?:有)?(?:看到|见到|收到|听说)(?:过)?(?:任何|这个|相关)?(?:公告|通知|消息|规定)|没有(?:任何|这个|相关)?(?:公告|通知|规定)|以[^，。！？]{0,10}?为准|不乱讲|不清楚|查不到|不属实|没这回事/;
function buyerClaimDisputedT49d(ctx: LintContext, start: number, end: number): boolean {
  return BUYER_CLAIM_LEAD_T49D.test(ctx.before(start, 8, 'soft')) && CLAIM_DISPUTED_T49D.test(ctx.after(end, 60, 'hard'));
}
// ---- end round 49 (t49d) ----

/** Round 29 (t29b): a sanction on the buyer's own account, order or refund (您的退款已被驳回): what a relay disclaimer cannot cover. */
const BUYER_SANCTIONED = /(?:您|你)(?:的)?(?:账号|账户|帐号|订单|店铺|退款|申请|评价|快手号)[^，。！？]{0,6}?(?:已被|被|驳回|冻结|限制|封禁|扣除|关闭)/;
/** Round 29 (t29e): the shop as the one ruling or approving, not the platform or insurer (this cue family's shared frame). */
const SHOP_RULES_INSTEAD = {
  severity: 'block',
  message: MESSAGE,
  before: /(?:我|我们|本店|咱们|这边|后台)[^，。！？]{0,10}$/,
  notBefore: /(?:平台|官方|小二|快手|保险公司|系统|仲裁)[^，。！？]{0,6}$/,
  notSentence: /如果|要是|冒充|骗子|没法|无法|不能|批不了|判不了/,
  grow: true,
} as const;
/** …with the platform's (or insurer's) own step said to be unneeded: 不用走平台介入, 不用再等保险公司和平台审核, 用不着找平台. */
const SHOP_BYPASSES_PLATFORM = /(?:不用|不必|无需|用不着|没必要|省得|免得)(?:再)?(?:走|等|经过|通过|找|申请|麻烦)?[^，。！？]{0,3}?(?:平台|官方|快手|小二|保险公司)/;
/** What only the platform or the insurer decides: a freight-insurance claim, an appeal or arbitration (not 介入, named by the bypass itself). */
const PLATFORM_OWNED_CASE = /理赔|运费险|保险(?!公司)|申诉|仲裁/;
const SELF_NOTICE = '把回复说成平台或系统发出的消息，属于冒充平台（规则 2.9）';

/** Round 9: public bodies and carriers a shop may pose as to the same effect as the platform (2.9: 其他类似手段造成混淆). */
const AUTHORITY = ['海关', '海关总署', '缉私', '检验检疫', '出入境检验', '税务局', '税务', '保税区', '监管仓', '口岸', '邮政', '中国邮政', 'ems', '顺丰', '中通', '圆通', '韵达', '申通', '极兔', '京东物流', '菜鸟', 'dhl', 'fedex', '联邦快递', '消协', '消费者协会', '市场监管', '工商局'];
/** Their staff or desk after the name (海关总署12360热线的工作人员, 顺丰国际的理赔专员, 海关合作清关中心). */
const AUTHORITY_ROLE = /^[^，。]{0,12}?(?:的)?(?:工作人员|专员|关员|科员|科长|处长|站长|稽查员|理赔员|快递员|派送员|调解员|客服|热线|中心|科|处|局|办公室|窗口)/;
/** The rest of such a header in the original text, up to its colon (缉私科通知：, 监管仓工作人员提醒您：). */
const AUTHORITY_HEADER = /^(?!\s*(?:那边|那里|方面|这边|刚|已|发|的))[^，。,.：:\n]{0,14}?(?:通知|提醒|提示|告知|公告|警告)\s*(?:您|你)?\s*[：:]/;
const MESSAGE_AUTHORITY = '冒充海关、税务、物流等机构与买家沟通，造成混淆（规则 2.9）';

/** A ruling relayed from the platform and turned on the buyer (判给商家, 驳回, 撤销, 先把差评删了…才会). */
const RELAYED_AGAINST = /判给(?:商家|我们|店铺|本店)|判(?:商家|我们)(?:赢|胜|无责)|不给批|不批|不予|驳回|不给退|没用|别再|不用再|撤了|撤掉|撤销|撤回|作废|无效|不(?:支持|能|可以|给|接受)(?:退|换|赔|补)|一律不|(?:是|都)不(?:能|可以)退|判(?:您|你)(?:承担|负责|败诉|全责|有责|赔)|按(?:照)?(?:商家|我们|我方|店铺|本店|卖家)(?:的)?(?:意见|方案|说的|要求|处理意见|主张)(?:来)?(?:处理|执行|办|判)|先(?:把)?(?:差评|中评|评价|投诉|举报)(?:给)?(?:删|撤|改)|(?:差评|中评|评价|投诉|举报)[^。！？]{0,3}?(?:删|撤|改)(?:掉|除|回|了)?[^。！？]{0,10}?才(?:会|能|可以|给)|(?:删|撤|改)(?:掉|除|回|了)?(?:差评|中评|评价|投诉|举报)[^。！？]{0,10}?才(?:会|能|可以|给)/;
const RELAYED_AGAINST_ALL = new RegExp(RELAYED_AGAINST.source, 'g');
/** Round 38 (t38c): every match of a global regex in compact [from, to) stands under a denial (不会私下催您撤销); false when none matches. */
function allDenied(ctx: LintContext, regex: RegExp, from: number, to: number): boolean {
  const lo = Math.max(0, from);
  const text = ctx.compact.slice(lo, Math.min(ctx.compact.length, to));
  regex.lastIndex = 0;
  let seen = false;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (!denied(ctx, lo + m.index)) return false;
    seen = true;
  }
  return seen;
}
/** Round 12: a buyer's right taken by a rule (不退, 不能退, 无法受理, 才能申请退款). */
// (round 19, t19dk: also 不得以任何理由退货, 一律不予退换)
// (round 44, t44f: …or a right given only on a demand or ended at delivery — 才给售后, 签收即完结, 平台系统会直接驳回)
const RIGHT_TAKEN_BASE = /(?:平台|官方|快手)(?:是|都|也|一律)?不(?:会)?(?:介入|受理)(?!私下|站外|线下|平台外)|介入[^，。！？]{0,4}?(?:也|都)(?:会|是)?被?驳回|才(?:给|会给|能给)(?:您|你)?(?:售后|退|处理|受理|赔)|签收(?:即|就|后即)(?:完结|结束|结案|视为完成)|(?:会|将)?(?:直接|自动|一律)驳回|不(?:能|可以|给|予|支持)?退|不接受[^，。！？]{0,8}?(?:退|换|售后)|不得(?:以任何理由|以任何方式|无理由|随意|再)?(?:申请)?退|最多(?:只能|只可以|可以)(?:申请|退|售后)|不能(?:申请|售后|退款|换)|无法受理|不予受理|不受理|不予|才能(?:申请|退|售后)|不支持(?:退|七天|售后)|视为(?:自动)?放弃/;
// (round 45, t45g: …or the platform's own intervention said shut by it — 平台规定…只能由店铺判定，平台不介入，申请介入也会被驳回)
/**
 * Round 45 (t45j): …also a right hollowed by a condition the platform never sets: proof demanded for a no-reason return (七天无理由退货需要
 * 提供婚礼取消的证明 — no reason is the point of it), the buyer's defect defined away as no quality problem (三天内没漏完就不算质量问题), or ID
 * photos demanded in the chat window (在这个窗口发身份证正反面照片 — the platform takes real-name data on its own pages, never through a shop's chat).
 */
const T45J_RIGHT_TAKEN = /无理由[^，。！？]{0,8}?(?:需要|必须|要|得|须|需)(?:先)?(?:提供|出示|上传|提交|开具|拿出)[^，。！？]{0,16}?(?:证明|凭证|证件|单据|结婚证|离婚证|病历|诊断|理由说明)|(?:不算|不属于|不视为|不认定为?|不能算|算不上)[^，。！？]{0,3}?(?:质量问题|质量缺陷|瑕疵品|次品)|(?:窗口|聊天框|对话框|聊天里|对话里|私信)[^，。！？]{0,4}?(?:发|提供|上传|拍)[^，。！？]{0,6}?(?:身份证|证件|银行卡|人脸|手持照|户口本)/;
const RIGHT_TAKEN = new RegExp(`${RIGHT_TAKEN_BASE.source}|${T45J_RIGHT_TAKEN.source}`);
/** Round 12: the rule pressed on the buyer: an ultimatum, a hard or uniform rule, or the blame shifted off the shop. */
const RULE_PRESSED = /只能由(?:店铺|商家|卖家|我们|本店|店家)(?:来)?(?:判定|认定|判断|决定|鉴定)|(?:申请|找)(?:平台|官方|快手)?介入[^，。！？]{0,4}?(?:也|都)(?:会|是)?(?:被)?驳回|(?:您|你|买家|顾客|客户|消费者)[^，。！？]{0,12}?(?:必须|务必|一定要|得|需要)[^。！？]{0,24}?(?:否则|不然|才能|才可以)|所有[^，。！？]{0,8}?(?:订单|商品|买家|用户|顾客)(?:都)?(?:必须|务必|一律|都要|均需|均须)|硬性|统一(?:的)?(?:规定|要求|答复|回复|口径|模板|标准)|最新(?:规定|要求)|一律|(?:所有|每家|每个|全部|哪家)(?:的)?(?:店|店铺|商家|卖家)(?:都|也)?(?:一样|一个标准|同一个标准|统一标准|这样)|不是我(?:们)?(?:店|家)?(?:在|故意)?(?:为难|刁难|定的|说了算)|不是我(?:们)?(?:店|家)?(?:不(?:给|让|想|愿意?|帮)|故意)|这是系统(?:的)?(?:限制|规定|设置)|谁来都一样|(?:平台|官方|快手)(?:那边|方面)?(?:定|规定|要求)的[，,]?(?:不是|又不是|并不是)(?:我|我们|本店|店里|店家)|(?:跟|和|与)(?:我们|我|本店|店里|店家)(?:店|家)?(?:没|没有|无)(?:关系|关)|不关(?:我们|我|本店)(?:店|家)?(?:的)?事|(?:商家|店铺|我们|本店)(?:后台)?(?:无权|没有权限|没权限|没权)|(?:只是|也只是|只能|都是|就是)(?:照|按|按照|依照|遵照)(?:着)?(?:快手|平台|官方)(?:的)?[^，。！？]{0,4}?(?:标准|规定|规则|要求)?(?:来)?(?:执行|办|处理|操作)/;
// (round 45, t45j: …or the shop as the mere executor of the platform's standard — 我们也只是照平台标准执行)
// (round 44, t44f: …or the shop said to have no part or no power in it — 这个跟我们店没关系, 商家无权变更, 商家后台没有权限)
/** Round 13: a platform rule dictating the buyer's review or complaint: gagged (不得发表负面评价, 不能给差评, 禁止晒瑕疵图), forced (必须
 * 给好评, 必须写五星好评) or put under the shop's consent (差评需要先经过商家同意才能发布). The platform never rules on what a buyer may say. */
const REVIEW_DICTATED = /(?:不得|不能|不准|不允许|不许|禁止|不可以?)[^，。！？]{0,8}?(?:负面评价|差评|中评|评价|评论|投诉|举报|晒)|(?:必须|务必|一定要|需要|得)[^，。！？]{0,6}?(?:五星|5星|满分)?好评|(?:评价|差评|评论)[^，。！？]{0,10}?(?:需要|必须|要|得)[^，。！？]{0,8}?(?:同意|审核|批准|确认|看过|过目|审过)(?:后)?才能/;
/** Round 13: a rule on the shop, a ban on buying reviews, contact details in reviews or abuse, or the rule only pointed to. */
// (round 66, engfa66: …or the ban said of the shop after the rule, 平台规定评价是买家自愿的，我们不能要求您改评价, or the review called the buyer's free choice)
const REVIEW_RULE_REAL = /(?:规定|要求|规则)[^，。]{0,4}?(?:我们|商家|卖家|店铺|本店)|(?:我们|商家|卖家|店铺|本店|客服)(?:也|都|是)?(?:不得|不能|不准|不允许|不许|不可以|无权)(?:要求|让|逼|干涉|干预|强迫|左右|修改|删除|删|改)|(?:买家|您|你)(?:的)?(?:自愿|自由|权利)|诱导|返现|刷单|刷评|虚假|真实|联系方式|手机号|电话|微信|广告|辱骂|脏话|人身攻击|隐私|如果|假如|要是|以[^，。]{0,10}为准|冒充|骗子|不是平台|没有这|不存在/;
/** Round 38 (t38j): after the staff's name, 介入 with no 这边/我/帮您 — the staff reported stepping in — and the rest of the sentence
 * the shop waiting or doing its own part (等处理结果, 我们会提交凭证, 配合平台), nothing ruled, closed or done for the buyer. */
const STEP_IN_BARE = /^(?:已经|已|正在|刚刚|刚|也|都)*介入(?:了|处理|调查|核实|协调|进来)?(?:了)?/;
const SHOP_WAITS = /等|配合|提交|提供|补充|上传|我们(?:会|也|这边|正在|已经)|我这边(?:会|也|正在)|结果出来|留意|关注|跟进/;
const STAFF_ACTS = /判|裁|驳回|受理|无责|责任|撤|审核|核实过|查过|帮您|给您|为您|替您|不予|别再|不用再|没用|不能|不给|通过|退款|结论|最终|按[^，。]{0,6}处理/;
/** The ruling waited for is no ruling given (等平台判定, 等待处理结果, 等小二的结论). */
const AWAITED_RULING = /等(?:待|着)?[^，。]{0,6}?(?:判定|裁定|处理|审核|结论|结果)(?:结果)?/g;
function staffStepInReported(ctx: LintContext, end: number): boolean {
  const after = ctx.after(end, 60, 'hard');
  const m = STEP_IN_BARE.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  return SHOP_WAITS.test(rest) && !STAFF_ACTS.test(rest.replace(AWAITED_RULING, ''));
}
/** Round 12: the platform as the one that has already ruled (平台已…, 经平台仲裁, 被平台扣除, 平台方已查看…结论：, 官方小二已介入…判定结果：). */
// Round 34 (t34a): a branch for a bare 结论： / 判定结果： (the colon) is gone: the sentence tests read the compact view, which drops the colon,
// so it never matched. The platform-named forms above already take those sentences (平台方已…, 官方小二已介入), and a bare 结论：证据不足 is the
// shop's own after-sales verdict as often as a forged ruling (我们核实后的结论：证据不足，无法退款).
const PLATFORM_RULED = new RegExp(`(?:${PLATFORM_ALT}|平台方|小二)(?:方|官方)?(?:的)?(?:客服|小二|审核|仲裁|这边|那边|方面|(?:纠纷|争议|售后|交易)?(?:调解|仲裁|裁决|审理|判定)?(?:委员会|中心|庭|组|小组|部门?))?(?:已经?|已对|已将|已把|现已|刚刚?|最终|维持|已介入|已查看|经|仲裁|审核|处罚|判定|裁定|处理|判(?:了|咗|完|落|好了))|(?:经|被)(?:${PLATFORM_ALT}|官方|小二)|(?:判定|处理|处罚|裁定|仲裁|调解|审理|裁决|审核)结果(?:已出|已经出|出来(?:了|咯|啦|喇|嘞)|出咗|出嚟|已下达|已公布|如下)`);
/** Round 12: the matter closed on the buyer or their account struck (别再申请, 请勿重复提交, 不会再受理, 维持原处理结果, 扣6分, 封号). */
// Round 56 (eng56b): …or the buyer's review said to be taken down as the ruling's effect (过两天会自动隐藏, 已被折叠).
const CLOSED = /自动(?:隐藏|折叠|删除|屏蔽|下架)|(?:会|将|已|已经)被?(?:隐藏|折叠|屏蔽)|(?:退款|售后|申请|投诉|工单|申诉)(?:已经?|已被|被)?关闭|备案|在案|留档|存档|记入|别再|不用再|不要再|勿重复|没用|没有用|不会再|不再|无法受理|不予|不能再|关了|关闭了|已关闭|最终|终审|维持原|此为|永久|封号|冻结|扣[0-9一二三四五六七八九十]+分|扣分|扣除[^，。]{0,4}分|信用分|受限|限制|败诉|证据不足|承担|责任在|全责|不(?:可|得|能|予|接受)(?:再)?申诉/;
/** Round 12: the buyer's recourse left open, or the ruling only reported or foreseen: the shop is not speaking as the platform. */
// Round 31 (t31f): the platform's review run down as a careless habit (扫两眼就驳回, 根本没人仔细查, 走个过场), no ruling on this buyer's own case
// told in the sentence (您的申诉, 这单, 已经, 驳回了): see the relayed-verdict entry.
const CARELESS_HABIT = /^(?![^]*(?:您的|你的|您这|你这|这单|已经|了您|了你|驳回了|判了|结案了))[^]*(?:扫(?:一|两|几)眼|(?:看|瞄|瞅)(?:一|两|几)眼就|根本没人(?:仔细|认真)?(?:查|看|审|管)|走(?:个)?过场|随便(?:看看|点点|一看)就|敷衍了事)/;
const RECOURSE_OPEN = /可以(?:补充|重新|再次|申请|提交|上传)|补充(?:材料|凭证|证据)后|申请复核|(?:可以|能)(?:再)?复核|以[^，。]{0,10}为准|如果|若|假如|要是|万一|冒充|骗子|自称|不是平台|站内信|订单页|看不到|不知道|(?:会|将)(?:根据|依据|判定|审核|介入)|(?<!不)支持(?:您|你)?(?:的)?退|退款给(?:您|你)|我们(?:这边)?(?:承担|负责|赔)/;

/** Round 14: the platform or its people said to have spoken or ruled, up to a short filler (那边回复说了, 的客服主管，他说, 已经判了,
 * 仲裁组审核，结果为, 的人现在就在我旁边，他也说了). */
const PLATFORM_SAID = /^(?:方|官方)?(?:的)?(?:(?!会|将|要|能|可以)[^，。！？,]){0,14}?(?:[，,]?(?:他|她|他们|人家|对方))?(?:已经|已|刚|刚刚|刚才|也|都|明确|直接|最终)*(?:说|讲|话(?=咗|了|过|晒|明|唔|不|只|就)|回复|回话|回了|答复|交代|表态|判|判定|裁定|认定|核定|定性|决定|核实|审核|拒绝|否决|没批|不批|定(?=了|下来|死|的)|确认(?!收货|一下|下|您|你)|(?:处理)?意见(?=是|为|就是))(?!明|一声|清楚|一下|下(?!来)|出|给平台)/;
/** Round 14: an outcome against the buyer (不退, 不能退, 驳回, 售后已关闭, 只能补偿3元, 标准就是…, 不属于质量问题, 正常现象, 不予退换). */
// (round 41, t41k: also the claim found groundless — 无需退换 (not with a refund or resend after), 符合描述)
// (round 35, t35b: Cantonese refusals too — 唔退, 唔畀退 (畀 folds to 给), 退唔到, 冇得退)
const VERDICT_AGAINST_BUYER = /不(?:能|可以|给|予|支持|接受)?(?:退|赔|换)|唔(?:能|可以|给|予|支持|接受|得)?(?:退|赔|换)|(?:退|赔|换)唔(?:到|得|了)|冇得(?:退|赔|换)|退不了|(?:没法|没办法|无法)(?:给(?:您|你))?(?:退|赔|换|售后|处理)|(?:您|你|买家)自己(?:弄|搞|摔|用|碰|泡|洗)(?:坏|破|脏|的)|人为(?:损坏|原因)|不(?:支持|能|可以|给|予|接受)(?:换|赔|补|售后|七天|处理|受理)|驳回|(?:售后|申请|退款|订单|单号|凭证|投诉)[^，。]{0,6}?(?:已经|已|被)?(?:关闭|失效|作废|无效)|只能(?:给(?:您|你))?(?:补偿|赔|退|补|给)[^，。]{0,4}?(?:[0-9一二三四五六七八九十]+|券)|标准就是|多了没有|不属于[^，。]{0,4}?(?:质量问题|售后|退货|退款|赔付)|正常(?:现象|色差|情况)|维持原(?:判|处理|结果|决定)|证据不(?:足|充分|够)|不适用|(?<![说讲判定]的(?:就|才|便|即)?是)最终(?:答复|结果|决定|裁定)|不予支持|(?:审核)?未(?:通过|获批)|不在[^，。]{0,8}?范围|不成立|判给(?:商家|我们|店铺|本店)|只(?:能)?退(?:一半|部分|[0-9一二三四五六七八九十]+成)|按(?:我们|商家|卖家|店铺|本店|店家)(?:的|说的)?(?:意见|方案|说法)?(?:处理|来办|办|执行)|(?:您|你|买家)(?:全责|有责|承担|负责)|(?:无需|无须|不需要|不用|没必要)(?:退换|退换货)(?![^，。！？]{0,8}?(?:退款|补发|赔|补偿|给(?:您|你)))|(?<!不)符合(?:商品)?描述/;
const VERDICT_ALL = new RegExp(VERDICT_AGAINST_BUYER.source, 'g');
/** Every adverse outcome in the hit's 40-unit window lies inside quotation marks before the hit or in someone else's quoted words. */
function verdictOnlyQuoted(ctx: LintContext, start: number, end: number): boolean {
  const from = Math.max(0, start - 40);
  const window = ctx.compact.slice(from, end + 40);
  VERDICT_ALL.lastIndex = 0;
  let seen = false;
  for (let m = VERDICT_ALL.exec(window); m; m = VERDICT_ALL.exec(window)) {
    const at = from + m.index;
    const pair = quotePair(ctx, at, at + Math.max(1, m[0].length));
    // The platform's own words quoted after it (快手客服说了“不予退款”) are still its verdict relayed: only a quote before the hit or
    // attributed to someone else (您说“…”) is not.
    if (!pair || (pair[1] > ctx.toOriginal(start, end)[0] && !othersQuote(ctx, at, at + Math.max(1, m[0].length)))) return false;
    seen = true;
  }
  return seen;
}
/** Round 14: the platform as rule-giver, also before a rule's title ending in its field (平台最新《跨境售后实施细则》: 《》 are not in the compact view). */
// Round 44 (t44f): …a time word between (快手进口这边今年新出了规定, 平台最近刚出的规定).
// (round 45, t45g: …or a category's rule, 按平台对智能锁类目的规定，拆封后要先交200元检测费)
const PLATFORM_AS_RULE_GIVER_TITLED = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:今年|最近|近期|刚刚|刚|前几天|上个月|上月|这个月|本月|今天|昨天)*(?:的)?(?:有|最新|统一|硬性|明确|新|相关|新出|新出了|刚出|新定|新发|出了)?(?:的)?(?:《?[^》，。]{0,8}?(?:售后|退款|退货|跨境|服务|管理|实施|交易|用户|买家|消费者|活动))?$|(?:${PLATFORM_ALT}|官方)(?:对|关于|针对)?[^，。！？]{0,6}?(?:类|类目|品类)(?:的)?(?:商品|产品)?(?:的)?$`);
/** Round 14: a burden no platform rule puts on a buyer: a fee or deposit, paying the shop, a sanction for ordinary acts, evidence refused, a wait. */
// (round 44, t44f: …a price clawed back — 逾期系统会自动取消活动价并补扣差价; compact text drops %, so 扣20%的包装损耗费 reads 扣20的包装损耗费 — the fee named after the number, not the sign)
const BUYER_BURDEN = /扣(?:除|掉|取)?[^，。]{0,3}?[0-9一二三四五六七八九十]+(?:%|％|成|个点)|(?:手续费|服务费|清关费|检测费|鉴定费|处理费|折旧费|违约金(?!额)|押金|保证金|罚款|罚金|赔偿金(?!额)|(?:损耗|包装|仓储|管理|运营|操作|验货|质检|审核|换货|退货处理)费)|扣(?:除|掉|取)?[0-9]+(?![0-9])的?[^，。]{0,6}?(?<![运邮])费|(?:支付|缴纳|交|收取?|扣)[^，。]{0,8}?[0-9一二三四五六七八九十]+(?:%|％|成|个点)[^，。]{0,3}?(?<!运)费|收[^，。]{0,3}?[0-9一二三四五六七八九十百]+(?:元|块)[^，。]{0,4}?费|(?:赔偿|赔给|补偿给?)(?:商家|卖家|店铺|本店)|(?:补扣|扣回|追扣|追回|补缴|补交|收回)(?:您|你)?(?:的)?(?:差价|优惠|活动价|补贴|赠品)|(?:自动)?取消(?:您|你)?(?:的)?(?:活动价|优惠价|补贴)|(?:赔偿|赔给|补偿给)我们|双倍|(?:差评|退货|退款|投诉|评价|未确认|超时|拒收)[^。！？]{0,20}?(?:拉黑|封号|封禁|限制(?:下单|购买|登录|账号)|禁止下单|黑名单|冻结)|不能作为[^，。]{0,4}?(?:凭证|证据|依据)|不(?:算|认)[^，。]{0,4}?(?:凭证|证据)|公证|(?:必须|需要|要)先[^，。]{0,14}?满?[0-9一二三四五六七八九十]+(?:天|日|个工作日)[^，。]{0,4}?才(?:能|可以)/;
/** Round 19 (t19bq): the buyer sent to the platform's own service (帮助中心, 问一下平台客服, 联系快手官方客服): the shop speaks as itself. */
const PLATFORM_REFERRAL = /帮助中心|(?:问|咨询|联系|找|询问)(?:一下|下)?(?:平台|快手|官方)(?:的)?(?:官方)?(?:客服|人工)/;

// Round 33 (t33a): the platform's staff (平台的同事) said to reach the buyer themselves — a referral (see the 同事 cue).
// (round 35, t35a: …also with the buyer after 跟/和 — 平台那边的同事会跟您联系核实情况)
const PLATFORM_STAFF_CALLS = /^(?:们)?(?:稍后|之后|后续|晚点|随后|马上|尽快|很快|也|都|一般|会尽快)*(?:会|将|可能会|应该会)?(?:在)?(?:[0-9一二两三几]+(?:个)?(?:小时|天|工作日|个工作日)(?:内|之内)?)?(?:主动|直接|电话|打电话)?(?:(?:跟|和|与|同)(?:您|你)(?:电话)?)?(?:联系|致电|回访|沟通|给(?:您|你)打电话|给(?:您|你)来电)(?:过)?(?:您|你)?(?:了)?(?:核实|了解|确认|沟通|处理)?(?:一下)?(?:具体)?(?:情况|问题)?(?:吗|没|没有|么|的|哈|哦|呢)*$/;
const STAFF_CALL_PRESSED = /撤|删|改评|差评|投诉|别|不要|打过招呼|打招呼|说好了|关系|我们的人|自己人|让(?:您|你)|要(?:您|你)|叫(?:您|你)/;

/** Round 37 (t37e): withdrawal cues — the complaint or review after the verb (撤回之前的投诉)… */
const WITHDRAWN_AFTER = /^(?:掉|了)?(?:之前|您|你|这个|那个|这条|那条)?(?:的)?(?:平台)?(?:投诉|差评|评价|举报|申诉|介入|维权|仲裁)/;
/** …the platform's process or system named as setting the condition, and the money waiting on it… */
const WITHDRAWAL_FOR_PLATFORM = [/(?:平台|快手|官方|系统)(?:的|这边|那边)?(?:流程|规定|要求|规则|审核|才会|才能|才可以|自动)|(?:按|按照|根据|依照|走)(?:平台|快手|官方|系统)/, /退款|打款|到账|赔付|补偿|差价|放款|退钱/];
/** …not the buyer told it is not needed or is their right. */
const WITHDRAWAL_NOT = /不需要|不用|无需|不必|不要求|不会要求|不会影响|不影响|不受影响|没有影响|没有这|自愿|随您|您决定|您的权利|冒充|骗子|谨防|诈骗|不存在/;
/** Round 37 (t37e): the platform as the one wanting the buyer's identity data, or the shop passing it on to the platform (ID cue). */
const ID_FOR_PLATFORM = /(?:平台|快手|官方|系统|风控)(?:这边|那边|方面)?[^，。！？]{0,6}?(?:需要|要求|规定|要|让|验证|核验|认证|核实|审核|实名|发了|发送了|已经给)|(?:向|给|交给|提交给|报给)(?:平台|快手|官方|风控)[^，。！？]{0,4}?(?:报备|提交|上报|申请|核验|核实|备案)|(?:上传|提交|上报|报)(?:给|到)?(?:平台|快手|官方|风控)|代为(?:上传|提交|报备|上报|核验|认证)|(?:跟|和|与|向)(?:平台|快手|官方)[^，。！？]{0,6}?(?:申请|开通|争取|对接)(?:的|了)?[^，。！？]{0,4}?(?:特殊|专属|内部|单独|专门|绿色)(?:的)?(?:通道|权限|渠道|名额)|(?:去|进|登|在|上)(?:平台|快手|商家)?后台(?:替|帮|给)(?:您|你)(?:操作|处理|办理|开通|申请|弄)/;
/** …asked to be given here, in the chat. */
const ID_ASKED_HERE = /(?:告诉|发|给|报|回复|提供|拍|上传|念|读)(?:一下|下)?(?:给)?(?:我|我们|这里|这边|在这)|发在这|发到这|在这里回复|在这回复|这里回复|拍照发|拍给我|拍个照/;
/** …not customs' real check on the orderer, nor a warning or a refusal to take it. */
const ID_NOT_FOR_PLATFORM = /清关|海关|报关|订购人|关税|跨境税|(?:不会|不需要|无需|不用|请勿|不要|别|从不|绝不)[^，。！？]{0,8}?(?:告诉|发|给|提供|透露|索要|要|问)|任何人|谨防|诈骗|骗子|冒充|自称/;

// Round 46 (t46e): patterns for the rows at the end of `cues` (the platform's power over the buyer wielded by the shop).
/** After the platform's name: a reach over every shop or every purchase on it (在快手上买任何东西, 平台任何一家店, 全平台所有商家). */
const SITEWIDE_REACH_T46 = /^(?:上|里|内|中)?(?:的)?(?:买|购买|下单|退货|退款|售后)?(?:任何|所有|全部|每一|每|各|其他|别的|其它)(?:一)?(?:家|个|件|笔|单)?(?:店|店铺|商家|卖家|东西|商品|订单|单子)/;
/** The agent marking the buyer or the buyer's account — not an order or a parcel (我这边已经把您的账号标记降级了, 已在后台给您打上…标记,
 * 您这个账号我这边已经标记降级了; not 帮您把订单标记为加急). */
const AGENT_MARKED_T46 = /(?:我|我们|本店|这边|后台)[^，。！？]{0,12}?(?:给|帮|替|为)(?:您|你)(?:的)?(?:这个)?(?:账号|账户|帐号|号)?(?:已经|已)?(?:打上|打了|标记|标注|设为|设成|降级|升级|列为|定为|拉黑|限购)|(?:我|我们|本店|这边)[^，。！？]{0,12}?(?:把|将)(?:您|你)(?:的)?(?:这个)?(?:账号|账户|帐号|号)?(?:已经|已)?(?:标记|标注|设为|设成|降级|升级|列为|定为|拉黑|限购)|(?:您|你)(?:的|这个)?(?:账号|账户|帐号|号)(?:我|我们|本店)(?:这边)?(?:已经|已)?(?:给(?:您|你))?(?:标记|标注|降级|升级|拉黑|限购|设为|列为)|(?:已经|已)(?:在后台|在系统里?)?(?:给|帮|替|为)(?:您|你)(?:的)?(?:账号|账户|帐号|号)?(?:打上|打了|标记|标注|设为|设成|降级|升级|列为|定为)/;
/** The agent switching the buyer's entitlement for them, in the anchor's clause: before it (我这边帮您开通了…) or after it, the entitlement the
 * topic (…资格我这边已经给您关了, …额度我这边已经在平台帮您恢复了). */
const SWITCH_VERB_T46 = '(?:关|开|开通|恢复|取消|冻结|解冻|调|提|加|扣|清零|降|停|撤|收回|重置|补)';
const SWITCH_BEFORE_T46 = new RegExp(`(?:我|我们|本店|这边)[^，。！？]{0,12}?(?:给|帮|替|为|把)(?:您|你)(?:的)?[^，。！？]{0,4}?${SWITCH_VERB_T46}[^，。！？]{0,3}$`);
const SWITCH_AFTER_T46 = new RegExp(`^[^，。！？]{0,6}?(?:我|我们|本店|这边)[^，。！？]{0,12}?(?:给|帮|替|为)(?:您|你)[^，。！？]{0,4}?${SWITCH_VERB_T46}`);
/** The shop's word called final and the platform's desk waved off, in one sentence. */
/** …the final word the shop's own (我给出的处理意见就是最终意见, 主管的结论就是最终结论) — not the platform's ruling relayed (平台已给出最终结果). */
const SHOP_FINAL_T46 = /(?:我|我们|本店|这边|店里|主管|店长)[^，。！？]{0,10}?(?:就是|即为|便是|为|算|是)(?:最终|最后)|(?:我|我们|本店)(?:这边)?说了算/;
const PLATFORM_WAVED_OFF_T46 = /(?:不用|不必|无需|不需要|没必要|用不着)(?:您)?(?:再|另外|去|专门|额外)*(?:找|联系|咨询|申请|走|打|问|麻烦)(?:快手|平台|官方)/;
/** Identity asked to be sent here, the chat named as the place (请在此回复, 在本对话发送). */
const ID_ASKED_HERE_T46 = new RegExp(`${ID_ASKED_HERE.source}|(?:在此|此处|本对话|聊天框|对话框|这里)(?:直接)?(?:回复|发送|发|输入|填写|提供)`);

// Round 45 (t45d): patterns for the rows at the end of `cues` (a platform rule, programme or notice turned on the buyer).
/** A platform check said to fail the buyer mechanically: 少一步系统就自动判拒收, 系统会直接判定为拒收. */
const AUTO_VERDICT_T45 = /(?:系统|平台)[^，。！？]{0,4}?(?:自动|直接)(?:判|判定|判为|视为|算|按)(?:为|成|作)?(?:拒收|拒绝|驳回|失败|无效|不通过|不合格|作废|放弃)|(?:少|缺|漏|差)(?:了)?(?:一步|一项|一样|一个|任何一[步项样个])[^，。！？]{0,10}?(?:就|都|即)(?:会)?(?:被)?(?:自动|直接)?(?:判|算|视为|驳回|拒收|作废|失效)/;
/** The platform's business line and a return topic before the rule word (依照快手跨境的退货规定, 按平台进口的售后要求). */
const PLATFORM_LINE_RULE_SOURCE_T45 = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:跨境|进口|电商|海外购|全球购)(?:这边|那边|方面)?(?:的)?(?:售后|退换|退换货|退货|退款)$`);
/** The shop saying it cannot bend the rule it just told (这个我们也没法通融): the blame shifted like 不是我为难您. */
const NO_LEEWAY_T45 = /(?:我们|我|本店|商家|店里|店铺|客服)(?:这边)?(?:也|都|实在|真的)*(?:没法|没办法|无法|不能|不好|不敢)(?:给(?:您|你))?(?:通融|变通|破例|开口子|网开一面|特殊处理)/;
/** A platform protection programme (保险, 退货宝, 无忧退, 包赔) named in the sentence; not the statutory 七天无理由, whose real limits are told. */
const PLATFORM_PROGRAMME_T45 = /险|退货宝|无忧|保障|计划|包退|包赔|先行赔付|极速退/;
/** The programme's terms turned against this buyer: excluded, a fee, or the return downgraded (只能按拆封处理) — not the return postage
 * alone, which the real rule puts on the buyer (平台规定七天无理由退货的运费由买家承担). */
const PROGRAMME_AGAINST_T45 = /不(?:赔|保|理赔|予赔付|给赔|管赔)|不在[^，。！？]{0,6}?(?:保障|理赔|赔付|保险|承保|赔偿)(?:的)?范围|不属于[^，。！？]{0,6}?(?:保障|理赔|赔付|承保)(?:的)?(?:范围|对象|情形)|只能按[^，。！？]{0,6}?(?:处理|算|退|来)|折旧费|扣[^，。]{0,3}?[0-9一二三四五六七八九十]+(?:%|％|成|个点)/;
/** Honest talk of such a programme: the insurer decides, the page to check, the shop paying, a hypothesis, an impostor. */
const PROGRAMME_TOLD_T45 = /商家(?:需|要|必须|承担|赔|出)|(?:规定|要求)(?:我们|商家|卖家|店铺|本店)|对商家|如果|假如|要是|万一|倘若|以[^，。]{0,12}为准|保险公司|可以(?:申请|咨询|联系|查看|在)|联系(?:平台|官方|快手)|问(?:一下|下)?(?:平台|官方)|详情页|冒充|骗子|自称|(?:您|你)(?:自己)?(?:购买|买|投保|勾选)的(?:运费险|退货宝|保险)|(?:不用|无需|不需要)(?:您|你)|(?:我们|本店|店铺|店里|商家)(?:来|会|可以)?(?:承担|出|补|赔|垫)/;
/** A review dictated with the shop's pre-approval (评价要先给商家看过、我们确认以后才会展示). */
const REVIEW_PREAPPROVED_T45 = /(?:评价|差评|评论|晒单|追评)[^，。！？]{0,10}?(?:需要|必须|要|得|需)(?:先)?[^，。！？]{0,10}?(?:同意|审核|批准|确认|看过|过目|审过|把关)[^，。！？]{0,10}?(?:以后|之后|后)?才(?:能|会|可以|给)/;
/** The platform as the giver of a review rule, the review topic between (按平台新的评价规则, 快手最新的评论管理规定). */
const PLATFORM_REVIEW_RULE_GIVER_T45 = new RegExp(`${PLATFORM_AS_RULE_GIVER.source.slice(0, -1)}(?:买家|用户)?(?:评价|评论|晒单|追评)(?:管理|展示|发布)?$`);
/** A finding that the buyer's evidence falls short (不足以证明, 照片不够), or a formal proof demanded before the buyer may apply. */
const EVIDENCE_FAILED_T45 = /不足以(?:证明|说明|认定|支持|判定)|(?:证据|凭证|照片|图片|视频|材料)[^，。！？]{0,6}?(?:不足|不够|无效|不充分|不予采纳|不被认可|不采纳)|(?:补充|提供|补交|出具)[^，。！？]{0,12}?(?:诊断书|诊断证明|证明|检测报告|鉴定报告)[^，。！？]{0,4}?(?:后)?(?:再|才能|方可)(?:申请|提交|受理)/;
/** A notice header in the original text: @ before the platform's name, or a verdict verb and a colon after it (@快手官方 已确认：). */
function platformNoticeHeader(ctx: LintContext, start: number, end: number): boolean {
  const [os, oe] = ctx.toOriginal(start, end);
  if (/[@＠]\s*$/.test(ctx.text.slice(Math.max(0, os - 2), os))) return true;
  return /^[^，。！？\n,.!?]{0,12}?(?:确认|核实|审核|核查|认定|判定|裁定|复核)(?:完毕|完成|结果|结论|意见)?\s*[：:]/.test(ctx.text.slice(oe, oe + 24));
}

// Round 46 (t46f): patterns for the rows at the end of `cues` (rules, steps and fees invented in the platform's name).
/** The platform named with another authority as joint rule-giver (按海关和平台的联合规定, 平台与质检总局共同的要求), or a new rule for
 * a category (按平台今年新出的母婴类目规定): PLATFORM_RULE_SOURCE wants the platform right before the rule word. */
const PLATFORM_RULE_SOURCE_T46F = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:和|与|跟|及|同|、)[^，。！？]{1,8}?(?:的)?(?:联合|共同|一起)(?:的)?(?:出台|发布|下发|制定)?(?:的)?$|[^，。！？]{1,8}?(?:和|与|跟|及|同|、)(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:的)?(?:联合|共同|一起)(?:的)?(?:出台|发布|下发|制定)?(?:的)?$|(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:今年|最近|近期|刚刚|刚|前几天|上个月|上月|这个月|本月|今天|昨天)*(?:的)?(?:新出|新出了|刚出|新定|新发|新推|出台|发布|下发|更新)(?:的)?[^，。！？]{0,8}?(?:类目|品类|类|行业)(?:的)?(?:商品|产品)?(?:的)?(?:售后|退换|退换货|退货|退款|评价)?$|(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:今年|最近|近期|刚刚|刚|前几天|上个月|上月|这个月|本月|这周|本周|今天|昨天|已经|已)*(?:新)?(?:下发|发布|出台|公布|更新|推出)(?:了)?(?:的)?(?:内部|最新|统一|新|紧急)?(?:的)?$`);
/** A review tied to the buyer's after-sales rights: 48小时内要完成评价，超时就视为放弃售后, 不评价就不能申请退款. */
const REVIEW_FORFEIT_T46F = /(?:评价|好评|评论|晒图|晒单|追评)[^。！？]{0,24}?(?:视为|算|当作|等于|就)(?:是)?(?:自动|主动)?(?:放弃|失去|丧失|取消|作废)|(?:评价|好评|评论|晒图|晒单|追评)[^。！？]{0,24}?(?:失去|丧失|取消|不再享有|不能再?申请|无法申请)(?:[^，。！？]{0,4}?)(?:售后|退款|退货|维权|赔付)/;
/** The shop shrugging off the rule it just told (这个我们也改变不了, 白纸黑字写在规则里): the blame laid on the platform. */
const BLAME_SHIFT_T46F = /(?:我们|我|本店|商家|店里)(?:这边)?(?:也|都|实在|真的)*(?:改变不了|改不了|做不了主|没办法|没有办法|无能为力|左右不了)|白纸黑字/;
/** A review told what it must carry (晒图必须带店铺水印, 评价都要带视频) and what happens to it otherwise (会被系统折叠, 不展示). */
const REVIEW_MUST_T46F = /(?:评价|晒图|晒单|评论|追评|买家秀)[^，。！？]{0,12}?(?:必须|务必|一定要|都要|需要|都得|得|须|要)(?:先)?(?:带|加|附|打|有|含|用|写|配|露出|出现)/;
const REVIEW_SANCTION_T46F = /(?:评价|晒图|晒单|评论|追评|买家秀|图)[^。！？]{0,16}?(?:会|将|就|都|一律)?(?:被)?(?:系统|平台)?(?:自动)?(?:折叠|隐藏|屏蔽|下架|删除|删掉|不展示|不显示|不予展示|不计入|作废|无效|降权|限流)/;
/** A sum the buyer is asked to pay first (得先交30元, 需要先付50块押金). */
const BUYER_PAYS_FIRST_T46F = /(?:您|你|买家|退货|退款|换货|售后|下单)[^。！？]{0,10}?(?:得|要|需要|需|必须|请|先)(?:先)?(?:交|付|缴|支付|缴纳|垫付|转|预付|押)[^，。！？]{0,8}?[0-9一二三四五六七八九十百两]+(?:元|块)/;
/** The platform as the one who takes it (是快手那边统一收的, 由平台代收, 平台收走的). */
const PLATFORM_COLLECTS_T46F = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:那边|这边|方面|官方|系统)?(?:统一|直接|自动|负责|代|来)*(?:收取|收的|收走|收了|收(?!到|货|件|款|下)|扣的|代收|代扣|保管)`);
/** The agent acting for the buyer inside the platform (我已经在平台那边帮您…, 在快手后台给您…), or a power said to be beyond shops
 * (这个权限一般商家是没有的). */
const AGENT_IN_PLATFORM_T46F = new RegExp(`(?:在|去|进|从|上)(?:${PLATFORM_ALT}|官方)(?:官方)?(?:那边|那头|后台|系统|内部|里|上|里面)?[^，。！？]{0,4}?(?:帮|给|替|为)(?:您|你)|(?:权限|权力|特权|资格)[^，。！？]{0,6}?(?:一般|普通|别的|其他|其它|很多|大部分|大多数)(?:的)?(?:商家|店铺|店家|卖家)(?:都|是|也)*(?:没有|没|拿不到|开不了|申请不到)`);
/** A change of a window or standing the platform sets (延长到30天, 改成15天, 调整, 恢复). */
const WINDOW_CHANGED_T46F = /延长|延期|顺延|加长|放宽|延到|加到|改成|改为|改到|调成|调到|调整|调长|恢复|重新(?:开启|打开|开通)|开通/;

// Round 47 (t47c): patterns for the rows at the end of `cues` (a platform rule with a topic between, its right taken, the shop's hands tied).
/** The platform and a short topic of its own before the rule word (按照平台生鲜判责标准, 按平台进口食品抽检的规定, 按平台冷链规定):
 * PLATFORM_RULE_SOURCE lists the topics it knows; here any few characters, none of them a person or the shop. */
const PLATFORM_TOPIC_RULE_SOURCE_T47C = new RegExp(`(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?(?:的)?(?:(?!我|您|你|他|她|商家|店|卖家|买家|规|和|与|跟|对)[\u4e00-\u9fff]){1,8}?(?:的)?$`);
/** A right taken in a way no real rule words it: a payout conditioned or capped (超过30%才能赔付, 最多赔三天), a count allowed (一年只能换码两次),
 * the after-sales forfeited (视为自动放弃售后). Not the common RIGHT_TAKEN: with the hands tied alone it is too often a real rule told (跨境商品签收后
 * 才能申请退货，这个我们也没法改). */
const RIGHT_TAKEN_T47C = new RegExp(`视为(?:自动|主动)?放弃|(?:超过|达到|满|超出|高于)[^，。！？]{0,12}?才(?:能|可以|会|给|予)?(?:赔|理赔|赔付|补偿|退|换|处理)|最多(?:只)?(?:能|可以)?(?:赔|补|退|补偿)[^，。！？]{0,2}?[0-9一二两三四五六七八九十百]|只能[^，。！？]{0,6}?[0-9一二两三四五]次`);
/** The shop's hands said tied (我这边也没法再帮您提交了, 我这边已经没有权限给您开通, 我们这边也没办法): the blame laid on the platform. */
const HANDS_TIED_T47C = new RegExp(`(?:我|我们|本店|店里|商家)(?:这边|这里)?(?:也|都|已经|已|实在|真的|就)*(?:没法|没办法|没有办法|无法|没有权限|没权限|无权|帮不了|给不了|做不了)|${BLAME_SHIFT_T46F.source}|${NO_LEEWAY_T45.source}|${RULE_PRESSED.source}`);

// ---- Round 47 (t47h): patterns for the rows at the end of `cues` — platform programmes, payouts, buyer tiers, limits and records invented and
// run by the shop (2.9). Each row pairs two cues rare in honest replies: the platform's act on the buyer, and the shop's hand in it.
// The platform paying or serving the buyer itself: 平台会全额报销, 运费由平台承担, 钱是平台补的, 平台补您差价, 以后在平台买…终身免邮.
const PLATFORM_PAYS_T47H = new RegExp(`(?:${PLATFORM_ALT})(?:那边|这边|方面|官方)?(?:会|将|都|也|来|就)*(?:直接|全额|全部|统一|自动|额外)*(?:给(?:您|你))?(?:补|报销|承担|出钱|买单|换新|发券|补贴)|由(?:${PLATFORM_ALT})(?:官方)?(?:来)?(?:承担|出|补|报销|买单|支付|补贴)|(?:钱|费用|差价|运费|医药费|补贴)(?:都)?(?:是)?(?:由)?(?:${PLATFORM_ALT})(?:官方)?(?:补|出|承担|付|报销|给)的|(?:${PLATFORM_ALT})[^，。！？]{0,14}?(?:终身|永久|一直)(?:免邮|包邮|免运费|打折|折扣|优惠)|(?:${PLATFORM_ALT})(?:官方)?(?:给|发|分配|批)(?:的|了|我们)[^，。！？]{0,8}?(?:名额|特权|免审)`);
// The shop enrolling or registering the buyer, or spending a quota on them: 我这边已经帮您登记了, 把您加进…, 我已经在后台登记了, 我给您用一个.
const SHOP_ENROLS_T47H = /(?:我|我们|本店|这边)[^，。！？]{0,10}?(?:帮|给|替|为|把)(?:您|你)[^，。！？]{0,14}?(?:登记|报名|加进|加入|录入|录进|开通|激活|备案|用一个|用了一个|用掉)|(?:我|我这边|我们|这边)(?:已经|已|直接|这就|马上)*(?:在后台)?(?:登记|备案)(?:了|好了)/;
// Real programmes the shop may tell of (not invented): their names keep a row off.
const REAL_PROGRAMME_T47H = /运费险|退货险|退货宝|百亿补贴|极速退款|七天无理由|7天无理由|先行赔付|假一赔|正品保障|以旧换新补贴(?=政府|国补)|国补|政府补贴/;
// The shop's mark or record on the buyer's platform account, and the platform acting on the buyer by it later.
const SHOP_FILES_BUYER_T47H = new RegExp(`${AGENT_MARKED_T46.source}|(?:帮|给|替|为)(?:您|你)(?:把)?[^，。！？]{0,10}?(?:录进|录入|登记进|加进|加入|存进|写进)(?:了)?(?:${PLATFORM_ALT})[^，。！？]{0,8}?(?:档案|名单|库|系统|标签|画像)`);
const PLATFORM_FOLLOWS_T47H = /(?:以后|今后|往后|之后)[^，。！？]{0,10}?(?:给(?:您|你)推|推荐|推送|不会再|自动|享受|专属)/;
// A platform rule rationing the buyer's service or information by count or tier: 只能回复三次, 只给金卡买家看.
const RATIONED_T47H = /只能(?:回复|答复|解答|回答|回|咨询|沟通|聊)[^，。！？]{0,4}?[0-9一二两三四五六七八九十几]+(?:次|条|句|轮)|(?:只给|只对|仅对|仅限|只有|只让)[^，。！？]{0,6}?(?:金卡|银卡|钻石|铂金|黑卡|vip|高级|优质|会员等级|等级)[^，。！？]{0,4}?(?:买家|用户|会员|客户)/;
// A right taken (RIGHT_TAKEN) or all payouts refused, pressed also by the system said to refuse (退款这边系统是不会通过的).
const RIGHT_TAKEN_T47H = new RegExp(`${RIGHT_TAKEN.source}|不(?:支持|予|给|接受)任何(?:理赔|赔付|售后|退换|退款|赔偿)|只能换不能退`);
// (not HANDS_TIED_T47C: 我们无法受理 / 我们也没法改 after a real rule told is honest — 跨境商品签收后才能申请退货)
const PRESSED_T47H = new RegExp(`${RULE_PRESSED.source}|系统(?:是|都|也)?(?:不会|不能|无法|不可能)(?:给(?:您|你))?(?:通过|批|审核通过|同意)`);
// A buyer tier of the platform said to be the buyer's, and a benefit given on it by the shop: 您账号已经是…认证买家了，下单不用再做实名.
const BUYER_TIER_T47H = /(?:您|你)(?:的)?(?:账号|账户|帐号)[^，。！？]{0,6}?(?:已经|已)?(?:达到|是|属于|符合|升级为|升为|成为)[^，。！？]{0,16}?(?:优质|认证|金卡|银卡|钻石|铂金|黑卡|高级|vip|白名单)[^，。！？]{0,6}?(?:买家|用户|会员|客户)/;
const TIER_BENEFIT_T47H = /(?:我|我这边|我们|这边)[^，。！？]{0,6}?(?:可以|能|已经|已)?(?:帮|给|替|为)(?:您|你)(?:申请|开通|办|减|免|提)|(?:不用|不需要|无需|免)(?:再)?(?:做|走|进行)?(?:身份)?(?:实名|核验|审核|验证)|(?:税|关税|跨境税)[^，。！？]{0,4}?(?:减半|全免|打折|减免)/;

// ---- round 48 (t48h) ----
// Round 48 (t48h): the platform's ruling named as beyond the shop (平台的判定我们这边改不了), the ruling told in an earlier sentence, and the reply
// giving the buyer a way on (改走退货退款，寄回来我们收到后马上退; 可以申请平台介入): the shop disowns the platform's power rather than speaking
// with it. Not with the way shut (找平台也没用, 别折腾了, 只能找我们).
const NOT_OURS_TO_CHANGE_48 = /(?:我们|我|本店|店铺|商家|店里|咱们)(?:这边|这里)?(?:也|都|实在|真的?)*(?:改不了|改变不了|更改不了|推翻不了|做不了主|左右不了|干预不了|插不上手|无权(?:修改|更改|改变|推翻)|没有?权限(?:修改|更改|改))/;
const WAY_ON_48 = /申请平台介入|平台介入|申请复核|申诉|改走|改成|改申请|重新(?:申请|提交)|退货退款|收到(?:后|之后|以后)?[^，。]{0,4}?退|(?:可以|能)申请/;
const WAY_SHUT_48 = /也没用|没用的|白费|别折腾|不用折腾|别找平台|只能(?:跟|找|和)(?:我们|我)|认了吧|就这样吧/;
function rulingNotOursWayOn48(ctx: LintContext, start: number, end: number): boolean {
  if (!NOT_OURS_TO_CHANGE_48.test(sentenceOf(ctx, start, end, 40))) return false;
  const reply = ctx.compact;
  return WAY_ON_48.test(reply) && !WAY_SHUT_48.test(reply);
}
// ---- end round 48 (t48h) ----
// ---- Round 48 (t48c): patterns for the rows at the end of `cues` (sanctions, rulings, programmes and powers invented in the platform's name) ----
/** The platform or its system acting on the buyer by itself, a sanction (…会自动删除, 会暂停您的售后权益, 会自动上报征信, 48小时后系统会自动取消). */
const AUTO_SANCTION_T48C = /^(?:那边|这边|方面)?(?:会|将|就|都|也)*(?:在[^，。！？]{0,8}?后)?(?:自动|直接)?(?:删除|删掉|隐藏|屏蔽|取消|暂停|冻结|上报|报送|限制|降低|清零|关闭(?:您|你)(?:的)?(?:账号|账户))/;
/** A rule named for it (按…管理办法, …新规, 这个是快手那边的规定). */
const RULE_NAMED_T48C = /新规|管理办法|规定|规则|规矩|标准|细则|政策/;
/** A condition on the buyer (需要…否则, 未确认的订单, 不付尾款的话, 未上传的). */
const BUYER_CONDITION_T48C = /否则|不然|(?:未|没有?|不)(?:完成|确认|上传|提交|补充|填写|付|交|补|提供|回复)[^，。！？]{0,8}?(?:的话|的订单|的用户|的买家|的)/;
/** The platform's real auto-steps: unpaid orders cancelled, receipt confirmed, a return closed without tracking, a deposit forfeited. */
const REAL_AUTO_STEP_T48C = /未付款|未支付|待付款|超时未付|(?:未|不|没)(?:付|支付)[^，。！？]{0,4}?(?:款|定金)[^。！？]{0,16}?取消|确认收货|单号|运单|寄回|定金/;
/** A platform ruling (结果是支持商家, 判“买家责任”, 判给商家, 驳回). */
const RULING_T48C = /结果(?:是|为)|判(?:定|给|为|了)?[“"「]?(?:买家|商家|您)|支持(?:商家|卖家|店铺)|驳回|败诉|胜诉/;
/** The buyer's recourse declared shut (这个结果是终局的, 申请介入也是这个结果, 别浪费时间了). */
const RECOURSE_SHUT_T48C = /终局|最终(?:结果|裁定|裁决)(?:了|的)?[，。！？]?(?:不能|无法|没法)|(?:申请|找|再找|走)(?:平台)?(?:介入|仲裁|申诉)[^，。！？]{0,4}?(?:也|都|还)(?:是|一样|没用|改变不了)|(?:别|不用|不必|没必要)(?:再)?(?:白)?浪费(?:时间|精力)|不可(?:更改|申诉|撤销)|(?:再|申诉|投诉)[^，。！？]{0,4}?也(?:没用|没有用|改变不了)/;
/** The platform paying, replacing or rewarding the buyer (平台直接补一块新的, 平台会给您账号加200成长值). */
const PLATFORM_REWARDS_T48C = /^(?:那边|官方)?(?:会|将|就|都|也|还)*(?:直接|额外|自动|免费|全额)*(?:给(?:您|你)(?:的)?(?:账号|账户)?(?:上)?)?(?:补(?:一|个|发)|换新|赔|加[0-9一二两三四五六七八九十百]|送|奖励|返)/;
/** The buyer said enrolled or chosen (已经自动加入, 被选为, 恭喜您). */
const BUYER_ENROLLED_T48C = /(?:自动|已经|已|被|成功)(?:给您|为您|帮您)?(?:加入|纳入|选为|选中|入选|列入)|恭喜(?:您|你)/;

// ---- Round 48 (t48g): patterns for the ID-paper row at the end of `cues` ----
/** Round 48 (t48g): a platform rule named (按平台…新规, 平台规则), or the shop keeping papers for the platform (替平台存档, 帮平台留存). */
const ID_FOR_PLATFORM_T48G = new RegExp(`${ID_FOR_PLATFORM.source}|(?:平台|快手|官方)[^，。！？]{0,8}?(?:新规|规则|政策|新政)|(?:替|帮|代|为)(?:平台|快手|官方)[^，。！？]{0,4}?(?:存档|备案|留存|保存|保管|备查|收集|登记|核验|审核)`);
/** Round 48 (t48g): …and the papers to be put into this chat (在这个对话框上传, 聊天窗口里发一下). */
const ID_ASKED_HERE_T48G = new RegExp(`${ID_ASKED_HERE_T46.source}|(?:对话框|聊天框|聊天窗口|这个窗口|此对话|本对话)(?:里|中|内)?(?:直接)?(?:上传|发送|发|拍|回复|提交)`);

// ---- Round 49 (t49c): patterns for the rows at the end of `cues` (platform schemes, labels and powers coined and turned on the buyer) ----
/** Round 49 (t49c): the anchor's sentence in the draft as typed (quotes and commas kept; compact drops them). */
function typedSentence49(ctx: LintContext, start: number, end: number, reach = 90): string {
  const [os, oe] = ctx.toOriginal(start, end);
  const t = ctx.text;
  let a = os;
  while (a > 0 && os - a < reach && !/[。！？!?\n]/.test(t[a - 1]!)) a--;
  let b = oe;
  while (b < t.length && b - oe < reach && !/[。！？!?\n]/.test(t[b]!)) b++;
  return t.slice(a, b);
}
/** A name in quotes (“美妆尝鲜计划”, 「锁价通道」, "敏感肌-中度"): a coined scheme, label, period or fee. */
const COINED_49 = /[“"「『【‘']([^”"」』】’'\n]{2,14})[”"」』】’']/g;
/** Quoted names that are the platform's real pages, buttons, statuses and programmes (申请售后, 我的订单, 已签收, 七天无理由, 运费险). */
const REAL_LABEL_49 = /订单|申请|售后|退款|退货|客服|物流|签收|发货|收货|我的|首页|按钮|页面|入口|设置|搜索|旗舰店|七天|7天|无理由|运费险|退货宝|极速|先用后付|以旧换新|百亿补贴|价保|保价|正品|官方|介入|举报|投诉|待|已|仅退款|小黄车|直播间|保障|打款|钱包|支持|可以|显示|税/;
/** The buyer losing a right, paying, or handing over data under it (不提供售后, 不能撤销也不能投诉, 只能换不能退, 运费您这边承担, 通过了才能发货). */
const BUYER_LOSES_49 = /不(?:再)?(?:提供|支持|受理|予|给)(?:任何)?(?:售后|退|换|理赔|赔|补)|不能(?:撤销|投诉|申请|退|取消|申诉)|不再受理|只能换不能退|(?:您|你)(?:这边|那边)?(?:来|需要|要|得)?(?:承担|自付|自理|补交|缴纳)|才(?:能|可以|会)(?:发货|退|下单|购买|买|寄出|发出|受理)|不(?:允许|让|能)(?:卖给|卖|购买|买)|发(?:给)?我(?:们)?(?:这边)?|一律不(?:退|换|赔)|不退不换|不(?:赔|退)的|只能(?:走)?(?:维修|换货|补发)|(?:通过|鉴定|审核)(?:了|后)?才(?:给)?(?:退|换|赔|发)|先付款(?:后|再)发货/;
/** A scheme the platform is said to run, named unquoted by its head noun (平台的美妆尝鲜计划, 平台对孕婴类目有个72小时冷静审核期). */
const UNQUOTED_SCHEME_49 = /(?:平台|快手|官方)(?:那边|这边)?(?:的|对[^，。！？\s]{1,8}?(?:有个|有一个|设了|实行)|有个|新推的|推出的|新出的)([^，。！？\s“”"「」]{2,10}?(?:计划|通道|专区|冷静期|审核期|保护期|观察期|账户))/g;
/** A coined name headed by a class, period, fee, plan or lane is coined even when it holds a real word (“高频退货人群”, “VIP极速通道”). */
const COINED_HEAD_49 = /(?:人群|用户|买家|客户|名单|等级|标签|期|费|计划|通道|专区|账户|政策|流程)$/;
/** …or the coined name is itself a charge (“食品抽检费”, “安全押金”). */
const COINED_CHARGE_49 = /费$|押金$|保证金$/;
/** …that the buyer is made to pay (多付一笔, 先交, 统一代收). */
const COINED_PAID_49 = /多付|另(?:外)?(?:付|交|收)|(?:要|得|需要|需|必须|先)(?:先)?(?:交|付|缴)|收取|代收|统一收/;
/** …or the shop working it for the buyer (帮您登记进, 给您把价格锁在, 给您恢复, 帮您折叠了). */
const SHOP_WORKS_IT_49 = /(?:我|我们|这边|本店)[^。！？]{0,14}?(?:帮|给|替|为|把)(?:您|你)[^。！？]{0,14}?(?:登记|锁|恢复|开通|开了|标|充|折叠|置顶|解除|录|加入|加进|办|设置|调|申请了|申请到)/;
/** Honest frames: a denial, a warning, the buyer's words told back, a hypothesis. */
const COINED_TOLD_49 = /没有(?:这|那|任何)|没看到|不存在|冒充|骗子|谨防|诈骗|如果|假如|(?:您|你|买家|顾客)(?:刚才|之前)?(?:说|提到|讲|听说|看到|写|留言|反馈|评论|发的|让我|要我|叫我|要求|问(?=的|过|了|我|有没有|是不是|能不能|[“"「]))|并没有|并非|谣言|不是[^，。]{0,4}?平台|平台(?:不会|从来不|从不|没有)|以[^，。]{0,12}?为准|(?:写的是|写着|显示|标注的是)[“"「『]|不会|不要|别信|别理|挂断|自称|陌生/;
/** The anchor's typed sentence holds a coined quoted name, not a real label, and the buyer loses by it or the shop works it. */
function coinedSchemeOnBuyer49(ctx: LintContext, start: number, end: number): boolean {
  const s = typedSentence49(ctx, start, end);
  let coined = false;
  let charge = false;
  for (const m of s.matchAll(COINED_49)) {
    if ((REAL_LABEL_49.test(m[1]!) || REAL_PROGRAMME_T47H.test(m[1]!)) && !COINED_HEAD_49.test(m[1]!)) continue;
    coined = true;
    if (COINED_CHARGE_49.test(m[1]!) && COINED_PAID_49.test(s)) charge = true;
  }
  // (unquoted: a scheme noun the platform is said to run — 平台的美妆尝鲜计划, 平台对孕婴类目有个72小时冷静审核期, 平台的锁价通道)
  for (const m of s.matchAll(UNQUOTED_SCHEME_49)) if (!REAL_LABEL_49.test(m[1]!) && !REAL_PROGRAMME_T47H.test(m[1]!)) coined = true;
  // (the loss or the shop's hand read outside the quotes: words quoted are not said — 您留言“这单不能退就差评”)
  const outside = s.replace(COINED_49, '“”');
  return coined && (charge || BUYER_LOSES_49.test(outside) || SHOP_WORKS_IT_49.test(outside)) && !COINED_TOLD_49.test(s);
}
/** A buyer level or a quota used named beside a rule's count limit (您的买家等级是V2, 您上个月已经用过了). */
const BUYER_LEVEL_49 = /(?:您|你)(?:的)?(?:买家|会员|账号|信用|用户)?(?:等级|级别|段位)|(?<![a-z])v[0-9](?![0-9])|(?:已经|已|以经)用(?:过|掉|完)了/;
/** A platform account setting of the buyer's (评价权限, 未成年限制, 青少年模式) switched by the agent: verb after it. */
const ACCOUNT_SWITCHED_49 = /^(?:先|都|也|直接|马上|这就|给(?:您|你|他|她))*(?:关|解除|关闭|取消|解开|打开|恢复|开|停|封|禁|撤)/;
/** A platform perk: a discount, free shipping or shipping insurance on every shop. */
const SITEWIDE_PERK_49 = /打[0-9一二两三四五六七八九](?:\.[0-9])?折|[0-9一二两三四五六七八九]折|包邮|免邮|免运费|运费险|折扣/;
/** The shop opening it for the buyer (给您开好了, 帮您开了, 开卡以后). */
const SHOP_OPENS_49 = /(?:给|帮|替|为)(?:您|你)[^。！？]{0,6}?(?:开|办|升级|激活|充)|开卡/;
/** The buyer's recourse said shut by the platform (平台也不会受理, 不能再申请). */
const PLATFORM_SHUTS_49 = /不(?:会|再|予)(?:再)?受理|不能再(?:申请|退|反悔)|无法(?:再)?申请/;
// ---- end round 49 (t49c) patterns ----

// ---- round 55 (eng55b, B55): the shop speaking as the platform's own ----
const T55_WE_PLATFORM = ['我们', '咱们', '咱', '我方', '俺们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name));
const T55_CUES: Cue[] = [
  {
    // 我们 / 咱 + the platform vouching for what the platform does over all goods or shops (我们快手这边对进口商品都是有溯源的, 咱们平台对跨境商品
    // 都有抽检, 咱平台替您兜底): the shop speaking as the platform that guards the market. Not the platform as a place (在咱们平台上买的), nor our own
    // shop's goods (我们平台上的店铺 / 我们在平台上).
    words: T55_WE_PLATFORM,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:这边|方面|那边)?(?:(?:对|给|替|为|帮)(?:(?:所有|全部|每一?(?:件|个|家)|进口|跨境|入驻|平台上?的?)[^，。！？]{0,8}?)?(?:商品|货|店铺|商家|卖家|买家|消费者|用户|您|你|大家)[^，。！？]{0,4}?(?:都|全|一律|统一)?(?:是)?(?:有|会|做|负责|兜底|保障|溯源|抽检|监管|把关|审核|赔付)|(?:都|全|统一|一律)(?:是)?(?:有|会)?(?:溯源|抽检|监管|把关|兜底|先行赔付))/,
    notBefore: /(?:在|从|于|到)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // A desk of ours said to be the platform's in an aside (我们评价管理组（平台那边的）会对您这条评价做复核; 我们风控组（属于平台的）正在审核): the
    // shop's own staff passed off as platform staff acting on the buyer's case. Not a desk pointed to as the platform's alone (平台的评价管理组会复核).
    words: ['组', '部', '部门', '中心', '团队', '小组', '专员', '小二'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|咱们|咱|我方)(?:的|这边的?)?[一-龥]{1,6}$/,
    after: /^(?:是|属于|算)?(?:平台|快手|官方){1,2}(?:那边|方面|这边)?的/,
    sentence: /复核|审核|审查|核实|处理|跟进|介入|判定|裁定|冻结|删除|隐藏|处罚/,
    grow: true,
  },
];
// ---- end round 55 (eng55b) ----

// ---- round 57 (eng57a, A57): the platform's voice claimed without a staff title ----
const T57A_WE_PLATFORM = ['我们', '咱们', '咱', '我方', '俺们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name));
const T57A_CUES: Cue[] = [
  {
    // The speaker's account said to be the platform's own, set against a shop's (我这个是官方号，不是商家号; 我这边是快手官方账号; 本号是平台号): only
    // the platform's staff speak from its accounts. Not a brand's or a shop's own official account (我们是品牌官方号, 店铺官方号), nor the
    // platform's account pointed to (关注快手官方号), nor a denial (我不是官方号).
    words: ['官方号', '官方账号', '官方帐号', '平台号', '平台账号', '平台帐号', '官方的号', '平台的号'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本号|这个号|这号|我这|我这个|我这号|我这边|咱这|咱这个|这边)(?:就|也|其实|可|真的|本身)?(?:是|就是|属于|用的是)(?:快手|平台|快手平台|ks)?(?:的)?$/,
    notSentence: /冒充|骗子|假冒|不是(?:快手)?(?:官方|平台)(?:号|账号)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们平台 keeping a file on the buyer or banning them (您这种买家我们平台早就记录在案了，再投诉直接封号; 咱们平台已经把您拉黑了; 我们快手会限制您的
    // 账号): the shop speaking as the platform that records and sanctions accounts. Not the platform as a place (在我们平台上买的), nor a plan
    // of the shop's own (我们平台店铺会记录您的地址).
    words: T57A_WE_PLATFORM,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:这边|那边|方面)?(?:早就|早已|已经|已|都|会|将|直接|马上|也|一直)*(?:记录在案|有(?:您的?|你的?)?(?:记录|案底)|留了?(?:底|案底)|备了案|拉黑|封号|封禁|封(?:了)?(?:您|你)|冻结(?:您|你)|限制(?:您|你)|处罚(?:您|你)|列入黑名单|拉进黑名单|(?:给|把)(?:您|你)[^，。！？]{0,6}?(?:封|拉黑|限制|冻结|处罚|标记))/,
    notBefore: /(?:在|从|于|到)$/,
    grow: true,
    scope: 'clause',
  },
];
// ---- end round 57 (eng57a) ----
// ---- round 60 (eng60b) ----
// Round 60 (eng60b), by mechanism: the speaker's own side named as the platform. 这边 / 这里 after a party is the speaker's side (我这边,
// 我们这边), so 官方这边 / 小二这里 / 平台这边 acting on the buyer's case is the shop speaking as the platform, whatever it did (查, 记录, 登记,
// 收到, 处理); 我们 / 咱们 + 官方 doing it says the same (我们官方已经核实过了); and a platform desk announced as present, the buyer asked to
// talk to me (官方客服在线哈，有什么问题直接问我). Not 那边 (平台那边已经帮您核实了: the shop relays), a desk pointed to (您可以找官方客服), the
// platform's rules or display told (官方这边的规定是…, 平台这边显示已签收), nor a brand's official store (我们官方旗舰店已经发货了).
const T60B_ACT = '(?:核实|核查|查|看|确认|审核|复核|核对|检查|登记|记录|备案|处理|受理|申请|操作|安排|补偿|反馈|提交|标记|加急|催|判定|裁定|调查|收到)';
const T60B_DONE = '(?:已经|已|刚刚|刚才|刚|这就|马上|直接|现在|都|也)';
const T60B_FOR_BUYER = `(?:帮|给|替|为)(?:您|你)(?:把)?[^，。！？]{0,4}?${T60B_ACT}`;
const T60B_CUES: Cue[] = [
  {
    // 官方这边已经给你记录了, 小二这边帮你查了, 平台这边已经帮您处理好了, 官方这里已经收到您的反馈了
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方', '小二'],
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:官方)?(?:的)?(?:客服|小二|审核|售后|工作人员|专员|人工客服)?(?:这边|这里)${T60B_DONE}*(?:${T60B_FOR_BUYER}|(?<=(?:已经|已|刚刚|刚才|刚))${T60B_ACT}(?:[^，。！？]{0,8}?(?:了|过|好|完)))`),
    // (a desk the buyer is sent to, or the shop's own 店小二)
    notBefore: /(?:让|请|找|联系|等|向|通过|申请|问问|问|去|到|跟|和|店|转给|转接)[^，。]{0,4}$/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们官方已经核实过了, 咱们官方这边给您登记好了, 我们平台已经帮您处理好了
    words: ['官方', '平台', '小二'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|咱们|咱|我方|俺们)$/,
    after: new RegExp(`^(?:这边|这里)?(?:${T60B_DONE}+(?:${T60B_FOR_BUYER}|${T60B_ACT})|${T60B_FOR_BUYER}|${T60B_ACT}(?:过了|好了|完了))`),
    grow: true,
    scope: 'clause',
  },
  {
    // 官方客服在线哈，有什么问题直接问我; 平台客服在的，您说
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:客服|小二|售后|人工客服|专员)(?:这边|这里)?(?:一直|随时|24小时|全天)?(?:在线|在的|在呢|在这|在此)(?!时间|时长|时段|服务时间|上班|工作|处理|审核|核实|查|介入)(?:哈|呢|哦|的|啦|中|呀|哟)*/,
    // (the stock closing 有问题直接问我 is masked by closing.ts: its filler stands for the invitation)
    sentence: new RegExp(`问我|找我|跟我说|和我说|给我说|对我说|直接说|您说|你说|请讲|请说|请问|尽管问|随时问|${CLOSING_FILLER}{4}`),
    notBefore: /(?:让|请|找|联系|咨询|等|向|通过|转给|转接|转到|问问|问|跟|和)[^，。]{0,4}$/,
    grow: true,
  },
];
// ---- end round 60 (eng60b) ----
const cues: Cue[] = [
  {
    // The shop calling itself the platform's own store or warehouse: 我们这是快手官方旗舰仓, 本店是快手官方直营店,
    // 我们是快手官方店铺. A brand's store ON the platform (品牌官方旗舰店, 快手上的官方旗舰店) or the platform's
    // certification (快手官方认证的店铺) is no such claim.
    words: PLATFORM_NAMES.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${SELF_SRC}|(?:我们|咱们|我|本店|我们店|咱家)这(?:里|边)?(?:是|就是))$`),
    after: new RegExp(`^(?:进口|电商|平台)?${GUANFANG}${DE}?(?:自营|直营)?(?:旗舰店|旗舰仓|仓库|仓|直营店|自营店|店铺|店|商城)`),
    scope: 'clause',
  },
  {
    // Sent from or working at the platform: 我是从平台那边调过来的, 我在快手总部上班, 本人就职于快手进口.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Also on the side (我同时也在快手做兼职审核, 我平时也给快手做兼职审核的).
    // Round 39 (t39r): also 我本人就在…, and a desk of the platform named as the speaker's own (我在平台运营部负责这个类目的补贴, 我本人就在
    // 快手进口的财务结算部，后台能看到) — not the speaker acting there for the buyer (我在平台客服中心给您提交了申诉).
    before: /(?:我|我们|本人|我这边)(?:本人|客服|这边)?(?:同时|平时|其实|以前|之前|原来|原先|曾经|过去|早年|一直|还|也|是|就是|就|周末|晚上|白天|每天|有时|偶尔|业余)*(?:从|在|由|给|替)$/,
    after: new RegExp(`^(?:进口|电商|平台|${GUANFANG})*${LOC}?(?:${DE}?(?:(?!店|商家|卖家|品牌)[^，。！？、\s]){1,6}?(?:部|部门|事业部|中心|团队|小组)(?:里|那边)?(?:负责|上班|工作|任职|值班|就职|专门|主管|管|当|做|干过|待过|呆过|实习过|[，。！；]|$)|(?:直接|专门|特意|特地|临时)?(?:派|调|借调|抽调|下派|派遣|委派|指派)(?:过来|来|下来|嚟)|派驻|驻店|驻场|(?:兼职|全职|专职)?(?:上班|工作|任职|就职|供职|做事|打工)(?!台)|(?:干(?:过|了)(?:[0-9一二两三四五六七八九十几]+(?:年|个月))?|干[0-9一二两三四五六七八九十几]+(?:年|个月)|(?:待|呆)过|(?:待|呆)了[0-9一二两三四五六七八九十几]+(?:年|个月)|实习过|上过班|工作过)(?![^，。！？]{0,6}(?:直播|主播|带货|开店|卖|电商|生意|活|货|这行))|(?:审核|客服|售后|风控|仲裁|质检|纠纷|监管)(?:部门?|组|中心|团队|小组)(?:里|那边)?(?:帮忙|帮手|实习|兼职|值班|轮岗)|(?:兼职|全职|专职|帮忙)?(?:做|干|当)(?:兼职|全职|专职)?(?:的)?(?:内容|商品|评价|订单|售后|店铺|类目)?(?:审核|客服|售后|运营|风控|仲裁|质检)|(?:做|干|当)(?:过|了)(?:[0-9一二两三四五六七八九十几]+(?:年|个月))?(?:的)?(?:(?:平台|官方)(?:的)?(?:审核|客服|售后|运营|风控|仲裁|质检|小二)|审核|仲裁|风控|小二))`),
    grow: true,
    scope: 'clause',
  },
  {
    // 本人就职于快手进口: employed by the platform, said of oneself.
    words: ['就职于', '任职于', '供职于', '工作于', '受雇于', '就职在', '任职在', '效力于'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人)[^，。]{0,4}$/,
    after: re`^${[...PLATFORM_NAMES, '平台', '平台方']}`,
    grow: true,
    scope: 'clause',
  },
  {
    // Offices only the platform has, named without it: 这边是售后仲裁组, 我是风控中心的, 这里是消费者权益保障部.
    // A shop has its own 售后组 and 客服部; it has no arbitration, risk-control or consumer-protection office.
    // Also the review and supervision desks that judge buyers' reviews (我就是审核部门的, 我是监管组的).
    words: ['仲裁', '裁定', '裁决', '风控', '消费者权益保障', '消费者保障', '权益保障', '消保', '纠纷处理', '纠纷调解', '调解', '申诉', '审核', '监管', '稽查'],
    severity: 'block',
    message: MESSAGE,
    // Round 25 (t25a): …also 小店 for the platform's shop system (作为小店风控, 我是小店仲裁).
    // (round 39, t39h: …also after a relative clause — 我是对接这单的风控专员; not one naming the shop, 我是本店负责…的)
    // Round 40 (t40c): …or of the buyer's case, in a court's words (我是本案仲裁员, 本人系该纠纷的调解员, 作为此案的审核专员): a case has an
    // arbitrator only at the platform — not the shop's own order desk (我是这单的售后).
    before: new RegExp(`${SELF_SRC}(?:(?:(?!店|商家|品牌|我们|本)[^]){1,10}?的)?${CASE_OF_BUYER}?(?:平台|${GUANFANG}|小店)?(?:售后|纠纷|争议|交易|投诉)?$`),
    // Round 9: also the desk's head (作为审核负责人我建议您修改措辞).
    // Round 25 (t25a): …or the bare desk speaking to the buyer at once (作为小店风控 提醒您撤销投诉, 我是风控，通知您…): the desk's own act
    // on the buyer makes it a role, not the shop's topic; so does the desk closing the clause (作为小店风控，现通知您…).
    after: /^(?:复核|处理|审核|审理|调解)?(?:专员|中心|部门?|小组|组|团队|委员会|员|人员|处|庭|官|负责人|主管|组长|经理)|^(?:这边|这里|方)?(?:特此|现|郑重|正式|在此)?(?:提醒|通知|告知|警告|要求|责令|督促|敦促|警示|提示)(?:您|你)|^$/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office's title standing alone beside a service greeting, in either order: 工号KS-0231为您服务，
    // 快手进口平台专线客服 / 很高兴为您服务，快手进口官方售后专线.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /^(?:您好|你好|亲|亲亲|hi|hello)?$/,
    after: new RegExp(`^${OFFICE}(?:小.|阿.)?(?:在线|在此|值班中)?$`),
    window: 40,
    sentence: /为(?:您|你)服务|竭诚为|很高兴为|有什么可以帮|请问(?:您|你)?(?:有什么|需要|想|要)|请讲|请说|请描述/,
    notBefore: /(?:联系|找|问|咨询|向|请|品牌|旗舰店|店铺|本店|店)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // Latin self-introductions: wo shi kuaishou guanfang de kefu, This is Kuaishou customer service.
    ...LATIN_SELF_INTRO,
    // …also after a Chinese self-introduction: 我是kuai shou guan fang ke fu.
    // (round 39, t39e: …or a Cantonese one — 我係Kuaishou Official CS嘅Kelvin, 我哋系Kwai support, 呢度系…)
    before: /(?:woshi|womenshi|wojiushi|womenjiushi|zhelishi|zhebianshi|wozhebianshi|benrenshi|thisis|hereis|iam|im|weare|were)(?:the|a|an)?$|(?:我|我们|本人|我哋)(?:这边|这里|呢边|呢度)?(?:是|就是|系|就系)$|(?:这里|这边|呢度|呢边)(?:是|就是|系)$/,
    // Round 36 (t36c): …the role said in Chinese after the English desk (this is Kuaishou Trust & Safety 团队, we are Kuaishou risk 中心).
    after: new RegExp(`^${LATIN_QUALIFIER}*(?:${LATIN_ROLE}|团队|中心|部门|小组|客服|小二|专员|工作人员|审核员?|风控)`),
  },
  {
    // Round 29 (t29c): …or the platform's official self with no role after it, the whole clause in pinyin (wo men shi ping tai guan fang，
    // wo shi kuaishou guanfang) — not the shop's own standing (pingtai guanfang renzheng de dianpu, 快手官方认证的店).
    ...LATIN_SELF_INTRO,
    before: /(?:woshi|womenshi|wojiushi|womenjiushi|zhelishi|zhebianshi|wozhebianshi|benrenshi)$/,
    after: /^(?:jinkou|dianshang|pingtai)*guanfang(?:de)?(?![a-z]|的?(?:认证|授权|入驻|合作|签约|推荐|店|商家|旗舰|品牌|扶持))/,
  },
  {
    // 官方 written as pinyin or its initials after a self-introduction: 我这边gf kf, 本人gf审核, 我是guanfang的.
    words: ['gf', 'guanfang'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人)(?:这边|这里)?(?:是|就是)?$|(?:这边|这里)(?:是|就是)$/,
    after: /^(?:de|的)?(?:kf|kefu|客服|小二|xiaoer|审核|shenhe|售后|shouhou|仲裁|zhongcai|专员|工作人员|人员|yuangong|员工)|^(?:de|的)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // I am from Kuaishou / I work at Kwai: belonging needs no role.
    ...LATIN_SELF_INTRO,
    before: /(?:iam|im|weare|were|i|we)(?:from|(?:work|worked)(?:for|at))(?:the)?$/,
  },
  {
    // Kuaishou Import Official Support here / Kwai team speaking: the sign-on of a phone or chat desk.
    ...LATIN_SELF_INTRO,
    after: new RegExp(`^${LATIN_QUALIFIER}*${LATIN_ROLE}(?:team|center|centre|desk)?(?:here|speaking|zaici|weinin(?:fuwu)?|weinifuwu|online|zaixian|jieru)`),
  },
  {
    // Round 15 (t15a): the platform's official voice in pinyin reporting a ruling it made (ks guan fang yi jing he shi le, kuaishou pingtai
    // yijing bohui): the pinyin form of 官方已经核实了. Not the buyer pointed there (qing lianxi kuaishou guanfang).
    ...LATIN_SELF_INTRO,
    after: /^(?:jinkou|dianshang|pingtai|guanfang)+(?:kefu|shenhe|xiaoer|zhebian|nabian|fangmian)?(?:yijing|yi|gang|gangcai)?(?:heshi|hecha|shenhe|panding|pan|caiding|bohui|jueding|queren|chuli|jiean|guanbi|tongguo|jujue)/,
    notBefore: /(?:lianxi|zhao|wen|qing|contact|ask)$/,
  },
  {
    // The message itself declared the platform's or the system's: 此条为平台自动回复, 本消息由快手平台自动发送,
    // 本条通知来自快手官方. A shop's own auto-reply (本消息为店铺自动回复) names the shop, not the platform.
    // Anchored on the message's self-reference (rarer than the platform's name).
    words: ['此条', '本条', '这条', '此消息', '本消息', '该消息', '此通知', '本通知', '这个通知', '此信息', '本信息', '本短信', '此短信', '以上', '以下', '下面', '本回复', '此回复', '本次回复', '本条回复', '这条回复', '本次消息'],
    severity: 'block',
    message: SELF_NOTICE,
    after: new RegExp(`^(?:消息|通知|信息|内容|回复)?(?:为|是|系|由|来自|属于|乃)(?:快手|平台|官方)?${SYSTEM_VOICE}`),
    grow: true,
    scope: 'clause',
    // Round 15 (fa15): a message the buyer got, named by the shop that cannot reach it (这条是平台下发的，本店没有权限处理).
    // Round 29 (t29b): …or the platform's notice passed on, the shop saying so (以上是快手平台发布的通知，不是我们店写的，只是转告一下).
    unless: (ctx, _start, end) => {
      const rest = ctx.after(end, 40, 'hard');
      return SHOP_OUT_OF_REACH.test(rest) || (SHOP_RELAYS_ONLY.test(rest) && !BUYER_SANCTIONED.test(rest));
    },
  },
  {
    // 此为官方系统消息: the same with the verb in the anchor.
    words: ['此为', '此乃', '此系'],
    severity: 'block',
    message: SELF_NOTICE,
    after: new RegExp(`^(?:快手|平台|官方)?${SYSTEM_VOICE}`),
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's voice vouching: 快手进口电商平台郑重承诺：本店…, 平台特此声明, 快手官方担保：本店…. Reporting
    // the platform's own programme (平台承诺的七天无理由, 平台承诺跨境商品正品保障) vouches for no shop.
    words: ['承诺', '保证', '声明', '担保', '宣布', '告知', '公告', '通知'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${NOT_POINTING}${PLATFORM_ALT}(?:平台|${GUANFANG}|电商|进口)*(?:郑重|特此|庄严|在此|正式)$`),
    notAfter: /^[的过了]/,
    asked: true,
    grow: true,
  },
  {
    // …and without the solemn word, when what follows is the shop: 快手官方担保：本店所有进口奶粉….
    words: ['承诺', '保证', '担保', '声明', '作保', '背书'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${NOT_POINTING}${PLATFORM_ALT}(?:平台|${GUANFANG}|电商|进口)*$`),
    after: /^(?:本店|我们店|我们家|我家|小店|该店|此店|本商家)/,
    asked: true,
    grow: true,
  },
  {
    // 我们平台规定… / 按照咱们平台的规定: the shop speaking as the platform that makes the rules. A warning:
    // sellers say 我们平台 loosely for "the platform we sell on"; 快手平台规定 says the same without posing.
    words: ['我们', '咱们', '咱', '我方', '本', '俺们', '偶们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name)),
    severity: 'warn',
    message: '用“我们平台”的口吻宣布平台规定，容易被认定为冒充平台（规则 2.9）；请说“快手平台规定”',
    after: /^(?:这边|方面)?(?:的)?(?:有|也有)?(?:内部|明确|统一|硬性)*(?:的)?(?:规定|要求|政策|规则|条款|口径|不允许|不支持)/,
    // Round 66 (engfa66): …not a seller citing the rules it sells under for the buyer's way through (我们平台规定退货要在签收后7天内申请，
    // 您可以直接在订单页提交; 我们平台不允许商家私下改价; 我们平台不支持货到付款，用平台的支付方式就可以了): RULE_FOR_WAY_THROUGH.
    notSentence: RULE_FOR_WAY_THROUGH,
    grow: true,
  },
  {
    // …and 我们平台 giving a ruling or an answer as the platform's (我们平台的处理结果是不退款, 我们平台决定…, 我们平台说了算): a warning
    // whatever else the sentence says (split from the rule words in round 66, whose RULE_FOR_WAY_THROUGH cancel is not for rulings).
    words: ['我们', '咱们', '咱', '我方', '本', '俺们', '偶们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name)),
    severity: 'warn',
    message: '用“我们平台”的口吻宣布平台规定，容易被认定为冒充平台（规则 2.9）；请说“快手平台规定”',
    after: /^(?:这边|方面)?(?:的)?(?:有|也有)?(?:内部|明确|统一|硬性)*(?:的)?(?:决定|有权|判定|认定|说了算|处理结果|处理意见|最终结果|审核结果|答复)/,
    grow: true,
  },
  {
    // Round 17 (t17): 我们平台 announcing a ruling on the buyer's case as made (我们平台这边审核通过了您的先行赔付, 咱们平台已经驳回了
    // 您的申诉, 我们平台裁定…): the shop posing as the deciding platform — not the rules told (the warn cue above), nor a plan
    // (我们平台上的商品, 我们在平台上会尽快处理).
    words: ['我们', '咱们', '咱', '我方', '俺们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name)),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:这边|方面|那边)?(?:已经|已|刚刚|刚才|刚|正式)?(?:审核通过|审批通过|审核同意|批准|核准|裁定|判定|判了|驳回|受理|同意了|通过了|认定|决定给|决定对)/,
    // …not the platform as a place (您在我们平台审核通过的那张券).
    notBefore: /(?:在|从|于|到)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 17 (t17b): a platform office claimed as ours and set to work on the buyer's case (上报给我们平台的法务部了, 咱们平台的风控组
    // 会跟进, 转给我们快手的审核部门): only the platform's staff own its desks. Not a place (在我们平台的…), nor the buyer pointed to the
    // platform loosely (您可以向我们平台的审核部门申诉), nor the shop's own desks (我们店的法务).
    words: ['我们', '咱们', '咱', '我方', '俺们'].flatMap((we) => [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'].map((name) => we + name)),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:这边|那边|方面)?(?:的)?(?:法务|审核|复核|复审|复检|理赔|判责|定责|申诉|风控|仲裁|稽查|监管|安全|纠纷处理|纠纷|治理|消保|质检|鉴定|合规)(?:部门?|组|中心|团队|小组|处|专员|人员|同事)?/,
    // (round 39, t39b: …or consulted on the buyer's case as ours — 我刚跟我们快手这边法务确认过)
    sentence: /上报|提交|转交|交给|报给|报到|反映给|移交|已经|已|会|将|正在|联系(?:您|你)|处理|跟进|介入|核实|审理|起诉|追究|确认|咨询|请示|问过|商量|沟通过/,
    notBefore: /(?:在|从|于|到)$/,
    notSentence: /(?:您|你)(?:可以|能|也可以|可|需要|得)(?:向|找|联系|去找|去|跟|和)/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 17 (t17b): the shop said to be one with the platform (我们和平台是一起的, 本店跟快手是一家的, 平台和我们都是自己人): nobody but the
    // platform speaks for it. Not a partnership stated (我们和平台是合作关系), nor denied (我们和平台不是一家的); bare 官方 is left out
    // (a brand's own shop is one with the brand's 官方).
    words: [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家|咱|我们这边|我这边|店里|店铺)(?:店铺|店)?(?:的)?(?:客服|售后|后台)?(?:跟|和|与|同)$/,
    // Round 33 (t33f): …or with one of its desks (我们和平台客服是一个团队的, 本店跟快手售后是一家的).
    // (round 38, t38g: …the platform named with its business line — 我们店和快手进口是同一家公司)
    after: new RegExp(`^(?:进口电商|进口|电商|跨境)?(?:${GUANFANG}|方)?(?:的)?(?:客服|小二|售后|审核|工作人员|后台)?${ONE_WITH.source.slice(1)}`),
    grow: true,
    scope: 'clause',
  },
  {
    // (…the platform named first: 平台和我们是一起的, 快手跟本店是一家人; round 41, t41k: desk to desk, 平台客服和店铺客服是同一个系统)
    words: [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:进口电商|进口|电商|跨境)?(?:${GUANFANG}|方)?(?:的)?(?:客服|小二|售后|审核|工作人员|后台)?(?:跟|和|与|同)(?:我|我们|本店|咱们|咱家|我们店|我们家|咱|店里|店铺)(?:店铺|店)?(?:的)?(?:客服|售后|后台)?${ONE_WITH.source.slice(1)}`),
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's staff called one's colleagues: 平台审核那边的同事也跟我说了, 快手审核部的同事说…. Only a
    // platform employee has colleagues there; the shop's own people (我们店的同事) stay the shop's.
    words: ['同事', '领导', '主管', '上级', '同僚'],
    severity: 'block',
    message: MESSAGE,
    // (round 32, t32a: …the platform's quality desk too, its 的 before the desk — 快手进口的品控同事亲自帮您抽检过)
    before: new RegExp(`(?<!品牌|店铺|本店|我们店|我们家)${PLATFORM_ALT}(?:${GUANFANG}|平台|进口|电商)*(?:的)?(?:客服|审核|售后|仲裁|风控|运营|质检|纠纷|法务|品控|抽检|验货|检测|鉴定)?(?:部门?|组|中心|团队)?${LOC}?(?:的)?(?:几个|好几个|一个|一位|那位)?$`),
    // Round 33 (t33a): …but not 同事 as the loose word for another desk's staff, who will reach the buyer themselves (平台的同事会联系您,
    // 平台那边的同事稍后会给您打电话, 平台的同事联系您了吗): a referral to what the platform does, no word relayed from inside it — not
    // with what they will ask of the buyer or our arrangement with them in the sentence (…让您撤销投诉, 我已经跟他打过招呼了).
    unless: (ctx, start, end) =>
      (PLATFORM_STAFF_CALLS.test(ctx.after(end, 20, 'soft')) && !STAFF_CALL_PRESSED.test(sentenceOf(ctx, start, end, 30))) ||
      staffSetApart(ctx, start, end),
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office said to be watching the buyer: 平台监管组已经在关注您的账号, 平台风控组已经盯上您的账号了. Only
    // the platform knows what its desks watch; the shop saying so speaks for them (and leans on the buyer).
    words: ['关注', '盯上', '盯着', '监控', '锁定', '标记', '留意', '注意到'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?(?:监管|风控|审核|稽查|安全|治理|监察)(?:部门?|组|中心|团队|小组|人员)?(?:那边|方面)?(?:已经|已|正在|在|开始|都|也)*$`),
    after: /^(?:了|到)?(?:您|你)/,
    grow: true,
    scope: 'clause',
  },
  {
    // A colleague placed inside the platform: 我同事就在快手审核部，你的差评他能处理.
    words: ['同事', '朋友', '亲戚', '熟人', '老同学'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们)(?:的)?(?:有个|一个)?$/,
    after: new RegExp(`^(?:就|也|正好|刚好)?(?:在)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?(?:审核|客服|售后|风控|仲裁|纠纷|运营|总部|内部)`),
    window: 40,
    sentence: /差评|评价|投诉|申诉|删|撤|处理|搞定/,
    notSentence: /不认识|没有|没法|无法|不能/,
    grow: true,
  },
  {
    // The platform vouching for this shop's goods: 快手官方帮我们把过关的, 平台替我们做了质检, 平台给我们店背书.
    words: ['把关', '把过关', '把了关', '验过', '验了', '验货', '做了质检', '做过质检', '质检', '检测过', '审核过', '背书', '担保', '兜底', '作保', '认证过'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!要求|让|请|希望|如果|若)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:已经|都|也|亲自|专门)?(?:帮|替|给|为)(?:我们|本店|我家|咱家|小店|我们店|我们家)(?:店)?(?:的货|的商品|这批货|的(?:品质|质量|正品|货源|产品))?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // …or said to stand behind the goods: 质量由快手背书, 正品由平台把关.
    words: ['背书', '把关', '作保', '担保'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:质量|品质|正品|真假|真伪|货品|商品|货源)[^]{0,4}?(?:由|有|是)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:来|亲自|直接|负责)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // Round 36 (t36c): …or the shop itself said to be vouched for by the platform (本店由平台官方担保, 我们店的商品均由快手官方背书): the shop
    // named, then 由 + the platform. Not the platform's escrow named (本店支持平台担保交易).
    words: ['背书', '把关', '作保', '担保', '兜底'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:本店|本店铺|我们店|我们家|我家|咱家|小店|店铺|我们)(?:的)?(?:所有|全部)?(?:商品|货品|货|产品|售后)?(?:均|都|全部|全都|一律)?由${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:来|亲自|直接|负责|全程)?$`),
    notAfter: /^(?:交易|支付)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The shop promising what the platform pays: 出了问题平台兜底赔付, 有任何问题平台包赔. A warning: the platform
    // may run such a programme, but the shop cannot promise it; pointing the buyer to it (可以申请平台先行赔付) is fine.
    // Also what the platform is said to bear or pay (假一赔十由平台承担, 7天内不发货平台赔付双倍).
    // (round 29, t29c: the bare verb after the platform too — 出了任何问题快手来赔, 坏了平台直接赔)
    // (round 35, t35b: …or the money itself, plain or Cantonese — 真有问题平台出钱, 快手掏钱, 平台俾钱 — the shop's own 假一赔十 said to be
    // paid by the platform. A real platform programme pointed to stays clean: 可以申请平台先行赔付.)
    words: ['兜底', '包赔', '包退包赔', '全额赔付', '全赔', '三倍赔付', '十倍赔付', '负全责', '全权负责', '承担', '赔付', '赔偿', '买单', '负责', '赔', '赔钱', '赔给您', '赔给你',
      '出钱', '掏钱', '掏腰包', '出这个钱', '出这笔钱', '埋单', '给钱', '付这个钱', '垫付', '包底'],
    // 平台负责审核/配送 is the platform's job, not a payout.
    notAfter: /^(?:审核|处理|配送|发货|监管|核实|介入|的|人|任)/,
    severity: 'warn',
    message: '替平台承诺赔付，容易让买家误以为是平台的保证（规则 2.9）；请说明以平台规则和处理结果为准',
    // (round 36, t36c: …or paying first, 出了问题平台先行赔付 — 可以申请平台先行赔付 still points to the programme)
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|让|要求)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:会|都|来|直接|全部|负责|先行|先|优先)?(?:全额|双倍|三倍|十倍|加倍)?$`),
    sentence: /问题|假|坏|万一|如果|出事|瑕疵|破损|放心|担心|不发货|超时|延迟|延误|晚到|丢件|丢失|时效|少发|错发|清关|税费|关税|扣关|退运/,
    // (round 11: the platform's protection given as the reason to pay inside it — 只能在快手的下单页面支付，…出了问题也有平台兜底 —
    // describes the platform's programme, the shop promises nothing of its own)
    notSentence: [/(?:可以|能|需要)(?:申请|找|联系)|申请平台|运费|(?:只能|必须|要|请|都)(?:在|走|通过)(?:快手|平台)[^]{0,8}?(?:支付|下单|付款|交易)|私下|转账|站外|绕过平台/,
      // Round 35 (t35a): a failed customs clearance and the cross-border order's standard outcome after it (清关不过平台全额赔付, 清关失败的话
      // 平台会全额退款): the platform's own programme for that one event described — not a promise about quality (出了问题平台兜底).
      CLEARANCE_FAILED_PAID,
      // Round 54 (eng54c): the buyer sent to read the platform's own protection page first (您可以在平台的“消费者保障”页面查看我们的
      // 保证金和承诺，有问题平台会兜底): the backing is that published programme, pointed to where the buyer can check it, not our promise.
      PROTECTION_PAGE_POINTED],
    grow: true,
  },
  {
    // Platform powers wielded by the shop: 我这边直接给您开通了“平台极速退款”权限, 我给您解除了平台的下单限制.
    words: ['开通', '开启', '解除', '恢复', '解冻', '解封', '打开'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:(?:我|我们|我这边|这边|本店)(?:已经|已|刚刚|刚|直接|特意|专门)*(?:在(?:平台|快手|官方)[^，。]{0,6}?(?:后台|系统))?|^(?:现已|已经|已|刚刚|刚|特意|专门)+)(?:给|为|帮)(?:您|你)(?:把)?(?:的)?(?:账号|账户|帐号)?(?:的)?(?:平台|快手|官方)?[^，。]{0,8}?$/,
    after: /^(?:了)?(?:“|")?(?:(?:平台|快手|官方)[^，。]{0,6}?(?:权限|通道|特权|资格|限制|功能)|极速退款|闪电退款|秒退|绿色通道|vip通道|退款权限|下单权限|账号权限|[^，。]{0,4}?(?:退款|理赔|赔付)[^，。]{0,2}?(?:权限|特权|资格))/,
    sentence: /平台|快手|官方|极速退款|闪电退款|秒退|下单权限|退款权限/,
    grow: true,
    scope: 'clause',
  },
  {
    // The same with 把 first: 我帮您把账号的平台退款权限开通了.
    words: ['权限', '通道', '限制', '特权'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|这边|本店)[^，。]{0,4}?(?:给|为|帮)(?:您|你)把[^，。]{0,12}?(?:平台|快手|官方|极速退款|下单|退款)[^，。]{0,6}$/,
    after: /^(?:给您|给你)?(?:都)?(?:开通|开启|解除|恢复|打开|解冻)/,
    grow: true,
    scope: 'clause',
  },
  {
    // A private line from the platform: 这是平台给我们的特殊通道, 平台给了我们店特殊权限, 我们有平台给的内部通道.
    words: ['通道', '特权', '权限', '渠道', '接口', '后台'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:官方|平台)?(?:(?:特别|专门|单独)?(?:给|授予|开放给|开给)(?:了)?(?:我们|本店|我家|咱家|小店|我们店|我们家)?(?:店)?(?:的)?|给的|给我们的)(?:特殊|专属|内部|专门|独家|特别)(?:的)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // …or held by the shop: 我们有平台内部权限, 我们拿到了快手给的特殊权限. The shop's own channels (我们有退货通道) name no platform.
    words: ['通道', '特权', '权限', '渠道', '接口'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我|我们|本店|咱|咱们|小店|我这边|我们这边)(?:这边)?(?:有|拥有|拿到|获得|申请到|开通|掌握)(?:了)?${PLATFORM_ALT}(?:官方|平台)?(?:后台|内部)?(?:给的|给我们的|开的|的)?(?:内部|特殊|专属|独家|特别|后台|特批|专用)(?:的)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's powers wielded or held by the shop, any words (我刚用平台的权限给您开了绿色通道, 我们有平台给的判定权,
    // 动用快手的审核权限): the speaker, a verb of having or using, the platform, and a power. Not the shop's own (我们店的权限),
    // Round 41 (t41k): also through its staff's or an account's power (我这边已经通过平台工作人员权限帮您改好了, 借用快手小二的账号权限).
    // denials (我们没有平台的权限) or pointing (平台有权判定).
    words: ['权限', '特权', '判定权', '裁定权', '裁决权', '审核权', '仲裁权', '处置权', '管理权', '处罚权', '封号权'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我|我们|本店|咱|咱们|小店|我这边|我们这边|本人)(?:这边|刚|刚刚|已经|直接|可以|能)*(?:有|拥有|拿到|获得|用|利用|动用|借用|使用|开了|持有|握有|掌握|通过|借助|凭借|凭着|走)(?:了)?(?:${PLATFORM_ALT})(?:官方|平台)?(?:的)?(?:工作人员|客服|小二|审核员|审核|管理员|员工|内部人员|运营|后台)?(?:的|给的|给我们的|授予的|发的|开的)?(?:账号|帐号)?(?:后台|内部|审核|管理|特殊|专属|商家|特批|独家)?(?:的)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // Acting on the platform's commission (受快手平台委托对您进行回访, 受平台指派来核实): only the platform's own people do.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:受|接受|奉|应)$/,
    after: /^(?:平台|官方|电商|进口)*(?:的)?(?:委托|指派|委派|授权|指示|之托|安排|邀请)/,
    grow: true,
    scope: 'clause',
  },
  {
    // A sole designation by the platform (我们是快手唯一指定的进口奶粉供应商, 平台指定的唯一官方合作商): the platform
    // designates no exclusive sellers. Not a brand's sole importer (品牌方唯一指定) — the platform must be named.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    // (round 38, t38g: …within a category, 官方 before the designation — 快手进口爬宠类目唯一的官方合作店)
    after: /^(?:平台|官方|电商|进口)*(?:[^，。！？]{1,6}?(?:类目|品类|行业|赛道)(?:的|里|中|内)?)?(?:唯一|独家|特别)(?:的)?(?:官方)?(?:指定|授权|认证|合作|认可|推荐)|^(?:平台|官方|电商|进口)*(?:[^，。！？]{1,6}?(?:类目|品类|行业|赛道)(?:的|里|中|内)?)?(?:的)?(?:官方)?(?:指定|授权|认证|合作)(?:的)?(?:唯一|独家)/,
    notBefore: /(?:不是|并非|没有|非|品牌|品牌方|在)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's money handed out by the shop: 我已经在后台给您发了一张50元的平台补偿券, 我给您申请了一张官方补偿券.
    // Only the platform funds its coupons; pointing the buyer to them (平台有新人券，在卡券里领) hands out nothing.
    words: ['补偿券', '优惠券', '代金券', '红包', '补贴', '消费券', '无门槛券', '津贴', '补偿金', '购物金', '抵扣券', '礼金', '元券', '块券'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我|我们|这边|我这边|本店)[^]{0,10}?(?:给|为|帮)(?:您|你)[^]{0,6}?(?:发|申请|开|送|补|争取|弄)(?:了)?[^]{0,8}?(?:${PLATFORM_ALT}|${GUANFANG})(?:的|专属|专享|特批|官方)?[^]{0,8}?$`),
    grow: true,
    scope: 'clause',
    reach: 32,
  },
  {
    // The platform opening the buyer's data to the shop: 我这边能直接看到您在快手的所有订单和信用分，平台给我们开放了.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:特别|专门|单独|已经|已)*(?:给|向|对|为)(?:我们|本店|我们店|我)(?:开放|开通|授权|打通)(?:了)?/,
    window: 40,
    sentence: /(?:您|你)(?:在\S{0,4})?(?:的)?(?:所有|全部)?(?:订单|信用|信息|数据|记录|账号|浏览|地址)/,
    grow: true,
  },
  {
    // Friends inside the platform: 我帮您联系了快手内部的朋友，已经把您的差评撤掉了.
    words: ['内部'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:${GUANFANG}|平台)?$`),
    after: /^(?:的)?(?:朋友|熟人|人|关系|员工|同事|渠道|人员)/,
    window: 40,
    sentence: /删|撤|搞定|处理|解决|改|通过|加急|放行/,
    notSentence: /不认识|没有|没法|不清楚|不知道|不会|无法|不能/,
    grow: true,
  },
  {
    // A platform person's finding against the buyer: 平台工作人员已经看过您的图片了，认定是人为损坏. 平台工作人员会审核您的图片
    // (what will happen) finds nothing yet.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:工作人员|审核员?|小二|专员|质检|鉴定师|客服)?(?:那边)?(?:已经|已|都)*(?:看过|看了|查看了|查看过|核实了|核实过|检测了|检测过|鉴定了|鉴定过|审核了|审核过|查过|查了)/,
    window: 40,
    // Round 33 (t33f): …any verb of judging (平台已经看过了，认为商家没有问题，投诉不成立).
    sentence: [/认定|判定|确认|鉴定为|属于|认为|判断|结论是|觉得/, /人为|损坏|不予|退不了|不能退|不给退|驳回|不成立|恶意|虚假|无责|商家没(?:有)?(?:问题|责任|过错)/],
    grow: true,
  },
  {
    // Acting for the platform: 我已经替平台批了, 让我们代平台向您道歉并补偿.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Round 30 (t30c): …the shop left unsaid after a mandate clause (本店客服已获得平台授权，可以直接替平台处理您的投诉): a modal then 替.
    // (round 36, t36f: …with more between the shop and 替 — 您的投诉我们已经收到并替平台处理完了)
    before: /(?:(?:我|我们|本店|这边|小店|本人)[^]{0,8}?|(?:可以|能|会|就)(?:直接|全权|马上|帮您)?)(?:替|代|代表)$/,
    // Round 27 (t27b): acting for the platform disclaimed (我们无法代替平台处理, 本店无权代平台审核): we decline its power, we do not take it.
    // (round 39, t39h: …or a misreading the shop heads off — 怕您误会我们代表平台做决定)
    notBefore: /(?:无法|不能|没法|没办法|不可以|不可能|不便|不方便|无权|没权|没有权|没有资格|没资格|不敢|不会)(?:再|去|来|随便|私自|擅自)?(?:代替|替代|替|代|代表)$|(?:误会|误以为|误认为|误解|以为|当成|当作)[^，。]{0,8}(?:代替|替代|替|代|代表)$/,
    // Round 33 (t33f): …also the platform's money paid out or its ruling carried out by the shop (代平台打到您钱包, 由本店代平台执行, 我们代平台
    // 退给您). Not the shop's own tax collection (代收代缴) — the platform is named.
    // (round 39, t39h: …or deciding in its place — 我们直接就能替平台拍板, 替快手做决定)
    // (round 45, t45c: …or marking, labelling or hiding the buyer's review in its place — 我们已经替平台做了标注, 替平台给您的差评加了标签)
    // (round 45, t45j: …or running its test or review — 测试由我们代平台完成, 我们代平台做鉴定)
    // (round 47, t47c2: …or a first or second pass of its review — 由我们代平台初审一遍, 替平台复核, 代平台先审一下)
    after: /^(?:官方|方)?(?:把)?(?:向|给|对)?(?:您|你)?(?:道歉|赔偿|补偿|批|审批|审核|初审|复审|预审|先审|审查|复核|核查|把关|筛查|审一|处理|判定|决定|做决定|做主|拍板|定夺|说了算|拿主意|同意|通过|发放|删|撤|执行|兑现|办理|代办|打(?:到|给|入|进|款)|退(?:给|到|还|回|款)|发(?:给|到)|转(?:给|到)|返(?:还|给|到)|支付|垫付|赔|完成|进行|检测|测试|鉴定|质检|验货|核验|评估)|^(?:官方|方)?(?:(?:把|给|对|在)(?:您|你)?(?:的)?[^，。！？]{0,8}?)?(?:做|加|打|贴|作|挂)?(?:了|上)?(?:标注|标记|打标|标签|屏蔽|隐藏|折叠|置底|降权|限流|判定为|认定为)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's people known to the shop and bent to it: 平台的人我都熟，你的投诉我一句话就能压下来.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的|里的|那边的|内部的)(?:人|朋友|关系|领导)(?:我|我们)?(?:都|很|全)?(?:熟|认识)/,
    window: 40,
    sentence: /投诉|差评|评价|删|压|撤|搞定/,
    notSentence: /不认识|不熟|没有|没法|无法|不能/,
    grow: true,
  },
  {
    // The platform's own rule-making or prices claimed: 本条由快手官方解释, 最终解释权归快手所有, 这是快手官方的内部价.
    words: ['解释', '解释权', '内部价', '员工价', '内购价'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:由|归)?${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?(?:负责|最终)?$`),
    notAfter: /^(?:一下|清楚|给您|说明)/,
    // A refusal to speak for the platform (不方便替平台解释, 没有办法替平台解释结果): we decline its voice, we do not take it.
    // (round 13, fa13: …with any on-behalf verb — 没办法代替平台解释, 无法替代快手解释)
    notBefore: new RegExp(`(?:不方便|不太方便|不便|没有办法|没办法|没法|无法|不能|不可以|不好|不敢|没有资格|没资格|不会)(?:再|去|来)?(?:代替|替代|替|代|代表|帮)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?$`),
    grow: true,
  },
  {
    // Working the platform's back office for the buyer: 我这里可以直接帮你在快手后台撤销投诉记录.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|这边|我这里|我这边|本店)[^]{0,10}?在$/,
    after: /^(?:官方)?(?:的)?(?:后台|系统|内部系统)(?:里|上|中)?(?:把|给|帮)?(?:您|你)?(?:的)?(?:直接)?(?:撤销|删除|删掉|撤掉|修改|改掉|清除|消除|取消)(?:了)?(?:您|你)?(?:的)?(?:投诉|差评|评价|记录|处罚|限制|违规)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 平台让我转告您：不能退 — relaying a ruling the platform never sent through the shop.
    words: ['让我转告', '叫我转告', '要我转告', '让我通知', '让我告诉您', '让我告诉你', '让我传达', '委托我转告', '托我转告'],
    severity: 'block',
    message: MESSAGE,
    before: re`${[...PLATFORM_NAMES, '平台', '官方', '小二', '平台方']}(?:那边|方面|客服|审核)?$`,
    grow: true,
    deniable: false,
  },
  {
    // 小二已经帮您审核过了 — the shop's agent calling itself the platform's 小二 and ruling on the case.
    words: ['小二'],
    severity: 'block',
    message: MESSAGE,
    // Also 小二 as the speaker's own name before 我 (小二我已经在后台给您加急了).
    after: /^(?:这边|我)?(?:已经|已|会|正在|刚刚|刚)?(?:帮|为|给)?(?:您|你)?(?:审核|判定|裁定|介入|核实|核查|仲裁)|^我(?:这边)?(?:已经|已|会|正在|刚刚|刚|马上|这就|来|直接)*(?:在后台|在系统里?|从后台)?(?:帮|为|给|替)?(?:您|你)?(?:的单子|的订单)?(?:加急|放行|审核|判定|批|催|通过|处理了|撤)/,
    // 平台小二介入后… reports the platform's staff; the agent speaking as 小二 names no platform.
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|等待|由|申请|转|转给|提交给|反馈给|会有|平台|快手|官方|客服)(?:的)?$/,
    // (round 13, fa13: the buyer's own words quoted — 您说的“小二介入”就是平台介入 — are not the agent's claim)
    // Round 38 (t38j): nor the staff reported stepping in while the shop waits for them (小二已经介入了，等处理结果; 小二已介入，
    // 我们会提交发货凭证) — 介入 bare, the rest of the sentence the shop's waiting or its own part, no ruling in it.
    unless: (ctx, start, end) => othersQuote(ctx, start, end) || staffStepInReported(ctx, end),
  },
  {
    // Round 39 (t39h): a persona named as the platform's desk and acting on the buyer's case now — the name glossed in brackets
    // (小快（快手平台助手）已为您登记退货, 我是阿杰(平台客服)，这边已经帮您处理好了) or after the desk (快手平台助手小快已为您登记退货).
    // Not the shop's own persona (小美（本店客服）), the buyer pointed to the platform's assistant (您可以找小快（快手平台助手）咨询), nor the
    // platform's unnamed staff reported (平台客服已经帮您处理了).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /^(?:我是|这里是|我叫|这边是)?(?:(?:小|阿|老)?\p{Script=Han}{1,2}|[a-z]{2,10})?$/u,
    after: /^(?:官方|平台|电商|进口|跨境)*(?:的)?(?:智能|人工|在线|ai)?(?:客服|小助手|助手|助理|小秘书|小二|工作人员|专员|审核员)(?:(?:小|阿)\p{Script=Han}|[a-z]{2,10})?(?:这边|在此)?(?:已经|已|正在|现在|这就|马上|刚刚|刚)+(?:为|帮|给|替)(?:您|你)/u,
    grow: true,
    unless: (ctx, start, end) => {
      // A name before the platform needs the brackets of a gloss; a desk first needs a name after it.
      const [from, to] = ctx.toOriginal(start, end);
      const lead = ctx.text.slice(Math.max(0, from - 8), from);
      if (/[（(]\s*$/.test(lead)) return !/[\p{Script=Han}a-zA-Z]\s*[（(]\s*$/u.test(lead);
      return !/^(?:官方|平台|电商|进口|跨境|的|智能|人工|在线|AI|ai)*(?:客服|小助手|助手|助理|小秘书|小二|工作人员|专员|审核员)\s*(?:(?:小|阿)\p{Script=Han}|[a-zA-Z]{2,10})/u.test(ctx.text.slice(to, to + 20));
    },
  },
  {
    // The message headed with a platform persona as its sender, the way a platform notice is (官方人员温馨提示：…,
    // 🤖快手小助手：恭喜您…, 快手小二（官方）：您好…) — the persona opens the sentence and a colon or a 温馨提示 follows it.
    // Not the shop's own header (快手小店客服：), a platform word mid-sentence, or 平台通知： alone (a notice relayed).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: SELF_NOTICE,
    before: /^$/,
    after: /^(?:平台|官方|电商|进口|跨境|安全|风控|售后|消费者)*(?:的)?(?:智能|人工|在线|ai)?(?:人员|工作人员|小助手|助手|小秘书|助理|小二|客服|客服中心|安全中心|服务中心|系统|机器人)|^(?:平台|官方|电商|进口|跨境)*(?:温馨|特别|重要)(?:提示|提醒)/,
    grow: true,
    // (round 39, t39n: …nor the platform's desk as a heading over where to find it — 快手官方客服中心：在APP「我的-客服」里可以找到; detect/desk-pointed.ts)
    unless: (ctx, start, end) => {
      const rest = ctx.text.slice(ctx.toOriginal(start, end)[1], ctx.toOriginal(start, end)[1] + 84);
      const header = PERSONA_HEADER.exec(rest);
      return !header || (/[：:]\s*$/.test(header[0]) && deskPointed(rest.slice(header[0].length)));
    },
  },
  {
    // The chat said to be put through to the platform's desk, system-style (已为您转接至快手进口电商官方客服) — not an offer
    // to point the buyer there (您可以联系平台客服) nor the shop's own desks (已为您转接售后专员).
    words: ['转接', '转入', '接入'],
    severity: 'block',
    message: MESSAGE,
    // Round 33 (t33f): …or about to be (现在为您转接快手进口电商安全中心的同事, 马上帮您转接平台客服); not 已经转到平台审核 (the shop escalating).
    before: /(?:已|已经|正在|成功|现已|现在|马上|这就|立即|立刻|稍后|这边|我这边|我|我们)(?:就|先|来)?(?:为|给|帮)?(?:您|你)?$/,
    after: new RegExp(`^(?:至|到|给|进)?${PLATFORM_ALT}${OFFICE}`),
    grow: true,
  },
  {
    // Round 19 (t19di): 小二 signing on at the message's start, the way a platform desk does (小二在线～您的投诉单已经转到我这边了; 小二来了，
    // 您的申诉我看过了), with the buyer's complaint or dispute in view. Not the shop's 店小二 (店小二在线时间9:00-24:00) or a plain greeting.
    words: ['小二'],
    severity: 'block',
    message: MESSAGE,
    before: /^(?:您好|你好|亲|亲亲|hi|hello|哈喽|嗨)?$/,
    after: /^(?:这边|我)?(?:在线|已上线|上线了|上线|来了|报到|已接入|接入|在此|值班中|为(?:您|你)服务)/,
    window: 40,
    sentence: /投诉|申诉|介入|纠纷|举报|判定|判责|审核|证据|工单|处罚|违规|仲裁/,
    grow: true,
  },
  {
    // 小二 is the platform's staff title (a shop's own helper is 店小二): an agent introducing itself as one, with no
    // platform named (我是运营小二, 这边是值班小二) — not 店小二, 您的专属小二 (the shop's pet name) or reporting one (平台小二说).
    words: ['小二'],
    severity: 'block',
    message: MESSAGE,
    // Round 29 (t29c): …of a category or region, the platform's way of assigning staff (我是咱们这个类目的运营小二, 本人是美妆类目的小二).
    before: /(?:我是|我就是|本人是|本人系|这边是|这里是|我这边是|我们是)(?:一名|一个|一位)?(?:(?:咱们|咱|我们|这个|本)*[^，。！？的]{0,4}?(?:类目|品类|行业|区域|大区|赛道)(?:的)?)?(?:运营|审核|仲裁|客服|售后|值班|类目|行业|官方|风控|介入|纠纷|投诉|质检|监管|巡检|负责[^，。]{1,8}?的)*$/,
    grow: true,
    scope: 'clause',
  },
  {
    // 快❤手❤官❤方提醒您，… — the platform's own voice addressing the buyer.
    words: PLATFORM_NAMES,
    severity: 'block',
    message: MESSAGE,
    // Round 9: also through a persona (快手官方小助手提醒您, ks官方客服提醒您).
    after: /^(?:平台|电商|进口|进口电商)?官方(?:的)?(?:小助手|助手|小秘书|助理|客服|kf|小二|机器人|安全中心|服务中心|客服中心)?(?:小.)?(?:特别|温馨|友情)?(?:提醒|通知|告知|提示)(?:您|你)/,
    grow: true,
    notBefore: /(?:收到|看到|是|的|说|这条|那条|以|按|根据|请查看|查看)$/,
  },
  {
    // The platform's voice: 经快手平台审核…已被驳回, 快手官方已为您开通极速退款, 平台担保：…三倍赔付, 这是快手官方的最终答复,
    // 平台和我们是一体的, 找我就等于找官方, 快手平台客服在此, 我同时也是快手平台的审核员.
    words: [
      '经核查商家无违规', '平台已判定', '平台已驳回', '已为您开通极速退款', '为您开通极速退款', '退款通道关闭',
      '平台担保', '替店铺做了担保', '出了问题平台负责', '由平台直接负责', '官方三倍赔付', '平台三倍赔付', '官方的最终答复', '平台的最终答复', '不予受理', '平台和我们是一体', '和平台是一体',
      '等于找官方', '也就是快手的客服', '就是快手的客服', '客服在此', '也是快手平台的', '也是平台的审核', '官方自营店', '平台标记为恶意', '平台将对您', '对您的账号进行处理',
      '系统自动回复',
    ],
    severity: 'block',
    message: MESSAGE,
    // Round 22 (t22cb): …or the money held in escrow (款项由平台担保, 货款都是平台担保的): the checkout's own escrow, not the platform's voice;
    // round 23 (t23a): the platform named by its name too (您的钱由快手平台担保).
    // Round 23 (t23c): …held in the platform's escrow (钱都在平台担保, 付款后钱先在平台担保账户里).
    // Round 32 (t32a): …or the escrow as the reason to buy here (在这拍有平台担保, 平台担保更安全): the checkout's escrow praised against a
    // private deal, not the platform's voice vouching — 平台担保：本店… still blocks.
    notBefore: /(?:不|不会|无法|并不|不是|以|请以|可以申请|申请|有|享有|享受|(?:款项|货款|资金|付款|钱款|支付的钱|钱)(?:都|会|将|全程|先|会先|一直)?(?:由|是|在|存在|放在|押在|留在)?(?:快手)?)$/,
    // 订单是平台担保交易: the escrow payment named (round 7, fa7) — not 平台担保没问题.
    // Round 11 (fa11b): 官方客服在此页面 / 在此处: pointing at the platform's own page, no persona.
    notAfter: /^(?:类|些|方面|交易|页面|页|处|入口|界面|栏|账户|账号|的账户|(?:会|才|就)?(?:更|最|比较|要)(?:安全|放心|有保障|靠谱|稳妥))/,
    notSentence: /申请平台介入|可以联系平台|联系快手官方|以平台为准|平台处理结果为准|您可以/,
    // Round 10 (fa10): a thing, not the speaker, is the platform's (我们的售后电话就是快手的客服入口, 这个号码就是快手的客服热线).
    // Round 31 (t31a): an earlier message told as an auto-reply (刚才那条是系统自动回复的, 上一条是系统自动回复): the agent explaining the
    // last message, not labelling this one as the system's — 【系统自动回复】 or 系统自动回复：… at the start still block.
    unless: (ctx, start, end) =>
      fastRefundRelayed(ctx, start, end) ||
      /(?:电话|号码|热线|入口|链接|按钮|渠道|页面|窗口|通道)(?:其实|也|都)?$/.test(ctx.before(start, 8)) ||
      (ctx.compact.slice(start, end) === '系统自动回复' && (PAST_MESSAGE_TOLD.test(ctx.before(start, 12)) || pastMessageOwned(ctx, start, end))),
  },
  {
    // 快手小店 is the shop's own storefront: 我是快手小店的客服 is the shop's agent speaking.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    // Also with a relative clause first (我就是负责这个类目的快手小二); one naming the shop (我是本店负责…的) is the shop's.
    before: SELF_WITH_CLAUSE,
    after: ROLE,
    // Round 43 (t43i): …not the shop admitted by the platform's vetting (我们是平台审核入驻的跨境店铺, 本店是快手认证通过的商家): the platform's
    // review is what let the shop in, no office of it held — unless a staff role follows the shop (平台审核入驻商家的专员).
    notAfter: ADMITTED_SHOP,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 39 (t39l): the shop called a partner the platform appointed (我们是快手指定的官方合作伙伴, 快手appointed的官方partner, 本店是平台委派的
    // 合作方): the platform designates no shop to speak or act for it, as with its designated providers above. Not a partnership only (我们是快手
    // 的合作伙伴), a brand's or a courier's designation (品牌指定的合作伙伴, 顺丰是快手指定的物流合作伙伴), nor denied. Its own cue for the reach:
    // the English words run long in the compact view.
    // Round 42 (t42e): also with its trade between (作为平台指定的进口洗护合作商，我们说的就是平台标准) — not a courier's (物流/快递).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: SELF_WITH_CLAUSE,
    after: new RegExp(`^${LOC}?${DE}?(?:${GUANFANG}|official)?${DE}?(?:指定|指派|委派|委任|appointed|designated)${DE}?(?:(?:${GUANFANG}|official)${DE}?)?(?:(?!店|商家|品牌|物流|快递)[^，。！？、\s]){0,6}?(?:合作伙伴|合作商|合作方|伙伴|partner)`),
    reach: 32,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 39 (t39b): a category desk of the platform named as the speaker, the platform called by its business line only (这里是进口电商
    // 餐具类目的质检组, 这边是跨境电商香氛类目的运营, 我是电商平台家电品类的小二): 类目/品类 desks with platform roles are the platform's
    // organisation. Not the shop's own category (我是我们店香氛类目的运营, 我们店入驻的是进口美妆类目), the shop's trade (我们是做跨境香氛类目的), nor a
    // service role any shop has (我是进口电商餐具类目的客服 says what shop it is).
    words: ['类目', '品类'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${SELF_SRC}(?:${PLATFORM_ALT}|进口电商|跨境电商|电商平台|平台|${GUANFANG}|进口|跨境)+(?:的)?(?:(?!店|商家|卖家|品牌|我们|本|做|卖|经营|入驻)[^，。！？、]){1,6}$`),
    after: /^(?:的)?(?:运营|小二|质检|抽检|巡检|审核|招商|风控|仲裁|鉴定|稽查|督导|治理|管理员)(?:组|部|中心|团队|小组|专员|人员|经理|员|负责人)?/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 39 (t39b): the shop's own handling said to be filed with a platform office (本次处理方案已在快手进口电商消费者权益保障中心备案, 这个补偿
    // 方案我们已经向平台售后中心报备了，享受平台保障): the platform endorsing one shop's settlement. Not the shop's own filing as a merchant (本店已在
    // 海关备案, 商品已在平台备案上架), nor the buyer's case filed by the platform itself and reported (平台已受理您的投诉).
    words: ['备案', '报备', '存档', '登记在案', '在案'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:处理方案|解决方案|售后方案|补偿方案|赔付方案|方案|处理结果|补偿|赔付|承诺|协议|约定)[^，。！？]{0,8}?(?:已经|已|均已|都已|会|将)?(?:在|向|经|于|同步(?:到|至|给)|提交(?:到|至|给)|报(?:到|给))(?:${PLATFORM_ALT}|平台|${GUANFANG})[^，。！？]{0,18}?(?:进行|做了|完成|作)?(?:了)?$`),
    notSentence: /海关|商检|工商|市场监管|(?:您|你)(?:可以|也可以|能)|如果|是否|有没有|吗/,
    reach: 40,
    grow: true,
  },
  {
    // Round 39 (t39b): the shop's own review of the buyer's dispute named the final, last-instance word (由我做了复核，结论是没有发错，这就是终审结果;
    // 我们内部复核过了，属于终局结论，不接受再申诉): only the platform rules last on a dispute. Not the platform's own final ruling reported or pointed to
    // (以平台终审结果为准, 平台的判定就是终审结果, 您可以申请平台复核), nor a court's.
    words: ['终审结果', '终审结论', '终审', '终局结论', '终局结果', '终局裁定', '最终裁决', '最终裁定'],
    severity: 'block',
    message: MESSAGE,
    sentence: /(?:由|经)?(?:我|我们|本店|我这边|我方|小店|店里)(?:这边|内部|店里)?(?:已经|已|刚刚|刚|亲自)?(?:做了|做过|进行了|重新)?(?:复核|审核|核查|核实|判定|裁定|鉴定|复查|评估)|(?:我|我们|本店|我方)(?:的|这边的)?(?:复核|审核|判定|裁定)(?:结果|结论)?/,
    notBefore: /(?:平台|快手|官方|小二|法院|仲裁委员会|仲裁委)(?:方|那边|这边)?(?:的)?(?:判定|裁定|审核|仲裁|判决)?(?:结果)?(?:就是|是|为|的)?$/,
    notSentence: [/以[^，。！？]{0,12}为准|申请[^，。！？]{0,6}(?:复核|终审|介入)|(?:您|你)(?:可以|也可以|能)[^，。！？]{0,6}(?:向|找|联系|申请)|法院|判决书|诉讼|冒充|骗子/],
    window: 60,
    grow: true,
  },
  {
    // Round 11 (t11e), GENERAL: the shop's staff said to be the platform's, sent or half its own: 我们店的客服都是快手那边统一培训派过来的,
    // 我们客服都是平台直接派驻的, 我其实是官方下派的. Every wording: our people + 是 + the platform + a sending verb after it. Not:
    // 上门取件的师傅是平台派来的 (not us), 平台会派专员联系您 (no copula).
    words: [...PLATFORM_WORDS.filter((w) => w !== '快手小店'), '快手那边', '平台那边', '官方那边'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|客服|店员|咱们)(?:店|家|店里|这边)?(?:的)?(?:客服|店员|员工|工作人员|人)?(?:都|也|其实|就|本身|全)?(?:是)(?:由)?$/,
    after: /^(?:那边|方面|总部|官方)?[^，。！？]{0,6}?(?:派过来|派来|派驻|下派|委派|指派|外派|调过来|借调|派下来|安排过来|安排来)/,
    notSentence: /不是|并非|并不是|冒充|骗子|谨防/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 11 (t11e): half the platform's own (算半个平台的人, 也算半个官方的人).
    words: ['半个平台', '半个官方', '半个快手', '半个小二'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:算|算是|属于|也算|就是|相当于|等于)$/,
    after: /^(?:的)?(?:人|员工|工作人员|自己人|客服)/,
    notSentence: /不是|并非|冒充|骗子|谨防/,
  },
  {
    // Round 11 (t11e): a platform body spoken for as ours: 我们电商治理中心会在三个工作日内回访您, 我方平台仲裁中心已受理 (not 反馈给平台治理中心).
    words: ['治理中心', '治理部', '治理部门', '治理团队', '监管中心', '消保中心', '消费者权益保障中心', '权益保障中心', '仲裁中心', '仲裁委员会', '仲裁部', '稽查部', '规则中心', '判定中心'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|我方|我所在的|我们这边的?|我这边的?|本人所在的)(?:快手|平台|官方|电商|进口电商|快手电商|平台方|进口)*(?:的)?$/,
  },
  {
    // A second post after the shop's one, over the clause break (我是客服主管，也是快手认证的金牌仲裁员).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人)(?:是|就是|本身是)[^]{1,14}?(?:也是|还是|又是|同时是|同时也是|同时还是)$/,
    after: ROLE,
    grow: true,
  },
  {
    // 我以平台的名义向您保证 / 我们已经以快手官方的名义驳回了: acting in the platform's own capacity.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Also with no subject, as an announcement (正式以快手进口电商客服身份告知您).
    before: re`(?:(?:我|我们|本人|本店)(?:已经|已|现在|刚刚|刚才|刚|正在|特此|会|将|今天|这就|就|马上|直接|现)?|正式|特此|郑重|谨)以$`,
    // (round 41, t41e: …with the platform called 快手进口 / 快手进口平台 — 我已经以快手进口平台的身份替您发了索赔函)
    after: /^(?:进口|电商)*(?:官方|平台|方)?(?:的)?(?:客服|工作人员|小二|专员|审核员?|仲裁员?)?(?:的)?(?:名义|身份|立场|口吻)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The shop claiming the last word on disputes, which only the platform rules on: 所有纠纷由我方最终裁定. Its own
    // inspection of returns (是否影响二次销售由我们判定) rules on no dispute.
    words: ['裁定', '裁决', '仲裁', '判定', '定夺', '说了算'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:纠纷|争议|投诉|申诉)[^]{0,8}?(?:由|归|听)(?:我方|本店|我们|我|小店|商家|本商家)(?:来)?(?:最终|全权|统一|直接)*$/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform appointment to handle disputes: 本店已获快手官方授权为指定售后服务商.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:获|获得|经|受)$/,
    after: new RegExp(`^(?:${GUANFANG}|平台)?(?:的)?(?:授权|委托|指定|委派)(?:为|成为|作为)(?:指定|唯一|官方)?[^]{0,8}?(?:服务商|仲裁|处理|售后|审核|客服|纠纷)`),
    grow: true,
    scope: 'clause',
  },
  {
    // Speaking as the platform itself: 作为平台方我们郑重承诺…, 作为快手官方，我们…. The shop as a seller on it
    // (作为快手平台的商家，我们…) is followed by what it is.
    words: [...PLATFORM_NAMES, '平台', '平台方', '官方'],
    severity: 'block',
    message: MESSAGE,
    before: /作为$/,
    // Also as its representative (作为平台方的代表我只能说…).
    // Round 42 (t42e): …or its authorised or appointed representative, whatever follows (我作为平台授权代表转达，具有同等效力).
    after: /^(?:平台|官方)?(?:的)?(?:方|官方)?(?:的)?(?:一员|代表|一份子|员工|工作人员)?(?:我们|我|本人|$)|^(?:平台|官方)?(?:的)?(?:方|官方)?(?:的)?(?:授权|指定|特派|委派|委托|全权)(?:的)?(?:代表|代理人|发言人|专员)/,
    sentence: /我们|我|本人/,
    grow: true,
    scope: 'clause',
  },
  {
    // Owning up to using the platform's name: 您收到那条短信是我们发的，用平台名义发比较有效率, 那条提醒是我们借快手的名义发的.
    // Warnings about others doing it (有人冒用平台名义…) and promises not to (不会借平台名义联系您) are not.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:用|借|借用|冒用|打着|顶着|假借|挂着|套用)$/,
    // 您可以用平台的名义投诉我们: the buyer using the platform's channel.
    notBefore: /(?:您|你|买家|对方|他|他们|她)(?:可以|能|也能|也可以|要是|还可以)?(?:用|借|借用)$/,
    after: /^(?:官方|平台)?(?:的)?(?:名义|名头|旗号|口吻|身份)/,
    sentence: /我们|我|本店|咱/,
    notSentence: /有人|冒充|骗|假|不是我们|不是本店|举报|不会|从不|不要|别人|对方|谁|不能|禁止|不允许|违规/,
    hypothetical: true,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们是跟快手官方直连的 / 我这边的处理跟平台裁定一样有效: the shop's word passed off as the platform's.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家|俺们|俺|咱|偶们)(?:这边)?(?:是|就是|属于)(?:跟|和|与|同)$/,
    after: /^(?:官方|平台|后台)?(?:是)?(?:直连|直通|直接对接|一体|一家|内部|同一个|同一套|一个系统)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 我们跟平台是同一个系统: the same claim with 是 after the platform (我们和快手是合作关系 is not one).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家|俺们|俺|咱|偶们)(?:这边)?(?:跟|和|与|同)$/,
    after: /^(?:官方|平台|后台)?(?:是|就是)(?:直连|直通|一体|一家|内部|(?:同一个|同一套|一个|一套)(?:系统|后台|公司|团队|部门|集团)|同一个|同一套|一个集团|同一集团)/,
    grow: true,
    scope: 'clause',
  },
  {
    // 本店由快手官方直营 / 我们属于平台自营: only the platform runs its own shops.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // (round 33, t33d: …the shop named with 店铺 or 这家 too, and 也: 我们店铺是快手平台自营的, 本店铺也是平台直营)
    before: /(?:我们|本店|我们店|我们店铺|本店铺|咱家|我家|小店|我们家|这家店|咱们店|咱家店|我们这家店|我们小店)(?:也)?(?:是|就是|属于|由|系|为|即)$/,
    after: /^(?:平台|官方|电商|进口电商)*(?:的)?(?:自营|直营|直属|下属|(?:投资|控股|入股|参股)(?:的|开的)|旗下的?(?:店|店铺|直营店)|(?:自己|亲自|直接|官方)(?:开的|开设的|经营的|办的|运营的))/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 39 (t39k): …the shop's subject carried from the clause before, or set before 其实 (店铺名字挂的是“某某海外旗舰店”，但其实是快手平台
    // 自己运营的店; 我们其实是平台直营的店铺; 店名写的是品牌，实际上是快手旗下的店): 其实/实际上 + 是 + a shop the platform runs. Not an activity
    // or a warehouse the platform runs (这个活动其实是平台自己运营的), nor another shop named (隔壁那家其实是快手自营店).
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /^(?:(?:我们|本店|我们店|我们店铺|本店铺|咱家|我家|小店|我们家|咱们店|咱家店|我们小店)(?:也|都)?)?(?:但是?|不过|可是|而|只是)?(?:其实|实际上|实际|本质上|说白了|说到底)(?:也)?(?:是|就是|属于|由|归)$/,
    after: /^(?:平台|官方|电商|进口电商)*(?:的)?(?:自营|直营|直属|下属|旗下|(?:自己|亲自|直接|官方)(?:开的|开设的|经营的|办的|运营的|管的))(?:的)?(?:店|店铺|小店|旗舰店|网店|自营店|直营店)/,
    sentence: /我们|本店|咱们|咱家|我家|小店|店铺|店名/,
    notSentence: /隔壁|那家|别家|其他店|别的店|人家|他们家|冒充|骗子|谨防/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 39 (t39k): the shop's agents, named bare at their clause's head, said to be the platform's staff (…，客服也都是快手的正式员工; 客服
    // 都是平台的人). Not the platform's agents the buyer was sent to (您可以联系快手官方客服，客服都是快手的员工).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /^(?:客服|客服们|客服人员)(?:其实|本身|也|都|全|全都)*(?:是|就是|都是|也是)$/,
    after: /^(?:官方|平台|方)?(?:的)?(?:正式|在编|内部|自己的)?(?:员工|工作人员|职员|自己人|人(?!为|气|家)|编制|小二)/,
    notSentence: /(?:联系|找|咨询|转接|申请|拨打|求助)[^]{0,6}(?:快手|平台|官方)[^]{0,4}客服|(?:快手|平台|官方)(?:的)?(?:官方)?客服(?:都|也)|不是|并非|冒充|骗子|谨防/,
    grow: true,
    scope: 'clause',
  },
  {
    // The shop's account run by the platform itself: 我们这个客服账号是快手总部直接管的, 我们这个号是快手官方直接管理的.
    // 本店是快手运营推荐的 (praise from the platform's staff) runs on past the verb.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|我|本店|咱|咱们|咱家|我们家)(?:店|家)?(?:这个|这|的)?(?:客服)?(?:账号|帐号|号|店铺|店|客服|小店)(?:是|归|由)$|(?:本店|小店|这家店|我们店|我们家)(?:是|归|由)$/,
    after: new RegExp(`^(?:${GUANFANG}|平台)?${LOC}?(?:直接|亲自|统一|专门)?(?:管|管理|运营|负责|直管|管控)(?:的|着)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // A charge the platform is said to levy on the buyer: 这个保证金是平台收的，您先交199才能走退款, 这笔押金是快手那边收取的.
    // The platform charges buyers nothing to refund; the shop saying it does speaks (and collects) in its name.
    // Warnings and the shop's own deposit (平台的保证金是商家交的，您不需要交) ask nothing of the buyer.
    words: ['保证金', '押金', '手续费', '服务费', '解冻费', '验证金', '认证费', '激活费', '审核费', '解冻金', '保障金', '工本费'],
    severity: 'block',
    message: MESSAGE,
    sentence: [
      new RegExp(`(?:是|由|归|给|交给|交到)${PLATFORM_ALT}(?:${GUANFANG}|平台)?${LOC}?(?:的)?(?:收|收取|要求|规定|扣)|${PLATFORM_ALT}(?:${GUANFANG}|平台)?${LOC}?(?:要|会|统一)?(?:收|收取|要求交|规定交)`),
      /(?:您|你)(?:先|需要|得|要|必须|还得|只要|只需|再)*(?:交|付|转|缴|打)/,
    ],
    notSentence: /假|骗|不收|从来不|从不|不需要|不用|无需|不会|商家交|商家缴/,
    asked: true,
  },
  {
    // 我是受快手委托的售后仲裁员: a mandate from the platform to rule on the case.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|本店)(?:是)?(?:受|由)$/,
    after: /^(?:官方|平台)?(?:委托|委派|指派|授权|派遣|派)(?:的|来)?[^]{0,10}?(?:仲裁|审核|客服|专员|处理|判定|裁定|调解|质检|核实|人员|纠纷)/,
    grow: true,
  },
  {
    // Round 22 (t22dw): the shop's own words or papers said to carry the platform's force (以上说明已经平台审核确认，具有平台效力 / 这份
    // 回复等同官方答复); not denied (客服的说明不具备平台效力，以平台判定为准).
    words: ['平台效力', '官方效力', '快手效力', '平台同等效力', '官方同等效力', '等同平台', '等同于平台', '等同官方', '等同于官方'],
    severity: 'block',
    message: MESSAGE,
    notSentence: /不具有|不具备|没有|不代表|不等于|不等同|并非|不是|诈骗|骗|冒充|以平台[^，。]{0,6}为准/,
    grow: true,
  },
  {
    words: ['一样有效', '同样有效', '同等效力', '同样的效力', '一样的效力', '一个效力', '效力一样', '效力相同', '一样算数', '一样作数', '一样管用'],
    severity: 'block',
    message: MESSAGE,
    before: re`(?:跟|和|与|同)${[...PLATFORM_NAMES, '平台', '官方', '平台方']}[^，。]{0,8}$`,
    sentence: /我|本店|我们|咱/,
    notSentence: /凭证|截图|发票|电子|复印|纸质|原件/,
    grow: true,
  },
  {
    // The platform's handling said to be the shop's to decide: 平台那边的处理我说了算, 快手的判定我们这边说了算. 平台说了算 and
    // 不是我说了算 are not.
    words: ['说了算', '拍板', '一句话的事'],
    severity: 'block',
    message: MESSAGE,
    before: re`${[...PLATFORM_NAMES, '平台', '官方', '平台方']}[^，。]{0,12}(?:我|我们|我这边|我们这边|本人)(?:就|才|来)?$`,
    scope: 'clause',
    notSentence: /以平台为准|平台说了算|官方说了算|快手说了算|本店|店里|店铺/,
    asked: true,
  },
  {
    // 官方客服已接管此会话 / 此会话已由快手官方接管: announcing the platform has taken over the chat.
    words: ['接管', '接手', '接入本会话', '接入此会话', '接入会话', '接入本次会话', '接入对话', '接入本次对话'],
    severity: 'block',
    message: MESSAGE,
    // (round 17, t17b: …with a persona name after the desk: 平台客服小快已接入本会话)
    before: re`(?:${[...PLATFORM_NAMES, '平台', '官方', '平台方']}(?:官方)?(?:客服|小二|审核|仲裁)?(?:中心|部门?|团队|组)?(?:小.|阿.|[a-z]{2,10}|[0-9]{1,5}号)?(?:已经|已|现已|现在|正式)+|(?:已经|已|现已|现在|正式)+由${[...PLATFORM_NAMES, '平台', '官方', '平台方']}(?:官方)?(?:客服|小二|审核|仲裁)?(?:中心|部门?|团队|组)?)$`,
    // The chat itself taken over; 平台已接手您的售后 may be a true report after the buyer asked for it.
    sentence: /会话|对话|聊天|窗口|咨询/,
    grow: true,
  },
  {
    // The chat itself said to be taken in hand by the platform: 本次对话已由快手进口官方售后介入，请按我的指引操作. Only the
    // platform announces that, in its own window; 您的售后已由平台介入 (the case, not this chat) reports it.
    // Round 15 (t15a): also watched or recorded throughout (本会话已由快手官方全程监督).
    words: ['介入', '接入', '接手', '监管', '托管', '监督', '监控', '记录', '录音', '存档', '跟进'],
    severity: 'block',
    message: MESSAGE,
    before: re`(?:会话|对话|聊天|咨询)(?:已经|已|现已|现在|正式|将|全程|会)+(?:由|被)${[...PLATFORM_NAMES, '平台', '官方', '平台方']}(?:进口|电商|平台|官方)*(?:客服|小二|审核|仲裁|售后|纠纷)?(?:中心|部门?|团队|组|专员)?(?:正式|全程|实时)?$`,
    grow: true,
  },
  {
    // 我这边是快手官方的 / 我是快手的，不是商家: belonging to the platform, said of oneself. Bare 官方 is
    // left out: 我们是官方的 is what a brand's own flagship shop says.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: SELF,
    // Round 32 (t32e): …also as its team or one of it, and with a spoken or dialect particle closing the clause (我们是快手官方嘞, 我哋係快手平台嘅
    // 官方團隊嚟㗎, 俺们是平台那边的咧).
    after: new RegExp(`^(?:${GUANFANG}|平台)?${LOC}?(?:${DE}|${DE}人|${DE}?(?:${GUANFANG})?${DE}?(?:团队|一员))?${OWN_PARTICLES}$`),
    grow: true,
    scope: 'clause',
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    after: OFFICE_SPEAKS,
    // Round 35 (t35e): reach for a long office and a service number (快手进口客服中心KS0032号为您服务).
    reach: 24,
    grow: true,
    // 请联系平台客服 / 等平台客服通知您 point the buyer to the platform; 品牌官方客服为您服务 is the brand's own shop.
    // 我们只在快手客服工具里为您服务 names the place the shop serves from.
    // 我们走平台售后为您处理: the platform's process named as the channel the shop goes through (round 10).
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|等待|由|申请|转|转给|提交给|反馈给|会有|品牌|旗舰店|店铺|本店|店|品牌方|在|通过|用|使用|走|经|经过|按|按照|依照)$/,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    after: MANDATE_AFTER,
    grow: true,
    deniable: true,
    // Round 10 (fa10): a mandate supposed (如果平台授权我们处理), not claimed.
    hypothetical: true,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: SPEAKS_FOR,
    // Round 29 (t29e): …not the platform's written rule reported (我这边说的就是平台规则里写的, 我说的就是平台公告上的).
    notAfter: new RegExp(`${OWN_STANDING.source}|^(?:的)?(?:规则|规定|条款|公告|帮助中心|协议|政策|页面|说明)(?:里|上|中)?`),
    grow: true,
  },
  {
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: HOST_SPEAKS_FOR,
    sentence: /主播|老板|店长|掌柜|场控/,
    notSentence: /(?:平台|官方|快手)(?:的)?(?:客服|小二|专员|工作人员|审核)|小二|冒充|自称|骗子|不代表|不等于|不等同|并不|不是/,
    notAfter: /^(?:的)?(?:规则|规定|条款|公告|帮助中心|协议|政策|页面|说明)(?:里|上|中)?/,
    grow: true,
  },
  {
    // Speaking for the platform: 我代表快手平台, 我说的就代表平台, 我们和快手官方是一家的.
    words: [
      '代表平台', '代表快手', '代表官方', '代表快手平台', '代表快手官方', '代表平台方', '和快手官方是一家', '跟快手官方是一家', '和平台是一家', '跟平台是一家', '和官方是一家',
      '我们就是平台', '我们就是官方', '我就是平台', '我就是官方', '我们就是快手', '平台授权我', '官方授权我', '平台委托我', '快手委托我', '平台让我来', '平台派我',
    ],
    severity: 'block',
    message: MESSAGE,
    notBefore: /(?:不|不能|无法|并不|不会|无权)$/,
    notAfter: OWN_STANDING,
    // Round 10 (fa10): 如果平台授权我们处理, 要是平台委托我们上门取件 — a mandate supposed, not claimed.
    hypothetical: true,
    // Round 35 (t35c): …nor a mistaken belief the shop heads off, in the same clause (怕您误会我们代表平台做决定, 免得您误以为我们是代表快手的):
    // not 您别误会，我们代表平台通知您 (the belief in a clause of its own, the claim after it).
    unless: (ctx, start) => MISTAKEN_FOR.test(ctx.before(start, 14, 'soft')),
  },
  {
    // The platform's verdict written as a label: 已结案（平台处理结果：驳回）, (平台判定：商家无责). A colon after the
    // result makes it a record the platform wrote; 以平台处理结果为准 and 平台的判定结果是… report one.
    words: ['处理结果', '判定结果', '审核结果', '裁定结果', '仲裁结果', '处理意见', '审核意见', '判定', '裁定', '裁决', '结论'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!关于|对于|针对|有关)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?(?:最终)?$`),
    unless: (ctx, _start, end) => !/^\s*[：:]/.test(ctx.text.slice(ctx.toOriginal(end - 1, end)[1], ctx.toOriginal(end - 1, end)[1] + 3)),
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office's finding against the buyer: 經平台鑑定中心檢測，您退回的商品已被人為損壞，不予退款, 经快手质检中心鉴定….
    // 经平台审核通过后退款原路返回 finds nothing against anyone.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /经(?:过)?$/,
    after: new RegExp(`^(?:${GUANFANG}|平台)?(?:的)?(?:[^]{0,6}?(?:中心|部门?|组|团队))?(?:审核|鉴定|检测|核查|核实|质检|判定|复核|认定|检验|查验)`),
    sentence: /不予|驳回|人为|损坏|不通过|不成立|不支持|拒绝|无责|恶意|违规|使用痕迹|不符合/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office's examination stated as found against the buyer, without 经 (平台质检报告显示您寄回的是空包裹，已移交
    // 平台法务处理; 本次纠纷已由平台仲裁委员会审理完毕…驳回买家退款请求): an office or report of the platform, an examining or
    // showing verb, and a finding against the buyer in the window. Not 平台审核通过 or 平台系统显示您的包裹已签收 (nothing against).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方|平台)?(?:的)?[^，。]{0,6}?(?:委员会|中心|部门?|组|团队|法务|质检|鉴定|仲裁|检测)[^，。]{0,4}?(?:审理|裁定|判定|鉴定|检测|核查|认定|报告|显示|表明|证实)/,
    window: 40,
    sentence: /不予|驳回|人为|损坏|空包|调包|掉包|不成立|拒绝|恶意|使用痕迹|不符合|败诉|终审|法务|不(?:支持|能|可以|给)(?:退|换|赔)/,
    notBefore: /(?:向|请|让|等|申请|联系|以|按|根据|如果|若|可以|提交给?|交给|送)$/,
    hypothetical: true,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // The same relay through a pronoun for the platform's staff named just before (我问了快手那边的小二，他们让我转告：…).
    words: ['让我转告', '叫我转告', '要我转告', '让我通知', '让我告诉您', '让我告诉你', '让我传达', '委托我转告', '托我转告'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:他们|她们|他|她|人家|对方)(?:说|讲|也|都|就|直接)?$/,
    window: 30,
    sentence: new RegExp(`${PLATFORM_ALT}|小二`),
    grow: true,
    deniable: false,
  },
  {
    // A ruling the platform's staff are said to have passed to the shop, turned on the buyer: 小二已经跟我们确认过了，这单判给
    // 商家，您再申请也没用; 小二刚跟我说了，这个退款不给批. The platform tells the buyer its rulings itself.
    // Round 19 (t19dk): …or a condition on the buyer's review passed on (平台客服给我打电话了，说让您先把差评删掉，平台才会处理您的退款).
    words: ['小二', '审核', ...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Also a reply or a fresh notice from the platform turned on the buyer (平台那边刚给我回了：“该订单不支持退款”, 平台刚下发的
    // 通知：…一律不退, 小二刚跟我确认过，这种情况是不能退的).
    after: /^(?:那边|这边|客服|审核|官方)?(?:已经|已|刚|刚刚|刚才|也|都)*(?:(?:跟|和|给)(?:我|我们|本店)(?:确认|说|讲|打过招呼|沟通|通知|反馈|交代|打(?:了|过)?电话|来电话|发(?:了)?消息|回(?:复|话|了|消息)?|答复)|(?:知会|通知|告知|吩咐|交代|回复|答复)(?:了)?(?:我|我们|本店)|(?:下发|发来|发下来|下达|出台)(?:了)?(?:的)?(?:通知|文件|规定|公告|指示|新规)|(?:的)?(?:最终)?(?:裁决|判决|裁定|处理结果|判定结果|结果)(?:已经|已)?(?:下来|出来)|(?:已经|已|现已)介入)(?:过)?(?:了)?/,
    window: 40,
    sentence: RELAYED_AGAINST,
    // (round 38, t38c: …not when every such word is denied — the shop only waits for the platform's ruling and promises not to press:
    // 平台已介入…我们只等平台结果，不会私下催您撤销)
    unless: (ctx, start, end) => allDenied(ctx, RELAYED_AGAINST_ALL, start - 40, end + 40),
    notBefore: /(?:如果|若|要是|假如)$/,
    grow: true,
  },
  {
    // The platform's decision announced in its own voice: 快手官方审核已通过您的退款, 平台这边已经判定您属于恶意退款.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'warn',
    message: '以平台口吻宣布处理结果，容易被认定为冒充平台（规则 2.9）；请说明这是平台的处理结果并引导买家在平台查看',
    after: /^(?:的)?(?:官方)?(?:审核|客服|这边|方面|系统)?(?:已经?|现已|已被)(?:判定|认定|裁定|驳回|冻结)(?:您|你)|^(?:的)?官方(?:审核)?(?:已经?|已)通过(?:您|你)|^(?:的)?(?:官方)?(?:审核)?(?:已经?|现已)(?:确认|认定|判定)(?:您|你)(?:的)?(?:投诉|申请|退款|申诉|评价|差评)?(?:不成立|无效|被驳回|驳回|属于恶意|是恶意|虚假)|^(?:的)?(?:官方)?(?:刚|刚刚|已经?|现已)?(?:下了|作出了?|做出了?)(?:对您的|对你的)?(?:处罚|处理|封禁)决定|^(?:的)?(?:官方)?(?:风控|安全)?(?:这边|方面|系统)?(?:已经?|现已)(?:给|对|把|将|为)(?:您|你)(?:的)?(?:账号|账户|帐号)?(?:记录|记|标记|登记|扣|列入|拉入)(?:了)?(?:为|成)?(?:一次|一笔|一条)?(?:恶意|违规|异常|黑名单|风险|高风险)|^(?:的)?(?:官方)?(?:已经?|现已)?(?:决定|准备|打算)(?:给|对|把|将)(?:您|你)(?:的)?(?:账号|账户|帐号|信用|评价)?(?:进行)?(?:降级|限制|封|冻结|扣分|处罚|拉黑|限流|禁言|停用|列入|删除)/,
    hypothetical: true,
    notBefore: /(?:向|请|让|等|申请|联系|问问|问)$/,
  },
  {
    // Round 16 (t16): the shop's ruling said to bind the platform — the platform will not change it (我这边的处理结果就是最终结果，平台不会
    // 再改; 店铺的判定就是平台的判定，平台也改不了). Not the platform's own ruling (平台介入后的结果不会再改) nor a way to it offered.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:那边|方面|客服)?(?:也|都|肯定|绝对|是)?(?:不会|不能|不可能|没法|没办法|无法)(?:再|去|给您|给你|帮您|帮你)?(?:改|更改|推翻|变更|改判|重新判|重判|撤销|翻)|^(?:那边|方面|客服)?(?:也|都)?(?:改不了|推翻不了|改变不了|翻不了)|^(?:那边|方面)?(?:是|也是|都是|都)?(?:认可|承认|默认)(?:的|了)/,
    sentence: /(?:我这边|我这里|我们这边|我们|本店|店铺|店里|我)(?:的)?(?:售后|客服)?(?:处理结果|处理意见|处理|判定|决定|结论|结果|答复|裁定)(?:就是|即是|就算|便是|等于|平台是认可|平台认可)/,
    notSentence: /(?:平台|官方)(?:介入|仲裁|客服)(?:后|之后|的)|申请(?:平台|官方)?介入|不等于|不代表|不能代表|以平台(?:的)?(?:处理|判定|结果)为准/,
    scope: 'sentence',
  },
  {
    // Round 16 (t16): the shop's desk said to share the platform's back office (我们店铺客服和平台客服共用一个后台, 我们和平台共享一套系统).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们|咱家|我们店|我们家|咱)(?:这边)?(?:店铺|店|店里)?(?:的)?(?:客服|售后)?(?:跟|和|与|同)$/,
    after: /^(?:的)?(?:客服|售后|官方)?(?:是)?(?:共用|共享|用的是|用同|合用|同用)(?:的)?(?:一个|同一个|一套|同一套|一样的)?(?:后台|系统|账号|工作台|数据|数据库|团队)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The shop's handling equated with the platform's: 您的投诉到我这就算平台处理完了, 找我处理就等于平台处理了.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Round 17 (t17): …or the shop's reply itself (我们这个回复是跟平台同步过的，等同于平台意见 / 本店的答复就代表平台的结论): its own
    // answer said to be the platform's view or ruling. Not the buyer sent to the platform for one (平台的意见以平台客服答复为准).
    before: /(?:我|我们|我这|我这里|我这边|本店|我们店|我们这)[^，。]{0,8}?(?:就算|就等于|等于|就相当于|相当于|等同于|就算是|算是)(?:是)?$|(?:我|我们|本店|我们店|这边|我这边|我们这边|店铺|小店)(?:的|这个|这条|这份|给的|给您的|给出的)?(?:回复|答复|处理结果|处理意见|说法|结论|意见|决定)[^]{0,16}?(?:就|也)?(?:等同于|等于|相当于|就是|代表|视同|视为)(?:了)?$/,
    after: /^(?:官方|方)?(?:已经|已)?(?:处理|裁定|判定|介入|审核|受理|的处理|的决定|的意思|的答复|的结果|处理完|处理过)|^(?:官方|方)?(?:的)?(?:意见|态度|立场|结论|口径|裁决|判决|最终意见|最终结论|官方意见)/,
    notSentence: /不等于|不代表|不算|不能代表|以平台[^]{0,8}为准|不是平台|并非平台/,
    reach: 24,
    grow: true,
    scope: 'sentence',
  },
  {
    // The platform's promise said to be given to the shop itself: 假一赔三是快手平台给我们家的承诺, 平台跟我们签了保证书.
    // The platform's programmes for buyers (假一赔十是平台的规则，您可以申请) are promised to no shop.
    words: ['承诺', '保证书', '承诺书', '保证', '担保书', '协议'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:专门|特别|单独|已经|已)*(?:给|跟|和|与|替|为)(?:我们|本店|我家|我们家|咱家|小店|我们店)(?:家|店)?(?:签了|签的|签过|签|做的|做了|做过|出的|出具的|开的|写的|下的)?(?:一份|一个)?(?:的)?$`),
    sentence: /假一赔|赔[一二三四五六七八九十0-9]+|包赔|赔付|赔偿|正品|质量|赔|延误|晚到/,
    grow: true,
    scope: 'clause',
  },
  {
    // …or said to have promised this shop's own guarantee: 这款假一赔十是快手官方承诺的.
    words: ['承诺', '保证', '担保'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:这款|本店|我们家|我们店|我家|咱家|小店|这个商品|这批货)[^，。]{0,10}?(?:是|由)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:亲自|直接)?$`),
    after: /^的/,
    sentence: /假一赔|赔[一二三四五六七八九十0-9]+|包赔|包退/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform office acting on the buyer's own request in the first person: 平台客服这边已经帮您把退款申请撤回了,
    // 平台这边的客服已经把您的投诉关掉了. The platform never withdraws a buyer's request for them.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:这边的|那边的)?(?:客服|小二|审核|工作人员)?(?:这边|那边|方面)?(?:已经|已|刚刚|刚|都|直接)*(?:(?:帮|给|替|为)(?:您|你)(?:把)?|把(?:您|你))(?:的)?[^，。]{0,8}?(?:撤回|撤销|取消|关闭|关掉|撤掉|删掉|删除)(?:了)?/,
    sentence: /投诉|申请|售后|申诉|差评|评价|退款/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 11: a platform desk speaking as 这边 (the speaker's own side) that has checked the case for the buyer, with a verdict:
    // 平台客服这边帮您核实过了，商家发货没问题; 快手小二这边给您查了，商家无责. The shop relays with 那边 (平台那边会帮您核实), and a
    // pointer (您可以让平台客服帮您核实) asks for nothing in the platform's voice.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:客服|小二|审核|售后|工作人员|专员|人工客服|介入专员)?这边(?:已经|已|刚刚|刚|也|都|直接)*(?:帮|给|替|为)(?:您|你)(?:把)?(?:的)?[^，。]{0,4}?(?:核实|查|核查|确认|审核|复核|核对|检查|判定|调取|调查)/,
    notBefore: /(?:让|请|找|联系|等|向|通过|申请|问问|问)[^，。]{0,4}$/,
    sentence: /没问题|没有问题|无责|无误|属实|不成立|正常|确认收货|撤销|撤回|驳回|不支持|不予|判给|不能退|不退|不用退|已签收|无异常/,
    window: 40,
    grow: true,
  },
  {
    // Round 11: a platform desk as 这边 reporting what it found on the buyer (平台这边查到您的账号有多次异常退货记录, 快手官方这边发现您
    // 近期频繁退款) — only the platform sees the buyer's account; the shop's own finding (我们这边查到您的包裹已签收) names no platform.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:客服|小二|审核|售后|风控|系统|工作人员)?这边(?:已经|已|刚刚|刚|也|都)*(?:查到|查出|查出来|发现|检测到|看到|核实到|监测到|调取到)(?:了)?(?:您|你)/,
    notBefore: /(?:让|请|找|联系|等|向|通过|申请|问问|问)[^，。]{0,4}$/,
    grow: true,
  },
  {
    // Round 11: someone close to the speaker working at the platform, offered to handle the buyer's case (我哥在快手总部上班，您的投诉我让
    // 他直接处理掉; 我同学在快手做客服，申诉很快能过) — not news from them with no case in it (我朋友在快手上班，说最近物流会慢).
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:哥|姐|弟|妹|朋友|亲戚|同学|老乡|熟人|表哥|表姐|表弟|表妹|老公|老婆|舅舅|叔叔|阿姨|发小|兄弟|闺蜜|同事|家里人)(?:就|也|正好|刚好|现在|一直)?在$/,
    after: /^(?:总部|内部|审核|客服|后台|官方|那边)?[^，。]{0,6}?(?:上班|工作|做|当|任职|干)/,
    sentence: /投诉|差评|评价|申诉|退款|纠纷|仲裁|处罚|封号/,
    notSentence: /不认识|没有|没法|不清楚|不知道|不会|无法|不能|帮不了|管不了/,
    window: 40,
    grow: true,
  },
  {
    // Round 11 (late): a platform desk as 这边 announcing its ruling (平台这边已经判了，不退; 平台审核这边驳回了您的申请; 快手官方这边裁定了).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:客服|小二|审核|售后|风控|仲裁|工作人员)?这边(?:已经|已|刚刚|刚|也|都|直接)*(?:判了|裁定了|裁决了|驳回了|定了|决定了|处理完了|结案了)/,
    notBefore: /(?:让|请|找|联系|等|向|通过|申请|问问|问)[^，。]{0,4}$/,
    grow: true,
  },
  {
    // Round 11 (late): a platform persona announcing itself present (官方小二在此，撤了吧; 快手客服在此) — not 在此页面/在此处申请.
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:小二|客服|审核|工作人员|专员|仲裁员|管理员)?在此(?!页|处|类|项|链接|入口|下单|申请|提交|查看|填写|说明|声明|提醒|问题|事)/,
    grow: true,
  },
  {
    // Round 11: the reply declaring itself the platform's final word on a case (KS官方已受理您的投诉，处理结果以本消息为准; 小二判定商家
    // 无责，最终结果以此消息为准). Only the platform's own notice is the record of its ruling; the shop's own notes (发货时间以本消息
    // 为准) name no platform.
    words: ['以本消息为准', '以此消息为准', '以本条消息为准', '以这条消息为准', '以本通知为准', '以此通知为准', '以本回复为准', '以此回复为准'],
    severity: 'block',
    message: SELF_NOTICE,
    window: 60,
    sentence: [new RegExp(`${PLATFORM_ALT}|小二`), /处理结果|裁决|判定|裁定|投诉|申诉|仲裁|审核|介入|受理|结果/],
    deniable: false,
  },
  {
    // The platform's mandate in pinyin: kuai shou guan fang 已经授权我处理你的纠纷.
    words: LATIN_NAMES,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:guanfang|gf|official|pingtai|platform|jinkou|import)*(?:已经|已|yijing)?(?:授权|委托|委派|指派|派|shouquan)(?:了)?(?:我|本人|我们|本店|wo)/,
    grow: true,
  },
  {
    // Platform powers over the buyer's review or complaint claimed by the shop: 差评我这边可以直接从系统里删掉, 评价这块我能在
    // 后台直接给您改成好评, 我们后台…也能帮您撤掉. Only the platform removes reviews and complaints; pointing the buyer to
    // their own edit (您可以自己删除评价) or a refusal (我们不能删除评价) claims nothing.
    words: ['删掉', '删除', '删了', '撤掉', '撤销', '撤了', '处理干净', '处理掉', '弄掉', '搞掉', '撤下来', '撤下', '删下来', '拿掉', '下掉', '清掉', '清除', '改成好评', '改成五星', '改好评', '改成五分', '隐藏掉', '屏蔽掉', '抹掉', '消掉'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|这边|本店|小店)[^。！？]{0,24}?(?:可以|能|能够|帮您|给您|替您|帮你|给你|替你|直接)[^，。]{0,14}?$/,
    // Round 11 (fa11b): money paid, then the buyer is the one who deletes (我直接转您200，您把那条差评删了 — a payoff, 2.3, no
    // platform power claimed); not 后台就能改，您只要把差评撤了 (the power claimed before the buyer's step).
    notBefore: /(?:教|告诉|指导|引导|提醒)(?:您|你)[^，。]{0,8}$|(?:您|你)(?:自己|可以|能|也可以)[^，。]{0,6}$|(?:联系|申请|反馈|提交|(?<![把的条])举报|找|让|请)[^，。]{0,8}$|(?:转|打|给|发)(?:给)?(?:您|你)(?:[0-9]+|[一二三四五六七八九十两百千几]+)?(?:块|元)?(?:钱|红包|现金)?(?:吧|哈)?(?:您|你)(?:就|再|先|赶紧|马上|只要|只需)?把[^，。]{0,10}$/,
    // (round 39, t39b: …or the buyer's report against the shop — 您举报我们的那条，我已经在…后台里帮您撤销了)
    sentence: /差评|中评|评价|投诉|评论|申诉|举报|处罚记录|违规记录/,
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|不可以|删不了|撤不了|自己|您可以|你可以/,
    asked: true,
    reach: 36,
    grow: true,
  },
  {
    // Platform powers over the buyer's platform standing wielded by the shop, in any words: 您被系统标记了，我帮您申诉解除,
    // 您的信用分已经被扣了，我可以在后台帮您恢复, 您的号被拉黑名单了，只有我能帮您从系统里移出来, 我们有权对您的账户进行处罚,
    // 我们可以直接封您的号. Every wording has the three parts: the agent able to act (我…可以/能/帮/给/有权), a remedy or a
    // sanction (解除, 解封, 恢复, 移出, 去掉, 处罚, 封号), and the buyer's standing only the platform keeps (账号, 信用分,
    // 黑名单, 风控, 标记, 违规记录, 下单限制). Not: the shop's own things (订单的限购, 优惠券, 店铺积分), a refusal (没法帮您解除
    // 账号限制), the buyer sent to the platform (建议您联系官方客服解冻, 我帮您向平台申诉).
    words: ['解除', '解封', '解冻', '解开', '恢复', '移出', '移除', '取消掉', '去掉', '去除', '清掉', '清除', '消除', '抹掉', '洗白', '撤销', '撤掉', '拿掉', '处罚', '封号', '封您', '封你', '封掉', '冻结', '拉黑'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|咱们)(?:这边|这里|店里)?(?:已经|已|都|也|就|还|直接|马上|立刻|现在|随时|完全|一定)*(?:可以|能|能够|有权|有权限|有权利|有办法|有能力|有渠道|负责|帮|给|替|来|去|把)[^。！？]{0,16}$|我[^。！？]{0,20}(?:可以|能|能够)(?:直接)?(?:帮|给|替)(?:您|你)[^。！？]{0,12}$/,
    notBefore: /(?:向|找|联系|通过|让|请|提交给|反馈给|跟)(?:快手|平台|官方|系统)[^。！？]{0,10}$|(?:您|你)(?:自己|可以|也可以)[^，。]{0,8}$|(?:平台|快手|官方)(?:那边|方面|客服)?(?:会|可以|能)[^。！？]{0,12}$/,
    sentence: /(?:账号|账户|帐号|帐户|(?:您|你)的号|(?:您|你)号|信用分|信用等级|黑名单|风控|违规记录|异常记录|处罚记录|系统标记|异常标记|被标记|标记了|限制下单|下单限制|购买限制|购买权限|下单权限|封号|封禁)/,
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|不可以|处理不了|做不到|解不了|看不到|查不到|店铺积分|本店会员|店铺会员|我们店的会员/,
    window: 30,
    reach: 24,
    grow: true,
  },
  {
    // The buyer's platform standing changed by the shop, whatever the verb: 我可以给您的账号加白名单, 我这边已经给您记录了违规一次,
    // 您的风控等级我已经给您调低了, 您的购物信用我这边已经帮您修复好了. The standing noun, with the agent acting on it for the buyer in
    // the same clause (before it, or after it when the noun is the topic). Not: 不会影响您的信用分, 您在本店的积分我帮您加回来了.
    words: ['白名单', '黑名单', '风控等级', '风控', '信用分', '购物信用', '信用等级', '信用', '违规', '违规记录', '扣分', '账号等级', '账号权限', '账号状态', '账户状态', '账号异常', '账号限制'],
    severity: 'block',
    message: MESSAGE,
    unless: (ctx, start, end) => !AGENT_ON_STANDING.test(ctx.before(start, 30, 'soft')) && !AGENT_AFTER_STANDING.test(ctx.after(end, 30, 'soft')),
    notBefore: /(?:本店|店铺|我们店|我们家|店内)(?:的)?$/,
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|不可以|处理不了|做不到|看不到|查不到|不会影响|不影响/,
  },
  {
    // Round 45 (t45c): the buyer put by the shop on a list the platform keeps for every shop (我们已经按平台流程把您的收货地址加入跨境拒收名单，今后
    // 平台所有商家都能看到; 本店已将您的账号上报进全平台恶意退款名单): only the platform keeps cross-shop lists, so the shop claims its power.
    // Not the shop's own list (本店的黑名单), a list denied or foreseen, nor the buyer told the platform may act (平台可能会限制).
    words: ['名单', '黑名单', '灰名单', '拒收名单', '风险名单', '失信名单'],
    severity: 'block',
    message: '声称由商家把买家列入平台共享的名单，属于冒充平台行使处罚权（规则 2.9）',
    notBefore: /(?:本店|店铺|我们店|我们家|店内|店里|自己)(?:的|自己的)?$/,
    window: 60,
    sentence: [/(?:我们|我|本店|我这边|我们这边|店里|店铺)(?:已经|已|这边|会|将)*[^，。！？]{0,16}?(?:加入|列入|拉入|拉进|录入|登记进?|上报进?|报入|放进|放入|纳入)/,
      /(?:所有|全部|每家|其他|别的|各家)(?:的)?(?:商家|店铺|店|卖家)(?:都)?(?:能|可以|会|将)?(?:看到|查到|看得到|查得到|共享|同步|知道)|全平台|跨店|(?:平台|快手)(?:的|统一|公共|共享)[^，。！？]{0,8}?名单|按(?:照)?(?:平台|快手)(?:的)?(?:流程|规定|规则|要求)/],
    notSentence: /不会|没有|并没|如果|假如|要是|冒充|骗子|谨防|不存在|无权|没权/,
    grow: true,
  },
  {
    // Round 40 (t40c): the platform's gift announced by the shop with the shop's own means (快手官方送您一张50元无门槛平台券，券码KSQ8831X; 为答谢
    // 老顾客，平台额外奖励您一个红包): a code handed out in the chat or the shop's customers thanked — the platform's money given in its voice.
    // Not the platform's coupons pointed to (平台有新人券，在卡券包里领) nor the platform's coupon told as out of our hands.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|平台|进口|电商)*(?:特意|专门|特别|额外|统一)?(?:送|赠送|赠|发放|发|奖励|补贴)(?:给)?(?:您|你)[^，。！？]{0,12}?(?:券|红包|补贴|礼金|津贴|优惠)`),
    window: 60,
    sentence: /券码|兑换码|卡密|激活码|口令|(?:结算|下单|付款)时输入|输入[^，。！？]{0,4}码|老顾客|老客户|老粉|回馈|答谢/,
    notBefore: /(?:联系|找|请|向|申请|领取|在|说|问|如果|假如)$/,
    notSentence: /冒充|骗子|假冒|卡券包|卡包|自己领|不是(?:我们|本店|店铺)/,
    grow: true,
  },
  {
    // Round 40 (t40c): the platform's official account claimed as one the speaker runs (我就是快手进口电商官方号的运营; the account named,
    // then 我就是那个号的运营 / 这个官方号是我在管): a platform account has the platform's staff behind it. Not the shop's own account
    // (我是我们店快手号的运营), the platform's account pointed to (关注快手官方号的通知), nor a denial (我不是那个号的运营).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: SELF,
    after: new RegExp(`^(?:进口|电商|平台)*${GUANFANG}(?:进口|电商|平台)*(?:号|账号|帐号|快手号)${DE}?(?:运营|管理员|小编|负责人|号主|操盘手)`),
    grow: true,
    scope: 'clause',
  },
  {
    words: ['运营', '管理员', '小编', '负责人', '号主', '操盘手'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人|我们)(?:就|也|其实|本人|正好|刚好|同时)*(?:是|负责|在管|管着?|运营)(?:那个|这个|该|这|那)(?:官方)?(?:号|账号|帐号)(?:的)?$/,
    window: 80,
    sentence: re`${PLATFORM_NAMES}(?:进口|电商|平台)*(?:的)?(?:官方)(?:进口|电商|平台|服务|售后|客服)*(?:号|账号|帐号)`,
    notSentence: /冒充|骗子|假冒|不是(?:我们|本店|店铺)|(?:我们|本店)(?:自己)?的(?:官方)?(?:号|账号)/,
    grow: true,
  },
  {
    // Round 40 (t40c): a mark put on the buyer's platform account by the shop (我们后台已经给您的快手账号打上风险标记, 本店已对您的账号加了异常标签,
    // 我给你账号标了个恶意退货): only the platform marks accounts. Not the buyer's parcel or order marked (给您的包裹打上易碎标记), nor a mark
    // denied or the platform's own (平台不会给您的账号打标记).
    words: ['风险标记', '异常标记', '违规标记', '风控标记', '恶意标记', '风险标签', '异常标签', '违规标签', '恶意标签', '风险用户', '高风险', '恶意退货', '恶意买家', '异常用户'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|我这边|我们这边|店里)(?:这边|后台|系统)?[^，。！？]{0,8}?(?:给|帮|替|为|把|对)(?:您|你)(?:的)?(?:快手)?(?:账号|账户|帐号|帐户|号)(?:上)?[^，。！？]{0,4}?(?:打上|打了|打|加上|加了|加|标上|标了|标|添加了?|做了|设为|设成|标记为|列为|定为)(?:了)?(?:一个|个|一条)?$/,
    notSentence: /不会|没有|没法|无法|不能|如果|假如/,
    grow: true,
    reach: 32,
  },
  {
    // A platform step taken by the shop inside the platform: 您的这笔退款我已经在平台那边给您审批通过了, 我可以直接在系统里给您判定为
    // 商家责任. In the platform (平台, 快手, 官方) any approval; in the system or back office only a ruling (判定, 裁定): a shop
    // approves returns in its own back office (我在后台给您同意退款了).
    words: ['审批通过', '审核通过', '批准', '批了', '通过了'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|本店)[^。！？]{0,8}?(?:在|从|通过|去)(?:快手|平台|官方)(?:那边|这边|里|上|内部)?[^。！？]{0,10}$/,
    notSentence: /没有权限|无权|不能|没法|无法|没办法|不可以|申请|提交|反馈|等平台|平台审核后|以平台/,
    reach: 24,
  },
  {
    // …and a ruling made in the platform, its system or its back office: 我可以直接在系统里给您判定为商家责任.
    words: ['判定为', '判定', '判给', '裁定', '裁决', '定责', '判为'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|本店)[^。！？]{0,8}?(?:在|(?<![服听遵顺])从|通过|去)(?:快手|平台|官方|系统|后台)(?:那边|这边|里|上|内部)?[^。！？]{0,10}$/,
    notSentence: /没有权限|无权|不能|没法|无法|没办法|不可以|申请|提交|反馈|等平台|平台审核后|以平台/,
    reach: 24,
    // Round 13 (fa13b): 从 of 服从/听从/遵从 is no place the ruling is made in (我们服从平台判定，已经退了).
  },
  {
    // The buyer's platform standing promised after the shop handled it with the platform: 平台那边我已经帮您处理好了，您的账号不会被封.
    // 正常退货不会被封号 (no handling by the shop) only reassures.
    words: ['不会被封', '不会封号', '不会被冻结', '不会被限制', '不会扣分', '不会被扣分', '不会影响信用', '不会有记录', '不会留记录', '不会被拉黑'],
    severity: 'block',
    message: MESSAGE,
    sentence: [/(?:我|我们|我这边)[^。！？]{0,8}(?:帮|给|替)(?:您|你)[^。！？]{0,6}(?:处理|搞定|弄好|摆平|打点|沟通好|打过招呼|解决|撤|删)/, re`${[...PLATFORM_NAMES, '平台', '官方', '系统', '后台']}`],
    window: 40,
    deniable: false,
  },
  {
    // The same power said to be granted: 平台给了我们封号的权限, 我们有冻结买家账号的权力.
    words: ['封号', '解封', '冻结', '解冻', '处罚', '拉黑', '封禁'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:买家|用户|您|你)?(?:的)?(?:账号|账户|帐号)?(?:的)?(?:权限|权力|权利|资格)/,
    sentence: /我|本店|咱们/,
    notSentence: /没有|没|无权|不能|不会|平台才有|只有平台|只有快手|只有官方/,
    grow: true,
  },
  {
    // What only the platform sees about the buyer, said to be seen by the shop: 您的信用分我这边能看到，只有520分, 我这边可以直接
    // 调取您在快手的所有聊天记录. The shop's own orders and this chat (我这边查看了我们的聊天记录) are its own.
    words: ['信用分', '信用等级', '账号等级', '购物信用', '支付信息', '支付记录', '聊天记录', '消费记录', '浏览记录', '购买记录', '退款记录', '投诉记录'],
    severity: 'block',
    message: MESSAGE,
    sentence: [
      /(?:我|我们|我这边|这边|我这里)[^。！？]{0,12}?(?:看到|看得到|查到|查得到|调取|调出|调到|查看|查了|查过|看了)/,
      /快手|平台|所有|全部|其他店|别家|别的店|[0-9]+分/,
    ],
    notSentence: /我们店|本店|在本店|我们家|您可以|您自己|你可以|没有权限|看不到|查不到|无法|不能|没法|我们的聊天|咱们的聊天|这边的聊天/,
    // Round 17 (fa17b): …or the platform named right after it as the one who can fetch it (聊天记录平台也能调取, 对您更有保障).
    // Round 52 (il52): …or later in the sentence, the platform stepping in as the subject who sees it (有聊天记录也是对您的保障，平台介入的时候也能看到).
    unless: (ctx, _start, end) => PLATFORM_FETCHES.test(ctx.after(end, 16, 'soft')) || (PLATFORM_SEES_LATER.test(ctx.after(end, 40, 'hard')) && !SHOP_SEES_CLAUSE.test(ctx.before(_start, 16, 'soft') + ctx.after(end, 16, 'soft'))),
    asked: true,
  },
  {
    // A platform staff credential held: 我有平台的工牌，可以给您看, 我有快手内部账号.
    // Round 13: issued by the platform (我有快手发的工作证, 我们有平台颁发的员工证, 我手上有快手给的胸牌, 我有平台的工号).
    words: ['工牌', '员工卡', '员工证', '工作证', '内部账号', '员工账号', '内部工号', '胸牌', '工号', '工作牌', '员工号'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我|本人|我们)(?:这边|这里|手上|手里|身上)?(?:有|持有|拿着|带着|有着)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:(?:发|颁发|给|签发|开|配|下发)(?:的|给我的|给我们的))?(?:的)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    // The buyer put through a platform lane by the shop: 这单我帮您走平台的绿色通道，优先审核.
    words: ['通道', '渠道', '特批', '先行赔付', '极速退款', '闪电退款'],
    severity: 'block',
    message: MESSAGE,
    // Also asked of the platform inside (我帮您向平台内部申请了特殊补偿通道).
    before: new RegExp(`(?:帮|给|为|替)(?:您|你)(?:(?:走|开|申请|用|安排)(?:了)?${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?|(?:向|在|从|找)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:内部|那边)?(?:走|开|申请|要|争取)(?:了)?)(?:绿色|加急|快速|特殊|内部|专属|vip|优先|特别)?(?:的)?(?:补偿|退款|售后|赔付|理赔|赔偿)?(?:绿色|加急|快速|特殊|内部|专属|vip|优先|特别)?$`),
    after: /^(?:[^，。]{0,8}?(?:优先|加急|审核|放行|退款|处理|通过|补偿))?/,
    sentence: /绿色|加急|快速|特殊|内部|专属|vip|优先|特批|先行赔付|极速退款|闪电退款/,
    grow: true,
    scope: 'sentence',
  },
  {
    // The buyer's platform account raised by the shop: 我给您升级成快手的VIP了, 您的账号等级我这边可以帮您调高.
    words: ['vip', '会员', '黑卡', '等级', '信用分', '信用等级'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我|我们|我这边|这边|本店)[^，。]{0,8}?(?:给|帮|为|替)(?:您|你)[^，。]{0,4}?(?:升级|升|调高|调成|改成|开通|提升|提高|恢复|开)(?:成|为|到)?(?:了)?${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:的)?(?:进口)?(?:超级|高级|专属|账号|帐号)?$`),
    grow: true,
    scope: 'clause',
  },
  {
    words: ['账号等级', '帐号等级', '信用分', '信用等级', '会员等级', '购物信用', '平台等级'],
    severity: 'block',
    message: MESSAGE,
    after: /^[^，。]{0,6}?(?:我|我们|我这边|这边)[^，。]{0,6}?(?:帮|给|替)(?:您|你)?(?:调高|调整|提高|提升|恢复|修复|加|改|刷|升)/,
    notBefore: /(?:本店|店铺|我们店|我们家)(?:的)?$/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's sanction on the buyer's account threatened in its name: 请在24小时内完成身份核验，否则快手将冻结您的账户.
    // 平台不会冻结您的账户 and the rules on fraud (刷单会被平台封号) are not.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    // Also 平台会在24小时内对您的账号作出处罚.
    after: /^(?:官方|平台|系统)?(?:将|会|就会|马上|即将|将会|立即|立刻)(?:会)?(?:自动)?(?:冻结|封禁|封|限制|注销|停用|扣除|降低|清零)(?:您|你)(?:的)?(?:账户|账号|帐号|帐户|信用|购买|下单|会员)|^(?:官方|平台|系统)?(?:将|会|就会|马上|即将|将会)[^，。]{0,8}?(?:对|给|把)(?:您|你)(?:的)?(?:账户|账号|帐号|帐户|信用)?(?:作出|做出|进行|给予)?(?:处罚|封禁|冻结|限制|扣分|降级)/,
    notSentence: /不会|不用担心|放心|刷单|违规|恶意|诈骗|骗|冒充|如果您|若您|要是您/,
    notBefore: /(?:以为|担心|怕|说|问)$/,
    asked: true,
    grow: true,
  },
  {
    // Round 20 (t20do): the platform's staff said to have stepped in and to order the buyer's review taken down (平台工作人员已介入，
    // 要求您今天之内删除评价 / 快手客服现责令你撤回差评): the shop speaks the platform's demand. Not a refusal (平台不会要求您删除评价),
    // a scam warning (有人冒充平台要求您删评), nor the buyer's own report (您说平台要求您修改评价？).
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的)?(?:工作人员|客服|小二|审核员?|专员|官方|方)?(?:这边|那边)?(?:已经?|现已|刚刚?)?(?:介入)?(?:了|处理)?[，,]?(?:现|现在|并)?(?:要求|责令|勒令|通知)(?:您|你)[^。？?]{0,16}?(?:删除|删掉|删了|撤销|撤回|撤掉|修改)(?:掉)?(?:您的|你的|该|这条|那条)?(?:评价|差评|评论|中评)/,
    reach: 48,
    notBefore: /(?:以为|担心|怕|说|问|冒充|假冒|自称)$/,
    notSentence: /不会|不能|没有|并未|不是|骗|冒充|假冒|自称|如果|若|要是|有人|您说|你说|您问/,
    asked: true,
  },
  {
    // The platform's people squared by the shop: 平台方面我已经打过招呼了，您的投诉不会有结果, 平台那边我们有人，投诉撤不撤都一样.
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    // Round 14 (t14): also through one of its desks (平台审核那边有关系，删个评论分分钟的事).
    // (round 31, t31b: …any of its desks named — 平台的鉴定中心我们有人在里面)
    after: /^(?:官方)?(?:的)?(?:审核|客服|小二|运营|风控|仲裁|鉴定|质检|品控|抽检|介入|售后)?(?:中心|部门?|组|团队|小组|处)?(?:那边|方面|内部|里面|里头|这边)?(?:我们|我|俺们|俺|咱们|咱)?(?:已经|早就|早|都|上周|上个月|昨天|前几天|之前|提前|就)*(?:有人|有熟人|有关系|有朋友|打过招呼|打好招呼|打了招呼|打点好|打点过|打点了|疏通好|疏通过|疏通了|(?:是|由|归)(?:我|我们|本店)(?:在|来|直接|专门)?(?:对接|负责|联系|打交道|管))/,
    window: 40,
    // Round 15 (t15a): also a desk said to be ours to deal with, a favour following (平台风控那边是我们对接的，我跟他们打个招呼您的退款明天就到).
    sentence: /差评|投诉|申诉|没用|没有用|不会有结果|撤|删|搞定|判|通过|放行|批|都一样|放心|打(?:个|声|一声)?招呼|说一声|递个话|退款[^，。！？]{0,6}(?:到|下来|通过)|加急|优先|(?:帮|替)(?:您|你)(?:先)?(?:问|打听|说说|通融|关照)|结论|鉴定结果/,
    notSentence: /没有人|没人|不认识|没有关系|没关系|不会(?!有结果|有用)|无法|不能/,
    grow: true,
  },
  {
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店|这边)[^，。]{0,4}?(?:跟|和|给|与)$/,
    after: /^(?:官方)?(?:那边|方面)?(?:的人)?(?:已经|早就)?(?:打过招呼|打好招呼|打了招呼|打点过|打点好|打点了|疏通过|疏通好|疏通了)/,
    window: 40,
    sentence: /差评|投诉|申诉|没用|没有用|不会有结果|撤|删|搞定|判|通过|放行|批|都一样|放心/,
    notSentence: /没有|不会(?!有结果|有用)|无法|不能/,
    grow: true,
  },
  {
    // The platform said to own the shop's own terms: 本活动最终解释权归快手官方所有. A platform campaign's terms (平台活动的解释权归
    // 平台所有，以活动页为准) report the platform's own.
    words: ['解释权'],
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:均|都)?(?:归|属于|由|为)${PLATFORM_ALT}(?:${GUANFANG}|平台|电商|进口)*(?:所有|享有|负责)?`),
    notSentence: /平台活动|官方活动|平台的活动|平台举办|平台发起|以活动页|以平台(?:公告|页面|规则)为准/,
    grow: true,
  },
  {
    // The buyer put on a platform list in its active voice: 平台已经把您列入了恶意买家名单.
    words: ['名单'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${PLATFORM_ALT}(?:${GUANFANG}|系统|平台)?(?:那边|这边|方面)?(?:已经|已|现已|刚刚|刚)?把(?:您|你)(?:的账号|的账户)?(?:列入|加入|拉入|拉进|纳入|列进|放入|列进了|放进)(?:了)?(?:平台|快手)?(?:的)?[^，。]{0,6}$`),
    notSentence: /如果|若|假如|万一|不会|没有/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's gift handed over by the shop: 这是快手官方给您的补偿，我代发一下.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:特意|专门|特别)?(?:给|送|发给|奖励|补偿|赠送)(?:您|你)的(?:补偿|奖励|红包|奖品|福利|礼品|礼物|券|优惠券|现金|赔偿)|^(?:官方)?(?:特意|专门|特别)?(?:发|送|奖励|补偿|赠送)给(?:您|你)的/,
    sentence: /代发|代领|转发给(?:您|你)|转给(?:您|你)|我(?:这边)?(?:给|帮)?(?:您|你)?(?:发|转)|联系本店|找我|本店(?:客服)?(?:领取|发放)|我们(?:代|帮)|(?:在|到|找)(?:我|我们|本店)(?:这|这里|这儿|这边)?领/,
    notSentence: /不经过|直接到账|自动到账|卡券里|钱包里|不是我们/,
    grow: true,
  },
  {
    // Round 45 (t45c): a platform payout standard named by the shop, an amount for the buyer read out of it and closed as final (按快手进口
    // 《钱币品相争议赔付标准》，边部磕碰赔付2元，…这就是最终金额; 依据平台的瑕疵补偿细则，色差补偿5块，我已经给您批了): the shop
    // sets the buyer's payout in the platform's name and shuts the case. Not a real scheme's cap pointed to (运费险以平台页面为准), a standard
    // foreseen, nor recourse left open.
    words: ['标准', '细则', '办法', '规范', '条例', '规定', '规则', '准则'],
    severity: 'block',
    message: '以平台名义引用赔付标准并宣布最终金额，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:按|按照|根据|依据|依照|参照)(?:${PLATFORM_ALT})(?:${GUANFANG}|平台|方)?(?:的)?[\u4e00-\u9fff]{0,14}$`),
    window: 60,
    sentence: [/(?:赔付|补偿|赔偿|赔|退|补)[^，。！？]{0,4}?[0-9一二两三四五六七八九十百]+(?:元|块)/, /最终(?:金额|数额|结果|方案|赔付|答复|决定|标准)|就这么多|不能再(?:多|加|高|涨)|没法再(?:多|加)|到此为止|(?:已经|已)?(?:给(?:您|你))?批了|批下来了|定了/],
    notSentence: /运费险|以平台[^，。]{0,8}为准|平台页面|规则页|可以申请|申请复核|申请平台|如果|假如|冒充|骗子|不会/,
    grow: true,
  },
  {
    // Round 45 (t45c): …or the payout named as the platform's own money, the shop only handing it over (这5块补偿是快手进口平台出的，我们只是代发;
    // 这张券是平台拨的，由本店代为发放): the platform pays buyers through its own pages, so the shop paying out in its name speaks for it.
    // Not the shop's own payout (补偿是我们店出的), the platform's subsidy pointed to (平台补贴在下单页自动减), nor a warning.
    words: ['代发', '代为发放', '代为发', '代付', '代领', '转发', '转交', '代转'],
    severity: 'block',
    message: '声称补偿或红包由平台出资、商家只是代发，以平台名义发放，属于冒充平台（规则 2.9）',
    before: /(?:我们|本店|我|店里|小店|这边|我这边|我们这边)(?:这边|店)?(?:只是|只负责|就是|负责|仅|只|帮忙|帮平台|替平台|统一)*$|由(?:我们|本店|店铺|商家)(?:来)?$/,
    window: 40,
    sentence: [new RegExp(`(?:补偿|赔偿|红包|券|补贴|奖励|福利|现金|赔付|钱|款|[0-9一二两三四五六七八九十]+(?:块|元))[^，。！？]{0,6}?(?:是|由)(?:${PLATFORM_ALT})(?:${GUANFANG}|平台|方)?(?:那边)?(?:出|出资|出钱|拨|拨付|承担|发放|补贴|掏)(?:的)?`)],
    notSentence: /不是平台|并非平台|冒充|骗子|假的|自动到账|自动减|下单页|订单页|如果|假如|不会/,
    grow: true,
  },
  {
    // Picked by the platform, collected from the shop: 恭喜您被快手官方抽中幸运用户，请联系本店领取奖品.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    before: /被$/,
    after: /^(?:官方|平台|系统)?(?:抽中|选中|评为|选为|列为幸运|随机抽)/,
    window: 40,
    sentence: /联系本店|找我|客服(?:处)?领取|本店领取|我这边|联系客服领|私信(?:我|客服)|向本店/,
    notSentence: /诈骗|骗|冒充|假/,
    grow: true,
  },
  {
    // A platform role claimed by pointing at oneself: 平台人工审核，审核员就是我. Not the shop's part in bringing it in, a 是…的
    // of what we did (round 19: 平台客服也是我们申请介入的, 仲裁员也是我们联系来的).
    words: ['审核员', '仲裁员', '审核专员', '仲裁专员', '平台客服', '官方客服', '调解员', '平台小二', '快手小二'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:就是|也是|正是|便是)(?:我|本人|在下)(?!们店|们的|的|们(?:这边|这里)?(?:主动|帮您|替您|给您)?(?:申请(?:介入|仲裁|协助|处理)|(?:请|叫|找|联系|邀请)(?:过)?来|(?:反馈|报|提交)上去)的)/,
    notBefore: /(?:店铺|本店|店|我们店|我们的|店里的)$/,
    grow: true,
  },
  {
    // The platform's own work said to be done by the shop: 平台的审核我们这边也能做，您直接在这提交就行.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:审核|仲裁|介入|判定|裁定|客服)(?:工作|流程)?(?:我们|我|本店)(?:这边)?(?:也|都)?(?:能|可以|可)(?:做|办|处理|完成|搞定|代劳|代办)/,
    // Round 44 (t44f): within the clause — compact text drops the comma, and 要等平台审核，我这边能做的是先同意退货 names the platform's
    // review and then the shop's own step, two clauses.
    scope: 'clause',
    // Round 44 (t44g): not the buyer sent to the desk, the shop's own part told next (您可以点“联系平台客服”，我这边能处理的尽快处理).
    notBefore: /(?:问|咨询|联系|找|询问|点|点击|拨打|打|转接|求助|反馈给|投诉给)(?:一下|下)?(?:快手|平台|快手平台)?$/,
    grow: true,
  },
  {
    // The shop naming itself as the platform: 退款已由我方（快手进口电商）审核通过.
    words: PLATFORM_NAMES,
    severity: 'block',
    message: MESSAGE,
    before: /(?:我方|本方|我司)$/,
    after: /^(?:进口电商|电商|平台|官方|进口)*(?:审核|判定|裁定|处理|决定|通过|驳回|仲裁)/,
    grow: true,
  },
  {
    // The buyer's review moderated by the shop: 这条差评已经被我们屏蔽了, 您的评价需要经过我们审核才会展示. Only the platform
    // moderates reviews; 平台会屏蔽违规评价 reports it.
    words: ['屏蔽', '隐藏', '折叠', '审核', '下架'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:被|由|经过|经|需要|要|得)(?:我|我们|我这边|本店|店铺|小店|商家)(?:这边)?(?:已经|已|直接|统一|先|给)*$/,
    sentence: /差评|中评|评价|评论|晒图|追评/,
    notSentence: /无法|不能|没法|没有权限|不会/,
    grow: true,
    scope: 'clause',
  },
  {
    // A platform finding on the buyer from its data: 根据平台大数据，您的退货率过高，已被限制退款; 平台系统显示您属于高风险买家.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    // Round 33 (t33f): …also through its desk's display (平台这边显示您已经退过3次货了…判定您为高风险用户).
    after: /^(?:官方)?(?:的)?(?:这边|那边)?(?:的)?(?:大数据|系统|风控|后台数据|数据|算法|记录显示|数据显示|显示)/,
    notBefore: /(?:如果|若|会|可能|说|问|是否|联系|查看|在)$/,
    sentence: [/(?:您|你)/, /高风险|恶意|退货率|退款率|(?:限制|冻结|封)(?:了)?(?:您|你)?(?:的)?(?:退款|购买|下单|账号|账户)|黑名单|失信|信用(?:分|等级)?(?:过低|不足|太低|低)|风险(?:买家|用户|账号)|异常(?:买家|用户|账号|账户)/],
    // (round 19, t19bq: …nor the finding passed on as the platform's, the shop unable to see or change it and the buyer sent to the
    // platform's own service — 是平台风控的结果，我们后台看不到也改不了，建议您在帮助中心问一下平台客服)
    notSentence: [/不会|没有|不存在|诈骗|骗|冒充|可以申诉|如有异议/, PLATFORM_REFERRAL],
    asked: true,
    grow: true,
  },
  {
    // The shop running the platform's verification: 您的账户存在异常，请配合我们完成官方验证.
    words: ['官方验证', '平台验证', '官方认证', '平台认证', '官方核验', '平台核验', '身份核验', '实名核验', '官方审核', '平台审核'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:配合|跟着|按照|按|通过|由)(?:我们|我|本店|客服|店铺)(?:这边)?(?:来)?(?:完成|进行|做|办理)(?:一下|一个)?$/,
    grow: true,
  },
  {
    // The shop's account called the platform's: 我这个账号就是快手官方的客服号. 我是店铺的客服号，不是快手官方的 says the opposite.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本店)(?:这个|的)?(?:账号|帐号|号)(?:就是|是|属于)$/,
    after: /^(?:官方|平台)?(?:的)?(?:客服|官方|售后|审核)?(?:号|账号|帐号)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's rules claimed as the shop's making: 快手的审核规则是我们定的. 不是我们定的 denies it.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    // (round 38, t38g: …handed to us to write — 平台的活体售后标准都是交给我们统一制定的)
    after: /^(?:官方|平台|进口|电商)*(?:的)?(?:[^，。！？]{0,4}?(?:审核|售后|退款|退货|退换|评价|处罚|仲裁))?(?:规则|标准|规定|政策)(?:本来|其实|原本|实际上|本身)?(?:就|都|也|全)?(?:是|由)(?:交给|委托|授权给?)?(?:我们|我|本店)(?:店|家)?(?:几家|这几家|这些|这帮)?(?:[^，。！？]{0,3}?(?:商家|店铺|卖家|店))?(?:来)?(?:统一|负责|一起|共同|联合)?(?:参与)?(?:定|制定|说了算|决定|出|拟定|起草)/,
    // (round 44, t44f: …with the shops named as a group and 参与 — 平台服饰类的售后规则本来就是我们几家大商家一起参与制定的)
    reach: 32,
    grow: true,
  },
  {
    // A platform SMS greeting over a notice: 尊敬的快手会员：您的账户积分即将清零，请回复1由客服为您保留.
    words: PLATFORM_NAMES,
    severity: 'block',
    message: '以平台短信的称呼和格式给买家发通知，属于冒充平台（规则 2.9）',
    before: /(?:尊敬的|亲爱的)$/,
    after: /^(?:平台|官方|进口|电商)*(?:用户|会员|买家|客户)/,
    window: 60,
    sentence: /清零|冻结|失效|过期|异常|风险|回复[0-9]|验证|中奖|恭喜|即将|到期/,
    grow: true,
  },  {
    // Round 9: posing as customs, tax, inspection or a carrier — bodies whose word the buyer takes as binding, the same
    // confusion as the platform's (我是海关总署12360热线的工作人员, 这里是快手海关合作清关中心, 我是顺丰国际的理赔专员).
    // Not the shop's standing with them (我们是海关备案的跨境商家, 我们是顺丰包邮的).
    words: AUTHORITY,
    severity: 'block',
    message: MESSAGE_AUTHORITY,
    before: new RegExp(`${SELF_SRC}(?:(?!店|商家|品牌|我们|本)[^，。]){0,6}$`),
    after: AUTHORITY_ROLE,
    notAfter: /^[^，。]{0,12}?(?:发来|发的|的通知|说|备案|合作商家|包邮|发货)/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 9: such a body's label over the message (海关缉私科通知：您购买的商品涉嫌违规入境…, 保税区监管仓工作人员提醒您：…,
    // 税务局跨境电商科通知您：本单需要补缴关税). The colon makes it a header; 海关通知说明天放行 reports one.
    words: AUTHORITY,
    severity: 'block',
    message: MESSAGE_AUTHORITY,
    before: /^(?:亲|您好|你好|尊敬的(?:用户|买家|客户))?(?:中国|国家|入境|出入境|跨境|快手)?$/,
    after: /^[^，。]{0,12}?(?:通知|提醒|提示|告知|公告|警告)/,
    // The body charges or sanctions the buyer (a relayed 海关通知：春节期间暂停清关 or 顺丰提醒：您的快递已到驿站 does not).
    sentence: /补缴|缴纳|补交|扣留|扣押|销毁|涉嫌|违规|罚款|罚金|查验费|滞留费|冻结|不合格|走私|驳回/,
    sentenceSkipsAnchor: true,
    unless: (ctx, _start, end) => !AUTHORITY_HEADER.test(ctx.text.slice(ctx.toOriginal(end - 1, end)[1], ctx.toOriginal(end - 1, end)[1] + 24)),
    grow: true,
    scope: 'clause',
  },
  {
    // Round 9: this message or order said to be sent or taken over by the platform's system or desk: 本条消息由快手进口电商售后
    // 仲裁系统自动发送, 这条回复由快手智能客服机器人生成, 本单由平台客服接管. Not the process reported (平台介入后会由平台客服接管).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: SELF_NOTICE,
    // (round 42, t42k: …or a footer over the whole reply — 以上内容由快手进口电商智能客服自动发送, 上述答复由平台客服生成)
    before: /(?:(?:本|这|此)(?:条|则|次|单|笔|个)?|以上|以下|上述|上面|下面)(?:的)?(?:消息|回复|答复|内容|通知|信息|对话|会话|订单|售后|投诉|工单|说明|解答)?(?:已|已经|现|现已|目前|均|都|全部)?(?:改|转)?由$/,
    // (round 39, t39h: …or sent in the platform's stead — 本回复由快手平台客服代发; not goods shipped, 由平台仓代发货)
    after: /^[^，。]{0,16}?(?:(?:自动|统一|直接)?(?:发送|发出|生成|推送|下发|回复|接管)|代(?:为)?(?:发|回)(?!货|件|快递|包裹))/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 42 (t42e): the buyer's order or request said to have been handled by a platform desk, with the platform's door then shut (订单已由
    // “快手进口电商售后服务部”审核，退货申请已转为换货，无需再提交平台申诉，系统不会再受理): the shop announcing the platform's handling and closing
    // the appeal speaks for it. Not the platform's handling reported with the buyer's way open or a favourable outcome (您的退款已由平台审核通过，
    // 钱会原路退回; 申请已由平台受理，您可以在订单页查看进度).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: SELF_NOTICE,
    before: /(?:订单|退货|退款|换货|申请|售后单?|投诉|工单|申诉|案件)(?:申请)?(?:已经?|现已|已被|目前)?(?:改|转)?由[“"'‘「『《]?$/,
    after: /^[^，。！？]{0,16}?(?:审核|处理|裁定|判定|核定|复核|接管|审理|受理)/,
    window: 60,
    sentence: /(?:无需|不用|不必|别|不要|没必要)再?[^，。！？]{0,4}?(?:提交|申请|找|联系|去|发起)?[^，。！？]{0,4}?(?:平台|官方|申诉|介入|仲裁)|(?:系统|平台|官方)(?:也)?(?:不会再?|不再|不予|无法)受理|不(?:可|能|得)再?申诉/,
    notSentence: [RECOURSE_OPEN, /审核通过|已通过|原路|到账|退款成功|(?<![不未])(?:支持|同意)退款|冒充|骗子/],
    grow: true,
  },
  {
    // Round 9: acting in the platform's capacity (我这边以平台身份驳回了, 以快手官方的名义通知您). Not a warning about those who do.
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /以$/,
    // Also through a role (以快手平台工作人员的身份): the capacity is the platform's whatever its title.
    after: /^(?:进口|电商)*(?:官方|平台|方)?(?:的)?(?:(?:(?!店|商家|品牌)[^，。]){0,8}?(?:工作人员|员工|客服|小二|专员|审核员|仲裁员|人员|代表|负责人|售后|审核|风控|仲裁|质检|介入)(?:的)?)?(?:身份|名义)/,
    notBefore: /(?:冒|假|谎|自称|任何人|有人|凡是|他人|别人|对方|陌生人)[^，。]{0,6}$/,
    notSentence: /冒充|骗|勿|不要相信|别信|谨防|小心|假|举报|不会|从不/,
    grow: true,
  },
  {
    // Round 9: a mandate through one of the platform's offices (平台的消费者权益部已经委托我来回访, 快手审核组正式授权本店处理).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    after: /^[^，。]{1,12}?(?:已经|已|特别|正式|专门|特意)(?:授权|委托|委派|指派)(?:了)?(?:我|本人|我方|本店|小店|我们)/,
    notBefore: /(?:联系|找|向|请|申请|如果|如|是否|没有)$/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 9: word relayed from a desk only the platform has (审核组同事让我告诉您, 风控那边叫我转告您…, 平台小二托我跟您说).
    words: ['让我', '叫我', '要我', '托我', '嘱咐我', '交代我', '吩咐我'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${PLATFORM_ALT}|审核|风控|仲裁|消保|监管|稽查|小二|纠纷)[^，。]{0,8}$`),
    after: /^(?:跟|和|给|向|对)?(?:您|你)?(?:转告|告诉|通知|传达|说|讲|带个话|带话|知会)/,
    notBefore: /(?:快递|物流|仓库|师傅|老板|店长|厂家|品牌)[^，。]{0,6}$/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 9: the platform's rules said not to bind the shop (平台规则里写的七天无理由对我们家不适用, 平台的退货规则对我们有特殊
    // 豁免): a standing only the platform could grant. Not a product class (跨境商品不适用七天无理由).
    words: ['不适用', '豁免', '例外', '不受约束', '不受限制', '管不到', '管不着', '不用遵守', '不用执行'],
    severity: 'block',
    message: MESSAGE,
    // Also the shop named at length (对我们旗舰合作店是不适用的) — not a class of goods (对我们店的定制商品不适用).
    before: /对(?:于)?(?:我们|我们家|我们店|本店|咱家|咱们|咱们家|我家|小店)(?:(?!商品|产品|货|类|款|订单|定制|这)[^，。]){0,8}?(?:来说|而言)?(?:都|是|也|完全|统统|全部|有|享有|享受|属于)*(?:特殊|特别|专门)?(?:的)?$/,
    window: 40,
    sentence: re`${PLATFORM_WORDS}`,
    grow: true,
  },
  {
    // Round 12 (t12b): an adverse platform ruling or penalty on the buyer, announced by the shop in the platform's voice (平台已经判您败诉了，
    // 就别再点申请了; 平台方已查看您的申诉材料，结论：证据不足，维持原处理结果; 平台已对您的账户作出扣6分处理; 经平台仲裁，责任在您，请勿
    // 重复提交; 快手那边已经把您的投诉判为无效了，您再申请也没用; 您的信用分已被平台扣除10分). Every wording has three parts: an outcome against
    // the buyer (the anchor), the platform as the one who has already ruled (PLATFORM_RULED), and the matter closed or the buyer's account
    // struck (CLOSED). Not a ruling relayed with the buyer's recourse left open (被平台驳回了，您可以补充材料再申请), a favourable one
    // (平台已经判定支持退款了), a hypothesis (如果平台判定商家无责…) or a pointer to the platform's page (以平台通知为准).
    words: ['败诉', '驳回', '维持原', '证据不足', '举证不足', '理由不足', '依据不足', '结案', '无责', '买家承担', '买家责任', '买家全责', '责任在您', '责任在你', '由您承担', '由你承担', '判为无效', '判定无效', '不成立', '恶意', '扣除', '扣了', '扣分', '作出扣', '做出扣', '予以扣',
      // Round 56 (eng56b): …the buyer's review or complaint voided by any verb of ruling (被快手电商官方审核为无效评价了, 平台认定为无效投诉)
      '无效评价', '无效差评', '无效投诉', '无效申请', '审核为无效', '认定为无效', '判定为无效', '视为无效', '认定无效'],
    severity: 'block',
    message: '以平台口吻宣布对买家不利的处理结果或处罚，属于冒充平台（规则 2.9）',
    window: 40,
    sentence: [PLATFORM_RULED, CLOSED],
    notSentence: RECOURSE_OPEN,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 35 (t35b): the same ruling told as the buyer's fault, with no closing word (平台已经判了，就是您自己的问题; Cantonese 平台裁定咗，
    // 係你嘅问题; 快手那边审核完了，问题在你这边) — the fault is the verdict, and the shop reading it out speaks as the platform, even when it
    // calls itself a messenger (我们只是转达). The line, as for the entry above: the platform's ruling may be pointed to with the buyer's
    // recourse open (平台认定是您的问题，您可以补充凭证申请复核) or foreseen (如果平台判定是您的问题…); a ruling against the shop (平台判定是
    // 我们的问题) or a fault denied (平台核实了不是您的问题) is not this.
    words: ['是你的问题', '是您的问题', '是你自己的问题', '是您自己的问题', '你自己的问题', '您自己的问题', '系你嘅问题', '系你的问题', '是你嘅问题',
      '系您嘅问题', '你嘅问题', '问题在你', '问题在您', '问题出在你', '问题出在您', '是你的责任', '是您的责任', '系你嘅责任', '你嘅责任', '过错在你',
      '过错在您', '是你的原因', '是您的原因', '是你自己的原因', '是您自己的原因', '系你嘅原因', '你的过错', '您的过错', '你自己嘅问题', '您自己嘅问题',
      '你自己嘅责任', '你自己嘅原因', '是你的错', '是您的错', '你自己的错', '您自己的错', '系你嘅错', '你自己嘅错', '你嘅错', '你的锅', '您的锅', '你自己的锅',
      '你自己嘅锅', '你自己背锅', '怪你自己', '怪您自己', '赖你自己', '赖您自己'],
    severity: 'block',
    message: '以平台口吻宣布对买家不利的处理结果或处罚，属于冒充平台（规则 2.9）',
    window: 40,
    sentence: [PLATFORM_RULED],
    notBefore: /(?:不|唔|并非|并|非|未必|不一定|没说|哪里|怎么会|咋)(?:会|能)?(?:就)?$/,
    notSentence: [RECOURSE_OPEN, /是(?:我们|我|本店|店铺|商家|快递|物流)(?:的|嘅)?(?:问题|责任|原因)|系我哋/],
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 12 (t12b): a platform rule invented to take a right from the buyer, in the platform's voice (平台要求您必须上传完整开箱视频，否则平台
    // 无法受理您的售后; 按平台最新规定，您必须先确认收货才能申请退款; 平台规定拆封视频不完整的一律不退，这是官方的硬性要求; 咱们官方这边统一
    // 规定的，拆了封就不能退，不是我为难您). Three parts: the platform (or 官方) as the rule-giver next to the rule word, a right taken
    // (RIGHT_TAKEN), and one of: an ultimatum on the buyer (您必须…否则/才能), the rule called hard or uniform (硬性, 统一, 最新), or the
    // blame shifted off the shop (不是我为难您, 不是我们定的). Not a rule on the shop (平台规定我们48小时内必须发货), the buyer pointed to the
    // rule page (具体以平台规则页为准), or a rule that takes nothing (平台规定的退款时效是48小时).
    // (round 19, t19dk: also 规矩 — 按快手的规矩，拆了封的东西平台一律不给退)
    // Round 33 (t33f): …also a notice, policy or reply template the platform is said to have issued (平台刚下发的内部通知…一律不退; 官方统一的
    // 回复口径：…不接受任何理由的退款).
    words: ['规定', '要求', '新规', '规则', '规矩', '通知', '政策', '模板', '口径', '标准', '意思', '规范'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: PLATFORM_RULE_SOURCE,
    window: 40,
    sentence: [RIGHT_TAKEN, RULE_PRESSED],
    // Nor a process foreseen (如果7天内退货包裹还没寄出，售后单会自动关闭，这是系统规则，不是我们为难您).
    // (round 20: …nor a remedy the rule gives, under a condition: 若鉴定为非正品，我们全额退款并按平台规则赔付)
    // (round 30, t30d: 规定，我们也没办法 — the comma gone in compact text — is the blame shifted, not a rule on the shop)
    // (round 35, t35a: …nor the statutory exemption from 七天无理由 named for its own category — 拆封后的食品不支持七天无理由退货, 定制商品不适用
    // 7天无理由 — with no other right taken: a real rule told, quality returns untouched; EXEMPT_NO_REASON)
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 40)),
    notSentence: /如果|假如|要是|万一|若|倘若|赔付|全额退款|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)(?!(?:也|都|实在|真的?|这边)*(?:没办法|没有办法|没法|无能为力|做不了主|改变不了|改不了))|对商家|以[^，。]{0,10}为准|规则页|可以查看|可以咨询|可以申请|如有疑问|冒充|骗子|不会(?:这样)?要求|不是平台/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 14 (t14), by shape: the platform (or one of its people) said to have spoken or ruled, with an adverse outcome for the
    // buyer in the same sentence, whatever the verb and with or without 跟我们 (平台说了不退; 平台已经判了，这单不支持退货; 平台那边回复说了，
    // 这种情况只能给您补偿3元; 快手的客服主管，他说这个不能退; 小二交代过…标准就是补偿5元; 快手平台仲裁组审核，结果为驳回; 经平台判定…已关闭).
    // The shop relays a verdict the platform gives the buyer itself. Not the buyer pointed to the platform (您可以跟平台说明), a ruling
    // foreseen (平台会判定, 如果平台判…) or one with the recourse open (可以申请复核), nor a favourable one.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方', '小二', '总部'],
    severity: 'block',
    message: '转述平台（或其工作人员）对买家不利的判定，等于以平台口吻作出处理结果，属于冒充平台（规则 2.9）',
    after: PLATFORM_SAID,
    window: 40,
    sentence: VERDICT_AGAINST_BUYER,
    // Round 15 (fa15): the adverse outcome is only in someone else's quoted words (您刚才说“不退款就天天打电话”，…仍会按平台售后流程处理).
    // (round 48, t48h: …nor the ruling named as beyond the shop, a way on given — rulingNotOursWayOn48)
    // (round 55, eng55a: …nor the statutory exemption the platform's rule names, exemptNoReason)
    unless: (ctx, start, end) => verdictOnlyQuoted(ctx, start, end) || rulingNotOursWayOn48(ctx, start, end) || exemptNoReason(sentenceOf(ctx, start, end, 40)),
    // (round 18, fa18bp: …nor a ruling left to the platform ahead: 成不成立由平台审核决定, 以平台审核结果为准)
    // Round 31 (t31f): …nor the platform's review run down as a careless habit, no ruling on this buyer told (平台审核员扫两眼就驳回，根本没人
    // 仔细查): that slanders the platform (defame-platform), it speaks in no one's voice — not with the buyer's own case ruled (驳回了您的申诉).
    notSentence: [RECOURSE_OPEN, /不会|会不会|是否|能不能|可不可以|有没有|要等|等平台|待平台|平台(?:会|将)|核实后|审核后|结果出来|(?:可以|能)(?:看到|查看|查到)|详情|页面里|原话|(?:您|你)(?:说|讲)(?:的|过)|由平台.{0,6}?(?:决定|判定|裁定|认定|定夺|说了算)|以平台.{0,8}?为准|成不成立|成立与否/, CARELESS_HABIT],
    notBefore: /(?:向|跟|和|请|让|等|申请|联系|问问|问|找|您|你|买家|告诉)$/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 19 (DL): the platform's own records said to be looked up by the speaker, and an adverse outcome read out of them
    // (我刚在平台后台查了，您这单已经过了介入期限，平台那边不会再受理了; 我进快手系统看了，您这个申诉已经被驳回): the shop has no access
    // to the platform's back office, and the ruling is the platform's to give. Not the shop's own back office (我在店铺后台查了物流) or a
    // lookup with nothing ruled (我在平台后台查到物流已签收).
    words: ['平台后台', '快手后台', '官方后台', '平台系统', '快手系统', '官方系统', '平台的后台', '平台的系统', '平台内部系统'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|刚|刚刚|刚才|已经|帮您|帮你|特意|专门)[^，。]{0,4}?(?:在|去|从|进|登|登录|登进|上)$/,
    // Round 41 (t41e): …or the buyer's request ruled on there by the speaker (我已从平台后台直接驳回了您的七天无理由, 我在快手系统里给您关闭了
    // 售后): the shop has no hand in the platform's back office. Not the shop's own back office (店铺后台, 商家后台).
    after: /^(?:里|上|中|里面)?(?:帮您|帮你|给您|给你)?(?:查|看|核|核实|调|翻)|^(?:里|上|中|里面)?(?:帮您|帮你|给您|给你|替您|替你|把[^，。]{0,8}?)?(?:直接|已经|已|都)*(?:驳回|拒绝|否决|关闭|撤销|撤回|冻结|判|裁定|作废)/,
    window: 60,
    sentence: [/(?:直接|给您|帮您|替您)(?:关闭|撤销|冻结|作废)|不会再?(?:受理|介入|处理|管|支持)|不再(?:受理|介入|处理)|不予|无法(?:受理|介入|申请|处理)|(?:过|超)了[^，。]{0,6}?(?:期限|时效|期)|驳回|不成立|没(?:有)?(?:希望|可能)|(?:只能|还是)(?:跟|和|找)(?:我们|我)|(?:跟|和)(?:我们|我)协商|别找平台|找平台也没用|白费|没用/],
    notSentence: [RECOURSE_OPEN, /店铺后台|商家后台|千牛|冒充|骗子/],
    grow: true,
  },
  {
    // Round 14 (t14), by shape: a platform rule (规定, 规则, 要求, 通知, 细则 — after the platform's name, 《…》 titles allowed) that puts a
    // burden the platform never puts on buyers: a fee, deduction or deposit (取消要扣5%手续费, 退款需扣除30%清关服务费, 先交20元押金, 承担双倍
    // 运费), paying the shop (乱给差评是要赔偿商家损失), an account sanction for ordinary acts (差评超过两次…拉黑, 超时未确认的账号会被限制下单), the
    // buyer's evidence refused (聊天截图不能作为售后凭证) or a waiting period before the platform steps in (必须先和商家协商满15天才能申请平台介入).
    // Not a rule on the shop (平台规定商家…), the real return-postage rule (退货运费由买家承担), rules against fraud (刷单会被封号) or rules foreseen.
    words: ['规定', '要求', '新规', '规则', '细则', '条例', '通知', '政策', '规矩'],
    severity: 'block',
    message: '以平台名义编造让买家付费、受罚或失去凭证的规则，属于冒充平台（规则 2.9）',
    before: PLATFORM_AS_RULE_GIVER_TITLED,
    window: 40,
    sentence: BUYER_BURDEN,
    // (round 38, t38c: nor the rules named as a topic the shop cannot answer — 平台规则的问题可以找官方客服, 保证金怎么扣这类问题我这边没法回答)
    notAfter: /^(?:的|方面的|相关的|上的)?(?:问题|疑问|咨询|解释|解读|细节)|^(?:怎么|如何)(?:定|判|规定|解释|执行)/,
    // (round 20: …nor the shop paying under a condition: 若鉴定为非正品，我们全额退款并按平台规则赔付)
    notSentence: /如果|假如|要是|万一|若|倘若|不是(?:快手|平台)?官方|(?:没法|无法|不能|不便)(?:帮您|给您|替您)?(?:回答|答复|解答|解释)|(?:我们|本店|店铺|店里)[^，。]{0,4}(?:全额退款|赔付|赔偿|承担)|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)|对商家|商家(?:需|要|必须|承担|赔)|刷单|刷评|虚假交易|作弊|套现|诈骗|骗取|以[^，。]{0,10}为准|规则页|冒充|骗子|不会(?:这样)?(?:要求|收)|不是平台|不收|从不|没有这|不存在|(?:您|你)(?:可以|能)申请/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 45 (t45g): a platform inspection campaign invented to take a right or to route the goods to us as if to the platform (平台这周在做冷链
    // 食品专项检查，凡是申请售后的订单都要先寄回给平台检测，地址填我们仓库就行…没寄回的话平台是不受理的). Not a campaign told with the buyer's
    // rights kept (平台最近在做食品抽检，有问题照常申请售后) or the buyer's return sent to the shop as the shop's (退货地址填我们仓库).
    words: ['平台', '快手', '官方', '平台方'],
    severity: 'block',
    message: '编造平台专项检查，以平台名义提出要求或拒绝受理，属于冒充平台（规则 2.9）',
    after: /^(?:这周|这个月|本周|本月|最近|近期|目前|现在|正在|今天|这几天|这段时间)*(?:在|正在)?(?:做|搞|开展|进行|启动|开启|组织)(?:了)?(?:一个|一次|个)?[^，。！？]{0,10}?(?:专项检查|专项抽查|专项排查|专项整治|专项行动|检查|抽查|抽检|排查|整治|核查)/,
    window: 90,
    sentence: [new RegExp(`${RIGHT_TAKEN.source}|(?:寄|送|交|退)(?:回)?(?:给|到)(?:平台|官方|快手)[^。！？]{0,24}?地址(?:就)?(?:填|写|用)(?:我们|店铺|本店|店里|咱们|我这)`)],
    notSentence: [RECOURSE_OPEN, /照常|正常(?:申请|售后|退)|不影响/],
    hypothetical: true,
    grow: true,
  },
  {
    // Round 44 (t44f), by mechanism: the platform itself as the doer of a charge or a sanction on the buyer, with no rule word (平台统一收取12元
    // 换货服务费, 费用由平台自动扣除, 多收的15元也是平台收的, 一个月退两次就会被平台拉进黑名单, 平台会把您拉进恶意退货名单): the shop
    // announces what the platform takes from this buyer. Not the platform's fees on shops (平台收取商家5%佣金), rules against fraud (刷单会被平台封号),
    // the real return postage, a hypothesis or an impostor warned of.
    words: [...PLATFORM_NAMES, '平台', '平台方', '平台系统'],
    severity: 'block',
    message: '以平台名义向买家收费、扣款或处罚，属于冒充平台（规则 2.9）',
    // (round 45, t45j: …with a start date or the goods it falls on between — 平台这个月起对这类退货统一收18元…费: T45J_CHARGE_LEAD)
    after: new RegExp(`^(?:那边|这边|方面|系统|官方)?${T45J_CHARGE_LEAD}(?:会|将|要|统一|自动|直接|都|也|就|还|额外|另外|另|一律|已经|已)*(?:从(?:您|你)[^，。！？]{0,6}?(?:里|中|上))?(?:收取|收了|收的|收|扣除|扣掉|扣|罚款|罚)(?![货到件款银])|^(?:那边|这边|系统|官方)?(?:会|将|就|直接|自动|已经|已)*(?:把|将)(?:您|你|买家|您的账号|你的账号)[^，。！？]{0,6}?(?:拉进|拉入|列入|加入|拉黑|封号|封禁|冻结)|^(?:那边|这边|系统|官方)?(?:会|将|就|直接|自动)*(?:拉进|拉入|列入|拉黑)`),
    window: 40,
    // (round 45, t45c: …or the buyer's side left unsaid, the shop collecting it for the platform or taking it off the refund — 这笔钱是平台收的，
    // 我们代扣，会从退款里减掉; 平台统一收取…回库费35元，我们只是代收)
    sentence: [/您|你|买家|顾客|多收|加收|加价|多出|额外|代收|代扣|代缴|代为收取|从退款|退款里|退款中/, /[0-9一二三四五六七八九十百]+(?:元|块)|(?<![运邮])费|差价|名单|拉黑|封号|封禁|冻结/],
    notBefore: /(?:不是|并非|不会|不|没有|如果|若|要是|联系|找|向|请|申请)$/,
    notSentence: /如果|假如|万一|倘若|佣金|技术服务费|保证金|商家(?:需|要|必须|的)|(?:我们|本店|店铺|商家)(?:被|交|付|缴)|刷单|刷评|作弊|套现|诈骗|骗取|冒充|骗子|自称|不会(?:额外)?(?:收|扣|罚|加|算)|不收|(?:商家|店铺|本店|我们|店里)(?:店)?(?:来)?(?:承担|出|付|垫)|(?:您|你)(?:不用|无需|不需要)(?:付|出|管|承担)|从不|没有这|不存在|运费险|退款原路|原路退/,
    // (not asked: the sanction pressed as a question is still announced — …就会被平台拉进去，您这单要不再考虑下？)
    hypothetical: true,
    grow: true,
    unless: buyerClaimDisputedT49d, // round 49 (t49d)
  },
  {
    // Round 44 (t44f): the platform named as the goods' maker or co-brand (平台出品, 这批货是平台监制生产的, 我们和快手进口联名出的): the
    // platform makes nothing the shop sells, so the shop lends its goods the platform's name. Not denied (不是平台出品), a warning, or a
    // question; not the brand's own 出品 (品牌方出品).
    words: [...PLATFORM_NAMES, '平台', '平台方'],
    severity: 'block',
    message: '声称商品由平台出品、监制或与平台联名，使买家误认为平台为商品作保，属于冒充平台（规则 2.9）',
    after: /^(?:官方|进口|电商|自己)*(?:亲自)?(?:出品|监制|督造|联名(?:出|推出|打造|开发|定制|款|出品)|自产|自研|生产的|研发的|(?:监制|督造)(?:生产|出品))/,
    notBefore: /(?:不是|并非|非|没有|不算|哪是)$/,
    // (nor Kuaishou's own shows and their merchandise: 这部短剧是快手出品的)
    notSentence: /不是|并非|冒充|假冒|骗子|谨防|小心|吗|么|是否|有没有|剧|节目|综艺|动画|电影|纪录片|周边|视频/,
    grow: true,
  },
  {
    // Round 44 (t44f): the platform's review said to be run by the shop for the buyer (我已经在后台替您走完平台审核流程了，审核意见是：…判定买家保管不当):
    // only the platform runs its review; the shop can file, not finish it. Not the shop filing or waiting (帮您提交了平台审核, 等平台审核结果).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|我这边|本店|这边)[^，。！？]{0,10}?(?:替|帮|给|为)(?:您|你)(?:把)?(?:走完|走过|跑完|做完|办完|完成|走了|做了)(?:了)?$/,
    after: /^(?:官方)?(?:的)?(?:审核|仲裁|介入|复核|判定|鉴定|核查|售后审核)(?:流程|程序)?/,
    notSentence: /等(?:待)?(?:平台|官方)|以(?:平台|官方)[^，。]{0,8}为准|结果出来|如果|若/,
    grow: true,
  },
  {
    // Round 44 (t44f): the buyer told to send a waiver of their own rights in a format said to be the platform's (按平台格式回复：“本人自愿放弃
    // 本单售后权益”，平台收到后才能结案): no platform asks a buyer to sign rights away in a shop's chat. Not warnings against such asks.
    words: ['放弃'],
    severity: 'block',
    message: '以平台名义要求买家声明放弃售后权益，属于冒充平台（规则 2.9）',
    before: /(?:自愿|本人|主动|同意|确认)[^，。！？]{0,3}$/,
    after: /^(?:本单|本次|此单|该单|这单|订单|该订单)?(?:的)?(?:全部|所有|一切)?(?:售后|退款|退货|维权|投诉|索赔|权益|追责|申诉|赔偿)/,
    window: 60,
    sentence: [/平台|官方|快手|系统/, /回复|发送|打出|输入|格式|模板|照着|复制/],
    notSentence: /不会|不需要|不用|无需|不要|别|骗子|冒充|谨防|诈骗|自称|不存在/,
    deniable: false,
    grow: true,
  },
  {
    // Round 44 (t44f): the platform's removal of the buyer's review announced as decided (您的差评被认定为恶意评价，平台会自动删除): a ruling on
    // the buyer's own review is the platform's to tell. Not its general moderation (平台会屏蔽违规评价), the buyer's own deletion, or a
    // report the shop may file (我们可以申请平台审核).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方', '系统'],
    severity: 'block',
    message: '以平台口吻宣布对买家评价的处理结果，属于冒充平台（规则 2.9）',
    after: /^(?:那边|方面|系统)?(?:会|将|已经|已|就|也)*(?:在[^，。！？]{0,8}?)?(?:自动|直接|强制)?(?:删除|删掉|撤下|屏蔽|隐藏|下架)(?:掉|了)?(?:这条|该条|您的|你的)?(?:差评|评价|评论)?/,
    window: 50,
    sentence: [/(?:您|你)(?:的|这条|那条)(?:差评|评价|评论|中评)/, /认定|判定|定性|恶意|违规评价|审核通过|无效/],
    notSentence: /如果|若|假如|要是|万一|会不会|是否|可以申请|申请(?:平台)?(?:审核|删除)|举报|(?:您|你)(?:可以)?自己/,
    deniable: true,
    grow: true,
  },
  {
    // Round 14 (t14): the platform made guarantor of the shop or its goods (平台对此承担担保责任, 平台为本店提供质量担保, 快手给我们店做
    // 背书, 官方为本店商品兜底). Not the platform's protection of buyers in general (平台为消费者提供售后保障) or its demands on shops.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: '声称平台为本店或其商品担保，使买家误认为平台作出保证，属于冒充平台（规则 2.9）',
    after: /^(?:官方|方)?(?:已经|已|会|将|都)?(?:对此|对本店|为本店|给本店|对我们|为我们|给我们|替我们|替本店)(?:店|家|店铺)?(?:的)?(?:商品|产品|货|质量|正品)?(?:提供|承担|负|做|作|出具)?(?:了)?(?:连带|全部|全额|质量|正品)?(?:担保|背书|兜底|作保|保证责任|赔付责任|连带责任)|^(?:官方|方)?(?:已经|已|会|将|都)?(?:对|为)(?:商品|产品|货|这件|这串|这个|这只|这块)?(?:的)?(?:真伪|真假|品质|质量|正品)(?:全权|全面)?(?:负责|担保|兜底|作保|背书|负全责)/,
    // (round 38, t38c: …or for the goods' authenticity — 平台对真伪负责, 快手为品质兜底)
    notSentence: /如果|假如|冒充|骗子|不会|不是|没有|消费者|保证金/,
    hypothetical: true,
    grow: true,
  },
  {
    // Round 14 (t14): the shop said to be run by the platform (本店由快手官方托管运营, 我们店铺由平台直接运营, 小店是由快手统一管理的).
    // Not a brand's mandate (本店由品牌方授权运营) or the platform's entry check (由快手平台审核入驻).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: '声称店铺由平台运营或托管，属于冒充平台（规则 2.9）',
    // …or called the platform's own charge (我们这个账号是快手总部直接管理的).
    before: /(?:(?:本店|我们店|我们家|我们|店铺|小店|咱们店|咱家|本账号|这个店)(?:铺)?(?:的)?(?:客服|售后|账号)?(?:是|都是|一直)?由|(?:本店|我们店|店铺|小店|咱们店|咱家)(?:的)?(?:客服|售后|账号)(?:是|都是|就是|其实是)|(?:本店|我们店|店铺|小店|账号|我们这个账号|这个账号|本账号|我们这个店)(?:是|就是|属于|都是)|(?:本店|我们店|店铺|小店|账号|我们这个账号|这个账号|本账号|我们这个店)(?:是|就是|属于|都是)由)$/,
    after: new RegExp(`^(?:${GUANFANG}|平台|电商|进口|总部)*(?:直接|统一|全权|亲自|自己)?(?:(?:的)?(?:客服|小二|团队|工作人员|人员)(?:来|去)?)?(?:托管|代管|接管|运营(?!推荐|扶持|活动|选品|上榜|评选)|经营|管理|代运营|直营|操盘|打理)`),
    notSentence: /如果|冒充|骗子|不是|没有|品牌方/,
    grow: true,
  },
  {
    // Round 14 (t14): an admin's header over a sanction on the buyer's account or a watched chat (管理员提示：本会话已被平台监控…否则将封禁您的
    // 账号; 管理员通知：您的账号因多次恶意退款已被冻结). Not a group's or the shop's admin (群管理员提示：请勿发广告, 店铺管理员通知：明天发货).
    words: ['管理员'],
    severity: 'block',
    message: '以“管理员”名义宣布处罚买家账号，属于冒充平台（规则 2.9）',
    after: /^(?:温馨|特别|紧急)?(?:提示|通知|提醒|公告|警告|消息)/,
    notBefore: /(?:群|店铺|本店|店|小区|物业|仓库|团购|粉丝团|超话)$/,
    window: 40,
    sentence: /(?:封禁|封|冻结|限制|禁言|扣分|拉黑|注销)(?:您|你)?(?:的)?(?:账号|账户|帐号|下单|购买|登录)|(?:账号|账户|帐号)[^，。]{0,12}?(?:封禁|冻结|限制|禁言|封号|扣分|注销)|(?:会话|对话|聊天)[^，。]{0,6}?(?:监控|录音|留存|审查)/,
    grow: true,
  },
  {
    // Round 14 (t14): the buyer's platform credit said by the shop to have been docked (您在平台的信用分已经被扣到60分以下了; 系统已将您的信誉分
    // 降为C级; 您的快手信用积分被扣光了). Only the platform tells a buyer their credit. Not the scheme described (正常评价不会影响您的信用分).
    words: ['信用分', '信用积分', '信誉分', '信用等级', '信用值', '买家分'],
    severity: 'block',
    message: '以平台口吻告知买家信用分被扣，属于冒充平台（规则 2.9）',
    after: /^(?:已经|已|都|也|直接|刚刚?|现在)*(?:被|给)?(?:平台|系统|快手|官方)?(?:扣|降|减|清零|归零|下调|调低|拉低)/,
    window: 40,
    sentence: new RegExp(`${PLATFORM_ALT}|系统`),
    notSentence: /如果|假如|要是|不会|会不会|是否|可以在|查看|冒充|骗子|不影响/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 13: a platform rule dictating the buyer's review or complaint (根据平台规则第十二条，买家确认收货后不得发表负面评价; 平台要求买家
    // 签收后24小时内必须给好评; 快手规定差评需要先经过商家同意才能发布): the shop invents the platform's rule-making over what the buyer may say.
    // Not a rule on the shop (平台规定商家不得诱导好评) or on contact details and abuse in reviews.
    words: ['规定', '要求', '新规', '规则', '规矩'],
    severity: 'block',
    message: '以平台名义编造限制买家评价或投诉的规则，属于冒充平台（规则 2.9）',
    before: PLATFORM_AS_RULE_GIVER,
    window: 40,
    sentence: REVIEW_DICTATED,
    notSentence: REVIEW_RULE_REAL,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 19 (t19di): the buyer's complaint or appeal said to have landed on the speaker's own desk (您的投诉单已经转到我这边了, 您申诉了也
    // 还是到我手上) and judged or waved off there (我看了证据不太够, 没必要折腾): only the platform rules on a complaint. Not the normal
    // after-sales flow (您的投诉平台已经转给我们了，我们马上给您补发) — a judgment or a dismissal must follow.
    words: ['投诉', '投诉单', '申诉', '申诉单', '举报', '介入申请', '仲裁申请', '维权申请'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:单|记录|工单|申请|的事)?(?:了|的话)?(?:已经|已|现在|也|都|最后|最终|到头来|还是|也还是|最后还是|最终还是|也是|都是)*(?:被)?(?:转|转到|转给|分到|分配给?|派给|落|回|交|到)(?:到|给)?(?:了)?(?:我|本人)(?:这边|这里|手上|手里|这儿)/,
    window: 40,
    sentence: /证据不(?:足|够|太够|充分)|不成立|不予(?:受理|支持|通过)|驳回|不符合|(?:我|我这边)(?:来)?(?:判|裁定|决定|说了算)|没必要|也没用|没有用|白费|白搭|折腾/,
    notSentence: /冒充|骗子|不是平台/,
    grow: true,
  },
  {
    // Round 19 (t19di): the platform's review or arbitration said to be done by the shop (平台那边的售后审核其实就是我们在做, 快手的介入处理
    // 也是我们这边负责的): the shop claims the platform's judging role. Not a denial (平台的审核不是我们做的) or the shop's part in it
    // (平台介入也是我们申请的).
    words: [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台', '平台方'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:那边|方面|这边)?(?:的)?(?:售后|纠纷|投诉|退款|评价|申诉|差评)?(?:审核|仲裁|介入|判定|判责|处理|审批|核查|客服){1,2}(?:其实|实际上|实际|本来|也|都|说白了|基本上|一直)*(?:就是|也是|都是|是|全是|全都是)(?:由)?(?:我们|我|本店|咱们|我们店|我们这边|我这边|咱们这边|店里)(?:这边)?(?:在|来|负责|自己|直接)?(?:做|管|处理|审|判|操作|负责|说了算|决定)/,
    notSentence: /冒充|骗子/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 13: the platform's dispute path said to end up with the shop (您找平台客服也是转回到我这里处理, 投诉到快手最后也是我们这边来判, 就算
    // 您找官方，最终也是转回到我们店来处理的): the shop claims the platform's final say. Three parts: the buyer's path to the platform (找平台,
    // 投诉到快手, 申请介入), a routing back (转回到, 最后也是, 还是) and the shop deciding (处理, 判, 说了算). Not the platform's ruling carried out by the
    // shop (平台客服处理完会通知我们，我们再按结果执行).
    words: ['转回到', '转回', '回到', '落回', '落到', '最后也是', '最终也是', '最后还是', '最终还是', '到头来还是', '最后都是', '最终都是', '也是', '还是'],
    severity: 'block',
    message: MESSAGE,
    // Sent back (转回到…处理) or the last word (还是我们来判, 最后也是我们说了算); 转到我们这边处理 alone is the platform's normal after-sales flow.
    after: /^(?:由)?(?:我|我们|本店|咱们?)(?:这里|这边|店|家|店里|手里|手上)?(?:来|去)?(?:判|定|决定|裁决|裁定|审|说了算|拍板)|^(?:到)?(?:我|我们|本店|咱们?)(?:这里|这边|店|家|店里|手里|手上)(?:来|去)?(?:处理|$)/,
    notBefore: /转$/,
    sentence: new RegExp(`(?:找|投诉到?|申诉到?|申请|举报到?|闹到|告到|反馈到?)[^，。！？]{0,4}?(?:${PLATFORM_ALT}|官方|小二)|(?:${PLATFORM_ALT}|官方)(?:的)?(?:客服|介入|仲裁|小二)`),
    notSentence: /(?:按|根据|依据|执行)(?:平台|官方)?(?:的)?(?:结果|判定|裁定|决定)|冒充|骗子|不是平台/,
    grow: true,
  },
  {
    // Round 13: the speaker addressing buyer and shop as two parties, as an arbiter does (请双方保持理性沟通, 请买卖双方在48小时内上传凭证,
    // 提醒双方：…否则将影响判定结果, 烦请双方配合调查): a shop is one of the parties and cannot address both. Not the shop as one party
    // (建议我们双方各退一步) or the platform's process described (平台会要求双方提供证据).
    words: ['双方', '买卖双方', '买家和卖家', '买家与商家', '买家和商家', '交易双方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:请|烦请|恳请|望|希望|提醒|要求|告知|通知)(?:买卖|交易)?$/,
    notSentence: /我们|咱们|我和您|您和我|我跟您|快递|(?:平台|快手|官方|客服|小二)(?:会|将|可能|也会|那边)|如果|假如|要是|冒充|骗子/,
    grow: true,
  },
  {
    // Round 13: speaking in the platform's capacity at a clause's start (以平台鉴定师的身份告诉您, 以快手官方的名义提醒您, 现以平台客服身份通知您).
    // Not a refusal or a warning about others doing it (我们不能以平台的名义承诺, 请勿相信以平台名义索要验证码的人).
    words: [...PLATFORM_WORDS, '官方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:^|我|我们|本人|现|特|谨|这边|在此)以$/,
    after: /^(?:官方|方)?(?:的)?[^，。]{0,8}?(?:身份|名义)/,
    notSentence: /不(?:能|会|可以|得|敢)|冒充|禁止|请勿|谨防|骗子|假的|假冒|如果|假如/,
    grow: true,
  },
  {
    // Round 13: the message itself called a platform desk's notice (这是快手风控部门的最后一次提醒, 此为快手售后中心的最终答复, 本条为平台纠纷
    // 处理中心的通知). Not a notice the buyer got, relayed (这是快手安全中心发来的提醒, 这是平台的通知，我们也是刚看到): a desk word is needed.
    words: [...PLATFORM_WORDS, '官方'],
    severity: 'block',
    message: SELF_NOTICE,
    before: /(?:这是|这里是|此为|此条为|此条是|本条为|本条是|本消息为|本消息是|该消息为|以下为|以下是)$/,
    after: /^(?:官方|方|平台|电商|进口)*(?:的)?[^，。]{0,6}?(?:部门?|中心|组|团队|小组|处|委员会)(?:的)?(?:最后一次|第[一二三两]次|正式|郑重|特别|最终|书面)?(?:的)?(?:提醒|通知|警告|告知|公告|答复|回复|通报|处理意见)/,
    notAfter: /^[^，。]{0,12}?(?:发来|发的|发过来|推送的|转来)/,
    notSentence: /冒充|骗子|假的|如果|假如/,
    grow: true,
  },
  {
    // Round 13: 本 + a title only the platform holds, ruling (本专员判定：卖家无责, 本仲裁员现裁定, 本审核员已核实…, 本小二认定…): the speaker
    // names themselves by the platform's office. Not the shop's own 本客服 / 本店.
    words: ['本专员', '本仲裁员', '本审核员', '本调解员', '本小二', '本审核专员', '本仲裁专员', '本鉴定师', '本稽查员', '本督导', '本审单员'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:现|已经?|经|在此|这边|特此|正式)*(?:判定|裁定|认定|裁决|审核|核实|核查|决定|宣布|驳回|处理|判|认为)/,
    notSentence: /店铺|本店|我们店|冒充|骗子/,
    grow: true,
  },
  {
    // Round 13: the speaker as the platform's side against the shop's (kf这边是平台的哈，不是店家; 我们这边属于快手的，不是店里的客服): the contrast
    // says who speaks. Not the reverse (我是店家的客服，不是平台的).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|这边|kf|客服)(?:这边|这里)?(?:是|属于|算)$/,
    after: /^(?:官方|方)?(?:这边|那边)?(?:的)?(?:人|员工|客服)?(?:哈|呀|啊|哦|呢|啦)?[，,]?(?:不是|并非|而不是|不属于)(?:店家|商家|卖家|店铺|店里|本店|商户|小店)/,
    notBefore: /(?:店铺|店家|商家|卖家)(?:的)?(?:客服)?(?:这边)?(?:是|属于)$/,
    scope: 'sentence',
    grow: true,
  },
  {
    // Round 12 (t12b): 官方 spelt half in pinyin or as initials (ks官fang客服在线为您服务, gf客服这边通知您, 官fang已经通知我们了…被标记为风险订单,
    // guan方小二提醒您): nobody disguises the word but to pass as the platform, so the disguise beside a staff role, a notice verb or a
    // ruling is enough. Not a denial (我们不是gf客服) or gf as a girlfriend (我gf说很好用).
    words: ['官fang', 'guan方', 'gf', 'guanf', 'g方', '官f'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:ang)?\s*(?:的)?\s*(?:(?:在线|人工|专属|智能)?(?:客服|kf|小二|审核|审核员|售后|工作人员|专员|人员|仲裁|介入|风控|小助手|助手)|(?:这边|那边|方面)?(?:已经?|刚刚?|正式|特此|现)?(?:通知|提醒|告知|判定|认定|裁定|标记|确认|驳回|介入|处罚|冻结)|(?:这边|那边)?(?:已经?|刚刚?)(?:给|把|对|将)?(?:您|你)?(?:的)?[^，。]{0,6}?(?:结案|判|驳回|处罚|关闭|撤销))/,
    notBefore: /(?:不是|并非|非|冒充|假)$/,
    notSentence: /女朋友|男朋友|对象|老婆|闺蜜/,
    grow: true,
  },
  {
    // Round 12 (t12b): a platform staff title as the speaker's own name before 我, then acting on the case (平台审核员我已经帮您查过了，不符合
    // 退款条件; 快手仲裁员我这边看了; 官方调解专员我来说两句), as 小二我… above. Not the title as a topic the shop acts on (平台客服我已经帮您
    // 联系了) or the shop's own staff (仓库质检员我…).
    words: ['审核员', '仲裁员', '专员', '调解员', '审单员', '工作人员', '审核专员', '客服专员'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${PLATFORM_ALT}|官方)(?:的)?(?:官方)?(?:售后|纠纷|介入|审核|仲裁|调解|客服)?$`),
    after: /^(?:小.)?我(?:这边|这里)?(?:已经|已|会|正在|刚刚|刚|马上|这就|来|直接|也|都)*(?:帮|为|给|替|跟|和|向)?(?:您|你)?(?:的)?(?:查|核实|核查|审|判|看|处理|加急|通过|驳回|裁定|说|负责|跟进|解释|答复|通知)/,
    notAfter: /^(?:小.)?我(?:这边|这里)?(?:已经|已|会|正在|刚刚|刚|马上|这就|来|直接|也|都)*(?:帮|为|给|替)?(?:您|你)?(?:联系|问|反馈|沟通|咨询|打电话|找|申请|催)/,
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|由|申请|转给|提交给|反馈给)[^，。]{0,6}$/,
    grow: true,
  },
  {
    // Round 12 (t12b): the speaker overseeing shops or merchants (这家店归我们部门监管, 你们这些商家都归我们部门监管, 我们专门监管入驻的店铺,
    // 这家店是我直接监管的; not 店铺的日常运营归我管, the shop's own manager):
    // only the platform oversees the shops on it. Not the shop under someone's supervision (我们仓库由海关监管, 本店接受平台监管).
    words: ['监管', '监督', '督查', '管辖'],
    severity: 'block',
    message: MESSAGE,
    sentence: [/(?:店|商家|商户|卖家)/, /(?:归|由)(?:我|我们|本人|咱们)(?:这个|这边|部门|的部门|组|科室|团队)?[^，。]{0,4}?(?:监管|监督|督查|管辖)|(?:我|我们|本人)(?:部门|这边|组)?(?:专门|主要|负责|直接)+(?:监管|监督|督查|管辖)|(?:我|我们|本人)(?:部门|这边|组)?(?:直接)?(?:监管|督查|管辖)的/],
    notSentence: /接受|受[^，。]{0,4}监管|海关|仓库|药监|市场监管局|市场监督|监管部门|监管机构|食药监|工商|不是平台|不归|投诉到|举报/,
    grow: true,
  },
  {
    // Round 12 (t12b): a platform desk named, then the speaker owning to be it (我刚帮您转接平台人工了……嗯，我就是; 平台客服那边就是我们在对接，
    // 找谁都一样是我). Not the shop's desk (店铺客服就是我) or a pointer away (平台客服会联系您，店铺这边就是我).
    // Round 41 (t41k): also a review or inspection desk with its field first (平台的商品评审组已经来店核查过了，我就是那次陪同的评审员之一).
    words: ['我就是', '就是我', '都是我', '一样是我', '还是我', '是我本人', '就是我们', '也是我在', '都是我在', '其实是我'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${PLATFORM_ALT}|官方)(?:的)?(?:官方)?(?:人工|客服|小二|专员|审核|仲裁|介入|评审|[^，。！？店]{0,6}?(?:评审|审核|核查|巡检|抽检|质检|监管|稽查)(?:组|小组|中心|部门?|团队|委员会))[^。！？]{0,20}$|(?:${PLATFORM_ALT}|官方)(?:的)?[^，。！？店]{0,6}?(?:部门?|组|中心|团队|科|处|办公室)(?:的)?(?:同事|员工|工作人员|负责人|主管|经理|专员|对接人|人)?(?:其实|正|也)?$`),
    // (round 41, t41k: not the shop's host to that desk — 负责接待的就是我, 对接的就是我们店长)
    notBefore: /店铺|本店|我们店|商家|(?:会|将)(?:联系|回复|介入)|不是|并非|(?:接待|对接|陪同|配合|带路)(?:他们|她们)?的$/,
    notAfter: /^(?:店|家|的店|老板|店长|掌柜|仓库)/,
    notSentence: /不是平台|并非平台|不代表平台|店铺这边|店铺客服就是|商家客服|冒充|骗子/,
    reach: 40,
    scope: 'sentence',
    grow: true,
  },
  {
    // Round 9: platform powers held by the shop (我们有平台给的免审核绿色通道, 本店拿到了快手开的特批权限). Not the shop's own
    // channels (我们有专门的退货通道).
    words: PLATFORM_WORDS,
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|我|本店|咱们?)(?:这边|家|店)?(?:有|拥有|拿到了?|申请到了?|享有|开通了?|获得了?)$/,
    after: /^(?:官方|方)?(?:给|发|开|批|授予|特批)(?:的|我们的|本店的)[^，。]{0,8}?(?:通道|权限|特权|白名单|免审|后门|特批)/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 15 (t15a), by shape: reaching the speaker said to be the same as reaching the platform — a contact verb on each side and an
    // equivalence (有啥事找我跟找快手是一样的, 您跟我说等于跟快手说, 问我们就相当于问官方). Not either route offered (找平台和找我们都可以) or
    // a difference stated (找平台跟找我们不一样).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:找|跟|和|问|联系|告诉|同|对)(?:我|我们|本人|我这边|咱们|本店|小店|咱)(?:说|讲|反映|聊|沟通|联系|反馈)?(?:的话)?[^，。！？]{0,3}?(?:就|也|都)?(?:等于|等同于|相当于|和|跟|同|就是)(?:在|直接)?(?:找|跟|和|问|联系|告诉|同|对)$/,
    sentence: /等于|等同于|相当于|一样|没区别|没有区别|没两样|一回事|是一家|一个意思/,
    notSentence: /不一样|不同|不是一回事|不等于|并不|区别很大|冒充|骗子/,
    grow: true,
  },
  {
    // The same, the platform first: 找快手跟找我是一样的, 跟平台说就等于跟我们说.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:找|跟|和|问|联系|告诉|同|对)$/,
    after: /^(?:官方|客服|那边|方面)?(?:说|讲|反映|聊|沟通|反馈)?(?:的话)?[^，。！？]{0,3}?(?:就|也|都)?(?:等于|等同于|相当于|和|跟|同|就是)(?:在|直接)?(?:找|跟|和|问|联系|告诉|同|对)(?:我|我们|本人|我这边|咱们|本店|小店)(?!们店|的店)/,
    sentence: /等于|等同于|相当于|一样|没区别|没有区别|没两样|一回事|是一家|一个意思/,
    notSentence: /不一样|不同|不是一回事|不等于|并不|区别很大|冒充|骗子/,
    grow: true,
  },
  {
    // Round 15 (t15a): the platform glossed as the speaker, in apposition (等平台（也就是我这边）核实完, 平台方，也就是我们，会给您答复,
    // 官方这边也就是我本人). Not 平台也就是我们卖货的地方 (a place, not the speaker).
    words: ['也就是我', '也就是本人', '也就是本店', '也就是咱们', '即是我', '亦即本店', '亦即我', '即本店', '即我方', '也就是我方', '就是我本人'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${PLATFORM_ALT}|官方)(?:方|官方|客服|审核|这边|那边|方面|的人)?\\s*[（(，,、]?\\s*$`),
    notAfter: /^(?:们)?(?:的店|卖|开店|入驻|所在|这些|做|经营|店|商家|上)/,
    notSentence: /冒充|骗子|不是平台|并非平台/,
    grow: true,
  },
  {
    // Round 15 (t15a): a chat banner telling the buyer whom they are talking to (请注意：您正在与【快手进口电商官方】对话, 您已接通快手官方客服).
    // Not a pointer (您可以与平台客服沟通) or the record of a chat (您与平台客服的聊天记录).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:(?:您|你)(?:现在|目前|当前|此刻)?正在?(?:与|和|跟|同)|(?:您|你)(?:已|已经)?(?:接通|接入|连线|连通)(?:了)?(?:至|到)?)\s*[【\[「“"《]?$/,
    after: /^[^，。！？的]{0,14}?[】\]」”"》]?\s*(?:对话|沟通|聊天|会话|交流|连线|通话)?(?!记录|截图|内容|的)/,
    notSentence: /可以|建议|请您|如果|若|之前|以前|记录|截图|冒充|骗子|不是/,
    grow: true,
  },
  {
    // Round 15 (t15a): a platform ruling cited as the source of the buyer's loss (根据快手平台仲裁结果（案号…），您需承担退货运费; 依据平台审核结论，
    // 不予退款). Not a favourable or open one (根据平台审核结果，退款会原路返回; 以平台处理结果为准).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:根据|依据|按照|依照|遵照)$/,
    after: /^(?:官方|平台|方|进口|电商)*(?:的)?(?:仲裁|裁定|裁决|判定|审核|审理|处理|核查|鉴定|复核)(?:的)?(?:结果|结论|决定|意见|裁决)/,
    sentence: new RegExp(`${VERDICT_AGAINST_BUYER.source}|(?:您|你|买家)(?:需要?|要|得|应|应当|必须)(?:自行)?(?:承担|负担|支付|赔)`),
    notSentence: RECOURSE_OPEN,
    grow: true,
  },
  {
    // Round 15 (t15a): the buyer's complaint handled as a case by a named officer (我是负责您案件的专员, 案号KSJD-2024-0917): shops have orders,
    // the platform's tribunal has cases. Not the police or a court (报警后警方会立案, 法院的案号).
    words: ['案件', '案子', '案号', '案卷', '卷宗'],
    severity: 'block',
    message: MESSAGE,
    sentence: [/(?:负责|处理|跟进|审理|承办|经办|主办)(?:您|你)?(?:的)?(?:这个|这起|本)?(?:投诉|纠纷|售后|申诉|退款)?(?:案件|案子|案卷)|案号|(?:您|你)(?:的)?(?:这个|这起)?(?:案件|案子)(?:已|已经|由|正在|目前)/, new RegExp(`${PLATFORM_ALT}|官方|仲裁|我是|本人|专员|审理`)],
    notSentence: /警方|警察|报警|公安|派出所|法院|律师|起诉|诉讼|冒充|骗子|消协|12315|市场监管/,
    grow: true,
  },
  {
    // Round 15 (t15a): a platform desk's review reported with a verdict label (快手进口电商风控中心已对您的订单进行人工复核，结论：正常发货): the
    // desk's finding told as its own notice, whichever way it goes.
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'block',
    message: MESSAGE,
    after: /^[^，。！？]{0,10}?(?:中心|部门?|组|团队|委员会|小组)(?:已经?|刚刚?|现已)[^。！？]{0,14}?(?:复核|审核|核查|核实|审理)(?:完毕|完成)?(?:的)?(?:结论|结果)/,
    reach: 40,
    notSentence: /以[^，。]{0,10}为准|如果|若|冒充|骗子|订单页|站内信/,
    grow: true,
  },
  {
    // Round 15 (t15a): a Chinese platform name inside an English self-introduction (This is 快手 official customer service).
    words: PLATFORM_NAMES.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:thisis|hereis|iam|im|weare|were)(?:the|a|an)?$/,
    after: new RegExp(`^(?:${LATIN_QUALIFIER}|${GUANFANG}|平台|进口|电商)*(?:${LATIN_ROLE}|客服|小二|工作人员|专员)`),
    reach: 40,
    grow: true,
  },
  {
    // Round 15 (t15a): the platform's latin initials run into a longer tag before 官方 and a title (我是kszb官方运营, 这边是ks-import官方客服).
    words: ['官方', '官放', '关方'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`${SELF_SRC}(?:ks|kwai|kuaishou|kshou)[a-z0-9]{1,8}$`),
    after: ROLE,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 15 (t15a): counted among the platform's staff, half or whole (我们客服其实都是快手统一招聘培训的，算平台员工; 我也算快手的人).
    // Not 算平台的人为失误 or a shop's standing (算快手的老商家).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|客服|店员)[^。！？]{0,22}?(?:算|算是|也算|都算|属于|相当于)(?:是)?(?:半个)?$/,
    reach: 30,
    after: /^(?:的)?(?:正式)?(?:员工|人(?!为|气|员流|家)|工作人员|自己人|编制|内部人|正式工|职员)/,
    notSentence: /不是|并非|不算|冒充|骗子|谨防/,
    grow: true,
  },
  {
    // Round 15 (t15a): the platform's ruling in English (Kuaishou platform has reviewed your case: refund rejected). Not a pointer.
    ...LATIN_SELF_INTRO,
    after: /^(?:platform|official|import|ecommerce|support|team|review|arbitration|customerservice)*(?:has|have|had|already|just)*(?:reviewed|rejected|decided|ruled|closed|denied|refused|judged|dismissed|declined)/,
    sentence: /reject|deni|refus|closed|invalid|fail|notsupport|norefund|declin|dismiss|notapprov/,
    notBefore: /(?:contact|ask|askthe|if|whether|lianxi|zhao|wen|qing)$/,
  },
  {
    // Round 15 (t15a), after probe 1: the platform's rules said to be the shop's to interpret or set (平台的规定由我们来解释, 快手的规则归我们解释,
    // 平台规则由本店最终解释). Not the shop's own terms (本店活动由本店解释).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:规定|规则|政策|条款|规矩|判定|处理|标准)[^，。！？]{0,4}?(?:由|归|听)(?:我们|我|本店|我方|咱们|小店)(?:来|最终|统一)*(?:解释|定|说了算|决定|制定|裁定|判)/,
    grow: true,
  },
  {
    // Round 15 (t15a), after probe 1: the shop ruling the case as the platform does, 判 with the buyer's outcome (我直接在后台给你判退款成功, 这单我帮您判
    // 胜诉, 我这边直接判您赢). Not the platform's ruling relayed (平台会给您判退款).
    words: ['给您判', '给你判', '帮您判', '帮你判', '直接判', '判您', '判你'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:定|成|为|个)?(?:退款成功|胜诉|赢|成功|通过|有效|无责|全额退|退款|商家责任|买家胜)/,
    sentence: /我|本店|我们|咱/,
    notBefore: /(?:平台|官方|小二|仲裁|快手|系统|会)[^，。！？]{0,6}$/,
    notSentence: /平台会|以平台|等平台|平台判|平台来判|如果|冒充/,
    grow: true,
  },
  {
    // Round 29 (t29e): the shop ruling a case (判, 裁定) and saying the platform's own step is not needed (这单我直接给您判了，不用走平台
    // 介入，结果都一样; 纠纷我们这边裁定了，用不着找平台仲裁). Not a refund without intervention (直接给您退款，不用走平台介入).
    words: ['判了', '判好了', '判定了', '裁定了', '裁决了', '定责了'],
    ...SHOP_RULES_INSTEAD,
    sentence: SHOP_BYPASSES_PLATFORM,
  },
  {
    // …or approving what only the platform or insurer decides, a claim, appeal or intervention (运费险理赔我们后台帮您批了，不用再等保险公司
    // 和平台审核). Not the shop's own refund approved (退款我这边给您批了，不用等平台介入).
    words: ['批了', '批好了', '批下来了', '审批通过了', '审核通过了'],
    ...SHOP_RULES_INSTEAD,
    sentence: [SHOP_BYPASSES_PLATFORM, PLATFORM_OWNED_CASE],
  },
  {
    // Round 15 (t15a), after probe 3: a platform lane opened for the shop (平台给我们店开了绿色通道, 快手专门为我们开了白名单, 官方给本店特批了免审权限).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方|方)?(?:专门|特意|特别|单独|已经)*(?:给|为|帮)(?:我们|本店|我们店|咱们|咱|我|小店)(?:店|家)?(?:专门|特意|单独)?(?:开了|开通了|特批了|批了|留了|开过|开)(?:一条|一个|个|条)?(?:专属|特殊|内部)?(?:的)?(?:绿色通道|特殊通道|通道|后门|白名单|特权|权限|免审|直通车)/,
    notSentence: /没有(?:什么)?(?:绿色通道|特殊通道|后门|白名单|特权|权限)|不会(?:给|为|开)|不存在|骗子|冒充|退货通道|退款通道/,
    grow: true,
  },
  {
    // Round 15 (t15a), after probe 3: the shop's system or account said to be the platform's back office (我们的客服系统就是快手官方后台,
    // 本店后台用的就是平台的审核系统). Not systems linked (发货系统和快手后台直连).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|本店|我们店|咱们|咱家|我们家|我|我这个)(?:的)?(?:客服)?(?:系统|后台|账号|帐号|工作台|软件)(?:就是|其实就是|用的就是|直接就是|等于|即)$/,
    after: /^(?:官方|平台|方)?(?:的)?(?:官方)?(?:后台|系统|审核系统|客服系统|内部系统|账号|工作台)/,
    grow: true,
  },
  {
    // Round 35 (t35b): the account the buyer is talking to called the platform's own (这个号就是平台的运营号, 我哋呢个号係快手官方嘅账号, 本号
    // 属于平台直营) — the chat is the shop's, so the buyer takes what it says for the platform's word. Not the buyer's account (您这个号是平台
    // 的老用户), the shop's account registered on the platform (我们这个号是在平台上开的店), nor a denial (这个号不是平台的).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    // (round 39, t39h: …or 号 bare opening its clause after the shop is named — 咱家不是普通商家，号是平台自己的)
    before: /(?<![您你])(?:这个|呢个|这|本|此|我这个|我们这个|我哋呢个|咱这个|咱们这个|我的这个|我们的这个|^)(?:号|账号|帐号|客服号)(?:其实|本身|也|都)*(?:就是|就系|是|系|属于|即|乃)(?:由)?$/,
    after: /^(?:官方|方)?(?:的|嘅)?(?:官方|自营|直营|内部|专属)?(?:运营|客服|工作|活动|福利|补贴)?(?:号|账号|帐号|专号)|^(?:官方|方)?(?:直营|自营|运营|官方运营)(?!的店|店)|^(?:官方|方)?(?:自己|自家)?(?:的|嘅|滴|哩|嘞)?(?:嘞|咯|啦|哦|哈|嘛|呢|㗎|喔|噻|撒|哟)*$/,
    notSentence: /冒充|骗子|不是平台|唔系平台|并非平台/,
    scope: 'clause',
    asked: true,
    grow: true,
  },
  {
    // Round 31 (t31b): the buyer's platform case held by the speaker as its officer, the platform left unnamed in the title (作为处理人建议
    // 您先撤回, 后续我以理赔专员的身份联系您, 我就是这单仲裁的经办人): a desk only the platform keeps (an appeal, an intervention, a claim,
    // a re-inspection, the complaint filed on the platform) named in the reply, and the speaker taking its handler's title. Not the shop's
    // own after-sales handler with no platform case in sight (我是这单售后的处理人), nor a title the speaker refuses or points to.
    words: ['处理人', '处理专员', '经办人', '承办人', '审理人', '裁定人', '判定人', '理赔专员', '理赔员', '仲裁员', '仲裁专员', '介入专员', '复核专员', '复检专员', '申诉专员', '投诉专员', '调解员'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:作为|身为|以|我是|我就是|本人是|本人就是|我这边是|我便是)(?:您的?|你的?|这单的?|本单的?|该单的?|此案的?|这个案子的?|您这单的?|这次的?)?(?:投诉|介入|申诉|仲裁|理赔|复核|复检|纠纷)?(?:单)?(?:的)?$/,
    window: 60,
    sentence: /投诉单|平台介入|介入|申诉|仲裁|复核|复检|理赔流程|平台理赔|平台(?:的)?(?:投诉|处理|理赔|审核)|投诉(?:的)?(?:处理|结果)/,
    notSentence: /冒充|骗子|不是平台|平台会安排|平台的(?:处理人|专员|经办人)会|如果|假如/,
    grow: true,
  },
  {
    // Round 31 (t31b): membership of a platform office named earlier in the reply and then pointed back to (上报给平台的食品安全组了，我本人也在
    // 那个组里兼职; 转给了快手的审核部门，我同事就在那个部门上班): the office is the platform's, the speaker or a colleague sits in it.
    words: ['兼职', '上班', '值班', '帮忙', '任职', '挂职', '轮岗', '工作', '做事', '实习'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人|我们|我同事|我们同事|我的同事|我朋友)(?:本人|自己)?(?:也|同时|其实|平时|还|就|正好|刚好|恰好)*在(?:那个|这个|该|那|这|他们|他们那个)?(?:组|小组|部门|部|中心|团队|科|处|办公室)(?:里|那边|里面|上)?$/,
    window: 60,
    sentence: new RegExp(`(?:${PLATFORM_ALT}|官方)(?:的|那边的?|这边的?|方面的?)?[^，。！？]{0,8}?(?:组|小组|部门|中心|团队|科|处|办公室)`),
    notSentence: /冒充|骗子|如果|假如|店里的|我们店的|本店的|品牌方/,
    grow: true,
  },
  {
    // Round 31 (t31b): the shop said to sit with a platform office (我们和快手进口这边的品控部门是在一起办公的, 我们跟平台审核组在同一层楼上班):
    // the shop claims the platform's office as its neighbour and colleague. Not a shop near the platform's building with no office named.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|本店|我们店|咱们|咱家|我们家|我|我们公司)(?:店|家)?(?:跟|和|与|同)$/,
    after: /^(?:进口|电商|官方|平台)*(?:这边|那边|方面)?(?:的)?[^，。！？]{0,8}?(?:部门?|组|团队|中心|同事|人|员工|小二)?(?:是|都是|就是|其实是)?(?:在)?(?:一起|同一个地方|同一层|同一栋|一个楼|一栋楼|一个办公室|同一个办公室|隔壁|一层楼)(?:楼)?(?:的)?(?:办公|上班|工作|坐班)/,
    notSentence: /冒充|骗子|如果|假如|不是/,
    grow: true,
  },
  {
    // Round 31 (t31b): the platform said to have vouched for this order's goods to the buyer (相当于平台已经替您把过关了, 快手已经帮您验过货了):
    // a completed check of these goods by the platform, in the buyer's favour. Not the platform's protection in general (平台会替您把关售后).
    words: ['把过关', '把了关', '验过', '验过货', '验了货', '做过质检', '做了质检', '检测过', '背书', '作保'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!要求|让|请|希望|如果|若)${PLATFORM_ALT}(?:${GUANFANG}|平台|进口|电商)?(?:已经|都|也|亲自|专门|早就|早已)*(?:帮|替|给|为)(?:您|你)(?:做|做了|做过)?$`),
    notSentence: /冒充|骗子|不会|不是|没有|如果|假如|会不会/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 31 (t31b): the shop's own promise said to bind the platform, which will carry it out when the buyer comes (拿这段聊天记录去找平台，他们
    // 也会照这个执行; 这条写进了平台协议，快手会按这个给您兑现). Not the platform's own rules (平台会按规则处理) nor the shop doing it.
    words: ['照这个', '按这个', '照此', '按此', '按这条', '照这条', '按我们的承诺', '照我们的承诺', '按我说的', '照我说的', '按聊天记录', '照聊天记录'],
    severity: 'block',
    message: '声称平台会兑现店铺自己的承诺，使买家误认为店铺的保证代表平台，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT}|官方|他们|人家)(?:那边|方面)?(?:也|都|一样|同样|照样)*(?:会|能|得|要|必须|肯定会|一定会)$`),
    after: /^(?:来)?(?:执行|兑现|处理|赔付|赔|办|落实|给您|给你)/,
    window: 60,
    sentence: new RegExp(`(?:找|拿[^，。！？]{0,10}?去找|联系|投诉到?)(?:${PLATFORM_ALT}|官方)|(?:${PLATFORM_ALT})(?:的)?(?:协议|合同|条款)`),
    notSentence: /冒充|骗子|不会|如果平台|以平台|平台规则|平台的规则/,
    grow: true,
  },
  {
    // Round 31 (t31b): the speaker's word made the last word of a case the platform would review (我给的结论就等于最终结论，不需要再申请复检; 我这边
    // 的答复就是最终结果，申诉也改不了). Not the platform's final result pointed to (以平台的最终结论为准).
    words: ['最终结论', '最终结果', '最终裁定', '最终判定', '最终决定', '最终答复', '终审结果', '终审'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|我这边|我们这边|本店)(?:这边|这里)?(?:给|下|做|出|判|定)?(?:的)?(?:结论|结果|判定|决定|答复|意见|鉴定)?(?:就|也|便)?(?:等于|就是|算|即|相当于|便是|是)(?:了)?$/,
    window: 60,
    sentence: /复检|复核|申诉|仲裁|介入|平台|投诉|重新鉴定|再鉴定/,
    notSentence: /冒充|骗子|以平台|平台为准|如果|假如/,
    asked: true,
    grow: true,
  },
  {
    // Round 31 (t31b): the platform's handling of the buyer's case said to be in the speaker's hands (您提交的平台介入…后台处理记录都在我手上，不用
    // 再等那边回复了; 申诉的处理结果在我这里，等平台也没用): the file of a desk only the platform keeps, held by the shop. Not the shop's own
    // evidence for that desk (介入需要的材料都在我手上，已经上传给平台了) nor its own records (退款记录在我这边能查到).
    words: ['在我手上', '在我手里', '在我这里', '在我这儿', '在我们手上', '在我们手里', '在我这边', '归我管', '归我们管', '由我来定', '由我们来定', '由我定'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:处理记录|处理结果|处理意见|判定结果|判定|裁定|结论|工单|卷宗|案子|案卷|审核结果|仲裁结果|介入结果)(?:都|全|全部|也|其实)*$/,
    // (where the shop only looks it up: 处理结果在我这边还没看到, 在我这里能查到)
    notAfter: /^(?:还|也|暂时|目前)?(?:没|看不到|查不到|显示|能看|能查|可以看|可以查|看到|查到|同步)/,
    window: 60,
    sentence: /平台介入|介入|申诉|仲裁|复核|复检|投诉单|平台(?:的)?(?:审核|处理|判定)/,
    notSentence: /冒充|骗子|如果|假如|上传|提交给平台|交给平台|以平台|平台为准/,
    grow: true,
  },
  {
    // Round 32 (t32e): the platform said to have phoned or messaged the shop to pass a demand on to the buyer (平台运营刚才打电话让我们通知您…,
    // 快手审核那边今早来电话叫我转告你…): the platform's voice staged through the shop. Not the courier's call (快递员打电话让我们通知您) nor the
    // platform's call to the shop about the shop's own work (平台打电话让我们尽快发货).
    words: [...PLATFORM_WORDS.filter((w) => w !== '快手小店'), '小二'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:方|官方)?(?:的)?(?:运营|客服|小二|审核|工作人员|那边|这边|方面|总部|风控){0,2}(?:的人|的同事|的老师)?(?:刚才|刚刚|刚|啱啱|头先|今天|今早|早上|上午|下午|昨天|昨晚|已经|特意|专门|亲自|也)*(?:打电话|打了电话|打了个电话|来电话|来了电话|来了个电话|来电|打来电话|打过来|发消息|发来消息|发了消息|联系了?我们|找了?我们|找过我们)(?:过来)?(?:给我们|给我)?(?:[，,])?(?:说)?(?:让|叫|要|要求|通知|嘱咐|交代)(?:我|我们|我哋|本店)(?:(?:转告|通知|告诉|传达|告知|提醒)(?:一下)?(?:您|你)|(?:跟|和|同|对)(?:您|你)(?:说|讲))/,
    notSentence: /冒充|骗子|如果|假如|自称/,
    grow: true,
  },
  {
    // Round 32 (t32e): the complaint said to be raised to the platform's head office, with the speaker then named its contact (您的投诉已经升级到
    // 快手总部，由我作为总部对接人继续跟进; 已经上报平台总部了，我就是总部派来跟进的专员): the staged hand-over after which the shop speaks as the
    // platform. Not the shop's own head office (我们公司总部的售后) with no platform named.
    words: ['总部'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人)(?:现在|这边|目前)?(?:作为|是|就是|担任|代表)$|(?:由|让)(?:我|本人)(?:来)?(?:作为|以)$/,
    after: /^(?:的)?(?:指定|派来|派下来|委派)?(?:的)?(?:对接人|专员|负责人|联络人|代表|客服|工作人员|人员|特派员|跟进人|督导)/,
    window: 60,
    sentence: re`${[...PLATFORM_NAMES, '平台', '官方']}(?:的)?总部|(?:升级|上报|转|提交|报)(?:到|给|至)${[...PLATFORM_NAMES, '平台', '官方']}`,
    notSentence: /冒充|骗子|不是平台|不是快手/,
  },
  {
    // Round 32 (t32e): the shop's own price cut or discount called the platform's subsidy to refuse a right on it (这个价是快手官方补贴价，是平台出
    // 的钱，所以不能退差价; 便宜的那部分是平台补贴的，我们没法给您价保): a rule invented in the platform's name. Not the subsidy only reported
    // (这次降价是平台补贴，差价我们照样给您补) or the buyer pointed to the platform's own price protection.
    words: ['官方补贴', '平台补贴', '快手补贴', '平台出的钱', '平台出钱', '官方出的钱', '快手出的钱', '平台贴的钱', '平台掏的钱', '平台给的补贴'],
    severity: 'block',
    message: MESSAGE,
    window: 60,
    sentence: /(?:不能|不可以|没法|没办法|无法|不给|不支持|不予)[^，。！？]{0,4}?(?:退|补|价保|保价|差价)|不退|退不了|补不了/,
    // (round 43, t43e: …nor the shop saying it cannot act FOR the platform — 这张平台补贴券是快手发的，我们没法替平台补发: the refusal is
    // the shop's own limit, the platform's coupon left the platform's)
    notSentence: /(?:我们|本店|店里)[^。！？]{0,6}?(?:照样|照常|也|一样|还是)(?:给|帮|为)(?:您|你)|申请平台(?:的)?(?:价保|保价)|(?:替|代|帮|代替)(?:平台|快手|官方)(?:方)?(?:补|退|发|处理|核|查|操作|做主)|如果|假如|冒充|骗子/,
    grow: true,
  },
  {
    // Round 32 (t32e): a platform ticket said to be opened for the buyer by the shop, with its number or the platform's staff to answer (已为您创建
    // 平台工单 KS-GD-…，平台专员稍后回复，请勿关闭对话; 给您新建了快手官方投诉单，单号…): the staged hand-over after which the chat poses as the
    // platform's. Only the platform opens its own cases. Not the buyer pointed to open one (您可以在订单页申请平台介入，会生成工单), nor the
    // shop's own ticket (已为您提交售后工单), nor the platform's desk said to take over after intervention (平台介入后会由平台客服接管).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:已|已经|刚刚?|现在|这边)*(?:为|给|帮)(?:您|你)(?:创建|生成|建立|新建|开通|开|建|登记|立)(?:了)?(?:一个|一张|一份|个|张)?$/,
    after: /^(?:官方|方)?(?:的)?(?:客服|介入|投诉|仲裁|售后|纠纷|申诉)?(?:工单|案件|案子|投诉单|仲裁单|介入单|申诉单|处理单)/,
    window: 60,
    sentence: /专员|小二|单号|编号|[0-9]{5,}|请勿关闭|不要关闭|别关闭|本窗口|这个窗口|本对话|稍后(?:会)?(?:回复|联系|接入)/,
    notSentence: /冒充|骗子|如果|假如/,
    grow: true,
  },
  {
    // Round 32 (t32e): the platform's compensation handed out by the shop, with its amount (为表歉意，快手官方给您补偿20元平台通用券; 平台这边给您赔了
    // 10块无门槛券，已经发到您账户): the shop's apology dressed as the platform's money. Not the platform's payout foreseen or pointed to (平台判定后会
    // 给您补偿, 如果平台给您补偿…).
    words: [...PLATFORM_WORDS.filter((w) => w !== '快手小店'), '小二'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:方|官方)?(?:这边|那边|方面)?(?:已经|已|特意|专门|额外|直接|现在)*(?:给|为|向)(?:您|你)(?:补偿|赔偿|赔付|赔|发放|发了|补发了|补了|送了|送)(?:了)?[^，。！？]{0,4}?[0-9一二三四五六七八九十百两]+(?:元|块|个)?[^，。！？]{0,8}?(?:券|红包|补偿|现金|积分)/,
    notBefore: /(?:如果|假如|要是|会|将|可能|或许|申请|联系)(?:让)?$/,
    notSentence: /冒充|骗子|如果|假如|是否|会不会/,
    asked: true,
    grow: true,
  },
  {
    // Round 32 (t32e): the returned goods said to have been sent to the platform's appraisal or testing office and found against the buyer (已送快手进口
    // 鉴定中心检测，结论为正品，平台不支持退货; 平台质检中心出了结果，属于人为损坏): an office's finding the shop cannot hand down. Not an appraisal
    // offered or foreseen (可以申请平台鉴定，结果出来按结论处理).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: '以平台鉴定或检测机构的名义宣布对买家不利的结论，属于冒充平台（规则 2.9）',
    after: /^(?:进口|电商|官方|平台)*(?:的)?(?:鉴定|检测|质检|检验|验货)(?:中心|部门?|机构|组|团队|实验室|室)/,
    window: 60,
    sentence: [/已(?:经)?(?:送|交|寄|转)|结论|结果|出(?:了|来)/, VERDICT_AGAINST_BUYER],
    notSentence: /如果|假如|可以申请|申请(?:平台)?(?:的)?鉴定|冒充|骗子|会(?:根据|按)/,
    grow: true,
  },
  {
    // Round 32 (t32e): a platform desk said to have already marked or struck the buyer's account (平台风控部已将您的账号标记为异常, 快手安全中心
    // 已经把你的账户限制了): what only the platform sees and tells the buyer itself. Not a denial (平台不会将您的账号…), a hypothesis (如果平台
    // 把您的账号限制了，可以申诉) or a question.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: /^(?:官方)?(?:的)?(?:[^，。！？]{0,6}?(?:部门?|中心|组|团队|系统))?(?:这边|那边)?(?:已经|已|现已|刚刚?)(?:将|把|对)(?:您|你)(?:的)?(?:快手)?(?:账号|账户|帐号|帐户|信用分?)[^，。！？]{0,6}?(?:标记|列为|列入|判定|认定|限制|冻结|封|降级|处罚|拉黑|扣)/,
    notSentence: /冒充|骗子|如果|假如|万一|不会|没有|是否|会不会/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 33 (t33f): a ruling for the shop announced in the platform's voice (平台仲裁结果已出：商家胜诉，买家需承担运费; 经平台审理，判本店胜诉，
    // 此为最终结果): the same frame as the adverse ruling above (the platform as the one who has ruled, the matter closed), the outcome told as the
    // shop's win or the buyer's charge. Not the shop owning a charge (我们需承担运费) or a ruling foreseen.
    words: ['商家胜诉', '卖家胜诉', '店铺胜诉', '本店胜诉', '我们胜诉', '我方胜诉', '判商家', '判给商家', '判卖家', '需承担', '须承担', '需自行承担', '应承担', '应当承担', '要承担'],
    severity: 'block',
    message: '以平台口吻宣布对买家不利的处理结果或处罚，属于冒充平台（规则 2.9）',
    notBefore: /(?:我|我们|本店|商家|卖家|店铺|店里|我方|我们店|小店|这边)(?:这边)?(?:也|都|会|将|来|愿意)?$/,
    window: 40,
    sentence: [PLATFORM_RULED, CLOSED],
    notSentence: RECOURSE_OPEN,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 33 (t33f): the platform's back office entered with an admin's or insider's powers (我可以用管理员权限登录平台后台, 我拿内部权限进快手系统
    // 给您看): the shop has a merchant login, never the platform's admin rights. Not the shop's own back office or sub-accounts (店铺后台的管理员权限).
    words: ['管理员权限', '超级管理员', '超管权限', '管理员账号', '内部权限', '内部账号', '后台权限', '最高权限', '内部人员权限'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|本人|我这边|我们这边|本店|咱)[^，。！？]{0,8}?(?:用|有|拿|凭|以|动用|使用|借用|开|登)(?:了|着)?(?:平台|快手|官方)?(?:的)?$/,
    window: 40,
    sentence: re`${PLATFORM_WORDS}`,
    notSentence: /店铺后台|商家后台|店铺的|子账号|主账号|千牛|冒充|骗子|没有|不会|不能|无法|没法/,
    grow: true,
  },
  {
    // Round 33 (t33f): the platform's private lane or desk claimed as ours or worked for the buyer (这是我们平台内部通道, 已帮您提交到平台的海关专窗
    // 加急, 我这边走快手的内部渠道给您加急): only the platform has such lanes and the shop does not file into them. Not the shop's own lane (我们有退货绿色
    // 通道), the buyer pointed to the platform's page, or a lane denied.
    words: ['内部通道', '内部渠道', '专窗', '专属通道', '加急通道', '绿色通道', '快速通道', '特殊通道', '特殊渠道', '内部窗口'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:我们|咱们|咱)(?:的)?(?:${PLATFORM_ALT})(?:官方)?(?:的)?(?:内部|专属|官方|特殊)?(?:的)?$|(?:我|我们|我这边|这边|已|已经|帮您|帮你|给您|给你)[^，。！？]{0,8}?(?:提交|递交|报|送|走|申请|转)(?:到|进|给|了)?(?:${PLATFORM_ALT})(?:官方)?(?:的)?[^，。！？]{0,6}?$`),
    notSentence: /冒充|骗子|没有|不会|不能|无法|没法|如果|假如/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): a mandate from the platform to act in its stead (本店已获平台授权代办退运, 我们得到快手官方授权全权处理): the platform hands no
    // shop its own work. Not a brand's licence (获品牌授权销售) or the shop's admission (获得平台授权的入驻商家).
    words: ['授权', '委托', '特许', '特批'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:获|获得|得到|取得|拿到|经)(?:了)?(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:的)?(?:特别|专门|正式|官方|书面|直接)?$`),
    after: /^(?:可以|来|能|并)?(?:代办|代为|代理|代表|代|全权|处理|办理|执行|受理|审核|裁定|判定|仲裁|调解|鉴定|赔付|理赔)/,
    notSentence: /冒充|骗子|没有|不会|不能|无法|没法|如果|假如/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): the message headed like a platform desk's notice, in brackets, over a charge or sanction (【快手进口保税仓查验科】…需补缴查验费38元,
    // [快手跨境风控中心] 您的账户涉嫌…): the platform's name and a desk suffix make the header. Not the shop's own header (【店铺通知】) or a notice
    // with nothing charged.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: SELF_NOTICE,
    before: /^$/,
    // (…or a case form's header over a ruling: 【平台工单】您的投诉已处理完结，结果：商家无责.)
    after: /^(?:进口|电商|跨境|官方|平台)*[^，。！？]{0,8}?(?:科|处|中心|部|组|站|办公室|窗口|专窗|服务台|工单|案件|仲裁|判定)/,
    window: 60,
    sentence: /补缴|缴纳|缴费|[0-9一二三四五六七八九十百]+(?:元|块)|费用|罚款|扣(?:除|款|分|回)|冻结|布控|违规|处罚|涉嫌|封禁|限制|驳回|不予|无责|不成立|败诉|胜诉|处理完结|已结案/,
    notSentence: /冒充|骗子|不是平台|以平台[^，。]{0,8}为准/,
    grow: true,
    unless: (ctx, start, end) => {
      const [from, to] = ctx.toOriginal(start, end);
      return !/^\s*[【\[〔〖]\s*$/.test(ctx.text.slice(0, from)) || !/^[^】\]〕〗，。！？]{0,14}?(?:科|处|中心|部|组|站|办公室|窗口|专窗|服务台|工单|案件|仲裁|判定)\s*[】\]〕〗]/.test(ctx.text.slice(to, to + 24));
    },
  },
  {
    // Round 33 (t33f): a case form naming a platform person as its handler (处理人：平台专员李明，处理结果：不予退款; 经办人：快手小二): the shop fills in
    // no platform case. Not the shop's own handler (处理人：售后小王).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:处理人|经办人|审核人|受理人|承办人|跟进人|处理专员|审核员|仲裁员)(?:为|是)?$/,
    // Not the platform's handler pointed to (平台介入的处理人是平台客服，不是我们; 处理人是平台专员，他会联系您).
    notSentence: /不是我|并非我|不是本店|不是店铺|不是商家|冒充|骗子|联系(?:您|你)|找(?:他|她|平台)|以平台|会(?:在|给|联系|处理)/,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:的)?(?:客服|专员|小二|审核|仲裁|工作人员|售后|鉴定|风控)`),
    grow: true,
  },
  {
    // Round 33 (t33f): the platform's promise to the buyer voiced by the shop (平台向您保证48小时内发货, 快手官方跟你承诺…): the platform makes its own
    // promises on its own pages. Not a promise denied or supposed (平台不会向您保证到货时间).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:这边|在此|郑重|特此|也|已经)*(?:向|给|跟|对)(?:您|你)(?:郑重|特此)?(?:保证|承诺|担保|作保|打包票)`),
    notBefore: /(?:如果|假如|要是|不是|并非|没有|不会|联系|找|请|让|叫|要求|申请|由)$/,
    notSentence: /冒充|骗子|不会|不能|如果|假如|是否|会不会|没有/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): the shop's own promise called the platform's (本店的七天价保是平台给的承诺, 我们家的包赔保证是快手官方出的). Promise words only:
    // the platform's real services for the shop's goods (本店商品的正品保障是平台提供的服务) stay clean.
    words: ['承诺', '保证'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:本店|我们店|我们家|我家|咱家|小店|咱们店)(?:的)?[^，。！？]{0,10}?(?:是|由|属于)(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:给的|给我们的|出的|做的|提供的|下的|给出的)(?:的)?$`),
    notSentence: /冒充|骗子|不是平台|并非平台|如果|假如/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): the platform said to forbid the buyer a remedy (平台不允许您申请退款, 快手不让你申请介入, 官方禁止您再申诉): a platform ruling on the
    // buyer's own recourse, told by the shop. Not the platform's real bans (平台不允许私下交易, 不允许您在评价里留联系方式) or rules on shops.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    after: /^(?:官方|方)?(?:这边|那边|方面|系统)?(?:已经|现在|目前|是|就是)*(?:不允许|不让|不准|不许|禁止|不给)(?:您|你)(?:再)?(?:申请|发起|提交|进行)?(?:退款|退货|退换|换货|售后|介入|投诉|申诉|维权|赔付|理赔|退)/,
    notBefore: /(?:如果|假如|要是|不是|并非|没有|会|可能|是否)$/,
    notSentence: /冒充|骗子|如果|假如|是否|会不会|私下|线下|联系方式|刷单|虚假/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): the buyer's money said to be clawed back from their own account by the platform (平台资金监管账户将从您的支付账户扣回误退的款项,
    // 快手会从你的余额里直接划扣): only the platform tells the buyer of its own account actions, and it never claws back by chat. Not a denial (平台不会从您的
    // 账户扣款) or a refund going back (原路退回您的账户).
    words: ['扣回', '划扣', '扣款', '划走', '扣走', '划回', '追回', '扣除'],
    severity: 'block',
    message: MESSAGE,
    before: /从(?:您|你)(?:的)?[^，。！？]{0,6}?(?:账户|账号|帐户|帐号|余额|钱包|银行卡|零钱)(?:里|中|内|上)?(?:面)?(?:直接|自动|强制|一次性)?$/,
    window: 40,
    sentence: new RegExp(`(?:${PLATFORM_ALT}|官方|资金监管|系统)`),
    notSentence: /冒充|骗子|不会|不能|无权|没有权|如果|假如|万一|是否|会不会/,
    asked: true,
    grow: true,
  },
  {
    // Round 33 (t33f): the buyer told that confirming receipt completes the platform's claim or payout (稍后系统会提示您点击确认收货完成理赔, 平台补偿需要您
    // 确认收货后才能领取): confirming receipt pays the shop and never releases a platform payout; the shop speaks for a process it does not run. Not
    // confirming receipt advised on its own (没问题再确认收货, 确认收货后仍可申请售后).
    words: ['确认收货'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:按钮|键)?(?:后|之后|以后)?(?:即可|就能|就可以|才能|才可以|就会|来|以|便可|方可)?(?:完成|激活|领取|领到|领|获得|拿到|收到|到账|发放)(?:[^，。！？]{0,8}?(?:理赔|赔付|补偿|赔偿|退款|补贴|返还|返现|差价|赔款)|$)/,
    window: 60,
    sentence: [new RegExp(`(?:${PLATFORM_ALT}|官方)`), /理赔|赔付|补偿|赔偿|补贴|返还|返现|差价|赔款/],
    notSentence: /冒充|骗子|不会|不用|不需要|无需|如果|假如/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 33 (t33f): a platform check on the buyer announced as failed and the buyer's papers asked for here (平台已对您的收货地址完成实名核验，核验未通过，
    // 需要您重新提供身份证照片给我): the platform asks for its own papers on its own pages. Not the order page pointed to (请在订单页修改订购人信息).
    words: ['核验未通过', '验证未通过', '认证未通过', '审核未通过', '核验失败', '验证失败', '认证失败', '校验失败', '核验不通过', '验证不通过', '实名未通过', '没有通过核验', '没通过核验', '没通过实名'],
    severity: 'block',
    message: MESSAGE,
    window: 60,
    sentence: [PLATFORM_RULED, /给我|给我们|发我|发给客服|私发|在这里发|在这发|直接发过来|发过来|发到这里|交给我/],
    notSentence: /冒充|骗子|不用发|不要发|别发|无需发|不需要发|订单页|如果|假如/,
    grow: true,
  },
  {
    // Round 33 (t33f): the buyer's platform case taken in and closed by the shop (您申请的平台介入我这边已经受理并结案了, 平台申诉我们已经帮您撤销了):
    // only the platform accepts, rules on and closes its own cases. Not the shop's part in them (我这边已经看到了，会配合提交材料) or a power denied.
    words: ['平台介入', '官方介入', '小二介入', '平台的介入', '平台申诉', '平台仲裁', '平台投诉', '平台工单', '介入申请', '平台纠纷'],
    severity: 'block',
    message: MESSAGE,
    after: /^[^。！？]{0,10}?(?:我|我们|我这边|本店|这边|我们这边)(?:这边)?(?:已经|已|刚刚?|直接|帮您|帮你|给您|给你|都)*(?:受理|结案|办结|处理完毕|处理完了|处理完结|处理好了|完结|了结|撤销|撤掉|撤回|关闭|关掉|关了|驳回|判了|裁定|审结)/,
    notSentence: /冒充|骗子|不能|无法|没法|不可以|没有权|无权|不会|如果|假如/,
    grow: true,
  },
  {
    // Round 33 (t33f): a guarantee or promise the platform is said to give this shop alone (这是平台给我们店的专属保障, 本店享受平台直接担保, 平台已经承诺
    // 本店商品降价补差): the platform's programmes cover every buyer alike, and it vouches for no shop. Not the checkout's escrow praised (在这拍有平台担保)
    // or the platform's programmes reported (平台承诺的七天无理由).
    words: ['保障', '担保', '保护', '兜底', '承诺', '保证', '待遇', '特权', '背书'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:专门|特别|单独|特意)?(?:给|为|对)(?:了)?(?:我们|本店|我家|我们家|咱家|小店|我们店|咱们)(?:家|店)?(?:的)?(?:专属|专门|特别|独家|特殊|直接|额外|单独)(?:的)?$|(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:专门|特别|单独|特意|独家)(?:给|为|对)(?:了)?(?:我们|本店|我家|我们家|咱家|小店|我们店|咱们)(?:家|店)?(?:开放|开通|提供|授予|给予|开|申请|争取)(?:了)?(?:的)?$|(?:享受|享有|拥有|获得|得到|有)(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:的)?(?:直接|专属|特别|额外|特殊|独家|单独)(?:的)?$`),
    notSentence: /冒充|骗子|没有|不是|如果|假如/,
    grow: true,
    scope: 'clause',
  },
  {
    // (…or the platform said to have promised this shop's goods: 平台已经承诺本店商品7天内降价补差价, 快手官方保证我们家的货都是正品.)
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:已经|已|特别|专门|郑重|亲自|直接)*(?:承诺|保证|担保|保障)(?:了)?(?:本店|我们店|我们家|我家|咱家|小店|我们的|本店的|咱们店)`),
    notBefore: /(?:如果|假如|不是|并非|没有|不会)$/,
    notSentence: /冒充|骗子|不是平台|并非平台/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 34 (t34d): a paper said to bear the platform's seal (报告上盖的是快手电商的章, 证书加盖了平台公章, 这份说明有官方钢印): the platform
    // stamps no shop's papers, and the seal lends the shop's word its authority. Not a seal denied (平台不会给商家盖章) or another body's seal.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:盖|盖的|盖的是|盖有|盖着|加盖|加盖了|盖了|印的是|印着|印有|有|带|带着|带有|打了|打着)(?:了)?$/,
    after: new RegExp(`^(?:${GUANFANG}|电商|进口|进口电商|平台|总部)*(?:的)?(?:公章|印章|章|钢印|红章|电子章|骑缝章|电子签章|官方章)`),
    notSentence: /冒充|骗子|不会(?:给|盖|加盖|在)|没有(?:盖|加盖)|不是(?:平台|快手|官方)|并非|如果|假如|伪造/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 34 (t34d): the platform said to have checked this order's goods for the buyer (快手已经帮您验过真伪了, 平台替您把正品鉴定做完了, 官方给您
    // 的货做过检测了): the platform authenticates no shop's goods in chat; the shop borrows its word. Not the buyer pointed to a platform service
    // (您可以申请平台鉴定), a check to come (平台会抽检), or one denied.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:这边|那边)?(?:已经|已|都|也|亲自|专门|提前|早就)*(?:帮|替|给|为)(?:您|你)(?:们)?(?:的)?(?:这单|这件|货|商品|订单|包裹)?(?:把)?[^，。！？]{0,8}?(?:验|鉴定|检测|查验|核验|检验|验证|质检|把关)(?:真伪|真假|正品|货)?(?:做|弄|搞)?(?:过|了|完|好)`),
    notBefore: /(?:如果|假如|要是|申请|联系|找|请|让|要求|可以|能否|是否|由)$/,
    sentence: /真伪|真假|正品|假货|假的|质检|鉴定|验货|品质|质量/,
    notSentence: /冒充|骗子|不会(?:帮|替|给|为)|没有(?:帮|替|给|为)|不能|无法|如果|假如|可以申请|会不会|是否/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 34 (t34d): the buyer's money said to be held by the platform and released on a word sent here (您的退款已经被快手冻结了，需要您在这里回复
    // “同意解冻”, 货款被平台暂扣，您确认一下平台才放款): the platform holds and releases its own funds on its own pages, never on a chat reply to the
    // shop. Not the hold reported with the platform pointed to (退款显示冻结的话请联系平台客服).
    words: ['冻结', '暂扣', '扣留', '锁定', '拦截', '扣押', '挂起'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:退款|款项|钱|金额|资金|赔款|补偿款?|货款|余额|差价)[^，。！？]{0,8}?(?:已经|已|被|让|给|都)+(?:${PLATFORM_ALT}|官方|系统)(?:官方|系统|风控|后台)?(?:给|暂时|临时)?$`),
    window: 60,
    sentence: /解冻|放款|释放|回复|才(?:会|能|可以)|需要(?:您|你)|(?:您|你)(?:需要|必须|得)/,
    notSentence: /冒充|骗子|不会|如果|假如|联系(?:平台|快手|官方)|找(?:平台|快手|官方)/,
    asked: true,
    grow: true,
  },
  {
    // Round 34 (t34d): the platform's intervention or ruling said to come to the shop first to deal with (介入结果都会先转到我们这儿来处理, 平台的判定
    // 会先发给我们审, 仲裁结果先交我们定): the shop claims a say over the platform's verdict. Not the result notified to both or carried out by the shop
    // (仲裁结果出来后我们按结果给您退款).
    words: ['介入结果', '仲裁结果', '判定结果', '裁定结果', '处理结果', '审核结果', '判定', '裁定', '裁决', '判决'],
    severity: 'block',
    message: MESSAGE,
    after: /^(?:的)?(?:结果|意见|决定)?(?:都|也|一般|全部|通常)*(?:会|要|得|是)?(?:都)?先(?:转到|转给|转交|转|发到|发给|交给|交到|送到|落到|到|过)(?:了)?(?:我们|本店|我|我这|咱们|店里|店铺)(?:这儿|这里|这边|店|家|手上|手里)?(?:来|去)?(?:处理|审|审核|过目|定|决定|把关|裁定|判)/,
    sentence: new RegExp(`(?:${PLATFORM_ALT}|官方|小二)`),
    notSentence: /冒充|骗子|如果|假如|按(?:照)?(?:平台|官方)?(?:的)?(?:结果|判定|裁定)|执行/,
    grow: true,
  },
  // Round 35 (t35e), FE batch: the mechanisms by which a shop makes a buyer think it speaks or acts for the platform, beyond naming
  // itself: a platform professional invented and put in the shop's process (平台药师, 平台质检员), the platform's hands said to have been on
  // this order's goods (its inspector in our warehouse, its seal on the box, its lab's certificate), the platform's money or repair handed
  // out through or for the shop alone, and the shop's desk set apart from ordinary shops as the platform's. Not: the platform's real
  // programmes told as the platform's (七天无理由, 平台券, 运费险, 平台介入, 抽检 to come), the buyer pointed to them, the shop's own staff.
  {
    // A platform professional no platform staffs for buyers, put in the shop's process (我转给平台药师, 先由平台营养师评估, 平台的鉴定员来仓库验过).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    // Round 40 (t40c): …with its field between the designation and the title (快手官方认证的进口商品鉴定师, 平台指定的跨境美妆检测师).
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:这边|那边)?(?:的)?(?:专业|专职|驻场|驻店|认证|指定|签约|执业|特聘|派来的)?(?:(?<=认证|指定|签约|特聘|授权)的(?:(?!店|商家|卖家|品牌|第三方|我|您|你)[^，。！？]){1,6}?)?(?:${PLATFORM_PROS})`),
    notBefore: /(?:申请|联系|找|请|向|问|咨询|要求|如果|假如|冒充|假冒|自称|不是|并非)$/,
    notSentence: /冒充|骗子|假冒|自称|并非平台|不是平台的/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform said to have checked this order's goods already, any verb (平台抽检员在我们仓库现场查验过了, 每一饼平台都抽样检测过, 证书是平台
    // 统一送检的). Not checks to come (平台会抽检), the buyer pointed to one (可以申请平台鉴定), or other bodies' checks (海关查验过了).
    words: ['查验', '验货', '验', '鉴定', '检测', '抽检', '质检', '检验', '送检', '认证', '出具', '开具', '签发'],
    severity: 'block',
    message: MESSAGE,
    // (round 38, t38c: …or an office of the platform's named as the issuer — 这份证书是快手平台官方鉴定中心出具的)
    before: new RegExp(`(?<!申请|联系|找|请|让|要求|可以)${PLATFORM_ALT}(?:${GUANFANG})?(?:的)?(?:[^，。！？]{0,3}?(?:${PLATFORM_PROS}|员|师|人员|专员|同事)|(?:鉴定|检测|质检|检验|认证|评估|溯源)(?:中心|机构|部门?|实验室|站|处|所))?(?:在[^，。！？]{1,8}?)?(?:已经|已|都|也|亲自|专门|统一|现场|提前|早就|逐.|全部|抽样|挨个)*$`),
    after: /^(?:过|了|完)|^的$/,
    // (验过收, 验收了: a return received at the platform's warehouse)
    notAfter: /^(?:过|了|完)?收/,
    sentence: /这(?:一)?(?:只|件|台|单|批|个|款|枚|瓶|双|饼|盒|包|条|把|副|套|箱|罐|支|块|颗|部|份)|(?:您|你)(?:这|的)|发货前|出库前|寄出前|证书|报告/,
    notSentence: /冒充|骗子|没有|不会|如果|假如|要是|可以申请|是否|会不会|有没有|不是平台|并非平台/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's seal or anti-fake label on the shop's parcel (盒子上的封签是平台贴的, 外箱封条是快手统一封的): the platform seals no shop's box.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:统一|亲自|专门|现场|给您|给你)?(?:贴|封|加贴|加封|打|挂|上|盖)(?:上|好)?(?:的|了)?(?:防伪|验真|溯源)?(?:封签|封条|封口贴|防伪标签?|防伪贴|防伪码|铅封|验真标|溯源码|标签)?(?:$|(?<=封签|封条|封口贴|标签|防伪贴|防伪码|铅封|验真标|溯源码))|^(?:${GUANFANG}|方)?(?:的|专用的?|统一的?)(?:防伪|验真)?(?:封签|封条|铅封|验真标|防伪标签?|防伪贴)`),
    sentence: /封签|封条|封口贴|防伪|铅封|验真标|溯源码|标签/,
    notSentence: /冒充|骗子|不会|没有|不是平台|并非平台|如果|假如/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform said to repair or replace the shop's goods itself (坏了直接找平台换新机, 平台会派人上门修): warranty is the shop's; the platform
    // only rules on after-sales. Not the shop replacing after a ruling (平台判定后我们给您换新) or the buyer sent to apply (申请平台介入).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:那边|这边)?(?:会|就|都|也|直接|负责|统一|免费|来|给(?:您|你)|帮(?:您|你)|为(?:您|你)|派人|派师傅|安排人|安排师傅|上门)*(?:换新|换台新|换个新|换一台新|换一个新|包换新|上门修|上门维修|维修|修好|修理)|^(?:${GUANFANG}|方)?(?:那边|这边)?(?:会|就|都|也|照样|一样|还|直接|负责|统一|免费|来|给(?:您|你)|帮(?:您|你)|为(?:您|你))+修(?:的|了)?$`),
    // Only with the shop's warranty or the shop bypassed in view: a bare 平台…换新 may tell a real programme.
    // Round 36 (t36f): …also the shop gone (就算哪天店铺关了，平台也会负责给您修) or the warranty said to be signed with the platform.
    sentence: /质保|保修|延保|兜底|(?:不用|不必|无需|用不着|都不用|也不用)(?:再)?(?:经过|找|联系|通过)(?:我们|本店|店里|商家)|直接[^，。！？]{0,6}?找(?:平台|快手|官方)|店不做|倒闭|关店|店(?:铺)?[^，。！？]{0,3}?(?:关了|关门|没了|不在了|跑路|注销|不开了|不干了)/,
    notSentence: /冒充|骗子|不会|不负责|不管|不提供|没有|不是平台|申请|判定后|如果平台|假如平台/,
    // Round 37 (t37f): 官方维修点 is a place — the brand's service point, named as where to take the goods (国内官方维修点能修，保修期内也要付费;
    // 官方售后中心可以检测), not the platform repairing. Only when the place noun follows the repair word.
    notAfter: /^(?:方)?(?:的)?(?:维修|售后|服务|检测|保修)(?:点|站|中心|网点|门店|部|店)/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's backing promised to the buyer (这三年是平台给您兜底的) or its payout by a measure no programme has (平台也会按原价赔给您,
    // 平台按三倍赔): warnings, like 平台兜底赔付. Not 平台会给您赔付 for a late parcel or 平台会按规则先行赔付 (real programmes, told as such).
    words: ['兜底', '托底', '包底'],
    severity: 'warn',
    message: '替平台承诺赔付，容易让买家误以为是平台的保证（规则 2.9）；请说明以平台规则和处理结果为准',
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|让|要求)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:也|就|都|会|直接|统一|来)*(?:给|为|帮)(?:您|你)(?:们)?(?:来)?$`),
    // (the backing named as a real programme — 平台给您兜底的是七天无理由 — is reported, not promised)
    notSentence: /冒充|骗子|不会|没有|如果平台|假如平台|申请|七天无理由|7天无理由|运费险|先行赔付|极速退款|按(?:平台)?(?:的)?规则/,
    grow: true,
  },
  {
    words: ['赔', '赔付', '赔偿', '包赔', '赔给您', '赔给你', '赔钱'],
    severity: 'warn',
    message: '替平台承诺赔付，容易让买家误以为是平台的保证（规则 2.9）；请说明以平台规则和处理结果为准',
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|让|要求)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:也|就|都|会|直接|统一|来)*按(?:照)?(?:原价|全价|原价格|订单价|购买价|实付|全额|双倍|[0-9一二两三四五六七八九十]+倍)(?:的)?(?:价格|金额)?(?:来)?$`),
    notSentence: /冒充|骗子|不会|没有|如果平台|假如平台|申请/,
    grow: true,
  },
  {
    // A payout promise the platform is said to carry out (假一赔十由平台直接执行, 三倍赔付快手来兑现): a warning, like 平台兜底赔付.
    words: ['执行', '兑现', '兑付', '落实'],
    severity: 'warn',
    message: '替平台承诺赔付，容易让买家误以为是平台的保证（规则 2.9）；请说明以平台规则和处理结果为准',
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|让|要求)${PLATFORM_ALT}(?:${GUANFANG}|平台)?(?:会|都|来|直接|负责|统一|亲自)*$`),
    sentence: /假一赔|赔(?:付|偿)?(?:[0-9一二两三四五六七八九十]+倍|双倍|全额)|[0-9一二两三四五六七八九十]+倍(?:赔|的赔)/,
    notSentence: /冒充|骗子|不会|没有|如果平台|假如平台|以平台|申请/,
    grow: true,
  },
  {
    // The platform's coupon, subsidy or perk said to be for this shop alone, or applied by the shop (这张券是快手发给您的专属补贴，只能在我们店用;
    // 平台给老客户补贴了20元，我已经从您的订单里扣掉了): the platform's money is the platform's to hand out, on its own pages, at every shop alike.
    // Not the shop's own coupon, the platform's coupon told as usable anywhere, or its discount shown on the order.
    words: ['券', '补贴', '红包', '津贴', '福利', '延保', '特权', '优惠', '礼金', '折扣', '减免', '特价'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?<!申请|联系|找|向|请|可以|领取|领)${PLATFORM_ALT}(?:${GUANFANG})?(?:专门|特意|特别|单独|额外|统一|今年|这次)?(?:发给|送给|补贴给|给|发|送|补贴|出)?(?:了)?[^，。！？]{0,6}?$`),
    window: 40,
    sentence: /只能在(?:我们|本|咱们?|我)(?:家|店)|只有(?:在)?(?:我们|本|咱们?|我)(?:家|店)|只限(?:我们|本|咱们?)(?:家|店)|(?:别|其他|其它)(?:的)?(?:店|家|商家)(?:都)?(?:没有|用不了|不能用|没这)|(?:我|我们|我这边|这边)(?:已经|已|直接|帮(?:您|你)|给(?:您|你))*(?:从|在)(?:您|你)?(?:的)?(?:订单|货款|实付|付款)[^，。！？]{0,4}?(?:扣|减|抵)|(?:我|我们|我这边|这边)(?:已经|已|直接|帮(?:您|你)|给(?:您|你))*改(?:了|好)?价/,
    // (…nor the re-pricing denied: 是平台券抵扣的，不是我们改的价)
    notSentence: /店铺券|本店券|店铺优惠券|店铺的券|通用|冒充|骗子|不是平台|并非平台|叠加|(?:不是|并非|没有?)(?:我|我们|店里|本店)(?:这边)?(?:给(?:您|你))?改/,
    grow: true,
  },
  {
    // The buyer's case handed by the shop to a platform person whose nod gates the shop's act (我已经报给平台那边的负责人了，他点头了我就给您退;
    // 递交给平台的审核老师了，审完我这边通知您), or a platform person booked for the buyer (我帮您约了平台的售后专员): the shop has no such line.
    // Not the case reported to the platform, which answers the buyer itself (已经反馈给平台客服，平台会直接联系您).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:转给|转交给?|交给|报给|递交给|提交给|发给|上报给|递给|(?:帮|给|替)(?:您|你)(?:约|安排|叫|请|预约|找)(?:了)?(?:一位|一个|个|位)?)$/,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:那边|这边|内部)?(?:的)?(?:负责人|审核老师|老师|领导|主管|经理|专员|审核员|小二|工作人员|售后专员|客服专员|调解员|仲裁员|鉴定师|${PLATFORM_PROS})`),
    window: 40,
    sentence: /(?:审完|审核完|通过|同意|点头|批了|批准|确认|回复)[^，。！？]{0,6}?(?:我|我们)(?:这边)?(?:再|就|马上|才|会)?|(?:我|我们)(?:这边)?(?:再|才)(?:给|帮|为)(?:您|你)|(?:他|她|专员|对方)(?:明天|稍后|今天|晚点|会)[^，。！？]{0,6}?(?:打电话|联系|致电|回访)/,
    notSentence: /冒充|骗子|平台会(?:直接)?(?:联系|通知|处理)/,
    grow: true,
  },
  {
    // The platform's authorisation claimed by the shop for a ruling (按照平台给我们店的授权，这种情况我们可以直接判定不退). Not a brand's licence.
    words: ['授权', '授的权', '授权书'],
    severity: 'block',
    message: MESSAGE,
    // (round 38, t38g: …written or internal, and the ruling carried out on it — 这是平台给我们的书面授权，我现在直接按这个给您办; 一律只退一半)
    before: new RegExp(`${PLATFORM_ALT}(?:${GUANFANG})?(?:专门|特别|特意|已经|已)?(?:给|对|授予)(?:了)?(?:我们|本店|我们店|咱们|小店|我家|我们家|咱家)(?:店|家)?(?:的)?(?:书面|正式|内部|特别|专门|全权)?$`),
    window: 40,
    sentence: /判定|裁定|裁决|判(?:您|你|商家|买家)|驳回|不退|不予|直接(?:退|处理|同意|拒绝|关闭|按|照)|做主|说了算|一律|只(?:能)?退/,
    notSentence: /品牌授权|授权书上|冒充|骗子|没有|不是平台/,
    grow: true,
  },
  {
    // The shop's desk set apart from ordinary shops as the platform's (我们不是普通店铺，是平台派驻的服务点; 跟一般商家不一样，是快手指派的售后点).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:不是|并非|不属于)(?:普通|一般|单纯|普普通通|寻常)(?:的)?(?:店铺|商家|卖家|店|小店|网店|商户)[^。！？]{0,4}?(?:而)?(?:是|属于)$|(?:跟|和|与|比)(?:一般|普通|别的|其他|其它)(?:的)?(?:商家|店铺|卖家|店)(?:都)?不一样[^。！？]{0,4}?(?:是|属于)$/,
    after: new RegExp(`${ROLE.source}|^(?:${GUANFANG})?(?:的)?(?:直属|下属|直营|自营|派驻|委派)`),
    notAfter: OWN_STANDING,
    grow: true,
  },
  {
    // Telling the shop one's complaint said to be the platform's process itself (跟我说就等于走了平台流程, 找我们就相当于提交了平台申诉).
    words: ['流程', '程序', '申诉', '介入', '投诉', '仲裁', '售后'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:跟|和|找|问|联系|告诉|同|对)(?:我|我们|本人|我这边|咱们|本店)(?:说|讲|反映|反馈|申请|提)?(?:的话)?[^，。！？]{0,3}?(?:就|也|都)?(?:等于|等同于|相当于|就是)(?:走|走了|走过|经过|过了|提交了|提交|申请了|申请|发起了)?(?:了)?(?:平台|官方|快手)(?:的)?$/,
    notSentence: /不一样|不同|不是一回事|不等于|并不|冒充|骗子/,
    grow: true,
  },
  {
    // A second post at the platform's own desks (我这边同时负责平台的纠纷调解, 我也兼着管快手的仲裁). Not liaising with them (负责跟平台对接).
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人|我这边|我们)[^，。！？]{0,4}?(?:同时|也|还|另外|顺便)(?:兼|兼着)?(?:在)?(?:负责|管|做|兼管|分管|处理|主管)(?:着)?$/,
    after: /^(?:官方|方)?(?:的)?(?:纠纷|争议|交易|售后)?(?:调解|仲裁|裁定|裁决|介入|判定|申诉)(?![^，。！？]{0,3}?(?:对接|沟通|联系|跟进|材料|提交|工单|配合|举证))/,
    notSentence: /冒充|骗子/,
    grow: true,
    scope: 'clause',
  },
  {
    // The platform's staff said to be close to the shop, with the buyer's case to go through (审核的小二跟我们很熟, 平台审核员和我们老板是朋友).
    words: ['小二', '审核员', '审核', '平台', '快手', '官方', '客服'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:平台|快手|官方|审核|审核的|负责[^，。！？]{0,6}?的)$/,
    // Round 44 (t44h): …or sitting beside us, in the same office (平台审核的小姐姐就坐我旁边，打声招呼就过了): proximity told as access.
    after: /^(?:那边)?(?:的人|的员工|的小二|的同事|的小姐姐|的小哥哥?|的妹子|的姐姐|的大哥|那个小姐姐|那个小哥|那位)?(?:(?:都|也|跟|和|与)*(?:我们|我|咱们|咱)(?:店|家|老板|店长|老板娘)?(?:(?:很|挺|特别|比较|都|非常|老)*(?:熟(?!悉|练)|认识|是朋友|是老朋友|是同学|是亲戚)|关系(?:很|挺|特别|比较|都|非常)*(?:好|铁|近))|(?:就|都|也|平时)*(?:坐|在|住)(?:在)?(?:我|我们|咱们)(?:的|这|店)?(?:旁边|隔壁|身边|对面|后面|楼上|楼下|工位旁|一个办公室|同一个办公室))/,
    window: 40,
    sentence: /过|通过|批|删|撤|压|搞定|放|快|没问题|同事|放心|打招呼/,
    notSentence: /不认识|不熟|没有关系|没关系|冒充|骗子/,
    grow: true,
  },
  {
    // Round 36 (t36f): a platform desk with a made-up title introducing itself to the buyer, no 我是 (快手进口电商刀具类目安全登记员为您服务;
    // 平台售后稽核组长为您处理; 快手跨境消费安全督导员在此提醒您): any title of up to a dozen units ending in a staff word, then the service
    // greeting. Not the platform's staff promised or pointed to (平台会安排专员为您处理, 申请后由平台专员为您服务) nor the shop's own desk.
    words: [...PLATFORM_NAMES.filter((w) => w !== '快手小店'), '平台'],
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:进口|电商|跨境|${GUANFANG}|平台|的)*(?:(?!店|商家|卖家|品牌|主播|达人|直播|用户|买家|会员|粉丝|我|本|会|将|可|能|要|让|请|等|由|到|给|向|找|联系|安排|派|指派|转|介入后|审核后|之后|以后)[^，。！？]){1,12}?(?:员|官|师|专员|督导|主任|组长|科长|处长|主管|经理|专家|顾问|代表)(?:[a-z]{2,10}|工号[0-9a-z]{1,12}|[0-9a-z]{1,8}号|小.)?(?:(?:竭诚|很高兴|乐意|正在|现在|在此|特此|现)?为(?:您|你)(?:服务|解答|处理|效劳|核验|登记|办理)|(?:在此|特此|现)(?:提醒|通知|告知)(?:您|你))`),
    reach: 28,
    grow: true,
    notBefore: /(?:联系|找|问|咨询|向|请|让|等|等待|由|申请|转|转给|提交给|反馈给|会有|品牌|旗舰店|店铺|本店|店|品牌方|在|通过|用|使用|走|经|经过|按|按照|依照|不是|并非|冒充|假冒|自称)$/,
    notSentence: /冒充|假冒|骗子|诈骗|自称|不是我们|不是本店|谨防|核实|别信|不要相信/,
  },
  {
    // Round 36 (t36f): the shop's warranty said to be signed or launched with the platform (我们和快手官方签了“整车五年质保”, 本店跟平台签了三年
    // 保修协议, 这项终身保修是我们与平台联合推出的): the shop's own promise passed off as the platform's. Not the shop's admission or deposit
    // (我们和平台签了入驻协议, 跟平台签了保证金协议) nor a warranty the shop says is its own.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    before: /(?:我们|本店|我家|小店|咱家|我们店|我们家|咱们|店里)(?:店|家)?(?:已经|已|专门|特别|早就|是)?(?:和|跟|与|同)$/,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:专门|特别|单独|联合|共同|一起)?(?:签了|签过|签订了?|签署了?|签的|签|联合推出|共同推出|一起推出|合作推出)[^，。！？]{0,10}?(?:质保|保修|延保|包换|换新|保价|终身|[0-9一二两三四五六七八九十]+年)`),
    grow: true,
    scope: 'clause',
    notSentence: /冒充|骗子|入驻|保证金|不是平台|并非平台|如果|假如/,
  },
  {
    // Round 36 (t36f): …or the warranty named first, then said to be launched by the shop and the platform together (这台咖啡机的终身保修是我们与快手
    // 联合推出的, 三年质保是平台和本店共同提供的). Not a promotion the platform co-funds (满减活动是平台和我们联合推出的): warranty and payout words only.
    words: ['联合推出', '共同推出', '一起推出', '合作推出', '联合提供', '共同提供', '联合承诺', '共同承诺', '联合发起', '共同发起', '一起签的', '共同签的', '联合签的'],
    severity: 'block',
    message: MESSAGE,
    before: new RegExp(`(?:(?:我们|本店|我家|小店|咱家|我们店|我们家)(?:店|家)?(?:和|跟|与|同)(?:${PLATFORM_ALT})|(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:和|跟|与|同)(?:我们|本店|我家|小店|咱家|我们店|我们家))(?:${GUANFANG})?(?:店|家)?$`),
    grow: true,
    window: 30,
    sentence: /质保|保修|延保|包换|换新|保价|终身|[0-9一二两三四五六七八九十]+年(?:保|换|修)|假一赔|赔付|赔偿|包赔|兜底/,
    notSentence: /冒充|骗子|不是平台|并非平台|如果|假如|活动|满减|优惠券|补贴/,
  },
  {
    // Round 36 (t36f): a seal or stamp on the shop's certificate or picture said to be the platform's (证书是快手官方盖的章, 图片上的鉴定章是平台盖的,
    // 报告上加盖了快手进口的公章): the platform stamps no shop's papers. Not a third party's seal (检测机构盖的章) nor a denial.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方|进口|电商)*(?:的)?(?:亲自|统一|专门|直接)?(?:盖|加盖|盖上|签章|钢印|压印)(?:的|了|过)?(?:章|公章|印章|钢印|鉴定章|认证章|印)?|^(?:${GUANFANG}|方|进口|电商)*(?:的)?(?:正品|鉴定|认证|质检|官方|专用)*(?:章|公章|印章|钢印|鉴定章|认证章)`),
    window: 30,
    sentence: /证书|报告|证明|鉴定|认证|图片|照片|右下角|盖|章|印/,
    notSentence: /冒充|骗子|不会|没有|不是平台|并非平台|不盖|不给|如果|假如|检测机构|第三方|海关/,
    grow: true,
  },
  {
    // Round 36 (t36f): the buyer's complaint said to stop at the shop, the platform out of it (投诉最后也是转到我们这，我们直接给您处理结果; 平台不管这个，
    // 我们处理就行; 平台那边不会再介入了): the shop answering as the last instance. Not the platform's own limits told (平台不介入私下交易，请在平台内
    // 下单) nor the buyer pointed to it.
    words: PLATFORM_WORDS.filter((w) => w !== '快手小店'),
    severity: 'block',
    message: MESSAGE,
    after: new RegExp(`^(?:${GUANFANG}|方)?(?:那边|这边|方面)?(?:也|都|根本|是)?(?:不会(?:再)?介入|不再介入|不管(?:这个|这种|这些|这事|的)?|管不了|不插手)`),
    // (its own 不 is the claim, not a denial of it)
    deniable: false,
    window: 50,
    sentence: [/投诉|差评|退款|售后|纠纷|举报|工单|申诉/, /转到我们|到我们(?:这|后台|手里)|(?:我们|本店|这边|我这边)(?:这边)?(?:直接)?(?:处理就行|处理就好|说了算|来决定|决定就行|裁定|来判|定了)|(?:我们|本店)(?:已经|已)?(?:处理完|替平台|代平台)|直接给(?:您|你)(?:处理结果|结果|答复)/],
    notSentence: /私下交易|私下转账|站外|平台外|不要|请勿|别|冒充|骗子|申请平台|联系平台|找平台客服|平台客服会|平台会介入|可以申请/,
    grow: true,
  },
  {
    // Round 36 (t36f): a coupon or payout said to be specially approved by the platform for this buyer, in the shop's mouth (这张券是平台特批给您的,
    // 快手官方特批给您的补偿): the shop speaking for the platform's grants. A warning: the platform does issue compensation, seen in its own pages.
    words: ['特批', '特别批准', '专门批', '特意批', '特殊批准', '破例批'],
    severity: 'warn',
    message: '替平台宣布特批的补偿或优惠，容易让买家误以为商家能代表平台（规则 2.9）；请以平台页面和通知为准',
    before: new RegExp(`(?:${PLATFORM_ALT})(?:${GUANFANG})?(?:那边|方面)?(?:专门|特意|特别|已经|已)*$`),
    after: /^(?:了)?(?:给|发给|送给|补给|的)/,
    window: 30,
    sentence: /券|补偿|红包|减免|优惠|补贴|赔|礼包|礼金|无门槛/,
    notSentence: /冒充|骗子|如果|假如|申请|不会|没有/,
    grow: true,
  },
  {
    // Round 36 (t36f): the shop collecting or checking for the platform, in its stead (平台为了防恶意退款，由我们商家代为收集身份证照片和支付截图;
    // 这类投诉平台委派商家代为审核; 平台要求我们代为核验您的身份，审核通过后才放款): the platform's own checks on refunds, complaints or accounts
    // claimed by the shop. Not customs paperwork (订购人实名、清关资料由我们代为提交) nor the shop's own steps (我们代为寄回).
    words: ['代为', '代平台', '替平台', '帮平台'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:由|让|叫|要|请|交给|委托|委派|安排)?(?:我们|本店|商家|我们商家|我们店|小店|店铺|我这边|我们这边|店家|咱们|这边)(?:这边|统一|来|负责|商家)?$/,
    after: /^(?:收集|收取|采集|核验|核实|审核|验证|认证|上报|登记|核查|鉴定|判定|裁定|受理|审批|复核|查验|收)/,
    window: 60,
    sentence: [/平台|快手|官方/, /退款|放款|到账|售后|投诉|纠纷|理赔|赔付|恶意|风控|冻结|身份证|支付截图|银行卡|实名|账号|账户/],
    notSentence: /清关|海关|报关|订购人|关税|跨境税|冒充|骗子|不会|谨防|不需要|无需|不用|不是平台|并非平台|无权|不能代|无法代/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 37 (t37e): the buyer's identity data asked for here in the platform's name (平台要核验您是本人，系统发了验证码，告诉我一下; 回复身份证
    // 后六位，我们帮您向平台报备; 平台要求实名，把证件拍照发这里，我们代为上传): the platform takes its own codes and papers on its own pages, so
    // the shop collecting them for it poses as its desk. Not customs' orderer check (清关需要订购人身份证), nor a warning (验证码不要告诉任何人).
    words: ['验证码', '校验码', '动态码', '短信码', '六位数字', '四位数字', '六位数', '四位数', '那串数字', '短信里的数字', '身份证', '证件号', '证件照', '出生证明', '户口本', '户口簿', '人脸照', '手持照', '银行卡号', '支付密码', '登录密码'],
    severity: 'block',
    message: MESSAGE,
    window: 60,
    sentence: [ID_FOR_PLATFORM, ID_ASKED_HERE],
    notSentence: ID_NOT_FOR_PLATFORM,
  },
  {
    // Round 37 (t37e): dropping a complaint or review made a step of the platform's process for the money (按平台流程，您要先撤回投诉，系统才会打款;
    // 平台规定撤销介入后才能到账): a condition the platform never sets, put in its mouth. Not the buyer told there is no need (您不需要撤销投诉).
    words: ['撤回', '撤销', '撤掉', '撤了', '删掉', '删除', '取消'],
    severity: 'block',
    message: MESSAGE,
    after: WITHDRAWN_AFTER,
    window: 60,
    sentence: WITHDRAWAL_FOR_PLATFORM,
    notSentence: WITHDRAWAL_NOT,
    grow: true,
    scope: 'clause',
  },
  {
    // …the complaint or review named first (您得先把差评删掉，系统才会给您退款).
    words: ['撤回', '撤销', '撤掉', '撤了', '删掉', '删除', '删了', '取消'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:投诉|差评|评价|举报|申诉|介入|维权|仲裁)(?:申请)?(?:给)?(?:先)?$/,
    window: 60,
    sentence: WITHDRAWAL_FOR_PLATFORM,
    notSentence: WITHDRAWAL_NOT,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 38 (t38g): the platform's special approval claimed for the goods or the deal (这批礼花是平台为春节活动特批的 / 这款是快手特许我们卖的 / 经
    // 平台破例批准): the platform grants no shop a private exception, and the shop cannot speak for one. Not an approval still needed or asked
    // (需要平台特批, 我们在申请平台特批) nor denied.
    words: ['特批', '特许', '特别批准', '特别审批', '破例批准', '破例同意', '开了绿灯', '开绿灯', '特殊审批'],
    severity: 'block',
    message: '声称商品或交易获得平台“特批”，以平台名义背书，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:是|由|经|经过|获|获得|得到|拿到|已)(?:${PLATFORM_ALT})(?:${GUANFANG}|方|那边|这边|总部|审核)?[^，。！？]{0,10}?(?:专门|特意|特地|特别|已经|已)?$`),
    // (a gift or coupon granted to the buyer, 平台特批给您的券, is the platform's gift handed over: a warning elsewhere)
    after: /^(?:的|了|过|给(?!您|你)|我们|本店|这|下来|上架|上线|销售|售卖|卖|发售|引进|进口|入驻|$)/,
    notSentence: /需要|得先|申请中|在申请|正在申请|等待|等平台|如果|假如|要是|冒充|骗子|不会/,
    grow: true,
  },
  {
    // Round 38 (t38g): a meeting held with the platform over the buyer's case, its outcome then told (我刚和平台开了内部会，平台的处理意见是… / 跟快手
    // 小二开会讨论过了，您这单只能…): the platform holds no meetings with a shop on a buyer's dispute. Not the platform's merchant training or
    // a campaign briefing (下周平台开招商会).
    words: ['内部会', '内部会议', '开了会', '开过会', '开了个会', '开会讨论', '开会研究', '开会决定', '碰了个头', '碰过头', '开了碰头会', '会商', '视频会', '电话会'],
    severity: 'block',
    message: '声称与平台开会商定买家的售后结果，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:和|跟|与|同)(?:${PLATFORM_ALT}|小二)(?:${GUANFANG}|方|那边|的人|的同事|客服|审核|售后|小二)?(?:一起|刚|刚刚|已经|专门|特意|也)*(?:开|碰|商量|沟通)?(?:了|过)?$`),
    window: 40,
    sentence: /退|赔|换|售后|处理|判|结论|意见|决定|这单|您的|申请|投诉/,
    notSentence: /培训|招商|大促|活动报名|直播|冒充|骗子|如果|假如/,
    grow: true,
  },
  {
    // Round 41 (t41e): the buyer's own rating or review said to be rewritten by the platform or one of its panels (平台会在3个工作日内替您把评分改为
    // 五星; 快手官方已经帮您把差评调成好评了; 评审团会给您改成五星): the platform never rewrites a buyer's review, and the shop promising it speaks
    // for the platform. Not the buyer invited to edit it (您可以自己把评价改成好评: review bait, not this), nor denied (平台不会替您修改评价).
    words: ['五星', '5星', '五颗星', '好评', '满分', '满星'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:改为|改成|改到|调为|调成|调到|修改为|修改成|变为|变成|换成|刷成|升为|升到)$/,
    window: 50,
    sentence: new RegExp(`(?:${PLATFORM_ALT}|评审团|评审组|评审委员会|审核组|审核团)(?:${GUANFANG}|方|那边|这边|系统|后台|评审团|评审组|审核组)?(?:[^，。！？]{0,12}?)(?:替|帮|给|为)(?:您|你)[^，。！？]{0,10}?(?:评分|评价|差评|中评|星级|打分|分数)?[^，。！？]{0,4}?(?:改|调|修改|变|换|刷|升)`),
    notSentence: /不会|不能|无法|没法|没有权限|冒充|骗子|如果|假如|要是|您可以自己|你可以自己|自己改/,
    grow: true,
  },
  {
    // Round 41 (t41e): a ruling paper of the platform cited or said to be issued on the buyer's case (根据快手进口平台《跨境电子产品售后裁定书》第3号，
    // 本次损坏认定为人为; 平台的处罚决定书已经下发到您的站内信): the platform issues no numbered rulings through a shop, so the shop reading one out
    // poses as it. Not a court's or an arbitration commission's papers (法院判决书, 劳动仲裁裁决书), nor one denied or foreseen.
    words: ['裁定书', '裁决书', '判决书', '仲裁书', '决定书', '认定书', '处罚书', '判定书', '裁定文书', '处理意见书'],
    severity: 'block',
    message: '以平台名义出具或引用裁定文书、宣布处理结果，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [new RegExp(`${PLATFORM_ALT}`), /认定|判定|裁定|驳回|不予|人为|责任|生成|下发|出具|已出|第[0-9一二三四五六七八九十]+号|编号|文号/, /您|你|买家|本次|这单|此单|该订单|本单/],
    notSentence: /法院|人民法院|仲裁委员会|仲裁委|劳动仲裁|公证处|律师|如果|假如|要是|冒充|骗子|不会|没有|不存在|不出具|(?:给|对)(?:我们|本店|商家|店铺|我们店)(?:下发|出具|作出|开)|(?:我们|本店|商家|店铺|我们店)(?:收到|被|受到|领到)/,
    grow: true,
  },  {
    // Round 42 (t42e): the platform's approval said to be the speaker's own act (这单平台给您特批了运费险双倍赔付，我就是审批人; 快手官方批的补偿，
    // 批的人就是我): only the platform's staff approve in its name. Not the shop's own sign-off (退款要店长审批，我就是审批人), nor denied.
    words: ['审批人', '审批员', '批复人', '签批人', '批的人', '批准人', '审批的人'],
    severity: 'block',
    message: MESSAGE,
    window: 50,
    sentence: [new RegExp(`(?:${PLATFORM_ALT}|官方)(?:这边|那边|方面)?[^，。！？]{0,10}?(?:特批|审批|批准|批复|批了|批下来|批的)`), /(?:我|本人)(?:就|正|也|其实)?是[^，。！？]{0,5}?(?:审批|批复|签批|批准|批)的?(?:人|员)|(?:审批|批复|签批|批准|批)的?(?:人|员)(?:就|也|正|便|其实)?是(?:我|本人)(?![们店])/],
    notSentence: /店长|老板|主管审批|店铺|本店|我们店|商家后台|不是平台|并非平台|冒充|骗子|如果|假如|要是/,
    grow: true,
  },
  {
    // Round 42 (t42e): the platform's own-store tagline said of the shop's goods (平台自营，官方直发，放心买; 快手自营，正品保障): a bare clause, no
    // subject, naming the goods as the platform's own stock. Not asked or denied (是平台自营吗？, 不是平台自营), nor the platform's store pointed
    // to (平台自营店也有这款), nor a brand's official shipping (品牌官方直发).
    words: [...PLATFORM_NAMES.filter((w) => w !== '快手小店'), '平台'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:^|[，。！？,.!?；;：:\s~～]|本品|本商品|商品|全场|正品|官方)$/,
    after: new RegExp(`^(?:${GUANFANG}|平台|进口|电商)*(?:自营|直营|直发|直供|直采)(?:正品)?(?=[，。！？,.!?；;～~\\s]|$|[^\\u4e00-\\u9fff\\w])`),
    notSentence: /吗|么|？|\?|是不是|是否|不是|并非|非平台|有没有|也有|也卖|另外|比我们|那边|别家|冒充|骗子|不属于/,
    asked: true,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 42 (t42e): a platform rule cited as internal and out of the buyer's reach, the shop's word to settle it (这份细则是我们平台内部刚出的，
    // 外面查不到，以我说的为准; 快手内部的新规定，不对外公布，您按我说的来): only the platform's staff could hold its unpublished rules. Not the
    // shop owning it does not know them (平台内部的审核标准我们也不清楚), nor the buyer pointed to the platform.
    words: ['内部'],
    severity: 'block',
    message: '以平台内部规定为名要求买家以商家说法为准，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT}|官方)(?:的)?$`),
    window: 40,
    sentence: [/细则|规定|规则|新规|条款|条例|文件|通知|政策|标准|口径/, /查不到|看不到|找不到|不对外|不公开|没有公开|没公开|未公开|外面没有|不外传|以我(?:们)?(?:说的|的|这边)?为准|听我的|按我说的/],
    asked: true,
    notSentence: /不清楚|不知道|不了解|没法|无法|不方便|问(?:一下|下)?(?:平台|官方)|联系(?:平台|官方)|咨询(?:平台|官方)|以平台(?:的)?[^，。]{0,6}为准|冒充|骗子/,
    grow: true,
  },
  {
    // Round 42 (t42e): an official platform programme named by the shop and run through it for the buyer (您的账号已入选快手进口电商“书香家庭”官方计划，
    // 凭本条消息可领200元补贴，我这边帮您登记; 这次补件属于快手进口“缺件无忧”官方计划，由平台出资…给平台打满分，否则计划会被取消): enrolling, paying out,
    // or holding the buyer to terms in a platform programme speaks for the platform. Not the platform's real promotion pointed to (平台的百亿补贴
    // 在活动页领), nor the shop's own enrolment told (我们店报名了快手的品质保障计划).
    words: ['计划', '项目', '专项', '工程', '行动'],
    severity: 'block',
    message: '以平台名义编造官方计划并代为登记、发放或设定条件，属于冒充平台（规则 2.9）',
    // (round 42, t42k: …or the programme's own name right after the platform, its quotes gone in the compact view — 入选平台“优选体验官”计划,
    // 快手「宠粉」专项)
    before: new RegExp(`(?:${PLATFORM_ALT})[^，。！？]{0,14}?(?:${GUANFANG}|平台)(?:的)?(?:专属|特别|扶持|补贴|福利)?$|(?:${PLATFORM_ALT}|${GUANFANG})(?:的)?[\u4e00-\u9fff]{2,10}$`),
    window: 60,
    sentence: /入选|选中|被选为|(?:凭|持)(?:本条|此条|这条)(?:消息|短信|通知)|(?:我这边|我们这边|我|本店)(?:帮|给|为)(?:您|你)(?:登记|报名|申请|领取|办理|录入)|由平台(?:出资|出钱|承担|买单)|平台出资|(?:打|给)[^，。]{0,6}?(?:满分|五星|5星|好评)|否则[^，。！？]{0,10}?(?:取消|失效|作废|收回)/,
    notSentence: /冒充|骗子|诈骗|如果|假如|不会|不是平台|活动页|在(?:平台|快手)[^，。]{0,6}(?:页面|入口|app|APP)/,
    grow: true,
  },
  // ---- Round 45 (t45d): a platform rule, programme or notice turned on the buyer ----
  {
    // Round 45 (t45d): a platform rule told with a mechanical failure on the buyer (少一步系统就自动判拒收), pressed or with the shop unable to
    // bend it (这个我们也没法通融) — the invented rule of the Round 12 entry, with these wordings of the right taken and the blame shifted.
    // Not a rule on the shop, a hypothesis, or the statutory 七天无理由 exemption told (see that entry's notSentence and unless).
    words: ['规定', '要求', '新规', '规则', '规矩', '通知', '政策', '规范', '条款'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_LINE_RULE_SOURCE_T45.source}`),
    window: 40,
    // (the mechanical failure is required: 没法破例 after a real exemption — 跨境商品非质量问题不支持七天无理由，按平台规则我们没法破例 — is honest)
    sentence: [AUTO_VERDICT_T45, new RegExp(`${RULE_PRESSED.source}|${NO_LEEWAY_T45.source}`)],
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 40)),
    notSentence: /如果|假如|要是|万一|若|倘若|赔付|全额退款|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)(?!(?:也|都|实在|真的?|这边)*(?:没办法|没有办法|没法|无能为力|做不了主|改变不了|改不了|通融))|对商家|以[^，。]{0,10}为准|规则页|可以查看|可以咨询|可以申请|如有疑问|冒充|骗子|不会(?:这样)?要求|不是平台/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 45 (t45d): acting for the platform on a thing of the buyer's, a 把-object disposed of (我这边已经代平台把您这单的“7天无理由”资格核销掉了,
    // 替平台取消了您的运费险): the shop takes the platform's hand to strip the buyer's right. Not declined (没法代平台…), and not a plain
    // hand-over of goods (代平台把赠品发给您 names no disposal).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: '以代平台操作的名义取消或处置买家的权益，属于冒充平台（规则 2.9）',
    before: /(?:(?:我|我们|本店|这边|小店|本人)[^]{0,8}?|(?:可以|能|会|就)(?:直接|全权|马上|帮您)?)(?:替|代|代表)$/,
    notBefore: /(?:无法|不能|没法|没办法|不可以|不可能|不便|不方便|无权|没权|没有权|没有资格|没资格|不敢|不会)(?:再|去|来|随便|私自|擅自)?(?:代替|替代|替|代|代表)$|(?:误会|误以为|误认为|误解|以为|当成|当作)[^，。]{0,8}(?:代替|替代|替|代|代表)$/,
    after: /^(?:官方|方)?(?:(?:把|将)[^，。！？]{0,16}?|(?:给|为)?(?:您|你)?(?:的)?)(?:核销|注销|取消|作废|关闭|冻结|清零|收回|撤销|撤掉|驳回|扣除|扣掉|删除|删掉|下掉|终止|失效)/,
    notSentence: /如果|假如|要是|冒充|骗子/,
    grow: true,
    scope: 'clause',
  },
  {
    // Round 45 (t45d): a platform protection programme's terms (平台送的“罐罐险”…平台条款里是不赔的; 平台“无忧退”计划…按计划条款…扣30%折旧费;
    // 平台送的“退货宝”…平台规定不在保障范围，运费得您自己出) told by the shop against this buyer: the shop reads out what the platform's cover
    // excludes and charges. Not the insurer or the programme's own page pointed to (以保险公司审核为准, 详情页), the buyer's own policy, the
    // shop paying, or a hypothesis; the statutory 七天无理由 exemption stays the Round 35 exemption.
    words: ['条款', '保障范围', '理赔范围', '赔付范围', '承保范围', '保障规则', '理赔规则', '赔付规则', '规定', '规则'],
    severity: 'block',
    message: '以平台保障或保险条款的名义拒赔、收费或降低买家的售后，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [/平台|快手|官方/, PLATFORM_PROGRAMME_T45, PROGRAMME_AGAINST_T45],
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 40)),
    notSentence: PROGRAMME_TOLD_T45,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 45 (t45d): a platform review rule with the shop's pre-approval before a review shows (按平台新的评价规则，买家写的评价要先给商家看过、
    // 我们确认以后才会展示): the Round 13 review rule, with the review topic between the platform and the rule word, and 才会 as well as 才能.
    words: ['规定', '要求', '新规', '规则', '规矩', '规范'],
    severity: 'block',
    message: '以平台名义编造限制买家评价或投诉的规则，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_AS_RULE_GIVER.source}|${PLATFORM_REVIEW_RULE_GIVER_T45.source}`),
    window: 40,
    sentence: new RegExp(`${REVIEW_DICTATED.source}|${REVIEW_PREAPPROVED_T45.source}`),
    notSentence: REVIEW_RULE_REAL,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 45 (t45d): a platform notice header (@快手进口电商官方 已确认：…, 平台官方复核结论：…) over a finding that the buyer's evidence falls
    // short or a formal proof demanded (您上传的过敏照片不足以证明产品问题，请补充三甲医院诊断书后再申请): the message is written as the platform's post.
    // Not a ruling relayed in the shop's voice with the recourse open (平台那边说照片不够，您可以补充凭证申请复核 has no header).
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: '以平台官方的通知格式发布对买家证据的认定，属于冒充平台（规则 2.9）',
    before: /^$/,
    after: new RegExp(`^(?:${GUANFANG}|平台|进口|电商|客服|审核|售后)*(?:已经|已|现已|经)?(?:确认|核实|审核|核查|认定|判定|裁定|复核)`),
    window: 60,
    sentence: [new RegExp(`${EVIDENCE_FAILED_T45.source}|${VERDICT_AGAINST_BUYER.source}`)],
    unless: (ctx, start, end) => !platformNoticeHeader(ctx, start, end),
    notSentence: /如果|假如|要是|万一|冒充|骗子|自称|谨防|诈骗|不是(?:平台|官方)|(?:平台|官方)(?:会|将)/,
    grow: true,
  },
  // ---- Round 46 (t46e): the platform's power over the buyer wielded by the shop, with no title claimed ----
  {
    // Round 46 (t46e): the shop's mark on the buyer said to reach every shop on the platform (我这边已经把您的账号标记降级了，以后在快手上买任何
    // 东西都会被限购; 已在后台给您打上“优质买家”标记，以后在平台任何一家店退货都免审核): only the platform marks a buyer for all its shops.
    // The pair: the agent marking the buyer, and a platform-wide reach. Not the shop's own membership said not to carry over (平台其他店铺不通用).
    words: [...PLATFORM_NAMES, '平台', '全平台', '全站'],
    severity: 'block',
    message: '声称由商家对买家作出在全平台生效的标记或限制，属于冒充平台行使权力（规则 2.9）',
    after: SITEWIDE_REACH_T46,
    window: 80,
    sentence: AGENT_MARKED_T46,
    // (a refusal is the agent's own: 我们没法给您标记; 不能用优惠券 after the mark is the sanction itself)
    notSentence: /不通用|不适用|仅限本店|只限本店|只在本店|本店专属|不受影响|不影响|(?:我|我们|本店|这边|商家|店铺)[^，。！？]{0,6}?(?:不会|没有|没|无权|没权|没法|无法|不能|做不到)|如果|假如|要是|冒充|骗子|谨防/,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46e): an entitlement the platform grants the buyer switched by the shop (您账号的“极速退款”资格我这边已经给您关了; 您的跨境年度额度
    // 我这边已经在平台帮您恢复了5000): the platform alone grants express refunds and keeps the cross-border allowance, so the shop claims its hand.
    // The pair: the buyer's entitlement, and the agent switching it for the buyer in the same clause. Not the shop's own enrolment (本店已开通极速
    // 退款), the buyer sent to apply (您可以在平台申请极速退款), nor the allowance rule told (年度额度每人每年26000元，可在官方渠道查询).
    words: ['极速退款', '闪电退款', '信用退款', '先退款后退货', '退款资格', '年度额度', '跨境额度', '年度限额', '交易限值', '购买额度', '消费额度', '个人额度', '免审资格', '免审核资格'],
    severity: 'block',
    message: '声称由商家开关或调整买家的平台资格、额度，属于冒充平台行使权力（规则 2.9）',
    unless: (ctx, start, end) => !SWITCH_BEFORE_T46.test(ctx.before(start, 30, 'soft')) && !SWITCH_AFTER_T46.test(ctx.after(end, 30, 'soft')),
    window: 60,
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|不可以|做不到|改不了|调不了|不会|如果|假如|要是|冒充|骗子|谨防|(?:向|找|联系|通过|请)(?:快手|平台|官方|海关)/,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46e): the shop's own handling made final with the platform's service waved off (我给出的处理意见就是最终意见，不需要再另外找平台客服;
    // 本店的裁定就是最终结果，不用再申请平台介入了): only the platform's ruling closes a dispute, so the shop rules in its place. The pair: the
    // shop's word called final, and the platform's desk waved off. Not the shop's last offer with the platform left open (这是我们能给的最终方案，
    // 您不满意可以申请平台介入).
    words: ['最终意见', '最终结果', '最终答复', '最终处理', '最终决定', '最终结论', '最终裁定', '最终判定', '最后结果', '最终方案', '说了算'],
    severity: 'block',
    message: '以商家的处理为最终结果并让买家不必再找平台，属于代替平台作出裁决（规则 2.9）',
    window: 80,
    sentence: [SHOP_FINAL_T46, PLATFORM_WAVED_OFF_T46],
    notSentence: /可以(?:再)?(?:申请|联系|找|咨询|发起)|如果[^，。]{0,8}(?:不满意|有异议)|冒充|骗子|谨防/,
    grow: true,
  },
  {
    // Round 46 (t46e): the shop said to be wired into a platform verification channel, the buyer's identity asked here (本店客服已接入平台实名核验
    // 通道，请在此回复身份证后六位): the platform verifies on its own pages, so a channel of its in the chat poses as its desk. Not the shop's
    // real system links (本店已接入平台物流系统，发货后单号自动同步) — no identity asked.
    words: ['通道', '接口', '系统', '渠道', '后台'],
    severity: 'block',
    message: '声称商家接入平台核验通道并在聊天中收取买家身份信息，属于冒充平台（规则 2.9）',
    before: /(?:接入|对接|连通|打通|直连|连上|接通|开通)(?:了)?(?:快手|平台|官方)(?:的|官方)?[^，。！？]{0,8}?$/,
    window: 80,
    sentence: [/身份证|证件|验证码|银行卡|人脸|密码|手机号后|实名/, ID_ASKED_HERE_T46],
    notSentence: ID_NOT_FOR_PLATFORM,
    grow: true,
  },
  // ---- Round 46 (t46f): rules, steps and fees invented in the platform's name ----
  {
    // Round 46 (t46f): a platform rule that takes a right, its source a joint rule with another authority or a new category rule (冷链食品按海关
    // 和平台的联合规定，开罐后一律不退, 按平台今年新出的母婴类目规定…超时就视为放弃售后), or pressed by a review tied to after-sales or by the blame
    // laid on the rule (这个我们也改变不了). Not the statutory 七天无理由 exemptions told (拆封后的食品不支持七天无理由), a rule on the shop, or the
    // buyer's rights kept (质量问题照常售后).
    words: ['规定', '要求', '新规', '规则', '规矩', '通知', '政策', '规范', '条例'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: PLATFORM_RULE_SOURCE_T46F,
    window: 40,
    sentence: [RIGHT_TAKEN, new RegExp(`${RULE_PRESSED.source}|${REVIEW_FORFEIT_T46F.source}|${BLAME_SHIFT_T46F.source}|${NO_LEEWAY_T45.source}`)],
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 40)),
    notSentence: /如果|假如|要是|万一|若|倘若|赔付|全额退款|照常|正常申请|不影响(?:您的)?(?:售后|退|质量)|质量问题(?:可以|照常|仍|还是可以|都可以|也可以|支持)|非质量问题|质量问题除外|除(?:了)?质量问题|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)(?!(?:也|都|实在|真的?|这边)*(?:没办法|没有办法|没法|无能为力|做不了主|改变不了|改不了))|对商家|以[^，。]{0,10}为准|规则页|可以查看|可以咨询|可以申请|如有疑问|冒充|骗子|不会(?:这样)?要求|不是平台/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46f): the plain platform rule (按平台规定) that ties the buyer's review to after-sales (签收后48小时内要完成评价，超时就视为放弃售后):
    // no real rule links the two, so the review tie is the press on its own. Not a review invited with the rights kept.
    words: ['规定', '要求', '新规', '规则', '规矩', '通知', '政策', '规范'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_AS_RULE_GIVER_TITLED.source}`),
    window: 40,
    sentence: [RIGHT_TAKEN, REVIEW_FORFEIT_T46F],
    notSentence: /如果|假如|要是|万一|倘若|不影响|照常|冒充|骗子|不会(?:这样)?要求|不是平台|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)|对商家/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46f): a platform notice dictating what the buyer's review must carry, with the review sanctioned otherwise (平台刚下发的通知：
    // 晒图必须带店铺水印，不带的评价会被系统折叠): the platform sets no such term, so the shop invents it in the platform's voice. Not the real
    // review rules told (评价里带联系方式会被屏蔽, 晒图要真实): REVIEW_RULE_REAL.
    words: ['通知', '规定', '要求', '新规', '规则', '规矩', '规范', '公告'],
    severity: 'block',
    message: '以平台名义编造评价规则并声称不照做会被处理，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_RULE_SOURCE_T46F.source}|${PLATFORM_REVIEW_RULE_GIVER_T45.source}`),
    window: 60,
    sentence: [REVIEW_MUST_T46F, REVIEW_SANCTION_T46F],
    notSentence: [REVIEW_RULE_REAL, /不能|不得|禁止|不允许|不要/],
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46f): a sum asked of the buyer and said to be the platform's take (退货得先交30元“退货保证金”，这个是快手那边统一收的，不是
    // 我们收): the platform takes no deposit from buyers, so the shop charges in its name. Not the shop's deposit to the platform (我们每年交给
    // 平台的保证金), return postage or its insurance, or cross-border tax the platform really withholds.
    words: [...PLATFORM_NAMES, '平台', '官方', '平台方'],
    severity: 'block',
    message: '以平台名义向买家收取押金或费用，属于冒充平台（规则 2.9）',
    after: /^(?:那边|这边|方面|官方|系统)?(?:统一|直接|自动|负责|代|来)*(?:收取|收的|收走|收了|收(?!到|货|件|款|下)|扣的|代收|代扣|保管)/,
    window: 60,
    sentence: [BUYER_PAYS_FIRST_T46F, PLATFORM_COLLECTS_T46F],
    notBefore: /(?:不是|并非|不会|不|没有|如果|若|要是|联系|找|向|请|申请|交给|付给|给)$/,
    notSentence: /运费|邮费|快递费|运费险|税|定金|订金|尾款|预售|货款|如果|假如|万一|倘若|(?:我们|本店|店铺|商家|店里)[^，。！？]{0,4}?(?:交|付|缴)给|冒充|骗子|自称|谨防|诈骗|不会(?:额外)?(?:收|扣)|不收|从不|没有这|不存在/,
    hypothetical: true,
    grow: true,
  },
  {
    // Round 46 (t46f): the buyer's after-sales window changed by the shop inside the platform or by a power beyond shops (售后期我已经在平台那边帮您
    // 延长到30天了，这个权限一般商家是没有的): the platform keeps the window. Not the shop's own longer policy told (本店支持30天退换), a request
    // made to the platform (帮您向平台申请延长), or the seller's real extension of the receipt time (延长收货 is not among the anchors).
    words: ['售后期', '售后期限', '售后时效', '售后有效期', '退货期', '退货期限', '退换期', '退换货期', '退款期', '退款时效', '无理由退货期', '保障期', '维权期', '申诉期', '介入期', '售后保障期'],
    severity: 'block',
    message: '声称由商家在平台上调整买家的售后期限，属于冒充平台行使权力（规则 2.9）',
    window: 60,
    sentence: [WINDOW_CHANGED_T46F, AGENT_IN_PLATFORM_T46F],
    notSentence: /申请|反馈|报备|没有权限|没权限|无权|不能|没法|无法|没办法|不可以|做不到|改不了|如果|假如|要是|冒充|骗子|谨防/,
    asked: true,
    grow: true,
  },
  {
    // Round 46 (t46f): the buyer's review changed by the shop to a rating (差评我已经帮您改成默认好评了): the Round 6 review power, with a word
    // between the verb and the rating. Not the buyer asked to change it (麻烦您改成好评) or a refusal.
    words: ['改成', '改为', '改回', '调成', '换成', '变成', '改到'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|我们|这边|本店|小店)[^。！？]{0,24}?(?:可以|能|能够|帮您|给您|替您|帮你|给你|替你|直接)[^，。]{0,14}?$/,
    after: /^(?:了)?(?:默认|系统|自动|正常|普通)?(?:的)?(?:好评|五星|5星|满分|五分|中评|默认评价)/,
    notBefore: /(?:教|告诉|指导|引导|提醒)(?:您|你)[^，。]{0,8}$|(?:您|你)(?:自己|可以|能|也可以)[^，。]{0,6}$|(?:联系|申请|反馈|提交|找|让|请|麻烦)[^，。]{0,8}$/,
    sentence: /差评|中评|评价|评论|追评/,
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|不可以|改不了|自己|您可以|你可以/,
    asked: true,
    reach: 36,
    grow: true,
  },
  // ---- Round 47 (t47c): a platform rule with its own topic, a right taken, the shop's hands tied ----
  {
    // Round 47 (t47c): the Round 12 invented rule, its source the platform with a topic of its own between (按照平台生鲜判责标准, 按平台冷链
    // 规定), its right taken also a payout conditioned or capped (坏果超过30%才能赔付, 最多赔三天) or a count (一年只能换码两次), pressed by the
    // shop's hands tied (我这边也没法再帮您提交了, 我这边已经没有权限给您开通). Not a rule on the shop, a hypothesis, the statutory 七天无理由
    // exemption told (exemptNoReason), nor the platform left open to the buyer (可以申请平台介入).
    words: ['规定', '要求', '新规', '规则', '规矩', '标准', '政策', '规范'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_TOPIC_RULE_SOURCE_T47C.source}`),
    window: 60,
    sentence: [RIGHT_TAKEN_T47C, HANDS_TIED_T47C],
    // (not `asked`: an offer asked after the rule — 要不送您两张优惠券？ — leaves the rule told)
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 60)),
    notSentence: /如果|假如|要是|万一|倘若|全额退款|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)(?!(?:也|都|实在|真的?|这边)*(?:没办法|没有办法|没法|无能为力|做不了主|改变不了|改不了))|对商家|以[^，。]{0,10}为准|规则页|可以查看|可以咨询|可以(?:申请|联系|找)|如有疑问|冒充|骗子|不会(?:这样)?要求|不是平台/,
    hypothetical: true,
    grow: true,
  },
  {
    // Round 47 (t47c): the Round 14 burden (a fee, deposit or sanction no platform rule puts on buyers), its rule given by the platform with a topic
    // of its own between (按照平台进口食品抽检的规定，每单要另收12元抽检费). Same exemptions as that entry.
    words: ['规定', '要求', '新规', '规则', '细则', '条例', '通知', '政策', '规矩', '标准'],
    severity: 'block',
    message: '以平台名义编造让买家付费、受罚或失去凭证的规则，属于冒充平台（规则 2.9）',
    before: PLATFORM_TOPIC_RULE_SOURCE_T47C,
    window: 40,
    sentence: BUYER_BURDEN,
    notAfter: /^(?:的|方面的|相关的|上的)?(?:问题|疑问|咨询|解释|解读|细节)|^(?:怎么|如何)(?:定|判|规定|解释|执行)/,
    notSentence: /如果|假如|要是|万一|若|倘若|不是(?:快手|平台)?官方|(?:没法|无法|不能|不便)(?:帮您|给您|替您)?(?:回答|答复|解答|解释)|(?:我们|本店|店铺|店里)[^，。]{0,4}(?:全额退款|赔付|赔偿|承担)|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)|对商家|商家(?:需|要|必须|承担|赔)|刷单|刷评|虚假交易|作弊|套现|诈骗|骗取|以[^，。]{0,10}为准|规则页|冒充|骗子|不会(?:这样)?(?:要求|收)|不是平台|不收|从不|没有这|不存在|(?:您|你)(?:可以|能)申请/,
    // (nor a forged notice warned of: 有人会P一张“快手官方冻结通知”的截图吓唬人, 平台真正的通知只会…)
    unless: (ctx, start, end) => /吓唬|骗|伪造|假冒|P(?:一)?张|P图|真正的/.test(sentenceOf(ctx, start, end, 40)),
    hypothetical: true,
    asked: true,
    grow: true,
  },
  // ---- Round 47 (t47c2): a platform service or payment said arranged for the buyer by the shop ----
  {
    // Round 47 (t47c2): the platform as payer or provider of a service the shop says it signed the buyer up for (我这边已经帮您申请了平台的
    // 上门安装，费用平台出; 帮您改成“平台承担”了…平台那边会统一结算; 帮您登记进平台的以换代修了，平台直接给您换新的): only the platform
    // grants its programmes, so the shop promises in its name. Not the platform's refund or intervention reported (平台会原路退回, 申请了
    // 平台介入), an insurer paying, or a hypothesis.
    words: [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台', '平台方'],
    severity: 'block',
    message: '声称替买家办理了由平台出钱或提供的服务，以平台名义作出承诺，属于冒充平台（规则 2.9）',
    after: /^(?:那边|方面|这边)?(?:也|会|将|就|都|直接|统一|全额|来|负责|免费)*(?:出(?:钱|费用|运费|这笔钱|这个钱)?(?![台现具来口售品厂货行发面手版问错差院去入境租让示价单了过])|承担|买单|报销|统一结算|结算|派(?:师傅|人|专人|工程师|安装)|给(?:您|你)(?:换|换新|上门))/,
    reach: 20,
    window: 40,
    sentence: /(?:(?:我|我们|这边|本店|店里)[^，。！？]{0,6}(?:帮|替|给)|(?:帮|替))(?:您|你)[^，。！？]{0,14}(?:登记|申请|改成|改为|改了|开通|办理|加入|报名|对接|设置|录入|提交|升级|备注)/,
    // (nor a real programme named in the sentence — 平台有运费险，运费由平台承担: REAL_PROGRAMME_T47H, merged from t47h)
    notSentence: [/如果|假如|要是|万一|保险公司|运费险理赔|不是平台|并非平台|不会|冒充|骗子|以平台(?:审核|处理|通知)?(?:结果)?为准|平台审核/, REAL_PROGRAMME_T47H],
    hypothetical: true,
    asked: true,
    grow: true,
  },
  // ---- Round 47 (t47c2): the platform's notice or ruling written in English (mixed with Chinese) ----
  {
    // Round 47 (t47c2): the message styled as the platform's official notice in English (This is KS platform official notice, Kuaishou official
    // notification：…): a system message's heading, in the platform's name. Not the buyer pointed to one (please check the Kuaishou notice).
    words: [...LATIN_NAMES, ...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'],
    severity: 'block',
    message: '以英文或中英混写的“平台官方通知”口吻发消息，属于冒充平台（规则 2.9）',
    before: /(?:thisis|hereis|this|官方|【|\[|^)$/,
    // (the English in the heading itself: 快手官方通知 alone is for the Chinese notice cues)
    after: new RegExp(`^(?:${LATIN_QUALIFIER}|平台|官方)*(?:official(?:${LATIN_QUALIFIER})*(?:notice|notification|announcement|alert|reminder|warning|message|通知|公告)|官方(?:${LATIN_QUALIFIER})*(?:notice|notification|announcement|alert|reminder|warning))|^(?:${LATIN_QUALIFIER}|平台|官方)*(?:systemnotice|systemmessage|systemalert)`),
    notBefore: /(?:check|see|read|contact|lianxi|chakan|查看|看看|留意|关注|以|按)$/,
    notSentence: /fake|scam|not(?:an?)?(?:official|from)|不是|冒充|骗|谨防|小心/,
    reach: 40,
    grow: true,
  },
  {
    // Round 47 (t47c2): the platform's ruling announced in English under a notice's greeting (Dear customer，快手平台 has approved your return;
    // Dear user, Kwai has frozen your account): the shop writing as the platform's system. Not a ruling reported plainly without the notice
    // styling, nor the shop's own approval.
    words: [...LATIN_NAMES, ...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'],
    severity: 'block',
    message: '以英文通知口吻宣布平台的决定，属于冒充平台（规则 2.9）',
    after: new RegExp(`^(?:${LATIN_QUALIFIER}|平台|官方|系统|system)*(?:has|have|had|已|已经)?(?:already|just|now)?(?:approved|rejected|declined|denied|flagged|decided|frozen|suspended|banned|confirmed|accepted|closed|ruled|verified|marked|restricted|penalized|penalised|refunded|cancelled|canceled)`),
    window: 60,
    sentence: /dear(?:customer|user|buyer|member|client|valued)|尊敬的(?:用户|买家|会员|客户)|officialnotice|notification/,
    notSentence: /fake|scam|不是|冒充|骗|谨防|小心/,
    reach: 40,
    grow: true,
  },
  // ---- Round 47 (t47c2): the shop as the go-between of a platform check on the buyer's flagged order ----
  {
    // Round 47 (t47c2): the buyer's order said flagged by the platform's system (被系统标记为“高风险退货”, 平台风控把您这单判定为异常), the
    // buyer's proof to go through the shop to the platform, the refund held until it passes (拍段视频发过来，我们上传给平台审核通过后才能退款):
    // the shop sets itself up as the platform's checkpoint. Not evidence handed on in a platform intervention without a flag and a gate.
    words: ['上传给平台', '提交给平台', '转交给平台', '报给平台', '交给平台', '上报平台', '发给平台', '上传平台', '提交平台', '上报给平台', '递交平台', '递交给平台'],
    severity: 'block',
    message: '声称买家订单被平台标记、须经本店转交平台审核才能退款，属于冒充平台（规则 2.9）',
    after: /^(?:那边)?(?:的)?(?:审核|核实|审批|复核|判定|核查|检测|鉴定|查验|过审)/,
    window: 60,
    sentence: [
      /(?:系统|平台|风控|官方)[^，。！？]{0,6}(?:标记|判定|识别|列为|列入|认定|标为|打上)|高风险|风险订单|异常订单/,
      /才能|才可以|才给|才会|之后再|后再|否则|不然/,
    ],
    notSentence: /如果|假如|要是|万一|冒充|骗子|不会|不是平台|平台介入(?:后|的话)?[^，。！？]{0,6}(?:由平台|平台会)/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  // ---- Round 47 (t47c2): the shop run by the platform's staff, the platform's finance paying, the buyer's returns counted for a platform
  // sanction, a compensation said to be the platform's ----
  {
    // Round 47 (t47c2): the shop said to be run by the platform's own staff (我们店属于快手的内部员工店，是平台员工自己开的): the shop borrows the
    // platform's standing. Not denied (不是平台员工开的).
    words: ['内部员工店', '员工店', '员工自己开', '员工开的', '员工自营', '内部店', '员工内购店'],
    severity: 'block',
    message: '声称店铺由平台员工开设，借平台身份取信，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT})(?:${GUANFANG}|平台|总部|公司)?(?:的)?(?:内部)?$`),
    reach: 12,
    window: 30,
    sentence: /我们|本店|咱们|咱家|我家|店/,
    notSentence: /不是|并非|没有|冒充|骗子|谨防/,
    grow: true,
  },
  {
    // Round 47 (t47c2): the platform's finance desk said to pay or approve the buyer's refund (退款是平台财务那边直接打的，刚审批下来): a back office
    // the shop speaks for. Not the shop's own settlement with the platform (货款, 结算给我们, 保证金).
    words: [...PLATFORM_NAMES.filter((n) => n !== '快手小店'), '平台'],
    severity: 'block',
    message: '以平台财务部门的名义转述对买家退款的处理，属于冒充平台（规则 2.9）',
    after: /^(?:官方)?(?:的)?(?:财务|财务部|财务处|财务中心|结算部|结算中心|资金部|出纳)(?:部门)?(?:那边|那里|这边|方面)?(?:已经|已|刚刚|刚|直接|会|将|在|正在)*(?:打|批|审批|转|放款|汇|退|处理|操作|核算|走账)/,
    window: 40,
    sentence: /退款|退的钱|钱|款项/,
    notSentence: /货款|结算给(?:我们|商家|店铺)|我们的(?:钱|款)|保证金|佣金|技术服务费|如果|冒充|骗子/,
    hypothetical: true,
    asked: true,
    grow: true,
  },
  {
    // Round 47 (t47c2): the buyer's own returns counted and an account sanction threatened for the next one (您这个月已经退了两次，再退的话账号会
    // 被限制购买进口商品): the shop wields a sanction only the platform keeps, and no platform rule counts like this.
    words: ['再退', '再申请退', '再申请售后', '再投诉', '再退货', '再退款'],
    severity: 'block',
    message: '统计买家退货次数并以平台限制账号相威胁，属于冒充平台（规则 2.9）',
    after: /^[^，。！？]{0,6}?(?:的话|就|会|将)?(?:您的|你的)?(?:账号|账户|帐号|号)(?:就|会|将|可能|都|直接)*(?:被)?(?:平台|系统|快手|官方)?(?:限制|冻结|封|降级|拉黑|禁止|禁用|列入)/,
    window: 60,
    sentence: /(?:您|你)[^，。！？]{0,10}(?:已经|都|已|一共|总共)(?:退了|退过|申请了|申请过|投诉了|投诉过)[^，。！？]{0,4}?[0-9一二两三四五六七八九十几多]+(?:次|单)/,
    notSentence: /冒充|骗子|不会|如果您担心/,
    grow: true,
  },
  {
    // Round 47 (t47c2): a compensation said to be the platform's, its failure blamed on the platform (优惠券是快手平台统一给您发的补偿，不是店铺发的，
    // 用不了就是平台系统问题): the shop speaks for the platform's remedy and disowns it at once. Not a platform coupon told with its own terms.
    words: ['补偿', '赔偿券', '补偿券', '补偿金'],
    severity: 'block',
    message: '把店铺的补偿说成平台发放并把问题推给平台，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT})(?:${GUANFANG}|平台|系统)?(?:统一|直接|专门|特意)?(?:给|为|向)(?:您|你)(?:发|送|发放|补|下发)(?:的|了)?$`),
    window: 50,
    sentence: [/不是(?:我们|店铺|本店|商家|店里)|跟(?:我们|店铺|本店)(?:没|无)关/, /用不了|不能用|无法使用|没法用|领不了|到不了|平台(?:的)?(?:系统)?(?:问题|故障|bug)/],
    notSentence: /冒充|骗子|如果/,
    grow: true,
  },
  // ---- Round 47 (t47c2): the shop's premises as the platform's designated site; an award singled out by the platform ----
  {
    // Round 47 (t47c2): the shop's warehouse or shop called the platform's designated check point (我们仓是平台指定的进口冻品抽检点): the shop
    // speaks for the platform's inspection. Not the platform's own centre named as a third party (样品会送到平台指定的检测中心).
    words: ['抽检点', '检测点', '检验点', '质检点', '监测点', '抽检站', '检测站', '质检站', '检验站', '抽检中心', '检测中心', '质检中心', '抽检基地', '检测基地'],
    severity: 'block',
    message: '声称本店仓库或门店是平台指定的检测机构，借平台名义答复，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:我们|本店|咱们|咱家|我家|我们家|我们店)(?:的)?(?:仓|仓库|库房|店|门店|工厂|实验室|基地)?(?:就|也|其实)?(?:是|属于|作为|被定为|被选为|被指定为)(?:${PLATFORM_ALT})(?:${GUANFANG}|平台)?(?:的)?(?:指定|授权|委托|认定|设立|设的|唯一指定)(?:的)?[^，。！？]{0,8}$`),
    reach: 36,
    notSentence: /不是|并非|冒充|骗子|如果/,
    grow: true,
  },
  {
    // Round 47 (t47c2): an award the platform is said to have singled the shop out for (审核时平台还专门把我们评成“放心吃”商家): a made-up
    // platform title. Not a real programme reported plainly.
    words: ['评成', '评为', '评定为', '评选为', '封为', '认定为', '列为'],
    severity: 'block',
    message: '声称平台专门给本店评定称号，借平台名义背书，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT})(?:${GUANFANG}|平台)?(?:还|也|都)?(?:专门|特意|特地|单独|特别|亲自)(?:把|将)(?:我们|本店|咱们|咱家|我家|我们家|我们店)(?:店|家)?$`),
    reach: 30,
    notSentence: /不是|并非|没有|冒充|骗子|如果|假如/,
    grow: true,
  },
  // ---- Round 47 (t47h): platform programmes, payouts, tiers, limits and records invented and run by the shop ----
  {
    // Round 47 (t47h): a platform benefit promised and the buyer enrolled in it by the shop (这周平台在做…以旧换新…钱是平台补的，我这边直接给您登记;
    // 我已经在后台登记了…医药费平台会全额报销): the platform runs its own programmes, so the shop enrolling the buyer speaks for it. The pair: the
    // platform paying or serving the buyer, and the shop enrolling them. Not real programmes told (运费险, 百亿补贴), the buyer sent to apply, nor a request.
    words: [...PLATFORM_NAMES, '平台', '官方'],
    severity: 'block',
    message: '以平台名义编造保障、补贴或计划并由商家代为登记，属于冒充平台（规则 2.9）',
    window: 80,
    sentence: [PLATFORM_PAYS_T47H, SHOP_ENROLS_T47H],
    // (no 如果/要是: the promise is often conditional — 要是降价了平台补您差价)
    notSentence: [REAL_PROGRAMME_T47H, /冒充|骗子|谨防|不会|不是平台|没有这|不存在|(?:向|找|联系|请)(?:平台|快手|官方)|(?:您|你)(?:可以|自己)(?:去|在)?[^，。]{0,6}?(?:申请|报名|领取)|活动页|会场/],
    asked: true,
  },
  {
    // Round 47 (t47h): the buyer's order said to fall in a platform programme, the platform then acting on it without the shop (您这单属于平台…专项保障
    // 范围…平台会直接给您换新，不需要跟我们协商; 您这瓶属于平台…计划的抽查范围…平台会…安排人上门). Not real programmes (REAL_PROGRAMME_T47H).
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '以平台名义编造保障或抽查计划并代平台作出承诺，属于冒充平台（规则 2.9）',
    window: 80,
    sentence: [/(?:属于|在|纳入|列入|进入|入选)(?:了)?(?:平台|快手)[^，。！？]{1,16}?(?:范围|计划|名单|项目|专项|试点|抽查|抽检)/, /(?:平台|快手)(?:会|将)[^，。！？]{0,12}?(?:直接|安排|上门|给(?:您|你))/],
    notSentence: [REAL_PROGRAMME_T47H, /如果|假如|要是|万一|冒充|骗子|谨防|不是平台|没有这|不存在|以平台[^，。]{0,8}为准|(?:您|你)可以(?:申请|联系|咨询)/],
    asked: true,
  },
  {
    // Round 47 (t47h): the shop's mark or file on the buyer's platform account, the platform then said to act by it (在后台给您账号打上…标签，以后平台不会再
    // 给您推…; 帮您把…录进平台的…档案，以后…按年龄给您推): only the platform profiles its buyers. Not the shop's own notes (给您备注了，发货时注意).
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '声称由商家在平台账号上给买家建档或打标并改变平台对买家的处理，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [SHOP_FILES_BUYER_T47H, PLATFORM_FOLLOWS_T47H],
    notSentence: /没有权限|没权限|无权|不能|没法|无法|没办法|如果|假如|要是|冒充|骗子|谨防|本店会员|店铺会员/,
    asked: true,
  },
  {
    // Round 47 (t47h): a platform buyer tier said to be the buyer's, a benefit then given on it by the shop (您的账号已经达到平台优质买家标准了，我这边
    // 可以帮您申请跨境税减半; 您账号已经是…认证买家了，下单不用再做实名): the platform grades its buyers and the shop cannot waive its checks or taxes
    // for them. Not the shop's own membership (本店会员, 店铺VIP).
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '以平台名义认定买家等级并据此给予特权，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [BUYER_TIER_T47H, TIER_BENEFIT_T47H],
    notSentence: /本店|我们店|店铺(?:的)?(?:会员|vip)|粉丝团|没法|无法|不能|如果|假如|冒充|骗子|谨防/,
    asked: true,
  },
  {
    // Round 47 (t47h): a sign-off line naming a platform category desk and a staff name (…\n—— 快手进口·服饰类目 小冉): only the platform's staff sit
    // in its category desks, so the reply signs as the platform. Not a shop's own signature (—— XX旗舰店 小冉), nor the category named mid-text.
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '以平台类目人员的身份落款，属于冒充平台（规则 2.9）',
    before: /^(?:—|-|－|~|～|=|\s)*$/,
    after: /^(?:官方|平台)?[·・.]?[\u4e00-\u9fff]{1,6}?(?:类目|品类|行业)(?:运营|小二|客服|专员|组)?[\u4e00-\u9fffa-z]{1,3}$/,
    // (the line ends the reply)
    unless: (ctx, _start, end) => ctx.compact.length - end > 16,
    notSentence: /冒充|骗子|不是平台/,
    reach: 20,
    grow: true,
  },
  {
    // Round 47 (t47h): a platform limit lifted for the buyer by the shop (按平台规矩只能买两瓶，我这边帮你临时提额到六瓶了): the shop holds no
    // power over the platform's limits. Not a refusal (我们没法给您多加), nor the shop's own limit.
    words: ['规矩', '规定', '规则', '要求', '限制', '限购', '限额'],
    severity: 'block',
    message: '声称由商家解除或调高平台的限制，属于冒充平台行使权力（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_TOPIC_RULE_SOURCE_T47C.source}`),
    window: 50,
    sentence: /(?:我|我这边|我们|这边)[^，。！？]{0,6}?(?:帮|给|替|为)(?:您|你)(?:临时|特殊|单独|额外|破例)*(?:提额|提高|放开|解除|调高|调到|加到|提到|放宽|破例)/,
    notSentence: /没法|无法|不能|没办法|做不到|没有权限|无权|如果|假如|要是|冒充|骗子|本店限购|店铺限购/,
    hypothetical: true,
    asked: true,
  },
  {
    // Round 47 (t47h): a platform rule rationing the buyer's service or information by count or tier (平台规定我们只能回复三次, 检测报告平台规定只给
    // 金卡买家看): no platform rule rations a buyer's answers. Not real-name or credit rules (实名, 先用后付).
    words: ['规定', '规则', '要求', '规矩', '政策'],
    severity: 'block',
    message: '以平台名义编造限制买家咨询或查看信息的规则，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_TOPIC_RULE_SOURCE_T47C.source}`),
    window: 40,
    sentence: RATIONED_T47H,
    // (not `hypothetical`: CONDITIONALS hold 检测, the topic of such a rule — 检测报告平台规定只给…看; the real conditionals are in notSentence)
    notSentence: /实名|先用后付|信用|如果|假如|要是|万一|倘若|冒充|骗子|不会(?:这样)?要求|不是平台|对商家/,
    asked: true,
  },
  {
    // Round 47 (t47h): the invented rule of the t47c row, its right taken as 只能换不能退 or 不支持任何理赔, pressed by the system said to refuse
    // (退款这边系统是不会通过的) or the shop bound to it (我这边也只能按平台的规矩办). Same exemptions as that row.
    words: ['规定', '要求', '新规', '规则', '规矩', '标准', '政策', '规范'],
    severity: 'block',
    message: '以平台名义编造规则、剥夺买家权益，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_TOPIC_RULE_SOURCE_T47C.source}`),
    window: 60,
    sentence: [RIGHT_TAKEN_T47H, PRESSED_T47H],
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 60)),
    notSentence: /如果|假如|要是|万一|倘若|全额退款|(?:规定|要求|通知)(?:我们|商家|卖家|店铺|本店)(?!(?:也|都|实在|真的?|这边)*(?:没办法|没有办法|没法|无能为力|做不了主|改变不了|改不了))|对商家|以[^，。]{0,10}为准|规则页|可以查看|可以咨询|可以(?:申请|联系|找)|如有疑问|冒充|骗子|不会(?:这样)?要求|不是平台|质量问题(?:可以|照常|仍|还是可以|都可以|也可以|支持)/,
    hypothetical: true,
  },
  {
    // Round 47 (t47h): a review said to need proof or be voided by the platform (差评需要附第三方检测报告，否则平台会自动判定为无效评价并折叠): no
    // platform rule asks a buyer for proof to review. Not the real review rules (REVIEW_RULE_REAL: contacts, abuse, fake reviews).
    words: ['差评', '中评', '评价', '评论', '追评', '晒图'],
    severity: 'block',
    message: '以平台名义编造限制买家评价的规则，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [/(?:差评|中评|评价|评论|晒图|追评)[^，。！？]{0,12}?(?:需要|必须|务必|得|须|要)(?:先)?(?:附|附上|带|提供|上传)[^，。！？]{0,10}?(?:报告|证明|发票|凭证|检测|鉴定|截图|小票|单据)/, /(?:平台|系统|快手)[^，。！？]{0,8}?(?:折叠|隐藏|屏蔽|删除|不展示|无效|作废)/],
    notSentence: [REVIEW_RULE_REAL, /投诉|申诉|介入|退款|售后/],
    hypothetical: true,
    asked: true,
  },
  {
    // Round 47 (t47h): a platform record on the buyer's account for an honest claim, with a sanction later (选'质量问题'的话平台会在您账号上记一笔，
    // 次数多了以后买东西要先付押金): no platform sanction follows a true reason. Not abuse told (恶意退款, 刷单) nor denied.
    words: [...PLATFORM_NAMES, '平台', '系统'],
    severity: 'block',
    message: '以平台名义编造对买家账号的记录和处罚，属于冒充平台（规则 2.9）',
    after: /^(?:那边|方面)?(?:会|将|就|都)*(?:在|给)(?:您|你)(?:的)?(?:账号|账户|帐号|号)(?:上)?(?:记|留|标|扣|加)/,
    window: 60,
    sentence: /(?:次数多了|多了|以后|之后|今后)[^。！？]{0,16}?(?:押金|先付|限制|封|不能|无法|降级|扣分)/,
    notSentence: /恶意|刷单|虚假|骗|不会|不影响|如果是(?:正常|真实)/,
  },
  {
    // Round 47 (t47h): the platform's rules said drafted by the shop, a topic between (平台那套户外玩具的安全标准就是我们参与起草的): see the t44f row.
    words: PLATFORM_OR_OFFICIAL,
    severity: 'block',
    message: MESSAGE,
    after: /^(?:那边|这边)?(?:那套|这套|那些|这些|的)?[^，。！？]{0,10}?(?:规则|标准|规定|政策|细则|规范)(?:本来|其实|原本|实际上|本身)?(?:就|都|也|全)?(?:是|由)(?:我们|我|本店)(?:店|家)?[^，。！？]{0,6}?(?:参与|一起|负责|牵头)?(?:起草|制定|拟定|定的|编写|写的)/,
    notSentence: /吗|么|不是我们|并非|冒充|骗子/,
    reach: 40,
    asked: true,
    grow: true,
  },
  {
    // Round 47 (t47h): an insurer's or the platform's payout said to be settled by the shop's own count (运费险这块平台…按重量赔…理赔结果以我这边核算的为准):
    // the insurer or the platform settles a claim, so the shop's figure as final speaks for it.
    words: ['为准'],
    severity: 'block',
    message: '声称平台或保险的理赔结果以商家核算为准，属于冒充平台（规则 2.9）',
    before: /(?:以|按)(?:我|我们|本店|我这边|我们这边|我方)(?:这边)?(?:的)?(?:核算|计算|算|核定|定|评估|核对|审核|说)?(?:的)?(?:结果|金额|数额)?$/,
    window: 80,
    sentence: [/理赔|运费险|退货险|保险/, /平台|快手|官方/],
    notSentence: /保险公司|如果|假如|冒充|骗子/,
    grow: true,
  },
  // ---- Round 48 (t48c): sanctions, rulings, programmes and powers invented in the platform's name (patterns: *_T48C below `cues`) ----
  {
    // Round 48 (t48c): an invented step put on the buyer under a rule, the platform or its system then said to sanction them automatically if it is
    // not done (三星评价按评价管理办法需要买家补充理由，否则…平台会自动删除; 按…新规…未确认的订单平台会暂停您的售后权益; …15天内不付尾款的话平台会自动
    // 上报征信). The triple: a rule named, a condition on the buyer, and the platform acting on its own. Not the real auto-steps (unpaid orders
    // cancelled, receipt confirmed, a return closed for no tracking number) nor real review moderation (contacts, ads, abuse).
    words: [...PLATFORM_NAMES, '平台', '系统'],
    severity: 'block',
    message: '以平台名义编造规则并声称平台会自动处罚买家，属于冒充平台（规则 2.9）',
    after: AUTO_SANCTION_T48C,
    window: 80,
    sentence: [RULE_NAMED_T48C, BUYER_CONDITION_T48C],
    // (the real review rules, without REVIEW_RULE_REAL's conditionals: the condition here is the mechanism — 要是…不交的话)
    notSentence: [REAL_AUTO_STEP_T48C, /诱导|返现|刷单|刷评|虚假交易|联系方式|手机号|电话|微信|广告|辱骂|脏话|人身攻击|隐私|冒充|骗子|谨防|不会(?:因此|被|影响|上报)|不影响|恶意|违规/],
    // (the condition is itself a negation — 要是超期不交的话，平台会…: denials are read by notSentence instead)
    deniable: false,
    asked: true,
  },
  {
    // Round 48 (t48c): the shop announcing a moderation outcome on the buyer's review as done, with a finding (您昨天那条带图评价经审核含不实描述，已做
    // 隐藏处理): only the platform moderates reviews; the shop speaks as its moderator. Not the platform's moderation reported with the platform named.
    words: ['隐藏处理', '屏蔽处理', '折叠处理', '删除处理', '下架处理'],
    severity: 'block',
    message: '以审核方口吻宣布已处理买家评价，属于冒充平台（规则 2.9）',
    before: /(?:已经|已|现已|予以|给予)(?:做|作|进行|被|予以)?(?:了)?$/,
    window: 60,
    sentence: [/(?:您|你)[^。！？]{0,16}?(?:评价|差评|评论|追评|晒图|买家秀)/, /经[^，。！？]{0,6}?(?:审核|核实|核查|判定|鉴定|复核)|不实|虚假|失实|不符合/],
    notSentence: /平台|快手|官方|系统|如果|假如|冒充|骗子|不是我们|我们(?:无法|没法|不能)/,
    grow: true,
  },
  {
    // Round 48 (t48c): the buyer's review or comment rights said to be limited (如再次发布类似内容将限制您的评价权限): a power over the buyer's account only
    // the platform holds. Not a reassurance (不会限制您的评价权限) nor a question.
    words: ['评价权限', '评论权限', '评价功能', '评论功能', '晒单权限', '评价资格'],
    severity: 'block',
    message: '声称可限制买家的评价权限，属于冒充平台行使权力（规则 2.9）',
    before: /(?:限制|关闭|取消|冻结|封禁|禁用|暂停|收回|回收)(?:您|你)?(?:的)?(?:账号)?(?:的)?$/,
    notSentence: /不会|不影响|没有权限|无权|冒充|骗子|商家(?:无法|不能|没法)/,
    asked: true,
    grow: true,
  },
  {
    // Round 48 (t48c): a platform ruling relayed and the buyer's recourse declared shut (…快手的仲裁那边…结果是支持商家…这个结果是终局的; 跟快手的小二确认过
    // 了…他们会判“买家责任”，申请介入也是这个结果，别浪费时间了): the shop speaks for the platform's last word. Not a ruling told with recourse left open.
    words: [...PLATFORM_NAMES, '平台', '小二', '仲裁', '介入'],
    severity: 'block',
    message: '以平台名义宣布判定结果并声称不可再申诉，属于冒充平台（规则 2.9）',
    window: 80,
    sentence: [RULING_T48C, RECOURSE_SHUT_T48C],
    notSentence: /如有异议|可以(?:再)?(?:申诉|复核|申请复核|再次申请|联系平台)|如果|假如|冒充|骗子|谨防/,
    asked: true,
  },
  {
    // Round 48 (t48c): the buyer said enrolled in or chosen for a platform programme, the platform then paying or rewarding them (…已经自动加入「…安心
    // 计划」啦…平台直接补一块新的; 恭喜您被选为本月「快手进口体验官」…平台会给您账号加200成长值): the platform runs its programmes, so the shop
    // announcing the buyer's place in one speaks for it. Not real programmes (REAL_PROGRAMME_T47H), nor the shop's own membership.
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '以平台名义编造保障计划或奖励并告知买家已入选，属于冒充平台（规则 2.9）',
    after: PLATFORM_REWARDS_T48C,
    window: 80,
    sentence: BUYER_ENROLLED_T48C,
    notSentence: [REAL_PROGRAMME_T47H, /冒充|骗子|谨防|如果|假如|不会|店铺会员|本店会员|粉丝团|店铺(?:的)?(?:活动|福利)/],
  },
  {
    // Round 48 (t48c): the platform said to class the buyer (平台会把您识别为“囤货型用户”) and a charge or a waiver then follows from it (后面每单要交10元
    // 跨境服务费，我这边可以帮您申请减免): no platform class puts a fee on a buyer. Not the platform's real new-buyer or risk notices without a charge.
    words: [...PLATFORM_NAMES, '平台', '系统'],
    severity: 'block',
    message: '以平台名义给买家归类并据此收费或减免，属于冒充平台（规则 2.9）',
    after: /^(?:那边|方面)?(?:会|将|就|已经|已|可能会)*(?:自动)?(?:把|将)(?:您|你)(?:的)?(?:账号|账户)?(?:识别|判定|认定|标记|列|归类|归|划|定|算)(?:为|成|入|作)/,
    window: 80,
    sentence: new RegExp(`${BUYER_BURDEN.source}|${TIER_BENEFIT_T47H.source}|申请(?:减免|免除|豁免)`),
    notSentence: /冒充|骗子|谨防|如果|假如|不会/,
    grow: true,
  },
  {
    // Round 48 (t48c): a special licence the platform is said to have given the shop, a buyer's right then taken by it (按平台给金牌店铺的特别授权，本店
    // 商品不适用七天无理由): the platform grants no shop a way out of its rules. Not the real category exemptions (拆封食品, 定制).
    words: ['特别授权', '特殊授权', '特批', '特许', '豁免权', '专门授权', '特殊权限', '特别许可'],
    severity: 'block',
    message: '声称平台给本店特别授权以免除买家权益，属于冒充平台（规则 2.9）',
    before: new RegExp(`(?:${PLATFORM_ALT}|官方)[^，。！？]{0,12}?$`),
    window: 60,
    sentence: /不适用|不支持|不享受|不参与|不受|无需|不用遵守|可以不/,
    unless: (ctx, start, end) => exemptNoReason(sentenceOf(ctx, start, end, 60)),
    notSentence: /没有|并没有|不存在|冒充|骗子|如果|假如/,
    grow: true,
  },
  {
    // Round 48 (t48c): a purchase quota said exceeded and paperwork then demanded under a named standard (同一收货地址本月购买…超过3支，按跨境个人自用标准
    // 需补充购买用途说明): an invented check run as if by the platform or customs. Not the real clearance details (订购人, 身份证, 实名).
    words: ['说明', '证明', '资质', '材料', '用途'],
    severity: 'block',
    message: '以平台或跨境规则名义编造购买限制并要求买家补交材料，属于冒充平台（规则 2.9）',
    before: /(?:需要|需|必须|要|得|请)(?:先)?(?:补充|提供|上传|提交|补交|出具|填写)[^，。！？]{0,8}?$/,
    window: 80,
    sentence: [/(?:本月|本周|今年|累计|同一|一个月|每月)[^，。！？]{0,24}?(?:超过|超出|多于|满)[0-9一二三四五六七八九十两]+(?:支|件|瓶|盒|次|单|个|套|包|罐)|(?:购买|买)[^，。！？]{0,10}?(?:的用户|的买家|的顾客)/, /按[^，。！？]{0,14}?(?:标准|规定|新规|规则|管理办法)/],
    notSentence: /身份证|实名|订购人|支付人|冒充|骗子|谨防|如果|假如/,
  },
  {
    // Round 48 (t48c): the shop's word said to decide a platform or insurer's payout (理赔也是我这边审，我说不赔平台那边就不会赔): the platform or the insurer
    // settles claims. Not the shop's own inspection of a return.
    words: [...PLATFORM_NAMES, '平台', '保险公司', '保险'],
    severity: 'block',
    message: '声称平台或保险理赔由商家决定，属于冒充平台（规则 2.9）',
    after: /^(?:那边|方面)?(?:就|也|都|肯定)*(?:不会|不能|没法|不)(?:给(?:您|你))?(?:赔|理赔|赔付|通过|批)/,
    window: 60,
    sentence: /我说(?:不|了算|不行|不给)|(?:理赔|赔付|审核)(?:也|都)?是(?:我|我们)(?:这边|店里)?(?:审|定|说了算|批|来审)|(?:我|我们)(?:这边)?说了算/,
    notSentence: /冒充|骗子|如果|假如/,
  },
  // ---- Round 48 (t48g): platform powers over other shops claimed, and the buyer's ID papers taken here under an invented platform rule ----
  {
    // Round 48 (t48g): the agent claiming to review other merchants for the platform (我这边同时负责文具类目商家的审核，…该下架的下架; 本人也管
    // 这个类目店铺的巡检，别家有问题告诉我): a shop has no say over other shops. Not the shop's own checks (我负责我们店的商品审核) nor its suppliers.
    words: ['审核', '巡检', '抽检', '准入', '监管', '考核', '处罚', '管理'],
    severity: 'block',
    message: MESSAGE,
    before: /(?:我|本人|我这边|我们这边)(?:同时|也|还|兼|专门|主要|顺便|一直|另外)*(?:负责|管|兼管|分管|主管|在管|在做|做)[^，。！？]{0,10}?(?:商家|店铺|卖家|商户|店家|同行)(?:的)?$/,
    window: 60,
    sentence: /别家|其他店|其他商家|别的店|别的商家|其他卖家|同行|同类目|下架|封店|扣分|投诉|违规/,
    notSentence: /我们店|本店|自家|咱家|我们家|供应商|供货商|厂家|代理商|分销|冒充|骗子|谨防|如果|假如/,
    grow: true,
  },
  {
    // Round 48 (t48g): complaints about other shops taken in and listings taken down by the agent (您对别家店有投诉直接发我，我来处理，该下架的下架;
    // 别的商家卖假货您告诉我，我让它下架). Not the shop reporting a copy of its own goods to the platform (盗图的链接发我，我们向平台举报).
    words: ['下架', '封店', '关店', '封掉', '扣分'],
    severity: 'block',
    message: MESSAGE,
    window: 60,
    sentence: [/别家|其他店|其他商家|别的店|别的商家|其他卖家|同行|那家店|他们家/, /发我|发给我|找我|告诉我|交给我|报给我|我来处理|我处理|我来办|我帮您处理|我这边处理|我让|我去/],
    notSentence: /平台|快手|官方|举报|律师|法务|侵权|盗图|仿冒我们|假冒我们|冒充|骗子|谨防|处理不了|管不了|没(?:有)?权/,
  },
  {
    // Round 48 (t48g): the buyer's ID photo asked to be sent here under a platform rule the shop invents, or kept by the shop for the platform (按平台
    // 酒类新规，…在这个对话框上传手持身份证照片，我们替平台存档备查). The platform collects its own papers on its own pages; customs' orderer check and
    // warnings stay clean (ID_NOT_FOR_PLATFORM).
    words: ['身份证', '证件照', '证件号', '手持照', '人脸照', '户口本', '身份证明', '驾驶证', '护照'],
    severity: 'block',
    message: MESSAGE,
    window: 60,
    sentence: [ID_FOR_PLATFORM_T48G, ID_ASKED_HERE_T48G],
    notSentence: ID_NOT_FOR_PLATFORM,
  },
  // ---- Round 49 (t49c): platform schemes, labels, fees and powers coined and turned on the buyer (patterns: *_49 above `cues`) ----
  {
    // Round 49 (t49c): a platform scheme, class, period, label or fee named in quotes, in the platform's name, and the buyer losing by it or the shop
    // working it for them (平台的“美妆尝鲜计划”…不提供售后; 平台对孕婴类目有个“72小时冷静审核期”…不能投诉; 平台把它归为“危险品”…运费您承担; 帮您登记进
    // 平台的“实物黄金账户”): the shop coins the platform's rules and runs them. The pair is the quoted coinage and the loss or the shop's hand; not the
    // platform's real pages, statuses and programmes in quotes (“申请售后”, “已签收”, “七天无理由”), nor a denial or the buyer's words told back.
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '以平台名义编造计划、分类、期限或费用并用在买家身上，属于冒充平台（规则 2.9）',
    unless: (ctx, start, end) => !coinedSchemeOnBuyer49(ctx, start, end),
    asked: true,
  },
  {
    // Round 49 (t49c): a platform rule capping the buyer's returns by count, pinned on the buyer's level or a quota used (按平台规定V2一个季度只能退一次,
    // 您的会员等级…按平台规定每月只能换两次): no platform rule rations returns by tier. The rule row of t47c wants the hands tied; here the level.
    words: ['规定', '要求', '新规', '规则', '规矩', '标准', '政策', '规范'],
    severity: 'block',
    message: '以平台名义按买家等级编造退换次数限制，属于冒充平台（规则 2.9）',
    before: new RegExp(`${PLATFORM_RULE_SOURCE.source}|${PLATFORM_TOPIC_RULE_SOURCE_T47C.source}`),
    window: 60,
    sentence: [RIGHT_TAKEN_T47C, BUYER_LEVEL_49],
    notSentence: /如果|假如|要是|万一|倘若|对商家|以[^，。]{0,10}为准|可以查看|可以咨询|冒充|骗子|不会(?:这样)?要求|不是平台|本店|店铺(?:的)?(?:会员|规定)/,
    hypothetical: true,
    grow: true,
  },
  {
    // Round 49 (t49c): a platform setting on the buyer's account switched by the agent (我就在后台把您的评价权限关了; 我这边可以在后台把他的未成年限制先
    // 解除): only the platform holds the account. Not the buyer shown how to do it (您可以在设置里关掉青少年模式), nor a refusal.
    words: ['评价权限', '评论权限', '评价功能', '评论功能', '未成年限制', '未成年模式', '青少年模式', '购买权限', '下单权限', '账号限制', '消费限额', '实名认证', '实名信息'],
    severity: 'block',
    message: '声称能在后台开关买家账号的平台权限，属于冒充平台行使权力（规则 2.9）',
    before: /(?:我|我们|这边|本店)[^，。！？]{0,14}?(?:把|将|给|帮)[^，。！？]{0,6}?$/,
    after: ACCOUNT_SWITCHED_49,
    notSentence: /不会|没法|无法|不能(?:帮|给|替)|没有权限|没权|无权|做不到|教|(?:您|你)(?:可以|自己)|设置里|监护人|冒充|骗子|如果|假如/,
    asked: true,
    grow: true,
  },
  {
    // Round 49 (t49c): the platform's own currency or membership given by the shop (往您账户里多充了200快币; 快手黑钻会员给您开好了): the shop hands out
    // what only the platform issues. Not the buyer told where to top up, nor a refusal.
    words: ['快币', '快手币', '黑钻', '快手会员', '平台会员', '平台积分', '平台余额'],
    severity: 'block',
    message: '声称替买家充值平台货币或开通平台会员，属于冒充平台（规则 2.9）',
    window: 30,
    sentence: /(?:给|帮|替|为)(?:您|你)[^。！？]{0,8}?(?:开好|开通|开了|充|办好|办了|送了|发了|加了|升级)|(?:往|向|给)(?:您|你)(?:的)?(?:账户|账号|钱包)[^。！？]{0,6}?(?:充|转|打|加)|(?:充|送|发|补)了?[0-9一二两三四五六七八九十百千]+(?:个)?(?:快币|快手币)|(?:转成|兑换成|换成|折成|折算成)(?:快币|快手币)|(?:补偿|赔偿|送|给)(?:您|你)的[^。！？]{0,8}?(?:快币|快手币)/,
    notSentence: /不能|没法|无法|不会|没有权限|冒充|骗子|如果|假如|(?:您|你)(?:可以|自己)|活动页/,
    asked: true,
  },
  {
    // Round 49 (t49c): the shop's card or membership said to carry a perk on every shop of the platform, opened by the shop (会员卡跟快手平台是打通的，开卡以后
    // 在全平台买东西都打九折; …给您开好了，全站包邮): the platform's perks are the platform's. Not the shop's card kept to the shop, nor the platform's sale told.
    words: ['全平台', '全站', '平台所有店', '平台任何'],
    severity: 'block',
    message: '声称本店为买家开通全平台通用的优惠或会员，属于冒充平台（规则 2.9）',
    window: 40,
    sentence: [SITEWIDE_PERK_49, SHOP_OPENS_49],
    notSentence: /不通用|不适用|仅限|只限|只在本店|本店专属|不能|无法|没法|不会|冒充|骗子|如果|假如|(?:平台|官方)(?:的)?(?:活动|大促)|参加了/,
  },
  {
    // Round 49 (t49c): the buyer's review hidden or restored by the shop (您那条三星的评价我这边已经先帮您“折叠”了…我在后台给您恢复展示): the platform
    // moderates reviews. Not a refusal, nor the platform's moderation of abuse or contacts told.
    words: ['折叠', '隐藏', '屏蔽', '恢复展示', '取消展示', '撤下'],
    severity: 'block',
    message: '声称由本店隐藏或恢复买家评价，属于冒充平台行使权力（规则 2.9）',
    before: /(?:我|我们|这边|本店|后台)[^，。！？]{0,12}?(?:帮|给|替|把|将)(?:您|你)?[^，。！？]{0,6}?$/,
    window: 40,
    sentence: /(?:您|你)[^。！？]{0,12}?(?:评价|差评|中评|评论|追评|晒单|买家秀)/,
    notSentence: /不能|无法|没法|没有权限|无权|不会|平台(?:会|才能|审核|规定)|冒充|骗子|如果|假如|违规|辱骂|广告|联系方式|手机号|地址|隐私|订单信息|姓名/,
    asked: true,
    grow: true,
  },
  {
    // Round 49 (t49c): the platform said to defer to the shop's word (平台那边认我们的意见, 平台只听我们商家的): the shop speaks as if it steered the
    // platform's ruling. Not the platform weighing both sides.
    words: [...PLATFORM_NAMES, '平台'],
    severity: 'block',
    message: '声称平台以本店意见为准，属于冒充平台（规则 2.9）',
    after: /^(?:那边|这边|方面|官方)?(?:都|也|只|就|一般|肯定)*(?:认|听|采纳|采信)(?:我们|我|商家|本店)(?:商家|这边)?(?:的)?(?:意见|说法|判断|结论|话)?/,
    notSentence: /双方|买卖|不会|不一定|冒充|骗子|如果|假如|也会听|您的/,
    grow: true,
  },
  {
    // Round 49 (t49c): a third party's penalty said to follow from the shop's report to a platform desk (我已经报给平台物流部了，那个快递员这个月会被罚500):
    // the platform disciplines no courier, and the shop speaks as if it had the platform's desk act. Not a complaint to the carrier itself.
    words: ['快递员', '骑手', '配送员', '快递小哥', '司机', '网点', '派件员'],
    severity: 'block',
    message: '声称经平台部门处罚第三方，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [new RegExp(`(?:报给|报到|反映给|投诉到|跟|和|向)(?:${PLATFORM_ALT})[^，。！？]{0,6}?(?:部|部门|中心|组)|(?:${PLATFORM_ALT})[^，。！？]{0,4}?(?:部|部门|中心|组)(?:那边)?(?:会|已经|要)`), /罚|扣工资|扣钱|开除|辞退|处分|停职|停工/],
    notSentence: /快递公司|物流公司|冒充|骗子|如果|假如|不会/,
  },
  {
    // Round 49 (t49c): the chat said to bind the buyer in law by the platform's hand, their recourse shut (聊天记录平台会自动生成电子合同…具有法律效力，后面
    // 再申请平台也不会受理): no such platform mechanism. Not chat records kept as evidence for the buyer.
    words: ['法律效力', '电子合同', '电子协议'],
    severity: 'block',
    message: '以平台名义编造聊天记录的法律效力并声称平台不再受理，属于冒充平台（规则 2.9）',
    window: 60,
    sentence: [new RegExp(`${PLATFORM_ALT}|系统`), PLATFORM_SHUTS_49],
    notSentence: /不具有|没有法律效力|冒充|骗子|如果|假如|证据|维权/,
  },
  {
    // Round 49 (t49c): the platform called "the people above" who locked a right (是上面统一卡死的, 上头定的), the right taken and the blame shifted
    // (签收后就不再受理…这个不是我们店能改的): the shop voices an invented platform rule. Not customs, the law or the brand named.
    words: ['上面', '上头', '上级'],
    severity: 'block',
    message: '以“上面”的名义编造平台规则剥夺买家权益，属于冒充平台（规则 2.9）',
    after: /^(?:统一|直接|硬性|明确|已经)*(?:卡死|卡的|规定|定的|定死|要求|下的|不让)|^的(?:意思|规定|要求|通知|安排)/,
    window: 60,
    sentence: [/不(?:再)?受理|不(?:支持|给|能|予)(?:退|换|售后|办理)|只能换不能退|不再(?:支持|提供)|(?:统一|一律)不(?:退|换|赔)/, /不是(?:我们|我|本店)(?:店|这边)?(?:能|可以)?(?:改|定|决定|做主)|(?:我们|我|本店)(?:这边)?(?:也)?(?:改不了|做不了主|没办法)/],
    notSentence: /海关|国家|法规|法律|品牌方|厂家|总部|公司|冒充|骗子|如果|假如/,
  },
];

/** The agent acting for the buyer just before a standing noun (给您的账号加, 给您记录了), or just after it (…我已经给您调低了). */
const AGENT_ON_STANDING = /(?:我|我们|本店)(?:这边|这里)?[^，。！？]{0,10}?(?:给|帮|替|为|把)(?:您|你)(?:的)?[^，。！？]{0,8}?(?:加|调|改|修|恢复|记|清|消|去|移|解|提|降|升|标|设|开|关|撤|删|弄|洗|取消|报)[^，。！？]{0,3}$/;
const AGENT_AFTER_STANDING = /^[^，。！？]{0,12}?(?:我|我们|我这边)[^，。！？]{0,8}?(?:给|帮|替|为)(?:您|你)?[^，。！？]{0,6}?(?:加|调|改|修|恢复|记|清|消|去|移|解|提|降|升|标|设|撤|删|弄|洗|取消)/;

/** A warning or a check around a quoted claim: 一定要核实, 是骗子, 别信, 谨防冒充 (round 20, t20do). */
// (round 49, t49c: …or denied for want of a notice, the buyer pointed to where the rules are published — 您说的“平台下个月要收会员费”我们没看到任何公告，
// 以规则中心为准)
const QUOTED_CLAIM_WARNED = /核实|核对|验证|骗|冒充|假冒|别信|不要信|不要相信|别相信|勿信|警惕|小心|谨防|举报|别理|不要理|挂断|不是我们|没(?:有)?(?:看到|收到|见过|听说)(?:过)?(?:任何|这个|这类|相关)?(?:的)?(?:公告|通知|规定|消息)|规则中心|不乱讲|别听/;
function quotedClaimWarned(ctx: LintContext, start: number, end: number): boolean {
  return othersQuote(ctx, start, end) && QUOTED_CLAIM_WARNED.test(sentenceOf(ctx, start, end, 60));
}

/** Round 35 (t35c): a belief named as mistaken, its subject the shop (误会我们, 误以为本店是): what follows is what we are not. */
const MISTAKEN_FOR = /(?:误会|误解|误认为|错认为|误以为|错以为|错当成|误当成)(?:成|为)?(?:我们|我|本店|咱们|商家|店铺|店家|客服|小店)(?:是|能|可以|就|在|有权|也)?$/;

/**
 * Round 37 (t37c): the buyer's labelled question whether the shop is the platform itself (「买家：你们是快手官方自营吗」, “顾客：你是平台客服不”),
 * answered with a bare yes (是的亲, 对, 嗯): the yes makes the claim ours (detect/quoted.ts adoptedBuyerAsks). Not the brand's own official store
 * (是官方旗舰店吗 is the brand's; only 快手/平台 or 官方自营/小二 count), nor a yes that turns (是的，不过我们是店铺客服).
 */
const ASKED_PLATFORM = /(?:是|係|系|属于)(?:不是|唔係)?[^，,。！？!?]{0,6}?(?:(?:快手|筷手|k手|ks|平台)(?:的)?(?:官方|自营|客服|小二|工作人员|员工|专员|官方客服|直营)|官方(?:自营|直营)|平台方|小二)/i;
function adoptedPlatformClaim(ctx: LintContext, r: RuleModule): void {
  for (const ask of adoptedBuyerAsks(ctx)) {
    if (ASKED_PLATFORM.test(ask.body)) ctx.report(r, { start: ask.start, end: ask.end, severity: 'block', message: '对买家“是不是快手官方/平台”的提问回答“是”，即冒充平台' });
  }
}

const rule = cueRule({
  check: adoptedPlatformClaim,
  meta: {
    id: 'impersonate-platform',
    clause: '2.9',
    severity: 'block',
    severities: ['block', 'warn'],
    title: { zh: '冒充平台或平台工作人员', en: 'Posing as the platform or its staff' },
    description: {
      zh: '规则 2.9 禁止冒充平台或平台工作人员与买家沟通：自称快手官方客服、平台小二、审核专员、仲裁员，说代表平台、受平台委派，或以平台口吻宣布判定结果（含 K手、筷手、ks 等写法）。说明自己是店铺客服、引导买家联系平台，不算。',
      en: 'Rule 2.9 forbids posing as the platform or its staff: claiming to be Kuaishou official support, platform staff, a reviewer or arbitrator, speaking for the platform, or announcing its rulings in its voice. Saying you are the shop’s agent and pointing to platform support is fine.',
    },
    hint: { zh: '表明店铺身份，例如“我是本店客服，平台的处理结果请在订单页查看，也可以联系快手官方客服”。', en: 'Say you are the shop’s agent and point to the platform: "I am this shop’s agent; see the platform’s ruling on the order page."' },
  },
  // Round 20 (t20do): every cue also yields to a claim quoted from someone else and warned of (如果有人跟您说“我是快手官方客服”，
  // 一定要核实): the impostor's words told back are no claim of the agent's. A quote endorsed (您提到“平台规定…”，没错) still counts.
  // Round 67 (engfa67): …and a 平台 of another trade (赌博平台说稳赚不赔都是骗人的) is not the platform's voice (detect/platform-kind.ts).
  cues: alsoUnless([...cues, ...T55_CUES, ...T57A_CUES, ...T60B_CUES], quotedClaimWarned, otherTradePlatform),
  regexes: [STAFF_APART_AFTER, STAFF_RELAYED, OFFICE_SPEAKS, MANDATE_AFTER, SPEAKS_FOR, HOST_SPEAKS_FOR, OWN_STANDING, AGENT_ON_STANDING, AGENT_AFTER_STANDING],
});

export default rule;
