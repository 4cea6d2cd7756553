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
