// Round 56 (rt56 F3): `stats` and `audit` refused valid ISO-8601 times — the offset's minus written as U+2212 「−」 (as
// ISO 8601 itself writes it) and the basic format 20240501T100000+0800 — as 「不是 ISO-8601 时间」, and left the lines out
// of the figures. One parser (rules/metrics/timestamp.ts) reads every event's ts and every --now.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNowOption, parseTimestamp } from '@/rules/metrics/timestamp';

const ROOT = resolve(__dirname, '../../..');
const BIN = join(ROOT, 'bin/replyguard.mjs');
const AT = Date.parse('2024-05-01T10:00:00+08:00');

describe('ISO-8601 forms of one instant (10:00 Beijing, 2024-05-01)', () => {
  it.each([
    ['extended, +08:00', '2024-05-01T10:00:00+08:00'],
    ['U+2212 minus, −04:00', '2024-04-30T22:00:00\u221204:00'],
    ['U+2212 minus, −10:00', '2024-04-30T16:00:00\u221210:00'],
    ['U+2212 minus, −0400', '2024-04-30T22:00:00\u22120400'],
    ['basic, +0800', '20240501T100000+0800'],
    ['basic, Z', '20240501T020000Z'],
    ['basic, +08', '20240501T100000+08'],
    ['basic, U+2212 minus', '20240430T220000\u22120400'],
    ['basic, with a fraction', '20240501T100000,000+0800'],
    ['basic, minutes only', '20240501T1000+0800'],
    ['basic, no offset (Beijing)', '20240501T100000'],
  ])('%s: %s', (_name, text) => {
    expect(parseTimestamp(text)).toEqual({ ok: true, value: AT });
    expect(parseNowOption(text)).toEqual({ ok: true, value: AT });
  });

  it.each([
    ['basic date with extended time (ISO 8601 does not mix them)', '20240501T10:00:00+08:00'],
    ['extended date with basic time', '2024-05-01T100000+0800'],
    ['basic offset with a colon', '20240501T100000+08:00'],
    ['a basic date alone (digits: epoch ms written as a string)', '20240501'],
    ['an en dash as the minus', '2024-04-30T22:00:00\u201304:00'],
  ])('still refused: %s', (_name, text) => {
    expect(parseTimestamp(text).ok).toBe(false);
  });

  it('a basic time out of range or a date that does not exist is named as such', () => {
    expect(parseTimestamp('20240501T250000Z')).toMatchObject({ ok: false, error: expect.stringContaining('时刻超出范围') });
    expect(parseTimestamp('20240230T100000Z')).toMatchObject({ ok: false, error: expect.stringContaining('日期不存在') });
  });
});

describe('stats and audit read them (real process)', { timeout: 300_000 }, () => {
  const stats = (ts: string) =>
    spawnSync('node', [BIN, 'stats', '--now', '2024-06-01T00:00:00Z'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${JSON.stringify({ conv: 'c', id: 'm', dir: 'in', ts })}\n`,
      timeout: 120_000,
    });

  it('a late buyer message written with U+2212 or in the basic format is counted like the extended form', () => {
    const reference = stats('2024-05-01T10:00:00+08:00');
    expect(JSON.parse(reference.stdout).days['2024-05-01']).toMatchObject({ eligible: 1, late: 1 });
    for (const ts of ['2024-04-30T22:00:00\u221204:00', '20240501T100000+0800', '20240501T020000Z']) {
      const r = stats(ts);
      expect({ ts, stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ ts, stdout: reference.stdout, stderr: '', status: 0 });
    }
  });

  it('audit reads the basic format in the events it is given, and in --now', () => {
    const r = spawnSync('node', [BIN, 'audit', '--json', '--now', '20240601T000000Z'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: `${JSON.stringify({ conv: 'c', id: 'm', dir: 'in', ts: '20240501T020000Z', text: '在吗' })}\n`,
      timeout: 120_000,
    });
    expect(r.stderr).not.toContain('ISO-8601');
    expect(r.stdout).toContain('2024-05-01');
  });
});
