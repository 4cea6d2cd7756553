// @vitest-environment node
// `replyguard stats` in-process: output contract, malformed lines, --now, and the whole pipeline
// (JSONL text with mixed time formats → stdout) against the naive reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';
import { run } from '@/cli/stats';
import { naiveStats } from '../../support/naive-stats';
import { formatTs, traceArbitrary, TS_STYLES } from '../../support/trace-arbitrary';

const jsonl = (...events: unknown[]) => events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';

async function stats(input: string, args: string[] = ['--now', '2024-05-01T12:00:00+08:00']) {
  const io = memoryIO(input);
  const code = await run(args, io, () => Date.parse('2030-01-01T00:00:00Z'));
  // On exit 0 stderr holds only {"line", "error"} records, one per line (each must parse); on exit 2 the records of the malformed lines come
  // first and a sentence follows (every line malformed: 「没有一行可以读取」), or a bad argument's sentence stands alone (no records).
  const lines = io.stderr === '' ? [] : io.stderr.trimEnd().split('\n');
  const records = code === 0 ? lines : lines.filter((line) => line.startsWith('{"line":'));
  const errors = records.map((line) => JSON.parse(line) as { line: number; error: string });
  return { code, stdout: io.stdout, stderr: io.stderr, errors };
}

describe('stats CLI output', () => {
  it('prints exactly one JSON object with days and months, keys sorted', async () => {
    const { code, stdout, stderr } = await stats(
      jsonl(
        { conv: 'c1', id: 'm1', dir: 'in', ts: '2024-05-01T10:00:00+08:00' },
        { conv: 'c1', id: 'm2', dir: 'out', ts: '2024-05-01T10:05:00+08:00' },
        { conv: 'c2', id: 'm1', dir: 'in', ts: '2024-04-30T10:00:00+08:00' },
        { type: 'rating', ts: '2024-05-01T10:06:00+08:00', rating: 'satisfied' },
        { type: 'rating', ts: '2024-04-30T15:59:59.999Z', rating: 'disappointed' },
        { conv: 'c3', id: 'm1', dir: 'in', ts: '2024-05-01T11:58:00+08:00' },
      ),
    );
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(result).toEqual({
      days: {
        '2024-04-30': { eligible: 1, onTime: 0, late: 1, pending: 0, rate: 0, compliant: false },
        '2024-05-01': { eligible: 2, onTime: 1, late: 0, pending: 1, rate: 1, compliant: true },
      },
      months: {
        '2024-04': { satisfied: 0, neutral: 0, disappointed: 1, rate: 0, compliant: false },
        '2024-05': { satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true },
      },
    });
    expect(Object.keys(result)).toEqual(['days', 'months']);
    expect(Object.keys(result.days)).toEqual(['2024-04-30', '2024-05-01']);
  });

  it('empty input gives empty days and months', async () => {
    expect((await stats('')).stdout).toBe('{"days":{},"months":{}}\n');
  });

  it('rate and compliant are null when nothing is decided', async () => {
    const { stdout } = await stats(jsonl({ conv: 'c', id: 'm', dir: 'in', ts: '2024-05-01T11:58:00+08:00' }));
    expect(JSON.parse(stdout).days['2024-05-01']).toEqual({ eligible: 1, onTime: 0, late: 0, pending: 1, rate: null, compliant: null });
  });
});

describe('stats CLI malformed lines', () => {
  it('reports each bad line on stderr with its 1-based number and counts the rest', async () => {
    const good = { conv: 'c1', id: 'm1', dir: 'in', ts: '2024-05-01T10:00:00+08:00' };
    const input = jsonl(
      good, // 1
      'not json', // 2
      { conv: 'c1', dir: 'in', ts: 1 }, // 3 missing id
      '', // 4 blank: skipped silently
      { conv: 'c1', id: 'm2', dir: 'sideways', ts: 1 }, // 5 unknown dir
      { conv: 'c1', id: 'm3', dir: 'in', ts: '2024-02-30T10:00:00Z' }, // 6 bad ts
      { type: 'rating', ts: 1, rating: 'great' }, // 7 unknown rating
      '[1,2]', // 8 not an object
      { conv: 'c1', id: 'm4', dir: 'out', ts: '2024-05-01T10:04:00+08:00' }, // 9
      '{"conv": "c1", "id": "m5", "dir": "in", "ts": 1', // 10 truncated
      { type: 'rating', ts: '2024-05-01T10:05:00+08:00', rating: 'neutral' }, // 11
    );
    const { code, stdout, errors } = await stats(input);
    expect(code).toBe(0);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 5, 6, 7, 8, 10]);
    for (const e of errors) {
      expect(Object.keys(e)).toEqual(['line', 'error']);
      expect(e.error).toMatch(/^[^/]*[\u4e00-\u9fff][^/]* \/ /); // Chinese, then English
    }
    expect(errors[1]!.error).toMatch(/缺少字段 id/);
    expect(errors[2]!.error).toMatch(/dir/);
    expect(errors[4]!.error).toMatch(/rating/);
    expect(JSON.parse(stdout)).toEqual({
      days: { '2024-05-01': { eligible: 1, onTime: 1, late: 0, pending: 0, rate: 1, compliant: true } },
      months: { '2024-05': { satisfied: 0, neutral: 1, disappointed: 0, rate: 0, compliant: false } },
    });
  });

  it('tolerates a byte-order mark and CRLF line ends', async () => {
    const input = '\uFEFF' + JSON.stringify({ conv: 'c', id: 'm', dir: 'in', ts: '2024-05-01T10:00:00+08:00' }) + '\r\n' + JSON.stringify({ conv: 'c', id: 'r', dir: 'out', ts: '2024-05-01T10:01:00+08:00' }) + '\r\n';
    const { stdout, stderr } = await stats(input);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).days['2024-05-01'].onTime).toBe(1);
  });
});

describe('stats CLI --now', () => {
  const input = jsonl({ conv: 'c', id: 'm', dir: 'in', ts: '2024-05-01T10:00:00+08:00' });
  const statusAt = async (args: string[]) => JSON.parse((await stats(input, args)).stdout).days['2024-05-01'];

  it.each<[string[], 'pending' | 'late']>([
    [['--now', '2024-05-01T10:05:00+08:00'], 'pending'], // exactly the deadline
    [['--now', '2024-05-01T10:05:00.001+08:00'], 'late'],
    [['--now=2024-05-01T02:05:00.001Z'], 'late'],
    [['--now', '2024-05-01T10:05:00'], 'pending'], // no offset: Beijing
    [['--now', String(Date.parse('2024-05-01T02:05:00Z'))], 'pending'], // epoch ms
    [['--now', String(Date.parse('2024-05-01T02:05:00.001Z'))], 'late'],
  ])('%j → %s', async (args, expected) => {
    expect((await statusAt(args))[expected]).toBe(1);
  });

  it('defaults to the current time', async () => {
    expect((await statusAt([])).late).toBe(1); // the injected clock says 2030
  });

  it.each([['--now', 'tomorrow'], ['--now', '2024-05-01T25:00:00Z'], ['--now'], ['--now='], ['--bogus'], ['extra']])(
    'bad arguments %j: clear error, exit 2, nothing on stdout',
    async (...args) => {
      const { code, stdout, stderr } = await stats(input, args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/[\u4e00-\u9fff].* \/ /);
    },
  );

  it('--help explains itself in Chinese and English', async () => {
    const { code, stdout } = await stats('', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/用法 \/ usage: replyguard stats/);
    expect(stdout).toMatch(/08:00–24:00/);
    expect(stdout).toMatch(/北京时间/);
  });

  it('is reachable through the CLI entry', async () => {
    const io = memoryIO(input);
    expect(await main(['stats', '--now', '2024-05-01T12:00:00+08:00'], io)).toBe(0);
    expect(JSON.parse(io.stdout).days['2024-05-01'].late).toBe(1);
  });
});

describe('stats CLI = naive reference on random JSONL (mixed offsets, repeats, edges, junk lines)', () => {
  // The property's shrunk counterexample of round 59 (fresh clone fc91): an empty trace with one junk line. Its record was dropped by the
  // test's stderr reading on exit 2, not by the CLI.
  it('a lone junk line: exit 2, the empty figures, its record', async () => {
    const { code, stdout, errors } = await stats('{"conv":"c1","id":"junk","dir":"in"}\n', ['--now', '1706630700000']);
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({ days: {}, months: {} });
    expect(errors.map((e) => e.line)).toEqual([1]);
  });

  it('matches', async () => {
    await fc.assert(
      fc.asyncProperty(
        traceArbitrary,
        fc.array(fc.constantFrom(...TS_STYLES), { minLength: 64, maxLength: 64 }),
        fc.array(fc.nat({ max: 40 }), { maxLength: 3 }),
        async (trace, styles, junkAt) => {
          const lines: string[] = [];
          let i = 0;
          for (const m of trace.messages) lines.push(JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: formatTs(m.ts, styles[i++ % styles.length]!) }));
          for (const r of trace.ratings) lines.push(JSON.stringify({ type: 'rating', ts: formatTs(r.ts, styles[i++ % styles.length]!), rating: r.rating }));
          const junkLines = new Set<number>();
          for (const at of junkAt) {
            const index = Math.min(at, lines.length);
            lines.splice(index, 0, '{"conv":"c1","id":"junk","dir":"in"}');
          }
          lines.forEach((line, index) => line.includes('"junk"') && junkLines.add(index + 1));
          const { code, stdout, errors } = await stats(lines.join('\n') + '\n', ['--now', String(trace.now)]);
          // Every line junk (an empty trace with junk inserted): nothing could be read, status 2 with the empty figures (round 57, ux57).
          expect(code).toBe(junkLines.size > 0 && junkLines.size === lines.length ? 2 : 0);
          expect(JSON.parse(stdout)).toEqual(naiveStats(trace.messages, trace.ratings, trace.now));
          expect(errors.map((e) => e.line)).toEqual([...junkLines]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
