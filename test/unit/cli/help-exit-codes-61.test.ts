// Round 61 (ux61): round 60 made an interrupted run die of its signal — 130 (Ctrl+C), 143 (kill), 129 (a closed
// terminal) — and a closed output pipe stop with 0, but no --help said so: a batch script reading the status could not
// tell an interrupted run from anything else. Every command's --help, and the usage, list every status it can return.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';

const help = async (args: string[]) => {
  const io = memoryIO('');
  expect(await main(args, io)).toBe(0);
  return io.stdout;
};
/** The exit-code section of a --help: from 「退出码」 to the end. */
const codesOf = (text: string) => text.slice(text.indexOf('退出码 / exit code'));

describe('cli 61: --help lists every exit code', () => {
  it.each([
    ['lint', ['0', '1', '2']],
    ['audit', ['0', '1', '2']],
    ['stats', ['0', '2']],
  ])('%s --help: its own codes, then 130 / 143 / 129 after an interrupt and 0 for a closed pipe', async (command, own) => {
    const text = await help([command, '--help']);
    expect(text).toContain('退出码 / exit code');
    const section = codesOf(text);
    for (const code of own) expect(section).toMatch(new RegExp(`(^|[^0-9])${code}([^0-9]|$)`));
    expect(section).toMatch(/Ctrl\+C（SIGINT）130/);
    expect(section).toMatch(/kill（SIGTERM）143/);
    expect(section).toMatch(/关闭终端（SIGHUP）129/);
    expect(section).toMatch(/130 on\s+Ctrl\+C \(SIGINT\), 143 on kill \(SIGTERM\),\s+129 when the terminal closes \(SIGHUP\)/);
    expect(section).toContain('| head');
    // No status the CLI cannot return (guardInterrupts re-raises exactly SIGINT, SIGTERM and SIGHUP; round 62: Node's own
    // abort when V8 runs out of heap, SIGABRT, is 134).
    const numbers = [...section.matchAll(/(?<![0-9.–-])\b(1[0-9]{2})\b(?![0-9])/g)].map((m) => m[1]);
    expect(new Set(numbers)).toEqual(new Set(['130', '143', '129', '134']));
  });

  it('replyguard --help (the usage) names the codes too', async () => {
    const text = await help(['--help']);
    expect(text).toMatch(/退出码 \/ exit codes: 0 .*1 .*2 /);
    expect(text).toContain('130 / 143 / 129');
  });
});
