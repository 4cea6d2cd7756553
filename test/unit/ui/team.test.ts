// The team view's shop table = `replyguard stats` over the agents' events with each buyer message
// once (the CLI dedupes repeated (conv, id) itself, so it gets the plain concatenation).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '@/cli/stats';
import { memoryIO } from '@/cli/io';
import { mergeTeam, SETTINGS_ONLY } from '@/background/ledger/team';
import { CSV_REFUSAL, EXPORT_FORMAT } from '@/background/ledger/transfer';
import { dailyCsv } from '@/utils/csv';
import type { MessageRecord, RatingRecord } from '@/background/ledger/schema';

const NOW = Date.parse('2024-05-03T12:00:00+08:00');
const at = (iso: string) => Date.parse(`${iso}+08:00`);
const msg = (conv: string, id: string, dir: 'in' | 'out', ts: number): MessageRecord => ({ conv, id, dir, ts, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: ts });
const exportOf = (messages: MessageRecord[], ratings: RatingRecord[] = []) => ({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW, messages, ratings, lint: [] });

async function cliStats(messages: MessageRecord[], ratings: RatingRecord[]) {
  const lines = [...messages.map((m) => JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: m.ts })), ...ratings.map((r) => JSON.stringify({ type: 'rating', ts: r.at, rating: r.rating }))];
  const io = memoryIO(lines.join('\n') + '\n');
  expect(await run(['--now', String(NOW)], io)).toBe(0);
  return JSON.parse(io.stdout) as { days: Record<string, unknown>; months: Record<string, unknown> };
}

function asRecords(result: ReturnType<typeof mergeTeam>) {
  return {
    days: Object.fromEntries(result.days.map(({ day, ...f }) => [day, f])),
    months: Object.fromEntries(result.months.map(({ month, ...f }) => [month, f])),
  };
}

describe('team view', () => {
  it('a buyer message two agents saw counts once; either agent answers it', async () => {
    // Agent A saw c1's question and answered late; agent B saw the same question and answered in 2:00.
    const q = msg('c1', 'm1', 'in', at('2024-05-01T10:00:00'));
    const a = [q, msg('c1', 'a-late', 'out', at('2024-05-01T10:09:00')), msg('c2', 'x1', 'in', at('2024-05-01T11:00:00'))];
    const b = [{ ...q, seenAt: q.ts + 5 }, msg('c1', 'b-quick', 'out', at('2024-05-01T10:02:00')), msg('c3', 'y1', 'in', at('2024-05-02T09:00:00')), msg('c3', 'y2', 'out', at('2024-05-02T09:03:00'))];
    const ratingA: RatingRecord = { conv: 'c1', id: 'row-7', at: at('2024-05-01T10:30:00'), rating: 'satisfied', source: 'page', site: 'kuaishou' };
    const result = mergeTeam([{ name: 'a.json', data: exportOf(a, [ratingA]) }, { name: 'b.json', data: exportOf(b, [ratingA]) }], NOW);
    expect(result.used).toEqual(['a.json', 'b.json']);
    expect(result.duplicates).toBe(2); // the shared question and the shared rating
    expect(result.days.find((d) => d.day === '2024-05-01')).toMatchObject({ eligible: 2, onTime: 1, late: 1, pending: 0 });
    expect(result.months).toEqual([{ month: '2024-05', satisfied: 1, neutral: 0, disappointed: 0, rate: 1, compliant: true }]);
    expect(asRecords(result)).toEqual(await cliStats([...a, ...b], [ratingA]));
  });

  it('refuses a foreign or corrupt file by name and still merges the rest', () => {
    const good = exportOf([msg('c1', 'm1', 'in', at('2024-05-01T10:00:00'))]);
    const result = mergeTeam([{ name: 'x.json', data: { hello: 1 } }, { name: 'broken.json', data: '{"format": "replyg' }, { name: 'ok.json', data: good }], NOW);
    expect(result.used).toEqual(['ok.json']);
    expect(result.refused.map((r) => r.name)).toEqual(['x.json', 'broken.json']);
    expect(result.refused[0]!.error).toMatch(/^不是回复卫士导出的文件：请选择「导出全部数据 JSON」得到的 \.json 文件 \/ /);
    // No developer phrase in what the agent reads.
    expect(result.refused[0]!.error).not.toMatch(/format must be/);
    expect(result.days).toHaveLength(1);
  });

  it('says a settings-only export has no records to merge, and does not count it as an agent', () => {
    const settingsOnly = { ...exportOf([]), settings: { version: 1 } };
    const result = mergeTeam([{ name: 'replyguard-settings.json', data: settingsOnly }, { name: 'empty.json', data: exportOf([]) }], NOW);
    expect(result.used).toEqual(['empty.json']);
    expect(result.refused).toEqual([{ name: 'replyguard-settings.json', error: SETTINGS_ONLY }]);
  });

  it('says a CSV export picked by mistake is the CSV export, and which file to pick', () => {
    const csv = dailyCsv([{ day: '2024-05-01', eligible: 1, onTime: 1, late: 0, pending: 0, rate: 1, compliant: true }]);
    const result = mergeTeam([{ name: 'replyguard-daily-2024-05-01.csv', data: csv }], NOW);
    expect(result.refused[0]!.error).toBe(CSV_REFUSAL);
    expect(CSV_REFUSAL).toMatch(/^这看起来是导出的 CSV 表格.*请选择「导出全部数据 JSON」得到的 \.json 文件 \/ this looks like the CSV export/);
  });

  it('equals the CLI over random agents sharing conversations', async () => {
    const event = fc.record({
      agent: fc.integer({ min: 0, max: 2 }),
      conv: fc.constantFrom('c1', 'c2', 'c3'),
      id: fc.integer({ min: 0, max: 80 }),
      dir: fc.constantFrom('in' as const, 'out' as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { maxLength: 60 }), async (events) => {
        const start = at('2024-05-01T00:00:00');
        // The same (conv, id) is one message everywhere: its direction and time come from the id.
        const records = events.map((e) => msg(e.conv, `${e.dir}${e.id}`, e.dir, start + e.id * 53 * 60_000 + (e.dir === 'out' ? 4 * 60_000 : 0)));
        const byAgent = [0, 1, 2].map((n) => records.filter((_, i) => events[i]!.agent === n));
        const result = mergeTeam(byAgent.map((m, n) => ({ name: `${n}.json`, data: exportOf(m) })), NOW);
        expect(asRecords(result).days).toEqual((await cliStats(records, [])).days);
      }),
      { numRuns: 60 },
    );
  });
});
