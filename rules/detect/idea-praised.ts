// Round 39 (lead): the buyer's idea praised in earnest (您真是个天才，这个凑单方法太厉害了; 你真是天才，这个收纳思路太妙了): a method, idea
// or trick admired, with no sarcasm marker anywhere in the sentence (都能, 居然, 连, 才发现, 问出, 服了…). The ironic-genius cues in insult
// and the model's 2.4 reading take a genius title as a sneer; this is when it is not. Shared by insult and likely-insult.

/** Compact sentence: a method or idea admired, with no sarcasm marker anywhere in it. */
export const IDEA_PRAISED =
  /^(?![^]*(?:都能|都会|还能|居然|竟然|才发现|才知道|问出|这都|这也|连|服了|无语|呵呵|下次))[^]*(?:方法|办法|主意|点子|思路|凑单|技巧|攻略|算法)[^]{0,6}?(?:太厉害|厉害|绝了|太妙|妙|学到了|太棒|真棒|好用|真省)/;

export function ideaPraised(s: string): boolean {
  return IDEA_PRAISED.test(s);
}
