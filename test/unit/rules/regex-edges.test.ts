import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingEdge, mayMatch, trailingEdge } from '../../../rules/detect/regex-edges';

const first = (s: string) => (s.length ? s.charCodeAt(0) : -1);
const last = (s: string) => (s.length ? s.charCodeAt(s.length - 1) : -1);

describe('regex edges', () => {
  it('reads the units an anchored pattern can start or end with', () => {
    const lead = leadingEdge(/^(?:的|嘅)?(?:平台|官方)+客服/)!;
    expect(lead.empty).toBe(false);
    for (const ok of ['的平台客服', '嘅官方客服', '平台客服']) expect(mayMatch(lead, first(ok))).toBe(true);
    expect(mayMatch(lead, first('我们'))).toBe(false);
    expect(mayMatch(lead, -1)).toBe(false);
    const trail = trailingEdge(/(?:我|我们)(?:是|就是)?$/)!;
    expect(mayMatch(trail, last('我们是'))).toBe(true);
    expect(mayMatch(trail, last('我们'))).toBe(true);
    expect(mayMatch(trail, last('我们说'))).toBe(false);
  });

  it('knows classes, escapes, quantifiers and empty matches', () => {
    expect(mayMatch(leadingEdge(/^[a-z0-9]{2,}/), first('q1'))).toBe(true);
    expect(mayMatch(leadingEdge(/^[a-z0-9]{2,}/), first('Q1'))).toBe(false);
    expect(mayMatch(leadingEdge(/^\s*[：:]/), first('：'))).toBe(true);
    expect(mayMatch(leadingEdge(/^\s*[：:]/), first(' '))).toBe(true);
    expect(mayMatch(leadingEdge(/^\s*[：:]/), first('a'))).toBe(false);
    expect(mayMatch(leadingEdge(/^\u4e00/), first('一'))).toBe(true);
    // Nullable patterns may match anything, the empty string included.
    expect(mayMatch(leadingEdge(/^(?:这边)?/), -1)).toBe(true);
    expect(mayMatch(leadingEdge(/^(?:这边)?/), first('x'))).toBe(true);
    // Every alternative must be anchored.
    expect(leadingEdge(/^a|b/)).toBeUndefined();
    expect(trailingEdge(/a$|b$/)).toBeDefined();
    // Lookarounds, negated classes and '.' count as any unit; unknown flags give no edge.
    expect(mayMatch(leadingEdge(/^(?!x)./), first('x'))).toBe(true);
    expect(mayMatch(leadingEdge(/^[^a]/), first('b'))).toBe(true);
    expect(leadingEdge(/^a/i)).toBeUndefined();
    expect(leadingEdge(/^(a)\1/)).toBeUndefined();
    // Astral characters in unicode mode: the first unit is the high surrogate, the last the low one.
    expect(mayMatch(leadingEdge(/^[🐴🐎]/u), first('🐴'))).toBe(true);
    expect(mayMatch(trailingEdge(/🐴$/u), last('🐴'))).toBe(true);
    expect(mayMatch(trailingEdge(/🐴$/u), last('马'))).toBe(false);
  });

  it('never rules out a string the pattern matches (property)', () => {
    const patterns = [
      /^(?:的|嘅)?(?:平台|官方){0,3}(?:客服|小二)/,
      /^(?:这边|那边)?(?:的)?(?:[0-9a-z]{1,5}号)?为(?:您|你)服务/,
      /^[\s:=+\-–—(（【\[「“"'<《\p{Extended_Pictographic}\u2600-\u27bf]*(?:号|id)/u,
      /(?:我|本人)[^，。]{0,4}$/,
      /(?<!品牌|店铺)(?:快手|平台)(?:官方)*(?:的)?$/,
      /(?:天天|[0-9一二三]+个?(?:小时|分钟))$/,
      /^(?:x|y)*z?/,
      /^\d+(?:\.\d+)?(?:元|块)/,
    ];
    const alphabet = fc.constantFrom(...'的嘅平台官方客服小二这边那边为您你服务号id我本人，。品牌店铺快手天天0123一二三个小时分钟xyz.元块 :：🐴'.split(''));
    for (const re of patterns) {
      const lead = re.source.startsWith('^') ? leadingEdge(re) : undefined;
      const trail = re.source.endsWith('$') ? trailingEdge(re) : undefined;
      expect(lead ?? trail).toBeDefined();
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 12 }), (chars) => {
          const s = chars.join('');
          if (!re.test(s)) return true;
          return lead ? mayMatch(lead, first(s)) : mayMatch(trail, last(s));
        }),
        { numRuns: 3000 },
      );
    }
  });
});
