// Round 57 (ux57), the CLI probed as a demanding user: (a) a read of stdin that fails (`0>file`: EBADF; EIO) printed a
// Node stack trace and exited 1 ("findings"); (b) a gzip (or zip / .xlsx) fed by mistake was refused with advice to
// save it as UTF-8 or iconv it; (c) audit and stats with every line malformed (raw NULs in strings, arrays, numbers)
// reported 「✓ 未发现违规」 / empty figures with status 0, a breach on those lines passing unseen; (d) `lint file.txt`
// linted the file's name, status 0; (e) a lone surrogate ("\ud800") was written to a readable report as �.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { memoryIO, noReadableLine, processIO, readFailureMessage, readLines, type CliIO } from '@/cli/io';
import { main } from '@/cli/main';
import { compressedKind } from '@/utils/text-bytes';

const NOW = '1714531600000';
const out = (conv: string, text: string, extra = '') => `{"conv":"${conv}","id":"m-${conv}","dir":"out","ts":1714521600000,"text":"${text}"${extra}}`;
const BREACH = out('c1', '加我微信 abc12345');

/** An IO whose stdin yields `chunks`, then fails as a read does with `code`. */
function failingIO(chunks: string[], code: string): CliIO & { stdout: string; stderr: string } {
  const io = memoryIO('');
  io.lines = () =>
    readLines(
      (async function* () {
        for (const c of chunks) yield Buffer.from(c);
        throw Object.assign(new Error(`${code}: read failed`), { code });
      })(),
    );
  return io;
}

describe('input 57 (a): a failed read of stdin is one line and status 2, never a stack trace or 1', { timeout: 120_000 }, () => {
  it('lint --jsonl answers the lines read, then says the read failed and how far it got', async () => {
    const io = failingIO(['{"id":1,"text":"好的"}\n'], 'EIO'); // 25 bytes
    expect(await main(['lint', '--jsonl'], io)).toBe(2);
    expect(io.stdout).toBe('{"id":1,"findings":[]}\n');
    expect(io.stderr).toBe(`${readFailureMessage({ code: 'EIO' } as NodeJS.ErrnoException, 25)}\n`);
    expect(io.stderr).toMatch(/^读取标准输入失败：读写设备出错（磁盘、网络盘或终端断开）（EIO），已读到的 25 字节之后输入没有读完，结果不完整 \/ could not read/);
  });

  it.each(['audit', 'stats'])('%s prints no half report', async (command) => {
    const io = failingIO([`${BREACH}\n`], 'EIO');
    expect(await main([command, '--now', NOW], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('读取标准输入失败');
  });

  it('stdin not open for reading, before any byte: said so, nothing checked', async () => {
    const io = failingIO([], 'EBADF');
    expect(await main(['lint'], io)).toBe(2);
    expect(io.stderr).toMatch(/^读取标准输入失败：标准输入不能读取（没有以读取方式打开，例如写成了 0>文件）（EBADF），什么也没有检查/);
  });

  it('in a real process: `lint --jsonl 0>file` (EBADF) gives the line, no stack trace, status 2', { timeout: 180_000 }, () => {
    const bin = join(resolve(__dirname, '../../..'), 'bin/replyguard.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'rg57-'));
    const r = spawnSync('bash', ['-c', `node ${bin} lint --jsonl 0>${dir}/w; echo "status=$?"`], { encoding: 'utf8', timeout: 170_000 });
    expect(r.stderr).toMatch(/^读取标准输入失败：标准输入不能读取.*（EBADF）/);
    expect(r.stderr).not.toMatch(/at |node:internal|triggerUncaughtException/);
    expect(r.stdout).toBe('status=2\n');
  });
});

describe('input 57 (b): a compressed file is named, with the command that unpacks it', { timeout: 120_000 }, () => {
  const log = Buffer.from(`${BREACH}\n`.repeat(50));
  const gz = gzipSync(log);
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xml')]);

  it.each([
    ['a gzip', gz, '输入是 gzip 压缩文件（.gz），不是文本，无法检查：请先解压再运行，例如 gunzip -c 文件.gz | replyguard <命令>'],
    ['a cut-off gzip', gz.subarray(0, 30), '输入是 gzip 压缩文件（.gz），不是文本'],
    ['a zip or .xlsx', zip, '输入是 ZIP 压缩包（也可能是 Excel .xlsx 表格），不是文本，无法检查：请先解压再运行，例如 unzip -p 文件.zip | replyguard <命令>（解压时报错说明文件不完整，请重新导出）；Excel 表格须先导出为每行一个 JSON 的文本'],
    // Round 60 (ux60): named with its lines (its text unpacked only to count them) and the command unpacking that part alone.
    ['text, then a gzip joined by cat', Buffer.concat([Buffer.from(`${BREACH}\n${BREACH}\n`), gz]), '标准输入第 3–52 行（解压后共 50 行）是 gzip 压缩数据（接在文本行后面'],
  ])('%s: lint --jsonl, lint, audit and stats refuse it (status 2), not as 「请另存为 UTF-8」', async (_, bytes, said) => {
    for (const argv of [['lint', '--jsonl'], ['lint'], ['audit', '--now', NOW], ['stats', '--now', NOW]]) {
      const io = memoryIO(bytes);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.stderr, argv.join(' ')).toContain(said);
      expect(io.stderr, argv.join(' ')).not.toMatch(/另存为 UTF-8|iconv/);
    }
  });

  it('text that merely starts like a magic number is text', () => {
    expect(compressedKind(Buffer.from('BZh is a word'))).toBeNull();
    expect(compressedKind(Buffer.from('PK 比赛'))).toBeNull();
    expect(compressedKind(Buffer.from('BZh91AY&SY'))?.zh).toMatch(/^bzip2/);
  });
});

describe('input 57 (c): a log with no readable line is refused, not passed', { timeout: 120_000 }, () => {
  // A raw NUL and a raw tab inside a string are invalid JSON; arrays, numbers and null are no events.
  const allBad = [BREACH.replace('加我', '加\u0000我'), BREACH.replace('加我', '加\t我'), '[1,2]', '5', 'null'].join('\n') + '\n';

  // stats keeps its stream contract's one JSON object on stdout (empty figures); audit prints no half report.
  it.each([
    ['audit', ''],
    ['stats', '{"days":{},"months":{}}\n'],
  ])('%s: every line named on stderr, then the refusal, status 2', async (command, stdout) => {
    const io = memoryIO(allBad);
    expect(await main([command, '--now', NOW], io)).toBe(2);
    expect(io.stdout).toBe(stdout);
    const lines = io.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 5).map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([1, 2, 3, 4, 5]);
    expect(lines[5]).toBe(noReadableLine(5));
    expect(lines[5]).toMatch(/^没有一行可以读取：全部 5 行都格式错误.*什么也没有检查.* \/ no line could be read/);
  });

  it('audit with some lines read: 「✓」 says the malformed lines were not checked (status 0, as the contract says)', async () => {
    const io = memoryIO(`${out('c2', '好的')}\n[1]\n`);
    expect(await main(['audit', '--now', NOW], io)).toBe(0);
    expect(io.stdout).toContain('  ✓ 读取的各行未发现违规；另有 1 行格式错误，未检查（见 stderr） / no findings in the lines read; 1 malformed lines were not checked');
    const clean = memoryIO(`${out('c2', '好的')}\n`);
    expect(await main(['audit', '--now', NOW], clean)).toBe(0);
    expect(clean.stdout).toContain('  ✓ 未发现违规 / no findings\n');
  });

  it('stats with one event read still counts it (status 0); lint --jsonl still answers every malformed line (status 0)', async () => {
    const stats = memoryIO(`{"conv":"c","id":"q","dir":"in","ts":1714521600000}\n[1]\n`);
    expect(await main(['stats', '--now', NOW], stats)).toBe(0);
    expect(JSON.parse(stats.stdout)).toMatchObject({ days: { '2024-05-01': { eligible: 1, late: 1 } } });
    const lint = memoryIO('[1]\n5\n');
    expect(await main(['lint', '--jsonl'], lint)).toBe(0);
    expect(lint.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('input 57 (d): a file or directory name given where the draft goes', { timeout: 120_000 }, () => {
  const withPaths = (input: string, paths: Record<string, 'file' | 'directory'>) => Object.assign(memoryIO(input), { pathKind: (arg: string) => paths[arg] ?? null });

  it.each([
    ['drafts.txt', 'file', '参数“drafts.txt”是一个已有文件的名字：lint 检查的是参数里的文字本身，不会读取文件'],
    ['logs', 'directory', '参数“logs”是一个已有目录的名字：lint 检查的是参数里的文字本身，不会读取目录'],
  ] as const)('lint %s is refused (status 2) with how to give the file', async (arg, kind, said) => {
    const io = withPaths('', { [arg]: kind });
    expect(await main(['lint', arg], io)).toBe(2);
    expect(io.stderr).toContain(said);
    expect(io.stderr).toContain('replyguard lint < 文件');
    expect(io.stdout).toBe('');
  });

  it('a draft that names no path is linted as before', async () => {
    const io = withPaths('', { other: 'file' });
    expect(await main(['lint', '加我微信 abc12345'], io)).toBe(1);
  });

  it('processIO tells files and directories from drafts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg57-'));
    writeFileSync(join(dir, 'a.txt'), '');
    expect(processIO.pathKind!(dir)).toBe('directory');
    expect(processIO.pathKind!(join(dir, 'a.txt'))).toBe('file');
    expect(processIO.pathKind!(join(dir, 'gone.txt'))).toBeNull();
    expect(processIO.pathKind!('加我微信 abc12345')).toBeNull();
    expect(processIO.pathKind!('x'.repeat(5000))).toBeNull();
  });

  it.each(['audit', 'stats'])('%s chat.jsonl says the command reads stdin (an option does not)', async (command) => {
    const io = memoryIO('');
    expect(await main([command, 'chat.jsonl'], io)).toBe(2);
    expect(io.stderr).toContain(`未知参数 / unknown argument: chat.jsonl\n${command} 只从标准输入读取；要读取文件请写 replyguard ${command} < 文件`);
    const option = memoryIO('');
    expect(await main([command, '--bogus'], option)).toBe(2);
    expect(option.stderr).not.toContain('只从标准输入读取');
  });
});

describe('input 57 (e): a lone surrogate in a readable report', { timeout: 120_000 }, () => {
  it('is shown as <U+D800>, not as �; a pair is kept; JSON output stays exact', async () => {
    const line = out('c1', '加我微信 abc12345', ',"agent":"\\ud800王😀"');
    const io = memoryIO(`${line}\n`);
    expect(await main(['audit', '--now', NOW], io)).toBe(1);
    expect(io.stdout).toContain('<U+D800>王😀：检查 1');
    expect(io.stdout).not.toContain('\uFFFD');
    const json = memoryIO(`${line}\n`);
    await main(['audit', '--json', '--now', NOW], json);
    expect(json.stdout).toContain('"agent":"\\ud800王😀"');
  });
});

describe('input 57 (f): a raw control character in a JSON string is named, Chinese first', { timeout: 120_000 }, () => {
  it('lint --jsonl: which character, where (in characters), and how JSON writes it; the next line still runs', async () => {
    const io = memoryIO(`{"id":1,"text":"加我\u0000微信"}\n{"id":2,"text":"好的"}\n`);
    expect(await main(['lint', '--jsonl'], io)).toBe(0);
    const [first, second] = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line?: number; error?: string; id?: number });
    expect(first).toEqual({ line: 1, error: '不是合法的 JSON / invalid JSON: 第 19 个字符是控制字符 U+0000（NUL），JSON 字符串里不能直接出现，须写成 \\u0000（请让导出工具按 JSON 转义，或删去它） / Bad control character in string literal in JSON at position 18' });
    expect(second).toMatchObject({ id: 2 });
  });

  it('audit and stats say it too; other JSON errors keep V8 message', async () => {
    const io = memoryIO(`${BREACH.replace('加我', '加\t我')}\n${out('c2', '好的')}\n{"conv":\n`);
    await main(['audit', '--now', NOW], io);
    expect(io.stderr).toContain('{"line":1,"error":"不是有效的 JSON / invalid JSON: 第 66 个字符是控制字符 U+0009（制表符 Tab），JSON 字符串里不能直接出现，须写成 \\\\u0009');
    expect(io.stderr).toMatch(/\{"line":3,"error":"不是有效的 JSON \/ invalid JSON: Unexpected end of JSON input"\}/);
    const stats = memoryIO(`{"conv":"c\u0000","id":"q","dir":"in","ts":1}\n{"conv":"c","id":"q","dir":"in","ts":1714521600000}\n`);
    await main(['stats', '--now', NOW], stats);
    expect(stats.stderr).toContain('第 11 个字符是控制字符 U+0000（NUL）');
  });
});
