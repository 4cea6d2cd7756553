// Round 47 (t47b): a draft made only of our own fix texts (the banner's 全部修正) must lint clean — no block, no warn, any clause.
// Every replacement text a rule offers is listed in rules/fix-texts.ts (the second opinion does not read them there).
import { describe, expect, it } from 'vitest';
import { lint } from '../../../rules/engine';
import { FIX_TEXTS } from '../../../rules/fix-texts';
import type { Finding } from '../../../rules/types';

const loud = (text: string): Finding[] => lint(text).filter((f) => f.severity === 'block' || f.severity === 'warn');

/** All fixes applied as the banner's 全部修正 does: from the end backwards, overlapping ones skipped. */
function fixAll(text: string): string {
  let out = text;
  let limit = Infinity;
  for (const f of lint(text).filter((x) => x.fix).sort((a, b) => b.fix!.start - a.fix!.start)) {
    if (f.fix!.end > limit) continue;
    out = out.slice(0, f.fix!.start) + f.fix!.text + out.slice(f.fix!.end);
    limit = f.fix!.start;
  }
  return out;
}

// Drafts whose findings carry a replacing fix, one or more per rule that offers one, in different wordings.
const FIXED_DRAFTS = [
  '亲，加我微信 wxid_abc12345，私下转账给我更便宜',
  '亲，加我微信聊，给您便宜点',
  // (Round 48: was 加个微信吧，我拉您进老客户群 — its group invite has no fix, so 全部修正 leaves an off-platform invite that the
  // retrained second opinion rightly warns.)
  '加个微信吧，老客户有专属优惠。',
  '有问题直接打我电话哦，私下转账给我更便宜',
  '这个价格外面聊，私我就行',
  '想要的话私聊，加我微信发您实拍',
  '尾款私下转账给我，加我微信细说',
  '爱买不买，加我微信',
  '要优惠的话私下交易，我给您打折',
];

describe('fix texts (round 47)', () => {
  it.each(FIX_TEXTS.map((t) => [t]))('%s alone lints clean', (t) => {
    expect(loud(t)).toEqual([]);
    expect(loud(`亲，${t}哦`)).toEqual([]);
  });

  it('every pair of fix texts, with the leftovers a fix leaves, lints clean', () => {
    const tails = ['', '，更便宜', '，给您便宜点', '，有问题随时说', '，我马上回复'];
    for (const a of FIX_TEXTS) for (const b of FIX_TEXTS) for (const tail of tails) {
      const draft = `亲，${a}，${b}${tail}`;
      expect(loud(draft), draft).toEqual([]);
    }
  });

  it.each(FIXED_DRAFTS.map((t) => [t]))('%s: its fixes are listed fix texts, and 全部修正 lints clean', (draft) => {
    const fixes = lint(draft).filter((f) => f.fix && f.fix.text !== '');
    for (const f of fixes) expect(FIX_TEXTS.some((t) => f.fix!.text.replace(/[，。！？,.!?\s]/g, '') === t), f.fix!.text).toBe(true);
    const fixed = fixAll(draft);
    expect(loud(fixed), fixed).toEqual([]);
  });
});
