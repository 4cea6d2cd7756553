// Round 59 (ux59): `cat a.jsonl b.jsonl` where a has no final line end joins a's last event and b's first on one line
// (with b's U+FEFF between them when b has a mark): V8 said only 「Unexpected non-whitespace character after JSON at
// position 70」, and an invisible U+FEFF inside a line 「Expected double-quoted property name」. Both now say what and where.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';
import { jsonProblem } from '@/cli/output';
import '@/rules/engine';

const problem = (line: string) => {
  try {
    JSON.parse(line);
  } catch (e) {
    return jsonProblem(e, line);
  }
  throw new Error('parsed');
};

describe('json problem 59', { timeout: 120_000 }, () => {
  it('two objects on one line (a file with no final line end joined to a marked one): the join named, with the mark', () => {
    const said = problem('{"id":1,"text":"您好"}\uFEFF{"id":2,"text":"加我微信abc12345"}');
    expect(said).toMatch(/^这一行在一个完整的 JSON 对象之后还有另一个 JSON 对象（第 21 个字符起，先是看不见的 U\+FEFF（字节顺序标记 BOM））/);
    expect(said).toContain('前一个文件的最后一行没有换行');
    expect(said).toContain('请在接缝处补一个换行');
    expect(problem('{"id":1}{"id":2}')).toMatch(/^这一行在一个完整的 JSON 对象之后还有另一个 JSON 对象（第 9 个字符起）/);
  });

  it('an invisible character inside a line is named by its place and name', () => {
    expect(problem('{"id":1,\uFEFF"text":"x"}')).toMatch(/^第 9 个字符是看不见的 U\+FEFF（字节顺序标记 BOM），JSON 里不能出现在这里 \/ /);
    expect(problem('{"id":1,\u200B"text":"x"}')).toContain('U+200B（零宽空格）');
  });

  it('other JSON errors are left as V8 says them', () => {
    expect(problem('{"id":1,')).not.toContain('看不见');
  });

  it('lint --jsonl: the joined line says so in its error line', async () => {
    const io = memoryIO('{"id":1,"text":"您好"}\uFEFF{"id":2,"text":"加我微信abc12345"}\n');
    await main(['lint', '--jsonl'], io);
    expect(JSON.parse(io.stdout).error).toContain('前一个文件的最后一行没有换行');
  });
});
