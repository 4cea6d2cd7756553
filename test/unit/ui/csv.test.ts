import { describe, expect, it } from 'vitest';
import { BOM, buildCsv, csvCell, dailyCsv, lintCsv, looksLikeCsv, monthlyCsv, percentCell } from '@/utils/csv';

/** A small RFC 4180 reader, to check what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  return rows;
}

describe('CSV for Excel', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = buildCsv(['日期', '计入'], [['2024-05-01', 3]]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe('\uFEFF日期,计入\r\n2024-05-01,3\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('quotes commas, quotes and line breaks, keeps Chinese as is, and reads back the same', () => {
    const cells = ['a,b', '他说"你好"', '第一行\n第二行', '中文，全角逗号', 'plain', '\r\n'];
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"你好"')).toBe('"他说""你好"""');
    expect(csvCell('中文，全角逗号')).toBe('中文，全角逗号');
    expect(csvCell(null)).toBe('');
    const csv = buildCsv(['x', 'y', 'z', 'u', 'v', 'w'], [cells]);
    expect(parseCsv(csv.slice(1))).toEqual([['x', 'y', 'z', 'u', 'v', 'w'], cells]);
  });
  it('neutralises formula cells (CSV injection) but not negative numbers or percentages', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(-3)).toBe('-3');
  });
  it('daily table: the stats fields, rate as a percentage, empty when undecided', () => {
    const csv = dailyCsv([
      { day: '2024-05-01', eligible: 6, onTime: 5, late: 1, pending: 0, rate: 5 / 6, compliant: true },
      { day: '2024-05-02', eligible: 1, onTime: 0, late: 0, pending: 1, rate: null, compliant: null },
    ]);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['日期 date', '计入 eligible', '及时 onTime', '超时 late', '待定 pending', '回复率 rate', '达标 compliant']);
    expect(rows[1]).toEqual(['2024-05-01', '6', '5', '1', '0', '83.3%', '是 yes']);
    expect(rows[2]).toEqual(['2024-05-02', '1', '0', '0', '1', '', '']);
    expect(percentCell(0.8)).toBe('80.0%');
  });
  it('guard log: Beijing time, no draft column unless text was stored', () => {
    const at = Date.parse('2024-05-01T02:00:00Z'); // 10:00 Beijing
    const without = parseCsv(lintCsv([{ at, site: 'kuaishou', action: 'block', clause: '2.3', rule: 'contact-wechat', severity: 'block' }]).slice(1));
    expect(without[0]).toEqual(['时间（北京）time (Beijing)', '网站 site', '动作 action', '条款 clause', '规则 rule', '规则名称 rule name', '级别 severity']);
    expect(without[1]).toEqual(['2024-05-01 10:00:00', 'kuaishou', '拦截 block', '2.3', 'contact-wechat', '', '拦截 block']);
    const withText = parseCsv(lintCsv([{ at, site: 's', action: 'warn', clause: '2.8', rule: 'r', severity: 'warn', text: '加我,"微信"\n谢谢' }]).slice(1));
    expect(withText[1]!.at(-1)).toBe('加我,"微信"\n谢谢');
  });
  it('tells the CSV exports (or any comma table) from JSON, for the import refusal', () => {
    const at = Date.parse('2024-05-01T02:00:00Z');
    expect(looksLikeCsv(dailyCsv([]))).toBe(true);
    expect(looksLikeCsv(monthlyCsv([]))).toBe(true);
    expect(looksLikeCsv(lintCsv([{ at, site: 's', action: 'fix', clause: '2.3', rule: 'r', severity: 'warn' }]))).toBe(true);
    expect(looksLikeCsv('a,b,c\r\n1,2,3')).toBe(true);
    expect(looksLikeCsv('{"format":"replyguard-ledger",')).toBe(false);
    expect(looksLikeCsv('[1,2,3]')).toBe(false);
    expect(looksLikeCsv('hello')).toBe(false);
    expect(looksLikeCsv('')).toBe(false);
  });
  it('guard log: actions and severities in Chinese words, the rule name beside its id, the conversation only when known', () => {
    const at = Date.parse('2024-05-01T02:00:00Z');
    const names: Record<string, string> = { 'contact-wechat': '引导添加微信', evil: '=HYPERLINK("x")' };
    const events = (['block', 'warn', 'override', 'fix'] as const).map((action, i) => ({ at: at + i, site: 'kuaishou', action, clause: '2.3', rule: 'contact-wechat', severity: 'warn' }));
    const rows = parseCsv(lintCsv(events, (id) => names[id]).slice(1));
    expect(rows.slice(1).map((r) => r[2])).toEqual(['拦截 block', '警告 warn', '仍要发送 override', '修正 fix']);
    expect(rows[1]!.slice(3)).toEqual(['2.3', 'contact-wechat', '引导添加微信', '提醒 warn']);
    // A conversation known to any event: the column, after the site, empty where unknown.
    const withConv = parseCsv(lintCsv([{ ...events[0]!, conv: 'c-42' }, events[1]!], (id) => names[id]).slice(1));
    expect(withConv[0]!.slice(0, 4)).toEqual(['时间（北京）time (Beijing)', '网站 site', '会话 conversation', '动作 action']);
    expect(withConv.slice(1).map((r) => r[2])).toEqual(['c-42', '']);
    // Still safe against formula injection, names included.
    expect(lintCsv([{ ...events[0]!, rule: 'evil' }], (id) => names[id])).toContain('"\'=HYPERLINK(""x"")"');
  });
});
