// Round 62 (testtime62): input-58's UTF-16 tests took seconds each on a loaded machine and timed out now and then. Two costs
// in the reader, not in the tests: a line past the limit was joined chunk by chunk and its whole pending text copied into
// one string at every chunk (text.endsWith on the joined text: quadratic, 8 MiB in 64-KiB chunks 2.2 CPU-s, in 16-KiB
// chunks ~9); and input handed over as one chunk was read whole by the check of what a UTF-16 mark's text really is
// (16 MiB decoded twice, swapped and scored character by character: 0.4 CPU-s), where 64 KiB decides it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LongLine, MAX_LINE_BYTES, readInputLines } from '@/cli/io';

const utf16Long = () => Buffer.from(`\uFEFF加我微信\r\n${'好'.repeat(MAX_LINE_BYTES / 2 + 5)}\n末行`, 'utf16le');
const inChunks = (bytes: Buffer, size: number) => Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

async function read(chunks: Uint8Array[]) {
  const out: unknown[] = [];
  for await (const line of readInputLines(chunks)) out.push(line instanceof LongLine ? { long: line.line, bytes: line.bytes } : line);
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('UTF-16 input: the cost of a line past the limit grows with its length, not its length times its chunks', () => {
  it('8 MiB of UTF-16 in 16-KiB chunks: read in under 2 CPU-s (quadratic: ~9 CPU-s; linear: ~0.2)', async () => {
    const chunks = inChunks(utf16Long(), 16 << 10);
    const before = process.cpuUsage();
    expect(await read(chunks)).toEqual(['加我微信', { long: 2, bytes: MAX_LINE_BYTES + 10 }, '末行']);
    const used = process.cpuUsage(before);
    // CPU time, not wall time: a loaded machine stretches the wall clock, not the work (a margin of ~10× each way).
    expect((used.user + used.system) / 1e6).toBeLessThan(2);
  });

  it('input as one chunk: what the mark’s text really is, judged on its first 64 KiB (each reading of it decoded from at most that)', async () => {
    const decoded: number[] = [];
    const decode = TextDecoder.prototype.decode;
    vi.spyOn(TextDecoder.prototype, 'decode').mockImplementation(function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions) {
      // The readings compared are decoded in one call each; the reader's own decoding streams.
      if (input && !options?.stream) decoded.push(input.byteLength);
      return decode.call(this, input, options);
    });
    expect(await read([utf16Long()])).toEqual(['加我微信', { long: 2, bytes: MAX_LINE_BYTES + 10 }, '末行']);
    expect(decoded.length).toBeGreaterThan(0);
    expect(Math.max(...decoded)).toBeLessThanOrEqual(1 << 16);
  });
});
