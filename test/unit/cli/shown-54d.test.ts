// Round 54 (rt54 F8): an echoed argument that is not UTF-8 showed GBK pairs that happen to be valid UTF-8 as stray
// letters (\xBC\xD3\xCE\xD2΢\xD0\xC5), and a 10,000-byte argument was echoed as 40 KB of \xNN. Now a non-ASCII run
// that is not all UTF-8 is shown all in hex, and the echo stops after 200 bytes with the total.
import { describe, expect, it } from 'vitest';
import { shownArg } from '@/cli/io';

const asNode = (b: Buffer) => b.toString('utf8');
const shown = (b: Buffer) => shownArg(asNode(b), b).replace(/（不是 UTF-8 的字节.*$/, '');

describe('shown 54d: echoed arguments that are not UTF-8', () => {
  it('a GBK run is all hex, ASCII and real UTF-8 runs as text', () => {
    expect(shown(Buffer.from([0xbc, 0xd3, 0xce, 0xd2, 0xce, 0xa2, 0xd0, 0xc5, ...Buffer.from('abc12345')]))).toBe('\\xBC\\xD3\\xCE\\xD2\\xCE\\xA2\\xD0\\xC5abc12345');
    expect(shown(Buffer.from([...Buffer.from('--'), 0xca, 0xb1, 0xbc, 0xe4, ...Buffer.from('=1')]))).toBe('--\\xCA\\xB1\\xBC\\xE4=1');
    expect(shown(Buffer.concat([Buffer.from('您好 '), Buffer.from([0xc4, 0xe3])]))).toBe('您好 \\xC4\\xE3');
  });

  it('a long argument is cut after 200 bytes, with its size', () => {
    const s = shownArg(asNode(Buffer.alloc(10_000, 0xca)), Buffer.alloc(10_000, 0xca));
    expect(s.length).toBeLessThan(1200);
    expect(s).toContain('…（共 10000 字节 / 10000 bytes in all）');
  });

  it('UTF-8 arguments are echoed as before', () => {
    expect(shownArg('--模式', Buffer.from('--模式'))).toBe('--模式');
  });
});
