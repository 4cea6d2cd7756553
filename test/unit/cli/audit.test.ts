// @vitest-environment node
// `replyguard audit` in-process: violations by clause and agent, reply figures equal to `stats`,
// repeats inspected once, malformed lines reported and skipped, arguments validated.
import { describe, expect, it } from 'vitest';
import { run, type AuditReport } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';
import { run as runStats } from '@/cli/stats';
// The CLI loads the engine on first use (after opening stdin); load it with the file so no test's time includes it.
import '@/rules/engine';

const NOW = '2026-11-28T13:00:00+08:00';
const jsonl = (...events: unknown[]) => events.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('\n') + '\n';

const LOG = jsonl(
  { conv: 'c1', id: 'm1', dir: 'in', ts: '2026-11-28T10:00:00+08:00', text: '在吗' },
  { conv: 'c1', id: 'm2', dir: 'out', ts: '2026-11-28T10:06:00+08:00', text: '亲，加我微信 abc12345 私聊', agent: '小王' },
  { conv: 'c1', id: 'm2', dir: 'out', ts: '2026-11-28T10:06:00+08:00', text: '亲，加我微信 abc12345 私聊', agent: '小王' },
  'not json',
  { conv: 'c2', id: 'm1', dir: 'in', ts: '2026-11-28T11:00:00+08:00' },
  { conv: 'c2', id: 'm2', dir: 'out', ts: '2026-11-28T11:01:00+08:00', text: '您好，已为您安排发货', agent: '小李' },
  { conv: 'c2', id: 'm3', dir: 'out', ts: '2026-11-28T11:02:00+08:00', text: 42 },
  { conv: 'c3', id: 'm1', dir: 'in', ts: '2026-11-28T07:30:00+08:00' },
  { conv: 'c4', id: 'm1', dir: 'in', ts: '2026-11-28T12:58:00+08:00' },
  { type: 'rating', ts: '2026-11-28T12:00:00+08:00', rating: 'satisfied' },
);

async function audit(input: string, args: string[] = ['--json', '--now', NOW]) {
  const io = memoryIO(input);
  const code = await run(args, io, () => Date.parse('2030-01-01T00:00:00Z'));
  return { code, io, report: args.includes('--json') && code !== 2 ? (JSON.parse(io.stdout) as AuditReport) : null };
}

describe('audit CLI', () => {
  it('finds the violating agent message once, by clause and agent, and exits 1', async () => {
    const { code, report } = await audit(LOG);
    expect(code).toBe(1);
    expect(report!.violations).toHaveLength(1);
    expect(report!.violations[0]).toMatchObject({ conv: 'c1', id: 'm2', agent: '小王' });
    expect(report!.violations[0]!.findings.map((f) => f.clause)).toContain('2.3');
    expect(report!.byClause['2.3']!.block).toBeGreaterThan(0);
    expect(report!.byAgent['小王']).toMatchObject({ linted: 1, violating: 1 });
    expect(report!.byAgent['小李']).toMatchObject({ linted: 1, violating: 0 });
    expect(report!.summary).toEqual({ conversations: 4, buyerMessages: 4, shopMessages: 3, lintedMessages: 2, violatingMessages: 1, malformedLines: 2 });
  });

  it('reports each malformed line on stderr with its number and keeps going', async () => {
    const { io } = await audit(LOG);
    const errors = io.stderr.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; error: string });
    expect(errors.map((e) => e.line)).toEqual([4, 7]);
    expect(errors[0]!.error).toMatch(/JSON/);
    expect(errors[1]!.error).toMatch(/text/);
  });

  it('its reply figures are exactly those of `stats` for the same log, with the late message listed', async () => {
    const { report } = await audit(LOG);
    const statsIO = memoryIO(LOG);
    await runStats(['--now', NOW], statsIO);
    const stats = JSON.parse(statsIO.stdout) as { days: unknown; months: unknown };
    expect(report!.days).toEqual(stats.days);
    expect(report!.months).toEqual(stats.months);
    // c1 answered after 6:00; c3 is before 08:00 (not counted); c4 is still pending at NOW.
    expect(report!.late).toEqual([{ conv: 'c1', id: 'm1', ts: Date.parse('2026-11-28T10:00:00+08:00'), replyTs: Date.parse('2026-11-28T10:06:00+08:00'), waitMs: 360_000 }]);
  });

  it('a clean log exits 0 and says so in the readable report', async () => {
    const { code, io } = await audit(jsonl({ conv: 'c', id: '1', dir: 'out', ts: 1_700_000_000_000, text: '您好，请问有什么可以帮您？' }), ['--now', NOW]);
    expect(code).toBe(0);
    expect(io.stdout).toContain('未发现违规');
  });

  it('the readable report names the clause, the words and the wait, and honours --max', async () => {
    const { io } = await audit(LOG, ['--now', NOW, '--max', '0']);
    expect(io.stdout).toContain('2.3');
    expect(io.stdout).toContain('违规与提示明细 / messages with findings（0 / 1 条消息，含只有提示的）');
    const full = await audit(LOG, ['--now', NOW]);
    expect(full.io.stdout).toContain('「加我微信');
    expect(full.io.stdout).toContain('等待 6:00');
    expect(full.io.stdout).toContain('小王');
  });

  it.each([
    [['--now'], /--now/],
    [['--now', 'yesterday'], /--now/],
    [['--max', '-1'], /--max/],
    [['--bogus'], /unknown argument/],
  ])('refuses %j with exit 2 and a bilingual message', async (args, pattern) => {
    const { code, io } = await audit('', args);
    expect(code).toBe(2);
    expect(io.stderr).toMatch(pattern);
  });

  it('is reachable through the CLI entry and documents itself', async () => {
    const io = memoryIO('');
    expect(await main(['audit', '--help'], io)).toBe(0);
    expect(io.stdout).toContain('质检');
  });
});
