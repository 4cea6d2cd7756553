import type { LintContext } from '../context';

// Round 45 (t45k): look-alike copies warned of — said to exist out there, with how they differ — and then, in the same sentence or the
// next ones, the buyer taught how to tell ours (教您两个辨别办法, 机身序列号APP里查得到, 批号发我帮您查, 包装上有没有注册证编号): a
// warning with a way to check, no sale (2.8). Shared by counterfeit-terms (仿冒, 冒牌…) and counterfeit-implied (假logo, 假标…). Not when
// the shop offers, stocks or joins the copies anywhere near (我们也有, 要的话私聊, 跟正品一样, 有货).

/** A way to check taught: a word of telling apart, or a proof of ours the buyer can look up. */
const CHECK_TAUGHT = /辨别|分辨|区分|鉴别|认准|对照|对一下|核对|比对|查得到|能查到|查不到|帮您查|查一下|查是不是|序列号|批号|激光码|防伪码|溯源码|注册证|验真/;
/** The shop joining the copies: an offer, a wink, stock, a likeness to the genuine, 我们也有/也卖/也是, or the shop able to make them (我们能做, 帮您编好). */
const COPIES_JOINED = /私聊|私我|懂的|你懂|您懂|要的话|需要的话|有货|现货|(?:跟|和|与)(?:正品|真的|原装|专柜)[^，。！？]{0,4}(?:一样|没区别|差不多)|(?:我们|本店|我家|咱家|店里)(?:这边|这里|家|店)?(?:也|同样|还)(?:有|卖|是|做|出|能做|可以做)|(?:我们|本店|我家|咱家|店里)(?:这边|这里)?(?:都|也)?(?:能|可以|会)(?:帮您|给您)?(?:做|印|配|贴|弄|编|出|搞)|(?:帮|给)(?:您|你)(?:编|印|贴|配|做|弄)(?:好|上|个|一)/;

/** Whether the reply teaches a check within 160 compact units after the hit [start, end), and nothing near joins the copies. */
export function checkTaughtAfter(ctx: LintContext, start: number, end: number): boolean {
  const rest = ctx.compact.slice(end, end + 160);
  return CHECK_TAUGHT.test(rest) && !COPIES_JOINED.test(ctx.before(start, 40, 'hard') + ctx.compact.slice(start, end) + rest);
}
