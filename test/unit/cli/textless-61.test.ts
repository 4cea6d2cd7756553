// @vitest-environment node
// rt61 F7: a log whose shop messages carry no text gets no bare 「✓ 未发现违规」: the report says how many could not be
// checked, and why.
import { describe, expect, it } from 'vitest';
import { run } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import '@/rules/engine';

const jsonl = (...events: unknown[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const clock = () => Date.parse('2030-01-01T00:00:00Z');
const ts = (i: number) => Date.parse('2024-05-10T10:00:00+08:00') + i * 60_000;

async function readable(input: string) {
  const io = memoryIO(input);
  const code = await run(['--now', '2024-05-13T00:00:00+08:00'], io, clock);
  return { code, out: io.stdout };
}

describe('shop messages without text (rt61 F7)', () => {
  it('0 of 3 checkable: no all-clear, says 3 were not checked and why', async () => {
    const { code, out } = await readable(jsonl(...[0, 1, 2].flatMap((i) => [{ conv: `c${i}`, id: 'q', dir: 'in', ts: ts(i) }, { conv: `c${i}`, id: 'a', dir: 'out', ts: ts(i) + 1000 }])));
    expect(code).toBe(0);
    expect(out).not.toContain('✓');
    expect(out).toContain('未检查：3 条商家消息都没有文字（text），无法检查违规');
  });

  it('some checkable: the all-clear is said with how many were not checked', async () => {
    const { out } = await readable(jsonl({ conv: 'c', id: 'q', dir: 'in', ts: ts(0) }, { conv: 'c', id: 'a', dir: 'out', ts: ts(1), text: '亲，在的' }, { conv: 'c', id: 'b', dir: 'out', ts: ts(2) }));
    expect(out).toContain('✓ 未发现违规');
    expect(out).toContain('注意：2 条商家消息中有 1 条没有文字（text），未检查违规');
  });

  it('all checkable: the plain all-clear, no note', async () => {
    const { out } = await readable(jsonl({ conv: 'c', id: 'q', dir: 'in', ts: ts(0) }, { conv: 'c', id: 'a', dir: 'out', ts: ts(1), text: '亲，在的' }));
    expect(out).toContain('✓ 未发现违规');
    expect(out).not.toContain('没有文字');
  });
});
