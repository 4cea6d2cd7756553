// `replyguard lint`: `--jsonl` lints one draft per stdin line (DESIGN.md CLI contract);
// `lint "一段话"` (or plain text on stdin) prints a readable report.

import { CLAUSES } from '../rules/clauses';
import { createLinter, type Linter } from '../rules/engine';
import type { Finding } from '../rules/types';
import type { CliIO } from './io';

const HELP = `用法 / usage:
  replyguard lint "回复草稿"            检查一条回复，输出可读报告（有拦截或警告时退出码为 1）
  replyguard lint --jsonl < in.jsonl    每行 {"id": …, "text": "…"}，每行输出 {"id": …, "findings": […]}
  echo "回复草稿" | replyguard lint      从标准输入读取整段文本
`;

const SEVERITY_ZH = { block: '拦截', warn: '警告', info: '提示' } as const;

export async function run(args: string[], io: CliIO, makeLinter: () => Linter = createLinter): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.out(HELP);
    return 0;
  }
  const linter = makeLinter();
  if (args.includes('--jsonl')) return lintJsonl(linter, io);
  const text = args.filter((a) => !a.startsWith('--')).join(' ');
  if (text) return report(linter, text, io);
  const lines: string[] = [];
  for await (const line of io.lines()) lines.push(line);
  const stdinText = lines.join('\n');
  if (!stdinText.trim()) {
    io.err(`没有要检查的文本 / nothing to lint\n\n${HELP}`);
    return 2;
  }
  return report(linter, stdinText, io);
}

async function lintJsonl(linter: Linter, io: CliIO): Promise<number> {
  let lineNo = 0;
  for await (const raw of io.lines()) {
    lineNo++;
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      io.out(JSON.stringify({ line: lineNo, error: `不是合法的 JSON / invalid JSON: ${(e as Error).message}` }) + '\n');
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      io.out(JSON.stringify({ line: lineNo, error: '每行应是一个 JSON 对象 {"id": …, "text": "…"} / each line must be a JSON object' }) + '\n');
      continue;
    }
    const { id, text } = record as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') {
      io.out(JSON.stringify({ line: lineNo, ...(id !== undefined ? { id } : {}), error: '缺少字符串字段 "text" / missing string field "text"' }) + '\n');
      continue;
    }
    try {
      const result = linter.lintDetailed(text);
      reportRuleErrors(result.errors, io, `line ${lineNo}`);
      io.out(JSON.stringify({ id, findings: result.findings }) + '\n');
    } catch (e) {
      io.out(JSON.stringify({ line: lineNo, id, error: `检查失败 / lint failed: ${(e as Error).message}` }) + '\n');
    }
  }
  return 0;
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
  return out.join('\n') + '\n';
}

function applyFix(text: string, f: Finding): string {
  if (!f.fix) return text;
  return text.slice(0, f.fix.start) + f.fix.text + text.slice(f.fix.end);
}
