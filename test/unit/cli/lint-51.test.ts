// Round 51 (rt50-ux findings 4, 5, 6, 8, 22): `replyguard lint` refuses arguments it does not know,
// answers every --jsonl input line with exactly one line that carries its line number, echoes numeric
// ids digit for digit, escapes U+2028/U+2029 in JSON, and shows the draft's control characters.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { run } from '@/cli/lint';
import { jsonLine, rawMember, visible } from '@/cli/output';
import { createLinter } from '@/rules/engine';

const linter = createLinter();
const lint = async (args: string[], input = '') => {
  const io = memoryIO(input);
  const code = await run(args, io, () => linter);
  return { code, stdout: io.stdout, stderr: io.stderr };
};

describe('lint arguments', () => {
  it.each([
    [['--json'], '未知参数 / unknown argument: --json（是要 --jsonl 吗？'],
    [['--bogus'], '未知参数 / unknown argument: --bogus'],
    [['--jsonl', '--bogus'], '未知参数'],
    [['--jsonl', 'drafts.jsonl'], '--jsonl 只从标准输入读取，不接受文件名或草稿：drafts.jsonl'],
    [['--jsonl', '加我微信abc12345'], '--jsonl 只从标准输入读取'],
    [['加我微信', 'abc12345'], '参数过多'],
    [[''], '没有要检查的文本'],
  ])('refuses %j with exit 2, Chinese first, and reads nothing', async (args, message) => {
    const r = await lint(args, '{"id":1,"text":"加我微信abc12345"}\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message.slice(0, 4))).toBe(true);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('replyguard lint --help');
  });

  it('takes a draft that starts with "-" after --, and -- is not a flag', async () => {
    expect((await lint(['--', '-5 元，加我微信abc12345'])).stdout).toContain('2.3');
    expect((await lint(['--', '--jsonl'])).stdout).toContain('「--jsonl」 位置 0–7'); // linted as a draft, not a mode
  });

  it('documents the exit codes of both modes in --help', async () => {
    const help = (await lint(['--help'])).stdout;
    expect(help).toMatch(/退出码 \/ exit code: 参数错误.*为 2/);
    expect(help).toContain('--jsonl 读完全部输入即为 0');
  });
});

describe('lint --jsonl: one line out per line in', () => {
  it('answers blank lines and lines without an id; errors and id-less answers carry their line, results with an id keep the contract shape', async () => {
    const input = ['{"id":1,"text":"您好"}', '', '   ', '{"text":"加我微信abc12345"}', 'not json', '{"id":"z","text":"您好"}'].join('\n') + '\n';
    const out = (await lint(['--jsonl'], input)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([undefined, 2, 3, 4, 5, undefined]);
    expect(out[0]).toEqual({ id: 1, findings: [] });
    expect(out[1]).toEqual({ line: 2, error: '空行，没有草稿 / blank line: no draft' });
    expect(out[2].error).toContain('空行');
    expect(out[3]).not.toHaveProperty('id');
    expect(out[3].findings.some((f: { clause: string }) => f.clause === '2.3')).toBe(true);
    expect(out[5]).toEqual({ id: 'z', findings: [] });
  });

  it('a null id is echoed and its result carries its line too (round 51 red team F9)', async () => {
    const out = (await lint(['--jsonl'], '{"id":"a","text":"您好"}\n{"id":null,"text":"您好"}\n')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toEqual([{ id: 'a', findings: [] }, { id: null, findings: [], line: 2 }]);
  });

  it('echoes numeric ids exactly as written (19 digits, exponents), and other ids as JSON', async () => {
    const input = [
      '{"id":1234567890123456789,"text":"您好"}',
      '{"text":"您好", "id" : 1e400 }',
      '{"id":9007199254740993}',
      '{"id":{"a":[1,"}"]},"text":"您好"}',
      '{"id":1,"id":-0.50,"text":"您好"}',
    ].join('\n');
    const out = (await lint(['--jsonl'], input)).stdout.split('\n');
    expect(out[0]).toBe('{"id":1234567890123456789,"findings":[]}');
    expect(out[1]).toBe('{"id":1e400,"findings":[]}');
    expect(out[2]).toBe('{"line":3,"id":9007199254740993,"error":"缺少字符串字段 \\"text\\" / missing string field \\"text\\""}');
    expect(out[3]).toBe('{"id":{"a":[1,"}"]},"findings":[]}');
    expect(out[4]).toBe('{"id":-0.50,"findings":[]}'); // the last of a repeated key, as JSON.parse takes
  });

  it('escapes U+2028 and U+2029, so readers that split lines on them see one record', async () => {
    const out = (await lint(['--jsonl'], '{"id":"a\u2028b","text":"加我微信\u2029abc12345"}\n')).stdout;
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out.split(/\r\n|[\n\r\u2028\u2029\x85]/).filter(Boolean)).toHaveLength(1);
    expect(JSON.parse(out).id).toBe('a\u2028b');
  });

  // (Until round 58b it stopped there, line 3 unanswered; see input-58b.test.ts.)
  it('gives the line that is not UTF-8 its error line, the rest still run (exit 2)', async () => {
    const io = memoryIO(Buffer.concat([Buffer.from('{"id":1,"text":"您好"}\n{"id":2,"text":"'), Buffer.from([0xbc, 0xd3]), Buffer.from('"}\n{"id":3,"text":"您好"}\n')]));
    expect(await run(['--jsonl'], io, () => linter)).toBe(2);
    const out = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[1]).toMatchObject({ line: 2, error: expect.stringContaining('GBK') });
    expect(out[2]).toEqual({ id: 3, findings: [] });
  });
});

describe('readable report: text from the input cannot drive the terminal', () => {
  it('shows ESC, OSC, BEL, \\r and bidi overrides escaped', async () => {
    const draft = '\u001b]0;PWNED\u0007\u001b[31m加我微信abc12345\u001b[0m\r您好\u202e';
    const { code, stdout } = await lint([draft]);
    expect(code).toBe(1);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(stdout).toContain('\\x1b]0;PWNED\\x07\\x1b[31m');
    expect(stdout).toContain('\\r您好<U+202E>');
  });

  it('visible() keeps ordinary text and tabs, and escapes line breaks inside a field', () => {
    expect(visible('您好\tA')).toBe('您好\tA');
    expect(visible('a\nb\u2028c\u200fd\u0085')).toBe('a\\nb<U+2028>c<U+200F>d\\x85');
  });
});

describe('output helpers', () => {
  it('rawMember finds the top-level member only, skipping nested and string look-alikes', () => {
    const json = '{"x":{"id":1},"s":"\\"id\\":2","id":  123456789012345678901 ,"t":[{"id":3}]}';
    expect(rawMember(json, 'id')).toBe('123456789012345678901');
    expect(rawMember('{"a":1}', 'id')).toBeUndefined();
  });

  it('jsonLine is JSON.stringify plus a newline, with U+2028/U+2029 escaped', () => {
    const value = { a: 'x\u2028y', b: [1, null], c: undefined };
    expect(JSON.parse(jsonLine(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(jsonLine(value)).toBe('{"a":"x\\u2028y","b":[1,null]}\n');
  });
});
