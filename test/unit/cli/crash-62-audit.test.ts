// Round 62 (ux62): audit with the engine failing on one message. A rule that threw was dropped silently (lint() keeps the
// other rules' findings) and an engine that threw made the message 「格式错误」 — the report read as whole, exit 0 or 1.
// Now the run stops: no report, 内部错误 on stderr, status 70. (Its own file: the engine is replaced for the whole file.)
import { describe, expect, it, vi } from 'vitest';
import { memoryIO } from '@/cli/io';
import { main } from '@/cli/main';

vi.mock('@/rules/engine', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/rules/engine')>();
  const { defineRule } = await import('@/rules/define-rule');
  const broken = defineRule({
    meta: { id: 'broken', clause: '2.4', severity: 'block', title: { zh: '坏规则', en: 'broken' }, description: { zh: '测试', en: 'test' }, hint: { zh: '无', en: 'none' } },
    check(ctx) {
      if (ctx.text.includes('坏')) throw new Error('boom');
      return [];
    },
  });
  return { ...real, createLinter: (options = {}) => real.createLinter({ ...options, rules: [...real.createLinter().rules, broken] }) };
});

const event = (i: number, text: string) => `{"conv":"c1","id":"m${i}","dir":"out","ts":${1714528800000 + i * 1000},"text":"${text}"}`;

describe('cli 62: audit, a rule throws on message 3 of 4', { timeout: 60_000 }, () => {
  it.each([[[]], [['--json']]])('audit %j: status 70, no report, stderr names the line and the rule', async (args) => {
    const io = memoryIO([event(1, '您好'), event(2, '加我微信 abc12345'), event(3, '坏了吗'), event(4, '您好')].join('\n'));
    expect(await main(['audit', ...args], io)).toBe(70);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^内部错误（Error: 第 3 行：规则 broken（boom）出错 \/ line 3: rule broken failed）：运行没有完成：已读取 3 行，没有写出报告/);
  });

  it('the same log without the failing message: the report as before (status 1 for the 微信 block)', async () => {
    const io = memoryIO([event(1, '您好'), event(2, '加我微信 abc12345'), event(4, '您好')].join('\n'));
    expect(await main(['audit'], io)).toBe(1);
    expect(io.stdout).toContain('2.3');
  });
});
