// Shared by the CLI tests that run most of a table in-process and spawn the real binary only where the spawn proves
// something more (process-54, process-54d): main() on standard input and argument bytes as the binary would get them.
import { memoryIO, readInputLines } from '@/cli/io';
import { main } from '@/cli/main';

export interface InProcessRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `args` in-process on standard input arriving in `chunks` (each as a read of its own, as a pipe may deliver them). */
export async function runInProcess(args: string[], chunks: Uint8Array[] = []): Promise<InProcessRun> {
  const io = Object.assign(memoryIO(''), { lines: () => readInputLines(chunks) });
  const status = await main(args, io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}

/**
 * Runs the CLI in-process on these argument bytes, as the binary would get them: node's argv decodes them as UTF-8 (bytes that
 * are not become U+FFFD), and argBytes gives the bytes themselves, counted from the last argument as /proc/self/cmdline's are.
 */
export async function runWithArgBytes(args: (string | Uint8Array)[]): Promise<InProcessRun> {
  const bytes = args.map((arg) => (typeof arg === 'string' ? Buffer.from(arg, 'utf8') : Buffer.from(arg)));
  const io = Object.assign(memoryIO(''), { argBytes: (fromEnd: number) => bytes[bytes.length - 1 - fromEnd] });
  const status = await main(bytes.map((arg) => arg.toString('utf8')), io);
  return { status, stdout: io.stdout, stderr: io.stderr };
}
