// Round 54 (rt54 F9): an alert time that is a number but no whole number (120.5, 1e400) was refused with
// 「应为整数秒（0:10–5:00…），而文件里是数字」 ("should be whole seconds, but the file has a number"). Now it says what
// is wrong with the number: 「不是整数（120.5）」, 「数字太大（Infinity）」.
import { describe, expect, it } from 'vitest';
import { settingsShapeError } from '../../../utils/settings-transfer';

const file = (alertLadder: unknown) => ({ version: 1, timers: { alertLadder } });

describe('settings import 54d: alert times that are no whole number', () => {
  it.each([
    [[120.5, 180], 0, '不是整数（120.5）'],
    [[9.5, 299.5], 0, '不是整数（9.5）'],
    [[120, JSON.parse('1e400')], 1, '数字太大（Infinity）'],
    [[120, 2 ** 60], 1, `数字太大（${2 ** 60}）`],
  ])('%j: names the value and what is wrong with it', (ladder, i, said) => {
    const m = settingsShapeError(file(ladder))!;
    expect(m).toContain(`提醒时间（timers.alertLadder[${i}]）${said}：应为整数秒（0:10–5:00，即 10–300 秒）`);
    expect(m).not.toContain('而文件里是数字');
  });

  it('a string still says it is text', () => {
    expect(settingsShapeError(file([180, '240']))).toContain('应为整数秒（0:10–5:00，即 10–300 秒），而文件里是文字');
  });
});
