import type { CliIO } from './io';
// Placeholder until the metrics branch lands (it replaces this file).
export async function run(_args: string[], io: CliIO): Promise<number> {
  io.err('stats: 尚未实现 / not implemented yet\n');
  return 2;
}
