// Round 51 (rt50-ux finding 10): the team view says a cut-off export is a cut-off export (and where), not 「不是回复卫士导出
// 的文件」; and files of several shops are counted per shop, each named with the files it came from, never as one rate.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { mergeTeam, readTeamFile, teamCsv, NO_SHOP } from '@/background/ledger/team';
import { EXPORT_FORMAT } from '@/background/ledger/transfer';
import { run } from '@/cli/stats';
import { memoryIO } from '@/cli/io';
import { dailyCsv, monthlyCsv } from '@/utils/csv';
import type { MessageRecord, RatingRecord } from '@/background/ledger/schema';

const NOW = Date.parse('2024-05-03T12:00:00+08:00');
const at = (iso: string) => Date.parse(`${iso}+08:00`);
const msg = (conv: string, id: string, dir: 'in' | 'out', ts: number, shop?: string): MessageRecord => ({ conv, id, dir, ts, tsSource: 'page', history: false, source: 'row', site: 'kuaishou', seenAt: ts, ...(shop ? { shop } : {}) });
const exportOf = (messages: MessageRecord[], ratings: RatingRecord[] = []) => ({ format: EXPORT_FORMAT, version: 3, exportedAt: NOW, messages, ratings, lint: [] });

async function cliDays(messages: MessageRecord[]) {
  const io = memoryIO(messages.map((m) => JSON.stringify({ conv: m.conv, id: m.id, dir: m.dir, ts: m.ts })).join('\n') + '\n');
  expect(await run(['--now', String(NOW)], io)).toBe(0);
  return (JSON.parse(io.stdout) as { days: Record<string, unknown> }).days;
}

describe('team view: files that do not parse', () => {
  const full = JSON.stringify(exportOf([msg('c1', 'm1', 'in', at('2024-05-01T10:00:00')), msg('c1', 'm2', 'out', at('2024-05-01T10:01:00'))]));

  it('a cut-off export is a ReplyGuard export, cut off after n characters (Chinese first)', () => {
    const half = full.slice(0, Math.floor(full.length / 2));
    const result = mergeTeam([readTeamFile('cut.json', half)], NOW);
    expect(result.used).toEqual([]);
    const error = result.refused[0]!.error;
    expect(error).toMatch(/^这是回复卫士导出的文件，但不完整或已损坏（在第 [\d,]+ 个字符后中断，后面的内容缺失/);
    expect(error).toContain(`在第 ${half.length} 个字符后中断`);
    expect(error).toMatch(/ \/ a ReplyGuard export, but cut off or damaged/);
    expect(error).not.toMatch(/不是回复卫士导出的文件/);
    // Cut right after a record (a trailing newline left by the copy), the same.
    expect(mergeTeam([readTeamFile('cut2.json', full.slice(0, full.indexOf('},{') + 1) + '\n')], NOW).refused[0]!.error).toMatch(/个字符后中断/);
  });

  it('a damaged export names the character where it goes wrong', () => {
    const broken = full.replace('"m2"', '"m2" ##');
    const error = mergeTeam([readTeamFile('bad.json', broken)], NOW).refused[0]!.error;
    expect(error).toContain(`第 ${broken.indexOf('##') + 1} 个字符处内容有误（共 ${broken.length} 个字符）`);
  });

  it('text that is neither JSON nor an export: not valid JSON, which file to pick', () => {
    expect(mergeTeam([readTeamFile('notes.json', '今天的交接：…')], NOW).refused[0]!.error).toMatch(/^文件不是有效的 JSON（不完整、已损坏或不是回复卫士导出的文件）.*请选择「导出全部数据 JSON」/);
  });

  it('an export saved with a byte-order mark is read', () => {
    expect(mergeTeam([readTeamFile('bom.json', '\uFEFF' + full)], NOW).used).toEqual(['bom.json']);
  });
});

describe('team view: shops', () => {
  const japan = 'shop:id%3A111|';
  const korea = 'shop:name%3A%E9%9F%A9%E5%9B%BD%E7%BE%8E%E5%A6%86%E4%B8%93%E8%90%A5%E5%BA%97|';
  const a = [
    msg(`${japan}id:1`, 'q1', 'in', at('2024-05-01T10:00:00'), '<b>日本直邮旗舰店</b>'),
    msg(`${japan}id:1`, 'r1', 'out', at('2024-05-01T10:01:00'), '<b>日本直邮旗舰店</b>'),
    msg(`${japan}id:2`, 'q2', 'in', at('2024-05-01T11:00:00'), '<b>日本直邮旗舰店</b>'),
  ];
  const b = [msg(`${korea}id:3`, 'q3', 'in', at('2024-05-01T12:00:00'), '韩国美妆专营店'), msg(`${korea}id:3`, 'r3', 'out', at('2024-05-01T12:09:00'), '韩国美妆专营店')];
  const rating: RatingRecord = { conv: `${korea}id:3`, id: 'row-1', at: at('2024-05-01T12:10:00'), rating: 'disappointed', source: 'page', site: 'kuaishou' };

  it('two shops are counted apart, each named with its files; each equals `stats` over its own events', async () => {
    const result = mergeTeam([{ name: 'agent-a.json', data: exportOf(a) }, { name: 'agent-b.json', data: exportOf(b, [rating]) }], NOW);
    expect(result.shops.map((s) => [s.ref, s.name, s.files, s.messages])).toEqual([
      ['id:111', '<b>日本直邮旗舰店</b>', ['agent-a.json'], 3],
      ['name:韩国美妆专营店', '韩国美妆专营店', ['agent-b.json'], 2],
    ]);
    for (const [shop, events] of [[result.shops[0]!, a], [result.shops[1]!, b]] as const) {
      expect(Object.fromEntries(shop.days.map(({ day, ...f }) => [day, f]))).toEqual(await cliDays(events));
    }
    expect(result.shops[0]!.months).toEqual([]);
    expect(result.shops[1]!.months).toEqual([{ month: '2024-05', satisfied: 0, neutral: 0, disappointed: 1, rate: 0, compliant: false }]);
    // The CSV: a 店铺 column first, one shop's rows after the other's; never one merged rate.
    const csv = teamCsv(result);
    expect(csv.startsWith('\uFEFF店铺 shop,日期 date,')).toBe(true);
    expect(csv).toContain('\r\n<b>日本直邮旗舰店</b>,2024-05-01,2,1,1,0,50.0%,');
    expect(csv).toContain('\r\n韩国美妆专营店,2024-05-01,1,0,1,0,0.0%,');
    expect(csv).toContain('\r\n店铺 shop,月份 month,');
    expect(csv).toContain('\r\n韩国美妆专营店,2024-05,0,0,1,0.0%,');
    expect(csv).not.toMatch(/,2024-05-01,3,/);
  });

  it('one agent serving two shops: the file is listed under both', () => {
    const result = mergeTeam([{ name: 'agent-ab.json', data: exportOf([...a, ...b]) }], NOW);
    expect(result.shops.map((s) => s.files)).toEqual([['agent-ab.json'], ['agent-ab.json']]);
  });

  it('records without a shop are their own group, listed last; one shop keeps the CSV as before', () => {
    const bare = [msg('id:9', 'q9', 'in', at('2024-05-01T13:00:00'))];
    const mixed = mergeTeam([{ name: 'a.json', data: exportOf(a) }, { name: 'old.json', data: exportOf(bare) }], NOW);
    expect(mixed.shops.map((s) => [s.ref, s.name, s.files])).toEqual([['id:111', '<b>日本直邮旗舰店</b>', ['a.json']], [null, null, ['old.json']]]);
    expect(teamCsv(mixed)).toContain(`\r\n${NO_SHOP},2024-05-01,1,`);

    const one = mergeTeam([{ name: 'a.json', data: exportOf(a) }, { name: 'a2.json', data: exportOf(a.slice(0, 1)) }], NOW);
    expect(one.shops).toHaveLength(1);
    expect(one.shops[0]!.files).toEqual(['a.json', 'a2.json']);
    expect(teamCsv(one)).toBe(dailyCsv(one.days));
    const rated = mergeTeam([{ name: 'b.json', data: exportOf(b, [rating]) }], NOW);
    expect(teamCsv(rated)).toBe(dailyCsv(rated.days) + '\r\n' + monthlyCsv(rated.months).slice(1));
  });
});
