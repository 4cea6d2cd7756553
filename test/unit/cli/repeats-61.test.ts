// @vitest-environment node
// rt61 F1: a repeated message is never dropped unseen. Ids are numbered per side, so a buyer "1" and a shop "1" of one
// conversation are two messages; a later copy with text where the first had none is linted (and counted once); a copy
// whose text differs from the linted one is named on stderr with its line and counted.
import { describe, expect, it } from 'vitest';
import { run, type AuditReport } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import { run as runStats } from '@/cli/stats';
import { MessageLog } from '@/rules/metrics/message-log';
import '@/rules/engine';

const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const NOW = ['--now', '2024-05-02T00:00:00+08:00'];
const clock = () => Date.parse('2030-01-01T00:00:00Z');

async function audit(input: string) {
  const io = memoryIO(input);
  const code = await run(['--json', ...NOW], io, clock);
  return { code, report: JSON.parse(io.stdout) as AuditReport, stderr: io.stderr };
}

describe('repeated messages in audit (rt61 F1)', () => {
  it('lints a later copy with text when the first copy had none, counting the message once', async () => {
    const { code, report, stderr } = await audit(
      jsonl(
        { conv: 'b1', id: 'm1', dir: 'in', ts: '2024-05-01T10:00:00+08:00' },
        { conv: 'b1', id: 'm2', dir: 'out', ts: '2024-05-01T10:01:00+08:00', agent: '小王' },
        { conv: 'b1', id: 'm1', dir: 'in', ts: '2024-05-01T10:00:00+08:00', text: '在吗' },
        { conv: 'b1', id: 'm2', dir: 'out', ts: '2024-05-01T10:01:00+08:00', text: '加我微信 abc12345', agent: '小王' },
      ),
    );
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ buyerMessages: 1, shopMessages: 1, lintedMessages: 1, violatingMessages: 1 });
    expect(report.violations.map((v) => v.id)).toEqual(['m2']);
    expect(stderr).toBe('');
  });

  it('keeps a shop message whose id equals the buyer message id of the same conversation', async () => {
    const input = jsonl(
      { conv: 'b2', id: '1', dir: 'in', ts: '2024-05-01T11:00:00+08:00', text: '在吗' },
      { conv: 'b2', id: '1', dir: 'out', ts: '2024-05-01T11:01:00+08:00', text: '加我微信 abc12345', agent: '小王' },
    );
    const { code, report } = await audit(input);
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ shopMessages: 1, lintedMessages: 1, violatingMessages: 1 });
    expect(report.days['2024-05-01']).toMatchObject({ eligible: 1, onTime: 1, late: 0 });
    expect(report.late).toEqual([]);
    // `stats` reads the same log the same way.
    const io = memoryIO(input);
    await runStats(NOW, io, clock);
    expect(JSON.parse(io.stdout).days['2024-05-01']).toMatchObject({ onTime: 1, late: 0 });
  });

  it('names a copy with a different text on stderr (Chinese first, its line and the kept line), and counts it', async () => {
    const { report, stderr } = await audit(
      jsonl(
        { conv: 'b3', id: 'm1', dir: 'in', ts: '2024-05-01T12:00:00+08:00' },
        { conv: 'b3', id: 'm2', dir: 'out', ts: '2024-05-01T12:01:00+08:00', text: '您好，已发货' },
        { conv: 'b3', id: 'm2', dir: 'out', ts: '2024-05-01T12:01:00+08:00', text: '您好，已发货' },
        { conv: 'b3', id: 'm2', dir: 'out', ts: '2024-05-01T12:01:00+08:00', text: '加我微信 abc12345' },
      ),
    );
    expect(report.summary).toMatchObject({ shopMessages: 1, lintedMessages: 1, violatingMessages: 0, differingRepeats: 1 });
    const lines = stderr.trim().split('\n').map((l) => JSON.parse(l) as { line: number; warning: string });
    expect(lines).toHaveLength(1); // the identical copy on line 3 is an ordinary overlap: no word
    expect(lines[0]!.line).toBe(4);
    expect(lines[0]!.warning).toMatch(/^与第 2 行是同一条商家消息（会话 b3，消息 m2）但文字不同/);
    const io = memoryIO(jsonl({ conv: 'b3', id: 'm2', dir: 'out', ts: 1714536060000, text: '好的' }, { conv: 'b3', id: 'm2', dir: 'out', ts: 1714536060000, text: '好' }));
    await run(NOW, io, clock);
    expect(io.stdout).toContain('重复消息文字不同 1 行（未检查，见 stderr）');
  });
});

describe('MessageLog with idsPerSide keys a message by conversation, side and id', () => {
  it('stores both sides of a shared id, drops a same-side repeat, and finds what it kept, in small and big conversations', () => {
    for (const size of [3, 40]) {
      const log = new MessageLog({ idsPerSide: true });
      for (let i = 0; i < size; i++) {
        expect(log.add({ conv: 'c', id: String(i), dir: 'in', ts: i })).toBe(true);
        expect(log.add({ conv: 'c', id: String(i), dir: 'out', ts: i + 0.5 })).toBe(true);
      }
      expect(log.length).toBe(size * 2);
      expect(log.add({ conv: 'c', id: '1', dir: 'out', ts: 99 })).toBe(false);
      expect(log.messageAt(log.indexOf({ conv: 'c', id: '1', dir: 'out' }))).toEqual({ conv: 'c', id: '1', dir: 'out', ts: 1.5 });
      expect(log.messageAt(log.indexOf({ conv: 'c', id: '1', dir: 'in' }))).toEqual({ conv: 'c', id: '1', dir: 'in', ts: 1 });
      expect(log.indexOf({ conv: 'c', id: 'nope', dir: 'in' })).toBe(-1);
      expect(log.indexOf({ conv: 'd', id: '1', dir: 'in' })).toBe(-1);
    }
  });
});
