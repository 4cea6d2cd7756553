// Round 54 (rt54 F5): `lint —jsonl < today.jsonl` (a command copied from Feishu or Word, which turn -- into —; or typed
// in full width: －－jsonl, --ｊｓｏｎｌ; or --模式) linted the option's own text, read no stdin and exited 0. Now in lint
// an argument starting with --, —, –, －－ is an unknown option (status 2), with 「是要 --jsonl 吗？」 where it folds to one;
// a draft that starts so is linted after --.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { run } from '@/cli/lint';
import { createLinter } from '@/rules/engine';

const BREACH = '{"id":1,"text":"加我微信abc12345"}\n';
const lint = async (args: string[], input = BREACH) => {
  const io = memoryIO(input);
  const status = await run(args, io, createLinter);
  return { status, ...io };
};

describe('lint 54d: dash-lookalike options', { timeout: 120_000 }, () => {
  it.each(['—jsonl', '–jsonl', '―jsonl', '−jsonl', '－－jsonl', '--ｊｓｏｎｌ', '—jsonl=1', '－－ｊｓｏｎｌ'])('%s: unknown option, 是要 --jsonl 吗？, status 2', async (arg) => {
    const r = await lint([arg]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`未知参数 / unknown argument: ${arg}（是要 --jsonl 吗？/ did you mean --jsonl?）`);
    expect(r.stderr).toContain('replyguard lint -- "—你好"');
  });

  it.each(['--模式', '--5元', '—你好', '－ｈ'])('%s: unknown option, status 2 (was linted as a draft, status 0)', async (arg) => {
    const r = await lint([arg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`未知参数 / unknown argument: ${arg}`);
  });

  it('—help and －－ｈｅｌｐ suggest --help; a plain --foo reads as before', async () => {
    expect((await lint(['—help'])).stderr).toContain('是要 --help 吗？');
    expect((await lint(['－－ｈｅｌｐ'])).stderr).toContain('是要 --help 吗？');
    const foo = await lint(['--foo']);
    expect(foo.status).toBe(2);
    expect(foo.stderr).toBe('未知参数 / unknown argument: --foo\n帮助 / help: replyguard lint --help\n');
  });

  it('a draft starting with a dash is linted after --; -5 元 and -- "--模式" as before', async () => {
    const r = await lint(['--', '—加我微信abc12345']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('contact-wechat');
    expect((await lint(['-5 元优惠券'])).status).not.toBe(2);
    expect((await lint(['--', '--模式'])).status).not.toBe(2);
  });

  it('the help says how', async () => {
    expect((await lint(['--help'])).stdout).toContain('replyguard lint -- "—你好"');
  });
});
