// Streams the CLI commands read and write, injectable so tests can run commands in-process.
import { isUtf8 } from 'node:buffer';
import { fstatSync, readFileSync, statSync, writeSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { blanksBesideMarks, bomlessUtf16, compressedKind, type CompressedKind, eucGuess, firstInvalidUtf8, likelyGbk, startsWithMark } from '../utils/text-bytes';
// (Moved to utils/text-bytes.ts in round 58, so the options page's imports judge GBK as the CLI does.)
export { eucGuess, firstInvalidUtf8, likelyGbk };
import { visible } from './output';

export interface CliIO {
  /**
   * Lines of standard input, without their line endings; a line over MAX_LINE_BYTES comes as a LongLine (its text is
   * never held), a line that is not UTF-8 as a NotUtf8Line. Throws InputError when the input is not text it can read.
   */
  lines(): AsyncIterable<string | LongLine | NotUtf8Line>;
  out(text: string): void;
  err(text: string): void;
  /**
   * The bytes of the command-line argument `fromEnd` places before the last (0 = the last one), where the system
   * keeps them (Linux: /proc/self/cmdline); undefined elsewhere. Node decodes argv to text and turns bytes that are
   * not UTF-8 into U+FFFD, so only these bytes tell a GBK draft from a typed �.
   */
  argBytes?(fromEnd: number): Uint8Array | undefined;
  /** Whether `arg` names an existing file or directory (a file name given where a draft goes), where it can be told. */
  pathKind?(arg: string): 'file' | 'directory' | null;
}

/**
 * Round 57 (ux57): `replyguard audit chat.jsonl`, `stats dir/`: the commands read standard input only, and the refusal
 * said just 「未知参数」. The line after it says how to give the file.
 */
export function stdinOnlyHint(command: string, arg: string): string {
  return /^[-\u2010-\u2015\u2212\uFF0D]/.test(arg) ? '' : `\n${command} 只从标准输入读取；要读取文件请写 replyguard ${command} < 文件 / ${command} reads standard input only: replyguard ${command} < file`;
}

/**
 * Round 58 (ux58): the longest input line read, in bytes (8 MiB). There was no limit: one 50 MB line took 66–185 s and
 * 1.1–1.7 GB before its answer, and a 10 GB file with no line end would have been gathered whole. No chat message comes
 * near 8 MiB: the extension lints a paste of up to 1 MB, and even a 1,000,000-character Chinese draft written by a tool
 * that escapes every character (Python's json.dumps default: \uXXXX, 6 bytes each) is 6 MB. A longer line is most
 * likely damage or not a chat log at all (a whole JSON array on one line).
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** A line over MAX_LINE_BYTES: counted to its end as it streams by, never gathered; each command names it at its line. */
export class LongLine {
  constructor(
    /** 1-based input line. */
    readonly line: number,
    /** Its length in bytes, without the line end. */
    readonly bytes: number,
  ) {}

  get message(): string {
    const n = this.bytes.toLocaleString('en-US');
    const max = MAX_LINE_BYTES.toLocaleString('en-US');
    return `第 ${this.line} 行太长（${n} 字节），超过每行 ${max} 字节（8 MB）的上限，未检查：聊天消息远没有这么长，这一行多半已损坏，或不是每行一条的聊天记录（例如整个 JSON 数组写在了一行） / ` +
      `line ${this.line} is too long (${n} bytes), over the limit of ${max} bytes (8 MB) a line; not checked: no chat message is this long, so it is likely damaged or not one event a line (a whole JSON array on one line?)`;
  }
}

/**
 * Round 58b (ux58b): a line that is not UTF-8 (GBK from Chinese Windows, say), never read as U+FFFD. It used to stop
 * the whole input at its line (lint --jsonl answered nothing after it); now each command names it at its line, and
 * `notUtf8Summary` gives the advice once, for the whole input (which may mix encodings).
 */
export class NotUtf8Line {
  constructor(
    /** 1-based input line. */
    readonly line: number,
    /** The full message with its advice, as a refusal of this line alone says it. */
    readonly message: string,
    /** The same, short, for one error line among many: where and what, no advice. */
    readonly brief: string,
    /** The encoding the bytes look like, when one can convert them (GBK, GB18030, EUC-JP, EUC-KR); else null. */
    readonly encoding: string | null,
    /** The UTF-16 part after UTF-8 lines this line is in (cat a.jsonl b-utf16.jsonl), when it is in one. */
    readonly utf16?: Utf16Part,
    /** The compressed part after text lines this line is in (cat a.jsonl b.jsonl.gz), when it is in one. */
    readonly packed?: PackedPart,
  ) {}
}

/**
 * Round 59 (ux59): a UTF-16 file joined after UTF-8 lines (`cat a.jsonl b-utf16.jsonl`). It stopped the run at its first
 * line (lint --jsonl answered nothing after it, audit and stats said only 「分别转成 UTF-8」); its lines are now named one
 * by one as lines that are not UTF-8, and the advice converts this part alone, cut at its byte.
 */
export interface Utf16Part {
  /** Its first line, 1-based. */
  readonly line: number;
  /** How many bytes of the input come before it: where to cut the file. */
  readonly byte: number;
  readonly order: 'UTF-16LE' | 'UTF-16BE';
  /** Whether it starts with its own byte order mark (then `iconv -f UTF-16` reads the mark and drops it). */
  readonly marked: boolean;
  /** Where UTF-8 lines begin again after it (cat a.jsonl b-utf16.jsonl c.jsonl), once read that far; else it runs to the end. */
  after?: { line: number; byte: number };
}

/** The input cannot be read (not UTF-8, a directory…): the command stops and `main` exits 2 with this message. */
export class InputError extends Error {
  constructor(
    message: string,
    /** 1-based input line the problem is on, when there is one. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

const TTY_HINT =
  '正在从标准输入读取……输入完成后按 Ctrl+D 结束；通常写成 replyguard <命令> < 文件.jsonl，帮助见 --help。\n' +
  'Reading standard input… press Ctrl+D when done; usually replyguard <command> < file.jsonl (see --help).\n';

interface Stdin extends AsyncIterable<Uint8Array | string> {
  isTTY?: boolean;
  fd?: number;
}

/** How often the progress line is redrawn, at most. */
export const PROGRESS_EVERY_MS = 2000;

/** Where reading stands, for a person watching a terminal: 「正在读取：120.5 MB / 1,024.0 MB（12%）」. */
export function progressLine(read: number, total: number | null): string {
  const mb = (n: number) => `${(n / 1048576).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
  const of = total ? ` / ${mb(total)}（${Math.min(99, Math.floor((read / total) * 100))}%）` : '';
  const ofEn = total ? ` of ${mb(total)}` : '';
  return `正在读取：${mb(read)}${of}…… / reading: ${mb(read)}${ofEn}…`;
}

/**
 * Round 59 (ux59): a 1 GB log ran for over an hour (13.8 MB took 69 s on a loaded 2-core machine) with nothing on the
 * screen, like a hang. When stderr is a terminal, a progress line is redrawn in place at most every PROGRESS_EVERY_MS
 * (bytes read of the file's size; the reader pulls the bytes as it checks them, so read is checked) and wiped before
 * any other message and at the end. Never into a file or a pipe: a log or a script reading stderr gets no \r noise.
 */
async function* withProgress(chunks: AsyncIterable<Uint8Array | string>, total: number | null, shown: { line: boolean }, write: (text: string) => void, clock: () => number): AsyncGenerator<Uint8Array | string> {
  let read = 0;
  let last = clock();
  try {
    for await (const chunk of chunks) {
      read += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      const now = clock();
      if (now - last >= PROGRESS_EVERY_MS) {
        last = now;
        write(`\r\x1b[K${progressLine(read, total)}`);
        shown.line = true;
      }
      yield chunk;
    }
  } finally {
    if (shown.line) write('\r\x1b[K');
    shown.line = false;
  }
}

/** An IO over real streams. Without the hint a command typed at a terminal would seem to hang. */
export function streamIO(
  stdin: Stdin,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  { clock = Date.now, size = stdinSize, progress = { line: false } }: { clock?: () => number; size?: (stdin: Stdin) => number | null; progress?: { line: boolean } } = {},
): CliIO {
  const err = (text: string) => {
    // A message goes on a line of its own, never after the progress line's text.
    if (progress.line) {
      stderr.write('\r\x1b[K');
      progress.line = false;
    }
    stderr.write(text);
  };
  return {
    lines() {
      if (stdin.fd === 0 && isDirectory(0)) {
        throw new InputError('无法读取标准输入：它是一个目录，不是文件 / cannot read standard input: it is a directory, not a file');
      }
      if (stdin.isTTY) stderr.write(TTY_HINT);
      // (Typed at a terminal, the input is the person's own typing: no progress for it.)
      const source = stderr.isTTY && !stdin.isTTY ? withProgress(stdin, size(stdin), progress, (t) => void stderr.write(t), clock) : stdin;
      return readInputLines(source);
    },
    out: (text) => void stdout.write(text),
    err,
  };
}

/** The size of standard input when it is a regular file (`< big.jsonl`), for the progress line's share; else null. */
function stdinSize(stdin: Stdin): number | null {
  if (stdin.fd !== 0) return null;
  try {
    const stat = fstatSync(0);
    return stat.isFile() && stat.size > 0 ? stat.size : null;
  } catch {
    return null;
  }
}

function isDirectory(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false; // stdin closed (<&-): read as empty input
  }
}

// Why a write failed, Chinese / English, by the error's code (what `> report.jsonl` meets: a full disk, a failing drive…).
const WRITE_FAILURES: Record<string, [string, string]> = {
  ENOSPC: ['磁盘已满', 'disk full'],
  EDQUOT: ['超出磁盘配额', 'disk quota exceeded'],
  EFBIG: ['文件超过大小上限', 'file too large'],
  EIO: ['读写设备出错', 'input/output error'],
  EBADF: ['输出已关闭', 'output is closed'],
  EACCES: ['没有写入权限', 'permission denied'],
  EPERM: ['没有写入权限', 'operation not permitted'],
  EROFS: ['只读文件系统', 'read-only file system'],
};

/** The one line a failed write of the output gets (no stack trace), e.g. 「写入输出失败：磁盘已满（ENOSPC）」. */
export function writeFailureMessage(e: NodeJS.ErrnoException): string {
  const code = e.code ?? 'UNKNOWN';
  const [zh, en] = WRITE_FAILURES[code] ?? ['系统错误', e.message];
  return `写入输出失败：${zh}（${code}），输出不完整 / could not write the output: ${en} (${code}); the output is incomplete\n`;
}

let pipesGuarded = false;
/**
 * When the reader of our output goes away (`… | head -1`), stop quietly with status 0 as `cat` and
 * `grep` do: Node ignores SIGPIPE, so the write fails with EPIPE, which unhandled prints a stack trace.
 * Any other failed write (`> /dev/full`: ENOSPC; EIO…) leaves the output incomplete: one line on stderr
 * and status 2, never 1, which means "findings". (A file size limit's SIGXFSZ is ignored in bin/replyguard.mjs, so it
 * fails here as EFBIG.)
 */
function guardPipes(): void {
  if (pipesGuarded) return;
  pipesGuarded = true;
  for (const stream of [process.stdout, process.stderr]) stream.on('error', writeFailed);
}

function writeFailed(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(0);
  // Straight to fd 2: the stream may be the one that failed. If stderr cannot take it either, the status still says.
  try {
    writeSync(2, writeFailureMessage(e));
  } catch {
    // nothing more can be said
  }
  process.exit(2);
}

let stdoutFile: boolean | undefined;
/**
 * Output to a regular file is written here, to the last byte: Node's stdout for a file takes a short write (a file
 * size limit reached mid-chunk, a disk filling up) as done, so `audit --json > f` under `ulimit -f` left a cut report
 * and status 1. Written again from where it stopped, the write fails (EFBIG, ENOSPC) and is reported as above.
 */
function writeToFile(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  try {
    for (let done = 0; done < bytes.length; ) done += writeSync(1, bytes, done);
  } catch (e) {
    writeFailed(e as NodeJS.ErrnoException);
  }
}

// Whether a progress line is on the terminal now (streamIO): a message wipes it first.
const processProgress = { line: false };

/** What a run of this process has done, for the word said when it is interrupted (guardInterrupts). */
export interface RunState {
  /** What the command makes: a line of output per input line (lint --jsonl), one report at the end (audit, stats), one draft's report (lint). */
  kind: 'answers' | 'report' | 'draft';
  /** Input lines handed to the command so far (each is answered before the next is read). */
  lines: number;
  /** The command has returned: its output is whole. */
  finished: boolean;
  /** lint --jsonl: output lines written so far, each one input line's answer (cli/crash.ts says how many are there). */
  answered?: number;
}

const processRun: RunState = { kind: 'report', lines: 0, finished: false };

/**
 * Round 60 (ux60): what an interrupted run says on stderr. Ctrl+C on a long `lint --jsonl` / audit / stats run ended it
 * with status 130 and no word, so a 质检 user could take a partial result for a whole one. lint --jsonl's output holds
 * the first N lines' answers (each line whole): said with N. audit and stats write their report in one write at the
 * end, so an interrupted run leaves none (a `> report.txt` the shell made stays empty, never a partial report that reads
 * as whole): said so.
 */
export function interruptedMessage(signal: string, run: RunState): string {
  const n = run.lines.toLocaleString('en-US');
  const [zh, en] =
    run.kind === 'answers' ? [`已处理 ${n} 行，结果不完整：输出里只有前 ${n} 行的结果`, `${n} lines processed, the results are incomplete: the output holds the first ${n} lines' results`]
    : run.kind === 'report' ? [`已读取 ${n} 行，结果不完整：没有写出报告`, `${n} lines read, the results are incomplete: no report was written`]
    : ['草稿没有检查', 'the draft was not checked'];
  return `已中断（${signal}）：${zh} / interrupted (${signal}): ${en}\n`;
}

let interruptsGuarded = false;
/**
 * Says interruptedMessage on stderr (any stderr: a terminal, or a log a batch job keeps; never stdout, the results)
 * when the process is stopped by Ctrl+C (SIGINT), `kill` (SIGTERM) or a closed terminal (SIGHUP), then dies of that
 * same signal, so the shell still sees 130 / 143 / 129 and a script loop stops as it would. The handler runs between
 * the command's steps, never inside a write: the last output line stays whole.
 */
export function guardInterrupts(kind: RunState['kind']): RunState {
  processRun.kind = kind;
  if (interruptsGuarded) return processRun;
  interruptsGuarded = true;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const stop = (signal: NodeJS.Signals) => {
    if (!processRun.finished) {
      try {
        writeSync(2, `${processProgress.line ? '\r\x1b[K' : ''}${interruptedMessage(signal, processRun)}`);
      } catch {
        // stderr gone (a closed terminal): the status still says
      }
    }
    for (const s of signals) process.removeAllListeners(s);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, stop);
  return processRun;
}

export async function* counted<T>(lines: AsyncIterable<T>, run: RunState): AsyncGenerator<T> {
  for await (const line of lines) {
    run.lines++;
    yield line;
  }
}

export const processIO: CliIO = {
  // (process.stdin is touched only here: a command that never reads it must not open it.)
  lines: () => counted(streamIO(process.stdin, process.stdout, process.stderr, { progress: processProgress }).lines(), processRun),
  out: (text) => {
    guardPipes();
    stdoutFile ??= (() => {
      try {
        return fstatSync(1).isFile();
      } catch {
        return false;
      }
    })();
    if (stdoutFile) writeToFile(text);
    else process.stdout.write(text);
  },
  err: (text) => {
    guardPipes();
    if (processProgress.line) {
      process.stderr.write('\r\x1b[K'); // the progress line wiped: the message on a line of its own
      processProgress.line = false;
    }
    process.stderr.write(text);
  },
  pathKind: (arg) => {
    try {
      const stat = statSync(arg);
      return stat.isDirectory() ? 'directory' : 'file';
    } catch {
      return null; // no such path (ENOENT), or no path at all (ENAMETOOLONG, a NUL…): a draft
    }
  },
  argBytes: (fromEnd) => {
    let parts: Buffer[];
    try {
      const all = readFileSync('/proc/self/cmdline');
      parts = [];
      for (let start = 0; start < all.length; ) {
        const end = all.indexOf(0, start);
        parts.push(all.subarray(start, end === -1 ? all.length : end));
        start = end === -1 ? all.length : end + 1;
      }
    } catch {
      return undefined; // no /proc (macOS, Windows)
    }
    const bytes = parts[parts.length - 1 - fromEnd];
    // The arguments are the tail of the command line; trust the bytes only if they read as Node read the argument.
    return bytes && bytes.toString('utf8') === process.argv[process.argv.length - 1 - fromEnd] ? bytes : undefined;
  },
};

/**
 * Split a byte stream into lines (ending in \n, \r\n or a lone \r, as readline does) and decode each as
 * UTF-8, refusing bytes that are not UTF-8 (GBK from Chinese Windows, say) instead of reading them as
 * U+FFFD. A stream that starts with a UTF-16 byte order mark is decoded as UTF-16.
 */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export async function* readInputLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string | LongLine | NotUtf8Line> {
  // Files joined with cat keep each one's mark (EF BB BF, or FF FE) at the start of their first line, one or more:
  // dropped at the start of every line, here once for lint --jsonl, audit and stats (audit and stats dropped one at
  // line 1 only, lint one per line; a second mark failed as invalid JSON). U+FEFF there is never text.
  for await (const line of decodedLines(source)) yield typeof line === 'string' ? line.replace(/^\uFEFF+/, '') : line;
}

/** readInputLines for a reader that takes every line as text: a line past MAX_LINE_BYTES or not UTF-8 stops it (InputError, at that line). */
export async function* readLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string> {
  for await (const line of readInputLines(source)) {
    if (line instanceof LongLine || line instanceof NotUtf8Line) throw new InputError(line.message, line.line);
    yield line;
  }
}

/**
 * Round 56 (ux56): an input with no text (0 bytes, or only byte order marks, blank lines and spaces). `lint --jsonl`
 * printed nothing and exited 0 for a UTF-16 mark alone (`printf '\xff\xfe'`), as for 0 bytes, and `audit` reported
 * 「✓ 未发现违规」 with 0: a failed export, or the wrong file, passed unseen. A UTF-8 mark alone got a blank-line
 * error, a UTF-16 mark and a newline 「内容却是 UTF-8」: three answers for one empty file. Now the commands that judge
 * (lint in both modes, audit) refuse it with this message and status 2, as `lint` with no draft already was; `stats`,
 * which counts, gives the contract's empty figures (the extension's export of an empty ledger is 0 bytes). A mark is
 * never a line, so every mark-only input is read as 0 bytes are.
 */
export const EMPTY_INPUT =
  '没有要检查的文本：标准输入是空的（0 字节，或只有空行、空格、字节顺序标记），什么也没有检查。请确认文件名是否正确、生成它的导出是否成功 / ' +
  'nothing to check: standard input is empty (0 bytes, or only blank lines, spaces and byte order marks); check the file name and the export that made it';

/**
 * Round 57 (ux57): an input with text but not one line readable as an event (every line malformed: a raw NUL or tab in a
 * JSON string, arrays, numbers, another tool's format). `audit` reported 「✓ 未发现违规」 with status 0, and `stats`
 * the empty figures with status 0: a breach on a malformed line passed unseen. Both now refuse it with status 2 after
 * naming each line on stderr, as an empty input is refused.
 */
export function noReadableLine(malformed: number): string {
  return `没有一行可以读取：全部 ${malformed} 行都格式错误（每行的原因见上面的 {"line","error"}），什么也没有检查。请确认输入是每行一个 JSON 对象的聊天记录（格式见 --help） / ` +
    `no line could be read: all ${malformed} lines are malformed (see each {"line","error"} above); nothing was checked. The input must be chat events, one JSON object a line (see --help)`;
}

/**
 * Bytes that start with a byte order mark and hold nothing else but marks, NULs and ASCII blanks have no text in any
 * reading (UTF-8, UTF-16 or UTF-32 of either order), so nothing the mark checks below could name (「内容却是 UTF-8」
 * for FF FE 0A sent the agent to convert an empty file): their blank bytes, or null when there is anything else.
 * The walk is the options page's too (utils/text-bytes.ts).
 */
function markedBlanks(bytes: Buffer): Buffer | null {
  const blanks = startsWithMark(bytes) ? blanksBesideMarks(bytes) : null;
  return blanks && Buffer.from(blanks);
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  if (bytes.length) yield bytes;
}

async function* decodedLines(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<string | LongLine | NotUtf8Line> {
  const chunks = bytesOf(source)[Symbol.asyncIterator]();
  // Enough of the start to see a byte order mark.
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  // After a UTF-8 mark, enough to judge what follows it (the mark may arrive as a chunk of its own).
  const markFirst = () => head[0]?.[0] === 0xef && Buffer.concat(head).subarray(0, 3).equals(UTF8_BOM);
  // After a UTF-16 mark, enough to see whether its NULs and line ends agree with it.
  const mark16First = () => (head[0]?.[0] === 0xff && head[0]?.[1] === 0xfe) || (head[0]?.[0] === 0xfe && head[0]?.[1] === 0xff);
  while (headLength < 4 || (headLength < 64 && markFirst()) || (headLength < 512 && mark16First())) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const rest = async function* () {
    yield* head;
    if (!ended) for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  };
  const start = Buffer.concat(head);
  const compressed = compressedInput(start, 1);
  if (compressed) throw compressed;
  // Marks and blanks only (all of the input is in `start`): its blank lines, whatever the mark says (FF FE 0A is no
  // UTF-16 but holds nothing to convert either), so it reads as the same blank lines without a mark would.
  const blanks = ended ? markedBlanks(start) : null;
  if (blanks) {
    yield* utf8Lines(once(blanks));
    return;
  }
  // Checked before UTF-16: the UTF-32LE mark FF FE 00 00 starts with UTF-16LE's FF FE.
  const utf32 = start[0] === 0xff && start[1] === 0xfe && start[2] === 0 && start[3] === 0 ? 'UTF-32LE'
    : start[0] === 0 && start[1] === 0 && start[2] === 0xfe && start[3] === 0xff ? 'UTF-32BE' : null;
  if (utf32) {
    throw new InputError(
      `输入是 ${utf32} 编码（以 UTF-32 字节顺序标记开头），无法读取：请另存为 UTF-8（例如 iconv -f UTF-32 -t UTF-8 原文件 > 新文件） / ` +
        `the input is ${utf32} (it starts with a UTF-32 byte order mark): save it as UTF-8 (e.g. iconv -f UTF-32 -t UTF-8 in > out)`,
      1,
    );
  }
  const bom16 = start[0] === 0xff && start[1] === 0xfe ? 'utf-16le' : start[0] === 0xfe && start[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    const real = utf16Contradicted(start.subarray(2), bom16) ?? utf16Misread(start.subarray(2), bom16, ended);
    if (real === 'UTF-8') {
      const [mark, named] = bom16 === 'utf-16le' ? ['FF FE', 'UTF-16LE'] : ['FE FF', 'UTF-16BE'];
      throw new InputError(
        `输入以 ${named} 字节顺序标记（${mark}）开头，内容却是 UTF-8（标记与内容不符），按标记读会读成乱码、漏掉违规：请去掉开头 2 个字节（例如 tail -c +3 原文件 > 新文件） / ` +
          `the input starts with a ${named} byte order mark (${mark}) but its text is UTF-8: drop the first 2 bytes (e.g. tail -c +3 in > out)`,
        1,
      );
    }
    if (real) {
      const [mark, named] = bom16 === 'utf-16le' ? ['FF FE', 'UTF-16LE'] : ['FE FF', 'UTF-16BE'];
      throw new InputError(
        `输入以 ${named} 字节顺序标记（${mark}）开头，内容却是 ${real} 的字节顺序（标记与内容不符），按标记读会读成乱码、漏掉违规：请按 ${real} 转换为 UTF-8（例如 tail -c +3 原文件 | iconv -f ${real} -t UTF-8 > 新文件） / ` +
          `the input starts with a ${named} byte order mark (${mark}) but its bytes are in ${real} order: convert it as ${real} (e.g. tail -c +3 in | iconv -f ${real} -t UTF-8 > out)`,
        1,
      );
    }
    yield* utf16Lines(rest(), bom16);
  } else {
    // Marks added twice (a tool adding one to a file that has one) are all dropped: only the text is judged.
    let marks = 0;
    while (start.subarray(marks * 3, marks * 3 + 3).equals(UTF8_BOM)) marks++;
    // A tool that puts a UTF-8 mark in front of a UTF-16 export: the odd 3 bytes shift the NULs, so the
    // pattern is judged after the mark (judged from byte 0 it read as UTF-16BE, and that advice garbled it).
    const afterMarks = start.subarray(marks * 3);
    const behind = marks ? bomlessUtf16(afterMarks) ?? bomlessUtf32(afterMarks) : null;
    if (behind) {
      throw new InputError(
        `输入以 UTF-8 字节顺序标记（EF BB BF）开头，后面却像是 ${behind} 文本，无法可靠读取：请去掉开头 3 个字节再另存为 UTF-8（例如 tail -c +4 原文件 | iconv -f ${behind} -t UTF-8 > 新文件） / ` +
          `the input starts with a UTF-8 byte order mark (EF BB BF) followed by what looks like ${behind}: drop the first 3 bytes and save it as UTF-8 (e.g. tail -c +4 in | iconv -f ${behind} -t UTF-8 > out)`,
        1,
      );
    }
    // Round 58 (ux58): nothing but NUL bytes at the start (a sparse or preallocated file, an export that never wrote,
    // a disk image) was called 「没有字节顺序标记的 UTF-32LE 文本」, whose iconv advice converts nothing.
    if (afterMarks.length >= 8 && afterMarks.subarray(0, 512).every((b) => b === 0)) {
      throw new InputError(
        `输入开头全是 NUL 字节（00），不是文本：多半是稀疏文件、预先分配而没有写完的导出或磁盘镜像，无法检查：请重新导出聊天记录 / ` +
          `the input starts with nothing but NUL bytes (00), not text: a sparse or preallocated file, an unfinished export or a disk image; export the chat log again`,
        1,
      );
    }
    // Judged from byte 0 only when the first line itself has NULs: a UTF-8 line in front of a UTF-16 part
    // (cat a.jsonl b-utf16.jsonl) shifts the pattern, so that part is named at its own line (decodeUtf8Line).
    const firstNul = start.indexOf(0);
    const firstLf = start.indexOf(0x0a);
    const guess = (firstNul !== -1 && (firstLf === -1 || firstNul < firstLf) ? bomlessUtf16(start) ?? bomlessUtf32(start) : null) ?? (marks ? null : cjkUtf16LineEnd(start));
    if (guess) {
      throw new InputError(
        `输入像是没有字节顺序标记的 ${guess} 文本，无法可靠读取：请另存为 UTF-8（例如 iconv -f ${guess} -t UTF-8 原文件 > 新文件） / ` +
          `the input looks like ${guess} without a byte order mark: save it as UTF-8 (e.g. iconv -f ${guess} -t UTF-8 in > out)`,
        1,
      );
    }
    yield* utf8Lines(rest());
  }
}

/**
 * The byte order the text after a UTF-16 mark really has, when it contradicts the mark (a buggy exporter, a
 * byte-swapped copy): read by the mark it would be garbage (笀 ∀ 椀) judged 「no findings」. Told by the line ends
 * (0A 00 is LE's \n, 00 0A BE's; their swapped reading U+0A00 is no character), else by NULs (ASCII in the text).
 */
function utf16Contradicted(after: Uint8Array, bom: 'utf-16le' | 'utf-16be'): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(after.length, 510) & ~1;
  let leEnds = 0, beEnds = 0, evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    const a = after[i]!, b = after[i + 1]!;
    if ((a === 0x0a || a === 0x0d) && b === 0) leEnds++;
    if (a === 0 && (b === 0x0a || b === 0x0d)) beEnds++;
    if (a === 0) evenNul++;
    if (b === 0) oddNul++;
  }
  // LE: ASCII as xx 00 (NUL at odd offsets); BE: 00 xx.
  const le = leEnds || beEnds ? leEnds > 0 && beEnds === 0 : oddNul >= 2 && evenNul === 0;
  const be = leEnds || beEnds ? beEnds > 0 && leEnds === 0 : evenNul >= 2 && oddNul === 0;
  if (bom === 'utf-16le' && be) return 'UTF-16BE';
  if (bom === 'utf-16be' && le) return 'UTF-16LE';
  return null;
}

/** How much of the input after a UTF-16 mark utf16Misread reads. */
const MISREAD_SAMPLE_BYTES = 1 << 16;

/**
 * What the text after a UTF-16 mark really is, when it reads better as UTF-8 or as the other byte order (round 55, rt55
 * F3/F6): UTF-8 text has no NULs for the check above, and its bytes often pair up into valid UTF-16 (믯ꂊ裦…), linted as a
 * clean draft; a byte-swapped CJK-only text has no NULs either. Each reading is scored by how much of it is text this
 * workbench sees; one with private-use, unassigned, unpaired-surrogate or control characters is no reading at all.
 * The mark is kept unless another reading is better (a tie with UTF-8 goes to UTF-8 past a few bytes: mark-order
 * CJK whose every byte is printable ASCII is rare, and a refusal is safer than garbage judged clean).
 */
function utf16Misread(after: Uint8Array, bom: 'utf-16le' | 'utf-16be', inputEnded: boolean): 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | null {
  // Judged on the first 64 KiB, one read's worth of stdin or a file: input handed over as one chunk was read whole three
  // times over here (16 MiB: 0.4 CPU-s, most of a test's time on a loaded machine).
  const body = Buffer.from(after.buffer, after.byteOffset, Math.min(after.length, MISREAD_SAMPLE_BYTES));
  const ended = inputEnded && body.length === after.length;
  if (!body.length) return null;
  // A UTF-8 mark right behind (FF FE EF BB BF): one mark of each kind, and the text is UTF-8.
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'UTF-8';
  const even = body.subarray(0, body.length & ~1);
  const asLe = new TextDecoder('utf-16le').decode(even);
  const swapped = Buffer.from(even).swap16();
  const asBe = new TextDecoder('utf-16le').decode(swapped);
  const [byMark, byOther] = bom === 'utf-16le' ? [asLe, asBe] : [asBe, asLe];
  // The other order's mark in this order (cat of an LE and a BE file): refused at its own line (otherOrder).
  if (byMark.includes('\uFFFE')) return null;
  const problem = firstInvalidUtf8(body);
  const utf8ok = problem.at === body.length || (problem.truncated && !ended);
  let fitMark = textFitness(byMark);
  // An odd length that ends the input cannot be UTF-16 at all.
  if (ended && body.length % 2) fitMark = -1;
  const fit8 = utf8ok ? textFitness(body.subarray(0, problem.at).toString('utf8')) : -1;
  const fitOther = textFitness(byOther);
  if (fit8 >= 0 && (fit8 > fitMark || (fit8 === fitMark && body.length >= 8))) return 'UTF-8';
  if (fitOther > fitMark && fitOther > 0) return bom === 'utf-16le' ? 'UTF-16BE' : 'UTF-16LE';
  return null;
}

// Never in text: private use, unassigned, lone surrogates, noncharacters, controls other than tab and line ends, U+FFFD.
const NOT_TEXT = /[\p{Co}\p{Cn}\p{Cs}\uFFFD]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;
// What chat text here is made of: ASCII, Latin-1, general and CJK punctuation, kana, common Han, full-width forms, emoji, marks.
const WORKBENCH_TEXT = /[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\ufe30-\ufe4f\ufeff\uff00-\uffef]|\p{Extended_Pictographic}/u;

/** The share of a reading's characters that are workbench text (0–1), or -1 when it holds something that is never text. */
function textFitness(text: string): number {
  if (!text) return 0;
  if (NOT_TEXT.test(text)) return -1;
  let total = 0, good = 0;
  for (const ch of text) {
    total++;
    if (WORKBENCH_TEXT.test(ch)) good++;
  }
  return good / total;
}

async function* bytesOf(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  let read = 0;
  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      read += bytes.length;
      if (bytes.length) yield bytes;
    }
  } catch (e) {
    if (e instanceof InputError || typeof (e as NodeJS.ErrnoException)?.code !== 'string') throw e;
    throw new InputError(readFailureMessage(e as NodeJS.ErrnoException, read));
  }
}

// Why reading stdin failed, by the error's code: stdin opened for writing only (`0>file`: EBADF), a drive or network
// mount that fails mid-read (EIO), a file that cannot be read (EACCES).
const READ_FAILURES: Record<string, [string, string]> = {
  EBADF: ['标准输入不能读取（没有以读取方式打开，例如写成了 0>文件）', 'standard input is not open for reading (e.g. 0>file)'],
  EIO: ['读写设备出错（磁盘、网络盘或终端断开）', 'input/output error (disk, network drive or terminal gone)'],
  EACCES: ['没有读取权限', 'permission denied'],
  EPERM: ['没有读取权限', 'operation not permitted'],
  EISDIR: ['它是一个目录，不是文件', 'it is a directory, not a file'],
  ENXIO: ['设备不存在', 'no such device'],
  ESTALE: ['网络文件已失效（文件在别处被删除或替换）', 'stale network file handle (removed or replaced elsewhere)'],
  ETIMEDOUT: ['读取超时（网络盘无响应）', 'timed out (network drive not answering)'],
};

/**
 * Round 57 (ux57): a read of standard input that fails (`lint --jsonl 0>f`: EBADF; EIO) printed Node's stack trace and
 * exited 1, which means "findings". It is now one line and status 2, as for input that is not UTF-8; what was read
 * before the failure is said, since `lint --jsonl` has already answered those lines.
 */
export function readFailureMessage(e: NodeJS.ErrnoException, bytesRead: number): string {
  const code = e.code ?? 'UNKNOWN';
  const [zh, en] = READ_FAILURES[code] ?? ['系统错误', e.message];
  const after = bytesRead ? `，已读到的 ${bytesRead.toLocaleString('en-US')} 字节之后输入没有读完，结果不完整` : '，什么也没有检查';
  const afterEn = bytesRead ? `; stopped after ${bytesRead.toLocaleString('en-US')} bytes, the results are incomplete` : '; nothing was checked';
  return `读取标准输入失败：${zh}（${code}）${after} / could not read standard input: ${en} (${code})${afterEn}`;
}

/**
 * Round 57 (ux57): a compressed file fed as input (`audit < log.jsonl.gz`, an .xlsx) was refused as 「不是 UTF-8…请另存为
 * UTF-8 或 iconv」, advice that cannot help; it is named and the unpack command given. A cut-off one is the same file to
 * this check (its unpacking then says where it ends).
 */
function compressedInput(bytes: Uint8Array, line: number): InputError | null {
  const kind = compressedKind(bytes);
  if (!kind) return null;
  const zip = kind.unpack.startsWith('unzip');
  const where = line > 1 ? `标准输入从第 ${line} 行起是` : '输入是';
  const whereEn = line > 1 ? `standard input from line ${line} is` : 'the input is';
  return new InputError(
    `${where} ${kind.zh}，不是文本，无法检查：请先解压再运行，例如 ${kind.unpack.replace('FILE', '文件')} | replyguard <命令>（解压时报错说明文件不完整，请重新导出）${zip ? '；Excel 表格须先导出为每行一个 JSON 的文本' : ''} / ` +
      `${whereEn} ${kind.en}, not text: unpack it first, e.g. ${kind.unpack.replace('FILE', 'file')} | replyguard <command>${zip ? '; a sheet must be exported as JSON lines first' : ''}`,
    line,
  );
}

/** `line` / `byte`: the lines and bytes of the input before these chunks (UTF-8 again after a UTF-16 part). */
async function* utf8Lines(chunks: AsyncIterable<Uint8Array>, line0 = 0, byte0 = 0): AsyncGenerator<string | LongLine | NotUtf8Line> {
  let carry: Uint8Array[] = [];
  let carried = 0; // bytes in carry
  let longBytes = -1; // the length so far of a line past MAX_LINE_BYTES (whose bytes are dropped as they come), or -1
  let lineNumber = line0;
  let afterCr = false; // the previous chunk ended in \r: a \n starting this one belongs to it
  let offset = byte0; // bytes of the input before this chunk
  let lineStart = byte0; // the input's byte where the current line starts
  const take = (part: Uint8Array) => {
    if (longBytes >= 0) longBytes += part.length;
    else if (carried + part.length > MAX_LINE_BYTES) {
      longBytes = carried + part.length;
      carry = [];
      carried = 0;
    } else {
      carry.push(part);
      carried += part.length;
    }
  };
  const line = (last: boolean): string | LongLine | NotUtf8Line | { part: Utf16Part; bytes: Buffer } | { compressed: PackedPart; bytes: Buffer } => {
    lineNumber++;
    const long = longBytes >= 0 ? new LongLine(lineNumber, longBytes) : null;
    const bytes = long ? null : Buffer.concat(carry);
    carry = [];
    carried = 0;
    longBytes = -1;
    if (long) return long;
    const part = lineNumber > 1 ? utf16PartAt(bytes!, lineNumber, lineStart) : null;
    if (part) return { part, bytes: bytes! };
    // Round 60 (ux60): a compressed file joined after text (cat a.jsonl b.jsonl.gz) stopped the whole run here.
    const kind = lineNumber > 1 && !isUtf8(bytes!) ? compressedKind(bytes!) : null;
    return kind ? { compressed: { kind, line: lineNumber, byte: lineStart }, bytes: bytes! } : decodeUtf8Line(bytes!, lineNumber, last);
  };
  const iterator = chunks[Symbol.asyncIterator]();
  // From a UTF-16 part on, the rest of the input is that part (its bytes from the line's start): named line by line.
  const restFrom = async function* (first: Uint8Array) {
    yield first;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  };
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    const chunk = next.value;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    let start = afterCr && bytes[0] === 0x0a ? 1 : 0;
    if (start) lineStart = offset + 1;
    afterCr = false;
    let lf = bytes.indexOf(0x0a, start);
    let cr = bytes.indexOf(0x0d, start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      take(bytes.subarray(start, end));
      const answer = line(false);
      if (typeof answer === 'object' && ('part' in answer || 'compressed' in answer)) {
        // Its line end's byte (0A of 0A 00; a 0A inside the compressed data) was taken as UTF-8's: given back with the rest.
        const rest = restFrom(Buffer.concat([answer.bytes, bytes.subarray(end)]));
        const again = 'part' in answer ? yield* utf16PartLines(rest, answer.part) : yield* packedPartLines(rest, answer.compressed);
        if (again) yield* utf8Lines(restFrom(again.first), again.line - 1, again.byte);
        return;
      }
      yield answer;
      start = end + 1;
      if (end === cr) {
        if (start === bytes.length) afterCr = true;
        else if (bytes[start] === 0x0a) start++;
      }
      lineStart = offset + start;
      if (lf !== -1 && lf < start) lf = bytes.indexOf(0x0a, start);
      if (cr !== -1 && cr < start) cr = bytes.indexOf(0x0d, start);
    }
    if (start < bytes.length) take(bytes.subarray(start));
    offset += bytes.length;
  }
  // Marks with no line end after them (cat of a file and an empty marked one) are no line.
  if (longBytes >= 0 || (carried && !onlyMarks(Buffer.concat(carry)))) {
    const answer = line(true);
    if (typeof answer === 'object' && ('part' in answer || 'compressed' in answer)) {
      const again = 'part' in answer ? yield* utf16PartLines(once(answer.bytes), answer.part) : yield* packedPartLines(once(answer.bytes), answer.compressed);
      if (again) yield* utf8Lines(once(again.first), again.line - 1, again.byte);
    } else yield answer;
  }
}

/**
 * Round 61 (ux61): UTF-16 with no mark whose first line is CJK alone (`replyguard lint < 草稿.txt`): no NUL before its
 * line end, so bomlessUtf16 had nothing to go on; the input was called 「也不像 GBK」 with advice that named no encoding,
 * and `lint --jsonl` called line 2 on UTF-16BE (the wrong order). Told by the first line end: 0A 00 (or 0D 00) at an
 * even byte is UTF-16LE's, 00 0A at an odd one UTF-16BE's, after a first line that is not UTF-8.
 */
function cjkUtf16LineEnd(start: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  let end = 0;
  while (end < start.length && start[end] !== 0x0a && start[end] !== 0x0d) end++;
  if (end + 1 >= start.length) return null;
  const notUtf8 = (line: Uint8Array) => line.length >= 2 && !line.includes(0) && firstInvalidUtf8(line).at < line.length;
  if (end % 2 === 0 && start[end + 1] === 0 && notUtf8(start.subarray(0, end))) return 'UTF-16LE';
  if (end % 2 === 1 && start[end - 1] === 0 && notUtf8(start.subarray(0, end - 1))) return 'UTF-16BE';
  return null;
}

/** Where UTF-8 lines begin again after a UTF-16 part (cat a.jsonl b-utf16.jsonl c.jsonl): the bytes from there on, its line and byte. */
interface Utf8Again {
  first: Uint8Array;
  line: number;
  byte: number;
}

/**
 * The lines of a UTF-16 part after UTF-8 lines (Utf16Part), each named as a line that is not UTF-8 and none read: the
 * commands treat them as they treat GBK lines. Counted by the part's own line ends (UTF-16's 0A 00, never a 0A byte
 * inside 上 = 0A 4E), so line k of the converted file is line k here. Nothing of its text is kept.
 * Round 60 (ux60): the part ends where a line reads as UTF-8 text again (cat a.jsonl b-utf16.jsonl c.jsonl): all of c
 * was named as UTF-16 too. After each of the part's line ends, the bytes up to the next 0A / 0D byte are looked at: a
 * NUL among them, or bytes that are not UTF-8, and the part goes on (a UTF-16 line with any ASCII has NULs, one of
 * CJK alone is almost never valid UTF-8); text that is valid UTF-8 and not blank starts UTF-8 lines again, returned
 * to the UTF-8 reader with its line and byte (and set on the part as its `after`).
 */
async function* utf16PartLines(chunks: AsyncIterable<Uint8Array>, part: Utf16Part): AsyncGenerator<NotUtf8Line, Utf8Again | null> {
  const le = part.order === 'UTF-16LE';
  let lineNumber = part.line;
  let text = false; // whether the current line has anything but marks
  let afterCr = false; // the last unit was CR: an LF next belongs to the same line end
  let probing = false; // at a line's start after a line end: UTF-8 again?
  let pending: Uint8Array = new Uint8Array(0); // bytes not scanned yet (an odd byte; a probe waiting for its line end)
  let consumed = part.byte; // the input's bytes before `pending`
  let i = 0; // where the scan goes on in `pending` (the bytes before it are kept while they may start UTF-8 text: afterNul)
  // Round 61: where the current line's last unit holding a NUL byte ends (in `pending`), or -1 before the line has one.
  let afterNul = -1;
  // Scans `pending`; the lines it ends are yielded, and the UTF-8 lines after the part when it finds them.
  const scan = function* (ended: boolean): Generator<NotUtf8Line, Utf8Again | null> {
    for (;;) {
      if (afterCr) {
        if (i + 2 > pending.length) break;
        const next = le ? pending[i]! | (pending[i + 1]! << 8) : (pending[i]! << 8) | pending[i + 1]!;
        if (next === 0x0a) i += 2;
        afterCr = false;
        probing = true;
      }
      if (probing) {
        const verdict = utf8Again(pending.subarray(i), ended);
        if (verdict === 'wait') break;
        probing = false;
        if (verdict === 'utf8') {
          part.after = { line: lineNumber, byte: consumed + i };
          return { first: pending.subarray(i), line: lineNumber, byte: consumed + i };
        }
      }
      if (i + 2 > pending.length) break;
      const unit = le ? pending[i]! | (pending[i + 1]! << 8) : (pending[i]! << 8) | pending[i + 1]!;
      // Round 61 (ux61): a UTF-16 file with no final line end (cat a b-utf16 c): c's first line is glued to the part's
      // last one, and its 0A falls inside a unit. Text after the line's last NUL unit that is UTF-8 up to that 0A, with
      // a next line (or the input's end) free of NULs, is c: the part ends after that NUL unit.
      const stray = unit !== 0x0a && unit !== 0x0d ? strayLineEnd(pending, i) : -1;
      if (stray !== -1 && afterNul !== -1) {
        const verdict = utf8AfterPart(pending.subarray(afterNul, stray), pending.subarray(stray), ended);
        if (verdict === 'wait') break;
        if (verdict === 'utf8') {
          yield utf16PartLine(lineNumber++, part);
          const byte = consumed + afterNul;
          part.after = { line: lineNumber, byte };
          return { first: pending.subarray(afterNul), line: lineNumber, byte };
        }
      }
      i += 2;
      if (unit === 0x0a || unit === 0x0d) {
        yield utf16PartLine(lineNumber++, part);
        text = false;
        afterNul = -1;
        if (unit === 0x0d) afterCr = true;
        else probing = true;
      } else {
        if (unit !== 0xfeff) text = true;
        if (pending[i - 2] === 0 || pending[i - 1] === 0) afterNul = i;
      }
    }
    // The bytes after the line's last NUL unit are kept (up to a line's worth), the rest dropped.
    const keep = afterNul !== -1 && i - afterNul <= MAX_LINE_BYTES ? afterNul : i;
    if (keep !== afterNul) afterNul = -1;
    consumed += keep;
    pending = pending.subarray(keep);
    i -= keep;
    if (afterNul !== -1) afterNul -= keep;
    return null;
  };
  for await (const chunk of chunks) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    const again = yield* scan(false);
    if (again) return again;
  }
  const again = yield* scan(true);
  if (again) return again;
  // A last UTF-8 line with no line end glued to the part's last line (cat a b-utf16 c, neither ending in one).
  const tail = afterNul === -1 ? null : pending.subarray(afterNul);
  if (tail && utf8AfterPart(tail, new Uint8Array(0), true) === 'utf8') {
    yield utf16PartLine(lineNumber++, part);
    part.after = { line: lineNumber, byte: consumed + afterNul };
    return { first: tail, line: lineNumber, byte: consumed + afterNul };
  }
  if (text || pending.length > i) yield utf16PartLine(lineNumber, part);
  return null;
}

/** Where the unit at `i` holds a 0A or 0D byte (not as UTF-16's own line end), or -1. */
function strayLineEnd(bytes: Uint8Array, i: number): number {
  const end = (b: number | undefined) => b === 0x0a || b === 0x0d;
  return end(bytes[i]) ? i : end(bytes[i + 1]) ? i + 1 : -1;
}

/**
 * Round 61 (ux61): whether `line` (UTF-16 units ended inside it, `after` from its 0A / 0D on) is a UTF-8 line after a
 * UTF-16 part with no final line end: valid, no NUL, a JSON object's start (the joined files are JSON lines; CJK text
 * whose UTF-16 bytes happen to be ASCII — 你好 = 60 4F 7D 59, 上 = 0A 4E — reads as 「`O}Y」), and the line after it
 * has no NUL either (such a run of CJK ends in the NULs of its `"}`).
 */
function utf8AfterPart(line: Uint8Array, after: Uint8Array, ended: boolean): 'utf8' | 'utf16' | 'wait' {
  if (!line.length || line.includes(0) || firstInvalidUtf8(line).at < line.length || !jsonObjectStart(line)) return 'utf16';
  return nextLineClean(after, ended);
}

const jsonObjectStart = (line: Uint8Array) => /^[\s\uFEFF]*\{/.test(Buffer.from(line).toString('utf8'));

/** The line after the line end at `bytes[0]` (CR LF as one): 'utf16' when it holds a NUL, 'wait' until it ends. */
function nextLineClean(bytes: Uint8Array, ended: boolean): 'utf8' | 'utf16' | 'wait' {
  let at = bytes[0] === 0x0d && bytes[1] === 0x0a ? 2 : 1;
  if (bytes[0] === 0x0d && at === 1 && bytes.length === 1 && !ended) return 'wait';
  for (const start = at; at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d; at++) {
    if (bytes[at] === 0) return 'utf16';
    if (at - start > MAX_LINE_BYTES) return 'utf16';
  }
  return at === bytes.length && !ended ? 'wait' : 'utf8';
}

/**
 * Whether the bytes at a UTF-16 line's start are a UTF-8 line again: 'utf8' when they run to a line end (or the
 * input's end) as valid, non-blank UTF-8 with no NUL; 'utf16' when they cannot; 'wait' for more bytes.
 */
function utf8Again(bytes: Uint8Array, ended: boolean): 'utf8' | 'utf16' | 'wait' {
  // Round 61 (ux61): blank UTF-8 lines right after the part (cat a b-utf16 blank-first.jsonl) read as the part's text.
  // They start UTF-8 again when UTF-8 text follows them with a clean line after it, or they run to the input's end.
  for (let start = 0; ; ) {
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) {
      if (bytes[end] === 0) return 'utf16';
      end++;
    }
    const line = bytes.subarray(start, end);
    const problem = firstInvalidUtf8(line);
    if (problem.at < line.length && !(problem.truncated && end === bytes.length && !ended)) return 'utf16';
    if (end === bytes.length && !ended) return end > MAX_LINE_BYTES ? 'utf16' : 'wait';
    const blank = !/[^\s\uFEFF]/.test(Buffer.from(line).toString('utf8'));
    // After blank lines, a UTF-16 line starting with 上 (0A 4E) looks the same: what follows must be a JSON line, and
    // the line after it clean (utf8AfterPart).
    if (!blank) return start === 0 ? 'utf8' : jsonObjectStart(line) ? nextLineClean(bytes.subarray(end), ended) : 'utf16';
    if (end === bytes.length) return start === 0 ? 'utf16' : 'utf8';
    if (bytes[end] === 0x0d && end + 1 === bytes.length && !ended) return 'wait';
    start = bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
  }
}

/** A compressed file joined after text lines (cat a.jsonl b.jsonl.gz): where it starts, and (a gzip) how long it is. */
export interface PackedPart {
  readonly kind: CompressedKind;
  /** Its first line, 1-based. */
  readonly line: number;
  /** How many bytes of the input come before it. */
  readonly byte: number;
  /** A whole gzip member: its length in bytes and the lines it holds; else unknown (it runs to the input's end). */
  member?: { bytes: number; lines: number };
}

// The most a joined gzip part is unpacked to count its lines (a bomb of a few KB must not fill memory): past it, its lines are not counted.
const MAX_PACKED_TEXT = 256 * 1024 * 1024;

/** A gzip member at the start of `b`: its length (header, deflate data, CRC and size) and the lines of its text; null if cut off or not one. */
function gzipMember(b: Buffer): { bytes: number; lines: number } | null {
  if (b.length < 18 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return null;
  const flags = b[3]!;
  let i = 10;
  if (flags & 4) i += 2 + (i + 2 <= b.length ? b.readUInt16LE(i) : b.length); // FEXTRA
  for (const bit of [8, 16]) if (flags & bit) i = b.indexOf(0, i) + 1 || b.length + 1; // FNAME, FCOMMENT: NUL-ended
  if (flags & 2) i += 2; // FHCRC
  if (i >= b.length) return null;
  try {
    // Raw inflate stops at the end of the deflate data: what follows (text, another file) is not read as part of it.
    const r = inflateRawSync(b.subarray(i), { info: true, maxOutputLength: MAX_PACKED_TEXT }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    const bytes = i + r.engine.bytesWritten + 8;
    if (bytes > b.length) return null;
    let lines = 0;
    for (let at = r.buffer.indexOf(0x0a); at !== -1; at = r.buffer.indexOf(0x0a, at + 1)) lines++;
    if (r.buffer.length && r.buffer[r.buffer.length - 1] !== 0x0a) lines++;
    return { bytes, lines: Math.max(lines, 1) };
  } catch {
    return null; // cut off, damaged, or too large to count
  }
}

/**
 * Round 60 (ux60): the lines of a compressed part after text lines, each named and none read, as the lines of a UTF-16
 * part are. A gzip member is unpacked in memory only to count its lines and find where it ends, so the line numbers
 * after it are those of the unpacked file and text after it (cat a.jsonl b.gz c.jsonl) is answered again; anything else
 * (zip, xz…, a cut-off gzip) is one line running to the input's end.
 */
async function* packedPartLines(chunks: AsyncIterable<Uint8Array>, packed: PackedPart): AsyncGenerator<NotUtf8Line, Utf8Again | null> {
  const held: Uint8Array[] = [];
  for await (const chunk of chunks) held.push(chunk);
  const all = Buffer.concat(held);
  const member = packed.kind.unpack.startsWith('gunzip') ? gzipMember(all) : null;
  if (member) packed.member = member;
  for (let k = 0; k < (member?.lines ?? 1); k++) yield packedLine(packed.line + k, packed);
  if (!member || member.bytes >= all.length) return null;
  return { first: all.subarray(member.bytes), line: packed.line + member.lines, byte: packed.byte + member.bytes };
}

function packedLine(line: number, packed: PackedPart): NotUtf8Line {
  const { kind } = packed;
  const brief = `第 ${line} 行未检查：标准输入从第 ${packed.line} 行起是 ${kind.zh}（接在文本行后面），不是文本；请先解压，命令见标准错误输出 / ` +
    `line ${line} not checked: standard input is ${kind.en} from line ${packed.line} (after text lines), not text; unpack it first (see standard error)`;
  return new NotUtf8Line(line, packedAdvice(packed, false), brief, null, undefined, packed);
}

/** What to do about a compressed part after text lines: unpack that part alone, keeping the text around it. */
function packedAdvice(packed: PackedPart, othersChecked: boolean): string {
  const { kind, member } = packed;
  const [checked, checkedEn] = othersChecked ? ['这部分未检查，文本的行已检查', 'the text lines were checked'] : ['什么也没有检查', 'nothing was checked'];
  const lines = member ? `第 ${packed.line}–${packed.line + member.lines - 1} 行（解压后共 ${member.lines} 行）` : `从第 ${packed.line} 行起`;
  if (!kind.unpack.startsWith('gunzip')) {
    return `标准输入${lines}是 ${kind.zh}（接在文本行后面，像是 cat 把压缩文件和文本接在了一起），不是文本：${checked}。请把压缩文件单独解压（例如 ${kind.unpack.replace('FILE', '文件')}），再与文本合并后运行 / ` +
      `standard input from line ${packed.line} is ${kind.en} joined after text lines; ${checkedEn}. Unpack that file on its own (${kind.unpack.replace('FILE', 'file')}) and join the text again`;
  }
  const command = (file: string, out: string) =>
    `{ head -c ${packed.byte} ${file}; tail -c +${packed.byte + 1} ${file}${member ? ` | head -c ${member.bytes}` : ''} | gunzip -c;${member ? ` tail -c +${packed.byte + member.bytes + 1} ${file};` : ''} } > ${out}`;
  return `标准输入${lines}是 gzip 压缩数据（接在文本行后面，像是 cat 把 .gz 文件和文本文件接在了一起），${othersChecked ? '这部分未检查，文本的行已检查' : '什么也没有检查'}。请先解压：只解压这部分，文本照原样保留，例如 ${command('原文件', '新文件')}（解压时报错说明压缩文件不完整，请重新导出） / ` +
    `standard input from line ${packed.line} is gzip data joined after text lines; not checked (${checkedEn}). Unpack that part alone, keeping the text: ${command('in', 'out')}`;
}

function utf16PartLine(line: number, part: Utf16Part): NotUtf8Line {
  const brief = `第 ${line} 行不是 UTF-8 编码：标准输入从第 ${part.line} 行起是 ${part.order}（接在 UTF-8 的行后面），未检查；怎样转换见标准错误输出 / ` +
    `line ${line} is not UTF-8: standard input is ${part.order} from line ${part.line} (after UTF-8 lines); not checked, see standard error for how to convert`;
  return new NotUtf8Line(line, utf16PartAdvice([part], 0, false), brief, part.order, part);
}

/**
 * What to do about the UTF-16 parts among UTF-8 lines: convert each alone, cut at its bytes (a whole-file iconv garbles
 * the UTF-8 lines). Round 60 (ux60): a part followed by UTF-8 lines again (its `after`) is cut at both ends, and the
 * UTF-8 after it is copied as it is; several parts, each.
 */
function utf16PartAdvice(parts: readonly Utf16Part[], lines: number, othersChecked: boolean): string {
  const first = parts[0]!;
  const named = (p: Utf16Part) => `${p.order}（${p.marked ? `带字节顺序标记 ${p.order === 'UTF-16LE' ? 'FF FE' : 'FE FF'}` : '无字节顺序标记'}）`;
  const from = (p: Utf16Part) => (p.marked ? 'UTF-16' : p.order);
  // The UTF-8 stretches copied as they are, each part converted alone.
  const command = (file: string, out: string) => {
    const pieces = [`head -c ${first.byte} ${file}`];
    parts.forEach((p, k) => {
      pieces.push(`tail -c +${p.byte + 1} ${file}${p.after ? ` | head -c ${p.after.byte - p.byte}` : ''} | iconv -f ${from(p)} -t UTF-8`);
      const next = parts[k + 1];
      if (p.after) pieces.push(`tail -c +${p.after.byte + 1} ${file}${next ? ` | head -c ${next.byte - p.after.byte}` : ''}`);
    });
    return `{ ${pieces.join('; ')}; } > ${out}`;
  };
  const [count, countEn] = lines ? [`这部分共 ${lines} 行，`, ` (${lines} line${lines === 1 ? '' : 's'})`] : ['', ''];
  if (parts.length === 1 && !first.after) {
    const [checked, checkedEn] = othersChecked ? ['前面 UTF-8 的行已检查', 'the UTF-8 lines before it were checked'] : ['什么也没有检查', 'nothing was checked'];
    return `标准输入从第 ${first.line} 行起是 ${named(first)}，而前面的行是 UTF-8（像是不同编码的文件拼在了一起），${count}${checked}。` +
      `不要用 iconv 转换整份文件（会把 UTF-8 的行变成乱码）；只转换从第 ${first.byte + 1} 个字节起的这部分，例如 ${command('原文件', '新文件')} / ` +
      `standard input is ${first.order} from line ${first.line}${countEn}, after UTF-8 lines (files of two encodings joined?); ${checkedEn}. ` +
      `Convert only that part, from byte ${first.byte + 1}: ${command('in', 'out')}`;
  }
  const where = parts.map((p) => (p.after ? `第 ${p.line}–${p.after.line - 1} 行（第 ${p.byte + 1}–${p.after.byte} 个字节）是 ${named(p)}` : `从第 ${p.line} 行（第 ${p.byte + 1} 个字节）起是 ${named(p)}`)).join('，');
  const whereEn = parts.map((p) => (p.after ? `lines ${p.line}–${p.after.line - 1} (bytes ${p.byte + 1}–${p.after.byte}) are ${p.order}` : `from line ${p.line} (byte ${p.byte + 1}) it is ${p.order}`)).join(', ');
  const [checked, checkedEn] = othersChecked ? ['UTF-8 的行已检查', 'the UTF-8 lines were checked'] : ['什么也没有检查', 'nothing was checked'];
  return `标准输入${where}，其余的行是 UTF-8（像是不同编码的文件拼在了一起），${parts.length > 1 ? `这 ${parts.length} 部分` : '这部分'}共 ${lines || '若干'} 行，${checked}。` +
    `不要用 iconv 转换整份文件（会把 UTF-8 的行变成乱码）；只转换${parts.length > 1 ? '这几部分' : '这部分'}，UTF-8 的部分照原样保留，例如 ${command('原文件', '新文件')} / ` +
    `standard input mixes encodings: ${whereEn}, the other lines UTF-8 (files joined?)${countEn}; ${checkedEn}. ` +
    `Convert only ${parts.length > 1 ? 'those parts' : 'that part'}, keeping the UTF-8 as it is: ${command('in', 'out')}`;
}

const onlyMarks = (bytes: Buffer) => bytes.length % 3 === 0 && Array.from({ length: bytes.length / 3 }, (_, k) => bytes.subarray(k * 3, k * 3 + 3).equals(UTF8_BOM)).every(Boolean);

function decodeUtf8Line(bytes: Buffer, line: number, last: boolean): string | NotUtf8Line {
  // A compressed file joined after text (cat a.jsonl b.jsonl.gz): named at its own line, never linted as bytes.
  if (line > 1 && !isUtf8(bytes)) {
    const compressed = compressedInput(bytes, line);
    if (compressed) throw compressed;
  }
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return notUtf8Line(bytes, line, last);
}

/** ED A0–BF: a UTF-16 surrogate written as UTF-8 bytes (CESU-8, Java's modified UTF-8), how some exports write emoji. */
const isSurrogateBytes = (b: Uint8Array, at: number) => b[at] === 0xed && b[at + 1]! >= 0xa0 && b[at + 1]! <= 0xbf;

const hex = (b: Uint8Array, at: number) => [...b.subarray(at, at + 4)].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');

function notUtf8Line(bytes: Buffer, line: number, last: boolean): NotUtf8Line {
  const problem = firstInvalidUtf8(bytes);
  if (last && problem.truncated) {
    const cut = `标准输入第 ${line} 行在一个字符的中途结束（输入被截断了？），未按此行检查 / standard input line ${line} ends in the middle of a character (was the input cut off?)`;
    return new NotUtf8Line(line, cut, cut, null);
  }
  const message = describeNotUtf8(bytes, problem.at, { zh: '输入', en: 'input', whereZh: `标准输入第 ${line} 行`, whereEn: `line ${line}`, advice: '' });
  const encoding = convertibleEncoding(bytes, problem.at);
  const [looksZh, looksEn] = encoding ? [`，看起来是 ${encoding}`, `, looks like ${encoding}`] : ['', ''];
  const brief = `第 ${line} 行不是 UTF-8 编码：第 ${problem.at + 1} 个字节起（字节 ${hex(bytes, problem.at)}）${looksZh}，未检查；怎样转换见标准错误输出 / ` +
    `line ${line} is not UTF-8 (from byte ${problem.at + 1}: ${hex(bytes, problem.at)})${looksEn}; not checked, see standard error for how to convert`;
  return new NotUtf8Line(line, message, brief, encoding);
}

/** The encoding describeNotUtf8 names for converting these bytes (the same checks, in its order), or null. */
function convertibleEncoding(bytes: Uint8Array, at: number): string | null {
  if (isSurrogateBytes(bytes, at) || onlyOverlong(bytes)) return null;
  return eucGuess(bytes) ?? likelyGbk(bytes);
}

/**
 * Round 58b (ux58b): the advice for all the lines of an input that are not UTF-8, said once. A file wholly in GBK gets
 * its first line's message (iconv on the whole file) and the count; a log mixing UTF-8 and GBK lines (an export
 * appended to by two tools) was told to run iconv -f GBK on the whole file, which garbles its UTF-8 lines: it is named
 * as mixed, with its lines, and given a command that converts only the lines that are not UTF-8. `othersChecked`: the
 * UTF-8 lines were answered (lint --jsonl), not refused with the rest (audit, stats).
 */
function notUtf8Summary(bad: readonly NotUtf8Line[], utf8Lines: number, othersChecked = false): string {
  // Round 59 (ux59): a UTF-16 part is converted by cutting the file at its byte (per-line python would split its 0A 00).
  // Round 60 (ux60): compressed parts after text (cat a.jsonl b.jsonl.gz): each said once, with the command that unpacks it alone.
  const packed = [...new Set(bad.flatMap((b) => (b.packed ? [b.packed] : [])))];
  if (packed.length) {
    const others = bad.filter((b) => !b.packed);
    return [...packed.map((p) => packedAdvice(p, othersChecked)), ...(others.length ? [notUtf8Summary(others, utf8Lines, othersChecked)] : [])].join('\n');
  }
  // Round 60 (ux60): UTF-8 lines may come again after a part, and another part after them: each part, in input order.
  const parts = [...new Set(bad.flatMap((b) => (b.utf16 ? [b.utf16] : [])))].sort((a, b) => a.byte - b.byte);
  if (parts.length) {
    const others = bad.filter((b) => !b.utf16);
    const partLines = bad.length - others.length;
    return utf16PartAdvice(parts, partLines, othersChecked) + (others.length ? `\n${notUtf8Summary(others, utf8Lines, othersChecked)}` : '');
  }
  const first = bad[0]!;
  const lines = shownLineNumbers(bad.map((b) => b.line));
  if (!utf8Lines || first.encoding === null) {
    return bad.length > 1 ? `${first.message}\n共 ${bad.length} 行不是 UTF-8：${lines} / ${bad.length} lines are not UTF-8` : first.message;
  }
  const encodings = new Set(bad.map((b) => b.encoding ?? '原编码'));
  const encoding = encodings.size === 1 ? first.encoding : '原编码';
  const [looksZh, looksEn] = encodings.size === 1 ? [`（看起来是 ${encoding}）`, ` (they look like ${encoding})`] : ['', ''];
  // Python's surrogateescape marks each byte that is not UTF-8 as U+DC80–U+DCFF: such a line is converted, the rest kept.
  const command = `python3 -c "import sys,re;[sys.stdout.buffer.write(l if not re.search('[\\udc80-\\udcff]',l.decode('utf-8','surrogateescape')) else l.decode('${encoding}').encode()) for l in sys.stdin.buffer]"`;
  const plural = (n: number) => (n === 1 ? `${n} line is` : `${n} lines are`);
  const [checkedZh, checkedEn] = othersChecked ? ['UTF-8 的行已检查', 'the UTF-8 lines were checked'] : ['什么也没有检查', 'nothing was checked'];
  return `标准输入混有两种编码：${lines}${bad.length > 10 ? `（共 ${bad.length} 行）` : ''}不是 UTF-8${looksZh}，其余 ${utf8Lines} 行是 UTF-8（像是两个程序写入的记录拼在了一起），${checkedZh}。` +
    `不要用 iconv 转换整份文件（会把 UTF-8 的行变成乱码）；只转换不是 UTF-8 的行，例如 ${command} < 原文件 > 新文件 / ` +
    `standard input mixes encodings: ${plural(bad.length)} not UTF-8${looksEn}, ${plural(utf8Lines)} UTF-8; ${checkedEn}. ` +
    `Converting the whole file with iconv would garble its UTF-8 lines: convert only the others, e.g. ${command} < in > out`;
}

/**
 * The lines of one input that are not UTF-8, and the UTF-8 lines with text beside them: gathered as the lines are read
 * (lint --jsonl, audit, stats), said once at the end by notUtf8Summary.
 */
export class EncodingTally {
  readonly notUtf8: NotUtf8Line[] = [];
  utf8Lines = 0;
  /** The advice for the lines that are not UTF-8, or null when there were none. */
  summary(othersChecked = false): string | null {
    return this.notUtf8.length ? notUtf8Summary(this.notUtf8, this.utf8Lines, othersChecked) : null;
  }
}

/** 「第 2、4 行」; of many, the first ten and 「等」. */
function shownLineNumbers(lines: readonly number[]): string {
  return `第 ${lines.slice(0, 10).join('、')} 行${lines.length > 10 ? '等' : ''}`;
}

/** What is not UTF-8 and where, Chinese / English, and (for an argument) what to do in place of converting a file. */
interface NotUtf8Subject {
  zh: string;
  en: string;
  whereZh: string;
  whereEn: string;
  advice: string;
}

/** The hint for bytes that are not UTF-8 from byte `at`: CESU-8, overlong UTF-8, EUC-JP, EUC-KR, GBK named when their bytes say so, else neutral. */
function describeNotUtf8(bytes: Uint8Array, at: number, s: NotUtf8Subject): string {
  const where = `${s.whereZh}第 ${at + 1} 个字节起`;
  const seen = `（字节 ${hex(bytes, at)}）`;
  const whereEn = `${s.whereEn} (from byte ${at + 1}: ${hex(bytes, at)})`;
  if (isSurrogateBytes(bytes, at)) {
    return `${s.zh}不是标准 UTF-8：${where}${seen}是按 CESU-8（Java 的“修改版 UTF-8”等）写出的 UTF-16 代理项，表情等字符常被这样导出。` +
      `请让导出工具输出标准 UTF-8（MySQL 用 utf8mb4）后再运行；不要用 iconv -f GBK 转换 / ` +
      `${s.en} is not standard UTF-8: ${whereEn} is a UTF-16 surrogate written as UTF-8 bytes (CESU-8); export as standard UTF-8 (MySQL: utf8mb4)`;
  }
  const overlong = onlyOverlong(bytes);
  if (overlong) {
    // One overlong pair alone (C0 B4) is also one GBK character (来): then both are said.
    const orGbk = overlong === 1 && !hasUtf8Multibyte(bytes) && likelyGbk(bytes);
    return `${s.zh}不是有效的 UTF-8：${where}${seen}是无效的 UTF-8（超长编码：一个字符用了多于必需的字节）` +
      (orGbk
        ? `，也可能是 GBK 写的一个汉字。若文件本是 GBK，请用 iconv -f GBK -t UTF-8 原文件 > 新文件 转换；否则文件已损坏，请重新导出为 UTF-8`
        : `，文件已损坏或被改动过，不是另一种编码。请重新导出为 UTF-8，不要用 iconv -f GBK 转换`) +
      `${s.advice} / ` +
      `${s.en} is not valid UTF-8: ${whereEn} is an overlong UTF-8 encoding (corrupt, not another encoding); export it again as UTF-8`;
  }
  const named = eucGuess(bytes);
  if (named) {
    const [zhName, enName] = named === 'EUC-JP' ? ['EUC-JP（日文）', 'EUC-JP (Japanese)'] : ['EUC-KR（韩文）', 'EUC-KR (Korean)'];
    return `${s.zh}不是 UTF-8 编码：${where}不是 UTF-8${seen}，看起来是 ${zhName}。请先转换再运行，例如 iconv -f ${named} -t UTF-8 原文件 > 新文件（若它其实是中文 GBK 文件，则用 iconv -f GBK）${s.advice} / ` +
      `${s.en} is not UTF-8: ${whereEn} looks like ${enName}; convert it first, e.g. iconv -f ${named} -t UTF-8 in > out`;
  }
  const gbk = likelyGbk(bytes);
  return gbk
    ? `${s.zh}不是 UTF-8 编码：${where}不是 UTF-8${seen}，看起来是 GBK/GB18030（中文 Windows 记事本、Excel 保存的“ANSI”文件）。` +
        `请先转换再运行，例如 iconv -f ${gbk} -t UTF-8 原文件 > 新文件${s.advice} / ` +
        `${s.en} is not UTF-8: ${whereEn} looks like GBK/GB18030; convert it first, e.g. iconv -f ${gbk} -t UTF-8 in > out`
    : `${s.zh}不是 UTF-8 编码：${where}无法按 UTF-8 读取${seen}，也不像 GBK。请用保存它的程序另存为 UTF-8，或按它原来的编码转换（iconv -f 原编码 -t UTF-8 原文件 > 新文件）${s.advice} / ` +
        `${s.en} is not UTF-8: ${whereEn} is not valid UTF-8; save the file as UTF-8 (or iconv -f <its encoding> -t UTF-8)`;
}

/** The length of an overlong UTF-8 form at `i` (C0 AF for "/"; E0 80–9F …; F0 80–8F …), or 0. */
function overlongAt(b: Uint8Array, i: number): number {
  const c = b[i]!, cont = (k: number) => b[i + k] !== undefined && b[i + k]! >= 0x80 && b[i + k]! <= 0xbf;
  if ((c === 0xc0 || c === 0xc1) && cont(1)) return 2;
  if (c === 0xe0 && b[i + 1]! >= 0x80 && b[i + 1]! <= 0x9f && cont(2)) return 3;
  if (c === 0xf0 && b[i + 1]! >= 0x80 && b[i + 1]! <= 0x8f && cont(2) && cont(3)) return 4;
  return 0;
}

/** How many overlong forms the line has, when they are all that keeps it from being UTF-8; else 0. */
function onlyOverlong(b: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < b.length; ) {
    const { at, truncated } = firstInvalidUtf8(b.subarray(i));
    if (i + at >= b.length) break;
    const n = truncated ? 0 : overlongAt(b, i + at);
    if (!n) return 0;
    count++;
    i += at + n;
  }
  return count;
}

/** Whether the line holds a well-formed multi-byte UTF-8 character (then it is UTF-8 text, not GBK). */
function hasUtf8Multibyte(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0xc2 && c <= 0xf4 && firstInvalidUtf8(b.subarray(i, i + (c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4))).at === (c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4)) return true;
  }
  return false;
}

/**
 * A draft given as an argument that was not UTF-8 (a GBK terminal, a script reading a GBK file): Node has already
 * read its bad bytes as U+FFFD, so the draft would be judged as garbage (「没有中文」, status 0) and a breach missed.
 * Refused as stdin is. `raw` is the argument's bytes where the system keeps them: a U+FFFD that is really in them
 * (typed, or pasted) is a draft like any other; without them the cause is said without naming an encoding.
 */
export function argNotUtf8(text: string, raw: Uint8Array | undefined): string | null {
  if (!text.includes('\uFFFD')) return null;
  const advice = '；或把终端、脚本的编码设为 UTF-8';
  if (raw) {
    if (isUtf8(raw)) return null;
    return describeNotUtf8(raw, firstInvalidUtf8(raw).at, { zh: '草稿参数', en: 'the draft argument', whereZh: '', whereEn: 'its bytes', advice });
  }
  return '草稿参数不是 UTF-8 编码：其中有无法按 UTF-8 读取的字节（已显示为 �），终端或脚本的编码可能不是 UTF-8（例如 GBK），按原样检查会漏掉违规。' +
    '请把终端、脚本的编码设为 UTF-8，或把草稿转成 UTF-8 后从标准输入传入（iconv -f 原编码 -t UTF-8 文件 | replyguard lint）；若草稿里本来就有 � 这个字符，也请从标准输入传入 / ' +
    'the draft argument is not UTF-8 (its bad bytes read as �): set the terminal or script to UTF-8, or convert the draft and pass it on standard input';
}

/**
 * An argument as a refusal echoes it: Node has read bytes that are not UTF-8 (a GBK file name or draft) as U+FFFD,
 * which echoed as 「����」. With the argument's bytes (`raw`), those bytes are shown in hex as \xNN (the rest as
 * text), like the draft refusal's 「字节 C4 E3」; without them, as Node read it. Control characters as `visible`.
 */
export function shownArg(text: string, raw: Uint8Array | undefined): string {
  if (!text.includes('\uFFFD') || !raw || isUtf8(raw)) return capped(text);
  // A run of non-ASCII bytes that is not all UTF-8 is shown all in hex: GBK pairs that happen to be valid UTF-8
  // (CE A2 → ΢) read as stray letters between the \xNN. Capped: a 10,000-byte GBK argument was echoed as 40 KB of \xNN.
  const shownBytes = raw.subarray(0, SHOWN_ARG_BYTES);
  let out = '';
  for (let i = 0; i < shownBytes.length; ) {
    const high = shownBytes[i]! >= 0x80;
    let end = i;
    while (end < shownBytes.length && shownBytes[end]! >= 0x80 === high) end++;
    const run = shownBytes.subarray(i, end);
    out += !high || isUtf8(run) ? visible(Buffer.from(run).toString('utf8')) : [...run].map((b) => `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
    i = end;
  }
  if (raw.length > SHOWN_ARG_BYTES) out += `…（共 ${raw.length} 字节 / ${raw.length} bytes in all）`;
  return `${out}（不是 UTF-8 的字节按十六进制显示为 \\xNN / bytes that are not UTF-8 shown as \\xNN）`;
}

const SHOWN_ARG_BYTES = 200;

/**
 * A UTF-8 argument as echoed, capped as the \xNN one is (rt55 F7: a 15,000-byte draft given in place of an option was
 * echoed whole, 15 KB on stderr). Cut at a character, never inside one.
 */
function capped(text: string): string {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= SHOWN_ARG_BYTES) return visible(text);
  let kept = '';
  let used = 0;
  for (const ch of text) {
    used += Buffer.byteLength(ch, 'utf8');
    if (used > SHOWN_ARG_BYTES) break;
    kept += ch;
  }
  return `${visible(kept)}…（共 ${bytes} 字节 / ${bytes} bytes in all）`;
}

/**
 * The UTF-16 part a line after UTF-8 lines starts (files of two encodings joined), by its own mark or its NULs; `byte`:
 * the input's byte where the line starts.
 */
function utf16PartAt(bytes: Uint8Array, line: number, byte: number): Utf16Part | null {
  if (!bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes[2] === 0 && bytes[3] === 0 ? null : { line, byte, order: 'UTF-16LE', marked: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { line, byte, order: 'UTF-16BE', marked: true };
  // Cut at UTF-8's \n, a part's first line starts on its first character (a BE one keeps its line end's 00 at the end).
  const order = bomlessUtf16(bytes);
  return order && { line, byte, order, marked: false };
}

/** UTF-32 text without a BOM: every character four bytes, the top one 00 (and the next at most 10) in each. */
function bomlessUtf32(start: Uint8Array): 'UTF-32LE' | 'UTF-32BE' | null {
  const n = Math.min(start.length, 512) & ~3;
  if (n < 8) return null;
  let le = true, be = true;
  for (let i = 0; i < n; i += 4) {
    if (start[i + 3] !== 0 || start[i + 2]! > 0x10) le = false;
    if (start[i] !== 0 || start[i + 1]! > 0x10) be = false;
  }
  return le ? 'UTF-32LE' : be ? 'UTF-32BE' : null;
}

async function* utf16Lines(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<string | LongLine> {
  const decoder = new TextDecoder(encoding, { fatal: true }); // drops the BOM itself
  let text = '';
  let lineNumber = 0;
  // The code units so far of a line past MAX_LINE_BYTES (2 bytes each; its text is dropped as it comes), or -1.
  let longUnits = -1;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new InputError(
        `输入以 UTF-16 字节顺序标记开头，但第 ${lineNumber + 1} 行附近不是有效的 UTF-16：请另存为 UTF-8 / the input starts with a UTF-16 byte order mark but is not valid UTF-16 near line ${lineNumber + 1}; save it as UTF-8`,
        lineNumber + 1,
      );
    }
  };
  const line = (part: string): string | LongLine => {
    lineNumber++;
    // (A line that ends in the chunk that takes it past the limit was never pending: judged here.)
    if (longUnits < 0 && part.length * 2 <= MAX_LINE_BYTES) return otherOrder(part, lineNumber, encoding);
    const long = new LongLine(lineNumber, (Math.max(longUnits, 0) + part.length) * 2);
    longUnits = -1;
    return long;
  };
  for await (const chunk of chunks) {
    const piece = decode(chunk);
    text += piece;
    // Split only when a line ends here: splitting the whole pending text for every chunk made a long line quadratic.
    // The last character is read from the piece: text.endsWith on the pending text joined chunk by chunk copied all of
    // it into one string each time, quadratic again (8 MiB of UTF-16 in 64-KiB chunks: 2.2 CPU-s).
    if (!/[\r\n]/.test(piece) && !(piece || text).endsWith('\r')) {
      if (longUnits >= 0 || text.length * 2 > MAX_LINE_BYTES) {
        longUnits = Math.max(longUnits, 0) + text.length;
        text = '';
      }
      continue;
    }
    // Keep a final \r: its \n may come in the next chunk.
    const parts = text.split(/\r\n|\n|\r(?!$)/);
    text = parts.pop()!;
    for (const part of parts) yield line(part);
    if (longUnits >= 0 || text.length * 2 > MAX_LINE_BYTES) {
      const kept = text.endsWith('\r') ? '\r' : '';
      longUnits = Math.max(longUnits, 0) + text.length - kept.length;
      text = kept;
    }
  }
  text += decode();
  const parts = text.split(/\r\n|\n|\r/);
  // Nothing, or marks with no line end after them (a second, empty marked file joined by cat): no line.
  if (/^\uFEFF*$/.test(parts.at(-1)!) && !(parts.length === 1 && longUnits >= 0)) parts.pop();
  for (const part of parts) yield line(part);
}

/**
 * A UTF-16 line holding U+FFFE, the other byte order's mark read in this order (cat of an LE and a BE file, rt55 F6):
 * the rest would be garbage (笀∀椀) judged clean. U+FFFE is a noncharacter, never text, so it is refused where it is.
 */
function otherOrder(line: string, lineNumber: number, encoding: 'utf-16le' | 'utf-16be'): string {
  if (!line.includes('\uFFFE')) return line;
  const [was, now] = encoding === 'utf-16le' ? ['UTF-16LE', 'UTF-16BE'] : ['UTF-16BE', 'UTF-16LE'];
  throw new InputError(
    `标准输入第 ${lineNumber} 行起字节顺序不同：前面是 ${was}，这里出现了 ${now} 的字节顺序标记（像是两种字节顺序的文件拼在了一起），无法可靠读取：请把各部分分别转成 UTF-8 再合并（例如 iconv -f UTF-16 -t UTF-8） / ` +
      `standard input changes byte order at line ${lineNumber}: ${was} before, a ${now} byte order mark here (files joined?): convert each part to UTF-8 first`,
    lineNumber,
  );
}

/** An in-memory IO for tests: feed input (text, or raw bytes read as stdin would be), collect output. */
export function memoryIO(input: string | Uint8Array): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    lines: () => readInputLines([typeof input === 'string' ? Buffer.from(input, 'utf8') : input]),
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
