// Entry of the `replyguard` CLI (also `npm run --silent cli -- …`). Each command lives in its own module.
import packageJson from '../package.json' with { type: 'json' };
import { guardCrashes, reportCrash } from './crash';
import { INTERNAL_ERROR_EXIT } from './exit-codes';
import { counted, guardInterrupts, InputError, processIO, shownArg, type CliIO, type RunState } from './io';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  lint: { summary: '检查回复草稿 / lint reply drafts (text argument or --jsonl on stdin)', load: async () => (await import('./lint')).run },
  stats: { summary: '5 分钟回复率与满意度 / reply-rate and satisfaction from chat events on stdin', load: async () => (await import('./stats')).run },
  audit: { summary: '聊天记录质检 / quality inspection of exported chat logs', load: async () => (await import('./audit')).run },
};

export function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(6)} ${c.summary}`);
  return [
    '用法 / usage: replyguard <命令 / command> [选项 / options]',
    '',
    ...rows,
    '',
    '各命令的选项与退出码：replyguard <命令> --help（或 replyguard help <命令>） / a command\'s options and exit codes: replyguard <command> --help',
    '退出码 / exit codes: 0 通过 / passed，1 有拦截或警告（lint、audit） / blocks or warnings found，2 错误 / error，',
    '  130 / 143 / 129 被 Ctrl+C、kill、关闭终端中断（结果不完整） / interrupted by Ctrl+C, kill, a closed terminal (results incomplete)，',
    `  ${INTERNAL_ERROR_EXIT} 回复卫士内部出错，运行没有完成（134：Node 内存耗尽而中止） / ReplyGuard failed itself, the run did not finish (134: Node ran out of memory)`,
    '版本 / version: replyguard --version（或 -V、version）',
    '',
  ].join('\n');
}

/** The version of this checkout (package.json's, bundled in: the cached bundle is rebuilt when package.json changes). */
export const VERSION: string = packageJson.version;

// Round 60 (ux60): `replyguard --version` was 「未知命令」 with the usage and status 2, so a 质检 report could not note which
// rules' version judged it. stdout holds the version alone (a script can read it whole), status 0.
const VERSION_ASKS = new Set(['--version', '-V', 'version', '-v']);

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  let [name, ...args] = argv;
  // Round 59 (ux59): `replyguard help audit` (git's way) was an unknown command; it is the command's --help.
  if (name === 'help' && args[0] && commands[args[0]]) [name, args] = [args[0], ['--help']];
  if (name !== undefined && VERSION_ASKS.has(name)) {
    if (args.length) {
      io.err(`${name} 不接受参数 / ${name} takes no arguments: ${shownArg(args[0]!, io.argBytes?.(args.length - 1))}\n`);
      return 2;
    }
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (name === '-h' || name === '--help' || (name === 'help' && !args.length)) {
    io.out(usage());
    return 0;
  }
  // Round 59 (ux59): no command printed the usage on stdout (into `> report.txt`) with status 2; a usage error is
  // said on stderr, as every other one is.
  if (!name) {
    io.err(`缺少命令 / missing command\n\n${usage()}`);
    return 2;
  }
  const command = commands[name];
  if (!command) {
    // Round 59 (ux59): `replyguard --jsonl lint` (an option before the command) said only 「未知命令 --jsonl」.
    const later = args.find((a) => commands[a]);
    const order = name.startsWith('-') && later
      ? `\n选项要写在命令之后，例如 replyguard ${later} ${name} / options go after the command: replyguard ${later} ${name}`
      : '';
    io.err(`未知命令 / unknown command: ${shownArg(name, io.argBytes?.(args.length))}${order}\n\n${usage()}`);
    return 2;
  }
  // Round 60 (ux60): Ctrl+C during a real run says how far it got and that the result is incomplete (io.ts).
  const kind: RunState['kind'] = name !== 'lint' ? 'report' : args.includes('--jsonl') ? 'answers' : 'draft';
  const run: RunState = io === processIO ? guardInterrupts(kind) : { kind, lines: 0, finished: false };
  run.answered = 0;
  // Round 62 (ux62): lines read and answers written are counted, so a crash can say how far the run got (crash.ts).
  const tracked: CliIO = {
    lines: io === processIO ? io.lines : () => counted(io.lines(), run),
    out: (text) => {
      io.out(text);
      if (kind === 'answers') for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) run.answered!++;
    },
    err: (text) => io.err(text),
    argBytes: io.argBytes?.bind(io),
    pathKind: io.pathKind?.bind(io),
  };
  if (io === processIO) guardCrashes(run, tracked);
  try {
    return await (await command.load())(args, tracked);
  } catch (e) {
    // Input the command cannot read (not UTF-8, a directory) is refused as a whole, never half-judged.
    if (e instanceof InputError) {
      io.err(`${e.message}\n`);
      return 2;
    }
    // Round 62 (ux62): anything else is ReplyGuard's own failure: status 70, never Node's 1 (「findings」).
    return reportCrash(e, run, tracked);
  } finally {
    run.finished = true;
  }
}
