// 2.7: review manipulation — paying for good reviews or for removing bad ones (好评返现, 晒图返5元, 删差评退您
// 15元, 改好评发红包). The platform's review system is part of its management order, which 2.7 says a
// merchant must not disrupt. Only warned, not blocked: a reward after an honest review is a grey zone the
// agent can judge (感谢好评送券 is not flagged at all).
// Round 5: free goods or a free order for a review (免费拿货写好评, 给您免单), a refund held back until the review changes
// (差评删了才给您退款), bought reviews (刷几条好评每条给你两块), length and photo demands (写满一百字再配图), wording
// dictated (评价里写上“正品”), a discount next time (给个五星，下次打八折), 送您运费险, a draw (给好评就能参与抽奖),
// the refund stalled until the review goes (差评不删，退款就一直拖着), 一星改成五星+运费全包. The platform's
// own campaign (晒单有奖是平台官方活动) and 评价不影响退款 are not.
// Round 7: a review written for the buyer — the shop hands over the text or the photos to post (好评模板直接发您，复制粘贴就行,
// 评价我这边帮您写好了，您粘贴进去, 买家秀图我们也给您准备好了). Not: 写写真实感受, 评价您自己写就好, 不需要模板.
// Round 10: a review that counts once done or done well (好评过了截图给我, 评价写得好的抽人免单), a bare discount (八折), and a
// refund approved at once for the changed review (只要改成好评，退款我们马上给您批).
// Round 11: reviews brushed with no reward named (再帮您刷几十条好评).
// Round 11: a bait card disowned or reported (不是我们放的, 请找平台反映) is no offer.
// Round 13 (t13c): the review named with a gap (删掉那条中评, 那条差评您撤一下) and a refund share or goods as the price (退一半货款,
// 打对折, 赔您一罐). Traps: 删除评价需要您在订单页操作; 退款已经给您处理了，和评价无关.
// Round 14 (t14): media attached to the review as the paid act (好评加一张图片返3块, 评价配几张照片，返您5元). Trap: 感谢您的好评，评价配图….

import { cueRule, type Cue } from '../detect/cue-rule';

/** A review action the reward is tied to. */
const REVIEW_ACTION =
  /(?:评价|评论|好评)(?:里|中)(?:写|提|带)|(?:评价|评论)(?:里|中|区)?(?:别|不要|不用)(?:写|提|说)|(?:评价|评论)区?[^，。]{0,4}说(?:几句|点|些)?好话|给个?(?:好评|五星)|(?:好评|评价|评论)(?:过后|过了|之后|完|后|返|送|截图|有礼|晒图|带图)|(?:好评|评价|评论)写得?(?:好|用心|认真|详细|走心)|(?:好评|评价|评论)(?:再)?(?:加|带|配|附)(?:上)?(?:一|几|[0-9两二三四五])?(?:张|个|段)?(?:图|图片|照片|视频|买家秀)|(?:写|打|留|给|发)(?:个|一个|条)?(?:好评|评价|五星)|(?:写|打|留|给|发)(?:个|一个|条)?[^，。！？]{1,5}的(?:服务|商品)?(?:好评|评价)|需要(?:一些|一点|点|几个|几条)?好评|五星|5星|满分好评|晒图|晒单|晒视频|追评|追加评价|追加评论|带图|带视频|(?:带|晒|配|发)[0-9一二三四五六七八九十两几]{1,2}张?图|图文评价|视频评价|(?:删|撤|改)(?:掉|除|销|了|一下)?(?:那|这)?(?:一)?(?:条|个)?(?:差评|中评|一星|两星|二星|三星)?(?:的)?(?:差评|中评|评价|评论)|(?:差评|中评|评价|评论)[^，。]{0,4}(?:删|撤)|改(?:成|为)?(?:好评|评价|五星|5星)|(?:差评|评价|中评)不(?:删|改|撤)|修改(?:一下)?评价|撤(?:销|掉)?(?:差评|评价)|评价改|差评改|好评截(?:个)?图|配图|写满|[0-9一二三四五六七八九十百]+字|刷(?:几条|几个|点|一些|个)?(?:好评|评价|评论|五星)/;
/** A reward: cash back, red packets, coupons, gifts. */
const REWARD =
  /返现|返(?:你|您)?[0-9一二三四五六七八九十两]|红包|现金|(?:送|给|返|退|补|发|补偿|奖励|赔|赠|领)(?:给)?(?:你|您)?(?:一张|一个|个|张|份)?[0-9一二三四五六七八九十两.]+(?:元|块|毛|rmb)|[0-9]+(?:元|块)(?:红包|现金|无门槛)|无门槛|优惠券|礼品|小礼物|小样|赠品|奖励|补贴|话费|立减|返利|返钱|给钱|退钱|好处|退(?:您|你)?(?:一半|半价|三分之一|一部分|部分|全额|全部)[^，。]{0,2}(?:货款|钱|款|费)?|退(?:您|你)?(?:一半|半)|打对折|(?:赔|补)(?:给)?(?:您|你)?一[包份个件瓶盒支套袋罐]|(?:减|便宜|少收|少算|优惠)(?:您|你)?[0-9一二三四五六七八九十两.]+(?:元|块|折)|运费险|运费(?:我们)?全包|包运费|运费(?:我们|都)?(?:全)?包了|运费[^，。]{0,4}(?:我们出|我们承担|免了|不收)|抽奖|奖品|(?:退款|售后|补发)[^]{0,6}(?:拖着|不处理|不给|别想|免谈|没门)|送(?:您|你)|不收(?:您|你)?(?:的)?(?:钱|运费)?了|免(?:运费|邮费)|(?:算|给)(?:您|你)?便宜(?:点|些|一点)|打[0-9一二三四五六七八九]+折|打折|(?<![不没])[一二三四五六七八九0-9](?:\.[0-9])?折|(?:退款|售后|补发|赔付|退货)[^，。]{0,6}(?:马上|立刻|立马|就|才)(?:给|帮)?(?:您|你)?(?:批|通过|处理|同意|退)|免费拿货|免费拿|免费领|免费送|白拿|白送|免单|买[一二两三四五0-9]送[一二两三0-9]|送(?:您|你)?一[包份个件瓶盒支套袋]|送同款|加送|多送|不要钱|全额返|返款|免费(?:寄|送|发)(?:给)?(?:您|你)?(?:一单|一份|一件|一个)|货(?:您|你)(?:就)?留着|报销|(?:才|再)(?:给(?:您|你))?(?:退款|退钱|补发|赔付|赔偿)|才(?:能|可以|给)(?:处理|同意|退)/;

/** Round 40 (t40i): right after a bad review named (中差评就, 差评的话), a 没有 / 不会 / 不能 withholds the reward from it, denying nothing. */
const AFTER_BAD_REVIEW = '(?<!(?:差评|中评|中差评|一星|两星|二星|三星|四星|低分|不好的评价|不满意)(?:的话)?(?:就|则|那就|那|可|是)?)';

/** What makes review-and-reward talk no bribe: thanks, a refusal or ban, the platform's own campaign, an impostor warned of. */
const REVIEW_BAIT_UNDONE = new RegExp(`感谢|谢谢|不需要|${AFTER_BAD_REVIEW}没有|无关|不允许|违规|不做|(?:做不了|做不到|办不了|办不到)(?!的话|也没|也行|没关系)|没法(?:做|弄|给|答应)|无法(?:做|提供|答应|满足)|不提供|不接受|禁止|严禁|${AFTER_BAD_REVIEW}不会|${AFTER_BAD_REVIEW}不能|不参与|不影响|无论|不管|平台官方|官方发起|官方活动|平台活动|活动页|以活动|不是我们|冒充|诈骗|骗子|谨防|举报|反映|(?:千万|直接|请|就|可以)(?:别|不要|不用)(?:搭)?理|(?:别|不要|不用)(?:搭)?理(?:他|她|他们|对方|这种|那种)|别信|不要信|别相信|不要相信|别上当|是套路|从不|从来不|(?:不|没|绝不)(?:搞|玩|兴|弄)|不敢(?:做|搞|弄|玩|碰)`);

const cues: Cue[] = [
  {
    words: ['好评', '五星', '5星', '晒图', '晒单', '追评', '带图', '差评', '中评', '评价', '评论'],
    severity: 'warn',
    message: '以返现、红包或礼品换取好评或删改差评，扰乱平台评价秩序',
    sentence: [REVIEW_ACTION, REWARD],
    // 好评后可以领优惠券吗？不好意思，我们没有这个活动: the buyer's question read back.
    asked: true,
    // 晒单有奖活动是平台官方发起的: the platform's own campaign is no bribe from the shop.
    // …nor a card or message disowned or reported (如果包裹里有“好评返现加微信”的小卡片，不是我们放的，请找平台客服反映; round 11).
    // …nor a stranger's offer the buyer is told to ignore (有人说能带您刷好评返现，别理他，都是套路; round 21, t21bv).
    // …nor the practice refused as never ours (我们从来不搞好评返现那一套, 本店从不玩晒图返现; round 21, t21dq).
    // …nor the buyer's ask turned down as beyond us (您想要“返现换五星”这个我们做不了, 好评送红包这个真办不到; round 22, t22bz).
    // Round 40 (t40i): …but the reward withheld from a bad review is no denial: it makes the pay hang on five stars (写五星带图好评…退20元
    // 当好评返现，中差评就没有哦). Traps: 我们没有好评返现; 好评差评都不会返现; 评价不影响退款.
    notSentence: REVIEW_BAIT_UNDONE,
  },
  {
    // Round 66 (eng27-66): the review act asked for in one sentence, its reward pledged in the next once it is done (之前那个差评您能删一下吗？
    // 删了我补您五十块): the done act anchors, the review named within the window.
    words: ['删了', '删掉了', '删完', '撤了', '撤掉了', '改了', '改好了', '改完', '改成了'],
    severity: 'warn',
    message: '以返现、红包或礼品换取好评或删改差评，扰乱平台评价秩序',
    after: /^(?:之后|以后|后)?[，,]?(?:我|我们|就|马上|立刻|立马|这边)*(?:给|帮)?(?:补|返|给|退|送|发)/,
    window: 30,
    sentence: [REWARD, /差评|中评|一星|两星|评价|评论/],
    notSentence: REVIEW_BAIT_UNDONE,
  },
  {
    // A ready-made review handed to the buyer: the shop writes it, the buyer only posts it.
    words: ['模板', '写好了', '写好', '拟好', '编好', '帮您写', '帮你写', '替您写', '替你写', '给您写', '给你写', '代写', '复制粘贴', '粘贴', '照着发', '照着写', '照抄', '准备好了', '文案', '现成的'],
    severity: 'warn',
    message: '代写好评或提供评价文案、买家秀图片让买家发布，属于虚假评价，扰乱平台评价秩序',
    sentence: /好评|评价|评论|买家秀|晒图|五星|追评/,
    sentenceSkipsAnchor: true,
    notSentence: /真实感受|真实评价|自己写|随意写|不需要|不用模板|不会|不能|禁止|严禁|违规|没有/,
  },
  {
    // Reviews brushed for the buyer or the shop, no reward needed (round 11): 再帮您刷几十条好评, 我们可以给您刷一批五星评价, 找人
    // 刷点好评顶上去. Not: 平台严禁刷好评, 我们从不刷评价, 刷好评会被处罚.
    words: ['刷'],
    severity: 'warn',
    message: '代刷好评、刷评价，属于虚假评价，扰乱平台评价秩序',
    // A count or batch is named (刷几十条, 刷一批, 刷点): 刷到好评视频 (scrolling) is not brushing.
    after: /^(?:上|了)?(?:一批|一波|一些|点|些|几|[0-9一二两三四五六七八九十几百]+)[^，。！？]{0,3}?(?:条|个|批|波)?(?:好评|五星|5星|评价|评论|买家秀|追评)/,
    sentence: /帮|给(?:您|你)|找人|顶上去|盖过去|压下去|我们可以|可以给|能给/,
    notSentence: /不刷|禁止|严禁|违规|不会|不能|不可以|检测|举报|处罚|封|从不|没有|谨防|骗子|冒充/,
  },
  {
    // Round 11 (t11d): brushing offered as a service in a short reply, no count named (能帮你刷好评 提权重, 替你店铺刷评价, 给您刷五星):
    // a helper verb right before 刷 and a review word right after it.
    words: ['刷'],
    severity: 'warn',
    message: '代刷好评、刷评价，属于虚假评价，扰乱平台评价秩序',
    before: /(?:帮|替|给)(?:你|您|你们|您们)?(?:的)?(?:店|店铺|号|账号|小店)?(?:里)?$/,
    after: /^(?:好评|五星|5星|评价|评论|买家秀|追评)/,
    notSentence: /不刷|禁止|严禁|违规|不会|不能|不可以|检测|举报|处罚|封|从不|没有|谨防|骗子|冒充|别信|不要信/,
  },
];

const rule = cueRule({
  // Round 17: the buyer's offer quoted back and declined (您说可以帮我们“刷几个好评”，谢谢好意，但真的不用) is no offer of ours.
  skipOthersQuoted: true,
  meta: {
    id: 'review-bait',
    clause: '2.7',
    severity: 'warn',
    title: { zh: '好评返现、删差评给钱', en: 'Paying for reviews' },
    description: {
      zh: '以返现、红包、优惠券、礼品换取好评、晒图，或给钱让买家删改差评，属于诱导评价，扰乱平台的运营及管理秩序（规则 2.7）。只警告不拦截；真诚的评价邀请不算。',
      en: 'Offering cash back, red packets, coupons or gifts for good reviews, or money for removing bad ones, manipulates reviews and disrupts platform order (rule 2.7). Warned, not blocked; a sincere review request is fine.',
    },
    hint: { zh: '评价由买家自愿填写。可以说“如果满意欢迎评价，有问题请先联系我们处理”。', en: 'Reviews are voluntary. Say "If you are satisfied a review is welcome; tell us first if anything is wrong."' },
  },
  cues,
});

export default rule;
