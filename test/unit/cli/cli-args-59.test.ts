// Round 59 (ux59), a demanding 质检 user's command lines: no command printed the usage on stdout (into a report file)
// with status 2; `replyguard --jsonl lint` said only 「未知命令」; `replyguard help audit` was an unknown command;
// `audit --` / `stats --` (scripts end options so) were 「未知参数 --」.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';

const EVENT = '{"conv":"c1","id":"m1","dir":"in","ts":"2024-05-01T10:00:00+08:00"}\n';

describe('cli args 59', { timeout: 120_000 }, () => {
  it('no command: 「缺少命令」 and the usage on stderr, nothing on stdout, status 2', async () => {
    const io = memoryIO('');
    expect(await main([], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^缺少命令 \/ missing command\n\n用法 \/ usage/);
  });

  it('--help and help: the usage on stdout, status 0, pointing to each command\'s --help', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = memoryIO('');
      expect(await main(argv, io), argv.join(' ')).toBe(0);
      expect(io.stdout).toMatch(/^用法 \/ usage/);
      expect(io.stdout).toContain('replyguard <命令> --help');
    }
  });

  it.each(['audit', 'stats', 'lint'])('help %s is the command\'s --help', async (command) => {
    const io = memoryIO('');
    expect(await main(['help', command], io)).toBe(0);
    const direct = memoryIO('');
    await main([command, '--help'], direct);
    expect(io.stdout).toBe(direct.stdout);
    expect(io.stdout).toMatch(/^用法 \/ usage/);
  });

  it('an option before the command: says to put it after, status 2', async () => {
    const io = memoryIO('');
    expect(await main(['--jsonl', 'lint'], io)).toBe(2);
    expect(io.stderr).toContain('未知命令 / unknown command: --jsonl\n选项要写在命令之后，例如 replyguard lint --jsonl');
  });

  it.each(['audit', 'stats'])('%s --: the end of the options, the input read as usual; a file name after it points to < file', async (command) => {
    const io = memoryIO(EVENT);
    expect(await main([command, '--now', '2024-05-01T12:00:00+08:00', '--'], io)).toBe(0);
    expect(io.stderr).not.toContain('未知参数');
    const named = memoryIO(EVENT);
    expect(await main([command, '--', 'chat.jsonl'], named)).toBe(2);
    expect(named.stderr).toContain('未知参数 / unknown argument: chat.jsonl');
    expect(named.stderr).toContain(`replyguard ${command} < 文件`);
  });
});
