// @vitest-environment node
// rt61 F6: report totals say which count messages (条) and which count findings (处).
import { describe, expect, it } from 'vitest';
import { run } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import '@/rules/engine';

const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('totals with their units (rt61 F6)', () => {
  it('messages in 条, findings in 处, and the list header counts messages with any finding', async () => {
    const io = memoryIO(
      jsonl(
        { conv: 'c', id: 'q', dir: 'in', ts: '2024-05-01T10:00:00+08:00' },
        { conv: 'c', id: 'a', dir: 'out', ts: '2024-05-01T10:01:00+08:00', text: '加我微信 abc12345，或者QQ 12345678，电话 13800138000', agent: '小王' },
        { conv: 'c', id: 'b', dir: 'out', ts: '2024-05-01T10:02:00+08:00', text: 'OK', agent: '小王' },
      ),
    );
    await run(['--now', '2024-05-02T00:00:00+08:00'], io, () => Date.parse('2030-01-01T00:00:00Z'));
    expect(io.stdout).toContain('（检查 2 条，违规 1 条）');
    expect(io.stdout).toMatch(/小王：检查 2 条，违规 1 条（问题：拦截 \d+ 处，警告 \d+ 处）/);
    expect(io.stdout).toContain('按条款（问题处数，一条消息可有多处） / by clause (findings):');
    expect(io.stdout).toMatch(/2\.3 .*：拦截 \d+ 处/);
    expect(io.stdout).toContain('违规与提示明细 / messages with findings（2 / 2 条消息，含只有提示的）');
  });
});
