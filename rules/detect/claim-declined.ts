// Round 40 (t40j), moved here in round 45 (t45f): the buyer's claim about another shop said back (您说隔壁那家全是假货？) and answered by
// declining to judge it (这个我们不好评价; 我们不清楚): the smear is the buyer's, not endorsed — not when the answer vouches for it (说实话，
// 确实是). Round 45 (t45f): …also the buyer's own hearsay asked back (您听同行说那家店的货是翻新的？; 您是听朋友说…吗？; 你是在小红书上看到说…吗？),
// the decline with 真的/确实/实在 before it (这个我们真的不清楚). The model weighs the rival named beside a harm like a smear (2.7) or a sneer
// (2.4): shared by likely-insult and likely-illegal-or-defamation; defame-merchant reads the same answer.

/** The sentence opens on the buyer's words or hearsay (compact view). */
export const BUYER_CLAIM = /^(?:亲)?(?:您|你)(?:刚才|刚刚|之前|也|是)?(?:说|讲|提到|听说|问|反映|听[^，。！？]{1,6}?(?:说|讲)|在[^，。！？]{1,8}?(?:看到|听到|刷到)|看到(?:有人|网上))/;
/** The answer that opens the next sentence declines to judge. */
export const DECLINED_ANSWER = /^(?:亲)?(?:这个|这|那个|这点|这事|这件事|关于这个|关于这点)?(?:我们|我|咱们|本店|这边|我们这边)?(?:真的|确实|也|实在)?(?:不好|不方便|没法|无法|不便|不能|没办法|不敢)(?:随便)?(?:评价|评论|判断|下结论|乱说|说什么|确认|回应|表态)|^(?:亲)?(?:抱歉|不好意思)?(?:这个|这)?(?:别家的?(?:情况|事)?)?(?:我们|我|这边)?(?:真的|确实|实在|也)?(?:不清楚|不了解|不太清楚|不太了解|不做评价|不予评价|不评价|不好评价)/;
/** …unless it vouches for the claim after all. */
export const ANSWER_VOUCHES = /确实是|确实(?!不)|没错|是真的|说实话|实话说|说真的|的确|就是这样|但|不过|可是|听说|据说/;
/** `s` the sentence, `next` the compact text after it: the buyer's claim asked back and declined. */
export const claimDeclined = (s: string, next: string): boolean =>
  BUYER_CLAIM.test(s) && DECLINED_ANSWER.test(next) && !ANSWER_VOUCHES.test(next.slice(0, 30));
