// The agent's stock closing: 有问题随时找我, 如有疑问请联系客服, 还有什么需要跟我说哈. Service talk wherever it stands, so the
// rules read it masked: its 有问题 / 找我 never finish an earlier sentence's thought (进眼睛…。有问题随时找我 is no 眼睛有问题,
// 直播间有实拍～有问题随时找我 no shop said to have problems). Over the compact view (folded, no separators).
// The statistical second opinion reads the unmasked view it was trained on.

/** Filler for a masked closing: no term, cue or context word holds it. */
export const FILLER = '＿';

const CLOSING =
  /(?:如果还有|还有|如果有|如有|若有|有)(?:任何|什么|其他|其它|别的)?(?:问题|疑问|需要|需求|不清楚的|不明白的)(?:的话)?(?:都|也|就|请|您|你|亲|再)*(?:可以|能)?(?:随时|直接)?(?:找我|联系我们|联系我|联系客服|问我|咨询我们|咨询我|咨询客服|留言|跟我说|和我说|告诉我)(?:哈|哦|呀|啊|呢|哟|噢|喔|啦|就好|就行|就可以)*/g;
/** First units the closing can start with: a draft without one has no closing (most drafts, no regex run). */
const GATE = /[问疑需清明]/;

/**
 * `compact` with every stock closing replaced by filler of the same length (offsets hold); `compact` itself when it has
 * none. A closing opens its own clause: at the start or after a separator (`compactToFolded` skips one), so a run-on
 * predicate stays read (那家店的货有问题随时找我 keeps 有问题).
 */
export function maskClosings(compact: string, compactToFolded: ArrayLike<number>): string {
  if (!GATE.test(compact)) return compact;
  return compact.replace(CLOSING, (m: string, at: number) =>
    at === 0 || compactToFolded[at]! - compactToFolded[at - 1]! > 1 ? FILLER.repeat(m.length) : m,
  );
}
