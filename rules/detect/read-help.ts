import type { LintContext } from '../context';

// Help offered to someone who cannot read (老人家不识字的话，可以语音下单): not the insult of calling the buyer illiterate.
// Shared by the insult rule and rude-dismissal.
/** A supposition that someone cannot read, then help (…不识字的话，您可以帮他语音下单 / 可以让家里人念给他听). */
export const READ_HELP = /(?:如果|要是|假如|万一)?(?:老人家|老人|长辈|爸妈|父母|爷爷|奶奶|外婆|姥姥|家里人|他|她)[^，。]{0,4}(?:不识字|不认字|看不懂字)的话[^。]{0,16}(?:可以|帮|语音|念给|读给|视频|打电话|我们|客服)(?![^。]{0,8}(?:别买|别来|滚|省省))/;

/**
 * Round 36 (t36d): the goods usable even without reading (说明书是图示的，不认字也能拼; 不识字的小朋友也能照着做): a claim of the product's ease,
 * said of whoever uses it, right after the word ending at compact `end` — not the buyer measured against it (不识字都能看懂，你还问).
 */
const EVEN_UNREAD_AFTER = /^(?:的)?(?:人|小朋友|孩子|宝宝|小孩|娃|老人|长辈|朋友)?(?:也|都)(?:能|可以|会|看得懂|能看懂|看得明白|没问题|不影响|照着|跟着|玩得|拼得|用得)/;
const MEASURED_AGAINST = /(?:你|您)[^，。！？]{0,4}(?:还|怎么|居然|竟然|咋|都|却)(?:不会|看不懂|不懂|问|搞不|弄不|学不)|(?:你|您)(?:还)?(?:问|不会)(?:什么|啥)/;
export function usableUnread(ctx: LintContext, end: number): boolean {
  if (!EVEN_UNREAD_AFTER.test(ctx.after(end, 10, 'soft'))) return false;
  return !MEASURED_AGAINST.test(ctx.before(end, 40, 'hard') + ctx.after(end, 40, 'hard'));
}
