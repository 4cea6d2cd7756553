// @vitest-environment node
// rt61 F3: a figure under the 80 % threshold is never shown as 80.0 %, and the month's satisfaction line states its
// verdict as the day's rate line does.
import { describe, expect, it } from 'vitest';
import { percent, run } from '@/cli/audit';
import { memoryIO } from '@/cli/io';
import '@/rules/engine';

const BASE = Date.parse('2024-05-10T10:00:00+08:00');

/** `onTime` of `total` buyers answered in a minute, the rest after 6:40; ratings: `onTime` satisfied, the rest neutral. */
function log(onTime: number, total: number): string {
  const lines: unknown[] = [];
  for (let i = 0; i < total; i++) {
    const t = BASE + i * 1000;
    lines.push({ conv: `b${i}`, id: 'q', dir: 'in', ts: t });
    lines.push({ conv: `b${i}`, id: 'a', dir: 'out', ts: t + (i < onTime ? 60_000 : 400_000) });
    lines.push({ type: 'rating', ts: t, rating: i < onTime ? 'satisfied' : 'neutral' });
  }
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

async function readable(input: string) {
  const io = memoryIO(input);
  await run(['--now', '2024-05-13T00:00:00+08:00'], io, () => Date.parse('2030-01-01T00:00:00Z'));
  return io.stdout;
}

describe('rates beside their verdict (rt61 F3)', () => {
  it('shows 1999 of 2500 (79.96 %) as 79.96 %, never 80.0 %, for the day and the month, with 未达标 on both', async () => {
    const out = await readable(log(1999, 2500));
    expect(out).toContain('2024-05-10  79.96% 未达标');
    expect(out).toContain('2024-05 满意度 79.96% 未达标（满意 1999，一般 501，失望 0）');
    expect(out).not.toContain('80.0%');
  });

  it('keeps one decimal away from the threshold, and says 达标 for a compliant month', async () => {
    const out = await readable(log(4, 5));
    expect(out).toContain('2024-05-10  80.0% 达标');
    expect(out).toContain('2024-05 满意度 80.0% 达标');
    expect(percent(0.7, false)).toBe('70.0%');
    expect(percent(0.79949, false)).toBe('79.9%');
  });

  it('cuts rather than rounds just under the threshold, even for an exact ten-thousandth', () => {
    expect(percent(7999 / 10_000, false)).toBe('79.99%');
    expect(percent(0.799999, false)).toBe('79.99%');
    expect(percent(1999 / 2500, false)).toBe('79.96%');
    expect(percent(null, null)).toBe('—');
  });
});
