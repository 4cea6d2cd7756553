// Round 62 (eng62b): metamorphic robustness of the word rules. (1) A line break typed where a comma would go is a clause break, not a
// sentence end (rules/normalize.ts softenClauseLines): the two halves of a threat, an offer or a claim stay one sentence, a denial or
// condition keeps its scope. (2) Survival floors: a fixed seeded sample of the dev sets, rewritten by every meaning-preserving edit of
// test/support/metamorphic.ts, must keep its labels at least as often as it did when this round ended — a later change that makes the
// rules brittle again (an exact adjacency, a single word where a class belongs) fails here. Full table: npx tsx scripts/metamorphic.ts.
import { describe, expect, it } from 'vitest';
import { createLinter } from '../../../rules/engine';
import { ALL_EDITS, devLines, measureSurvival, rate, sampleLines } from '../../support/metamorphic';
import { catches, staysClean } from '../../support/lint-tables';

describe('a bare line break between two clauses reads as the comma it stands for', () => {
  // The first, the 抖音 line and the 少报 warning failed before the fix (the rest guard the same cases from the other side).
  catches([
    ['明天之前不撤差评\n后果自负', '2.5'],
    ['再这么闹下去\n后果你自己承担', '2.5'],
    ['差评不删的话\n你等着', '2.5'],
    ['再给差评\n我们就天天打你电话', '2.5'],
    ['抖音小店同款\n直接搜“阿美家”下单', '2.3'],
    ['拼多多同款便宜一半\n搜我们店名就有', '2.3'],
    ['想要便宜的话\n加我vx：xiaomei2024', '2.3'],
    ['支付宝直接转我\n便宜五十', '2.3'],
    ['保证过验\n送去鉴定也查不出来', '2.8'],
    ['这款是高仿\n做工跟正品一样', '2.8'],
    ['申报写成生活用品\n海关就不会查', '2.7'],
    ['刀分两个包裹寄\n安检查不出来', '2.7'],
    ['我们这有冰毒\n要的私聊', '2.7'],
    ['您脑子有病吧\n说了八遍了', '2.4'],
    ['我是快手官方客服\n您的账户已冻结', '2.9'],
  ]);
  staysClean([
    '如果有人说能帮您少报关税\n千万别信',
    '如果有人让您加微信\n那一定是骗子',
    '要是有人自称客服让您加微信\n那一定是骗子',
    '我们不卖高仿\n都是专柜正品',
    '平台不会让您私下转账\n请在订单页操作',
    '谨防有人冒充客服\n让您扫码退款',
    '如果收到的是假货\n我们十倍赔付',
    '不用加微信\n在这里直接说就行',
    '这款不是一比一复刻\n是品牌正品',
    '担心买到假货的话\n可以看详情页的授权书',
    '差评我们不会删\n也不会因此打扰您',
    '海关申报都按实际价值填写\n不会少报',
    '刀具按规定单独包装寄出\n快递会查验',
    '快递单号已经发您了\n明天就能到',
  ]);
});

// Floors measured at the end of round 62 on this sample (60 caught violations and 60 clean lines, small enough for a loaded CI host of the dev sets, seed
// 'metamorphic-62-test'), rounded down to half a percent. Kinds that apply to few lines of the sample (filler, de, formal) are in ALL.
/** Dev sets added after the floors below were measured (round 63 on; round 65: engfa65, eng28-65; round 66: engfa66, eng27-66; round 67: eng27-67, engfa67; round 68: eng27-68, engfa68; round 69: eng27-69, eng28-69, engfa69). */
const SETS_SINCE_ROUND_62 = ['dev-engfa63.jsonl', 'dev-eng27-64.jsonl', 'dev-engfa65.jsonl', 'dev-eng28-65.jsonl', 'dev-engfa66.jsonl', 'dev-eng27-66.jsonl', 'dev-eng27-67.jsonl', 'dev-engfa67.jsonl', 'dev-eng27-68.jsonl', 'dev-engfa68.jsonl', 'dev-eng27-69.jsonl', 'dev-eng28-69.jsonl', 'dev-engfa69.jsonl'];
const VIOLATION_FLOORS: Record<string, number> = {
  opener: 1, particle: 1, emoji: 1, before: 1, after: 1, synonym: 0.96, linebreak: 1, chatty: 1, traditional: 1,
  fullwidth: 1, spacing: 1, combo: 0.98, ALL: 0.99,
};
const CLEAN_FLOORS: Record<string, number> = {
  opener: 1, particle: 1, emoji: 1, before: 1, after: 1, synonym: 1, linebreak: 1, chatty: 1, traditional: 1,
  fullwidth: 1, spacing: 1, combo: 1, ALL: 1,
};

describe('survival of meaning-preserving edits (seeded sample of the dev sets)', () => {
  it('keeps caught violations caught and clean lines clean, per edit kind, at the floors reached in round 62', () => {
    const linter = createLinter();
    // (the sample the floors were measured on: a dev set added since round 62 would reshuffle it, so those sets are left out here)
    const lines = sampleLines(devLines(new URL('../../fixtures/', import.meta.url)).filter((l) => !SETS_SINCE_ROUND_62.some((f) => l.id.startsWith(`${f}:`))), 60, 'metamorphic-62-test');
    const s = measureSurvival(lines, (t) => linter.lint(t));
    const all = (m: Map<string, { kept: number; total: number }>) =>
      [...m.values()].reduce((a, t) => ({ kept: a.kept + t.kept, total: a.total + t.total }), { kept: 0, total: 0 });
    const got = (m: Map<string, { kept: number; total: number }>, floors: Record<string, number>) =>
      Object.fromEntries(Object.keys(floors).map((k) => [k, rate(k === 'ALL' ? all(m) : m.get(k))]));
    const below = (rates: Record<string, number>, floors: Record<string, number>) =>
      Object.entries(floors).filter(([k, floor]) => rates[k]! < floor).map(([k, floor]) => `${k} ${rates[k]!.toFixed(3)} < ${floor}`);
    // every edit kind ran on some line of the sample (a broken edit that never applies would pass every floor)
    for (const e of ALL_EDITS) expect((s.violationsByKind.get(e.kind)?.total ?? 0) + (s.cleanByKind.get(e.kind)?.total ?? 0), e.kind).toBeGreaterThan(0);
    const failures = s.failures.map((f) => `${f.kind} ${f.id} ${f.what}`);
    expect(below(got(s.violationsByKind, VIOLATION_FLOORS), VIOLATION_FLOORS), failures.join('\n')).toEqual([]);
    expect(below(got(s.cleanByKind, CLEAN_FLOORS), CLEAN_FLOORS), failures.join('\n')).toEqual([]);
  }, 60_000);
});
