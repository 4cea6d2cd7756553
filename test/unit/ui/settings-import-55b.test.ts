// Round 55 (rt55 F11): the frequency counts of an imported file said 「应为 2–100 的整数，而文件里是数字」 for 2.5, 1e12, 0
// and -5 alike; now the value and what is wrong with it are named, as an alert time's are. And a file lacking fields
// is told apart from one whose fields equal this machine's (absentSections names what it lacks).
import { describe, expect, it } from 'vitest';
import { absentSections, settingsShapeError } from '../../../utils/settings-transfer';

const file = (frequency: unknown) => ({ version: 1, timers: { frequency } });

describe('settings import 55b: frequency counts named with their value', () => {
  it.each([
    [{ maxMessages: 2.5 }, '频繁联系提醒（timers.frequency.maxMessages）不是整数（2.5）：应为 2–100 的整数'],
    [{ maxMessages: 1e12 }, '频繁联系提醒（timers.frequency.maxMessages）太大（1000000000000）：应为 2–100 的整数'],
    [{ maxMessages: 1 }, '频繁联系提醒（timers.frequency.maxMessages）太小（1）：应为 2–100 的整数'],
    [{ windowMinutes: 0 }, '频繁联系提醒（timers.frequency.windowMinutes）太小（0）：应为 1–240 的整数'],
    [{ windowMinutes: -5 }, '频繁联系提醒（timers.frequency.windowMinutes）太小（-5）：应为 1–240 的整数'],
    [{ windowMinutes: 241 }, '频繁联系提醒（timers.frequency.windowMinutes）太大（241）：应为 1–240 的整数'],
  ])('%j', (frequency, said) => {
    const m = settingsShapeError(file(frequency))!;
    expect(m).toContain(said);
    expect(m).not.toContain('而文件里是数字');
  });

  it('a value of another kind still names its kind; counts in range pass', () => {
    expect(settingsShapeError(file({ maxMessages: '5' }))).toContain('应为 2–100 的整数，而文件里是文字');
    expect(settingsShapeError(file({ maxMessages: 2, windowMinutes: 240 }))).toBeNull();
  });
});

describe('settings import 55b: what a file leaves out', () => {
  it('timers {} lacks every timer field; a full file lacks nothing', () => {
    expect(absentSections({ version: 1, timers: {} }).zh).toEqual(['语言', '保留天数', '禁用词', '放行词', '规则级别', '提醒时间', '通知', '提示音', '频繁联系提醒', '其他聊天工具（网站）']);
    const full = {
      version: 1, language: 'auto', retentionDays: 90, guard: { deny: [], allow: [], ruleSeverity: {} },
      timers: { alertLadder: [180], notifications: true, sound: true, frequency: { maxMessages: 5, windowMinutes: 10 } }, sites: [],
    };
    expect(absentSections(full)).toEqual({ zh: [], en: [] });
    const { frequency: _f, ...noFrequency } = full.timers;
    expect(absentSections({ ...full, timers: noFrequency })).toEqual({ zh: ['频繁联系提醒'], en: ['frequent-contact warning'] });
  });
});
