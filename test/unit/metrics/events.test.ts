// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEvent, parseEventLine } from '@/rules/metrics/events';
import { parseIsoTimestamp, parseNowOption, parseTimestamp } from '@/rules/metrics/timestamp';

const ms = (iso: string) => Date.parse(iso);

/** Errors read "中文说明 / English explanation": Chinese before the first " / ", English after. */
function expectChineseThenEnglish(error: string) {
  const cut = error.indexOf(' / ');
  expect(cut).toBeGreaterThan(0);
  expect(error.slice(0, cut)).toMatch(/[\u4e00-\u9fff]/);
  expect(error.slice(cut + 3)).toMatch(/^[\x20-\x7e]*[a-z]{3}/);
}

describe('parseTimestamp: valid', () => {
  it.each<[unknown, number]>([
    [1714521600000, 1714521600000],
    [0, 0],
    [-1, -1],
    ['2024-05-01T08:00:00+08:00', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01T08:00:00.000+08:00', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01T00:00:00Z', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01t00:00:00z', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01T09:00:00+09:00', ms('2024-05-01T00:00:00Z')],
    ['2024-04-30T19:00:00-05:00', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01T05:45:00+0545', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01T10:00:00+10', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01 08:00:00+08:00', ms('2024-05-01T00:00:00Z')],
    // No offset: Beijing time (the platform's clock), never the machine's zone.
    ['2024-05-01T08:00:00', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01 08:00', ms('2024-05-01T00:00:00Z')],
    ['2024-05-01', ms('2024-04-30T16:00:00Z')],
    // Fractions: milliseconds kept, finer digits truncated (07:59:59.9999 stays before 08:00).
    ['2024-05-01T07:59:59.9999+08:00', ms('2024-04-30T23:59:59.999Z')],
    ['2024-05-01T07:59:59,5+08:00', ms('2024-04-30T23:59:59.500Z')],
    ['2024-05-01T07:59:59.12Z', ms('2024-05-01T07:59:59.120Z')],
    ['2024-02-29T12:00:00Z', ms('2024-02-29T12:00:00Z')],
    ['  2024-05-01T00:00:00Z  ', ms('2024-05-01T00:00:00Z')],
  ])('%j', (input, expected) => {
    expect(parseTimestamp(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseTimestamp: invalid, with a Chinese-first message', () => {
  it.each<[unknown, RegExp]>([
    ['', /不是 ISO-8601/],
    ['yesterday', /不是 ISO-8601/],
    ['2024/05/01 08:00:00', /不是 ISO-8601/],
    ['2024-5-1T08:00:00Z', /不是 ISO-8601/],
    ['2024-05-01T8:00:00Z', /不是 ISO-8601/],
    ['2024-05-01T08:00:00+8', /不是 ISO-8601/],
    ['2024-05-01T08:00:00 +08:00', /不是 ISO-8601/],
    ['2024-05-01T08:00:00Z+08:00', /不是 ISO-8601/],
    ['2024-13-01T08:00:00Z', /日期不存在/],
    ['2024-00-10T08:00:00Z', /日期不存在/],
    ['2023-02-29T08:00:00Z', /日期不存在/],
    ['2024-04-31', /日期不存在/],
    ['2024-05-01T24:00:00Z', /时刻超出范围/],
    ['2024-05-01T23:60:00Z', /时刻超出范围/],
    ['2024-05-01T23:59:60Z', /时刻超出范围/],
    ['2024-05-01T08:00:00+24:00', /时区偏移超出范围/],
    ['2024-05-01T08:00:00+08:60', /时区偏移超出范围/],
    ['1714521600000', /须写成 JSON 数字/],
    [Number.NaN, /有限数字/],
    [Number.POSITIVE_INFINITY, /有限数字/],
    [9e15, /超出范围/],
    [null, /收到 null/],
    [true, /收到 boolean/],
    [{}, /收到 object/],
  ])('%j', (input, message) => {
    const result = parseTimestamp(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expectChineseThenEnglish(result.error);
    }
  });
});

describe('parseIsoTimestamp agrees with Date.parse on strings with an offset', () => {
  it('random instants in random offsets round-trip', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        fc.constantFrom('colon', 'compact', 'zulu'),
        (t, offsetMinutes, style) => {
          const offset = style === 'zulu' ? 0 : offsetMinutes;
          const wall = new Date(t + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const suffix =
            style === 'zulu' ? 'Z' : style === 'colon' ? `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}` : `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
          const text = wall + suffix;
          expect(parseIsoTimestamp(text)).toEqual({ ok: true, value: t });
          if (style !== 'compact') expect(Date.parse(text)).toBe(t);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parseNowOption', () => {
  it('reads ISO-8601 and epoch ms digits', () => {
    expect(parseNowOption('2024-05-01T12:00:00+08:00')).toEqual({ ok: true, value: ms('2024-05-01T04:00:00Z') });
    expect(parseNowOption('1714536000000')).toEqual({ ok: true, value: 1714536000000 });
  });
  it.each(['', 'now', '2024-05-01T25:00:00Z', '12:00'])('rejects %j', (text) => {
    expect(parseNowOption(text).ok).toBe(false);
  });
});

describe('parseEvent: valid', () => {
  it.each<[unknown, unknown]>([
    [{ conv: 'c1', id: 'm1', dir: 'in', ts: 1 }, { kind: 'message', message: { conv: 'c1', id: 'm1', dir: 'in', ts: 1 } }],
    [{ conv: 'c1', id: 'm2', dir: 'out', ts: '1970-01-01T08:00:00.002+08:00' }, { kind: 'message', message: { conv: 'c1', id: 'm2', dir: 'out', ts: 2 } }],
    [{ type: 'message', conv: 'c', id: 'x', dir: 'in', ts: 3, text: 'ignored' }, { kind: 'message', message: { conv: 'c', id: 'x', dir: 'in', ts: 3 } }],
    [{ conv: 123, id: 456, dir: 'in', ts: 4 }, { kind: 'message', message: { conv: '123', id: '456', dir: 'in', ts: 4 } }],
    [{ type: 'rating', ts: 5, rating: 'satisfied' }, { kind: 'rating', rating: { ts: 5, rating: 'satisfied' } }],
    [{ type: 'rating', ts: 6, rating: 'neutral', conv: 'c1' }, { kind: 'rating', rating: { ts: 6, rating: 'neutral' } }],
    [{ type: 'rating', ts: '1970-01-01T00:00:00.007Z', rating: 'disappointed' }, { kind: 'rating', rating: { ts: 7, rating: 'disappointed' } }],
  ])('%j', (input, expected) => {
    expect(parseEvent(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseEvent: invalid', () => {
  it.each<[unknown, RegExp]>([
    [null, /须为 JSON 对象.*got null/],
    [[1, 2], /须为 JSON 对象.*got array/],
    ['text', /须为 JSON 对象.*got string/],
    [{ id: 'm', dir: 'in', ts: 1 }, /缺少字段 conv/],
    [{ conv: 'c', dir: 'in', ts: 1 }, /缺少字段 id/],
    [{ conv: 'c', id: 'm', ts: 1 }, /缺少字段 dir/],
    [{ conv: 'c', id: 'm', dir: 'in' }, /缺少字段 ts/],
    [{ conv: '', id: 'm', dir: 'in', ts: 1 }, /字段 conv 为空/],
    [{ conv: 'c', id: null, dir: 'in', ts: 1 }, /字段 id 须为字符串/],
    [{ conv: 'c', id: 1.5, dir: 'in', ts: 1 }, /字段 id 须为字符串/],
    [{ conv: 'c', id: 'm', dir: 'IN', ts: 1 }, /dir 须为 "in"/],
    [{ conv: 'c', id: 'm', dir: 'buyer', ts: 1 }, /dir 须为 "in"/],
    [{ conv: 'c', id: 'm', dir: 'in', ts: 'soon' }, /ts 无效/],
    [{ conv: 'c', id: 'm', dir: 'in', ts: '2024-02-30T10:00:00Z' }, /ts 无效.*日期不存在/],
    [{ type: 'rating', ts: 1, rating: 'good' }, /rating 须为/],
    [{ type: 'rating', ts: 1, rating: '满意' }, /rating 须为/],
    [{ type: 'rating', ts: 1 }, /缺少字段 rating/],
    [{ type: 'rating', rating: 'neutral' }, /缺少字段 ts/],
    [{ type: 'note', conv: 'c', id: 'm', dir: 'in', ts: 1 }, /未知事件类型/],
  ])('%j', (input, message) => {
    const result = parseEvent(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expectChineseThenEnglish(result.error);
    }
  });

  it('parseEventLine reports bad JSON', () => {
    const result = parseEventLine('{"conv": "c1",');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^不是有效的 JSON \/ invalid JSON/);
  });
});
