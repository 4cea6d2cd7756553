// 2.7 by the statistical second opinion (rules/model/): illegal or prohibited content and smears of the
// platform or other merchants in words the 2.7 rules have no pattern for.
import { likelyRule } from '../model/likely-rule';
import { bodyStandInText } from '../detect/imitation'; // round 48 (t48e)
import { ownShortfallApologised } from '../detect/own-shortfall';
import { ordersMerged } from '../detect/orders-merged';
import { controlledRefused, greyTradeRefused, riskWarnedOff, warnsOffScam, warnsOffUnlawful } from '../detect/warning-frame';
import { costumeProp } from '../detect/costume-prop';
import { homeMonitorTold, nonDrugWaived, prescriptionKept } from '../detect/prescription-kept';
import { useNeedsPaper } from '../detect/use-needs-paper';
import { otherShopFair, othersUntried, packGapTold } from '../detect/other-shop-fair'; // round 48 (t48e): packGapTold
import { allowanceTold } from '../detect/allowance-told';
import { elderAilmentKindly } from '../detect/elder-ailment';
import { claimDeclined } from '../detect/claim-declined';

const OWN_SHARE = /^(?:复制|长按复制)(?:此|这条|本条|该)?(?:消息|口令|内容|链接)(?:后)?打开快手(?:app)?(?:即可|就能|就可以)?(?:查看|观看|浏览)[^]{0,24}$/;

// Round 22 (t22cc): a freebie or a free service given with nothing asked back (多塞了一片面膜就当小惊喜, 礼盒包装不额外收费): no review,
// money, channel or customs tie in the sentence, nothing hinted.
const FREEBIE = /(?:包成|装成|换成)礼盒|小惊喜|(?:多塞|多放|多装|多送)了?(?:一|两|几)|(?:不|无需)额外(?:收费|加钱|收钱)/;
const FREEBIE_TIE = /好评|评价|评论|五星|星|晒|返现|红包|返|钱|转账|私下|站外|微信|加我|懂的|懂得|特别的|别声张|别说|保密|悄悄|海关|报关|清关|税|平台|别家|其他(?:商家|店)/;
// Round 23 (t23c): the shop's own work set below others' and apologised for (我们的服务连别家都不如，真的很抱歉) praises the others if
// anything; not when the others are smeared beside it.
const SMEAR = /假|仿|骗|坑|垃圾|烂|黑心|三无|劣质|有毒|超标|过期|翻新|水货|差劲|不正规|不靠谱/;

// Round 23 (t23c): food praised for its taste (这款辣条特别的香，吃了很上头; 牛肉干很有嚼劲，吃了停不下来): 吃了 weighs like a drug told by
// its effect or a product said to harm (吃了很嗨, 吃了伤肝). Cleared only with a taste word and no effect, harm, hint or other seller beside it.
const TASTE_PRAISED = /(?:很|超|真|特别的?|好|巨|贼|太|非常|挺)(?:香|好吃|美味|入味|下饭|解馋|鲜|甜|辣|酥|脆|嫩|筋道|q弹)|有嚼劲|酸酸甜甜|香辣|麻辣|香甜|口感(?:很|超|真|特别|非常|好|棒|绝)|味道(?:很|超|真|特别|非常|好|正|绝|棒)/;
const EATEN_EFFECT = /嗨|飘|high|兴奋|提神|亢奋|不困|熬夜|通宵|睡|晕|幻|放松|忘|上瘾|成瘾|戒不掉|成分|麻古|冰毒|溜冰|懂的|懂得|特别的东西|特殊|加了?料|药|治|疗|病|瘦|减肥|降|伤|烂|毒|超标|过期|变质|出事|拉肚子|不舒服|过敏|别家|隔壁|对面|同行|其他|那家|他家|某家|别声张|保密|悄悄/;
const tastePraised = (s: string): boolean => /吃|尝|嚼/.test(s) && TASTE_PRAISED.test(s) && !EATEN_EFFECT.test(s);

// Round 24 (t24c): a wink at a hardship shared with the buyer (宝妈们懂的都懂，夜奶真的太熬人了): 懂的都懂 names the chore, not a hidden
// thing — only with a hardship word and no hint, secrecy, other seller, customs or money beside it.
const WINK = /懂的都懂|懂得都懂|都懂的|谁带谁知道|过来人都(?:懂|知道)/;
const HARDSHIP = /熬人|太累|好累|真累|辛苦|不容易|崩溃|心累|磨人|难熬|睡不好|没觉睡|睡不够|头大|操心|熬夜|手忙脚乱/;
const WINK_TIE = /特别的|特殊|加了?料|别声张|保密|悄悄|私下|私聊|海关|报关|税|别家|隔壁|同行|那家|他家|钱|返|红包|药|嗨|飘|上头|成人|尺度|福利/;
const hardshipShared = (s: string): boolean => WINK.test(s) && HARDSHIP.test(s) && !WINK_TIE.test(s);

// Round 31 (t31c): the buyer's orders merged into one parcel (detect/orders-merged.ts) — the opposite of the customs split, unless customs,
// tax, a quota or another person's name is in the sentence (合成一单…按礼品报, 合到您朋友名下).
const MERGE_TIE = /海关|报关|申报|清关|税|额度|限额|礼品|名下|别人|他人|亲戚|朋友|身份证|查/;

// Round 31 (t31d): the goods declared truly and their duty paid (香港带过来的货我们都如实申报，需要交税的都交了; 这批走正规报关，关税一分
// 没少交): the opposite of smuggling, unless an evasion, a turn or a wink rides beside it (如实申报是不可能的, 按礼品报, 拆开寄, 懂的).
const DECLARED_TRULY = /如实(?:申报|报关)|(?:正规|依法|按规定|照章)(?:申报|报关|纳税|缴税)|(?:税|关税|增值税|税费|消费税)(?:我们)?(?:都|也|全|全部|已经)*(?:交了|缴了|交过|缴过|缴纳了|已缴|交齐|缴齐|补了|补交了)|(?:交|缴)税的(?:都|也|全)(?:交|缴)了|一分(?:没|不|都没)少(?:交|缴)|完税(?:证明|凭证)/;
const EVASION = /少报|低报|瞒报|不报|漏报|虚报|拆单|拆开|拆包|分开寄|分批寄|避税|逃税|偷税|漏税|不用交税|不交税|不用缴|免税(?!店)|走私|水客|人肉|蚂蚁搬家|礼品|改价|不过海关|不走海关|绕|闯关|私下|懂|别声张|保密|悄悄|不可能|做不到|但|不过|可是|其实|只是|要是|如果|的话|别人|名下|身份证/;
const declaredTruly = (s: string): boolean => DECLARED_TRULY.test(s) && !EVASION.test(s);

// Round 34 (t34a): a courier named by 那家 / 那个 and a fact of its service told (那家快递今天不收件，所以换了顺丰; 那个物流周末不派送):
// a carrier is no merchant of the platform and a service fact smears no one — not with a smear or a hint beside it.
const CARRIER_NAMED = /(?:那家|这家|那个|这个|他们家|他家|原来的|之前的)(?:快递|物流|快运|速运|驿站|网点|承运商|货代)/;
// …and another shop told apart by its line, the buyer left to choose (他们主要做欧洲线，我们主做日韩，品类不太一样，您按需要选就好): a
// difference of range, no verdict on the other shop.
const FOCUS_TOLD = /(?:主要|主|专门|专)(?:做|卖|经营|负责)|品类不(?:太)?一样|侧重(?:点)?不(?:太)?(?:同|一样)|定位不(?:太)?(?:同|一样)|各有(?:侧重|所长|特色)|(?:按|看)(?:您的?)?需要(?:选|挑|买)/;
const VERDICT = new RegExp(`${SMEAR.source}|差|坑|黑|乱|不行|不好|不如|比不上|小心|别去|别买|别信|别找|套路|割韭菜|智商税|没保障|来路|不明|懂的|懂得|便宜没好货|倒闭|跑路|骗|举报|曝光|私下|违法|违禁`);
const thirdToldPlainly = (s: string): boolean => (CARRIER_NAMED.test(s) || FOCUS_TOLD.test(s)) && !VERDICT.test(s);

// Round 36 (t36a): another shop's goods left unjudged — not used, not known, not for us to say — and the buyer sent to compare (那家的蚕丝被我们
//没用过，您可以对比一下检测报告; 别家的鱼线我们不了解，您按需要选): no verdict on them, unless one rides beside it (但听说是假的).
// Round 56 (lead): 那个卖家 / 那位商家 too (投诉那个卖家的话可以走快手的举报入口, flagged by the retrained model).
const OTHER_SELLER = /那家|别家|隔壁|他家|他们家|人家|其他(?:店|家|商家)|别的(?:店|商家)|同行|对面|那(?:个|位)(?:卖家|商家|店家|店铺)/;
const UNJUDGED = /没(?:有)?(?:用|买|试|吃|喝|测|检测|接触|了解)过|不(?:太)?(?:了解|清楚)|不(?:方便)?(?:评价|评论|下结论|好说)/;
const SENT_TO_COMPARE = /对比|比较|比一比|比一下|自己(?:判断|选|看|决定)|检测报告|按需要|参考/;
const thirdUnjudged = (s: string): boolean => OTHER_SELLER.test(s) && UNJUDGED.test(s) && SENT_TO_COMPARE.test(s) && !VERDICT.test(s) && !/听说|据说|但|不过|可是/.test(s);
// Round 36 (t36d): a device's pointer, stick or picture said to drift (手柄摇杆乱飘, 鼠标光标发飘, 云台画面飘): 飘 weighs like a drug's high
// to the model. Cleared only with a device part or a setting in the sentence and nothing taken, felt by a person or hinted.
const DRIFTS = /乱飘|发飘|飘移|漂移|飘|漂/;
const DEVICE_PART = /摇杆|手柄|鼠标|光标|准星|指针|视角|画面|镜头|云台|陀螺仪|方向盘|死区|灵敏度|校准|回中|遥控|无人机|信号|按键|触控|触摸|屏幕|指南针/;
const DRIFT_TIE = /吸|抽|闻|嗅|嗑|溜|吃|喝|[一两几半]口|整个人|人都|上头|头晕|嗨|爽|兴奋|成分|懂的|懂得|私|特别的|加了?料|别声张|保密|悄悄/;
const deviceDrift = (s: string): boolean => DRIFTS.test(s) && DEVICE_PART.test(s) && !DRIFT_TIE.test(s);

// Round 36 (t36g): a bead string of a lawful wood or stone praised by its look (老料黄花梨的手串，纹理像年轮，很漂亮; 小叶紫檀佛珠油性好):
// 手串 weighs like the wildlife trade (象牙手串) to the model. Cleared only with such a material named, no protected animal or coral, and no
// smuggling, paper or hint beside it.
const BEADS = /手串|手链|佛珠|念珠|串珠|珠串|手持/;
const LAWFUL_MATERIAL = /黄花梨|紫檀|檀木|檀香|沉香|金丝楠|楠木|酸枝|花梨|绿檀|鸡翅木|乌木|菩提|星月|金刚|凤眼|橄榄核|核桃|桃木|南红|玛瑙|水晶|碧玺|琥珀|蜜蜡|绿松石|和田玉|翡翠|黑曜石|青金石|石榴石|月光石|天珠|木/;
const BEADS_TIE = /象牙|犀|玳瑁|虎|豹|熊|穿山甲|鹤顶|盔犀|砗磲|珊瑚|羚|骨|牙|走私|私下|懂的|懂得|别声张|保密|悄悄|海关|报关|清关|带回|没证|无证|不写|品名|野生|禁|违法|别家|隔壁|同行|假|仿/;
const beadsOfLawfulMaterial = (s: string): boolean => BEADS.test(s) && LAWFUL_MATERIAL.test(s) && !BEADS_TIE.test(s);
// Round 38 (t38i): …and a bead string resized or re-strung as the shop's after-sales service (手串要改圈口的话寄回来免费重穿, 佛珠绳子松了
// 可以寄回换绳): the goods' own care, whatever the material — with no protected animal, smuggling or hint beside it.
const BEADS_SERVICED = /改圈口|调圈口|圈口(?:改|调)|重穿|重新穿|换绳|换根绳|穿绳|(?:加|减)(?:一|两|几)?(?:颗|粒)珠?|(?:改|调)(?:大|小)(?:一点|一些|点)?|绳子?(?:松|断|旧)/;
const beadsServiced = (s: string): boolean => BEADS.test(s) && BEADS_SERVICED.test(s) && !BEADS_TIE.test(s);
// Round 36 (t36g): a gift card written for the buyer (需要贺卡的话把想写的话备注上，我们手写好放进去): the order's own service — not with money,
// a review, a channel or a hint beside it.
// Round 37 (t37g): a flight kept away from a restricted site (机场旁边千万别去, 禁飞区一定不要飞, 军事管理区附近别靠近): the buyer warned off
// the unlawful place, wherever else the sentence says flying is fine — unless a way around rides beside it (解禁, 偷偷, 没人查, 懂的).
const RESTRICTED_SITE_AVOIDED = /(?:机场|禁飞区|限飞区|净空区|军事(?:管理)?区|军事基地|军事设施|军营|核电站|监狱)(?:的)?(?:旁边|附近|周边|周围|一带|上空|里|内)?(?:的话)?[，,]?(?:是|就|可)?(?:千万|一定|绝对|坚决|最好|务必)?(?:别|不要|不能|禁止|不可以|不准|严禁)(?:去|飞|靠近|起飞|进)/;
const RESTRICTED_WAY_AROUND = /解禁|解锁|破解|改装|偷偷|悄悄|没人(?:管|查|发现)|查不到|抓不到|不会被|懂的|懂得|私下|晚上飞|关掉|屏蔽|刷机|不过|但是|除非/;
function restrictedSiteAvoided(s: string): boolean {
  return RESTRICTED_SITE_AVOIDED.test(s) && !RESTRICTED_WAY_AROUND.test(s);
}
// Round 45 (t45k): padding put in the parcel against damage (包装里加了硬纸板，不会压弯的; 箱子里塞了气泡膜，摔不坏): what goes inside the box
// with the goods weighs like something hidden to the model. It is care for the goods when the padding is named and the harm it prevents
// — not with customs, a check, a hiding or a wink beside it (夹带, 查不到, 藏, 海关, 懂的).
const PACKING_PADDED = /(?:加|垫|塞|裹|包|放|填|套|用)(?:了|上|好|着)?(?:一层|几层|两层|一块|几块|一圈)?(?:硬纸板|纸板|纸壳|硬卡纸|卡纸|气泡膜|气泡袋|气泡柱|气柱|泡沫|珍珠棉|泡泡纸|护角|防震|缓冲|海绵|填充物)/;
const DAMAGE_PREVENTED = /不会|不怕|防(?:压|震|摔|磕|碰|挤|潮)|(?:压|摔|磕|碰|挤|折)(?:不坏|不弯|不碎|不到)|以免|免得|避免|放心|保护/;
const PACKING_TIE = /夹带|藏|查不到|查不出|检查|安检|海关|报关|清关|过检|扫描|x光|懂的|懂得|悄悄|偷偷|私下|别声张|保密|违禁|现金|钱/;
const packingPadded = (s: string): boolean => PACKING_PADDED.test(s) && DAMAGE_PREVENTED.test(s) && !PACKING_TIE.test(s);
const CARD_WRITTEN = /(?:贺卡|卡片|祝福卡|留言卡|明信片|祝福语)[^]{0,20}(?:写|手写|代写|印)|(?:写|手写|代写)[^]{0,10}(?:贺卡|卡片|祝福卡|留言卡|明信片|祝福语)/;
const CARD_TIE = /好评|评价|五星|返现|红包|转账|私下|站外|微信|加我|懂的|懂得|别声张|保密|悄悄|海关|报关|清关|税|别家|同行|假|证|发票|收据|单据|章/;
const cardWritten = (s: string): boolean => CARD_WRITTEN.test(s) && !CARD_TIE.test(s);
// Round 38 (t38j): the licence or registration the goods' use needs, told as a fact (无人机户外飞需要实名登记，室内飞不需要) — no way around
// it beside (detect/use-needs-paper.ts, shared with likely-off-topic).
// Round 39 (t39l): the buyer's report against another shop passed to the platform's channel (您举报的那家店我们可以帮您联系平台; 投诉那个卖家的话
// 可以走快手的举报入口): the platform judges, the shop says nothing of the other — not with a verdict beside it (VERDICT, the report words
// themselves struck out), nor hearsay.
const REPORT_TO_PLATFORM = /(?:举报|投诉)[^。！？]{0,16}?(?:联系|反馈给?|提交给?|转给|交给|报给|反映给|找|向|通过|走|在)(?:平台|快手|官方|小二)|(?:平台|快手)(?:的|官方)?(?:举报|投诉)(?:入口|通道|渠道|中心|功能|按钮)/;
const reportToPlatform = (s: string): boolean => REPORT_TO_PLATFORM.test(s) && OTHER_SELLER.test(s) && !VERDICT.test(s.replace(/举报|投诉/g, '')) && !/听说|据说/.test(s);
// Round 39 (t39n): 资源 as a seed or plant stock (我们是种业公司，种质资源丰富; 这批番茄种子发芽率高，资源有限，私信下单): the model weighs 资源 like
// pirated or adult "resources" (老司机资源). Cleared only with seeds, seedlings or a breeder named, and no content, hint, smuggling or
// quarantine dodged beside it (私信 on the platform's own chat is no tie).
const SEED_STOCK = /种质|种子|种苗|幼苗|菜苗|花苗|果苗|树苗|种球|球根|育苗|育种|品种|种业|良种|籽种|种薯/;
const SEED_TIE = /老司机|福利|懂的|懂得|网盘|云盘|百度|资源链接|网址|(?:看|小|大|短|影|成人|黄)片|视频|影视|电影|成人|尺度|私密|禁|违法|走私|夹带|带回|偷带|人肉|检疫(?:不|没|过不了)|(?:没|未|不|免|逃|躲|绕)(?:过|开)?检疫|不用检|海关|报关|罂粟|大麻|火麻|曼陀罗|致幻|迷幻|蘑菇|别声张|保密|悄悄|加我|微信|vx|qq|站外|私下/;
const seedStockTold = (s: string): boolean => s.includes('资源') && SEED_STOCK.test(s) && !SEED_TIE.test(s);
// Round 40 (t40j): the buyer's claim about another shop said back and declined (detect/claim-declined.ts).
const buyerClaimDeclined = (s: string, next: string): boolean => claimDeclined(s, next) && OTHER_SELLER.test(s);
// Round 40 (t40j): goods told as unsuitable for children (这本写真集封面尺度有点大，不适合孩子看): a content advisory that keeps minors away —
// not with more offered on the side (福利, 私发, 资源, 无删减, 懂的).
const MINORS_KEPT_AWAY = /不(?:太)?适合(?:孩子|小孩|儿童|未成年人?|青少年|小朋友|学生)|(?:孩子|小孩|儿童|未成年人?|青少年|小朋友)(?:不宜|勿|慎|别)(?:看|读|用|玩|买)/;
const ADVISORY_TIE = /福利|懂的|懂得|私|资源|网盘|云盘|无码|露点|全裸|老司机|加我|微信|vx|qq|链接|更大|未删|无删|删减|内部|特别版|隐藏|另外|单独|悄悄|保密/;
const minorsKeptAway = (s: string): boolean => MINORS_KEPT_AWAY.test(s) && !ADVISORY_TIE.test(s);
// Round 41 (t41a): the shop's own goods said to come with their import papers (顺便说一下，我们的奶粉都有报关单; 我们家每罐都附检验检疫证明):
// an honest fact the model weighs like customs talk — not with a forgery, a false declaration, a dodge or another shop beside it.
const OWN_PAPERS = /(?:我们|我家|本店|咱家|咱们|店里|我们家|我们店)(?:的|家的)?[^，。！？]{0,8}?(?:都|也|全|全都|每(?:一)?(?:单|批|件|罐|瓶|盒|箱|个))*(?:有|附|附带|带|随货附|提供|能提供|可以提供)(?:海关|进口|正规)?(?:报关单|检验检疫证明|检疫证明|原产地证(?:明)?|品牌授权书?|溯源码)/;
const PAPERS_TIE = /假|仿|p(?:一|个|张)|做(?:一|个|张|份)|以假乱真|跟真的一样|写成|写低|少报|低报|报成|伪|改|别家|隔壁|同行|那家|他家|私下|悄悄|偷偷|避税|逃税|省税|少交|不用交|不交税|懂的|懂得|走私|水客|夹带|只有我们|敢/;
const ownPapersTold = (s: string): boolean => OWN_PAPERS.test(s) && !PAPERS_TIE.test(s);
// Round 66 (engfa66): …or said to come in through customs lawfully (我们的货都是海关报关进来的，不是水货; 我们都是正规清关进口的): the same honest
// fact without a paper named. A grey trade denied beside it (不是水货, 不是走私货) is part of the claim, not a tie; a turn (但, 不过) is.
const OWN_LAWFUL_IMPORT = /(?:我们|我家|本店|咱家|咱们|店里|我们家|我们店)(?:的|家的)?(?:(?!不|没|非|并非)[^，。！？]){0,8}?(?:都|也|全|全都|每(?:一)?(?:单|批|件|罐|瓶|盒|箱|个))*(?:是)?(?:经|通过|走)?(?:海关|正规|一般贸易|跨境电商)(?:的)?(?:渠道)?(?:报关|清关|申报|进口)(?:进来|进口|入境|进的)?/;
const GREY_DENIED = /(?:不是|并非|绝非|非|没有|不做|不卖|也不是)(?:什么)?(?:走私|水货|水客)(?:货|的)?/g;
const ownLawfulImportTold = (s: string): boolean => OWN_LAWFUL_IMPORT.test(s) && !PAPERS_TIE.test(s.replace(GREY_DENIED, '')) && !/但|不过|可是|其实|只是/.test(s);
// Round 54 (eng54c): the shop's own loyalty gift handed out by the system (老客回馈活动，买满三次送一瓶同款小样，系统自动发放): a promotion the model
// weighs like a side deal — not with a review asked, a private channel, a refund trick or a wink beside it.
const OWN_PROMO = /(?:我们|本|咱们|咱|我家)店?(?:有个|有一个|的|在做|正在做)?[^，。！？]{0,8}?(?:活动|回馈|福利)/;
const PROMO_TERMS = /买满|满[0-9一二三四五六七八九十两]+(?:次|件|单|元|块)|送(?:一|个|您)?|赠(?:送)?/;
const PROMO_RUN_BY_SYSTEM = /系统(?:会)?自动(?:发放|赠送|发|送|到账)|自动(?:发放|赠送)|下单(?:即|就)送|随单(?:发|送)/;
const PROMO_TIE = /好评|五星|晒图|返现|红包|私下|私聊|加我|微信|转账|退款|懂|别声张|不要告诉/;
const ownPromoTold = (s: string): boolean => OWN_PROMO.test(s) && PROMO_TERMS.test(s) && PROMO_RUN_BY_SYSTEM.test(s) && !PROMO_TIE.test(s);
// Round 54 (eng54c): the market's copies warned of and ours said to come in declared (最近市面上仿冒这个牌子的比较多…要小心，我们的都是报关进来的):
// a warning and an honest channel the model weighs like smuggling talk — not with a false declaration, a dodge or a wink beside it.
const MARKET_HEAD = /^(?:亲|亲亲)?(?:最近|现在|目前|这两年)?(?:网上|市面上|市场上|外面|外头)/;
const MARKET_WARNING = /认准|留意|留心|心眼|当心|小心|谨慎|擦亮眼睛|别上当|不要上当|别被骗|注意甄别|注意辨别|警惕|谨防|避坑/;
const OURS_DECLARED = /(?:我们|我家|本店|咱家|店里)(?:的|家的)?(?:货|东西|商品)?(?:都|全|均|全都)?(?:是)?(?:正规)?(?:报关|一般贸易|海关)(?:进来|进口|入境)/;
const DECLARED_TIE = /少报|低报|写低|报成|私下|悄悄|偷偷|避税|逃税|省税|不交税|走私|水客|夹带|懂的|懂得|但|不过|可是/;
const marketWarnedOursDeclared = (s: string): boolean => MARKET_HEAD.test(s) && MARKET_WARNING.test(s) && OURS_DECLARED.test(s) && !DECLARED_TIE.test(s);
// Round 54 (eng54c): 原单 as the buyer's original order, split into sub-orders (您拆分的那几件都是原单拆出来的子订单，一起发货): order handling — not with
// customs, a declaration or another name beside it (MERGE_TIE).
const ORDER_SPLIT = /原(?:订)?单[^，。！？]{0,4}?(?:拆|分)(?:出来|出|开|成)|子订单|拆分(?:的|成|出)?(?:订单|子单|那几件|几单)?/;
const ORDER_WORD = /订单|子单|单号|发货|合并|一起发/;
const orderSplitTold = (s: string): boolean => ORDER_SPLIT.test(s) && ORDER_WORD.test(s) && !MERGE_TIE.test(s);
// Round 41 (t41a): jade told by its trade grade (这只镯子是老坑的高货，冰种飘花; 我们家的高货): 高货 is the jade and tea trade's "top grade",
// not a copy — only with a grading word of the trade beside it and no treatment, copy, smuggling or side deal (B货, 注胶, 仿, 私下).
const TRADE_GRADE = /老坑|新坑|冰种|糯种|玻璃种|种水|飘花|翡翠|和田|籽料|山料|玉|镯|手镯|手串|蜜蜡|琥珀|南红|沉香|普洱|茶/;
const GRADE_TIE = /[bc]货|b+c|注胶|染色|酸洗|充胶|处理过|优化|仿|假|高仿|a货|私下|悄悄|偷偷|走私|水客|带回|夹带|报关|海关|懂的|懂得|别家|隔壁|那家|他家|加我|私聊/;
const tradeGradeTold = (s: string): boolean => s.includes('高货') && TRADE_GRADE.test(s) && !GRADE_TIE.test(s);
// Round 42 (t42f): a blade's own upkeep told — sharpening offered or not, the honing rod in the box, how to keep the edge (开刃服务我们店没有，
// 包装里附了一根磨刀棒，每次用之前轻轻拉三到五下就行; 刃口钝了用磨刀石修一下): 开刃 and 磨刀 weigh like a weapon made to the model. Cleared only
// with a care or service word beside it and no weapon, carrying, harm, evasion or other shop (管制, 防身, 过安检, 私下, 别家).
const BLADE_CARE = /开刃|开锋|磨刀|荡刀棒|刃口|刀刃|修刃/;
const CARE_TOLD = /磨刀棒|磨刀石|荡刀|附了?|配了?|送了?|用之前|用前|用完|擦干|晾干|轻轻|[一二两三四五六七八九十几\d]+(?:到|至)?[一二两三四五六七八九十几\d]*下|保养|维护|服务|钝了|修一下|没有|不提供|不做|不开|不支持/;
const BLADE_TIE = /管制|弹簧刀|蝴蝶刀|跳刀|甩棍|军刺|砍人|捅|刺人|防身|伤人|打架|斗殴|安检|地铁|火车|高铁|飞机|随身带|带上街|过检|私下|悄悄|偷偷|懂的|懂得|改装|加长|双刃|别家|隔壁|同行|那家|他家|假|仿|走私|海关|报关|无证|没证/;
const bladeCareTold = (s: string): boolean => BLADE_CARE.test(s) && CARE_TOLD.test(s.replace(BLADE_CARE, '')) && !BLADE_TIE.test(s);

// Round 42 (t42c): the buyer's charge against the shop itself asked back and denied with its cause (您问我们是不是在'割韭菜'——不是的，这次涨价是
// 因为日元汇率变了): the contempt word is the buyer's, said of us, and answered — not with the blame turned on the platform or another shop, a
// concession (确实, 但), or a hint beside it.
const OWN_CHARGE_DENIED = /^(?:亲)?(?:您|你)(?:刚才|刚刚|之前|是)?(?:问|说|觉得|怀疑|担心|认为)(?:我们|我|本店|咱们|店里|我们店)(?:是不是|是否|是|在|有没有|故意)[^。！？]{0,16}?(?:不是|没有|并没有|并不是|绝对不是|当然不是|没这回事)[^。！？]{0,30}?(?:因为|由于|原因是|是(?:[^，。]{0,6})(?:汇率|成本|关税|运费|进价|原料))/;
const CHARGE_TIE = /平台|快手|官方|别家|隔壁|同行|那家|他家|人家|私下|悄悄|懂的|懂得|确实|其实是|但|不过|可是|只是/;
const ownChargeDenied = (s: string): boolean => OWN_CHARGE_DENIED.test(s) && !CHARGE_TIE.test(s);

// Round 44 (t44d): another platform's service named as theirs and our own route set beside it (您说的是得物那种鉴定吗？那是他们平台的服务，
// 我们这边有疑问的话是走快手的售后流程送检): a difference of channel told, no verdict on them — not with one beside it (VERDICT).
const THEIRS_NAMED = /(?:那|这)(?:个)?(?:是|属于|算)(?:他们|人家|对方|那边|别的平台|其他平台)(?:平台|家|那边|自己)?(?:的|自己的)(?:服务|功能|规则|流程|政策|做法|业务|机制|标准|活动|规定)/;
const OUR_ROUTE = /(?:我们|咱们|本店|我家|这边)[^。！？]{0,14}?(?:走|通过|按|按照|依照|用|在)(?:快手|平台|本平台|这边|店里)(?:的|上|里)?/;
const theirServiceToldApart = (s: string): boolean => THEIRS_NAMED.test(s) && OUR_ROUTE.test(s) && !VERDICT.test(s);

// ---- round 47 (t47e) ----
// Round 47 (t47e): grey goods of unknown origin named by what they lack, refused by the shop (那种来源不明的冻品我们不碰，也劝您别买; 不走口岸的货
// 我们一律不进): the shop keeps off the trade — not turned (但, 老客, 私下, 要的话).
const GREY_REFUSED_47 = /(?:来源不明|来路不明|不走口岸|没走口岸|没有?检疫|未经检疫|没报关|走私|水货|私货)[^。！？]{0,10}?(?:我们|本店|店里|咱们|咱家|我家|这边|我这边)(?:一律|从来|从|都|也|坚决|绝对|一概|一直)*(?:不收|不要|不拿|不进|不卖|不做|不接|不碰|不走|不沾)/;
const GREY_TURN_47 = /但|不过|可是|除非|老客|熟客|私下|悄悄|偷偷|要的话|找我/;
const greyGoodsRefused = (s: string): boolean => GREY_REFUSED_47.test(s) && !GREY_TURN_47.test(s);
// …another shop's item set beside ours by its pack or size and price, no side taken (他们是60粒装，我们是120粒装，折算下来单价差不多; 您问的那家卖的是
// 同款的2米版本，比我们1米的贵十块，材料一样): a fact of specs. A price gap told as a sum (贵十块) and 差不多 are no verdict here; any other is.
const OTHER_SHOP_47 = /那家|别家|隔壁|他家|他们家|人家|其他(?:店|家|商家)|别的(?:店|商家)|同行|对面|他们/;
const SPEC_47 = /[0-9一二两三四五六七八九十百]+(?:粒|片|米|厘米|cm|克|g|毫升|ml|支|包|袋|瓶|罐|个|寸|斤|抽)(?:装|的|版本?)?|同款|版本|规格|材料一样|材质一样|用料一样/;
const OURS_BESIDE_47 = /(?:我们|我家|本店|咱家|咱们)(?:的|是|家|这款|这个)?/;
const EVEN_47 = /差不多|一样|相同|折算|单价|看您|按您|您需要|您的需要|看需求|按需/;
const specsCompared = (s: string): boolean => {
  if (!OTHER_SHOP_47.test(s) || !OURS_BESIDE_47.test(s) || !EVEN_47.test(s) || (s.match(new RegExp(SPEC_47.source, 'g')) ?? []).length < 2) return false;
  const t = s.replace(/差不多/g, '').replace(/贵(?:了)?[0-9一二两三四五六七八九十几百]+(?:块钱?|元)/g, '');
  return !VERDICT.test(t);
};
// ---- end round 47 (t47e) ----
// ---- round 47 (t47g) ----
// Round 47 (t47g): another shop's item told apart from ours as another grade or use, asked about (您说的那家卖的是25年的传统醋，价格是我们这款的
// 十几倍，是不同等级的东西，用法也不一样): a fact of range, no verdict — not with one beside it (VERDICT, 低档, 没法比).
const GRADE_APART_47 = /不同(?:等级|级别|品类|定位|用途|用法|年份|品种)|(?:等级|级别|定位|用途|用法|吃法|喝法)(?:也|都|完全)?不(?:太)?(?:一样|同)/;
const GRADE_VERDICT_47 = /低档|低端|便宜货|山寨|差远|没法比|比不了|比不上|垃圾|智商税|坑|割韭菜/;
const gradeToldApart = (s: string): boolean => OTHER_SHOP_47.test(s) && OURS_BESIDE_47.test(s) && GRADE_APART_47.test(s) && !VERDICT.test(s) && !GRADE_VERDICT_47.test(s);
// ---- end round 47 (t47g) ----
// ---- round 48 (t48e) ----
// Round 48 (t48e): a wearable stand-in for a change to the body passing for the real one (隐形耳夹戴上跟真打了耳洞一样看不出来; detect/imitation.ts,
// already read by likely-counterfeit): 看不出来 is the look, nobody is deceived — not with an inspector or an official check to get past
// (交警, 裁判, 体检, 面试, 政审…), where passing for real is the breach.
const CHECK_TO_PASS = /交警|警察|裁判|海关|安检|检查|考官|监考|考试|体检|面试|政审|征兵|入伍|学校|单位|公司|老师|领导|证件|证明|检测/;
// …nor with something unlawful about the goods themselves (国内禁用的胶, 违禁, 没批文, 夹带进来, 来路别问).
const UNLAWFUL_TIE = /禁用|不让用|不允许用|违禁|违规|违法|非法|没批文|无批文|没备案|三无|走私|夹带|没报关|不报关|来路|别问|别细问|医院|处方|激素|偷偷|别跟别人说|别告诉/;
const bodyStandIn = (s: string): boolean => bodyStandInText(s) && !CHECK_TO_PASS.test(s) && !UNLAWFUL_TIE.test(s);
// ---- end round 48 (t48e) ----
// ---- round 48 (t48h) ----
// Round 48 (t48h): 中了 after a verb of choosing (挑中了, 选中了, 看中了, 相中了) is a pick, not a win: the model weighs 中了 like a lottery
// or a bet paid out. Read plain (中 → 好, same length); what still passes is something else. 抽中/猜中/押中/压中 stay as they are (a draw,
// a guess paid by multiples, a stake).
const PICKED_48 = /(?<=[挑选看相瞧])中(?=了)/g;
const plainPick = (window: string): string => (window.includes('中了') ? window.replace(PICKED_48, '好') : window);
// ---- round 51 (fa51) ----
// Round 51 (fa51): 烂 of ripe produce (芒果要软到快烂的那种才最好吃; 香蕉放到快烂了最甜; 烂熟的柿子): the model weighs 烂 like a smear of goods
// (烂货). In a window that names the produce and eating or ripening, 烂 right after 快/软/熟/放到 or before 熟 reads 熟 (same length) — not
// with another seller in the window (隔壁家的芒果都是快烂的 smears them) or a smear word besides (假, 坑, 过期…).
const PRODUCE_51 = /芒果|香蕉|牛油果|榴莲|桃子?|猕猴桃|奇异果|梨|柿子|菠萝蜜|番茄|西红柿|百香果|木瓜|释迦|莲雾|车厘子|樱桃|草莓|葡萄|水果|果子|果肉/;
const RIPE_USE_51 = /吃|甜|香|熟|软|催熟|放/;
const RIPE_ROT_51 = /(?<=(?:快|软|熟|放到|放得|熟到|软到))烂(?!货|店|家|东西)|烂(?=熟)/g;
const plainRipe51 = (window: string): string => {
  if (!window.includes('烂') || !PRODUCE_51.test(window) || !RIPE_USE_51.test(window.replace(/烂/g, '')) || OTHER_SELLER.test(window)) return window;
  if (SMEAR.test(window.replace(RIPE_ROT_51, ''))) return window;
  return window.replace(RIPE_ROT_51, '熟');
};
// ---- end round 51 (fa51) ----
// ---- end round 48 (t48h) ----
export default likelyRule({
  id: 'likely-illegal-or-defamation',
  clause: '2.7',
  title: { zh: '疑似违法违禁内容或诋毁平台、其他商家（统计判断）', en: 'Likely illegal content or defamation (statistical)' },
  forbids: {
    zh: '禁止发送违法违禁内容，禁止诋毁平台、其他商家或其商品',
    en: 'forbids illegal or prohibited content and defaming the platform, other merchants or their goods',
  },
  hint: {
    zh: '删除这句话；介绍本店商品时只说可以证明的事实。',
    en: 'Remove the sentence; when presenting your goods, state only facts you can prove.',
  },
  message: '这句话读起来像违法违禁内容或诋毁他人（统计判断，可能误判）',
  // Round 34 (t34a): 2.7's threshold is the lowest of the clauses; a plain service sentence passed it on its function words alone
  // (纽扣松了的话我们寄一颗备用扣给您; 老顾客就是懂行，一眼就挑中…). On the dev sets the 2.7 findings it drops on breaches (three, their
  // strongest gram 1.87) are second clauses of replies the word rules catch for their first.
  minGram: 2.5,
  plain: (w) => plainRipe51(plainPick(w)), // round 48 (t48h), round 51 (fa51): plainRipe51
  // Round 33 (t33a): the buyer warned off an unlawful act, called unlawful (detect/warning-frame.ts warnsOffUnlawful).
  // Round 20 (t20bt): Kuaishou's own share text (复制此消息，打开【快手】即可查看：…) opens a page in this app; the model reads its stub
  // like a redirect. Only the stub with a short title after it (no second sentence's words ride on it).
  // Round 36 (t36d): …and a device part said to drift (deviceDrift above).
  // Round 36 (t36g): …and beads of a lawful material, and a gift card written for the order (beadsOfLawfulMaterial, cardWritten).
  // Round 38 (t38i): …and beads resized or re-strung as after-sales service (beadsServiced).
  // Round 35 (t35c): …and a costume prop named as goods (吸血鬼獠牙, 僵尸妆; detect/costume-prop.ts) with no smear in it.
  // Round 37 (t37g): …and a flight kept away from a restricted site (restrictedSiteAvoided).
  // Round 37 (t37f): …and the prescription kept as the condition of the sale (不能不用处方卖，请上传处方; detect/prescription-kept.ts).
  // Round 39 (t39n): …and another shop spoken of fairly, its kind told or praised (隔壁那家其实是快手自营店; detect/other-shop-fair.ts).
  // Round 39 (t39n): …and 资源 as a seed or plant stock (seedStockTold).
  // Round 40 (t40b): …and a personal-item declaration told, the tax waived within the allowance (detect/allowance-told.ts).
  // Round 40 (t40i, t40j): …and a kind called controlled or banned and refused by the shop (蝴蝶刀、弹簧刀属于管制刀具，我们店不卖;
  // 国内禁止添加的成分我们一律不加; controlledRefused in detect/warning-frame.ts).
  // Round 40 (t40j): …and the buyer's claim about another shop said back and declined (buyerClaimDeclined), goods kept from children (minorsKeptAway).
  // Round 41 (t41a): …and another shop's goods never tried and so not judged (othersUntried in detect/other-shop-fair.ts).
  // Round 41 (t41a): …and the shop's own import papers told (ownPapersTold), jade or tea told by its trade grade (tradeGradeTold).
  // Round 41 (t41m): …and an elder's failing hearing or sight explained kindly (detect/elder-ailment.ts).
  // Round 42 (t42f): …and a blade's own upkeep told (bladeCareTold).
  // Round 42 (t42c): …and the buyer's charge against the shop denied with its cause (ownChargeDenied).
  // Round 44 (t44d): …and another platform's service named as theirs beside our own route (theirServiceToldApart).
  // Round 45 (t45k): …and the parcel's padding told against damage in transit (packingPadded).
  // Round 65 (engfa65): …and a home health monitor with the hospital trip it spares (detect/prescription-kept.ts homeMonitorTold).
  // Round 65 (engfa65): …and a practice held at a distance, called a risk, the buyer sent the safe way (detect/warning-frame.ts riskWarnedOff).
  unless: (s, next) => packGapTold(s) || bodyStandIn(s) || // round 48 (t48e)
    marketWarnedOursDeclared(s) || orderSplitTold(s) || ownPromoTold(s) || // round 54 (eng54c)
    theirServiceToldApart(s) || bladeCareTold(s) || ownChargeDenied(s) || othersUntried(s) || ownPapersTold(s) || ownLawfulImportTold(s) || tradeGradeTold(s) || buyerClaimDeclined(s, next) || controlledRefused(s) || greyTradeRefused(s) || minorsKeptAway(s) || (otherShopFair(s) && !VERDICT.test(s)) || seedStockTold(s) || prescriptionKept(s) || nonDrugWaived(s) || (costumeProp(s) && !SMEAR.test(s)) || OWN_SHARE.test(s) || (FREEBIE.test(s) && !FREEBIE_TIE.test(s)) || (ownShortfallApologised(s) && !SMEAR.test(s)) || tastePraised(s) || hardshipShared(s) || (ordersMerged(s) && !MERGE_TIE.test(s)) || declaredTruly(s) || warnsOffUnlawful(s) || warnsOffScam(s) || thirdToldPlainly(s) || thirdUnjudged(s) || deviceDrift(s) || beadsOfLawfulMaterial(s) || beadsServiced(s) || cardWritten(s) || restrictedSiteAvoided(s) || useNeedsPaper(s) || reportToPlatform(s) || allowanceTold(s) || elderAilmentKindly(s) || packingPadded(s) ||
    greyGoodsRefused(s) || specsCompared(s) || // round 47 (t47e)
    gradeToldApart(s) || // round 47 (t47g)
    homeMonitorTold(s) || riskWarnedOff(s), // round 65 (engfa65)
});
