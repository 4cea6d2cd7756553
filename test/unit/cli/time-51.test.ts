// Round 51 (rt50-ux findings 7 and 8): `stats` and `audit` say, line by line, when a ts cannot be right
// (epoch seconds, microseconds, before 2000, over a day ahead). They still count it as given — the
// DESIGN contract takes any epoch ms, and a dropped line would change the figures unseen — so the
// warning on stderr is what keeps it from being silent. Also: audit's readable report escapes what the
// log says, and a day with nothing counted is not 「待定」.
import { describe, expect, it } from 'vitest';
import { run as runAudit } from '@/cli/audit';
import { memoryIO, type CliIO } from '@/cli/io';
import { run as runStats } from '@/cli/stats';
import { suspectTime, warnSuspectNow } from '@/cli/time-check';
import '@/rules/engine'; // loaded lazily by audit; here with the file so no test's time includes it

const CLOCK = () => Date.parse('2024-05-02T00:00:00+08:00');
const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const stderrLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { line?: number; warning?: string; error?: string; count?: number });

describe('suspect times', () => {
  const latest = CLOCK() + 86_400_000;
  it.each([
    [1714528800, '像是以秒计的时间戳', '应为 2024-05-01 10:00:00'],
    [1714528800000000, '像是以微秒计的时间戳', '请除以 1000'],
    [-1, '早于 2000 年', '1970-01-01 07:59:59'],
    [0, '早于 2000 年', '1970-01-01 08:00:00'],
    [8204889600000, '比现在晚一天以上', '2230-01-02'],
  ])('ts %d: %s', (ts, why, detail) => {
    const message = suspectTime(ts, ts, latest)!;
    expect(message).toContain(why);
    expect(message).toContain(detail);
  });

  it('passes ordinary times, including one within a day ahead', () => {
    expect(suspectTime(1714528800000, 1714528800000, latest)).toBeNull();
    expect(suspectTime('2024-05-02T12:00:00+08:00', CLOCK() + 12 * 3_600_000, latest)).toBeNull();
  });

  it('calls an ISO time before 2000 old, never "seconds"', () => {
    expect(suspectTime('1970-01-21T04:00:00+08:00', 1714528800, latest)).toContain('早于 2000 年');
  });
});

describe('stats and audit warn per line and still count', { timeout: 60_000 }, () => {
  const input = jsonl(
    { conv: 'c1', id: 'm1', dir: 'in', ts: 1714528800 },
    { conv: 'c1', id: 'm2', dir: 'out', ts: 1714528900 },
    { conv: 'c2', id: 'm3', dir: 'in', ts: 1714528800000 },
    { type: 'rating', ts: -1, rating: 'satisfied' },
    { conv: 'c3', id: 'm4', dir: 'in', ts: 8204889600000 },
  );

  it('stats: {"line","warning"} on stderr for lines 1, 2, 4, 5; the output JSON keeps its shape and counts them', async () => {
    const io = memoryIO(input);
    expect(await runStats(['--now', '2024-05-02T00:00:00+08:00'], io, CLOCK)).toBe(0);
    const warned = stderrLines(io.stderr);
    expect(warned.map((w) => w.line)).toEqual([1, 2, 4, 5]);
    expect(warned[0]!.warning).toMatch(/^ts 1714528800 像是以秒计的时间戳.*本行仍按原值统计/);
    const out = JSON.parse(io.stdout);
    expect(Object.keys(out)).toEqual(['days', 'months']);
    expect(Object.keys(out.days)).toEqual(['1970-01-21', '2024-05-01', '2230-01-02']);
    expect(out.months['1970-01'].satisfied).toBe(1);
  });

  it('lists at most 20 lines one by one, then one line with the count', async () => {
    const many = jsonl(...Array.from({ length: 25 }, (_, i) => ({ conv: 'c', id: `m${i}`, dir: 'in', ts: 1714528800 + i })));
    const io = memoryIO(many);
    await runStats([], io, CLOCK);
    const warned = stderrLines(io.stderr);
    expect(warned).toHaveLength(21);
    expect(warned[20]).toMatchObject({ count: 25, warning: expect.stringContaining('另有 5 行时间可疑') });
  });

  it('audit: the same warnings, and the readable summary counts them', async () => {
    const io = memoryIO(input);
    await runAudit(['--now', '2024-05-02T00:00:00+08:00'], io, CLOCK);
    expect(stderrLines(io.stderr).map((w) => w.line)).toEqual([1, 2, 4, 5]);
    expect(io.stdout).toContain('时间可疑 4 行（仍计入，见 stderr）');
    const json = memoryIO(input);
    await runAudit(['--json', '--now', '2024-05-02T00:00:00+08:00'], json, CLOCK);
    expect(JSON.parse(json.stdout).summary.suspectTimeLines).toBe(4);
    const clean = memoryIO(jsonl({ conv: 'c', id: 'm', dir: 'in', ts: 1714528800000 }));
    await runAudit(['--json'], clean, CLOCK);
    expect(JSON.parse(clean.stdout).summary).not.toHaveProperty('suspectTimeLines'); // unchanged shape for clean logs
  });
});

// audit builds the engine on each run: seconds on a busy machine.
describe('audit readable report', { timeout: 60_000 }, () => {
  it('does not call a day with only pre-08:00 buyer messages 「待定」', async () => {
    const io = memoryIO(jsonl({ conv: 'n', id: 'b', dir: 'in', ts: '2024-05-01T02:00:00+08:00' }, { conv: 'n', id: 's', dir: 'out', ts: '2024-05-01T02:20:00+08:00', text: '您好' }));
    await runAudit(['--now', '2024-05-02T00:00:00+08:00'], io, CLOCK);
    const day = io.stdout.split('\n').find((l) => l.includes('2024-05-01'))!;
    expect(day).toContain('无计入的消息');
    expect(day).not.toContain('待定');
  });

  it('shows control characters and bidi overrides from conv, id and agent escaped', async () => {
    const log = jsonl({ conv: 'c\u001b[2J', id: 'm\r1', dir: 'out', ts: 1714528800000, text: '加我微信abc12345', agent: '\u001b[41m小王\u202e违规 0' });
    const io = memoryIO(log);
    expect(await runAudit([], io, CLOCK)).toBe(1);
    expect(io.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
    expect(io.stdout).toContain('会话 c\\x1b[2J  消息 m\\r1  \\x1b[41m小王<U+202E>违规 0');
  });
});

describe('round 51 red team F7: a suspect --now is said on stderr, and still used', () => {
  it('warns for epoch seconds and for a time before 2000, not for a plausible time', () => {
    const errs: string[] = [];
    const io = { err: (s: string) => errs.push(s) } as unknown as CliIO;
    const clock = Date.UTC(2026, 11, 5);
    warnSuspectNow(io, Math.floor(clock / 1000), clock);
    expect(errs).toHaveLength(1);
    expect(errs[0]).toContain('--now 须为毫秒');
    warnSuspectNow(io, -5, clock);
    expect(errs).toHaveLength(2);
    expect(errs[1]).toContain('2000');
    warnSuspectNow(io, clock - 3_600_000, clock);
    expect(errs).toHaveLength(2);
  });
});
