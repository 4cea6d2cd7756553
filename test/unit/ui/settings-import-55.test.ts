// Round 55 (rt54 F9): three points on alert times.
// 1. With every time in range the import's review said only 「提醒时间与通知：1 项改变」; it now always says what will be stored.
// 2. A time past an hour (1e12 s) read 「16666666666:40」; it now reads 「超过 1 小时（1000000000000 秒）」.
// 3. The page's own field refused 「3:00, 5:01, 6:00」 whole, naming 5:01 only, while the import applied 3:00 and named
//    both. Both now go by one rule (splitLadder): the times in range are stored, every other named.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-schema';
import { settingsOffer } from '../../../utils/settings-transfer';
import { formatLadder, ladderText, readLadder, splitLadder } from '../../../utils/options-validation';
import { translator, type MessageKey } from '../../../utils/i18n';

const validSelector = () => true;
const current = (): Settings => structuredClone(DEFAULT_SETTINGS);
const file = (alertLadder: unknown) => ({ version: 1, timers: { alertLadder } });
const zh = translator('zh');
const en = translator('en');
const say = (key: string, params: Record<string, string | number> = {}) => zh(key as MessageKey, params);

describe('settings import 55: the review always lists the alert times it stores', () => {
  it.each([
    [[10, 300], '0:10, 5:00'],
    [[120, 180], '2:00, 3:00'],
    [[60, 120, 240], '1:00, 2:00, 4:00'],
  ])('%j in range, in order: 「提醒时间将设为 %s」', (ladder, said) => {
    for (const mode of ['merge', 'replace'] as const) {
      const offer = settingsOffer(file(ladder), current(), validSelector, mode);
      expect(offer.next.timers.alertLadder).toEqual(ladder);
      expect(offer.ladderSet).toEqual(ladder);
      expect(say('settingsLadderSet', { stored: formatLadder(offer.ladderSet!) })).toBe(`提醒时间将设为 ${said}`);
    }
  });

  it('the same ladder as the agent\'s: no line; sorted or partial: the one line that already says it, not two', () => {
    expect(settingsOffer(file(DEFAULT_SETTINGS.timers.alertLadder), current(), validSelector, 'replace').ladderSet).toBeUndefined();
    const sorted = settingsOffer(file([240, 60, 120]), current(), validSelector, 'replace');
    expect(sorted.ladderAsStored?.stored).toEqual([60, 120, 240]);
    expect(sorted.ladderSet).toBeUndefined();
    const partial = settingsOffer(file([180, 360]), current(), validSelector, 'replace');
    expect(partial.ladderPartial).toEqual({ stored: [180], dropped: [360] });
    expect(partial.ladderSet).toBeUndefined();
  });

  it('merge keeps the agent\'s own ladder: no line', () => {
    const mine = { ...current(), timers: { ...DEFAULT_SETTINGS.timers, alertLadder: [30, 90] } };
    expect(settingsOffer(file([120, 180]), mine, validSelector, 'merge').ladderSet).toBeUndefined();
  });
});

describe('settings import 55: a time past an hour is readable and short', () => {
  it.each([
    [[1e12], '超过 1 小时（1000000000000 秒）', 'over 1 hour (1000000000000 s)'],
    [[6000], '超过 1 小时（6000 秒）', 'over 1 hour (6000 s)'],
    [[5999], '99:59', '99:59'],
    [[3601], '60:01', '60:01'],
    [[-5], '-0:05', '-0:05'],
    [[-7200], '-7200 秒', '-7200 s'],
    [[Number.MAX_SAFE_INTEGER, 360], `超过 1 小时（${Number.MAX_SAFE_INTEGER} 秒）, 6:00`, `over 1 hour (${Number.MAX_SAFE_INTEGER} s), 6:00`],
  ])('%j → %s', (seconds, zhText, enText) => {
    expect(ladderText(seconds, zh)).toBe(zhText);
    expect(ladderText(seconds, en)).toBe(enText);
    expect(ladderText(seconds, zh).length).toBeLessThan(60);
  });

  it('the review line and the left-out item of [1e12, 120] say it in seconds', () => {
    const offer = settingsOffer(file([1e12, 120]), current(), validSelector, 'replace');
    expect(offer.next.timers.alertLadder).toEqual([120]);
    expect(offer.ladderPartial).toEqual({ stored: [120], dropped: [1e12] });
    const [item] = offer.rejected;
    expect(item).toMatchObject({ what: 'ladder', seconds: 1e12 });
    const line = say(item!.problem.key, item!.problem.params);
    expect(line).toBe('“超过 1 小时（1000000000000 秒）”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间');
    expect(line).not.toContain('16666666666');
    const neg = settingsOffer(file([-7200, 120]), current(), validSelector, 'replace').rejected[0]!;
    expect(say(neg.problem.key, neg.problem.params)).toBe('“-7200 秒”超出范围，须在 0:10 到 5:00 之间');
  });
});

describe('settings import 55: the page\'s field and the import, one rule for one list', () => {
  // Each row: what the agent types, the same list as a file, what both store, what both name as left out.
  it.each([
    ['3:00, 5:01, 6:00', [180, 301, 360], [180], [301, 360]],
    ['0:05, 2:00, 5:00, 8:00', [5, 120, 300, 480], [120, 300], [5, 480]],
    ['4:00, 1:00, 2:00, 2:00', [240, 60, 120, 120], [60, 120, 240], []],
    ['6:00, 3:00, 6:00', [360, 180, 360], [180], [360]],
  ])('%j', (text, seconds, stored, dropped) => {
    expect(splitLadder(seconds)).toEqual({ stored, dropped });
    expect(readLadder(text)).toEqual({ ok: true, value: stored, dropped });
    const offer = settingsOffer(file(seconds), current(), validSelector, 'replace');
    expect(offer.next.timers.alertLadder).toEqual(stored);
    expect(offer.rejected.map((r) => r.seconds)).toEqual(dropped);
    if (dropped.length) {
      // One wording for the left-out times: the field's line and the import's review line name the same list.
      const names = formatLadder(dropped);
      expect(say('ladderPartialSaved', { stored: formatLadder(stored), dropped: names })).toBe(`已保存 ${formatLadder(stored)}；${names} 不在 0:10–5:00 之内，没有保存`);
      expect(say('settingsLadderPartial', { stored: formatLadder(stored), dropped: names })).toContain(`文件中的 ${names} 不在 0:10–5:00 之内`);
    }
  });

  it.each([
    ['5:01, 6:00', '5:01, 6:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存'],
    ['0:05, 9:00', '0:05, 9:00 都不在 0:10–5:00 之内（5:00 是回复期限，之后提醒已来不及），没有保存'],
    ['6:00', '“6:00”晚于 5 分钟回复期限，那时提醒已来不及；请填 0:10 到 5:00 之间的时间'],
    ['3:00, abc, 3:75, abc', '“abc”、“3:75”格式不对，请写成 分:秒，例如 3:00'],
  ])('none in range or not times: %j is refused, every bad time named', (text, said) => {
    const r = readLadder(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say(r.problem.key, r.problem.params)).toBe(said);
  });
});
