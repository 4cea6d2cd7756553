// `replyguard lint` in-process: the DESIGN.md CLI contract (--jsonl in, one line out per line, errors
// on their own line) and a readable report whose exit code says whether anything blocks or warns.
import { describe, expect, it } from 'vitest';
import { memoryIO } from '@/cli/io';
import { run } from '@/cli/lint';
import { defineRule } from '@/rules/define-rule';
import { createLinter } from '@/rules/engine';

const lines = (s: string) => s.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('lint --jsonl', () => {
  it('answers every line in order: findings, or an error line for a malformed one', async () => {
    const io = memoryIO(
      ['\uFEFF{"id":"a","text":"加我微信 abc12345 给您便宜"}', 'not json', '[1,2]', '{"id":"d"}', '', '{"id":"e","text":"您好，已经为您安排发货。"}'].join('\n'),
    );
    expect(await run(['--jsonl'], io)).toBe(0);
    const out = lines(io.stdout);
    expect(out).toHaveLength(6); // the blank line 5 too (round 51: output line k answers input line k)
    expect(out[0]!.id).toBe('a');
    expect((out[0]!.findings as { clause: string }[]).some((f) => f.clause === '2.3')).toBe(true);
    expect(out[1]).toMatchObject({ line: 2 });
    expect(String(out[1]!.error)).toContain('JSON');
    expect(out[2]).toMatchObject({ line: 3 });
    expect(out[3]).toMatchObject({ line: 4, id: 'd' });
    expect(out[4]).toMatchObject({ line: 5, error: expect.stringContaining('空行') });
    expect(out[5]).toEqual({ id: 'e', findings: [] });
  });

  it('says on stderr when a rule throws, and still prints the other rules’ findings', async () => {
    const broken = defineRule({
      meta: { id: 'broken', clause: '2.4', severity: 'block', title: { zh: '坏规则', en: 'broken' }, description: { zh: '测试', en: 'test' }, hint: { zh: '无', en: 'none' } },
      check() {
        throw new Error('boom');
      },
    });
    const io = memoryIO('{"id":1,"text":"加我微信 abc12345"}\n');
    await run(['--jsonl'], io, () => createLinter({ rules: [...createLinter().rules, broken] }));
    expect(io.stderr).toContain('broken');
    expect(io.stderr).toContain('boom');
    expect(lines(io.stdout)[0]!.findings).not.toEqual([]);
  });
});

describe('lint "text"', () => {
  it('exits 1 with a readable report when the draft breaks a rule, 0 when it is clean', async () => {
    const bad = memoryIO('');
    expect(await run(['加我微信 abc12345 给您便宜'], bad)).toBe(1);
    expect(bad.stdout).toContain('2.3');
    const good = memoryIO('');
    expect(await run(['您好，已经为您安排发货。'], good)).toBe(0);
    expect(good.stdout).toContain('未发现违规');
  });

  it('refuses empty input with a Chinese message and exit code 2', async () => {
    const io = memoryIO('   \n');
    expect(await run([], io)).toBe(2);
    expect(io.stderr).toContain('没有要检查的文本');
  });
});
