// E-mail addresses in the tight view: plain, spelled (艾特/(at)/点/dot), full-width (folded already),
// spelled domains (一六三 → 163, 扣扣 → qq) and the QQ shorthand `2839471023qq.com` with no @.

import { matchesOf, type LintContext } from '../context';
import { Spans } from './cues';
import { mayHoldAddress, mayHoldLinkOrAddress, tightView } from './tight';

export interface EmailHit {
  /** Folded-view range. */
  start: number;
  end: number;
  address: string;
  domain: string;
}

const EMAIL = /(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,10}(?![a-z0-9])/g;
const QQ_MAIL_NO_AT = /(?<![a-z0-9])[1-9]\d{4,10}[#＃]?qq\.com(?![a-z0-9])/g;

export function emails(ctx: LintContext): readonly EmailHit[] {
  return ctx.memo('third-party:emails', () => {
    const found: EmailHit[] = [];
    if (!mayHoldLinkOrAddress(ctx) || !mayHoldAddress(ctx)) return found;
    const tight = tightView(ctx);
    const text = tight.text;
    // EMAIL needs an @, the shorthand 'qq.com': most drafts run neither.
    const patterns = [text.includes('@') && EMAIL, text.includes('qq.com') && QQ_MAIL_NO_AT].filter((re): re is RegExp => re !== false);
    if (!patterns.length) return found;
    const covered = new Spans(text.length);
    for (const re of patterns) {
      for (const m of matchesOf(re, text)) {
        const s = m.index;
        const e = s + m[0].length;
        if (covered.overlaps(s, s + 1) || covered.overlaps(e - 1, e)) continue; // the QQ shorthand inside a full address
        covered.add(s, e);
        const domain = m[0].includes('@') ? m[0].slice(m[0].indexOf('@') + 1) : 'qq.com';
        found.push({ start: tight.start[s]!, end: tight.end[e - 1]!, address: m[0], domain });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  });
}

/** The first address starting within `reach` folded units at or after `pos`. */
export function emailFrom(ctx: LintContext, pos: number, reach: number): EmailHit | undefined {
  const all = emails(ctx);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  const hit = all[lo];
  return hit && hit.start - pos <= reach ? hit : undefined;
}
