import type { LintContext } from '../context';

// Round 31 (t31g): the buyer's doubt about another channel asked back (加我微信不安全吗？; 私下转账会不会不安全？) and answered at once by
// keeping the talk or the trade here (确实不安全，咱们就在这聊; 是的，还是在店里拍稳妥): the doubt is met, no channel given. Shared by
// off-platform-trade (the word rule) and likely-off-platform (the second opinion). Not with an id in the question, nor with a channel,
// a turn or an ask of ours in the answer (在这聊也行，不过微信更快; 不会的，转我就行).

/** The question's tail: a doubt about safety or trust closing it. */
const CHANNEL_DOUBT = /(?:安全|靠谱|可靠|稳妥|保险|放心)(?:吗|嘛|么|吧)$|(?:会不会|是不是|难道)[^]{0,4}(?:不安全|被骗|不靠谱|有风险)(?:吗|嘛|么|呢|啊)?$/;
// (…not a way here said to fail: 在这发不了, 这里聊不方便)
const KEPT_HERE =
  /^[^]{0,12}?(?:(?:在|走)(?:平台|快手|店里|这里|这儿|这边|这)(?:上|里|内)?(?:就|也|都)?(?:聊|沟通|说|发|下单|拍|付款|交易|买)|(?:这里|这儿|对话框|聊天框|聊天窗口)(?:里|上)?(?:就|也|都)?(?:能|可以)?(?:直接)?(?:发|上传|传|说|聊|沟通))(?![^]{0,4}(?:不方便|不安全|不了|不行|麻烦|不到|不出))/;
const ANSWER_OFFER = /加|微信|vx|v信|qq|扣扣|私|号|外面|换个|别的地方|转我|转给我|但|不过|可是|[0-9a-z_]{5,}/;

/** Whether `question` (compact, the sentence up to its ？) is such a doubt and `next` (compact, what follows) keeps it here. */
export function doubtKeptHere(question: string, next: string): boolean {
  return CHANNEL_DOUBT.test(question) && !/[0-9a-z_]{5,}|号是/.test(question) && KEPT_HERE.test(next) && !ANSWER_OFFER.test(next.slice(0, 20));
}

/**
 * The hit inside such a doubt (its sentence a question closing on it), the next sentence keeping the talk or the trade here.
 * Round 31 (t31g, off-platform-trade); round 32 (t32a): shared by every 2.3 rule through cues.ts warningContext (换个软件聊安全吗？不太安全，
 * 就在这儿说吧; 微信转账保险吗？不保险，在快手上下单就好).
 */
export function doubtAnsweredHere(ctx: LintContext, start: number, end: number): boolean {
  const tail = ctx.after(end, 16, 'hard');
  const close = end + tail.length;
  if (close >= ctx.compact.length) return false;
  return doubtKeptHere(ctx.before(start, 16, 'hard') + ctx.compact.slice(start, end) + tail, ctx.compact.slice(close, close + 30));
}

// Round 32 (t32a): the other answer to such a doubt: waved off, then our ask (用微信聊不安全吗？挺安全的，加我就行; 私下转账有风险吗？没风险，
// 直接转我): the doubt asked back only to lead to the act. The question may also ask about risk (有风险吗, 会被骗吗).
const RISK_DOUBT = /(?:安全|靠谱|可靠|稳妥|保险|放心|风险|被骗|保障)(?:吗|嘛|么|吧|不|没)$/;
const WAVED = /^(?:亲|哎|嗨|害|哈哈?)?(?:放心|没事|没问题|别担心|不用担心|不用怕|别怕|不会|怎么会|哪有|哪会|(?:挺|很|特别|非常|绝对|当然|肯定|超)?(?:安全|靠谱|保险|稳妥)|没(?:有)?(?:风险|事|问题)|不存在|可以放心)/;

/**
 * Whether the hit's sentence is a question closing on a safety or risk doubt and the next sentence waves it off and then makes `ask`
 * (our act, searched in its first 24 units).
 */
export function doubtWavedThenAsked(ctx: LintContext, start: number, end: number, ask: RegExp): boolean {
  const tail = ctx.after(end, 16, 'hard');
  const close = end + tail.length;
  if (close >= ctx.compact.length || !RISK_DOUBT.test(ctx.compact.slice(start, close))) return false;
  const at = ctx.toOriginal(close - 1, close)[1];
  if (!/^[\s"'”’」』）)]*[？?]/.test(ctx.text.slice(at, at + 4))) return false;
  const next = ctx.compact.slice(close, close + 24);
  return WAVED.test(next) && ask.test(next);
}
