// Round 47 (t47b): the replacement texts our own fixes write into a draft (contact-wechat, contact-pointer, off-platform-trade,
// rude-dismissal). They steer the talk and the payment back onto the platform, so they are compliant by construction; but their
// words (直接沟通, 付款, 留言) lean to 2.3 for the statistical second opinion, and a draft made of our own fixes ("全部修正") could be
// warned again (亲，在这里直接沟通，在平台下单付款，更便宜). The model does not read them (likely-rule.ts unreadUnits), as it does
// not read quotes or order codes. test/unit/rules/fix-texts.test.ts checks that every fix a rule offers is listed here and that
// drafts made of them lint clean.
export const FIX_TEXTS: readonly string[] = [
  '在这里直接沟通',
  // (engine.ts tidyReplacement: 直接沟通 cut to 直接 before the draft's own talk verb — 在这里直接发您实拍)
  '在这里直接',
  '在平台下单付款',
  '在平台付款',
  '在平台下单',
  '在这里给我留言',
  '在这里留言',
  '在这里聊',
  '在这里说',
  '在这里沟通',
  '您可以再考虑一下',
];

// Longest first, so 在平台下单付款 is taken whole before 在平台下单.
const FIX_TEXT_RE = new RegExp([...FIX_TEXTS].sort((a, b) => b.length - a.length).join('|'), 'g');

/** The compact units of the fix texts in `compact`, added to `mask` (made when first needed). */
export function fixTextUnits(compact: string, mask: Uint8Array | undefined): Uint8Array | undefined {
  if (!compact.includes('在') && !compact.includes('您可以')) return mask;
  for (const m of compact.matchAll(FIX_TEXT_RE)) (mask ??= new Uint8Array(compact.length)).fill(1, m.index!, m.index! + m[0].length);
  return mask;
}
