// Round 62 (ux62): a run that fails inside ReplyGuard itself. An exception in the CLI's own code (or a JavaScript-level
// out-of-memory RangeError) escaped main(), and Node printed its stack and exited 1 — the contract's 「blocks or
// warnings found」 — so a 质检 script read a crash as findings, and lint --jsonl's output, cut off after the lines
// answered so far, looked like a whole run's. Now: status 70 (exit-codes.ts), a Chinese-first word on stderr (what
// failed, how far it got, what to do), and for lint --jsonl a last output line that says the run did not finish.
import { writeSync } from 'node:fs';
import { INTERNAL_ERROR_EXIT } from './exit-codes';
import type { CliIO, RunState } from './io';
import { jsonLine } from './output';

/**
 * Whether `e` is memory running out as JavaScript sees it: a string, array or buffer too large to make. (V8 running out
 * of heap is not catchable: Node aborts with SIGABRT, status 134, as --help says.)
 */
export function outOfMemory(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ERR_STRING_TOO_LONG' || code === 'ERR_BUFFER_TOO_LARGE' || code === 'ERR_MEMORY_ALLOCATION_FAILED') return true;
  return e instanceof RangeError && /invalid (string|array|typed array) length|allocation failed|out of memory/i.test(e.message);
}

/** What failed, in one line: the error's kind and message (never the input's text: a message may quote it, so cut). */
function whatFailed(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.replace(/\s+/g, ' ').slice(0, 300);
  return String(e).replace(/\s+/g, ' ').slice(0, 300);
}

/** The last output line of a lint --jsonl run that did not finish: the first line left unanswered, and the flag. */
export function unfinishedLine(answered: number): string {
  const next = answered + 1;
  return jsonLine({
    line: next,
    error: `运行没有完成：回复卫士内部出错，第 ${next} 行起没有结果 / the run did not finish: ReplyGuard failed, no results from line ${next} on`,
    incomplete: true,
  });
}

/** The word on stderr: 内部错误, what failed, how far the run got, what to do, then the stack for a bug report. */
export function internalErrorMessage(e: unknown, run: RunState): string {
  const read = run.lines.toLocaleString('en-US');
  const answered = (run.answered ?? 0).toLocaleString('en-US');
  const [zhDone, enDone] = run.finished
    ? ['结果已经全部写出，出错在那之后', 'the results were all written; the failure came after']
    : run.kind === 'answers'
      ? [`运行没有完成：已读取 ${read} 行，输出里只有前 ${answered} 行的结果，最后一行写明运行没有完成`, `the run did not finish: ${read} lines read; the output holds the first ${answered} lines' results, and its last line says so`]
      : run.kind === 'report'
        ? [`运行没有完成：已读取 ${read} 行，没有写出报告`, `the run did not finish: ${read} lines read, no report was written`]
        : ['运行没有完成：草稿没有检查完，没有写出结果', 'the run did not finish: the draft was not fully checked, no result was written'];
  const [zhDo, enDo] = outOfMemory(e)
    ? [
        '内存不足：请把输入分成几份分别运行（例如 split -l 10000 文件 part-），或给 Node 更多内存（NODE_OPTIONS=--max-old-space-size=4096）',
        'Out of memory: split the input and run each part (e.g. split -l 10000 file part-), or give Node more memory (NODE_OPTIONS=--max-old-space-size=4096)',
      ]
    : [
        '这不是输入的问题，这次的结果不能当作检查结果：请重新运行；若再次出现，请把这条信息（含下面的详情）和 replyguard --version 的版本号报告给维护者',
        'Not a problem with the input, and this run\'s results are not a check result: run it again; if it happens again, report this message (with the details below) and the replyguard --version to the maintainers',
      ];
  const stack = e instanceof Error && e.stack ? `详情 / details:\n${e.stack.split('\n').slice(0, 12).map((l) => `  ${l.trim()}`).join('\n')}\n` : '';
  return `内部错误（${whatFailed(e)}）：${zhDone}。${zhDo} / internal error (${whatFailed(e)}): ${enDone}. ${enDo}\n${stack}`;
}

/**
 * Says the crash and gives its status: the unfinished line on stdout (lint --jsonl only: audit and stats write their
 * report once at the end, so a crash leaves none rather than a part), the message on stderr. Either write may fail too
 * (the crash may be the output's): the status still says.
 */
export function reportCrash(e: unknown, run: RunState, io: Pick<CliIO, 'out' | 'err'>): number {
  const message = internalErrorMessage(e, run); // before the unfinished line, which is not an answer
  if (run.kind === 'answers' && !run.finished) {
    try {
      io.out(unfinishedLine(run.answered ?? 0));
    } catch {
      // the output itself is what failed
    }
  }
  try {
    io.err(message);
  } catch {
    try {
      writeSync(2, message);
    } catch {
      // nothing more can be said
    }
  }
  return INTERNAL_ERROR_EXIT;
}

let crashesGuarded = false;
/**
 * An exception thrown outside main()'s await chain (a stream's or a timer's callback) or a promise no one awaited would
 * still end the process with Node's 1: caught here, said as reportCrash says it, status 70.
 */
export function guardCrashes(run: RunState, io: Pick<CliIO, 'out' | 'err'>): void {
  if (crashesGuarded) return;
  crashesGuarded = true;
  const crash = (e: unknown) => process.exit(reportCrash(e, run, io));
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
