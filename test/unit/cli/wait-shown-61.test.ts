// @vitest-environment node
// rt61 F5: the late list's wait agrees with the verdict: a wait just past 5:00 never reads 5:00, and long waits read
// in hours and minutes.
import { describe, expect, it } from 'vitest';
import { run } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import '@/rules/engine';

const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('late wait as listed (rt61 F5)', () => {
  it('shows 5:00.400 as 5:01 and 33 h 1 min as 「33 小时 1 分」', async () => {
    const io = memoryIO(
      jsonl(
        { conv: 'b3', id: 'm1', dir: 'in', ts: '2024-05-10T12:00:00.000+08:00' },
        { conv: 'b3', id: 'r1', dir: 'out', ts: '2024-05-10T12:05:00.400+08:00' },
        { conv: 'b2', id: 'm1', dir: 'in', ts: '2024-05-10T13:00:00.000+08:00' },
        { conv: 'b2', id: 'r1', dir: 'out', ts: '2024-05-11T22:01:00.000+08:00' },
        { conv: 'b4', id: 'm1', dir: 'in', ts: '2024-05-10T14:00:00.000+08:00' },
        { conv: 'b4', id: 'r1', dir: 'out', ts: '2024-05-10T14:05:00.000+08:00' },
      ),
    );
    await run(['--now', '2024-05-13T00:00:00+08:00'], io, () => Date.parse('2030-01-01T00:00:00Z'));
    expect(io.stdout).toContain('会话 b3  消息 m1  等待 5:01');
    expect(io.stdout).toContain('会话 b2  消息 m1  等待 33 小时 1 分');
    expect(io.stdout).not.toContain('会话 b4'); // exactly 5:00 is on time, not listed
    expect(io.stdout).not.toMatch(/等待 5:00\b/);
  });
});
