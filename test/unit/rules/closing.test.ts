import { describe, expect, it } from 'vitest';
import { maskClosings } from '../../../rules/closing';
import { normalize } from '../../../rules/normalize';

const masked = (draft: string) => {
  const n = normalize(draft);
  return maskClosings(n.compact.text, n.compactToFolded);
};

describe('maskClosings: the agent’s stock closing is masked for the rules, offsets kept', () => {
  it.each([
    ['包裹明天到。有问题随时找我哈', `包裹明天到${'＿'.repeat(8)}`],
    ['直播间有实拍～有问题随时联系我们哦', `直播间有实拍${'＿'.repeat(10)}`],
    ['如有疑问请联系客服，谢谢', `${'＿'.repeat(9)}谢谢`],
    ['还有什么需要跟我说', '＿'.repeat(9)],
  ])('%s', (draft, expected) => {
    expect(masked(draft)).toBe(expected);
    expect(masked(draft)).toHaveLength(normalize(draft).compact.text.length);
  });
  it.each([
    '那家店的货有问题随时找我', // run-on: 有问题 is the predicate, nothing is masked
    '有问题的话加我微信', // not a closing: an off-platform ask
    '包裹明天到，谢谢',
  ])('%s: unchanged', (draft) => {
    expect(masked(draft)).toBe(normalize(draft).compact.text);
  });
});
