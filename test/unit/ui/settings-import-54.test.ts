// Round 54 (rt53 F3): the import's alert-time messages contradicted each other. The whole-file check said
// 「不在 10–3600 秒之内」 while the review said 「请填 0:10 到 5:00 之间的时间」; `[]` read 「应为秒数的列表，而文件里是列表」;
// and [180, 240, 300, 360] left out the whole ladder for one late time. Now the file check refuses only the shape
// (naming the one range), an empty list says it is empty, and the review leaves out exactly the times outside
// 0:10–5:00, by name, applying the rest.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings-schema';
import { settingsOffer, settingsShapeError } from '../../../utils/settings-transfer';
import { formatLadder, readLadder } from '../../../utils/options-validation';
import { translator, type MessageKey } from '../../../utils/i18n';

const validSelector = () => true;
const current = (): Settings => structuredClone(DEFAULT_SETTINGS);
const file = (alertLadder: unknown) => ({ version: 1, timers: { alertLadder } });
const t = translator('zh');
const say = (key: string, params: Record<string, string | number> = {}) => t(key as MessageKey, params);

describe('settings import 54: one range for alert times', () => {
  it('an empty list says it is empty, with the range', () => {
    const m = settingsShapeError(file([]));
    expect(m).toContain('提醒时间（timers.alertLadder）是空的列表：至少要有一个提醒时间（0:10–5:00，即 10–300 秒）');
    expect(m).not.toContain('而文件里是列表');
  });

  it('a step that is no whole number names the same range', () => {
    expect(settingsShapeError(file([180, '240']))).toContain('提醒时间（timers.alertLadder[1]）应为整数秒（0:10–5:00，即 10–300 秒），而文件里是文字');
    expect(settingsShapeError(file([180, 2.5]))).toContain('timers.alertLadder[1]）不是整数（2.5）：应为整数秒（0:10–5:00');
  });

  it.each([[[3600, 3601]], [[180, 5000]], [[5, 180]], [[-5, 180]], [[0]], [[600]]])('%j is not refused whole (the review names the times)', (ladder) => {
    expect(settingsShapeError(file(ladder))).toBeNull();
  });

  it('no message of the whole-file check names another range than 0:10–5:00', () => {
    for (const ladder of [[], [1.5], ['3:00'], [null], [3601], [99999999]]) {
      const m = settingsShapeError(file(ladder)) ?? '';
      expect(m).not.toMatch(/3600|1 小时/);
    }
  });
});

describe('settings import 54: the review leaves out exactly the times outside 0:10–5:00', () => {
  it('[180,240,300,360] keeps 3:00, 4:00, 5:00 and names only 6:00', () => {
    for (const mode of ['replace', 'merge'] as const) {
      const offer = settingsOffer(file([180, 240, 300, 360]), current(), validSelector, mode);
      expect(offer.rejected.map((r) => [r.what, r.value, r.problem.key])).toEqual([['ladder', '6:00', 'errLadderLate']]);
      expect(offer.next.timers.alertLadder).toEqual([180, 240, 300]);
    }
  });

  it('[180,301] applies 3:00 and names 5:01; the summary says what will be applied', () => {
    const offer = settingsOffer(file([180, 301]), current(), validSelector);
    expect(offer.rejected.map((r) => r.value)).toEqual(['5:01']);
    expect(offer.next.timers.alertLadder).toEqual([180]);
    expect(offer.any).toBe(true);
    expect(offer.ladderPartial).toEqual({ stored: [180], dropped: [301] });
    expect(say('settingsLadderPartial', { stored: formatLadder([180]), dropped: formatLadder([301]) })).toBe('提醒时间将设为 3:00；文件中的 5:01 不在 0:10–5:00 之内，不会应用');
    expect(offer.ladderAsStored).toBeUndefined();
  });

  it('times the schema would drop (past an hour, under 10 s, negative) are named too, with the same range', () => {
    const offer = settingsOffer(file([3601, 240, 5, -5, 0]), current(), validSelector);
    expect(offer.rejected.map((r) => [r.value, r.problem.key])).toEqual([
      ['60:01', 'errLadderLate'],
      ['0:05', 'errLadderRange'],
      ['-0:05', 'errLadderRange'],
      ['0:00', 'errLadderRange'],
    ]);
    expect(offer.next.timers.alertLadder).toEqual([240]);
    for (const r of offer.rejected) expect(say(r.problem.key, r.problem.params)).toContain('0:10 到 5:00');
  });

  it('none valid: the ladder is left out whole, each time named, the agent\'s kept', () => {
    const mine = { ...current(), timers: { ...DEFAULT_SETTINGS.timers, alertLadder: [150] } };
    const offer = settingsOffer(file([3600, 3601]), mine, validSelector, 'replace');
    expect(offer.rejected.map((r) => r.value)).toEqual(['60:00', '60:01']);
    expect(offer.next.timers.alertLadder).toEqual([150]);
    expect(offer.ladderPartial).toBeUndefined();
    expect(offer.any).toBe(false);
  });

  it('a repeated late time is named once', () => {
    expect(settingsOffer(file([600, 600, 180]), current(), validSelector).rejected.map((r) => r.value)).toEqual(['10:00']);
  });

  it('a file without a ladder names no time, even when the agent\'s own (older) ladder is past 5:00', () => {
    const mine = { ...current(), timers: { ...DEFAULT_SETTINGS.timers, alertLadder: [180, 600] } };
    const offer = settingsOffer({ version: 1, timers: { sound: false } }, mine, validSelector, 'replace');
    expect(offer.rejected).toEqual([]);
    expect(offer.next.timers.alertLadder).toEqual([180, 600]);
  });

  it('the options editor says the same range', () => {
    for (const text of ['0:05', '6:00']) {
      const r = readLadder(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(say(r.problem.key, r.problem.params)).toContain('0:10 到 5:00');
    }
  });
});
