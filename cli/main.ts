// Entry of the `replyguard` CLI (also `npm run --silent cli -- …`). Each command lives in its own module.
import { InputError, processIO, shownArg, type CliIO } from './io';

type Command = (args: string[], io: CliIO) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  lint: { summary: '检查回复草稿 / lint reply drafts (text argument or --jsonl on stdin)', load: async () => (await import('./lint')).run },
  stats: { summary: '5 分钟回复率与满意度 / reply-rate and satisfaction from chat events on stdin', load: async () => (await import('./stats')).run },
  audit: { summary: '聊天记录质检 / quality inspection of exported chat logs', load: async () => (await import('./audit')).run },
};

export function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(6)} ${c.summary}`);
  return ['用法 / usage: replyguard <command> [options]', '', ...rows, ''].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '-h' || name === '--help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(`未知命令 / unknown command: ${shownArg(name, io.argBytes?.(args.length))}\n\n${usage()}`);
    return 2;
  }
  try {
    return await (await command.load())(args, io);
  } catch (e) {
    // Input the command cannot read (not UTF-8, a directory) is refused as a whole, never half-judged.
    if (!(e instanceof InputError)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
}
