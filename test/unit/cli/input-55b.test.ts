// Round 55 (rt55 F3, F5, F6, F7, F10): CLI input and arguments.
// F3/F6: text behind a UTF-16 byte order mark is read only when it reads as UTF-16 text in the mark's order; UTF-8 behind
// the mark (FF FE EF BB BF + UTF-8, or any UTF-8 whose bytes pair into valid UTF-16 junk) and a byte-swapped CJK-only body
// are refused with status 2, and a second mark of the other order mid-stream (cat of an LE and a BE file) is refused at its line.
// F5: dash lookalikes and invisible prefixes in front of a lint option are an unknown-option refusal, never a draft.
// F7: every echoed argument is capped at 200 bytes. F10: --now and --max both drop surrounding spaces; a --now that is
// neither form gets one wording.
import { describe, expect, it } from 'vitest';
import { InputError, memoryIO, readLines, shownArg } from '@/cli/io';
import { main } from '@/cli/main';
import { parseNowOption } from '@/rules/metrics/timestamp';

const b = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p as number[]))));
const LE = [0xff, 0xfe];
const BE = [0xfe, 0xff];
const U8 = [0xef, 0xbb, 0xbf];
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
const breach = '加我微信abc12345';
const jsonl = (id: number) => `{"id":${id},"text":"${breach}"}\n`;

async function read(input: Buffer): Promise<string[] | InputError> {
  const out: string[] = [];
  try {
    for await (const l of readLines([input])) out.push(l);
  } catch (e) {
    return e as InputError;
  }
  return out;
}

describe('input 55b: what follows a UTF-16 byte order mark (rt55 F3, F6)', { timeout: 120_000 }, () => {
  it.each([
    ['FF FE + UTF-8 mark + UTF-8', b(LE, U8, `${breach}\n`), 'UTF-16LE'],
    ['FE FF + UTF-8 mark + UTF-8', b(BE, U8, `${breach}\n`), 'UTF-16BE'],
    ['FF FE + 亲加我微信…', b(LE, `亲${breach}\n`), 'UTF-16LE'],
    ['FF FE + \\n加我微信…', b(LE, `\n${breach}\n`), 'UTF-16LE'],
    ['FF FE + UTF-8 mark + three lines', b(LE, U8, `${breach}\n${breach}\n${breach}\n`), 'UTF-16LE'],
    ['FF FE + UTF-8 mark + JSONL', b(LE, U8, jsonl(1)), 'UTF-16LE'],
    ['FF FE + ASCII-only UTF-8', b(LE, 'wx: abc12345\n'), 'UTF-16LE'],
  ])('%s: refused as UTF-8 behind the mark', async (_, input, named) => {
    const e = await read(input);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain(`字节顺序标记（${named === 'UTF-16LE' ? 'FF FE' : 'FE FF'}）开头，内容却是 UTF-8（标记与内容不符）`);
  });

  it.each([
    ['FF FE + UTF-16BE 加我微信私聊', b(LE, utf16be('加我微信私聊')), 'UTF-16BE'],
    ['FE FF + UTF-16LE 加我微信私聊吧', b(BE, Buffer.from('加我微信私聊吧', 'utf16le')), 'UTF-16LE'],
  ])('%s (CJK only, no NULs): refused as the other byte order', async (_, input, real) => {
    const e = await read(input);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain(`内容却是 ${real} 的字节顺序（标记与内容不符）`);
  });

  it('real UTF-16 text is still read, however short, in either order and with two marks', async () => {
    for (const text of ['还', '你好', '加我微信私聊', `${breach}\n好的`, '😀 亲，在的']) {
      expect(await read(b(LE, Buffer.from(text, 'utf16le')))).toEqual(text.split('\n'));
      expect(await read(b(BE, utf16be(text)))).toEqual(text.split('\n'));
    }
    expect(await read(b(LE, LE, Buffer.from('你好', 'utf16le')))).toEqual(['你好']);
  });

  it('cat of an LE and a BE file: line 2 is refused as a change of byte order (either way round)', async () => {
    for (const [first, second, was, now] of [
      [b(LE, Buffer.from(jsonl(1), 'utf16le')), b(BE, utf16be(jsonl(2))), 'UTF-16LE', 'UTF-16BE'],
      [b(BE, utf16be(jsonl(1))), b(LE, Buffer.from(jsonl(2), 'utf16le')), 'UTF-16BE', 'UTF-16LE'],
    ] as const) {
      const e = await read(b(first, second));
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).line).toBe(2);
      expect((e as InputError).message).toContain(`标准输入第 2 行起字节顺序不同：前面是 ${was}，这里出现了 ${now} 的字节顺序标记`);
    }
  });

  it('lint, lint --jsonl and audit exit 2 (never 「未发现违规」 0)', async () => {
    for (const argv of [['lint'], ['lint', '--jsonl'], ['audit'], ['audit', '--json']]) {
      const io = memoryIO(b(LE, U8, jsonl(1)));
      expect(await main(argv, io)).toBe(2);
      expect(io.stdout).not.toContain('未发现违规');
      expect(io.stderr + io.stdout).toContain('内容却是 UTF-8');
    }
  });
});

describe('input 55b: dash lookalikes in lint (rt55 F5)', { timeout: 120_000 }, () => {
  it.each(['‐‐jsonl', '‑‑jsonl', '-—jsonl', '⸺jsonl', '⸻jsonl', ' --jsonl', '\u200B--jsonl', '\u2060‐jsonl', '--jsonl ', '\u00A0—jsonl', '〜jsonl'])(
    '%j: unknown option, 「是要 --jsonl 吗？」, status 2, stdin not read as a draft',
    async (arg) => {
      const io = memoryIO(jsonl(1));
      expect(await main(['lint', arg], io)).toBe(2);
      expect(io.stdout).toBe('');
      expect(io.stderr).toContain('未知参数 / unknown argument');
      expect(io.stderr).toContain('是要 --jsonl 吗？');
    },
  );

  it.each(['‐‐help', ' -h', '‑h'])('%j: refused with 「是要 --help 吗？」', async (arg) => {
    const io = memoryIO('');
    expect(await main(['lint', arg], io)).toBe(2);
    expect(io.stderr).toContain('是要 --help 吗？');
  });

  it('drafts that start with a dash but name no option are still drafts', async () => {
    for (const draft of ['-5 元优惠券', '‐这是说明', ' 您好']) {
      const io = memoryIO('');
      expect(await main(['lint', draft], io)).not.toBe(2);
      expect(io.stderr).toBe('');
    }
  });
});

describe('input 55b: echoes capped (rt55 F7)', { timeout: 120_000 }, () => {
  const long = '加'.repeat(5000);
  it('a 15,000-byte UTF-8 argument is cut at 200 bytes with its size, at a character', () => {
    const s = shownArg(long, Buffer.from(long));
    expect(s).toBe(`${'加'.repeat(66)}…（共 15000 字节 / 15000 bytes in all）`);
    expect(shownArg('--模式', Buffer.from('--模式'))).toBe('--模式');
  });

  it.each([
    ['lint', `--${long}`],
    ['audit', '--max', long],
    ['lint', '--jsonl', long],
    [long],
    ['stats', '--now', long],
  ])('every refusal echo stays short (%s …)', async (...argv) => {
    const io = memoryIO('');
    expect(await main(argv, io)).toBe(2);
    // The echo is capped (66 characters, then its size); the usage shown after an unknown command is ~1.1 KB of its own (round 62
    // added exit code 70 to it), so the whole stays far under the 15,000-byte argument.
    expect(Buffer.byteLength(io.stderr)).toBeLessThan(1600);
    expect(Math.max(...(io.stderr.match(/加+/g) ?? []).map((run) => run.length))).toBeLessThanOrEqual(66);
    expect(io.stderr).toContain('加');
  });
});

describe('input 55b: --now and --max (rt55 F10)', { timeout: 120_000 }, () => {
  it('surrounding spaces are dropped by both', async () => {
    expect(parseNowOption(' 1796460060000 ')).toEqual({ ok: true, value: 1796460060000 });
    for (const max of [' 5', '5 ', '--max= 5']) {
      const io = memoryIO('{"conv":"c1","id":"m1","dir":"out","ts":1796460060000,"text":"您好"}\n');
      const argv = max.startsWith('--') ? ['audit', max] : ['audit', '--max', max];
      expect(await main(argv, io)).toBe(0);
      expect(io.stderr).toBe('');
    }
  });

  it.each(['1796460060000.5', '1.79646006e12', '１７９６４６００６００００', 'yesterday', '12:00'])('--now %j: one wording naming both forms', async (value) => {
    const r = parseNowOption(value);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^不是整数毫秒数，也不是 ISO-8601 时间（例如 1714521600000 或 2024-05-01T08:00:00\+08:00）/);
    for (const cmd of ['stats', 'audit']) {
      const io = memoryIO('');
      expect(await main([cmd, '--now', value], io)).toBe(2);
      expect(io.stderr).toContain('不是整数毫秒数，也不是 ISO-8601 时间');
    }
  });

  it('a real date that does not exist keeps its own message', () => {
    expect(parseNowOption('2026-02-30')).toMatchObject({ ok: false, error: expect.stringContaining('日期不存在') });
  });
});
