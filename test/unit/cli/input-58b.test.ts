// Round 58b (ux58b): what ux58 left in the CLI's input handling.
// 1. `lint --jsonl` stopped at the first line that is not UTF-8: that line got its error line (exit 2), the lines after
//    it no answer at all, against the contract (a malformed line gets its error line, the rest still run).
// 2. `audit` / `stats` on a log mixing UTF-8 and GBK lines refused the whole file with `iconv -f GBK` advice, which
//    garbles its UTF-8 lines.
// 3. A `text` that is an object, array, number… was called missing (「缺少字符串字段 "text"」).
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';
import '@/rules/engine'; // loaded lazily by the CLI; here with the file so no test's time includes it

const utf8 = (s: string) => Buffer.from(s, 'utf8');
// 加我微信 in GBK (what Chinese Windows Notepad / Excel save as "ANSI").
const GBK: Record<string, number[]> = { 加我微信: [0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5] };
const gbk = (s: string) => Buffer.from(GBK[s]!);
const jsonlLine = (id: number, text: Buffer) => Buffer.concat([utf8(`{"id":${id},"text":"`), text, utf8('"}\n')]);
const ev = (id: string, text: Buffer) =>
  Buffer.concat([utf8(`{"conv":"c1","id":"${id}","dir":"out","ts":"2024-05-01T10:00:00+08:00","text":"`), text, utf8('"}\n')]);
const outLines = (stdout: string) => stdout.trimEnd().split('\n').map((l) => JSON.parse(l));

describe('input 58b: lint --jsonl answers every line, a line that is not UTF-8 too', () => {
  it('a GBK line in the middle gets its own short error line, the lines after it are still linted, status 2', async () => {
    const io = memoryIO(Buffer.concat([jsonlLine(1, utf8('加我微信')), jsonlLine(2, gbk('加我微信')), jsonlLine(3, utf8('加我微信'))]));
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    const out = outLines(io.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 1, findings: [{ rule: 'contact-wechat' }] });
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('第 2 行不是 UTF-8 编码：第 17 个字节起（字节 BC D3 CE D2），看起来是 GBK') });
    expect(out[2]).toMatchObject({ id: 3, findings: [{ rule: 'contact-wechat' }] });
    // The advice is said once, on stderr, and names the mixing.
    expect(io.stderr).toContain('混有两种编码');
    expect(io.stderr).toContain('第 2 行');
    expect(io.stderr).toContain('UTF-8 的行已检查'); // not 「什么也没有检查」: lines 1 and 3 were answered
    expect(io.stderr).not.toContain('什么也没有检查');
  });

  it('a whole GBK file: one short error per line on stdout, the long advice once on stderr', async () => {
    const lines = Array.from({ length: 1000 }, (_, k) => jsonlLine(k + 1, gbk('加我微信')));
    const io = memoryIO(Buffer.concat(lines));
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    const out = outLines(io.stdout);
    expect(out).toHaveLength(1000);
    expect(out[999]).toEqual({ line: 1000, error: expect.stringContaining('第 1000 行不是 UTF-8 编码') });
    // Short per line: no iconv command repeated 1,000 times.
    expect(io.stdout.match(/iconv/g)).toBeNull();
    expect(Buffer.byteLength(io.stdout) / 1000).toBeLessThan(400);
    expect(io.stderr.match(/iconv -f GBK -t UTF-8 原文件/g)).toHaveLength(1); // once (in Chinese and once in English)
    expect(io.stderr).toContain('共 1000 行不是 UTF-8：第 1、2、3、4、5、6、7、8、9、10 行等');
    expect(io.stderr).not.toContain('混有');
  });
});

describe('input 58b: a log mixing UTF-8 and GBK lines is named as mixed, with advice that keeps its UTF-8 lines', () => {
  const mixed = Buffer.concat([ev('m1', utf8('您好')), ev('m2', gbk('加我微信')), ev('m3', utf8('好的')), ev('m4', gbk('加我微信'))]);

  it.each(['audit', 'stats'])('%s: says which lines are not UTF-8, never advises iconv on the whole file, status 2', async (command) => {
    const io = memoryIO(mixed);
    expect(await main([command], io)).toBe(2);
    expect(io.stderr).toContain('混有两种编码：第 2、4 行不是 UTF-8（看起来是 GBK），其余 2 行是 UTF-8');
    expect(io.stderr).not.toMatch(/iconv -f GBK -t UTF-8 原文件/);
    expect(io.stderr).toContain('什么也没有检查');
    expect(io.stderr).toContain('2 lines are not UTF-8');
  });

  // Run here when python3 exists (Debian CI has it); else skipped and said so, never passed unchecked.
  const hasPython3 = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!hasPython3)('the command it advises converts only the GBK lines (run here), and the result is read whole', async () => {
    const io = memoryIO(mixed);
    await main(['audit'], io);
    const command = /例如 (python3 -c ".*?") < 原文件 > 新文件/.exec(io.stderr)?.[1];
    expect(command).toBeDefined();
    const converted = execFileSync('bash', ['-c', command!], { input: mixed });
    expect(converted.toString('utf8')).toBe(Buffer.concat([ev('m1', utf8('您好')), ev('m2', utf8('加我微信')), ev('m3', utf8('好的')), ev('m4', utf8('加我微信'))]).toString('utf8'));
    const after = memoryIO(converted);
    expect(await main(['audit', '--json'], after)).toBe(1);
    expect(JSON.parse(after.stdout).summary).toMatchObject({ lintedMessages: 4, violatingMessages: 2 });
  });

  it('many lines not UTF-8 among UTF-8 ones: the first ten, 「等」 and how many', async () => {
    const io = memoryIO(Buffer.concat([ev('u', utf8('您好')), ...Array.from({ length: 12 }, (_, k) => ev(`g${k}`, gbk('加我微信')))]));
    expect(await main(['stats'], io)).toBe(2);
    expect(io.stderr).toContain('混有两种编码：第 2、3、4、5、6、7、8、9、10、11 行等（共 12 行）不是 UTF-8（看起来是 GBK），其余 1 行是 UTF-8');
    expect(io.stdout).toBe(''); // refused whole: no figures missing those lines' replies
  });

  it('a whole GBK log still gets the iconv advice (there it is right), with how many lines', async () => {
    const io = memoryIO(Buffer.concat([ev('m1', gbk('加我微信')), ev('m2', gbk('加我微信'))]));
    expect(await main(['audit'], io)).toBe(2);
    expect(io.stderr).toContain('iconv -f GBK -t UTF-8 原文件 > 新文件');
    expect(io.stderr).toContain('共 2 行不是 UTF-8');
    expect(io.stderr).not.toContain('混有');
  });
});

describe('input 58b: a "text" that is there but not a string is said so, with its JSON type', () => {
  it.each([
    ['{"id":1,"text":{"a":1}}', '对象 / an object'],
    ['{"id":1,"text":["加我微信"]}', '数组 / an array'],
    ['{"id":1,"text":5}', '数字 / a number'],
    ['{"id":1,"text":true}', '布尔值 / a boolean'],
    ['{"id":1,"text":null}', 'null'],
  ])('%s', async (line, type) => {
    const io = memoryIO(`${line}\n`);
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    const [out] = outLines(io.stdout);
    expect(out.error).not.toContain('缺少');
    expect(out.error).toContain('"text" 不是字符串');
    expect(out.error).toContain(type.split(' / ')[0]);
  });

  it('a line with no text at all is still called missing', async () => {
    const io = memoryIO('{"id":1}\n');
    await main(['lint', '--jsonl'], io);
    expect(outLines(io.stdout)[0].error).toContain('缺少字符串字段 "text"');
  });
});
