// `replyguard lint`: `--jsonl` lints one draft per stdin line (DESIGN.md CLI contract);
// `lint "一段话"` (or plain text on stdin) prints a readable report.

import { CLAUSES } from '../rules/clauses';
import type { Linter } from '../rules/engine';
import type { Finding } from '../rules/types';
import { argNotUtf8, EMPTY_INPUT, EncodingTally, InputError, LongLine, NotUtf8Line, shownArg, type CliIO } from './io';
import { INTERNAL_ERROR_EXIT, SHARED_EXIT_CODES } from './exit-codes';
import { jsonLine, jsonProblem, notStringText, RawJson, rawMember, visible } from './output';

const HELP = `用法 / usage:
  replyguard lint "回复草稿"            检查一条回复，输出可读报告 / lint one draft, readable report
  replyguard lint --jsonl < in.jsonl    每行 {"id": …, "text": "…"} 输出一行 {"id": …, "findings": […]}
                                        one output line per input line, in order
  echo "回复草稿" | replyguard lint      从标准输入读取整段文本 / the whole of stdin is one draft
  replyguard lint -- "-5 元优惠券"       以 - 开头的草稿写在 -- 之后 / a draft starting with - goes after --
  replyguard lint -- "—你好"             以 --、—、–、－－ 开头的参数都当作选项（如从文档复制来的 —jsonl），这样的草稿也写在 -- 之后
                                        an argument starting with --, —, –, －－ is taken as an option: such a draft goes after --

--jsonl：每个输入行（包括空行和格式错误的行）都有且只有一行输出，按输入顺序；没有 id 的行和出错的行带 "line"（从 1 起的行号）；
  格式错误的行输出 {"line": N, "error": "…"}。数字 id 原样输出（超过 2^53 的 19 位 id 也一位不变）。
  Every input line (blank and malformed ones too) gets exactly one output line, in order; a line without an id, and an
  error, carry "line"; a malformed line gets {"line": N, "error": "…"}. Numeric ids are echoed exactly as written.
输入须为 UTF-8（UTF-16 带 BOM 也可）；GBK 等其他编码会被拒绝并提示转换（--jsonl：这样的行各有一行错误输出，其余行照常检查，
  转换方法在 stderr 说一次，退出码 2）。
Input must be UTF-8 (or UTF-16 with a BOM); GBK and other encodings are refused with a hint to convert (--jsonl: each such
  line gets its error line, the rest still run, the advice is said once on stderr, status 2).
每行最长 8 MB（8,388,608 字节）：更长的行不检查，输出 {"line": N, "error": "第 N 行太长…"}，其余行照常。
A line may be up to 8 MB (8,388,608 bytes); a longer one is not checked: {"line": N, "error": "…too long…"}, the rest still run.

在终端上运行时，读取大文件的进度每 2 秒在 stderr 同一行刷新（输出到文件或管道时不显示） / on a terminal, stderr shows the reading progress every 2 s, in place (not into a file or pipe).

退出码 / exit code: 参数错误、没有文本、输入不是 UTF-8 或无法读取、输出写不进去（如磁盘已满）时为 2；
  可读报告有拦截或警告时为 1，否则为 0；--jsonl 读完全部输入即为 0（结果和每行的错误都在输出里）。
  没有文本：标准输入为空，或只有空行、空格、字节顺序标记（--jsonl 为 0：空行照样各有一行输出，stderr 说明没有文本）。
  检查时引擎或某条规则出错：该结果带 "incomplete": true（可读报告末尾写「结果不完整」），其余照常，退出码 70。
Readable report: 1 when anything blocks or warns, else 0. --jsonl: 0 once all input is read (results and line
errors are in the output). 2 on bad arguments, no text (empty stdin, or only blank lines, spaces and byte order
marks; --jsonl: 0, each blank line answered and the empty input named on stderr), input that is not UTF-8 or cannot be read, or output that cannot be written.
The engine or a rule failing on a draft: that result carries "incomplete": true (the readable report ends 「结果不完整」),
the rest still run, status 70.
${SHARED_EXIT_CODES}`;

const SEVERITY_ZH = { block: '拦截', warn: '警告', info: '提示' } as const;

type Options = { help: true } | { jsonl: true } | { text: string | null } | { error: string };

function parseArgs(args: string[], argBytes: CliIO['argBytes']): Options {
  // An argument as echoed: bytes that are not UTF-8 in hex, not as ����.
  const shown = (i: number) => shownArg(args[i]!, argBytes?.(args.length - 1 - i));
  let jsonl = false;
  let optionsEnded = false;
  const texts: string[] = [];
  const textAt: number[] = [];
  for (const [i, arg] of args.entries()) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && (/^--?[A-Za-z]/.test(arg) || optionLookalike(arg))) {
      if (arg === '-h' || arg === '--help') return { help: true };
      if (arg === '--jsonl') jsonl = true;
      else return { error: unknownOption(arg, shown(i)) };
    } else {
      texts.push(arg);
      textAt.push(i);
    }
  }
  if (jsonl && texts.length) {
    return {
      error: `--jsonl 只从标准输入读取，不接受文件名或草稿：${shown(textAt[0]!)}；请写成 replyguard lint --jsonl < 文件.jsonl / --jsonl reads standard input only: use replyguard lint --jsonl < file.jsonl`,
    };
  }
  if (texts.length > 1) {
    return { error: `参数过多：草稿请用引号括成一个参数，例如 replyguard lint "您好 请稍等" / too many arguments: quote the draft as one argument` };
  }
  if (jsonl) return { jsonl: true };
  if (texts.length && !texts[0]!.trim()) return { error: '没有要检查的文本 / nothing to lint' };
  return { text: texts[0] ?? null };
}

// Dashes a document or an IME puts for `--`: a command copied from Feishu or Word (— –), typed in full width (－－ ｊｓｏｎｌ).
const DASHES = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]+/;

/**
 * An argument meant as an option though not typed as one: `—jsonl`, `–jsonl`, `－－jsonl`, `--ｊｓｏｎｌ`, `--模式`. Taken as the
 * draft it linted the option's own text and exited 0, reading no stdin (`lint —jsonl < today.jsonl && echo ok` said ok).
 * So in lint anything starting with --, a long dash, or a dash that folds (NFKC) to an ASCII option is an option;
 * a draft that starts so goes after -- (`lint -- "—你好"`).
 */
function optionLookalike(arg: string): boolean {
  if (arg === '--') return false;
  if (arg.startsWith('--') || /^[\u2012-\u2015\u2212\uFE58]/.test(arg)) return true;
  return /^--?[A-Za-z]/.test(arg.normalize('NFKC')) || namesOption(arg);
}

// Round 55 (rt55 F5): ‐‐jsonl (U+2010), ‑‑jsonl (U+2011, Word's Ctrl+Shift+-), -—jsonl, ⸺jsonl, ' --jsonl' (a copied cell)
// and a zero-width space in front still linted the option's own text and exited 0. One rule for all of them: with
// whitespace and invisible (default-ignorable) characters removed, any run of dash-like characters followed by the
// letters of one of lint's options is that option mistyped.
const INVISIBLE = /[\s\p{White_Space}\p{Default_Ignorable_Code_Point}]/gu;
const DASH_LIKE = /^[\p{Pd}\u2212\uFE63\uFF0D\u207B\u208B]+/u;
const LINT_OPTIONS = ['jsonl', 'json', 'help', 'h'];

/** The argument as typed once invisibles are gone, full width folded and its leading dashes written `--`. */
const cleaned = (arg: string) => arg.normalize('NFKC').replace(INVISIBLE, '').replace(DASH_LIKE, '--');

function namesOption(arg: string): boolean {
  const c = cleaned(arg);
  return c.startsWith('--') && LINT_OPTIONS.includes(c.slice(2).toLowerCase().replace(/=.*$/, ''));
}

function unknownOption(arg: string, shown: string): string {
  // Dashes folded to --, full-width letters to ASCII, invisibles dropped: 「—jsonl」「--ｊｓｏｎｌ」「 ‐‐jsonl」 are --jsonl.
  const folded = cleaned(arg).replace(DASHES, '--').replace(/^-+/, '--').toLowerCase().replace(/=.*$/, '');
  const meant = ['--jsonl', '--help'].find((o) => folded === o) ?? (folded === '--h' ? '--help' : undefined) ?? (folded.startsWith('--json') ? '--jsonl' : null);
  const hint = meant ? `（是要 ${meant} 吗？/ did you mean ${meant}?）` : '';
  // (A plain ASCII --foo is a mistyped option, as before; a lookalike may be a draft.)
  const draftNote = /^--?[A-Za-z][\x20-\x7e]*$/.test(arg)
    ? ''
    : '\n草稿若以 - 或 — 开头，请写在 -- 之后，例如 replyguard lint -- "—你好" / a draft starting with a dash goes after --: replyguard lint -- "—你好"';
  return `未知参数 / unknown argument: ${shown}${hint}${draftNote}`;
}

// The engine takes seconds to load on a busy machine: it is loaded only after stdin is opened, so the
// hint of a command typed at a terminal (io.lines) shows at once, and `--help` needs no engine.
const loadEngine = async (): Promise<Linter> => (await import('../rules/engine')).createLinter();

export async function run(args: string[], io: CliIO, makeLinter: () => Linter | Promise<Linter> = loadEngine): Promise<number> {
  const options = parseArgs(args, io.argBytes?.bind(io));
  if ('error' in options) {
    io.err(`${options.error}\n帮助 / help: replyguard lint --help\n`);
    return 2;
  }
  if ('help' in options) {
    io.out(HELP);
    return 0;
  }
  if ('text' in options && options.text !== null) {
    const notUtf8 = argNotUtf8(options.text, io.argBytes?.(args.length - 1 - args.lastIndexOf(options.text)));
    if (notUtf8) throw new InputError(notUtf8); // main: the message and status 2, as for stdin
    const path = io.pathKind?.(options.text);
    if (path) return pathGiven(options.text, path, io, args);
    return report(await makeLinter(), options.text, io);
  }
  const input = io.lines();
  const linter = await makeLinter();
  if ('jsonl' in options) return lintJsonl(linter, input, io);
  const lines: string[] = [];
  for await (const line of input) {
    // One draft: a part of it left out would be judged as if whole, so a line past the limit refuses it (status 2).
    if (line instanceof LongLine || line instanceof NotUtf8Line) throw new InputError(line.message, line.line);
    lines.push(line);
  }
  const stdinText = lines.join('\n');
  // The same refusal as --jsonl and audit give an input with no text (0 bytes, or only marks and blanks).
  if (!stdinText.trim()) return emptyInput(io);
  return report(linter, stdinText, io);
}

async function lintJsonl(linter: Linter, input: AsyncIterable<string | LongLine | NotUtf8Line>, io: CliIO): Promise<number> {
  let lineNo = 0;
  // Blank lines are answered as they come; an input with none but them (or none at all) is named on stderr at the end,
  // status still 0: the stream contract answers every line read, and a pipeline fed nothing is not an error.
  let sawText = false;
  // Lines that are not UTF-8, and the UTF-8 lines with text beside them: the advice is said once, at the end.
  const tally = new EncodingTally();
  const error = (fields: Record<string, unknown>) => io.out(jsonLine({ line: lineNo, ...fields }));
  // Round 62 (ux62): lines the engine failed on (it threw, or a rule in it did). Each is answered and flagged; the run
  // goes on, and its status is 70 (an internal error), never 0 (「all read, every result in the output」).
  const unchecked: number[] = [];
  try {
    for await (const line of input) {
      lineNo++;
      // A line past the limit is a malformed line: its error line, and the rest still run (round 58).
      if (line instanceof LongLine) {
        sawText = true;
        error({ error: line.message });
        continue;
      }
      // Round 58b (ux58b): a line that is not UTF-8 stopped the run, the lines after it unanswered. It is a malformed
      // line now: a short error line (no advice: a GBK file would repeat it on every line), the rest still run.
      if (line instanceof NotUtf8Line) {
        sawText = true;
        tally.notUtf8.push(line);
        error({ error: line.brief });
        continue;
      }
      // A blank line still gets its output line, so output line k answers input line k.
      if (!line.trim()) {
        error({ error: '空行，没有草稿 / blank line: no draft' });
        continue;
      }
      sawText = true;
      tally.utf8Lines++;
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (e) {
        error({ error: `不是合法的 JSON / invalid JSON: ${jsonProblem(e, line)}` });
        continue;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        error({ error: '每行应是一个 JSON 对象 {"id": …, "text": "…"} / each line must be a JSON object' });
        continue;
      }
      const { id, text } = record as { id?: unknown; text?: unknown };
      // A number id is echoed as written: JSON.parse rounds one past 2^53 (a 19-digit message id).
      const echoedId = typeof id === 'number' ? new RawJson(rawMember(line, 'id') ?? JSON.stringify(id)) : id;
      if (typeof text !== 'string') {
        error({ id: echoedId, error: text === undefined ? '缺少字符串字段 "text" / missing string field "text"' : notStringText(text, 'draft') });
        continue;
      }
      let result: ReturnType<Linter['lintDetailed']>;
      try {
        result = linter.lintDetailed(text);
      } catch (e) {
        unchecked.push(lineNo);
        error({ id: echoedId, error: `检查失败，本行没有结果 / lint failed, no result for this line: ${(e as Error).message}`, incomplete: true });
        continue;
      }
      reportRuleErrors(result.errors, io, `line ${lineNo}`);
      // Round 62 (ux62): a rule that threw leaves the line's findings short: the line says so, not only stderr.
      const short = result.errors.length ? { error: ruleErrorsNote(result.errors), incomplete: true } : {};
      if (result.errors.length) unchecked.push(lineNo);
      // The contract's result is {"id", "findings"}: outside tools compare it whole, so "line" is added only where the input
      // gave no id to tell the result by (none, or null).
      io.out(jsonLine(id === undefined || id === null ? { ...(id === null ? { id: null } : {}), findings: result.findings, line: lineNo, ...short } : { id: echoedId, findings: result.findings, ...short }));
    }
  } catch (e) {
    // Input that cannot be read from some line on (a UTF-16 or compressed part) stops the run (main exits 2); its line still gets its error line.
    if (e instanceof InputError && e.line !== undefined) {
      lineNo = e.line;
      error({ error: e.message });
    }
    throw e;
  }
  if (!sawText) io.err(`${EMPTY_INPUT}\n`);
  // Every line is answered, but status 2 as before: input that is not UTF-8 is the file's problem, not a line's, and a
  // script that took 2 for 「convert the file」 must not now read 0 (「all read」) for a GBK file.
  const advice = tally.summary(true);
  if (advice) io.err(`${advice}\n`);
  if (unchecked.length) {
    io.err(uncheckedNote(unchecked));
    return INTERNAL_ERROR_EXIT;
  }
  return advice ? 2 : 0;
}

/** The line a result gets when a rule threw while checking it: its findings may miss that rule's. */
function ruleErrorsNote(errors: readonly { rule: string }[]): string {
  const rules = errors.map((e) => e.rule).join('、');
  return `规则 ${rules} 出错，本行结果不完整 / rule ${errors.map((e) => e.rule).join(', ')} failed: this line's findings are incomplete`;
}

/** Round 62 (ux62): the end of a lint --jsonl run in which the engine failed on some lines. */
function uncheckedNote(lines: readonly number[]): string {
  const shown = lines.slice(0, 10).join('、') + (lines.length > 10 ? ` 等 ${lines.length} 行` : '');
  const shownEn = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ` and more, ${lines.length} lines` : '');
  return (
    `内部错误：第 ${shown} 行检查失败（回复卫士自身出错），这些行带 "incomplete": true，结果不完整，退出码 ${INTERNAL_ERROR_EXIT}：请重新运行；若再次出现，请把上面的出错信息和 replyguard --version 的版本号报告给维护者 / ` +
    `internal error: the check failed on line ${shownEn} (ReplyGuard itself failed); those lines carry "incomplete": true and their results are incomplete, status ${INTERNAL_ERROR_EXIT}: run again, and if it happens again report the messages above and the replyguard --version to the maintainers\n`
  );
}

/**
 * Round 57 (ux57): `replyguard lint drafts.txt` (or a directory) linted the file's NAME as the draft: 「回复中没有中文」,
 * status 0, and the drafts in the file were never read. An argument naming an existing file or directory is refused
 * (status 2) with how to give the file; a draft that really is such a name goes on stdin.
 */
function pathGiven(arg: string, kind: 'file' | 'directory', io: CliIO, args: string[]): number {
  const shown = shownArg(arg, io.argBytes?.(args.length - 1 - args.lastIndexOf(arg)));
  const [zh, en] = kind === 'directory' ? ['目录', 'directory'] : ['文件', 'file'];
  io.err(
    `参数“${shown}”是一个已有${zh}的名字：lint 检查的是参数里的文字本身，不会读取${zh}，这样检查会漏掉${zh}里的草稿。` +
      `要检查文件里的草稿请写 replyguard lint < 文件（整份是一条草稿）或 replyguard lint --jsonl < 文件.jsonl；若草稿正好就是这几个字，请从标准输入传入（echo '草稿' | replyguard lint） / ` +
      `"${shown}" names an existing ${en}: lint checks the argument's own text and does not read files. Use replyguard lint < file, or lint --jsonl < file.jsonl; ` +
      `a draft that is really this text goes on standard input\n帮助 / help: replyguard lint --help\n`,
  );
  return 2;
}

/** An input with no text refused as main refuses unreadable input: the message on stderr, status 2. */
function emptyInput(io: CliIO): number {
  io.err(`${EMPTY_INPUT}\n`);
  return 2;
}

/**
 * A rule that throws is skipped so the others still report (engine.ts); say so on stderr, or a broken
 * rule would pass for a clean draft.
 */
function reportRuleErrors(errors: readonly { rule: string; error: string }[], io: CliIO, where: string): void {
  for (const e of errors) io.err(`规则 ${e.rule} 出错，本条结果不完整 / rule ${e.rule} failed (${where}): ${e.error}\n`);
}

function report(linter: Linter, text: string, io: CliIO): number {
  const { findings, errors } = linter.lintDetailed(text);
  reportRuleErrors(errors, io, 'input');
  if (errors.length) {
    // Round 62 (ux62): a report missing a rule's findings says so in itself, and the status is not 0 or 1's verdict.
    io.out(`${formatReport(text, findings)}结果不完整：${ruleErrorsNote(errors)}\n`);
    return INTERNAL_ERROR_EXIT;
  }
  io.out(formatReport(text, findings));
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}

export function formatReport(text: string, findings: readonly Finding[]): string {
  if (!findings.length) return '✓ 未发现违规 / no findings\n';
  const out: string[] = [];
  for (const f of findings) {
    const clause = CLAUSES[f.clause];
    out.push(`${SEVERITY_ZH[f.severity]} ${f.severity.toUpperCase()}  第 ${f.clause} 条 ${clause.title.zh}`);
    out.push(`  「${f.match}」 位置 ${f.start}–${f.end}  规则 ${f.rule}`);
    out.push(`  ${f.message}`);
    out.push(`  后果：${clause.penalty.zh}`);
    if (f.fix) out.push(`  修复：${f.fix.text ? `改为「${f.fix.text}」` : '删除这部分'} → ${applyFix(text, f)}`);
  }
  const counts = (['block', 'warn', 'info'] as const).map((s) => `${SEVERITY_ZH[s]} ${findings.filter((f) => f.severity === s).length}`);
  out.push(`共 ${findings.length} 处：${counts.join('，')}`);
  // The draft's own control characters (ESC sequences, bidi overrides) are shown, not obeyed.
  return out.map(visible).join('\n') + '\n';
}

function applyFix(text: string, f: Finding): string {
  if (!f.fix) return text;
  return text.slice(0, f.fix.start) + f.fix.text + text.slice(f.fix.end);
}
