// Streams the CLI commands read and write, injectable so tests can run commands in-process.
import { createInterface } from 'node:readline';

export interface CliIO {
  /** Lines of standard input, without their line endings. */
  lines(): AsyncIterable<string>;
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  lines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/** An in-memory IO for tests: feed input, collect output. */
export function memoryIO(input: string): CliIO & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    async *lines() {
      const parts = input.split(/\r?\n/);
      if (parts.at(-1) === '') parts.pop();
      yield* parts;
    },
    out(text: string) { io.stdout += text; },
    err(text: string) { io.stderr += text; },
  };
  return io;
}
