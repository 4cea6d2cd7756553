// Round 59 (ux59): a 1 GB log ran for over an hour (13.8 MB took 69 s on a loaded 2-core machine) with nothing on the
// screen. With stderr a terminal, a progress line is redrawn in place (at most every 2 s) and wiped before any other
// message and at the end; into a file or a pipe, nothing.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PROGRESS_EVERY_MS, progressLine, streamIO } from '@/cli/io';

const line = (k: number) => `{"id":${k},"text":"您好"}\n`;

/** A stdin of `n` chunks, the clock moving `step` ms per chunk. */
function setup(n: number, step: number, tty: boolean) {
  let now = 0;
  const chunks = Array.from({ length: n }, (_, k) => Buffer.from(line(k)));
  const stdin = {
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) {
        now += step;
        yield c;
      }
    },
  };
  const stderr = Object.assign(new PassThrough(), { isTTY: tty });
  let said = '';
  stderr.on('data', (d) => (said += d.toString('utf8')));
  const io = streamIO(stdin, new PassThrough(), stderr, { clock: () => now, size: () => chunks.reduce((s, c) => s + c.length, 0) });
  return { io, said: () => said };
}

describe('progress 59', () => {
  it('a terminal sees where reading stands, redrawn in place; a message wipes it first; wiped at the end', async () => {
    const { io, said } = setup(10, PROGRESS_EVERY_MS / 2, true);
    let k = 0;
    for await (const l of io.lines()) {
      if (++k === 6) io.err('{"line":6,"error":"x"}\n');
      expect(l).toContain('"id"');
    }
    const text = said();
    // 10 s of reading, redrawn every 2 s: 5 times, each starting with \r and a wipe, with the share of the file.
    expect(text.match(/\r\x1b\[K正在读取：/g)).toHaveLength(5);
    expect(text).toMatch(/正在读取：0\.0 MB \/ 0\.0 MB（\d+%）…… \/ reading:/);
    expect(text).toContain('\r\x1b[K{"line":6,"error":"x"}\n'); // the message on its own line
    expect(text.endsWith('\r\x1b[K')).toBe(true); // nothing left on the screen
  });

  it('stderr a file or a pipe: no progress at all', async () => {
    const { io, said } = setup(10, PROGRESS_EVERY_MS, false);
    for await (const _ of io.lines());
    expect(said()).toBe('');
  });

  it('the line: MB with one decimal, the share under 100% while reading, no share when the size is unknown', () => {
    expect(progressLine(126_353_408, 1_073_741_824)).toBe('正在读取：120.5 MB / 1,024.0 MB（11%）…… / reading: 120.5 MB of 1,024.0 MB…');
    expect(progressLine(1_073_741_824, 1_073_741_824)).toContain('（99%）');
    expect(progressLine(1_048_576, null)).toBe('正在读取：1.0 MB…… / reading: 1.0 MB…');
  });
});
