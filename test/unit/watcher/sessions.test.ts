// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseTimeoutText } from '@/content/watcher/sessions';

describe('parseTimeoutText (the platform’s own countdown on a session card)', () => {
  it.each<[string, ReturnType<typeof parseTimeoutText>]>([
    ['2分30秒后超时', { state: 'countdown', remainingMs: 150_000 }],
    ['45秒后超时', { state: 'countdown', remainingMs: 45_000 }],
    ['1分钟后超时', { state: 'countdown', remainingMs: 60_000 }],
    ['0分0秒后超时', { state: 'countdown', remainingMs: 0 }],
    [' 2 分 5 秒后超时 ', { state: 'countdown', remainingMs: 125_000 }],
    ['已超时', { state: 'overdue' }],
    ['', { state: 'none' }],
    ['10:32', { state: 'none' }],
    ['后超时', { state: 'none' }],
  ])('%j', (text, expected) => {
    expect(parseTimeoutText(text)).toEqual(expected);
  });
});
