// Round 61 (ux61): `cat a.jsonl b-utf16.jsonl c.jsonl` where the UTF-16 part's end is not a UTF-8 line right after its
// line end. (1) c starts with a blank line: the part read on through c (a blank line was not "UTF-8 again", and c's
// bytes were then paired into UTF-16 units), all of c named UTF-16 and its breaches unchecked. (2) b has no final line
// end: c's first line is glued to b's last, its 0A falls inside a UTF-16 unit, and all of c was named UTF-16 too.
// The part now ends there as well; UTF-16 text whose CJK bytes happen to be ASCII (你好 = 60 4F 7D 59, 上 = 0A 4E) stays
// the part's.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryIO, NotUtf8Line, readInputLines } from '@/cli/io';
import { main } from '@/cli/main';
import { convertedByAdvice } from '../../support/cli-advice';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const le = (s: string) => Buffer.from(s, 'utf16le');
const be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const BREACH = '加我微信abc12345';
const draft = (id: number, text = BREACH) => `{"id":${id},"text":"${text}"}`;
const a = utf8(`${draft(1)}\n`);
const c = utf8(`${draft(5)}\n${draft(6, '好的')}\n`);
const outLines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
const hasIconv = spawnSync('iconv', ['--version']).status === 0;

/** What readInputLines gives for `bytes`, read whole and in chunks of several sizes (the same each time). */
async function lines(bytes: Buffer): Promise<(string | number)[]> {
  const read = async (chunks: Uint8Array[]) => {
    const got: (string | number)[] = [];
    for await (const l of readInputLines(chunks)) got.push(l instanceof NotUtf8Line ? l.line : (l as string));
    return got;
  };
  const whole = await read([bytes]);
  for (const size of [1, 2, 3, 7, 64]) {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    expect(await read(chunks), `chunks of ${size}`).toEqual(whole);
  }
  return whole;
}

describe('input 61: the end of a UTF-16 part that is not a UTF-8 line after its line end', { timeout: 120_000 }, () => {
  it.each([
    ['UTF-16LE', le],
    ['UTF-16BE', be],
  ])('%s, then c starting with a blank line (and CRLF blank lines): the part ends at the blank line; c is read', async (_order, enc) => {
    const b = enc(`${draft(3)}\n${draft(4)}\n`);
    expect(await lines(Buffer.concat([a, b, utf8('\n'), c]))).toEqual([draft(1), 2, 3, '', draft(5), draft(6, '好的')]);
    expect(await lines(Buffer.concat([a, b, utf8('\r\n  \r\n'), c]))).toEqual([draft(1), 2, 3, '', '  ', draft(5), draft(6, '好的')]);
    // A blank line as the input's last: a blank line, not one more UTF-16 line.
    expect(await lines(Buffer.concat([a, b, utf8('\n')]))).toEqual([draft(1), 2, 3, '']);
  });

  it.each([
    ['UTF-16LE', le],
    ['UTF-16BE', be],
  ])('%s with no final line end, then c: the part ends after its last unit; c is read', async (_order, enc) => {
    const b = enc(`${draft(3)}\n${draft(4)}`);
    expect(await lines(Buffer.concat([a, b, c]))).toEqual([draft(1), 2, 3, draft(5), draft(6, '好的')]);
    // c of one line with no line end either.
    expect(await lines(Buffer.concat([a, b, utf8(draft(5))]))).toEqual([draft(1), 2, 3, draft(5)]);
  });

  it('UTF-16 text whose CJK bytes read as ASCII (你好上海上海, 上海 at a line start) stays in the part', async () => {
    const b = le(`${draft(3, '你好上海上海很好')}\n${draft(4, '上海')}\n上海上海\n${draft(7)}\n`);
    expect(await lines(Buffer.concat([a, b, c]))).toEqual([draft(1), 2, 3, 4, 5, draft(5), draft(6, '好的')]);
    const glued = le(`${draft(3, '你好上海上海很好')}\n${draft(4, '你好上海上海')}`);
    expect(await lines(Buffer.concat([a, glued, c]))).toEqual([draft(1), 2, 3, draft(5), draft(6, '好的')]);
  });

  it('lint --jsonl: c\'s breaches are found; the advice cuts the part at both ends and its command converts it', async () => {
    const b = le(`${draft(3)}\n${draft(4)}`);
    const input = Buffer.concat([a, b, c]);
    const io = memoryIO(input);
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    const out = outLines(io.stdout);
    expect(out.map((o) => o.id ?? `line ${o.line}`)).toEqual([1, 'line 2', 'line 3', 5, 6]);
    expect(out[3]).toMatchObject({ id: 5, findings: [{ rule: 'contact-wechat' }] });
    expect(io.stderr).toContain('标准输入第 2–3 行');
    expect(io.stderr).toContain(`tail -c +${a.length + 1} 原文件 | head -c ${b.length} | iconv -f UTF-16LE -t UTF-8; tail -c +${a.length + b.length + 1} 原文件;`);
    if (hasIconv) expect(convertedByAdvice(io.stderr, input).toString('utf8')).toBe(`${draft(1)}\n${draft(3)}\n${draft(4)}${draft(5)}\n${draft(6, '好的')}\n`);
  });
});
