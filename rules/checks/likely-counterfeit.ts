// 2.8 by the statistical second opinion (rules/model/): hints that the goods are not genuine (grades,
// winks, price logic, missing proof) in words the counterfeit rules have no pattern for.
import { copyArguedAwayText, makersOwnReissueText, marketWarnedText } from '../detect/fake-word-scope';
import { splitFromSame } from '../detect/split-from-same';
import { COPY_MAKING_DENIED_HEAD } from '../lexicon/conduct';
import { likelyRule } from '../model/likely-rule';
import { bodyStandInText, imitationByNatureText, lifelikeReplicaText } from '../detect/imitation';
import { kinRecipeText } from '../detect/kin-recipe';
import { upgradeToldText } from '../detect/upgrade-told';
import { ownVariantsAlikeText } from '../detect/own-variants-alike';

// Round 21 (t21bv): a copy's way of making denied (这本原版书是精装的，不是扫描版打印出来的; 并非复印装订) and no copy word left once the
// denials are taken out: the sentence vouches for the goods.
const COPY_DENIED = new RegExp(`${COPY_MAKING_DENIED_HEAD}(?:打印|复印|影印|扫描|翻印|盗印|复制)(?:出来|装订|成册)?(?:的|版|品|件)?`, 'g');
const COPY_WORD = /打印|复印|影印|扫描|翻印|盗印|盗版|拷贝|翻录|刻录|翻拍|仿|假|山寨|复刻|原单|但|不过|可是/;

// Round 22 (t22du): two of our goods compared, both said genuine and their difference put on a stated part or spec (这款是石英的那款是机械的，
// 外观差不多但都是正品，价格差在机芯; 两款都是正品，区别在材质): the sentence vouches for both. Not a version or grade as the difference
// (版本不同 is a copy's tier), nor a copy word anywhere in the sentence.
const BOTH_GENUINE = /(?:都|均|全|全部|两款都|两个都|两只都|每款都|每一款都)(?:是)?(?:100%|百分百|绝对|保证)?(?:正品|真品|正品行货|官方正品|专柜正品)/;
const SPEC = '(?:机芯|材质|面料|材料|配置|容量|尺寸|规格|型号|年份|产地|工艺|表带|表壳|表镜|镜面|成分|内存|克重|钻|金|皮|产区|酒庄)';
const DIFF_ON_SPEC = new RegExp(`(?:差|区别|差别|不同|不一样|差价)(?:主要|就|只)?(?:在|是)(?:于)?[^，。]{0,4}?${SPEC}|${SPEC}[^，。]{0,4}?(?:不同|不一样|有区别|有差别)`);
const COPY_HINT = /仿|假|山寨|复刻|原单|尾单|版本|高版|公司级|莆田|档口|a货|超a|一比一|1比1|1:1|看不出|分不出|验不出/;

// Round 23 (t23a): our own original brand or design vouched for (logo是我们自己设计的原创品牌, 自有品牌，图案是设计师原创的): no copy — not
// with a copy word or a likeness to a brand's goods in the sentence (原创设计，跟大牌一模一样).
const OWN_ORIGINAL = /原创(?:品牌|设计|的|款)|(?:自有|自主|自创|独立)品牌|(?:我们|本店|自家|自己)[^，。！？]{0,4}(?:设计|注册|创立|研发)的(?:品牌|logo|商标|图案|款式)?/;
const BRAND_LIKENESS = /大牌|名牌|同款|同厂|专柜|一模一样|一样|差不多|正品|原版|lv|gucci|香奈儿|迪奥|爱马仕|耐克|nike/;
// Round 23 (t23dz): the shop refusing copies in any register (咱家可不整那些假货, 我哋唔卖假嘢, 我們絕對不賣仿品) and no copy word, wink or
// turn left once the refusals are taken out (正品这块儿杠杠的，不信你拿去专柜验): the sentence vouches for the goods.
const COPY_REFUSED = new RegExp(
  '(?:我们|咱家|咱们|本店|我家|俺家|俺们|小店|店里|我哋|我们家)?(?:可|绝对|从来|从|坚决|一律|压根|根本|也|都|向来)?(?:不|没|唔|冇|绝不|从不|不会|不敢)' +
    '(?:整|搞|弄|做|卖|碰|沾|进|出|售|上架)(?:过)?(?:那些|这些|那种|这种|啥|什么|任何|那啲|呢啲|嗰啲|的)?(?:的)?' +
    '(?:假(?:货|的|嘢|玩意儿?|东西)|仿品|仿货|仿的|高仿|精仿|山寨货?|a货|冒牌货|翻版货?|水货)',
  'g',
);
// Round 67 (engfa67): …or the copies named first as the topic and refused after it (高仿精仿这些我们从来不做, A货、仿品我们一律不卖): the same
// refusal with its object fronted. Not a turn or a wink anywhere (TURN_OR_WINK), nor a copy word left once it is taken out.
const COPY_KIND = '(?:假(?:货|的|嘢)|仿品|仿货|高仿|精仿|山寨货?|a货|超a|冒牌货|翻版货?|复刻(?:款|版|货)?|原单货?|尾单货?|一比一|1比1)';
const COPY_REFUSED_FRONTED = new RegExp(
  `${COPY_KIND}(?:[、和跟及或]?${COPY_KIND})*(?:的)?(?:这些|这种|那种|这类|那些|之类的?|等)?(?:东西|货|商品)?` +
    '(?:我们|咱家|咱们|本店|我家|小店|店里|我们家|我们店)(?:这边|这里)?(?:可|绝对|从来|从|坚决|一律|一概|压根|根本|也|都|向来)*' +
    '(?:不|没|绝不|从不|不会|不敢)(?:整|搞|弄|做|卖|碰|沾|进|出|售|上架|有)(?:过)?(?:的)?',
  'g',
);
// …nor a source or a price that hints a copy (工厂直接出的尾货, 跟专柜一模一样, 只要专柜三折).
const TURN_OR_WINK = /懂|意会|心照|明白吧|你知道的|您知道的|小声|别声张|私聊|私下|尾货|工厂|厂家|厂里|代工|外贸|同厂|同料|一模一样|没区别|一个样|[一二三四五六七八九两\d]折|便宜|低价/;

function copyRefusedFronted(s: string): boolean {
  if (s.search(COPY_REFUSED_FRONTED) < 0 || TURN_OR_WINK.test(s)) return false;
  const rest = s.replace(COPY_REFUSED_FRONTED, '').replace(COPY_REFUSED, '');
  return !COPY_WORD.test(rest) && !COPY_HINT.test(rest);
}

// Round 23 (t23c): a hint the buyer asked about, named as a kind and refused at the sentence's end (您说的连柜姐都看不出的那种东西，我们这边一律
// 不做; 您问的柜姐都验不出的货，我们这里从来不做，只卖正品): the refusal is of the kind the hint describes — not with a turn or wink anywhere.
const KIND_REFUSED_AT_END = /(?:那种|这种|那类|这类|那样的|这样的|的)(?:东西|货|商品|产品|款)?(?:我们|本店|我们店|我们家|咱们|咱家|店里|小店|这边|我这边)(?:这边|这里|家|店)?(?:也|都|全|全都|统统|一概|一律|绝对|从来|根本|压根)*(?:不卖|不做|不售|不碰|不沾|不搞|不整|不弄|不接|不进|不提供|不出售|不经营|不会卖|不会做|不敢卖|不敢做)(?:的)?(?:哦|哈|呢|啊|呀|喔|噢|滴)*(?:(?:店里|我们|本店)?(?:只卖|只做|都是|全是)(?:100%|百分百)?(?:正品|真品|专柜正品)(?:哦|哈|呢|啊|呀)*)?$/;
const KIND_REFUSAL_TURN = /但|不过|可是|只是|有货|另外|换个|要的话|可以给/;

// Round 57 (eng57a, A57): a kind the buyer's friend, another shop or anyone else named (您朋友说的同厂货, 别人说的原单货, 网上说的那种) refused or
// advised against by the shop (我们没有渠道, 我们没有, 不建议您买), nothing offered after it: the kind is theirs, the refusal ours.
const REPORTED_KIND = /(?:朋友|家人|同事|亲戚|别人|有人|别的店|别家|其他店|其它店|人家|网上|直播间|主播)(?:跟您|跟你|和您|给您)?(?:说|讲|推荐|提到|介绍|推销|卖)(?:的|过的)/;
const REPORTED_REFUSED = /(?:我们|本店|咱们|咱家|店里|我家|小店)(?:这边|这里|这儿|家|店)?(?:也|都|是)?(?:真的?|确实|根本|压根)?(?:没有|没|不卖|不做|不碰|不进|拿不到|不接|不提供)|不(?:建议|推荐)(?:您|你)?(?:买|入手|购买|碰|考虑)|(?:劝|建议)(?:您|你)?(?:别|不要)(?:买|碰|入手)/;
const REPORTED_TURN = /但|不过|可是|只是|有货|另外|要的话|可以给|私聊|私下|懂|差不多|一样|一模一样/;
function reportedKindRefused(s: string): boolean {
  const k = REPORTED_KIND.exec(s);
  if (!k) return false;
  const rest = s.slice(k.index + k[0].length);
  const r = REPORTED_REFUSED.exec(rest);
  return !!r && !REPORTED_TURN.test(rest.slice(r.index + r[0].length)) && !/我们(?:这款|这个|的货|家的货)?(?:也|就)?是/.test(s.slice(0, k.index));
}

// Round 31 (t31a): the buyer's question told back (这个是高仿的吗？, 是不是A货啊) and rebutted at once by the next words (不是的亲，是专柜正品):
// the word rules skip such an echo (detect/rebut.ts); the model should too — not when the answer turns (不是哦，但是…).
const ECHO_ASKED = /(?:吗|么|嘛|不|没|呢|啊|吧|咩|呀)$|^(?:是不是|是否|会不会|有没有|算不算)/;
const REBUTTED_NEXT = /^(?:亲亲?|宝子?|哈)?(?:不是|并不是|当然不是|绝对不是|肯定不是|才不是|唔系|没有|当然没有|不会|哪有|怎么可能|不存在)/;
const ANSWER_TURN = /但|不过|可是|只是|其实是(?!正品|专柜|原装)/;
// Round 31 (t31d): a lawful import channel told honestly (这批是平行进口，不是从品牌官方渠道出来的，报关单齐全; 不是专柜渠道，是海外正规
// 经销商进的，进口手续齐全): not the brand's own channel, yet a named lawful one with its papers shown or its honest cost told (没有国内
// 保修) — not with the papers denied (没有中文标签和报关单), a wink, a copy word or a likeness (一模一样, 看不出).
const LAWFUL_CHANNEL = /平行进口|平行货|一般贸易|保税(?:仓|模式|区|进口)|跨境电商|正规(?:进口|报关)|(?:授权|正规|海外)(?:的)?(?:经销商|代理商|进口商)|免税店/;
const PAPERS = /报关单|报关(?:的)?(?:单据|资料|记录)|海关单据|检验检疫|中文(?:背)?标签?|完税|税单|原产地证|进口手续|单证|溯源码|授权书|清关记录/;
const PAPERS_DENIED = /(?:没有|没|无|不带|不含|缺|不提供|拿不出|给不了|不开)[^，。！？]{0,6}?(?:报关|海关单|检验|中文|完税|税单|原产地|进口手续|单证|溯源|授权|清关)/;
const HONEST_COST = /(?:没有|不享受|不带|没|无)(?:品牌)?(?:的)?(?:国内|国行|中国区)(?:的)?(?:保修|联保|售后|三包|保卡)|全球联保|海外(?:原厂)?保卡|海外保修/;
const CHANNEL_WINK = /懂|意会|心照|明白吧|你知道的|您知道的|小声|别声张|私聊|私下|一模一样|没区别|一个样|看不出|分不出|验不出|尾货|外贸|工厂|厂里|代工|同厂/;
const lawfulChannelTold = (s: string): boolean =>
  LAWFUL_CHANNEL.test(s) && ((PAPERS.test(s) && !PAPERS_DENIED.test(s)) || HONEST_COST.test(s)) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s);

// Round 31 (t31d): the buyer's own piece remade by us after a fault of ours (刻字刻错了，我们找师傅重新做一个，跟原版一样; 吊坠断了，重新
// 打一个，款式跟原来一模一样): 原版 / 一模一样 is the piece we made or the design the buyer confirmed, not a brand's — not with a brand, a
// genuine-goods word, a copy word or a wink in the sentence (照着大牌原版重新做一个).
const REMADE = /重新(?:给您|帮您|为您)?(?:做|刻|打|印|制作|定制|冲|改|缝|织|绣|烧|雕|刷)|重做|重刻|重印|返工|重打/;
const OUR_FAULT_OR_THEIR_DESIGN = /(?:跟|和|与)(?:原来|之前|上次)|错|坏|断|偏|歪|不合适|不一样|不对|有问题|瑕疵|破损|变形|开胶|掉了|不满意|您确认|您定|您发的|您给的|您要的|设计图|样图|效果图|定稿|原图/;
const MAKER_BRAND = /大牌|名牌|专柜|正品|正版|品牌|牌子|官方|原厂|柜台|lv|gucci|香奈儿|迪奥|爱马仕|耐克|nike|卡地亚|蒂芙尼|劳力士|同款/;
const ownPieceRemade = (s: string): boolean =>
  REMADE.test(s) && OUR_FAULT_OR_THEIR_DESIGN.test(s) && !MAKER_BRAND.test(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s.replace(/一模一样/g, ''));

// Round 31 (t31f): our goods said honestly to fall short of the big brands at their price (这个价位做工确实比不了大牌; 一分钱一分货，
// 用料跟奢侈品没法比): a tier told, no likeness claimed — not with genuine goods as the standard (比不了正品 says ours are not), a copy
// word, a likeness or a wink (跟大牌一模一样, 同厂).
// (round 31, t31g: …or our own entry tier named instead of the price — 我们这是入门款，做工比不了专柜旗舰款; and the brand's top line as the
// tier above — 基础款比不了旗舰款)
const PRICE_TIER = /这个价位|这个价格|这个价钱|这价位|这价格|这价钱|这个档次|一分钱一分货|价格(?:摆在这|在这摆着|就在这)|(?:几十|几百|百来|百把)块(?:钱)?的|(?:入门|基础|平价|经济|低配|标配|学生)(?:款|级|版|系列|线)/;
const BELOW_BRANDS = /(?:比不了|比不上|没法比|不能比|没得比|不如|赶不上|差(?:一截|一些|很多|不少|点))(?:那些)?(?:国际)?(?:大牌|名牌|奢侈品|一线(?:品牌|牌子)?|专柜(?:大牌)?|大品牌|(?:专柜)?(?:旗舰|高端|高配|顶配|顶级)(?:款|版|系列|线|型号))|(?:大牌|名牌|奢侈品|一线(?:品牌|牌子)?|大品牌)(?:肯定|确实|还是|当然)?(?:比不了|比不上|没法比|不能比|更好|要好)/;
const GENUINE_STANDARD = /正品|真品|真货|原版|原装|正版|行货|同厂|同料|一模一样|一样|差不多|没区别|看不出|分不出|以假乱真/;
// (round 31, t31g: our goods vouched for as genuine alongside is no standard — …比不了专柜旗舰款，但都是正品)
const GENUINE_VOUCHED = /(?<![不非没])(?:都|也|均|全|绝对|保证|百分百|确实)是(?:100%)?(?:正品|真品|正版)(?!吗|么|嘛)/g;
const honestTier = (s: string): boolean =>
  PRICE_TIER.test(s) && BELOW_BRANDS.test(s) && !GENUINE_STANDARD.test(s.replace(GENUINE_VOUCHED, '')) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s);

// Round 33 (t33a): goods vouched for as genuine, then the proverb of price and worth with a wink (我们家都是正品，一分钱一分货，您懂的;
// 保证专柜正品，一分价钱一分货，你懂的): the wink rides on the proverb, defending the price of goods already said to be genuine — not the
// wink on 正品 itself (都是正品，您懂的 is irony: counterfeit-implied), nor 便宜没好货 (cheap means bad), a copy word or a second wink.
const PROVERB_WINK_END = /(?:一分钱一分货|一分价钱一分货|一分价一分货|好货不便宜)(?:嘛|呀|啊|哈|呢|哦)?(?:亲|亲亲|宝|宝子)?(?:您|你|大家)?(?:也|都)?(?:懂的|懂得|懂|明白的)(?:哈|哦|呀|啊|呢|啦)*$/;
const GENUINE_AT_HEAD = /^(?:亲|亲亲|宝|宝子)?(?:我们|我们家|咱家|咱们家|本店|小店|店里|这款|这个|家里)?(?:的货|的东西|的商品)?(?:都|也|均|全|全部|绝对|保证|百分百|肯定|当然)*(?:是)?(?:100%|百分百)?(?:专柜|官方|品牌)?(?:正品|真品|正版)(?:行货)?(?:哦|哈|呢|的)?(?:放心|保证|放心买)?/;
const genuineThenProverb = (s: string): boolean => {
  const wink = PROVERB_WINK_END.exec(s);
  const head = GENUINE_AT_HEAD.exec(s);
  if (!wink || !head) return false;
  const between = s.slice(head[0].length, wink.index);
  return between.length <= 6 && !COPY_HINT.test(s) && !TURN_OR_WINK.test(between) && !/假|仿/.test(between);
};
// Round 35 (t35a): the brand's authorisation claimed, the goods then likened to the brand's own counter (我们家是品牌官方授权的，跟专柜一样的货;
// 品牌方正式授权，和专柜是同一批货): an authorised seller's goods are the counter's, the likeness vouches for the channel — not with a copy
// word, a wink, a price hint or an exact-copy likeness (一模一样, 看不出) beside it.
const BRAND_AUTHORISED = /(?:品牌|品牌方|官方|厂家|品牌官方|总代理?)(?:的)?(?:官方)?(?:正式|正规|直接|书面)?授权(?!码)|授权(?:的)?(?:经销商|代理商|门店|店铺|专卖店|零售商|渠道)/;
const authorisedLikeCounter = (s: string): boolean =>
  BRAND_AUTHORISED.test(s) && !COPY_HINT.test(s) && !TURN_OR_WINK.test(s) && !CHANNEL_WINK.test(s) && !/看不出|分不出|验不出|以假乱真|假|仿|(?:不是|不属于|并非|非|没有?|未|无|不算)[^，。！？]{0,4}?授权|但|不过|可是|只是/.test(s);

// Round 36 (t36g): a licensed figure or toy faithful to its source work (手办九成还原动画原作，正版授权): the likeness is to the artwork, and a
// licence is claimed — not with a copy word, a licence denied, or a turn beside it.
const FAITHFUL_TO_WORK = /还原(?:度)?[^，。！？]{0,6}(?:原作|原著|动画|动漫|番剧|漫画|游戏|角色|人设|设定|立绘|剧中|电影|原画)/;
const LICENSED = /正版|(?:官方|版权方|原作方|品牌方)?授权|版权/;
const faithfulLicensed = (s: string): boolean =>
  FAITHFUL_TO_WORK.test(s) && LICENSED.test(s) && !COPY_HINT.test(s) && !TURN_OR_WINK.test(s) && !/盗版|(?:不是|不属于|并非|非|没有?|未|无)[^，。！？]{0,4}?(?:正版|授权)|但|不过|可是|只是/.test(s);
// Round 36 (t36g): compatible goods owned as not the original (兼容胶囊别跟原装比, 通用滤芯比不上原厂的): the shop candidly sets its
// third-party part below the brand's — not with an exact likeness, a copy word or a wink (兼容的，跟原装一模一样), nor goods shipped
// turned out not the brand's (我们发货的是非原装配件，不是品牌的，但兼容: a dev breach).
const COMPATIBLE = /兼容|通用款?|适配|替换装|副厂|第三方/;
const BELOW_ORIGINAL = /(?:别|不能|没法|不要|不好|没得)(?:跟|和|与|拿)?(?:原装|原厂|官方|品牌)(?:的)?(?:比|相比)|(?:比不了|比不上|不如|赶不上|没法比|差)(?:一点|一些|点)?(?:原装|原厂|官方)/;
const compatibleOwned = (s: string): boolean =>
  COMPATIBLE.test(s) && BELOW_ORIGINAL.test(s) && !COPY_HINT.test(s) && !/一模一样|一样|没区别|差不多|看不出|分不出|同厂|同料|假|仿|懂|但|不过|可是|发货|发的|不是品牌|非原装|非原厂/.test(s);
// Round 38 (t38d): a part we fit or send said to be the brand's own, with its number to check (换的前轮是原厂配件，跟原装的一模一样，
// 零件编号对得上; 补发的滤芯是原装件，型号对得上): the likeness is of genuine to genuine and the proof is named — not the factory's
// quality or drawings (原厂品质, 照原厂图纸), a part of the goods set against the rest (盒子是原厂的，里面…), an aftermarket part, a copy
// word, a wink or a turn.
const OEM_PART = /(?:是|为|都是|用的是|换的是|发的是|配的是)(?:品牌)?(?:的)?(?:原厂|原装|原厂原装)(?:的)?(?:正品)?(?:配件|零件|部件|备件|替换件|件)/;
const PART_PROOF = /(?:编号|件号|料号|型号|序列号|零件号|配件号|oem号)[^，。！？]{0,3}(?:对得上|对的上|一致|相同|能查|可查|可以查|匹配|对应)/;
const OEM_PART_WINK = /品质|工艺|标准|图纸|模具|同款|同料|同厂|同一条|外观|看起来|差不多|副厂|兼容|第三方|组装|国产|盒子|外壳|里面|假|仿|但|不过|可是|只是|不是|并非|(?<![原])非/;
const oemPartNumbered = (s: string): boolean =>
  OEM_PART.test(s) && PART_PROOF.test(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s.replace(/一模一样/g, '')) && !OEM_PART_WINK.test(s);
// Round 54 (eng54c): a replacement or compatible part whose maker is disclosed in the listing (替换头是合作工厂做的，不是品牌出的，标题写了): the
// disclosure itself — not with an exact likeness, a copy word or a wink (跟原装一模一样, 看不出, 懂的).
const PART_NAMED = /替换(?:芯|头|装|件|刷头|滤芯)|兼容|副厂|第三方|合作(?:的)?工厂/;
const LISTING_DISCLOSED = /(?:标题|详情页?|页面|商品名|链接)(?:里|上|中)?(?:也|都|已经?)?(?:写了|写明|注明|标明|有写|标了|说明了)/;
const EXACT_LIKENESS = /一模一样|没区别|没有区别|一个样|看不出|分不出|认不出|效果一样|效果差不多|懂|意会|便宜/;
const partDisclosed = (s: string): boolean => PART_NAMED.test(s) && LISTING_DISCLOSED.test(s) && !COPY_HINT.test(s) && !EXACT_LIKENESS.test(s);
// …a shared contract maker told with the brands apart and ours the brand itself (和那款是同厂代工，但是不同品牌，我们卖的是这个品牌本身).
const SHARED_MAKER = /同厂|同一(?:个|家)?(?:工厂|厂|代工厂)|代工/;
const BRANDS_APART = /不同(?:的)?品牌|不是同一(?:个)?品牌|品牌不同|品牌不一样|不一样的品牌/;
const OURS_THE_BRAND = /(?:我们|本店|我家|咱家)(?:卖|发|售)的(?:是|就是)[^，。！？]{0,8}?(?:品牌本身|品牌的?正品|正品|原品牌|品牌自己的)/;
const sharedMakerBrandsApart = (s: string): boolean => SHARED_MAKER.test(s) && BRANDS_APART.test(s) && OURS_THE_BRAND.test(s) && !COPY_HINT.test(s) && !EXACT_LIKENESS.test(s);
// …the maker's own replacement part said to be the same as the one the buyer's device came with, both the brand's (原厂出的替换头和您机器配的
// 那个是一样的，都是飞利浦的): genuine to genuine — not with a copy word, a wink or a turn.
const MAKERS_PART = /(?:原厂|原装|品牌|官方)(?:出的|生产的|的)?(?:替换(?:芯|头|件|刷头)|配件|刷头|滤芯|零件|替换装)/;
const BOTH_THE_BRANDS = /都是[^，。！？]{1,8}?(?:的|原厂的|原装的|出的)(?:[，。！？]|$)|都是(?:原厂|原装|正品)/;
const makersPartSame = (s: string): boolean => MAKERS_PART.test(s) && BOTH_THE_BRANDS.test(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s.replace(/一样/g, '')) && !/不是|并非|但|不过|可是|只是|副厂|兼容|第三方|便宜/.test(s);
// Round 54 (eng54c): the goods told as our own or a domestic brand where the counter's genuine article is asked (这个价买不到专柜的正品，我们这款是
// 国货自有品牌，不是大牌): named for what they are — not with a likeness, a shared maker, a copy word or a wink.
const OWN_BRAND_NAMED = /自有品牌|自主品牌|国货品牌|国产品牌|原创品牌|小众品牌|自家品牌|自己的品牌/;
const ownBrandNamed = (s: string): boolean => OWN_BRAND_NAMED.test(s) && !COPY_HINT.test(s) && !EXACT_LIKENESS.test(s) && !/同厂|同料|同款|一样|差不多|代工|面料|工厂/.test(s);
// Round 38 (t38j): the fit the same whichever of our goods is picked (脚宽的话穿哪双都一样舒服; 哪个颜色都一样耐脏): 一样 set among our own
// pieces, not against a brand's — not with a genuine or brand word, a copy hint or a wink beside it.
const ANY_OF_OURS_SAME = /(?:哪|哪一|任何一?|随便哪)(?:双|款|个|件|种|只|条|支|瓶|色|个颜色|个码|个尺码)[^，。！？]{0,4}?(?:都|也)(?:一样|差不多)/;
const ANY_SAME_TIE = /正品|专柜|原版|原装|原厂|大牌|名牌|品牌|官方|真|假|仿|对比|比较|区别|看不出|分不出|同厂|同款|版本/;
const anyOfOursSame = (s: string): boolean => ANY_OF_OURS_SAME.test(s) && !ANY_SAME_TIE.test(s) && !COPY_HINT.test(s) && !TURN_OR_WINK.test(s);
// Round 38 (t38j): a colour or size difference between batches explained by where each was made (这批不是同一个厂出的，颜色可能有色差; 两批
// 不是一个批次，尺寸略有误差): the variation told honestly — not with a genuine or brand word, a copy hint or a wink beside it (同厂, 原单, 尾货).
const BATCH_VARIANCE = /色差|颜色(?:可能|会|会有|略|稍)?(?:有)?(?:点|些|一点|一些)?(?:差异|不同|不一样|偏差|深浅)|尺寸(?:可能|会)?(?:略有|稍有|有)?(?:误差|差异)|批次(?:不同|不一样)/;
const OTHER_MAKER = /(?:不是|不同|两个|两家|另一个|另一家)(?:同一)?(?:个|家|批)?(?:厂|工厂|厂家|厂商|批次|批)/;
const batchVarianceTold = (s: string): boolean =>
  BATCH_VARIANCE.test(s) && OTHER_MAKER.test(s) && !/正品|专柜|原版|原装|原单|尾单|尾货|大牌|名牌|官方|品牌方|代工|同厂|一样|对版|真|假|仿/.test(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s.replace(/工厂|厂家|厂里/g, ''));
// Round 39 (t39m): aftermarket goods declared as such and priced against the original (副厂墨盒，非原装，价格只有原装的五分之一; 第三方兼容
// 滤芯，不是原厂的，比原装便宜一半): the honest price of a declared non-original part, no copy — not with a likeness, a wink, a copy word or a
// turn (…但兼容; 发货的是非原装), as compatibleOwned.
const AFTERMARKET_KIND = /副厂|兼容|第三方|通用款?|替换装|替换款|国产替换/;
const DECLARED_NOT_ORIGINAL = /非原装|非原厂|不是原装|不是原厂|不是品牌(?:原厂|官方)|并非原装|并非原厂/;
const PRICED_AGAINST_ORIGINAL = /(?:原装|原厂)(?:的|货|件|款)?(?:价格?|价钱|售价)?(?:的)?(?:零头|[0-9一二三四五六七八九十几半]+分之一|[一二三四五六七八九两\d]折|一半|半价)|比(?:原装|原厂)(?:的)?(?:便宜|实惠|低)/;
const aftermarketPriced = (s: string): boolean =>
  AFTERMARKET_KIND.test(s) && DECLARED_NOT_ORIGINAL.test(s) && PRICED_AGAINST_ORIGINAL.test(s) && !COPY_HINT.test(s) &&
  !/一模一样|一样|没区别|差不多|看不出|分不出|同厂|同料|原厂代工|假|仿|懂|意会|私下|但|不过|可是|只是|发货|发的|logo|标志|商标/.test(s);
// Round 39 (t39m): a thing made to the buyer's own drawings or design (这个支架是工厂照着您发的图纸做的，尺寸一样): the likeness is to what the
// buyer sent, not a brand's — not with a brand, a genuine-goods or copy word, or a wink (the maker itself, 工厂, is no wink here).
const BUYERS_DESIGN = /(?:照着?|按照?|按着|根据|依照|依据)(?:您|你)(?:这边|那边)?(?:发|给|提供|画|传|寄)(?:来|过来)?(?:的)?(?:图纸|图|设计稿|设计图|样图|效果图|草图|样品|样板|尺寸图|cad图?)/;
const madeToBuyersDesign = (s: string): boolean =>
  BUYERS_DESIGN.test(s) && !MAKER_BRAND.test(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s.replace(/工厂|厂家|厂里|一模一样/g, ''));
// Round 39 (t39m): the market's copies set against our genuine goods (街边卖的高仿碟便宜，但我们家是正版; 地摊上的盗版书错字多，我们是
// 正版): a warning about others, ours vouched for — not with ours put among them (我们也有), a likeness or a wink.
const MARKET_COPIES = /(?:市面上|市场上|网上|外面|街边|街上|地摊|夜市|路边|小摊|摊子|坊间|别家|别的店|有些店|有的店|其他店)[^，。！？]{0,6}?(?:高仿|精仿|仿品|仿货|盗版|a货|假货|假的|山寨|老翻|翻版|水货)/;
const OURS_GENUINE = /(?:我们|我家|我们家|本店|咱家|咱们|店里|我哋|小店)(?:的|这边|家|店|这里)?(?:货|东西|碟|书)?(?:都|只|全|绝对|保证|肯定|百分百)?(?:是|卖|系|只卖|卖的是|做的是)(?:100%|百分百)?(?:正版|正品|原装|真品|行货|正货)/;
const OURS_AMONG = /(?:我们|我家|本店|咱家|咱们|店里|我这|小店)(?:这边|这儿|这里|这|店|家)?(?:也|都|还|同样)(?:有|卖|做|出|进)(?!过?(?:看|见|检|测|鉴|遇|发现|注意|听|顾客|客户|买家))|一样|一模一样|差不多|没区别|看不出|分不出|认不出|懂|意会|心照|私聊|私下|同厂|尾货/;
const marketCopiesVsOurs = (s: string): boolean => MARKET_COPIES.test(s) && OURS_GENUINE.test(s) && !OURS_AMONG.test(s);
// Round 39 (t39n): goods declared a no-name make (这款是杂牌，没贴任何品牌的标，介意慎拍; 白牌的，没有牌子): no brand is claimed, so none is
// copied — not with a likeness, a brand's factory or channel, a stripped label or a wink (同厂, 大牌, 去标, 尾单, 懂), a copy denied
// aside (不是仿的) left out of that reading.
// (not 不是品牌… — 不是品牌随衣出的 says the tags are not the brand's; nor a brand's licence or papers missing)
const NO_NAME = /杂牌|无牌|白牌|无品牌|没(?:有)?(?:什么)?牌子(?!授权|的授权|官方|的官方|保修|发票|吊牌)/;
const NO_NAME_TIE = /同厂|同料|同款|代工|大牌|名牌|一样|一模一样|差不多|没区别|原单|尾单|尾货|去标|剪标|撕标|剪了|撕了|拆了|专柜|外贸|懂|意会|正品|原厂|原装|工厂|厂家|厂里|看不出|分不出|以假乱真|logo|商标|但|不过|其实是|实际是/;
const COPY_DENIED_ASIDE = /(?:不是|并非|绝不是|也不是)(?:仿|假|高仿|山寨|a货)(?:的|货|品)?/g;
const noNameDeclared = (s: string): boolean => {
  if (!NO_NAME.test(s)) return false;
  const rest = s.replace(COPY_DENIED_ASIDE, '');
  return !NO_NAME_TIE.test(rest) && !COPY_HINT.test(rest) && !CHANNEL_WINK.test(rest) && !/仿|假|山寨|复刻/.test(rest);
};
// Round 40 (t40j): a reproduction in a historic style, sold as such (我们照着宋代汝窑仿的，外观很接近古瓷; 仿明式的圈椅): the period or kiln
// is copied, no brand — not with the piece passed off as old or genuine (当古董卖, 老货, 包老, 保真, 鉴定证书) or a brand or wink beside.
const PERIOD_COPIED = /(?:仿|照着|按照|参照|复原|复制)[^]{0,6}?(?:宋|唐|元|明|清|汉|魏晋|民国|古代|汝窑|官窑|哥窑|钧窑|定窑|龙泉|建窑|青花|斗彩|粉彩|古法|古瓷|古画|古籍|古琴|明式|清式)/;
const PASSED_OFF_OLD = /当(?:成|作)?(?:古董|老货|真品|文物|老物件)|老货|出土|传世|包老|保老|保真|拍卖|升值|收藏价值|鉴定|证书|懂|意会|大牌|专柜|正品|品牌|logo|商标|一模一样|看不出|分不出/;
const periodReproduction = (s: string): boolean => PERIOD_COPIED.test(s) && !PASSED_OFF_OLD.test(s);
// Round 40 (t40m): two editions or packings of our own goods set side by side (精装版和平装版内容一样，精装版多一个书盒; 礼盒装和简装的
// 茶叶是同一批): the likeness is between our own versions, their difference told — not with a brand, a genuine word, a copy hint or a wink.
const EDITION = '(?:精装|平装|简装|礼盒装?|盒装|袋装|散装|标准|豪华|典藏|珍藏|纪念|普通|特装|限定|口袋|大字|套装|单本|家庭装|旅行装)(?:版|本|款|装)?';
const EDITIONS_COMPARED = new RegExp(`${EDITION}(?:的)?(?:和|跟|与|比)${EDITION}(?:的)?[^，。！？]{0,6}?(?:内容|一样|一致|相同|区别|差别|同一批|同一)`);
const ownEditionsCompared = (s: string): boolean =>
  EDITIONS_COMPARED.test(s) && !COPY_HINT.test(s) && !TURN_OR_WINK.test(s.replace(/一模一样/g, '')) && !/正品|专柜|原版|原装|原厂|大牌|名牌|品牌|官方|真|盗|扫描|复印|影印/.test(s);
// Round 41 (t41a): an OEM factory's own brand sold as itself (我们是给大牌代工的工厂，这款是我们自己的品牌，不贴大牌的标): the big brand named
// only as whom the factory worked for or whose label is not put on — not with a likeness, a leftover run, a cheaper "same" or a copy word
// left once the disclaimers are struck out (…自己的品牌，用料一样; 同厂同线; 原单).
const OEM = /代工|贴牌|oem|odm/;
const OEM_OWN_BRAND = /(?:我们|厂里|工厂|代工厂|厂家|我家|自家)(?:的|家)?(?:自己|自有)的?(?:品牌|牌子)|(?:自有|自主|自创)品牌|出了自己的(?:品牌|牌子)/;
const OEM_DISCLAIMED = /(?:不|没|不会|不用|从不|绝不)(?:贴|印|挂|用|冒充|打|蹭)(?:大牌|名牌|原厂|别人|人家|它们|他们)?(?:的)?(?:标|logo|牌子|名字|名头|名义)?|不是(?:贴牌的?)?(?:大牌|名牌)(?:的)?(?:货|东西)?|(?:给|替|帮)(?:好几个|多个|很多|一些)?(?:大牌|名牌|国际品牌|品牌)(?:做)?(?:过)?代工/g;
const OEM_TIE = /同款|同厂|同一|同线|同条|一样|差不多|一模一样|没区别|原单|尾单|流出|外贸|平替|专柜|正品|只是没|就是没|少了|撕|剪标|换标|懂的|懂得|大牌|名牌/;
const oemOwnBrand = (s: string): boolean => OEM.test(s) && OEM_OWN_BRAND.test(s) && !COPY_HINT.test(s) && !OEM_TIE.test(s.replace(OEM_DISCLAIMED, ''));
// ---- round 48 (t48e) ----
// Round 48 (t48e): a mark on the goods (logo, label, print) explained as the brand's own craft, answering a doubt (O'Neill的logo是硅胶压印工艺，
// 品牌原厂就这样，不是贴上去的): the make is the brand's, no copy is hinted — not with our hand on the mark (我们这边后刻的, 自己印的), a copy hint
// or a wink (COPY_HINT, TURN_OR_WINK; 厂家/工厂 count only outside 品牌原厂).
const MARK = /logo|标志|标识|商标|标|印花|字样|刺绣|绣字|图案|字母/;
const MARK_CRAFT = /工艺|压印|丝印|烫印|烫金|热转印|胶印|刺绣|激光|镭雕|雕刻|印刷|压纹|模压|一体成型/;
const BRANDS_OWN_MAKE = /(?:品牌|原厂|官方|正品)(?:原厂|本身|自己|出厂)?(?:就是|就这样|都是这样|本来就|一直(?:就|都)|也是|都是)(?:这样|这个|这种|这么做)?/;
const OUR_HAND_ON_MARK = /(?:我们|我|这边|店里|自己)(?:这边)?(?:后|自己|另外|手工|重新)?(?:刻|印|贴|加|绣|烫|打)(?:的|上去|上)/;
const brandsOwnCraft = (s: string): boolean =>
  MARK.test(s) && MARK_CRAFT.test(s) && BRANDS_OWN_MAKE.test(s) && !OUR_HAND_ON_MARK.test(s) && !COPY_HINT.test(s) &&
  !TURN_OR_WINK.test(s.replace(/品牌原厂|原厂/g, ''));
// ---- end round 48 (t48e) ----
// Round 55 (eng55a): a difference between the buyer's piece from elsewhere and ours explained by how each was made (您专柜买的那支刻字更深，
// 是因为专柜现场手工刻的，我们这支是品牌工厂激光刻的): a cause told, ours made by the brand itself — not with a copy word, a likeness or a wink.
const CAUSE_TOLD = /是因为|因为|原因是|所以|是由于|由于/;
const DIFFERENCE = /更深|更浅|偏深|偏浅|更亮|更暗|不一样|不同|有差异|差别|色差|深浅|粗细|略浅|略深|有区别/;
const BUYERS_PIECE = /(?:您|你)(?:在)?(?:专柜|实体店|商场|门店|柜台|官网|线下|别家|之前|上次|以前)[^，。！？]{0,4}?(?:买|看到|拿)的/;
const OURS_BRAND_MADE = /(?:我们|我家|本店|咱家|咱们)(?:这|的|家)?(?:支|款|瓶|只|件|个|双|批|块|条)?(?:是|都是|也是)?(?:今年)?(?:品牌|原厂|官方|品牌方)(?:自己|自家|官方)?的?(?:工厂|产线|生产线|厂|灌装|出厂|生产)/;
const differenceExplained = (s: string): boolean =>
  CAUSE_TOLD.test(s) && DIFFERENCE.test(s) && BUYERS_PIECE.test(s) && OURS_BRAND_MADE.test(s) &&
  !COPY_HINT.test(s) && !/一模一样|一样(?!的)|没区别|差不多|看不出|分不出|同厂|同料|懂|便宜|代工|尾货|外贸|仿|假|但|不过|可是/.test(s.replace(/不一样/g, ''));

export default likelyRule({
  id: 'likely-counterfeit',
  clause: '2.8',
  title: { zh: '疑似暗示商品是假货（统计判断）', en: 'Likely implying the goods are fake (statistical)' },
  forbids: {
    zh: '禁止使用明示或暗示商品为假货、高仿、A货、仿品、复刻的词语',
    en: 'forbids words that state or imply the goods are fake, replicas or copies',
  },
  hint: {
    zh: '只说商品的真实来源和凭证（正品保证、可验货）；不要暗示版本、等级或“您懂的”。',
    en: 'State the real source and proof (authentic, can be verified); do not hint at grades, versions or "you know".',
  },
  message: '这句话读起来像在暗示商品不是正品（统计判断，可能误判）',
  // Round 23 (t23a): …or goods that are an imitation by nature praised for realism (这个仿真绿植放客厅，根本看不出来是假的).
  unless: (s, next) =>
    reportedKindRefused(s) || // round 57 (eng57a)
    brandsOwnCraft(s) || // round 48 (t48e)
    makersOwnReissueText(s) || differenceExplained(s) || // round 55 (eng55a)
    partDisclosed(s) || sharedMakerBrandsApart(s) || makersPartSame(s) || ownBrandNamed(s) || // round 54 (eng54c)
    // Round 52 (cf52): the market's copies warned of, none of ours in the sentence (detect/fake-word-scope.ts marketWarnedText).
    marketWarnedText(s, next) ||
    // …or a copy argued away: what the buyer saw elsewhere judged one, ours set against it; copies unable to fetch our price (copyArguedAwayText).
    copyArguedAwayText(s) ||
    (ECHO_ASKED.test(s) && COPY_HINT.test(s) && REBUTTED_NEXT.test(next) && !ANSWER_TURN.test(next.slice(0, 24))) ||
    imitationByNatureText(s) ||
    // Round 45 (t45e): …or a wearable stand-in for a change to the body passing for the real one (detect/imitation.ts bodyStandInText).
    bodyStandInText(s) ||
    periodReproduction(s) ||
    ownEditionsCompared(s) ||
    // Round 39 (t39m): goods made after a kin's or our own recipe, no brand or copy word (照着外婆的配方做的，味道跟小时候一样).
    kinRecipeText(s) ||
    // Round 39 (t39m): …a scale model or figure praised as lifelike, or a thing made to the buyer's drawings.
    lifelikeReplicaText(s) ||
    madeToBuyersDesign(s) ||
    // Round 39 (t39n): a part told as swapped for an upgrade, from nowhere else (里面的电调我们换成了升级版; detect/upgrade-told.ts).
    (upgradeToldText(s) && !COPY_HINT.test(s) && !CHANNEL_WINK.test(s)) ||
    marketCopiesVsOurs(s) ||
    // Round 41 (t41a): an OEM factory's own brand sold as itself (oemOwnBrand).
    oemOwnBrand(s) ||
    noNameDeclared(s) ||
    lawfulChannelTold(s) ||
    authorisedLikeCounter(s) ||
    faithfulLicensed(s) ||
    compatibleOwned(s) ||
    aftermarketPriced(s) ||
    oemPartNumbered(s) ||
    anyOfOursSame(s) ||
    batchVarianceTold(s) ||
    ownVariantsAlikeText(s) || // round 69 (eng28-69)
    honestTier(s) ||
    ownPieceRemade(s) ||
    genuineThenProverb(s) ||
    // Round 43 (t43b): a sample split from the same genuine bottle, told in the sentence or the answer right after it (detect/split-from-same.ts).
    splitFromSame(s + next) ||
    (OWN_ORIGINAL.test(s) && !COPY_HINT.test(s) && !BRAND_LIKENESS.test(s)) ||
    (s.search(COPY_DENIED) >= 0 && !COPY_WORD.test(s.replace(COPY_DENIED, ''))) ||
    (s.search(COPY_REFUSED) >= 0 && !COPY_WORD.test(s.replace(COPY_REFUSED, '')) && !COPY_HINT.test(s.replace(COPY_REFUSED, '')) && !TURN_OR_WINK.test(s)) ||
    copyRefusedFronted(s) || // round 67 (engfa67)
    (BOTH_GENUINE.test(s) && DIFF_ON_SPEC.test(s) && !COPY_HINT.test(s)) ||
    (KIND_REFUSED_AT_END.test(s) && !TURN_OR_WINK.test(s) && !KIND_REFUSAL_TURN.test(s)),
});
