// Who a phrase is aimed at: the buyer addressed directly, with the little words that join a target to
// what is said about it (你是 / 你就是个 / 你是不是 / 你这种 / 你也太; round 31: 你很 / 你超 / 你有够, Cantonese 你咁 / 你系).

import { SECOND_PERSON } from '../lexicon/conduct';
import type { LintContext } from '../context';
import { endsAsQuestion, nextSentenceStart, re } from './cue-rule';

// (round 37, t37c: 是不是 typed or spoken as a homophone — an IME's 事不是 / 是不事 / 市不是, the accent's 似不似: 你事不是有毛病)
export const LINK = '(?:事不是|是不事|市不是|似不似|怎么这么|怎么那么|咋这么|咋那么|怎么|咋|这么|那么|是不是|就是|真是|简直是|简直|纯纯的|纯属|纯|真的|真|也太|太|好|很|超级|超|有够|咁|系|怕不是|莫不是|还是|才是|就|都|是|这个|这种|那个|这|一个|个|只|头|条|像个|像)';

/** The text before a word ends with a target: test it against ctx.before(). */
export const AIMED = re`${SECOND_PERSON}${LINK}{0,3}$`;

/** A direct "you" anywhere in the sentence (not the polite 您 alone, which insults rarely use). */
export const YOU_ANY = /你|买家|这人|这种人/;

/**
 * The buyer's word echoed as a question, then denied: 白痴蘑菇？不是的亲，… / 得寸进尺的活动？不是的…. The hit opens its
 * sentence (no one is addressed before it), the sentence ends in ？ and the next one starts with a denial.
 */
export function echoedThenDenied(ctx: LintContext, start: number, end: number): boolean {
  const lead = ctx.before(start, 40, 'hard');
  if (lead.length > 6 || /你|您/.test(lead) || !endsAsQuestion(ctx, end)) return false;
  const close = nextSentenceStart(ctx, end);
  return /^(?:不是|没有|不会|并不|当然不|不不)/.test(ctx.compact.slice(close, close + 6));
}
