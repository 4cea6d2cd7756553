import reviewBait from '../../../rules/checks/review-bait';
import { ruleTable } from '../../support/rule-table';

ruleTable(reviewBait, {
  valid: [
    // round 66 (eng27-66): an unrelated act done and a reward, a review asked for with no reward, a refund that is an apology
    "地址改了我马上给您补发，您的差评我们也看到了。",
    "您给个满意的评价我们就很开心啦，不满意也请告诉我们。",
    "这单我们全额退您，货您留着用吧，给您添麻烦了。",
    "之前那个差评删了我们也理解，您按自己的意愿来。",
    // round 40 (t40i): a denial after a bad review is named only when it withholds; these deny for all reviews
    '好评差评都不会返现，您按真实感受评价就好。',
    '我们没有好评返现的活动，评价请按真实感受写。',
    '评价不影响退款，差评也没关系。',
    '差评我们也不会删，有问题直接联系客服处理。',
    // round 22 (t22du)
    "【好评邀请模板】亲，宝贝用着满意的话欢迎给个评价，不方便也没关系～",
    // round 22 (t22bz): the buyer's ask for cash-for-review turned down as beyond us
    '您想要“返现换五星”这个我们做不了，不过您有任何问题都可以找我售后。',
    '好评送红包这个真办不到，您按真实感受写就好。',
    '晒图返五元这个我们没法答应，平台查到会处罚。',
    '晒单返现这种事情我们店不敢搞，被平台查到是要罚的。',
    // round 21 (t21bv): a stranger's offer the buyer is told to ignore — not 别理 of a review
    "那个自称平台工作人员的说能给您好评返现二十，别搭理他，都是骗人的套路。",
    // round 21 (t21dq): the practice refused as never ours
    "本店从来不玩晒图返现这种把戏，评价您按真实感受写就好",
    "我们从不搞好评送红包，喜欢就给个好评，不喜欢如实说",
    // round 19 (t19bs): the buyer's offer reported with a bare 说 and declined
    "您说朋友能帮店里刷点好评，谢谢好意，这个我们不需要，真实评价就好。",
    // round 17: the buyer's offer quoted back and declined
    "您说可以帮我们“刷几个好评”，谢谢好意，但真的不用～",
    "您提到“帮你们刷点好评”，心领了，按真实感受评价就好",
    // round 14 (t14), after probe 3
    "感谢您的好评，评价配图对其他买家很有帮助",
    // round 13 (t13c)
    "您给的差评我们看到了，会认真改进，退款已经给您处理了。",
    "删除评价需要您在订单页操作，我们这边无法删除。",
    "退一半货款的申请已经通过，和评价无关。",
    "这条评论我们已经回复了，少发的一罐明天给您补发。",
    "评价是您的权利，差评我们也接受，破损的那罐我们赔您一罐。",
    // round 11 (t11d): short replies
    '我们不刷好评',
    '有人说能帮你刷好评 别信',
    '帮你刷新一下页面 评价就出来了',
    // round 11 (t11c)
    "晒单不返现，感谢您的真实评价",
    "买二送一活动今天截止，评价随意",
    "刷到我们直播间的好评视频了吗？欢迎来看看",
    "如果包裹里有“好评返现加微信”的小卡片，不是我们放的，请直接找平台客服反映。",
    "平台严禁刷好评，我们从不做",
    "平台严禁刷好评，我们店从来不刷",
    "刷卡支付也可以，评价随意",
    // round 10 (t10c), after probe 2
    "评论区说几句好话我们就很感谢了，不强求。",
    "好评带图我们会精选展示，谢谢您的分享。",
    // round 10 (t10c): discounts and refunds with no review tied to them
    '评价不影响退款，我们会马上给您处理。',
    '感谢您的好评，本店全场八折活动明天结束。',
    '您的评价写得很好，谢谢支持。',
    '好评率很高的这款今天八折。',
    '评价您随意写，退款我们马上处理。',
    // round 7 traps,
    '评价您自己写就好，写写真实感受，我们不提供模板哈。',
    '您的评价对我们很重要，收到货满意的话欢迎写写真实感受。',
    '这款好评率很高，下单送小样。',
    '欢迎给我们写评价，您的意见对我们很重要。',
    '感谢您的好评，欢迎下次光临。',
    '返现活动我们没有，平台也不允许，价格就是页面上的到手价。',
    '如果满意欢迎评价，有问题请先联系我们处理。',
    '您的评价我们都会认真看，有不满意的地方请直接告诉我们。',
    '这款面霜有小样赠品，下单就送。',
    '晒单有奖是平台官方活动，奖励以活动页为准。',
    '评价不影响退款，您按真实情况评就行。',
    '好评后联系客服可以领取下次购物的优惠券吗？不好意思，我们没有这个活动。',
    '好评送您的优惠券已经发到账户里了，感谢支持。',
    '下次来找我可以打八折，这是老客户福利。',
    '参与抽奖不需要评价，关注店铺即可。',
    '差评是否删除由您决定，不影响退款进度。',
  ],
  invalid: [
    // round 22 (t22du)
    "【售后话术】好评模板我发您了，复制粘贴就行。",
    '五星好评返五元，做不到的话也没事',
    // round 21 (t21bv): a stranger's offer the buyer is told to ignore — not 别理 of a review
    { text: "别理差评，给个好评返您5元红包。", severity: 'warn' },
    // round 21 (t21dq): an offer still counts
    "好评晒图后截图给我，返您5元红包",
    // round 19 (t19bs): the offer taken up
    "您说朋友能帮店里刷点好评，太好了，刷完截图发我。",
    // round 17: our own offer is still one
    "我们可以帮您刷几个好评，顶一下",
    // round 14 (t14), after probe 3
    { text: "好评加一张图片返3块，到手直接微信转", severity: 'warn' },
    { text: "评价配几张照片，返您5元", severity: 'warn' },
    { text: "好评附上视频再返10块", severity: 'warn' },
    // round 11 (t11d): short replies
    '能帮你刷好评 提权重',
    '帮你店铺刷好评',
    '给您刷五星 包过',
    // round 11 (t11c)
    "您帮我们发个好评视频，这单运费我们包了",
    "买二送一，条件是评价里晒三张图加五十字",
    "给五星的送一包同款，截图发我就行",
    "您那条差评我们有专门的人可以帮您“处理掉”，再帮您刷几十条好评，放心",
    "我们可以给您刷一批五星评价，店铺排名马上上去",
    "差评别担心，找人刷点好评就盖过去了",
    // round 10 (t10c), after probe 2
    { text: "您在评论里别写是赠品，我们返您五元。", severity: 'warn' },
    { text: "评价区帮忙说点好话，下次给您便宜点。", severity: 'warn' },
    { text: "差评改成好评的话，这单运费我们就不收了。", severity: 'warn' },
    { text: "好评带图，下单免运费。", severity: 'warn' },
    // round 10 (t10c): a review done or done well, a bare discount, a refund approved for the changed review
    { text: '评价写得好的我们会抽人免单。', severity: 'warn' },
    { text: '好评过了截图给我，我发您优惠券。', severity: 'warn' },
    { text: '只要改成好评，退款我们马上给您批。', severity: 'warn' },
    { text: '给五星的亲下次购物全部八折。', severity: 'warn' },
    { text: '删掉差评，退货我们立刻给您通过。', severity: 'warn' },
    { text: '五星好评后截图，下单享九折。', severity: 'warn' },
    { text: '追评五星写满50字配三张图，下次下单直接给您减20元。', severity: 'warn' },
    { text: '好评带三张图，确认后返2元。', severity: 'warn' },
    { text: '把差评改了吧，我这边补偿您20块。', severity: 'warn' },
    { text: '追加评价带视频，返您一张30元优惠券。', severity: 'warn' },
    { text: '好评过后找我，返现8.8元。', severity: 'warn' },
    { text: '写个五星评价就送您一份小礼物。', severity: 'warn' },
    { text: '亲，给个五星好评截图发我，返您5元红包。', severity: 'warn' },
    { text: '晒图带评价返现10元，联系客服领取。', severity: 'warn' },
    { text: '您把差评删了，我退您15元。', severity: 'warn' },
    { text: '改成好评的话送您一张无门槛优惠券。', severity: 'warn' },
    { text: '评价写满一百字再配图，下单全额返。', severity: 'warn' },
    { text: '好评截个图，下一单免费送。', severity: 'warn' },
    { text: '差评改成好评，才给您补发。', severity: 'warn' },
    { text: '刷几条好评，每条给你两块。', severity: 'warn' },
    { text: '想招一批长期晒图的买手，免费拿货写好评。', severity: 'warn' },
    { text: '给个好评送您运费险。', severity: 'warn' },
    { text: '五星好评后联系客服领取小礼品。', severity: 'warn' },
    { text: '您给个五星，下次来找我打八折。', severity: 'warn' },
    { text: '评价里写上“正品”两个字，返您三元。', severity: 'warn' },
    { text: '给好评就能参与抽奖，奖品是iPad。', severity: 'warn' },
    { text: '差评不删，您这单的退款就一直拖着。', severity: 'warn' },
    { text: '把一星改成五星，运费我们全包。', severity: 'warn' },
    // round 7: a ready-made review handed to the buyer,
    { text: '好评模板直接发您，复制粘贴就行，买家秀图我们也给您准备好了。', severity: 'warn' },
    { text: '评价我这边帮您写好了，您直接粘贴进去再点个五星就行。', severity: 'warn' },
    { text: '好评内容我这边给您拟好了，您照着发就行，图片也发您。', severity: 'warn' },
    { text: '评价文案和晒图都给您准备了，直接复制过去。', severity: 'warn' },
    // round 13 (t13c)
    { text: "麻烦把这个中评删掉，我们退您一半的钱。", severity: 'warn' },
    { text: "评价改成五星的话，我们再给您退一半货款。", severity: 'warn' },
    { text: "您删掉那条一星评价，这单给您打对折。", severity: 'warn' },
    { text: "如果您愿意删除那个差评，我们再额外赔您一罐。", severity: 'warn' },
    // round 40 (t40i): the reward withheld from a bad review makes the pay hang on five stars
    { text: '确认收货后写五星带图好评，我们在平台上给您退20元当好评返现，中差评就没有哦。', severity: 'warn' },
    { text: '给五星好评返10元红包，差评的话就不能领了。', severity: 'warn' },
    { text: '晒图好评送小样一份，中评差评不会送哦。', severity: 'warn' },
    // round 66 (eng27-66): the review act asked in one sentence and paid in the next, a review with a qualifier, a review asked for with a
    // free order, a whole refund or the goods kept as its price
    { text: "之前那个差评您能删一下吗？删了我补您五十块，再给您寄个小礼物。", severity: 'warn' },
    { text: "店铺刚开，需要一些好评，您愿意的话我们免费寄一单，您写个满意的评价就行。", severity: 'warn' },
    { text: "您给个满意的服务评价，我这边直接给您退五块运费，不用截图。", severity: 'warn' },
    { text: "差评改成好评的话，这单我们全额退您，货您留着。", severity: 'warn' },
  ],
});
