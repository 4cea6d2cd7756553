// The conversion command a CLI refusal advises (「例如 { head -c …; } > 新文件」), run on the input in a scratch folder:
// the bytes it makes, for the tests that check the advice really works (UTF-16 and gzip parts, rounds 59–60).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function convertedByAdvice(stderr: string, input: Uint8Array): Buffer {
  const command = /例如 (\{ head .*?\} > 新文件)/.exec(stderr)?.[1];
  if (!command) throw new Error(`no conversion command in: ${stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'rg-advice-'));
  try {
    writeFileSync(join(dir, '原文件'), input);
    execFileSync('bash', ['-c', command], { cwd: dir });
    return readFileSync(join(dir, '新文件'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
