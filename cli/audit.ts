import type { CliIO } from './io';
// Placeholder until the audit command lands.
export async function run(_args: string[], io: CliIO): Promise<number> {
  io.err('audit: 尚未实现 / not implemented yet\n');
  return 2;
}
